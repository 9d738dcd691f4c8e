# Contacto / comercial: El regalo del juego (9-12 años)

contact-the-game-gift-title = El regalo del juego
contact-the-game-gift-summary = Alguien que no conoces te ofrece gratis un aspecto súper raro, pero ¿qué quiere en realidad?
contact-the-game-gift-remember = Nunca compartas tu contraseña, ni por un regalo raro. Haz una captura, reporta sin avisarle y cuéntale a un adulto de confianza.

contact-the-game-gift-app = { $app }
contact-the-game-gift-app-blocklands = Blocklands
contact-the-game-gift-app-skyracers = Sky Racers
contact-the-game-gift-app-roboarena = Robo Arena
contact-the-game-gift-skin-dragon = aspecto Dragón Dorado
contact-the-game-gift-skin-ninja = aspecto Ninja Galáctico
contact-the-game-gift-skin-phoenix = aspecto Fénix Arcoíris
contact-the-game-gift-name-freeskinz = FreeSkinz_Kai
contact-the-game-gift-name-giftmod = Official_Gift_Mod
contact-the-game-gift-name-luckydrop = LuckyDrop_77
contact-the-game-gift-adult-mum = Mamá
contact-the-game-gift-adult-dad = Papá
contact-the-game-gift-adult-grandpa = Abuelo

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = ¡Hola, soy yo, Sango! Al salir de la escuela, juegas a { $app } con { $friend }. ¡Los juegos son más divertidos con amigos! Voy a vigilar el chat contigo.

contact-the-game-gift-gifter-hello = ¡¡Hola!! Hoy regalo el { $skin }, súper raro, a 3 jugadores con suerte, ¡y te tocó a ti! ¿Lo quieres? Es totalmente gratis.
contact-the-game-gift-pic-free = GRATIS
contact-the-game-gift-pic-skin = { $skin }
contact-the-game-gift-choice-no-thanks = No, gracias. No acepto regalos de desconocidos.
contact-the-game-gift-feedback-no-thanks = ¡Bien pensado! Las cosas raras gratis de alguien que no conoces son un truco viejo para ganarse tu confianza. Decir que no siempre está bien.
contact-the-game-gift-choice-check-first = ¿De verdad eres de { $app }? Lo compruebo con { $adult }.
contact-the-game-gift-feedback-check-first = ¡Comprobar es buena idea! Pero preguntárselo no sirve: quien engaña dice que sí y te mete prisa antes de que hables con { $adult }. Los regalos de verdad vienen del propio juego.
contact-the-game-gift-choice-yes-please = ¡SÍ, porfa! ¡Es mi día de suerte! ¿Qué hago?
contact-the-game-gift-feedback-yes-please = Una oportunidad para aprender: un desconocido que regala cosas raras es una señal de alerta. Quiere emocionarte para que no pienses en lo que te va a pedir después.

contact-the-game-gift-gifter-ask = No te dé vergüenza, ¡es 100 % gratis! Solo inicia sesión en mi página de regalos, skinz-gift.win, o dime tu contraseña. ¡Rápido, solo quedan 5 minutos!
contact-the-game-gift-gifter-proof = ¡Claro que sí, mira mi nombre! Inicia sesión en mi página de regalos, skinz-gift.win, o dime tu contraseña. ¡Rápido, solo quedan 5 minutos!
contact-the-game-gift-gifter-ask-yes = ¡Bien! Solo inicia sesión en mi página de regalos, skinz-gift.win, o dime tu contraseña y yo lo pongo en tu cuenta. ¡Rápido, solo quedan 5 minutos!
contact-the-game-gift-pic-url = skinz-gift.win
contact-the-game-gift-pic-timer-5 = 5:00
contact-the-game-gift-pic-claim = ¡Reclama tu aspecto gratis!
contact-the-game-gift-pic-password = Contraseña
contact-the-game-gift-pic-log-in = Iniciar sesión

