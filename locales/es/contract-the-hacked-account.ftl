# Contrato / agresivo: La cuenta hackeada (13-15 años), la cuenta hackeada de un amigo, una alerta de inicio de sesión, proteger una cuenta

contract-the-hacked-account-title = La cuenta hackeada
contract-the-hacked-account-summary = La cuenta de tu mejor amigo o amiga manda un enlace raro a todo el grupo. Esa misma noche, tu propia cuenta recibe una alerta de inicio de sesión desde otro país.
contract-the-hacked-account-remember = Un enlace de alguien cercano puede venir de una cuenta hackeada: compruébalo por otra vía. Protege tu cuenta con frase y verificación en dos pasos, no compartas claves ni códigos y pide ayuda a un adulto de confianza.

contract-the-hacked-account-app = Loopin
contract-the-hacked-account-npc-hacked = { $friend }
contract-the-hacked-account-npc-friend = { $friend } (llamada)
contract-the-hacked-account-npc-adult = { $adult }
contract-the-hacked-account-npc-expert = AccountRescue_Pro

contract-the-hacked-account-bait-video = ¿¿eres TÚ en este video??
contract-the-hacked-account-bait-meme = ¡¡ahora eres un meme, mira!!
contract-the-hacked-account-bait-photo = ¿¿quién subió esta foto tuya??
contract-the-hacked-account-adult-aunt = Tía Nadia
contract-the-hacked-account-adult-dad = Papá
contract-the-hacked-account-adult-teacher = Profe Chen

contract-the-hacked-account-intro = ¡Hola, soy Sango! Tu cuenta de Loopin lo tiene todo: chats, fotos, dos años de recuerdos. Tu tortuga Fideo es tu foto de perfil, y tu bio dice “Cometas para siempre”. Entonces el chat del grupo se ilumina.
contract-the-hacked-account-friend-link = { $bait } loopin.login-help.net/watch
contract-the-hacked-account-pic-link-title = Inicia sesión para verlo
contract-the-hacked-account-pic-link-site = loopin.login-help.net

contract-the-hacked-account-link-choice = El enlace viene de la cuenta de { $friend }, enviado a todo el grupo a la vez. ¿Qué haces?
contract-the-hacked-account-choice-link-check = Escribirle primero a { $friend } por otra app.
contract-the-hacked-account-feedback-link-check = ¡Bien pensado! Un nombre conocido en un mensaje no prueba quién lo envía. Preguntar por otra vía, con una llamada u otra app, es la comprobación más rápida.
contract-the-hacked-account-choice-link-ask = Preguntar en el chat: “¿Eres tú o qué?”
contract-the-hacked-account-feedback-link-ask = ¡Buen instinto preguntar! Pero si la cuenta está hackeada, quien responde es el hacker. Comprueba por otra vía: una llamada u otra app.
contract-the-hacked-account-choice-link-open = Abrirlo. Confío en { $friend }, seguro que está bien.
contract-the-hacked-account-feedback-link-open = Una oportunidad para aprender: las cuentas hackeadas mandan enlaces a todos los contactos de su dueño, porque confían en él. Un video que te pide iniciar sesión es una trampa. Esto todavía se puede arreglar.

contract-the-hacked-account-friend-phone = ¡NO soy yo! No puedo entrar, alguien cambió mi contraseña. ¡¡Le está escribiendo a todo el mundo!! Perdón, de verdad.
contract-the-hacked-account-hacker-replies = sí soy yo jaja, ábrelo, te vas a morir de risa. rápido antes de que lo borren
contract-the-hacked-account-fake-page = La página es igualita a Loopin y te pide iniciar sesión para verlo. Escribes tu contraseña. El video nunca carga.
contract-the-hacked-account-pic-fake-address = loopin.login-help.net
contract-the-hacked-account-pic-fake-title = Inicia sesión en Loopin
contract-the-hacked-account-pic-fake-button = Entrar

