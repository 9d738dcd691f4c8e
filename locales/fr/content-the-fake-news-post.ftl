# Contenu / valeurs : La fausse info (13-15 ans)

content-the-fake-news-post-title = La fausse info
content-the-fake-news-post-summary = Une publication virale affirme qu’un médecin célèbre a trouvé un remède miracle, et quelqu’un de ton groupe d’amis veut que tout le monde la partage.
content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
content-the-fake-news-post-name-drtruth = DrTruth_Official
content-the-fake-news-post-name-healthsecrets = health.secrets.now
content-the-fake-news-post-name-naturalfix = TheNaturalFix_
content-the-fake-news-post-doctor-osei = Dre Amara Osei
content-the-fake-news-post-doctor-lenz = Dr Paul Lenz
content-the-fake-news-post-doctor-chen = Dre Mei Chen
content-the-fake-news-post-adult-mum = Maman
content-the-fake-news-post-adult-dad = Papa
content-the-fake-news-post-adult-uncle = Tonton Rafi
content-the-fake-news-post-intro = Samedi après-midi. Tu fais défiler { $app } quand une publication partagée 80 000 fois apparaît. { $friend } l’a déjà partagée dans le groupe de ta classe.
content-the-fake-news-post-the-post = OMG lisez ça !! Ma tante est malade depuis des mois, elle en a BESOIN. Partagez tous, ça pourrait sauver des vies !!
content-the-fake-news-post-spot = Grandes promesses, grandes émotions. Avant d’y croire, touche tout ce qui trahit cette publication.
content-the-fake-news-post-card-title = { $account }
content-the-fake-news-post-card-body = { $doctor }, médecin vu à la télé, affirme : « Ne buvez que du Glow Tonic pendant 3 jours et vous ne tomberez plus jamais malade. »
content-the-fake-news-post-part-account = { $account } - compte créé il y a 6 jours
content-the-fake-news-post-feedback-part-account = Un compte tout neuf avec une énorme nouvelle sur la santé, c’est un signal d’alerte. Les vrais médecins et services de santé ont un historique que tu peux vérifier.
content-the-fake-news-post-part-date = Publié aujourd’hui, 16 h 02
content-the-fake-news-post-feedback-part-date = Pas un indice en soi : les vraies comme les fausses publications ont une date. Qui l’a publiée, et ce que disent d’autres sources, ça compte bien plus.
content-the-fake-news-post-part-search = Bouton de recherche, en haut
content-the-fake-news-post-feedback-part-search = Pas un indice, mais une bonne idée ! Chercher le médecin et l’affirmation en dehors de la publication, c’est comme ça qu’on vérifie vraiment.
content-the-fake-news-post-part-shares = Partagé 80 000 fois
content-the-fake-news-post-feedback-part-shares = Ni dans un sens ni dans l’autre : les vraies comme les fausses publications peuvent être très partagées. Beaucoup de partages, ça veut dire populaire, pas vrai.
content-the-fake-news-post-part-link = Ton kit 3 jours : glowtonic-shop.biz, seulement 24,99 !
content-the-fake-news-post-feedback-part-link = La publication vend quelque chose. Un remède miracle avec un lien vers une boutique, c’est généralement une pub déguisée en info.
content-the-fake-news-post-part-wording = Les médecins ne veulent PAS qu’on le sache ! Partagez avant la CENSURE !!!
content-the-fake-news-post-feedback-part-wording = Les majuscules, les secrets et le « partagez maintenant » sont là pour te faire réagir, pas réfléchir. Les vrais conseils de santé n’ont pas besoin de te presser.
content-the-fake-news-post-pic-joined = Membre depuis 6 jours
content-the-fake-news-post-pic-shares = 80 k
content-the-fake-news-post-pic-date = Aujourd’hui, 16:02
content-the-fake-news-post-pic-headline = Les médecins ne veulent PAS qu’on le sache !
content-the-fake-news-post-pic-banned = Partagez avant la CENSURE !!!
content-the-fake-news-post-pic-link = glowtonic-shop.biz
content-the-fake-news-post-pic-price = 24,99
content-the-fake-news-post-pic-buy = Acheter

