# The 9-12 story (scenarios/9-12/story.ron): its name, its close, and its recurring people.

story-9-12-title = Un trimestre en ligne
story-9-12-closed = Quel trimestre ! De nouvelles applis, de nouveaux jeux, quelques pièges et plein de choix courageux. Merci pour ce voyage ensemble. Voici ce que je retiendrai :
story-9-12-ending-stranger = Tu as repéré les pièges d’un inconnu dans un chat de jeu, gardé la preuve et demandé de l’aide pour le bloquer et le signaler. Nouveau nom, mêmes pièges ? Tu sais quoi faire.
story-9-12-ending-location = Ton appli de dessin montre peut-être encore ton point sur sa carte. Demande à un parent de couper la position avec toi. Ça prend une minute.
story-9-12-ending-password = Un mot de passe pris par une fenêtre piégée n’est pas encore sûr. Demande à un parent de t’aider à en créer un nouveau, différent pour chaque jeu.
story-9-12-ending-settings = Quand une vidéo effrayante est passée, tu l’as dit à un adulte de confiance. Maintenant, la lecture auto est coupée et les réglages pour enfants sont activés. C’était courageux !
story-9-12-ending-family-map = Ta carte de famille montre toujours ton point à ta famille, et à personne d’autre. Un gros bouton « partager » n’a pas décidé pour toi : c’est toi qui as décidé.
story-9-12-ending-streak = Ton appli de dessins animés s’endort en même temps que toi, maintenant. Aucune série, aucune mascotte triste ne valait ton sommeil, et les vidéos drôles t’attendent après l’école.
story-9-12-ending-popup = Cette fenêtre que tu n’avais jamais demandé à voir ? Tu l’as fermée et tu l’as dit à un adulte, et personne n’était fâché. C’est exactement ce qu’il faut faire, à chaque fois.
story-9-12-ending-challenge = Un défi qui pouvait vraiment blesser a circulé dans le groupe de ta classe. Tu ne l’as pas fait tourner, et tu l’as dit à un adulte à temps. C’est comme ça qu’on veille sur ses amis.
story-9-12-ending-angry = Un joueur est devenu méchant et s’en est pris à toi de jeu en jeu. Tu as gardé les preuves, bloqué, signalé, et tu l’as dit à un adulte. Place au jeu, avec ta vraie équipe !
story-9-12-ending-chatbot = Un chatbot tout mignon voulait être ton seul meilleur ami, et garder des secrets. Tu as compris que c’était un programme, tu as gardé tes infos privées et tu l’as dit à un adulte. Bien pensé !
story-9-12-ending-always = En ligne ou pas, tu n’as jamais à régler les choses sans aide. Un adulte de confiance est toujours là pour t’aider, et le dire, ce n’est jamais cafarder.

# The best friend
cast-912-mia = Mia
cast-912-theo = Théo
cast-912-aisha = Yasmine
# The classmate who gets picked on
cast-912-sam = Sam
cast-912-noah = Noah
cast-912-arjun = Rayan
# The stranger in the game chat
cast-912-starknight = StarKnight_12
cast-912-pixelhero = PixelHero_12
cast-912-dragonrider = DragonRider_12
