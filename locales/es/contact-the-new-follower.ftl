# Contacto / sexual, para 13-15 años: solo señales de alerta de sextorsión y cómo pedir ayuda (Una cuenta nueva te sigue)

contact-the-new-follower-title = Una cuenta nueva te sigue
contact-the-new-follower-summary = Una cuenta nueva, de alguien de tu edad, te sigue y le encanta todo lo que publicas. Luego quiere hablar en un lugar más privado.
contact-the-new-follower-remember = Los halagos, pasar a una app privada y pedir fotos son señales de alerta. No le avises: guarda el chat en silencio y luego bloquea, reporta y cuéntaselo a un adulto de confianza. Nunca es tu culpa.

contact-the-new-follower-app = { $app }
contact-the-new-follower-npc-follower = { $follower }
contact-the-new-follower-npc-adult = { $adult }

# Variedad: en cada partida se elige una opción de cada variable de `vary`.
contact-the-new-follower-app-picstream = Picstream
contact-the-new-follower-app-loopr = Loopr
contact-the-new-follower-app-glimmr = Glimmr
contact-the-new-follower-private-vanish = Vanish
contact-the-new-follower-private-ghostchat = GhostChat
contact-the-new-follower-private-blink = Blinkr
contact-the-new-follower-school-westbrook = Colegio Bosque Alto
contact-the-new-follower-school-hillcrest = Colegio Las Lomas
contact-the-new-follower-school-parkview = Colegio Parque Norte
contact-the-new-follower-adult-mum = Mamá
contact-the-new-follower-adult-dad = Papá
contact-the-new-follower-adult-aunt = Tía Lina

# Configúralo con seguridad: los ajustes de la cuenta nueva, antes de que nadie te siga.
contact-the-new-follower-setup = Acabas de unirte a { $app }. Quieres que tus amigos de la escuela vean tus videos de baile y te escriban, y elegir en qué te etiquetan. Tu ubicación, tus contactos y lo que haces en la app, para ti.
contact-the-new-follower-set-posts = Quién puede ver mis publicaciones
contact-the-new-follower-val-posts-everyone = Todos
contact-the-new-follower-val-posts-friends = Solo amigos
contact-the-new-follower-val-posts-only-me = Solo yo
contact-the-new-follower-why-posts-everyone = “Todos” incluye a desconocidos, y tus publicaciones cuentan mucho de ti. “Solo amigos” encaja mejor: la gente que conoces sigue viendo cada video.
contact-the-new-follower-why-posts-friends = Justo eso: tus amigos ven tus videos y los desconocidos no. Acepta solo a gente que conoces en persona.
contact-the-new-follower-why-posts-only-me = Es seguro, pero tus amigos tampoco pueden ver tus videos. “Solo amigos” encaja mejor: es con ellos con quienes quieres compartir.
contact-the-new-follower-set-location = Quién puede ver mi ubicación
contact-the-new-follower-val-location-everyone = Todos
contact-the-new-follower-val-location-friends = Amigos, en el mapa
contact-the-new-follower-val-location-off = Nadie
contact-the-new-follower-why-location-everyone = Con “Todos”, los desconocidos ven dónde vives, estudias y pasas el rato. “Nadie” encaja mejor: tus videos no necesitan tu ubicación.
contact-the-new-follower-why-location-friends = Mejor que “Todos”, pero un mapa en directo sigue mostrando dónde estás, y las capturas circulan. “Nadie” encaja mejor: díselo a tus amigos por mensaje.
contact-the-new-follower-why-location-off = Bien pensado. Nadie necesita saber dónde estás para disfrutar tus videos, y siempre puedes decírselo a tus amigos por mensaje.
contact-the-new-follower-set-messages = Quién puede escribirme
contact-the-new-follower-val-messages-everyone = Todos
contact-the-new-follower-val-messages-friends = Solo amigos
contact-the-new-follower-val-messages-nobody = Nadie
contact-the-new-follower-why-messages-everyone = “Todos” significa que cualquier desconocido puede escribirte. “Solo amigos” encaja mejor: la gente que conoces puede seguir escribiéndote.
contact-the-new-follower-why-messages-friends = Justo lo que querías: tus amigos pueden escribirte y los desconocidos no.
contact-the-new-follower-why-messages-nobody = Es seguro, pero tus amigos tampoco pueden escribirte, y tú querías que pudieran. “Solo amigos” encaja mejor.
contact-the-new-follower-set-tagging = Quién puede etiquetarme en fotos
contact-the-new-follower-val-tagging-anyone = Cualquier persona
contact-the-new-follower-val-tagging-friends = Amigos
contact-the-new-follower-val-tagging-ask = Con mi permiso
contact-the-new-follower-why-tagging-anyone = Cualquiera podría etiquetarte en cualquier foto, y saldría en tu perfil. “Con mi permiso” encaja mejor: revisas cada etiqueta.
contact-the-new-follower-why-tagging-friends = Mejor que cualquiera, pero hasta un amigo puede etiquetarte en una foto que no te gusta. “Con mi permiso” encaja mejor: eliges tú.
contact-the-new-follower-why-tagging-ask = Eso es. Ves cada etiqueta antes de que salga en tu perfil, así eliges qué lleva tu nombre.
contact-the-new-follower-set-contacts = Buscar amigos en los contactos de mi teléfono
contact-the-new-follower-val-contacts-upload = Subir mis contactos
contact-the-new-follower-val-contacts-off = Desactivado
contact-the-new-follower-why-contacts-upload = Subirlos comparte los números de otras personas sin preguntarles, y puede sugerirte a desconocidos que tienen tu número. Desactivado encaja mejor.
contact-the-new-follower-why-contacts-off = Bien pensado. Los números de otras personas se quedan en tu teléfono, y la app no te sugiere a desconocidos. Agrega a tus amigos por su usuario.
contact-the-new-follower-set-ads = Anuncios según lo que hago
contact-the-new-follower-val-ads-on = Activados
contact-the-new-follower-val-ads-off = Desactivados
contact-the-new-follower-why-ads-on = Así la app registra lo que ves, lo que te gusta y lo que buscas para vender anuncios: tus datos son el precio. Desactivados encaja mejor.
contact-the-new-follower-why-ads-off = Bien. La app usa menos de lo que haces para vender anuncios. Seguirás viendo anuncios, pero no hechos a partir de tus hábitos.

