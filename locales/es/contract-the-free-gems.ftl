# Contrato / comercial: Las gemas gratis (9-12 años)

contract-the-free-gems-title = Las gemas gratis
contract-the-free-gems-summary = Un aviso dice que ganaste gemas gratis. Pero ¿qué quiere de ti en realidad?
contract-the-free-gems-remember = Si algo gratis te pide una contraseña o un número de tarjeta, es una trampa. Ciérralo y pregúntale a un adulto de confianza antes de comprar nada.

contract-the-free-gems-npc-kofi = { $friend }
contract-the-free-gems-npc-adult = { $adult }
contract-the-free-gems-adult-mum = Mamá
contract-the-free-gems-adult-dad = Papá
contract-the-free-gems-adult-gran = Abuela

contract-the-free-gems-game-dragon-dash = Dragon Dash
contract-the-free-gems-game-dragon-derby = Dragon Derby
contract-the-free-gems-game-sky-dragons = Sky Dragons
contract-the-free-gems-gems-10000 = 10 000
contract-the-free-gems-gems-5000 = 5000
contract-the-free-gems-gems-50000 = 50 000

contract-the-free-gems-intro = Vas a toda velocidad por el nivel 12 de { $game }. ¡El dragón dorado está muy cerca, pero te quedaste sin gemas!

contract-the-free-gems-popup = Un aviso brillante parpadea: “¡GANASTE { $gems } GEMAS GRATIS! ¡Solo quedan 59 segundos! ¡Escribe tu contraseña y el número de tarjeta de una persona adulta de tu casa para reclamarlas!”
contract-the-free-gems-pic-won = ¡GANASTE { $gems } GEMAS GRATIS!
contract-the-free-gems-pic-timer = 0:59
contract-the-free-gems-pic-password = Contraseña
contract-the-free-gems-pic-card = Tarjeta de un adulto
contract-the-free-gems-pic-claim = ¡RECLAMAR YA!
contract-the-free-gems-choice-close-it = ¿Gemas gratis que piden una tarjeta? No. Lo cierro.
contract-the-free-gems-feedback-close-it = ¡Qué buen ojo! Las cosas gratis no necesitan un número de tarjeta, y el reloj está ahí para apurarte. Nunca escribas tu contraseña para ganar un premio.
contract-the-free-gems-choice-ask-friend = ¡Espera! Primero le pregunto a { $friend }. Sabrá si es real.
contract-the-free-gems-feedback-ask-friend = ¡Parar a pensar fue inteligente! Pero a tus amigos también los pueden engañar. Si hay contraseñas o dinero de por medio, pregúntale a un adulto de confianza.
contract-the-free-gems-choice-type-password = ¡Rápido, escribo mi contraseña antes de que acabe!
contract-the-free-gems-feedback-type-password = Una oportunidad para aprender: el reloj estaba ahí para apurarte. Tu contraseña es como la llave de tu casa. Solo tú y tus padres deberían conocerla.

contract-the-free-gems-typed = Escribes tu contraseña. Luego te pide el número de tarjeta, pero no lo sabes, así que lo cierras. No llega ninguna gema.
contract-the-free-gems-closed = Lo cierras. No pasa nada cuando se acaba el tiempo, porque nunca fue real. Pero al día siguiente, el mismo aviso vuelve, con una cuenta atrás nueva.
contract-the-free-gems-friend-says = ¡Mi primo dice que es real! Hay que hacerlo rápido. ¡Solo escríbela!

contract-the-free-gems-friend-choice = La cuenta atrás marca 20 segundos. ¿Qué vas a hacer?
contract-the-free-gems-choice-close-anyway = Lo cierro. Las gemas gratis no piden número de tarjeta.
contract-the-free-gems-feedback-close-anyway = ¡Muy bien pensado! Aunque alguien de tus amigos diga que es real, un aviso que pide contraseñas y números de tarjeta es una trampa, por muy real que parezca.
contract-the-free-gems-choice-type-it-now = El primo de { $friend } lo hizo, es seguro. ¡Escribo!
contract-the-free-gems-feedback-type-it-now = Una oportunidad para aprender: a tus amigos los pueden engañar, y a sus primos también. Si un premio pide tu contraseña o un número de tarjeta, es una trampa.
contract-the-free-gems-closed-anyway = Lo cierras justo a tiempo. “Oh”, dice { $friend }. “Quizá engañaron a mi primo.” Vuelves a la carrera.

