# Conducta / agresión: El chat de la clase (9-12 años)

conduct-the-group-chat-title = El chat de la clase
conduct-the-group-chat-summary = El chat de tu clase empieza a burlarse de una foto editada de un compañero. ¿Qué haces para defenderlo?
conduct-the-group-chat-remember = No reenvíes publicaciones crueles y pregúntale cómo está a la persona afectada. Primero haz capturas, luego bloquea y reporta, y cuéntaselo a un adulto de confianza.

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# Variedad: en cada partida se elige una opción de cada variable de `vary`.
conduct-the-group-chat-name-leo = Leo
conduct-the-group-chat-name-jake = Hugo
conduct-the-group-chat-name-finn = Bruno
conduct-the-group-chat-teacher-amani = Prof. Amani
conduct-the-group-chat-teacher-park = Prof. Park
conduct-the-group-chat-teacher-lopez = Prof. López

conduct-the-group-chat-intro = Tu clase tiene un chat de grupo para los deberes y las bromas. Esta noche hay muchísimo movimiento. ¡Vamos a echar un vistazo juntos!
conduct-the-group-chat-photo-posted = { $sender } publica una foto de tu compañero { $classmate }, editada para que parezca un bebé gigante llorando. Dice: «{ $classmate } el bebé JAJA». Llueven caritas de risa.
conduct-the-group-chat-pic-group = Chat de la clase
conduct-the-group-chat-pic-caption = { $classmate } el bebé JAJA

conduct-the-group-chat-leo-asks = ¡Jaja! ¡Ponle un texto gracioso y mándala también a la otra clase!
conduct-the-group-chat-choice-forward = Vale, solo un texto. Total, ya la ha visto todo el mundo.
conduct-the-group-chat-feedback-forward = Una oportunidad para aprender: cuando todos se ríen, parece una broma. Pero cada vez que se comparte, a { $classmate } le duele más. ¿Cómo te sentirías tú?
conduct-the-group-chat-choice-message-sam = No la voy a mandar. Mejor le escribo a { $classmate }.
conduct-the-group-chat-feedback-message-sam = ¡Eso es defender a alguien! La foto se queda contigo, y un mensaje privado le muestra a { $classmate } que no está solo, sin darle espectáculo al grupo.
conduct-the-group-chat-choice-stop-public = ¡Paren todos! Eso es cruel, { $sender }. ¡Bórrala ya!
conduct-the-group-chat-feedback-stop-public = ¡Tienes razón, es cruel, y decirlo requiere valor! Pero discutir delante de todo el chat le da más público al acoso. Un mensaje privado a { $classmate }, y luego un adulto, ayudan más.

conduct-the-group-chat-forwarded = Tu texto hace reír a muchos. Por la mañana, la foto ha llegado a todo el curso. { $classmate } come solo en el recreo y sientes un nudo en el estómago.
conduct-the-group-chat-messaged = No la reenvías. En cambio, le escribes a { $classmate } en privado: «He visto el chat. ¿Estás bien?». Un minuto después, llega una respuesta.
conduct-the-group-chat-pic-are-you-ok = He visto el chat. ¿Estás bien?
conduct-the-group-chat-called-out = { $sender } contesta: «Relájate, es una BROMA». Otros se burlan de los dos, y alguien crea una encuesta: «¿{ $classmate } es un bebé?». Luego { $sender } te escribe: «Vota, o el siguiente eres tú».

conduct-the-group-chat-sam-asks = No estoy bien. Voy a bloquear a todos y salirme del chat ahora mismo. Por favor, no se lo digas a ningún profe, será peor.
conduct-the-group-chat-choice-block-all = Vale, bloquéalos a todos. No se lo diré a nadie, prometido.
conduct-the-group-chat-feedback-block-all = ¡Estar ahí para { $classmate } importa! Pero bloquear primero esconde las pruebas, y un secreto lo deja solo. Primero capturas, luego bloquear, luego un adulto.
conduct-the-group-chat-choice-ignore-it = Ignóralos. El lunes ya nadie se acordará de esto.
conduct-the-group-chat-feedback-ignore-it = Una oportunidad para aprender: ignorarlo parece buen consejo, pero a { $classmate } le duele ahora. Escuchar y buscar ayuda funciona mejor que esperar.
conduct-the-group-chat-choice-screenshot-show = Primero haz capturas. Luego se lo enseñamos juntos a { $teacher }.
conduct-the-group-chat-feedback-screenshot-show = ¡Amable y listo! Las capturas guardan las pruebas antes de que algo se bloquee o se borre. Es normal que { $classmate } tenga miedo, pero los adultos pueden pararlo.

