# Comportement / agressif : Publiée sans demander (13-15 ans), une photo gênante (non explicite) partagée sans consentement

conduct-the-photo-without-consent-title = Publiée sans demander
conduct-the-photo-without-consent-summary = Une photo gênante de quelqu’un de ta classe en train de dormir dans le car fait le buzz, et ton nom est tagué dessus.
conduct-the-photo-without-consent-remember = Demande avant de publier une photo de quelqu’un, et ne partage jamais une photo que la personne n’a pas acceptée. Fais d’abord des captures, puis signale, et parles-en à un adulte de confiance.

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $leader }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-teacher-hart = M. Hart
conduct-the-photo-without-consent-teacher-diallo = Mme Diallo
conduct-the-photo-without-consent-teacher-berg = M. Berg

conduct-the-photo-without-consent-intro = Lundi matin sur { $app }. Une publication de { $leader } explose, et la moitié de ta classe y est identifiée, y compris toi.

conduct-the-photo-without-consent-spot = Quelque chose ne va pas dans cette publication. Touche tout ce qui pose problème.
conduct-the-photo-without-consent-card-title = { $leader }
conduct-the-photo-without-consent-card-body = Une photo de { $classmate } en train de dormir profondément dans le car de la sortie scolaire, la bouche grande ouverte, avec un autocollant de bave ajouté.
conduct-the-photo-without-consent-part-public = { $leader } - Public
conduct-the-photo-without-consent-feedback-part-public = Public, ça veut dire que n’importe qui peut la voir, l’enregistrer et la partager, pas seulement ta classe. Un moment privé échappe maintenant complètement à { $classmate }.
conduct-the-photo-without-consent-part-caption = Légende : la belle au bois dormant mdrrr #sortiebus
conduct-the-photo-without-consent-feedback-part-caption = La légende fait de { $classmate } la cible de la blague. Publier quelqu’un dans un moment de vulnérabilité, comme pendant son sommeil, sans demander, ce n’est pas OK.
conduct-the-photo-without-consent-part-shares = Partagée 214 fois
conduct-the-photo-without-consent-feedback-part-shares = Chaque partage la répand plus loin et la rend plus difficile à faire retirer. Une fois qu’elle circule, plus personne ne contrôle où elle va.
conduct-the-photo-without-consent-part-tags = Identifiés : toi et 12 camarades. Pas { $classmate }.
conduct-the-photo-without-consent-feedback-part-tags = Le nom de { $classmate } n’est pas tagué, donc cette personne ne sait peut-être même pas que la photo existe. Personne ne lui a demandé son avis. C’est publier sans consentement.
conduct-the-photo-without-consent-part-time = Publiée à 8 h 14
conduct-the-photo-without-consent-feedback-part-time = L’heure n’est pas le problème. Ce qui compte, c’est que { $classmate } n’a jamais accepté que cette photo soit publiée.
conduct-the-photo-without-consent-part-app = Le nom et le logo de l’appli : { $app }
conduct-the-photo-without-consent-feedback-part-app = L’appli n’est pas le problème. Cette photo ferait mal sur n’importe quelle appli : ce qui compte, c’est que { $classmate } n’a jamais donné son accord.
conduct-the-photo-without-consent-part-buttons = Boutons cœur et envoyer, en haut
conduct-the-photo-without-consent-feedback-part-buttons = Ce sont les boutons habituels de l’appli, sur chaque publication. Ce n’est pas eux le problème : c’est la photo, qui peut la voir, et qui a donné son accord.
conduct-the-photo-without-consent-part-photo = Photo : { $classmate } qui dort dans le car, la bouche ouverte
conduct-the-photo-without-consent-feedback-part-photo = { $classmate } dormait, donc impossible de dire oui. Publier quelqu’un qui ne pouvait pas accepter, à un moment que personne ne choisirait de partager, c’est le cœur du problème.
conduct-the-photo-without-consent-pic-public = Public
conduct-the-photo-without-consent-pic-time = 08:14
conduct-the-photo-without-consent-pic-shares = 214 partages
conduct-the-photo-without-consent-pic-tags = toi et 12 autres
conduct-the-photo-without-consent-pic-caption = la belle au bois dormant mdrrr #sortiebus

