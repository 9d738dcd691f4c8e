# Contrats / commercial : L'essai gratuit (16-18 ans). Renouvellement automatique, consentement précoché, partage de données, séries et sommeil.

contract-the-free-trial-title = L’essai gratuit
contract-the-free-trial-summary = Une appli de révision offre 7 jours de Premium gratuits, mais les petits caractères et les alertes de série en pleine nuit racontent une autre histoire.
contract-the-free-trial-remember = Les essais « gratuits » se renouvellent souvent tout seuls, et les cases précochées partagent tes données. Lis les petits caractères, décoche, et protège ton sommeil : ça fait partie des révisions.

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-adult-mum = Maman
contract-the-free-trial-adult-dad = Papa
contract-the-free-trial-adult-gran = Mamie

contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = Les examens commencent dans trois semaines. Tu utilises la version gratuite de { $app } depuis un mois : fiches, annales, une série de 21 jours de révision. Il est 23 h 40 quand ton téléphone s’allume.

contract-the-free-trial-streak = { $app } : « Ta série de 21 jours s’arrête à minuit ! Fais une session maintenant, ou gèle-la avec Premium : 7 jours GRATUITS, en un geste. »
contract-the-free-trial-choice-sleep = C’est juste un chiffre. Alertes coupées : dormir m’aide plus.
contract-the-free-trial-feedback-sleep = Excellent choix. C’est en dormant que ton cerveau range ce que tu as révisé : le sommeil fait partie des révisions. Une alerte de série à minuit est faite pour t’accrocher, pas pour t’aider.
contract-the-free-trial-choice-ten-minutes = Dix minutes vite fait pour sauver la série. { $adult } dort déjà.
contract-the-free-trial-feedback-ten-minutes = Dix minutes, ça reste rarement dix. La série t’a fait croire que tu allais perdre quelque chose, et l’appli t’a fait revenir à minuit. Couper les alertes de série lui enlève ce pouvoir.
contract-the-free-trial-choice-freeze = C’est gratuit, je la gèle. Je lirai les détails plus tard.
contract-the-free-trial-feedback-freeze = Une occasion d’apprendre : une offre « gratuite, en un geste » à minuit tombe pile quand on est fatigué et qu’on ne lit plus. La carte demandée, c’est ce qui change un essai en facture.
contract-the-free-trial-pic-clock = 23:40
contract-the-free-trial-pic-streak-ends = Ta série de 21 jours s’arrête à minuit !
contract-the-free-trial-pic-do-round = Réviser
contract-the-free-trial-pic-freeze = Geler : 7 jours GRATUITS

contract-the-free-trial-slept = Tu coupes les alertes et tu dors. Au réveil, la série affiche 0, et les fiches te paraissent plus faciles. Puis une fenêtre les recouvre : « Passe à Premium ! 7 jours GRATUITS. »
contract-the-free-trial-ten-more = Dix minutes deviennent quarante : « Manche bonus ! Points doublés ! » Extinction des feux à 0 h 30. Le lendemain, une fenêtre recouvre tes fiches : « Ne perds plus jamais ta série. Premium, 7 jours GRATUITS. »
contract-the-free-trial-frozen = Série gelée ! Le numéro de carte, tapé à moitié endormi, est enregistré. Jour 8 : 79,99 quittent ta carte pour une année entière, et des « offres partenaires » commencent à remplir ta boîte mail.

