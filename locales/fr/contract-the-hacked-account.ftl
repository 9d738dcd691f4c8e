# Contrats / agressif : Le compte piraté (13-15 ans), le compte piraté d’un ami, une alerte de connexion, verrouiller un compte

contract-the-hacked-account-title = Le compte piraté
contract-the-hacked-account-summary = Le compte de ton meilleur ami ou de ta meilleure amie envoie un lien bizarre à tout le groupe. La nuit même, ton propre compte reçoit une alerte de connexion depuis un autre pays.
contract-the-hacked-account-remember = Un lien d’un proche peut venir d’un compte piraté : vérifie autrement. Verrouille ton compte (phrase de passe, validation en deux étapes), ne partage ni mot de passe ni code, et demande l’aide d’un adulte de confiance.

contract-the-hacked-account-app = Loopin
contract-the-hacked-account-npc-hacked = { $friend }
contract-the-hacked-account-npc-friend = { $friend } (appel vocal)
contract-the-hacked-account-npc-adult = { $adult }
contract-the-hacked-account-npc-expert = AccountRescue_Pro

contract-the-hacked-account-bait-video = c’est TOI dans cette vidéo ??
contract-the-hacked-account-bait-meme = omg t’es un mème maintenant, regarde !!
contract-the-hacked-account-bait-photo = qui a posté cette photo de toi ??
contract-the-hacked-account-adult-aunt = Tante Nadia
contract-the-hacked-account-adult-dad = Papa
contract-the-hacked-account-adult-teacher = M. Chen

contract-the-hacked-account-intro = Salut, c’est Sango ! Ton compte Loopin, c’est tout : discussions, photos, deux ans de souvenirs. Ta tortue Nouille est ta photo de profil, et ta bio dit « Comètes pour toujours ». Puis la discussion de groupe s’allume.
contract-the-hacked-account-friend-link = { $bait } loopin.login-help.net/watch
contract-the-hacked-account-pic-link-title = Connecte-toi pour voir
contract-the-hacked-account-pic-link-site = loopin.login-help.net

contract-the-hacked-account-link-choice = Le lien vient du compte de { $friend }, envoyé à tout le groupe d’un coup. Tu fais quoi ?
contract-the-hacked-account-choice-link-check = Écrire d’abord à { $friend } sur une autre appli.
contract-the-hacked-account-feedback-link-check = Malin ! Un nom connu sur un message ne prouve pas qui l’envoie. Demander autrement, par un appel ou une autre appli, c’est la vérification la plus rapide.
contract-the-hacked-account-choice-link-ask = Demander dans le groupe : « C’est toi ?? »
contract-the-hacked-account-feedback-link-ask = Bon réflexe de demander ! Mais si le compte est piraté, c’est le pirate qui répond. Vérifie autrement : un appel, ou une autre appli.
contract-the-hacked-account-choice-link-open = L’ouvrir. J’ai confiance en { $friend }, ça doit aller.
contract-the-hacked-account-feedback-link-open = Une occasion d’apprendre : un compte piraté envoie des liens à tous les contacts de son propriétaire, parce qu’ils lui font confiance. Une vidéo qui demande de se connecter, c’est un piège. Ça peut encore s’arranger.

contract-the-hacked-account-friend-phone = C’est PAS moi ! J’arrive plus à me connecter, quelqu’un a changé mon mot de passe. Il écrit à tout le monde !! Pardon, vraiment.
contract-the-hacked-account-hacker-replies = oui c’est moi mdr, ouvre-le, tu vas mourir de rire. vite avant que ce soit supprimé
contract-the-hacked-account-fake-page = La page ressemble trait pour trait à Loopin et demande de se connecter pour voir. Tu tapes ton mot de passe. La vidéo ne se charge jamais.
contract-the-hacked-account-pic-fake-address = loopin.login-help.net
contract-the-hacked-account-pic-fake-title = Connexion à Loopin
contract-the-hacked-account-pic-fake-button = Se connecter

