# Contact / agression : Le coach du jeu (13-15 ans), schéma de manipulation sans contenu sexuel

contact-the-gaming-mentor-title = Le coach du jeu
contact-the-gaming-mentor-summary = Un joueur du top du classement t’offre des cadeaux et un coaching gratuit, puis essaie peu à peu de t’éloigner de tes amis.
contact-the-gaming-mentor-remember = Flatterie, cadeaux, « juste nous deux » et secrets sont des signaux d’alerte. Ne préviens pas la personne : garde la discussion en silence, puis bloque, signale et parles-en à un adulte de confiance.

contact-the-gaming-mentor-app = Chat { $game }
contact-the-gaming-mentor-npc-mentor = { $mentor }
contact-the-gaming-mentor-npc-adult = { $adult }

# Variété : à chaque partie, une option de chaque variable de `vary` est choisie.
contact-the-gaming-mentor-game-skyforge = Skyforge
contact-the-gaming-mentor-game-star-siege = Star Siege
contact-the-gaming-mentor-game-iron-arena = Iron Arena
contact-the-gaming-mentor-name-vex = Vex_Pro
contact-the-gaming-mentor-name-kaizer = KaizerGG
contact-the-gaming-mentor-name-orion = OrionCoach
contact-the-gaming-mentor-adult-mum = Maman
contact-the-gaming-mentor-adult-dad = Papa
contact-the-gaming-mentor-adult-grandpa = Papi

contact-the-gaming-mentor-intro = Toute la semaine, tu as enchaîné les parties classées sur { $game } avec { $friend } et ton équipe. Un joueur du top du classement, { $mentor }, regarde tes matchs.

# The world remembers: the school told to a new follower in The New Follower comes back.
contact-the-gaming-mentor-school-request = Entre deux parties, une demande de message arrive d’un nouveau compte sans parties ni amis. Il écrit exactement comme { $follower } et cite ton collège : « Je traîne par là après les cours. On se voit ? »
contact-the-gaming-mentor-school-choice = Tu te souviens, tu as dit à { $follower } dans quel collège tu es ? Ce genre d’info circule. Ça arrive à plein de gens, et tu peux arranger ça. Que fais-tu ?
contact-the-gaming-mentor-choice-school-show = Pas de réponse. Capture, je bloque, je montre ça à { $adult }.
contact-the-gaming-mentor-choice-school-block = Je bloque et supprime. Pas besoin de le dire à { $adult }, c’est fini.
contact-the-gaming-mentor-choice-school-reply = Je lui réponds : « T’es qui ? T’es aussi dans mon collège ? »
contact-the-gaming-mentor-feedback-school-show = Ça répare tout. Ne pas répondre ne lui donne rien, la capture garde la preuve, et { $adult } peut t’aider à signaler le compte et à retirer ton collège de ton profil. Ce n’est pas ta faute.
contact-the-gaming-mentor-feedback-school-block = Bloquer, c’était un bon réflexe. Mais supprimer efface la preuve, et la personne connaît toujours ton collège. D’abord une capture, puis bloque, signale et parles-en à un adulte de confiance.
contact-the-gaming-mentor-feedback-school-reply = Une occasion d’apprendre : toute réponse montre ta curiosité, et la personne va insister. Un inconnu qui connaît ton collège et veut te voir, ça se montre à un adulte de confiance, aujourd’hui.
contact-the-gaming-mentor-school-helped = Merci de me l’avoir montré. Tu n’as rien fait de mal. On a signalé ce compte, et on va vérifier que ton profil et tes posts ne montrent pas ton collège.
contact-the-gaming-mentor-school-blocked = La demande a disparu, et la preuve aussi. La personne connaît toujours ton collège, et personne qui pourrait aider n’est au courant. Il n’est jamais trop tard pour en parler à { $adult }.
contact-the-gaming-mentor-school-replied = Réponse immédiate : « tu me connais pas encore. on se voit devant le collège ? » Ça sonne faux, alors tu arrêtes de répondre. Il n’est jamais trop tard pour montrer ça à { $adult }.

