# Contenus / violence : La vidéo violente (16-18 ans). Une vraie attaque filmée pour être partagée. Rien n'en est décrit.

content-the-violent-clip-title = La vidéo violente
content-the-violent-clip-summary = La vidéo d’une vraie attaque arrive dans ton groupe, et quelqu’un veut que tout le monde la voie.
content-the-violent-clip-remember = Rien ne t’oblige à regarder de la violence, et la partager, même pour la dénoncer, la diffuse. Signale-la, bloque ceux qui l’applaudissent, suis des médias fiables et parles-en. Veille sur les amis qui l’ont vue.

content-the-violent-clip-app = { $app }
content-the-violent-clip-npc-friend = { $friend }
content-the-violent-clip-npc-adult = { $adult }

# Variété : à chaque partie, une option de chaque variable de `vary` est choisie.
content-the-violent-clip-app-grouploop = GroupLoop
content-the-violent-clip-app-hubbub = Hubbub
content-the-violent-clip-app-chatnest = ChatNest
content-the-violent-clip-news-city-wire = City Wire
content-the-violent-clip-news-daily-ledger = The Daily Ledger
content-the-violent-clip-news-world-report = World Report
content-the-violent-clip-adult-aunt = Tante Leïla
content-the-violent-clip-adult-mum = Maman
content-the-violent-clip-adult-grandad = Papi

content-the-violent-clip-intro = Dimanche, 21 h. Les alertes info s’enchaînent : il y a eu une attaque pendant un concert, dans une grande ville. Des gens ont été blessés. On n’en sait pas encore beaucoup.

# Décision 1 : la « vidéo complète ».
content-the-violent-clip-clip-drop = Voilà la vidéo complète du concert, filmée par l’agresseur. C’est horrible. Tout le monde doit voir ce qui s’est passé. Regardez avant qu’elle soit supprimée.
content-the-violent-clip-pic-group = Groupe de la classe
content-the-violent-clip-pic-forwarded = Transféré de nombreuses fois
content-the-violent-clip-pic-cover-title = Contenu sensible
content-the-violent-clip-pic-cover-body = Cette vidéo peut montrer de la violence
content-the-violent-clip-pic-view = Regarder
content-the-violent-clip-pic-caption = Vidéo COMPLÈTE avant suppression
content-the-violent-clip-choice-news = Je ne regarde pas ça. Je vais vérifier ce que dit { $news }.
content-the-violent-clip-feedback-news = Bonne décision. Ces vidéos sont faites pour répandre la peur, et elles peuvent rester en tête longtemps. Un média fiable te dit ce qui s’est passé sans montrer le pire.
content-the-violent-clip-choice-mute = Je coupe le son et je dors. Plus sûr de ne rien vérifier.
content-the-violent-clip-feedback-mute = Ne pas regarder te protège, c’est bien. Mais { $friend } continue de la partager, et couper le son ne l’empêche pas de circuler. Dire quelque chose, ou la signaler, peut le faire.
content-the-violent-clip-choice-watch = Je regarde jusqu’au bout. Je dois savoir ce qui s’est passé.
content-the-violent-clip-feedback-watch = Une occasion d’apprendre : pas besoin de voir la violence pour savoir qu’elle a eu lieu. Les agresseurs filment souvent pour être vus, donc chaque vue les aide. Tu as le droit de détourner les yeux.

content-the-violent-clip-c-news = { $news } : « Plusieurs personnes ont été blessées pendant un concert ce soir. La police enquête. Nous ne montrons pas d’images de l’attaque, et nous vous demandons de ne pas les partager non plus. »
content-the-violent-clip-pic-news = { $news }
content-the-violent-clip-pic-headline = Attaque pendant un concert : ce que l’on sait
content-the-violent-clip-pic-updated = Mis à jour à 21 h 14
content-the-violent-clip-pic-notice = Nous ne montrons pas la vidéo de l’attaque.
content-the-violent-clip-pic-support = L’actualité te bouleverse ? Parles-en à quelqu’un de confiance.
content-the-violent-clip-c-muted = Tu coupes le son et tu dors mal. Le matin, la vidéo est dans trois autres groupes, et { $friend } a ajouté : « Partagez. Les gens doivent voir. »
content-the-violent-clip-c-watched = Tu regardes. C’est pire que ce que tu imaginais. Tu t’arrêtes vers la fin, mais ton cœur bat fort et les images ne partent pas.

