# Conducta / valores: Las pastillas para estudiar (16-18 años). Un grupo empuja a "pastillas para concentrarse" y a pasar noches en vela. Sin nombres de sustancias ni dosis.

conduct-the-study-pills-title = Pastillas para estudiar
conduct-the-study-pills-summary = Faltan dos semanas para los exámenes y tu grupo de chat vende "pastillas para concentrarse" y presume de noches sin dormir. ¿Qué ayuda de verdad?
conduct-the-study-pills-remember = Las pastillas que venden desconocidos en internet pueden llevar cualquier cosa. La ayuda real: dormir, pausas, repaso, enfermería o un médico. Si alguien tomó algo y se siente mal, avisa a un adulto enseguida.

conduct-the-study-pills-app = { $app }
conduct-the-study-pills-app-clique = Clique
conduct-the-study-pills-app-groupy = Groupy
conduct-the-study-pills-app-hivechat = HiveChat
conduct-the-study-pills-group-name = { $group }
conduct-the-study-pills-group-crew = Equipo Repaso
conduct-the-study-pills-group-grind = Modo Examen
conduct-the-study-pills-group-squad = Grupo de Estudio
conduct-the-study-pills-seller-plug = focus_plug
conduct-the-study-pills-seller-boost = gradeboost_22
conduct-the-study-pills-seller-brain = brainfuel.x
conduct-the-study-pills-nighter-jay = Jay
conduct-the-study-pills-nighter-sol = Sol
conduct-the-study-pills-nighter-ash = Ash
conduct-the-study-pills-adult-uncle = Tío Tomás
conduct-the-study-pills-adult-mum = Mamá
conduct-the-study-pills-adult-gran = Abuela

conduct-the-study-pills-npc-friend = { $friend }
conduct-the-study-pills-npc-seller = { $seller }
conduct-the-study-pills-npc-nighter = { $nighter }
conduct-the-study-pills-npc-adult = { $adult }

conduct-the-study-pills-intro = Faltan dos semanas para los exámenes. El grupo de tu clase, { $group }, está más activo que nunca: consejos, memes, pánico. { $friend } lleva días sin dormir bien.

conduct-the-study-pills-sort = El grupo está lleno de "consejos". Ordénalos: ¿cuáles pasarías, cuáles comprobarías primero y cuáles dejarías fuera del chat?
conduct-the-study-pills-post-timer-from = { $friend }
conduct-the-study-pills-post-timer = este temporizador gratis para concentrarse es lo mejor. 25 minutos de trabajo, 5 de descanso. hoy hice un tema entero de historia
conduct-the-study-pills-post-timer-why = Compártelo. Estudiar en bloques cortos con pausas es un método real y conocido, y la app es gratis. Los buenos consejos merecen circular.
conduct-the-study-pills-post-pills = especial exámenes: pastillas FOCUS. estudia 12 horas seguidas, sin dormir. escríbeme por privado, sin preguntas
conduct-the-study-pills-post-pills-why = Fuera del chat. Las pastillas que vende un desconocido en internet pueden tener cualquier cosa, en cualquier cantidad, y "sin preguntas" significa que nadie controla nada. Mejor reporta la publicación.
conduct-the-study-pills-pic-ad-title = FOCUS+
conduct-the-study-pills-pic-ad-line1 = 12 horas seguidas
conduct-the-study-pills-pic-ad-line2 = Sin dormir
conduct-the-study-pills-pic-ad-dm = Escríbeme
conduct-the-study-pills-post-sessions-from = Biblioteca de la escuela
conduct-the-study-pills-post-sessions = Sesiones de repaso gratis con docentes, todos los martes y jueves después de clase. Traigan sus preguntas, nosotros ponemos la merienda.
conduct-the-study-pills-post-sessions-why = Compártelo. Sesiones gratis con docentes que conocen el examen son justo el tipo de ayuda que funciona, y el anuncio viene de la propia escuela.
conduct-the-study-pills-pic-sessions-title = Sesiones de repaso
conduct-the-study-pills-pic-sessions-when = Mar. y jue., después de clase
conduct-the-study-pills-pic-sessions-where = Biblioteca, gratis
conduct-the-study-pills-post-study-from = BrainHacks Daily
conduct-the-study-pills-post-study = ¡¡LOS CIENTÍFICOS LO DICEN: quienes toman pastillas para concentrarse sacan un 30 % más!!! compártelo antes de que lo borren
conduct-the-study-pills-post-study-why = Compruébalo primero y no lo reenvíes así: no nombra ningún estudio ni a ningún científico, y "antes de que lo borren" es una frase de presión clásica. La investigación real no se esconde.
conduct-the-study-pills-post-nighter = ya dormiremos después de los exámenes. noche en vela hoy, ¿¿quién se apunta?? sube foto de tu escritorio o no vas en serio
conduct-the-study-pills-post-nighter-why = Fuera del chat. Mientras duermes, el cerebro guarda lo que aprendiste, y "no vas en serio" es presión, no un consejo. Puedes pasar sin perderte nada.
conduct-the-study-pills-post-nurse-from = Enfermería de la escuela
conduct-the-study-pills-post-nurse = El estrés de los exámenes es normal y no tienen que cargarlo a solas. Pasen cualquier mediodía, sin cita. ¡Dormir y comer también cuentan como estudiar!
conduct-the-study-pills-post-nurse-why = Compártelo. Una enfermería que ayuda con el estrés, el sueño y la concentración es ayuda real y segura, y compartirla puede llegar a quien la necesita.

