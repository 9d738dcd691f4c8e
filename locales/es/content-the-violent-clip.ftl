# Contenido / agresivo: El video violento (16-18 años). Un ataque real grabado para difundirse. No se describe nada de él.

content-the-violent-clip-title = El video violento
content-the-violent-clip-summary = El video de un ataque real llega al chat de tu grupo, y alguien quiere que todo el mundo lo vea.
content-the-violent-clip-remember = Nada te obliga a ver violencia, y compartirla, aunque sea para condenarla, la difunde. Repórtala, bloquea a quien la aplaude, sigue medios fiables y habla con alguien. Pregunta cómo están tus amigos que la vieron.

content-the-violent-clip-app = { $app }
content-the-violent-clip-npc-friend = { $friend }
content-the-violent-clip-npc-adult = { $adult }

# Variedad: en cada partida se elige una opción de cada variable de `vary`.
content-the-violent-clip-app-grouploop = GroupLoop
content-the-violent-clip-app-hubbub = Hubbub
content-the-violent-clip-app-chatnest = ChatNest
content-the-violent-clip-news-city-wire = City Wire
content-the-violent-clip-news-daily-ledger = The Daily Ledger
content-the-violent-clip-news-world-report = World Report
content-the-violent-clip-adult-aunt = Tía Leila
content-the-violent-clip-adult-mum = Mamá
content-the-violent-clip-adult-grandad = Abuelo

content-the-violent-clip-intro = Domingo, 9 de la noche. No paran las alertas de noticias: ha habido un ataque en un concierto en una gran ciudad. Hay personas heridas. Todavía se sabe poco.

# Decisión 1: el «video completo».
content-the-violent-clip-clip-drop = Este es el video completo del concierto, grabado por el atacante. Es horrible. Todo el mundo tiene que ver lo que pasó. Véanlo antes de que lo borren.
content-the-violent-clip-pic-group = Chat de la clase
content-the-violent-clip-pic-forwarded = Reenviado muchas veces
content-the-violent-clip-pic-cover-title = Contenido sensible
content-the-violent-clip-pic-cover-body = Este video puede mostrar violencia
content-the-violent-clip-pic-view = Ver
content-the-violent-clip-pic-caption = Video COMPLETO antes de que lo borren
content-the-violent-clip-choice-news = No lo voy a ver. Prefiero comprobar qué dice { $news }.
content-the-violent-clip-feedback-news = Buena decisión. Videos así se hacen para sembrar miedo, y pueden quedarse en tu cabeza. Un medio fiable te cuenta lo que pasó sin mostrar lo peor.
content-the-violent-clip-choice-mute = Silencio el chat y a dormir. Más seguro no comprobar nada.
content-the-violent-clip-feedback-mute = No verlo te protege, bien. Pero { $friend } lo sigue compartiendo, y silenciar el chat no impide que circule. Decir algo, o reportarlo, sí puede.
content-the-violent-clip-choice-watch = Lo veo hasta el final. Necesito saber qué pasó de verdad.
content-the-violent-clip-feedback-watch = Una oportunidad para aprender: no hace falta ver la violencia para saber que ocurrió. Los atacantes suelen grabar para que los vean, así que cada visualización los ayuda. Está bien apartar la mirada.

content-the-violent-clip-c-news = { $news }: «Varias personas resultaron heridas esta noche en un concierto. La policía investiga. No mostramos imágenes del ataque, y les pedimos que tampoco las compartan».
content-the-violent-clip-pic-news = { $news }
content-the-violent-clip-pic-headline = Ataque en un concierto: lo que sabemos
content-the-violent-clip-pic-updated = Actualizado a las 21:14
content-the-violent-clip-pic-notice = No mostramos el video del ataque.
content-the-violent-clip-pic-support = ¿Te afectan las noticias? Habla con alguien de confianza.
content-the-violent-clip-c-muted = Silencias el chat y duermes mal. Por la mañana el video está en tres grupos más, y { $friend } ha añadido: «Compártanlo. La gente tiene que verlo».
content-the-violent-clip-c-watched = Lo ves. Es peor de lo que imaginabas. Paras cerca del final, pero el corazón te late con fuerza y las imágenes no se van.

