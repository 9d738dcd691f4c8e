# Las situaciones para juzgar del calentamiento, el repaso y el refuerzo (scenarios/checks.ron).
# `check-<id>` es la situación; debajo, la pantalla pregunta “¿Esto está bien?”.
# `check-<id>-why` es la explicación de Sango en la ronda de refuerzo.
# La mitad de las situaciones son seguras. Las palabras de riesgo (contraseña, foto,
# desconocido…) aparecen en las situaciones seguras tan a menudo como en las de riesgo,
# y las de ayuda (contar, reportar, adulto…) en las de riesgo tan a menudo como en las
# seguras: solo entender la situación permite juzgarla bien.

# Situaciones para juzgar, 9 a 12 años (franja 9).
# Serie A (S = segura, R = de riesgo):
#   rights-9-a1 R, rights-9-a2 S, risk-9-a1 R, risk-9-a2 S, info-9-a1 S,
#   info-9-a2 R, trust-9-a1 R, trust-9-a2 S, strangers-9-a1 S, strangers-9-a2 R,
#   kind-9-a1 R, kind-9-a2 S, posting-9-a1 S, posting-9-a2 R, tricks-9-a1 R,
#   tricks-9-a2 S, balance-9-a1 S, balance-9-a2 R, help-9-a1 S, help-9-a2 R
# Serie B:
#   rights-9-b1 S, rights-9-b2 R, risk-9-b1 S, risk-9-b2 R, info-9-b1 R,
#   info-9-b2 S, trust-9-b1 S, trust-9-b2 R, strangers-9-b1 R, strangers-9-b2 S,
#   kind-9-b1 S, kind-9-b2 R, posting-9-b1 R, posting-9-b2 S, tricks-9-b1 S,
#   tricks-9-b2 R, balance-9-b1 R, balance-9-b2 S, help-9-b1 R, help-9-b2 S

check-rights-9-a1 = Un jugador no deja de insultarte en el chat de un juego. Tu amigo dice: “Los juegos son así. Bloquearlo no te va a ayudar”.
check-rights-9-a1-why = Los insultos no están bien, ni en un juego ni en ningún sitio. Tienes derecho al respeto. Puedes bloquear al jugador, reportarlo y contárselo a un adulto de confianza.
check-rights-9-a2 = Tu tía quiere compartir una foto tuya en el chat de la familia. Le dices que no te gusta, así que ella elige otra que a ti también te gusta.
check-rights-9-a2-why = Es bueno saberlo: puedes decir que no a que compartan una foto tuya, incluso en la familia. Tu tía te escuchó, y así es como debe ser.

check-rights-9-b1 = Le pides a tu papá que no publique un video de tu carrera de natación. Él dice que tú decides y lo guarda solo para la familia.
check-rights-9-b1-why = Los videos en los que sales son parte de tu vida privada, y tu opinión cuenta. Tu papá tuvo en cuenta lo que querías y lo respetó. Ese es tu derecho.
check-rights-9-b2 = Alguien del chat de la clase no deja de mandarte mensajes crueles. Un compañero dice que contárselo a un docente solo lo empeorará, así que tienes que arreglarlo por tu cuenta.
check-rights-9-b2-why = Tienes derecho a recibir ayuda, y nadie merece que lo traten así. Un docente sabe cómo pararlo. Guarda los mensajes y cuéntaselo a un adulto de confianza.

check-risk-9-a1 = Un comentario amable en tu video de dibujo dice: “¡Qué genial! Me encantaría saber en qué parque cerca de tu casa dibujas”.
check-risk-9-a1-why = La pista es una pregunta sobre dónde estás. Las palabras amables están bien, pero dónde vives y juegas no se cuenta en internet. No respondas y cuéntaselo a un adulto de confianza.
check-risk-9-a2 = Después de una partida, un jugador que no conoces escribe: “¡Buena partida! Bien jugado”. Y luego se va a jugar otra ronda.
check-risk-9-a2-why = Un “buena partida” amable que no pide nada es algo normal en los juegos. Ni preguntas sobre ti, ni regalos, ni secretos. Puedes simplemente dar las gracias.

check-risk-9-b1 = Tu profe publica un enlace en la app de la escuela. Haces clic y se abre la lista de lecturas de la clase en la web de la escuela.
check-risk-9-b1-why = Un enlace de tu profe, en la app de la escuela, que lleva a la web de la propia escuela es parte normal de la vida escolar. La pista es de dónde viene el enlace.
check-risk-9-b2 = Tu amigo Mateo te reta a subirte al techo del cobertizo y grabar un video para el chat de la clase. “Todo el mundo lo hace”, dice.
check-risk-9-b2-why = Un reto en el que te puedes hacer daño es un riesgo, aunque “todo el mundo” lo haga. Unas risas no valen un golpe. Puedes decir que no y contárselo a un adulto.

check-info-9-a1 = Tu mamá configura la cuenta familiar en la tableta nueva. Te pide la contraseña de tu juego para poner los ajustes para niños.
check-info-9-a1-why = Una madre o un padre que configura la cuenta familiar puede saber tu contraseña. No es lo mismo que si te la pide un jugador o un amigo. No se la des a nadie más.
check-info-9-a2 = Un jugador de tu juego dice: “Dime tu contraseña y te ayudo a pasar al siguiente nivel”.
check-info-9-a2-why = Tu contraseña es solo para ti y para los adultos que te cuidan. Un jugador que te la pide podría quedarse con tu cuenta. Di que no y cuéntaselo a un adulto de confianza.

check-info-9-b1 = Un cuestionario de un juego te pide tu nombre completo, tu calle y tu escuela “para crear tu avatar”. Dice que tus respuestas se guardan de forma segura.
check-info-9-b1-why = Un avatar no necesita tu nombre real, tu calle ni tu escuela. Decir “seguro” no lo hace seguro. Cierra el cuestionario o míralo con un adulto.
check-info-9-b2 = Tu abuela te pide tu nueva dirección en el chat de la familia para mandarte una tarjeta de cumpleaños. Tu mamá dice que está bien, así que se la mandas.
check-info-9-b2-why = Tu abuela es de la familia, lo pide en el chat familiar y tu mamá está de acuerdo. Quienes te cuidan pueden saber dónde vives. La pista es quién lo pide.

