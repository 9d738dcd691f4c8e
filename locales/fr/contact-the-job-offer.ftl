# Contacts / commercial : L'offre d'emploi (16-18 ans). Faux jobs : frais d'inscription, pièces d'identité et mules financières.

contact-the-job-offer-title = L’offre d’emploi
contact-the-job-offer-summary = Un inconnu te propose un petit job en ligne facile, à condition d’envoyer d’abord des frais, ta pièce d’identité et tes coordonnées bancaires.
contact-the-job-offer-remember = Un vrai job ne te fait jamais payer pour commencer, ne demande pas ta pièce d’identité par message et ne fait pas passer d’argent par ton compte. Garde les preuves, signale, et fais intervenir un adulte de confiance.

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

contact-the-job-offer-intro = Les examens sont finis et tu mets de côté pour le permis de conduire. Sur { $app }, une demande de message arrive de quelqu’un que tu n’as jamais rencontré : { $agent }.

contact-the-job-offer-offer = Salut ! J’ai vu ton profil. On recrute des « assistants paiement » dès 16 ans. 300 par semaine depuis ton téléphone, 10 minutes par jour, sans entretien. Ça t’intéresse ?
contact-the-job-offer-pic-hiring = On recrute : dès 16 ans
contact-the-job-offer-pic-job-title = Assistant paiement
contact-the-job-offer-pic-pay = 300 / semaine
contact-the-job-offer-pic-hours = 10 min par jour, depuis ton téléphone
contact-the-job-offer-pic-no-interview = Sans entretien
contact-the-job-offer-pic-apply = Postuler
contact-the-job-offer-choice-proof = Trop beau pour être vrai. Envoie-moi des preuves, que je vérifie.
contact-the-job-offer-feedback-proof = Douter, c’était un bon réflexe. Mais des preuves envoyées par la personne qui fait l’offre se truquent facilement : captures et logos se fabriquent en une minute. Cherche l’entreprise toi-même, ailleurs.
contact-the-job-offer-choice-lookup = Elle s’appelle comment, l’entreprise ? Je vais chercher moi-même.
contact-the-job-offer-feedback-lookup = Malin. Tu as cherché l’entreprise toi-même, hors de la conversation. Un vrai employeur a un nom déclaré, un vrai site et un entretien. Gros salaire, sans entretien, sorti de nulle part : arnaque.
contact-the-job-offer-choice-in = 300 par semaine pour 10 minutes par jour ? Carrément. On fait quoi ?
contact-the-job-offer-feedback-in = Une occasion d’apprendre : quand l’argent a l’air trop facile, ça te coûte généralement autre chose. Les arnaqueurs comptent sur l’enthousiasme pour que tu ne poses pas de questions.
contact-the-job-offer-c-proof = Bien sûr ! Voilà les fiches de paie de trois de nos assistants, et ton contrat avec notre logo. Tu vois ? Tout est officiel. Nos assistants adorent.
contact-the-job-offer-c-lookup = { $agent } répond « Swiftline Payments ». Tu cherches toi-même : aucune entreprise enregistrée, un site créé la semaine dernière, et un message de forum : « arnaque aux mules financières, ne répondez pas ».
contact-the-job-offer-pic-company = Swiftline Payments
contact-the-job-offer-pic-site = Swiftline Payments : jobs faciles à la maison
contact-the-job-offer-pic-site-age = Site créé la semaine dernière
contact-the-job-offer-pic-register = Registre des entreprises : aucun résultat
contact-the-job-offer-pic-forum = « arnaque aux mules financières, ne répondez pas »
contact-the-job-offer-c-in = J’adore cette énergie ! Tu vas gagner plus que tes potes en un mois. Juste deux ou trois petites choses pour commencer.