# Jouer de l’autre côté : fabriquer une publication santé trompeuse, puis la retourner.
content-the-fake-news-post-craft-intro = Tu veux voir comment on fabrique ce genre de publication ? Le temps d’une manche, tu passes de l’autre côté. C’est un entraînement, rien n’est publié : quand on connaît les ruses, on les repère bien plus vite.
content-the-fake-news-post-craft = Tu gères une page santé inventée. Ta publication n’a de place que pour deux éléments. Lis qui va la voir, puis choisis ce qui tromperait chacun.
content-the-fake-news-post-craft-what = Une publication pour la page inventée « Santé Miracle au Quotidien »
content-the-fake-news-post-t-crowd = Plus de 2 millions de personnes ne jurent que par ça
content-the-fake-news-post-t-crowd-why = La foule : « des millions n’en jurent que par ça » prend les autres comme preuve, et personne ne peut les compter. Repère-la : populaire ne veut pas dire vrai.
content-the-fake-news-post-t-coat = Photo d’un « médecin » souriant en blouse blanche, le flacon en main
content-the-fake-news-post-t-coat-why = Fausse autorité : une blouse blanche emprunte la confiance. Repère-la : le médecin est-il nommé ? Sa propre page dit-elle pareil ? Un costume n’est pas une source.
content-the-fake-news-post-t-hurry = Partagez dans l’heure, avant que ce soit supprimé !
content-the-fake-news-post-t-hurry-why = L’urgence : « dans l’heure » ne laisse pas le temps de réfléchir. Repère-la : une vraie info santé sera encore vraie demain. Un compte à rebours, c’est le signal pour ralentir.
content-the-fake-news-post-t-secret = La vérité qu’on vous cache rend votre famille malade !
content-the-fake-news-post-t-secret-why = L’émotion : la peur et la colère font ressentir avant de réfléchir. Repère-la : si une publication te fait battre le cœur, c’est le moment de faire une pause avant de partager.
content-the-fake-news-post-t-study = Un lien vers l’étude complète, pour que chacun la lise lui-même
content-the-fake-news-post-t-study-why = Honnête : une vraie source ne trompe personne, car en la suivant on voit que l’affirmation n’y est pas. Les vraies infos santé disent toujours d’où elles viennent.
content-the-fake-news-post-t-free = Un flacon offert aux 100 premières personnes qui partagent
content-the-fake-news-post-t-free-why = Un cadeau : offrir quelque chose contre un partage fait circuler une publication très vite, et c’est souvent trop beau pour être vrai. Repère-le : demande-toi ce que la page gagne à ton partage.
content-the-fake-news-post-t-honest = Franchement : ça ne soigne pas tout, parlez-en à votre médecin
content-the-fake-news-post-t-honest-why = Honnête : « parlez-en à votre médecin » envoie les gens vers quelqu’un qui sait, et la ruse ne marche plus. C’est pour ça que les fausses publications oublient cette phrase.
content-the-fake-news-post-p-joe = Papi Joseph
content-the-fake-news-post-p-joe-about = Se fie à un uniforme et à un titre : « ils ont étudié, ils savent »
content-the-fake-news-post-p-joe-why = Papi Joseph respecte ceux qui ont étudié, et c’est plutôt sage. Un faux ne fait qu’emprunter la blouse. Ce qui le protège : vérifier que le médecin est nommé et existe, ou demander à son médecin.
content-the-fake-news-post-p-maya = Maya, 14 ans
content-the-fake-news-post-p-maya-about = Inquiète pour son petit frère souvent malade ; agit dès qu’elle lit
content-the-fake-news-post-p-maya-why = Maya aime son frère, et s’inquiéter pour quelqu’un qu’on aime fait agir n’importe qui très vite. Ce qui fait peur et le « fais-le maintenant » visent juste là. Une pause la protège le mieux.
content-the-fake-news-post-p-sam = Sam, 15 ans
content-the-fake-news-post-p-sam-about = Suit ses potes, et s’énerve vite dès que quelque chose est injuste
content-the-fake-news-post-p-sam-why = Sam suit ses potes et déteste l’injustice. « Tout le monde partage » et un « on nous cache la vérité » rageur jouent là-dessus, et on partage avant de vérifier. La publication est faite pour ça, pas la faute de Sam.
content-the-fake-news-post-craft-turn = Retourne la situation : ces ruses te visent chaque jour. Blouse blanche, secret qui fait peur, compte à rebours : stop, vérifie la source ailleurs, demande à quelqu’un de confiance et signale les faux.
content-the-fake-news-post-craft-back = De retour sur { $app }, la publication est toujours dans le groupe de ta classe : un « médecin de la télé », un grand secret, « partagez avant la CENSURE ». Tu connais ces ruses maintenant.
content-the-fake-news-post-remember = Avant de partager, vérifie qui est derrière une publication et ce que dit la vraie source : commentaires et partages ne prouvent rien. Corrige tes amis en privé, et signale les fausses publications.
content-the-fake-news-post-part-photo = Photo : { $doctor } avec une bouteille, l’étiquette collée de travers
content-the-fake-news-post-feedback-part-photo = Regarde de plus près : une étiquette collée de travers, c’est le signe d’une photo retouchée. N’importe qui peut copier la photo d’un vrai médecin et y coller son produit.

