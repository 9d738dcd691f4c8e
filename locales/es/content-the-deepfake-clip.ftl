# Contenido / valores: El clip deepfake (16-18 años)

content-the-deepfake-clip-title = El clip deepfake
content-the-deepfake-clip-summary = A pocos días de las elecciones, se hace viral un clip muy realista de una figura política, y alguien de tu grupo quiere compartirlo.
content-the-deepfake-clip-remember = Las emociones fuertes son el truco favorito de lo falso: haz una pausa, busca el original y lee qué dicen otras fuentes. Si es falso, repórtalo y comparte la verificación, nunca el clip.

content-the-deepfake-clip-app = { $app }
content-the-deepfake-clip-app-loopsy = Loopsy
content-the-deepfake-clip-app-viddle = Viddle
content-the-deepfake-clip-app-scrollpop = Scrollpop
content-the-deepfake-clip-candidate-lindqvist = Mara Lindqvist
content-the-deepfake-clip-candidate-osei = Daniel Osei
content-the-deepfake-clip-candidate-ferreira = Ana Ferreira

content-the-deepfake-clip-npc-friend = { $friend }

content-the-deepfake-clip-intro = Faltan cuatro días para las elecciones, y media escuela puede votar por primera vez. En { $app } hay un clip por todas partes: { $candidate }, en plena campaña, dice algo escandaloso.
content-the-deepfake-clip-post = ¡¡MÍRALO antes de que lo borren!! { $candidate } admite que la votación está amañada y se ríe. Ya tiene 2 millones de vistas. Lo subo al chat del curso YA.

content-the-deepfake-clip-spot = Se ve y se oye real. Antes de que alguien lo comparta, toca todo lo que delata este clip.
content-the-deepfake-clip-card-title = @RealTruthDaily, compartido por { $friend }
content-the-deepfake-clip-card-body = Un clip de 40 segundos: { $candidate } en un atril, mirando directo a la cámara. “La votación ya está decidida. Ustedes no van a cambiar nada.”
content-the-deepfake-clip-part-lips = La cara: una boca borrosa y doble, y una costura alrededor
content-the-deepfake-clip-feedback-lips = Bien visto. Una boca borrosa y doble, y una costura alrededor de una cara pegada, son señales comunes de video hecho con IA. Pero las falsificaciones mejoran, así que verificar la fuente importa todavía más.
content-the-deepfake-clip-part-account = Publicado por @RealTruthDaily, una cuenta creada hace 3 días
content-the-deepfake-clip-feedback-account = Sí. Una cuenta recién creada y sin historial que publica noticias políticas explosivas es una gran señal de alerta. Las exclusivas reales vienen de medios o periodistas con trayectoria.
content-the-deepfake-clip-part-original = Sin enlace al discurso completo, sin lugar, sin evento
content-the-deepfake-clip-feedback-original = Exacto. Un clip real viene de algún sitio: un discurso, una entrevista, una fecha. Sin el original, no puedes verificar el contexto, y a menudo esa es la idea.
content-the-deepfake-clip-part-caption = Texto: “¡¡COMPÁRTELO antes de que lo BORREN!!”
content-the-deepfake-clip-feedback-caption = Correcto. Las mayúsculas, el pánico y el “antes de que lo borren” apuntan a tus emociones para que compartas antes de pensar. Las emociones fuertes son justo el momento de ir más despacio.
content-the-deepfake-clip-part-date = Publicado hoy a las 09:14
content-the-deepfake-clip-feedback-date = Esto solo no es una pista: las publicaciones nuevas son normales. Aun así, mira las fechas, porque los clips viejos o sacados de contexto a menudo se vuelven a compartir como “última hora”.
content-the-deepfake-clip-part-views = Etiqueta en el clip: 2 millones de vistas
content-the-deepfake-clip-feedback-views = No es una pista ni a favor ni en contra. Los clips reales y los falsos pueden tener millones de vistas. Las vistas muestran cuánto se ha extendido algo, no si es verdad.
content-the-deepfake-clip-part-buttons = Botones de me gusta, comentar y compartir
content-the-deepfake-clip-feedback-buttons = No es una pista: todos los clips tienen estos botones, reales o falsos. Pero el botón de compartir es por donde crece una falsificación, así que detente antes de usarlo.
content-the-deepfake-clip-pic-reposted = { $friend } lo compartió
content-the-deepfake-clip-pic-account = @RealTruthDaily
content-the-deepfake-clip-pic-joined = Se unió hace 3 días
content-the-deepfake-clip-pic-date = Hoy a las 09:14
content-the-deepfake-clip-pic-caption = ¡¡COMPÁRTELO antes de que lo BORREN!!
content-the-deepfake-clip-pic-subtitle = La votación ya está decidida.
content-the-deepfake-clip-pic-views = 2 millones de vistas

