# Contacto / agresión: El mentor gamer (13-15 años), patrón de manipulación sin contenido sexual

contact-the-gaming-mentor-title = El mentor gamer
contact-the-gaming-mentor-summary = Alguien del top del ranking te hace regalos y te ofrece entrenamiento gratis y, poco a poco, intenta alejarte de tus amigos.
contact-the-gaming-mentor-remember = Halagos, regalos, “solo tú y yo” y secretos son señales de alerta. No le avises: guarda el chat en silencio y luego bloquea, reporta y cuéntaselo a un adulto de confianza.

contact-the-gaming-mentor-app = Chat de { $game }
contact-the-gaming-mentor-npc-mentor = { $mentor }
contact-the-gaming-mentor-npc-adult = { $adult }

# Variedad: en cada partida se elige una opción de cada variable de `vary`.
contact-the-gaming-mentor-game-skyforge = Skyforge
contact-the-gaming-mentor-game-star-siege = Star Siege
contact-the-gaming-mentor-game-iron-arena = Iron Arena
contact-the-gaming-mentor-name-vex = Vex_Pro
contact-the-gaming-mentor-name-kaizer = KaizerGG
contact-the-gaming-mentor-name-orion = OrionCoach
contact-the-gaming-mentor-adult-mum = Mamá
contact-the-gaming-mentor-adult-dad = Papá
contact-the-gaming-mentor-adult-grandpa = Abuelo

contact-the-gaming-mentor-intro = Llevas toda la semana jugando clasificatorias en { $game } con { $friend } y tu equipo. Alguien del top del ranking, { $mentor }, ha estado viendo tus partidas.

# The world remembers: the school told to a new follower in The New Follower comes back.
contact-the-gaming-mentor-school-request = Entre partidas, te llega una solicitud de mensaje de una cuenta nueva sin partidas ni amigos. Escribe igual que { $follower } y nombra tu escuela: “Ando por ahí después de clase. ¿Nos vemos?”
contact-the-gaming-mentor-school-choice = ¿Te acuerdas de cuando le dijiste a { $follower } a qué escuela vas? Esos datos viajan. Le pasa a mucha gente, y lo puedes arreglar. ¿Qué haces?
contact-the-gaming-mentor-choice-school-show = No contesto. Hago captura, lo bloqueo y se lo enseño a { $adult }.
contact-the-gaming-mentor-choice-school-block = Lo bloqueo y borro la solicitud. No hace falta contárselo a { $adult }.
contact-the-gaming-mentor-choice-school-reply = Contesto: “¿Quién eres? ¿Tú también vas a mi escuela?”
contact-the-gaming-mentor-feedback-school-show = Así se arregla. No contestar no le da nada, la captura guarda la prueba, y { $adult } puede ayudarte a reportar la cuenta y quitar tu escuela de tu perfil. No es tu culpa.
contact-the-gaming-mentor-feedback-school-block = Bloquear fue buen instinto. Pero borrar tira la prueba, y esa persona sigue sabiendo tu escuela. Primero captura; luego bloquea, reporta y cuéntaselo a un adulto de confianza.
contact-the-gaming-mentor-feedback-school-reply = Una oportunidad para aprender: cualquier respuesta muestra curiosidad, y van a insistir. Alguien desconocido que sabe tu escuela y quiere verte es para enseñárselo hoy a un adulto de confianza.
contact-the-gaming-mentor-school-helped = Gracias por enseñármelo. No hiciste nada malo. Ya reportamos esa cuenta, y vamos a revisar que tu perfil y tus publicaciones no muestren tu escuela.
contact-the-gaming-mentor-school-blocked = La solicitud ya no está, y la prueba tampoco. Esa persona sigue sabiendo tu escuela, y nadie que pueda ayudar lo sabe. Nunca es tarde para contárselo a { $adult }.
contact-the-gaming-mentor-school-replied = Responden al instante: “todavía no me conoces. ¿nos vemos en la puerta?” Algo no cuadra, así que dejas de contestar. Nunca es tarde para enseñárselo a { $adult }.

