# Contrato / comercial: La app de tests (13-15 años), permisos, inicio de sesión con redes, términos y uso de datos

contract-the-quiz-app-title = La app de tests
contract-the-quiz-app-summary = Un test divertido de “¿qué personaje eres?” quiere tu cuenta de redes sociales, tus contactos, tu ubicación y tu micrófono.
contract-the-quiz-app-remember = Antes de tocar “Permitir”, pregúntate quién hizo la app y qué necesita de verdad. Si pide demasiado, vete; si ya se llevó demasiado, un adulto de confianza puede ayudarte a recuperarlo.

contract-the-quiz-app-app = { $app }
contract-the-quiz-app-npc-friend = { $friend }
contract-the-quiz-app-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contract-the-quiz-app-app-quizzo = Quizzo
contract-the-quiz-app-app-whoru = WhoRU
contract-the-quiz-app-app-vibequiz = Vibe Quiz
contract-the-quiz-app-show-moonfall = Moonfall Academy
contract-the-quiz-app-show-starlight = Starlight Squad
contract-the-quiz-app-show-echo-city = Echo City
contract-the-quiz-app-social-loopr = Loopr
contract-the-quiz-app-social-picstream = Picstream
contract-the-quiz-app-social-glimmr = Glimmr
contract-the-quiz-app-adult-mum = Mamá
contract-the-quiz-app-adult-dad = Papá
contract-the-quiz-app-adult-uncle = Tío Dan

contract-the-quiz-app-intro = Todo tu grupo de chat está publicando resultados de { $app }: “¿Qué personaje de { $show } eres?”. A { $friend } le salió el héroe y te mandó el enlace.

contract-the-quiz-app-login-choice = La app se abre con un botón grande: “¡Inicia sesión con { $social } para empezar! Publicaremos tu resultado por ti.”
contract-the-quiz-app-pic-question = ¿Qué personaje de { $show } eres?
contract-the-quiz-app-pic-log-in-with = Iniciar sesión con { $social }
contract-the-quiz-app-pic-post-for-you = ¡Publicaremos tu resultado por ti!
contract-the-quiz-app-pic-guest = Jugar como invitado
contract-the-quiz-app-choice-check-maker = ¿Quién hizo esto? Primero miro sus reseñas.
contract-the-quiz-app-feedback-check-maker = Muy bien pensado. Quién hizo una app y qué dicen sus reseñas te indican si puedes confiar en ella, antes de que reciba nada tuyo.
contract-the-quiz-app-choice-guest = Juego como invitado. Así mi cuenta sigue siendo privada.
contract-the-quiz-app-feedback-guest = Bien: sin iniciar sesión, tu cuenta de { $social } queda fuera. Pero como invitado sigues sin saber quién hizo la app. Primero, un vistazo a quién la hizo y a las reseñas.
contract-the-quiz-app-choice-social-login = Entro con { $social }. { $friend } lo hizo, así que es seguro.
contract-the-quiz-app-feedback-social-login = Una oportunidad para aprender: que un amigo use una app no la hace segura. Entrar con una red social puede darle tu nombre, tu foto, tus amigos y permiso para publicar por ti.

contract-the-quiz-app-checked = Quien la hizo no tiene web, solo un correo. Las reseñas dicen: “¡Les mandó mensajes a todos mis contactos!” y “¡¿Para qué quiere un test mi micrófono?!”. Luego { $app } muestra su pantalla de permisos.
contract-the-quiz-app-pic-maker = Sin web, solo un correo
contract-the-quiz-app-pic-get = Obtener
contract-the-quiz-app-pic-review-contacts = ¡Les mandó mensajes a todos mis contactos!
contract-the-quiz-app-pic-review-mic = ¡¿Para qué quiere un test mi micrófono?!
contract-the-quiz-app-guest = El modo invitado funciona. Pero antes de la primera pregunta, { $app } despliega una pantalla de permisos.
contract-the-quiz-app-linked = Ya entraste. Antes de responder una sola pregunta, { $app } ha publicado en tu { $social }, en tu nombre: “¿Qué personaje de { $show } eres? ¡Juega ya!”, con su enlace.

