# Contrats / commercial : Les gemmes gratuites (9-12 ans)

contract-the-free-gems-title = Les gemmes gratuites
contract-the-free-gems-summary = Une fenêtre dit que tu as gagné des gemmes gratuites. Mais que te veut-elle vraiment ?
contract-the-free-gems-remember = Si quelque chose de gratuit demande un mot de passe ou un numéro de carte, c’est un piège. Ferme-le, et demande à un adulte de confiance avant d’acheter quoi que ce soit.

contract-the-free-gems-npc-kofi = { $friend }
contract-the-free-gems-npc-adult = { $adult }
contract-the-free-gems-adult-mum = Maman
contract-the-free-gems-adult-dad = Papa
contract-the-free-gems-adult-gran = Mamie

contract-the-free-gems-game-dragon-dash = Dragon Dash
contract-the-free-gems-game-dragon-derby = Dragon Derby
contract-the-free-gems-game-sky-dragons = Sky Dragons
contract-the-free-gems-gems-10000 = 10 000
contract-the-free-gems-gems-5000 = 5 000
contract-the-free-gems-gems-50000 = 50 000

contract-the-free-gems-intro = Tu fonces dans le niveau 12 de { $game }. Le dragon doré est tout près, mais tu n’as plus de gemmes !

contract-the-free-gems-popup = Une fenêtre brillante clignote : « TU AS GAGNÉ { $gems } GEMMES GRATUITES ! Plus que 59 secondes ! Tape ton mot de passe et le numéro de carte d’un parent pour les récupérer ! »
contract-the-free-gems-pic-won = TU AS GAGNÉ { $gems } GEMMES GRATUITES !
contract-the-free-gems-pic-timer = 0:59
contract-the-free-gems-pic-password = Mot de passe
contract-the-free-gems-pic-card = Numéro de carte d’un parent
contract-the-free-gems-pic-claim = RÉCUPÉRER
contract-the-free-gems-choice-close-it = Des gemmes gratuites qui veulent une carte ? Non merci. Je ferme.
contract-the-free-gems-feedback-close-it = Quel œil ! Ce qui est gratuit n’a pas besoin d’un numéro de carte, et le compte à rebours est là pour te presser. Ne tape jamais ton mot de passe pour gagner un prix.
contract-the-free-gems-choice-ask-friend = Attends ! Je demande d’abord à { $friend }, qui saura si c’est vrai.
contract-the-free-gems-feedback-ask-friend = T’arrêter pour réfléchir, c’était malin ! Mais les amis aussi peuvent se faire avoir. Pour tout ce qui touche aux mots de passe ou à l’argent, demande à un adulte de confiance.
contract-the-free-gems-choice-type-password = Vite, je tape mon mot de passe avant la fin du temps !
contract-the-free-gems-feedback-type-password = Une occasion d’apprendre : le compte à rebours était là pour te presser. Ton mot de passe, c’est comme la clé de ta maison. Seuls toi et tes parents devez le connaître.

contract-the-free-gems-typed = Tu tapes ton mot de passe. Puis on te demande le numéro de carte, mais tu ne le connais pas, alors tu fermes. Aucune gemme n’arrive.
contract-the-free-gems-closed = Tu fermes. Rien ne se passe quand le temps est écoulé : il n’était pas vrai. Mais le lendemain, la même fenêtre revient, avec un nouveau compte à rebours.
contract-the-free-gems-friend-says = Mon cousin dit que c’est vrai ! Faut faire vite. Tape-le, c’est tout !

contract-the-free-gems-friend-choice = Le compte à rebours affiche 20 secondes. Que vas-tu faire ?
contract-the-free-gems-choice-close-anyway = Je ferme. Des gemmes gratuites ne demandent pas de carte.
contract-the-free-gems-feedback-close-anyway = Bien réfléchi ! Même si un ami dit que c’est vrai, une fenêtre qui demande des mots de passe et des numéros de carte est un piège, même si elle a l’air vraie.
contract-the-free-gems-choice-type-it-now = Le cousin de { $friend } l’a fait, c’est sûr. Je tape !
contract-the-free-gems-feedback-type-it-now = Une occasion d’apprendre : les amis peuvent se faire avoir, et leurs cousins aussi. Si un prix demande ton mot de passe ou un numéro de carte, c’est un piège.
contract-the-free-gems-closed-anyway = Tu fermes juste à temps. « Oh », dit { $friend }. « Mon cousin s’est peut-être fait avoir. » Tu retournes à ta course.

