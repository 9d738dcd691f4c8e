# Contrato / sexual: La cuenta atrás (16-18 años). Sextorsión: solo señales de alerta y cómo pedir ayuda, nada se muestra ni se describe. No pagar, dejar de responder, guardar pruebas, reportar, contarlo; nunca es culpa de quien la sufre.

contract-the-sextortion-title = La cuenta atrás
contract-the-sextortion-summary = Alguien nuevo y muy simpático te sigue, va muy rápido y luego lo convierte en una amenaza: paga, o una imagen llega a toda la gente que conoces.
contract-the-sextortion-remember = Si alguien amenaza con compartir una imagen si no pagas: no pagues, no respondas más, guarda las pruebas y cuéntaselo a un adulto de confianza. Es un delito, no es tu culpa, y hay herramientas para retirar imágenes.

contract-the-sextortion-app = { $app }
contract-the-sextortion-app-picnook = Picnook
contract-the-sextortion-app-shutterbee = Shutterbee
contract-the-sextortion-app-lumo = Lumo
contract-the-sextortion-private-vanishly = Vanishly
contract-the-sextortion-private-blinkr = Blinkr
contract-the-sextortion-private-whisp = Whisp
contract-the-sextortion-name-noa = noa.17
contract-the-sextortion-name-jay = jay_k17
contract-the-sextortion-name-lina = lina.mp3
contract-the-sextortion-adult-dad = papá
contract-the-sextortion-adult-aunt = la tía Amina
contract-the-sextortion-adult-grandma = la abuela

contract-the-sextortion-npc-scammer = { $scammer }
contract-the-sextortion-npc-adult = { $adult }

contract-the-sextortion-intro = Sábado por la noche. Una cuenta nueva, { $scammer }, te sigue en { $app } y te escribe enseguida. Tienen amigos en común, así que debe de ser alguien de por aquí. ¿O no?
contract-the-sextortion-dm-hello = ¡hola! conoces a { $friend }, ¿no? me acabo de mudar cerca de ti y no conozco a nadie. tus fotos están geniales, contigo seguro que hay risas
# The world remembers: the older "partner" in The Older Partner, and the gut feeling the child trusted.
contract-the-sextortion-familiar = Alguien nuevo que de pronto quiere toda tu atención. Ya viste eso antes, y confiaste en tu instinto. Tenlo presente esta noche.

contract-the-sextortion-spot = La mayoría de la gente que te sigue es simplemente gente. Aun así, mira el perfil de { $scammer } antes de responder. Toca lo que no cuadra.
contract-the-sextortion-card-title = { $scammer }
contract-the-sextortion-card-body = El perfil de una cuenta nueva que te sigue en { $app }.
contract-the-sextortion-part-joined = Se unió hace 9 días
contract-the-sextortion-feedback-joined = Sí. Una cuenta recién creada que ya quiere hablar es una señal típica de perfil falso. La gente real suele tener un historial más largo.
contract-the-sextortion-part-bio = Bio: "17. fútbol, pelis, chistes malos"
contract-the-sextortion-feedback-bio = Es una bio normal: mucha gente real escribe justo eso. Por sí sola no dice nada. El historial de la cuenta dice más.
contract-the-sextortion-part-counts = Sigue a 1400 personas, la siguen 22
contract-the-sextortion-feedback-counts = Sí. Las cuentas falsas siguen a montones de gente para que unas pocas las sigan de vuelta, y así parecen tener "amigos en común". Eso no significa que alguien las conozca.
contract-the-sextortion-part-posts = 6 publicaciones, todas subidas hace 9 días
contract-the-sextortion-feedback-posts = Sí. Un perfil entero subido de golpe suele estar hecho con fotos de otra persona, para que una cuenta falsa parezca real, y rápido.
contract-the-sextortion-part-photo = Una foto en un partido de fútbol
contract-the-sextortion-feedback-photo = Una foto de un partido es algo muy normal. Lo raro no es la foto en sí, sino que las seis aparecieron el mismo día.
contract-the-sextortion-pic-bio = 17. fútbol, pelis, chistes malos
contract-the-sextortion-pic-joined = Se unió hace 9 días
contract-the-sextortion-pic-counts = Siguiendo 1400 · Seguidores 22
contract-the-sextortion-pic-posts = 6 publicaciones · todas de hace 9 días

