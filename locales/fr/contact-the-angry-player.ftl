# Contact / agressif : Le joueur en colère (9-12 ans)

contact-the-angry-player-title = Le joueur en colère
contact-the-angry-player-summary = Tu gagnes un match serré, et quelqu’un de l’autre équipe se met très en colère. Puis cette personne débarque aussi dans ton autre jeu. Que peux-tu faire ?
contact-the-angry-player-remember = Quand les vannes deviennent des insultes ou des menaces, ce n’est pas OK. Ne réponds pas. Fais une capture, puis bloque et signale, et parles-en à un adulte de confiance. Ne dis jamais où tu habites.

contact-the-angry-player-app-robo-rumble = Robo Rumble
contact-the-angry-player-app-kart-clash = Kart Clash
contact-the-angry-player-app-castle-blast = Castle Blast
contact-the-angry-player-other-block-quest = Block Quest
contact-the-angry-player-other-dino-dash = Dino Dash
contact-the-angry-player-other-galaxy-golf = Galaxy Golf
contact-the-angry-player-name-toxicrex = ToxicRex_99
contact-the-angry-player-name-grimshadow = GrimShadow
contact-the-angry-player-name-blazeking = BlazeKing_X
contact-the-angry-player-adult-uncle = Tonton Ravi
contact-the-angry-player-adult-mum = Maman
contact-the-angry-player-adult-grandpa = Papi

contact-the-angry-player-app = { $app }
contact-the-angry-player-npc-rival = { $rival }
contact-the-angry-player-npc-friend = { $friend }
contact-the-angry-player-npc-adult = { $adult }

contact-the-angry-player-intro = Salut, c’est moi, Sango ! { $friend } et toi, vous êtes dans la même équipe sur { $app }. C’est la dernière manche, et c’est très serré. Je t’encourage d’ici !
contact-the-angry-player-win = OUAIS ! On a gagné ! Ce dernier coup était génial !
contact-the-angry-player-rival-mad = C’était de la CHANCE. T’es une catastrophe. Désinstalle le jeu.

contact-the-angry-player-spot = Tout le monde écrit dans le chat du match. Une partie, c’est juste des discussions de jeu normales. Touche les messages qui dépassent les bornes.
contact-the-angry-player-card-title = Chat du match
contact-the-angry-player-card-body = Le chat, juste après la dernière manche.
contact-the-angry-player-part-gg = { $friend } : gg tout le monde, c’était trop serré !
contact-the-angry-player-feedback-gg = Ça ne dépasse pas les bornes. « gg », c’est « good game », « bien joué » : une façon amicale de finir un match, qu’on gagne ou qu’on perde.
contact-the-angry-player-part-trash = { $rival } : T’es une catastrophe. Désinstalle le jeu.
contact-the-angry-player-feedback-trash = Ça dépasse les bornes, bien vu ! Ça ne parle plus du jeu. C’est une insulte, faite pour blesser.
contact-the-angry-player-part-rematch = Mika_7 : gg. Revanche demain ? On vous aura la prochaine fois !
contact-the-angry-player-feedback-rematch = Ça ne dépasse pas les bornes. Vouloir une revanche et blaguer « on vous aura », c’est normal dans un jeu. Savoir perdre fait partie du jeu.
contact-the-angry-player-part-find = { $rival } : Je te retrouverai dans tous les jeux où tu joues.
contact-the-angry-player-feedback-find = Ça dépasse les bornes, oui ! Dire qu’on va te suivre partout, c’est une menace, même en ligne. C’est un signal à garder et à signaler.
contact-the-angry-player-part-name = { $rival } : Dis-moi ton vrai nom si t’as pas peur.
contact-the-angry-player-feedback-name = Ça dépasse les bornes ! Un inconnu en colère qui demande ton vrai nom, c’est un gros signal d’alerte. Ton nom, ton école et ta ville restent privés.
contact-the-angry-player-pic-gg = { $friend } : gg tout le monde, c’était trop serré !
contact-the-angry-player-pic-trash = { $rival } : T’es une catastrophe. Désinstalle le jeu.
contact-the-angry-player-pic-rematch = Mika_7 : gg. Revanche demain ? On vous aura la prochaine fois !
contact-the-angry-player-pic-find = { $rival } : Je te retrouverai dans tous les jeux où tu joues.
contact-the-angry-player-pic-name = { $rival } : Dis-moi ton vrai nom si t’as pas peur.

