# Contenido / agresión: El video que da miedo (9-12 años)

content-the-scary-video-title = El video que da miedo
content-the-scary-video-summary = Terminan tus dibujos animados y empieza solo un video que da miedo. ¿Qué puedes hacer cuando algo en internet te asusta?
content-the-scary-video-remember = Está bien sentir miedo, y nunca es tu culpa. Haz captura del título, ciérralo, cuéntaselo a un adulto de confianza y nunca les pases videos de miedo a los más pequeños.

content-the-scary-video-app = { $app }
content-the-scary-video-app-vidbloom = VidBloom
content-the-scary-video-app-clipnest = ClipNest
content-the-scary-video-app-toonstream = ToonStream
content-the-scary-video-cartoon-bunnies = Conejitos Saltarines
content-the-scary-video-cartoon-robots = Amigos Robots
content-the-scary-video-cartoon-dinos = Dinoamigos
content-the-scary-video-adult-dad = Papá
content-the-scary-video-adult-grandma = Abuela
content-the-scary-video-adult-aunt = Tía Lina

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-friend = { $friend }

content-the-scary-video-intro = ¡Hola, soy yo, Sango! Es una tarde de lluvia y estás viendo { $cartoon } en { $app }. ¡Los dibujos animados son divertidos! Los veré contigo.
content-the-scary-video-autoplay = El episodio termina. Antes de que puedas tocar nada, el siguiente video empieza solo. Parece { $cartoon }, pero la música da escalofríos y los colores son oscuros.

content-the-scary-video-spot-video = ¡Espera! Este empezó solo. Juguemos a ser detectives. Toca las partes que muestran que NO es de verdad un video para niños.
content-the-scary-video-card-title = A continuación: reproducción automática activada
content-the-scary-video-card-body = Este video empezó solo después de tus dibujos animados.
content-the-scary-video-part-thumbnail = Imagen: { $cartoon } con ojos rojos brillantes y dientes grandes
content-the-scary-video-feedback-thumbnail = ¡Bien visto! Que tus personajes favoritos parezcan aterradores es una señal de alerta. Algunos videos copian dibujos infantiles para colarse entre lo que ves.
content-the-scary-video-part-title = Título: ¡¡¡NO VAS A DORMIR ESTA NOCHE!!! NO LO VEAS A SOLAS
content-the-scary-video-feedback-title = ¡Sí! Las mayúsculas a gritos y el “no vas a dormir” están ahí para impactarte. Unos dibujos animados de verdad no necesitan asustarte para conseguir clics.
content-the-scary-video-part-channel = Canal: xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = ¡Bien visto! El canal real de { $cartoon } usa el nombre de la serie. Este es una copia, así que siempre fíjate en quién hizo el video.
content-the-scary-video-part-label = Etiqueta: Hecho para niños
content-the-scary-video-feedback-label = ¡Correcto! Cualquiera puede ponerle la etiqueta “para niños” a un video. Si la imagen y el título dan miedo, la etiqueta no dice la verdad.
content-the-scary-video-part-views = 2 millones de vistas
content-the-scary-video-feedback-views = No es una pista. Muchas vistas solo significan muchos clics. No te dice si un video es amable o da miedo, así que fíjate en las otras partes.
content-the-scary-video-part-buttons = Botones: me gusta, compartir y descargar
content-the-scary-video-feedback-buttons = No es una pista. Todos los videos tienen estos botones, sean amables o den miedo. No te dicen cómo es el video, así que fíjate en las otras partes.
content-the-scary-video-part-autoplay = Interruptor de autorreproducción: activado
content-the-scary-video-feedback-autoplay = Bien pensado, pero no tiene que ver con este video: la autorreproducción pone el siguiente, sea amable o dé miedo. Un adulto puede ayudarte a apagarla.
content-the-scary-video-pic-title = ¡¡¡NO VAS A DORMIR ESTA NOCHE!!! NO LO VEAS A SOLAS
content-the-scary-video-pic-channel = xX_Toon_Horror_Xx
content-the-scary-video-pic-label = Hecho para niños
content-the-scary-video-pic-views = 2 M de vistas
content-the-scary-video-pic-autoplay = Autorreproducción
content-the-scary-video-pic-photos = Fotos
content-the-scary-video-pic-saved = Captura guardada
content-the-scary-video-pic-blocked = Canal bloqueado
content-the-scary-video-pic-empty = No hay nada que mostrar
content-the-scary-video-pic-settings = Ajustes
content-the-scary-video-pic-kids = Modo infantil

