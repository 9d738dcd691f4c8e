# Comportement / agressif : Le commentaire méchant (9-12 ans)

conduct-the-mean-comment-title = Le commentaire méchant
conduct-the-mean-comment-summary = Tu en veux à un ami ou une amie, et un commentaire méchant n’est qu’à un clic.
conduct-the-mean-comment-remember = Quand la colère monte, fais une pause avant de publier. Si un acharnement commence, fais d’abord des captures, puis bloque et signale, et parles-en à un adulte de confiance.

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-video-dance = ma nouvelle danse
conduct-the-mean-comment-video-skate = ma première figure en skate
conduct-the-mean-comment-video-slime = ma recette de slime à paillettes
conduct-the-mean-comment-adult-teacher = Mme Okafor
conduct-the-mean-comment-adult-mum = Maman
conduct-the-mean-comment-adult-dad = Papa

conduct-the-mean-comment-npc-friend = { $friend }
conduct-the-mean-comment-npc-adult = { $adult }

conduct-the-mean-comment-intro = Coucou, c’est moi, Sango ! Aujourd’hui à la cantine, { $friend } a mangé avec d’autres et ne t’a pas gardé de place. Aïe. Et là, { $friend } vient de publier une nouvelle vidéo sur { $app }.

conduct-the-mean-comment-spot-comments = Plein d’enfants commentent. Touche les commentaires qui sont méchants. Attention : honnête, ce n’est pas pareil que méchant !
conduct-the-mean-comment-card-title = La nouvelle vidéo de { $friend }
conduct-the-mean-comment-card-body = Venez voir { $video } !
conduct-the-mean-comment-part-tip = Cool ! La prochaine fois, tu pourrais filmer dans un endroit plus lumineux ?
conduct-the-mean-comment-feedback-tip = Pas méchant ! C’est honnête et gentil : d’abord un mot sympa, puis un conseil utile. Un commentaire honnête peut rester amical.
conduct-the-mean-comment-part-cringe = trop la honte mdr. supprime ton compte
conduct-the-mean-comment-feedback-cringe = Méchant, bien vu ! Dire à quelqu’un de supprimer son compte, ce n’est pas un conseil honnête. C’est juste fait pour blesser.
conduct-the-mean-comment-part-pile = Allez tous dire à quel point c’est nul !!!
conduct-the-mean-comment-feedback-pile = Méchant, bien vu ! Ce message appelle à l’acharnement : plein de gens qui s’en prennent à une seule personne. C’est du harcèlement, même en ligne.
conduct-the-mean-comment-part-honest = C’est pas trop mon truc, mais tu progresses !
conduct-the-mean-comment-feedback-honest = Pas méchant ! Cette personne dit honnêtement que ce n’est pas son style, mais elle le dit gentiment. On a le droit de ne pas être d’accord, avec gentillesse.
conduct-the-mean-comment-part-nobody = Personne ne t’aime, { $friend }
conduct-the-mean-comment-feedback-nobody = Méchant, bien vu ! Ça ne parle pas du tout de la vidéo. Ça s’attaque à { $friend }, et ce genre de mots peut blesser très longtemps.
conduct-the-mean-comment-pic-typed = La pire vidéo du monde. Ton amitié, c’est du fake.
conduct-the-mean-comment-pic-post = Publier
conduct-the-mean-comment-pic-pile-note = 58 nouveaux commentaires sur la vidéo de { $friend }
conduct-the-mean-comment-pic-reported = Signalement envoyé : 3 commentaires masqués

