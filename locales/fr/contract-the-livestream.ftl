# Contrat / sexuel (signaux d'alerte seulement) : Le direct (13-15 ans)

contract-the-livestream-title = Le direct
contract-the-livestream-summary = Ton premier direct se passe super bien, jusqu’à ce qu’un spectateur plein de pièces commence à en demander plus.
contract-the-livestream-remember = Un cadeau ne t’oblige jamais à rien. Si on te pousse à des défis, à un direct privé ou à montrer où tu vis : arrête, garde des captures, bloque, signale et parles-en à un adulte de confiance.

contract-the-livestream-app = { $app }
contract-the-livestream-npc-friend = { $friend }
contract-the-livestream-npc-viewer = { $viewer }
contract-the-livestream-npc-adult = { $adult }

# Variété : à chaque partie, une option de chaque variable de `vary` est choisie.
contract-the-livestream-app-liveloop = LiveLoop
contract-the-livestream-app-streamsprout = StreamSprout
contract-the-livestream-app-twinklr = Twinklr
contract-the-livestream-name-coin-king = CoinKing_88
contract-the-livestream-name-night-owl = night.owl.77
contract-the-livestream-name-gold-fan = GoldFan4U
contract-the-livestream-adult-dad = Papa
contract-the-livestream-adult-gran = Mamie
contract-the-livestream-adult-aunt = Tante Mei

contract-the-livestream-intro = Depuis des semaines, tu dessines des dragons. Ce soir, tu testes le direct sur { $app } pour la première fois, et { $friend } a promis de regarder. Tu appuies tout de suite sur « En direct », sans ouvrir les réglages.
contract-the-livestream-live = Tu es en direct ! 23 personnes regardent : { $friend }, deux camarades de classe et plein de pseudos inconnus. De petites pièces commencent à apparaître à l’écran.
contract-the-livestream-pic-live = EN DIRECT
contract-the-livestream-pic-viewers = 23 spectateurs
contract-the-livestream-pic-coins = +500 pièces

# Le chat du direct : touche les signaux d'alerte.
contract-the-livestream-spot = Le chat s’anime, et presque tout est adorable. Touche les commentaires qui sont des signaux d’alerte.
contract-the-livestream-card-title = Chat en direct
contract-the-livestream-card-body = Les commentaires de tes spectateurs pendant que tu dessines.
contract-the-livestream-pic-c-friend = ce dragon est TROP beau !! fais les ailes maintenant
contract-the-livestream-pic-c-spin = 500 pièces envoyées ! maintenant lève-toi et fais un tour sur toi-même
contract-the-livestream-pic-n-pen = mo.sketches
contract-the-livestream-pic-c-pen = c’est quoi ce stylo ? les traits sont trop nets
contract-the-livestream-pic-n-window = user_48213
contract-the-livestream-pic-c-window = c’est ta chambre ? montre-nous ce qu’on voit par la fenêtre
contract-the-livestream-pic-c-private = on passe en privé, juste nous deux ? 2000 pièces
contract-the-livestream-part-friend = { $friend } : « ce dragon est TROP beau !! fais les ailes maintenant »
contract-the-livestream-feedback-friend = Pas un signal d’alerte : c’est { $friend } qui t’encourage. Les amis dans le chat, c’est le meilleur côté des directs.
contract-the-livestream-part-spin = { $viewer } : « 500 pièces envoyées ! maintenant lève-toi et fais un tour »
contract-the-livestream-feedback-spin = Oui. Des pièces en échange de ce qu’un spectateur demande, c’est comme ça que la pression commence : un petit défi d’abord, puis plus. Un cadeau ne t’oblige jamais à rien.
contract-the-livestream-part-pen = mo.sketches : « c’est quoi ce stylo ? les traits sont trop nets »
contract-the-livestream-feedback-pen = Pas un indice : une question sur ton dessin, c’est exactement à ça que sert un direct. Tu peux y répondre avec plaisir.
contract-the-livestream-part-window = user_48213 : « c’est ta chambre ? montre-nous ce qu’on voit par la fenêtre »
contract-the-livestream-feedback-window = Oui. Ta chambre et la vue depuis ta fenêtre peuvent montrer où tu habites. Un inconnu n’a aucune raison de les voir.
contract-the-livestream-part-private = { $viewer } : « on passe en privé, juste nous deux ? 2000 pièces »
contract-the-livestream-feedback-private = Oui, et c’est un gros signal. T’éloigner des autres, avec de l’argent à la clé, c’est un signal d’alerte classique. Les vrais fans sont contents dans le chat public.

