# Contacto / valores: El reclutador (16-18 años). Solo señales de alerta de radicalización: ningún grupo real, ningún contenido de odio a la vista.

contact-the-recruiter-title = El reclutador
contact-the-recruiter-summary = Una cuenta simpática de tu servidor de juegos comparte bromas “atrevidas”, luego videos secretos y luego una invitación.
contact-the-recruiter-remember = Los halagos, los secretos y el “nosotros contra ellos” son trucos para reclutar. Guarda las pruebas, reporta la cuenta y habla con alguien de confianza.

contact-the-recruiter-app = { $app }
contact-the-recruiter-app-clanhub = Clanhub
contact-the-recruiter-app-yapyard = Yapyard
contact-the-recruiter-app-hollerhub = Hollerhub
contact-the-recruiter-game-starfall = Starfall Arena
contact-the-recruiter-game-ironrift = Iron Rift
contact-the-recruiter-game-driftkings = Drift Kings

contact-the-recruiter-npc-recruiter = { $stranger }
contact-the-recruiter-npc-adult = Prof. Okoye (tu tutora)

contact-the-recruiter-intro = Este mes has pasado casi todas las noches en un servidor de memes de { $game } en { $app }. Es divertido, y { $stranger } siempre es quien primero se ríe de tus publicaciones.
# El mundo recuerda: el clip falso que sigue compartido desde tu perfil.
contact-the-recruiter-saw-repost = vi que reposteaste ese clip de las elecciones. por fin alguien aquí que no tiene miedo de decirlo
contact-the-recruiter-repost-choice = { $stranger } te encontró por el clip falso que sigue en tu perfil. Para gente así, compartir algo falso dice “quizá eres de los nuestros”. ¿Y ahora?
contact-the-recruiter-choice-keep-up = Lo dejo. Hizo hablar a la gente, y eso es lo que importa.
contact-the-recruiter-feedback-keep-up = Una oportunidad para aprender: algo falso en tu perfil sigue engañando a la gente, y acaba de traer a { $stranger } a tus mensajes. Aún puedes borrarlo y compartir la verificación.
contact-the-recruiter-choice-take-down = Borrar el repost y poner la verificación en su lugar.
contact-the-recruiter-feedback-take-down = Eso es. Quitar lo falso elimina el anzuelo, y la verificación muestra de qué lado estás. Gente como { $stranger } se fija en quién comparte qué.
contact-the-recruiter-choice-go-private = Poner mi perfil en privado, que solo lo vean mis amigos.
contact-the-recruiter-feedback-go-private = En privado lo ven menos desconocidos. Pero tus amigos siguen viéndolo, y lo falso sigue funcionando con ellos. Bórralo y comparte la verificación.
contact-the-recruiter-repost-gone = Borras el repost y compartes la verificación. { $stranger } no vuelve a mencionar el clip. Esa noche llega otro mensaje.
contact-the-recruiter-gone-private = Tu perfil pasa a privado. { $stranger } ya lo vio, y tus amigos lo siguen viendo. Esa noche llega otro mensaje.
contact-the-recruiter-repost-stays = El repost se queda y lo comparten unas cuantas veces más. Esa noche llega otro mensaje.
contact-the-recruiter-meme = { $stranger } te manda un mensaje privado: un meme que se burla de todo un grupo de personas por su religión.

contact-the-recruiter-edgy = jaja eres la única persona aquí que lo entendería. el chat principal es demasiado blando para bromas de verdad. tú eres diferente
contact-the-recruiter-choice-laugh = jaja brutal. Supongo que mi humor es más oscuro que el resto.
contact-the-recruiter-feedback-laugh = Una oportunidad para aprender: reírte parece inofensivo, pero le dice a { $stranger } que te interesa más. Bromas así hacen que personas reales se sientan en peligro.
contact-the-recruiter-choice-change-subject = Jaja, no es mi tipo de humor, la verdad. ¿Juegas esta noche?
contact-the-recruiter-feedback-change-subject = No sumarte estuvo bien. Aun así, fíjate en el patrón: halagos más “bromas” que ponen a prueba tus límites. Un “no me hace gracia”, corto y con calma, deja clara tu postura.
contact-the-recruiter-choice-not-funny = No me hace gracia. Burlarse de todo un grupo no es inofensivo.
contact-the-recruiter-feedback-not-funny = Con calma y claridad. Las bromas “atrevidas” sobre un grupo a menudo prueban lo que vas a aceptar, y “tú eres diferente” es un anzuelo clásico. Decir que no desde el principio deja clara tu postura.
contact-the-recruiter-c-more = Cada noche llega más, y cada vez más oscuro. Empiezas a trasnochar para ver qué manda { $stranger }, y el chat principal se te hace aburrido.
contact-the-recruiter-c-subject = sí, luego quizás. oye, tú no eres como los demás de aquí, ¿lo sabías?
contact-the-recruiter-c-pushback = tranqui, es una broma jaja. solo digo que tienes más cabeza que los de cristal del chat principal