contract-the-free-trial-signup-spot = « Gratuit », ça sonne bien. Touche ce que tu voudrais savoir avant de t’inscrire.
contract-the-free-trial-card-title = { $app } Premium : 7 jours GRATUITS
contract-the-free-trial-card-body = Commence ton essai gratuit aujourd’hui. Résiliable à tout moment. Carte bancaire requise.
contract-the-free-trial-part-renewal = Petits caractères : « puis 79,99 facturés chaque année sauf résiliation »
contract-the-free-trial-feedback-renewal = Oui. L’essai se transforme tout seul en paiement annuel. « Résiliable à tout moment », ça n’aide que si tu y penses, et la résiliation est souvent cachée tout au fond des réglages.
contract-the-free-trial-part-box = Déjà coché : « Envoyez-moi les offres de vos partenaires »
contract-the-free-trial-feedback-box = Bien vu. Une case précochée compte sur le fait que tu ne la remarques pas. Accepter le marketing devrait être ton choix, et dans de nombreux pays, la loi est d’accord. Décoche-la.
contract-the-free-trial-part-data = Conditions : « Nous pouvons partager vos données avec certains partenaires »
contract-the-free-trial-feedback-data = Exact. Les « partenaires », ça peut être des annonceurs qui achètent ce que tu révises, quand et où. Vérifie ce qui arrive à tes données avant d’accepter.
contract-the-free-trial-part-features = Fonction : « Fiches illimitées »
contract-the-free-trial-feedback-features = Pas un indice : c’est simplement ce que propose Premium. Les fonctionnalités, c’est OK ; ce qui compte, c’est le prix après l’essai et ce qu’ils font de tes données.
contract-the-free-trial-part-papers = Fonction : « Toutes les annales »
contract-the-free-trial-feedback-papers = Pas un indice non plus : chaque page d’inscription liste ce que tu obtiens. Lis au-delà des arguments de vente, jusqu’aux petites lignes.
contract-the-free-trial-part-title = Bannière : « { $app } Premium : 7 jours GRATUITS »
contract-the-free-trial-feedback-title = Ce n’est pas le piège : les 7 jours gratuits sont réels, et essayer quelque chose, c’est OK. Le piège est plus bas : ce qui se passe le 8e jour, et qui récupère tes données.
contract-the-free-trial-part-card = Case du numéro de carte, avant le début de l’essai gratuit
contract-the-free-trial-feedback-card = Oui. Un essai gratuit qui veut ta carte peut la débiter tout seul à la fin de l’essai. Si c’est gratuit, demande-toi pourquoi il leur faut tes infos de paiement maintenant.
contract-the-free-trial-pic-feature-cards = Fiches illimitées
contract-the-free-trial-pic-feature-papers = Toutes les annales
contract-the-free-trial-pic-card-number = Numéro de carte
contract-the-free-trial-pic-offers = Envoyez-moi les offres de vos partenaires
contract-the-free-trial-pic-start-trial = Commencer l’essai gratuit
contract-the-free-trial-pic-renewal = puis 79,99 facturés chaque année sauf résiliation
contract-the-free-trial-pic-terms = Conditions : nous pouvons partager vos données avec certains partenaires

