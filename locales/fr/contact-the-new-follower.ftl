# Contact / sexuel, adapté aux 13-15 ans : signaux d'alerte de sextorsion et demander de l'aide uniquement (Le nouvel abonné)

contact-the-new-follower-title = Le nouvel abonné
contact-the-new-follower-summary = Un nouvel abonné de ton âge adore tout ce que tu publies, puis veut discuter dans un endroit plus privé.
contact-the-new-follower-remember = Flatterie, appli privée et demandes de photos sont des signaux d’alerte. Ne préviens pas la personne : garde la discussion, puis bloque, signale et parles-en à un adulte de confiance. Ce n’est jamais ta faute.

contact-the-new-follower-app = { $app }
contact-the-new-follower-npc-follower = { $follower }
contact-the-new-follower-npc-adult = { $adult }

# Variété : à chaque partie, une option de chaque variable de `vary` est choisie.
contact-the-new-follower-app-picstream = Picstream
contact-the-new-follower-app-loopr = Loopr
contact-the-new-follower-app-glimmr = Glimmr
contact-the-new-follower-private-vanish = Vanish
contact-the-new-follower-private-ghostchat = GhostChat
contact-the-new-follower-private-blink = Blinkr
contact-the-new-follower-school-westbrook = collège Pasteur
contact-the-new-follower-school-hillcrest = collège Les Acacias
contact-the-new-follower-school-parkview = collège du Parc
contact-the-new-follower-adult-mum = Maman
contact-the-new-follower-adult-dad = Papa
contact-the-new-follower-adult-aunt = Tata Lina

# Bien le paramétrer : les réglages du nouveau compte, avant que quelqu’un ne s’abonne.
contact-the-new-follower-setup = Tu viens de t’inscrire sur { $app }. Tu veux que tes amis du collège voient tes vidéos de danse et t’écrivent, et choisir où on t’identifie. Ta position, tes contacts et ce que tu fais sur l’appli restent à toi.
contact-the-new-follower-set-posts = Qui peut voir mes publications
contact-the-new-follower-val-posts-everyone = Tout le monde
contact-the-new-follower-val-posts-friends = Amis seulement
contact-the-new-follower-val-posts-only-me = Moi uniquement
contact-the-new-follower-why-posts-everyone = « Tout le monde », ce sont aussi des inconnus, et tes publications en disent beaucoup sur toi. « Amis seulement » convient mieux : les gens que tu connais voient toujours tes vidéos.
contact-the-new-follower-why-posts-friends = Parfait : tes amis voient tes vidéos, les inconnus non. N’accepte que des gens que tu connais en vrai.
contact-the-new-follower-why-posts-only-me = C’est sûr, mais tes amis ne voient pas tes vidéos non plus. « Amis seulement » convient mieux : c’est avec eux que tu veux partager.
contact-the-new-follower-set-location = Qui peut voir ma position
contact-the-new-follower-val-location-everyone = Tout le monde
contact-the-new-follower-val-location-friends = Amis, sur la carte
contact-the-new-follower-val-location-off = Personne
contact-the-new-follower-why-location-everyone = Avec « Tout le monde », des inconnus voient où tu habites, où tu étudies et où tu traînes. « Personne » convient mieux : tes vidéos n’ont pas besoin de ta position.
contact-the-new-follower-why-location-friends = Mieux que « Tout le monde », mais une carte en direct montre toujours où tu es, et les captures circulent. « Personne » convient mieux : dis-le à tes amis par message.
contact-the-new-follower-why-location-off = Bien vu. Personne n’a besoin de savoir où tu es pour aimer tes vidéos, et tu peux toujours le dire à tes amis par message.
contact-the-new-follower-set-messages = Qui peut m’écrire
contact-the-new-follower-val-messages-everyone = Tout le monde
contact-the-new-follower-val-messages-friends = Amis seulement
contact-the-new-follower-val-messages-nobody = Personne
contact-the-new-follower-why-messages-everyone = « Tout le monde », ça veut dire que n’importe quel inconnu peut t’écrire. « Amis seulement » convient mieux : les gens que tu connais peuvent toujours te joindre.
contact-the-new-follower-why-messages-friends = Exactement ce que tu voulais : tes amis peuvent t’écrire, les inconnus non.
contact-the-new-follower-why-messages-nobody = C’est sûr, mais tes amis ne peuvent pas t’écrire non plus, alors que tu le voulais. « Amis seulement » convient mieux.
contact-the-new-follower-set-tagging = Qui peut m’identifier sur des photos
contact-the-new-follower-val-tagging-anyone = Tout le monde
contact-the-new-follower-val-tagging-friends = Amis
contact-the-new-follower-val-tagging-ask = Avec mon accord
contact-the-new-follower-why-tagging-anyone = N’importe qui pourrait t’identifier sur n’importe quelle photo, visible sur ton profil. « Avec mon accord » convient mieux : tu vérifies chaque identification.
contact-the-new-follower-why-tagging-friends = Mieux que tout le monde, mais même un ami peut t’identifier sur une photo qui ne te plaît pas. « Avec mon accord » convient mieux : c’est toi qui choisis.
contact-the-new-follower-why-tagging-ask = Oui. Tu vois chaque identification avant qu’elle apparaisse sur ton profil : c’est toi qui choisis ce qui porte ton nom.
contact-the-new-follower-set-contacts = Trouver des amis dans les contacts de mon téléphone
contact-the-new-follower-val-contacts-upload = Importer mes contacts
contact-the-new-follower-val-contacts-off = Désactivé
contact-the-new-follower-why-contacts-upload = Les importer partage les numéros d’autres personnes sans leur demander, et peut te suggérer à des inconnus qui ont ton numéro. Désactivé convient mieux.
contact-the-new-follower-why-contacts-off = Bien pensé. Les numéros des autres restent sur ton téléphone, et l’appli ne te suggère pas à des inconnus. Ajoute tes amis par leur pseudo.
contact-the-new-follower-set-ads = Pubs basées sur ce que je fais
contact-the-new-follower-val-ads-on = Activées
contact-the-new-follower-val-ads-off = Désactivées
contact-the-new-follower-why-ads-on = L’appli suit alors ce que tu regardes, likes et cherches pour vendre des pubs : tes données sont le prix. Désactivées convient mieux.
contact-the-new-follower-why-ads-off = Bien. L’appli utilise moins ce que tu fais pour vendre des pubs. Tu verras toujours des pubs, mais pas construites à partir de tes habitudes.