conduct-the-photo-without-consent-share-choice = mdr c’est le truc le plus drôle de l’année. partagez tous !!
conduct-the-photo-without-consent-choice-dm-poster = En MP à { $leader } : retire-la, { $classmate } n’a pas dit oui.
conduct-the-photo-without-consent-feedback-dm-poster = Bien vu. Un message privé laisse à { $leader } une chance de réparer sans public. Prendre une photo ne donne pas le droit de la publier : on demande d’abord.
conduct-the-photo-without-consent-choice-comment-public = Je commente en public : c’est trop méchant, supprime-la !
conduct-the-photo-without-consent-feedback-comment-public = Défendre { $classmate }, c’est bien. Mais un commentaire public donne plus d’attention au post, et l’appli le montre à encore plus de monde. Un message privé ou un signalement, c’est plus discret.
conduct-the-photo-without-consent-choice-share-story = Je la partage en story. Tout le monde l’a déjà vue.
conduct-the-photo-without-consent-feedback-share-story = Une occasion d’apprendre : « tout le monde l’a vue » ne rend pas ça OK. Partager la photo de quelqu’un sans son accord la diffuse encore plus, avec ton nom dessus.

conduct-the-photo-without-consent-c-poster-reply = détends-toi, c’est une blague. et c’est ma photo, c’est moi qui l’ai prise, donc je peux la publier.
conduct-the-photo-without-consent-c-comment = Ton commentaire reçoit des réponses : « mdr détends-toi », « c’est qui même ». Le post remonte en haut du fil de tout le monde, avec maintenant 300 partages.

conduct-the-photo-without-consent-report-choice = { $leader } a pris la photo, mais ça ne donne pas le droit de publier { $classmate } sans demander. Le post est toujours en ligne. Et maintenant ?
conduct-the-photo-without-consent-choice-screenshot-report = Je fais des captures du post et des partages, puis je signale.
conduct-the-photo-without-consent-feedback-screenshot-report = Le bon ordre. Les captures d’abord gardent les preuves, même si le post est effacé ou si tu bloques quelqu’un. Ensuite, signale-le comme « publié sans accord » : les applis prennent ça au sérieux.
conduct-the-photo-without-consent-choice-report-block = Je signale et bloque { $leader } tout de suite. C’est réglé.
conduct-the-photo-without-consent-feedback-report-block = Signaler, c’est bien. Mais bloquer d’abord cache le post pour toi, pas pour les autres, et tu n’as rien gardé à montrer. Capture d’abord, puis signale et bloque.
conduct-the-photo-without-consent-choice-untag = Je retire mon tag, comme ça mon nom n’est plus dessus.
conduct-the-photo-without-consent-feedback-untag = Retirer ton tag garde ton nom hors de ça, c’est bien. Mais la photo est toujours publique, et { $classmate } a toujours besoin de quelqu’un de son côté.

conduct-the-photo-without-consent-c-reported = Tu enregistres trois captures : le post, la légende et le nombre de partages. Puis tu le signales comme « publié sans accord ». Une minute plus tard, { $classmate } t’écrit.
conduct-the-photo-without-consent-pic-report-title = Signaler la publication
conduct-the-photo-without-consent-pic-report-heading = Pourquoi tu la signales ?
conduct-the-photo-without-consent-pic-reason-spam = Spam
conduct-the-photo-without-consent-pic-reason-consent = Publié sans mon accord
conduct-the-photo-without-consent-pic-reason-other = Autre chose
conduct-the-photo-without-consent-pic-report-send = Envoyer le signalement
conduct-the-photo-without-consent-pic-report-saved = 3 captures enregistrées
conduct-the-photo-without-consent-c-blocked = Le post disparaît de ton écran. Une heure plus tard, l’appli dit qu’elle n’a trouvé aucun problème, et tu n’as rien gardé à montrer. Puis { $classmate } t’écrit.
conduct-the-photo-without-consent-c-untagged = Ton nom n’y est plus. La photo reste en ligne : 600 partages à midi, et des élèves d’autres collèges commentent. Puis { $classmate } t’écrit.

