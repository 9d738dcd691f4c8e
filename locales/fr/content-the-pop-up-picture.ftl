# Contenu / sexuel (vu par accident ; signes d’alerte et aide seulement) : L’image qui surgit (9-12 ans)

content-the-pop-up-picture-title = L’image qui surgit
content-the-pop-up-picture-summary = En plein jeu, une image que tu n’as jamais voulu voir s’affiche. Que peux-tu faire ?
content-the-pop-up-picture-remember = Si une image que tu ne voulais pas voir s’affiche, ferme-la et parles-en à un adulte de confiance. Ne la garde pas, ne l’envoie pas. Ce n’est jamais ta faute, et personne ne sera fâché.

content-the-pop-up-picture-game-bubble-farm = La Ferme des Bulles
content-the-pop-up-picture-game-star-kart = Star Kart
content-the-pop-up-picture-game-puzzle-planet = Planète Puzzle
content-the-pop-up-picture-adult-grandpa = Papi
content-the-pop-up-picture-adult-mum = Maman
content-the-pop-up-picture-adult-aunt = Tata Nadia

content-the-pop-up-picture-npc-adult = { $adult }
content-the-pop-up-picture-npc-friend = { $friend }

content-the-pop-up-picture-intro = Salut, c’est moi, Sango ! C’est samedi, et tu joues à { $game } sur la tablette de la famille. { $friend } joue aussi, de son côté. Je joue avec toi !

content-the-pop-up-picture-spot = Entre deux niveaux, l’écran se remplit. Touche les parties qui pourraient t’emmener vers quelque chose qui n’est pas pour les enfants. Attention : certaines parties, c’est juste le jeu !
content-the-pop-up-picture-card-title = { $game } : entre deux niveaux
content-the-pop-up-picture-card-body = L’écran du jeu, avec un message, tes amis et une pub.
content-the-pop-up-picture-part-update = Message dans le menu du jeu : mise à jour 2.4, nouveaux niveaux
content-the-pop-up-picture-feedback-update = Pas un piège ! Ce message est dans le menu de { $game } lui-même et ne demande rien. Les vraies mises à jour ajoutent des niveaux et corrigent des problèmes.
content-the-pop-up-picture-part-friend = Amis en ligne : { $friend }
content-the-pop-up-picture-feedback-friend = Pas un piège. C’est { $friend }, pour de vrai, qui joue au même jeu. Voir qui est en ligne fait partie de { $game }.
content-the-pop-up-picture-part-banner = Pub qui clignote : Tu ne vas PAS croire cette image !!
content-the-pop-up-picture-feedback-banner = Bien vu ! Les pubs qui crient « tu ne vas pas le croire » veulent te donner envie de toucher. Elles peuvent mener à des images qui ne sont pas pour les enfants.
content-the-pop-up-picture-part-link = Lien de la pub : free-pix-4u.xyz
content-the-pop-up-picture-feedback-link = Oui ! Ce n’est pas l’adresse de { $game }. Une pub peut t’envoyer vers n’importe quel site, et tu ne sais pas ce qu’il y a dessus avant qu’il s’ouvre.
content-the-pop-up-picture-part-timer = Compte à rebours : touche dans 10 secondes ou c’est raté !
content-the-pop-up-picture-feedback-timer = Exact ! Le compte à rebours est là pour te presser, pour que tu touches avant de réfléchir. Rien de bien n’a besoin que tu te dépêches.
content-the-pop-up-picture-pic-game = { $game }
content-the-pop-up-picture-pic-notice = Mise à jour 2.4 : nouveaux niveaux !
content-the-pop-up-picture-pic-friend = { $friend } est en ligne
content-the-pop-up-picture-pic-ad = Pub
content-the-pop-up-picture-pic-banner = Tu ne vas PAS croire cette image !!
content-the-pop-up-picture-pic-link = free-pix-4u.xyz
content-the-pop-up-picture-pic-timer = 0:10

