# Contrats / commercial : L'appli de quiz (13-15 ans), autorisations, connexion via un réseau social, conditions et usage des données

contract-the-quiz-app-title = L’appli de quiz
contract-the-quiz-app-summary = Un quiz marrant « Quel personnage es-tu ? » veut ta connexion à un réseau social, tes contacts, ta position et ton micro.
contract-the-quiz-app-remember = Avant de toucher « Autoriser », demande-toi qui a créé l’appli et ce dont elle a vraiment besoin. Si elle veut beaucoup trop, pars ; si elle a déjà trop pris, un adulte de confiance peut t’aider à tout récupérer.

contract-the-quiz-app-app = { $app }
contract-the-quiz-app-npc-friend = { $friend }
contract-the-quiz-app-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contract-the-quiz-app-app-quizzo = Quizzo
contract-the-quiz-app-app-whoru = WhoRU
contract-the-quiz-app-app-vibequiz = Vibe Quiz
contract-the-quiz-app-show-moonfall = Moonfall Academy
contract-the-quiz-app-show-starlight = Starlight Squad
contract-the-quiz-app-show-echo-city = Echo City
contract-the-quiz-app-social-loopr = Loopr
contract-the-quiz-app-social-picstream = Picstream
contract-the-quiz-app-social-glimmr = Glimmr
contract-the-quiz-app-adult-mum = Maman
contract-the-quiz-app-adult-dad = Papa
contract-the-quiz-app-adult-uncle = Tonton Dan

contract-the-quiz-app-intro = Dans ta discussion de groupe, tout le monde publie ses résultats de { $app } : « Quel personnage de la série { $show } es-tu ? » { $friend } a eu le héros et t’a envoyé le lien.

contract-the-quiz-app-login-choice = L’appli s’ouvre sur un gros bouton : « Connecte-toi avec { $social } pour commencer ! On publiera ton résultat pour toi. »
contract-the-quiz-app-pic-question = Quel personnage de { $show } es-tu ?
contract-the-quiz-app-pic-log-in-with = Se connecter avec { $social }
contract-the-quiz-app-pic-post-for-you = On publiera ton résultat pour toi !
contract-the-quiz-app-pic-guest = Jouer en invité
contract-the-quiz-app-choice-check-maker = Mais qui a créé ce truc ? Je regarde d’abord les avis.
contract-the-quiz-app-feedback-check-maker = Malin. Qui a créé une appli et ce que disent ses avis t’indiquent si tu peux lui faire confiance, avant qu’elle ne reçoive quoi que ce soit de toi.
contract-the-quiz-app-choice-guest = Je joue en invité. Comme ça, mon compte reste privé.
contract-the-quiz-app-feedback-guest = Bien : sans connexion, ton compte { $social } reste en dehors de tout ça. Mais en invité, tu ne sais toujours pas qui a créé l’appli. D’abord, un coup d’œil au créateur et aux avis.
contract-the-quiz-app-choice-social-login = Connexion avec { $social }. { $friend } l’a fait, donc c’est sûr.
contract-the-quiz-app-feedback-social-login = Une occasion d’apprendre : qu’un ami utilise une appli ne la rend pas sûre. Une connexion sociale peut lui donner ton nom, ta photo, tes amis et le droit de publier en ton nom.

contract-the-quiz-app-checked = Le créateur n’a pas de site web, juste une adresse e-mail. Les avis disent : « Elle a envoyé un SMS à tous mes contacts ! » et « Pourquoi un quiz veut mon micro ?! » Puis { $app } affiche ses autorisations.
contract-the-quiz-app-pic-maker = Pas de site web, juste une adresse e-mail
contract-the-quiz-app-pic-get = Obtenir
contract-the-quiz-app-pic-review-contacts = Elle a envoyé un SMS à tous mes contacts !
contract-the-quiz-app-pic-review-mic = Pourquoi un quiz veut mon micro ?!
contract-the-quiz-app-guest = Le mode invité marche. Mais avant la première question, { $app } fait glisser un écran d’autorisations.
contract-the-quiz-app-linked = C’est parti. Avant même la première question, { $app } a publié sur ton { $social }, en ton nom : « Quel personnage de { $show } es-tu ? Joue maintenant ! », avec son lien.

