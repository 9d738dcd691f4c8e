# Contacto / sexual: Alguien mayor (16-18 años). Grooming por una "pareja" mayor: solo señales de alerta y cómo pedir ayuda, nada se muestra ni se describe. Secretos, regalos, aislamiento, presión para verse a solas; alguien de tu edad que pregunta con respeto está bien. Nunca es culpa de la persona joven.

contact-the-older-partner-title = Alguien mayor
contact-the-older-partner-summary = Alguien de veintitantos te dice que tienes "mucha madurez para tu edad", te hace regalos y quiere verte a solas. Tus amigos no tienen por qué saberlo. ¿O sí?
contact-the-older-partner-remember = Regalos que te dejan en deuda, "madurez para tu edad", secretos con tu familia, alejarte de tus amigos, "solo tú y yo": señales de alerta, nunca tu culpa. Guarda los mensajes y cuéntaselo a un adulto de confianza.

contact-the-older-partner-app = { $app }
contact-the-older-partner-app-chordly = Chordly
contact-the-older-partner-app-tunebox = Tunebox
contact-the-older-partner-app-riffroom = Riffroom
contact-the-older-partner-older-dani = Dani
contact-the-older-partner-older-remy = Remy
contact-the-older-partner-older-sol = Sol
contact-the-older-partner-adult-mum = mamá
contact-the-older-partner-adult-uncle = la tía Luz
contact-the-older-partner-adult-grandpa = la abuela

contact-the-older-partner-npc-older = { $older }
contact-the-older-partner-npc-friend = { $friend }
contact-the-older-partner-npc-adult = { $adult }
contact-the-older-partner-npc-classmate = { $classmate }

contact-the-older-partner-intro = Hace tres semanas que chateas con { $older } en la sala de composición de { $app }. { $older } tiene 24 años, mucha gracia, y siempre dice que "no eres como la gente de tu edad". Esta noche tu teléfono se ilumina otra vez.
contact-the-older-partner-gift = los auriculares que querías te esperan en la tienda, ya pagados. no le digas a nadie que son míos, ¿ok? la gente no nos entendería.
contact-the-older-partner-pic-gift-title = Tienes un regalo esperando
contact-the-older-partner-pic-gift-from = De: { $older }
contact-the-older-partner-pic-gift-note = "no le digas a nadie que son míos"

contact-the-older-partner-spot = Muchos mensajes son simplemente amables. Otros van más allá, y siguen un patrón. Toca las señales de alerta en los mensajes de esta noche.
contact-the-older-partner-card-title = Tus mensajes
contact-the-older-partner-card-body = Los mensajes de esta noche de { $older } y de { $classmate }.
contact-the-older-partner-pic-chats-title = Mensajes
contact-the-older-partner-part-mature = { $older }: "tienes una madurez impropia de tu edad"
contact-the-older-partner-feedback-mature = Sí. Lo de la "madurez para tu edad" hace que una gran diferencia de edad suene a halago. Es una de las frases más usadas por gente mayor para que parezca normal.
contact-the-older-partner-pic-msg-mature = tienes una madurez impropia de tu edad
contact-the-older-partner-part-food = { $classmate }: ¿comemos algo después de clase con todos?
contact-the-older-partner-feedback-food = No es una señal de alerta. Alguien de tu edad, que propone a la vista de todos, con amigos alrededor y una forma fácil de decir que no: así es el respeto.
contact-the-older-partner-pic-msg-food = ¿comemos algo después de clase con todos? sin presión, puedes decir que no
contact-the-older-partner-part-secret = { $older }: "no le cuentes a tu familia lo nuestro"
contact-the-older-partner-feedback-secret = Sí. Alguien que te hace bien no necesita esconderse de la gente que te quiere. Pedir secretos es la mayor señal de alerta de todas.
contact-the-older-partner-pic-msg-secret = no le cuentes a tu familia lo nuestro, lo arruinarían
contact-the-older-partner-part-exam = { $older }: "¡suerte en el examen de mañana!"
contact-the-older-partner-feedback-exam = Por sí solo, es un mensaje amable. Las señales están en lo que lo rodea: los secretos, la diferencia de edad, el alejarte de tus amigos. Las palabras bonitas no hacen a nadie seguro, ni peligroso.
contact-the-older-partner-pic-msg-exam = ¡suerte en el examen de mañana!
contact-the-older-partner-part-friends = { $older }: "tus amigos te frenan"
contact-the-older-partner-feedback-friends = Sí. Ponerte en contra de tus amigos deja a menos gente que pueda notar lo que pasa. Quien te quiere bien quiere que tengas amigos.
contact-the-older-partner-pic-msg-friends = tus amigos te frenan. no los necesitas, me tienes a mí

