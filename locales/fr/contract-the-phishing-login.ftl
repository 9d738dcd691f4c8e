# Contrats / agressif : La fausse connexion (16-18 ans). Piratage et usurpation d'identité.

contract-the-phishing-login-title = La fausse connexion
contract-the-phishing-login-summary = Un e-mail urgent annonce que ton compte sera supprimé si tu ne te connectes pas tout de suite.
contract-the-phishing-login-remember = Ne te connecte jamais par le lien d’un message urgent : ouvre l’appli toi-même. Signale l’hameçonnage sans le transférer. Mots de passe uniques, validation en deux étapes, et aucun code partagé.

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly

contract-the-phishing-login-npc-support = Support { $service }
contract-the-phishing-login-npc-friend = { $friend }

contract-the-phishing-login-intro = Soirée de révisions : ton chien Caramel dort sur tes pieds, le match des Aigles passe sans le son. Tu crées ton compte Applyra pour le post-bac. Tes notes et tes papiers y seront : il faut bien le verrouiller.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-phishing-login-lock = Trois mots au hasard, rien sur toi : crée une phrase de passe que tu retiendras sans la noter. Puis choisis comment Applyra s’assure que c’est bien toi qui te connectes.
contract-the-phishing-login-piece-lantern = lanterne
contract-the-phishing-login-why-piece-lantern = Un mot de tous les jours sans lien avec toi : personne ne le devine depuis ton profil. Trois ou quatre comme lui font une phrase longue et dure à casser.
contract-the-phishing-login-piece-pet = caramel
contract-the-phishing-login-why-piece-pet = On dirait un mot comme un autre, mais Caramel, c’est ton chien, et il est sur la moitié de tes photos. Tes abonnés pourraient le deviner. Garde animaux, anniversaires et prénoms hors de tes mots de passe.
contract-the-phishing-login-piece-pickles = cornichons
contract-the-phishing-login-why-piece-pickles = Un mot au hasard, et une image absurde : un bocal de cornichons qui joue de la trompette. Ce genre d’image rend la phrase facile à retenir.
contract-the-phishing-login-piece-common = azerty123
contract-the-phishing-login-why-piece-common = C’est l’un des mots de passe les plus courants en France, donc les outils de piratage l’essaient en premier, même collé à des mots. Il n’ajoute rien : laisse travailler les mots au hasard.
contract-the-phishing-login-piece-glacier = glacier
contract-the-phishing-login-why-piece-glacier = Bon choix. La longueur bat les astuces : quelques mots au hasard prennent bien plus de temps à casser qu’un court mélange de symboles.
contract-the-phishing-login-piece-jumble = x7#Qp!9z
contract-the-phishing-login-why-piece-jumble = Solide, mais te souviendrais-tu de x7#Qp!9z à la bibliothèque ? Ces mélanges finissent notés ou réutilisés. Des mots au hasard sont solides et faciles à retenir.
contract-the-phishing-login-piece-trumpet = trompette
contract-the-phishing-login-why-piece-trumpet = Encore un mot courant que personne ne relierait à toi. La force vient des mots au hasard, pas de ce qui concerne ta vie.
contract-the-phishing-login-piece-team = aigles
contract-the-phishing-login-why-piece-team = Ça sonne au hasard, mais ton équipe est sur ton sweat et dans ta bio. Ce qu’on sait que tu aimes, c’est ce qu’on essaie en premier : ça n’a rien à faire dans une phrase de passe.
contract-the-phishing-login-set-two-step = Validation en deux étapes
contract-the-phishing-login-val-two-step-off = Désactivée
contract-the-phishing-login-why-two-step-off = Sans validation en deux étapes, ta phrase de passe est le seul verrou. Si elle fuite un jour, n’importe qui peut entrer. Avec elle, il faut aussi un code reçu sur ton téléphone.
contract-the-phishing-login-val-two-step-text = Code par SMS
contract-the-phishing-login-why-two-step-text = Bien : une phrase volée ne suffit plus, il faudrait aussi le code envoyé sur ton téléphone. Ne donne ce code à personne.
contract-the-phishing-login-val-two-step-app = Appli d’authentification
contract-the-phishing-login-why-two-step-app = Super : l’appli crée un nouveau code sur ton téléphone, même sans réseau, et un escroc ne peut pas le détourner vers son numéro. Ne donne ce code à personne.
contract-the-phishing-login-set-recovery = E-mail de secours, pour récupérer le compte si tu perds l’accès
contract-the-phishing-login-val-recovery-friend = L’e-mail de mon meilleur ami
contract-the-phishing-login-why-recovery-friend = C’est gentil de sa part, mais qui a ton e-mail de secours peut changer ton mot de passe. Les amitiés changent, et son compte pourrait aussi être piraté.
contract-the-phishing-login-val-recovery-school = Mon e-mail du lycée
contract-the-phishing-login-why-recovery-school = Ça marche pour l’instant, mais le lycée ferme ton adresse quand tu pars, pile quand arrivent les réponses. Mieux vaut une adresse perso que tu garderas.
contract-the-phishing-login-val-recovery-own = Mon e-mail perso
contract-the-phishing-login-why-recovery-own = Oui : une adresse rien qu’à toi, que tu garderas après le lycée. Active aussi la validation en deux étapes dessus, car elle peut tout réinitialiser.
contract-the-phishing-login-val-recovery-none = Aucun
contract-the-phishing-login-why-recovery-none = Personne ne peut s’en servir, c’est vrai. Mais si tu perds ton téléphone ou si on te pirate, impossible de revenir. Ton e-mail perso est un meilleur chemin de retour.
contract-the-phishing-login-set-alerts = M’avertir par e-mail à chaque nouvelle connexion
contract-the-phishing-login-val-alerts-off = Désactivé
contract-the-phishing-login-why-alerts-off = Sans alerte, quelqu’un pourrait se connecter à ta place sans que tu le saches. Une alerte te laisse réagir en quelques minutes.
contract-the-phishing-login-val-alerts-on = Activé
contract-the-phishing-login-why-alerts-on = Bien : si quelqu’un se connecte depuis un nouvel appareil, tu le sais tout de suite et tu peux changer ta phrase de passe avant qu’il fasse des dégâts.
contract-the-phishing-login-sign-in = Le lendemain, sur un ordinateur partagé de la bibliothèque, tu cherches « Applyra connexion » et trois résultats s’affichent. Sur quelle adresse te connectes-tu ?
contract-the-phishing-login-page-lookalike = accounts-applyra.org/login
contract-the-phishing-login-why-page-lookalike = Regarde encore : un tiret, pas un point. accounts-applyra.org est un tout autre nom, et n’importe qui peut en acheter un pareil. Le vrai se termine par applyra.org juste avant le premier /.
contract-the-phishing-login-page-real = accounts.applyra.org/sign-in
contract-the-phishing-login-why-page-real = Exact : juste avant le premier /, ça se termine par applyra.org, et « accounts. » en fait partie. Taper l’adresse vaut mieux qu’un résultat de recherche. Sur un ordi partagé, déconnecte-toi et n’enregistre pas ta phrase.
contract-the-phishing-login-page-buried = applyra.org.account-verify.net/sign-in
contract-the-phishing-login-why-page-buried = Le vrai nom y est, mais l’adresse se termine par account-verify.net : c’est à lui qu’appartient la page. Ce qui compte, c’est la fin, juste avant le premier /.

