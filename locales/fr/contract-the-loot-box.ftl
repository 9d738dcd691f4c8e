# Contrats / commercial : Le coffre à butin (13-15 ans), interfaces pièges, coûts cachés, limites de temps et de dépenses

contract-the-loot-box-title = Le coffre à butin
contract-the-loot-box-summary = Il ne te manque qu’une victoire pour monter de rang quand un coffre mystère lumineux, avec un compte à rebours, surgit dans la boutique du jeu.
contract-the-loot-box-remember = Les comptes à rebours, les chances cachées, les prix en gemmes et les cases précochées sont des pièges pour te faire dépenser. Vérifie le vrai coût, fixe tes limites et parle à un adulte de confiance avant d’acheter.

contract-the-loot-box-app = Boutique { $game }
contract-the-loot-box-npc-friend = { $friend }
contract-the-loot-box-npc-adult = { $adult }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
contract-the-loot-box-game-mech-league = Mech League
contract-the-loot-box-game-galaxy-goals = Galaxy Goals
contract-the-loot-box-game-rift-racers = Rift Racers
contract-the-loot-box-chest-legend = Coffre Légende
contract-the-loot-box-chest-mythic = Coffre Mythique
contract-the-loot-box-chest-nova = Coffre Nova
contract-the-loot-box-name-omar = Karim
contract-the-loot-box-name-lucy = Manon
contract-the-loot-box-name-finn = Nathan
contract-the-loot-box-adult-mum = Maman
contract-the-loot-box-adult-dad = Papa
contract-the-loot-box-adult-auntie = Tata Jo

contract-the-loot-box-intro = Il ne te manque qu’une victoire pour passer au rang suivant dans { $game }. Tu touches « Jouer », mais c’est la boutique qui s’ouvre, avec un { $chest } tout brillant.

contract-the-loot-box-spot = Les pages de boutique peuvent être conçues pour te presser. Touche tout ce qui est un piège.
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = Un skin légendaire pourrait être à l’intérieur ! Plus que 3 à ce prix !
contract-the-loot-box-part-timer = Fin de l’offre dans 04:59
contract-the-loot-box-feedback-part-timer = Un compte à rebours est là pour te presser, pour que tu ne t’arrêtes pas pour réfléchir. Ce genre d’offre revient généralement encore et encore.
contract-the-loot-box-part-odds = Taux de drop : un minuscule « i » gris dans un coin
contract-the-loot-box-feedback-part-odds = Les chances sont cachées exprès. Quand tu les trouves, le skin légendaire, c’est 0,4 % de chances : environ 1 coffre sur 250.
contract-the-loot-box-part-price = Prix : 500 gemmes
contract-the-loot-box-feedback-part-price = Les gemmes cachent l’argent réel. 500 gemmes coûtent environ 5,00 en vrai argent, mais on n’a pas l’impression de dépenser.
contract-the-loot-box-part-card = Coché : payer avec la carte enregistrée finissant par 4421
contract-the-loot-box-feedback-part-card = Une case cochée pour toi utilise la carte enregistrée sur cet appareil, sans doute celle d’un parent. Une case précochée est une interface piège (dark pattern) : tu ne l’as jamais choisie.
contract-the-loot-box-part-rank = Ton rang : Or II, 1 victoire avant Platine
contract-the-loot-box-feedback-part-rank = C’est juste ta progression. Rien de piégeux, même si les boutiques adorent surgir pile quand tu es à fond.

contract-the-loot-box-chest-choice = J’ai eu un légendaire dans un coffre hier !! Ouvre-le avant la fin du compte à rebours, crois-moi
contract-the-loot-box-choice-close-check = Fermer la boutique et vérifier d’abord les vraies chances et le prix
contract-the-loot-box-feedback-close-check = Bien joué. Vérifier les chances et le vrai prix, ça bat n’importe quel compte à rebours. Et le coffre chanceux d’un ami ne dit rien sur tes propres chances.
contract-the-loot-box-choice-untick-gems = Décocher la carte, et ne dépenser que mes gemmes gagnées
contract-the-loot-box-feedback-untick-gems = Décocher la carte, c’était bien vu : pas de facture surprise. Mais les chances sont toujours cachées, et ces gemmes t’ont demandé des heures de jeu. Connaître les chances d’abord, c’est encore mieux.
contract-the-loot-box-choice-open-now = L’ouvrir tout de suite, avant la fin du compte à rebours !
contract-the-loot-box-feedback-open-now = Une occasion d’apprendre : le compte à rebours, le « plus que 3 » et les chances cachées étaient tous conçus pour te faire toucher vite. Une carte enregistrée donne l’impression que dépenser, ce n’est rien.

