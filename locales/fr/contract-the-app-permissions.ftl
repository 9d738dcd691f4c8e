# Contrats / commercial : Les autorisations de l'appli (9-12 ans)

contract-the-app-permissions-title = Les autorisations d’appli
contract-the-app-permissions-summary = Une appli de dessin gratuite veut ta position, tes contacts et plus encore. Que faut-il autoriser ?
contract-the-app-permissions-remember = N’autorise que ce dont une appli a vraiment besoin, et demande à un parent avant de t’inscrire ou de partager tes infos. C’est toi qui décides quand t’arrêter, pas l’appli.

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-adult-mum = Maman
contract-the-app-permissions-adult-dad = Papa
contract-the-app-permissions-adult-nana = Mamie
contract-the-app-permissions-brush-rainbow = pinceau Arc-en-ciel
contract-the-app-permissions-brush-galaxy = pinceau Galaxie
contract-the-app-permissions-brush-glitter = pinceau Paillettes

contract-the-app-permissions-npc-adult = { $adult }
contract-the-app-permissions-npc-friend = { $friend }

contract-the-app-permissions-intro = Coucou, c’est moi, Sango ! { $friend } t’a parlé de { $app }, une appli de dessin gratuite avec des pinceaux magiques. Ton club de dessin l’utilise aussi. Elle est sur la tablette familiale. Ouvrons-la ensemble !

contract-the-app-permissions-setup = Ton profil { $app } est réglé comme l’appli l’aime. Tu veux montrer tes dessins à ton club et échanger des astuces avec { $friend }. Personne d’autre n’a besoin de te trouver, et la nuit, on dort. Règle-le pour ça !
contract-the-app-permissions-set-drawings = Qui peut voir mes dessins
contract-the-app-permissions-val-drawings-everyone = Tout le monde sur l’appli
contract-the-app-permissions-val-drawings-club = Mon club de dessin
contract-the-app-permissions-val-drawings-me = Moi seulement
contract-the-app-permissions-why-drawings-everyone = « Tout le monde », ce sont aussi des inconnus, et tu veux que seul ton club voie tes dessins. « Mon club de dessin » convient mieux.
contract-the-app-permissions-why-drawings-club = Parfait ! Ton club de dessin peut admirer tes dessins, et les inconnus ne les voient pas.
contract-the-app-permissions-why-drawings-me = Tes dessins restent privés, mais ton club ne peut pas les voir non plus. « Mon club de dessin » convient mieux, pour qu’il en profite.
contract-the-app-permissions-set-messages = Qui peut m’envoyer des messages
contract-the-app-permissions-val-messages-anyone = N’importe qui sur l’appli
contract-the-app-permissions-val-messages-added = Les amis que j’ai ajoutés
contract-the-app-permissions-val-messages-nobody = Personne
contract-the-app-permissions-why-messages-anyone = Avec « N’importe qui », des inconnus pourraient t’écrire aussi. « Les amis que j’ai ajoutés » convient mieux : { $friend } peut t’envoyer des astuces, pas les inconnus.
contract-the-app-permissions-why-messages-added = Bon choix ! { $friend } peut t’envoyer des astuces, et les inconnus ne peuvent pas t’écrire. Si un message te semble bizarre, montre-le à { $adult }.
contract-the-app-permissions-why-messages-nobody = Ça bloque les inconnus, mais { $friend } ne peut plus t’envoyer d’astuces non plus. « Les amis que j’ai ajoutés » convient mieux.
contract-the-app-permissions-set-name = Le nom sur mon profil
contract-the-app-permissions-val-name-full = Mon vrai nom complet
contract-the-app-permissions-val-name-first = Mon prénom
contract-the-app-permissions-val-name-nick = Un pseudo
contract-the-app-permissions-why-name-full = Ton nom complet peut aider des inconnus à savoir qui tu es. Un pseudo que ton club connaît convient mieux, et il saura quand même que c’est toi.
contract-the-app-permissions-why-name-first = C’est mieux que ton nom complet, mais ça dit encore un peu qui tu es aux inconnus. Un pseudo que ton club connaît convient encore mieux.
contract-the-app-permissions-why-name-nick = Super choix ! Ton club sait que c’est toi, et les inconnus ne voient qu’un pseudo.
contract-the-app-permissions-set-school = Qui peut voir mon école
contract-the-app-permissions-val-school-everyone = Tout le monde
contract-the-app-permissions-val-school-club = Mon club de dessin
contract-the-app-permissions-val-school-nobody = Personne
contract-the-app-permissions-why-school-everyone = « Tout le monde », ce sont aussi des inconnus, et ton école leur dit où tu es chaque jour. Ton club la connaît déjà, alors « Personne » convient mieux.
contract-the-app-permissions-why-school-club = Ce n’est pas risqué, mais ton club connaît déjà ton école : inutile de la lui montrer ici. « Personne » convient mieux.
contract-the-app-permissions-why-school-nobody = Exactement ! Ton club connaît déjà ton école, et personne d’autre n’en a besoin.
contract-the-app-permissions-set-night = Qui peut m’envoyer des alertes la nuit
contract-the-app-permissions-val-night-on = N’importe qui
contract-the-app-permissions-val-night-friends = Les amis que j’ai ajoutés
contract-the-app-permissions-val-night-off = Personne
contract-the-app-permissions-why-night-on = Avec « N’importe qui », la moindre alerte peut te réveiller, ou te donner envie de dessiner au lit. « Personne » convient mieux : tes dessins t’attendront demain matin.
contract-the-app-permissions-why-night-friends = Mieux que « N’importe qui », mais même les alertes de tes amis peuvent te réveiller. « Personne » convient mieux : tu échangeras des astuces avec { $friend } demain.
contract-the-app-permissions-why-night-off = Bien vu ! La nuit, c’est pour dormir, et tes dessins et tes messages seront encore là demain matin.