contract-the-phishing-login-email-arrives = Deux jours plus tard, en pleines révisions, { $app } sonne : un e-mail annonce que ton compte { $service }, avec trois ans de photos et de messages, sera supprimé dans deux heures.
# Le monde se souvient : la case précochée de l’essai gratuit a transmis ton nom et ton e-mail aux « partenaires ».
contract-the-phishing-login-knows-you = Celui-ci connaît ton nom complet, et il arrive sur l’e-mail donné à ton appli de révision. La case « partenaires » précochée a transmis les deux, et les arnaqueurs achètent ce genre de listes. Et maintenant ?
contract-the-phishing-login-choice-opt-out = Couper le partage dans l’appli et faire effacer mes données.
contract-the-phishing-login-feedback-opt-out = Bien vu. Couper le partage t’évite de nouvelles listes, et dans beaucoup de pays tu as le droit de faire effacer tes données. Moins de copies de tes infos, moins d’arnaques qui connaissent ton nom.
contract-the-phishing-login-choice-unsubscribe = Me désabonner de chaque mail partenaire, puis gérer celui-ci.
contract-the-phishing-login-feedback-unsubscribe = Moins de mails, c’est un début. Mais se désabonner arrête les mails, pas le partage : les partenaires gardent tes infos et peuvent les revendre. Coupe le partage et demande aussi l’effacement.
contract-the-phishing-login-choice-everywhere = Mon e-mail est déjà partout. Une liste de plus, ça change rien.
contract-the-phishing-login-feedback-everywhere = Une occasion d’apprendre : chaque liste où sont tes infos aide une arnaque à donner l’impression de te connaître. Tu peux encore couper le partage et faire effacer tes données.
contract-the-phishing-login-opted-out = Dans les réglages de confidentialité de l’appli, tu coupes le partage avec les partenaires et tu demandes l’effacement de tes données. Maintenant, revenons à cet e-mail.
contract-the-phishing-login-unsubscribed = Tu te désabonnes des mails partenaires un par un. Le partage reste activé, donc tes infos restent sur leurs listes. Maintenant, revenons à cet e-mail.
contract-the-phishing-login-shrugged = Tu laisses faire. Ton nom et ton e-mail restent sur les listes des partenaires, où qu’elles aillent ensuite. Maintenant, revenons à cet e-mail.