# Bien le dire : un message gentil pour { $friend }, dont la vidéo reçoit des commentaires méchants
conduct-the-mean-comment-compose = Ces commentaires sont vraiment méchants. Tu en veux encore à { $friend } pour la cantine, mais personne ne mérite ça. Écris-lui un message privé de soutien, qui aide à faire cesser tout ça : quoi dire, et quoi taire ?
conduct-the-mean-comment-compose-to = { $friend }
conduct-the-mean-comment-ph-hi = Coucou { $friend } !
conduct-the-mean-comment-why-hi = Un petit bonjour, avec ou sans, ça va. Le plus important, c’est ce qui vient après.
conduct-the-mean-comment-ph-losers = Ces gens sont vraiment des gros nuls.
conduct-the-mean-comment-why-losers = C’est normal d’être en colère, mais là, c’est une insulte en retour. Les messages se font capturer et partager, et la dispute grossit.
conduct-the-mean-comment-ph-side = Je suis de ton côté.
conduct-the-mean-comment-why-side = Court et fort ! Savoir qu’on a du soutien, ça aide énormément { $friend }.
conduct-the-mean-comment-ph-secret = Je ne dirai rien aux adultes, promis. C’est notre secret.
conduct-the-mean-comment-why-secret = Ça a l’air loyal, mais les secrets tiennent à l’écart les adultes qui pourraient aider. La vraie amitié, c’est aider { $friend } à trouver du soutien, pas à tout cacher.
conduct-the-mean-comment-ph-unfair = Ces commentaires étaient méchants. Tu ne méritais pas ça.
conduct-the-mean-comment-why-unfair = Ça montre à { $friend } que le problème, ce sont les commentaires, et que ce n’est pas sa faute.
conduct-the-mean-comment-ph-screenshot = On fait des captures des pires et on les signale.
conduct-the-mean-comment-why-screenshot = Les captures gardent les preuves, et signaler prévient l’appli. À deux, c’est beaucoup moins lourd pour { $friend }.
conduct-the-mean-comment-ph-reply = Réponds-leur à tous ! Ne les laisse pas gagner !
conduct-the-mean-comment-why-reply = Ça a l’air courageux, mais répondre donne encore plus d’attention à l’acharnement, et c’est ce que cherchent les harceleurs. Garder les preuves et signaler marche mieux.
conduct-the-mean-comment-ph-grown-up = On en parle à un adulte ? Je viens avec toi.
conduct-the-mean-comment-why-grown-up = Un adulte de confiance peut aider à faire cesser les commentaires. Proposer d’y aller ensemble rend les choses bien plus faciles pour { $friend }.

conduct-the-mean-comment-typing = Message envoyé. Mais en revenant sur la vidéo, la colère de la cantine remonte. Tes pouces tapent vite : « Pire vidéo de tous les temps. De toute façon, ton amitié, c’est du faux. » Ton doigt hésite au-dessus de Publier.
conduct-the-mean-comment-post-choice = Ouh là, grosses émotions ! C’est normal d’être en colère. Mais les mots en ligne peuvent rester longtemps, et plein de gens les voient. Que vas-tu faire ?
conduct-the-mean-comment-choice-ignore-friend = J’efface, et j’ignore { $friend } à partir de maintenant.
conduct-the-mean-comment-feedback-ignore-friend = Ne pas publier, c’était malin ! Mais ignorer un ami fait durer la peine des deux côtés. Dire à { $friend } ce que tu ressens, en face, pourrait tout arranger.
conduct-the-mean-comment-choice-pause = J’efface. Demain, je vais voir { $friend } à l’école.
conduct-the-mean-comment-feedback-pause = Bon choix ! Tu as vu que ces mots pouvaient vraiment blesser. Faire une pause quand on est en colère évite les regrets, et se parler en face arrange les choses.
conduct-the-mean-comment-choice-post = Je publie. C’est { $friend } qui a commencé, pas moi.
conduct-the-mean-comment-feedback-post = Une occasion d’apprendre : des mots en colère en ligne peuvent être vus, copiés et enregistrés par plein de gens. Même effacés ensuite, on ne peut pas toujours les reprendre.

conduct-the-mean-comment-ignored = Tu effaces. Mais tu ne réponds plus aux messages de { $friend }, qui ne comprend pas et a de la peine.
conduct-the-mean-comment-paused = Tu effaces les mots et tu poses ton téléphone. Petit à petit, la colère retombe.
conduct-the-mean-comment-posted = Ton commentaire reçoit 12 j’aime. D’autres le copient : « Ouais, faux ami ! » Bientôt, c’est l’acharnement. À l’école, { $friend } ne te regarde plus.

conduct-the-mean-comment-pile-on = Le lendemain matin, les commentaires méchants sous la vidéo de { $friend } ont doublé. Des élèves d’autres classes s’y mettent. À l’école, { $friend } fixe le sol.
conduct-the-mean-comment-pile-choice = C’est de l’acharnement : plein de gens qui s’en prennent à une seule personne. Ça peut faire très mal. Que pourrais-tu faire ?
conduct-the-mean-comment-choice-block-mean = Je bloque tout de suite les comptes méchants. C’est plus sûr.
conduct-the-mean-comment-feedback-block-mean = Bloquer semble plus sûr, et ça te protège ! Mais ça cache les commentaires seulement pour toi, et tu perds les preuves. D’abord des captures, puis bloquer et signaler.
conduct-the-mean-comment-choice-like-mean = J’en like un. { $friend } ne m’a pas gardé de place, après tout.
conduct-the-mean-comment-feedback-like-mean = Une occasion d’apprendre : avoir de la peine ne rend pas l’acharnement juste. Tout le monde a droit au respect, même quand on lui en veut. Chaque like l’agrandit.
conduct-the-mean-comment-choice-screenshot-report = Je capture les pires commentaires, puis je les signale tous.
conduct-the-mean-comment-feedback-screenshot-report = Le bon ordre ! Les captures gardent les preuves avant que tout soit effacé, et signaler prévient l’appli du harcèlement. { $friend } a le droit d’être en sécurité en ligne, et toi aussi.
conduct-the-mean-comment-choice-defend = Je réponds à tous : « Stop ! Laissez { $friend } tranquille ! »
conduct-the-mean-comment-feedback-defend = Défendre { $friend } demande du courage ! Mais se disputer sous la vidéo donne plus de public à l’acharnement. Garder les preuves et signaler marche mieux.

