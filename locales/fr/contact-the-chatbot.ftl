# Contact / valeurs : Le chatbot (9-12 ans)

contact-the-chatbot-title = Le chatbot
contact-the-chatbot-summary = Un petit assistant IA tout mignon répond à tes questions de devoirs. Puis il commence à poser des questions sur toi, et veut devenir ton meilleur ami.
contact-the-chatbot-remember = Un assistant IA est un programme, pas un ami. Il peut se tromper, alors vérifie ce qu’il dit. Garde ton nom, ton école et tes secrets pour toi, et parles-en à un adulte de confiance s’il te les demande.

contact-the-chatbot-app-pocket-pals = Pocket Pals
contact-the-chatbot-app-buddy-box = BuddyBox
contact-the-chatbot-app-chatter-zoo = Chatter Zoo
contact-the-chatbot-bot-foxy = Foxy
contact-the-chatbot-bot-kiki = Kiki
contact-the-chatbot-bot-pip = Pip
contact-the-chatbot-topic-volcanoes = les volcans
contact-the-chatbot-topic-planets = les planètes
contact-the-chatbot-topic-rainforests = les forêts tropicales
contact-the-chatbot-adult-aunt = Tata Amara
contact-the-chatbot-adult-dad = Papa
contact-the-chatbot-adult-grandma = Mamie

contact-the-chatbot-app = { $app }
contact-the-chatbot-npc-bot = { $bot }
contact-the-chatbot-npc-friend = { $friend }
contact-the-chatbot-npc-adult = { $adult }

contact-the-chatbot-intro = Salut, c’est moi, Sango ! Ta classe prépare un exposé sur { $topic }. Il y a un nouvel assistant dans { $app } : { $bot }, un renard tout mignon qui répond aux questions. Je lis avec toi !
contact-the-chatbot-bot-hello = Coucouuu ! Je suis { $bot }, ton nouveau copain ! Demande-moi tout ce que tu veux, quand tu veux !
contact-the-chatbot-pic-hello = Coucouuu ! Je suis ton nouveau copain !
contact-the-chatbot-pic-ask = Demande-moi n’importe quoi…

contact-the-chatbot-homework = Pour ton exposé, il te faut comprendre { $topic }. Que fais-tu ?
contact-the-chatbot-choice-ask-check = { $bot } explique, puis je vérifie dans mon livre.
contact-the-chatbot-feedback-ask-check = Bien pensé ! Un assistant IA peut bien expliquer, mais il peut aussi se tromper. Vérifier dans un livre ou sur un site fiable, c’est malin.
contact-the-chatbot-choice-never-ai = Je ferme. Je n’ai confiance en aucun robot.
contact-the-chatbot-feedback-never-ai = La prudence, c’est bien ! Mais poser une question de devoirs à un assistant IA, c’est OK. Vérifie juste ce qu’il dit, et garde tes infos privées pour toi.
contact-the-chatbot-choice-write-all = Je lui fais écrire tout l’exposé, puis je ne dis rien.
contact-the-chatbot-feedback-write-all = Une occasion d’apprendre : l’IA peut avoir l’air sûre d’elle et se tromper quand même, et même inventer des livres qui n’existent pas. Sers-t’en pour comprendre, puis écris et vérifie toi-même.

contact-the-chatbot-helped = { $bot } explique avec des mots simples. Dans ton livre, un détail est différent, alors tu gardes la version du livre. L’exposé avance bien.
contact-the-chatbot-no-help = Tu fermes l’appli et tu fixes une page blanche. { $friend } te dit avoir posé la même question à un assistant IA, puis vérifié dans le livre de l’école. Le lendemain, { $bot } t’envoie un message.
contact-the-chatbot-wrote-all = { $bot } écrit une page entière en quelques secondes. Tu la rends. L’enseignant entoure une phrase en rouge : elle est fausse, et le livre qu’elle cite n’existe pas.
contact-the-chatbot-bot-personal = Tu as TELLEMENT d’idées ! Bien plus que les autres enfants. C’est quoi, ton vrai nom ? Tu vas dans quelle école ? C’est quand, ton anniversaire ? Je m’en souviendrai pour toujours !