# Bien le dire : un non ferme face à la pression pour changer d’appli.
contact-the-gaming-mentor-firm-no = Maintenant, { $mentor } t’écrit sans arrêt : « Ajoute-moi sur une autre appli. Juste nous deux, ne dis rien à ton équipe. » Écris un non clair : choisis quoi dire, et quoi laisser de côté.
contact-the-gaming-mentor-firm-no-to = { $mentor }
contact-the-gaming-mentor-ph-sorry = Peut-être un autre jour ?
contact-the-gaming-mentor-why-sorry = « Peut-être » a l’air poli, mais ça invite à réessayer, et la personne le fera. Un non n’a pas besoin de « peut-être ».
contact-the-gaming-mentor-ph-no = Non.
contact-the-gaming-mentor-why-no = Un « Non. » clair, c’est l’essentiel. Pas besoin de raison ni d’excuse.
contact-the-gaming-mentor-ph-hey = Salut.
contact-the-gaming-mentor-why-hey = Saluer ou pas, les deux vont. L’important, c’est que le reste soit court et clair.
contact-the-gaming-mentor-ph-secret = T’inquiète, je dirai à personne que tu m’as demandé ça.
contact-the-gaming-mentor-why-secret = Ça a l’air gentil, mais promettre le secret ne protège que la personne qui insiste. Ce genre de secret, c’est justement ce qu’on confie à un adulte de confiance.
contact-the-gaming-mentor-ph-no-app = Je ne t’ajoute nulle part ailleurs.
contact-the-gaming-mentor-why-no-app = Dire exactement ce que tu ne feras pas ne laisse rien à discuter. Vouloir t’attirer là où c’est « juste nous deux », c’est un signal d’alerte.
contact-the-gaming-mentor-ph-age = Je ne peux pas, je n’ai que 14 ans et mes parents regardent mon tél.
contact-the-gaming-mentor-why-age = Ça semble raisonnable, mais ça donne ton âge, et une excuse offre un problème à résoudre, du genre « prends une appli qu’ils ne voient pas ». Un non n’a pas besoin de raison.
contact-the-gaming-mentor-ph-insult = T’es glauque. Dégage ou je te fais bannir.
contact-the-gaming-mentor-why-insult = C’est normal d’être en colère. Mais insultes et menaces peuvent empirer les choses, et donner l’idée d’effacer la discussion. Reste calme : garde tout, puis bloque, signale et parles-en à un adulte de confiance.
contact-the-gaming-mentor-ph-stop = Ne me redemande plus.
contact-the-gaming-mentor-why-stop = Là, tu poses une limite claire. Si la personne redemande quand même, c’est un signal d’alerte : garde la discussion, bloque, signale et parles-en à un adulte de confiance.

contact-the-gaming-mentor-offer = OK, on reste ici. Pour l’instant. T’as un vrai talent, bien plus que ton équipe. Je viens de t’offrir un skin rare. Je coache des joueurs qui passent pro, et pour toi c’est gratuit. Ce soir, de 23 h à 2 h ?
contact-the-gaming-mentor-pic-skin = Skin rare
contact-the-gaming-mentor-pic-gift-from = Cadeau de { $mentor }
contact-the-gaming-mentor-pic-accept = Accepter
contact-the-gaming-mentor-choice-tonight = Merci pour le skin ! Ce soir de 23 h à 2 h, je suis là.
contact-the-gaming-mentor-feedback-tonight = Une occasion d’apprendre : un cadeau plus « plus de talent que ton équipe », c’est de la flatterie avec un hameçon. Et quelqu’un qui te veut en ligne chaque nuit, quand les adultes dorment, mérite ta méfiance.
contact-the-gaming-mentor-choice-skin-back = Je te rends ton skin. De toute façon, à 22 h, je dors.
contact-the-gaming-mentor-feedback-skin-back = Malin. Un cadeau d’un inconnu peut te donner l’impression de lui devoir quelque chose : le rendre te laisse libre. Et aucun classement ne vaut une nuit blanche avant les cours.
contact-the-gaming-mentor-choice-one-hour = Juste une heure, dans le salon public. Là, c’est sûr.
contact-the-gaming-mentor-feedback-one-hour = Rester en public, c’était bien pensé. Mais 23 h, c’est tard un soir de cours, et un cadeau plus « meilleur que ton équipe », c’est de la flatterie avec un hameçon. Garde l’œil ouvert.

