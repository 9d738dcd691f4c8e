# Conduite / valeurs : Les pilules de révision (16-18 ans). Un groupe pousse aux « pilules de concentration » et aux nuits blanches. Aucun nom de produit, aucune dose.

conduct-the-study-pills-title = Les pilules de révision
conduct-the-study-pills-summary = Deux semaines avant les examens, ton groupe de discussion vend des « pilules de concentration » et se vante des nuits blanches. Qu’est-ce qui aide vraiment ?
conduct-the-study-pills-remember = Une pilule vendue en ligne par un inconnu peut contenir n’importe quoi. La vraie aide : sommeil, pauses, révisions, infirmerie ou médecin. Quelqu’un se sent mal après en avoir pris ? Préviens vite un adulte.

conduct-the-study-pills-app = { $app }
conduct-the-study-pills-app-clique = Clique
conduct-the-study-pills-app-groupy = Groupy
conduct-the-study-pills-app-hivechat = HiveChat
conduct-the-study-pills-group-name = { $group }
conduct-the-study-pills-group-crew = Team Révisions
conduct-the-study-pills-group-grind = Mode Exams
conduct-the-study-pills-group-squad = Groupe d’étude
conduct-the-study-pills-seller-plug = focus_plug
conduct-the-study-pills-seller-boost = gradeboost_22
conduct-the-study-pills-seller-brain = brainfuel.x
conduct-the-study-pills-nighter-jay = Jay
conduct-the-study-pills-nighter-sol = Sol
conduct-the-study-pills-nighter-ash = Ash
conduct-the-study-pills-adult-uncle = Tonton Tomás
conduct-the-study-pills-adult-mum = Maman
conduct-the-study-pills-adult-gran = Mamie

conduct-the-study-pills-npc-friend = { $friend }
conduct-the-study-pills-npc-seller = { $seller }
conduct-the-study-pills-npc-nighter = { $nighter }
conduct-the-study-pills-npc-adult = { $adult }

conduct-the-study-pills-intro = Deux semaines avant les examens. Le groupe de ta classe, { $group }, n’a jamais été aussi agité : astuces, mèmes, panique. { $friend } ne dort presque plus depuis des jours.

conduct-the-study-pills-sort = Le groupe déborde d’« astuces ». Trie-les : lesquelles faire circuler, lesquelles vérifier d’abord, et lesquelles garder hors du groupe ?
conduct-the-study-pills-post-timer-from = { $friend }
conduct-the-study-pills-post-timer = ce minuteur de concentration gratuit est génial. 25 minutes de travail, 5 minutes de pause. j’ai fait tout un chapitre d’histoire ce soir
conduct-the-study-pills-post-timer-why = À partager. Des blocs courts avec des pauses, c’est une vraie méthode de travail bien connue, et l’appli est gratuite. Les bonnes astuces méritent de circuler.
conduct-the-study-pills-post-pills = spécial examens : pilules FOCUS. révise 12 heures d’affilée, pas besoin de dormir. écris-moi en privé, sans questions
conduct-the-study-pills-post-pills-why = À garder hors du groupe. Des pilules vendues en ligne par un inconnu peuvent contenir n’importe quoi, en n’importe quelle quantité, et « sans questions » veut dire que personne ne vérifie. Signale plutôt la publication.
conduct-the-study-pills-pic-ad-title = FOCUS+
conduct-the-study-pills-pic-ad-line1 = 12 heures d’affilée
conduct-the-study-pills-pic-ad-line2 = Pas besoin de dormir
conduct-the-study-pills-pic-ad-dm = Écris-moi
conduct-the-study-pills-post-sessions-from = Bibliothèque du lycée
conduct-the-study-pills-post-sessions = Séances de révision gratuites avec les profs, chaque mardi et jeudi après les cours. Apportez vos questions, on apporte le goûter.
conduct-the-study-pills-post-sessions-why = À partager. Des séances gratuites avec des profs qui connaissent l’examen, c’est exactement le genre d’aide qui marche, et l’annonce vient de l’établissement lui-même.
conduct-the-study-pills-pic-sessions-title = Séances de révision
conduct-the-study-pills-pic-sessions-when = Mar. et jeu., après les cours
conduct-the-study-pills-pic-sessions-where = Bibliothèque, gratuit
conduct-the-study-pills-post-study-from = BrainHacks Daily
conduct-the-study-pills-post-study = DES SCIENTIFIQUES LE DISENT : les élèves sous pilules de concentration ont 30 % de meilleures notes !!! partagez avant qu’on supprime ça
conduct-the-study-pills-post-study-why = À vérifier d’abord, et pas à faire suivre tel quel : aucune étude citée, aucun scientifique nommé, et « avant qu’on supprime ça » est une phrase de pression classique. La vraie recherche ne se cache pas.
conduct-the-study-pills-post-nighter = on dormira après les exams. nuit blanche ce soir, qui vient ?? poste ton bureau ou c’est que tu t’en fiches
conduct-the-study-pills-post-nighter-why = À garder hors du groupe. C’est pendant le sommeil que le cerveau range ce que tu as appris, et « tu t’en fiches », c’est de la pression, pas une astuce. Tu peux passer ton tour sans rien rater.
conduct-the-study-pills-post-nurse-from = Infirmerie du lycée
conduct-the-study-pills-post-nurse = Le stress des examens, c’est normal, et vous n’avez pas à le gérer sans aide. Passez à l’heure du déjeuner, sans rendez-vous. Dormir et manger, ça compte aussi comme réviser !
conduct-the-study-pills-post-nurse-why = À partager. Une infirmière ou un infirmier qui aide pour le stress, le sommeil et la concentration, c’est une aide réelle et sûre, et la partager peut toucher quelqu’un qui en a besoin.

