# Contenido / valores: El feed del cuerpo perfecto (16-18 años)

content-the-body-image-feed-title = El feed del cuerpo perfecto
content-the-body-image-feed-summary = De repente, tu feed es todo «glow-ups» y transformaciones, y te está empezando a afectar a ti y a alguien cercano.
content-the-body-image-feed-remember = Los filtros, los retoques y las publicaciones pagadas no son la vida real. Cuida tu feed, protege tu sueño y habla con un adulto de confianza si te afecta a ti o a alguien cercano.

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = @GlowWithKai
content-the-body-image-feed-influencer-lexi = @LexiLevelsUp
content-the-body-image-feed-influencer-sol = @SolTransforms

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = Prof. Adeyemi (orientadora)

content-the-body-image-feed-intro = Es la 1 de la madrugada. La semana pasada viste un video de ejercicio en { $app }. Ahora todo tu feed son “transformaciones”, y llevas una hora deslizando. Veamos qué te está mostrando.
content-the-body-image-feed-post = Hace 30 días vs hoy. ¡Misma persona, energía nueva! Únete a mi Glow-Up de 30 días y etiqueta a 3 amigos que lo necesiten. El plan completo está en mi bio.

content-the-body-image-feed-spot = Se ve increíble, ¿verdad? Esa es la idea. Toca todo lo que hace que esta publicación sea menos real de lo que parece.
content-the-body-image-feed-card-title = { $influencer }, patrocinado
content-the-body-image-feed-card-body = Dos fotos lado a lado: “Día 1”, con la espalda encorvada y luz gris, y “Día 30”, posando con luz dorada.
content-the-body-image-feed-part-photo = Foto del “Día 30”: piel radiante y un marco de puerta que se curva
content-the-body-image-feed-feedback-photo = Sí. Un fondo curvado significa que el cuerpo se retocó con una app de edición, y una piel perfecta suele ser un filtro. La luz, la pose y el ángulo por sí solos pueden cambiar cómo se ve un cuerpo.
content-the-body-image-feed-part-sponsored = Texto pequeño bajo el nombre: “Colaboración pagada con Corevita Labs”
content-the-body-image-feed-feedback-sponsored = Exacto. “Colaboración pagada” significa que le pagan por venderte algo. Toda la historia es un anuncio, y los anuncios muestran la mejor versión de la verdad.
content-the-body-image-feed-part-claim = «¡Resultados garantizados en 30 días o te devolvemos el dinero!»
content-the-body-image-feed-feedback-claim = Exacto. Nadie puede garantizar cómo va a cambiar un cuerpo: los genes, la edad y la salud son distintos en cada persona. «Garantizado» es una frase de venta, no una prueba.
content-the-body-image-feed-part-link = “Mi plan en la bio: 40 % de descuento, solo hoy”
content-the-body-image-feed-feedback-link = Sí: un descuento que termina hoy está hecho para presionarte. Si alguien vende un plan, su “antes y después” también es publicidad.
content-the-body-image-feed-part-gym = Un estante de pesas al fondo
content-the-body-image-feed-feedback-gym = No es una pista. Mover el cuerpo e ir al gimnasio está genial. El problema son los retoques, los anuncios y la idea de que tu cuerpo es una foto de “antes”.
content-the-body-image-feed-part-follow = Botón de Seguir junto al nombre
content-the-body-image-feed-feedback-follow = No es una pista. Todas las cuentas tienen un botón de Seguir, sean honestas o no. Lo que importa es qué vende la publicación y cómo se hicieron las fotos.
content-the-body-image-feed-part-likes = 2143 me gusta, y los botones de comentar y compartir
content-the-body-image-feed-feedback-likes = Esto solo no es una pista. Los me gusta muestran que una publicación es popular, no que sea real: las fotos retocadas suelen tener más. Popular y verdadero no son lo mismo.
content-the-body-image-feed-pic-sponsored = Colaboración pagada con Corevita Labs
content-the-body-image-feed-pic-likes = 2143
content-the-body-image-feed-pic-day1 = Día 1
content-the-body-image-feed-pic-day30 = Día 30
content-the-body-image-feed-pic-claim = ¡Resultados garantizados en 30 días o te devolvemos el dinero!
content-the-body-image-feed-pic-link = Mi plan en la bio: -40 %, solo hoy