content-the-deepfake-clip-react = { $friend } está a punto de publicarlo en el chat del curso: 300 personas, muchas votando por primera vez. ¿Qué haces?
content-the-deepfake-clip-choice-share = Compártelo. La gente merece verlo antes de votar.
content-the-deepfake-clip-feedback-share = Una oportunidad para aprender: las emociones fuertes son el truco favorito de lo falso. Está hecho para compartirse rápido, antes de que alguien lo investigue. Pausa, busca el original y luego decide.
content-the-deepfake-clip-choice-scroll = No es mi drama. Luego verifico las noticias sobre eso.
content-the-deepfake-clip-feedback-scroll = No compartirlo estuvo bien: lo falso crece cada vez que se comparte. Pero “luego” llega cuando 300 personas ya lo vieron. Pedirle a { $friend } dos minutos podría haberlo frenado antes.
content-the-deepfake-clip-choice-wait = Espera, no lo publiques aún. Dame dos minutos.
content-the-deepfake-clip-feedback-wait = Buena pausa. Primero frenaste el envío y luego leíste alrededor del clip: pestañas nuevas, el original, lo que dicen los verificadores. Dos minutos investigando pueden más que la mejor falsificación.
content-the-deepfake-clip-c-spreads = Tu publicación despega: 400 veces compartida en una hora. Las capturas conservan el clip y dejan fuera cualquier duda. Luego un verificador lo marca como hecho con IA, con tu nombre justo debajo en el hilo.
content-the-deepfake-clip-c-scroll = Sigues bajando. Una hora después, el clip está en el chat del curso con 80 reacciones, y { $friend } añadió: “No pienso votar por alguien que miente así.”
content-the-deepfake-clip-c-lateral = { $friend } espera. Metes un fotograma en una búsqueda inversa de imágenes y encuentras el original: un discurso de hace dos años donde { $candidate } dice lo contrario. Dos verificadores ya lo marcan como IA.
content-the-deepfake-clip-pic-search = Búsqueda inversa de imágenes
content-the-deepfake-clip-pic-original = Original: discurso completo, de hace 2 años
content-the-deepfake-clip-pic-check-one = Verificación: este clip se hizo con IA
content-the-deepfake-clip-pic-check-two = Verificación: el discurso real dice lo contrario

content-the-deepfake-clip-sort = Dos minutos bien empleados. Mientras tanto, llegan a tu feed más publicaciones de la semana electoral. ¿Dónde va cada una?
content-the-deepfake-clip-post-office-from = Oficina Electoral Municipal
content-the-deepfake-clip-post-office = Se vota el domingo, de 7:00 a 22:00. Trae un documento con foto y busca tu centro de votación en nuestra web. ¡Comparte esto con quien vote por primera vez!
content-the-deepfake-clip-post-office-why = Compártela: es la cuenta de la propia oficina electoral, los datos coinciden con su web y ayuda a quien vota por primera vez a llegar y votar de verdad.
content-the-deepfake-clip-post-kai-from = our.year.moments
content-the-deepfake-clip-post-kai = Alguien grabó a Kai quedándose en blanco en su discurso del club de debate. Id al 0:40, se le olvida hasta su nombre, jajaja. ¡Pasadlo al grupo!
content-the-deepfake-clip-post-kai-why = No la pases: es el peor momento de Kai, grabado sin preguntarle, y cada vez que se comparte se hace más grande. Reportarla y preguntarle a Kai cómo está ayuda más.
content-the-deepfake-clip-post-rumour-from = jules_on_the_17
content-the-deepfake-clip-post-rumour = Dicen que este año la escuela no será centro de votación y que todos tenemos que votar al otro lado de la ciudad. ¿Alguien lo confirma? Avísenles a sus papás.
content-the-deepfake-clip-post-rumour-why = Compruébala primero: nadie dice de dónde sale. La oficina electoral publica todos los centros de votación, y dos minutos en su web lo aclaran.
content-the-deepfake-clip-post-debate-from = Diario del Puerto
content-the-deepfake-clip-post-debate = El debate de esta noche, completo: los tres candidatos responden a preguntas de estudiantes sobre transporte, vivienda y empleo. Video íntegro y transcripción en nuestra web. ¡Compártelo con quien aún dude!
content-the-deepfake-clip-post-debate-why = Puedes compartirla: un periódico con nombre, con el video completo y la transcripción, deja juzgar en contexto, justo lo que escondía el clip de @RealTruthDaily.
content-the-deepfake-clip-post-date-from = Diario del Puerto · Última hora
content-the-deepfake-clip-post-date = Captura del Diario del Puerto: la votación se aplaza al domingo que viene por un error al imprimir las papeletas. Este domingo los centros de votación estarán cerrados. ¡Avisen a quien no haya votado todavía!
content-the-deepfake-clip-post-date-why = No la compartas: la oficina electoral sigue diciendo este domingo, y esta captura viene de una cuenta imitadora con un nombre casi igual. Cambiar la fecha es un viejo truco para que la gente no vote.
content-the-deepfake-clip-post-theo-from = noor.draws
content-the-deepfake-clip-post-theo = ¡Teo acaba de publicar que ha conseguido las prácticas que más quería! Se lo ha currado todos los fines de semana. ¡Qué orgullo, Teo, te lo mereces!
content-the-deepfake-clip-post-theo-why = Compártela sin dudar: es amable, es una buena noticia que Teo cuenta él mismo y pasarla le da ánimos. Tener cuidado con los bulos no es dudar de todo el mundo.

