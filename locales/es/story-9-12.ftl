# The 9-12 story (scenarios/9-12/story.ron): its name, its close, and its recurring people.

story-9-12-title = Un trimestre en línea
story-9-12-closed = ¡Qué trimestre! Apps nuevas, juegos nuevos, algunas trampas y muchas decisiones valientes. Gracias por dejarme acompañarte. Esto es lo que voy a recordar:
story-9-12-ending-stranger = Descubriste las trampas de un desconocido en un chat de juego, guardaste la prueba y pediste ayuda para bloquearlo y reportarlo. ¿Nombre nuevo, mismas trampas? Ya sabes qué hacer.
story-9-12-ending-location = Puede que tu app de dibujo todavía muestre tu punto en su mapa. Pide a una persona adulta de tu familia que apague la ubicación contigo. Solo lleva un minuto.
story-9-12-ending-password = Una contraseña que se llevó un aviso falso todavía no es segura. Pide a una persona adulta de tu familia que te ayude a crear una nueva, distinta para cada juego.
story-9-12-ending-settings = Cuando se coló un video que daba miedo, se lo contaste a un adulto de confianza. Ahora la reproducción automática está apagada y el modo infantil, activado. ¡Fue muy valiente!
story-9-12-ending-family-map = Tu mapa familiar sigue mostrando tu punto a tu familia y a nadie más. Un botón enorme de “compartir” no decidió por ti. Decidiste tú.
story-9-12-ending-streak = Tu app de dibujos ahora se duerme cuando tú te duermes. Ninguna racha ni mascota triste valía tu sueño, y los videos graciosos te esperan después de la escuela.
story-9-12-ending-popup = ¿Aquella ventana que nunca pediste ver? La cerraste y se lo contaste a un adulto, y nadie se enfadó. Eso es justo lo que hay que hacer, cada vez.
story-9-12-ending-challenge = Un reto que podía hacer mucho daño circuló por el chat de tu clase. No lo pasaste, y se lo contaste a un adulto a tiempo. Así se cuida a los amigos.
story-9-12-ending-angry = Un jugador se puso desagradable y te persiguió de juego en juego. Guardaste las pruebas, lo bloqueaste y lo reportaste, y se lo contaste a un adulto. ¡A jugar, con tu equipo de verdad!
story-9-12-ending-chatbot = Un chatbot muy tierno quería ser tu único mejor amigo y guardar secretos. Supiste que era un programa, mantuviste tus datos privados y se lo contaste a un adulto. ¡Bien pensado!
story-9-12-ending-always = En internet o fuera de él, nunca tienes que arreglarlo todo sin ayuda. Siempre hay un adulto de confianza para ayudarte, y contarlo nunca es chivarse.

# The best friend
cast-912-mia = Mía
cast-912-theo = Teo
cast-912-aisha = Aisha
# The classmate who gets picked on
cast-912-sam = Santi
cast-912-noah = Noah
cast-912-arjun = Arjun
# The stranger in the game chat
cast-912-starknight = StarKnight_12
cast-912-pixelhero = PixelHero_12
cast-912-dragonrider = DragonRider_12