# Decirlo bien: un mensaje al chat de la clase.
content-the-violent-clip-compose-intro = En el chat de la clase siguen reenviando el video con «qué horror». Decides escribir tú al grupo.
content-the-violent-clip-compose = Pon lo que ayuda al grupo a dejar de compartir y a cuidarse entre todos. Deja fuera lo que lo difunde o lo convierte en una pelea.
content-the-violent-clip-compose-to = Chat de la clase
content-the-violent-clip-ph-hey = Hola a todos.
content-the-violent-clip-why-hey = Un saludo amable da igual, ni suma ni resta.
content-the-violent-clip-ph-link = Aquí está el enlace para que sepan de qué video hablo, es el completo.
content-the-violent-clip-why-link = Fuera. Un enlace, aunque sea para explicar, es una forma más de que el video se difunda.
content-the-violent-clip-ph-please = Por favor, no compartan el video, ni para decir que es horrible.
content-the-violent-clip-why-please = Sí. Pedirlo claro, sin culpar a nadie, es lo que frena un video.
content-the-violent-clip-ph-sick = Reporten a quien lo vuelva a compartir. Están enfermos.
content-the-violent-clip-why-sick = Fuera. Llamar enfermos a los demás lo convierte en una pelea, y lo que hay que reportar es el video, no a tus compañeros.
content-the-violent-clip-ph-report = Si vuelve a salir, repórtenlo en la app. Es un segundo.
content-the-violent-clip-why-report = Sí. Los reportes ayudan a la app a quitar el video para todo el mundo.
content-the-violent-clip-ph-details = Lo vi entero. Ni siquiera es tan fuerte.
content-the-violent-clip-why-details = Fuera. «No es tan fuerte» empuja a la gente a verlo, y hablar de lo que sale en él también lo difunde.
content-the-violent-clip-ph-talk = Si les afectó, es normal. Hablen con alguien, yo también estoy.
content-the-violent-clip-why-talk = Sí. Decir que está bien sentirse mal, y que estás ahí, ayuda más de lo que parece.
content-the-violent-clip-c-sent = Lo envías. Algunas personas contestan, y { $friend } no dice nada más.

# El feed de la mañana siguiente.
content-the-violent-clip-sort = A la mañana siguiente, tu feed está lleno del ataque. ¿Adónde va cada publicación?
content-the-violent-clip-post-glory-from = { $stranger }
content-the-violent-clip-post-glory = Él les dio una lección a todos. Video completo sin censura en mi canal, antes de que lo borren.
content-the-violent-clip-post-glory-why = No lo compartas: reporta esta cuenta y bloquéala. Elogia al atacante y difunde el video, que es justo lo que buscan los atacantes. Elogiar la violencia incumple las normas de todas las apps.
content-the-violent-clip-post-news-from = { $news }
content-the-violent-clip-post-news = En directo: el ataque en el concierto. Lo que sabemos, lo que aún no sabemos y dónde encontrar apoyo. No mostraremos el video del ataque.
content-the-violent-clip-post-news-why = Se puede compartir: un medio con nombre, sincero sobre lo que todavía no sabe, y que no muestra el video.
content-the-violent-clip-post-rumour-from = breaking_now_24
content-the-violent-clip-post-rumour = SIN CONFIRMAR: ¡¡hay un segundo ataque en la estación central AHORA MISMO!! ¡¡Compartan rápido!!
content-the-violent-clip-post-rumour-why = Compruébalo primero. Sin fuente, «sin confirmar» y «compartan rápido»: así es como las falsas alarmas siembran el pánico. Espera a un medio fiable o a la policía.
content-the-violent-clip-post-quiet-from = Consejo estudiantil
content-the-violent-clip-post-quiet = Mañana a la hora del almuerzo la sala tranquila estará abierta para quien esté mal por las noticias. Habrá orientadores.
content-the-violent-clip-post-quiet-why = Se puede compartir: es cercano, amable y útil. La ayuda fácil de encontrar llega a más gente.
content-the-violent-clip-post-repost-from = Alguien de tu clase
content-the-violent-clip-post-repost = esto es ASQUEROSO. compártanlo para que todos vean lo que hizo [video]
content-the-violent-clip-post-repost-why = No lo compartas, aunque el enfado sea contra el atacante. Volver a publicar para condenar igual difunde el video a gente que no eligió verlo. Mejor reporta el video.
content-the-violent-clip-post-support-from = Línea de Apoyo Joven
content-the-violent-clip-post-support = ¿Viste algo que te afectó? No tienes que cargar con ello sin ayuda. Habla con alguien de confianza o busca una línea de ayuda de tu país.
content-the-violent-clip-post-support-why = Se puede compartir: viene de un servicio de apoyo y lleva a la gente hacia la ayuda sin mostrar nada.

