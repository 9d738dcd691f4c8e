# Contrato / comercial: La prueba gratis (16-18 años). Renovación automática, casillas ya marcadas, datos compartidos, rachas y sueño.

contract-the-free-trial-title = La prueba gratis
contract-the-free-trial-summary = Una app de estudio te ofrece 7 días de Premium gratis, pero la letra pequeña y las alertas de racha a medianoche cuentan otra historia.
contract-the-free-trial-remember = Las pruebas “gratis” suelen renovarse solas, y las casillas ya marcadas comparten tus datos. Lee la letra pequeña, desmarca y protege tu sueño: es parte de estudiar.

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-adult-mum = Mamá
contract-the-free-trial-adult-dad = Papá
contract-the-free-trial-adult-gran = Abuela

contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = Los exámenes empiezan en tres semanas. Llevas un mes usando la versión gratis de { $app }: tarjetas, exámenes antiguos y una racha de estudio de 21 días. Son las 23:40 cuando se ilumina tu móvil.

contract-the-free-trial-streak = { $app }: “¡Tu racha de 21 días termina a medianoche! Haz una ronda ahora o congélala con Premium: 7 días GRATIS, con un toque.”
contract-the-free-trial-choice-sleep = Solo es un número. Alertas fuera: dormir ayuda más.
contract-the-free-trial-feedback-sleep = Muy buena decisión. Mientras duermes, tu cerebro guarda lo que repasaste: dormir es parte de estudiar. Una alerta de racha a medianoche está hecha para engancharte, no para ayudarte.
contract-the-free-trial-choice-ten-minutes = Diez minutitos para mantener la racha segura. { $adult } ya duerme.
contract-the-free-trial-feedback-ten-minutes = Diez minutos casi nunca se quedan en diez. La racha te hizo sentir que perderías algo, y la app te recuperó a medianoche. Apagar las alertas de racha le quita esa fuerza.
contract-the-free-trial-choice-freeze = Es gratis, así que la congelo. Ya leeré los detalles luego.
contract-the-free-trial-feedback-freeze = Una oportunidad para aprender: una oferta “gratis, con un toque” a medianoche llega justo a la hora del cansancio, cuando nadie lee. La tarjeta que pide es lo que convierte una prueba en una factura.
contract-the-free-trial-pic-clock = 23:40
contract-the-free-trial-pic-streak-ends = ¡Tu racha de 21 días termina a medianoche!
contract-the-free-trial-pic-do-round = Hacer una ronda
contract-the-free-trial-pic-freeze = Congelar: 7 días GRATIS

contract-the-free-trial-slept = Apagas las alertas y duermes. Por la mañana la racha marca 0, y las tarjetas te resultan más fáciles. Entonces aparece un aviso encima: “¡Hazte Premium! 7 días GRATIS.”
contract-the-free-trial-ten-more = Diez minutos se vuelven cuarenta: “¡Ronda extra! ¡Puntos dobles!”. Luces fuera a las 00:30. Al día siguiente, un aviso tapa tus tarjetas: “No vuelvas a perder una racha. Premium, 7 días GRATIS.”
contract-the-free-trial-frozen = ¡Racha congelada! El número de tarjeta quedó guardado, escrito entre bostezos. Día 8: 79,99 salen de tu tarjeta por un año entero, y las “ofertas de socios” empiezan a llenar tu correo.

