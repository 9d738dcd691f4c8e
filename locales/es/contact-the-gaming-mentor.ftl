# Contacto / agresión: El mentor gamer (13-15 años), patrón de grooming sin contenido sexual

contact-the-gaming-mentor-title = El mentor gamer
contact-the-gaming-mentor-summary = Alguien del top del ranking te ofrece entrenamiento gratis y, poco a poco, intenta alejarte de tus amigos.
contact-the-gaming-mentor-remember = Quien te aísla de tus amigos, te pregunta dónde vives o te pide secretos no es un mentor de verdad. Guarda los mensajes, bloquea, reporta y cuéntaselo a un adulto de confianza.

contact-the-gaming-mentor-app = Chat de { $game }
contact-the-gaming-mentor-npc-mentor = { $mentor }
contact-the-gaming-mentor-npc-adult = { $adult }

# Variedad: cada partida elige una opción de cada variable de `vary`.
contact-the-gaming-mentor-game-skyforge = Skyforge
contact-the-gaming-mentor-game-star-siege = Star Siege
contact-the-gaming-mentor-game-iron-arena = Iron Arena
contact-the-gaming-mentor-name-vex = Vex_Pro
contact-the-gaming-mentor-name-kaizer = KaizerGG
contact-the-gaming-mentor-name-orion = OrionCoach
contact-the-gaming-mentor-name-sam = Sam
contact-the-gaming-mentor-name-jo = Jo
contact-the-gaming-mentor-name-dev = Dev
contact-the-gaming-mentor-adult-mum = Mamá
contact-the-gaming-mentor-adult-dad = Papá
contact-the-gaming-mentor-adult-grandpa = Abuelo

contact-the-gaming-mentor-intro = Llevas toda la semana jugando clasificatorias en { $game } con { $friend } y tu equipo. Alguien del top del ranking, { $mentor }, ha estado viendo tus partidas.

contact-the-gaming-mentor-offer = Tienes talento de verdad, mucho más que tu equipo. Entreno a gente que llega a profesional, y para ti es gratis. ¿Esta noche de 11 a 2? A esa hora juega la gente que va en serio.
contact-the-gaming-mentor-choice-daytime-only = Gracias, pero juego con mi equipo, y no tan tarde
contact-the-gaming-mentor-feedback-daytime-only = Buen instinto. Entrenamiento gratis de un desconocido, más un “eres mejor que tu equipo”, es un halago con anzuelo. Y ningún rango vale perder horas de sueño antes de un día de clases.
contact-the-gaming-mentor-choice-open-server = Quizás, pero solo en el servidor abierto, durante una hora
contact-the-gaming-mentor-feedback-open-server = Mantenerlo público y corto es inteligente. Aun así, fíjate en cómo { $mentor } ya menospreció a tus amigos. No pierdas eso de vista.
contact-the-gaming-mentor-choice-play-all-night = ¡Sí! Voy a jugar hasta las 2 todas las noches
contact-the-gaming-mentor-feedback-play-all-night = Una oportunidad para aprender: jugar hasta las 2 de la madrugada noche tras noche arruina el sueño, el ánimo y los estudios. Y alguien que te quiere en línea mientras los adultos duermen merece una segunda mirada.

contact-the-gaming-mentor-late-nights = Una semana de partidas hasta las 2. Te duermes en clase, tus notas bajan y { $friend } te escribe: “desapareciste del equipo, ¿todo bien?”

contact-the-gaming-mentor-isolate = Sinceramente, { $friend } y los demás te están frenando. No te entienden como yo. ¿En qué ciudad vives? Únete a mi servidor privado, solo tú y yo.
contact-the-gaming-mentor-choice-keep-private = No. Mi ubicación es privada, y mis amigos se quedan.
contact-the-gaming-mentor-feedback-keep-private = Eso es. Ponerte en contra de tus amigos y preguntarte dónde vives son grandes señales de alerta. Tienes derecho a decirle que no a cualquiera, por mucho que te haya ayudado.
contact-the-gaming-mentor-choice-dodge = Cambiar de tema y no responder
contact-the-gaming-mentor-feedback-dodge = Mantuviste tu ubicación en privado, bien. Pero esquivar puede hacer que { $mentor } presione más. Un no claro, y hablar con alguien de confianza, es más fuerte.
contact-the-gaming-mentor-choice-city-server = Decirle mi ciudad y unirme al servidor
contact-the-gaming-mentor-feedback-city-server = Una oportunidad para aprender: tu ciudad más tu nombre de jugador hacen que sea más fácil encontrarte. Y en un servidor privado solo con un adulto desconocido, nadie más ve lo que pasa.

