# Contacto / agresivo: Expuesto (16-18 años). Publicar datos personales tras un post: no responder, guardar pruebas, reportar, cerrar las cuentas, contarlo a un adulto, la policía si hay amenazas; los amigos ayudan no compartiendo.

contact-the-doxxing-title = Tus datos al aire
contact-the-doxxing-summary = Tu reseña de un juego se vuelve viral, y alguien publica tu colegio, tu calle y la cuenta de tu hermana a la vista de todos.
contact-the-doxxing-remember = Si alguien publica dónde vives o estudias: no contraataques. Haz una captura, repórtalo, cierra tus cuentas y cuéntaselo a un adulto de confianza. Amenazar es un delito: los adultos pueden avisar a la policía.

contact-the-doxxing-app = { $app }
contact-the-doxxing-app-clipcast = Clipcast
contact-the-doxxing-app-reelroom = Reelroom
contact-the-doxxing-app-vidnest = Vidnest
contact-the-doxxing-game-starfall = Starfall Arena
contact-the-doxxing-game-crystal-rift = Crystal Rift
contact-the-doxxing-game-skyline = Skyline Racers
contact-the-doxxing-troll-truth = truth_digger99
contact-the-doxxing-troll-exposed = exposed.daily
contact-the-doxxing-troll-nightwatch = n1ghtwatch
contact-the-doxxing-adult-dad = papá
contact-the-doxxing-adult-coach = la entrenadora Ade
contact-the-doxxing-adult-grandma = la abuela

contact-the-doxxing-npc-troll = { $troll }
contact-the-doxxing-npc-anon = user_4471
contact-the-doxxing-npc-friend = { $friend }
contact-the-doxxing-npc-adult = { $adult }

contact-the-doxxing-intro = Anoche publicaste una reseña en video en { $app }: "La nueva actualización de { $game } es un sacadinero perezoso." Por la mañana tiene 80 000 vistas, y los fans más intensos del juego no están contentos.
contact-the-doxxing-replies = La mayoría de las respuestas solo no están de acuerdo. Algunas son insultos. Y entonces una cuenta, { $troll }, publica algo muy distinto.
contact-the-doxxing-dox-post = ya tenemos sus datos. va al colegio Riverside, vive en la calle de los Tilos, y aquí está la cuenta de su hermana. vayan a saludar.
contact-the-doxxing-pic-head = ya tenemos sus datos.
contact-the-doxxing-pic-school = Colegio: Riverside
contact-the-doxxing-pic-street = Calle: de los Tilos
contact-the-doxxing-pic-family = Hermana: @rosie.sketches
contact-the-doxxing-pic-shares = 1200 veces compartido
# The world remembers: the gym tags (The Body-Image Feed), taken off or not (The Pile-On).
contact-the-doxxing-gym-safe = Encontraron tu colegio y tu calle, pero no tu gimnasio: quitaste esas etiquetas después del linchamiento en redes. Un sitio menos donde un desconocido pueda esperarte.
contact-the-doxxing-gym-found = Hay más: una respuesta enlaza tu gimnasio, sacado de los selfies etiquetados. Ahora hay desconocidos que saben dónde estarás al salir de clase. Todavía se puede arreglar.

