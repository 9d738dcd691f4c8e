# Comportement / sexuel : La pression pour partager (16-18 ans). Jamais explicite : consentement, dire non, ne jamais transférer, signaler et faire retirer, jamais la faute de la victime.

conduct-the-shared-nudes-pressure-title = La pression pour partager
conduct-the-shared-nudes-pressure-summary = La personne avec qui tu sors veut une photo intime comme « preuve », et quelqu’un de ta bande propose de t’envoyer celle de quelqu’un d’autre.
conduct-the-shared-nudes-pressure-remember = Dire non, c’est toujours OK, et personne n’a droit à une photo intime. N’en transfère jamais : signale-la et parles-en à un adulte de confiance, car ce n’est jamais la faute de la victime.

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = Alex
conduct-the-shared-nudes-pressure-partner-sam = Sam
conduct-the-shared-nudes-pressure-partner-jordan = Jordan
conduct-the-shared-nudes-pressure-friend-zara = Zara
conduct-the-shared-nudes-pressure-friend-theo = Théo
conduct-the-shared-nudes-pressure-friend-amani = Amani
conduct-the-shared-nudes-pressure-classmate-kai = Kai
conduct-the-shared-nudes-pressure-classmate-lucia = Lucie
conduct-the-shared-nudes-pressure-classmate-femi = Femi

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = Mme Ruiz, psychologue scolaire

conduct-the-shared-nudes-pressure-intro = Tu sors avec { $partner } depuis deux mois : messages tard le soir sur { $app }, blagues entre vous, que du bon. Ce soir, la conversation prend un autre tour.

conduct-the-shared-nudes-pressure-ask = Je t’ai envoyé plein de photos mignonnes. Si tu me fais vraiment confiance, envoie-moi quelque chose de plus intime. Rien que pour moi. Ça prouverait que c’est sérieux entre nous.
conduct-the-shared-nudes-pressure-choice-no = Je te fais confiance, et c’est non. La confiance se passe de preuves.
conduct-the-shared-nudes-pressure-feedback-no = C’est clair et bienveillant. Dire non, c’est toujours OK, et quelqu’un qui te respecte l’accepte. « Prouve-le », c’est de la pression déguisée en romantisme.
conduct-the-shared-nudes-pressure-choice-dodge = Changer de sujet et espérer que ça passe
conduct-the-shared-nudes-pressure-feedback-dodge = Tu as protégé ton intimité, et ça compte. Mais esquiver peut faire revenir la question sans arrêt. Tu as le droit de dire un non clair, sans te justifier.
conduct-the-shared-nudes-pressure-choice-maybe = Peut-être... si tu promets de la supprimer juste après ?
conduct-the-shared-nudes-pressure-feedback-maybe = Une occasion d’apprendre : une fois l’image envoyée, aucune promesse ne la contrôle. Captures, ruptures et téléphones piratés, ça arrive. Tu ne dois jamais une photo à personne pour prouver que tu tiens à quelqu’un.
conduct-the-shared-nudes-pressure-push = Ah ouais. Tous les autres couples le font. Faut croire que je compte moins pour toi que toi pour moi.
conduct-the-shared-nudes-pressure-push-harder = Promis ! Ce soir, OK ? Et n’en parle pas à tes potes, ils rendraient ça bizarre.

conduct-the-shared-nudes-pressure-friend-msg = t’as vu la photo intime de { $classmate } qui tourne ? un ex l’a fait fuiter. elle est dans genre 5 groupes. tu veux que je te l’envoie ?
conduct-the-shared-nudes-pressure-choice-report-it = Ne me l’envoie pas. Signalons-la et trouvons de l’aide pour { $classmate }.
conduct-the-shared-nudes-pressure-feedback-report-it = Ça, c’est du vrai respect pour quelqu’un qui n’est même pas là. Signaler aide à faire retirer les images, et un adulte peut aider. Ce n’est jamais la faute de { $classmate } : la faute revient à celui ou celle qui l’a partagée.
conduct-the-shared-nudes-pressure-choice-not-me = Ne me l’envoie pas. C’est pas mes affaires.
conduct-the-shared-nudes-pressure-feedback-not-me = Refuser, c’était la bonne décision : la photo s’arrête avec toi. Mais elle circule toujours, et { $classmate } n’est peut-être pas au courant. La signaler et en parler à un adulte, c’est comme ça qu’on la fait retirer.
conduct-the-shared-nudes-pressure-choice-send-it = Envoie-la, je veux voir
conduct-the-shared-nudes-pressure-feedback-send-it = Une occasion d’apprendre : chaque vue et chaque transfert aggravent le mal fait à { $classmate }. Dans de nombreux pays, partager des images intimes de mineurs est illégal, même entre ados.
conduct-the-shared-nudes-pressure-friend-agrees = ok ouais, t’as raison. je l’ai signalée aussi. { $classmate } avait l’air vraiment mal au lycée aujourd’hui.
conduct-the-shared-nudes-pressure-received = La photo est maintenant sur ton téléphone. Ne la transfère à personne, même pas pour la montrer à un adulte. Signale l’endroit où tu l’as vue, parles-en à un adulte de confiance, puis supprime-la. Ça aide encore { $classmate }.

