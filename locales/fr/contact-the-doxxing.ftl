# Contact / agressif : Retrouvé (16-18 ans). Divulgation de données personnelles après une publication : ne pas répondre, garder les preuves, signaler, verrouiller ses comptes, en parler à un adulte, la police en cas de menace ; les amis aident en ne partageant pas.

contact-the-doxxing-title = Ton adresse en ligne
contact-the-doxxing-summary = Ta critique d’un jeu fait le buzz, et un inconnu publie ton lycée, ta rue et le compte de ta sœur, à la vue de tous.
contact-the-doxxing-remember = Si on publie où tu vis ou étudies : ne riposte pas. Fais une capture, signale, verrouille tes comptes et parles-en à un adulte de confiance. Les menaces sont un délit : les adultes peuvent prévenir la police.

contact-the-doxxing-app = { $app }
contact-the-doxxing-app-clipcast = Clipcast
contact-the-doxxing-app-reelroom = Reelroom
contact-the-doxxing-app-vidnest = Vidnest
contact-the-doxxing-game-starfall = Starfall Arena
contact-the-doxxing-game-crystal-rift = Crystal Rift
contact-the-doxxing-game-skyline = Skyline Racers
contact-the-doxxing-troll-truth = truth_digger99
contact-the-doxxing-troll-exposed = exposed.daily
contact-the-doxxing-troll-nightwatch = n1ghtwatch
contact-the-doxxing-adult-dad = Papa
contact-the-doxxing-adult-coach = coach Ade
contact-the-doxxing-adult-grandma = Mamie

contact-the-doxxing-npc-troll = { $troll }
contact-the-doxxing-npc-anon = user_4471
contact-the-doxxing-npc-friend = { $friend }
contact-the-doxxing-npc-adult = { $adult }

contact-the-doxxing-intro = Hier soir, tu as publié une critique vidéo sur { $app } : « La nouvelle mise à jour de { $game }, c’est une arnaque paresseuse. » Ce matin, elle a 80 000 vues, et les plus grands fans du jeu ne sont pas contents.
contact-the-doxxing-replies = La plupart des réponses expriment juste un désaccord. Certaines sont des insultes. Puis un compte, { $troll }, publie quelque chose de très différent.
contact-the-doxxing-dox-post = on a tout trouvé. va au lycée Riverside, habite rue des Tilleuls, et voilà le compte de sa sœur. allez lui dire bonjour.
contact-the-doxxing-pic-head = on a tout trouvé.
contact-the-doxxing-pic-school = Lycée : Riverside
contact-the-doxxing-pic-street = Rue : des Tilleuls
contact-the-doxxing-pic-family = Sœur : @rosie.sketches
contact-the-doxxing-pic-shares = 1 200 partages
# The world remembers: the gym tags (The Body-Image Feed), taken off or not (The Pile-On).
contact-the-doxxing-gym-safe = Ton lycée et ta rue, oui, mais pas ta salle de sport : tu as retiré ces tags après la vague de haine. Un endroit de moins où des inconnus pourraient t’attendre.
contact-the-doxxing-gym-found = Il y a pire : une réponse donne ta salle de sport, trouvée grâce aux selfies tagués. Des inconnus savent où tu seras après les cours. Ça peut encore se réparer.

