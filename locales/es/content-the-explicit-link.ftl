# Contenido / sexual: No era un video gracioso (13-15 años). Un enlace de "video gracioso" abre una página porno.
# No se muestra ni se describe nada: cerrar, no reenviar, reportar, hablar con un adulto de confianza.

content-the-explicit-link-title = No era un video gracioso
content-the-explicit-link-summary = Alguien de tu grupo de amigos manda un enlace de "video gracioso" al chat de la clase, y abre algo que nadie debería recibir.
content-the-explicit-link-remember = Si un enlace abre porno, ciérralo: no es tu culpa. No lo reenvíes, repórtalo y habla con un adulto de confianza. No estás en problemas, y las relaciones de verdad no se parecen en nada al porno.

content-the-explicit-link-app = { $app }
content-the-explicit-link-npc-friend = { $friend }
content-the-explicit-link-npc-adult = { $adult }

# Variedad: cada partida elige una opción de cada variable de `vary`.
content-the-explicit-link-app-chatterly = Chatterly
content-the-explicit-link-app-groupnest = GroupNest
content-the-explicit-link-app-pingpal = PingPal
content-the-explicit-link-site-clipz = clipz-lol.xyz
content-the-explicit-link-site-lolvidz = lolvidz.top
content-the-explicit-link-site-funhub = funnyclips4u.biz
content-the-explicit-link-adult-aunt = Tía Mei
content-the-explicit-link-adult-dad = Papá
content-the-explicit-link-adult-grandma = Abuela Rosa

content-the-explicit-link-intro = Hora del almuerzo. El chat de tu clase en { $app } está lleno de memes y quejas sobre las tareas. Entonces { $friend } manda un enlace.
content-the-explicit-link-link-post = jaja me mandaron esto. el video más gracioso del mundo, mírenlo hasta el final
content-the-explicit-link-pic-chat-title = Chat de la clase
content-the-explicit-link-pic-forwarded = Reenviado
content-the-explicit-link-pic-video-title = EL VIDEO MÁS GRACIOSO
content-the-explicit-link-pic-site = { $site }
content-the-explicit-link-pic-time = 12:41
content-the-explicit-link-opened = Lo tocas. No es un video gracioso para nada: es una página porno. Se te pone la cara roja y el corazón te late a mil.
content-the-explicit-link-pic-notice = Solo para adultos

content-the-explicit-link-first-move = Verlo sin querer no es tu culpa, y no tienes que mirar nada de eso. ¿Qué haces ahora mismo?
content-the-explicit-link-choice-close-now = Lo cierro y dejo el móvil boca abajo un minuto.
content-the-explicit-link-feedback-close-now = Exacto. Cerrarlo enseguida es todo lo que tienes que hacer, y respirar un momento ayuda. Sentir impacto o vergüenza es normal, y no es tu culpa.
content-the-explicit-link-choice-warn-all = Lo cierro y aviso a todo el grupo: ¡¡NO LO ABRAN!!
content-the-explicit-link-feedback-warn-all = Cerrarlo estuvo bien, y querer proteger a los demás es amable. Pero un aviso enorme despierta la curiosidad, y algunos lo abrirán para ver. Mejor repórtalo sin hacer ruido.
content-the-explicit-link-choice-keep-watching = Sigo mirando un poco, solo para comprobar que es eso de verdad.
content-the-explicit-link-feedback-keep-watching = Una oportunidad para aprender: la curiosidad es normal, pero no hace falta mirar para saber lo que es. El porno se puede quedar en la cabeza y confundir. Ciérralo.
content-the-explicit-link-c-closed = Lo cierras. El corazón todavía te late fuerte, pero ya pasó. Un minuto después, { $friend } te escribe.
content-the-explicit-link-c-warned = Tu aviso recibe 14 respuestas: "¿¿qué es??". Tres personas dicen que lo abrieron para ver. Luego { $friend } te escribe.
content-the-explicit-link-c-watched = Sigues mirando un rato y luego lo cierras. Las imágenes se te quedan en la cabeza, y sientes algo raro, un poco de malestar.

