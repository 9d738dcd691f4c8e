# Contenus / valeurs : La rumeur virale (9-12 ans)

content-the-viral-rumour-title = La rumeur virale
content-the-viral-rumour-summary = Un message choquant et un défi risqué circulent à l’école. Sauras-tu vérifier les faits et protéger tout le monde ?
content-the-viral-rumour-remember = Arrête-toi et vérifie avant de croire ou de partager. Si un défi peut blesser quelqu’un, préviens tout de suite un adulte de confiance.

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = M. Silva

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
content-the-viral-rumour-name-maya = Maya
content-the-viral-rumour-name-zoe = Zoé
content-the-viral-rumour-name-priya = Leïla
content-the-viral-rumour-name-ben = Ben
content-the-viral-rumour-name-omar = Malik
content-the-viral-rumour-name-lucas = Lucas
content-the-viral-rumour-challenge-chair-tower = défi Tour de chaises
content-the-viral-rumour-challenge-sky-stack = défi Gratte-ciel
content-the-viral-rumour-challenge-chair-climb = défi Escalade de chaises

content-the-viral-rumour-intro = Coucou, c’est moi, Sango ! C’est vendredi soir et la discussion de ta classe s’agite. Voyons de quoi tout le monde parle.

content-the-viral-rumour-maya = Regardez !! Un streamer célèbre dit que tous les enfants doivent faire le { $challenge } : empiler des chaises, grimper tout en haut, filmer. Partagez dans l’heure, sinon c’est FINI pour vous !
content-the-viral-rumour-choice-check-first = Attends. Qui a fait ça, et est-ce que c’est vrai ?
content-the-viral-rumour-feedback-check-first = Beau travail de détective ! Les messages qui te pressent, comme « partagez dans l’heure ! », sont souvent faux. Vérifier d’abord arrête les rumeurs net.
content-the-viral-rumour-choice-ignore = Ne pas le partager. Juste l’ignorer.
content-the-viral-rumour-feedback-ignore = Ne pas partager, c’était une bonne décision, car les rumeurs grossissent quand on les fait passer. Vérifier si c’est vrai, et prévenir les autres, aide encore plus.
content-the-viral-rumour-choice-share-now = Le partager dans la discussion de classe, vite !
content-the-viral-rumour-feedback-share-now = C’est une occasion d’apprendre. Le message voulait te presser, et la précipitation, c’est un piège pour t’empêcher de réfléchir. Partager sans vérifier peut répandre quelque chose de faux ou de dangereux.

content-the-viral-rumour-check = Jouons les détectives ! Pas de nom, pas de date, et le compte a été créé hier. La page du vrai streamer dit : « Ce n’est pas moi. Ne le faites pas ! » C’est faux, mais le défi pourrait quand même blesser quelqu’un.
content-the-viral-rumour-ben-plans = Lundi matin. Tout le monde parle encore du { $challenge }. À la récré, { $classmate } traîne trois chaises dans un coin de la cour.

content-the-viral-rumour-ben = Filme-moi ! Je vais faire le { $challenge } ! Ça va faire plein de likes !
content-the-viral-rumour-choice-tell-teacher = Courir prévenir un enseignant pour que personne ne se blesse
content-the-viral-rumour-feedback-tell-teacher = Plein de courage et de bon sens ! Parler d’un défi dangereux à un adulte, ce n’est pas cafarder. Ça protège ton camarade, et c’est à ça que servent les adultes de confiance.
content-the-viral-rumour-choice-warn-ben = Dire à { $classmate } que c’est une mauvaise idée, puis partir
content-the-viral-rumour-feedback-warn-ben = C’est bien d’avoir repéré le danger et de l’avoir dit ! Mais { $classmate } pourrait quand même essayer. Un enseignant à proximité pourrait s’assurer que personne ne se blesse.
content-the-viral-rumour-choice-film-ben = Filmer { $classmate } pour les likes
content-the-viral-rumour-feedback-film-ben = Une occasion d’apprendre : les likes peuvent rendre excitantes des choses risquées. Filmer quelqu’un qui fait quelque chose de dangereux peut le pousser à aller plus loin.

