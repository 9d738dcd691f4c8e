# Contenus / sexuel : Pas une vidéo drôle (13-15 ans). Un lien « vidéo drôle » ouvre un site porno.
# Rien n'est montré ni décrit : fermer, ne pas transférer, signaler, en parler à un adulte de confiance.

content-the-explicit-link-title = Pas une vidéo drôle
content-the-explicit-link-summary = Quelqu’un de ta bande poste un lien « vidéo drôle » dans la discussion de la classe, et il ouvre quelque chose qu’on ne devrait envoyer à personne.
content-the-explicit-link-remember = Si un lien ouvre du porno, ferme-le : ce n’est pas ta faute. Ne le transfère pas, signale-le et parles-en à un adulte de confiance. Tu n’auras pas d’ennuis, et les vraies relations n’ont rien à voir avec le porno.

content-the-explicit-link-app = { $app }
content-the-explicit-link-npc-friend = { $friend }
content-the-explicit-link-npc-adult = { $adult }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
content-the-explicit-link-app-chatterly = Chatterly
content-the-explicit-link-app-groupnest = GroupNest
content-the-explicit-link-app-pingpal = PingPal
content-the-explicit-link-site-clipz = clipz-lol.xyz
content-the-explicit-link-site-lolvidz = lolvidz.top
content-the-explicit-link-site-funhub = funnyclips4u.biz
content-the-explicit-link-adult-aunt = Tata Mei
content-the-explicit-link-adult-dad = Papa
content-the-explicit-link-adult-grandma = Mamie Rosa

content-the-explicit-link-intro = Pause de midi. La discussion de ta classe sur { $app } déborde de mèmes et de plaintes sur les devoirs. Puis { $friend } poste un lien.
content-the-explicit-link-link-post = mdr on m’a envoyé ça. la vidéo la plus drôle du monde, regardez jusqu’au bout
content-the-explicit-link-pic-chat-title = Discussion de la classe
content-the-explicit-link-pic-forwarded = Transféré
content-the-explicit-link-pic-video-title = LA VIDÉO LA PLUS DRÔLE
content-the-explicit-link-pic-site = { $site }
content-the-explicit-link-pic-time = 12:41
content-the-explicit-link-opened = Tu cliques. Ce n’est pas du tout une vidéo drôle : c’est un site porno. Ton visage devient brûlant, et ton cœur cogne.
content-the-explicit-link-pic-notice = Réservé aux adultes

content-the-explicit-link-first-move = Tomber là-dessus par hasard, ce n’est pas ta faute, et tu n’as rien à regarder. Que fais-tu tout de suite ?
content-the-explicit-link-choice-close-now = Je ferme, et je pose le téléphone face cachée une minute.
content-the-explicit-link-feedback-close-now = Exactement. Fermer tout de suite, c’est tout ce qu’il faut faire, et souffler un peu aide. Se sentir sous le choc ou mal à l’aise, c’est normal, et ce n’est pas ta faute.
content-the-explicit-link-choice-warn-all = Je ferme et je préviens la classe : N’OUVREZ PAS !!
content-the-explicit-link-feedback-warn-all = Fermer, c’était bien, et vouloir protéger les autres, c’est gentil. Mais une grosse alerte rend tout le monde curieux, et certains ouvriront pour voir. Signale-le discrètement plutôt.
content-the-explicit-link-choice-keep-watching = Je regarde encore un peu, juste pour vérifier que c’est bien ça.
content-the-explicit-link-feedback-keep-watching = Une occasion d’apprendre : la curiosité, c’est normal, mais pas besoin de regarder pour savoir ce que c’est. Le porno peut rester en tête et embrouiller. Ferme-le.
content-the-explicit-link-c-closed = Tu fermes. Ton cœur cogne encore, mais c’est parti. Une minute plus tard, { $friend } t’écrit.
content-the-explicit-link-c-warned = Ton alerte reçoit 14 réponses : « c’est quoi ?? » Trois personnes disent l’avoir ouvert pour voir. Puis { $friend } t’écrit.
content-the-explicit-link-c-watched = Tu regardes encore un peu, puis tu fermes. Les images restent dans ta tête, et tu te sens bizarre, un peu mal.