contract-the-free-trial-signup-spot = “Gratis” suena genial. Toca lo que querrías saber antes de registrarte.
contract-the-free-trial-card-title = { $app } Premium: 7 días GRATIS
contract-the-free-trial-card-body = Empieza hoy tu prueba gratis. Cancela cuando quieras. Se requieren datos de tarjeta.
contract-the-free-trial-part-renewal = Letra pequeña: “luego 79.99 al año, salvo que canceles”
contract-the-free-trial-feedback-renewal = Sí. La prueba se convierte sola en un pago anual. “Cancela cuando quieras” solo sirve si te acuerdas, y la opción de cancelar suele estar escondida en los ajustes.
contract-the-free-trial-part-box = Ya marcada: “Quiero recibir ofertas de los socios”
contract-the-free-trial-feedback-box = Exacto. Una casilla ya marcada cuenta con que no te fijes. Aceptar publicidad debería ser tu decisión, y en muchos países la ley está de acuerdo. Desmárcala.
contract-the-free-trial-part-data = Términos: “Podemos compartir tus datos con socios seleccionados”
contract-the-free-trial-feedback-data = Correcto. “Socios” puede significar anunciantes que compran qué estudias, cuándo y dónde. Mira qué pasa con tus datos antes de aceptar.
contract-the-free-trial-part-features = Función: “Tarjetas ilimitadas”
contract-the-free-trial-feedback-features = No es una pista: es simplemente lo que ofrece Premium. Las funciones están bien; lo que importa es el precio después de la prueba y qué hacen con tus datos.
contract-the-free-trial-part-papers = Función: “Todos los exámenes anteriores”
contract-the-free-trial-feedback-papers = Tampoco es una pista: todas las páginas de registro enumeran lo que obtienes. Lee más allá de los argumentos de venta, hasta la letra pequeña.
contract-the-free-trial-part-title = Anuncio: “{ $app } Premium: 7 días GRATIS”
contract-the-free-trial-feedback-title = Esa no es la trampa: los 7 días gratis son reales, y probar algo está bien. La trampa está más abajo: qué pasa el día 8 y quién se queda con tus datos.
contract-the-free-trial-part-card = Casilla del número de tarjeta, antes de empezar la prueba gratis
contract-the-free-trial-feedback-card = Sí. Una prueba gratis que pide tu tarjeta puede cobrarte sola cuando termina. Si es gratis, pregúntate por qué necesitan tus datos de pago ahora.
contract-the-free-trial-pic-feature-cards = Tarjetas ilimitadas
contract-the-free-trial-pic-feature-papers = Todos los exámenes anteriores
contract-the-free-trial-pic-card-number = Número de tarjeta
contract-the-free-trial-pic-offers = Quiero recibir ofertas de los socios
contract-the-free-trial-pic-start-trial = Empezar prueba gratis
contract-the-free-trial-pic-renewal = luego 79,99 al año, salvo que canceles
contract-the-free-trial-pic-terms = Términos: podemos compartir tus datos con socios seleccionados