contact-the-new-follower-intro = Deux semaines plus tard, tu as un nouvel abonné sur { $app } : { $follower }. Le profil indique 14 ans, aime la même musique que toi et a plein de super photos. Ce compte like cinq de tes publications d’affilée.
contact-the-new-follower-pic-bio = 14 · musique · danse
contact-the-new-follower-pic-posts = 86 publications
contact-the-new-follower-pic-followers = 412 abonnés
contact-the-new-follower-pic-joined = Membre depuis 3 semaines
contact-the-new-follower-pic-mutual = Aucun ami en commun
contact-the-new-follower-pic-liked = A liké 5 de tes posts

contact-the-new-follower-first-dm = coucouu j’ai vu ta vidéo de danse, franchement t’as trop de talent. moi aussi j’ai 14 ans et je viens d’emménager près de chez toi ! t’es dans quel collège ?
contact-the-new-follower-choice-check-profile = Merci ! Je vais d’abord vérifier ton profil.
contact-the-new-follower-feedback-check-profile = Ne pas répondre tout de suite, c’était malin. Mais un profil ne montre que ce que son propriétaire a choisi d’y mettre : n’importe qui peut écrire « 14 ans » et prendre les photos de quelqu’un d’autre.
contact-the-new-follower-choice-tell-school = omg merci !! je suis au { $school }, et toi ??
contact-the-new-follower-feedback-tell-school = Une occasion d’apprendre : ton collège dit à quelqu’un où te trouver chaque jour de la semaine. N’importe qui peut écrire « j’ai 14 ans » sur un profil. Garde-le pour toi tant que tu ne sais pas qui est derrière.
contact-the-new-follower-choice-no-school = Merci ! Mon collège, je ne le donne jamais en ligne.
contact-the-new-follower-feedback-no-school = Bien. Les compliments font plaisir, mais tu ne sais pas qui est derrière ce compte. Un nouvel abonné qui demande tout de suite ton collège, et dit habiter près de chez toi, va à la pêche aux infos.