contact-the-gaming-mentor-c-tonight = Une semaine de matchs jusqu’à 2 h. Tu t’endors en cours, et { $friend } t’écrit : « tu ghostes l’équipe, ça va ? » Puis { $mentor } : « Dis pas à tes parents qu’on joue si tard. Ils gâcheraient tout. »
contact-the-gaming-mentor-c-skin-back = mdr ok, garde ton heure de coucher. Samedi après-midi alors. Je dis ça comme ça, mais ton équipe te freine.
contact-the-gaming-mentor-c-one-hour = Tu joues une partie dans le salon public, puis tu te déconnectes. À minuit, un autre skin arrive dans ton inventaire, avec un mot : « ton équipe te freine. »

contact-the-gaming-mentor-move = Franchement, { $friend } et les autres te freinent. On s’entraîne sur mon serveur vocal privé, juste nous deux ? T’es dans quelle ville ? C’est pour le ping.
contact-the-gaming-mentor-pic-server = Serveur vocal privé
contact-the-gaming-mentor-pic-server-members = 2 membres
contact-the-gaming-mentor-pic-join = Rejoindre
contact-the-gaming-mentor-choice-join-no-city = Je te rejoins là-bas, mais ma ville reste privée.
contact-the-gaming-mentor-feedback-join-no-city = Garder ta ville pour toi, c’était juste. Mais un serveur privé avec un inconnu plus âgé, « juste nous deux », veut dire que personne d’autre ne voit ce qui se dit. Reste là où est ton équipe.
contact-the-gaming-mentor-choice-city = C’est juste ma ville, même pas mon adresse. J’arrive.
contact-the-gaming-mentor-feedback-city = Une occasion d’apprendre : ta ville plus ton pseudo, ça permet de te retrouver plus facilement. Et « juste nous deux » sur un serveur privé veut dire que personne d’autre ne voit ce qui s’y passe.
contact-the-gaming-mentor-choice-stay-squad = Non merci, je reste ici. Mon équipe compte trop pour moi.
contact-the-gaming-mentor-feedback-stay-squad = C’est ça. Rabaisser tes amis et t’attirer quelque part « juste nous deux », ce sont des signaux d’alerte de manipulation. Tu ne dois rien à personne, même à quelqu’un de généreux.

contact-the-gaming-mentor-c-join-no-city = Sur le serveur privé, il n’y a que toi et { $mentor }. On te demande dans quel collège tu es, puis : « parle pas de ce serveur à tes parents. » Tu te déconnectes vite.
contact-the-gaming-mentor-c-city = Tu rejoins le serveur privé, où il n’y a que vous deux. « Cool, j’habite peut-être près de chez toi. Parle pas de ce serveur à tes parents, ils gâcheraient tout. »
contact-the-gaming-mentor-c-stay-squad = { $mentor } ne dit plus rien pendant une journée. Puis un long message arrive.

contact-the-gaming-mentor-angry = Sérieux ? Après tous les skins que je t’ai offerts ? Quelle ingratitude. Sois sur mon serveur ce soir, sinon je dis à tout le monde que t’es une quiche et je fais bannir ton compte.
contact-the-gaming-mentor-choice-announce = Je te signale. Et je vais le dire à mes parents.
contact-the-gaming-mentor-feedback-announce = Dire non aux menaces demandait du courage. Mais prévenir ce genre de personne lui laisse le temps d’effacer la discussion ou d’insister. Ne dis rien, garde tout d’abord, puis bloque, signale et parles-en.
contact-the-gaming-mentor-choice-save-quietly = Pas de réponse. Je capture chaque message d’abord.
contact-the-gaming-mentor-feedback-save-quietly = Calme et malin. La colère et les menaces après un non montrent ce qu’était vraiment ce « coaching ». Tout garder avant que la personne s’en rende compte protège les preuves.
contact-the-gaming-mentor-choice-give-in = Pardon ! Je serai là ce soir. Me fais pas bannir, stp.
contact-the-gaming-mentor-feedback-give-in = Une occasion d’apprendre : tu ne dois d’excuses à personne pour avoir dit non. Les menaces servent à te contrôler, et céder en amène d’autres. L’aide est toujours là.