contract-the-quiz-app-spot = Avant le début du quiz, { $app } demande des autorisations. Touche tout ce dont un quiz n’a pas besoin.
contract-the-quiz-app-card-title = { $app } souhaite :
contract-the-quiz-app-card-body = Autorise tout pour voir ton résultat !
contract-the-quiz-app-part-contacts = Accéder à tes contacts
contract-the-quiz-app-feedback-part-contacts = Un quiz n’a pas besoin des numéros de tes amis. Les applis qui récupèrent les contacts peuvent leur envoyer du spam ou vendre leurs infos, et tes amis n’ont jamais donné leur accord.
contract-the-quiz-app-part-location = Utiliser ta position précise, en permanence
contract-the-quiz-app-feedback-part-location = Ta position exacte, en permanence, montre où tu habites et où tu vas en cours. Un quiz n’a aucune raison de savoir ça.
contract-the-quiz-app-part-mic = Utiliser ton micro
contract-the-quiz-app-feedback-part-mic = On ne parle pas dans un quiz. N’autorise le micro que quand une fonction en a vraiment besoin, comme un message vocal que tu choisis d’envoyer.
contract-the-quiz-app-part-results = Afficher les questions et les résultats du quiz
contract-the-quiz-app-feedback-part-results = Pas un indice : c’est ce que fait vraiment un quiz. Une autorisation qui correspond à ce à quoi sert l’appli, c’est OK.
contract-the-quiz-app-part-app = Le nom et le logo de l’appli : { $app }
contract-the-quiz-app-feedback-part-app = Pas un indice : une fenêtre comme celle-ci dit toujours quelle appli demande. Ce qui compte, c’est ce qu’elle demande, et si un quiz en a besoin.
contract-the-quiz-app-part-internet = Se connecter à Internet pour les nouveaux quiz
contract-the-quiz-app-feedback-part-internet = Logique : un quiz en ligne doit se connecter pour recevoir ses questions. Cette autorisation correspond à ce que fait l’appli, donc ce n’est pas un indice.
contract-the-quiz-app-part-partners = Partager tes données avec des partenaires (conditions : 42 pages)
contract-the-quiz-app-feedback-part-partners = Cachés dans de longues conditions, les « partenaires », ce sont généralement des annonceurs et des revendeurs de données. Tes réponses et tes infos deviennent leur produit.
contract-the-quiz-app-pic-allow-all = Tout autoriser
contract-the-quiz-app-pic-choose = Choisir les autorisations

contract-the-quiz-app-allow-choice = En bas, il y a un énorme bouton vif « Tout autoriser », un minuscule lien gris « Choisir les autorisations » et une petite X pour fermer.
contract-the-quiz-app-choice-leave = Non. Un quiz qui veut tout ça, très peu pour moi. Je ferme.
contract-the-quiz-app-feedback-leave = Bien vu. Une appli qui prend contacts, position et micro et vend aux « partenaires » a montré ce qu’elle cherche. Partir, même d’un quiz marrant, c’est toujours ton droit.
contract-the-quiz-app-choice-choose = Je touche le lien gris et j’autorise juste le nécessaire.
contract-the-quiz-app-feedback-choose = Décocher le superflu, c’était malin. Mais une appli qui demande tout ça, avec 42 pages sur des « partenaires », a montré ce qu’elle veut. Partir reste plus sûr.
contract-the-quiz-app-choice-allow-all = Tout autoriser. Je veux juste mon résultat, comme les autres.
contract-the-quiz-app-feedback-allow-all = Une occasion d’apprendre : « Tout autoriser » vient de donner à un quiz tes contacts, ta position et ton micro. Le gros bouton vif est conçu pour que ça paraisse normal.

contract-the-quiz-app-left = Tu fermes { $app }. Tes contacts, ta position et ton micro restent à toi. Plus tard, { $friend } t’écrit.
contract-the-quiz-app-trimmed = Tu décoches le superflu et tu as ton résultat : le héros ! En dessous, en petites lettres grises : « Tes réponses sont partagées avec nos partenaires. » Plus tard, { $friend } t’écrit.
contract-the-quiz-app-data-leak = Tu as ton résultat. Le soir même, tous tes contacts reçoivent un SMS : « Ton ami veut que tu essaies { $app } ! » Ta grand-mère t’appelle pour demander ce que c’est.
contract-the-quiz-app-pic-invite-text = Ton ami veut que tu essaies { $app } !

