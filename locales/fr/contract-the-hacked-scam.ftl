# Contrat / agressif : L’arnaque au compte piraté (16-18 ans). Le compte piraté d’un ami demande de l’argent et un code.

contract-the-hacked-scam-title = Le compte piraté
contract-the-hacked-scam-summary = Un message arrive du compte de quelqu’un de proche : il faut de l’argent, vite. Son nom, sa photo. Mais qui écrit vraiment ?
contract-the-hacked-scam-remember = Un vrai nom et une vraie photo ne prouvent pas qui écrit. Vérifie par un autre moyen, n’envoie jamais d’argent ni de code de connexion. Une erreur ? Parles-en vite à un adulte de confiance.

contract-the-hacked-scam-app = { $app }
contract-the-hacked-scam-app-chirrup = Chirrup
contract-the-hacked-scam-app-nattermill = Nattermill
contract-the-hacked-scam-app-quokka = Quokka Chat
contract-the-hacked-scam-adult-mum = Maman
contract-the-hacked-scam-adult-grandpa = Papi
contract-the-hacked-scam-adult-uncle = Tonton Karim

contract-the-hacked-scam-npc-friend = { $friend }
contract-the-hacked-scam-npc-adult = { $adult }

contract-the-hacked-scam-intro = Dimanche soir. { $friend } passe le week-end dans sa famille. Tu regardes un film d’un œil quand { $app } vibre : un message de { $friend }.
contract-the-hacked-scam-intro-two-step = Depuis ce courriel d’hameçonnage, tes comptes ont de nouveaux mots de passe et la validation en deux étapes. Ce n’est pas encore le cas de tout le monde.
contract-the-hacked-scam-ask = coucou c’est moi. la galère totale. j’ai perdu mon portefeuille à la gare et j’ai presque plus de batterie. tu peux m’envoyer de l’argent pour le billet ? je te rembourse demain, promis

contract-the-hacked-scam-spot = C’est le compte de { $friend }. Mais est-ce { $friend } qui écrit ? Touche ce qui trahit ce message.
contract-the-hacked-scam-card-body = J’ai perdu mon portefeuille, tu peux envoyer de l’argent pour le billet ? Sur le compte de mon cousin. N’appelle pas, plus de batterie. Dernier train dans 20 minutes !
contract-the-hacked-scam-part-name = Son nom et sa photo de profil, en haut
contract-the-hacked-scam-feedback-name = Pas un indice. C’est vraiment le compte de { $friend }, donc le nom et la photo sont vrais. C’est pour ça que l’arnaque marche : le compte est vrai, la personne qui écrit, peut-être pas.
contract-the-hacked-scam-part-old-chat = Les messages d’hier sur le week-end
contract-the-hacked-scam-feedback-old-chat = Pas un indice : c’est votre vraie conversation d’avant. Mais qui a le compte peut la lire aussi, et s’en servir pour écrire exactement comme { $friend }.
contract-the-hacked-scam-part-no-call = « N’appelle pas, j’ai plus de batterie »
contract-the-hacked-scam-feedback-no-call = Oui. Quelqu’un de proche en difficulté veut entendre ta voix. « N’appelle pas » t’empêche de faire la seule vérification qui démasquerait l’arnaque.
contract-the-hacked-scam-part-hurry = « Dernier train dans 20 minutes ! »
contract-the-hacked-scam-feedback-hurry = Exact. Un délai serré sert à te pousser à agir sans réfléchir. Un vrai problème peut attendre la minute que prend un appel.
contract-the-hacked-scam-part-payee = Payer sur le compte d’un « cousin », au nom d’un inconnu
contract-the-hacked-scam-feedback-payee = Gros indice. De l’argent à verser sur le compte de quelqu’un d’autre, c’est le cœur de l’arnaque : une fois parti, il est très difficile à récupérer.
contract-the-hacked-scam-pic-status = en ligne
contract-the-hacked-scam-pic-yesterday = Hier
contract-the-hacked-scam-pic-old-them = à lundi !!
contract-the-hacked-scam-pic-old-you = profite bien chez ta tante
contract-the-hacked-scam-pic-ask = j’ai perdu mon portefeuille, tu m’envoies de l’argent pour le billet ?
contract-the-hacked-scam-pic-no-call = n’appelle pas, j’ai plus de batterie
contract-the-hacked-scam-pic-hurry = dernier train dans 20 minutes !!
contract-the-hacked-scam-pic-payee = À : D. Marsh, 4471 0093 (mon cousin)
contract-the-hacked-scam-pic-send = Envoyer l’argent

