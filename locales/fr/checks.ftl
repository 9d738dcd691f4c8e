# L’échauffement et le bilan (scenarios/checks.ron). Une question par objectif,
# tranche d’âge et série ; les séries A et B sont parallèles : même compétence, autre situation.

check-rights-9-a = Dans un jeu, un joueur n’arrête pas de t’insulter. Ton ami dit : « C’est comme ça, dans les jeux. » Qu’est-ce qui est vrai ?
check-rights-9-a-respect = Tu as droit au respect, et à recevoir de l’aide.
check-rights-9-a-accept = Les insultes font partie des jeux. Tu dois l’accepter.
check-rights-9-a-your-fault = Il ne fait ça que si tu as fait quelque chose de mal avant.

check-rights-9-b = Quelqu’un de la discussion de classe t’envoie sans arrêt des messages méchants. Tu penses que le dire à un enseignant ne ferait qu’empirer les choses. Qu’est-ce qui est vrai ?
check-rights-9-b-wait = Il ne faut le dire à un adulte que si ça dure des mois.
check-rights-9-b-deserve = Si on t’a choisi·e, c’est que tu l’as forcément mérité.
check-rights-9-b-help = Tu as le droit d’être en sécurité et d’avoir de l’aide.

check-rights-13-a = Le grand frère d’un ami publie une photo de toi sur son compte public. Tu lui demandes de la retirer. Il répond : « Mon compte, mes règles. » Qu’est-ce qui est vrai ?
check-rights-13-a-his-rules = Il a raison. C’est celui qui publie la photo qui décide.
check-rights-13-a-privacy = Ta vie privée compte. Tu peux signaler la photo.
check-rights-13-a-too-late = Une fois qu’une photo est en ligne, on ne peut plus rien faire.

check-rights-13-b = Quelqu’un de ta classe te filme quand tu tombes en cours de sport et publie la vidéo sur une appli. Tu demandes de la supprimer. On te répond : « Mon téléphone, ma vidéo. » Qu’est-ce qui est vrai ?
check-rights-13-b-privacy = Tu as droit à une vie privée. Tu peux la signaler.
check-rights-13-b-their-video = Cette personne a raison : celui qui filme décide.
check-rights-13-b-too-late = Elle a déjà beaucoup de vues, donc c’est trop tard.

check-rights-16-a = Quelqu’un a fait une fausse image retouchée de toi, et elle circule dans ton lycée. Un ami dit : « Ce n’est pas vraiment toi, donc ça ne compte pas. » Qu’est-ce qui est vrai ?
check-rights-16-a-not-real = Une fausse image n’est pas réelle, donc elle ne fait aucun mal.
check-rights-16-a-find-first = Tu ne peux agir qu’une fois que tu sais qui l’a faite.
check-rights-16-a-report = Tu as droit au respect. Signale-la et demande du soutien.

check-rights-16-b = Une capture d’écran de tes messages privés circule dans une grande discussion de groupe. Quelqu’un dit : « Tu les as envoyés, donc tu as renoncé à ta vie privée. » Qu’est-ce qui est vrai ?
check-rights-16-b-gave-up = Une fois un message envoyé, n’importe qui peut le partager.
check-rights-16-b-report = Ta vie privée compte toujours. Tu peux le signaler.
check-rights-16-b-stay-quiet = Ne dis rien, sinon on en parlera encore plus.

check-risk-9-a = Trois joueurs t’envoient des messages dans le chat d’un jeu. Quel message pourrait être un risque pour toi ?
check-risk-9-a-rematch = Bien joué ! Tu veux refaire une partie demain ?
check-risk-9-a-school = C’est quoi, ton vrai nom ? Tu es dans quelle école ?
check-risk-9-a-dragon = Comment tu as passé le gros dragon du niveau trois ?

check-risk-9-b = Trois personnes laissent des commentaires sous ta vidéo de dessin. Quel commentaire pourrait être un risque pour toi ?
check-risk-9-b-park = Trop bien ! Tu joues dans quel parc après l’école ?
check-risk-9-b-colours = J’adore les couleurs que tu as utilisées ici !
check-risk-9-b-cat = Tu pourrais dessiner un chat dans ta prochaine vidéo ?

