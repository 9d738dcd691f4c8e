# Contenu / valeurs : La rumeur virale (9-12 ans)

content-the-viral-rumour-title = La rumeur virale
content-the-viral-rumour-summary = Un message sur un défi risqué circule à l’école. Sauras-tu le vérifier, l’empêcher de circuler et protéger tout le monde ?
content-the-viral-rumour-remember = Arrête-toi et vérifie avant de croire ou de partager, même pour prévenir les autres. Si un défi peut blesser quelqu’un, va chercher tout de suite un adulte de confiance.

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = M. Silva
content-the-viral-rumour-npc-adult = { $adult }

# Variété : à chaque partie, une option de chaque variable de `vary` est choisie.
content-the-viral-rumour-challenge-mega-dare = défi Méga
content-the-viral-rumour-challenge-ninja-dare = défi Ninja
content-the-viral-rumour-challenge-level-99 = défi Niveau 99
content-the-viral-rumour-adult-mum = Maman
content-the-viral-rumour-adult-dad = Papa
content-the-viral-rumour-adult-gran = Mamie

content-the-viral-rumour-intro = Coucou, c’est moi, Sango ! C’est vendredi soir et la discussion de ta classe s’agite. Voyons de quoi tout le monde parle.
content-the-viral-rumour-video-skipped = { $friend } a partagé une vidéo d’une cascade risquée. Je saute la vidéo : tu n’as pas besoin de la voir. Lisons plutôt le message qui l’accompagne.

content-the-viral-rumour-maya = Regarde !! Un streamer célèbre dit que tous les enfants doivent faire le { $challenge } ce week-end. Partage dans l’heure, sinon t’es NUL !
content-the-viral-rumour-pic-account = famous.streamer.official
content-the-viral-rumour-pic-caption = Tous les enfants doivent faire le { $challenge } !
content-the-viral-rumour-pic-share-1-hour = Partage dans l’heure, sinon t’es NUL !
content-the-viral-rumour-choice-share-warning = Je partage, mais avec « FAUX ! N’essayez pas ! » en haut.
content-the-viral-rumour-feedback-share-warning = Bien vu, le danger ! Mais partager un avertissement partage aussi la vidéo, et certains la regardent juste pour voir. Le meilleur avertissement ne fait pas circuler le message.
content-the-viral-rumour-choice-check-first = Attends. Qui a fait ça ? Je ne partage rien pour l’instant.
content-the-viral-rumour-feedback-check-first = Super réflexe de détective ! Les messages qui te pressent, comme « partage dans l’heure ! », sont souvent faux. Vérifier qui l’a fait avant de partager arrête les rumeurs.
content-the-viral-rumour-choice-share-now = Je partage vite ! Pas question que ce soit moi le NUL.
content-the-viral-rumour-feedback-share-now = Une occasion d’apprendre : le message te pressait, et presser est une astuce pour t’empêcher de réfléchir. Partager avant de vérifier peut répandre quelque chose de faux ou de dangereux.

content-the-viral-rumour-warned = Ton avertissement circule vite, mais il emporte la vidéo avec lui. Dimanche, des élèves d’autres classes la regardent « pour voir ce qui est faux ».
content-the-viral-rumour-checked = Jouons aux détectives ! Le compte n’a pas de vrai nom et n’a qu’un jour. La vraie page du streamer dit : « Ce n’est pas moi. N’essayez pas, s’il vous plaît. » C’est faux.
content-the-viral-rumour-pic-joined = Inscription : il y a 1 jour
content-the-viral-rumour-pic-not-me = Ce n’est pas moi. N’essayez pas, s’il vous plaît.