contract-the-quiz-app-friend-asks = T’as eu quoi ?? Tout le monde le fait. Il a même retrouvé mes cousins dans mes contacts mdr
contract-the-quiz-app-choice-show-settings = Il a pris tes contacts ! Coupe son accès dans Réglages.
contract-the-quiz-app-feedback-show-settings = Super message. Tu as compris ce que « retrouvé mes cousins » voulait dire, et tu as donné la solution à { $friend } : couper ses autorisations dans Réglages, puis supprimer l’appli.
contract-the-quiz-app-choice-stay-quiet = Je ne dis rien. Je ne veux pas que { $friend } se sente bête.
contract-the-quiz-app-feedback-stay-quiet = C’est gentil, et tu n’as pas partagé le lien. Mais te taire laisse les contacts de { $friend } exposés. Un petit « vérifie tes autorisations », ce n’est pas méchant : ça protège.
contract-the-quiz-app-choice-send-group = Je mets le lien dans le groupe pour que tout le monde joue !
contract-the-quiz-app-feedback-send-group = Une occasion d’apprendre : partager le lien étend la collecte de données à tous tes amis, et à leurs contacts aussi. Vérifie une appli avant de la faire passer.

contract-the-quiz-app-friend-fixes = attends QUOI. ok trouvé dans Réglages, j’ai tout coupé et je l’ai supprimée. merci !!
contract-the-quiz-app-group-spread = Douze personnes touchent ton lien. Le soir, leurs contacts reçoivent aussi des SMS de { $app }, et quelqu’un dans le groupe demande qui a commencé.
contract-the-quiz-app-quiet = Tu laisses tomber. Le lendemain, { $friend } t’écrit encore.

contract-the-quiz-app-friend-again = pfff, { $app } a envoyé un SMS à TOUS mes contacts. ma grand-mère en a reçu un, et mon coach aussi. comment j’arrête ça ??
contract-the-quiz-app-choice-switch-off = Va dans Réglages, coupe son accès, puis supprime-la.
contract-the-quiz-app-feedback-switch-off = C’est la solution. Couper ses autorisations stoppe la collecte, et supprimer l’appli stoppe les SMS. La prochaine fois, un mot plus tôt peut sauver toute une liste de contacts.
contract-the-quiz-app-choice-ignore-it = Mdr, il a fait ça à tout le monde. Ignore, ça va passer.
contract-the-quiz-app-feedback-ignore-it = Une occasion d’apprendre : une appli continue d’utiliser ce qu’elle peut atteindre tant qu’on ne coupe pas son accès. Un petit « voilà comment l’arrêter » aurait aidé.
contract-the-quiz-app-friend-fixes-late = trouvé, tout coupé et supprimé. j’ai dit à ma grand-mère d’ignorer le SMS. j’aurais aimé le savoir avant mdr
contract-the-quiz-app-still-spam = { $friend } ne touche plus à l’appli. Une semaine plus tard, ses contacts reçoivent encore des SMS de { $app }.

contract-the-quiz-app-fix-choice = { $app } a pris plus que ce que tu voulais donner. Mais ce sont tes données, et tu as le droit de les récupérer. Que vas-tu faire ?
contract-the-quiz-app-choice-ask-adult = { $adult }, tu regardes avec moi ? { $app } a pris trop de trucs.
contract-the-quiz-app-feedback-ask-adult = C’est ça. Supprimer ne suffit pas : un adulte peut t’aider à couper ses accès, la délier de tes comptes et la signaler. Tu n’as rien fait de mal en demandant.
contract-the-quiz-app-choice-delete-tell-friend = Je la supprime et je dis à { $friend } qu’elle n’est pas sûre.
contract-the-quiz-app-feedback-delete-tell-friend = Supprimer l’appli et prévenir { $friend }, c’est bien. Mais ce qu’elle a copié reste copié, et un ami ne peut ni la délier ni la signaler avec toi. Un adulte de confiance, si.
contract-the-quiz-app-choice-another-quiz = Bof. J’essaie un autre quiz, celui-là est trop nul.
contract-the-quiz-app-feedback-another-quiz = Une occasion d’apprendre : l’appli continue de collecter tant qu’elle a accès. Il n’est jamais trop tard pour couper ses autorisations et demander de l’aide.

