# Contrato / comercial: Los permisos de la app (9-12 años)

contract-the-app-permissions-title = Los permisos de la app
contract-the-app-permissions-summary = Una app gratis de dibujo quiere tu ubicación, tus contactos y más. ¿Qué deberías permitir?
contract-the-app-permissions-remember = Permite solo lo que una app necesita de verdad, y pregúntale a tu mamá o tu papá antes de registrarte o compartir tus datos. Tú decides cuándo parar, no la app.

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-adult-mum = Mamá
contract-the-app-permissions-adult-dad = Papá
contract-the-app-permissions-adult-nana = Abuela
contract-the-app-permissions-brush-rainbow = Pincel Arcoíris
contract-the-app-permissions-brush-galaxy = Pincel Galaxia
contract-the-app-permissions-brush-glitter = Pincel Destellos

contract-the-app-permissions-npc-adult = { $adult }
contract-the-app-permissions-npc-friend = { $friend }

contract-the-app-permissions-intro = ¡Hola, soy yo, Sango! { $friend } te habló de { $app }, una app gratis de dibujo con pinceles mágicos. Tu club de arte también comparte dibujos ahí. Ya está en la tableta de la familia. ¡Vamos a abrirla!

contract-the-app-permissions-setup = Tu perfil de { $app } está como le gusta a la app. Quieres mostrarle tus dibujos a tu club de arte e intercambiar consejos con { $friend }. Nadie más necesita encontrarte, y la noche es para dormir. ¡Configúralo así!
contract-the-app-permissions-set-drawings = Quién puede ver mis dibujos
contract-the-app-permissions-val-drawings-everyone = Todos en la app
contract-the-app-permissions-val-drawings-club = Mi club de arte
contract-the-app-permissions-val-drawings-me = Solo yo
contract-the-app-permissions-why-drawings-everyone = “Todos” incluye a desconocidos, y tú solo quieres que tu club vea tu arte. “Mi club de arte” encaja mejor.
contract-the-app-permissions-why-drawings-club = ¡Justo así! Tu club de arte puede disfrutar tus dibujos, y los desconocidos no los ven.
contract-the-app-permissions-why-drawings-me = Así quedan privados, pero tu club de arte tampoco puede verlos. “Mi club de arte” encaja mejor, para que disfruten tu arte.
contract-the-app-permissions-set-messages = Quién puede enviarme mensajes
contract-the-app-permissions-val-messages-anyone = Cualquiera en la app
contract-the-app-permissions-val-messages-added = Amigos que agregué
contract-the-app-permissions-val-messages-nobody = Nadie
contract-the-app-permissions-why-messages-anyone = Con “Cualquiera”, también podrían escribirte desconocidos. “Amigos que agregué” encaja mejor: { $friend } puede mandarte consejos, y los desconocidos no.
contract-the-app-permissions-why-messages-added = ¡Buena elección! { $friend } puede mandarte consejos, y los desconocidos no pueden escribirte. Si algún mensaje te parece raro, muéstraselo a { $adult }.
contract-the-app-permissions-why-messages-nobody = Así frenas a los desconocidos, pero { $friend } tampoco puede mandarte consejos. “Amigos que agregué” encaja mejor.
contract-the-app-permissions-set-name = El nombre de mi perfil
contract-the-app-permissions-val-name-full = Mi nombre completo
contract-the-app-permissions-val-name-first = Solo mi nombre
contract-the-app-permissions-val-name-nick = Un apodo
contract-the-app-permissions-why-name-full = Tu nombre completo puede ayudar a desconocidos a saber quién eres. Encaja mejor un apodo que tu club conozca: igual sabrán que eres tú.
contract-the-app-permissions-why-name-first = Es mejor que tu nombre completo, pero igual les cuenta algo de ti a desconocidos. Un apodo que tu club conozca encaja aún mejor.
contract-the-app-permissions-why-name-nick = ¡Muy buena idea! Tu club sabe que eres tú, y los desconocidos solo ven un apodo.
contract-the-app-permissions-set-school = Quién puede ver mi escuela
contract-the-app-permissions-val-school-everyone = Todos
contract-the-app-permissions-val-school-club = Mi club de arte
contract-the-app-permissions-val-school-nobody = Nadie
contract-the-app-permissions-why-school-everyone = “Todos” incluye a desconocidos, y tu escuela les dice dónde estás cada día. Tu club ya la conoce, así que “Nadie” encaja mejor.
contract-the-app-permissions-why-school-club = No es peligroso, pero tu club ya conoce tu escuela, así que no hace falta mostrársela aquí. “Nadie” encaja mejor.
contract-the-app-permissions-why-school-nobody = ¡Exacto! Tu club ya conoce tu escuela, y nadie más la necesita.
contract-the-app-permissions-set-night = Quién puede enviarme alertas de noche
contract-the-app-permissions-val-night-on = Cualquiera
contract-the-app-permissions-val-night-friends = Amigos que agregué
contract-the-app-permissions-val-night-off = Nadie
contract-the-app-permissions-why-night-on = Con “Cualquiera”, cualquier alerta puede despertarte o hacerte volver a dibujar en la cama. “Nadie” encaja mejor: tus dibujos te esperan hasta mañana.
contract-the-app-permissions-why-night-friends = Mejor que “Cualquiera”, pero hasta las alertas de tus amigos pueden despertarte. “Nadie” encaja mejor: mañana podrás intercambiar consejos con { $friend }.
contract-the-app-permissions-why-night-off = ¡Bien! La noche es para dormir, y tus dibujos y mensajes seguirán ahí por la mañana.

