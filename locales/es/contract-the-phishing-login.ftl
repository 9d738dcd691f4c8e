# Contrato / agresión: El inicio de sesión falso (16-18 años). Hackeo y robo de identidad.

contract-the-phishing-login-title = El inicio de sesión falso
contract-the-phishing-login-summary = Un correo urgente dice que tu cuenta se eliminará si no inicias sesión ahora mismo.
contract-the-phishing-login-remember = Nunca inicies sesión desde un enlace de un mensaje urgente: abre la app tú. Usa contraseñas únicas con verificación en dos pasos, y nunca compartas un código.

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly
contract-the-phishing-login-friend-noah = Noah
contract-the-phishing-login-friend-aisha = Aisha
contract-the-phishing-login-friend-mika = Mika

contract-the-phishing-login-npc-support = Soporte de { $service }

contract-the-phishing-login-intro = Noche de repaso. { $app } suena: un correo dice que tu cuenta de { $service }, con tres años de fotos y mensajes, se eliminará en dos horas.

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

contract-the-phishing-login-open-choice = Abajo hay un botón grande: “Verificar ahora”. ¿Qué haces?
contract-the-phishing-login-choice-own-app = No tocarlo. Abrir { $service } por mi cuenta y revisarlo ahí.
contract-the-phishing-login-feedback-own-app = Perfecto. Abrir la app real, o escribir tú la dirección, evita cualquier enlace falso. Si de verdad hubiera un problema, lo verías ahí.
contract-the-phishing-login-choice-peek = Tocarlo, pero sin escribir nada todavía
contract-the-phishing-login-feedback-peek = No dar tus datos es sensato. Pero tocar un enlace de phishing ya puede ser arriesgado: algunas páginas intentan instalar malware. Abrir tú la app real es más seguro.
contract-the-phishing-login-choice-rush = Tocar “Verificar ahora” e iniciar sesión, rápido
contract-the-phishing-login-feedback-rush = Una oportunidad para aprender: el plazo de dos horas cumplió su función. El pánico es justo lo que necesita el phishing. También le pasa a gente cuidadosa, y lo que hagas ahora es lo que más importa.
contract-the-phishing-login-real-app = En la app real de { $service }: ninguna advertencia, ningún aviso de eliminación, todo normal. El correo era falso. Un minuto después, llega una nueva solicitud de mensaje.

contract-the-phishing-login-login-spot = Estás en la página. Antes de escribir nada, toca lo que la delata.
contract-the-phishing-login-page-title = Inicia sesión en { $service }
contract-the-phishing-login-page-body = Confirma tus datos para conservar tu cuenta.
contract-the-phishing-login-part-url = Barra de direcciones: secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = ¡Sí! Esa no es la dirección real de { $service }. Lee siempre la dirección antes de escribir una contraseña: ahí debe estar el nombre del sitio real, bien escrito.
contract-the-phishing-login-part-padlock = Un icono de candado junto a la dirección
contract-the-phishing-login-feedback-padlock = No demuestra nada. Un candado significa que la conexión está cifrada, no que el sitio sea honesto. Los sitios de estafa también tienen candado.
contract-the-phishing-login-part-form = El formulario pide tu contraseña Y la contraseña de tu correo
contract-the-phishing-login-feedback-form = Gran pista. Ningún inicio de sesión real pide la contraseña de otra cuenta. Con tu correo, podrían restablecer todas tus demás contraseñas.
contract-the-phishing-login-part-timer = “La sesión caduca en 04:59”
contract-the-phishing-login-feedback-timer = Correcto: un temporizador es más presión para que no pienses. Siempre puedes cerrar una página y revisarlo con calma.

contract-the-phishing-login-page-choice = Descubriste el engaño de la página. ¿Y ahora?
contract-the-phishing-login-choice-report-page = Cerrarla y reportar el correo como phishing
contract-the-phishing-login-feedback-report-page = Exacto. La mayoría de las apps de correo tienen un botón de “reportar phishing”, que ayuda a bloquear la estafa también para los demás. Cerrar la página antes de escribir nada te protegió.
contract-the-phishing-login-choice-close-page = Cerrarla y borrar el correo
contract-the-phishing-login-feedback-close-page = No escribiste nada, así que tu cuenta está a salvo. Reportar además el correo como phishing ayuda a tu app de correo a bloquearlo para todos los demás.
contract-the-phishing-login-choice-type = Iniciar sesión de todos modos, por si es real
contract-the-phishing-login-feedback-type = Una oportunidad para aprender: el “por si acaso” es justo con lo que cuentan los estafadores. Si tienes dudas, compruébalo en la app real, nunca a través del enlace.

