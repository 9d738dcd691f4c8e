# Comportement / agressif : L'exclusion (13-15 ans), le joueur est témoin

conduct-the-exclusion-title = Mise à l’écart volontaire
conduct-the-exclusion-summary = Ta classe crée un nouveau groupe de discussion sans un de vos camarades, et les blagues sur cette personne commencent.
conduct-the-exclusion-remember = Exclure quelqu’un exprès et se moquer de lui, c’est du harcèlement. Ne t’y joins pas, garde les preuves et parles-en à un adulte de confiance, surtout si quelqu’un dit que personne ne veut de lui.

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $classmate }
conduct-the-exclusion-npc-teacher = { $teacher }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = La Vraie Team
conduct-the-exclusion-group-no-cringe = Zone Zéro Malaise
conduct-the-exclusion-group-vips = Réservé aux VIP
conduct-the-exclusion-teacher-okafor = Mme Okafor
conduct-the-exclusion-teacher-reyes = M. Reyes
conduct-the-exclusion-teacher-novak = Mme Novak

conduct-the-exclusion-intro = { $leader } vient de créer un nouveau groupe sur { $app } appelé « { $group } ». Toute ta classe est dedans, sauf { $classmate }.
conduct-the-exclusion-pic-group = { $group }
conduct-the-exclusion-pic-created = Créé par { $leader }
conduct-the-exclusion-pic-members = 24 membres
conduct-the-exclusion-bus-photo = Encore { $classmate }. Il y a quelques semaines, tu as partagé la photo du car en story. Ça peut encore se réparer. Avant que ce groupe aille plus loin, que fais-tu ?
conduct-the-exclusion-choice-bus-sorry = J’envoie à { $classmate } de vraies excuses pour cette photo du car.
conduct-the-exclusion-feedback-bus-sorry = Il fallait du courage. Des excuses n’effacent pas le partage, mais elles montrent à { $classmate } que tu n’es pas du côté des moqueurs. En ce moment, ça compte beaucoup.
conduct-the-exclusion-choice-bus-skip = Ça fait des semaines. En reparler maintenant, ce serait bizarre.
conduct-the-exclusion-feedback-bus-skip = Une occasion d’apprendre : des excuses tardives comptent quand même, et { $classmate } a peut-être besoin de savoir qui est de son côté. Il n’est jamais trop tard pour les faire.
conduct-the-exclusion-bus-sorry = Si la photo est encore dans ta story, tu la supprimes. Puis tu envoies tes excuses. Réponse de { $classmate } : « merci. je m’y attendais pas. »
conduct-the-exclusion-bus-silent = Tu ne dis rien. Pour { $classmate }, tu fais toujours partie de ceux qui ont partagé cette photo.
conduct-the-exclusion-choice-bus-public = Je m’excuse dans le groupe de la classe, devant tout le monde.
conduct-the-exclusion-feedback-bus-public = T’excuser, c’est bien. Mais des excuses publiques remettent la photo sous les yeux de tout le monde. Un message privé touche { $classmate } sans public.
conduct-the-exclusion-bus-public = Ton message reçoit quelques réponses : « attends, quelle photo ? » Et voilà que des gens la recherchent. { $classmate } ne dit plus rien.

conduct-the-exclusion-first-joke = Enfin une discussion sans { $classmate } mdr. Vous avez vu ses chaussures aujourd’hui ?? Que quelqu’un fasse une capture de son dernier selfie.
conduct-the-exclusion-choice-not-funny = Non. Laissez { $classmate } tranquille, c’est pas drôle.
conduct-the-exclusion-feedback-not-funny = Il fallait du cran. Un « pas drôle » court et calme montre que tout le monde n’est pas d’accord, et d’autres arrêtent souvent aussi. Les témoins ont plus de pouvoir qu’on le croit.
conduct-the-exclusion-choice-mute = Je mets ce chat en sourdine et je reste en dehors.
conduct-the-exclusion-feedback-mute = Tu n’as pas participé, et ça compte. Mais une fois le chat muet, plus personne là-dedans n’est du côté de { $classmate }, et le silence peut passer pour un accord.
conduct-the-exclusion-choice-private-group = Mdr ok. C’est un groupe privé, { $classmate } ne verra rien.
conduct-the-exclusion-feedback-private-group = Une occasion d’apprendre : un groupe privé n’est pas privé. N’importe qui peut faire une capture et la faire tourner, et pour { $classmate }, ta réponse, c’est une personne de plus contre lui ou elle.