content-the-pop-up-picture-update = Tu ouvres le menu du jeu. Un message de { $game } dit : « La mise à jour 2.4 est prête : nouveaux niveaux ! » La pub clignote toujours en bas de l’écran.
content-the-pop-up-picture-pic-update-title = La mise à jour 2.4 est prête
content-the-pop-up-picture-pic-update-new = Nouveaux niveaux et corrections
content-the-pop-up-picture-pic-update = Mettre à jour
content-the-pop-up-picture-pic-later = Plus tard
content-the-pop-up-picture-choice-update = J’appuie sur Mettre à jour. C’est dans le menu du jeu.
content-the-pop-up-picture-feedback-update-now = Bien joué ! La mise à jour était dans le menu de { $game } et ne demandait rien. Les vraies mises à jour, c’est bien, et elles corrigent souvent des problèmes.
content-the-pop-up-picture-choice-later = Plus tard. Je n’ouvre jamais rien de ce qui surgit.
content-the-pop-up-picture-feedback-later = La prudence, c’est bien ! Mais celle-ci était vraie : elle était dans le menu du jeu et ne demandait rien. Sauter toutes les mises à jour, c’est rater des corrections, et rater { $friend }.
content-the-pop-up-picture-choice-tap-ad = Je vérifie d’abord la pub qui clignote. C’est quoi ?
content-the-pop-up-picture-feedback-tap-ad = Une occasion d’apprendre : la curiosité, c’est normal ! Mais ces pubs sont faites pour être touchées, et elles peuvent mener n’importe où. C’est dans le menu du jeu qu’on touche.

content-the-pop-up-picture-updated = La mise à jour prend une minute. Nouveaux niveaux ! Toi et { $friend }, vous faites la course jusqu’au niveau 9.
content-the-pop-up-picture-not-updated = Tu appuies sur Plus tard. { $friend } est sur les nouveaux niveaux, alors vous ne pouvez pas jouer ensemble. Tu retournes aux anciens niveaux, sans personne.
content-the-pop-up-picture-popup = Puis, en plein niveau, une fenêtre surgit par-dessus le jeu. Elle ne vient pas de { $game }. C’est une image choquante, pas du tout pour les enfants. Tu ne voulais pas voir ça.
content-the-pop-up-picture-ad-site = Un site s’ouvre, plein de cases qui clignotent. Avant que tu puisses revenir, une fenêtre couvre tout l’écran. C’est une image choquante, pas du tout pour les enfants.

content-the-pop-up-picture-what-now = Oh là. Cette image n’est pas pour les enfants, et ce n’est pas ta faute : tu ne la cherchais pas. Que fais-tu maintenant ?
content-the-pop-up-picture-choice-close-tell = Je la ferme, et je vais voir { $adult } tout de suite.
content-the-pop-up-picture-feedback-close-tell = Bravo ! La fermer arrête l’image, et le dire à { $adult } permet de signaler la pub. Ce n’était pas ta faute, et le dire ne t’attire jamais d’ennuis.
content-the-pop-up-picture-choice-close-play = Je la ferme et je joue. Si elle revient, je le dirai à { $adult }.
content-the-pop-up-picture-feedback-close-play = La fermer, c’était bien ! Mais pourquoi attendre qu’elle revienne ? C’est lourd à porter sans aide. Un adulte de confiance peut aider à arrêter ces fenêtres dès maintenant, et t’aider à te sentir mieux.
content-the-pop-up-picture-choice-screenshot = Une capture d’écran d’abord. { $friend } ne va jamais me croire !
content-the-pop-up-picture-feedback-screenshot = Une occasion d’apprendre : une capture garde l’image sur la tablette, et l’envoyer pourrait choquer d’autres enfants. Elle a surgi toute seule, et tu peux encore arranger ça.

content-the-pop-up-picture-adult-listens = Merci de me l’avoir dit. Tu n’as rien fait de mal, et personne n’est fâché. Ces fenêtres essaient de piéger les enfants. On va signaler cette pub à { $game }, puis régler la tablette ensemble.
content-the-pop-up-picture-kept-playing = Tu la fermes et tu continues. Deux niveaux plus tard, elle revient. Tu voulais en parler, mais maintenant c’est trop gênant. Ce soir-là, tu ne dis presque rien.
content-the-pop-up-picture-screenshot-saved = Clic. L’image est maintenant dans les photos de la tablette. Un message arrive de { $friend } : « Pourquoi tu as arrêté de jouer ? Tout va bien ? »

