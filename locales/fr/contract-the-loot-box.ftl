# Contrats / commercial : Le coffre à butin (13-15 ans), interfaces pièges, coûts cachés, limites de temps et de dépenses

contract-the-loot-box-title = Le coffre à butin
contract-the-loot-box-summary = Il ne te manque qu’une victoire pour monter de rang quand un coffre mystère lumineux, avec un compte à rebours, surgit dans la boutique du jeu.
contract-the-loot-box-remember = Un coffre à butin, c’est comme un jeu d’argent : tu paies pour une chance au hasard, et le jeu te pousse à retenter. Vérifie les vraies chances et le coût, fixe tes limites, parles-en à un adulte de confiance.

contract-the-loot-box-app = Boutique { $game }
contract-the-loot-box-npc-friend = { $friend }
contract-the-loot-box-npc-adult = { $adult }

contract-the-loot-box-game-mech-league = Mech League
contract-the-loot-box-game-galaxy-goals = Galaxy Goals
contract-the-loot-box-game-rift-racers = Rift Racers
contract-the-loot-box-chest-legend = Coffre Légende
contract-the-loot-box-chest-mythic = Coffre Mythique
contract-the-loot-box-chest-nova = Coffre Nova
contract-the-loot-box-adult-mum = Maman
contract-the-loot-box-adult-dad = Papa
contract-the-loot-box-adult-auntie = Tata Jo

contract-the-loot-box-intro = Ton chat Filou dort sur tes genoux, ton écharpe des Tigres traîne sur la chaise. { $game } te demande de verrouiller ton compte Playfort : ton rang, tes gemmes et la carte enregistrée de { $adult } y sont.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-loot-box-lock = Trois mots au hasard font une phrase de passe solide. Crée-en une que tu retiendras, puis choisis comment Playfort vérifie que c’est bien toi.
contract-the-loot-box-piece-banana = banane
contract-the-loot-box-why-piece-banana = Un mot de tous les jours qui n’a rien à voir avec toi : personne ne le devine depuis ton profil. Et il est facile à imaginer.
contract-the-loot-box-piece-pet = filou
contract-the-loot-box-why-piece-pet = On dirait un mot comme un autre, mais Filou, c’est ton chat, et il est sur plein de tes photos. Tes amis, ou quiconque voit tes posts, pourraient le deviner. Laisse animaux, anniversaires et prénoms de côté.
contract-the-loot-box-piece-rocket = fusée
contract-the-loot-box-why-piece-rocket = Bien joué ! Quelques mots au hasard font une phrase longue, dure à casser et facile à imaginer : une banane à cheval sur une fusée !
contract-the-loot-box-piece-common = 1234
contract-the-loot-box-why-piece-common = 1234, c’est la première chose que tout le monde essaie, et les outils de piratage l’essaient aussi collé à des mots. Il n’ajoute rien : laisse travailler les mots au hasard.
contract-the-loot-box-piece-pillow = oreiller
contract-the-loot-box-why-piece-pillow = Encore un mot au hasard. Chacun rend la phrase plus longue et plus dure à casser, et une image rigolote t’aide à la retenir.
contract-the-loot-box-piece-jumble = k9$Tz!4q
contract-the-loot-box-why-piece-jumble = Solide, mais te souviendras-tu de k9$Tz!4q demain ? Ces mélanges finissent sur des post-it ou réutilisés partout. Les mots au hasard sont solides ET faciles à retenir.
contract-the-loot-box-piece-volcano = volcan
contract-the-loot-box-why-piece-volcano = Bon choix. Les mots au hasard sont solides parce qu’ils ne parlent pas de toi. Imagine un volcan rempli d’oreillers, et tu ne l’oublieras pas.
contract-the-loot-box-piece-team = tigres
contract-the-loot-box-why-piece-team = On dirait un mot au hasard, mais tout le monde sait que tu es fan des Tigres : ton écharpe est sur tes photos. Ce que les gens savent de toi se devine vite, alors laisse-le de côté.
contract-the-loot-box-set-two-step = Validation en deux étapes : un code en plus de la phrase
contract-the-loot-box-val-two-step-off = Désactivée
contract-the-loot-box-why-two-step-off = Comme ça, ta phrase est le seul verrou. Si quelqu’un la découvre, il entre. Les deux étapes demandent aussi un code sur ton téléphone.
contract-the-loot-box-val-two-step-phone = Code sur mon téléphone
contract-the-loot-box-why-two-step-phone = Super : même si quelqu’un découvre ta phrase, il lui faudrait aussi ton téléphone. Ne donne jamais le code, même à quelqu’un qui dit être du « support ».
contract-the-loot-box-set-recovery = E-mail de secours, pour récupérer le compte si tu perds l’accès
contract-the-loot-box-val-recovery-friend = L’e-mail de mon meilleur ami
contract-the-loot-box-why-recovery-friend = Ton ami veut bien faire, mais celui qui a l’e-mail de secours peut changer ton mot de passe. On peut se fâcher, et son compte pourrait aussi être piraté.
contract-the-loot-box-val-recovery-own = Mon propre e-mail
contract-the-loot-box-why-recovery-own = Oui : un e-mail que toi seul utilises. Si tu oublies ta phrase ou si tu ne peux plus te connecter, tu peux récupérer ton compte.
contract-the-loot-box-val-recovery-none = Aucun
contract-the-loot-box-why-recovery-none = Personne d’autre ne peut s’en servir, c’est vrai. Mais si tu oublies ta phrase ou si on te pirate, impossible de revenir, et tes gemmes sont perdues. Ton propre e-mail, c’est mieux.
contract-the-loot-box-sign-in = Le week-end, tu joues chez { $friend }, sur son ordi portable. Tu cherches « Playfort » et trois liens s’affichent. Sur lequel te connectes-tu ?
contract-the-loot-box-page-buried = playfort.com.secure-login.net/login
contract-the-loot-box-why-page-buried = Ça commence par playfort.com, mais ça se termine en fait par secure-login.net, un autre site, et « secure » ne prouve rien. La fin, juste avant le premier /, dit à qui appartient la page.
contract-the-loot-box-page-real = account.playfort.com/login
contract-the-loot-box-why-page-real = Bien vu : juste avant le premier /, ça se termine par playfort.com, l’adresse de Playfort. La taper toi-même, c’est le plus sûr. Sur l’ordi d’un ami, déconnecte-toi à la fin et n’enregistre pas ta phrase.
contract-the-loot-box-page-lookalike = p1ayfort.com/login
contract-the-loot-box-why-page-lookalike = Regarde bien : c’est p-1-ayfort, avec le chiffre 1 au lieu d’un l. Les fausses pages copient la vraie pour voler les mots de passe. Lis les adresses lentement.