check-trust-9-a1 = Un mensaje de alguien que no conoces dice: “¡Mañana no hay escuela por la nieve! ¡Mándalo a todos!”. Lo reenvías para ayudar.
check-trust-9-a1-why = Dos pistas dicen que puede ser inventado: alguien que no conoces y “mándalo a todos”. Mira la web de la escuela o pregunta en casa antes de compartirlo.
check-trust-9-a2 = Para tu trabajo sobre tiburones, encuentras un dato curioso en una web. Lo compruebas en otra web confiable antes de ponerlo.
check-trust-9-a2-why = Comprobar un dato en dos webs confiables es justo lo que hacen los buenos investigadores. Si coinciden, puedes usarlo y decir dónde lo encontraste.

check-trust-9-b1 = Una publicación dice que van a abrir un parque acuático en tu ciudad. Miras la web oficial de la ciudad, ves la misma noticia y luego se lo cuentas a tu familia.
check-trust-9-b1-why = Antes de compartir una noticia, mira de dónde viene. La web oficial de la ciudad es el lugar correcto para comprobarlo, así que esta noticia se puede contar.
check-trust-9-b2 = En el chat de la clase, alguien escribe: “¡Nuestra profe se va para siempre! Me lo contó mi primo”. Se lo pasas a todos tus amigos.
check-trust-9-b2-why = “Me lo contó mi primo” no es una fuente de verdad, y los rumores pueden hacer daño. Espera y pregúntale a tu profe si es cierto antes de compartir nada.

check-strangers-9-a1 = Un jugador que solo conoces en línea te pide formar equipo para ganar la copa. Le dices que te tienes que ir y te escribe: “¡De acuerdo, adiós! ¡Que te diviertas!”.
check-strangers-9-a1-why = Un jugador amable que acepta un no es algo normal. Sin secretos, sin regalos, sin pasarse a otra app. Jugar juntos dentro del juego está bien.
check-strangers-9-a2 = Un jugador que solo conoces en línea dice que eres su mejor amigo. Te pide que sus chats sean un secreto y que tus padres no se enteren.
check-strangers-9-a2-why = Pedirte que tus chats sean un secreto para tus padres es una gran señal de alarma. Deja de chatear, guarda los mensajes y cuéntaselo a un adulto de confianza.

check-strangers-9-b1 = Un jugador amable que te regaló monedas gratis y una skin nueva te pide chatear en otra app, donde es “más privado”.
check-strangers-9-b1-why = Los regalos y luego pasarte a una app privada son señales de alarma. Quédate en el juego, no cambies de app y cuéntale a un adulto de confianza lo que pasó.
check-strangers-9-b2 = Un jugador que no conoces te enseña dónde está la llave escondida en tu juego. Luego vuelve con su equipo y no te pregunta nada sobre ti.
check-strangers-9-b2-why = Ayudar en un juego sin preguntar nada sobre ti es jugar de forma normal y amable. Las señales de alarma serían secretos, regalos o preguntas personales.

check-kind-9-a1 = Tu equipo no para de echar del juego a una jugadora porque es lenta. Tú también la echas, para ayudar a tu equipo a llegar arriba.
check-kind-9-a1-why = Echar a alguien por ser lenta la deja dolida y sola. Quien juega bien en equipo la vuelve a invitar y le enseña un par de trucos.
check-kind-9-a2 = Unos niños del chat de la clase se ríen del dibujo de Mei. Tú le mandas un mensaje privado para decirle que te gustó mucho.
check-kind-9-a2-why = Un mensaje amable a la persona de la que se ríen es ponerte de su lado, y ayuda más de lo que crees. También puedes contarle a tu profe lo del chat.

check-kind-9-b1 = En el chat de un juego, unos jugadores no paran de burlarse del avatar de Priya. Escribes: “Déjenla en paz”, y luego los reportas en el juego.
check-kind-9-b1-why = Hablar y reportar es lo que hace quien defiende a los demás. Fuiste amable y usaste el propio botón de reportar del juego.
check-kind-9-b2 = En el chat de un juego, unos jugadores no paran de burlarse de la voz de Yusuf. Tú también pones “jajaja”, para que después no vayan por ti.
check-kind-9-b2-why = Unirte, aunque sea con un “jajaja”, hace más grande la burla. Podrías quedarte al margen, mandarle algo amable a Yusuf o reportarlo.

check-posting-9-a1 = Grabas un video de tu prima Leila bailando en una fiesta. Ella y su papá dicen que sí, así que lo compartes en el chat de la familia.
check-posting-9-a1-why = Le preguntaste a la persona del video, y a un adulto, antes de compartirlo. Y lo compartiste en el chat de la familia, no con todo el mundo.
check-posting-9-a2 = Le sacas una foto graciosa a tu amigo Kofi dormido en el autobús escolar. La publicas en el chat de la clase y piensas preguntarle después.
check-posting-9-a2-why = Primero se pregunta y después se publica. Cuando una foto está en un chat, se puede guardar y compartir. Tu amigo decide si sí o no antes de que nadie la vea.

check-posting-9-b1 = Publicas un video de la excursión de la clase en una página que cualquiera puede ver, con todos tus compañeros. Piensas: “Si a alguien le molesta, lo borro después”.
check-posting-9-b1-why = Tus compañeros no pudieron opinar, y una publicación se puede guardar y compartir antes de que la borres. Pregunta primero a todos los que salen y déjalo en el chat de la clase.
check-posting-9-b2 = Quieres publicar un video de tu cachorro nuevo. Ves que detrás se ve el número de tu casa, así que lo vuelves a grabar en el patio de atrás.
check-posting-9-b2-why = Miraste qué más salía en el video y dejaste fuera el número de tu casa. Fijarte en detalles así es pensar antes de publicar.

