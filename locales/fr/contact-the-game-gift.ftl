# Contacts / commercial : Le cadeau dans le jeu (9-12 ans)

contact-the-game-gift-title = Le cadeau dans le jeu
contact-the-game-gift-summary = Un joueur que tu ne connais pas t’offre un skin super rare gratuitement. Mais que veut-il vraiment ?
contact-the-game-gift-remember = Ne donne jamais ton mot de passe, même pour un cadeau rare. Si quelqu’un en ligne t’offre des trucs gratuits contre tes identifiants, bloque, signale et parles-en à un adulte de confiance.

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
contact-the-game-gift-name-amir = Samir
contact-the-game-gift-name-zoe = Zoé
contact-the-game-gift-name-kwame = Kwame
contact-the-game-gift-adult-mum = Maman
contact-the-game-gift-adult-dad = Papa
contact-the-game-gift-adult-grandpa = Papi

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = Coucou, c’est moi, Sango ! Toi et { $friend }, vous jouez à { $app } après l’école. Les jeux, c’est plus drôle avec des amis ! Je surveille le chat avec toi.

contact-the-game-gift-gifter-hello = Salut !! Aujourd’hui, je donne le { $skin } super rare à 3 joueurs chanceux, et tu en fais partie ! Tu le veux ? C’est totalement gratuit.
contact-the-game-gift-choice-no-thanks = Je n’accepte pas de cadeaux de gens que je ne connais pas. Non merci.
contact-the-game-gift-feedback-no-thanks = Bien réfléchi ! Des trucs rares gratuits offerts par un inconnu, c’est un vieux piège pour gagner ta confiance. Dire non, c’est toujours permis.
contact-the-game-gift-choice-whats-the-catch = Vraiment ? C’est quoi, le piège ?
contact-the-game-gift-feedback-whats-the-catch = Bonne question ! Les cadeaux gratuits d’inconnus cachent souvent un piège. Et rien ne t’oblige à continuer à discuter avec quelqu’un qui t’offre des trucs sans raison.
contact-the-game-gift-choice-yes-please = OUI, je veux bien ! Je fais comment ?
contact-the-game-gift-feedback-yes-please = Une occasion d’apprendre : un inconnu qui offre des cadeaux rares, c’est un signal d’alerte. Il compte sur ton enthousiasme pour que tu ne prennes pas le temps de réfléchir à ce qu’il va demander ensuite.

contact-the-game-gift-gifter-ask = Sois pas timide, c’est 100 % gratuit ! Connecte-toi juste sur ma page cadeau, skinz-gift.win, ou donne-moi ton mot de passe et je l’ajoute pour toi. Vite, plus que 5 minutes !
contact-the-game-gift-choice-block-report = Bloquer et signaler ce compte, puis le dire à { $adult }
contact-the-game-gift-feedback-block-report = Bien vu ! Un vrai cadeau n’a jamais besoin de ton mot de passe. Bloquer et signaler arrête le piège, et le dire à { $adult } veut dire que tu n’as pas à gérer ça sans aide.
contact-the-game-gift-choice-say-no = Dire non, et ne plus répondre
contact-the-game-gift-feedback-say-no = Garder ton mot de passe secret, c’était exactement ce qu’il fallait ! Mais { $gifter } peut encore piéger d’autres joueurs. Signaler et en parler à un adulte aide à l’arrêter.
contact-the-game-gift-choice-log-in = Me connecter sur la page cadeau, vite !
contact-the-game-gift-feedback-log-in = Une occasion d’apprendre : les fausses pages cadeau copient la vraie page de connexion pour voler les mots de passe, et le chrono était là pour te presser. Ton mot de passe, c’est seulement pour toi et tes parents.

contact-the-game-gift-adult-helps = Merci de me l’avoir montré ! Demander ton mot de passe, c’est une arnaque, même quand on appelle ça un cadeau. Tu as fait exactement ce qu’il fallait. Oh, { $friend } t’envoie un message.
contact-the-game-gift-ignored = Tu arrêtes de répondre. Une heure plus tard, { $friend } t’envoie un message, et ça n’a pas l’air d’aller.

