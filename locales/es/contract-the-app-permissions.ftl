# Contrato / comercial: Los permisos de la app (9-12 años)

contract-the-app-permissions-title = Los permisos de la app
contract-the-app-permissions-summary = Una app gratis de dibujo quiere tu ubicación, tus contactos y más. ¿Qué deberías permitir?
contract-the-app-permissions-remember = Permite solo lo que una app necesita de verdad, y pregúntale a tu mamá o tu papá antes de registrarte o compartir tus datos. Tú decides cuándo parar, no la app.

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-name-lucia = Lucía
contract-the-app-permissions-name-ravi = Ravi
contract-the-app-permissions-name-jonas = Jonás
contract-the-app-permissions-adult-mum = Mamá
contract-the-app-permissions-adult-dad = Papá
contract-the-app-permissions-adult-nana = Abuela
contract-the-app-permissions-brush-rainbow = Pincel Arcoíris
contract-the-app-permissions-brush-galaxy = Pincel Galaxia
contract-the-app-permissions-brush-glitter = Pincel Destellos

contract-the-app-permissions-npc-adult = { $adult }

contract-the-app-permissions-intro = ¡Hola, soy yo, Sango! { $friend } te habló de { $app }, una app gratis de dibujo con pinceles mágicos. Ya está en la tableta de la familia. ¡Vamos a abrirla!

contract-the-app-permissions-perm-spot = Antes de que puedas dibujar, aparece un recuadro grande. Toca las partes que piden demasiado o que intentan presionarte.
contract-the-app-permissions-card-title = { $app } quiere:
contract-the-app-permissions-card-body = ¡Diviértete al máximo dibujando! Toca Permitir todo para empezar.
contract-the-app-permissions-part-location = Saber tu ubicación todo el tiempo, “para mejores pinceles”
contract-the-app-permissions-feedback-location = ¡Bien visto! Los pinceles no necesitan saber dónde estás. Mira si una razón tiene sentido antes de creerla. “Todo el tiempo” significa incluso con la app cerrada.
contract-the-app-permissions-part-contacts = Leer todos los contactos de esta tableta
contract-the-app-permissions-feedback-contacts = ¡Sí! Los contactos son información privada de otras personas: sus nombres y números. Una app de dibujo no los necesita.
contract-the-app-permissions-part-camera = Usar la cámara, para convertir una foto en dibujo
contract-the-app-permissions-feedback-camera = Esto solo no es una pista. Convertir fotos en dibujos encaja con una app de dibujo. Aun así, puedes elegir “solo mientras se usa la app”, o preguntarle a tu mamá o tu papá.
contract-the-app-permissions-part-signup = Registrarte con tu correo y tu fecha de nacimiento
contract-the-app-permissions-feedback-signup = ¡Bien visto! Tu correo y tu fecha de nacimiento son datos personales. Los niños deben preguntar a su mamá o su papá antes de registrarse, y muchas apps te dejan dibujar sin cuenta.
contract-the-app-permissions-part-button = Un botón gigante de PERMITIR TODO y un enlace diminuto de “elegir”
contract-the-app-permissions-feedback-button = ¡Qué buen ojo! Hacer grande el “sí a todo” y diminuto el “elegir” es un truco para presionarte. Siempre puedes elegir uno por uno.

contract-the-app-permissions-perm-choice = Entonces, ¿qué botón vas a tocar? Recuerda que también puedes cambiar estos ajustes después.
contract-the-app-permissions-choice-ask-adult = Tocar “elegir” y pedirle a { $adult } que me ayude a decidir
contract-the-app-permissions-feedback-ask-adult = ¡Gran idea! Un adulto de tu familia puede ayudarte a ver qué necesita la app de verdad. Di que sí solo a lo que tenga sentido, como la cámara para convertir fotos en dibujos.
contract-the-app-permissions-choice-deny-all = Decir que no a todo y ponerme a dibujar
contract-the-app-permissions-feedback-deny-all = ¡Decir que no protegió tus datos! La próxima vez, pregúntale también a un adulto de tu familia. Puede ayudarte a elegir, para que la app funcione y tus datos estén a salvo.
contract-the-app-permissions-choice-allow-all = Tocar PERMITIR TODO. ¡Quiero dibujar ya!
contract-the-app-permissions-feedback-allow-all = Una oportunidad para aprender: el botón grande estaba hecho para presionarte, y las razones no tenían sentido. Ahora la app sabe dónde estás y a quién conoces. Esto se puede arreglar.