content-the-fake-news-post-check-choice = Quelque chose cloche. Mais { $friend } te demande sans arrêt si tu as partagé. Que vas-tu faire ?
content-the-fake-news-post-choice-comments = Vérifier les commentaires pour voir si ça a marché.
content-the-fake-news-post-feedback-comments = Ne pas partager tout de suite, c’est malin. Mais les commentaires sont sous la même publication, n’importe qui peut écrire « ça marche », et tu ne sais pas qui écrit. Cherche en dehors de la publication.
content-the-fake-news-post-choice-search = Vérifier le médecin et l’affirmation dans un autre onglet.
content-the-fake-news-post-feedback-search = C’est la lecture latérale, ce que font les fact-checkeurs : sortir de la publication et voir ce que d’autres sources disent du médecin et de l’affirmation. Un compte de 6 jours ne peut pas truquer ça.
content-the-fake-news-post-choice-share = Un vrai médecin l’a dit, donc c’est sûr. Je partage !
content-the-fake-news-post-feedback-share = Une occasion d’apprendre : la publication dit seulement qu’un médecin l’a dit. Elle vient d’un compte de 6 jours avec un lien de boutique. Vouloir aider, c’est gentil : vérifie d’abord, puis décide.

content-the-fake-news-post-c-comments = Les premiers commentaires disent « ça a marché pour moi !! » et « ça a guéri mon cousin ! ». Impossible de savoir qui les a écrits, et tu ne sais toujours pas si c’est vrai.
content-the-fake-news-post-c-search = Trouvé ! La vraie page de { $doctor } dit : « Je n’ai jamais dit ça. Ne boire que du tonic pendant 3 jours, c’est dangereux. » Un site de santé publique dit qu’un tel remède n’existe pas.
content-the-fake-news-post-pic-search = { $doctor } Glow Tonic
content-the-fake-news-post-pic-doctor = { $doctor }
content-the-fake-news-post-pic-quote = Je n’ai jamais dit ça.
content-the-fake-news-post-pic-quote-more = Ne boire que du tonic pendant 3 jours, c’est dangereux.
content-the-fake-news-post-pic-service = Santé publique
content-the-fake-news-post-pic-service-says = Un tel remède n’existe pas.

content-the-fake-news-post-sort = Maintenant que tu connais la ruse, regardons le reste de ton fil avant de retourner dans le groupe de classe. Où va chaque publication ?
content-the-fake-news-post-post-weather-from = Service météo de la ville
content-the-fake-news-post-post-weather = Alerte canicule dimanche et lundi : jusqu’à 38 °C. Buvez de l’eau souvent, restez à l’ombre à midi et prenez des nouvelles de vos voisins âgés.
content-the-fake-news-post-post-weather-why = Bon à partager : c’est le compte du service météo lui-même, les infos disent pareil, et les conseils sont simples et ne vendent rien. Ça peut aider la mamie de quelqu’un.
content-the-fake-news-post-post-rumour-from = kiki.on.the.bus
content-the-fake-news-post-post-rumour = Il paraît que les grandes vacances vont être raccourcies de deux semaines l’an prochain. La mère d’un pote travaille dans un collège, elle l’a entendu en salle des profs.
content-the-fake-news-post-post-rumour-why = À vérifier d’abord : « quelqu’un l’a entendu », ce n’est pas une source. Si c’est vrai, le collège ou le ministère de l’Éducation l’annoncera sur ses propres pages.
content-the-fake-news-post-post-tonic-from = Glow Deals Today
content-the-fake-news-post-post-tonic = Glow Tonic a changé ma vie ! Regardez, même { $doctor } a une bouteille sur cette photo. Mon code GLOW50 pour moitié prix, aujourd’hui seulement.
content-the-fake-news-post-post-tonic-why = Celui-là, tu l’as déjà vérifié : la vraie page de { $doctor } dit que c’est faux. Un code promo et « aujourd’hui seulement », c’est une pub, pas une info.
content-the-fake-news-post-post-friend-from = { $friend }
content-the-fake-news-post-post-friend = Bravo à ma petite cousine, qui a réussi son test de natation aujourd’hui après une année entière d’essais. On est trop fiers de toi, championne !
content-the-fake-news-post-post-friend-why = Partage-le : c’est gentil, c’est vrai, et c’est publié pour que tout le monde la félicite. Bien vérifier, ce n’est pas douter de tout.
content-the-fake-news-post-post-poll-from = Page officielle de la 3e B
content-the-fake-news-post-post-poll = Sondage : qui est la personne la plus énervante de la 3e B ? Jess est loin devant pour l’instant. Votez et partagez, résultats vendredi !
content-the-fake-news-post-post-poll-why = Pas celui-là : un nom qui fait officiel n’y change rien. Ce sondage est là pour rabaisser Jess, et chaque partage alimente l’acharnement. Le signaler, c’est une façon discrète de la soutenir.
content-the-fake-news-post-post-library-from = Bibliothèque du Val-Vert
content-the-fake-news-post-post-library = Notre nouvel espace ados ouvre samedi prochain : un coin jeux, un espace calme pour réviser et une imprimante 3D à essayer. Inscris-toi auprès de Mme Roux à l’accueil ou sur notre site !
content-the-fake-news-post-post-library-why = Tu peux le partager : c’est le compte de la bibliothèque elle-même, tu peux vérifier sur son site ou à l’accueil, et c’est une bonne nouvelle pour les jeunes de ton âge.

