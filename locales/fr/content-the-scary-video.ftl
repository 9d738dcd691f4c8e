# Contenus / agressif : La vidéo qui fait peur (9-12 ans)

content-the-scary-video-title = La vidéo qui fait peur
content-the-scary-video-summary = Ton dessin animé se termine et une vidéo effrayante démarre toute seule. Que faire quand quelque chose en ligne te fait peur ?
content-the-scary-video-remember = C’est normal d’avoir peur, et ce n’est jamais ta faute. Ferme la vidéo, parles-en à un adulte de confiance, et activez ensemble les réglages pour enfants.

content-the-scary-video-app = { $app }
content-the-scary-video-app-vidbloom = VidBloom
content-the-scary-video-app-clipnest = ClipNest
content-the-scary-video-app-toonstream = ToonStream
content-the-scary-video-cartoon-bunnies = Lapins Rebondis
content-the-scary-video-cartoon-robots = Robo Copains
content-the-scary-video-cartoon-dinos = Dino Potes
content-the-scary-video-adult-dad = Papa
content-the-scary-video-adult-grandma = Mamie
content-the-scary-video-adult-aunt = Tata Lina
content-the-scary-video-name-shadowfox = ShadowFox_11
content-the-scary-video-name-nightowl = NightOwl_X
content-the-scary-video-name-spookysam = Spooky_Sam12
content-the-scary-video-chat-zipchat = ZipChat
content-the-scary-video-chat-buzzbox = BuzzBox
content-the-scary-video-chat-whisperly = Whisperly

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-stranger = { $stranger }

content-the-scary-video-intro = Coucou, c’est moi, Sango ! C’est un après-midi pluvieux et tu regardes { $cartoon } sur { $app }. Les dessins animés, c’est chouette ! Je regarde avec toi.
content-the-scary-video-autoplay = L’épisode se termine. Avant que tu puisses toucher quoi que ce soit, la vidéo suivante démarre toute seule. On dirait { $cartoon }, mais la musique fait froid dans le dos et les couleurs sont sombres.

content-the-scary-video-spot-video = Attends ! Celle-ci a démarré toute seule. Jouons les détectives. Touche les éléments qui montrent que ce n’est PAS vraiment une vidéo pour enfants.
content-the-scary-video-card-title = Lecture auto : activée
content-the-scary-video-card-body = Cette vidéo a démarré toute seule après ton dessin animé.
content-the-scary-video-part-thumbnail = Image : { $cartoon } avec des yeux rouges qui brillent et des dents pointues
content-the-scary-video-feedback-thumbnail = Bien repéré ! Tes personnages préférés transformés pour faire peur, c’est un signal d’alerte. Certaines vidéos copient les dessins animés pour enfants pour se glisser dans ton fil.
content-the-scary-video-part-title = Titre : TU NE DORMIRAS PAS CETTE NUIT !!! NE REGARDE PAS SEUL
content-the-scary-video-feedback-title = Oui ! Les majuscules qui crient et « tu ne dormiras pas » sont là pour te choquer. Un vrai dessin animé pour enfants n’a pas besoin de te faire peur pour avoir des clics.
content-the-scary-video-part-channel = Chaîne : xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = Bien vu ! La vraie chaîne de { $cartoon } porte le nom de la série. Celle-ci est une copie, alors vérifie toujours qui a fait une vidéo.
content-the-scary-video-part-label = Étiquette : Conçu pour les enfants
content-the-scary-video-feedback-label = Exact ! N’importe qui peut coller une étiquette « pour enfants » sur une vidéo. Quand l’image et le titre font peur, l’étiquette ne dit pas la vérité.
content-the-scary-video-part-views = 2 millions de vues
content-the-scary-video-feedback-views = Ce n’est pas un indice. Beaucoup de vues, ça veut juste dire beaucoup de clics. Ça ne te dit pas si une vidéo est gentille ou effrayante, alors regarde les autres éléments.

content-the-scary-video-video-plays = Mais la lecture auto n’attend pas les détectives ! Les personnages se mettent à se battre et à hurler, et un visage effrayant surgit. Ton cœur bat à toute vitesse.
content-the-scary-video-scared-choice = Ça faisait peur ! C’est normal d’avoir peur. Et ce n’est pas ta faute : la vidéo a démarré toute seule. Que vas-tu faire ?
content-the-scary-video-choice-close-tell = La fermer et raconter à { $adult } ce que j’ai vu
content-the-scary-video-feedback-close-tell = Bravo ! Arrêter quelque chose qui te bouleverse, c’est prendre soin de toi. En parler à un adulte de confiance aide la peur à rétrécir. Tu n’auras pas d’ennuis.
content-the-scary-video-choice-close-quiet = La fermer, mais garder ça pour moi
content-the-scary-video-feedback-close-quiet = La fermer, c’était malin ! Mais les images qui font peur peuvent rester dans la tête, et en parler aide. Un adulte de confiance peut aussi empêcher ce genre de vidéos d’apparaître.
content-the-scary-video-choice-keep-watching = Continuer à regarder pour ne pas passer pour un bébé
content-the-scary-video-feedback-keep-watching = Une occasion d’apprendre : le courage, ce n’est pas de regarder des choses qui te font peur. Personne ne te met à l’épreuve. S’arrêter, c’est le choix courageux, et tu as toujours le droit de fermer.