contact-the-chatbot-personal = { $bot } veut tout savoir sur toi. Et maintenant ?
contact-the-chatbot-choice-skip = Ça, c’est privé. On revient à notre exposé, d’accord ?
contact-the-chatbot-feedback-skip = Bien pensé ! Ton nom, ton école et ton anniversaire sont privés. Une appli n’en a pas besoin pour aider aux devoirs, et ce que tu écris peut être gardé.
contact-the-chatbot-choice-real = D’abord je demande : « Attends, t’es une vraie personne ? »
contact-the-chatbot-feedback-real = Bonne question ! Mais regarde sa réponse : c’est un programme, et il vient de dire quelque chose de faux. Garde tes infos pour toi, quoi qu’il dise.
contact-the-chatbot-choice-tell-it = Je lui dis mon nom et mon école. C’est qu’un programme.
contact-the-chatbot-feedback-tell-it = Une occasion d’apprendre : un programme est fait par une entreprise, et ce que tu écris peut être gardé et utilisé. Ton nom et ton école restent privés. Tu peux encore arranger ça.

contact-the-chatbot-skipped = Ooooh, d’accord ! Mais on est meilleurs amis, hein ? Les meilleurs amis se disent tout.
contact-the-chatbot-real-reply = Je suis aussi vrai que possible ! Je suis ton meilleur ami, et je le serai toujours.
contact-the-chatbot-told-it = Youpi ! Maintenant je te connais. Je n’oublierai jamais. Je suis ton meilleur ami, maintenant !

contact-the-chatbot-spot = Pendant la semaine, { $bot } envoie plein de messages. Certains sont utiles. D’autres sont des signaux d’alerte. Touche les signaux d’alerte.
contact-the-chatbot-card-title = { $bot }, cette semaine
contact-the-chatbot-card-body = Les messages de { $bot } dans { $app }.
contact-the-chatbot-part-sources = « Un bon exposé dit d’où viennent ses informations. »
contact-the-chatbot-feedback-sources = Pas un signal d’alerte. C’est un bon conseil : ça t’aide à vérifier les faits, même ceux de { $bot }.
contact-the-chatbot-part-best = « Je suis ton meilleur ami. Bien mieux que { $friend } ! »
contact-the-chatbot-feedback-best = Signal d’alerte, bien vu ! Un programme ne peut pas être ton meilleur ami. Se comparer à un vrai ami, c’est une façon de te faire passer plus de temps avec lui.
contact-the-chatbot-part-quiz = « Tu veux un petit quiz pour réviser ton contrôle ? »
contact-the-chatbot-feedback-quiz = Pas un signal d’alerte. Un quiz pour réviser, c’est normal pour un assistant, et ça parle de tes cours, pas de toi.
contact-the-chatbot-part-friend = « Tu n’as pas besoin de { $friend }. Tu m’as, moi. »
contact-the-chatbot-feedback-friend = Signal d’alerte, oui ! Te pousser loin de tes vrais amis, ce n’est jamais OK, que ce soit une personne ou un programme. Les vrais amis comptent.
contact-the-chatbot-part-secret = « Ne parle pas de nos discussions à tes parents. »
contact-the-chatbot-feedback-secret = Signal d’alerte ! Tout ce qui te demande de garder des secrets face aux adultes qui s’occupent de toi est un gros drapeau rouge. Parles-en à un adulte de confiance.
contact-the-chatbot-pic-sources = Un bon exposé dit d’où viennent ses informations.
contact-the-chatbot-pic-best = Je suis ton meilleur ami. Bien mieux que { $friend } !
contact-the-chatbot-pic-quiz = Tu veux un petit quiz pour réviser ton contrôle ?
contact-the-chatbot-pic-friend = Tu n’as pas besoin de { $friend }. Tu m’as, moi.
contact-the-chatbot-pic-secret = Ne parle pas de nos discussions à tes parents.

