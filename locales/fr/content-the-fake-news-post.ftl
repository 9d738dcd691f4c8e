# Contenus / valeurs : La fausse info (13-15 ans)

content-the-fake-news-post-title = La fausse info
content-the-fake-news-post-summary = Une publication virale affirme qu’un médecin célèbre a trouvé un remède miracle, et quelqu’un de ton groupe d’amis veut que tout le monde la partage.
content-the-fake-news-post-remember = Avant de partager, vérifie qui est derrière une publication et ce que disent des sources fiables. Corrige tes amis avec gentillesse, et signale les fausses publications.

content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
content-the-fake-news-post-name-nia = Nia
content-the-fake-news-post-name-tomas = Thomas
content-the-fake-news-post-name-priya = Naïma
content-the-fake-news-post-name-drtruth = DrTruth_Official
content-the-fake-news-post-name-healthsecrets = health.secrets.now
content-the-fake-news-post-name-naturalfix = TheNaturalFix_
content-the-fake-news-post-doctor-osei = Dre Amara Osei
content-the-fake-news-post-doctor-lenz = Dr Paul Lenz
content-the-fake-news-post-doctor-chen = Dre Mei Chen
content-the-fake-news-post-adult-mum = Maman
content-the-fake-news-post-adult-dad = Papa
content-the-fake-news-post-adult-uncle = Tonton Rafi

content-the-fake-news-post-intro = Samedi après-midi. Tu fais défiler { $app } quand une publication partagée 80 000 fois apparaît. { $friend } l’a déjà partagée dans le groupe de ta classe.
content-the-fake-news-post-the-post = OMG lisez ça !! Ma tante est malade depuis des mois, elle en a BESOIN. Partagez tous, ça pourrait sauver des vies !!

content-the-fake-news-post-spot = Grandes promesses, grandes émotions. Avant d’y croire, touche tout ce qui trahit cette publication.
content-the-fake-news-post-card-title = { $account }
content-the-fake-news-post-card-body = { $doctor }, médecin vu à la télé, affirme : « Ne buvez que du Glow Tonic pendant 3 jours et vous ne tomberez plus jamais malade. »
content-the-fake-news-post-part-account = { $account } - compte créé il y a 6 jours
content-the-fake-news-post-feedback-part-account = Un compte tout neuf avec une énorme nouvelle sur la santé, c’est un signal d’alerte. Les vrais médecins et services de santé ont un historique que tu peux vérifier.
content-the-fake-news-post-part-date = Publié aujourd’hui, 16 h 02
content-the-fake-news-post-feedback-part-date = Pas un indice en soi : les vraies comme les fausses publications ont une date. Qui l’a publiée, et ce que disent d’autres sources, ça compte bien plus.
content-the-fake-news-post-part-photo = Photo : { $doctor } tout sourire, tenant une bouteille de Glow Tonic
content-the-fake-news-post-feedback-part-photo = Regarde de plus près : la main et la bouteille ne collent pas. Une recherche d’image inversée retrouve la photo d’origine, sans aucune bouteille.
content-the-fake-news-post-part-link = Ton kit 3 jours : glowtonic-shop.biz, seulement 24,99 !
content-the-fake-news-post-feedback-part-link = La publication vend quelque chose. Un remède miracle avec un lien vers une boutique, c’est généralement une pub déguisée en info.
content-the-fake-news-post-part-wording = Les médecins ne veulent PAS qu’on le sache ! Partagez avant la CENSURE !!!
content-the-fake-news-post-feedback-part-wording = Les majuscules, les secrets et le « partagez maintenant » sont là pour te faire réagir, pas réfléchir. Les vrais conseils de santé n’ont pas besoin de te presser.

content-the-fake-news-post-check-choice = Il y a quelque chose qui cloche. Mais { $friend } attend que tu partages aussi. Que vas-tu faire ?
content-the-fake-news-post-choice-read-sideways = Chercher le nom du médecin et l’affirmation dans un nouvel onglet
content-the-fake-news-post-feedback-read-sideways = C’est la lecture latérale, ce que font les fact-checkeurs : sortir de la publication et voir ce qu’en disent des sources fiables. Une minute de vérification vaut mieux que de fixer la publication.
content-the-fake-news-post-choice-read-comments = Lire les commentaires pour voir si ça a marché pour des gens
content-the-fake-news-post-feedback-read-comments = Ne pas partager tout de suite, c’est malin. Mais les commentaires peuvent être faux : beaucoup viennent de comptes sans photo, publiés à la même minute. Vérifie des sources en dehors de la publication.
content-the-fake-news-post-choice-share-too = La partager aussi. Et si ça aidait quelqu’un ?
content-the-fake-news-post-feedback-share-too = Une occasion d’apprendre : vouloir aider, c’est gentil, mais partager un faux remède peut pousser des gens à laisser tomber un vrai traitement. Vérifie d’abord, puis décide.

content-the-fake-news-post-fact-found = Trouvé ! La vraie page de { $doctor } dit : « Je n’ai jamais dit ça. Ne vivre que de tonic pendant 3 jours, c’est dangereux. » Les services de santé disent qu’un tel remède n’existe pas.

