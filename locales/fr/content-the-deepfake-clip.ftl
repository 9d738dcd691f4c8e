# Contenus / valeurs : Le deepfake (16-18 ans)

content-the-deepfake-clip-title = Le deepfake
content-the-deepfake-clip-summary = Quelques jours avant une élection, une vidéo d’un réalisme choquant montrant l’un des candidats devient virale, et quelqu’un de ta bande veut la partager.
content-the-deepfake-clip-remember = Les émotions fortes sont l’arme préférée des faux : fais une pause, trouve l’original et croise les sources. Si c’est faux, signale-le et partage le fact-check, jamais la vidéo.

content-the-deepfake-clip-app = { $app }
content-the-deepfake-clip-app-loopsy = Loopsy
content-the-deepfake-clip-app-viddle = Viddle
content-the-deepfake-clip-app-scrollpop = Scrollpop
content-the-deepfake-clip-candidate-lindqvist = Mara Lindqvist
content-the-deepfake-clip-candidate-osei = Daniel Osei
content-the-deepfake-clip-candidate-ferreira = Ana Ferreira

content-the-deepfake-clip-npc-friend = { $friend }

content-the-deepfake-clip-intro = Plus que quatre jours avant l’élection, et la moitié de ta promo peut voter pour la première fois. Sur { $app }, une vidéo est partout : on y voit { $candidate }, en pleine campagne, tenir des propos choquants.
content-the-deepfake-clip-post = REGARDEZ avant que ce soit supprimé !! { $candidate } avoue que le vote est truqué et en rigole. Déjà 2 millions de vues. Je la poste dans le groupe de la promo MAINTENANT.

content-the-deepfake-clip-spot = Ça a l’air vrai, et ça sonne vrai. Avant que quelqu’un la partage, touche tout ce qui trahit cette vidéo.
content-the-deepfake-clip-card-title = @RealTruthDaily, republié par { $friend }
content-the-deepfake-clip-card-body = Une vidéo de 40 secondes : { $candidate } derrière un pupitre, le regard droit vers la caméra. « Le vote est déjà décidé. Vous autres n’y changerez rien. »
content-the-deepfake-clip-part-lips = Le visage : une bouche floue et doublée, et une couture tout autour
content-the-deepfake-clip-feedback-lips = Bien repéré. Une bouche floue et doublée, et une couture autour d’un visage collé, trahissent souvent une vidéo créée par IA. Mais les faux s’améliorent sans cesse, alors vérifier la source compte encore plus.
content-the-deepfake-clip-part-account = Publié par @RealTruthDaily, un compte créé il y a 3 jours
content-the-deepfake-clip-feedback-account = Oui. Un compte tout neuf, sans historique, qui publie une info politique explosive, c’est un gros signal d’alerte. Les vrais scoops viennent de médias ou de journalistes qui ont fait leurs preuves.
content-the-deepfake-clip-part-original = Aucun lien vers le discours complet, aucun lieu, aucun événement cité
content-the-deepfake-clip-feedback-original = Bien vu. Une vraie vidéo vient de quelque part : un discours, une interview, une date. Sans original, impossible de vérifier le contexte, et c’est souvent voulu.
content-the-deepfake-clip-part-caption = Légende : « PARTAGEZ avant qu’ils SUPPRIMENT ça !! »
content-the-deepfake-clip-feedback-caption = Exact. Les majuscules, la panique et le « avant qu’ils suppriment » visent tes émotions pour que tu partages avant de réfléchir. C’est justement quand les émotions sont fortes qu’il faut ralentir.
content-the-deepfake-clip-part-date = Publié aujourd’hui à 09:14
content-the-deepfake-clip-feedback-date = Pas un indice en soi : les nouveaux posts, c’est normal. Vérifie quand même les dates, car de vieilles vidéos ou des extraits sortis de leur contexte sont souvent republiés comme des « infos de dernière minute ».
content-the-deepfake-clip-part-views = Étiquette sur la vidéo : 2 millions de vues
content-the-deepfake-clip-feedback-views = Ni dans un sens ni dans l’autre. Les vraies vidéos comme les fausses peuvent faire des millions de vues. Les vues montrent jusqu’où ça s’est répandu, pas si c’est vrai.
content-the-deepfake-clip-part-buttons = Boutons j’aime, commenter et partager
content-the-deepfake-clip-feedback-buttons = Pas un indice : toutes les vidéos ont ces boutons, vraies ou fausses. Mais c’est par le bouton partager qu’un faux grandit, alors fais une pause avant de l’utiliser.
content-the-deepfake-clip-pic-reposted = { $friend } a republié
content-the-deepfake-clip-pic-account = @RealTruthDaily
content-the-deepfake-clip-pic-joined = A rejoint il y a 3 jours
content-the-deepfake-clip-pic-date = Aujourd’hui à 09:14
content-the-deepfake-clip-pic-caption = PARTAGEZ avant qu’ils SUPPRIMENT ça !!
content-the-deepfake-clip-pic-subtitle = Le vote est joué d’avance.
content-the-deepfake-clip-pic-views = 2 millions de vues

