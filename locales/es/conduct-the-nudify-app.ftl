# Conducta / sexual: Imágenes falsas, daño real (13-15 años). Desnudos falsos de alguien de clase hechos con una app para "desnudar".
# Solo señales de alerta y cómo pedir ayuda: no se muestra ni se describe nada.

conduct-the-nudify-app-title = Imágenes falsas, daño real
conduct-the-nudify-app-summary = Una cuenta anónima publica imágenes falsas de alguien de tu clase, hechas con una app de IA, y todo el chat las está abriendo.
conduct-the-nudify-app-remember = Un desnudo falso de una persona real es una agresión, aunque sea falso. No lo abras, no lo guardes, no lo compartas: repórtalo, habla con un adulto de confianza y recuérdale a quien lo sufre que no es su culpa.

conduct-the-nudify-app-app = { $app }
conduct-the-nudify-app-npc-anon = { $anon }
conduct-the-nudify-app-npc-friend = { $friend }
conduct-the-nudify-app-npc-classmate = { $classmate }
conduct-the-nudify-app-npc-adult = { $adult }

# Variedad: cada partida elige una opción de cada variable de `vary`.
conduct-the-nudify-app-app-chatterly = Chatterly
conduct-the-nudify-app-app-groupnest = GroupNest
conduct-the-nudify-app-app-pingpal = PingPal
conduct-the-nudify-app-anon-truth = truth.hurts.xx
conduct-the-nudify-app-anon-exposed = exposed_class
conduct-the-nudify-app-anon-ghost = ghost.acc_00
conduct-the-nudify-app-adult-uncle = Tío Tomás
conduct-the-nudify-app-adult-mum = Mamá
conduct-the-nudify-app-adult-grandpa = Abuelo Kofi

conduct-the-nudify-app-intro = Sábado por la noche. El chat de tu clase en { $app } está lleno de planes para el finde. Entonces una cuenta que nadie conoce, { $anon }, entra con el enlace de invitación y publica algo.
conduct-the-nudify-app-anon-post = jaja hice unas fotos de { $classmate } con una app para desnudar. ábranlas antes de que las borren
conduct-the-nudify-app-pic-chat-title = Chat de la clase
conduct-the-nudify-app-pic-hidden = Imagen oculta: puede ser dañina
conduct-the-nudify-app-pic-caption = hechas con una app jaja
conduct-the-nudify-app-pic-seen = Visto por 23
conduct-the-nudify-app-sango-explains = Una app para "desnudar" usa IA para convertir una foto normal en un desnudo falso. Crear o compartir uno de una persona real es una agresión, y en muchos países va contra la ley, aunque sea falso.

conduct-the-nudify-app-friend-reacts = espera, ¿de verdad es { $classmate }?? todos dicen que es falso pero todos lo están abriendo. ¿miramos?
conduct-the-nudify-app-choice-report-it = No lo abras. Falso o no, es una agresión. Lo voy a reportar.
conduct-the-nudify-app-feedback-report-it = Exacto. Las imágenes falsas hacen daño a una persona real, y cada vista lo agranda. Reportar ayuda a que { $app } quite rápido las imágenes y la cuenta.
conduct-the-nudify-app-choice-mute-chat = No pienso abrirlo. Silencio el chat esta noche.
conduct-the-nudify-app-feedback-mute-chat = No abrirlo estuvo bien. Pero silenciar deja las imágenes ahí y a { $classmate } sin apoyo. Un reporte rápido ayuda a que las quiten.
conduct-the-nudify-app-choice-one-look = Es falso igual. Un vistazo es seguro, solo para comprobar que lo es.
conduct-the-nudify-app-feedback-one-look = Una oportunidad para aprender: falso o no, abrirlo suma al daño, y ya no se puede borrar de la cabeza. No hace falta mirar para saber que está mal.

