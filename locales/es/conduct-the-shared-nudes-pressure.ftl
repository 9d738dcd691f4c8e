# Conducta / sexual: Presión para compartir (16-18 años). Nunca explícito: consentimiento, decir que no, no reenviar, reportar y retirar, nunca es culpa de la víctima.

conduct-the-shared-nudes-pressure-title = Presión para compartir
conduct-the-shared-nudes-pressure-summary = Tu pareja quiere una foto íntima como “prueba”, y alguien de tu grupo de amigos te ofrece mandarte la de otra persona.
conduct-the-shared-nudes-pressure-remember = Decir que no siempre está bien. Compartir la foto íntima de alguien menor de edad es ilegal, aunque sea para avisar: repórtala y cuéntaselo a un adulto de confianza, que ayudará a borrarla. Nunca es culpa de la víctima.

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = Alex
conduct-the-shared-nudes-pressure-partner-robin = Robin
conduct-the-shared-nudes-pressure-partner-jordan = Jordan

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = Prof. Ruiz (orientadora)

conduct-the-shared-nudes-pressure-intro = Llevas dos meses saliendo con { $partner }: mensajes hasta tarde en { $app }, bromas privadas, lo bonito. Esta noche la conversación da un giro.

conduct-the-shared-nudes-pressure-ask = Te he mandado un montón de fotos bonitas. Si de verdad confías en mí, mándame algo más íntimo. Solo para mí. Demostraría que vamos en serio.
conduct-the-shared-nudes-pressure-choice-maybe = Vale, una. Confío en ti, pero bórrala justo después.
conduct-the-shared-nudes-pressure-feedback-maybe = Una oportunidad para aprender: una vez enviada, una imagen no se controla con promesas. Capturas, rupturas y teléfonos hackeados pasan. Querer a alguien nunca necesita esa prueba.
conduct-the-shared-nudes-pressure-choice-dodge = Jaja, algún día. Oye, ¿terminaste ya el trabajo de historia?
conduct-the-shared-nudes-pressure-feedback-dodge = Protegiste tu privacidad, y eso importa. Pero esquivar puede hacer que la pregunta vuelva una y otra vez. Tienes derecho a dar un no claro, sin explicaciones.
conduct-the-shared-nudes-pressure-choice-no = No. Me gustas mucho, y aun así no voy a mandar esa foto.
conduct-the-shared-nudes-pressure-feedback-no = Claro y amable. Decir que no siempre está bien, y no debes explicaciones. «Demuéstralo» es presión disfrazada de romance, y quien te respeta acepta un no.
conduct-the-shared-nudes-pressure-push = Vaya. Todas las parejas lo hacen. Supongo que yo te importo menos que tú a mí.
conduct-the-shared-nudes-pressure-push-dodge = No cambies de tema. Todas las parejas lo hacen. Supongo que yo te importo menos que tú a mí.

