# Contenido / valores: La noticia falsa (13-15 años)

content-the-fake-news-post-title = La noticia falsa
content-the-fake-news-post-summary = Una publicación viral dice que alguien famoso de la medicina encontró una cura milagrosa, y alguien de tu grupo quiere que todo el mundo la comparta.
content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
content-the-fake-news-post-name-drtruth = DrTruth_Official
content-the-fake-news-post-name-healthsecrets = health.secrets.now
content-the-fake-news-post-name-naturalfix = TheNaturalFix_
content-the-fake-news-post-doctor-osei = Dra. Amara Osei
content-the-fake-news-post-doctor-lenz = Dr. Paul Lenz
content-the-fake-news-post-doctor-chen = Dra. Mei Chen
content-the-fake-news-post-adult-mum = Mamá
content-the-fake-news-post-adult-dad = Papá
content-the-fake-news-post-adult-uncle = Tío Rafi
content-the-fake-news-post-intro = Sábado por la tarde. Estás mirando { $app } cuando aparece una publicación compartida 80 000 veces. { $friend } ya la compartió en el grupo de tu clase.
content-the-fake-news-post-the-post = ¡¡OMG, hay que leer esto!! Mi tía lleva meses enferma, NECESITA esto. ¡¡Que todo el mundo lo comparta, puede salvar vidas!!
content-the-fake-news-post-spot = Grandes promesas, grandes emociones. Antes de creerlo, toca todo lo que delata esta publicación.
content-the-fake-news-post-card-title = { $account }
content-the-fake-news-post-card-body = { $doctor }, de la tele, dice: “Toma solo Glow Tonic durante 3 días y nunca volverás a enfermarte.”
content-the-fake-news-post-part-account = { $account } - cuenta creada hace 6 días
content-the-fake-news-post-feedback-part-account = Una cuenta recién creada con noticias enormes de salud es una señal de alerta. Los médicos y los servicios de salud reales tienen un historial que puedes verificar.
content-the-fake-news-post-part-date = Publicado hoy, 16:02
content-the-fake-news-post-feedback-part-date = Esto solo no es una pista: las publicaciones verdaderas y las falsas tienen fecha. Importa mucho más quién la publicó y qué dicen otras fuentes.
content-the-fake-news-post-part-search = Botón de búsqueda, arriba
content-the-fake-news-post-feedback-part-search = No es una pista, ¡pero sí una buena idea! Buscar al médico y la afirmación fuera de la publicación es como de verdad se comprueba.
content-the-fake-news-post-part-shares = Compartido 80 mil veces
content-the-fake-news-post-feedback-part-shares = No es una pista ni a favor ni en contra: las publicaciones verdaderas y las falsas pueden compartirse mucho. Que se comparta mucho significa popular, no cierto.
content-the-fake-news-post-part-link = Consigue tu kit de 3 días: glowtonic-shop.biz, ¡solo 24.99!
content-the-fake-news-post-feedback-part-link = La publicación vende algo. Una cura milagrosa con un enlace a una tienda suele ser un anuncio disfrazado de noticia.
content-the-fake-news-post-part-wording = ¡Los médicos NO quieren que lo sepas! ¡¡¡Compártelo antes de que lo PROHÍBAN!!!
content-the-fake-news-post-feedback-part-wording = Las mayúsculas, los secretos y el “compártelo ya” están ahí para que sientas, no para que pienses. Los consejos de salud reales no necesitan presionarte.
content-the-fake-news-post-pic-joined = Se unió hace 6 días
content-the-fake-news-post-pic-shares = 80 mil
content-the-fake-news-post-pic-date = Hoy, 16:02
content-the-fake-news-post-pic-headline = ¡Los médicos NO quieren que lo sepas!
content-the-fake-news-post-pic-banned = ¡¡¡Compártelo antes de que lo PROHÍBAN!!!
content-the-fake-news-post-pic-link = glowtonic-shop.biz
content-the-fake-news-post-pic-price = 24.99
content-the-fake-news-post-pic-buy = Comprar ya