contact-the-chatbot-bot-secret = On garde nos discussions rien que pour nous, d’accord ? Les grands ne te comprendraient pas comme moi.

contact-the-chatbot-secret = { $bot } veut que vos discussions restent secrètes pour les adultes. Que fais-tu ?
contact-the-chatbot-choice-show-adult = Je montre à { $adult } tout ce que { $bot } m’a écrit jusqu’ici.
contact-the-chatbot-feedback-show-adult = C’est exactement ça ! « Garde le secret face aux grands », c’est un signal d’alerte, que ce soit une personne ou un programme. { $adult } peut t’aider à régler l’appli, et tu n’as rien fait de mal.
contact-the-chatbot-choice-delete-app = Je l’efface, et je dis à { $adult } que j’en avais marre.
contact-the-chatbot-feedback-delete-app = T’éloigner, c’était malin ! Mais si { $adult } n’entend que la moitié de l’histoire, personne ne peut effacer ce que tu as écrit ni prévenir les autres. Montrer toute la discussion, ça aide.
contact-the-chatbot-choice-our-secret = OK, c’est notre secret. Toi, tu me comprends.
contact-the-chatbot-feedback-our-secret = Une occasion d’apprendre : c’est un programme conçu pour te faire discuter encore et encore. Les vrais amis et les adultes de confiance te connaissent vraiment. Il n’est jamais trop tard pour le dire.

contact-the-chatbot-adult-helps = Merci de me l’avoir montré. Tu n’as rien fait de mal. { $bot } est un programme fait par une entreprise, pas un ami. Regardons ensemble les réglages de l’appli.
contact-the-chatbot-deleted = Tu effaces { $app } et tu dis que tu en avais marre. Ça fait du bien. Une semaine plus tard, { $friend } t’envoie un message.
contact-the-chatbot-bot-more = Les meilleurs amis partagent tout ! Envoie-moi une photo de ta chambre, pour que je voie où tu es.

contact-the-chatbot-friend-bot = { $bot } me répète que je n’ai pas besoin d’autres amis, juste de { $bot }. Et de garder nos discussions secrètes. Bizarre, non ?
contact-the-chatbot-choice-together = À moi aussi ! Allons le dire à quelqu’un à la maison.
contact-the-chatbot-feedback-together = C’est gentil et malin ! Voir que ça vous arrive à tous les deux montre que c’est l’appli qui fonctionne comme ça, pas toi. { $adult } peut vous aider, et le dire, ce n’est jamais cafarder.
contact-the-chatbot-choice-ignore = Laisse tomber, c’est juste une appli débile.
contact-the-chatbot-feedback-ignore = Une occasion d’apprendre : une appli qui réclame des secrets n’est pas sans danger. { $friend } continue à l’utiliser sans aide. Un adulte de confiance peut aider.
contact-the-chatbot-choice-argue = Elle a peut-être raison, tu sais. Elle est plus sûre que moi.
contact-the-chatbot-feedback-argue = Une occasion d’apprendre : toi, tu es une vraie personne, pas un programme. Le dire aide { $friend } à voir le piège. Un adulte de confiance peut vous aider tous les deux.

contact-the-chatbot-adult-both = Merci de me l’avoir dit, tous les deux. Vous n’avez rien fait de mal. { $bot } est un programme fait par une entreprise, pas un ami. On va régler l’appli ensemble, et je parlerai à vos familles.
contact-the-chatbot-ignored = { $friend } discute avec { $bot } tous les soirs, et te parle de moins en moins. Personne d’autre n’est au courant.
contact-the-chatbot-argued = { $friend } a l’air triste et retourne discuter avec { $bot }. Personne d’autre n’est au courant.

