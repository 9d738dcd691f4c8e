# Contacto / agresivo: El jugador enojado (9-12 años)

contact-the-angry-player-title = El jugador enojado
contact-the-angry-player-summary = Ganas una partida muy reñida, y alguien del otro equipo se enoja muchísimo. Luego aparece también en tu otro juego. ¿Qué puedes hacer?
contact-the-angry-player-remember = Cuando las bromas del juego se vuelven insultos o amenazas, no está bien. No contestes. Haz una captura, luego bloquea y reporta, y cuéntaselo a un adulto de confianza. Nunca digas dónde vives.

contact-the-angry-player-app-robo-rumble = Robo Rumble
contact-the-angry-player-app-kart-clash = Kart Clash
contact-the-angry-player-app-castle-blast = Castle Blast
contact-the-angry-player-other-block-quest = Block Quest
contact-the-angry-player-other-dino-dash = Dino Dash
contact-the-angry-player-other-galaxy-golf = Galaxy Golf
contact-the-angry-player-name-toxicrex = ToxicRex_99
contact-the-angry-player-name-grimshadow = GrimShadow
contact-the-angry-player-name-blazeking = BlazeKing_X
contact-the-angry-player-adult-uncle = Tío Ravi
contact-the-angry-player-adult-mum = Mamá
contact-the-angry-player-adult-grandpa = Abuelo

contact-the-angry-player-app = { $app }
contact-the-angry-player-npc-rival = { $rival }
contact-the-angry-player-npc-friend = { $friend }
contact-the-angry-player-npc-adult = { $adult }

contact-the-angry-player-intro = ¡Hola, soy Sango! Tú y { $friend } están en el mismo equipo en { $app }. Es la última ronda, y está reñidísima. ¡Yo animo desde aquí!
contact-the-angry-player-win = ¡SÍÍÍ! ¡Ganamos! ¡Esa última jugada fue increíble!
contact-the-angry-player-rival-mad = Eso fue SUERTE. Eres un desastre. Desinstala el juego y vete.

contact-the-angry-player-spot = Todos escriben en el chat de la partida. Parte es charla normal de juego. Toca los mensajes que se pasan de la raya.
contact-the-angry-player-card-title = Chat de la partida
contact-the-angry-player-card-body = El chat, justo después de la última ronda.
contact-the-angry-player-part-gg = { $friend }: gg a todos, ¡qué reñido!
contact-the-angry-player-feedback-gg = No se pasa de la raya. «gg» significa «good game», «buena partida»: así se despiden los jugadores con buen rollo, ganen o pierdan.
contact-the-angry-player-part-trash = { $rival }: Eres un desastre. Desinstala y vete.
contact-the-angry-player-feedback-trash = Se pasa de la raya, ¡bien visto! Ya no habla del juego. Es un insulto, hecho para hacer daño.
contact-the-angry-player-part-rematch = Mika_7: gg. ¿Revancha mañana? ¡La próxima les ganamos!
contact-the-angry-player-feedback-rematch = No se pasa de la raya. Pedir revancha y bromear con «la próxima les ganamos» es charla normal. Saber perder es parte del juego.
contact-the-angry-player-part-find = { $rival }: Te voy a encontrar en todos los juegos a los que juegues.
contact-the-angry-player-feedback-find = ¡Se pasa de la raya, sí! Decir que te seguirá a todas partes es una amenaza, aunque sea en internet. Es una señal para guardar y reportar.
contact-the-angry-player-part-name = { $rival }: Dime tu nombre real si no tienes miedo.
contact-the-angry-player-feedback-name = ¡Se pasa de la raya! Que un desconocido enojado te pida tu nombre real es una gran señal de alerta. Tu nombre, tu escuela y tu ciudad son privados.
contact-the-angry-player-pic-gg = { $friend }: gg a todos, ¡qué reñido!
contact-the-angry-player-pic-trash = { $rival }: Eres un desastre. Desinstala y vete.
contact-the-angry-player-pic-rematch = Mika_7: gg. ¿Revancha mañana? ¡La próxima les ganamos!
contact-the-angry-player-pic-find = { $rival }: Te voy a encontrar en todos los juegos a los que juegues.
contact-the-angry-player-pic-name = { $rival }: Dime tu nombre real si no tienes miedo.

