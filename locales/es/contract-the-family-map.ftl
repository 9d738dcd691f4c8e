# Contrato / valores: El mapa de la familia (9-12 años), compartir la ubicación, ajustes predeterminados y una ventana que pide compartir más

contract-the-family-map-title = El mapa de la familia
contract-the-family-map-summary = Tu app familiar muestra tu punto en un mapa para que tu familia sepa que llegaste a casa. Luego una ventana quiere mostrárselo a muchísima más gente.
contract-the-family-map-remember = Dónde estás es cosa de tu familia, no de toda la app. Una ventana que te empuja a compartir más es un truco. Si alguien que no conoces ve tu punto, enséñaselo a un adulto de confianza.

contract-the-family-map-app = { $app }
contract-the-family-map-npc-adult = { $adult }
contract-the-family-map-npc-neighbour = { $neighbour }

contract-the-family-map-app-homedots = HomeDots
contract-the-family-map-app-kinmap = KinMap
contract-the-family-map-app-famcircle = FamCircle
contract-the-family-map-adult-grandma = Abuela
contract-the-family-map-adult-dad = Papá
contract-the-family-map-adult-aunt = Tía
contract-the-family-map-club-football = fútbol
contract-the-family-map-club-swimming = natación
contract-the-family-map-club-music = clase de música
contract-the-family-map-name-sunnyside = SunnySide_11
contract-the-family-map-name-parkpal = ParkPal_10
contract-the-family-map-name-skaterkid = SkaterKid_12

contract-the-family-map-intro = ¡Hola, soy Sango! Este año vuelves a pie sin un adulto al salir de { $club }. Tu familia puso { $app } en tu teléfono para que { $adult } vea tu punto en un mapa y sepa que llegaste a casa.

contract-the-family-map-setup = { $app } viene ajustada como le gusta a la app. Tú quieres que tu familia vea tu punto y sepa cuándo llegas a casa. Nadie más necesita tu punto ni tus lugares. ¡Ajústala para eso!
contract-the-family-map-set-who = Quién puede ver mi punto en el mapa
contract-the-family-map-val-who-everyone = Todos en la app
contract-the-family-map-val-who-fof = Amigos de mis amigos
contract-the-family-map-val-who-family = Mi círculo familiar
contract-the-family-map-val-who-nobody = Nadie
contract-the-family-map-why-who-everyone = “Todos” incluye a desconocidos: cualquiera en la app vería dónde estás ahora mismo. “Mi círculo familiar” encaja mejor.
contract-the-family-map-why-who-fof = Suena a poca gente, pero los amigos de tus amigos pueden ser cientos de personas que nunca has visto. “Mi círculo familiar” encaja mejor.
contract-the-family-map-why-who-family = ¡Justo eso! Tu familia ve que vas de camino, y nadie más.
contract-the-family-map-why-who-nobody = Muy privado, pero así { $adult } no puede ver que llegaste a casa, y para eso está la app. “Mi círculo familiar” encaja mejor.
contract-the-family-map-set-arrive = Avisar a mi familia cuando llegue a casa
contract-the-family-map-val-arrive-on = Activado
contract-the-family-map-val-arrive-off = Desactivado
contract-the-family-map-why-arrive-on = ¡Bien! Un pequeño aviso de “¡En casa!” y nadie tiene que preocuparse ni llamarte por el camino.
contract-the-family-map-why-arrive-off = Es más discreto, pero { $adult } tiene que adivinar o llamarte. Para tu familia, “¡En casa!” es una buena noticia. “Activado” encaja mejor.
contract-the-family-map-set-nearby = Mostrarme a niños cercanos
contract-the-family-map-val-nearby-on = Activado
contract-the-family-map-val-nearby-off = Desactivado
contract-the-family-map-why-nearby-on = “Niños cercanos” puede ser cualquiera que diga que es un niño. Tu punto no es para desconocidos, así que “Desactivado” encaja mejor.
contract-the-family-map-why-nearby-off = ¡Bien pensado! Los desconocidos de la zona no necesitan saber dónde estás. Tus amigos de verdad ya saben dónde encontrarte.
contract-the-family-map-set-places = Quién puede ver mis lugares: casa y escuela
contract-the-family-map-val-places-everyone = Todos
contract-the-family-map-val-places-family = Mi círculo familiar
contract-the-family-map-val-places-nobody = Nadie
contract-the-family-map-why-places-everyone = Tu casa y tu escuela le dicen a un desconocido dónde encontrarte cada día. “Mi círculo familiar” encaja mejor.
contract-the-family-map-why-places-family = ¡Exacto! Tu familia ya conoce esos lugares, y así la app puede avisarles de que estás en casa.
contract-the-family-map-why-places-nobody = Muy privado, pero así la app no puede avisar a tu familia de que llegaste. Ellos ya conocen esos lugares, así que “Mi círculo familiar” encaja mejor.