conduct-the-study-pills-seller-dm = vi que las mates te estresan. la primera es gratis, solo para ti. no se lo digas a los demás
conduct-the-study-pills-choice-report-seller = Reporto la cuenta y después dejo su mensaje en visto, sin más.
conduct-the-study-pills-feedback-report-seller = Perfecto. Un desconocido que regala una pastilla y "no se lo digas": dos señales de alarma. Tu reporte hace que revisen la cuenta antes de que llegue a alguien más tentado.
conduct-the-study-pills-choice-ignore-seller = Lo ignoro. Lo que compren otros no es asunto mío.
conduct-the-study-pills-feedback-ignore-seller = Decir que no por ti está bien. Pero el vendedor sigue en tu grupo, trabajándose a quienes están más estresados. Un reporte tarda unos segundos.
conduct-the-study-pills-choice-free-pill = Una gratis, solo para ayudarme en el examen de mates. Y ya.
conduct-the-study-pills-feedback-free-pill = Una oportunidad para aprender: "la primera es gratis" es cómo los vendedores enganchan, y nadie puede decirte qué lleva dentro. El estrés lo hace tentador. Aún estás a tiempo de decir que no.
conduct-the-study-pills-reported = Reportas la cuenta. Por la tarde, las publicaciones del vendedor han desaparecido de { $group }, y la app dice: "Gracias, hemos tomado medidas".
conduct-the-study-pills-ignored = Lo dejas pasar. El vendedor sigue publicando en { $group }: "solo quedan 5", "¿examen mañana? yo te ayudo".

