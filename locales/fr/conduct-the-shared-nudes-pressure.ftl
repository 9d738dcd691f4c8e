# Comportement / sexuel : La pression pour partager (16-18 ans). Jamais explicite : consentement, dire non, ne jamais transférer, signaler et faire retirer, jamais la faute de la victime.

conduct-the-shared-nudes-pressure-title = La pression pour partager
conduct-the-shared-nudes-pressure-summary = La personne avec qui tu sors veut une photo intime comme « preuve », et quelqu’un de ta bande propose de t’envoyer celle de quelqu’un d’autre.
conduct-the-shared-nudes-pressure-remember = Dire non, c’est toujours OK. Partager la photo intime d’une personne mineure est illégal, même pour prévenir : signale-la et parles-en à un adulte de confiance, qui peut aider à la retirer. Jamais la faute de la victime.

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = Alex
conduct-the-shared-nudes-pressure-partner-robin = Robin
conduct-the-shared-nudes-pressure-partner-jordan = Jordan

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = Mme Ruiz, psychologue scolaire

conduct-the-shared-nudes-pressure-intro = Tu sors avec { $partner } depuis deux mois : messages tard le soir sur { $app }, blagues entre vous, que du bon. Ce soir, la conversation prend un autre tour.

conduct-the-shared-nudes-pressure-ask = Je t’ai envoyé plein de photos mignonnes. Si tu me fais vraiment confiance, envoie-moi quelque chose de plus intime. Rien que pour moi. Ça prouverait que c’est sérieux entre nous.
conduct-the-shared-nudes-pressure-choice-maybe = OK, une seule. J’ai confiance, mais tu l’effaces juste après.
conduct-the-shared-nudes-pressure-feedback-maybe = Une occasion d’apprendre : une fois l’image envoyée, une promesse ne la contrôle plus. Captures, ruptures, téléphones piratés, ça arrive. Tenir à quelqu’un n’exige jamais ce genre de preuve.
conduct-the-shared-nudes-pressure-choice-dodge = Haha peut-être un jour. Au fait, t’as fini la dissert pour demain ?
conduct-the-shared-nudes-pressure-feedback-dodge = Tu as protégé ta vie privée, et c’est important. Mais esquiver peut faire revenir la question encore et encore. Tu as le droit de dire un non clair, sans te justifier.
conduct-the-shared-nudes-pressure-choice-no = Non. Tu me plais beaucoup, mais je n’enverrai pas ce genre de truc.
conduct-the-shared-nudes-pressure-feedback-no = Clair et gentil. Dire non, c’est toujours OK, et tu n’as pas à te justifier. « Prouve-le », c’est de la pression déguisée en romance, et quelqu’un qui te respecte accepte un non.
conduct-the-shared-nudes-pressure-push = Ah ouais. Tous les autres couples le font. Faut croire que je compte moins pour toi que toi pour moi.
conduct-the-shared-nudes-pressure-push-dodge = Change pas de sujet. Tous les autres couples le font. Faut croire que je compte moins pour toi que toi pour moi.