content-the-scary-video-video-plays = ¡Pero la reproducción automática no espera a los detectives! Los amigos de los dibujos empiezan a pelear y a gritar, y salta una cara aterradora. El corazón te late muy fuerte.
content-the-scary-video-scared-choice = ¡Eso dio miedo! Está bien sentir miedo. Y no es tu culpa: el video empezó solo. ¿Qué vas a hacer?
content-the-scary-video-choice-shot-close = Hago una captura rápida del título y cierro la app.
content-the-scary-video-feedback-shot-close = ¡Qué buena idea! Cerrarlo es cuidarte, y la captura guarda el nombre del video, para que un adulto pueda reportar justo ese video más tarde.
content-the-scary-video-choice-block-now = ¡Bloqueo ese canal ya mismo, para que desaparezca!
content-the-scary-video-feedback-block-now = ¡Quitarlo de tu pantalla estuvo bien! Pero bloquear primero esconde el nombre del video, y cuesta reportarlo. Primero una captura, y luego bloquear y reportar.
content-the-scary-video-choice-keep-watching = Sigo viéndolo. No soy un bebé, puedo con esto.
content-the-scary-video-feedback-keep-watching = Una oportunidad para aprender: ser valiente no es ver cosas que te asustan. Nadie te está poniendo a prueba. Parar es lo valiente, y siempre está bien cerrarlo.

content-the-scary-video-closed-saved = Cierras la app. La captura queda guardada en tus fotos. Pero el corazón todavía te late fuerte, y esa noche casi no hablas.
content-the-scary-video-blocked-gone = El canal desaparece, y el video también. Ya no encuentras su nombre por ningún lado. Por la noche, la cara aterradora sigue en tu cabeza.
content-the-scary-video-late-night = La reproducción automática sigue, y cada video da más miedo. Tu hora de dormir pasó hace mucho, y ahora no puedes dormir.

content-the-scary-video-evening = Hoy casi no hablas. ¿Todo bien?
content-the-scary-video-choice-show-shot = Le enseño mi captura a { $adult } y lo que pasó.
content-the-scary-video-feedback-show-shot = ¡Bien hecho! Contarlo ayuda a que el miedo se haga pequeño, y tu captura permite que { $adult } reporte justo ese video. No te vas a meter en problemas.
content-the-scary-video-choice-say-what = Te voy a decir lo que vi, aunque no pueda encontrarlo.
content-the-scary-video-feedback-say-what = ¡Bien hecho! Aunque no tengas el nombre, contarlo ayuda a que el miedo se haga pequeño, y { $adult } puede cambiar tus ajustes. No te vas a meter en problemas.
content-the-scary-video-choice-tell-friend = Estoy bien, { $adult }. Mañana voy a contárselo a { $friend }.
content-the-scary-video-feedback-tell-friend = ¡Hablarlo está bien! Pero { $friend } no puede reportarlo ni cambiar tus ajustes. { $adult } sí puede, y te acaba de preguntar cómo estás. Un adulto de confianza también puede ayudarte a sentirte mejor.
content-the-scary-video-choice-keep-quiet = ¡Estoy bien! Si hablo, me quitan la tableta.
content-the-scary-video-feedback-keep-quiet = ¡A muchos niños les preocupa eso! Pero contarlo no es meterse en problemas: el video empezó solo. Un adulto de confianza puede ayudar a que no vuelva a pasar.

content-the-scary-video-adult-helps = Gracias por enseñármelo. No es culpa tuya. Vamos a reportar ese video con tu captura, y luego a quitar la reproducción automática y activar el modo infantil.
content-the-scary-video-adult-helps-blocked = Gracias por contármelo. No es culpa tuya. No podemos reportar un video que no encontramos, pero sí quitar la reproducción automática y activar el modo infantil. La próxima vez, primero una captura.
content-the-scary-video-friend-reacts = ¡Uf, qué miedo! Mándame el enlace. Se lo voy a enseñar a mi primita, va a flipar, JAJA.
content-the-scary-video-nightmare = Esa noche, la cara aterradora no se te va de la cabeza. Al día siguiente, { $friend } te pregunta: “¿Viste el video de miedo de { $cartoon }? ¡Mándamelo, se lo enseño a mi primita!”