contact-the-doxxing-setup = Verrouille tout. Tes critiques n’enfreignent aucune règle : elles peuvent rester pour tes abonnés, et tes amis doivent pouvoir te joindre. Personne d’autre n’a besoin de ton lycée, de ta position ni de ton numéro.
contact-the-doxxing-set-videos = Qui peut voir mes vidéos
contact-the-doxxing-val-videos-everyone = Tout le monde
contact-the-doxxing-val-videos-followers = Mes abonnés
contact-the-doxxing-val-videos-only-me = Moi seulement
contact-the-doxxing-why-videos-everyone = Une occasion d’apprendre : en ce moment, « Tout le monde » inclut la foule qui fouille. « Mes abonnés » convient mieux : ceux qui regardent tes critiques le peuvent toujours.
contact-the-doxxing-why-videos-followers = Bon choix. Tes abonnés voient toujours tes critiques, et la foule qui cherche des infos en voit bien moins. Tu n’as pas à disparaître.
contact-the-doxxing-why-videos-only-me = C’est sûr, mais tes abonnés perdent tes critiques, et tu n’as rien fait de mal. « Mes abonnés » convient mieux : garde ton travail, ferme la porte à la foule.
contact-the-doxxing-set-messages = Qui peut m’écrire
contact-the-doxxing-val-messages-everyone = Tout le monde
contact-the-doxxing-val-messages-following = Les gens que je suis
contact-the-doxxing-val-messages-nobody = Personne
contact-the-doxxing-why-messages-everyone = Une occasion d’apprendre : « Tout le monde » laisse n’importe quel inconnu de la meute t’écrire directement. « Les gens que je suis » convient mieux.
contact-the-doxxing-why-messages-following = Bon choix. Tes amis peuvent toujours te joindre, et les inconnus de la meute ne peuvent pas t’écrire.
contact-the-doxxing-why-messages-nobody = Calme, mais tes amis ne peuvent plus te joindre non plus, et tu vas avoir besoin d’eux. « Les gens que je suis » convient mieux.
contact-the-doxxing-set-school = Lycée sur mon profil
contact-the-doxxing-val-school-shown = Affiché
contact-the-doxxing-val-school-hidden = Masqué
contact-the-doxxing-why-school-shown = Une occasion d’apprendre : ton lycée sur ton profil dit à des inconnus où te trouver chaque jour de la semaine. Masque-le.
contact-the-doxxing-why-school-hidden = Bien. Tes amis savent déjà où tu étudies. Personne d’autre n’a besoin de le savoir.
contact-the-doxxing-set-location = Position sur mes publications
contact-the-doxxing-val-location-on = Activée
contact-the-doxxing-val-location-off = Désactivée
contact-the-doxxing-why-location-on = Une occasion d’apprendre : la position sur tes publications permet de deviner ta rue et tes habitudes. Désactive-la.
contact-the-doxxing-why-location-off = Bien. Tes critiques n’ont pas besoin d’un point sur la carte, et ta rue reste à toi.
contact-the-doxxing-set-tags = Qui peut m’identifier
contact-the-doxxing-val-tags-anyone = N’importe qui
contact-the-doxxing-val-tags-following = Les gens que je suis
contact-the-doxxing-val-tags-ask = Me demander d’abord
contact-the-doxxing-why-tags-anyone = Une occasion d’apprendre : n’importe qui pourrait t’identifier dans des publications sur toi, et ton nom y mènerait tout droit. « Me demander d’abord » convient mieux.
contact-the-doxxing-why-tags-following = Mieux que n’importe qui, mais l’identification d’un ami à une fête ou dans un magasin montre encore où tu es. « Me demander d’abord » te laisse vérifier chaque fois.
contact-the-doxxing-why-tags-ask = Bon choix. Rien avec ton nom n’arrive sur ton profil sans que tu l’aies vu.
contact-the-doxxing-set-phone = Me trouver par numéro de téléphone
contact-the-doxxing-val-phone-on = Activé
contact-the-doxxing-val-phone-off = Désactivé
contact-the-doxxing-why-phone-on = Une occasion d’apprendre : avec ton numéro, n’importe qui trouverait tous tes comptes, et les numéros circulent vite dans une meute. Désactive-le.
contact-the-doxxing-why-phone-off = Bien. Tes amis te trouvent par ton pseudo, et ton numéro reste hors de l’appli.