contract-the-app-permissions-perm-spot = Antes de que puedas dibujar, aparece un recuadro grande. Toca las partes que piden demasiado o que intentan presionarte.
contract-the-app-permissions-card-title = { $app } quiere:
contract-the-app-permissions-card-body = ¡Diviértete al máximo dibujando! Toca Permitir todo para empezar.
contract-the-app-permissions-part-app = El nombre y el icono de la app: { $app }
contract-the-app-permissions-feedback-app = ¡No es una trampa! Un recuadro así siempre muestra qué app lo pide, para que sepas quién quiere qué. Ahora fíjate en lo que pide.
contract-the-app-permissions-part-location = Saber tu ubicación todo el tiempo, “para mejores pinceles”
contract-the-app-permissions-feedback-location = ¡Bien visto! Los pinceles no necesitan saber dónde estás. Mira si una razón tiene sentido antes de creerla. “Todo el tiempo” significa incluso con la app cerrada.
contract-the-app-permissions-part-contacts = Leer todos los contactos de esta tableta
contract-the-app-permissions-feedback-contacts = ¡Sí! Los contactos son información privada de otras personas: sus nombres y números. Una app de dibujo no los necesita.
contract-the-app-permissions-part-camera = Usar la cámara, para convertir una foto en dibujo
contract-the-app-permissions-feedback-camera = Esto solo no es una pista. Convertir fotos en dibujos encaja con una app de dibujo. Aun así, puedes elegir “solo mientras se usa la app”, o preguntarle a tu mamá o tu papá.
contract-the-app-permissions-part-photos = Guardar tus dibujos en tus fotos
contract-the-app-permissions-feedback-photos = No es una pista. Guardar tus dibujos encaja con una app de dibujo, así que esto tiene sentido. Si tienes dudas, puedes preguntarle a tu mamá o tu papá.
contract-the-app-permissions-part-signup = Registrarte con tu correo y tu fecha de nacimiento
contract-the-app-permissions-feedback-signup = ¡Bien visto! Tu correo y tu fecha de nacimiento son datos personales. Los niños deben preguntar a su mamá o su papá antes de registrarse, y muchas apps te dejan dibujar sin cuenta.
contract-the-app-permissions-part-button = Un botón grande de PERMITIR TODO y un enlace pequeño de “elegir”
contract-the-app-permissions-feedback-button = ¡Qué buen ojo! Hacer grande el “sí a todo” y diminuto el “elegir” es un truco para presionarte. Siempre puedes elegir uno por uno.
contract-the-app-permissions-pic-allow = PERMITIR TODO
contract-the-app-permissions-pic-choose = elegir