contract-the-hacked-account-link-again = “Rápido antes de que lo borren”. ¿Eso suena a { $friend }? ¿Y ahora?
contract-the-hacked-account-choice-again-check = Llamo ahora mismo, de voz.
contract-the-hacked-account-feedback-again-check = ¡Muy bien! “Rápido” es un truco clásico para que no pienses. Una llamada rápida lo aclara todo.
contract-the-hacked-account-choice-again-open = Bueno, parece real. Abro.
contract-the-hacked-account-feedback-again-open = Una oportunidad para aprender: quien tiene la cuenta puede decir “soy yo”. Meterte prisa es una señal de alerta. Esto todavía se puede arreglar.

contract-the-hacked-account-help-choice = La cuenta de { $friend } está hackeada y sigue mandando el enlace a todos. ¿Cómo ayudas?
contract-the-hacked-account-choice-help-report = Reportarla como hackeada y avisar al grupo.
contract-the-hacked-account-feedback-help-report = ¡Buen trabajo en equipo! Reportar le dice a Loopin que frene la cuenta, y un aviso con tus palabras, sin el enlace, evita los clics.
contract-the-hacked-account-choice-help-forward = Reenviar el enlace: “¡NO ES SEGURO, NO LO ABRAN!”
contract-the-hacked-account-feedback-help-forward = ¡Avisar es amable! Pero reenviar pone el enlace delante de aún más gente, y alguien siempre lo toca. Avisa con tus palabras, sin enlace, y reporta la cuenta.
contract-the-hacked-account-reported = Reportas la cuenta como hackeada y escribes en el grupo: “A { $friend } le hackearon la cuenta. No abran ese enlace”. Tres personas responden: “gracias, casi lo abro”.
contract-the-hacked-account-forwarded = Tu aviso sale con el enlace dentro. Dos personas dan las gracias. Otra responde: “uy, lo toqué antes de leer las mayúsculas”.

contract-the-hacked-account-alert = Esa noche, a las 03:12, tu teléfono se enciende. Es Loopin.
contract-the-hacked-account-pic-alert-title = Intento de inicio de sesión
contract-the-hacked-account-pic-alert-where = Otro país, 03:12
contract-the-hacked-account-pic-alert-device = Portátil desconocido
contract-the-hacked-account-pic-alert-no = No, no fui yo
contract-the-hacked-account-pic-alert-yes = Sí, fui yo

contract-the-hacked-account-alert-choice = Alguien muy lejos intentó entrar como tú. Tu contraseña es la misma de tres apps desde que tenías 11 años. ¿Qué haces?
contract-the-hacked-account-choice-alert-lock = Tocar “No, no fui yo” y después cambiar mi contraseña.
contract-the-hacked-account-feedback-alert-lock = ¡Exacto! “No fui yo” bloquea ese inicio de sesión. Una contraseña vieja usada en varias apps es como entran los hackers, así que toca un cerrojo nuevo, aquí y en las otras dos apps.
contract-the-hacked-account-choice-alert-ignore = Cerrarlo. Solo es un “intento”: mi cuenta está segura.
contract-the-hacked-account-feedback-alert-ignore = ¡No tocar “sí” estuvo bien! Pero un intento significa que alguien tiene tu contraseña, o casi. Lo volverá a intentar. Cámbiala ahora.
contract-the-hacked-account-choice-alert-yes = Tocar “Sí, fui yo”, solo para que deje de vibrar.
contract-the-hacked-account-feedback-alert-yes = Una oportunidad para aprender: “Sí, fui yo” le dijo a Loopin que dejara entrar a ese portátil. De madrugada es fácil tocar sin leer. “No, no fui yo” lo habría bloqueado. Esto todavía se puede arreglar.
contract-the-hacked-account-not-me = Loopin bloquea el inicio de sesión y te pide un cerrojo nuevo para tu cuenta.
contract-the-hacked-account-second-alert = A la mañana siguiente: “Tu contraseña se cambió. Nuevo inicio de sesión: otro país”. No fuiste tú.
contract-the-hacked-account-tapped-yes = El teléfono deja de vibrar. Muy lejos, el portátil desconocido ya ha entrado en tu cuenta.