contract-the-loot-box-store-pops = De retour chez toi, il ne te manque qu’une victoire pour passer au rang suivant dans { $game }. Tu touches « Jouer », mais c’est la boutique qui s’ouvre, avec un { $chest } tout brillant.
contract-the-loot-box-ad-near = Mais d’abord, une pub glisse sur la boutique : « On connaît ton profil grâce au quiz ! Les joueurs du coin gagnent un { $chest } gratuit. Connecte-toi ici. » Elle connaît tes réponses, et à peu près où tu habites.
contract-the-loot-box-ad-knows = Mais d’abord, une pub glisse sur la boutique : « On connaît ton profil grâce au quiz ! Ton { $chest } gratuit t’attend. Connecte-toi ici. » Elle connaît tes réponses au quiz. Comment ?
contract-the-loot-box-ad-choice = Cette pub sait des choses que tu n’as dites qu’à l’appli de quiz. Ses « partenaires » les ont transmises, comme le disaient les petites lignes. Que fais-tu ?
contract-the-loot-box-choice-ad-revoke = Je la ferme et je coupe les accès de l’appli de quiz.
contract-the-loot-box-feedback-ad-revoke = C’est la solution. La pub te connaissait parce que l’appli de quiz a transmis tes réponses. Couper ses accès et la supprimer, ça arrête tout à la source.
contract-the-loot-box-choice-ad-tap = Un coffre gratuit ? Elle me connaît, donc c’est forcément vrai.
contract-the-loot-box-feedback-ad-tap = Une occasion d’apprendre : une pub qui te connaît n’est pas une amie, elle a acheté tes données. Ne te connecte jamais via une pub. Couper les accès de l’appli de quiz arrête la fuite.
contract-the-loot-box-choice-ad-close = Je la ferme, c’est tout. Les pubs, c’est juste pénible.
contract-the-loot-box-feedback-ad-close = Ne pas toucher, c’était bien. Mais les pubs vont revenir tant que l’appli de quiz peut transmettre tes données. Coupe ses accès dans Réglages pour les arrêter.
contract-the-loot-box-ad-revoked = Dans Réglages, tu coupes les accès de l’appli de quiz, tu la délies de tes comptes et tu la supprimes. La pub a disparu. Le coffre brille toujours.
contract-the-loot-box-ad-tapped = La page veut ton mot de passe Playfort et de « petits frais » sur la carte enregistrée. Aucun coffre nulle part. Tu fermes, et le coffre brillant revient.
contract-the-loot-box-ad-closed = Tu la fermes. Une minute plus tard, la pub revient, et le coffre derrière brille toujours.