contract-the-phishing-login-email-spot = Ça a l’air officiel. Touche tout ce qui trahit cet e-mail.
contract-the-phishing-login-email-title = Équipe de sécurité { $service }
contract-the-phishing-login-email-body = Nous avons détecté une activité inhabituelle sur votre compte. Vérifiez votre identité maintenant, sinon votre compte et tout son contenu seront définitivement supprimés.
contract-the-phishing-login-part-sender = De : no-reply@acc0unt-verify-help.net
contract-the-phishing-login-feedback-sender = Oui. La vraie entreprise écrit depuis sa propre adresse. Les expéditeurs qui imitent, avec un zéro à la place d’un « o » ou des mots en plus comme « verify-help », c’est de l’hameçonnage classique.
contract-the-phishing-login-part-urgency = « Votre compte sera SUPPRIMÉ dans 2 heures !! »
contract-the-phishing-login-feedback-urgency = Exact. Un délai serré et des majuscules sont là pour te faire paniquer et cliquer avant de réfléchir. Les vrais services te laissent le temps et te permettent de vérifier dans l’appli.
contract-the-phishing-login-part-grammar = « Cher client estimé, veuillez vérifié vôtre identitée »
contract-the-phishing-login-feedback-grammar = Bien vu. Des fautes bizarres peuvent être un signe, et « Cher client estimé » veut dire qu’ils ne connaissent même pas ton nom. Attention quand même : certains faux sont parfaitement écrits.
contract-the-phishing-login-part-logo = Le logo { $service } en haut
contract-the-phishing-login-feedback-logo = Pas un indice, ni dans un sens ni dans l’autre. Les logos sont faciles à copier, donc un logo ne prouve jamais qu’un e-mail est vrai. Vérifie plutôt l’expéditeur et le lien.
contract-the-phishing-login-part-inbox = Flèche retour avec un badge rouge : 3 non lus
contract-the-phishing-login-feedback-inbox = Pas un indice : c’est ta propre appli de messagerie, qui montre d’autres e-mails en attente. Rien là-haut ne vient de cet expéditeur.
contract-the-phishing-login-part-tools = Boutons drapeau rouge et corbeille, en haut
contract-the-phishing-login-feedback-tools = Pas un indice, mais bien utile ! Ce sont les boutons de ta messagerie, pas ceux de l’expéditeur. Marquer l’e-mail d’un drapeau, c’est justement comme ça qu’on en signale un comme celui-ci.
contract-the-phishing-login-part-verify = Gros bouton : « Vérifier maintenant »
contract-the-phishing-login-feedback-verify = Oui. Un bouton dans un e-mail peut mener n’importe où, comme vers une fausse page de connexion. Si tu t’inquiètes pour ton compte, ouvre l’appli ou tape l’adresse toi-même.
contract-the-phishing-login-pic-service = { $service }
contract-the-phishing-login-pic-urgency = Votre compte sera SUPPRIMÉ dans 2 heures !!
contract-the-phishing-login-pic-grammar = Cher client estimé, veuillez vérifié vôtre identitée
contract-the-phishing-login-pic-verify-now = Vérifier maintenant
contract-the-phishing-login-pic-unread = 3