contact-the-doxxing-first-move = Ton lycée, ta rue, le compte de ta sœur, à la vue de tous. Tes mains tremblent. Que fais-tu de cette publication ?
contact-the-doxxing-choice-save-report = Je capture le post et le compte, puis je le signale.
contact-the-doxxing-feedback-save-report = Le bon ordre : d’abord les preuves, ensuite le signalement. Des captures avec le pseudo et le lien gardent les preuves si la publication est effacée ou copiée, et la police pourrait en avoir besoin.
contact-the-doxxing-choice-quick-report = Je la signale tout de suite, avant que d’autres la voient.
contact-the-doxxing-feedback-quick-report = Signaler, c’était bien, et rapide. Mais sans capture, rien ne prouve ce qui a été publié quand c’est recopié. D’abord les preuves, puis le signalement.
contact-the-doxxing-choice-hit-back = Répondre : « Efface ça, ou je signale et je publie TON adresse. »
contact-the-doxxing-feedback-hit-back = Une occasion d’apprendre : riposter offre un nouveau spectacle à la foule, et une menace de ta part peut se retourner contre toi. Ne réponds pas : garde les preuves, signale, parles-en à un adulte.
contact-the-doxxing-c-documented = Tu captures la publication, le compte et le lien, et tu la signales comme « partage d’informations privées ». Une heure plus tard, { $app } la retire.
contact-the-doxxing-pic-report-title = Signaler la publication
contact-the-doxxing-pic-reason = Partage d’informations privées sur quelqu’un
contact-the-doxxing-pic-attached = 4 captures
contact-the-doxxing-pic-removed = Publication retirée. Merci pour ton signalement.
contact-the-doxxing-c-quick-report = Signalé. La publication disparaît dans l’heure, mais un nouveau compte l’a déjà copiée, et tu n’as rien gardé à montrer.
contact-the-doxxing-c-hit-back = mdr, on me menace maintenant. regardez tous. voilà l’adresse encore une fois, au cas où.

contact-the-doxxing-fix-first = Ta réponse circule comme « preuve » que c’est toi le problème, et l’adresse est publiée deux fois maintenant. Tu peux encore réparer ça. Et maintenant ?
contact-the-doxxing-choice-undo-tell = J’efface ma réponse et je dis tout à { $adult }.
contact-the-doxxing-feedback-undo-tell = Voilà comment réparer. Effacer ta réponse arrête le spectacle, et { $adult } peut t’aider à signaler les deux publications et à garder les preuves. La colère n’est pas un crime ; demander de l’aide, c’est malin.
contact-the-doxxing-choice-keep-fighting = Je continue. Personne ne m’aidera, de toute façon. Pourquoi arrêter ?
contact-the-doxxing-feedback-keep-fighting = Une occasion d’apprendre : une meute se nourrit des réponses, et personne ne la « gagne ». Et il y a de l’aide : il n’est jamais trop tard pour arrêter, garder ce qui existe et en parler à un adulte de confiance.
contact-the-doxxing-c-fight = Tu continues à répondre. Le soir, trois autres comptes ont publié ta rue, et l’un a trouvé le lycée de ta sœur.

contact-the-doxxing-friend = la publication avec ton adresse est dans le groupe de la classe. les gens sont ignobles. je la reposte avec « arrêtez, c’est du harcèlement » pour que tout le monde voie à quel point c’est grave ?
contact-the-doxxing-choice-dont-share = Ne la reposte pas. Signale-la et demande qu’on l’efface.
contact-the-doxxing-feedback-dont-share = Exactement. Chaque partage, même gentil, répand ton adresse encore plus loin. Signaler et demander aux gens d’effacer, c’est comme ça qu’on aide vraiment.
contact-the-doxxing-choice-blur-it = Oui, reposte-la, mais floute bien ma rue, pour ma sécurité.
contact-the-doxxing-feedback-blur-it = { $friend } veut bien faire. Mais un repartage diffuse encore ton lycée et le compte de ta sœur, et un flou, ça s’enlève. La meilleure aide, c’est signaler et ne pas partager.
contact-the-doxxing-choice-dox-back = Trouve qui tient ce compte, et publie SON adresse, je t’aide.
contact-the-doxxing-feedback-dox-back = Une occasion d’apprendre : divulguer en retour, c’est toujours divulguer. Souvent, ce n’est pas la bonne personne, et tu deviens une cible toi aussi. Signale et laisse les adultes s’en occuper.
contact-the-doxxing-c-friend-reports = ok. je l’ai signalée et j’ai dit à tout le groupe de l’effacer, pas de la transférer. trois l’ont déjà fait. je suis là si tu as besoin.
contact-the-doxxing-c-friend-reposts = { $friend } la publie avec ta rue floutée. À midi, quelqu’un a retiré le flou, et elle est dans deux autres groupes.
contact-the-doxxing-c-dox-back = Quelqu’un déniche une adresse pour { $troll } et la publie. C’est la mauvaise personne : une famille inconnue, qui reçoit maintenant les messages destinés au troll.

