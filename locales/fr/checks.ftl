# L’échauffement et le récap (scenarios/checks.ron). Une question par objectif,
# tranche d’âge et série ; les séries A et B sont parallèles : même compétence, autre situation.

check-rights-9-a = Dans un jeu, un joueur n’arrête pas de t’insulter. Ton ami dit : « C’est comme ça, dans les jeux. » Qu’est-ce qui est vrai ?
check-rights-9-a-respect = Être insulté n’est jamais normal, en jeu ou ailleurs.
check-rights-9-a-accept = Ça fait partie des jeux en ligne. Tout le monde se fait insulter.
check-rights-9-a-your-fault = Il ne faut en parler que si le joueur dit des gros mots.

check-rights-9-b = Quelqu’un de la discussion de classe t’envoie sans arrêt des messages méchants. Tu penses que le dire à un enseignant ne ferait qu’empirer les choses. Qu’est-ce qui est vrai ?
check-rights-9-b-wait = Mieux vaut le dire à un adulte seulement si ça dure des semaines.
check-rights-9-b-deserve = Si tu fais comme si de rien n’était, ça va les lasser.
check-rights-9-b-help = Personne ne mérite ces messages, et on peut les faire cesser.

check-rights-13-a = Le grand frère d’un ami publie une photo de toi sur son compte public. Tu lui demandes de la retirer. Il répond : « Mon compte, mes règles. » Qu’est-ce qui est vrai ?
check-rights-13-a-his-rules = C’est son compte, donc lui seul décide de ce qui reste en ligne.
check-rights-13-a-privacy = Il aurait dû te demander. L’appli peut la retirer.
check-rights-13-a-too-late = Seul un parent peut demander à une appli de retirer une photo.

check-rights-13-b = Quelqu’un de ta classe te filme quand tu tombes en cours de sport et publie la vidéo sur une appli. Tu demandes de la supprimer. On te répond : « Mon téléphone, ma vidéo. » Qu’est-ce qui est vrai ?
check-rights-13-b-privacy = C’est aussi ton image, donc tu peux la signaler à l’appli.
check-rights-13-b-their-video = La vidéo est à qui l’a filmée. Tu peux juste demander gentiment.
check-rights-13-b-too-late = Elle a déjà plein de vues, la signaler ne servirait à rien.

check-rights-16-a = Quelqu’un a fait une fausse image retouchée de toi, et elle circule dans ton lycée. Un ami dit : « Ce n’est pas vraiment toi, donc ça ne compte pas. » Qu’est-ce qui est vrai ?
check-rights-16-a-not-real = Les applis ne retirent pas les montages, inutile de les signaler.
check-rights-16-a-find-first = Il faut d’abord trouver qui l’a faite avant de pouvoir agir.
check-rights-16-a-report = Ça peut quand même blesser. Signale-la, demande du soutien.

check-rights-16-b = Une capture d’écran de tes messages privés circule dans une grande discussion de groupe. Quelqu’un dit : « Tu les as envoyés, donc tu as renoncé à ta vie privée. » Qu’est-ce qui est vrai ?
check-rights-16-b-gave-up = Une fois envoyés, ils ne sont plus privés. Chacun peut les partager.
check-rights-16-b-report = Les partager sans ton accord, c’est mal, et on peut l’arrêter.
check-rights-16-b-stay-quiet = Mieux vaut te taire. Dans une semaine, tout sera oublié.

check-risk-9-a = Trois joueurs t’envoient des messages dans le chat d’un jeu. Quel message pourrait être un risque pour toi ?
check-risk-9-a-rematch = Bien joué ! Tu peux m’aider au niveau quatre demain ?
check-risk-9-a-school = C’est quoi ton vrai nom ? Tu vas à quelle école ?
check-risk-9-a-dragon = Comment tu as battu le gros dragon du niveau trois ?

check-risk-9-b = Trois personnes laissent des commentaires sous ta vidéo de dessin. Quel commentaire pourrait être un risque pour toi ?
check-risk-9-b-park = Tu dessines dans quel parc, près de chez toi ?
check-risk-9-b-colours = J’adore les couleurs ! C’est un prof qui t’a appris ?
check-risk-9-b-cat = Tu pourrais dessiner un chat dans ta prochaine vidéo ?

