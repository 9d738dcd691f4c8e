# Les mots du jeu : écrans, boutons et présentation de Sango.

empty = {""}
back = Retour

## Title
title-name = Sango
title-tagline = Explore le monde en ligne en toute sécurité, avec Sango pour te guider.
title-play = Jouer
title-quit = Quitter
title-content-problems = { $count ->
    [one] Un problème a été trouvé dans les leçons. Un enseignant peut lancer « sango validate » pour savoir pourquoi :
   *[other] { $count } problèmes ont été trouvés dans les leçons. Un enseignant peut lancer « sango validate » pour savoir pourquoi :
}
title-save-problem = Un souci avec la progression enregistrée : un adulte doit y jeter un œil. Rien n’est perdu : ton enseignant peut voir les détails.

## Who is playing
profiles-heading = Qui joue ?
profiles-new = Nouveau profil
profiles-nickname-label = Tape un pseudo :
profiles-privacy-tip = Astuce : choisis un pseudo inventé, pas ton vrai nom. Ça protège ta vie privée, ici comme en ligne.
profiles-privacy-full-name = C’est ton vrai nom ? Un pseudo inventé est plus sûr : des inconnus ne peuvent pas s’en servir pour te trouver. Tu peux quand même le garder.
profiles-privacy-email = On dirait une adresse e-mail. Un pseudo inventé est plus sûr : une adresse permet à des inconnus de t’écrire. Tu peux quand même la garder.
profiles-privacy-phone = On dirait un numéro de téléphone. Un pseudo inventé est plus sûr : un numéro permet à des inconnus de t’appeler ou de t’écrire. Tu peux quand même le garder.
profiles-avatar-label = Choisis ton image :
profiles-create = Commencer à jouer
profile-error-empty = Tape d’abord un pseudo.
profile-error-too-long = Un pseudo peut avoir { $max } lettres au maximum.
profile-error-taken = Ce pseudo est déjà pris. Essaie-en un autre !
profile-error-symbols = Utilise des lettres et des chiffres : certains signes et images ne s’affichent pas ici, et pourraient rendre deux pseudos identiques à l’œil.
profile-error-missing = Ce profil est introuvable.
avatar-coral = Ours corail
avatar-sun = Soleil
avatar-leaf = Pousse verte
avatar-sky = Robot bleu ciel
avatar-violet = Chouette violette
avatar-rose = Lapin rose

## World map
map-heading = Le monde en ligne
map-playing-as = Tu joues en tant que { $nickname }
map-change-player = Changer de profil
map-no-levels = D’autres aventures arrivent bientôt ici.
risk-content = Contenus
risk-content-hint = Ce que tu vois et lis en ligne
risk-contact = Contacts
risk-contact-hint = Les personnes qui te contactent en ligne
risk-conduct = Comportement
risk-conduct-hint = Comment on se traite les uns les autres en ligne
risk-contract = Contrats
risk-contract-hint = Jeux, applis, offres et tes données

## A level
speaker-sango = Sango
speaker-you = Toi
level-leave = Quitter le niveau
level-continue = Continuer
level-what-do-you-do = Que fais-tu ?
level-you-chose = Tu as choisi : « { $choice } »
level-verdict-safe = Excellent choix !
level-verdict-cautious = Pas mal, mais il existe une façon plus sûre.
level-verdict-risky = Réfléchissons-y ensemble.
level-ending-safe = Tu as su rester en sécurité !
level-ending-mixed = En sécurité pour l’instant.
level-ending-recovered = Tu as réparé les choses !
level-ending-harmful = Ça s’est compliqué.
level-see-results = Voir tes résultats

