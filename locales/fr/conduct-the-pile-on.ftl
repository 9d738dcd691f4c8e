# Comportement / agressif : L'acharnement (16-18 ans)

conduct-the-pile-on-title = L’acharnement
conduct-the-pile-on-summary = Le post maladroit de quelqu’un de ton lycée vire à l’acharnement, entre mèmes et menaces, et tes amis veulent que tu t’y mettes aussi.
conduct-the-pile-on-remember = On peut être en désaccord sans s’acharner. Prends des nouvelles de la personne, fais des captures et signale les menaces, parles-en à un adulte de confiance, puis repose-toi.

conduct-the-pile-on-app = { $app }
conduct-the-pile-on-app-chirpa = Chirpa
conduct-the-pile-on-app-buzzline = Buzzline
conduct-the-pile-on-app-yammerly = Yammerly

conduct-the-pile-on-npc-classmate = { $classmate }
conduct-the-pile-on-npc-friend = { $friend }
conduct-the-pile-on-npc-teacher = Mme Novak, CPE

conduct-the-pile-on-intro = Samedi matin. Hier soir, { $classmate }, de ton niveau, a posté un avis maladroit et provocateur sur { $app }. Le post en est maintenant à 50 000 vues, et les réponses explosent.
conduct-the-pile-on-post = Avis impopulaire : si vous n’avez pas les moyens de payer le voyage scolaire, bossez le week-end comme moi. C’est pas si dur ??
conduct-the-pile-on-pic-views = 50 000 vues
conduct-the-pile-on-pic-reactions = 2 400 réactions

conduct-the-pile-on-spot = Être en désaccord avec un post, c’est OK. Certaines de ces réponses vont beaucoup plus loin. Touche celles qui dépassent les bornes.
conduct-the-pile-on-card-title = Réponses à { $classmate }
conduct-the-pile-on-card-body = Meilleures réponses, 2 400 réactions et ça continue.
conduct-the-pile-on-part-privileged = « Franchement, c’est un avis de privilégié. »
conduct-the-pile-on-feedback-privileged = Ça se défend. Ça critique l’opinion, pas la personne, et ça ne menace personne. On peut être en fort désaccord sans s’acharner.
conduct-the-pile-on-part-clown = Un mème : sa photo de classe collée sur un « trophée de participation »
conduct-the-pile-on-feedback-clown = Oui. Prendre la photo de quelqu’un pour s’en moquer, c’est viser la personne, pas l’idée. Ce genre de mème circule bien au-delà du post d’origine et c’est difficile à rattraper.
conduct-the-pile-on-part-threat = « On sait où tu habites. Fais gaffe à toi lundi. »
conduct-the-pile-on-feedback-threat = Clairement. C’est une menace. C’est contraire aux règles des plateformes, et dans les cas graves, l’établissement et la police s’en mêlent. Garde une trace et signale-la.
conduct-the-pile-on-part-carer = « On ne peut pas tous bosser le week-end. Certains parmi nous sont aidants. »
conduct-the-pile-on-feedback-carer = Ça ne dépasse pas les bornes. Ça explique calmement un autre point de vue, tiré d’une vraie expérience. Voilà à quoi ressemble un bon désaccord.
conduct-the-pile-on-part-number = « Que quelqu’un poste son numéro, qu’on puisse tous lui dire ce qu’on en pense »
conduct-the-pile-on-feedback-number = Oui. Diffuser le numéro ou l’adresse de quelqu’un pour en faire une cible, ça s’appelle du doxing, et ça transforme un acharnement en danger bien réel. Signale-le.
conduct-the-pile-on-pic-original = Pas les moyens pour le voyage scolaire ? Bossez le week-end comme moi.
conduct-the-pile-on-pic-privileged = Franchement, c’est un avis de privilégié.
conduct-the-pile-on-pic-threat = On sait où tu habites. Fais gaffe à toi lundi.
conduct-the-pile-on-pic-carer = On peut pas tous bosser le week-end. Certains aident leur famille.
conduct-the-pile-on-pic-number = Postez son numéro, qu’on puisse tous lui écrire