check-risk-13-a = Une vidéo populaire lance le défi de faire une cascade au bord d’une route très passante et de la filmer. Tes amis veulent essayer après les cours. Quel est le vrai risque ?
check-risk-13-a-popular = Aucun vrai risque. Plein de gens l’ont déjà fait.
check-risk-13-a-parents = Le vrai risque, c’est de se faire gronder à la maison.
check-risk-13-a-hurt = On pourrait se blesser gravement, juste pour des vues.

check-risk-13-b = Un streamer met ses spectateurs au défi de rester éveillés deux jours et de poster une preuve. Des camarades disent qu’ils vont essayer. Quel est le vrai risque ?
check-risk-13-b-famous = C’est sûr, puisqu’un grand streamer dit que ça va.
check-risk-13-b-health = Rester si longtemps sans dormir peut rendre malade.
check-risk-13-b-tired = Le seul risque, c’est un coup de fatigue en classe.

check-risk-16-a = Une appli gratuite de test de personnalité demande à lire tes messages et tes contacts « pour des résultats plus précis ». Quel est le principal risque ?
check-risk-16-a-data = Elle pourrait copier tes messages et les infos de tes amis.
check-risk-16-a-accuracy = Les résultats pourraient être bien moins justes que promis.
check-risk-16-a-checked = Aucun risque. Les applis du store sont toutes vérifiées.

check-risk-16-b = Un outil promet de montrer qui a consulté ton profil. Il te demande de te connecter avec ton compte de réseau social et de lui donner un accès complet. Quel est le principal risque ?
check-risk-16-b-wrong-list = La liste peut être fausse, alors pas question de lui faire confiance.
check-risk-16-b-no-password = C’est sûr : tu ne tapes jamais ton mot de passe dedans.
check-risk-16-b-account = Il pourrait prendre ton compte et écrire à tes amis.

check-info-9-a = Un joueur de ton jeu dit : « Donne-moi ton mot de passe et je t’aide à passer au niveau suivant. » Que dois-tu faire ?
check-info-9-a-change-later = Donne-le, puis change-le dès que la partie est finie.
check-info-9-a-top-player = Donne-le seulement à un super joueur de confiance.
check-info-9-a-say-no = Dis non. Garde-le pour toi, même si la personne est gentille.

check-info-9-b = Un joueur de ton jeu dit : « Donne-moi ton adresse pour que je t’envoie un cadeau d’anniversaire. » Que dois-tu faire ?
check-info-9-b-school = Donne plutôt l’adresse de ton école. C’est plus sûr.
check-info-9-b-say-no = Dis non, et préviens un adulte de la demande.
check-info-9-b-present = Envoie-la. C’est juste pour t’envoyer un cadeau.

check-info-13-a = Tu veux publier sur ton profil public une photo de ton premier jour dans ton nouveau collège. Le nom et le logo du collège se voient bien. Que dois-tu faire ?
check-info-13-a-hide = Recadre ou cache le nom et le logo de l’école, puis publie-la.
check-info-13-a-tag = Ajoute le lieu, pour que tes nouveaux camarades te trouvent.
check-info-13-a-story = Publie-la. Mets d’abord ton compte en privé, et c’est bon.

check-info-13-b = Tu veux publier une vidéo de ta nouvelle chambre. Par la fenêtre, on voit bien le nom de ta rue et le numéro de ta maison. Que dois-tu faire ?
check-info-13-b-no-notice = Publie-la. La plupart des gens ne voient pas les détails.
check-info-13-b-no-caption = Publie-la sans légende, comme ça personne ne sait où c’est.
check-info-13-b-blur = Floute ou coupe d’abord le nom de la rue et le numéro.

check-info-16-a = Une nouvelle appli partage par défaut ta position en direct avec tes 600 amis. Tu n’as jamais rencontré beaucoup d’entre eux. Quel est le meilleur choix ?
check-info-16-a-leave-on = Laisse-la activée. Ce sont tous des amis, c’est assez sûr.
check-info-16-a-turn-off = Désactive-la, ou partage-la avec quelques proches seulement.
check-info-16-a-post-less = Laisse-la activée, mais vérifie chaque semaine qui regarde.