# Bien le dire : un message au groupe de la classe.
content-the-violent-clip-compose-intro = Dans le groupe de la classe, on continue de transférer la vidéo avec des « c’est horrible ». Tu décides d’écrire au groupe toi-même.
content-the-violent-clip-compose = Mets ce qui aide le groupe à arrêter de partager et à prendre soin les uns des autres. Laisse de côté ce qui la diffuse ou lance une dispute.
content-the-violent-clip-compose-to = Groupe de la classe
content-the-violent-clip-ph-hey = Salut tout le monde.
content-the-violent-clip-why-hey = Commencer gentiment, ça ne change rien, dans un sens comme dans l’autre.
content-the-violent-clip-ph-link = Voilà le lien, pour que vous sachiez de quelle vidéo je parle.
content-the-violent-clip-why-link = À enlever. Un lien, même pour expliquer, c’est une façon de plus de diffuser la vidéo.
content-the-violent-clip-ph-please = Ne partagez pas la vidéo, même pour dire que c’est horrible.
content-the-violent-clip-why-please = Oui. Demander clairement, sans accuser personne, c’est ce qui arrête une vidéo.
content-the-violent-clip-ph-sick = Signalez ceux qui la repartagent. Ils sont malades.
content-the-violent-clip-why-sick = À enlever. Traiter les gens de malades lance une dispute, et c’est la vidéo qu’il faut signaler, pas tes camarades.
content-the-violent-clip-ph-report = Si elle réapparaît, signalez-la dans l’appli. Ça prend une seconde.
content-the-violent-clip-why-report = Oui. Les signalements aident l’appli à supprimer la vidéo pour tout le monde.
content-the-violent-clip-ph-details = J’ai tout regardé. C’est même pas si grave.
content-the-violent-clip-why-details = À enlever. « Pas si grave » pousse les gens à regarder, et parler de ce qu’on y voit la diffuse aussi.
content-the-violent-clip-ph-talk = Si ça vous a fait quelque chose, c’est normal. Parlez-en.
content-the-violent-clip-why-talk = Oui. Dire qu’on a le droit d’avoir du mal, et que tu es là, aide plus qu’on ne le croit.
content-the-violent-clip-c-sent = Tu envoies ton message. Quelques personnes répondent, et { $friend } ne dit plus rien.

# Le fil du lendemain.
content-the-violent-clip-sort = Le lendemain matin, ton fil est rempli de l’attaque. Où va chaque publication ?
content-the-violent-clip-post-glory-from = { $stranger }
content-the-violent-clip-post-glory = Il leur a montré. Vidéo complète non censurée sur ma chaîne, avant qu’ils la suppriment.
content-the-violent-clip-post-glory-why = Ne la partage pas : signale ce compte et bloque-le. Il fait l’éloge de l’agresseur et diffuse la vidéo, ce que veulent les agresseurs. Faire l’éloge de la violence enfreint les règles de toutes les applis.
content-the-violent-clip-post-news-from = { $news }
content-the-violent-clip-post-news = En direct : l’attaque du concert. Ce que l’on sait, ce que l’on ignore encore, et où trouver du soutien. Nous ne montrerons pas la vidéo de l’attaque.
content-the-violent-clip-post-news-why = Tu peux la partager : un média identifié, honnête sur ce qu’il ne sait pas encore, et qui ne montre pas la vidéo.
content-the-violent-clip-post-rumour-from = breaking_now_24
content-the-violent-clip-post-rumour = NON CONFIRMÉ : une deuxième attaque en cours à la gare centrale EN CE MOMENT !! Partagez vite !!
content-the-violent-clip-post-rumour-why = À vérifier d’abord. Pas de source, « non confirmé » et « partagez vite » : c’est comme ça que les fausses alertes sèment la panique. Attends un média fiable ou la police.
content-the-violent-clip-post-quiet-from = Conseil des élèves
content-the-violent-clip-post-quiet = La salle calme est ouverte demain à midi pour toutes celles et tous ceux que l’actualité a bouleversés. L’équipe d’écoute sera là.
content-the-violent-clip-post-quiet-why = Tu peux la partager : c’est local, bienveillant et utile. Une aide facile à trouver touche plus de monde.
content-the-violent-clip-post-repost-from = Quelqu’un de ta classe
content-the-violent-clip-post-repost = c’est DÉGUEULASSE. partagez pour que tout le monde voie ce qu’il a fait [vidéo]
content-the-violent-clip-post-repost-why = Ne la partage pas, même si elle est en colère contre l’agresseur. Repartager pour dénoncer diffuse quand même la vidéo à des gens qui n’ont pas choisi de la voir. Signale plutôt la vidéo.
content-the-violent-clip-post-support-from = Ligne d’écoute jeunesse
content-the-violent-clip-post-support = Tu as vu quelque chose de choquant ? Tu n’as pas à le porter sans aide. Parles-en à quelqu’un de confiance, ou trouve une ligne d’écoute dans ton pays.
content-the-violent-clip-post-support-why = Tu peux la partager : elle vient d’un service d’écoute et oriente vers de l’aide sans rien montrer.