contact-the-doxxing-setup = Primero, ciérralo todo. Tus reseñas no rompen ninguna regla: pueden seguir para tus seguidores, y tus amigos tienen que poder escribirte. Nadie más necesita tu colegio, tu ubicación ni tu número.
contact-the-doxxing-set-videos = Quién puede ver mis videos
contact-the-doxxing-val-videos-everyone = Todo el mundo
contact-the-doxxing-val-videos-followers = Mis seguidores
contact-the-doxxing-val-videos-only-me = Solo yo
contact-the-doxxing-why-videos-everyone = Una oportunidad para aprender: ahora mismo "Todo el mundo" incluye a la gente que está escarbando. "Mis seguidores" encaja mejor: quienes ven tus reseñas pueden seguir haciéndolo.
contact-the-doxxing-why-videos-followers = Encaja bien. Tus seguidores siguen viendo tus reseñas, y la gente que busca tus datos ve mucho menos. No tienes que desaparecer.
contact-the-doxxing-why-videos-only-me = Es seguro, pero tus seguidores pierden tus reseñas, y no hiciste nada malo. "Mis seguidores" encaja mejor: conserva tu trabajo, deja fuera a la multitud.
contact-the-doxxing-set-messages = Quién puede escribirme
contact-the-doxxing-val-messages-everyone = Todo el mundo
contact-the-doxxing-val-messages-following = Gente que sigo
contact-the-doxxing-val-messages-nobody = Nadie
contact-the-doxxing-why-messages-everyone = Una oportunidad para aprender: "Todo el mundo" deja que cualquier desconocido del linchamiento te escriba directamente. "Gente que sigo" encaja mejor.
contact-the-doxxing-why-messages-following = Encaja bien. Tus amigos pueden seguir escribiéndote, y los desconocidos del linchamiento no.
contact-the-doxxing-why-messages-nobody = Hay calma, pero tus amigos tampoco pueden escribirte, y ahora los vas a necesitar. "Gente que sigo" encaja mejor.
contact-the-doxxing-set-school = Colegio en mi perfil
contact-the-doxxing-val-school-shown = Visible
contact-the-doxxing-val-school-hidden = Oculto
contact-the-doxxing-why-school-shown = Una oportunidad para aprender: tu colegio en el perfil les dice a desconocidos dónde encontrarte cada día de la semana. Ocúltalo.
contact-the-doxxing-why-school-hidden = Bien. Tus amigos ya saben dónde estudias. Nadie más necesita saberlo.
contact-the-doxxing-set-location = Ubicación en mis publicaciones
contact-the-doxxing-val-location-on = Activada
contact-the-doxxing-val-location-off = Desactivada
contact-the-doxxing-why-location-on = Una oportunidad para aprender: la ubicación en tus publicaciones permite adivinar tu calle y tu rutina. Desactívala.
contact-the-doxxing-why-location-off = Bien. Tus reseñas no necesitan un pin en el mapa, y tu calle sigue siendo tuya.
contact-the-doxxing-set-tags = Quién puede etiquetarme
contact-the-doxxing-val-tags-anyone = Cualquiera
contact-the-doxxing-val-tags-following = Gente que sigo
contact-the-doxxing-val-tags-ask = Preguntarme antes
contact-the-doxxing-why-tags-anyone = Una oportunidad para aprender: cualquiera podría etiquetarte en publicaciones sobre ti, y tu nombre llevaría directo a ellas. "Preguntarme antes" encaja mejor.
contact-the-doxxing-why-tags-following = Mejor que cualquiera, pero la etiqueta de un amigo en una fiesta o una tienda sigue mostrando dónde estás. "Preguntarme antes" te deja revisar cada una.
contact-the-doxxing-why-tags-ask = Encaja bien. Nada con tu nombre llega a tu perfil sin que lo hayas visto.
contact-the-doxxing-set-phone = Que me encuentren por mi número
contact-the-doxxing-val-phone-on = Activado
contact-the-doxxing-val-phone-off = Desactivado
contact-the-doxxing-why-phone-on = Una oportunidad para aprender: con tu número, cualquiera encontraría todas tus cuentas, y los números corren rápido en un linchamiento. Desactívalo.
contact-the-doxxing-why-phone-off = Bien. Tus amigos te encuentran por tu usuario, y tu número queda fuera de la app.

