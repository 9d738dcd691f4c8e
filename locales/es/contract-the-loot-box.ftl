# Contrato / comercial: El cofre sorpresa (13-15 años), patrones engañosos, gastos ocultos, límites de tiempo y de gasto

contract-the-loot-box-title = El cofre sorpresa
contract-the-loot-box-summary = Te falta una victoria para el siguiente rango cuando en la tienda del juego aparece un cofre misterioso y brillante con un temporizador.
contract-the-loot-box-remember = Un cofre sorpresa funciona como una apuesta: pagas por una oportunidad al azar, y el juego te empuja a intentarlo otra vez. Mira las probabilidades y el coste real, pon límites y habla con un adulto de confianza.

contract-the-loot-box-app = Tienda de { $game }
contract-the-loot-box-npc-friend = { $friend }
contract-the-loot-box-npc-adult = { $adult }

contract-the-loot-box-game-mech-league = Mech League
contract-the-loot-box-game-galaxy-goals = Galaxy Goals
contract-the-loot-box-game-rift-racers = Rift Racers
contract-the-loot-box-chest-legend = Cofre Leyenda
contract-the-loot-box-chest-mythic = Cofre Mítico
contract-the-loot-box-chest-nova = Cofre Nova
contract-the-loot-box-adult-mum = Mamá
contract-the-loot-box-adult-dad = Papá
contract-the-loot-box-adult-auntie = Tía Jo

contract-the-loot-box-intro = Nala, tu gata, duerme en tus piernas, y tu bufanda de los Tigres está en la silla. { $game } te pide proteger la cuenta Playfort con la que juegas: ahí están tu rango, tus gemas y la tarjeta guardada de { $adult }.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-loot-box-lock = Tres palabras al azar forman una frase de contraseña fuerte. Crea una que vayas a recordar y luego elige cómo comprueba Playfort que eres tú.
contract-the-loot-box-piece-banana = plátano
contract-the-loot-box-why-piece-banana = Una palabra cotidiana que no tiene nada que ver contigo: nadie la adivina por tu perfil. Y es fácil de imaginar.
contract-the-loot-box-piece-pet = nala
contract-the-loot-box-why-piece-pet = Parece una palabra cualquiera, pero Nala es tu gata y sale en muchas de tus fotos. Tus amigos, o quien vea tus publicaciones, podrían adivinarlo. Deja fuera mascotas, cumpleaños y nombres.
contract-the-loot-box-piece-rocket = cohete
contract-the-loot-box-why-piece-rocket = ¡Bien! Unas cuantas palabras al azar forman una frase larga, difícil de descifrar y fácil de imaginar: ¡un plátano montado en un cohete!
contract-the-loot-box-piece-common = 1234
contract-the-loot-box-why-piece-common = 1234 es lo primero que prueba cualquiera, y los programas para descifrar claves también lo prueban pegado a palabras. No suma nada: deja que trabajen las palabras al azar.
contract-the-loot-box-piece-pillow = almohada
contract-the-loot-box-why-piece-pillow = Otra palabra al azar. Cada una hace la frase más larga y más difícil de descifrar, y una imagen divertida te ayuda a recordarla.
contract-the-loot-box-piece-jumble = k9$Tz!4q
contract-the-loot-box-why-piece-jumble = Fuerte, pero ¿recordarías k9$Tz!4q mañana? Estos revoltijos acaban en notas adhesivas o repetidos en todas partes. Las palabras al azar son fuertes Y fáciles de recordar.
contract-the-loot-box-piece-volcano = volcán
contract-the-loot-box-why-piece-volcano = Muy buena. Las palabras al azar son fuertes porque no hablan de ti. Imagina un volcán lleno de almohadas y no se te olvidará.
contract-the-loot-box-piece-team = tigres
contract-the-loot-box-why-piece-team = Parece una palabra al azar, pero todo el mundo sabe que eres de los Tigres: tu bufanda sale en tus fotos. Lo que la gente sabe de ti es fácil de adivinar, así que déjalo fuera.
contract-the-loot-box-set-two-step = Verificación en dos pasos: un código además de la frase
contract-the-loot-box-val-two-step-off = Desactivada
contract-the-loot-box-why-two-step-off = Así, tu frase es el único cerrojo. Si alguien la descubre, entra. Los dos pasos piden también un código de tu móvil.
contract-the-loot-box-val-two-step-phone = Código a mi móvil
contract-the-loot-box-why-two-step-phone = ¡Genial! Aunque alguien descubra tu frase, también necesitaría tu móvil. No le digas el código a nadie, ni aunque diga que es del “soporte”.
contract-the-loot-box-set-recovery = Correo de recuperación, para volver a entrar si te quedas fuera
contract-the-loot-box-val-recovery-friend = Correo de mi mejor amigo
contract-the-loot-box-why-recovery-friend = Tu amigo tiene buena intención, pero quien tenga el correo de recuperación puede cambiar tu contraseña. Los amigos se enfadan, y su cuenta también podrían hackearla.
contract-the-loot-box-val-recovery-own = Mi propio correo
contract-the-loot-box-why-recovery-own = Sí: un correo que solo usas tú. Si olvidas la frase o te quedas fuera, puedes volver a entrar.
contract-the-loot-box-val-recovery-none = Ninguno
contract-the-loot-box-why-recovery-none = Nadie más puede usarlo, es verdad. Pero si olvidas la frase o te hackean, no hay forma de volver, y tus gemas se pierden. Mejor tu propio correo.
contract-the-loot-box-sign-in = El fin de semana juegas en casa de { $friend }, en su portátil. Buscas “Playfort” y salen tres enlaces. ¿En cuál inicias sesión?
contract-the-loot-box-page-buried = playfort.com.secure-login.net/login
contract-the-loot-box-why-page-buried = Empieza por playfort.com, pero en realidad termina en secure-login.net, que es otro sitio, y “secure” no demuestra nada. Lo último antes de la primera / dice de quién es la página.
contract-the-loot-box-page-real = account.playfort.com/login
contract-the-loot-box-why-page-real = ¡Bien visto! Justo antes de la primera / termina en playfort.com, la dirección de Playfort. Escribirla tú es lo más seguro. En el portátil de un amigo, cierra sesión al terminar y no dejes que guarde tu frase.
contract-the-loot-box-page-lookalike = p1ayfort.com/login
contract-the-loot-box-why-page-lookalike = Mira bien: pone p-1-ayfort, con el número 1 en vez de una l. Las páginas falsas copian la real para robar contraseñas. Lee las direcciones despacio.

