# Comportement / agressif : L'acharnement (16-18 ans)

conduct-the-pile-on-title = L’acharnement
conduct-the-pile-on-summary = Le post maladroit de quelqu’un de ton lycée vire à l’acharnement, entre mèmes et menaces, et tes amis veulent que tu t’y mettes aussi.
conduct-the-pile-on-remember = On peut être en désaccord sans s’acharner. Ne t’y joins pas, prends des nouvelles de la personne, signale les menaces, et prends du recul pour te préserver.

conduct-the-pile-on-app = { $app }
conduct-the-pile-on-app-chirpa = Chirpa
conduct-the-pile-on-app-buzzline = Buzzline
conduct-the-pile-on-app-yammerly = Yammerly
conduct-the-pile-on-classmate-ellis = Camille
conduct-the-pile-on-classmate-ravi = Ravi
conduct-the-pile-on-classmate-kemi = Kemi
conduct-the-pile-on-friend-lena = Léna
conduct-the-pile-on-friend-dev = Dev
conduct-the-pile-on-friend-sami = Sami

conduct-the-pile-on-npc-classmate = { $classmate }
conduct-the-pile-on-npc-friend = { $friend }
conduct-the-pile-on-npc-teacher = Mme Novak, CPE

conduct-the-pile-on-intro = Samedi matin. Hier soir, { $classmate }, de ton niveau, a posté un avis maladroit et provocateur sur { $app }. Le post en est maintenant à 50 000 vues, et les réponses explosent.
conduct-the-pile-on-post = Avis impopulaire : si vous n’avez pas les moyens de payer le voyage au ski du lycée, bossez le week-end comme moi. C’est pas si dur ??

conduct-the-pile-on-spot = Être en désaccord avec un post, c’est OK. Certaines de ces réponses vont beaucoup plus loin. Touche celles qui dépassent les bornes.
conduct-the-pile-on-card-title = Réponses à { $classmate }
conduct-the-pile-on-card-body = Meilleures réponses, 2 400 réactions et ça continue.
conduct-the-pile-on-part-privileged = « Franchement, c’est un avis de privilégié. »
conduct-the-pile-on-feedback-privileged = Ça se défend. Ça critique l’opinion, pas la personne, et ça ne menace personne. On peut être en fort désaccord sans s’acharner.
conduct-the-pile-on-part-clown = Un mème : sa photo de classe collée sur un corps de clown
conduct-the-pile-on-feedback-clown = Oui. Prendre la photo de quelqu’un pour s’en moquer, c’est viser la personne, pas l’idée. Ce genre de mème circule bien au-delà du post d’origine et c’est difficile à rattraper.
conduct-the-pile-on-part-threat = « On sait où tu habites. Fais gaffe à toi lundi. »
conduct-the-pile-on-feedback-threat = Clairement. C’est une menace. Les plateformes suppriment les menaces, et dans les cas graves, l’établissement et la police s’en mêlent. Garde une trace et signale-la.
conduct-the-pile-on-part-carer = « On ne peut pas tous bosser le week-end. Certains parmi nous sont aidants. »
conduct-the-pile-on-feedback-carer = Ça ne dépasse pas les bornes. Ça explique calmement un autre point de vue, tiré d’une vraie expérience. Voilà à quoi ressemble un bon désaccord.
conduct-the-pile-on-part-number = « Que quelqu’un poste son numéro, qu’on puisse tous lui dire ce qu’on en pense »
conduct-the-pile-on-feedback-number = Oui. Diffuser le numéro ou l’adresse de quelqu’un pour en faire une cible, ça s’appelle du doxing, et ça transforme un acharnement en danger bien réel. Signale-le.

conduct-the-pile-on-friend-tags = mdrrr t’as vu ça ? tout le monde fait des mèmes sur { $classmate }. fais le tien, c’est le truc le plus drôle de l’année
conduct-the-pile-on-choice-check-in = Ne pas m’y joindre. Demander en privé à { $classmate } comment ça va.
conduct-the-pile-on-feedback-check-in = C’est ce que fait un témoin qui agit. Un message privé et bienveillant compte énormément quand des milliers d’inconnus sont contre toi, et ça ne laisse rien dans le fil qui pourrait se retourner contre toi.
conduct-the-pile-on-choice-stay-out = Ne pas m’en mêler et continuer à faire défiler
conduct-the-pile-on-feedback-stay-out = Ne pas t’y joindre garde ton nom en dehors de tout ça, c’est malin. Mais les acharnements se nourrissent du silence. Un signalement ou un message bienveillant aiderait la personne visée.
conduct-the-pile-on-choice-make-meme = Faire un mème. C’est juste pour rigoler.
conduct-the-pile-on-feedback-make-meme = Une occasion d’apprendre : pour toi, c’est une blague, pour la personne visée, c’est la 500e. Les posts sont retrouvables, les captures restent, et les écoles comme les employeurs se renseignent vraiment sur les gens.