content-the-deepfake-clip-friend-chat = Bueno, dicen que es falso. ¿Sinceramente? Aunque lo sea, es justo el tipo de cosa que diría { $candidate }. ¿Acaso importa?
content-the-deepfake-clip-choice-debunk = Lo cito: “¡FALSO! Hay que reportarlo y verificar todo.”
content-the-deepfake-clip-feedback-debunk = Detectaste lo falso, y eso es genial. Pero citarlo muestra el clip a todo el que te sigue, y las capturas cortan tu “FALSO”. Comparte la verificación, no el clip, y repórtalo.
content-the-deepfake-clip-choice-correct = Sí que importa. Aquí está la verificación. Yo ya reporté el clip.
content-the-deepfake-clip-feedback-correct = Así se frena algo falso sin darle impulso: la verificación viaja, el clip no, y tu reporte hace que lo etiqueten. Y sí, importa: inventar lo que alguien dijo es injusto, pienses lo que pienses de esa persona.
content-the-deepfake-clip-choice-meme = ¿A quién le importa? Publico un meme de { $candidate }. jaja
content-the-deepfake-clip-feedback-meme = Una oportunidad para aprender: un meme mantiene vivo lo falso, aunque sea en broma. Un clip inventado puede influir en votos reales, y es injusto, pienses lo que pienses de las ideas políticas de alguien.
content-the-deepfake-clip-c-reported = En pocas horas, la plataforma etiqueta el clip como “contenido manipulado” y deja de recomendarlo. { $friend } lee la verificación y se olvida del clip: “Bueno, qué inquietante. Parecía tan real.”
content-the-deepfake-clip-pic-manipulated = Contenido manipulado
content-the-deepfake-clip-pic-see-check = Ver la verificación
content-the-deepfake-clip-pic-not-recommended = Este clip ya no se recomienda
content-the-deepfake-clip-c-debunk = Tu publicación de “¡FALSO!” se comparte 300 veces, pero casi todos la comparten por el clip. La app lo lleva a miles de pantallas más, y las capturas recortan tu aviso.
content-the-deepfake-clip-c-meme = Tu meme da risa y se comparte 200 veces, y cada vez arrastra lo que dice el clip falso. Luego un verificador marca el clip como hecho con IA, con tu meme justo debajo en el hilo.

