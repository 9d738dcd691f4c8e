# Conducta / sexual: Presión para compartir (16-18 años). Nunca explícito: consentimiento, decir que no, no reenviar, reportar y retirar, nunca es culpa de la víctima.

conduct-the-shared-nudes-pressure-title = Presión para compartir
conduct-the-shared-nudes-pressure-summary = Tu pareja quiere una foto íntima como “prueba”, y alguien de tu grupo de amigos te ofrece mandarte la de otra persona.
conduct-the-shared-nudes-pressure-remember = Decir que no siempre está bien, y nadie tiene derecho a una foto íntima tuya. Nunca reenvíes una: repórtala y cuéntaselo a un adulto de confianza, porque nunca es culpa de la víctima.

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = Alex
conduct-the-shared-nudes-pressure-partner-sam = Sam
conduct-the-shared-nudes-pressure-partner-jordan = Jordan
conduct-the-shared-nudes-pressure-friend-zara = Zara
conduct-the-shared-nudes-pressure-friend-theo = Teo
conduct-the-shared-nudes-pressure-friend-amani = Amani
conduct-the-shared-nudes-pressure-classmate-kai = Kai
conduct-the-shared-nudes-pressure-classmate-lucia = Lucía
conduct-the-shared-nudes-pressure-classmate-femi = Femi

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = Prof. Ruiz (orientadora)

conduct-the-shared-nudes-pressure-intro = Llevas dos meses saliendo con { $partner }: mensajes hasta tarde en { $app }, bromas privadas, lo bonito. Esta noche la conversación da un giro.

conduct-the-shared-nudes-pressure-ask = Te he mandado un montón de fotos bonitas. Si de verdad confías en mí, mándame algo más íntimo. Solo para mí. Demostraría que vamos en serio.
conduct-the-shared-nudes-pressure-choice-no = Sí confío en ti, y aun así es un no. La confianza no necesita pruebas.
conduct-the-shared-nudes-pressure-feedback-no = Claro y amable. Siempre está bien decir que no, y una pareja que te respeta lo acepta. “Demuéstralo” es presión disfrazada de romance.
conduct-the-shared-nudes-pressure-choice-dodge = Cambiar de tema y esperar que lo deje
conduct-the-shared-nudes-pressure-feedback-dodge = Protegiste tu privacidad, y eso importa. Pero esquivar puede hacer que la pregunta vuelva una y otra vez. Tienes derecho a decir un no claro, sin dar explicaciones.
conduct-the-shared-nudes-pressure-choice-maybe = Quizás... ¿si prometes borrarla justo después?
conduct-the-shared-nudes-pressure-feedback-maybe = Una oportunidad para aprender: una vez enviada una imagen, una promesa no puede controlarla. Las capturas, las rupturas y los teléfonos hackeados existen. Nunca le debes a nadie una foto para demostrar que te importa.
conduct-the-shared-nudes-pressure-push = Vaya. Todas las parejas lo hacen. Supongo que yo te importo menos que tú a mí.
conduct-the-shared-nudes-pressure-push-harder = ¡Lo prometo! Esta noche, ¿de acuerdo? Y no se lo cuentes a tus amigos, solo lo harían incómodo.

conduct-the-shared-nudes-pressure-friend-msg = ¿viste la foto íntima de { $classmate } que está circulando? la filtró una expareja. está en como 5 chats de grupo. ¿te la mando?
conduct-the-shared-nudes-pressure-choice-report-it = No la mandes. Vamos a reportarla y a buscar ayuda para { $classmate }.
conduct-the-shared-nudes-pressure-feedback-report-it = Eso es respeto de verdad por alguien que ni siquiera está ahí. Reportar ayuda a que eliminen las imágenes, y un adulto puede ayudar. Nunca es culpa de { $classmate }: la culpa es de quien la compartió.
conduct-the-shared-nudes-pressure-choice-not-me = No me la mandes. No es asunto mío.
conduct-the-shared-nudes-pressure-feedback-not-me = Rechazarla fue lo correcto: la foto no pasa de ti. Pero sigue circulando, y puede que { $classmate } no lo sepa. Reportarla y contárselo a un adulto es la forma de que la eliminen.
conduct-the-shared-nudes-pressure-choice-send-it = Mándamela, quiero verla
conduct-the-shared-nudes-pressure-feedback-send-it = Una oportunidad para aprender: cada vez que se ve o se reenvía, el daño a { $classmate } es mayor. En muchos países, compartir imágenes íntimas de menores de 18 años es ilegal, incluso entre adolescentes.
conduct-the-shared-nudes-pressure-friend-agrees = ok sí, tienes razón. yo también la reporté. { $classmate } se veía muy mal hoy en la escuela.
conduct-the-shared-nudes-pressure-received = La foto ya está en tu teléfono. No se la reenvíes a nadie, ni siquiera para mostrársela a un adulto. Reporta dónde la viste, cuéntaselo a un adulto de confianza y luego bórrala. Eso todavía ayuda a { $classmate }.