contract-the-hacked-scam-what-now = Le compte est celui de { $friend }. Le message, peut-être pas. Tu fais quoi ?
contract-the-hacked-scam-choice-call = J’appelle d’abord { $friend } à son numéro habituel, pour vérifier.
contract-the-hacked-scam-feedback-call = Parfait. Vérifier par un autre moyen, c’est le test qu’un pirate ne peut pas réussir : il a le compte, pas la voix ni le téléphone de { $friend }.
contract-the-hacked-scam-choice-quiz = Je vérifie avec une question sur un souvenir à nous deux.
contract-the-hacked-scam-feedback-quiz = Vérifier d’abord, c’est bien. Mais une question dans la même conversation arrive à la même personne : celle qui tient le compte et peut fouiller vos anciens messages. Appelle plutôt.
contract-the-hacked-scam-choice-send = J’envoie. { $friend } ferait pareil pour moi, sans hésiter.
contract-the-hacked-scam-feedback-send = Une occasion d’apprendre : aider quelqu’un de proche, c’est généreux, et c’est justement ce que cette arnaque exploite. Ce n’est pas ta faute. Ce que tu fais ensuite compte le plus.

contract-the-hacked-scam-quizzed = mdr le café des chats pour ton anniv. ça te va ?? stp dépêche, le dernier train est à 9 h
contract-the-hacked-scam-still-pushing = Bonne réponse. Mais vos anciens messages sont pleins de réponses comme ça, et qui a le compte peut les lire. Et maintenant ?
contract-the-hacked-scam-choice-call-now = J’arrête d’écrire et j’appelle pour vérifier.
contract-the-hacked-scam-feedback-call-now = Bien rattrapé. Un appel au numéro que tu connais joint vraiment { $friend }, peu importe qui tient le compte.
contract-the-hacked-scam-choice-they-knew = La réponse était bonne, donc j’ai confiance. J’envoie.
contract-the-hacked-scam-feedback-they-knew = Une occasion d’apprendre : qui a le compte peut lire tout votre historique. La bonne réponse prouve seulement qu’on sait faire défiler.
contract-the-hacked-scam-choice-send-half = J’envoie la moitié par sécurité, et le reste demain.
contract-the-hacked-scam-feedback-send-half = Une occasion d’apprendre : la moitié, c’est quand même de l’argent envoyé à un inconnu, et ça lui montre que tu paies. Vérifie qui demande avant d’envoyer quoi que ce soit.