content-the-viral-rumour-teacher-helps = Merci de me l’avoir dit. Tu as peut-être évité que quelqu’un se blesse. Parlons des faux défis à toute la classe.
content-the-viral-rumour-ben-stops = { $classmate } lève les yeux au ciel, mais il redescend. Pourtant, des enfants d’autres classes prévoient de tenter le { $challenge } après l’école.

content-the-viral-rumour-ben-wobbles = La tour de chaises vacille. { $classmate } saute juste à temps et s’écorche le genou. Tout le monde se tait. La vidéo est toujours sur ton téléphone.
content-the-viral-rumour-wobble-choice = Ouf, { $classmate } va bien, mais c’était moins une. La vidéo pourrait donner envie à d’autres enfants d’essayer. Que vas-tu faire maintenant ?
content-the-viral-rumour-choice-get-help-delete = Aller chercher un enseignant, et ne pas publier la vidéo
content-the-viral-rumour-feedback-get-help-delete = C’est comme ça qu’on redresse la situation ! Un enseignant peut vérifier que { $classmate } va bien et arrêter le défi. Ne pas publier la vidéo, c’est éviter que d’autres la copient.
content-the-viral-rumour-choice-delete-quietly = Supprimer la vidéo, mais n’en parler à personne
content-the-viral-rumour-feedback-delete-quietly = La supprimer aide, comme ça elle ne se répand pas à partir de toi. Mais le défi circule toujours, et un adulte pourrait aider à l’arrêter pour tout le monde.
content-the-viral-rumour-choice-post-anyway = Publier la vidéo quand même, c’est drôle
content-the-viral-rumour-feedback-post-anyway = Une occasion d’apprendre : une vidéo de cascade risquée peut donner envie aux autres de la copier, et elle montre { $classmate } dans un mauvais moment. Pense à qui elle pourrait blesser.

content-the-viral-rumour-spread = Ton partage atteint 40 enfants en une heure. Maintenant, le petit frère de { $friend } demande à quelle hauteur empiler les chaises. Plein de gens croient le faux streamer.
content-the-viral-rumour-spread-choice = Oh oh. Le message se répand vite, et des enfants plus jeunes y croient. Il n’est pas trop tard pour aider. Que vas-tu faire ?
content-the-viral-rumour-choice-delete-and-tell = Supprimer mon partage et en parler à un adulte de confiance
content-the-viral-rumour-feedback-delete-and-tell = C’est courageux ! Tout le monde partage parfois quelque chose par erreur. Ce qui compte, c’est de réparer et de demander de l’aide. Les adultes peuvent prévenir toute l’école.
content-the-viral-rumour-choice-delete-only = Supprimer mon partage et espérer que ça s’arrête
content-the-viral-rumour-feedback-delete-only = Supprimer ton partage, c’est un bon début. Mais plein d’enfants l’ont déjà vu. Un adulte de confiance peut les prévenir que c’est faux et dangereux.
content-the-viral-rumour-choice-leave-it = Le laisser. C’est juste une blague.
content-the-viral-rumour-feedback-leave-it = Une occasion d’apprendre : une blague n’est plus drôle quand quelqu’un la copie et se blesse. Tu as le droit de changer d’avis et de demander de l’aide.

content-the-viral-rumour-teacher-helps-late = Merci de m’en avoir parlé. Je sais que ce n’était pas facile, et tu n’auras pas d’ennuis. Je vais prévenir les autres classes que c’est faux, et on va protéger tout le monde.

content-the-viral-rumour-end-safe = Tu as vérifié les faits et demandé de l’aide avant que quelqu’un se blesse. Un vrai réflexe de super-héros du Net !
content-the-viral-rumour-end-mixed = Une partie du problème s’est arrêtée, mais le défi circule toujours et aucun adulte n’est au courant. En parler à un adulte de confiance aide à arrêter les défis dangereux pour tout le monde.
content-the-viral-rumour-end-recovered = Ça s’est compliqué, mais tu as redressé la situation en demandant de l’aide. Il fallait du courage ! La prochaine fois, arrête-toi et réfléchis avant de partager ou de filmer.
content-the-viral-rumour-end-harmful = Le faux défi continue de circuler, et d’autres enfants pourraient l’essayer. Il n’est jamais trop tard : parles-en à un adulte de confiance, il peut aider à l’arrêter.