conduct-the-group-chat-sam-blocked = { $classmate } bloquea a todos y se va. Nadie guardó la foto ni los mensajes. Al día siguiente aparece una encuesta: «¿{ $classmate } es un bebé?». Luego { $sender } te escribe: «Vota, o el siguiente eres tú».
conduct-the-group-chat-sam-quiet = { $classmate } deja de contestar. El lunes, la foto ha llegado a todo el curso, y { $classmate } come solo en el recreo. Sientes un nudo en el estómago.
conduct-the-group-chat-shown-together = Gracias a los dos por venir. Estas capturas me enseñan justo lo que pasó. Contármelo no es acusar. Lo voy a resolver con calma y me aseguraré de que borren la foto.

conduct-the-group-chat-chat-meaner = El chat se está volviendo más cruel, y ahora { $sender } también te escribe a ti. ¿Qué haces?
conduct-the-group-chat-pic-poll = ¿{ $classmate } es un bebé?
conduct-the-group-chat-pic-vote-or-next = Vota, o te toca a ti.
conduct-the-group-chat-choice-screenshot-first = Primero capturo todo, y luego bloqueo y reporto.
conduct-the-group-chat-feedback-screenshot-first = ¡Buen orden! Después de bloquear, los mensajes pueden desaparecer de tu vista. Las capturas guardan la prueba para un adulto o la app. Luego bloquear y reportar lo frena.
conduct-the-group-chat-choice-block-now = Bloqueo a { $sender } ya mismo. No quiero ver nada más.
conduct-the-group-chat-feedback-block-now = ¡Protegerte está bien! Pero haz capturas primero: al bloquear, la prueba puede desaparecer, y un adulto o la app necesitan ver lo que se dijo.
conduct-the-group-chat-choice-vote = Voto en la encuesta, así { $sender } me deja en paz.
conduct-the-group-chat-feedback-vote = Una oportunidad para aprender: seguir al grupo parece una forma de librarte. Pero cada voto lo hace más grande para { $classmate }, y quien acosa rara vez se detiene.

conduct-the-group-chat-saved-reported = Tus capturas muestran la encuesta y los mensajes de { $sender }. Bloqueas a { $sender } y reportas la encuesta, y la app la quita. Pero la foto sigue en muchos móviles.
conduct-the-group-chat-pic-poll-removed = ¡Gracias! Hemos quitado la encuesta.
conduct-the-group-chat-pic-screenshots-saved = Capturas guardadas
conduct-the-group-chat-pic-blocked = { $sender } está bloqueado
conduct-the-group-chat-blocked-fast = Tu móvil se queda en silencio. Pero ya no ves los mensajes de { $sender }, la encuesta sigue ahí para los demás y no has guardado nada para enseñar.
conduct-the-group-chat-voted = { $sender } deja de escribirte. Pero la encuesta recibe 30 votos, y en el colegio { $classmate } come solo. Sientes un nudo en el estómago.

conduct-the-group-chat-who-to-tell = Tu móvil está más tranquilo. Pero mañana { $classmate } tiene que enfrentarse a la clase. ¿Y ahora?
conduct-the-group-chat-choice-tell-friend = Se lo cuento a mi mejor amigo. Los profes lo empeoran todo.
conduct-the-group-chat-feedback-tell-friend = Una oportunidad para aprender: un amigo puede escuchar, pero no puede pararlo. Un adulto de confianza sí, y sabe ayudar sin empeorar las cosas. Eso no es acusar.
conduct-the-group-chat-choice-go-teacher = Iré a ver a { $teacher } antes de clase y le explicaré todo.
conduct-the-group-chat-feedback-go-teacher = ¡Eso es! { $teacher } puede hablar con la clase y con las familias, y hacer que borren la foto. Contárselo a un adulto de confianza nunca es acusar.
conduct-the-group-chat-choice-no-fuss = Ya está todo tranquilo. Mejor no montar un escándalo.
conduct-the-group-chat-feedback-no-fuss = Una oportunidad para aprender: una tarde tranquila no significa que haya terminado. La foto sigue ahí, y { $classmate } sigue solo con esto. Un adulto puede pararlo.

conduct-the-group-chat-told-friend = Tu amigo dice: «¡Qué horror!». Pero ninguno de los dos sabe cómo pararlo, y por la mañana { $classmate } entra solo en clase.
conduct-the-group-chat-teacher-acts = Gracias por contármelo. Ha sido amable y valiente, y no es acusar. Hablaré con la clase y con las familias, y me aseguraré de que borren esa foto.
conduct-the-group-chat-quiet-evening = La tarde sigue tranquila. Pero la foto sigue en muchos móviles, y todo el día siguiente { $classmate } va con la cabeza gacha.

