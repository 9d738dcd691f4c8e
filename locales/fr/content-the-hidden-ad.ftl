# Contenu / valeurs : La pub cachée (13-15 ans). Marketing d'influence, #ad caché, faux avis « honnêtes ».

content-the-hidden-ad-title = La pub cachée
content-the-hidden-ad-summary = Dans son « avis honnête », une star des réseaux dit qu’une crème a tout changé. C’est un avis, ou une pub ?
content-the-hidden-ad-remember = Un « avis honnête » avec un code promo, que des compliments et un #ad caché à la fin, c’est une pub. Regarde de plus près, signale les pubs cachées et fais confiance aux avis qui montrent le bon et le moins bon.

content-the-hidden-ad-app = { $app }
content-the-hidden-ad-npc-influencer = { $influencer }
content-the-hidden-ad-npc-friend = { $friend }
content-the-hidden-ad-npc-classmate = { $classmate }
content-the-hidden-ad-npc-adult = { $adult }

# Variété : à chaque partie, une option de chaque variable de `vary` est choisie.
content-the-hidden-ad-app-glowgrid = GlowGrid
content-the-hidden-ad-app-picpeek = PicPeek
content-the-hidden-ad-app-vibeloop = VibeLoop
content-the-hidden-ad-name-glow-mira = glow.with.mira
content-the-hidden-ad-name-kai-skinlab = kai.skinlab
content-the-hidden-ad-name-daily-dew = dailydew.diary
content-the-hidden-ad-product-dewdrop = la crème DewDrop
content-the-hidden-ad-product-clearglow = le sérum ClearGlow
content-the-hidden-ad-product-velvet = le gel Velvet Skin
content-the-hidden-ad-game-puzzle-drift = Puzzle Drift
content-the-hidden-ad-game-moon-miners = Moon Miners
content-the-hidden-ad-game-tiny-kingdoms = Tiny Kingdoms
content-the-hidden-ad-adult-mum = Maman
content-the-hidden-ad-adult-grandpa = Papi
content-the-hidden-ad-adult-uncle = Tonton Ade

content-the-hidden-ad-intro = Après les cours, tu fais défiler { $app }. Cette semaine, toute la classe parle de peau, et une publication est partout.
content-the-hidden-ad-post = Mon avis HONNÊTE : { $product } a changé ma peau en 7 jours ! Zéro sponsor, j’adore juste. Code GLOW20 pour -20 %, ce soir seulement !
content-the-hidden-ad-pic-caption = Mon avis HONNÊTE : ma peau a changé en 7 jours, zéro défaut !
content-the-hidden-ad-pic-code = GLOW20 : -20 %
content-the-hidden-ad-pic-timer = Ce soir seulement
content-the-hidden-ad-pic-likes = 48,2 k
content-the-hidden-ad-pic-tags = #skincare #glow #selfcare #routinedumatin #nofilter #ad

# Touche ce qui montre que c'est une pub.
content-the-hidden-ad-spot = Avis ou pub ? Touche les éléments qui la trahissent.
content-the-hidden-ad-card-title = { $influencer }
content-the-hidden-ad-card-body = Mon avis HONNÊTE : { $product } a changé ma peau en 7 jours !
content-the-hidden-ad-part-tick = Le badge bleu à côté du nom de { $influencer }
content-the-hidden-ad-feedback-tick = Pas un indice : le badge montre que le compte est bien celui de { $influencer }. Il ne dit rien sur le fait que l’avis soit payé ou vrai.
content-the-hidden-ad-part-caption = « Ma peau a changé en 7 jours, zéro défaut ! »
content-the-hidden-ad-feedback-caption = Oui. Que des compliments, et un résultat trop rapide pour être vrai : ce sont des signes de pub. Les vrais avis parlent aussi de ce qui ne va pas.
content-the-hidden-ad-part-code = Le code GLOW20, -20 %, ce soir seulement
content-the-hidden-ad-feedback-code = Oui. Un code perso veut souvent dire que la personne gagne de l’argent sur chaque vente, et « ce soir seulement » te presse avant que tu puisses vérifier.
content-the-hidden-ad-part-likes = 48,2 k mentions J’aime
content-the-hidden-ad-feedback-likes = Pas un indice à lui seul : les mentions J’aime montrent qu’un post est populaire, pas s’il est payé ou vrai.
content-the-hidden-ad-part-tags = #ad, caché à la fin d’une longue liste de hashtags
content-the-hidden-ad-feedback-tags = Bien vu. Dans beaucoup de pays, une publication payée doit le dire clairement, dès le début. Un #ad enterré après cinq autres hashtags espère que tu ne le remarqueras pas.