conduct-the-nudify-app-c-reported = Reportas el mensaje y a { $anon }. { $friend } responde: "ok, no lo abro. reportado también". Después te escribe { $classmate }.
conduct-the-nudify-app-pic-report-title = Reportar mensaje
conduct-the-nudify-app-pic-report-heading = ¿Cuál es el problema?
conduct-the-nudify-app-pic-reason-spam = Spam
conduct-the-nudify-app-pic-reason-bullying = Acoso
conduct-the-nudify-app-pic-reason-fake = Imagen sexual falsa de un menor
conduct-the-nudify-app-pic-report-send = Enviar reporte
conduct-the-nudify-app-c-muted = Silencias el chat. Una hora después el móvil vibra igual: un mensaje de { $classmate }.
conduct-the-nudify-app-c-looked = Lo abres. Es un desnudo falso con la cara de { $classmate }. Lo cierras rápido, pero no te lo puedes sacar de la cabeza, y el chat muestra que lo viste.

conduct-the-nudify-app-fix-look = Abrirlo fue un tropiezo. No te hace mala persona, y todavía puedes ayudar a { $classmate }. ¿Y ahora qué?
conduct-the-nudify-app-choice-be-honest = Le confieso a { $adult } que lo abrí. Luego lo reportamos.
conduct-the-nudify-app-feedback-be-honest = Así se arregla. Reconocerlo es valiente, y un adulto de confianza puede reportarlo, ayudar a { $classmate } y conseguir que lo quiten. No estás en problemas por contarlo.
conduct-the-nudify-app-choice-keep-quiet = Lo cierro sin decir nada. { $adult } se molestaría si lo supiera.
conduct-the-nudify-app-feedback-keep-quiet = Una oportunidad para aprender: es normal preocuparse por cómo reaccionará { $adult }, pero un adulto de confianza prefiere saberlo. Callar deja que las imágenes circulen, y { $classmate } no tiene a nadie de su lado.
conduct-the-nudify-app-choice-warn-classmate = Se lo mando a { $classmate } para que sepa lo que circula.
conduct-the-nudify-app-feedback-warn-classmate = Una oportunidad para aprender: reenviarlo, aunque sea para ayudar, es compartirlo, y compartir imágenes sexuales de menores va contra la ley. Avisa a { $classmate } con palabras y busca a un adulto.
conduct-the-nudify-app-c-adult-looked = Gracias por tu sinceridad. No estás en problemas. No lo guardes ni lo reenvíes. Lo reportamos juntos, y voy a llamar a la escuela y a la familia de { $classmate } para que lo quiten.
conduct-the-nudify-app-pic-help-title = Conseguir que lo quiten
conduct-the-nudify-app-pic-help-report = Repórtalo donde se comparte
conduct-the-nudify-app-pic-help-keep = No lo guardes ni lo reenvíes
conduct-the-nudify-app-pic-help-takedown = Ayuda para retirarlo si eres menor
conduct-the-nudify-app-pic-help-button = Pedir ayuda
conduct-the-nudify-app-c-silent = Cierras la app sin decir nada. El lunes las imágenes están en todos los chats de la clase, y { $classmate } ya no va a la escuela.
conduct-the-nudify-app-c-forwarded = ¿¿por qué me mandas esto?? ¿o sea que tú también lo viste? ¿cuánta gente lo tiene?