# Juega en el otro lado: crea una publicación de salud engañosa y luego dale la vuelta.
content-the-fake-news-post-craft-intro = ¿Quieres ver cómo se fabrican publicaciones así? Durante una ronda, estarás del otro lado. Es solo práctica y no se publica nada: cuando conoces los trucos, es mucho más fácil detectarlos.
content-the-fake-news-post-craft = Llevas una página de salud inventada. Tu publicación tiene espacio para solo dos partes. Lee quién la va a ver y elige lo que engañaría a cada uno.
content-the-fake-news-post-craft-what = Una publicación para la página inventada “Salud Milagrosa Hoy”
content-the-fake-news-post-t-crowd = Más de 2 millones de personas ya juran que funciona
content-the-fake-news-post-t-crowd-why = La multitud: “millones juran que funciona” usa a otras personas como prueba, y nadie puede contarlas. Cómo detectarla: que algo sea popular no significa que sea verdad.
content-the-fake-news-post-t-coat = Foto de un “médico” sonriente con bata blanca y el frasco en la mano
content-the-fake-news-post-t-coat-why = Falsa autoridad: una bata blanca toma prestada la confianza. Cómo detectarla: ¿dice el nombre del médico? ¿Su propia página dice lo mismo? Un disfraz no es una fuente.
content-the-fake-news-post-t-hurry = ¡Compártelo en la próxima hora, antes de que lo borren!
content-the-fake-news-post-t-hurry-why = Urgencia: “la próxima hora” no deja tiempo para pensar. Cómo detectarla: una noticia de salud real sigue siendo cierta mañana. Una cuenta atrás es motivo para ir más despacio.
content-the-fake-news-post-t-secret = ¡La verdad que esconden está enfermando a tu familia!
content-the-fake-news-post-t-secret-why = Emoción: el miedo y la rabia te hacen sentir antes de pensar. Cómo detectarla: si una publicación te acelera el corazón, es el momento de parar antes de compartir.
content-the-fake-news-post-t-study = Un enlace al estudio completo, para que cada uno lo lea por sí mismo
content-the-fake-news-post-t-study-why = Honesto: una fuente real no engaña a nadie, porque quien la sigue ve que la afirmación no está ahí. Las noticias de salud reales siempre dicen de dónde vienen.
content-the-fake-news-post-t-free = Frasco gratis para las primeras 100 personas que compartan
content-the-fake-news-post-t-free-why = Un premio: regalar cosas por compartir hace que una publicación corra, y suele ser demasiado bueno para ser verdad. Cómo detectarlo: pregúntate qué gana la página si compartes.
content-the-fake-news-post-t-honest = Sin rodeos: no lo cura todo, pregunta antes a tu médico
content-the-fake-news-post-t-honest-why = Honesto: “pregunta a tu médico” manda a la gente con alguien que sabe, y el truco deja de funcionar. Por eso las publicaciones falsas se saltan esa frase.
content-the-fake-news-post-p-joe = El abuelo José
content-the-fake-news-post-p-joe-about = Confía en un uniforme y un título: “estudiaron años, ellos saben”
content-the-fake-news-post-p-joe-why = El abuelo José respeta a quien se ha formado, y eso suele ser sensato. Un falso solo toma prestada la bata. Lo que lo protege: comprobar que el médico tiene nombre y existe, o preguntar a su médico.
content-the-fake-news-post-p-maya = Maya, 14 años
content-the-fake-news-post-p-maya-about = Sufre por su hermanito, que se enferma a menudo; actúa en cuanto lee algo
content-the-fake-news-post-p-maya-why = Maya quiere a su hermano, y preocuparse por alguien querido hace que cualquiera actúe rápido. Lo que asusta y el “hazlo ya” apuntan justo ahí. Una pausa es su mejor protección.
content-the-fake-news-post-p-sam = Sam, 15 años
content-the-fake-news-post-p-sam-about = Se apunta a lo que hacen sus amigos y se enfada enseguida con lo injusto
content-the-fake-news-post-p-sam-why = Sam va con sus amigos y odia las injusticias. “Todos lo comparten” y un furioso “nos ocultan la verdad” tiran de eso, y la gente comparte antes de comprobar. Así se construyó la publicación; no es culpa de Sam.
content-the-fake-news-post-craft-turn = Ahora dale la vuelta: estos trucos te apuntan cada día. Bata blanca, secreto que asusta, cuenta atrás: para, comprueba la fuente fuera de la publicación, pregunta a alguien de confianza y reporta lo falso.
content-the-fake-news-post-craft-back = De vuelta en { $app }, la publicación sigue en el grupo de tu clase: un “médico de la tele”, un gran secreto, “compártelo antes de que lo PROHÍBAN”. Ahora conoces esos trucos.
content-the-fake-news-post-remember = Antes de compartir, mira quién está detrás de una publicación y qué dice la fuente real: los comentarios y las veces compartida no prueban nada. Corrige a tus amigos en privado y reporta lo falso.
content-the-fake-news-post-part-photo = Foto: { $doctor } con una botella, la etiqueta pegada torcida
content-the-fake-news-post-feedback-part-photo = Mira con atención: una etiqueta pegada torcida es señal de una foto editada. Cualquiera puede copiar la foto de un médico real y pegarle su producto.