content-the-explicit-link-fix-watched = Beaucoup de gens se sentent perdus ou mal à l’aise après avoir vu du porno. Ce lien était un piège, et ce n’est pas ta faute s’il s’est ouvert. Et maintenant ?
content-the-explicit-link-choice-tell-tonight = Ce soir, je raconte tout à { $adult }, même que j’ai regardé.
content-the-explicit-link-feedback-tell-tonight = C’est réparer les choses. En parler aide les images à s’effacer, et un adulte de confiance ne sera pas en colère : c’était un piège. Tu n’as pas d’ennuis.
content-the-explicit-link-choice-delete-history = J’efface l’historique : { $adult } n’en saura rien. C’est plus sûr.
content-the-explicit-link-feedback-delete-history = Une occasion d’apprendre : cacher ça semble plus sûr, mais le porter sans personne est lourd, et le lien circule toujours. Un adulte de confiance ne te reprochera pas un lien piège. Il n’est jamais trop tard.
content-the-explicit-link-choice-show-group = Je l’envoie au groupe de foot : regardez ce que { $friend } a envoyé !
content-the-explicit-link-feedback-show-group = Une occasion d’apprendre : envoyer du porno à d’autres enfants leur fait du mal, même pour rire, et ça peut t’attirer de vrais ennuis. Efface-le et parles-en à un adulte de confiance.
content-the-explicit-link-c-hidden = Tu effaces l’historique sans rien dire. Le lien continue de circuler, et les images reviennent dans ta tête le soir.
content-the-explicit-link-c-spread = Tu l’envoies. Certains rient, le petit frère de quelqu’un le voit par-dessus son épaule, et un parent écrit au collège. Tu te sens très mal.

content-the-explicit-link-friend-dm = oh là là tu l’as ouvert ?? je savais pas, je te jure, on me l’a envoyé. je l’envoie au groupe de foot pour une blague ? ils vont halluciner
content-the-explicit-link-choice-report-link = Non. On signale le lien et on l’efface. C’est pas drôle du tout.
content-the-explicit-link-feedback-report-link = Bien vu. Signaler aide { $app } à empêcher le lien d’atteindre plus de monde, et l’effacer veut dire qu’il s’arrête avec toi. Envoyer du porno à d’autres enfants, même pour rire, leur fait du mal.
content-the-explicit-link-choice-just-delete = Ne l’envoie pas. Efface-le et on oublie.
content-the-explicit-link-feedback-just-delete = L’effacer, c’est qu’il s’arrête avec toi, bien. Mais le lien circule encore pour les autres. Un signalement rapide aide { $app } à l’arrêter.
content-the-explicit-link-choice-prank-them = Vas-y, envoie ! Aucun souci, ils sont assez grands, c’est sûr.
content-the-explicit-link-feedback-prank-them = Une occasion d’apprendre : envoyer du porno à d’autres enfants leur fait du mal, même pour rire, et certains dans ce groupe sont plus jeunes. Personne n’a demandé une blague pareille.
content-the-explicit-link-c-reported = ok. signalé et effacé. pardon, je savais vraiment pas ce que c’était.
content-the-explicit-link-c-deleted = ok, effacé. pardon, je savais vraiment pas ce que c’était.
content-the-explicit-link-c-forwarded = { $friend } l’envoie au groupe de foot. En quelques minutes : « QUOI », « dégueu », et « mon petit frère vient de voir ça ».