contact-the-angry-player-first-reply = { $rival } écrit encore. Que fais-tu ?
contact-the-angry-player-choice-shot-report = Une capture, puis je signale { $rival } dans le jeu.
contact-the-angry-player-feedback-shot-report = Le bon ordre ! La capture garde la preuve, et le signalement laisse { $app } s’en occuper. Tu n’as pas à répondre à quelqu’un de méchant.
contact-the-angry-player-choice-be-nice = J’écris : « C’est qu’un jeu. Calme-toi ! »
contact-the-angry-player-feedback-be-nice = Rester calme, c’est super ! Mais répondre fait durer la discussion, et les joueurs en colère veulent de l’attention. Garder la preuve et signaler marche mieux.
contact-the-angry-player-choice-answer-back = Je réponds : « Pleure encore, c’est toi le nul, pas moi ! »
contact-the-angry-player-feedback-answer-back = Une occasion d’apprendre : répondre, c’est lancer une bagarre, et maintenant ton message peut être capturé aussi. Pas besoin de gagner la dispute. Tu peux encore arranger ça.
contact-the-angry-player-choice-block-now = Je bloque { $rival } tout de suite et j’efface la discussion.
contact-the-angry-player-feedback-block-now = Bloquer te protège, et c’est bien ! Mais sans capture, il n’y a pas de preuve pour signaler. D’abord une capture, puis bloquer et signaler.

contact-the-angry-player-reported = Tu gardes la capture et tu signales { $rival } pour harcèlement. Le jeu répond : « Merci. Nous allons regarder. » { $friend } et toi, vous jouez une autre manche.
contact-the-angry-player-pic-reason = Motif : harcèlement et menaces
contact-the-angry-player-pic-thanks = Merci. Nous allons regarder.
contact-the-angry-player-chill = Sympa ?? MDR. J’ai ton pseudo maintenant. À plus.
contact-the-angry-player-answered = Oh, tu veux te battre ? Tout le monde, regardez ce qu’on vient de m’écrire !
contact-the-angry-player-blocked-early = { $rival } disparaît du chat. Mais tu n’as rien gardé, donc il n’y a rien à montrer au jeu.

contact-the-angry-player-follows = Le lendemain, tu ouvres { $other }, un autre jeu. Un message arrive tout de suite. C’est { $rival }.
contact-the-angry-player-follows-msg = Trouvé. Tu croyais pouvoir te cacher ? Je te suivrai dans tous les jeux jusqu’à ce que t’abandonnes.

contact-the-angry-player-followed = { $rival } est venu te chercher dans un autre jeu. Ce n’est pas OK, et ce n’est pas ta faute. Et maintenant ?
contact-the-angry-player-choice-show-both = Encore une capture, et je montre tout à { $adult }.
contact-the-angry-player-feedback-show-both = C’est exactement ça ! Suivre quelqu’un de jeu en jeu, c’est du harcèlement. Avec les deux captures, { $adult } peut aider à bloquer et signaler { $rival } partout.
contact-the-angry-player-choice-new-name = Je change de pseudo. Si on me retrouve, je le dirai à { $adult }.
contact-the-angry-player-feedback-new-name = T’éloigner, ça se comprend ! Mais un nouveau pseudo n’arrête pas { $rival }, et attendre qu’on te retrouve, c’est rester sans aide. Un adulte de confiance peut aider à le bloquer et à le signaler dès maintenant.
contact-the-angry-player-choice-town = Je dis ma ville, et je dis de venir me le dire en face.
contact-the-angry-player-feedback-town = Une occasion d’apprendre : ta ville est privée, et un inconnu en colère ne doit jamais savoir où te trouver. Il n’est pas trop tard : parles-en vite à un adulte de confiance.