# L'ami qui l'a regardée.
content-the-violent-clip-friend-night = il est 2 h. j’ai regardé toute la vidéo hier soir et je n’arrête pas de la revoir. j’arrive pas à dormir. c’est bizarre ?
content-the-violent-clip-choice-call = Pas bizarre du tout. Je peux t’appeler ? Ça aide, tu sais.
content-the-violent-clip-feedback-call = C’est ça, l’amitié. Ne pas dormir après ça, c’est normal, et entendre une voix aide. L’encourager à réveiller quelqu’un à la maison compte aussi.
content-the-violent-clip-choice-funny = Lui envoyer des vidéos drôles pour lui changer les idées.
content-the-violent-clip-feedback-funny = Gentille idée, et se changer les idées aide un peu. Mais { $friend } demandait si c’est bizarre : il faut lui dire que c’est normal, et qu’en parler aide.
content-the-violent-clip-choice-report-only = Lui dire de signaler la vidéo et de bloquer le groupe.
content-the-violent-clip-feedback-report-only = Signaler, c’est bien, et ça aide tout le monde. Mais { $friend } te confiait ses émotions. Écouter d’abord ; le signalement peut attendre une minute.
content-the-violent-clip-choice-rewatch = Tu la regardes encore, c’est sûr. Elle perdra de sa force.
content-the-violent-clip-feedback-rewatch = Une occasion d’apprendre : revoir quelque chose de choquant le grave en général plus fort, au lieu de l’effacer. Il n’est pas trop tard pour aider { $friend } à trouver un vrai soutien.
content-the-violent-clip-c-call = Tu appelles. { $friend } parle longtemps, puis promet de réveiller quelqu’un à la maison. Le matin, { $adult } te demande comment tu vas.
content-the-violent-clip-adult-check = J’ai entendu parler de cette vidéo. Comment tu te sens ? Tu as bien fait de ne pas la regarder, et d’être là pour { $friend }. On la signale ensemble, et on peut en parler quand tu veux.
content-the-violent-clip-c-funny = Tu envoies des vidéos drôles. { $friend } répond par un émoji qui rit, puis plus rien.
content-the-violent-clip-c-report-only = ok signalé. mais j’arrête pas de la revoir.

# Le lendemain : « le dis à personne ».
content-the-violent-clip-next-day = j’ai encore pas dormi. j’arrête pas d’y penser. le dis à personne ok ? je veux pas d’histoires.
content-the-violent-clip-choice-tell-together = Je m’inquiète. On va le dire à { $adult } aujourd’hui.
content-the-violent-clip-feedback-tell-together = C’est la bonne décision, même si on t’a demandé de te taire. Quand un ami va mal, en parler à un adulte de confiance n’est pas une trahison : c’est en prendre soin. Une ligne d’écoute peut aider aussi.
content-the-violent-clip-choice-keep-secret = D’accord, je ne dirai rien. Je vérifierai chaque jour que ça va.
content-the-violent-clip-feedback-keep-secret = Une occasion d’apprendre : prendre des nouvelles, c’est gentil, mais un ami qui ne dort plus depuis des jours a besoin de plus qu’un secret. Il n’est jamais trop tard pour en parler à un adulte de confiance.
content-the-violent-clip-choice-brush-off = Ça va passer. Tout le monde a vu pire sur internet.
content-the-violent-clip-feedback-brush-off = Une occasion d’apprendre : « on a tous vu pire » donne l’impression qu’on ne peut pas en parler. Le choc après la violence, c’est normal. Il n’est jamais trop tard pour en parler à un adulte de confiance.
content-the-violent-clip-adult-friend = Merci de me l’avoir dit. Tu ne trahis pas { $friend } : au contraire, tu en prends soin. Je parle à sa famille aujourd’hui, et on signale la vidéo. Et toi, comment tu vas ?
content-the-violent-clip-c-alone = { $friend } ne répond plus. Au lycée, on voit sa fatigue, et personne d’autre ne sait pourquoi.
content-the-violent-clip-c-secret = Tu gardes le secret. Chaque jour tu prends des nouvelles, et chaque jour { $friend } répond « ça va », l’air de plus en plus fatigué.