conduct-the-shared-nudes-pressure-friend-msg = t’as vu la photo intime de { $classmate } qui tourne ? un ex l’a fait fuiter. elle est dans genre 5 groupes. tu veux que je te l’envoie ?
conduct-the-shared-nudes-pressure-choice-forward-warn = Envoie. Je la fais suivre à { $classmate } pour qu’on l’aide.
conduct-the-shared-nudes-pressure-feedback-forward-warn = Une occasion d’apprendre : la transférer, même pour aider, c’est la partager, et partager des images intimes de moins de 18 ans est illégal. Préviens { $classmate } avec des mots, et va voir un adulte.
conduct-the-shared-nudes-pressure-choice-flag-chats = Ne l’envoie pas. Quels groupes ? Je les signale tous.
conduct-the-shared-nudes-pressure-feedback-flag-chats = Ça protège { $classmate }. Partager des images intimes de moins de 18 ans est illégal : on ne les transfère jamais, on les signale. Un adulte ou une ligne d’écoute peut aider à les faire retirer.
conduct-the-shared-nudes-pressure-choice-see-it = Vas-y. De toute façon, tout le monde l’a déjà vue.
conduct-the-shared-nudes-pressure-feedback-see-it = Une occasion d’apprendre : chaque vue et chaque partage aggrave le mal, et partager des images intimes de moins de 18 ans est illégal, même entre ados. Ce n’est jamais la faute de { $classmate }.
conduct-the-shared-nudes-pressure-choice-not-me = Me l’envoie pas. Je reste en dehors, c’est plus sûr.
conduct-the-shared-nudes-pressure-feedback-not-me = La refuser, c’était bien : elle s’arrête avec toi. Mais elle circule encore, et { $classmate } n’est peut-être pas au courant. La signaler et en parler à un adulte, c’est ce qui la fait retirer.
conduct-the-shared-nudes-pressure-flagged = ok, je les ai signalés aussi. { $classmate } avait l’air vraiment mal au lycée aujourd’hui. on en parle à Mme Ruiz à la récré ? elle saura quoi faire.
# Le monde se souvient : la personne de ta classe que tu as soutenue pendant l’acharnement.
conduct-the-shared-nudes-pressure-classmate-thanks = Plus tard, { $classmate } t’écrit : « on m’a dit que t’as signalé les groupes. pendant l’acharnement aussi, t’étais là pour moi. merci, vraiment. »
conduct-the-shared-nudes-pressure-pic-reported-chats = Groupes signalés
conduct-the-shared-nudes-pressure-pic-reported = Signalé
conduct-the-shared-nudes-pressure-pic-report-thanks = Merci. Nous allons examiner ces groupes.
conduct-the-shared-nudes-pressure-still-spreading = { $friend } hausse les épaules et l’envoie à quelqu’un d’autre. À midi, elle est dans deux groupes de plus.
conduct-the-shared-nudes-pressure-forwarded = { $friend } te l’envoie, et tu la fais suivre. { $classmate } répond : « qui d’autre l’a ?? pourquoi tu me l’envoies ? » Elle est maintenant dans une conversation de plus.
conduct-the-shared-nudes-pressure-received = La photo arrive sur ton téléphone. Au lycée, { $classmate } garde la tête baissée toute la journée. Tout le monde fixe son écran, puis jette des regards vers { $classmate }.

conduct-the-shared-nudes-pressure-photo-now = La photo est sur ton téléphone maintenant. Ce n’est jamais la faute de { $classmate }, et tu peux encore aider. Que fais-tu ?
conduct-the-shared-nudes-pressure-choice-flag-and-go = Je signale les groupes, je l’efface, puis je vais voir Mme Ruiz.
conduct-the-shared-nudes-pressure-feedback-flag-and-go = C’est réparer. Les signalements aident à la faire retirer, et Mme Ruiz ou une ligne d’écoute peut aider { $classmate } à la faire supprimer des applis. Parler, c’est toujours le bon choix.
conduct-the-shared-nudes-pressure-choice-delete-quiet = Je l’efface, c’est tout. Signaler, ça va juste m’attirer des ennuis.
conduct-the-shared-nudes-pressure-feedback-delete-quiet = Une occasion d’apprendre : les adultes comme Mme Ruiz sont là pour aider, pas pour blâmer, et c’est en signalant que les images disparaissent. Il n’est jamais trop tard pour en parler à un adulte de confiance.
conduct-the-shared-nudes-pressure-ruiz-photo = Merci de m’en parler, il fallait du courage, et tu n’auras aucun ennui. On va signaler les groupes, et j’aiderai { $classmate } à faire retirer la photo. Ce n’était jamais sa faute.
conduct-the-shared-nudes-pressure-pic-takedown-title = De l’aide pour faire retirer une photo
conduct-the-shared-nudes-pressure-pic-step-report = Signale-la là où elle circule
conduct-the-shared-nudes-pressure-pic-step-remove = On t’aide à la faire retirer
conduct-the-shared-nudes-pressure-pic-step-talk = Parle à quelqu’un, à tout moment
conduct-the-shared-nudes-pressure-pic-get-help = Obtenir de l’aide
conduct-the-shared-nudes-pressure-still-out = Tu l’effaces et tu ne dis rien. La photo continue de passer de groupe en groupe, et { $classmate } ne vient plus au lycée.

