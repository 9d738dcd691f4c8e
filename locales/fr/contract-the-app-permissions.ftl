# Contrats / commercial : Les autorisations de l'appli (9-12 ans)

contract-the-app-permissions-title = Les autorisations d’appli
contract-the-app-permissions-summary = Une appli de dessin gratuite veut ta position, tes contacts et plus encore. Que faut-il autoriser ?
contract-the-app-permissions-remember = N’autorise que ce dont une appli a vraiment besoin, et demande à un parent avant de t’inscrire ou de partager tes infos. C’est toi qui décides quand t’arrêter, pas l’appli.

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-name-lucia = Lucie
contract-the-app-permissions-name-ravi = Ravi
contract-the-app-permissions-name-jonas = Jonas
contract-the-app-permissions-adult-mum = Maman
contract-the-app-permissions-adult-dad = Papa
contract-the-app-permissions-adult-nana = Mamie
contract-the-app-permissions-brush-rainbow = pinceau Arc-en-ciel
contract-the-app-permissions-brush-galaxy = pinceau Galaxie
contract-the-app-permissions-brush-glitter = pinceau Paillettes

contract-the-app-permissions-npc-adult = { $adult }

contract-the-app-permissions-intro = Coucou, c’est moi, Sango ! { $friend } t’a parlé de { $app }, une appli de dessin gratuite avec des pinceaux magiques. Elle est maintenant sur la tablette familiale. Ouvrons-la ensemble !

contract-the-app-permissions-perm-spot = Avant que tu puisses dessiner, une grande fenêtre s’ouvre. Touche les éléments qui demandent trop, ou qui essaient de te presser.
contract-the-app-permissions-card-title = { $app } souhaite :
contract-the-app-permissions-card-body = Pour t’amuser au maximum en dessinant ! Touche Tout autoriser pour commencer.
contract-the-app-permissions-part-location = Connaître ta position en permanence, « pour de meilleurs pinceaux »
contract-the-app-permissions-feedback-location = Bien vu ! Les pinceaux n’ont pas besoin de savoir où tu es. Vérifie si une raison tient debout avant de lui faire confiance. « En permanence », ça veut dire même quand l’appli est fermée.
contract-the-app-permissions-part-contacts = Lire tous les contacts de cette tablette
contract-the-app-permissions-feedback-contacts = Oui ! Les contacts, ce sont les infos privées d’autres personnes : leurs noms et leurs numéros. Une appli de dessin n’en a pas besoin.
contract-the-app-permissions-part-camera = Utiliser l’appareil photo, pour transformer une photo en dessin
contract-the-app-permissions-feedback-camera = Pas un indice en soi. Transformer des photos en dessins, ça correspond à une appli de dessin. Tu peux quand même choisir « seulement pendant l’utilisation de l’appli », ou demander à un parent.
contract-the-app-permissions-part-signup = T’inscrire avec ton e-mail et ta date de naissance
contract-the-app-permissions-feedback-signup = Bien repéré ! Ton e-mail et ta date de naissance sont des infos personnelles. Les enfants devraient demander à un parent avant de s’inscrire, et beaucoup d’applis permettent de dessiner sans compte.
contract-the-app-permissions-part-button = Un énorme bouton TOUT AUTORISER, et un minuscule lien « choisir »
contract-the-app-permissions-feedback-button = Quel œil ! Rendre le « oui à tout » énorme et le « choisir » minuscule, c’est un piège pour te presser. Tu peux toujours choisir une par une.

contract-the-app-permissions-perm-choice = Alors, sur quel bouton vas-tu appuyer ? N’oublie pas, tu pourras aussi changer ces réglages plus tard.
contract-the-app-permissions-choice-ask-adult = Toucher « choisir » et demander à { $adult } de m’aider
contract-the-app-permissions-feedback-ask-adult = Excellente idée ! Un parent peut t’aider à vérifier ce dont l’appli a vraiment besoin. Ne dis oui qu’à ce qui a du sens, comme l’appareil photo pour transformer des photos en dessins.
contract-the-app-permissions-choice-deny-all = Dire non à tout, et commencer à dessiner
contract-the-app-permissions-feedback-deny-all = Dire non a gardé tes infos privées ! La prochaine fois, demande aussi à un parent. Il peut t’aider à choisir, pour que l’appli marche et que tes infos restent protégées.
contract-the-app-permissions-choice-allow-all = Toucher TOUT AUTORISER. Je veux dessiner tout de suite !
contract-the-app-permissions-feedback-allow-all = Une occasion d’apprendre : le gros bouton était fait pour te presser, et les raisons ne tenaient pas debout. Maintenant, l’appli sait où tu es et qui tu connais. Ça peut se réparer.