check-info-16-b = Ton appli de course à pied partage publiquement chaque parcours sur une carte. La plupart commencent et finissent devant ta porte. Quel est le meilleur choix ?
check-info-16-b-private = Mets tes parcours en privé et cache le départ et l’arrivée.
check-info-16-b-no-name = Laisse-les publics, mais retire ton nom de ton compte.
check-info-16-b-runners = Laisse-les publics, et bloque les gens qui semblent bizarres.

check-trust-9-a = Un message dit : « L’école est fermée demain à cause d’une tempête ! Envoie ça à tout le monde ! » Que dois-tu faire ?
check-trust-9-a-check = Regarde d’abord sur le site de l’école, ou demande à la maison.
check-trust-9-a-forward = Envoie-le vite, pour que tes amis soient prévenus à temps.
check-trust-9-a-believe = Vérifie que ça vient d’un ami, puis envoie-le à tout le monde.

check-trust-9-b = Dans la discussion de classe, quelqu’un écrit : « Notre prof quitte l’école pour toujours ! C’est mon cousin qui me l’a dit. » Que dois-tu faire ?
check-trust-9-b-tell-friends = Préviens tes amis, pour que tout le monde puisse dire au revoir.
check-trust-9-b-believe = Crois-le. Un cousin sait forcément ce genre de choses.
check-trust-9-b-ask = Attends, et demande à ton prof si c’est vraiment le cas.

check-trust-13-a = Une influenceuse que tu suis dit qu’une nouvelle boisson énergisante l’a aidée à avoir d’excellentes notes. En petits caractères, le post indique « pub ». Quelle est la meilleure façon d’y réfléchir ?
check-trust-13-a-followers = Ça doit marcher. Elle a des millions d’abonnés.
check-trust-13-a-advert = Elle est payée pour ça. Cherche ce qu’en disent des experts.
check-trust-13-a-comments = Vérifie les commentaires. Si la plupart disent oui, c’est vrai.

check-trust-13-b = Une vidéo avec plein de likes affirme qu’une crème fait disparaître tous les boutons en une nuit. Le compte qui l’a publiée vend cette crème. Quelle est la meilleure façon d’y réfléchir ?
check-trust-13-b-sells = Ils la vendent. Lis un site de santé de confiance.
check-trust-13-b-likes = Avec autant de likes, elle doit vraiment marcher.
check-trust-13-b-try-it = Vérifie les commentaires pour avoir l’avis de vrais acheteurs.

check-trust-16-a = Quelques jours avant une élection, une vidéo choquante d’un candidat apparaît. Elle n’est que sur un seul compte, créé la semaine dernière. Que dois-tu faire avant de la partager ?
check-trust-16-a-right-to-know = Partage-la. Les gens ont le droit de savoir avant de voter.
check-trust-16-a-not-sure = Partage-la, en demandant aux gens de vérifier si c’est vrai.
check-trust-16-a-check = Attends. Regarde si de vrais médias d’info la montrent aussi.

check-trust-16-b = Une capture d’écran d’un article affirme que les jeunes seront interdits dans le centre-ville le soir. Il n’y a ni lien ni date. Que dois-tu faire avant de la partager ?
check-trust-16-b-complain = Partage-la, pour que plus de gens protestent à temps.
check-trust-16-b-search = Cherche l’info sur des sites d’actu ou le site de la ville.
check-trust-16-b-friends = Partage-la. Un ami de confiance l’a envoyée, donc c’est vrai.

check-strangers-9-a = Un joueur que tu ne connais qu’en ligne dit : « Tu es mon meilleur ami. Gardons nos discussions secrètes, sans rien dire à tes parents. » Que dois-tu faire ?
check-strangers-9-a-keep-secret = Garde le secret. Cette personne est gentille, on ne fait que discuter.
check-strangers-9-a-tell = Arrête de discuter, et parles-en à un adulte de confiance.
check-strangers-9-a-ask-why = Dis-lui que tu vas tout dire à ta famille, pour que ça s’arrête.

