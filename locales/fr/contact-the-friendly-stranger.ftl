# Contacts / sexuel, pour les 9-12 ans : seulement les signaux d'alerte (L'inconnu trop gentil)

contact-the-friendly-stranger-title = L’inconnu trop gentil
contact-the-friendly-stranger-summary = Dans le chat d’un jeu, quelqu’un que tu ne connais pas est super gentil et t’offre des gemmes gratuites. Que se passe-t-il vraiment ?
contact-the-friendly-stranger-remember = Un vrai ami ne te demande jamais de garder des secrets pour ta famille. Si quelqu’un en ligne te met mal à l’aise, bloque, signale et parles-en à un adulte de confiance.

contact-the-friendly-stranger-npc-gamer = { $gamer }
contact-the-friendly-stranger-npc-mum = Maman

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
contact-the-friendly-stranger-name-starknight = StarKnight_12
contact-the-friendly-stranger-name-pixelhero = PixelHero_12
contact-the-friendly-stranger-name-dragonrider = DragonRider_12
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = Les Collines
contact-the-friendly-stranger-school-oakwood = Les Chênes
contact-the-friendly-stranger-school-riverside = Bord-de-Rivière

contact-the-friendly-stranger-intro = Tu construis un château dans { $game }, ton jeu préféré. Les jeux, c’est plus drôle avec des amis ! Je surveille le chat avec toi.

contact-the-friendly-stranger-first-message = Waouh, ton château est le plus beau que j’aie jamais vu ! Tu as trop de talent. Moi aussi, j’ai 12 ans. Tu veux 500 gemmes gratuites ? Dis-moi juste ton école pour que je te les envoie.
contact-the-friendly-stranger-choice-no-school = Non merci. Je ne donne pas mon école en ligne.
contact-the-friendly-stranger-feedback-no-school = Bravo ! Ton école permet de savoir où te trouver, alors elle reste privée. Et les cadeaux gratuits d’inconnus sont souvent un piège pour gagner ta confiance.
contact-the-friendly-stranger-choice-just-thanks = Dire merci, mais éviter la question sur l’école
contact-the-friendly-stranger-feedback-just-thanks = Bien, tu as gardé ton école privée ! Mais attention : plein de compliments et des cadeaux gratuits de quelqu’un que tu ne connais pas, ce sont des signaux d’alerte.
contact-the-friendly-stranger-choice-tell-school = Trop cool ! Je suis à l’école { $school }.
contact-the-friendly-stranger-feedback-tell-school = Une occasion d’apprendre : le nom de ton école dit à un inconnu où tu es chaque jour. Garde-le privé, même avec des gens qui ont l’air vraiment gentils.

contact-the-friendly-stranger-knows-school = L’école { $school } ? Sans blague, c’est près de chez moi ! On pourrait se voir un jour. Tu es tellement plus cool que les autres enfants avec qui je parle.

contact-the-friendly-stranger-pushy = Viens plutôt discuter sur ChatZip, c’est plus privé. Et ne parle pas de moi à tes parents, d’accord ? Ils ne comprendraient pas notre amitié.
contact-the-friendly-stranger-choice-block-report-tell = Bloquer, signaler, et en parler à un adulte de confiance
contact-the-friendly-stranger-feedback-block-report-tell = Bien vu ! Passer sur une appli privée et garder des secrets pour ta famille, ce sont de gros signaux d’alerte. Bloquer, signaler et en parler, c’est courageux et c’est la bonne chose à faire.
contact-the-friendly-stranger-choice-log-off = Juste me déconnecter et ne plus répondre
contact-the-friendly-stranger-feedback-log-off = Te déconnecter te protège pour l’instant. Mais { $gamer } pourrait t’écrire encore, ou écrire à d’autres enfants. Signaler et en parler à un adulte aide à arrêter ça pour de bon.
contact-the-friendly-stranger-choice-move-app = OK, je t’ajoute sur ChatZip. Je ne dirai rien.
contact-the-friendly-stranger-feedback-move-app = Une occasion d’apprendre : un ami sûr ne te demande jamais de le cacher à ta famille. Dans une appli privée, personne ne peut voir si quelque chose tourne mal.

