# Conduite / agressivité : La discussion de classe (9-12 ans)

conduct-the-group-chat-title = La discussion de classe
conduct-the-group-chat-summary = Dans la discussion de ta classe, tout le monde rit d’une photo truquée d’un camarade. Que fait un témoin qui agit ?
conduct-the-group-chat-remember = Ne transfère pas les messages méchants et prends des nouvelles de la personne blessée. D’abord des captures, puis bloque et signale, et parles-en à un adulte de confiance.

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# Variété : à chaque partie, une option de chaque variable de `vary` est choisie.
conduct-the-group-chat-name-leo = Léo
conduct-the-group-chat-name-jake = Hugo
conduct-the-group-chat-name-finn = Nathan
conduct-the-group-chat-teacher-amani = Mme Amani
conduct-the-group-chat-teacher-park = M. Park
conduct-the-group-chat-teacher-lopez = Mme Lopez

conduct-the-group-chat-intro = Ta classe a une discussion de groupe pour les devoirs et les blagues. Ce soir, ça bouge beaucoup. Allons voir ensemble !
conduct-the-group-chat-photo-posted = { $sender } publie une photo de ton camarade { $classmate }, truquée pour qu’il ressemble à un bébé géant qui pleure. Il est écrit : « { $classmate } le bébé MDR ». Les émojis qui rient pleuvent.
conduct-the-group-chat-pic-group = Groupe de la classe
conduct-the-group-chat-pic-caption = { $classmate } le bébé MDR

conduct-the-group-chat-leo-asks = Haha ! Ajoute une légende drôle et envoie-la aussi à l’autre classe !
conduct-the-group-chat-choice-forward = OK, juste une légende. Tout le monde l’a vue.
conduct-the-group-chat-feedback-forward = Une occasion d’apprendre : quand tout le monde rit, ça ressemble à une blague. Mais chaque partage agrandit la peine de { $classmate }. Et si c’était toi ?
conduct-the-group-chat-choice-message-sam = Je ne l’envoie pas. Je vais plutôt écrire à { $classmate }.
conduct-the-group-chat-feedback-message-sam = C’est ça, agir en témoin ! La photo s’arrête avec toi, et un message privé montre à { $classmate } qu’il n’est pas seul, sans offrir de spectacle au groupe.
conduct-the-group-chat-choice-stop-public = Stop, tout le monde ! C’est méchant, { $sender }. Efface-la !
conduct-the-group-chat-feedback-stop-public = Tu as raison, c’est méchant, et le dire demande du courage ! Mais se disputer devant tout le groupe donne plus de public au harcèlement. Un mot en privé à { $classmate }, puis un adulte, feront plus.

conduct-the-group-chat-forwarded = Ta légende fait beaucoup rire. Le lendemain matin, la photo a fait le tour de tout le niveau. { $classmate } mange seul à la cantine, et tu as un nœud dans le ventre.
conduct-the-group-chat-messaged = Tu ne la transfères pas. Tu écris plutôt à { $classmate }, en privé : « J’ai vu le groupe. Ça va ? » Une minute plus tard, une réponse arrive.
conduct-the-group-chat-pic-are-you-ok = J’ai vu le groupe. Ça va ?
conduct-the-group-chat-called-out = { $sender } répond : « Relax, c’est une BLAGUE. » D’autres se moquent de vous deux, et quelqu’un lance un sondage : « { $classmate } est un bébé ? » Puis { $sender } t’écrit : « Vote, sinon t’es le prochain. »

conduct-the-group-chat-sam-asks = Ça ne va pas. Je vais bloquer tout le monde et quitter le groupe tout de suite. S’il te plaît, ne dis rien à un prof, ce sera encore pire.
conduct-the-group-chat-choice-block-all = OK, bloque-les tous. Je ne dirai rien à personne, promis.
conduct-the-group-chat-feedback-block-all = Être là pour { $classmate }, ça compte ! Mais bloquer d’abord cache les preuves, et un secret le laisse seul. D’abord des captures, puis bloquer, puis un adulte.
conduct-the-group-chat-choice-ignore-it = Ignore-les. Lundi, plus personne n’en parlera, tu verras.
conduct-the-group-chat-feedback-ignore-it = Une occasion d’apprendre : ignorer semble un bon conseil, mais { $classmate } a mal maintenant. L’écouter et chercher de l’aide vaut mieux qu’attendre.
conduct-the-group-chat-choice-screenshot-show = Fais d’abord des captures. Puis on montre tout à { $teacher }.
conduct-the-group-chat-feedback-screenshot-show = Gentil et malin ! Les captures gardent les preuves avant que quoi que ce soit soit bloqué ou effacé. { $classmate } a peur, c’est normal, mais les adultes peuvent arrêter ça.

