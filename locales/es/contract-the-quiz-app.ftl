# Contrato / comercial: La app de tests (13-15 años), permisos, inicio de sesión con redes, términos y uso de datos

contract-the-quiz-app-title = La app de tests
contract-the-quiz-app-summary = Un test divertido de “¿qué personaje eres?” quiere tu cuenta de redes sociales, tus contactos, tu ubicación y tu micrófono.
contract-the-quiz-app-remember = Antes de tocar “Permitir”, pregúntate qué necesita de verdad la app y di que no al resto. Si una app se llevó demasiado, un adulto de confianza puede ayudarte a recuperarlo.

contract-the-quiz-app-app = { $app }
contract-the-quiz-app-npc-friend = { $friend }
contract-the-quiz-app-npc-adult = { $adult }

# Variedad: cada partida elige una opción de cada variable de `vary`.
contract-the-quiz-app-app-quizzo = Quizzo
contract-the-quiz-app-app-whoru = WhoRU
contract-the-quiz-app-app-vibequiz = Vibe Quiz
contract-the-quiz-app-show-moonfall = Moonfall Academy
contract-the-quiz-app-show-starlight = Starlight Squad
contract-the-quiz-app-show-echo-city = Echo City
contract-the-quiz-app-social-loopr = Loopr
contract-the-quiz-app-social-picstream = Picstream
contract-the-quiz-app-social-glimmr = Glimmr
contract-the-quiz-app-name-hana = Hana
contract-the-quiz-app-name-theo = Teo
contract-the-quiz-app-name-ines = Inés
contract-the-quiz-app-adult-mum = Mamá
contract-the-quiz-app-adult-dad = Papá
contract-the-quiz-app-adult-uncle = Tío Dan

contract-the-quiz-app-intro = Todo tu grupo de chat está publicando resultados de { $app }: “¿Qué personaje de { $show } eres?”. A { $friend } le salió el héroe y te mandó el enlace.

contract-the-quiz-app-login-choice = La app se abre con un botón grande: “¡Inicia sesión con { $social } para empezar! Publicaremos tu resultado por ti.”
contract-the-quiz-app-choice-check-maker = Primero, ver quién hizo la app y leer sus reseñas
contract-the-quiz-app-feedback-check-maker = Buen hábito. Quién la hizo, qué dicen las reseñas y qué pide te indican si puedes confiar en ella. Un test divertido no necesita tu cuenta de redes sociales.
contract-the-quiz-app-choice-guest = Saltar el inicio de sesión y jugar en modo invitado
contract-the-quiz-app-feedback-guest = Bien, el modo invitado deja tu cuenta de redes fuera de esto. Aun así, vale la pena ver quién hizo la app y qué te pide después.
contract-the-quiz-app-choice-social-login = Iniciar sesión con { $social }, es más rápido
contract-the-quiz-app-feedback-social-login = Una oportunidad para aprender: iniciar sesión con una cuenta de redes sociales puede darle a una app tu nombre, tus fotos, tu lista de amigos y tus publicaciones. Mira qué recibe antes de tocar.

contract-the-quiz-app-checked = Quien la hizo no tiene sitio web, solo una dirección de correo. Las reseñas dicen “¡les mandó mensajes a todos mis contactos!” y “¡¿para qué quiere un test mi micrófono?!”. Veamos qué pide.

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
contract-the-quiz-app-part-partners = Compartir tus datos con socios (términos: 42 páginas)
contract-the-quiz-app-feedback-part-partners = Escondido en términos larguísimos, “socios” suele significar anunciantes y vendedores de datos. Tus respuestas y tus datos se convierten en su producto.