# Juega en el otro lado: escribe el anuncio de la prueba “gratis” y luego dale la vuelta.
contract-the-free-trial-craft-intro = Antes de elegir, ¿quieres verlo desde el otro lado? Durante una ronda, tú escribes la oferta. Es solo práctica: cuando construyes los trucos tú mismo, es mucho más fácil detectarlos.
contract-the-free-trial-craft = Escribes anuncios para una app inventada. Tu anuncio tiene espacio para tres partes. Lee quién lo va a ver y elige lo que haría que cada uno toque.
contract-the-free-trial-craft-what = Un anuncio de la prueba “gratis” de la app inventada GradeRocket Pro
contract-the-free-trial-t-free = 7 días totalmente GRATIS, solo pon tu tarjeta
contract-the-free-trial-t-free-why = Un premio: “gratis” es el anzuelo. Cómo detectarlo: si una prueba gratis pide tu tarjeta, averigua cuánto cuesta cuando termina. Gratis durante 7 días no es gratis.
contract-the-free-trial-t-experts = Recomendado por los mejores profes y expertos en exámenes del país
contract-the-free-trial-t-experts-why = Falsa autoridad: ¿qué profes? ¿Qué expertos? Cómo detectarla: las recomendaciones reales tienen nombres que puedes buscar. Los elogios vagos toman prestada una confianza que no se han ganado.
contract-the-free-trial-t-price = Sin sorpresas: 79.99 al año tras el día 7, y te avisamos el día 6
contract-the-free-trial-t-price-why = Honesto: el precio real deja que la gente decida con calma, así que no empuja a nadie. Un anuncio que esconde el precio del día 8 cuenta con que no mires.
contract-the-free-trial-t-clock = ¡La oferta acaba a medianoche: solo quedan 3 plazas!
contract-the-free-trial-t-clock-why = Urgencia: una fecha límite y “quedan plazas” te empujan a tocar antes de leer. Cómo detectarla: a una app nunca se le acaban las plazas. Una oferta justa te da tiempo para pensar.
contract-the-free-trial-t-fear = ¿Estresado? No dejes que un mal examen arruine tu futuro
contract-the-free-trial-t-fear-why = Emoción: el miedo a suspender te hace actuar antes de pensar. Cómo detectarla: si un anuncio primero te hace sentir peor contigo mismo, se aprovecha de ese sentimiento.
contract-the-free-trial-t-crowd = Únete a 2 millones de estudiantes que ya bordan sus exámenes
contract-the-free-trial-t-crowd-why = La multitud: “2 millones de estudiantes” no se puede comprobar, y ser popular no significa que valga lo que cuesta. Cómo detectarla: piensa en lo que necesitas, no en lo que parece tener todo el mundo.
contract-the-free-trial-t-cancel = Cancela con un toque, cuando quieras, desde la pantalla de inicio
contract-the-free-trial-t-cancel-why = Honesto: un botón de cancelar fácil hace que nadie se quede atrapado pagando. Las ofertas que lo esconden tras cinco pantallas y chantajes quieren que te rindas.
contract-the-free-trial-t-prize = Cada registro entra en el sorteo de un portátil nuevo
contract-the-free-trial-t-prize-why = Un premio: un sorteo hace que registrarse parezca ganar. Cómo detectarlo: busca las probabilidades y las reglas. Tu posibilidad es mínima; el cobro anual, no.
contract-the-free-trial-p-dev = Dev
contract-the-free-trial-p-dev-about = Estudia la noche anterior, con pánico, y toca antes de leer
contract-the-free-trial-p-dev-why = El estrés y el cansancio hacen que cualquiera vaya con prisa. Una cuenta atrás o una frase que asusta golpean más a medianoche, cuando Dev está en pánico. No es descuido: el anuncio está pensado para ese momento.
contract-the-free-trial-p-amira = Amira
contract-the-free-trial-p-amira-about = Sobresaliente en todo; si alguien cualificado lo avala, la convence
contract-the-free-trial-p-amira-why = Amira escucha a quien sabe, y eso suele ser sensato. “Recomendado por expertos” toma prestada esa confianza sin pruebas. Un elogio real dice quién lo dio, para que puedas buscarlo.
contract-the-free-trial-p-jonah = Jonás
contract-the-free-trial-p-jonah-about = Va justo de dinero, y odia ser el único sin la app nueva
contract-the-free-trial-p-jonah-why = Cuando el dinero escasea, “gratis” parece la única forma de entrar, y a nadie le gusta quedarse fuera. El anuncio juega con las dos cosas. La pregunta que protege a Jonás: ¿cuánto cuesta el día 8?
contract-the-free-trial-craft-turn = Ahora dale la vuelta: estos trucos van a por ti. Si una oferta te mete prisa, cita expertos sin nombre o dice que todos la tienen, para. Busca el precio tras el día 7 y cómo cancelar, o pregunta a alguien de confianza.
contract-the-free-trial-craft-back = De vuelta a la ventana real de { $app }: “7 días GRATIS. Cancela cuando quieras. Se requieren datos de tarjeta.” “GRATIS” es el anzuelo que acabas de usar. Ahora busca lo que no dice: el precio del día 8.