contract-the-loot-box-odds-found = Chances trouvées en petits caractères : légendaire 0,4 %, donc environ 250 coffres en moyenne. À environ 5,00 le coffre, ça fait à peu près 1 250 pour un seul skin !
contract-the-loot-box-earned-gems = Tes 500 gemmes ont disparu, pour un skin commun. La boutique clignote : « Si près du but ! Recharge 1 000 gemmes pour 9,99 ? » Le bouton brille.

contract-the-loot-box-limit-choice = Il est 23 h. { $game } te relance : « Ta série quotidienne se termine à minuit ! Joue encore 3 matchs, ou achète un Sauve-Série. »
contract-the-loot-box-choice-logoff-talk = Me déconnecter, et demander à { $adult } d’aider à fixer des limites
contract-the-loot-box-feedback-logoff-talk = C’est toi qui décides, pas le jeu. Le sommeil vaut mieux que n’importe quelle série, et avec une limite de dépenses ou un mot de passe d’achat, aucun piège ne peut te prendre par surprise.
contract-the-loot-box-choice-play-three = Jouer encore 3 matchs, mais ne rien acheter
contract-the-loot-box-feedback-play-three = Ne rien acheter, c’était malin. Mais le compte à rebours de la série est aussi un piège, conçu pour te faire jouer après l’heure du coucher. Aucune série ne vaut ton sommeil.
contract-the-loot-box-choice-top-up = Recharger avec la carte enregistrée et ouvrir d’autres coffres
contract-the-loot-box-feedback-top-up = Une occasion d’apprendre : « juste un de plus », c’est exactement ce pour quoi les coffres sont conçus. Courir après un objet rare tard le soir, c’est comme ça que de petites sommes deviennent de grosses factures.

contract-the-loot-box-parent-talk = Merci de m’avoir parlé de ce coffre. Fixons ensemble une limite mensuelle et un mot de passe d’achat, et mettons-nous d’accord sur des horaires de jeu qui laissent du temps pour dormir.

contract-the-loot-box-chests = Sept coffres plus tard : pas de légendaire. Le lendemain matin, { $adult } reçoit un message de la banque : 7 achats dans { $game }, 34,93 au total.
contract-the-loot-box-bill-choice = C’est horrible comme sensation. Mais le cacher aggrave les choses, et les boutiques remboursent parfois les achats si on demande vite. Que vas-tu faire ?
contract-the-loot-box-choice-tell-refund = Le dire à { $adult } tout de suite et demander ensemble un remboursement
contract-the-loot-box-feedback-tell-refund = Il faut du cran, et c’est la bonne décision. Une demande rapide donne les meilleures chances d’obtenir un remboursement, et { $adult } peut activer un mot de passe d’achat.
contract-the-loot-box-choice-stop-hide = Arrêter d’acheter, et espérer que { $adult } ne remarque rien
contract-the-loot-box-feedback-stop-hide = Arrêter, c’était bien. Mais { $adult } verra la facture de toute façon, et un remboursement est plus facile à obtenir si on le demande vite.
contract-the-loot-box-choice-win-back = En acheter un de plus pour enfin avoir le skin
contract-the-loot-box-feedback-win-back = Une occasion d’apprendre : courir après ce que tu as dépensé, c’est comme ça que les coffres à butin te font payer sans cesse. Les chances ne s’améliorent pas. Il n’est jamais trop tard pour arrêter et en parler.

contract-the-loot-box-parent-helps = Ça me fait plaisir que tu me l’aies dit tout de suite, et je ne suis pas en colère. Demandons un remboursement, retirons la carte enregistrée et mettons en place un mot de passe d’achat ensemble.

contract-the-loot-box-end-safe = Tu as repéré le compte à rebours, les chances cachées et la carte précochée, et tu as fixé tes propres limites. Ton argent, ton sommeil et ton rang sont protégés.
contract-the-loot-box-end-tired = Tu n’as rien dépensé, bien. Mais la série t’a fait veiller après minuit, et la journée de cours te paraît très longue. C’est toi qui décides quand t’arrêter.
contract-the-loot-box-end-mixed = Les dépenses se sont arrêtées, mais personne n’est au courant et aucune limite n’est fixée. Parler à un adulte de confiance rend les choses plus faciles à réparer, et à arrêter la prochaine fois.
contract-the-loot-box-end-recovered = Ça a coûté plus que prévu, mais tu l’as vite dit à { $adult } et vous avez réparé ça ensemble. Maintenant, des limites sont en place, et tu connais les pièges.
contract-the-loot-box-end-harmful = La facture ne cesse de grimper et le skin n’est toujours pas tombé. Les coffres à butin sont conçus comme ça. Il n’est jamais trop tard pour arrêter et en parler à un adulte de confiance.
