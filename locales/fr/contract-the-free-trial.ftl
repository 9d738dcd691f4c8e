# Contrats / commercial : L'essai gratuit (16-18 ans). Renouvellement automatique, consentement précoché, partage de données, séries et sommeil.

contract-the-free-trial-title = L’essai gratuit
contract-the-free-trial-summary = Une appli de révision offre 7 jours de Premium gratuits, mais les petits caractères et les alertes de série en pleine nuit racontent une autre histoire.
contract-the-free-trial-remember = Les essais « gratuits » se renouvellent souvent tout seuls, et les cases précochées partagent tes données. Lis les petits caractères, décoche, et protège ton sommeil : ça fait partie des révisions.

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-friend-leila = Leïla
contract-the-free-trial-friend-oscar = Oscar
contract-the-free-trial-friend-hana = Hana
contract-the-free-trial-adult-mum = Maman
contract-the-free-trial-adult-dad = Papa
contract-the-free-trial-adult-gran = Mamie

contract-the-free-trial-npc-friend = { $friend }
contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = Le bac blanc commence dans trois semaines. Tu utilises la version gratuite de { $app } depuis un mois : fiches, annales, série de révisions. Il est 23 h 40 quand ton téléphone s’allume.

contract-the-free-trial-streak = { $app } : « Ta série de 21 jours se termine à minuit ! Oiseaux de nuit, rejoignez le Sprint Nuit Blanche de ce soir avec 3 000 autres élèves. »
contract-the-free-trial-choice-sleep = Désactiver les alertes de série et aller dormir
contract-the-free-trial-feedback-sleep = Très bon choix. Pendant le sommeil, ton cerveau enregistre ce que tu as révisé, donc ça fait partie des révisions. Les séries et les alertes tardives sont conçues pour te rendre accro, pas pour t’aider à apprendre.
contract-the-free-trial-choice-ten-minutes = Faire 10 minutes pour sauver la série, puis dormir
contract-the-free-trial-feedback-ten-minutes = Dix minutes, ça ne fait pas de mal, et tu as su t’arrêter. Remarque juste le piège : une série te donne l’impression que tu perdrais quelque chose, alors tu reviens sans cesse, même à minuit.
contract-the-free-trial-choice-all-nighter = Rejoindre le Sprint Nuit Blanche
contract-the-free-trial-feedback-all-nighter = Une occasion d’apprendre : une nuit blanche dégrade la mémoire, la concentration et le moral le lendemain. Une appli qui récompense le fait de veiller ne prend pas soin de toi.
contract-the-free-trial-morning = Le lendemain, une fenêtre recouvre tes fiches : « Passe à Premium ! 7 jours GRATUITS. »
contract-the-free-trial-all-nighter = À 4 h du matin, ton « sprint » continue. Le lendemain, au bac blanc, tu sèches sur des réponses que tu savais. Puis { $app } s’affiche : « Un coup de barre ? Premium a un Mode Concentration. 7 jours GRATUITS ! »

contract-the-free-trial-signup-spot = « Gratuit », ça sonne bien. Touche ce que tu voudrais savoir avant de t’inscrire.
contract-the-free-trial-card-title = { $app } Premium : 7 jours GRATUITS
contract-the-free-trial-card-body = Commence ton essai gratuit aujourd’hui. Résiliable à tout moment. Carte bancaire requise.
contract-the-free-trial-part-renewal = Petits caractères : « puis 79,99 facturés chaque année sauf résiliation »
contract-the-free-trial-feedback-renewal = Oui. L’essai se transforme tout seul en paiement annuel. « Résiliable à tout moment », ça n’aide que si tu y penses, et la résiliation est souvent cachée tout au fond des réglages.
contract-the-free-trial-part-box = Déjà coché : « Envoyez-moi les offres de vos partenaires »
contract-the-free-trial-feedback-box = Bien vu. Une case précochée compte sur le fait que tu ne la remarques pas. Accepter le marketing devrait être ton choix, et dans de nombreux pays, la loi est d’accord. Décoche-la.
contract-the-free-trial-part-data = Conditions : « Nous pouvons partager vos données avec certains partenaires »
contract-the-free-trial-feedback-data = Exact. Les « partenaires », ça peut être des annonceurs qui achètent ce que tu révises, quand et où. Vérifie ce qui arrive à tes données avant d’accepter.
contract-the-free-trial-part-features = « Fiches et annales illimitées »
contract-the-free-trial-feedback-features = Pas un indice : c’est simplement ce que propose Premium. Les fonctionnalités, c’est OK ; ce qui compte, c’est le prix après l’essai et ce qu’ils font de tes données.

