# Conducta / agresión: Publicada sin permiso (13-15 años), una foto vergonzosa (no explícita) compartida sin consentimiento

conduct-the-photo-without-consent-title = Publicada sin permiso
conduct-the-photo-without-consent-summary = Una foto vergonzosa de alguien de tu clase, durmiendo en el autobús, se está haciendo viral, y te etiquetaron en ella.
conduct-the-photo-without-consent-remember = Pide permiso antes de publicar una foto de alguien, y nunca compartas una que esa persona no haya aceptado. Haz capturas primero, luego repórtala, y cuéntaselo a un adulto de confianza.

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $leader }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# Variedad: cada partida elige una opción de cada variable de `vary`.
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-teacher-hart = Prof. Hart
conduct-the-photo-without-consent-teacher-diallo = Prof. Diallo
conduct-the-photo-without-consent-teacher-berg = Prof. Berg

conduct-the-photo-without-consent-intro = Lunes por la mañana en { $app }. Una publicación de { $leader } se está volviendo viral, y etiquetaron a media clase, a ti también.

conduct-the-photo-without-consent-spot = Algo de esta publicación no está bien. Toca todo lo que la convierte en un problema.
conduct-the-photo-without-consent-card-title = { $leader }
conduct-the-photo-without-consent-card-body = Una foto de { $classmate } durmiendo profundamente en el autobús de la excursión escolar, con la boca muy abierta y un sticker de baba añadido.
conduct-the-photo-without-consent-part-public = { $leader } - Pública
conduct-the-photo-without-consent-feedback-part-public = Pública significa que cualquiera puede verla, guardarla y compartirla, no solo tu clase. Un momento privado ya no está en manos de { $classmate }.
conduct-the-photo-without-consent-part-caption = Texto: la bella durmiente jajajaja #excursión
conduct-the-photo-without-consent-feedback-part-caption = El texto convierte a { $classmate } en el chiste. Publicar a alguien en un momento vulnerable, como mientras duerme, sin preguntar, no está bien.
conduct-the-photo-without-consent-part-shares = Compartida 214 veces
conduct-the-photo-without-consent-feedback-part-shares = Cada vez que se comparte llega más lejos y es más difícil eliminarla. Una vez que está ahí fuera, nadie controla a dónde va.
conduct-the-photo-without-consent-part-tags = Etiquetas: tú y 12 personas de tu clase. { $classmate } no.
conduct-the-photo-without-consent-feedback-part-tags = Nadie etiquetó a { $classmate }, así que quizás ni sabe que esto existe. Nadie le preguntó. Eso es publicar sin consentimiento.
conduct-the-photo-without-consent-part-time = Publicada a las 8:14
conduct-the-photo-without-consent-feedback-part-time = La hora no es el problema. Lo que importa es que { $classmate } nunca aceptó que se publicara esta foto.
conduct-the-photo-without-consent-part-app = El nombre y el logo de la app: { $app }
conduct-the-photo-without-consent-feedback-part-app = La app no es el problema. Esta foto haría daño en cualquier app: lo que importa es que { $classmate } nunca dio su permiso.
conduct-the-photo-without-consent-part-buttons = Botones de corazón y enviar, arriba
conduct-the-photo-without-consent-feedback-part-buttons = Son los botones normales de la app, en todas las publicaciones. No son lo que hace de esta un problema: lo son la foto, quién puede verla y si hubo permiso.
conduct-the-photo-without-consent-part-photo = Foto: { $classmate } durmiendo en el autobús, con la boca abierta
conduct-the-photo-without-consent-feedback-part-photo = { $classmate } estaba durmiendo, así que no podía decir que sí. Publicar a alguien que no podía aceptar, en un momento que nadie elegiría compartir, es el centro del problema.
conduct-the-photo-without-consent-pic-public = Público
conduct-the-photo-without-consent-pic-time = 8:14
conduct-the-photo-without-consent-pic-shares = 214 compartidos
conduct-the-photo-without-consent-pic-tags = tú y 12 más
conduct-the-photo-without-consent-pic-caption = la bella durmiente jajajaja #excursión