conduct-the-shared-nudes-pressure-pressure = Alors ? Tu l’envoies ou pas ? Si tu m’aimais, tu me ferais pas supplier. Et va pas raconter ça à tes potes.
conduct-the-shared-nudes-pressure-choice-mute = Non. Je te mets en sourdine ce soir. On en reparle demain.
conduct-the-shared-nudes-pressure-feedback-mute = Dire non, c’était bien, et la sourdine te donne de l’espace. Mais ce genre de pression revient souvent, et personne ne devrait te demander de garder le secret. Parles-en à quelqu’un de confiance.
conduct-the-shared-nudes-pressure-choice-screenshot = Non. Capture d’écran, et je montre ça à quelqu’un de confiance.
conduct-the-shared-nudes-pressure-feedback-screenshot = Solide. « N’en parle pas à tes potes » et « si tu m’aimais » sont des signaux d’alerte de pression, pas d’amour. Un adulte de confiance ou une ligne d’écoute peut t’aider à y voir clair.
conduct-the-shared-nudes-pressure-choice-give-in = Bon, une seule. C’est privé, et au moins on arrête de se disputer.
conduct-the-shared-nudes-pressure-feedback-give-in = Une occasion d’apprendre : la pression marche à l’usure, et c’est leur responsabilité, pas la tienne. Une fois envoyée, une image t’échappe. Il n’est jamais trop tard pour demander de l’aide.
conduct-the-shared-nudes-pressure-adult-listens = Merci de me l’avoir montré. Dire non, c’est toujours OK, et ça, c’est de la pression, pas de l’amour. On va aussi signaler la photo de { $classmate } et aider à la faire retirer. Rien de tout ça n’est ta faute.
conduct-the-shared-nudes-pressure-next-day = Le lendemain matin, 14 messages de { $partner } : « tu m’ignores maintenant ? » « tous les autres le font ». La pression n’est pas partie.
conduct-the-shared-nudes-pressure-pic-count = 14 nouveaux messages
conduct-the-shared-nudes-pressure-pic-ignoring = tu m’ignores maintenant ?
conduct-the-shared-nudes-pressure-pic-everyone = tous les autres le font

conduct-the-shared-nudes-pressure-still-pressure = Quatorze messages dans la nuit, et l’ordre de n’en parler à personne. Que fais-tu ?
conduct-the-shared-nudes-pressure-choice-show-ruiz = Je montre les 14 messages à Mme Ruiz à la récré, et j’explique tout.
conduct-the-shared-nudes-pressure-feedback-show-ruiz = Courageux et malin. Ces messages sont des preuves de pression, et Mme Ruiz peut t’aider à décider de la suite, sans jugement. En parler, ce n’est jamais balancer.
conduct-the-shared-nudes-pressure-choice-another-chance = Je laisse encore une chance à { $partner }. C’est juste de l’insécurité.
conduct-the-shared-nudes-pressure-feedback-another-chance = Une occasion d’apprendre : l’insécurité ne rend pas la pression acceptable. Quelqu’un qui tient à toi accepte un non. Un adulte de confiance ou une ligne d’écoute peut aider, à tout moment.
conduct-the-shared-nudes-pressure-another-chance = { $partner } se tait un jour, puis recommence : « j’attends toujours. » Tu n’as rien envoyé, mais chaque notification te noue le ventre.