contract-the-free-gems-back-choice = El aviso de las gemas vuelve una y otra vez. ¿Qué vas a hacer?
contract-the-free-gems-choice-show-adult = Lo cierro, y luego le enseño a { $adult } qué pedía
contract-the-free-gems-feedback-show-adult = ¡Muy buena elección! Una persona adulta puede reportar la trampa al juego para que la paren para todos. Enseñarlo no es armar lío: así se atrapan las trampas.
contract-the-free-gems-choice-warn-friend = Voy a decirle a { $friend }: es una trampa, ¡no escribas nada!
contract-the-free-gems-feedback-warn-friend = ¡Avisar a { $friend } fue amable! Pero alguien de tu edad no puede parar el aviso. Una persona adulta de tu familia puede reportarlo al juego para que pare para todos.
contract-the-free-gems-choice-tap-again = ¡Volvió! ¿Y si esta vez es real? Lo toco.
contract-the-free-gems-feedback-tap-again = Una oportunidad para aprender: las trampas vuelven una y otra vez, y eso no las hace reales. Un premio que pide tu contraseña siempre es una trampa.
contract-the-free-gems-warned = “¡Gracias!”, dice { $friend }. Pero el aviso sigue parpadeando, para ti y para otros niños, y nadie lo ha reportado.
contract-the-free-gems-tapped-again = Lo tocas. “¡Inicia sesión para reclamar!”, dice. Se parece muchísimo al juego, así que escribes tu contraseña. No llega ninguna gema.
contract-the-free-gems-adult-reports = ¡Bien visto! Es una trampa. Vamos a reportar ese aviso al juego juntos, para que deje de engañar a otros niños.

contract-the-free-gems-streak-nag = Esa tarde, el juego parpadea: “¡No pierdas tu racha de 7 días! Una carrera más, ¡o compra el Megacofre por solo 9.99!”. Ya es casi hora de dormir.
contract-the-free-gems-pic-streak = ¡No pierdas tu racha de 7 días!
contract-the-free-gems-pic-one-more-race = Una carrera más
contract-the-free-gems-pic-mega-chest = Megacofre 9.99
contract-the-free-gems-streak-choice = Mmm, algunos juegos están hechos para que sigas jugando y comprando. ¿Qué vas a hacer?
contract-the-free-gems-choice-bedtime = A dormir. El dragón puede esperar hasta mañana.
contract-the-free-gems-feedback-bedtime = ¡Tú mandas en tu juego! “No pierdas tu racha” es un truco para que no te vayas a dormir. Dormir te ayuda a correr mejor mañana.
contract-the-free-gems-choice-one-race = Solo una carrera para salvar mi racha. A { $adult } no le importa.
contract-the-free-gems-feedback-one-race = ¡No comprar el cofre fue inteligente! Pero “una carrera más” es justo lo que quiere la racha, y casi nunca se queda en una. Ninguna racha vale más que tu sueño.
contract-the-free-gems-choice-buy-chest = Compro el Megacofre. Solo son 9.99, ¿no?
contract-the-free-gems-feedback-buy-chest = Una oportunidad para aprender: “solo 9.99” es dinero de verdad, y los cofres sorpresa suelen dar mucho menos de lo que prometen. Pregunta antes de comprar nada.

contract-the-free-gems-bed = Apagas. Al día siguiente, la racha vuelve a cero, y no pasa nada malo. El dragón dorado sigue ahí.
contract-the-free-gems-one-race = Una carrera se convierte en cuatro. Ya pasó de sobra la hora de dormir, y el juego vuelve a parpadear: “¡Casi! ¡Corre otra vez o pierdes tu racha!”
contract-the-free-gems-chest = La tarjeta de { $adult } está guardada en la tablet, así que basta un toque. El cofre te da una gema diminuta. Al día siguiente, un correo: “¡Te damos la bienvenida al Club de Gemas! 9.99 cada semana.”
contract-the-free-gems-pic-gem-club = ¡Ya eres del Club de Gemas!
contract-the-free-gems-pic-every-week = 9.99 cada semana

contract-the-free-gems-late-choice = Mmm. ¿“Una carrera” se quedó en una? ¿Y ahora?
contract-the-free-gems-choice-sleep-now = ¿Ya van cuatro carreras? Me voy a dormir.
contract-the-free-gems-feedback-sleep-now = ¡Bien hecho por parar! Darte cuenta de que una carrera se volvió cuatro es una gran habilidad. El juego está hecho para que sigas, y tú recuperaste el control.
contract-the-free-gems-choice-keep-racing = Sigo. ¡Ahora no puedo perder mi racha!
contract-the-free-gems-feedback-keep-racing = Una oportunidad para aprender: las rachas mueven la meta una y otra vez, así que siempre hay “una más”. Tú decides cuándo parar, y dormir va primero.
contract-the-free-gems-late-bed = Apagas y te vas a dormir. Por la mañana tienes un poco de sueño, pero supiste parar, y el dragón sigue ahí.
contract-the-free-gems-midnight = Corres hasta medianoche. Al día siguiente bostezas en todas las clases, y esa tarde el juego vuelve a parpadear: “¡No pierdas tu racha!”

