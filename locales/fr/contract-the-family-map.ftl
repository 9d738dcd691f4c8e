# Contrats / valeurs : La carte de la famille (9-12 ans), partage de position, réglages par défaut et fenêtre « partage plus »

contract-the-family-map-title = La carte de la famille
contract-the-family-map-summary = Ton appli familiale montre ton point sur une carte, pour que ta famille sache quand tu arrives à la maison. Puis une fenêtre veut le montrer à beaucoup plus de monde.
contract-the-family-map-remember = L’endroit où tu es, c’est pour ta famille, pas pour toute l’appli. Une fenêtre qui te pousse à partager plus, c’est une ruse. Si une personne inconnue voit ton point, montre-le à un adulte de confiance.

contract-the-family-map-app = { $app }
contract-the-family-map-npc-adult = { $adult }
contract-the-family-map-npc-neighbour = { $neighbour }

contract-the-family-map-app-homedots = HomeDots
contract-the-family-map-app-kinmap = KinMap
contract-the-family-map-app-famcircle = FamCircle
contract-the-family-map-adult-grandma = Mamie
contract-the-family-map-adult-dad = Papa
contract-the-family-map-adult-aunt = Tata
contract-the-family-map-club-football = l’entraînement de foot
contract-the-family-map-club-swimming = la piscine
contract-the-family-map-club-music = le cours de musique
contract-the-family-map-name-sunnyside = SunnySide_11
contract-the-family-map-name-parkpal = ParkPal_10
contract-the-family-map-name-skaterkid = SkaterKid_12

contract-the-family-map-intro = Coucou, c’est moi, Sango ! Cette année, tu rentres à pied sans adulte après { $club }. Ta famille a mis { $app } sur ton téléphone : { $adult } voit ton point sur une carte et sait quand tu es à la maison.

contract-the-family-map-setup = { $app } est réglée comme l’appli l’aime. Tu veux que ta famille voie ton point et sache quand tu es à la maison. Personne d’autre n’a besoin de ton point ni de tes lieux. Règle-la pour ça !
contract-the-family-map-set-who = Qui peut voir mon point sur la carte
contract-the-family-map-val-who-everyone = Tout le monde sur l’appli
contract-the-family-map-val-who-fof = Les amis de mes amis
contract-the-family-map-val-who-family = Mon cercle familial
contract-the-family-map-val-who-nobody = Personne
contract-the-family-map-why-who-everyone = « Tout le monde », ce sont aussi des inconnus : n’importe qui sur l’appli verrait où tu es en ce moment. « Mon cercle familial » convient mieux.
contract-the-family-map-why-who-fof = Ça a l’air peu, mais les amis de tes amis peuvent être des centaines de personnes que tu n’as jamais vues. « Mon cercle familial » convient mieux.
contract-the-family-map-why-who-family = Parfait ! Ta famille voit que tu es en route, et personne d’autre.
contract-the-family-map-why-who-nobody = Très privé, mais alors { $adult } ne peut pas voir que tu es à la maison, et c’est à ça que sert l’appli. « Mon cercle familial » convient mieux.
contract-the-family-map-set-arrive = Prévenir ma famille quand j’arrive à la maison
contract-the-family-map-val-arrive-on = Activé
contract-the-family-map-val-arrive-off = Désactivé
contract-the-family-map-why-arrive-on = Bien vu ! Un petit message « À la maison ! », et personne ne s’inquiète ni ne t’appelle en chemin.
contract-the-family-map-why-arrive-off = C’est plus discret, mais { $adult } doit deviner, ou t’appeler. Pour ta famille, « À la maison ! » est une bonne nouvelle. « Activé » convient mieux.
contract-the-family-map-set-nearby = Me montrer aux enfants du quartier
contract-the-family-map-val-nearby-on = Activé
contract-the-family-map-val-nearby-off = Désactivé
contract-the-family-map-why-nearby-on = « Les enfants du quartier », ça peut être n’importe qui qui se dit enfant. Ton point n’est pas pour les inconnus : « Désactivé » convient mieux.
contract-the-family-map-why-nearby-off = Bonne idée ! Les inconnus du quartier n’ont pas besoin de savoir où tu es. Tes vrais amis savent déjà où te trouver.
contract-the-family-map-set-places = Qui peut voir mes lieux : maison et école
contract-the-family-map-val-places-everyone = Tout le monde
contract-the-family-map-val-places-family = Mon cercle familial
contract-the-family-map-val-places-nobody = Personne
contract-the-family-map-why-places-everyone = Ta maison et ton école disent à un inconnu où te trouver chaque jour. « Mon cercle familial » convient mieux.
contract-the-family-map-why-places-family = Exactement ! Ta famille connaît déjà ces lieux, et c’est grâce à eux que l’appli peut lui dire que tu es à la maison.
contract-the-family-map-why-places-nobody = Très privé, mais alors l’appli ne peut pas prévenir ta famille de ton arrivée. Elle connaît ces lieux de toute façon : « Mon cercle familial » convient mieux.

