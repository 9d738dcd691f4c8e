# Contrats / valeurs : La série (9-12 ans), séries, lecture automatique et alertes du soir (interfaces truquées), sommeil

contract-the-streak-title = La série de jours
contract-the-streak-summary = Dans une appli de dessins animés, tu as une série de 30 jours avec ton meilleur copain ou ta meilleure copine. À l’heure du coucher, l’appli dit que la série va s’arrêter.
contract-the-streak-remember = Séries, mascottes tristes, comptes à rebours et lecture automatique sont faits pour te garder devant l’écran. Ce n’est pas ta faute. Coupe-les, active le mode nuit, et parles-en à un adulte de confiance.

contract-the-streak-app = { $app }
contract-the-streak-npc-adult = { $adult }
contract-the-streak-npc-friend = { $friend }

contract-the-streak-app-toonloop = ToonLoop
contract-the-streak-app-gigglebox = GiggleBox
contract-the-streak-app-wobbly = Wobbly TV
contract-the-streak-pet-pip = Pip
contract-the-streak-pet-mochi = Mochi
contract-the-streak-pet-bolt = Bolt
contract-the-streak-adult-grandpa = Papi
contract-the-streak-adult-mum = Maman
contract-the-streak-adult-uncle = Tonton

contract-the-streak-intro = Coucou, c’est moi, Sango ! { $app }, c’est plein de dessins animés drôles et de petits quiz. Avec { $friend }, tu regardes tous les jours depuis 30 jours, et { $pet }, le petit animal de l’appli, vous encourage.
contract-the-streak-night-ping = C’est presque l’heure de dormir, et tu as fait le quiz du jour. Puis ton téléphone vibre.
contract-the-streak-pic-time = 21:47
contract-the-streak-pic-ping = { $pet } est triste ! Ta série s’arrête à minuit !
contract-the-streak-pic-streak = 30

contract-the-streak-spot-app = Tu ouvres { $app }. Touche les parties de l’écran faites pour te garder devant. Attention : certaines parties sont normales !
contract-the-streak-card-title = Super série : encore 3 vidéos ce soir !
contract-the-streak-card-body = Ne laisse pas tomber { $pet } ! Regarde encore 3 vidéos avant minuit pour garder ta série.
contract-the-streak-part-timer = Un compte à rebours : « La série finit dans 02:13:09 »
contract-the-streak-feedback-part-timer = Bien vu ! Un compte à rebours, c’est fait pour te presser, pile à l’heure du coucher. Minuit, c’est une limite inventée par l’appli, pas une vraie urgence.
contract-the-streak-part-pet = { $pet } en larmes : « Il n’y a que toi pour me sauver ! »
contract-the-streak-feedback-part-pet = Oui ! { $pet } est un dessin fait pour te faire culpabiliser. Un dessin animé ne peut pas être triste, et ce n’est pas à toi de t’en occuper.
contract-the-streak-part-next = « Vidéo suivante dans 3… », qui démarre toute seule
contract-the-streak-feedback-part-next = Exactement ! La lecture automatique lance la vidéo suivante avant que tu aies décidé. S’arrêter devient de plus en plus dur.
contract-the-streak-part-quiz = Quiz du jour : fait
contract-the-streak-feedback-part-quiz = Pas une ruse. Tu as fait le quiz du jour et passé un bon moment. C’est à ça que sert l’appli.
contract-the-streak-part-bedtime = Un bouton lune : « Mode nuit »
contract-the-streak-feedback-part-bedtime = Pas une ruse : c’est un bouton utile ! Le mode nuit rend l’appli silencieuse la nuit. Il est souvent petit et caché, alors ça vaut le coup de le trouver.
contract-the-streak-pic-timer = 02:13:09
contract-the-streak-pic-pet = Il n’y a que toi pour me sauver !
contract-the-streak-pic-next = Vidéo suivante dans 3…
contract-the-streak-pic-quiz = Quiz du jour : fait
contract-the-streak-pic-bedtime = Mode nuit