contact-the-angry-player-first-reply = { $rival } sigue escribiendo. ¿Qué haces?
contact-the-angry-player-choice-shot-report = Hago una captura y luego reporto a { $rival } en el juego.
contact-the-angry-player-feedback-shot-report = ¡Buen orden! La captura guarda la prueba, y el reporte deja que { $app } se ocupe. No tienes que contestar a quien te trata mal.
contact-the-angry-player-choice-be-nice = Escribo: «Es solo un juego, relájate. ¡Sé amable!»
contact-the-angry-player-feedback-be-nice = ¡Mantener la calma es genial! Pero contestar alarga la conversación, y los jugadores enojados buscan atención. Guardar la prueba y reportar funciona mejor.
contact-the-angry-player-choice-answer-back = Contesto: «¡Llora más, el desastre eres tú, no yo!»
contact-the-angry-player-feedback-answer-back = Una oportunidad para aprender: contestar lo convierte en una pelea, y ahora tu mensaje también se puede capturar. No hace falta ganar la discusión. Todavía puedes arreglarlo.
contact-the-angry-player-choice-block-now = Bloqueo a { $rival } ya mismo, y después borro todo el chat.
contact-the-angry-player-feedback-block-now = ¡Bloquear te protege, y eso está bien! Pero sin captura no hay prueba para reportar. Primero la captura, luego bloquear y reportar.

contact-the-angry-player-reported = Guardas la captura y reportas a { $rival } por acoso. El juego responde: «Gracias. Lo revisaremos». Tú y { $friend } juegan otra ronda.
contact-the-angry-player-pic-reason = Motivo: acoso y amenazas
contact-the-angry-player-pic-thanks = Gracias. Lo revisaremos.
contact-the-angry-player-chill = ¿¿Amable?? JAJA. Ya tengo tu nombre de usuario. Nos vemos.
contact-the-angry-player-answered = ¿Ah, quieres pelea? ¡Miren todos lo que me acaban de escribir!
contact-the-angry-player-blocked-early = { $rival } desaparece del chat. Pero no guardaste nada, así que no hay nada que enseñarle al juego.

contact-the-angry-player-follows = Al día siguiente, abres { $other }, otro juego. Enseguida salta un mensaje. Es { $rival }.
contact-the-angry-player-follows-msg = Te encontré. ¿Creías que te podías esconder? Te voy a seguir a todos los juegos hasta que lo dejes.

contact-the-angry-player-followed = { $rival } te siguió a otro juego. Eso no está bien, y no es tu culpa. ¿Y ahora qué?
contact-the-angry-player-choice-show-both = Otra captura, y le muestro las dos a { $adult }.
contact-the-angry-player-feedback-show-both = ¡Exacto! Seguir a alguien de juego en juego es acoso. Con las dos capturas, { $adult } puede ayudar a bloquear y reportar a { $rival } en todas partes.
contact-the-angry-player-choice-new-name = Me hago un nombre nuevo. Si me encuentra, se lo diré a { $adult }.
contact-the-angry-player-feedback-new-name = ¡Alejarte tiene sentido! Pero un nombre nuevo no detiene a { $rival }, y esperar a que te encuentre te deja sin ayuda. Un adulto de confianza puede ayudar a bloquearlo y reportarlo ya.
contact-the-angry-player-choice-town = Voy a decir mi ciudad y a decirle: «¡Dímelo en la cara!»
contact-the-angry-player-feedback-town = Una oportunidad para aprender: tu ciudad es privada, y un desconocido enojado nunca debe saber dónde encontrarte. No es tarde: cuéntaselo ya a un adulto de confianza.