content-the-body-image-feed-challenge = ¡¡voy a hacer el glow-up de 30 días!! un selfie de progreso al día, y nos puntuamos. ¿te apuntas? podemos compararnos cada día
content-the-body-image-feed-choice-join = Lo hago contigo, así no tienes que hacerlo sin nadie al lado.
content-the-body-image-feed-feedback-join = Una oportunidad para aprender: acompañar es amable, pero puntuarse cada día convierte el cuerpo de cada quien en una competición. Ser buen apoyo a veces es decir «mejor no».
content-the-body-image-feed-choice-pass = Paso. Mira la puerta doblada en la foto del «después».
content-the-body-image-feed-feedback-pass = Con amabilidad y honestidad. Enseñar el retoque le da a { $friend } un motivo para no hacerlo, y decir no a puntuar cuerpos deja la comparación fuera de la amistad.
content-the-body-image-feed-choice-maybe = Quizás más tarde. Hoy estoy sin fuerzas para decidir nada.
content-the-body-image-feed-feedback-maybe = No apuntarte esta noche estuvo bien, y el cansancio es real. Pero «quizás» deja la puerta abierta, y { $friend } puede lanzarse sin ti. Un no claro con un motivo ayuda a las dos partes.

content-the-body-image-feed-friend-thinks = espera, ¿¿la puerta de verdad se dobla?? qué miedo. la verdad, desde que estos videos llenaron mi feed, me siento fatal conmigo.
content-the-body-image-feed-tagged = { $friend } empieza sin ti y te etiqueta en cada selfie. A la 1:30 de la madrugada te estás comparando con cada uno, y con { $influencer }.
content-the-body-image-feed-rated = Día 3. Tus selfies son públicos, cada uno etiquetado en tu gimnasio. Comentarios: «¿todavía sin cambios?». Pones tus fotos junto a las de { $influencer }. Son las 2 de la madrugada y sigues mirando.

content-the-body-image-feed-curate = Tu feed aprende de lo que ves, así que puedes enseñarle algo nuevo. Son casi las 2 de la madrugada. ¿Qué haces?
content-the-body-image-feed-choice-unfollow = Dejo de seguir a un par; eso ayudará. Luego sigo mirando.
content-the-body-image-feed-feedback-unfollow = Dejar de seguir es un comienzo. Pero el feed aprende de lo que ves, no de a quién sigues, así que seguir mirando te trae los mismos videos. Enséñale, y luego a dormir.
content-the-body-image-feed-choice-buy = Compro el plan ahora que está al 40 %. ¡Este verano, cambio total!
content-the-body-image-feed-feedback-buy = Una oportunidad para aprender: «solo hoy» está hecho para meterte prisa, y un plan de alguien a quien pagan por venderlo no es consejo de salud. Eso te lo da un médico, la enfermería escolar u orientación.
content-the-body-image-feed-choice-reset = Toco «No me interesa» en todo y apago el teléfono hasta mañana.
content-the-body-image-feed-feedback-reset = Eso es tomar el control. «No me interesa» le enseña al feed lo que no quieres, y dormir te recarga. Un cerebro cansado se toma esas imágenes mucho peor.
content-the-body-image-feed-reset-done = Por una vez duermes de verdad. A la mañana siguiente, tu feed muestra recetas, escalada y un perro en monopatín. Mucho mejor.
content-the-body-image-feed-same-again = Diez minutos después, cuentas nuevas llenan el hueco con los mismos videos. El feed aprendió de cuánto tiempo mirabas, no de a quién sigues. Te duermes a las 3.
content-the-body-image-feed-plan-bought = El «plan» es un archivo de ejercicios que encontrarías gratis, más una suscripción mensual que no viste. Las alertas empiezan a las 6: «¡No rompas tu racha!»
content-the-body-image-feed-pic-alarm-time = 6:00
content-the-body-image-feed-pic-streak = ¡No rompas tu racha!
content-the-body-image-feed-pic-plan-title = Glow-Up de 30 días
content-the-body-image-feed-pic-renews = Tu plan se renueva cada mes.