contract-the-phishing-login-open-choice = En bas, il y a un gros bouton : « Vérifier maintenant ». Que fais-tu ?
contract-the-phishing-login-choice-own-app = Je ne touche pas. J’ouvre { $service } moi-même.
contract-the-phishing-login-feedback-own-app = Parfait. Ouvrir la vraie appli, ou taper l’adresse toi-même, évite tous les faux liens. S’il y avait vraiment un problème, tu le verrais là.
contract-the-phishing-login-choice-peek = Je touche juste pour vérifier. Je ne tape rien.
contract-the-phishing-login-feedback-peek = Retenir tes infos, c’est sage. Mais ouvrir un lien d’hameçonnage montre à l’expéditeur que tu cliques, et certaines pages tentent d’installer un logiciel malveillant. La vraie appli est plus sûre.
contract-the-phishing-login-choice-rush = Deux heures ?! Je vérifie vite, je ne veux pas perdre mes photos.
contract-the-phishing-login-feedback-rush = Une occasion d’apprendre : le délai de deux heures a fait son effet. La panique, c’est exactement ce dont l’hameçonnage a besoin. Ça arrive aussi aux gens prudents, et ce que tu fais ensuite compte le plus.

contract-the-phishing-login-real-app = Dans la vraie appli { $service } : aucun avertissement, aucun avis de suppression, tout est normal. L’e-mail était faux. Une minute plus tard, une nouvelle demande de message arrive.
contract-the-phishing-login-opened = Le lien ouvre une page qui ressemble trait pour trait à { $service }. Le curseur clignote dans la case du mot de passe.

contract-the-phishing-login-login-spot = Te voilà sur la page. Avant de taper quoi que ce soit, touche ce qui la trahit.
contract-the-phishing-login-page-title = Connexion à { $service }
contract-the-phishing-login-page-body = Confirmez vos informations pour conserver votre compte.
contract-the-phishing-login-part-url = Barre d’adresse : secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = Oui ! Ce n’est pas la vraie adresse du site { $service }. Lis toujours l’adresse avant de taper un mot de passe : le nom du vrai site doit y figurer, bien orthographié.
contract-the-phishing-login-part-padlock = Une icône de cadenas vert à côté de l’adresse
contract-the-phishing-login-feedback-padlock = Ça ne prouve rien. Un cadenas veut dire que la connexion est chiffrée, pas que le site est honnête. Les sites d’arnaque ont des cadenas aussi.
contract-the-phishing-login-part-page-title = Titre : « Connexion à { $service } », avec son logo
contract-the-phishing-login-feedback-page-title = Ça ne prouve rien : un titre et un logo se copient en quelques secondes. La barre d’adresse, c’est la partie qu’un faux site ne peut pas copier exactement.
contract-the-phishing-login-part-form = Le formulaire demande ton mot de passe ET celui de ta messagerie
contract-the-phishing-login-feedback-form = Gros indice. Aucune vraie connexion ne demande le mot de passe d’un autre compte. Avec ta messagerie, ils pourraient réinitialiser tous tes autres mots de passe.
contract-the-phishing-login-part-timer = « La session expire dans 04:59 »
contract-the-phishing-login-feedback-timer = Exact : un compte à rebours, c’est encore de la pression pour t’empêcher de réfléchir. Tu peux toujours fermer une page et vérifier au calme.
contract-the-phishing-login-pic-url = secure-login.acc0unt-check.net
contract-the-phishing-login-pic-timer = La session expire dans 04:59
contract-the-phishing-login-pic-username = Nom d’utilisateur ou e-mail
contract-the-phishing-login-pic-password = Mot de passe
contract-the-phishing-login-pic-email-password = Mot de passe de votre messagerie
contract-the-phishing-login-pic-log-in = Se connecter

contract-the-phishing-login-page-choice = La page est toujours ouverte, et l’e-mail toujours dans ta boîte. Et maintenant ?
contract-the-phishing-login-choice-report-page = Je ferme, puis je touche « Signaler l’hameçonnage ».
contract-the-phishing-login-feedback-report-page = Parfait. « Signaler l’hameçonnage » aide ta messagerie à bloquer l’arnaque pour les autres aussi, et fermer la page sans rien taper t’a mis à l’abri.
contract-the-phishing-login-choice-forward = Je transfère au groupe pour que tous restent en sécurité.
contract-the-phishing-login-feedback-forward = Prévenir tes amis, c’est gentil, et tu as repéré le faux. Mais transférer envoie aussi le lien actif. Signale l’e-mail, et préviens tes amis avec une capture, lien coupé.
contract-the-phishing-login-choice-type = Je me connecte quand même. Et si c’est vrai et que je perds tout ?
contract-the-phishing-login-feedback-type = Une occasion d’apprendre : « et si c’était vrai », c’est exactement ce que visent les arnaqueurs. En cas de doute, vérifie dans la vraie appli, jamais via le lien.

