# Conducta / agresión: El chat de la clase (9-12 años)

conduct-the-group-chat-title = El chat de la clase
conduct-the-group-chat-summary = El chat de tu clase empieza a burlarse de una foto editada de un compañero. ¿Qué haces para defenderlo?
conduct-the-group-chat-remember = No reenvíes publicaciones crueles y pregúntale cómo está a la persona afectada. Reportar y contarle a un adulto de confianza es valiente, no es acusar.

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# Variedad: cada partida elige una opción de cada variable de `vary`.
conduct-the-group-chat-name-leo = Leo
conduct-the-group-chat-name-jake = Hugo
conduct-the-group-chat-name-finn = Bruno
conduct-the-group-chat-name-sam = Santi
conduct-the-group-chat-name-noah = Noah
conduct-the-group-chat-name-arjun = Arjun
conduct-the-group-chat-teacher-amani = Prof. Amani
conduct-the-group-chat-teacher-park = Prof. Park
conduct-the-group-chat-teacher-lopez = Prof. López

conduct-the-group-chat-intro = Tu clase tiene un chat de grupo para las tareas y para bromear. Esta noche hay muchísimo movimiento. ¡Vamos a echar un vistazo!
conduct-the-group-chat-photo-posted = { $sender } publica una foto de tu compañero { $classmate }, editada para que parezca un bebé gigante llorando. Dice: “{ $classmate } el bebé JAJA”. Llueven caritas de risa.

conduct-the-group-chat-leo-asks = Jaja, ¡ponle un texto gracioso y mándala a la otra clase!
conduct-the-group-chat-choice-support-sam = No reenviarla. Escribirle a { $classmate } para ver si está bien.
conduct-the-group-chat-feedback-support-sam = ¡Eso es defender a los demás! No reenviarla evita que la foto se difunda, y un mensaje amable le muestra a { $classmate } que no está solo.
conduct-the-group-chat-choice-stay-quiet = No reenviarla, pero no decir nada
conduct-the-group-chat-feedback-stay-quiet = No reenviarla estuvo bien, porque la foto no pasa de ti. Pero cuando todos se quedan callados, la persona atacada puede sentirse muy sola.
conduct-the-group-chat-choice-forward = Ponerle un texto y reenviarla
conduct-the-group-chat-feedback-forward = Una oportunidad para aprender: cuando todos se ríen, puede parecer una broma. Pero cada vez que se comparte, { $classmate } sufre más. ¿Cómo te sentirías si te pasara a ti?

conduct-the-group-chat-sam-reply = Gracias por preguntar. No estoy bien. Todos se ríen de mí. Pero por favor, no se lo digas a ningún profe, va a ser peor.
conduct-the-group-chat-choice-tell-together = Vamos a contárselo a un adulto de confianza. Te acompaño.
conduct-the-group-chat-feedback-tell-together = ¡Amable y valiente! Es normal que { $classmate } se preocupe, pero los adultos pueden detener esto de formas que los niños no pueden. Todo el mundo tiene derecho a sentirse a salvo, { $classmate } también.
conduct-the-group-chat-choice-just-comfort = Animar a { $classmate } y no contárselo a nadie
conduct-the-group-chat-feedback-just-comfort = ¡Estar ahí para { $classmate } importa mucho! Pero la foto se sigue difundiendo. Un adulto de confianza puede ayudar a detenerla, y puedes acompañar a { $classmate } para que no esté solo.
conduct-the-group-chat-choice-laugh-it-off = Decirle a { $classmate } que es solo una broma, que se relaje
conduct-the-group-chat-feedback-laugh-it-off = Una oportunidad para aprender: si alguien sufre, para esa persona no es una broma. Escuchar cómo se siente { $classmate } es el primer paso para ayudar.

