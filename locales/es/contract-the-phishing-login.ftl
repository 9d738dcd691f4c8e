# Contrato / agresión: El inicio de sesión falso (16-18 años). Hackeo y robo de identidad.

contract-the-phishing-login-title = El inicio de sesión falso
contract-the-phishing-login-summary = Un correo urgente dice que tu cuenta se eliminará si no inicias sesión ahora mismo.
contract-the-phishing-login-remember = Nunca inicies sesión desde un enlace de un mensaje urgente: abre la app tú. Reporta el phishing en vez de reenviarlo, usa contraseñas únicas con verificación en dos pasos y nunca compartas un código.

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly

contract-the-phishing-login-npc-support = Soporte de { $service }
contract-the-phishing-login-npc-friend = { $friend }

contract-the-phishing-login-intro = Noche de repaso: Canela, tu perra, dormida a tus pies, y el partido de los Leones sin sonido. Creas tu cuenta de Applyra para la universidad. Ahí irán tus notas y tu DNI, así que toca blindarla bien.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-phishing-login-lock = Tres palabras al azar, nada sobre ti: crea una frase de contraseña que puedas recordar sin apuntarla. Luego elige cómo comprueba Applyra que eres tú quien entra.
contract-the-phishing-login-piece-lantern = farol
contract-the-phishing-login-why-piece-lantern = Una palabra cotidiana sin relación contigo: nadie la adivina por tu perfil. Tres o cuatro como esta forman una frase larga y difícil de descifrar.
contract-the-phishing-login-piece-pet = canela
contract-the-phishing-login-why-piece-pet = Parece una palabra cualquiera, pero Canela es tu perra y sale en la mitad de tus fotos. Cualquiera que te siga podría adivinarlo. Deja mascotas, cumpleaños y nombres fuera de tus claves.
contract-the-phishing-login-piece-pickles = pepinillos
contract-the-phishing-login-why-piece-pickles = Una palabra al azar y una imagen absurda: un bote de pepinillos tocando la trompeta. Imágenes así hacen que la frase sea fácil de recordar.
contract-the-phishing-login-piece-common = 123456
contract-the-phishing-login-why-piece-common = Es la contraseña más usada del mundo, y los programas que descifran claves la prueban primero, también pegada a palabras. No suma nada: deja que trabajen las palabras al azar.
contract-the-phishing-login-piece-glacier = glaciar
contract-the-phishing-login-why-piece-glacier = Buena elección. La longitud gana a los trucos: unas cuantas palabras al azar cuestan muchísimo más de descifrar que un revoltijo corto de símbolos.
contract-the-phishing-login-piece-jumble = x7#Qp!9z
contract-the-phishing-login-why-piece-jumble = Fuerte, pero ¿recordarías x7#Qp!9z en una computadora de la biblioteca? Estos revoltijos acaban apuntados o repetidos. Las palabras al azar son fuertes y fáciles de recordar.
contract-the-phishing-login-piece-trumpet = trompeta
contract-the-phishing-login-why-piece-trumpet = Otra palabra cotidiana que nadie asociaría contigo. La fuerza viene de palabras al azar, no de nada de tu vida.
contract-the-phishing-login-piece-team = leones
contract-the-phishing-login-why-piece-team = Suena al azar, pero tu equipo está en tu sudadera y en tu bio. Lo que la gente sabe que te gusta es lo primero que prueba, así que no va en una frase de contraseña.
contract-the-phishing-login-set-two-step = Verificación en dos pasos
contract-the-phishing-login-val-two-step-off = Desactivada
contract-the-phishing-login-why-two-step-off = Sin la verificación en dos pasos, tu frase es el único cerrojo. Si alguna vez se filtra, cualquiera puede entrar. Los dos pasos piden además un código de tu móvil.
contract-the-phishing-login-val-two-step-text = Código por SMS
contract-the-phishing-login-why-two-step-text = Bien: con tu frase robada nadie entra, porque también haría falta el código que llega a tu móvil. No compartas ese código con nadie.
contract-the-phishing-login-val-two-step-app = App de autenticación
contract-the-phishing-login-why-two-step-app = Genial: la app crea un código nuevo en tu móvil, incluso sin cobertura, y un estafador no puede desviarlo a su número. No compartas el código con nadie.
contract-the-phishing-login-set-recovery = Correo de recuperación, para volver a entrar si te quedas fuera
contract-the-phishing-login-val-recovery-friend = El correo de mi mejor amigo
contract-the-phishing-login-why-recovery-friend = Es un detalle, pero quien tenga tu correo de recuperación puede cambiar tu contraseña. Las amistades cambian, y su cuenta también puede ser hackeada.
contract-the-phishing-login-val-recovery-school = Mi correo del instituto
contract-the-phishing-login-why-recovery-school = Sirve por ahora, pero el instituto cierra tu correo cuando te vas, justo cuando llegan las respuestas de la universidad. Mejor un correo personal que vayas a conservar.
contract-the-phishing-login-val-recovery-own = Mi correo personal
contract-the-phishing-login-why-recovery-own = Sí: un correo que solo usas tú y que conservarás al terminar el instituto. Protégelo también con verificación en dos pasos, porque con él se puede cambiar todo.
contract-the-phishing-login-val-recovery-none = Ninguno
contract-the-phishing-login-why-recovery-none = Nadie puede usarlo mal, es cierto. Pero si pierdes el móvil o te hackean, no hay forma de volver a entrar. Tu correo personal es un camino de vuelta mejor.
contract-the-phishing-login-set-alerts = Avisarme por correo de cada nuevo inicio de sesión
contract-the-phishing-login-val-alerts-off = Desactivado
contract-the-phishing-login-why-alerts-off = Sin avisos, alguien podría entrar como tú y nunca lo sabrías. Un aviso te da la oportunidad de actuar en minutos.
contract-the-phishing-login-val-alerts-on = Activado
contract-the-phishing-login-why-alerts-on = Bien: si alguien entra desde un dispositivo nuevo, lo sabrás al momento y podrás cambiar tu frase antes de que haga daño.
contract-the-phishing-login-sign-in = Al día siguiente, en una computadora compartida de la biblioteca, buscas “Applyra iniciar sesión” y salen tres resultados. ¿En qué dirección inicias sesión?
contract-the-phishing-login-page-lookalike = accounts-applyra.org/login
contract-the-phishing-login-why-page-lookalike = Mira otra vez: un guion, no un punto. accounts-applyra.org es un nombre distinto, y cualquiera puede comprar uno así. El real termina en applyra.org justo antes de la primera /.
contract-the-phishing-login-page-real = accounts.applyra.org/sign-in
contract-the-phishing-login-why-page-real = Eso es: justo antes de la primera / termina en applyra.org; “accounts.” es parte de la dirección. Escribirla tú es mejor que fiarte de una búsqueda. En una computadora compartida, cierra sesión y no guardes tu frase.
contract-the-phishing-login-page-buried = applyra.org.account-verify.net/sign-in
contract-the-phishing-login-why-page-buried = El nombre real aparece, pero esta dirección termina en account-verify.net, y esa es la dueña de la página. Lo que cuenta es lo último antes de la primera /.

