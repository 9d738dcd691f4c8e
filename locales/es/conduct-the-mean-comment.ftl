# Conducta / agresión: El comentario cruel (9-12 años)

conduct-the-mean-comment-title = El comentario cruel
conduct-the-mean-comment-summary = Sientes rabia con alguien de tus amistades, y un comentario cruel está a solo un toque.
conduct-the-mean-comment-remember = Cuando sientas rabia, haz una pausa antes de publicar. Si empieza un ataque en grupo, primero haz capturas, luego bloquea y reporta, y cuéntaselo a un adulto de confianza.

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-video-dance = mi nuevo baile
conduct-the-mean-comment-video-skate = mi primer truco de skate
conduct-the-mean-comment-video-slime = mi receta de slime brillante
conduct-the-mean-comment-adult-teacher = Prof. Okafor
conduct-the-mean-comment-adult-mum = Mamá
conduct-the-mean-comment-adult-dad = Papá

conduct-the-mean-comment-npc-friend = { $friend }
conduct-the-mean-comment-npc-adult = { $adult }

conduct-the-mean-comment-intro = ¡Hola, soy yo, Sango! Hoy en el recreo, { $friend } se sentó con otros chicos y no te guardó un lugar. ¡Ay! Ahora { $friend } subió un video nuevo a { $app }.

conduct-the-mean-comment-spot-comments = Muchos chicos están comentando. Toca los comentarios hirientes. Cuidado: ¡la sinceridad no es lo mismo que la crueldad!
conduct-the-mean-comment-card-title = El video nuevo de { $friend }
conduct-the-mean-comment-card-body = ¡Aquí está { $video }!
conduct-the-mean-comment-part-tip = ¡Genial! ¿Y si la próxima vez lo grabas en un lugar con más luz?
conduct-the-mean-comment-feedback-tip = ¡No es hiriente! Es sincero pero amable: primero algo bonito y luego un consejo útil. Los comentarios sinceros también pueden ser amables.
conduct-the-mean-comment-part-cringe = qué cringe jaja. mejor borra tu cuenta
conduct-the-mean-comment-feedback-cringe = ¡Hiriente, bien visto! Decirle a alguien que borre su cuenta no es un consejo sincero. Solo busca hacer daño.
conduct-the-mean-comment-part-pile = ¡¡¡Todos a comentar lo malo que es esto!!!
conduct-the-mean-comment-feedback-pile = ¡Hiriente, bien visto! Esto invita a un ataque en grupo: mucha gente contra una sola persona. Eso es acoso, también en internet.
conduct-the-mean-comment-part-honest = No es lo mío, ¡pero cada vez te sale mejor!
conduct-the-mean-comment-feedback-honest = ¡No es hiriente! Dice con sinceridad que no es lo que más le gusta, pero lo dice con amabilidad. Está bien no estar de acuerdo, si es con respeto.
conduct-the-mean-comment-part-nobody = Ni siquiera le caes bien a nadie, { $friend }
conduct-the-mean-comment-feedback-nobody = ¡Hiriente, bien visto! Esto no tiene nada que ver con el video. Es un ataque a { $friend }, y palabras así pueden doler durante mucho tiempo.
conduct-the-mean-comment-pic-typed = El peor video del mundo. Igual tu amistad es falsa.
conduct-the-mean-comment-pic-post = Publicar
conduct-the-mean-comment-pic-pile-note = 58 comentarios nuevos en el video de { $friend }
conduct-the-mean-comment-pic-reported = Reporte enviado: 3 comentarios ocultos

