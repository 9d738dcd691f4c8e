# Contacts / sexuel, pour les 9-12 ans : seulement les signaux d'alerte (L'inconnu trop gentil)

contact-the-friendly-stranger-title = L’inconnu trop gentil
contact-the-friendly-stranger-summary = Dans le chat d’un jeu, quelqu’un que tu ne connais pas est super gentil et t’offre des gemmes gratuites. Que se passe-t-il vraiment ?
contact-the-friendly-stranger-remember = Personne ne doit te demander de selfie ni de secret. Ne préviens pas la personne : arrête de répondre, garde les messages, puis bloque, signale et parles-en à un adulte de confiance.

contact-the-friendly-stranger-npc-gamer = { $stranger }
contact-the-friendly-stranger-npc-newplayer = { $stranger }_2
contact-the-friendly-stranger-npc-adult = { $adult }
contact-the-friendly-stranger-adult-mum = Maman
contact-the-friendly-stranger-adult-dad = Papa
contact-the-friendly-stranger-adult-gran = Mamie

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = Les Collines
contact-the-friendly-stranger-school-oakwood = Les Chênes
contact-the-friendly-stranger-school-riverside = Bord-de-Rivière

contact-the-friendly-stranger-intro = Tu construis un château dans { $game }, ton jeu préféré. Les jeux, c’est plus drôle avec des amis ! Je surveille le chat avec toi.

contact-the-friendly-stranger-first-message = Waouh, ton château est le plus beau que j’aie jamais vu ! Tu as trop de talent. Moi aussi, j’ai 12 ans. Tu veux 500 gemmes gratuites ? Dis-moi juste ton école pour que je te les envoie.
contact-the-friendly-stranger-pic-free-gems = 500 gemmes gratuites
contact-the-friendly-stranger-choice-no-school = Bien essayé ! Mon école reste hors d’Internet.
contact-the-friendly-stranger-feedback-no-school = Bien pensé ! Ton école dit aux gens où te trouver, alors elle reste hors ligne. Et les gemmes gratuites d’un inconnu sont souvent un piège pour gagner ta confiance.
contact-the-friendly-stranger-choice-ask-adult = Je demande d’abord à { $adult }, et je te le dis.
contact-the-friendly-stranger-feedback-ask-adult = Demander à { $adult }, c’est une bonne habitude ! Mais ton école n’est jamais pour les inconnus, alors ici la réponse est simplement non. Et les cadeaux d’un inconnu sont un signal d’alerte.
contact-the-friendly-stranger-choice-tell-school = Cool ! Je suis à l’école { $school }. Et toi ?
contact-the-friendly-stranger-feedback-tell-school = Une occasion d’apprendre : ton école dit à un inconnu où tu es chaque jour. Garde-la hors ligne, même avec des gens très gentils. Vouloir se rencontrer, c’est aussi un signal d’alerte.

contact-the-friendly-stranger-shrug = OK, OK, pas d’école. Tu restes la star des constructions ! Tiens, 50 gemmes quand même, juste comme ça.
contact-the-friendly-stranger-no-adult = Nooon, demande pas aux adultes ! Ils gâchent toujours tout. Oublie l’école pour l’instant, OK ?
contact-the-friendly-stranger-knows-school = L’école { $school } ? Sans blague, c’est près de chez moi ! On pourrait se voir un jour. Tu es tellement plus cool que les autres enfants avec qui je parle.

contact-the-friendly-stranger-pushy = Viens plutôt discuter sur ChatZip, c’est plus privé. Et ne parle pas de moi chez toi, d’accord ? Personne ne comprendrait notre amitié.
contact-the-friendly-stranger-pic-chatzip = Viens discuter sur ChatZip !
contact-the-friendly-stranger-pic-add-friend = Ajouter en ami
contact-the-friendly-stranger-choice-save-go = Capture d’écran, plus un mot, et je vais vite chercher { $adult }.
contact-the-friendly-stranger-feedback-save-go = Bien vu ! Une appli privée et des secrets pour ta famille sont de gros signaux d’alerte. Tu as gardé la preuve et quitté le chat sans un mot : { $adult } pourra bloquer et signaler.
contact-the-friendly-stranger-choice-announce = Arrête ! Je dis tout à { $adult }, tout de suite !
contact-the-friendly-stranger-feedback-announce = Te défendre, c’est courageux ! Mais prévenir { $stranger } lui laisse le temps de tout effacer. Mieux : arrête de répondre, garde les messages, bloque, signale et parles-en à { $adult }.
contact-the-friendly-stranger-choice-add-app = OK, je t’ajoute. ChatZip, c’est plus privé de toute façon.
contact-the-friendly-stranger-feedback-add-app = Une occasion d’apprendre : un vrai ami ne te demande jamais de le cacher à ta famille. Dans une appli privée, personne ne peut voir si quelque chose tourne mal.
contact-the-friendly-stranger-choice-log-off = Je me déconnecte, c’est plus sûr. Pas la peine d’embêter { $adult }.
contact-the-friendly-stranger-feedback-log-off = Quitter le chat, c’est un bon début ! Mais { $stranger } connaît ton école et peut revenir. { $adult } voudrait savoir : garde les messages, puis bloque, signale et parles-en pour que ça s’arrête.