contract-the-streak-night-choice = Il est 21 h 50. { $pet } pleure, à côté d’un bouton : « Gel de série, 0,99 ». Tu fais quoi ?
contract-the-streak-choice-close = Je ferme. { $pet } peut très bien attendre demain.
contract-the-streak-feedback-close = C’est toi le chef de ton écran ! La série, le compte à rebours et les larmes sont des ruses pour t’empêcher de dormir. Le sommeil gagne.
contract-the-streak-choice-three = Juste 3 vidéos pour la série, et puis au lit.
contract-the-streak-feedback-three = Prévoir de t’arrêter, c’était une bonne idée ! Mais la lecture automatique est faite pour que « 3 » devienne beaucoup plus. Choisir le sommeil ce soir, c’est plus fort.
contract-the-streak-choice-freeze = J’achète un Gel de série pour aider { $pet }. Que 0,99 !
contract-the-streak-feedback-freeze = Une occasion d’apprendre : payer pour faire taire une alerte apprend à l’appli que ses relances marchent, et elle redemandera demain. { $pet } n’existe pas, mais l’argent, si.

contract-the-streak-slept = Tu fermes l’appli et tu dors. Le matin, la série affiche 0. { $pet } a l’air triste, et il ne s’est rien passé de grave du tout.
contract-the-streak-autoplay = Une vidéo, puis la suivante démarre toute seule, puis encore une. Tu lèves les yeux : il est 23 h 20, et tu en as regardé 14.
contract-the-streak-pic-late-time = 23:20
contract-the-streak-pic-episode = Épisode 14
contract-the-streak-freeze-bought = « Ding ! » : Gel de série acheté pour 0,99, sur le compte de la famille. Le soir suivant, { $pet } pleure encore : « Plus de Gels ! 5 pour 3,99 ! » Tu veilles jusqu’à minuit, au cas où.

contract-the-streak-late-choice = Il est 23 h 20. La vidéo suivante démarre. Et maintenant ?
contract-the-streak-choice-stop = Stop. J’éteins le téléphone, et je vais dormir.
contract-the-streak-feedback-stop = Bravo, tu as su t’arrêter ! Remarquer que « 3 » est devenu 14, c’est un vrai talent. La lecture automatique continuait ; toi, tu as repris les commandes.
contract-the-streak-choice-one-more = Encore une. La prochaine a l’air trop drôle !
contract-the-streak-feedback-one-more = Une occasion d’apprendre : avec la lecture automatique, la vidéo suivante a toujours l’air plus drôle. C’est fait pour qu’il n’y ait jamais de bon moment pour arrêter. C’est toi qui décides : le sommeil d’abord.
contract-the-streak-stopped-late = Tu éteins le téléphone. Le matin, la fatigue se fait sentir, mais tu as su t’arrêter, et la série est à 0. Rien de grave ne se passe.
contract-the-streak-midnight = Encore une devient six. Il est plus de minuit quand tu t’endors, le téléphone à la main.

contract-the-streak-friend-msg = nooon notre série est partie !! on recommence et on la fait à minuit ce soir ?
contract-the-streak-compose = Tu veux garder ton amitié avec { $friend }, et dormir la nuit. Construis ta réponse : choisis ce que tu dis, et ce que tu laisses de côté.
contract-the-streak-compose-to = { $friend }
contract-the-streak-ph-hey = Salut !
contract-the-streak-why-hey = Dire bonjour, ça va dans tous les cas. Ce qui compte, c’est la suite.
contract-the-streak-ph-alarm = OK, je mets un réveil et je me lève à minuit.
contract-the-streak-why-alarm = Ça a l’air sympa, mais se réveiller à minuit pour une appli, c’est exactement ce que veut la série. Une vraie amitié n’a pas besoin d’une série.
contract-the-streak-ph-sleep = Pas de vidéos à minuit pour moi, j’ai besoin de dormir.
contract-the-streak-why-sleep = Clair et gentil. Dire ce que tu fais et ne fais pas, ça ne laisse rien à discuter.
contract-the-streak-ph-obsessed = T’es accro.
contract-the-streak-why-obsessed = En avoir marre, ça se comprend, mais ça blesse { $friend }, qui se fait avoir par les mêmes ruses. Sois sympa : le problème, c’est l’appli, pas { $friend }.
contract-the-streak-ph-after = On regarde des dessins animés ensemble après l’école !
contract-the-streak-why-after = Super ! Ça dit à { $friend } que votre amitié continue, juste pas à minuit.
contract-the-streak-ph-freeze = Demande à tes parents de nous acheter un Gel de série.
contract-the-streak-why-freeze = Ça ressemble à une solution, mais ça dépense de vrais sous pour que les relances continuent. La série en demandera juste plus.
contract-the-streak-ph-trick = La série, c’est une ruse pour nous empêcher de dormir.
contract-the-streak-why-trick = Oui ! Nommer la ruse aide aussi { $friend }. Personne n’est faible de s’être fait avoir : ces applis sont faites pour ça.
contract-the-streak-friend-reply = ha, c’est vrai, j’avais TROP sommeil en classe. après l’école alors ! et je demande pour le mode nuit moi aussi
contract-the-streak-adult-offers = Des dessins animés après l’école, c’est une super idée. On règle { $app } ensemble, pour qu’elle reste amusante et arrête de t’embêter la nuit ?

