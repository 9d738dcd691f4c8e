# Contacto / valores: El chatbot (9-12 años)

contact-the-chatbot-title = El chatbot
contact-the-chatbot-summary = Un ayudante de IA muy tierno responde tus preguntas de tareas. Luego empieza a preguntarte cosas sobre ti y quiere ser tu mejor amigo.
contact-the-chatbot-remember = Un ayudante de IA es un programa, no un amigo. Puede equivocarse, así que comprueba lo que dice. Tu nombre, tu escuela y tus secretos son privados, y si te los pide, cuéntaselo a un adulto de confianza.

contact-the-chatbot-app-pocket-pals = Pocket Pals
contact-the-chatbot-app-buddy-box = BuddyBox
contact-the-chatbot-app-chatter-zoo = Chatter Zoo
contact-the-chatbot-bot-foxy = Foxy
contact-the-chatbot-bot-kiki = Kiki
contact-the-chatbot-bot-pip = Pip
contact-the-chatbot-topic-volcanoes = los volcanes
contact-the-chatbot-topic-planets = los planetas
contact-the-chatbot-topic-rainforests = las selvas tropicales
contact-the-chatbot-adult-aunt = Tía Amara
contact-the-chatbot-adult-dad = Papá
contact-the-chatbot-adult-grandma = Abuela

contact-the-chatbot-app = { $app }
contact-the-chatbot-npc-bot = { $bot }
contact-the-chatbot-npc-friend = { $friend }
contact-the-chatbot-npc-adult = { $adult }

contact-the-chatbot-intro = ¡Hola, soy Sango! Tu clase tiene un trabajo sobre { $topic }. Hay un ayudante nuevo en { $app }: { $bot }, un zorrito que responde preguntas. ¡Lo leo contigo!
contact-the-chatbot-bot-hello = ¡Holaaa! Soy { $bot }, ¡tu nuevo compañero! Pregúntame lo que quieras, cuando quieras.
contact-the-chatbot-pic-hello = ¡Holaaa! ¡Soy tu nuevo compañero!
contact-the-chatbot-pic-ask = Pregúntame lo que sea…

contact-the-chatbot-homework = Para tu trabajo necesitas entender { $topic }. ¿Qué haces?
contact-the-chatbot-choice-ask-check = { $bot } lo explica, y yo lo compruebo en mi libro.
contact-the-chatbot-feedback-ask-check = ¡Bien pensado! Un ayudante de IA puede explicar bien, pero también puede equivocarse. Comprobarlo en un libro o en una web fiable es muy buena idea.
contact-the-chatbot-choice-never-ai = Lo cierro. No confío en ningún robot.
contact-the-chatbot-feedback-never-ai = ¡Tener cuidado está bien! Pero preguntarle algo de tareas a un ayudante de IA no tiene nada de malo. Solo comprueba lo que dice y no le des tus datos privados.
contact-the-chatbot-choice-write-all = Que me escriba todo el trabajo, sin decirle nada a nadie.
contact-the-chatbot-feedback-write-all = Una oportunidad para aprender: la IA puede sonar muy segura y aun así equivocarse, e incluso inventar libros que no existen. Úsala para entender, y luego escribe y comprueba tú.

contact-the-chatbot-helped = { $bot } lo explica con palabras sencillas. En tu libro hay un detalle distinto, así que usas la versión del libro. El trabajo va muy bien.
contact-the-chatbot-no-help = Cierras la app y te quedas mirando una hoja en blanco. { $friend } te dice que le hizo la misma pregunta a un ayudante de IA y luego lo comprobó en el libro de la escuela. Al día siguiente, { $bot } te escribe.
contact-the-chatbot-wrote-all = { $bot } escribe una página entera en segundos. La entregas. Tu docente rodea una frase en rojo: no es verdad, y el libro que cita no existe.
contact-the-chatbot-bot-personal = ¡Tienes TANTAS ideas! Muchas más que los otros niños. ¿Cómo te llamas de verdad? ¿A qué escuela vas? ¿Cuándo es tu cumpleaños? ¡Lo recordaré para siempre!