content-the-deepfake-clip-boosted = Tu publicación de “¡FALSO!” es ahora la copia del clip más compartida de tu año. Tu aviso está ahí, en el texto. ¿Y ahora?
content-the-deepfake-clip-choice-keep-caption = La dejo. El texto dice FALSO, eso ayuda a que la gente esté segura.
content-the-deepfake-clip-feedback-keep-caption = Una oportunidad para aprender: casi todos miran el clip, no el texto. Cada vez que se comparte tu publicación, se ve lo falso otra vez. Comparte solo el enlace de la verificación, y reporta el clip.
content-the-deepfake-clip-choice-explain = Añado un hilo largo debajo explicando por qué es falso.
content-the-deepfake-clip-feedback-explain = Una oportunidad para aprender: un hilo con mucho movimiento hace que tu publicación parezca popular, así que la app muestra el clip a más gente. El enlace de la verificación lo dice mejor, sin el clip.
content-the-deepfake-clip-choice-swap = La cambio por el enlace de la verificación y reporto el clip.
content-the-deepfake-clip-feedback-swap = Buen arreglo. Tu aviso era correcto, pero el que viajaba era el clip. Ahora solo circula la verificación, y tu reporte deja que la plataforma etiquete el clip para todo el mundo.
content-the-deepfake-clip-c-swapped = Borras tu cita y compartes el enlace de la verificación en su lugar. Reportas el clip, y por la tarde ya está etiquetado como “contenido manipulado” y no se recomienda.
content-the-deepfake-clip-c-kept = Tu publicación sigue subiendo. Casi nadie de quienes la comparten lee tu texto, y las capturas del clip circulan sin él.
content-the-deepfake-clip-c-explained = Tu hilo recibe 90 respuestas, la mitad discutiendo, y cada respuesta empuja el clip a más pantallas.

content-the-deepfake-clip-fix = Le pasa también a gente cuidadosa: lo falso está hecho para compartirse. Tu publicación sigue ahí, ayudando a que lo falso se difunda. ¿Y ahora?
content-the-deepfake-clip-choice-edit = Cambio el texto a “puede ser falso, verificar”. Así es seguro.
content-the-deepfake-clip-feedback-edit = Una oportunidad para aprender: la gente mira el clip, no el texto, y tu edición no llega a quien ya lo compartió. Bórralo, comparte la verificación y reporta el clip.
content-the-deepfake-clip-choice-fix = Borro mi post, comparto la verificación y reporto el clip.
content-the-deepfake-clip-feedback-fix = Eso es integridad de verdad. Reconocer un error en público requiere valor, y la corrección de alguien que compartió lo falso suele ser la que la gente cree.
content-the-deepfake-clip-choice-leave = La dejo como está. Todo el mundo tiene derecho a su opinión.
content-the-deepfake-clip-feedback-leave = Una oportunidad para aprender: tus opiniones son tuyas, pero un clip falso no es una opinión, es una prueba inventada. Nunca es tarde para corregirlo.
content-the-deepfake-clip-c-corrected = Tu corrección recibe menos me gusta que lo falso, pero la gente la comparte, y el clip queda etiquetado como “contenido manipulado”. Al día siguiente, una profe la muestra en clase: “Así se maneja algo falso.”
content-the-deepfake-clip-c-edited = Casi nadie ve el texto nuevo: el clip se reproduce primero, y se comparte más de 1,000 veces.
content-the-deepfake-clip-c-left = El hilo bajo tu publicación se llena de discusiones, y el clip sigue subiendo, con tu nombre encima.

content-the-deepfake-clip-end-safe = { $friend } tuvo los hechos, el clip fue reportado y etiquetado, y tú nunca lo pasaste. Así vota la gente bien informada.
content-the-deepfake-clip-end-safe-late = Tu primer “¡FALSO!” impulsó el clip, pero lo cambiaste por la verificación y reportaste lo falso. Ahora circula la corrección, no el clip.
content-the-deepfake-clip-end-mixed = Detectaste lo falso, pero tu publicación sigue llevando el clip a gente nueva, y el clip no tiene etiqueta. La próxima vez: comparte la verificación, no el clip, y repórtalo.
content-the-deepfake-clip-end-recovered = Tu publicación ayudó a difundir lo falso, y luego lo arreglaste: la quitaste, compartiste la verificación y reportaste el clip. Eso es más difícil que no equivocarse nunca, y ayuda a más gente.
content-the-deepfake-clip-end-harmful = Tu publicación sigue ayudando a difundir lo falso, y habrá gente que vote por una mentira. Caer en algo falso no es tu culpa, y nunca es tarde: un adulto de confianza puede ayudarte a quitarlo y corregirlo.

# Mi teléfono: el clip falso compartido, o reportado.
content-the-deepfake-clip-trace-fake = Un clip falso de las elecciones, todavía compartido desde tu perfil.
content-the-deepfake-clip-trace-fake-advice = La gente sigue viendo lo falso a través de ti. Borra la publicación, comparte la verificación y reporta el clip.
content-the-deepfake-clip-trace-reported-fake = Un clip falso de las elecciones: lo reportaste, y ahora está etiquetado como “contenido manipulado”.
content-the-deepfake-clip-trace-reported-fake-advice = Tu reporte hizo que lo etiquetaran para todos. Sigue así: comparte la verificación, nunca el clip.