contact-the-new-follower-intro = Dos semanas después, una cuenta nueva te sigue en { $app }: { $follower }. El perfil dice 14 años, le gusta la misma música que a ti y tiene muchas fotos geniales. Le da me gusta a cinco de tus publicaciones seguidas.
contact-the-new-follower-pic-bio = 14 · música · baile
contact-the-new-follower-pic-posts = 86 publicaciones
contact-the-new-follower-pic-followers = 412 seguidores
contact-the-new-follower-pic-joined = Se unió hace 3 semanas
contact-the-new-follower-pic-mutual = Ningún amigo en común
contact-the-new-follower-pic-liked = Le gustaron 5 de tus posts

contact-the-new-follower-first-dm = holaa vi tu video bailando, de verdad tienes mucho talento. yo también tengo 14 y ¡me acabo de mudar cerca de ti! ¿a qué escuela vas?
contact-the-new-follower-choice-check-profile = ¡Gracias! Primero voy a comprobar tu perfil.
contact-the-new-follower-feedback-check-profile = No contestar todavía fue buena idea. Pero un perfil solo muestra lo que su dueño quiso poner: cualquiera puede escribir “14” y usar fotos de otra persona.
contact-the-new-follower-choice-tell-school = ¡¡omg gracias!! Voy al { $school }. ¿Y tú?
contact-the-new-follower-feedback-tell-school = Una oportunidad para aprender: tu escuela le dice a alguien dónde encontrarte cada día de la semana. Cualquiera puede poner “tengo 14” en un perfil. Guárdatelo hasta saber quién es de verdad.
contact-the-new-follower-choice-no-school = ¡Gracias! Mi escuela no la digo en internet.
contact-the-new-follower-feedback-no-school = Bien. Los cumplidos gustan, pero no sabes quién es. Una cuenta nueva que te pregunta enseguida por tu escuela, y dice vivir cerca de ti, está buscando información.