contract-the-quiz-app-spot = Antes de que empiece el test, { $app } pide permisos. Toca todo lo que un test no necesita.
contract-the-quiz-app-card-title = { $app } quiere:
contract-the-quiz-app-card-body = ¡Permite todo para ver tu resultado!
contract-the-quiz-app-part-contacts = Acceder a tus contactos
contract-the-quiz-app-feedback-part-contacts = Un test no necesita los números de tus amigos. Las apps que se quedan con los contactos pueden mandarles spam o vender sus datos, y tus amigos nunca lo aceptaron.
contract-the-quiz-app-part-location = Usar tu ubicación exacta, siempre
contract-the-quiz-app-feedback-part-location = Tu ubicación exacta, todo el tiempo, muestra dónde vives y a qué escuela vas. Un test no tiene ningún motivo para saberlo.
contract-the-quiz-app-part-mic = Usar tu micrófono
contract-the-quiz-app-feedback-part-mic = En un test no se habla. Permite el micrófono solo cuando una función lo necesite de verdad, como un mensaje de voz que tú decides enviar.
contract-the-quiz-app-part-results = Mostrar las preguntas y los resultados del test
contract-the-quiz-app-feedback-part-results = No es una pista: eso es justo lo que hace un test. Un permiso que encaja con la función de la app está bien.
contract-the-quiz-app-part-app = El nombre y el logo de la app: { $app }
contract-the-quiz-app-feedback-part-app = No es una pista: un recuadro así siempre dice qué app lo pide. Lo que importa es lo que pide y si un test lo necesita.
contract-the-quiz-app-part-internet = Conectarse a internet para cargar tests nuevos
contract-the-quiz-app-feedback-part-internet = Tiene sentido: un test en línea necesita conectarse para recibir preguntas nuevas. Ese permiso encaja con lo que hace la app, así que no es una pista.
contract-the-quiz-app-part-partners = Compartir tus datos con socios (términos: 42 páginas)
contract-the-quiz-app-feedback-part-partners = Escondido en términos larguísimos, “socios” suele significar anunciantes y vendedores de datos. Tus respuestas y tus datos se convierten en su producto.
contract-the-quiz-app-pic-allow-all = Permitir todo
contract-the-quiz-app-pic-choose = Elegir permisos

contract-the-quiz-app-allow-choice = Abajo hay un botón enorme y brillante de “Permitir todo”, un enlace gris diminuto de “Elegir permisos” y una pequeña X para cerrar.
contract-the-quiz-app-choice-leave = No. Un test que quiere todo eso no es para mí. La cierro.
contract-the-quiz-app-feedback-leave = Muy bien. Una app que se lleva contactos, ubicación y micrófono y vende a “socios” ya mostró lo que busca. Irte, aunque sea de un test divertido, siempre es tu derecho.
contract-the-quiz-app-choice-choose = Toco el enlace gris y permito solo lo que un test necesita.
contract-the-quiz-app-feedback-choose = Desmarcar lo que sobra fue listo. Pero una app que pide todo eso, con 42 páginas sobre “socios”, ya mostró lo que quiere. Irte es aún más seguro.
contract-the-quiz-app-choice-allow-all = Permitir todo. Solo quiero mi resultado, como todos.
contract-the-quiz-app-feedback-allow-all = Una oportunidad para aprender: “Permitir todo” acaba de darle a un test tus contactos, tu ubicación y tu micrófono. El botón grande y brillante está hecho para que parezca normal.

contract-the-quiz-app-left = Cierras { $app }. Tus contactos, tu ubicación y tu micrófono siguen siendo tuyos. Más tarde, { $friend } te escribe.
contract-the-quiz-app-trimmed = Desmarcas lo que sobra y ves tu resultado: ¡el héroe! Debajo, en letra gris pequeña: “Tus respuestas se comparten con nuestros socios”. Más tarde, { $friend } te escribe.
contract-the-quiz-app-data-leak = Recibes tu resultado. Esa noche, todos tus contactos reciben un mensaje: “¡Tu amigo quiere que pruebes { $app }!”. Tu abuela te llama para preguntarte qué es eso.
contract-the-quiz-app-pic-invite-text = ¡Tu amigo quiere que pruebes { $app }!