contract-the-app-permissions-perm-spot = Avant que tu puisses dessiner, une grande fenêtre s’ouvre. Touche les éléments qui demandent trop, ou qui essaient de te presser.
contract-the-app-permissions-card-title = { $app } souhaite :
contract-the-app-permissions-card-body = Pour t’amuser au maximum en dessinant ! Touche Tout autoriser pour commencer.
contract-the-app-permissions-part-app = Le nom et l’icône de l’appli : { $app }
contract-the-app-permissions-feedback-app = Pas un piège ! Une fenêtre comme celle-ci montre toujours quelle appli demande, pour que tu saches qui veut quoi. Regarde maintenant ce qu’elle demande.
contract-the-app-permissions-part-location = Connaître ta position en permanence, « pour de meilleurs pinceaux »
contract-the-app-permissions-feedback-location = Bien vu ! Les pinceaux n’ont pas besoin de savoir où tu es. Vérifie si une raison tient debout avant de lui faire confiance. « En permanence », ça veut dire même quand l’appli est fermée.
contract-the-app-permissions-part-contacts = Lire tous les contacts de cette tablette
contract-the-app-permissions-feedback-contacts = Oui ! Les contacts, ce sont les infos privées d’autres personnes : leurs noms et leurs numéros. Une appli de dessin n’en a pas besoin.
contract-the-app-permissions-part-camera = Utiliser l’appareil photo, pour transformer une photo en dessin
contract-the-app-permissions-feedback-camera = Pas un indice en soi. Transformer des photos en dessins, ça correspond à une appli de dessin. Tu peux quand même choisir « seulement pendant l’utilisation de l’appli », ou demander à un parent.
contract-the-app-permissions-part-photos = Enregistrer tes dessins dans tes photos
contract-the-app-permissions-feedback-photos = Pas un indice. Enregistrer tes dessins, ça correspond à une appli de dessin, donc cette demande a du sens. En cas de doute, tu peux quand même demander à un parent.
contract-the-app-permissions-part-signup = T’inscrire avec ton e-mail et ta date de naissance
contract-the-app-permissions-feedback-signup = Bien repéré ! Ton e-mail et ta date de naissance sont des infos personnelles. Les enfants devraient demander à un parent avant de s’inscrire, et beaucoup d’applis permettent de dessiner sans compte.
contract-the-app-permissions-part-button = Un grand bouton TOUT AUTORISER, et un petit lien « choisir »
contract-the-app-permissions-feedback-button = Quel œil ! Rendre le « oui à tout » énorme et le « choisir » minuscule, c’est un piège pour te presser. Tu peux toujours choisir une par une.
contract-the-app-permissions-pic-allow = TOUT AUTORISER
contract-the-app-permissions-pic-choose = choisir