contact-the-game-gift-countdown = Aparece un temporizador en el chat: 4:59... 4:58... 4:57...
contact-the-game-gift-pic-timer = 4:59
contact-the-game-gift-choice-screenshot-report = Hago captura del chat y luego reporto a { $gifter }.
contact-the-game-gift-feedback-screenshot-report = ¡Muy bien! Los regalos de verdad nunca piden tu contraseña. La captura guarda la prueba, y el reporte deja que el juego frene a { $gifter } para todos.
contact-the-game-gift-choice-announce = ¡Es una estafa! ¡Te voy a reportar y se lo diré a { $adult }!
contact-the-game-gift-feedback-announce = ¡Bien visto, es una estafa! Pero avisar a { $gifter } le deja borrar el chat y desaparecer. Mejor: primero una captura, y luego reportar sin decir nada.
contact-the-game-gift-choice-log-off = ¡Mi contraseña no te la doy! Me desconecto. ¡Chao!
contact-the-game-gift-feedback-log-off = ¡Guardar tu contraseña fue justo lo correcto! Pero { $gifter } probará el mismo truco con otros jugadores. Una captura y un reporte ayudan a frenarlo.
contact-the-game-gift-choice-log-in = ¡Rápido, inicio sesión en la página antes de que se acabe!
contact-the-game-gift-choice-log-in-yes = Es seguro, es solo la página de regalos. ¡Entro ahora mismo!
contact-the-game-gift-feedback-log-in = Una oportunidad para aprender: las páginas falsas copian el inicio de sesión real para robar contraseñas, y el temporizador era para meterte prisa. Tu contraseña es solo para ti y tu familia.

contact-the-game-gift-reported = El juego responde: “¡Gracias! Estamos revisando a este jugador”. { $gifter } desaparece del chat. Una hora después, { $friend } te escribe.
contact-the-game-gift-pic-thanks-checking = ¡Gracias! Estamos revisando a este jugador.
contact-the-game-gift-vanished = { $gifter } escribe “JAJA chao” y borra todo el chat. Ya no queda nada que enseñarle al juego. Una hora después, { $friend } te escribe.
contact-the-game-gift-logged-off = Te desconectas. Una hora después, { $friend } te manda un mensaje, y no parece nada feliz.
contact-the-game-gift-reported-yes = El juego responde: “¡Gracias! Estamos revisando a este jugador”. { $gifter } desaparece del chat, y tu contraseña sigue siendo solo tuya.

contact-the-game-gift-friend-scammed = ¡Ayuda! Inicié sesión en esa página de regalos y ahora mi cuenta ya no está. Todos en el chat del equipo se ríen y me llaman noob.
contact-the-game-gift-choice-get-adult = ¡No es tu culpa! Ven, vamos a enseñárselo a { $adult } ahora.
contact-the-game-gift-feedback-get-adult = ¡Amable y valiente! Los estafadores engañan también a los adultos, así que nunca es culpa de quien cae. Un adulto puede ayudar a cambiar contraseñas y a reportarlo.
contact-the-game-gift-choice-post-link = Aviso a todo el equipo y pongo el enlace, para que sepan.
contact-the-game-gift-feedback-post-link = ¡Avisar al equipo es amable! Pero un mensaje con el enlace da curiosidad, y alguien lo va a tocar. Avisa con tus palabras, sin enlace, y pide ayuda a un adulto.
contact-the-game-gift-choice-hide-it = Mejor no contarlo. { $adult } nos quitaría el juego.
contact-the-game-gift-feedback-hide-it = Una oportunidad para aprender: esconderlo deja la cuenta en manos del estafador. Caer en un engaño no merece castigo. Contárselo a un adulto de confianza es como se arregla.

contact-the-game-gift-friend-helped = Gracias a los dos por contármelo. No es tu culpa, { $friend }. Vamos a cambiar tu contraseña ahora mismo, reportar a { $gifter } y pedir al soporte de { $app } que intente ayudar.
contact-the-game-gift-friend-hides = { $friend } no dice nada. Por la noche, su cuenta vieja está mandando el truco del regalo a todo el equipo.
contact-the-game-gift-link-clicked = Los jugadores responden “¿una skin gratis?” y “¿es real??”. Dos dicen que van a tocar skinz-gift.win “solo para ver”.