content-the-explicit-link-fix-watched = Mucha gente se siente confundida o incómoda después de ver porno. Ese enlace era una trampa, y no es tu culpa que se abriera. ¿Y ahora qué?
content-the-explicit-link-choice-tell-tonight = Hoy le voy a contar a { $adult } todo lo que pasó, también que miré.
content-the-explicit-link-feedback-tell-tonight = Así se arregla. Hablarlo ayuda a que las imágenes se borren, y un adulto de confianza no se va a enfadar: era una trampa. No estás en problemas.
content-the-explicit-link-choice-delete-history = Borro el historial para que { $adult } no se entere. Es más seguro.
content-the-explicit-link-feedback-delete-history = Una oportunidad para aprender: esconderlo parece más seguro, pero cargar con esto sin nadie pesa, y el enlace sigue circulando. Un adulto de confianza no te va a culpar por un enlace trampa. Nunca es tarde para contarlo.
content-the-explicit-link-choice-show-group = Lo mando al grupo de fútbol: ¡miren lo que mandó { $friend }!
content-the-explicit-link-feedback-show-group = Una oportunidad para aprender: mandar porno a otros chicos y chicas les hace daño, aunque sea en broma, y te puede meter en problemas serios. Bórralo y habla con un adulto de confianza.
content-the-explicit-link-c-hidden = Borras el historial y no dices nada. El enlace sigue circulando, y las imágenes te vuelven a la cabeza por la noche.
content-the-explicit-link-c-spread = Lo mandas. Algunos se ríen, el hermanito de alguien lo ve por encima de su hombro, y una madre escribe a la escuela. Te sientes fatal.

content-the-explicit-link-friend-dm = madre mía, ¿lo abriste?? no lo sabía, te lo juro, me lo mandaron. ¿lo mando al grupo de fútbol como broma? van a flipar
content-the-explicit-link-choice-report-link = No. Vamos a reportar el enlace y borrarlo. No tiene gracia.
content-the-explicit-link-feedback-report-link = Bien pensado. Reportar ayuda a que { $app } frene el enlace, y borrarlo hace que se quede contigo. Mandar porno a otros chicos y chicas, aunque sea de broma, les hace daño.
content-the-explicit-link-choice-just-delete = No lo mandes. Bórralo y nos olvidamos.
content-the-explicit-link-feedback-just-delete = Borrarlo hace que se quede contigo, bien. Pero el enlace sigue ahí para los demás. Un reporte rápido ayuda a que { $app } lo frene.
content-the-explicit-link-choice-prank-them = Jaja, hazlo. Es seguro, ya son bastante mayorcitos para aguantarlo.
content-the-explicit-link-feedback-prank-them = Una oportunidad para aprender: mandar porno a otros chicos y chicas les hace daño, aunque sea de broma, y en ese grupo hay gente más pequeña. Nadie pidió una broma así.
content-the-explicit-link-c-reported = ok. reportado y borrado. perdón, de verdad no sabía lo que era.
content-the-explicit-link-c-deleted = ok, borrado. perdón, de verdad no sabía lo que era.
content-the-explicit-link-c-forwarded = { $friend } lo manda al grupo de fútbol. En unos minutos: "QUÉ", "qué asco" y "mi hermanito acaba de verlo".

