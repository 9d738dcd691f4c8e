# Contenido / valores: El clip deepfake (16-18 años)

content-the-deepfake-clip-title = El clip deepfake
content-the-deepfake-clip-summary = A pocos días de las elecciones, se hace viral un clip muy realista de una figura política, y alguien de tu grupo quiere compartirlo.
content-the-deepfake-clip-remember = Las emociones fuertes son el truco favorito de lo falso: haz una pausa, busca el original y lee qué dicen otras fuentes. Si es falso, repórtalo y comparte la corrección, no el clip.

content-the-deepfake-clip-app = { $app }
content-the-deepfake-clip-app-loopsy = Loopsy
content-the-deepfake-clip-app-viddle = Viddle
content-the-deepfake-clip-app-scrollpop = Scrollpop
content-the-deepfake-clip-candidate-lindqvist = Mara Lindqvist
content-the-deepfake-clip-candidate-osei = Daniel Osei
content-the-deepfake-clip-candidate-ferreira = Ana Ferreira
content-the-deepfake-clip-friend-amara = Amara
content-the-deepfake-clip-friend-jonah = Jonás
content-the-deepfake-clip-friend-yuki = Yuki

content-the-deepfake-clip-npc-friend = { $friend }

content-the-deepfake-clip-intro = Faltan cuatro días para las elecciones, y media escuela puede votar por primera vez. En { $app } hay un clip por todas partes: { $candidate }, en plena campaña, dice algo escandaloso.
content-the-deepfake-clip-post = ¡¡MÍRALO antes de que lo borren!! { $candidate } admite que la votación está amañada y se ríe. Ya tiene 2 millones de vistas. Lo publico en el chat de nuestro año YA.

content-the-deepfake-clip-spot = Se ve y se oye real. Antes de que alguien lo comparta, toca todo lo que delata este clip.
content-the-deepfake-clip-card-title = @RealTruthDaily, compartido por { $friend }
content-the-deepfake-clip-card-body = Un clip de 40 segundos: { $candidate } en un atril, mirando directo a la cámara. “La votación ya está decidida. Ustedes no van a cambiar nada.”
content-the-deepfake-clip-part-lips = La boca se desincroniza en la palabra “decidida”
content-the-deepfake-clip-feedback-lips = Bien visto. Labios que van detrás del sonido, dientes borrosos o parpadeos raros son señales comunes de video hecho con IA. Pero las falsificaciones mejoran, así que verificar la fuente importa todavía más.
content-the-deepfake-clip-part-account = Publicado por @RealTruthDaily, una cuenta creada hace 3 días
content-the-deepfake-clip-feedback-account = Sí. Una cuenta recién creada y sin historial que publica noticias políticas explosivas es una gran señal de alerta. Las exclusivas reales vienen de medios o periodistas con trayectoria.
content-the-deepfake-clip-part-original = Sin enlace al discurso completo, sin lugar, sin evento
content-the-deepfake-clip-feedback-original = Exacto. Un clip real viene de algún sitio: un discurso, una entrevista, una fecha. Sin el original, no puedes verificar el contexto, y a menudo esa es la idea.
content-the-deepfake-clip-part-caption = Texto: “¡¡COMPÁRTELO antes de que lo BORREN!!”
content-the-deepfake-clip-feedback-caption = Correcto. Las mayúsculas, el pánico y el “antes de que lo borren” apuntan a tus emociones para que compartas antes de pensar. Las emociones fuertes son justo el momento de ir más despacio.
content-the-deepfake-clip-part-date = Publicado hoy a las 09:14
content-the-deepfake-clip-feedback-date = Esto solo no es una pista: las publicaciones nuevas son normales. Aun así, mira las fechas, porque los clips viejos o sacados de contexto a menudo se vuelven a compartir como “última hora”.

content-the-deepfake-clip-react = { $friend } está a punto de publicarlo en el chat de nuestro año: 300 personas, muchas votando por primera vez. ¿Qué haces primero?
content-the-deepfake-clip-choice-check = Verificarlo: buscar el original y ver qué dicen los verificadores
content-the-deepfake-clip-feedback-check = Eso es lectura lateral: en lugar de mirar el clip fijamente, abres pestañas nuevas y ves qué dicen de él fuentes confiables. Dos minutos verificando pueden más que la mejor falsificación.
content-the-deepfake-clip-choice-scroll = Seguir bajando. No es asunto mío.
content-the-deepfake-clip-feedback-scroll = No compartirlo estuvo bien: lo falso crece cada vez que se comparte. Pero tus amigos están a punto de verlo, y una verificación rápida podría evitar que llegue a 300 personas.
content-the-deepfake-clip-choice-quote = Citarlo con un comentario: “Si esto es real, guau.”
content-the-deepfake-clip-feedback-quote = Una oportunidad para aprender: el “si esto es real” no viaja. La gente hace captura del clip, no de tu duda, y tu publicación se lo lleva a todo el que te sigue.