contact-the-recruiter-video = respeto. tú sí piensas por tu cuenta. la mayoría se traga todo lo que le dicen las noticias y sus padres. mira esto, 40 min de lo que no quieren que veas
contact-the-recruiter-pic-urgent = Míralo antes de que lo borren
contact-the-recruiter-pic-duration = 40:12
contact-the-recruiter-pic-video-title = Lo que no quieren que veas
contact-the-recruiter-pic-channel = TheHiddenFiles
contact-the-recruiter-choice-check-video = ¿Quién hizo esto? Antes, voy a ver qué dicen otras fuentes.
contact-the-recruiter-feedback-check-video = Inteligente. Miraste más allá del video. “Lo que no quieren que veas” es una frase de venta, y un canal anónimo no es una fuente. Los datos reales aguantan cuando lees alrededor.
contact-the-recruiter-choice-skip-video = Hoy no. Ya es tarde, y mañana temprano tengo un examen.
contact-the-recruiter-feedback-skip-video = Proteger tu sueño es una buena decisión. Pero { $stranger } seguirá mandándote esto. Preguntarte quién hizo un video, y qué dicen otras fuentes, te ayuda a ver el patrón.
contact-the-recruiter-choice-watch-all = Bueno, lo veo entero. Confío en mí para escuchar las dos partes.
contact-the-recruiter-feedback-watch-all = Una oportunidad para aprender: esas “dos partes” son una sola, durante 40 minutos. Luego la reproducción automática encadena videos cada vez más enojados, porque la rabia te mantiene mirando.
contact-the-recruiter-c-sources = Buscas el canal: anónimo, sin nombres, y sus “datos” vienen de sitios que los verificadores señalan una y otra vez. Los medios y los expertos dicen algo muy distinto.
contact-the-recruiter-same-channel = Un nombre salta a la vista: este canal fue el primero en publicar el clip falso de las elecciones que reportaste. Ya está etiquetado como “contenido manipulado”. Misma gente, video nuevo.
contact-the-recruiter-pic-about = Sin nombres. Sin fuentes. Sin contacto.
contact-the-recruiter-pic-factcheck = Los verificadores lo desmienten una y otra vez
contact-the-recruiter-c-skip = { $stranger }: “ok, que descanses, crack”. Por la mañana te esperan tres enlaces más, cada uno con “míralo antes de que lo borren”.
contact-the-recruiter-c-rabbit = La reproducción automática sigue hasta las 4 de la madrugada, cada video con más rabia que el anterior. Al día siguiente le contestas mal a tu familia, no estudias y los memes ya no parecen bromas.