conduct-the-photo-without-consent-classmate = T’as vu la photo du car ? Tout le monde se moque de moi. Je n’ai jamais dit que quelqu’un pouvait la publier. Je veux juste qu’elle disparaisse.
conduct-the-photo-without-consent-choice-go-together = C’est pas ta faute. On va voir { $teacher } ensemble à la récré.
conduct-the-photo-without-consent-feedback-go-together = Parfait. C’est à { $classmate } de décider pour sa propre image. Un adulte de confiance peut pousser { $app } à la retirer vite, et s’occuper de { $leader }.
conduct-the-photo-without-consent-choice-ignore-it = C’est horrible. Ignore-la, vendredi on n’en parlera plus.
conduct-the-photo-without-consent-feedback-ignore-it = Montrer de la gentillesse à { $classmate }, ça compte. Mais ignorer un post ne le fait pas disparaître, et il continue de circuler pendant que tu attends. Un adulte peut le faire retirer.
conduct-the-photo-without-consent-choice-revenge = On poste une pire photo de { $leader }. Chacun son tour.
conduct-the-photo-without-consent-feedback-revenge = Une occasion d’apprendre : un post de vengeance double le mal et peut vous attirer des ennuis à tous les deux. Faire retirer la photo arrange les choses, une deuxième photo non.

conduct-the-photo-without-consent-c-teacher = Merci de venir m’en parler. { $classmate }, tu n’as rien fait de mal. Je parle à { $leader } aujourd’hui, et on signale la photo à { $app } ensemble jusqu’à ce qu’elle soit retirée.
conduct-the-photo-without-consent-c-revenge = Ta photo de { $leader } fait rire pendant une heure. Maintenant, deux photos gênantes circulent, et celle du car continue de se répandre.
conduct-the-photo-without-consent-c-ignored = Vendredi, la photo est arrivée dans d’autres collèges, et des gens ronflent fort quand { $classmate } passe. { $classmate } ne vient plus à la cantine.

conduct-the-photo-without-consent-still-up = Ce n’est pas de l’histoire ancienne. Le post est toujours en ligne, et { $classmate } affronte ça sans aide. Et maintenant ?
conduct-the-photo-without-consent-choice-take-to-teacher = J’emmène { $classmate } voir { $teacher } aujourd’hui, avec le post.
conduct-the-photo-without-consent-feedback-take-to-teacher = Bravo. Il n’est jamais trop tard pour prévenir un adulte, et un prof peut faire retirer le post et faire cesser les blagues sur les ronflements. La prochaine fois, encore plus tôt, c’est encore mieux.
conduct-the-photo-without-consent-choice-leave-it = Laisse tomber. En parler, ça empirerait tout.
conduct-the-photo-without-consent-feedback-leave-it = Une occasion d’apprendre : se taire semble plus sûr, mais le post continue de circuler et { $classmate } continue d’affronter ça sans aide. Un adulte peut agir sans faire de scandale.
conduct-the-photo-without-consent-c-teacher-friday = Vous avez bien fait de m’en parler. { $classmate }, rien de tout ça n’est ta faute. Je parle à { $leader } aujourd’hui et je fais retirer la photo par { $app }.
conduct-the-photo-without-consent-c-left = Tu laisses tomber. Le post reste en ligne, les blagues sur les ronflements continuent, et { $classmate } commence à redouter le trajet en car pour l’école.