contact-the-doxxing-fix-friend = Une famille qui n’a rien fait est visée maintenant, et ton nom est associé à ça. Il n’est pas trop tard pour arrêter. Et maintenant ?
contact-the-doxxing-choice-take-down = Je fais effacer ça, et j’avoue tout à quelqu’un chez moi.
contact-the-doxxing-feedback-take-down = C’est courageux. Faire effacer arrête le mal fait à des gens innocents, et un adulte chez toi peut t’aider à signaler le reste. Reconnaître une erreur, c’est comme ça qu’on la répare.
contact-the-doxxing-choice-leave-it = Je laisse. Ils ont commencé, et c’est plus sûr.
contact-the-doxxing-feedback-leave-it = Une occasion d’apprendre : ce n’est pas plus sûr, et les gens visés n’ont rien commencé. Il n’est jamais trop tard pour faire effacer et en parler à un adulte de confiance.
contact-the-doxxing-c-left = L’adresse de la mauvaise famille reste en ligne. La foule se tourne vers elle, et la publication sur toi circule toujours.

contact-the-doxxing-night = Ce soir-là, une demande de message arrive d’un compte sans photo.
# The world remembers: the countdown in The Countdown, and the adult you told.
contact-the-doxxing-familiar = Une menace, un délai, un public. Tu as déjà affronté ce scénario, et tu ne leur as pas donné ce qu’ils voulaient. Les mêmes gestes marchent ici.
contact-the-doxxing-threat = jolie rue. je passe devant tous les jours. à lundi.
contact-the-doxxing-pic-request = Demande de message
contact-the-doxxing-pic-accept = Accepter
contact-the-doxxing-pic-delete = Supprimer
contact-the-doxxing-choice-wake-adult = Je ne réponds pas. Je réveille { $adult } et je montre ce message.
contact-the-doxxing-feedback-wake-adult = Bonne décision. C’est une menace, et les menaces sont un délit dans beaucoup de pays. Ne réponds pas : { $adult } peut la signaler et prévenir la police et le lycée, pour que lundi se passe bien.
contact-the-doxxing-choice-block-stay-home = Je bloque, et lundi je reste chez moi, plus sûr.
contact-the-doxxing-feedback-block-stay-home = Bloquer et garder ses distances, ça se comprend. Mais une menace, c’est aux adultes et à la police de s’en occuper, et tu ne devrais pas avoir à te cacher. Parles-en à un adulte de confiance.
contact-the-doxxing-choice-not-scared = Répondre : « Viens, alors. Tu ne me fais pas peur. »
contact-the-doxxing-feedback-not-scared = Une occasion d’apprendre : répondre à une menace montre que tu lis, et peut transformer des mots en projet. Ne réponds pas : garde-la et parles-en à un adulte de confiance.
contact-the-doxxing-c-blocked = Compte bloqué. Tu n’en parles à personne. Tout le week-end, tu regardes par la fenêtre chaque fois qu’une voiture ralentit.
contact-the-doxxing-c-replied = ok. lundi alors. je serai près du portail.

contact-the-doxxing-monday = Lundi matin. Le compte est bloqué, mais la menace n’a pas disparu, et personne qui pourrait agir n’est au courant. Et maintenant ?
contact-the-doxxing-choice-monday-tell = Avant les cours, je dis tout à { $adult }.
contact-the-doxxing-feedback-monday-tell = Bien. Il n’est pas trop tard : une capture de la demande et { $adult } suffisent pour la signaler, et le lycée et la police peuvent veiller sur toi.
contact-the-doxxing-choice-monday-quiet = Je me tais. Le compte est bloqué, ça suffit.
contact-the-doxxing-feedback-monday-quiet = Une occasion d’apprendre : bloquer te cache la menace, mais ne te cache pas d’elle. Tu n’as pas à porter ça sans personne : un adulte de confiance peut la signaler et prévenir la police.
contact-the-doxxing-c-quiet = Tu ne dis rien et tu vas en cours quand même. Il ne se passe rien, cette fois. Mais tu sursautes au moindre bruit de pas, et la publication circule toujours.