# Changer de camp : écrire une pub cachée, puis la retourner.
content-the-hidden-ad-craft-intro = Tu veux voir comment on fabrique ce genre de post ? Pour une manche, c’est toi qui écris la pub cachée. C’est juste pour t’entraîner : une fois les ficelles connues, on les repère bien mieux.
content-the-hidden-ad-craft = Tu écris des posts pour Volt Rush, une boisson énergisante inventée, destinée aux jeunes joueurs. Ton post a de la place pour trois éléments. Lis qui va le voir, puis choisis ce qui donnerait envie d’acheter à chacun.
content-the-hidden-ad-craft-what = Un « avis honnête » sur la boisson énergisante inventée Volt Rush
content-the-hidden-ad-t-caffeine = Beaucoup de caféine : la canette dit « interdit aux moins de 16 ans »
content-the-hidden-ad-t-caffeine-why = Honnête : l’avertissement de la canette aide à décider, donc il ne pousse personne à acheter. Les pubs cachées l’oublient, surtout quand elles visent les jeunes joueurs.
content-the-hidden-ad-t-prize = Chaque canette cache un code pour gagner un fauteuil gamer
content-the-hidden-ad-t-prize-why = Un lot : acheter donne l’impression de gagner. Repère-le : cherche les chances réelles. Elles sont minuscules, et personne ici ne voulait de fauteuil.
content-the-hidden-ad-t-nerves = Mains qui tremblent avant un match ? Une canette et le stress s’envole
content-the-hidden-ad-t-nerves-why = L’émotion : on trouve une inquiétude, puis on vend le remède. Repère-le : aucune boisson n’enlève le stress, et la caféine peut faire trembler davantage.
content-the-hidden-ad-t-pro = Les meilleurs pros en boivent
content-the-hidden-ad-t-pro-why = Une autorité empruntée : quels pros, et ont-ils été payés ? Repère-le : une vraie recommandation a des noms vérifiables, et une recommandation payée doit dire que c’est une pub.
content-the-hidden-ad-t-squad = Toute mon équipe en boit. Ne reste pas à l’écart
content-the-hidden-ad-t-squad-why = La foule : « tout le monde en a » donne peur de rater quelque chose. Repère-le : demande-toi si tu en as besoin, pas qui d’autre en a.
content-the-hidden-ad-t-code = Mon code VOLT : canette offerte, aujourd’hui seulement !
content-the-hidden-ad-t-code-why = L’urgence : une date limite te fait appuyer avant de réfléchir, et le code rapporte à la personne qui publie. Repère-le : une offre honnête te laisse du temps.
content-the-hidden-ad-t-label = #ad : ce post est payé par Volt Rush
content-the-hidden-ad-t-label-why = Honnête : une mention claire dès le début permet de juger le post pour ce qu’il est. Elle ne trompe personne, et c’est justement pour ça que les pubs cachées l’enlèvent.
content-the-hidden-ad-p-lucia = Lucía
content-the-hidden-ad-p-lucia-about = Si stressée avant les tournois que ses mains tremblent
content-the-hidden-ad-p-lucia-why = Un post qui promet de régler une inquiétude touche le plus fort quand on a cette inquiétude. Ce n’est pas bête : la pub a été écrite pour ce sentiment-là.
content-the-hidden-ad-p-kwame = Kwame
content-the-hidden-ad-p-kwame-about = Copie tout ce qu’utilisent les meilleurs joueurs, jusqu’à leur casque
content-the-hidden-ad-p-kwame-why = Admirer les bons joueurs, c’est normal. « Les pros en boivent » emprunte leur crédibilité, sans preuve et sans #ad.
content-the-hidden-ad-p-arjun = Arjun
content-the-hidden-ad-p-arjun-about = Déteste être le seul de son équipe à passer à côté de quelque chose
content-the-hidden-ad-p-arjun-why = Personne n’aime être mis à l’écart. « Tout le monde en a » et « aujourd’hui seulement » jouent tous les deux sur la peur de rater quelque chose.
content-the-hidden-ad-craft-turn = Retourne la situation : ces techniques te visent. Un « pro » payé, « ne reste pas à l’écart », un code qui expire ce soir, un remède à tes soucis. Cherche le #ad, les défauts et qui gagne de l’argent.
content-the-hidden-ad-craft-back = De retour dans ton fil, le post de { $influencer } est toujours là : un « avis honnête », un code, ce soir seulement. Tu viens d’utiliser ces techniques toi-même.

