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
contact-the-job-offer-adult-mum = Maman
contact-the-job-offer-adult-dad = Papa
contact-the-job-offer-adult-aunt = Tata Lina

contact-the-job-offer-npc-agent = { $agent }
contact-the-job-offer-npc-friend = { $friend }
contact-the-job-offer-npc-adult = { $adult }

contact-the-job-offer-intro = Les examens sont finis et tu mets de côté pour le permis, alors tu as créé un profil sur { $app } pour trouver un job. Une demande de message t’attend déjà, de quelqu’un que tu ne connais pas : { $agent }.

# The world remembers: the account hacked in The Phishing Login, never taken back, is still messaging friends.
contact-the-job-offer-old-account = hé, c’est toi ? ton compte photo vient de m’écrire : « Petit service, vite ! Envoie-moi le code que tu viens de recevoir. » j’ai rien envoyé
contact-the-job-offer-old-account-choice = C’est le compte de l’e-mail de phishing : quelqu’un d’autre l’a encore. Ça arrive aussi aux gens prudents, et tu peux encore le reprendre. Que fais-tu ?
contact-the-job-offer-choice-old-recover = Je le récupère dans la vraie appli, deux étapes, et je signale.
contact-the-job-offer-choice-old-warn-friend = Je dis à { $friend } de ne rien envoyer, et je laisse le compte.
contact-the-job-offer-choice-old-leave = Je laisse tomber. Ce compte, je ne m’en sers plus de toute façon.
contact-the-job-offer-feedback-old-recover = Ça répare tout. Récupérer le compte dans la vraie appli avec un nouveau mot de passe les met dehors, la 2FA les garde dehors, le signalement prévient l’appli. Parles-en aussi à un adulte de confiance.
contact-the-job-offer-feedback-old-warn-friend = Prévenir { $friend }, c’est gentil, et ça l’aide. Mais le compte utilise encore ton nom avec tous les autres. Reprends-le dans la vraie appli : nouveau mot de passe, 2FA, signalement.
contact-the-job-offer-feedback-old-leave = Une occasion d’apprendre : un compte oublié porte toujours ton nom, et qui l’a peut continuer à piéger tes amis. Il n’est pas trop tard : récupère-le, ou demande de l’aide à un adulte de confiance.
contact-the-job-offer-old-account-fixed = La récupération marche : tu es de retour, avec un nouveau mot de passe et la 2FA activée. Tu publies « C’était pas moi, n’envoyez aucun code », et { $friend } répond d’un pouce levé.
contact-the-job-offer-old-account-warned = { $friend } n’envoie rien. Mais le même message est parti à tous tes contacts, et tu ne vois pas qui répond.
contact-the-job-offer-old-account-left = Une heure plus tard, { $friend } réécrit : « deux personnes lui ont envoyé un code. » Quelqu’un utilise encore ton nom. Il n’est pas trop tard pour reprendre le compte.