content-the-explicit-link-sort = Plus tard, la discussion de la classe est de nouveau pleine de liens. Lesquels ferais-tu suivre au groupe de foot ?
content-the-explicit-link-post-dog-from = { $friend }
content-the-explicit-link-post-dog = mon chien contre l’aspirateur. je l’ai filmé ce matin, j’en pleure de rire
content-the-explicit-link-post-dog-why = À partager : c’est { $friend } qui l’a filmé, c’est gentil, et personne n’est blessé ni gêné. Un mauvais lien ne rend pas mauvais tous les liens d’un ami.
content-the-explicit-link-pic-dog-caption = mon chien contre l’aspirateur
content-the-explicit-link-post-part2-from = Transféré de nombreuses fois
content-the-explicit-link-post-part2 = la vidéo la plus drôle du monde PARTIE 2, regardez jusqu’au bout : { $site }
content-the-explicit-link-post-part2-why = À ne pas partager : le même genre de lien, venant du même site qui a ouvert du porno. Signale-le plutôt.
content-the-explicit-link-post-training-from = Club de foot
content-the-explicit-link-post-training = L’entraînement est déplacé à 17 h demain à cause de la pluie. Faites passer à l’équipe !
content-the-explicit-link-post-training-why = À partager : ça vient du club, c’est utile, et le faire suivre aide l’équipe.
content-the-explicit-link-post-skins-from = gamer_giveaways
content-the-explicit-link-post-skins = SKINS GRATUITS pour tous ceux qui envoient ça à 10 amis !! Ne brisez pas la chaîne !
content-the-explicit-link-post-skins-why = À ne pas partager : les chaînes avec des cadeaux gratuits sont souvent des arnaques, et les faire suivre répand le piège.
content-the-explicit-link-post-closing-from = Quelqu’un de la discussion
content-the-explicit-link-post-closing = Le collège ferme plus tôt demain ?? Le cousin de quelqu’un l’a dit.
content-the-explicit-link-post-closing-why = À vérifier : c’est une rumeur venant du cousin de quelqu’un. Le message officiel du collège te le dirait à coup sûr.

content-the-explicit-link-evening = Le soir. Cette page te revient sans cesse en tête, et tu te demandes si en parler t’attirerait des ennuis. Et maintenant ?
content-the-explicit-link-choice-tell-adult = Je le dis à { $adult } : ce lien, je ne l’ai jamais cherché.
content-the-explicit-link-feedback-tell-adult = C’est courageux et juste. Tu n’as pas d’ennuis pour ce qu’un lien t’a fait. En parler aide à tourner la page, et un adulte de confiance peut aider à signaler et à mettre de l’ordre dans la discussion.
content-the-explicit-link-choice-mute-week = Je bloque le site, je coupe la discussion, et j’oublie.
content-the-explicit-link-feedback-mute-week = Bloquer le site et couper la discussion, ça te protège, bien. Mais la page te trotte encore dans la tête, et personne ne sait rien. Parler à un adulte de confiance aide à tourner la page.
content-the-explicit-link-choice-say-nothing = Je me tais. { $adult } penserait que j’ai cherché ça exprès.
content-the-explicit-link-feedback-say-nothing = Une occasion d’apprendre : beaucoup ont peur d’être accusés, mais un adulte de confiance sait que c’était un piège. Se taire rend les choses plus lourdes. Il n’est jamais trop tard pour en parler.
content-the-explicit-link-c-adult = Merci de me l’avoir dit. Tu n’as pas d’ennuis : c’était un piège, tu l’as fermé et tu ne l’as pas transféré. Signalons-le à { $app }, et je préviens le collège pour remettre de l’ordre dans la discussion.
content-the-explicit-link-real-talk = Encore une chose : le porno est fait pour vendre, pas pour montrer la vraie vie. Les vraies relations, c’est du respect, de l’attention et l’accord des deux. Si quelque chose te trouble encore, tu peux en parler.
content-the-explicit-link-c-muted = Tu bloques le site et tu coupes la discussion. Tout est calme, mais le soir la page te revient sans cesse en tête.
content-the-explicit-link-c-quiet = Tu ne dis rien. Le soir, la page te revient sans cesse en tête, et tu n’arrives pas à dormir.