# Bien le dire : le signalement à { $app }
conduct-the-pile-on-compose = Le mème, la menace et l’appel à diffuser son numéro enfreignent les règles de { $app }. Signale-les : un modérateur lit des centaines de signalements par jour. Choisis ce qu’il lui faut, et ce qu’il vaut mieux taire.
conduct-the-pile-on-compose-to = Équipe sécurité de { $app }
conduct-the-pile-on-sent = Signalement envoyé. { $app } : « Merci. Notre équipe sécurité va l’examiner. »
# Le monde se souvient : les selfies glow-up tagués à la salle de sport.
conduct-the-pile-on-own-location = En un jour, quelqu’un a écrit à { $classmate } « on sait où tu habites ». Pense maintenant à tes selfies glow-up : publics, chacun tagué à ta salle de sport. Que fais-tu ?
conduct-the-pile-on-choice-go-private = Passer mon compte en privé, et laisser les tags comme ils sont.
conduct-the-pile-on-feedback-go-private = Passer en privé aide : les inconnus voient moins. Mais des abonnés que tu connais à peine voient encore chaque tag, et les captures circulent. Retire les tags et coupe la localisation.
conduct-the-pile-on-choice-tags-off = Retirer les tags de la salle et couper la localisation des posts.
conduct-the-pile-on-feedback-tags-off = Malin. Un acharnement peut viser n’importe qui, et une salle taguée dit à des inconnus où te trouver. Tes posts peuvent rester publics ; l’endroit où tu seras, non.
conduct-the-pile-on-choice-not-me = Personne ne s’acharne sur moi. C’est juste une salle de sport.
conduct-the-pile-on-feedback-not-me = Une occasion d’apprendre : personne ne s’attend à être le prochain, et une salle taguée montre à des inconnus où et quand tu seras. Tu peux encore retirer les tags et couper la localisation.
conduct-the-pile-on-tags-off = Deux minutes dans les réglages : localisation des posts coupée, tags de la salle retirés. Tes selfies sont toujours là ; l’endroit où tu t’entraînes, non. Puis ton téléphone vibre encore.
conduct-the-pile-on-gone-private = Ton compte est privé maintenant, mais chaque abonné voit encore les tags de la salle. Puis ton téléphone vibre encore.
conduct-the-pile-on-tags-stay = Tu laisses les selfies tels quels, chacun tagué à ta salle de sport. Puis ton téléphone vibre encore.
conduct-the-pile-on-ph-what = Des dizaines de comptes accablent quelqu’un de mèmes et de menaces.
conduct-the-pile-on-why-what = Commence par ce qui se passe, avec des mots simples. Le modérateur voit en quelques secondes quelles règles sont enfreintes.
conduct-the-pile-on-ph-address = Voici l’adresse de cette personne : vérifiez que la menace est réelle.
conduct-the-pile-on-why-address = Ça a l’air utile, mais ça fait circuler l’adresse une fois de plus, et un modérateur n’en a jamais besoin. Si la menace semble réelle, parles-en à un adulte de confiance : le lycée ou la police peuvent agir.
conduct-the-pile-on-ph-thanks = Merci de vous en occuper.
conduct-the-pile-on-why-thanks = Au choix. La politesse ne change pas le résultat, mais elle ne fait jamais de mal.
conduct-the-pile-on-ph-when = Ils ont commencé hier soir et ils continuent toujours.
conduct-the-pile-on-why-when = Dire quand ça a commencé montre que ça dure, que ce n’est pas une simple dispute, et aide les modérateurs à retrouver chaque réponse.
conduct-the-pile-on-ph-insult = Ces abrutis méritent d’être bannis à vie.
conduct-the-pile-on-why-insult = La colère se comprend. Mais des insultes font passer le signalement pour un morceau de la bagarre. Des faits, calmement, font agir plus vite.
conduct-the-pile-on-ph-accounts = Les comptes : @nightowl_88, @frostbyte_k, @trendwatch22
conduct-the-pile-on-why-accounts = Les pseudos exacts disent aux modérateurs qui regarder, sans fouiller tout le fil.
conduct-the-pile-on-ph-expose = Bannissez-les aujourd’hui, ou je révèle qui ils sont vraiment.
conduct-the-pile-on-why-expose = C’est une menace, et exposer des gens, c’est du doxing, qui qu’ils soient. Ton propre compte pourrait être suspendu. Laisse les sanctions aux modérateurs.
conduct-the-pile-on-ph-evidence = Captures d’écran et liens vers chaque réponse en pièce jointe.
conduct-the-pile-on-why-evidence = Les captures gardent la preuve même si les posts sont supprimés, et les liens mènent les modérateurs droit dessus.

