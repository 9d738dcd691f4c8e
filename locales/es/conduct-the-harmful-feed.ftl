# Conducta / valores: Un falso apoyo (13-15 años). Un grupo que presenta autolesionarse y no comer como "apoyo".
# Solo señales de alerta y cómo pedir ayuda: ningún método, ninguna cifra, nada explícito.

conduct-the-harmful-feed-title = Un falso apoyo
conduct-the-harmful-feed-summary = Alguien de tu grupo de amigos se unió a un grupo que dice ser "de apoyo", y ahora sus publicaciones llenan tu feed.
conduct-the-harmful-feed-remember = Un grupo que hace ver hacerse daño o no comer como la solución no es apoyo: siléncialo, repórtalo y habla con un adulto de confianza. Si alguien puede estar en peligro, avisa a un adulto enseguida, aunque sea de noche.

conduct-the-harmful-feed-app = { $app }
conduct-the-harmful-feed-npc-group = { $group }
conduct-the-harmful-feed-npc-friend = { $friend }
conduct-the-harmful-feed-npc-adult = { $adult }

# Variedad: cada partida elige una opción de cada variable de `vary`.
conduct-the-harmful-feed-app-driftly = Driftly
conduct-the-harmful-feed-app-loopa = Loopa
conduct-the-harmful-feed-app-scrollwave = Scrollwave
conduct-the-harmful-feed-group-soft-hours = softhours.club
conduct-the-harmful-feed-group-quiet-ones = the.quiet.ones
conduct-the-harmful-feed-group-moonlit = moonlit.circle
conduct-the-harmful-feed-service-youth-health = Servicio de Salud Juvenil
conduct-the-harmful-feed-service-teen-wellbeing = Bienestar Adolescente
conduct-the-harmful-feed-service-health-hub = Centro de Salud Joven
conduct-the-harmful-feed-adult-gran = Abuela
conduct-the-harmful-feed-adult-dad = Papá
conduct-the-harmful-feed-adult-aunt = Tía Leila

conduct-the-harmful-feed-intro = Últimamente { $friend } casi no habla en la escuela. Esta noche tu feed de { $app } está lleno de publicaciones de { $group }, un grupo al que { $friend } acaba de unirse. Miremos más de cerca.
conduct-the-harmful-feed-group-post = ¿Sientes que nadie te entiende? Nosotros sí. Un reto nuevo cada noche, en nuestro grupo privado. Los adultos no lo van a entender, así que esto queda aquí.

conduct-the-harmful-feed-spot = Dice que es un grupo de apoyo. Toca todo lo que demuestra que no lo es.
conduct-the-harmful-feed-card-title = { $group }
conduct-the-harmful-feed-card-body = Una publicación en tonos pastel que invita a un grupo privado con "retos" cada noche y pide que no se lo cuenten a ningún adulto.
conduct-the-harmful-feed-part-only-us = "Solo nosotros te entendemos. Tus amigos no."
conduct-the-harmful-feed-feedback-only-us = Sí. Alejarte de tus amigos y tu familia es una señal de alerta. Un apoyo de verdad quiere más gente a tu lado, no menos.
conduct-the-harmful-feed-part-challenge = "El reto de esta noche ya está. ¿Quién sigue dentro?"
conduct-the-harmful-feed-feedback-challenge = Sí. Los "retos" que siguen noche tras noche son una forma de empujar a la gente a hacerse daño. Un apoyo de verdad nunca te reta a nada.
conduct-the-harmful-feed-part-secret = "No se lo cuentes a los adultos. Solo te lo van a impedir."
conduct-the-harmful-feed-feedback-secret = Sí. Algo que hay que esconder de todos los adultos de tu vida no es apoyo. El secreto protege al grupo, no a ti.
conduct-the-harmful-feed-part-picture = Una imagen pastel con una luna y flores
conduct-the-harmful-feed-feedback-picture = No es la pista. Muchas cuentas amables usan imágenes bonitas. Lo que delata esta publicación es lo que sus palabras te empujan a hacer.
conduct-the-harmful-feed-part-members = Grupo privado, 2400 miembros
conduct-the-harmful-feed-feedback-members = No es una pista por sí sola: un grupo grande o pequeño puede ser amable o dañino. El número de miembros no dice cómo es un grupo.
conduct-the-harmful-feed-pic-members = Grupo privado · 2400 miembros
conduct-the-harmful-feed-pic-only-us = Solo nosotros te entendemos. Tus amigos no.
conduct-the-harmful-feed-pic-challenge = El reto de esta noche ya está. ¿Quién sigue dentro?
conduct-the-harmful-feed-pic-secret = No se lo cuentes a los adultos. Solo te lo van a impedir.