contract-the-loot-box-spot = Les pages de boutique peuvent être conçues pour te presser. Touche tout ce qui est un piège.
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = Un skin légendaire pourrait être à l’intérieur ! Plus que 3 à ce prix !
contract-the-loot-box-part-timer = Fin de l’offre dans 04:59
contract-the-loot-box-feedback-part-timer = Un compte à rebours est là pour te presser, pour que tu ne t’arrêtes pas pour réfléchir. Ce genre d’offre revient généralement encore et encore.
contract-the-loot-box-part-odds = Taux de drop : un petit « i » dans un coin
contract-the-loot-box-feedback-part-odds = Les chances sont cachées exprès. Quand tu les trouves, le skin légendaire, c’est 0,4 % de chances : environ 1 coffre sur 250.
contract-the-loot-box-part-price = Prix : 500 gemmes
contract-the-loot-box-feedback-part-price = Les gemmes cachent l’argent réel. 500 gemmes coûtent environ 5,00 en vrai argent, mais on n’a pas l’impression de dépenser.
contract-the-loot-box-part-card = Coché : payer avec la carte enregistrée finissant par 4421
contract-the-loot-box-feedback-part-card = Une case cochée pour toi utilise la carte enregistrée sur cet appareil, sans doute celle d’un parent. Une case précochée est une interface piège (dark pattern) : tu ne l’as jamais choisie.
contract-the-loot-box-part-rank = Ton rang : Or II, 1 victoire avant Platine
contract-the-loot-box-feedback-part-rank = C’est juste ta progression. Rien de piégeux, même si les boutiques adorent surgir pile quand tu es à fond.
contract-the-loot-box-part-store = Le nom de la boutique, en haut
contract-the-loot-box-feedback-part-store = Pas un piège : chaque page de boutique a un nom. Les pièges sont dans ce qui est vendu, et dans la façon de le vendre.
contract-the-loot-box-part-close = Bouton fermer (X), en haut
contract-the-loot-box-feedback-part-close = Pas un piège, c’est ta sortie ! Tu peux toujours fermer la boutique et retourner jouer. Tu ne perds rien en partant.
contract-the-loot-box-part-chest = Le { $chest } qui brille, au milieu
contract-the-loot-box-feedback-part-chest = Tu paies d’abord, et tu découvres seulement après ce qu’il y a dedans. C’est ça, un coffre à butin : un prix au hasard, et la plupart des coffres contiennent des objets ordinaires.
contract-the-loot-box-pic-rank = Or II
contract-the-loot-box-pic-rank-next = 1 victoire avant Platine !
contract-the-loot-box-pic-timer = 04:59
contract-the-loot-box-pic-price = 500
contract-the-loot-box-pic-card = Payer avec la carte •••• 4421

contract-the-loot-box-chest-choice = J’ai eu un légendaire dans un coffre hier !! Ouvre-le avant la fin du compte à rebours, crois-moi
contract-the-loot-box-choice-find-odds = Je ferme. Quelles sont les vraies chances ? Je vérifie.
contract-the-loot-box-feedback-find-odds = Malin. Chercher les chances et le vrai prix vaut mieux que n’importe quel chrono. Et le coffre chanceux d’un ami ne dit rien sur tes propres chances.
contract-the-loot-box-choice-untick-gems = Je décoche la carte de { $adult } et je paie avec mes gemmes
contract-the-loot-box-feedback-untick-gems = Décocher la carte de { $adult }, bien vu : pas de facture surprise. Mais tu as quand même payé pour une chance au hasard, aux chances cachées, et ces gemmes t’ont pris des heures. Chercher les chances d’abord, c’est mieux.
contract-the-loot-box-choice-trust-friend = Un légendaire ? OK, j’ouvre avant la fin du chrono !
contract-the-loot-box-feedback-trust-friend = Une occasion d’apprendre : un coffre à butin, c’est comme un jeu d’argent, tu paies pour une chance au hasard. Le coffre chanceux d’un ami ne dit rien sur tes chances, et le chrono était fait pour te presser.

