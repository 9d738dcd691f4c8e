# Contacts / valeurs : Le recruteur (16-18 ans). Seulement les signaux d'alerte de la radicalisation : aucun vrai groupe, aucun contenu haineux montré.

contact-the-recruiter-title = Le recruteur
contact-the-recruiter-summary = Un compte sympa de ton serveur de jeu partage des blagues « limites », puis des vidéos secrètes, puis une invitation.
contact-the-recruiter-remember = La flatterie, les secrets et le « nous contre eux » sont des techniques de recrutement. Garde les preuves, signale le compte et parles-en à quelqu’un de confiance.

contact-the-recruiter-app = { $app }
contact-the-recruiter-app-clanhub = Clanhub
contact-the-recruiter-app-yapyard = Yapyard
contact-the-recruiter-app-hollerhub = Hollerhub
contact-the-recruiter-game-starfall = Starfall Arena
contact-the-recruiter-game-ironrift = Iron Rift
contact-the-recruiter-game-driftkings = Drift Kings

contact-the-recruiter-npc-recruiter = { $stranger }
contact-the-recruiter-npc-adult = Mme Okoye, ta prof principale

contact-the-recruiter-intro = Ce mois-ci, tu as passé la plupart de tes soirées sur un serveur de mèmes { $game } sur { $app }. C’est marrant, et { $stranger } est toujours là pour rire de tes posts en premier.
# Le monde se souvient : la fausse vidéo encore partagée depuis ton profil.
contact-the-recruiter-saw-repost = j’ai vu ton repost de la vidéo sur l’élection. enfin quelqu’un ici qui a pas peur de le dire
contact-the-recruiter-repost-choice = { $stranger } a trouvé ton profil grâce à la fausse vidéo qui y est encore. Pour ce genre de personne, un faux partagé veut dire « peut-être l’un des nôtres ». Et maintenant ?
contact-the-recruiter-choice-keep-up = Je la laisse. Elle fait parler les gens, c’est ce qui compte.
contact-the-recruiter-feedback-keep-up = Une occasion d’apprendre : un faux sur ton profil continue de tromper les gens, et il vient d’amener { $stranger } dans tes messages. Tu peux encore le supprimer et partager le fact-check.
contact-the-recruiter-choice-take-down = Supprimer le repost et mettre le fact-check à la place.
contact-the-recruiter-feedback-take-down = C’est ça. Retirer le faux enlève l’hameçon, et le fact-check montre de quel côté tu es. Les gens comme { $stranger } regardent qui partage quoi.
contact-the-recruiter-choice-go-private = Passer mon profil en privé, pour que seuls mes amis le voient.
contact-the-recruiter-feedback-go-private = En privé, moins d’inconnus la voient. Mais tes amis la voient encore, et le faux continue d’agir sur eux. Supprime-la et partage le fact-check.
contact-the-recruiter-repost-gone = Tu supprimes le repost et partages le fact-check. { $stranger } ne reparle plus de la vidéo. Le soir même, un autre message arrive.
contact-the-recruiter-gone-private = Ton profil passe en privé. { $stranger } l’a déjà vue, et tes amis la voient encore. Le soir même, un autre message arrive.
contact-the-recruiter-repost-stays = Le repost reste en ligne et récolte encore quelques partages. Le soir même, un autre message arrive.
contact-the-recruiter-meme = { $stranger } t’envoie un message privé : un mème qui se moque de tout un groupe de personnes à cause de leur religion.

contact-the-recruiter-edgy = mdr y a que toi ici qui capterais ça. le chat principal est bien trop soft pour les vraies blagues. t’es pas comme les autres
contact-the-recruiter-choice-laugh = mdr violent. Faut croire que mon humour est plus noir.
contact-the-recruiter-feedback-laugh = Une occasion d’apprendre : rire avec semble sans conséquence, mais ça montre à { $stranger } que la porte est ouverte pour la suite. Ce genre de blague fait que de vraies personnes ne se sentent pas en sécurité.
contact-the-recruiter-choice-change-subject = Mouais, c’est pas trop mon genre d’humour. Tu joues ce soir ?
contact-the-recruiter-feedback-change-subject = Ne pas entrer dans le jeu, c’était bien. Mais remarque le schéma : de la flatterie plus des « blagues » qui testent tes limites. Un « pas drôle » court et calme montre où tu te situes.
contact-the-recruiter-choice-not-funny = Pas drôle. Les blagues sur tout un groupe ne sont pas anodines.
contact-the-recruiter-feedback-not-funny = Calme et clair. Les blagues « limites » sur un groupe servent souvent à tester ce que tu acceptes, et « t’es pas comme les autres » est un hameçon classique. Dire non tôt montre où tu te situes.
contact-the-recruiter-c-more = Il en arrive d’autres chaque soir, toujours plus sombres. Tu commences à veiller pour voir ce que { $stranger } va envoyer, et le chat principal te paraît fade.
contact-the-recruiter-c-subject = ouais plus tard peut-être. t’es pas comme les autres ici, tu le sais ça ?
contact-the-recruiter-c-pushback = détends-toi, c’est une blague mdr. je voulais juste dire que t’as plus de cerveau que les chochottes du chat principal

