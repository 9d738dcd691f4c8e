# Contenido / agresión: El video que da miedo (9-12 años)

content-the-scary-video-title = El video que da miedo
content-the-scary-video-summary = Terminan tus dibujos animados y empieza solo un video que da miedo. ¿Qué puedes hacer cuando algo en internet te asusta?
content-the-scary-video-remember = Está bien sentir miedo, y nunca es tu culpa. Ciérralo, cuéntale a un adulto de confianza y pídele que te ayude a activar el modo infantil.

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
content-the-scary-video-name-shadowfox = ShadowFox_11
content-the-scary-video-name-nightowl = NightOwl_X
content-the-scary-video-name-spookysam = Spooky_Sam12
content-the-scary-video-chat-zipchat = ZipChat
content-the-scary-video-chat-buzzbox = BuzzBox
content-the-scary-video-chat-whisperly = Whisperly

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-stranger = { $stranger }

content-the-scary-video-intro = ¡Hola, soy yo, Sango! Es una tarde de lluvia y estás viendo { $cartoon } en { $app }. ¡Los dibujos animados son divertidos! Los veré contigo.
content-the-scary-video-autoplay = El episodio termina. Antes de que puedas tocar nada, el siguiente video empieza solo. Parece { $cartoon }, pero la música da escalofríos y los colores son oscuros.

content-the-scary-video-spot-video = ¡Espera! Este empezó solo. Juguemos a ser detectives. Toca las partes que muestran que NO es de verdad un video para niños.
content-the-scary-video-card-title = A continuación: reproducción automática activada
content-the-scary-video-card-body = Este video empezó solo después de tus dibujos animados.
content-the-scary-video-part-thumbnail = Imagen: { $cartoon } con ojos rojos brillantes y dientes afilados
content-the-scary-video-feedback-thumbnail = ¡Bien visto! Que tus personajes favoritos parezcan aterradores es una señal de alerta. Algunos videos copian dibujos infantiles para colarse entre lo que ves.
content-the-scary-video-part-title = Título: ¡¡¡NO VAS A DORMIR ESTA NOCHE!!! NO LO VEAS A SOLAS
content-the-scary-video-feedback-title = ¡Sí! Las mayúsculas a gritos y el “no vas a dormir” están ahí para impactarte. Unos dibujos animados de verdad no necesitan asustarte para conseguir clics.
content-the-scary-video-part-channel = Canal: xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = ¡Bien visto! El canal real de { $cartoon } usa el nombre de la serie. Este es una copia, así que siempre fíjate en quién hizo el video.
content-the-scary-video-part-label = Etiqueta: Hecho para niños
content-the-scary-video-feedback-label = ¡Correcto! Cualquiera puede ponerle la etiqueta “para niños” a un video. Si la imagen y el título dan miedo, la etiqueta no dice la verdad.
content-the-scary-video-part-views = 2 millones de vistas
content-the-scary-video-feedback-views = No es una pista. Muchas vistas solo significan muchos clics. No te dice si un video es amable o da miedo, así que fíjate en las otras partes.

content-the-scary-video-video-plays = ¡Pero la reproducción automática no espera a los detectives! Los amigos de los dibujos empiezan a pelear y a gritar, y salta una cara aterradora. El corazón te late muy fuerte.
content-the-scary-video-scared-choice = ¡Eso dio miedo! Está bien sentir miedo. Y no es tu culpa: el video empezó solo. ¿Qué vas a hacer?
content-the-scary-video-choice-close-tell = Cerrarlo y contarle a { $adult } lo que vi
content-the-scary-video-feedback-close-tell = ¡Bien hecho! Detener algo que te hace sentir mal es cuidarte. Contárselo a un adulto de confianza ayuda a que el miedo se haga más pequeño. No te vas a meter en problemas.
content-the-scary-video-choice-close-quiet = Cerrarlo, pero no contárselo a nadie
content-the-scary-video-feedback-close-quiet = ¡Cerrarlo fue inteligente! Pero las imágenes que dan miedo pueden quedarse en tu cabeza, y hablar ayuda. Un adulto de confianza también puede evitar que aparezcan videos así.
content-the-scary-video-choice-keep-watching = Seguir viéndolo para no parecer un bebé
content-the-scary-video-feedback-keep-watching = Una oportunidad para aprender: ser valiente no es ver cosas que te asustan. Nadie te está poniendo a prueba. Parar es la decisión valiente, y siempre está bien cerrarlo.

