# Contacts / commercial : Le cadeau dans le jeu (9-12 ans)

contact-the-game-gift-title = Le cadeau dans le jeu
contact-the-game-gift-summary = Un joueur que tu ne connais pas t’offre un skin super rare gratuitement. Mais que veut-il vraiment ?
contact-the-game-gift-remember = Ne donne jamais ton mot de passe, même pour un cadeau rare. Fais une capture, signale sans prévenir la personne, et parles-en à un adulte de confiance.

contact-the-game-gift-app = { $app }
contact-the-game-gift-app-blocklands = Blocklands
contact-the-game-gift-app-skyracers = Sky Racers
contact-the-game-gift-app-roboarena = Robo Arena
contact-the-game-gift-skin-dragon = skin Dragon doré
contact-the-game-gift-skin-ninja = skin Ninja galactique
contact-the-game-gift-skin-phoenix = skin Phénix arc-en-ciel
contact-the-game-gift-name-freeskinz = FreeSkinz_Kai
contact-the-game-gift-name-giftmod = Official_Gift_Mod
contact-the-game-gift-name-luckydrop = LuckyDrop_77
contact-the-game-gift-adult-mum = Maman
contact-the-game-gift-adult-dad = Papa
contact-the-game-gift-adult-grandpa = Papi

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = Coucou, c’est moi, Sango ! Toi et { $friend }, vous jouez à { $app } après l’école. Les jeux, c’est plus drôle avec des amis ! Je surveille le chat avec toi.

contact-the-game-gift-gifter-hello = Salut !! Aujourd’hui, je donne le { $skin } super rare à 3 joueurs chanceux, et tu en fais partie ! Tu le veux ? C’est totalement gratuit.
contact-the-game-gift-pic-free = GRATUIT
contact-the-game-gift-pic-skin = { $skin }
contact-the-game-gift-choice-no-thanks = Non merci. J’accepte pas les cadeaux des inconnus.
contact-the-game-gift-feedback-no-thanks = Bien pensé ! Des objets rares gratuits offerts par un inconnu, c’est un vieux piège pour gagner ta confiance. Dire non, c’est toujours OK.
contact-the-game-gift-choice-check-first = Tu es vraiment de { $app } ? Je vérifie avec { $adult }.
contact-the-game-gift-feedback-check-first = Vérifier, c’est malin ! Mais le lui demander ne marche pas : un arnaqueur dit juste oui, et te presse avant que tu aies pu demander à { $adult }. Les vrais cadeaux viennent du jeu lui-même.
contact-the-game-gift-choice-yes-please = OUI, trop bien ! Mon jour de chance ! Je fais quoi ?
contact-the-game-gift-feedback-yes-please = Une occasion d’apprendre : un inconnu qui offre des cadeaux rares, c’est un signal d’alerte. Il veut t’emballer pour que tu ne réfléchisses pas à ce qu’il va demander ensuite.

contact-the-game-gift-gifter-ask = Sois pas timide, c’est 100 % gratuit ! Connecte-toi juste sur ma page cadeau, skinz-gift.win, ou donne-moi ton mot de passe. Vite, plus que 5 minutes !
contact-the-game-gift-gifter-proof = Bien sûr, regarde mon pseudo ! Connecte-toi sur ma page cadeau, skinz-gift.win, ou donne-moi ton mot de passe. Vite, plus que 5 minutes !
contact-the-game-gift-gifter-ask-yes = Youpi ! Connecte-toi juste sur ma page cadeau, skinz-gift.win, ou donne-moi ton mot de passe et je l’ajoute pour toi. Vite, plus que 5 minutes !
contact-the-game-gift-pic-url = skinz-gift.win
contact-the-game-gift-pic-timer-5 = 5:00
contact-the-game-gift-pic-claim = Récupère ton skin gratuit !
contact-the-game-gift-pic-password = Mot de passe
contact-the-game-gift-pic-log-in = Se connecter