conduct-the-group-chat-chat-grows = Nadie lo detiene. Aparecen más fotos editadas de { $classmate }, y alguien crea una encuesta: “¿{ $classmate } es un bebé? ¡Vota ya!”
conduct-the-group-chat-speak-up = Mmm. Las fotos se están difundiendo y todo se vuelve más cruel. ¿Qué podrías hacer ahora para defenderlo?
conduct-the-group-chat-choice-report-tell = Reportar las publicaciones y contarle a un adulto de confianza
conduct-the-group-chat-feedback-report-tell = ¡Eso es defender a los demás! Reportar en la app y contarle a un adulto puede hacer que borren las fotos. Todo el mundo tiene derecho a estar a salvo en internet.
conduct-the-group-chat-choice-post-stop = Escribir “No tiene gracia. Basta.” en el chat
conduct-the-group-chat-feedback-post-stop = ¡Hablar requirió valor, y puede hacer que otros también paren! Pero las fotos siguen circulando. Un adulto de confianza puede ayudar a que las borren.
conduct-the-group-chat-choice-laugh-along = Mandar un emoji de risa para encajar
conduct-the-group-chat-feedback-laugh-along = Una oportunidad para aprender: cuesta no seguir al grupo. Pero cada risa les dice a los demás que ser cruel está bien. Puedes ser amable y seguir siendo parte del grupo.

conduct-the-group-chat-leo-backs-off = Bueno, era solo una broma. Está bien, ya paro.
conduct-the-group-chat-teacher-acts = Gracias por contármelo. Fue amable y valiente. No es acusar, es ayudar. Haré que borren las fotos y hablaré con la clase.

conduct-the-group-chat-sam-upset = Al día siguiente, la foto ya circula por toda la escuela. En el recreo, { $classmate } se sienta aparte y no mira a nadie. Sientes un nudo en el estómago.
conduct-the-group-chat-fix-it = Llegó más lejos de lo que nadie quería. Pero aún estás a tiempo de ayudar a { $classmate }. ¿Qué vas a hacer?
conduct-the-group-chat-choice-tell-and-sorry = Contarle a un adulto de confianza y pedirle perdón a { $classmate }
conduct-the-group-chat-feedback-tell-and-sorry = ¡Así se arregla! Pedir perdón es valiente, y un adulto puede ayudar a que borren las fotos. Todos cometemos errores. Lo que importa es arreglarlos.
conduct-the-group-chat-choice-delete-own = Borrar mis mensajes y no decir nada
conduct-the-group-chat-feedback-delete-own = Borrar tus mensajes ayuda un poco. Pero la foto sigue circulando y { $classmate } todavía se siente solo. Un adulto de confianza puede hacer mucho más.
conduct-the-group-chat-choice-ignore-it = Ignorarlo. Todos los demás también lo hicieron.
conduct-the-group-chat-feedback-ignore-it = Una oportunidad para aprender: cuando todos participan, puede parecer que nadie tiene la culpa. Pero { $classmate } sigue sufriendo, y una sola persona puede empezar a arreglarlo.

conduct-the-group-chat-teacher-acts-late = Gracias por venir a contármelo con sinceridad. Eso requiere valor. Vamos a hacer que borren las fotos y a ayudar a que { $classmate } vuelva a sentirse seguro.

conduct-the-group-chat-end-safe = ¡Defendiste a tu compañero! { $classmate } tiene apoyo, las fotos ya no están y el chat de la clase es un lugar más amable. ¡Bien hecho!
conduct-the-group-chat-end-mixed = Parte del daño se detuvo, pero las fotos siguen circulando y ningún adulto de confianza lo sabe. Contárselo a un adulto ayuda a detenerlo para siempre.
conduct-the-group-chat-end-recovered = Cometiste un error y luego lo arreglaste. { $classmate } se sintió mejor con tu disculpa, y las fotos ya no están. ¡Eso es valor de verdad!
conduct-the-group-chat-end-harmful = { $classmate } todavía se siente solo, y las fotos siguen circulando. Nunca es tarde para pedir perdón y contárselo a un adulto de confianza. Te puede ayudar.