conduct-the-photo-without-consent-share-choice = jajaja es lo más gracioso del mundo. ¡¡que todo el mundo la comparta!!
conduct-the-photo-without-consent-choice-dm-poster = Le escribo a { $leader }: bórrala, { $classmate } no dijo que sí.
conduct-the-photo-without-consent-feedback-dm-poster = Bien pensado. Un mensaje privado le da a { $leader } la oportunidad de arreglarlo sin público. Hacer una foto no da derecho a publicarla: primero se pregunta.
conduct-the-photo-without-consent-choice-comment-public = Comento para que todos lo vean: qué cruel, ¡bórrala ya!
conduct-the-photo-without-consent-feedback-comment-public = Defender a { $classmate } está bien. Pero un comentario público le da más atención al post, y la app lo muestra a más gente. Un mensaje privado o un reporte hacen menos ruido.
conduct-the-photo-without-consent-choice-share-story = La comparto en mi historia. Todo el mundo la ha visto ya.
conduct-the-photo-without-consent-feedback-share-story = Una oportunidad para aprender: «todo el mundo la ha visto» no lo hace estar bien. Compartir la foto de alguien sin su permiso la difunde más, y con tu nombre.

conduct-the-photo-without-consent-c-poster-reply = relájate, es una broma. y la foto es mía, yo la tomé, así que puedo publicarla.
conduct-the-photo-without-consent-c-comment = Tu comentario recibe respuestas: «jaja relájate», «¿y esta quién es?». El post sube al principio del inicio de todo el mundo, ya con 300 compartidos.

conduct-the-photo-without-consent-report-choice = { $leader } hizo la foto, pero eso no le da derecho a publicar a { $classmate } sin preguntar. El post sigue publicado. ¿Y ahora qué?
conduct-the-photo-without-consent-choice-screenshot-report = Capturo el post y quién lo comparte, y luego lo reporto.
conduct-the-photo-without-consent-feedback-screenshot-report = Buen orden. Las capturas primero guardan las pruebas, aunque borren el post o bloquees a alguien. Luego repórtalo como «publicado sin permiso»: las apps se lo toman en serio.
conduct-the-photo-without-consent-choice-report-block = Lo reporto y bloqueo a { $leader } ahora mismo, y se acabó.
conduct-the-photo-without-consent-feedback-report-block = Reportar está bien. Pero bloquear primero oculta el post para ti, no para los demás, y no guardaste nada que enseñar. Primero captura, luego reporta y bloquea.
conduct-the-photo-without-consent-choice-untag = Me quito la etiqueta, así al menos mi nombre no sale.
conduct-the-photo-without-consent-feedback-untag = Quitarte la etiqueta deja tu nombre fuera, bien. Pero la foto sigue siendo pública, y { $classmate } sigue necesitando a alguien de su lado.

conduct-the-photo-without-consent-c-reported = Guardas tres capturas: el post, el pie de foto y el número de compartidos. Luego lo reportas como «publicado sin permiso». Un minuto después, { $classmate } te escribe.
conduct-the-photo-without-consent-pic-report-title = Reportar publicación
conduct-the-photo-without-consent-pic-report-heading = ¿Por qué la reportas?
conduct-the-photo-without-consent-pic-reason-spam = Spam
conduct-the-photo-without-consent-pic-reason-consent = Publicado sin permiso
conduct-the-photo-without-consent-pic-reason-other = Otro motivo
conduct-the-photo-without-consent-pic-report-send = Enviar reporte
conduct-the-photo-without-consent-pic-report-saved = 3 capturas guardadas
conduct-the-photo-without-consent-c-blocked = El post desaparece de tu pantalla. Una hora después, la app dice que no encontró ningún problema, y no tienes nada guardado que enseñar. Luego { $classmate } te escribe.
conduct-the-photo-without-consent-c-untagged = Tu nombre ya no sale. La foto sigue publicada: 600 compartidos a mediodía, y comenta gente de otros institutos. Luego { $classmate } te escribe.