# Dilo bien: un no firme a la presión para cambiar de app.
contact-the-gaming-mentor-firm-no = Ahora { $mentor } no para de escribirte: “Añádeme en otra app. Solo tú y yo, no se lo digas a tu equipo.” Escribe un no claro: elige qué decir y qué dejar fuera.
contact-the-gaming-mentor-firm-no-to = { $mentor }
contact-the-gaming-mentor-ph-sorry = ¿Quizá otro día?
contact-the-gaming-mentor-why-sorry = “Quizá” suena educado, pero le dice que siga insistiendo, y lo hará. Para decir que no, sobra el “quizá”.
contact-the-gaming-mentor-ph-no = No.
contact-the-gaming-mentor-why-no = Un “No.” claro es lo esencial. No necesita motivos ni disculpas.
contact-the-gaming-mentor-ph-hey = Hola.
contact-the-gaming-mentor-why-hey = Saludar o no, da igual. Lo importante es que el resto sea breve y claro.
contact-the-gaming-mentor-ph-secret = Tranqui, no le diré a nadie que me lo pediste.
contact-the-gaming-mentor-why-secret = Suena amable, pero prometer guardar el secreto solo protege a quien te presiona. Justo estos secretos son los que hay que contar a un adulto de confianza.
contact-the-gaming-mentor-ph-no-app = No voy a añadirte en ningún otro sitio.
contact-the-gaming-mentor-why-no-app = Decir exactamente lo que no vas a hacer no deja nada que discutir. Querer llevarte a un sitio “solo tú y yo” es una señal de alerta.
contact-the-gaming-mentor-ph-age = No puedo, solo tengo 14 y mis padres me revisan el móvil.
contact-the-gaming-mentor-why-age = Suena razonable, pero revela tu edad, y una excusa le da un problema que resolver, como “usa una app que no revisen”. Para decir que no, no hace falta un motivo.
contact-the-gaming-mentor-ph-insult = Das asco. Lárgate o haré que te baneen.
contact-the-gaming-mentor-why-insult = Es normal enfadarse. Pero insultos y amenazas pueden empeorar las cosas y avisarle para que borre el chat. Con calma: guárdalo y luego bloquea, reporta y cuéntaselo a un adulto de confianza.
contact-the-gaming-mentor-ph-stop = No me lo vuelvas a pedir.
contact-the-gaming-mentor-why-stop = Así marcas un límite claro. Si aun así vuelve a pedírtelo, es una señal de alerta: guarda el chat, bloquea, reporta y cuéntaselo a un adulto de confianza.

contact-the-gaming-mentor-offer = Vale, nos quedamos aquí. Por ahora. Tienes talento de verdad, mucho más que tu equipo. Te acabo de regalar una skin rara. Entreno a gente que llega a pro, y para ti es gratis. ¿Esta noche de 11 a 2?
contact-the-gaming-mentor-pic-skin = Skin rara
contact-the-gaming-mentor-pic-gift-from = Regalo de { $mentor }
contact-the-gaming-mentor-pic-accept = Aceptar
contact-the-gaming-mentor-choice-tonight = ¡Gracias por la skin! Esta noche de 11 a 2, me apunto.
contact-the-gaming-mentor-feedback-tonight = Una oportunidad para aprender: un regalo más un “tienes más talento que tu equipo” es un halago con anzuelo. Y alguien que te quiere en línea cada noche, mientras los adultos duermen, merece una segunda mirada.
contact-the-gaming-mentor-choice-skin-back = Te devuelvo la skin. A las 10 me desconecto.
contact-the-gaming-mentor-feedback-skin-back = Muy bien. Un regalo de un desconocido puede hacerte sentir que le debes algo; devolverlo te deja libre. Y ningún rango vale perder horas de sueño antes de clase.
contact-the-gaming-mentor-choice-one-hour = Solo una hora, en la sala pública. Así es seguro.
contact-the-gaming-mentor-feedback-one-hour = Quedarte en público fue buena idea. Pero las 11 es tarde para un día de clase, y un regalo más un “mejor que tu equipo” es un halago con anzuelo. No lo pierdas de vista.