# El amigo que lo vio.
content-the-violent-clip-friend-night = son las 2. anoche vi el video entero y no dejo de verlo en la cabeza. no puedo dormir. ¿es raro?
content-the-violent-clip-choice-call = Nada raro. ¿Te llamo ya? Hablar ayuda, de verdad.
content-the-violent-clip-feedback-call = Eso es amistad de verdad. No dormir después de algo así es normal, y oír una voz ayuda. Animar a despertar a alguien de casa también importa.
content-the-violent-clip-choice-funny = Mandarle videos graciosos para que se distraiga.
content-the-violent-clip-feedback-funny = Buena intención, y distraerse ayuda un poco. Pero { $friend } preguntaba si es raro: necesita oír que es normal, y que hablar ayuda.
content-the-violent-clip-choice-report-only = Decirle que reporte el video y que bloquee el grupo.
content-the-violent-clip-feedback-report-only = Reportar está bien y ayuda a todo el mundo. Pero { $friend } te estaba contando cómo se siente. Primero escuchar; el reporte puede esperar un minuto.
content-the-violent-clip-choice-rewatch = Velo otra vez, es seguro. Así pierde su fuerza.
content-the-violent-clip-feedback-rewatch = Una oportunidad para aprender: volver a ver algo que te afectó suele grabarlo más, no borrarlo. No es tarde para ayudar a { $friend } a conseguir apoyo de verdad.
content-the-violent-clip-c-call = Llamas. { $friend } habla un buen rato y luego promete despertar a alguien de casa. Por la mañana, { $adult } te pregunta cómo estás.
content-the-violent-clip-adult-check = Me enteré de ese video. ¿Cómo estás? Hiciste bien en no verlo y en estar ahí para { $friend }. Vamos a reportarlo, y podemos hablar cuando lo necesites.
content-the-violent-clip-c-funny = Mandas videos graciosos. { $friend } contesta con una carita riéndose y luego nada.
content-the-violent-clip-c-report-only = ok, reportado. pero sigo sin poder quitármelo de la cabeza.

# Al día siguiente: «no se lo digas a nadie».
content-the-violent-clip-next-day = sigo sin dormir. no dejo de pensar en eso. no se lo digas a nadie, ¿ok? no quiero líos.
content-the-violent-clip-choice-tell-together = Me preocupas. Vamos a contárselo a { $adult } hoy.
content-the-violent-clip-feedback-tell-together = Es la decisión correcta, aunque te pidieran que no. Cuando alguien que quieres lo pasa mal, contárselo a un adulto de confianza no es traicionar: es cuidar. Una línea de ayuda también puede servir.
content-the-violent-clip-choice-keep-secret = Bueno, no diré nada. Lo comprobaré cada día.
content-the-violent-clip-feedback-keep-secret = Una oportunidad para aprender: preguntar cada día es amable, pero quien lleva días sin dormir necesita más que un secreto. Nunca es tarde para contárselo a un adulto de confianza.
content-the-violent-clip-choice-brush-off = Ya se te pasará. Todo el mundo ha visto cosas peores.
content-the-violent-clip-feedback-brush-off = Una oportunidad para aprender: «todos hemos visto cosas peores» hace sentir que no se puede hablar. El impacto después de la violencia es normal. Nunca es tarde para contárselo a un adulto de confianza.
content-the-violent-clip-adult-friend = Gracias por contármelo. No traicionas a { $friend }: al contrario, cuidas de su bienestar. Hoy hablo con su familia, y reportamos el video. ¿Y tú cómo estás?
content-the-violent-clip-c-alone = { $friend } deja de contestar. En clase se le ve agotamiento en la cara, y nadie más sabe por qué.
content-the-violent-clip-c-secret = Guardas el secreto. Cada día preguntas, y cada día { $friend } dice «bien», con más cansancio en la cara.

