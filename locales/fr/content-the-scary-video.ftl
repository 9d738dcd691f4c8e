# Contenus / agressif : La vidéo qui fait peur (9-12 ans)

content-the-scary-video-title = La vidéo qui fait peur
content-the-scary-video-summary = Ton dessin animé se termine et une vidéo effrayante démarre toute seule. Que faire quand quelque chose en ligne te fait peur ?
content-the-scary-video-remember = C’est normal d’avoir peur, et ce n’est jamais ta faute. Fais une capture du titre, ferme, parles-en à un adulte de confiance, et ne montre jamais de vidéos qui font peur aux plus petits.

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

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-friend = { $friend }

content-the-scary-video-intro = Coucou, c’est moi, Sango ! C’est un après-midi pluvieux et tu regardes { $cartoon } sur { $app }. Les dessins animés, c’est chouette ! Je regarde avec toi.
content-the-scary-video-autoplay = L’épisode se termine. Avant que tu puisses toucher quoi que ce soit, la vidéo suivante démarre toute seule. On dirait { $cartoon }, mais la musique fait froid dans le dos et les couleurs sont sombres.

content-the-scary-video-spot-video = Attends ! Celle-ci a démarré toute seule. Jouons les détectives. Touche les éléments qui montrent que ce n’est PAS vraiment une vidéo pour enfants.
content-the-scary-video-card-title = Lecture auto : activée
content-the-scary-video-card-body = Cette vidéo a démarré toute seule après ton dessin animé.
content-the-scary-video-part-thumbnail = Image : { $cartoon } avec des yeux rouges qui brillent et de grandes dents
content-the-scary-video-feedback-thumbnail = Bien repéré ! Tes personnages préférés transformés pour faire peur, c’est un signal d’alerte. Certaines vidéos copient les dessins animés pour enfants pour se glisser dans ton fil.
content-the-scary-video-part-title = Titre : TU NE DORMIRAS PAS CETTE NUIT !!! NE REGARDE PAS SEUL
content-the-scary-video-feedback-title = Oui ! Les majuscules qui crient et « tu ne dormiras pas » sont là pour te choquer. Un vrai dessin animé pour enfants n’a pas besoin de te faire peur pour avoir des clics.
content-the-scary-video-part-channel = Chaîne : xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = Bien vu ! La vraie chaîne de { $cartoon } porte le nom de la série. Celle-ci est une copie, alors vérifie toujours qui a fait une vidéo.
content-the-scary-video-part-label = Étiquette : Conçu pour les enfants
content-the-scary-video-feedback-label = Exact ! N’importe qui peut coller une étiquette « pour enfants » sur une vidéo. Quand l’image et le titre font peur, l’étiquette ne dit pas la vérité.
content-the-scary-video-part-views = 2 millions de vues
content-the-scary-video-feedback-views = Ce n’est pas un indice. Beaucoup de vues, ça veut juste dire beaucoup de clics. Ça ne te dit pas si une vidéo est gentille ou effrayante, alors regarde les autres éléments.
content-the-scary-video-part-buttons = Boutons : j’aime, partager et télécharger
content-the-scary-video-feedback-buttons = Ce n’est pas un indice. Toutes les vidéos ont ces boutons, gentilles ou effrayantes. Ils ne te disent pas comment est la vidéo, alors regarde les autres éléments.
content-the-scary-video-part-autoplay = Bouton de lecture auto : activé
content-the-scary-video-feedback-autoplay = Bonne réflexion, mais ça ne parle pas de cette vidéo : la lecture auto lance la suivante, gentille ou effrayante. Un adulte peut t’aider à la couper.
content-the-scary-video-pic-title = TU NE DORMIRAS PAS CETTE NUIT !!! NE REGARDE PAS SEUL
content-the-scary-video-pic-channel = xX_Toon_Horror_Xx
content-the-scary-video-pic-label = Pour les enfants
content-the-scary-video-pic-views = 2 M de vues
content-the-scary-video-pic-autoplay = Lecture auto
content-the-scary-video-pic-photos = Photos
content-the-scary-video-pic-saved = Capture enregistrée
content-the-scary-video-pic-blocked = Chaîne bloquée
content-the-scary-video-pic-empty = Rien à afficher ici
content-the-scary-video-pic-settings = Réglages
content-the-scary-video-pic-kids = Réglages pour enfants

