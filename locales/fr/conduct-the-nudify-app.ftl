# Conduite / sexuel : Fausses images, vrai mal (13-15 ans). De fausses images dénudées d'un camarade, faites avec une appli de « déshabillage ».
# Signaux d'alerte et aide seulement : rien n'est montré ni décrit.

conduct-the-nudify-app-title = Fausses images, vrai mal
conduct-the-nudify-app-summary = Un compte anonyme publie de fausses images d’une personne de ta classe, faites avec une appli d’IA, et tout le monde les ouvre.
conduct-the-nudify-app-remember = Une fausse image dénudée d’une vraie personne est une agression. Ne l’ouvre pas, ne la garde pas, ne la partage pas : signale-la, parles-en à un adulte de confiance. Et ce n’est jamais la faute de la personne visée.

conduct-the-nudify-app-app = { $app }
conduct-the-nudify-app-npc-anon = { $anon }
conduct-the-nudify-app-npc-friend = { $friend }
conduct-the-nudify-app-npc-classmate = { $classmate }
conduct-the-nudify-app-npc-adult = { $adult }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
conduct-the-nudify-app-app-chatterly = Chatterly
conduct-the-nudify-app-app-groupnest = GroupNest
conduct-the-nudify-app-app-pingpal = PingPal
conduct-the-nudify-app-anon-truth = truth.hurts.xx
conduct-the-nudify-app-anon-exposed = exposed_class
conduct-the-nudify-app-anon-ghost = ghost.acc_00
conduct-the-nudify-app-adult-uncle = Oncle Tomás
conduct-the-nudify-app-adult-mum = Maman
conduct-the-nudify-app-adult-grandpa = Papi Kofi

conduct-the-nudify-app-intro = Samedi soir. La discussion de ta classe sur { $app } déborde de projets pour le week-end. Puis un compte que personne ne connaît, { $anon }, entre par le lien d’invitation et publie quelque chose.
conduct-the-nudify-app-anon-post = mdr j’ai fait des photos de { $classmate } avec une appli pour déshabiller. ouvrez-les avant qu’elles soient supprimées
conduct-the-nudify-app-pic-chat-title = Discussion de la classe
conduct-the-nudify-app-pic-hidden = Image masquée : elle peut être nuisible
conduct-the-nudify-app-pic-caption = faites avec une appli, mdr
conduct-the-nudify-app-pic-seen = Vu par 23
conduct-the-nudify-app-sango-explains = Une appli de « déshabillage » transforme, grâce à l’IA, une photo ordinaire en fausse image dénudée. En faire ou en partager une d’une vraie personne est une agression, et souvent interdit par la loi, même si c’est faux.

conduct-the-nudify-app-friend-reacts = attends, c’est vraiment { $classmate } ?? tout le monde dit que c’est faux mais tout le monde l’ouvre. on regarde ?
conduct-the-nudify-app-choice-report-it = Ne l’ouvre pas. Fausse ou pas, ça reste une agression. Je signale.
conduct-the-nudify-app-feedback-report-it = Exactement. De fausses images font quand même du mal à une vraie personne, et chaque vue aggrave les choses. Signaler aide { $app } à retirer vite les images et le compte.
conduct-the-nudify-app-choice-mute-chat = Je n’ouvre pas ça. Je coupe la discussion ce soir.
conduct-the-nudify-app-feedback-mute-chat = Ne pas l’ouvrir, c’était bien. Mais couper la discussion laisse les images en ligne et { $classmate } sans soutien. Un signalement rapide aide à les faire retirer.
conduct-the-nudify-app-choice-one-look = C’est faux. Un coup d’œil en toute sécurité, juste pour vérifier.
conduct-the-nudify-app-feedback-one-look = Une occasion d’apprendre : vraie ou fausse, l’ouvrir ajoute au mal, et on ne peut pas l’effacer de sa tête. Pas besoin de regarder pour savoir que c’est grave.