contract-the-free-trial-sign-up = Premium parece útil, y { $friend } lo usa. ¿Qué vas a hacer?
contract-the-free-trial-choice-stay-free = La versión gratis hace lo que necesito. Cierro esto.
contract-the-free-trial-feedback-stay-free = Muy bien. La versión gratis ya cumple, y cerrar la oferta deja tu tarjeta y tus datos fuera. Nunca le debes una prueba a una app.
contract-the-free-trial-choice-trial-careful = Prueba con la casilla desmarcada y aviso para cancelar el día 6.
contract-the-free-trial-feedback-trial-careful = Una forma prudente de probar: casilla desmarcada y recordatorio puesto. Pero cancelar suele ponerse difícil a propósito, y con una tarjeta guardada, un despiste cuesta el año entero.
contract-the-free-trial-choice-start-trial = La empiezo. “Cancela cuando quieras”, así que es seguro.
contract-the-free-trial-feedback-start-trial = Una oportunidad para aprender: “cancela cuando quieras” solo sirve si te acuerdas, y con la casilla aún marcada tus datos también van a los socios. Todavía tiene arreglo.

contract-the-free-trial-free-win = Cierras la oferta y sigues con la versión gratis. El día 8, { $friend } se queja: su prueba “gratis” acaba de convertirse en 79,99 por el año.
contract-the-free-trial-day-six = Día 6: suena tu recordatorio. La página para cancelar tiene cinco pantallas, y luego: “¿De verdad? ¡Perderás tu racha! ¿Te quedas 3 días más GRATIS?”. Una cuenta atrás empieza en 60.
contract-the-free-trial-pic-timer = 0:47
contract-the-free-trial-pic-sure = ¿De verdad?
contract-the-free-trial-pic-lose-streak = ¡Perderás tu racha!
contract-the-free-trial-pic-stay-free = 3 días más GRATIS
contract-the-free-trial-pic-cancel-anyway = Cancelar de todos modos
contract-the-free-trial-charged = Día 8: 79,99 salen de tu tarjeta por un año entero. Tu correo se llena de “ofertas de socios”, y las alertas de racha llegan ahora a las 2 de la madrugada.
contract-the-free-trial-pic-day-eight = Día 8
contract-the-free-trial-pic-paid = { $app } Premium: 1 año
contract-the-free-trial-pic-amount = -79,99
contract-the-free-trial-pic-partner-offers = Ofertas de socios

contract-the-free-trial-cancel-flow = La cuenta atrás sigue. ¿Qué tocas?
contract-the-free-trial-choice-cancel-anyway = Cancelar igualmente. Ninguna racha vale 79,99 al año.
contract-the-free-trial-feedback-cancel-anyway = Bien hecho. La culpa, los temporizadores y las ofertas de “un poco más gratis” están para entretenerte hasta el cobro. Viste el truco y guardaste tu dinero.
contract-the-free-trial-choice-three-more = Tres días gratis más no hacen daño. Ya cancelaré entonces.
contract-the-free-trial-feedback-three-more = Una oportunidad para aprender: la cuenta atrás y los “días extra” están hechos para retenerte. Esos días empujan la renovación más allá del recordatorio que pusiste.
contract-the-free-trial-cancelled = Cancelado, con un día de margen. La racha vuelve a 0, y tu tarjeta queda intacta.
contract-the-free-trial-extended = Tres días después, los repasos te absorben y no suena ningún recordatorio. 79,99 salen de tu tarjeta por un año entero.

contract-the-free-trial-recover = Uf. Le pasa a muchísima gente, y el diseño cuenta con ello. Tienes más derechos de los que parece. ¿Qué vas a hacer?
contract-the-free-trial-choice-show-adult = Enseñarle el cobro a { $adult } y pedir mi dinero.
contract-the-free-trial-feedback-show-adult = Buena decisión. Las tiendas de apps suelen devolver una renovación si lo pides pronto, y en muchos países tienes derecho a cancelar y a rechazar la publicidad. Un adulto puede ayudarte.
contract-the-free-trial-choice-cancel-tell-friend = Cancelarla y contárselo a { $friend }. Sin preocupar a { $adult }.
contract-the-free-trial-feedback-cancel-tell-friend = Cancelar frena el próximo cobro, y avisar a { $friend } es amable. Pero cancelar no te devuelve el dinero. Pedirlo pronto, con ayuda de { $adult }, muchas veces sí, y no es ninguna molestia.
contract-the-free-trial-choice-use-more = Me la quedo. Premium me ayudará a estudiar, así que vale la pena.
contract-the-free-trial-feedback-use-more = Una oportunidad para aprender: es la trampa del coste hundido. El dinero ya gastado no debería decidir lo que haces después. Todavía puedes pedir un reembolso y cancelar.