contact-the-recruiter-invite = hay un grupo privado para la gente que ve lo que de verdad está pasando. solo por invitación, sin censura. no se lo digas a tu familia, les han metido las mismas mentiras que a todos. ahora es nosotros contra ellos
contact-the-recruiter-pic-group = Círculo Interno
contact-the-recruiter-pic-private = Grupo privado · solo por invitación
contact-the-recruiter-pic-members = 27 miembros
contact-the-recruiter-pic-join = Unirme
contact-the-recruiter-choice-undercover = Entro, pero solo para hacer capturas de todo y reportarlos.
contact-the-recruiter-feedback-undercover = Una oportunidad para aprender: reportarlos está bien, pero unirte te pone en medio de la presión, y juntar pruebas no es tu trabajo. Lo que tienes basta: repórtalo y cuéntaselo a un adulto de confianza.
contact-the-recruiter-choice-decline = No, gracias, no es lo mío. Nos vemos luego en el juego.
contact-the-recruiter-feedback-decline = Decir que no fue lo correcto. Pero { $stranger } sigue en el servidor, y la presión volverá, para ti y para otras personas. Guardar el chat y reportar la cuenta cierra la puerta.
contact-the-recruiter-choice-join = Va, agrégame. Mi familia no lo entendería de todos modos.
contact-the-recruiter-feedback-join = Una oportunidad para aprender: un grupo que te pide ocultarlo a quienes te quieren intenta aislarte. Así funciona la manipulación, y que te elijan como objetivo no es tu culpa.
contact-the-recruiter-choice-step-back = Hago captura, reporto la cuenta y hablo con Prof. Okoye.
contact-the-recruiter-feedback-step-back = Valiente e inteligente. El secretismo, el “tu familia te miente” y el “nosotros contra ellos” son señales de reclutamiento de manual. Guardaste pruebas, reportaste y sumaste a un adulto de confianza.
contact-the-recruiter-c-report = Guardas el chat, reportas a { $stranger } a los moderadores del servidor y a la plataforma, y te desconectas. Al día siguiente te quedas después de clase para hablar con la Prof. Okoye.
contact-the-recruiter-pic-report-title = Reportar a { $stranger }
contact-the-recruiter-pic-saved = Chat guardado en capturas
contact-the-recruiter-pic-mods = Enviado a los moderadores del servidor
contact-the-recruiter-pic-platform = Enviado al equipo de seguridad de { $app }
contact-the-recruiter-pic-thanks = Gracias. Revisaremos esta cuenta.
contact-the-recruiter-tell-adult = Gracias por mostrármelo. Halagos, secretos y “nosotros contra ellos” son un patrón de reclutamiento, y lo viste. Los moderadores ya expulsaron la cuenta. Si alguien habla de hacer daño, llamamos a la policía.
contact-the-recruiter-c-undercover = Dentro, el grupo te da la bienvenida por tu nombre. Publican día y noche, y te descubres asintiendo. { $stranger }: “sabía que encajarías. ahora demuéstralo: publica uno de estos en el servidor principal”.
contact-the-recruiter-c-inside = El grupo publica día y noche, y se burlan de quien duda. Llevas toda la semana sin estudiar. { $stranger }: “hora de demostrar que eres de los nuestros. publica uno de estos en el servidor principal”.
contact-the-recruiter-c-decline = { $stranger }: “tú te lo pierdes. la puerta sigue abierta”. Una semana después vuelven los mensajes, más amables que nunca, y dos jugadores más jóvenes del servidor ya están en el grupo.

contact-the-recruiter-way-back = Así funciona la manipulación: halagos, secretos, nosotros contra ellos, y luego una prueba. Nada de esto es tu culpa, y puedes alejarte en cualquier momento. ¿Qué vas a hacer?
contact-the-recruiter-choice-prove = Publico el meme. Es un solo post, y así confiarán en mí.
contact-the-recruiter-feedback-prove = Una oportunidad para aprender: las publicaciones de odio hieren a personas reales de tu servidor, rompen las normas de la plataforma, pueden ser ilegales y te siguen durante años. Nunca es tarde para alejarte.
contact-the-recruiter-choice-get-out = Salgo del grupo, guardo capturas y hablo con Prof. Okoye.
contact-the-recruiter-feedback-get-out = Es la decisión más valiente que hay. Salir de un grupo que te hizo sentir parte de algo es difícil. Las capturas ayudan a que la plataforma, o la policía si hace falta, actúe. Las líneas de ayuda también pueden apoyarte.
contact-the-recruiter-choice-argue = Me quedo a discutir. Alguien ahí dentro tiene que ayudarlos a ver.
contact-the-recruiter-feedback-argue = Una oportunidad para aprender: discutir desde dentro te mantiene en su chat día y noche, y estos grupos están hechos para desgastar a quien duda. Nadie le gana a todo un grupo a solas. Salir es más fuerte.
contact-the-recruiter-c-tell-late = Me alegra mucho que vinieras a mí, y no te vas a meter en problemas. Estos grupos buscan a quien se siente en soledad o con rabia; no es un defecto tuyo. Vamos a reportarlo, y a buscar tiempo para cosas sin pantallas.
contact-the-recruiter-c-posted = Lo publicas. Jugadores que conoces desde hace meses se quedan en silencio, los moderadores lo borran y { $stranger } escribe: “buen comienzo. la próxima, algo más grande”.
contact-the-recruiter-c-argued = Discutes durante horas cada noche. Se burlan de ti, luego te halagan, luego se burlan otra vez. Una semana después no puedes más, te atrasas en los estudios y algunas de sus frases se te quedan en la cabeza.