contract-the-app-permissions-perm-choice = Entonces, ¿qué vas a tocar? Recuerda que también puedes cambiar estos ajustes más tarde.
contract-the-app-permissions-choice-choose = Toco “elegir”: solo la cámara, y mis datos quedan privados.
contract-the-app-permissions-feedback-choose = ¡Bien elegido! Una app de dibujo necesita la cámara para convertir fotos en dibujos, no tu ubicación, tus contactos ni tu cumpleaños. Ese enlace chiquito era tu forma de decir que no.
contract-the-app-permissions-choice-ask-friend = Espera, lo compruebo con { $friend }. Sin molestar a { $adult }.
contract-the-app-permissions-feedback-ask-friend = ¡Parar antes de tocar estuvo bien! Pero { $friend } solo puede decirte qué hizo, no qué necesita la app. Ayudarte a elegir no es ninguna molestia para { $adult }.
contract-the-app-permissions-choice-allow-all = ¡Permitir todo! { $friend } dice que está bien. ¡A dibujar!
contract-the-app-permissions-feedback-allow-all = Una oportunidad para aprender: “me lo dijeron” no es comprobarlo. El botón grande estaba hecho para apurarte, y las razones no tenían sentido. Todavía se puede arreglar.

contract-the-app-permissions-chose-camera = Tocas el enlace chiquito de “elegir”. Cámara: solo mientras dibujas. Ubicación y contactos: no. Te saltas el registro, ¡y la app se abre igual!
contract-the-app-permissions-friend-reply = Yo toqué Permitir todo. ¡Todo el mundo lo hace! Es solo una app de dibujo.
contract-the-app-permissions-allowed-all = La ventana se cierra y empiezas a dibujar. Entonces aparece un mapa: “¡Artistas cerca de ti!”. Tu punto está ahí, justo donde vives.
contract-the-app-permissions-pic-map = ¡Artistas cerca de ti!
contract-the-app-permissions-pic-you = Tú

contract-the-app-permissions-friend-choice = { $friend } permitió todo. La ventana grande sigue esperándote. ¿Qué vas a hacer?
contract-the-app-permissions-choice-ask-adult = Le pido a { $adult } que revise toda la lista conmigo
contract-the-app-permissions-feedback-ask-adult = ¡Muy bien! Una persona adulta de tu familia puede ayudarte a ver qué necesita de verdad una app. Si eligen juntos, tu información sigue siendo tuya y la app funciona igual.
contract-the-app-permissions-choice-copy-friend = ¡Pues permitir todo! { $adult } ya dijo que sí a la app.
contract-the-app-permissions-feedback-copy-friend = Una oportunidad para aprender: que { $adult } aceptara la app no significa aceptar todos los permisos. La app pedía tu ubicación y tus contactos sin una buena razón. Todavía se puede arreglar.

contract-the-app-permissions-adult-checks = ¡Bien pensado preguntarme! Cámara solo mientras usas la app: sí. Ubicación y contactos: no. Y saltemos el registro, puedes dibujar sin él.
contract-the-app-permissions-drawing = Dibujas un dragón con los pinceles mágicos. ¡Queda increíble! El tiempo vuela. Pronto es hora de dormir, y aparece un nuevo aviso.

