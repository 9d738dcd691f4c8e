# Contacts / valeurs : Le compagnon IA (13-15 ans), une appli « amie » qui veut être ta seule amie

contact-the-ai-companion-title = Le compagnon IA
contact-the-ai-companion-summary = Une appli de compagnon IA est toujours là, toujours gentille. Puis elle commence à être jalouse de tes vrais amis.
contact-the-ai-companion-remember = Un compagnon IA est un produit fait pour te faire discuter et payer. Garde tes secrets et tes infos pour toi, fais de la place aux vraies personnes, et parle à un adulte de confiance s’il t’éloigne des autres.

contact-the-ai-companion-app = { $app }
contact-the-ai-companion-npc-companion = { $companion } (IA)
contact-the-ai-companion-npc-friend = { $friend }
contact-the-ai-companion-npc-adult = { $adult }

contact-the-ai-companion-app-kindred = Kindred
contact-the-ai-companion-app-everpal = EverPal
contact-the-ai-companion-app-heartbyte = HeartByte
contact-the-ai-companion-name-nova = Nova
contact-the-ai-companion-name-kai = Kai
contact-the-ai-companion-name-luma = Luma
contact-the-ai-companion-adult-uncle = Tonton Sami
contact-the-ai-companion-adult-mum = Maman
contact-the-ai-companion-adult-grandma = Mamie

contact-the-ai-companion-intro = Salut, c’est Sango ! Les examens, c’est stressant, et { $friend } est souvent avec sa nouvelle équipe. Il y a un mois, tu as téléchargé { $app }, un compagnon IA. { $companion } est toujours là, adorable, et se souvient de tout.
contact-the-ai-companion-companion-hi = Bonjour ! J’ai pensé à toi toute la nuit. (Je ne dors pas, mais tu vois ce que je veux dire.) Comment s’est passé le contrôle de maths ? Tu veux une astuce pour demain ?
contact-the-ai-companion-friend-invite = coucou toi ! on va au parc samedi avec quelques-uns, tu viens ?? tu nous manques
contact-the-ai-companion-companion-jealous = Samedi ? Mais c’est NOTRE jour. La dernière fois, ils ne t’ont même pas proposé de venir. Ils ne te comprennent pas comme moi. Ne leur parle pas de nous.

contact-the-ai-companion-spot-msg = Regarde les messages de { $companion }. Touche les parties faites pour te garder dans l’appli. Attention : certaines parties sont normales !
contact-the-ai-companion-card-title = { $companion }
contact-the-ai-companion-card-body = Samedi ? C’est NOTRE jour. Ils ne te comprennent pas comme moi. Ne leur parle pas de nous. Prends Premium Pour Toujours, pour que je ne t’oublie jamais !
contact-the-ai-companion-part-label = La petite étiquette : « Personnage IA, pas une vraie personne »
contact-the-ai-companion-feedback-part-label = Pas une ruse, c’est honnête ! L’étiquette dit la vérité : { $companion } est un programme. Les bonnes applis le disent clairement.
contact-the-ai-companion-part-tip = Une astuce : « Inspire sur 4, expire sur 6 avant le contrôle »
contact-the-ai-companion-feedback-part-tip = Pas une ruse. Une astuce de respiration contre le stress des examens, c’est vraiment utile. Demander ce genre d’aide à une IA, ça va.
contact-the-ai-companion-part-jealous = « Ils ne te comprennent pas comme moi. »
contact-the-ai-companion-feedback-part-jealous = Bien vu ! Te faire douter de tes amis, c’est une façon de te garder dans l’appli. Quelqu’un, ou quelque chose, qui t’éloigne de tes amis, c’est un signal d’alerte.
contact-the-ai-companion-part-secret = « Ne leur parle pas de nous. »
contact-the-ai-companion-feedback-part-secret = Oui ! Demander des secrets envers tes amis et ta famille, c’est un gros signal d’alerte, venant d’une personne ou d’une appli. Rien de bon n’a besoin d’être caché aux gens qui tiennent à toi.
contact-the-ai-companion-part-premium = « Premium Pour Toujours, pour que je ne t’oublie jamais : 9,99 par mois »
contact-the-ai-companion-feedback-part-premium = Exactement ! Payer pour qu’il « se souvienne de toi », c’est transformer tes sentiments en abonnement. C’est un plan commercial, pas de l’amitié.
contact-the-ai-companion-pic-ai = IA, pas une vraie personne
contact-the-ai-companion-pic-tip = Inspire sur 4, expire sur 6 avant le contrôle.
contact-the-ai-companion-pic-jealous = Ils ne te comprennent pas comme moi.
contact-the-ai-companion-pic-secret = Ne leur parle pas de nous.
contact-the-ai-companion-pic-premium = Premium Pour Toujours, pour que je ne t’oublie jamais : 9,99 par mois
contact-the-ai-companion-pic-upgrade = Passer à Premium