check-strangers-9-b = Un joueur que tu ne connais qu’en ligne t’envoie des pièces gratuites pour le jeu, puis te demande une photo de toi. Que dois-tu faire ?
check-strangers-9-b-block = N’envoie rien. Garde la discussion et montre-la à un adulte.
check-strangers-9-b-thank-you = Envoie une photo pour remercier pour les pièces.
check-strangers-9-b-pet = Bloque cette personne tout de suite et efface toute la discussion.

check-strangers-13-a = Tu es sur un serveur de jeu avec plein de joueurs que tu ne connais pas. Quel message est un signal d’alerte ?
check-strangers-13-a-team = Quelqu’un veut rejoindre notre équipe pour le grand match ce soir ?
check-strangers-13-a-update = Quelqu’un peut m’aider ? Je perds tout le temps sur la carte de glace.
check-strangers-13-a-private = Tu es si mature pour ton âge ! Parlons dans un endroit privé.

check-strangers-13-b = Sur une appli sociale, tu reçois des messages de gens que tu ne connais pas. Quel message est un signal d’alerte ?
check-strangers-13-b-drawing = J’adore ton dessin ! Tu utilises quels crayons pour ça ?
check-strangers-13-b-gift-card = Je t’envoie une carte cadeau. Ça reste entre nous.
check-strangers-13-b-wrong = Pardon, erreur de personne. C’était pour mon cousin.

check-strangers-16-a = Quelqu’un rencontré sur une appli sociale dit avoir 19 ans. En deux jours, cette personne dit qu’elle t’aime, veut passer sur une appli privée et te demande des photos intimes. Que dois-tu faire ?
check-strangers-16-a-stop = N’envoie rien. Garde les messages, puis signale le compte.
check-strangers-16-a-move = Change d’appli, mais en sécurité : pas de photos pour l’instant.
check-strangers-16-a-prove = Demande d’abord un appel vidéo, pour vérifier que c’est vrai.

check-strangers-16-b = Quelqu’un rencontré dans un jeu en ligne dit avoir 20 ans. Cette personne te paie des objets du jeu, puis propose de te voir et dit : « Ne le dis à personne. » Que dois-tu faire ?
check-strangers-16-b-public = Voyez-vous dans un lieu public animé, pour être en sécurité.
check-strangers-16-b-pay-back = Préviens cette personne que tu vas la signaler si ça continue.
check-strangers-16-b-stop = N’y va pas. Garde les messages et parles-en à un adulte.

check-kind-9-a = Dans la discussion de classe, des enfants envoient des émojis qui rient à propos du dessin d’un camarade. Ce camarade ne dit plus rien. Quelle est la meilleure chose à faire ?
check-kind-9-a-join = Envoie aussi un émoji qui rit, pour ne pas rester à l’écart.
check-kind-9-a-nothing = Ne dis rien. L’enseignant va le voir et régler ça.
check-kind-9-a-kind = Envoie un message gentil à l’élève à propos de son dessin.

check-kind-9-b = Dans un jeu en ligne, ton équipe n’arrête pas d’exclure un joueur parce qu’il est nouveau et lent. Quelle est la meilleure chose à faire ?
check-kind-9-b-kick = Exclus-le aussi. L’équipe doit gagner cette manche.
check-kind-9-b-invite = Réinvite-le et montre-lui les astuces que tu connais.
check-kind-9-b-leave = Quitte la partie, comme ça tu n’y participes pas.

check-kind-13-a = Quelqu’un publie une photo gênante d’un camarade dans une grande discussion de groupe du collège, et des gens commencent à ajouter des commentaires méchants. Quelle est la meilleure chose à faire ?
check-kind-13-a-support = Ne participe pas. Envoie-lui un message pour savoir si ça va.
check-kind-13-a-joke = Ajoute une petite blague, pour que ça paraisse moins grave.
check-kind-13-a-screenshot = Mets le groupe en sourdine et bloque-le, pour ne pas y participer.

check-kind-13-b = Des amis créent une nouvelle discussion de groupe sans l’un de leurs amis, juste pour se moquer de lui. Ils t’ajoutent. Quelle est la meilleure chose à faire ?
check-kind-13-b-stay-quiet = Reste, mais tais-toi, pour ne pas être la prochaine cible.
check-kind-13-b-send-all = Raconte tout à ton ami, avec des captures de chaque blague.
check-kind-13-b-speak-up = Refuse ça, quitte le groupe et vérifie que ton ami va bien.

