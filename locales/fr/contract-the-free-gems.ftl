# Contrats / commercial : Les gemmes gratuites (9-12 ans)

contract-the-free-gems-title = Les gemmes gratuites
contract-the-free-gems-summary = Une fenêtre dit que tu as gagné des gemmes gratuites. Mais que te veut-elle vraiment ?
contract-the-free-gems-remember = Si quelque chose de gratuit demande un mot de passe ou un numéro de carte, c’est un piège. Ferme-le, et demande à un adulte de confiance avant d’acheter quoi que ce soit.

contract-the-free-gems-npc-kofi = { $friend }
contract-the-free-gems-npc-mum = Maman

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
contract-the-free-gems-name-kofi = Kofi
contract-the-free-gems-name-lena = Léna
contract-the-free-gems-name-tomas = Thomas
contract-the-free-gems-game-dragon-dash = Dragon Dash
contract-the-free-gems-game-dragon-derby = Dragon Derby
contract-the-free-gems-game-sky-dragons = Sky Dragons
contract-the-free-gems-gems-10000 = 10 000
contract-the-free-gems-gems-5000 = 5 000
contract-the-free-gems-gems-50000 = 50 000

contract-the-free-gems-intro = Tu fonces dans le niveau 12 de { $game }. Le dragon doré est tout près, mais tu n’as plus de gemmes !

contract-the-free-gems-popup = Une fenêtre brillante clignote : « TU AS GAGNÉ { $gems } GEMMES GRATUITES ! Plus que 59 secondes ! Tape ton mot de passe et le numéro de carte d’un parent pour les récupérer ! »
contract-the-free-gems-choice-spot-trick = Gratuit, mais il faut un numéro de carte ? C’est un piège. Je ferme !
contract-the-free-gems-feedback-spot-trick = Quel œil ! Ce qui est gratuit n’a pas besoin d’un numéro de carte, et le compte à rebours est là pour te presser. Ne donne jamais ton mot de passe, même pour gagner un prix.
contract-the-free-gems-choice-ask-friend = Attendre, et demander à { $friend } si c’est vrai
contract-the-free-gems-feedback-ask-friend = S’arrêter pour vérifier, c’est malin ! Mais les amis aussi peuvent se faire avoir. Un adulte de confiance est la meilleure personne à qui demander pour tout ce qui touche à l’argent ou aux mots de passe.
contract-the-free-gems-choice-type-password = Taper mon mot de passe, vite, avant la fin du temps !
contract-the-free-gems-feedback-type-password = Une occasion d’apprendre : le compte à rebours était un piège pour te presser. Ton mot de passe, c’est comme la clé de ta maison. Il ne doit être connu que de toi et de tes parents.

contract-the-free-gems-friend-says = Mon cousin dit que c’est vrai ! Faut faire vite. Tape-le, c’est tout !
contract-the-free-gems-choice-close-and-ask = La fermer, et la montrer à un adulte de confiance
contract-the-free-gems-feedback-close-and-ask = Excellent choix ! Même si un ami dit que c’est vrai, une fenêtre qui demande des mots de passe et des numéros de carte, c’est un piège. Un adulte peut t’aider à vérifier et à la signaler.
contract-the-free-gems-choice-close-quietly = La fermer, mais n’en parler à personne
contract-the-free-gems-feedback-close-quietly = La fermer, c’était prudent ! En parler aussi à un adulte, c’est lui permettre de signaler le piège et d’aider à protéger tes amis.
contract-the-free-gems-choice-type-it-now = { $friend } dit que c’est vrai, alors je le tape
contract-the-free-gems-feedback-type-it-now = Une occasion d’apprendre : les amis aussi peuvent se faire avoir. Si une fenêtre veut ton mot de passe ou un numéro de carte, c’est un piège, même si ça a l’air vrai.

contract-the-free-gems-streak-nag = La fenêtre a disparu. Puis le jeu clignote : « Ne perds pas ta série ! Continue à jouer, ou achète le Méga Coffre pour seulement 9,99 ! » C’est presque l’heure d’aller au lit.
contract-the-free-gems-streak-choice = Hum, certains jeux sont conçus pour te faire jouer et acheter toujours plus. Que vas-tu faire ?
contract-the-free-gems-choice-stop-for-today = Arrêter pour aujourd’hui, et parler de la fenêtre à Maman
contract-the-free-gems-feedback-stop-for-today = C’est toi le chef de ton jeu ! Le sommeil t’aide à mieux jouer demain. Et en parler à Maman, c’est lui permettre de t’aider à repérer les pièges.
contract-the-free-gems-choice-play-on = Jouer tard, mais sans rien acheter
contract-the-free-gems-feedback-play-on = Ne rien acheter, c’était malin ! Mais « ne perds pas ta série », c’est un piège pour te faire jouer plus longtemps. Une bonne nuit de sommeil compte plus que n’importe quelle série.
contract-the-free-gems-choice-buy-chest = Toucher « Acheter » sur le Méga Coffre
contract-the-free-gems-feedback-buy-chest = Une occasion d’apprendre : « seulement 9,99 », c’est de l’argent réel, et les coffres mystère donnent souvent bien moins que promis. Demande toujours à un adulte avant d’acheter.