conduct-the-pile-on-friend-tags = mdrrr t’as vu ça ? tout le monde fait des mèmes sur { $classmate }. fais le tien, c’est le truc le plus drôle de l’année
conduct-the-pile-on-choice-stay-out = Non, je reste en dehors. C’est pas mon histoire.
conduct-the-pile-on-feedback-stay-out = Ne pas t’y joindre garde ton nom hors de tout ça, c’est malin. Mais l’acharnement se nourrit du silence. Un message privé ou un signalement aiderait la personne visée.
conduct-the-pile-on-choice-make-meme = Allez, un mème. C’était quand même un post vraiment débile.
conduct-the-pile-on-feedback-make-meme = Une occasion d’apprendre : on peut contester un avis débile, mais un mème se moque de la personne. Pour toi c’est une blague, pour elle c’est la 500e, et les captures restent.
conduct-the-pile-on-choice-check-in = Non. Moi, j’écris à { $classmate } pour voir comment ça va.
conduct-the-pile-on-feedback-check-in = Ça, c’est agir en témoin actif. Un message privé et bienveillant compte énormément face à des milliers d’inconnus, et ça ne laisse rien dans le fil pour nourrir la foule.
# Le monde se souvient : l’ami qui a reçu de l’aide face au fil glow-up.
conduct-the-pile-on-choice-remember-feed = Tu te souviens du fil glow-up ? Ne fais pas ça à { $classmate }.
conduct-the-pile-on-feedback-remember-feed = Ça, c’est une vraie amitié. Tu as rappelé à { $friend } à quel point un fil peut faire mal, et tu l’as dit en privé, là où personne n’avait de public.
conduct-the-pile-on-friend-remembers = …ouais. ok, t’as raison. je poste rien. tu peux écrire à { $classmate } ? dis que je m’excuse d’avoir ri

conduct-the-pile-on-classmate-replies = merci. je sais que c’était un avis débile, j’ai présenté mes excuses deux fois. mais quelqu’un a posté mon adresse et je n’arrive plus à dormir. mes parents ne sont pas encore au courant.
conduct-the-pile-on-pile-grows = Tu continues à faire défiler. Le soir, { $classmate } poste : « j’arrive pas à dormir. quelqu’un a mis mon adresse. arrêtez, svp. » Les réponses continuent.
conduct-the-pile-on-pic-night-post = j’arrive pas à dormir. quelqu’un a mis mon adresse. arrêtez, svp.
conduct-the-pile-on-pic-new-replies = 38 nouvelles réponses
conduct-the-pile-on-sleep-sign = « Je n’arrive pas à dormir » est un signal d’alerte : { $classmate } a besoin de soutien. Un adulte de confiance, un psy ou une ligne d’écoute peuvent aider. Le bouton « Demander de l’aide » est là pour toi aussi.
conduct-the-pile-on-meme-viral = Ton mème récolte le plus de likes de la journée. Le soir, quelqu’un a posté l’adresse de { $classmate } dans les réponses, juste sous ton mème.
conduct-the-pile-on-pic-top = Le plus liké du jour
conduct-the-pile-on-pic-likes = 6 200