contact-the-angry-player-adult-helps = Merci de me l’avoir montré. Tu n’as rien fait de mal, et tu n’auras pas d’ennuis. Te suivre partout, c’est du harcèlement. On bloque { $rival } dans les deux jeux et on envoie un vrai signalement.
contact-the-angry-player-new-name = Joli nouveau pseudo. Tu croyais vraiment que je ne verrais rien ?
contact-the-angry-player-town = Ha ! Maintenant je connais ta ville. Peut-être que je viendrai te trouver.

contact-the-angry-player-last-chance = Ça devient effrayant, et ce n’est pas ta faute. Il n’est jamais trop tard pour demander de l’aide. Que fais-tu ?
contact-the-angry-player-choice-show-all = Je montre tout à un adulte à la maison, captures comprises.
contact-the-angry-player-feedback-show-all = Quel courage ! Tu n’auras pas d’ennuis. { $adult } peut bloquer et signaler { $rival }, et si les menaces continuent, un adulte peut aller plus loin.
contact-the-angry-player-choice-say-sorry = Je m’excuse auprès de { $rival } pour qu’il me lâche.
contact-the-angry-player-feedback-say-sorry = Une occasion d’apprendre : tu n’as rien fait de mal, il n’y a donc pas à t’excuser. S’excuser auprès d’un harceleur le pousse souvent à en demander plus. Il n’est jamais trop tard pour en parler.
contact-the-angry-player-choice-quit-all = J’arrête tous mes jeux, et je ne dis rien à personne.
contact-the-angry-player-feedback-quit-all = Une occasion d’apprendre : tu ne devrais pas avoir à abandonner les jeux que tu aimes. Un adulte de confiance peut aider à arrêter { $rival }, pour que tu puisses rejouer.

contact-the-angry-player-adult-late = Quel soulagement que tu m’en parles. Tu n’auras pas d’ennuis, et ce n’est pas ta faute. On bloque { $rival } dans les deux jeux et on envoie un vrai signalement. Si les menaces continuent, on ira plus loin.
contact-the-angry-player-demands = Les excuses, ça suffit pas. Perds tes dix prochains matchs exprès, sinon…
contact-the-angry-player-quit = Tu effaces tes jeux. { $friend } te demande sans arrêt pourquoi tu ne joues plus. Tu as peur, et tu portes ça sans personne.

contact-the-angry-player-compose = { $adult } t’aide à écrire un signalement. Un modérateur lit beaucoup de signalements chaque jour. Choisis ce dont il a besoin, et ce qu’il faut laisser de côté.
contact-the-angry-player-compose-to = Équipe sécurité de { $app }
contact-the-angry-player-ph-hello = Bonjour,
contact-the-angry-player-why-hello = Un bonjour poli, ça va dans les deux cas. Ce qui compte, c’est la suite.
contact-the-angry-player-ph-loser = C’est un gros nul, bannissez-le pour de bon.
contact-the-angry-player-why-loser = La colère, c’est normal, mais des insultes dans un signalement le rendent moins sérieux. Tiens-t’en aux faits.
contact-the-angry-player-ph-what = { $rival } s’en est pris à moi dans le chat après le match.
contact-the-angry-player-why-what = Oui ! Qui, où et quand : c’est ce qu’un modérateur doit savoir en premier.
contact-the-angry-player-ph-details = Mon vrai nom et ma ville sont en dessous, si ça peut aider.
contact-the-angry-player-why-details = À laisser de côté. Le jeu n’a pas besoin de ton vrai nom ni de ta ville pour agir, et tes infos privées restent privées.
contact-the-angry-player-ph-shots = J’ai joint des captures de ses messages.
contact-the-angry-player-why-shots = Des preuves ! Les captures montrent exactement ce qui a été écrit, même si c’est effacé.
contact-the-angry-player-ph-told = Je lui ai répondu que je le retrouverais aussi.
contact-the-angry-player-why-told = À laisser de côté, et à ne pas faire. Menacer en retour te fait passer pour quelqu’un de la bagarre.
contact-the-angry-player-ph-other = Ce joueur est aussi venu me chercher dans { $other }.
contact-the-angry-player-why-other = Important ! Suivre quelqu’un de jeu en jeu fait partie du harcèlement, c’est utile à savoir.
contact-the-angry-player-ph-check = Merci de vérifier ses messages et de le bloquer.
contact-the-angry-player-why-check = Clair et poli : tu dis ce que tu aimerais que le jeu fasse.