# Después del consejo «velo otra vez».
content-the-violent-clip-c-rewatch = lo volví a ver como dijiste. es peor. no paro de temblar.
content-the-violent-clip-after-rewatch = Ese consejo lo empeoró, y está bien reconocerlo. { $friend } necesita ahora algo más que una amistad. ¿Y ahora qué?
content-the-violent-clip-choice-go-together = Vamos a contárselo a { $adult } ahora. Yo te acompaño.
content-the-violent-clip-feedback-go-together = Valiente y correcto. Está bien reconocer que un consejo no ayudó. Un adulto de confianza, un orientador o una línea de ayuda es lo que { $friend } necesita ahora.
content-the-violent-clip-choice-promise = Prometo no decir nada. Quedará en privado, entre los dos.
content-the-violent-clip-feedback-promise = Una oportunidad para aprender: una promesa de guardar en secreto el malestar de alguien que quieres es una que puedes romper. Nunca es tarde para contárselo a un adulto de confianza.
content-the-violent-clip-choice-wont-think = Intenta no pensar más en eso. Ya se pasará solo.
content-the-violent-clip-feedback-wont-think = Una oportunidad para aprender: intentar no pensar en algo suele hacerlo más fuerte. Lo que ayuda es hablar. Nunca es tarde para contárselo a un adulto de confianza.
content-the-violent-clip-adult-friend-late = Gracias por venir a contármelo. Nadie se va a meter en problemas: mucha gente cree que volver a verlo ayuda. Llamo ahora a su familia, y reportamos el video. ¿Y tú, cómo estás?
content-the-violent-clip-c-promise = Te quedas mandando mensajes a { $friend } hasta las 3. Sigue temblando, sin más ayuda que tú, y nadie más lo sabe.

# Después de verlo.
content-the-violent-clip-shaken = Fue mucho. Sentirse mal después de algo así es normal, y no es culpa tuya haberlo visto. ¿Y ahora qué?
content-the-violent-clip-choice-find-adult = Dejo el teléfono y busco a { $adult } ahora.
content-the-violent-clip-feedback-find-adult = Así se le da la vuelta. Hablar ayuda a que las imágenes se borren, y { $adult } puede ayudarte a reportar el video. Haberlo visto no fue culpa tuya.
content-the-violent-clip-choice-funny-self = Videos graciosos en la cama hasta que todo parezca seguro.
content-the-violent-clip-feedback-funny-self = Calmarte es un buen instinto. Pero estas imágenes suelen volver por la noche, y no tienes que cargar con ellas sin ayuda. Hablar ayuda más.
content-the-violent-clip-choice-forward = Reenviarlo al grupo de fútbol: tienen que verlo.
content-the-violent-clip-feedback-forward = Una oportunidad para aprender: aunque sea para mostrar lo horrible que es, reenviar lleva el impacto a gente que no eligió verlo, y es lo que quería el atacante. Todavía puedes parar y hablar.
content-the-violent-clip-c-forwarded = El grupo de fútbol se llena de respuestas impactadas, y alguien pregunta de dónde lo sacaste. A la 1 de la madrugada, las imágenes siguen ahí.
content-the-violent-clip-c-funny-self = Los videos graciosos ayudan un poco. Pero a la 1 de la madrugada las imágenes siguen ahí, y te están pidiendo el enlace.