conduct-the-group-chat-sam-blocked = { $classmate } bloque tout le monde et s’en va. Personne n’a gardé la photo ni les messages. Le lendemain, un sondage apparaît : « { $classmate } est un bébé ? » Puis { $sender } t’écrit : « Vote, sinon t’es le prochain. »
conduct-the-group-chat-sam-quiet = { $classmate } ne répond plus. Lundi, la photo a fait le tour de tout le niveau, et { $classmate } mange seul à la cantine. Tu as un nœud dans le ventre.
conduct-the-group-chat-shown-together = Merci à vous deux d’être venus. Ces captures me montrent exactement ce qui s’est passé. Me le dire, ce n’est pas cafarder. Je vais m’en occuper calmement et faire supprimer la photo.

conduct-the-group-chat-chat-meaner = Le groupe devient de plus en plus méchant, et maintenant { $sender } t’écrit à toi aussi. Que fais-tu ?
conduct-the-group-chat-pic-poll = { $classmate } est un bébé ?
conduct-the-group-chat-pic-vote-or-next = Vote, ou c’est ton tour.
conduct-the-group-chat-choice-screenshot-first = D’abord des captures de tout, puis je bloque et je signale.
conduct-the-group-chat-feedback-screenshot-first = Le bon ordre ! Après un blocage, les messages peuvent disparaître de ta vue. Les captures gardent la preuve pour un adulte ou l’appli. Puis bloquer et signaler arrête tout ça.
conduct-the-group-chat-choice-block-now = Je bloque { $sender } tout de suite. Je ne veux plus rien voir.
conduct-the-group-chat-feedback-block-now = Te protéger, c’est bien ! Mais fais d’abord des captures : une fois bloqué, la preuve peut disparaître, et un adulte ou l’appli doit voir ce qui a été écrit.
conduct-the-group-chat-choice-vote = Je vote au sondage, comme ça { $sender } me laisse tranquille.
conduct-the-group-chat-feedback-vote = Une occasion d’apprendre : suivre le groupe semble un moyen d’être tranquille. Mais chaque vote aggrave les choses pour { $classmate }, et les harceleurs s’arrêtent rarement à un seul.

conduct-the-group-chat-saved-reported = Tes captures montrent le sondage et les messages de { $sender }. Tu bloques { $sender } et tu signales le sondage, et l’appli le supprime. Mais la photo est encore sur plein de téléphones.
conduct-the-group-chat-pic-poll-removed = Merci ! Le sondage a été supprimé.
conduct-the-group-chat-pic-screenshots-saved = Captures enregistrées
conduct-the-group-chat-pic-blocked = { $sender } est bloqué
conduct-the-group-chat-blocked-fast = Ton téléphone devient calme. Mais les messages de { $sender } sont hors de vue, le sondage est toujours là pour les autres, et tu n’as rien gardé à montrer.
conduct-the-group-chat-voted = { $sender } arrête de t’écrire. Mais le sondage récolte 30 votes, et à l’école, { $classmate } mange seul. Tu as un nœud dans le ventre.

conduct-the-group-chat-who-to-tell = Ton téléphone est plus calme. Mais demain, { $classmate } doit affronter la classe. Et maintenant ?
conduct-the-group-chat-choice-tell-friend = Je le raconte à mon meilleur ami. Les profs, ça aggrave tout.
conduct-the-group-chat-feedback-tell-friend = Une occasion d’apprendre : un ami peut écouter, mais pas arrêter ça. Un adulte de confiance le peut, et sait aider sans aggraver les choses. Ce n’est pas cafarder.
conduct-the-group-chat-choice-go-teacher = J’irai voir { $teacher } avant le cours pour tout expliquer.
conduct-the-group-chat-feedback-go-teacher = C’est ça ! { $teacher } peut parler à la classe et aux familles, et faire supprimer la photo. En parler à un adulte de confiance, ce n’est jamais cafarder.
conduct-the-group-chat-choice-no-fuss = C’est calme. Mieux vaut ne pas faire d’histoires.
conduct-the-group-chat-feedback-no-fuss = Une occasion d’apprendre : une soirée calme ne veut pas dire que c’est fini. La photo circule toujours, et { $classmate } est encore seul face à ça. Un adulte peut l’arrêter.

conduct-the-group-chat-told-friend = Ton ami dit : « C’est horrible ! » Mais aucun de vous deux ne sait comment arrêter ça, et le matin, { $classmate } entre seul en classe.
conduct-the-group-chat-teacher-acts = Merci de m’en avoir parlé. C’était gentil et courageux, et ce n’est pas cafarder. Je vais parler à la classe et aux familles, et veiller à ce que cette photo soit supprimée.
conduct-the-group-chat-quiet-evening = La soirée reste calme. Mais la photo est encore sur plein de téléphones, et toute la journée du lendemain, { $classmate } garde la tête baissée.