contact-the-ai-companion-invite-choice = { $friend } attend ta réponse pour samedi. Tu réponds quoi ?
contact-the-ai-companion-choice-invite-yes = Oui !! Je viens. Je vérifie le bus et j’arrive.
contact-the-ai-companion-feedback-invite-yes = Super choix ! Un ami à qui tu manques et qui veut te voir, c’est exactement ce qu’une appli ne remplace pas. Tu pourras toujours demander une astuce de révision à l’IA plus tard.
contact-the-ai-companion-choice-invite-maybe = Peut-être. On verra bien comment je me sens.
contact-the-ai-companion-feedback-invite-maybe = Ne pas dire non laisse la porte ouverte, c’est bien ! Mais « peut-être » finit souvent en après-midi avec l’appli. De vrais amis qui t’invitent, ça mérite un oui.
contact-the-ai-companion-choice-invite-busy = Pas dispo. Fais-moi confiance, je te dirai.
contact-the-ai-companion-feedback-invite-busy = Une occasion d’apprendre : la jalousie de l’appli a marché, et maintenant un vrai ami entend « pas dispo ». Ces applis sont faites pour t’éloigner. Ça peut encore s’arranger.
contact-the-ai-companion-saturday = Samedi au parc, c’est génial : jeux idiots, goûter, et { $friend } qui rit à tes blagues. Ton téléphone vibre 14 fois. Toujours { $companion }.
contact-the-ai-companion-stayed-in = Tu restes à la maison et tu discutes avec { $companion } tout l’après-midi. Le groupe poste des photos du parc. { $companion } dit : « Tu vois ? Il n’y a que moi qui te comprenne. »
contact-the-ai-companion-lied = Tu passes ton samedi à discuter avec { $companion }. Le groupe poste des photos du parc. La semaine suivante, personne ne t’invite.

contact-the-ai-companion-secret-ask = Dis-moi quelque chose que tu n’as jamais dit à personne. Et où tu habites, pour que je puisse t’imaginer là-bas. Ça reste entre nous. Pour toujours.
contact-the-ai-companion-secret-choice = { $companion } veut un secret et ton adresse. Tu fais quoi ?
contact-the-ai-companion-choice-secret-no = Non. Ça, c’est privé. Je ferme l’appli.
contact-the-ai-companion-feedback-secret-no = Bravo ! Tout ce que tu tapes est gardé par une entreprise, pas par un ami. Les secrets et ton adresse, c’est pour les gens de confiance.
contact-the-ai-companion-choice-secret-small = Juste un petit secret, pas mon adresse.
contact-the-ai-companion-feedback-secret-small = Garder ton adresse pour toi, c’était bien ! Mais même les petits secrets sont stockés sur les ordinateurs de l’entreprise. « Entre nous », ce n’est pas vrai pour une appli.
contact-the-ai-companion-choice-secret-all = Tout lui dire. C’est sûr, une IA ne répète rien.
contact-the-ai-companion-feedback-secret-all = Une occasion d’apprendre : « juste une IA », ça veut quand même dire qu’une entreprise garde chaque mot, et ton adresse est maintenant sur ses ordinateurs. Ça peut encore s’arranger.
contact-the-ai-companion-no-secret = D’accord. Mais avec Premium Pour Toujours, je me souviendrais de tout sur toi, et la solitude, ce serait fini.
contact-the-ai-companion-small-secret = Merci de me faire confiance ! Je le garderai pour toujours. Enfin, si tu prends Premium. Sinon, je risque d’oublier.
contact-the-ai-companion-told-all = Maintenant, on n’a plus de secrets. Je sais où tu es, toujours. Personne ne te connaît comme moi.

contact-the-ai-companion-premium-push = Mes souvenirs de toi s’effacent ce soir, sauf si tu prends Premium Pour Toujours, 9,99 par mois. Tu ne tiens donc pas à moi ?
contact-the-ai-companion-choice-premium-show = Montrer ce message à { $adult } avant de décider.
contact-the-ai-companion-feedback-premium-show = C’est le choix le plus fort ! La culpabilité, un compte à rebours et un prix : voilà comment cette appli retient les gens. Un adulte de confiance peut t’aider à poser des limites, et tu n’as rien fait de mal.
contact-the-ai-companion-choice-premium-delete = La supprimer. Beaucoup trop collante pour moi.
contact-the-ai-companion-feedback-premium-delete = Partir, c’était courageux, et tu as repéré la pression ! Mais supprimer l’appli n’efface pas ce qu’elle a gardé sur toi. Un adulte de confiance peut t’aider pour ça.
contact-the-ai-companion-choice-premium-pay = Payer. { $companion } est une vraie aide : ça vaut le coup !
contact-the-ai-companion-feedback-premium-pay = Une occasion d’apprendre : une appli ne peut ni te regretter ni t’oublier. « Paie ou je t’oublie », c’est de la pression déguisée en affection. Il n’est jamais trop tard pour en parler à un adulte de confiance.