contact-the-friendly-stranger-tell-adult = Merci de me l’avoir dit. Tu n’as rien fait de mal. Enregistrons les messages, puis bloquons et signalons { $gamer } ensemble.
contact-the-friendly-stranger-logged-off = Tu te déconnectes. Le lendemain, { $gamer } t’attend dans le chat du jeu : « Tu étais où ? J’ai encore plus de gemmes pour toi ! »

contact-the-friendly-stranger-asks-photo = Youpi, meilleurs amis ! Maintenant, envoie-moi une photo de toi en uniforme d’école, pour vérifier que c’est bien toi. N’oublie pas, c’est notre secret.
contact-the-friendly-stranger-choice-refuse-tell = Non. Et je vais en parler à un adulte de confiance.
contact-the-friendly-stranger-feedback-refuse-tell = Quel courage ! Tu as toujours le droit de dire non. Demander des photos et des secrets, c’est un gros signal d’alerte. Un adulte de confiance va t’aider, et tu n’auras pas d’ennuis.
contact-the-friendly-stranger-choice-refuse-keep-chatting = Refuser la photo, mais continuer à discuter
contact-the-friendly-stranger-feedback-refuse-keep-chatting = Dire non, c’était bien ! Mais quelqu’un qui demande des photos et des secrets n’est pas un ami sûr. Tu as le droit d’arrêter de parler et de demander de l’aide.
contact-the-friendly-stranger-choice-send-photo = Envoyer la photo. C’est juste un selfie.
contact-the-friendly-stranger-feedback-send-photo = Une occasion d’apprendre : une fois une photo envoyée, tu ne contrôles plus où elle va, et un uniforme montre ton école. Demander des photos et des secrets est un signal d’alerte, peu importe qui demande.

contact-the-friendly-stranger-gamer-pressure = On est meilleurs amis, alors gâche pas tout. Si tu le dis à tes parents, tu vas avoir de gros ennuis et ils vont te confisquer ton jeu.
contact-the-friendly-stranger-sango-brave = Ça m’inquiète. Te faire peur pour que tu ne dises rien, c’est un piège pour t’isoler. Tu n’auras PAS d’ennuis, et ce n’est pas ta faute. Que vas-tu faire ?
contact-the-friendly-stranger-choice-tell-anyway = Ce n’est pas ma faute. Je vais en parler à un adulte de confiance.
contact-the-friendly-stranger-feedback-tell-anyway = Ça, c’est du vrai courage ! Les gens qui demandent des secrets aux enfants comptent sur leur silence. Un adulte de confiance va t’écouter et t’aider, et tu n’auras pas d’ennuis.
contact-the-friendly-stranger-choice-block-only = Bloquer { $gamer }, mais garder ça pour moi
contact-the-friendly-stranger-feedback-block-only = Bloquer, c’était un bon début ! Mais { $gamer } pourrait essayer la même chose avec d’autres enfants. En parler à un adulte de confiance permet de le signaler et de l’arrêter.
contact-the-friendly-stranger-choice-keep-secret = Garder le secret et faire ce qu’on me dit
contact-the-friendly-stranger-feedback-keep-secret = Une occasion d’apprendre : c’est normal d’avoir peur, mais ce genre de secret n’aide que l’autre personne. Il n’est jamais trop tard pour en parler à quelqu’un en qui tu as confiance.

contact-the-friendly-stranger-tell-adult-late = Je suis si contente que tu me l’aies dit. Tu n’auras pas d’ennuis, tu as bien fait. Enregistrons les messages, puis bloquons et signalons { $gamer } ensemble.

contact-the-friendly-stranger-end-safe = Tu as repéré les signaux d’alerte et demandé de l’aide. Le compte { $gamer } est bloqué et signalé, et tes infos sont restées privées. Génial !
contact-the-friendly-stranger-end-mixed = Tu es en sécurité pour l’instant, mais le compte { $gamer } n’a pas été signalé, alors d’autres enfants pourraient être les prochains. En parler à un adulte de confiance aide à arrêter ça pour de bon.
contact-the-friendly-stranger-end-recovered = Ça a fait peur un moment, mais tu as eu le courage d’en parler. Le compte { $gamer } est bloqué et signalé. En parler, ça aide toujours !
contact-the-friendly-stranger-end-harmful = { $gamer } en demande toujours plus, et le secret pèse plus lourd chaque jour. Ce n’est pas ta faute, et il n’est jamais trop tard : parles-en à un adulte de confiance. Tu n’auras pas d’ennuis.