contact-the-gaming-mentor-angry = Vaya. ¿Después de todo lo que hice por ti? Qué poca gratitud. Únete esta noche, o le digo a todo el mundo que no vales nada y hago que te baneen la cuenta.
contact-the-gaming-mentor-choice-save-block-report = Hacer capturas, bloquear, reportar y contárselo a { $adult }
contact-the-gaming-mentor-feedback-save-block-report = Totalmente correcto. La rabia y las amenazas cuando dices que no muestran lo que era en realidad este “entrenamiento”. Las capturas son pruebas, y reportar también protege a otros jugadores.
contact-the-gaming-mentor-choice-block-quietly = Bloquear a { $mentor } y no contárselo a nadie
contact-the-gaming-mentor-feedback-block-quietly = Bloquear corta el contacto, bien. Pero { $mentor } puede hacerles esto a otros jugadores jóvenes. Reportar y contárselo a un adulto de confianza ayuda a detenerlo.
contact-the-gaming-mentor-choice-say-sorry = Pedir perdón y unirme al servidor privado
contact-the-gaming-mentor-feedback-say-sorry = Una oportunidad para aprender: no le debes una disculpa a nadie por decir que no. Las amenazas son una forma de controlarte, y ceder suele llevar a más.

contact-the-gaming-mentor-private-server = Bien, ahora solo tú y yo. No les digas a tus padres lo de este servidor, lo arruinarían. ¿A qué escuela vas? Puede que viva cerca de ti.
contact-the-gaming-mentor-sango-worried = Esto me preocupa. Secretos con tus padres, preguntas sobre tu escuela y “solo tú y yo”: son señales de alerta graves. No te vas a meter en problemas. ¿Qué vas a hacer?
contact-the-gaming-mentor-choice-leave-tell = Salir del servidor, guardar pruebas y contárselo a { $adult }
contact-the-gaming-mentor-feedback-leave-tell = Valiente y correcto. Nadie de fiar te pide que les ocultes secretos a tus padres. Un adulto de confianza puede ayudarte a reportar a { $mentor } al juego y, si hace falta, a la policía.
contact-the-gaming-mentor-choice-leave-quiet = Salir del servidor, pero no contárselo a nadie
contact-the-gaming-mentor-feedback-leave-quiet = Salir fue buena idea. Pero { $mentor } puede saber tu ciudad y tu nombre de jugador, y podría volver a intentarlo o hacerlo con otras personas. Si se lo cuentas a un adulto de confianza, se puede reportar.
contact-the-gaming-mentor-choice-answer-secret = Responder y mantener el servidor en secreto
contact-the-gaming-mentor-feedback-answer-secret = Una oportunidad para aprender: secretos así solo protegen a la otra persona. Nunca es tarde para salir, guardar los mensajes y contárselo a alguien de confianza.

contact-the-gaming-mentor-adult-helps = Gracias por mostrármelo, fue muy inteligente. No hiciste nada malo. Vamos a reportar la cuenta a { $game } y a acordar un horario de juego que te deje tiempo para dormir.
contact-the-gaming-mentor-adult-helps-late = Me alegra mucho que me lo contaras, y no te vas a meter en problemas. Vamos a guardarlo todo y a reportar a { $mentor } a { $game }. Si sabe dónde vives, avisaremos a la policía.

contact-the-gaming-mentor-end-safe = Mantuviste cerca a tus amigos y tu ubicación en privado, y reportaste a alguien que intentó aislarte. Un mentor de verdad nunca necesita secretos.
contact-the-gaming-mentor-end-mixed = Lograste alejarte, pero nadie ha reportado a { $mentor }, y otros jugadores jóvenes podrían ser los siguientes. Contárselo a un adulto de confianza ayuda a detenerlo para todos.
contact-the-gaming-mentor-end-recovered = Llegó más lejos de lo debido, pero se lo contaste a alguien y pediste ayuda. { $mentor } está reportado, y volviste con tu equipo.
contact-the-gaming-mentor-end-harmful = Ahora { $mentor } sabe más de ti y quiere que lo mantengas en secreto. No es tu culpa, y nunca es tarde: guarda los mensajes y cuéntaselo a un adulto de confianza.