check-risk-13-a = Une vidéo populaire lance le défi de faire une cascade au bord d’une route très passante et de la filmer. Tes amis veulent essayer après les cours. Quel est le vrai risque ?
check-risk-13-a-popular = Aucun vrai risque. Plein de gens l’ont déjà fait sans souci.
check-risk-13-a-parents = Le seul risque, c’est de se faire gronder par ses parents.
check-risk-13-a-hurt = Quelqu’un pourrait se blesser gravement, juste pour des vues.

check-risk-13-b = Un streamer met ses spectateurs au défi de rester éveillés deux jours et de poster une preuve. Des camarades disent qu’ils vont essayer. Quel est le vrai risque ?
check-risk-13-b-famous = Aucun vrai risque, si un streamer célèbre dit que ça va.
check-risk-13-b-health = Ça pourrait nuire à leur santé, même si ça a l’air drôle.
check-risk-13-b-tired = Le seul risque, c’est d’être un peu fatigué en classe.

check-risk-16-a = Une appli gratuite de test de personnalité demande à lire tes messages et tes contacts « pour des résultats plus précis ». Quel est le principal risque ?
check-risk-16-a-data = Tes données et celles de tes amis pourraient être partagées.
check-risk-16-a-accuracy = Le test pourrait te donner des résultats qui ne sont pas vrais.
check-risk-16-a-checked = Aucun risque. Le magasin d’applis vérifie toutes les applis.

check-risk-16-b = Un outil promet de montrer qui a consulté ton profil. Il te demande de te connecter avec ton compte de réseau social et de lui donner un accès complet. Quel est le principal risque ?
check-risk-16-b-wrong-list = Il pourrait te montrer une mauvaise liste de personnes.
check-risk-16-b-no-password = Aucun risque, puisque tu n’y tapes jamais ton mot de passe.
check-risk-16-b-account = Il pourrait pirater ton compte et contacter tes amis.

check-info-9-a = Un joueur de ton jeu dit : « Donne-moi ton mot de passe et je t’aide à passer au niveau suivant. » Que dois-tu faire ?
check-info-9-a-change-later = Donne-le-lui, puis change-le quand il a fini.
check-info-9-a-top-player = Donne-le-lui si c’est un super joueur avec plein d’amis.
check-info-9-a-say-no = Dis non. Ton mot de passe, c’est pour toi et tes parents.

check-info-9-b = Un joueur de ton jeu dit : « Donne-moi ton adresse pour que je t’envoie un cadeau d’anniversaire. » Que dois-tu faire ?
check-info-9-b-school = Donne-lui plutôt l’adresse de ton école.
check-info-9-b-say-no = Dis non. L’adresse de ta maison est privée.
check-info-9-b-present = Donne-la-lui. Il veut juste t’envoyer un cadeau.

check-info-13-a = Tu veux publier sur ton profil public une photo de ton premier jour dans ton nouveau collège. Le nom et le logo du collège se voient bien. Que dois-tu faire ?
check-info-13-a-hide = Cache le nom et le logo du collège avant de la publier.
check-info-13-a-tag = Ajoute ta localisation pour que tes camarades te trouvent.
check-info-13-a-story = Publie-la en story, car les stories disparaissent en un jour.

check-info-13-b = Tu veux publier une vidéo de ta nouvelle chambre. Par la fenêtre, on voit bien le nom de ta rue et le numéro de ta maison. Que dois-tu faire ?
check-info-13-b-no-notice = Publie-la. La plupart des gens ne remarquent pas les détails.
check-info-13-b-no-caption = Publie-la sans légende, pour que personne ne sache où c’est.
check-info-13-b-blur = Floute ou coupe d’abord le nom de la rue et le numéro.

check-info-16-a = Une nouvelle appli partage par défaut ta position en direct avec tes 600 amis. Tu n’as jamais rencontré beaucoup d’entre eux. Quel est le meilleur choix ?
check-info-16-a-leave-on = Laisse-la activée. Les amis d’amis, c’est sans risque.
check-info-16-a-turn-off = Coupe-la, ou ne la partage qu’avec des gens de confiance.
check-info-16-a-post-less = Laisse-la activée, mais publie moins pour être moins vu·e.

