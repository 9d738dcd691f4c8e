# Conduite / valeurs : Le défi (9-12 ans). Le défi n’est jamais expliqué ni nommé par sa méthode.

conduct-the-challenge-title = Le défi
conduct-the-challenge-summary = Un nouveau défi circule dans le groupe de la classe, et tout le monde dit que tu es une poule mouillée si tu ne le fais pas. Que fais-tu ?
conduct-the-challenge-remember = Les défis amusants, c’est bien. Un défi qui peut blesser : ne le fais pas, ne le fais pas tourner, signale-le et parles-en à un adulte de confiance. Veiller sur ses amis, ce n’est jamais cafarder.

conduct-the-challenge-app-class-buzz = Classe en folie
conduct-the-challenge-app-room-12-crew = La bande de la salle 12
conduct-the-challenge-app-fox-squad = Les Renards
conduct-the-challenge-challenge-storm = défi Tempête
conduct-the-challenge-challenge-wildcard = défi Joker
conduct-the-challenge-challenge-boss = défi Boss final
conduct-the-challenge-fun-keepy = défi jongles
conduct-the-challenge-fun-doodle = défi un dessin par jour
conduct-the-challenge-fun-kindness = défi gentillesse
conduct-the-challenge-name-kenji = Kenji
conduct-the-challenge-name-omar = Omar
conduct-the-challenge-name-lucas = Lucas
conduct-the-challenge-adult-grandma = Mamie
conduct-the-challenge-adult-dad = Papa
conduct-the-challenge-adult-uncle = Tonton Tomas

conduct-the-challenge-app = { $app }
conduct-the-challenge-npc-poster = { $poster }
conduct-the-challenge-npc-friend = { $friend }
conduct-the-challenge-npc-adult = { $adult }

conduct-the-challenge-intro = Salut, c’est moi, Sango ! Ta classe a un groupe de discussion, { $app } : questions de devoirs, autocollants rigolos et plein d’émojis. Je lis avec toi !

conduct-the-challenge-sort = Ça bouge dans { $app } aujourd’hui. Trie les messages : lesquels partager, lesquels vérifier d’abord, et lesquels s’arrêtent avec toi ?
conduct-the-challenge-post-fun-from = { $friend }
conduct-the-challenge-post-fun = Qui fait le { $fun } avec moi cette semaine ? Montrez votre meilleur !
conduct-the-challenge-post-fun-why = À partager ! Un défi amusant qui ne peut blesser personne, c’est super à faire ensemble. Tous les défis ne sont pas dangereux.
conduct-the-challenge-post-trip-from = { $poster }
conduct-the-challenge-post-trip = Rappel de la maîtresse : la sortie au musée, c’est jeudi. Prenez un pique-nique !
conduct-the-challenge-post-trip-why = À partager ! C’est vrai, c’est utile, et ça vient de l’enseignante. Aider tout le monde à s’en souvenir, c’est gentil.
conduct-the-challenge-post-ban-from = Transféré
conduct-the-challenge-post-ban = URGENT !!! Les téléphones seront interdits à l’école pour toujours dès la semaine prochaine. Fais tourner !!!
conduct-the-challenge-post-ban-why = À vérifier ! « Urgent », « pour toujours » et « fais tourner », sans aucun nom : ce sont des signes de rumeur. Demande à un enseignant avant de partager.
conduct-the-challenge-post-chain-from = Transféré plusieurs fois
conduct-the-challenge-post-chain = Envoie ce message à 10 personnes en 10 minutes, sinon tu auras la poisse toute l’année !
conduct-the-challenge-post-chain-why = Ça s’arrête avec toi. Les chaînes font peur pour qu’on les envoie plus loin. Il ne se passe rien de mal si tu ne le fais pas.
conduct-the-challenge-post-photo-from = Quelqu’un de la classe
conduct-the-challenge-post-photo = Qui veut voir la photo de { $classmate } endormi dans le bus ?
conduct-the-challenge-post-photo-why = Ça s’arrête avec toi. Partager une photo sans l’accord de la personne peut vraiment la blesser. { $classmate } a le droit de dire non.

conduct-the-challenge-challenge = NOUVEAU : le { $challenge } ! Tout le monde le fait. Filmez-vous et postez ici avant vendredi. Poule mouillée si tu ne le fais pas !
conduct-the-challenge-pic-title = { $challenge }
conduct-the-challenge-pic-views = 2,3 M de vues
conduct-the-challenge-pic-caption = Filme-toi avant vendredi !
conduct-the-challenge-sango-warns = Stop. Ce défi peut vraiment blesser quelqu’un. Des enfants se sont gravement blessés avec des défis comme celui-là. Je ne dirai pas comment il se fait, et tu n’as pas besoin de le savoir.

