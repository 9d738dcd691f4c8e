# Contacto / valores: El reclutador (16-18 años). Solo señales de alerta de radicalización: ningún grupo real, ningún contenido de odio a la vista.

contact-the-recruiter-title = El reclutador
contact-the-recruiter-summary = Una cuenta simpática de tu servidor de juegos comparte bromas “atrevidas”, luego videos secretos y luego una invitación.
contact-the-recruiter-remember = Los halagos, los secretos y el “nosotros contra ellos” son trucos para reclutar. Siempre puedes alejarte, reportar y hablar con alguien de confianza.

contact-the-recruiter-app = { $app }
contact-the-recruiter-app-clanhub = Clanhub
contact-the-recruiter-app-yapyard = Yapyard
contact-the-recruiter-app-hollerhub = Hollerhub
contact-the-recruiter-game-starfall = Starfall Arena
contact-the-recruiter-game-ironrift = Iron Rift
contact-the-recruiter-game-driftkings = Drift Kings
contact-the-recruiter-recruiter-kestrel = Kestrel
contact-the-recruiter-recruiter-rook = Rook_42
contact-the-recruiter-recruiter-moss = MossyStone

contact-the-recruiter-npc-recruiter = { $recruiter }
contact-the-recruiter-npc-adult = Prof. Okoye (tu tutora)

contact-the-recruiter-intro = Este mes has pasado casi todas las noches en un servidor de memes de { $game } en { $app }. Es divertido, y { $recruiter } siempre es quien primero se ríe de tus publicaciones.
contact-the-recruiter-meme = { $recruiter } te manda un mensaje privado: un meme que se burla de todo un grupo de personas por su religión.

contact-the-recruiter-edgy = jaja eres la única persona aquí que lo entendería. el chat principal es demasiado blando para bromas de verdad. tú eres diferente
contact-the-recruiter-choice-not-funny = No me hace gracia. Las bromas contra todo un grupo no son inofensivas.
contact-the-recruiter-feedback-not-funny = Con calma y claridad. Las bromas “atrevidas” sobre un grupo a menudo ponen a prueba lo que vas a aceptar, y “tú eres diferente” es un anzuelo clásico. Decir que no desde el principio importa.
contact-the-recruiter-choice-change-subject = Ignorar el meme y cambiar de tema
contact-the-recruiter-feedback-change-subject = No sumarte estuvo bien. Aun así, fíjate en el patrón: halagos más “bromas” que ponen a prueba tus límites. Decir que no está bien deja clara tu postura.
contact-the-recruiter-choice-laugh = jaja brutal. ¿tienes más?
contact-the-recruiter-feedback-laugh = Una oportunidad para aprender: reírte parece inofensivo, pero le dice a { $recruiter } que te interesa más. Bromas así hacen que personas reales se sientan en peligro.
contact-the-recruiter-more-content = Cada noche llega más, y cada vez más oscuro. Luego, videos largos: “ellos” te están quitando tu futuro, tus trabajos, tu país. Te quedas viéndolos hasta las 3 de la madrugada, y empieza a parecer verdad.

contact-the-recruiter-video = respeto. tú sí piensas por tu cuenta. la mayoría se traga todo lo que le dicen las noticias y sus padres. mira esto, 40 min de lo que no quieren que veas
contact-the-recruiter-choice-check-video = ¿Quién hizo esto? Primero voy a ver qué dicen otras fuentes.
contact-the-recruiter-feedback-check-video = Inteligente. El canal es anónimo, sus “datos” vienen de sitios que los verificadores señalan una y otra vez, y los expertos dicen lo contrario. “No quieren que veas esto” es una frase de venta.
contact-the-recruiter-choice-skip-video = Saltármelo. Es tarde y tengo un examen.
contact-the-recruiter-feedback-skip-video = Proteger tu sueño es una buena decisión. Pero { $recruiter } seguirá mandándote esto. Comprobar de dónde viene un video te ayuda a ver el patrón.
contact-the-recruiter-choice-watch-all = Verlo y dejar que siga la reproducción automática
contact-the-recruiter-feedback-watch-all = Una oportunidad para aprender: la reproducción automática encadena videos cada vez más extremos, porque la rabia te mantiene mirando. Horas de videos de un solo lado pueden hacer que cualquier cosa parezca verdad.
contact-the-recruiter-rabbit-hole = La reproducción automática sigue hasta las 4 de la madrugada, cada video con más rabia que el anterior. Al día siguiente le contestas mal a tu familia, no repasas para los exámenes y los memes ya no parecen bromas.

