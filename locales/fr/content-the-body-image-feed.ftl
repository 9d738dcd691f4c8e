# Contenus / valeurs : Le fil sur l'apparence (16-18 ans)

content-the-body-image-feed-title = Le fil sur l’apparence
content-the-body-image-feed-summary = Ton fil n’affiche soudain plus que des « glow-ups » et des transformations, et ça commence à te peser, à toi et à quelqu’un de proche.
content-the-body-image-feed-remember = Filtres, retouches et posts payés, ce n’est pas la vraie vie. Trie ton fil, protège ton sommeil, et parle à un adulte de confiance si ça te pèse, à toi ou à quelqu’un de proche.

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = @GlowWithKai
content-the-body-image-feed-influencer-lexi = @LexiLevelsUp
content-the-body-image-feed-influencer-sol = @SolTransforms

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = Mme Adeyemi, psy du lycée

content-the-body-image-feed-intro = Il est 1 h du matin. La semaine dernière, tu as regardé une seule vidéo de sport sur { $app }. Désormais, tout ton fil n’est que « transformations », et tu fais défiler depuis une heure. Regardons ce qu’il te montre.
content-the-body-image-feed-post = Il y a 30 jours vs aujourd’hui. Même moi, énergie toute neuve ! Rejoins mon Glow-Up de 30 jours et tague 3 potes qui en ont besoin. Le programme complet est dans ma bio.

content-the-body-image-feed-spot = Impressionnant, non ? C’est le but. Touche tout ce qui rend ce post moins réel qu’il n’en a l’air.
content-the-body-image-feed-card-title = { $influencer }, sponsorisé
content-the-body-image-feed-card-body = Deux photos côte à côte : « Jour 1 », dos voûté sous une lumière grise, et « Jour 30 », pose étudiée sous une lumière dorée.
content-the-body-image-feed-part-photo = Photo « Jour 30 » : peau éclatante, et un encadrement de porte qui se tord
content-the-body-image-feed-feedback-photo = Oui. Un arrière-plan déformé signifie que le corps a été remodelé avec une appli de retouche, et une peau parfaite cache souvent un filtre. La lumière, la pose et l’angle suffisent à changer l’apparence d’un corps.
content-the-body-image-feed-part-sponsored = Petit texte sous le nom : « Partenariat rémunéré avec Corevita Labs »
content-the-body-image-feed-feedback-sponsored = Bien vu. « Partenariat rémunéré » veut dire que cette personne est payée pour te vendre quelque chose. Toute l’histoire est une pub, et les pubs montrent la meilleure version de la vérité.
content-the-body-image-feed-part-claim = « Résultats garantis en 30 jours, ou remboursé ! »
content-the-body-image-feed-feedback-claim = Exact. Personne ne peut garantir comment un corps va changer : gènes, âge et santé diffèrent pour chacun. « Garanti », c’est un argument de vente, pas une preuve.
content-the-body-image-feed-part-link = « Mon programme en bio : -40 %, aujourd’hui seulement »
content-the-body-image-feed-feedback-link = Oui : une réduction qui se termine aujourd’hui est conçue pour te presser. Quand quelqu’un vend un programme, son « avant-après » est aussi un argument de vente.
content-the-body-image-feed-part-gym = Un rack de poids en arrière-plan
content-the-body-image-feed-feedback-gym = Pas un indice. Bouger et aller à la salle de sport, c’est super. Le problème, ce sont les retouches, les pubs et l’idée que ton corps serait une photo « avant ».
content-the-body-image-feed-part-follow = Bouton S’abonner à côté du nom
content-the-body-image-feed-feedback-follow = Pas un indice. Chaque compte a un bouton S’abonner, honnête ou pas. Ce qui compte, c’est ce que la publication vend, et comment les photos ont été faites.
content-the-body-image-feed-part-likes = 2 143 j’aime, et les boutons commenter et partager
content-the-body-image-feed-feedback-likes = Pas un indice en soi. Les j’aime montrent qu’une publication est populaire, pas qu’elle est vraie : les photos retouchées en ont souvent le plus. Populaire et vrai, ce n’est pas pareil.
content-the-body-image-feed-pic-sponsored = Partenariat rémunéré avec Corevita Labs
content-the-body-image-feed-pic-likes = 2 143
content-the-body-image-feed-pic-day1 = Jour 1
content-the-body-image-feed-pic-day30 = Jour 30
content-the-body-image-feed-pic-claim = Résultats garantis en 30 jours, ou remboursé !
content-the-body-image-feed-pic-link = Mon programme en bio : -40 % juste aujourd’hui