contact-the-doxxing-fix-threat = Tu as répondu, et maintenant il y a une heure et un lieu. Ce n’est pas un jeu, et ce n’est pas ta faute. Et maintenant ?
contact-the-doxxing-choice-show-threat = Je ne réponds plus, et ce soir je montre tout ça à { $adult }.
contact-the-doxxing-feedback-show-threat = C’est exactement ça. Avoir répondu ne rend pas tout ça ta faute. { $adult } peut signaler la discussion, et la police et le lycée peuvent s’assurer que personne n’attend au portail.
contact-the-doxxing-choice-bring-friends = Des amis m’accompagneront. On sera en sécurité, sans adultes.
contact-the-doxxing-feedback-bring-friends = Une occasion d’apprendre : les amis, c’est précieux, mais une menace, c’est pour les adultes et la police, pas pour des ados au portail. Il n’est jamais trop tard pour en parler à un adulte de confiance.
contact-the-doxxing-choice-delete-all = J’efface tout et je fais comme si de rien n’était.
contact-the-doxxing-feedback-delete-all = Une occasion d’apprendre : effacer la discussion, c’est jeter les preuves, et la menace existe toujours. Il n’est jamais trop tard pour en parler à un adulte de confiance, qui peut encore la signaler.
contact-the-doxxing-c-friends-monday = Lundi, tes amis t’accompagnent. Un inconnu est près du portail, en train de filmer. Personne qui pourrait l’arrêter n’est au courant, et la vidéo est en ligne à midi.
contact-the-doxxing-c-deleted = Tu effaces tout. Lundi, tu regardes sans cesse derrière toi, et sans la discussion, il ne reste rien à montrer.

contact-the-doxxing-adult-police = Tu as bien fait de me réveiller. C’est une menace, et c’est une affaire pour la police. On signale le compte, on appelle la police et le lycée ce soir, et lundi je t’accompagne. Tu as tout fait comme il faut.
contact-the-doxxing-adult-police-late = Tu as bien fait de me le dire, et tu n’as pas d’ennuis. On signale le message et on appelle la police et le lycée avant la sonnerie. Tu n’as pas à porter ça sans personne.
contact-the-doxxing-adult-late = Merci de me l’avoir dit. Tu n’as pas d’ennuis : ce genre d’attaque mettrait n’importe qui en colère. On fait signaler et effacer les publications, on garde les preuves, et on appelle la police si quelque chose te menace.

contact-the-doxxing-end-safe = Des inconnus ont publié où tu vis, et tu n’as pas riposté : tu as signalé, verrouillé tes comptes et laissé les adultes gérer la menace. Tes critiques sont toujours en ligne.
contact-the-doxxing-end-safe-late = Te taire tout un week-end, c’était dur, mais tu en as parlé à { $adult }, et la police et le lycée s’en occupent. Tes comptes sont verrouillés, et tes critiques sont toujours en ligne.
contact-the-doxxing-end-mixed = Il ne s’est rien passé cette fois. Mais personne qui pourrait agir n’est au courant de la menace, et la publication circule toujours. Un adulte de confiance peut encore la signaler et sécuriser lundi.
contact-the-doxxing-end-recovered = Ça a chauffé, et tu as réparé : tu as arrêté de répondre et tu en as parlé à { $adult }. Les publications sont signalées, et des adultes s’occupent du reste.
contact-the-doxxing-end-harmful = Les publications continuent de circuler, et c’est lourd à porter. Ce n’est pas ta faute si des inconnus s’en sont pris à toi. Il n’est jamais trop tard pour garder ce qui reste et en parler à un adulte de confiance.

# My phone: what was reported.
contact-the-doxxing-trace-reported = Signalé : la publication de { $troll } avec ton lycée et ta rue.
contact-the-doxxing-trace-reported-advice = Bravo. Si elle réapparaît, fais une capture, signale-la et parles-en à un adulte de confiance. Vérifie de temps en temps qui peut voir ton lycée et ta position.