check-info-16-b = Ton appli de course à pied partage publiquement chaque parcours sur une carte. La plupart commencent et finissent devant ta porte. Quel est le meilleur choix ?
check-info-16-b-private = Rends tes parcours privés et cache la partie près de chez toi.
check-info-16-b-no-name = Laisse-les publics, mais retire ton nom.
check-info-16-b-runners = Laisse-les publics. Plein de coureurs partagent leurs parcours.

check-trust-9-a = Un message dit : « L’école est fermée demain à cause d’une tempête ! Envoie ça à tout le monde ! » Que dois-tu faire ?
check-trust-9-a-check = Vérifie d’abord avec un enseignant ou un parent.
check-trust-9-a-forward = Envoie-le à tout le monde, puis préviens tes parents.
check-trust-9-a-believe = Crois-le, parce que beaucoup de gens l’ont partagé.

check-trust-9-b = Dans la discussion de classe, quelqu’un écrit : « Notre prof quitte l’école pour toujours ! C’est mon cousin qui me l’a dit. » Que dois-tu faire ?
check-trust-9-b-tell-friends = Dis-le tout de suite à tes amis, et demande à un parent après.
check-trust-9-b-believe = Crois-le, parce qu’un cousin doit être au courant.
check-trust-9-b-ask = Attends, et demande au prof ou à un parent si c’est vrai.

check-trust-13-a = Une influenceuse que tu suis dit qu’une nouvelle boisson énergisante l’a aidée à avoir d’excellentes notes. En petits caractères, le post indique « pub ». Quelle est la meilleure façon d’y réfléchir ?
check-trust-13-a-followers = C’est forcément vrai. Elle a des millions d’abonnés.
check-trust-13-a-advert = Elle est payée pour ça. Vérifie d’abord d’autres sources.
check-trust-13-a-comments = C’est vrai. Plein de commentaires disent que ça a marché.

check-trust-13-b = Une vidéo avec plein de likes affirme qu’une crème fait disparaître tous les boutons en une nuit. Le compte qui l’a publiée vend cette crème. Quelle est la meilleure façon d’y réfléchir ?
check-trust-13-b-sells = Ils en tirent profit. Vérifie sur un site de santé fiable.
check-trust-13-b-likes = Avec autant de likes, ça doit vraiment marcher.
check-trust-13-b-try-it = Achète-la et teste-la une semaine pour voir si ça marche.

check-trust-16-a = Quelques jours avant une élection, une vidéo choquante d’un candidat apparaît. Elle n’est que sur un seul compte, créé la semaine dernière. Que dois-tu faire avant de la partager ?
check-trust-16-a-right-to-know = Partage-la. Les gens ont le droit de savoir.
check-trust-16-a-not-sure = Partage-la, en précisant que tu ne sais pas si elle est vraie.
check-trust-16-a-check = Vérifie dans des médias fiables. Ce pourrait être un trucage.

check-trust-16-b = Une capture d’écran d’un article affirme que les jeunes seront interdits dans le centre-ville le soir. Il n’y a ni lien ni date. Que dois-tu faire avant de la partager ?
check-trust-16-b-complain = Partage-la, pour que les gens protestent avant que ça arrive.
check-trust-16-b-search = Cherche l’info sur des médias fiables ou le site de la ville.
check-trust-16-b-friends = Partage-la. Tes amis ne partageraient pas de fausses infos.

check-strangers-9-a = Un joueur que tu ne connais qu’en ligne dit : « Tu es mon meilleur ami. Gardons nos discussions secrètes, sans rien dire à tes parents. » Que dois-tu faire ?
check-strangers-9-a-keep-secret = Garde le secret. Il est gentil et drôle.
check-strangers-9-a-tell = Arrête de discuter, et parles-en à un adulte de confiance.
check-strangers-9-a-ask-why = Demande-lui pourquoi, et préviens tes parents si c’est bizarre.

