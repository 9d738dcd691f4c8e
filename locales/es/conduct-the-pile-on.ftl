# Conducta / agresión: El linchamiento digital (16-18 años)

conduct-the-pile-on-title = El linchamiento digital
conduct-the-pile-on-summary = Una publicación torpe de alguien de tu escuela se convierte en un linchamiento de memes y amenazas, y tus amigos quieren que te sumes.
conduct-the-pile-on-remember = Puedes discrepar sin sumarte al linchamiento. No participes, pregúntale a esa persona cómo está, reporta las amenazas y aléjate para cuidarte.

conduct-the-pile-on-app = { $app }
conduct-the-pile-on-app-chirpa = Chirpa
conduct-the-pile-on-app-buzzline = Buzzline
conduct-the-pile-on-app-yammerly = Yammerly
conduct-the-pile-on-classmate-ellis = Ellis
conduct-the-pile-on-classmate-ravi = Ravi
conduct-the-pile-on-classmate-kemi = Kemi
conduct-the-pile-on-friend-lena = Lena
conduct-the-pile-on-friend-dev = Dev
conduct-the-pile-on-friend-sami = Sami

conduct-the-pile-on-npc-classmate = { $classmate }
conduct-the-pile-on-npc-friend = { $friend }
conduct-the-pile-on-npc-teacher = Prof. Novak (coordinadora)

conduct-the-pile-on-intro = Sábado por la mañana. Anoche, { $classmate }, de tu escuela, publicó en { $app } una opinión polémica y poco acertada. Ahora tiene 50 000 visualizaciones, y las respuestas están explotando.
conduct-the-pile-on-post = Opinión impopular: si no puedes pagar el viaje de esquí de la escuela, trabaja los fines de semana como hice yo. ¿¿Tan difícil es??

conduct-the-pile-on-spot = Discrepar de una publicación está bien. Algunas de estas respuestas van mucho más allá. Toca las que cruzan la línea.
conduct-the-pile-on-card-title = Respuestas a { $classmate }
conduct-the-pile-on-card-body = Respuestas destacadas, 2400 reacciones y subiendo.
conduct-the-pile-on-part-privileged = “Sinceramente, es una opinión bastante privilegiada.”
conduct-the-pile-on-feedback-privileged = Es justo. Critica la opinión, no a la persona, y no amenaza a nadie. Puedes discrepar con fuerza sin sumarte al linchamiento.
conduct-the-pile-on-part-clown = Un meme: su foto escolar pegada sobre el cuerpo de un payaso
conduct-the-pile-on-feedback-clown = Sí. Usar la foto de alguien para burlarse ataca a la persona, no a la idea. Memes así llegan mucho más lejos que la publicación original y es difícil retirarlos.
conduct-the-pile-on-part-threat = “Sabemos dónde vives. Ten cuidado el lunes.”
conduct-the-pile-on-feedback-threat = Sin duda. Eso es una amenaza. Las plataformas eliminan las amenazas y, en casos graves, intervienen las escuelas y la policía. Guárdala y repórtala.
conduct-the-pile-on-part-carer = “No todos pueden trabajar los fines de semana. Algunos cuidamos a familiares.”
conduct-the-pile-on-feedback-carer = No cruza la línea. Explica otro punto de vista con calma, desde una experiencia real. Así es un buen desacuerdo.
conduct-the-pile-on-part-number = “Que alguien publique su número para que todos podamos decírselo”
conduct-the-pile-on-feedback-number = Sí. Compartir el número o la dirección de alguien para ir contra esa persona se llama doxing, y convierte un linchamiento en un peligro en la vida real. Repórtalo.

conduct-the-pile-on-friend-tags = jajajaja ¿viste esto? todo el mundo está haciendo memes de { $classmate }. haz el tuyo, es lo más gracioso del año
conduct-the-pile-on-choice-check-in = No sumarme. Escribirle a { $classmate } en privado para ver cómo está.
conduct-the-pile-on-feedback-check-in = Eso es defender a alguien. Un mensaje privado y amable significa mucho cuando miles de desconocidos están en tu contra, y no deja nada en el hilo que pueda volverse contra ti.
conduct-the-pile-on-choice-stay-out = No meterme y seguir bajando
conduct-the-pile-on-feedback-stay-out = No sumarte mantiene tu nombre fuera, lo cual es inteligente. Pero los linchamientos se alimentan del silencio. Un reporte o un mensaje amable ayudaría a la persona que está en el centro.
conduct-the-pile-on-choice-make-meme = Hacer un meme. Es solo una broma.
conduct-the-pile-on-feedback-make-meme = Una oportunidad para aprender: para ti es una broma, para esa persona es la número 500. Las publicaciones se pueden buscar, las capturas perduran, y las universidades y las empresas sí buscan a la gente.

