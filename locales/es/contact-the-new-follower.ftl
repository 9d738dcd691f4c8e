# Contacto / sexual, para 13-15 años: solo señales de alerta de sextorsión y cómo pedir ayuda (Una cuenta nueva te sigue)

contact-the-new-follower-title = Una cuenta nueva te sigue
contact-the-new-follower-summary = Una cuenta nueva, de alguien de tu edad, te sigue y le encanta todo lo que publicas. Luego quiere hablar en un lugar más privado.
contact-the-new-follower-remember = Los halagos, pasar a una app privada y pedir fotos son señales de alerta. Si alguien te amenaza, nunca es tu culpa: no pagues, guarda las pruebas y cuéntaselo a un adulto de confianza.

contact-the-new-follower-app = { $app }
contact-the-new-follower-npc-follower = { $follower }
contact-the-new-follower-npc-adult = { $adult }

# Variedad: cada partida elige una opción de cada variable de `vary`.
contact-the-new-follower-app-picstream = Picstream
contact-the-new-follower-app-loopr = Loopr
contact-the-new-follower-app-glimmr = Glimmr
contact-the-new-follower-private-vanish = Vanish
contact-the-new-follower-private-ghostchat = GhostChat
contact-the-new-follower-private-blink = Blinkr
contact-the-new-follower-name-jay = jay.beats_14
contact-the-new-follower-name-riley = riley_xo14
contact-the-new-follower-name-sky = sky.lights14
contact-the-new-follower-school-westbrook = Colegio Bosque Alto
contact-the-new-follower-school-hillcrest = Colegio Las Lomas
contact-the-new-follower-school-parkview = Colegio Parque Norte
contact-the-new-follower-adult-mum = Mamá
contact-the-new-follower-adult-dad = Papá
contact-the-new-follower-adult-aunt = Tía Lina

contact-the-new-follower-intro = Una cuenta nueva te sigue en { $app }: { $follower }. El perfil dice 14 años, le gusta la misma música que a ti y tiene muchas fotos geniales. Le da me gusta a cinco de tus publicaciones seguidas.

contact-the-new-follower-first-dm = holaa vi tu video bailando, de verdad tienes mucho talento. yo también tengo 14 y ¡me acabo de mudar cerca de ti! ¿a qué escuela vas?
contact-the-new-follower-choice-no-school = ¡Gracias! Pero no comparto mi escuela en internet.
contact-the-new-follower-feedback-no-school = Bien. Los cumplidos se sienten bien, pero en realidad no sabes quién es. Una cuenta nueva que te pregunta enseguida a qué escuela vas está buscando información.
contact-the-new-follower-choice-thanks-only = Dar las gracias y no responder lo de la escuela
contact-the-new-follower-feedback-thanks-only = Bien, tu escuela quedó en privado. Fíjate también: muchos halagos más un “vivo cerca de ti” de alguien a quien nunca has visto es un patrón al que hay que prestar atención.
contact-the-new-follower-choice-tell-school = ¡¡omg, gracias!! Voy al { $school }
contact-the-new-follower-feedback-tell-school = Una oportunidad para aprender: tu escuela le dice a alguien dónde encontrarte cada día de la semana. Cualquiera puede poner “tengo 14” en un perfil. Mantenlo en privado hasta saber quién es real.

contact-the-new-follower-knows-school = ¿¿en serio, el { $school }?? ¡está súper cerca de mí! deberíamos vernos algún día. la verdad, tienes mucha más madurez que la gente de nuestra edad

contact-the-new-follower-move-app = esta app es demasiado pública jaja. ¿hablamos por { $private }? los mensajes desaparecen, así que es más privado, solo tú y yo
contact-the-new-follower-choice-refuse-app = No, gracias. No me cambio de chat con gente que no conozco en persona.
contact-the-new-follower-feedback-refuse-app = Exacto. Presionarte para usar una app donde los mensajes desaparecen es una señal de alerta clásica: oculta lo que se dice y deja fuera a cualquiera que pudiera ayudar.
contact-the-new-follower-choice-maybe-later = Quizás más tarde, ahora no puedo
contact-the-new-follower-feedback-maybe-later = No te cambiaste, bien. Pero “quizás más tarde” deja la puerta abierta. Está bien decir un no claro, o dejar de responder a alguien que insiste.
contact-the-new-follower-choice-add-private = Claro, ahora te escribo por ahí
contact-the-new-follower-feedback-add-private = Una oportunidad para aprender: los mensajes que desaparecen ayudan más a la otra persona que a ti. Si algo sale mal, no queda registro, y nadie más puede verlo.