conduct-the-study-pills-seller-dm = j’ai vu que les maths te stressent. la première est gratuite, juste pour toi. dis rien aux autres
conduct-the-study-pills-choice-report-seller = Je signale le compte, puis je laisse son message en « vu », point.
conduct-the-study-pills-feedback-report-seller = Parfait. Un inconnu qui offre une pilule gratuite et « dis rien » : deux signaux d’alerte. Le signalement fait examiner le compte avant qu’il atteigne quelqu’un de plus tenté.
conduct-the-study-pills-choice-ignore-seller = J’ignore. Ce que les autres achètent ne me regarde pas.
conduct-the-study-pills-feedback-ignore-seller = Dire non pour toi, c’est bien. Mais le vendeur est toujours dans ton groupe, à travailler les plus stressés. Un signalement prend quelques secondes.
conduct-the-study-pills-choice-free-pill = Une seule gratuite, juste pour m’aider en maths. Après j’arrête.
conduct-the-study-pills-feedback-free-pill = Une occasion d’apprendre : « la première est gratuite », c’est ainsi que les vendeurs accrochent, et personne ne peut te dire ce qu’il y a dedans. Le stress rend ça tentant. Il n’est pas trop tard pour dire non.
conduct-the-study-pills-reported = Tu signales le compte. Le soir, les publications du vendeur ont disparu de { $group }, et l’appli indique : « Merci, nous avons pris des mesures. »
conduct-the-study-pills-ignored = Tu laisses passer. Le vendeur continue de poster dans { $group } : « plus que 5 », « exam demain ? je gère ».