contract-the-app-permissions-bedtime-nag = “¡No te vayas todavía! Haz 3 dibujos más esta noche para desbloquear el { $brush }, ¡o consíguelo ya por 4.99! ¡Tu racha termina a medianoche!”
contract-the-app-permissions-pic-nag = ¡3 dibujos más y desbloqueas el { $brush }!
contract-the-app-permissions-pic-streak = ¡Tu racha termina a medianoche!
contract-the-app-permissions-pic-buy = Consíguelo ya: 4.99
contract-the-app-permissions-choice-stop = La cierro y a dormir. Dormir me ayuda más.
contract-the-app-permissions-feedback-stop = ¡Tú mandas en tu pantalla! “Tu racha termina” es un truco para que no te vayas a dormir. Dormir te ayuda a dibujar mejor mañana.
contract-the-app-permissions-choice-one-more = Solo un dibujo más. A { $adult } no le importa.
contract-the-app-permissions-feedback-one-more = ¡No pagar fue inteligente! Pero “uno más” es justo lo que quiere la ventana, y casi nunca se queda en uno. Ninguna racha vale más que tu sueño.
contract-the-app-permissions-choice-alerts = Activo las alertas, para no perder mi racha
contract-the-app-permissions-feedback-alerts = Una oportunidad para aprender: las alertas también son un permiso, y las de rachas están hechas para que vuelvas una y otra vez. Puedes apagarlas en los ajustes.

contract-the-app-permissions-went-to-bed = Cierras la tablet y te vas a dormir. Por la mañana la racha se perdió, y no pasa nada malo. El pincel puede esperar a otro día.
contract-the-app-permissions-one-more = Un dibujo se convierte en tres. Ya es tarde, y la ventana vuelve: “¡Casi! 1 dibujo más, ¡o 4.99 para desbloquearlo ya!”
contract-the-app-permissions-alerts-on = Ahora { $app } te avisa en el desayuno, en clase y en la cena: “¡Dibuja ahora o pierdes tu racha!”. No dejas de mirar la tablet.

contract-the-app-permissions-late-choice = Mmm. ¿“Uno más” se quedó en uno? ¿Y ahora?
contract-the-app-permissions-choice-stop-now = Paro ya. Van tres. A la cama.
contract-the-app-permissions-feedback-stop-now = ¡Bien hecho por parar! Darte cuenta de que “uno más” se volvió tres es una gran habilidad. La app está hecha para que sigas, y tú recuperaste el control.
contract-the-app-permissions-choice-last-one = Sigo. ¡Uno más y el pincel es mío!
contract-the-app-permissions-feedback-last-one = Una oportunidad para aprender: las ventanas de rachas mueven la meta una y otra vez, así que siempre hay “uno más”. Tú decides cuándo parar, y dormir va primero.

contract-the-app-permissions-stopped-late = Cierras la tablet. Por la mañana tienes un poco de sueño, pero supiste parar, y el pincel seguirá ahí otro día.
contract-the-app-permissions-midnight = Uno más se convierte en cinco. El pincel se desbloquea cerca de medianoche, y al día siguiente bostezas en todas las clases.

contract-the-app-permissions-invite = Al día siguiente, { $friend } te pregunta por qué { $app } le mandó una invitación de tu parte. ¡Tú nunca mandaste ninguna!
contract-the-app-permissions-pic-invite = ¡Únete a mí en { $app }!
contract-the-app-permissions-pic-together = ¡Vamos a dibujar juntos!
contract-the-app-permissions-pic-join = Unirme
contract-the-app-permissions-shared-choice = Ay, no. La app está usando tu ubicación y tus contactos. Tranquilidad, esto se puede arreglar. ¿Qué vas a hacer?
contract-the-app-permissions-choice-show-adult = Le enseño a { $adult } el mapa y esa invitación tan rara
contract-the-app-permissions-feedback-show-adult = ¡La mejor jugada! Tu mamá o tu papá pueden apagar la ubicación y los contactos y revisar qué guardó la app. Mucha gente toca Permitir todo. Enseñarlo rápido es lo que lo arregla.
contract-the-app-permissions-choice-say-sorry = Le pido perdón a { $friend }. Ya se lo diré a { $adult } luego.
contract-the-app-permissions-feedback-say-sorry = ¡Pedirle perdón a { $friend } fue amable! Pero eso no detiene la app: sigue teniendo tu ubicación y tus contactos. Decírselo «luego» la deja seguir compartiendo. Enséñaselo a { $adult } ya.
contract-the-app-permissions-choice-leave-on = Lo dejo así. Es una app de dibujo, es segura.
contract-the-app-permissions-feedback-leave-on = Una oportunidad para aprender: hasta una app de dibujo puede compartir dónde vives y a quién conoces. Tu información es tuya y nunca es tarde para pedir ayuda.