contact-the-recruiter-video = respect. toi au moins tu réfléchis par toi-même. la plupart des gens avalent tout ce que leur disent les infos et leurs parents. regarde ça, 40 min de ce qu’ils ne veulent pas que tu voies
contact-the-recruiter-pic-urgent = À voir avant la censure
contact-the-recruiter-pic-duration = 40:12
contact-the-recruiter-pic-video-title = Ce qu’ils ne veulent pas que tu voies
contact-the-recruiter-pic-channel = TheHiddenFiles
contact-the-recruiter-choice-check-video = Qui a fait ça ? Je vais voir ce qu’en disent d’autres sources.
contact-the-recruiter-feedback-check-video = Malin. Tu as regardé au-delà de la vidéo. « Ce qu’ils ne veulent pas que tu voies », c’est un argument de vente, et une chaîne anonyme n’est pas une source. Les vrais faits tiennent quand on recoupe.
contact-the-recruiter-choice-skip-video = Pas ce soir. Il est tard, et j’ai un examen demain matin.
contact-the-recruiter-feedback-skip-video = Protéger ton sommeil, c’est une bonne décision. Mais { $stranger } va continuer à t’en envoyer. Se demander qui a fait une vidéo, et ce que disent d’autres sources, aide à voir le schéma.
contact-the-recruiter-choice-watch-all = Bon, je regarde. J’ai confiance en moi pour écouter les deux camps.
contact-the-recruiter-feedback-watch-all = Une occasion d’apprendre : ces « deux camps », c’est un seul camp, pendant 40 minutes. Ensuite la lecture auto enchaîne des vidéos de plus en plus en colère, parce que la colère te fait rester.
contact-the-recruiter-c-sources = Tu cherches la chaîne : anonyme, aucun nom, et ses « faits » renvoient à des sites que les fact-checkeurs épinglent sans cesse. Les médias et les experts disent tout autre chose.
contact-the-recruiter-same-channel = Un nom saute aux yeux : cette chaîne a posté la première la fausse vidéo électorale que tu as signalée. Elle est déjà étiquetée « contenu manipulé ». Mêmes gens, nouvelle vidéo.
contact-the-recruiter-pic-about = Aucun nom. Aucune source. Aucun contact.
contact-the-recruiter-pic-factcheck = Des fact-checkeurs l’épinglent sans cesse
contact-the-recruiter-c-skip = { $stranger } : « ok, dors bien, la légende ». Au réveil, trois nouveaux liens t’attendent, chacun marqué « à voir avant la censure ».
contact-the-recruiter-c-rabbit = La lecture auto tourne jusqu’à 4 h du matin, chaque vidéo plus en colère que la précédente. Le lendemain, tu t’emportes contre ta famille, tu sèches tes révisions, et les mèmes ne ressemblent plus à des blagues.