contact-the-doxxing-first-move = Tu colegio, tu calle, la cuenta de tu hermana, a la vista de cualquiera. Te tiemblan las manos. ¿Qué haces con esa publicación?
contact-the-doxxing-choice-save-report = Hago captura del post y de la cuenta, y después lo reporto.
contact-the-doxxing-feedback-save-report = El orden correcto: primero las pruebas, luego el reporte. Las capturas con el usuario y el enlace guardan la prueba aunque el post se borre o se copie, y la policía podría necesitarlas.
contact-the-doxxing-choice-quick-report = Lo reporto ya mismo, antes de que lo vea más gente.
contact-the-doxxing-feedback-quick-report = Reportar estuvo bien, y rápido. Pero sin captura, nada prueba lo que se publicó cuando lo vuelvan a copiar. Primero las pruebas, luego el reporte.
contact-the-doxxing-choice-hit-back = Responder: "Bórralo, o te reporto y publico TU dirección."
contact-the-doxxing-feedback-hit-back = Una oportunidad para aprender: contraatacar le da otro espectáculo a la multitud, y una amenaza tuya puede volverse en tu contra. No respondas: guarda la prueba, repórtalo y cuéntaselo a un adulto.
contact-the-doxxing-c-documented = Guardas capturas del post, la cuenta y el enlace, y lo reportas como "compartir información privada". Una hora después, { $app } lo retira.
contact-the-doxxing-pic-report-title = Reportar publicación
contact-the-doxxing-pic-reason = Comparte información privada de alguien
contact-the-doxxing-pic-attached = 4 capturas
contact-the-doxxing-pic-removed = Publicación retirada. Gracias por reportar.
contact-the-doxxing-c-quick-report = Reportado. El post desaparece en una hora, pero una cuenta nueva ya lo copió, y no tienes nada guardado para enseñar.
contact-the-doxxing-c-hit-back = jaja, ahora me amenaza. miren todos. aquí va la dirección otra vez, por si acaso.

contact-the-doxxing-fix-first = Tu respuesta circula como "prueba" de que el problema eres tú, y la dirección ya está publicada dos veces. Todavía puedes arreglarlo. ¿Y ahora?
contact-the-doxxing-choice-undo-tell = Borro mi respuesta y voy a contárselo todo a { $adult }.
contact-the-doxxing-feedback-undo-tell = Así se arregla. Borrar tu respuesta acaba con el espectáculo, y { $adult } puede ayudarte a reportar los dos posts y a guardar las pruebas. Sentir rabia no es un delito; pedir ayuda es inteligente.
contact-the-doxxing-choice-keep-fighting = Sigo. Nadie me va a ayudar de todas formas. ¿Para qué parar?
contact-the-doxxing-feedback-keep-fighting = Una oportunidad para aprender: un linchamiento se alimenta de respuestas, y nadie lo "gana". Y la ayuda existe: nunca es tarde para parar, guardar lo que hay y contárselo a un adulto de confianza.
contact-the-doxxing-c-fight = Sigues respondiendo. Por la noche, tres cuentas más han publicado tu calle, y una ha encontrado el colegio de tu hermana.

contact-the-doxxing-friend = el post con tu dirección está en el chat de la clase. la gente es asquerosa. ¿lo vuelvo a publicar con "basta de acoso" para que todos vean lo grave que es?
contact-the-doxxing-choice-dont-share = No lo publiques. Márcalo en la app y pide que lo borren.
contact-the-doxxing-feedback-dont-share = Exacto. Cada vez que se comparte, aunque sea con buena intención, tu dirección llega más lejos. Reportarlo y pedir que lo borren es como se ayuda de verdad.
contact-the-doxxing-choice-blur-it = Sí, publícalo, pero tapa antes el nombre de mi calle, ¿ok?
contact-the-doxxing-feedback-blur-it = { $friend } tiene buena intención. Pero volver a publicarlo sigue difundiendo tu colegio y la cuenta de tu hermana, y lo tapado se puede destapar. La mejor ayuda es reportarlo y no compartirlo.
contact-the-doxxing-choice-dox-back = Averigua quién lleva esa cuenta, y publica SU dirección.
contact-the-doxxing-feedback-dox-back = Una oportunidad para aprender: exponer en venganza sigue siendo exponer. Muchas veces es la persona equivocada, y te convierte en blanco a ti también. Repórtalo y deja que se encarguen los adultos.
contact-the-doxxing-c-friend-reports = ok. lo reporté y le dije a todo el chat que lo borren, que no lo reenvíen. tres ya lo hicieron. aquí estoy si me necesitas.
contact-the-doxxing-c-friend-reposts = { $friend } lo publica con tu calle tapada. A mediodía alguien ya lo destapó, y está en dos chats más.
contact-the-doxxing-c-dox-back = Alguien saca una dirección para { $troll } y la publica. Es la persona equivocada: una familia desconocida, que ahora recibe los mensajes dirigidos al troll.