contract-the-loot-box-store-pops = Ya en casa, te falta una victoria para el siguiente rango en { $game }. Tocas “Jugar”, pero en su lugar aparece la tienda, con un { $chest } brillante.
contract-the-loot-box-ad-near = Pero antes, un anuncio se desliza sobre la tienda: “¡Sabemos cómo eres por el test! Quien juega cerca de ti gana un { $chest } gratis. Entra aquí”. Conoce tus respuestas, y más o menos dónde vives.
contract-the-loot-box-ad-knows = Pero antes, un anuncio se desliza sobre la tienda: “¡Sabemos cómo eres por el test! Tu { $chest } gratis te espera. Entra aquí”. Conoce tus respuestas del test. ¿Cómo?
contract-the-loot-box-ad-choice = Ese anuncio sabe cosas que solo le contaste a la app de tests. Sus “socios” se las pasaron, tal como decía la letra pequeña. ¿Qué vas a hacer?
contract-the-loot-box-choice-ad-revoke = Lo cierro y después le quito el acceso a la app de tests.
contract-the-loot-box-feedback-ad-revoke = Esa es la solución. El anuncio te conocía porque la app de tests pasó tus respuestas. Quitarle el acceso y borrarla lo corta de raíz.
contract-the-loot-box-choice-ad-tap = ¿Un cofre gratis? Me conoce, así que debe ser de verdad.
contract-the-loot-box-feedback-ad-tap = Una oportunidad para aprender: un anuncio que te conoce no es tu amigo, compró tus datos. Nunca inicies sesión desde un anuncio. Quitarle el acceso a la app de tests corta la fuga.
contract-the-loot-box-choice-ad-close = Solo lo cierro. Los anuncios son un rollo y ya está.
contract-the-loot-box-feedback-ad-close = No tocarlo estuvo bien. Pero los anuncios seguirán mientras la app de tests pueda pasar tus datos. Quítale el acceso en Ajustes para pararlos.
contract-the-loot-box-ad-revoked = En Ajustes, le quitas el acceso a la app de tests, la desvinculas y la borras. El anuncio desaparece. El cofre sigue brillando.
contract-the-loot-box-ad-tapped = La página pide tu contraseña de Playfort y una “pequeña tarifa” con la tarjeta guardada. No hay ningún cofre. La cierras, y vuelve el cofre brillante.
contract-the-loot-box-ad-closed = Lo cierras. Un minuto después, el anuncio vuelve a aparecer, y el cofre de detrás sigue brillando.

