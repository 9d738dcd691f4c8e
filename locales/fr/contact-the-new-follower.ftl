# Contacts / sexuel, pour les 13-15 ans : signaux d'alerte de la sextorsion et demande d'aide uniquement (Le nouvel abonné)

contact-the-new-follower-title = Le nouvel abonné
contact-the-new-follower-summary = Un nouvel abonné de ton âge adore tout ce que tu publies, puis veut discuter dans un endroit plus privé.
contact-the-new-follower-remember = La flatterie, le passage sur une appli privée et les demandes de photos sont des signaux d’alerte. Si quelqu’un te menace, ce n’est jamais ta faute : ne paie pas, garde les preuves et préviens un adulte de confiance.

contact-the-new-follower-app = { $app }
contact-the-new-follower-npc-follower = { $follower }
contact-the-new-follower-npc-adult = { $adult }

# Variété : à chaque partie, une option est choisie pour chaque variable de `vary`.
contact-the-new-follower-app-picstream = Picstream
contact-the-new-follower-app-loopr = Loopr
contact-the-new-follower-app-glimmr = Glimmr
contact-the-new-follower-private-vanish = Vanish
contact-the-new-follower-private-ghostchat = GhostChat
contact-the-new-follower-private-blink = Blinkr
contact-the-new-follower-name-jay = jay.beats_14
contact-the-new-follower-name-riley = riley_xo14
contact-the-new-follower-name-sky = sky.lights14
contact-the-new-follower-school-westbrook = collège Pasteur
contact-the-new-follower-school-hillcrest = collège Les Acacias
contact-the-new-follower-school-parkview = collège du Parc
contact-the-new-follower-adult-mum = Maman
contact-the-new-follower-adult-dad = Papa
contact-the-new-follower-adult-aunt = Tata Lina

contact-the-new-follower-intro = Tu as un nouvel abonné sur { $app } : { $follower }. Le profil indique 14 ans, aime la même musique que toi et a plein de super photos. Ce compte like cinq de tes publications d’affilée.

contact-the-new-follower-first-dm = coucouu j’ai vu ta vidéo de danse, franchement t’as trop de talent. moi aussi j’ai 14 ans et je viens d’emménager près de chez toi ! t’es dans quel collège ?
contact-the-new-follower-choice-no-school = Merci ! Mais je ne donne pas mon collège en ligne.
contact-the-new-follower-feedback-no-school = Bien. Les compliments font plaisir, mais tu ne sais pas vraiment qui est derrière ce compte. Un nouvel abonné qui demande tout de suite où tu vas en cours est en train d’aller à la pêche aux infos.
contact-the-new-follower-choice-thanks-only = Dire merci et éviter la question sur le collège
contact-the-new-follower-feedback-thanks-only = Bien, ton collège est resté privé. Remarque aussi : plein de flatteries plus « j’habite près de chez toi » de la part de quelqu’un que tu n’as jamais rencontré, c’est un schéma à surveiller.
contact-the-new-follower-choice-tell-school = omg merci !! je suis au { $school }
contact-the-new-follower-feedback-tell-school = Une occasion d’apprendre : ton collège dit à quelqu’un où te trouver chaque jour de la semaine. N’importe qui peut écrire « j’ai 14 ans » sur un profil. Garde-le privé tant que tu ne sais pas qui est vraiment derrière.

contact-the-new-follower-knows-school = sérieux, le { $school } ?? c’est trop près de chez moi ! faudrait qu’on se voie un de ces jours. t’es bien plus mature que les gens de notre âge franchement

contact-the-new-follower-move-app = cette appli est trop publique mdr. tu m’ajoutes sur { $private } ? les messages disparaissent donc c’est plus privé, juste nous deux
contact-the-new-follower-choice-refuse-app = Non merci. Je ne change pas d’appli avec des gens jamais rencontrés.
contact-the-new-follower-feedback-refuse-app = Bien vu. Te pousser vers une appli où les messages disparaissent, c’est un signal d’alerte classique : ça cache ce qui se dit et ça écarte tous ceux qui pourraient t’aider.
contact-the-new-follower-choice-maybe-later = Peut-être plus tard, là j’ai pas le temps
contact-the-new-follower-feedback-maybe-later = Tu n’as pas changé d’appli, bien. Mais « peut-être plus tard » laisse la porte ouverte. Tu as le droit de dire un non clair, ou d’arrêter de répondre à quelqu’un qui insiste.
contact-the-new-follower-choice-add-private = OK, je t’ajoute
contact-the-new-follower-feedback-add-private = Une occasion d’apprendre : les messages qui disparaissent servent plus l’autre personne que toi. Si quelque chose tourne mal, il n’y a aucune trace, et personne d’autre ne peut voir.

