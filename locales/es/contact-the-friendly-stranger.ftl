# Contacto / sexual, para 9-12 años: solo señales de alerta (Un desconocido muy amable)

contact-the-friendly-stranger-title = Un desconocido muy amable
contact-the-friendly-stranger-summary = Alguien que no conoces es súper amable en el chat de un juego y te ofrece gemas gratis. ¿Qué está pasando en realidad?
contact-the-friendly-stranger-remember = Una amistad de verdad nunca te pide que le ocultes secretos a tu familia. Si alguien en internet te incomoda, bloquea, reporta y cuéntale a un adulto de confianza.

contact-the-friendly-stranger-npc-gamer = { $gamer }
contact-the-friendly-stranger-npc-mum = Mamá

# Variedad: cada partida elige una opción de cada variable de `vary`.
contact-the-friendly-stranger-name-starknight = StarKnight_12
contact-the-friendly-stranger-name-pixelhero = PixelHero_12
contact-the-friendly-stranger-name-dragonrider = DragonRider_12
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = Escuela Las Colinas
contact-the-friendly-stranger-school-oakwood = Escuela Los Robles
contact-the-friendly-stranger-school-riverside = Escuela del Río

contact-the-friendly-stranger-intro = Estás construyendo un castillo en { $game }, tu juego favorito. ¡Los juegos son más divertidos con amigos! Voy a vigilar el chat contigo.

contact-the-friendly-stranger-first-message = ¡Guau, tu castillo es el mejor que he visto! Tienes mucho talento. Yo también tengo 12 años. ¿Quieres 500 gemas gratis? Solo dime a qué escuela vas para mandártelas.
contact-the-friendly-stranger-choice-no-school = No, gracias. No digo mi escuela en internet.
contact-the-friendly-stranger-feedback-no-school = ¡Bien hecho! Tu escuela le dice a la gente dónde encontrarte, así que es algo privado. Y los regalos gratis de desconocidos suelen ser un truco para ganarse tu confianza.
contact-the-friendly-stranger-choice-just-thanks = Dar las gracias, pero no responder lo de la escuela
contact-the-friendly-stranger-feedback-just-thanks = ¡Bien, no dijiste tu escuela! Pero ojo: muchos elogios y regalos gratis de alguien que no conoces son señales de alerta.
contact-the-friendly-stranger-choice-tell-school = ¡Genial! Voy a la { $school }.
contact-the-friendly-stranger-feedback-tell-school = Una oportunidad para aprender: el nombre de tu escuela le dice a un desconocido dónde estás cada día. Mantenlo en privado, incluso con gente que parece muy amable.

contact-the-friendly-stranger-knows-school = ¿La { $school }? ¡No puede ser, queda cerca de mi casa! Quizás podamos vernos algún día. Eres mucho más genial que los otros chicos con los que hablo.

contact-the-friendly-stranger-pushy = Mejor hablemos por ChatZip, es más privado. Y no les hables de mí a tus padres, ¿de acuerdo? No entenderían nuestra amistad.
contact-the-friendly-stranger-choice-block-report-tell = Bloquear, reportar y contarle a un adulto de confianza
contact-the-friendly-stranger-feedback-block-report-tell = ¡Exacto! Pasar a una app privada y ocultarle cosas a tu familia son grandes señales de alerta. Bloquear, reportar y contarlo es valiente y correcto.
contact-the-friendly-stranger-choice-log-off = Solo desconectarme y dejar de responder
contact-the-friendly-stranger-feedback-log-off = Desconectarte te protege por ahora. Pero { $gamer } podría volver a escribirte, o escribirles a otros chicos. Reportar y contarle a un adulto ayuda a detenerlo para siempre.
contact-the-friendly-stranger-choice-move-app = Bueno, te busco en ChatZip. No se lo diré a nadie.
contact-the-friendly-stranger-feedback-move-app = Una oportunidad para aprender: una amistad segura nunca te pide que la escondas de tu familia. En una app privada, nadie puede ver si algo sale mal.