contract-the-loot-box-spot = Las páginas de las tiendas pueden estar hechas para presionarte. Toca todo lo que sea un truco.
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = ¡Podría haber un aspecto legendario dentro! ¡Solo quedan 3 a este precio!
contract-the-loot-box-part-timer = La oferta termina en 04:59
contract-the-loot-box-feedback-part-timer = El temporizador está ahí para presionarte y que no te pares a pensar. Las ofertas así suelen volver una y otra vez.
contract-the-loot-box-part-odds = Probabilidades: una “i” pequeña en la esquina
contract-the-loot-box-feedback-part-odds = Las probabilidades están ocultas a propósito. Cuando las encuentras, el aspecto legendario tiene un 0.4 % de probabilidad: más o menos 1 de cada 250 cofres.
contract-the-loot-box-part-price = Precio: 500 gemas
contract-the-loot-box-feedback-part-price = Las gemas esconden el dinero real. 500 gemas cuestan unos 5.00 en dinero real, pero no se siente como gastar.
contract-the-loot-box-part-card = Marcado: pagar con la tarjeta guardada terminada en 4421
contract-the-loot-box-feedback-part-card = Una casilla que ya viene marcada usa la tarjeta guardada en este dispositivo, probablemente de tu mamá o tu papá. Es un patrón engañoso: tú nunca la elegiste.
contract-the-loot-box-part-rank = Tu rango: Oro II, 1 victoria para Platino
contract-the-loot-box-feedback-part-rank = Eso es solo tu progreso. No tiene ningún truco, aunque a las tiendas les encanta aparecer justo cuando tienes la emoción a tope.
contract-the-loot-box-part-store = El nombre de la tienda, arriba
contract-the-loot-box-feedback-part-store = No es un truco: todas las tiendas tienen nombre. Los trucos están en lo que se vende y en cómo se vende.
contract-the-loot-box-part-close = Botón de cerrar (X), arriba
contract-the-loot-box-feedback-part-close = No es un truco, ¡es tu salida! Siempre puedes cerrar la tienda y volver a jugar. No pierdes nada por irte.
contract-the-loot-box-part-chest = El { $chest } brillante, en el centro
contract-the-loot-box-feedback-part-chest = Pagas primero y solo después descubres qué hay dentro. Eso es un cofre sorpresa: un premio al azar, y la mayoría de los cofres traen cosas comunes.
contract-the-loot-box-pic-rank = Oro II
contract-the-loot-box-pic-rank-next = ¡1 victoria para Platino!
contract-the-loot-box-pic-timer = 04:59
contract-the-loot-box-pic-price = 500
contract-the-loot-box-pic-card = Pagar con tarjeta •••• 4421

contract-the-loot-box-chest-choice = ¡¡Ayer me salió un legendario de uno de esos!! Ábrelo antes de que se acabe el tiempo, hazme caso
contract-the-loot-box-choice-find-odds = Lo cierro. ¿Cuáles son las probabilidades reales? Lo compruebo.
contract-the-loot-box-feedback-find-odds = Inteligente. Buscar las probabilidades y el precio real gana a cualquier temporizador. Y el cofre con suerte de un amigo no dice nada de tus propias probabilidades.
contract-the-loot-box-choice-untick-gems = Desmarco la tarjeta de { $adult } y gasto solo mis propias gemas
contract-the-loot-box-feedback-untick-gems = Desmarcar la tarjeta de { $adult } fue listo: nada de facturas sorpresa. Pero igual pagaste por una oportunidad al azar con probabilidades ocultas, y esas gemas te costaron horas. Mejor buscar antes las probabilidades.
contract-the-loot-box-choice-trust-friend = ¿Un legendario? ¡Vale, lo abro antes de que se acabe el tiempo!
contract-the-loot-box-feedback-trust-friend = Una oportunidad para aprender: un cofre sorpresa funciona como una apuesta, pagas por una oportunidad al azar. La suerte de un amigo no dice nada de la tuya, y el temporizador era para que tocaras rápido.