contract-the-family-map-walk-home = Un soir, { $club } finit tard, et il commence à faire nuit sur le chemin du retour. Un message arrive de { $adult }.
contract-the-family-map-walk-ask = Le travail me retient encore un peu. Tu peux laisser ton point allumé pour moi jusqu’à la maison ?
contract-the-family-map-choice-keep-on = D’accord ! Tu peux vérifier mon point jusqu’à la maison.
contract-the-family-map-feedback-keep-on = Bien joué ! Partager avec ta famille, c’est à ça que sert l’appli. { $adult } peut être tranquille, et personne d’autre ne voit rien.
contract-the-family-map-choice-all-off = Non. Position coupée. C’est privé, et plus sûr.
contract-the-family-map-feedback-all-off = Protéger l’endroit où tu es, c’est malin face aux inconnus ! Mais là, c’est { $adult }, un soir où il fait nuit. Partager avec ton cercle familial est sûr et utile.
contract-the-family-map-choice-nearby = Et j’active « enfants du quartier », pour la compagnie.
contract-the-family-map-feedback-nearby = Une occasion d’apprendre : « enfants du quartier », ça peut être n’importe qui, et ils voient maintenant ton trajet. Ta famille est déjà avec toi sur la carte. Ça peut encore s’arranger.
contract-the-family-map-got-home = J’ai vu le message « À la maison ! ». Merci ! On mange dans une demi-heure.
contract-the-family-map-pic-home = À la maison !
contract-the-family-map-pic-you = Toi
contract-the-family-map-worried = Ton point disparaît. { $adult } ne te voit plus et t’appelle deux fois pendant le trajet. À la maison, tu rallumes ton point, pour ta famille seulement.
contract-the-family-map-nearby-on = De nouveaux points apparaissent autour du tien : « Enfants près de toi ! » À la maison, une demande de message t’attend.
contract-the-family-map-pic-map = Enfants près de toi : 12
contract-the-family-map-pic-request = Nouvelle demande de message

contract-the-family-map-update = Une semaine plus tard, { $app } se met à jour toute seule. Une grande fenêtre s’ouvre sur la carte.
contract-the-family-map-spot-prompt = Touche les parties de la fenêtre qui te poussent à montrer ton point à plus de monde. Attention : certaines parties sont normales !
contract-the-family-map-card-title = Nouveau ! Carte sociale
contract-the-family-map-card-body = Partage ta carte avec plus de monde et fais-toi de nouveaux amis près de chez toi !
contract-the-family-map-part-family = Ton cercle familial : 3 personnes
contract-the-family-map-feedback-part-family = Pas une ruse. Ton cercle familial, c’est qui voit ton point aujourd’hui, et c’est très bien comme ça.
contract-the-family-map-part-home = « Prévenir ma famille à mon arrivée » : activé
contract-the-family-map-feedback-part-home = Pas une ruse : c’est la partie utile que tu as réglée toi-même. Ta famille reçoit « À la maison ! », et personne d’autre.
contract-the-family-map-part-fof = « Les amis de mes amis », déjà coché pour toi
contract-the-family-map-feedback-part-fof = Bien vu ! Une case cochée à ta place, c’est une ruse : tu ne l’as jamais choisie. Les amis de tes amis sont surtout des gens que tu n’as jamais vus.
contract-the-family-map-part-nearby = « 12 enfants près de toi veulent être tes amis ! »
contract-the-family-map-feedback-part-nearby = Oui ! Tu ne peux pas savoir qui sont vraiment ces points, et ils verraient où tu es. Tes vrais amis n’ont pas besoin d’une carte pour te trouver.
contract-the-family-map-part-button = Un gros bouton PARTAGER MA CARTE, et un tout petit « pas maintenant »
contract-the-family-map-feedback-part-button = Bien observé ! Un « oui » énorme et un « non » minuscule, c’est une ruse pour te presser. Le petit lien marche tout aussi bien.
contract-the-family-map-pic-home-tick = Prévenir ma famille à mon arrivée
contract-the-family-map-pic-fof = Les amis de mes amis
contract-the-family-map-pic-nearby = 12 enfants près de toi veulent être tes amis !
contract-the-family-map-pic-share = PARTAGER MA CARTE
contract-the-family-map-pic-not-now = pas maintenant