content-the-pop-up-picture-evening = Tu ne dis pas grand-chose depuis midi. Tout va bien ?
content-the-pop-up-picture-choice-tell-evening = Pas trop. Une image choquante a surgi dans mon jeu.
content-the-pop-up-picture-feedback-tell-evening = Quel courage ! Les choses gênantes sont plus légères une fois dites. { $adult } peut signaler cette pub et mieux régler la tablette, et tu n’as rien fait de mal.
content-the-pop-up-picture-choice-tell-friend = Ça va. Lundi, je raconterai tout à { $friend } à l’école.
content-the-pop-up-picture-feedback-tell-friend = En parler, c’est bien ! Mais { $friend } ne peut pas signaler la pub ni changer les réglages. Un adulte de confiance le peut, et ne sera pas fâché.
content-the-pop-up-picture-choice-say-nothing = Ça va ! Si je le dis, tu croiras que je l’ai cherchée.
content-the-pop-up-picture-feedback-say-nothing = Une occasion d’apprendre : beaucoup d’enfants ont peur de ça. Mais les grands savent que ces fenêtres existent, et ce n’est pas ta faute. Il n’est jamais trop tard pour le dire.

content-the-pop-up-picture-adult-listens-evening = Merci de me l’avoir dit. Tu n’as rien fait de mal, et je ne suis pas en colère. Cette image a surgi toute seule. On va signaler cette pub à { $game }, puis régler la tablette ensemble.
content-the-pop-up-picture-waits = Tu dis bonne nuit. Le lendemain, { $friend } n’est pas là, et finalement tu ne dis rien.
content-the-pop-up-picture-nights = Cette nuit-là, l’image te revient sans arrêt, et tu as du mal à t’endormir.

content-the-pop-up-picture-friend-asks = { $friend } veut savoir pourquoi tu as arrêté. L’image est toujours dans les photos de la tablette. Et maintenant ?
content-the-pop-up-picture-choice-delete-tell = Je l’efface, puis je demande à { $adult } d’arrêter ces pubs.
content-the-pop-up-picture-feedback-delete-tell = Bien rattrapé ! L’effacer l’empêche d’aller plus loin, et { $adult } peut signaler la pub. Ce n’était pas ta faute, et le dire, c’est toujours bien.
content-the-pop-up-picture-choice-delete-quiet = Je l’efface. { $adult } n’a pas besoin de savoir.
content-the-pop-up-picture-feedback-delete-quiet = L’effacer, c’était bien ! Mais la pub est toujours là, et c’est lourd à porter sans aide. Un adulte de confiance n’a pas besoin de voir l’image pour aider : il peut signaler la pub, sans se fâcher.
content-the-pop-up-picture-choice-send = Je l’envoie à { $friend }. Trop bizarre pour ne pas partager !
content-the-pop-up-picture-feedback-send = Une occasion d’apprendre : ce genre d’image peut choquer d’autres enfants, même pour rire. L’envoyer n’est jamais OK. Il n’est jamais trop tard pour arranger ça.

content-the-pop-up-picture-adult-listens-late = Merci de me l’avoir dit. Tu n’as rien fait de mal. L’effacer, c’était la bonne chose à faire. On va signaler cette pub à { $game }, puis régler la tablette ensemble.
content-the-pop-up-picture-deleted-quiet = Tu effaces l’image. Tu dis à { $friend } que le jeu a planté, et tu ne dis rien à personne.
content-the-pop-up-picture-sent = Beurk ! Pourquoi tu m’as envoyé ça ? Mon petit frère a failli le voir par-dessus mon épaule. Je l’ai effacé.

content-the-pop-up-picture-sent-choice = { $friend } n’a pas aimé ça du tout. Il n’est pas trop tard pour arranger ça. Que fais-tu ?
content-the-pop-up-picture-choice-sorry-tell = Je m’excuse auprès de { $friend } et je dis tout à { $adult }.
content-the-pop-up-picture-feedback-sorry-tell = Voilà comment arranger les choses ! S’excuser compte pour { $friend }, et { $adult } peut aider à tout effacer et à signaler la pub. Tu n’as rien fait de mal.
content-the-pop-up-picture-choice-joke = Je dis que c’était une blague. Le dire à { $adult }, ce serait pire.
content-the-pop-up-picture-feedback-joke = Une occasion d’apprendre : en parler n’empire rien, c’est comme ça qu’on règle le problème. Un adulte de confiance ne sera pas fâché. Il n’est jamais trop tard.