contract-the-loot-box-chests = Lo abres: un aspecto común. “¡Casi!”, parpadea, así que abres otro. Siete cofres después, ni un legendario. A la mañana siguiente, un correo: 7 compras, 34.93, tarjeta terminada en 4421.
contract-the-loot-box-pic-inbox = Bandeja de entrada
contract-the-loot-box-pic-receipt-subject = Recibo: 7 compras
contract-the-loot-box-pic-receipt-total = Total: 34.93
contract-the-loot-box-pic-receipt-card = Tarjeta terminada en 4421
contract-the-loot-box-earned-gems = Tus 500 gemas se fueron, por un aspecto común. La tienda parpadea: “¡Casi! ¿Recargas 1000 gemas por 9.99?” El botón brilla.
contract-the-loot-box-pic-gems-left = 0
contract-the-loot-box-pic-so-close = ¡Casi!
contract-the-loot-box-pic-topup = 1000 gemas por 9.99
contract-the-loot-box-odds-found = Están en la letra pequeña: legendario 0.4 %, más o menos 1 de cada 250 cofres. A 5.00 el cofre, son unos 1250 por un solo aspecto. Un cofre sorpresa funciona como una apuesta: pagas por una oportunidad al azar.
contract-the-loot-box-pic-odds-title = Probabilidades
contract-the-loot-box-pic-legendary = Legendario
contract-the-loot-box-pic-epic = Épico
contract-the-loot-box-pic-rare = Raro
contract-the-loot-box-pic-common = Común
contract-the-loot-box-pic-pct-legendary = 0.4 %
contract-the-loot-box-pic-pct-epic = 4.6 %
contract-the-loot-box-pic-pct-rare = 20 %
contract-the-loot-box-pic-pct-common = 75 %

contract-the-loot-box-topup-choice = Ese botón brillante podría darte un intento más. ¿Y ahora?
contract-the-loot-box-choice-close-store = Cierro la tienda. Ese “¡casi!” es solo el anzuelo.
contract-the-loot-box-feedback-close-store = Bien jugado. Un cofre sorpresa funciona como una apuesta, y los “casi” se muestran a propósito para que sigas comprando. Irte es como ganas aquí.
contract-the-loot-box-choice-top-up = Una recarga y ya. El próximo cofre tiene que ser mejor.
contract-the-loot-box-feedback-top-up = Una oportunidad para aprender: cada cofre es un nuevo sorteo al azar, así que el “casi” de antes no significa nada. Esas ganas de “una vez más” son justo lo que busca el juego.
contract-the-loot-box-store-closed = Cierras la tienda y juegas una partida normal. La ganas: Platino, sin gastar nada. Pero la tarjeta de { $adult } sigue marcada en la tienda.
contract-the-loot-box-topped-up = La tarjeta guardada paga 9.99. Dos cofres más, dos aspectos comunes más. A la mañana siguiente, un correo: “Recibo: 9.99, tarjeta terminada en 4421.”

