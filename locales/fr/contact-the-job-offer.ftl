# Contacts / commercial : L'offre d'emploi (16-18 ans). Mules financières et vente de comptes.

contact-the-job-offer-title = L’offre d’emploi
contact-the-job-offer-summary = Un inconnu te propose de l’argent facile si tu laisses de l’argent transiter par ton compte bancaire.
contact-the-job-offer-remember = Un vrai job ne demande jamais tes identifiants bancaires et ne te demande jamais de faire transiter de l’argent pour des inconnus. Dis non, signale-le, et préviens tout de suite un adulte ou ta banque.

contact-the-job-offer-app = { $app }
contact-the-job-offer-app-pingpost = Pingpost
contact-the-job-offer-app-chatwhirl = Chatwhirl
contact-the-job-offer-app-natterly = Natterly
contact-the-job-offer-agent-jess = Jess | Jobs à distance
contact-the-job-offer-agent-marco = Marco | Paie rapide
contact-the-job-offer-agent-dani = Dani | Petits boulots
contact-the-job-offer-friend-tariq = Tariq
contact-the-job-offer-friend-lena = Léna
contact-the-job-offer-friend-ines = Inès
contact-the-job-offer-adult-mum = Maman
contact-the-job-offer-adult-dad = Papa
contact-the-job-offer-adult-aunt = Tata Lina

contact-the-job-offer-npc-agent = { $agent }
contact-the-job-offer-npc-friend = { $friend }
contact-the-job-offer-npc-adult = { $adult }

contact-the-job-offer-intro = Les examens sont finis et tu mets de côté pour le permis de conduire. Sur { $app }, une demande de message arrive de quelqu’un que tu n’as jamais rencontré : { $agent }.

contact-the-job-offer-offer = Salut ! J’ai vu ton profil. Tu veux gagner 300 par semaine depuis ton téléphone ? Pas besoin d’expérience, 10 minutes par jour, paiement chaque vendredi. Ça t’intéresse ?
contact-the-job-offer-choice-company = C’est quelle entreprise ? Envoie-moi un site web et un contrat.
contact-the-job-offer-feedback-company = Bien joué. Les vrais employeurs ont un nom, un site web, un contrat et un entretien. Les jobs qui te tombent dessus, avec beaucoup d’argent pour aucun travail, c’est une entrée en matière classique d’arnaque.
contact-the-job-offer-choice-how = Ça a l’air intéressant. Comment ça marche ?
contact-the-job-offer-feedback-how = Poser des questions avant de dire oui, c’est raisonnable. Mais un message surprise d’un inconnu qui promet de « l’argent facile », c’est déjà un signal d’alerte, alors reste sur tes gardes.
contact-the-job-offer-choice-in = Carrément ! T’as besoin de quoi ?
contact-the-job-offer-feedback-in = Une occasion d’apprendre : quand l’argent a l’air trop facile, ça te coûte généralement autre chose. Les arnaqueurs comptent sur l’enthousiasme pour que tu ne poses pas de questions.

contact-the-job-offer-dodges = On est une société internationale de paiements, pas de site web pour des raisons de confidentialité. Le job : de l’argent arrive sur ton compte, tu gardes 20 % et tu envoies le reste. 100 % légal, promis.
contact-the-job-offer-eager = J’adore cette énergie ! Le job est simple : de l’argent arrive sur ton compte, tu gardes 20 % et tu envoies le reste. Tu vas gagner plus que tes potes en un mois.
contact-the-job-offer-friend-says = { $agent } t’a écrit aussi ?? la moitié de notre niveau l’a reçu. quelqu’un dit avoir déjà gagné 300, donc ça doit être réglo ?