content-the-scary-video-adult-helps = Gracias por contármelo. Mucha gente se asusta con videos así, los adultos también. No fue tu culpa. Vamos a tomar un chocolate caliente para sentirnos mejor.
content-the-scary-video-keep-quiet = Cierras la app. Pero a la hora de dormir, la cara aterradora sigue apareciendo en tu cabeza. Entonces tu tableta vibra con un mensaje nuevo.
content-the-scary-video-late-night = La reproducción automática sigue, y cada video da más miedo. Ya es muy tarde y ahora no puedes dormir. Entonces tu tableta vibra con un mensaje nuevo.

content-the-scary-video-stranger-dm = ¡Hola! ¿Te gustan los videos de miedo? Yo también tengo 11 años, y tengo unos que dan MUCHO más miedo. Búscame en { $chat } y te los mando. No les digas nada a tus padres, ¿de acuerdo?
content-the-scary-video-choice-block-report = Bloquear, reportar y luego mostrárselo a { $adult }
content-the-scary-video-feedback-block-report = ¡Exacto! Si alguien que no conoces quiere pasar a otra app y que le ocultes cosas a tu familia, está mostrando grandes señales de alerta. Bloquear y contarlo es valiente.
content-the-scary-video-choice-ignore = No responder y cerrar la app
content-the-scary-video-feedback-ignore = ¡No responder te protegió por ahora! Pero { $stranger } puede volver a escribirte, o escribirles a otros chicos. Reportar y contarle a un adulto ayuda a detenerlo.
content-the-scary-video-choice-add = Aceptar. Los videos de más miedo suenan geniales.
content-the-scary-video-feedback-add = Una oportunidad para aprender: en internet cualquiera puede decir que tiene 11 años. Alguien que te pide que le ocultes cosas a tu familia no es una amistad segura, por muy amable que parezca.

content-the-scary-video-settings = Gracias por mostrármelo. No te vas a meter en problemas. Vamos a reportar ese video y después a activar el modo infantil: sin reproducción automática y sin mensajes de desconocidos.

content-the-scary-video-stranger-pushes = ¡Aquí tienes uno que da más miedo! No eres un bebé, ¿verdad? Ahora mándame una selfie para saber que eres real. Recuerda, es nuestro secreto.
content-the-scary-video-choice-tell-now = Parar, bloquear y contarle a { $adult } ya mismo
content-the-scary-video-feedback-tell-now = ¡Qué valentía! Pedir fotos y secretos son grandes señales de alerta. Siempre tienes derecho a decir que no, y un adulto de confianza te ayudará. No te vas a meter en problemas.
content-the-scary-video-choice-block-only = Bloquear, pero no contárselo a nadie
content-the-scary-video-feedback-block-only = ¡Bloquear fue un buen paso! Pero { $stranger } podría intentar lo mismo con otros chicos. Si se lo cuentas a un adulto de confianza, se puede reportar y detener.
content-the-scary-video-choice-keep-secret = Mandar la selfie y guardar el secreto
content-the-scary-video-feedback-keep-secret = Una oportunidad para aprender: secretos así solo ayudan a la otra persona, y una foto enviada no se puede recuperar. Nunca es tarde para contárselo a alguien de confianza.

content-the-scary-video-adult-helps-late = Me alegra mucho que me lo contaras. No hiciste nada malo. Vamos a guardar los mensajes, bloquear y reportar a { $stranger }, reportar ese video y activar el modo infantil.

content-the-scary-video-end-safe = Pediste ayuda, bloqueaste a esa persona desconocida y ahora el modo infantil cuida lo que ves. A cualquiera le pueden aparecer cosas que dan miedo, ¡y lo manejaste muy bien!
content-the-scary-video-end-mixed = Por ahora estás a salvo. Pero nadie ha reportado a { $stranger }, y el modo infantil sigue apagado, así que podrían colarse más cosas que dan miedo. Un adulto de confianza puede ayudar a detenerlo.
content-the-scary-video-end-recovered = Dio miedo durante un rato, pero tuviste valor y se lo contaste a { $adult }. { $stranger } quedó bloqueado y reportado, y el modo infantil está activado. ¡Contarlo siempre ayuda!
content-the-scary-video-end-harmful = { $stranger } sigue pidiendo más, y el secreto pesa. Esto no es tu culpa. Nunca es tarde: cuéntaselo a un adulto de confianza, que te ayudará.