conduct-the-nudify-app-c-reported = Tu signales le message et { $anon }. { $friend } répond : « ok, je l’ouvre pas. signalé aussi. » Puis { $classmate } t’écrit.
conduct-the-nudify-app-pic-report-title = Signaler le message
conduct-the-nudify-app-pic-report-heading = Quel est le problème ?
conduct-the-nudify-app-pic-reason-spam = Spam
conduct-the-nudify-app-pic-reason-bullying = Harcèlement
conduct-the-nudify-app-pic-reason-fake = Fausse image sexuelle d’un mineur
conduct-the-nudify-app-pic-report-send = Envoyer
conduct-the-nudify-app-c-muted = Tu coupes la discussion. Une heure plus tard, ton téléphone vibre quand même : un message de { $classmate }.
conduct-the-nudify-app-c-looked = Tu l’ouvres. C’est une fausse image dénudée avec le visage de { $classmate }. Tu fermes vite, mais l’image reste dans ta tête, et la discussion montre que tu l’as vue.

conduct-the-nudify-app-fix-look = L’ouvrir, c’était un faux pas. Ça ne fait pas de toi quelqu’un de mauvais, et tu peux encore aider { $classmate }. Que fais-tu ?
conduct-the-nudify-app-choice-be-honest = J’avoue tout à { $adult } : je l’ai ouverte. Puis on la signale.
conduct-the-nudify-app-feedback-be-honest = C’est réparer les choses. Reconnaître ce qu’on a fait, c’est courageux, et un adulte de confiance peut signaler, aider { $classmate } et faire retirer l’image. Tu n’as pas d’ennuis pour l’avoir dit.
conduct-the-nudify-app-choice-keep-quiet = Je ferme et je ne dis rien. { $adult } m’en voudrait d’avoir regardé.
conduct-the-nudify-app-feedback-keep-quiet = Une occasion d’apprendre : avoir peur de la réaction de { $adult }, c’est normal, mais un adulte de confiance préfère savoir. Se taire laisse les images circuler, et { $classmate } n’a personne de son côté.
conduct-the-nudify-app-choice-warn-classmate = Je l’envoie à { $classmate }, pour qu’on sache ce qui circule.
conduct-the-nudify-app-feedback-warn-classmate = Une occasion d’apprendre : la transférer, même pour aider, c’est la partager, et partager des images sexuelles de mineurs est interdit par la loi. Préviens { $classmate } avec des mots, et va voir un adulte.
conduct-the-nudify-app-c-adult-looked = Merci pour ta franchise. Tu n’as pas d’ennuis. Ne garde rien et n’envoie rien. On va la signaler ensemble, et j’appelle le collège et la famille de { $classmate } pour la faire retirer.
conduct-the-nudify-app-pic-help-title = Faire retirer une image
conduct-the-nudify-app-pic-help-report = La signaler là où elle circule
conduct-the-nudify-app-pic-help-keep = Ne pas la garder ni la transférer
conduct-the-nudify-app-pic-help-takedown = De l’aide au retrait pour les mineurs
conduct-the-nudify-app-pic-help-button = Trouver de l’aide
conduct-the-nudify-app-c-silent = Tu fermes l’appli sans rien dire. Lundi, les images sont dans toutes les discussions de la classe, et { $classmate } ne vient plus au collège.
conduct-the-nudify-app-c-forwarded = pourquoi tu m’envoies ça ?? donc toi aussi tu l’as vue ? combien de gens l’ont ?

