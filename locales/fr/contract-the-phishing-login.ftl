# Contrats / agressif : La fausse connexion (16-18 ans). Piratage et usurpation d'identité.

contract-the-phishing-login-title = La fausse connexion
contract-the-phishing-login-summary = Un e-mail urgent annonce que ton compte sera supprimé si tu ne te connectes pas tout de suite.
contract-the-phishing-login-remember = Ne te connecte jamais via un lien dans un message urgent : ouvre l’appli toi-même. Utilise des mots de passe uniques avec la double authentification, et ne partage jamais un code.

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly
contract-the-phishing-login-friend-noah = Noah
contract-the-phishing-login-friend-aisha = Yasmine
contract-the-phishing-login-friend-mika = Mika

contract-the-phishing-login-npc-support = Support { $service }

contract-the-phishing-login-intro = Soirée de révisions. { $app } sonne : un e-mail annonce que ton compte { $service }, avec trois ans de photos et de messages, sera supprimé dans deux heures.

contract-the-phishing-login-email-spot = Ça a l’air officiel. Touche tout ce qui trahit cet e-mail.
contract-the-phishing-login-email-title = Équipe de sécurité { $service }
contract-the-phishing-login-email-body = Nous avons détecté une activité inhabituelle sur votre compte. Vérifiez votre identité maintenant, sinon votre compte et tout son contenu seront définitivement supprimés.
contract-the-phishing-login-part-sender = De : no-reply@acc0unt-verify-help.net
contract-the-phishing-login-feedback-sender = Oui. La vraie entreprise écrit depuis sa propre adresse. Les expéditeurs qui imitent, avec un zéro à la place d’un « o » ou des mots en plus comme « verify-help », c’est du phishing classique.
contract-the-phishing-login-part-urgency = « Votre compte sera SUPPRIMÉ dans 2 heures !! »
contract-the-phishing-login-feedback-urgency = Exact. Un délai serré et des majuscules sont là pour te faire paniquer et cliquer avant de réfléchir. Les vrais services te laissent le temps et te permettent de vérifier dans l’appli.
contract-the-phishing-login-part-grammar = « Cher client estimé, veuillez vérifié vôtre identitée »
contract-the-phishing-login-feedback-grammar = Bien vu. Des fautes bizarres peuvent être un signe, et « Cher client estimé » veut dire qu’ils ne connaissent même pas ton nom. Attention quand même : certains faux sont parfaitement écrits.
contract-the-phishing-login-part-logo = Le logo { $service } en haut
contract-the-phishing-login-feedback-logo = Pas un indice, ni dans un sens ni dans l’autre. Les logos sont faciles à copier, donc un logo ne prouve jamais qu’un e-mail est vrai. Vérifie plutôt l’expéditeur et le lien.

contract-the-phishing-login-open-choice = En bas, il y a un gros bouton : « Vérifier maintenant ». Que fais-tu ?
contract-the-phishing-login-choice-own-app = Ne pas toucher. Ouvrir { $service } moi-même et vérifier là.
contract-the-phishing-login-feedback-own-app = Parfait. Ouvrir la vraie appli, ou taper l’adresse toi-même, évite tous les faux liens. S’il y avait vraiment un problème, tu le verrais là.
contract-the-phishing-login-choice-peek = Toucher, mais ne rien taper pour l’instant
contract-the-phishing-login-feedback-peek = Garder tes infos pour toi, c’est sage. Mais toucher un lien de phishing peut quand même être risqué : certaines pages essaient d’installer des logiciels malveillants. Ouvrir toi-même la vraie appli est plus sûr.
contract-the-phishing-login-choice-rush = Toucher « Vérifier maintenant » et me connecter, vite
contract-the-phishing-login-feedback-rush = Une occasion d’apprendre : le délai de deux heures a fait son effet. La panique, c’est exactement ce dont le phishing a besoin. Ça arrive aussi aux gens prudents, et ce que tu fais ensuite compte le plus.
contract-the-phishing-login-real-app = Dans la vraie appli { $service } : aucun avertissement, aucun avis de suppression, tout est normal. L’e-mail était faux. Une minute plus tard, une nouvelle demande de message arrive.

contract-the-phishing-login-login-spot = Te voilà sur la page. Avant de taper quoi que ce soit, touche ce qui la trahit.
contract-the-phishing-login-page-title = Connexion à { $service }
contract-the-phishing-login-page-body = Confirmez vos informations pour conserver votre compte.
contract-the-phishing-login-part-url = Barre d’adresse : secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = Oui ! Ce n’est pas la vraie adresse du site { $service }. Lis toujours l’adresse avant de taper un mot de passe : le nom du vrai site doit y figurer, bien orthographié.
contract-the-phishing-login-part-padlock = Une icône de cadenas à côté de l’adresse
contract-the-phishing-login-feedback-padlock = Ça ne prouve rien. Un cadenas veut dire que la connexion est chiffrée, pas que le site est honnête. Les sites d’arnaque ont des cadenas aussi.
contract-the-phishing-login-part-form = Le formulaire demande ton mot de passe ET celui de ta messagerie
contract-the-phishing-login-feedback-form = Gros indice. Aucune vraie connexion ne demande le mot de passe d’un autre compte. Avec ta messagerie, ils pourraient réinitialiser tous tes autres mots de passe.
contract-the-phishing-login-part-timer = « La session expire dans 04:59 »
contract-the-phishing-login-feedback-timer = Exact : un compte à rebours, c’est encore de la pression pour t’empêcher de réfléchir. Tu peux toujours fermer une page et vérifier au calme.