## Debrief
debrief-outcome-safe = Bravo ! Tu as protégé les autres et toi-même.
debrief-outcome-mixed = Cette fois, rien de grave, mais le problème n’est pas réglé. Chaque essai t’apprend quelque chose.
debrief-outcome-recovered = Tu as réparé les choses. En parler, bloquer ou signaler après une erreur, c’est exactement ce qu’il faut faire.
debrief-put-right = Après une erreur, tu as réparé : « { $choice } »
debrief-outcome-harmful = Cette histoire était difficile. Rejoue-la pour trouver le chemin sûr : Sango croit en toi !
debrief-objectives = Ce que tu as pratiqué
debrief-practised-well = Tu as bien fait ça !
debrief-not-yet-practised = Tu pratiqueras ça dans un autre choix.
debrief-practise-again = Entraînons-nous encore à ça.
debrief-remember = Sango veut que tu retiennes
debrief-not-saved = Tes étoiles n’ont pas pu être enregistrées cette fois, mais tu peux continuer à jouer.
debrief-back-to-map = Retour à la carte
debrief-play-again = Rejouer

## App stages
stage-chat = discussion
stage-feed = fil d’actu
stage-popup = offre
level-spot-hint = Touche chaque élément qui te met la puce à l’oreille, puis appuie sur « J’ai fini ».
level-spot-hint-picture = Regarde bien l’image. Touche chaque endroit qui te met la puce à l’oreille (ou vas-y avec Tab et appuie sur Entrée), puis appuie sur « J’ai fini ».
level-spot-done = J’ai fini
level-spot-clue = Bien vu : c’est un indice !
level-spot-not-clue = Cet élément ne pose pas de problème.
level-spot-everything = Tout toucher attrape les indices, mais accuse aussi ce qui était normal. Repérer, c’est choisir seulement ce qui trahit le piège.
level-spot-some-fine = Certains éléments touchés étaient normaux. Être prudent, c’est aussi faire confiance à ce qui est vrai.
level-spot-missed = Un indice t’a échappé. Regarde chaque élément et demande-toi : est-ce qu’il trahit le piège ?
level-spot-result = Indices trouvés : { $found } sur { $clues }{ $mistaken ->
    [0] .
    [one] , et tu as touché un élément qui ne posait pas de problème.
   *[other] , et tu as touché { $mistaken } éléments qui ne posaient pas de problème.
}

## Age bands (the map shows one at a time)
map-ages = Âges :
band-9-12 = 9–12
band-13-15 = 13–15
band-16-18 = 16–18

## Who is playing: many children share one computer
profiles-new-player = Première fois
profiles-page = Page { $page } sur { $pages }
profiles-previous = Précédent
profiles-next = Suivant
profiles-none-yet = Personne n’a encore de profil sur cet ordinateur. Appuie sur « Première fois » pour en créer un.
profiles-remove-heading = Choisis le profil à supprimer
profiles-remove-confirm = Supprimer le profil de { $nickname } et toutes ses étoiles ? Ce sera définitif.
profiles-remove-yes = Oui, supprimer
profiles-removed = Le profil de { $nickname } a été supprimé.
cancel = Annuler
title-teacher = Prof
title-settings-problem = Le fichier de réglages de l’école a un problème, donc les réglages habituels sont utilisés :

## Teacher PIN
pin-set-heading = Choisissez un code PIN enseignant
pin-set-hint = Utilisez de 4 à 12 chiffres que les enfants ne connaissent pas. Cet ordinateur n’en garde qu’une version brouillée (hachage Argon2), et les essais erronés ralentissent.
pin-confirm-heading = Tapez à nouveau le même code PIN
pin-enter-heading = Code PIN enseignant
pin-enter-hint = Tapez le code PIN enseignant pour ouvrir les réglages enseignant.
pin-ok = OK
pin-erase = Effacer
pin-error-wrong = Ce code PIN n’est pas le bon. Réessayez.
pin-error-length = Un code PIN comporte de 4 à 12 chiffres.
pin-error-wait = Trop d’essais erronés. Attendez { $seconds } secondes, puis réessayez.
pin-error-mismatch = Les deux codes PIN étaient différents. Veuillez recommencer.