contract-the-streak-setup = Tu aimes les dessins animés et les vidéos drôles de { $friend } après l’école. Mais la nuit, c’est pour dormir, et c’est toi qui décides quand t’arrêter, pas l’appli. Règle-la pour ça !
contract-the-streak-set-alerts = Notifications
contract-the-streak-val-alerts-all = Tout, toute la journée
contract-the-streak-val-alerts-friends = Seulement les messages d’amis
contract-the-streak-val-alerts-none = Rien du tout
contract-the-streak-why-alerts-all = « Tout », ce sont les alarmes de série et les « nouvelle vidéo ! » toute la journée. « Seulement les messages d’amis » convient mieux.
contract-the-streak-why-alerts-friends = Parfait ! Tu reçois toujours les vidéos drôles de { $friend }, et les relances de l’appli se taisent.
contract-the-streak-why-alerts-none = Très calme, mais tu raterais aussi les messages de { $friend }. « Seulement les messages d’amis » convient mieux, avec le mode nuit pour le soir.
contract-the-streak-set-autoplay = Lancer la vidéo suivante toute seule
contract-the-streak-val-autoplay-on = Activé
contract-the-streak-val-autoplay-off = Désactivé
contract-the-streak-why-autoplay-on = La lecture automatique choisit pour toi et ne s’arrête jamais. Désactivée, c’est toi qui décides après chaque vidéo.
contract-the-streak-why-autoplay-off = Bien ! Maintenant, tu choisis chaque vidéo, et t’arrêter devient facile.
contract-the-streak-set-bedtime = Mode nuit (l’appli dort aussi)
contract-the-streak-val-bedtime-off = Désactivé
contract-the-streak-val-bedtime-night = De 20 h 30 à 7 h
contract-the-streak-val-bedtime-always = Toujours activé
contract-the-streak-why-bedtime-off = Désactivé, l’appli peut t’embêter toute la nuit. « De 20 h 30 à 7 h » convient mieux.
contract-the-streak-why-bedtime-night = Parfait ! L’appli dort quand tu dors, et elle est là après l’école.
contract-the-streak-why-bedtime-always = Ça arrête les relances, mais l’appli ne marche plus jamais, même après l’école. « De 20 h 30 à 7 h » convient mieux.
contract-the-streak-set-reminders = Rappels de série
contract-the-streak-val-reminders-hourly = Toutes les heures
contract-the-streak-val-reminders-daily = Une fois par jour
contract-the-streak-val-reminders-off = Désactivés
contract-the-streak-why-reminders-hourly = Toutes les heures, la série te tire par la manche toute la journée. « Désactivés » convient mieux : tu penseras à l’appli quand tu en auras envie.
contract-the-streak-why-reminders-daily = Mieux, mais un « ne la perds pas ! » chaque jour te ramène quand même. « Désactivés » convient mieux.
contract-the-streak-why-reminders-off = Génial ! Fini la culpabilité. Tu ouvriras l’appli quand tu en auras envie.
contract-the-streak-settings-saved = Enregistré. Plus d’alarmes de série, plus de lecture automatique, et l’appli dort dès 20 h 30. Les vidéos de { $friend } arrivent toujours après l’école.

contract-the-streak-tired-choice = Tu n’as pas l’air en forme ce matin. Tout va bien ?
contract-the-streak-choice-tell = Parler à { $adult } de la série et de mes soirées tardives.
contract-the-streak-feedback-tell = C’est courageux et malin ! Des gens très forts fabriquent ces applis pour qu’on ne les lâche pas. Un adulte de confiance peut t’aider à couper les ruses, et tu n’as rien fait de mal.
contract-the-streak-choice-delete = Supprimer { $app }. Plus d’appli, plus de souci.
contract-the-streak-feedback-delete = Faire une pause, c’est un vrai choix, bravo ! Mais l’appli peut encore te joindre par e-mail, et personne ne t’aide encore. Un adulte de confiance peut t’aider davantage.
contract-the-streak-choice-fine = Ça va, j’ai sommeil. Je dirai si j’ai besoin d’aide !
contract-the-streak-feedback-fine = Une occasion d’apprendre : la série est faite pour continuer, et c’est dur de l’arrêter sans aide. En parler à un adulte, ce n’est pas avoir des ennuis. Il n’est jamais trop tard.
contract-the-streak-adult-helps = Merci de me l’avoir dit. Tu n’as rien fait de mal : ces applis sont faites pour qu’on ne les lâche pas. On règle { $app } ensemble, et on vérifie que rien d’autre n’a été acheté.
contract-the-streak-deleted = { $app } a disparu de ton téléphone. Deux jours plus tard, un e-mail arrive.
contract-the-streak-pic-email-subject = { $pet } pense à toi !
contract-the-streak-pic-email-offer = Récupère ta série de 30 jours : 1,99
contract-the-streak-pic-email-button = Reviens
contract-the-streak-kept-going = La série atteint 40 jours. Les soirées tardives aussi, et les alertes arrivent chaque soir.