conduct-the-nudify-app-compose = { $classmate } t’écrit : « tout le monde les a vues. c’est pas moi, je te jure. j’ai jamais rien envoyé à personne. » Réponds : choisis ce qui aide, et laisse de côté ce qui blesse.
conduct-the-nudify-app-compose-to = { $classmate }
conduct-the-nudify-app-ph-not-fault = Ce n’est pas ta faute. C’est la personne qui les a faites.
conduct-the-nudify-app-why-not-fault = C’est l’essentiel. { $classmate } n’a rien fait de mal : c’est la personne qui a fabriqué et partagé les images qui l’a fait.
conduct-the-nudify-app-ph-laugh = Rigoles-en, tout le monde sait que c’est faux.
conduct-the-nudify-app-why-laugh = Ça paraît léger, mais ça dit à { $classmate } que sa peine ne compte pas. De fausses images font un vrai mal.
conduct-the-nudify-app-ph-wont-share = Je ne les transférerai à personne. Jamais.
conduct-the-nudify-app-why-wont-share = Bien : savoir que les images s’arrêtent avec toi, ça réconforte vraiment. Chaque copie qui n’est pas envoyée compte.
conduct-the-nudify-app-ph-hey = Hé. Je viens de voir ton message.
conduct-the-nudify-app-why-hey = Un bonjour, ça va dans les deux cas. Ce qui compte, c’est la suite.
conduct-the-nudify-app-ph-selfies = Poste peut-être moins de selfies, pour que ça ne recommence pas ?
conduct-the-nudify-app-why-selfies = C’est peut-être dit comme un conseil, mais ça rend { $classmate } responsable. Personne ne provoque ça en postant des photos : c’est la personne qui les détourne qui est en tort.
conduct-the-nudify-app-ph-with-you = Tu veux que je vienne avec toi parler à un adulte de confiance ?
conduct-the-nudify-app-why-with-you = Ça, c’est du vrai soutien. Un adulte de confiance peut faire retirer les images, et y aller ensemble rend les choses plus faciles.
conduct-the-nudify-app-ph-secret = Je ne dirai rien à personne, même pas à un adulte. Promis.
conduct-the-nudify-app-why-secret = Ça a l’air loyal, mais le cacher aux adultes prive { $classmate } de l’aide qui peut faire retirer les images.
conduct-the-nudify-app-ph-revenge = On trouve qui a fait ça et on poste un truc sur cette personne.
conduct-the-nudify-app-why-revenge = La colère se comprend, mais riposter en ligne fait plus de mal et crée plus d’ennuis. Les adultes et l’appli peuvent trouver qui a fait ça.
conduct-the-nudify-app-c-classmate = merci. j’ai envie de vomir. je sais même pas qui a fait ça.

conduct-the-nudify-app-proof = il faut des preuves pour les profs. j’enregistre les photos avant qu’elles disparaissent, tu devrais aussi
conduct-the-nudify-app-choice-account-only = Pas les photos. Une capture du compte, et je dis tout à { $adult }.
conduct-the-nudify-app-feedback-account-only = Exactement. Enregistrer les images crée d’autres copies, ce qui peut être illégal même comme preuve. Une capture du nom du compte et des messages suffit aux adultes et à l’appli.
conduct-the-nudify-app-choice-save-proof = Je les garde pour { $adult }, sinon on ne nous fera pas confiance.
conduct-the-nudify-app-feedback-save-proof = Vouloir des preuves, c’est malin, et tu veux aider. Mais enregistrer les images en fait une copie de plus, ce qui peut être illégal même pour une bonne raison. Capture plutôt le compte et les messages.
conduct-the-nudify-app-choice-stay-out = On reste en dehors. Faire des histoires empire tout.
conduct-the-nudify-app-feedback-stay-out = Une occasion d’apprendre : rester en dehors semble plus sûr, mais les images circulent et { $classmate } reste sans soutien. En parler à un adulte de confiance, ce n’est pas faire des histoires : c’est ce qui arrête tout.
conduct-the-nudify-app-c-adult = Merci de m’en avoir parlé, et de ne pas avoir gardé les images. Personne n’a d’ennuis pour avoir parlé. J’appelle le collège et la famille de { $classmate } ce soir, et on signale le compte ensemble.
conduct-the-nudify-app-c-saved = Tu enregistres quatre images « comme preuve ». Maintenant, elles sont dans ta galerie, à un clic d’être envoyées de nouveau.
conduct-the-nudify-app-c-weekend = Tout le week-end, les images passent d’une discussion à l’autre. Lundi, { $classmate } ne vient pas au collège.

conduct-the-nudify-app-saved-now = Ces images sont maintenant sur ton téléphone, et personne ne devrait les garder. Que fais-tu ?
conduct-the-nudify-app-choice-delete-tell = J’efface tout, puis je dis à { $adult } que je les avais gardées.
conduct-the-nudify-app-feedback-delete-tell = C’est la bonne solution. Effacer arrête ta copie, et en parler permet aux adultes de faire retirer le reste. Tu les avais gardées pour une bonne raison, et tu n’as pas d’ennuis.
conduct-the-nudify-app-choice-private-folder = Je les cache dans un dossier privé, en sûreté. On ne sait jamais.
conduct-the-nudify-app-feedback-private-folder = Une occasion d’apprendre : un dossier caché reste une copie, et un téléphone se perd, se pirate, se prête. Efface-les et parles-en à un adulte de confiance. Il n’est jamais trop tard.
conduct-the-nudify-app-choice-send-friend = Je les envoie à { $friend } aussi, comme ça on a la preuve à deux.
conduct-the-nudify-app-feedback-send-friend = Une occasion d’apprendre : les envoyer, même comme preuve, les fait circuler davantage, et c’est interdit par la loi dans beaucoup de pays. Efface-les et parles-en à un adulte de confiance.
conduct-the-nudify-app-c-adult-saved = Merci de m’avoir tout dit. Tu n’as pas d’ennuis : tu voulais aider. On les efface maintenant. Ensuite j’appelle le collège et la famille de { $classmate }, et on signale le compte.
conduct-the-nudify-app-c-kept = Les images restent dans ton dossier. Des semaines plus tard, quelqu’un qui t’emprunte ton téléphone manque de les ouvrir, et { $classmate } ne sait toujours pas qui en a des copies.
conduct-the-nudify-app-c-sent-on = Tu les envoies à { $friend }. Voilà deux copies de plus, et { $friend } demande à qui d’autre il faudrait les envoyer.