content-the-body-image-feed-challenge = je fais le glow-up de 30 jours !! un selfie de progrès par jour, et on se note. tu le fais avec moi ? on se compare chaque jour
content-the-body-image-feed-choice-join = Je le fais avec toi, comme ça on se lance ensemble, toi et moi.
content-the-body-image-feed-feedback-join = Une occasion d’apprendre : accompagner quelqu’un, c’est gentil, mais des notes chaque jour transforment vos deux corps en compétition. Être là pour quelqu’un, c’est parfois dire « et si on ne le faisait pas ? ».
content-the-body-image-feed-choice-pass = Je passe. Regarde, la porte est tordue sur la photo « après ».
content-the-body-image-feed-feedback-pass = Gentil et honnête. Montrer la retouche donne à { $friend } une raison de passer aussi, et refuser de noter des corps garde la comparaison hors de votre amitié.
content-the-body-image-feed-choice-maybe = Peut-être plus tard. Ce soir, j’ai plus la force de décider.
content-the-body-image-feed-feedback-maybe = Ne pas te lancer ce soir, c’était bien, et la fatigue, c’est réel. Mais « peut-être » laisse la porte ouverte, et { $friend } risque d’y aller sans toi. Un non clair avec une raison aide chacun de vous.

content-the-body-image-feed-friend-thinks = attends, la porte est vraiment tordue ?? c’est flippant. franchement, depuis que ces vidéos ont envahi mon fil, j’ai une image horrible de moi.
content-the-body-image-feed-tagged = { $friend } commence sans toi et t’identifie dans chaque selfie. À 1 h 30, tu te compares à chacun d’eux, et à { $influencer }.
content-the-body-image-feed-rated = Jour 3. Tes selfies sont publics, chacun tagué à ta salle de sport. Commentaires : « toujours pas de changement ? » Tu compares tes photos à celles de { $influencer }. Il est 2 h du matin et tu vérifies encore.

content-the-body-image-feed-curate = Ton fil apprend de ce que tu regardes, donc tu peux lui apprendre autre chose. Il est presque 2 h du matin. Que fais-tu ?
content-the-body-image-feed-choice-unfollow = Je me désabonne de deux comptes, ça aidera. Puis je continue.
content-the-body-image-feed-feedback-unfollow = Se désabonner, c’est un début. Mais le fil apprend de ce que tu regardes, pas de qui tu suis : continuer à faire défiler ramène les mêmes vidéos. Apprends-lui, puis dors.
content-the-body-image-feed-choice-buy = J’achète le programme à -40 %. Une nouvelle version de moi cet été.
content-the-body-image-feed-feedback-buy = Une occasion d’apprendre : « aujourd’hui seulement » est fait pour te presser, et un programme vendu par quelqu’un de payé n’est pas un conseil santé. Un médecin, l’infirmerie scolaire ou un psy, si.
content-the-body-image-feed-choice-reset = « Pas intéressé » partout, puis téléphone éteint jusqu’au matin.
content-the-body-image-feed-feedback-reset = Tu reprends la main. « Pas intéressé » apprend au fil ce que tu ne veux pas voir, et le sommeil te remet d’aplomb. Un cerveau fatigué encaisse bien plus mal ces images.
content-the-body-image-feed-reset-done = Pour une fois, tu dors vraiment. Le lendemain, ton fil montre de la cuisine, de l’escalade et un chien sur un skate. Beaucoup mieux.
content-the-body-image-feed-same-again = Dix minutes plus tard, de nouveaux comptes comblent le vide avec les mêmes vidéos. Le fil a appris de combien de temps tu regardais, pas de qui tu suis. Tu t’endors à 3 h.
content-the-body-image-feed-plan-bought = Le « programme » est un fichier d’exercices trouvables gratuitement, plus un abonnement mensuel que tu n’avais pas vu. Les alertes commencent à 6 h : « Ne casse pas ta série ! »
content-the-body-image-feed-pic-alarm-time = 6:00
content-the-body-image-feed-pic-streak = Ne casse pas ta série !
content-the-body-image-feed-pic-plan-title = Glow-Up de 30 jours
content-the-body-image-feed-pic-renews = Ton programme se renouvelle chaque mois.

