# Les situations à juger de l’échauffement, du récap et du rappel (scenarios/checks.ron).
# `check-<id>` est la situation ; l’écran demande « C’est OK ? » en dessous.
# `check-<id>-why` est le retour de Sango pendant le rappel.
# La moitié des situations sont sûres. Les mots à risque (risk-words.txt : photo,
# mot de passe, inconnu…) apparaissent aussi souvent dans les situations sûres que
# dans les risquées, et les mots d’aide (help-words.txt : dire, signaler, adulte…)
# aussi souvent dans les risquées que dans les sûres : seule la compréhension permet
# de bien juger. À chaque retouche, vérifier avec `sango coverage` (colonne fr).
#
# Stratégies de devinette, bonnes réponses sur 20 (texte français, listes fr),
# par tranche et série :        9A  9B  13A 13B 16A 16B
#   « Pas OK » à tout            10  10  10  10  10  10
#   « OK » à tout                10  10  10  10  10  10
#   « Pas OK » si mot à risque   10  10  10   8  10  10
#   « OK » si mot d’aide         10   9  10   9  10  10
#   plus de risque que d’aide     8   8  10   9  11   9
#   « Pas OK » si plus long      10   9  10  10  10  10
#   « Pas OK » si plus court     10   9  10  10  10  10

# --- Tranche 9-12 ans ---

check-rights-9-a1 = Dans le tchat d’un jeu, un joueur n’arrête pas de t’insulter. Ton ami dit : « C’est comme ça, les jeux. Le bloquer ne servira à rien. »
check-rights-9-a1-why = Se faire insulter n’est pas normal, ni dans un jeu ni ailleurs. Tu as droit au respect. Tu peux bloquer le joueur, le signaler et en parler à un adulte de confiance.
check-rights-9-a2 = Ta tante veut partager une photo de toi dans la discussion de famille. Tu réponds qu’elle ne te plaît pas, alors elle en choisit une autre que vous aimez, elle et toi.
check-rights-9-a2-why = Bon à savoir : tu peux dire non au partage d’une photo de toi, même en famille. Ta tante a écouté ton avis, et c’est comme ça que ça doit se passer.

check-rights-9-b1 = Tu demandes à ton papa de ne pas publier la vidéo de ta course de natation. Il dit que c’est ton choix et la garde juste pour la famille.
check-rights-9-b1-why = Les vidéos de toi font partie de ta vie privée, et tu as ton mot à dire. Ton papa t’a demandé ce que tu voulais et l’a respecté. C’est ton droit.
check-rights-9-b2 = Dans ta discussion de classe, quelqu’un t’envoie sans arrêt des messages méchants. Un camarade dit : « Le dire à un enseignant, ça va empirer les choses. Débrouille-toi. »
check-rights-9-b2-why = Tu as droit à de l’aide, et personne ne devrait être traité comme ça. Un enseignant sait comment faire cesser ça. Garde les messages et parles-en à un adulte de confiance.

check-risk-9-a1 = Sous ta vidéo de dessin, un commentaire gentil dit : « Trop cool ! J’aimerais bien savoir dans quel parc près de chez toi tu dessines. »
check-risk-9-a1-why = L’indice, c’est la question sur l’endroit où tu es. Les mots gentils, ça va, mais l’endroit où tu vis et joues reste hors ligne. Ne réponds pas, et parles-en à un adulte de confiance.
check-risk-9-a2 = Après une partie de ton jeu, un joueur que tu ne connais pas écrit : « Belle partie ! Bien joué », puis il s’en va jouer une autre manche.
check-risk-9-a2-why = Un « bien joué » sympa qui ne demande rien, c’est la vie normale des jeux. Pas de questions sur toi, pas de cadeaux, pas de secrets. Tu peux juste dire merci.

check-risk-9-b1 = Ton enseignante publie un lien dans l’appli de l’école. Tu cliques dessus, et ça ouvre la liste de lecture de la classe sur le site de l’école.
check-risk-9-b1-why = Un lien de ton enseignante, dans l’appli de l’école, vers le site de l’école lui-même, c’est la vie normale à l’école. L’indice, c’est d’où vient le lien.
check-risk-9-b2 = Ton ami Mateo te met au défi de grimper sur le toit de la cabane du jardin et d’en faire une vidéo pour la discussion de classe. « Tout le monde le fait », dit-il.
check-risk-9-b2-why = Un défi où tu pourrais te blesser est un risque, même si « tout le monde » le fait. Quelques rires ne valent pas une blessure. Tu peux dire non, et en parler à un adulte.

check-info-9-a1 = Ta maman configure le compte familial sur la nouvelle tablette. Elle te demande le mot de passe de ton jeu pour ajouter les réglages pour enfants.
check-info-9-a1-why = Un parent qui configure le compte familial peut connaître ton mot de passe. Ce n’est pas pareil qu’un joueur ou un ami qui le demande. Pour tous les autres, il reste secret.
check-info-9-a2 = Dans ton jeu, un joueur dit : « Dis-moi ton mot de passe et je t’aide à passer au niveau suivant. »
check-info-9-a2-why = Ton mot de passe, c’est pour toi et les adultes qui s’occupent de toi. Un joueur qui le demande pourrait prendre ton compte. Dis non, et parles-en à un adulte de confiance.

check-info-9-b1 = Dans un jeu, un quiz demande ton nom complet, ta rue et ton école « pour créer ton avatar ». Il dit que tes réponses sont gardées en sécurité.
check-info-9-b1-why = Un avatar n’a pas besoin de ton vrai nom, de ta rue ni de ton école. Dire « en sécurité » ne rend pas les choses sûres. Ferme le quiz, ou regarde-le avec un adulte.
check-info-9-b2 = Dans la discussion de famille, ta mamie demande ta nouvelle adresse pour t’envoyer une carte d’anniversaire. Ta maman dit que c’est d’accord, alors tu la lui envoies.
check-info-9-b2-why = Ta mamie fait partie de la famille, elle demande dans la discussion de famille, et ta maman est d’accord. Ceux qui s’occupent de toi peuvent savoir où tu habites. L’indice, c’est qui demande.

