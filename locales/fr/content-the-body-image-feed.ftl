# Contenus / valeurs : Le fil sur l'apparence (16-18 ans)

content-the-body-image-feed-title = Le fil sur l’apparence
content-the-body-image-feed-summary = Ton fil n’affiche soudain plus que des « transformations » et des défis régime, et ça commence à te peser.
content-the-body-image-feed-remember = Les filtres, les retouches et les posts sponsorisés, ce n’est pas la vraie vie. Fais le tri dans ton fil, protège ton sommeil et parle à quelqu’un si ça commence à te peser.

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = @ShredWithKai
content-the-body-image-feed-influencer-lexi = @LeanLexi
content-the-body-image-feed-influencer-sol = @SolTransforms
content-the-body-image-feed-friend-priya = Priya
content-the-body-image-feed-friend-mateo = Mattéo
content-the-body-image-feed-friend-noor = Nour

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = Mme Adeyemi, psy du lycée

content-the-body-image-feed-intro = Il est 1 h du matin. La semaine dernière, tu as regardé une seule vidéo de sport sur { $app }. Désormais, tout ton fil n’est que « transformations », et tu fais défiler depuis une heure. Regardons ce qu’il te montre.
content-the-body-image-feed-post = Il y a 30 jours vs aujourd’hui. J’ai arrêté de dîner, je m’entraîne 2 fois par jour et je n’ai jamais été aussi en forme ! Lance le défi « Ce que je mange en un jour » et tague 3 potes. Mon programme est dans ma bio.

content-the-body-image-feed-spot = Impressionnant, non ? C’est le but. Touche tout ce qui rend ce post moins réel qu’il n’en a l’air.
content-the-body-image-feed-card-title = { $influencer }, sponsorisé
content-the-body-image-feed-card-body = Deux photos côte à côte : « Jour 1 », dos voûté sous une lumière grise, et « Jour 30 », pose étudiée sous une lumière dorée.
content-the-body-image-feed-part-photo = Photo « Jour 30 » : peau éclatante, et un encadrement de porte qui se tord
content-the-body-image-feed-feedback-photo = Oui. Un arrière-plan déformé signifie que le corps a été remodelé avec une appli de retouche, et une peau parfaite cache souvent un filtre. La lumière, la pose et l’angle suffisent à changer l’apparence d’un corps.
content-the-body-image-feed-part-sponsored = Petit texte gris : « Partenariat rémunéré avec Corevita Labs »
content-the-body-image-feed-feedback-sponsored = Bien vu. « Partenariat rémunéré » veut dire que cette personne est payée pour te vendre quelque chose. Toute l’histoire est une pub, et les pubs montrent la meilleure version de la vérité.
content-the-body-image-feed-part-claim = « J’ai supprimé le dîner et je n’ai jamais été aussi en forme ! »
content-the-body-image-feed-feedback-claim = Exact. Sauter des repas est vendu comme un mode de vie, sans médecin ni preuve à l’horizon. Supprimer des repas peut vider ton énergie, ta concentration et ton moral, pile quand tu en as le plus besoin.
content-the-body-image-feed-part-link = « Mon programme en bio : -40 %, aujourd’hui seulement »
content-the-body-image-feed-feedback-link = Oui : une réduction qui se termine aujourd’hui est conçue pour te presser. Quand quelqu’un vend un programme, son « avant-après » est aussi un argument de vente.
content-the-body-image-feed-part-gym = Un rack de poids en arrière-plan
content-the-body-image-feed-feedback-gym = Pas un indice. Bouger et aller à la salle de sport, c’est super. Le problème, ce sont les retouches, les pubs et l’idée que ton corps serait une photo « avant ».

content-the-body-image-feed-challenge = Je fais le défi « Ce que je mange en une journée » demain ! On poste chaque repas et tout le monde le note. Tu viens ??
content-the-body-image-feed-choice-pass = Refuser, et expliquer à { $friend } pourquoi ce défi m’inquiète
content-the-body-image-feed-feedback-pass = C’est bienveillant et honnête. Poster chaque repas pour le faire noter transforme la nourriture en compétition, et ces posts sont difficiles à effacer. Expliquer pourquoi offre aussi une porte de sortie à l’autre.
content-the-body-image-feed-choice-skip = Juste ne pas y aller, sans rien dire
content-the-body-image-feed-feedback-skip = Garder tes repas hors d’Internet, c’était une bonne décision. Mais la personne qui t’a proposé le défi y va quand même, et un mot de ta part pourrait l’aider à laisser tomber aussi.
content-the-body-image-feed-choice-join = Participer et poster mes repas pour qu’ils soient notés
content-the-body-image-feed-feedback-join = Une occasion d’apprendre : noter la nourriture des autres transforme le fait de manger en performance, et ces posts restent en ligne. Ce que tu manges ne regarde que toi.