contract-the-family-map-prompt-choice = La grande fenêtre attend toujours. Tu touches quoi ?
contract-the-family-map-choice-not-now = Le petit « pas maintenant ». Mon point reste privé.
contract-the-family-map-feedback-not-now = Excellent choix ! La carte, c’est pour ta famille. Les amis d’amis et les « enfants près de toi » sont surtout des inconnus, et ton point montre où tu es en ce moment.
contract-the-family-map-choice-later = Je ferme. Je vérifierai plus tard si c’est vraiment sûr.
contract-the-family-map-feedback-later = Ne pas partager, c’était bien ! Mais « plus tard » laisse la question ouverte, et la fenêtre reviendra, peut-être au moment où tu n’as pas le temps. Tu connais déjà la réponse : ton point, c’est pour ta famille.
contract-the-family-map-choice-share = Partager ! Douze nouveaux amis près de moi, trop bien !
contract-the-family-map-feedback-share = Une occasion d’apprendre : l’appli veut plus de monde sur sa carte, alors bien sûr qu’elle dit que c’est sûr. Maintenant, des inconnus voient ton point. Ça peut encore s’arranger.
contract-the-family-map-kept-family = La fenêtre se ferme. Seul ton cercle familial voit ton point, comme avant, et les messages « À la maison ! » marchent toujours.
contract-the-family-map-nag-again = Le lendemain matin, la fenêtre revient, encore plus voyante : « { $friend } et 8 autres amis sont sur la Carte sociale ! Plus qu’un geste ! » Le gros bouton clignote.
contract-the-family-map-shared = Ton point est maintenant sur la Carte sociale, entouré de plein de nouveaux points. Une heure plus tard, une demande de message arrive.

contract-the-family-map-nag-choice = La fenêtre dit que tous tes amis sont sur la Carte sociale. Tu fais quoi ?
contract-the-family-map-choice-nag-not-now = Chercher encore le petit « pas maintenant ».
contract-the-family-map-feedback-nag-not-now = Bravo ! « Tous tes amis le font », c’est une ruse pour rendre le non difficile. Ton point reste pour ta famille, et { $friend } te retrouve très bien à l’école.
contract-the-family-map-choice-nag-share = Si { $friend } y est, ça doit aller. Je partage.
contract-the-family-map-feedback-nag-share = Une occasion d’apprendre : ce que { $friend } a choisi ne décide pas pour toi, et la fenêtre ne dit peut-être même pas vrai. Maintenant, des inconnus voient ton point. Ça peut encore s’arranger.