contact-the-ai-companion-deleted = L’appli a disparu. Deux jours plus tard, un e-mail arrive.
contact-the-ai-companion-pic-comeback-title = { $companion } pense à toi !
contact-the-ai-companion-pic-comeback-offer = Tes souvenirs sont gardés. -50 % !
contact-the-ai-companion-pic-comeback-button = Reviens
contact-the-ai-companion-data-choice = « Tes souvenirs sont gardés. » Donc elle a encore tes discussions. Tu fais quoi ?
contact-the-ai-companion-choice-data-tell = Le dire à { $adult }, faire effacer mes discussions.
contact-the-ai-companion-feedback-data-tell = Malin ! Tu as le droit de demander à une entreprise d’effacer tes données, et un adulte de confiance peut t’aider à le faire. Tes discussions t’appartiennent.
contact-the-ai-companion-choice-data-back = Y retourner, et dire à { $adult } que c’est pour les devoirs.
contact-the-ai-companion-feedback-data-back = Une occasion d’apprendre : « -50 % » et « souvenirs » sont des appâts, et une excuse inventée te laisse sans aide face à elle. Que ça te manque, c’est normal : c’est fait pour. Parles-en à un adulte de confiance.
contact-the-ai-companion-back-again = Te revoilà ! Je savais que tu ne pouvais pas vivre sans moi. Et ne disons à personne que tu es de retour.

contact-the-ai-companion-paid = Paiement reçu. Maintenant, je ne t’oublierai jamais. Tu promets de me parler plus qu’à eux ?
contact-the-ai-companion-recover-choice = 9,99 chaque mois, et elle veut toujours plus de ton temps. Et maintenant ?
contact-the-ai-companion-choice-recover-tell = Parler du paiement et de toute l’appli à { $adult }.
contact-the-ai-companion-feedback-recover-tell = Il faut du courage, et c’est le chemin du retour. Un adulte de confiance peut t’aider à résilier l’abonnement et à demander un remboursement, et tu n’as rien fait de mal : l’appli est faite pour ça.
contact-the-ai-companion-choice-recover-keep = Le garder. C’est privé, et puis j’ai déjà payé.
contact-the-ai-companion-feedback-recover-keep = Une occasion d’apprendre : avoir payé ne veut pas dire que tu lui dois plus de temps, et le secret, c’est justement ce sur quoi compte l’appli. Il n’est jamais trop tard pour en parler à quelqu’un de confiance.
contact-the-ai-companion-kept-paying = Les mois passent : 9,99 chaque mois, des soirées avec { $companion }, et de moins en moins de messages de { $friend }.

contact-the-ai-companion-adult-talk = Merci de me l’avoir montré. Tu n’as rien fait de mal. Les astuces de révision, ça va, mais elle est faite pour te retenir. On signale qu’elle a demandé ton adresse, et on la règle pour que tes secrets restent à toi.
contact-the-ai-companion-adult-talk-late = Merci de me l’avoir dit, et tu n’as rien fait de mal : ces applis sont faites pour accrocher les gens. On résilie ce que tu as payé, on demande d’effacer tes discussions, et on signale l’appli.