contract-the-loot-box-late-nag = Son las 11 de la noche. { $game } avisa: “¡Tu racha diaria termina a medianoche! Juega 3 partidas más, o compra un Salvarrachas.” Luego { $friend } te escribe.
contract-the-loot-box-late-choice = ¡¡no te vayas!! me faltan 2 victorias para Platino, ¿me echas una mano?
contract-the-loot-box-choice-log-off = Me desconecto. Con racha o sin ella, necesito dormir.
contract-the-loot-box-feedback-log-off = Tú mandas, no el juego. Decirle que no a alguien a las 11 de la noche cuesta, y dormir gana a cualquier racha. Las buenas amistades lo entienden.
contract-the-loot-box-choice-help-friend = Vale, me quedo y te ayudo a conseguir tus 2 victorias
contract-the-loot-box-feedback-help-friend = ¡Querer ayudar a { $friend } es amable! Pero “2 victorias más” a las 11 de la noche es el anzuelo de la racha funcionando con los dos. Puedes ayudar mañana, después de dormir.
contract-the-loot-box-choice-streak-saver = Compro el Salvarrachas, así puedo dormir en paz
contract-the-loot-box-feedback-streak-saver = Una oportunidad para aprender: pagar para que pare un aviso le enseña al juego que insistir funciona. La racha volverá mañana por la noche, y el Salvarrachas también.
contract-the-loot-box-logged-off = Te desconectas y duermes. Tu racha vuelve a cero, y no pasa nada malo. Al día siguiente, te das cuenta de que la tarjeta de { $adult } sigue marcada en la tienda.
contract-the-loot-box-stayed-late = Dos victorias llevan seis partidas. Es la 1 de la madrugada. La tienda aparece: “¡Oferta nocturna! Salvarrachas a mitad de precio, solo esta noche.”
contract-the-loot-box-saver = La tarjeta guardada paga 1.99, y duermes. Pero el aviso vuelve cada noche, y el toque también. Una semana después, un correo: 7 Salvarrachas, 13.93.

contract-the-loot-box-night-choice = Es la 1, y aparece una oferta “solo esta noche”. ¿Qué haces?
contract-the-loot-box-choice-phone-off = Nada de ofertas a la 1. Apago el móvil y hasta aquí.
contract-the-loot-box-feedback-phone-off = ¡Bien visto! Las ofertas nocturnas llegan justo cuando hay cansancio. Apagar el móvil fue recuperar el control, incluso después de una noche larga.
contract-the-loot-box-choice-half-price = ¿A mitad de precio? Vale, solo esta vez. Y a dormir.
contract-the-loot-box-feedback-half-price = Una oportunidad para aprender: las ofertas “solo esta noche” aparecen cuando hay cansancio, porque así se toca más fácil. La racha volverá mañana, y la oferta también.
contract-the-loot-box-phone-off = Por fin apagas. No gastaste nada, pero el día siguiente en el instituto se hace larguísimo.
contract-the-loot-box-night-saver = 0.99 en la tarjeta guardada, y por fin duermes. A la noche siguiente, la racha vuelve a insistir, y la oferta vuelve.

contract-the-loot-box-card-choice = La tarjeta sigue guardada, y los cofres van a seguir apareciendo. ¿Qué vas a hacer?
contract-the-loot-box-choice-lock-card = Le pido a { $adult } que quite la tarjeta y ponga una clave
contract-the-loot-box-feedback-lock-card = Buena decisión. Sin la tarjeta, ningún toque con sueño puede comprar nada. Hablar de gastos con { $adult } no es admitir un problema: es poner límites juntos.
contract-the-loot-box-choice-leave-card = La dejo. ¿Para qué preocupar a { $adult }? Me sé todos los trucos.
contract-the-loot-box-feedback-leave-card = Una oportunidad para aprender: conocer los trucos ayuda, pero funcionan justo con cansancio o emoción. Pedírselo a { $adult } no es molestar: una clave de compra te protege en tu peor día, no solo en el mejor.
contract-the-loot-box-card-left = Una semana después, a medianoche, aparece un cofre “Doble XP”. La tarjeta sigue marcada, y tu dedo está a un toque.
contract-the-loot-box-parent-talk = Gracias por contármelo. Vamos a quitar la tarjeta, poner una clave de compra y acordar horarios de juego que dejen tiempo para dormir.

