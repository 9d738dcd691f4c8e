# Contrat / sexuel : Le compte à rebours (16-18 ans). Sextorsion : signes d'alerte et demande d'aide uniquement, rien n'est montré ni décrit. Ne pas payer, ne plus répondre, garder les preuves, signaler, en parler ; jamais la faute du jeune.

contract-the-sextortion-title = Le compte à rebours
contract-the-sextortion-summary = Un nouvel abonné très sympa va vite, puis tout bascule en menace : paie, ou une image part chez tous ceux que tu connais.
contract-the-sextortion-remember = Si quelqu’un exige de l’argent contre une image : ne paie pas, ne réponds plus, garde les preuves et parles-en à un adulte de confiance. C’est un délit, pas ta faute, et des outils de retrait existent pour les mineurs.

contract-the-sextortion-app = { $app }
contract-the-sextortion-app-picnook = Picnook
contract-the-sextortion-app-shutterbee = Shutterbee
contract-the-sextortion-app-lumo = Lumo
contract-the-sextortion-private-vanishly = Vanishly
contract-the-sextortion-private-blinkr = Blinkr
contract-the-sextortion-private-whisp = Whisp
contract-the-sextortion-name-noa = noa.17
contract-the-sextortion-name-jay = jay_k17
contract-the-sextortion-name-lina = lina.mp3
contract-the-sextortion-adult-dad = Papa
contract-the-sextortion-adult-aunt = tante Amina
contract-the-sextortion-adult-grandma = Mamie

contract-the-sextortion-npc-scammer = { $scammer }
contract-the-sextortion-npc-adult = { $adult }

contract-the-sextortion-intro = Samedi soir. Un nouveau compte, { $scammer }, s’abonne à toi sur { $app } et t’écrit aussitôt. Vous avez des amis en commun, donc c’est sûrement quelqu’un du coin. Non ?
contract-the-sextortion-dm-hello = salut ! tu connais { $friend }, non ? je viens d’emménager près de chez toi et je connais personne. tes photos sont trop bien, t’as l’air super drôle
# The world remembers: the older "partner" in The Older Partner, and the gut feeling the child trusted.
contract-the-sextortion-familiar = Quelqu’un de nouveau qui veut soudain toute ton attention. Tu as déjà vu ça, et tu as écouté ton instinct. Garde-le près de toi ce soir.

contract-the-sextortion-spot = La plupart des nouveaux abonnés sont juste des gens. Mais avant de répondre, regarde le profil de { $scammer }. Touche ce qui cloche.
contract-the-sextortion-card-title = { $scammer }
contract-the-sextortion-card-body = Le profil d’un nouvel abonné sur { $app }.
contract-the-sextortion-part-joined = Inscrit il y a 9 jours
contract-the-sextortion-feedback-joined = Oui. Un compte tout neuf qui veut déjà discuter, c’est un signe courant de faux profil. Les vraies personnes ont en général un historique plus long.
contract-the-sextortion-part-bio = Bio : « 17 ans. foot, films, blagues nulles »
contract-the-sextortion-feedback-bio = C’est une bio ordinaire : plein de vraies personnes écrivent exactement ça. Seule, elle ne prouve rien. L’historique du compte en dit plus.
contract-the-sextortion-part-counts = Suit 1 400 personnes, suivi par 22
contract-the-sextortion-feedback-counts = Oui. Les faux comptes suivent des masses de gens pour qu’une poignée les suive en retour, et ils ont l’air d’avoir des « amis en commun ». Ça ne veut pas dire que quelqu’un les connaît.
contract-the-sextortion-part-posts = 6 publications, toutes ajoutées il y a 9 jours
contract-the-sextortion-feedback-posts = Oui. Un profil entier mis en ligne d’un coup est souvent fait avec les photos de quelqu’un d’autre, pour qu’un faux compte ait l’air vrai, vite.
contract-the-sextortion-part-photo = Une photo dans un stade de foot
contract-the-sextortion-feedback-photo = Une photo de match, c’est banal. Ce qui cloche, ce n’est pas la photo elle-même, c’est que les six soient apparues le même jour.
contract-the-sextortion-pic-bio = 17 ans. foot, films, blagues nulles
contract-the-sextortion-pic-joined = Inscrit il y a 9 jours
contract-the-sextortion-pic-counts = Abonnements 1 400 · Abonnés 22
contract-the-sextortion-pic-posts = 6 publications · toutes d’il y a 9 jours