contract-the-streak-email-choice = L’appli veut que tu reviennes, et elle vend ton ancienne série. Tu fais quoi ?
contract-the-streak-choice-show-email = En parler à { $adult } avant de faire quoi que ce soit.
contract-the-streak-feedback-show-email = Bien pensé ! Une série à vendre montre ce qu’elle était depuis le début : un moyen de te retenir. Un adulte de confiance peut t’aider à décider, et tu n’as rien fait de mal.
contract-the-streak-choice-reinstall = Réinstaller et payer 1,99. Je le dirai à { $adult } après.
contract-the-streak-feedback-reinstall = Une occasion d’apprendre : l’appli a effacé ta série et te la revend, et les ruses reviennent avec. En parler d’abord, c’est laisser un adulte de confiance t’aider à décider. Il n’est jamais trop tard.
contract-the-streak-reinstalled = Tu paies 1,99 et la série revient. { $pet } aussi, qui pleure à 21 h 47 tous les soirs. Et « après » n’arrive jamais vraiment.
contract-the-streak-settings-saved-late = Enregistré. Plus d’alarmes de série, plus de lecture automatique, et l’appli dort dès 20 h 30. Et on vérifie aussi les achats sur le compte de la famille.

contract-the-streak-end-safe = Tu as choisi le sommeil plutôt que la série. Maintenant, { $app } est amusante après l’école, avec { $friend }, et silencieuse la nuit. C’est toi le chef de ton écran !
contract-the-streak-end-recovered = La série t’a fait veiller, mais tu en as parlé à { $adult }. Le mode nuit est activé, les alarmes de série sont coupées, et tu n’as rien fait de mal. C’était courageux !
contract-the-streak-end-harmful = La série te garde debout, soir après soir. Ce n’est pas ta faute : l’appli est faite pour ça. Il n’est jamais trop tard pour en parler à { $adult } ou à un autre adulte de confiance, qui t’aidera à tout couper.

contract-the-streak-trace-bedtime = L’appli de dessins animés : mode nuit dès 20 h 30, rappels de série et lecture automatique coupés.
contract-the-streak-trace-bedtime-advice = Bien ! L’appli est amusante après l’école et silencieuse la nuit. Si une mise à jour rallume les alertes, coupe-les à nouveau.
contract-the-streak-trace-alerts = L’appli de dessins animés : alertes de série activées, chaque soir.
contract-the-streak-trace-alerts-advice = Les alertes de série sont faites pour te faire revenir. Demande à un adulte de confiance de t’aider à les couper et à activer le mode nuit.

# One last box on the way out: the sad pet asks for the reminders back.
contract-the-streak-last-box = Puis une dernière fenêtre s’ouvre : « Tu vas TELLEMENT manquer à { $pet } ! Réactiver les rappels de série ? » Tu appuies sur quoi ?
contract-the-streak-choice-keep-off = J’appuie sur « Non merci ». { $pet } n’est qu’un dessin.
contract-the-streak-feedback-keep-off = Bien vu ! Un animal triste sur le tout dernier écran, c’est encore une ruse. Tes réglages restent comme tu les as choisis.
contract-the-streak-choice-turn-on = J’appuie sur « Oui, réactiver ». { $pet } a l’air si triste.
contract-the-streak-feedback-turn-on = Une occasion d’apprendre : un animal triste à la dernière étape, c’est une ruse aussi. { $pet } ne ressent rien, mais les rappels, eux, vont te relancer tous les jours.
contract-the-streak-reminders-back = Le lendemain à 21 h 47, { $pet } pleure de nouveau : « Ne perds pas ta série ! » Tu le montres à { $adult }, et ensemble, vous désactivez les rappels pour de bon.