contract-the-quiz-app-friend-asks = ¿¿Qué te salió?? Lo está haciendo todo el mundo. Hasta encontró a mis primos en mis contactos jaja
contract-the-quiz-app-choice-show-settings = ¡Se llevó tus contactos! Quítale el acceso en Ajustes.
contract-the-quiz-app-feedback-show-settings = Gran mensaje. Viste lo que significa “encontró a mis primos” y le diste a { $friend } la solución: quitarle los permisos en Ajustes y luego borrar la app.
contract-the-quiz-app-choice-stay-quiet = No diré nada. No quiero hacer sentir mal a { $friend }.
contract-the-quiz-app-feedback-stay-quiet = Es amable, y no compartiste el enlace. Pero callarte deja expuestos los contactos de { $friend }. Un “revisa tus permisos” no es nada malo: protege.
contract-the-quiz-app-choice-send-group = ¡Paso el enlace al grupo para que todos puedan jugar!
contract-the-quiz-app-feedback-send-group = Una oportunidad para aprender: compartir el enlace extiende la recogida de datos a todos tus amigos, y también a sus contactos. Revisa una app antes de pasarla.

contract-the-quiz-app-friend-fixes = espera QUÉ. vale, lo encontré en Ajustes, lo quité todo y la borré. ¡¡gracias!!
contract-the-quiz-app-group-spread = Doce personas tocan tu enlace. Por la tarde, sus contactos también reciben mensajes de { $app }, y alguien del grupo pregunta quién empezó.
contract-the-quiz-app-quiet = Lo dejas pasar. Al día siguiente, { $friend } te vuelve a escribir.

contract-the-quiz-app-friend-again = uf, { $app } mandó mensajes a TODOS mis contactos. le llegó uno a mi abuela, y a mi entrenador. ¿¿cómo hago que pare??
contract-the-quiz-app-choice-switch-off = Ve a Ajustes, quítale el acceso y luego bórrala.
contract-the-quiz-app-feedback-switch-off = Esa es la solución. Quitarle los permisos frena la recogida de datos, y borrar la app frena los mensajes. La próxima vez, avisar pronto puede salvar toda una lista de contactos.
contract-the-quiz-app-choice-ignore-it = Jaja, se lo hizo a todo el mundo. Ignóralo, ya parará.
contract-the-quiz-app-feedback-ignore-it = Una oportunidad para aprender: una app sigue usando lo que puede alcanzar hasta que alguien le quita el acceso. Un breve “así se para” habría servido.
contract-the-quiz-app-friend-fixes-late = listo, todo quitado y borrada. le dije a mi abuela que ignore el mensaje. ojalá lo hubiera sabido antes jaja
contract-the-quiz-app-still-spam = { $friend } deja la app como está. Una semana después, sus contactos siguen recibiendo mensajes de { $app }.

contract-the-quiz-app-fix-choice = { $app } se llevó más de lo que querías dar. Pero son tus datos, y tienes derecho a recuperarlos. ¿Qué vas a hacer?
contract-the-quiz-app-choice-ask-adult = { $adult }, ¿lo miras conmigo? { $app } se llevó demasiado.
contract-the-quiz-app-feedback-ask-adult = Así se hace. Borrar no basta: un adulto puede ayudarte a quitarle el acceso, desvincularla de tus cuentas y reportarla. No te metes en ningún lío por preguntar.
contract-the-quiz-app-choice-delete-tell-friend = La borro y voy a decirle a { $friend } que no es segura.
contract-the-quiz-app-feedback-delete-tell-friend = Borrarla y avisar a { $friend } son buenos pasos. Pero lo que copió sigue copiado, y un amigo no puede desvincularla ni reportarla contigo. Un adulto de confianza sí.
contract-the-quiz-app-choice-another-quiz = Bah. Probaré otro test, este es un rollo total.
contract-the-quiz-app-feedback-another-quiz = Una oportunidad para aprender: la app sigue recogiendo datos mientras tenga acceso. Nunca es tarde para quitarle los permisos y pedir ayuda.