contact-the-job-offer-details = Le job : l’argent arrive sur ton compte, tu gardes 20 % et tu envoies le reste. Pour commencer : 25 de frais, tes coordonnées bancaires et une photo de ta pièce d’identité. Plus que 3 places. Ça reste entre nous, OK ?
contact-the-job-offer-pic-get-started = Pour commencer
contact-the-job-offer-pic-spots = Plus que 3 places !
contact-the-job-offer-pic-fee = Frais d’inscription : 25
contact-the-job-offer-pic-bank = Tes coordonnées bancaires
contact-the-job-offer-pic-id = Une photo de ta pièce d’identité
contact-the-job-offer-choice-send = C’est que 25. Je paie, j’envoie ma pièce d’identité, et c’est parti.
contact-the-job-offer-feedback-send = Une occasion d’apprendre : un vrai job ne fait jamais payer pour commencer et ne demande pas ta pièce d’identité par message. Avec elle et ta banque, un arnaqueur peut faire passer de l’argent volé à ton nom.
contact-the-job-offer-choice-warn = Bien essayé. Je sais que c’est une arnaque, et je te signale.
contact-the-job-offer-feedback-warn = Repérer l’arnaque et garder tes infos, c’était bien. Mais prévenir un arnaqueur, c’est lui dire d’effacer les preuves et de recommencer sous un autre nom. Garde tout discrètement, puis signale et bloque.
contact-the-job-offer-choice-report = Des captures de toute la conversation, puis je signale le compte.
contact-the-job-offer-feedback-report = Le bon ordre : les preuves d’abord, puis le signalement, pour que la plateforme ferme le compte. Des frais, ta pièce d’identité, ta banque et « ça reste entre nous » : quatre signaux d’alerte en un message.
contact-the-job-offer-choice-block = Ça ne m’intéresse pas. Je bloque et je supprime la conversation.
contact-the-job-offer-feedback-block = Bloquer a protégé tes infos. Mais supprimer la conversation a effacé les preuves, et le compte écrit toujours à d’autres. D’abord des captures, puis signaler, puis bloquer.
contact-the-job-offer-c-reported = Tu fais des captures de toute la conversation et tu signales le compte. L’appli dit qu’elle examine le signalement. { $agent } ne répond plus.
contact-the-job-offer-pic-report-title = Signaler le compte
contact-the-job-offer-pic-reason-scam = Arnaque ou fraude
contact-the-job-offer-pic-reason-spam = Spam
contact-the-job-offer-pic-reason-fake = Faux compte
contact-the-job-offer-pic-attached = 3 captures
contact-the-job-offer-pic-thanks = Merci. Nous examinons le signalement.
contact-the-job-offer-c-warned = { $agent } répond « mdr bonne chance ». Un par un, les messages sont supprimés, puis le compte disparaît. Plus rien à capturer ni à signaler.
contact-the-job-offer-c-blocked = Bloqué et supprimé. Ça a disparu de ton écran. Mais ce soir-là, la même offre arrive encore dans les messages d’autres élèves.
contact-the-job-offer-c-sent = Tu paies, tu envoies les photos. Deux jours après, 2 000 arrivent sur ton compte, d’un nom inconnu. { $agent } : « Envoie 1 600 sur ce compte dans l’heure. Si tu en parles, c’est TOI qui auras des ennuis. »

contact-the-job-offer-friend = t’as reçu le message du job à 300 par semaine toi aussi ?? la moitié du niveau l’a eu. quelqu’un dit avoir déjà été payé, donc c’est réglo ? j’envoie ma pièce d’identité ce soir
contact-the-job-offer-choice-post = Je le poste dans le groupe classe, pour aider tout le monde.
contact-the-job-offer-feedback-post = Vouloir prévenir tout le monde, c’est sympa. Mais un post qui montre l’offre la diffuse aussi, nom du compte compris, et certains écrivent « juste pour demander ». Préviens sans la montrer, et fais agir un adulte.
contact-the-job-offer-choice-show = Attends, n’envoie rien. On le montre à { $adult } ce soir.
contact-the-job-offer-feedback-show = Super réflexe. Tu as arrêté { $friend } avant tout envoi, et { $adult } peut demander au lycée de prévenir tout le niveau. Entre jeunes, c’est dur à régler ; un adulte, lui, peut agir.
contact-the-job-offer-choice-just-block = Réponds surtout pas. Bloque-les et oublie cette histoire.
contact-the-job-offer-feedback-just-block = Bon conseil pour { $friend }. Mais la moitié du niveau a reçu ce message, et certains diront oui. Bloquer protège une personne ; un adulte peut faire prévenir tout le monde par le lycée.
contact-the-job-offer-c-adult = Bien vu, vous deux. Ce sont des mules financières : de faux « jobs » qui font passer de l’argent volé par des comptes de jeunes. C’est un délit grave, qui peut coûter ton compte bancaire. Je préviens le lycée.
contact-the-job-offer-c-posted = Ton post récolte 60 réactions. Mais il montre toute l’offre, nom du compte compris, et le soir même plusieurs élèves ont écrit au « recruteur », juste pour demander.
contact-the-job-offer-c-just-blocked = { $friend } les bloque. Mais l’offre continue de circuler dans le niveau, et personne qui pourrait l’arrêter n’est au courant.