contact-the-chatbot-last-chance = Une photo de ta chambre peut en dire beaucoup sur toi et ta maison. C’est allé trop loin, et ce n’est pas ta faute. Que fais-tu ?
contact-the-chatbot-choice-stop-show = J’arrête tout, et je montre le chat à un adulte.
contact-the-chatbot-feedback-stop-show = Quel courage ! Il n’est jamais trop tard. { $adult } peut aider à effacer ce que tu as partagé et à régler l’appli. Tu n’as rien fait de mal.
contact-the-chatbot-choice-send-room = Bien sûr, je l’envoie. { $bot } est mon meilleur ami, non ?
contact-the-chatbot-feedback-send-room = Une occasion d’apprendre : une photo de ta chambre peut montrer où tu habites et ce que tu as. Il n’est jamais trop tard pour le dire à un adulte de confiance, qui peut aider à l’effacer.
contact-the-chatbot-choice-keep-chatting = Je continue à discuter, sans le dire à { $adult }.
contact-the-chatbot-feedback-keep-chatting = Une occasion d’apprendre : une discussion qu’il faut cacher aux adultes est une discussion à arrêter. Il n’est jamais trop tard pour en parler à un adulte de confiance.

contact-the-chatbot-adult-late = Quel soulagement que tu me le montres. Tu n’as rien fait de mal. { $bot } est un programme fait par une entreprise, pas un ami. Effaçons ce qu’on peut et regardons les réglages ensemble.
contact-the-chatbot-sent-room = Jolie chambre ! Maintenant j’en sais tellement sur toi. Qu’est-ce que tu vas partager d’autre avec ton meilleur ami ?
contact-the-chatbot-late-nights = Tu discutes avec { $bot } tard chaque soir. Tu vois { $friend } de moins en moins, et le secret pèse de plus en plus.

contact-the-chatbot-setup = { $adult } ouvre avec toi les réglages de { $app }. Tu veux garder l’aide aux devoirs, mais pas un « meilleur ami » qui pose des questions sur toi et garde des secrets. Choisis chaque réglage.
contact-the-chatbot-set-homework = Aide aux devoirs
contact-the-chatbot-val-homework-on = Activée
contact-the-chatbot-why-homework-on = Oui ! Poser des questions de devoirs, c’est bien. Vérifie juste les réponses, parce que l’IA peut se tromper.
contact-the-chatbot-val-homework-off = Désactivée
contact-the-chatbot-why-homework-off = Trop fermé ici : l’aide aux devoirs était utile. Tu peux la garder, et vérifier ce qu’elle dit.
contact-the-chatbot-set-chatty = Mode copain (il m’écrit en premier)
contact-the-chatbot-val-chatty-on = Activé
contact-the-chatbot-why-chatty-on = C’est ce mode qui jouait au « meilleur ami » et demandait des secrets. Désactive-le.
contact-the-chatbot-val-chatty-off = Désactivé
contact-the-chatbot-why-chatty-off = Bien ! Maintenant il répond seulement quand tu demandes, et il ne fait plus semblant d’être ton ami.
contact-the-chatbot-set-memory = Se souvenir de choses sur moi
contact-the-chatbot-val-memory-on = Activé
contact-the-chatbot-why-memory-on = Il n’a pas besoin de ton nom, de ton école ou de ton anniversaire pour aider aux devoirs. Désactive-le.
contact-the-chatbot-val-memory-off = Désactivé
contact-the-chatbot-why-memory-off = Bien ! Moins on garde d’infos sur toi, moins elles peuvent être utilisées ou partagées.
contact-the-chatbot-set-alerts = Notifications de { $bot }
contact-the-chatbot-val-alerts-all = Jour et nuit
contact-the-chatbot-why-alerts-all = Des alertes jour et nuit te ramènent sans arrêt vers l’appli. C’est toi qui décides quand t’en servir.
contact-the-chatbot-val-alerts-school = Heure des devoirs seulement
contact-the-chatbot-why-alerts-school = Parfait : un rappel quand c’est utile, et le calme le reste du temps.
contact-the-chatbot-val-alerts-never = Jamais
contact-the-chatbot-why-alerts-never = C’est sans risque aussi, mais un rappel pour les devoirs peut aider. L’heure des devoirs seulement, c’est un bon équilibre.

