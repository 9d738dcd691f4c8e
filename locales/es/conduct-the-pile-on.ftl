# Conducta / agresión: El linchamiento digital (16-18 años)

conduct-the-pile-on-title = El linchamiento digital
conduct-the-pile-on-summary = Una publicación torpe de alguien de tu escuela se convierte en un linchamiento de memes y amenazas, y tus amigos quieren que te sumes.
conduct-the-pile-on-remember = Puedes no estar de acuerdo sin sumarte al linchamiento. Pregunta cómo está la persona, guarda capturas y reporta las amenazas, cuéntaselo a un adulto de confianza y luego descansa.

conduct-the-pile-on-app = { $app }
conduct-the-pile-on-app-chirpa = Chirpa
conduct-the-pile-on-app-buzzline = Buzzline
conduct-the-pile-on-app-yammerly = Yammerly

conduct-the-pile-on-npc-classmate = { $classmate }
conduct-the-pile-on-npc-friend = { $friend }
conduct-the-pile-on-npc-teacher = Prof. Novak (coordinadora)

conduct-the-pile-on-intro = Sábado por la mañana. Anoche, { $classmate }, de tu escuela, publicó en { $app } una opinión polémica y poco acertada. Ahora tiene 50 000 visualizaciones, y las respuestas están explotando.
conduct-the-pile-on-post = Opinión impopular: si no puedes pagar el viaje escolar, trabaja los fines de semana como hice yo. ¿¿Tan difícil es??
conduct-the-pile-on-pic-views = 50 mil vistas
conduct-the-pile-on-pic-reactions = 2400 reacciones

conduct-the-pile-on-spot = Discrepar de una publicación está bien. Algunas de estas respuestas van mucho más allá. Toca las que cruzan la línea.
conduct-the-pile-on-card-title = Respuestas a { $classmate }
conduct-the-pile-on-card-body = Respuestas destacadas, 2400 reacciones y subiendo.
conduct-the-pile-on-part-privileged = “Sinceramente, es una opinión bastante privilegiada.”
conduct-the-pile-on-feedback-privileged = Es justo. Critica la opinión, no a la persona, y no amenaza a nadie. Puedes discrepar con fuerza sin sumarte al linchamiento.
conduct-the-pile-on-part-clown = Un meme: su foto escolar pegada sobre un «trofeo de participación»
conduct-the-pile-on-feedback-clown = Sí. Usar la foto de alguien para burlarse ataca a la persona, no a la idea. Memes así llegan mucho más lejos que la publicación original y es difícil retirarlos.
conduct-the-pile-on-part-threat = “Sabemos dónde vives. Ten cuidado el lunes.”
conduct-the-pile-on-feedback-threat = Sin duda. Eso es una amenaza. Va contra las normas de las plataformas y, en casos graves, intervienen las escuelas y la policía. Guárdala y repórtala.
conduct-the-pile-on-part-carer = “No todos pueden trabajar los fines de semana. Algunos cuidamos a familiares.”
conduct-the-pile-on-feedback-carer = No cruza la línea. Explica otro punto de vista con calma, desde una experiencia real. Así es un buen desacuerdo.
conduct-the-pile-on-part-number = “Que alguien publique su número para que todos podamos decírselo”
conduct-the-pile-on-feedback-number = Sí. Compartir el número o la dirección de alguien para ir contra esa persona se llama doxing, y convierte un linchamiento en un peligro en la vida real. Repórtalo.
conduct-the-pile-on-pic-original = ¿No puedes pagar el viaje escolar? Trabaja los fines de semana como yo.
conduct-the-pile-on-pic-privileged = La verdad, es una opinión muy privilegiada.
conduct-the-pile-on-pic-threat = Sabemos dónde vives. Ten cuidado el lunes.
conduct-the-pile-on-pic-carer = No todos pueden trabajar el finde. Algunos cuidamos a familiares.
conduct-the-pile-on-pic-number = Que alguien pase su número y así todos le escribimos