contract-the-loot-box-chests = Tu l’ouvres : un skin commun. « Si près ! » clignote, alors tu en ouvres un autre. Sept coffres plus tard, toujours pas de légendaire. Le lendemain, un e-mail : 7 achats, 34,93, carte se terminant par 4421.
contract-the-loot-box-pic-inbox = Boîte de réception
contract-the-loot-box-pic-receipt-subject = Reçu : 7 achats
contract-the-loot-box-pic-receipt-total = Total : 34,93
contract-the-loot-box-pic-receipt-card = Carte se terminant par 4421
contract-the-loot-box-earned-gems = Tes 500 gemmes ont disparu, pour un skin commun. La boutique clignote : « Si près du but ! Recharge 1 000 gemmes pour 9,99 ? » Le bouton brille.
contract-the-loot-box-pic-gems-left = 0
contract-the-loot-box-pic-so-close = Si près du but !
contract-the-loot-box-pic-topup = 1 000 gemmes pour 9,99
contract-the-loot-box-odds-found = Trouvées en petits caractères : légendaire 0,4 %, environ 1 coffre sur 250. À 5,00 le coffre, ça fait environ 1 250 pour un skin. Un coffre à butin, c’est comme un jeu d’argent : tu paies pour une chance au hasard.
contract-the-loot-box-pic-odds-title = Taux de drop
contract-the-loot-box-pic-legendary = Légendaire
contract-the-loot-box-pic-epic = Épique
contract-the-loot-box-pic-rare = Rare
contract-the-loot-box-pic-common = Commun
contract-the-loot-box-pic-pct-legendary = 0,4 %
contract-the-loot-box-pic-pct-epic = 4,6 %
contract-the-loot-box-pic-pct-rare = 20 %
contract-the-loot-box-pic-pct-common = 75 %

contract-the-loot-box-topup-choice = Ce bouton brillant pourrait t’offrir un essai de plus. Et maintenant ?
contract-the-loot-box-choice-close-store = Je ferme la boutique. « Si près », c’est juste l’hameçon.
contract-the-loot-box-feedback-close-store = Bien joué. Un coffre à butin, c’est comme un jeu d’argent, et les « presque » sont montrés exprès pour te faire acheter. Partir, c’est comme ça qu’on gagne ici.
contract-the-loot-box-choice-top-up = Une seule recharge. Le prochain coffre sera forcément mieux.
contract-the-loot-box-feedback-top-up = Une occasion d’apprendre : chaque coffre est un nouveau tirage au hasard, donc « presque » la dernière fois ne veut rien dire. Cette envie de retenter, c’est exactement ce que le jeu cherche.
contract-the-loot-box-store-closed = Tu fermes la boutique et tu joues une partie normale. Tu la gagnes : Platine, sans rien dépenser. Mais la carte de { $adult } est toujours cochée dans la boutique.
contract-the-loot-box-topped-up = La carte enregistrée paie 9,99. Deux coffres de plus, deux skins communs de plus. Le lendemain matin, un e-mail : « Reçu : 9,99, carte se terminant par 4421. »