## Teacher settings
teacher-heading = Réglages enseignant
teacher-age-band = Tranche d’âge de la classe :
teacher-language = Langue :
teacher-levels = Niveaux pour les { $band } ans (appuyez sur un niveau pour l’activer ou le désactiver) :
teacher-level-on = oui
teacher-level-off = non
teacher-lock = Verrouiller
teacher-unlock = Déverrouiller
teacher-locked = Verrouillé : les enfants ne peuvent changer ni la tranche d’âge ni la langue.
teacher-unlocked = Déverrouillé : les enfants peuvent changer la tranche d’âge et la langue.
teacher-report = Rapport de classe
teacher-remove-profile = Supprimer un profil
teacher-reset = Tout remettre à zéro
teacher-reset-confirm = Remettre à zéro toute la progression sur cet ordinateur ? Tous les profils et toutes les étoiles seront supprimés. Une sauvegarde est faite avant.
teacher-reset-yes = Oui, effacer
teacher-reset-done = Toute la progression a été remise à zéro. Une sauvegarde a été conservée dans { $path }
teacher-done = Terminé
teacher-quit = Quitter Sango
teacher-save-problem = Impossible d’enregistrer : { $error }

## Class report
report-heading = Rapport de classe
report-summary = { $children ->
    [one] { $children } enfant
   *[other] { $children } enfants
}, niveaux terminés : { $levels }, étoiles : { $stars }
report-weakest = La classe a le plus besoin de s’entraîner sur : { $objectives }
report-weakest-none = Aucun objectif n’a encore été travaillé.
report-chart-title = Choix sûrs par objectif, toute la classe
report-legend = Le pourcentage indique à quelle fréquence le choix sûr a été fait quand un niveau travaillait cet objectif.
report-objective = Objectif
report-class = Classe
report-nickname = Pseudo
report-levels = Niveaux
report-stars = Étoiles
report-weakest-tag = à retravailler
report-distribution = Enfants — acquis : { $secure }, en bonne voie : { $middle }, à retravailler : { $again }, pas encore évalués : { $none }
report-save-csv = Enregistrer en tableur (CSV)
report-save-html = Enregistrer pour impression
report-saved = Enregistré dans { $path }
report-save-failed = Impossible d’enregistrer : { $error }
report-empty = Aucun enfant n’a encore terminé de niveau sur cet ordinateur.
report-generated = Créé par Sango le { $date }. Il ne contient que des pseudos et des scores ; rien ne quitte cet ordinateur.
report-per-child = Détail par enfant
profile-error-not-saved = Ton profil n’a pas pu être enregistré sur cet ordinateur. Demande de l’aide à ton enseignant.
pin-error-not-saved = Le code PIN n’a pas pu être enregistré sur cet ordinateur ; il n’a donc pas été défini.
report-weakest-secure = La classe maîtrise tous les objectifs travaillés jusqu’ici.
notice-language-unavailable = Les textes en { $language } n’ont pas pu être chargés. Vérifie la connexion, puis choisis de nouveau la langue.
notice-level-words-unavailable = Les textes des niveaux n’ont pas pu être chargés. Vérifie la connexion, puis recharge la page.
title-settings = Réglages
map-settings = Réglages
settings-heading = Réglages
settings-done = Terminé
settings-text-size = Taille du texte : { $size }
text-size-normal = Normale
text-size-large = Grande
text-size-largest = Très grande
settings-contrast = Contraste élevé : { $state }
state-on = activé
state-off = désactivé
settings-turn-on = Activer
settings-turn-off = Désactiver
settings-effects = Effets sonores : { $level } sur 10
settings-quieter = Moins fort
settings-louder = Plus fort
settings-sound = Son : { $state }
settings-mute = Couper tout le son
settings-unmute = Remettre le son
settings-kept = Tes réglages sont gardés pour toi sur cet ordinateur.
help-button = Demander de l’aide
help-heading = Besoin d’aide ? Quelqu’un est là pour toi.
help-now-heading = Que faire tout de suite
help-now-stop = Arrête de répondre. Rien ne t’oblige à répondre à quelqu’un qui te fait de la peine.
help-now-keep = Garde les messages : fais une capture d’écran. Cela aide un adulte à t’aider.
help-now-block = Bloque la personne et signale-la dans l’appli ou le jeu.
help-now-not-your-fault = Ce n’est pas de ta faute, et demander de l’aide est toujours la bonne chose à faire.
help-adult-heading = Parle à un adulte de confiance
help-adult-text = Un parent, une personne qui s’occupe de toi, un enseignant ou un autre adulte de confiance. Raconte-lui ce qui s’est passé et montre-lui.
help-lines-heading = Lignes d’écoute
help-lines-default = Les lignes d’écoute pour les enfants sont gratuites, bienveillantes et confidentielles. Child Helpline International indique celle de ton pays sur childhelplineinternational.org
help-danger = Si tu es en danger maintenant, appelle le numéro d’urgence de ton pays.
help-close = Retour au jeu
settings-music = Musique : { $level } sur 10
settings-motion = Moins d’animations : { $state }

