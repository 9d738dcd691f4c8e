# Contrato / comercial: Las gemas gratis (9-12 años)

contract-the-free-gems-title = Las gemas gratis
contract-the-free-gems-summary = Un aviso dice que ganaste gemas gratis. Pero ¿qué quiere de ti en realidad?
contract-the-free-gems-remember = Si algo gratis te pide una contraseña o un número de tarjeta, es una trampa. Ciérralo y pregúntale a un adulto de confianza antes de comprar nada.

contract-the-free-gems-npc-kofi = { $friend }
contract-the-free-gems-npc-mum = Mamá

# Variedad: cada partida elige una opción de cada variable de `vary`.
contract-the-free-gems-name-kofi = Kofi
contract-the-free-gems-name-lena = Lena
contract-the-free-gems-name-tomas = Tomás
contract-the-free-gems-game-dragon-dash = Dragon Dash
contract-the-free-gems-game-dragon-derby = Dragon Derby
contract-the-free-gems-game-sky-dragons = Sky Dragons
contract-the-free-gems-gems-10000 = 10 000
contract-the-free-gems-gems-5000 = 5000
contract-the-free-gems-gems-50000 = 50 000

contract-the-free-gems-intro = Vas a toda velocidad por el nivel 12 de { $game }. ¡El dragón dorado está muy cerca, pero te quedaste sin gemas!

contract-the-free-gems-popup = Un aviso brillante parpadea: “¡GANASTE { $gems } GEMAS GRATIS! ¡Solo quedan 59 segundos! ¡Escribe tu contraseña y el número de tarjeta de tu mamá o tu papá para reclamarlas!”
contract-the-free-gems-choice-spot-trick = ¿Gratis, pero piden una tarjeta? Es una trampa. ¡Lo cierro!
contract-the-free-gems-feedback-spot-trick = ¡Qué buen ojo! Las cosas gratis no necesitan un número de tarjeta, y el reloj está ahí para presionarte. Nunca compartas tu contraseña, ni siquiera para ganar un premio.
contract-the-free-gems-choice-ask-friend = Esperar y preguntarle a { $friend } si es real
contract-the-free-gems-feedback-ask-friend = ¡Parar a verificar es inteligente! Pero a tus amigos también los pueden engañar. Un adulto de confianza es la mejor persona para preguntar sobre cualquier cosa con dinero o contraseñas.
contract-the-free-gems-choice-type-password = ¡Escribir mi contraseña rápido, antes de que se acabe el tiempo!
contract-the-free-gems-feedback-type-password = Una oportunidad para aprender: el reloj era un truco para presionarte. Tu contraseña es como la llave de tu casa. Solo tú y tus padres deberían conocerla.

contract-the-free-gems-friend-says = ¡Mi primo dice que es real! Hay que hacerlo rápido. ¡Solo escríbela!
contract-the-free-gems-choice-close-and-ask = Cerrarlo y mostrárselo a un adulto de confianza
contract-the-free-gems-feedback-close-and-ask = ¡Muy buena elección! Aunque alguien de tus amigos diga que es real, un aviso que pide contraseñas y números de tarjeta es una trampa. Un adulto puede ayudarte a verificarlo y reportarlo.
contract-the-free-gems-choice-close-quietly = Cerrarlo, pero no contárselo a nadie
contract-the-free-gems-feedback-close-quietly = ¡Cerrarlo te protegió! Si además se lo cuentas a un adulto, podrá reportar la trampa y ayudar a proteger a tus amigos.
contract-the-free-gems-choice-type-it-now = { $friend } dice que es real, así que la escribo
contract-the-free-gems-feedback-type-it-now = Una oportunidad para aprender: a tus amigos también los pueden engañar. Si un aviso quiere tu contraseña o un número de tarjeta, es una trampa, por muy real que parezca.

contract-the-free-gems-streak-nag = El aviso desaparece. Entonces el juego parpadea: “¡No pierdas tu racha! Sigue jugando, ¡o compra el Megacofre por solo 9.99!”. Ya es casi hora de dormir.
contract-the-free-gems-streak-choice = Mmm, algunos juegos están hechos para que sigas jugando y comprando. ¿Qué vas a hacer?
contract-the-free-gems-choice-stop-for-today = Parar por hoy y contarle a mamá lo del aviso
contract-the-free-gems-feedback-stop-for-today = ¡Tú mandas en tu juego! Dormir te ayuda a jugar mejor mañana. Y si se lo cuentas a mamá, ella te puede ayudar a descubrir trampas.
contract-the-free-gems-choice-play-on = Seguir jugando hasta tarde, pero sin comprar nada
contract-the-free-gems-feedback-play-on = ¡No comprar fue inteligente! Pero “no pierdas tu racha” es un truco para que sigas jugando. Dormir bien importa más que cualquier racha.
contract-the-free-gems-choice-buy-chest = Tocar “Comprar” en el Megacofre
contract-the-free-gems-feedback-buy-chest = Una oportunidad para aprender: “solo 9.99” es dinero de verdad, y los cofres sorpresa suelen dar mucho menos de lo que prometen. Pregúntale siempre a un adulto antes de comprar.