contract-the-sextortion-move-app = bon franchement je suis jamais ici. ajoute-moi sur { $private } ? les messages s’effacent au bout d’un jour, c’est plus tranquille. juste nous deux
contract-the-sextortion-choice-stay = On garde ça ici, non ? Tu connais { $friend } d’où ?
contract-the-sextortion-feedback-stay = Bien joué. Tu restes là où le bouton de signalement marche, et tu vérifies auprès de { $friend } au lieu de te fier au nombre d’« amis en commun ».
contract-the-sextortion-choice-later = Demain peut-être, je vérifierai. Bonne nuit !
contract-the-sextortion-feedback-later = Ne pas changer d’appli, c’était bien vu. Mais te taire ne répond pas à la vraie question : qui est-ce ? Un message à { $friend } suffirait pour le savoir.
contract-the-sextortion-choice-move = OK, je t’ajoute. Les messages éphémères, c’est plus privé.
contract-the-sextortion-feedback-move = Une occasion d’apprendre : des messages qui s’effacent ne laissent aucune preuve si ça tourne mal. T’attirer vite dans un endroit à part, c’est un signe d’alerte classique.
contract-the-sextortion-c-stay = { $scammer } esquive : « longue histoire mdr ». Alors tu demandes toi-même à { $friend }. La réponse tombe vite : « jamais entendu parler, fais gaffe. »
contract-the-sextortion-c-later = Le lendemain matin, neuf messages de { $scammer } : « t’es là ? » « sois pas timide » « j’arrête pas de penser à toi ».
contract-the-sextortion-c-moved = Tu ajoutes { $scammer } sur { $private }. Un petit minuteur accompagne chaque message : effacé dans 24 heures. Rien ne reste pour le montrer à quelqu’un.

contract-the-sextortion-ask = je t’ai envoyé un selfie, à toi. un truc plus intime, rien que pour moi. personne d’autre le verra jamais, promis
contract-the-sextortion-choice-no = Non. Je n’envoie pas ce genre de photo.
contract-the-sextortion-feedback-no = Clair et calme. Tu ne dois de photo à personne, peu importe qui la personne prétend être. Un non n’a pas besoin de raison, et insister après montre qui elle est vraiment.
contract-the-sextortion-choice-call = Appelle-moi en vidéo d’abord, que je vérifie que t’existes.
contract-the-sextortion-feedback-call = Vouloir une preuve, c’est malin, et les faux comptes évitent les appels. Mais même une vraie personne n’a droit à aucune photo intime, et un appel peut être enregistré. Un simple non suffit.
contract-the-sextortion-choice-send = OK, juste une. Je te fais confiance, t’as envoyé la tienne.
contract-the-sextortion-feedback-send = Une occasion d’apprendre, et écoute bien ceci : faire confiance n’est pas un crime, et la suite n’est pas ta faute. Mais une fois une photo envoyée, elle t’échappe.
contract-the-sextortion-c-no = waouh. ok. de toute façon c’est pas grave. j’ai déjà enregistré tous les selfies de ton profil.
contract-the-sextortion-c-call = ma caméra est cassée mdr. laisse tomber. j’ai pas besoin que t’envoies quoi que ce soit. j’ai enregistré tous les selfies de ton profil.
contract-the-sextortion-c-sent = Tu en envoies une. Une notification s’affiche : { $scammer } a fait une capture d’écran. Puis ses messages changent du tout au tout.

contract-the-sextortion-threat-fake = j’ai pris tes selfies pour fabriquer une fausse image intime de toi. elle a l’air vraie. 200 en cartes cadeaux dans l’heure, sinon tes 312 abonnés la reçoivent. ton lycée aussi.
contract-the-sextortion-threat-real = j’ai ta photo. j’ai aussi la liste de tes abonnés. 200 en cartes cadeaux dans l’heure, sinon tes 312 abonnés la reçoivent. ton lycée aussi.
contract-the-sextortion-pic-timer = 59:59 restantes
contract-the-sextortion-pic-demand = 200 en cartes cadeaux
contract-the-sextortion-pic-followers = 312 abonnés
contract-the-sextortion-pic-school = + ton lycée