contact-the-angry-player-adult-helps = Gracias por enseñármelo. No hiciste nada malo, y no te vas a meter en problemas. Seguirte por todas partes es acoso. Vamos a bloquear a { $rival } en los dos juegos y a mandar un reporte en condiciones.
contact-the-angry-player-new-name = Bonito nombre nuevo. ¿De verdad creías que no me iba a dar cuenta?
contact-the-angry-player-town = ¡Ja! Ahora sé tu ciudad. A lo mejor voy a buscarte.

contact-the-angry-player-last-chance = Esto da miedo, y no es tu culpa. Nunca es tarde para pedir ayuda. ¿Qué haces?
contact-the-angry-player-choice-show-all = Le muestro todo a un adulto en casa, con todas las capturas.
contact-the-angry-player-feedback-show-all = ¡Qué valentía! No te vas a meter en problemas. { $adult } puede bloquear y reportar a { $rival }, y si siguen las amenazas, un adulto puede ir más allá.
contact-the-angry-player-choice-say-sorry = Le pido perdón a { $rival }, para que me deje en paz.
contact-the-angry-player-feedback-say-sorry = Una oportunidad para aprender: no hiciste nada malo, así que no hay nada que perdonar. Pedir perdón a quien acosa suele hacer que pida más. Nunca es tarde para contarlo.
contact-the-angry-player-choice-quit-all = Dejo todos mis juegos y no voy a decir nada a nadie.
contact-the-angry-player-feedback-quit-all = Una oportunidad para aprender: no deberías tener que dejar los juegos que te gustan. Un adulto de confianza puede ayudar a parar a { $rival } para que vuelvas a jugar.

contact-the-angry-player-adult-late = Qué alivio que me lo cuentes. No te vas a meter en problemas, y no es tu culpa. Vamos a bloquear a { $rival } en los dos juegos y a mandar un reporte en condiciones. Si siguen las amenazas, iremos más allá.
contact-the-angry-player-demands = Con perdón no basta. Pierde tus diez próximas partidas a propósito, o ya verás.
contact-the-angry-player-quit = Borras tus juegos. { $friend } te pregunta una y otra vez por qué ya no juegas. Tienes miedo, y lo cargas sin ayuda.

contact-the-angry-player-compose = { $adult } te ayuda a escribir un reporte. Un moderador lee muchísimos reportes cada día. Elige lo que necesita y lo que hay que dejar fuera.
contact-the-angry-player-compose-to = Seguridad de { $app }
contact-the-angry-player-ph-hello = Hola:
contact-the-angry-player-why-hello = Un saludo educado vale en los dos casos. Lo que importa es lo que viene después.
contact-the-angry-player-ph-loser = Es un perdedor total, expúlsenlo para siempre.
contact-the-angry-player-why-loser = El enojo es normal, pero los insultos en un reporte lo hacen menos serio. Cíñete a lo que pasó.
contact-the-angry-player-ph-what = { $rival } me acosó en el chat de la partida después de ganar.
contact-the-angry-player-why-what = ¡Sí! Quién, dónde y cuándo: eso es lo primero que necesita un moderador.
contact-the-angry-player-ph-details = Abajo van mi nombre real y mi ciudad, por si ayuda.
contact-the-angry-player-why-details = Déjalo fuera. El juego no necesita tu nombre real ni tu ciudad para actuar, y tus datos privados siguen siendo privados.
contact-the-angry-player-ph-shots = Adjunto capturas de sus mensajes.
contact-the-angry-player-why-shots = ¡Pruebas! Las capturas muestran exactamente lo que se escribió, aunque lo borren.
contact-the-angry-player-ph-told = Le contesté que yo también lo iba a encontrar.
contact-the-angry-player-why-told = Déjalo fuera, y no lo hagas. Amenazar de vuelta te hace parecer parte de la pelea.
contact-the-angry-player-ph-other = También me siguió hasta { $other }.
contact-the-angry-player-why-other = ¡Importante! Seguir a alguien de juego en juego es parte del acoso, y conviene saberlo.
contact-the-angry-player-ph-check = Por favor, comprueben sus mensajes y bloquéenlo.
contact-the-angry-player-why-check = Claro y educado: dices lo que te gustaría que hiciera el juego.