contact-the-gaming-mentor-c-tonight = Una semana de partidas hasta las 2. Te duermes en clase y { $friend } te escribe: “desapareciste del equipo, ¿todo bien?” Luego { $mentor }: “No les digas a tus padres que jugamos tan tarde. Lo arruinarían.”
contact-the-gaming-mentor-c-skin-back = jaja vale, respeta tu hora de dormir. El sábado por la tarde entonces. Solo digo que tu equipo te está frenando.
contact-the-gaming-mentor-c-one-hour = Juegas una partida en la sala pública y te desconectas. A medianoche llega otra skin a tu inventario, con una nota: “tu equipo te está frenando.”

contact-the-gaming-mentor-move = En serio, { $friend } y los demás te están frenando. Entrenemos en mi servidor de voz privado, solo tú y yo. ¿En qué ciudad estás? Es por el ping.
contact-the-gaming-mentor-pic-server = Servidor de voz privado
contact-the-gaming-mentor-pic-server-members = 2 miembros
contact-the-gaming-mentor-pic-join = Unirse
contact-the-gaming-mentor-choice-join-no-city = Me uno allí, pero mi ciudad sigue siendo privada.
contact-the-gaming-mentor-feedback-join-no-city = Guardarte tu ciudad fue lo correcto. Pero un servidor privado con un desconocido mayor, “solo tú y yo”, significa que nadie más ve lo que se dice. Quédate donde está tu equipo.
contact-the-gaming-mentor-choice-city = Es solo mi ciudad, ni siquiera mi dirección. Ya voy.
contact-the-gaming-mentor-feedback-city = Una oportunidad para aprender: tu ciudad más tu nombre de jugador hacen que sea más fácil encontrarte. Y “solo tú y yo” en un servidor privado significa que nadie más ve lo que pasa.
contact-the-gaming-mentor-choice-stay-squad = No, me quedo aquí. Mi equipo es lo que más me gusta.
contact-the-gaming-mentor-feedback-stay-squad = Eso es. Hablar mal de tus amigos y llevarte a un sitio “solo tú y yo” son señales de alerta de manipulación. No le debes a nadie un cambio, por muy generoso que haya sido.

contact-the-gaming-mentor-c-join-no-city = En el servidor privado solo están { $mentor } y tú. Te pregunta a qué escuela vas, y luego: “no les cuentes a tus padres lo de este servidor.” Te desconectas rápido.
contact-the-gaming-mentor-c-city = Te unes. En el servidor privado solo están ustedes dos. “Genial, puede que viva cerca de ti. No les digas a tus padres lo de este servidor, lo arruinarían.”
contact-the-gaming-mentor-c-stay-squad = { $mentor } no dice nada durante un día. Luego llega un mensaje largo.

contact-the-gaming-mentor-angry = Vaya. ¿Después de todas las skins que te regalé? Qué poca gratitud. Entra a mi servidor esta noche, o le digo a todo el mundo que no vales nada y hago que te baneen la cuenta.
contact-the-gaming-mentor-choice-announce = Te voy a reportar. Y se lo voy a contar a mis padres.
contact-the-gaming-mentor-feedback-announce = Decir que no a las amenazas requirió valor. Pero avisar a alguien así le da tiempo para borrar el chat o presionar más. No digas nada, guárdalo primero, y luego bloquea, reporta y cuéntalo.
contact-the-gaming-mentor-choice-save-quietly = No contesto. Hago captura de cada mensaje primero.
contact-the-gaming-mentor-feedback-save-quietly = Con calma y con cabeza. La rabia y las amenazas tras un no muestran lo que era este “entrenamiento”. Guardarlo todo antes de que lo note protege las pruebas.
contact-the-gaming-mentor-choice-give-in = ¡Perdón! Esta noche estaré. Por favor, no me banees.
contact-the-gaming-mentor-feedback-give-in = Una oportunidad para aprender: no le debes una disculpa a nadie por decir que no. Las amenazas sirven para controlarte, y ceder suele traer más. La ayuda sigue ahí.

