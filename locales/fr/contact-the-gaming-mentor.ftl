# Contacts / agressif : Le coach du jeu (13-15 ans), schéma de manipulation sans contenu sexuel

contact-the-gaming-mentor-title = Le coach du jeu
contact-the-gaming-mentor-summary = Un joueur du top du classement te propose un coaching gratuit, puis essaie peu à peu de t’éloigner de tes amis.
contact-the-gaming-mentor-remember = Quelqu’un qui t’isole de tes amis, demande où tu habites ou veut des secrets n’est pas un vrai mentor. Garde les messages, bloque, signale et parles-en à un adulte de confiance.

contact-the-gaming-mentor-app = Chat { $game }
contact-the-gaming-mentor-npc-mentor = { $mentor }
contact-the-gaming-mentor-npc-adult = { $adult }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
contact-the-gaming-mentor-game-skyforge = Skyforge
contact-the-gaming-mentor-game-star-siege = Star Siege
contact-the-gaming-mentor-game-iron-arena = Iron Arena
contact-the-gaming-mentor-name-vex = Vex_Pro
contact-the-gaming-mentor-name-kaizer = KaizerGG
contact-the-gaming-mentor-name-orion = OrionCoach
contact-the-gaming-mentor-name-sam = Sam
contact-the-gaming-mentor-name-jo = Jo
contact-the-gaming-mentor-name-dev = Dev
contact-the-gaming-mentor-adult-mum = Maman
contact-the-gaming-mentor-adult-dad = Papa
contact-the-gaming-mentor-adult-grandpa = Papi

contact-the-gaming-mentor-intro = Toute la semaine, tu as enchaîné les parties classées sur { $game } avec { $friend } et ton équipe. Un joueur du top du classement, { $mentor }, regarde tes matchs.

contact-the-gaming-mentor-offer = T’as un vrai talent, bien plus que ton équipe. Je coache des joueurs qui passent pro, et pour toi c’est gratuit. Ce soir, de 23 h à 2 h ? C’est là que jouent les vrais acharnés.
contact-the-gaming-mentor-choice-daytime-only = Merci, mais je joue avec mon équipe, et pas si tard
contact-the-gaming-mentor-feedback-daytime-only = Bon instinct. Un coaching gratuit offert par un inconnu, plus « meilleur que ton équipe », c’est de la flatterie avec un hameçon. Et aucun classement ne vaut une nuit blanche avant les cours.
contact-the-gaming-mentor-choice-open-server = Peut-être, mais seulement sur le serveur public, une heure
contact-the-gaming-mentor-feedback-open-server = Rester en public et faire court, c’est malin. Mais remarque comment { $mentor } a déjà rabaissé tes amis. Garde ça à l’œil.
contact-the-gaming-mentor-choice-play-all-night = Oui ! Je jouerai jusqu’à 2 h tous les soirs
contact-the-gaming-mentor-feedback-play-all-night = Une occasion d’apprendre : jouer jusqu’à 2 h du matin nuit après nuit abîme le sommeil, le moral et les notes. Et quelqu’un qui veut te voir en ligne pendant que les adultes dorment mérite qu’on y regarde à deux fois.

contact-the-gaming-mentor-late-nights = Une semaine de matchs jusqu’à 2 h. Tu t’endors en cours, tes notes baissent, et { $friend } t’écrit : « tu ghostes l’équipe, ça va ? »

contact-the-gaming-mentor-isolate = Franchement, { $friend } et les autres te freinent. Ils ne te comprennent pas comme moi. T’es dans quelle ville ? Rejoins mon serveur privé, juste nous deux.
contact-the-gaming-mentor-choice-keep-private = Non. Ma ville reste privée, et mes amis restent.
contact-the-gaming-mentor-feedback-keep-private = C’est ça. Te monter contre tes amis et demander où tu habites, ce sont de gros signaux d’alerte. Tu as le droit de dire non à n’importe qui, même à quelqu’un qui t’a rendu service.
contact-the-gaming-mentor-choice-dodge = Changer de sujet et ne pas répondre
contact-the-gaming-mentor-feedback-dodge = Tu as gardé ta ville privée, bien. Mais esquiver peut pousser { $mentor } à insister. Un non clair, et en parler à quelqu’un de confiance, c’est plus fort.
contact-the-gaming-mentor-choice-city-server = Lui dire ma ville et rejoindre le serveur
contact-the-gaming-mentor-feedback-city-server = Une occasion d’apprendre : ta ville plus ton pseudo de joueur, ça permet de te retrouver plus facilement. Et un serveur privé seul avec un adulte inconnu, ça veut dire que personne d’autre ne voit ce qui s’y passe.

