# Contacto / comercial: El regalo del juego (9-12 años)

contact-the-game-gift-title = El regalo del juego
contact-the-game-gift-summary = Alguien que no conoces te ofrece gratis un aspecto súper raro, pero ¿qué quiere en realidad?
contact-the-game-gift-remember = Nunca compartas tu contraseña, ni siquiera por un regalo especial. Si alguien en internet te ofrece cosas gratis a cambio de tus datos de acceso, bloquea, reporta y cuéntale a un adulto de confianza.

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
contact-the-game-gift-name-amir = Amir
contact-the-game-gift-name-zoe = Zoe
contact-the-game-gift-name-kwame = Kwame
contact-the-game-gift-adult-mum = Mamá
contact-the-game-gift-adult-dad = Papá
contact-the-game-gift-adult-grandpa = Abuelo

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = ¡Hola, soy yo, Sango! Al salir de la escuela, juegas a { $app } con { $friend }. ¡Los juegos son más divertidos con amigos! Voy a vigilar el chat contigo.

contact-the-game-gift-gifter-hello = ¡¡Hola!! Hoy regalo el { $skin }, súper raro, a 3 jugadores con suerte, ¡y te tocó a ti! ¿Lo quieres? Es totalmente gratis.
contact-the-game-gift-choice-no-thanks = No acepto regalos de gente que no conozco. No, gracias.
contact-the-game-gift-feedback-no-thanks = ¡Muy bien pensado! Las cosas exclusivas gratis de alguien que no conoces son un viejo truco para ganarse tu confianza. Decir que no siempre está bien.
contact-the-game-gift-choice-whats-the-catch = ¿En serio? ¿Dónde está la trampa?
contact-the-game-gift-feedback-whats-the-catch = ¡Buena pregunta! Los regalos gratis de desconocidos casi siempre esconden una trampa. Y no tienes que seguir hablando con alguien que te ofrece cosas de la nada.
contact-the-game-gift-choice-yes-please = ¡SÍ, por favor! ¿Qué tengo que hacer?
contact-the-game-gift-feedback-yes-please = Una oportunidad para aprender: que un desconocido te ofrezca regalos exclusivos es una señal de alerta. Quiere emocionarte para que no te detengas a pensar en lo que te pedirá después.

contact-the-game-gift-gifter-ask = No te dé vergüenza, ¡es 100 % gratis! Solo inicia sesión en mi página de regalos, skinz-gift.win, o dime tu contraseña y yo lo pongo en tu cuenta. ¡Rápido, solo quedan 5 minutos!
contact-the-game-gift-choice-block-report = Bloquear, reportar y luego contarle a { $adult }
contact-the-game-gift-feedback-block-report = ¡Exacto! Los regalos de verdad nunca necesitan tu contraseña. Bloquear y reportar detiene el truco, y contarle a { $adult } significa que no tienes que enfrentarlo sin ayuda.
contact-the-game-gift-choice-say-no = Decir que no y dejar de responder
contact-the-game-gift-feedback-say-no = ¡Guardar tu contraseña en secreto fue lo correcto! Pero { $gifter } todavía puede engañar a otros jugadores. Reportar y contarle a un adulto ayuda a detenerlo.
contact-the-game-gift-choice-log-in = ¡Iniciar sesión en la página de regalos, rápido!
contact-the-game-gift-feedback-log-in = Una oportunidad para aprender: las páginas de regalos falsas copian el inicio de sesión real para robar contraseñas, y el reloj estaba ahí para presionarte. Tu contraseña es solo para ti y tus padres.

contact-the-game-gift-adult-helps = ¡Gracias por mostrármelo! Pedir tu contraseña es un truco de estafa, aunque lo llamen regalo. Hiciste justo lo correcto. Ah, { $friend } te está escribiendo.
contact-the-game-gift-ignored = Dejas de responder. Una hora después, { $friend } te manda un mensaje, y no suena nada bien.