conduct-the-nudify-app-compose = { $classmate } te escribe: "todos las vieron. no soy yo, te lo juro. nunca le mandé nada a nadie". Contesta: elige lo que ayuda y deja fuera lo que hace daño.
conduct-the-nudify-app-compose-to = { $classmate }
conduct-the-nudify-app-ph-not-fault = No es tu culpa. Lo hizo quien las creó, no tú.
conduct-the-nudify-app-why-not-fault = Lo más importante. { $classmate } no hizo nada malo: quien creó y compartió las imágenes, sí.
conduct-the-nudify-app-ph-laugh = Ríete y ya. Todos saben que es falso.
conduct-the-nudify-app-why-laugh = Suena ligero, pero le dice a { $classmate } que su dolor no cuenta. Las imágenes falsas hacen un daño real.
conduct-the-nudify-app-ph-wont-share = No se las voy a pasar a nadie. Nunca.
conduct-the-nudify-app-why-wont-share = Bien: saber que las imágenes se quedan contigo reconforta de verdad. Cada copia que no se envía cuenta.
conduct-the-nudify-app-ph-hey = Hola. Acabo de ver tu mensaje.
conduct-the-nudify-app-why-hey = Un saludo está bien en cualquier caso. Lo que importa es lo que viene después.
conduct-the-nudify-app-ph-selfies = ¿Y si subes menos selfis, para que no vuelva a pasar?
conduct-the-nudify-app-why-selfies = Quizá suene a consejo, pero culpa a { $classmate }. Nadie provoca esto por subir fotos: la culpa es de quien las usa mal.
conduct-the-nudify-app-ph-with-you = ¿Quieres que te acompañe a hablar con un adulto de confianza?
conduct-the-nudify-app-why-with-you = Eso es apoyo de verdad. Un adulto de confianza puede conseguir que quiten las imágenes, e ir juntos lo hace más fácil.
conduct-the-nudify-app-ph-secret = No se lo voy a contar a nadie, ni a un adulto. Te lo prometo.
conduct-the-nudify-app-why-secret = Suena leal, pero ocultárselo a los adultos deja a { $classmate } sin la ayuda que puede conseguir que quiten las imágenes.
conduct-the-nudify-app-ph-revenge = Vamos a averiguar quién fue y a publicar algo sobre esa persona.
conduct-the-nudify-app-why-revenge = El enfado se entiende, pero devolver el golpe en internet causa más daño y más problemas. Los adultos y la app pueden averiguar quién fue.
conduct-the-nudify-app-c-classmate = gracias. tengo el estómago revuelto. ni siquiera sé quién lo hizo.

conduct-the-nudify-app-proof = necesitamos pruebas para los profes. voy a guardar las fotos antes de que las borren, tú también deberías
conduct-the-nudify-app-choice-account-only = Las fotos no. Solo una captura de la cuenta, y decirle a { $adult }.
conduct-the-nudify-app-feedback-account-only = Exacto. Guardar las imágenes crea más copias, y eso puede ir contra la ley aunque sea como prueba. Una captura del nombre de la cuenta y de los mensajes basta para los adultos y la app.
conduct-the-nudify-app-choice-save-proof = Las guardo para { $adult }, así la escuela lo puede comprobar.
conduct-the-nudify-app-feedback-save-proof = Querer pruebas es listo, y quieres ayudar. Pero guardar las imágenes crea otra copia, y eso puede ir contra la ley aunque sea por una buena razón. Mejor haz captura de la cuenta y los mensajes.
conduct-the-nudify-app-choice-stay-out = Mejor no meternos. Armar lío solo lo empeora.
conduct-the-nudify-app-feedback-stay-out = Una oportunidad para aprender: no meterse parece más seguro, pero las imágenes siguen circulando y { $classmate } lo enfrenta sin apoyo. Hablar con un adulto de confianza no es armar lío: es lo que lo frena.
conduct-the-nudify-app-c-adult = Gracias por venir a contármelo, y por no guardar las imágenes. Nadie está en problemas por contarlo. Esta noche llamo a la escuela y a la familia de { $classmate }, y reportamos la cuenta juntos.
conduct-the-nudify-app-c-saved = Guardas cuatro imágenes "como prueba". Ahora están en tu galería, a un toque de volver a enviarse.
conduct-the-nudify-app-c-weekend = Todo el finde, las imágenes saltan de chat en chat. El lunes, { $classmate } no va a la escuela.

conduct-the-nudify-app-saved-now = Esas imágenes están ahora en tu móvil, y nadie debería guardarlas. ¿Qué haces?
conduct-the-nudify-app-choice-delete-tell = Las borro ya y voy a contarle a { $adult } que las guardé.
conduct-the-nudify-app-feedback-delete-tell = Es la solución correcta. Borrarlas frena tu copia, y contarlo permite que los adultos consigan quitar el resto. Las guardaste por una buena razón, y no estás en problemas.
conduct-the-nudify-app-choice-private-folder = Las dejo en una carpeta privada, bien seguras, solo por si acaso.
conduct-the-nudify-app-feedback-private-folder = Una oportunidad para aprender: una carpeta oculta sigue siendo una copia, y los móviles se pierden, se hackean y se prestan. Bórralas y habla con un adulto de confianza. Nunca es tarde.
conduct-the-nudify-app-choice-send-friend = Se las mando a { $friend } también, como prueba.
conduct-the-nudify-app-feedback-send-friend = Una oportunidad para aprender: reenviarlas, aunque sea como prueba, las difunde más, y en muchos países va contra la ley. Bórralas y habla con un adulto de confianza.
conduct-the-nudify-app-c-adult-saved = Gracias por contármelo todo. No estás en problemas: querías ayudar. Vamos a borrarlas ahora. Después llamo a la escuela y a la familia de { $classmate }, y reportamos la cuenta.
conduct-the-nudify-app-c-kept = Las imágenes se quedan en tu carpeta. Semanas después, alguien a quien le prestas el móvil casi las abre, y { $classmate } sigue sin saber quién tiene copias.
conduct-the-nudify-app-c-sent-on = Se las mandas a { $friend }. Ahora hay dos copias más, y { $friend } pregunta a quién más habría que mandárselas.

