# Contrato / agresivo: La estafa de la cuenta hackeada (16-18 años).

contract-the-hacked-scam-title = La cuenta hackeada
contract-the-hacked-scam-summary = Te llega un mensaje de la cuenta de alguien cercano: necesita dinero, ya. Su nombre, su foto. Pero ¿quién escribe de verdad?
contract-the-hacked-scam-remember = Un nombre y una foto reales no prueban quién escribe. Verifica por otra vía y nunca envíes dinero ni un código de inicio de sesión. ¿Caíste? Cuéntaselo rápido a un adulto de confianza.

contract-the-hacked-scam-app = { $app }
contract-the-hacked-scam-app-chirrup = Chirrup
contract-the-hacked-scam-app-nattermill = Nattermill
contract-the-hacked-scam-app-quokka = Quokka Chat
contract-the-hacked-scam-adult-mum = Mamá
contract-the-hacked-scam-adult-grandpa = Abuelo
contract-the-hacked-scam-adult-uncle = Tío Karim

contract-the-hacked-scam-npc-friend = { $friend }
contract-the-hacked-scam-npc-adult = { $adult }

contract-the-hacked-scam-intro = Domingo por la noche. { $friend } está de visita con su familia este fin de semana. Estás viendo una película a medias cuando { $app } vibra: un mensaje de { $friend }.
contract-the-hacked-scam-intro-two-step = Desde aquel correo de phishing, tus cuentas tienen contraseñas nuevas y verificación en dos pasos. No todo el mundo las tiene todavía.
contract-the-hacked-scam-ask = holaaa soy yo. qué desastre. perdí la cartera en la estación y casi no me queda batería. ¿me puedes mandar dinero para el billete de vuelta? te lo devuelvo mañana, lo prometo

contract-the-hacked-scam-spot = Es la cuenta de { $friend }. Pero ¿es { $friend } quien escribe? Toca lo que delata este mensaje.
contract-the-hacked-scam-card-body = Perdí la cartera, ¿me mandas dinero para el billete? Envíalo a la cuenta de mi primo. No llames, me quedo sin batería. ¡El último tren sale en 20 minutos!
contract-the-hacked-scam-part-name = Su nombre y su foto de perfil, arriba
contract-the-hacked-scam-feedback-name = No es una pista. Es de verdad la cuenta de { $friend }, así que el nombre y la foto son reales. Por eso funciona la estafa: la cuenta es real, quien escribe quizá no.
contract-the-hacked-scam-part-old-chat = Los mensajes de ayer sobre el fin de semana
contract-the-hacked-scam-feedback-old-chat = No es una pista: es su conversación real de antes. Pero quien tiene la cuenta también puede leerla y usarla para escribir igual que { $friend }.
contract-the-hacked-scam-part-no-call = "No llames, me quedo sin batería"
contract-the-hacked-scam-feedback-no-call = Sí. Alguien cercano en apuros quiere oír tu voz. "No llames" te impide hacer la única comprobación que destaparía la estafa.
contract-the-hacked-scam-part-hurry = "¡El último tren sale en 20 minutos!"
contract-the-hacked-scam-feedback-hurry = Exacto. Un plazo tan corto sirve para que actúes sin pensar. Un problema real puede esperar el minuto que dura una llamada.
contract-the-hacked-scam-part-payee = Pagar a la cuenta de un "primo", a nombre de un desconocido
contract-the-hacked-scam-feedback-payee = Gran pista. Dinero que debe ir a la cuenta de otra persona es el corazón de esta estafa: una vez enviado, es muy difícil recuperarlo.
contract-the-hacked-scam-pic-status = en línea
contract-the-hacked-scam-pic-yesterday = Ayer
contract-the-hacked-scam-pic-old-them = ¡¡nos vemos el lunes!!
contract-the-hacked-scam-pic-old-you = disfruta en casa de tu tía
contract-the-hacked-scam-pic-ask = perdí la cartera, ¿me mandas dinero para el billete?
contract-the-hacked-scam-pic-no-call = no llames, me quedo sin batería
contract-the-hacked-scam-pic-hurry = ¡¡el último tren sale en 20 minutos!!
contract-the-hacked-scam-pic-payee = Para: D. Marsh, 4471 0093 (mi primo)
contract-the-hacked-scam-pic-send = Enviar dinero