content-the-fake-news-post-check-choice = Algo no cuadra. Pero { $friend } no para de preguntarte si ya lo compartiste. ¿Qué vas a hacer?
content-the-fake-news-post-choice-comments = Comprobar en los comentarios si le funcionó a la gente.
content-the-fake-news-post-feedback-comments = No compartir todavía fue buena idea. Pero los comentarios están bajo la misma publicación, cualquiera puede escribir “funciona” y no ves quién es. Busca fuera de la publicación.
content-the-fake-news-post-choice-search = Verificar al médico y la afirmación en otra pestaña.
content-the-fake-news-post-feedback-search = Eso es lectura lateral, lo que hacen los verificadores: salir de la publicación y ver qué dicen otras fuentes del médico y de la afirmación. Una cuenta de 6 días no puede falsificar eso.
content-the-fake-news-post-choice-share = Lo dijo un médico de verdad, así que es seguro. ¡Lo comparto ya!
content-the-fake-news-post-feedback-share = Una oportunidad para aprender: la publicación solo dice que un médico lo dijo. Viene de una cuenta de 6 días con un enlace a una tienda. Querer ayudar es bonito: primero comprueba, luego decide.

content-the-fake-news-post-c-comments = Los primeros comentarios dicen “¡¡a mí me funcionó!!” y “¡curó a mi primo!”. No sabes quién los escribió, y sigues sin saber si algo de eso es verdad.
content-the-fake-news-post-c-search = ¡Aquí está! La página real de { $doctor } dice: “Yo nunca dije esto. Tomar solo tónico durante 3 días es peligroso.” Un servicio de salud dice que esa cura no existe.
content-the-fake-news-post-pic-search = { $doctor } Glow Tonic
content-the-fake-news-post-pic-doctor = { $doctor }
content-the-fake-news-post-pic-quote = Yo nunca dije esto.
content-the-fake-news-post-pic-quote-more = Tomar solo tónico durante 3 días es peligroso.
content-the-fake-news-post-pic-service = Servicio de salud
content-the-fake-news-post-pic-service-says = Esa cura no existe.

content-the-fake-news-post-sort = Ahora que conoces el truco, mira el resto de tu feed antes de volver al grupo de clase. ¿Dónde va cada publicación?
content-the-fake-news-post-post-weather-from = Servicio Meteorológico Local
content-the-fake-news-post-post-weather = Aviso por ola de calor el domingo y el lunes: hasta 38 °C. Bebed agua a menudo, quedaos a la sombra a mediodía y preguntad cómo están los vecinos mayores.
content-the-fake-news-post-post-weather-why = Buena para compartir: es la cuenta del propio servicio meteorológico, las noticias dicen lo mismo y los consejos son sencillos y no venden nada. Puede ayudar a la abuela de alguien.
content-the-fake-news-post-post-rumour-from = kiki.on.the.bus
content-the-fake-news-post-post-rumour = Dicen que el año que viene van a recortar dos semanas de vacaciones de verano. La madre de un colega trabaja en un insti y lo oyó en la sala de profes.
content-the-fake-news-post-post-rumour-why = Esta, compruébala primero: «alguien lo oyó» no es una fuente. Si fuera verdad, el instituto o el ministerio de educación lo dirían en sus propias páginas.
content-the-fake-news-post-post-tonic-from = Glow Deals Today
content-the-fake-news-post-post-tonic = ¡Glow Tonic me cambió la vida! Miren, hasta { $doctor } sale con una botella en esta foto. Con mi código GLOW50, a mitad de precio, solo hoy.
content-the-fake-news-post-post-tonic-why = Esta ya la comprobaste: la página real de { $doctor } dice que es falso. Un código de descuento y «solo hoy» la convierten en un anuncio, no en una noticia.
content-the-fake-news-post-post-friend-from = { $friend }
content-the-fake-news-post-post-friend = ¡Un aplauso para mi primita, que hoy ha aprobado el examen de natación después de un año entero intentándolo! ¡Qué orgullo, campeona!
content-the-fake-news-post-post-friend-why = Compártela: es amable, es verdad y se publicó para que todo el mundo la felicite. Comprobar con cuidado no es dudar de todo.
content-the-fake-news-post-post-poll-from = Página oficial de 3.º B
content-the-fake-news-post-post-poll = Encuesta: ¿quién es la persona más pesada de 3.º B? Jessi va ganando de lejos. ¡Votad y compartid, resultados el viernes!
content-the-fake-news-post-post-poll-why = Esta no: que el nombre suene oficial no cambia nada. La encuesta existe para hacer sentir mal a Jessi, y cada vez que se comparte se suma al acoso. Reportarla es una forma discreta de ponerte de su lado.
content-the-fake-news-post-post-library-from = Biblioteca Valleverde
content-the-fake-news-post-post-library = ¡Nuestra nueva sala juvenil abre el próximo sábado, con rincón de juegos, zona tranquila de estudio y una impresora 3D para probar! Apúntate con Marta en el mostrador o en nuestra web.
content-the-fake-news-post-post-library-why = Puedes compartirla: es la cuenta de la propia biblioteca, puedes comprobarlo en su web o en el mostrador, y es una buena noticia para la gente de tu edad.