content-the-explicit-link-sort = Más tarde, el chat de la clase vuelve a estar lleno de enlaces. ¿Cuáles pasarías al grupo de fútbol?
content-the-explicit-link-post-dog-from = { $friend }
content-the-explicit-link-post-dog = mi perro contra la aspiradora. lo grabé esta mañana, no puedo parar de reír
content-the-explicit-link-post-dog-why = Se puede compartir: lo grabó { $friend }, es simpático, y nadie sale herido ni avergonzado. Un enlace malo no hace malos todos los enlaces de un amigo.
content-the-explicit-link-pic-dog-caption = mi perro contra la aspiradora
content-the-explicit-link-post-part2-from = Reenviado muchas veces
content-the-explicit-link-post-part2 = el video más gracioso del mundo PARTE 2, mírenlo hasta el final: { $site }
content-the-explicit-link-post-part2-why = No se comparte: es el mismo tipo de enlace, de la misma página que abrió porno. Mejor repórtalo.
content-the-explicit-link-post-training-from = Club de fútbol
content-the-explicit-link-post-training = El entrenamiento de mañana pasa a las 5 de la tarde por la lluvia. ¡Pásenlo al equipo!
content-the-explicit-link-post-training-why = Se puede compartir: viene del club, es útil, y pasarlo ayuda al equipo.
content-the-explicit-link-post-skins-from = gamer_giveaways
content-the-explicit-link-post-skins = ¡¡SKINS GRATIS para quien mande esto a 10 amigos!! ¡No rompas la cadena!
content-the-explicit-link-post-skins-why = No se comparte: las cadenas con premios gratis suelen ser estafas, y reenviarlas extiende el engaño.
content-the-explicit-link-post-closing-from = Alguien del chat
content-the-explicit-link-post-closing = ¿¿Mañana cierran la escuela antes?? Lo dijo el primo de alguien.
content-the-explicit-link-post-closing-why = Primero hay que comprobarlo: es un rumor del primo de alguien. El aviso oficial de la escuela te lo diría seguro.

content-the-explicit-link-evening = Es de noche. Esa página te vuelve una y otra vez a la cabeza, y te preguntas si contarlo te metería en problemas. ¿Y ahora qué?
content-the-explicit-link-choice-tell-adult = Le voy a contar a { $adult } lo del enlace. Yo no lo busqué.
content-the-explicit-link-feedback-tell-adult = Valiente y acertado. No estás en problemas por lo que te hizo un enlace. Hablarlo ayuda a que se borre, y un adulto de confianza puede ayudar a reportarlo y a poner orden en el chat de la clase.
content-the-explicit-link-choice-mute-week = Bloqueo ese sitio, silencio el chat una semana y a otra cosa.
content-the-explicit-link-feedback-mute-week = Bloquear el sitio y silenciar el chat lo alejan de ti, bien. Pero la página sigue en tu cabeza, y nadie lo sabe. Hablar con un adulto de confianza ayuda a que se borre.
content-the-explicit-link-choice-say-nothing = No digo nada. { $adult } pensaría que lo fui a buscar.
content-the-explicit-link-feedback-say-nothing = Una oportunidad para aprender: mucha gente teme que la culpen, pero un adulto de confianza sabe que era una trampa. Callarlo lo hace más pesado. Nunca es tarde para contarlo.
content-the-explicit-link-c-adult = Gracias por contármelo. No estás en problemas: era una trampa, lo cerraste y no lo reenviaste. Vamos a reportarlo a { $app }, y voy a avisar a la escuela para que pongan orden en el chat de la clase.
content-the-explicit-link-real-talk = Una cosa más: el porno está hecho para vender, no para mostrar la vida real. Las relaciones de verdad se basan en el respeto, el cuidado y en que las dos personas quieran. Si algo te sigue molestando, puedes hablarlo.
content-the-explicit-link-c-muted = Bloqueas el sitio y silencias el chat. Todo está tranquilo, pero por la noche la página te vuelve a la cabeza.
content-the-explicit-link-c-quiet = No dices nada. Esa noche la página te vuelve una y otra vez a la cabeza, y no puedes dormir.