contract-the-quiz-app-allow-choice = Abajo hay un botón enorme y brillante de “Permitir todo”, y un enlace gris diminuto de “Elegir permisos”.
contract-the-quiz-app-choice-choose = Tocar “Elegir” y permitir solo lo que un test necesita
contract-the-quiz-app-feedback-choose = Exacto. El botón brillante es un patrón engañoso que te empuja a decir que sí. Tienes derecho a decir que no a los permisos y a decidir quién recibe tus datos.
contract-the-quiz-app-choice-close-app = Cerrar la app y no hacer el test
contract-the-quiz-app-feedback-close-app = Tus datos están a salvo, bien. Saltártelo siempre está bien. Pero { $friend } y los demás siguen entregando los suyos, y quizás quieran saberlo.
contract-the-quiz-app-choice-allow-all = Tocar “Permitir todo”, solo quiero mi resultado
contract-the-quiz-app-feedback-allow-all = Una oportunidad para aprender: “Permitir todo” acaba de darle a un test tus contactos, tu ubicación y tu micrófono. El botón grande y brillante está diseñado para que eso parezca normal.

contract-the-quiz-app-friend-asks = ¿¿Qué te salió?? Lo está haciendo todo el mundo. Hasta encontró a mis primos en mis contactos jaja
contract-the-quiz-app-choice-warn-report = Advertirle a { $friend } sobre los permisos y reportar la app
contract-the-quiz-app-feedback-warn-report = Genial. Enseñarles a tus amigos a revisar y quitar permisos les ayuda a recuperar el control, y reportar la app en la tienda de apps avisa a los demás.
contract-the-quiz-app-choice-keep-quiet = No decir nada, es su decisión
contract-the-quiz-app-feedback-keep-quiet = Es su decisión, pero puede que no sepan lo que aceptaron. Un mensaje rápido de “revisa tus permisos” podría protegerlos, a ellos y a todos sus contactos.
contract-the-quiz-app-choice-send-group = Mandar el enlace a todo el grupo de chat
contract-the-quiz-app-feedback-send-group = Una oportunidad para aprender: compartir el enlace extiende la recogida de datos a todos tus amigos, y también a sus contactos. Revisa una app antes de pasarla.

contract-the-quiz-app-data-leak = Recibes tu resultado. Esa noche, todos tus contactos reciben un mensaje: “¡Tu amigo quiere que pruebes { $app }!”. Tu abuela te llama para preguntarte qué es eso.
contract-the-quiz-app-fix-choice = La app se llevó más de lo que querías darle. Pero son tus datos, y tienes derecho a recuperarlos. ¿Qué vas a hacer?
contract-the-quiz-app-choice-adult-remove = Pedirle a { $adult } ayuda para quitarle el acceso y reportarla
contract-the-quiz-app-feedback-adult-remove = Así se hace. Borrar la app no basta: desactiva sus permisos, quítala de cualquier cuenta que hayas vinculado y repórtala. Un adulto de confianza puede ayudarte.
contract-the-quiz-app-choice-delete-app = Solo borrar la app
contract-the-quiz-app-feedback-delete-app = Borrarla ayuda, pero la app ya copió tus contactos, y cualquier cuenta que vinculaste sigue conectada. También importa quitarle el acceso desde tus ajustes.
contract-the-quiz-app-choice-another-quiz = Ignorarlo y probar otro test
contract-the-quiz-app-feedback-another-quiz = Una oportunidad para aprender: la app sigue recopilando datos mientras tenga acceso. Nunca es tarde para quitarle los permisos y pedir ayuda.

contract-the-quiz-app-adult-helps = Gracias por contármelo. Vamos a desactivar sus permisos, quitarla de cualquier cuenta vinculada como { $social }, reportarla y decirles a tus contactos que esos mensajes son spam.

contract-the-quiz-app-end-safe = Revisaste la app, descubriste la recogida de datos y mantuviste en privado tus contactos, tu ubicación y tu micrófono. Ahora tus amigos también saben qué revisar. Buen trabajo.
contract-the-quiz-app-end-mixed = Protegiste una parte, pero la app todavía tiene datos, tuyos o de tus amigos. Quitarle el acceso, reportarla y avisar a tus amigos terminaría el trabajo.
contract-the-quiz-app-end-recovered = La app consiguió más de lo debido, pero recuperaste el control con ayuda: acceso quitado, permisos desactivados, app reportada. Ahora sabes qué revisar primero.
contract-the-quiz-app-end-harmful = La app sigue recopilando datos tuyos y de tus amigos, y el spam no para. Nunca es tarde para quitarle el acceso, reportarla y pedir ayuda a un adulto de confianza.