contact-the-older-partner-invite = el sábado mi casa está libre. ven, solo tú y yo. dile a tu familia que estás en casa de { $friend }, ¿sí?
contact-the-older-partner-choice-no-meet = No. Nada a escondidas, y nada de mentir en casa.
contact-the-older-partner-feedback-no-meet = Claro y firme. Que te pidan verse a solas, con una excusa preparada, es una señal de alerta seria. Nunca le debes un sí a nadie, te haya regalado lo que te haya regalado.
contact-the-older-partner-choice-cafe = ¿Y si mejor en una cafetería? ¿Un sitio con gente?
contact-the-older-partner-feedback-cafe = Un lugar público es mejor que una casa a solas. Pero el secreto y la mentira a tu familia siguen ahí, y esas son las señales de alerta. Nadie de fiar necesita que escondas eso.
contact-the-older-partner-choice-cover = Bueno. Para mi familia, estoy con { $friend }. ¡Hasta el sábado!
contact-the-older-partner-feedback-cover = Una oportunidad para aprender: con una coartada, nadie sabría dónde estás. Un adulto que te pide mentir a tu familia cruza un límite. No es tu culpa, y todavía puedes cambiar de opinión.
contact-the-older-partner-c-no = vaya. ¿después de los auriculares y todo? creía que tenías más madurez. como quieras. pero no le cuentes a nadie lo nuestro.
contact-the-older-partner-c-cafe = ¿una cafetería? ¿no confías en mí? mi casa es más tranquila. y recuerda: estás en casa de { $friend }. nuestro secreto.
contact-the-older-partner-c-agreed = Le escribes a { $friend }: "si alguien pregunta, el sábado estoy en tu casa." La respuesta llega en segundos.

contact-the-older-partner-pressure = Ahora { $older } se molestó contigo, y sigue queriendo que sea un secreto. ¿Qué haces?
contact-the-older-partner-choice-show-adult = Capturo todo el chat y esta noche voy a contárselo a { $adult }.
contact-the-older-partner-feedback-show-adult = Eso es. Culpa por un regalo, un secreto, "solo tú y yo": viste el patrón. Las capturas guardan las pruebas, y { $adult } puede ayudarte a reportar y bloquear. Contarlo nunca es traicionar a nadie.
contact-the-older-partner-choice-block-quiet = Bloqueo a { $older } y paso página. Total, se acabó.
contact-the-older-partner-feedback-block-quiet = Bloquear fue un paso firme. Pero si nadie lo sabe, nadie puede ayudar si { $older } vuelve por otro lado, y un adulto que busca adolescentes puede buscar a otros. Cuéntaselo a alguien de confianza.
contact-the-older-partner-choice-sorry = Pedir perdón. A lo mejor estoy siendo infantil.
contact-the-older-partner-feedback-sorry = Una oportunidad para aprender: decir que no a un secreto no es infantil, es sensato. Hacerte sentir que debes algo, por un regalo o un favor, es como funciona la presión. No es tu culpa.
contact-the-older-partner-c-blocked = Cuenta bloqueada. Al día siguiente llega una solicitud de mensaje de una cuenta nueva: "no puedes desaparecer así. sé a qué cafetería vas después de clase."
contact-the-older-partner-c-sorry = así mejor. ¿ves? nadie te entiende como yo. el sábado, en mi casa. estás en casa de { $friend }.

contact-the-older-partner-after-block = Una cuenta nueva, y ahora sabe dónde encontrarte. Nada de esto es tu culpa. ¿Y ahora?
contact-the-older-partner-choice-show-both = Enseño las dos cuentas a alguien de confianza, hoy.
contact-the-older-partner-feedback-show-both = Sí. Las dos cuentas son prueba de un patrón, y un adulto de confianza como { $adult } puede reportarlas y buscar más ayuda si alguien sabe dónde vas a estar. Bloquear estuvo bien, y contarlo también.
contact-the-older-partner-choice-reply-once = Responder una vez, con amabilidad, para calmar las cosas.
contact-the-older-partner-feedback-reply-once = Una oportunidad para aprender: una respuesta amable le confirma que la cuenta nueva funciona, y seguirá. No le debes calma. Nunca es tarde para contárselo a un adulto de confianza.
contact-the-older-partner-choice-go-offline = Lo pongo en privado y me desconecto. Más seguro.
contact-the-older-partner-feedback-go-offline = Una oportunidad para aprender: desconectarte parece más seguro, pero sabe dónde vas, y lo enfrentarías sin nadie. Nunca es tarde para contárselo a un adulto de confianza. No estás en problemas.
contact-the-older-partner-c-offline = Pones todo en privado y te desconectas. Dos días después, { $older } le escribe a { $friend }: "dile que le estoy esperando."
contact-the-older-partner-c-answered = sabía que volverías. el sábado, en mi casa, solo tú y yo. estás en casa de { $friend }, recuerda.

