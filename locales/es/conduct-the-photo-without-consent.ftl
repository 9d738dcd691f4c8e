# Conducta / agresión: Publicada sin permiso (13-15 años), una foto vergonzosa (no explícita) compartida sin consentimiento

conduct-the-photo-without-consent-title = Publicada sin permiso
conduct-the-photo-without-consent-summary = Una foto vergonzosa de alguien de tu clase, durmiendo en el autobús, se está haciendo viral, y te etiquetaron en ella.
conduct-the-photo-without-consent-remember = Pide permiso antes de publicar una foto de alguien, y nunca compartas una que esa persona no haya aceptado. Repórtala, apóyala y cuéntaselo a un adulto de confianza.

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $poster }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# Variedad: cada partida elige una opción de cada variable de `vary`.
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-name-ella = Elena
conduct-the-photo-without-consent-name-marcus = Marcos
conduct-the-photo-without-consent-name-lina = Lina
conduct-the-photo-without-consent-name-jordan = jordan.lol
conduct-the-photo-without-consent-name-tyler = tyler_jokes
conduct-the-photo-without-consent-name-sofia = sofia.vibes
conduct-the-photo-without-consent-teacher-hart = Prof. Hart
conduct-the-photo-without-consent-teacher-diallo = Prof. Diallo
conduct-the-photo-without-consent-teacher-berg = Prof. Berg

conduct-the-photo-without-consent-intro = Lunes por la mañana en { $app }. Una publicación de { $poster } se está volviendo viral, y etiquetaron a media clase, a ti también.

conduct-the-photo-without-consent-spot = Algo de esta publicación no está bien. Toca todo lo que la convierte en un problema.
conduct-the-photo-without-consent-card-title = { $poster }
conduct-the-photo-without-consent-card-body = Una foto de { $classmate } durmiendo profundamente en el autobús de la excursión escolar, con la boca muy abierta y un sticker de baba añadido.
conduct-the-photo-without-consent-part-public = { $poster } - Pública
conduct-the-photo-without-consent-feedback-part-public = Pública significa que cualquiera puede verla, guardarla y compartirla, no solo tu clase. Un momento privado ya no está en manos de { $classmate }.
conduct-the-photo-without-consent-part-caption = Texto: la bella durmiente jajajaja #excursión
conduct-the-photo-without-consent-feedback-part-caption = El texto convierte a { $classmate } en el chiste. Publicar a alguien en un momento vulnerable, como mientras duerme, sin preguntar, no está bien.
conduct-the-photo-without-consent-part-shares = Compartida 214 veces
conduct-the-photo-without-consent-feedback-part-shares = Cada vez que se comparte llega más lejos y es más difícil eliminarla. Una vez que está ahí fuera, nadie controla a dónde va.
conduct-the-photo-without-consent-part-tags = Etiquetas: tú y 12 personas de tu clase. { $classmate } no.
conduct-the-photo-without-consent-feedback-part-tags = Nadie etiquetó a { $classmate }, así que quizás ni sabe que esto existe. Nadie le preguntó. Eso es publicar sin consentimiento.
conduct-the-photo-without-consent-part-time = Publicada a las 8:14
conduct-the-photo-without-consent-feedback-part-time = La hora no es el problema. Lo que importa es que { $classmate } nunca aceptó que se publicara esta foto.

conduct-the-photo-without-consent-share-choice = jajaja es lo más gracioso del mundo. ¡¡que todo el mundo la comparta!!
conduct-the-photo-without-consent-choice-ask-takedown = Escribirle a { $poster }: bórrala, no dio su permiso
conduct-the-photo-without-consent-feedback-ask-takedown = Buena decisión. Un mensaje privado le da a { $poster } la oportunidad de arreglarlo sin una pelea pública. Pregunta antes de publicar una foto de alguien: esa es la regla.
conduct-the-photo-without-consent-choice-scroll-on = Seguir bajando sin compartirla
conduct-the-photo-without-consent-feedback-scroll-on = Al no compartirla, no se difunde a través de ti. Pero la publicación sigue ahí, y puede que { $classmate } todavía ni lo sepa. Puedes hacer más.
conduct-the-photo-without-consent-choice-share-story = Compartirla en mi historia, es solo una broma
conduct-the-photo-without-consent-feedback-share-story = Una oportunidad para aprender: lo que a ti te da risa puede ser una pesadilla para { $classmate }. Compartir la foto de alguien sin su permiso la difunde más, y con tu nombre.