content-the-fake-news-post-c-share = Ton partage récolte 30 likes. Puis ton jeune cousin t’écrit : « Je devrais arrêter de manger et ne boire que le tonic ? Tu l’as partagé, donc ça doit être vrai. »

content-the-fake-news-post-still-unsure = t’as partagé ?? ma tante commande le kit ce soir !
content-the-fake-news-post-choice-unsure-share = Plein de gens disent que ça marche. J’ai confiance. Je partage !
content-the-fake-news-post-feedback-unsure-share = Une occasion d’apprendre : commentaires et partages peuvent être truqués, et leur nombre ne rend pas une affirmation vraie. La page du médecin ou un site de santé peuvent t’en dire plus.
content-the-fake-news-post-choice-unsure-search = Attends. Je vérifie d’abord ce que dit { $doctor } ailleurs.
content-the-fake-news-post-feedback-unsure-search = Oui. Les commentaires ne prouvent pas une info santé, mais la page du médecin ou un site de santé, si. Sortir de la publication, c’est comme ça qu’on vérifie vraiment.

content-the-fake-news-post-kind-choice = Dans le groupe de classe, tout le monde se moque de { $friend } : « mdr tu crois vraiment n’importe quoi », « imagine te faire avoir par ça ». { $friend } ne dit plus rien.
content-the-fake-news-post-pic-group = Groupe de la classe
content-the-fake-news-post-pic-joke1 = mdr tu crois vraiment n’importe quoi
content-the-fake-news-post-pic-joke2 = imagine te faire avoir par ça
content-the-fake-news-post-choice-post-page = Poster la vraie page dans le groupe, pour aider tout le monde.
content-the-fake-news-post-feedback-post-page = Arrêter un faux, ça compte. Mais le poster pendant que tout le monde se moque de { $friend }, c’est en rajouter. Un message privé d’abord est plus gentil, et marche mieux.
content-the-fake-news-post-choice-laugh = Envoyer un emoji mort de rire, comme les autres.
content-the-fake-news-post-feedback-laugh = Une occasion d’apprendre : quand tout le monde s’acharne, une erreur devient une humiliation, et les gens dont on se moque changent rarement d’avis. La gentillesse marche mieux.
content-the-fake-news-post-choice-dm-page = Envoyer en privé à { $friend } la vraie page, sans moquerie.
content-the-fake-news-post-feedback-dm-page = Plein de tact et de bon sens. Un message privé avec la vraie source permet à { $friend } de changer d’avis sans public. Tout le monde peut se faire avoir par un faux bien fait.

content-the-fake-news-post-c-post-page = Les gens arrêtent de partager. Mais les blagues redoublent : « même tes amis se moquent de toi mdr ». { $friend } supprime son partage et ne dit plus rien.
content-the-fake-news-post-c-laugh = Ton emoji récolte 20 rires. { $friend } quitte le groupe de classe. Plus tard, tu reçois : « je croyais qu’on était amis. ma tante veut toujours essayer. »
content-the-fake-news-post-c-dm-page = omg. merci de pas avoir ri de moi. j’ai supprimé mon partage.
content-the-fake-news-post-c-dm-page-quiz = et t’avais raison pour l’appli de quiz aussi. Je vérifierai avec toi avant de partager des trucs, promis.

