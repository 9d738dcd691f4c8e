# Conducta / valores: El reto (9-12 años). El reto nunca se explica ni se nombra por su método.

conduct-the-challenge-title = El reto
conduct-the-challenge-summary = Un reto nuevo circula por el chat de la clase, y todos dicen que eres gallina si no lo haces. ¿Qué haces?
conduct-the-challenge-remember = Los retos divertidos están bien. Uno que puede hacer daño: no lo hagas, no lo pases, repórtalo y cuéntaselo a un adulto de confianza. Cuidar de tus amigos nunca es delatar.

conduct-the-challenge-app-class-buzz = Clase Buzz
conduct-the-challenge-app-room-12-crew = Los del Aula 12
conduct-the-challenge-app-fox-squad = Escuadrón Zorro
conduct-the-challenge-challenge-storm = reto Tormenta
conduct-the-challenge-challenge-wildcard = reto Comodín
conduct-the-challenge-challenge-boss = reto Jefe Final
conduct-the-challenge-fun-keepy = reto de toques con el balón
conduct-the-challenge-fun-doodle = reto de un dibujo al día
conduct-the-challenge-fun-kindness = reto de la amabilidad
conduct-the-challenge-name-kenji = Kenji
conduct-the-challenge-name-omar = Omar
conduct-the-challenge-name-lucas = Lucas
conduct-the-challenge-adult-grandma = Abuela
conduct-the-challenge-adult-dad = Papá
conduct-the-challenge-adult-uncle = Tío Tomás

conduct-the-challenge-app = { $app }
conduct-the-challenge-npc-poster = { $poster }
conduct-the-challenge-npc-friend = { $friend }
conduct-the-challenge-npc-adult = { $adult }

conduct-the-challenge-intro = ¡Hola, soy Sango! Tu clase tiene un chat de grupo, { $app }: preguntas de tareas, stickers graciosos y muchos emojis. ¡Lo leo contigo!

conduct-the-challenge-sort = Hoy hay mucho movimiento en { $app }. Clasifica los mensajes: ¿cuáles se pueden compartir, cuáles hay que comprobar primero y cuáles se quedan contigo?
conduct-the-challenge-post-fun-from = { $friend }
conduct-the-challenge-post-fun = ¿Quién hace el { $fun } conmigo esta semana? ¡Suban lo mejor!
conduct-the-challenge-post-fun-why = ¡Se puede compartir! Un reto divertido que no puede hacer daño a nadie es genial para hacerlo juntos. No todos los retos son malos.
conduct-the-challenge-post-trip-from = { $poster }
conduct-the-challenge-post-trip = Recordatorio de la maestra: la excursión al museo es el jueves. ¡Traigan almuerzo!
conduct-the-challenge-post-trip-why = ¡Se puede compartir! Es verdad, es útil y viene de la docente. Ayudar a que todos se acuerden es amable.
conduct-the-challenge-post-ban-from = Reenviado
conduct-the-challenge-post-ban = ¡¡¡URGENTE!!! Desde la semana que viene prohíben los teléfonos en la escuela para siempre. ¡¡Pásalo!!
conduct-the-challenge-post-ban-why = ¡Comprueba primero! «Urgente», «para siempre» y «pásalo» sin ningún nombre son señales de un rumor. Pregúntale a un docente antes de compartirlo.
conduct-the-challenge-post-chain-from = Reenviado muchas veces
conduct-the-challenge-post-chain = ¡Manda esto a 10 personas en 10 minutos o tendrás mala suerte todo el año!
conduct-the-challenge-post-chain-why = Que se quede contigo. Las cadenas solo asustan para que las reenvíes. No pasa nada malo si no lo haces.
conduct-the-challenge-post-photo-from = Alguien de la clase
conduct-the-challenge-post-photo = ¿Quién quiere ver la foto de { $classmate } dormido en el autobús?
conduct-the-challenge-post-photo-why = Que se quede contigo. Compartir una foto que alguien no aceptó puede hacerle mucho daño. { $classmate } tiene derecho a decir que no.

conduct-the-challenge-challenge = NUEVO: ¡el { $challenge }! Todo el mundo lo hace. Grábate y súbelo aquí antes del viernes. ¡Gallina quien no lo haga!
conduct-the-challenge-pic-title = { $challenge }
conduct-the-challenge-pic-views = 2,3 M de vistas
conduct-the-challenge-pic-caption = ¡Grábate antes del viernes!
conduct-the-challenge-sango-warns = Alto. Este reto puede hacerle mucho daño a alguien. Hay niños que se han lastimado en serio con retos así. No voy a decir cómo se hace, y no necesitas saberlo.