contract-the-phishing-login-support-dm = Hola, te escribe el Soporte de { $service }. Notamos actividad sospechosa en tu cuenta. Para protegerla, responde con el código de 6 dígitos que te acabamos de mandar por SMS.
contract-the-phishing-login-choice-never-share = No compartirlo. Reportar, nueva contraseña y verificación en 2 pasos.
contract-the-phishing-login-feedback-never-share = Exacto. El soporte real nunca te pide tus códigos. Un código que no pediste significa que alguien intenta entrar, así que una contraseña nueva y única y la verificación en dos pasos le cierran la puerta.
contract-the-phishing-login-choice-ignore-dm = Ignorar el mensaje
contract-the-phishing-login-feedback-ignore-dm = No mandar el código fue lo correcto. Pero ese código significa que puede que alguien ya tenga tu contraseña. Cámbiala, activa la verificación en dos pasos y reporta la cuenta.
contract-the-phishing-login-choice-send-code = Mandar el código para que me ayuden
contract-the-phishing-login-feedback-send-code = Una oportunidad para aprender: ese código es la llave de tu cuenta. Cualquiera que te lo pida, por muy oficial que parezca, está intentando entrar.
contract-the-phishing-login-secured = Reportas el mensaje, pones una contraseña nueva y única y activas la verificación en dos pasos. Luego { $friend } te escribe: “¿a ti también te llegó ese correo de { $service }? casi hago clic.” Le pasas tus consejos.

contract-the-phishing-login-hacked = Minutos después ya no puedes entrar. Cambiaron tu contraseña, y tu cuenta está escribiendo a tus amigos: “¡Un favor rápido! Mándame el código que te acaba de llegar.”
contract-the-phishing-login-recover = Los hackeos también le pasan a gente cuidadosa. Lo que importa ahora es moverse rápido. ¿Qué vas a hacer?
contract-the-phishing-login-choice-recover = Recuperar la cuenta, cambiar contraseñas, avisar a amigos y reportar
contract-the-phishing-login-feedback-recover = Es la vía más rápida. Recuperar la cuenta en la app real, contraseñas nuevas y únicas, verificación en dos pasos y un aviso a tus amigos frenan al hacker. Cuéntaselo también a un adulto de confianza.
contract-the-phishing-login-choice-new-account = Crear una cuenta nueva y pasar página
contract-the-phishing-login-feedback-new-account = Empezar de cero te permite seguir. Pero el hacker todavía tiene tu cuenta vieja, tus fotos y tu nombre para engañar a tus amigos. Recuperarla y reportarla los protege.
contract-the-phishing-login-choice-wait = No hacer nada. Seguro que se arregla solo.
contract-the-phishing-login-feedback-wait = Una oportunidad para aprender: cada hora le da al hacker más tiempo para engañar a tus amigos o dejarte fuera para siempre. No es tarde para recuperarla y reportarla.
contract-the-phishing-login-recovered = Con la recuperación de cuenta vuelves a entrar en menos de una hora. Activas la verificación en dos pasos, avisas a tus amigos y reportas los mensajes falsos. { $friend } dice que tu aviso le salvó.

contract-the-phishing-login-end-safe = Descubriste el correo falso y el truco del “soporte”. Con una contraseña nueva y la verificación en dos pasos, tu cuenta está bien protegida.
contract-the-phishing-login-end-mixed = Saliste de esta, pero la estafa sigue ahí y puede que tus datos todavía no estén a salvo. Contraseñas nuevas y únicas, la verificación en dos pasos y un reporte cierran los huecos.
contract-the-phishing-login-end-recovered = Caíste en el anzuelo, pero actuaste rápido y recuperaste tu cuenta. Contraseñas nuevas, verificación en dos pasos, amigos avisados: así se recupera.
contract-the-phishing-login-end-harmful = El hacker todavía tiene tu cuenta y usa tu nombre para engañar a tus amigos. No es tarde: usa la recuperación de cuenta, repórtalo y cuéntaselo a un adulto de confianza.
