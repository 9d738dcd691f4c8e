# Contacto / sexual, para 9-12 años: solo señales de alerta (Un desconocido muy amable)

contact-the-friendly-stranger-title = Un desconocido muy amable
contact-the-friendly-stranger-summary = Alguien que no conoces es súper amable en el chat de un juego y te ofrece gemas gratis. ¿Qué está pasando en realidad?
contact-the-friendly-stranger-remember = Nadie debería pedirte selfis ni secretos. No le avises: deja de responder, guarda los mensajes, y luego bloquea, reporta y cuéntale a un adulto de confianza.

contact-the-friendly-stranger-npc-gamer = { $stranger }
contact-the-friendly-stranger-npc-newplayer = { $stranger }_2
contact-the-friendly-stranger-npc-adult = { $adult }
contact-the-friendly-stranger-adult-mum = Mamá
contact-the-friendly-stranger-adult-dad = Papá
contact-the-friendly-stranger-adult-gran = Abuela

# Variedad: cada partida elige una opción de cada variable de `vary`.
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = Escuela Las Colinas
contact-the-friendly-stranger-school-oakwood = Escuela Los Robles
contact-the-friendly-stranger-school-riverside = Escuela del Río

contact-the-friendly-stranger-intro = Estás construyendo un castillo en { $game }, tu juego favorito. ¡Los juegos son más divertidos con amigos! Voy a vigilar el chat contigo.

contact-the-friendly-stranger-first-message = ¡Guau, tu castillo es el mejor que he visto! Tienes mucho talento. Yo también tengo 12 años. ¿Quieres 500 gemas gratis? Solo dime a qué escuela vas para mandártelas.
contact-the-friendly-stranger-pic-free-gems = 500 gemas gratis
contact-the-friendly-stranger-choice-no-school = ¡Buen intento! Mi escuela no sale en internet.
contact-the-friendly-stranger-feedback-no-school = ¡Bien pensado! Tu escuela le dice a la gente dónde encontrarte, así que no sale en internet. Y las gemas gratis de un desconocido suelen ser un truco para ganarse tu confianza.
contact-the-friendly-stranger-choice-ask-adult = Primero le pregunto a { $adult } y luego te digo.
contact-the-friendly-stranger-feedback-ask-adult = ¡Preguntarle a { $adult } es un buen hábito! Pero tu escuela nunca es para desconocidos, así que aquí la respuesta es simplemente no. Y los regalos de alguien que no conoces son una señal de alerta.
contact-the-friendly-stranger-choice-tell-school = ¡Genial! Voy a la { $school }. ¿Y tú?
contact-the-friendly-stranger-feedback-tell-school = Una oportunidad para aprender: tu escuela le dice a un desconocido dónde estás cada día. No la compartas, aunque parezca muy amable. Querer verse en persona también es una señal de alerta.

contact-the-friendly-stranger-shrug = Bueno, bueno, nada de escuela. ¡Sigues siendo la estrella de las construcciones! Toma, 50 gemas igual, porque sí.
contact-the-friendly-stranger-no-adult = ¡Nooo, no les preguntes a los adultos! Lo arruinan todo. Olvida lo de la escuela por ahora, ¿sí?
contact-the-friendly-stranger-knows-school = ¿La { $school }? ¡No puede ser, queda cerca de mi casa! Quizás podamos vernos algún día. Eres mucho más genial que los otros chicos con los que hablo.

contact-the-friendly-stranger-pushy = Mejor hablemos por ChatZip, es más privado. Y no le hables de mí a tu familia, ¿de acuerdo? No entenderían nuestra amistad.
contact-the-friendly-stranger-pic-chatzip = ¡Hablemos por ChatZip!
contact-the-friendly-stranger-pic-add-friend = Añadir amigo
contact-the-friendly-stranger-choice-save-go = Captura de pantalla, ni una palabra más, y voy por { $adult }.
contact-the-friendly-stranger-feedback-save-go = ¡Muy bien! Una app privada y secretos con tu familia son grandes señales de alerta. Guardaste la prueba y te fuiste sin decir nada, así { $adult } puede bloquear y reportar.
contact-the-friendly-stranger-choice-announce = ¡Basta! ¡Se lo voy a contar a { $adult } ahora mismo!
contact-the-friendly-stranger-feedback-announce = ¡Defenderte es valiente! Pero avisar a { $stranger } le da tiempo para borrarlo todo. Mejor: deja de responder, guarda los mensajes, bloquea, reporta y cuéntaselo a { $adult }.
contact-the-friendly-stranger-choice-add-app = Bueno, te agrego. ChatZip es más privado, de todas formas.
contact-the-friendly-stranger-feedback-add-app = Una oportunidad para aprender: una amistad sana nunca te pide que la escondas de tu familia. En una app privada, nadie puede ver si algo sale mal.
contact-the-friendly-stranger-choice-log-off = Me desconecto, es lo más seguro. No hace falta preocupar a { $adult }.
contact-the-friendly-stranger-feedback-log-off = ¡Salir del chat es un buen comienzo! Pero { $stranger } conoce tu escuela y puede volver. { $adult } querría saberlo: guarda los mensajes, y luego bloquea, reporta y cuéntalo para que pare.