conduct-the-study-pills-packet = Dos días después llega un sobre pequeño. Dentro: una bolsita de pastillas. Sin nombre, sin etiqueta, sin prospecto. Mañana es el examen de mates.
conduct-the-study-pills-pill-choice = Nadie, ni siquiera el vendedor, puede decirte qué hay de verdad dentro. ¿Qué haces?
conduct-the-study-pills-choice-show-adult = Ni la toco. Esta noche le doy la bolsita a { $adult }.
conduct-the-study-pills-feedback-show-adult = Es valiente y es listo. Un adulto puede deshacerse de ella sin riesgo, ayudar a reportar al vendedor y apoyarte con el estrés de los exámenes. No te metes en ningún lío por contarlo.
conduct-the-study-pills-choice-bin-it = La tiro esta noche, bloqueo al vendedor y me olvido de todo.
conduct-the-study-pills-feedback-bin-it = No tomarla es lo más importante, y bloquear ayuda. Pero el vendedor tiene tu dirección y puede escribir desde otra cuenta, y un adulto solo puede ayudar si lo sabe. No te meterás en ningún lío.
conduct-the-study-pills-choice-take-it = Me la tomo. Medio grupo dice que funciona, así que es segura.
conduct-the-study-pills-feedback-take-it = Una oportunidad para aprender: "todo el mundo lo dice" no es una etiqueta. Las pastillas de desconocidos pueden tener cualquier cosa. No es tu culpa sentir esa presión, y aún estás a tiempo de pedir ayuda.
conduct-the-study-pills-binned = Tiras la bolsita, bloqueas al vendedor y no dices nada. Al día siguiente, una cuenta nueva escribe: "¿qué tal? ¿quieres más?".
conduct-the-study-pills-took = Esa noche el corazón se te acelera y no duermes nada. En el examen, las preguntas se te nublan. Te sientes fatal, y tienes miedo.
conduct-the-study-pills-own-last = No es tu culpa: el grupo y el vendedor presionaron mucho. Cómo te sientes importa más que cualquier examen. ¿Y ahora?
conduct-the-study-pills-choice-tell-nurse = Hoy se lo cuento a { $adult } y voy a enfermería o al médico.
conduct-the-study-pills-feedback-tell-nurse = Es la decisión correcta. Si tomaste algo desconocido y te sientes mal, una enfermera o un médico tiene que saberlo, y un adulto puede ayudarte. No te has metido en ningún lío.
conduct-the-study-pills-choice-push-through = Le digo a { $adult } que es cansancio, y aguanto.
conduct-the-study-pills-feedback-push-through = Una oportunidad para aprender: "es cansancio" tapa lo que de verdad pasa. Sentirse mal después de una pastilla desconocida es motivo para pedir ayuda, no para esperar. Cuéntalo todo.
conduct-the-study-pills-choice-another = Le pregunto al vendedor qué lleva, y si debería tomarme otra más.
conduct-the-study-pills-feedback-another = Una oportunidad para aprender: el vendedor quiere otra venta, no tu salud. La enfermería, un médico o un adulto de confianza: a ellos hay que preguntar.
conduct-the-study-pills-pushed-through = { $adult } cree que es cansancio. Duermes mal varios días, y los otros exámenes te salen aún peor que el de mates.
conduct-the-study-pills-asked-another = son nervios jaja. ¿quieres más? 10 cada una
conduct-the-study-pills-adult-self = Gracias por contármelo. No te has metido en ningún lío, y no es tu culpa. Hoy vamos a enfermería, reportamos a ese vendedor y planeamos un repaso que te deje dormir.

conduct-the-study-pills-night = ¿¿quién sigue en pie?? equipo noche en vela. sube tu escritorio o no vas en serio
conduct-the-study-pills-pic-time = 01:12
conduct-the-study-pills-pic-new = 47 mensajes nuevos
conduct-the-study-pills-pic-night-post = equipo noche en vela, ¡¡suban su escritorio!!
conduct-the-study-pills-choice-mute-sleep = Silencio { $group } hasta mañana y a la cama.
conduct-the-study-pills-feedback-mute-sleep = Muy buena elección. Mientras duermes, el cerebro guarda lo que repasaste, y silenciar el grupo evita que te quite el sueño. Nada de ese chat es tan urgente que no pueda esperar al desayuno.
conduct-the-study-pills-choice-post-desk = Subo mi escritorio, a salvo de burlas, y a dormir.
conduct-the-study-pills-feedback-post-desk = Irte a dormir está bien. Pero publicar alimenta el juego de "quién aguanta más", y las respuestas van a vibrar toda la noche. Silenciar el grupo protege tu sueño.
conduct-the-study-pills-choice-energy = Otra bebida energética. Ya dormiré después de los exámenes, ¿no?
conduct-the-study-pills-feedback-energy = Una oportunidad para aprender: una noche en vela empeora la memoria, no la mejora, y un corazón acelerado por la cafeína no ayuda a pensar. Mañana puedes poner el sueño primero.
conduct-the-study-pills-slept = Silencias el grupo y duermes. A las 2:30, tu teléfono se ilumina: un mensaje privado de { $friend }.
conduct-the-study-pills-up-late = Subes tu escritorio. Las respuestas vibran hasta las 2. A las 2:30 llega un mensaje privado de { $friend }.
conduct-the-study-pills-wired = A las 2, el corazón te late fuerte y ya no te entra nada. A las 2:30 llega un mensaje privado de { $friend }.