contract-the-hacked-account-lock = Tres o cuatro palabras al azar forman una frase de contraseña fuerte. Arma una que recuerdes y elige cómo comprueba Loopin que de verdad eres tú.
contract-the-hacked-account-piece-kettle = tetera
contract-the-hacked-account-why-piece-kettle = Una palabra de todos los días que no tiene nada que ver contigo: nadie puede adivinarla por tu perfil. Y es fácil de imaginar.
contract-the-hacked-account-piece-pet = fideo
contract-the-hacked-account-why-piece-pet = Parece una palabra cualquiera, pero Fideo es tu tortuga, y sale en tu foto de perfil. Cualquiera podría adivinarla. Deja fuera mascotas, nombres y cumpleaños.
contract-the-hacked-account-piece-cactus = cactus
contract-the-hacked-account-why-piece-cactus = Bien. Unas cuantas palabras al azar forman una frase larga, difícil de descifrar y fácil de recordar: ¡un cactus en una tetera!
contract-the-hacked-account-piece-common = contraseña1
contract-the-hacked-account-why-piece-common = contraseña1 es de lo primero que prueba cualquier programa de hackeo, aunque vaya pegada a otras palabras. No suma nada. Deja que las palabras al azar hagan el trabajo.
contract-the-hacked-account-piece-violin = violín
contract-the-hacked-account-why-piece-violin = Otra palabra al azar. Cada una hace la frase más larga y más difícil de descifrar, y una imagen graciosa ayuda a recordarla.
contract-the-hacked-account-piece-jumble = t8&Wm#2v
contract-the-hacked-account-why-piece-jumble = Fuerte, pero ¿recordarás t8&Wm#2v la semana que viene? Esas mezclas acaban en un papelito o repetidas en todas partes. Las palabras al azar son fuertes Y fáciles de recordar.
contract-the-hacked-account-piece-tornado = tornado
contract-the-hacked-account-why-piece-tornado = Buena elección. Las palabras al azar son fuertes porque no hablan de ti. Un tornado lleno de violines no se olvida.
contract-the-hacked-account-piece-team = cometas
contract-the-hacked-account-why-piece-team = Parece al azar, pero “Cometas para siempre” está en tu bio. Lo que todos saben que te gusta es lo primero que prueban, así que déjalo fuera.
contract-the-hacked-account-set-two-step = Verificación en dos pasos: un código además de la frase
contract-the-hacked-account-val-two-step-off = Desactivada
contract-the-hacked-account-why-two-step-off = Desactivada, tu frase es el único cerrojo, y así fue como usaron tu contraseña vieja. La verificación en dos pasos también pide un código de tu teléfono.
contract-the-hacked-account-val-two-step-phone = Código a mi teléfono
contract-the-hacked-account-why-two-step-phone = ¡Genial! Aunque tuvieran tu frase, también necesitarían tu teléfono. Nunca le des el código a nadie, ni a quien diga ser “soporte” o alguien de tu grupo.
contract-the-hacked-account-set-devices = Dispositivos con sesión iniciada en mi cuenta
contract-the-hacked-account-val-devices-keep = Dejarlos todos conectados
contract-the-hacked-account-why-devices-keep = Uno de ellos podría ser el portátil desconocido. Cerrar sesión en los demás dispositivos echa a cualquiera que haya entrado.
contract-the-hacked-account-val-devices-out = Cerrar sesión en los demás
contract-the-hacked-account-why-devices-out = ¡Sí! Quien haya entrado con la contraseña vieja queda fuera. Tú solo vuelves a entrar en tu teléfono.
contract-the-hacked-account-set-recovery = Correo de recuperación, por si no puedes entrar
contract-the-hacked-account-val-recovery-friend = El correo de { $friend }
contract-the-hacked-account-why-recovery-friend = Con buena intención, pero quien tiene el correo de recuperación puede cambiar tu frase, y la cuenta de { $friend } acaba de ser hackeada. Usa el tuyo.
contract-the-hacked-account-val-recovery-own = Mi propio correo
contract-the-hacked-account-why-recovery-own = Sí: un correo que solo usas tú, con su propia frase fuerte. Si un día no puedes entrar, podrás recuperar la cuenta.
contract-the-hacked-account-val-recovery-none = Ninguno
contract-the-hacked-account-why-recovery-none = Es cierto que nadie más puede usarlo. Pero si un día no puedes entrar o te hackean, no hay forma de volver. Tu propio correo es mejor.
contract-the-hacked-account-sign-in = El fin de semana entras desde la biblioteca, en una computadora compartida. Buscas “Loopin” y salen tres enlaces. ¿En cuál inicias sesión?
contract-the-hacked-account-page-ending = loopin.co/signin
contract-the-hacked-account-why-page-ending = Casi, pero termina en .co, no en .com: otro sitio que copia la página de Loopin para robar frases. Mira el final antes de la primera /.
contract-the-hacked-account-page-real = account.loopin.com/signin
contract-the-hacked-account-why-page-real = Bien visto: justo antes de la primera / termina en loopin.com, la dirección de Loopin. En una computadora compartida, cierra sesión al terminar y nunca dejes que guarde tu frase.
contract-the-hacked-account-page-buried = loopin.login-help.net/signin
contract-the-hacked-account-why-page-buried = Empieza por loopin, pero en realidad termina en login-help.net: el mismo sitio que el enlace falso del video. La última parte antes de la primera / dice de quién es la página.
contract-the-hacked-account-locked = ¡¡recuperé mi cuenta!! mi familia me ayudó con la página de recuperación de Loopin, ya tengo la verificación en dos pasos. gracias por comprobarlo conmigo primero