contact-the-new-follower-c-check-profile = Le profil a l’air parfait : 14 ans, plein de selfies, ta musique préférée. Mais le compte a trois semaines, et aucun de tes amis ne connaît cette personne.
contact-the-new-follower-c-tell-school = sérieux, le { $school } ?? c’est trop près de chez moi ! on se voit vendredi après les cours ? juste nous deux, viens pas avec quelqu’un, ce serait gênant
contact-the-new-follower-c-no-school = haha ok, mystère, j’aime bien. t’es bien plus mature que les gens de notre âge franchement

contact-the-new-follower-meet = alors... vendredi ? dis rien à tes parents, ils en feraient toute une histoire
contact-the-new-follower-choice-meet-yes = OK, vendredi ! Je dirai rien à mes parents.
contact-the-new-follower-feedback-meet-yes = Une occasion d’apprendre : n’importe qui peut dire avoir 14 ans. « Dis rien à tes parents » protège l’autre, pas toi. Ne rencontre jamais quelqu’un d’internet sans un adulte de confiance avec toi.
contact-the-new-follower-choice-meet-show = Avant de répondre, je montre ça à { $adult }.
contact-the-new-follower-feedback-meet-show = Exactement. On ne rencontre jamais quelqu’un connu en ligne sans un adulte de confiance, et « dis rien à tes parents » est un gros signal d’alerte. { $adult } peut vérifier qui c’est.
contact-the-new-follower-choice-meet-friend = Seulement si je viens avec un ami. C’est plus sûr.
contact-the-new-follower-feedback-meet-friend = Ne pas y aller en solo, c’était bien pensé. Mais deux ados peuvent quand même se faire piéger, et « juste nous deux, dis rien » est un signal d’alerte. Rencontrer quelqu’un d’internet demande un adulte.

contact-the-new-follower-c-meet-yes = trop bien !! j’ai hâte. mais avant vendredi, je veux voir à quoi tu ressembles maintenant
contact-the-new-follower-c-meet-friend = non, juste nous deux, sinon rien. sois pas relou. bref, je veux voir à quoi tu ressembles maintenant

contact-the-new-follower-move-app = cette appli est trop publique mdr. tu m’ajoutes sur { $private } ? les messages disparaissent donc c’est plus privé. juste nous deux
contact-the-new-follower-pic-private = { $private }
contact-the-new-follower-pic-vanish = Messages effacés après 10 secondes
contact-the-new-follower-pic-add = Ajoute-moi
contact-the-new-follower-choice-add-private = OK, je t’ajoute. Plus privé, c’est mieux de toute façon.
contact-the-new-follower-feedback-add-private = Une occasion d’apprendre : les messages qui disparaissent protègent plus l’autre personne que toi. Si quelque chose tourne mal, il n’y a aucune trace, et personne d’autre ne peut voir.
contact-the-new-follower-choice-is-it-safe = Peut-être plus tard. Elle est sûre, cette appli ?
contact-the-new-follower-feedback-is-it-safe = Ne pas changer d’appli tout de suite, c’était bien. Mais « peut-être » laisse la porte ouverte, et lui demander si c’est sûr la laisse décider pour toi. Un non clair, c’est permis.
contact-the-new-follower-choice-stay-here = Non, je suis bien ici. Je te connais même pas encore.
contact-the-new-follower-feedback-stay-here = Bien vu. Te pousser vers une appli où les messages disparaissent, c’est un signal d’alerte classique : ça cache ce qui se dit et ça écarte tous ceux qui pourraient t’aider.

contact-the-new-follower-c-add-private = Tu ajoutes { $follower } sur { $private }. Il n’y a plus que vous deux, et chaque message disparaît au bout de dix secondes.
contact-the-new-follower-c-is-it-safe = trop sûre, promis. tout le monde l’utilise. réfléchis-y
contact-the-new-follower-c-stay-here = pff ok, t’es pas drôle