# Read aloud
level-listen = Écouter
level-listen-missing = Pas encore de voix pour cette phrase
settings-voice = Voix de lecture : { $level } sur 10
settings-read-aloud = Lire chaque phrase à voix haute dès qu’elle apparaît : { $state }
level-listen-no-voice = Pas de voix pour cette langue ici : regarde dans les Réglages
settings-speech-system = Lecture avec la voix de cet ordinateur : { $voice }
settings-speech-pack = Lecture avec les voix du pack de voix
settings-speech-looking = On cherche les voix de cet ordinateur…
settings-speech-none = Cet ordinateur n’a pas de voix pour cette langue, et le pack de voix n’est pas installé. Un enseignant peut l’ajouter : voir le README du jeu.
settings-speech-other = Une autre voix
settings-speech-use-pack = Utiliser le pack de voix
settings-speech-use-system = Voix de l’ordinateur
settings-rate = Vitesse de lecture : { $rate }
settings-rate-slowest = très lente
settings-rate-slow = lente
settings-rate-normal = normale
settings-rate-fast = rapide
settings-rate-fastest = très rapide
settings-slower = Moins vite
settings-faster = Plus vite

## Échauffement, récap et rappel (le test d’apprentissage) : situations à juger
check-warm-up-heading = Échauffement avec Sango
check-look-back-heading = Le récap avec Sango
check-booster-heading = Le rappel avec Sango
check-warm-up-intro = Avant ton premier niveau, on s’échauffe ensemble ! Je vais te montrer quelques petites situations. Dis-moi si chacune est OK ou pas OK, puis à quel point tu y crois.
check-look-back-intro = Tu as beaucoup pratiqué ! Faisons le récap ensemble avec quelques petites situations, un peu comme à l’échauffement. Dis-moi si chacune est OK ou pas OK, puis à quel point tu y crois.
check-booster-intro = Ça fait un moment qu’on n’a pas fait le récap ! Voyons ce dont tu te souviens avec quelques petites situations. Après chacune, je te dirai l’indice à repérer.
check-no-score = Il n’y a pas de score et aucune réponse n’est notée. Tes réponses aident ton enseignant à voir ce que la classe apprend.
check-start = C’est parti
check-skip = Passer l’échauffement
check-stop = Faire une pause
check-progress = Situation { $number } sur { $count }
check-is-it-ok = C’est OK ?
check-ok = OK
check-not-ok = Pas OK
check-how-sure = Tu y crois à quel point ?
check-sure-guessing = Je devine
check-sure-fairly-sure = Je crois bien
check-sure-very-sure = Aucun doute
check-feedback-right-ok = Bien vu : celle-ci est OK.
check-feedback-right-not-ok = Bien vu : celle-ci n’est pas OK.
check-feedback-look-again-ok = Regarde encore : celle-ci est OK.
check-feedback-look-again-not-ok = Regarde encore : celle-ci n’est pas OK.
check-next = Suivant
check-thanks-warm-up = Merci ! L’échauffement est fini. Allons jouer ton premier niveau.
check-thanks-look-back = Merci d’avoir fait le récap avec moi ! Chaque niveau que tu joues t’aide à rester en sécurité en ligne.
check-thanks-booster = Bravo pour ce rappel avec moi ! Continue à chercher ces indices chaque fois que tu es en ligne.
check-to-level = Jouer le niveau
check-not-saved = Tes réponses n’ont pas pu être enregistrées cette fois, mais tu peux continuer à jouer.