content-the-explicit-link-next-day = A la mañana siguiente, alguien del chat publica un enlace de "parte 2", y esa página vuelve a tu cabeza. ¿Y ahora qué?
content-the-explicit-link-choice-show-morning = Antes de clase le enseño el enlace a { $adult } y se lo explico.
content-the-explicit-link-feedback-show-morning = Muy bien. Hay cosas que no se borran solas, y compartirlas las hace más ligeras. Un adulto de confianza puede reportar el enlace y hacer que la escuela ponga orden en el chat.
content-the-explicit-link-choice-let-fade = No voy a molestar a { $adult } con esto. Se me pasará solo.
content-the-explicit-link-feedback-let-fade = Una oportunidad para aprender: quizá se pase, pero cargarlo sin nadie es duro, y siguen llegando enlaces. Nunca es tarde para hablar con un adulto de confianza.
content-the-explicit-link-c-adult-late = Qué bien que me lo cuentas, y no estás en problemas. Era una trampa. Lo reportamos a { $app }, y hoy mismo le pido a la escuela que se ocupe del chat de la clase.
content-the-explicit-link-c-fade = Se va borrando un poco. Pero nadie lo sabe, siguen llegando enlaces, y todavía te preguntas si hiciste algo mal. No lo hiciste.

content-the-explicit-link-forward-fix = En el grupo de fútbol hay gente más pequeña, algunos de solo 11 años. Mandar porno a otros chicos y chicas les hace daño. Todavía puedes ayudar. ¿Y ahora qué?
content-the-explicit-link-choice-delete-tell = Que { $friend } lo borre, y le voy a contar a { $adult } lo que hicimos.
content-the-explicit-link-feedback-delete-tell = Así se arregla. Borrarlo frena la difusión, y contarlo permite que los adultos cuiden a los más pequeños. Reconocerlo es valiente, y así se soluciona.
content-the-explicit-link-choice-delete-quietly = Que { $friend } lo borre. Es más seguro no decir nada.
content-the-explicit-link-feedback-delete-quietly = Una oportunidad para aprender: borrarlo ayuda, pero algunos de los pequeños ya lo vieron, y quizá necesiten a un adulto. Nunca es tarde para hablar con un adulto de confianza.
content-the-explicit-link-choice-their-choice = Lo dejamos. Nadie los obligó a abrirlo, es cosa suya y de nadie más.
content-the-explicit-link-feedback-their-choice = Una oportunidad para aprender: nadie eligió ver lo que había detrás de un enlace de "video gracioso". Dejarlo ahí hace que llegue a más chicos y chicas. Bórralo y habla con un adulto de confianza.
content-the-explicit-link-c-noticed = Una madre lo encuentra en el móvil de su hijo y llama a la escuela. Todos preguntan quién empezó, y te sientes fatal.
content-the-explicit-link-c-adult-fwd = Gracias por reconocerlo, y no estás en problemas por contármelo. Ya está borrado. Voy a avisar a la escuela para que las familias de los más pequeños hablen con ellos, y reportamos el enlace a { $app }.
content-the-explicit-link-c-adult-r = Qué bien que me lo cuentas, y no estás en problemas. Un enlace así puede engañar a cualquiera. Lo reportamos a { $app }, y voy a avisar a la escuela para que pongan orden en el chat de la clase.

content-the-explicit-link-end-safe = Lo cerraste, no lo reenviaste y se lo contaste a { $adult }: el enlace está reportado. Nadie tuvo problemas, y el chat de la clase se está arreglando. ¿Y el video del perro de { $friend }? Ese sí vale la pena compartirlo.
content-the-explicit-link-end-told-later = Hizo falta una noche, pero se lo contaste a { $adult }, y el enlace está reportado. Contarlo antes es todavía mejor, y nunca tendrías problemas por hacerlo.
content-the-explicit-link-end-recovered = Se complicó, pero lo arreglaste: se lo contaste a { $adult }, y se está solucionando. Nadie está en problemas por contarlo, y elegiste lo valiente.
content-the-explicit-link-end-mixed = Por ahora estás bien, pero nadie sabe lo que pasó, y enlaces así siguen circulando. No es tu culpa. Hablar con un adulto de confianza ayuda, en cualquier momento.
content-the-explicit-link-end-harmful = El enlace sigue circulando, y cargas con esto sin nadie. No es tu culpa que se abriera, y nunca es tarde: habla con un adulto de confianza. No estás en problemas por contarlo.
