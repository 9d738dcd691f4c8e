# The 13-15 story (scenarios/13-15/story.ron): its name, Sango's words at the close,
# the lines of the close, and the band's recurring people.

story-13-15-title = Un trimestre en ligne
story-13-15-closed = Le trimestre est fini ! Un nouveau compte, un quiz viral, des groupes, des jeux et quelques moments durs. Voici ce dont ton histoire se souvient.
story-13-15-ending-strangers = Quand un inconnu a misé sur la flatterie, les cadeaux et le « juste nous deux », tu as gardé les preuves et il a été signalé. Ces manœuvres ne te piégeront plus, quel que soit le nom.
story-13-15-ending-classmate = Quand quelqu’un de ta classe a été mis à l’écart et moqué, tu as fait venir un adulte de confiance. C’est ça, être du côté de quelqu’un.
story-13-15-ending-video = Quand quelque chose en ligne t’a fait du mal, tu en as parlé avec quelqu’un de confiance. C’est une force, et ça aide les images à s’effacer.
story-13-15-ending-checked = Tu as vérifié la vraie source avant de partager, même quand quelqu’un de proche en était sûr. Ceux qui te font confiance sont mieux protégés grâce à toi.
story-13-15-ending-quiz-open = Encore ouvert : l’appli de quiz peut toujours transmettre tes données. Coupe ses accès dans Réglages et supprime-la. Un adulte de confiance peut t’aider.
story-13-15-ending-feed-friend = Quand quelqu’un de ta bande s’est laissé entraîner dans un groupe qui faisait semblant d’aider, tu n’as pas gardé le secret : tu as prévenu un adulte de confiance. C’est ça, l’amitié.
story-13-15-ending-fake-pictures = Quand quelque chose de cruel et de faux sur une personne de ta classe a circulé, tu as demandé l’aide d’un adulte de confiance. Cette personne a su qu’elle n’était pas seule.
story-13-15-ending-link = Quand un lien « drôle » dans la discussion de la classe s’est révélé être ce qu’on ne devrait envoyer à personne, tu en as parlé à quelqu’un de confiance. Personne n’a eu d’ennuis, et ce n’était pas ta faute.
story-13-15-ending-hacked-account = Ton compte a maintenant un vrai verrou : une phrase de passe connue de toi seulement, la validation en deux étapes, et aucun inconnu connecté. Et tu sais qu’un lien d’ami peut cacher une ruse.
story-13-15-ending-ai-companion = Une appli d’IA a voulu être ta seule amie. Tu as vu que c’était un produit, tu as mis un adulte de confiance de ton côté, et tu as repris tes soirées. Le parc t’attend toujours le samedi.
story-13-15-ending-livestream = Quand un direct a cessé d’être agréable, tu savais que tu pouvais l’arrêter et en parler. Tes directs sont pour tes amis maintenant.
story-13-15-ending-hidden-ad = Tu as démasqué un « avis honnête » qui était en fait une pub, et tu l’as fait signaler. Regarder de plus près vaut mieux que tout croire, ou ne rien croire.
story-13-15-ending-always = Tout ce qui reste sur Mon téléphone peut être réparé. Il n’est jamais trop tard, et tu n’auras jamais d’ennuis pour avoir demandé de l’aide à un adulte de confiance.

# The recurring people (cast): the friend, the classmate who is picked on,
# the ringleader, and the new follower who comes back.
cast-1315-hana = Hana
cast-1315-dev = Dev
cast-1315-zara = Zara
cast-1315-jonah = Yanis
cast-1315-ayesha = Sarah
cast-1315-ella = Chloé
cast-1315-jordan = jordan.lol
cast-1315-tyler = tyler_jokes
cast-1315-sofia = sofia.vibes
cast-1315-jay = jay.beats_14
cast-1315-riley = riley_xo14
cast-1315-sky = sky.lights14