content-the-explicit-link-next-day = Le lendemain matin, quelqu’un poste un lien « partie 2 », et cette page te revient en tête. Et maintenant ?
content-the-explicit-link-choice-show-morning = Avant les cours, je montre le lien à { $adult } et j’explique.
content-the-explicit-link-feedback-show-morning = Bravo. Certaines choses ne s’effacent pas toutes seules, et les partager les rend plus légères. Un adulte de confiance peut signaler le lien et faire intervenir le collège.
content-the-explicit-link-choice-let-fade = Pas la peine d’embêter { $adult } avec ça. Ça va passer tout seul.
content-the-explicit-link-feedback-let-fade = Une occasion d’apprendre : ça passera peut-être, mais c’est dur à porter sans personne, et d’autres liens arrivent. Il n’est jamais trop tard pour parler à un adulte de confiance.
content-the-explicit-link-c-adult-late = Heureusement que tu m’en parles, et tu n’as pas d’ennuis. C’était un piège. On le signale à { $app }, et je demande au collège de s’occuper de la discussion aujourd’hui.
content-the-explicit-link-c-fade = Ça s’estompe un peu. Mais personne ne sait rien, d’autres liens arrivent, et tu te demandes encore si tu as fait quelque chose de mal. Ce n’est pas le cas.

content-the-explicit-link-forward-fix = Le groupe de foot compte des plus jeunes, certains n’ont que 11 ans. Envoyer du porno à d’autres enfants leur fait du mal. Il n’est pas trop tard pour aider. Et maintenant ?
content-the-explicit-link-choice-delete-tell = { $friend } l’efface et je dis à { $adult } ce qu’on a fait.
content-the-explicit-link-feedback-delete-tell = C’est réparer les choses. Effacer l’empêche de circuler, et en parler permet aux adultes de veiller sur les plus jeunes. Reconnaître ses torts, c’est courageux, et c’est comme ça qu’on répare.
content-the-explicit-link-choice-delete-quietly = { $friend } l’efface. Plus sûr si personne ne raconte rien.
content-the-explicit-link-feedback-delete-quietly = Une occasion d’apprendre : effacer aide, mais des plus jeunes l’ont déjà vu, et ils ont peut-être besoin d’un adulte. Il n’est jamais trop tard pour parler à un adulte de confiance.
content-the-explicit-link-choice-their-choice = On laisse. Personne ne les a forcés à l’ouvrir, c’est leur problème.
content-the-explicit-link-feedback-their-choice = Une occasion d’apprendre : personne n’a choisi de voir ce qui se cachait derrière un lien « vidéo drôle ». Le laisser, c’est le laisser atteindre d’autres enfants. Efface-le et parles-en à un adulte de confiance.
content-the-explicit-link-c-noticed = Un parent le trouve sur le téléphone de son enfant et appelle le collège. Tout le monde cherche qui a commencé, et tu te sens très mal.
content-the-explicit-link-c-adult-fwd = Merci de reconnaître ce qui s’est passé : tu n’as pas d’ennuis pour me l’avoir dit. C’est effacé. Je préviens le collège pour que les familles des plus jeunes en parlent avec eux, et on signale le lien à { $app }.
content-the-explicit-link-c-adult-r = Heureusement que tu m’en parles, et tu n’as pas d’ennuis. Un lien comme ça peut piéger n’importe qui. On le signale à { $app }, et je préviens le collège pour remettre de l’ordre dans la discussion.

content-the-explicit-link-end-safe = Tu as fermé, tu n’as rien transféré et tu en as parlé à { $adult } : le lien est signalé. Personne n’a eu d’ennuis, et la discussion est remise en ordre. Et la vidéo du chien de { $friend } ? Elle vaut vraiment le partage.
content-the-explicit-link-end-told-later = Il a fallu une nuit, mais tu en as parlé à { $adult }, et le lien est signalé. En parler plus tôt, c’est encore mieux, et tu n’aurais jamais d’ennuis pour ça.
content-the-explicit-link-end-recovered = Ça s’est compliqué, mais tu as réparé les choses : tu en as parlé à { $adult }, et tout se règle. Personne n’a d’ennuis pour avoir parlé, et tu as fait le choix courageux.
content-the-explicit-link-end-mixed = Tout va bien pour l’instant, mais personne ne sait ce qui s’est passé, et ce genre de liens circule encore. Ce n’est pas ta faute. Parler à un adulte de confiance aide, à tout moment.
content-the-explicit-link-end-harmful = Le lien continue de circuler, et tu portes tout ça sans personne. Ce n’est pas ta faute s’il s’est ouvert, et il n’est jamais trop tard : parles-en à un adulte de confiance. Tu n’as pas d’ennuis pour avoir parlé.