contract-the-free-gems-parent-chat = Merci de m’avoir montré cette fenêtre ! Mettons un verrou sur les achats, et choisissons un moment pour jouer demain. Tu as eu de très bons réflexes ce soir.

contract-the-free-gems-surprise-bill = Le coffre te donne une seule toute petite gemme. Le lendemain, un e-mail arrive : « Bienvenue au Gem Club ! 9,99 chaque semaine. » Tu ne savais même pas que ça t’abonnait !
contract-the-free-gems-bill-choice = Oh oh. C’était un coût caché : ça se paie chaque semaine. Il n’est pas trop tard pour réparer. Et maintenant ?
contract-the-free-gems-choice-tell-mum-now = Le dire à Maman tout de suite pour qu’elle l’annule
contract-the-free-gems-feedback-tell-mum-now = C’est courageux ! Les jeux cachent parfois des coûts en petits caractères. Prévenir vite un parent permet d’arrêter les paiements.
contract-the-free-gems-choice-wait-to-tell = Attendre la semaine prochaine pour le dire à Maman
contract-the-free-gems-feedback-wait-to-tell = Le dire à Maman, c’est bien, mais attendre coûte plus cher : encore 9,99 partent la semaine prochaine. Plus vite un adulte est au courant, plus c’est facile à réparer.
contract-the-free-gems-choice-win-it-back = Le cacher, et acheter un autre coffre pour me refaire
contract-the-free-gems-feedback-win-it-back = Une occasion d’apprendre : essayer de regagner de l’argent en fait perdre encore plus, la plupart du temps. Les coffres mystère sont conçus comme ça. Un adulte de confiance peut aider, et tu as le droit d’en parler.

contract-the-free-gems-account-locked = Aucune gemme n’arrive. Le lendemain matin, tu ne peux plus te connecter : quelqu’un a changé ton mot de passe ! Puis un message apparaît : « Paie 20 pour débloquer ton compte. »
contract-the-free-gems-locked-choice = Oh non, c’est ce que voulaient les arnaqueurs. Mais ça peut se réparer ! Que vas-tu faire ?
contract-the-free-gems-choice-tell-parent = Le dire à un parent pour qu’on répare ça ensemble
contract-the-free-gems-feedback-tell-parent = Le meilleur choix ! Un parent peut t’aider à le signaler au jeu et à récupérer ton compte. Tout le monde peut se faire piéger. Demander de l’aide, c’est malin.
contract-the-free-gems-choice-new-account = Créer un nouveau compte et ne rien dire
contract-the-free-gems-feedback-new-account = Ne pas payer, c’était bien ! Mais l’arnaqueur a toujours ton ancien compte et pourrait s’en servir pour piéger tes amis. Un adulte peut aider à le signaler.
contract-the-free-gems-choice-pay-unlock = Utiliser la carte de Maman pour payer et le débloquer
contract-the-free-gems-feedback-pay-unlock = Une occasion d’apprendre : payer un arnaqueur ne permet presque jamais de récupérer ton compte. Ça lui montre juste que son piège marche. Demande à un adulte de t’aider à le signaler.

contract-the-free-gems-parent-helps = Ça me fait vraiment plaisir que tu m’en aies parlé. Tu n’auras pas d’ennuis. Signalons-le au jeu, changeons ton mot de passe et arrêtons tous les paiements ensemble.

contract-the-free-gems-end-safe = Tu as repéré le piège, dit non aux coûts cachés et su quand t’arrêter. Tes gemmes, ton argent et ton sommeil sont protégés !
contract-the-free-gems-end-tired = Tu n’as rien acheté, super ! Mais le piège de la série t’a fait veiller tard, et maintenant tu as sommeil à l’école. C’est toi qui décides quand t’arrêter.
contract-the-free-gems-end-mixed = C’est en partie réglé, mais attendre ou ne rien dire a laissé le piège continuer. La prochaine fois, parles-en tout de suite à un adulte de confiance. C’est plus facile à réparer.
contract-the-free-gems-end-recovered = Tu t’es fait piéger, mais tu en as parlé à un adulte de confiance et vous avez réparé ça ensemble. Quel bon sens et quel courage ! La prochaine fois, demande avant de toucher.
contract-the-free-gems-end-harmful = Le piège a encore marché, et encore plus d’argent est parti. Les arnaqueurs espèrent que les enfants auront trop peur pour en parler. Il n’est jamais trop tard : un adulte de confiance peut aider.