contract-the-hacked-account-hijacked = Tu contraseña ya no funciona. Tu cuenta está mandando el mismo enlace a todos tus contactos. Entonces aparece una solicitud de mensaje.
contract-the-hacked-account-expert-dm = ¿Te hackearon? Recupero cuentas en 1 hora, garantizado al 100 %. Solo 20 en tarjetas de regalo, más tu correo y su contraseña para restablecerla.
contract-the-hacked-account-recover-choice = Tu cuenta está en manos de otra persona, y no es tu culpa. ¿Y ahora?
contract-the-hacked-account-choice-recover-tell = Contárselo a { $adult } y usar la página de hackeos.
contract-the-hacked-account-feedback-recover-tell = ¡Ese es el camino de vuelta! Un adulto de confianza puede ayudarte con la página real de recuperación de Loopin y reportar la cuenta. A mucha gente la hackean, y no estás en problemas.
contract-the-hacked-account-choice-recover-new = Abrir una cuenta nueva. Nadie tiene que saber nada.
contract-the-hacked-account-feedback-recover-new = ¡Empezar de cero tiene sentido! Pero la cuenta vieja sigue en manos de un desconocido, escribiendo a todos tus contactos. Hay que recuperarla y reportarla, con un adulto de confianza.
contract-the-hacked-account-choice-recover-pay = Pagarle al experto. Ayuda segura en una hora, ¡solo 20!
contract-the-hacked-account-feedback-recover-pay = Una oportunidad para aprender: los “expertos en recuperación” que te escriben son estafadores. Las tarjetas de regalo no se rastrean y tu contraseña del correo se lo daría todo. Cuéntaselo a un adulto de confianza.
contract-the-hacked-account-old-still = Tu cuenta nueva tiene 3 seguidores. La vieja sigue teniendo 300, y vuelve a publicar el enlace, con tu cara.
contract-the-hacked-account-paid = ¡Pago recibido! Ahora mándame tu correo y su contraseña. Ah, y la “vía rápida” son otros 20.