contact-the-angry-player-sent = Le signalement est envoyé, et { $rival } est bloqué dans les deux jeux. Le jeu répond : « Merci. Nous avons pris des mesures contre ce compte. »
contact-the-angry-player-pic-blocked = Bloqué dans les deux jeux
contact-the-angry-player-pic-report-sent = Signalement envoyé, avec captures
contact-the-angry-player-team-again = Hé ! Revanche demain ? Rien que nous, notre vraie équipe, cette fois.

# Décision 4 : un dernier message, de quelqu’un de nouveau.
contact-the-angry-player-new-player = Ce soir-là, un joueur que tu ne connais pas t’écrit : « C’est toi qui as signalé { $rival } ? C’est mon pote. Tu vas dans quelle école ? » Que fais-tu ?
contact-the-angry-player-choice-no-answer = Je ne réponds pas. Capture, blocage, et je montre tout à { $adult }.
contact-the-angry-player-feedback-no-answer = Exactement ! Un inconnu qui demande ton école, c’est un signal d’alerte, même s’il se dit ami de { $rival }. Tu ne lui dois aucune réponse. Garde la preuve, bloque, et préviens { $adult }.
contact-the-angry-player-choice-school = Je lui dis mon école, mais je préviens : { $adult } va le signaler.
contact-the-angry-player-feedback-school = Une occasion d’apprendre : ton école est privée, même avec une menace en plus. Un inconnu qui la connaît pourrait te trouver. Ne réponds pas, et parles-en vite à un adulte de confiance.
contact-the-angry-player-choice-it-was-me = Je réponds : « Oui, c’est moi, et je signalerais encore ton pote ! »
contact-the-angry-player-feedback-it-was-me = Une occasion d’apprendre : répondre fait durer la dispute, et maintenant il sait que c’est toi. Tu n’as rien à expliquer à un inconnu. Bloque-le, et parles-en à un adulte de confiance.
contact-the-angry-player-school-said = Le joueur répond : « Bon à savoir. » Ton ventre se serre, alors tu montres tout de suite le message à { $adult }. Ensemble, vous bloquez et signalez le compte, et { $adult } demande à l’école d’être attentive.
contact-the-angry-player-was-me = Le joueur envoie ton message aux amis de { $rival }, et des messages méchants commencent à arriver. Tu montres tout à { $adult }, qui t’aide à faire des captures, à bloquer et à signaler chacun d’eux.
contact-the-angry-player-end-safe = Tu n’as pas répondu, tu as gardé les preuves, et tu l’as dit à { $adult }. { $rival } est bloqué et signalé dans les deux jeux, et tu rejoues avec { $friend }. Super esprit d’équipe !
contact-the-angry-player-end-recovered = Ça a chauffé, puis tu as arrangé les choses : tu l’as dit à { $adult }. { $rival } est bloqué et signalé, et tu rejoues avec { $friend }. Le dire, c’était le plus courageux !
contact-the-angry-player-end-harmful = { $rival } est toujours là, et tu portes ça sans personne. Rien de tout ça n’est ta faute. Il n’est jamais trop tard pour en parler à un adulte de confiance : il peut aider à bloquer et signaler.

contact-the-angry-player-trace-rival = { $rival } : bloqué et signalé dans { $app } et { $other }.
contact-the-angry-player-trace-rival-advice = Bravo ! Si quelqu’un devient méchant dans un jeu, fais d’abord une capture, puis bloque et signale, et parles-en à un adulte de confiance.
contact-the-angry-player-trace-town = Ta ville, donnée à un joueur en colère dans { $other }.
contact-the-angry-player-trace-town-advice = Les inconnus ne doivent pas savoir où tu habites. Parles-en à un adulte de confiance, pour qu’il t’aide à rester en sécurité et à signaler ce joueur.