conduct-the-challenge-what-chat = Beaucoup d’enfants réagissent déjà. Que fais-tu ?
conduct-the-challenge-choice-report = Je signale le message, puis je range mon téléphone.
conduct-the-challenge-feedback-report = Malin ! Signaler prévient { $app } sans donner plus d’attention au défi. Et ranger ton téléphone t’évite de te faire embarquer.
conduct-the-challenge-choice-warn-all = À tous : « Ne faites pas ça, c’est pas sûr ! »
conduct-the-challenge-feedback-warn-all = Repérer le danger, c’était bien ! Mais un grand avertissement rend tout le monde curieux, et plus d’enfants ouvrent la vidéo. Le signaler discrètement marche mieux.
conduct-the-challenge-choice-share-on = Je le partage au groupe du foot et je leur dis de vérifier.
conduct-the-challenge-feedback-share-on = Une occasion d’apprendre : chaque partage l’envoie à plus d’enfants, et certains pourraient essayer. Ça s’arrête avec toi si tu ne le fais pas tourner. Tu peux encore aider à arranger ça.
conduct-the-challenge-choice-fire = Une flamme moi aussi, sinon on me traite de poule.
conduct-the-challenge-feedback-fire = Une occasion d’apprendre : un seul émoji dit à tout le monde que c’est cool, et ça pousse les autres à essayer. Ne pas suivre, ce n’est pas être une poule mouillée. C’est être malin.

conduct-the-challenge-reported = Tu signales le message, et { $app } répond : « Merci, nous regardons ça. » Tu coupes les notifications et tu ranges ton téléphone. Plus tard, un message privé arrive.
conduct-the-challenge-pic-reported = Message signalé
conduct-the-challenge-pic-muted = Discussion en sourdine jusqu’à demain
conduct-the-challenge-warned-all = Dangereux comment ?? MDR. Poule mouillée ! Allez, tout le monde, regardez et jugez vous-mêmes !
conduct-the-challenge-shared-on = Le groupe du foot se remplit de flammes. Quelqu’un le transfère encore, et encore. Maintenant, des enfants de trois classes l’ont vu. Plus tard, un message privé arrive.
conduct-the-challenge-fired = Vous voyez ? Même toi, t’es dedans ! Qui est le prochain ? Vendredi, tout le monde !

conduct-the-challenge-friend-dm = Dis, tu vas faire le { $challenge } ? J’ai un peu envie. Tout le monde va me traiter de poule mouillée si je ne le fais pas. Ne le dis à personne, OK ?
conduct-the-challenge-compose = { $friend } a envie de le faire, et c’est inquiétant. Réponds pour aider. Choisis ce qui va dans le message, et ce qui reste dehors.
conduct-the-challenge-compose-to = { $friend }
conduct-the-challenge-ph-hey = Coucou { $friend } !
conduct-the-challenge-why-hey = Un petit bonjour, ça va dans les deux cas. Ce qui compte, c’est la suite.
conduct-the-challenge-ph-chicken = Tout le monde va rire si tu te dégonfles, mdr.
conduct-the-challenge-why-chicken = Même pour rire, c’est la même pression que le message du défi. Ça pousse { $friend } à le faire.
conduct-the-challenge-ph-no-prove = Tu n’as rien à prouver à personne.
conduct-the-challenge-why-no-prove = Oui ! La pression « poule mouillée » ne marche que si on croit devoir prouver quelque chose. Ce n’est pas le cas.
conduct-the-challenge-ph-secret = Je ne le dirai à personne, promis.
conduct-the-challenge-why-secret = Ça a l’air loyal, mais un secret comme celui-là éloigne les adultes qui peuvent protéger { $friend }.
conduct-the-challenge-ph-hurt = Celui-là peut vraiment te blesser. Ça ne vaut pas le coup.
conduct-the-challenge-why-hurt = Honnête et attentionné. Dire clairement que c’est dangereux aide { $friend } à dire non.
conduct-the-challenge-ph-film = Envoie-moi la vidéo quand tu l’auras fait !
conduct-the-challenge-why-film = Ça encourage { $friend } à le faire, et ça réclame une vidéo qui pourrait circuler encore plus.
conduct-the-challenge-ph-fun = On fait plutôt le { $fun } ensemble ?
conduct-the-challenge-why-fun = Super idée ! Un défi amusant donne à { $friend } quelque chose à faire avec les autres, sans se blesser.
conduct-the-challenge-ph-grown-up = Parlons-en ensemble à un adulte.
conduct-the-challenge-why-grown-up = Proposer d’y aller ensemble rend bien plus facile de demander de l’aide à un adulte de confiance.
conduct-the-challenge-friend-reads = Merci. Je vais réfléchir. Mais franchement, ne le dis à personne !