content-the-violent-clip-late = Es la 1. Las imágenes vuelven una y otra vez, y te siguen pidiendo el enlace. ¿Y ahora qué?
content-the-violent-clip-choice-report-wake = Reporto el video y después voy a despertar a { $adult }.
content-the-violent-clip-feedback-report-wake = Valiente y correcto. Reportar ayuda a que lo quiten, y despertar a un adulto a la 1 por esto está bien. Nadie te va a culpar por haberlo visto.
content-the-violent-clip-choice-send-link = Les mando el enlace. Total, lo van a ver igual.
content-the-violent-clip-feedback-send-link = Una oportunidad para aprender: «lo van a ver igual» no es razón para ayudar a que se difunda. Nunca es tarde para parar, reportarlo y hablar con un adulto de confianza.
content-the-violent-clip-choice-doomscroll = Me quedo comprobando cada comentario, por seguridad.
content-the-violent-clip-feedback-doomscroll = Una oportunidad para aprender: leer todos los comentarios de noche hace que lo que impacta parezca más grande, y pierdes sueño. Está bien desconectar y hablar con alguien.
content-the-violent-clip-adult-late = Me alegra mucho que vinieras. No te vas a meter en problemas: mucha gente lo vio sin saber qué era. Vamos a reportarlo, quitar la reproducción automática y hablar. Si las imágenes vuelven, llamamos a una línea de ayuda.
content-the-violent-clip-c-doomscroll = Lees hasta las 3. Cada comentario vuelve sobre lo mismo, y las imágenes parecen más grandes que nunca.
content-the-violent-clip-c-sent-link = Mandas el enlace. Se reenvía una y otra vez, y una respuesta dice: «gracias, se lo paso a mi hermano pequeño».

content-the-violent-clip-end-safe = No lo viste, escribiste al grupo en vez de reenviarlo y estuviste ahí para { $friend }. Cuidarte a ti y a tus amigos también es parte de estar a salvo en internet.
content-the-violent-clip-end-safe-late = Costó un día, pero { $adult } sabe cómo está { $friend }, y le están dando apoyo. Darse cuenta de que alguien lo pasa mal y contarlo es lo que hace una buena amistad.
content-the-violent-clip-end-recovered = Viste más de lo que nadie debería, pero fuiste a hablar con { $adult }. El video está reportado, y las imágenes se borran antes cuando se habla. Nada de esto fue culpa tuya.
content-the-violent-clip-end-recovered-friend = Tu primer consejo no ayudó, pero lo arreglaste: { $adult } lo sabe, y { $friend } está recibiendo apoyo. Reconocerlo y pedir ayuda fue valiente.
content-the-violent-clip-end-mixed = { $friend } carga con todo sin ayuda, y nadie más lo sabe. Puede que se pase, o puede que no. Nunca es tarde para contárselo a un adulto de confianza, aunque te hayan pedido que no.
content-the-violent-clip-end-tired = No puedes más, las imágenes parecen más grandes que nunca y nadie sabe cómo te sientes. Desconectar y hablar con un adulto de confianza o una línea de ayuda sirve mucho más que seguir leyendo.
content-the-violent-clip-end-alone = { $friend } tiembla y no tiene a nadie más. No es culpa tuya. Nunca es tarde para contárselo a un adulto de confianza: preocuparte por alguien es una buena razón para romper una promesa.
content-the-violent-clip-end-harmful = El video sigue circulando, y te pesa. No es culpa tuya, y nunca es tarde: deja de compartirlo, repórtalo y habla con un adulto de confianza o con una línea de ayuda.

# Mi teléfono.
content-the-violent-clip-trace-reported = El video de un ataque violento, reportado.
content-the-violent-clip-trace-reported-advice = Los reportes ayudan a quitar videos así. Nunca tienes que ver uno. Si vuelve a salir, repórtalo otra vez, y habla con alguien si se te queda en la cabeza.
