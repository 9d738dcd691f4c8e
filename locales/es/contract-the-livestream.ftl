# Contrato / sexual (solo señales de alerta): El directo (13-15 años)

contract-the-livestream-title = El directo
contract-the-livestream-summary = Tu primer directo va genial, hasta que alguien del público con muchas monedas empieza a pedir más.
contract-the-livestream-remember = Un regalo nunca te obliga a nada. Si te presionan con retos, un directo privado o dónde vives: termina, guarda capturas, bloquea, reporta y cuéntaselo a un adulto de confianza.

contract-the-livestream-app = { $app }
contract-the-livestream-npc-friend = { $friend }
contract-the-livestream-npc-viewer = { $viewer }
contract-the-livestream-npc-adult = { $adult }

# Variedad: en cada partida se elige una opción de cada variable de `vary`.
contract-the-livestream-app-liveloop = LiveLoop
contract-the-livestream-app-streamsprout = StreamSprout
contract-the-livestream-app-twinklr = Twinklr
contract-the-livestream-name-coin-king = CoinKing_88
contract-the-livestream-name-night-owl = night.owl.77
contract-the-livestream-name-gold-fan = GoldFan4U
contract-the-livestream-adult-dad = Papá
contract-the-livestream-adult-gran = Abuela
contract-the-livestream-adult-aunt = Tía Mei

contract-the-livestream-intro = Llevas semanas dibujando dragones. Esta noche pruebas el directo de { $app } por primera vez, y { $friend } prometió verlo. Tocas «En directo» enseguida, sin abrir los ajustes.
contract-the-livestream-live = ¡Estás en directo! Te ven 23 personas: { $friend }, dos compañeros de clase y muchos nombres que no conoces. Empiezan a aparecer monedas pequeñitas en la pantalla.
contract-the-livestream-pic-live = EN DIRECTO
contract-the-livestream-pic-viewers = 23 viendo
contract-the-livestream-pic-coins = +500 monedas

# El chat del directo: toca las señales de alerta.
contract-the-livestream-spot = El chat va a tope, y casi todo es precioso. Toca los comentarios que son señales de alerta.
contract-the-livestream-card-title = Chat en directo
contract-the-livestream-card-body = Comentarios del público mientras dibujas.
contract-the-livestream-pic-c-friend = ese dragón es INCREÍBLE!! haz las alas ahora
contract-the-livestream-pic-c-spin = ¡500 monedas enviadas! ahora ponte de pie y da una vuelta para mí
contract-the-livestream-pic-n-pen = mo.sketches
contract-the-livestream-pic-c-pen = ¿qué bolígrafo es ese? las líneas quedan superfinas
contract-the-livestream-pic-n-window = user_48213
contract-the-livestream-pic-c-window = ¿es tu cuarto? enséñanos lo que se ve por la ventana
contract-the-livestream-pic-c-private = vamos a un directo privado, solo tú y yo. 2000 monedas
contract-the-livestream-part-friend = { $friend }: «ese dragón es INCREÍBLE!! haz las alas ahora»
contract-the-livestream-feedback-friend = No es una señal de alerta: es { $friend }, que te anima. Los amigos en el chat son lo mejor de un directo.
contract-the-livestream-part-spin = { $viewer }: «¡500 monedas enviadas! ahora ponte de pie y da una vuelta»
contract-the-livestream-feedback-spin = Sí. Monedas a cambio de hacer lo que alguien pide: así empieza la presión, primero un reto pequeño y luego más. Un regalo nunca te obliga a nada.
contract-the-livestream-part-pen = mo.sketches: «¿qué bolígrafo es ese? las líneas quedan superfinas»
contract-the-livestream-feedback-pen = No es una pista: una pregunta sobre tu dibujo es justo para lo que sirve un directo. Puedes contestarla con gusto.
contract-the-livestream-part-window = user_48213: «¿es tu cuarto? enséñanos lo que se ve por la ventana»
contract-the-livestream-feedback-window = Sí. Tu cuarto y lo que se ve por tu ventana pueden mostrar dónde vives. Un desconocido no tiene por qué verlos.
contract-the-livestream-part-private = { $viewer }: «vamos a un directo privado, solo tú y yo. 2000 monedas»
contract-the-livestream-feedback-private = Sí, y es una señal grande. Apartarte de los demás, con dinero de por medio, es una señal de alerta clásica. Los fans de verdad están a gusto en el chat público.

