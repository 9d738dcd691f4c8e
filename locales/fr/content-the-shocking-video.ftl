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
content-the-shocking-video-name-zara = Zara
content-the-shocking-video-name-leo = Léo
content-the-shocking-video-name-amir = Samir
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = Maman
content-the-shocking-video-adult-dad = Papa
content-the-shocking-video-adult-aunt = Tata Rosa

content-the-shocking-video-intro = Il est 22 h et la discussion de ta classe sur { $app } est pleine de mèmes sur les devoirs. Il y a une heure, quelqu’un que personne ne connaît, { $stranger }, a rejoint le groupe grâce au lien d’invitation.
content-the-shocking-video-video-drop = VRAIE baston filmée, ça devient vraiment grave à la fin. Regardez avant que ce soit supprimé ! Envoyez-la dans tous vos groupes.

content-the-shocking-video-friend-reacts = Quelqu’un l’a regardée ? Il paraît que quelqu’un a été gravement blessé. Je l’ouvre ?
content-the-shocking-video-choice-report-dont-share = Ne l’ouvre pas. Je la signale, et surtout, personne ne la partage.
content-the-shocking-video-feedback-report-dont-share = Bien joué. Les vidéos violentes peuvent rester en tête, et chaque partage fait encore du mal à la personne filmée. La signaler à { $app } aide à la faire retirer.
content-the-shocking-video-choice-scroll-past = Ne pas l’ouvrir, juste faire défiler
content-the-shocking-video-feedback-scroll-past = Ne pas la regarder te protège, bonne décision. Mais la vidéo circule toujours dans ta classe. Un signalement rapide et un « ne la partagez pas » pourraient l’arrêter.
content-the-shocking-video-choice-watch-forward = La regarder, et la transférer au groupe de foot
content-the-shocking-video-feedback-watch-forward = Une occasion d’apprendre : « regardez avant que ce soit supprimé », c’est un hameçon pour te faire cliquer. La transférer, c’est faire du mal à des gens qui n’ont jamais choisi de la voir.

content-the-shocking-video-watched = Tu regardes quelques secondes. C’est pire que ce que tu pensais. Tu la fermes, mais les images restent dans ta tête, et le groupe de foot se remplit de réactions choquées.
content-the-shocking-video-upset-choice = C’était dur à voir, et ressentir un choc, c’est tout à fait normal. La vidéo est maintenant dans le groupe de foot, mais tu peux encore arranger ça. Et maintenant ?
content-the-shocking-video-choice-delete-tell = Supprimer mon transfert, signaler la vidéo et le dire à { $adult }
content-the-shocking-video-feedback-delete-tell = C’est comme ça qu’on redresse la situation. Supprimer arrête la diffusion, signaler aide à la faire retirer, et en parler à quelqu’un aide les images à s’effacer. Tout le monde fait des erreurs.
content-the-shocking-video-choice-delete-forget = Supprimer mon transfert et essayer d’oublier
content-the-shocking-video-feedback-delete-forget = La supprimer, c’était le bon premier pas. Mais les vidéos choquantes peuvent revenir en tête. La signaler et en parler à un adulte de confiance t’aiderait, toi et les autres.
content-the-shocking-video-choice-watch-again = La revoir et lire tous les commentaires
content-the-shocking-video-feedback-watch-again = Une occasion d’apprendre : revoir une vidéo comme ça augmente généralement le malaise au lieu de le réduire. Tu as le droit de la fermer, de faire une pause et de faire quelque chose qui t’apaise.

content-the-shocking-video-stranger-dm = J’ai vu ton nom dans le groupe. Si t’as aimé celle-là, j’ai bien pire. Ajoute-moi sur une appli privée, mais le dis pas à tes parents mdr.
content-the-shocking-video-choice-block-report-stranger = Bloquer et signaler { $stranger }, et prévenir l’admin du groupe
content-the-shocking-video-feedback-block-report-stranger = Exactement. Un inconnu qui pousse des vidéos choquantes, veut passer sur une appli privée et dit « le dis pas à tes parents » montre trois signaux d’alerte à la fois.
content-the-shocking-video-choice-ignore-dm = Laisser le message en « vu » et ne pas répondre
content-the-shocking-video-feedback-ignore-dm = Ne pas répondre te protège pour l’instant. Mais { $stranger } est toujours dans la discussion de ta classe et peut écrire à d’autres. Bloquer et signaler ce compte protège tout le monde.
content-the-shocking-video-choice-reply-stranger = Répondre : « ok, envoie »
content-the-shocking-video-feedback-reply-stranger = Une occasion d’apprendre : quelqu’un qui envoie des vidéos choquantes et veut des secrets pour tes parents ne veut pas ton bien. Répondre lui montre qu’il est facile de te joindre.