check-trust-9-a1 = Un message de quelqu’un que tu ne connais pas dit : « Pas d’école demain à cause de la neige ! Envoie ça à tout le monde ! » Tu le fais suivre pour aider.
check-trust-9-a1-why = Deux indices disent que c’est peut-être inventé : un expéditeur que tu ne connais pas, et « envoie ça à tout le monde ». Vérifie sur le site de l’école ou demande à la maison avant de partager.
check-trust-9-a2 = Pour ton exposé sur les requins, tu trouves une info amusante sur un site. Tu la vérifies sur un deuxième site de confiance avant de la recopier dans ton travail.
check-trust-9-a2-why = Vérifier une info sur deux sites de confiance, c’est exactement ce que font les bons chercheurs. S’ils sont d’accord, tu peux l’utiliser, et dire où tu l’as trouvée.

check-trust-9-b1 = Une publication dit qu’un parc aquatique va ouvrir dans ta ville. Tu regardes sur le site de la mairie, tu vois la même info, puis tu le dis à ta famille.
check-trust-9-b1-why = Avant de partager une nouvelle, regarde d’où elle vient. Le site de la mairie est le bon endroit pour vérifier, alors tu peux faire passer cette info.
check-trust-9-b2 = Dans la discussion de classe, quelqu’un écrit : « Notre prof s’en va pour toujours ! Mon cousin me l’a dit. » Tu le fais suivre à tous tes amis.
check-trust-9-b2-why = « Mon cousin me l’a dit », ce n’est pas une vraie source, et les rumeurs peuvent faire de la peine. Attends, et demande à ton enseignant si c’est vrai avant de partager.

check-strangers-9-a1 = Un joueur que tu connais seulement en ligne te propose de faire équipe pour gagner la coupe. Tu réponds que tu dois y aller, et il écrit : « OK, salut ! Amuse-toi bien ! »
check-strangers-9-a1-why = Un joueur sympa qui accepte un non, c’est normal. Pas de secrets, pas de cadeaux, pas de changement d’appli. Jouer ensemble dans le jeu, ça va.
check-strangers-9-a2 = Un joueur que tu connais seulement en ligne dit que vous êtes meilleurs amis. Il te demande de garder vos discussions secrètes, sans en parler à tes parents.
check-strangers-9-a2-why = Te demander de cacher vos discussions à tes parents, c’est un gros signal d’alerte. Arrête de discuter, garde les messages et parles-en à un adulte de confiance.

check-strangers-9-b1 = Un joueur sympa qui t’a offert des pièces gratuites et un nouveau skin te propose de discuter sur une autre appli, où c’est « plus privé ».
check-strangers-9-b1-why = Des cadeaux, puis un passage vers une appli privée, ce sont des signaux d’alerte. Reste dans le jeu, ne change pas d’appli, et raconte à un adulte de confiance ce qui s’est passé.
check-strangers-9-b2 = Un joueur que tu ne connais pas te montre où est cachée la clé dans ton jeu. Puis il retourne dans sa propre équipe et ne te demande rien sur toi.
check-strangers-9-b2-why = Aider dans un jeu sans rien demander sur toi, c’est jouer normalement et gentiment. Les signaux d’alerte seraient des secrets, des cadeaux ou des questions personnelles.

check-kind-9-a1 = Ton équipe n’arrête pas d’exclure une joueuse de la partie parce qu’elle est lente. Tu l’exclus toi aussi, pour aider ton équipe à monter au classement.
check-kind-9-a1-why = Exclure quelqu’un parce qu’il est lent, ça le blesse et ça l’isole. Un bon coéquipier l’invite à revenir et lui montre une ou deux astuces.
check-kind-9-a2 = Des élèves de ta discussion de classe se moquent du dessin de Mei. Tu lui envoies un message privé pour lui dire que tu l’as vraiment aimé.
check-kind-9-a2-why = Un message gentil à la personne dont on se moque, c’est la soutenir, et ça aide plus que tu ne crois. Tu peux aussi parler de la discussion à ton enseignant.

check-kind-9-b1 = Dans le tchat d’un jeu, des joueurs n’arrêtent pas de se moquer de l’avatar de Priya. Tu écris : « Laissez-la tranquille », puis tu les signales dans le jeu.
check-kind-9-b1-why = Prendre la parole et signaler, c’est ce que fait quelqu’un de solidaire. Tu as gardé des mots gentils et utilisé le bouton de signalement du jeu.
check-kind-9-b2 = Dans le tchat d’un jeu, des joueurs se moquent sans arrêt de la voix de Yusuf. Tu ajoutes « mdr » toi aussi, pour ne pas être le prochain.
check-kind-9-b2-why = Se joindre aux moqueries, même avec un seul « mdr », les rend plus fortes. Tu pourrais rester en dehors, envoyer un mot gentil à Yusuf, ou signaler.

check-posting-9-a1 = Tu filmes ta cousine Leila qui danse à une fête. Elle et son papa disent oui, alors tu partages la vidéo dans la discussion de famille.
check-posting-9-a1-why = Tu as demandé à la personne filmée, et à un adulte, avant de partager. Et tu l’as partagée dans la discussion de famille, pas avec le monde entier.
check-posting-9-a2 = Tu prends une photo rigolote de ton ami Kofi endormi dans le car scolaire. Tu la publies dans la discussion de classe, et tu comptes lui demander plus tard.
check-posting-9-a2-why = D’abord demander, ensuite publier. Une fois dans une discussion, une photo peut être enregistrée et partagée. Ton ami a le droit de dire oui ou non avant que quelqu’un la voie.

check-posting-9-b1 = Tu publies une vidéo de la sortie de classe, avec tous tes camarades, sur une page que tout le monde peut voir. Tu te dis : « Je la supprimerai plus tard si ça gêne quelqu’un. »
check-posting-9-b1-why = Tes camarades n’ont pas eu leur mot à dire, et une publication peut être enregistrée et partagée avant que tu la supprimes. Demande d’abord à chacun, et garde-la pour la discussion de classe.
check-posting-9-b2 = Tu veux publier une vidéo de ton nouveau chiot. Tu vois le numéro de ta maison derrière lui, alors tu refilmes dans le jardin de derrière.
check-posting-9-b2-why = Tu as vérifié ce qu’il y avait d’autre dans la vidéo et tu as laissé ton numéro de maison hors du cadre. Remarquer ces petits détails, c’est réfléchir avant de publier.