contract-the-loot-box-late-nag = Il est 23 h. { $game } t’envoie une notif : « Ta série quotidienne se termine à minuit ! Joue 3 matchs de plus, ou achète un Sauve-Série. » Puis { $friend } t’écrit.
contract-the-loot-box-late-choice = reste co !! il me faut 2 victoires pour Platine, tu m’aides ?
contract-the-loot-box-choice-log-off = Non, je me déconnecte. Série ou pas, il me faut dormir.
contract-the-loot-box-feedback-log-off = C’est toi qui décides, pas le jeu. Dire non à un ami à 23 h, c’est dur, et le sommeil vaut mieux que n’importe quelle série. Les vrais amis comprennent.
contract-the-loot-box-choice-help-friend = OK, je reste et je t’aide à gagner tes 2 victoires, promis
contract-the-loot-box-feedback-help-friend = Vouloir aider { $friend }, c’est gentil ! Mais « 2 victoires de plus » à 23 h, c’est l’hameçon de la série qui marche sur vous deux. Tu pourras aider demain, après une nuit de sommeil.
contract-the-loot-box-choice-streak-saver = J’achète le Sauve-Série, comme ça je dors tranquille
contract-the-loot-box-feedback-streak-saver = Une occasion d’apprendre : payer pour faire taire une relance apprend au jeu que relancer marche. La série reviendra demain soir, et le Sauve-Série aussi.
contract-the-loot-box-logged-off = Tu te déconnectes et tu dors. Ta série repart à zéro, et il ne se passe rien de grave. Le lendemain, tu remarques que la carte de { $adult } est toujours cochée dans la boutique.
contract-the-loot-box-stayed-late = Deux victoires prennent six matchs. Il est 1 h du matin. La boutique s’affiche : « Offre oiseaux de nuit ! Sauve-Série à moitié prix, cette nuit seulement. »
contract-the-loot-box-saver = La carte enregistrée paie 1,99, et tu dors. Mais la relance revient chaque soir, et le toucher aussi. Une semaine plus tard, un e-mail : 7 Sauve-Série, 13,93.

contract-the-loot-box-night-choice = Il est 1 h, et une offre « cette nuit seulement » apparaît. Que fais-tu ?
contract-the-loot-box-choice-phone-off = Pas d’offres à 1 h du matin. Téléphone éteint, j’arrête là.
contract-the-loot-box-feedback-phone-off = Bien vu ! Les offres de nuit tombent au moment où on est fatigué. Éteindre le téléphone, c’était reprendre le contrôle, même après une longue soirée.
contract-the-loot-box-choice-half-price = À moitié prix ? OK, juste cette fois. Puis au lit.
contract-the-loot-box-feedback-half-price = Une occasion d’apprendre : les offres « cette nuit seulement » arrivent quand on est fatigué, parce qu’on touche plus facilement. La série reviendra demain, et l’offre aussi.
contract-the-loot-box-phone-off = Tu éteins enfin. Rien de dépensé, mais la journée d’école du lendemain paraît très longue.
contract-the-loot-box-night-saver = 0,99 sur la carte enregistrée, et tu dors enfin. La nuit suivante, la série relance, et l’offre revient.

contract-the-loot-box-card-choice = La carte est toujours enregistrée, et les coffres vont continuer à s’afficher. Que fais-tu ?
contract-the-loot-box-choice-lock-card = Je demande à { $adult } de retirer la carte et de mettre un code
contract-the-loot-box-feedback-lock-card = Bonne idée. Sans la carte, aucun toucher fatigué ne peut rien acheter. Parler de dépenses avec { $adult }, ce n’est pas avouer un problème : c’est fixer des limites ensemble.
contract-the-loot-box-choice-leave-card = Je laisse. Pas la peine d’inquiéter { $adult }, je connais les pièges.
contract-the-loot-box-feedback-leave-card = Une occasion d’apprendre : connaître les pièges aide, mais ils marchent quand on est fatigué ou excité. Demander à { $adult } ne dérange pas : un code d’achat te protège aussi dans tes pires moments.
contract-the-loot-box-card-left = Une semaine plus tard, à minuit, un coffre « Double XP » s’affiche. La carte est toujours cochée, et ton pouce est à un toucher.
contract-the-loot-box-parent-talk = Merci de m’en parler. Retirons la carte, mettons un code d’achat, et mettons-nous d’accord sur des horaires de jeu qui laissent du temps pour dormir.