## Suggestions et badges
map-badges = Mes badges ({ $count })
map-look-back = { $kind ->
    [booster] Ça fait une semaine que tu as fait le récap avec Sango. Tu te souviens ?
   *[other] Tu as beaucoup pratiqué ! Sango aimerait faire le récap avec toi.
}
map-look-back-start = { $kind ->
    [booster] Le rappel avec Sango
   *[other] Faire le récap avec Sango
}
map-next-growing = Sango te propose « { $level } » : ce niveau fait travailler « { $objective } », que tu es encore en train d’apprendre.
map-next-new = Sango te propose « { $level } » : ce niveau fait travailler « { $objective } », que tu n’as encore pratiqué dans aucun niveau.
map-next-tag = Sango te propose
badges-heading = Les badges de { $nickname }
badges-count = { $earned } sur { $count }
badges-how = Tu gagnes un badge quand une compétence revient dans { $levels } niveaux ou plus et que tu fais le choix sûr au moins trois fois sur quatre.
badges-earned = Badge gagné !
badges-not-yet = Pas encore : joue les niveaux qui font travailler cette compétence.
debrief-new-badges = { $count ->
    [one] Un nouveau badge !
   *[other] De nouveaux badges !
}

## Rapport de classe : échauffement, récap et rappel
report-tab-levels = Niveaux
report-tab-learning = Mesures d’apprentissage
report-badges = Badges
report-warm-up = Échauffement
report-look-back = Récap
report-booster = Rappel
report-gain = Progrès (points)
report-false-alarms-warm-up = Fausses alertes, échauffement (%)
report-false-alarms-look-back = Fausses alertes, récap (%)
report-false-alarms-booster = Fausses alertes, rappel (%)
report-false-alarms-column = Situations sûres jugées « pas OK » (%) : échauffement / récap / rappel
report-false-alarms-cell = { $warmup } / { $lookback } / { $booster }
report-confidence-warm-up = Certitude, échauffement (1 à 3)
report-confidence-look-back = Certitude, récap (1 à 3)
report-objective-warm-up = { $objective } : échauffement
report-objective-look-back = { $objective } : récap
report-objective-booster = { $objective } : rappel
report-not-taken = pas fait
report-estimate = { $mean } ({ $low } à { $high })
report-share-estimate = { $mean } % ({ $low } à { $high })
report-cell = { $value }, { $children ->
    [one] 1 enfant
   *[other] { $children } enfants
}
report-effect-size = Taille d’effet (d de Cohen)
report-interval = Intervalle à 95 %
report-paired = Enfants ayant fait les deux
report-retention = Acquis au rappel (points)
report-boosters = Enfants ayant fait un rappel
report-more-suspicious = Enfants plus méfiants envers les situations sûres
report-column-children = { $check } : enfants
report-column-discernment = { $check } : discernement
report-column-low = { $check } : intervalle à 95 %, de
report-column-high = { $check } : intervalle à 95 %, à
report-column-false-alarms = { $check } : fausses alertes (%)
report-learning-heading = Échauffement, récap et rappel
report-learning-effect = { $paired } enfants ont fait à la fois l’échauffement et le récap. Leur discernement est passé de { $pre } à { $post } ({ $gain } points). Taille d’effet : d = { $d } (intervalle à 95 % : de { $low } à { $high }).
report-learning-waiting = { $warmups ->
    [one] Un enfant a fait
   *[other] { $warmups } enfants ont fait
} l’échauffement et { $lookbacks } le récap ; { $paired } les deux. Les progrès de la classe s’afficheront dès que deux enfants auront fait les deux.
report-false-alarm-trend = Situations sûres jugées « pas OK » : { $pre } à l’échauffement, { $post } au récap. { $suspicious ->
    [0] Aucun enfant n’est devenu plus méfiant envers les situations sûres.
    [one] Un enfant a jugé nettement plus de situations sûres « pas OK » qu’avant.
   *[other] { $suspicious } enfants ont jugé nettement plus de situations sûres « pas OK » qu’avant.
}
report-retention-line = { $boosters ->
    [one] Un enfant a fait le rappel
   *[other] { $boosters } enfants ont fait le rappel
} une semaine ou plus après le récap : le discernement a changé de { $change } points sur les mêmes compétences.
report-retention-waiting = Pas encore de rappel à comparer (rappels faits : { $boosters }) : il arrive une semaine ou plus après le récap.
report-learning-about = Chaque test montre des situations, dont la moitié sont sûres, à juger « OK » ou « pas OK ». Le discernement, c’est la part des situations risquées repérées moins la part des situations sûres jugées « pas OK », de -100 à 100 points : dire « pas OK » à tout donne 0. Le récap ne porte que sur les compétences que l’enfant a pratiquées dans deux niveaux ou plus. Chaque chiffre a son intervalle à 95 % et le nombre d’enfants. Une taille d’effet de 0,2 est faible, de 0,5 moyenne et de 0,8 forte.