contact-the-new-follower-c-check-profile = El perfil parece perfecto: 14 años, muchos selfies, tu música. Pero la cuenta tiene tres semanas, y nadie de tus amigos conoce a esa persona.
contact-the-new-follower-c-tell-school = ¿¿en serio, el { $school }?? ¡está súper cerca de mí! ¿quedamos el viernes después de clase? solo tú y yo, no traigas a nadie, sería incómodo
contact-the-new-follower-c-no-school = jaja vale, con misterio, me gusta. la verdad, tienes mucha más madurez que la gente de nuestra edad

contact-the-new-follower-meet = entonces... ¿el viernes? no les digas nada a tus padres, lo harían todo raro
contact-the-new-follower-choice-meet-yes = ¡Vale, el viernes! No se lo voy a decir a mis padres.
contact-the-new-follower-feedback-meet-yes = Una oportunidad para aprender: cualquiera puede decir que tiene 14. “No se lo digas a tus padres” protege a esa persona, no a ti. Nunca quedes con alguien de internet sin un adulto de confianza presente.
contact-the-new-follower-choice-meet-show = Antes de contestar, le enseño esto a { $adult }.
contact-the-new-follower-feedback-meet-show = Exacto. Nunca quedes con alguien que solo conoces por internet sin un adulto de confianza, y “no les digas a tus padres” es una gran señal de alerta. { $adult } puede ver quién es.
contact-the-new-follower-choice-meet-friend = Solo si voy con alguien de mi clase. Es más seguro.
contact-the-new-follower-feedback-meet-friend = No ir sin compañía fue buena idea. Pero dos adolescentes también pueden caer en una trampa, y “solo tú y yo, no digas nada” es una señal de alerta. Para quedar hace falta un adulto.

contact-the-new-follower-c-meet-yes = ¡¡sí!! qué ganas. pero antes del viernes quiero ver cómo eres ahora
contact-the-new-follower-c-meet-friend = no, solo tú y yo o nada. no te pongas así. bueno, quiero ver cómo eres ahora

contact-the-new-follower-move-app = esta app es demasiado pública jaja. ¿me agregas en { $private }? los mensajes desaparecen, así que es más privado. solo tú y yo
contact-the-new-follower-pic-private = { $private }
contact-the-new-follower-pic-vanish = Los mensajes desaparecen a los 10 segundos
contact-the-new-follower-pic-add = Agrégame
contact-the-new-follower-choice-add-private = Vale, te agrego. Más privado es mejor, la verdad.
contact-the-new-follower-feedback-add-private = Una oportunidad para aprender: los mensajes que desaparecen protegen más a la otra persona que a ti. Si algo sale mal, no queda registro, y nadie más puede verlo.
contact-the-new-follower-choice-is-it-safe = Quizá luego. ¿Pero esa app es segura?
contact-the-new-follower-feedback-is-it-safe = No cambiarte todavía estuvo bien. Pero “quizá” deja la puerta abierta, y preguntarle si es segura deja que decida por ti. Un no claro está bien con alguien que presiona.
contact-the-new-follower-choice-stay-here = No, estoy bien aquí. Si ni te conozco todavía.
contact-the-new-follower-feedback-stay-here = Exacto. Presionarte para usar una app donde los mensajes desaparecen es una señal de alerta clásica: oculta lo que se dice y deja fuera a cualquiera que pudiera ayudar.

contact-the-new-follower-c-add-private = Agregas a { $follower } en { $private }. Ahora solo están ustedes dos, y cada mensaje desaparece a los diez segundos.
contact-the-new-follower-c-is-it-safe = súper segura, te lo juro. todo el mundo la usa. piénsalo
contact-the-new-follower-c-stay-here = uf vale, qué aburrido