contact-the-recruiter-invite = hay un grupo privado para la gente que ve lo que de verdad está pasando. solo por invitación, sin censura. no se lo digas a tu familia, les han metido las mismas mentiras que a todos. ahora es nosotros contra ellos
contact-the-recruiter-choice-step-back = Alejarme del servidor, reportar y hablar con alguien
contact-the-recruiter-feedback-step-back = Valiente e inteligente. El secretismo, el “tu familia te miente” y el “nosotros contra ellos” son señales de reclutamiento de manual. Reportar protege a otros, y un adulto de confianza puede ayudarte a pensarlo bien.
contact-the-recruiter-choice-decline = Decir que no al grupo, pero seguir en el servidor
contact-the-recruiter-feedback-decline = Decir que no al grupo fue lo correcto. Pero { $recruiter } sigue ahí todas las noches, y la presión volverá. Reportar la cuenta y contárselo a alguien cierra la puerta.
contact-the-recruiter-choice-join = Unirme y ocultárselo a mi familia
contact-the-recruiter-feedback-join = Una oportunidad para aprender: un grupo que te pide ocultarlo a quienes te quieren intenta aislarte. Así funciona la manipulación, y que te elijan como objetivo no es tu culpa.
contact-the-recruiter-tell-adult = Gracias por mostrármelo. Halagos, secretos y “nosotros contra ellos” son un patrón de reclutamiento, y lo viste. Hagamos capturas, bloqueemos y reportemos la cuenta. Si alguien habla de hacer daño, llamamos a la policía.

contact-the-recruiter-inside = El grupo publica día y noche, y se burlan de quien duda. { $recruiter } te pide que “demuestres que eres de los nuestros” publicando un meme de odio en el servidor principal. Llevas toda la semana sin estudiar.
contact-the-recruiter-way-back = Así funciona la manipulación: halagos, secretos, nosotros contra ellos, aislarte. Nada de esto es tu culpa, y puedes alejarte en cualquier momento. ¿Qué vas a hacer?
contact-the-recruiter-choice-get-out = Salir, guardar capturas y contárselo a alguien de confianza
contact-the-recruiter-feedback-get-out = Es la decisión más valiente que hay. Salir de un grupo que te hizo sentir parte de algo es difícil. Las capturas ayudan a que la plataforma, o la policía si hace falta, actúe. Las líneas de ayuda también pueden apoyarte.
contact-the-recruiter-choice-mute = Silenciar el grupo y tomarme un descanso, sin contárselo a nadie
contact-the-recruiter-feedback-mute = Un descanso te da espacio para pensar, y eso es bueno. Pero el grupo intentará atraerte de nuevo, y nadie que se preocupa por ti lo sabe. Contárselo a alguien hace que el descanso dure.
contact-the-recruiter-choice-prove = Publicar el meme para demostrar que soy de los suyos
contact-the-recruiter-feedback-prove = Una oportunidad para aprender: las publicaciones de odio hieren a personas reales de tu servidor, rompen las normas de la plataforma, pueden ser ilegales y te siguen durante años. Nunca es tarde para alejarte.
contact-the-recruiter-tell-late = Me alegra que vinieras a mí, y no te vas a meter en problemas. Estos grupos buscan a quien se siente en soledad o con rabia; no es un defecto tuyo. Vamos a reportarlo, y a buscar tiempo para disfrutar sin pantallas.

contact-the-recruiter-end-safe = Viste el anzuelo detrás de las bromas y los secretos, y te alejaste con ayuda. Nadie más puede decidir quiénes son tus enemigos.
contact-the-recruiter-end-mixed = Mantuviste la distancia, pero { $recruiter } sigue en el servidor, trabajándote a ti y a otros. Reportar la cuenta y contárselo a alguien de confianza cierra la puerta.
contact-the-recruiter-end-recovered = Te atraparon, pero luego encontraste el camino de vuelta y pediste ayuda. Eso requiere mucha fortaleza. Las personas que te quieren nunca se fueron.
contact-the-recruiter-end-harmful = El grupo ocupa tus noches y tus pensamientos, y quiere más. No es tu culpa, y nunca es tarde: sal, reporta y habla con alguien de confianza.