contact-the-game-gift-countdown = Un minuteur s’affiche dans le chat : 4:59... 4:58... 4:57...
contact-the-game-gift-pic-timer = 4:59
contact-the-game-gift-choice-screenshot-report = Capture du chat d’abord, puis je signale { $gifter }.
contact-the-game-gift-feedback-screenshot-report = Bien vu ! Les vrais cadeaux ne demandent jamais ton mot de passe. La capture garde la preuve, et le signalement permet au jeu d’arrêter { $gifter } pour tout le monde.
contact-the-game-gift-choice-announce = C’est une arnaque ! Je te signale, et je le dis à { $adult } !
contact-the-game-gift-feedback-announce = Bravo, tu as repéré l’arnaque ! Mais prévenir { $gifter } lui permet d’effacer le chat et de disparaître. Mieux : d’abord une capture, puis un signalement, sans un mot.
contact-the-game-gift-choice-log-off = Pas de mot de passe pour toi ! Je me déconnecte. Salut !
contact-the-game-gift-feedback-log-off = Garder ton mot de passe, c’était exactement ça ! Mais { $gifter } va tenter le même piège sur d’autres joueurs. Une capture et un signalement aident à l’arrêter.
contact-the-game-gift-choice-log-in = Vite, je me connecte sur la page cadeau avant la fin !
contact-the-game-gift-choice-log-in-yes = C’est sûr, c’est juste la page cadeau. Je me connecte !
contact-the-game-gift-feedback-log-in = Une occasion d’apprendre : les fausses pages cadeaux copient la vraie connexion pour voler les mots de passe, et le minuteur était là pour te presser. Ton mot de passe, c’est pour toi et tes parents.

contact-the-game-gift-reported = Le jeu répond : « Merci ! Nous vérifions ce joueur. » { $gifter } disparaît du chat. Une heure plus tard, { $friend } t’écrit.
contact-the-game-gift-pic-thanks-checking = Merci ! Nous vérifions ce joueur.
contact-the-game-gift-vanished = { $gifter } écrit « MDR salut » et efface tout le chat. Il ne reste rien à montrer au jeu. Une heure plus tard, { $friend } t’écrit.
contact-the-game-gift-logged-off = Tu te déconnectes. Une heure plus tard, { $friend } t’envoie un message, et ça n’a pas l’air d’aller.
contact-the-game-gift-reported-yes = Le jeu répond : « Merci ! Nous vérifions ce joueur. » { $gifter } disparaît du chat, et ton mot de passe reste à toi.

contact-the-game-gift-friend-scammed = Au secours ! J’ai mis mes identifiants sur cette page cadeau, et maintenant mon compte a disparu. Tout le monde dans le chat de l’équipe se moque de moi et me traite de noob.
contact-the-game-gift-choice-get-adult = Ce n’est pas ta faute ! Viens, on va montrer ça à { $adult }.
contact-the-game-gift-feedback-get-adult = Gentil et courageux ! Les arnaqueurs piègent aussi les adultes, alors ce n’est jamais la faute de la personne piégée. Un adulte peut aider à changer les mots de passe et à signaler.
contact-the-game-gift-choice-post-link = Je préviens l’équipe et je poste le lien, qu’ils sachent.
contact-the-game-gift-feedback-post-link = Prévenir l’équipe, c’est gentil ! Mais un message avec le lien rend les gens curieux, et certains vont cliquer. Préviens avec tes mots, sans lien, et demande l’aide d’un adulte.
contact-the-game-gift-choice-hide-it = Ne dis rien à personne. { $adult } nous priverait de jeu.
contact-the-game-gift-feedback-hide-it = Une occasion d’apprendre : cacher ça laisse le compte aux mains de l’arnaqueur. Se faire piéger ne mérite pas de punition. En parler à un adulte de confiance, c’est comme ça qu’on règle le problème.

contact-the-game-gift-friend-helped = Merci de m’en avoir parlé tous les deux. Ce n’est pas ta faute, { $friend }. Changeons ton mot de passe tout de suite, signalons { $gifter } et demandons au support de { $app } d’essayer d’aider.
contact-the-game-gift-friend-hides = { $friend } ne dit rien. Le soir, son ancien compte envoie le piège du cadeau à toute l’équipe.
contact-the-game-gift-link-clicked = Les joueurs répondent « ouah, un skin gratuit ? » et « c’est vrai ?? ». Deux d’entre eux disent qu’ils vont cliquer sur skinz-gift.win « juste pour voir ».

