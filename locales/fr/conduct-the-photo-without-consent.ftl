# Comportement / agressif : Publiée sans demander (13-15 ans), une photo gênante (non explicite) partagée sans consentement

conduct-the-photo-without-consent-title = Publiée sans demander
conduct-the-photo-without-consent-summary = Une photo gênante de quelqu’un de ta classe en train de dormir dans le car fait le buzz, et ton nom est tagué dessus.
conduct-the-photo-without-consent-remember = Demande avant de publier une photo de quelqu’un, et ne partage jamais une photo que la personne n’a pas acceptée. Signale-la, soutiens la personne et parles-en à un adulte de confiance.

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $poster }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-name-ella = Chloé
conduct-the-photo-without-consent-name-marcus = Marcus
conduct-the-photo-without-consent-name-lina = Lina
conduct-the-photo-without-consent-name-jordan = jordan.lol
conduct-the-photo-without-consent-name-tyler = tyler_jokes
conduct-the-photo-without-consent-name-sofia = sofia.vibes
conduct-the-photo-without-consent-teacher-hart = M. Hart
conduct-the-photo-without-consent-teacher-diallo = Mme Diallo
conduct-the-photo-without-consent-teacher-berg = M. Berg

conduct-the-photo-without-consent-intro = Lundi matin sur { $app }. Une publication de { $poster } explose, et la moitié de ta classe y est identifiée, y compris toi.

conduct-the-photo-without-consent-spot = Quelque chose ne va pas dans cette publication. Touche tout ce qui pose problème.
conduct-the-photo-without-consent-card-title = { $poster }
conduct-the-photo-without-consent-card-body = Une photo de { $classmate } en train de dormir profondément dans le car de la sortie scolaire, la bouche grande ouverte, avec un autocollant de bave ajouté.
conduct-the-photo-without-consent-part-public = { $poster } - Public
conduct-the-photo-without-consent-feedback-part-public = Public, ça veut dire que n’importe qui peut la voir, l’enregistrer et la partager, pas seulement ta classe. Un moment privé échappe maintenant complètement à { $classmate }.
conduct-the-photo-without-consent-part-caption = Légende : la belle au bois dormant mdrrr #sortiebus
conduct-the-photo-without-consent-feedback-part-caption = La légende fait de { $classmate } la cible de la blague. Publier quelqu’un dans un moment de vulnérabilité, comme pendant son sommeil, sans demander, ce n’est pas OK.
conduct-the-photo-without-consent-part-shares = Partagée 214 fois
conduct-the-photo-without-consent-feedback-part-shares = Chaque partage la répand plus loin et la rend plus difficile à faire retirer. Une fois qu’elle circule, plus personne ne contrôle où elle va.
conduct-the-photo-without-consent-part-tags = Identifiés : toi et 12 camarades. Pas { $classmate }.
conduct-the-photo-without-consent-feedback-part-tags = Le nom de { $classmate } n’est pas tagué, donc cette personne ne sait peut-être même pas que la photo existe. Personne ne lui a demandé son avis. C’est publier sans consentement.
conduct-the-photo-without-consent-part-time = Publiée à 8 h 14
conduct-the-photo-without-consent-feedback-part-time = L’heure n’est pas le problème. Ce qui compte, c’est que { $classmate } n’a jamais accepté que cette photo soit publiée.

conduct-the-photo-without-consent-share-choice = mdr c’est le truc le plus drôle de l’année. partagez tous !!
conduct-the-photo-without-consent-choice-ask-takedown = Écrire à { $poster } : retire-la, personne n’a eu son accord
conduct-the-photo-without-consent-feedback-ask-takedown = Bien joué. Un message privé donne à { $poster } une chance de réparer sans dispute publique. Demander avant de publier la photo de quelqu’un : c’est la règle.
conduct-the-photo-without-consent-choice-scroll-on = Faire défiler sans partager
conduct-the-photo-without-consent-feedback-scroll-on = Ne pas partager l’empêche de se répandre par toi. Mais la publication est toujours en ligne, et { $classmate } n’est peut-être même pas au courant. Tu peux faire plus.
conduct-the-photo-without-consent-choice-share-story = La partager dans ma story, c’est juste une blague
conduct-the-photo-without-consent-feedback-share-story = Une occasion d’apprendre : ce qui te fait rire peut être un cauchemar pour { $classmate }. Partager la photo de quelqu’un sans son accord la répand plus loin, avec ton nom dessus.