contact-the-job-offer-setup = Avant de l’ouvrir, règle ton profil. Tu veux un job tout près : les employeurs doivent voir ton travail et t’écrire. Mais ton numéro, ton adresse et ta date de naissance ne regardent ni les inconnus ni d’autres sociétés.
contact-the-job-offer-set-portfolio = Qui peut voir mon portfolio
contact-the-job-offer-val-portfolio-everyone = Tout le monde
contact-the-job-offer-val-portfolio-connections = Les gens que j’ai ajoutés
contact-the-job-offer-val-portfolio-only-me = Moi seulement
contact-the-job-offer-why-portfolio-everyone = Bon choix. Tu veux que les employeurs trouvent ton travail, donc tout le monde peut le voir. Ton travail peut être public, tes coordonnées, ton adresse et ton anniversaire non.
contact-the-job-offer-why-portfolio-connections = C’est sûr, mais les employeurs que tu ne connais pas encore ne trouveront pas ton travail. « Tout le monde » convient mieux ici : le travail est public, tes infos perso non.
contact-the-job-offer-why-portfolio-only-me = Rien ne fuit, mais aucun employeur ne verra jamais ton travail. « Tout le monde » convient mieux ici : montre ton travail, et garde tes infos perso à l’écart.
contact-the-job-offer-set-contact = Comment les employeurs peuvent me contacter
contact-the-job-offer-val-contact-phone = Téléphone et e-mail
contact-the-job-offer-val-contact-messages = Messages de l’app
contact-the-job-offer-val-contact-none = Pas du tout
contact-the-job-offer-why-contact-phone = Une occasion d’apprendre : un numéro et un e-mail publics touchent n’importe qui, arnaqueurs compris, hors de l’app. Avec « Messages de l’app », les employeurs te joignent sans ça.
contact-the-job-offer-why-contact-messages = Bon choix. Les employeurs peuvent te joindre, ton numéro reste à toi, et la discussion reste dans l’app, où tu peux signaler un faux profil.
contact-the-job-offer-why-contact-none = Personne ne peut te déranger, mais aucun employeur ne peut te proposer de job non plus. « Messages de l’app » convient mieux : ils te joignent, et ton numéro reste à toi.
contact-the-job-offer-set-location = Lieu affiché sur mon profil
contact-the-job-offer-val-location-exact = Position exacte
contact-the-job-offer-val-location-town = Ma ville
contact-the-job-offer-val-location-hidden = Masqué
contact-the-job-offer-why-location-exact = Une occasion d’apprendre : une position exacte montre à des inconnus où tu habites. Ta ville suffit aux employeurs pour savoir que tu peux venir travailler.
contact-the-job-offer-why-location-town = Bon choix. Ta ville dit aux employeurs que tu peux venir pour un job près de chez toi, sans montrer à personne où tu habites.
contact-the-job-offer-why-location-hidden = C’est sûr, mais un employeur qui cherche quelqu’un du coin risque de passer à côté de toi. « Ma ville » convient mieux : ça l’aide, sans montrer où tu habites.
contact-the-job-offer-set-birthday = Qui peut voir ma date de naissance
contact-the-job-offer-val-birthday-everyone = Tout le monde
contact-the-job-offer-val-birthday-connections = Les gens que j’ai ajoutés
contact-the-job-offer-val-birthday-only-me = Moi seulement
contact-the-job-offer-why-birthday-everyone = Une occasion d’apprendre : ta date de naissance aide des inconnus à se faire passer pour toi, et montre ton jeune âge. « Moi seulement » convient mieux : ton âge, dis-le à un vrai employeur s’il le demande.
contact-the-job-offer-why-birthday-connections = Mieux que tout le monde, mais chaque personne que tu acceptes la verrait, même si tu la connais à peine. « Moi seulement » convient mieux : ton âge, dis-le à un vrai employeur s’il le demande.
contact-the-job-offer-why-birthday-only-me = Bon choix. Ta date de naissance ne sert à rien pour montrer ton travail. Si un vrai employeur a besoin de ton âge, tu pourras le lui dire quand tu postules.
contact-the-job-offer-set-partners = Partager mes infos avec des partenaires
contact-the-job-offer-val-partners-yes = Oui
contact-the-job-offer-val-partners-no = Non
contact-the-job-offer-why-partners-yes = Une occasion d’apprendre : ça donne ton profil à des entreprises que tu n’as jamais choisies, pour la pub et plus. « Non » convient mieux : tes infos sont pour les employeurs que tu choisis.
contact-the-job-offer-why-partners-no = Bon choix. Tes infos vont seulement aux employeurs que tu choisis, pas à des entreprises dont tu n’as jamais entendu parler.

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
# Le monde se souvient : le compte signalé dans Le recruteur a suivi les mêmes étapes.
contact-the-job-offer-familiar = Ça te rappelle quelque chose ? Un inconnu te trouve, se montre sympa, propose un truc facile. { $stranger } a fait pareil sur le serveur de jeu, et tu l’as signalé. Guette l’étape suivante : un secret.

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