contact-the-angry-player-sent = El reporte está enviado, y { $rival } está bloqueado en los dos juegos. El juego responde: «Gracias. Hemos tomado medidas con esta cuenta».
contact-the-angry-player-pic-blocked = Bloqueado en los dos juegos
contact-the-angry-player-pic-report-sent = Reporte enviado, con capturas
contact-the-angry-player-team-again = ¡Oye! ¿Revancha mañana? Solo nosotros, nuestro equipo de verdad.

# Decisión 4: un último mensaje, de alguien nuevo.
contact-the-angry-player-new-player = Esa noche, un jugador que no conoces te escribe: «¿Fuiste tú quien reportó a { $rival }? Es mi amigo. ¿A qué escuela vas?». ¿Qué haces?
contact-the-angry-player-choice-no-answer = No contesto. Hago una captura, lo bloqueo y se lo muestro a { $adult }.
contact-the-angry-player-feedback-no-answer = ¡Exacto! Que un desconocido pregunte por tu escuela es una señal de alerta, aunque diga ser amigo de { $rival }. No le debes ninguna respuesta. Guarda la prueba, bloquea y avísale a { $adult }.
contact-the-angry-player-choice-school = Le digo mi escuela, pero le aviso que { $adult } lo va a reportar.
contact-the-angry-player-feedback-school = Una oportunidad para aprender: tu escuela es privada, aunque añadas una advertencia. Un desconocido que la sabe podría encontrarte. No contestes, y cuéntaselo ya a un adulto de confianza.
contact-the-angry-player-choice-it-was-me = Contesto: «Sí, fui yo, ¡y volvería a reportar a tu amigo!»
contact-the-angry-player-feedback-it-was-me = Una oportunidad para aprender: contestar alarga la pelea, y ahora sabe que fuiste tú. No tienes que explicarle nada a un desconocido. Bloquéalo y cuéntaselo a un adulto de confianza.
contact-the-angry-player-school-said = El jugador responde: «Bueno saberlo». Se te encoge el estómago, así que se lo muestras enseguida a { $adult }. Juntos bloquean y reportan la cuenta, y { $adult } le pide a la escuela que esté atenta.
contact-the-angry-player-was-me = El jugador manda tu mensaje a los amigos de { $rival }, y empiezan a llegar mensajes feos. Se lo muestras a { $adult }, que te ayuda a hacer capturas, bloquear y reportar a cada uno.
contact-the-angry-player-end-safe = No contestaste, guardaste las pruebas y se lo contaste a { $adult }. { $rival } está bloqueado y reportado en los dos juegos, y vuelves a jugar con { $friend }. ¡Gran trabajo en equipo!
contact-the-angry-player-end-recovered = La cosa se calentó, y luego lo arreglaste: se lo contaste a { $adult }. { $rival } está bloqueado y reportado, y vuelves a jugar con { $friend }. ¡Contarlo fue lo más valiente!
contact-the-angry-player-end-harmful = { $rival } sigue ahí, y lo cargas sin ayuda. Nada de esto es tu culpa. Nunca es tarde para contárselo a un adulto de confianza: puede ayudar a bloquear y reportar, y a que jugar vuelva a ser divertido.

contact-the-angry-player-trace-rival = { $rival }: bloqueado y reportado en { $app } y { $other }.
contact-the-angry-player-trace-rival-advice = ¡Bien hecho! Si alguien se pone desagradable en un juego, primero haz captura, luego bloquea y reporta, y cuéntaselo a un adulto de confianza.
contact-the-angry-player-trace-town = Tu ciudad, dicha a un jugador enojado en { $other }.
contact-the-angry-player-trace-town-advice = Los desconocidos no deben saber dónde vives. Cuéntaselo a un adulto de confianza, para que te ayude a estar a salvo y a reportar a ese jugador.