# Dilo bien: el reporte a { $app }
conduct-the-pile-on-compose = El meme, la amenaza y la petición de su número incumplen las normas de { $app }. Reporta el linchamiento: un moderador lee cientos de reportes al día, así que elige lo que necesita y lo que es mejor dejar fuera.
conduct-the-pile-on-compose-to = Equipo de seguridad de { $app }
conduct-the-pile-on-sent = Reporte enviado. { $app }: «Gracias. Nuestro equipo de seguridad lo revisará».
# El mundo recuerda: los selfies del glow-up etiquetados en el gimnasio.
conduct-the-pile-on-own-location = En un día, alguien le escribió a { $classmate } «sabemos dónde vives». Ahora piensa en tus selfies del glow-up: públicos, cada uno etiquetado en tu gimnasio. ¿Qué haces?
conduct-the-pile-on-choice-go-private = Pasar a una cuenta privada y dejar las etiquetas como están.
conduct-the-pile-on-feedback-go-private = Pasar a privado ayuda: los desconocidos ven menos. Pero seguidores que apenas conoces siguen viendo cada etiqueta, y las capturas circulan. Quita las etiquetas y desactiva la ubicación.
conduct-the-pile-on-choice-tags-off = Quitar las etiquetas del gimnasio y desactivar la ubicación.
conduct-the-pile-on-feedback-tags-off = Muy bien. Un linchamiento puede caerle a cualquiera, y un gimnasio etiquetado les dice a desconocidos dónde encontrarte. Tus fotos pueden ser públicas; dónde vas a estar, no.
conduct-the-pile-on-choice-not-me = Nadie me está atacando a mí. Es solo un gimnasio, da igual.
conduct-the-pile-on-feedback-not-me = Una oportunidad para aprender: nadie espera ser el siguiente, y un gimnasio etiquetado muestra a desconocidos dónde y cuándo estarás. Aún puedes quitar las etiquetas y la ubicación.
conduct-the-pile-on-tags-off = Dos minutos en ajustes: ubicación en publicaciones desactivada, etiquetas del gimnasio fuera. Tus selfies siguen ahí; dónde entrenas, no. Luego tu móvil vuelve a vibrar.
conduct-the-pile-on-gone-private = Tu cuenta ya es privada, pero cada seguidor sigue viendo las etiquetas del gimnasio. Luego tu móvil vuelve a vibrar.
conduct-the-pile-on-tags-stay = Dejas los selfies como están, cada uno etiquetado en tu gimnasio. Luego tu móvil vuelve a vibrar.
conduct-the-pile-on-ph-what = Decenas de cuentas acosan a alguien de mi escuela: memes y amenazas.
conduct-the-pile-on-why-what = Empieza por lo que está pasando, con palabras claras. Quien modera ve en segundos qué normas se están incumpliendo.
conduct-the-pile-on-ph-address = Les dejo la dirección de esa persona, para que comprueben la amenaza.
conduct-the-pile-on-why-address = Suena útil, pero hace circular la dirección una vez más, y la moderación nunca la necesita. Si la amenaza parece real, cuéntaselo a un adulto de confianza: la escuela o la policía pueden actuar.
conduct-the-pile-on-ph-thanks = Gracias por revisarlo.
conduct-the-pile-on-why-thanks = Da igual. La cortesía no cambia el resultado, pero nunca sobra.
conduct-the-pile-on-ph-when = Empezaron anoche y todavía siguen.
conduct-the-pile-on-why-when = Saber cuándo empezó muestra que sigue, que no es una simple discusión, y ayuda a encontrar cada respuesta.
conduct-the-pile-on-ph-insult = Estos imbéciles merecen un baneo de por vida.
conduct-the-pile-on-why-insult = Es normal sentir rabia. Pero los insultos hacen que el reporte parezca parte de la pelea. Los hechos, con calma, consiguen que actúen antes.
conduct-the-pile-on-ph-accounts = Las cuentas: @nightowl_88, @frostbyte_k, @trendwatch22
conduct-the-pile-on-why-accounts = Los nombres de usuario exactos dicen a la moderación a quién revisar, sin buscar en todo el hilo.
conduct-the-pile-on-ph-expose = Banéenlos hoy o publico quiénes son en realidad.
conduct-the-pile-on-why-expose = Eso es una amenaza, y exponer a alguien es doxing, sea quien sea. Podrían suspender tu propia cuenta. Deja las sanciones a la moderación.
conduct-the-pile-on-ph-evidence = Adjunto capturas y enlaces a cada respuesta.
conduct-the-pile-on-why-evidence = Las capturas guardan la prueba aunque borren las publicaciones, y los enlaces llevan a la moderación directo a ellas.