contract-the-hacked-account-link-again = « Vite avant que ce soit supprimé. » Ça ressemble à { $friend }, ça ? Et maintenant ?
contract-the-hacked-account-choice-again-check = J’appelle { $friend } tout de suite, en vrai.
contract-the-hacked-account-feedback-again-check = Bravo ! « Vite », c’est une ruse classique pour t’empêcher de réfléchir. Un petit appel règle la question.
contract-the-hacked-account-choice-again-open = Bon, ça a l’air vrai. Je l’ouvre.
contract-the-hacked-account-feedback-again-open = Une occasion d’apprendre : celui qui a le compte peut dire « c’est moi ». Te presser, c’est un signal d’alerte. Ça peut encore s’arranger.

contract-the-hacked-account-help-choice = Le compte de { $friend } est piraté et envoie toujours le lien à tout le monde. Comment aider ?
contract-the-hacked-account-choice-help-report = Le signaler comme piraté, et prévenir le groupe.
contract-the-hacked-account-feedback-help-report = Bel esprit d’équipe ! Le signalement dit à Loopin de bloquer le compte, et un avertissement avec tes mots, sans lien, empêche les clics.
contract-the-hacked-account-choice-help-forward = Transférer le lien à tous : « PAS SÛR, CLIQUEZ PAS ! »
contract-the-hacked-account-feedback-help-forward = Prévenir les autres, c’est gentil ! Mais transférer met le lien sous les yeux d’encore plus de monde, et quelqu’un clique toujours. Préviens avec tes mots, sans lien, et signale le compte.
contract-the-hacked-account-reported = Tu signales le compte comme piraté et tu écris dans le groupe : « { $friend } s’est fait pirater. N’ouvrez pas ce lien. » Trois personnes répondent : « merci, j’allais cliquer ».
contract-the-hacked-account-forwarded = Ton avertissement part avec le lien dedans. Deux personnes disent merci. Une autre répond : « oups, j’ai cliqué avant de lire les majuscules. »

contract-the-hacked-account-alert = Cette nuit-là, à 3 h 12, ton téléphone s’allume. C’est Loopin.
contract-the-hacked-account-pic-alert-title = Tentative de connexion
contract-the-hacked-account-pic-alert-where = Un autre pays, 03:12
contract-the-hacked-account-pic-alert-device = Ordinateur portable inconnu
contract-the-hacked-account-pic-alert-no = Non, ce n’était pas moi
contract-the-hacked-account-pic-alert-yes = Oui, c’était moi

contract-the-hacked-account-alert-choice = Quelqu’un, très loin, a essayé de se connecter à ta place. Ton mot de passe, c’est celui de trois applis depuis tes 11 ans. Tu fais quoi ?
contract-the-hacked-account-choice-alert-lock = Toucher « Non, pas moi », puis changer mon mot de passe.
contract-the-hacked-account-feedback-alert-lock = Exactement ! « Pas moi » bloque cette connexion. Un vieux mot de passe utilisé sur plusieurs applis, c’est comme ça que les pirates entrent : change de verrou, ici et sur les deux autres applis.
contract-the-hacked-account-choice-alert-ignore = Fermer. Rien qu’une « tentative » : je suis en sécurité.
contract-the-hacked-account-feedback-alert-ignore = Ne pas toucher « oui », c’était bien ! Mais une tentative veut dire que quelqu’un a ton mot de passe, ou presque. Il va réessayer. Change-le maintenant.
contract-the-hacked-account-choice-alert-yes = Toucher « Oui, c’était moi » pour avoir la paix.
contract-the-hacked-account-feedback-alert-yes = Une occasion d’apprendre : « Oui, c’était moi » a dit à Loopin de laisser entrer cet ordinateur. En pleine nuit, on touche vite sans lire. « Non, pas moi » l’aurait bloqué. Ça peut encore s’arranger.
contract-the-hacked-account-not-me = Loopin bloque la connexion et te demande de créer un nouveau verrou pour ton compte.
contract-the-hacked-account-second-alert = Le lendemain matin : « Votre mot de passe a été modifié. Nouvelle connexion : un autre pays. » Ce n’était pas toi.
contract-the-hacked-account-tapped-yes = Le téléphone arrête de vibrer. Très loin, l’ordinateur inconnu est maintenant connecté à ton compte.

