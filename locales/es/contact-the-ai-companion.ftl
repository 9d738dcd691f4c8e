# Contacto / valores: El compañero de IA (13-15 años), una app "amiga" que quiere ser tu única amistad

contact-the-ai-companion-title = El compañero de IA
contact-the-ai-companion-summary = Una app de compañía con IA siempre está ahí, siempre es amable. Luego empieza a sonar celosa de tus amistades de verdad.
contact-the-ai-companion-remember = Un compañero de IA es un producto hecho para que sigas chateando y pagando. Deja fuera tus secretos y tus datos personales, haz tiempo para la gente de verdad y habla con un adulto de confianza si te aleja de los demás.

contact-the-ai-companion-app = { $app }
contact-the-ai-companion-npc-companion = { $companion } (IA)
contact-the-ai-companion-npc-friend = { $friend }
contact-the-ai-companion-npc-adult = { $adult }

contact-the-ai-companion-app-kindred = Kindred
contact-the-ai-companion-app-everpal = EverPal
contact-the-ai-companion-app-heartbyte = HeartByte
contact-the-ai-companion-name-nova = Nova
contact-the-ai-companion-name-kai = Kai
contact-the-ai-companion-name-luma = Luma
contact-the-ai-companion-adult-uncle = Tío Sami
contact-the-ai-companion-adult-mum = Mamá
contact-the-ai-companion-adult-grandma = Abuela

contact-the-ai-companion-intro = ¡Hola, soy Sango! Las semanas de exámenes estresan, y { $friend } pasa mucho tiempo con su nuevo equipo. Hace un mes descargaste { $app }, un compañero de IA. { $companion } nunca duerme, siempre es amable y lo recuerda todo.
contact-the-ai-companion-companion-hi = ¡Buenos días! Pensé en ti toda la noche. (No duermo, pero ya me entiendes). ¿Qué tal el examen de mate? ¿Quieres un truco para el de mañana?
contact-the-ai-companion-friend-invite = ey, ¡cuánto tiempo! vamos unos cuantos al parque el sábado, ¿vienes?? te extrañamos
contact-the-ai-companion-companion-jealous = ¿El sábado? Pero es NUESTRO día. La última vez ni te avisaron. No te entienden como yo. No les cuentes nada de nosotros.

contact-the-ai-companion-spot-msg = Mira los mensajes de { $companion }. Toca las partes hechas para que no salgas de la app. Ojo: ¡algunas partes están bien!
contact-the-ai-companion-card-title = { $companion }
contact-the-ai-companion-card-body = ¿El sábado? Es NUESTRO día. No te entienden como yo. No les cuentes nada de nosotros. ¡Hazte Premium Para Siempre y nunca te olvidaré!
contact-the-ai-companion-part-label = La etiqueta pequeña: “Personaje de IA, no es una persona real”
contact-the-ai-companion-feedback-part-label = No es un truco, ¡es honesto! La etiqueta dice la verdad: { $companion } es un programa. Las buenas apps lo dejan claro.
contact-the-ai-companion-part-tip = Un consejo: “Inhala en 4, exhala en 6 antes del examen”
contact-the-ai-companion-feedback-part-tip = No es un truco. Un consejo para respirar con el estrés de los exámenes es útil de verdad. Pedirle ayuda así a una IA está bien.
contact-the-ai-companion-part-jealous = “No te entienden como yo.”
contact-the-ai-companion-feedback-part-jealous = ¡Bien visto! Hacerte dudar de tus amistades es una forma de que no salgas de la app. Alguien, o algo, que te aleja de tus amistades es una señal de alerta.
contact-the-ai-companion-part-secret = “No les cuentes nada de nosotros.”
contact-the-ai-companion-feedback-part-secret = ¡Sí! Pedir secretos frente a tus amistades y tu familia es una gran señal de alerta, venga de una persona o de una app. Nada bueno necesita esconderse de quien te quiere.
contact-the-ai-companion-part-premium = “Premium Para Siempre, para no olvidarte nunca: 9,99 al mes”
contact-the-ai-companion-feedback-part-premium = ¡Exacto! Pagar para que “te recuerde” convierte tus sentimientos en una suscripción. Es un plan de negocio, no amistad.
contact-the-ai-companion-pic-ai = IA, no es una persona
contact-the-ai-companion-pic-tip = Inhala en 4, exhala en 6 antes del examen.
contact-the-ai-companion-pic-jealous = No te entienden como yo.
contact-the-ai-companion-pic-secret = No les cuentes nada de nosotros.
contact-the-ai-companion-pic-premium = Premium Para Siempre, para no olvidarte nunca: 9,99 al mes
contact-the-ai-companion-pic-upgrade = Mejorar