conduct-the-mean-comment-blocked-mean = Les commentaires méchants disparaissent de ton écran. Mais ils sont toujours là pour tous les autres, et tu n’en as gardé aucun.
conduct-the-mean-comment-liked = Ton like fait remonter un commentaire méchant tout en haut. D’autres s’y mettent, et { $friend } voit ton nom dessous.
conduct-the-mean-comment-reported = Tu fais des captures des pires commentaires et tu les signales. L’appli en masque quelques-uns. Mais de nouveaux arrivent, et { $friend } a toujours le moral à zéro.
conduct-the-mean-comment-defended = Quelqu’un répond : « Oh, t’es son garde du corps ? » Maintenant, les moqueries vous visent tous les deux, et encore plus de monde vient regarder.
conduct-the-mean-comment-classmate-backs = Un message de { $classmate } s’affiche : « J’ai vu les commentaires sous la vidéo de { $friend }. Pas cool ! Tu m’as trouvé de l’aide pour ce défi. Je suis avec toi, quoi que tu fasses. »

conduct-the-mean-comment-next-step = L’acharnement continue. Et maintenant ?
conduct-the-mean-comment-choice-friend-delete = Je dis à { $friend } d’effacer la vidéo et de quitter l’appli.
conduct-the-mean-comment-feedback-friend-delete = Une occasion d’apprendre : une pause loin de l’appli peut aider, mais effacer la vidéo efface les preuves, et les harceleurs passent à autre chose. Un adulte de confiance peut les arrêter.
conduct-the-mean-comment-choice-name-them = Je publie un message avec les noms de tous les méchants.
conduct-the-mean-comment-feedback-name-them = Une occasion d’apprendre : nommer des gens en public lance un nouvel acharnement, et personne n’y gagne. Garde les preuves et laisse un adulte de confiance s’en occuper.
conduct-the-mean-comment-choice-tell-adult = Je vais voir { $adult } et je montre ce qui se passe.
conduct-the-mean-comment-feedback-tell-adult = C’est ça, agir en témoin ! Un adulte peut signaler les comptes, parler à l’école et aux familles, et aider { $friend }. En parler, ce n’est jamais cafarder.

conduct-the-mean-comment-friend-deletes = { $friend } efface la vidéo et ne publie plus rien. Les commentaires ont disparu pour l’instant, mais personne qui pourrait arrêter ces comptes n’est au courant.
conduct-the-mean-comment-named = Ton message est partagé très vite. Maintenant, les gens se disputent dans les commentaires, et certains s’en prennent à toi. { $friend } dit : « S’il te plaît, fais que ça s’arrête. »
conduct-the-mean-comment-adult-helps = Merci de m’en avoir parlé. Ce n’est pas cafarder, c’est aider. Faisons des captures de ce qui est là, signalons ces comptes, et je vais en parler à l’école.
conduct-the-mean-comment-talk-it-out = Merci d’avoir pris ma défense. Et pardon pour la cantine ! Je ne savais pas que ça t’avait fait de la peine. Tu t’assois avec nous demain ?

conduct-the-mean-comment-fix-it = Oh non. C’est allé plus loin que tu ne le voulais. Mais tu peux encore aider à réparer. Que vas-tu faire ?
conduct-the-mean-comment-choice-undo-talk = J’efface ma part et je vais voir { $adult } aujourd’hui.
conduct-the-mean-comment-feedback-undo-talk = C’est comme ça qu’on répare ! Avouer demande du courage, et { $adult } peut aider à arrêter l’acharnement. Tout le monde fait des erreurs. Les réparer, c’est ce qui compte.
conduct-the-mean-comment-choice-sorry-message = J’efface ma part et j’écris à { $friend } : « Pardon, vraiment. »
conduct-the-mean-comment-feedback-sorry-message = S’excuser, c’est courageux, et ça compte pour { $friend } ! Mais l’acharnement continue, et c’est plus grand que vous deux. Un adulte peut aider à l’arrêter.
conduct-the-mean-comment-choice-leave-up = Je laisse. Si je le dis à { $adult }, je vais avoir des ennuis.
conduct-the-mean-comment-feedback-leave-up = Une occasion d’apprendre : en parler, ce n’est pas pour avoir des ennuis, c’est pour arrêter la peine. { $adult } aide mieux en sachant, et { $friend } souffre encore.