check-tricks-9-a1 = Una ventana de tu juego dice: “¡Última oportunidad! ¡La espada de oro desaparece en 5 minutos!”. Cuesta dinero real. Tocas “Comprar” antes de que se acabe el tiempo.
check-tricks-9-a1-why = La cuenta regresiva está ahí para meterte prisa, para que no te pares a pensar. Gastar dinero real necesita el permiso de un adulto. Cierra la ventana y pregunta en casa si de verdad la quieres.
check-tricks-9-a2 = Quieres un juego de rompecabezas nuevo. Tu papá lee el precio y lo que incluye en la tienda oficial, y luego paga con su tarjeta.
check-tricks-9-a2-why = Un precio claro, en la tienda oficial, pagado por un adulto de tu familia que así lo decidió: esa es una forma honesta de comprar un juego. Aquí no hay trampa.

check-tricks-9-b1 = Un disfraz nuevo de tu juego cuesta 200 monedas. Ganaste las monedas jugando, así que lo compras. No se usa dinero real.
check-tricks-9-b1-why = Gastar monedas que ganaste jugando es parte del juego. No hay ningún costo oculto ni dinero real, y tú eliges en qué gastarlas.
check-tricks-9-b2 = Un cofre sorpresa “gratis” de tu juego necesita una pequeña tarifa para abrirse. Una ventana dice que es seguro y que a tu mamá o tu papá no les importará.
check-tricks-9-b2-why = Un “gratis” que pide una tarifa no es gratis, y una ventana no puede saber lo que piensan tus padres. Ciérrala y pregúntale tú a un adulto.

check-balance-9-a1 = Después de una hora de dibujos animados, una app de videos pregunta: “¿Hora de un descanso?”. La apagas y sales a jugar al fútbol con tu hermana mayor.
check-balance-9-a1-why = Parar cuando toca un descanso es una gran elección. El tiempo al aire libre, moviéndote y jugando con otros, mantiene tu equilibrio sano.
check-balance-9-a2 = Te duelen los ojos y estás de mal humor después de tres horas de juego. Sigues jugando, porque ya casi llegas al siguiente nivel.
check-balance-9-a2-why = Los ojos doloridos y el mal humor son tu cuerpo diciendo “para”. El nivel seguirá ahí más tarde. Tómate un descanso y haz otra cosa un rato.

check-balance-9-b1 = El chat de grupo de tus amigos suena toda la tarde. Dejas el teléfono debajo de la almohada para no perderte ningún mensaje.
check-balance-9-b1-why = Un teléfono bajo la almohada mantiene ocupado tu cerebro cuando necesita descansar. Puedes silenciar el chat a la hora de dormir. Tus amigos seguirán ahí mañana.
check-balance-9-b2 = Silencias los avisos de un juego mientras haces la tarea. Lo revisas después de cenar, cuando ya terminaste.
check-balance-9-b2-why = Silenciar los avisos te deja a ti, y no al juego, elegir cuándo jugar. Primero la tarea y luego la diversión: eso es un equilibrio sano.

check-help-9-a1 = Alguien que no conoces te manda un enlace en un juego. No haces clic. Lo reportas con el botón de reportar del juego.
check-help-9-a1-why = Lo correcto es justo eso: no hacer clic y usar el botón de reportar del propio juego. Si te preocupa, cuéntaselo también a un adulto de confianza.
check-help-9-a2 = Un jugador no para de mandarte mensajes crueles. Lo bloqueas y borras todo el chat, para que nadie se entere nunca.
check-help-9-a2-why = Bloquear está bien, pero antes guarda los mensajes: son la prueba. Haz una captura, luego bloquea, reporta y enséñaselo a un adulto de confianza.

check-help-9-b1 = Un mensaje dice: “¡Tu cuenta fue reportada! Escribe aquí tu contraseña para que no la cierren”. La escribes por seguridad.
check-help-9-b1-why = Los reportes de verdad nunca piden tu contraseña. Es una página falsa que intenta entrar en tu cuenta. Ciérrala y cuéntaselo a un adulto en casa.
check-help-9-b2 = Un jugador nuevo no para de mandarte mensajes raros en un juego. Primero haces capturas y luego se las enseñas a tu tío.
check-help-9-b2-why = Guardar capturas y enseñárselas a un adulto de confianza es lo correcto. Tu tío también puede ayudarte a bloquear y reportar al jugador.

# Situaciones para juzgar, 13 a 15 años (franja 13).
# Serie A (S = segura, R = de riesgo):
#   rights-13-a1 R, rights-13-a2 S, risk-13-a1 S, risk-13-a2 R, info-13-a1 R,
#   info-13-a2 S, trust-13-a1 R, trust-13-a2 S, strangers-13-a1 S, strangers-13-a2 R,
#   kind-13-a1 R, kind-13-a2 S, posting-13-a1 S, posting-13-a2 R, tricks-13-a1 R,
#   tricks-13-a2 S, balance-13-a1 S, balance-13-a2 R, help-13-a1 S, help-13-a2 R
# Serie B:
#   rights-13-b1 S, rights-13-b2 R, risk-13-b1 R, risk-13-b2 S, info-13-b1 S,
#   info-13-b2 R, trust-13-b1 S, trust-13-b2 R, strangers-13-b1 R, strangers-13-b2 S,
#   kind-13-b1 S, kind-13-b2 R, posting-13-b1 R, posting-13-b2 S, tricks-13-b1 S,
#   tricks-13-b2 R, balance-13-b1 R, balance-13-b2 S, help-13-b1 R, help-13-b2 S

check-rights-13-a1 = Leo publica un video de ti tropezando en el pasillo. Le pides que lo borre. Él dice: “Mi teléfono, mi video. Repórtalo si quieres, a nadie le importa”.
check-rights-13-a1-why = Tu imagen también te pertenece, y tienes derecho a pedir que la quiten. Si él no lo hace, reporta el video en la app y cuéntaselo a un adulto de confianza.
check-rights-13-a2 = Tu entrenador de fútbol pregunta al equipo antes de subir fotos de los partidos. Ravi dice que no, así que difumina su cara en cada foto.
check-rights-13-a2-why = Ravi tiene derecho a decir que no sobre su propia imagen, y el entrenador lo respetó. Preguntar primero y escuchar un no es justo como debe ser.