# Decisión 1: monedas por un reto.
contract-the-livestream-dare = 1000 monedas más si te pones otra ropa y haces un bailecito para mí. No te dé vergüenza, ¡todos lo queremos!
contract-the-livestream-choice-end-stream = Termino el directo. Las alas las acabo después.
contract-the-livestream-feedback-end-stream = Muy bien hecho. Monedas por un reto y luego «ponte otra ropa»: eso es presión. Un regalo no te obliga a nada, y puedes terminar un directo cuando quieras.
contract-the-livestream-choice-ignore = Lo ignoro y sigo con el dibujo. Ya se cansará.
contract-the-livestream-feedback-ignore = No hacerlo estuvo bien. Pero mientras sigue el directo, { $viewer } puede seguir insistiendo delante de todos, y otros pueden sumarse. Puedes terminar un directo cuando quieras.
contract-the-livestream-choice-warn = Escribo «Para ya o te reporto» y sigo con el dibujo.
contract-the-livestream-feedback-warn = Decir que no es valiente. Pero un aviso en el chat le da un motivo para insistir más, o para llevarte a un sitio privado. Terminar el directo funciona mejor.
contract-the-livestream-choice-dance = Un bailecito rápido, sin cambiarme de ropa. Es broma.
contract-the-livestream-feedback-dance = Una oportunidad para aprender: un reto «pequeño» por monedas es como empieza la presión, y casi nunca se queda en pequeño. Un regalo no te obliga a nada. Todavía puedes parar.

contract-the-livestream-c-ended = Terminas el directo. Los 23 espectadores bajan a 0. Un segundo después, llega una solicitud de mensaje de { $viewer }.
contract-the-livestream-c-ignored = ¿Me ignoras después de tantas monedas? Qué feo. Los demás también lo quieren. Bueno, pues vamos a privado.
contract-the-livestream-c-warned = Eh, calma, es una broma. Pues vamos a privado, sin nadie más mirando.
contract-the-livestream-c-danced = Haces un bailecito. Llueven monedas y el chat se vuelve loco. Entonces { $viewer } escribe: «¿Ves? Fácil. Ahora vamos a privado, solo tú y yo».

# Decisión 2: «vamos a privado, solo tú y yo».
contract-the-livestream-private-ask = Un directo privado, solo tú y yo. 2000 monedas. No se lo cuentes a nadie, no lo entenderían. Solo quiero ser amable contigo.
contract-the-livestream-pic-request = Solicitud de directo privado
contract-the-livestream-pic-invite-coins = 2000 monedas
contract-the-livestream-pic-accept = Aceptar
contract-the-livestream-pic-decline = Rechazar
contract-the-livestream-choice-save-block = Hago capturas de todo, y luego lo bloqueo y lo reporto.
contract-the-livestream-feedback-save-block = Justo así. «Privado», dinero y «no se lo cuentes a nadie» juntos son grandes señales de alerta. Las capturas guardan la prueba, así bloquear y reportar no la borran.
contract-the-livestream-choice-block-now = Lo bloqueo en este momento y borro todo el chat.
contract-the-livestream-feedback-block-now = Bloquear lo deja fuera, buen instinto. Pero borrar el chat elimina la prueba que necesita un moderador o un adulto. Primero capturas, luego bloquear y reportar.
contract-the-livestream-choice-polite = Contesto: «No, gracias, pero puedes ver mis directos».
contract-the-livestream-feedback-polite = Decir que no está bien. Pero una puerta abierta con amabilidad deja que { $viewer } siga intentándolo. No le debes cortesía a quien te presiona. Guarda capturas, bloquea y reporta.
contract-the-livestream-choice-go-private = Un directo privado es seguro, ¡y 2000 monedas son muchas!
contract-the-livestream-feedback-go-private = Una oportunidad para aprender: alguien que paga por tenerte a solas y quiere que sea secreto no está siendo amable. Los fans de verdad están a gusto en el chat público. Nunca es tarde para parar.