contact-the-friendly-stranger-adult-helps = Gracias por enseñármelo. No hiciste nada malo. Esta captura es justo lo que necesitamos. Vamos a bloquear y reportar a { $stranger } juntos.
contact-the-friendly-stranger-pic-blocked-reported = Bloqueado y reportado
contact-the-friendly-stranger-pic-thanks-look = ¡Gracias! Lo vamos a revisar.
contact-the-friendly-stranger-deleted = { $stranger } escribe: “Oye, era una BROMA. No seas bebé”. Luego todos sus mensajes desaparecen. Llega uno nuevo: “Si se lo cuentas a alguien, te vas a meter en un buen lío”.
contact-the-friendly-stranger-asks-photo = ¡Genial, somos superamigos! Ahora mándame un selfi, para saber que eres real. Recuerda, es nuestro secreto.
contact-the-friendly-stranger-adult-helps-school = Gracias por enseñármelo. No te vas a meter en problemas, ni siquiera por lo de la escuela. Vamos a bloquear y reportar a { $stranger }. También avisaré a tus maestros, para que te cuiden.
contact-the-friendly-stranger-waiting-school = Al día siguiente, { $stranger } te espera en el chat del juego: “¿A dónde te fuiste? Conozco tu escuela, ¡casi somos vecinos! Mándame un selfi para saber que eres real”.

contact-the-friendly-stranger-after-delete = Los mensajes viejos desaparecieron, pero ese nuevo es una amenaza. No es tu culpa, y no te vas a meter en problemas. ¿Qué vas a hacer?
contact-the-friendly-stranger-choice-save-new = Capturo ese mensaje nuevo y se lo enseño a { $adult }.
contact-the-friendly-stranger-feedback-save-new = ¡Genial! Aunque los mensajes viejos ya no están, esa amenaza es una prueba. { $adult } puede bloquear y reportar a { $stranger }, y tú no tienes que responder nunca más.
contact-the-friendly-stranger-choice-block-quiet = Lo bloqueo y ya está. No quiero asustar a { $adult }.
contact-the-friendly-stranger-feedback-block-quiet = ¡Bloquear es un buen paso! Pero { $stranger } puede crear otra cuenta, y otros chicos podrían ser los siguientes. { $adult } preferiría saberlo: guarda el mensaje y cuéntalo, para que se pueda reportar.
contact-the-friendly-stranger-choice-say-sorry = Le pido perdón y le prometo no contar nada.
contact-the-friendly-stranger-feedback-say-sorry = Una oportunidad para aprender: no hiciste nada malo, así que no hay nada que perdonar. Una amenaza así es un truco para que te calles. Un adulto de confianza puede ayudarte.

contact-the-friendly-stranger-adult-helps-deleted = Gracias por contármelo. No te vas a meter en problemas. Con esta captura basta: vamos a bloquear y reportar a { $stranger } juntos.
contact-the-friendly-stranger-blocked-quiet = Bloqueas a { $stranger } sin decir nada. Dos días después, un jugador nuevo te escribe.
contact-the-friendly-stranger-sorry-sent = Bien. Ahora demuéstrame que puedo confiar en ti: mándame un selfi. Queda entre nosotros.