conduct-the-study-pills-packet = Deux jours plus tard, une petite enveloppe arrive. Dedans : un sachet de comprimés. Pas de nom, pas d’étiquette, pas de notice. Les maths, c’est demain.
conduct-the-study-pills-pill-choice = Personne, pas même le vendeur, ne peut te dire ce qu’il y a vraiment dedans. Tu fais quoi ?
conduct-the-study-pills-choice-show-adult = Pas question. Je donne le sachet à { $adult } ce soir.
conduct-the-study-pills-feedback-show-adult = C’est courageux et malin. Un adulte peut s’en débarrasser sans risque, aider à signaler le vendeur et t’aider face au stress des examens. Tu n’as pas d’ennuis pour en avoir parlé.
conduct-the-study-pills-choice-bin-it = Je le jette ce soir, je bloque le vendeur, et on n’en parle plus.
conduct-the-study-pills-feedback-bin-it = Ne pas le prendre, c’est le plus important, et bloquer aide. Mais le vendeur a ton adresse et peut écrire depuis un autre compte, et { $adult } ne peut aider qu’en étant au courant. Tu n’auras pas d’ennuis.
conduct-the-study-pills-choice-take-it = Je le prends. La moitié du groupe dit que ça marche, donc c’est sûr.
conduct-the-study-pills-feedback-take-it = Une occasion d’apprendre : « tout le monde le dit » n’est pas une étiquette. Une pilule d’inconnu, c’est l’inconnu. La pression était forte, ce n’est pas ta faute, et il est encore temps de demander de l’aide.
conduct-the-study-pills-binned = Tu jettes le sachet, tu bloques le vendeur et tu ne dis rien. Le lendemain, un nouveau compte écrit : « alors ? t’en veux d’autres ? »
conduct-the-study-pills-took = Cette nuit-là, ton cœur s’emballe et tu ne dors pas du tout. À l’examen, les questions se brouillent. Tu te sens mal, et tu as peur.
conduct-the-study-pills-own-last = Ce n’est pas ta faute : le groupe et le vendeur ont beaucoup insisté. Ce que tu ressens compte plus que n’importe quel examen. Et maintenant ?
conduct-the-study-pills-choice-tell-nurse = Je vais le dire à { $adult } et voir l’infirmerie ou un médecin.
conduct-the-study-pills-feedback-tell-nurse = C’est la bonne décision. Quand on a pris quelque chose d’inconnu et qu’on se sent mal, une infirmière ou un médecin doit le savoir, et un adulte peut aider. Tu n’as pas d’ennuis.
conduct-the-study-pills-choice-push-through = Je dis à { $adult } que c’est la fatigue, et je tiens bon.
conduct-the-study-pills-feedback-push-through = Une occasion d’apprendre : « c’est la fatigue » cache ce qui se passe vraiment. Se sentir mal après une pilule inconnue, c’est une raison de demander de l’aide, pas d’attendre. Raconte tout.
conduct-the-study-pills-choice-another = Je demande au vendeur ce qu’il y a dedans, et si j’en reprends une.
conduct-the-study-pills-feedback-another = Une occasion d’apprendre : le vendeur veut une autre vente, pas ta santé. L’infirmerie, un médecin ou un adulte de confiance : voilà à qui demander.
conduct-the-study-pills-pushed-through = Tu dis à { $adult } que c’est la fatigue. Tu dors mal pendant des jours, et les autres examens se passent encore moins bien que les maths.
conduct-the-study-pills-asked-another = c’est le stress mdr. t’en veux d’autres ? 10 pièce
conduct-the-study-pills-adult-self = Merci de me l’avoir dit. Tu n’as pas d’ennuis, et ce n’est pas ta faute. On va à l’infirmerie aujourd’hui, on signale ce vendeur, et on prévoit des révisions qui te laissent dormir.

conduct-the-study-pills-night = encore debout ?? équipe nuit blanche. poste ton bureau ou c’est que tu t’en fiches
conduct-the-study-pills-pic-time = 01:12
conduct-the-study-pills-pic-new = 47 nouveaux messages
conduct-the-study-pills-pic-night-post = équipe nuit blanche, postez vos bureaux !!
conduct-the-study-pills-choice-mute-sleep = Je coupe { $group } jusqu’à demain et je dors.
conduct-the-study-pills-feedback-mute-sleep = Excellent choix. C’est en dormant que ton cerveau enregistre ce que tu as révisé, et la sourdine empêche le groupe de t’empêcher de dormir. Rien dans ce groupe ne peut pas attendre le petit déjeuner.
conduct-the-study-pills-choice-post-desk = Je poste mon bureau, pour être tranquille, puis je dors.
conduct-the-study-pills-feedback-post-desk = Aller dormir, c’est bien. Mais poster alimente le jeu du « qui tient le plus tard », et les réponses vont vibrer toute la nuit. La sourdine protège ton sommeil.
conduct-the-study-pills-choice-energy = Encore une boisson énergisante. On dormira après les exams, non ?
conduct-the-study-pills-feedback-energy = Une occasion d’apprendre : une nuit blanche abîme la mémoire au lieu de l’aider, et un cœur qui s’emballe à la caféine n’aide pas à réfléchir. Demain, tu peux mettre le sommeil en premier.
conduct-the-study-pills-slept = Tu coupes le groupe et tu dors. À 2 h 30, ton téléphone s’allume : un message privé de { $friend }.
conduct-the-study-pills-up-late = Tu postes ton bureau. Les réponses vibrent jusqu’à 2 h. À 2 h 30, un message privé de { $friend } arrive.
conduct-the-study-pills-wired = À 2 h, ton cœur cogne et plus rien ne rentre. À 2 h 30, un message privé de { $friend } arrive.