conduct-the-shared-nudes-pressure-saved = Tu en envoies une. { $partner } répond : « tu vois, c’était pas si dur ? maintenant une autre. » Puis une notification s’affiche : { $partner } a fait une capture d’écran.
conduct-the-shared-nudes-pressure-pic-photo = Photo
conduct-the-shared-nudes-pressure-pic-screenshot = { $partner } a fait une capture d’écran
conduct-the-shared-nudes-pressure-pic-another = tu vois, c’était pas si dur ? maintenant une autre.
conduct-the-shared-nudes-pressure-recover = Faire confiance à quelqu’un n’a rien de honteux. C’est { $partner } qui agit mal, et tu as encore des options. Que fais-tu ?
conduct-the-shared-nudes-pressure-choice-ask-delete = Je demande à { $partner } de l’effacer, et je lui fais confiance.
conduct-the-shared-nudes-pressure-feedback-ask-delete = Tu as le droit de le demander. Mais tu ne peux pas vérifier qu’elle a vraiment disparu, et il y a déjà une capture. Un adulte de confiance et un outil de retrait peuvent vraiment aider.
conduct-the-shared-nudes-pressure-choice-secret = Je garde ça pour moi. C’est moi qui l’ai envoyée, après tout.
conduct-the-shared-nudes-pressure-feedback-secret = Une occasion d’apprendre, et écoute bien : ce n’est PAS ta faute. Les secrets n’aident que la personne qui te met la pression. Un adulte de confiance ou une ligne d’écoute t’aidera, sans te juger.
conduct-the-shared-nudes-pressure-choice-takedown = Je vais voir Mme Ruiz pour qu’elle m’aide à la faire retirer.
conduct-the-shared-nudes-pressure-feedback-takedown = C’est courageux. Un adulte ou une ligne d’écoute peut aider à faire retirer des images de nombreux sites, et prévenir la police si elles sont partagées ou servent à te menacer.
conduct-the-shared-nudes-pressure-adult-late = Je suis vraiment contente que tu m’en parles, et tu n’as aucun ennui. Tu n’as rien fait de mal en faisant confiance à { $partner }. On lance le retrait ensemble maintenant, et on parle de la pression que tu as subie.
conduct-the-shared-nudes-pressure-deleted-claim = { $partner } répond « effacée ;) ». Deux jours plus tard, { $friend } t’écrit : « c’est toi ?? quelqu’un l’a envoyée dans notre groupe. »
conduct-the-shared-nudes-pressure-secret-kept = Tu gardes ça pour toi. { $partner } réclame une autre photo chaque soir, et laisse entendre que la première circulera si tu arrêtes.

conduct-the-shared-nudes-pressure-spreading = Ça circule, et c’est la personne qui l’a partagée qui a mal agi, pas toi. Et maintenant ?
conduct-the-shared-nudes-pressure-choice-hide = Je supprime tous mes comptes. C’est le plus sûr.
conduct-the-shared-nudes-pressure-feedback-hide = Une occasion d’apprendre : se cacher semble plus sûr, mais la photo peut continuer à circuler sans toi. Il n’est jamais trop tard : un adulte de confiance ou une ligne d’écoute peut aider à la faire retirer.
conduct-the-shared-nudes-pressure-choice-takedown-now = J’en parle à Mme Ruiz aujourd’hui, et on lance un retrait.
conduct-the-shared-nudes-pressure-feedback-takedown-now = C’est reprendre le contrôle. Un adulte de confiance ou une ligne d’écoute peut aider à la faire retirer et, si besoin, prévenir la police. Tu n’as aucun ennui.
conduct-the-shared-nudes-pressure-hiding = Tu disparais de toutes les applis, mais pas la photo. Chaque jour pèse plus lourd, et tu n’en as toujours parlé à personne.

conduct-the-shared-nudes-pressure-end-safe = Tu as dit non, tu n’as rien fait circuler, et tu as un adulte de ton côté. Respect, consentement et confiance vont dans les deux sens, et tu mérites les trois.
conduct-the-shared-nudes-pressure-end-mixed = Tu n’as rien envoyé, et c’est ton droit. Mais la pression continue, et personne n’est au courant. Un adulte de confiance ou une ligne d’écoute peut aider, et rien de tout ça n’est ta faute.
conduct-the-shared-nudes-pressure-end-recovered = Tu as envoyé une photo sous la pression, puis tu as repris le contrôle : tu en as parlé à un adulte et lancé un retrait. Rien de tout ça n’était ta faute.
conduct-the-shared-nudes-pressure-end-recovered-photo = La photo est passée par toi, puis tu as réparé : signalement, suppression, et Mme Ruiz. { $classmate } a de l’aide maintenant. Et la pression de { $partner } ? Elle peut t’aider aussi.
conduct-the-shared-nudes-pressure-end-harmful = Garder ça pour toi pèse de plus en plus. Tu n’as pas à en envoyer d’autres, et ce n’est jamais ta faute. Il n’est pas trop tard : un adulte de confiance, une ligne d’écoute et des outils de retrait peuvent t’aider.
conduct-the-shared-nudes-pressure-end-harmful-photo = La photo continue de circuler, et { $classmate } fait face à ça sans soutien. La fuite n’est pas ta faute, et il n’est jamais trop tard : signale-la et parles-en à un adulte de confiance, qui aidera à la faire retirer.

# Mon téléphone : une photo envoyée sous la pression, jusqu’à ce qu’un retrait soit lancé.