contract-the-app-permissions-perm-choice = Alors, sur quoi vas-tu appuyer ? N’oublie pas, tu pourras aussi changer ces réglages plus tard.
contract-the-app-permissions-choice-choose = Je touche « choisir » : la caméra, et mes infos restent privées
contract-the-app-permissions-feedback-choose = Bien choisi ! Une appli de dessin a besoin de l’appareil photo pour les photos-dessins, pas de ta position, de tes contacts ni de ta date de naissance. Ce petit lien, c’était ta façon de dire non.
contract-the-app-permissions-choice-ask-friend = Attends, je vérifie avec { $friend }. Pas besoin d’embêter { $adult }.
contract-the-app-permissions-feedback-ask-friend = T’arrêter avant de toucher, c’était bien ! Mais { $friend } peut seulement te dire ce qui a été coché, pas ce dont l’appli a besoin. Ça n’embête pas { $adult } de t’aider à choisir.
contract-the-app-permissions-choice-allow-all = Tout autoriser ! { $friend } dit que ça va. On dessine !
contract-the-app-permissions-feedback-allow-all = Une occasion d’apprendre : « on me l’a dit » n’est pas une vérification. Le gros bouton était fait pour te presser, et les raisons ne tenaient pas debout. Ça peut encore se réparer.

contract-the-app-permissions-chose-camera = Tu touches le petit lien « choisir ». Appareil photo : seulement pendant le dessin. Position et contacts : non. Tu sautes l’inscription, et l’appli s’ouvre quand même !
contract-the-app-permissions-friend-reply = Moi, j’ai touché Tout autoriser. Tout le monde fait pareil ! C’est juste une appli de dessin.
contract-the-app-permissions-allowed-all = La fenêtre se ferme et tu commences à dessiner. Puis une carte s’affiche : « Des artistes près de chez toi ! » Ton point est dessus, pile là où tu habites.
contract-the-app-permissions-pic-map = Des artistes près de chez toi !
contract-the-app-permissions-pic-you = Toi

contract-the-app-permissions-friend-choice = { $friend } a tout autorisé. La grande fenêtre t’attend toujours. Que vas-tu faire ?
contract-the-app-permissions-choice-ask-adult = Je demande à { $adult } de regarder toute la liste avec moi
contract-the-app-permissions-feedback-ask-adult = Bien joué ! Un parent peut t’aider à vérifier ce dont une appli a vraiment besoin. En choisissant ensemble, tes infos restent à toi, et l’appli marche quand même.
contract-the-app-permissions-choice-copy-friend = Tout autoriser ! { $adult } a déjà dit oui pour l’appli.
contract-the-app-permissions-feedback-copy-friend = Une occasion d’apprendre : dire oui à l’appli, pour { $adult }, ce n’est pas dire oui à toutes les autorisations. L’appli demandait ta position et tes contacts sans bonne raison. Ça peut encore se réparer.

contract-the-app-permissions-adult-checks = Bonne idée de me demander ! L’appareil photo seulement pendant que tu utilises l’appli : oui. La position et les contacts : non. Et on saute l’inscription, tu peux dessiner sans.
contract-the-app-permissions-drawing = Tu dessines un dragon avec les pinceaux magiques. Il est superbe ! Le temps file. Bientôt, c’est l’heure d’aller au lit, et une nouvelle fenêtre apparaît.

