# Contenus / agressif : La vidéo choquante (13-15 ans)

content-the-shocking-video-title = La vidéo choquante
content-the-shocking-video-summary = Une vidéo violente atterrit dans la discussion de ta classe, et l’inconnu qui l’a postée veut t’en envoyer d’autres.
content-the-shocking-video-remember = Rien ne t’oblige à regarder ou à partager quelque chose de bouleversant, et c’est normal de ressentir un choc. Signale-le, fais une pause et parles-en à un adulte de confiance.

content-the-shocking-video-app = { $app }
content-the-shocking-video-npc-stranger = { $stranger }
content-the-shocking-video-npc-friend = { $friend }
content-the-shocking-video-npc-adult = { $adult }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
content-the-shocking-video-app-chatterly = Chatterly
content-the-shocking-video-app-groupnest = GroupNest
content-the-shocking-video-app-pingpal = PingPal
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = Maman
content-the-shocking-video-adult-dad = Papa
content-the-shocking-video-adult-aunt = Tata Rosa

content-the-shocking-video-intro = Il est 22 h et la discussion de ta classe sur { $app } est pleine de mèmes sur les devoirs. Il y a une heure, quelqu’un que personne ne connaît, { $stranger }, a rejoint le groupe grâce au lien d’invitation.
content-the-shocking-video-pic-class-chat = Groupe de la classe
content-the-shocking-video-pic-joined = { $stranger } a rejoint via le lien d’invitation
content-the-shocking-video-video-drop = VRAIE baston filmée, ça devient vraiment grave à la fin. Regardez avant que ce soit supprimé ! Envoyez-la dans tous vos groupes.
content-the-shocking-video-pic-forwarded = Transféré plusieurs fois
content-the-shocking-video-pic-cover-title = Contenu sensible
content-the-shocking-video-pic-cover-body = Cette vidéo peut choquer
content-the-shocking-video-pic-view = Voir la vidéo
content-the-shocking-video-pic-duration = 0:47

content-the-shocking-video-friend-reacts = Quelqu’un l’a regardée ? Il paraît que quelqu’un a été grièvement blessé. Je l’ouvre ?
content-the-shocking-video-choice-dont-open = Non. Je viens de la signaler. Personne ne la transfère, OK ?
content-the-shocking-video-feedback-dont-open = Bien joué. Les vidéos violentes peuvent rester en tête, et chaque partage blesse encore la personne filmée. Un signalement aide { $app } à la retirer pour tout le monde.
content-the-shocking-video-choice-scroll-past = Je ne l’ouvre pas. { $adult } dit toujours de zapper ces trucs.
content-the-shocking-video-feedback-scroll-past = Ne pas regarder te protège, bien vu. Mais la vidéo continue de circuler dans ta classe. Un signalement rapide et un « ne la partagez pas » pourraient l’arrêter.
content-the-shocking-video-choice-watch-quick = Ouvre-la vite avant qu’elle soit supprimée, on saura.
content-the-shocking-video-feedback-watch-quick = Une occasion d’apprendre : « regardez avant que ce soit supprimé », c’est un hameçon pour te faire cliquer. Rien ne t’oblige à regarder un truc juste parce que tout le monde en parle.

content-the-shocking-video-c-reported = Tu signales la vidéo. { $friend } répond : « ok, je l’ouvre pas. » Deux autres ajoutent : « pareil, je partage pas. »
content-the-shocking-video-pic-reply-ok = ok, je l’ouvre pas.
content-the-shocking-video-pic-reply-same = pareil, je partage pas.
content-the-shocking-video-pic-report-thanks = Merci pour ton signalement
content-the-shocking-video-pic-report-review = Nous allons examiner cette vidéo
content-the-shocking-video-pic-report-reason = Violence
content-the-shocking-video-pic-done = Terminé
content-the-shocking-video-c-scrolled = Tu fais défiler. À 22 h 30, la vidéo a été transférée dans trois autres groupes, et les gens demandent qui on voit dedans.
content-the-shocking-video-c-watched = Tu regardes quelques secondes. C’est pire que prévu. Tu fermes, mais les images restent dans ta tête, et ton cœur cogne fort.