contract-the-sextortion-move-app = ok la verdad nunca entro aquí. ¿me agregas en { $private }? los chats se borran en un día, mucho más privado. solo tú y yo
contract-the-sextortion-choice-stay = Mejor seguimos aquí. ¿De qué conoces a { $friend }?
contract-the-sextortion-feedback-stay = Muy bien. Te quedas donde funciona el botón de reportar, y lo compruebas con { $friend } en vez de fiarte del número de "amigos en común".
contract-the-sextortion-choice-later = Quizá mañana, lo compruebo. ¡Buenas noches!
contract-the-sextortion-feedback-later = No cambiarte de app fue buena idea. Pero quedarte en silencio no responde la pregunta de verdad: ¿quién es? Con un mensaje a { $friend } bastaría.
contract-the-sextortion-choice-move = Bueno, te agrego. Los chats que se borran son más privados.
contract-the-sextortion-feedback-move = Una oportunidad para aprender: los chats que se borran no dejan pruebas si algo sale mal. Llevarte rápido a un sitio aparte es una señal de alerta clásica.
contract-the-sextortion-c-stay = { $scammer } esquiva la pregunta: "larga historia jaja". Así que le preguntas tú a { $friend }. La respuesta llega rápido: "¿¿quién?? ni idea, ten cuidado."
contract-the-sextortion-c-later = A la mañana siguiente hay nueve mensajes de { $scammer }: "¿estás?" "no me dejes en visto" "no paro de pensar en ti".
contract-the-sextortion-c-moved = Agregas a { $scammer } en { $private }. Cada mensaje lleva un pequeño temporizador: desaparece en 24 horas. No queda nada para enseñárselo a nadie.

contract-the-sextortion-ask = te mandé un selfie, te toca. algo más íntimo, solo para mí. nadie más lo va a ver nunca, te lo prometo
contract-the-sextortion-choice-no = No. Yo no mando fotos de ese tipo.
contract-the-sextortion-feedback-no = Claro y con calma. No le debes una foto a nadie, diga quien diga que es. Un no no necesita motivos, y quien insiste después te está mostrando cómo es.
contract-the-sextortion-choice-call = Primero una videollamada, para comprobar que existes.
contract-the-sextortion-feedback-call = Pedir pruebas es listo, y las cuentas falsas esquivan las llamadas. Pero ni una persona real tiene derecho a una foto íntima, y una llamada se puede grabar. Un simple no basta.
contract-the-sextortion-choice-send = Está bien, solo una. Confío en ti, tú mandaste una primero.
contract-the-sextortion-feedback-send = Una oportunidad para aprender, y escucha bien esto: confiar en alguien no es un delito, y lo que pase después no es tu culpa. Pero una vez enviada, una foto deja de estar en tus manos.
contract-the-sextortion-c-no = vaya. ok. da igual. ya guardé todos los selfies de tu perfil.
contract-the-sextortion-c-call = se me rompió la cámara jaja. olvídalo. no necesito que me mandes nada. ya guardé todos los selfies de tu perfil.
contract-the-sextortion-c-sent = Mandas una. Aparece un aviso: { $scammer } hizo una captura de pantalla. Luego sus mensajes cambian por completo.

contract-the-sextortion-threat-fake = usé tus selfies para hacer una imagen íntima falsa tuya. parece real. paga 200 en tarjetas regalo en una hora, o tus 312 seguidores la reciben. tu colegio también.
contract-the-sextortion-threat-real = tengo tu foto. también tengo la lista de tus seguidores. paga 200 en tarjetas regalo en una hora, o tus 312 seguidores la reciben. tu colegio también.
contract-the-sextortion-pic-timer = quedan 59:59
contract-the-sextortion-pic-demand = 200 en tarjetas regalo
contract-the-sextortion-pic-followers = 312 seguidores
contract-the-sextortion-pic-school = + tu colegio

