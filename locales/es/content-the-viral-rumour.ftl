# Contenido / valores: El rumor viral (9-12 años)

content-the-viral-rumour-title = El rumor viral
content-the-viral-rumour-summary = Una publicación sobre un reto peligroso circula por la escuela. ¿Puedes comprobarla, frenar que se comparta y mantener a todos a salvo?
content-the-viral-rumour-remember = Detente y comprueba antes de creer o compartir, incluso para avisar. Si un reto puede hacerle daño a alguien, busca enseguida a un adulto de confianza.

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = Prof. Silva
content-the-viral-rumour-npc-adult = { $adult }

# Variedad: en cada partida se elige una opción de cada variable de `vary`.
content-the-viral-rumour-challenge-mega-dare = Reto Mega
content-the-viral-rumour-challenge-ninja-dare = Reto Ninja
content-the-viral-rumour-challenge-level-99 = Reto Nivel 99
content-the-viral-rumour-adult-mum = Mamá
content-the-viral-rumour-adult-dad = Papá
content-the-viral-rumour-adult-gran = Abuela

content-the-viral-rumour-intro = ¡Hola, soy yo, Sango! Es viernes por la noche y el chat de tu clase está que arde. Vamos a ver de qué habla todo el mundo.
content-the-viral-rumour-video-skipped = { $friend } ha compartido un video de una acrobacia peligrosa. Me salto el video: no necesitas verlo. Leamos mejor el mensaje que venía con él.

content-the-viral-rumour-maya = ¡¡Mira!! Un streamer famoso dice que todos los chicos tienen que hacer el { $challenge } este finde. ¡Compártelo en 1 hora o quedas FUERA!
content-the-viral-rumour-pic-account = famous.streamer.official
content-the-viral-rumour-pic-caption = ¡Todos los chicos tienen que hacer el { $challenge }!
content-the-viral-rumour-pic-share-1-hour = ¡Compártelo en 1 hora o quedas FUERA!
content-the-viral-rumour-choice-share-warning = Lo comparto, pero con «¡FALSO! ¡No lo intentéis!» arriba.
content-the-viral-rumour-feedback-share-warning = ¡Bien visto el peligro! Pero compartir un aviso también comparte el video, y algunos lo ven solo por curiosidad. El mejor aviso no pasa la publicación.
content-the-viral-rumour-choice-check-first = Espera. ¿Quién ha hecho esto? De momento no comparto nada.
content-the-viral-rumour-feedback-check-first = ¡Gran jugada de detective! Las publicaciones que te meten prisa, como «¡comparte en 1 hora!», suelen ser falsas. Mirar quién lo hizo antes de compartir frena los rumores.
content-the-viral-rumour-choice-share-now = ¡Lo comparto ya! Yo no me quedo FUERA, ni hablar.
content-the-viral-rumour-feedback-share-now = Una oportunidad para aprender: la publicación te metía prisa, y la prisa es un truco para que no pienses. Compartir sin comprobar puede difundir algo falso o peligroso.

content-the-viral-rumour-warned = Tu aviso se extiende rápido, pero lleva el video consigo. El domingo, chicos de otras clases lo están viendo «para ver qué es lo falso».
content-the-viral-rumour-checked = ¡Seamos detectives! La cuenta no tiene nombre real y tiene un día. La página real del streamer dice: «Ese no soy yo. Por favor, no lo intentéis». Es falso.
content-the-viral-rumour-pic-joined = Se unió hace 1 día
content-the-viral-rumour-pic-not-me = Ese no soy yo. Por favor, no lo intenten.