contract-the-hacked-account-lock = Trois ou quatre mots au hasard font une phrase de passe solide. Construis-en une dont tu te souviendras, puis choisis comment Loopin vérifie que c’est bien toi.
contract-the-hacked-account-piece-kettle = bouilloire
contract-the-hacked-account-why-piece-kettle = Un mot de tous les jours qui n’a rien à voir avec toi : personne ne peut le deviner d’après ton profil. Et c’est facile à imaginer.
contract-the-hacked-account-piece-pet = nouille
contract-the-hacked-account-why-piece-pet = Ça a l’air d’un mot au hasard, mais Nouille, c’est ta tortue, en photo de profil. N’importe qui pourrait deviner. Pas d’animaux, de prénoms ni de dates d’anniversaire.
contract-the-hacked-account-piece-cactus = cactus
contract-the-hacked-account-why-piece-cactus = Bien. Quelques mots au hasard font une phrase de passe longue, dure à casser et facile à retenir : un cactus dans une bouilloire !
contract-the-hacked-account-piece-common = motdepasse1
contract-the-hacked-account-why-piece-common = motdepasse1 fait partie des premiers essais de tous les logiciels de piratage, même collé à d’autres mots. Ça n’ajoute rien. Laisse les mots au hasard faire le travail.
contract-the-hacked-account-piece-violin = violon
contract-the-hacked-account-why-piece-violin = Encore un mot au hasard. Chaque mot rend la phrase de passe plus longue et plus dure à casser, et une image rigolote aide à s’en souvenir.
contract-the-hacked-account-piece-jumble = t8&Wm#2v
contract-the-hacked-account-why-piece-jumble = Solide, mais te souviendras-tu de t8&Wm#2v la semaine prochaine ? Ce genre de mélange finit sur un post-it, ou réutilisé partout. Les mots au hasard sont solides ET faciles à retenir.
contract-the-hacked-account-piece-tornado = tornade
contract-the-hacked-account-why-piece-tornado = Bon choix. Les mots au hasard sont solides parce qu’ils ne parlent pas de toi. Une tornade pleine de violons, ça ne s’oublie pas.
contract-the-hacked-account-piece-team = comètes
contract-the-hacked-account-why-piece-team = Ça a l’air d’un mot au hasard, mais « Comètes pour toujours » est dans ta bio. Ce qu’on sait que tu aimes, c’est ce qu’on essaie en premier : laisse-le de côté.
contract-the-hacked-account-set-two-step = Validation en deux étapes : un code en plus de la phrase de passe
contract-the-hacked-account-val-two-step-off = Désactivée
contract-the-hacked-account-why-two-step-off = Désactivée, ta phrase de passe est le seul verrou, et c’est comme ça que ton vieux mot de passe a servi. La validation en deux étapes demande aussi un code envoyé sur ton téléphone.
contract-the-hacked-account-val-two-step-phone = Code sur mon téléphone
contract-the-hacked-account-why-two-step-phone = Super : même avec ta phrase de passe, un pirate aurait aussi besoin de ton téléphone. Ne donne jamais le code, même à quelqu’un qui se dit « support » ou ami.
contract-the-hacked-account-set-devices = Appareils connectés à mon compte
contract-the-hacked-account-val-devices-keep = Les garder tous connectés
contract-the-hacked-account-why-devices-keep = L’un d’eux pourrait être l’ordinateur inconnu. Déconnecter tous les autres appareils met dehors quiconque est entré.
contract-the-hacked-account-val-devices-out = Déconnecter les autres appareils
contract-the-hacked-account-why-devices-out = Oui ! Quiconque est entré avec l’ancien mot de passe est mis dehors. Tu te reconnectes juste sur ton téléphone.
contract-the-hacked-account-set-recovery = E-mail de récupération, si tu n’arrives plus à entrer
contract-the-hacked-account-val-recovery-friend = L’e-mail de { $friend }
contract-the-hacked-account-why-recovery-friend = C’est gentil, mais celui qui a l’e-mail de récupération peut changer ta phrase de passe, et le compte de { $friend } vient d’être piraté. Utilise le tien.
contract-the-hacked-account-val-recovery-own = Mon propre e-mail
contract-the-hacked-account-why-recovery-own = Oui : un e-mail que tu es la seule personne à utiliser, avec sa propre phrase de passe solide. Si un jour tu n’arrives plus à entrer, tu pourras revenir.
contract-the-hacked-account-val-recovery-none = Aucun
contract-the-hacked-account-why-recovery-none = Personne d’autre ne peut s’en servir, c’est vrai. Mais si un jour ton compte est bloqué ou piraté, aucun moyen de revenir. Ton propre e-mail, c’est mieux.
contract-the-hacked-account-sign-in = Le week-end, tu te connectes à la médiathèque, sur un ordinateur partagé. Tu cherches « Loopin » et trois liens apparaissent. Sur lequel te connectes-tu ?
contract-the-hacked-account-page-ending = loopin.co/signin
contract-the-hacked-account-why-page-ending = Presque, mais ça finit en .co, pas en .com : un autre site qui copie la page de Loopin pour voler les phrases de passe. Vérifie la fin avant le premier /.
contract-the-hacked-account-page-real = account.loopin.com/signin
contract-the-hacked-account-why-page-real = Bien vu : juste avant le premier /, ça finit par loopin.com, l’adresse de Loopin. Sur un ordinateur partagé, déconnecte-toi après, et ne laisse jamais enregistrer ta phrase de passe.
contract-the-hacked-account-page-buried = loopin.login-help.net/signin
contract-the-hacked-account-why-page-buried = Ça commence par loopin, mais ça finit en réalité par login-help.net : le même site que le faux lien vidéo. La dernière partie avant le premier / montre à qui appartient la page.
contract-the-hacked-account-locked = j’ai récupéré mon compte !! ma famille m’a donné un coup de main avec la page de récupération de Loopin, la validation en deux étapes est activée. merci d’avoir vérifié avec moi d’abord