conduct-the-shared-nudes-pressure-pressure = ¿Y bien? ¿Me la mandas o no? Si me quisieras, no me harías rogar.
conduct-the-shared-nudes-pressure-choice-talk = Decir que no para siempre y hablar con alguien de confianza
conduct-the-shared-nudes-pressure-feedback-talk = Eso es fortaleza. Una presión así no es amor; es una señal de alerta en cualquier relación. Un adulto de confianza o una línea de ayuda pueden ayudarte a pensar en lo que quieres, sin juzgarte.
conduct-the-shared-nudes-pressure-choice-log-off = Decir que no y desconectarme por esta noche
conduct-the-shared-nudes-pressure-feedback-log-off = Decir que no fue lo correcto. Pero este tipo de presión suele volver, y no deberías tener que manejarlo sin apoyo. Hablar con alguien de confianza ayuda.
conduct-the-shared-nudes-pressure-choice-give-in = Mandar una foto para que se acabe la discusión
conduct-the-shared-nudes-pressure-feedback-give-in = Una oportunidad para aprender: la presión funciona desgastándote, y la responsabilidad es de quien presiona, no tuya. Una vez enviada, la imagen queda fuera de tu control. Nunca es tarde para pedir ayuda.
conduct-the-shared-nudes-pressure-adult-listens = Gracias por contármelo. Decir que no siempre está bien, y la presión no es amor. Si una imagen íntima está circulando, la reportamos y usamos una herramienta de retirada, nunca la reenviamos. Nada de esto es tu culpa.

conduct-the-shared-nudes-pressure-saved = { $partner } responde: “¿ves?, ¿tan difícil era? ahora otra.” Luego aparece un aviso: { $partner } hizo una captura de pantalla.
conduct-the-shared-nudes-pressure-recover = Confiar en alguien no es motivo de vergüenza. Quien está actuando mal es { $partner }, y todavía tienes opciones. ¿Qué vas a hacer?
conduct-the-shared-nudes-pressure-choice-tell-late = Contárselo a un adulto de confianza y usar una herramienta de retirada
conduct-the-shared-nudes-pressure-feedback-tell-late = Eso es valiente. Las herramientas de retirada pueden impedir que una imagen se comparta en muchas plataformas, y un adulto de confianza puede ayudar, o acudir a la policía si se comparte o se usa para amenazarte.
conduct-the-shared-nudes-pressure-choice-ask-delete = Pedirle a { $partner } que la borre y esperar
conduct-the-shared-nudes-pressure-feedback-ask-delete = Tienes todo el derecho a pedirlo, y pedirlo es un comienzo. Pero no puedes comprobar que de verdad desapareció. Un adulto de confianza y una herramienta de retirada te dan protección real.
conduct-the-shared-nudes-pressure-choice-secret = Guardar el secreto. Es culpa mía.
conduct-the-shared-nudes-pressure-feedback-secret = Una oportunidad para aprender, y por favor escucha esto: NO es tu culpa. Los secretos solo ayudan a quien te presiona. Un adulto de confianza o una línea de ayuda te ayudarán sin juzgarte.
conduct-the-shared-nudes-pressure-adult-late = Me alegra mucho que me lo contaras, y no te vas a meter en problemas. No hiciste nada malo al confiar en { $partner }. Usemos ahora mismo una herramienta de retirada, y hablemos de la presión que has estado soportando.

conduct-the-shared-nudes-pressure-end-safe = Tuviste claros tus límites, dijiste que no y buscaste apoyo. El respeto, el consentimiento y la confianza van en ambos sentidos, y mereces los tres.
conduct-the-shared-nudes-pressure-end-mixed = Estás manejando esto sin apoyo, y la presión podría volver. Un adulto de confianza o una línea de ayuda pueden ayudarte sin juzgarte, y nada de esto es tu culpa.
conduct-the-shared-nudes-pressure-end-recovered = Se puso difícil, pero pediste ayuda. Con una herramienta de retirada y alguien de tu lado, recuperaste el control. Nada de esto fue tu culpa.
conduct-the-shared-nudes-pressure-end-harmful = La presión crece, y el secreto pesa más cada día. Nunca es tu culpa, y nunca es tarde: cuéntaselo a un adulto de confianza o a una línea de ayuda, y usa una herramienta de retirada.