contract-the-sextortion-calm-fake = Respira. Esto es una estafa llamada sextorsión. Es un delito, y no eres tú quien está en problemas. Quieren que entres en pánico y actúes rápido. ¿Qué haces?
contract-the-sextortion-calm-real = Respira. Esto es sextorsión, un delito, y no es tu culpa: quien te amenaza es quien hace algo malo. Quiere que entres en pánico y actúes rápido. ¿Qué haces?
contract-the-sextortion-choice-save-tell = Me callo, capturo todo y esta noche voy a contárselo a { $adult }.
contract-the-sextortion-feedback-save-tell = Exacto. Las capturas del chat, del perfil y del usuario son las pruebas que necesitan la policía y las apps. { $adult } puede reportarlo contigo. Contarlo les quita el poder.
contract-the-sextortion-feedback-save-tell-real = Es lo más valiente, y lo correcto. Las capturas son las pruebas que necesitan la policía y las apps, y { $adult } puede ayudarte a retirar la imagen. No estás en problemas por haberla enviado.
contract-the-sextortion-choice-block-delete = Lo bloqueo y borro todo el chat. Se acabó.
contract-the-sextortion-feedback-block-delete = No pagar estuvo bien. Pero borrar es tirar las pruebas, y bloquear no impide que vuelva con otra cuenta. Primero capturas, luego reportar y bloquear, con un adulto.
contract-the-sextortion-choice-warn = Responder: "Para ya, o voy a la policía."
contract-the-sextortion-feedback-warn = Plantarles cara es valiente. Pero cada respuesta les dice que tienes miedo y que lees, y una amenaza les da tiempo para borrarlo todo. Deja de responder y guárdalo.
contract-the-sextortion-choice-pay = Pago los 200. Vale la pena con tal de que esto pare.
contract-the-sextortion-choice-save-help = Me callo, hago capturas y pido ayuda ya.
contract-the-sextortion-choice-block-gone = Lo bloqueo y borro todo. Es más seguro si desaparece.
contract-the-sextortion-choice-warn-real = Responder: "Bórralo ya, o se lo diré a { $adult }".
contract-the-sextortion-feedback-warn-real = Querer que desaparezca es lo más normal. Pero amenazar de vuelta les dice que tienes miedo y que lees, y les da tiempo para borrarlo todo. Deja de responder, guárdalo todo y cuéntaselo de verdad a { $adult }.
contract-the-sextortion-choice-pay-real = Pago los 200, para que nadie vea nunca esa foto.
contract-the-sextortion-feedback-pay = Una oportunidad para aprender: pagar casi nunca lo termina. Les demuestra que pagas, así que piden más. No estás en problemas, y todavía puedes parar.

contract-the-sextortion-c-blocked = Bloqueado, borrado, desaparecido. Diez minutos después escribe una cuenta nueva: "bloquearme no sirve. quedan 45 minutos." Y los mensajes que podías enseñar ya no están.
contract-the-sextortion-c-warned = { $scammer } responde "adelante, nadie me va a encontrar", y borra todos sus mensajes. Aparece una cuenta nueva: "quedan 45 minutos."

contract-the-sextortion-new-account = Una cuenta nueva, la misma amenaza y menos pruebas. Sigue sin ser tu culpa, y todavía no es tarde. ¿Y ahora?
contract-the-sextortion-choice-show-new = Capturo también esta cuenta nueva y voy a buscar a { $adult }.
contract-the-sextortion-feedback-show-new = Sí. La cuenta nueva también es una prueba, y recuerdas el nombre de la anterior. { $adult } puede reportar las dos e ir contigo a la policía. Contarlo es lo que hace que pare.
contract-the-sextortion-choice-pay-now = Pago ya, antes de que el temporizador llegue a cero.
contract-the-sextortion-feedback-pay-now = Una oportunidad para aprender: el temporizador está ahí para meterte prisa. Pagar les dice que volverás a pagar. Todavía puedes parar y contárselo a alguien de confianza.
contract-the-sextortion-choice-show-someone = Capturo la cuenta nueva; hoy se la enseño a alguien.
contract-the-sextortion-feedback-show-someone = Sí. La cuenta nueva también es una prueba, y recuerdas el nombre de la anterior. Alguien de confianza puede reportar las dos, ir contigo a la policía y pedir que retiren la imagen. No estás en problemas.
contract-the-sextortion-choice-pay-secret = Pago rápido, antes de que { $adult } o alguien más se entere.
contract-the-sextortion-feedback-pay-secret = Una oportunidad para aprender: pagar en secreto es justo con lo que cuentan, y casi nunca lo termina. El peligro no es que { $adult } se entere, son ellos. Todavía puedes contarlo.
contract-the-sextortion-choice-vanish = Pongo mis cuentas en privado y desaparezco, más seguro.
contract-the-sextortion-choice-hide = Lo pongo todo en privado. Más seguro desaparecer.
contract-the-sextortion-feedback-hide = Una oportunidad para aprender: desaparecer parece más seguro, pero cargarías con esto sin nadie, y pueden encontrarte en otro sitio. Nunca es tarde para contárselo a un adulto de confianza. No tendrás problemas.

