# Contenido / valores: La noticia falsa (13-15 años)

content-the-fake-news-post-title = La noticia falsa
content-the-fake-news-post-summary = Una publicación viral dice que alguien famoso de la medicina encontró una cura milagrosa, y alguien de tu grupo quiere que todo el mundo la comparta.
content-the-fake-news-post-remember = Antes de compartir, fíjate en quién está detrás de una publicación y en lo que dicen las fuentes confiables. Corrige a tus amigos con amabilidad y reporta las publicaciones falsas.

content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }

# Variedad: cada partida elige una opción de cada variable de `vary`.
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
content-the-fake-news-post-name-nia = Nia
content-the-fake-news-post-name-tomas = Tomás
content-the-fake-news-post-name-priya = Priya
content-the-fake-news-post-name-drtruth = DrTruth_Official
content-the-fake-news-post-name-healthsecrets = health.secrets.now
content-the-fake-news-post-name-naturalfix = TheNaturalFix_
content-the-fake-news-post-doctor-osei = Dra. Amara Osei
content-the-fake-news-post-doctor-lenz = Dr. Paul Lenz
content-the-fake-news-post-doctor-chen = Dra. Mei Chen
content-the-fake-news-post-adult-mum = Mamá
content-the-fake-news-post-adult-dad = Papá
content-the-fake-news-post-adult-uncle = Tío Rafi

content-the-fake-news-post-intro = Sábado por la tarde. Estás mirando { $app } cuando aparece una publicación compartida 80 000 veces. { $friend } ya la compartió en el grupo de tu clase.
content-the-fake-news-post-the-post = ¡¡OMG, hay que leer esto!! Mi tía lleva meses enferma, NECESITA esto. ¡¡Que todo el mundo lo comparta, puede salvar vidas!!

content-the-fake-news-post-spot = Grandes promesas, grandes emociones. Antes de creerlo, toca todo lo que delata esta publicación.
content-the-fake-news-post-card-title = { $account }
content-the-fake-news-post-card-body = { $doctor }, de la tele, dice: “Toma solo Glow Tonic durante 3 días y nunca volverás a enfermarte.”
content-the-fake-news-post-part-account = { $account } - cuenta creada hace 6 días
content-the-fake-news-post-feedback-part-account = Una cuenta recién creada con noticias enormes de salud es una señal de alerta. Los médicos y los servicios de salud reales tienen un historial que puedes verificar.
content-the-fake-news-post-part-date = Publicado hoy, 16:02
content-the-fake-news-post-feedback-part-date = Esto solo no es una pista: las publicaciones verdaderas y las falsas tienen fecha. Importa mucho más quién la publicó y qué dicen otras fuentes.
content-the-fake-news-post-part-photo = Foto: { $doctor }, sonriente, con una botella de Glow Tonic
content-the-fake-news-post-feedback-part-photo = Mira con atención: la mano y la botella no encajan. Una búsqueda inversa de imágenes encuentra la foto original, sin ninguna botella.
content-the-fake-news-post-part-link = Consigue tu kit de 3 días: glowtonic-shop.biz, ¡solo 24.99!
content-the-fake-news-post-feedback-part-link = La publicación vende algo. Una cura milagrosa con un enlace a una tienda suele ser un anuncio disfrazado de noticia.
content-the-fake-news-post-part-wording = ¡Los médicos NO quieren que lo sepas! ¡¡¡Compártelo antes de que lo PROHÍBAN!!!
content-the-fake-news-post-feedback-part-wording = Las mayúsculas, los secretos y el “compártelo ya” están ahí para que sientas, no para que pienses. Los consejos de salud reales no necesitan presionarte.

content-the-fake-news-post-check-choice = Aquí hay algo raro. Pero { $friend } espera que tú también lo compartas. ¿Qué vas a hacer?
content-the-fake-news-post-choice-read-sideways = Buscar ese nombre y la afirmación en una pestaña nueva
content-the-fake-news-post-feedback-read-sideways = Eso es lectura lateral, lo que hacen los verificadores de datos: salir de la publicación y ver qué dicen de ella fuentes confiables. Un minuto verificando vale más que mirar la publicación fijamente.
content-the-fake-news-post-choice-read-comments = Leer los comentarios para ver si a la gente le funcionó
content-the-fake-news-post-feedback-read-comments = No compartirlo todavía es inteligente. Pero los comentarios se pueden falsificar: muchos vienen de cuentas sin foto, publicados en el mismo minuto. Verifica fuentes fuera de la publicación.
content-the-fake-news-post-choice-share-too = Compartirlo también. ¿Y si ayuda a alguien?
content-the-fake-news-post-feedback-share-too = Una oportunidad para aprender: querer ayudar es bonito, pero compartir una cura falsa puede hacer que la gente deje un tratamiento de verdad. Primero verifica, luego decide.

content-the-fake-news-post-fact-found = ¡Aquí está! La página real de { $doctor } dice: “Yo nunca dije esto. Vivir solo de un tónico durante 3 días es peligroso.” Los servicios de salud dicen que esa cura no existe.