contact-the-recruiter-invite = il y a un groupe privé pour ceux qui voient ce qui se passe vraiment. sur invitation, pas de censure. le dis pas à ta famille, on leur a servi les mêmes mensonges qu’à tout le monde. maintenant c’est nous contre eux
contact-the-recruiter-pic-group = Le Cercle
contact-the-recruiter-pic-private = Groupe privé · sur invitation
contact-the-recruiter-pic-members = 27 membres
contact-the-recruiter-pic-join = Rejoindre
contact-the-recruiter-choice-undercover = J’entre, mais juste pour tout capturer et les signaler.
contact-the-recruiter-feedback-undercover = Une occasion d’apprendre : les signaler, c’est bien, mais entrer te met au cœur de la pression, et réunir des preuves n’est pas ton rôle. Ce que tu as suffit : signale et parles-en à un adulte de confiance.
contact-the-recruiter-choice-decline = Non merci, c’est pas mon truc. On se voit en jeu plus tard.
contact-the-recruiter-feedback-decline = Dire non, c’était juste. Mais { $stranger } est toujours sur le serveur, et la pression reviendra, pour toi et pour d’autres. Garder la conversation et signaler le compte ferme la porte.
contact-the-recruiter-choice-join = Vas-y, ajoute-moi. Ma famille comprendrait pas, de toute façon.
contact-the-recruiter-feedback-join = Une occasion d’apprendre : un groupe qui te demande de le cacher aux gens qui t’aiment essaie de t’isoler. C’est comme ça que fonctionne la manipulation, et si on te cible, ce n’est pas ta faute.
contact-the-recruiter-choice-step-back = Capture d’écran, je signale le compte, et je vois Mme Okoye.
contact-the-recruiter-feedback-step-back = Du courage et de la jugeote. Le secret, « ta famille te ment » et « nous contre eux » sont des signes de recrutement typiques. Tu as gardé les preuves, signalé, et mis un adulte de confiance de ton côté.
contact-the-recruiter-c-report = Tu gardes la conversation, tu signales { $stranger } aux modos du serveur et à la plateforme, et tu te déconnectes. Le lendemain, tu restes après le cours pour parler à Mme Okoye.
contact-the-recruiter-pic-report-title = Signaler { $stranger }
contact-the-recruiter-pic-saved = Conversation gardée en captures
contact-the-recruiter-pic-mods = Envoyé aux modos du serveur
contact-the-recruiter-pic-platform = Envoyé à l’équipe sécurité de { $app }
contact-the-recruiter-pic-thanks = Merci. Nous allons examiner ce compte.
contact-the-recruiter-tell-adult = Merci de me montrer ça. Flatterie, secrets, « nous contre eux » : c’est un schéma de recrutement, et tu l’as repéré. Les modos ont banni le compte. Si quelqu’un parle un jour de faire du mal, on appelle la police.
contact-the-recruiter-c-undercover = À l’intérieur, le groupe t’accueille par ton pseudo. Ça poste jour et nuit, et tu te surprends à approuver. { $stranger } : « je savais que t’étais des nôtres. prouve-le : poste un de ces mèmes sur le serveur principal. »
contact-the-recruiter-c-inside = Le groupe poste jour et nuit, et quiconque doute se fait moquer. Tu as séché tes révisions toute la semaine. { $stranger } : « prouve que t’es des nôtres. poste un de ces mèmes sur le serveur principal. »
contact-the-recruiter-c-decline = { $stranger } : « tant pis pour toi. la porte reste ouverte. » Une semaine plus tard, les messages reprennent, plus sympas que jamais, et deux joueurs plus jeunes du serveur ont rejoint le groupe.

contact-the-recruiter-way-back = C’est comme ça que fonctionne la manipulation : flatterie, secrets, nous contre eux, puis une épreuve. Rien de tout ça n’est ta faute, et tu peux prendre du recul à tout moment. Que vas-tu faire ?
contact-the-recruiter-choice-prove = Je poste le mème. Un seul post, et ils me feront confiance.
contact-the-recruiter-feedback-prove = Une occasion d’apprendre : les posts haineux blessent de vraies personnes, violent les règles de la plateforme, peuvent être illégaux, et te suivent des années. Il n’est jamais trop tard pour prendre du recul.
contact-the-recruiter-choice-get-out = Je quitte le groupe, je garde des captures, je vois Mme Okoye.
contact-the-recruiter-feedback-get-out = C’est le choix le plus courageux qui soit. Quitter un groupe où tu te sentais à ta place, c’est dur. Les captures aident la plateforme, ou la police si besoin, à agir. Les lignes d’écoute peuvent aussi te soutenir.
contact-the-recruiter-choice-argue = Je reste et je débats. Quelqu’un doit les aider à ouvrir les yeux.
contact-the-recruiter-feedback-argue = Une occasion d’apprendre : débattre de l’intérieur te garde dans leur fil jour et nuit, et ces groupes sont faits pour user ceux qui doutent. Personne ne gagne seul contre tout un groupe. Sortir, c’est plus fort.
contact-the-recruiter-c-tell-late = Je suis vraiment heureuse que tu viennes me voir, et tu n’as pas d’ennuis. Ces groupes ciblent les gens seuls ou en colère ; ce n’est pas un défaut chez toi. Signalons-le, et garde du temps pour tes activités hors ligne.
contact-the-recruiter-c-posted = Tu le postes. Des joueurs que tu connais depuis des mois se taisent, les modos le suppriment, et { $stranger } écrit : « bon début. la prochaine fois, plus gros. »
contact-the-recruiter-c-argued = Tu débats des heures chaque soir. On se moque de toi, puis on te flatte, puis on se moque encore. Une semaine plus tard, tu es à bout, en retard dans tes révisions, et certaines de leurs phrases te restent en tête.