contract-the-hacked-scam-what-now = La cuenta es de { $friend }. El mensaje, quizá no. ¿Qué haces?
contract-the-hacked-scam-choice-call = Primero llamo a { $friend } a su número de siempre, para comprobar.
contract-the-hacked-scam-feedback-call = Perfecto. Verificar por otra vía es la prueba que quien hackea no puede pasar: tiene la cuenta, no la voz ni el teléfono de { $friend }.
contract-the-hacked-scam-choice-quiz = Hago una pregunta que solo { $friend } sabe y, si acierta, confío.
contract-the-hacked-scam-feedback-quiz = Verificar primero está bien. Pero una pregunta en el mismo chat le llega a la misma persona: quien tiene la cuenta y puede buscar la respuesta en sus mensajes antiguos. Mejor llama.
contract-the-hacked-scam-choice-send = Se lo mando ya. { $friend } me ayudaría igual, sin dudarlo.
contract-the-hacked-scam-feedback-send = Una oportunidad para aprender: querer echar una mano es bonito, y justo eso aprovecha esta estafa. No es tu culpa. Lo que hagas ahora es lo que más importa.

contract-the-hacked-scam-quizzed = jaja el café de gatos en tu cumple. ¿te basta con eso?? porfa date prisa, el último tren sale a las 9
contract-the-hacked-scam-still-pushing = Ha acertado. Pero sus chats antiguos están llenos de respuestas así, y quien tiene la cuenta puede leerlos. ¿Y ahora?
contract-the-hacked-scam-choice-call-now = Dejo de escribir y llamo para comprobarlo.
contract-the-hacked-scam-feedback-call-now = Buena reacción. Una llamada al número que conoces llega a { $friend } de verdad, tenga quien tenga la cuenta.
contract-the-hacked-scam-choice-they-knew = Sabía lo del café, así que confío. Se lo mando ya.
contract-the-hacked-scam-feedback-they-knew = Una oportunidad para aprender: quien tiene la cuenta puede leer todo su historial. Acertar solo demuestra que sabe buscar en el chat.
contract-the-hacked-scam-choice-send-half = Mando la mitad ahora para ir sobre seguro, y el resto mañana.
contract-the-hacked-scam-feedback-send-half = Una oportunidad para aprender: la mitad sigue siendo dinero para un desconocido, y le demuestra que pagas. Comprueba quién lo pide antes de enviar nada.