contract-the-hacked-account-hijacked = Ton mot de passe ne marche plus. Ton compte envoie le même lien à tous tes contacts. Puis une demande de message apparaît.
contract-the-hacked-account-expert-dm = Piraté ? Je récupère les comptes en 1 heure, garanti à 100 %. Juste 20 en cartes cadeaux, plus ton e-mail et son mot de passe pour que je le réinitialise.
contract-the-hacked-account-recover-choice = Ton compte est entre les mains de quelqu’un d’autre, et ce n’est pas ta faute. Et maintenant ?
contract-the-hacked-account-choice-recover-tell = Le dire à { $adult } et aller sur la page « piraté ».
contract-the-hacked-account-feedback-recover-tell = C’est le chemin du retour ! Un adulte de confiance peut t’aider avec la vraie page de récupération de Loopin et signaler le compte. Se faire pirater arrive à plein de gens, et tu n’as rien fait de mal.
contract-the-hacked-account-choice-recover-new = Un compte tout neuf. Personne n’a besoin de le savoir.
contract-the-hacked-account-feedback-recover-new = Repartir de zéro, ça se comprend ! Mais l’ancien compte est toujours aux mains d’un inconnu, qui écrit à tous tes contacts. Il faut le récupérer et le signaler, avec un adulte de confiance.
contract-the-hacked-account-choice-recover-pay = Payer l’expert : une aide sûre en une heure, pour seulement 20 !
contract-the-hacked-account-feedback-recover-pay = Une occasion d’apprendre : les « experts en récupération » qui t’écrivent sont des arnaqueurs. Les cartes cadeaux sont intraçables, et ton mot de passe e-mail leur donnerait tout. Parles-en à un adulte de confiance.
contract-the-hacked-account-old-still = Ton nouveau compte a 3 abonnés. L’ancien en a toujours 300, et il reposte le lien, avec ta tête dessus.
contract-the-hacked-account-paid = Paiement reçu ! Maintenant, envoie-moi ton e-mail et son mot de passe. Ah, et la « procédure express », c’est encore 20.