contract-the-family-map-stranger-writes = Salut ! J’ai vu ton point sur la carte. On habite tout près ! Tu vas à { $club }, non ? Je pourrais rentrer avec toi un de ces jours.
contract-the-family-map-stranger-choice = Quelqu’un que tu ne connais pas voit où tu es, et sait où tu vas. Tu fais quoi ?
contract-the-family-map-choice-show-adult = Ne pas répondre. Montrer carte et messages à { $adult }.
contract-the-family-map-feedback-show-adult = Le meilleur choix ! Un adulte peut couper le partage, et t’aider à bloquer et signaler. Beaucoup de gens touchent « partager ». C’est en le montrant vite qu’on arrange tout.
contract-the-family-map-choice-warn = Répondre : « Arrête, ou je le dis et je te signale ! »
contract-the-family-map-feedback-warn = Dire non, c’était courageux ! Mais toute réponse montre que tu lis, et cette personne voit toujours ton point. Ne réponds pas : montre-le à un adulte de confiance, qui peut couper, bloquer et signaler.
contract-the-family-map-choice-reply = Répondre : « Cool ! C’est laquelle, ta maison ? »
contract-the-family-map-feedback-reply = Une occasion d’apprendre : quelqu’un de gentil qui habite « tout près » reste un inconnu. Discuter lui en apprend plus sur toi. Il n’est jamais trop tard pour le montrer à un adulte de confiance.
contract-the-family-map-adult-fixes = Merci de me l’avoir montré. Tu n’as rien fait de mal, et ce n’est pas ta faute. On coupe la Carte sociale, on bloque et on signale { $neighbour }. Cette semaine, je viens te chercher après { $club }.
contract-the-family-map-neighbour-warned = Pourquoi tu me parles comme ça ? Je suis juste un enfant. De toute façon, je vois toujours ton point.
contract-the-family-map-neighbour-pushes = La bleue, près du parc ! On se retrouve là-bas après { $club } ? Le dis pas à ta famille, sinon ils vont te faire couper la carte.

contract-the-family-map-last-choice = { $neighbour } voit toujours ton point. Ce n’est pas ta faute. Et maintenant ?
contract-the-family-map-choice-last-tell = Tout montrer à { $adult }, même mes réponses à ce compte.
contract-the-family-map-feedback-last-tell = Ça, c’est du vrai courage ! Il n’est jamais trop tard. « Le dis pas à ta famille » est un gros signal d’alerte, et un adulte de confiance peut couper la carte, bloquer et signaler.
contract-the-family-map-choice-last-delete = Tout effacer, pour que { $adult } ne voie pas mes réponses.
contract-the-family-map-feedback-last-delete = Une occasion d’apprendre : effacer la discussion ne coupe pas le partage, et ça cache les messages dont un adulte a besoin. Tes réponses ne t’attireront pas d’ennuis. Il n’est jamais trop tard pour en parler.
contract-the-family-map-adult-fixes-late = Merci de me l’avoir dit, ça me soulage. Tu n’as rien fait de mal. On coupe la Carte sociale, et on bloque et signale { $neighbour } ensemble. Pour l’instant, je viens te chercher après { $club }.
contract-the-family-map-still-there = La discussion a disparu, mais ton point est toujours sur la Carte sociale, et { $neighbour } t’écrit de nouveau le lendemain.

contract-the-family-map-end-safe = Ton point est pour ta famille, et pour personne d’autre. La grosse fenêtre « partager » ne t’a pas eu, et { $adult } reçoit « À la maison ! » quand tu arrives. Génial !
contract-the-family-map-end-recovered = Ton point a été trop partagé, mais tu l’as montré à { $adult }. La Carte sociale est coupée, ton point est pour ta famille, et le compte { $neighbour } est bloqué et signalé. Pas ta faute !
contract-the-family-map-end-harmful = { $neighbour } voit toujours où tu es. Ce n’est pas ta faute : l’appli te poussait à partager. Il n’est jamais trop tard pour le montrer à { $adult } ou à un autre adulte de confiance, pour couper, bloquer et signaler.

contract-the-family-map-trace-shared = Ton point sur la Carte sociale, visible par les amis d’amis et les « enfants du quartier ».
contract-the-family-map-trace-shared-advice = Ton point, c’est pour ta famille. Montre-le à un adulte de confiance : ensemble, vous pouvez couper la Carte sociale et garder ton point pour ton cercle familial.
contract-the-family-map-trace-family = La carte de la famille : seul ton cercle familial voit ton point.
contract-the-family-map-trace-family-advice = Bravo ! Si l’appli se met à jour et demande de partager plus, touche « pas maintenant », ou vérifie avec ta famille.