contract-the-free-gems-bill-choice = Ay, no. Era un gasto oculto: el Club de Gemas cobra 9.99 cada semana. Todavía estás a tiempo de arreglarlo. ¿Y ahora?
contract-the-free-gems-choice-show-email = Le enseño a { $adult } el correo del Club ahora mismo
contract-the-free-gems-feedback-show-email = ¡Eso es valiente! A veces los juegos esconden gastos en la letra pequeña. Enseñárselo rápido a una persona adulta de tu familia permite parar los pagos, y quizá recuperar el dinero.
contract-the-free-gems-choice-tell-weekend = Se lo cuento a { $adult } el finde. Ahora no es buen momento.
contract-the-free-gems-feedback-tell-weekend = ¡Pensar en contárselo a { $adult } está bien! Pero esperar cuesta más: el Club cobra cada semana. Cuanto antes lo sepa un adulto, más fácil es arreglarlo.
contract-the-free-gems-choice-win-it-back = Compro otro cofre. A lo mejor lo recupero.
contract-the-free-gems-feedback-win-it-back = Una oportunidad para aprender: intentar recuperar dinero así casi siempre hace perder más. Los cofres sorpresa están hechos así. Contárselo a un adulto está bien, y no te vas a meter en problemas.
contract-the-free-gems-weekend = Para el fin de semana, ha llegado un segundo correo: otros 9.99 menos. El Club de Gemas seguirá cobrando cada semana.
contract-the-free-gems-adult-cancels = Gracias por enseñármelo. No estás en problemas. Vamos a cancelar el Club de Gemas, pedir a la tienda que nos devuelva el dinero y poner un bloqueo de compras juntos.
contract-the-free-gems-more-chests = Dos cofres más, dos gemas diminutas más, y 19.98 menos. Y el Club de Gemas sigue cobrando cada semana.

contract-the-free-gems-weekend-choice = Ya son dos correos, y { $adult } todavía no sabe nada. ¿Qué vas a hacer?
contract-the-free-gems-choice-show-both = Le enseño a { $adult } los dos correos. Ya, no más tarde.
contract-the-free-gems-feedback-show-both = ¡Qué valentía! Nunca es tarde para contarlo. Una persona adulta de tu familia puede cancelar el Club de Gemas y pedir que devuelvan el dinero, y no te vas a meter en problemas.
contract-the-free-gems-choice-hide-emails = Borro los correos. Así { $adult } no se preocupa.
contract-the-free-gems-feedback-hide-emails = Una oportunidad para aprender: esconderlo no para el Club de Gemas. Sigue cobrando cada semana. Contárselo a un adulto es lo que lo para, y nunca es tarde.
contract-the-free-gems-hidden = Los correos ya no están, pero el Club de Gemas sí. Cada semana salen otros 9.99 de la tarjeta de { $adult }.

contract-the-free-gems-locked = A la mañana siguiente no puedes iniciar sesión: ¡alguien cambió tu contraseña! Luego aparece un mensaje: “Paga 20 para recuperar tu cuenta.”
contract-the-free-gems-pic-pay-20 = Paga 20 para recuperar tu cuenta.
contract-the-free-gems-pic-wrong-password = Contraseña incorrecta
contract-the-free-gems-locked-choice = Ay, no, eso era lo que querían los estafadores. Pero todavía puedes hacer algo. ¿Qué vas a hacer?
contract-the-free-gems-choice-show-message = Le enseño ese mensaje a { $adult } antes de hacer nada
contract-the-free-gems-feedback-show-message = ¡La mejor jugada! Una persona adulta de tu familia puede reportarlo al equipo de soporte del juego y cambiar tus contraseñas. Cualquiera puede caer en un engaño. Pedir ayuda es inteligente.
contract-the-free-gems-choice-threaten = Contesto: “¡Devuélvemela o te voy a reportar ahora!”
contract-the-free-gems-feedback-threaten = No pagar estuvo bien, ¡y defenderte es valiente! Pero contestar les muestra a los estafadores que hay alguien ahí. No les respondas: enséñaselo a una persona adulta de tu familia.
contract-the-free-gems-choice-pay-unlock = Pago los 20 con la tarjeta de { $adult }, rápido
contract-the-free-gems-feedback-pay-unlock = Una oportunidad para aprender: pagarle a un estafador casi nunca te devuelve la cuenta. Solo le confirma que su truco funciona. Una persona adulta de tu familia puede ayudarte a reportarlo.
contract-the-free-gems-adult-helps = Me alegra mucho que me lo contaras. No estás en problemas. Vamos a reportarlo al equipo de soporte del juego: pueden intentar recuperar tu cuenta. Y cambiemos tus otras contraseñas.
contract-the-free-gems-threat-reply = Contestan enseguida: “Paga 20 en una hora, ¡o tus dragones desaparecen para siempre!”
contract-the-free-gems-paid = Pagas. La cuenta no vuelve. En cambio, llega un mensaje nuevo: “Paga 20 más.”