content-the-shocking-video-stranger-dm = Je t’ai vu dans le groupe. J’ai des vidéos bien pires. Ajoute-moi sur une appli privée, mais le dis pas à tes parents mdr.
content-the-shocking-video-choice-screenshot-block = Capture d’abord, puis je bloque et je signale { $stranger }.
content-the-shocking-video-feedback-screenshot-block = Exactement. Des vidéos choquantes, une appli privée et « le dis pas à tes parents » venant d’un compte inconnu : trois signaux d’alerte. Capturer d’abord permet à un adulte de tout voir.
content-the-shocking-video-choice-warn-stranger = Je le dis à mes parents et je te signale. Laisse-moi tranquille.
content-the-shocking-video-feedback-warn-stranger = Ne pas lui faire confiance, c’est juste. Mais prévenir ce genre de compte lui laisse le temps de tout effacer ou d’insister. Arrête de répondre, capture, bloque, signale, puis parles-en.
content-the-shocking-video-choice-ok-send = Mdr ok, envoie. Mes parents vérifient jamais mon téléphone.
content-the-shocking-video-feedback-ok-send = Une occasion d’apprendre : un compte inconnu qui pousse des vidéos choquantes et veut des secrets avec tes parents ne veut pas ton bien. Répondre lui montre que tu es facile à joindre.

content-the-shocking-video-c-blocked = Tu enregistres deux captures, puis tu bloques et signales { $stranger }. La discussion devient silencieuse.
content-the-shocking-video-c-warned = mdr vas-y, balance. personne te croira.
content-the-shocking-video-c-warned-after = Toute la discussion disparaît : « Cette conversation a été supprimée. » { $stranger } est toujours dans le groupe de ta classe, et tu n’as rien gardé.
content-the-shocking-video-c-more-clips = { $stranger } envoie le lien d’une vidéo encore pire. Ensuite, ce compte te demande ton âge, et un selfie « pour prouver que t’es pas une balance ». Ton estomac se noue.
content-the-shocking-video-pattern-blocked = Ce sont les manœuvres que { $follower } a tentées avec toi : une appli privée, et « le dis pas à tes parents ». Tu as reconnu le schéma et tu as coupé court.
content-the-shocking-video-pattern-warned = Tu te souviens de { $follower } ? Une appli privée et « le dis pas à tes parents », ce sont les mêmes manœuvres. La prochaine fois, fais comme alors : capture en silence, puis bloque, signale et parles-en.
content-the-shocking-video-pattern-more = C’est le schéma que tu as vu avec { $follower } : des secrets à cacher à tes parents, puis une photo. Tu l’as arrêté une fois, tu peux l’arrêter maintenant.

content-the-shocking-video-late-night = Il est presque 23 h et ta tête bourdonne après tout ça. C’est normal que des choses vues en ligne te secouent. Comment veux-tu finir la soirée ?
content-the-shocking-video-pic-clock = 22:58
content-the-shocking-video-pic-new-messages = 47 nouveaux messages
content-the-shocking-video-pic-who = c’est qui dans la vidéo ??
content-the-shocking-video-choice-talk-sleep = Je laisse mon tél dans la cuisine et je file voir { $adult }.
content-the-shocking-video-feedback-talk-sleep = Super choix. En parler rend les émotions lourdes plus légères, et une nuit sans écran aide ton cerveau à se calmer. { $adult } peut aussi aider pour les signalements.
content-the-shocking-video-choice-mute-sleep = Je coupe et je dors. J’en parlerai à { $adult } si ça me travaille.
content-the-shocking-video-feedback-mute-sleep = Une pause et du sommeil aident vraiment. Mais « si ça me travaille », c’est le garder pour toi toute la nuit, et ça revient souvent. En parler maintenant aide.
content-the-shocking-video-choice-read-chat = Je lis tous les commentaires, pour voir ce qu’on en dit.
content-the-shocking-video-feedback-read-chat = Une occasion d’apprendre : lire tous les commentaires tard le soir rend souvent les choses choquantes encore plus grosses, et tu perds du sommeil. C’est OK de te déconnecter.