contact-the-older-partner-friend = oye, nos has cancelado tres veces, y siempre estás con el teléfono hablando con { $older }. ¿no tiene como 24? ¿estás bien? ¿de verdad?
contact-the-older-partner-choice-come-with = La verdad, no. ¿Me acompañas a hablar con { $adult } esta noche?
contact-the-older-partner-feedback-come-with = Eso es valiente. Tener a alguien que se da cuenta es un regalo, y hablar con un adulto en compañía lo hace más fácil. { $adult } puede ayudarte a reportar a { $older } y protegerte, sin culpas.
contact-the-older-partner-choice-handle-it = Todo bien. No le digas nada a { $adult }, es privado.
contact-the-older-partner-feedback-handle-it = Querer terminarlo está bien. Pero sin nadie, te enfrentas a alguien mayor que domina la culpa y los secretos. { $friend } se dio cuenta por algo: deja que te ayude a tener a un adulto de tu lado.
contact-the-older-partner-choice-jealous = Eso son celos, y lo sabes. { $older } sí que me entiende a mí.
contact-the-older-partner-feedback-jealous = Una oportunidad para aprender: sentir que por fin te entienden es justo como funciona esto, y alejar a tus amigos es parte del patrón. { $friend } está de tu lado. No es tarde para dejarle volver.
contact-the-older-partner-c-handle = ¿¿cancelas?? ¿después de los auriculares, el saldo del teléfono, todo? si le cuentas a alguien lo nuestro, diré que fue idea tuya.
contact-the-older-partner-c-pushed-away = { $friend } deja de escribir. { $older } te escribe cada hora: dónde estás, con quién, y "no lo olvides, nuestro secreto".

contact-the-older-partner-last = Nada de esto es tu culpa. Alguien mayor que quiere secretos, te hace sentir en deuda y quiere verte a solas está haciendo algo mal, no tú. No es tarde.
contact-the-older-partner-choice-tell-tonight = Esta noche le enseño cada mensaje a alguien.
contact-the-older-partner-feedback-tell-tonight = Es lo más valiente. Contarlo rompe el secreto, y el secreto era lo que le daba poder a { $older }. Un adulto de confianza te ayudará, y no estás en problemas.
contact-the-older-partner-choice-alone = Es privado. Lo arreglo yo.
contact-the-older-partner-feedback-alone = Una oportunidad para aprender: arreglarlo sin nadie es justo con lo que cuenta. Un adulto fue a por ti, y eso es responsabilidad suya, no tuya. Un adulto de confianza o una línea de ayuda te ayudará.
contact-the-older-partner-choice-explain = Ir el sábado y decirle en persona que se acabó.
contact-the-older-partner-feedback-explain = Una oportunidad para aprender: verse a solas para "terminar" es justo lo que lleva tiempo buscando. No le debes a nadie una despedida en persona. Cuéntaselo a un adulto de confianza.
contact-the-older-partner-c-alone = Te lo guardas. Los mensajes siguen llegando, el sábado se acerca, y cada día pesa más la soledad.
contact-the-older-partner-c-saturday = Le dices a tu familia que estás en casa de { $friend }. El sábado por la mañana tienes un nudo en el estómago, y { $older } escribe: "recuerda: nadie puede saberlo."

contact-the-older-partner-adult-helps = Gracias por enseñármelo. No has hecho nada malo. Un adulto que hace regalos, pide secretos y quiere verte a solas cruza un límite. Guardamos las capturas, reportamos a { $older } en { $app } y lo bloqueamos juntos.
contact-the-older-partner-adult-helps-late = Hiciste bien en venir, y no estás en problemas. Reportamos las dos cuentas en { $app } y, como sabe dónde vas, buscaremos más ayuda. Nada de esto es culpa tuya.
contact-the-older-partner-adult-late = Gracias por contármelo. No estás en problemas, y nada de esto es culpa tuya: quien es adulto aquí es { $older }, y debía saberlo. Guardamos los mensajes, lo reportamos y buscaremos más ayuda si hace falta.
contact-the-older-partner-pic-report-title = Reportar a { $older }
contact-the-older-partner-pic-reason-adult = Un adulto escribiendo a un menor
contact-the-older-partner-pic-reason-secret = Me pide guardar secretos
contact-the-older-partner-pic-reason-meet = Presión para verse a solas
contact-the-older-partner-pic-attached = 6 capturas
contact-the-older-partner-pic-send = Enviar reporte

contact-the-older-partner-end-safe = Viste el patrón: un regalo para hacerte sentir culpa, un secreto, "solo tú y yo". Dijiste que no y se lo contaste a { $adult }. ¿Y la invitación sencilla y sin presión de { $classmate }? Así es el respeto.
contact-the-older-partner-end-safe-late = Bloquear no bastó, pero se lo contaste a { $adult }. Las dos cuentas están reportadas, alguien cuida de ti, y no hiciste nada malo.
contact-the-older-partner-end-recovered = Llegó más lejos de lo que querías, pero dejaste volver a la gente que te quiere. { $adult } ya lo sabe, ya no cargas con esto sin nadie, y nada de esto fue nunca tu culpa.
contact-the-older-partner-end-harmful = El secreto pesa más cada día. No es tu culpa: quien es adulto aquí es { $older }. Nunca es tarde para decir que no, y para contárselo a un adulto de confianza o a una línea de ayuda de tu país.