contact-the-doxxing-fix-friend = Una familia que no hizo nada está en el punto de mira, y tu nombre va unido a eso. No es tarde para pararlo. ¿Y ahora?
contact-the-doxxing-choice-take-down = Hago que lo borren ya, y lo confieso todo a alguien en casa.
contact-the-doxxing-feedback-take-down = Eso es valiente. Que lo borren detiene el daño a gente inocente, y un adulto en casa puede ayudarte a reportar el resto. Reconocer un error es como se arregla.
contact-the-doxxing-choice-leave-it = Lo dejo. Empezaron ellos, y así hay más seguridad.
contact-the-doxxing-feedback-leave-it = Una oportunidad para aprender: no es más seguro, y las personas atacadas no empezaron nada. Nunca es tarde para hacer que lo borren y contárselo a un adulto de confianza.
contact-the-doxxing-c-left = La dirección de la familia equivocada sigue publicada. La multitud va a por ella, y el post sobre ti sigue circulando.

contact-the-doxxing-night = Esa noche llega una solicitud de mensaje de una cuenta sin foto.
# The world remembers: the countdown in The Countdown, and the adult you told.
contact-the-doxxing-familiar = Una amenaza, un plazo, un público. Ya te enfrentaste a este guion, y no les diste lo que querían. Aquí sirven los mismos pasos.
contact-the-doxxing-threat = linda calle. paso por ahí todos los días. nos vemos el lunes.
contact-the-doxxing-pic-request = Solicitud de mensaje
contact-the-doxxing-pic-accept = Aceptar
contact-the-doxxing-pic-delete = Eliminar
contact-the-doxxing-choice-wake-adult = No respondo. Despierto a { $adult } y le enseño este mensaje.
contact-the-doxxing-feedback-wake-adult = Buena decisión. Es una amenaza, y amenazar es un delito en muchos países. No respondas: { $adult } puede reportarlo y avisar a la policía y al colegio, para que el lunes sea seguro.
contact-the-doxxing-choice-block-stay-home = Lo bloqueo, y el lunes me quedo en casa por seguridad.
contact-the-doxxing-feedback-block-stay-home = Bloquear y mantener distancia tiene sentido. Pero una amenaza es algo que deben manejar los adultos y la policía, y tú no deberías tener que esconderte. Cuéntaselo a un adulto de confianza.
contact-the-doxxing-choice-not-scared = Responder: "Ven, pues. No me das miedo."
contact-the-doxxing-feedback-not-scared = Una oportunidad para aprender: responder a una amenaza les dice que lees, y puede convertir palabras en un plan. No respondas: guárdala y cuéntaselo a un adulto de confianza.
contact-the-doxxing-c-blocked = Cuenta bloqueada. No se lo cuentas a nadie. Todo el fin de semana miras por la ventana cada vez que un auto frena.
contact-the-doxxing-c-replied = ok. el lunes, entonces. estaré junto a la puerta.

contact-the-doxxing-monday = Lunes por la mañana. La cuenta está bloqueada, pero la amenaza sigue ahí, y nadie que pueda actuar lo sabe. ¿Y ahora?
contact-the-doxxing-choice-monday-tell = Antes de clase, voy a contárselo a { $adult }.
contact-the-doxxing-feedback-monday-tell = Bien. No es tarde: una captura de la solicitud y { $adult } bastan para reportarlo, y el colegio y la policía pueden asegurarse de que estés a salvo.
contact-the-doxxing-choice-monday-quiet = No digo nada. La cuenta ya está bloqueada, y listo.
contact-the-doxxing-feedback-monday-quiet = Una oportunidad para aprender: bloquear te esconde la amenaza a ti, no te esconde a ti de ella. No tienes que cargar con esto sin nadie: un adulto de confianza puede reportarla y avisar a la policía.
contact-the-doxxing-c-quiet = No dices nada y vas a clase igual. Esta vez no pasa nada. Pero te sobresaltas con cada paso, y el post sigue circulando.