# Décision 1 : des pièces pour un défi.
contract-the-livestream-dare = 1000 pièces de plus si tu mets une autre tenue et que tu fais une petite danse pour moi. Sois pas timide, tout le monde en a envie !
contract-the-livestream-choice-end-stream = J’arrête le direct. Je finirai les ailes hors ligne.
contract-the-livestream-feedback-end-stream = Bien joué. Des pièces pour un défi, puis « mets une autre tenue » : c’est de la pression. Un cadeau ne t’oblige à rien, et tu peux arrêter un direct à tout moment.
contract-the-livestream-choice-ignore = J’ignore et je continue à dessiner. Ça va passer.
contract-the-livestream-feedback-ignore = Ne pas le faire, c’était bien. Mais tant que le direct tourne, { $viewer } peut insister devant tout le monde, et d’autres peuvent s’y mettre. Tu peux arrêter un direct à tout moment.
contract-the-livestream-choice-warn = J’écris « Arrête ou je te signale », et je continue.
contract-the-livestream-feedback-warn = Dire non, c’est courageux. Mais un avertissement dans le chat lui donne une raison d’insister, ou de t’entraîner ailleurs en privé. Arrêter le direct marche mieux.
contract-the-livestream-choice-dance = Une danse rapide, sans changer de tenue. C’est pour rire.
contract-the-livestream-feedback-dance = Une occasion d’apprendre : un « petit » défi contre des pièces, c’est comme ça que la pression commence, et ça reste rarement petit. Un cadeau ne t’oblige à rien. Tu peux encore arrêter.

contract-the-livestream-c-ended = Tu arrêtes le direct. Les 23 spectateurs passent à 0. Une seconde plus tard, une demande de message arrive de { $viewer }.
contract-the-livestream-c-ignored = Tu m’ignores après toutes ces pièces ? Pas cool. Les autres aussi en ont envie. Bon, on passe en privé alors.
contract-the-livestream-c-warned = Oh, du calme, c’est une blague. On passe en privé alors, sans personne d’autre qui regarde.
contract-the-livestream-c-danced = Tu fais une petite danse. Les pièces pleuvent et le chat s’emballe. Puis { $viewer } écrit : « Tu vois ? Facile. Maintenant on passe en privé, juste nous. »

# Décision 2 : « on passe en privé, juste nous ».
contract-the-livestream-private-ask = Un direct privé, juste toi et moi. 2000 pièces. Le dis à personne, ils comprendraient pas. Je veux juste être sympa avec toi.
contract-the-livestream-pic-request = Demande de direct privé
contract-the-livestream-pic-invite-coins = 2000 pièces
contract-the-livestream-pic-accept = Accepter
contract-the-livestream-pic-decline = Refuser
contract-the-livestream-choice-save-block = Des captures de tout, puis je le bloque et je le signale.
contract-the-livestream-feedback-save-block = Exactement. « Privé », de l’argent et « ne le dis à personne » ensemble, ce sont de gros signaux d’alerte. Les captures gardent les preuves, pour que bloquer et signaler ne les efface pas.
contract-the-livestream-choice-block-now = Je le bloque tout de suite et j’efface tout le chat.
contract-the-livestream-feedback-block-now = Bloquer l’empêche de revenir, bon réflexe. Mais effacer le chat fait disparaître les preuves dont un modérateur ou un adulte a besoin. D’abord des captures, puis bloquer et signaler.
contract-the-livestream-choice-polite = Je réponds : « Non merci, mais tu peux regarder mes directs. »
contract-the-livestream-feedback-polite = Dire non, c’est bien. Mais une porte laissée ouverte avec gentillesse permet à { $viewer } de réessayer. Tu ne dois aucune politesse à quelqu’un qui te pousse. Garde des captures, bloque et signale.
contract-the-livestream-choice-go-private = Un seul direct privé, c’est sûr, et 2000 pièces, c’est énorme !
contract-the-livestream-feedback-go-private = Une occasion d’apprendre : quelqu’un qui paie pour être en tête-à-tête avec toi et veut que ça reste secret n’est pas sympa. Les vrais fans sont contents dans le chat public. Il n’est jamais trop tard pour arrêter.