content-the-body-image-feed-next-day = je peux te dire un truc ? j’arrête pas de me comparer à ces vidéos. je déteste toutes mes photos maintenant. le dis à personne stp
content-the-body-image-feed-choice-together = Ça arrive à plein de monde. On va voir Mme Adeyemi à midi ?
content-the-body-image-feed-feedback-together = Ça, c’est une vraie amitié. Ce genre de ressenti mérite d’être confié à un adulte de confiance, et y aller ensemble rend ça plus facile. Un psy aide sans juger.
content-the-body-image-feed-choice-promise = Je ne dirai rien, promis. Tu peux toujours me parler à moi.
content-the-body-image-feed-feedback-promise = Écouter, c’est gentil, et { $friend } t’a fait confiance. Mais on ne peut pas porter ça à sa place. Quand quelqu’un va mal, impliquer un adulte de confiance, ce n’est pas trahir sa confiance.
content-the-body-image-feed-choice-plan-together = Pareil. On prend ce programme ensemble et on se motive à deux.
content-the-body-image-feed-feedback-plan-together = Une occasion d’apprendre : un programme vendu par une pub ne réglera pas ce que ressent { $friend }, et le faire ensemble double la comparaison. Ce ressenti mérite une vraie personne à qui parler.
content-the-body-image-feed-counsellor-talk = Merci à vous deux de m’en parler. Ces fils sont conçus pour vous garder devant l’écran, et beaucoup de ces corps sont retouchés ou payés. On va trouver du soutien ensemble, étape par étape.
content-the-body-image-feed-promise-kept = Une semaine plus tard, { $friend } annule ses sorties et passe toutes ses soirées sur le fil. « Ça va », dit { $friend }. Ça n’a pas l’air d’aller.
content-the-body-image-feed-signed-up = Vous vous inscrivez ensemble. Vendredi, vous comparez vos progrès, les alertes de 6 h disent « Ne casse pas ta série ! », et vous vous sentez encore plus mal.

content-the-body-image-feed-week-later = { $friend } t’a demandé de garder le secret, et une semaine plus tard, ça ne va pas mieux. Que fais-tu ?
content-the-body-image-feed-choice-keep-word = Je tiens parole. Si on me dit que ça va, je dois faire confiance.
content-the-body-image-feed-feedback-keep-word = Une occasion d’apprendre : tenir une promesse paraît loyal, mais certains secrets sont trop lourds pour des amis. Il n’est jamais trop tard pour en parler ensemble à un adulte de confiance.
content-the-body-image-feed-choice-see-counsellor = Je vais voir Mme Adeyemi aujourd’hui, et je préviens { $friend }.
content-the-body-image-feed-feedback-see-counsellor = C’est prendre soin, pas trahir. Personne ne devrait cacher à des adultes de confiance quelque chose qui lui fait du mal. Le dire à { $friend } garde les choses honnêtes.
content-the-body-image-feed-counsellor-friend = Merci de m’en avoir parlé. Tu n’as pas trahi { $friend } : tu as pris soin de cette amitié. Je vais lui parler aujourd’hui, doucement, et on trouvera du soutien ensemble.
content-the-body-image-feed-alone-again = Tu gardes le secret. { $friend } parle de moins en moins, et le fil continue de tourner à 2 h du matin, pour vous deux.