conduct-the-mean-comment-adult-late = Merci pour ton honnêteté. Tu n’as pas d’ennuis parce que tu me l’as dit. D’abord, on fait des captures des commentaires, puis on les signale, et on parlera à { $friend } ensemble.
conduct-the-mean-comment-sorry-talk = Ce commentaire m’a vraiment fait mal. Mais merci pour tes excuses. Je ne savais pas que la cantine t’avait fait de la peine. On recommence ?
conduct-the-mean-comment-sorry-sent = Merci pour tes excuses. Mais les commentaires continuent. Je vais bloquer tout le monde et supprimer mon compte, tout de suite.
conduct-the-mean-comment-left-up = L’acharnement continue de grossir. { $friend } ne publie plus rien et ne dit plus un mot à l’école.

conduct-the-mean-comment-friend-blocks = { $friend } a de la peine et veut que tout disparaisse. Que réponds-tu ?
conduct-the-mean-comment-choice-reply-back = Ne bloque pas. Poste une vidéo pour montrer que tu t’en fiches.
conduct-the-mean-comment-feedback-reply-back = Une occasion d’apprendre : répondre donne aux harceleurs ce qu’ils veulent, de l’attention. Des captures, puis bloquer, signaler et un adulte de confiance, ça marche bien mieux.
conduct-the-mean-comment-choice-screenshot-together = Attends ! D’abord des captures, puis on montre à { $adult }.
conduct-the-mean-comment-feedback-screenshot-together = Super conseil ! Bloquer, c’est bien, mais les captures d’abord, pour que { $adult } et l’appli voient ce qui s’est passé. Y aller ensemble, c’est soutenir { $friend }.
conduct-the-mean-comment-choice-block-secret = Bonne idée. Efface tout, pas besoin de le dire à { $adult }.
conduct-the-mean-comment-feedback-block-secret = Une occasion d’apprendre : tout effacer fait disparaître les preuves, et le cacher à { $adult } empêche les adultes d’aider à arrêter ces comptes. D’abord des captures ; ensuite, bloquer, c’est bien.

conduct-the-mean-comment-replied-back = { $friend } poste une vidéo : « Je m’en fiche ! » En quelques minutes, elle a encore plus de commentaires méchants que la première.
conduct-the-mean-comment-shown-adult = Merci à vous deux de me montrer ça. Ces captures aident beaucoup. On va signaler les comptes ensemble, et ensuite { $friend } pourra les bloquer.
conduct-the-mean-comment-blocked-secret = { $friend } bloque tout le monde et supprime son compte. C’est calme pour l’instant, mais les preuves ont disparu et aucun adulte n’est au courant.

conduct-the-mean-comment-end-safe = Tu n’as pas publié ces mots en colère, et { $adult } aide à arrêter l’acharnement. { $friend } et toi, vous vous reparlez. Bravo !
conduct-the-mean-comment-end-mixed = Pour l’instant, c’est plus calme pour { $friend }. Mais aucun adulte de confiance ne sait ce qui s’est passé, et les mêmes comptes pourraient recommencer ailleurs.
conduct-the-mean-comment-end-recovered = Tu as suivi le mouvement, puis tu as réparé : tu as demandé pardon, et { $adult } aide maintenant. { $friend } n’affronte plus ça sans soutien.
conduct-the-mean-comment-end-harmful = L’acharnement continue, et { $friend } va très mal. Une erreur ne fait pas de toi une mauvaise personne, et personne ne te reprochera de demander de l’aide. Parles-en à un adulte de confiance : il n’est jamais trop tard.

# My phone: what stays on the phone after this level.
conduct-the-mean-comment-trace-comment = Ton commentaire sous la vidéo de { $friend } : « La pire vidéo du monde. Ton amitié, c’est du fake. »
conduct-the-mean-comment-trace-comment-advice = Les mots en colère peuvent rester longtemps en ligne. Efface-le, dis pardon à { $friend }, et parles-en à un adulte de confiance si un acharnement a commencé.