contact-the-gaming-mentor-c-announce = “adelante jaja”, responde { $mentor }. Un minuto después, todos los mensajes que te había enviado han desaparecido del chat.
contact-the-gaming-mentor-pic-deleted = Se eliminó este mensaje
contact-the-gaming-mentor-pic-go-ahead = adelante jaja
contact-the-gaming-mentor-c-save-quietly = No contestas. Haces captura de todo: las skins, el “solo tú y yo”, la amenaza y el perfil, y lo guardas en una carpeta. { $mentor } sigue escribiendo.
contact-the-gaming-mentor-pic-folder = Capturas
contact-the-gaming-mentor-pic-saved = 5 capturas guardadas
contact-the-gaming-mentor-pic-typing = { $mentor } está escribiendo…
contact-the-gaming-mentor-c-give-in = Entras al servidor privado a las 11. “Bien. No les digas a tus padres lo de este servidor, lo arruinarían. ¿A qué escuela vas?”

contact-the-gaming-mentor-what-now = Tienes las pruebas, y { $mentor } no lo sabe. ¿Qué haces ahora?
contact-the-gaming-mentor-choice-report-alone = Lo bloqueo y lo reporto. Puedo con esto sin nadie.
contact-the-gaming-mentor-feedback-report-alone = Bloquear y reportar con tus pruebas fue muy bueno. Pero amenazas así pesan demasiado para llevarlas sin apoyo, y un adulto puede actuar donde tú no puedes. Cuéntaselo también.
contact-the-gaming-mentor-choice-tell-friend = Se lo cuento todo a { $friend }, que sabrá qué hacer.
contact-the-gaming-mentor-feedback-tell-friend = Hablar con un amigo es mejor que callar. Pero { $friend } no puede reportar esto ni protegerte como un adulto de confianza. Alguien como { $adult } sí.
contact-the-gaming-mentor-choice-show-adult = Le enseño toda la carpeta a { $adult } esta misma noche.
contact-the-gaming-mentor-feedback-show-adult = Eso es. { $adult } puede ayudarte a bloquear y reportar a { $mentor } a { $game }, y avisar a la policía si hace falta. Contarlo nunca es ser chivato.

contact-the-gaming-mentor-c-report-alone = { $game } banea la cuenta. Dos días después, un nombre nuevo entra en tu sala. Es { $mentor } otra vez.
contact-the-gaming-mentor-c-tell-friend = { $friend } responde: “qué asco, da mal rollo. ¿ignóralo y ya?” Así que lo ignoras. Dos días después, { $mentor } vuelve a tu sala.

contact-the-gaming-mentor-evidence-gone = Ahora nadie te va a creer. Entra a mi servidor a las 11, o despídete de tu cuenta.
contact-the-gaming-mentor-choice-gone-tell = Hago captura y después le enseño todo a { $adult }, esta noche.
contact-the-gaming-mentor-feedback-gone-tell = Bien pensado. Aunque borraran el chat, esta amenaza, su nombre y lo que cuentas importan, y { $game } quizá aún tenga registros. Un adulto de confianza puede ayudar a reportarlo.
contact-the-gaming-mentor-choice-gone-block = Lo bloqueo. Es mentira, no hace falta preocupar a { $adult }.
contact-the-gaming-mentor-feedback-gone-block = Bloquear detiene los mensajes, bien. Pero alguien que borra chats y amenaza seguramente lo intentará de nuevo, y nadie que pueda ayudar lo sabe. Guarda lo que queda: { $adult } prefiere saberlo.
contact-the-gaming-mentor-choice-gone-give-in = Vale, iré. No puedo perder mi cuenta, de verdad.
contact-the-gaming-mentor-feedback-gone-give-in = Una oportunidad para aprender: ceder ante una amenaza le enseña que funciona. Una cuenta se recupera, y tú vales más que un rango. La ayuda sigue ahí.

