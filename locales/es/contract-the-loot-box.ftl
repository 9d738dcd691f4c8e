# Contrato / comercial: El cofre sorpresa (13-15 años), patrones engañosos, gastos ocultos, límites de tiempo y de gasto

contract-the-loot-box-title = El cofre sorpresa
contract-the-loot-box-summary = Te falta una victoria para el siguiente rango cuando en la tienda del juego aparece un cofre misterioso y brillante con un temporizador.
contract-the-loot-box-remember = Los temporizadores, las probabilidades ocultas, los precios en gemas y las casillas ya marcadas son trucos para que gastes. Mira el precio real, pon tus límites y habla con un adulto de confianza antes de comprar.

contract-the-loot-box-app = Tienda de { $game }
contract-the-loot-box-npc-friend = { $friend }
contract-the-loot-box-npc-adult = { $adult }

# Variedad: cada partida elige una opción de cada variable de `vary`.
contract-the-loot-box-game-mech-league = Mech League
contract-the-loot-box-game-galaxy-goals = Galaxy Goals
contract-the-loot-box-game-rift-racers = Rift Racers
contract-the-loot-box-chest-legend = Cofre Leyenda
contract-the-loot-box-chest-mythic = Cofre Mítico
contract-the-loot-box-chest-nova = Cofre Nova
contract-the-loot-box-name-omar = Omar
contract-the-loot-box-name-lucy = Lucía
contract-the-loot-box-name-finn = Nico
contract-the-loot-box-adult-mum = Mamá
contract-the-loot-box-adult-dad = Papá
contract-the-loot-box-adult-auntie = Tía Jo

contract-the-loot-box-intro = Te falta una victoria para el siguiente rango en { $game }. Tocas “Jugar”, pero en su lugar aparece la tienda, con un { $chest } brillante.

contract-the-loot-box-spot = Las páginas de las tiendas pueden estar hechas para presionarte. Toca todo lo que sea un truco.
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = ¡Podría haber un aspecto legendario dentro! ¡Solo quedan 3 a este precio!
contract-the-loot-box-part-timer = La oferta termina en 04:59
contract-the-loot-box-feedback-part-timer = El temporizador está ahí para presionarte y que no te pares a pensar. Las ofertas así suelen volver una y otra vez.
contract-the-loot-box-part-odds = Probabilidades: una “i” gris diminuta en la esquina
contract-the-loot-box-feedback-part-odds = Las probabilidades están ocultas a propósito. Cuando las encuentras, el aspecto legendario tiene un 0.4 % de probabilidad: más o menos 1 de cada 250 cofres.
contract-the-loot-box-part-price = Precio: 500 gemas
contract-the-loot-box-feedback-part-price = Las gemas esconden el dinero real. 500 gemas cuestan unos 5.00 en dinero real, pero no se siente como gastar.
contract-the-loot-box-part-card = Marcado: pagar con la tarjeta guardada terminada en 4421
contract-the-loot-box-feedback-part-card = Una casilla que ya viene marcada usa la tarjeta guardada en este dispositivo, probablemente de tu mamá o tu papá. Es un patrón engañoso: tú nunca la elegiste.
contract-the-loot-box-part-rank = Tu rango: Oro II, 1 victoria para Platino
contract-the-loot-box-feedback-part-rank = Eso es solo tu progreso. No tiene ningún truco, aunque a las tiendas les encanta aparecer justo cuando tienes la emoción a tope.

contract-the-loot-box-chest-choice = ¡¡Ayer me salió un legendario de uno de esos!! Ábrelo antes de que se acabe el tiempo, hazme caso
contract-the-loot-box-choice-close-check = Cerrar la tienda y mirar antes las probabilidades y el precio real
contract-the-loot-box-feedback-close-check = Inteligente. Revisar las probabilidades y el precio real vale más que cualquier temporizador. Y la suerte de otra persona con un cofre no dice nada de tus propias posibilidades.
contract-the-loot-box-choice-untick-gems = Desmarcar la tarjeta y gastar solo las gemas que gané
contract-the-loot-box-feedback-untick-gems = Desmarcar la tarjeta fue una gran idea: nada de cobros sorpresa. Pero las probabilidades siguen ocultas, y esas gemas te costaron horas. Conocer primero las probabilidades es aún mejor.
contract-the-loot-box-choice-open-now = ¡Abrirlo ya, antes de que se acabe el tiempo!
contract-the-loot-box-feedback-open-now = Una oportunidad para aprender: el temporizador, el “solo quedan 3” y las probabilidades ocultas estaban hechos para que toques rápido. Una tarjeta guardada hace que gastar parezca nada.