contact-the-new-follower-pressure-here = pff ok, t’es pas drôle. envoie-moi au moins une photo, un truc rien que pour moi. sois pas timide, je la montrerais jamais à personne
contact-the-new-follower-choice-block-report-tell = Capturer, bloquer, signaler, et le dire à { $adult }
contact-the-new-follower-feedback-block-report-tell = Exactement. Demander des photos privées après des flatteries et des « juste nous deux », c’est un signal d’alerte sérieux. Tu as parfaitement le droit de dire non, de couper le contact et de demander de l’aide.
contact-the-new-follower-choice-stop-replying = Ignorer et arrêter de répondre
contact-the-new-follower-feedback-stop-replying = Ne rien envoyer, c’était la bonne décision. Mais { $follower } pourrait réessayer, ou essayer avec quelqu’un d’autre. Bloquer, signaler et en parler à un adulte de confiance, c’est ce qui arrête vraiment ça.
contact-the-new-follower-choice-send-pic = Envoyer une photo pour qu’on arrête de m’embêter
contact-the-new-follower-feedback-send-pic = Une occasion d’apprendre : une fois une photo envoyée, tu en perds le contrôle. Tu ne dois de photo à personne, et ce genre de pression n’est jamais ta faute.

contact-the-new-follower-ignored = Tu arrêtes de répondre. Deux jours plus tard, { $follower } t’écrit encore depuis un nouveau compte : « pourquoi tu m’ignores ? je croyais qu’on avait un truc spécial. »

contact-the-new-follower-private-chat = enfin, juste nous deux. t’es vraiment mature, tu sais. envoie-moi une photo privée et je t’en envoie une. de toute façon ça disparaît
contact-the-new-follower-choice-refuse-tell = Non. Puis capturer la discussion et le dire à { $adult }
contact-the-new-follower-feedback-refuse-tell = Ça, c’est fort. Tu as parfaitement le droit de dire non, et un adulte de confiance peut t’aider à bloquer et à signaler. Demander des photos privées à un ado est un signal d’alerte sérieux.
contact-the-new-follower-choice-refuse-keep = Dire non, mais continuer à discuter
contact-the-new-follower-feedback-refuse-keep = Dire non, c’était la bonne décision, et tu ne dois jamais de photo à personne. Mais continuer à parler avec quelqu’un qui demande des photos privées n’est pas sûr. Tu as le droit d’arrêter et de demander de l’aide.
contact-the-new-follower-choice-send-private = En envoyer une, de toute façon ça disparaît
contact-the-new-follower-feedback-send-private = Une occasion d’apprendre : « ça disparaît », c’est faux : n’importe qui peut faire une capture. Quelqu’un qui te met la pression pour avoir des photos privées n’est pas une personne sûre, quel que soit l’âge annoncé.

contact-the-new-follower-threat = Paie 100 en cartes cadeaux d’ici ce soir, sinon j’envoie notre discussion et tes photos à tous tes abonnés et à ton collège. Si tu en parles, ce sera pire.
contact-the-new-follower-not-your-fault = Stop. Ça s’appelle de la sextorsion. C’est un délit, et ce n’est JAMAIS ta faute, que tu aies envoyé une photo ou qu’on en ait fabriqué une fausse. Ces gens comptent sur la peur et le silence. Que vas-tu faire ?
contact-the-new-follower-choice-dont-pay-tell = Ne pas payer. Tout capturer, bloquer, signaler, prévenir { $adult }
contact-the-new-follower-feedback-dont-pay-tell = Le choix le plus courageux et le plus intelligent. Payer ou envoyer plus ne met jamais fin à ça. Les messages gardés aident l’appli et, si besoin, la police. Les lignes d’écoute peuvent aider à faire retirer les images.
contact-the-new-follower-choice-block-alone = Bloquer ce compte et espérer que ça passe
contact-the-new-follower-feedback-block-alone = Bloquer coupe le contact, bien. Mais porter ça sans aide, c’est lourd, et les preuves comptent. Un adulte de confiance ou une ligne d’écoute peut t’aider à signaler et à faire retirer les images.
contact-the-new-follower-choice-pay = Payer, pour que tout soit supprimé
contact-the-new-follower-feedback-pay = Une occasion d’apprendre : les gens qui menacent comme ça en demandent presque toujours plus après un paiement. Il n’est jamais trop tard pour arrêter, garder les preuves et en parler à quelqu’un.

contact-the-new-follower-adult-helps = Merci de me l’avoir montré, c’était exactement ce qu’il fallait faire. Tu n’as rien fait de mal. Signalons ce compte à { $app } et vérifions ensemble tes paramètres de confidentialité.
contact-the-new-follower-adult-helps-late = Ça me fait vraiment plaisir que tu m’en aies parlé. Tu n’auras pas d’ennuis, et ce n’est pas ta faute. On va garder les preuves, signaler ça à l’appli et appeler une ligne d’écoute. Si besoin, la police peut aider aussi.

contact-the-new-follower-end-safe = Tu as repéré les signaux d’alerte, dit non et demandé de l’aide. Le compte { $follower } est bloqué et signalé, et tes photos sont restées à toi. Ça, c’est fort.
contact-the-new-follower-end-mixed = Tu as évité le pire, mais le compte { $follower } n’a pas été signalé et pourrait viser quelqu’un d’autre. Un adulte de confiance ou une ligne d’écoute peut t’aider à le signaler.
contact-the-new-follower-end-recovered = Ça a fait peur, mais tu as brisé le silence. Avec un adulte de confiance, tu as gardé les preuves, signalé et obtenu du soutien. En parler à quelqu’un, c’est toujours la porte de sortie.
contact-the-new-follower-end-harmful = Cette personne en a redemandé, comme toujours dans ces cas-là. Il n’est jamais trop tard, et ce n’est jamais ta faute : garde les messages, arrête de répondre et contacte un adulte de confiance ou une ligne d’écoute.