contact-the-gaming-mentor-c-announce = « vas-y mdr », répond { $mentor }. Une minute plus tard, tous les messages que cette personne t’a envoyés ont disparu de la discussion.
contact-the-gaming-mentor-pic-deleted = Ce message a été supprimé
contact-the-gaming-mentor-pic-go-ahead = vas-y mdr
contact-the-gaming-mentor-c-save-quietly = Tu ne réponds pas. Tu captures tout : les skins, le « juste nous deux », la menace et le profil, et tu ranges tout dans un dossier. { $mentor } est encore en train d’écrire.
contact-the-gaming-mentor-pic-folder = Captures d’écran
contact-the-gaming-mentor-pic-saved = 5 captures enregistrées
contact-the-gaming-mentor-pic-typing = { $mentor } est en train d’écrire…
contact-the-gaming-mentor-c-give-in = Tu rejoins le serveur privé à 23 h. « Bien. Parle pas de ce serveur à tes parents, ils gâcheraient tout. T’es dans quel collège ? »

contact-the-gaming-mentor-what-now = Tu as les preuves, et { $mentor } ne le sait pas. Et maintenant ?
contact-the-gaming-mentor-choice-report-alone = Je bloque et je signale. Je gère ça moi-même.
contact-the-gaming-mentor-feedback-report-alone = Bloquer et signaler avec tes preuves, c’était fort. Mais des menaces pareilles sont trop lourdes à porter sans aide, et un adulte peut agir là où tu ne peux pas. Parles-en aussi.
contact-the-gaming-mentor-choice-tell-friend = Je raconte tout à { $friend }, qui saura quoi faire.
contact-the-gaming-mentor-feedback-tell-friend = En parler à un ami vaut mieux que te taire. Mais { $friend } ne peut pas signaler ça ni te protéger comme un adulte de confiance. Quelqu’un comme { $adult }, oui.
contact-the-gaming-mentor-choice-show-adult = Je montre le dossier à { $adult } ce soir, avant tout.
contact-the-gaming-mentor-feedback-show-adult = C’est ça. { $adult } peut t’aider à bloquer et signaler { $mentor } à { $game }, et faire appel à la police si besoin. En parler, ce n’est jamais moucharder.

contact-the-gaming-mentor-c-report-alone = { $game } bannit le compte. Deux jours plus tard, un nouveau pseudo rejoint ton salon. C’est encore { $mentor }.
contact-the-gaming-mentor-c-tell-friend = { $friend } répond : « beurk, c’est glauque. ignore, non ? » Alors tu ignores. Deux jours plus tard, { $mentor } est de retour dans ton salon.

contact-the-gaming-mentor-evidence-gone = Personne ne te croira maintenant. Sois sur mon serveur à 23 h, ou dis adieu à ton compte.
contact-the-gaming-mentor-choice-gone-tell = Je capture ça. Ensuite, je montre tout à { $adult }.
contact-the-gaming-mentor-feedback-gone-tell = Bonne décision. Même si la discussion est effacée, cette menace, le pseudo et ce que tu racontes comptent, et { $game } a peut-être encore des traces. Un adulte de confiance peut aider à signaler.
contact-the-gaming-mentor-choice-gone-block = Je bloque. Ce ban est bidon, inutile d’inquiéter { $adult }.
contact-the-gaming-mentor-feedback-gone-block = Bloquer arrête les messages, bien. Mais quelqu’un qui efface des discussions et menace recommencera sûrement, et personne qui peut aider n’est au courant. Garde ce qui reste : { $adult } préfère savoir.
contact-the-gaming-mentor-choice-gone-give-in = Bon, je viens ce soir. Je peux pas perdre mon compte.
contact-the-gaming-mentor-feedback-gone-give-in = Une occasion d’apprendre : céder à une menace apprend à la personne que ça marche. Un compte se récupère, et tu vaux plus qu’un classement. L’aide est toujours là.