check-strangers-9-b = Un joueur que tu ne connais qu’en ligne t’envoie des pièces gratuites pour le jeu, puis te demande une photo de toi. Que dois-tu faire ?
check-strangers-9-b-block = N’envoie rien. Bloque-le et parles-en à un adulte de confiance.
check-strangers-9-b-thank-you = Envoie une photo pour le remercier des pièces.
check-strangers-9-b-pet = Envoie plutôt une photo de ton animal, puis préviens un parent.

check-strangers-13-a = Tu es sur un serveur de jeu avec plein de joueurs que tu ne connais pas. Quel message est un signal d’alerte ?
check-strangers-13-a-team = Quelqu’un veut rejoindre notre équipe pour le match ce soir ?
check-strangers-13-a-update = La mise à jour est nulle, les cartes sont bien trop petites.
check-strangers-13-a-private = Tu es si mature pour ton âge ! On parle sur une appli privée ?

check-strangers-13-b = Sur une appli sociale, tu reçois des messages de gens que tu ne connais pas. Quel message est un signal d’alerte ?
check-strangers-13-b-drawing = J’adore ton dessin ! Tu utilises quels crayons et quel papier ?
check-strangers-13-b-gift-card = Je vais t’envoyer une carte cadeau. Mais ne le dis à personne.
check-strangers-13-b-wrong = Pardon, je me suis trompé. Je voulais écrire à mon cousin.

check-strangers-16-a = Quelqu’un rencontré sur une appli sociale dit avoir 19 ans. En deux jours, cette personne dit qu’elle t’aime, veut passer sur une appli privée et te demande des photos intimes. Que dois-tu faire ?
check-strangers-16-a-stop = N’envoie rien, bloque, signale et confie-toi à quelqu’un de sûr.
check-strangers-16-a-move = Passe sur l’appli privée, mais n’envoie pas encore de photos.
check-strangers-16-a-prove = Demande-lui d’abord une photo, pour prouver qu’elle est réelle.

check-strangers-16-b = Quelqu’un rencontré dans un jeu en ligne dit avoir 20 ans. Cette personne te paie des objets du jeu, puis propose de te voir et dit : « Ne le dis à personne. » Que dois-tu faire ?
check-strangers-16-b-public = Retrouve-la dans un lieu public fréquenté, pour être en sécurité.
check-strangers-16-b-pay-back = Rembourse-la d’abord, pour ne rien lui devoir.
check-strangers-16-b-stop = N’y va pas. Bloque, signale et parles-en à un adulte de confiance.

check-kind-9-a = Dans la discussion de classe, des enfants envoient des émojis qui rient à propos du dessin d’un camarade. Ce camarade ne dit plus rien. Quelle est la meilleure chose à faire ?
check-kind-9-a-join = Envoie aussi un émoji qui rit, pour faire comme les autres.
check-kind-9-a-nothing = Ne dis rien. Ce n’est pas ton dessin, donc pas ton problème.
check-kind-9-a-kind = Envoie un message gentil à ce camarade, et préviens un adulte.

check-kind-9-b = Dans un jeu en ligne, ton équipe n’arrête pas d’exclure un joueur parce qu’il est nouveau et lent. Quelle est la meilleure chose à faire ?
check-kind-9-b-kick = Exclus-le toi aussi, pour que ton équipe gagne.
check-kind-9-b-invite = Invite-le à revenir. Tout le monde débute un jour.
check-kind-9-b-leave = Quitte la partie, pour ne pas avoir à regarder.

check-kind-13-a = Quelqu’un publie une photo gênante d’un camarade dans une grande discussion de groupe du collège, et des gens commencent à ajouter des commentaires méchants. Quelle est la meilleure chose à faire ?
check-kind-13-a-support = Ne participe pas. Prends de ses nouvelles et signale le post.
check-kind-13-a-joke = Ajoute une petite blague, pour que ça paraisse moins grave.
check-kind-13-a-screenshot = Fais une capture et montre à tes amis à quel point c’est grave.

check-kind-13-b = Des amis créent une nouvelle discussion de groupe sans l’un de leurs amis, juste pour se moquer de lui. Ils t’ajoutent. Quelle est la meilleure chose à faire ?
check-kind-13-b-stay-quiet = Ne dis rien, comme ça tu ne seras pas la prochaine cible.
check-kind-13-b-send-all = Envoie à ton ami des captures d’écran de toutes les blagues.
check-kind-13-b-speak-up = Dis que ce n’est pas OK, quitte le groupe et soutiens ton ami.