content-the-body-image-feed-friend-thinks = Franchement ? Depuis que ces vidéos ont envahi mon fil, j’ai une image horrible de moi. Je croyais que c’était que moi.
content-the-body-image-feed-feed-keeps = Tu ne fais pas le défi, mais le fil, lui, ne te lâche pas. À 2 h du matin, tu as regardé 40 transformations de plus, et ton reflet dans le miroir ressemble soudain à une photo « avant ».
content-the-body-image-feed-ratings = Sous tes posts de repas : « ça fait beaucoup de glucides », « jour 2 et aucun changement ? ». Tu te mets à sauter le déjeuner pour que le post de demain soit « mieux ». Il est 2 h du matin et tu vérifies sans arrêt.

content-the-body-image-feed-curate = Ton fil apprend de ce que tu regardes, donc tu peux lui apprendre autre chose. Il est tard, et la nuit a été lourde. Que vas-tu faire ?
content-the-body-image-feed-choice-reset = Masquer ces comptes, réinitialiser mon fil, me déconnecter, en parler
content-the-body-image-feed-feedback-reset = Ça, c’est reprendre la main. « Pas intéressant », masquer et réinitialiser ton fil changent ce que l’algorithme te montre, le sommeil te remet d’aplomb, et en parler empêche que ça s’accumule.
content-the-body-image-feed-choice-unfollow = Me désabonner de quelques comptes, puis continuer à faire défiler
content-the-body-image-feed-feedback-unfollow = Se désabonner aide un peu. Mais continuer à faire défiler à 2 h du matin envoie toujours les mêmes signaux à l’algorithme, et un cerveau fatigué encaisse plus mal ces images. D’abord, le sommeil.
content-the-body-image-feed-choice-buy = Acheter le programme en bio tant qu’il est à -40 %
content-the-body-image-feed-feedback-buy = Une occasion d’apprendre : la date limite était faite pour te presser, et un programme vendu par quelqu’un de payé pour ça, ce n’est pas un conseil de santé. Un médecin ou l’infirmière scolaire en donne gratuitement.
content-the-body-image-feed-talk = Merci de m’en parler. Ces fils sont conçus pour te garder devant l’écran, et beaucoup de ces corps sont retouchés ou sponsorisés. Si la nourriture ou ton corps envahissent tes pensées, on trouvera du soutien ensemble.

content-the-body-image-feed-plan-bought = Le « programme », c’est une liste de repas sautés, plus un abonnement mensuel que tu n’avais pas remarqué. Les alertes commencent à 6 h : « Ne casse pas ta série ! » La fatigue, la faim, et tu te sens encore plus mal.
content-the-body-image-feed-sango-checks = Je m’inquiète pour toi. Te sentir plus mal, ce n’est pas ta faute : ce fil est conçu pour te faire croire que tu n’es jamais assez bien. Prendre soin de toi peut commencer tout de suite. Que vas-tu faire ?
content-the-body-image-feed-choice-talk-late = Faire une vraie pause et parler à quelqu’un de confiance
content-the-body-image-feed-feedback-talk-late = C’est une force, pas une faiblesse. Un adulte de confiance, ton médecin ou une ligne d’écoute sur les troubles alimentaires t’aideront sans te juger, y compris pour les abonnements que tu as souscrits.
content-the-body-image-feed-choice-delete-app = Supprimer l’appli un temps, sans en parler
content-the-body-image-feed-feedback-delete-app = Une pause loin du fil, c’est un excellent pas. Mais la pression ne disparaît pas toujours avec l’appli. Parler à quelqu’un de confiance aide la pause à tenir.
content-the-body-image-feed-choice-try-harder = Faire plus d’efforts : programme plus strict, plus de posts
content-the-body-image-feed-feedback-try-harder = Une occasion d’apprendre : quand un fil te fait te sentir plus mal, en consommer plus ne réglera rien. Ton corps n’est pas un projet à prouver en ligne. Il n’est jamais trop tard pour demander de l’aide.
content-the-body-image-feed-talk-late = Je suis si contente que tu m’en parles, et tu n’as pas d’ennuis. Ces fils sont faits pour te rendre accro. On va annuler tout ce que tu as souscrit, et trouver quelqu’un à qui parler de nourriture et de tes émotions.

content-the-body-image-feed-end-safe = Tu as vu au-delà des filtres et des pubs, gardé tes repas hors ligne et repris le contrôle de ton fil. Ton corps n’est pas une photo « avant ».
content-the-body-image-feed-end-mixed = Tu as pris un peu de recul, mais la pression du fil est toujours là, et tu la portes sans aide. Masquer, réinitialiser, dormir et parler à quelqu’un peuvent tout changer.
content-the-body-image-feed-end-recovered = C’est devenu lourd, mais tu as pris du recul et tu as demandé de l’aide. C’est comme ça qu’on reprend le contrôle de son fil, et de ses nuits. Prends soin de toi.
content-the-body-image-feed-end-harmful = Le fil, le programme et les notes prennent de plus en plus de place dans ta vie. Ce n’est pas ta faute, et il n’est jamais trop tard pour parler à quelqu’un de confiance.