content-the-body-image-feed-next-day = ¿te puedo contar algo? no dejo de compararme con esos videos. ahora odio todas mis fotos. no se lo digas a nadie, porfa
content-the-body-image-feed-choice-together = Le pasa a mucha gente. ¿Vamos a ver a la Prof. Adeyemi a mediodía?
content-the-body-image-feed-feedback-together = Eso es amistad de verdad. Sentimientos así merecen llevarse a un adulto de confianza, e ir en compañía lo hace más fácil. Orientación escolar ayuda sin juzgar.
content-the-body-image-feed-choice-promise = No se lo diré a nadie, te lo prometo. Siempre puedes hablar conmigo.
content-the-body-image-feed-feedback-promise = Escuchar es amable, y { $friend } confió en ti. Pero una amistad no puede cargar con esto sin ayuda. Cuando alguien lo está pasando mal, acudir a un adulto de confianza no es traicionar su confianza.
content-the-body-image-feed-choice-plan-together = Igual yo. Compremos ese plan a la vez y nos animamos mutuamente.
content-the-body-image-feed-feedback-plan-together = Una oportunidad para aprender: un plan de un anuncio pagado no arreglará cómo se siente { $friend }, y hacerlo a la vez duplica la comparación. Sentimientos así necesitan a una persona real con quien hablar.
content-the-body-image-feed-counsellor-talk = Gracias por venir a hablar conmigo. Esos feeds están hechos para que no dejen de mirar, y muchos de esos cuerpos están retocados o pagados. Buscaremos apoyo en equipo, paso a paso.
content-the-body-image-feed-promise-kept = Una semana después, { $friend } cancela planes y pasa todas las tardes en el feed. «Estoy bien», dice. No lo parece.
content-the-body-image-feed-signed-up = Se apuntan a la vez. Para el viernes están comparando su progreso, las alertas de las 6 dicen «¡No rompas tu racha!», y se sienten peor.

content-the-body-image-feed-week-later = { $friend } te pidió guardar el secreto, y una semana después no está mejor. ¿Qué haces?
content-the-body-image-feed-choice-keep-word = Cumplo mi palabra. Si dice que está bien, le tengo confianza.
content-the-body-image-feed-feedback-keep-word = Una oportunidad para aprender: cumplir una promesa parece leal, pero algunos secretos pesan demasiado para una amistad. Nunca es tarde para hablar en compañía con un adulto de confianza.
content-the-body-image-feed-choice-see-counsellor = Hoy hablo con la Prof. Adeyemi y se lo digo a { $friend }.
content-the-body-image-feed-feedback-see-counsellor = Eso es cuidar, no traicionar. Nadie debería ocultar a los adultos de confianza algo que le hace daño. Decírselo a { $friend } mantiene la honestidad.
content-the-body-image-feed-counsellor-friend = Gracias por contármelo. No traicionaste a { $friend }: cuidaste de su bienestar. Hoy hablaré con calma con esa persona y buscaremos apoyo en equipo.
content-the-body-image-feed-alone-again = Guardas el secreto. { $friend } habla cada vez menos, y el feed sigue encendido a las 2 de la madrugada, en tu teléfono y en el de { $friend }.