contract-the-phishing-login-email-arrives = Dos días después, de nuevo repasando, { $app } suena: un correo dice que tu cuenta de { $service }, con tres años de fotos y mensajes, se eliminará en dos horas.
# El mundo recuerda: la casilla ya marcada de la prueba gratis pasó tu nombre y tu correo a los «socios».
contract-the-phishing-login-knows-you = Este sabe tu nombre completo, y llegó al correo que le diste a tu app de estudio. Esa casilla de «socios» ya marcada pasó los dos datos, y los estafadores compran listas así. ¿Y ahora?
contract-the-phishing-login-choice-opt-out = Dejar de compartir mis datos en la app y pedir que los borren.
contract-the-phishing-login-feedback-opt-out = Bien pensado. Dejar de compartir tus datos te saca de nuevas listas, y en muchos países tienes derecho a pedir que los borren. Menos copias de tus datos, menos estafas que saben tu nombre.
contract-the-phishing-login-choice-unsubscribe = Darme de baja de cada correo de socios, y luego ver este.
contract-the-phishing-login-feedback-unsubscribe = Menos correos es un comienzo. Pero darte de baja frena los correos, no que compartan tus datos: los socios siguen con ellos y pueden pasarlos. Desactiva la opción de compartir y pide también que los borren.
contract-the-phishing-login-choice-everywhere = Mi correo ya está en todas partes. Una lista más da igual.
contract-the-phishing-login-feedback-everywhere = Una oportunidad para aprender: cada lista con tus datos ayuda a que una estafa parezca conocerte. Aún puedes dejar de compartir tus datos y pedir a la app que los borre.
contract-the-phishing-login-opted-out = En los ajustes de privacidad de la app de estudio desactivas la opción de compartir datos con socios y pides que los borren. Ahora, volvamos a ese correo.
contract-the-phishing-login-unsubscribed = Te das de baja de los correos de socios uno por uno. La opción de compartir datos sigue activada, así que tus datos siguen en sus listas. Ahora, volvamos a ese correo.
contract-the-phishing-login-shrugged = Lo dejas así. Tu nombre y tu correo siguen en las listas de los socios, vayan adonde vayan. Ahora, volvamos a ese correo.