contract-the-app-permissions-adult-checks = Bonne idée de me demander ! L’appareil photo seulement pendant que tu utilises l’appli : oui. La position et les contacts : non. Et on saute l’inscription, tu peux dessiner sans.
contract-the-app-permissions-drawing = Tu dessines un dragon avec les pinceaux magiques. Il est superbe ! Le temps file. Bientôt, c’est l’heure d’aller au lit, et une nouvelle fenêtre apparaît.

contract-the-app-permissions-bedtime-nag = « Ne pars pas tout de suite ! Dessine encore 3 images ce soir pour débloquer le { $brush }, ou obtiens-le maintenant pour 4,99 ! Ta série se termine à minuit ! »
contract-the-app-permissions-choice-stop = Fermer l’appli et aller au lit. Je dessinerai demain.
contract-the-app-permissions-feedback-stop = C’est toi qui commandes ton écran ! « Ta série se termine », c’est un piège pour que tu restes debout. Le sommeil t’aide à mieux dessiner demain, et le pinceau peut attendre.
contract-the-app-permissions-choice-one-more = Juste un dessin de plus, puis au lit
contract-the-app-permissions-feedback-one-more = Ne pas payer, c’était malin ! Mais « encore un » se transforme souvent en beaucoup plus, et c’est exactement ce que veut la fenêtre. Une bonne nuit de sommeil compte plus que n’importe quelle série.
contract-the-app-permissions-choice-keep-going = Continuer à dessiner jusqu’à débloquer le pinceau
contract-the-app-permissions-feedback-keep-going = Une occasion d’apprendre : les séries et les comptes à rebours sont conçus pour te faire jouer plus longtemps. Se coucher tard rend le lendemain plus difficile. C’est toi qui décides quand t’arrêter.

contract-the-app-permissions-shared = Une carte apparaît : « Des artistes près de chez toi ! » Ton point est dessus. Puis { $friend } te demande pourquoi { $app } lui a envoyé une invitation de ta part. Tu n’en as jamais envoyé !
contract-the-app-permissions-shared-choice = Oh oh. L’appli utilise ta position et tes contacts. Pas de panique, tu peux changer ça. Que vas-tu faire ?
contract-the-app-permissions-choice-show-adult = Montrer ça à { $adult } et tout désactiver ensemble
contract-the-app-permissions-feedback-show-adult = Le meilleur choix ! Un parent peut t’aider à désactiver la position et les contacts, et à vérifier ce que l’appli a enregistré. Tu n’auras pas d’ennuis. Plein de gens touchent Tout autoriser.
contract-the-app-permissions-choice-fix-alone = Désactiver la position moi-même, et ne rien dire
contract-the-app-permissions-feedback-fix-alone = Désactiver la position, c’était un bon début ! Mais l’appli a toujours tes contacts, et peut-être plus. Un parent peut t’aider à tout vérifier et à tout réparer.
contract-the-app-permissions-choice-leave-on = Tout laisser activé. C’est juste une appli de dessin.
contract-the-app-permissions-feedback-leave-on = Une occasion d’apprendre : même une appli de dessin peut partager où tu es et qui tu connais. Tes infos, c’est à toi de les protéger. Il n’est jamais trop tard pour demander de l’aide.

contract-the-app-permissions-adult-fixes = Merci de me l’avoir montré. Tu as bien fait. Désactivons la position et les contacts, retirons ton point de cette carte, et signalons cette carte à la boutique d’applis.

contract-the-app-permissions-end-safe = Tu as choisi quoi autoriser, gardé tes infos privées et arrêté à l’heure du coucher. Maintenant, { $app } est amusant, et c’est toi qui commandes. Génial !
contract-the-app-permissions-end-tired = Tes infos sont protégées, super ! Mais « un dessin de plus » s’est transformé en beaucoup plus, et tu as sommeil à l’école. C’est toi qui décides quand t’arrêter.
contract-the-app-permissions-end-late = Tu as dessiné jusqu’à minuit, et l’appli n’arrête pas de te relancer avec des alertes. Maintenant, tu as trop sommeil pour t’amuser. Demande à { $adult } de t’aider à couper les alertes et à fixer une heure limite le soir.
contract-the-app-permissions-end-mixed = La position est désactivée, bien ! Mais l’appli a toujours tes contacts, et personne n’a vérifié ce qu’elle a enregistré. Un adulte de confiance peut t’aider à réparer le reste.
contract-the-app-permissions-end-recovered = Tu as touché Tout autoriser, mais tu as demandé de l’aide et vous avez réparé ça ensemble. Ton point a disparu de la carte ! La prochaine fois, choisis une autorisation à la fois.
contract-the-app-permissions-end-harmful = L’appli continue de partager où tu es et d’inviter tous les gens que tu connais. Tes infos, c’est à toi de les protéger. Il n’est jamais trop tard : montre ça à un adulte de confiance et réparez-le ensemble.