conduct-the-study-pills-friend-dm = ¿te puedo contar algo? me tomé una de las pastillas de { $seller }. el corazón me va rapidísimo y todo se siente raro. porfa no se lo digas a nadie
conduct-the-study-pills-choice-get-adult = Voy a despertar a { $adult } ya. Necesitas un médico esta noche.
conduct-the-study-pills-feedback-get-adult = Eso es estar a su lado de verdad. Un corazón acelerado después de una pastilla desconocida necesita un médico, esta noche. Un secreto sobre la salud de alguien es de los que se rompen, y contarlo nunca es delatar.
conduct-the-study-pills-choice-water = Bebe agua, acuéstate y escríbeme si empeora. Te ayudo.
conduct-the-study-pills-feedback-water = Acompañar a { $friend } es bonito. Pero por mensaje no se puede saber si es grave, ni siquiera desde dentro. Un adulto puede pedir consejo médico enseguida.
conduct-the-study-pills-choice-keep-secret = No se lo diré a { $adult } ni a nadie. Duerme, te ayudo.
conduct-the-study-pills-feedback-keep-secret = Una oportunidad para aprender: guardar la promesa parece leal, pero { $friend } se siente mal tras una pastilla desconocida. Este secreto hay que contarlo, y aún estás a tiempo.
conduct-the-study-pills-adult-friend = Hiciste exactamente lo correcto. Vamos a llamar ya a la familia de { $friend } y a un médico. Nadie se ha metido en un lío. Mañana reportamos juntos a ese vendedor.

conduct-the-study-pills-compose = A la mañana siguiente, un médico ya revisó a { $friend }, que está bien y descansando en casa. Escríbele: ¿qué ayuda y qué es mejor dejar fuera?
conduct-the-study-pills-ph-glad = Me alivia muchísimo saber que estás bien.
conduct-the-study-pills-why-glad = Sencillo y cálido. Tras una noche de miedo, lo primero que se necesita oír es que a alguien le importas.
conduct-the-study-pills-ph-stupid = La verdad, lo que hiciste fue una tontería.
conduct-the-study-pills-why-stupid = Mejor fuera. { $friend } ya sabe que salió mal, y la vergüenza hace que la próxima vez se escondan las cosas. La amabilidad mantiene abierta la conversación.
conduct-the-study-pills-ph-library = ¿Repasamos en la biblioteca mañana, tú y yo?
conduct-the-study-pills-why-library = Un plan real vale más que un sermón. Repasar en compañía es un apoyo que además ayuda con el estrés que causó todo esto.
conduct-the-study-pills-ph-hi = Hola, soy yo.
conduct-the-study-pills-why-hi = Da igual. Es amable y no cambia nada.
conduct-the-study-pills-ph-group = Se lo conté al grupo para que nadie más lo pruebe.
conduct-the-study-pills-why-group = Parece protector, pero expone algo privado de salud ante toda la clase. Avisa sobre el vendedor sin nombrar a { $friend }.
conduct-the-study-pills-ph-no-trouble = Conmigo no tienes ningún problema, te lo prometo.
conduct-the-study-pills-why-no-trouble = Importante. Quizá teme que te hayas enfadado por el secreto. Decirlo claro protege su amistad.
conduct-the-study-pills-ph-seller = Pásame el nombre del vendedor, quiero verlo.
conduct-the-study-pills-why-seller = Mejor fuera. Incluso "por curiosidad" mantiene al vendedor en tu vida. La cuenta está reportada: que ahí termine.
conduct-the-study-pills-ph-nurse = En enfermería ayudan mucho con el estrés. ¿Me acompañas?
conduct-the-study-pills-why-nurse = Sí. El estrés fue lo que vendió la pastilla, y la enfermería puede ayudar con eso. Ir en compañía hace más fácil ir.
conduct-the-study-pills-sent = gracias. por lo de anoche también. biblioteca mañana, sí. y voy a silenciar { $group } hasta que acaben los exámenes