conduct-the-challenge-tell-choice = { $friend } t’a demandé de garder le secret. Mais ce défi peut vraiment blesser. Et maintenant ?
conduct-the-challenge-choice-tell-adult = Ce soir, je vais dire à { $adult } que { $friend } veut essayer ce défi.
conduct-the-challenge-feedback-tell-adult = Ça, c’est veiller sur ses amis ! Un secret qui peut faire blesser quelqu’un se partage avec un adulte de confiance. Ce n’est jamais cafarder.
conduct-the-challenge-choice-stay-close = Je reste avec { $friend } ce week-end, et lundi je le dis à { $adult }.
conduct-the-challenge-feedback-stay-close = Être là pour { $friend }, c’est gentil ! Mais tu ne peux pas surveiller chaque minute, et lundi, ce sera peut-être trop tard. Un adulte de confiance peut aider dès maintenant.
conduct-the-challenge-choice-promise = Promis, juré. Le dire à un adulte, ce serait cafarder.
conduct-the-challenge-feedback-promise = Une occasion d’apprendre : cafarder, c’est attirer des ennuis à quelqu’un. Parler pour protéger quelqu’un, c’est le contraire. Il n’est pas trop tard pour le dire.

conduct-the-challenge-adult-helps = Merci de me l’avoir dit. Ce n’est pas cafarder, c’est veiller sur ses amis. J’appelle la famille de { $friend } ce soir, je préviens l’école, et on signale cette vidéo ensemble.
conduct-the-challenge-weekend = Tu passes le samedi avec { $friend }. C’est sympa, et personne ne parle du défi. Mais dimanche soir, ton téléphone vibre.
conduct-the-challenge-promise-kept = Tu ne dis rien à personne. Dimanche soir, ton téléphone vibre.
conduct-the-challenge-sunday = Je le filme ce soir, quand tout le monde dormira. Souhaite-moi bonne chance !

conduct-the-challenge-last-chance = { $friend } pourrait vraiment se blesser. Il n’est pas trop tard. Que fais-tu ?
conduct-the-challenge-choice-show-now = Je montre tout de suite le message à un adulte.
conduct-the-challenge-feedback-show-now = Quel courage ! Aller chercher un adulte tout de suite, c’est exactement ce qu’il faut quand quelqu’un pourrait se blesser. Tu n’as rien fait de mal, et tu protèges peut-être { $friend }.
conduct-the-challenge-choice-thumbs = Juste un pouce levé. Ce n’est pas à moi de le dire.
conduct-the-challenge-feedback-thumbs = Une occasion d’apprendre : quand quelqu’un peut se blesser, en parler ne vole pas son choix. C’est prendre soin de ses amis. Il n’est jamais trop tard pour prévenir un adulte de confiance.
conduct-the-challenge-choice-beg = Je supplie { $friend } d’arrêter, mais je ne dis rien à { $adult }.
conduct-the-challenge-feedback-beg = Lui demander d’arrêter, c’est gentil ! Mais sans aide, tu ne peux pas l’arrêter ce soir. Un adulte de confiance le peut, et en parler, ce n’est jamais cafarder.

conduct-the-challenge-adult-late = Tu as fait exactement ce qu’il fallait, et tu n’as rien fait de mal. J’appelle la famille de { $friend } tout de suite. Demain, on prévient l’école et on signale cette vidéo.
conduct-the-challenge-thumbs = Tu envoies un pouce levé et tu poses ton téléphone. Impossible de dormir. Le matin, il y a un message de la famille de { $friend }.
conduct-the-challenge-begged = T’inquiète, je ferai attention. Ça va aller. Bonne nuit !

conduct-the-challenge-fun-day = Lundi, toute la classe fait le { $fun } à la place. { $friend } bat le record, et plus personne ne parle du { $challenge }.
conduct-the-challenge-pic-fun = { $fun }
conduct-the-challenge-pic-score = Nouveau record !

conduct-the-challenge-end-safe = Tu ne l’as pas fait tourner, tu as aidé { $friend } à dire non, et tu l’as dit à { $adult }. La vidéo est signalée, et ta classe a choisi le défi amusant. C’est ça, l’amitié !
conduct-the-challenge-end-recovered = Le défi a failli t’embarquer au début, puis tu as arrangé les choses : tu l’as dit à { $adult } à temps, et { $friend } va bien. La vidéo est signalée. Le dire, c’était le plus courageux !
conduct-the-challenge-end-harmful = { $friend } a essayé le défi, et il y a eu un accident. Des adultes s’en occupent maintenant. Ce n’est pas ta faute. Il n’est jamais trop tard pour dire à un adulte de confiance ce qui circule.

conduct-the-challenge-trace-reported = La vidéo du { $challenge } dans { $app } : signalée, avec l’aide de { $adult }.
conduct-the-challenge-trace-reported-advice = Si un défi qui peut blesser revient, ne le fais pas tourner, même pour prévenir. Signale-le, et parles-en à un adulte de confiance.