content-the-viral-rumour-sort = ¡Buen trabajo de detective! Durante el fin de semana aparecen más publicaciones en el chat de tu clase. ¿Dónde va cada una?
content-the-viral-rumour-post-rumour-from = Jo Ruiz
content-the-viral-rumour-post-rumour = ¡El amigo de mi primo dice que a partir del mes que viene saldremos a mediodía todos los viernes, porque los profes necesitan más tiempo para sus reuniones! ¡Qué ganas!
content-the-viral-rumour-post-rumour-why = Esta conviene comprobarla primero: el amigo de un primo no es una fuente real. Un profe o la página del colegio te pueden decir si es cierto.
content-the-viral-rumour-post-school-from = Colegio Las Colinas
content-the-viral-rumour-post-school = ¡Noticia genial! Nuestra clase ha ganado el concurso de lectura de la ciudad y la semana que viene vamos al museo de ciencias. Las cartas llegan el lunes: ¡compartid esto con vuestras familias!
content-the-viral-rumour-post-school-why = ¡Compártela sin problema! Viene de la página del propio colegio, la carta del lunes dirá lo mismo y es una buena noticia para toda la clase. Comprobar no es dudar de todo.
content-the-viral-rumour-post-mean-from = class5.laughs
content-the-viral-rumour-post-mean = Miren esta foto de { $classmate } cayéndose en el barro en el fútbol, jajaja. ¡Mándenla a todos para que la vea todo el colegio!
content-the-viral-rumour-post-mean-why = Esta no: está hecha para reírse de { $classmate }, y ese momento es suyo, no nuestro. Que se quede contigo es un gesto amable.
content-the-viral-rumour-post-cat-from = { $friend }
content-the-viral-rumour-post-cat = ¡Mil gracias a { $classmate } por ayudarme a buscar a mi gata toda la tarde! La encontramos dormida en una maceta. ¡Eres un crack!
content-the-viral-rumour-post-cat-why = Puedes compartirla: es amable, es verdad y { $friend } la publicó para que la viera todo el mundo. Las publicaciones amables sobre compañeros merecen circular.
content-the-viral-rumour-post-chain-from = Equipo de la app (oficial)
content-the-viral-rumour-post-chain = Mensaje del equipo de la app: desde el lunes esta app será de pago, a menos que envíes esto a 10 amigos esta noche. ¡Pásalo, porfa!
content-the-viral-rumour-post-chain-why = Este mensaje no es verdad, aunque ponga «oficial» en el nombre: las apps no dan noticias con cadenas, y «envíalo a 10 amigos» es justo como se extienden. Se puede parar contigo.

content-the-viral-rumour-shared = Tu publicación llega a 40 chicos en una hora. El hermano pequeño de { $friend } pregunta si él también puede intentarlo. Mucha gente cree al streamer falso.
content-the-viral-rumour-pic-seen-40 = Visto por 40
content-the-viral-rumour-pic-can-i-try = ¿Yo también puedo intentarlo?

content-the-viral-rumour-monday = Lunes. Todo el mundo sigue hablando del { $challenge }. En el recreo, { $classmate } dice que lo va a intentar después de clase.
content-the-viral-rumour-monday-trust = Estuviste de mi lado cuando circuló esa foto de bebé. ¡Después del { $challenge }, nadie me volverá a llamar bebé!
content-the-viral-rumour-monday-baby = Desde esa foto, todos me llaman «el bebé». ¡Después del { $challenge }, verán que no lo soy!
content-the-viral-rumour-baby-choice = Esa foto de bebé todavía persigue a { $classmate }. Tú te sumaste cuando circuló, y todos nos equivocamos a veces. No es tarde para arreglar tu parte. ¿Qué vas a hacer?
content-the-viral-rumour-choice-baby-own-up = Pido perdón a { $classmate } y se lo cuento al Prof. Silva.
content-the-viral-rumour-feedback-baby-own-up = ¡Así se arregla! Reconocerlo es valiente, y el Prof. Silva puede hacer que borren la foto y ayudar a { $classmate }. Arreglar un error es lo que cuenta.
content-the-viral-rumour-choice-baby-sorry = Le pido perdón a { $classmate }, solo entre nosotros dos.
content-the-viral-rumour-feedback-baby-sorry = ¡Pedir perdón es valiente, y a { $classmate } le importa! Pero la foto sigue circulando, y un profe puede ayudar a pararla para todos.
content-the-viral-rumour-choice-baby-quiet = Nada. Ningún profe se enteró nunca, así que ya pasó todo.
content-the-viral-rumour-feedback-baby-quiet = Una oportunidad para aprender: un error que nadie descubrió puede seguir doliendo. A { $classmate } aún lo llaman bebé, y un profe puede ayudar a pararlo. Nunca es tarde para reconocerlo.
content-the-viral-rumour-baby-silva = Gracias por tu sinceridad. Eso requiere valor, y no estás en problemas. Haré que borren esa foto y estaré pendiente de { $classmate }.
content-the-viral-rumour-baby-sorry = Gracias. Significa mucho. Pero la gente sigue pasando esa foto.
content-the-viral-rumour-baby-quiet = No dices nada. Alguien en la mesa de al lado susurra «bebé», y { $classmate } se queda mirando al suelo.
content-the-viral-rumour-ben = ¡Ven a grabarme haciendo el { $challenge } después de clase! ¡Va a tener un montón de likes!
content-the-viral-rumour-choice-film-ben = Vale, te grabo. Pero no lo subo a ningún sitio.
content-the-viral-rumour-feedback-film-ben = Una oportunidad para aprender: una cámara y un público pueden empujar a alguien a ir más lejos. No subirlo no hace la acrobacia menos peligrosa para { $classmate }.
content-the-viral-rumour-choice-warn-ben = Ni hablar. Te lo vuelvo a decir: es falso. Paso.
content-the-viral-rumour-feedback-warn-ben = ¡Bien visto el peligro, y lo dijiste! Pero { $classmate } podría intentarlo igual. Un profe puede asegurarse de que nadie se haga daño.
content-the-viral-rumour-choice-find-teacher = Voy a buscar al Prof. Silva ahora mismo.
content-the-viral-rumour-feedback-find-teacher = ¡Valiente y listo! Buscar a un adulto cuando alguien puede hacerse daño no es acusar. Protege a { $classmate }, y para eso están los adultos de confianza.