conduct-the-shared-nudes-pressure-friend-msg = ¿viste la foto íntima de { $classmate } que está circulando? la filtró una expareja. está en como 5 chats de grupo. ¿te la mando?
conduct-the-shared-nudes-pressure-choice-forward-warn = Mándala. Se la paso a { $classmate } para que pida ayuda.
conduct-the-shared-nudes-pressure-feedback-forward-warn = Una oportunidad para aprender: reenviarla, aunque sea para ayudar, es compartirla, y compartir imágenes íntimas de menores de 18 es ilegal. Avisa a { $classmate } con palabras y busca a un adulto.
conduct-the-shared-nudes-pressure-choice-flag-chats = No la mandes. ¿En qué chats está? Los reporto todos.
conduct-the-shared-nudes-pressure-feedback-flag-chats = Eso protege a { $classmate }. Compartir imágenes íntimas de menores de 18 es ilegal: nunca se reenvían, se reportan. Un adulto o una línea de ayuda puede ayudar a que las borren.
conduct-the-shared-nudes-pressure-choice-see-it = Venga, mándala. Total, ya la ha visto todo el mundo.
conduct-the-shared-nudes-pressure-feedback-see-it = Una oportunidad para aprender: cada vista y cada reenvío agrandan el daño, y compartir imágenes íntimas de menores de 18 es ilegal, incluso entre adolescentes. Nunca es culpa de { $classmate }.
conduct-the-shared-nudes-pressure-choice-not-me = A mí no me la mandes. No es asunto mío, la verdad.
conduct-the-shared-nudes-pressure-feedback-not-me = Rechazarla estuvo bien: contigo se detiene. Pero sigue circulando, y puede que { $classmate } no lo sepa. Reportarla y contárselo a un adulto es lo que hace que la borren.
conduct-the-shared-nudes-pressure-flagged = ok, yo también los reporté. { $classmate } se veía muy mal hoy en la escuela. ¿se lo contamos a la Prof. Ruiz en el recreo? ella sabrá qué hacer.
# El mundo recuerda: la persona de tu clase a la que apoyaste en el linchamiento.
conduct-the-shared-nudes-pressure-classmate-thanks = Más tarde, { $classmate } te escribe: «me dijeron que reportaste los chats. en lo del linchamiento también estuviste conmigo. gracias, de verdad».
conduct-the-shared-nudes-pressure-pic-reported-chats = Chats reportados
conduct-the-shared-nudes-pressure-pic-reported = Reportado
conduct-the-shared-nudes-pressure-pic-report-thanks = Gracias. Revisaremos estos chats.
conduct-the-shared-nudes-pressure-still-spreading = { $friend } se encoge de hombros y se la manda a otra persona. Para el almuerzo, ya está en dos chats más.
conduct-the-shared-nudes-pressure-forwarded = { $friend } te la manda y tú la reenvías. { $classmate } responde: «¿¿quién más la tiene?? ¿por qué me la mandas?». Ahora está en un chat más.
conduct-the-shared-nudes-pressure-received = La foto llega a tu teléfono. En la escuela, { $classmate } pasa el día con la cabeza gacha, mientras todos miran el teléfono, y luego a { $classmate }.

conduct-the-shared-nudes-pressure-photo-now = La foto está en tu teléfono ahora. Nunca es culpa de { $classmate }, y todavía puedes ayudar. ¿Qué haces?
conduct-the-shared-nudes-pressure-choice-flag-and-go = Reporto los chats, la borro y le pido ayuda a la Prof. Ruiz.
conduct-the-shared-nudes-pressure-feedback-flag-and-go = Eso es arreglarlo. Los reportes ayudan a que la quiten, y la Prof. Ruiz o una línea de ayuda pueden ayudar a { $classmate } a que la borren de las apps. Contarlo siempre es el paso correcto.
conduct-the-shared-nudes-pressure-choice-delete-quiet = La borro y ya está. Reportarlo solo me metería en problemas.
conduct-the-shared-nudes-pressure-feedback-delete-quiet = Una oportunidad para aprender: los adultos como la Prof. Ruiz están para ayudar, no para culpar, y reportando es como se borran las imágenes. Nunca es tarde para reportarla y hablar con un adulto de confianza.
conduct-the-shared-nudes-pressure-ruiz-photo = Gracias por contármelo; hacía falta valor, y no estás en problemas. Reportaremos los chats y ayudaré a { $classmate } a que la borren. Nunca fue su culpa.
conduct-the-shared-nudes-pressure-pic-takedown-title = Ayuda para que borren una foto
conduct-the-shared-nudes-pressure-pic-step-report = Repórtala donde se comparta
conduct-the-shared-nudes-pressure-pic-step-remove = Te ayudamos a quitarla
conduct-the-shared-nudes-pressure-pic-step-talk = Habla con alguien, cuando quieras
conduct-the-shared-nudes-pressure-pic-get-help = Pedir ayuda
conduct-the-shared-nudes-pressure-still-out = La borras y no dices nada. La foto sigue pasando de chat en chat, y { $classmate } deja de ir a la escuela.