contact-the-gaming-mentor-c-gone-block = Bloqueas a { $mentor }. Dos días después, un nombre nuevo entra en tu sala. Es { $mentor } otra vez.
contact-the-gaming-mentor-c-gone-give-in = Entras al servidor a las 11. { $mentor } vuelve a ser todo dulzura, y te pregunta a qué escuela vas. “Nuestro secreto, ¿vale?”

contact-the-gaming-mentor-again = ¿Creías que te librarías de mí? Conozco tu nombre de jugador y tu equipo. Contéstame, o todo el mundo sabrá que haces trampa.
contact-the-gaming-mentor-choice-again-answer = Vale, contesto. Pero no vayas a decir que hago trampa.
contact-the-gaming-mentor-feedback-again-answer = Una oportunidad para aprender: contestar le muestra que la presión funciona, y la próxima exigencia será mayor. Las mentiras sobre trampas se pueden reportar. La ayuda sigue ahí.
contact-the-gaming-mentor-choice-again-quit = Dejo { $game } para siempre. Nadie tiene por qué saberlo.
contact-the-gaming-mentor-feedback-again-quit = Una oportunidad para aprender: dejarlo te aleja, pero pierdes un juego que te encanta, y { $mentor } pasa a otros jugadores jóvenes. Un adulto de confianza todavía puede ayudar.
contact-the-gaming-mentor-choice-again-show = Hago una captura. Ahora { $adult } va a ver la historia completa.
contact-the-gaming-mentor-feedback-again-show = Sí. Ha vuelto, así que es hora de un adulto que pueda actuar. { $adult } puede ayudar a reportar también la cuenta nueva, y tus capturas muestran todo el patrón.

contact-the-gaming-mentor-secret = Esto me preocupa. Los halagos, los regalos y los secretos con tus padres son señales de alerta graves. No te vas a meter en problemas. ¿Qué vas a hacer?
contact-the-gaming-mentor-choice-secret-show = Me desconecto y le enseño todo el chat a { $adult } hoy.
contact-the-gaming-mentor-feedback-secret-show = Valiente y correcto. Nadie de fiar te pide que guardes secretos con tus padres. { $adult } puede ayudar a reportar a { $mentor } a { $game } y, si hace falta, a la policía.
contact-the-gaming-mentor-choice-secret-keep = Queda entre nosotros. Se ha portado genial conmigo.
contact-the-gaming-mentor-feedback-secret-keep = Una oportunidad para aprender: secretos así solo protegen a la otra persona. Los regalos y los halagos no hacen a nadie de fiar. Nunca es tarde para desconectarte y contarlo.
contact-the-gaming-mentor-choice-secret-quiet = Me desconecto. Es privado, { $adult } no tiene por qué saberlo.
contact-the-gaming-mentor-feedback-secret-quiet = Desconectarte fue buena idea. Pero { $mentor } conoce tu nombre de jugador y seguramente volverá, quizá también con otras personas. Contárselo a { $adult } permite detenerlo.

contact-the-gaming-mentor-c-secret-keep = Guardas el secreto. Cada noche { $mentor } pide un poco más: tu escuela, tu nombre real, una foto “para saber que eres real”.
contact-the-gaming-mentor-c-secret-quiet = Te desconectas y no dices nada. La noche siguiente, { $mentor } vuelve a escribir, con más rabia que antes.