# Après le conseil « regarde-la encore ».
content-the-violent-clip-c-rewatch = je l’ai regardée encore comme tu disais. c’est pire. je tremble.
content-the-violent-clip-after-rewatch = Ce conseil a empiré les choses, et on a le droit de le reconnaître. { $friend } a besoin de plus qu’un ami en ce moment. Et maintenant ?
content-the-violent-clip-choice-go-together = On va le dire à { $adult }, maintenant. Et je viens avec toi.
content-the-violent-clip-feedback-go-together = Un choix courageux et juste. On a le droit de reconnaître qu’un conseil n’a pas aidé. Un adulte de confiance, un conseiller ou une ligne d’écoute : voilà ce qu’il faut à { $friend } maintenant.
content-the-violent-clip-choice-promise = Je te promets de ne rien dire. Ça restera privé, entre nous.
content-the-violent-clip-feedback-promise = Une occasion d’apprendre : une promesse de garder secret le mal-être d’un ami, tu as le droit de la rompre. Il n’est jamais trop tard pour en parler à un adulte de confiance.
content-the-violent-clip-choice-wont-think = Essaie de ne plus y penser du tout. Ça va passer.
content-the-violent-clip-feedback-wont-think = Une occasion d’apprendre : essayer de ne pas penser à quelque chose le rend souvent plus présent. Ce qui aide, c’est d’en parler. Il n’est jamais trop tard pour en parler à un adulte de confiance.
content-the-violent-clip-adult-friend-late = Merci de venir me voir. Personne n’aura d’ennuis : beaucoup de gens croient que revoir une vidéo aide. J’appelle sa famille maintenant, et on signale la vidéo. Et toi, ça va ?
content-the-violent-clip-c-promise = Tu échanges des messages avec { $friend } jusqu’à 3 h. Les tremblements continuent, sans autre aide que toi, et personne d’autre ne sait.

# Après avoir regardé.
content-the-violent-clip-shaken = C’était beaucoup. Se sentir à l’envers après une chose pareille, c’est normal, et ce n’est pas ta faute si tu l’as vue. Et maintenant ?
content-the-violent-clip-choice-find-adult = Je pose mon téléphone et je vais vite voir { $adult }.
content-the-violent-clip-feedback-find-adult = C’est comme ça qu’on s’en sort. En parler aide les images à s’effacer, et { $adult } peut t’aider à signaler la vidéo. L’avoir vue n’était pas ta faute.
content-the-violent-clip-choice-funny-self = Des vidéos drôles au lit, jusqu’à me sentir en sécurité.
content-the-violent-clip-feedback-funny-self = Chercher à te calmer, c’est un bon réflexe. Mais ce genre d’images revient souvent la nuit, et tu n’as pas à les porter sans aide. En parler aide davantage.
content-the-violent-clip-choice-forward = L’envoyer au groupe de foot : ils doivent voir ça.
content-the-violent-clip-feedback-forward = Une occasion d’apprendre : même pour montrer l’horreur, transférer répand le choc chez des gens qui n’ont pas choisi de voir ça, et c’est ce que voulait l’agresseur. Tu peux encore arrêter et en parler.
content-the-violent-clip-c-forwarded = Le groupe de foot se remplit de réponses choquées, et quelqu’un demande d’où elle vient. À 1 h du matin, les images sont toujours là.
content-the-violent-clip-c-funny-self = Les vidéos drôles aident un peu. Mais à 1 h du matin, les images sont toujours là, et des gens te demandent le lien.