content-the-fake-news-post-kind-choice = De vuelta en el grupo de la clase, se están burlando de { $friend }: “jaja te crees cualquier cosa”, “imagínate caer en eso”. { $friend } se quedó en silencio.
content-the-fake-news-post-choice-message-kindly = Escribirle a { $friend } en privado con lo que encontré
content-the-fake-news-post-feedback-message-kindly = Amable e inteligente. Corregir a alguien en privado, sin reírte, le ayuda a cambiar de opinión. Cualquiera puede caer con una falsificación ingeniosa.
content-the-fake-news-post-choice-stay-out = No meterme, no es mi problema
content-the-fake-news-post-feedback-stay-out = No sumarte importa. Pero { $friend } todavía cree en lo falso, y las bromas duelen. Un mensaje privado y amable podría ayudar con las dos cosas.
content-the-fake-news-post-choice-laugh-along = Responder con un emoji de risa, como los demás
content-the-fake-news-post-feedback-laugh-along = Una oportunidad para aprender: un ataque en grupo convierte un error en una humillación, y quien siente que se ríen de su persona casi nunca cambia de opinión. La amabilidad funciona mejor.

content-the-fake-news-post-friend-thanks = Gracias por no reírte de mí. Ya lo borré. Pero mi tía ya pidió el kit y quiere empezar mañana...
content-the-fake-news-post-choice-report-and-help = Reportar la publicación y mostrarle a tu tía la página real
content-the-fake-news-post-feedback-report-and-help = Genial. Reportar afirmaciones falsas de salud ayuda a que { $app } las elimine, y las fuentes reales pueden evitar que su tía deje de lado la atención médica real. Un adulto de la familia también puede ayudar.
content-the-fake-news-post-choice-delete-move-on = Ya lo borramos, así que dejémoslo así
content-the-fake-news-post-feedback-delete-move-on = Borrar lo compartido estuvo bien. Pero la publicación sigue circulando, y su tía todavía podría probar el tónico. Reportarla y hablar con ella podría protegerla.
content-the-fake-news-post-choice-try-kit = Dile que lo pruebe, no puede hacer daño
content-the-fake-news-post-feedback-try-kit = Una oportunidad para aprender: las curas falsas pueden hacer daño, porque cuestan dinero y reemplazan el tratamiento real. Cuando se trata de salud, consulta a un médico o a una fuente confiable.

content-the-fake-news-post-shared = Lo que compartiste recibe 30 me gusta. Luego tu primo menor te escribe: “¿Dejo de comer y solo tomo el tónico? Tú lo compartiste, así que debe ser verdad.”
content-the-fake-news-post-fix-choice = Ay, no. La gente confía en lo que compartes, así que algo falso que viene de ti le parece verdad. Todavía estás a tiempo de arreglarlo. ¿Qué vas a hacer?
content-the-fake-news-post-choice-correct-tell = Borrarlo, publicar una corrección y avisar a un adulto de confianza
content-the-fake-news-post-feedback-correct-tell = Así se arregla. Una corrección llega a quienes vieron lo que compartiste, y un adulto de confianza puede asegurarse de que tu primo esté bien. A todo el mundo lo engañan alguna vez.
content-the-fake-news-post-choice-delete-quietly = Borrar lo que compartí sin decir nada
content-the-fake-news-post-feedback-delete-quietly = Borrarlo evita que se difunda desde ti. Pero tu primo y otras personas ya lo vieron. Una corrección breve y un adulto de confianza ayudarían a protegerlos.
content-the-fake-news-post-choice-leave-up = Dejarlo publicado, que cada uno decida por su cuenta
content-the-fake-news-post-feedback-leave-up = Una oportunidad para aprender: tu primo ya decidió creerlo porque tú lo compartiste. Las publicaciones falsas de salud pueden hacerle daño real a la gente. Está bien cambiar de opinión.

content-the-fake-news-post-adult-helps = Gracias por contármelo, eso requirió valor. Vamos a llamar a tu primo ahora, reportar la publicación a { $app } y buscar contigo consejos de salud reales.

content-the-fake-news-post-end-safe = Verificaste antes de confiar, corregiste a alguien con amabilidad y reportaste una cura falsa. Así es justo como se frena la desinformación.
content-the-fake-news-post-end-mixed = No difundiste lo falso, pero sigue circulando y nadie lo ha reportado. La próxima vez, reporta las publicaciones falsas y habla con las personas a las que podrían hacer daño.
content-the-fake-news-post-end-recovered = Compartiste algo falso, pero luego lo reconociste, lo corregiste y pediste ayuda. Eso requiere más valor que no equivocarse nunca.
content-the-fake-news-post-end-mocked = { $friend } siente una gran humillación y sale del grupo de la clase, todavía creyendo lo falso. Nunca es tarde para pedir perdón, compartir lo que encontraste y reportar la publicación.
content-the-fake-news-post-end-harmful = La cura falsa se sigue difundiendo, y la gente paga por ella en lugar de recibir atención médica real. Nunca es tarde para reportarla y hablar con un adulto de confianza.