contact-the-recruiter-again = hé, sans rancune. j’ai vu que t’as perdu ce match, dur. les vrais te soutiennent, pas les faux du chat principal. le groupe est toujours ouvert, t’as qu’un mot à dire
contact-the-recruiter-choice-late-report = Une capture, je signale, puis je vais voir Mme Okoye.
contact-the-recruiter-feedback-late-report = Exactement. Tu as vu le même hameçon revenir, gardé les preuves, signalé, et mis un adulte de confiance dans la boucle. Ça te protège, toi et les plus jeunes qui sont maintenant visés.
contact-the-recruiter-choice-one-look = Bon, un petit coup d’œil, ça craint rien. J’ai confiance en moi.
contact-the-recruiter-feedback-one-look = Une occasion d’apprendre : « juste un coup d’œil », c’est comme ça que marche l’invitation : une fois dedans, la pression commence. Céder à l’usure n’est pas ta faute, et il n’est jamais trop tard pour reculer.
contact-the-recruiter-choice-ignore = J’ignore. C’est un serveur de jeu, je suis en sécurité.
contact-the-recruiter-feedback-ignore = Une occasion d’apprendre : ignorer te tient à l’écart, mais { $stranger } travaille maintenant les plus jeunes, et personne qui pourrait l’arrêter n’est au courant. Ce qui commence en ligne peut déborder dans la vraie vie.
contact-the-recruiter-c-late-report = Merci de m’en parler, et tu n’as pas d’ennuis. Les modos ont banni le compte, et je vais m’assurer que les plus jeunes et leurs familles sont au courant. Si quelqu’un parle de faire du mal, on appelle la police.
contact-the-recruiter-c-one-look = Un coup d’œil devient une soirée. Le week-end, tu es dans le groupe tous les soirs, et { $stranger } veut que tu « fasses tes preuves ».
contact-the-recruiter-c-ignore = Tu masques { $stranger } et tu continues à jouer. Les messages s’arrêtent pour toi. Dans le chat principal, les deux plus jeunes commencent à poster les mêmes « blagues ».

contact-the-recruiter-end-safe = Tu as vu l’hameçon derrière les blagues et le groupe secret, gardé les preuves, signalé, et tu en as parlé avec Mme Okoye. Personne d’autre n’a à décider qui sont tes ennemis.
contact-the-recruiter-end-safe-late = Tu as dit non au groupe, et quand { $stranger } est revenu à la charge, tu as gardé les messages, signalé et prévenu Mme Okoye. Les plus jeunes qui étaient visés reçoivent de l’aide aussi.
contact-the-recruiter-end-recovered = Tu t’es fait happer par le groupe, puis tu l’as quitté avec les preuves, et tu as demandé de l’aide à Mme Okoye. Il faut une vraie force pour ça. Les gens qui tiennent à toi ne sont jamais partis.
contact-the-recruiter-end-mixed = Tu n’as pas rejoint le groupe, mais { $stranger } est toujours sur le serveur, à travailler les plus jeunes, et personne qui pourrait l’arrêter ne le sait. Garder, signaler et en parler ferme la porte.
contact-the-recruiter-end-harmful = Tu es dans le groupe. Il prend tes nuits et tes pensées, et en veut plus. Ce n’est pas ta faute : ces groupes ciblent exprès. Il n’est jamais trop tard pour partir et parler à un adulte de confiance, qui t’aidera.

# Mon téléphone : le compte signalé.
contact-the-recruiter-trace-reported = { $stranger } : signalement aux modos du serveur et à la plateforme, avec captures.
contact-the-recruiter-trace-reported-advice = C’est courageux et juste. Si ce compte revient sous un autre nom, tu connais le schéma : flatterie, secrets, un test. Garde les preuves, signale, parles-en à un adulte de confiance.