contract-the-sextortion-c-paid = recibido. ahora 500. ya pagaste una vez, así que sé que vas a volver a pagar. 30 minutos.
contract-the-sextortion-more = Pagar no lo terminó. Casi nunca lo hace. No estás en problemas, y si esto te supera, habla con alguien esta noche. Todavía no es tarde. ¿Y ahora?
contract-the-sextortion-choice-stop-tell = Ni un pago más. Hoy pido ayuda.
contract-the-sextortion-feedback-stop-tell = Hace falta valor, y es lo correcto. El recibo y los mensajes ayudan a la policía y a la app a ir a por ellos. Haber pagado una vez no hace que nada de esto sea culpa tuya.
contract-the-sextortion-choice-pay-again = Pago los 500. Esta vez sí que van a parar de una vez.
contract-the-sextortion-feedback-pay-again = Una oportunidad para aprender: cada pago les dice que volverás a pagar. No es tu culpa que te mintieran. Nunca es tarde para parar y contárselo a un adulto de confianza.
contract-the-sextortion-c-paid-again = Pagas. A los pocos minutos: "ahora 1000." Las amenazas no paran, y no has dormido.
contract-the-sextortion-c-hide = Lo cierras todo y no dices nada. Los mensajes llegan a tu correo, y cargas con todo sin nadie.

contract-the-sextortion-adult-helps = Hiciste bien en despertarme. No estás en problemas, y nada de esto es culpa tuya. No vamos a pagar. Guardamos cada captura, reportamos la cuenta a { $app } y vamos juntos a la policía.
contract-the-sextortion-adult-helps-late = Hiciste bien en venir, y no estás en problemas. Guardamos esta cuenta nueva, reportamos las dos a { $app } y vamos a la policía. Si algo se publica alguna vez, haremos que lo retiren.
contract-the-sextortion-adult-late = Gracias por contármelo. No estás en problemas: te mintieron, y quien comete un delito es esa persona. No vamos a pagar. Lo reportamos juntos y usamos una herramienta para retirar imágenes de menores.
contract-the-sextortion-adult-late-paid = Hiciste bien en contármelo, y no estás en problemas. Pagar nunca lo termina, así que paramos ya. Guardamos el recibo y cada mensaje, y lo reportamos a { $app } y a la policía.
contract-the-sextortion-pic-help-title = Qué hacemos ahora
contract-the-sextortion-pic-step-pay = No pagar. No responder más.
contract-the-sextortion-pic-step-keep = Guardar capturas y usuarios
contract-the-sextortion-pic-step-report = Reportar a la app y a la policía
contract-the-sextortion-pic-step-takedown = Herramientas de retirada para menores
contract-the-sextortion-pic-get-help = Pedir ayuda

contract-the-sextortion-end-safe = Detectaste el perfil falso, no enviaste nada y no pagaste. { $adult } tiene las pruebas, y la cuenta está reportada. Amenazas así pierden su poder en cuanto lo cuentas.
contract-the-sextortion-end-safe-late = Borrar te costó algunas pruebas, pero no pagaste y se lo contaste a { $adult }. La cuenta nueva está guardada y reportada, y nada de eso fue culpa tuya.
contract-the-sextortion-end-recovered = Alguien te mintió y luego intentó asustarte. Paraste, guardaste las pruebas y se lo contaste a { $adult }. Nunca fue tu culpa, y hay ayuda para retirar imágenes.
contract-the-sextortion-end-recovered-paid = Pagaste una vez bajo presión, y luego paraste y se lo contaste a { $adult }. Pagar nunca lo termina; contarlo, sí. Las pruebas están guardadas y reportadas, y nada de esto es culpa tuya.
contract-the-sextortion-end-harmful = Las amenazas siguen, y cargar con ellas sin nadie pesa mucho. No es tu culpa. Nunca es tarde: deja de pagar, guarda los mensajes y cuéntaselo a un adulto de confianza o a una línea de ayuda de tu país.