conduct-the-photo-without-consent-c-your-share = Ta story fait 40 vues. Puis { $classmate } y répond : « sérieux ? toi aussi ? »
conduct-the-photo-without-consent-pic-story-title = Ta story
conduct-the-photo-without-consent-pic-story-views = 40 vues
conduct-the-photo-without-consent-pic-story-reply = sérieux ? toi aussi ?
conduct-the-photo-without-consent-fix-choice = Aïe. Cette réponse fait mal, mais tu peux encore arranger les choses. Que vas-tu faire ?
conduct-the-photo-without-consent-choice-own-up = Je supprime ma story, je m’excuse, puis j’avoue tout à { $teacher }.
conduct-the-photo-without-consent-feedback-own-up = C’est comme ça qu’on redresse la situation. Supprimer arrête ta part de la diffusion, des excuses comptent pour { $classmate }, et un adulte de confiance peut faire retirer l’original.
conduct-the-photo-without-consent-choice-delete-quietly = Je supprime ma story en douce en espérant qu’on oublie.
conduct-the-photo-without-consent-feedback-delete-quietly = Supprimer, c’était un bon premier pas. Mais { $classmate } a vu ce que tu as fait, et l’original est toujours en ligne. Des excuses et un signalement changeraient vraiment les choses.
conduct-the-photo-without-consent-choice-keep-story = Je la laisse. Tout le monde l’a partagée, je suis pas le pire.
conduct-the-photo-without-consent-feedback-keep-story = Une occasion d’apprendre : « tout le monde l’a fait » ne réduit pas la souffrance, ça la multiplie. Il n’est jamais trop tard pour supprimer, t’excuser et demander de l’aide.
conduct-the-photo-without-consent-c-teacher-late = Merci pour ton honnêteté. Supprimer ta story et t’excuser, c’était ce qu’il fallait faire. Je vais tout faire pour que l’original soit retiré, et on parlera du consentement en classe.
conduct-the-photo-without-consent-c-kept = Ta story reste en ligne et récolte 90 vues de plus. { $classmate } ne répond plus à personne.
conduct-the-photo-without-consent-c-deleted = Ta story a disparu, mais { $classmate } ne te répond pas, et le post original continue de grimper.
conduct-the-photo-without-consent-c-safe-now = Tu fermes l’appli. L’original reste en ligne, et { $classmate } ne répond toujours à personne.

conduct-the-photo-without-consent-original-choice = Ta part est supprimée, mais l’original est toujours là, avec 600 partages. Et maintenant ?
conduct-the-photo-without-consent-choice-report-original = Je fais des captures de l’original, je signale, et je m’excuse.
conduct-the-photo-without-consent-feedback-report-original = C’est réparer. Les captures gardent les preuves, le signalement fait bouger l’appli, et des excuses montrent à { $classmate } que tu es de son côté. Si le post reste, un adulte de confiance peut insister.
conduct-the-photo-without-consent-choice-safe-now = Je suis en sécurité, ma story est partie. Le reste, c’est pas moi.
conduct-the-photo-without-consent-feedback-safe-now = Une occasion d’apprendre : supprimer ta part, c’était bien, mais { $classmate } fait toujours face à l’original. Un signalement et des excuses te coûtent peu et aident beaucoup.
conduct-the-photo-without-consent-c-report-original = Tu enregistres des captures et tu signales le post comme « publié sans accord ». Puis tu écris à { $classmate } : « Pardon de l’avoir partagée. » Un peu plus tard, la réponse arrive : « merci. »

conduct-the-photo-without-consent-end-safe = Tu n’as pas diffusé la photo, et { $classmate } a eu du soutien face à ça : vous avez parlé à { $teacher } ensemble, et le post va être retiré. C’est ça, le respect en ligne.
conduct-the-photo-without-consent-end-told-later = Il a fallu quelques jours difficiles, mais tu as emmené { $classmate } voir { $teacher }, et le post va être retiré. Aller voir un adulte tout de suite peut éviter une semaine de peine.
conduct-the-photo-without-consent-end-recovered = Tu as d’abord partagé la photo, puis tu as réparé : tu as supprimé ta story, tu as présenté des excuses à { $classmate } et tu as agi pour faire retirer l’original. Réparer une erreur demande du cran.
conduct-the-photo-without-consent-end-harmful = La photo du car continue de circuler, et { $classmate } redoute d’aller à l’école. Ce n’est pas ta faute si { $leader } l’a publiée, et il n’est jamais trop tard : parles-en à un adulte de confiance, qui t’aidera.

# What the choices leave on "My phone" (traces).
conduct-the-photo-without-consent-trace-story = La photo du car où l’on voit { $classmate }, toujours dans ta story.
conduct-the-photo-without-consent-trace-story-advice = { $classmate } n’a jamais dit oui. Supprime-la, excuse-toi, et demande à un adulte de confiance de t’aider à faire retirer l’originale.
