# Objectifs d'apprentissage : un titre court, une phrase Je peux… pour l'enfant,
# et le thème des Lignes directrices de l'UIT sur la protection des enfants en ligne (2020).

objective-know-my-rights-title = Connaître mes droits
objective-know-my-rights-i-can = Je peux dire quels sont mes droits en ligne, comme le droit à la sécurité, au respect et à une vie privée.
objective-know-my-rights-topic = Lignes directrices de l’UIT pour les enfants : tes droits en ligne

objective-spot-the-risk-title = Repérer le risque
objective-spot-the-risk-i-can = Je peux remarquer quand quelque chose en ligne pourrait me faire du mal ou faire du mal à quelqu’un d’autre.
objective-spot-the-risk-topic = Lignes directrices de l’UIT pour les enfants : les risques en ligne (contenus, contacts, comportement et contrats)

objective-guard-personal-info-title = Protéger mes infos
objective-guard-personal-info-i-can = Je peux garder privés mes mots de passe, mon adresse, mon école et mes photos.
objective-guard-personal-info-topic = Lignes directrices de l’UIT pour les enfants : vie privée et informations personnelles

objective-check-before-trust-title = Vérifier avant de croire
objective-check-before-trust-i-can = Je peux vérifier qui a créé quelque chose et si c’est vrai avant d’y croire ou de le partager.
objective-check-before-trust-topic = Lignes directrices de l’UIT pour les enfants : fausses informations et sources fiables

objective-strangers-warning-signs-title = Signaux d’alerte
objective-strangers-warning-signs-i-can = Je peux repérer les signaux d’alerte quand quelqu’un que je ne connais qu’en ligne cherche à trop se rapprocher, me demande des secrets ou veut passer sur une discussion privée.
objective-strangers-warning-signs-topic = Lignes directrices de l’UIT pour les enfants : les personnes rencontrées en ligne et la manipulation (grooming)

objective-be-kind-stand-up-title = Être sympa et solidaire
objective-be-kind-stand-up-i-can = Je peux faire preuve de gentillesse en ligne et défendre quelqu’un qui se fait harceler.
objective-be-kind-stand-up-topic = Lignes directrices de l’UIT pour les enfants : cyberharcèlement et respect des autres

objective-think-before-posting-title = Réfléchir avant de publier
objective-think-before-posting-i-can = Je peux réfléchir à l’effet qu’une publication, une photo ou un partage pourrait avoir sur moi et sur les autres avant de l’envoyer.
objective-think-before-posting-topic = Lignes directrices de l’UIT pour les enfants : ton empreinte numérique et le partage en ligne

objective-spot-tricks-and-costs-title = Repérer pièges et coûts
objective-spot-tricks-and-costs-i-can = Je peux repérer les pièges comme les faux prix, les fenêtres qui me pressent et les coûts cachés dans les jeux et les applis.
objective-spot-tricks-and-costs-topic = Lignes directrices de l’UIT pour les enfants : arnaques, jeux en ligne et achats intégrés

objective-healthy-balance-title = Un bon équilibre
objective-healthy-balance-i-can = Je peux choisir quand m’arrêter et garder un bon équilibre entre écrans, sommeil et autres loisirs.
objective-healthy-balance-topic = Lignes directrices de l’UIT pour les enfants : santé et bien-être en ligne

objective-block-report-tell-title = Bloquer, signaler, en parler
objective-block-report-tell-i-can = Je peux bloquer, signaler et en parler à un adulte de confiance quand quelque chose en ligne m’inquiète.
objective-block-report-tell-topic = Lignes directrices de l’UIT pour les enfants : obtenir de l’aide et signaler