conduct-the-pile-on-classmate-replies = merci. je sais que c’était un avis débile, j’ai présenté mes excuses deux fois. mais quelqu’un a posté mon adresse et je n’arrive plus à dormir. mes parents ne sont pas encore au courant.
conduct-the-pile-on-pile-grows = Le soir, les menaces sont arrivées dans les messages privés de { $classmate }, et quelqu’un a posté son adresse. { $classmate } supprime tout, mais les captures d’écran continuent de circuler.
conduct-the-pile-on-meme-viral = Ton mème récolte le plus de likes de la journée. Lundi, { $classmate } n’est pas au lycée. Une capture de ton mème, avec ton nom dessus, atterrit dans la boîte mail du lycée.

conduct-the-pile-on-what-now = Une adresse publiée et des menaces transforment un acharnement en danger réel. Il faut faire plus que passer son chemin. Que vas-tu faire ?
conduct-the-pile-on-choice-report = Signaler les menaces, prévenir un adulte de confiance, masquer le fil
conduct-the-pile-on-feedback-report = C’est exactement ça. Les signalements font retirer les menaces et les adresses, et un adulte peut impliquer l’établissement, ou la police si besoin. Masquer le fil ensuite te permet de souffler : tu as fait ta part.
conduct-the-pile-on-choice-defend = Répondre « lâchez-lui la grappe » sous le post
conduct-the-pile-on-feedback-defend = Prendre position en public, c’est courageux, et ça montre aux autres qu’ils peuvent le faire aussi. Mais les menaces et l’adresse sont toujours en ligne. C’est en les signalant qu’on les fait retirer.
conduct-the-pile-on-choice-repost = Reposter le mème le plus drôle. Il est déjà partout.
conduct-the-pile-on-feedback-repost = Une occasion d’apprendre : « il est déjà partout », c’est comme ça que les acharnements grossissent. Chaque repost touche de nouvelles personnes et montre à { $classmate } qu’une personne de plus rejoint le camp d’en face.
conduct-the-pile-on-teacher = Merci de m’en avoir parlé. Nous avons contacté la famille de { $classmate } et la plateforme, et les menaces sont en cours d’examen. Tu as bien fait, et maintenant tu peux prendre du recul.

conduct-the-pile-on-sango-fix = Ton post est dans le fil maintenant, et il jette de l’huile sur le feu. Les captures restent, et { $classmate } reçoit toujours des menaces. Il n’est pas trop tard pour aider. Et maintenant ?
conduct-the-pile-on-choice-own-it = Le supprimer, m’excuser auprès de { $classmate }, et signaler les menaces
conduct-the-pile-on-feedback-own-it = Il faut du courage. De vraies excuses et un signalement peuvent aider à arrêter l’acharnement. Et assumer une erreur, c’est ce dont les gens se souviennent, y compris les futures écoles et les futurs employeurs.
conduct-the-pile-on-choice-delete-log-off = Le supprimer et me déconnecter un moment
conduct-the-pile-on-feedback-delete-log-off = Le supprimer et prendre du recul, ce sont de bons pas. Mais { $classmate } ne sait toujours pas que tu regrettes, et les menaces sont toujours en ligne. Un signalement et un message aideraient davantage.
conduct-the-pile-on-choice-double-down = Le laisser en ligne. C’est pas moi qui ai commencé.
conduct-the-pile-on-feedback-double-down = Une occasion d’apprendre : une opinion maladroite ne justifie ni des menaces ni une campagne de haine. Il n’est jamais trop tard pour supprimer, t’excuser et signaler.
conduct-the-pile-on-fixed = { $classmate } répond : « merci. ça me touche vraiment. » L’acharnement s’essouffle d’ici mercredi, et ton signalement a aidé à faire retirer les menaces.

conduct-the-pile-on-end-safe = Tu as vu où la critique devenait de la cruauté, signalé les menaces, impliqué un adulte et pris le temps de souffler. C’est ce que fait un témoin qui agit.
conduct-the-pile-on-end-mixed = Les choses se sont calmées pour toi, mais les menaces et l’adresse sont toujours en ligne, et { $classmate } a toujours peur. Les signaler et en parler à un adulte permet de les faire retirer.
conduct-the-pile-on-end-recovered = Tu as participé, puis tu l’as assumé et tu as aidé à réparer. C’est plus dur que de ne jamais déraper. Ton empreinte numérique montre maintenant quelqu’un qui a réparé ses torts.
conduct-the-pile-on-end-harmful = L’acharnement continue avec ton post dedans, et les captures d’écran n’oublient rien. Il n’est jamais trop tard pour supprimer, t’excuser et signaler.