check-tricks-9-a1 = Dans ton jeu, une fenêtre pop-up dit : « Dernière chance ! L’épée en or disparaît dans 5 minutes ! » Elle coûte de l’argent réel. Tu appuies sur « Acheter » avant la fin.
check-tricks-9-a1-why = Un compte à rebours sert à te presser pour que tu ne réfléchisses pas. Dépenser de l’argent réel demande l’accord d’un adulte. Ferme la fenêtre, et demande à la maison si tu la veux vraiment.
check-tricks-9-a2 = Tu veux un nouveau jeu de réflexion. Ton papa lit le prix et ce qu’il contient dans la boutique officielle, puis il paie avec sa carte.
check-tricks-9-a2-why = Un prix clair, dans la boutique officielle, payé par un parent qui l’a choisi : c’est une façon honnête d’acheter un jeu. Pas de piège ici.

check-tricks-9-b1 = Dans ton jeu, un nouveau costume coûte 200 pièces. Tu as gagné les pièces en jouant, alors tu l’achètes. Aucun argent réel n’est utilisé.
check-tricks-9-b1-why = Dépenser des pièces gagnées en jouant, ça fait partie du jeu. Pas de coût caché, pas d’argent réel, et c’est toi qui choisis ce que tu en fais.
check-tricks-9-b2 = Dans ton jeu, un coffre mystère « gratuit » demande juste un petit paiement pour l’ouvrir. Une fenêtre pop-up dit que c’est sûr et que tes parents seront d’accord.
check-tricks-9-b2-why = Un « gratuit » qu’il faut payer n’est pas gratuit, et une pop-up ne peut pas savoir ce que pensent tes parents. Ferme-la, et demande toi-même à un adulte.

check-balance-9-a1 = Une appli de vidéos demande « C’est l’heure d’une pause ? » après une heure de dessins animés. Tu arrêtes et tu sors jouer au foot avec ta grande sœur.
check-balance-9-a1-why = T’arrêter quand c’est l’heure d’une pause, c’est un super choix. Dehors, bouger et jouer avec d’autres, ça garde un bon équilibre.
check-balance-9-a2 = Tu as mal aux yeux et tu es grognon après trois heures de jeu. Tu continues, parce que tu es presque au niveau suivant.
check-balance-9-a2-why = Des yeux qui piquent et la mauvaise humeur, c’est ton corps qui dit « stop ». Le niveau sera encore là plus tard. Fais une pause et fais autre chose un moment.

check-balance-9-b1 = La discussion de groupe de tes amis sonne toute la soirée. Tu gardes ton téléphone sous ton oreiller pour ne rater aucun message.
check-balance-9-b1-why = Un téléphone sous l’oreiller occupe ton cerveau alors qu’il a besoin de repos. Tu peux couper le son de la discussion au coucher. Tes amis seront encore là demain.
check-balance-9-b2 = Tu coupes les alertes d’un jeu pendant les devoirs. Tu vérifies ce qui est arrivé après le dîner, une fois ton travail fini.
check-balance-9-b2-why = Couper les alertes, c’est toi qui choisis quand jouer, pas le jeu. D’abord les devoirs, ensuite le plaisir : c’est un bon équilibre.

check-help-9-a1 = Quelqu’un que tu ne connais pas t’envoie un lien dans un jeu. Tu ne cliques pas. Tu le signales avec le bouton de signalement du jeu.
check-help-9-a1-why = Ne pas cliquer et utiliser le bouton de signalement du jeu, c’est parfait. Si ça t’inquiète, parles-en aussi à un adulte de confiance.
check-help-9-a2 = Un joueur t’envoie sans arrêt des messages méchants. Tu le bloques et tu supprimes toute la discussion, pour que personne ne le sache jamais.
check-help-9-a2-why = Bloquer, c’est bien, mais garde d’abord les messages : ce sont des preuves. Fais une capture d’écran, puis bloque, signale, et montre-les à un adulte de confiance.

check-help-9-b1 = Un message dit : « Ton compte a été signalé ! Tape ton mot de passe ici pour qu’il ne soit pas fermé. » Tu le tapes vite, pour être en sécurité.
check-help-9-b1-why = Les vrais signalements ne demandent jamais ton mot de passe. C’est une fausse page qui veut entrer dans ton compte. Ferme-la, et parles-en à un adulte à la maison.
check-help-9-b2 = Un nouveau joueur t’envoie sans arrêt des messages bizarres dans un jeu. Tu en fais d’abord des captures d’écran, puis tu les montres à ton oncle.
check-help-9-b2-why = Garder des captures d’écran et les montrer à un adulte de confiance, c’est parfait. Ton oncle peut aussi t’aider à bloquer et signaler le joueur.

# --- Tranche 13-15 ans ---

check-rights-13-a1 = Leo publie une vidéo où tu trébuches dans le couloir. Tu lui demandes de la supprimer. Il répond : « Mon téléphone, ma vidéo. Signale-la si tu veux, tout le monde s’en fiche. »
check-rights-13-a1-why = Ton image t’appartient aussi, et tu as le droit de demander qu’elle soit retirée. S’il refuse, signale la vidéo à l’appli et parles-en à un adulte de confiance.
check-rights-13-a2 = Ton entraîneur de foot demande l’avis de l’équipe avant de mettre les photos du match en ligne. Ravi dit non, alors l’entraîneur floute son visage sur chaque photo.
check-rights-13-a2-why = Ravi a le droit de dire non pour sa propre image, et l’entraîneur l’a respecté. Demander d’abord et écouter un non, c’est exactement comme ça que ça doit marcher.