check-kind-16-a = Le post maladroit d’un élève devient viral, et des milliers d’inconnus l’insultent. Des gens de ton lycée s’y mettent aussi. Quelle est la meilleure chose à faire ?
check-kind-16-a-joke = Reste en dehors. Bloque le sujet et mets-toi en sécurité.
check-kind-16-a-support = N’en rajoute pas. Signale les pires posts, puis écris-lui.
check-kind-16-a-fight-back = Défends cette personne en attaquant les pires trolls.

check-kind-16-b = Dans une discussion de groupe, un ami partage une blague haineuse sur la religion d’un camarade. D’autres réagissent avec des émojis qui rient. Quelle est la meilleure chose à faire ?
check-kind-16-b-speak-up = Réponds calmement que ça ne va pas, et signale si ça dure.
check-kind-16-b-laugh = Réagis avec un émoji qui rit, pour que le groupe reste sympa.
check-kind-16-b-forward = Transfère-la à l’élève visé, qui pourra la signaler.

check-posting-9-a = Tu prends une photo drôle de ton ami endormi, la bouche ouverte. Tu veux la partager dans la discussion de classe. Que dois-tu faire d’abord ?
check-posting-9-a-ask = Demande à ton ami si tu peux partager la photo.
check-posting-9-a-joke = Partage-la. C’est juste une blague, entre amis.
check-posting-9-a-delete-later = Partage-la, et retire-la si un enseignant te le demande.

check-posting-9-b = Tu filmes ton cousin en train de danser à une fête de famille. Tu veux publier la vidéo sur une appli de vidéos. Que dois-tu faire d’abord ?
check-posting-9-b-family = Publie-la. Les vidéos de famille, c’est toujours OK.
check-posting-9-b-no-name = Publie-la sur un compte privé, sans donner son nom.
check-posting-9-b-ask = Demande à ton cousin, et aux adultes, si c’est d’accord.

check-posting-13-a = Tu es en colère contre un prof et tu veux publier une vidéo moqueuse sur lui. Tes amis disent que ce sera drôle. Qu’est-ce qui est vrai ?
check-posting-13-a-delete = Ce n’est pas grave, si tu la supprimes au bout d’un jour.
check-posting-13-a-stays = D’autres peuvent l’enregistrer et la partager, même supprimée.
check-posting-13-a-private = Pas de souci. Ton compte est privé, alors elle y reste.

check-posting-13-b = Après un match perdu, tu veux publier un message en colère qui insulte l’autre équipe. Tu comptes le supprimer plus tard. Qu’est-ce qui est vrai ?
check-posting-13-b-screenshot = Des captures peuvent le garder bien après que tu l’effaces.
check-posting-13-b-gone = Une fois supprimé, il disparaît pour de bon, donc ça va.
check-posting-13-b-nobody = Personne ne lit les messages énervés des jeunes de ton âge.

check-posting-16-a = À une soirée, tu prends une photo de groupe. Un ami a demandé à ne pas apparaître sur des photos en ligne. Tu veux la publier en public et taguer tout le monde. Que dois-tu faire ?
check-posting-16-a-no-tag = Publie-la sans taguer cet ami. Personne ne le remarquera.
check-posting-16-a-untag = Publie-la. Cet ami pourra la signaler si ça le dérange vraiment.
check-posting-16-a-leave-out = Publie une photo sans cet ami. Demande avant de taguer.

check-posting-16-b = Tu trouves une vieille photo d’un ami à 11 ans, avec une coupe de cheveux rigolote. Elle ferait beaucoup rire dans ta story. Que dois-tu faire ?
check-posting-16-b-story = Publie-la. Les stories disparaissent au bout d’un jour.
check-posting-16-b-ask = Demande-lui d’abord, et pense à ce que cela lui ferait.
check-posting-16-b-delete-later = Partage-la seulement avec tes amis proches. C’est privé.