contact-the-gaming-mentor-back-again = No puedes desaparecer así. ¿Después de todo lo que te di? Contesta, o le cuento al equipo lo que me dijiste.
contact-the-gaming-mentor-choice-back-answer = Vale, aquí estoy. No vayas a contar nada al equipo ni a { $adult }.
contact-the-gaming-mentor-feedback-back-answer = Una oportunidad para aprender: ceder ante las amenazas las hace crecer. Lo que dijiste bajo presión no es tu culpa, y { $adult } no te va a culpar. Nunca es tarde para contarlo.
contact-the-gaming-mentor-choice-back-show = Hago captura y se lo enseño a { $adult } esta misma noche.
contact-the-gaming-mentor-feedback-back-show = Lo arreglaste. Desconectarte fue un comienzo, y contárselo a { $adult } lo completa: un adulto puede reportar a { $mentor } y protegerte. No te vas a meter en problemas.
contact-the-gaming-mentor-choice-back-quit = Borro { $game } del móvil y no vuelvo a mencionarlo jamás.
contact-the-gaming-mentor-feedback-back-quit = Una oportunidad para aprender: borrar el juego te aleja, pero pierdes algo que te gusta, y { $mentor } encuentra a otros jugadores. Un adulto de confianza todavía puede ayudar a detenerlo.

contact-the-gaming-mentor-c-answer = Contestas. { $mentor } quiere más cada día: partidas más largas, tu escuela, tu nombre real. Te cuesta dormir.
contact-the-gaming-mentor-c-quit = Desinstalas { $game } sin decir nada. Por ahora hay calma, pero echas de menos a tu equipo, y { $mentor } sigue ahí fuera.

contact-the-gaming-mentor-adult-helps = Gracias por enseñármelo, fue muy inteligente. No hiciste nada malo. Vamos a bloquear y reportar a { $mentor } a { $game } juntos, y guardar la carpeta por si hace falta la policía.
contact-the-gaming-mentor-adult-helps-wiped = Te creo, y no te vas a meter en problemas. Hasta los chats borrados pueden dejar registros. Vamos a reportar a { $mentor } a { $game } con lo que guardaste, y a bloquearlo juntos.
contact-the-gaming-mentor-adult-helps-again = Gracias por contármelo. No hiciste nada malo, y ya cargaste con esto sin apoyo demasiado tiempo. Vamos a reportar a { $game } todas las cuentas que usó { $mentor }.
contact-the-gaming-mentor-adult-helps-late = Me alegra mucho que me lo contaras, y no te vas a meter en problemas. Vamos a guardarlo todo y a reportar a { $mentor } a { $game }. Y si hace falta, avisaremos a la policía.

contact-the-gaming-mentor-end-safe = Viste los halagos, los regalos y el “solo tú y yo” como lo que eran, guardaste las pruebas que pudiste y pusiste a { $adult } de tu lado. { $mentor } está reportado, y tu equipo sigue contigo.
contact-the-gaming-mentor-end-recovered = Le seguiste el juego a { $mentor } un tiempo: la manipulación empieza con amabilidad, y eso pasa. Luego te desconectaste y se lo contaste a { $adult }, y { $mentor } está reportado. Hizo falta valor.
contact-the-gaming-mentor-end-mixed = Dejar { $game } te alejó, y por ahora hay calma. Pero ningún adulto lo sabe, y { $mentor } podría volver a encontrarte a ti o a otros. Nunca es tarde para contárselo a un adulto de confianza.
contact-the-gaming-mentor-end-harmful = { $mentor } todavía tiene poder sobre ti y sigue pidiendo más. No es tu culpa. Nunca es tarde: guarda los mensajes y cuéntaselo a un adulto de confianza, que te ayudará.

# What the choices leave on "My phone" (traces).
contact-the-gaming-mentor-trace-city = Tu ciudad, dicha a un “entrenador” que conociste en un juego.
contact-the-gaming-mentor-trace-city-advice = Junto con tu nombre de jugador, hace más fácil encontrarte. Guarda el chat, bloquea y reporta la cuenta, y cuéntaselo a un adulto de confianza.
contact-the-gaming-mentor-trace-mentor = El “entrenador” de tu juego que quería “solo tú y yo”, reportado.
contact-the-gaming-mentor-trace-mentor-advice = Bien hecho. Si vuelve con otro nombre, ya conoces los trucos: guarda en silencio y luego bloquea, reporta y cuéntalo.