conduct-the-nudify-app-monday = { $classmate } n’est pas au collège, et les images circulent toujours. Que fais-tu ?
conduct-the-nudify-app-choice-go-now = Je vais voir { $adult } aujourd’hui avec le nom du compte.
conduct-the-nudify-app-feedback-go-now = C’est réparer les choses. Il n’est jamais trop tard pour parler, et un adulte de confiance peut faire bouger le collège, l’appli et les services de retrait. Tu n’as pas d’ennuis.
conduct-the-nudify-app-choice-not-my-business = Je reste en dehors. Le dire aux adultes, ça empirerait tout.
conduct-the-nudify-app-feedback-not-my-business = Une occasion d’apprendre : ça peut sembler vrai, mais te taire laisse { $classmate } sans personne, alors que des adultes peuvent faire retirer les images. Il n’est jamais trop tard pour parler à un adulte de confiance.
conduct-the-nudify-app-c-adult-late = Quel soulagement que tu m’en parles, et tu n’as pas d’ennuis. J’appelle tout de suite le collège et la famille de { $classmate }, et on signale le compte. Il existe des services qui aident à faire retirer ce genre d’images.
conduct-the-nudify-app-c-still-out = Les images continuent de circuler. { $classmate } change de classe, et personne ne découvre jamais qui les a faites.

conduct-the-nudify-app-end-safe = Tu n’as ni ouvert, ni gardé, ni partagé les images, tu les as fait signaler, et tu n’as pas laissé { $classmate } sans soutien. Des adultes les font retirer. C’est ça, défendre quelqu’un.
conduct-the-nudify-app-end-told-later = Tu as gardé les images pour une bonne raison, puis tu as réparé : tu les as effacées et tu en as parlé à { $adult }. { $classmate } a des adultes de son côté, et les images sont en train d’être retirées.
conduct-the-nudify-app-end-recovered = Ça a été compliqué, mais tu as réparé les choses : tu en as parlé à { $adult }, et { $classmate } a maintenant des adultes de son côté. Parler tard, c’est quand même parler.
conduct-the-nudify-app-end-harmful = Les images circulent encore, et { $classmate } y fait face sans aide. Il n’est pas trop tard : efface ce que tu as, et parles-en à un adulte de confiance. Il t’aidera, et tu n’auras pas d’ennuis pour en avoir parlé.

# A last message: the same person, a new account.
conduct-the-nudify-app-anon-back = nouveau compte, on s’en fiche mdr. d’autres photos ce soir. répondez « moi » si vous les voulez
conduct-the-nudify-app-choice-report-new = Je ne réponds pas. Une capture du compte, et je le signale.
conduct-the-nudify-app-choice-ask-who = Je lui réponds pour savoir qui c’est, et je le dis aux profs.
conduct-the-nudify-app-feedback-report-new = Exactement. N’importe quelle réponse, c’est ce que { $anon } veut, et ça pourrait t’amener les images. Une capture du compte et un signalement, c’est tout ce qu’il faut à { $app } et aux adultes.
conduct-the-nudify-app-feedback-ask-who = Une occasion d’apprendre : { $anon } veut des réponses, et une réponse pourrait t’amener les images, pas un nom. Ne réponds pas : capture du compte, puis signalement. Trouver qui c’est, c’est le rôle des adultes.
conduct-the-nudify-app-c-asked-who = { $anon } ne donne pas de nom, juste un lien. Tu ne l’ouvres pas, et tu le montres tout de suite à { $adult }. Ensemble, vous signalez le nouveau compte, et { $adult } prévient le collège.