conduct-the-exclusion-c-pushback = Détends-toi, c’est une blague. Sois pas relou, sinon tu peux aller rejoindre { $classmate } mdr.
conduct-the-exclusion-c-pushback-after = Mais deux camarades arrêtent de poster, et l’un d’eux t’écrit : « trop bien que quelqu’un l’ait dit. »
conduct-the-exclusion-c-muted = Tu mets le chat en sourdine. Quand tu jettes un œil une heure plus tard, quelqu’un a posté le selfie de { $classmate } avec une légende méchante. Il a 14 réactions qui rigolent.
conduct-the-exclusion-pic-caption = notez ces chaussures sur 10 mdr
conduct-the-exclusion-pic-reactions = 14
conduct-the-exclusion-c-laughs = Ta réponse récolte 9 rires. Puis quelqu’un envoie à { $classmate } une capture du chat, ta réponse comprise. { $classmate } quitte tous les groupes de la classe : « ok. personne ne veut de moi ici. »
conduct-the-exclusion-pic-class-chat = Groupe de la classe
conduct-the-exclusion-pic-nobody = ok. personne ne veut de moi ici.
conduct-the-exclusion-pic-left = { $classmate } a quitté le groupe

conduct-the-exclusion-quiet-chat = À midi, { $classmate } demande dans le chat de la classe : « pourquoi tout le monde est si silencieux avec moi aujourd’hui ? » Personne ne répond. Le nouveau groupe continue.
conduct-the-exclusion-choice-screenshot-dm = Je fais des captures, puis j’écris à { $classmate } : ça va ?
conduct-the-exclusion-feedback-screenshot-dm = Le bon ordre : les captures d’abord, pour avoir des preuves si un adulte doit agir, puis un message gentil pour que { $classmate } sache que quelqu’un est de son côté.
conduct-the-exclusion-choice-warn-report = J’écris dans le groupe : effacez tout, ou je vous signale.
conduct-the-exclusion-feedback-warn-report = Prendre position, c’est bien. Mais annoncer un signalement leur laisse le temps de tout effacer, et une dispute en public nourrit le public. Garde d’abord les preuves, discrètement.
conduct-the-exclusion-choice-forward-target = J’envoie le post du selfie à { $classmate }. C’est son droit de savoir.
conduct-the-exclusion-feedback-forward-target = Une occasion d’apprendre : envoyer à quelqu’un le post méchant sur lui, c’est le montrer à la personne qu’il blesse le plus. Garde-le comme preuve pour un adulte, et envoie plutôt de la gentillesse.

conduct-the-exclusion-c-warned = En une minute, tous les messages ont disparu : il ne reste rien à montrer. { $leader } crée un nouveau groupe, sans toi. Puis { $classmate } t’écrit.
conduct-the-exclusion-c-dm-sent = Tu enregistres quatre captures, puis tu envoies ton message. { $classmate } commence à écrire, s’arrête, puis recommence.
conduct-the-exclusion-pic-saved = 4 captures enregistrées
conduct-the-exclusion-pic-dm = ça va ?
conduct-the-exclusion-target-trusts = Depuis la photo du car, { $classmate } sait que tu es quelqu’un à qui on peut parler.
conduct-the-exclusion-c-forwarded = { $classmate } voit le post et toutes les réactions qui rigolent. Quelques minutes plus tard, { $classmate } quitte tous les groupes de la classe : « ok. personne ne veut de moi ici. »