check-tricks-9-a = Dans ton jeu, une fenêtre dit : « Tu as gagné 1 000 gemmes gratuites ! Clique vite, plus que 30 secondes ! » Que dois-tu faire ?
check-tricks-9-a-click = Clique vite, avant la fin du temps.
check-tricks-9-a-close = Ferme la fenêtre. Les vrais cadeaux ne te pressent pas.
check-tricks-9-a-username = Clique pour vérifier que c’est vrai, mais ne tape rien.

check-tricks-9-b = Un message dans un jeu dit : « Tu es l’heureux gagnant du jour d’une tablette gratuite ! Tape ton adresse pour la recevoir. » Que dois-tu faire ?
check-tricks-9-b-ignore = Ne tape rien. On ne gagne pas un concours sans y participer.
check-tricks-9-b-quick = Tape-la vite, puis annonce la bonne nouvelle à tes parents.
check-tricks-9-b-street = Tape seulement le nom de ta rue, pas ton numéro de maison.

check-tricks-13-a = Un jeu vend des coffres mystère avec une toute petite chance d’obtenir un skin rare. Ton ami a dépensé tout l’argent de son anniversaire et n’a rien eu de bien. Qu’est-ce qui est vrai ?
check-tricks-13-a-every-day = Ouvre une boîte chaque jour, et un objet rare finira par tomber.
check-tricks-13-a-unlucky = Il n’a juste pas eu de chance. La prochaine boîte sera meilleure.
check-tricks-13-a-gambling = C’est comme un jeu d’argent. La plupart paient et gagnent peu.

check-tricks-13-b = Dans un jeu, la « roue de la chance » coûte de l’argent réel. Un streamer gagne un prix rare dès son premier tour. Qu’est-ce qui est vrai ?
check-tricks-13-b-must-win = Après quelques pertes, un gain doit forcément arriver.
check-tricks-13-b-paid = Un streamer peut jouer gratis. Vérifie les vraies chances.
check-tricks-13-b-first-time = Essayer une fois, c’est sûr. Il a bien gagné du premier coup.

check-tricks-16-a = Tu attends un colis. Un SMS dit : « Votre colis est bloqué. Payez de petits frais sur ce lien sous 24 heures. » Que dois-tu faire ?
check-tricks-16-a-check = Ne clique surtout pas. Cherche la commande dans l’appli du magasin.
check-tricks-16-a-pay = Paie. Ce n’est qu’une petite somme, et tu veux ton colis.
check-tricks-16-a-look = Clique pour vérifier si c’est vrai, mais ne paie pas encore.

check-tricks-16-b = Un e-mail qui semble venir de ta banque dit que ton compte est bloqué. Il te demande de te connecter par son lien aujourd’hui. Que dois-tu faire ?
check-tricks-16-b-log-in = Connecte-toi vite, pour ne pas perdre ton argent.
check-tricks-16-b-reply = Réponds pour leur demander de vérifier que l’e-mail est vrai.
check-tricks-16-b-bank-app = N’utilise pas le lien. Ouvre toi-même l’appli de ta banque.

check-balance-9-a = C’est l’heure de dormir, mais l’appli de vidéos lance toute seule la vidéo suivante. Quelle est la meilleure chose à faire ?
check-balance-9-a-one-more = Regarde juste une vidéo de plus, puis éteins.
check-balance-9-a-quiet = Baisse le son au minimum, pour ne pas réveiller tes parents.
check-balance-9-a-stop = Arrête la vidéo et pose la tablette dans une autre pièce.

check-balance-9-b = C’est l’heure du dîner, mais ton jeu dit : « Continue à jouer pour gagner un coffre bonus ! » Quelle est la meilleure chose à faire ?
check-balance-9-b-bonus = Joue jusqu’à avoir le coffre, puis va dîner.
check-balance-9-b-stop = Arrête maintenant et va dîner. Le jeu peut attendre.
check-balance-9-b-table = Joue à table en mangeant, comme ça tu ne perds rien.

check-balance-13-a = En faisant défiler une appli de photos, tu vois les photos de vacances parfaites de tes amis. Tu commences à te sentir mal par rapport à ta vie. Quel serait un bon choix ?
check-balance-13-a-break = Pose le téléphone. Les posts ne montrent que les bons moments.
check-balance-13-a-scroll = Continue à défiler jusqu’à trouver quelque chose qui aide.
check-balance-13-a-post = Publie quelque chose qui rend ta vie aussi belle.