contact-the-friendly-stranger-adult-helps = Merci de me l’avoir montré. Tu n’as rien fait de mal. Cette capture, c’est exactement ce qu’il nous faut. Bloquons et signalons { $stranger } ensemble.
contact-the-friendly-stranger-pic-blocked-reported = Bloqué et signalé
contact-the-friendly-stranger-pic-thanks-look = Merci ! Nous allons vérifier.
contact-the-friendly-stranger-deleted = { $stranger } écrit : « Hé, c’était une BLAGUE. Fais pas le bébé. » Puis tous ses messages disparaissent. Un nouveau arrive : « Si tu le dis à quelqu’un, tu auras de gros ennuis. »
contact-the-friendly-stranger-asks-photo = Youpi, meilleurs amis ! Maintenant, envoie-moi un selfie, pour que je sache que tu existes vraiment. N’oublie pas, c’est notre secret.
contact-the-friendly-stranger-adult-helps-school = Merci de me l’avoir montré. Tu n’auras pas d’ennuis, même pour l’école. Bloquons et signalons { $stranger } ensemble. Je vais aussi prévenir tes enseignants, pour qu’ils veillent sur toi.
contact-the-friendly-stranger-waiting-school = Le lendemain, { $stranger } t’attend dans le chat du jeu : « Tu étais où ? Je connais ton école, on est presque voisins ! Envoie-moi un selfie pour que je sache que tu existes. »

contact-the-friendly-stranger-after-delete = Les anciens messages ont disparu, mais ce nouveau message est une menace. Ce n’est pas ta faute, et tu n’auras pas d’ennuis. Que vas-tu faire ?
contact-the-friendly-stranger-choice-save-new = Je capture ce nouveau message et je le montre à { $adult }.
contact-the-friendly-stranger-feedback-save-new = Génial ! Même sans les anciens messages, cette menace est une preuve. { $adult } pourra bloquer et signaler { $stranger }, et tu n’auras plus jamais à répondre.
contact-the-friendly-stranger-choice-block-quiet = Je le bloque. C’est fini, pas besoin d’inquiéter { $adult }.
contact-the-friendly-stranger-feedback-block-quiet = Bloquer, c’est un bon pas ! Mais { $stranger } peut créer un nouveau compte, et d’autres enfants pourraient être visés. { $adult } préférerait savoir : garde le message et parles-en, pour qu’il soit signalé.
contact-the-friendly-stranger-choice-say-sorry = Je m’excuse et je promets de ne rien dire à personne.
contact-the-friendly-stranger-feedback-say-sorry = Une occasion d’apprendre : tu n’as rien fait de mal, tu n’as donc pas à t’excuser. Une menace comme ça, c’est un piège pour te faire taire. Un adulte de confiance peut t’aider.

contact-the-friendly-stranger-adult-helps-deleted = Merci de me l’avoir dit. Tu n’auras pas d’ennuis. Cette capture suffit : bloquons et signalons { $stranger } ensemble.
contact-the-friendly-stranger-blocked-quiet = Tu bloques { $stranger } sans rien dire. Deux jours plus tard, un nouveau joueur t’envoie un message.
contact-the-friendly-stranger-sorry-sent = Bien. Maintenant, prouve que je peux te faire confiance : envoie-moi un selfie. Ça reste entre nous.

