# Conduite / valeurs : Un faux soutien (13-15 ans). Un groupe qui présente l'automutilation et le fait de ne pas manger comme du « soutien ».
# Signaux d'alerte et aide seulement : aucune méthode, aucun chiffre, rien de choquant.

conduct-the-harmful-feed-title = Un faux soutien
conduct-the-harmful-feed-summary = Une personne de ta bande a rejoint un groupe qui se dit « de soutien », et ses publications envahissent ton fil.
conduct-the-harmful-feed-remember = Se faire du mal ou ne pas manger n’est jamais une solution, et un groupe qui le prétend n’est pas un soutien : masque-le, signale-le, parles-en à un adulte de confiance. Quelqu’un en danger ? Un adulte, tout de suite.

conduct-the-harmful-feed-app = { $app }
conduct-the-harmful-feed-npc-group = { $group }
conduct-the-harmful-feed-npc-friend = { $friend }
conduct-the-harmful-feed-npc-adult = { $adult }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
conduct-the-harmful-feed-app-driftly = Driftly
conduct-the-harmful-feed-app-loopa = Loopa
conduct-the-harmful-feed-app-scrollwave = Scrollwave
conduct-the-harmful-feed-group-soft-hours = softhours.club
conduct-the-harmful-feed-group-quiet-ones = the.quiet.ones
conduct-the-harmful-feed-group-moonlit = moonlit.circle
conduct-the-harmful-feed-service-youth-health = Service Santé Jeunes
conduct-the-harmful-feed-service-teen-wellbeing = Service Bien-être Ados
conduct-the-harmful-feed-service-health-hub = Espace Santé des Jeunes
conduct-the-harmful-feed-adult-gran = Mamie
conduct-the-harmful-feed-adult-dad = Papa
conduct-the-harmful-feed-adult-aunt = Tata Leïla

conduct-the-harmful-feed-intro = { $friend } parle peu au collège ces temps-ci. Ce soir, ton fil { $app } est rempli de publications de { $group }, un groupe que { $friend } vient de rejoindre. Regardons de plus près.
conduct-the-harmful-feed-group-post = Tu as l’impression que personne ne te comprend ? Nous, si. Un nouveau défi chaque soir, dans notre groupe privé. Les adultes ne comprendront pas, alors ça reste entre nous.

conduct-the-harmful-feed-spot = Ce groupe se présente comme un soutien. Touche tout ce qui montre que ce n’en est pas un.
conduct-the-harmful-feed-card-title = { $group }
conduct-the-harmful-feed-card-body = Une publication aux couleurs pastel qui invite dans un groupe privé avec des « défis » chaque soir, et demande de le cacher aux adultes.
conduct-the-harmful-feed-part-only-us = « Nous seuls te comprenons. Pas tes amis. »
conduct-the-harmful-feed-feedback-only-us = Oui. T’éloigner de tes amis et de ta famille est un signal d’alerte. Un vrai soutien veut plus de monde à tes côtés, pas moins.
conduct-the-harmful-feed-part-challenge = « Le défi de ce soir est en ligne. Qui est encore là ? »
conduct-the-harmful-feed-feedback-challenge = Oui. Des « défis » qui reviennent soir après soir, c’est une façon de pousser les gens à se faire du mal. Un vrai soutien ne te lance jamais de défi.
conduct-the-harmful-feed-part-secret = « Ne dis rien aux adultes. Ils vont juste t’en empêcher. »
conduct-the-harmful-feed-feedback-secret = Oui. Quelque chose qu’il faut cacher à tous les adultes de ta vie n’est pas un soutien. Le secret protège le groupe, pas toi.
conduct-the-harmful-feed-part-picture = Une image pastel avec une lune et des fleurs
conduct-the-harmful-feed-feedback-picture = Ce n’est pas l’indice. Beaucoup de comptes bienveillants utilisent de jolies images. Ce qui trahit cette publication, c’est ce que ses mots te poussent à faire.
conduct-the-harmful-feed-part-members = Groupe privé, 2 400 membres
conduct-the-harmful-feed-feedback-members = Pas un indice en soi : un groupe, grand ou petit, peut être bienveillant ou nocif. Le nombre de membres ne dit pas ce que vaut un groupe.
conduct-the-harmful-feed-pic-members = Groupe privé · 2 400 membres
conduct-the-harmful-feed-pic-only-us = Nous seuls te comprenons. Pas tes amis.
conduct-the-harmful-feed-pic-challenge = Le défi de ce soir est en ligne. Qui est encore là ?
conduct-the-harmful-feed-pic-secret = Ne dis rien aux adultes. Ils vont juste t’en empêcher.