content-the-scary-video-video-plays = Mais la lecture auto n’attend pas les détectives ! Les personnages se mettent à se battre et à hurler, et un visage effrayant surgit. Ton cœur bat à toute vitesse.
content-the-scary-video-scared-choice = Ça faisait peur ! C’est normal d’avoir peur. Et ce n’est pas ta faute : la vidéo a démarré toute seule. Que vas-tu faire ?
content-the-scary-video-choice-shot-close = Je fais vite une capture du titre, puis je ferme l’appli.
content-the-scary-video-feedback-shot-close = Malin ! Fermer, c’est prendre soin de toi, et la capture garde le nom de la vidéo, pour qu’un adulte puisse signaler exactement celle-là plus tard.
content-the-scary-video-choice-block-now = Je bloque cette chaîne tout de suite, qu’elle disparaisse !
content-the-scary-video-feedback-block-now = L’enlever de ton écran, c’était bien ! Mais bloquer d’abord cache le nom de la vidéo, et c’est dur de la signaler. D’abord une capture, puis bloquer et signaler.
content-the-scary-video-choice-keep-watching = Je continue. Je suis pas un bébé, je peux regarder ça.
content-the-scary-video-feedback-keep-watching = Une occasion d’apprendre : le courage, ce n’est pas regarder ce qui te fait peur. Personne ne te teste. S’arrêter, c’est ça le courage, et on a toujours le droit de fermer.

content-the-scary-video-closed-saved = Tu fermes l’appli. La capture est enregistrée dans tes photos. Mais ton cœur bat encore fort, et ce soir-là, tu ne dis presque rien.
content-the-scary-video-blocked-gone = La chaîne disparaît, et la vidéo aussi. Impossible de retrouver son nom. Le soir, le visage effrayant est toujours dans ta tête.
content-the-scary-video-late-night = La lecture auto continue, et chaque vidéo fait plus peur que la précédente. L’heure du coucher est passée depuis longtemps, et maintenant tu n’arrives plus à dormir.

content-the-scary-video-evening = Tu ne dis pas grand-chose ce soir. Tout va bien ?
content-the-scary-video-choice-show-shot = Je montre ma capture à { $adult } : voilà ce que j’ai vu.
content-the-scary-video-feedback-show-shot = Bravo ! En parler aide la peur à rétrécir, et ta capture permet à { $adult } de signaler exactement cette vidéo. Tu n’as rien fait de mal.
content-the-scary-video-choice-say-what = Je dis ce que j’ai vu, même si c’est introuvable.
content-the-scary-video-feedback-say-what = Bravo ! Même sans le nom, en parler aide la peur à rétrécir, et { $adult } peut changer tes réglages. Tu n’as rien fait de mal.
content-the-scary-video-choice-tell-friend = Ça va, { $adult }. Je raconterai tout à { $friend } demain.
content-the-scary-video-feedback-tell-friend = En parler, c’est bien ! Mais { $friend } ne peut ni signaler la vidéo ni changer tes réglages. { $adult } le peut, et vient de te demander comment tu vas. Un adulte de confiance peut aussi t’aider à te sentir mieux.
content-the-scary-video-choice-keep-quiet = Ça va ! Si j’en parle, on me prendra ma tablette.
content-the-scary-video-feedback-keep-quiet = Beaucoup d’enfants ont cette peur ! Mais en parler, ce n’est pas avoir des ennuis : la vidéo a démarré toute seule. Un adulte de confiance peut éviter que ça recommence.

content-the-scary-video-adult-helps = Merci de me l’avoir montré. Ce n’est pas ta faute. Signalons cette vidéo avec ta capture, puis coupons la lecture auto et activons les réglages pour enfants.
content-the-scary-video-adult-helps-blocked = Merci de me l’avoir dit. Ce n’est pas ta faute. On ne peut pas signaler une vidéo introuvable, mais on peut couper la lecture auto et activer les réglages pour enfants. La prochaine fois, une capture d’abord.
content-the-scary-video-friend-reacts = Waouh, ça a l’air flippant ! Envoie-moi le lien. Je vais le montrer à ma petite cousine, elle va trop flipper, MDR.
content-the-scary-video-nightmare = Cette nuit-là, le visage effrayant revient sans cesse. Le lendemain, { $friend } te demande : « T’as vu la vidéo flippante de { $cartoon } ? Envoie-la-moi, je vais la montrer à ma petite cousine ! »

