# Comportement / agressif : La discussion de classe (9-12 ans)

conduct-the-group-chat-title = La discussion de classe
conduct-the-group-chat-summary = Dans la discussion de ta classe, tout le monde rit d’une photo truquée d’un camarade. Que fait un témoin qui agit ?
conduct-the-group-chat-remember = Ne transfère pas les messages méchants et prends des nouvelles de la personne blessée. Signaler et en parler à un adulte de confiance, c’est courageux, ce n’est pas cafarder.

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
conduct-the-group-chat-name-leo = Léo
conduct-the-group-chat-name-jake = Hugo
conduct-the-group-chat-name-finn = Nathan
conduct-the-group-chat-name-sam = Sam
conduct-the-group-chat-name-noah = Noah
conduct-the-group-chat-name-arjun = Rayan
conduct-the-group-chat-teacher-amani = Mme Amani
conduct-the-group-chat-teacher-park = M. Park
conduct-the-group-chat-teacher-lopez = Mme Lopez

conduct-the-group-chat-intro = Ta classe a une discussion de groupe pour les devoirs et les blagues. Ce soir, ça bouge beaucoup. Allons voir ensemble !
conduct-the-group-chat-photo-posted = { $sender } publie une photo de ton camarade { $classmate }, truquée pour qu’il ressemble à un énorme bébé qui pleure. Il est écrit : « { $classmate } le bébé MDR ». Les émojis qui rient pleuvent.

conduct-the-group-chat-leo-asks = Haha, ajoute une légende marrante et envoie-la à l’autre classe !
conduct-the-group-chat-choice-support-sam = Ne pas la transférer. Écrire à { $classmate } pour voir s’il va bien.
conduct-the-group-chat-feedback-support-sam = C’est ça, être un témoin qui agit ! Ne pas transférer empêche la photo de circuler, et un message gentil montre à { $classmate } qu’il n’est pas seul.
conduct-the-group-chat-choice-stay-quiet = Ne pas la transférer, mais ne rien dire
conduct-the-group-chat-feedback-stay-quiet = Ne pas transférer, c’était bien : la photo s’arrête avec toi. Mais quand tout le monde se tait, la personne visée peut se sentir très seule.
conduct-the-group-chat-choice-forward = Ajouter une légende et la transférer
conduct-the-group-chat-feedback-forward = Une occasion d’apprendre : ça peut ressembler à une blague quand tout le monde rit. Mais chaque partage fait encore plus de mal à { $classmate }. Et si c’était toi ?

conduct-the-group-chat-sam-reply = Merci de demander. Ça ne va pas. Tout le monde se moque de moi. Mais s’il te plaît, ne le dis pas à un prof, ça va empirer.
conduct-the-group-chat-choice-tell-together = Allons en parler ensemble à un adulte de confiance.
conduct-the-group-chat-feedback-tell-together = Quelle gentillesse et quel courage ! C’est normal que { $classmate } ait peur, mais les adultes peuvent arrêter ça d’une façon que les enfants ne peuvent pas. Tout le monde a le droit de se sentir en sécurité, { $classmate } aussi.
conduct-the-group-chat-choice-just-comfort = Remonter le moral de { $classmate }, et garder ça entre vous
conduct-the-group-chat-feedback-just-comfort = Être là pour { $classmate }, c’est vraiment important ! Mais la photo continue de circuler. Un adulte de confiance peut aider à l’arrêter, et tu peux accompagner { $classmate } pour qu’il ne soit pas seul.
conduct-the-group-chat-choice-laugh-it-off = Dire à { $classmate } que c’est juste une blague, et de se détendre
conduct-the-group-chat-feedback-laugh-it-off = Une occasion d’apprendre : si quelqu’un est blessé, ce n’est pas une blague pour lui. Écouter ce que ressent { $classmate }, c’est la première étape pour l’aider.

