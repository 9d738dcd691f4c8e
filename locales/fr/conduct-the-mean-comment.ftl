# Comportement / agressif : Le commentaire méchant (9-12 ans)

conduct-the-mean-comment-title = Le commentaire méchant
conduct-the-mean-comment-summary = Tu en veux à un ami ou une amie, et un commentaire méchant n’est qu’à un clic.
conduct-the-mean-comment-remember = Quand la colère monte, fais une pause avant de publier : les mots en ligne peuvent rester longtemps. Sois sympa, parlez-en ensemble, et si plein de gens s’acharnent sur quelqu’un, dis-le à un adulte de confiance.

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-name-mia = Mia
conduct-the-mean-comment-name-theo = Théo
conduct-the-mean-comment-name-aisha = Yasmine
conduct-the-mean-comment-video-dance = ma nouvelle danse
conduct-the-mean-comment-video-skate = ma première figure en skate
conduct-the-mean-comment-video-slime = ma recette de slime à paillettes
conduct-the-mean-comment-adult-teacher = Mme Okafor
conduct-the-mean-comment-adult-mum = Maman
conduct-the-mean-comment-adult-dad = Papa

conduct-the-mean-comment-npc-friend = { $friend }
conduct-the-mean-comment-npc-adult = { $adult }

conduct-the-mean-comment-intro = Coucou, c’est moi, Sango ! Aujourd’hui à la cantine, { $friend } a mangé avec d’autres et ne t’a pas gardé de place. Aïe. Et là, { $friend } vient de publier une nouvelle vidéo sur { $app }.

conduct-the-mean-comment-spot-comments = Plein d’enfants commentent. Touche les commentaires qui sont méchants. Attention : honnête, ce n’est pas pareil que méchant !
conduct-the-mean-comment-card-title = La nouvelle vidéo de { $friend }
conduct-the-mean-comment-card-body = Venez voir { $video } !
conduct-the-mean-comment-part-tip = Cool ! La prochaine fois, tu pourrais filmer dans un endroit plus lumineux ?
conduct-the-mean-comment-feedback-tip = Pas méchant ! C’est honnête et gentil : d’abord un mot sympa, puis un conseil utile. Un commentaire honnête peut rester amical.
conduct-the-mean-comment-part-cringe = trop la honte mdr. supprime ton compte
conduct-the-mean-comment-feedback-cringe = Méchant, bien vu ! Dire à quelqu’un de supprimer son compte, ce n’est pas un conseil honnête. C’est juste fait pour blesser.
conduct-the-mean-comment-part-pile = Allez tous dire à quel point c’est nul !!!
conduct-the-mean-comment-feedback-pile = Méchant, bien vu ! Ce message appelle à l’acharnement : plein de gens qui s’en prennent à une seule personne. C’est du harcèlement, même en ligne.
conduct-the-mean-comment-part-honest = C’est pas trop mon truc, mais tu progresses !
conduct-the-mean-comment-feedback-honest = Pas méchant ! Cette personne dit honnêtement que ce n’est pas son style, mais elle le dit gentiment. On a le droit de ne pas être d’accord, avec gentillesse.
conduct-the-mean-comment-part-nobody = Personne ne t’aime, { $friend }
conduct-the-mean-comment-feedback-nobody = Méchant, bien vu ! Ça ne parle pas du tout de la vidéo. Ça s’attaque à { $friend }, et ce genre de mots peut blesser très longtemps.

conduct-the-mean-comment-typing = Tu n’as toujours pas digéré l’histoire de la cantine. Tes pouces tapent vite : « Pire vidéo de tous les temps. De toute façon, ton amitié, c’est du faux. » Ton doigt hésite au-dessus de Publier.
conduct-the-mean-comment-post-choice = Waouh, grosses émotions ! C’est normal d’être en colère. Mais les mots en ligne peuvent rester longtemps, et beaucoup de gens les voient. Que vas-tu faire ?
conduct-the-mean-comment-choice-pause = L’effacer, respirer un bon coup, et parler à { $friend } demain
conduct-the-mean-comment-feedback-pause = Excellent choix ! Tu as vu que ces mots pouvaient vraiment blesser. Faire une pause quand on est en colère évite les regrets, et se parler en face aide à arranger les choses.
conduct-the-mean-comment-choice-ignore-friend = L’effacer, mais ignorer { $friend } à partir de maintenant
conduct-the-mean-comment-feedback-ignore-friend = Ne pas le publier, c’était malin ! Mais ignorer quelqu’un qu’on aime bien peut faire durer la peine, pour vous deux. Dire à { $friend } ce que tu ressens pourrait arranger les choses.
conduct-the-mean-comment-choice-post = Le publier. C’est l’autre qui a commencé.
conduct-the-mean-comment-feedback-post = Une occasion d’apprendre : des mots écrits sous le coup de la colère peuvent être vus, copiés et enregistrés par plein de gens. Même si tu les effaces plus tard, tu ne peux pas toujours les reprendre.