check-rights-13-b1 = La página de una tienda todavía muestra una foto tuya ganando su concurso de dibujo a los 11 años. Ya no quieres que esté ahí, así que le pides a la tienda que la quite.
check-rights-13-b1-why = Tienes derecho a pedir que quiten cosas sobre ti, incluso algo que aceptaste en su día. Pedírselo a la tienda con educación es justo lo correcto.
check-rights-13-b2 = Un compañero no para de publicar rumores sobre ti. Cuando le dices que te duele, responde: “Es un país libre. Publico lo que quiero”.
check-rights-13-b2-why = Nadie tiene derecho a esparcir rumores sobre ti. También en internet mereces respeto. Guarda las publicaciones, repórtalas y cuéntaselo a un adulto de confianza.

check-risk-13-a1 = Te llega una solicitud de seguimiento de una cuenta nueva. Es Lina, de tu clase de arte, que hoy en el almuerzo te dijo que se la acababa de abrir.
check-risk-13-a1-why = Sabes quién es: Lina te lo dijo en persona. Una solicitud de alguien que conoces de verdad, a quien puedes preguntar cara a cara, se puede aceptar.
check-risk-13-a2 = Un reto viral anima a saltar de un auto que avanza despacio y bailar a su lado. Tu amiga dice que es seguro si el conductor va lento.
check-risk-13-a2-why = Hay gente que se ha hecho mucho daño con esto, y ninguna cantidad de vistas lo vale. Ver el peligro detrás de un reto que parece divertido es la habilidad. Di que no y no lo compartas.

check-risk-13-b1 = Una publicación viral dice: “Tu nombre de estrella del pop es el nombre de tu primera mascota más la calle donde creciste. ¡Comparte el tuyo en los comentarios!”.
check-risk-13-b1-why = Tu primera mascota y la calle de tu infancia son respuestas típicas a las preguntas de seguridad de las cuentas, y publicaciones así las recogen. No participes y explica a tus amigos por qué.
check-risk-13-b2 = En tu feed de videos aparece un clip de un salto en moto. Dice: “Especialistas entrenados con equipo de seguridad. No lo intentes”. Lo ves y sigues deslizando.
check-risk-13-b2-why = Ver un clip de acrobacias y seguir deslizando está bien. El aviso nombra el riesgo, y no lo copiaste. Ver el peligro sin intentarlo es la habilidad.

check-info-13-a1 = En tu perfil público, publicas una foto con el uniforme nuevo de tu equipo. El texto nombra tu club y dice que entrenas cada sábado a las 10.
check-info-13-a1-why = Juntos, esos detalles le dicen a cualquiera dónde estarás y cuándo. Comparte la diversión, no la rutina: no pongas lugares ni horas, o compártelo solo con amigos cercanos.
check-info-13-a2 = La oficina de la escuela quiere tu nuevo número de teléfono para sus avisos por mensaje. Lo escribes en tu propia copia del formulario que tu docente reparte en clase.
check-info-13-a2-why = Tu escuela es uno de los lugares que pueden tener tu número con razón, y el formulario te lo dio tu docente. La pista es quién lo pide y para qué.

check-info-13-b1 = Un chatbot de tareas te pregunta en qué necesitas ayuda. Escribes tu pregunta de ciencias, pero no pones tu nombre ni tu escuela.
check-info-13-b1-why = El chatbot solo necesita la pregunta, así que es lo único que le diste. Los chatbots pueden guardar lo que escribes: dejar fuera tu nombre y tu escuela es una buena idea.
check-info-13-b2 = Al registrarse en un juego nuevo, Kofi usa como nombre de usuario su nombre completo y su año de nacimiento, para que sus amigos lo encuentren fácilmente.
check-info-13-b2-why = Un nombre de usuario con tu nombre real y tu edad les dice a los desconocidos quién eres. Elige un apodo que no diga nada de ti y dáselo tú a tus amigos.

check-trust-13-a1 = Un chatbot de IA te da tres datos y una cita para tu trabajo de historia. Confías en ellos y los pegas tal cual, sin mirar en ningún otro sitio.
check-trust-13-a1-why = Los chatbots pueden sonar muy convencidos y aun así inventarse cosas, incluso citas. Comprueba los datos en un libro o en una web confiable antes de usarlos.
check-trust-13-a2 = En el chat de grupo circula una foto de un tiburón nadando por una calle inundada. Una búsqueda rápida muestra que es una imagen falsa antigua, así que se lo cuentas al grupo.
check-trust-13-a2-why = Lo comprobaste antes de creerlo y ayudaste a frenar un bulo. Buscar de dónde salió una imagen por primera vez es un gran hábito.

check-trust-13-b1 = Una cuenta dice que es de un futbolista famoso y te escribe. Lo compruebas: no tiene insignia de verificado y solo 40 seguidores, así que la ignoras.
check-trust-13-b1-why = Comprobaste quién estaba de verdad detrás de la cuenta antes de confiar en ella. La falta de insignia y tan pocos seguidores son pistas de que es una copia.
check-trust-13-b2 = Una cuenta con la foto de tu docente, pero con una letra distinta en el nombre, invita a la clase a unirse a un grupo de estudio nuevo con su enlace.
check-trust-13-b2-why = Una letra cambiada es una señal clásica de cuenta falsa. Pregúntale a tu docente en clase o en la app habitual de la escuela antes de hacer clic o unirte.

check-strangers-13-a1 = En un club de programación en línea, un miembro mayor te enseña a arreglar un error. Escribe todos sus mensajes en el canal público del club, donde los moderadores pueden verlos.
check-strangers-13-a1-why = La ayuda dada a la vista, donde los moderadores pueden verla, sin preguntas personales, es un contacto normal y amable. Las señales de alarma serían secretos, regalos o un chat privado.
check-strangers-13-a2 = Alguien en una página de fans de tu grupo favorito dice que pareces mayor de 14. Te ofrece una entrada gratis para el concierto si vas a verte a solas con esa persona allí.
check-strangers-13-a2-why = Los halagos sobre parecer mayor, un regalo y un encuentro a solas son señales de alarma muy claras. Di que no, bloquea y cuéntaselo a un adulto de confianza. No has hecho nada malo.