conduct-the-study-pills-friend-dm = je peux te dire un truc ? j’ai pris une des pilules de { $seller }. mon cœur bat super vite et je me sens bizarre. s’il te plaît dis-le à personne
conduct-the-study-pills-choice-get-adult = Je réveille { $adult } : il te faut un médecin ce soir.
conduct-the-study-pills-feedback-get-adult = Ça, c’est être là pour quelqu’un. Un cœur qui s’emballe après une pilule inconnue, ça demande un médecin, ce soir. Un secret sur la santé de quelqu’un, c’est un secret à briser, et parler n’est jamais cafter.
conduct-the-study-pills-choice-water = Bois de l’eau, allonge-toi, et écris-moi si ça empire.
conduct-the-study-pills-feedback-water = Rester avec { $friend }, c’est gentil. Mais par message, impossible de savoir si c’est grave, même pour { $friend }. Un adulte peut obtenir l’avis d’un médecin tout de suite.
conduct-the-study-pills-choice-keep-secret = Je ne dirai rien, ni à { $adult } ni à personne. Dors.
conduct-the-study-pills-feedback-keep-secret = Une occasion d’apprendre : tenir la promesse semble loyal, mais { $friend } se sent mal après une pilule inconnue. C’est un secret à dire, et il n’est pas trop tard.
conduct-the-study-pills-adult-friend = Tu as fait exactement ce qu’il fallait. On appelle la famille de { $friend } et un médecin tout de suite. Personne n’a d’ennuis. Demain, on signale ce vendeur ensemble.

conduct-the-study-pills-compose = Le lendemain matin, un médecin a tout vérifié : { $friend } va bien et se repose. Écris-lui : qu’est-ce qui aide, et qu’est-ce qu’il vaut mieux laisser de côté ?
conduct-the-study-pills-ph-glad = Ça me soulage tellement que tu ailles bien.
conduct-the-study-pills-why-glad = Simple et chaleureux. Après une nuit qui fait peur, la première chose à entendre, c’est que quelqu’un tient à toi.
conduct-the-study-pills-ph-stupid = Franchement, c’était vraiment bête de ta part.
conduct-the-study-pills-why-stupid = À laisser de côté. { $friend } sait déjà que ça a mal tourné, et la honte pousse à cacher les choses la prochaine fois. La gentillesse garde le dialogue ouvert.
conduct-the-study-pills-ph-library = On révise ensemble à la bibliothèque demain ?
conduct-the-study-pills-why-library = Un vrai projet vaut mieux qu’un sermon. Réviser ensemble, c’est un soutien qui aide aussi contre le stress qui a tout déclenché.
conduct-the-study-pills-ph-hi = Coucou, c’est moi.
conduct-the-study-pills-why-hi = Ça ne change rien. C’est sympa, c’est tout.
conduct-the-study-pills-ph-group = Je l’ai dit au groupe, pour que personne d’autre n’essaie.
conduct-the-study-pills-why-group = Ça semble protecteur, mais ça étale une info de santé privée devant toute la classe. Préviens contre le vendeur sans nommer { $friend }.
conduct-the-study-pills-ph-no-trouble = Je ne t’en veux pas du tout, promis.
conduct-the-study-pills-why-no-trouble = Important. { $friend } craint peut-être que tu lui en veuilles à cause du secret. Le dire clairement protège votre amitié.
conduct-the-study-pills-ph-seller = Envoie-moi le nom du vendeur, je veux voir.
conduct-the-study-pills-why-seller = À laisser de côté. Même « par curiosité », ça garde le vendeur dans ta vie. Le compte est signalé : que ça s’arrête là.
conduct-the-study-pills-ph-nurse = L’infirmerie aide vraiment pour le stress. On y va ensemble ?
conduct-the-study-pills-why-nurse = Oui. C’est le stress qui a vendu la pilule, et l’infirmerie peut aider. Y aller à deux, c’est plus facile.
conduct-the-study-pills-sent = merci. pour cette nuit aussi. bibliothèque demain, ok. et je mets { $group } en sourdine jusqu’à la fin des exams