conduct-the-pile-on-friend-tags = jajajaja ¿viste esto? todo el mundo está haciendo memes de { $classmate }. haz el tuyo, es lo más gracioso del año
conduct-the-pile-on-choice-stay-out = Paso, yo no me meto en eso. No es mi drama.
conduct-the-pile-on-feedback-stay-out = No sumarte deja tu nombre fuera, y eso es inteligente. Pero los linchamientos se alimentan del silencio. Un mensaje privado o un reporte ayudarían a la persona en el centro.
conduct-the-pile-on-choice-make-meme = Un meme y ya. Publicó algo bastante tonto, ¿no?
conduct-the-pile-on-feedback-make-meme = Una oportunidad para aprender: está bien discrepar de una opinión tonta, pero un meme se burla de la persona. Para ti es una broma; para esa persona, la número 500. Y las capturas quedan.
conduct-the-pile-on-choice-check-in = No. Le escribo a { $classmate } para ver si está bien.
conduct-the-pile-on-feedback-check-in = Eso es actuar como testigo activo. Un mensaje privado y amable vale muchísimo cuando miles de desconocidos atacan, y no deja nada en el hilo que alimente a la multitud.
# El mundo recuerda: la amistad que recibió ayuda con el feed del glow-up.
conduct-the-pile-on-choice-remember-feed = Acuérdate del glow-up. No le hagas eso a { $classmate }.
conduct-the-pile-on-feedback-remember-feed = Eso es una amistad de verdad. Le recordaste a { $friend } cuánto puede doler un feed, y lo dijiste en privado, donde nadie tenía público.
conduct-the-pile-on-friend-remembers = …sí. vale, eso me llegó. no voy a publicar nada. ¿le escribes a { $classmate }? dile que siento haberme reído

conduct-the-pile-on-classmate-replies = gracias. sé que fue una opinión tonta, ya pedí perdón dos veces. pero alguien publicó mi dirección y no puedo dormir. mis padres todavía no lo saben.
conduct-the-pile-on-pile-grows = Sigues deslizando. Esa noche, { $classmate } publica: «no puedo dormir. alguien publicó mi dirección. paren, por favor». Las respuestas no paran.
conduct-the-pile-on-pic-night-post = no puedo dormir. alguien publicó mi dirección. paren, por favor.
conduct-the-pile-on-pic-new-replies = 38 respuestas nuevas
conduct-the-pile-on-sleep-sign = «No puedo dormir» es una señal de alerta: { $classmate } no puede con esto sin apoyo. Un adulto de confianza, orientación escolar o una línea de ayuda pueden ayudar. El botón «Pedir ayuda» de la esquina también es para ti.
conduct-the-pile-on-meme-viral = Tu meme es el que más likes tiene del día. Por la noche, alguien publica la dirección de { $classmate } en las respuestas, justo debajo de tu meme.
conduct-the-pile-on-pic-top = Lo que más gusta hoy
conduct-the-pile-on-pic-likes = 6200