check-kind-16-a = Le post maladroit d’un élève devient viral, et des milliers d’inconnus l’insultent. Des gens de ton lycée s’y mettent aussi. Quelle est la meilleure chose à faire ?
check-kind-16-a-joke = Poste une blague bien trouvée dessus, comme tout le monde.
check-kind-16-a-support = Ne t’y mets pas. Signale les pires posts et soutiens l’élève.
check-kind-16-a-fight-back = Défends l’élève en insultant ceux qui l’attaquent.

check-kind-16-b = Dans une discussion de groupe, un ami partage une blague haineuse sur la religion d’un camarade. D’autres réagissent avec des émojis qui rient. Quelle est la meilleure chose à faire ?
check-kind-16-b-speak-up = Dis calmement que ce n’est pas OK, et signale si ça continue.
check-kind-16-b-laugh = Réagis avec un émoji qui rit, pour que l’ambiance reste sympa.
check-kind-16-b-forward = Transfère-la au camarade, pour qu’il sache ce qui se dit.

check-posting-9-a = Tu prends une photo drôle de ton ami endormi, la bouche ouverte. Tu veux la partager dans la discussion de classe. Que dois-tu faire d’abord ?
check-posting-9-a-ask = Demande à ton ami si tu peux la partager.
check-posting-9-a-joke = Partage-la. Ce n’est qu’une blague.
check-posting-9-a-delete-later = Partage-la, et supprime-la s’il se fâche.

check-posting-9-b = Tu filmes ton cousin en train de danser à une fête de famille. Tu veux publier la vidéo sur une appli de vidéos. Que dois-tu faire d’abord ?
check-posting-9-b-family = Publie-la. Les vidéos de famille, c’est toujours OK.
check-posting-9-b-no-name = Publie-la sans son nom, puis montre-la à un adulte.
check-posting-9-b-ask = Demande à ton cousin et à un adulte si c’est d’accord.

check-posting-13-a = Tu es en colère contre un prof et tu veux publier une vidéo moqueuse sur lui. Tes amis disent que ce sera drôle. Qu’est-ce qui est vrai ?
check-posting-13-a-delete = C’est OK, tant que tu la supprimes au bout d’un jour.
check-posting-13-a-stays = Elle peut être enregistrée et partagée, même supprimée.
check-posting-13-a-private = C’est OK, car seuls tes abonnés peuvent la voir.

check-posting-13-b = Après un match perdu, tu veux publier un message en colère qui insulte l’autre équipe. Tu comptes le supprimer plus tard. Qu’est-ce qui est vrai ?
check-posting-13-b-screenshot = On peut l’enregistrer, et il peut rester en ligne des années.
check-posting-13-b-gone = Un post supprimé disparaît pour de bon, donc ça va.
check-posting-13-b-nobody = Personne ne lit les posts en colère des jeunes de ton âge.

check-posting-16-a = À une soirée, tu prends une photo de groupe. Un ami a demandé à ne pas apparaître sur des photos en ligne. Tu veux la publier en public et taguer tout le monde. Que dois-tu faire ?
check-posting-16-a-no-tag = Publie-la sans taguer cet ami. Personne ne le remarquera.
check-posting-16-a-untag = Publie-la. Il pourra retirer son tag si ça le dérange.
check-posting-16-a-leave-out = Ne mets pas cet ami, et demande aux autres avant de taguer.

check-posting-16-b = Tu trouves une vieille photo d’un ami à 11 ans, avec une coupe de cheveux rigolote. Elle ferait beaucoup rire dans ta story. Que dois-tu faire ?
check-posting-16-b-story = Publie-la. De toute façon, les stories disparaissent en un jour.
check-posting-16-b-ask = Demande-lui d’abord, et pense à ce qu’il pourrait ressentir.
check-posting-16-b-delete-later = Publie-la. Il pourra te demander de la supprimer si ça le gêne.