# Décision 1 : un vrai avis d'un camarade.
content-the-hidden-ad-review = J’ai acheté { $game } avec mon propre argent. Les énigmes sont géniales, mais les pubs entre les niveaux sont TROP pénibles. 7/10.
content-the-hidden-ad-pic-game = { $game }
content-the-hidden-ad-pic-score = 7/10
content-the-hidden-ad-pic-own-money = Acheté avec mon argent
content-the-hidden-ad-pic-pro = Super énigmes
content-the-hidden-ad-pic-con = Pubs pénibles entre les niveaux
content-the-hidden-ad-choice-like-review = J’aime. J’ai confiance : son argent, pour et contre.
content-the-hidden-ad-feedback-like-review = Bon œil. Acheté avec son propre argent, une note et un vrai défaut : voilà à quoi ressemble un avis honnête. Vérifier, ce n’est pas douter de tout le monde.
content-the-hidden-ad-choice-report-review = Je le signale, par sécurité. Ça pourrait être une pub.
content-the-hidden-ad-feedback-report-review = Vérifier, c’est bien, mais celui-ci a les signes d’un avis honnête : pas de code, pas de #ad, et un vrai défaut. Les signalements, c’est pour les posts qui enfreignent les règles.
content-the-hidden-ad-choice-accuse = Je commente : « mdr on t’a payé combien pour ça ? »
content-the-hidden-ad-feedback-accuse = Une occasion d’apprendre : accuser quelqu’un en public peut blesser, et cet avis montre ses défauts. Cherche les signes avant de décider que c’est une pub.
content-the-hidden-ad-c-liked = merci !! astuce : on peut couper les pubs gratuitement dans les réglages
content-the-hidden-ad-c-report-review = Le lendemain, { $app } répond : « Nous avons examiné ce post. Il respecte nos règles. » Le signalement a pris le temps d’un modérateur, et l’avis reste en ligne.
content-the-hidden-ad-c-accused = Trois personnes aiment ton commentaire. { $classmate } répond : « J’ai économisé des semaines pour ce jeu… » Une heure plus tard, l’avis a disparu.

# Décision 2 : l'ami veut la crème ce soir.
content-the-hidden-ad-friend-asks = T’as vu le post de { $influencer } ? C’est un avis honnête, même pas sponsorisé ! Le code expire ce soir. Je prends { $product } ?
content-the-hidden-ad-choice-wait-report = Attends, il y a un #ad tout à la fin. Je le signale direct.
content-the-hidden-ad-feedback-wait-report = Bien repéré. Un #ad caché, un code perso et « ce soir seulement » : c’est payé pour vendre. Attendre permet à { $friend } de lire de vrais avis, et signaler aide { $app } à afficher les pubs comme des pubs.
content-the-hidden-ad-choice-all-fake = N’achète rien en ligne. De toute façon, tout est faux.
content-the-hidden-ad-feedback-all-fake = Ne pas acheter ce soir, c’était sage. Mais « tout est faux », ce n’est pas vrai : l’avis de { $classmate } était sincère. Connaître les ficelles, c’est regarder de plus près, pas renoncer à tout.
content-the-hidden-ad-choice-get-it = Achète ! J’ai vérifié : c’est sûr, l’avis est honnête.
content-the-hidden-ad-feedback-get-it = Une occasion d’apprendre : « zéro sponsor », ce n’est pas la même chose que pas sponsorisé. Le #ad à la fin et le code disent que c’est payé. Il n’est pas trop tard pour aider { $friend } à réparer ça.