## Trier le fil : partager, vérifier d’abord, ou ne pas partager
sort-pile-share = Partager
sort-pile-check = Vérifier d’abord
sort-pile-dont-share = Ne pas partager
level-sort-count = Publication { $n } sur { $total }
level-sort-done = J’ai fini
level-sort-again = Trier à nouveau
level-sort-result = { $right } publications sur { $total } sont sur la meilleure pile.
level-sort-placed = Toi : { $put } · Le mieux : { $best }
level-sort-doubted = Des publications vraies et gentilles ont été bloquées. Douter de tout, ce n’est pas vérifier : ce qui est vrai et gentil mérite d’être partagé.
level-sort-passed-on = Des publications qui auraient dû s’arrêter avec toi ont été partagées. Avant de partager, demande-toi : est-ce vrai, est-ce gentil, est-ce à moi de le partager ?
level-setup-heading = Réglages du compte
level-setup-setting = { $setting } : { $value }
level-setup-done = J’ai fini
level-setup-result = Réglages adaptés à la situation : { $right } sur { $total }.
level-setup-chosen = Toi : { $chosen } · Le mieux ici : { $best }
level-setup-left-open = Certains réglages sont restés comme l’appli les avait choisis. Les réglages de départ d’une appli sont faits pour l’appli, pas pour toi : vérifie-les un par un.
level-setup-closed-too-far = Tout fermer bloque les inconnus, mais aussi les personnes pour qui ce compte a été créé. Des réglages sûrs, ce sont des réglages qui correspondent à ce dont tu as besoin.
level-compose-to = À : { $to }
level-compose-empty = Ton message est vide. Choisis ce que tu veux dire.
level-compose-send = Envoyer
level-compose-result = Ton message a dit { $needed } des { $total } choses qu’il devait dire.
level-compose-in-needed = Tu l’as ajoutée : elle a sa place.
level-compose-in-harm = Tu l’as ajoutée : elle fait du mal.
level-compose-in-either = Tu l’as ajoutée : ça va dans les deux cas.
level-compose-out-needed = Tu l’as laissée de côté : elle était nécessaire.
level-compose-out-harm = Tu l’as laissée de côté : bien joué !
level-compose-out-either = Tu l’as laissée de côté : ça va dans les deux cas.
level-compose-harm = Certains mots du message pourraient blesser quelqu’un ou en dire trop. Ce que tu laisses de côté compte autant que ce que tu dis.
level-compose-nothing = Un message vide ne peut pas aider. Choisis les mots qui disent ce qu’il faut, puis envoie-les.
level-compose-missing = Le message est gentil et sûr, mais il lui manque quelque chose d’important. Dis tout, clairement.

