# The 13-15 story (scenarios/13-15/story.ron): its name, Sango's words at the close,
# the lines of the close, and the band's recurring people.

story-13-15-title = Un trimestre en ligne
story-13-15-closed = Le trimestre est fini ! Un nouveau compte, un quiz viral, des groupes, des jeux et quelques moments durs. Voici ce dont ton histoire se souvient.
story-13-15-ending-strangers = Quand un inconnu a misé sur la flatterie, les cadeaux et le « juste nous deux », tu as gardé les preuves et il a été signalé. Ces manœuvres ne te piégeront plus, quel que soit le nom.
story-13-15-ending-classmate = Quand quelqu’un de ta classe a été mis à l’écart et moqué, tu as fait venir un adulte de confiance. C’est ça, être du côté de quelqu’un.
story-13-15-ending-video = Quand quelque chose en ligne t’a fait du mal, tu en as parlé avec quelqu’un de confiance. C’est une force, et ça aide les images à s’effacer.
story-13-15-ending-checked = Tu as vérifié la vraie source avant de partager, même quand quelqu’un de proche en était sûr. Ceux qui te font confiance sont mieux protégés grâce à toi.
story-13-15-ending-quiz-open = Encore ouvert : l’appli de quiz peut toujours transmettre tes données. Coupe ses accès dans Réglages et supprime-la. Un adulte de confiance peut t’aider.
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