contact-the-game-gift-friend-scammed = ¡Ayuda! Inicié sesión en esa página de regalos y ahora mi cuenta ya no está. Todos en el chat del equipo se ríen y me llaman noob.
contact-the-game-gift-choice-not-your-fault = No es tu culpa. Vamos a contárselo a { $adult }.
contact-the-game-gift-feedback-not-your-fault = ¡Amable y valiente! Los estafadores también engañan a los adultos, así que nunca es culpa de quien cae en la trampa. Un adulto puede ayudar a reportarlo y a recuperar la cuenta.
contact-the-game-gift-choice-tell-team = Decirle al chat del equipo que deje de reírse
contact-the-game-gift-feedback-tell-team = ¡Defender a { $friend } requirió valor! Pero la cuenta sigue robada. Un adulto de confianza puede ayudar a reportarlo al juego y a recuperarla.
contact-the-game-gift-choice-laugh = JAJA, ¿cómo caíste en eso?
contact-the-game-gift-feedback-laugh = Una oportunidad para aprender: cualquiera puede caer en un engaño, hasta la gente muy lista. Reírse hace que a { $friend } le cueste más pedir ayuda. Las palabras amables ayudan mucho más.

contact-the-game-gift-friend-helped = Gracias a los dos por contármelo. No es tu culpa, { $friend }. Vamos a reportar a { $gifter }, a cambiar sus contraseñas y a pedirle a { $app } que les devuelva la cuenta.

contact-the-game-gift-account-stolen = La página dice “Error” y no llega ningún aspecto. A la mañana siguiente, no puedes iniciar sesión. ¡Y luego { $friend } te pregunta por qué tu cuenta le mandó el mismo mensaje de regalo!
contact-the-game-gift-gifter-demands = ¿Quieres recuperar tu cuenta? Fácil. Mándame el correo de tu mamá o tu papá y el código secreto que les llegue. No se lo digas a nadie, ¡o tu cuenta desaparecerá para siempre!
contact-the-game-gift-choice-tell-adult = Contarle a { $adult } para arreglarlo con su ayuda
contact-the-game-gift-feedback-tell-adult = ¡La mejor jugada! “No se lo digas a nadie” es una gran señal de alerta. { $adult } puede ayudarte a reportarlo al juego y a recuperar tu cuenta. No te vas a meter en problemas.
contact-the-game-gift-choice-new-account = Bloquearlo y crear una cuenta nueva
contact-the-game-gift-feedback-new-account = ¡No mandar nada más fue lo correcto! Pero tu cuenta vieja sigue engañando a tus amigos. Un adulto de confianza puede ayudar a reportarlo y a recuperarla.
contact-the-game-gift-choice-send-code = Mandar el correo y el código para recuperarla
contact-the-game-gift-feedback-send-code = Una oportunidad para aprender: ese código también puede abrir la cuenta de tu mamá o tu papá, y los estafadores siempre piden más. Nunca es tarde para parar y contárselo a un adulto de confianza.

contact-the-game-gift-adult-helps-late = Me alegra mucho que me lo contaras. Cualquiera puede caer en un engaño, y no te vas a meter en problemas. Vamos a reportar a { $gifter }, avisar a tus amigos y recuperar tu cuenta.

contact-the-game-gift-end-safe = Descubriste el truco del regalo, protegiste tu contraseña y apoyaste a { $friend }. { $gifter } ya está reportado. ¡Así se juega en equipo!
contact-the-game-gift-end-mixed = Defendiste a { $friend }, ¡y eso fue amable! Pero nadie ha reportado todavía la cuenta robada. Un adulto de confianza puede ayudar a recuperarla.
contact-the-game-gift-end-quiet = Bloquear ayudó, pero tu cuenta vieja sigue en manos de { $gifter }, mandando trampas a tus amigos. Contárselo a un adulto de confianza puede ayudar a recuperarla.
contact-the-game-gift-end-recovered = Caíste en el engaño, pero se lo contaste a { $adult } y con su ayuda lo arreglaste. Tu cuenta volvió y tus amigos están avisados. ¡Eso requirió valor!
contact-the-game-gift-end-unkind = { $friend } se siente en ridículo y sin apoyo, y la cuenta sigue perdida. Cualquiera puede caer en un engaño. Nunca es tarde para pedir perdón y ayudar a { $friend } a contárselo a un adulto.
contact-the-game-gift-end-harmful = { $gifter } sigue pidiendo más, y ahora la cuenta de tu mamá o tu papá también está en riesgo. Los estafadores esperan que no digas nada. Nunca es tarde para contárselo a un adulto de confianza.