contract-the-hacked-account-last-choice = La cuenta vieja sigue mandando el enlace en tu nombre. ¿Qué haces?
contract-the-hacked-account-choice-last-tell = Contarle todo a { $adult } y enseñarle la cuenta vieja.
contract-the-hacked-account-feedback-last-tell = Eso es valiente e inteligente. Nunca es tarde: un adulto de confianza puede recuperar la cuenta contigo, reportarla y avisar a tus contactos. No hiciste nada malo.
contract-the-hacked-account-choice-last-quiet = Dejarlo. Si empeora, ya se lo diré a { $adult }.
contract-the-hacked-account-feedback-last-quiet = Una oportunidad para aprender: ya es grave. La cuenta está engañando a tus amigos ahora mismo, y esperar deja que se extienda. A mucha gente la hackean. Nunca es tarde para contarlo.
contract-the-hacked-account-spreading = En una semana, el enlace llega a tus primos, tu equipo y tu clase. Dos amigos pierden su cuenta por él.

contract-the-hacked-account-adult-helps = Gracias por contármelo. No estás en problemas, le pasa a mucha gente. Vamos a usar la página real de recuperación de Loopin, reportar la cuenta, avisar a tus contactos y luego protegerla bien.
contract-the-hacked-account-locked-late = Tu cuenta ha vuelto. Publicas: “Me hackearon. No abran enlaces míos de esta semana”. Los mensajes raros se acaban.

contract-the-hacked-account-end-safe = Comprobaste antes de hacer clic, ayudaste a avisar al grupo de la cuenta hackeada de { $friend } y protegiste la tuya: frase nueva, verificación en dos pasos y nadie más conectado. ¡Bien jugado!
contract-the-hacked-account-end-recovered = Te quitaron la cuenta, pero pediste ayuda. Ha vuelto, protegida con una frase y la verificación en dos pasos, tus contactos están avisados y no hiciste nada malo.
contract-the-hacked-account-end-harmful = Tu cuenta sigue en manos de un desconocido, engañando a tus amigos. No es tu culpa: los hackers son buenos en esto. Nunca es tarde para contárselo a { $adult } o a otro adulto de confianza. Te ayudarán a recuperarla.

contract-the-hacked-account-trace-locked = Loopin: frase nueva, verificación en dos pasos activada, otros dispositivos desconectados.
contract-the-hacked-account-trace-locked-advice = Bien protegida. Usa una frase distinta para cada app, y nunca compartas un código, ni con tus amigos.
contract-the-hacked-account-trace-taken = Tu cuenta vieja de Loopin, todavía en manos de un desconocido que escribe a tus contactos.
contract-the-hacked-account-trace-taken-advice = Un adulto de confianza puede ayudarte a usar la página real de recuperación de Loopin, reportar la cuenta y avisar a tus contactos. Nunca es tarde.

# The old password opens other apps too.
contract-the-hacked-account-last-step = Una cosa más: tu contraseña vieja también abre otras dos apps que usas.
contract-the-hacked-account-choice-other-apps = Cambiar esa contraseña también en las otras dos apps.
contract-the-hacked-account-choice-leave-apps = Dejar las otras apps como están. Loopin es la que importa.
contract-the-hacked-account-feedback-other-apps = Exacto. Los hackers prueban una contraseña robada en todas partes. Una frase nueva en cada app las mantiene cerradas.
contract-the-hacked-account-feedback-leave-apps = Para aprender: una contraseña robada se prueba en todas las apps. Cada cuenta necesita su propia frase de contraseña.
contract-the-hacked-account-apps-taken = Una semana después, la contraseña vieja abre también tu cuenta del juego. Se lo enseñas a { $adult } y juntos la cambian y activan la verificación en dos pasos. Todo en orden.