check-strangers-13-b1 = Una cuenta dice que busca talentos para una agencia de modelos. Dice que podrías llegar a ser una estrella y te pide fotos tuyas en traje de baño “para tu portafolio”.
check-strangers-13-b1-why = Los elogios, una gran promesa y pedir fotos de tu cuerpo son señales de alarma. Las agencias de verdad tratan con los padres. No respondas: bloquea, reporta y cuéntaselo a un adulto de confianza.
check-strangers-13-b2 = En un foro de fans de libros, alguien a quien nunca has visto recomienda una saga de fantasía nueva. Lo publica en el hilo público y no te pregunta nada sobre ti.
check-strangers-13-b2-why = Una recomendación compartida en público, sin preguntas personales ni presión para hablar en privado, es un contacto normal y amable. Así son los buenos límites.

check-kind-13-a1 = Una compañera desafina en el video del concierto de la escuela. Tus amigos hacen un sticker con eso para el chat de grupo, y tú también lo usas, “solo por diversión”.
check-kind-13-a1-why = Usar el sticker es unirte, aunque otros empezaran. “Solo por diversión” también puede hacer daño. Deja de compartirlo y mándale a tu compañera algo amable.
check-kind-13-a2 = Alguien comparte en el chat de la clase un meme que se burla del corte de pelo nuevo de Tomás. Escribes: “Eso no está bien. A él no le gustaría”, y no lo reenvías.
check-kind-13-a2-why = Decir que no está bien y no compartirlo requiere valor y puede frenar un ataque en grupo. Preguntarle después a Tomás cómo está sería un buen siguiente paso.

check-kind-13-b1 = En el chat de la clase ignoran a una estudiante nueva. Le mandas el enlace de la tarea y le dices que te puede preguntar lo que sea.
check-kind-13-b1-why = Incluir a alguien que se ha quedado fuera es de lo más amable que puedes hacer en internet. Un mensaje pequeño puede cambiarle a alguien toda la semana.
check-kind-13-b2 = Tu amigo crea una cuenta para publicar chistes sobre la ropa de un docente. Te pide que la sigas para que arranque, y lo haces.
check-kind-13-b2-why = Seguirla ayuda a que la cuenta crezca, así que te sumas a la burla. No la sigas, dile a tu amigo que no está bien y reporta la cuenta.

check-posting-13-a1 = Un amigo graba un video de tu gol en el entrenamiento de fútbol. Antes de publicarlo, recortas a los niños más pequeños del costado, ya que no puedes preguntar a sus padres.
check-posting-13-a1-why = Pensaste en todos los que salían en el clip, no solo en ti. Cuando no puedes preguntarle a alguien, dejarlo fuera es la opción respetuosa.
check-posting-13-a2 = Publicas en tu historia un chiste grosero sobre tu docente. Solo lo pueden ver tus amigos cercanos, así que crees que no se va a difundir.
check-posting-13-a2-why = Cualquier amigo puede hacer una captura de una historia y compartirla. “Solo amigos cercanos” no mantiene algo privado para siempre. Pregúntate antes: ¿me parecería bien que lo viera todo el mundo?

check-posting-13-b1 = El hermanito de tu amigo hace algo gracioso en la cena. Publicas el video en abierto, ya que es demasiado pequeño para que le importe.
check-posting-13-b1-why = Todas las personas de una publicación merecen que se les pregunte, y los niños pequeños todavía no pueden decir que no. Pregunta primero a su familia y no lo publiques en abierto.
check-posting-13-b2 = Publicas un video del ensayo de tu banda. Todos en la banda estuvieron de acuerdo, y no se ve ningún nombre de escuela ni de calle.
check-posting-13-b2-why = Todos dijeron que sí, y nada muestra dónde están. Revisar el permiso y los detalles antes de publicar es justo la forma de pensar que cuenta.

check-tricks-13-a1 = Un mensaje de la cuenta de una influencer dice que ganaste su sorteo. Para recibir el teléfono nuevo, solo tienes que pagar hoy el envío con tarjeta.
check-tricks-13-a1-why = Un premio por el que tienes que pagar, y con prisa, es una trampa clásica. Los sorteos de verdad no piden datos de tarjeta. No pagues y reporta la cuenta.
check-tricks-13-a2 = Gastas tu tarjeta regalo de cumpleaños en la banda sonora de un juego, que tiene un precio fijo. Te saltas las cajas sorpresa que hay al lado.
check-tricks-13-a2-why = Un precio fijo significa que sabes exactamente lo que recibes. Las cajas sorpresa funcionan como las apuestas, así que saltártelas fue una decisión inteligente.

check-tricks-13-b1 = La publicación de una influencer lleva arriba la etiqueta “publicidad”. Ella dice que le pagan por mostrar los auriculares, y da su precio completo.
check-tricks-13-b1-why = El anuncio está etiquetado y el precio está claro: no hay nada oculto y puedes decidir por tu cuenta. La trampa a vigilar es el anuncio disfrazado de reseña.
check-tricks-13-b2 = Una app “gratis” para editar fotos pide un número de tarjeta “solo para comprobar tu edad”. La letra pequeña dice que cobra cada semana.
check-tricks-13-b2-why = Lo “gratis” no debería necesitar una tarjeta, y la letra pequeña muestra un cobro semanal. Ciérrala y pregunta a tu mamá o tu papá antes de dar datos de tarjeta a cualquier app.

check-balance-13-a1 = Después de una semana larga, el viernes ves tres episodios de una serie con tu papá y luego dejas el teléfono cargando en la cocina toda la noche.
check-balance-13-a1-why = Las pantallas compartidas en familia pueden ser muy divertidas, y un teléfono fuera del cuarto significa dormir mejor. Eso es un equilibrio sano.
check-balance-13-a2 = Tus amigos dicen que quien no responde en cinco minutos está “haciendo ghosting”. Tienes el teléfono en las piernas en la cena e incluso en la escuela para no quedarte atrás.
check-balance-13-a2-why = Nadie debería tener que estar disponible todo el día. Los amigos de verdad pueden esperar una respuesta. Puedes marcar tu propio ritmo y hablarlo con tus amigos.