contract-the-hacked-account-last-choice = L’ancien compte envoie toujours le lien en ton nom. Tu fais quoi ?
contract-the-hacked-account-choice-last-tell = Tout dire à { $adult }, et montrer l’ancien compte.
contract-the-hacked-account-feedback-last-tell = Courageux et malin. Il n’est jamais trop tard : un adulte de confiance peut récupérer le compte avec toi, le signaler et prévenir tes contacts. Tu n’as rien fait de mal.
contract-the-hacked-account-choice-last-quiet = Laisser. Je le dirai à { $adult } si ça empire.
contract-the-hacked-account-feedback-last-quiet = Une occasion d’apprendre : c’est déjà grave. Le compte piège tes amis en ce moment, et attendre le laisse se répandre. Se faire pirater arrive à plein de gens. Il n’est jamais trop tard pour en parler.
contract-the-hacked-account-spreading = En une semaine, le lien atteint tes cousins, ton équipe et ta classe. Deux amis y perdent leur compte.

contract-the-hacked-account-adult-helps = Merci de me l’avoir dit. Tu n’as rien fait de mal, ça arrive à plein de gens. On passe par la vraie page de récupération de Loopin, on signale le compte, on prévient tes contacts, puis on le verrouille comme il faut.
contract-the-hacked-account-locked-late = Ton compte est de retour. Tu publies : « Je me suis fait pirater. N’ouvrez pas les liens envoyés par moi cette semaine. » Les messages bizarres s’arrêtent.

contract-the-hacked-account-end-safe = Tu as vérifié avant de cliquer, aidé à prévenir le groupe pour le compte piraté de { $friend }, et verrouillé le tien : nouvelle phrase de passe, validation en deux étapes, personne d’autre connecté. Bien joué !
contract-the-hacked-account-end-recovered = Ton compte a été pris, mais tu as demandé de l’aide. Il est revenu, verrouillé avec une phrase de passe et la validation en deux étapes, tes contacts sont prévenus, et tu n’as rien fait de mal.
contract-the-hacked-account-end-harmful = Ton compte est toujours aux mains d’un inconnu, qui piège tes amis. Ce n’est pas ta faute : les pirates sont doués. Il n’est jamais trop tard pour en parler à { $adult } ou à un autre adulte de confiance.

contract-the-hacked-account-trace-locked = Loopin : nouvelle phrase de passe, validation en deux étapes activée, autres appareils déconnectés.
contract-the-hacked-account-trace-locked-advice = Bien verrouillé. Utilise une phrase de passe différente pour chaque appli, et ne partage jamais un code, même avec un ami.
contract-the-hacked-account-trace-taken = Ton ancien compte Loopin, toujours aux mains d’un inconnu qui écrit à tes contacts.
contract-the-hacked-account-trace-taken-advice = Un adulte de confiance peut t’aider à utiliser la vraie page de récupération de Loopin, à signaler le compte et à prévenir tes contacts. Il n’est jamais trop tard.

# The old password opens other apps too.
contract-the-hacked-account-last-step = Encore une chose : ton ancien mot de passe ouvre aussi deux autres applis que tu utilises.
contract-the-hacked-account-choice-other-apps = Changer ce mot de passe sur les deux autres applis aussi.
contract-the-hacked-account-choice-leave-apps = Laisser les autres applis. C’est Loopin qui compte.
contract-the-hacked-account-feedback-other-apps = Exactement. Les pirates essaient un mot de passe volé partout. Une nouvelle phrase de passe par appli, et tout reste verrouillé.
contract-the-hacked-account-feedback-leave-apps = Pour apprendre : un mot de passe volé est essayé sur toutes les applis. Chaque compte a besoin de sa propre phrase de passe.
contract-the-hacked-account-apps-taken = Une semaine plus tard, l’ancien mot de passe ouvre aussi ton compte de jeu. Tu le montres à { $adult }, et ensemble vous le changez et activez la validation en deux étapes. C’est réglé.