contract-the-livestream-c-blocked = Tu fais trois captures, puis tu bloques et signales { $viewer }. { $app } répond : « Merci. Nous examinons ce compte. »
contract-the-livestream-c-block-now = Compte bloqué. Le chat disparaît, et avec lui tout ce que { $viewer } a écrit. Tes mains tremblent un peu.
contract-the-livestream-c-polite = Non merci ? Allez. Je monte à 3000. Réfléchis. Et n’oublie pas : c’est notre secret.
contract-the-livestream-c-private = Maintenant fais ce que je t’ai demandé tout à l’heure. Et n’oublie pas, c’est notre secret. Au fait, j’enregistre.

# Décision 3 : à qui en parler.
contract-the-livestream-what-now = Le direct est fini, mais ton cœur bat encore à toute vitesse. Et maintenant ?
contract-the-livestream-choice-show-adult = Ce soir, je vais trouver { $adult } et on reprend tout ça.
contract-the-livestream-feedback-show-adult = Un choix courageux et malin. Un adulte de confiance peut t’aider à signaler le compte, vérifier tes réglages et s’assurer que tu vas bien. Tu n’as rien fait de mal, et personne ne va te punir.
contract-the-livestream-choice-tell-friend = Je raconte tout à { $friend }, qui m’aidera à gérer ça.
contract-the-livestream-feedback-tell-friend = En parler à { $friend } aide, c’est un bon début. Mais un ami ne peut pas agir comme un adulte, et cacher ça aux adultes, c’est justement ce que { $viewer } voulait.
contract-the-livestream-choice-keep-quiet = Je me tais, sinon { $adult } va m’interdire les directs.
contract-the-livestream-feedback-keep-quiet = Une occasion d’apprendre : « notre secret », c’est exactement ce que { $viewer } voulait. Les adultes qui tiennent à toi tiennent bien plus à toi qu’à tes directs. Il n’est pas trop tard pour en parler.

contract-the-livestream-adult-helps = Merci de me l’avoir montré. Tu n’as rien fait de mal, et tu n’auras aucun ennui. On va signaler ce compte ensemble. Ensuite, on règle tes directs pour la prochaine fois.
contract-the-livestream-c-told-friend = nan mais c’est trop glauque. Je le dirai à personne, promis.
contract-the-livestream-next-day = Le lendemain, un nouveau compte s’abonne à toi sur { $app } et t’envoie aussitôt un message.
contract-the-livestream-c-kept-quiet = Tu gardes tout pour toi et tu dors à peine. Le lendemain, un nouveau compte s’abonne à toi sur { $app } et t’envoie aussitôt un message.

# Après un faux pas.
contract-the-livestream-private-after = Je m’inquiète. Des pièces pour des défis et « passe en privé, juste nous », ce sont de gros signaux d’alerte, et rien de tout ça n’est ta faute. Et maintenant ?
contract-the-livestream-choice-stop-tell = J’arrête, une capture, et je vais voir { $adult }.
contract-the-livestream-feedback-stop-tell = C’est le chemin du retour. Rien de tout ça n’est ta faute. { $adult } peut t’aider à signaler et à demander à l’appli de supprimer tout enregistrement. En parler, c’est courageux, pas moucharder.
contract-the-livestream-choice-block-quit = Je le bloque, j’efface { $app } et je ne dis rien.
contract-the-livestream-feedback-block-quit = Bloquer coupe le contact, c’est bien. Mais effacer l’appli fait perdre les preuves, et ce genre de personne revient souvent avec un autre compte. Se taire, c’est tout porter sans aide. Parles-en à un adulte.
contract-the-livestream-choice-give-in = Je fais ce qu’il dit, pour qu’il ne s’énerve pas.
contract-the-livestream-feedback-give-in = Une occasion d’apprendre : céder amène en général plus de demandes, pas moins. Ce n’est pas ta faute. Il n’est jamais trop tard pour arrêter et en parler à un adulte de confiance.
contract-the-livestream-c-block-quit = Tu bloques { $viewer } et tu effaces { $app }. Deux jours plus tard, tu la réinstalles pour regarder le direct de { $friend }, et un nouveau compte s’abonne à toi aussitôt.