contract-the-hacked-scam-called = Llamas a { $friend }, que contesta al momento: "¿Qué dinero? Estoy en casa de mi tía, mi teléfono va perfecto. ¡No soy yo!". Un silencio. "Espera. No puedo entrar en mi cuenta".
contract-the-hacked-scam-help-friend = A { $friend } le tiembla la voz: "Alguien me ha cambiado la contraseña y está escribiendo a todo el mundo haciéndose pasar por mí. ¿Qué hago?".
contract-the-hacked-scam-choice-recover = Usa la página de "cuenta hackeada" de la app. Yo reporto todo.
contract-the-hacked-scam-feedback-recover = Exacto. La página de recuperación de la app devuelve el acceso a { $friend }, una contraseña nueva y la verificación en dos pasos dejan fuera a quien hackeó, y tu reporte ayuda a la app a frenarlo.
contract-the-hacked-scam-choice-new-account = Abre una cuenta nueva y avisa a todos de que esa es la segura.
contract-the-hacked-scam-feedback-new-account = Empezar de cero parece fácil. Pero la cuenta vieja conserva el nombre, las fotos y los contactos de { $friend }, y quien la hackeó sigue usándolos. Mejor recuperarla.
contract-the-hacked-scam-choice-tell-off = Le escribo a quien la hackeó para decirle que la devuelva.
contract-the-hacked-scam-feedback-tell-off = Una oportunidad para aprender: defender a { $friend } es noble, pero discutir con quien hackea le da público e ideas. No le digas nada: recuperar, reportar, avisar.
contract-the-hacked-scam-recovering = { $friend } sigue los pasos de "cuenta hackeada" de la app y tú reportas los mensajes. Contraseña nueva, verificación en dos pasos, otros dispositivos desconectados. Una hora después, un mensaje.
contract-the-hacked-scam-pic-secured = Cuenta protegida
contract-the-hacked-scam-pic-new-password = Contraseña nueva
contract-the-hacked-scam-pic-two-step = Dos pasos: activada
contract-the-hacked-scam-pic-devices = Otros dispositivos fuera
contract-the-hacked-scam-new-account = { $friend } publica "¡esta es mi cuenta nueva!", pero la vieja sigue pidiendo dinero a la clase. Así que al final usa la página de recuperación. Una hora después, un mensaje.
contract-the-hacked-scam-taunts = jaja. manda 50 y a lo mejor la recupera. a lo mejor.
contract-the-hacked-scam-taunts-after = Dejas de responder. { $friend } usa la página de recuperación de la app y vuelve a entrar: contraseña nueva, verificación en dos pasos. Una hora después, un mensaje.

contract-the-hacked-scam-screenshots = soy yo de verdad, ¡he recuperado la cuenta! contraseña nueva y dos pasos. gracias por llamar. ¿me mandas capturas de lo que te escribió? las necesito para el reporte
contract-the-hacked-scam-choice-send-shots = Se las mando ahora. Ya hablamos por teléfono, así que confío en ti.
contract-the-hacked-scam-feedback-send-shots = Bien pensado. Lo comprobaste, y vuelve a ser { $friend }. Comprobar no es desconfiar de todo para siempre: las capturas ayudan a la app a actuar sobre el reporte.
contract-the-hacked-scam-choice-no-shots = Perdona, ya no confío en esa cuenta. Que te ayude otra persona.
contract-the-hacked-scam-feedback-no-shots = Ir con cuidado está bien, pero ya lo comprobaste: hablaron por teléfono y la cuenta vuelve a ser suya. Desconfiar de todo deja a { $friend } sin una ayuda útil.
contract-the-hacked-scam-choice-delete-chat = Borro el chat ya. No quiero volver a verlo nunca más.
contract-the-hacked-scam-feedback-delete-chat = Una oportunidad para aprender: es normal querer borrarlo, pero el chat es la prueba de la estafa. Guárdalo, con capturas, hasta que termine el reporte.
contract-the-hacked-scam-shots-sent = recibidas, reporte enviado. gracias, en serio
contract-the-hacked-scam-no-shots = vale, lo entiendo. lo reporto sin ellas. aunque así cuesta más demostrar lo que pasó
contract-the-hacked-scam-deleted = El chat ya no está, y con él desaparece el único registro de adónde debía ir el dinero.