conduct-the-study-pills-friend-worse = no se me pasa. me tiemblan las manos y tengo miedo
conduct-the-study-pills-last = { $friend } tiene miedo, y esto es demasiado para cargarlo sin un adulto. No es tarde. ¿Y ahora?
conduct-the-study-pills-choice-tell-now = Despierto a { $adult } ahora mismo, aunque lo haya prometido.
conduct-the-study-pills-feedback-tell-now = Es la decisión correcta, y valiente. Un susto de salud va antes que una promesa. Puede que { $friend } se enfade unos días, pero estará a salvo.
conduct-the-study-pills-choice-promise = Una promesa es una promesa. Me quedo en vela escribiéndole.
conduct-the-study-pills-feedback-promise = Una oportunidad para aprender: acompañar por mensajes es cariñoso, pero los mensajes no calman un corazón acelerado. Nunca es tarde para contárselo a un adulto de confianza.
conduct-the-study-pills-choice-search = Primero compruebo la pastilla en internet. { $adult } puede esperar.
conduct-the-study-pills-feedback-search = Una oportunidad para aprender: nadie sabe qué llevaba, así que ninguna web puede decírtelo. Buscar hace perder un tiempo que un médico necesita. Despierta a un adulto ya.
conduct-the-study-pills-kept-promise = Escribes hasta las 5. { $friend } pasa la noche, pero se siente mal todo el día siguiente, y nadie sabe qué tomó.
conduct-the-study-pills-searched = Cada página dice algo distinto. Cuando levantas la vista son las 4, y { $friend } sigue sintiéndose muy mal.

conduct-the-study-pills-end-safe = Mantuviste la cabeza fría en un grupo que empujaba a pastillas y noches en vela, reportaste al vendedor y conseguiste ayuda rápida para { $friend }. Repaso real y sueño real: eso es lo que funciona.
conduct-the-study-pills-end-recovered = Tardaste un momento, pero rompiste la promesa que había que romper. { $friend } vio a un médico, el vendedor está reportado y ahora lo saben: un secreto de salud se cuenta.
conduct-the-study-pills-end-recovered-self = El vendedor te tendió una trampa; luego dijiste basta y se lo contaste a { $adult }. El vendedor está reportado, no te has metido en ningún lío y la enfermería te ayuda con el estrés de los exámenes.
conduct-the-study-pills-end-harmful = Las pastillas desconocidas empeoraron las cosas. No es tu culpa: el grupo y el vendedor presionaron mucho. Nunca es tarde para contárselo a un adulto de confianza e ir a enfermería o al médico.
conduct-the-study-pills-end-harmful-friend = { $friend } sigue sintiéndose mal, nadie sabe qué tomó y el vendedor sigue vendiendo. No es tu culpa. Nunca es tarde para contárselo a un adulto de confianza, que puede llevar a { $friend } al médico.

conduct-the-study-pills-trace-reported = Reportada: la cuenta que vendía "pastillas para concentrarse" en { $group }.
conduct-the-study-pills-trace-reported-advice = Las pastillas que venden desconocidos en internet pueden contener cualquier cosa. ¿Estrés por la concentración o el sueño? La enfermería, un médico o un adulto de confianza pueden ayudarte de verdad.

# Last decision: the group asks about the pills. Warn without naming the friend.
conduct-the-study-pills-group-ask = ¿¿a alguien le quedan de esas pastillas FOCUS?? química el viernes y voy fatal
conduct-the-study-pills-choice-no-pills = Ni se les ocurra, pueden llevar de todo. Mejor el repaso del jueves.
conduct-the-study-pills-feedback-no-pills = Bien dicho. Alejaste al grupo de las pastillas y señalaste una ayuda que funciona, sin contar la noche de { $friend }.
conduct-the-study-pills-choice-name-friend = ¡No las compren! { $friend } se tomó una anoche y lo pasó fatal.
conduct-the-study-pills-feedback-name-friend = Una oportunidad para aprender: avisar está bien, pero lo que le pasó a { $friend } tiene que ver con su salud, y eso es privado. Avisa sobre las pastillas sin dar nombres.
conduct-the-study-pills-named = Antes de que puedas borrarlo, media clase ya lo ha visto. { $friend } te escribe: "eso era privado".