contract-the-family-map-walk-home = Una tarde, { $club } termina tarde y está oscureciendo en el camino a casa. Te llega un mensaje de { $adult }.
contract-the-family-map-walk-ask = Sigo en el trabajo un rato más. ¿Puedes dejar tu punto encendido para mí hasta que llegues a casa?
contract-the-family-map-choice-keep-on = ¡Claro! Puedes comprobar mi punto hasta llegar a casa.
contract-the-family-map-feedback-keep-on = ¡Bien pensado! Compartir con tu familia es justo para lo que sirve la app. { $adult } no tiene que preocuparse, y nadie más ve nada.
contract-the-family-map-choice-all-off = No. Ubicación apagada. Es privado y más seguro.
contract-the-family-map-feedback-all-off = ¡Cuidar dónde estás es listo con los desconocidos! Pero se trata de { $adult }, en una tarde oscura. Compartir con tu círculo familiar es seguro y útil.
contract-the-family-map-choice-nearby = Y activo “niños cercanos”, para ir con alguien más.
contract-the-family-map-feedback-nearby = Una oportunidad para aprender: “niños cercanos” puede ser cualquiera, y ahora ven por dónde caminas. Tu familia ya te acompaña en el mapa. Esto todavía se puede arreglar.
contract-the-family-map-got-home = Vi el aviso de “¡En casa!”. ¡Gracias! Cenamos en media hora.
contract-the-family-map-pic-home = ¡En casa!
contract-the-family-map-pic-you = Tú
contract-the-family-map-worried = Tu punto desaparece. { $adult } no te ve y te llama dos veces por el camino. En casa, vuelves a encender tu punto, solo para tu familia.
contract-the-family-map-nearby-on = Aparecen puntos nuevos alrededor del tuyo: “¡Niños cerca de ti!”. En casa te espera una solicitud de mensaje.
contract-the-family-map-pic-map = Niños cerca de ti: 12
contract-the-family-map-pic-request = Nueva solicitud de mensaje

contract-the-family-map-update = Una semana después, { $app } se actualiza sola. Una ventana enorme aparece sobre el mapa.
contract-the-family-map-spot-prompt = Toca las partes de la ventana que te empujan a mostrar tu punto a más gente. Ojo: ¡algunas partes están bien!
contract-the-family-map-card-title = ¡Nuevo! Mapa social
contract-the-family-map-card-body = ¡Comparte tu mapa con más gente y haz nuevos amigos cerca de ti!
contract-the-family-map-part-family = Tu círculo familiar: 3 personas
contract-the-family-map-feedback-part-family = No es un truco. Tu círculo familiar es quien ve tu punto ahora, y así debe ser.
contract-the-family-map-part-home = “Avisar a mi familia cuando llegue a casa”: activado
contract-the-family-map-feedback-part-home = No es un truco: es la parte útil que ajustaste tú. Tu familia recibe “¡En casa!”, y nadie más.
contract-the-family-map-part-fof = “Amigos de mis amigos”, ya marcado sin preguntarte
contract-the-family-map-feedback-part-fof = ¡Bien visto! Una casilla marcada sin preguntarte es un truco: nunca la elegiste. Los amigos de tus amigos son sobre todo gente que nunca has visto.
contract-the-family-map-part-nearby = “¡12 niños cerca de ti quieren ser tus amigos!”
contract-the-family-map-feedback-part-nearby = ¡Sí! No puedes saber quiénes son de verdad esos puntos, y ellos verían dónde estás. Tus amigos de verdad no necesitan un mapa para encontrarte.
contract-the-family-map-part-button = Un botón enorme COMPARTIR MI MAPA, y un “ahora no” diminuto
contract-the-family-map-feedback-part-button = ¡Buen ojo! Un “sí” enorme y un “no” diminuto es un truco para meterte prisa. El enlace pequeño funciona igual de bien.
contract-the-family-map-pic-home-tick = Avisar a mi familia cuando llegue a casa
contract-the-family-map-pic-fof = Amigos de mis amigos
contract-the-family-map-pic-nearby = ¡12 niños cerca de ti quieren ser tus amigos!
contract-the-family-map-pic-share = COMPARTIR MI MAPA
contract-the-family-map-pic-not-now = ahora no