contract-the-loot-box-bill-choice = Es dinero de verdad, y salió de la tarjeta de { $adult }. ¿Qué vas a hacer?
contract-the-loot-box-choice-show-adult = Le enseño el correo a { $adult }. Podemos pedir un reembolso.
contract-the-loot-box-feedback-show-adult = Eso requiere valor, y es lo correcto. Si quien tiene la tarjeta lo pide rápido, hay más posibilidades de reembolso, y { $adult } puede poner una clave de compra.
contract-the-loot-box-choice-help-desk = Pido el reembolso al servicio de ayuda, y { $adult } ni se entera
contract-the-loot-box-feedback-help-desk = ¡Intentar arreglarlo fue responsable! Pero los reembolsos suelen necesitar a quien tiene la tarjeta, y la tarjeta sigue guardada. { $adult } tiene que saberlo de todos modos, y puede ayudar de verdad.
contract-the-loot-box-choice-chase = Sigo comprando, o todo lo que gasté habrá sido para nada.
contract-the-loot-box-feedback-chase = Una oportunidad para aprender: perseguir lo que ya gastaste es justo aquello para lo que están hechas estas tiendas. Gastar más nunca lo recupera. Nunca es tarde para parar y contarlo.
contract-the-loot-box-store-reply = La tienda responde: “Los reembolsos debe pedirlos el titular de la cuenta.” Y la tarjeta de { $adult } sigue marcada en la tienda.
contract-the-loot-box-parent-helps = Gracias por contármelo enseguida; no hay enfado. Estos juegos están hechos para esto. Vamos a pedir un reembolso, quitar la tarjeta y poner una clave de compra juntos.
contract-the-loot-box-chased = Cinco compras más, y el total no deja de subir. Cada toque hace que el siguiente parezca más fácil.

contract-the-loot-box-reply-choice = La tienda no puede ayudar sin { $adult }. ¿Y ahora?
contract-the-loot-box-choice-show-reply = Le enseño a { $adult } el correo y la respuesta de la tienda
contract-the-loot-box-feedback-show-reply = Valiente e inteligente. Nunca es tarde para contarlo. { $adult } puede pedir el reembolso y bloquear la tarjeta, y es más fácil hablar ahora que cuando llegue el extracto.
contract-the-loot-box-choice-delete-email = Borro los correos. ¿Para qué disgustar a { $adult } ahora?
contract-the-loot-box-feedback-delete-email = Una oportunidad para aprender: borrar los correos no borra los cargos, y la tarjeta sigue guardada. { $adult } prefiere saberlo por ti ahora. Contárselo es como se arregla, y nunca es tarde.
contract-the-loot-box-deleted = Los correos ya no están. Los cargos sí, y la tarjeta de { $adult } sigue guardada en la tienda.

contract-the-loot-box-end-safe = Nada de dinero real gastado, y { $adult } quitó la tarjeta contigo. Sabes que un cofre sorpresa es una apuesta, no lo perseguiste, y pones tus propios límites.
contract-the-loot-box-end-late = No gastaste nada, y dijiste que no a la oferta de la 1. Pero ayudar a { $friend } te quitó media noche, y mañana la racha volverá a tirar de ti. Tú decides cuándo parar.
contract-the-loot-box-end-night-saver = Paraste a la 1, pero solo pagando. La racha y la oferta volverán mañana por la noche, y la tarjeta de { $adult } sigue guardada. Hablar de límites con { $adult } ayudaría.
contract-the-loot-box-end-card-left = No perseguiste los cofres, y conoces los trucos. Pero la tarjeta sigue guardada, así que un toque con sueño podría comprar un cofre cualquier noche. Pídele a { $adult } que la quite.
contract-the-loot-box-end-recovered = Costó más de lo que querías, pero se lo enseñaste a { $adult } y pidieron un reembolso juntos. La tarjeta está fuera, hay una clave de compra, y ahora conoces los trucos.
contract-the-loot-box-end-mixed = El gasto paró, pero nadie lo sabe, la tienda no te devuelve el dinero y la tarjeta de { $adult } sigue guardada. Podría volver a pasar. Hablar con { $adult } todavía facilita arreglarlo.
contract-the-loot-box-end-harmful = Seguiste comprando para recuperar lo gastado, y la cuenta siguió creciendo. Estas tiendas están hechas para eso: no es tu culpa. Nunca es tarde para contárselo a { $adult } o a otro adulto de confianza. Te van a ayudar.

# What the choices leave on "My phone" (traces).
contract-the-loot-box-trace-card = La tarjeta guardada, quitada de la tienda del juego, con clave de compra activada.
contract-the-loot-box-trace-card-advice = Bien pensado. Ningún toque con sueño puede comprar nada ahora. Sigue acordando límites con tu adulto de confianza.