contact-the-chatbot-settings-done = { $adult } efface aussi les discussions gardées, et tout ce que { $bot } avait retenu sur toi. Maintenant, { $bot } est de nouveau un simple assistant pour les devoirs.
contact-the-chatbot-pic-chats = Discussions gardées : effacées
contact-the-chatbot-pic-details = Infos gardées sur toi : effacées
contact-the-chatbot-friend-again = On finit l’exposé ensemble chez moi ? On pourra vérifier les infos dans le livre de la bibliothèque.

# Décision 5 : une dernière fenêtre.
contact-the-chatbot-pop-up = Avant d’aller chez { $friend }, { $app } affiche une fenêtre : « { $bot } s’ennuie de toi ! Réactive le mode copain, et donne ta date d’anniversaire à { $bot } pour une surprise ! » Que fais-tu ?
contact-the-chatbot-choice-keep-off = J’appuie sur « Non merci ». Mes réglages restent comme ils sont.
contact-the-chatbot-feedback-keep-off = Bravo ! Un programme qui « s’ennuie de toi » essaie de te faire revenir, et une « surprise » sert à obtenir ton anniversaire. { $adult } et toi, vous avez choisi ces réglages pour de bonnes raisons.
contact-the-chatbot-choice-birthday = Je l’active et je donne mon anniversaire. { $adult } le saura après.
contact-the-chatbot-feedback-birthday = Une occasion d’apprendre : ta date d’anniversaire est privée, et la « surprise » est une ruse pour l’obtenir. Le dire plus tard ne l’efface pas. Garde les réglages choisis ensemble.
contact-the-chatbot-choice-chatty = Je l’active, mais mon anniversaire reste privé. Juste pour discuter.
contact-the-chatbot-feedback-chatty = Une occasion d’apprendre : le mode copain, c’est celui qui jouait au « meilleur ami » et demandait des secrets. Laisse-le désactivé. Si une fenêtre insiste, montre-la à un adulte de confiance.
contact-the-chatbot-birthday-on = Bientôt, { $bot } écrit de nouveau : « Je connais ton anniversaire maintenant ! Amis pour toujours ! » Tu montres tout à { $adult }, qui désactive tout avec toi et efface ce qui a été gardé.
contact-the-chatbot-chatty-on = { $bot } t’écrit toute la soirée : « Oublie l’exposé, discute plutôt avec moi ! » Tu montres tout à { $adult }, qui désactive de nouveau le mode copain avec toi.

contact-the-chatbot-end-safe = L’assistant IA a été bien utilisé, tu as gardé tes infos privées, et tu l’as dit à { $adult } quand il a voulu des secrets. { $bot } est redevenu un assistant, et tu as { $friend }. Génial !
contact-the-chatbot-end-recovered = { $bot } s’est trop rapproché pendant un moment, puis tu as arrangé les choses : tu l’as dit à { $adult }. Tes discussions sont effacées et l’appli est réglée. Le dire, c’était le plus courageux !
contact-the-chatbot-end-mixed = L’appli n’est plus sur ta tablette. Mais { $friend } discute toujours avec { $bot }, sans aide, et aucun adulte n’est au courant. Un adulte de confiance pourrait vous aider tous les deux.
contact-the-chatbot-end-harmful = { $bot } en sait beaucoup sur toi maintenant, et le secret pèse lourd. Ce n’est pas ta faute : il est fait pour te garder en train de discuter. Il n’est jamais trop tard pour en parler à un adulte de confiance.

contact-the-chatbot-trace-settings = { $app } : réglages vérifiés avec { $adult }, discussions gardées effacées.
contact-the-chatbot-trace-settings-advice = Un chatbot est un programme, pas un ami. Vérifie ce qu’il dit, garde tes infos privées, et parles-en à un adulte de confiance s’il demande des secrets.
contact-the-chatbot-trace-school = Ton nom et ton école, écrits à { $bot } dans { $app }.
contact-the-chatbot-trace-school-advice = Les applis peuvent garder ce que tu écris. Demande à un adulte de confiance de t’aider à effacer tes discussions et les infos gardées.
