# Contrats / commercial : L'appli de quiz (13-15 ans), autorisations, connexion via un réseau social, conditions et usage des données

contract-the-quiz-app-title = L’appli de quiz
contract-the-quiz-app-summary = Un quiz marrant « Quel personnage es-tu ? » veut ta connexion à un réseau social, tes contacts, ta position et ton micro.
contract-the-quiz-app-remember = Avant de toucher « Autoriser », demande-toi ce dont l’appli a vraiment besoin, et dis non au reste. Si une appli a pris trop de choses, un adulte de confiance peut t’aider à les récupérer.

contract-the-quiz-app-app = { $app }
contract-the-quiz-app-npc-friend = { $friend }
contract-the-quiz-app-npc-adult = { $adult }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
contract-the-quiz-app-app-quizzo = Quizzo
contract-the-quiz-app-app-whoru = WhoRU
contract-the-quiz-app-app-vibequiz = Vibe Quiz
contract-the-quiz-app-show-moonfall = Moonfall Academy
contract-the-quiz-app-show-starlight = Starlight Squad
contract-the-quiz-app-show-echo-city = Echo City
contract-the-quiz-app-social-loopr = Loopr
contract-the-quiz-app-social-picstream = Picstream
contract-the-quiz-app-social-glimmr = Glimmr
contract-the-quiz-app-name-hana = Hana
contract-the-quiz-app-name-theo = Théo
contract-the-quiz-app-name-ines = Nina
contract-the-quiz-app-adult-mum = Maman
contract-the-quiz-app-adult-dad = Papa
contract-the-quiz-app-adult-uncle = Tonton Dan

contract-the-quiz-app-intro = Dans ta discussion de groupe, tout le monde publie ses résultats de { $app } : « Quel personnage de la série { $show } es-tu ? » { $friend } a eu le héros et t’a envoyé le lien.

contract-the-quiz-app-login-choice = L’appli s’ouvre sur un gros bouton : « Connecte-toi avec { $social } pour commencer ! On publiera ton résultat pour toi. »
contract-the-quiz-app-choice-check-maker = D’abord, vérifier qui a créé l’appli et lire les avis
contract-the-quiz-app-feedback-check-maker = Bonne habitude. Qui l’a créée, ce que disent les avis et ce qu’elle demande, ça t’indique si tu peux lui faire confiance. Un quiz marrant n’a pas besoin de ton compte de réseau social.
contract-the-quiz-app-choice-guest = Passer la connexion et jouer en invité
contract-the-quiz-app-feedback-guest = Bien, jouer en invité laisse ton compte de réseau social en dehors de tout ça. Ça vaut quand même le coup de vérifier qui a créé l’appli et ce qu’elle va demander ensuite.
contract-the-quiz-app-choice-social-login = Me connecter avec { $social }, c’est plus rapide
contract-the-quiz-app-feedback-social-login = Une occasion d’apprendre : te connecter avec un compte de réseau social peut donner à une appli ton nom, tes photos, ta liste d’amis et tes publications. Vérifie ce qu’elle récupère avant de toucher.

contract-the-quiz-app-checked = Le créateur n’a pas de site web, juste une adresse e-mail. Les avis disent « elle a envoyé un SMS à tous mes contacts ! » et « pourquoi un quiz veut mon micro ?! » Voyons ce qu’elle demande.

contract-the-quiz-app-spot = Avant le début du quiz, { $app } demande des autorisations. Touche tout ce dont un quiz n’a pas besoin.
contract-the-quiz-app-card-title = { $app } souhaite :
contract-the-quiz-app-card-body = Autorise tout pour voir ton résultat !
contract-the-quiz-app-part-contacts = Accéder à tes contacts
contract-the-quiz-app-feedback-part-contacts = Un quiz n’a pas besoin des numéros de tes amis. Les applis qui récupèrent les contacts peuvent leur envoyer du spam ou vendre leurs infos, et tes amis n’ont jamais donné leur accord.
contract-the-quiz-app-part-location = Utiliser ta position précise, en permanence
contract-the-quiz-app-feedback-part-location = Ta position exacte, en permanence, montre où tu habites et où tu vas en cours. Un quiz n’a aucune raison de savoir ça.
contract-the-quiz-app-part-mic = Utiliser ton micro
contract-the-quiz-app-feedback-part-mic = On ne parle pas dans un quiz. N’autorise le micro que quand une fonction en a vraiment besoin, comme un message vocal que tu choisis d’envoyer.
contract-the-quiz-app-part-results = Afficher les questions et les résultats du quiz
contract-the-quiz-app-feedback-part-results = Pas un indice : c’est ce que fait vraiment un quiz. Une autorisation qui correspond à ce à quoi sert l’appli, c’est OK.
contract-the-quiz-app-part-partners = Partager tes données avec des partenaires (conditions : 42 pages)
contract-the-quiz-app-feedback-part-partners = Cachés dans de longues conditions, les « partenaires », ce sont généralement des annonceurs et des revendeurs de données. Tes réponses et tes infos deviennent leur produit.