contract-the-free-gems-parent-chat = ¡Gracias por mostrarme ese aviso! Vamos a poner un bloqueo de compras y a elegir un horario para jugar mañana. Esta noche actuaste con mucha inteligencia.

contract-the-free-gems-surprise-bill = El cofre te da una gema diminuta. Al día siguiente llega un correo: “¡Te damos la bienvenida al Club de Gemas! 9.99 cada semana.” ¡No sabías que te habías suscrito!
contract-the-free-gems-bill-choice = Ay, no. Era un gasto oculto: te cobra cada semana. Todavía estás a tiempo de arreglarlo. ¿Y ahora?
contract-the-free-gems-choice-tell-mum-now = Contárselo a mamá ya para que pueda cancelarlo
contract-the-free-gems-feedback-tell-mum-now = ¡Eso es valiente! A veces los juegos esconden gastos en la letra pequeña. Si se lo cuentas rápido a tu mamá o tu papá, se pueden detener los pagos.
contract-the-free-gems-choice-wait-to-tell = Esperar a la semana que viene para contárselo a mamá
contract-the-free-gems-feedback-wait-to-tell = Contárselo a mamá está bien, pero esperar cuesta más: la semana que viene se cobran otros 9.99. Cuanto antes lo sepa un adulto, más fácil es arreglarlo.
contract-the-free-gems-choice-win-it-back = Ocultarlo y comprar otro cofre para recuperar el dinero
contract-the-free-gems-feedback-win-it-back = Una oportunidad para aprender: intentar recuperar dinero así casi siempre hace perder más. Los cofres sorpresa están hechos así. Un adulto de confianza puede ayudar, y está bien contarlo.

contract-the-free-gems-account-locked = No llega ninguna gema. A la mañana siguiente no puedes iniciar sesión: ¡alguien cambió tu contraseña! Luego aparece un mensaje: “Paga 20 para desbloquear tu cuenta.”
contract-the-free-gems-locked-choice = Ay, no, eso era lo que querían los estafadores. ¡Pero esto se puede arreglar! ¿Qué vas a hacer?
contract-the-free-gems-choice-tell-parent = Contárselo a mamá o papá para arreglarlo con su ayuda
contract-the-free-gems-feedback-tell-parent = ¡La mejor jugada! Tu mamá o tu papá pueden ayudarte a reportarlo al juego y a recuperar tu cuenta. Cualquiera puede caer en un engaño. Pedir ayuda es inteligente.
contract-the-free-gems-choice-new-account = Crear una cuenta nueva y no decir nada
contract-the-free-gems-feedback-new-account = ¡No pagar fue lo correcto! Pero el estafador todavía tiene tu cuenta vieja y podría engañar a tus amigos desde ella. Un adulto puede ayudar a reportarlo.
contract-the-free-gems-choice-pay-unlock = Usar la tarjeta de mamá para pagar y desbloquearla
contract-the-free-gems-feedback-pay-unlock = Una oportunidad para aprender: pagarle a un estafador casi nunca te devuelve la cuenta. Solo le confirma que su truco funciona. Pídele a un adulto que te ayude a reportarlo.

contract-the-free-gems-parent-helps = Me alegra mucho que me lo contaras. No te vas a meter en problemas. Vamos a reportarlo al juego, cambiar tu contraseña y detener cualquier pago. Yo te ayudo.

contract-the-free-gems-end-safe = Descubriste la trampa, dijiste que no a los gastos ocultos y supiste cuándo parar. ¡Tus gemas, tu dinero y tu sueño están a salvo!
contract-the-free-gems-end-tired = No compraste nada, ¡bien! Pero el truco de la racha te hizo trasnochar, y ahora tienes sueño en la escuela. Tú decides cuándo parar.
contract-the-free-gems-end-mixed = Está medio resuelto, pero esperar o no decir nada dejó que la trampa siguiera. La próxima vez, cuéntaselo enseguida a un adulto de confianza. Así es más fácil arreglarlo.
contract-the-free-gems-end-recovered = Caíste en la trampa, pero se lo contaste a un adulto de confianza y con su ayuda lo arreglaste. ¡Eso es inteligente y valiente! La próxima vez, pregunta antes de tocar.
contract-the-free-gems-end-harmful = La trampa volvió a funcionar, y se perdió más dinero. Los estafadores esperan que los niños tengan demasiado miedo para contarlo. Nunca es tarde: un adulto de confianza puede ayudar.