conduct-the-mean-comment-pile-on = Le lendemain matin, les commentaires méchants sous la vidéo de { $friend } ont doublé. Des enfants d’autres classes s’y mettent aussi. À l’école, { $friend } garde les yeux baissés.
conduct-the-mean-comment-pile-choice = C’est un acharnement : plein de gens qui s’en prennent à une seule personne. Ça peut faire très mal. Que pourrais-tu faire ?
conduct-the-mean-comment-choice-report-tell = Signaler les commentaires méchants et le dire à { $adult }
conduct-the-mean-comment-feedback-report-tell = C’est ce que fait un témoin qui agit ! Tout le monde a le droit d’être respecté en ligne. Signaler et en parler à un adulte peut faire supprimer les commentaires.
conduct-the-mean-comment-choice-kind-comment = Publier un commentaire gentil sous la vidéo
conduct-the-mean-comment-feedback-kind-comment = Un commentaire gentil montre à { $friend } que quelqu’un est de son côté, et ça compte ! Mais les commentaires méchants sont toujours là. Signaler et en parler à un adulte aide à les arrêter.
conduct-the-mean-comment-choice-like-mean = Liker les commentaires méchants. { $friend } a commencé.
conduct-the-mean-comment-feedback-like-mean = Une occasion d’apprendre : avoir de la peine ne rend pas un acharnement juste. Tout le monde a droit au respect, même quelqu’un à qui tu en veux. Chaque like le rend plus gros.

conduct-the-mean-comment-adult-helps = Merci de m’en avoir parlé. Ce n’est pas cafarder, c’est aider. Tout le monde mérite le respect en ligne. Signalons ces commentaires et bloquons les comptes qui continuent de s’acharner.
conduct-the-mean-comment-talk-it-out = Merci d’avoir pris ma défense. Et pardon pour la cantine ! Je ne savais pas que ça t’avait fait de la peine. Tu viens t’asseoir avec nous demain ?

conduct-the-mean-comment-posted = Ton commentaire reçoit 12 likes. D’autres le recopient : « Ouais, amitié bidon ! » Très vite, c’est l’acharnement. À l’école, { $friend } évite ton regard.
conduct-the-mean-comment-fix-it = Oh non. Tes mots sont allés plus loin que tu ne le voulais. Mais tu peux encore aider à réparer. Que vas-tu faire ?
conduct-the-mean-comment-choice-sorry-tell = L’effacer, m’excuser, et le dire à { $adult }
conduct-the-mean-comment-feedback-sorry-tell = C’est comme ça qu’on répare ! S’excuser, c’est courageux, et un adulte peut aider à arrêter l’acharnement. Tout le monde fait des erreurs. Ce qui compte, c’est de les réparer.
conduct-the-mean-comment-choice-delete-quiet = Effacer mon commentaire et ne rien dire
conduct-the-mean-comment-feedback-delete-quiet = L’effacer aide un peu, comme ça personne d’autre ne le recopie. Mais d’autres l’ont déjà fait, et { $friend } souffre toujours. S’excuser et en parler à un adulte aide davantage.
conduct-the-mean-comment-choice-leave-up = Le laisser. Tout le monde est d’accord avec moi.
conduct-the-mean-comment-feedback-leave-up = Une occasion d’apprendre : quand plein de gens s’y mettent, ça peut sembler normal. Mais { $friend } a droit au respect, et ces mots font toujours mal.

conduct-the-mean-comment-sorry-talk = Ce commentaire m’a vraiment fait mal. Mais merci de t’excuser. Je ne savais pas que la cantine t’avait fait de la peine. On recommence à zéro ?

conduct-the-mean-comment-end-safe = Tu as fait une pause, tu as défendu { $friend } et vous en avez parlé. Les commentaires méchants ont disparu, et votre amitié est encore plus forte. Bravo !
conduct-the-mean-comment-end-mixed = Une partie du mal s’est arrêtée, mais les commentaires méchants continuent de s’accumuler et aucun adulte de confiance n’est au courant. Signaler et en parler aide à arrêter un acharnement pour de bon.
conduct-the-mean-comment-end-recovered = Tu as fait une erreur, puis tu l’as réparée. Tes excuses ont aidé, et { $adult } aide à arrêter l’acharnement. La prochaine fois, fais une pause avant de publier !
conduct-the-mean-comment-end-harmful = L’acharnement ne fait que grandir, et { $friend } va très mal. Les mots en ligne peuvent rester longtemps. Il n’est jamais trop tard pour t’excuser et en parler à un adulte de confiance.