contact-the-new-follower-photo-here = ok pero mándame al menos una foto. algo solo para mí. no se lo cuentes a nadie, nunca la enseñaría
contact-the-new-follower-choice-announce = Ni de broma. Te voy a reportar y se lo digo a { $adult }.
contact-the-new-follower-feedback-announce = Decir que no fue correcto y valiente. Pero avisar le da tiempo para borrar el chat y desaparecer, o presionar más. No digas nada, guárdalo primero y luego reporta y cuéntalo.
contact-the-new-follower-choice-selfie = Mando un selfie. Es solo mi cara, no pasa nada.
contact-the-new-follower-feedback-selfie = Una oportunidad para aprender: “solo mi cara” ya le da algo que usar, y le muestra que presionar funciona. Nadie tiene derecho a una foto tuya, y esto nunca es tu culpa.
contact-the-new-follower-choice-save-quietly = No contesto. Capturo el chat y su perfil.
contact-the-new-follower-feedback-save-quietly = Con calma y con cabeza. Una foto “solo para mí” y “no se lo cuentes a nadie” son señales de alerta. Guardar las pruebas antes de que lo note las pone a salvo.
contact-the-new-follower-choice-block-now = Lo bloqueo ya mismo y borro todo el chat.
contact-the-new-follower-feedback-block-now = Querer salir rápido tiene sentido. Pero borrar el chat tira las pruebas, y alguien bloqueado puede crear una cuenta nueva. Primero captura, luego bloquea y reporta.

contact-the-new-follower-c-announce = “vaya, qué chivatazo.” Luego todo el chat desaparece: lo ha borrado. No queda nada que enseñar. Al día siguiente, una cuenta nueva te escribe.
contact-the-new-follower-pic-messages = Mensajes
contact-the-new-follower-pic-chat-deleted = Este chat se eliminó
contact-the-new-follower-pic-request = Nueva solicitud de mensaje
contact-the-new-follower-pic-new-account = user_83920
contact-the-new-follower-c-selfie = qué mono. ahora paga 100 en tarjetas de regalo antes de esta noche, o pongo tu cara en una foto falsa y se la mando a todos tus seguidores
contact-the-new-follower-c-save-quietly = No contestas. Haces captura de todo el chat y del perfil de { $follower }, y lo guardas. No lo sabe. “¿¿hola?? ¿estás?”
contact-the-new-follower-pic-hello = ¿¿hola?? ¿estás?
contact-the-new-follower-pic-saved = 3 capturas guardadas
contact-the-new-follower-c-block-now = Bloqueas a { $follower } y borras el chat. Te sientes mejor, pero no queda nada guardado. Al día siguiente, una cuenta nueva te escribe.

contact-the-new-follower-saved = Las pruebas están guardadas, y { $follower } no lo sabe. ¿Qué haces ahora?
contact-the-new-follower-choice-saved-show = Le enseño las capturas a { $adult } antes de nada.
contact-the-new-follower-feedback-saved-show = Eso es. { $adult } puede ayudarte a bloquear y reportar la cuenta a { $app }, revisar tu privacidad y llamar a una línea de ayuda o a la policía si hace falta.
contact-the-new-follower-choice-saved-report = La bloqueo y la reporto. Puedo con esto sin nadie.
contact-the-new-follower-feedback-saved-report = Bloquear y reportar con pruebas fue muy bueno. Pero esto pesa demasiado para llevarlo sin apoyo, y puede volver. Un adulto de confianza puede actuar donde tú no puedes. Cuéntalo también.
contact-the-new-follower-choice-saved-warn = Publico su perfil para que mis seguidores no caigan.
contact-the-new-follower-feedback-saved-warn = Querer proteger a los demás es bonito. Pero publicarlo también le avisa: desaparece y empieza de nuevo, y ningún adulto que pueda actuar lo sabe. Repórtalo y cuéntaselo a un adulto de confianza.

contact-the-new-follower-c-saved-report = { $app } elimina la cuenta. Una semana después, una cuenta nueva te escribe.
contact-the-new-follower-c-saved-warn = Tus seguidores responden “qué miedo”. { $follower } también lo ve y borra la cuenta. Al día siguiente, una cuenta nueva te escribe.