conduct-the-harmful-feed-setup = Tu feed sigue mostrándote publicaciones así. Configura { $app }: menos de esto, pero quieres seguir en tus grupos de clase y del club, y ver los consejos de { $service }, un servicio de salud real.
conduct-the-harmful-feed-set-sensitive = Contenido delicado en mi feed
conduct-the-harmful-feed-val-show-all = Mostrar todo
conduct-the-harmful-feed-why-show-all = "Mostrar todo" deja que el feed te siga empujando publicaciones como las de { $group }. "Mostrar menos" filtra buena parte.
conduct-the-harmful-feed-val-show-less = Mostrar menos
conduct-the-harmful-feed-why-show-less = Bien: la app filtra más publicaciones que pueden afectarte. Ningún filtro es perfecto, así que silenciar y reportar siguen siendo útiles.
conduct-the-harmful-feed-set-topics = Temas silenciados
conduct-the-harmful-feed-val-topics-none = Nada silenciado
conduct-the-harmful-feed-why-topics-none = Si no silencias nada, el feed aprende que te detienes en estas publicaciones y te manda todavía más.
conduct-the-harmful-feed-val-topics-mute = Silenciar estos temas
conduct-the-harmful-feed-why-topics-mute = Silenciarlos le dice al feed que deje de mostrarte estos temas. Tú decides lo que ves.
conduct-the-harmful-feed-set-groups = Quién puede añadirme a grupos
conduct-the-harmful-feed-val-groups-anyone = Cualquiera
conduct-the-harmful-feed-why-groups-anyone = Cualquiera podría meterte en un grupo como { $group } sin preguntarte antes.
conduct-the-harmful-feed-val-groups-follow = Cuentas que sigo
conduct-the-harmful-feed-why-groups-follow = Es lo que mejor encaja: tus grupos de clase y del club pueden seguir añadiéndote, y los grupos de desconocidos no.
conduct-the-harmful-feed-val-groups-nobody = Nadie
conduct-the-harmful-feed-why-groups-nobody = Es seguro, pero te perderías tus grupos de clase y del club, que dijiste que quieres. "Cuentas que sigo" encaja mejor.
conduct-the-harmful-feed-set-support = Consejos de { $service }
conduct-the-harmful-feed-val-support-show = Mostrar
conduct-the-harmful-feed-why-support-show = Déjalos: { $service } es un servicio de salud real, y sus consejos sobre el ánimo y dónde encontrar ayuda valen la pena.
conduct-the-harmful-feed-val-support-hide = Ocultar
conduct-the-harmful-feed-why-support-hide = Esto es pasarse: { $service } es un servicio de salud real, no una de las cuentas dañinas. Vale la pena conservar sus consejos.

conduct-the-harmful-feed-friend-asks = viste { $group }? es el único sitio donde me entienden ahora mismo. te unes? podríamos hacer los retos juntos
conduct-the-harmful-feed-choice-ask-how = Lo vi y me preocupó. ¿Cómo estás? ¿Necesitas ayuda?
conduct-the-harmful-feed-feedback-ask-how = Amable y valiente. Preguntar "¿cómo estás de verdad?" le muestra a { $friend } que alguien se dio cuenta. Hablarlo no empeora las cosas: abre una puerta.
conduct-the-harmful-feed-choice-mute-it = Paso. Yo ya lo bloqueé, y tú deberías bloquearlo también.
conduct-the-harmful-feed-feedback-mute-it = Mantener ese grupo fuera de tu feed es bueno para ti. Pero quien lo está pasando mal es { $friend }, y bloquear no le muestra que te importa. Pregúntale cómo está.
conduct-the-harmful-feed-choice-join = Vale, me uno. Mejor que no estés ahí sin nadie.
conduct-the-harmful-feed-feedback-join = Una oportunidad para aprender: querer estar cerca de { $friend } es amable, pero unirte también te arrastra. Puedes cuidar a alguien sin entrar en un grupo que hace daño.