contract-the-phishing-login-email-spot = Parece oficial. Toca todo lo que delata este correo.
contract-the-phishing-login-email-title = Equipo de Seguridad de { $service }
contract-the-phishing-login-email-body = Detectamos actividad inusual en tu cuenta. Verifica tu identidad ahora o tu cuenta y todo su contenido se eliminarán de forma permanente.
contract-the-phishing-login-part-sender = De: no-reply@acc0unt-verify-help.net
contract-the-phishing-login-feedback-sender = Sí. La empresa real escribe desde su propia dirección. Los remitentes que se le parecen, con un cero en lugar de una “o” o palabras de más como “verify-help”, son phishing clásico.
contract-the-phishing-login-part-urgency = “¡¡Tu cuenta será ELIMINADA en 2 horas!!”
contract-the-phishing-login-feedback-urgency = Correcto. Un plazo corto y las mayúsculas están ahí para que entres en pánico y hagas clic antes de pensar. Los servicios reales te dan tiempo y te dejan comprobarlo en la app.
contract-the-phishing-login-part-grammar = “Estimado clinte valioso, por favor verifique su indentidad”
contract-the-phishing-login-feedback-grammar = Buen ojo. Una ortografía rara puede ser una señal, y “Estimado cliente” significa que ni siquiera saben tu nombre. Pero ojo: algunas falsificaciones están perfectamente escritas.
contract-the-phishing-login-part-logo = El logo de { $service } arriba
contract-the-phishing-login-feedback-logo = No es una pista ni en un sentido ni en otro. Los logos son fáciles de copiar, así que un logo nunca demuestra que un correo sea real. Mejor revisa el remitente y el enlace.
contract-the-phishing-login-part-inbox = Flecha de volver con una insignia roja: 3 sin leer
contract-the-phishing-login-feedback-inbox = No es una pista: es tu propia app de correo, que te muestra otros correos esperando. Nada de ahí arriba viene de este remitente.
contract-the-phishing-login-part-tools = Botones de bandera roja y papelera, arriba
contract-the-phishing-login-feedback-tools = No es una pista, ¡pero es útil! Son los botones de tu app de correo, no del remitente. Marcar el correo con la bandera es justo como se reporta uno como este.
contract-the-phishing-login-part-verify = Botón grande: “Verificar ahora”
contract-the-phishing-login-feedback-verify = Sí. Un botón en un correo puede llevarte a cualquier sitio, como a una página de inicio de sesión falsa. Si te preocupa tu cuenta, abre la app o escribe tú la dirección.
contract-the-phishing-login-pic-service = { $service }
contract-the-phishing-login-pic-urgency = ¡¡Tu cuenta será ELIMINADA en 2 horas!!
contract-the-phishing-login-pic-grammar = Estimado clinte valioso, por favor verifique su indentidad
contract-the-phishing-login-pic-verify-now = Verificar ahora
contract-the-phishing-login-pic-unread = 3