contact-the-game-gift-team-mess = Oh non ! Maintenant, tout le monde veut essayer ton lien. On fait quoi ?
contact-the-game-gift-choice-fix-together = J’efface mon message. Puis on va chercher { $adult } ensemble.
contact-the-game-gift-feedback-fix-together = Bien rattrapé ! Retirer le lien évite d’autres clics, et un adulte peut aider tout le monde à changer de mot de passe et à signaler. Les erreurs, ça se répare.
contact-the-game-gift-choice-stay-out = Pas ma faute s’ils cliquent. Je ne vais pas mêler { $adult } à ça.
contact-the-game-gift-feedback-stay-out = Une occasion d’apprendre : tout le monde peut cliquer sur un lien, même les gens prudents. Retirer ton message et prévenir { $adult } empêche le piège de se répandre.
contact-the-game-gift-spread = Ton message reste en ligne. Deux joueurs cliquent « juste pour voir », et le soir, leurs comptes envoient eux aussi le piège du cadeau dans l’équipe.

contact-the-game-gift-account-weird = La page affiche « Erreur » et aucun skin n’arrive. Le lendemain matin, { $friend } te demande pourquoi ton compte lui a envoyé le même message de cadeau !
contact-the-game-gift-gifter-demands = Tu veux récupérer ton compte ? Facile. Envoie-moi l’e-mail d’un de tes parents et le code secret qu’il va recevoir. Ne dis rien à personne, sinon ton compte disparaît pour toujours !
contact-the-game-gift-choice-show-adult = Je montre ça à { $adult } et je change mon mot de passe.
contact-the-game-gift-feedback-show-adult = Le meilleur choix ! « Ne dis rien à personne » est un gros signal d’alerte. Changer vite ton mot de passe protège ce qui reste, et { $adult } peut aider à signaler. Tu n’auras pas d’ennuis.
contact-the-game-gift-choice-threaten = Rends-moi mon compte ou je le dis à { $adult } et à la police !
contact-the-game-gift-feedback-threaten = Tenir tête, c’est courageux ! Mais une menace prévient l’arnaqueur, qui te bloque l’accès plus vite. Mieux : arrête de répondre, fais une capture et parles-en à un adulte de confiance.
contact-the-game-gift-choice-new-account = Je le bloque et je crée un tout nouveau compte.
contact-the-game-gift-feedback-new-account = Ne rien envoyer, c’était bien ! Mais ton ancien compte est encore entre ses mains et piège tes amis. Un adulte de confiance peut aider à le signaler.
contact-the-game-gift-choice-send-code = J’envoie l’e-mail et le code. Je veux récupérer mes trucs !
contact-the-game-gift-feedback-send-code = Une occasion d’apprendre : ce code peut aussi ouvrir le compte d’un parent, et les arnaqueurs en demandent toujours plus. Il n’est jamais trop tard pour t’arrêter et en parler à un adulte.

contact-the-game-gift-adult-helps-late = Ça me fait plaisir que tu m’en parles. Tout le monde peut être piégé, et tu n’auras pas d’ennuis. Changeons tes mots de passe là où on peut, signalons { $gifter } et demandons de l’aide au support de { $app }.
contact-the-game-gift-new-start = Ton nouveau compte marche. Mais l’ancien continue d’envoyer le piège du cadeau à tes amis.
contact-the-game-gift-locked-out = { $gifter } écrit « MDR, bonne chance » et change ton mot de passe. Maintenant, tu ne peux plus du tout te connecter.
contact-the-game-gift-code-sent = Merci ! Et ton compte ? Pas encore. D’abord, il me faut aussi le mot de passe de ton parent. N’oublie pas : ne dis rien à personne.

contact-the-game-gift-old-account = Ton ancien compte n’arrête pas de m’envoyer ce lien cadeau ! C’est vraiment toi ?
contact-the-game-gift-choice-someone-took = Non ! On me l’a volé. Je vais chercher { $adult }.
contact-the-game-gift-feedback-someone-took = Bien joué ! Être honnête avec { $friend } aide, et { $adult } peut aider à changer les mots de passe et demander au support du jeu d’essayer d’aider. Tu n’auras pas d’ennuis.
contact-the-game-gift-choice-fix-alone = Clique pas ! Je répare ça avant que { $adult } le sache.
contact-the-game-gift-feedback-fix-alone = Une occasion d’apprendre : tu n’as pas à régler une arnaque sans aide, et les arnaqueurs espèrent que tu la caches. Il n’est jamais trop tard pour en parler à { $adult }, qui t’aidera sans te gronder.
contact-the-game-gift-fixing-alone = Tu essaies pendant des heures, mais impossible de te reconnecter. Ton ancien compte continue d’envoyer le piège à d’autres joueurs.