conduct-the-photo-without-consent-poster-reply = relájate, es una broma. y la foto es mía, yo la tomé, así que puedo publicarla.
conduct-the-photo-without-consent-report-choice = { $poster } tomó la foto, pero eso no hace que esté bien publicar a { $classmate } sin preguntar. ¿Y ahora qué?
conduct-the-photo-without-consent-choice-report-check = Reportar la publicación y preguntarle a { $classmate } cómo está
conduct-the-photo-without-consent-feedback-report-check = Exacto. Las apps permiten reportar fotos publicadas sin consentimiento, y preguntarle a { $classmate } cómo está significa que no tiene que enfrentarlo sin apoyo.
conduct-the-photo-without-consent-choice-untag = Quitarme la etiqueta y no meterme
conduct-the-photo-without-consent-feedback-untag = Quitarte la etiqueta aleja tu nombre de esto. Pero la foto sigue siendo pública, y { $classmate } todavía necesita a alguien de su lado.
conduct-the-photo-without-consent-choice-like-it = Bueno, es su foto. Darle me gusta y seguir.
conduct-the-photo-without-consent-feedback-like-it = Una oportunidad para aprender: tomar una foto no le da a nadie derecho a publicar a otra persona. Un me gusta le dice a la app, y a { $poster }, que está bien.

conduct-the-photo-without-consent-scrolled = A mediodía, la foto ya se compartió 600 veces, y gente de otras escuelas está comentando. En el pasillo, hacen ruidos de ronquidos cuando pasa { $classmate }.

conduct-the-photo-without-consent-classmate = ¿Viste la foto del autobús? Todos se ríen de mí. Nunca dije que nadie pudiera publicarla. Solo quiero que desaparezca.
conduct-the-photo-without-consent-choice-adult-takedown = No es tu culpa. Pidamos ayuda a { $teacher } para que la quiten.
conduct-the-photo-without-consent-feedback-adult-takedown = Perfecto. { $classmate } tiene derecho a decidir sobre su propia imagen. Un adulto de confianza puede ayudar a que { $app } la elimine rápido y hablar con quien la publicó.
conduct-the-photo-without-consent-choice-ignore-it = Qué horrible. ¿Y si solo lo ignoras?
conduct-the-photo-without-consent-feedback-ignore-it = Ser amable con { $classmate } importa. Pero ignorarlo no va a borrar la foto. El botón de reportar de la app y un adulto de confianza sí pueden.
conduct-the-photo-without-consent-choice-revenge = Publicar una foto vergonzosa de { $poster } como venganza
conduct-the-photo-without-consent-feedback-revenge = Una oportunidad para aprender: una publicación de venganza duplica el daño y también puede meterte en problemas. Reportar y pedir ayuda lo arregla; una segunda foto, no.

conduct-the-photo-without-consent-adult-helps = Gracias por venir a contármelo. { $classmate }, no hiciste nada malo. Vamos a reportarla a { $app }, hablar con { $poster } y asegurarnos de que la eliminen.

conduct-the-photo-without-consent-your-share = Tu historia tiene 40 vistas. Entonces { $classmate } le responde: “¿en serio? ¿tú también?”
conduct-the-photo-without-consent-fix-choice = Auch. Esa respuesta duele, pero todavía puedes arreglar esto. ¿Qué vas a hacer?
conduct-the-photo-without-consent-choice-delete-sorry-tell = Borrar mi historia, pedir perdón y contárselo a { $teacher }
conduct-the-photo-without-consent-feedback-delete-sorry-tell = Así se le da la vuelta. Borrarla detiene tu parte de la difusión, una disculpa le importa a { $classmate }, y un adulto de confianza puede hacer que eliminen la original.
conduct-the-photo-without-consent-choice-delete-story = Borrar mi historia sin decir nada
conduct-the-photo-without-consent-feedback-delete-story = Borrarla ayuda, pero { $classmate } vio lo que hiciste, y la original sigue publicada. Una disculpa y un reporte marcarían una diferencia real.
conduct-the-photo-without-consent-choice-keep-story = Dejarla publicada, todo el mundo la compartió de todos modos
conduct-the-photo-without-consent-feedback-keep-story = Una oportunidad para aprender: “todo el mundo lo hizo” no reduce el daño, lo multiplica. Nunca es tarde para borrarla, pedir perdón y buscar ayuda.

conduct-the-photo-without-consent-adult-helps-late = Gracias por tu sinceridad. Borrarla y pedir perdón fue lo correcto. Me aseguraré de que eliminen la original, y hablaremos en clase sobre el consentimiento.

conduct-the-photo-without-consent-end-safe = Detectaste una foto publicada sin consentimiento, te negaste a difundirla y ayudaste a { $classmate } a que la eliminaran. Así se ve el respeto en internet.
conduct-the-photo-without-consent-end-mixed = No empeoraste las cosas, pero la foto sigue circulando y { $classmate } lo enfrenta sin apoyo. Reportarla y contárselo a un adulto de confianza hace que la eliminen.
conduct-the-photo-without-consent-end-recovered = Al principio la compartiste, pero luego lo reconociste, pediste perdón y ayudaste a que la eliminaran. { $classmate } lo notó. Arreglar un error requiere valor.
conduct-the-photo-without-consent-end-harmful = La foto se sigue difundiendo, y a { $classmate } le angustia ir a la escuela. Nunca es tarde: bórrala, pide perdón, repórtala y cuéntaselo a un adulto de confianza.