contact-the-new-follower-photo-here = ok mais envoie-moi au moins une photo. un truc rien que pour moi. le dis à personne, je la montrerai jamais
contact-the-new-follower-choice-announce = Sûrement pas. Je te signale et je le dis à { $adult }.
contact-the-new-follower-feedback-announce = Dire non, c’était juste et courageux. Mais prévenir la personne lui laisse le temps d’effacer la discussion et de disparaître, ou d’insister. Ne dis rien, garde tout d’abord, puis signale et parles-en.
contact-the-new-follower-choice-selfie = J’envoie un selfie. C’est juste mon visage, ça va.
contact-the-new-follower-feedback-selfie = Une occasion d’apprendre : « juste mon visage », c’est déjà quelque chose à utiliser, et ça montre qu’insister marche. Personne n’a droit à une photo de toi, et ce n’est jamais ta faute.
contact-the-new-follower-choice-save-quietly = Je réponds pas. Je capture la discussion et le profil.
contact-the-new-follower-feedback-save-quietly = Calme et malin. Une photo « rien que pour moi » et « le dis à personne » sont des signaux d’alerte. Garder les preuves avant que la personne s’en rende compte, c’est les mettre à l’abri.
contact-the-new-follower-choice-block-now = Je bloque tout de suite et j’efface toute la discussion.
contact-the-new-follower-feedback-block-now = Vouloir partir vite, c’est normal. Mais effacer la discussion jette les preuves, et une personne bloquée peut créer un nouveau compte. Capture d’abord, puis bloque et signale.

contact-the-new-follower-c-announce = « wow ok, balance. » Puis toute la discussion disparaît : la personne l’a effacée. Il ne reste rien à montrer. Le lendemain, un nouveau compte t’écrit.
contact-the-new-follower-pic-messages = Messages
contact-the-new-follower-pic-chat-deleted = Cette discussion a été supprimée
contact-the-new-follower-pic-request = Nouvelle demande de message
contact-the-new-follower-pic-new-account = user_83920
contact-the-new-follower-c-selfie = mignon. maintenant paie 100 en cartes cadeaux d’ici ce soir, sinon je mets ton visage sur une fausse photo et je l’envoie à tous tes abonnés
contact-the-new-follower-c-save-quietly = Tu ne réponds pas. Tu captures toute la discussion et le profil de { $follower }, et tu les gardes. La personne ne le sait pas. « allô ?? t’es là ? »
contact-the-new-follower-pic-hello = allô ?? t’es là ?
contact-the-new-follower-pic-saved = 3 captures enregistrées
contact-the-new-follower-c-block-now = Tu bloques { $follower } et tu effaces la discussion. Ça soulage, mais rien n’est gardé. Le lendemain, un nouveau compte t’écrit.

contact-the-new-follower-saved = Les preuves sont gardées, et { $follower } ne le sait pas. Et maintenant ?
contact-the-new-follower-choice-saved-show = Je montre d’abord les captures à { $adult }.
contact-the-new-follower-feedback-saved-show = C’est ça. { $adult } peut t’aider à bloquer et signaler le compte à { $app }, vérifier tes paramètres de confidentialité, et appeler une ligne d’écoute ou la police si besoin.
contact-the-new-follower-choice-saved-report = Je bloque et je signale. Je gère ça moi-même.
contact-the-new-follower-feedback-saved-report = Bloquer et signaler avec des preuves, c’était fort. Mais c’est trop lourd à porter sans aide, et la personne peut revenir. Un adulte de confiance peut agir là où tu ne peux pas. Parles-en aussi.
contact-the-new-follower-choice-saved-warn = Je poste son profil pour que tous mes abonnés soient prévenus.
contact-the-new-follower-feedback-saved-warn = Vouloir protéger les autres, c’est gentil. Mais poster ça prévient aussi la personne, qui disparaît et recommence ailleurs, et aucun adulte qui peut agir n’est au courant. Signale et parles-en.

contact-the-new-follower-c-saved-report = { $app } supprime le compte. Une semaine plus tard, un nouveau compte t’écrit.
contact-the-new-follower-c-saved-warn = Tes abonnés répondent « omg glauque ». { $follower } le voit aussi et supprime le compte. Le lendemain, un nouveau compte t’écrit.