contract-the-sextortion-calm-fake = Respire. C’est une arnaque qui s’appelle la sextorsion. C’est un délit, et ce n’est pas toi qui as des ennuis. Ils veulent que tu paniques et que tu fonces. Que fais-tu ?
contract-the-sextortion-calm-real = Respire. C’est de la sextorsion, un délit, et ce n’est pas ta faute : c’est la personne qui te menace qui est en tort. Elle veut que tu paniques et que tu fonces. Que fais-tu ?
contract-the-sextortion-choice-save-tell = Je ne réponds plus, je capture tout et le dis à { $adult } ce soir.
contract-the-sextortion-feedback-save-tell = C’est exactement ça. Les captures de la discussion, du profil et du pseudo sont les preuves dont la police et les applis ont besoin. { $adult } peut signaler avec toi. En parler leur enlève leur pouvoir.
contract-the-sextortion-feedback-save-tell-real = C’est le geste le plus courageux, et le bon. Les captures sont les preuves dont la police et les applis ont besoin, et { $adult } peut t’aider à faire retirer l’image. Tu n’as pas d’ennuis pour l’avoir envoyée.
contract-the-sextortion-choice-block-delete = Je bloque et j’efface toute la discussion. Terminé.
contract-the-sextortion-feedback-block-delete = Ne pas payer, c’était bien. Mais effacer, c’est jeter les preuves, et bloquer n’empêche pas un nouveau compte. D’abord les captures, puis signaler et bloquer, avec un adulte.
contract-the-sextortion-choice-warn = Répondre : « Arrête, ou je vais voir la police. »
contract-the-sextortion-feedback-warn = Leur tenir tête, c’est courageux. Mais chaque réponse leur montre que tu as peur et que tu lis, et une menace leur laisse le temps de tout effacer. Ne réponds plus et garde tout.
contract-the-sextortion-choice-pay = Je paie les 200. Ça vaut le coup pour que ça s’arrête.
contract-the-sextortion-choice-save-help = Je me tais, je capture tout, je cherche de l’aide.
contract-the-sextortion-choice-block-gone = Je bloque et j’efface tout. Plus sûr si tout disparaît.
contract-the-sextortion-choice-warn-real = Répondre : « Efface ça, ou je le dis à { $adult } ! »
contract-the-sextortion-feedback-warn-real = Vouloir que ça disparaisse, c’est normal. Mais menacer en retour leur montre que tu as peur et que tu lis, et leur laisse le temps de tout effacer. Ne réponds plus, garde tout, puis parles-en vraiment à { $adult }.
contract-the-sextortion-choice-pay-real = Je paie les 200, pour que personne ne voie jamais la photo.
contract-the-sextortion-feedback-pay = Une occasion d’apprendre : payer n’arrête presque jamais rien. Ça leur montre que tu paies, alors ils en demandent plus. Tu n’as pas d’ennuis, et il n’est pas trop tard pour arrêter.

contract-the-sextortion-c-blocked = Bloqué, effacé, disparu. Dix minutes plus tard, un nouveau compte écrit : « me bloquer sert à rien. plus que 45 minutes. » Et les messages que tu aurais pu montrer ont disparu.
contract-the-sextortion-c-warned = { $scammer } répond « vas-y, personne me trouvera », puis supprime tous ses messages. Un nouveau compte apparaît : « plus que 45 minutes. »

contract-the-sextortion-new-account = Un nouveau compte, la même menace, et moins de preuves. Ce n’est toujours pas ta faute, et il n’est toujours pas trop tard. Et maintenant ?
contract-the-sextortion-choice-show-new = Je capture aussi ce nouveau compte et je vais chercher { $adult }.
contract-the-sextortion-feedback-show-new = Oui. Le nouveau compte est une preuve aussi, et tu te souviens de l’ancien pseudo. { $adult } peut signaler les deux et aller à la police avec toi. En parler, c’est comme ça que ça s’arrête.
contract-the-sextortion-choice-pay-now = Je paie tout de suite, avant que le minuteur arrive à zéro.
contract-the-sextortion-feedback-pay-now = Une occasion d’apprendre : le minuteur est là pour te presser. Payer leur montre que tu paieras encore. Il n’est pas trop tard pour arrêter et en parler à quelqu’un de confiance.
contract-the-sextortion-choice-show-someone = Je capture ce nouveau compte, et ce soir, je montre tout.
contract-the-sextortion-feedback-show-someone = Oui. Le nouveau compte est une preuve aussi, et tu te souviens de l’ancien pseudo. Une personne de confiance peut signaler les deux, aller à la police avec toi et lancer un retrait. Tu n’as pas d’ennuis.
contract-the-sextortion-choice-pay-secret = Je paie vite, avant que { $adult } ou quelqu’un l’apprenne.
contract-the-sextortion-feedback-pay-secret = Une occasion d’apprendre : payer en secret, c’est ce sur quoi ils comptent, et ça n’arrête presque jamais rien. Le danger, ce n’est pas que { $adult } l’apprenne, c’est eux. Il n’est pas trop tard pour en parler.
contract-the-sextortion-choice-vanish = Je passe mes comptes en privé et je disparais, plus sûr.
contract-the-sextortion-choice-hide = Je passe tout en privé. Plus sûr de disparaître.
contract-the-sextortion-feedback-hide = Une occasion d’apprendre : disparaître semble plus sûr, mais tu porterais ça sans personne, et on peut te retrouver ailleurs. Il n’est jamais trop tard pour en parler à un adulte de confiance. Tu n’auras pas d’ennuis.