conduct-the-shared-nudes-pressure-pressure = Alors ? Tu l’envoies ou pas ? Si tu m’aimais, tu me ferais pas supplier.
conduct-the-shared-nudes-pressure-choice-talk = Dire non pour de bon, et parler à quelqu’un de confiance
conduct-the-shared-nudes-pressure-feedback-talk = C’est solide. Ce genre de pression, ce n’est pas de l’amour ; c’est un signal d’alerte dans toute relation. Un adulte de confiance ou une ligne d’écoute peut t’aider à réfléchir à ce que tu veux, sans jugement.
conduct-the-shared-nudes-pressure-choice-log-off = Dire non, puis me déconnecter pour la nuit
conduct-the-shared-nudes-pressure-feedback-log-off = Dire non, c’était la bonne décision. Mais ce genre de pression a tendance à revenir, et tu ne devrais pas avoir à gérer ça sans soutien. En parler à quelqu’un de confiance aide.
conduct-the-shared-nudes-pressure-choice-give-in = Envoyer une photo pour que la dispute s’arrête
conduct-the-shared-nudes-pressure-feedback-give-in = Une occasion d’apprendre : la pression fonctionne en t’usant, et la responsabilité est de l’autre côté, pas du tien. Une fois envoyée, une image t’échappe. Il n’est jamais trop tard pour demander de l’aide.
conduct-the-shared-nudes-pressure-adult-listens = Merci de me l’avoir dit. Dire non, c’est toujours OK, et la pression n’est pas de l’amour. Si une image intime circule, on la signale et on utilise un outil de retrait, on ne la transfère jamais. Tu n’y es pour rien.

conduct-the-shared-nudes-pressure-saved = { $partner } répond : « tu vois, c’était si dur que ça ? maintenant une autre. » Puis une notification s’affiche : { $partner } a fait une capture d’écran.
conduct-the-shared-nudes-pressure-recover = Faire confiance à quelqu’un, ce n’est pas une honte. C’est { $partner } qui agit mal, et tu as encore des options. Que vas-tu faire ?
conduct-the-shared-nudes-pressure-choice-tell-late = En parler à un adulte de confiance et utiliser un outil de retrait
conduct-the-shared-nudes-pressure-feedback-tell-late = C’est courageux. Les outils de retrait aident à bloquer le partage d’une image sur de nombreuses plateformes, et un adulte de confiance peut t’aider, ou prévenir la police si elle est partagée ou sert à te menacer.
conduct-the-shared-nudes-pressure-choice-ask-delete = Demander à { $partner } de la supprimer, et espérer
conduct-the-shared-nudes-pressure-feedback-ask-delete = Tu as parfaitement le droit de le demander, et c’est un début. Mais tu ne peux pas vérifier qu’elle a vraiment disparu. Un adulte de confiance et un outil de retrait te protègent vraiment.
conduct-the-shared-nudes-pressure-choice-secret = Garder le secret. C’est de ma faute.
conduct-the-shared-nudes-pressure-feedback-secret = Une occasion d’apprendre, et écoute bien ceci : ce n’est PAS ta faute. Les secrets n’aident que la personne qui te met la pression. Un adulte de confiance ou une ligne d’écoute va t’aider, pas te juger.
conduct-the-shared-nudes-pressure-adult-late = Je suis si contente que tu m’en aies parlé, et tu n’as pas d’ennuis. Tu n’as rien fait de mal en faisant confiance à { $partner }. Utilisons ensemble un outil de retrait maintenant, et parlons de toute cette pression.

conduct-the-shared-nudes-pressure-end-safe = Tu connaissais tes limites, tu as dit non et tu as trouvé du soutien. Le respect, le consentement et la confiance vont dans les deux sens, et tu mérites les trois.
conduct-the-shared-nudes-pressure-end-mixed = Tu gères ça sans aide, et la pression pourrait revenir. Un adulte de confiance ou une ligne d’écoute peut aider sans jugement, et rien de tout ça n’est ta faute.
conduct-the-shared-nudes-pressure-end-recovered = C’est devenu difficile, mais tu as demandé de l’aide. Avec un outil de retrait et quelqu’un de ton côté, tu as repris le contrôle. Rien de tout ça n’était ta faute.
conduct-the-shared-nudes-pressure-end-harmful = La pression augmente, et le secret pèse plus lourd chaque jour. Ce n’est jamais ta faute, et il n’est jamais trop tard : parles-en à un adulte de confiance ou à une ligne d’écoute, et utilise un outil de retrait.