contract-the-family-map-prompt-choice = La ventana enorme sigue esperando. ¿Qué tocas?
contract-the-family-map-choice-not-now = El “ahora no” pequeñito. Mi punto sigue privado.
contract-the-family-map-feedback-not-now = ¡Gran elección! El mapa es para tu familia. Los amigos de amigos y los “niños cerca de ti” son sobre todo desconocidos, y tu punto muestra dónde estás ahora mismo.
contract-the-family-map-choice-later = La cierro. Luego ya compruebo si es seguro de verdad.
contract-the-family-map-feedback-later = ¡No compartir estuvo bien! Pero “luego” deja la pregunta abierta, y la ventana volverá, quizá cuando tengas prisa. Ya sabes la respuesta: tu punto es para tu familia.
contract-the-family-map-choice-share = ¡Compartir! Doce amigos nuevos cerca de mí, ¡genial!
contract-the-family-map-feedback-share = Una oportunidad para aprender: la app quiere más gente en su mapa, así que claro que dice que es seguro. Ahora gente que no conoces ve tu punto. Esto todavía se puede arreglar.
contract-the-family-map-kept-family = La ventana se cierra. Solo tu círculo familiar ve tu punto, como antes, y los avisos de “¡En casa!” siguen funcionando.
contract-the-family-map-nag-again = A la mañana siguiente vuelve la ventana, más llamativa: “¡{ $friend } y 8 amigos más están en el Mapa social! ¡Solo un toque!”. El botón grande parpadea.
contract-the-family-map-shared = Tu punto ya está en el Mapa social, rodeado de muchos puntos nuevos. Una hora después llega una solicitud de mensaje.

contract-the-family-map-nag-choice = La ventana dice que todos tus amigos están en el Mapa social. ¿Qué haces?
contract-the-family-map-choice-nag-not-now = Buscar el “ahora no” pequeño y tocarlo.
contract-the-family-map-feedback-nag-not-now = ¡Muy bien! “Todos tus amigos lo hacen” es un truco para que decir que no cueste. Tu punto sigue con tu familia, y { $friend } te encuentra igual en la escuela.
contract-the-family-map-choice-nag-share = Si { $friend } está, estará bien. Lo comparto.
contract-the-family-map-feedback-nag-share = Una oportunidad para aprender: lo que tocó { $friend } no decide por ti, y puede que la ventana ni siquiera diga la verdad. Ahora hay desconocidos que ven tu punto. Esto todavía se puede arreglar.