conduct-the-group-chat-chat-grows = Personne n’arrête ça. D’autres photos truquées de { $classmate } apparaissent, et quelqu’un lance un sondage : « { $classmate } est-il un bébé ? Votez ! »
conduct-the-group-chat-speak-up = Hum. Les photos circulent, et ça devient de plus en plus méchant. Que pourrait faire un témoin qui agit maintenant ?
conduct-the-group-chat-choice-report-tell = Signaler les messages et en parler à un adulte de confiance
conduct-the-group-chat-feedback-report-tell = C’est ce que fait un témoin qui agit ! Signaler dans l’appli et en parler à un adulte peut faire supprimer les photos. Tout le monde a le droit d’être en sécurité en ligne.
conduct-the-group-chat-choice-post-stop = Écrire « Pas drôle. Arrêtez. » dans la discussion
conduct-the-group-chat-feedback-post-stop = Prendre la parole demandait du courage, et ça peut pousser les autres à arrêter aussi ! Mais les photos sont toujours là. Un adulte de confiance peut aider à les faire supprimer.
conduct-the-group-chat-choice-laugh-along = Envoyer un émoji qui rit pour faire comme les autres
conduct-the-group-chat-feedback-laugh-along = Une occasion d’apprendre : c’est dur de se démarquer du groupe. Mais chaque rire dit aux autres que la méchanceté, c’est normal. Tu peux rester sympa et faire quand même partie du groupe.

conduct-the-group-chat-leo-backs-off = Bon, c’était juste une blague. C’est bon, j’arrête.
conduct-the-group-chat-teacher-acts = Merci de m’en avoir parlé. C’était gentil et courageux. Ce n’est pas cafarder, c’est aider. Je vais faire supprimer les photos et parler à la classe.

conduct-the-group-chat-sam-upset = Le lendemain, la photo a fait le tour de tout le niveau. { $classmate } mange seul à la cantine et ne regarde personne. Tu as une grosse boule au ventre.
conduct-the-group-chat-fix-it = C’est allé plus loin que prévu. Mais il n’est pas trop tard pour aider { $classmate }. Que vas-tu faire ?
conduct-the-group-chat-choice-tell-and-sorry = En parler à un adulte de confiance et m’excuser auprès de { $classmate }
conduct-the-group-chat-feedback-tell-and-sorry = C’est comme ça qu’on répare ! S’excuser, c’est courageux, et un adulte peut aider à faire supprimer les photos. Tout le monde fait des erreurs. Ce qui compte, c’est de les réparer.
conduct-the-group-chat-choice-delete-own = Supprimer mes messages et ne rien dire
conduct-the-group-chat-feedback-delete-own = Supprimer tes messages aide un peu. Mais la photo circule toujours, et { $classmate } se sent toujours seul. Un adulte de confiance peut faire beaucoup plus.
conduct-the-group-chat-choice-ignore-it = Laisser tomber. Tout le monde l’a fait aussi.
conduct-the-group-chat-feedback-ignore-it = Une occasion d’apprendre : quand tout le monde s’y met, on a l’impression que personne n’est responsable. Mais { $classmate } souffre toujours, et une seule personne peut commencer à réparer.

conduct-the-group-chat-teacher-acts-late = Merci de m’en avoir parlé, et avec honnêteté. Il faut du courage pour ça. Faisons supprimer les photos et aidons { $classmate } à se sentir de nouveau en sécurité.

conduct-the-group-chat-end-safe = Tu as été un témoin qui agit ! { $classmate } est soutenu, les photos ont disparu et la discussion de classe est plus bienveillante. Bravo !
conduct-the-group-chat-end-mixed = Une partie du mal s’est arrêtée, mais les photos circulent encore et aucun adulte de confiance n’est au courant. En parler à un adulte aide à arrêter ça pour de bon.
conduct-the-group-chat-end-recovered = Tu as fait une erreur, puis tu l’as réparée. Tes excuses ont fait du bien à { $classmate }, et les photos ont disparu. Ça, c’est du vrai courage !
conduct-the-group-chat-end-harmful = { $classmate } se sent toujours seul, et les photos continuent de circuler. Il n’est jamais trop tard pour t’excuser et en parler à un adulte de confiance. Les adultes peuvent aider.