conduct-the-pile-on-what-now = Tu as sa confiance. Une adresse publiée, c’est un vrai danger, pas juste des méchancetés. Tu réponds quoi ?
conduct-the-pile-on-choice-tell-home = Fais des captures, réveille tes parents. J’écris à Mme Novak.
conduct-the-pile-on-feedback-tell-home = C’est ça. Les captures gardent les preuves, et les adultes peuvent signaler les menaces, prévenir le lycée, ou la police si besoin. Ensuite, vous pourrez enfin vous reposer.
conduct-the-pile-on-choice-stay-up = Je vais t’aider à passer la nuit. Je reste éveillé avec toi, OK ?
conduct-the-pile-on-feedback-stay-up = Être là, c’est gentil, et ça compte. Mais veiller n’arrête pas les menaces, et une adresse publiée demande des adultes qui peuvent agir. D’abord eux, ensuite dormir.
conduct-the-pile-on-choice-hit-back = On trouve qui l’a postée et on publie son adresse aussi.
conduct-the-pile-on-feedback-hit-back = Une occasion d’apprendre : publier son adresse, c’est aussi du doxing. Ça fait de toi une cible, donne plus à partager à la foule et remet { $classmate } au centre.
conduct-the-pile-on-parents-step-in = ok. j’ai réveillé ma mère. elle a tout signalé et écrit au lycée, et Mme Novak t’a déjà répondu. je crois que je vais enfin pouvoir dormir.
conduct-the-pile-on-up-all-night = Vous parlez jusqu’à 4 h du matin. Lundi, la fatigue vous écrase, { $classmate } reste à la maison, et l’adresse et les menaces sont toujours en ligne.
conduct-the-pile-on-hit-back-result = Ton post est partagé 3 000 fois en une heure. Maintenant, le fil dit que les amis de { $classmate } font du doxing eux aussi, et les menaces redoublent.

conduct-the-pile-on-what-public = Tout le monde peut voir le post de { $classmate }, et l’adresse est toujours en ligne. Que fais-tu ?
conduct-the-pile-on-choice-callout = Je réponds : « Lâchez-lui la grappe. Je vous signale tous. »
conduct-the-pile-on-feedback-callout = Prendre position en public, c’est courageux. Mais une réponse publique attire encore plus de monde, et les prévenir lance juste une bagarre. Un signalement discret et un adulte aident à faire retirer le post.
conduct-the-pile-on-choice-flag-it = Capture, signalement, puis je montre tout à Mme Novak.
conduct-the-pile-on-feedback-flag-it = Le bon ordre : les preuves d’abord, puis le signalement à la plateforme, puis un adulte qui peut contacter la famille de { $classmate }, ou la police si besoin. Discret et efficace.
conduct-the-pile-on-choice-fair-jab = Je réponds « réfléchis avant de poster » et je passe à autre chose.
conduct-the-pile-on-feedback-fair-jab = Une occasion d’apprendre : ça semble juste, mais sous un post qui supplie d’arrêter, c’est une réponse de plus dans l’acharnement. Un avis maladroit ne mérite jamais des menaces.
conduct-the-pile-on-callout-result = Ta réponse reçoit 300 réponses en une heure, certaines contre toi maintenant. Dans tout ce bruit, personne ne signale rien, et l’adresse est toujours en ligne lundi.
conduct-the-pile-on-jab-result = Ta réponse récolte 800 likes. Une heure plus tard, le compte de { $classmate } a disparu, et des gens partagent des captures de ta réponse à côté des menaces.
conduct-the-pile-on-teacher = Merci de m’avoir montré ça. Nous avons contacté la famille de { $classmate } et la plateforme, et les menaces sont examinées. Tu as bien fait, et maintenant tu peux décrocher et te reposer.

conduct-the-pile-on-monday = Lundi. { $classmate } n’est pas au lycée, et l’adresse et les menaces sont toujours en ligne. Ce n’est pas fini. Et maintenant ?
conduct-the-pile-on-choice-blow-over = Je laisse couler. Ça passera d’ici vendredi, signaler ne change rien.
conduct-the-pile-on-feedback-blow-over = Une occasion d’apprendre : des menaces et une adresse publiée ne disparaissent pas toutes seules. Il n’est pas trop tard : des captures et un adulte de confiance peuvent aider à les faire retirer.
conduct-the-pile-on-choice-show-novak = Je vais parler à Mme Novak, captures en main, avant les cours.
conduct-the-pile-on-feedback-show-novak = Bonne décision. Mme Novak peut contacter la famille de { $classmate } et la plateforme, et la police si besoin. En parler, ce n’est jamais balancer : c’est comme ça qu’on arrête les menaces.
conduct-the-pile-on-quiet-friday = Le fil se calme d’ici vendredi. { $classmate } revient au lycée mais reste à l’écart, sur le qui-vive, et le post avec l’adresse est toujours en ligne.

