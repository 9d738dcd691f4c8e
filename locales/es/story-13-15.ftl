# The 13-15 story (scenarios/13-15/story.ron): its name, Sango's words at the close,
# the lines of the close, and the band's recurring people.

story-13-15-title = Un trimestre en línea
story-13-15-closed = ¡Se acabó el trimestre! Una cuenta nueva, un test viral, chats de grupo, juegos y algunos momentos difíciles. Esto es lo que tu historia recuerda.
story-13-15-ending-strangers = Cuando alguien desconocido usó halagos, regalos y “solo tú y yo”, guardaste las pruebas y lo reportaron. Esos trucos ya no te engañarán, use el nombre que use.
story-13-15-ending-classmate = Cuando alguien de tu clase quedó fuera y recibió burlas, hiciste que un adulto de confianza interviniera. Eso es estar del lado de alguien.
story-13-15-ending-video = Cuando algo en internet te removió por dentro, lo hablaste con alguien de confianza. Eso es fuerza, y ayuda a que las imágenes se borren.
story-13-15-ending-checked = Comprobaste la fuente real antes de compartir, aunque alguien cercano estuviera seguro. Quienes confían en ti están más a salvo gracias a eso.
story-13-15-ending-quiz-open = Aún pendiente: la app de tests todavía puede pasar tus datos. Quítale el acceso en Ajustes y bórrala. Un adulto de confianza puede ayudarte.
story-13-15-ending-feed-friend = Cuando alguien de tu grupo de amigos acabó en un grupo que solo fingía ayudar, no guardaste el secreto: buscaste a un adulto de confianza. Eso es amistad de verdad.
story-13-15-ending-fake-pictures = Cuando algo cruel y falso sobre alguien de tu clase empezó a circular, pediste ayuda a un adulto de confianza. Esa persona supo que no estaba sola.
story-13-15-ending-link = Cuando un enlace «gracioso» del chat de la clase resultó ser algo que nadie debería recibir, se lo contaste a alguien de confianza. Nadie tuvo problemas por eso, y nunca fue tu culpa.
story-13-15-ending-hacked-account = Tu cuenta tiene ahora un cerrojo de verdad: una frase que solo tú conoces, la verificación en dos pasos y ningún desconocido conectado. Y sabes que un enlace de un amigo puede ser un truco.
story-13-15-ending-ai-companion = Una app de IA quiso ser tu única amistad. Viste que era un producto, tuviste a un adulto de confianza de tu lado y recuperaste tus tardes. El parque te sigue esperando los sábados.
story-13-15-ending-livestream = Cuando un directo dejó de sentirse bien, sabías que podías terminarlo y hablar con alguien. Ahora tus directos son para tus amigos.
story-13-15-ending-hidden-ad = Descubriste que una «reseña sincera» era en realidad un anuncio, y la reportaste. Fijarse bien es mejor que creerlo todo, o no creer nada.
story-13-15-ending-always = Todo lo que siga en Mi teléfono se puede arreglar. Nunca es tarde, y pedir ayuda a un adulto de confianza nunca te mete en líos.

# The recurring people (cast): the friend, the classmate who is picked on,
# the ringleader, and the new follower who comes back.
cast-1315-hana = Hana
cast-1315-dev = Dev
cast-1315-zara = Zara
cast-1315-jonah = Jonás
cast-1315-ayesha = Ayesha
cast-1315-ella = Elena
cast-1315-jordan = jordan.lol
cast-1315-tyler = tyler_jokes
cast-1315-sofia = sofia.vibes
cast-1315-jay = jay.beats_14
cast-1315-riley = riley_xo14
cast-1315-sky = sky.lights14