conduct-the-group-chat-fix-it = Esto ha ido más lejos de lo que nadie quería. Pero aún puedes ayudar a { $classmate }. ¿Qué vas a hacer?
conduct-the-group-chat-choice-delete-nobody = No voy a decir nada. Muchos se apuntaron también.
conduct-the-group-chat-feedback-delete-nobody = Una oportunidad para aprender: cuando todos se suman, parece que nadie tiene la culpa. Pero { $classmate } sigue sufriendo, y una sola persona puede empezar a arreglarlo.
conduct-the-group-chat-choice-sorry-only = Le pido perdón a { $classmate } y espero que se olvide.
conduct-the-group-chat-feedback-sorry-only = ¡Pedir perdón es valiente, y a { $classmate } le importa! Pero la foto sigue circulando, y solo un adulto puede ayudar a pararla para todos.
conduct-the-group-chat-choice-own-up = Le cuento a { $teacher } todo, también lo mío.
conduct-the-group-chat-feedback-own-up = ¡Así se arregla! Reconocerlo es valiente, y { $teacher } puede ayudar a { $classmate } y hacer que borren la foto. Arreglar un error es lo que cuenta.

conduct-the-group-chat-kept-quiet = Te callas, y la foto sigue circulando. Alguien la convierte en sticker, y { $classmate } ya ni siquiera sale al recreo.
conduct-the-group-chat-sam-thanks = Gracias por pedirme perdón. Significa mucho. Pero la foto está en todas partes, y ahora alguien ha hecho un sticker con ella.
conduct-the-group-chat-teacher-late = Gracias por tu sinceridad. Eso requiere valor, y no estás en problemas por contármelo. Vamos a hacer que borren la foto y a ayudar a { $classmate } a sentirse seguro otra vez.

conduct-the-group-chat-last-chance = Tu perdón ayudó a { $classmate }. Pero el sticker sigue circulando. ¿Y ahora?
conduct-the-group-chat-choice-show-where = Le enseño a { $teacher } dónde sale el sticker.
conduct-the-group-chat-feedback-show-where = ¡Bien pensado! Enseñar dónde sigue saliendo ayuda a { $teacher } a actuar rápido. Ir a un adulto de confianza no es acusar: es arreglar las cosas.
conduct-the-group-chat-choice-warn-sender = Le digo a { $sender } que lo borre o lo voy a reportar.
conduct-the-group-chat-feedback-warn-sender = Una oportunidad para aprender: avisar a quien acosa de que lo vas a reportar le da tiempo para borrar las pruebas. Guarda capturas en silencio y ve a un adulto de confianza.
conduct-the-group-chat-choice-up-to-others = Ya pedí perdón. Lo demás les toca a los otros, no a mí.
conduct-the-group-chat-feedback-up-to-others = Una oportunidad para aprender: tu perdón fue un gran comienzo. Pero el sticker le duele a { $classmate } cada vez que se comparte, y un adulto puede pararlo para todos.

conduct-the-group-chat-teacher-last = Gracias por enseñármelo. Estás arreglando las cosas, y eso requiere valor. Hoy mismo haré que borren la foto y el sticker, y hablaré con { $classmate }.
conduct-the-group-chat-sender-deletes = { $sender } borra rápido los primeros mensajes, para que no quede nada que reportar. Luego el sticker aparece en otro chat.
conduct-the-group-chat-sticker-spreads = El sticker sigue apareciendo en otros chats. Cada vez, { $classmate } lo ve, y nadie que pueda pararlo lo sabe.

conduct-the-group-chat-end-safe = ¡Defendiste a tu compañero! { $teacher } sabe lo que pasó, { $classmate } tiene apoyo y van a borrar la foto. El chat de la clase puede volver a ser amable.
conduct-the-group-chat-end-mixed = No te uniste, y por ahora tu móvil está tranquilo. Pero ningún adulto de confianza sabe lo que le pasa a { $classmate }, la foto sigue por ahí y puede volver a empezar.
conduct-the-group-chat-end-recovered = Te dejaste llevar, y luego lo arreglaste yendo a ver a { $teacher }. Van a borrar la foto, y { $classmate } ya no está solo con esto. ¡Eso es valor de verdad!
conduct-the-group-chat-end-harmful = La foto sigue circulando, y { $classmate } se siente solo. Tú no empezaste esto, y un error no te convierte en mala persona. Nunca es tarde para contárselo a un adulto de confianza: te ayudará.

# My phone: what stays on the phone after this level.
conduct-the-group-chat-trace-joined-in = Tu pie de foto o tu voto sobre la foto editada de { $classmate }, que vio toda la clase.
conduct-the-group-chat-trace-joined-in-advice = Nunca es tarde para arreglarlo. Pídele perdón a { $classmate } y cuéntaselo a un profe, que puede hacer que borren la foto.