contact-the-doxxing-fix-threat = Respondiste, y ahora hay una hora y un lugar. Esto no es un juego, y no es culpa tuya. ¿Y ahora?
contact-the-doxxing-choice-show-threat = Dejo de responder y esta noche le enseño el chat a { $adult }.
contact-the-doxxing-feedback-show-threat = Eso es. Haber respondido no lo convierte en culpa tuya. { $adult } puede reportar el chat, y la policía y el colegio pueden asegurarse de que nadie espere en la puerta.
contact-the-doxxing-choice-bring-friends = Que mis amigos me acompañen el lunes. Seguro, y sin adultos.
contact-the-doxxing-feedback-bring-friends = Una oportunidad para aprender: los amigos valen mucho, pero una amenaza es para los adultos y la policía, no para que la enfrenten adolescentes en una puerta. Nunca es tarde para contárselo a un adulto de confianza.
contact-the-doxxing-choice-delete-all = Lo borro todo y hago como si no hubiera pasado nada.
contact-the-doxxing-feedback-delete-all = Una oportunidad para aprender: borrar el chat es tirar la prueba, y la amenaza sigue ahí. Nunca es tarde para contárselo a un adulto de confianza, que todavía puede reportarla.
contact-the-doxxing-c-friends-monday = El lunes tus amigos te acompañan. Un desconocido está junto a la puerta, grabando. Nadie que pueda pararlo lo sabe, y el video está en línea a mediodía.
contact-the-doxxing-c-deleted = Lo borras todo. El lunes miras atrás todo el rato, y sin el chat ya no queda nada que enseñar.

contact-the-doxxing-adult-police = Hiciste bien en despertarme. Es una amenaza, y eso es cosa de la policía. Reportamos la cuenta, llamamos a la policía y al colegio esta noche, y el lunes te acompaño. Lo hiciste todo bien.
contact-the-doxxing-adult-police-late = Hiciste bien en contármelo, y no estás en problemas. Reportamos el mensaje y llamamos a la policía y al colegio antes de que empiecen las clases. No tienes que cargar con esto sin nadie.
contact-the-doxxing-adult-late = Gracias por contármelo. No estás en problemas: un ataque así enfadaría a cualquiera. Haremos que reporten y borren los posts, guardaremos las pruebas y llamaremos a la policía si algo te amenaza.

contact-the-doxxing-end-safe = Unos desconocidos publicaron dónde vives, y no contraatacaste: lo reportaste, cerraste tus cuentas y dejaste la amenaza a los adultos. Tus reseñas siguen publicadas.
contact-the-doxxing-end-safe-late = Callarte todo un fin de semana fue duro, pero se lo contaste a { $adult }, y la policía y el colegio se están ocupando. Tus cuentas están cerradas, y tus reseñas siguen publicadas.
contact-the-doxxing-end-mixed = Esta vez no pasó nada. Pero nadie que pueda actuar sabe de la amenaza, y el post sigue circulando. Un adulto de confianza todavía puede reportarlo y hacer que el lunes sea seguro.
contact-the-doxxing-end-recovered = La cosa se calentó, y lo arreglaste: dejaste de responder y se lo contaste a { $adult }. Los posts están reportados, y los adultos se ocupan del resto.
contact-the-doxxing-end-harmful = Los posts siguen circulando, y pesa mucho. No es tu culpa que unos desconocidos fueran a por ti. Nunca es tarde para guardar lo que queda y contárselo a un adulto de confianza, que puede avisar a la policía.

# My phone: what was reported.
contact-the-doxxing-trace-reported = Reportado: el post de { $troll } con tu colegio y tu calle.
contact-the-doxxing-trace-reported-advice = Bien hecho. Si vuelve a aparecer, haz una captura, repórtalo y cuéntaselo a un adulto de confianza. Revisa de vez en cuando quién puede ver tu colegio y tu ubicación.