contract-the-free-trial-sign-up = Premium a l’air utile, et { $friend } l’utilise. Que vas-tu faire ?
contract-the-free-trial-choice-stay-free = Rester sur la version gratuite, et décocher cette case
contract-the-free-trial-feedback-stay-free = Bien joué. La version gratuite fait déjà ce dont tu as besoin, et décocher garde tes données pour toi. Tu as le droit de refuser le marketing et le partage de données.
contract-the-free-trial-choice-trial-careful = Lancer l’essai, décocher la case, mettre un rappel pour résilier
contract-the-free-trial-feedback-trial-careful = Une façon prudente d’essayer. Sache juste que la résiliation est souvent rendue difficile exprès, et qu’avec une carte enregistrée, un seul oubli coûte l’année entière.
contract-the-free-trial-choice-start-trial = Toucher « Commencer l’essai gratuit » avec la case toujours cochée
contract-the-free-trial-feedback-start-trial = Une occasion d’apprendre : les essais « gratuits » comptent sur ton oubli, et avec la case cochée, tes infos partent aussi chez des partenaires. Ça reste réparable si tu agis.
contract-the-free-trial-free-win = attends, ça se renouvelle CHAQUE ANNÉE ? je croyais que le mien était gratuit. je viens de vérifier et j’ai déjà payé 79,99. je résilie tout de suite, merci pour l’info

contract-the-free-trial-day-six = Jour 6 : ton rappel sonne. Résilier demande cinq écrans et une dose de culpabilisation : « Vraiment ? Tu vas perdre ta série ! » Tu y arrives, avec une heure d’avance.

contract-the-free-trial-charged = Jour 8 : 79,99 sont débités de la carte utilisée pour l’inscription. Ta boîte mail se remplit d’« offres partenaires », et les alertes de série arrivent maintenant à 2 h du matin.
contract-the-free-trial-recover = Aïe. Ça arrive à plein de gens, et le design compte là-dessus. Tu as plus de droits que tu ne le crois. Que vas-tu faire ?
contract-the-free-trial-choice-tell-refund = Le dire à { $adult }, résilier, et demander un remboursement
contract-the-free-trial-feedback-tell-refund = Bonne décision. Les boutiques d’applis remboursent souvent un renouvellement si on demande vite, et dans de nombreux pays, tu as le droit de résilier et de refuser le marketing. Un adulte peut t’aider à faire la demande.
contract-the-free-trial-choice-cancel-quietly = Résilier discrètement et accepter la perte
contract-the-free-trial-feedback-cancel-quietly = Résilier arrête le prochain prélèvement, c’est bien. Mais tu pourrais peut-être récupérer l’argent de cette année, et les offres partenaires continueront tant que tu ne t’y opposes pas.
contract-the-free-trial-choice-use-more = Le garder, et réviser plus pour que ça vaille le coup
contract-the-free-trial-feedback-use-more = Une occasion d’apprendre : c’est le piège des coûts irrécupérables. L’argent déjà dépensé ne devrait pas décider de ce que tu fais ensuite. Tu peux encore demander un remboursement et résilier.
contract-the-free-trial-refund = Merci de me l’avoir dit tout de suite. On a demandé le remboursement à la boutique, on s’est désabonnés des e-mails des partenaires et on a coupé ces alertes de 2 h du matin. Les versions gratuites, c’est très bien !

contract-the-free-trial-end-safe = Tu as lu les petits caractères et gardé ton argent et tes données. Et n’oublie pas : le sommeil fait partie des révisions, et aucune série ne vaut une nuit blanche.
contract-the-free-trial-end-cancelled = Tu as résilié à temps, donc rien n’a été prélevé. La prochaine fois, vérifie avant de commencer s’il est difficile de résilier, et si la version gratuite suffit.
contract-the-free-trial-end-mixed = L’abonnement est résilié, mais l’argent est parti et les e-mails des partenaires continuent d’arriver. Demander un remboursement et refuser le marketing peuvent encore régler ça.
contract-the-free-trial-end-recovered = Tu t’es fait avoir par les petits caractères, puis tu as vite réparé avec de l’aide : remboursement demandé, e-mails stoppés, alertes coupées. Bien géré.
contract-the-free-trial-end-harmful = Le paiement annuel est passé, les e-mails des partenaires s’accumulent, et les alertes t’empêchent de dormir. Il n’est pas trop tard : parles-en à un adulte, demande un remboursement et résilie.