content-the-deepfake-clip-react = { $friend } est sur le point de la poster dans le groupe de la promo : 300 personnes, dont beaucoup votent pour la première fois. Que fais-tu ?
content-the-deepfake-clip-choice-share = Partage-la. Les gens doivent voir ça avant d’aller voter.
content-the-deepfake-clip-feedback-share = Une occasion d’apprendre : les émotions fortes sont l’arme préférée des faux. Cette vidéo est faite pour être partagée vite, avant que quelqu’un creuse. Pause, l’original, puis décide.
content-the-deepfake-clip-choice-scroll = Pas mon problème. Je vérifierai les infos plus tard.
content-the-deepfake-clip-feedback-scroll = Ne pas partager, c’était bien : les faux grossissent à chaque partage. Mais « plus tard », c’est après que 300 personnes l’ont vue. Demander deux minutes à { $friend } aurait pu l’arrêter avant.
content-the-deepfake-clip-choice-wait = Attends, ne poste rien. Donne-moi deux minutes.
content-the-deepfake-clip-feedback-wait = Bonne pause. Tu as d’abord arrêté le partage, puis regardé autour de la vidéo : nouveaux onglets, l’original, l’avis des fact-checkeurs. Deux minutes de recherche battent le meilleur des faux.
content-the-deepfake-clip-c-spreads = Ton post décolle : 400 partages en une heure. Les captures gardent la vidéo et oublient tout doute. Puis un fact-checkeur l’étiquette comme créée par IA, avec ton nom juste en dessous dans le fil.
content-the-deepfake-clip-c-scroll = Tu continues à faire défiler. Une heure plus tard, la vidéo est dans le groupe de la promo avec 80 réactions, et { $friend } a ajouté : « Je ne voterai pas pour cette personne qui ment. »
content-the-deepfake-clip-c-lateral = { $friend } attend. Tu passes une image de la vidéo dans une recherche d’image inversée et trouves l’original : un discours d’il y a deux ans où { $candidate } dit l’inverse. Deux fact-checkeurs la signalent déjà comme IA.
content-the-deepfake-clip-pic-search = Recherche d’image inversée
content-the-deepfake-clip-pic-original = Original : discours complet, il y a 2 ans
content-the-deepfake-clip-pic-check-one = Fact-check : vidéo générée par IA
content-the-deepfake-clip-pic-check-two = Fact-check : le vrai discours dit l’inverse

content-the-deepfake-clip-sort = Deux minutes bien utilisées. Pendant ce temps, d’autres publications de la semaine électorale arrivent dans ton fil. Où va chacune ?
content-the-deepfake-clip-post-office-from = Bureau électoral de la ville
content-the-deepfake-clip-post-office = Le vote a lieu dimanche, de 7 h à 22 h. Apportez une pièce d’identité avec photo et trouvez votre bureau de vote sur notre site. Partagez ce message avec ceux qui votent pour la première fois !
content-the-deepfake-clip-post-office-why = Partage-le : c’est le compte du bureau électoral lui-même, les infos correspondent à son site, et ça aide les primo-votants à aller vraiment voter.
content-the-deepfake-clip-post-kai-from = our.year.moments
content-the-deepfake-clip-post-kai = Quelqu’un a filmé Kai qui bloque pendant son discours au club de débat. Allez à 0:40, il oublie son propre nom, mdr. Envoyez-le au groupe !
content-the-deepfake-clip-post-kai-why = À ne pas faire circuler : c’est le pire moment de Kai, filmé sans lui demander, et chaque partage le grossit. Le signaler et prendre des nouvelles de Kai aide bien plus.
content-the-deepfake-clip-post-rumour-from = jules_on_the_17
content-the-deepfake-clip-post-rumour = Il paraît que le bureau de vote de notre lycée est fermé cette année, et qu’il faut aller voter à l’autre bout de la ville. Quelqu’un peut confirmer ? Dites-le à vos parents.
content-the-deepfake-clip-post-rumour-why = À vérifier d’abord : personne ne dit d’où ça vient. Le bureau électoral liste tous les bureaux de vote, et deux minutes sur son site suffisent.
content-the-deepfake-clip-post-debate-from = Le Quotidien du Port
content-the-deepfake-clip-post-debate = Le débat de ce soir en intégralité : les trois candidats répondent aux questions d’élèves sur les transports, le logement et l’emploi. Vidéo complète et transcription sur notre site. Partagez-le avec les indécis !
content-the-deepfake-clip-post-debate-why = Tu peux le partager : un journal identifié, avec la vidéo complète et la transcription, permet de juger dans le contexte, exactement ce que cachait la vidéo de @RealTruthDaily.
content-the-deepfake-clip-post-date-from = Le Quotidien du Port – Flash
content-the-deepfake-clip-post-date = Capture du Quotidien du Port : le vote est reporté à dimanche prochain à cause d’une erreur d’impression des bulletins. Les bureaux de vote restent fermés ce dimanche. Prévenez ceux qui n’ont pas encore voté !
content-the-deepfake-clip-post-date-why = Ne le partage pas : le bureau électoral dit toujours ce dimanche, et cette capture vient d’un compte imitateur au nom presque identique. Changer la date, c’est une vieille ruse pour empêcher de voter.
content-the-deepfake-clip-post-theo-from = noor.draws
content-the-deepfake-clip-post-theo = Théo vient d’annoncer sur son compte qu’il a décroché l’apprentissage qu’il voulait le plus ! Il a bossé tous les week-ends pour ça. Trop fiers de toi, Théo !
content-the-deepfake-clip-post-theo-why = Partage-le sans hésiter : c’est gentil, c’est une bonne nouvelle que Théo annonce lui-même, et la relayer l’encourage. Se méfier des faux, ce n’est pas douter de tout le monde.

