# Contenus / valeurs : Le deepfake (16-18 ans)

content-the-deepfake-clip-title = Le deepfake
content-the-deepfake-clip-summary = Quelques jours avant une élection, une vidéo d’un réalisme choquant montrant l’un des candidats devient virale, et quelqu’un de ta bande veut la partager.
content-the-deepfake-clip-remember = Les émotions fortes sont l’arme préférée des faux : fais une pause, trouve l’original et croise les sources. Si c’est faux, signale-le et partage la correction, pas la vidéo.

content-the-deepfake-clip-app = { $app }
content-the-deepfake-clip-app-loopsy = Loopsy
content-the-deepfake-clip-app-viddle = Viddle
content-the-deepfake-clip-app-scrollpop = Scrollpop
content-the-deepfake-clip-candidate-lindqvist = Mara Lindqvist
content-the-deepfake-clip-candidate-osei = Daniel Osei
content-the-deepfake-clip-candidate-ferreira = Ana Ferreira
content-the-deepfake-clip-friend-amara = Amara
content-the-deepfake-clip-friend-jonah = Jonas
content-the-deepfake-clip-friend-yuki = Yuki

content-the-deepfake-clip-npc-friend = { $friend }

content-the-deepfake-clip-intro = Plus que quatre jours avant l’élection, et la moitié de ta promo peut voter pour la première fois. Sur { $app }, une vidéo est partout : on y voit { $candidate }, en pleine campagne, tenir des propos choquants.
content-the-deepfake-clip-post = REGARDEZ avant que ce soit supprimé !! { $candidate } avoue que le vote est truqué et en rigole. Déjà 2 millions de vues. Je la poste dans le groupe de la promo MAINTENANT.

content-the-deepfake-clip-spot = Ça a l’air vrai, et ça sonne vrai. Avant que quelqu’un la partage, touche tout ce qui trahit cette vidéo.
content-the-deepfake-clip-card-title = @RealTruthDaily, republié par { $friend }
content-the-deepfake-clip-card-body = Une vidéo de 40 secondes : { $candidate } derrière un pupitre, le regard droit vers la caméra. « Le vote est déjà décidé. Vous autres n’y changerez rien. »
content-the-deepfake-clip-part-lips = La bouche se décale du son sur le mot « décidé »
content-the-deepfake-clip-feedback-lips = Bien repéré. Un décalage lèvres-son, des dents floues ou des clignements bizarres trahissent souvent une vidéo créée par IA. Mais les faux s’améliorent sans cesse, alors vérifier la source compte encore plus.
content-the-deepfake-clip-part-account = Publié par @RealTruthDaily, un compte créé il y a 3 jours
content-the-deepfake-clip-feedback-account = Oui. Un compte tout neuf, sans historique, qui publie une info politique explosive, c’est un gros signal d’alerte. Les vrais scoops viennent de médias ou de journalistes qui ont fait leurs preuves.
content-the-deepfake-clip-part-original = Aucun lien vers le discours complet, aucun lieu, aucun événement cité
content-the-deepfake-clip-feedback-original = Bien vu. Une vraie vidéo vient de quelque part : un discours, une interview, une date. Sans original, impossible de vérifier le contexte, et c’est souvent voulu.
content-the-deepfake-clip-part-caption = Légende : « PARTAGEZ avant qu’ils SUPPRIMENT ça !! »
content-the-deepfake-clip-feedback-caption = Exact. Les majuscules, la panique et le « avant qu’ils suppriment » visent tes émotions pour que tu partages avant de réfléchir. C’est justement quand les émotions sont fortes qu’il faut ralentir.
content-the-deepfake-clip-part-date = Publié aujourd’hui à 09:14
content-the-deepfake-clip-feedback-date = Pas un indice en soi : les nouveaux posts, c’est normal. Vérifie quand même les dates, car de vieilles vidéos ou des extraits sortis de leur contexte sont souvent republiés comme des « infos de dernière minute ».

content-the-deepfake-clip-react = { $friend } est sur le point de la poster dans le groupe de la promo : 300 personnes, dont beaucoup votent pour la première fois. Que fais-tu en premier ?
content-the-deepfake-clip-choice-check = Vérifier : trouver l’original et voir ce que disent les fact-checkeurs
content-the-deepfake-clip-feedback-check = C’est la lecture latérale : au lieu de fixer la vidéo, tu ouvres de nouveaux onglets et tu regardes ce qu’en disent des sources fiables. Deux minutes de vérification battent le meilleur des faux.
content-the-deepfake-clip-choice-scroll = Faire défiler. C’est pas mes affaires.
content-the-deepfake-clip-feedback-scroll = Ne pas partager, c’était bien : les faux grossissent à chaque partage. Mais tes amis sont sur le point de la voir, et une vérification rapide pourrait l’empêcher d’atteindre 300 personnes.
content-the-deepfake-clip-choice-quote = La republier avec un commentaire : « Si c’est vrai, waouh. »
content-the-deepfake-clip-feedback-quote = Une occasion d’apprendre : le « si c’est vrai » ne voyage pas. Les gens font une capture de la vidéo, pas de ton doute, et ton post la pousse vers tous ceux qui te suivent.