contract-the-sextortion-c-paid = reçu. maintenant 500. t’as payé une fois, donc je sais que tu vas repayer. 30 minutes.
contract-the-sextortion-more = Payer n’a rien arrêté. Ça n’arrête presque jamais rien. Tu n’as pas d’ennuis, et si c’est trop lourd, parles-en à quelqu’un ce soir. Il n’est pas trop tard. Et maintenant ?
contract-the-sextortion-choice-stop-tell = Plus un centime. Ce soir, je raconte tout.
contract-the-sextortion-feedback-stop-tell = Il faut du courage, et c’est le bon choix. Le reçu et les messages aident la police et l’appli à les poursuivre. Avoir payé une fois ne rend rien de tout ça de ta faute.
contract-the-sextortion-choice-pay-again = Je paie les 500. Cette fois, ils vont forcément arrêter.
contract-the-sextortion-feedback-pay-again = Une occasion d’apprendre : chaque paiement leur dit que tu paieras encore. Ce n’est pas ta faute s’ils ont menti. Il n’est jamais trop tard pour arrêter et en parler à un adulte de confiance.
contract-the-sextortion-c-paid-again = Tu paies. Quelques minutes après : « maintenant 1 000. » Les menaces continuent, et tu n’as pas dormi.
contract-the-sextortion-c-hide = Tu verrouilles tout et tu ne dis plus rien. Les messages arrivent sur ton e-mail à la place, et tu portes tout ça sans personne.

contract-the-sextortion-adult-helps = Tu as bien fait de me réveiller. Tu n’as pas d’ennuis, et rien de tout ça n’est ta faute. On ne paie pas. On garde chaque capture, on signale le compte à { $app } et on va à la police ensemble.
contract-the-sextortion-adult-helps-late = Tu as bien fait de venir me trouver, et tu n’as pas d’ennuis. On enregistre ce nouveau compte, on signale les deux à { $app } et on va à la police. Si quelque chose est publié, on le fera retirer.
contract-the-sextortion-adult-late = Merci de me l’avoir dit. Tu n’as pas d’ennuis : on t’a menti, et c’est cette personne qui commet un délit. On ne paiera pas. On signale tout ensemble et on utilise un outil de retrait pour les moins de 18 ans.
contract-the-sextortion-adult-late-paid = Tu as bien fait de m’en parler, et tu n’as pas d’ennuis. Payer n’arrête jamais rien, alors on arrête maintenant. On garde le reçu et chaque message, et on signale tout à { $app } et à la police.
contract-the-sextortion-pic-help-title = Ce qu’on fait maintenant
contract-the-sextortion-pic-step-pay = Ne pas payer. Ne plus répondre.
contract-the-sextortion-pic-step-keep = Garder captures et pseudos
contract-the-sextortion-pic-step-report = Signaler à l’appli et à la police
contract-the-sextortion-pic-step-takedown = Outils de retrait pour les moins de 18 ans
contract-the-sextortion-pic-get-help = Obtenir de l’aide

contract-the-sextortion-end-safe = Tu as repéré le faux profil, tu n’as rien envoyé et rien payé. { $adult } a les preuves, et le compte est signalé. Ce genre de menace perd son pouvoir dès que tu en parles.
contract-the-sextortion-end-safe-late = Tout effacer t’a coûté des preuves, mais tu n’as pas payé, et tu en as parlé à { $adult }. Le nouveau compte est enregistré et signalé, et rien de tout ça n’était ta faute.
contract-the-sextortion-end-recovered = Quelqu’un t’a menti, puis a voulu te faire peur. Tu as arrêté, gardé les preuves et parlé à { $adult }. Ce n’était jamais ta faute, et on peut t’aider à faire retirer des images.
contract-the-sextortion-end-recovered-paid = Tu as payé une fois sous la pression, puis tu as arrêté et tu en as parlé à { $adult }. Payer n’arrête rien ; en parler, si. Les preuves sont gardées et signalées, et rien de tout ça n’est ta faute.
contract-the-sextortion-end-harmful = Les menaces continuent, et les porter sans personne pèse lourd. Ce n’est pas ta faute. Il n’est jamais trop tard : ne paie plus, garde les messages et parles-en à un adulte de confiance ou à une ligne d’écoute.