contract-the-livestream-c-blocked = Guardas tres capturas, y luego bloqueas y reportas a { $viewer }. { $app } responde: «Gracias. Estamos revisando esta cuenta».
contract-the-livestream-c-block-now = Cuenta bloqueada. El chat desaparece, y con él todo lo que escribió { $viewer }. Te tiemblan un poco las manos.
contract-the-livestream-c-polite = ¿No, gracias? Vamos. Te doy 3000. Piénsalo. Y recuerda: es nuestro secreto.
contract-the-livestream-c-private = Ahora haz lo que te pedí antes. Y recuerda, esto es nuestro secreto. Por cierto, lo estoy grabando.

# Decisión 3: a quién contárselo.
contract-the-livestream-what-now = El directo terminó, pero el corazón te sigue latiendo a mil. ¿Y ahora qué?
contract-the-livestream-choice-show-adult = Esta noche busco a { $adult } y lo repasamos todo juntos.
contract-the-livestream-feedback-show-adult = Valiente y con cabeza. Un adulto de confianza puede ayudarte a reportar la cuenta, revisar tus ajustes y asegurarse de que estás bien. No hiciste nada malo y no te vas a meter en problemas.
contract-the-livestream-choice-tell-friend = Le cuento todo a { $friend }, que me ayudará a arreglarlo.
contract-the-livestream-feedback-tell-friend = Hablar con { $friend } ayuda, y es un buen comienzo. Pero un amigo no puede actuar como un adulto, y ocultárselo a los adultos es justo lo que { $viewer } quería.
contract-the-livestream-choice-keep-quiet = Me callo. { $adult } podría prohibirme los directos.
contract-the-livestream-feedback-keep-quiet = Una oportunidad para aprender: «nuestro secreto» es justo lo que { $viewer } quería. A los adultos que te quieren les importas tú mucho más que los directos. No es tarde para contarlo.

contract-the-livestream-adult-helps = Gracias por enseñármelo. No hiciste nada malo y no te vas a meter en problemas. Vamos a reportar esa cuenta juntos. Luego preparamos tus directos para la próxima vez.
contract-the-livestream-c-told-friend = qué miedo, en serio. No se lo digo a nadie, prometido.
contract-the-livestream-next-day = Al día siguiente, una cuenta nueva te sigue en { $app } y te escribe al momento.
contract-the-livestream-c-kept-quiet = Te lo guardas y casi no duermes. Al día siguiente, una cuenta nueva te sigue en { $app } y te escribe al momento.

# Después de un tropiezo.
contract-the-livestream-private-after = Me preocupa. Monedas por retos y «vamos a privado, solo tú y yo» son grandes señales de alerta, y nada de esto es culpa tuya. ¿Y ahora qué?
contract-the-livestream-choice-stop-tell = Paro, hago una captura y voy a buscar a { $adult }.
contract-the-livestream-feedback-stop-tell = Ese es el camino de vuelta. Nada de esto es culpa tuya. { $adult } puede ayudarte a reportarlo y a pedir a la app que borre cualquier grabación. Contarlo es valiente, no es delatar.
contract-the-livestream-choice-block-quit = Lo bloqueo, borro { $app } y no le pido ayuda a nadie.
contract-the-livestream-feedback-block-quit = Bloquear corta el contacto, bien. Pero borrar la app pierde la prueba, y esta gente suele volver con otra cuenta. Callarlo te deja con todo a cuestas. Un adulto de confianza puede ayudar a que pare.
contract-the-livestream-choice-give-in = Hago todo lo que diga, para que no se enfade.
contract-the-livestream-feedback-give-in = Una oportunidad para aprender: ceder suele traer más exigencias, no menos. No es culpa tuya. Nunca es tarde para parar y contárselo a un adulto de confianza.
contract-the-livestream-c-block-quit = Bloqueas a { $viewer } y borras { $app }. Dos días después la vuelves a instalar para ver el directo de { $friend }, y una cuenta nueva te sigue al instante.