conduct-the-challenge-what-chat = Muchos ya están reaccionando. ¿Qué haces?
conduct-the-challenge-choice-report = Reporto la publicación y guardo el teléfono.
conduct-the-challenge-feedback-report = ¡Muy buena idea! Reportar avisa a { $app } sin darle más atención al reto. Y guardar el teléfono evita que te arrastren.
conduct-the-challenge-choice-warn-all = A todos: «¡No lo hagan, no es seguro!»
conduct-the-challenge-feedback-warn-all = ¡Ver el peligro estuvo bien! Pero un aviso enorme despierta la curiosidad, y más niños abren el video. Reportarlo sin ruido funciona mejor.
conduct-the-challenge-choice-share-on = Lo paso al grupo de fútbol. Seguro que lo comprueban.
conduct-the-challenge-feedback-share-on = Una oportunidad para aprender: cada vez que se comparte llega a más niños, y alguno podría intentarlo. Se detiene contigo si no lo pasas. Todavía puedes ayudar a arreglarlo.
conduct-the-challenge-choice-fire = Pongo un fueguito también, para que no me llamen gallina.
conduct-the-challenge-feedback-fire = Una oportunidad para aprender: un solo emoji le dice a todos que está genial, y eso empuja a otros a probarlo. No sumarse no es ser gallina. Es pensar bien.

conduct-the-challenge-reported = Reportas la publicación, y { $app } responde: «Gracias, lo estamos revisando». Silencias el chat y guardas el teléfono. Más tarde, llega un mensaje privado.
conduct-the-challenge-pic-reported = Mensaje reportado
conduct-the-challenge-pic-muted = Chat silenciado hasta mañana
conduct-the-challenge-warned-all = ¿¿Peligroso por qué?? JAJA. ¡Gallina! ¡Véanlo todos y juzguen ustedes!
conduct-the-challenge-shared-on = El grupo de fútbol se llena de fueguitos. Alguien lo reenvía otra vez, y otra. Ahora lo han visto niños de tres clases. Más tarde, llega un mensaje privado.
conduct-the-challenge-fired = ¿Ven? ¡Hasta tú te apuntas! ¿Quién sigue? ¡El viernes, gente!

conduct-the-challenge-friend-dm = Oye, ¿vas a hacer el { $challenge }? Me dan un poco de ganas. Todos me van a llamar gallina si no lo hago. No se lo digas a nadie, ¿de acuerdo?
conduct-the-challenge-compose = { $friend } tiene ganas de hacerlo, y eso preocupa. Contesta para ayudar. Elige qué va en el mensaje y qué se queda fuera.
conduct-the-challenge-compose-to = { $friend }
conduct-the-challenge-ph-hey = ¡Hola, { $friend }!
conduct-the-challenge-why-hey = Un saludo amable vale en los dos casos. Lo que importa es lo que viene después.
conduct-the-challenge-ph-chicken = Todos se van a reír si te echas para atrás, jaja.
conduct-the-challenge-why-chicken = Aunque sea en broma, es la misma presión que usa el reto. Empuja a { $friend } a hacerlo.
conduct-the-challenge-ph-no-prove = No tienes que demostrarle nada a nadie.
conduct-the-challenge-why-no-prove = ¡Sí! La presión de «gallina» solo funciona si crees que tienes que demostrar algo. No es así.
conduct-the-challenge-ph-secret = No se lo diré a nadie, te lo prometo.
conduct-the-challenge-why-secret = Suena leal, pero un secreto así aleja a los adultos que pueden proteger a { $friend }.
conduct-the-challenge-ph-hurt = Ese reto puede hacerte mucho daño. No vale la pena.
conduct-the-challenge-why-hurt = Sincero y con cariño. Decir claramente que es peligroso ayuda a { $friend } a decir que no.
conduct-the-challenge-ph-film = ¡Mándame el video cuando lo hagas!
conduct-the-challenge-why-film = Esto anima a { $friend } a hacerlo, y pide un video que podría llegar todavía más lejos.
conduct-the-challenge-ph-fun = ¿Mejor hacemos juntos el { $fun }?
conduct-the-challenge-why-fun = ¡Buena idea! Un reto divertido le da a { $friend } algo con lo que sumarse, sin hacerse daño.
conduct-the-challenge-ph-grown-up = Hablemos juntos con un adulto.
conduct-the-challenge-why-grown-up = Ofrecer ir juntos hace mucho más fácil pedir ayuda a un adulto de confianza.
conduct-the-challenge-friend-reads = Gracias. Lo voy a pensar. ¡Pero en serio, no se lo digas a nadie!