content-the-fake-news-post-c-share = Lo que compartiste recibe 30 me gusta. Luego tu primo menor te escribe: “¿Dejo de comer y solo tomo el tónico? Tú lo compartiste, así que debe ser verdad.”

content-the-fake-news-post-still-unsure = ¿¿ya lo compartiste?? ¡mi tía pide el kit esta noche!
content-the-fake-news-post-choice-unsure-share = Mucha gente dice que funcionó. Yo confío. ¡Lo comparto!
content-the-fake-news-post-feedback-unsure-share = Una oportunidad para aprender: los comentarios y las veces compartida se pueden falsificar, y muchos no hacen verdad algo falso. La página del médico o un servicio de salud te dirán más.
content-the-fake-news-post-choice-unsure-search = Espera, primero verifico a { $doctor } fuera de aquí.
content-the-fake-news-post-feedback-unsure-search = Sí. Los comentarios no prueban algo de salud, pero la página del propio médico o un servicio de salud sí. Salir de la publicación es como se comprueba de verdad.

content-the-fake-news-post-kind-choice = De vuelta en el grupo de la clase, se están burlando de { $friend }: “jaja te crees cualquier cosa”, “imagínate caer en eso”. { $friend } se quedó en silencio.
content-the-fake-news-post-pic-group = Grupo de la clase
content-the-fake-news-post-pic-joke1 = jaja te crees cualquier cosa
content-the-fake-news-post-pic-joke2 = imagínate caer en eso
content-the-fake-news-post-choice-post-page = Publicar la página real en el grupo, para ayudar a todos.
content-the-fake-news-post-feedback-post-page = Frenar algo falso importa. Pero publicarlo mientras se burlan de { $friend } se suma al ataque. Un mensaje privado primero es más amable, y funciona mejor.
content-the-fake-news-post-choice-laugh = Mandar un emoji llorando de risa, como el resto.
content-the-fake-news-post-feedback-laugh = Una oportunidad para aprender: un ataque en grupo convierte un error en una humillación, y quien siente que se ríen de su persona casi nunca cambia de opinión. La amabilidad funciona mejor.
content-the-fake-news-post-choice-dm-page = Mandarle a { $friend } la página real por mensaje privado, sin bromas.
content-the-fake-news-post-feedback-dm-page = Amable e inteligente. Un mensaje privado con la fuente real deja que { $friend } cambie de opinión sin público. Cualquiera puede caer con una falsificación ingeniosa.

content-the-fake-news-post-c-post-page = La gente deja de compartirla. Pero las bromas empeoran: “hasta tus amigos piensan que te lo crees todo jaja”. { $friend } borra lo que compartió y se queda en silencio.
content-the-fake-news-post-c-laugh = Tu emoji recibe 20 risas. { $friend } sale del grupo de la clase. Más tarde te escribe: “creía que éramos amigos. mi tía todavía quiere probarlo.”
content-the-fake-news-post-c-dm-page = uf. gracias por no reírte de mí. ya borré lo que compartí.
content-the-fake-news-post-c-dm-page-quiz = y también tenías razón con la app de tests. Antes de compartir algo, lo miro contigo, prometido.