contract-the-hacked-scam-compose = Anoche la cuenta pidió dinero a media clase. Publica un aviso en el grupo: pon lo que ayuda y deja fuera lo que no.
contract-the-hacked-scam-compose-to = Grupo de la clase
contract-the-hacked-scam-ph-hacked = Anoche hackearon la cuenta de { $friend }.
contract-the-hacked-scam-why-hacked = Empieza por lo que pasó, con claridad. Ahora todo el mundo sabe que esos mensajes no eran de { $friend }.
contract-the-hacked-scam-ph-link = Aquí va su mensaje, con el enlace, para que lo reconozcan.
contract-the-hacked-scam-why-link = Parece útil, pero reenvía la estafa, enlace incluido, y alguien lo tocará. Describe el mensaje con tus palabras.
contract-the-hacked-scam-ph-no-money = No manden dinero ni códigos, diga lo que diga.
contract-the-hacked-scam-why-no-money = Las dos cosas que quiere quien hackeó. Decirlo claro protege a quien recibió el mismo mensaje.
contract-the-hacked-scam-ph-sorry = Perdón por el mensaje tan largo.
contract-the-hacked-scam-why-sorry = Da igual. Ser amable no cambia nada aquí, y no hace daño.
contract-the-hacked-scam-ph-tell-off = ¡Respondámosle todos y digámosle lo que pensamos!
contract-the-hacked-scam-why-tell-off = El enfado se entiende. Pero responder le da público a quien hackeó, y la ocasión de engañar a alguien más. No le digan nada.
contract-the-hacked-scam-ph-report = ¿Les llegó algo? Repórtenlo y llamen a { $friend } para comprobar.
contract-the-hacked-scam-why-report = Reportar ayuda a la app a frenar a quien hackeó, y una llamada permite a cualquiera comprobar que de verdad es { $friend }.
contract-the-hacked-scam-ph-blame = La verdad, { $friend } debió tener una contraseña mejor.
contract-the-hacked-scam-why-blame = Mejor fuera. Los hackeos también les pasan a personas cuidadosas, y culpar a quien los sufre solo le hace más difícil contarlo.
contract-the-hacked-scam-warned = Tu aviso ya está publicado. En minutos: "¡a mí también me escribió!", "gracias, casi lo mando". Nadie más paga.

contract-the-hacked-scam-sent = ¡¡me salvaste la vida!! oye, te mandé un código a tu número por error. ¿me lo pasas?
contract-the-hacked-scam-pic-code = Código de inicio de sesión de { $app }: 519 204
contract-the-hacked-scam-pic-code-warning = No compartas este código con nadie.
contract-the-hacked-scam-pic-code-ask = ¿me pasas ese código?
contract-the-hacked-scam-code-choice = Ese código abre TU cuenta de { $app }. Con él podrían dejarte fuera y escribir a tus amistades haciéndose pasar por ti. ¿Qué haces?
contract-the-hacked-scam-choice-tell-now = No mando nada, y ahora mismo le enseño todo el chat a { $adult }.
contract-the-hacked-scam-feedback-tell-now = Es lo más valiente. Cuanto antes lo sepa un adulto, antes puede el banco intentar frenar el pago. No te has metido en ningún lío: esta estafa engaña a gente cuidadosa.
contract-the-hacked-scam-choice-block-quiet = Guardo el código, bloqueo la cuenta y olvido el dinero.
contract-the-hacked-scam-feedback-block-quiet = Guardar el código fue acertado, y bloquear frena los mensajes. Pero el dinero solo puede volver si alguien actúa rápido, y la estafa sigue con tu clase.
contract-the-hacked-scam-choice-send-code = Se lo mando, y mañana le enseño el chat a { $adult }.
contract-the-hacked-scam-feedback-send-code = Una oportunidad para aprender: un código de inicio de sesión es la llave de tu cuenta, y esto no puede esperar a mañana. Nadie, ni amistades ni "soporte", necesita el tuyo. Aún puedes pedir ayuda.
contract-the-hacked-scam-blocked-quiet = Bloqueas la cuenta y te guardas el código. Tu cuenta está a salvo. El dinero se ha ido, y la cuenta sigue escribiendo a tu clase.
contract-the-hacked-scam-own-hacked = Un minuto después, ya no puedes entrar en { $app }. Ahora es tu cuenta la que pide dinero a tus amistades.
contract-the-hacked-scam-morning = A la mañana siguiente. El dinero se ha ido y te sientes fatal. No es tu culpa: estas estafas están hechas para engañar a gente cuidadosa. ¿Y ahora?
contract-the-hacked-scam-choice-show-adult = Le enseño todo a { $adult }, hasta la parte del código.
contract-the-hacked-scam-feedback-show-adult = Hace falta valor, y es lo correcto. Un adulto puede llamar al banco, ayudar a reportar la cuenta y recuperar la tuya. Contarlo es lo que detiene esto.
contract-the-hacked-scam-choice-keep-quiet = Me lo guardo en privado. Da vergüenza y ya nadie puede hacer nada.
contract-the-hacked-scam-feedback-keep-quiet = Una oportunidad para aprender: la vergüenza es lo que deja a los estafadores escondidos. Bancos y apps a menudo aún pueden actuar, y un adulto de confianza te ayudará sin culparte.
contract-the-hacked-scam-choice-ask-back = Le pido a { $adult } que me preste el dinero, sin decir para qué.
contract-the-hacked-scam-feedback-ask-back = Una oportunidad para aprender: tapar la pérdida esconde la estafa, y el banco y la app solo pueden actuar si alguien lo sabe. Cuéntale toda la historia a un adulto. No te meterás en ningún lío.
contract-the-hacked-scam-kept-quiet = No se lo cuentas a nadie. Por la tarde, dos personas más de tu clase han mandado dinero al mismo "primo".
contract-the-hacked-scam-asked-back = Te prestan el dinero sin preguntar. Nadie reporta nada, y por la tarde la cuenta ya ha escrito a dos personas más de tu clase.