content-the-violent-clip-late = Il est 1 h. Les images reviennent sans arrêt, et des gens te demandent encore le lien. Et maintenant ?
content-the-violent-clip-choice-report-wake = Je signale la vidéo, puis je réveille { $adult }.
content-the-violent-clip-feedback-report-wake = Un choix courageux et juste. Signaler aide à la faire supprimer, et réveiller un adulte à 1 h pour ça, c’est permis. Personne ne t’en voudra de l’avoir vue.
content-the-violent-clip-choice-send-link = Je leur envoie le lien. Ils la verront de toute façon.
content-the-violent-clip-feedback-send-link = Une occasion d’apprendre : « ils la verront de toute façon » n’est pas une raison pour aider à la diffuser. Il n’est jamais trop tard pour arrêter, signaler et en parler à un adulte de confiance.
content-the-violent-clip-choice-doomscroll = Je reste debout à vérifier chaque commentaire, par sécurité.
content-the-violent-clip-feedback-doomscroll = Une occasion d’apprendre : lire tous les commentaires tard le soir rend les choses choquantes plus grosses, et tu perds du sommeil. Tu as le droit de te déconnecter et d’en parler.
content-the-violent-clip-adult-late = Ça me fait vraiment plaisir que tu viennes me voir. Personne ne t’en veut : beaucoup l’ont vue sans savoir. On la signale, on coupe la lecture auto, et on parle. Si les images reviennent, on appellera une ligne d’écoute.
content-the-violent-clip-c-doomscroll = Tu lis jusqu’à 3 h. Chaque commentaire revient dessus, et les images semblent plus grosses que jamais.
content-the-violent-clip-c-sent-link = Tu envoies le lien. Il est transféré encore et encore, et une réponse dit : « merci, je l’envoie à mon petit frère ».

content-the-violent-clip-end-safe = Tu ne l’as pas regardée, tu as écrit au groupe au lieu de la transférer, et tu as été là pour { $friend }. Prendre soin de soi et de ses amis, ça fait partie de la sécurité en ligne.
content-the-violent-clip-end-safe-late = Il a fallu une journée, mais { $adult } sait comment va { $friend }, et du soutien arrive. Remarquer qu’un ami va mal et en parler, c’est ce que font les vrais amis.
content-the-violent-clip-end-recovered = Tu as vu plus que personne ne devrait voir, mais { $adult } est au courant grâce à toi. La vidéo est signalée, et les images s’effacent plus vite quand on en parle. Rien de tout ça n’était ta faute.
content-the-violent-clip-end-recovered-friend = Ton premier conseil n’a pas aidé, mais tu as réparé ça : { $adult } est au courant, et { $friend } reçoit du soutien. Le reconnaître et demander de l’aide, c’était courageux.
content-the-violent-clip-end-mixed = { $friend } porte tout ça sans personne. Ça passera peut-être, ou peut-être pas. Il n’est jamais trop tard pour en parler à un adulte de confiance, même si on t’a demandé le silence.
content-the-violent-clip-end-tired = Tu n’en peux plus, les images semblent plus grosses que jamais, et personne ne sait ce que tu ressens. Te déconnecter et parler à un adulte de confiance ou à une ligne d’écoute aide bien plus que faire défiler.
content-the-violent-clip-end-alone = { $friend } est sous le choc, sans personne à qui parler. Ce n’est pas ta faute. Il n’est jamais trop tard pour en parler à un adulte de confiance : s’inquiéter pour un ami justifie de rompre une promesse.
content-the-violent-clip-end-harmful = La vidéo continue de circuler, et elle te pèse. Ce n’est pas ta faute, et il n’est jamais trop tard : arrête de la partager, signale-la, et parle à un adulte de confiance ou à une ligne d’écoute.

# Mon téléphone.
content-the-violent-clip-trace-reported = La vidéo d’une attaque violente, signalée.
content-the-violent-clip-trace-reported-advice = Les signalements aident à faire supprimer ce genre de vidéo. Rien ne t’oblige à en regarder une. Si elle revient, signale-la encore, et parles-en si elle te reste en tête.
