# Contacts / valeurs : Le recruteur (16-18 ans). Seulement les signaux d'alerte de la radicalisation : aucun vrai groupe, aucun contenu haineux montré.

contact-the-recruiter-title = Le recruteur
contact-the-recruiter-summary = Un compte sympa de ton serveur de jeu partage des blagues « limites », puis des vidéos secrètes, puis une invitation.
contact-the-recruiter-remember = La flatterie, les secrets et le « nous contre eux » sont des techniques de recrutement. Tu peux toujours prendre du recul, signaler et parler à quelqu’un de confiance.

contact-the-recruiter-app = { $app }
contact-the-recruiter-app-clanhub = Clanhub
contact-the-recruiter-app-yapyard = Yapyard
contact-the-recruiter-app-hollerhub = Hollerhub
contact-the-recruiter-game-starfall = Starfall Arena
contact-the-recruiter-game-ironrift = Iron Rift
contact-the-recruiter-game-driftkings = Drift Kings
contact-the-recruiter-recruiter-kestrel = Kestrel
contact-the-recruiter-recruiter-rook = Rook_42
contact-the-recruiter-recruiter-moss = MossyStone

contact-the-recruiter-npc-recruiter = { $recruiter }
contact-the-recruiter-npc-adult = Mme Okoye, ta prof principale

contact-the-recruiter-intro = Ce mois-ci, tu as passé la plupart de tes soirées sur un serveur de mèmes { $game } sur { $app }. C’est marrant, et { $recruiter } est toujours là pour rire de tes posts en premier.
contact-the-recruiter-meme = { $recruiter } t’envoie un message privé : un mème qui se moque de tout un groupe de personnes à cause de leur religion.

contact-the-recruiter-edgy = mdr y a que toi ici qui capterais ça. le chat principal est bien trop soft pour les vraies blagues. t’es pas comme les autres
contact-the-recruiter-choice-not-funny = Pas drôle. Les blagues sur tout un groupe ne sont pas anodines.
contact-the-recruiter-feedback-not-funny = C’est calme et clair. Les blagues « limites » sur un groupe servent souvent à tester jusqu’où tu acceptes d’aller, et « t’es pas comme les autres » est un hameçon classique. Dire non tôt, ça compte.
contact-the-recruiter-choice-change-subject = Ignorer le mème et changer de sujet
contact-the-recruiter-feedback-change-subject = Ne pas entrer dans le jeu, c’était bien. Mais remarque le schéma : de la flatterie plus des « blagues » qui testent tes limites. Dire que ce n’est pas OK montre où tu te situes.
contact-the-recruiter-choice-laugh = mdr violent. t’en as d’autres ?
contact-the-recruiter-feedback-laugh = Une occasion d’apprendre : rire avec semble sans conséquence, mais ça montre à { $recruiter } que la porte est ouverte pour la suite. Ce genre de blague fait que de vraies personnes ne se sentent pas en sécurité.
contact-the-recruiter-more-content = Il en arrive d’autres chaque soir, toujours plus sombres. Puis de longues vidéos : « ils » te prennent ton avenir, tes emplois, ton pays. Tu regardes jusqu’à 3 h du matin, et ça commence à sembler vrai.

contact-the-recruiter-video = respect. toi au moins tu réfléchis par toi-même. la plupart des gens avalent tout ce que leur disent les infos et leurs parents. regarde ça, 40 min de ce qu’ils ne veulent pas que tu voies
contact-the-recruiter-choice-check-video = Qui a fait ça ? Je vais d’abord voir ce que disent d’autres sources.
contact-the-recruiter-feedback-check-video = Bien joué. La chaîne est anonyme, ses « faits » renvoient à des sites que les fact-checkeurs épinglent sans cesse, et les experts le contredisent. « Ils ne veulent pas que tu voies ça », c’est un argument de vente.
contact-the-recruiter-choice-skip-video = Laisser tomber. Il est tard et j’ai un examen.
contact-the-recruiter-feedback-skip-video = Protéger ton sommeil, c’est une bonne décision. Mais { $recruiter } va continuer à t’en envoyer. Vérifier d’où vient une vidéo t’aide à voir le schéma.
contact-the-recruiter-choice-watch-all = La regarder, et laisser tourner la lecture auto
contact-the-recruiter-feedback-watch-all = Une occasion d’apprendre : la lecture auto enchaîne des vidéos de plus en plus extrêmes, parce que la colère te fait rester. Des heures de vidéos à sens unique peuvent faire paraître n’importe quoi vrai.
contact-the-recruiter-rabbit-hole = La lecture auto tourne jusqu’à 4 h du matin, chaque vidéo plus en colère que la précédente. Le lendemain, tu t’emportes contre ta famille, tu sèches tes révisions, et les mèmes ne ressemblent plus à des blagues.