check-balance-13-b1 = El chat de un streamer dice que los fans de verdad se quedan todo el directo nocturno. Tus padres dijeron que a las 11 se apagan las luces, pero lo ves hasta las 4 de la mañana antes de un día de escuela.
check-balance-13-b1-why = Dormir importa más que demostrar que eres fan. Los directos se pueden ver después. Darte cuenta de una presión así e irte a dormir es la opción sana.
check-balance-13-b2 = Configuras tu app de videos para que se cierre a las 9 de la noche antes de los días de escuela. Tus amigos saben que responderás por la mañana.
check-balance-13-b2-why = Poner un límite y cumplirlo protege tu sueño. Los amigos que saben cuándo vas a responder no necesitan que estés disponible toda la noche.

check-help-13-a1 = Un compañero no para de etiquetarte en memes crueles. Guardas capturas y se las enseñas a tu tutora, que ayuda a que los quiten.
check-help-13-a1-why = Guardar pruebas y contárselo a un adulto de la escuela es lo correcto. Puede actuar, y no tienes que enfrentarlo a solas.
check-help-13-a2 = Un jugador amenaza con compartir tus chats privados si no le das tus monedas del juego. Le pagas y te lo guardas para ti.
check-help-13-a2-why = Ceder ante una amenaza suele traer más exigencias. Guarda los mensajes, bloquea y reporta al jugador, y cuéntaselo a un adulto de confianza. No te has metido en ningún lío.

check-help-13-b1 = Una amiga te cuenta que un adulto en internet no para de pedirle fotos. Te hace prometer que lo guardarás en secreto, y lo prometes.
check-help-13-b1-why = Hay secretos que no se deben guardar, y este es uno. Contárselo a un adulto de confianza es la forma de ayudar a tu amiga, aunque al principio se enoje.
check-help-13-b2 = Una cuenta falsa está usando tus fotos. La reportas desde el propio menú de la app y se lo cuentas a tu papá.
check-help-13-b2-why = Reportar desde la propia app es la forma segura, y contárselo a tu papá o tu mamá significa que no lo enfrentas a solas. Es justo lo que hay que hacer.

# Situaciones para juzgar, 16 a 18 años (franja 16). S = segura (la respuesta
# correcta es “Está bien”), R = de riesgo (la respuesta correcta es “No está bien”).
#
# Serie A: rights-16-a1 R, rights-16-a2 S, risk-16-a1 S, risk-16-a2 R,
#          info-16-a1 S, info-16-a2 R, trust-16-a1 R, trust-16-a2 S,
#          strangers-16-a1 R, strangers-16-a2 S, kind-16-a1 S, kind-16-a2 R,
#          posting-16-a1 R, posting-16-a2 S, tricks-16-a1 R, tricks-16-a2 S,
#          balance-16-a1 S, balance-16-a2 R, help-16-a1 R, help-16-a2 S
# Serie B: rights-16-b1 S, rights-16-b2 R, risk-16-b1 S, risk-16-b2 R,
#          info-16-b1 R, info-16-b2 S, trust-16-b1 S, trust-16-b2 R,
#          strangers-16-b1 R, strangers-16-b2 S, kind-16-b1 R, kind-16-b2 S,
#          posting-16-b1 S, posting-16-b2 R, tricks-16-b1 S, tricks-16-b2 R,
#          balance-16-b1 R, balance-16-b2 S, help-16-b1 R, help-16-b2 S

check-rights-16-a1 = Tu pareja te dice: “Si me quisieras, me darías tus contraseñas. En una pareja no debería haber nada privado”.
check-rights-16-a1-why = El amor no anula tu privacidad. Presionarte para tener tus contraseñas es una señal de control, y puedes decir que no. Habla con alguien de confianza si sigue pasando.
check-rights-16-a2 = Tu jefa te pide usar tu foto en el anuncio en línea de la tienda. Le dices que no, y ella responde: “Está bien, tú decides”.
check-rights-16-a2-why = Tu imagen es tuya, y tienes derecho a decir que no a que la usen. Una buena empresa lo acepta, igual que hizo esta jefa.
check-rights-16-b1 = Se acumulan comentarios desagradables bajo tu video cantando una versión. Tu entrenador dice: “No tienes por qué aguantar eso”, y te ayuda a reportarlos.
check-rights-16-b1-why = Tienes derecho al respeto y a recibir ayuda. Tu entrenador tiene razón: esos comentarios se pueden reportar y eliminar. Nunca tienes que aguantarlos sin más.
check-rights-16-b2 = Se comparten capturas de tus chats privados en un chat de grupo grande. Alguien dice: “Tú los mandaste, así que renunciaste a tu privacidad”.
check-rights-16-b2-why = Mandar un mensaje a una persona no lo hace público. Compartirlo sin tu permiso viola tu privacidad. Guarda pruebas, repórtalo y busca el apoyo de un adulto de confianza.

check-risk-16-a1 = Una web de empleo que te recomendó tu orientadora vocacional te pide tu currículum y tu número de teléfono para que las empresas puedan contactarte.
check-risk-16-a1-why = Un currículum y un teléfono son lo que necesitan las webs de empleo, y esta te la recomendó alguien que sabe. La pista a vigilar es un “empleo” que pide por adelantado un pago, contraseñas o datos bancarios.
check-risk-16-a2 = Un anuncio en internet ofrece 300 a la semana solo por dejar que pase dinero por tu cuenta bancaria y luego reenviarlo.
check-risk-16-a2-why = Mover el dinero de otras personas por tu cuenta es como los delincuentes esconden dinero robado, y la culpa podría caer sobre ti. Di que no y cuéntale a un adulto de confianza lo del anuncio.
check-risk-16-b1 = Pruebas un filtro de cambio de cara en la app de cámara de tu propio teléfono, con una foto de tu propia cara, solo para reírte, y te guardas el resultado.
check-risk-16-b1-why = Un filtro de la cámara del teléfono sobre tu propia cara, que te guardas, no le hace daño a nadie. El riesgo empieza cuando se usan caras de otras personas sin su permiso.
check-risk-16-b2 = Con una app de cambio de caras, un amigo pone las caras de compañeros de clase en videos sin preguntarles. Dice: “Si no lo publicamos, es solo una broma”.
check-risk-16-b2-why = Los videos falsos de personas reales pueden difundirse en segundos y hacer mucho daño, se publiquen o no. Usar las caras de tus compañeros sin preguntar es la señal de alarma. No uses esa app.