content-the-fake-news-post-aunt = mi tía ya pidió el kit. empieza mañana y no me hace caso...
content-the-fake-news-post-choice-aunt-report = Reportar la publicación y mandarle la página del médico.
content-the-fake-news-post-feedback-aunt-report = Genial. Reportar afirmaciones falsas de salud ayuda a que { $app } las elimine, y las palabras del propio médico pueden llegarle a la tía donde la preocupación no llega.
content-the-fake-news-post-choice-aunt-choice = Ya lo borraste. Lo que ella tome es cosa suya, ¿no?
content-the-fake-news-post-feedback-aunt-choice = Borrar lo que compartiste estuvo bien. Pero la publicación sigue vendiendo el kit, y la tía no ha visto los datos reales. Reportarla y mandarle la página real podría protegerla.
content-the-fake-news-post-choice-aunt-try = Hay que decirle que lo pruebe. Tres días no le harán daño.
content-the-fake-news-post-feedback-aunt-try = Una oportunidad para aprender: tomar solo una bebida durante 3 días puede enfermar a alguien, y una cura falsa puede sustituir la atención real. En temas de salud, guíate por un médico o un servicio de salud.

content-the-fake-news-post-c-aunt-report = ¡se lo mandé! primero va a preguntarle a su médico. y también reporté la publicación
content-the-fake-news-post-c-aunt-choice = Al día siguiente, { $friend } te escribe: “mi tía empezó con el tónico. está mareada y débil.”
content-the-fake-news-post-c-aunt-try = La tía empieza con el tónico y se salta las comidas. La publicación falsa sigue llegando a más familias.

content-the-fake-news-post-aunt-dizzy = dice que es la desintoxicación haciendo efecto. ¿¿me preocupo??
content-the-fake-news-post-choice-dizzy-detox = La desintoxicación cansa, ¿no? Que espere un día.
content-the-fake-news-post-feedback-dizzy-detox = Una oportunidad para aprender: “desintoxicación” es una palabra que usan las curas falsas para tapar señales de alerta reales. Mareada y débil significa médico ya. Un adulto de confianza puede ayudar.
content-the-fake-news-post-choice-dizzy-water = Hay que decirle que aguante. No hace falta preocupar a { $adult }.
content-the-fake-news-post-feedback-dizzy-water = Una oportunidad para aprender: “aguantar” es justo lo que quiere la publicación falsa. El mareo es una señal de alerta del cuerpo. Es justo el momento de preocupar a { $adult } y buscar a un médico.
content-the-fake-news-post-choice-dizzy-adult = ¡Sí! Le pedimos a { $adult } que la llame ahora mismo.
content-the-fake-news-post-feedback-dizzy-adult = Bien pensado. Cuando la salud de alguien está en riesgo, un adulto puede actuar rápido: llamar a la tía, a un médico o a una línea de salud. Reportar la publicación juntos evita que llegue a otros.

content-the-fake-news-post-c-dizzy-detox = Esperas. La tía acaba en el médico, débil y mareada, y la publicación sigue difundiéndose.
content-the-fake-news-post-c-dizzy-water = Ella sigue. Por la noche necesita un médico, y la publicación falsa se sigue compartiendo.
content-the-fake-news-post-c-dizzy-adult = Hiciste muy bien en contármelo. La llamo ahora y la llevo al médico. Luego reportamos esa publicación a { $app } juntos.