content-the-viral-rumour-sort = Beau travail de détective ! Pendant le week-end, d’autres messages arrivent dans la discussion de ta classe. Où va chacun d’eux ?
content-the-viral-rumour-post-rumour-from = Jo Martin
content-the-viral-rumour-post-rumour = L’ami de mon cousin dit qu’à partir du mois prochain, on finira à midi tous les vendredis, parce que les profs ont besoin de plus de temps pour leurs réunions ! Trop hâte !
content-the-viral-rumour-post-rumour-why = Celui-ci, mieux vaut le vérifier d’abord : l’ami d’un cousin, ce n’est pas une vraie source. Un prof ou la page de l’école peut te dire si c’est vrai.
content-the-viral-rumour-post-school-from = École des Collines
content-the-viral-rumour-post-school = Super nouvelle ! Notre classe a gagné le concours de lecture de la ville : on va au musée des sciences la semaine prochaine. Les lettres arrivent lundi : partagez ce message avec vos familles !
content-the-viral-rumour-post-school-why = Tu peux le partager ! Il vient de la page de l’école, la lettre de lundi dira pareil, et c’est une bonne nouvelle pour toute la classe. Vérifier, ce n’est pas douter de tout.
content-the-viral-rumour-post-mean-from = class5.laughs
content-the-viral-rumour-post-mean = Regardez cette photo de { $classmate } qui tombe dans la boue au foot, mdr ! Envoyez-la partout pour que toute l’école la voie.
content-the-viral-rumour-post-mean-why = Pas celui-là : il est fait pour se moquer de { $classmate }, et ce moment lui appartient, pas à nous. Le laisser s’arrêter chez toi, c’est gentil.
content-the-viral-rumour-post-cat-from = { $friend }
content-the-viral-rumour-post-cat = Un immense merci à { $classmate }, qui a cherché mon chat avec moi tout l’après-midi ! On l’a trouvé endormi dans un pot de fleurs. Tu es génial !
content-the-viral-rumour-post-cat-why = Tu peux le partager : c’est gentil, c’est vrai, et { $friend } l’a publié pour que tout le monde le voie. Les messages gentils sur les camarades méritent de circuler.
content-the-viral-rumour-post-chain-from = Équipe de l’appli (officiel)
content-the-viral-rumour-post-chain = Message de l’équipe de l’appli : dès lundi, cette appli deviendra payante, sauf si tu envoies ce message à 10 amis ce soir. Fais-le passer, s’il te plaît !
content-the-viral-rumour-post-chain-why = Ce message n’est pas vrai, même avec « officiel » dans le nom : les applis n’annoncent rien par des chaînes, et « envoie-le à 10 amis », c’est juste comme ça qu’elles circulent. Il peut s’arrêter avec toi.

content-the-viral-rumour-shared = Ton partage atteint 40 enfants en une heure. Le petit frère de { $friend } demande s’il peut essayer aussi. Plein de gens croient le faux streamer.
content-the-viral-rumour-pic-seen-40 = Vu par 40
content-the-viral-rumour-pic-can-i-try = Je peux essayer aussi ?

content-the-viral-rumour-monday = Lundi. Tout le monde parle encore du { $challenge }. À la récré, { $classmate } dit qu’il va l’essayer après l’école.
content-the-viral-rumour-monday-trust = Tu étais de mon côté quand cette photo de bébé a circulé. Après le { $challenge }, plus personne ne me traitera de bébé !
content-the-viral-rumour-monday-baby = Depuis cette photo, tout le monde m’appelle « le bébé ». Après le { $challenge }, ils verront que je n’en suis pas un !
content-the-viral-rumour-baby-choice = Cette photo de bébé poursuit toujours { $classmate }. Tu as participé quand elle a circulé, et tout le monde se trompe parfois. Il n’est pas trop tard pour réparer ta part. Que fais-tu ?
content-the-viral-rumour-choice-baby-own-up = Je m’excuse auprès de { $classmate }, puis j’avoue tout à M. Silva.
content-the-viral-rumour-feedback-baby-own-up = C’est comme ça qu’on répare ! Avouer demande du courage, et M. Silva peut faire supprimer la photo et aider { $classmate }. Réparer une erreur, c’est ce qui compte.
content-the-viral-rumour-choice-baby-sorry = Je m’excuse auprès de { $classmate }, juste entre nous deux.
content-the-viral-rumour-feedback-baby-sorry = S’excuser, c’est courageux, et ça compte pour { $classmate } ! Mais la photo circule toujours, et un prof peut aider à l’arrêter pour tout le monde.
content-the-viral-rumour-choice-baby-quiet = Rien. Aucun prof ne l’a jamais su, alors c’est fini maintenant.
content-the-viral-rumour-feedback-baby-quiet = Une occasion d’apprendre : une erreur que personne n’a découverte peut encore faire mal. On traite toujours { $classmate } de bébé, et un prof peut aider à arrêter ça. Il n’est jamais trop tard pour avouer.
content-the-viral-rumour-baby-silva = Merci pour ton honnêteté. Il faut du courage, et tu n’as pas d’ennuis. Je vais faire supprimer cette photo, et je garderai un œil sur { $classmate }.
content-the-viral-rumour-baby-sorry = Merci. Ça compte beaucoup. Mais les gens font encore tourner cette photo.
content-the-viral-rumour-baby-quiet = Tu ne dis rien. À la table d’à côté, quelqu’un chuchote « bébé », et { $classmate } fixe le sol.
content-the-viral-rumour-ben = Viens me filmer en train de faire le { $challenge } après l’école ! Ça va faire plein de likes !
content-the-viral-rumour-choice-film-ben = OK, je filme. Mais je ne le publierai nulle part.
content-the-viral-rumour-feedback-film-ben = Une occasion d’apprendre : une caméra et un public peuvent pousser quelqu’un à aller plus loin. Ne pas publier ne rend pas la cascade moins dangereuse pour { $classmate }.
content-the-viral-rumour-choice-warn-ben = Pas question. Je te dis que c’est faux.
content-the-viral-rumour-feedback-warn-ben = Bien vu, le danger, et tu l’as dit ! Mais { $classmate } pourrait quand même essayer. Un prof peut s’assurer que personne ne se blesse.
content-the-viral-rumour-choice-find-teacher = Je vais chercher M. Silva, tout de suite.
content-the-viral-rumour-feedback-find-teacher = Courageux et malin ! Aller chercher un adulte quand quelqu’un peut se blesser, ce n’est pas cafarder. Ça protège { $classmate }, et c’est à ça que servent les adultes de confiance.