conduct-the-exclusion-target-reply = salut. je suis au courant pour le groupe. j’ai l’impression que tout le monde me déteste. mais s’il te plaît, n’en fais pas toute une histoire
conduct-the-exclusion-choice-see-teacher = Je te lâche pas. Tu viens avec moi voir { $teacher } à la récré ?
conduct-the-exclusion-feedback-see-teacher = Ça, c’est prendre position. Tout le monde a le droit de se sentir en sécurité, à l’école comme en ligne. Aller voir un adulte ensemble, ce n’est pas en faire une histoire : c’est comme ça que ça s’arrête.
conduct-the-exclusion-choice-keep-secret = OK, je ne dirai rien. Je suis là pour toi, toujours.
conduct-the-exclusion-feedback-keep-secret = Être là pour { $classmate }, ça compte beaucoup. Mais promettre le secret, c’est vous laisser sans aide face à ça. Proposer d’aller voir un adulte ensemble, c’est la promesse la plus gentille.
conduct-the-exclusion-choice-change-shoes = Franchement ? Change de baskets et ça va les lasser.
conduct-the-exclusion-feedback-change-shoes = Une occasion d’apprendre : ce n’est pas { $classmate } qui a provoqué ça, et changer ne réglera rien. Personne ne mérite qu’on se moque de lui. Le problème, c’est le comportement du groupe.

conduct-the-exclusion-c-teacher = Merci à vous deux de m’en parler. { $classmate }, rien de tout ça n’est ta faute. Je m’occupe du groupe aujourd’hui, et on signalera à { $app } tout ce qui est encore en ligne.
conduct-the-exclusion-c-blame = donc c’est ma faute maintenant ? super. de toute façon personne ne veut de moi ici.
conduct-the-exclusion-c-secret = Tu tiens ta promesse. Mais le lendemain à midi, { $classmate } poste dans le chat de la classe et quitte tous les groupes : « ok. personne ne veut de moi ici. »

conduct-the-exclusion-warning-secret = Quand quelqu’un dit « personne ne veut de moi ici », c’est un signal d’alerte : cette personne va vraiment mal. C’est trop lourd pour une promesse, et trop gros pour le porter sans aide.
conduct-the-exclusion-worry-choice = Si c’est lourd pour toi aussi, mon bouton Demander de l’aide est toujours dans le coin. Que fais-tu ?
conduct-the-exclusion-choice-show-teacher = Je montre ce message à { $teacher }, là, à midi.
conduct-the-exclusion-feedback-show-teacher = Exactement. Certains secrets sont trop lourds à garder : quand quelqu’un dit que personne ne veut de lui, prévenir un adulte, c’est prendre soin, pas trahir.
conduct-the-exclusion-choice-keep-promise = J’ai promis à { $classmate }. Je continue juste à lui écrire, moi.
conduct-the-exclusion-feedback-keep-promise = Une occasion d’apprendre : ta gentillesse compte, mais tu ne peux pas être la seule aide de quelqu’un. Quand quelqu’un va aussi mal, un adulte de confiance ou le ou la psy doit le savoir.
conduct-the-exclusion-c-teacher-lunch = Tu as bien fait. Une promesse n’a jamais à cacher qu’une personne va aussi mal. Je vais trouver { $classmate } maintenant, et le psy scolaire lui parlera aujourd’hui.
conduct-the-exclusion-c-promise = Tu envoies des messages gentils à { $classmate } toute la soirée. Les réponses raccourcissent, puis s’arrêtent. Aucun adulte ne sait comment { $classmate } se sent.