# Jouer de l’autre côté : écrire la pub de l’essai « gratuit », puis la retourner.
contract-the-free-trial-craft-intro = Avant de choisir, tu veux voir ça de l’autre côté ? Le temps d’une manche, c’est toi qui écris l’offre. Ce n’est qu’un entraînement : quand on fabrique les ruses soi-même, on les repère bien plus vite.
contract-the-free-trial-craft = Tu écris des pubs pour une appli inventée. Ta pub a de la place pour trois éléments. Lis qui va la voir, puis choisis ce qui ferait cliquer chacun.
contract-the-free-trial-craft-what = Une pub pour l’essai « gratuit » de l’appli inventée GradeRocket Pro
contract-the-free-trial-t-free = 7 jours totalement GRATUITS, il suffit d’entrer ta carte
contract-the-free-trial-t-free-why = Un cadeau : « gratuit », c’est l’hameçon. Repère-le : si un essai gratuit veut ta carte, cherche combien il coûte à la fin. Gratuit 7 jours, ce n’est pas gratuit.
contract-the-free-trial-t-experts = Recommandé par les meilleurs profs et experts des examens du pays
contract-the-free-trial-t-experts-why = Fausse autorité : quels profs ? Quels experts ? Repère-la : les vraies recommandations ont des noms qu’on peut chercher. Les éloges vagues empruntent une confiance qu’ils n’ont pas méritée.
contract-the-free-trial-t-price = Pas de surprise : 79,99 par an après le jour 7, rappel le jour 6
contract-the-free-trial-t-price-why = Honnête : le vrai prix laisse les gens décider calmement, donc il ne pousse personne. Une pub qui cache le prix du jour 8 compte sur le fait que tu ne regardes pas.
contract-the-free-trial-t-clock = L’offre se termine à minuit : plus que 3 places !
contract-the-free-trial-t-clock-why = L’urgence : une date limite et « plus que 3 places » te poussent à cliquer avant de lire. Repère-la : une appli ne manque jamais de places. Une offre honnête te laisse le temps de réfléchir.
contract-the-free-trial-t-fear = Stressé ? Ne laisse pas un seul mauvais examen gâcher ton avenir
contract-the-free-trial-t-fear-why = L’émotion : la peur d’échouer fait agir avant de réfléchir. Repère-la : si une pub te fait d’abord te sentir moins bien, elle joue sur ce sentiment.
contract-the-free-trial-t-crowd = Rejoins 2 millions d’élèves qui cartonnent déjà aux examens
contract-the-free-trial-t-crowd-why = La foule : « 2 millions d’élèves », impossible à vérifier, et populaire ne veut pas dire que ça vaut le prix. Repère-la : demande-toi ce dont tu as besoin, pas ce que tout le monde semble avoir.
contract-the-free-trial-t-cancel = Résilie en un clic, à tout moment, depuis l’écran d’accueil
contract-the-free-trial-t-cancel-why = Honnête : un bouton de résiliation facile, c’est personne coincé à payer. Les offres qui le cachent derrière cinq écrans et de la culpabilisation veulent que tu abandonnes.
contract-the-free-trial-t-prize = Chaque inscription participe au tirage d’un ordi portable neuf
contract-the-free-trial-t-prize-why = Un cadeau : un tirage au sort donne l’impression de gagner en s’inscrivant. Repère-le : cherche les chances et le règlement. Ta chance est minuscule ; le prélèvement annuel, non.
contract-the-free-trial-p-dev = Dev
contract-the-free-trial-p-dev-about = Révise la veille, en panique, et clique avant de lire
contract-the-free-trial-p-dev-why = Le stress et la fatigue font se précipiter n’importe qui. Un compte à rebours ou une phrase qui fait peur frappe plus fort à minuit, quand Dev panique. Ce n’est pas de la négligence : la pub vise ce moment.
contract-the-free-trial-p-amira = Amira
contract-the-free-trial-p-amira-about = Excellente élève ; si quelqu’un de qualifié le garantit, ça lui suffit
contract-the-free-trial-p-amira-why = Amira écoute ceux qui savent, et c’est plutôt sage. « Recommandé par des experts » emprunte cette confiance sans preuve. Un vrai éloge dit qui l’a donné, pour qu’on puisse chercher.
contract-the-free-trial-p-jonah = Jonas
contract-the-free-trial-p-jonah-about = Fauché, et déteste être le seul sans la nouvelle appli
contract-the-free-trial-p-jonah-why = Quand l’argent manque, « gratuit » semble la seule porte d’entrée, et personne n’aime être mis à l’écart. La pub joue sur les deux. La question qui protège Jonas : combien ça coûte au jour 8 ?
contract-the-free-trial-craft-turn = Retourne la situation : ces ruses te visent. Si une offre te presse, cite des experts sans nom ou dit que tout le monde l’a, stop. Cherche le prix après le jour 7 et comment résilier, ou demande à quelqu’un de confiance.
contract-the-free-trial-craft-back = Retour à la vraie fenêtre de { $app } : « 7 jours GRATUITS. Résiliable à tout moment. Carte bancaire requise. » « GRATUIT », c’est l’hameçon que tu viens d’utiliser. Cherche ce qu’elle tait : le prix au jour 8.