contract-the-app-permissions-bedtime-nag = « Ne pars pas tout de suite ! Dessine encore 3 images ce soir pour débloquer le { $brush }, ou obtiens-le maintenant pour 4,99 ! Ta série se termine à minuit ! »
contract-the-app-permissions-pic-nag = Encore 3 dessins pour débloquer le { $brush } !
contract-the-app-permissions-pic-streak = Ta série se termine à minuit !
contract-the-app-permissions-pic-buy = Obtiens-le maintenant : 4,99
contract-the-app-permissions-choice-stop = Je ferme, et au lit. Dormir m’aide plus qu’un pinceau.
contract-the-app-permissions-feedback-stop = C’est toi qui commandes ton écran ! « Ta série se termine », c’est un piège pour que tu restes debout. Le sommeil t’aide à mieux dessiner demain.
contract-the-app-permissions-choice-one-more = Juste un dessin de plus. { $adult } ne dira rien.
contract-the-app-permissions-feedback-one-more = Ne pas payer, c’était malin ! Mais « encore un », c’est exactement ce que veut la fenêtre, et ça reste rarement un seul. Aucune série ne vaut ton sommeil.
contract-the-app-permissions-choice-alerts = J’active les alertes, pour ne pas perdre ma série
contract-the-app-permissions-feedback-alerts = Une occasion d’apprendre : les alertes sont aussi une autorisation, et celles des séries sont faites pour te faire revenir encore et encore. Tu peux les couper dans les réglages.

contract-the-app-permissions-went-to-bed = Tu fermes la tablette et tu vas dormir. Le matin, la série est perdue, et il ne se passe rien de grave. Le pinceau peut attendre un autre jour.
contract-the-app-permissions-one-more = Un dessin en devient trois. Il est tard maintenant, et la fenêtre revient : « Presque ! Encore 1 dessin, ou 4,99 pour le débloquer tout de suite ! »
contract-the-app-permissions-alerts-on = Maintenant, { $app } te relance au petit-déjeuner, en classe et au dîner : « Dessine maintenant ou tu perds ta série ! » Tu regardes sans arrêt la tablette.

contract-the-app-permissions-late-choice = Hmm. « Encore un », c’est resté à un ? Et maintenant ?
contract-the-app-permissions-choice-stop-now = J’arrête. J’en ai déjà fait trois. Au lit.
contract-the-app-permissions-feedback-stop-now = Bravo d’avoir arrêté ! Remarquer que « encore un » est devenu trois, c’est un vrai talent. L’appli est faite pour te retenir, et tu as repris le contrôle.
contract-the-app-permissions-choice-last-one = Je continue. Encore un et le pinceau est à moi !
contract-the-app-permissions-feedback-last-one = Une occasion d’apprendre : les fenêtres de série déplacent sans cesse la ligne d’arrivée, alors il y a toujours « encore un ». C’est toi qui décides quand t’arrêter, et le sommeil d’abord.

contract-the-app-permissions-stopped-late = Tu fermes la tablette. Le matin, tu as un peu sommeil, mais tu as su t’arrêter, et le pinceau sera encore là un autre jour.
contract-the-app-permissions-midnight = Encore un en devient cinq. Le pinceau se débloque vers minuit, et le lendemain tu bâilles pendant tous les cours.

contract-the-app-permissions-invite = Le lendemain, { $friend } te demande pourquoi { $app } lui a envoyé une invitation de ta part. Tu n’en as jamais envoyé !
contract-the-app-permissions-pic-invite = Rejoins-moi sur { $app } !
contract-the-app-permissions-pic-together = Dessinons ensemble !
contract-the-app-permissions-pic-join = Rejoindre
contract-the-app-permissions-shared-choice = Oh oh. L’appli utilise ta position et tes contacts. Pas de panique, ça peut se réparer. Que vas-tu faire ?
contract-the-app-permissions-choice-show-adult = Je montre à { $adult } la carte, et cette invitation bizarre
contract-the-app-permissions-feedback-show-adult = Le meilleur choix ! Un parent peut couper la position et les contacts, et vérifier ce que l’appli a gardé. Plein de gens touchent Tout autoriser. Le montrer vite, c’est ce qui répare.
contract-the-app-permissions-choice-say-sorry = Je dis pardon à { $friend }. J’en parlerai à { $adult } plus tard.
contract-the-app-permissions-feedback-say-sorry = Dire pardon à { $friend }, c’était gentil ! Mais ça n’arrête pas l’appli : elle a toujours ta position et tes contacts. En parler « plus tard », c’est la laisser partager. Montre-le à { $adult } maintenant.
contract-the-app-permissions-choice-leave-on = Je laisse tout. C’est juste une appli de dessin, c’est sûr.
contract-the-app-permissions-feedback-leave-on = Une occasion d’apprendre : même une appli de dessin peut partager où tu habites et qui tu connais. Tes infos, c’est à toi de les protéger, et il n’est jamais trop tard pour demander de l’aide.