content-the-fake-news-post-aunt = ma tante a déjà commandé le kit. elle commence demain et elle m’écoute pas...
content-the-fake-news-post-choice-aunt-report = Signaler le post et lui envoyer la page du médecin.
content-the-fake-news-post-feedback-aunt-report = Génial. Signaler les fausses infos santé aide { $app } à les retirer, et les mots du vrai médecin peuvent toucher la tante là où l’inquiétude d’un ado ne suffit pas.
content-the-fake-news-post-choice-aunt-choice = Ton partage est supprimé. Ce qu’elle boit, c’est son choix, non ?
content-the-fake-news-post-feedback-aunt-choice = Supprimer le partage, c’était bien. Mais la publication vend toujours le kit, et la tante n’a pas vu les vrais faits. Signaler et lui envoyer la vraie page pourrait la protéger.
content-the-fake-news-post-choice-aunt-try = Faut lui dire d’essayer. Trois jours, ça fait pas de mal.
content-the-fake-news-post-feedback-aunt-try = Une occasion d’apprendre : ne boire qu’une boisson pendant 3 jours peut rendre malade, et un faux remède peut remplacer de vrais soins. Pour la santé, fie-toi à un médecin ou à un service de santé.

content-the-fake-news-post-c-aunt-report = je lui ai envoyé ! elle va d’abord demander à son médecin. et j’ai signalé la publication aussi
content-the-fake-news-post-c-aunt-choice = Le lendemain, { $friend } t’écrit : « ma tante a commencé le tonic. elle a des vertiges et se sent faible. »
content-the-fake-news-post-c-aunt-try = La tante commence le tonic et saute ses repas. La fausse publication continue d’atteindre d’autres familles.

content-the-fake-news-post-aunt-dizzy = elle dit que c’est juste la détox qui agit. je devrais m’inquiéter ??
content-the-fake-news-post-choice-dizzy-detox = La détox, ça fatigue, non ? Attends encore un jour.
content-the-fake-news-post-feedback-dizzy-detox = Une occasion d’apprendre : « détox » est un mot que les faux remèdes utilisent pour cacher de vrais signaux d’alerte. Vertiges et faiblesse, c’est un médecin tout de suite. Un adulte de confiance peut aider.
content-the-fake-news-post-choice-dizzy-water = Faut lui dire de tenir bon. Inutile d’inquiéter { $adult }.
content-the-fake-news-post-feedback-dizzy-water = Une occasion d’apprendre : « tenir bon », c’est ce que veut la fausse publication. Les vertiges sont un signal d’alerte du corps. C’est le moment d’inquiéter { $adult } : il faut un adulte et un médecin.
content-the-fake-news-post-choice-dizzy-adult = Oui ! On demande à { $adult } de l’appeler maintenant.
content-the-fake-news-post-feedback-dizzy-adult = Bonne décision. Quand la santé de quelqu’un est en jeu, un adulte peut agir vite : appeler la tante, un médecin ou une ligne santé. Signaler la publication ensemble l’empêche d’en toucher d’autres.

content-the-fake-news-post-c-dizzy-detox = Tu attends. La tante finit chez le médecin, faible et pleine de vertiges, et la publication circule toujours.
content-the-fake-news-post-c-dizzy-water = Elle continue. Le soir, elle a besoin d’un médecin, et la fausse publication est toujours partagée.
content-the-fake-news-post-c-dizzy-adult = Tu as bien fait de me le dire. Je l’appelle tout de suite et je l’emmène chez un médecin. Ensuite, on signale cette publication à { $app } ensemble.