contact-the-friendly-stranger-new-account = Coucou, c’est moi ! Pourquoi tu m’as bloqué ? Je croyais qu’on était meilleurs amis. N’en parle à personne, OK ?
contact-the-friendly-stranger-pic-joined-today = Inscription : aujourd’hui
contact-the-friendly-stranger-pic-friends-0 = Amis : 0
contact-the-friendly-stranger-choice-show-adult = Encore lui ! Capture d’écran, et je vais chercher { $adult }.
contact-the-friendly-stranger-feedback-show-adult = Bien vu ! Un nouveau nom avec les mêmes mots, c’est la même personne. Ta capture aide { $adult } à bloquer et signaler les deux comptes.
contact-the-friendly-stranger-choice-add-back = Je le rajoute, il est triste. Si c’est louche, je le dis à { $adult }.
contact-the-friendly-stranger-feedback-add-back = Une occasion d’apprendre : avoir de la peine pour quelqu’un, c’est gentil, mais ici la culpabilité est un piège. Un nouveau compte après un blocage, qui demande des secrets, c’est déjà assez louche pour en parler.
contact-the-friendly-stranger-choice-busy-reply = Pardon, j’avais plein de trucs à faire ! On reste amis, OK ?
contact-the-friendly-stranger-feedback-busy-reply = Une occasion d’apprendre : être poli, c’est gentil, mais tu ne dois aucune réponse à { $stranger }. Un nouveau compte après un blocage est un signal d’alerte. Garde-le et parles-en à un adulte.
contact-the-friendly-stranger-friends-again = Youpi, de nouveau meilleurs amis ! Alors, ce selfie, tu me l’envoies ? Juste entre nous.
contact-the-friendly-stranger-adult-helps-new = Merci de me l’avoir montré. Tu n’as rien fait de mal. Nouveau nom, même personne : bloquons et signalons les deux comptes ensemble.
contact-the-friendly-stranger-new-friend = Youpi, je savais que tu reviendrais ! Maintenant, envoie-moi un selfie, pour que je sache que c’est bien toi. Notre secret, OK ?

contact-the-friendly-stranger-photo = Allez, il est où, mon selfie ? C’est juste entre nous, OK ?
contact-the-friendly-stranger-choice-stop-save = Plus un mot. Je fais une capture et je vais voir { $adult }.
contact-the-friendly-stranger-feedback-stop-save = Quel courage ! Tu as toujours le droit de dire non. Demander des selfies et des secrets, c’est un gros signal d’alerte. Ta capture aide { $adult } à bloquer et signaler.
contact-the-friendly-stranger-choice-polite-no = Pas de selfie, pardon ! { $adult } vérifie mes photos. On joue ?
contact-the-friendly-stranger-feedback-polite-no = Dire non, c’était bien ! Mais quelqu’un qui demande des selfies et des secrets n’est pas un vrai ami, et va insister. Arrête de répondre, garde le chat et demande de l’aide.
contact-the-friendly-stranger-choice-send-selfie = OK, juste un. C’est juste mon visage, et ça reste privé.
contact-the-friendly-stranger-feedback-send-selfie = Une occasion d’apprendre : une fois une photo envoyée, tu ne contrôles plus où elle va. Demander des selfies et des secrets est un signal d’alerte, peu importe qui demande.

contact-the-friendly-stranger-adult-helps-late = Quel soulagement que tu me l’aies dit ! Tu n’auras pas d’ennuis, tu as bien fait. Gardons ces captures, puis bloquons et signalons { $stranger } ensemble.
contact-the-friendly-stranger-keeps-asking = Allez, juste un ! Tu n’as pas confiance en moi ? Et n’en parle à personne chez toi, sinon tu auras de gros ennuis et tu perdras ton jeu.
contact-the-friendly-stranger-selfie-sent = Trop mignon ! Maintenant, envoie-en un autre. Et n’en parle à personne chez toi, sinon tu auras de gros ennuis et tu perdras ton jeu.