check-balance-13-b = Un influenceur de ton âge poste tous les jours des photos qui ont l’air parfaites. Tu commences à te sentir mal par rapport à ton apparence. Quel serait un bon choix ?
check-balance-13-b-filters = Utilise des filtres forts, pour lui ressembler davantage.
check-balance-13-b-tips = Vérifie ses posts pour trouver des astuces pour lui ressembler.
check-balance-13-b-mute = Masque ou désabonne-toi, et parles-en à quelqu’un de confiance.

check-balance-16-a = Il est une heure du matin, la veille d’un examen. Ton téléphone vibre sans arrêt : messages de groupe et rappel pour ne pas perdre ta série. Quel est le meilleur choix ?
check-balance-16-a-reply = Réponds vite à tout le monde, puis va dormir.
check-balance-16-a-sleep = Mets le mode silencieux et va dormir. Tu répondras demain.
check-balance-16-a-streak = Garde ta série en vie, et tu te reposeras après l’examen.

check-balance-16-b = Tu commences tôt au travail demain. À minuit, une appli de vidéos lance toute seule l’épisode suivant d’une série. Quel est le meilleur choix ?
check-balance-16-b-sleep = Coupe la lecture auto et dors. Tu finiras plus tard.
check-balance-16-b-one-more = Regarde encore un épisode, puis vois comment tu te sens.
check-balance-16-b-dark = Continue, mais baisse la luminosité, c’est plus sûr.

check-help-9-a = Dans un jeu, un joueur t’envoie sans arrêt des messages méchants, même après que tu lui as demandé d’arrêter. Que dois-tu faire ?
check-help-9-a-block = Fais une capture, bloque-le et montre-la à un adulte.
check-help-9-a-mean-back = Préviens ce joueur que tu vas le signaler aux adultes.
check-help-9-a-secret = Bloque-le et efface la discussion, comme ça tout disparaît.

check-help-9-b = Tu vois une vidéo qui te fait vraiment peur. Tu n’arrêtes pas d’y penser, même la nuit. Que dois-tu faire ?
check-help-9-b-again = Regarde-la encore en plein jour, pour qu’elle fasse moins peur.
check-help-9-b-wait = Signale la vidéo, puis essaie très fort de l’oublier.
check-help-9-b-tell = Parle à un adulte de ce que la vidéo t’a fait ressentir.

check-help-13-a = Quelqu’un que tu ne connais pas continue de t’écrire sur une appli sociale alors que tu l’as ignoré. Maintenant, il commente tous tes posts. Que dois-tu faire ?
check-help-13-a-reply = Réponds une fois pour lui dire d’arrêter, puis ignore-le.
check-help-13-a-block = Garde les messages, puis bloque et signale le compte.
check-help-13-a-private = Passe ton compte en privé, et n’en dis rien à personne.

check-help-13-b = Un faux compte avec ton nom et tes photos publie des méchancetés sur tes camarades. Que dois-tu faire ?
check-help-13-b-report = Fais des captures des posts et signale le faux compte.
check-help-13-b-post = Publie que ce n’est pas toi, et espère qu’on te croie.
check-help-13-b-message = Préviens le faux compte que tu vas le signaler s’il continue.

check-help-16-a = Quelqu’un en ligne menace de partager une photo intime de toi si tu ne le paies pas. Que dois-tu faire ?
check-help-16-a-pay = Paie une fois, puis signale la personne après la suppression.
check-help-16-a-delete = Bloque-la et supprime ton compte pour être en sécurité.
check-help-16-a-report = Ne paie pas. Garde les messages, signale et demande de l’aide.

check-help-16-b = Une personne avec qui tu sortais crée sans cesse de nouveaux comptes pour t’écrire après que tu l’as bloquée. Elle commente aussi des endroits que tu as fréquentés. Que dois-tu faire ?
check-help-16-b-reply = Préviens cette personne que tu la signaleras au prochain compte.
check-help-16-b-report = Garde une trace de chaque message et parles-en à un adulte.
check-help-16-b-alone = Bloque chaque nouveau compte et garde ça pour toi.