conduct-the-harmful-feed-setup = Ton fil continue de te montrer ce genre de posts. Règle { $app } : moins de tout ça, mais tu veux garder tes groupes de classe et de club, et les conseils de { $service }, un vrai service de santé.
conduct-the-harmful-feed-set-sensitive = Contenus sensibles dans mon fil
conduct-the-harmful-feed-val-show-all = Tout afficher
conduct-the-harmful-feed-why-show-all = « Tout afficher » laisse le fil continuer à te pousser des posts comme ceux de { $group }. « En afficher moins » en filtre une bonne partie.
conduct-the-harmful-feed-val-show-less = En afficher moins
conduct-the-harmful-feed-why-show-less = Bien : l’appli filtre davantage les posts bouleversants. Aucun filtre n’est parfait, alors masquer et signaler restent utiles.
conduct-the-harmful-feed-set-topics = Sujets masqués
conduct-the-harmful-feed-val-topics-none = Aucun sujet masqué
conduct-the-harmful-feed-why-topics-none = Si rien n’est masqué, le fil comprend que tu t’arrêtes sur ces posts, et t’en envoie encore plus.
conduct-the-harmful-feed-val-topics-mute = Masquer ces sujets
conduct-the-harmful-feed-why-topics-mute = Masquer ces sujets dit au fil d’arrêter de te les montrer. C’est toi qui décides de ce que tu vois.
conduct-the-harmful-feed-set-groups = Qui peut m’ajouter à des groupes
conduct-the-harmful-feed-val-groups-anyone = Tout le monde
conduct-the-harmful-feed-why-groups-anyone = N’importe qui pourrait t’ajouter à un groupe comme { $group } sans te demander ton avis.
conduct-the-harmful-feed-val-groups-follow = Les comptes que je suis
conduct-the-harmful-feed-why-groups-follow = C’est le meilleur choix : tes groupes de classe et de club peuvent toujours t’ajouter, mais pas les groupes d’inconnus.
conduct-the-harmful-feed-val-groups-nobody = Personne
conduct-the-harmful-feed-why-groups-nobody = C’est sûr, mais tu raterais tes groupes de classe et de club, que tu veux garder. « Les comptes que je suis » convient mieux.
conduct-the-harmful-feed-set-support = Conseils de { $service }
conduct-the-harmful-feed-val-support-show = Afficher
conduct-the-harmful-feed-why-support-show = Garde-les : { $service } est un vrai service de santé, et ses conseils sur le moral et sur où trouver de l’aide valent la peine d’être vus.
conduct-the-harmful-feed-val-support-hide = Masquer
conduct-the-harmful-feed-why-support-hide = C’est aller trop loin : { $service } est un vrai service de santé, pas un des comptes nocifs. Ses conseils valent la peine d’être gardés.

conduct-the-harmful-feed-friend-asks = t’as vu { $group } ? c’est le seul endroit où on me comprend en ce moment. tu viens ? on pourrait faire les défis ensemble
conduct-the-harmful-feed-choice-ask-how = Je l’ai vu, ça m’inquiète vraiment. Tu es en sécurité ? Ça va ?
conduct-the-harmful-feed-feedback-ask-how = Gentil et courageux. Demander « ça va, vraiment ? » montre à { $friend } que quelqu’un a remarqué. En parler n’aggrave pas les choses : ça ouvre une porte.
conduct-the-harmful-feed-choice-mute-it = Pas pour moi. Je l’ai bloqué, et tu devrais le bloquer aussi.
conduct-the-harmful-feed-feedback-mute-it = Garder ce groupe hors de ton fil, c’est bon pour toi. Mais c’est { $friend } qui va mal, et bloquer ne lui montre pas que tu t’inquiètes. Demande comment ça va.
conduct-the-harmful-feed-choice-join = OK, je m’inscris. Comme ça, on sera deux là-dedans.
conduct-the-harmful-feed-feedback-join = Une occasion d’apprendre : vouloir rester près de { $friend }, c’est gentil, mais t’inscrire t’entraîne aussi. On peut veiller sur quelqu’un sans entrer dans un groupe qui fait du mal.