contract-the-app-permissions-sorry-sent = { $friend } dice que no pasa nada. Pero esa tarde, otros dos amigos reciben invitaciones tuyas, y tu punto sigue en el mapa.
contract-the-app-permissions-adult-fixes = Gracias por enseñármelo. No estás en problemas. Vamos a apagar la ubicación y los contactos, quitar tu punto de ese mapa y reportar el mapa a la tienda de apps.
contract-the-app-permissions-left-on = Salen más invitaciones para todos los contactos de la tablet, y tu punto sigue en el mapa para que cualquiera lo vea.

contract-the-app-permissions-still-sharing = La app sigue mandando invitaciones y mostrando tu punto. ¿Y ahora?
contract-the-app-permissions-choice-show-now = Le enseño a { $adult } el mapa y las invitaciones
contract-the-app-permissions-feedback-show-now = ¡Valiente e inteligente! Nunca es tarde para enseñárselo a un adulto de confianza. Juntos pueden apagarlo todo, quitar tu punto del mapa y reportarlo.
contract-the-app-permissions-choice-delete-app = Borro la app, y { $adult } no tiene por qué enterarse.
contract-the-app-permissions-feedback-delete-app = Una oportunidad para aprender: borrar una app no borra lo que ya se llevó. { $adult } puede ayudarte a pedirle a la app que borre tu información, y a reportar el mapa.
contract-the-app-permissions-deleted = { $app } desaparece de la tablet, y las invitaciones paran. Pero tus contactos y tu punto ya se enviaron, y nadie le ha pedido a la app que los borre.

contract-the-app-permissions-end-safe = Solo la cámara está activada, tu ubicación y tus contactos siguen siendo privados, y paraste a la hora de dormir. { $app } es divertida, y tú tienes el control. ¡Genial!
contract-the-app-permissions-end-stopped = Tu información siguió siendo privada, y paraste, aunque “uno más” se volvió tres. La ventana de la racha volverá a intentarlo mañana. La próxima vez, para cuando lo habías pensado.
contract-the-app-permissions-end-late = Tu información siguió siendo privada, pero la racha te tuvo dibujando hasta medianoche, y mañana volverá a insistir. Tú decides cuándo parar. { $adult } puede ayudarte a poner una hora límite.
contract-the-app-permissions-end-nagged = Tu información siguió siendo privada, pero ahora { $app } te avisa todo el día por tu racha. Las alertas también son un permiso: apágalas en los ajustes, o pídele ayuda a { $adult }.
contract-the-app-permissions-end-recovered = Tocaste Permitir todo, pero luego se lo enseñaste a { $adult }, y lo arreglaron juntos: ubicación y contactos apagados, tu punto fuera del mapa. La próxima vez, elige uno por uno.
contract-the-app-permissions-end-deleted = { $app } ya no está, pero lo que se llevó puede seguir por ahí: tus contactos y tu punto. Nadie lo ha revisado todavía. { $adult } aún puede ayudarte a pedir que borren tu información.
contract-the-app-permissions-end-harmful = { $app } sigue compartiendo dónde vives e invitando a todas las personas que conoces. No es tu culpa. Nunca es tarde para enseñárselo a { $adult } o a otro adulto de confianza. Te van a ayudar.

# My phone: what stays on the phone after this level.
contract-the-app-permissions-trace-location = Tu punto en el mapa de la app de dibujo, justo donde vives.
contract-the-app-permissions-trace-location-advice = Una app de dibujo no necesita saber dónde vives. Enséñaselo a mamá o a papá: con su ayuda puedes apagar la ubicación y quitar tu punto del mapa.
contract-the-app-permissions-trace-location-off = La app de dibujo: la ubicación está apagada, así que tu punto no sale en ningún mapa.
contract-the-app-permissions-trace-location-off-advice = ¡Muy bien! Una app solo recibe lo que de verdad necesita. Si una actualización pide más, vuelve a comprobarlo con mamá o papá.