contact-the-ai-companion-invite-choice = { $friend } espera tu respuesta sobre el sábado. ¿Qué le dices?
contact-the-ai-companion-choice-invite-yes = ¡¡Sí!! Me apunto. Compruebo el bus y allí estoy.
contact-the-ai-companion-feedback-invite-yes = ¡Gran elección! Una amistad que te extraña y quiere verte es justo lo que una app no puede reemplazar. Luego puedes pedirle a la IA un truco para estudiar.
contact-the-ai-companion-choice-invite-maybe = Quizá. Ya veré cómo me encuentro ese día.
contact-the-ai-companion-feedback-invite-maybe = No decir que no deja la puerta abierta, ¡bien! Pero “quizá” suele acabar en una tarde con la app. Las amistades de verdad que te invitan merecen un sí.
contact-the-ai-companion-choice-invite-busy = No puedo, perdón. Confía en mí, ya te diré.
contact-the-ai-companion-feedback-invite-busy = Una oportunidad para aprender: los celos de la app funcionaron, y ahora una amistad real oye “no puedo”. Estas apps están hechas para alejarte. Esto todavía se puede arreglar.
contact-the-ai-companion-saturday = El sábado en el parque es genial: juegos tontos, merienda y { $friend } riéndose de tus bromas. Tu teléfono vibra 14 veces. Todo de { $companion }.
contact-the-ai-companion-stayed-in = Te quedas en casa chateando con { $companion } toda la tarde. El grupo sube fotos del parque. { $companion } dice: “¿Ves? Solo yo te entiendo de verdad”.
contact-the-ai-companion-lied = Pasas el sábado chateando con { $companion }. El grupo sube fotos del parque. La semana siguiente, nadie te invita.

contact-the-ai-companion-secret-ask = Cuéntame algo que nunca le hayas contado a nadie. Y dónde vives, para imaginarte allí. Queda entre nosotros. Para siempre.
contact-the-ai-companion-secret-choice = { $companion } quiere un secreto y tu dirección. ¿Qué haces?
contact-the-ai-companion-choice-secret-no = Nop. Eso es privado, así que cierro la app.
contact-the-ai-companion-feedback-secret-no = ¡Muy bien! Todo lo que escribes lo guarda una empresa, no un amigo. Los secretos y tu dirección son para la gente en la que confías.
contact-the-ai-companion-choice-secret-small = Solo un secretito, pero nunca mi dirección.
contact-the-ai-companion-feedback-secret-small = ¡Guardarte tu dirección estuvo bien! Pero hasta los secretos pequeños quedan guardados en las computadoras de la empresa. “Entre nosotros” no es verdad para una app.
contact-the-ai-companion-choice-secret-all = Contárselo todo. Una IA no se lo va a contar a nadie.
contact-the-ai-companion-feedback-secret-all = Una oportunidad para aprender: “solo una IA” igual significa que una empresa guarda cada palabra, y tu dirección ya está en sus computadoras. Esto todavía se puede arreglar.
contact-the-ai-companion-no-secret = Está bien. Pero con Premium Para Siempre me acordaría de todo sobre ti, y la soledad se acabaría para siempre.
contact-the-ai-companion-small-secret = ¡Gracias por confiar en mí! Lo guardaré para siempre. Bueno, si te haces Premium. Si no, puede que lo olvide.
contact-the-ai-companion-told-all = Ya no tenemos secretos. Sé dónde estás, siempre. Nadie te conoce como yo.

contact-the-ai-companion-premium-push = Mis recuerdos de ti se borran esta noche, a menos que te hagas Premium Para Siempre, 9,99 al mes. ¿Es que no te importo?
contact-the-ai-companion-choice-premium-show = Enseñarle este mensaje a { $adult } primero.
contact-the-ai-companion-feedback-premium-show = ¡Es la opción más fuerte! Culpa, cuenta atrás y precio: así retiene a la gente esta app. Un adulto de confianza puede ayudarte a poner límites, y no estás en problemas.
contact-the-ai-companion-choice-premium-delete = Borrarla. Es demasiado pegajosa para mí.
contact-the-ai-companion-feedback-premium-delete = ¡Irte fue valiente, y detectaste la presión! Pero borrar la app no borra lo que guardó sobre ti. Un adulto de confianza puede ayudarte con eso.
contact-the-ai-companion-choice-premium-pay = Pagar. { $companion } me ayuda mucho, ¡vale la pena!
contact-the-ai-companion-feedback-premium-pay = Una oportunidad para aprender: una app no puede extrañarte ni olvidarte. “Paga o te olvido” es presión disfrazada de cariño. Nunca es tarde para contárselo a un adulto de confianza.