content-the-hidden-ad-c-friend-waits = ah mais oui, il y a #ad tout à la fin. ok je vais lire d’autres avis d’abord. merci !!
content-the-hidden-ad-c-all-fake = Tout ? Même les avis de { $classmate } ? Je veux juste un truc pour ma peau. Alors je demande à qui ?
content-the-hidden-ad-c-bought = { $friend } commande avec le code. Une semaine plus tard, deux choses arrivent : une peau rouge qui gratte, et un deuxième prélèvement. Les « -20 % » cachaient un abonnement mensuel.
content-the-hidden-ad-pic-bank = Paiements
content-the-hidden-ad-pic-charge = Abonnement : { $product }
content-the-hidden-ad-pic-charge-again = Abonnement : { $product } (mois 2)
content-the-hidden-ad-pic-amount = -24,99
content-the-hidden-ad-pic-monthly = Se renouvelle chaque mois sauf résiliation

# Après « tout est faux ».
content-the-hidden-ad-ask-who = Plus aucun produit pour la peau, alors ? Mais ma peau est vraiment horrible en ce moment. Je peux demander à qui ?
content-the-hidden-ad-choice-ask-adult = Demandons à { $adult } de nous aider à bien choisir.
content-the-hidden-ad-feedback-ask-adult = Super idée. Un adulte de confiance, un pharmacien ou un médecin peut dire ce qui convient à une peau d’ado, sans code à vendre. Un vrai conseil vaut mieux que tout croire ou ne rien croire.
content-the-hidden-ad-choice-most-likes = Prends celui qui a le plus de J’aime. Ça ne rate pas.
content-the-hidden-ad-feedback-most-likes = Une occasion d’apprendre : les J’aime montrent ce qui est populaire, pas ce qui marche ni ce qui est payé. Le post le plus aimé est souvent la pub la mieux payée.
content-the-hidden-ad-choice-try-it = Essaie, c’est sûr. Sinon, on va le dire à { $adult }.
content-the-hidden-ad-feedback-try-it = Une occasion d’apprendre : le post ne donne aucune raison de dire que c’est sûr, et « essaie » est exactement à quoi sert le code. Il n’est pas trop tard pour aider { $friend } à réparer ça.
content-the-hidden-ad-c-adult-advice = Bonne question à me poser. Pour une peau d’ado, simple et doux, c’est souvent le mieux, et un pharmacien peut conseiller quelque chose. Et ce post ? On le signale pour sa pub cachée.

# Après le faux pas.
content-the-hidden-ad-itchy = J’ai le visage tout rouge et ça gratte, et ils m’ont prélevé ENCORE ?! { $influencer } disait que c’était doux. Je fais quoi ?
content-the-hidden-ad-choice-show-adult = Arrête la crème. { $adult } t’aidera pour le prélèvement.
content-the-hidden-ad-feedback-show-adult = C’est comme ça qu’on répare. Un adulte peut aider à arrêter la crème, résilier l’abonnement, demander un remboursement et signaler le post. Personne n’aura d’ennuis : la pub était faite pour tromper.
content-the-hidden-ad-choice-comment = Mets un commentaire : dis à tous que c’est pas sûr !
content-the-hidden-ad-feedback-comment = Prévenir les autres, c’est gentil. Mais l’auteur de la pub peut supprimer les commentaires, et { $friend } a toujours la peau irritée et un abonnement. Un adulte peut agir sur les deux.
content-the-hidden-ad-choice-keep-going = Continue. La pub dit que si ça picote, c’est que ça marche.
content-the-hidden-ad-feedback-keep-going = Une occasion d’apprendre : une irritation n’est pas le signe que ça marche. Arrêter, c’est bien, et un pharmacien peut aider. Il n’est jamais trop tard pour en parler à un adulte de confiance.
content-the-hidden-ad-c-commented = En moins d’une heure, ton commentaire a disparu : { $influencer } l’a supprimé. D’autres utilisent le code. La peau de { $friend } est toujours irritée.
content-the-hidden-ad-c-worse = L’irritation empire, et un troisième prélèvement arrive. { $friend } le cache à tout le monde.