check-rights-13-b1 = Le site d’un magasin affiche encore une photo de toi à 11 ans, quand tu as gagné son concours de dessin. Tu n’en veux plus en ligne, alors tu demandes au magasin de la retirer.
check-rights-13-b1-why = Tu as le droit de demander que des choses sur toi soient retirées, même si tu avais dit oui à l’époque. Demander poliment au magasin, c’est exactement ce qu’il faut faire.
check-rights-13-b2 = Un camarade publie sans arrêt des rumeurs sur toi. Quand tu lui écris que ça te blesse, il répond : « On est dans un pays libre. Je publie ce que je veux. »
check-rights-13-b2-why = Personne n’a le droit de répandre des rumeurs sur toi. Tu mérites le respect en ligne aussi. Garde les publications, signale-les et parles-en à un adulte de confiance.

check-risk-13-a1 = Tu reçois une demande d’abonnement d’un nouveau compte. C’est Lina, de ton cours d’arts plastiques, qui t’a dit ce midi à la cantine qu’elle venait de le créer.
check-risk-13-a1-why = Tu sais qui c’est : Lina te l’a dit elle-même, en face. Une demande de quelqu’un que tu connais vraiment, et à qui tu peux poser la question en vrai, peut être acceptée.
check-risk-13-a2 = Un défi pousse les gens à sauter d’une voiture qui roule lentement pour danser à côté. Ton ami dit qu’on est en sécurité si le conducteur va doucement.
check-risk-13-a2-why = Des gens ont été gravement blessés en faisant ça, et aucun nombre de vues ne vaut ça. Voir le danger derrière un défi qui a l’air drôle, c’est ça, la compétence. Dis non, et ne le partage pas.

check-risk-13-b1 = Une publication virale dit : « Ton nom de pop star, c’est le nom de ton premier animal plus la rue où tu as grandi. Partage le tien en commentaire ! »
check-risk-13-b1-why = Le premier animal et la rue d’enfance sont des réponses courantes aux questions de sécurité des comptes, et ce genre de post les collecte. Passe ton chemin, et explique à tes amis pourquoi.
check-risk-13-b2 = Une vidéo de saut à moto passe dans ton fil. Elle dit : « Cascadeurs entraînés, avec équipement de sécurité. Ne pas reproduire. » Tu la regardes, puis tu continues à défiler.
check-risk-13-b2-why = Regarder une vidéo de cascade puis passer à autre chose, ça va. L’avertissement nomme le risque, et tu ne l’as pas imitée. Voir le danger sans essayer, c’est ça, la compétence.

check-info-13-a1 = Sur ta page publique, tu postes une photo avec ton nouveau maillot d’équipe. La légende donne le nom de ton club et précise que tu t’entraînes chaque samedi à 10 h.
check-info-13-a1-why = Ensemble, ces détails disent à n’importe qui où tu seras et quand. Partage le plaisir, pas tes habitudes : enlève lieux et horaires, ou partage seulement avec tes amis proches.
check-info-13-a2 = Le secrétariat du collège veut ton nouveau numéro de téléphone pour ses alertes par SMS. Tu l’écris sur ton propre exemplaire du formulaire que ton enseignant distribue en classe.
check-info-13-a2-why = Ton collège fait partie des endroits qui peuvent avoir ton numéro, et le formulaire vient de ton enseignant. L’indice, c’est qui demande, et pourquoi.

check-info-13-b1 = Un chatbot d’aide aux devoirs te demande ce dont tu as besoin. Tu tapes ta question de sciences, mais tu ne donnes ni ton nom ni ton collège.
check-info-13-b1-why = Le chatbot a juste besoin de la question, alors c’est tout ce que tu lui as donné. Les chatbots peuvent garder ce que tu tapes : laisser ton nom et ton collège de côté, c’est malin.
check-info-13-b2 = En s’inscrivant à un nouveau jeu, Kofi prend comme pseudo son nom complet et son année de naissance, pour que ses amis le trouvent facilement.
check-info-13-b2-why = Un pseudo avec ton vrai nom et ton âge dit à des inconnus qui tu es. Choisis un pseudo qui ne dit rien sur toi, et donne-le toi-même à tes amis.

check-trust-13-a1 = Un chatbot IA te donne trois faits et une citation pour ton devoir d’histoire. Tu leur fais confiance et tu les colles tels quels, sans chercher ailleurs.
check-trust-13-a1-why = Les chatbots peuvent avoir l’air sûrs d’eux et quand même inventer, même des citations. Vérifie les faits dans un livre ou sur un site de confiance avant de t’en servir.
check-trust-13-a2 = Une photo d’un requin qui nage dans une rue inondée tourne dans la discussion de groupe. Une recherche rapide montre que c’est une vieille image truquée, alors tu le dis au groupe.
check-trust-13-a2-why = Tu as vérifié avant d’y croire, et tu as aidé à arrêter un faux. Chercher d’où vient une image au départ, c’est une super habitude.

check-trust-13-b1 = Un compte dit être un footballeur célèbre et t’envoie un message. Tu vérifies : pas de badge certifié et seulement 40 abonnés, alors tu ignores son message.
check-trust-13-b1-why = Tu as vérifié qui était vraiment derrière le compte avant de lui faire confiance. Pas de badge et très peu d’abonnés, ce sont des indices d’une copie.
check-trust-13-b2 = Un compte avec la photo de ton enseignant, mais une lettre différente dans le nom, invite la classe à rejoindre un nouveau groupe de révision par son lien.
check-trust-13-b2-why = Une lettre changée, c’est un signe classique de faux compte. Vérifie avec ton enseignant en classe ou sur l’appli habituelle du collège avant de cliquer ou de rejoindre.

check-strangers-13-a1 = Dans un club de code en ligne, un membre plus âgé te montre comment corriger un bug. Il écrit tous ses messages dans le salon public du club, que les modérateurs voient.
check-strangers-13-a1-why = Une aide donnée en public, sous les yeux des modérateurs, sans questions personnelles, c’est un contact normal et sympa. Les signaux d’alerte seraient des secrets, des cadeaux ou un chat privé.
check-strangers-13-a2 = Sur une page de fans de ton groupe préféré, quelqu’un te dit que tu fais plus que tes 14 ans. Cette personne t’offre une place de concert gratuite si tu viens la rencontrer là-bas, sans personne.
check-strangers-13-a2-why = Des compliments sur ton âge, un cadeau et un rendez-vous seul à seul sont de gros signaux d’alerte. Dis non, bloque, et parles-en à un adulte de confiance. Tu n’as rien fait de mal.