content-the-viral-rumour-filmed = Après l’école, { $classmate } essaie. Il glisse et tombe lourdement. Ça va, juste un genou écorché, mais tout le monde se tait. La vidéo est sur ton téléphone.
content-the-viral-rumour-walked-off = { $classmate } hausse les épaules : « Tant pis, quelqu’un d’autre filmera. » Après l’école, un groupe se forme près du portail, téléphones sortis.
content-the-viral-rumour-teacher-helps = Merci de me l’avoir dit. Ce n’est pas cafarder : tu as peut-être évité que quelqu’un se blesse. Je vais parler à { $classmate } et prévenir les autres classes que c’est faux.

content-the-viral-rumour-crowd = { $classmate } va essayer, et personne ne l’arrête. Que fais-tu ?
content-the-viral-rumour-choice-go-home = Je rentre. J’ai déjà dit à { $classmate } que c’est une mauvaise idée.
content-the-viral-rumour-feedback-go-home = Une occasion d’apprendre : prévenir { $classmate } était un bon début, mais il va quand même essayer. Quand quelqu’un peut se blesser, va chercher un adulte, même si tu as déjà parlé.
content-the-viral-rumour-choice-get-adult = Je file chercher l’adulte le plus proche, vite.
content-the-viral-rumour-feedback-get-adult = Bonne réaction ! Un adulte peut arrêter ça comme les enfants ne le peuvent pas. Aller chercher de l’aide quand quelqu’un peut se blesser, ce n’est jamais cafarder.
content-the-viral-rumour-choice-film-crowd = Je reste et je filme. Ça aidera si ça tourne mal.
content-the-viral-rumour-feedback-film-crowd = Une occasion d’apprendre : filmer peut sembler utile, mais un public avec des téléphones pousse à aller plus loin. Si ça peut mal tourner, va chercher un adulte, pas une caméra.

content-the-viral-rumour-went-home = Tu rentres chez toi. Plus tard, tu apprends qu’un parent est passé et a tout arrêté, donc personne ne s’est blessé cette fois. Mais le { $challenge } circule toujours.
content-the-viral-rumour-adult-stops = Merci de m’avoir prévenu si vite. Ce n’est pas cafarder, c’est protéger les autres. Tout le monde à l’intérieur, s’il vous plaît. On va parler des faux défis.
content-the-viral-rumour-filmed-crowd = { $classmate } essaie. Il glisse et tombe lourdement. Ça va, juste un genou écorché, mais tout le monde se tait. Ta vidéo tourne encore.

content-the-viral-rumour-wobble-choice = Ouf, { $classmate } va bien, mais c’était moins une. La vidéo est sur ton téléphone, et elle pourrait donner envie à d’autres d’essayer. Et maintenant ?
content-the-viral-rumour-choice-show-silva = Je la garde hors ligne et je vais voir M. Silva.
content-the-viral-rumour-feedback-show-silva = C’est comme ça qu’on rattrape les choses ! Hors ligne, personne ne la copie, et M. Silva peut prendre des nouvelles de { $classmate } et prévenir l’école.
content-the-viral-rumour-choice-blur-post = Je la publie, mais avec le visage de { $classmate } flouté.
content-the-viral-rumour-feedback-blur-post = Une occasion d’apprendre : flouter cache un visage, pas la cascade. D’autres la voient et veulent la copier, et les copains savent quand même que c’est { $classmate }.
content-the-viral-rumour-choice-delete-quiet = Je l’efface et je me tais. { $classmate } va bien, maintenant.
content-the-viral-rumour-feedback-delete-quiet = Une occasion d’apprendre : l’effacer était gentil pour { $classmate }. Mais le défi circule toujours, et seul un adulte peut prévenir tout le monde avant que quelqu’un d’autre se blesse.