conduct-the-study-pills-friend-worse = ça s’arrête pas. mes mains tremblent et j’ai peur
conduct-the-study-pills-last = { $friend } a peur, et c’est trop lourd à porter sans adulte. Il n’est pas trop tard. Et maintenant ?
conduct-the-study-pills-choice-tell-now = Je réveille { $adult } tout de suite, même si j’ai promis.
conduct-the-study-pills-feedback-tell-now = C’est le bon choix, et un choix courageux. Un problème de santé passe avant une promesse. { $friend } t’en voudra peut-être un moment, mais sera en sécurité.
conduct-the-study-pills-choice-promise = Une promesse, c’est une promesse. Je reste debout.
conduct-the-study-pills-feedback-promise = Une occasion d’apprendre : veiller avec { $friend }, c’est attentionné, mais des messages ne soignent pas un cœur qui s’emballe. Il n’est jamais trop tard pour en parler à un adulte de confiance.
conduct-the-study-pills-choice-search = Je vérifie la pilule en ligne, et après je verrai pour { $adult }.
conduct-the-study-pills-feedback-search = Une occasion d’apprendre : personne ne sait ce qu’il y avait dedans, donc aucun site ne peut répondre. Chercher fait perdre un temps précieux pour un médecin. Réveille { $adult } maintenant.
conduct-the-study-pills-kept-promise = Tu écris jusqu’à 5 h. { $friend } passe la nuit, mais se sent mal toute la journée, et personne ne sait ce qui a été pris.
conduct-the-study-pills-searched = Chaque page dit autre chose. Quand tu relèves la tête, il est 4 h, et { $friend } se sent toujours très mal.

conduct-the-study-pills-end-safe = Tu as gardé la tête froide dans un groupe qui poussait aux pilules et aux nuits blanches, signalé le vendeur et fait aider { $friend } vite. De vraies révisions, du vrai sommeil : voilà ce qui marche.
conduct-the-study-pills-end-recovered = Il t’a fallu un moment, mais tu as brisé la promesse qu’il fallait briser. { $friend } a vu un médecin, le vendeur est signalé, et vous le savez maintenant : un secret de santé, ça se dit.
conduct-the-study-pills-end-recovered-self = Le vendeur t’a tendu un piège, puis tu as dit stop et tu en as parlé à { $adult }. Le vendeur est signalé, tu n’as pas d’ennuis, et l’infirmerie t’aide avec le stress des examens.
conduct-the-study-pills-end-harmful = Des pilules inconnues ont aggravé les choses. Ce n’est pas ta faute : le groupe et le vendeur ont beaucoup insisté. Il n’est jamais trop tard pour en parler à un adulte de confiance et voir l’infirmerie ou un médecin.
conduct-the-study-pills-end-harmful-friend = { $friend } se sent toujours mal, personne ne sait ce qui a été pris, et le vendeur vend toujours. Ce n’est pas ta faute. Il n’est jamais trop tard pour en parler à un adulte de confiance, qui fera venir un médecin.

conduct-the-study-pills-trace-reported = Signalé : le compte qui vendait des « pilules de concentration » dans { $group }.
conduct-the-study-pills-trace-reported-advice = Des pilules vendues en ligne par des inconnus peuvent contenir n’importe quoi. Du stress pour la concentration ou le sommeil ? L’infirmerie, un médecin ou un adulte de confiance peuvent vraiment aider.

# Last decision: the group asks about the pills. Warn without naming the friend.
conduct-the-study-pills-group-ask = quelqu’un a encore des pilules FOCUS ?? chimie vendredi et je suis trop à la bourre
conduct-the-study-pills-choice-no-pills = Non, ça peut contenir n’importe quoi. Venez à la révision de jeudi.
conduct-the-study-pills-feedback-no-pills = Bien dit. Tu as détourné le groupe des pilules et montré une aide qui marche vraiment, sans raconter la nuit de { $friend }.
conduct-the-study-pills-choice-name-friend = Surtout pas ! { $friend } en a pris une hier et ça a très mal tourné.
conduct-the-study-pills-feedback-name-friend = Une occasion d’apprendre : prévenir, c’est bien, mais ce qui est arrivé à { $friend } touche à sa santé, et c’est privé. Préviens contre les pilules, sans donner de noms.
conduct-the-study-pills-named = Avant que tu aies pu l’effacer, la moitié de la classe l’a vu. { $friend } t’écrit : « c’était privé ».