# Dilo bien: un mensaje amable para { $friend }, cuyo video recibe comentarios crueles
conduct-the-mean-comment-compose = Esos comentarios son muy crueles. Sigues con rabia por lo del recreo, pero nadie se merece esto. Escríbele a { $friend } un mensaje privado de apoyo que ayude a parar los comentarios: elige qué decir y qué dejar fuera.
conduct-the-mean-comment-compose-to = { $friend }
conduct-the-mean-comment-ph-hi = ¡Hola, { $friend }!
conduct-the-mean-comment-why-hi = Un saludo amable está bien, con él o sin él. Lo que más importa es lo que viene después.
conduct-the-mean-comment-ph-losers = Son unos perdedores, en serio.
conduct-the-mean-comment-why-losers = Es normal sentir rabia, pero esto es un insulto de vuelta. Los mensajes se capturan y se comparten, y la pelea solo crece.
conduct-the-mean-comment-ph-side = Estoy de tu lado.
conduct-the-mean-comment-why-side = ¡Corto y poderoso! Saber que tiene apoyo le quita a { $friend } mucho peso de encima.
conduct-the-mean-comment-ph-secret = No se lo diré a ningún adulto, lo prometo. Será nuestro secreto.
conduct-the-mean-comment-why-secret = Suena leal, pero los secretos alejan a los adultos que podrían ayudar. Una buena amistad ayuda a { $friend } a buscar apoyo, no a esconder lo que pasa.
conduct-the-mean-comment-ph-unfair = Esos comentarios fueron crueles. No te los merecías.
conduct-the-mean-comment-why-unfair = Así { $friend } ve que el problema son los comentarios, y que nada de esto es su culpa.
conduct-the-mean-comment-ph-screenshot = Hagamos capturas de los peores y reportémoslos.
conduct-the-mean-comment-why-screenshot = Las capturas guardan las pruebas, y reportar avisa a la app. Hacerlo en equipo significa que { $friend } no lo enfrenta en soledad.
conduct-the-mean-comment-ph-reply = ¡Contéstales a todos! No dejes que ganen.
conduct-the-mean-comment-why-reply = Suena valiente, pero contestar da más atención al ataque en grupo, y eso es justo lo que buscan. Guardar pruebas y reportar funciona mejor.
conduct-the-mean-comment-ph-grown-up = ¿Se lo contamos a un adulto? Yo te acompaño.
conduct-the-mean-comment-why-grown-up = Un adulto de confianza puede ayudar a parar los comentarios. Ofrecer compañía hace que contarlo sea mucho más fácil para { $friend }.

conduct-the-mean-comment-typing = Mensaje enviado. Pero al volver al video, la rabia del recreo regresa. Tus pulgares escriben rápido: “El peor video de la historia. De todas formas, tu amistad es falsa.” Tu dedo está sobre Publicar.
conduct-the-mean-comment-post-choice = ¡Uf, cuántas emociones! Es normal sentir rabia. Pero las palabras en internet pueden quedarse mucho tiempo, y mucha gente las ve. ¿Qué vas a hacer?
conduct-the-mean-comment-choice-ignore-friend = Lo borro, y a partir de ahora paso de { $friend }.
conduct-the-mean-comment-feedback-ignore-friend = ¡No publicarlo fue inteligente! Pero ignorar a una amistad hace que el dolor siga para los dos. Decirle a { $friend } cómo te sientes, cara a cara, podría arreglarlo.
conduct-the-mean-comment-choice-pause = Lo borro. Mañana en el cole hablo con { $friend }.
conduct-the-mean-comment-feedback-pause = ¡Buena elección! Viste que esas palabras podían hacer mucho daño. Parar cuando sientes rabia evita arrepentimientos, y hablar cara a cara lo arregla.
conduct-the-mean-comment-choice-post = Lo publico. Al fin y al cabo, { $friend } empezó primero.
conduct-the-mean-comment-feedback-post = Una oportunidad para aprender: las palabras con rabia en internet las puede ver, copiar y guardar mucha gente. Aunque luego las borres, no siempre puedes recuperarlas.

conduct-the-mean-comment-ignored = Lo borras. Pero dejas de contestar los mensajes de { $friend }, que no entiende nada y se siente mal.
conduct-the-mean-comment-paused = Borras las palabras y dejas el móvil. Poco a poco, la rabia se va.
conduct-the-mean-comment-posted = Tu comentario recibe 12 me gusta. Otros lo copian: «¡Sí, falsa amistad!». Pronto es un ataque en grupo. En el cole, { $friend } no te mira.