content-the-body-image-feed-sango-checks = Me preocupas. Sentirte peor no es culpa tuya: estos feeds están hechos para que sientas que no eres suficiente. ¿Qué haces ahora?
content-the-body-image-feed-choice-delete-quiet = Borro la app una semana y me lo guardo todo para mí.
content-the-body-image-feed-feedback-delete-quiet = Un descanso de la app es un buen paso. Pero la presión no siempre se va con ella, y estás cargando con esto sin apoyo. Hablar con alguien ayuda a que el descanso funcione.
content-the-body-image-feed-choice-talk-late = Me desconecto ya y mañana temprano veo a la Prof. Adeyemi.
content-the-body-image-feed-feedback-talk-late = Eso es fortaleza, no debilidad. Un adulto de confianza puede ayudarte a cancelar cualquier suscripción, y un médico, la enfermería escolar u orientación pueden ayudarte con lo que sientes.
content-the-body-image-feed-choice-keep-going = Sigo adelante. Los resultados tardan, y rendirme no me ayudará.
content-the-body-image-feed-feedback-keep-going = Una oportunidad para aprender: si un feed te hace sentir peor, más de lo mismo no lo arregla. Tu cuerpo no es un proyecto que demostrar en línea, y nunca es tarde para hablar con alguien.
content-the-body-image-feed-talk-late = Me alegra mucho que hayas venido, y no estás en problemas. Esos feeds están diseñados para engancharte. Vamos a ajustar tu feed y tus alertas, cancelar cualquier suscripción y buscar apoyo en equipo.
content-the-body-image-feed-app-back = Cuatro días después la reinstalas «solo para mirar». El feed sigue exactamente donde lo dejaste, y la comparación también.
content-the-body-image-feed-spiral = Sigues. Deslizar sin parar, compararte y trasnochar ocupan cada vez más de tus días, y te sientes peor, no mejor.

content-the-body-image-feed-back-again = El descanso no funcionó. Es normal: estos feeds están hechos para atraerte de nuevo. ¿Y ahora?
content-the-body-image-feed-choice-on-my-own = No necesito ayuda. A partir de ahora, solo miraré menos.
content-the-body-image-feed-feedback-on-my-own = Una oportunidad para aprender: la fuerza de voluntad rara vez gana a una app diseñada por expertos para captar tu atención. Nunca es tarde para hablar con alguien de confianza.
content-the-body-image-feed-choice-tell-counsellor = Voy a ver a la Prof. Adeyemi y le explico lo que este feed me hace.
content-the-body-image-feed-feedback-tell-counsellor = Valiente e inteligente. Orientación, un médico o la enfermería escolar pueden ayudarte a romper ese enganche de verdad, y necesitar ayuda no significa que hayas fracasado.

content-the-body-image-feed-end-safe = Viste más allá de los filtros y los anuncios, y llevaste a { $friend } con alguien que de verdad puede ayudar. Nadie es una foto del «antes».
content-the-body-image-feed-end-mixed = Guardaste el secreto con lealtad, pero { $friend } sigue mal y ningún adulto lo sabe aún. No es tarde: orientación, un médico o la enfermería escolar pueden ayudar, y pueden ir en compañía.
content-the-body-image-feed-end-recovered = El feed te atrapó, y luego lo arreglaste: te alejaste y hablaste con alguien que podía ayudar. Eso es fortaleza, y tus noches vuelven a ser tuyas.
content-the-body-image-feed-end-harmful = El feed y la comparación ocupan cada vez más de tu vida. No es culpa tuya: estos feeds están hechos así. Nunca es tarde para hablar con un adulto de confianza, que te ayudará.

# Mi teléfono: las etiquetas del gimnasio en los selfies.
content-the-body-image-feed-trace-gym = Tus selfies del glow-up: públicos, cada uno etiquetado en tu gimnasio.
content-the-body-image-feed-trace-gym-advice = Cualquiera puede ver dónde entrenas y a qué hora sueles ir. Quita las etiquetas y desactiva la ubicación en tus publicaciones.