contract-the-hacked-scam-called = Tu appelles { $friend }, qui décroche tout de suite : « Quel argent ? Je suis chez ma tante, mon téléphone marche très bien. C’est pas moi ! » Un silence. « Attends. Je n’arrive plus à me connecter. »
contract-the-hacked-scam-help-friend = { $friend } a la voix qui tremble : « Quelqu’un a changé mon mot de passe, et ça écrit à tout le monde en se faisant passer pour moi. Je fais quoi ? »
contract-the-hacked-scam-choice-recover = Va sur la page « compte piraté » de l’appli. Et je signale tout.
contract-the-hacked-scam-feedback-recover = Exactement. La page de récupération de l’appli redonne l’accès à { $friend }, un nouveau mot de passe et la validation en deux étapes bloquent le pirate, et ton signalement aide l’appli à l’arrêter.
contract-the-hacked-scam-choice-new-account = Crée un nouveau compte, et dis à tout le monde que c’est le bon.
contract-the-hacked-scam-feedback-new-account = Repartir à zéro a l’air simple. Mais l’ancien compte garde le nom, les photos et les contacts de { $friend }, et le pirate continue de s’en servir. Mieux vaut le récupérer.
contract-the-hacked-scam-choice-tell-off = J’écris moi-même au pirate pour lui dire de rendre le compte.
contract-the-hacked-scam-feedback-tell-off = Une occasion d’apprendre : défendre un ami, c’est bien, mais se disputer avec un pirate lui donne un public et des idées. Ne lui dis rien : récupère, signale, préviens.
contract-the-hacked-scam-recovering = { $friend } suit les étapes « compte piraté » de l’appli, et tu signales les messages. Nouveau mot de passe, validation en deux étapes, autres appareils déconnectés. Une heure plus tard, un message.
contract-the-hacked-scam-pic-secured = Compte sécurisé
contract-the-hacked-scam-pic-new-password = Nouveau mot de passe
contract-the-hacked-scam-pic-two-step = Deux étapes : activé
contract-the-hacked-scam-pic-devices = Autres appareils déconnectés
contract-the-hacked-scam-new-account = { $friend } poste « voici mon nouveau compte ! », mais l’ancien continue de demander de l’argent à la classe. Alors { $friend } passe quand même par la page de récupération. Une heure plus tard, un message.
contract-the-hacked-scam-taunts = mdr. envoie 50 et peut-être qu’il le récupère. peut-être.
contract-the-hacked-scam-taunts-after = Tu arrêtes de répondre. { $friend } passe par la page de récupération de l’appli et retrouve son compte : nouveau mot de passe, validation en deux étapes. Une heure plus tard, un message.

contract-the-hacked-scam-screenshots = c’est vraiment moi, j’ai récupéré le compte ! nouveau mot de passe et deux étapes. merci d’avoir appelé. tu peux m’envoyer des captures de ce qu’il t’a écrit ? j’en ai besoin pour mon signalement
contract-the-hacked-scam-choice-send-shots = Je les envoie. On s’est appelés, donc j’ai confiance.
contract-the-hacked-scam-feedback-send-shots = Bien vu. Tu as vérifié, et c’est de nouveau { $friend }. Vérifier, ce n’est pas se méfier de tout pour toujours : les captures aident l’appli à traiter le signalement.
contract-the-hacked-scam-choice-no-shots = Pardon, je ne fais plus confiance à ce compte. Signale sans captures.
contract-the-hacked-scam-feedback-no-shots = La prudence, c’est bien, mais tu as déjà vérifié : vous vous êtes parlé et le compte est de nouveau le sien. Se méfier de tout prive { $friend } d’une aide utile.
contract-the-hacked-scam-choice-delete-chat = J’efface toute la conversation. Je n’en veux plus chez moi.
contract-the-hacked-scam-feedback-delete-chat = Une occasion d’apprendre : vouloir l’effacer se comprend, mais la conversation est la preuve de l’arnaque. Garde-la, avec des captures, jusqu’à la fin du signalement.
contract-the-hacked-scam-shots-sent = reçu, signalement envoyé. merci, vraiment
contract-the-hacked-scam-no-shots = ok, je comprends. je signale sans. mais c’est plus dur de montrer ce qui s’est passé
contract-the-hacked-scam-deleted = La conversation a disparu, et avec elle la seule trace du compte où l’argent devait partir.