conduct-the-mean-comment-pile-on = A la mañana siguiente, los comentarios crueles en el video de { $friend } se han duplicado. Se suman chicos y chicas de otras clases. En el cole, { $friend } solo mira al suelo.
conduct-the-mean-comment-pile-choice = Esto es un ataque en grupo: mucha gente contra una sola persona. Puede hacer mucho daño. ¿Qué podrías hacer?
conduct-the-mean-comment-choice-block-mean = Bloqueo ya todas las cuentas crueles. Es lo más seguro.
conduct-the-mean-comment-feedback-block-mean = ¡Bloquear parece lo más seguro, y te protege! Pero solo oculta los comentarios para ti, y pierdes las pruebas. Primero capturas, luego bloquear y reportar.
conduct-the-mean-comment-choice-like-mean = Le doy me gusta a uno. { $friend } no me guardó sitio.
conduct-the-mean-comment-feedback-like-mean = Una oportunidad para aprender: sentir dolor no hace justo un ataque en grupo. Todo el mundo merece respeto, aunque tengas un enfado con esa persona. Cada me gusta lo agranda.
conduct-the-mean-comment-choice-screenshot-report = Hago capturas de los peores y luego los reporto.
conduct-the-mean-comment-feedback-screenshot-report = ¡Buen orden! Las capturas guardan las pruebas antes de que algo se borre, y reportar avisa a la app del acoso. { $friend } tiene derecho a estar a salvo en internet, y tú también.
conduct-the-mean-comment-choice-defend = Les respondo a todos: «¡Basta! ¡Dejen a { $friend } en paz!»
conduct-the-mean-comment-feedback-defend = ¡Defender a { $friend } requiere valor! Pero discutir bajo el video le da más público al ataque. Guardar las pruebas y reportarlo funciona mejor.

conduct-the-mean-comment-blocked-mean = Los comentarios crueles desaparecen de tu pantalla. Pero siguen ahí para todos los demás, y no has guardado ni uno.
conduct-the-mean-comment-liked = Tu me gusta sube un comentario cruel hasta arriba. Se suman más, y { $friend } ve tu nombre debajo.
conduct-the-mean-comment-reported = Haces capturas de los peores comentarios y los reportas. La app oculta algunos. Pero llegan otros nuevos, y { $friend } sigue con cara de tristeza.
conduct-the-mean-comment-defended = Alguien responde: «Ay, ¿eres su guardaespaldas?». Ahora las burlas son contra los dos, y viene todavía más gente a mirar.
conduct-the-mean-comment-classmate-backs = Te llega un mensaje de { $classmate }: «Vi los comentarios en el video de { $friend }. ¡No está bien! Me buscaste ayuda con ese reto. Estoy contigo, hagas lo que hagas».

conduct-the-mean-comment-next-step = El ataque en grupo sigue. ¿Y ahora?
conduct-the-mean-comment-choice-friend-delete = Le voy a decir a { $friend } que borre el video y deje la app.
conduct-the-mean-comment-feedback-friend-delete = Una oportunidad para aprender: un descanso de la app puede ayudar, pero borrar el video borra las pruebas, y quienes acosan siguen con otra persona. Un adulto de confianza puede pararlos.
conduct-the-mean-comment-choice-name-them = Publico un mensaje con los nombres de todos los crueles.
conduct-the-mean-comment-feedback-name-them = Una oportunidad para aprender: nombrar a gente en público empieza otro ataque en grupo, y nadie gana. Guarda las pruebas y deja que un adulto de confianza se encargue.
conduct-the-mean-comment-choice-tell-adult = Voy a ver a { $adult } y le enseño lo que pasa.
conduct-the-mean-comment-feedback-tell-adult = ¡Eso es defender a alguien! Un adulto puede reportar las cuentas, hablar con el colegio y las familias, y ayudar a { $friend }. Contarlo nunca es acusar.

conduct-the-mean-comment-friend-deletes = { $friend } borra el video y deja de publicar. Los comentarios desaparecen por ahora, pero nadie que pueda parar esas cuentas lo sabe.
conduct-the-mean-comment-named = Tu mensaje se comparte rapidísimo. Ahora la gente se pelea en los comentarios, y algunos van contra ti. { $friend } dice: «Por favor, haz que pare».
conduct-the-mean-comment-adult-helps = Gracias por contármelo. Eso no es acusar, es ayudar. Hagamos capturas de lo que hay, reportemos esas cuentas, y yo hablaré con el colegio.
conduct-the-mean-comment-talk-it-out = Gracias por defenderme. ¡Y perdón por lo del recreo! No sabía que te había dolido. ¿Te sientas con nosotros mañana?

conduct-the-mean-comment-fix-it = Oh, no. Esto ha ido más lejos de lo que querías. Pero todavía puedes ayudar a arreglarlo. ¿Qué vas a hacer?
conduct-the-mean-comment-choice-undo-talk = Borro lo mío y luego voy a hablar con { $adult }.
conduct-the-mean-comment-feedback-undo-talk = ¡Así se arregla! Reconocerlo es valiente, y { $adult } puede ayudar a parar el ataque. Todo el mundo se equivoca. Arreglarlo es lo que cuenta.
conduct-the-mean-comment-choice-sorry-message = Borro lo que hice y le escribo a { $friend }: «Perdón, de verdad».
conduct-the-mean-comment-feedback-sorry-message = ¡Pedir perdón es valiente, y a { $friend } le importa! Pero el ataque sigue, y es más grande que ustedes dos. Un adulto puede ayudar a pararlo.
conduct-the-mean-comment-choice-leave-up = Lo dejo. Contárselo a { $adult } me metería en líos.
conduct-the-mean-comment-feedback-leave-up = Una oportunidad para aprender: contarlo no es para meterte en líos, es para parar el daño. { $adult } ayuda mejor si lo sabe, y { $friend } sigue sufriendo.