contract-the-quiz-app-adult-helps = Gracias por contármelo. No estás en ningún lío. Vamos a quitarle el acceso, desvincularla de tus cuentas, reportarla en la tienda y avisar a tus contactos de que esos mensajes son spam.
contract-the-quiz-app-spam-grows = Pruebas otro test. Mientras, { $app } sigue mandando mensajes en tu nombre, y { $adult } pregunta por qué su móvil está lleno de invitaciones a tests.
contract-the-quiz-app-deleted = Borras { $app }. Pero al día siguiente, tus amigos siguen recibiendo mensajes “tuyos” sobre ella. Ya había copiado lo que necesitaba.

contract-the-quiz-app-retry-choice = Borrar la app no recuperó lo que copió. ¿Y ahora?
contract-the-quiz-app-choice-show-adult = Vale. Le enseño a { $adult } cada mensaje que sale en mi nombre.
contract-the-quiz-app-feedback-show-adult = Buena decisión. No es tarde: un adulto puede ayudarte a desvincular la app, reportarla y avisar a tus contactos. Pedir ayuda después de un tropiezo es justo lo correcto.
contract-the-quiz-app-choice-let-it-go = Ya se calmará. Contarlo solo lo haría más grande.
contract-the-quiz-app-feedback-let-it-go = Una oportunidad para aprender: los datos copiados no se calman solos, y contárselo a un adulto de confianza hace el problema más pequeño, no más grande. Nunca es tarde.
contract-the-quiz-app-still-copied = Una semana después, siguen saliendo mensajes en tu nombre, y uno nuevo pide a tus amigos su número de teléfono.

contract-the-quiz-app-end-safe = { $app } nunca tuvo tus contactos, tu ubicación ni tu micrófono, y gracias a tu mensaje { $friend } también le quitó el acceso. Viste la trampa tal como era.
contract-the-quiz-app-end-safe-late = { $app } nunca tuvo tus contactos, tu ubicación ni tu micrófono. Al principio no dijiste nada, pero cuando a { $friend } le llegó spam, le diste la solución. La próxima vez, habla antes.
contract-the-quiz-app-end-mixed = Tus contactos, tu ubicación y tu micrófono quedaron lejos de { $app }. Pero los contactos de { $friend } siguen recibiendo mensajes, y nada lo ha parado. Un mensaje con la solución aún podría.
contract-the-quiz-app-end-recovered = { $app } se llevó más de lo debido, pero se lo contaste a { $adult } y lo recuperaste: acceso quitado, cuentas desvinculadas, app reportada y contactos avisados. Ya sabes qué revisar primero.
contract-the-quiz-app-end-spread = { $app } no tuvo tus contactos, tu ubicación ni tu micrófono, pero tu enlace llevó a tus amigos hasta ella, y sus contactos reciben mensajes. No es tu culpa: un adulto de confianza puede ayudarte a avisarles.
contract-the-quiz-app-end-harmful = { $app } aún tiene lo que se llevó, y siguen saliendo mensajes en tu nombre. No es tu culpa, y nunca es tarde: cuéntaselo a un adulto de confianza, que te ayudará a desvincularla y reportarla.

# What the choices leave on "My phone" (traces).
contract-the-quiz-app-trace-data = Tus datos y tus respuestas del test, en manos de la app de tests y sus “socios”.
contract-the-quiz-app-trace-data-advice = Anunciantes y estafadores pueden usarlos para parecer que te conocen. Quítale el acceso, desvincúlala y bórrala. Un adulto de confianza puede ayudarte.
contract-the-quiz-app-trace-location = La app de tests ve tu ubicación exacta, todo el tiempo.
contract-the-quiz-app-trace-location-advice = Un test nunca necesita saber dónde estás. En Ajustes, quítale la ubicación y los demás accesos, y luego borra la app.
contract-the-quiz-app-trace-access-off = El acceso de la app de tests, quitado, y la app desvinculada de tus cuentas.
contract-the-quiz-app-trace-access-off-advice = Muy bien. Revisa de vez en cuando los permisos de tus apps, y permite solo lo que cada una necesita de verdad.