conduct-the-group-chat-fix-it = C’est allé plus loin que ce que tout le monde voulait. Mais il n’est pas trop tard pour aider { $classmate }. Que vas-tu faire ?
conduct-the-group-chat-choice-delete-nobody = Je me tais, je ne dis rien. Plein d’élèves s’y sont mis.
conduct-the-group-chat-feedback-delete-nobody = Une occasion d’apprendre : quand tout le monde s’y met, on croit que personne n’est responsable. Mais { $classmate } souffre encore, et une seule personne peut commencer à réparer.
conduct-the-group-chat-choice-sorry-only = Je m’excuse auprès de { $classmate } et j’espère que ça passe.
conduct-the-group-chat-feedback-sorry-only = S’excuser, c’est courageux, et ça compte pour { $classmate } ! Mais la photo circule toujours, et seul un adulte peut aider à l’arrêter pour tout le monde.
conduct-the-group-chat-choice-own-up = J’avoue tout à { $teacher }, même ce que j’ai fait.
conduct-the-group-chat-feedback-own-up = C’est comme ça qu’on répare ! Avouer demande du courage, et { $teacher } peut aider { $classmate } et faire supprimer la photo. Réparer une erreur, c’est ce qui compte.

conduct-the-group-chat-kept-quiet = Tu te tais, et la photo continue de circuler. Quelqu’un en fait un sticker, et { $classmate } ne vient même plus à la cantine.
conduct-the-group-chat-sam-thanks = Merci pour tes excuses. Ça compte beaucoup. Mais la photo est partout, et maintenant quelqu’un en a fait un sticker.
conduct-the-group-chat-teacher-late = Merci pour ton honnêteté. Il faut du courage, et tu n’as pas d’ennuis parce que tu me l’as dit. Faisons supprimer la photo et aidons { $classmate } à se sentir de nouveau en sécurité.

conduct-the-group-chat-last-chance = Tes excuses ont aidé { $classmate }. Mais le sticker circule toujours. Et maintenant ?
conduct-the-group-chat-choice-show-where = Je montre à { $teacher } où le sticker réapparaît.
conduct-the-group-chat-feedback-show-where = Bien pensé ! Montrer où il réapparaît aide { $teacher } à agir vite. Aller voir un adulte de confiance, ce n’est pas cafarder : c’est réparer.
conduct-the-group-chat-choice-warn-sender = Je dis à { $sender } de l’effacer, sinon je le signale.
conduct-the-group-chat-feedback-warn-sender = Une occasion d’apprendre : prévenir un harceleur que tu vas le signaler lui laisse le temps d’effacer les preuves. Garde discrètement des captures et va voir un adulte de confiance.
conduct-the-group-chat-choice-up-to-others = J’ai dit pardon. Le reste, c’est aux autres de voir.
conduct-the-group-chat-feedback-up-to-others = Une occasion d’apprendre : tes excuses étaient un super début. Mais le sticker blesse { $classmate } à chaque partage, et un adulte peut l’arrêter pour tout le monde.

conduct-the-group-chat-teacher-last = Merci de me l’avoir montré. Tu répares les choses, et il faut du courage pour ça. Je fais supprimer la photo et le sticker aujourd’hui, et je prends des nouvelles de { $classmate }.
conduct-the-group-chat-sender-deletes = { $sender } efface vite les premiers messages, pour qu’il n’y ait plus rien à signaler. Puis le sticker réapparaît dans un autre groupe.
conduct-the-group-chat-sticker-spreads = Le sticker réapparaît dans d’autres groupes. À chaque fois, { $classmate } le voit, et personne qui pourrait l’arrêter n’est au courant.

conduct-the-group-chat-end-safe = Tu as agi en témoin courageux ! { $teacher } sait ce qui s’est passé, { $classmate } est soutenu, et la photo va être supprimée. Le groupe de classe peut redevenir sympa.
conduct-the-group-chat-end-mixed = Tu n’as pas suivi le groupe, et pour l’instant ton téléphone est calme. Mais aucun adulte de confiance ne sait ce que vit { $classmate }, la photo circule encore, et ça pourrait recommencer.
conduct-the-group-chat-end-recovered = Tu as suivi le mouvement, puis tu as réparé en allant voir { $teacher }. La photo va disparaître, et { $classmate } n’est plus seul face à ça. Ça, c’est du vrai courage !
conduct-the-group-chat-end-harmful = La photo circule encore, et { $classmate } se sent seul. Tu n’as pas lancé tout ça, et une erreur ne fait pas de toi une mauvaise personne. Il n’est jamais trop tard : parles-en à un adulte de confiance, il t’aidera.

# My phone: what stays on the phone after this level.
conduct-the-group-chat-trace-joined-in = Ta légende ou ton vote sur la photo truquée de { $classmate }, vus par la classe.
conduct-the-group-chat-trace-joined-in-advice = Il n’est jamais trop tard pour réparer. Dis pardon à { $classmate }, et parles-en à un enseignant, qui peut faire supprimer la photo.