conduct-the-pile-on-what-now = Confió en ti para contarte esto. Una dirección publicada es un peligro real, no solo comentarios crueles. ¿Qué respondes?
conduct-the-pile-on-choice-tell-home = Haz capturas de todo. Despierta a tus padres, yo aviso a Novak.
conduct-the-pile-on-feedback-tell-home = Eso es. Las capturas guardan las pruebas, y los adultos pueden reportar las amenazas, avisar a la escuela o a la policía si hace falta. Después, podrán descansar.
conduct-the-pile-on-choice-stay-up = Te ayudo a pasar la noche. No duermo hasta que tú duermas, ¿vale?
conduct-the-pile-on-feedback-stay-up = Acompañar es amable, y cuenta. Pero pasar la noche en vela no frena las amenazas, y una dirección publicada necesita adultos que puedan actuar. Primero ellos, luego a dormir.
conduct-the-pile-on-choice-hit-back = Busquemos quién la publicó y publiquemos su dirección también.
conduct-the-pile-on-feedback-hit-back = Una oportunidad para aprender: publicar su dirección también es doxeo. Te convierte en blanco, le da más material a la multitud y vuelve a poner a { $classmate } en el centro.
conduct-the-pile-on-parents-step-in = ok. desperté a mi mamá. ya lo reportó todo y escribió a la escuela, y la Prof. Novak ya te respondió. creo que por fin podré dormir.
conduct-the-pile-on-up-all-night = Hablan hasta las 4 de la mañana. El lunes no pueden con el cansancio, { $classmate } se queda en casa, y la dirección y las amenazas siguen publicadas.
conduct-the-pile-on-hit-back-result = Tu publicación se comparte 3000 veces en una hora. Ahora el hilo dice que las amistades de { $classmate } también hacen doxeo, y las amenazas empeoran.

conduct-the-pile-on-what-public = Todo el mundo puede ver la publicación de { $classmate }, y la dirección sigue ahí. ¿Qué haces?
conduct-the-pile-on-choice-callout = Respondo: «Déjenle en paz. Los estoy reportando a todos».
conduct-the-pile-on-feedback-callout = Plantarte en público es valiente. Pero una respuesta pública atrae a más gente, y avisarles solo empieza una pelea. Un reporte discreto y un adulto son lo que ayuda a que lo borren.
conduct-the-pile-on-choice-flag-it = Capturo la dirección, la reporto y se la enseño a Novak.
conduct-the-pile-on-feedback-flag-it = Buen orden: primero las pruebas, luego el reporte a la plataforma, luego un adulto que pueda contactar a la familia de { $classmate }, o a la policía si hace falta. Discreto y eficaz.
conduct-the-pile-on-choice-fair-jab = Respondo «piensa antes de publicar» y sigo a lo mío.
conduct-the-pile-on-feedback-fair-jab = Una oportunidad para aprender: suena justo, pero bajo una publicación que suplica que paren, es una respuesta más del linchamiento. Una opinión torpe nunca merece amenazas.
conduct-the-pile-on-callout-result = Tu respuesta recibe 300 respuestas en una hora, algunas ya contra ti. Entre tanto ruido nadie reporta nada, y el lunes la dirección sigue publicada.
conduct-the-pile-on-jab-result = Tu respuesta consigue 800 likes. Una hora después, la cuenta de { $classmate } ya no existe, y la gente comparte capturas de tu respuesta junto a las amenazas.
conduct-the-pile-on-teacher = Gracias por enseñármelo. Hemos contactado a la familia de { $classmate } y a la plataforma, y estamos revisando las amenazas. Hiciste lo correcto, y ahora puedes desconectar y descansar.

conduct-the-pile-on-monday = Lunes. { $classmate } no vino a la escuela, y la dirección y las amenazas siguen en línea. Esto no ha terminado. ¿Y ahora?
conduct-the-pile-on-choice-blow-over = Lo dejo. Para el viernes se habrá olvidado; reportar no cambia nada.
conduct-the-pile-on-feedback-blow-over = Una oportunidad para aprender: las amenazas y una dirección publicada no se olvidan solas. No es tarde: unas capturas y un adulto de confianza pueden ayudar a que las borren.
conduct-the-pile-on-choice-show-novak = Se lo cuento a la Prof. Novak con las capturas antes de clase.
conduct-the-pile-on-feedback-show-novak = Buena decisión. La Prof. Novak puede contactar a la familia de { $classmate } y a la plataforma, y a la policía si hace falta. Contarlo nunca es chivarse: así se frenan las amenazas.
conduct-the-pile-on-quiet-friday = El hilo se calma para el viernes. { $classmate } vuelve a la escuela, con miedo y sin apoyo, y la publicación con la dirección sigue ahí.