check-strangers-13-b1 = Un compte dit être recruteur pour une agence de mannequins. Il dit que tu pourrais devenir célèbre et demande des photos de toi en maillot de bain « pour ton book ».
check-strangers-13-b1-why = Des compliments, une grosse promesse et des photos de ton corps : ce sont des signaux d’alerte. Les vraies agences passent par les parents. Ne réponds pas, bloque, signale, et parles-en à un adulte de confiance.
check-strangers-13-b2 = Sur un forum de fans de livres, un membre que tu n’as jamais rencontré conseille une nouvelle série fantasy. Il la poste dans le fil public et ne te demande rien sur toi.
check-strangers-13-b2-why = Un conseil partagé en public, sans questions personnelles ni pression pour discuter en privé, c’est un contact normal et sympa. Voilà à quoi ressemblent de bonnes limites.

check-kind-13-a1 = Un camarade chante faux dans la vidéo du concert du collège. Des amis en font un sticker pour la discussion de groupe, et tu l’utilises aussi, « juste pour rire ».
check-kind-13-a1-why = Utiliser le sticker, c’est participer, même si d’autres ont commencé. « Juste pour rire », ça peut quand même blesser. Arrête de le partager, et envoie plutôt un mot gentil à ton camarade.
check-kind-13-a2 = Un mème qui se moque de la nouvelle coupe de Tomás circule dans la discussion de classe. Tu écris : « Pas cool. Il détesterait ça », et tu ne le fais pas suivre.
check-kind-13-a2-why = Dire que ce n’est pas OK, et ne pas partager, ça demande du courage et ça peut arrêter un acharnement. Prendre des nouvelles de Tomás ensuite serait un beau geste.

check-kind-13-b1 = Une nouvelle élève est ignorée dans le groupe de la classe. Tu lui envoies le lien des devoirs et tu lui écris qu’elle peut te poser toutes ses questions.
check-kind-13-b1-why = Inclure quelqu’un qui est mis à l’écart, c’est l’une des choses les plus gentilles à faire en ligne. Un petit message peut changer toute la semaine de quelqu’un.
check-kind-13-b2 = Ton ami crée un compte pour publier des blagues sur les vêtements d’un enseignant. Il te demande de t’abonner pour le lancer, et tu le fais.
check-kind-13-b2-why = S’abonner aide le compte à grandir, donc c’est participer aux moqueries. Ne t’abonne pas, dis à ton ami que ce n’est pas OK, et signale le compte.

check-posting-13-a1 = Un ami filme ton but à l’entraînement de foot. Avant de publier la vidéo, tu enlèves du cadre les petits sur le côté, car tu ne peux pas demander à leurs parents.
check-posting-13-a1-why = Tu as pensé à tout le monde dans la vidéo, pas seulement à toi. Quand tu ne peux pas demander à quelqu’un, le laisser hors du cadre, c’est le choix respectueux.
check-posting-13-a2 = Tu publies une blague méchante sur ton enseignant dans ta story. Elle est réglée sur « amis proches », alors c’est sûr, elle ne circulera pas.
check-posting-13-a2-why = N’importe quel ami peut faire une capture d’une story et la partager. « Amis proches » ne garde pas un post privé pour toujours. Demande-toi d’abord : ça m’irait que tout le monde le voie ?

check-posting-13-b1 = Le petit frère de ton ami fait un truc drôle au dîner. Tu publies la vidéo en public, puisqu’il est trop petit pour que ça le dérange.
check-posting-13-b1-why = Chaque personne dans un post mérite qu’on lui demande, et les petits ne savent pas encore dire non. Demande d’abord à sa famille, et garde ça loin des pages publiques.
check-posting-13-b2 = Tu publies une vidéo de la répétition de ton groupe de musique. Tous les membres sont d’accord, et on n’y voit ni nom d’école ni nom de rue.
check-posting-13-b2-why = Tout le monde a dit oui, et rien ne montre où tu es. Vérifier l’accord de chacun et les détails avant de publier, c’est exactement la bonne réflexion.

check-tricks-13-a1 = Un message du compte d’une influenceuse dit que tu as gagné son concours. Pour recevoir le nouveau téléphone, tu paies juste les frais de livraison par carte, aujourd’hui.
check-tricks-13-a1-why = Un prix qu’il faut payer, avec de l’urgence, c’est un piège classique. Les vrais concours ne demandent pas de coordonnées bancaires. Ne paie pas, et signale le compte.
check-tricks-13-a2 = Tu dépenses ta carte cadeau d’anniversaire pour la bande-son d’un jeu, qui a un prix fixe. Tu laisses de côté les boîtes mystère juste à côté.
check-tricks-13-a2-why = Un prix fixe, c’est savoir exactement ce que tu obtiens. Les boîtes mystère fonctionnent comme des jeux d’argent, alors les laisser de côté, c’était malin.

check-tricks-13-b1 = La publication d’une influenceuse est marquée « pub » en haut. Elle dit qu’elle est payée pour montrer le casque, et donne son prix complet.
check-tricks-13-b1-why = La pub est indiquée et le prix est clair : rien n’est caché, et tu peux décider toi-même. Le piège à repérer, c’est une pub déguisée en avis.
check-tricks-13-b2 = Une appli de retouche photo « gratuite » demande un numéro de carte « juste pour vérifier ton âge ». Les petites lignes disent qu’elle fait payer chaque semaine.
check-tricks-13-b2-why = « Gratuit » ne devrait pas demander de carte, et les petites lignes montrent un prélèvement chaque semaine. Ferme-la, et demande à un parent avant de donner ta carte à une appli.

check-balance-13-a1 = Après une longue semaine, tu regardes trois épisodes d’une série avec ton père le vendredi, puis tu laisses ton téléphone charger dans la cuisine pour la nuit.
check-balance-13-a1-why = Partager les écrans en famille, ça peut être très sympa, et un téléphone hors de la chambre, c’est un meilleur sommeil. Voilà un bon équilibre.
check-balance-13-a2 = Tes amis disent que ne pas répondre en cinq minutes, c’est « ghoster ». Tu gardes ton téléphone sur tes genoux au dîner et même au collège pour suivre.
check-balance-13-a2-why = Personne ne devrait avoir à être joignable toute la journée. Les vrais amis peuvent attendre une réponse. Tu peux choisir ton rythme et en parler avec tes amis.