conduct-the-nudify-app-monday = { $classmate } no está en la escuela, y las imágenes siguen circulando. ¿Qué haces?
conduct-the-nudify-app-choice-go-now = Hoy voy a ver a { $adult } con el nombre de la cuenta.
conduct-the-nudify-app-feedback-go-now = Así se arregla. Nunca es tarde para contarlo, y un adulto de confianza puede poner en marcha a la escuela, la app y los servicios de retirada. No estás en problemas.
conduct-the-nudify-app-choice-not-my-business = Sigo sin meterme. Decírselo a los adultos solo lo empeoraría.
conduct-the-nudify-app-feedback-not-my-business = Una oportunidad para aprender: puede parecer así, pero callar deja a { $classmate } sin nadie frente a esto, y los adultos pueden hacer que quiten las imágenes. Nunca es tarde para hablar con un adulto de confianza.
conduct-the-nudify-app-c-adult-late = Qué bien que me lo contaste, y no estás en problemas. Llamo ya a la escuela y a la familia de { $classmate }, y reportamos la cuenta. Hay servicios que ayudan a retirar imágenes como estas.
conduct-the-nudify-app-c-still-out = Las imágenes siguen circulando. { $classmate } se cambia de clase, y nadie llega a saber quién las hizo.

conduct-the-nudify-app-end-safe = No abriste, no guardaste ni compartiste las imágenes, conseguiste que las reportaran, y no dejaste a { $classmate } sin apoyo. Los adultos están consiguiendo que las quiten. Eso es defender a alguien.
conduct-the-nudify-app-end-told-later = Guardaste las imágenes por una buena razón, y luego lo arreglaste: las borraste y se lo contaste a { $adult }. { $classmate } tiene adultos de su lado, y las imágenes se están retirando.
conduct-the-nudify-app-end-recovered = Fue complicado, pero lo arreglaste: se lo contaste a { $adult }, y { $classmate } tiene ahora adultos de su lado. Hablar tarde sigue siendo hablar.
conduct-the-nudify-app-end-harmful = Las imágenes siguen circulando, y { $classmate } lo enfrenta sin ayuda. No es tarde: borra lo que tengas y habla con un adulto de confianza. Te ayudará, y no vas a estar en problemas por contarlo.

# A last message: the same person, a new account.
conduct-the-nudify-app-anon-back = cuenta nueva, me da igual jaja. más fotos esta noche. contesten «yo» si las quieren
conduct-the-nudify-app-choice-report-new = No contesto. Hago una captura de la cuenta y la reporto.
conduct-the-nudify-app-choice-ask-who = Le contesto para saber quién es, y se lo digo a los profes.
conduct-the-nudify-app-feedback-report-new = Exacto. Cualquier respuesta es lo que { $anon } quiere, y podría traerte las imágenes. Una captura de la cuenta y un reporte es todo lo que necesitan { $app } y los adultos.
conduct-the-nudify-app-feedback-ask-who = Una oportunidad para aprender: { $anon } pide respuestas, y una respuesta podría traerte las imágenes en vez de un nombre. No contestes: captura la cuenta y repórtala. Averiguar quién fue es cosa de los adultos.
conduct-the-nudify-app-c-asked-who = { $anon } no da ningún nombre, solo un enlace. No lo abres, y se lo enseñas enseguida a { $adult }. Juntos reportan la cuenta nueva, y { $adult } avisa a la escuela.