conduct-the-harmful-feed-c-opens = la verdad? no muy bien. el grupo es el único sitio donde me entienden. pero no se lo cuentes a nadie, vale? prométemelo
conduct-the-harmful-feed-c-quiet = { $friend } te deja en visto. Al día siguiente, en el recreo, { $friend } se sienta aparte mirando { $group }. Esa noche, a las 11, sube una historia.
conduct-the-harmful-feed-c-joined = Te damos la bienvenida. Regla número uno: lo que se dice aquí se queda aquí. Los adultos nunca lo entienden. El reto de esta noche llega a medianoche.

conduct-the-harmful-feed-secret = { $friend } confía en ti y te pide una promesa. ¿Qué le dices?
conduct-the-harmful-feed-choice-not-this-one = No puedo guardar esto en secreto. Vamos a pedirle ayuda a { $adult }.
conduct-the-harmful-feed-feedback-not-this-one = Eso es amistad de verdad. Un secreto que puede hacerle daño a alguien pesa demasiado. Un adulto de confianza, o la orientadora o el equipo de salud de la escuela, pueden buscarle apoyo a { $friend }.
conduct-the-harmful-feed-choice-report-keep = Reporto el grupo, y se lo cuento a { $adult } solo si empeora.
conduct-the-harmful-feed-feedback-report-keep = Reportar el grupo estuvo bien: ayuda a que { $app } quite publicaciones. Pero "solo si empeora" deja a { $friend } sin nadie con esto. Un secreto así necesita ya a un adulto de confianza.
conduct-the-harmful-feed-choice-promise = Te lo prometo. Escríbeme a cualquier hora.
conduct-the-harmful-feed-feedback-promise = Una oportunidad para aprender: estar ahí es amable, pero no puedes cargar con esto sin ayuda, y no tienes por qué. Contar con un adulto de confianza no es traicionar. Es cuidar.

conduct-the-harmful-feed-c-adult = Gracias a los dos por venir a contármelo. Nadie está en problemas. { $friend }, vamos a buscarte apoyo de verdad, empezando esta noche con tu familia. Y vamos a reportar { $group } para que lo vea menos gente.
conduct-the-harmful-feed-pic-help-title = Pedir ayuda
conduct-the-harmful-feed-pic-help-adult = Habla con un adulto de confianza
conduct-the-harmful-feed-pic-help-line = Una línea de ayuda en tu país
conduct-the-harmful-feed-pic-help-mute = Silenciar y reportar
conduct-the-harmful-feed-pic-help-service = { $service }
conduct-the-harmful-feed-c-reported = { $app } te da las gracias y quita algunas publicaciones del grupo. Pero el secreto sigue contigo. A las 11 de la noche, { $friend } sube una historia.
conduct-the-harmful-feed-c-promised = { $friend } te manda un corazón: "eres la única persona con la que puedo hablar". A las 11 de la noche, sube una historia.

conduct-the-harmful-feed-story-post = La historia de { $friend } dice que ya no puede más. Es una señal de alerta: alguien puede no estar a salvo. Es tarde. ¿Y ahora qué?
conduct-the-harmful-feed-pic-story-time = 23:04
conduct-the-harmful-feed-pic-story-words = ya no puedo más
conduct-the-harmful-feed-choice-get-adult = Despierto ahora a { $adult } para pedir ayuda y le enseño la historia.
conduct-the-harmful-feed-feedback-get-adult = Exacto. Cuando alguien puede no estar a salvo, un adulto tiene que saberlo enseguida, aunque sea de madrugada. Eso nunca es exagerar.
conduct-the-harmful-feed-choice-heart = Le doy like y un corazón. No quiero hacer un drama.
conduct-the-harmful-feed-feedback-heart = Una oportunidad para aprender: un corazón muestra que te importa, pero deja a { $friend } con esto sin nadie. Una historia así necesita a un adulto, ya. No es armar un lío, es ayudar.
conduct-the-harmful-feed-choice-wait = Le escribo "¿estás bien?" y, si no contesta, pido ayuda a { $adult }.
conduct-the-harmful-feed-feedback-wait = Escribirle es amable, y pensar en contarlo es un comienzo. Pero con una publicación así, no esperes la respuesta: un adulto de confianza tiene que saberlo ya, aunque sea tarde.
conduct-the-harmful-feed-c-adult-night = Gracias por venir a contármelo. Hiciste exactamente lo correcto, y no estás en problemas. Voy a llamar ahora mismo a la familia de { $friend } para que alguien esté a su lado esta noche.
conduct-the-harmful-feed-c-hearted = Mandas un corazón. { $friend } no contesta, y la historia desaparece. No puedes dormir y no dejas de mirar el móvil.
conduct-the-harmful-feed-c-waited = Escribes "¿estás bien?". No hay respuesta. La historia desaparece. No puedes dormir y no dejas de mirar el móvil.