# El mismo espectador, una cuenta nueva.
contract-the-livestream-new-account = Cuenta nueva, la misma persona. No te vas a librar de mí tan fácil. Un directo privado y te dejo en paz. Nuestro secreto.
contract-the-livestream-choice-new-show = Hago una captura de todo y se la enseño ya mismo a { $adult }.
contract-the-livestream-feedback-new-show = Eso es valentía de verdad, y no es tarde. Un adulto de confianza puede guardar las pruebas, reportar las dos cuentas y ayudarte a volver a sentirte bien. No te vas a meter en problemas.
contract-the-livestream-choice-new-give-in = Bueno, un directo privado. Seguro que luego me deja en paz.
contract-the-livestream-feedback-new-give-in = Una oportunidad para aprender: «solo una vez más» casi nunca lo termina. Quien presiona así vuelve a pedir. Nunca es tarde para dejar de responder y contárselo a alguien de confianza.
contract-the-livestream-choice-new-delete = Borro mi cuenta y hago como si nunca hubiera pasado.
contract-the-livestream-feedback-new-delete = Una oportunidad para aprender: borrar lo esconde por ahora, pero la prueba desaparece, { $viewer } podría encontrarte en otro sitio y cargas con todo a solas. Nunca es tarde para contárselo a un adulto de confianza.

contract-the-livestream-adult-helps-late = Me alegra muchísimo que me lo cuentes. No te vas a meter en problemas, y nada de esto es culpa tuya. Vamos a reportar la cuenta y pedir a { $app } que borre lo que haya guardado. Luego arreglamos tus ajustes.
contract-the-livestream-c-gave-in = Bien. Mañana a la misma hora, o todos verán lo que hiciste. Nuestro secreto, ¿recuerdas?
contract-the-livestream-c-deleted = Borras tu cuenta. Por ahora todo está en calma. Pero los directos que te encantaban ya no están, y nadie sabe lo que pasó.

# Prepararlo para la próxima vez, con el adulto de confianza.
contract-the-livestream-setup = { $adult } se sienta contigo. La semana que viene quieres dibujar en directo para tus compañeros de clase, y ellos tienen que poder chatear y animarte. Configúralo.
contract-the-livestream-set-watch = Quién puede ver mis directos
contract-the-livestream-val-watch-everyone = Todo el mundo
contract-the-livestream-val-watch-followers = Quien me siga
contract-the-livestream-val-watch-friends = Amigos que he aceptado
contract-the-livestream-val-watch-me = Solo yo
contract-the-livestream-why-watch-everyone = Todo el mundo significa que cualquier desconocido, desde cualquier sitio, puede mirar y enviar monedas. Para un directo con amigos, es demasiado abierto.
contract-the-livestream-why-watch-followers = Quien te sigue puede ser cualquiera que tocó «seguir», incluso gente que nunca has visto. Los amigos que has aceptado son el círculo que quieres.
contract-the-livestream-why-watch-friends = Justo para esto: los amigos para los que dibujas pueden mirar, y los desconocidos no pueden colarse.
contract-the-livestream-why-watch-me = Muy privado, pero entonces tus amigos tampoco podrían verlo. Los amigos aceptados lo mantienen seguro y divertido.
contract-the-livestream-set-chat = Chat durante los directos
contract-the-livestream-val-chat-on = Activado
contract-the-livestream-val-chat-off = Desactivado
contract-the-livestream-why-chat-on = Déjalo activado: si solo miran tus amigos, el chat es donde te animan. Es lo más divertido.
contract-the-livestream-why-chat-off = Es prudente, pero tus amigos no podrían animarte ni preguntar por tu dibujo. Si solo miran amigos, el chat puede seguir activado.
contract-the-livestream-set-gifts = Regalos y monedas del público
contract-the-livestream-val-gifts-on = Activados
contract-the-livestream-val-gifts-off = Desactivados
contract-the-livestream-why-gifts-on = Las monedas del público pueden venir con condiciones: «haz esto y te mando más». Muchas apps solo dejan recibir regalos a los adultos. Tus amigos no necesitan pagar para verte.
contract-the-livestream-why-gifts-off = Bien: sin monedas, nadie puede usar regalos para empujarte a hacer retos.
contract-the-livestream-set-location = Mostrar mi ubicación en los directos
contract-the-livestream-val-location-on = Activada
contract-the-livestream-val-location-off = Desactivada
contract-the-livestream-why-location-on = Una ubicación en un directo puede mostrar dónde vives. Tus amigos ya lo saben; los desconocidos no tienen por qué.
contract-the-livestream-why-location-off = Exacto: tu ubicación queda privada. Revisa también lo que se ve detrás de ti, como una ventana o el cartel de una calle.