check-balance-13-b1 = Dans le tchat d’un streamer, on dit que les vrais fans restent tout le live de nuit. Tes parents veulent que tu éteignes à 23 h, mais tu regardes jusqu’à 4 h la veille d’un jour de collège.
check-balance-13-b1-why = Le sommeil compte plus que prouver que tu es fan. Les lives peuvent se regarder plus tard. Remarquer ce genre de pression et aller te coucher, c’est le choix sain.
check-balance-13-b2 = Tu règles ton appli de vidéos pour qu’elle se verrouille à 21 h les veilles de collège. Tes amis savent que tu répondras le matin.
check-balance-13-b2-why = Fixer une limite et t’y tenir protège ton sommeil. Des amis qui savent quand tu vas répondre n’ont pas besoin que tu sois disponible toute la nuit.

check-help-13-a1 = Un camarade te tague sans arrêt dans des mèmes méchants. Tu gardes des captures d’écran et tu les montres à ta professeure principale, qui aide à les faire retirer.
check-help-13-a1-why = Garder des preuves et en parler à un adulte du collège, c’est la bonne réaction. Il peut agir, et tu n’as pas à gérer ça sans soutien.
check-help-13-a2 = Un joueur menace de partager vos discussions privées si tu ne lui donnes pas tes pièces du jeu. Tu paies et tu gardes ça pour toi.
check-help-13-a2-why = Céder à une menace amène souvent d’autres demandes. Garde les messages, bloque et signale le joueur, et parles-en à un adulte de confiance. Tu n’as pas d’ennuis.

check-help-13-b1 = Une amie te raconte qu’un adulte en ligne lui demande sans arrêt des photos. Elle te fait promettre de garder le secret, et tu le fais.
check-help-13-b1-why = Certains secrets ne doivent pas être gardés, et celui-ci en fait partie. En parler à un adulte de confiance, c’est comme ça que tu aides ton amie, même si elle est fâchée au début.
check-help-13-b2 = Un faux compte utilise tes photos. Tu le signales via le menu de l’appli et tu le dis à ton père.
check-help-13-b2-why = Signaler via l’appli elle-même, c’est la manière sûre, et en parler à un parent, c’est ne pas affronter ça sans soutien. C’est exactement ce qu’il faut faire.

# --- Tranche 16-18 ans ---

check-rights-16-a1 = La personne avec qui tu sors te dit : « Si tu m’aimais, tu me donnerais tes mots de passe. Dans un couple, on ne garde rien de privé. »
check-rights-16-a1-why = L’amour n’annule pas ta vie privée. Réclamer tes mots de passe, c’est un signe de contrôle, et tu peux dire non. Parles-en à quelqu’un de confiance si ça continue.
check-rights-16-a2 = Ta responsable veut utiliser ta photo dans la pub en ligne du magasin. Tu refuses, et elle répond : « Pas de souci, c’est ton choix. »
check-rights-16-a2-why = Ton image t’appartient, et tu as le droit de refuser qu’on l’utilise. Un bon employeur l’accepte, comme l’a fait ta responsable.

check-rights-16-b1 = Des commentaires méchants s’accumulent sous la vidéo de ta reprise d’une chanson. Ton coach dit : « Tu n’as pas à supporter ça », et t’aide à les signaler.
check-rights-16-b1-why = Tu as droit au respect et à de l’aide. Ton coach a raison : ces commentaires peuvent être signalés et supprimés. Tu n’as jamais à les subir en silence.
check-rights-16-b2 = Des captures d’écran de tes messages privés circulent dans un grand groupe. Quelqu’un dit : « Tu les as envoyés, donc tu as renoncé à ta vie privée. »
check-rights-16-b2-why = Envoyer un message à une personne ne le rend pas public. Le partager sans ton accord viole ta vie privée. Garde des preuves, signale-le et cherche du soutien auprès d’un adulte de confiance.

check-risk-16-a1 = Un site d’emploi recommandé par ta conseillère d’orientation demande ton CV et ton numéro de téléphone, pour que les employeurs puissent te contacter.
check-risk-16-a1-why = Un CV et un numéro, c’est ce dont les sites d’emploi ont besoin, et celui-ci vient de quelqu’un qui s’y connaît. L’indice : un « job » qui réclame d’avance des frais, des mots de passe ou tes coordonnées bancaires.
check-risk-16-a2 = Une pub en ligne propose 300 € par semaine juste pour laisser passer de l’argent par ton compte bancaire et le renvoyer ensuite.
check-risk-16-a2-why = Faire passer l’argent des autres par ton compte, c’est comme ça que des criminels cachent de l’argent volé, et on pourrait t’accuser. Dis non, et parle de cette pub à un adulte de confiance.

check-risk-16-b1 = Tu essaies un filtre d’échange de visage dans l’appareil photo intégré de ton téléphone, sur une photo de ton propre visage, juste pour rire, et tu gardes le résultat pour toi.
check-risk-16-b1-why = Un filtre intégré, sur ton propre visage, gardé pour toi, ne blesse personne. Le risque commence quand on utilise le visage d’autres personnes sans leur accord.
check-risk-16-b2 = Avec une appli d’échange de visage, un ami met le visage de camarades dans des vidéos, sans leur demander. Il dit : « C’est juste pour rire si on ne les publie pas. »
check-risk-16-b2-why = Les fausses vidéos de vraies personnes circulent en quelques secondes et font très mal, publiées ou non. Utiliser le visage de camarades sans leur demander, c’est le signal d’alerte. Laisse tomber l’appli.