contract-the-hacked-scam-adult-helps = Gracias por contármelo. No te has metido en ningún lío, y no es tu culpa. Llamemos al banco por el dinero, reportemos la cuenta y protejamos la tuya con verificación en dos pasos.
contract-the-hacked-scam-adult-call = { $adult } llama luego a { $friend } con el altavoz puesto. "¿Qué? ¡No era yo! Lo siento mucho. Ahora mismo recupero mi cuenta". Una hora después, un mensaje.

contract-the-hacked-scam-end-safe = Comprobaste antes de confiar. { $friend } recuperó su cuenta, protegida con verificación en dos pasos, la estafa está reportada y nadie más de tu clase pagó.
contract-the-hacked-scam-end-recovered = La estafa te engañó primero. Luego le diste la vuelta. { $adult } te ayudó a llamar al banco y reportarla, y tu aviso protegió a la clase. No fue tu culpa.
contract-the-hacked-scam-end-harmful = El dinero se ha ido y quien hackeó sigue usando cuentas para pedir más. No es tu culpa. Nunca es tarde para contárselo a un adulto de confianza, que te ayudará a llamar al banco y reportarlo.

contract-the-hacked-scam-trace-reported = Reportado: los pedidos de dinero enviados desde la cuenta hackeada de { $friend }.
contract-the-hacked-scam-trace-reported-advice = Si una cuenta te pide dinero o un código, aunque sea de alguien que conoces, llama primero a su número de siempre. Nunca compartas un código de inicio de sesión.

# Last decision: a fake "support" message asks for a sign-in code.
contract-the-hacked-scam-last-message = Más tarde, un último mensaje, de una cuenta llamada "Soporte { $app }": "Actividad inusual vinculada a tus contactos. Responde en menos de 1 hora con el código que te enviamos o tu cuenta será cerrada".
contract-the-hacked-scam-choice-no-code = Ningún código a nadie. Lo cierro y entro en { $app } por mi cuenta.
contract-the-hacked-scam-feedback-no-code = Exacto. Ningún soporte de verdad pide tu código, y el plazo de una hora es la misma trampa que el último tren. Si algo va mal, la propia app te lo mostrará.
contract-the-hacked-scam-choice-give-code = Les mando el código, que si no { $app } me cierra la cuenta.
contract-the-hacked-scam-feedback-give-code = Una oportunidad para aprender: un código de inicio de sesión es la llave de tu cuenta, y ningún soporte de verdad lo pide. Un plazo que asusta es la misma trampa que el "último tren".
contract-the-hacked-scam-code-given = Minutos después, ya no puedes entrar en { $app }. Se lo cuentas a { $adult } enseguida y, con su ayuda, recuperas la cuenta y cierras la sesión en los demás dispositivos antes de que nadie reciba nada.