contract-the-app-permissions-sorry-sent = { $friend } répond que ce n’est pas grave. Mais le soir, deux autres amis reçoivent des invitations de ta part, et ton point est toujours sur la carte.
contract-the-app-permissions-adult-fixes = Merci de me l’avoir montré. Tu n’as pas d’ennuis. Coupons la position et les contacts, retirons ton point de cette carte, et signalons la carte à la boutique d’applis.
contract-the-app-permissions-left-on = D’autres invitations partent vers tous les contacts de la tablette, et ton point reste sur la carte, visible par tout le monde.

contract-the-app-permissions-still-sharing = L’appli envoie toujours des invitations et montre ton point. Et maintenant ?
contract-the-app-permissions-choice-show-now = Je montre à { $adult } la carte et toutes les invitations
contract-the-app-permissions-feedback-show-now = Bravo, c’est courageux et malin ! Il n’est jamais trop tard pour montrer ça à un adulte de confiance. Ensemble, vous pouvez tout couper, retirer ton point et signaler la carte.
contract-the-app-permissions-choice-delete-app = Je supprime l’appli, et { $adult } n’a pas besoin de savoir.
contract-the-app-permissions-feedback-delete-app = Une occasion d’apprendre : supprimer une appli n’efface pas ce qu’elle a déjà pris. { $adult } peut t’aider à demander à l’appli d’effacer tes infos, et à signaler la carte.
contract-the-app-permissions-deleted = { $app } disparaît de la tablette, et les invitations s’arrêtent. Mais tes contacts et ton point sont déjà partis, et personne n’a demandé à l’appli de les effacer.

contract-the-app-permissions-end-safe = Seul l’appareil photo est activé, ta position et tes contacts sont restés privés, et tu as arrêté à l’heure du coucher. { $app } est amusant, et c’est toi qui commandes. Génial !
contract-the-app-permissions-end-stopped = Tes infos sont restées privées, et tu as fini par arrêter, même si « encore un » est devenu trois. La fenêtre de série réessaiera demain. La prochaine fois, arrête quand tu l’avais prévu.
contract-the-app-permissions-end-late = Tes infos sont restées privées, mais la série t’a fait dessiner jusqu’à minuit, et elle relancera demain. C’est toi qui décides quand t’arrêter. { $adult } peut t’aider à fixer une heure limite.
contract-the-app-permissions-end-nagged = Tes infos sont restées privées, mais maintenant { $app } te relance toute la journée pour ta série. Les alertes sont une autorisation aussi : coupe-les dans les réglages, ou demande à { $adult } de t’aider.
contract-the-app-permissions-end-recovered = Tu as touché Tout autoriser, mais ensuite tu l’as montré à { $adult }, et vous avez tout réparé ensemble : position et contacts coupés, ton point retiré de la carte. La prochaine fois, choisis une par une.
contract-the-app-permissions-end-deleted = { $app } a disparu, mais ce que l’appli a pris est peut-être encore quelque part : tes contacts et ton point. Personne n’a encore vérifié. { $adult } peut t’aider à demander de tout effacer.
contract-the-app-permissions-end-harmful = { $app } continue de partager où tu habites et d’inviter tous les gens que tu connais. Ce n’est pas ta faute. Il n’est jamais trop tard pour le montrer à { $adult } ou à un autre adulte de confiance, qui t’aidera.

# My phone: what stays on the phone after this level.
contract-the-app-permissions-trace-location = Ton point sur la carte de l’appli de dessin, pile là où tu habites.
contract-the-app-permissions-trace-location-advice = Une appli de dessin n’a pas besoin de savoir où tu habites. Montre-le à un parent : ensemble, vous pouvez couper la position et retirer ton point de la carte.
contract-the-app-permissions-trace-location-off = L’appli de dessin : la position est coupée, ton point n’est sur aucune carte.
contract-the-app-permissions-trace-location-off-advice = Bravo ! Une appli n’a que ce dont elle a vraiment besoin. Si une mise à jour demande plus, vérifie encore avec un parent.