conduct-the-photo-without-consent-classmate = ¿Viste la foto del autobús? Todos se ríen de mí. Nunca dije que nadie pudiera publicarla. Solo quiero que desaparezca.
conduct-the-photo-without-consent-choice-go-together = No es culpa tuya. Vamos a ver a { $teacher } juntos en el recreo.
conduct-the-photo-without-consent-feedback-go-together = Perfecto. Es derecho de { $classmate } decidir sobre su propia imagen. Un adulto de confianza puede hacer que { $app } la quite rápido, y hablar con { $leader }.
conduct-the-photo-without-consent-choice-ignore-it = Qué horror. Pasa de ella, el viernes ya nadie se acordará.
conduct-the-photo-without-consent-feedback-ignore-it = Ser amable con { $classmate } importa. Pero ignorar un post no lo borra, y sigue circulando mientras esperas. Un adulto puede conseguir que lo quiten.
conduct-the-photo-without-consent-choice-revenge = Subimos una foto peor de { $leader }. Donde las dan, las toman.
conduct-the-photo-without-consent-feedback-revenge = Una oportunidad para aprender: una foto de venganza duplica el daño y puede traer problemas a todo el mundo. Conseguir que la quiten lo arregla; una segunda foto, no.

conduct-the-photo-without-consent-c-teacher = Gracias por venir. { $classmate }, no has hecho nada malo. Hoy hablo con { $leader }, y la reportaremos a { $app } hasta que la quiten.
conduct-the-photo-without-consent-c-revenge = Tu foto de { $leader } da risa durante una hora. Ahora circulan dos fotos vergonzosas, y la del autobús sigue extendiéndose.
conduct-the-photo-without-consent-c-ignored = El viernes la foto ha llegado a otros institutos, y la gente ronca fuerte cuando { $classmate } pasa. { $classmate } ha dejado de ir al comedor.

conduct-the-photo-without-consent-still-up = No es cosa del pasado. El post sigue publicado, y { $classmate } lo está afrontando sin nadie. ¿Y ahora qué?
conduct-the-photo-without-consent-choice-take-to-teacher = Hoy llevo a { $classmate } a ver a { $teacher } y le enseño el post.
conduct-the-photo-without-consent-feedback-take-to-teacher = Muy bien. Nunca es tarde para avisar a un adulto, y un profe puede hacer que quiten el post y que paren las bromas de los ronquidos. La próxima vez, antes es aún mejor.
conduct-the-photo-without-consent-choice-leave-it = Déjalo. Montar un lío ahora solo lo empeoraría.
conduct-the-photo-without-consent-feedback-leave-it = Una oportunidad para aprender: callar parece más seguro, pero el post sigue circulando y { $classmate } sigue afrontándolo sin nadie. Un adulto puede actuar sin montar una escena.
conduct-the-photo-without-consent-c-teacher-friday = Me alegra que hayas venido con { $classmate }. { $classmate }, nada de esto es culpa tuya. Hoy hablo con { $leader } y consigo que { $app } la quite.
conduct-the-photo-without-consent-c-left = Lo dejas. El post sigue publicado, las bromas de los ronquidos siguen, y { $classmate } empieza a temer el viaje en autobús al instituto.