conduct-the-harmful-feed-c-opens = franchement ? pas trop. le groupe est le seul endroit où on me comprend. mais le dis à personne, ok ? promets-moi
conduct-the-harmful-feed-c-quiet = { $friend } te laisse en vu. Le lendemain, à la cantine, { $friend } mange à l’écart en faisant défiler { $group }. Le soir, à 23 h, une story apparaît.
conduct-the-harmful-feed-c-joined = Bienvenue. Règle numéro un : ce qui se dit ici reste ici. Les adultes ne comprennent jamais. Le défi de ce soir tombe à minuit.

conduct-the-harmful-feed-secret = { $friend } te fait confiance, et te demande une promesse. Que réponds-tu ?
conduct-the-harmful-feed-choice-not-this-one = Je ne peux pas garder ça pour moi. Demandons de l’aide à { $adult }.
conduct-the-harmful-feed-feedback-not-this-one = C’est ça, l’amitié. Un secret qui peut faire du mal à quelqu’un est trop lourd à garder. Un adulte de confiance, l’infirmerie ou le psy scolaire peuvent trouver un vrai soutien pour { $friend }.
conduct-the-harmful-feed-choice-report-keep = Je signale le groupe. Et si ça empire, j’en parle à { $adult }.
conduct-the-harmful-feed-feedback-report-keep = Signaler le groupe était juste : ça aide { $app } à retirer des posts. Mais « seulement si ça empire » laisse { $friend } sans personne face à ça. Un secret pareil a besoin d’un adulte de confiance dès maintenant.
conduct-the-harmful-feed-choice-promise = Promis. Écris-moi dès que ça va mal, jour et nuit.
conduct-the-harmful-feed-feedback-promise = Une occasion d’apprendre : être là, c’est gentil, mais tu ne peux pas porter ça sans aide, et tu n’as pas à le faire. Impliquer un adulte de confiance, ce n’est pas trahir. C’est prendre soin.

conduct-the-harmful-feed-c-adult = Merci à vous deux de m’en parler. Personne n’a d’ennuis. { $friend }, on va te trouver un vrai soutien, en commençant par ta famille ce soir. Et on va signaler { $group }, pour que moins de gens le voient.
conduct-the-harmful-feed-pic-help-title = Trouver de l’aide
conduct-the-harmful-feed-pic-help-adult = Parler à un adulte de confiance
conduct-the-harmful-feed-pic-help-line = Une ligne d’écoute dans ton pays
conduct-the-harmful-feed-pic-help-mute = Masquer et signaler
conduct-the-harmful-feed-pic-help-service = { $service }
conduct-the-harmful-feed-c-reported = { $app } te remercie et retire quelques posts du groupe. Mais le secret reste avec toi. À 23 h, { $friend } publie une story.
conduct-the-harmful-feed-c-promised = { $friend } envoie un cœur : « t’es la seule personne à qui je peux parler. » À 23 h, une story apparaît.

conduct-the-harmful-feed-story-post = La story de { $friend } dit « je n’en peux plus ». C’est un signal d’alerte : quelqu’un est peut-être en danger. Il est tard. Que fais-tu ?
conduct-the-harmful-feed-pic-story-time = 23 h 04
conduct-the-harmful-feed-pic-story-words = je n’en peux plus
conduct-the-harmful-feed-choice-get-adult = Je réveille { $adult } tout de suite et je montre la story.
conduct-the-harmful-feed-feedback-get-adult = C’est exactement ça. Quand quelqu’un est peut-être en danger, un adulte doit le savoir tout de suite, même en pleine nuit. Ce n’est jamais en faire trop.
conduct-the-harmful-feed-choice-heart = Je like et j’envoie un cœur. Pas besoin d’en faire un drame.
conduct-the-harmful-feed-choice-wait = J’écris « ça va ? », et sans réponse, je le dis à { $adult }.
conduct-the-harmful-feed-feedback-heart = Une occasion d’apprendre : un cœur montre que tu tiens à { $friend }, mais { $friend } reste face à ça sans personne. Une story pareille demande un adulte, maintenant. Ce n’est pas un drame, c’est de l’aide.
conduct-the-harmful-feed-feedback-wait = Prendre des nouvelles, c’est gentil, et prévoir d’en parler, c’est un début. Mais avec un post pareil, n’attends pas la réponse : un adulte de confiance doit savoir maintenant, même tard le soir.
conduct-the-harmful-feed-c-adult-night = Merci de me l’avoir dit. Tu as fait exactement ce qu’il fallait, et tu n’as aucun ennui. J’appelle la famille de { $friend } tout de suite, pour que quelqu’un soit à ses côtés cette nuit.
conduct-the-harmful-feed-c-hearted = Tu envoies un cœur. { $friend } ne répond pas, et la story disparaît. Impossible de dormir : tu fixes ton téléphone.
conduct-the-harmful-feed-c-waited = Tu écris « ça va ? ». Pas de réponse. La story disparaît. Impossible de dormir : tu fixes ton téléphone.