contact-the-friendly-stranger-new-account = ¡Hola, soy yo! ¿Por qué me bloqueaste? Creía que éramos superamigos. No se lo digas a nadie, ¿sí?
contact-the-friendly-stranger-pic-joined-today = Se unió hoy
contact-the-friendly-stranger-pic-friends-0 = Amigos: 0
contact-the-friendly-stranger-choice-show-adult = ¡Otra vez ese jugador! Le hago captura y voy por { $adult }.
contact-the-friendly-stranger-feedback-show-adult = ¡Buen ojo! Un nombre nuevo con las mismas palabras es la misma persona. Tu captura ayuda a { $adult } a bloquear y reportar las dos cuentas.
contact-the-friendly-stranger-choice-add-back = Lo vuelvo a agregar, está triste. Si es raro, se lo diré a { $adult }.
contact-the-friendly-stranger-feedback-add-back = Una oportunidad para aprender: sentir pena por alguien es amable, pero aquí la culpa es un truco. Una cuenta nueva tras un bloqueo, pidiendo secretos, ya es bastante rara como para contarlo.
contact-the-friendly-stranger-choice-busy-reply = ¡Perdón, tenía cosas que hacer! Seguimos siendo amigos, ¿sí?
contact-the-friendly-stranger-feedback-busy-reply = Una oportunidad para aprender: ser amable está bien, pero no le debes una respuesta a { $stranger }. Una cuenta nueva después de un bloqueo es una señal de alerta. Guárdalo y cuéntaselo a un adulto.
contact-the-friendly-stranger-friends-again = ¡Bien, superamigos otra vez! Entonces, ¿me mandas ese selfi ahora? Solo entre nosotros.
contact-the-friendly-stranger-adult-helps-new = Gracias por enseñármelo. No hiciste nada malo. Nombre nuevo, misma persona: vamos a bloquear y reportar las dos cuentas juntos.
contact-the-friendly-stranger-new-friend = ¡Bien, sabía que volverías! Ahora mándame un selfi, para saber que de verdad eres tú. Nuestro secreto, ¿sí?

contact-the-friendly-stranger-photo = Dale, ¿y mi selfi? Queda entre nosotros, ¿sí?
contact-the-friendly-stranger-choice-stop-save = Ni una palabra más. Hago captura y voy a buscar a { $adult }.
contact-the-friendly-stranger-feedback-stop-save = ¡Qué valentía! Siempre tienes derecho a decir que no. Pedir selfis y secretos es una gran señal de alerta. Tu captura ayuda a { $adult } a bloquear y reportar.
contact-the-friendly-stranger-choice-polite-no = ¡Selfi no, perdón! { $adult } comprueba mi móvil. ¿Seguimos jugando?
contact-the-friendly-stranger-feedback-polite-no = ¡Decir que no estuvo bien! Pero quien pide selfis y secretos no es una amistad sana, y va a insistir. Deja de responder, guarda el chat y pide ayuda.
contact-the-friendly-stranger-choice-send-selfie = Bueno, solo una. Es solo mi cara, y queda privada.
contact-the-friendly-stranger-feedback-send-selfie = Una oportunidad para aprender: cuando envías una foto, ya no controlas a dónde va. Pedir selfis y secretos es una señal de alerta, lo pida quien lo pida.

contact-the-friendly-stranger-adult-helps-late = Me alegra mucho que me lo contaras. No te vas a meter en problemas, hiciste lo correcto. Guardemos esas capturas y luego vamos a bloquear y reportar a { $stranger } juntos.
contact-the-friendly-stranger-keeps-asking = ¡Dale, solo una! ¿No confías en mí? Y no digas nada en casa, o te vas a meter en un buen lío y te quitarán el juego.
contact-the-friendly-stranger-selfie-sent = ¡Qué linda foto! Ahora manda otra. Y no digas nada en casa, o te vas a meter en un buen lío y te quitarán el juego.