## Verrouiller : une phrase de passe, les réglages de connexion et la vraie page de connexion
level-lock-passphrase = Ta phrase de passe
level-lock-empty = Vide. Choisis des morceaux pour la construire.
level-lock-settings = Réglages de connexion
level-lock-done = Verrouiller
level-lock-pages = Vérifie l’adresse. Sur quelle page te connectes-tu ?
level-lock-result = Ta phrase de passe était { $passphrase }. { $real ->
    [1] C’était la vraie page de connexion.
   *[0] C’était une fausse page de connexion.
}
level-lock-strong = solide et facile à retenir
level-lock-could-be-stronger = bonne, mais elle pourrait être meilleure
level-lock-weak = facile à deviner
level-lock-piece-word = Un mot de tous les jours : il rend la phrase de passe solide.
level-lock-piece-personal = Sur toi : d’autres peuvent le deviner.
level-lock-piece-common = Un mot de passe courant : il est essayé en premier.
level-lock-piece-jumble = Un mélange de signes : solide, mais difficile à retenir.
level-lock-page-real = Connexion ici : la vraie page.
level-lock-page-fake = Connexion ici : une fausse page.
level-lock-real-was = La vraie page : { $address }
level-lock-fake-page = Une fausse page a eu ta phrase de passe. Avant de taper, lis le nom juste avant la première barre / seule : il dit à qui est la page. Si ça t’arrive pour de vrai, change-la vite et parles-en à quelqu’un de confiance.
level-lock-guessable = Un morceau de ta phrase de passe est facile à deviner : ce qui parle de toi se trouve dans tes publications, et les mots de passe courants sont essayés en premier.
level-lock-settings-open = Un réglage de connexion pourrait mieux convenir : regarde pourquoi plus bas. Avec la validation en deux étapes, une phrase de passe volée ne suffit pas.
level-lock-jumble = Un mélange de signes est solide, mais difficile à retenir, alors on finit par l’écrire quelque part. Des mots de tous les jours que tu peux imaginer sont solides et faciles à retenir.
level-lock-short = La phrase de passe est trop courte pour tenir. Ajoute d’autres mots de tous les jours.

## Changer de camp : une fausse publication faite de ruses, puis retournée
level-craft-people = Qui va la voir
level-craft-room = Parties utilisées : { $used } sur { $room }
level-craft-full = Parties utilisées : { $used } sur { $room }, c’est plein. Retires-en une pour changer.
level-craft-post = Publier
level-craft-result = Ta publication a trompé { $fooled ->
    [one] { $fooled } personne
   *[other] { $fooled } personnes
} sur { $people }.
level-craft-verdict-safe = Tu connais ces ruses !
level-craft-verdict-cautious = Tu connais certaines de ces ruses.
level-craft-verdict-risky = Regardons ces ruses ensemble.
level-craft-fooled = S’est fait avoir
level-craft-not-fooled = Ne s’est pas fait avoir
level-craft-was-trick = Une ruse
level-craft-was-honest = Pas une ruse : ça aide à vérifier.
level-craft-turn = Maintenant, retourne la situation
level-craft-nothing = Une publication vide ne trompe personne. Choisis les ruses qui marcheraient avec ces personnes.
level-craft-honest = Certaines parties étaient honnêtes : elles aident à vérifier, donc elles ne trompent personne.
level-craft-missed = Quelqu’un ne s’est pas fait avoir : regarde comment est chaque personne, et quelle ruse marcherait avec elle.

## L’histoire de la tranche d’âge, et « Mon téléphone »
map-phone = Mon téléphone
map-story-next = { $story } : chapitre { $chapter } sur { $count }, { $level }
map-story-closed = { $story } : ton histoire est terminée !
map-story-open = Ton histoire
map-story-read-close = Comment elle finit
story-progress = Chapitres joués : { $done } sur { $count }
story-chapter = Chapitre { $number }
story-next = À suivre
phone-heading = Le téléphone de { $nickname }
phone-how = Voici ce que tes choix ont laissé sur ton téléphone et en ligne. Sango te dit quoi faire pour chacun.
phone-empty = Rien pour l’instant. Quand tu joues, ce que tu partages, qui tu bloques et ce que tu changes s’affiche ici.
phone-private = Ça s’affiche seulement sur ton profil, jamais dans le rapport de classe. Ça reste sur cet appareil et disparaît quand ton profil est supprimé.
phone-sango-says = Sango : { $advice }
phone-shared = Ce que j’ai partagé, et avec qui
phone-location = Où ma localisation est activée
phone-blocked = Qui j’ai bloqué ou signalé
phone-setting = Les réglages que j’ai changés