contract-the-family-map-stranger-writes = ¡Hola! Vi tu punto en el mapa. ¡Vivimos muy cerca! Vas a { $club }, ¿no? Un día podría volver a casa contigo.
contract-the-family-map-stranger-choice = Alguien que no conoces ve dónde estás y sabe adónde vas. ¿Qué haces?
contract-the-family-map-choice-show-adult = No contestar. Enseñarle el mapa y el chat a { $adult }.
contract-the-family-map-feedback-show-adult = ¡La mejor opción! Un adulto puede apagar el uso compartido y ayudarte a bloquear y reportar. Mucha gente toca “compartir”. Contarlo rápido es lo que lo arregla.
contract-the-family-map-choice-warn = Responder: “¡Para ya o lo cuento y te reporto!”
contract-the-family-map-feedback-warn = ¡Decir que no fue valiente! Pero cualquier respuesta le muestra que lees, y sigue viendo tu punto. No respondas: enséñaselo a un adulto de confianza, que puede apagarlo, bloquear y reportar.
contract-the-family-map-choice-reply = Responder: “¡Genial! ¿Cuál es tu casa?”
contract-the-family-map-feedback-reply = Una oportunidad para aprender: alguien amable que vive “cerca” sigue siendo un desconocido. Charlar le cuenta más de ti. Nunca es tarde para enseñárselo a un adulto de confianza.
contract-the-family-map-adult-fixes = Gracias por enseñármelo. No estás en problemas, y no es tu culpa. Vamos a apagar el Mapa social y a bloquear y reportar a { $neighbour }. Esta semana te recojo al salir de { $club }.
contract-the-family-map-neighbour-warned = ¿Por qué me hablas así? Solo soy alguien de tu edad. Además, sigo viendo tu punto.
contract-the-family-map-neighbour-pushes = ¡La azul, junto al parque! ¿Nos vemos allí al salir de { $club }? No se lo digas a tu familia, que te harán apagar el mapa.

contract-the-family-map-last-choice = { $neighbour } sigue viendo tu punto. No es tu culpa. ¿Y ahora?
contract-the-family-map-choice-last-tell = Enseñarle todo a { $adult }, también mis respuestas.
contract-the-family-map-feedback-last-tell = ¡Eso es valentía de verdad! Nunca es tarde. “No se lo digas a tu familia” es una gran señal de alerta, y un adulto de confianza puede apagar el mapa, bloquear y reportar.
contract-the-family-map-choice-last-delete = Borrarlo todo antes, que { $adult } no vea mis respuestas.
contract-the-family-map-feedback-last-delete = Una oportunidad para aprender: borrar el chat no apaga el uso compartido, y esconde los mensajes que un adulto necesita. Tus respuestas no te meterán en problemas. Nunca es tarde para contarlo.
contract-the-family-map-adult-fixes-late = Me alegra mucho que me lo hayas contado. No estás en problemas. Vamos a apagar el Mapa social y a bloquear y reportar a { $neighbour } juntos. Por ahora, te recojo al salir de { $club }.
contract-the-family-map-still-there = El chat ya no está, pero tu punto sigue en el Mapa social, y { $neighbour } te vuelve a escribir al día siguiente.

contract-the-family-map-end-safe = Tu punto es para tu familia, y para nadie más. La ventana enorme de “compartir” no te engañó, y { $adult } recibe “¡En casa!” cuando llegas. ¡Genial!
contract-the-family-map-end-recovered = Tu punto se compartió demasiado, pero se lo enseñaste a { $adult }. El Mapa social está apagado, tu punto es solo para tu familia y la cuenta de { $neighbour } está bloqueada y reportada. ¡No es tu culpa!
contract-the-family-map-end-harmful = { $neighbour } sigue viendo dónde estás. No es tu culpa: la app te empujó a compartir. Nunca es tarde para enseñárselo a { $adult } o a otro adulto de confianza. Te ayudarán a apagarlo, bloquear y reportar.

contract-the-family-map-trace-shared = Tu punto en el Mapa social, donde lo ven los amigos de amigos y los “niños cercanos”.
contract-the-family-map-trace-shared-advice = Tu punto es para tu familia. Enséñaselo a un adulto de confianza: juntos pueden apagar el Mapa social y dejar tu punto solo para tu círculo familiar.
contract-the-family-map-trace-family = El mapa de la familia: solo tu círculo familiar ve tu punto.
contract-the-family-map-trace-family-advice = ¡Bien hecho! Si la app se actualiza y pide compartir más, toca “ahora no” o consúltalo con tu familia.