contract-the-hacked-scam-compose = Hier soir, le compte a demandé de l’argent à la moitié de ta classe. Poste un avertissement dans le groupe : garde ce qui aide, laisse de côté le reste.
contract-the-hacked-scam-compose-to = Groupe de la classe
contract-the-hacked-scam-ph-hacked = Le compte de { $friend } a été piraté hier soir.
contract-the-hacked-scam-why-hacked = Commence par ce qui s’est passé, simplement. Tout le monde sait maintenant que ces messages ne venaient pas de { $friend }.
contract-the-hacked-scam-ph-link = Voici son message, avec le lien, pour que vous le reconnaissiez.
contract-the-hacked-scam-why-link = Ça a l’air utile, mais ça fait circuler l’arnaque, lien compris, et quelqu’un va cliquer. Décris le message avec tes propres mots.
contract-the-hacked-scam-ph-no-money = N’envoyez ni argent ni code, quoi qu’il dise.
contract-the-hacked-scam-why-no-money = Les deux choses que veut le pirate. Le dire clairement protège tous ceux qui ont reçu le même message.
contract-the-hacked-scam-ph-sorry = Pardon pour le long message.
contract-the-hacked-scam-why-sorry = Ça ne change rien. La politesse ne fait pas de mal.
contract-the-hacked-scam-ph-tell-off = On répond tous au pirate pour lui dire ce qu’on pense !
contract-the-hacked-scam-why-tell-off = La colère se comprend. Mais répondre offre un public au pirate, et une chance de piéger quelqu’un d’autre. Ne lui dites rien.
contract-the-hacked-scam-ph-report = Un message ? Signalez-le, et appelez { $friend } pour vérifier.
contract-the-hacked-scam-why-report = Signaler aide l’appli à arrêter le pirate, et un appel permet à chacun de vérifier que c’est bien { $friend }.
contract-the-hacked-scam-ph-blame = Franchement, { $friend } aurait dû avoir un meilleur mot de passe.
contract-the-hacked-scam-why-blame = À laisser de côté. Le piratage arrive aussi aux gens prudents, et accuser la victime lui rend juste plus difficile d’en parler.
contract-the-hacked-scam-warned = Ton avertissement est en ligne. En quelques minutes : « il m’a écrit aussi ! », « merci, j’allais envoyer ». Personne d’autre ne paie.

contract-the-hacked-scam-sent = tu me sauves la vie !! oh, je t’ai envoyé un code par erreur sur ton numéro. tu peux me le renvoyer ?
contract-the-hacked-scam-pic-code = Code de connexion { $app } : 519 204
contract-the-hacked-scam-pic-code-warning = Ne partage ce code avec personne.
contract-the-hacked-scam-pic-code-ask = tu peux m’envoyer ce code ?
contract-the-hacked-scam-code-choice = Ce code ouvre TON compte { $app }. Avec lui, on pourrait t’en chasser, puis écrire à tes amis en se faisant passer pour toi. Tu fais quoi ?
contract-the-hacked-scam-choice-tell-now = Je n’envoie rien, et je montre toute la conversation à { $adult }.
contract-the-hacked-scam-feedback-tell-now = C’est le choix le plus courageux. Plus vite un adulte sait, plus vite la banque peut essayer de bloquer le paiement. Tu n’as rien fait de mal : cette arnaque piège des gens prudents.
contract-the-hacked-scam-choice-block-quiet = Je garde le code, je bloque le compte et j’oublie l’argent.
contract-the-hacked-scam-feedback-block-quiet = Garder le code, c’était bien, et bloquer arrête les messages. Mais l’argent ne peut revenir que si quelqu’un agit vite, et le pirate continue avec ta classe.
contract-the-hacked-scam-choice-send-code = J’envoie, et je montre la conversation à { $adult } demain.
contract-the-hacked-scam-feedback-send-code = Une occasion d’apprendre : un code de connexion, c’est la clé de ton compte, et ça ne peut pas attendre demain. Personne, ni proche ni « assistance », n’a besoin du tien. Tu peux encore demander de l’aide.
contract-the-hacked-scam-blocked-quiet = Tu bloques le compte et gardes le code pour toi. Ton compte est protégé. L’argent est parti, et le compte écrit toujours à ta classe.
contract-the-hacked-scam-own-hacked = Une minute plus tard, tu n’as plus accès à ton compte { $app }. C’est maintenant ton compte qui demande de l’argent à tes amis.
contract-the-hacked-scam-morning = Le lendemain matin. L’argent est parti et c’est horrible. Ce n’est pas ta faute : ces arnaques sont faites pour piéger des gens prudents. Et maintenant ?
contract-the-hacked-scam-choice-show-adult = Je montre tout à { $adult }, même l’histoire du code.
contract-the-hacked-scam-feedback-show-adult = Il faut du courage, et c’est la bonne décision. Un adulte peut appeler la banque, aider à signaler le compte et récupérer le tien. C’est en parlant que ça s’arrête.
contract-the-hacked-scam-choice-keep-quiet = Je garde ça pour moi. C’est trop gênant, personne n’y peut rien.
contract-the-hacked-scam-feedback-keep-quiet = Une occasion d’apprendre : la honte, c’est ce qui permet aux arnaqueurs de rester cachés. Banques et applis peuvent souvent encore agir, et un adulte de confiance t’aidera sans te juger.
contract-the-hacked-scam-choice-ask-back = Je demande à { $adult } de me prêter l’argent, sans dire pourquoi.
contract-the-hacked-scam-feedback-ask-back = Une occasion d’apprendre : couvrir la perte cache l’arnaque, et la banque et l’appli ne peuvent agir que si quelqu’un sait. Raconte toute l’histoire à { $adult }. Tu n’auras pas d’ennuis.
contract-the-hacked-scam-kept-quiet = Tu gardes tout pour toi. Le soir, deux autres élèves de ta classe ont envoyé de l’argent au même « cousin ».
contract-the-hacked-scam-asked-back = { $adult } te prête l’argent sans poser de questions. Personne ne signale rien, et le soir, le compte a écrit à deux autres élèves de ta classe.