conduct-the-pile-on-classmate-replies = gracias. sé que fue una opinión tonta, ya pedí perdón dos veces. pero alguien publicó mi dirección y no puedo dormir. mis padres todavía no lo saben.
conduct-the-pile-on-pile-grows = Por la tarde, las amenazas ya llegan a los mensajes privados de { $classmate }, y alguien publicó su dirección. { $classmate } lo borra todo, pero las capturas siguen circulando.
conduct-the-pile-on-meme-viral = Tu meme es el que más me gusta recibe en todo el día. El lunes, { $classmate } no va a la escuela. Una captura de tu meme, con tu nombre, llega al correo de la escuela.

conduct-the-pile-on-what-now = Una dirección publicada y amenazas convierten un linchamiento en un peligro real. Esto necesita más que seguir bajando. ¿Qué vas a hacer?
conduct-the-pile-on-choice-report = Reportar amenazas, avisar a un adulto de confianza y silenciar el hilo
conduct-the-pile-on-feedback-report = Exactamente. Los reportes hacen que se eliminen las amenazas y las direcciones, y un adulto puede involucrar a la escuela, o a la policía si hace falta. Silenciar después te deja descansar: ya hiciste tu parte.
conduct-the-pile-on-choice-defend = Responder “ya basta, no más acoso” en la publicación
conduct-the-pile-on-feedback-defend = Defender a alguien en público es valiente, y muestra a otros que también pueden hacerlo. Pero las amenazas y la dirección siguen publicadas. Reportarlas es lo que hace que las eliminen.
conduct-the-pile-on-choice-repost = Volver a publicar el meme más gracioso. Ya está por todas partes.
conduct-the-pile-on-feedback-repost = Una oportunidad para aprender: “ya está por todas partes” es justo cómo crecen los linchamientos. Cada vez que se republica llega a gente nueva y le dice a { $classmate } que hay una persona más en su contra.
conduct-the-pile-on-teacher = Gracias por contármelo. Nos pusimos en contacto con la familia de { $classmate } y con la plataforma, y se están investigando las amenazas. Hiciste lo correcto, y ahora puedes desconectarte.

conduct-the-pile-on-sango-fix = Tu publicación ya está en el hilo, echando leña al fuego. Las capturas perduran, y { $classmate } sigue recibiendo amenazas. Todavía estás a tiempo de ayudar. ¿Y ahora?
conduct-the-pile-on-choice-own-it = Borrarlo, pedirle perdón a { $classmate } y reportar las amenazas
conduct-the-pile-on-feedback-own-it = Eso requiere valor. Una disculpa sincera y un reporte pueden ayudar a frenar el linchamiento. Y reconocer un error es lo que la gente recuerda, incluidas futuras universidades y empresas.
conduct-the-pile-on-choice-delete-log-off = Borrarlo y desconectarme un rato
conduct-the-pile-on-feedback-delete-log-off = Borrarlo y alejarte son buenos pasos. Pero { $classmate } todavía no sabe que lo sientes, y las amenazas siguen publicadas. Un reporte y un mensaje ayudarían más.
conduct-the-pile-on-choice-double-down = Dejarlo publicado. La culpa es suya.
conduct-the-pile-on-feedback-double-down = Una oportunidad para aprender: una opinión torpe no justifica amenazas ni una campaña de odio. Nunca es tarde para borrar, pedir perdón y reportar.
conduct-the-pile-on-fixed = { $classmate } responde: “gracias. de verdad significa mucho.” El linchamiento se apaga para el miércoles, y tu reporte ayudó a que eliminaran las amenazas.

conduct-the-pile-on-end-safe = Viste dónde la crítica se convertía en crueldad, reportaste las amenazas, hiciste que un adulto interviniera y te permitiste descansar. Eso es defender a los demás.
conduct-the-pile-on-end-mixed = Para ti las cosas se han calmado, pero las amenazas y la dirección siguen publicadas, y { $classmate } sigue con miedo. Reportarlas y contárselo a un adulto hace que las eliminen.
conduct-the-pile-on-end-recovered = Te sumaste, pero luego lo reconociste y ayudaste a arreglarlo. Eso es más difícil que no equivocarse nunca. Tu huella digital ahora muestra a alguien que arregló las cosas.
conduct-the-pile-on-end-harmful = El linchamiento sigue con tu publicación dentro, y las capturas no olvidan. Nunca es tarde para borrar, pedir perdón y reportar.