contact-the-game-gift-friend-scammed = Au secours ! J’ai mis mes identifiants sur cette page cadeau, et maintenant mon compte a disparu. Tout le monde dans le chat de l’équipe se moque de moi et me traite de noob.
contact-the-game-gift-choice-not-your-fault = Ce n’est pas ta faute. Allons le dire à { $adult } ensemble.
contact-the-game-gift-feedback-not-your-fault = Quelle gentillesse et quel courage ! Les arnaqueurs piègent aussi les adultes, alors ce n’est jamais la faute de la personne piégée. Un adulte peut aider à signaler et à récupérer le compte.
contact-the-game-gift-choice-tell-team = Dire au chat de l’équipe d’arrêter de rire
contact-the-game-gift-feedback-tell-team = Défendre { $friend } demandait du courage ! Mais le compte est toujours volé. Un adulte de confiance peut aider à le signaler au jeu et à le récupérer.
contact-the-game-gift-choice-laugh = MDR, comment t’as pu tomber dans le panneau ?
contact-the-game-gift-feedback-laugh = Une occasion d’apprendre : tout le monde peut se faire piéger, même les gens très malins. Se moquer rend plus difficile pour { $friend } de demander de l’aide. Des mots gentils aident bien plus.

contact-the-game-gift-friend-helped = Merci à vous deux de m’en avoir parlé. Ce n’est pas ta faute, { $friend }. On va s’assurer que le compte { $gifter } soit signalé, changer vos mots de passe et demander à { $app } de récupérer ton compte.

contact-the-game-gift-account-stolen = La page affiche « Erreur » et aucun skin n’arrive. Le lendemain matin, tu ne peux plus te connecter. Puis { $friend } te demande pourquoi ton compte lui a envoyé le même message de cadeau !
contact-the-game-gift-gifter-demands = Tu veux récupérer ton compte ? Facile. Envoie-moi l’e-mail d’un de tes parents et le code secret qu’il va recevoir. Ne dis rien à personne, sinon ton compte disparaît pour toujours !
contact-the-game-gift-choice-tell-adult = Le dire à { $adult } pour qu’on répare ça ensemble
contact-the-game-gift-feedback-tell-adult = Le meilleur choix ! « Ne dis rien à personne », c’est un gros signal d’alerte. { $adult } peut t’aider à le signaler au jeu et à récupérer ton compte. Tu n’auras pas d’ennuis.
contact-the-game-gift-choice-new-account = Bloquer ce compte et en créer un nouveau
contact-the-game-gift-feedback-new-account = Ne rien envoyer de plus, c’était bien ! Mais ton ancien compte continue de piéger tes amis. Un adulte de confiance peut aider à le signaler et à le récupérer.
contact-the-game-gift-choice-send-code = Envoyer l’e-mail et le code pour le récupérer
contact-the-game-gift-feedback-send-code = Une occasion d’apprendre : ce code peut aussi ouvrir le compte d’un parent, et les arnaqueurs en demandent toujours plus. Il n’est jamais trop tard pour arrêter et en parler à un adulte de confiance.

contact-the-game-gift-adult-helps-late = Ça me fait vraiment plaisir que tu m’en aies parlé. Tout le monde peut se faire piéger, et tu n’auras pas d’ennuis. Signalons { $gifter }, prévenons tes amis et récupérons ton compte.

contact-the-game-gift-end-safe = Tu as repéré le piège du cadeau, protégé ton mot de passe et soutenu { $friend }. Le compte { $gifter } est signalé. Ça, c’est l’esprit d’équipe !
contact-the-game-gift-end-mixed = Tu as défendu { $friend }, et c’était gentil ! Mais le compte volé n’a pas encore été signalé. Un adulte de confiance peut aider à le récupérer.
contact-the-game-gift-end-quiet = Bloquer a aidé, mais ton ancien compte est toujours aux mains du compte { $gifter }, et il envoie des pièges à tes amis. En parler à un adulte de confiance peut permettre de le récupérer.
contact-the-game-gift-end-recovered = Tu t’es fait piéger, mais tu l’as dit à { $adult } et vous avez réparé ça ensemble. Ton compte est de retour et tes amis sont prévenus. Il fallait du courage !
contact-the-game-gift-end-unkind = { $friend } se sent bête et n’a personne vers qui se tourner, et le compte est toujours perdu. Tout le monde peut se faire piéger. Il n’est jamais trop tard pour t’excuser et aider { $friend } à en parler à un adulte.
contact-the-game-gift-end-harmful = { $gifter } en demande toujours plus, et maintenant le compte d’un parent est en danger aussi. Les arnaqueurs espèrent que tu ne diras rien. Il n’est jamais trop tard pour en parler à un adulte de confiance.