contact-the-game-gift-team-mess = ¡Ay, no! Ahora todos quieren probar tu enlace. ¿Qué hacemos?
contact-the-game-gift-choice-fix-together = Borro mi mensaje. Luego vamos juntos a buscar a { $adult }.
contact-the-game-gift-feedback-fix-together = ¡Bien salvado! Quitar el enlace evita más clics, y un adulto puede ayudar a todos a cambiar contraseñas y a reportarlo. Los errores se pueden arreglar.
contact-the-game-gift-choice-stay-out = Si lo tocan, no es mi culpa. No pienso meter a { $adult } en esto.
contact-the-game-gift-feedback-stay-out = Una oportunidad para aprender: cualquiera puede tocar un enlace, incluso la gente cuidadosa. Quitar tu mensaje y contar con { $adult } frena el truco.
contact-the-game-gift-spread = Tu mensaje sigue ahí. Dos jugadores tocan el enlace “solo para ver”, y por la noche sus cuentas también mandan el truco del regalo por el equipo.

contact-the-game-gift-account-weird = La página dice “Error” y no llega ningún aspecto. A la mañana siguiente, { $friend } te pregunta por qué tu cuenta le mandó el mismo mensaje del regalo.
contact-the-game-gift-gifter-demands = ¿Quieres recuperar tu cuenta? Fácil. Mándame el correo de tu mamá o tu papá y el código secreto que les llegue. No se lo digas a nadie, ¡o tu cuenta desaparecerá para siempre!
contact-the-game-gift-choice-show-adult = Le enseño esto a { $adult } y cambio mi contraseña.
contact-the-game-gift-feedback-show-adult = ¡La mejor jugada! “No se lo digas a nadie” es una gran señal de alerta. Cambiar rápido tu contraseña protege lo que queda, y { $adult } puede ayudar a reportarlo. No te vas a meter en problemas.
contact-the-game-gift-choice-threaten = ¡Devuélveme mi cuenta o se lo diré a { $adult } y a la policía!
contact-the-game-gift-feedback-threaten = ¡Plantarle cara es valiente! Pero una amenaza avisa al estafador, y te deja fuera más rápido. Mejor: deja de responder, haz una captura y cuéntaselo a un adulto de confianza.
contact-the-game-gift-choice-new-account = Lo bloqueo y empiezo con una cuenta nueva.
contact-the-game-gift-feedback-new-account = ¡No mandar nada estuvo bien! Pero tu cuenta vieja sigue en sus manos, engañando a tus amigos. Un adulto de confianza puede ayudar a reportarla.
contact-the-game-gift-choice-send-code = Mando el correo y el código. ¡Quiero recuperar mis cosas!
contact-the-game-gift-feedback-send-code = Una oportunidad para aprender: ese código puede abrir también la cuenta de tu mamá o tu papá, y los estafadores siempre piden más. Nunca es tarde para parar y contárselo a un adulto.

contact-the-game-gift-adult-helps-late = Me alegra mucho que me lo contaras. Cualquiera puede caer, y no te vas a meter en problemas. Cambiemos tus contraseñas donde se pueda, reportemos a { $gifter } y pidamos al soporte de { $app } que intente ayudar.
contact-the-game-gift-new-start = Tu cuenta nueva funciona. Pero la vieja sigue mandando el truco del regalo a tus amigos.
contact-the-game-gift-locked-out = { $gifter } escribe “JAJA, suerte” y cambia tu contraseña. Ahora no puedes entrar de ninguna manera.
contact-the-game-gift-code-sent = ¡Gracias! ¿Y tu cuenta? Todavía no. Primero necesito también la contraseña de tu mamá o tu papá. Recuerda: no se lo digas a nadie.

contact-the-game-gift-old-account = ¡Tu cuenta vieja no para de mandarme ese enlace del regalo! ¿De verdad eres tú?
contact-the-game-gift-choice-someone-took = ¡No! Alguien me la robó. Voy a buscar a { $adult } ya.
contact-the-game-gift-feedback-someone-took = ¡Bien hecho! Decirle la verdad a { $friend } ayuda, y { $adult } puede ayudar a cambiar contraseñas y pedir al soporte del juego que intente ayudar. No te vas a meter en problemas.
contact-the-game-gift-choice-fix-alone = ¡No hagas clic! Lo arreglo antes de que { $adult } se entere.
contact-the-game-gift-feedback-fix-alone = Una oportunidad para aprender: no tienes que arreglar una estafa sin ayuda, y los estafadores esperan que lo escondas. Nunca es tarde para contárselo a { $adult }, que te ayudará sin regañarte.
contact-the-game-gift-fixing-alone = Lo intentas durante horas, pero no puedes volver a entrar. Tu cuenta vieja sigue mandando el truco a más jugadores.