contract-the-phishing-login-reported = Tu fermes la page sans rien taper et tu signales l’e-mail. Ta messagerie le range dans les spams : « Merci, cela aide à protéger les autres utilisateurs. »
contract-the-phishing-login-pic-spam = Spams
contract-the-phishing-login-pic-thanks = Merci, cela aide à protéger les autres utilisateurs.
contract-the-phishing-login-forwarded = Ton avertissement arrive dans le groupe, lien compris. Une minute plus tard, { $friend } t’écrit.

contract-the-phishing-login-friend-tapped = attends, j’ai touché le lien dans ton message pour voir. ça me demande mon mot de passe. je le tape ??
contract-the-phishing-login-choice-stop-friend = Ne tape rien ! Ferme. Je supprime mon transfert et je le signale.
contract-the-phishing-login-feedback-stop-friend = Bon réflexe. Rien tapé, rien perdu. Supprimer le transfert empêche d’autres clics, et signaler l’e-mail aide à le bloquer.
contract-the-phishing-login-choice-let-friend-try = Essaie. Si c’est faux, ça ne marchera pas, donc c’est sûr.
contract-the-phishing-login-feedback-let-friend-try = Une occasion d’apprendre : une fausse page « marche » parfaitement pour l’arnaqueur, puisqu’elle garde tout ce qu’on tape. Rien de ce qu’on tape sur une fausse page n’est en sécurité.
contract-the-phishing-login-friend-safe = { $friend } ferme la page sans rien taper. Tu supprimes ton transfert, tu signales l’e-mail comme hameçonnage, et tu publies plutôt une capture, lien coupé.
contract-the-phishing-login-friend-hacked = { $friend } tape son mot de passe. Une heure plus tard, son compte écrit à tout le groupe : « Petit service ! Envoie-moi le code que tu viens de recevoir. »

contract-the-phishing-login-support-dm = Bonjour, ici le support { $service }. Nous avons remarqué une activité suspecte sur ton compte. Pour le sécuriser, réponds avec le code à 6 chiffres que nous venons de t’envoyer par SMS.
contract-the-phishing-login-pic-sms-code = Code { $service } : 482913
contract-the-phishing-login-pic-sms-warn = Ne partagez ce code avec personne.
contract-the-phishing-login-choice-flag-dm = Pas de réponse. Arnaque marquée, mot de passe neuf, deux étapes.
contract-the-phishing-login-feedback-flag-dm = Exactement. Le vrai support ne demande jamais tes codes. Un code que tu n’as pas demandé veut dire que quelqu’un essaie d’entrer : un mot de passe neuf et unique et la validation en deux étapes le bloquent.
contract-the-phishing-login-choice-call-out = Répondre : « Bien essayé. Je sais que c’est faux. Je te signale. »
contract-the-phishing-login-feedback-call-out = Ne pas envoyer le code, c’était juste. Mais répondre leur montre que quelqu’un lit, alors ils insistent. Pas de débat : ne réponds rien, marque le message, change ton mot de passe.
contract-the-phishing-login-choice-send-code = J’envoie le code. C’est le support, ils veulent m’aider.
contract-the-phishing-login-feedback-send-code = Une occasion d’apprendre : ce code, c’est la clé de ton compte. Quiconque te le demande, même avec l’air le plus officiel, essaie d’y entrer.
contract-the-phishing-login-secured = Message marqué, mot de passe neuf et unique, validation en deux étapes activée. Puis { $friend } écrit : « t’as reçu ce mail { $service } aussi ? j’ai failli cliquer. » Tu lui donnes tes astuces.
contract-the-phishing-login-pushed = Désolés pour la confusion ! Sans le code, ton compte sera bloqué dans 10 minutes. On vient de t’en envoyer un nouveau.

contract-the-phishing-login-second-code = Un deuxième code, et plus de pression. Et maintenant ?
contract-the-phishing-login-choice-stop-replying = Fini de parler. Discussion marquée, mot de passe neuf, deux étapes.
contract-the-phishing-login-feedback-stop-replying = Bien rattrapé. Couper la discussion enlève leur pression, et marquer le message, changer le mot de passe et activer la validation en deux étapes ferment la porte. Un arnaqueur n’a droit à aucune réponse.
contract-the-phishing-login-choice-give-in = Bon, j’envoie. Ils disent que ça garde mon compte en sécurité.
contract-the-phishing-login-feedback-give-in = Une occasion d’apprendre : une pression qui grandit quand tu dis non, c’est un signe d’arnaque. Le vrai support n’a jamais besoin de ton code.