content-the-viral-rumour-filmed = Después de clase, { $classmate } lo intenta. Resbala y cae de golpe. Está bien, solo se raspa la rodilla, pero todos se quedan callados. El video está en tu móvil.
content-the-viral-rumour-walked-off = { $classmate } se encoge de hombros: «Vale, ya grabará otro». Después de clase, se junta un grupo en la puerta, con los móviles fuera.
content-the-viral-rumour-teacher-helps = Gracias por contármelo. No es acusar: quizá evitaste que alguien se hiciera daño. Hablaré con { $classmate } y avisaré a las otras clases de que es falso.

content-the-viral-rumour-crowd = { $classmate } está a punto de intentarlo, y nadie lo detiene. ¿Qué haces?
content-the-viral-rumour-choice-go-home = Me voy a casa. Ya le dije a { $classmate } que es mala idea.
content-the-viral-rumour-feedback-go-home = Una oportunidad para aprender: avisar a { $classmate } fue un buen comienzo, pero está a punto de intentarlo. Si alguien puede hacerse daño, busca a un adulto, aunque ya hayas hablado.
content-the-viral-rumour-choice-get-adult = Vuelvo corriendo a buscar al adulto más cercano.
content-the-viral-rumour-feedback-get-adult = ¡Qué rapidez! Un adulto puede pararlo como los chicos no pueden. Buscar ayuda cuando alguien puede hacerse daño nunca es acusar.
content-the-viral-rumour-choice-film-crowd = Me quedo y lo grabo todo. Eso ayudará si algo sale mal.
content-the-viral-rumour-feedback-film-crowd = Una oportunidad para aprender: grabar puede parecer útil, pero un público con móviles empuja a ir más lejos. Si algo puede salir mal, busca a un adulto, no una cámara.

content-the-viral-rumour-went-home = Te vas a casa. Más tarde te enteras de que pasó una madre y lo paró todo, así que nadie se hizo daño esta vez. Pero el { $challenge } sigue circulando.
content-the-viral-rumour-adult-stops = Gracias por avisarme tan rápido. No es acusar, es proteger a los demás. Todos adentro, por favor. Vamos a hablar de los retos falsos.
content-the-viral-rumour-filmed-crowd = { $classmate } lo intenta. Resbala y cae de golpe. Está bien, solo se raspa la rodilla, pero todos se quedan callados. Tu video sigue grabando.

content-the-viral-rumour-wobble-choice = Uf, { $classmate } está bien, pero ha faltado poco. El video está en tu móvil y podría animar a otros a intentarlo. ¿Y ahora?
content-the-viral-rumour-choice-show-silva = Nada de subirlo. Voy a ver al Prof. Silva.
content-the-viral-rumour-feedback-show-silva = ¡Así se arreglan las cosas! Fuera de internet nadie lo copia, y el Prof. Silva puede ver cómo está { $classmate } y avisar al colegio.
content-the-viral-rumour-choice-blur-post = Lo subo, pero con la cara de { $classmate } borrosa.
content-the-viral-rumour-feedback-blur-post = Una oportunidad para aprender: difuminar tapa una cara, no la acrobacia. Otros la ven y quieren copiarla, y los amigos saben igual que es { $classmate }.
content-the-viral-rumour-choice-delete-quiet = Lo borro y me callo. { $classmate } ya está bien.
content-the-viral-rumour-feedback-delete-quiet = Una oportunidad para aprender: borrarlo fue amable con { $classmate }. Pero el reto sigue circulando, y solo un adulto puede avisar a todos antes de que otro se haga daño.

content-the-viral-rumour-silva-late = Gracias por venir a contármelo. No estás en problemas. Veré cómo está { $classmate } y avisaré a las otras clases de que el { $challenge } es falso y peligroso.
content-the-viral-rumour-blurred = Aun borroso, todo el mundo sabe que es { $classmate }. El video se comparte y algunos comentan: «¡Yo lo hago mejor!»
content-the-viral-rumour-deleted-quiet = El video ya no está, { $classmate } está bien y todo se calma un tiempo. Pero ningún adulto lo sabe, y el { $challenge } sigue circulando.