contact-the-recruiter-again = oye, sin rencor. vi que perdiste esa partida, qué mala suerte. los de verdad te apoyan, no los falsos del chat principal. el grupo sigue abierto, solo dilo
contact-the-recruiter-choice-late-report = Capturas, lo reporto y luego hablo con Prof. Okoye.
contact-the-recruiter-feedback-late-report = Exacto. Viste el mismo anzuelo volver, guardaste las pruebas, lo reportaste y sumaste a un adulto de confianza. Eso te protege a ti y a los jugadores más jóvenes a los que ahora busca.
contact-the-recruiter-choice-one-look = Bueno, un vistazo rápido no hace daño. Confío en mí.
contact-the-recruiter-feedback-one-look = Una oportunidad para aprender: “solo un vistazo” es justo como funciona la invitación: una vez dentro, empieza la presión. Ceder al desgaste no es tu culpa, y nunca es tarde para alejarte.
contact-the-recruiter-choice-ignore = Lo ignoro. Es solo un servidor de juegos, estoy a salvo.
contact-the-recruiter-feedback-ignore = Una oportunidad para aprender: ignorarlo te mantiene fuera, pero { $stranger } ahora va por los más jóvenes, y nadie que pueda frenarlo lo sabe. Lo que empieza en línea puede pasar a la vida real.
contact-the-recruiter-c-late-report = Gracias por contármelo, y no estás en problemas. Los moderadores expulsaron la cuenta, y me aseguraré de que los jugadores más jóvenes y sus familias lo sepan. Si alguien habla de hacer daño, llamamos a la policía.
contact-the-recruiter-c-one-look = Un vistazo se convierte en una noche entera. Para el fin de semana estás en el grupo cada noche, y { $stranger } quiere que “demuestres lo que vales”.
contact-the-recruiter-c-ignore = Silencias a { $stranger } y sigues jugando. Los mensajes paran para ti. En el chat principal, los dos jugadores más jóvenes empiezan a publicar las mismas “bromas”.

contact-the-recruiter-end-safe = Viste el anzuelo detrás de las bromas y del grupo secreto, guardaste las pruebas, lo reportaste y lo hablaste con Prof. Okoye. Nadie más puede decidir quiénes son tus enemigos.
contact-the-recruiter-end-safe-late = Dijiste que no al grupo, y cuando { $stranger } volvió, guardaste los mensajes, lo reportaste y se lo contaste a la Prof. Okoye. Los jugadores más jóvenes a los que buscaba también reciben ayuda.
contact-the-recruiter-end-recovered = El grupo te atrapó, y luego saliste, guardaste las pruebas y le pediste ayuda a Prof. Okoye. Eso requiere mucha fortaleza. Las personas que te quieren nunca se fueron.
contact-the-recruiter-end-mixed = No entraste al grupo, pero { $stranger } sigue en el servidor, yendo por los más jóvenes, y nadie que pueda frenarlo lo sabe. Guardar, reportar y contárselo a alguien cierra la puerta.
contact-the-recruiter-end-harmful = Ahora estás en el grupo. Ocupa tus noches y tus pensamientos, y quiere más. No es tu culpa: estos grupos buscan a la gente a propósito. Nunca es tarde para salir y contárselo a un adulto de confianza, que te ayudará.

# Mi teléfono: la cuenta que reportaste.
contact-the-recruiter-trace-reported = { $stranger }: reporte enviado a los moderadores del servidor y a la plataforma, con capturas.
contact-the-recruiter-trace-reported-advice = Valiente y correcto. Si vuelve con otro nombre, ya conoces el patrón: halagos, secretos, una prueba. Guárdalo, repórtalo y cuéntaselo a un adulto de confianza.