contract-the-free-gems-back-choice = La fenêtre des gemmes revient sans cesse. Que vas-tu faire ?
contract-the-free-gems-choice-show-adult = Je ferme, puis je montre à { $adult } ce qu’elle demandait
contract-the-free-gems-feedback-show-adult = Excellent choix ! Un adulte peut signaler le piège au jeu, pour qu’il soit arrêté pour tout le monde. Le montrer, ce n’est pas faire des histoires : c’est comme ça qu’on attrape les pièges.
contract-the-free-gems-choice-warn-friend = Je dis à { $friend } : c’est un piège, surtout ne tape rien !
contract-the-free-gems-feedback-warn-friend = Prévenir { $friend }, c’était gentil ! Mais un ami ne peut pas arrêter la fenêtre. Un parent peut la signaler au jeu, pour qu’elle s’arrête pour tout le monde.
contract-the-free-gems-choice-tap-again = Elle revient ! C’est vrai, cette fois ? Je touche !
contract-the-free-gems-feedback-tap-again = Une occasion d’apprendre : les pièges reviennent encore et encore, et ça ne les rend pas vrais. Un prix qui demande ton mot de passe, c’est toujours un piège.
contract-the-free-gems-warned = « Merci ! » dit { $friend }. Mais la fenêtre continue de clignoter, pour toi et pour d’autres enfants, et personne ne l’a signalée.
contract-the-free-gems-tapped-again = Tu touches. « Connecte-toi pour récupérer ! » Ça ressemble exactement au jeu, alors tu tapes ton mot de passe. Aucune gemme n’arrive.
contract-the-free-gems-adult-reports = Bien vu ! C’est un piège. Signalons cette fenêtre au jeu ensemble, pour qu’elle arrête de piéger d’autres enfants.

contract-the-free-gems-streak-nag = Le soir, le jeu clignote : « Ne perds pas ta série de 7 jours ! Encore une course, ou achète le Méga-coffre pour seulement 9,99 ! » C’est presque l’heure de dormir.
contract-the-free-gems-pic-streak = Ne perds pas ta série de 7 jours !
contract-the-free-gems-pic-one-more-race = Encore une course
contract-the-free-gems-pic-mega-chest = Méga-coffre 9,99
contract-the-free-gems-streak-choice = Hum, certains jeux sont conçus pour te faire jouer et acheter toujours plus. Que vas-tu faire ?
contract-the-free-gems-choice-bedtime = Au lit. Le dragon peut bien attendre jusqu’à demain.
contract-the-free-gems-feedback-bedtime = C’est toi qui commandes ton jeu ! « Ne perds pas ta série », c’est un piège pour te garder debout. Le sommeil t’aide à mieux courir demain.
contract-the-free-gems-choice-one-race = Juste une course pour sauver ma série. { $adult } ne dira rien.
contract-the-free-gems-feedback-one-race = Ne pas acheter le coffre, c’était malin ! Mais « encore une course », c’est exactement ce que veut la série, et ça reste rarement une seule. Aucune série ne vaut ton sommeil.
contract-the-free-gems-choice-buy-chest = J’achète le Méga-coffre. C’est juste 9,99, non ?
contract-the-free-gems-feedback-buy-chest = Une occasion d’apprendre : « seulement 9,99 », c’est du vrai argent, et les coffres mystère donnent souvent bien moins que promis. Demande avant d’acheter quoi que ce soit.

contract-the-free-gems-bed = Tu éteins. Le lendemain, la série est retombée à zéro, et il ne se passe rien de grave. Le dragon doré est toujours là.
contract-the-free-gems-one-race = Une course en devient quatre. L’heure du coucher est passée depuis longtemps, et le jeu clignote encore : « Presque ! Recours ou perds ta série ! »
contract-the-free-gems-chest = La carte de { $adult } est enregistrée sur la tablette : un seul toucher suffit. Le coffre te donne une minuscule gemme. Le lendemain, un e-mail : « Bienvenue au Club Gemmes ! 9,99 chaque semaine. »
contract-the-free-gems-pic-gem-club = Bienvenue au Club Gemmes !
contract-the-free-gems-pic-every-week = 9,99 chaque semaine

contract-the-free-gems-late-choice = Hmm. « Une course », c’est resté à une ? Et maintenant ?
contract-the-free-gems-choice-sleep-now = Déjà quatre courses ? Je vais dormir.
contract-the-free-gems-feedback-sleep-now = Bravo d’avoir arrêté ! Remarquer qu’une course est devenue quatre, c’est un vrai talent. Le jeu est fait pour te retenir, et tu as repris le contrôle.
contract-the-free-gems-choice-keep-racing = Je continue. Je ne peux pas perdre ma série !
contract-the-free-gems-feedback-keep-racing = Une occasion d’apprendre : les séries déplacent sans cesse la ligne d’arrivée, alors il y a toujours « encore une ». C’est toi qui décides quand t’arrêter, et le sommeil d’abord.
contract-the-free-gems-late-bed = Tu éteins et tu vas dormir. Le matin, tu as un peu sommeil, mais tu as su t’arrêter, et le dragon est toujours là.
contract-the-free-gems-midnight = Tu fais la course jusqu’à minuit. Le lendemain, tu bâilles pendant tous les cours, et le soir, le jeu clignote encore : « Ne perds pas ta série ! »