content-the-deepfake-clip-lateral = Metes un fotograma en una búsqueda inversa de imágenes. Encuentra el original: un discurso de hace dos años donde { $candidate } dice lo contrario. Dos verificadores ya marcan el clip como hecho con IA.
content-the-deepfake-clip-scroll-past = Sigues bajando. Una hora después, el clip está en el chat de nuestro año con 80 reacciones, y { $friend } añadió: “No pienso votar por alguien que miente así.”

content-the-deepfake-clip-friend-chat = Bueno, dicen que es falso. ¿Sinceramente? Aunque lo sea, es justo el tipo de cosa que diría { $candidate }. ¿Acaso importa?
content-the-deepfake-clip-choice-correct = Compartir la verificación con { $friend } y reportar el clip
content-the-deepfake-clip-feedback-correct = Así se frena algo falso sin darle impulso: comparte la corrección, no el clip, y repórtalo para que la plataforma lo etiquete. Lo falso funciona porque parece verdad.
content-the-deepfake-clip-choice-correct-only = Decirle a { $friend } que es falso, pero dejarlo ahí
content-the-deepfake-clip-feedback-correct-only = Decírselo ayuda. Pero el clip se sigue difundiendo entre gente que nunca verá tu mensaje. Reportarlo hace que lo etiqueten para todo el mundo.
content-the-deepfake-clip-choice-meme = Publicar un meme sobre { $candidate } en el hilo
content-the-deepfake-clip-feedback-meme = Una oportunidad para aprender: un meme mantiene vivo lo falso, aunque sea en broma. Un clip inventado puede influir en votos reales, y es injusto, pienses lo que pienses de las ideas políticas de alguien.

content-the-deepfake-clip-reported = En pocas horas, la plataforma etiqueta el clip como “contenido manipulado” y deja de recomendarlo. { $friend } borra la publicación del chat: “Bueno, qué inquietante. Parecía tan real.”

content-the-deepfake-clip-spreads = Tu publicación despega: 400 veces compartida en una hora. Las capturas conservan el clip y dejan fuera cualquier duda. Luego un verificador lo marca como hecho con IA, con tu nombre justo debajo en el hilo.
content-the-deepfake-clip-fix = Le pasa también a gente cuidadosa: lo falso está hecho para compartirse. Tu publicación sigue ahí, empujando el clip. Todavía estás a tiempo de ayudar. ¿Y ahora?
content-the-deepfake-clip-choice-fix = Borrarla, publicar la verificación y reportar el clip
content-the-deepfake-clip-feedback-fix = Eso es integridad de verdad. Reconocer un error en público requiere valor, y la corrección de alguien que compartió lo falso suele ser la que la gente cree.
content-the-deepfake-clip-choice-delete = Borrar mi publicación sin decir nada
content-the-deepfake-clip-feedback-delete = Borrarla evita que tu publicación lo siga difundiendo. Pero cientos de personas ya lo vieron a través de ti, y una corrección breve llegaría a esas mismas personas.
content-the-deepfake-clip-choice-leave = Dejarla. Todo el mundo tiene derecho a opinar.
content-the-deepfake-clip-feedback-leave = Una oportunidad para aprender: tus opiniones son tuyas, pero un clip falso no es una opinión, es una prueba inventada. Nunca es tarde para corregirlo.
content-the-deepfake-clip-corrected = Tu corrección recibe menos me gusta que el clip, pero la gente la comparte. Al día siguiente, una profesora la proyecta en clase: “Así se maneja algo falso.”

content-the-deepfake-clip-end-safe = Verificaste antes de confiar, ayudaste a alguien de tu grupo y reportaste lo falso sin darle impulso. Así vota la gente bien informada.
content-the-deepfake-clip-end-mixed = El clip sigue circulando, sin etiqueta y convenciendo a gente, y nadie lo ha reportado. Reportarlo y compartir la corrección ayuda a que todo el mundo decida con hechos.
content-the-deepfake-clip-end-recovered = Compartiste algo falso y luego lo corregiste en público. Eso es más difícil que no equivocarse nunca, y ayuda a más gente. La próxima vez: pausa, verifica y luego publica.
content-the-deepfake-clip-end-harmful = El clip se sigue difundiendo con tu publicación, y habrá gente que vote basándose en una mentira. Nunca es tarde: borra, corrige y reporta.