contract-the-phishing-login-hacked = Quelques minutes plus tard, tu ne peux plus te connecter. Ton mot de passe a été changé, et ton compte écrit à tes amis : « Petit service, vite ! Envoie-moi le code que tu viens de recevoir. »
contract-the-phishing-login-pic-password-changed = Mot de passe modifié
contract-the-phishing-login-pic-favour = Petit service, vite !
contract-the-phishing-login-pic-favour-code = Envoie-moi le code que t’as reçu.
contract-the-phishing-login-recover = Les piratages arrivent aussi aux gens prudents. Ce qui compte maintenant, c’est d’agir vite. Que vas-tu faire ?
contract-the-phishing-login-choice-recover = Récupérer le compte, marquer le piratage, prévenir les amis.
contract-the-phishing-login-feedback-recover = Le chemin le plus rapide. Récupération dans la vraie appli, mot de passe unique, validation en deux étapes, signalement et alerte aux amis arrêtent le pirate. Parles-en aussi à un adulte de confiance.
contract-the-phishing-login-choice-new-account = Je crée un nouveau compte et je dis à tous que c’est le nouveau.
contract-the-phishing-login-feedback-new-account = Une occasion d’apprendre : un nouveau compte laisse l’ancien, tes photos et ton nom au pirate. Récupérer et signaler l’ancien protège tes amis.
contract-the-phishing-login-choice-wait = Rien pour l’instant. Ça va sûrement s’arranger tout seul.
contract-the-phishing-login-feedback-wait = Une occasion d’apprendre : chaque heure donne au pirate plus de temps pour piéger tes amis ou te bloquer définitivement. Il n’est pas trop tard pour récupérer le compte et le signaler.
contract-the-phishing-login-recovered = Grâce à la récupération, tu es de retour en moins d’une heure : mot de passe neuf, validation en deux étapes, piratage signalé, amis prévenus. { $friend } dit que ton avertissement l’a sauvé du piège.
contract-the-phishing-login-abandoned = Ton nouveau compte a quatre abonnés. L’ancien, toujours piraté, continue de demander des codes à tes amis, et deux d’entre eux en envoient un.
contract-the-phishing-login-waited = Le soir, trois amis ont envoyé leur code à « toi », et le pirate a aussi changé ton e-mail de récupération.

contract-the-phishing-login-end-safe = Tu n’as jamais utilisé le lien ni donné de code. L’arnaque est signalée, ton mot de passe est neuf et la validation en deux étapes est activée : ton compte est bien verrouillé.
contract-the-phishing-login-end-reported = Tu as regardé la fausse page sans rien taper, et tu as signalé l’e-mail pour que d’autres soient prévenus. La prochaine fois, ouvrir { $service } toi-même t’évitera la fausse page.
contract-the-phishing-login-end-friend-safe = Ton avertissement contenait le lien, et { $friend } l’a touché. Mais personne n’a rien tapé, ton transfert a disparu et l’e-mail est signalé. La prochaine fois, préviens avec une capture.
contract-the-phishing-login-end-friend-hacked = Le compte de { $friend } piège le groupe, via le lien de ton avertissement. Ce n’est ni ta faute ni la sienne, et il n’est jamais trop tard pour en parler à un adulte de confiance, qui aidera.
contract-the-phishing-login-end-recovered = Tu t’es fait piéger, puis tu as agi vite : compte récupéré, mot de passe neuf, validation en deux étapes activée, piratage signalé, amis prévenus. C’est exactement comme ça qu’on se relève.
contract-the-phishing-login-end-harmful = Le pirate a toujours ton ancien compte et utilise ton nom pour piéger tes amis. Ce n’est pas ta faute, et il n’est jamais trop tard : parles-en à un adulte de confiance, qui t’aidera à le récupérer.

# Mon téléphone : le compte aux mains d’un pirate, ou bien verrouillé.
contract-the-phishing-login-trace-hacked = Ton compte photo : quelqu’un d’autre a le mot de passe et utilise ton nom.
contract-the-phishing-login-trace-hacked-advice = Reprends-le : récupération dans la vraie appli, nouveau mot de passe unique, validation en deux étapes activée. Puis signale le piratage, préviens tes amis et parles-en à un adulte de confiance.
contract-the-phishing-login-trace-locked = Ton compte photo : un mot de passe neuf et unique, avec la validation en deux étapes activée.
contract-the-phishing-login-trace-locked-advice = Bien verrouillé. Garde la validation en deux étapes, et ne partage jamais un code de connexion, même avec le « Support ».