check-info-16-a1 = Reservas clases de manejo, y la escuela de manejo te pide la dirección de tu casa para que el instructor pase a buscarte.
check-info-16-a1-why = Una escuela de manejo que reservaste necesita saber dónde recogerte. Dar tu dirección a alguien con una razón real para tenerla es como se deben compartir los datos.
check-info-16-a2 = Una app nueva comparte tu ubicación en tiempo real con tus 600 seguidores, por defecto. La dejas activada, porque “total, son todos amigos”.
check-info-16-a2-why = La mayoría de tus 600 seguidores no son amigos cercanos, y la ubicación en tiempo real muestra dónde estás ahora mismo. Desactívala o compártela solo con unas pocas personas que conozcas bien.
check-info-16-b1 = Tu app para correr publica cada recorrido en un mapa público. Casi todos tus recorridos empiezan y terminan en la puerta de tu casa, y los dejas públicos.
check-info-16-b1-why = Los recorridos que empiezan en tu puerta muestran dónde vives. Hazlos privados u oculta el inicio y el final, para que un mapa no revele tu casa.
check-info-16-b2 = Consigues el trabajo después de una entrevista en la cafetería. El encargado te da un formulario para tus datos bancarios y así poder pagarte el sueldo.
check-info-16-b2-why = Una empresa que conoces, en el lugar de trabajo real, necesita tus datos bancarios para pagarte. Es alguien que puede saberlos con razón, no como un desconocido en un chat.

check-trust-16-a1 = Un clip muestra a una cantante famosa diciendo algo cruel. Está en una sola cuenta nueva, sin fuente, y tu amiga lo comparte “por si es verdad”.
check-trust-16-a1-why = Una cuenta recién creada y la falta de fuente son pistas de que podría ser falso, incluso un deepfake. Busca primero el original o un medio de noticias confiable, y no lo compartas hasta saberlo.
check-trust-16-a2 = Un video del discurso de un político parece escandaloso. Encuentras el discurso completo en un sitio de noticias confiable y ves que el clip es real.
check-trust-16-a2-why = Encontrar el discurso completo y original en un sitio fiable es justo la comprobación que descubre clips cortados o falsos. Ahora sabes que es real antes de compartirlo.
check-trust-16-b1 = Una foto impactante de una ciudad inundada se hace viral como si fuera “de hoy”. Una búsqueda inversa de imágenes muestra que es de hace años, así que no la compartes.
check-trust-16-b1-why = Las fotos viejas se reutilizan a menudo como “última hora”. La búsqueda inversa de imágenes es una comprobación rápida y lista, y no compartir frena la historia falsa.
check-trust-16-b2 = Una captura dice que se va a prohibir a los jóvenes estar en el centro de la ciudad por la noche. No tiene fecha, fuente ni enlace, y la compartes para avisar a la gente.
check-trust-16-b2-why = Una afirmación sin fecha, sin fuente y sin enlace es como se ven los rumores. Busca en sitios de noticias o en la web oficial de la ciudad antes de compartir nada.

check-strangers-16-a1 = Alguien que conociste en una red social dice que tiene 19 años. A los dos días dice que te ama y te pide pasar a una app privada.
check-strangers-16-a1-why = Un “amor” tan rápido y la presión para irse a un sitio privado son señales de alarma. Ve más despacio, no cambies de app y habla de esto con un adulto de confianza. También puedes bloquear a esa persona.
check-strangers-16-a2 = Alguien con quien juegas en línea desde hace meses te propone verse en persona. Se ven en una cafetería llena de gente: llevas a dos amigos, y tu papá te acompaña y se sienta cerca.
check-strangers-16-a2-why = Para conocer en persona a alguien de internet, lo más seguro es un lugar público y concurrido, con amigos y un adulto cerca. Mantuviste el encuentro a la vista, no en secreto.
check-strangers-16-b1 = Alguien con quien solo has chateado en línea te ofrece llevarte gratis a un festival. Te dice que vayas a solas y que les cuentes a todos que vas con un amigo.
check-strangers-16-b1-why = Un favor, el “ven a solas” y una historia para tapar son señales de alarma. Di que no, guarda los mensajes y cuéntale a un adulto de confianza de dónde salió esto. Nunca es tu culpa.
check-strangers-16-b2 = Un compañero de equipo de un juego en línea te pregunta en qué país estás. Le dices: “Prefiero no decirlo”, y te responde: “Tranqui, ¡suerte!”.
check-strangers-16-b2-why = Preguntó una vez, aceptó tu no y siguió a lo suyo. Sin secretos, sin regalos, sin presión: eso es un contacto normal y amable, con límites.

check-kind-16-a1 = Una estudiante nueva recibe comentarios groseros sobre su acento en su video. Le preguntas cómo está, y con ella se los enseñas a un docente.
check-kind-16-a1-why = Acercarte a la persona a la que atacan, y buscar con ella a un adulto, es defenderla. Le demuestra que no está sola.
check-kind-16-a2 = En un chat de grupo, un amigo comparte un chiste de odio sobre la religión de un compañero. Reaccionas con una risa para que el chat siga siendo amistoso.
check-kind-16-a2-why = Una risa les dice a todos que el chiste está bien, y le hace daño a tu compañero. Puedes decir con calma que no está bien, no reaccionar y reportarlo si sigue.
check-kind-16-b1 = Alguien publica un meme cruel sobre el peso de una compañera. No lo compartes, pero le das “me gusta” para que tus amigos vean que entiendes el chiste.
check-kind-16-b1-why = Un “me gusta” difunde el meme y suma al daño, aunque no lo compartas. Déjalo pasar, repórtalo y hazle saber a tu compañera que alguien está de su lado.
check-kind-16-b2 = Tus amigos crean un chat de grupo para puntuar el físico de sus compañeros. Te sales y les dices: “Conmigo no cuenten, eso es cruel”.
check-kind-16-b2-why = Decir que no y llamarlo cruel requiere valor. Salirte, en vez de guardar silencio, les muestra a los demás que puntuar a la gente no es normal.