contract-the-phishing-login-open-choice = Abajo hay un botón grande: “Verificar ahora”. ¿Qué haces?
contract-the-phishing-login-choice-own-app = No lo toco. Abro { $service } por mi cuenta y miro ahí.
contract-the-phishing-login-feedback-own-app = Perfecto. Abrir la app real, o escribir tú la dirección, evita cualquier enlace falso. Si de verdad hubiera un problema, lo verías ahí.
contract-the-phishing-login-choice-peek = Lo toco solo para comprobar, pero no escribo nada.
contract-the-phishing-login-feedback-peek = Guardarte tus datos es sensato. Pero abrir un enlace de phishing le muestra al remitente que haces clic, y algunas páginas intentan instalar malware. Abrir la app de verdad es más seguro.
contract-the-phishing-login-choice-rush = ¡¿Dos horas?! Verifico ya, no puedo perder tres años de fotos.
contract-the-phishing-login-feedback-rush = Una oportunidad para aprender: el plazo de dos horas cumplió su función. El pánico es justo lo que necesita el phishing. También le pasa a gente cuidadosa, y lo que hagas ahora es lo que más importa.

contract-the-phishing-login-real-app = En la app real de { $service }: ninguna advertencia, ningún aviso de eliminación, todo normal. El correo era falso. Un minuto después, llega una nueva solicitud de mensaje.
contract-the-phishing-login-opened = El enlace abre una página idéntica a { $service }. El cursor parpadea en la casilla de la contraseña.

contract-the-phishing-login-login-spot = Estás en la página. Antes de escribir nada, toca lo que la delata.
contract-the-phishing-login-page-title = Inicia sesión en { $service }
contract-the-phishing-login-page-body = Confirma tus datos para conservar tu cuenta.
contract-the-phishing-login-part-url = Barra de direcciones: secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = ¡Sí! Esa no es la dirección real de { $service }. Lee siempre la dirección antes de escribir una contraseña: ahí debe estar el nombre del sitio real, bien escrito.
contract-the-phishing-login-part-padlock = Un icono de candado verde junto a la dirección
contract-the-phishing-login-feedback-padlock = No demuestra nada. Un candado significa que la conexión está cifrada, no que el sitio sea honesto. Los sitios de estafa también tienen candado.
contract-the-phishing-login-part-page-title = Título: “Inicia sesión en { $service }”, con su logo
contract-the-phishing-login-feedback-page-title = No demuestra nada: un título y un logo se copian en segundos. La barra de direcciones es lo que un sitio falso no puede copiar exactamente.
contract-the-phishing-login-part-form = El formulario pide tu contraseña Y la contraseña de tu correo
contract-the-phishing-login-feedback-form = Gran pista. Ningún inicio de sesión real pide la contraseña de otra cuenta. Con tu correo, podrían restablecer todas tus demás contraseñas.
contract-the-phishing-login-part-timer = “La sesión caduca en 04:59”
contract-the-phishing-login-feedback-timer = Correcto: un temporizador es más presión para que no pienses. Siempre puedes cerrar una página y revisarlo con calma.
contract-the-phishing-login-pic-url = secure-login.acc0unt-check.net
contract-the-phishing-login-pic-timer = La sesión caduca en 04:59
contract-the-phishing-login-pic-username = Usuario o correo
contract-the-phishing-login-pic-password = Contraseña
contract-the-phishing-login-pic-email-password = Contraseña de tu correo
contract-the-phishing-login-pic-log-in = Iniciar sesión

contract-the-phishing-login-page-choice = La página sigue abierta, y el correo sigue en tu bandeja. ¿Y ahora?
contract-the-phishing-login-choice-report-page = La cierro y luego toco “Reportar phishing” en el correo.
contract-the-phishing-login-feedback-report-page = Perfecto. “Reportar phishing” ayuda a tu correo a bloquear la estafa también para otros, y cerrar la página sin escribir nada te mantuvo a salvo.
contract-the-phishing-login-choice-forward = Reenvío el correo al grupo para que todos estén seguros.
contract-the-phishing-login-feedback-forward = Avisar a tus amigos es amable, y detectaste la trampa. Pero al reenviar mandas también el enlace activo. Reporta el correo y avisa con una captura, sin el enlace.
contract-the-phishing-login-choice-type = Entro igualmente. ¿Y si es real y lo pierdo todo?
contract-the-phishing-login-feedback-type = Una oportunidad para aprender: “¿y si es real?” es justo con lo que cuentan los estafadores. Si dudas, compruébalo en la app de verdad, nunca desde el enlace.