content-the-body-image-feed-sango-checks = Je m’inquiète pour toi. Te sentir plus mal n’est pas ta faute : ces fils sont conçus pour te faire croire que tu n’es pas assez. Que fais-tu maintenant ?
content-the-body-image-feed-choice-delete-quiet = Je supprime l’appli une semaine et je garde tout ça pour moi.
content-the-body-image-feed-feedback-delete-quiet = Une pause loin de l’appli, c’est un bon pas. Mais la pression ne part pas toujours avec elle, et tu portes ça sans soutien. En parler à quelqu’un aide la pause à tenir.
content-the-body-image-feed-choice-talk-late = Je me déconnecte, et demain, première heure, je vois Mme Adeyemi.
content-the-body-image-feed-feedback-talk-late = C’est de la force, pas de la faiblesse. Un adulte de confiance peut t’aider à annuler tout abonnement, et un médecin, l’infirmerie scolaire ou un psy peut t’aider avec ce que tu ressens.
content-the-body-image-feed-choice-keep-going = Je continue. Les résultats prennent du temps, arrêter n’aidera pas.
content-the-body-image-feed-feedback-keep-going = Une occasion d’apprendre : quand un fil te fait te sentir plus mal, en voir plus ne réglera rien. Ton corps n’est pas un projet à prouver en ligne, et il n’est jamais trop tard pour en parler.
content-the-body-image-feed-talk-late = Je suis vraiment contente que tu sois là, et tu n’as aucun ennui. Ces fils sont conçus pour t’accrocher. On va régler ton fil et tes alertes, annuler tout abonnement, et trouver du soutien ensemble.
content-the-body-image-feed-app-back = Quatre jours plus tard, tu la réinstalles « juste pour voir ». Le fil reprend exactement là où il s’était arrêté, et la comparaison aussi.
content-the-body-image-feed-spiral = Tu continues. Le scroll, la comparaison et les nuits courtes prennent de plus en plus de place dans tes journées, et tu te sens plus mal, pas mieux.

content-the-body-image-feed-back-again = La pause n’a pas tenu. C’est fréquent : ces fils sont conçus pour te faire revenir. Et maintenant ?
content-the-body-image-feed-choice-on-my-own = Pas besoin d’aide. Je vais juste moins scroller, c’est tout.
content-the-body-image-feed-feedback-on-my-own = Une occasion d’apprendre : la volonté seule bat rarement une appli conçue par des experts pour capter ton attention. Il n’est jamais trop tard pour parler à quelqu’un de confiance.
content-the-body-image-feed-choice-tell-counsellor = Je vais voir Mme Adeyemi et lui expliquer ce que ce fil me fait.
content-the-body-image-feed-feedback-tell-counsellor = Courageux et malin. Un psy, un médecin ou l’infirmerie scolaire peut t’aider à casser cette emprise pour de bon, et avoir besoin d’aide ne veut pas dire que tu as échoué.

content-the-body-image-feed-end-safe = Tu as vu au-delà des filtres et des pubs, et tu as aidé { $friend } à trouver quelqu’un qui peut vraiment aider. Aucun de vous n’est une photo « avant ».
content-the-body-image-feed-end-mixed = Tu as tenu parole, mais { $friend } va toujours mal et aucun adulte n’est au courant. Il n’est pas trop tard : un psy, un médecin ou l’infirmerie scolaire peut aider, et vous pouvez y aller ensemble.
content-the-body-image-feed-end-recovered = Le fil a pris le dessus, puis tu as réparé : tu as pris du recul et parlé à quelqu’un qui pouvait aider. C’est de la force, et tes nuits t’appartiennent à nouveau.
content-the-body-image-feed-end-harmful = Le fil et la comparaison prennent de plus en plus de place dans ta vie. Ce n’est pas ta faute : ces fils sont conçus comme ça. Il n’est jamais trop tard pour parler à un adulte de confiance, qui t’aidera.

# Mon téléphone : les tags de la salle de sport sur les selfies.
content-the-body-image-feed-trace-gym = Tes selfies glow-up : publics, chacun tagué à ta salle de sport.
content-the-body-image-feed-trace-gym-advice = N’importe qui peut voir où tu t’entraînes et à quelle heure tu y vas d’habitude. Retire les tags et coupe la localisation de tes posts.