content-the-viral-rumour-silva-late = Merci de me l’avoir dit. Tu n’as pas d’ennuis. Je vais prendre des nouvelles de { $classmate }, et prévenir les autres classes que le { $challenge } est faux et dangereux.
content-the-viral-rumour-blurred = Même flouté, tout le monde sait que c’est { $classmate }. La vidéo est partagée, et des enfants commentent : « Je peux faire mieux ! »
content-the-viral-rumour-deleted-quiet = La vidéo a disparu, { $classmate } va bien, et tout se calme un moment. Mais aucun adulte n’est au courant, et le { $challenge } circule toujours.

content-the-viral-rumour-spread-choice = Oh oh. Le message se répand vite, et des plus petits y croient. Il n’est pas trop tard pour aider. Que vas-tu faire ?
content-the-viral-rumour-choice-sorry-post = J’efface et je poste « Pardon, c’est faux ! »
content-the-viral-rumour-feedback-sorry-post = Effacer ton partage et le reconnaître, c’était courageux ! Mais plein d’enfants ont déjà vu le message. Un adulte de confiance peut prévenir les familles et l’école, et le signaler.
content-the-viral-rumour-choice-leave-it = Je laisse tomber. Si je le dis, je vais avoir des ennuis.
content-the-viral-rumour-feedback-leave-it = Une occasion d’apprendre : tout le monde partage un jour quelque chose par erreur. En parler, ce n’est pas pour avoir des ennuis, c’est pour que les plus petits ne se blessent pas.
content-the-viral-rumour-choice-show-adult = J’efface mon partage, puis je vais montrer le message à { $adult }.
content-the-viral-rumour-feedback-show-adult = C’est courageux ! Réparer une erreur et demander de l’aide, c’est ce qui compte. Un adulte de confiance peut prévenir d’autres familles et signaler le faux message.

content-the-viral-rumour-sorry-posted = Quelques enfants répondent « ah ok ». Mais le premier message circule toujours, et le petit frère de { $friend } veut toujours essayer.
content-the-viral-rumour-left-up = Le faux message continue de se répandre. Lundi, des enfants de trois écoles parlent d’essayer le { $challenge }.
content-the-viral-rumour-adult-late = Merci de me le montrer. Tu n’as pas d’ennuis, et c’est quelqu’un d’autre qui a fabriqué ce faux. Je vais prévenir l’école et la famille de { $friend }, et on va signaler le message.

content-the-viral-rumour-spread-still = Tes excuses ont un peu aidé. Mais des plus petits croient encore au faux. Et maintenant ?
content-the-viral-rumour-choice-friend-watch = Je dis à { $friend } de bien garder son petit frère loin de ça.
content-the-viral-rumour-feedback-friend-watch = Une occasion d’apprendre : { $friend } ne peut pas surveiller tous les téléphones. Les adultes peuvent prévenir les familles, l’école et l’appli, tout à la fois.
content-the-viral-rumour-choice-up-to-them = J’ai dit pardon. Le reste, c’est l’affaire des autres.
content-the-viral-rumour-feedback-up-to-them = Une occasion d’apprendre : tes excuses étaient un super début. Mais le faux atteint encore des plus petits, et un adulte peut l’arrêter pour tout le monde.
content-the-viral-rumour-choice-show-adult-now = Je montre à { $adult } le message, et ce qu’a dit le petit.
content-the-viral-rumour-feedback-show-adult-now = Bien pensé ! Montrer le message aide { $adult } à agir vite. Aller voir un adulte de confiance, ce n’est pas s’attirer des ennuis : c’est réparer.

content-the-viral-rumour-friend-watched = { $friend } essaie de surveiller son petit frère. Mais la vidéo est sur plein de téléphones, impossible de tous les surveiller.
content-the-viral-rumour-still-spreading = Le faux continue de circuler. Le petit frère de { $friend } parle encore du { $challenge }, et aucun adulte n’est au courant.
content-the-viral-rumour-adult-last = Merci de me l’avoir montré. Tu as réparé les choses, et il faut du courage pour ça. Je vais parler à la famille de { $friend } et à l’école, et on va signaler le faux message.

content-the-viral-rumour-end-safe = Tu ne t’es pas fait avoir par le faux { $challenge }, et tu as prévenu un adulte de confiance avant que quelqu’un se blesse. Bravo, détective du web !
content-the-viral-rumour-end-mixed = Personne ne s’est gravement blessé cette fois. Mais aucun adulte de confiance n’est au courant du faux { $challenge }, et il circule toujours. Ça pourrait recommencer.
content-the-viral-rumour-end-recovered = Tu as fait une erreur, puis tu as réparé : le message ne circule plus par toi, et un adulte de confiance est au courant. Les grands peuvent prévenir tout le monde. Ça demande du courage !
content-the-viral-rumour-end-harmful = Le faux { $challenge } continue de circuler, et d’autres enfants pourraient essayer. Ce n’est pas ta faute si quelqu’un a fabriqué un faux. Il n’est jamais trop tard : parles-en à un adulte de confiance, il t’aidera.