conduct-the-mean-comment-adult-late = Gracias por tu sinceridad. No estás en problemas por contármelo. Primero haremos capturas de los comentarios, luego los reportaremos, y hablaremos con { $friend } juntos.
conduct-the-mean-comment-sorry-talk = Ese comentario me dolió mucho. Pero gracias por pedir perdón. No sabía que lo del recreo te había dolido. ¿Empezamos de nuevo?
conduct-the-mean-comment-sorry-sent = Gracias por pedir perdón. Pero los comentarios siguen llegando. Voy a bloquear a todo el mundo y borrar mi cuenta, ahora mismo.
conduct-the-mean-comment-left-up = El ataque sigue creciendo. { $friend } deja de publicar y en el cole ya casi no habla.

conduct-the-mean-comment-friend-blocks = { $friend } está mal y quiere que todo desaparezca. ¿Qué le dices?
conduct-the-mean-comment-choice-reply-back = No bloquees. Sube un video para que vean que te da igual.
conduct-the-mean-comment-feedback-reply-back = Una oportunidad para aprender: responder les da a quienes acosan lo que quieren: atención. Capturas, luego bloquear, reportar y un adulto de confianza funcionan mucho mejor.
conduct-the-mean-comment-choice-screenshot-together = ¡Espera! Primero capturas, y luego vamos con { $adult }.
conduct-the-mean-comment-feedback-screenshot-together = ¡Gran consejo! Bloquear está bien, pero primero las capturas, para que { $adult } y la app vean lo que pasó. Ir juntos significa que { $friend } no está sin apoyo.
conduct-the-mean-comment-choice-block-secret = Buena idea. Bórralo todo, no hace falta contárselo a { $adult }.
conduct-the-mean-comment-feedback-block-secret = Una oportunidad para aprender: borrarlo todo hace desaparecer las pruebas, y ocultárselo a { $adult } impide que un adulto ayude a parar esas cuentas. Primero capturas; luego, bloquear está bien.

conduct-the-mean-comment-replied-back = { $friend } sube un video: «¡Me da igual!». En pocos minutos tiene todavía más comentarios crueles que el primero.
conduct-the-mean-comment-shown-adult = Gracias a los dos por enseñármelo. Estas capturas ayudan mucho. Vamos a reportar las cuentas juntos, y luego { $friend } podrá bloquearlas.
conduct-the-mean-comment-blocked-secret = { $friend } bloquea a todos y borra su cuenta. Por ahora hay calma, pero las pruebas han desaparecido y ningún adulto lo sabe.

conduct-the-mean-comment-end-safe = No publicaste esas palabras con rabia, y { $adult } está ayudando a parar el ataque. { $friend } y tú volvéis a hablaros. ¡Muy bien!
conduct-the-mean-comment-end-mixed = Por ahora hay más calma para { $friend }. Pero ningún adulto de confianza sabe lo que pasó, y las mismas cuentas podrían volver a empezar en otro sitio.
conduct-the-mean-comment-end-recovered = Te dejaste llevar por el ataque, y luego lo arreglaste: pediste perdón y conseguiste la ayuda de { $adult }. { $friend } ya no se enfrenta a esto sin apoyo.
conduct-the-mean-comment-end-harmful = El ataque sigue creciendo, y { $friend } lo está pasando fatal. Un error no te convierte en mala persona, y nadie te va a culpar por pedir ayuda. Nunca es tarde para contárselo a un adulto de confianza: te ayudará.

# My phone: what stays on the phone after this level.
conduct-the-mean-comment-trace-comment = Tu comentario en el video de { $friend }: «El peor video del mundo. Igual tu amistad es falsa».
conduct-the-mean-comment-trace-comment-advice = Las palabras con rabia pueden quedarse mucho tiempo en internet. Bórralo, pídele perdón a { $friend } y cuéntaselo a un adulto de confianza si empezó un ataque en grupo.