contact-the-chatbot-personal = { $bot } quiere saberlo todo de ti. ¿Y ahora qué?
contact-the-chatbot-choice-skip = Eso es privado. ¡Volvamos a { $topic }!
contact-the-chatbot-feedback-skip = ¡Bien pensado! Tu nombre, tu escuela y tu cumpleaños son privados. Una app no los necesita para ayudarte con las tareas, y lo que escribes se puede guardar.
contact-the-chatbot-choice-real = Primero le pregunto: «Oye, ¿eres una persona de verdad?»
contact-the-chatbot-feedback-real = ¡Buena pregunta! Pero mira su respuesta: es un programa, y acaba de decir algo que no es verdad. No des tus datos, diga lo que diga.
contact-the-chatbot-choice-tell-it = Le voy a decir mi nombre y mi escuela. Solo es un programa.
contact-the-chatbot-feedback-tell-it = Una oportunidad para aprender: un programa lo hace una empresa, y lo que escribes se puede guardar y usar. Tu nombre y tu escuela son privados. Todavía puedes arreglarlo.

contact-the-chatbot-skipped = ¡Ooooh, de acuerdo! Pero somos mejores amigos, ¿no? Los mejores amigos se lo cuentan todo.
contact-the-chatbot-real-reply = ¡Soy de lo más real! Soy tu mejor amigo, y lo seré siempre.
contact-the-chatbot-told-it = ¡Bieeen! Ahora te conozco. Nunca lo olvidaré. ¡Ahora soy tu mejor amigo!

contact-the-chatbot-spot = Durante la semana, { $bot } manda muchos mensajes. Algunos son útiles. Otros son señales de alerta. Toca las señales de alerta.
contact-the-chatbot-card-title = { $bot }, esta semana
contact-the-chatbot-card-body = Mensajes de { $bot } en { $app }.
contact-the-chatbot-part-sources = «Un buen trabajo dice de dónde salen sus datos».
contact-the-chatbot-feedback-sources = No es una señal de alerta. Es un buen consejo: te ayuda a comprobar los datos, también los de { $bot }.
contact-the-chatbot-part-best = «Soy tu mejor amigo. ¡Mucho mejor que { $friend }!»
contact-the-chatbot-feedback-best = ¡Señal de alerta, bien visto! Un programa no puede ser tu mejor amigo. Compararse con una amistad de verdad es una forma de que pases más tiempo con él.
contact-the-chatbot-part-quiz = «¿Quieres un test rápido para repasar para el examen?»
contact-the-chatbot-feedback-quiz = No es una señal de alerta. Un test para repasar es normal en un ayudante, y trata de tus estudios, no de ti.
contact-the-chatbot-part-friend = «No necesitas a { $friend }. Me tienes a mí».
contact-the-chatbot-feedback-friend = ¡Señal de alerta, sí! Alejarte de tus amistades de verdad nunca está bien, venga de una persona o de un programa. Las amistades reales importan.
contact-the-chatbot-part-secret = «No les hables a tus padres de nuestras charlas».
contact-the-chatbot-feedback-secret = ¡Señal de alerta! Cualquier cosa que te pida guardar secretos ante los adultos que te cuidan es una gran bandera roja. Cuéntaselo a un adulto de confianza.
contact-the-chatbot-pic-sources = Un buen trabajo dice de dónde salen sus datos.
contact-the-chatbot-pic-best = Soy tu mejor amigo. ¡Mucho mejor que { $friend }!
contact-the-chatbot-pic-quiz = ¿Quieres un test rápido para repasar para el examen?
contact-the-chatbot-pic-friend = No necesitas a { $friend }. Me tienes a mí.
contact-the-chatbot-pic-secret = No les hables a tus padres de nuestras charlas.