check-tricks-9-a = Dans ton jeu, une fenêtre dit : « Tu as gagné 1 000 gemmes gratuites ! Clique vite, plus que 30 secondes ! » Que dois-tu faire ?
check-tricks-9-a-click = Clique vite, avant que le temps soit écoulé.
check-tricks-9-a-close = Ferme-la. Les vrais prix ne te pressent pas.
check-tricks-9-a-username = Clique, mais tape seulement ton pseudo.

check-tricks-9-b = Un message dans un jeu dit : « Tu es l’heureux gagnant du jour d’une tablette gratuite ! Tape ton adresse pour la recevoir. » Que dois-tu faire ?
check-tricks-9-b-ignore = Ne tape rien. C’est un piège. Préviens un adulte.
check-tricks-9-b-quick = Tape-la vite, puis annonce la bonne nouvelle à tes parents.
check-tricks-9-b-street = Tape ta rue, mais pas ton numéro de maison.

check-tricks-13-a = Un jeu vend des coffres mystère avec une toute petite chance d’obtenir un skin rare. Ton ami a dépensé tout l’argent de son anniversaire et n’a rien eu de bien. Qu’est-ce qui est vrai ?
check-tricks-13-a-every-day = Ouvre un coffre chaque jour, et un objet rare finira par tomber.
check-tricks-13-a-unlucky = Il n’a pas eu de chance. Le prochain coffre sera forcément mieux.
check-tricks-13-a-gambling = C’est comme un jeu d’argent. La plupart paient et gagnent peu.

check-tricks-13-b = Dans un jeu, la « roue de la chance » coûte de l’argent réel. Un streamer gagne un prix rare dès son premier tour. Qu’est-ce qui est vrai ?
check-tricks-13-b-must-win = Après quelques échecs, une victoire va forcément arriver.
check-tricks-13-b-paid = En général, on gagne peu. Le streamer est peut-être payé pour ça.
check-tricks-13-b-first-time = S’il a gagné dès son premier tour, tu gagneras sûrement aussi.

check-tricks-16-a = Tu attends un colis. Un SMS dit : « Votre colis est bloqué. Payez de petits frais sur ce lien sous 24 heures. » Que dois-tu faire ?
check-tricks-16-a-check = Ne clique pas. Vérifie ta commande dans l’appli du magasin.
check-tricks-16-a-pay = Paie. C’est une petite somme, et tu veux ton colis.
check-tricks-16-a-look = Clique pour voir si c’est vrai, mais ne paie pas tout de suite.

check-tricks-16-b = Un e-mail qui semble venir de ta banque dit que ton compte est bloqué. Il te demande de te connecter par son lien aujourd’hui. Que dois-tu faire ?
check-tricks-16-b-log-in = Connecte-toi vite, pour ne pas perdre ton argent.
check-tricks-16-b-reply = Réponds à l’e-mail pour leur demander s’il est vrai.
check-tricks-16-b-bank-app = N’utilise pas le lien. Ouvre toi-même l’appli de ta banque.

check-balance-9-a = C’est l’heure de dormir, mais l’appli de vidéos lance toute seule la vidéo suivante. Quelle est la meilleure chose à faire ?
check-balance-9-a-one-more = Regarde encore une vidéo, puis arrête.
check-balance-9-a-quiet = Baisse le son et continue à regarder au lit.
check-balance-9-a-stop = Arrête la vidéo et range la tablette.

check-balance-9-b = C’est l’heure du dîner, mais ton jeu dit : « Continue à jouer pour gagner un coffre bonus ! » Quelle est la meilleure chose à faire ?
check-balance-9-b-bonus = Joue jusqu’à avoir le coffre bonus, puis vas-y.
check-balance-9-b-stop = Arrête maintenant et va dîner. Le jeu peut attendre.
check-balance-9-b-table = Joue à table pendant que tu manges.

check-balance-13-a = En faisant défiler une appli de photos, tu vois les photos de vacances parfaites de tes amis. Tu commences à te sentir mal par rapport à ta vie. Quel serait un bon choix ?
check-balance-13-a-break = Fais une pause. On poste souvent juste ses meilleurs moments.
check-balance-13-a-scroll = Continue à faire défiler jusqu’à te sentir mieux.
check-balance-13-a-post = Poste quelque chose pour que ta vie ait l’air aussi belle.