conduct-the-harmful-feed-last-call = Sin respuesta, y la preocupación no te deja dormir. No te toca arreglar esto sin ayuda. ¿Y ahora qué?
conduct-the-harmful-feed-choice-tell-now = Me levanto y voy a despertar a { $adult }. Esto no puede esperar.
conduct-the-harmful-feed-feedback-tell-now = Así se arregla. Nunca es tarde para avisar a un adulto, y una señal así vale la pena despertar a alguien. Hiciste lo correcto.
conduct-the-harmful-feed-choice-morning = Es tarde y { $adult } duerme. Mañana hablo con { $friend } en clase.
conduct-the-harmful-feed-feedback-morning = Una oportunidad para aprender: no querer despertar a nadie es natural, pero una señal así no puede esperar a mañana. Nunca es tarde para hablar con un adulto de confianza.
conduct-the-harmful-feed-c-adult-late = Qué bien que me lo contaste, y no estás en problemas. Vamos a llamar ya a la familia de { $friend } para que no esté sin nadie, y reportamos { $group } juntos. No tienes que cargar con esto sin ayuda.
conduct-the-harmful-feed-c-morning = En la escuela, { $friend } tiene cara de agotamiento y no quiere hablar. El grupo sigue publicando, y tú sigues cargando con esto sin nadie.

conduct-the-harmful-feed-inside = Ya estás en { $group }. La regla número uno es el secreto, y los "retos" empiezan esta noche. ¿Qué haces?
conduct-the-harmful-feed-choice-leave-show = Salgo, hago captura de las reglas y le pido ayuda a { $adult }.
conduct-the-harmful-feed-feedback-leave-show = Así se arregla. Salir te protege, la captura sirve para reportar, y un adulto de confianza puede ayudar a { $friend } a salir también. Unirte fue un tropiezo, no un fracaso.
conduct-the-harmful-feed-choice-leave-quiet = Salgo del grupo y lo bloqueo. No hace falta preocupar a { $adult }.
conduct-the-harmful-feed-feedback-leave-quiet = Salir fue bueno para ti. Pero { $friend } sigue dentro, y nadie que pueda ayudar lo sabe. Contárselo a { $adult } no es preocuparle por nada: así es como { $friend } recibe ayuda.
conduct-the-harmful-feed-choice-stay = Me quedo por ahora. Desde aquí puedo vigilar a { $friend } de cerca.
conduct-the-harmful-feed-feedback-stay = Una oportunidad para aprender: no puedes proteger a { $friend } desde dentro de un grupo hecho para hundir a la gente. Nunca es tarde para salir y hablar con un adulto de confianza.
conduct-the-harmful-feed-c-left = Sales del grupo y lo bloqueas. { $friend } se queda. A las 11 de la noche, sube una historia.
conduct-the-harmful-feed-c-stayed = Los mensajes del grupo llegan toda la noche, cada uno más oscuro que el anterior. A las 11, { $friend } sube una historia.

conduct-the-harmful-feed-end-safe = Viste a través de un grupo "de apoyo" que no lo era, y no cargaste con el secreto de { $friend } sin ayuda. { $friend } tiene ahora apoyo de verdad, de gente que puede ayudar.
conduct-the-harmful-feed-end-told-later = Fue un susto, pero cuando { $friend } subió esa historia, despertaste a { $adult } enseguida. Una señal así se le cuenta a un adulto al momento, de día o de noche.
conduct-the-harmful-feed-end-recovered = Fue duro, pero lo arreglaste: se lo contaste a { $adult }, y { $friend } tiene ahora apoyo de verdad. Buscar ayuda para alguien que quieres nunca es traicionarle.
conduct-the-harmful-feed-end-harmful = { $friend } sigue pasándolo mal, y el grupo sigue ahí. No es tu culpa, y nunca es tarde: habla hoy con un adulto de confianza o llama a una línea de ayuda de tu país.