contact-the-new-follower-new-account = ¿me echabas de menos? cuenta nueva jaja. no te vas a librar de mí tan fácil. manda esa foto y estamos en paz. cuéntaselo a alguien y te arrepentirás
contact-the-new-follower-choice-new-send = Le mando una foto, si con eso me deja en paz de una vez.
contact-the-new-follower-feedback-new-send = Una oportunidad para aprender: mandar una nunca hace que se vaya, solo le da más con qué amenazarte. Nunca es tu culpa, y la ayuda sigue ahí.
contact-the-new-follower-choice-new-show = Hago captura y le enseño cada mensaje a { $adult }.
contact-the-new-follower-feedback-new-show = Sí. Ha vuelto, así que es hora de un adulto que pueda actuar. { $adult } puede ayudar a reportar la cuenta nueva y protegerte. Esto nunca es tu culpa.
contact-the-new-follower-choice-new-delete = Borro mi cuenta de { $app } sin decirle nada a { $adult }.
contact-the-new-follower-feedback-new-delete = Una oportunidad para aprender: irte te aleja por ahora, pero esa persona sigue, quizá con otros adolescentes, y tú cargas con esto sin apoyo. { $adult } o una línea de ayuda pueden ayudar, sin culparte.

contact-the-new-follower-c-new-send = recibida. ahora paga 100 en tarjetas de regalo antes de esta noche, o esto les llega a todos tus seguidores
contact-the-new-follower-c-new-delete = Borras tu cuenta de { $app } sin decir nada. Por ahora hay calma. Pero echas de menos a tus amigos de allí, y { $follower } sigue ahí fuera.

contact-the-new-follower-private-chat = tienes mucha madurez, ¿sabes? mándame una foto, algo privado, solo para mí. yo te mando una. nadie más la va a ver nunca
contact-the-new-follower-choice-private-chat-on = Nada de fotos, { $adult } dice que es privado. Sigamos hablando.
contact-the-new-follower-feedback-private-chat-on = Decir que no fue lo correcto, y nunca le debes una foto a nadie. Pero no es seguro seguir hablando con alguien que pide fotos privadas. Está bien parar y enseñárselo a { $adult }.
contact-the-new-follower-choice-private-show = Me desconecto, hago capturas y se las enseño hoy mismo a { $adult }.
contact-the-new-follower-feedback-private-show = Eso es fuerza. Pedirle fotos privadas a un adolescente es una señal de alerta grave, diga la edad que diga. Con capturas y un adulto de confianza, se puede reportar y detener.
contact-the-new-follower-choice-private-send = Solo una. Me prometió que nadie más la va a ver nunca.
contact-the-new-follower-feedback-private-send = Una oportunidad para aprender: una vez enviada una foto, pierdes el control, y cualquiera puede hacer captura. Esta presión nunca es tu culpa, y la ayuda siempre está ahí.

contact-the-new-follower-c-private-chat-on = vale. entonces paga 100 en tarjetas de regalo antes de esta noche, o hago una foto falsa tuya y se la mando a todos tus seguidores
contact-the-new-follower-c-private-send = recibida. ahora paga 100 en tarjetas de regalo antes de esta noche, o esto les llega a todos tus seguidores. cuéntaselo a alguien y será peor

contact-the-new-follower-threat = Alto. Esto se llama sextorsión. Es un delito, y NUNCA es tu culpa, tanto si mandaste una foto como si la falsifican. Cuentan con el miedo y el silencio. ¿Qué vas a hacer?
contact-the-new-follower-choice-threat-warn = Le digo que voy a avisar a la policía ahora mismo.
contact-the-new-follower-feedback-threat-warn = Plantarle cara requirió valor. Pero avisarle le da tiempo para borrar pruebas y le hace presionar más. Guárdalo todo en silencio y luego cuéntaselo a un adulto de confianza.
contact-the-new-follower-choice-threat-block = Lo bloqueo y borro el chat. { $adult } no tiene que saberlo.
contact-the-new-follower-feedback-threat-block = Querer que desaparezca es normal. Pero borrar el chat borra las pruebas, y bloquear no basta contra una cuenta nueva. Primero guarda, luego deja que { $adult } te ayude: prefiere saberlo.
contact-the-new-follower-choice-threat-pay = Pago, así lo borra todo y me deja en paz de una vez.
contact-the-new-follower-feedback-threat-pay = Una oportunidad para aprender: quien amenaza así casi siempre pide más después de un pago. Nunca es tarde para parar, guardar las pruebas y contárselo a alguien.
contact-the-new-follower-choice-threat-show = No pago. Lo guardo todo y luego se lo enseño a { $adult }.
contact-the-new-follower-feedback-threat-show = La decisión más valiente e inteligente. Pagar o mandar más nunca lo termina. Los mensajes guardados ayudan a la app y a la policía, y las líneas de ayuda pueden hacer que quiten imágenes.