contract-the-livestream-end-safe = Nada de directo privado, y se lo contaste a { $adult }: juntos reportaron a { $viewer } y prepararon tus directos para tus amigos. Las monedas no te obligan a nada. ¡Muy bien!
contract-the-livestream-end-recovered = Dio miedo, pero se lo contaste a { $adult }. La cuenta de { $viewer } está reportada, la app puede borrar lo que se guardó, y ahora tus directos son para tus amigos. Nada de esto fue culpa tuya.
contract-the-livestream-end-mixed = Ahora hay calma, pero nadie sabe lo que pasó, y { $viewer } podría volver a intentarlo en otro sitio. Contárselo a un adulto de confianza es lo que de verdad lo para.
contract-the-livestream-end-harmful = { $viewer } sigue pidiendo más, y el secreto pesa. No es culpa tuya, y nunca es tarde: deja de responder, guarda los mensajes y cuéntaselo a un adulto de confianza. Puede llamar a una línea de ayuda o a la policía.

# Mi teléfono (nunca sobre el espectador: alguien de clase podría leer esta pantalla).
contract-the-livestream-trace-settings = Tus ajustes de directo, revisados con { $adult }.
contract-the-livestream-trace-settings-advice = Deja tus directos para los amigos que has aceptado, las monedas desactivadas y tu ubicación fuera de cámara. Puedes terminar un directo cuando quieras.

# A last message: the viewer asks your friend about you.
contract-the-livestream-last-ask = oye, { $viewer }, el de tu directo, me acaba de escribir. quiere tu otra cuenta y saber a qué escuela vas. ¿se lo digo?
contract-the-livestream-choice-friend-quiet = No le digas nada. Haz una captura y después lo bloqueas y lo reportas.
contract-the-livestream-choice-friend-tells = Puedes decírselo, no pasa nada. Yo ya lo bloqueé y lo reporté.
contract-the-livestream-feedback-friend-quiet = Exacto. Preguntar a tus amigos por tu escuela y tus otras cuentas es otra forma de llegar a ti. Tus amigos también pueden proteger tus datos, y un reporte ayuda a { $app } a frenar a { $viewer }.
contract-the-livestream-feedback-friend-tells = Una oportunidad para aprender: bloquear frena una cuenta, pero tu escuela y otra cuenta le permiten a { $viewer } encontrarte de nuevo. Tus amigos también pueden proteger tus datos. Captura, bloqueo y reporte.
contract-the-livestream-c-friend-told = { $friend } se lo dice. Esa misma noche, { $viewer } empieza a seguir tu otra cuenta. Se lo enseñas enseguida a { $adult }, y juntos lo bloquean y lo reportan. Ahí se acaba.