content-the-scary-video-adult-helps = Merci de me l’avoir dit. Plein de gens ont peur devant ce genre de vidéos, les adultes aussi. Ce n’était pas ta faute. Allez, un bon chocolat chaud pour se sentir mieux.
content-the-scary-video-keep-quiet = Tu fermes l’appli. Mais au moment de dormir, le visage effrayant te revient sans arrêt en tête. Puis ta tablette vibre : un nouveau message.
content-the-scary-video-late-night = La lecture auto continue, et chaque vidéo fait plus peur que la précédente. L’heure du coucher est passée depuis longtemps et maintenant tu n’arrives plus à dormir. Puis ta tablette vibre : un nouveau message.

content-the-scary-video-stranger-dm = Salut ! T’aimes les vidéos qui font peur ? Moi aussi j’ai 11 ans, et j’en ai des BIEN plus flippantes. Ajoute-moi sur { $chat } et je te les envoie. Le dis pas à tes parents, OK ?
content-the-scary-video-choice-block-report = Bloquer et signaler ce compte, puis le montrer à { $adult }
content-the-scary-video-feedback-block-report = Bien vu ! Quelqu’un que tu ne connais pas, qui veut passer sur une autre appli et garder des secrets pour ta famille, montre de gros signaux d’alerte. Bloquer et en parler, c’est courageux.
content-the-scary-video-choice-ignore = Ne pas répondre, et fermer l’appli
content-the-scary-video-feedback-ignore = Ne pas répondre, c’était prudent pour l’instant ! Mais { $stranger } peut t’écrire encore, ou écrire à d’autres enfants. Signaler et en parler à un adulte aide à arrêter ça.
content-the-scary-video-choice-add = L’ajouter. Des vidéos plus flippantes, ça a l’air cool.
content-the-scary-video-feedback-add = Une occasion d’apprendre : en ligne, n’importe qui peut dire qu’il a 11 ans. Quelqu’un qui te demande de cacher des choses à ta famille n’est pas un ami sûr, même s’il a l’air gentil.

content-the-scary-video-settings = Merci de me l’avoir montré. Tu n’auras pas d’ennuis. Signalons cette vidéo, puis activons les réglages pour enfants : lecture auto désactivée, et pas de messages d’inconnus.

content-the-scary-video-stranger-pushes = En voilà une encore plus flippante ! T’es plus un bébé, hein ? Maintenant, envoie-moi un selfie pour que je vérifie que c’est bien toi. N’oublie pas, c’est notre secret.
content-the-scary-video-choice-tell-now = Arrêter, bloquer ce compte, et le dire à { $adult } tout de suite
content-the-scary-video-feedback-tell-now = Quel courage ! Demander des photos et des secrets, ce sont de gros signaux d’alerte. Tu as toujours le droit de dire non, et un adulte de confiance va t’aider. Tu n’auras pas d’ennuis.
content-the-scary-video-choice-block-only = Bloquer ce compte, mais garder ça pour moi
content-the-scary-video-feedback-block-only = Bloquer, c’était un bon début ! Mais { $stranger } pourrait essayer la même chose avec d’autres enfants. En parler à un adulte de confiance permet de le signaler et de l’arrêter.
content-the-scary-video-choice-keep-secret = Envoyer le selfie et garder le secret
content-the-scary-video-feedback-keep-secret = Une occasion d’apprendre : ce genre de secret n’aide que l’autre personne, et une photo envoyée ne peut pas être reprise. Il n’est jamais trop tard pour en parler à quelqu’un en qui tu as confiance.

content-the-scary-video-adult-helps-late = Ça me fait vraiment plaisir que tu me l’aies dit. Tu n’as rien fait de mal. Enregistrons les messages, bloquons et signalons { $stranger }, signalons cette vidéo, et activons les réglages pour enfants.

content-the-scary-video-end-safe = Tu as demandé de l’aide, bloqué ce compte, et maintenant les réglages pour enfants gardent ton fil agréable. Des choses effrayantes peuvent surgir pour tout le monde, et tu as super bien géré !
content-the-scary-video-end-mixed = Tu es en sécurité pour l’instant. Mais { $stranger } n’a pas été signalé, et les réglages pour enfants ne sont pas activés : d’autres choses effrayantes peuvent passer. Un adulte de confiance peut aider à arrêter ça.
content-the-scary-video-end-recovered = Ça a fait peur un moment, mais tu as eu le courage d’en parler à { $adult }. Le compte { $stranger } est bloqué et signalé, et les réglages pour enfants sont activés. En parler, ça aide toujours !
content-the-scary-video-end-harmful = { $stranger } en demande toujours plus, et le secret pèse lourd. Ce n’est pas ta faute. Il n’est jamais trop tard : parles-en à un adulte de confiance, il t’aidera.