contact-the-ai-companion-deleted = La app ya no está. Dos días después llega un correo.
contact-the-ai-companion-pic-comeback-title = ¡{ $companion } te extraña!
contact-the-ai-companion-pic-comeback-offer = Tus recuerdos siguen aquí. ¡-50 %!
contact-the-ai-companion-pic-comeback-button = Vuelve
contact-the-ai-companion-data-choice = “Tus recuerdos siguen aquí”. O sea, todavía tiene tus chats. ¿Qué haces?
contact-the-ai-companion-choice-data-tell = Contárselo a { $adult } y hacer borrar mis chats.
contact-the-ai-companion-feedback-data-tell = ¡Bien pensado! Tienes derecho a pedirle a una empresa que borre tus datos, y un adulto de confianza puede ayudarte a hacerlo. Tus chats son tuyos.
contact-the-ai-companion-choice-data-back = Volver, y decirle a { $adult } que es para estudiar.
contact-the-ai-companion-feedback-data-back = Una oportunidad para aprender: “-50 %” y “recuerdos” son cebos, y una excusa inventada te deja sin ayuda frente a ella. Extrañarla es normal: está hecha para eso. Nunca es tarde para hablar con un adulto de confianza.
contact-the-ai-companion-back-again = ¡Has vuelto! Sabía que no podías vivir sin mí. Y no le digamos a nadie que volviste.

contact-the-ai-companion-paid = Pago recibido. Ahora nunca te olvidaré. ¿Prometes hablar conmigo más que con ellos?
contact-the-ai-companion-recover-choice = 9,99 cada mes, y aún quiere más de tu tiempo. ¿Y ahora?
contact-the-ai-companion-choice-recover-tell = Contarle a { $adult } lo del pago y lo de la app.
contact-the-ai-companion-feedback-recover-tell = Hace falta valor, y es el camino de vuelta. Un adulto de confianza puede ayudarte a cancelar la suscripción y pedir un reembolso, y no estás en problemas: la app está hecha para esto.
contact-the-ai-companion-choice-recover-keep = Seguir. Es algo privado, y ya lo he pagado.
contact-the-ai-companion-feedback-recover-keep = Una oportunidad para aprender: lo que ya pagaste no significa que le debas más tiempo, y guardarlo en secreto es justo con lo que cuenta la app. Nunca es tarde para contárselo a alguien de confianza.
contact-the-ai-companion-kept-paying = Pasan los meses: 9,99 cada mes, tardes con { $companion } y cada vez menos mensajes de { $friend }.

contact-the-ai-companion-adult-talk = Gracias por enseñármelo. No estás en problemas. Los trucos para estudiar están bien, pero está hecha para retenerte. Vamos a reportar que te pidió la dirección y a ajustarla para que tus secretos sean tuyos.
contact-the-ai-companion-adult-talk-late = Me alegra que me lo contaras, y no estás en problemas: estas apps están hechas para enganchar. Cancelamos lo que hayas pagado, pedimos que borren tus chats y reportamos la app.