contract-the-loot-box-odds-found = Las probabilidades estaban en la letra pequeña: legendario 0.4 %, o sea, unos 250 cofres en promedio. A unos 5.00 por cofre, ¡son alrededor de 1250 por un solo aspecto!
contract-the-loot-box-earned-gems = Tus 500 gemas se fueron, por un aspecto común. La tienda parpadea: “¡Casi! ¿Recargas 1000 gemas por 9.99?” El botón brilla.

contract-the-loot-box-limit-choice = Son las 11 de la noche. { $game } vuelve a avisar: “¡Tu racha diaria termina a medianoche! Juega 3 partidas más o compra un Salvarrachas.”
contract-the-loot-box-choice-logoff-talk = Desconectarme y pedirle ayuda a { $adult } para poner límites de gasto
contract-the-loot-box-feedback-logoff-talk = Tú mandas, no el juego. Dormir vale más que cualquier racha, y con un límite de gasto o una contraseña para las compras, ningún truco podrá contigo.
contract-the-loot-box-choice-play-three = Jugar 3 partidas más, pero sin comprar nada
contract-the-loot-box-feedback-play-three = No comprar fue inteligente. Pero el temporizador de la racha también es un truco, hecho para que sigas jugando después de la hora de dormir. Ninguna racha vale tu sueño.
contract-the-loot-box-choice-top-up = Recargar con la tarjeta guardada y abrir más cofres
contract-the-loot-box-feedback-top-up = Una oportunidad para aprender: “solo uno más” es justo aquello para lo que están diseñados los cofres. Perseguir un objeto raro de madrugada es como las cantidades pequeñas se convierten en facturas enormes.

contract-the-loot-box-parent-talk = Gracias por contarme lo de ese cofre. Vamos a poner un límite mensual y una contraseña para las compras, y a acordar un horario de juego que deje tiempo para dormir.

contract-the-loot-box-chests = Siete cofres después: ningún legendario. A la mañana siguiente, a { $adult } le llega un mensaje del banco: 7 compras en { $game }, 34.93 en total.
contract-the-loot-box-bill-choice = Qué mal se siente. Pero ocultarlo lo empeora, y a veces las tiendas devuelven el dinero si lo pides rápido. ¿Qué vas a hacer?
contract-the-loot-box-choice-tell-refund = Contárselo a { $adult } ya y pedir con su ayuda un reembolso a la tienda
contract-the-loot-box-feedback-tell-refund = Eso requiere valor, y es lo correcto. Pedirlo rápido da la mejor oportunidad de reembolso, y { $adult } puede activar una contraseña para las compras.
contract-the-loot-box-choice-stop-hide = Dejar de comprar y esperar que { $adult } no se dé cuenta
contract-the-loot-box-feedback-stop-hide = Parar fue lo correcto. Pero { $adult } verá el cobro de todos modos, y es más fácil conseguir un reembolso si lo pides rápido.
contract-the-loot-box-choice-win-back = Comprar uno más para conseguir por fin el aspecto
contract-the-loot-box-feedback-win-back = Una oportunidad para aprender: intentar recuperar lo gastado es justo como las cajas de botín te mantienen pagando. Las probabilidades no mejoran. Nunca es tarde para parar y contarlo.

contract-the-loot-box-parent-helps = Me alegra que me lo contaras enseguida, y no te voy a regañar. Vamos a pedir un reembolso, quitar la tarjeta guardada y poner una contraseña para las compras.

contract-the-loot-box-end-safe = Descubriste el temporizador, las probabilidades ocultas y la tarjeta ya marcada, y pusiste tus propios límites. Tu dinero, tu sueño y tu rango están a salvo.
contract-the-loot-box-end-tired = No gastaste nada, bien. Pero la racha te hizo trasnochar, y hoy la escuela se hace muy larga. Tú decides cuándo parar.
contract-the-loot-box-end-mixed = El gasto se detuvo, pero nadie lo sabe y no hay límites puestos. Hablar con un adulto de confianza hace más fácil arreglarlo, y parar la próxima vez.
contract-the-loot-box-end-recovered = Costó más de lo que querías, pero se lo contaste rápido a { $adult } y con su ayuda lo arreglaste. Ahora hay límites, y conoces los trucos.
contract-the-loot-box-end-harmful = La factura sigue creciendo y el aspecto todavía no sale. Las cajas de botín están hechas así. Nunca es tarde para parar y contárselo a un adulto de confianza.
