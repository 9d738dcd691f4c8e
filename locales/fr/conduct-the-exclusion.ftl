# Comportement / agressif : L'exclusion (13-15 ans), le joueur est témoin

conduct-the-exclusion-title = Mise à l’écart volontaire
conduct-the-exclusion-summary = Ta classe crée un nouveau groupe de discussion sans un de vos camarades, et les blagues sur cette personne commencent.
conduct-the-exclusion-remember = Exclure quelqu’un exprès et se moquer de lui, c’est du harcèlement. Ne t’y joins pas, fais preuve de bienveillance envers la personne visée et parles-en à un adulte de confiance.

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $target }
conduct-the-exclusion-npc-teacher = { $teacher }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = La Vraie Team
conduct-the-exclusion-group-no-cringe = Zone Zéro Malaise
conduct-the-exclusion-group-vips = Réservé aux VIP
conduct-the-exclusion-name-mia = Mia
conduct-the-exclusion-name-jonah = Yanis
conduct-the-exclusion-name-ayesha = Sarah
conduct-the-exclusion-name-kai = Kai
conduct-the-exclusion-name-bella = Lola
conduct-the-exclusion-name-ryan = Ryan
conduct-the-exclusion-teacher-okafor = Mme Okafor
conduct-the-exclusion-teacher-reyes = M. Reyes
conduct-the-exclusion-teacher-novak = Mme Novak

conduct-the-exclusion-intro = { $leader } vient de créer un nouveau groupe sur { $app } appelé « { $group } ». Toute ta classe est dedans, sauf { $target }.

conduct-the-exclusion-first-joke = Enfin une discussion sans { $target } mdr. Vous avez vu ses chaussures aujourd’hui ?? Quelqu’un fait une capture de son dernier selfie.
conduct-the-exclusion-choice-not-cool = Pas cool. Ça ferait vraiment du mal à { $target }.
conduct-the-exclusion-feedback-not-cool = Il fallait du cran. Quand une personne dit « pas cool », les autres trouvent souvent le courage d’arrêter aussi. Les témoins ont plus de pouvoir qu’ils ne le pensent.
conduct-the-exclusion-choice-mute = Mettre le groupe en sourdine et ne rien dire
conduct-the-exclusion-feedback-mute = Tu n’as pas participé, et ça compte. Mais le silence peut passer pour un accord. Un petit « pas cool », ou un message gentil à { $target }, pourrait changer beaucoup de choses.
conduct-the-exclusion-choice-laugh-meme = Répondre avec un mème qui rit
conduct-the-exclusion-feedback-laugh-meme = Une occasion d’apprendre : un mème, ça semble peu de chose, mais pour { $target }, c’est une personne de plus dans le camp d’en face. Et les messages de groupe finissent en captures d’écran partagées.

conduct-the-exclusion-pushback = Détends-toi, c’est une blague. Sois pas relou, sinon tu peux aller rejoindre { $target } mdr.
conduct-the-exclusion-screenshot = Quelqu’un publie le selfie de { $target } avec une légende méchante. Il récolte 14 réactions « mdr » en une minute. Personne ne dit rien.

conduct-the-exclusion-support-choice = Pendant ce temps, { $target } écrit dans la discussion principale de la classe : « pourquoi tout le monde m’ignore aujourd’hui ? » Personne ne répond.
conduct-the-exclusion-choice-message-save = Écrire gentiment à { $target }, et faire des captures du groupe
conduct-the-exclusion-feedback-message-save = Excellente combinaison. Un message gentil montre à { $target } que quelqu’un est là, et les captures sont des preuves si un adulte de confiance doit intervenir.
conduct-the-exclusion-choice-kind-only = Écrire un mot gentil à { $target }, mais rien d’autre
conduct-the-exclusion-feedback-kind-only = La gentillesse aide vraiment. Mais le groupe continue. Garder quelques captures permet à un adulte de confiance d’agir si ça empire.
conduct-the-exclusion-choice-forward-screenshot = Transférer la capture du selfie, tout le monde l’a vue
conduct-the-exclusion-feedback-forward-screenshot = Une occasion d’apprendre : « tout le monde l’a vue » ne rend pas ça acceptable. Chaque transfert répand la souffrance plus loin, et ton nom y est associé.