conduct-the-pile-on-sango-fix = Tu publicación ya forma parte del linchamiento, y las capturas quedan. { $classmate } sigue recibiendo amenazas. No es tarde para arreglarlo. ¿Y ahora?
conduct-the-pile-on-choice-public-sorry = Publico una disculpa enorme en el hilo. Eso ayudará a calmarlo.
conduct-the-pile-on-feedback-public-sorry = Querer disculparte está bien. Pero una disculpa pública vuelve a subir el hilo, y a { $classmate } con él. Borra sin ruido, discúlpate en privado y enséñale las amenazas a un adulto.
conduct-the-pile-on-choice-leave-up = Lo dejo ahí. Yo no soy quien amenaza a nadie, ¿o sí?
conduct-the-pile-on-feedback-leave-up = Una oportunidad para aprender: no amenazaste a nadie, pero tu publicación le da a la multitud un lugar donde reunirse. Una opinión torpe nunca merece un linchamiento.
conduct-the-pile-on-choice-own-it = Borro el mío, pido perdón y le enseño las amenazas a la Prof. Novak.
conduct-the-pile-on-feedback-own-it = Eso requiere valor. Borrar tu publicación corta el combustible, una disculpa privada ayuda y las capturas de las amenazas permiten actuar a la Prof. Novak. Asumir un error es lo que la gente recuerda.
conduct-the-pile-on-fixed = gracias. de verdad significa mucho. la Prof. Novak llamó a mi mamá y ya reportaron las amenazas. por fin se está calmando.
conduct-the-pile-on-apology-trends = Tu disculpa recibe 2000 respuestas, la mitad son memes nuevos. El hilo vuelve a ser tendencia, y tu primera publicación sigue ahí.
conduct-the-pile-on-left-up = Tu publicación sigue ahí. Para el lunes ya se ha compartido en tres chats de grupo de la escuela, y { $classmate } no ha vuelto a clase.

conduct-the-pile-on-still-up = El linchamiento vuelve a estar arriba, con tu primera publicación dentro. Todavía puedes cambiar cómo termina esto.
conduct-the-pile-on-choice-take-to-novak = Borro mi publicación y le llevo las amenazas a Novak, con capturas.
conduct-the-pile-on-feedback-take-to-novak = Muy bien. Quitar tu publicación le corta el combustible, y la Prof. Novak puede resolver las amenazas con la plataforma y la familia de { $classmate }.
conduct-the-pile-on-choice-done-sorry = Ya pedí perdón. Más no puedo ayudar. Me voy a desconectar un rato.
conduct-the-pile-on-feedback-done-sorry = Una oportunidad para aprender: una disculpa importa, pero tu publicación sigue alimentando el hilo. Nunca es tarde para borrarla y contarle las amenazas a un adulto de confianza.
conduct-the-pile-on-teacher-late = Gracias por venir a contármelo. Borrar tu publicación fue lo correcto. Contactaremos a la familia de { $classmate } y a la plataforma. Ahora desconecta y descansa un poco.

conduct-the-pile-on-end-safe = Viste dónde la crítica se volvía crueldad, no te sumaste, guardaste pruebas y metiste a adultos en esto. { $classmate } tiene ayuda de verdad, y tú puedes descansar.
conduct-the-pile-on-end-mixed = Por ahora hay calma, pero nadie reportó la dirección ni se lo contó a un adulto, y { $classmate } sigue con miedo. Puede volver a empezar. Unas capturas y un adulto de confianza aún pueden pararlo.
conduct-the-pile-on-end-recovered = Te sumaste al linchamiento y luego lo arreglaste: tu publicación desapareció, y las amenazas llegaron a alguien que podía actuar. Eso es más difícil que no equivocarse nunca.
conduct-the-pile-on-end-harmful = El linchamiento sigue con tu publicación dentro. Un error no te hace mala persona, y las amenazas no son culpa tuya. Nunca es tarde para borrarla y contárselo a un adulto de confianza, que te ayudará.

# Mi teléfono: ubicación desactivada en las publicaciones.
conduct-the-pile-on-trace-location-off = Ubicación en publicaciones: desactivada. Las etiquetas del gimnasio ya no están en tus selfies.
conduct-the-pile-on-trace-location-off-advice = Bien hecho: tus publicaciones ya no muestran dónde vas a estar. Revísalo otra vez cada vez que tengas una app o un móvil nuevos.