contract-the-phishing-login-reported = Cierras la página sin escribir nada y reportas el correo. Tu app lo mueve a spam: “Gracias, esto ayuda a proteger a otros usuarios.”
contract-the-phishing-login-pic-spam = Spam
contract-the-phishing-login-pic-thanks = Gracias, esto ayuda a proteger a otros usuarios.
contract-the-phishing-login-forwarded = Tu aviso llega al grupo, con enlace y todo. Un minuto después, { $friend } te escribe.

contract-the-phishing-login-friend-tapped = oye, toqué el enlace de tu mensaje para ver qué era. me pide la contraseña. ¿¿la escribo??
contract-the-phishing-login-choice-stop-friend = ¡No escribas! Ciérralo. Borro mi reenvío y lo reporto.
contract-the-phishing-login-feedback-stop-friend = Bien pensado. Nada escrito, nada perdido. Borrar el reenvío evita más clics, y reportar el correo ayuda a bloquearlo.
contract-the-phishing-login-choice-let-friend-try = Pruébalo. Si es falso no funcionará, así que es seguro.
contract-the-phishing-login-feedback-let-friend-try = Una oportunidad para aprender: una página falsa “funciona” perfectamente para el estafador, porque se queda con todo lo que escribes. Nada escrito en una página falsa está a salvo.
contract-the-phishing-login-friend-safe = { $friend } cierra la página sin escribir nada. Borras tu reenvío, reportas el correo como phishing y publicas una captura en su lugar, sin el enlace.
contract-the-phishing-login-friend-hacked = { $friend } escribe su contraseña. Una hora después, su cuenta escribe a todo el grupo: “¡Un favor rápido! Mándame el código que te acaba de llegar.”

contract-the-phishing-login-support-dm = Hola, te escribe el Soporte de { $service }. Notamos actividad sospechosa en tu cuenta. Para protegerla, responde con el código de 6 dígitos que te acabamos de mandar por SMS.
contract-the-phishing-login-pic-sms-code = Código de { $service }: 482913
contract-the-phishing-login-pic-sms-warn = No compartas este código con nadie.
contract-the-phishing-login-choice-flag-dm = Sin responder. Lo marco como estafa, contraseña nueva y dos pasos.
contract-the-phishing-login-feedback-flag-dm = Exacto. El soporte real nunca pide tus códigos. Un código que no pediste significa que alguien intenta entrar, y una contraseña nueva y única con verificación en dos pasos le impide entrar.
contract-the-phishing-login-choice-call-out = Responder: “Buen intento. Sé que eres falso. Te voy a reportar.”
contract-the-phishing-login-feedback-call-out = No mandar el código fue lo correcto. Pero responder les dice que alguien lee, y presionan más. No discutas: no contestes, márcalo y cambia tu contraseña.
contract-the-phishing-login-choice-send-code = Mando el código. Es Soporte, me quieren ayudar.
contract-the-phishing-login-feedback-send-code = Una oportunidad para aprender: ese código es la llave de tu cuenta. Cualquiera que te lo pida, por muy oficial que parezca, está intentando entrar.
contract-the-phishing-login-secured = Marcas el mensaje, pones una contraseña nueva y única y activas la verificación en dos pasos. Luego { $friend } te escribe: “¿te llegó también ese correo de { $service }? casi hago clic”. Le mandas tus consejos.
contract-the-phishing-login-pushed = ¡Perdón por la confusión! Sin el código, tu cuenta se bloqueará en 10 minutos. Te acabamos de enviar uno nuevo.

contract-the-phishing-login-second-code = Un segundo código, y más presión. ¿Y ahora?
contract-the-phishing-login-choice-stop-replying = Se acabó. Marco el chat, contraseña nueva y dos pasos.
contract-the-phishing-login-feedback-stop-replying = Buena reacción. Cortar la charla les quita la presión, y marcar el chat, cambiar la contraseña y activar la verificación en dos pasos cierran la puerta. A un estafador no le debes ninguna respuesta.
contract-the-phishing-login-choice-give-in = Vale, lo mando. Dicen que así mi cuenta estará segura.
contract-the-phishing-login-feedback-give-in = Una oportunidad para aprender: la presión que crece cuando dices que no es señal de estafa. El soporte real nunca necesita tu código.