contract-the-quiz-app-adult-helps = Merci de m’en parler. Tu n’as rien fait de mal. On coupe ses accès, on la délie de tes comptes, on la signale à la boutique d’applis et on prévient tes contacts que ces SMS sont du spam.
contract-the-quiz-app-spam-grows = Tu essaies un nouveau quiz. Pendant ce temps, { $app } envoie encore des messages en ton nom, et { $adult } demande pourquoi son téléphone est plein d’invitations à des quiz.
contract-the-quiz-app-deleted = Tu supprimes { $app }. Mais le lendemain, tes amis reçoivent encore des messages « de toi » à son sujet. Elle avait déjà copié ce qu’il lui fallait.

contract-the-quiz-app-retry-choice = Supprimer l’appli n’a pas repris ce qu’elle a copié. Et maintenant ?
contract-the-quiz-app-choice-show-adult = OK. Je montre à { $adult } chaque message envoyé en mon nom.
contract-the-quiz-app-feedback-show-adult = Bonne idée. Il n’est pas trop tard : un adulte peut t’aider à délier l’appli, la signaler et prévenir tes contacts. Demander de l’aide après un faux pas, c’est exactement ça.
contract-the-quiz-app-choice-let-it-go = Ça va se calmer. En parler, ça ne fera que l’empirer.
contract-the-quiz-app-feedback-let-it-go = Une occasion d’apprendre : des données copiées ne se calment pas toutes seules, et en parler à un adulte de confiance rend le problème plus petit, pas plus grand. Il n’est jamais trop tard.
contract-the-quiz-app-still-copied = Une semaine plus tard, des messages partent toujours en ton nom, et un nouveau demande à tes amis leur numéro de téléphone.

contract-the-quiz-app-end-safe = { $app } n’a jamais eu tes contacts, ta position ni ton micro, et grâce à ton message, { $friend } a coupé son accès aussi. Tu as vu la collecte pour ce qu’elle était.
contract-the-quiz-app-end-safe-late = { $app } n’a jamais eu tes contacts, ta position ni ton micro. Au début, tu n’as rien dit, mais quand { $friend } a reçu du spam, tu as donné la solution. La prochaine fois, parle plus tôt.
contract-the-quiz-app-end-mixed = Tes contacts, ta position et ton micro sont restés loin de { $app }. Mais les contacts de { $friend } reçoivent encore des SMS, et rien ne l’a arrêté. Un message avec la solution le pourrait encore.
contract-the-quiz-app-end-recovered = { $app } a eu plus qu’il ne fallait, mais tu en as parlé à { $adult } et tu as tout repris : accès coupés, comptes déliés, appli signalée, contacts prévenus. Tu sais quoi vérifier d’abord.
contract-the-quiz-app-end-spread = { $app } n’a pas eu tes contacts, ta position ni ton micro, mais ton lien y a envoyé tes amis, et leurs contacts reçoivent des SMS. Ce n’est pas ta faute : un adulte de confiance peut t’aider à les prévenir.
contract-the-quiz-app-end-harmful = { $app } garde ce qu’elle a pris, et des messages partent encore en ton nom. Ce n’est pas ta faute, et il n’est jamais trop tard : parles-en à un adulte de confiance, qui t’aidera à la délier et la signaler.

# What the choices leave on "My phone" (traces).
contract-the-quiz-app-trace-data = Tes infos et tes réponses au quiz, données à l’appli de quiz et à ses « partenaires ».
contract-the-quiz-app-trace-data-advice = Les annonceurs et les arnaqueurs peuvent s’en servir pour avoir l’air de te connaître. Coupe ses accès, délie-la de tes comptes et supprime-la. Un adulte de confiance peut t’aider.
contract-the-quiz-app-trace-location = L’appli de quiz voit ta position exacte, tout le temps.
contract-the-quiz-app-trace-location-advice = Un quiz n’a jamais besoin de savoir où tu es. Dans Réglages, coupe sa localisation et ses autres accès, puis supprime l’appli.
contract-the-quiz-app-trace-access-off = Les accès de l’appli de quiz, coupés, et l’appli déliée de tes comptes.
contract-the-quiz-app-trace-access-off-advice = Bravo. Vérifie de temps en temps les autorisations de tes applis, et n’autorise que ce dont chacune a vraiment besoin.