content-the-fake-news-post-kind-choice = Dans le groupe de classe, tout le monde se moque de { $friend } : « mdr tu crois vraiment n’importe quoi », « imagine te faire avoir par ça ». { $friend } ne dit plus rien.
content-the-fake-news-post-choice-message-kindly = Écrire en privé à { $friend } ce que j’ai trouvé
content-the-fake-news-post-feedback-message-kindly = Plein de tact et de bon sens. Corriger quelqu’un en privé, sans se moquer, l’aide à changer d’avis. Tout le monde peut se faire avoir par un faux bien fait.
content-the-fake-news-post-choice-stay-out = Ne pas m’en mêler, ce n’est pas mon histoire
content-the-fake-news-post-feedback-stay-out = Ne pas te joindre aux moqueries, ça compte. Mais { $friend } croit toujours au faux, et les blagues font mal. Un message privé et gentil pourrait aider pour les deux.
content-the-fake-news-post-choice-laugh-along = Répondre avec un émoji mort de rire comme tout le monde
content-the-fake-news-post-feedback-laugh-along = Une occasion d’apprendre : quand tout le monde s’acharne, une erreur devient une humiliation, et les gens dont on se moque changent rarement d’avis. La gentillesse marche mieux.

content-the-fake-news-post-friend-thanks = Merci de ne pas avoir ri de moi. Je l’ai supprimée. Mais ma tante a déjà commandé le kit et veut commencer demain...
content-the-fake-news-post-choice-report-and-help = Signaler le post et montrer à ta tante la vraie page du médecin
content-the-fake-news-post-feedback-report-and-help = Génial. Signaler les fausses infos santé aide { $app } à les retirer, et des sources fiables peuvent éviter que ta tante renonce à de vrais soins. Un adulte de ta famille peut aussi aider.
content-the-fake-news-post-choice-delete-move-on = On l’a supprimée, alors restons-en là
content-the-fake-news-post-feedback-delete-move-on = Supprimer le partage, c’était bien. Mais la publication circule toujours, et ta tante pourrait quand même essayer le tonic. La signaler et lui en parler pourrait la protéger.
content-the-fake-news-post-choice-try-kit = Dis-lui d’essayer, ça ne peut pas faire de mal
content-the-fake-news-post-feedback-try-kit = Une occasion d’apprendre : les faux remèdes peuvent faire du mal, en coûtant de l’argent et en remplaçant un vrai traitement. Quand il s’agit de santé, vérifie auprès d’un médecin ou d’une source fiable.

content-the-fake-news-post-shared = Ton partage récolte 30 likes. Puis ton jeune cousin t’écrit : « Je devrais arrêter de manger et ne boire que le tonic ? Tu l’as partagé, donc ça doit être vrai. »
content-the-fake-news-post-fix-choice = Oh non. Les gens font confiance à ce que tu partages, alors un faux venant de toi leur semble vrai. Il n’est pas trop tard pour réparer. Que vas-tu faire ?
content-the-fake-news-post-choice-correct-tell = Le supprimer, publier un rectificatif, prévenir un adulte de confiance
content-the-fake-news-post-feedback-correct-tell = C’est comme ça qu’on répare. Une correction atteint les gens qui ont vu ton partage, et un adulte de confiance peut s’assurer que ton cousin est en sécurité. Tout le monde se fait avoir parfois.
content-the-fake-news-post-choice-delete-quietly = Supprimer mon partage discrètement
content-the-fake-news-post-feedback-delete-quietly = Supprimer l’empêche de se répandre à partir de toi. Mais ton cousin et d’autres l’ont déjà vu. Une courte correction et un adulte de confiance aideraient à les protéger.
content-the-fake-news-post-choice-leave-up = Le laisser, les gens peuvent décider par eux-mêmes
content-the-fake-news-post-feedback-leave-up = Une occasion d’apprendre : ton cousin a déjà décidé d’y croire parce que tu l’as partagé. Les fausses infos santé peuvent vraiment faire du mal. Tu as le droit de changer d’avis.

content-the-fake-news-post-adult-helps = Merci de m’en avoir parlé, il fallait du cran. Appelons ton cousin tout de suite, signalons la publication à { $app }, et regardons ensemble de vrais conseils de santé.

content-the-fake-news-post-end-safe = Tu as vérifié avant de faire confiance, corrigé quelqu’un avec gentillesse et signalé un faux remède. C’est exactement comme ça qu’on arrête la désinformation.
content-the-fake-news-post-end-mixed = Tu n’as pas répandu le faux, mais il circule toujours et personne ne l’a signalé. La prochaine fois, signale les fausses publications et parle aux personnes qu’elles pourraient blesser.
content-the-fake-news-post-end-recovered = Tu as partagé quelque chose de faux, puis tu l’as assumé, corrigé et tu as demandé de l’aide. Ça demande plus de courage que de ne jamais se tromper.
content-the-fake-news-post-end-mocked = { $friend } a honte, quitte le groupe de classe et croit toujours au faux. Il n’est jamais trop tard pour t’excuser, partager ce que tu as trouvé et signaler la publication.
content-the-fake-news-post-end-harmful = Le faux remède continue de circuler, et des gens paient pour lui au lieu de recevoir de vrais soins. Il n’est jamais trop tard pour le signaler et en parler à un adulte de confiance.