contact-the-new-follower-new-account = je t’ai manqué ? nouveau compte mdr. tu te débarrasseras pas de moi si facilement. envoie la photo et on est quittes. parles-en à quelqu’un et tu le regretteras
contact-the-new-follower-choice-new-send = J’envoie une photo, si ça peut la faire partir.
contact-the-new-follower-feedback-new-send = Une occasion d’apprendre : en envoyer une ne fait jamais partir la personne, ça lui donne plus de quoi te menacer. Ce n’est jamais ta faute, et l’aide est toujours là.
contact-the-new-follower-choice-new-show = Je capture ça et je montre tous les messages à { $adult }.
contact-the-new-follower-feedback-new-show = Oui. La personne est revenue : c’est le moment d’un adulte qui peut agir. { $adult } peut aider à signaler le nouveau compte et te protéger. Ce n’est jamais ta faute.
contact-the-new-follower-choice-new-delete = Je supprime mon compte { $app } et je dis rien à { $adult }.
contact-the-new-follower-feedback-new-delete = Une occasion d’apprendre : partir t’éloigne pour l’instant, mais la personne continue, peut-être avec d’autres ados, et tu portes ça sans aide. { $adult } ou une ligne d’écoute peut aider, sans reproche.

contact-the-new-follower-c-new-send = reçu. maintenant paie 100 en cartes cadeaux d’ici ce soir, sinon ça part chez tous tes abonnés
contact-the-new-follower-c-new-delete = Tu supprimes ton compte { $app } sans rien dire. C’est calme pour l’instant. Mais tes amis de là-bas te manquent, et { $follower } est toujours là, quelque part.

contact-the-new-follower-private-chat = t’es vraiment mature, tu sais. envoie-moi une photo, un truc privé, rien que pour moi. je t’en envoie une aussi. personne d’autre la verra jamais
contact-the-new-follower-choice-private-chat-on = Pas de photo, { $adult } dit que c’est privé. Mais on peut parler.
contact-the-new-follower-feedback-private-chat-on = Dire non, c’était juste, et tu ne dois jamais de photo à personne. Mais continuer à parler avec quelqu’un qui demande des photos privées n’est pas sûr. Tu as le droit d’arrêter et de montrer ça à { $adult }.
contact-the-new-follower-choice-private-show = Je me déconnecte, je capture tout et je montre ça à { $adult }.
contact-the-new-follower-feedback-private-show = C’est fort. Demander des photos privées à un ado est un signal d’alerte sérieux, quel que soit l’âge annoncé. Avec des captures et un adulte de confiance, ça peut être signalé et arrêté.
contact-the-new-follower-choice-private-send = Juste une. On m’a promis que personne d’autre la verra.
contact-the-new-follower-feedback-private-send = Une occasion d’apprendre : une fois une photo envoyée, tu n’as plus de contrôle dessus, et n’importe qui peut faire une capture. Cette pression n’est jamais ta faute, et l’aide est toujours là.

contact-the-new-follower-c-private-chat-on = ok. alors paie 100 en cartes cadeaux d’ici ce soir, sinon je fabrique une fausse photo de toi et je l’envoie à tous tes abonnés
contact-the-new-follower-c-private-send = reçu. maintenant paie 100 en cartes cadeaux d’ici ce soir, sinon ça part chez tous tes abonnés. parles-en à quelqu’un et ce sera pire

contact-the-new-follower-threat = Stop. Ça s’appelle de la sextorsion. C’est un délit, et ce n’est JAMAIS ta faute, que tu aies envoyé une photo ou qu’on en fabrique une fausse. Ces gens comptent sur la peur et le silence. Que vas-tu faire ?
contact-the-new-follower-choice-threat-warn = Lui dire que je vais la signaler à la police ce soir.
contact-the-new-follower-feedback-threat-warn = Tenir tête demandait du courage. Mais prévenir la personne lui laisse le temps d’effacer les preuves et la pousse à insister. Garde tout en silence, puis parles-en à un adulte de confiance.
contact-the-new-follower-choice-threat-block = Je bloque et j’efface tout. { $adult } n’a pas à le savoir.
contact-the-new-follower-feedback-threat-block = Vouloir que ça disparaisse, c’est normal. Mais effacer la discussion efface les preuves, et bloquer ne suffit pas contre un nouveau compte. Garde d’abord, puis laisse { $adult } t’aider : mieux vaut savoir.
contact-the-new-follower-choice-threat-pay = Je paie, pour qu’on efface tout et qu’on me laisse tranquille.
contact-the-new-follower-feedback-threat-pay = Une occasion d’apprendre : les gens qui menacent comme ça en demandent presque toujours plus après un paiement. Il n’est jamais trop tard pour arrêter, garder les preuves et en parler.
contact-the-new-follower-choice-threat-show = Je paie pas. Je garde tout, puis je montre tout à { $adult }.
contact-the-new-follower-feedback-threat-show = Le choix le plus courageux et le plus malin. Payer ou envoyer plus n’y met jamais fin. Les messages gardés aident l’appli et la police, et les lignes d’écoute aident à faire retirer les images.