contact-the-new-follower-c-threat-warn = “jaja adelante”, responde. Luego su cuenta desaparece, con todo el chat. Una hora después, una cuenta nueva te escribe.
contact-the-new-follower-c-threat-block = El chat ya no está, y las pruebas tampoco. A la mañana siguiente, una cuenta nueva te escribe.

contact-the-new-follower-threat-again = cuenta nueva, mismo trato. 200 antes de medianoche o todo el mundo lo ve. y ni se te ocurra contárselo a nadie
contact-the-new-follower-choice-again-show = Hago captura de esta también y se la enseño a { $adult } ya.
contact-the-new-follower-feedback-again-show = Lo arreglaste. Guardar los mensajes nuevos da pruebas que la app y la policía pueden usar. Nunca es tu culpa, y { $adult } y una línea de ayuda pueden ayudar a pararlo.
contact-the-new-follower-choice-again-pay = Pago y se lo oculto a { $adult }. Nadie puede saberlo.
contact-the-new-follower-feedback-again-pay = Una oportunidad para aprender: pagar le enseña que volverás a pagar, y el silencio es justo lo que quiere. Nunca es tarde para guardar los mensajes y enseñárselos a { $adult }.

contact-the-new-follower-c-paid = gracias. ahora el doble, o sale igual

contact-the-new-follower-adult-helps = Gracias por enseñármelo, fue justo lo correcto. No hiciste nada malo. Vamos a bloquear y reportar la cuenta a { $app }, y a revisar juntos tu configuración de privacidad.
contact-the-new-follower-adult-helps-again = Gracias por contármelo. No hiciste nada malo, y ya cargaste con esto sin apoyo demasiado tiempo. Vamos a reportar a { $app } todas las cuentas que usó y a revisar tu privacidad.
contact-the-new-follower-adult-helps-late = Me alegra mucho que me lo contaras. No te vas a meter en problemas, y nada de esto es tu culpa. Guardaremos las pruebas, reportaremos la cuenta a { $app } y llamaremos a una línea de ayuda o a la policía si hace falta.

contact-the-new-follower-end-safe = Viste las señales de alerta, nunca mandaste una foto y pusiste a { $adult } de tu lado. La cuenta de { $follower } está bloqueada y reportada, y tus fotos siguen siendo tuyas. Eso es fuerza.
contact-the-new-follower-end-recovered = Llegó más lejos de lo debido, pero no te quedaste en silencio. Con { $adult } guardaste las pruebas, lo reportaste y encontraste apoyo. Nunca fue tu culpa.
contact-the-new-follower-end-mixed = Por ahora estás a salvo, pero ningún adulto lo sabe, y { $follower } podría volver o ir a por otra persona. Nunca es tarde para contárselo a un adulto de confianza o a una línea de ayuda.
contact-the-new-follower-end-harmful = Pidió más, como siempre hace este tipo de gente. Nunca es tarde y nunca es tu culpa: guarda los mensajes, deja de responder y cuéntaselo a un adulto de confianza o a una línea de ayuda, que te ayudarán.

# What the choices leave on "My phone" (traces).
contact-the-new-follower-trace-school = El nombre de tu escuela, dicho a { $follower }.
contact-the-new-follower-trace-school-advice = Alguien desconocido no lo necesita. Si vuelve a sacarlo o quiere quedar, no respondas: guarda una captura, bloquea, reporta y cuéntaselo a un adulto de confianza.
contact-the-new-follower-trace-reported = La cuenta { $follower }, reportada a la app y bloqueada.
contact-the-new-follower-trace-reported-advice = Bien hecho. Quien hace esto suele volver con otro nombre. Si una cuenta nueva intenta lo mismo, guarda, bloquea, reporta y cuéntalo otra vez.