content-the-shocking-video-c-parent-talk = Merci de me l’avoir dit. C’est normal que ça te secoue, et tu n’as rien fait de mal. On va s’assurer que ce compte est signalé, et demander à ton prof de changer le lien d’invitation du groupe.
content-the-shocking-video-c-read-late = Tu lis jusqu’à 1 h du matin. Les gens décrivent chaque seconde de la vidéo, et la miniature n’arrête pas de réapparaître.
content-the-shocking-video-c-muted-sleep = Tu dors, à peu près. Le matin, la vidéo est toujours dans le groupe de la classe, et quelqu’un a transféré une nouvelle vidéo du même compte. Rien que la miniature te serre le ventre.

content-the-shocking-video-morning = La nuit n’a pas tout effacé. Et maintenant ?
content-the-shocking-video-choice-show-adult = Je montre tout le chat à { $adult } avant de partir à l’école.
content-the-shocking-video-feedback-show-adult = Bravo. Certaines choses ne s’effacent pas avec le sommeil, et les partager les rend plus légères. Un adulte peut aussi faire retirer ce compte du groupe par l’école.
content-the-shocking-video-choice-one-look = Juste un coup d’œil. Ça va, pas la peine de déranger { $adult }.
content-the-shocking-video-feedback-one-look = Une occasion d’apprendre : « juste un coup d’œil », c’est comme ça que les vidéos choquantes restent coincées dans la tête. Pas besoin de la voir pour la signaler, et en parler ne dérange jamais.
content-the-shocking-video-c-parent-morning = Tu as bien fait de me le montrer. Tu n’as rien fait de mal. Je signale ce compte avec toi et j’appelle l’école, pour que le groupe ait un nouveau lien d’invitation aujourd’hui.
content-the-shocking-video-c-one-look = C’est encore pire que ce qu’on disait. Tu la signales, mais toute la journée à l’école, les images reviennent.

content-the-shocking-video-upset-choice = C’était dur à voir, et c’est tout à fait normal que ça te secoue. Et maintenant ?
content-the-shocking-video-choice-find-adult = Je ferme et je vais voir { $adult }. Pas envie de rester dans mon coin.
content-the-shocking-video-feedback-find-adult = C’est comme ça qu’on se reprend. En parler aide les images à s’effacer, et { $adult } peut aider à signaler la vidéo. L’ouvrir, c’était un faux pas, pas ta faute.
content-the-shocking-video-choice-funny-clips = Vidéos drôles jusqu’à me sentir en sécurité. { $adult } s’inquiéterait.
content-the-shocking-video-feedback-funny-clips = Te calmer, c’est un bon réflexe. Mais les vidéos choquantes reviennent souvent plus tard, et { $adult } préférerait savoir plutôt que te voir les garder pour toi.
content-the-shocking-video-choice-forward-group = Je l’envoie au groupe de foot. Ils voudront la voir.
content-the-shocking-video-feedback-forward-group = Une occasion d’apprendre : transférer répand le choc chez des gens qui n’ont jamais choisi de le voir, et blesse encore la personne filmée. Il n’est jamais trop tard pour supprimer et en parler.

content-the-shocking-video-c-adult-upset = Tu as bien fait de venir me voir, et tu n’as pas d’ennuis. On va signaler la vidéo et le compte qui l’a postée. Si les images reviennent, on en reparle, ou on appelle une ligne d’écoute.
content-the-shocking-video-c-forwarded = Le groupe de foot se remplit de réponses choquées. Quelqu’un demande où tu l’as eue. Puis un nouveau message arrive.
content-the-shocking-video-c-funny = Les vidéos drôles aident un peu. Mais à 23 h, la vidéo est toujours dans ta tête. Puis un nouveau message arrive.