conduct-the-harmful-feed-last-call = Pas de réponse, et l’inquiétude t’empêche de dormir. Ce n’est pas à toi de régler ça sans aide. Que fais-tu ?
conduct-the-harmful-feed-choice-tell-now = Je me lève et je vais réveiller { $adult }. Ça ne peut pas attendre.
conduct-the-harmful-feed-feedback-tell-now = C’est réparer les choses. Il n’est jamais trop tard pour prévenir un adulte, et un signal pareil vaut la peine de réveiller quelqu’un. Tu as bien fait.
conduct-the-harmful-feed-choice-morning = Il est tard, { $adult } dort. Je parlerai à { $friend } au collège.
conduct-the-harmful-feed-feedback-morning = Une occasion d’apprendre : ne pas vouloir réveiller quelqu’un, c’est naturel, mais un signal pareil ne peut pas attendre le collège. Il n’est jamais trop tard pour parler à un adulte de confiance.
conduct-the-harmful-feed-c-adult-late = Quel soulagement que tu me l’aies dit, et tu n’as aucun ennui. On appelle la famille de { $friend } maintenant, et on signale { $group } ensemble. Tu n’as pas à porter ça sans personne.
conduct-the-harmful-feed-c-morning = Au collège, { $friend } a les traits tirés et ne veut pas parler. Le groupe publie toujours, et tu portes encore tout ça sans personne.

conduct-the-harmful-feed-inside = Te voilà dans { $group }. Règle numéro un : le secret. Et les « défis » commencent ce soir. Que fais-tu ?
conduct-the-harmful-feed-choice-leave-show = Je pars, je capture les règles, et je vais voir { $adult }.
conduct-the-harmful-feed-feedback-leave-show = C’est réparer les choses. Partir te protège, la capture aide à signaler, et un adulte de confiance peut aider { $friend } à sortir aussi. T’inscrire était un faux pas, pas un échec.
conduct-the-harmful-feed-choice-leave-quiet = Je quitte le groupe et je le bloque. Inutile d’inquiéter { $adult }.
conduct-the-harmful-feed-feedback-leave-quiet = Partir, c’était bien pour toi. Mais { $friend } y est encore, et aucune personne capable d’aider n’est au courant. En parler à { $adult }, ce n’est pas l’inquiéter pour rien : c’est comme ça que { $friend } aura de l’aide.
conduct-the-harmful-feed-choice-stay = Je reste pour l’instant. D’ici, je peux garder un œil sur { $friend }.
conduct-the-harmful-feed-feedback-stay = Une occasion d’apprendre : tu ne peux pas protéger { $friend } depuis l’intérieur d’un groupe fait pour tirer les gens vers le bas. Il n’est jamais trop tard pour partir et parler à un adulte de confiance.
conduct-the-harmful-feed-c-left = Tu quittes le groupe et tu le bloques. { $friend } y reste. À 23 h, une story apparaît.
conduct-the-harmful-feed-c-stayed = Les messages du groupe arrivent toute la soirée, chacun plus sombre que le précédent. À 23 h, { $friend } publie une story.

conduct-the-harmful-feed-end-safe = Tu as vu clair dans un groupe « de soutien » qui n’en était pas un, et tu n’as pas gardé le secret de { $friend } pour toi. { $friend } a maintenant un vrai soutien, de personnes qui peuvent aider.
conduct-the-harmful-feed-end-told-later = Ça a fait peur, mais quand { $friend } a publié cette story, tu as réveillé { $adult } tout de suite. Un signal pareil, on le confie à un adulte sans attendre, de jour comme de nuit.
conduct-the-harmful-feed-end-recovered = C’était lourd, mais tu as réparé les choses : tu en as parlé à { $adult }, et { $friend } a maintenant un vrai soutien. Chercher de l’aide pour quelqu’un qu’on aime, ce n’est jamais le trahir.
conduct-the-harmful-feed-end-harmful = { $friend } va toujours mal, et le groupe est toujours là. Ce n’est pas ta faute, et il n’est jamais trop tard : parles-en aujourd’hui à un adulte de confiance, ou appelle une ligne d’écoute de ton pays.