content-the-scary-video-friend-wants = La cousine de { $friend } n’a que six ans. Que réponds-tu ?
content-the-scary-video-choice-stand-up = Non ! Elle a six ans. Viens, on va chercher { $adult }.
content-the-scary-video-feedback-stand-up = Gentil et courageux ! Les vidéos qui font peur peuvent troubler les petits pendant des jours. Dire non la protège, et { $adult } peut aider à signaler et prévenir les autres familles.
content-the-scary-video-choice-send-title = OK ! Cherche son titre. Elle va hurler, MDR !
content-the-scary-video-feedback-send-title = Une occasion d’apprendre : ce qui t’a fait peur fera encore plus peur à une enfant de six ans. Être gentil, c’est ne pas faire passer la vidéo. Il n’est jamais trop tard pour dire « Ne la lui montre pas ».
content-the-scary-video-choice-send-warned = Je l’envoie, et je lui dirai : regarde avec papa ou maman.
content-the-scary-video-feedback-send-warned = Une occasion d’apprendre : un avertissement ne rend pas la vidéo moins effrayante, et elle pourrait la regarder seule. Le choix gentil, c’est de ne pas l’envoyer du tout.

content-the-scary-video-adult-helps-both = Merci de m’en avoir parlé tous les deux. Ce n’est pas ta faute. Signalons cette chaîne, prévenons l’école que ça circule, puis coupons la lecture auto et activons les réglages pour enfants.
content-the-scary-video-cousin-alone = { $friend } dit : « Regarde-la seulement avec ton papa ou ta maman ! », mais la cousine la regarde seule dans sa chambre. Cette nuit-là, elle n’arrive pas à dormir.
content-the-scary-video-cousin-scared = { $friend } montre la vidéo à sa petite cousine. Cette nuit-là, elle n’arrive pas à dormir, et la vidéo continue de circuler à l’école.

content-the-scary-video-late-choice = Il est tard, et tu as peur. Ce n’est pas ta faute. Que vas-tu faire ?
content-the-scary-video-choice-knock = Je frappe à la porte de { $adult } pour lui montrer.
content-the-scary-video-feedback-knock = C’est courageux ! Les adultes préfèrent mille fois être réveillés plutôt que de te laisser avoir peur dans ton coin. En parler aide la peur à rétrécir, et tu n’auras pas d’ennuis.
content-the-scary-video-choice-one-more = Encore une vidéo. Ça va, pas besoin de réveiller { $adult }.
content-the-scary-video-feedback-one-more = Une occasion d’apprendre : plus de vidéos effrayantes rendent la peur plus grande, pas plus petite. Mieux vaut réveiller { $adult } que garder ta peur pour toi. Il n’est jamais trop tard pour aller frapper.

content-the-scary-video-adult-helps-late = Tu as bien fait de venir me voir. Tu n’auras pas d’ennuis. Faisons une capture du nom de cette chaîne et signalons-la, puis coupons la lecture auto et activons les réglages pour enfants.
content-the-scary-video-worse = Tu en regardes une autre, puis encore une. À 2 h du matin, impossible de dormir, et les visages effrayants ne partent pas.

content-the-scary-video-end-safe = Tu as arrêté la vidéo effrayante et tu en as parlé à { $adult }. Maintenant, la lecture auto est coupée et les réglages pour enfants sont activés. Ça arrive à tout le monde, et tu as super bien géré !
content-the-scary-video-end-recovered = Tu as regardé plus longtemps que ce qui était bon pour toi, mais ensuite tu en as parlé à { $adult }. La chaîne est signalée, la lecture auto coupée et les réglages pour enfants activés. En parler, c’était courageux !
content-the-scary-video-end-shared = La petite cousine de { $friend } a peur elle aussi maintenant, et la vidéo circule toujours. L’avoir vue n’a jamais été ta faute. Parles-en à un adulte de confiance : il n’est jamais trop tard, et il aidera à la signaler.
content-the-scary-video-end-harmful = Les images effrayantes reviennent la nuit, et tu gardes tout ça pour toi. Ce n’est pas ta faute. Il n’est jamais trop tard : parles-en à un adulte de confiance, qui t’aidera.

# My phone: what stays on the phone after this level.
content-the-scary-video-trace-settings = Ton appli de vidéos : lecture auto coupée, réglages pour enfants activés.
content-the-scary-video-trace-settings-advice = Maintenant, c’est toi qui choisis la suite. Si quelque chose d’effrayant passe encore, fais une capture du titre, ferme et parles-en à un adulte de confiance.