conduct-the-pile-on-sango-fix = Ton post fait maintenant partie de l’acharnement, et les captures restent. { $classmate } reçoit toujours des menaces. Il n’est pas trop tard pour réparer. Et maintenant ?
conduct-the-pile-on-choice-public-sorry = Je poste de grandes excuses dans le fil, pour aider à calmer le jeu.
conduct-the-pile-on-feedback-public-sorry = Vouloir t’excuser, c’est bien. Mais un post public fait remonter le fil, et { $classmate } avec. Supprime discrètement, excuse-toi en privé, montre les menaces à un adulte.
conduct-the-pile-on-choice-leave-up = Je le laisse. C’est pas moi qui menace les gens, que je sache.
conduct-the-pile-on-feedback-leave-up = Une occasion d’apprendre : tu n’as menacé personne, mais ton post donne à la foule un point de ralliement. Un avis maladroit ne mérite jamais un acharnement.
conduct-the-pile-on-choice-own-it = Je supprime le mien, je m’excuse et je montre les menaces à Mme Novak.
conduct-the-pile-on-feedback-own-it = Ça demande du courage. Supprimer ton post coupe le carburant, des excuses en privé aident, et des captures des menaces permettent à Mme Novak d’agir. Assumer une erreur, c’est ce dont on se souvient.
conduct-the-pile-on-fixed = merci. ça compte vraiment. Mme Novak a appelé ma mère, et elles ont signalé les menaces. ça se calme enfin.
conduct-the-pile-on-apology-trends = Tes excuses reçoivent 2 000 réponses, dont la moitié sont de nouveaux mèmes. Le fil est de nouveau en tendance, et ton premier post est toujours en ligne.
conduct-the-pile-on-left-up = Ton post reste en ligne. Lundi, il a été partagé dans trois groupes du lycée, et { $classmate } ne vient plus en cours.

conduct-the-pile-on-still-up = L’acharnement est de nouveau en tête, avec ton premier post dedans. Tu peux encore changer la suite.
conduct-the-pile-on-choice-take-to-novak = Je supprime mon post et je montre toutes les menaces à Mme Novak.
conduct-the-pile-on-feedback-take-to-novak = Bravo. Retirer ton post coupe le carburant, et Mme Novak peut faire traiter les menaces avec la plateforme et la famille de { $classmate }.
conduct-the-pile-on-choice-done-sorry = J’ai dit pardon, je ne peux pas aider plus. Je me déconnecte.
conduct-the-pile-on-feedback-done-sorry = Une occasion d’apprendre : des excuses comptent, mais ton post nourrit encore le fil. Il n’est jamais trop tard pour le supprimer et parler des menaces à un adulte de confiance.
conduct-the-pile-on-teacher-late = Merci de m’en parler. Retirer ton post, c’était la bonne chose à faire. Nous allons contacter la famille de { $classmate } et la plateforme. Maintenant, décroche et repose-toi.

conduct-the-pile-on-end-safe = Tu as vu où la critique virait à la cruauté. Aucune participation de ta part, des preuves gardées, des adultes prévenus : { $classmate } a une vraie aide, et tu peux te reposer.
conduct-the-pile-on-end-mixed = C’est calme pour l’instant, mais personne n’a signalé l’adresse ni prévenu un adulte, et { $classmate } a toujours peur. Ça peut repartir. Des captures et un adulte de confiance peuvent encore y mettre fin.
conduct-the-pile-on-end-recovered = Tu as participé à l’acharnement, puis tu as réparé : ton post a disparu, et les menaces sont allées à quelqu’un qui pouvait agir. C’est plus dur que de ne jamais déraper.
conduct-the-pile-on-end-harmful = L’acharnement continue avec ton post dedans. Un faux pas ne fait pas de toi quelqu’un de mauvais, et les menaces ne sont pas ta faute. Jamais trop tard : supprime-le et parles-en à un adulte de confiance, qui t’aidera.

# Mon téléphone : la localisation coupée pour les posts.
conduct-the-pile-on-trace-location-off = Localisation des posts : coupée. Les tags de la salle ont disparu de tes selfies.
conduct-the-pile-on-trace-location-off-advice = Bien joué : tes posts ne montrent plus où tu seras. Revérifie à chaque nouvelle appli ou nouveau téléphone.