contact-the-friendly-stranger-tell-adult = Gracias por contármelo. No hiciste nada malo. Vamos a guardar los mensajes y luego a bloquear y reportar a { $gamer }. Yo te ayudo.
contact-the-friendly-stranger-logged-off = Te desconectas. Al día siguiente, { $gamer } te espera en el chat del juego: “¿A dónde te fuiste? ¡Tengo todavía más gemas para ti!”

contact-the-friendly-stranger-asks-photo = ¡Genial, ahora somos inseparables! Mándame una foto tuya con el uniforme de la escuela, para saber que eres real. Recuerda, es nuestro secreto.
contact-the-friendly-stranger-choice-refuse-tell = No. Y se lo voy a contar a un adulto de confianza.
contact-the-friendly-stranger-feedback-refuse-tell = ¡Qué valentía! Siempre tienes derecho a decir que no. Pedir fotos y secretos es una gran señal de alerta. Un adulto de confianza te ayudará, y no te vas a meter en problemas.
contact-the-friendly-stranger-choice-refuse-keep-chatting = Decir que no a la foto, pero seguir hablando
contact-the-friendly-stranger-feedback-refuse-keep-chatting = ¡Decir que no estuvo bien! Pero alguien que pide fotos y secretos no es una amistad segura. Está bien dejar de hablar y pedir ayuda.
contact-the-friendly-stranger-choice-send-photo = Mandar la foto. Es solo una selfie.
contact-the-friendly-stranger-feedback-send-photo = Una oportunidad para aprender: cuando envías una foto, ya no controlas a dónde va, y un uniforme muestra tu escuela. Pedir fotos y secretos es una señal de alerta, lo pida quien lo pida.

contact-the-friendly-stranger-gamer-pressure = Nuestra amistad es lo mejor, así que no la arruines. Si se lo cuentas a tus padres, te vas a meter en un gran lío y te van a quitar el juego.
contact-the-friendly-stranger-sango-brave = Esto me preocupa. Hacer que te dé miedo contarlo es un truco para aislarte. NO te vas a meter en problemas, y esto no es tu culpa. ¿Qué vas a hacer?
contact-the-friendly-stranger-choice-tell-anyway = No es mi culpa. Se lo contaré a un adulto de confianza.
contact-the-friendly-stranger-feedback-tell-anyway = ¡Eso es valor de verdad! Quien les pide secretos a los niños cuenta con su silencio. Un adulto de confianza te escuchará y te ayudará, y no te vas a meter en problemas.
contact-the-friendly-stranger-choice-block-only = Bloquear a { $gamer }, pero no contárselo a nadie
contact-the-friendly-stranger-feedback-block-only = ¡Bloquear fue un buen paso! Pero { $gamer } podría intentar lo mismo con otros chicos. Si se lo cuentas a un adulto de confianza, se puede reportar y detener.
contact-the-friendly-stranger-choice-keep-secret = Guardar el secreto y hacer lo que me pide
contact-the-friendly-stranger-feedback-keep-secret = Una oportunidad para aprender: sentir miedo es normal, pero secretos así solo ayudan a la otra persona. Nunca es tarde para contárselo a alguien de confianza.

contact-the-friendly-stranger-tell-adult-late = Me alegra mucho que me lo contaras. No te vas a meter en problemas, hiciste lo correcto. Vamos a guardar los mensajes y luego a bloquear y reportar a { $gamer }. Yo te ayudo.

contact-the-friendly-stranger-end-safe = Viste las señales de alerta y pediste ayuda. { $gamer } quedó bloqueado y reportado, y tus datos están a salvo. ¡Genial!
contact-the-friendly-stranger-end-mixed = Por ahora estás a salvo, pero nadie ha reportado a { $gamer }, así que otros chicos podrían ser los siguientes. Contarle a un adulto de confianza ayuda a detenerlo para siempre.
contact-the-friendly-stranger-end-recovered = Por un momento dio miedo, pero tuviste valor y se lo contaste a alguien. { $gamer } quedó bloqueado y reportado. ¡Contarlo siempre ayuda!
contact-the-friendly-stranger-end-harmful = { $gamer } sigue pidiendo más, y el secreto pesa más cada día. No es tu culpa, y nunca es tarde: cuéntaselo a un adulto de confianza. No te vas a meter en problemas.