contract-the-phishing-login-hacked = Minutos después ya no puedes entrar. Cambiaron tu contraseña, y tu cuenta está escribiendo a tus amigos: “¡Un favor rápido! Mándame el código que te acaba de llegar.”
contract-the-phishing-login-pic-password-changed = Contraseña cambiada
contract-the-phishing-login-pic-favour = ¡Un favor rápido!
contract-the-phishing-login-pic-favour-code = Pásame el código que te llegó.
contract-the-phishing-login-recover = Los hackeos también le pasan a gente cuidadosa. Lo que importa ahora es moverse rápido. ¿Qué vas a hacer?
contract-the-phishing-login-choice-recover = Recupero la cuenta, marco el hackeo y aviso a mis amigos.
contract-the-phishing-login-feedback-recover = Es el camino más rápido. Recuperación en la app real, contraseña única, verificación en dos pasos, reporte y aviso a tus amigos frenan al hacker. Cuéntaselo también a un adulto de confianza.
contract-the-phishing-login-choice-new-account = Me abro otra cuenta y les digo a todos que es la nueva.
contract-the-phishing-login-feedback-new-account = Una oportunidad para aprender: una cuenta nueva deja la antigua, tus fotos y tu nombre en manos del hacker. Recuperar y reportar la antigua protege a tus amigos.
contract-the-phishing-login-choice-wait = Nada por ahora. Seguro que se arregla solo.
contract-the-phishing-login-feedback-wait = Una oportunidad para aprender: cada hora le da al hacker más tiempo para engañar a tus amigos o dejarte fuera para siempre. No es tarde para recuperarla y reportarla.
contract-the-phishing-login-recovered = Con la recuperación de cuenta vuelves a entrar en menos de una hora. Contraseña nueva, verificación en dos pasos activada, hackeo reportado y amigos avisados. { $friend } dice que tu aviso le salvó.
contract-the-phishing-login-abandoned = Tu cuenta nueva tiene cuatro seguidores. La antigua, aún hackeada, sigue pidiendo códigos a tus amigos, y dos de ellos mandan uno.
contract-the-phishing-login-waited = Por la tarde, tres amigos ya te han mandado “a ti” sus códigos, y el hacker ha cambiado también tu correo de recuperación.

contract-the-phishing-login-end-safe = Nunca usaste el enlace ni diste un código. La estafa está reportada, tu contraseña es nueva y la verificación en dos pasos está activada: tu cuenta está bien cerrada.
contract-the-phishing-login-end-reported = Miraste la página falsa sin escribir nada y reportaste el correo para que otros estén avisados. La próxima vez, abrir { $service } por tu cuenta te ahorrará la página falsa.
contract-the-phishing-login-end-friend-safe = Tu aviso llevaba el enlace, y { $friend } lo tocó. Pero nadie escribió nada, tu reenvío ya no está y el correo está reportado. La próxima vez, avisa con una captura.
contract-the-phishing-login-end-friend-hacked = La cuenta de { $friend } ahora engaña al grupo, por un enlace que pasó tu aviso. No es culpa tuya ni suya, y nunca es tarde para contárselo a un adulto de confianza, que ayudará a recuperarla.
contract-the-phishing-login-end-recovered = Caíste en la trampa, pero actuaste rápido: cuenta recuperada, contraseña nueva, verificación en dos pasos activada, hackeo reportado y amigos avisados. Así se sale de un hackeo.
contract-the-phishing-login-end-harmful = El hacker sigue teniendo tu cuenta antigua y usa tu nombre para engañar a tus amigos. No es tu culpa, y nunca es tarde: cuéntaselo a un adulto de confianza, que te ayudará a recuperarla y reportarla.

# Mi teléfono: la cuenta en manos de un hacker, o bien cerrada.
contract-the-phishing-login-trace-hacked = Tu cuenta de fotos: otra persona tiene la contraseña y usa tu nombre.
contract-the-phishing-login-trace-hacked-advice = Recupérala: recuperación de cuenta en la app real, contraseña nueva y única, verificación en dos pasos activada. Luego reporta el hackeo, avisa a tus amigos y cuéntaselo a un adulto de confianza.
contract-the-phishing-login-trace-locked = Tu cuenta de fotos: contraseña nueva y única, con verificación en dos pasos activada.
contract-the-phishing-login-trace-locked-advice = Bien cerrada. Mantén la verificación en dos pasos y nunca compartas un código de acceso, ni siquiera con «Soporte».