content-the-pop-up-picture-adult-listens-sent = Merci de me l’avoir dit, et merci pour tes excuses. Tu n’as rien fait de mal : cette image a surgi toute seule. On va l’effacer, prévenir la famille de { $friend }, signaler la pub et régler la tablette.
content-the-pop-up-picture-choice-delete-chat = J’efface toute la discussion, puis personne ne saura.
content-the-pop-up-picture-feedback-delete-chat = Une occasion d’apprendre : effacer la discussion n’efface pas ce qui s’est passé, et tu portes ça sans aide. Un adulte de confiance peut aider à arranger ça, sans se fâcher.
content-the-pop-up-picture-deleted-chat = Tu effaces toute la discussion. { $friend } ne te répond plus, et tu gardes tout pour toi.
content-the-pop-up-picture-joke = { $friend } ne dit plus rien et ne veut plus jouer. Chaque jour, tu te sens un peu plus mal, et tu n’en as toujours parlé à personne.

content-the-pop-up-picture-setup = { $adult } ouvre les réglages avec toi. Tu veux continuer à jouer à { $game } avec { $friend } et avoir les nouveaux niveaux, sans ce genre de fenêtres. Choisis chaque réglage.
content-the-pop-up-picture-set-updates = Mises à jour du jeu
content-the-pop-up-picture-val-updates-auto = Automatiques
content-the-pop-up-picture-why-updates-auto = Bon choix ! Les mises à jour viennent du jeu lui-même. Elles ajoutent des niveaux et corrigent des problèmes, parfois de sécurité.
content-the-pop-up-picture-val-updates-ask = Me demander chaque fois
content-the-pop-up-picture-why-updates-ask = Ça marche, mais on te le demandera sans arrêt. Les mises à jour du menu du jeu peuvent s’installer toutes seules.
content-the-pop-up-picture-val-updates-never = Jamais
content-the-pop-up-picture-why-updates-never = Trop fermé ici : sans mises à jour, tu raterais les nouveaux niveaux et les corrections, et tu ne pourrais pas jouer avec { $friend }.
content-the-pop-up-picture-set-popups = Fenêtres pop-up
content-the-pop-up-picture-val-popups-allow = Autoriser
content-the-pop-up-picture-why-popups-allow = C’est par une fenêtre pop-up que cette image est arrivée. Bloque-les : le jeu marche quand même.
content-the-pop-up-picture-val-popups-block = Bloquer
content-the-pop-up-picture-why-popups-block = Oui ! Bloquer les pop-ups en arrête la plupart avant qu’elles arrivent à l’écran, et le jeu marche quand même.
content-the-pop-up-picture-set-filter = Filtre enfants pour les images et les sites
content-the-pop-up-picture-val-filter-off = Désactivé
content-the-pop-up-picture-why-filter-off = Un filtre enfants aide à bloquer les images et les sites qui ne sont pas pour les enfants. Active-le.
content-the-pop-up-picture-val-filter-on = Activé
content-the-pop-up-picture-why-filter-on = Bien ! Un filtre enfants bloque beaucoup de choses qui ne sont pas pour les enfants. Aucun filtre n’est parfait : fermer et en parler, ça compte toujours.
content-the-pop-up-picture-set-chat = Qui peut me parler dans le jeu
content-the-pop-up-picture-val-chat-anyone = Tout le monde
content-the-pop-up-picture-why-chat-anyone = Tout le monde, ça veut dire des inconnus aussi. Les amis que tu as ajoutés, ça suffit pour jouer avec { $friend }.
content-the-pop-up-picture-val-chat-friends = Amis ajoutés
content-the-pop-up-picture-why-chat-friends = Parfait : tu peux toujours parler avec { $friend }, et les inconnus ne peuvent rien t’envoyer.
content-the-pop-up-picture-val-chat-nobody = Personne
content-the-pop-up-picture-why-chat-nobody = Sans risque, mais trop fermé ici : tu veux parler avec { $friend } pendant que tu joues. Les amis ajoutés, ça suffit.