contact-the-new-follower-pressure-here = uf, bueno, qué poca gracia tienes. al menos mándame una foto, algo solo para mí. no te dé vergüenza, nunca se la mostraría a nadie
contact-the-new-follower-choice-block-report-tell = Hacer capturas, bloquear, reportar y contárselo a { $adult }
contact-the-new-follower-feedback-block-report-tell = Totalmente correcto. Pedir fotos privadas después de halagos y de “solo tú y yo” es una señal de alerta grave. Tienes todo el derecho a decir que no, cortar el contacto y pedir ayuda.
contact-the-new-follower-choice-stop-replying = Ignorarlo y dejar de responder
contact-the-new-follower-feedback-stop-replying = No mandar nada fue lo correcto. Pero { $follower } puede volver a intentarlo, o intentarlo con otra persona. Bloquear, reportar y contárselo a un adulto de confianza lo detiene de verdad.
contact-the-new-follower-choice-send-pic = Mandar una foto para que deje de molestarse
contact-the-new-follower-feedback-send-pic = Una oportunidad para aprender: una vez que envías una foto, pierdes el control sobre ella. Nadie tiene derecho a exigirte una foto, y una presión así nunca es tu culpa.

contact-the-new-follower-ignored = Dejas de responder. Dos días después, { $follower } vuelve a escribirte desde una cuenta nueva: “¿por qué me ignoras? pensé que teníamos algo especial.”

contact-the-new-follower-private-chat = por fin, solo tú y yo. tienes mucha madurez, ¿sabes? mándame una foto privada y yo te mando una. de todos modos se borra
contact-the-new-follower-choice-refuse-tell = No. Luego hacer capturas del chat y contárselo a { $adult }
contact-the-new-follower-feedback-refuse-tell = Eso es fortaleza. Tienes todo el derecho a decir que no, y un adulto de confianza puede ayudarte a bloquear y reportar. Pedirle fotos privadas a un adolescente es una señal de alerta grave.
contact-the-new-follower-choice-refuse-keep = Decir que no, pero seguir hablando
contact-the-new-follower-feedback-refuse-keep = Decir que no fue lo correcto, y nunca le debes una foto a nadie. Pero no es seguro seguir hablando con alguien que pide fotos privadas. Está bien parar y pedir ayuda.
contact-the-new-follower-choice-send-private = Mandar una, de todos modos se borra
contact-the-new-follower-feedback-send-private = Una oportunidad para aprender: “se borra” no es verdad, porque cualquiera puede hacer una captura. Alguien que te presiona para conseguir fotos privadas no es de fiar, diga la edad que diga.

contact-the-new-follower-threat = Paga 100 en tarjetas de regalo antes de esta noche, o mando nuestro chat y tus fotos a todos tus seguidores y a tu escuela. Si se lo cuentas a alguien, será peor.
contact-the-new-follower-not-your-fault = Alto. Esto se llama sextorsión. Es un delito, y NUNCA es tu culpa, tanto si mandaste una foto como si la falsificaron. Cuentan con el miedo y el silencio. ¿Qué vas a hacer?
contact-the-new-follower-choice-dont-pay-tell = No pagar. Guardar pruebas, bloquear, reportar y avisar a { $adult }
contact-the-new-follower-feedback-dont-pay-tell = La decisión más valiente e inteligente. Pagar o mandar más nunca lo termina. Los mensajes guardados ayudan a la app y, si hace falta, a la policía. Las líneas de ayuda pueden ayudar a eliminar imágenes.
contact-the-new-follower-choice-block-alone = Bloquear y esperar que se acabe
contact-the-new-follower-feedback-block-alone = Bloquear corta el contacto, bien. Pero cargar con esto sin ayuda pesa mucho, y las pruebas importan. Un adulto de confianza o una línea de ayuda pueden ayudarte a reportarlo y a eliminar las imágenes.
contact-the-new-follower-choice-pay = Pagar, para que lo borre todo
contact-the-new-follower-feedback-pay = Una oportunidad para aprender: quien amenaza así casi siempre pide más después de un pago. Nunca es tarde para parar, guardar las pruebas y contárselo a alguien.

contact-the-new-follower-adult-helps = Gracias por mostrármelo, fue justo lo correcto. No hiciste nada malo. Vamos a reportar la cuenta a { $app } y a revisar contigo tu configuración de privacidad.
contact-the-new-follower-adult-helps-late = Me alegra mucho que me lo contaras. No te vas a meter en problemas, y esto no es tu culpa. Vamos a guardar las pruebas, reportarlo a la app y llamar a una línea de ayuda. Si hace falta, la policía también puede ayudar.

contact-the-new-follower-end-safe = Viste las señales de alerta, dijiste que no y pediste ayuda. La cuenta de { $follower } está bloqueada y reportada, y tus fotos siguen siendo tuyas. Eso es fortaleza.
contact-the-new-follower-end-mixed = Te libraste de lo peor, pero nadie ha reportado a { $follower }, que podría intentarlo con otra persona. Un adulto de confianza o una línea de ayuda pueden ayudarte a reportarlo.
contact-the-new-follower-end-recovered = Dio miedo, pero no te quedaste en silencio. Con un adulto de confianza guardaste las pruebas, lo reportaste y recibiste apoyo. Contárselo a alguien siempre es la salida.
contact-the-new-follower-end-harmful = Pidió más, como siempre hace este tipo de gente. Nunca es tarde y nunca es tu culpa: guarda los mensajes, deja de responder y cuéntaselo a un adulto de confianza o a una línea de ayuda.