check-info-16-a1 = Tu prends des leçons de conduite, et l’auto-école demande ton adresse pour que le moniteur puisse venir te chercher.
check-info-16-a1-why = L’auto-école que tu as choisie doit savoir où venir te chercher. Donner ton adresse à quelqu’un qui a une vraie raison de l’avoir, c’est comme ça qu’on partage ses infos.
check-info-16-a2 = Une nouvelle appli partage par défaut ta position en direct avec tes 600 abonnés. Tu la laisses activée, puisque « de toute façon, ce sont tous des amis ».
check-info-16-a2-why = La plupart de tes 600 abonnés ne sont pas des amis proches, et la position en direct montre où tu es en ce moment. Désactive-la, ou partage-la avec quelques personnes que tu connais vraiment.

check-info-16-b1 = Ton appli de course publie chaque parcours sur une carte publique. La plupart commencent et finissent devant ta porte, et tu les laisses publics.
check-info-16-b1-why = Des parcours qui partent de ta porte montrent où tu habites. Rends-les privés, ou masque le départ et l’arrivée, pour qu’une carte ne révèle pas ton domicile.
check-info-16-b2 = Tu décroches le job au café après un entretien. Le gérant te donne un formulaire pour tes coordonnées bancaires, afin de pouvoir te payer ton salaire.
check-info-16-b2-why = Un employeur que tu as rencontré, sur le vrai lieu de travail, a besoin de tes coordonnées bancaires pour te payer. Lui peut les connaître, contrairement à un inconnu dans une discussion.

check-trust-16-a1 = Une vidéo montre une chanteuse célèbre qui dit quelque chose de cruel. Elle vient d’un seul nouveau compte, sans source, et ton ami la partage « au cas où ce serait vrai ».
check-trust-16-a1-why = Un compte tout neuf et aucune source sont des indices que ça peut être faux, voire un deepfake. Cherche l’original ou un site d’info de confiance d’abord, et ne partage pas avant de savoir.
check-trust-16-a2 = La vidéo du discours d’un homme politique semble choquante. Tu trouves le discours complet sur un site d’info de confiance et tu vois que l’extrait est réel.
check-trust-16-a2-why = Trouver le discours original et complet sur un site fiable, c’est exactement la vérification qui repère les extraits coupés ou truqués. Tu sais que c’est vrai avant de partager.

check-trust-16-b1 = Une photo spectaculaire d’une ville inondée devient virale comme étant « d’aujourd’hui ». Une recherche d’image inversée montre qu’elle date d’il y a des années, alors tu ne la partages pas.
check-trust-16-b1-why = De vieilles images sont souvent recyclées en « info de dernière minute ». La recherche d’image inversée est une vérification rapide et maligne, et ne pas partager stoppe la fausse info.
check-trust-16-b2 = Une capture d’écran dit que les jeunes seront interdits de centre-ville le soir. Elle n’a ni date, ni source, ni lien, et tu la partages pour prévenir les gens.
check-trust-16-b2-why = Une info sans date, sans source et sans lien, c’est à ça que ressemblent les rumeurs. Cherche sur des sites d’info ou sur le site de la mairie avant de partager quoi que ce soit.

check-strangers-16-a1 = Quelqu’un rencontré sur une appli sociale dit avoir 19 ans. Au bout de deux jours, cette personne dit qu’elle t’aime et demande de passer sur une appli privée.
check-strangers-16-a1-why = Un « amour » aussi rapide et une pression pour aller ailleurs en privé sont des signaux d’alerte. Ralentis, ne change pas d’appli, et parles-en à un adulte de confiance. Tu peux aussi bloquer cette personne.
check-strangers-16-a2 = Un joueur avec qui tu joues depuis des mois propose de se rencontrer. Vous vous voyez dans un café animé avec deux amis à toi, et ton père vient et s’assoit non loin.
check-strangers-16-a2-why = Rencontrer quelqu’un d’internet, c’est plus sûr dans un lieu public animé, avec des amis et un adulte pas loin. Tu as gardé la rencontre ouverte, pas secrète.

check-strangers-16-b1 = Quelqu’un avec qui tu as seulement discuté en ligne te propose de t’emmener gratuitement à un festival. Il te dit de venir sans personne et de dire aux autres que tu es avec un ami.
check-strangers-16-b1-why = Un service rendu, « viens sans personne » et une histoire inventée sont des signaux d’alerte. Dis non, garde les messages, et dis à un adulte de confiance d’où ça vient. Ce n’est jamais ta faute.
check-strangers-16-b2 = Un coéquipier dans un jeu en ligne te demande dans quel pays tu es. Tu réponds : « Je préfère éviter », et il répond : « Pas de souci, bonne chance ! »
check-strangers-16-b2-why = Il a demandé une fois, a accepté ton non et est passé à autre chose. Pas de secrets, pas de cadeaux, pas de pression : c’est un contact normal avec des limites.

check-kind-16-a1 = Une nouvelle élève reçoit des commentaires méchants sur son accent sous sa vidéo. Tu prends de ses nouvelles, et ensemble vous les montrez à un enseignant.
check-kind-16-a1-why = Aller vers la personne visée, et faire intervenir un adulte avec elle, c’est être solidaire. Ça lui montre qu’elle n’est pas seule.
check-kind-16-a2 = Dans une discussion de groupe, un ami partage une blague haineuse sur la religion d’un camarade. Tu réagis avec un emoji mort de rire pour que l’ambiance reste sympa.
check-kind-16-a2-why = Un rire dit à tout le monde que la blague passe, et ça blesse ton camarade. Tu peux dire calmement que ce n’est pas OK, ne pas réagir, et signaler si ça continue.

check-kind-16-b1 = Quelqu’un publie un mème cruel sur le poids d’un camarade. Tu ne le partages pas, mais tu le « likes » pour que tes amis voient que tu as compris la blague.
check-kind-16-b1-why = Un « like » fait circuler un mème et ajoute à la peine, même sans partager. Laisse tomber, signale-le, et fais savoir à ton camarade que quelqu’un est de son côté.
check-kind-16-b2 = Tes amis lancent une discussion de groupe pour noter le physique de camarades. Tu la quittes et tu leur dis : « Sans moi, c’est cruel. »
check-kind-16-b2-why = Dire non et appeler ça de la cruauté demande du courage. Partir, au lieu de te taire, montre aux autres que noter les gens n’est pas normal.