contact-the-recruiter-invite = il y a un groupe privé pour ceux qui voient ce qui se passe vraiment. sur invitation, pas de censure. le dis pas à ta famille, on leur a servi les mêmes mensonges qu’à tout le monde. maintenant c’est nous contre eux
contact-the-recruiter-choice-step-back = Quitter le serveur un temps, signaler, et en parler à quelqu’un
contact-the-recruiter-feedback-step-back = C’est courageux et malin. Le secret, « ta famille te ment » et « nous contre eux » sont des signes de recrutement typiques. Signaler protège les autres, et un adulte de confiance peut t’aider à y voir clair.
contact-the-recruiter-choice-decline = Refuser le groupe, mais rester sur le serveur
contact-the-recruiter-feedback-decline = Refuser le groupe, c’était la bonne décision. Mais { $recruiter } est toujours là chaque soir, et la pression reviendra. Signaler le compte et en parler à quelqu’un ferme la porte.
contact-the-recruiter-choice-join = Rejoindre le groupe, et le cacher à ma famille
contact-the-recruiter-feedback-join = Une occasion d’apprendre : un groupe qui te demande de le cacher aux gens qui t’aiment essaie de t’isoler. C’est comme ça que fonctionne la manipulation, et si on te prend pour cible, ce n’est pas ta faute.
contact-the-recruiter-tell-adult = Merci de me montrer ça. Flatterie, secrets, « nous contre eux » : c’est un schéma de recrutement, et tu l’as repéré. Faisons des captures, puis bloquons et signalons. Si on parle de violence, on appelle la police.

contact-the-recruiter-inside = Le groupe poste jour et nuit, et quiconque doute se fait moquer. { $recruiter } te demande de « prouver que tu es des nôtres » en postant un mème haineux sur le serveur principal. Tu as séché tes révisions toute la semaine.
contact-the-recruiter-way-back = C’est comme ça que fonctionne la manipulation : flatterie, secrets, nous contre eux, isolement. Rien de tout ça n’est ta faute, et tu peux prendre du recul à tout moment. Que vas-tu faire ?
contact-the-recruiter-choice-get-out = Partir, garder des captures, et en parler à quelqu’un de confiance
contact-the-recruiter-feedback-get-out = C’est le choix le plus courageux qui soit. Quitter un groupe où tu te sentais à ta place, c’est dur. Les captures aident la plateforme, ou la police si besoin, à agir. Les lignes d’écoute peuvent aussi te soutenir.
contact-the-recruiter-choice-mute = Masquer le groupe et faire une pause, sans en parler
contact-the-recruiter-feedback-mute = Une pause te laisse de l’espace pour réfléchir, c’est bien. Mais le groupe va essayer de te récupérer, et personne qui tient à toi n’est au courant. En parler à quelqu’un aide la pause à durer.
contact-the-recruiter-choice-prove = Poster le mème pour faire mes preuves
contact-the-recruiter-feedback-prove = Une occasion d’apprendre : les posts haineux blessent de vraies personnes, violent les règles de la plateforme, peuvent être illégaux, et te suivent des années. Il n’est jamais trop tard pour prendre du recul.
contact-the-recruiter-tell-late = Je suis si contente que tu m’en parles, et tu n’as pas d’ennuis. Ces groupes ciblent les gens seuls ou en colère ; ce n’est pas un défaut chez toi. Signalons-le, et prenons du temps pour ce que tu aimes hors ligne.

contact-the-recruiter-end-safe = Tu as vu l’hameçon derrière les blagues et les secrets, et tu as pris du recul avec de l’aide. Personne d’autre n’a à décider qui sont tes ennemis.
contact-the-recruiter-end-mixed = Tu as gardé tes distances, mais { $recruiter } est toujours sur le serveur, à travailler sur toi et sur d’autres. Signaler le compte et en parler à quelqu’un de confiance ferme la porte.
contact-the-recruiter-end-recovered = Tu t’es fait happer, puis tu as retrouvé ton chemin et demandé de l’aide. Il faut une vraie force pour ça. Les gens qui tiennent à toi ne sont jamais partis.
contact-the-recruiter-end-harmful = Le groupe prend tes nuits et tes pensées, et il en veut plus. Ce n’est pas ta faute, et il n’est jamais trop tard : pars, signale et parle à quelqu’un de confiance.