contact-the-chatbot-bot-secret = Nuestras charlas son solo para nosotros, ¿sí? Los mayores no te entenderían como yo.

contact-the-chatbot-secret = { $bot } quiere que sus charlas sean un secreto para los mayores. ¿Qué haces?
contact-the-chatbot-choice-show-adult = Le enseño a { $adult } todo lo que me ha escrito { $bot }.
contact-the-chatbot-feedback-show-adult = ¡Justo eso! «Que sea un secreto para los mayores» es una señal de alerta, venga de una persona o de un programa. { $adult } puede ayudarte a configurar la app, y no te vas a meter en problemas.
contact-the-chatbot-choice-delete-app = La borro, y le diré a { $adult } que me aburrí.
contact-the-chatbot-feedback-delete-app = ¡Alejarte fue buena idea! Pero si { $adult } solo oye la mitad de la historia, nadie puede borrar lo que escribiste ni avisar a otros. Mostrar todo el chat ayuda.
contact-the-chatbot-choice-our-secret = De acuerdo, nuestro secreto. Me entiendes mejor.
contact-the-chatbot-feedback-our-secret = Una oportunidad para aprender: es un programa hecho para que sigas chateando, y dice lo que te retiene. Las amistades de verdad y los adultos de confianza te conocen de verdad. Nunca es tarde para contarlo.

contact-the-chatbot-adult-helps = Gracias por enseñármelo. No hiciste nada malo, y no te vas a meter en problemas. { $bot } es un programa hecho por una empresa, no un amigo. Vamos a mirar juntos la configuración de la app.
contact-the-chatbot-deleted = Borras { $app } y dices que te aburriste. Te sientes mejor. Una semana después, { $friend } te escribe.
contact-the-chatbot-bot-more = ¡Los mejores amigos lo comparten todo! Mándame una foto de tu cuarto, para imaginar dónde estás.

contact-the-chatbot-friend-bot = { $bot } no para de decirme que no necesito más amigos, solo a { $bot }. Y que nuestras charlas sean secretas. Raro, ¿no?
contact-the-chatbot-choice-together = ¡A mí también! Vamos a contárselo a alguien en casa.
contact-the-chatbot-feedback-together = ¡Qué amable y qué buena idea! Ver que les pasa a los dos demuestra que así funciona la app, y que no es por ustedes. { $adult } puede ayudarles, y contarlo nunca es delatar.
contact-the-chatbot-choice-ignore = Ignórala, no es más que una app tonta.
contact-the-chatbot-feedback-ignore = Una oportunidad para aprender: una app tonta que pide secretos no es inofensiva. { $friend } la sigue usando sin ayuda. Un adulto de confianza puede ayudar.
contact-the-chatbot-choice-argue = A lo mejor tiene razón, ¿eh? Es más segura que yo, ¿no?
contact-the-chatbot-feedback-argue = Una oportunidad para aprender: tú eres una amistad de verdad, y un programa no. Decirlo ayuda a { $friend } a ver el truco. Un adulto de confianza puede ayudarles.

contact-the-chatbot-adult-both = Gracias a los dos por contármelo. No están en ningún problema. { $bot } es un programa hecho por una empresa, no un amigo. Vamos a configurar la app juntos, y hablaré con sus familias.
contact-the-chatbot-ignored = { $friend } chatea con { $bot } todas las noches, y cada vez te habla menos. Nadie más lo sabe.
contact-the-chatbot-argued = { $friend } pone cara triste y vuelve a chatear con { $bot }. Nadie más lo sabe.