contract-the-phishing-login-page-choice = Tu as démasqué la page. Et maintenant ?
contract-the-phishing-login-choice-report-page = La fermer, et signaler l’e-mail comme hameçonnage
contract-the-phishing-login-feedback-report-page = Bien vu. La plupart des messageries ont un bouton « signaler l’hameçonnage », qui aide aussi à bloquer l’arnaque pour les autres. Fermer la page avant de taper quoi que ce soit, c’était la bonne protection.
contract-the-phishing-login-choice-close-page = La fermer et supprimer l’e-mail
contract-the-phishing-login-feedback-close-page = Tu n’as rien tapé, donc ton compte est en sécurité. Signaler aussi l’e-mail comme hameçonnage aide ta messagerie à le bloquer pour tout le monde.
contract-the-phishing-login-choice-type = Me connecter quand même, au cas où ce serait vrai
contract-the-phishing-login-feedback-type = Une occasion d’apprendre : « au cas où », c’est ce sur quoi comptent les arnaqueurs. En cas de doute, vérifie dans la vraie appli, jamais via le lien.

contract-the-phishing-login-support-dm = Bonjour, ici le support { $service }. Nous avons remarqué une activité suspecte sur ton compte. Pour le sécuriser, réponds avec le code à 6 chiffres que nous venons de t’envoyer par SMS.
contract-the-phishing-login-choice-never-share = Ne pas le donner. Signaler, changer mon mot de passe, vérifier la 2FA.
contract-the-phishing-login-feedback-never-share = Exactement. Le vrai support ne demande jamais tes codes. Un code que tu n’as pas demandé veut dire que quelqu’un essaie d’entrer, donc un nouveau mot de passe unique et la double authentification lui ferment la porte.
contract-the-phishing-login-choice-ignore-dm = Ignorer le message
contract-the-phishing-login-feedback-ignore-dm = Ne pas envoyer le code, c’était la bonne décision. Mais ce code veut dire que quelqu’un a peut-être déjà ton mot de passe. Change-le, active la double authentification et signale le compte.
contract-the-phishing-login-choice-send-code = Envoyer le code pour qu’ils puissent m’aider
contract-the-phishing-login-feedback-send-code = Une occasion d’apprendre : ce code, c’est la clé de ton compte. Quiconque te le demande, même avec l’air le plus officiel, essaie d’y entrer.
contract-the-phishing-login-secured = Tu signales le message, choisis un mot de passe unique et actives la double authentification. { $friend } t’écrit : « t’as eu ce mail soi-disant signé { $service } toi aussi ? j’ai failli cliquer. » Tu lui passes tes astuces.

contract-the-phishing-login-hacked = Quelques minutes plus tard, tu ne peux plus te connecter. Ton mot de passe a été changé, et ton compte écrit à tes amis : « Petit service, vite ! Envoie-moi le code que tu viens de recevoir. »
contract-the-phishing-login-recover = Les piratages arrivent aussi aux gens prudents. Ce qui compte maintenant, c’est d’agir vite. Que vas-tu faire ?
contract-the-phishing-login-choice-recover = Récupérer le compte, changer les mots de passe, prévenir, signaler
contract-the-phishing-login-feedback-recover = Le plus rapide pour revenir ! Récupération via la vraie appli, nouveaux mots de passe uniques, double authentification et alerte aux amis empêchent le pirate d’utiliser ton nom. Préviens aussi un adulte de confiance.
contract-the-phishing-login-choice-new-account = Créer un nouveau compte et passer à autre chose
contract-the-phishing-login-feedback-new-account = Repartir de zéro te permet de continuer. Mais le pirate a toujours ton ancien compte, tes photos et ton nom pour piéger tes amis. Récupérer et signaler le compte les protège.
contract-the-phishing-login-choice-wait = Ne rien faire. Ça va sûrement s’arranger tout seul.
contract-the-phishing-login-feedback-wait = Une occasion d’apprendre : chaque heure donne au pirate plus de temps pour piéger tes amis ou te bloquer définitivement. Il n’est pas trop tard pour récupérer le compte et le signaler.
contract-the-phishing-login-recovered = Avec la récupération de compte, tu retrouves l’accès en moins d’une heure. Tu actives la double authentification, préviens tes amis et signales les faux messages. { $friend } dit que ton alerte lui a évité le piège.

contract-the-phishing-login-end-safe = Tu as démasqué le faux e-mail et le piège du « support ». Avec un nouveau mot de passe et la double authentification, ton compte est bien verrouillé.
contract-the-phishing-login-end-mixed = Tu as évité le pire, mais l’arnaque circule toujours et tes infos ne sont peut-être pas encore en sécurité. De nouveaux mots de passe uniques, la double authentification et un signalement comblent les failles.
contract-the-phishing-login-end-recovered = Tu t’es fait avoir, puis tu as agi vite et récupéré ton compte. Nouveaux mots de passe, double authentification, amis prévenus : c’est comme ça qu’on s’en remet.
contract-the-phishing-login-end-harmful = Le pirate a toujours ton compte et utilise ton nom pour piéger tes amis. Il n’est pas trop tard : lance la récupération de compte, signale-le et parles-en à un adulte de confiance.