conduct-the-shared-nudes-pressure-pressure = ¿Y bien? ¿La mandas o no? Si me quisieras, no me harías rogar. Y no vayas contándoselo a tus amigos.
conduct-the-shared-nudes-pressure-choice-mute = No. Te silencio por esta noche, y mañana lo hablamos con calma.
conduct-the-shared-nudes-pressure-feedback-mute = Decir que no estuvo bien, y silenciar te da espacio. Pero este tipo de presión suele volver, y nadie debería pedirte que lo guardes en secreto. Habla con alguien de confianza.
conduct-the-shared-nudes-pressure-choice-screenshot = No. Hago captura y se la enseño a alguien de confianza.
conduct-the-shared-nudes-pressure-feedback-screenshot = Muy firme. «No se lo cuentes a tus amigos» y «si me quisieras» son señales de alerta de presión, no de amor. Un adulto de confianza o una línea de ayuda te ayudan a pensarlo.
conduct-the-shared-nudes-pressure-choice-give-in = Vale, una. Es privado, y así por fin dejamos de discutir.
conduct-the-shared-nudes-pressure-feedback-give-in = Una oportunidad para aprender: la presión funciona desgastándote, y eso es responsabilidad suya, no tuya. Una vez enviada, la imagen escapa de tu control. Nunca es tarde para pedir ayuda.
conduct-the-shared-nudes-pressure-adult-listens = Gracias por enseñármelo. Decir que no siempre está bien, y esto es presión, no amor. También reportaremos la foto de { $classmate } y ayudaremos a que la borren. Nada de esto es culpa tuya.
conduct-the-shared-nudes-pressure-next-day = A la mañana siguiente hay 14 mensajes de { $partner }: «¿ahora me ignoras?», «todas las parejas lo hacen». La presión no se ha ido.
conduct-the-shared-nudes-pressure-pic-count = 14 mensajes nuevos
conduct-the-shared-nudes-pressure-pic-ignoring = ¿ahora me ignoras?
conduct-the-shared-nudes-pressure-pic-everyone = todas las parejas lo hacen

conduct-the-shared-nudes-pressure-still-pressure = Catorce mensajes durante la noche, y la orden de no contárselo a nadie. ¿Qué haces?
conduct-the-shared-nudes-pressure-choice-show-ruiz = En el recreo le enseño los 14 mensajes a la Prof. Ruiz.
conduct-the-shared-nudes-pressure-feedback-show-ruiz = Valiente e inteligente. Estos mensajes son pruebas de presión, y la Prof. Ruiz puede ayudarte a decidir qué hacer, sin juzgarte. Contarlo nunca es chivarse.
conduct-the-shared-nudes-pressure-choice-another-chance = Le doy a { $partner } una oportunidad más. Es solo inseguridad, nada más.
conduct-the-shared-nudes-pressure-feedback-another-chance = Una oportunidad para aprender: la inseguridad no hace aceptable la presión. Quien te quiere acepta un no. Un adulto de confianza o una línea de ayuda puede ayudarte, cuando sea.
conduct-the-shared-nudes-pressure-another-chance = { $partner } se calla un día y luego vuelve: «sigo esperando». No has mandado nada, pero cada notificación te hace un nudo en el estómago.