conduct-the-photo-without-consent-poster-reply = détends-toi, c’est une blague. et c’est ma photo, c’est moi qui l’ai prise, donc je peux la publier.
conduct-the-photo-without-consent-report-choice = { $poster } a pris la photo, mais ça ne donne pas le droit de publier { $classmate } sans demander. Et maintenant ?
conduct-the-photo-without-consent-choice-report-check = Signaler la publication et prendre des nouvelles de { $classmate }
conduct-the-photo-without-consent-feedback-report-check = Exactement. Les applis permettent de signaler les photos publiées sans consentement, et prendre des nouvelles de { $classmate }, c’est lui montrer que quelqu’un est là.
conduct-the-photo-without-consent-choice-untag = Retirer mon identification et ne pas m’en mêler
conduct-the-photo-without-consent-feedback-untag = Retirer ton identification enlève ton nom. Mais la photo est toujours publique, et { $classmate } a toujours besoin de quelqu’un de son côté.
conduct-the-photo-without-consent-choice-like-it = Bon, c’est sa photo. Liker et passer à autre chose.
conduct-the-photo-without-consent-feedback-like-it = Une occasion d’apprendre : prendre une photo ne donne à personne le droit de publier quelqu’un. Un like dit à l’appli, et à { $poster }, que c’est OK.

conduct-the-photo-without-consent-scrolled = À midi, la photo a été partagée 600 fois, et des élèves d’autres collèges la commentent. Dans le couloir, certains font des bruits de ronflement quand { $classmate } passe.

conduct-the-photo-without-consent-classmate = T’as vu la photo du car ? Tout le monde se moque de moi. Je n’ai jamais dit que quelqu’un pouvait la publier. Je veux juste qu’elle disparaisse.
conduct-the-photo-without-consent-choice-adult-takedown = C’est pas ta faute. Demandons à { $teacher } d’aider à la faire retirer.
conduct-the-photo-without-consent-feedback-adult-takedown = Parfait. C’est le droit de { $classmate } de décider de sa propre image. Un adulte de confiance peut aider à faire retirer la photo vite par { $app }, et s’occuper de l’auteur de la publication.
conduct-the-photo-without-consent-choice-ignore-it = C’est horrible. Peut-être que tu peux juste ignorer ?
conduct-the-photo-without-consent-feedback-ignore-it = La gentillesse envers { $classmate } compte. Mais ignorer ne fera pas disparaître la photo. Le bouton Signaler de l’appli et un adulte de confiance, si.
conduct-the-photo-without-consent-choice-revenge = Publier une photo gênante de { $poster } en retour
conduct-the-photo-without-consent-feedback-revenge = Une occasion d’apprendre : une publication pour se venger double le mal et peut aussi t’attirer des ennuis. Signaler et demander de l’aide règle le problème, une deuxième photo non.

conduct-the-photo-without-consent-adult-helps = Merci de m’en avoir parlé. { $classmate }, tu n’as rien fait de mal. On va la signaler à { $app }, parler à { $poster }, et s’assurer qu’elle soit retirée.

conduct-the-photo-without-consent-your-share = Ta story fait 40 vues. Puis { $classmate } y répond : « sérieux ? toi aussi ? »
conduct-the-photo-without-consent-fix-choice = Aïe. Cette réponse fait mal, mais tu peux encore arranger les choses. Que vas-tu faire ?
conduct-the-photo-without-consent-choice-delete-sorry-tell = Supprimer ma story, m’excuser, et le dire à { $teacher }
conduct-the-photo-without-consent-feedback-delete-sorry-tell = C’est comme ça qu’on redresse la situation. Supprimer arrête ta part de la diffusion, des excuses comptent pour { $classmate }, et un adulte de confiance peut faire retirer l’original.
conduct-the-photo-without-consent-choice-delete-story = Supprimer ma story discrètement
conduct-the-photo-without-consent-feedback-delete-story = Supprimer aide, mais { $classmate } a vu ce que tu as fait, et l’original est toujours en ligne. Des excuses et un signalement feraient une vraie différence.
conduct-the-photo-without-consent-choice-keep-story = La laisser, tout le monde l’a partagée de toute façon
conduct-the-photo-without-consent-feedback-keep-story = Une occasion d’apprendre : « tout le monde l’a fait » ne réduit pas la souffrance, ça la multiplie. Il n’est jamais trop tard pour supprimer, t’excuser et demander de l’aide.

conduct-the-photo-without-consent-adult-helps-late = Merci pour ton honnêteté. Supprimer ta story et t’excuser, c’était ce qu’il fallait faire. Je vais m’assurer que l’original soit retiré, et on parlera du consentement en classe.

conduct-the-photo-without-consent-end-safe = Tu as repéré une photo publiée sans consentement, refusé de la diffuser et aidé { $classmate } à la faire retirer. Voilà à quoi ressemble le respect en ligne.
conduct-the-photo-without-consent-end-mixed = Tu n’as pas aggravé les choses, mais la photo circule toujours et { $classmate } y fait face sans aide. La signaler et en parler à un adulte de confiance permet de la faire retirer.
conduct-the-photo-without-consent-end-recovered = Au début, tu l’as partagée, puis tu l’as assumé, tu as présenté tes excuses et aidé à la faire retirer. { $classmate } l’a remarqué. Réparer une erreur, ça demande du cran.
conduct-the-photo-without-consent-end-harmful = La photo continue de circuler, et { $classmate } redoute d’aller au collège. Il n’est jamais trop tard : supprime, excuse-toi, signale, et parles-en à un adulte de confiance.