content-the-deepfake-clip-friend-chat = OK, donc les gens disent que c’est un faux. Franchement ? Même si c’est le cas, { $candidate } pourrait tout à fait dire ce genre de truc. Est-ce que ça change quelque chose ?
content-the-deepfake-clip-choice-debunk = Je la repartage avec « FAUX ! Signalez-la, vérifiez tout ! »
content-the-deepfake-clip-feedback-debunk = Tu as repéré le faux, c’est top. Mais un repartage montre la vidéo à tous ceux qui te suivent, et les captures coupent ton « FAUX ». Partage le fact-check, pas la vidéo, et signale-la.
content-the-deepfake-clip-choice-correct = Oui, ça compte. Voilà le fact-check. Et j’ai signalé la vidéo.
content-the-deepfake-clip-feedback-correct = C’est comme ça qu’on arrête un faux sans le booster : le fact-check circule, pas la vidéo, et ton signalement la fait étiqueter. Et oui, ça compte : truquer les mots de quelqu’un est injuste, quoi qu’on pense de lui.
content-the-deepfake-clip-choice-meme = On s’en fiche. Je poste un mème sur { $candidate }. mdr
content-the-deepfake-clip-feedback-meme = Une occasion d’apprendre : un mème maintient le faux en vie, même pour rire. Une vidéo inventée peut influencer de vrais votes, et c’est injuste, quoi qu’on pense des idées politiques de quelqu’un.
content-the-deepfake-clip-c-reported = En quelques heures, la plateforme étiquette la vidéo « contenu manipulé » et arrête de la recommander. { $friend } lit le fact-check et laisse tomber la vidéo : « OK, c’est flippant. Ça avait l’air tellement vrai. »
content-the-deepfake-clip-pic-manipulated = Contenu manipulé
content-the-deepfake-clip-pic-see-check = Voir le fact-check
content-the-deepfake-clip-pic-not-recommended = Cette vidéo n’est plus recommandée
content-the-deepfake-clip-c-debunk = Ton post « FAUX ! » fait 300 partages, mais la plupart des gens le partagent pour la vidéo. L’appli la pousse vers des milliers de fils, et les captures coupent ton avertissement.
content-the-deepfake-clip-c-meme = Ton mème fait rire et récolte 200 partages, et chaque partage emporte l’affirmation du faux. Puis un fact-checkeur étiquette la vidéo comme créée par IA, avec ton mème juste en dessous.