contact-the-gaming-mentor-angry = Sérieux ? Après tout ce que j’ai fait pour toi ? Quelle ingratitude. Viens ce soir, sinon je dis à tout le monde que t’es une quiche et je fais bannir ton compte.
contact-the-gaming-mentor-choice-save-block-report = Capturer, bloquer, signaler, et le dire à { $adult }
contact-the-gaming-mentor-feedback-save-block-report = Exactement. La colère et les menaces quand tu dis non montrent ce qu’était vraiment ce « coaching ». Les captures d’écran sont des preuves, et signaler protège aussi les autres joueurs.
contact-the-gaming-mentor-choice-block-quietly = Bloquer { $mentor } et garder ça pour moi
contact-the-gaming-mentor-feedback-block-quietly = Bloquer coupe le contact, bien. Mais { $mentor } pourrait faire la même chose à d’autres jeunes joueurs. Signaler et en parler à un adulte de confiance aide à l’empêcher.
contact-the-gaming-mentor-choice-say-sorry = M’excuser et rejoindre le serveur privé
contact-the-gaming-mentor-feedback-say-sorry = Une occasion d’apprendre : tu ne dois d’excuses à personne pour avoir dit non. Les menaces sont un moyen de te contrôler, et céder mène généralement à d’autres exigences.

contact-the-gaming-mentor-private-server = Bien, juste nous deux maintenant. Parle pas de ce serveur à tes parents, ils gâcheraient tout. T’es dans quel collège ? J’habite peut-être près de chez toi.
contact-the-gaming-mentor-sango-worried = Ça m’inquiète. Des secrets pour tes parents, des questions sur ton collège, et « juste nous deux » : ce sont des signaux d’alerte sérieux. Tu n’auras pas d’ennuis. Que vas-tu faire ?
contact-the-gaming-mentor-choice-leave-tell = Quitter le serveur, garder des preuves, et le dire à { $adult }
contact-the-gaming-mentor-feedback-leave-tell = Du courage, et la bonne décision. Personne de sûr ne te demande de garder des secrets pour tes parents. Un adulte de confiance peut t’aider à signaler { $mentor } au jeu et, si besoin, à la police.
contact-the-gaming-mentor-choice-leave-quiet = Quitter le serveur, mais n’en parler à personne
contact-the-gaming-mentor-feedback-leave-quiet = Partir, c’était une bonne décision. Mais { $mentor } connaît peut-être ta ville et ton pseudo, et pourrait réessayer ou viser d’autres joueurs. En parler à un adulte de confiance permet de signaler ce compte.
contact-the-gaming-mentor-choice-answer-secret = Répondre, et garder le serveur secret
contact-the-gaming-mentor-feedback-answer-secret = Une occasion d’apprendre : ce genre de secret ne protège que l’autre personne. Il n’est jamais trop tard pour partir, garder les messages et en parler à quelqu’un de confiance.

contact-the-gaming-mentor-adult-helps = Merci de me l’avoir montré, c’était malin. Tu n’as rien fait de mal. Signalons ensemble ce compte à { $game }, et mettons-nous d’accord sur des horaires de jeu qui laissent du temps pour dormir.
contact-the-gaming-mentor-adult-helps-late = Ça me fait vraiment plaisir que tu m’en aies parlé, et tu n’auras pas d’ennuis. Gardons tout et signalons { $mentor } à { $game }. Si cette personne sait où tu habites, on contactera la police.

contact-the-gaming-mentor-end-safe = Tu as gardé tes amis près de toi et ta ville privée, et tu as signalé quelqu’un qui essayait de t’isoler. Un vrai mentor n’a jamais besoin de secrets.
contact-the-gaming-mentor-end-mixed = Tu as pu t’éloigner, mais personne n’a signalé { $mentor }, et d’autres jeunes joueurs pourraient être les prochains. En parler à un adulte de confiance aide à arrêter ça pour tout le monde.
contact-the-gaming-mentor-end-recovered = C’est allé plus loin que ça n’aurait dû, mais tu en as parlé et tu as obtenu de l’aide. Le compte { $mentor } est signalé, et tu as retrouvé ton équipe.
contact-the-gaming-mentor-end-harmful = { $mentor } en sait maintenant plus sur toi et veut que ça reste secret. Ce n’est pas ta faute, et il n’est jamais trop tard : garde les messages et parles-en à un adulte de confiance.