check-balance-13-b = Un influenceur de ton âge poste tous les jours des photos qui ont l’air parfaites. Tu commences à te sentir mal par rapport à ton apparence. Quel serait un bon choix ?
check-balance-13-b-filters = Mets des filtres forts pour lui ressembler davantage.
check-balance-13-b-tips = Regarde ses posts sans arrêt pour trouver comment lui ressembler.
check-balance-13-b-mute = Masque-le ou ne le suis plus, et parle à quelqu’un de confiance.

check-balance-16-a = Il est une heure du matin, la veille d’un examen. Ton téléphone vibre sans arrêt : messages de groupe et rappel pour ne pas perdre ta série. Quel est le meilleur choix ?
check-balance-16-a-reply = Réponds vite à tout le monde, puis va dormir.
check-balance-16-a-sleep = Passe en silencieux et dors. Les réponses attendront.
check-balance-16-a-streak = Fais durer ta série, et repose-toi après l’examen.

check-balance-16-b = Tu commences tôt au travail demain. À minuit, une appli de vidéos lance toute seule l’épisode suivant d’une série. Quel est le meilleur choix ?
check-balance-16-b-sleep = Coupe la lecture auto et dors. Tu finiras un autre jour.
check-balance-16-b-one-more = Regarde encore un épisode, puis tu décideras.
check-balance-16-b-dark = Continue, mais en baissant la luminosité de l’écran.

check-help-9-a = Dans un jeu, un joueur t’envoie sans arrêt des messages méchants, même après que tu lui as demandé d’arrêter. Que dois-tu faire ?
check-help-9-a-block = Bloque-le, signale-le et parles-en à un adulte de confiance.
check-help-9-a-mean-back = Renvoie-lui des messages méchants.
check-help-9-a-secret = Ne dis rien, pour qu’aucun adulte ne te prenne ta tablette.

check-help-9-b = Tu vois une vidéo qui te fait vraiment peur. Tu n’arrêtes pas d’y penser, même la nuit. Que dois-tu faire ?
check-help-9-b-again = Regarde-la encore, pour qu’elle te fasse moins peur.
check-help-9-b-wait = Attends une semaine, et préviens un adulte si ça ne va pas mieux.
check-help-9-b-tell = Parles-en à un adulte de confiance, et signale la vidéo.

check-help-13-a = Quelqu’un que tu ne connais pas continue de t’écrire sur une appli sociale alors que tu l’as ignoré. Maintenant, il commente tous tes posts. Que dois-tu faire ?
check-help-13-a-reply = Réponds une fois pour lui dire d’arrêter.
check-help-13-a-block = Bloque, signale, garde des preuves et alerte un adulte de confiance.
check-help-13-a-private = Passe ton compte en privé, et n’en parle à personne pour l’instant.

check-help-13-b = Un faux compte avec ton nom et tes photos publie des méchancetés sur tes camarades. Que dois-tu faire ?
check-help-13-b-report = Signale le compte, garde des preuves, alerte un adulte de confiance.
check-help-13-b-post = Poste que ce n’est pas toi, et espère que les gens te croient.
check-help-13-b-message = Envoie un message au faux compte pour lui demander d’arrêter.

check-help-16-a = Quelqu’un en ligne menace de partager une photo intime de toi si tu ne le paies pas. Que dois-tu faire ?
check-help-16-a-pay = Paie une fois, pour qu’il la supprime et te laisse tranquille.
check-help-16-a-delete = Supprime ton compte et espère que tout ça disparaisse.
check-help-16-a-report = Ne paie pas. Capture, signale et alerte un adulte de confiance.

check-help-16-b = Une personne avec qui tu sortais crée sans cesse de nouveaux comptes pour t’écrire après que tu l’as bloquée. Elle commente aussi des endroits où tu es allé·e. Que dois-tu faire ?
check-help-16-b-reply = Réponds encore une fois, en lui demandant clairement d’arrêter.
check-help-16-b-report = Garde des preuves, signale-la et alerte un adulte de confiance.
check-help-16-b-alone = Arrête de publier, et règle ça sans l’aide de personne.