conduct-the-exclusion-target-reply = merci pour ton message. j’ai vu le groupe. j’ai l’impression que tout le monde me déteste. mais s’il te plaît, en fais pas toute une histoire
conduct-the-exclusion-choice-tell-together = Je suis là pour toi. Allons le dire à { $teacher } ensemble.
conduct-the-exclusion-feedback-tell-together = Ça, c’est prendre position. Tout le monde a le droit de se sentir en sécurité, au collège comme en ligne. Parler à un adulte de confiance, ce n’est pas en faire toute une histoire, c’est comme ça que ça s’arrête.
conduct-the-exclusion-choice-keep-secret = OK, je ne dirai rien à personne. Je suis là pour toi.
conduct-the-exclusion-feedback-keep-secret = Être là pour { $target }, ça compte beaucoup. Mais ce genre d’exclusion empire souvent. Tu peux expliquer doucement qu’un adulte de confiance peut aider, et proposer de l’accompagner.
conduct-the-exclusion-choice-blame-target = Change peut-être de chaussures, pour qu’ils arrêtent ?
conduct-the-exclusion-feedback-blame-target = Une occasion d’apprendre : ce n’est pas { $target } qui a provoqué ça, et changer ne réglera rien. Personne ne mérite qu’on se moque de lui. Le problème, c’est le comportement du groupe.

conduct-the-exclusion-teacher-helps = Merci à vous deux de m’en parler. { $target }, rien de tout ça n’est ta faute. Je vais m’occuper du groupe, et on va signaler les pires messages à { $app }.

conduct-the-exclusion-pile-on = Ton message récolte le plus de rires. Une heure plus tard, { $target } quitte toutes les discussions de la classe. Son dernier message : « ok compris. personne ne veut de moi ici. »
conduct-the-exclusion-fix-choice = Ça a fait bien plus mal qu’une blague. Il n’est pas trop tard pour réparer. Que vas-tu faire ?
conduct-the-exclusion-choice-sorry-tell = Le supprimer, m’excuser auprès de { $target }, et le dire à { $teacher }
conduct-the-exclusion-feedback-sorry-tell = Ça, c’est du vrai courage. Assumer une erreur et faire intervenir un adulte peut tout changer pour { $target }. Tu n’es pas quelqu’un de mauvais, tu as fait un mauvais choix.
conduct-the-exclusion-choice-delete-hope = Supprimer mon message et espérer que ça se tasse
conduct-the-exclusion-feedback-delete-hope = Supprimer aide, mais le mal est fait et le groupe continue. De vraies excuses et un adulte de confiance pourraient aider { $target } à se sentir de nouveau en sécurité.
conduct-the-exclusion-choice-just-joke = Laisser. C’était juste une blague.
conduct-the-exclusion-feedback-just-joke = Une occasion d’apprendre : quand quelqu’un quitte toutes les discussions à cause de ça, ce n’est plus une blague. Il n’est jamais trop tard pour t’excuser et demander de l’aide.

conduct-the-exclusion-teacher-helps-late = Merci pour ton honnêteté, ce n’est pas facile. Je vais parler au groupe, et on va s’assurer que { $target } va bien. T’excuser, c’était un excellent premier pas.

conduct-the-exclusion-end-safe = Tu as refusé de t’y joindre, soutenu { $target } et fait intervenir un adulte de confiance. Le groupe est fermé, et { $target } sait qui sont ses vrais amis.
conduct-the-exclusion-end-mixed = C’est plus calme pour l’instant, mais le groupe continue, aucun adulte n’est au courant, et { $target } reste à l’écart. Parler à un adulte de confiance aide à arrêter l’exclusion pour de bon.
conduct-the-exclusion-end-recovered = Au début, tu as fait fausse route, puis tu as présenté tes excuses et demandé de l’aide. { $target } est de retour dans la discussion de classe. Réparer ses erreurs demande du vrai courage.
conduct-the-exclusion-end-harmful = { $target } se sent complètement à l’écart, et le groupe continue. Il n’est jamais trop tard : excuse-toi, sois sympa, et parles-en à un adulte de confiance.