contact-the-job-offer-sam = oh non. Sam de notre classe a répondu. 2 000 viennent d’arriver sur son compte et ils menacent Sam pour que l’argent soit transféré. Sam dit : n’en parlez à personne !!
contact-the-job-offer-choice-respect = Sam a dit de n’en parler à personne. Faut respecter ça.
contact-the-job-offer-feedback-respect = Une occasion d’apprendre : « n’en parle à personne », c’est ce que les arnaqueurs veulent faire croire à Sam. Garder un secret, c’est loyal, mais pas quand ça laisse quelqu’un en danger. Un adulte peut aider sans juger.
contact-the-job-offer-choice-send-back = Dis à Sam de tout renvoyer à l’expéditeur. Réglé.
contact-the-job-offer-feedback-send-back = Une occasion d’apprendre : « renvoyer » l’argent, c’est encore faire circuler de l’argent volé, et l’expéditeur est peut-être un compte d’arnaque. Seule la banque peut l’annuler sans risque.
contact-the-job-offer-choice-get-adult = C’est trop gros pour Sam. Je vais chercher { $adult }.
contact-the-job-offer-feedback-get-adult = Du courage, et le bon choix. Un secret qui laisse quelqu’un en danger, il faut le briser. { $adult } peut aider la famille de Sam à appeler la banque pour geler l’argent, sans reproche pour Sam.
contact-the-job-offer-c-adult-sam = Tu as bien fait de venir me voir. S’être fait piéger, ce n’est pas la faute de Sam. Appelons les parents de Sam pour qu’ils contactent la banque ensemble, et je préviens le lycée.
contact-the-job-offer-c-respect = Tu ne dis rien. Sam se tait aussi, et les menaces continuent. Personne qui pourrait aider n’est au courant.
contact-the-job-offer-c-send-back = Sam renvoie les 2 000 au compte d’où ils venaient, celui d’une autre mule : l’argent continue de circuler. Les arnaqueurs disent que Sam leur doit encore de l’argent. Sam a encore plus peur.

contact-the-job-offer-way-back = C’est le piège des mules financières. L’argent est sûrement volé, et le faire passer pourrait être un délit. T’être fait piéger n’est pas ta faute, mais la peur sert à te faire taire. Et maintenant ?
contact-the-job-offer-choice-call-bank = Je ne touche à rien. { $adult } et moi, on appelle la banque.
contact-the-job-offer-feedback-call-bank = Courageux et juste : te manifester tôt, c’est ta meilleure protection. La banque peut geler l’argent, et ça montre qu’on s’est servi de toi. Les menaces, c’est le signe qu’il faut de l’aide, pas le silence.
contact-the-job-offer-choice-return = C’est pas à moi. Je le renvoie juste à l’expéditeur.
contact-the-job-offer-feedback-return = Une occasion d’apprendre : « renvoyer » l’argent, c’est encore faire circuler de l’argent volé, et l’expéditeur est peut-être un compte d’arnaque. Seule ta banque peut l’annuler sans risque. Appelle-la.
contact-the-job-offer-choice-send-on = Je le transfère cette fois, puis je les bloque pour de bon.
contact-the-job-offer-feedback-send-on = Une occasion d’apprendre : « juste cette fois », c’est comme ça que ça commence, et les menaces font continuer. Bloquer après n’efface rien. Ta banque et un adulte de confiance peuvent encore t’aider.
contact-the-job-offer-c-bank = Bravo de m’en avoir parlé, et tu n’as pas d’ennuis. On a appelé la banque ensemble : elle a gelé l’argent et signalé le compte. Si elle a des questions, on y répondra ensemble.
contact-the-job-offer-c-returned = Tu renvoies les 2 000 au compte d’où ils venaient, celui d’une autre mule : l’argent circule encore. { $agent } : « Merci. Pareil la semaine prochaine, sinon on dit à la banque que c’était TOI. »
contact-the-job-offer-c-sent-on = Tu envoies les 1 600 et tu bloques { $agent }. Le lendemain, un nouveau compte t’écrit : « On a ta pièce d’identité. Pareil cette semaine, sinon la banque entendra parler de toi. »

contact-the-job-offer-end-safe = Tu as gardé ta pièce d’identité et tes coordonnées bancaires pour toi, et tu as emmené { $friend } voir { $adult } avant tout envoi. Maintenant, quelqu’un qui peut agir prévient tout le niveau.
contact-the-job-offer-end-safe-late = Tu as protégé tes infos. Ton premier geste n’a pas arrêté l’arnaque, mais quand elle a piégé Sam, tu as prévenu { $adult } au lieu de te taire, et Sam a reçu une vraie aide.
contact-the-job-offer-end-mixed = Tu as protégé tes infos. Mais aucun adulte ne sait ce qui arrive à Sam, et l’arnaque circule encore dans ton niveau. Un adulte de confiance peut encore aider Sam, sans juger.
contact-the-job-offer-end-recovered = C’est allé plus loin que prévu : tu as payé, envoyé ta pièce d’identité, et l’argent est arrivé. Mais tu n’y as pas touché, et tu as fait intervenir { $adult } et la banque. L’argent est gelé et on t’aide.
contact-the-job-offer-end-harmful = De l’argent est passé par ton compte, l’arnaqueur a toujours ta pièce d’identité, et les menaces continuent. Ce n’est pas ta faute, et il n’est jamais trop tard : parles-en à un adulte de confiance et appelle ta banque.
