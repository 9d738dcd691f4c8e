# Conducta / agresión: El comentario cruel (9-12 años)

conduct-the-mean-comment-title = El comentario cruel
conduct-the-mean-comment-summary = Sientes rabia con alguien de tus amistades, y un comentario cruel está a solo un toque.
conduct-the-mean-comment-remember = Cuando sientas rabia, haz una pausa antes de publicar: las palabras en internet pueden durar mucho. Sé amable, arregla las cosas hablando y cuéntale a un adulto de confianza si hay un ataque en grupo.

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-name-mia = Mía
conduct-the-mean-comment-name-theo = Teo
conduct-the-mean-comment-name-aisha = Aisha
conduct-the-mean-comment-video-dance = mi nuevo baile
conduct-the-mean-comment-video-skate = mi primer truco de skate
conduct-the-mean-comment-video-slime = mi receta de slime brillante
conduct-the-mean-comment-adult-teacher = Prof. Okafor
conduct-the-mean-comment-adult-mum = Mamá
conduct-the-mean-comment-adult-dad = Papá

conduct-the-mean-comment-npc-friend = { $friend }
conduct-the-mean-comment-npc-adult = { $adult }

conduct-the-mean-comment-intro = ¡Hola, soy yo, Sango! Hoy en el recreo, { $friend } se sentó con otros chicos y no te guardó un lugar. ¡Ay! Ahora { $friend } subió un video nuevo a { $app }.

conduct-the-mean-comment-spot-comments = Muchos chicos están comentando. Toca los comentarios hirientes. Cuidado: ¡la sinceridad no es lo mismo que la crueldad!
conduct-the-mean-comment-card-title = El video nuevo de { $friend }
conduct-the-mean-comment-card-body = ¡Aquí está { $video }!
conduct-the-mean-comment-part-tip = ¡Genial! ¿Y si la próxima vez lo grabas en un lugar con más luz?
conduct-the-mean-comment-feedback-tip = ¡No es hiriente! Es sincero pero amable: primero algo bonito y luego un consejo útil. Los comentarios sinceros también pueden ser amables.
conduct-the-mean-comment-part-cringe = qué cringe jaja. mejor borra tu cuenta
conduct-the-mean-comment-feedback-cringe = ¡Hiriente, bien visto! Decirle a alguien que borre su cuenta no es un consejo sincero. Solo busca hacer daño.
conduct-the-mean-comment-part-pile = ¡¡¡Todos a comentar lo malo que es esto!!!
conduct-the-mean-comment-feedback-pile = ¡Hiriente, bien visto! Esto invita a un ataque en grupo: mucha gente contra una sola persona. Eso es acoso, también en internet.
conduct-the-mean-comment-part-honest = No es lo mío, ¡pero cada vez te sale mejor!
conduct-the-mean-comment-feedback-honest = ¡No es hiriente! Dice con sinceridad que no es lo que más le gusta, pero lo dice con amabilidad. Está bien no estar de acuerdo, si es con respeto.
conduct-the-mean-comment-part-nobody = Ni siquiera le caes bien a nadie, { $friend }
conduct-the-mean-comment-feedback-nobody = ¡Hiriente, bien visto! Esto no tiene nada que ver con el video. Es un ataque a { $friend }, y palabras así pueden doler durante mucho tiempo.

conduct-the-mean-comment-typing = Todavía te sientes mal por lo del recreo. Tus pulgares escriben rápido: “El peor video de la historia. De todas formas, tu amistad es falsa.” Tu dedo está sobre Publicar.
conduct-the-mean-comment-post-choice = ¡Uf, qué sentimientos tan fuertes! Está bien sentir rabia. Pero las palabras en internet pueden quedarse mucho tiempo, y mucha gente las ve. ¿Qué vas a hacer?
conduct-the-mean-comment-choice-pause = Borrarlo, respirar hondo y hablar con { $friend } mañana
conduct-the-mean-comment-feedback-pause = ¡Muy buena elección! Viste que esas palabras podían hacer mucho daño. Hacer una pausa cuando sientes rabia evita cosas de las que te podrías arrepentir, y hablar cara a cara ayuda a arreglarlo.
conduct-the-mean-comment-choice-ignore-friend = Borrarlo, pero ignorar a { $friend } desde ahora
conduct-the-mean-comment-feedback-ignore-friend = ¡No publicarlo fue inteligente! Pero ignorar una amistad puede hacer que el dolor siga para ambas partes. Decirle a { $friend } cómo te sientes podría arreglar las cosas.
conduct-the-mean-comment-choice-post = Publicarlo. Fue cruel conmigo primero.
conduct-the-mean-comment-feedback-post = Una oportunidad para aprender: mucha gente puede ver, copiar y guardar las palabras que escribes con rabia. Aunque las borres después, no siempre puedes retirarlas.