contact-the-job-offer-details = Alors, ça te tente ? Envoie tes coordonnées bancaires et un selfie avec ta pièce d’identité aujourd’hui, il ne reste presque plus de places. Ou je t’achète tes identifiants bancaires pour 150. Ça reste entre nous, OK ?
contact-the-job-offer-choice-report = Non. Je signale ça et je préviens { $adult }.
contact-the-job-offer-feedback-report = Exactement. Tes coordonnées bancaires et ta pièce d’identité ne regardent que toi, et personne n’a le droit de te presser. C’est le piège des mules financières ; le signaler protège aussi { $friend } et tout ton niveau.
contact-the-job-offer-choice-block = Non merci. Bloquer et passer à autre chose.
contact-the-job-offer-feedback-block = Bloquer a protégé tes coordonnées. Mais { $agent } écrit à la moitié de ton niveau, et certains diront oui. Le signaler et en parler à un adulte aide à arrêter ça pour tout le monde.
contact-the-job-offer-choice-send = Envoyer mes infos bancaires et un selfie avec ma pièce d’identité
contact-the-job-offer-feedback-send = Une occasion d’apprendre : avec tes coordonnées bancaires et ta pièce d’identité, un arnaqueur peut faire passer de l’argent volé ou ouvrir des comptes à ton nom. « Ça reste entre nous » est un signal d’alerte.
contact-the-job-offer-adult-helps = Bien vu. C’est le piège des mules financières : des « jobs » qui font passer de l’argent volé par des comptes d’ados. C’est un délit même si tu t’es fait piéger : dire non te protège. Signalons-le et prévenons { $friend }.

contact-the-job-offer-money-lands = Deux jours plus tard, 2 000 arrivent sur ton compte, envoyés par un inconnu. { $agent } : « Envoie 1 600 sur ce compte dans l’heure. Parles-en à qui que ce soit et c’est TOI qui auras des ennuis. »
contact-the-job-offer-way-back = C’est le piège des mules financières. L’argent est sûrement volé, et le faire passer peut être un délit même si tu t’es fait piéger. La peur sert à te faire taire. Demander de l’aide maintenant te protège le mieux.
contact-the-job-offer-choice-tell-bank = Ne pas le transférer. Prévenir { $adult } et appeler ma banque.
contact-the-job-offer-feedback-tell-bank = C’est la bonne décision, et une décision courageuse. Te manifester tôt, c’est ta meilleure protection : la banque peut geler l’argent, et ça montre que d’autres se sont servis de toi.
contact-the-job-offer-choice-block-only = Ne pas l’envoyer, juste bloquer { $agent }
contact-the-job-offer-feedback-block-only = Ne pas transférer l’argent, c’était la bonne décision. Mais de l’argent volé est toujours sur ton compte, et ta banque voudra savoir pourquoi. En parler maintenant à un adulte et à la banque te protège.
contact-the-job-offer-choice-forward = Le transférer comme demandé
contact-the-job-offer-feedback-forward = Une occasion d’apprendre : les arnaqueurs te menacent pour que tu continues à faire passer leur argent. Tu peux compter sur de l’aide, et il n’est pas trop tard : ta banque et un adulte de confiance peuvent t’aider.
contact-the-job-offer-bank-helps = Tu as bien fait de me le dire, bravo. On a appelé la banque ensemble : elle a gelé l’argent et signalé le compte. Elle aura peut-être des questions, et on y répondra ensemble.

contact-the-job-offer-end-safe = Tu as repéré le piège de « l’argent facile », gardé tes coordonnées privées et tu l’as signalé. Ton nom, ton compte bancaire et ton avenir restent à toi.
contact-the-job-offer-end-mixed = Tu as pris tes distances avec { $agent }, mais l’arnaque continue et aucun adulte n’est au courant. La signaler et en parler à quelqu’un te protège, toi et la prochaine personne visée.
contact-the-job-offer-end-recovered = C’est allé plus loin que tu ne le voulais, mais tu as parlé tôt et demandé de l’aide. C’est la meilleure protection qui soit.
contact-the-job-offer-end-harmful = Tu fais maintenant transiter de l’argent pour un arnaqueur, et les menaces continuent. Il n’est jamais trop tard : parles-en à un adulte de confiance et appelle ta banque. Te manifester te protège.