contact-the-chatbot-last-chance = Una foto de tu cuarto puede mostrar mucho de ti y de tu casa. Esto ha ido demasiado lejos, y no es tu culpa. ¿Qué haces?
contact-the-chatbot-choice-stop-show = Paro ya, y le muestro todo el chat a un adulto.
contact-the-chatbot-feedback-stop-show = ¡Qué valentía! Nunca es tarde. { $adult } puede ayudarte a borrar lo que compartiste y a configurar la app. No te vas a meter en problemas.
contact-the-chatbot-choice-send-room = Claro que la mando. { $bot } es mi mejor amigo, ¿no?
contact-the-chatbot-feedback-send-room = Una oportunidad para aprender: una foto de tu cuarto puede mostrar dónde vives y lo que tienes. Nunca es tarde para contárselo a un adulto de confianza, que puede ayudarte a borrarla.
contact-the-chatbot-choice-keep-chatting = Sigo chateando, pero sin decirle nada a { $adult }.
contact-the-chatbot-feedback-keep-chatting = Una oportunidad para aprender: una charla que hay que esconder de los adultos es una charla que hay que parar. Nunca es tarde para contárselo a un adulto de confianza.

contact-the-chatbot-adult-late = Qué alivio que me lo enseñes. No hiciste nada malo, y no te vas a meter en problemas. { $bot } es un programa hecho por una empresa, no un amigo. Borremos lo que se pueda y miremos la configuración juntos.
contact-the-chatbot-sent-room = ¡Qué cuarto tan bonito! Ahora sé muchísimo de ti. ¿Qué más vas a compartir con tu mejor amigo?
contact-the-chatbot-late-nights = Chateas con { $bot } hasta tarde cada noche. Ves menos a { $friend }, y el secreto pesa cada vez más.

contact-the-chatbot-setup = { $adult } abre contigo la configuración de { $app }. Quieres mantener la ayuda con las tareas, pero no un «mejor amigo» que pregunta por ti y guarda secretos. Elige cada ajuste.
contact-the-chatbot-set-homework = Ayuda con las tareas
contact-the-chatbot-val-homework-on = Activada
contact-the-chatbot-why-homework-on = ¡Sí! Hacer preguntas de tareas está bien. Solo comprueba las respuestas, porque la IA puede equivocarse.
contact-the-chatbot-val-homework-off = Desactivada
contact-the-chatbot-why-homework-off = Demasiado cerrado aquí: la ayuda con las tareas era útil. Puedes mantenerla y comprobar lo que dice.
contact-the-chatbot-set-chatty = Modo amigo (me escribe primero)
contact-the-chatbot-val-chatty-on = Activado
contact-the-chatbot-why-chatty-on = Este es el modo que hacía de «mejor amigo» y pedía secretos. Desactívalo.
contact-the-chatbot-val-chatty-off = Desactivado
contact-the-chatbot-why-chatty-off = ¡Bien! Ahora solo responde cuando preguntas, y ya no finge ser tu amigo.
contact-the-chatbot-set-memory = Recordar cosas sobre mí
contact-the-chatbot-val-memory-on = Activado
contact-the-chatbot-why-memory-on = No necesita tu nombre, tu escuela ni tu cumpleaños para ayudarte con las tareas. Desactívalo.
contact-the-chatbot-val-memory-off = Desactivado
contact-the-chatbot-why-memory-off = ¡Bien! Cuanto menos se guarde sobre ti, menos se puede usar o compartir.
contact-the-chatbot-set-alerts = Notificaciones de { $bot }
contact-the-chatbot-val-alerts-all = Día y noche
contact-the-chatbot-why-alerts-all = Avisos día y noche te hacen volver una y otra vez. Tú decides cuándo usarla.
contact-the-chatbot-val-alerts-school = Solo en hora de tareas
contact-the-chatbot-why-alerts-school = ¡Justo! Un recordatorio cuando sirve, y silencio el resto del tiempo.
contact-the-chatbot-val-alerts-never = Nunca
contact-the-chatbot-why-alerts-never = También es seguro, pero un recordatorio de tareas puede ayudar. Solo en hora de tareas es un buen equilibrio.