contact-the-friendly-stranger-last-chance = Esto me preocupa. Asustarte con problemas es un truco para que te calles. NO te vas a meter en problemas, y esto no es tu culpa. ¿Qué vas a hacer?
contact-the-friendly-stranger-choice-show-all = Guardo el chat y se lo enseño todo a { $adult }, ya mismo.
contact-the-friendly-stranger-feedback-show-all = ¡Eso es valentía de verdad! Quienes piden secretos a los niños cuentan con su silencio. { $adult } te va a escuchar y ayudar, y no te vas a meter en problemas.
contact-the-friendly-stranger-choice-keep-secret = Guardo el secreto. Contárselo a { $adult } me hace perder el juego.
contact-the-friendly-stranger-feedback-keep-secret = Una oportunidad para aprender: tener miedo es normal, pero «perderás tu juego» es una amenaza para que no digas nada. Los secretos así solo ayudan a la otra persona. Nunca es tarde para contarlo.
contact-the-friendly-stranger-choice-delete-all = Borro todo el chat, y así nadie lo verá nunca.
contact-the-friendly-stranger-feedback-delete-all = Una oportunidad para aprender: borrar el chat no detiene a { $stranger }, solo borra la prueba. Guarda los mensajes y cuéntaselo a un adulto de confianza. Nunca es tarde.
contact-the-friendly-stranger-chat-deleted = El chat ya no está, pero { $stranger } sí. Al día siguiente llega un mensaje nuevo: “¿Dónde está mi próximo selfi? Recuerda, es nuestro secreto”.
contact-the-friendly-stranger-secret-kept = No dices nada. Pero { $stranger } sigue escribiendo y pidiendo más, y el secreto pesa más cada día.

contact-the-friendly-stranger-end-safe = Descubriste los trucos de { $stranger }, guardaste la prueba y se lo contaste a { $adult }. { $stranger } quedó bloqueado y reportado, y nunca compartiste tu escuela ni una foto. ¡Genial!
contact-the-friendly-stranger-end-recovered = Fue más lejos de lo que debía, pero luego dejaste de responder, guardaste los mensajes y se lo contaste a { $adult }. { $stranger } quedó bloqueado y reportado. ¡Arreglarlo requirió valor!
contact-the-friendly-stranger-end-harmful = { $stranger } sigue pidiendo selfis y secretos, y pesa más cada día. No es tu culpa, y nunca es tarde: cuéntaselo a un adulto de confianza. Te va a ayudar, y no te vas a meter en problemas.

# The world remembers: location left on in the drawing app put the child's dot on its map.
contact-the-friendly-stranger-saw-map = ¡Eh, te conozco! Vi tus dibujos en el mapa de esa app de dibujo, «Artistas cerca de ti». Tu punto está justo al lado del parque. ¡Eso está cerca de mí!
contact-the-friendly-stranger-choice-map-adult = No respondo. Se lo enseño a { $adult } y quitamos la ubicación.
contact-the-friendly-stranger-feedback-map-adult = ¡Muy bien visto! Un desconocido que sabe dónde vives es una gran señal de alerta. No respondiste, y { $adult } puede apagar la ubicación para que tu punto desaparezca.
contact-the-friendly-stranger-choice-map-ignore = Lo ignoro. Mis dibujos son privados de todos modos.
contact-the-friendly-stranger-feedback-map-ignore = ¡No responder fue buena idea! Pero tu punto sigue en el mapa y cualquiera puede verlo. Enséñaselo a { $adult }: con su ayuda puedes apagar la ubicación.
contact-the-friendly-stranger-choice-map-yes = ¡Sí, al lado del parque! { $adult } me lleva allí los sábados.
contact-the-friendly-stranger-feedback-map-yes = Una oportunidad para aprender: un desconocido no necesita saber dónde vives ni cuándo vas al parque, aunque diga que vive cerca. Todavía se puede apagar la ubicación, con la ayuda de { $adult }.
contact-the-friendly-stranger-map-off = Gracias por enseñármelo. No hiciste nada malo. Listo: la ubicación está apagada en la app de dibujo y tu punto ya no está. Si este jugador te pide algo, ven a buscarme enseguida.
contact-the-friendly-stranger-map-ignored = No respondes. Pero tu punto sigue en el mapa, y { $stranger } sigue escribiendo.
contact-the-friendly-stranger-map-neighbours = ¿Los sábados? ¡Yo también! A lo mejor te veo allí. Sabía que íbamos a ser superamigos.

# My phone: what stays on the phone after this level.
contact-the-friendly-stranger-trace-reported = { $stranger }: bloqueado y reportado, con ayuda de { $adult }.
contact-the-friendly-stranger-trace-reported-advice = ¡Muy bien! Si una cuenta nueva escribe cosas parecidas, puede ser la misma persona. Haz una captura, luego bloquea, reporta y cuéntaselo otra vez a un adulto.
contact-the-friendly-stranger-trace-school = El nombre de tu escuela, que le dijiste a { $stranger }.
contact-the-friendly-stranger-trace-school-advice = Un desconocido no lo necesita. Si lo vuelve a mencionar, deja de responder, guarda el chat y enséñaselo a un adulto de confianza, que te ayudará a bloquear y reportar.