content-the-viral-rumour-spread-choice = Uy. La publicación se extiende rápido, y algunos peques se la creen. Aún puedes ayudar. ¿Qué vas a hacer?
content-the-viral-rumour-choice-sorry-post = Borro mi publicación y pongo «¡Perdón, es falso!»
content-the-viral-rumour-feedback-sorry-post = ¡Borrarlo y reconocerlo fue valiente! Pero muchos ya vieron la publicación. Un adulto de confianza puede avisar a las familias y al colegio, y reportarla.
content-the-viral-rumour-choice-leave-it = Lo dejo como está. Contarlo solo me traería problemas.
content-the-viral-rumour-feedback-leave-it = Una oportunidad para aprender: todo el mundo comparte algo por error alguna vez. Contarlo no es para meterte en líos, es para que los peques no se hagan daño.
content-the-viral-rumour-choice-show-adult = Borro mi publicación y luego se la enseño a { $adult }.
content-the-viral-rumour-feedback-show-adult = ¡Qué valiente! Arreglar un error y pedir ayuda es lo que importa. Un adulto de confianza puede avisar a otras familias y reportar la publicación falsa.

content-the-viral-rumour-sorry-posted = Algunos responden «ah, vale». Pero la primera publicación sigue circulando, y el hermano pequeño de { $friend } todavía quiere intentarlo.
content-the-viral-rumour-left-up = La publicación falsa sigue extendiéndose. El lunes, chicos de tres colegios hablan de intentar el { $challenge }.
content-the-viral-rumour-adult-late = Gracias por enseñármelo. No estás en problemas, y este bulo lo hizo otra persona. Avisaré al colegio y a la familia de { $friend }, y reportaremos la publicación.

content-the-viral-rumour-spread-still = Tu perdón ayudó un poco. Pero algunos peques todavía se creen el bulo. ¿Y ahora?
content-the-viral-rumour-choice-friend-watch = Le voy a decir a { $friend } que aleje a su hermano de eso.
content-the-viral-rumour-feedback-friend-watch = Una oportunidad para aprender: { $friend } no puede vigilar todos los móviles. Los adultos pueden avisar a las familias, al colegio y a la app a la vez.
content-the-viral-rumour-choice-up-to-them = Ya pedí perdón. Lo demás les toca a los demás.
content-the-viral-rumour-feedback-up-to-them = Una oportunidad para aprender: tu perdón fue un gran comienzo. Pero el bulo sigue llegando a los peques, y un adulto puede pararlo para todos.
content-the-viral-rumour-choice-show-adult-now = Le enseño a { $adult } el bulo y lo que dijo el pequeño.
content-the-viral-rumour-feedback-show-adult-now = ¡Bien pensado! Enseñar la publicación ayuda a { $adult } a actuar rápido. Ir a un adulto de confianza no es meterse en líos: es arreglar las cosas.

content-the-viral-rumour-friend-watched = { $friend } intenta vigilar a su hermano. Pero el video está en muchos móviles, y no puede vigilarlos todos.
content-the-viral-rumour-still-spreading = El bulo sigue circulando. El hermano pequeño de { $friend } sigue preguntando por el { $challenge }, y ningún adulto lo sabe.
content-the-viral-rumour-adult-last = Gracias por enseñármelo. Lo has arreglado, y eso requiere valor. Hablaré con la familia de { $friend } y con el colegio, y reportaremos la publicación falsa.

content-the-viral-rumour-end-safe = No te dejaste engañar por el falso { $challenge }, y buscaste a un adulto de confianza antes de que nadie se hiciera daño. ¡Así actúa un buen detective de internet!
content-the-viral-rumour-end-mixed = Esta vez nadie se hizo daño grave. Pero ningún adulto de confianza sabe nada del falso { $challenge }, y sigue circulando. Podría volver a pasar.
content-the-viral-rumour-end-recovered = Te equivocaste, y luego lo arreglaste: dejaste de difundirlo y fuiste a un adulto de confianza. Ahora los mayores pueden avisar a todos. ¡Eso requiere valor!
content-the-viral-rumour-end-harmful = El falso { $challenge } sigue circulando, y más chicos podrían intentarlo. No es culpa tuya que alguien hiciera un bulo. Nunca es tarde: cuéntaselo a un adulto de confianza, que te ayudará a pararlo.