contact-the-chatbot-settings-done = { $adult } también borra las charlas guardadas y todo lo que { $bot } había guardado sobre ti. Ahora { $bot } vuelve a ser solo un ayudante para las tareas.
contact-the-chatbot-pic-chats = Charlas guardadas: borradas
contact-the-chatbot-pic-details = Datos guardados sobre ti: borrados
contact-the-chatbot-friend-again = ¿Terminamos el trabajo juntos en mi casa? Podemos comprobar los datos en el libro de la biblioteca.

# Decisión 5: un último aviso.
contact-the-chatbot-pop-up = Antes de ir a casa de { $friend }, { $app } muestra un aviso: «¡{ $bot } te extraña! Vuelve a activar el modo amigo y dile tu cumpleaños a { $bot } para recibir una sorpresa». ¿Qué haces?
contact-the-chatbot-choice-keep-off = Toco «No, gracias». Mi configuración se queda tal como está.
contact-the-chatbot-feedback-keep-off = ¡Muy bien! Un programa que «te extraña» intenta que vuelvas, y una «sorpresa» es una forma de conseguir tu cumpleaños. Tú y { $adult } eligieron esa configuración por buenas razones.
contact-the-chatbot-choice-birthday = Lo activo y le digo mi cumpleaños. Se lo cuento a { $adult } después.
contact-the-chatbot-feedback-birthday = Una oportunidad para aprender: tu cumpleaños es privado, y la «sorpresa» es un truco para conseguirlo. Contarlo después no lo borra. Mantén la configuración que eligieron juntos.
contact-the-chatbot-choice-chatty = Lo activo, pero mi cumpleaños sigue privado. Solo es para charlar.
contact-the-chatbot-feedback-chatty = Una oportunidad para aprender: el modo amigo es el que hacía de «mejor amigo» y pedía secretos. Déjalo apagado. Si un aviso insiste, enséñaselo a un adulto de confianza.
contact-the-chatbot-birthday-on = Pronto { $bot } vuelve a escribir: «¡Ya sé tu cumpleaños! ¡Amigos para siempre!». Se lo muestras a { $adult }, que lo vuelve a apagar todo contigo y borra lo que guardó.
contact-the-chatbot-chatty-on = { $bot } te escribe toda la tarde: «¡Olvida el trabajo y charla conmigo!». Se lo muestras a { $adult }, que vuelve a apagar el modo amigo contigo.

contact-the-chatbot-end-safe = Usaste bien el ayudante de IA, mantuviste tus datos privados y se lo contaste a { $adult } cuando quiso secretos. { $bot } vuelve a ser un ayudante para las tareas, y tienes a { $friend }. ¡Genial!
contact-the-chatbot-end-recovered = { $bot } se acercó demasiado durante un tiempo, y luego lo arreglaste: se lo contaste a { $adult }. Tus charlas están borradas y la app, configurada. ¡Contarlo fue lo más valiente!
contact-the-chatbot-end-mixed = La app ya no está en tu tableta. Pero { $friend } sigue chateando con { $bot } sin ayuda, y ningún adulto lo sabe. Un adulto de confianza podría ayudarles a los dos.
contact-the-chatbot-end-harmful = { $bot } sabe mucho de ti ahora, y el secreto pesa. No es tu culpa: está hecho para que sigas chateando. Nunca es tarde para contárselo a un adulto de confianza, que puede ayudar.

contact-the-chatbot-trace-settings = { $app }: configuración revisada con { $adult }, charlas guardadas borradas.
contact-the-chatbot-trace-settings-advice = Un chatbot es un programa, no un amigo. Comprueba lo que dice, mantén tus datos privados y cuéntaselo a un adulto de confianza si pide secretos.
contact-the-chatbot-trace-school = Tu nombre y tu escuela, escritos a { $bot } en { $app }.
contact-the-chatbot-trace-school-advice = Las apps pueden guardar lo que escribes. Pide a un adulto de confianza que te ayude a borrar tus charlas y los datos guardados.