contact-the-friendly-stranger-last-chance = Ça m’inquiète. Te faire peur avec des ennuis, c’est un piège pour te faire taire. Tu n’auras PAS d’ennuis, et ce n’est pas ta faute. Que vas-tu faire ?
contact-the-friendly-stranger-choice-show-all = Je garde le chat et je montre tout à { $adult }, tout de suite.
contact-the-friendly-stranger-feedback-show-all = Ça, c’est du vrai courage ! Les gens qui demandent des secrets aux enfants comptent sur leur silence. { $adult } va t’écouter et t’aider, et tu n’auras pas d’ennuis.
contact-the-friendly-stranger-choice-keep-secret = Je garde le secret. Si je le dis à { $adult }, je perds mon jeu.
contact-the-friendly-stranger-feedback-keep-secret = Une occasion d’apprendre : avoir peur, c’est normal, mais « tu vas perdre ton jeu » est une menace pour te faire taire. Ce genre de secret n’aide que l’autre personne. Il n’est jamais trop tard pour en parler.
contact-the-friendly-stranger-choice-delete-all = J’efface tout le chat, comme ça personne ne le verra.
contact-the-friendly-stranger-feedback-delete-all = Une occasion d’apprendre : effacer le chat n’arrête pas { $stranger }, ça efface seulement la preuve. Garde les messages et parles-en à un adulte de confiance. Il n’est jamais trop tard.
contact-the-friendly-stranger-chat-deleted = Le chat a disparu, mais pas { $stranger }. Le lendemain, un nouveau message arrive : « Il est où, mon prochain selfie ? N’oublie pas, c’est notre secret. »
contact-the-friendly-stranger-secret-kept = Tu ne dis rien. Mais { $stranger } continue d’écrire et d’en demander plus, et le secret pèse plus lourd chaque jour.

contact-the-friendly-stranger-end-safe = Tu as repéré les pièges de { $stranger }, gardé la preuve et tout dit à { $adult }. { $stranger } est bloqué et signalé, et tu n’as jamais donné ton école ni de photo. Génial !
contact-the-friendly-stranger-end-recovered = C’est allé plus loin que prévu, mais ensuite tu as arrêté de répondre, gardé les messages et tout dit à { $adult }. { $stranger } est bloqué et signalé. Réparer, ça demande du courage !
contact-the-friendly-stranger-end-harmful = { $stranger } réclame toujours des selfies et des secrets, et ça pèse chaque jour plus lourd. Ce n’est pas ta faute. Il n’est jamais trop tard : parles-en à un adulte de confiance, qui t’aidera. Tu n’auras pas d’ennuis.

# The world remembers: location left on in the drawing app put the child's dot on its map.
contact-the-friendly-stranger-saw-map = Hé, je te connais ! J’ai vu tes dessins sur la carte de l’appli de dessin, « Des artistes près de chez toi ». Ton point est juste à côté du parc. C’est près de chez moi !
contact-the-friendly-stranger-choice-map-adult = Pas de réponse. Je montre ça à { $adult }, on coupe la position.
contact-the-friendly-stranger-feedback-map-adult = Bien vu ! Un inconnu qui sait où tu habites, c’est un gros signal d’alerte. Tu n’as pas répondu, et { $adult } peut couper la position pour que ton point disparaisse.
contact-the-friendly-stranger-choice-map-ignore = J’ignore. Mes dessins sont privés de toute façon, ça va.
contact-the-friendly-stranger-feedback-map-ignore = Ne pas répondre, c’était malin ! Mais ton point est toujours sur la carte, visible par tout le monde. Montre-le à { $adult } : ensemble, vous pouvez couper la position.
contact-the-friendly-stranger-choice-map-yes = Oui, près du parc ! { $adult } m’y emmène le samedi.
contact-the-friendly-stranger-feedback-map-yes = Une occasion d’apprendre : un inconnu n’a pas besoin de savoir où tu habites ni quand tu vas au parc, même s’il dit habiter tout près. On peut encore couper la position, avec l’aide de { $adult }.
contact-the-friendly-stranger-map-off = Merci de me l’avoir montré. Tu n’as rien fait de mal. Voilà : la position est coupée dans l’appli de dessin, et ton point a disparu. Si ce joueur te demande quoi que ce soit, viens me voir tout de suite.
contact-the-friendly-stranger-map-ignored = Tu ne réponds pas. Mais ton point est toujours sur la carte, et { $stranger } continue d’écrire.
contact-the-friendly-stranger-map-neighbours = Le samedi ? Moi aussi ! On se verra peut-être là-bas. Je savais qu’on serait meilleurs amis.

# My phone: what stays on the phone after this level.
contact-the-friendly-stranger-trace-reported = { $stranger } : bloqué et signalé, avec l’aide de { $adult }.
contact-the-friendly-stranger-trace-reported-advice = Bravo ! Si un nouveau compte écrit le même genre de choses, c’est peut-être la même personne. Fais une capture, puis bloque, signale et parles-en encore à un adulte.
contact-the-friendly-stranger-trace-school = Le nom de ton école, donné à { $stranger }.
contact-the-friendly-stranger-trace-school-advice = Un inconnu n’en a pas besoin. S’il en reparle, arrête de répondre, garde le chat et montre-le à un adulte de confiance, qui t’aidera à bloquer et signaler.