contract-the-loot-box-bill-choice = C’est du vrai argent, pris sur la carte de { $adult }. Que vas-tu faire ?
contract-the-loot-box-choice-show-adult = Je montre l’e-mail à { $adult }. On demandera un remboursement.
contract-the-loot-box-feedback-show-adult = Ça demande du cran, et c’est le bon choix. Si le titulaire de la carte demande vite, les chances de remboursement sont meilleures, et { $adult } peut mettre un code d’achat.
contract-the-loot-box-choice-help-desk = Je demande un remboursement à l’aide du jeu, { $adult } n’en saura rien
contract-the-loot-box-feedback-help-desk = Essayer de réparer, c’était responsable ! Mais un remboursement demande en général le titulaire de la carte, et la carte est toujours enregistrée. { $adult } doit le savoir, et peut vraiment aider.
contract-the-loot-box-choice-chase = Je continue, sinon tout ce que j’ai dépensé est perdu.
contract-the-loot-box-feedback-chase = Une occasion d’apprendre : courir après ce qu’on a déjà dépensé, c’est exactement ce pour quoi ces boutiques sont faites. Dépenser plus ne le fait pas revenir. Il n’est jamais trop tard pour arrêter et en parler.
contract-the-loot-box-store-reply = La boutique répond : « Les remboursements doivent être demandés par le titulaire du compte. » Et la carte de { $adult } est toujours cochée dans la boutique.
contract-the-loot-box-parent-helps = Merci de m’avoir tout dit tout de suite. Pas de colère : ces jeux sont faits pour ça. Demandons un remboursement, retirons la carte et mettons un code d’achat ensemble.
contract-the-loot-box-chased = Cinq achats de plus, et le total ne cesse de grimper. Chaque toucher rend le suivant plus facile.

contract-the-loot-box-reply-choice = La boutique ne peut rien faire sans { $adult }. Et maintenant ?
contract-the-loot-box-choice-show-reply = Je montre à { $adult } l’e-mail et la réponse de la boutique
contract-the-loot-box-feedback-show-reply = C’est courageux et malin. Il n’est jamais trop tard pour en parler. { $adult } peut demander le remboursement et bloquer la carte, et c’est plus facile maintenant qu’à l’arrivée du relevé.
contract-the-loot-box-choice-delete-email = J’efface les e-mails. Pourquoi embêter { $adult } avec ça ?
contract-the-loot-box-feedback-delete-email = Une occasion d’apprendre : effacer les e-mails n’efface pas les achats, et la carte est toujours enregistrée. { $adult } préfère l’apprendre de toi maintenant. En parler règle les choses, et il n’est jamais trop tard.
contract-the-loot-box-deleted = Les e-mails ont disparu. Pas les achats, et la carte de { $adult } est toujours enregistrée dans la boutique.

contract-the-loot-box-end-safe = Aucun argent réel dépensé, et { $adult } a retiré la carte avec toi. Tu sais qu’un coffre à butin est un pari, tu ne lui as pas couru après, et tu fixes tes propres limites.
contract-the-loot-box-end-late = Rien de dépensé, et tu as dit non à l’offre d’1 h du matin. Mais aider { $friend } a mangé la moitié de ta nuit, et la série te relancera demain. C’est toi qui décides quand t’arrêter.
contract-the-loot-box-end-night-saver = Tu as arrêté à 1 h du matin, mais seulement en payant. La série et l’offre reviendront demain soir, et la carte de { $adult } est toujours enregistrée. Parler de limites avec { $adult } aiderait.
contract-the-loot-box-end-card-left = Tu n’as pas couru après les coffres, et tu connais les pièges. Mais la carte est toujours enregistrée : un toucher fatigué pourrait acheter un coffre n’importe quel soir. Demande à { $adult } de la retirer.
contract-the-loot-box-end-recovered = Ça a coûté plus que prévu, mais tu l’as montré à { $adult } et vous avez demandé un remboursement ensemble. La carte est retirée, un code d’achat est activé, et tu connais les pièges maintenant.
contract-the-loot-box-end-mixed = Les dépenses se sont arrêtées, mais personne n’est au courant, la boutique ne rembourse pas, et la carte de { $adult } est toujours enregistrée. Ça pourrait recommencer. En parler à { $adult } aiderait à réparer.
contract-the-loot-box-end-harmful = Tu as racheté pour rattraper tes dépenses, et la facture a grossi. Ces boutiques sont faites pour ça : ce n’est pas ta faute. Il n’est jamais trop tard pour en parler à { $adult } ou à un adulte de confiance, qui t’aidera.

# What the choices leave on "My phone" (traces).
contract-the-loot-box-trace-card = La carte enregistrée, retirée de la boutique du jeu, avec un code d’achat activé.
contract-the-loot-box-trace-card-advice = Malin. Plus aucun clic fatigué ne peut acheter quoi que ce soit. Continue à fixer des limites avec ton adulte de confiance.