content-the-deepfake-clip-lateral = Tu passes une image de la vidéo dans une recherche d’image inversée. Elle retrouve l’original : un discours d’il y a deux ans où { $candidate } dit l’inverse. Deux fact-checkeurs la signalent déjà comme créée par IA.
content-the-deepfake-clip-scroll-past = Tu continues à faire défiler. Une heure plus tard, la vidéo est dans le groupe de la promo avec 80 réactions, et { $friend } a ajouté : « Je ne voterai pas pour cette personne qui ment. »

content-the-deepfake-clip-friend-chat = OK, donc les gens disent que c’est un faux. Franchement ? Même si c’est le cas, { $candidate } pourrait tout à fait dire ce genre de truc. Est-ce que ça change quelque chose ?
content-the-deepfake-clip-choice-correct = Partager la vérification avec { $friend } et signaler la vidéo
content-the-deepfake-clip-feedback-correct = C’est comme ça qu’on arrête un faux sans lui donner de la visibilité : partager la correction, pas la vidéo, et la signaler pour que la plateforme l’étiquette. Les faux marchent parce qu’ils semblent vrais.
content-the-deepfake-clip-choice-correct-only = Dire à { $friend } que c’est un faux, et en rester là
content-the-deepfake-clip-feedback-correct-only = Le dire directement, ça aide. Mais la vidéo continue d’atteindre des gens qui ne verront jamais ton message. La signaler permet de l’étiqueter pour tout le monde.
content-the-deepfake-clip-choice-meme = Poster un mème sur { $candidate } dans le fil
content-the-deepfake-clip-feedback-meme = Une occasion d’apprendre : un mème maintient le faux en vie, même pour rire. Une vidéo inventée peut influencer de vrais votes, et c’est injuste, quoi qu’on pense des idées politiques de quelqu’un.

content-the-deepfake-clip-reported = En quelques heures, la plateforme étiquette la vidéo « contenu manipulé » et arrête de la recommander. { $friend } supprime le post du groupe : « OK, c’est flippant. Ça avait l’air tellement vrai. »

content-the-deepfake-clip-spreads = Ton post décolle : 400 partages en une heure. Les captures gardent la vidéo et oublient tout doute. Puis un fact-checkeur l’étiquette comme créée par IA, avec ton nom juste en dessous dans le fil.
content-the-deepfake-clip-fix = Ça arrive aussi aux gens prudents : les faux sont conçus pour être partagés. Ton post est toujours en ligne, et il pousse la vidéo. Il n’est pas trop tard pour aider. Et maintenant ?
content-the-deepfake-clip-choice-fix = Le supprimer, poster la vérification, et signaler la vidéo
content-the-deepfake-clip-feedback-fix = Ça, c’est de l’intégrité. Assumer une erreur en public demande du cran, et la correction de quelqu’un qui a partagé le faux, c’est souvent celle que les gens croient.
content-the-deepfake-clip-choice-delete = Supprimer discrètement mon post
content-the-deepfake-clip-feedback-delete = Supprimer empêche ton post de la diffuser davantage. Mais des centaines de personnes l’ont déjà vue par toi, et une courte correction atteindrait ces mêmes personnes.
content-the-deepfake-clip-choice-leave = Le laisser. Chacun a droit à son opinion.
content-the-deepfake-clip-feedback-leave = Une occasion d’apprendre : tes opinions t’appartiennent, mais une vidéo truquée n’est pas une opinion, c’est une fausse preuve. Il n’est jamais trop tard pour corriger.
content-the-deepfake-clip-corrected = Ta correction récolte moins de likes que la vidéo, mais les gens la repartagent. Le lendemain, un prof la projette au tableau : « Voilà comment on réagit face à un faux. »

content-the-deepfake-clip-end-safe = Tu as vérifié avant de faire confiance, aidé quelqu’un de ton entourage et signalé le faux sans lui donner de visibilité. C’est ça, voter en connaissance de cause.
content-the-deepfake-clip-end-mixed = La vidéo circule toujours, sans étiquette, et convainc des gens, et personne ne l’a signalée. La signaler et partager la correction aide tout le monde à décider sur la base des faits.
content-the-deepfake-clip-end-recovered = Tu as partagé un faux, puis tu l’as corrigé en public. C’est plus dur que de ne jamais déraper, et ça aide plus de monde. La prochaine fois : pause, vérification, puis publication.
content-the-deepfake-clip-end-harmful = La vidéo continue de circuler avec ton post attaché, et certaines personnes vont voter sur la base d’un mensonge. Il n’est jamais trop tard : supprime, corrige et signale.