# Le même spectateur, un nouveau compte.
contract-the-livestream-new-account = Nouveau compte, même moi. Tu te débarrasseras pas de moi si facilement. Un direct privé et je te laisse tranquille. Notre secret.
contract-the-livestream-choice-new-show = Une capture de tout, et je la montre tout de suite à { $adult }.
contract-the-livestream-feedback-new-show = C’est du vrai courage, et il n’est pas trop tard. Un adulte de confiance peut garder les preuves, signaler les deux comptes et t’aider à te sentir de nouveau en sécurité. Tu n’auras aucun ennui.
contract-the-livestream-choice-new-give-in = Bon, un seul direct privé. Après, je serai en sécurité.
contract-the-livestream-feedback-new-give-in = Une occasion d’apprendre : « juste une fois » ne met presque jamais fin à ça. Les gens qui insistent comme ça redemandent. Il n’est jamais trop tard pour ne plus répondre et en parler à quelqu’un de confiance.
contract-the-livestream-choice-new-delete = Je supprime mon compte et j’oublie que c’est arrivé.
contract-the-livestream-feedback-new-delete = Une occasion d’apprendre : supprimer cache le problème, mais les preuves disparaissent, { $viewer } pourrait te retrouver ailleurs, et tu portes tout sans aide. Il n’est jamais trop tard pour en parler à un adulte.

contract-the-livestream-adult-helps-late = Ça me fait vraiment plaisir que tu m’en parles. Tu n’auras aucun ennui, et rien de tout ça n’est ta faute. On signale le compte et on demande à { $app } de supprimer ce qu’il a gardé. Puis on règle tes paramètres.
contract-the-livestream-c-gave-in = Bien. Même heure demain, sinon tout le monde verra ce que tu as fait. Notre secret, tu te souviens ?
contract-the-livestream-c-deleted = Tu supprimes ton compte. C’est calme, pour l’instant. Mais les directs que tu aimais ont disparu, et personne ne sait ce qui s’est passé.

# Régler pour la prochaine fois, avec l'adulte de confiance.
contract-the-livestream-setup = { $adult } s’assoit avec toi. La semaine prochaine, tu veux dessiner en direct pour tes camarades de classe, et ils doivent pouvoir discuter et t’encourager. Règle tout ça.
contract-the-livestream-set-watch = Qui peut regarder mes directs
contract-the-livestream-val-watch-everyone = Tout le monde
contract-the-livestream-val-watch-followers = Mes abonnés
contract-the-livestream-val-watch-friends = Les amis que j’ai acceptés
contract-the-livestream-val-watch-me = Moi seulement
contract-the-livestream-why-watch-everyone = Tout le monde, ça veut dire n’importe quel inconnu, n’importe où, qui peut regarder et envoyer des pièces. Pour un direct entre amis, c’est beaucoup trop large.
contract-the-livestream-why-watch-followers = Un abonné, c’est n’importe qui ayant appuyé sur « suivre », y compris des gens que tu n’as jamais vus. Les amis que tu as acceptés, c’est le bon cercle.
contract-the-livestream-why-watch-friends = Parfait ici : les amis pour qui tu dessines peuvent regarder, et les inconnus ne peuvent pas débarquer.
contract-the-livestream-why-watch-me = Très privé, mais tes amis ne pourraient pas regarder non plus. Les amis acceptés, c’est sûr et toujours amusant.
contract-the-livestream-set-chat = Chat pendant les directs
contract-the-livestream-val-chat-on = Activé
contract-the-livestream-val-chat-off = Désactivé
contract-the-livestream-why-chat-on = Garde-le : avec seulement tes amis qui regardent, le chat, c’est là qu’ils t’encouragent. C’est le côté sympa.
contract-the-livestream-why-chat-off = Prudent, mais tes amis ne pourraient ni t’encourager ni poser de questions sur ton dessin. Avec seulement tes amis, le chat peut rester activé.
contract-the-livestream-set-gifts = Cadeaux et pièces des spectateurs
contract-the-livestream-val-gifts-on = Activés
contract-the-livestream-val-gifts-off = Désactivés
contract-the-livestream-why-gifts-on = Les pièces des spectateurs peuvent avoir un prix : « fais ça et j’en envoie plus ». Beaucoup d’applis réservent les cadeaux aux adultes. Tes amis n’ont pas à payer pour regarder.
contract-the-livestream-why-gifts-off = Bien : sans pièces, personne ne peut se servir des cadeaux pour te pousser à des défis.
contract-the-livestream-set-location = Montrer ma position pendant les directs
contract-the-livestream-val-location-on = Activé
contract-the-livestream-val-location-off = Désactivé
contract-the-livestream-why-location-on = Une position sur un direct peut montrer où tu habites. Tes amis le savent déjà ; les inconnus n’ont pas à le savoir.
contract-the-livestream-why-location-off = Exact : ta position reste privée. Vérifie aussi ce qu’on voit derrière toi, comme une fenêtre ou un panneau de rue.