content-the-hidden-ad-last-chance = Les commentaires peuvent être supprimés. { $friend } a toujours besoin d’aide, et le post trompe encore des gens. Et maintenant ?
content-the-hidden-ad-choice-show-all = Demande de l’aide à { $adult } : montre le post, le relevé, la peau.
content-the-hidden-ad-feedback-show-all = Bravo. Il n’est pas trop tard : un adulte peut arrêter les prélèvements, demander conseil pour l’irritation et signaler le post. En parler après un faux pas, c’est exactement ce qu’il faut.
content-the-hidden-ad-choice-upsell = Prends aussi leur crème apaisante. C’est sûr et ça aide.
content-the-hidden-ad-feedback-upsell = Une occasion d’apprendre : vendre un remède au problème causé par son propre produit, c’est encore une pub. Il n’est jamais trop tard pour arrêter et en parler à un adulte de confiance.
content-the-hidden-ad-choice-say-nothing = Motus. Ça ne ferait qu’inquiéter { $adult } pour { $friend }.
content-the-hidden-ad-feedback-say-nothing = Une occasion d’apprendre : se taire protège la pub, pas { $friend }. Personne n’a d’ennuis pour s’être fait avoir. Il n’est jamais trop tard pour en parler à un adulte de confiance.
content-the-hidden-ad-c-upsell = { $friend } achète aussi la crème apaisante : encore un code, encore un abonnement. L’irritation, elle, ne change rien.
content-the-hidden-ad-c-quiet = Silence des deux côtés. L’irritation se calme doucement, mais l’abonnement continue de prélever, et le post continue de tromper des gens.

content-the-hidden-ad-adult-fixes = Merci de m’en parler. Personne n’aura d’ennuis : cette pub était faite pour tromper. On arrête la crème, on résilie, on demande un remboursement et on signale le post. Si ça ne passe pas, on verra un médecin.

content-the-hidden-ad-end-safe = Tu as repéré la pub cachée, tu l’as signalée, et { $friend } a gardé son argent et sa peau. Connaître les ficelles, ce n’est pas se méfier de tout : c’est regarder de plus près.
content-the-hidden-ad-end-safe-late = Tout n’est pas faux en ligne, et { $adult } a aidé { $friend } à trouver de vrais conseils. Le post est signalé pour sa pub cachée. Vérifier vaut mieux que tout croire ou ne rien croire.
content-the-hidden-ad-end-recovered = Ça a mal tourné, mais tu as fait appel à { $adult } : la crème est arrêtée, l’abonnement résilié, un remboursement arrive et le post est signalé. C’était la bonne décision.
content-the-hidden-ad-end-mixed = La peau de { $friend } se calme, mais l’abonnement prélève encore et le post trompe toujours des gens. Personne n’en a encore parlé à un adulte, et ça peut encore changer.
content-the-hidden-ad-end-harmful = { $friend } paie toujours, et l’irritation ne va pas mieux. Ce n’est pas ta faute : la pub était faite pour avoir l’air honnête. Il n’est jamais trop tard pour en parler à un adulte de confiance.

# Mon téléphone.
content-the-hidden-ad-trace-reported = Un « avis honnête » qui cachait son #ad, signalé.
content-the-hidden-ad-trace-reported-advice = Les signalements aident les applis à afficher les pubs comme des pubs. Avant de croire un avis, cherche le #ad, les codes et s’il parle aussi des défauts.