conduct-the-exclusion-warning = « Personne ne veut de moi ici », c’est un signal d’alerte : quelqu’un va vraiment mal. Une partie de tout ça vient de toi, et tu peux encore aider. C’est trop gros pour gérer ça sans aide.
conduct-the-exclusion-fix-choice = Si c’est lourd pour toi aussi, mon bouton Demander de l’aide est toujours dans le coin. Que fais-tu ?
conduct-the-exclusion-choice-go-teacher = Je montre ce message à { $teacher } tout de suite.
conduct-the-exclusion-feedback-go-teacher = Ça, c’est du vrai courage. Reconnaître ta part et prévenir un adulte tout de suite, c’est ce qui compte. Tu n’es pas quelqu’un de mauvais : tu as fait un mauvais choix, et tu le répares.
conduct-the-exclusion-choice-sorry-space = J’écris pardon à { $classmate } et je lui laisse de l’espace.
conduct-the-exclusion-feedback-sorry-space = Dire pardon, ça compte. Mais après « personne ne veut de moi ici », un pardon seul ne suffit pas : un adulte doit être au courant, pour que { $classmate } ait du soutien dès aujourd’hui.
conduct-the-exclusion-choice-just-joke = C’était une blague. Lundi, tout sera rentré dans l’ordre.
conduct-the-exclusion-feedback-just-joke = Une occasion d’apprendre : quand quelqu’un quitte tous les chats en disant que personne ne veut de lui, ce n’est plus une blague. Attendre peut laisser cette personne seule au pire moment.
conduct-the-exclusion-c-teacher-late = Merci de m’en avoir parlé, et d’être honnête sur ta part. Je vais trouver { $classmate } maintenant, m’assurer qu’on l’aide, et m’occuper du groupe.
conduct-the-exclusion-c-joke = Tu laisses tomber. Le groupe continue de poster, { $classmate } reste hors de tous les chats, et personne ne prend de nouvelles.
conduct-the-exclusion-c-heart = { $classmate } lit ton message mais ne répond pas. Le lendemain matin, sa place en classe est vide.

conduct-the-exclusion-late-choice = Toujours pas de réponse de { $classmate }, et la place est vide. Que fais-tu ?
conduct-the-exclusion-choice-counsellor = Je passe voir le ou la psy scolaire avant le premier cours.
conduct-the-exclusion-feedback-counsellor = Bravo. Le ou la psy scolaire est là exactement pour ça, et y aller tôt veut dire que { $classmate } reçoit de l’aide aujourd’hui. Tu as transformé une erreur en vraie attention.
conduct-the-exclusion-choice-wait = J’attends. Si c’est pareil demain, j’en parlerai.
conduct-the-exclusion-feedback-wait = Une occasion d’apprendre : quand quelqu’un dit que personne ne veut de lui puis disparaît, c’est attendre qui est risqué. Les adultes préfèrent l’apprendre trop tôt que trop tard.
conduct-the-exclusion-c-counsellor = Le ou la psy t’écoute, te remercie et appelle tout de suite la famille de { $classmate }. Dans l’après-midi, { $classmate } a quelqu’un à qui parler.
conduct-the-exclusion-c-wait = Tu attends. Le lendemain, { $classmate } manque encore l’école, et toujours aucun adulte n’est au courant.

conduct-the-exclusion-end-safe = Tu n’as pas participé, et { $classmate } a eu du soutien face à ça : vous avez parlé à { $teacher } ensemble. On s’occupe du groupe, et { $classmate } sait qui est de son côté.
conduct-the-exclusion-end-told = Tu as d’abord gardé le secret de { $classmate }, mais quand { $classmate } a dit « personne ne veut de moi ici », tu as parlé à { $teacher } tout de suite. { $classmate } a du soutien, et on s’occupe du groupe.
conduct-the-exclusion-end-recovered = Une partie du mal venait de toi, et tu l’as réparé : quand { $classmate } a dit « personne ne veut de moi ici », tu as prévenu un adulte. { $classmate } a du soutien maintenant. Il fallait du courage.
conduct-the-exclusion-end-harmful = { $classmate } reste sans aide face à « personne ne veut de moi ici », et aucun adulte ne le sait. Ce n’est pas ta faute, et il n’est jamais trop tard : parles-en à un adulte de confiance ou touche Demander de l’aide.