contract-the-free-trial-kept-paying = Estudias con Premium, pero el año está pagado, las ofertas de socios se acumulan y las alertas de racha de las 2 de la madrugada te despiertan.
contract-the-free-trial-warned = Cancelas, y { $friend } te da las gracias. Una semana después, los 79,99 siguen perdidos, llegan “ofertas de socios” cada día, y { $friend } comenta que le devolvieron el dinero solo por pedirlo.
contract-the-free-trial-refund = Gracias por enseñármelo. No estás en ningún lío, estas pruebas atrapan a muchísima gente. Recuperamos el dinero, cancelamos y pedimos a la app que deje de compartir tus datos y los borre.

contract-the-free-trial-still-emails = El cobro sigue ahí, y los correos también. ¿Y ahora?
contract-the-free-trial-choice-ask-refund = { $adult }, ¿me ayudas a pedir un reembolso a la tienda, porfa?
contract-the-free-trial-feedback-ask-refund = Buena decisión, y no es tarde: las tiendas aún suelen devolver el dinero, y un adulto puede ayudarte a pedirlo y a darte de baja de los correos. Pedir ayuda tras un tropiezo es lo correcto.
contract-the-free-trial-choice-too-late = Ya es tarde. Bloqueo sus correos y { $adult } ni se entera.
contract-the-free-trial-feedback-too-late = Una oportunidad para aprender: bloquear esconde los correos, pero tus datos siguen compartidos y el dinero sigue perdido. Muchas veces aún se puede pedir un reembolso, y { $adult } puede ayudarte.
contract-the-free-trial-gave-up = Bloqueas los correos. La suscripción está cancelada, pero los 79,99 siguen perdidos, y tus datos siguen con los “socios”.

contract-the-free-trial-end-safe = Leíste la letra pequeña, te quedaste con la versión gratis y dejaste fuera tu tarjeta y tus datos. La oferta estaba hecha para parecer gratis, y tú miraste más de cerca.
contract-the-free-trial-end-cancelled = Probaste Premium con la casilla desmarcada y cancelaste a tiempo, con culpa y cuenta atrás incluidas. Ni cobro ni correos de socios. La próxima vez, mira primero lo difícil que es cancelar.
contract-the-free-trial-end-extended = Los “tres días más” se convirtieron en un cobro anual de 79,99. No es tu culpa: el temporizador estaba hecho para meterte prisa. Nunca es tarde para contárselo a un adulto de confianza, que te ayudará.
contract-the-free-trial-end-mixed = La suscripción está cancelada, pero los 79,99 se perdieron y tus datos siguen con los “socios”. Nadie ha pedido un reembolso todavía, y eso aún puede cambiar.
contract-the-free-trial-end-recovered = La prueba te atrapó, pero se lo enseñaste a { $adult } y lo arreglaste: cancelada, dinero devuelto y correos de socios parados. Muy bien resuelto.
contract-the-free-trial-end-harmful = Pagas un año que no pensabas comprar, las ofertas de socios se acumulan y las alertas no te dejan dormir. No es tu culpa, y no es tarde: cuéntaselo a un adulto de confianza, que te ayudará a cancelar y pedir reembolso.

# Mi teléfono: los datos que compartió la casilla ya marcada.
contract-the-free-trial-trace-partners = Tu nombre y tu correo, pasados a los «socios» de una app de estudio por una casilla que quedó marcada.
contract-the-free-trial-trace-partners-advice = De ahí vienen las ofertas, y algunas estafas. En los ajustes de privacidad de la app, desactiva la opción de compartir datos y pide que los borren. Un adulto de confianza puede ayudarte.