conduct-the-shared-nudes-pressure-saved = Mandas una. { $partner } responde: «¿ves? ¿tan difícil era? ahora otra». Luego salta un aviso: { $partner } hizo una captura de pantalla.
conduct-the-shared-nudes-pressure-pic-photo = Foto
conduct-the-shared-nudes-pressure-pic-screenshot = { $partner } hizo una captura de pantalla
conduct-the-shared-nudes-pressure-pic-another = ¿ves? ¿tan difícil era? ahora otra.
conduct-the-shared-nudes-pressure-recover = Confiar en alguien no es nada de qué avergonzarse. Quien está haciendo daño es { $partner }, y todavía tienes opciones. ¿Qué haces?
conduct-the-shared-nudes-pressure-choice-ask-delete = Le pido a { $partner } que la borre, y confío en que lo hará.
conduct-the-shared-nudes-pressure-feedback-ask-delete = Tienes derecho a pedirlo. Pero no puedes comprobar que de verdad se ha borrado, y ya hizo una captura. Un adulto de confianza y una herramienta de retirada pueden ayudarte de verdad.
conduct-the-shared-nudes-pressure-choice-secret = Me lo guardo. Fui yo quien la mandó, al fin y al cabo.
conduct-the-shared-nudes-pressure-feedback-secret = Una oportunidad para aprender, y escucha bien: NO es culpa tuya. Los secretos solo ayudan a quien te presiona. Un adulto de confianza o una línea de ayuda te ayudará, sin juzgarte.
conduct-the-shared-nudes-pressure-choice-takedown = Voy con la Prof. Ruiz para que me ayude a quitarla.
conduct-the-shared-nudes-pressure-feedback-takedown = Eso es valiente. Un adulto o una línea de ayuda puede ayudar a retirar imágenes de muchos sitios, y avisar a la policía si se comparten o se usan para amenazarte.
conduct-the-shared-nudes-pressure-adult-late = Me alegra mucho que me lo hayas contado, y no estás en problemas. No hiciste nada malo al confiar en { $partner }. Vamos a pedir la retirada ahora mismo, y a hablar de la presión que has sufrido.
conduct-the-shared-nudes-pressure-deleted-claim = { $partner } responde «borrada ;)». Dos días después, { $friend } te escribe: «¿¿eres tú?? alguien la mandó a nuestro grupo».
conduct-the-shared-nudes-pressure-secret-kept = Te lo guardas. { $partner } te pide otra foto cada noche, y deja caer que compartirá la primera si paras.

conduct-the-shared-nudes-pressure-spreading = Se está difundiendo, y quien la compartió hizo mal, no tú. ¿Y ahora?
conduct-the-shared-nudes-pressure-choice-hide = Borro todas mis cuentas. Es lo más seguro ahora mismo.
conduct-the-shared-nudes-pressure-feedback-hide = Una oportunidad para aprender: esconderse parece más seguro, pero la foto puede seguir moviéndose sin ti. Nunca es tarde: un adulto de confianza o una línea de ayuda puede ayudar a que la borren.
conduct-the-shared-nudes-pressure-choice-takedown-now = Hoy se lo cuento a la Prof. Ruiz y pedimos que la retiren.
conduct-the-shared-nudes-pressure-feedback-takedown-now = Eso es recuperar el control. Un adulto de confianza o una línea de ayuda puede ayudar a que la retiren y, si hace falta, avisar a la policía. No estás en problemas.
conduct-the-shared-nudes-pressure-hiding = Desapareces de todas las apps, pero la foto no. Cada día pesa más, y todavía no se lo has contado a nadie.

conduct-the-shared-nudes-pressure-end-safe = Dijiste que no, no pasaste nada a nadie y tienes a un adulto de tu lado. El respeto, el consentimiento y la confianza van en ambas direcciones, y mereces los tres.
conduct-the-shared-nudes-pressure-end-mixed = No has mandado nada, y es tu derecho. Pero la presión no ha parado, y nadie lo sabe todavía. Un adulto de confianza o una línea de ayuda puede ayudarte, y nada de esto es culpa tuya.
conduct-the-shared-nudes-pressure-end-recovered = Mandaste una foto bajo presión y luego recuperaste el control: se lo contaste a un adulto y pediste la retirada. Nada de eso fue culpa tuya.
conduct-the-shared-nudes-pressure-end-recovered-photo = La foto pasó por ti, y luego lo arreglaste: la reportaste, la borraste y fuiste con la Prof. Ruiz. { $classmate } ya tiene ayuda. ¿Y la presión de { $partner }? También puede ayudarte con eso.
conduct-the-shared-nudes-pressure-end-harmful = Cargar con esto en secreto pesa más cada día. Nunca tienes que enviar nada más, y nunca es culpa tuya. Nunca es tarde: un adulto de confianza o una línea de ayuda te ayudará, y hay herramientas para retirar imágenes.
conduct-the-shared-nudes-pressure-end-harmful-photo = La foto sigue difundiéndose, y { $classmate } lo afronta sin apoyo. La filtración no es culpa tuya, y nunca es tarde: repórtala y cuéntaselo a un adulto de confianza, que ayudará a que la borren.

# Mi teléfono: una foto enviada bajo presión, hasta que empiece su retirada.