conduct-the-challenge-tell-choice = { $friend } te pidió guardar el secreto. Pero este reto puede hacerle mucho daño. ¿Y ahora qué?
conduct-the-challenge-choice-tell-adult = Esta noche le voy a contar a { $adult } que { $friend } quiere hacerlo.
conduct-the-challenge-feedback-tell-adult = ¡Eso es cuidar de tus amigos! Un secreto que puede hacer que alguien salga herido se comparte con un adulto de confianza. Nunca es delatar.
conduct-the-challenge-choice-stay-close = No me separo de { $friend } y el lunes se lo diré a { $adult }.
conduct-the-challenge-feedback-stay-close = ¡Estar ahí para { $friend } es bonito! Pero no puedes vigilar cada minuto, y el lunes puede ser tarde. Un adulto de confianza puede ayudar ya mismo.
conduct-the-challenge-choice-promise = Lo prometí. Contárselo a un adulto sería delatar.
conduct-the-challenge-feedback-promise = Una oportunidad para aprender: delatar es meter a alguien en problemas. Contarlo para proteger a alguien es lo contrario. No es tarde para contarlo.

conduct-the-challenge-adult-helps = Gracias por contármelo. Eso no es delatar, es cuidar de tus amigos. Esta noche hablo con la familia de { $friend } y aviso a la escuela, y reportamos ese video juntos.
conduct-the-challenge-weekend = Pasas el sábado con { $friend }. Es divertido, y nadie habla del reto. Pero el domingo por la noche, vibra tu teléfono.
conduct-the-challenge-promise-kept = No le dices nada a nadie. El domingo por la noche, vibra tu teléfono.
conduct-the-challenge-sunday = Lo grabo esta noche, cuando todos duerman. ¡Deséame suerte!

conduct-the-challenge-last-chance = { $friend } podría hacerse mucho daño. No es tarde. ¿Qué haces?
conduct-the-challenge-choice-show-now = Le muestro a un adulto el mensaje de { $friend }, ya mismo.
conduct-the-challenge-feedback-show-now = ¡Qué valentía! Ir a buscar a un adulto enseguida es justo lo que hay que hacer si alguien puede hacerse daño. No te vas a meter en problemas, y puede que protejas a { $friend }.
conduct-the-challenge-choice-thumbs = Solo le mando un pulgar arriba. No me toca decir nada.
conduct-the-challenge-feedback-thumbs = Una oportunidad para aprender: cuando alguien puede hacerse daño, contarlo no le quita su decisión. Es cuidar de tus amigos. Nunca es tarde para avisar a un adulto de confianza.
conduct-the-challenge-choice-beg = Le pido a { $friend } que pare, pero no le digo nada a { $adult }.
conduct-the-challenge-feedback-beg = ¡Pedirle que pare es bonito! Pero sin ayuda no puedes detenerlo esta noche. Un adulto de confianza sí puede, y contarlo nunca es delatar.

conduct-the-challenge-adult-late = Hiciste justo lo correcto, y no te vas a meter en problemas. Llamo ahora mismo a la familia de { $friend }. Mañana avisamos a la escuela y reportamos ese video.
conduct-the-challenge-thumbs = Mandas un pulgar arriba y dejas el teléfono. No puedes dormir. Por la mañana, hay un mensaje de la familia de { $friend }.
conduct-the-challenge-begged = Tranqui, voy a tener cuidado. Todo saldrá bien. ¡Buenas noches!

conduct-the-challenge-fun-day = El lunes, toda la clase hace el { $fun } en su lugar. { $friend } bate el récord, y nadie vuelve a hablar del { $challenge }.
conduct-the-challenge-pic-fun = { $fun }
conduct-the-challenge-pic-score = ¡Nuevo récord!

conduct-the-challenge-end-safe = No lo pasaste, ayudaste a { $friend } a decir que no y se lo contaste a { $adult }. El video está reportado y tu clase eligió el reto divertido. ¡Así se cuida una amistad!
conduct-the-challenge-end-recovered = Al principio el reto casi te arrastra, pero luego lo arreglaste: se lo contaste a { $adult } a tiempo, y { $friend } está a salvo. El video está reportado. ¡Contarlo fue lo más valiente!
conduct-the-challenge-end-harmful = { $friend } probó el reto y hubo un accidente. Unos adultos se están ocupando ahora. No es tu culpa. Nunca es tarde para contarle a un adulto de confianza lo que circula.

conduct-the-challenge-trace-reported = El video del { $challenge } en { $app }: reportado, con ayuda de { $adult }.
conduct-the-challenge-trace-reported-advice = Si vuelve un reto que puede hacer daño, no lo pases, ni siquiera como aviso. Repórtalo y cuéntaselo a un adulto de confianza.