content-the-fake-news-post-fix-choice = Ay, no. La gente confía en lo que compartes, así que algo falso que viene de ti le parece verdad. Todavía estás a tiempo de arreglarlo. ¿Qué vas a hacer?
content-the-fake-news-post-choice-fix-leave = Lo dejo. Cada cual puede comprobarlo por su cuenta, ¿no?
content-the-fake-news-post-feedback-fix-leave = Una oportunidad para aprender: tu primo lo creyó porque lo compartiste tú, y la mayoría no comprueba nada. Las publicaciones falsas de salud hacen daño de verdad. Está bien cambiar de opinión.
content-the-fake-news-post-choice-fix-tell = Le escribo a mi primo “¡es falso!” y se lo enseño a { $adult }.
content-the-fake-news-post-feedback-fix-tell = Así se arregla. Tu primo oye la verdad de ti, y un adulto de confianza puede asegurarse de que esté bien y ayudar a reportar la publicación. A todo el mundo le engañan alguna vez.
content-the-fake-news-post-choice-fix-delete = Lo borro sin decir nada. { $adult } no se va a enterar.
content-the-fake-news-post-feedback-fix-delete = Borrarlo evita que se difunda desde ti. Pero tu primo y otras personas ya lo vieron y quizá lo crean. Una corrección breve y la ayuda de { $adult } les ayudarían a estar a salvo.

content-the-fake-news-post-c-fix-leave = Lo que compartiste sigue recibiendo me gusta. Tu primo se salta la cena por el tónico, y tres amistades más lo comparten desde tu página.
content-the-fake-news-post-c-fix-delete = Lo que compartiste desaparece. Pero a la mañana siguiente, tu primo te escribe: “Me salté el desayuno. ¡Hoy empiezo con el tónico!”

content-the-fake-news-post-fix-again = Tu primo todavía se lo cree, porque vino de ti. ¿Y ahora?
content-the-fake-news-post-choice-again-wait = Es solo un desayuno. Mañana se lo diré a { $adult }.
content-the-fake-news-post-feedback-again-wait = Una oportunidad para aprender: una comida saltada puede convertirse en tres días. Tu primo confía en ti, así que tus palabras pueden pararlo ahora, y { $adult } puede ayudar hoy, no mañana.
content-the-fake-news-post-choice-again-tell = Llamo a mi primo ya, y le pido a { $adult } que intervenga.
content-the-fake-news-post-feedback-again-tell = Lo arreglaste. Tu primo sabe que es falso, y un adulto puede asegurarse de que esté bien y ayudar a reportar la publicación. Reconocer un error es valiente.

content-the-fake-news-post-c-again-wait = A mediodía tu primo está tembloroso, y ha compartido la publicación con sus propias amistades.

content-the-fake-news-post-repair = A { $friend } le dolió, y lo falso sigue circulando. ¿Qué vas a hacer?
content-the-fake-news-post-choice-repair-report = Pedir perdón, mandar la página real y reportar la publicación.
content-the-fake-news-post-feedback-repair-report = Lo arreglaste. Una disculpa de verdad y la fuente real pueden arreglar una amistad, y reportar la publicación evita que lo falso llegue a más gente.
content-the-fake-news-post-choice-repair-joke = Relájate, era broma. Confía en mí, todo el mundo se estaba riendo.
content-the-fake-news-post-feedback-repair-joke = Una oportunidad para aprender: una broma solo es broma si todos se ríen, incluida la persona de la que se habla. Nunca es tarde para pedir perdón.

content-the-fake-news-post-c-repair-report = ok. gracias por pedir perdón, significa mucho. le enseñaré la página real a mi tía. yo también lo reporté.
content-the-fake-news-post-c-repair-joke = { $friend } no contesta. Se mantiene fuera del grupo de la clase, sin saber qué es verdad.

content-the-fake-news-post-adult-helps = Gracias por contármelo, eso requirió valor. Ya llamé a tu primo y está bien. Ahora vamos a reportar la publicación a { $app } y a publicar una breve corrección.

content-the-fake-news-post-end-safe = Comprobaste antes de creer, ayudaste a { $friend } con los datos reales, e hiciste que la cura falsa se reportara y que la tía recibiera consejo médico de verdad.
content-the-fake-news-post-end-recovered = Algo salió mal un momento, pero lo asumiste: llevaste la verdad a quienes confiaban en ti, y la publicación falsa está reportada. Eso requiere más valor que no equivocarse nunca.
content-the-fake-news-post-end-mocked = { $friend } siente una gran humillación y todavía medio se cree lo falso. Lo falso no es tu culpa, y nunca es tarde: pide perdón, manda la página real y pide ayuda a un adulto de confianza.
content-the-fake-news-post-end-harmful = La cura falsa se sigue difundiendo, y la gente la prueba en lugar de recibir atención real. Que te engañen no es tu culpa, y nunca es tarde: cuéntaselo a un adulto de confianza, que te ayudará, y reporta la publicación.