content-the-scary-video-friend-wants = La prima de { $friend } solo tiene seis años. ¿Qué le dices?
content-the-scary-video-choice-stand-up = ¡No! Tiene seis años. Ven, vamos a buscar a { $adult }.
content-the-scary-video-feedback-stand-up = ¡Amable y valiente! Los videos de miedo pueden afectar a los peques durante días. Decir que no la protege, y { $adult } puede ayudar a reportarlo y avisar a otras familias.
content-the-scary-video-choice-send-title = ¡Claro! Busca su título. Va a gritar, JAJA.
content-the-scary-video-feedback-send-title = Una oportunidad para aprender: lo que te asustó a ti asustará todavía más a una niña de seis años. Ser amable es no pasarlo. Nunca es tarde para decir “No se lo enseñes”.
content-the-scary-video-choice-send-warned = Se lo mando, pero dile que solo lo vea con su papá o su mamá.
content-the-scary-video-feedback-send-warned = Una oportunidad para aprender: un aviso no lo hace menos aterrador, y ella podría verlo sola. Lo amable es no mandarlo en absoluto.

content-the-scary-video-adult-helps-both = Gracias a los dos por contármelo. No es culpa tuya. Vamos a reportar ese canal, avisar a la escuela de que circula, y quitar la reproducción automática y activar el modo infantil.
content-the-scary-video-cousin-alone = { $friend } le dice: “¡Míralo solo con tu papá o tu mamá!”, pero la prima lo ve sola en su cuarto. Esa noche no puede dormir.
content-the-scary-video-cousin-scared = { $friend } le enseña el video a su primita. Esa noche no puede dormir, y el video sigue circulando por la escuela.

content-the-scary-video-late-choice = Es tarde y tienes miedo. No es tu culpa. ¿Qué vas a hacer?
content-the-scary-video-choice-knock = Toco la puerta de { $adult } y le cuento lo que vi.
content-the-scary-video-feedback-knock = ¡Qué valiente! Los adultos prefieren mil veces que los despiertes a que tengas miedo a solas. Contarlo ayuda a que el miedo se haga pequeño, y no te vas a meter en problemas.
content-the-scary-video-choice-one-more = Un video más. Estoy bien, no hace falta despertar a { $adult }.
content-the-scary-video-feedback-one-more = Una oportunidad para aprender: más videos de miedo hacen el miedo más grande, no más pequeño, y despertar a { $adult } es mejor que pasar miedo a solas. Nunca es tarde para parar y tocar la puerta.

content-the-scary-video-adult-helps-late = Qué bien que viniste a contármelo. No te vas a meter en problemas. Hagamos captura del nombre de ese canal y reportémoslo, y luego quitemos la reproducción automática y activemos el modo infantil.
content-the-scary-video-worse = Ves uno más, y luego otro. A las 2 de la madrugada sigues sin dormir, y las caras aterradoras no se van.

content-the-scary-video-end-safe = Paraste el video de miedo y se lo contaste a { $adult }. Ahora la reproducción automática está quitada y el modo infantil, activado. A cualquiera le puede pasar, ¡y lo manejaste genial!
content-the-scary-video-end-recovered = Viste más de lo que te hacía bien, pero luego se lo contaste a { $adult }. El canal está reportado, la reproducción automática quitada y el modo infantil activado. ¡Contarlo fue lo más valiente!
content-the-scary-video-end-shared = La primita de { $friend } ahora también tiene miedo, y el video sigue circulando. Haberlo visto nunca fue tu culpa. Nunca es tarde para contárselo a un adulto de confianza, que ayudará a reportarlo.
content-the-scary-video-end-harmful = Las imágenes de miedo vuelven por la noche, y no se lo cuentas a nadie. Esto no es tu culpa. Nunca es tarde: cuéntaselo a un adulto de confianza, que te ayudará.

# My phone: what stays on the phone after this level.
content-the-scary-video-trace-settings = Tu app de videos: reproducción automática apagada, modo infantil activado.
content-the-scary-video-trace-settings-advice = Ahora tú eliges qué sale después. Si algo que da miedo se cuela igual, haz captura del título, ciérralo y cuéntaselo a un adulto de confianza.