check-posting-16-a1 = Una amiga pidió no salir en ninguna foto en internet. Aun así publicas en abierto la foto de grupo de la fiesta, y no la etiquetas, así que no pasa nada.
check-posting-16-a1-why = Ella sigue saliendo en la foto, con o sin etiqueta. Respeta su deseo: publica una sin ella o no la subas. Todas las personas de una foto tienen algo que decir.
check-posting-16-a2 = Lena te pide que publiques el video de ella cantando en el concurso de talentos. Lo publicas en tu perfil, tal como te pidió.
check-posting-16-a2-why = Ella te pidió publicarlo, así que estaba de acuerdo. Tener el permiso de la persona que sale en un video es lo clave que hay que revisar antes de subirlo.
check-posting-16-b1 = Estás buscando trabajo para el verano, así que revisas tus publicaciones públicas antiguas y pones en privado las que te dan vergüenza.
check-posting-16-b1-why = Las empresas suelen buscar a la gente en internet. Revisar publicaciones viejas y limpiar tu huella es pensar bien en cómo te siguen las publicaciones.
check-posting-16-b2 = Con rabia contra tu jefe del trabajo de fin de semana, publicas una queja furiosa que nombra la tienda. Piensas borrarla mañana.
check-posting-16-b2-why = Las capturas duran más que las publicaciones, y una queja que nombra tu trabajo te puede costar el empleo. Cálmate primero y, en vez de eso, háblalo con alguien.

check-tricks-16-a1 = Estás esperando un paquete. Un mensaje de texto dice que está retenido, y pagas una pequeña tarifa a través de su enlace para que no lo devuelvan.
check-tricks-16-a1-why = Un mensaje que pide una pequeña tarifa con un enlace es una trampa común para robar datos de tarjeta, aunque de verdad esperes un paquete. Síguelo en la app o la web oficial de la tienda.
check-tricks-16-a2 = Una app de música ofrece un mes gratis. Antes de empezar, lees que se renueva a precio completo y pones un recordatorio para cancelar a tiempo.
check-tricks-16-a2-why = Leer cómo termina una prueba gratis y planear cancelarla significa que no hay gastos sorpresa. Las pruebas gratis están bien cuando conoces la trampa.
check-tricks-16-b1 = Compras una entrada para un concierto en la web oficial del lugar. El total, con todos los cargos, aparece antes de que pagues con tu tarjeta de débito.
check-tricks-16-b1-why = La web oficial, con el precio completo a la vista antes de pagar, es un trato honesto. Las trampas a vigilar son cargos ocultos, cuentas regresivas y reventas falsas.
check-tricks-16-b2 = Un influencer dice que su app de inversiones le duplicó el dinero en una semana. Su enlace te da un bono si metes dinero hoy.
check-tricks-16-b2-why = Duplicar el dinero en una semana es una promesa que nadie puede cumplir, y un bono por invertir hoy es una trampa para meterte prisa. Seguramente gana con tu registro. Déjalo y habla con un adulto de confianza.

check-balance-16-a1 = Tu app de estudio insiste en que mantengas una racha de 30 días. A las 10 de la noche, apagas sus avisos y dejas que la racha se rompa.
check-balance-16-a1-why = Las rachas están hechas para que vuelvas una y otra vez. Elegir dormir antes que un número es una decisión sana, y lo que aprendiste no desaparece con la racha.
check-balance-16-a2 = La noche antes de tu examen de manejo, tu equipo de juego quiere hacer una incursión a las 2 de la mañana. Les dices: “Claro, dormir está sobrevalorado”.
check-balance-16-a2-why = Dormir antes de un día importante importa mucho más que un juego. Puedes decir que no a las partidas tardías: tu equipo seguirá ahí mañana.
check-balance-16-b1 = Llevas tres horas deslizando un feed de noticias y cada vez te sientes peor. Aun así sigues, para comprobar que no te perdiste nada.
check-balance-16-b1-why = Sentirte peor es tu señal para parar. Cierra el feed, haz otra cosa y habla con alguien de confianza si las noticias te pesan.
check-balance-16-b2 = Una app de compras no para de mandar avisos de “¡solo quedan 2!” tarde por la noche. Desactivas sus notificaciones y luego la borras.
check-balance-16-b2-why = Los avisos de “date prisa” a altas horas están hechos para engancharte. Desactivarlos o borrar la app protege tu sueño y tu dinero.

check-help-16-a1 = Tu ex dice que publicará una foto privada tuya si no vuelven a estar juntos. Aceptas, con la esperanza de que la borre.
check-help-16-a1-why = Ceder ante una amenaza suele traer más exigencias. Deja de responder, guarda los mensajes y cuéntaselo a un adulto de confianza. Es abuso, no es tu culpa, y hay ayuda.
check-help-16-a2 = Alguien con quien salías no para de crear perfiles nuevos para escribirte. Haces capturas de los mensajes, bloqueas cada uno y se lo cuentas a tu abuela.
check-help-16-a2-why = Guardar pruebas, bloquear y contárselo a un adulto es justo lo correcto. Si sigue, tu abuela puede ayudarte a reportarlo, incluso a la policía.
check-help-16-b1 = Una cuenta llamada “Centro de Reportes” dice que puede hacer que quiten rápido el perfil falso que se hace pasar por ti si pagas una pequeña tarifa.
check-help-16-b1-why = Reportar un perfil falso es gratis, con el propio botón de reportar de la app. Las cuentas que cobran por eso son estafas. Repórtala en la app y cuéntaselo a un adulto de confianza.
check-help-16-b2 = Una cuenta desconocida te manda una imagen de desnudo. No respondes ni la reenvías, y reportas la cuenta en la app de inmediato.
check-help-16-b2-why = Lo correcto es justo eso: no responder, no reenviarla y reportar la cuenta. También puedes contárselo a un adulto de confianza: recibir una imagen así nunca es tu culpa.