conduct-the-mean-comment-pile-on = A la mañana siguiente, los comentarios crueles en el video de { $friend } se duplicaron. Chicos de otras clases se están sumando. En la escuela, { $friend } solo mira al suelo.
conduct-the-mean-comment-pile-choice = Esto es un ataque en grupo: mucha gente contra una sola persona. Puede doler mucho. ¿Qué podrías hacer?
conduct-the-mean-comment-choice-report-tell = Reportar los comentarios crueles y contarle a { $adult }
conduct-the-mean-comment-feedback-report-tell = ¡Eso es defender a los demás! Todo el mundo tiene derecho a recibir respeto en internet. Reportar y contarle a un adulto puede hacer que borren los comentarios.
conduct-the-mean-comment-choice-kind-comment = Escribir un comentario amable debajo del video
conduct-the-mean-comment-feedback-kind-comment = Un comentario amable le muestra a { $friend } que tiene apoyo, ¡y eso importa! Pero los comentarios crueles siguen ahí. Reportar y contarle a un adulto ayuda a detenerlos.
conduct-the-mean-comment-choice-like-mean = Dar me gusta a los comentarios crueles. { $friend } empezó.
conduct-the-mean-comment-feedback-like-mean = Una oportunidad para aprender: que te hayan hecho daño no hace justo un ataque en grupo. Todo el mundo merece respeto, incluso alguien con quien te peleaste. Cada me gusta lo hace más grande.

conduct-the-mean-comment-adult-helps = Gracias por contármelo. Eso no es acusar, es ayudar. Todo el mundo merece respeto en internet. Vamos a reportar esos comentarios y a bloquear las cuentas que siguen sumándose al ataque.
conduct-the-mean-comment-talk-it-out = Gracias por defenderme. ¡Y perdón por lo del recreo! No sabía que te habías sentido fuera del grupo. ¿Mañana te sientas con nosotros?

conduct-the-mean-comment-posted = Tu comentario recibe 12 me gusta. Otros lo copian: “¡Sí, amistad falsa!” Pronto es un ataque en grupo. En la escuela, { $friend } no te mira.
conduct-the-mean-comment-fix-it = Ay, no. Tus palabras llegaron más lejos de lo que querías. Pero todavía puedes ayudar a arreglarlo. ¿Qué vas a hacer?
conduct-the-mean-comment-choice-sorry-tell = Borrarlo, pedir perdón y contarle a { $adult }
conduct-the-mean-comment-feedback-sorry-tell = ¡Así se arregla! Pedir perdón es valiente, y un adulto puede ayudar a detener el ataque en grupo. Todos cometemos errores. Lo que importa es arreglarlos.
conduct-the-mean-comment-choice-delete-quiet = Borrar mi comentario y no decir nada
conduct-the-mean-comment-feedback-delete-quiet = Borrarlo ayuda un poco, para que nadie más lo copie. Pero otros ya lo hicieron, y { $friend } sigue sufriendo. Pedir perdón y contarle a un adulto ayuda más.
conduct-the-mean-comment-choice-leave-up = Dejarlo publicado. Todos están de acuerdo conmigo.
conduct-the-mean-comment-feedback-leave-up = Una oportunidad para aprender: cuando mucha gente se suma, puede parecer que está bien. Pero { $friend } tiene derecho al respeto, y esas palabras siguen haciendo daño.

conduct-the-mean-comment-sorry-talk = Ese comentario me dolió mucho. Pero gracias por pedir perdón. No sabía que en el recreo te sentiste fuera del grupo. ¿Empezamos de nuevo?

conduct-the-mean-comment-end-safe = Hiciste una pausa, defendiste a { $friend } y lo resolviste hablando. Los comentarios crueles ya no están, y ahora la amistad es aún más fuerte. ¡Bien hecho!
conduct-the-mean-comment-end-mixed = Parte del daño se detuvo, pero los comentarios crueles siguen acumulándose y ningún adulto de confianza lo sabe. Reportar y contarlo ayuda a detener un ataque en grupo para siempre.
conduct-the-mean-comment-end-recovered = Cometiste un error y luego lo arreglaste. Tu disculpa ayudó, y { $adult } está ayudando a detener el ataque en grupo. ¡La próxima vez, haz una pausa antes de publicar!
conduct-the-mean-comment-end-harmful = El ataque en grupo sigue creciendo, y { $friend } se siente muy mal. Las palabras en internet pueden durar mucho tiempo. Nunca es tarde para pedir perdón y contárselo a un adulto de confianza.