contract-the-free-trial-sign-up = Premium a l’air utile, et { $friend } l’utilise. Que vas-tu faire ?
contract-the-free-trial-choice-stay-free = La version gratuite me suffit. Je ferme cette fenêtre.
contract-the-free-trial-feedback-stay-free = Malin. La version gratuite fait déjà le travail, et fermer l’offre garde ta carte et tes données en dehors de tout ça. Tu ne dois d’essai à aucune appli.
contract-the-free-trial-choice-trial-careful = L’essai, case décochée, et un rappel pour résilier au jour 6.
contract-the-free-trial-feedback-trial-careful = Une façon prudente d’essayer : case décochée, rappel réglé. Mais résilier est souvent rendu difficile exprès, et avec une carte enregistrée, un oubli coûte toute l’année.
contract-the-free-trial-choice-start-trial = Je lance. « Résiliable à tout moment », donc c’est sûr.
contract-the-free-trial-feedback-start-trial = Une occasion d’apprendre : « résiliable à tout moment » n’aide que si tu y penses, et avec la case encore cochée, tes infos partent aussi chez les partenaires. Ça se répare encore.

contract-the-free-trial-free-win = Tu fermes l’offre et tu continues avec la version gratuite. Au jour 8, { $friend } râle : son essai « gratuit » vient de se transformer en 79,99 pour l’année.
contract-the-free-trial-day-six = Jour 6 : ton rappel sonne. La page de résiliation prend cinq écrans, puis : « Vraiment ? Tu vas perdre ta série ! Reste 3 jours de plus GRATUITEMENT ? » Un compte à rebours part de 60.
contract-the-free-trial-pic-timer = 0:47
contract-the-free-trial-pic-sure = Vraiment ?
contract-the-free-trial-pic-lose-streak = Tu vas perdre ta série !
contract-the-free-trial-pic-stay-free = Encore 3 jours GRATUITS
contract-the-free-trial-pic-cancel-anyway = Résilier quand même
contract-the-free-trial-charged = Jour 8 : 79,99 quittent ta carte pour une année entière. Ta boîte mail se remplit d’« offres partenaires », et les alertes de série arrivent maintenant à 2 h du matin.
contract-the-free-trial-pic-day-eight = Jour 8
contract-the-free-trial-pic-paid = { $app } Premium : 1 an
contract-the-free-trial-pic-amount = -79,99
contract-the-free-trial-pic-partner-offers = Offres partenaires

contract-the-free-trial-cancel-flow = Le compte à rebours tourne. Tu touches quoi ?
contract-the-free-trial-choice-cancel-anyway = Résilier quand même. Aucune série ne vaut 79,99 par an.
contract-the-free-trial-feedback-cancel-anyway = Bravo. Culpabilisation, minuteurs et offres « encore un peu gratuit » sont là pour te faire traîner jusqu’au prélèvement. Tu as vu le piège et gardé ton argent.
contract-the-free-trial-choice-three-more = Encore trois jours gratuits ? D’accord, je résilierai après.
contract-the-free-trial-feedback-three-more = Une occasion d’apprendre : le compte à rebours et les « jours en plus » sont faits pour te retenir. Ces jours repoussent le renouvellement après le rappel que tu avais réglé.
contract-the-free-trial-cancelled = Résilié, avec un jour d’avance. La série repart à 0, et ta carte n’est pas touchée.
contract-the-free-trial-extended = Trois jours plus tard, les révisions t’absorbent, et aucun rappel ne sonne. 79,99 quittent ta carte pour une année entière.

contract-the-free-trial-recover = Aïe. Ça arrive à plein de gens, et le design compte là-dessus. Tu as plus de droits que tu ne le crois. Que vas-tu faire ?
contract-the-free-trial-choice-show-adult = Montrer le prélèvement à { $adult } et récupérer mon argent.
contract-the-free-trial-feedback-show-adult = Bonne idée. Les boutiques d’applis remboursent souvent un renouvellement si on demande vite, et dans beaucoup de pays tu as le droit de résilier et de refuser le marketing. Un adulte peut t’aider.
contract-the-free-trial-choice-cancel-tell-friend = Résilier, le dire à { $friend }. Pas besoin d’inquiéter { $adult }.
contract-the-free-trial-feedback-cancel-tell-friend = Résilier arrête le prochain prélèvement, et prévenir { $friend }, c’est gentil. Mais résilier ne te rend pas ton argent. Le demander vite, avec l’aide de { $adult }, marche souvent, et ça ne dérange pas.
contract-the-free-trial-choice-use-more = Je garde. Premium va m’aider à réviser, donc ça vaut le coup.
contract-the-free-trial-feedback-use-more = Une occasion d’apprendre : c’est le piège des coûts irrécupérables. L’argent déjà dépensé ne devrait pas décider de ce que tu fais ensuite. Tu peux encore demander un remboursement et résilier.