contact-the-game-gift-end-safe = Guardaste tu contraseña y ayudaste a { $friend } a ir con { $adult }. Las contraseñas están cambiadas, { $gifter } está reportado y el soporte de { $app } lo está revisando. ¡Eso es jugar en equipo!
contact-the-game-gift-end-caught = Al principio te emocionaste, pero cuando { $gifter } pidió tu contraseña, viste el truco. Guardaste una captura y lo reportaste. ¡Bien salvado!
contact-the-game-gift-end-recovered = Caíste en el engaño, y luego hiciste lo más valiente: contárselo a { $adult }. Las contraseñas están cambiadas donde se pudo, { $gifter } está reportado y el soporte de { $app } intenta ayudar.
contact-the-game-gift-end-spread = El truco del regalo sigue extendiéndose, y la cuenta de { $friend } sigue en manos de { $gifter }. Caer en un engaño no es culpa de nadie. Nunca es tarde para contárselo a un adulto de confianza, que te ayudará.
contact-the-game-gift-end-harmful = { $gifter } todavía tiene tu cuenta y la usa para engañar a otros. Caer en un engaño no es tu culpa, y nunca es tarde para contárselo a un adulto de confianza, que te ayudará.

# The world remembers: the password the free-gems pop-up took.
contact-the-game-gift-old-password = ¡Espera! ¿Recuerdas el aviso de gemas gratis que se llevó tu contraseña? Si usas la misma en { $app }, los tramposos también podrían entrar aquí.
contact-the-game-gift-choice-new-password = Le pido a { $adult } que me ayude a crear otra contraseña.
contact-the-game-gift-feedback-new-password = ¡Buena jugada! Una contraseña que se llevó una trampa ya no es segura en ningún sitio. Una nueva, distinta para cada juego, deja fuera a los tramposos.
contact-the-game-gift-choice-keep-password = Luego. { $adult } me ayudó a elegirla, es muy segura.
contact-the-game-gift-feedback-keep-password = Una oportunidad para aprender: ni una contraseña segura está a salvo cuando un truco la tiene, y los tramposos la prueban en muchos juegos. Nunca es tarde para cambiarla con ayuda de mamá o papá.
contact-the-game-gift-password-changed = ¡Bien pensado, preguntarme! Listo: una contraseña nueva, distinta de tus otros juegos. Solo tú y yo la sabemos. ¡Ahora ve a divertirte!
contact-the-game-gift-password-kept = Empiezas a jugar. Tu contraseña de antes sigue igual, aquí y en el otro juego.

# The world remembers: the stranger, blocked and reported, under a new name.
contact-the-game-gift-choice-same-trick = ¡La misma trampa que { $stranger }! Hago captura y reporto.
contact-the-game-gift-feedback-same-trick = ¡Buen ojo! Un nombre nuevo puede esconder a la misma persona, o la misma trampa: primero un regalo gratis, luego más peticiones. Guardaste la prueba y reportaste, como la otra vez.

# The world remembers: the friend the child got help for.
contact-the-game-gift-friend-trusts = Cuando mi video recibió todos esos comentarios crueles, me conseguiste ayuda. Por eso eres la primera persona a la que se lo cuento.

# My phone: what stays on the phone after this level.
contact-the-game-gift-trace-gifter = Un jugador que regalaba skins «gratis»: reportado al juego.
contact-the-game-gift-trace-gifter-advice = ¡Muy bien! Los regalos de verdad vienen del juego, no de jugadores en el chat. Si la misma trampa vuelve con otro nombre, haz una captura y repórtala otra vez.
contact-the-game-gift-trace-password = Tu contraseña del juego, escrita en una página de regalos falsa.
contact-the-game-gift-trace-password-advice = Quien hizo esa página puede tenerla todavía. Pide a mamá o papá que te ayuden a cambiarla y a pedir ayuda al soporte del juego con tu cuenta.