conduct-the-photo-without-consent-c-your-share = Tu historia tiene 40 vistas. Entonces { $classmate } le responde: “¿en serio? ¿tú también?”
conduct-the-photo-without-consent-pic-story-title = Tu historia
conduct-the-photo-without-consent-pic-story-views = 40 vistas
conduct-the-photo-without-consent-pic-story-reply = ¿en serio? ¿tú también?
conduct-the-photo-without-consent-fix-choice = Auch. Esa respuesta duele, pero todavía puedes arreglar esto. ¿Qué vas a hacer?
conduct-the-photo-without-consent-choice-own-up = Borro mi historia, pido perdón y luego se lo cuento a { $teacher }.
conduct-the-photo-without-consent-feedback-own-up = Así se le da la vuelta. Borrarla detiene tu parte de la difusión, una disculpa le importa a { $classmate }, y un adulto de confianza puede hacer que eliminen la original.
conduct-the-photo-without-consent-choice-delete-quietly = Borro mi historia en silencio y espero que lo olvide.
conduct-the-photo-without-consent-feedback-delete-quietly = Borrarla fue un buen primer paso. Pero { $classmate } vio lo que hiciste, y la original sigue publicada. Un perdón y un reporte marcarían la diferencia.
conduct-the-photo-without-consent-choice-keep-story = La dejo. Todo el mundo la compartió, no soy la peor persona.
conduct-the-photo-without-consent-feedback-keep-story = Una oportunidad para aprender: “todo el mundo lo hizo” no reduce el daño, lo multiplica. Nunca es tarde para borrarla, pedir perdón y buscar ayuda.
conduct-the-photo-without-consent-c-teacher-late = Gracias por tu sinceridad. Borrarla y pedir perdón fue lo correcto. Haré todo lo posible para que eliminen la original, y hablaremos en clase sobre el consentimiento.
conduct-the-photo-without-consent-c-kept = Tu historia sigue publicada y suma 90 visitas más. { $classmate } deja de contestar a nadie.
conduct-the-photo-without-consent-c-deleted = Tu historia ya no está, pero { $classmate } no te contesta, y el post original sigue subiendo.
conduct-the-photo-without-consent-c-safe-now = Cierras la app. La original sigue publicada, y { $classmate } sigue sin contestar a nadie.

conduct-the-photo-without-consent-original-choice = Tu parte está borrada, pero la original sigue ahí con 600 compartidos. ¿Y ahora qué?
conduct-the-photo-without-consent-choice-report-original = Capturo la original, la reporto y luego pido perdón.
conduct-the-photo-without-consent-feedback-report-original = Eso es arreglarlo. Las capturas guardan las pruebas, el reporte mueve a la app, y pedir perdón le muestra a { $classmate } que estás de su lado. Si sigue arriba, un adulto de confianza puede insistir.
conduct-the-photo-without-consent-choice-safe-now = Es más seguro no meterme más. Mi parte ya está borrada.
conduct-the-photo-without-consent-feedback-safe-now = Una oportunidad para aprender: borrar tu parte estuvo bien, pero { $classmate } sigue enfrentándose a la original. Un reporte y un perdón te cuestan poco y ayudan mucho.
conduct-the-photo-without-consent-c-report-original = Guardas capturas y reportas el post como «publicado sin permiso». Luego le escribes a { $classmate }: «Perdón por compartirla». Un rato después, te responde: «gracias».

conduct-the-photo-without-consent-end-safe = No difundiste la foto, y { $classmate } no lo afrontó sin nadie: fuiste con { $classmate } a ver a { $teacher }, y van a quitar el post. Así es el respeto en internet.
conduct-the-photo-without-consent-end-told-later = Costó unos días difíciles, pero llevaste a { $classmate } a ver a { $teacher }, y van a quitar el post. Ir a un adulto enseguida puede ahorrar una semana de dolor.
conduct-the-photo-without-consent-end-recovered = Primero compartiste la foto, y luego lo arreglaste: borraste tu historia, le pediste perdón a { $classmate } y te moviste para que quitaran la original. Arreglar un error requiere valor.
conduct-the-photo-without-consent-end-harmful = La foto del autobús sigue circulando, y { $classmate } teme ir a clase. No es culpa tuya que { $leader } la publicara, y nunca es tarde: cuéntaselo a un adulto de confianza, que te ayudará a que la quiten.

# What the choices leave on "My phone" (traces).
conduct-the-photo-without-consent-trace-story = La foto del autobús donde sale { $classmate }, todavía en tu historia.
conduct-the-photo-without-consent-trace-story-advice = { $classmate } nunca dijo que sí. Bórrala, pide perdón y pide a un adulto de confianza que te ayude a que quiten la original.