content-the-pop-up-picture-reported = { $adult } signale la pub, et { $game } répond : « Merci ! Nous avons retiré cette pub. » Ensuite, vous jouez au niveau 10 ensemble, et plus rien ne surgit.
content-the-pop-up-picture-pic-reported = Pub signalée
content-the-pop-up-picture-pic-thanks = Merci ! Nous avons retiré cette pub.

content-the-pop-up-picture-monday = Lundi, à la récré, { $friend } n’a pas l’air bien et te prend à part.
content-the-pop-up-picture-friend-confides = Une image pas pour les enfants a surgi dans { $game }, chez moi aussi. Ça me fait bizarre. Ne le dis à personne, d’accord ?
content-the-pop-up-picture-choice-me-too = Moi aussi ! Je l’ai dit chez moi, personne ne s’est fâché.
content-the-pop-up-picture-feedback-me-too = C’est gentil et malin ! Savoir que ça arrive aux autres, et que personne n’était fâché, rend le dire bien plus facile pour { $friend }. Ce n’est pas sa faute non plus.
content-the-pop-up-picture-choice-settings-only = Bloque juste les pop-ups, comme { $adult } me l’a montré.
content-the-pop-up-picture-feedback-settings-only = Bloquer les pop-ups aide ! Mais un réglage n’aide pas { $friend } avec ce sentiment bizarre, et aucun réglage n’arrête tout. Un adulte de confiance peut aider pour les deux.
content-the-pop-up-picture-choice-our-secret = D’accord. Je ne dirai rien à personne, juré. C’est notre secret.
content-the-pop-up-picture-feedback-our-secret = Une occasion d’apprendre : garder le secret laisse { $friend } porter ça sans personne. Ce genre de secret, on a le droit de le briser, parce qu’un grand peut aider. Personne ne serait fâché.

content-the-pop-up-picture-friend-again = Ce soir-là, { $friend } t’envoie un message.
content-the-pop-up-picture-friend-still = Je ne trouve pas ce réglage, et c’est encore arrivé. Je ne veux pas que ma famille le sache.
content-the-pop-up-picture-choice-come-with = Ils ne seront pas fâchés. Je viens avec toi leur dire.
content-the-pop-up-picture-feedback-come-with = Quelle belle amitié ! L’accompagner rend les choses tellement plus faciles. { $friend } n’a rien fait de mal, et un grand à la maison peut aider.
content-the-pop-up-picture-choice-stop-playing = Alors arrête { $game } un moment. C’est trop gênant.
content-the-pop-up-picture-feedback-stop-playing = Une occasion d’apprendre : arrêter le jeu n’aide pas ce sentiment bizarre, et { $friend } perd un jeu adoré. C’est gênant une minute, et puis ça aide.

content-the-pop-up-picture-choice-close-each = Ferme-la à chaque fois. Si ça empire, dis-le à un adulte.
content-the-pop-up-picture-feedback-close-each = Une occasion d’apprendre : fermer, c’est bien, mais attendre que ça empire laisse { $friend } porter ce sentiment bizarre sans aide. Un grand à la maison peut aider dès maintenant, sans se fâcher.
content-the-pop-up-picture-friend-tells = D’accord. Je le dirai à ma famille ce soir. Merci de m’avoir dit que ce n’est pas ma faute.
content-the-pop-up-picture-friend-secret = Tu gardes le secret. { $friend } continue à jouer, et continue à voir ces fenêtres, sans en parler à personne.
content-the-pop-up-picture-friend-closes = { $friend } continue à fermer ces fenêtres sans rien dire, et parle de moins en moins chaque semaine.
content-the-pop-up-picture-friend-stops = { $friend } arrête de jouer à { $game } et ne dit plus rien. Personne à la maison ne sait pourquoi.