content-the-shocking-video-stranger-late = Je t’ai vu l’ouvrir… je savais que tu pouvais encaisser du vrai. Ajoute-moi sur une appli privée pour des pires. le dis pas à tes parents mdr
content-the-shocking-video-choice-show-chat = Capture, puis je vais montrer toute la discussion à { $adult }.
content-the-shocking-video-feedback-show-chat = Courageux et malin. Un compte inconnu qui pousse des vidéos pires et le secret, c’est un signal d’alerte. Les captures gardent les preuves, et un adulte peut bloquer et signaler avec toi.
content-the-shocking-video-choice-send-one-more = Ok, envoie-en une dernière. J’aurai des preuves pour { $adult }.
content-the-shocking-video-feedback-send-one-more = Une occasion d’apprendre : tu as déjà assez de preuves. « Juste une dernière » te garde en contact avec quelqu’un qui ne veut pas ton bien. Garde ce que tu as, arrête de répondre et demande de l’aide.
content-the-shocking-video-c-more-late = { $stranger } envoie un autre lien, puis demande ton âge, et un selfie « pour prouver que t’es pas une balance ». Et continue d’écrire.

content-the-shocking-video-sango-help = Je m’inquiète. Des vidéos pires, des secrets pour tes parents, et maintenant un selfie : ce sont des signaux d’alerte. En parler, ce n’est pas balancer. Ce n’est pas ta faute, et tu peux arrêter ça.
content-the-shocking-video-choice-stop-tell = J’arrête de répondre, je capture tout et je vais voir { $adult }.
content-the-shocking-video-feedback-stop-tell = Courageux et malin. Les captures sont des preuves, arrêter de répondre coupe le contact, et un adulte de confiance peut bloquer et signaler le compte avec toi. Tu n’as pas d’ennuis.
content-the-shocking-video-choice-send-selfie = J’envoie. Comme ça, ils arrêtent et { $adult } n’en saura rien.
content-the-shocking-video-feedback-send-selfie = Une occasion d’apprendre : céder pousse souvent ce genre de personne à demander plus, pas moins. { $adult } t’aidera, et personne ne t’en voudra. Il n’est jamais trop tard pour arrêter de répondre.
content-the-shocking-video-c-selfie-sent = Tu l’envoies. { $stranger } répond aussitôt : il en veut un autre, et menace de partager le premier si tu arrêtes.

content-the-shocking-video-c-adult-stranger = Tu as vraiment bien fait de me le montrer, et tu n’as pas d’ennuis. On garde les captures, on bloque et on signale ce compte, on prévient l’école. Si ça continue, on appelle une ligne d’écoute ou la police.

content-the-shocking-video-end-safe = Ni la vidéo ni { $stranger } n’ont eu prise sur toi, tu as reposé ta tête, et { $adult } est au courant. Le compte est signalé, et le lien d’invitation du groupe va être changé.
content-the-shocking-video-end-tired = Tu tombes de fatigue, ce que tu as vu et lu tourne en boucle dans ta tête, et personne ne sait ce que tu ressens. Ça peut revenir. Te déconnecter et parler à un adulte de confiance aide bien plus que faire défiler.
content-the-shocking-video-end-recovered = C’est devenu lourd, mais tu as réparé : tu as fait une pause et tu as parlé à { $adult }, qui t’aide à tout signaler. En parler, c’était courageux, et ça aide les images à s’effacer.
content-the-shocking-video-end-harmful = { $stranger } continue d’écrire et en veut plus. Ce n’est pas ta faute, et jamais trop tard : n’envoie plus rien, garde les messages, parles-en à un adulte de confiance. Il t’aidera, avec une ligne d’écoute ou la police.

# What the choices leave on "My phone" (traces).
content-the-shocking-video-trace-reported = Le compte qui envoyait des vidéos violentes dans le groupe de la classe, signalé.
content-the-shocking-video-trace-reported-advice = Bien vu : un signalement aide l’appli à le retirer pour tout le monde. Si un nouveau compte essaie la même chose, garde une capture, bloque, signale et parles-en encore.