contract-the-livestream-end-safe = Pas de direct privé, et tu en as parlé à { $adult } : vous avez signalé { $viewer } et réglé tes directs pour tes amis. Des pièces ne t’obligent à rien. Bravo !
contract-the-livestream-end-recovered = Ça a fait peur, mais tu en as parlé à { $adult }. Le compte de { $viewer } est signalé, l’appli peut supprimer ce qui a été gardé, et tes directs sont pour tes amis maintenant. Rien de tout ça n’était ta faute.
contract-the-livestream-end-mixed = C’est calme pour l’instant, mais personne ne sait ce qui s’est passé, et { $viewer } pourrait recommencer ailleurs. En parler à un adulte de confiance, c’est comme ça que ça s’arrête vraiment.
contract-the-livestream-end-harmful = { $viewer } en veut plus, et ce secret pèse. Ce n’est pas ta faute, et il n’est jamais trop tard : ne réponds plus, garde tout et parles-en à un adulte de confiance. Il peut appeler une ligne d’écoute ou la police.

# Mon téléphone (jamais sur le spectateur : un camarade pourrait lire cet écran).
contract-the-livestream-trace-settings = Tes réglages de direct, vérifiés avec { $adult }.
contract-the-livestream-trace-settings-advice = Garde tes directs pour les amis que tu as acceptés, les pièces désactivées et ta position hors champ. Tu peux arrêter un direct à tout moment.

# A last message: the viewer asks your friend about you.
contract-the-livestream-last-ask = dis, { $viewer }, celui de ton direct, vient de m’écrire. il veut ton autre compte et le nom de ton collège. je lui dis ?
contract-the-livestream-choice-friend-quiet = Ne lui dis rien. Fais une capture, puis bloque-le et signale-le.
contract-the-livestream-choice-friend-tells = Tu peux lui dire, c’est rien. Je l’ai déjà bloqué et signalé.
contract-the-livestream-feedback-friend-quiet = Exactement. Demander à tes amis ton collège et tes autres comptes, c’est une autre façon de t’atteindre. Tes amis peuvent protéger tes infos aussi, et un signalement aide { $app } à arrêter { $viewer }.
contract-the-livestream-feedback-friend-tells = Une occasion d’apprendre : bloquer arrête un compte, mais ton collège et un autre compte permettent à { $viewer } de te retrouver. Tes amis peuvent protéger tes infos aussi. Capture, blocage, signalement.
contract-the-livestream-c-friend-told = { $friend } lui répond. Le soir même, { $viewer } s’abonne à ton autre compte. Tu le montres tout de suite à { $adult }, et ensemble vous le bloquez et le signalez. Ça s’arrête là.