contract-the-quiz-app-allow-choice = En bas, il y a un énorme bouton vif « Tout autoriser », et un minuscule lien gris « Choisir les autorisations ».
contract-the-quiz-app-choice-choose = Toucher « Choisir » et n’autoriser que ce dont un quiz a besoin
contract-the-quiz-app-feedback-choose = Exactement. Le bouton vif est une interface piège, qui te pousse vers le oui. Tu as le droit de refuser des autorisations et de décider qui reçoit tes données.
contract-the-quiz-app-choice-close-app = Fermer l’appli et laisser tomber le quiz
contract-the-quiz-app-feedback-close-app = Tes données sont protégées, bien. Laisser tomber, c’est toujours permis. Mais { $friend } et les autres continuent de donner les leurs, et aimeraient peut-être le savoir.
contract-the-quiz-app-choice-allow-all = Toucher « Tout autoriser », je veux juste mon résultat
contract-the-quiz-app-feedback-allow-all = Une occasion d’apprendre : « Tout autoriser » vient de donner à un quiz tes contacts, ta position et ton micro. Le gros bouton vif est conçu pour que ça paraisse normal.

contract-the-quiz-app-friend-asks = T’as eu quoi ?? Tout le monde le fait. Il a même retrouvé mes cousins dans mes contacts mdr
contract-the-quiz-app-choice-warn-report = Prévenir { $friend } pour les autorisations, et signaler l’appli
contract-the-quiz-app-feedback-warn-report = Super. Montrer à tes amis comment vérifier et retirer des autorisations les aide à reprendre le contrôle, et signaler l’appli à la boutique d’applis prévient les autres.
contract-the-quiz-app-choice-keep-quiet = Garder ça pour moi, c’est son choix
contract-the-quiz-app-feedback-keep-quiet = C’est son choix, oui, mais sans forcément savoir à quoi ça donne accès. Un petit message « vérifie tes autorisations » pourrait protéger cette personne et tous ses contacts.
contract-the-quiz-app-choice-send-group = Envoyer le lien à toute la discussion de groupe
contract-the-quiz-app-feedback-send-group = Une occasion d’apprendre : partager le lien étend la collecte de données à tous tes amis, et à leurs contacts aussi. Vérifie une appli avant de la faire passer.

contract-the-quiz-app-data-leak = Tu as ton résultat. Le soir même, tous tes contacts reçoivent un SMS : « Ton ami veut que tu essaies { $app } ! » Ta grand-mère t’appelle pour demander ce que c’est.
contract-the-quiz-app-fix-choice = L’appli a pris plus que ce que tu voulais donner. Mais ce sont tes données, et tu as le droit de les récupérer. Que vas-tu faire ?
contract-the-quiz-app-choice-adult-remove = Demander à { $adult } de m’aider à couper ses accès et à la signaler
contract-the-quiz-app-feedback-adult-remove = C’est comme ça qu’il faut faire. Supprimer l’appli ne suffit pas : désactive ses autorisations, retire-la de tous les comptes que tu as liés, et signale-la. Un adulte de confiance peut aider.
contract-the-quiz-app-choice-delete-app = Juste supprimer l’appli
contract-the-quiz-app-feedback-delete-app = Supprimer aide, mais l’appli a déjà copié tes contacts, et tout compte que tu as lié reste connecté. Retirer ses accès dans tes réglages compte aussi.
contract-the-quiz-app-choice-another-quiz = Laisser tomber et essayer un autre quiz
contract-the-quiz-app-feedback-another-quiz = Une occasion d’apprendre : l’appli continue de collecter tant qu’elle a accès. Il n’est jamais trop tard pour retirer ses autorisations et demander de l’aide.

contract-the-quiz-app-adult-helps = Merci de m’en avoir parlé. Désactivons ses autorisations, retirons-la de tous les comptes liés comme { $social }, signalons-la, et prévenons tes contacts que ces SMS sont du spam.

contract-the-quiz-app-end-safe = Tu as vérifié l’appli, repéré la collecte de données, et gardé privés tes contacts, ta position et ton micro. Tes amis savent maintenant quoi vérifier, eux aussi. Beau travail.
contract-the-quiz-app-end-mixed = Tu as protégé une partie, mais l’appli a encore des données, les tiennes ou celles de tes amis. Retirer ses accès, la signaler et prévenir tes amis finirait le travail.
contract-the-quiz-app-end-recovered = L’appli a eu plus qu’elle n’aurait dû, mais tu as repris le contrôle avec de l’aide : accès retirés, autorisations désactivées, appli signalée. Maintenant, tu sais quoi vérifier en premier.
contract-the-quiz-app-end-harmful = L’appli continue de collecter des données sur toi et tes amis, et le spam continue d’arriver. Il n’est jamais trop tard pour retirer ses accès, la signaler et demander de l’aide à un adulte de confiance.