contact-the-game-gift-end-safe = Tu as gardé ton mot de passe pour toi et aidé { $friend } à aller voir { $adult }. Les mots de passe sont changés, { $gifter } est signalé, et le support de { $app } s’en occupe. Ça, c’est l’esprit d’équipe !
contact-the-game-gift-end-caught = Au début, l’enthousiasme a pris le dessus, mais quand { $gifter } a demandé ton mot de passe, tu as vu le piège. Tu as gardé une capture et signalé ce joueur. Bien rattrapé !
contact-the-game-gift-end-recovered = Tu t’es fait piéger, puis tu as fait le plus courageux : en parler à { $adult }. Les mots de passe sont changés là où c’était possible, { $gifter } est signalé, et le support de { $app } essaie d’aider.
contact-the-game-gift-end-spread = Le piège du cadeau continue de se répandre, et le compte de { $friend } est toujours aux mains de { $gifter }. Se faire piéger n’est la faute de personne. Parles-en à un adulte de confiance : il n’est jamais trop tard.
contact-the-game-gift-end-harmful = { $gifter } a toujours ton compte et s’en sert pour piéger d’autres joueurs. Ce n’est pas ta faute, et il n’est jamais trop tard pour en parler à un adulte de confiance, qui t’aidera.

# The world remembers: the password the free-gems pop-up took.
contact-the-game-gift-old-password = Attends ! Tu te souviens de la fenêtre des gemmes gratuites qui a pris ton mot de passe ? Si tu utilises le même dans { $app }, des arnaqueurs pourraient entrer ici aussi.
contact-the-game-gift-choice-new-password = Je demande à { $adult } de m’aider à changer de mot de passe.
contact-the-game-gift-feedback-new-password = Bien joué ! Un mot de passe pris par un piège n’est plus sûr nulle part. Un nouveau, différent pour chaque jeu, laisse les arnaqueurs dehors.
contact-the-game-gift-choice-keep-password = Plus tard. On l’a choisi avec { $adult }, il est solide.
contact-the-game-gift-feedback-keep-password = Une occasion d’apprendre : même un mot de passe solide n’est plus sûr quand une arnaque l’a pris, et les arnaqueurs l’essaient dans plein de jeux. Il n’est jamais trop tard pour le changer avec un parent.
contact-the-game-gift-password-changed = Bonne idée de me demander ! Voilà : un tout nouveau mot de passe, différent de tes autres jeux. Il n’y a que toi et moi qui le connaissons. Maintenant, amuse-toi bien !
contact-the-game-gift-password-kept = Tu commences à jouer. Ton ancien mot de passe est toujours le même, ici et dans l’autre jeu.

# The world remembers: the stranger, blocked and reported, under a new name.
contact-the-game-gift-choice-same-trick = Même piège que { $stranger } ! Je capture et je signale.
contact-the-game-gift-feedback-same-trick = Bien vu ! Un nouveau nom peut cacher la même personne, ou le même piège : d’abord un cadeau gratuit, puis des demandes. Tu as gardé la preuve et signalé, comme la dernière fois.

# The world remembers: the friend the child got help for.
contact-the-game-gift-friend-trusts = Quand ma vidéo a reçu tous ces commentaires méchants, tu m’as trouvé de l’aide. Alors c’est à toi que je le dis en premier.

# My phone: what stays on the phone after this level.
contact-the-game-gift-trace-gifter = Un joueur qui offrait des skins « gratuits » : signalé au jeu.
contact-the-game-gift-trace-gifter-advice = Bravo ! Les vrais cadeaux viennent du jeu, pas des joueurs dans le chat. Si le même piège revient sous un nouveau nom, fais une capture et signale-le encore.
contact-the-game-gift-trace-password = Ton mot de passe du jeu, tapé sur une fausse page cadeau.
contact-the-game-gift-trace-password-advice = Celui qui a fait cette page l’a peut-être encore. Demande à un parent de t’aider à le changer, et à demander de l’aide au support du jeu pour ton compte.