content-the-fake-news-post-fix-choice = Oh non. Les gens font confiance à ce que tu partages, alors un faux venant de toi leur semble vrai. Il n’est pas trop tard pour réparer. Que vas-tu faire ?
content-the-fake-news-post-choice-fix-leave = Je laisse. Les gens peuvent vérifier eux-mêmes, non ?
content-the-fake-news-post-feedback-fix-leave = Une occasion d’apprendre : ton cousin y a cru parce que tu l’as partagé, et la plupart des gens ne vérifient pas. Les fausses infos santé font vraiment du mal. Tu as le droit de changer d’avis.
content-the-fake-news-post-choice-fix-tell = J’écris à mon cousin « c’est faux ! » et je montre ça à { $adult }.
content-the-fake-news-post-feedback-fix-tell = C’est comme ça qu’on répare. Ton cousin entend la vérité de ta part, et un adulte de confiance peut vérifier qu’il va bien et aider à signaler. Tout le monde se fait avoir parfois.
content-the-fake-news-post-choice-fix-delete = Je supprime mon partage. Pas besoin de le dire à { $adult }.
content-the-fake-news-post-feedback-fix-delete = Supprimer l’empêche de se répandre à partir de toi. Mais ton cousin et d’autres l’ont déjà vu et y croient peut-être. Une courte correction et l’aide de { $adult } les protégeraient.

content-the-fake-news-post-c-fix-leave = Ton partage continue de récolter des likes. Ton cousin saute le dîner pour le tonic, et trois amis le repartagent depuis ta page.
content-the-fake-news-post-c-fix-delete = Ton partage disparaît. Mais le lendemain matin, ton cousin t’écrit : « J’ai sauté le petit-déj. Je commence le tonic aujourd’hui ! »

content-the-fake-news-post-fix-again = Ton cousin y croit toujours, parce que ça venait de toi. Et maintenant ?
content-the-fake-news-post-choice-again-wait = C’est un petit-déj. J’en parlerai à { $adult } demain.
content-the-fake-news-post-feedback-again-wait = Une occasion d’apprendre : un repas sauté peut devenir trois jours. Ton cousin te fait confiance, donc tes mots peuvent l’arrêter maintenant, et { $adult } peut aider dès aujourd’hui.
content-the-fake-news-post-choice-again-tell = J’appelle mon cousin, puis je demande à { $adult } d’intervenir.
content-the-fake-news-post-feedback-again-tell = Tu as réparé les choses. Ton cousin apprend que c’est faux, et un adulte peut vérifier qu’il va bien et aider à signaler la publication. Reconnaître une erreur, c’est courageux.

content-the-fake-news-post-c-again-wait = À midi, ton cousin se sent tout tremblant, et il a partagé la publication avec ses propres amis.

content-the-fake-news-post-repair = { $friend } a de la peine, et le faux circule toujours. Que vas-tu faire ?
content-the-fake-news-post-choice-repair-report = M’excuser, envoyer la vraie page, et signaler la publication.
content-the-fake-news-post-feedback-repair-report = Tu as réparé les choses. De vraies excuses et la vraie source peuvent recoller une amitié, et signaler la publication empêche le faux d’atteindre d’autres gens.
content-the-fake-news-post-choice-repair-joke = Fais-moi confiance, c’était juste une blague. Tout le monde riait.
content-the-fake-news-post-feedback-repair-joke = Une occasion d’apprendre : une blague n’en est une que si tout le monde rit, y compris la personne visée. Il n’est jamais trop tard pour s’excuser.

content-the-fake-news-post-c-repair-report = ok. merci de t’excuser, ça compte. je vais montrer la vraie page à ma tante. je l’ai signalée aussi.
content-the-fake-news-post-c-repair-joke = { $friend } ne répond pas. Cette personne reste loin du groupe de classe, sans savoir ce qui est vrai.

content-the-fake-news-post-adult-helps = Merci de me l’avoir dit, il fallait du cran. J’ai appelé ton cousin, tout va bien. Maintenant, signalons la publication à { $app } et postons une courte correction.

content-the-fake-news-post-end-safe = Tu as vérifié avant de croire, aidé { $friend } avec les vrais faits, et fait en sorte que le faux remède soit signalé et que la tante ait de vrais conseils médicaux.
content-the-fake-news-post-end-recovered = Ça a mal tourné un moment, mais tu l’as assumé : tu as apporté la vérité aux gens qui te faisaient confiance, et la fausse publication est signalée. Ça demande plus de courage que de ne jamais se tromper.
content-the-fake-news-post-end-mocked = { $friend } vit ça comme une humiliation et croit encore un peu au faux. Le faux n’est pas ta faute, et il n’est jamais trop tard : excuse-toi, envoie la vraie page, et demande de l’aide à un adulte de confiance.
content-the-fake-news-post-end-harmful = Le faux remède continue de circuler, et des gens l’essaient au lieu de recevoir de vrais soins. Ce n’est pas ta faute, et il n’est jamais trop tard : parles-en à un adulte de confiance, qui t’aidera.