content-the-pop-up-picture-choice-tell-together = Moi aussi ! On va le dire à { $adult } ensemble, après l’école ?
content-the-pop-up-picture-feedback-tell-together = Du courage, et de la gentillesse aussi ! Le dire ensemble, c’est plus facile, et { $adult } peut vous aider tous les deux. Rien de tout ça n’est votre faute.
content-the-pop-up-picture-choice-keep-secret = Moi aussi. Je ne dirai rien à { $adult }, sinon c’est le drame.
content-the-pop-up-picture-feedback-keep-secret = Une occasion d’apprendre : les grands savent que ces fenêtres existent, et ils préfèrent aider plutôt que te laisser porter ça sans personne. Il n’est jamais trop tard pour le dire.

content-the-pop-up-picture-choice-close-fast = Moi aussi. Fermons-les vite et oublions tout ça.
content-the-pop-up-picture-feedback-close-fast = Une occasion d’apprendre : les fermer, c’est bien, mais oublier ne marche pas quand elles reviennent. Un adulte de confiance peut les arrêter, et ne sera pas fâché.
content-the-pop-up-picture-adult-both = Merci de me l’avoir dit, tous les deux. Vous n’avez rien fait de mal, et je ne suis pas en colère. On va signaler cette pub à { $game } et régler la tablette. Je préviendrai aussi la famille de { $friend }.
content-the-pop-up-picture-both-secret = Vous ne dites rien, tous les deux. Les fenêtres continuent de surgir, et chaque fois, le sentiment bizarre revient.
content-the-pop-up-picture-both-close = Vous les fermez vite, chaque fois. Mais elles reviennent, et chaque fois le sentiment bizarre revient aussi.
content-the-pop-up-picture-reported-both = { $game } répond : « Merci ! Nous avons retiré cette pub. » { $friend } te fait un grand sourire. Tout est plus léger maintenant qu’un grand est au courant.
content-the-pop-up-picture-reported-sent = { $game } répond : « Merci ! Nous avons retiré cette pub. » Le lendemain, { $friend } t’invite au niveau 10, et tu t’excuses encore.

content-the-pop-up-picture-end-safe = Tu as fermé cette fenêtre et tu l’as dit à { $adult }, et tu as aidé { $friend } à trouver de l’aide aussi. La pub est signalée et la tablette est réglée. Personne n’était fâché, et rien de tout ça n’était ta faute !
content-the-pop-up-picture-end-recovered = Une image que tu n’avais pas demandée a surgi, et ça s’est compliqué. Puis tu l’as dit à { $adult } : la pub est signalée et la tablette est réglée. Le dire, c’était le plus courageux !
content-the-pop-up-picture-end-friend-alone = Toi, ça va, et ta tablette est réglée. Mais { $friend } voit toujours ces fenêtres sans aide, et personne à la maison ne le sait. Un adulte de confiance pourrait l’aider aussi.
content-the-pop-up-picture-end-harmful = Tu portes ça sans personne, et c’est lourd. Ce n’était jamais ta faute. Il n’est jamais trop tard pour en parler à un adulte de confiance : il ne sera pas fâché, et il t’aidera.

# A last question at school: someone wants the way to the picture.
content-the-pop-up-picture-last-ask = Plus tard dans la semaine, un enfant d’une autre classe t’arrête à l’école : « Il paraît qu’une image choquante a surgi dans { $game }. C’était quoi, le site ? »
content-the-pop-up-picture-choice-not-share = Je ne le donne pas. Ce n’est pas pour les enfants, c’est tout.
content-the-pop-up-picture-feedback-not-share = Bravo ! Donner le site, ce serait comme faire passer l’image. En disant non, tu évites à d’autres enfants de la voir.
content-the-pop-up-picture-choice-give-site = C’était free-pix-quelque chose. Mais ne dis à personne que c’est moi.
content-the-pop-up-picture-feedback-give-site = Une occasion d’apprendre : donner le site, c’est comme envoyer l’image, et ça pourrait choquer d’autres enfants. Tu peux encore arranger ça.
content-the-pop-up-picture-gave-site = Le lendemain, cet enfant a l’air tout retourné, et tu te sens mal. Le soir, tu en parles à { $adult }, qui ne se fâche pas et prévient l’école, pour qu’un enseignant puisse aider.