contract-the-free-gems-bill-choice = Oh oh. C’était un coût caché : le Club Gemmes prend 9,99 chaque semaine. Il n’est pas trop tard pour réparer. Et maintenant ?
contract-the-free-gems-choice-show-email = Je montre tout de suite à { $adult } l’e-mail du Club
contract-the-free-gems-feedback-show-email = C’est courageux ! Les jeux cachent parfois des coûts en petits caractères. Le montrer vite à un parent permet d’arrêter les paiements, et peut-être de se faire rembourser.
contract-the-free-gems-choice-tell-weekend = Je le dirai à { $adult } ce week-end. Là, ce n’est pas le moment.
contract-the-free-gems-feedback-tell-weekend = Prévoir de le dire à { $adult }, c’est bien ! Mais attendre coûte plus cher : le Club prend de l’argent chaque semaine. Plus vite un adulte le sait, plus c’est facile à réparer.
contract-the-free-gems-choice-win-it-back = J’achète un autre coffre pour tout regagner.
contract-the-free-gems-feedback-win-it-back = Une occasion d’apprendre : essayer de regagner de l’argent en fait souvent perdre plus. Les coffres mystère sont faits comme ça. Le dire à un adulte, c’est OK, et tu n’auras pas d’ennuis.
contract-the-free-gems-weekend = Le week-end, un deuxième e-mail est arrivé : encore 9,99 de partis. Le Club Gemmes va continuer à prendre de l’argent chaque semaine.
contract-the-free-gems-adult-cancels = Merci de me l’avoir montré. Tu n’as pas d’ennuis. Annulons le Club Gemmes, demandons au magasin de nous rembourser, et bloquons les achats ensemble.
contract-the-free-gems-more-chests = Deux coffres de plus, deux minuscules gemmes de plus, et 19,98 de partis. Et le Club Gemmes continue de prélever chaque semaine.

contract-the-free-gems-weekend-choice = Deux e-mails maintenant, et { $adult } ne sait toujours rien. Que vas-tu faire ?
contract-the-free-gems-choice-show-both = Je montre les deux e-mails à { $adult }. Maintenant, pas plus tard.
contract-the-free-gems-feedback-show-both = Quel courage ! Il n’est jamais trop tard pour le dire. Un parent peut annuler le Club Gemmes et demander un remboursement, et tu n’auras pas d’ennuis.
contract-the-free-gems-choice-hide-emails = J’efface les e-mails. Comme ça, { $adult } ne s’inquiète pas.
contract-the-free-gems-feedback-hide-emails = Une occasion d’apprendre : cacher les e-mails n’arrête pas le Club Gemmes. Il prend de l’argent chaque semaine. Le dire à un adulte, c’est comme ça que ça s’arrête, et il n’est jamais trop tard.
contract-the-free-gems-hidden = Les e-mails ont disparu, mais pas le Club Gemmes. Chaque semaine, encore 9,99 partent de la carte de { $adult }.

contract-the-free-gems-locked = Le lendemain matin, impossible de te connecter : quelqu’un a changé ton mot de passe ! Puis un message s’affiche : « Paie 20 pour récupérer ton compte. »
contract-the-free-gems-pic-pay-20 = Paie 20 pour récupérer ton compte.
contract-the-free-gems-pic-wrong-password = Mot de passe incorrect
contract-the-free-gems-locked-choice = Oh non, c’est ce que voulaient les escrocs. Mais tu peux encore agir. Que vas-tu faire ?
contract-the-free-gems-choice-show-message = Je montre ce message à { $adult } avant toute chose
contract-the-free-gems-feedback-show-message = Le meilleur choix ! Un parent peut le signaler à l’équipe d’aide du jeu et changer tes mots de passe. Tout le monde peut se faire piéger. Demander de l’aide, c’est malin.
contract-the-free-gems-choice-threaten = Je réponds : « Rends-moi mon compte, ou je te signale ! »
contract-the-free-gems-feedback-threaten = Ne pas payer, c’était bien, et te défendre, c’est courageux ! Mais répondre montre aux escrocs qu’il y a quelqu’un. Ne leur réponds pas : montre tout à un parent.
contract-the-free-gems-choice-pay-unlock = Je paie les 20 avec la carte de { $adult }, vite
contract-the-free-gems-feedback-pay-unlock = Une occasion d’apprendre : payer un escroc ne rend presque jamais un compte. Ça lui montre juste que le piège marche. Un parent peut t’aider à le signaler.
contract-the-free-gems-adult-helps = Tu as vraiment bien fait de me le dire. Tu n’as pas d’ennuis. Signalons-le à l’équipe d’aide du jeu : elle peut essayer de récupérer ton compte. Et changeons tes autres mots de passe.
contract-the-free-gems-threat-reply = Ils répondent aussitôt : « Paie 20 dans une heure, ou tes dragons disparaissent pour toujours ! »
contract-the-free-gems-paid = Tu paies. Le compte ne revient pas. À la place, un nouveau message arrive : « Paie encore 20. »