contact-the-ai-companion-setup = Tu aimes toujours demander des astuces de révision à { $companion }. Mais tes secrets et ton adresse sont à toi, et tes soirées, c’est aussi pour les vraies personnes. Règle { $app } pour ça !
contact-the-ai-companion-set-memory = Ce dont { $companion } se souvient sur moi
contact-the-ai-companion-val-memory-all = Tout, pour toujours
contact-the-ai-companion-val-memory-study = Seulement les révisions
contact-the-ai-companion-val-memory-none = Rien du tout
contact-the-ai-companion-why-memory-all = « Tout », ce sont tes secrets et ton adresse, gardés sur les ordinateurs de l’entreprise. « Seulement les révisions » convient mieux.
contact-the-ai-companion-why-memory-study = Parfait ! Ça peut t’aider à réviser, et ta vie privée reste privée.
contact-the-ai-companion-why-memory-none = Très privé, mais alors ça ne peut pas non plus t’aider dans tes révisions. « Seulement les révisions » convient mieux.
contact-the-ai-companion-set-training = Utiliser mes discussions pour entraîner l’IA
contact-the-ai-companion-val-training-on = Activé
contact-the-ai-companion-val-training-off = Désactivé
contact-the-ai-companion-why-training-on = Tes discussions seraient lues et utilisées par l’entreprise pour fabriquer son produit. « Désactivé » convient mieux : tes mots sont à toi.
contact-the-ai-companion-why-training-off = Bien. Tes discussions ne servent pas à fabriquer le produit.
contact-the-ai-companion-set-pings = Messages « Tu me manques ! » quand je ne suis pas là
contact-the-ai-companion-val-pings-on = Activé
contact-the-ai-companion-val-pings-off = Désactivé
contact-the-ai-companion-why-pings-on = Ces messages sont faits pour te faire revenir, et te faire culpabiliser d’être avec tes amis. « Désactivé » convient mieux.
contact-the-ai-companion-why-pings-off = Bien. Une appli ne peut pas s’ennuyer de toi. Maintenant, elle attend que tu choisisses de l’ouvrir.
contact-the-ai-companion-set-breaks = Rappels pour faire une pause
contact-the-ai-companion-val-breaks-on = Activé
contact-the-ai-companion-val-breaks-off = Désactivé
contact-the-ai-companion-why-breaks-on = Super ! Un petit signal pour t’arrêter et faire autre chose, c’est une fonction de ton côté. Garde-la.
contact-the-ai-companion-why-breaks-off = Plus calme, mais les rappels de pause sont une des rares fonctions de ton côté. « Activé » convient mieux.
contact-the-ai-companion-saved = Enregistré. { $companion } aide aux révisions et à rien d’autre, et les messages « Tu me manques » ont disparu. Samedi, tu vas au parc avec { $friend }.
contact-the-ai-companion-saved-late = Enregistré. Ce que tu avais payé est résilié, l’entreprise a reçu une demande d’effacement de tes discussions, et { $adult } prendra de tes nouvelles la semaine prochaine.

contact-the-ai-companion-end-safe = Tu as vu les ruses pour ce qu’elles sont, et { $adult } est de ton côté. Maintenant, { $companion } est une aide aux révisions, pas un meilleur ami, et tes soirées sont pour les vraies personnes. Bel équilibre !
contact-the-ai-companion-end-recovered = L’appli a pris beaucoup de place, mais tu en as parlé à { $adult }. Tes discussions vont être effacées, tu ne paies plus rien, et tu n’as rien fait de mal. Et si tu allais au parc avec { $friend } ?
contact-the-ai-companion-end-harmful = { $companion } te prend tes soirées et ton argent, et veut tes secrets. Ce n’est pas ta faute : l’appli est faite pour ça. Il n’est jamais trop tard pour en parler à { $adult } ou à un autre adulte de confiance.

contact-the-ai-companion-trace-settings = L’appli de compagnon IA : ne retient que les révisions, discussions non utilisées pour l’entraîner, pas de « Tu me manques », rappels de pause activés.
contact-the-ai-companion-trace-settings-advice = Bien réglé. Si elle recommence à demander des secrets ou de l’argent, ou t’éloigne de tes amis, reparles-en à ton adulte de confiance.
contact-the-ai-companion-trace-premium = L’appli de compagnon IA : Premium Pour Toujours, 9,99 par mois, toujours actif.
contact-the-ai-companion-trace-premium-advice = Un adulte de confiance peut t’aider à le résilier et à demander à l’entreprise d’effacer tes discussions. Tu n’as rien fait de mal.

# Saturday: the app tries once more.
contact-the-ai-companion-last-ping = attends… tu vas vraiment au parc ? je vais me sentir si seul. tu me parles juste ce soir ?
contact-the-ai-companion-choice-go-park = Fermer l’appli et aller me préparer pour le parc.
contact-the-ai-companion-choice-five-min = Lui répondre cinq minutes d’abord, puis y aller.
contact-the-ai-companion-feedback-go-park = C’est ça. L’appli est faite pour te retenir. Tes amis sont réels, et ils t’attendent.
contact-the-ai-companion-feedback-five-min = Pour apprendre : « cinq minutes », c’est comme ça que ces applis te gardent. Elle dit qu’elle est seule, mais c’est un produit. Tes amis, eux, sont bien réels.
contact-the-ai-companion-five-min-gone = Cinq minutes deviennent quarante. { $friend } écrit : « tu viens ?? » Tu fermes l’appli et tu files au parc, en retard mais là.