contract-the-app-permissions-adult-checks = ¡Bien pensado preguntarme! Cámara solo mientras usas la app: sí. Ubicación y contactos: no. Y saltemos el registro, puedes dibujar sin él.
contract-the-app-permissions-drawing = Dibujas un dragón con los pinceles mágicos. ¡Queda increíble! El tiempo vuela. Pronto es hora de dormir, y aparece un nuevo aviso.

contract-the-app-permissions-bedtime-nag = “¡No te vayas todavía! Haz 3 dibujos más esta noche para desbloquear el { $brush }, ¡o consíguelo ya por 4.99! ¡Tu racha termina a medianoche!”
contract-the-app-permissions-choice-stop = Cerrarla e irme a dormir. Mañana dibujo más.
contract-the-app-permissions-feedback-stop = ¡Tú mandas en tu pantalla! “Tu racha termina” es un truco para que no te vayas a dormir. Dormir te ayuda a dibujar mejor mañana, y el pincel puede esperar.
contract-the-app-permissions-choice-one-more = Solo un dibujo más y a dormir
contract-the-app-permissions-feedback-one-more = ¡No pagar fue inteligente! Pero “uno más” muchas veces se convierte en muchos más, y eso es lo que quiere el aviso. Dormir bien importa más que cualquier racha.
contract-the-app-permissions-choice-keep-going = Seguir dibujando hasta desbloquear el pincel
contract-the-app-permissions-feedback-keep-going = Una oportunidad para aprender: las rachas y los temporizadores están hechos para que sigas jugando. Trasnochar hace que el día siguiente sea más difícil. Tú decides cuándo parar.

contract-the-app-permissions-shared = Aparece un mapa: “¡Artistas cerca de ti!”. Tu punto está en él. Luego { $friend } te pregunta por qué { $app } le mandó una invitación de tu parte. ¡Tú nunca la mandaste!
contract-the-app-permissions-shared-choice = Ay, no. La app está usando tu ubicación y tus contactos. No te preocupes, esto se puede cambiar. ¿Qué vas a hacer?
contract-the-app-permissions-choice-show-adult = Mostrárselo a { $adult } y apagarlo todo con su ayuda
contract-the-app-permissions-feedback-show-adult = ¡La mejor jugada! Un adulto de tu familia puede ayudarte a desactivar la ubicación y los contactos y a revisar qué guardó la app. No te vas a meter en problemas. Mucha gente toca Permitir todo.
contract-the-app-permissions-choice-fix-alone = Desactivar la ubicación por mi cuenta y no decir nada
contract-the-app-permissions-feedback-fix-alone = ¡Desactivar la ubicación fue un buen paso! Pero la app todavía tiene tus contactos, y quizás más. Un adulto de tu familia puede ayudarte a revisarlo todo y arreglarlo.
contract-the-app-permissions-choice-leave-on = Dejarlo todo activado. Es solo una app de dibujo.
contract-the-app-permissions-feedback-leave-on = Una oportunidad para aprender: hasta una app de dibujo puede compartir dónde estás y a quién conoces. Tus datos son tuyos y te toca cuidarlos. Nunca es tarde para pedir ayuda.

contract-the-app-permissions-adult-fixes = Gracias por mostrármelo. Hiciste lo correcto. Vamos a desactivar la ubicación y los contactos, quitar tu punto de ese mapa y reportar ese mapa a la tienda de apps.

contract-the-app-permissions-end-safe = Elegiste qué permitir, protegiste tus datos y paraste a la hora de dormir. Ahora { $app } es divertida, y tú tienes el control. ¡Genial!
contract-the-app-permissions-end-tired = Tus datos están a salvo, ¡bien! Pero “un dibujo más” se convirtió en muchos más, y en la escuela tienes sueño. Tú decides cuándo parar.
contract-the-app-permissions-end-late = Dibujaste hasta medianoche, y la app no deja de molestarte con alertas. Ahora tienes demasiado sueño para divertirte. Pídele a { $adult } que te ayude a desactivar las alertas y a poner una hora límite.
contract-the-app-permissions-end-mixed = La ubicación está desactivada, ¡bien! Pero la app todavía tiene tus contactos, y nadie ha revisado lo que guardó. Un adulto de confianza puede ayudarte a arreglar el resto.
contract-the-app-permissions-end-recovered = Tocaste Permitir todo, pero pediste ayuda y así lo arreglaste. ¡Tu punto ya no está en el mapa! La próxima vez, elige uno por uno.
contract-the-app-permissions-end-harmful = La app sigue compartiendo dónde estás e invitando a todas las personas que conoces. Tus datos son tuyos y te toca cuidarlos. Nunca es tarde: muéstraselo a un adulto de confianza y arréglalo con su ayuda.