contact-the-new-follower-c-threat-warn = « mdr vas-y », répond la personne. Puis son compte disparaît, avec toute la discussion. Une heure plus tard, un nouveau compte t’écrit.
contact-the-new-follower-c-threat-block = La discussion a disparu, et toutes les preuves avec. Le lendemain matin, un nouveau compte t’écrit.

contact-the-new-follower-threat-again = nouveau compte, même deal. 200 avant minuit, sinon tout le monde voit. et pense même pas à en parler
contact-the-new-follower-choice-again-show = Je capture ça aussi, et je le montre à { $adult } maintenant.
contact-the-new-follower-feedback-again-show = Tu as réparé les choses. Garder les nouveaux messages, c’est des preuves pour l’appli et la police. Ce n’est jamais ta faute, et { $adult } et une ligne d’écoute peuvent aider à arrêter ça.
contact-the-new-follower-choice-again-pay = Je paie et je le cache à { $adult }. Personne doit savoir.
contact-the-new-follower-feedback-again-pay = Une occasion d’apprendre : payer lui apprend que tu paieras encore, et le silence, c’est ce qu’elle veut. Il n’est jamais trop tard pour garder les messages et les montrer à { $adult }.

contact-the-new-follower-c-paid = merci. maintenant le double, sinon ça part quand même

contact-the-new-follower-adult-helps = Merci de me l’avoir montré, c’était exactement ce qu’il fallait faire. Tu n’as rien fait de mal. Bloquons et signalons ce compte à { $app }, et vérifions ensemble tes paramètres de confidentialité.
contact-the-new-follower-adult-helps-again = Merci de m’en parler. Tu n’as rien fait de mal, et tu as porté ça sans aide bien assez longtemps. Signalons à { $app } tous les comptes utilisés, et vérifions tes paramètres de confidentialité.
contact-the-new-follower-adult-helps-late = Ça me fait vraiment plaisir que tu m’en parles. Tu n’auras pas d’ennuis, et rien de tout ça n’est ta faute. On garde les preuves, on signale le compte à { $app }, et on appelle une ligne d’écoute ou la police si besoin.

contact-the-new-follower-end-safe = Tu as repéré les signaux d’alerte, tu n’as jamais envoyé de photo, et { $adult } est de ton côté. Le compte de { $follower } est bloqué et signalé, et tes photos sont restées à toi. Bravo.
contact-the-new-follower-end-recovered = C’est allé plus loin que ça n’aurait dû, mais tu n’as pas gardé le silence. Avec { $adult }, tu as gardé les preuves, signalé le compte et trouvé du soutien. Ce n’était jamais ta faute.
contact-the-new-follower-end-mixed = Tu es à l’abri pour l’instant, mais aucun adulte ne sait, et { $follower } pourrait revenir ou viser quelqu’un d’autre. Il n’est jamais trop tard pour en parler à un adulte de confiance ou à une ligne d’écoute.
contact-the-new-follower-end-harmful = La personne en a redemandé, comme toujours dans ces cas-là. Il n’est jamais trop tard, et ce n’est jamais ta faute : garde les messages, arrête de répondre et parles-en à un adulte de confiance, qui t’aidera.

# What the choices leave on "My phone" (traces).
contact-the-new-follower-trace-school = Le nom de ton collège, donné à { $follower }.
contact-the-new-follower-trace-school-advice = Un inconnu n’en a pas besoin. Si on t’en reparle ou qu’on veut te voir, ne réponds pas : garde une capture, bloque, signale et parles-en à un adulte de confiance.
contact-the-new-follower-trace-reported = Le compte { $follower }, signalé à l’appli et bloqué.
contact-the-new-follower-trace-reported-advice = Bien joué. Ces gens-là reviennent souvent sous un autre nom. Si un nouveau compte tente les mêmes manœuvres, garde une capture, bloque, signale et parles-en encore.