content-the-deepfake-clip-boosted = Ton post « FAUX ! » est maintenant la copie de la vidéo la plus partagée de la promo. Ton avertissement est bien là, dans la légende. Et maintenant ?
content-the-deepfake-clip-choice-keep-caption = Je le laisse. La légende dit FAUX, ça aide à protéger les gens.
content-the-deepfake-clip-feedback-keep-caption = Une occasion d’apprendre : la plupart des gens regardent la vidéo, pas la légende. Chaque partage de ton post remontre le faux. Partage le lien du fact-check seul, et signale la vidéo.
content-the-deepfake-clip-choice-explain = J’ajoute un long fil dessous pour expliquer pourquoi c’est faux.
content-the-deepfake-clip-feedback-explain = Une occasion d’apprendre : un fil animé fait paraître ton post populaire, alors l’appli montre la vidéo à encore plus de monde. Le lien du fact-check le dit mieux, sans la vidéo.
content-the-deepfake-clip-choice-swap = Je le remplace par le lien du fact-check et signale la vidéo.
content-the-deepfake-clip-feedback-swap = Bonne correction. Ton avertissement était juste, mais c’est la vidéo qui voyageait. Maintenant seul le fact-check circule, et ton signalement permet à la plateforme d’étiqueter la vidéo pour tous.
content-the-deepfake-clip-c-swapped = Tu supprimes ton repartage et partages le lien du fact-check à la place. Tu signales la vidéo, et le soir elle est étiquetée « contenu manipulé » et n’est plus recommandée.
content-the-deepfake-clip-c-kept = Ton post continue de grimper. La plupart des gens qui le partagent ne lisent jamais ta légende, et les captures de la vidéo circulent sans elle.
content-the-deepfake-clip-c-explained = Ton fil récolte 90 réponses, dont la moitié se disputent, et chaque réponse pousse la vidéo dans plus de fils.

content-the-deepfake-clip-fix = Ça arrive aussi aux gens prudents : les faux sont conçus pour être partagés. Ton post est toujours en ligne, et il aide le faux à circuler. Et maintenant ?
content-the-deepfake-clip-choice-edit = Je change la légende : « peut-être faux, vérifiez ». Suffisant.
content-the-deepfake-clip-feedback-edit = Une occasion d’apprendre : les gens regardent la vidéo, pas la légende, et ta modif n’atteint pas ceux qui ont déjà partagé. Retire-la, partage le fact-check, et signale la vidéo.
content-the-deepfake-clip-choice-fix = Je supprime, je poste le fact-check, je signale la vidéo.
content-the-deepfake-clip-feedback-fix = Ça, c’est de l’intégrité. Assumer une erreur en public demande du cran, et la correction de quelqu’un qui a partagé le faux, c’est souvent celle que les gens croient.
content-the-deepfake-clip-choice-leave = Je le laisse en ligne. Chacun a droit à son opinion.
content-the-deepfake-clip-feedback-leave = Une occasion d’apprendre : tes opinions t’appartiennent, mais une vidéo truquée n’est pas une opinion, c’est une fausse preuve. Il n’est jamais trop tard pour corriger.
content-the-deepfake-clip-c-corrected = Ta correction récolte moins de likes que le faux, mais les gens la repartagent, et la vidéo est étiquetée « contenu manipulé ». Le lendemain, un prof montre ton post en cours : « Voilà comment on gère un faux. »
content-the-deepfake-clip-c-edited = Presque personne ne voit la nouvelle légende : la vidéo se lance d’abord, et les partages dépassent les 1 000.
content-the-deepfake-clip-c-left = Le fil sous ton post se remplit de disputes, et la vidéo continue de grimper, avec ton nom dessus.

content-the-deepfake-clip-end-safe = { $friend } a eu les faits, la vidéo a été signalée et étiquetée, et tu ne l’as jamais fait circuler. C’est ça, voter en connaissance de cause.
content-the-deepfake-clip-end-safe-late = Ton premier « FAUX ! » a boosté la vidéo, mais tu l’as remplacé par le fact-check et tu as signalé le faux. Maintenant, c’est la correction qui circule, pas la vidéo.
content-the-deepfake-clip-end-mixed = Tu as repéré le faux, mais ton post fait encore circuler la vidéo auprès de nouvelles personnes, et elle n’est pas étiquetée. La prochaine fois : partage le fact-check, pas la vidéo, et signale-la.
content-the-deepfake-clip-end-recovered = Ton post a aidé le faux à circuler, puis tu as réparé : tu l’as retiré, partagé le fact-check et signalé la vidéo. C’est plus dur que de ne jamais déraper, et ça aide plus de monde.
content-the-deepfake-clip-end-harmful = Ton post aide encore le faux à circuler, et des gens vont voter sur un mensonge. Te faire avoir n’est pas ta faute, et il n’est jamais trop tard : un adulte de confiance peut t’aider à le retirer et à corriger.

# Mon téléphone : la fausse vidéo partagée, ou signalée.
content-the-deepfake-clip-trace-fake = Une fausse vidéo électorale, toujours partagée depuis ton profil.
content-the-deepfake-clip-trace-fake-advice = Des gens voient encore le faux à travers toi. Supprime le post, partage plutôt le fact-check, et signale la vidéo.
content-the-deepfake-clip-trace-reported-fake = Une fausse vidéo électorale : signalée par toi, désormais étiquetée « contenu manipulé ».
content-the-deepfake-clip-trace-reported-fake-advice = Ton signalement l’a fait étiqueter pour tout le monde. Continue : partage le fact-check, jamais la vidéo.