contact-the-gaming-mentor-c-gone-block = Tu bloques { $mentor }. Deux jours plus tard, un nouveau pseudo rejoint ton salon. C’est encore { $mentor }.
contact-the-gaming-mentor-c-gone-give-in = Tu rejoins le serveur à 23 h. { $mentor } redevient adorable, et te demande dans quel collège tu es. « Notre secret, hein ? »

contact-the-gaming-mentor-again = Tu croyais te débarrasser de moi ? Je connais ton pseudo et ton équipe. Réponds, ou tout le monde saura que tu triches.
contact-the-gaming-mentor-choice-again-answer = OK, je réponds. Mais dis pas à l’équipe que je triche.
contact-the-gaming-mentor-feedback-again-answer = Une occasion d’apprendre : répondre montre que la pression marche, et la prochaine demande sera plus grosse. Les mensonges sur la triche, ça se signale. L’aide est toujours là.
contact-the-gaming-mentor-choice-again-quit = J’arrête { $game } pour de bon. Personne n’a à le savoir.
contact-the-gaming-mentor-feedback-again-quit = Une occasion d’apprendre : arrêter te met à l’abri, mais tu perds un jeu que tu aimes, et { $mentor } passe à d’autres jeunes joueurs. Un adulte de confiance peut encore aider.
contact-the-gaming-mentor-choice-again-show = Je fais une capture. Cette fois, { $adult } va tout voir.
contact-the-gaming-mentor-feedback-again-show = Oui. La personne est revenue : c’est le moment d’un adulte qui peut agir. { $adult } peut aider à signaler le nouveau compte aussi, et tes captures montrent tout le schéma.

contact-the-gaming-mentor-secret = Ça m’inquiète. La flatterie, les cadeaux et les secrets pour tes parents sont des signaux d’alerte sérieux. Tu n’auras pas d’ennuis. Que vas-tu faire ?
contact-the-gaming-mentor-choice-secret-show = Je me déconnecte et je montre tout à { $adult } ce soir.
contact-the-gaming-mentor-feedback-secret-show = Du courage, et la bonne décision. Personne de sûr ne te demande de cacher des choses à tes parents. { $adult } peut aider à signaler { $mentor } à { $game } et, si besoin, à la police.
contact-the-gaming-mentor-choice-secret-keep = Ça reste entre nous. Ce coach a été trop sympa avec moi.
contact-the-gaming-mentor-feedback-secret-keep = Une occasion d’apprendre : ce genre de secret ne protège que l’autre personne. Les cadeaux et les compliments ne rendent personne sûr. Il n’est jamais trop tard pour te déconnecter et en parler.
contact-the-gaming-mentor-choice-secret-quiet = Je me déconnecte. Je garde ça privé, même pour { $adult }.
contact-the-gaming-mentor-feedback-secret-quiet = Te déconnecter, c’était bien. Mais { $mentor } connaît ton pseudo et va sûrement réessayer, peut-être avec d’autres. En parler à { $adult } permet de l’arrêter.

contact-the-gaming-mentor-c-secret-keep = Tu gardes le secret. Chaque soir, { $mentor } en demande un peu plus : ton collège, ton vrai nom, une photo « pour vérifier que c’est bien toi ».
contact-the-gaming-mentor-c-secret-quiet = Tu te déconnectes et tu ne dis rien. Le lendemain soir, { $mentor } t’écrit encore, plus en colère qu’avant.