contract-the-free-gems-threat-choice = El reloj corre, y tienes miedo. ¿Y ahora?
contract-the-free-gems-choice-stop-show = Dejo de contestar y le enseño todo a { $adult }
contract-the-free-gems-feedback-stop-show = ¡Valiente e inteligente! No contestar les quita poder. Una persona adulta de tu familia puede reportarlos al equipo de soporte del juego, y no estás en problemas.
contract-the-free-gems-choice-pay-quick = Pago rápido con la tarjeta de { $adult }, ¡o pierdo mis dragones!
contract-the-free-gems-feedback-pay-quick = Una oportunidad para aprender: “una hora” es un truco para asustarte, como el reloj del aviso. Pagar casi nunca devuelve una cuenta. Una persona adulta de tu familia puede ayudarte.

contract-the-free-gems-end-safe = Descubriste la trampa de las gemas gratis, guardaste tu contraseña y paraste a la hora de dormir, no cuando el juego quería. ¡Tu contraseña, el dinero de { $adult } y tu sueño están a salvo!
contract-the-free-gems-end-stopped = Descubriste la trampa de las gemas y no compraste nada. Y paraste, aunque una carrera se volvió cuatro. La racha volverá a insistir mañana: la próxima vez, para cuando lo habías pensado.
contract-the-free-gems-end-tired = Descubriste la trampa de las gemas y no compraste nada. Pero la racha te tuvo corriendo hasta medianoche, y mañana volverá a insistir. Tú decides cuándo parar.
contract-the-free-gems-end-recovered = Un gasto oculto te atrapó, pero se lo enseñaste a { $adult } y lo arreglaron juntos: el Club de Gemas está cancelado y hay un bloqueo de compras. ¡Eso es valiente! La próxima vez, pregunta antes de comprar.
contract-the-free-gems-end-harmful = El Club de Gemas sigue cobrando, y se ha ido más dinero de { $adult }. No es tu culpa: estos juegos están hechos para que compres. Nunca es tarde para contárselo a { $adult } o a otro adulto de confianza. Te van a ayudar.
contract-the-free-gems-end-recovered-account = Caíste en la trampa, pero se lo enseñaste a { $adult }. Lo reportaron juntos y cambiaron tus contraseñas, así que los estafadores no pueden entrar en nada más. El equipo de soporte del juego está revisando tu cuenta.
contract-the-free-gems-end-harmful-account = Pagaste, pero la cuenta no volvió, y los estafadores piden más. No es tu culpa: también engañan a los adultos. Nunca es tarde para contárselo a { $adult } o a otro adulto de confianza. Te ayudarán y protegerán la tarjeta.

# My phone: what stays on the phone after this level.
contract-the-free-gems-trace-password = Tu contraseña del juego, escrita en un aviso de premio.
contract-the-free-gems-trace-password-advice = Los tramposos prueban las contraseñas robadas en otros juegos también. Pide a una persona adulta de tu familia que te ayude a cambiarla, y usa una distinta para cada juego.
contract-the-free-gems-trace-gem-club = Club de Gemas: 9.99 cada semana, con la tarjeta de { $adult }.
contract-the-free-gems-trace-gem-club-advice = Cuéntale a { $adult } lo del Club de Gemas, aunque los correos ya no estén. Juntos pueden cancelarlo, pedir que devuelvan el dinero y bloquear las compras. No te vas a meter en problemas.
contract-the-free-gems-trace-popup = El aviso de gemas gratis: reportado al juego, con { $adult }.
contract-the-free-gems-trace-popup-advice = ¡Genial! Reportar una trampa ayuda a pararla para otros niños también. Si vuelve a salir, ciérralo: un premio de verdad nunca pide contraseña.