check-posting-16-a1 = Une amie a demandé à n’apparaître sur aucune photo en ligne. Tu publies quand même la photo de groupe de la soirée en public, sans la taguer, donc ça va.
check-posting-16-a1-why = Elle est quand même sur la photo, tag ou pas. Respecte son souhait : publie une photo sans elle, ou garde-la hors ligne. Chaque personne sur une photo a son mot à dire.
check-posting-16-a2 = Lena te demande de publier la vidéo où elle chante au spectacle de talents. Tu la publies sur ta page, comme elle l’a demandé.
check-posting-16-a2-why = Elle t’a demandé de la publier, donc elle est d’accord. L’accord de la personne dans une vidéo, c’est la chose clé à vérifier avant de la mettre en ligne.

check-posting-16-b1 = Tu postules pour des jobs d’été, alors tu relis tes anciennes publications publiques et tu passes les plus gênantes en privé.
check-posting-16-b1-why = Les employeurs font souvent des recherches sur les gens. Relire tes vieux posts et nettoyer ton empreinte, c’est bien réfléchir à la façon dont tes posts te suivent.
check-posting-16-b2 = En colère contre ton responsable à ton job du week-end, tu publies un coup de gueule qui nomme le magasin. Tu comptes le supprimer demain.
check-posting-16-b2-why = Les captures d’écran durent plus longtemps que les posts, et un coup de gueule qui nomme ton lieu de travail peut te coûter ton job. Calme-toi d’abord, et parles-en plutôt avec quelqu’un.

check-tricks-16-a1 = Tu attends un colis. Un SMS dit qu’il est retenu, et tu paies de petits frais via son lien pour qu’il ne soit pas renvoyé.
check-tricks-16-a1-why = Un SMS qui demande de petits frais via un lien, c’est un piège courant pour voler les données de carte, même quand un colis est en route. Suis ton colis dans l’appli ou sur le site du magasin.
check-tricks-16-a2 = Une appli de musique offre un mois gratuit. Avant de commencer, tu lis qu’il se renouvelle au prix plein et tu mets un rappel pour résilier à temps.
check-tricks-16-a2-why = Lire comment finit un essai gratuit, et prévoir de résilier, c’est éviter les mauvaises surprises. Les essais gratuits, ça va quand tu connais le piège.

check-tricks-16-b1 = Tu achètes une place de concert sur le site officiel de la salle. Le total avec tous les frais s’affiche avant que tu paies avec ta carte bancaire.
check-tricks-16-b1-why = Le site officiel, avec le prix complet affiché avant de payer, c’est une offre honnête. Les pièges à guetter : frais cachés, comptes à rebours et arnaques à la revente.
check-tricks-16-b2 = Un influenceur dit que son appli de trading a doublé son argent en une semaine. Son lien te donne un bonus si tu places de l’argent aujourd’hui.
check-tricks-16-b2-why = Doubler son argent en une semaine, personne ne peut le promettre, et un bonus « aujourd’hui » sert à te presser. Il gagne sûrement sur ton inscription. Passe, et parles-en à un adulte de confiance.

check-balance-16-a1 = Ton appli de révision te relance sans arrêt pour garder une série de 30 jours. À 22 h, tu coupes ses alertes et tu laisses la série s’arrêter.
check-balance-16-a1-why = Les séries sont faites pour te faire revenir. Choisir le sommeil plutôt qu’un chiffre, c’est un choix sain, et ce que tu as appris ne disparaît pas avec la série.
check-balance-16-a2 = La veille de ton examen du permis, ton équipe de jeu veut faire un raid à 2 h du matin. Tu leur dis : « Carrément, le sommeil, c’est surfait. »
check-balance-16-a2-why = Dormir avant un grand jour compte bien plus qu’un jeu. Tu peux dire non aux sessions tardives : ton équipe sera encore là demain.

check-balance-16-b1 = Tu fais défiler un fil d’actu depuis trois heures et tu te sens de plus en plus mal. Tu continues quand même, pour vérifier que tu n’as rien raté.
check-balance-16-b1-why = Te sentir de plus en plus mal, c’est le signal pour arrêter. Ferme le fil, fais autre chose, et parle à quelqu’un de confiance si l’actu te pèse.
check-balance-16-b2 = Une appli de shopping envoie des alertes « plus que 2 en stock ! » tard le soir. Tu coupes ses notifications, puis tu la supprimes.
check-balance-16-b2-why = Les alertes « vite ! » de fin de soirée sont faites pour te faire revenir. Les couper ou supprimer l’appli protège ton sommeil et ton argent.

check-help-16-a1 = Ton ex menace de publier une photo privée de toi si vous ne vous remettez pas ensemble. Tu acceptes, en espérant que ton ex la supprimera.
check-help-16-a1-why = Céder à une menace amène souvent d’autres exigences. Arrête de répondre, garde les messages et parles-en à un adulte de confiance. C’est de la violence, ce n’est pas ta faute, et de l’aide existe.
check-help-16-a2 = Une personne avec qui tu sortais crée sans arrêt de nouveaux comptes pour t’écrire. Tu fais des captures des messages, tu bloques chaque compte et tu le dis à ta grand-mère.
check-help-16-a2-why = Garder des preuves, bloquer et en parler à un adulte, c’est parfait. Si ça continue, ta grand-mère peut t’aider à le signaler, même à la police.

check-help-16-b1 = Un compte appelé « Centre de signalement » dit pouvoir faire supprimer vite le faux profil à ton nom si tu paies de petits frais.
check-help-16-b1-why = Signaler un faux profil est gratuit, avec le bouton de signalement de l’appli. Les comptes qui font payer ça sont des arnaques. Signale-le dans l’appli et parles-en à un adulte de confiance.
check-help-16-b2 = Un compte inconnu t’envoie une photo dénudée. Tu ne réponds pas, tu ne la fais pas suivre, et tu signales tout de suite le compte dans l’appli.
check-help-16-b2-why = Ne pas répondre, ne pas la faire suivre et signaler le compte, c’est la bonne réaction. Tu peux aussi en parler à un adulte de confiance : recevoir une photo comme ça n’est jamais ta faute.