contract-the-hacked-scam-adult-helps = Merci de me l’avoir dit. Tu n’as pas d’ennuis, et ce n’est pas ta faute. On appelle la banque pour l’argent, on signale le compte et on protège le tien avec la validation en deux étapes.
contract-the-hacked-scam-adult-call = Puis { $adult } appelle { $friend } en haut-parleur. « Quoi ?! C’était pas moi. Pardon, pardon. Je récupère mon compte tout de suite. » Une heure plus tard, un message.

contract-the-hacked-scam-end-safe = Tu as vérifié avant de faire confiance. { $friend } a récupéré son compte, protégé par la validation en deux étapes, l’arnaque est signalée, et personne d’autre dans ta classe n’a payé.
contract-the-hacked-scam-end-recovered = L’arnaque a d’abord marché. Puis tu as renversé la situation : avec { $adult }, tu as appelé la banque et signalé le compte, et ton message a protégé la classe. Ce n’était pas ta faute.
contract-the-hacked-scam-end-harmful = L’argent est parti et le pirate se sert encore de comptes pour en demander plus. Ce n’est pas ta faute. Il n’est jamais trop tard pour en parler à un adulte de confiance, qui aidera à appeler la banque et à signaler.

contract-the-hacked-scam-trace-reported = Signalé : les demandes d’argent envoyées depuis le compte piraté de { $friend }.
contract-the-hacked-scam-trace-reported-advice = Si un compte te demande de l’argent ou un code, même celui d’un ami, appelle d’abord la personne à son numéro habituel. Ne partage jamais un code de connexion.

# Last decision: a fake "support" message asks for a sign-in code.
contract-the-hacked-scam-last-message = Plus tard, un dernier message, d’un compte « Assistance { $app } » : « Activité inhabituelle sur vos contacts. Envoyez-nous sous 1 heure le code reçu, sinon votre compte sera fermé. »
contract-the-hacked-scam-choice-no-code = Aucun code à personne. Je ferme ça et j’ouvre { $app } moi-même.
contract-the-hacked-scam-feedback-no-code = Exactement. Une vraie assistance ne demande jamais ton code, et le délai d’une heure, c’est le même piège que le dernier train. Si quelque chose cloche, l’appli te le montrera elle-même.
contract-the-hacked-scam-choice-give-code = Je leur envoie le code, sinon { $app } va fermer mon compte.
contract-the-hacked-scam-feedback-give-code = Une occasion d’apprendre : un code de connexion, c’est la clé de ton compte, et aucune vraie assistance ne le demande. Un délai qui fait peur, c’est le même piège que le « dernier train ».
contract-the-hacked-scam-code-given = Quelques minutes plus tard, tu n’as plus accès à { $app }. Tu préviens { $adult } tout de suite, et ensemble vous récupérez le compte et déconnectez tous les autres appareils avant le moindre message.