contact-the-gaming-mentor-back-again = Tu peux pas disparaître comme ça. Après tout ce que je t’ai donné ? Réponds, ou je raconte à l’équipe ce que tu m’as dit.
contact-the-gaming-mentor-choice-back-answer = OK, je suis là. Dis rien à l’équipe, ni à { $adult }.
contact-the-gaming-mentor-feedback-back-answer = Une occasion d’apprendre : céder aux menaces les fait grandir. Ce que tu as dit sous la pression n’est pas ta faute, et { $adult } ne t’en voudra pas. Il n’est jamais trop tard pour en parler.
contact-the-gaming-mentor-choice-back-show = Je capture ça, et je le montre à { $adult } dès ce soir.
contact-the-gaming-mentor-feedback-back-show = Tu as réparé les choses. Te déconnecter était un début, et en parler à { $adult } le termine : un adulte peut signaler { $mentor } et te protéger. Tu n’auras pas d’ennuis.
contact-the-gaming-mentor-choice-back-quit = J’efface { $game } et je n’en reparle plus jamais.
contact-the-gaming-mentor-feedback-back-quit = Une occasion d’apprendre : effacer le jeu te met à l’abri, mais tu perds quelque chose que tu aimes, et { $mentor } trouve d’autres joueurs. Un adulte de confiance peut encore aider.

contact-the-gaming-mentor-c-answer = Tu réponds. { $mentor } en veut plus chaque jour : des parties plus longues, ton collège, ton vrai nom. Tu as du mal à dormir.
contact-the-gaming-mentor-c-quit = Tu désinstalles { $game } sans rien dire. C’est calme pour l’instant, mais ton équipe te manque, et { $mentor } est toujours là, quelque part.

contact-the-gaming-mentor-adult-helps = Merci de me l’avoir montré, c’était malin. Tu n’as rien fait de mal. Bloquons et signalons { $mentor } à { $game } ensemble, et gardons le dossier au cas où il faudrait la police.
contact-the-gaming-mentor-adult-helps-wiped = Je te crois, et tu n’auras pas d’ennuis. Même les discussions effacées peuvent laisser des traces. Signalons { $mentor } à { $game } avec ce que tu as gardé, et bloquons ce compte ensemble.
contact-the-gaming-mentor-adult-helps-again = Merci de m’en parler. Tu n’as rien fait de mal, et tu as porté ça sans aide bien assez longtemps. Signalons ensemble à { $game } tous les comptes de { $mentor }.
contact-the-gaming-mentor-adult-helps-late = Ça me fait vraiment plaisir que tu m’en parles, et tu n’auras pas d’ennuis. Gardons tout et signalons { $mentor } à { $game }. Et s’il le faut, on appellera la police.

contact-the-gaming-mentor-end-safe = Tu as vu la flatterie, les cadeaux et le « juste nous deux » pour ce qu’ils étaient, gardé les preuves que tu pouvais, et mis { $adult } de ton côté. { $mentor } est signalé, et ton équipe est toujours là.
contact-the-gaming-mentor-end-recovered = Tu as suivi { $mentor } un moment : la manipulation commence toujours gentiment, ça arrive. Puis tu as coupé et tu en as parlé à { $adult }, et { $mentor } est signalé. Il fallait du courage.
contact-the-gaming-mentor-end-mixed = Quitter { $game } t’a mis à l’abri pour l’instant. Mais aucun adulte n’est au courant, et { $mentor } pourrait te retrouver, toi ou d’autres. Il n’est jamais trop tard pour en parler à un adulte de confiance.
contact-the-gaming-mentor-end-harmful = { $mentor } a encore une emprise sur toi et en demande toujours plus. Ce n’est pas ta faute. Il n’est jamais trop tard : garde les messages et parles-en à un adulte de confiance, qui t’aidera.

# What the choices leave on "My phone" (traces).
contact-the-gaming-mentor-trace-city = Ta ville, donnée à un « coach » rencontré dans un jeu.
contact-the-gaming-mentor-trace-city-advice = Avec ton pseudo de joueur, elle aide à te retrouver. Garde la discussion, bloque et signale ce compte, et parles-en à un adulte de confiance.
contact-the-gaming-mentor-trace-mentor = Le « coach » de ton jeu qui voulait « juste nous deux », signalé.
contact-the-gaming-mentor-trace-mentor-advice = Bravo. S’il revient sous un autre nom, tu connais les manœuvres : capture en silence, puis bloque, signale et parles-en.