content-the-shocking-video-late-night = Il est presque 23 h et ta tête bourdonne après tout ça. C’est normal que des choses vues en ligne te remuent. Comment veux-tu finir la soirée ?
content-the-shocking-video-choice-talk-and-sleep = Ranger mon téléphone et raconter à { $adult } ce qui s’est passé
content-the-shocking-video-feedback-talk-and-sleep = Excellent choix. Parler allège les émotions lourdes, et une pause loin de l’écran aide ton cerveau à se calmer. { $adult } peut aussi aider pour les signalements.
content-the-shocking-video-choice-mute-sleep = Mettre la discussion en sourdine et dormir, sans en parler
content-the-shocking-video-feedback-mute-sleep = Une pause et du sommeil, ça aide vraiment. Mais si la vidéo te revient en tête, tu as le droit d’en parler. Tu n’as pas à porter ça sans aide.
content-the-shocking-video-choice-scroll-late = Continuer à faire défiler la discussion jusqu’à 2 h
content-the-shocking-video-feedback-scroll-late = Une occasion d’apprendre : faire défiler tard après quelque chose de bouleversant rend généralement les choses plus lourdes, et tu perds du sommeil. Tu as le droit de te déconnecter et d’en parler.

content-the-shocking-video-parent-talk = Merci de m’en avoir parlé. Ressentir un choc, c’est normal, et tu n’as rien fait de mal. Signalons ensemble la vidéo et ce compte, et demandons à ton prof de réinitialiser le lien d’invitation de la discussion de classe.

content-the-shocking-video-more-clips = { $stranger } envoie le lien d’une vidéo encore pire. Ensuite, ce compte te demande ton âge, et un selfie « pour prouver que t’es pas une balance ». Ton estomac se noue.
content-the-shocking-video-sango-help = Ça m’inquiète. Vidéos choquantes, secrets, et maintenant un selfie : ce sont des signaux d’alerte. En parler, ce n’est pas balancer, c’est se faire aider. Ce n’est pas ta faute, tu peux arrêter ça. Que vas-tu faire ?
content-the-shocking-video-choice-stop-tell = Ne plus répondre, faire une capture, bloquer et le dire à { $adult }
content-the-shocking-video-feedback-stop-tell = C’est courageux et malin. Les captures sont des preuves, bloquer coupe le contact, et un adulte de confiance peut signaler le compte. Tu n’auras pas d’ennuis.
content-the-shocking-video-choice-block-only = Bloquer { $stranger }, mais garder ça pour moi
content-the-shocking-video-feedback-block-only = Bloquer, c’était un bon début ! Mais { $stranger } peut encore écrire à tes camarades. Un adulte de confiance peut aider à signaler le compte pour que ça s’arrête pour tout le monde.
content-the-shocking-video-choice-send-selfie = Envoyer le selfie pour qu’on me laisse tranquille
content-the-shocking-video-feedback-send-selfie = Une occasion d’apprendre : céder pousse généralement ce genre de personne à en demander plus, pas moins. Il n’est jamais trop tard pour arrêter de répondre et demander de l’aide.

content-the-shocking-video-adult-helps-late = Ça me fait vraiment plaisir que tu m’en aies parlé, et tu n’auras pas d’ennuis. Signalons ensemble la vidéo et ce compte, et prévenons le collège. Si les images reviennent sans cesse, une ligne d’écoute peut aussi aider.

content-the-shocking-video-end-safe = Tu as vu les signaux d’alerte, pris soin de toi et tu en as parlé. La vidéo et le compte sont signalés, et tu as passé une bonne nuit. Ça, c’est une vraie force.
content-the-shocking-video-end-mixed = Tu es à l’abri pour l’instant, mais aucun adulte n’est au courant, et { $stranger } est peut-être encore dans la discussion de ta classe. Il n’est jamais trop tard pour signaler et en parler à quelqu’un.
content-the-shocking-video-end-tired = Au collège, la fatigue t’écrase, et la vidéo repasse en boucle dans ta tête. Te déconnecter et parler à un adulte de confiance aide bien plus que de faire défiler.
content-the-shocking-video-end-recovered = C’est devenu lourd, mais tu as demandé de l’aide, et ça a tout changé. La vidéo et le compte sont signalés. En parler, c’était courageux.
content-the-shocking-video-end-harmful = { $stranger } continue d’écrire et en veut plus. Ce n’est pas ta faute. Il n’est jamais trop tard : bloque, signale, et parles-en à un adulte de confiance ou appelle une ligne d’écoute.