contract-the-free-gems-threat-choice = Le temps presse, et tu as peur. Et maintenant ?
contract-the-free-gems-choice-stop-show = J’arrête de répondre, et je montre tout à { $adult }
contract-the-free-gems-feedback-stop-show = Bravo, c’est courageux et malin ! Ne pas répondre leur enlève leur pouvoir. Un parent peut les signaler à l’équipe d’aide du jeu, et tu n’as pas d’ennuis.
contract-the-free-gems-choice-pay-quick = Je paie vite avec la carte de { $adult }, sinon adieu mes dragons !
contract-the-free-gems-feedback-pay-quick = Une occasion d’apprendre : « une heure », c’est un piège pour te faire peur, comme le compte à rebours. Payer ne rend presque jamais un compte. Un parent peut t’aider.

contract-the-free-gems-end-safe = Tu as repéré le piège des gemmes gratuites, gardé ton mot de passe pour toi, et arrêté à l’heure du coucher, pas quand le jeu le voulait. Ton mot de passe, l’argent de { $adult } et ton sommeil sont protégés !
contract-the-free-gems-end-stopped = Tu as repéré le piège des gemmes et tu n’as rien acheté. Et tu as fini par arrêter, même si une course en est devenue quatre. La série relancera demain : la prochaine fois, arrête quand tu l’avais prévu.
contract-the-free-gems-end-tired = Tu as repéré le piège des gemmes et tu n’as rien acheté. Mais la série t’a fait courir jusqu’à minuit, et elle relancera demain. C’est toi qui décides quand t’arrêter.
contract-the-free-gems-end-recovered = Un coût caché t’a eu, mais tu l’as montré à { $adult }, et vous avez réparé ça ensemble : le Club Gemmes est annulé et les achats sont bloqués. C’est courageux ! La prochaine fois, demande avant d’acheter.
contract-the-free-gems-end-harmful = Le Club Gemmes prélève encore, et { $adult } perd de l’argent. Ce n’est pas ta faute : ces jeux poussent à acheter. Il n’est jamais trop tard pour le dire à { $adult } ou à un adulte de confiance, qui t’aidera.
contract-the-free-gems-end-recovered-account = Tu t’es fait piéger, mais tu l’as montré à { $adult }. Vous l’avez signalé ensemble et changé tes mots de passe : les escrocs ne peuvent entrer nulle part ailleurs. L’équipe d’aide du jeu examine ton compte.
contract-the-free-gems-end-harmful-account = Tu as payé, le compte n’est pas revenu, et on t’en demande plus. Pas ta faute : ils trompent même les adultes. Jamais trop tard pour le dire à { $adult } ou à un adulte de confiance : on t’aidera et on protégera la carte.

# My phone: what stays on the phone after this level.
contract-the-free-gems-trace-password = Ton mot de passe du jeu, tapé dans une fenêtre de cadeau.
contract-the-free-gems-trace-password-advice = Les arnaqueurs essaient aussi les mots de passe volés dans d’autres jeux. Demande à un parent de t’aider à le changer, et prends un mot de passe différent pour chaque jeu.
contract-the-free-gems-trace-gem-club = Club Gemmes : 9,99 chaque semaine, payés avec la carte de { $adult }.
contract-the-free-gems-trace-gem-club-advice = Parle du Club Gemmes à { $adult }, même si les e-mails ont disparu. Ensemble, vous pouvez l’annuler, demander un remboursement et bloquer les achats. Tu n’auras pas d’ennuis.
contract-the-free-gems-trace-popup = La fenêtre des gemmes gratuites : signalée au jeu, avec { $adult }.
contract-the-free-gems-trace-popup-advice = Super ! Signaler un piège aide à l’arrêter pour les autres enfants aussi. S’il revient, ferme la fenêtre : un vrai prix ne demande jamais de mot de passe.