contract-the-free-trial-kept-paying = Tu révises avec Premium, mais l’année est payée, les offres partenaires s’entassent et les alertes de série de 2 h du matin te réveillent.
contract-the-free-trial-warned = Tu résilies, et { $friend } te remercie. Une semaine plus tard, les 79,99 sont toujours partis, des « offres partenaires » arrivent chaque jour, et { $friend } s’est fait rembourser juste en demandant.
contract-the-free-trial-refund = Merci de me l’avoir montré. Tu n’as rien fait de mal, ces essais piègent plein de gens. On a récupéré l’argent, résilié, et demandé à l’appli d’arrêter de partager tes données et de les effacer.

contract-the-free-trial-still-emails = Le prélèvement est toujours là, et les mails aussi. Et maintenant ?
contract-the-free-trial-choice-ask-refund = { $adult }, tu m’aides à demander un remboursement à la boutique ?
contract-the-free-trial-feedback-ask-refund = Bonne idée, et pas trop tard : les boutiques remboursent encore souvent, et un adulte peut t’aider à demander et à refuser les mails partenaires. Demander de l’aide après un faux pas, c’est ça.
contract-the-free-trial-choice-too-late = Trop tard. Je bloque leurs mails et j’épargne ça à { $adult }.
contract-the-free-trial-feedback-too-late = Une occasion d’apprendre : bloquer cache les mails, mais tes infos sont toujours partagées et l’argent toujours parti. Il est souvent encore temps de demander un remboursement, et { $adult } peut t’aider.
contract-the-free-trial-gave-up = Tu bloques les mails. L’abonnement est résilié, mais les 79,99 restent perdus, et tes infos restent chez les « partenaires ».

contract-the-free-trial-end-safe = Tu as lu les petits caractères, gardé la version gratuite, et laissé ta carte et tes données en dehors de tout ça. L’offre voulait avoir l’air gratuite ; tu as regardé de plus près.
contract-the-free-trial-end-cancelled = Tu as essayé Premium avec la case décochée et résilié à temps, malgré la culpabilisation et le compte à rebours. Aucun prélèvement, aucun mail partenaire. La prochaine fois, regarde d’abord s’il est facile de résilier.
contract-the-free-trial-end-extended = Les « trois jours de plus » sont devenus un prélèvement annuel de 79,99. Ce n’est pas ta faute : le minuteur était fait pour te presser. Il n’est jamais trop tard pour en parler à un adulte de confiance, qui t’aidera.
contract-the-free-trial-end-mixed = L’abonnement est résilié, mais les 79,99 sont perdus et tes infos sont toujours chez les « partenaires ». Personne n’a encore demandé de remboursement, et ça peut encore changer.
contract-the-free-trial-end-recovered = L’essai a fonctionné comme un piège, mais tu l’as montré à { $adult } et tout réparé : résilié, argent récupéré, mails partenaires stoppés. Bien joué.
contract-the-free-trial-end-harmful = Tu paies un an que tu n’as jamais choisi, les offres partenaires s’entassent et les alertes t’empêchent de dormir. Ce n’est pas ta faute, et il n’est pas trop tard : parles-en à un adulte de confiance, qui t’aidera.

# Mon téléphone : les infos partagées par la case précochée.
contract-the-free-trial-trace-partners = Ton nom et ton e-mail, transmis aux « partenaires » d’une appli de révision par une case restée cochée.
contract-the-free-trial-trace-partners-advice = C’est de là que viennent les offres, et certaines arnaques. Dans les réglages de confidentialité de l’appli, coupe le partage et demande l’effacement de tes données. Un adulte de confiance peut aider.