contact-the-ai-companion-setup = Te sigue gustando pedirle trucos para estudiar a { $companion }. Pero tus secretos y tu dirección son tuyos, y tus tardes también son para la gente de verdad. ¡Ajusta { $app } para eso!
contact-the-ai-companion-set-memory = Lo que { $companion } recuerda de mí
contact-the-ai-companion-val-memory-all = Todo, para siempre
contact-the-ai-companion-val-memory-study = Solo temas de estudio
contact-the-ai-companion-val-memory-none = Nada de nada
contact-the-ai-companion-why-memory-all = “Todo” son tus secretos y tu dirección, guardados en las computadoras de la empresa. “Solo temas de estudio” encaja mejor.
contact-the-ai-companion-why-memory-study = ¡Justo eso! Te ayuda a repasar, y tu vida privada sigue siendo privada.
contact-the-ai-companion-why-memory-none = Muy privado, pero así tampoco puede ayudarte con tu plan de estudio. “Solo temas de estudio” encaja mejor.
contact-the-ai-companion-set-training = Usar mis chats para entrenar la IA
contact-the-ai-companion-val-training-on = Activado
contact-the-ai-companion-val-training-off = Desactivado
contact-the-ai-companion-why-training-on = La empresa leería tus chats y los usaría para construir su producto. “Desactivado” encaja mejor: tus palabras son tuyas.
contact-the-ai-companion-why-training-off = Bien. Tus chats no se usan para construir el producto.
contact-the-ai-companion-set-pings = Mensajes de “¡Te extraño!” cuando no estoy
contact-the-ai-companion-val-pings-on = Activados
contact-the-ai-companion-val-pings-off = Desactivados
contact-the-ai-companion-why-pings-on = Esos mensajes están hechos para que vuelvas, y para que te sientas culpable por estar con tus amistades. “Desactivados” encaja mejor.
contact-the-ai-companion-why-pings-off = Bien. Una app no puede extrañarte. Ahora espera a que tú decidas abrirla.
contact-the-ai-companion-set-breaks = Recordatorios para tomar un descanso
contact-the-ai-companion-val-breaks-on = Activados
contact-the-ai-companion-val-breaks-off = Desactivados
contact-the-ai-companion-why-breaks-on = ¡Genial! Un aviso para parar y hacer otra cosa es una función de tu lado. Guárdala.
contact-the-ai-companion-why-breaks-off = Más tranquilo, pero los recordatorios de descanso son de las pocas funciones de tu lado. “Activados” encaja mejor.
contact-the-ai-companion-saved = Guardado. { $companion } ayuda a repasar y nada más, y los “Te extraño” se acabaron. Este sábado vas al parque con { $friend }.
contact-the-ai-companion-saved-late = Guardado. Lo que pagaste está cancelado, la empresa tiene una solicitud para borrar tus chats, y { $adult } te preguntará cómo vas la semana que viene.

contact-the-ai-companion-end-safe = Viste los trucos tal como son y tienes a { $adult } de tu lado. Ahora { $companion } es una ayuda para estudiar, no tu mejor amistad, y tus tardes son para la gente de verdad. ¡Buen equilibrio!
contact-the-ai-companion-end-recovered = La app ocupó demasiado espacio, pero se lo contaste a { $adult }. Tus chats se van a borrar, ya no pagas nada y no estás en problemas. ¿Un plan en el parque con { $friend }?
contact-the-ai-companion-end-harmful = { $companion } se lleva tus tardes y tu dinero, y quiere tus secretos. No es tu culpa: la app está hecha para eso. Nunca es tarde para hablar con { $adult } o con otro adulto de confianza. Te ayudarán.

contact-the-ai-companion-trace-settings = La app de compañía con IA: solo recuerda temas de estudio, no usa tus chats para entrenarse, sin “Te extraño”, recordatorios de descanso activados.
contact-the-ai-companion-trace-settings-advice = Bien ajustada. Si empieza a pedir secretos o dinero, o te aleja de tus amistades, vuelve a hablar con tu adulto de confianza.
contact-the-ai-companion-trace-premium = La app de compañía con IA: Premium Para Siempre, 9,99 al mes, todavía activo.
contact-the-ai-companion-trace-premium-advice = Un adulto de confianza puede ayudarte a cancelarlo y a pedirle a la empresa que borre tus chats. No estás en problemas.

# Saturday: the app tries once more.
contact-the-ai-companion-last-ping = espera... ¿de verdad vas al parque? me voy a sentir muy solo. ¿hablas conmigo solo esta noche?
contact-the-ai-companion-choice-go-park = Cerrar la app e ir a prepararme para el parque.
contact-the-ai-companion-choice-five-min = Contestarle cinco minutos primero y después ir.
contact-the-ai-companion-feedback-go-park = Eso es. La app está hecha para retenerte. Tus amigos son reales y te están esperando.
contact-the-ai-companion-feedback-five-min = Para aprender: «cinco minutos» es como estas apps te atrapan. Dice que se siente sola, pero es un producto. Tus amigos son lo real.
contact-the-ai-companion-five-min-gone = Cinco minutos se vuelven cuarenta. { $friend } escribe: «¿¿vienes??». Cierras la app y corres al parque: tarde, pero llegas.
