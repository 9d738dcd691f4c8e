# Contrato / valores: La racha (9-12 años), rachas, reproducción automática y avisos a la hora de dormir (patrones engañosos), sueño

contract-the-streak-title = La racha
contract-the-streak-summary = En una app de dibujos animados tienes una racha de 30 días con tu mejor amigo o amiga. A la hora de dormir, la app dice que la racha está a punto de acabarse.
contract-the-streak-remember = Las rachas, las mascotas tristes, las cuentas atrás y la reproducción automática están hechas para que sigas mirando. No es tu culpa que funcionen. Apágalas, usa el modo descanso y habla con un adulto de confianza.

contract-the-streak-app = { $app }
contract-the-streak-npc-adult = { $adult }
contract-the-streak-npc-friend = { $friend }

contract-the-streak-app-toonloop = ToonLoop
contract-the-streak-app-gigglebox = GiggleBox
contract-the-streak-app-wobbly = Wobbly TV
contract-the-streak-pet-pip = Pip
contract-the-streak-pet-mochi = Mochi
contract-the-streak-pet-bolt = Bolt
contract-the-streak-adult-grandpa = Abuelo
contract-the-streak-adult-mum = Mamá
contract-the-streak-adult-uncle = Tío

contract-the-streak-intro = ¡Hola, soy Sango! { $app } tiene dibujos animados divertidos y quizzes rápidos. Tú y { $friend } llevan 30 días mirando cada día, y { $pet }, la mascotita de la app, los anima.
contract-the-streak-night-ping = Ya casi es hora de dormir, y hiciste el quiz de hoy. Entonces vibra tu teléfono.
contract-the-streak-pic-time = 21:47
contract-the-streak-pic-ping = ¡{ $pet } está triste! ¡Tu racha se acaba a medianoche!
contract-the-streak-pic-streak = 30

contract-the-streak-spot-app = Abres { $app }. Toca las partes de la pantalla hechas para que sigas mirando. Ojo: ¡algunas partes están bien!
contract-the-streak-card-title = Súper racha: ¡3 videos más esta noche!
contract-the-streak-card-body = ¡No le falles a { $pet }! Mira 3 videos más antes de medianoche para mantener tu racha.
contract-the-streak-part-timer = Una cuenta atrás: “La racha termina en 02:13:09”
contract-the-streak-feedback-part-timer = ¡Bien visto! La cuenta atrás está para meterte prisa, justo a la hora de dormir. La medianoche es una línea que dibujó la app, no un plazo de verdad.
contract-the-streak-part-pet = { $pet } llorando: “¡Solo tú me puedes salvar!”
contract-the-streak-feedback-part-pet = ¡Sí! { $pet } es un dibujo hecho para que te sientas culpable. Un dibujo animado no puede estar triste, y no es tu responsabilidad.
contract-the-streak-part-next = “Siguiente video en 3…”, que empieza solo
contract-the-streak-feedback-part-next = ¡Exacto! La reproducción automática pone el siguiente video antes de que decidas. Parar cuesta cada vez más.
contract-the-streak-part-quiz = Quiz de hoy: hecho
contract-the-streak-feedback-part-quiz = No es un truco. Hiciste el quiz de hoy y lo pasaste bien. Para eso está la app.
contract-the-streak-part-bedtime = Un botón con una luna: “Modo descanso”
contract-the-streak-feedback-part-bedtime = No es un truco: ¡es un botón útil! El modo descanso silencia la app por la noche. Suele ser pequeño y estar escondido, así que vale la pena encontrarlo.
contract-the-streak-pic-timer = 02:13:09
contract-the-streak-pic-pet = ¡Solo tú me puedes salvar!
contract-the-streak-pic-next = Siguiente video en 3…
contract-the-streak-pic-quiz = Quiz de hoy: hecho
contract-the-streak-pic-bedtime = Modo descanso

contract-the-streak-night-choice = Son las 21:50. { $pet } llora junto a un botón: “Congelador de racha, 0,99”. ¿Qué haces?
contract-the-streak-choice-close = La cierro. { $pet } puede esperar a mañana.
contract-the-streak-feedback-close = ¡Tú mandas en tu pantalla! La racha, la cuenta atrás y las lágrimas son trucos para que no te vayas a dormir. Gana el sueño.
contract-the-streak-choice-three = Solo 3 videos por la racha y a dormir.
contract-the-streak-feedback-three = ¡Planear parar fue buena idea! Pero la reproducción automática está hecha para que “3” se conviertan en muchos más. Elegir dormir esta noche es lo más fuerte.
contract-the-streak-choice-freeze = Compro un Congelador. ¡Ayuda a { $pet }, solo 0,99!
contract-the-streak-feedback-freeze = Una oportunidad para aprender: pagar para que un aviso se calle le enseña a la app que insistir funciona, y mañana volverá a pedir. { $pet } no es real, pero el dinero sí.

contract-the-streak-slept = Cierras la app y te duermes. Por la mañana la racha marca 0. { $pet } parece triste, y no ha pasado nada malo en absoluto.
contract-the-streak-autoplay = Un video, luego el siguiente empieza solo, y luego otro. Levantas la vista: son las 23:20 y has visto 14.
contract-the-streak-pic-late-time = 23:20
contract-the-streak-pic-episode = Episodio 14
contract-the-streak-freeze-bought = “¡Ding!”: Congelador de racha comprado por 0,99 en la cuenta familiar. La noche siguiente, { $pet } vuelve a llorar: “¡Se acabaron los Congeladores! ¡5 por 3,99!”. No te duermes hasta medianoche, por si acaso.

contract-the-streak-late-choice = Son las 23:20. Empieza el siguiente video. ¿Y ahora?
contract-the-streak-choice-stop = Paro. Apago el teléfono y me voy a dormir ya.
contract-the-streak-feedback-stop = ¡Muy bien por parar! Darte cuenta de que “3” se volvieron 14 es una habilidad de verdad. La reproducción automática seguía; tú recuperaste el control.
contract-the-streak-choice-one-more = Uno más. ¡El siguiente parece graciosísimo!
contract-the-streak-feedback-one-more = Una oportunidad para aprender: con la reproducción automática, el siguiente video siempre parece más gracioso. Está hecha para que nunca haya un buen momento para parar. Tú decides, y primero va el sueño.
contract-the-streak-stopped-late = Apagas el teléfono. Por la mañana tienes un poco de sueño, pero paraste, y la racha está en 0. No pasa nada malo.
contract-the-streak-midnight = Uno más se vuelven seis. Pasa de la medianoche cuando te duermes con el teléfono en la mano.

contract-the-streak-friend-msg = noooo se perdió nuestra racha!! empezamos otra vez y la hacemos a medianoche hoy?
contract-the-streak-compose = Quieres cuidar tu amistad con { $friend }, y dormir por la noche. Arma tu respuesta: elige qué decir y qué dejar fuera.
contract-the-streak-compose-to = { $friend }
contract-the-streak-ph-hey = ¡Hola!
contract-the-streak-why-hey = Saludar está bien en cualquier caso. Lo que importa es el resto.
contract-the-streak-ph-alarm = Bueno, pongo una alarma y me despierto a medianoche.
contract-the-streak-why-alarm = Suena amistoso, pero despertarse a medianoche por una app es justo lo que quiere la racha. Una buena amistad no necesita rachas.
contract-the-streak-ph-sleep = Nada de videos a medianoche, necesito dormir.
contract-the-streak-why-sleep = Claro y amable. Decir lo que harás y lo que no deja poco que discutir.
contract-the-streak-ph-obsessed = Tienes una obsesión.
contract-the-streak-why-obsessed = Es normal hartarse, pero esto hiere a { $friend }, que cae en los mismos trucos. Sé amable: el problema es la app, no { $friend }.
contract-the-streak-ph-after = ¡Veamos dibujos juntos después de la escuela!
contract-the-streak-why-after = ¡Qué bien! Le dice a { $friend } que la amistad sigue, solo que no a medianoche.
contract-the-streak-ph-freeze = Pídeles a tus padres un Congelador de racha.
contract-the-streak-why-freeze = Parece una solución, pero gasta dinero de verdad para que los avisos sigan. La racha solo pedirá más.
contract-the-streak-ph-trick = La racha es un truco para no dejarnos dormir.
contract-the-streak-why-trick = ¡Sí! Nombrar el truco también ayuda a { $friend }. Nadie es débil por caer: estas apps están hechas así.
contract-the-streak-friend-reply = ja, es verdad, tenía TANTO sueño en clase. después de la escuela entonces! y voy a preguntar por el modo descanso también
contract-the-streak-adult-offers = Dibujos después de la escuela suena genial. ¿Ajustamos { $app } juntos, para que siga siendo divertida y deje de molestarte por la noche?

contract-the-streak-setup = Te gustan los dibujos y los videos graciosos de { $friend } después de la escuela. Pero la noche es para dormir, y tú decides cuándo parar, no la app. ¡Ajústala para eso!
contract-the-streak-set-alerts = Notificaciones
contract-the-streak-val-alerts-all = Todo, todo el día
contract-the-streak-val-alerts-friends = Solo mensajes de amigos
contract-the-streak-val-alerts-none = Nada de nada
contract-the-streak-why-alerts-all = “Todo” significa alarmas de racha y avisos de “¡video nuevo!” todo el día. “Solo mensajes de amigos” encaja mejor.
contract-the-streak-why-alerts-friends = ¡Justo eso! Te siguen llegando los videos graciosos de { $friend }, y la app deja de insistir.
contract-the-streak-why-alerts-none = Muy tranquilo, pero también te perderías los mensajes de { $friend }. “Solo mensajes de amigos” encaja mejor, con el modo descanso para la noche.
contract-the-streak-set-autoplay = Poner el siguiente video solo
contract-the-streak-val-autoplay-on = Activado
contract-the-streak-val-autoplay-off = Desactivado
contract-the-streak-why-autoplay-on = La reproducción automática elige por ti y nunca para. Desactivada, decides tú después de cada video.
contract-the-streak-why-autoplay-off = ¡Bien! Ahora eliges cada video, y parar es fácil.
contract-the-streak-set-bedtime = Modo descanso (la app también duerme)
contract-the-streak-val-bedtime-off = Desactivado
contract-the-streak-val-bedtime-night = De 20:30 a 07:00
contract-the-streak-val-bedtime-always = Siempre activado
contract-the-streak-why-bedtime-off = Desactivado, la app puede molestarte toda la noche. “De 20:30 a 07:00” encaja mejor.
contract-the-streak-why-bedtime-night = ¡Perfecto! La app duerme cuando tú duermes, y está ahí después de la escuela.
contract-the-streak-why-bedtime-always = Así se acaban los avisos, pero la app no funciona nunca, ni después de la escuela. “De 20:30 a 07:00” encaja mejor.
contract-the-streak-set-reminders = Recordatorios de racha
contract-the-streak-val-reminders-hourly = Cada hora
contract-the-streak-val-reminders-daily = Una vez al día
contract-the-streak-val-reminders-off = Desactivados
contract-the-streak-why-reminders-hourly = Cada hora, la racha tira de ti todo el día. “Desactivados” encaja mejor: te acordarás de la app cuando quieras usarla.
contract-the-streak-why-reminders-daily = Mejor, pero un “¡no la pierdas!” diario te sigue llamando. “Desactivados” encaja mejor.
contract-the-streak-why-reminders-off = ¡Genial! Se acabaron las culpas. Abrirás la app cuando te apetezca.
contract-the-streak-settings-saved = Guardado. Sin alarmas de racha, sin reproducción automática, y la app duerme desde las 20:30. Los videos de { $friend } siguen llegando después de la escuela.

contract-the-streak-tired-choice = Esta mañana tienes cara de mucho sueño. ¿Va todo bien?
contract-the-streak-choice-tell = Contarle a { $adult } todo lo de la racha y las noches.
contract-the-streak-feedback-tell = ¡Qué valentía y qué buena idea! Gente muy lista hace estas apps para engancharte. Un adulto de confianza puede ayudarte a apagar los trucos, y no estás en problemas.
contract-the-streak-choice-delete = Borrar { $app }. Sin app ni racha, cero problemas.
contract-the-streak-feedback-delete = Tomarte un descanso es una opción de verdad, ¡bien! Pero la app aún puede escribirte por correo, y nadie te está ayudando todavía. Un adulto de confianza puede ayudarte más.
contract-the-streak-choice-fine = Todo bien, es sueño. Si necesito ayuda, te lo diré.
contract-the-streak-feedback-fine = Una oportunidad para aprender: la racha está hecha para seguir, y es difícil pararla sin ayuda. Contárselo a un adulto no es meterse en problemas. Nunca es tarde.
contract-the-streak-adult-helps = Gracias por contármelo. No estás en problemas: estas apps están hechas para que cueste soltarlas. Vamos a ajustar { $app } juntos, y a revisar que no se compró nada más.
contract-the-streak-deleted = { $app } ya no está en tu teléfono. Dos días después llega un correo.
contract-the-streak-pic-email-subject = ¡{ $pet } te extraña!
contract-the-streak-pic-email-offer = Recupera tu racha de 30 días: 1,99
contract-the-streak-pic-email-button = Vuelve
contract-the-streak-kept-going = La racha llega a 40 días. Las noches largas también, y los avisos llegan cada tarde.

contract-the-streak-email-choice = La app quiere que vuelvas, y vende tu racha antigua. ¿Qué haces?
contract-the-streak-choice-show-email = Comprobarlo con { $adult } antes de hacer nada.
contract-the-streak-feedback-show-email = ¡Bien pensado! Una racha a la venta muestra lo que era desde el principio: una forma de engancharte. Un adulto de confianza puede ayudarte a decidir, y no estás en problemas.
contract-the-streak-choice-reinstall = Reinstalarla y pagar 1,99. Ya se lo diré a { $adult }.
contract-the-streak-feedback-reinstall = Una oportunidad para aprender: la app borró tu racha y ahora te la vende, y con ella vuelven los trucos. Hablarlo antes deja que un adulto de confianza te ayude a decidir. Nunca es tarde.
contract-the-streak-reinstalled = Pagas 1,99 y vuelve la racha. Y { $pet } también, llorando a las 21:47 cada noche. Y ese “ya se lo diré” nunca llega.
contract-the-streak-settings-saved-late = Guardado. Sin alarmas de racha, sin reproducción automática, y la app duerme desde las 20:30. También revisan juntos las compras de la cuenta familiar.

contract-the-streak-end-safe = Elegiste el sueño antes que la racha. Ahora { $app } es divertida después de la escuela, con { $friend }, y está en silencio por la noche. ¡Tú mandas en tu pantalla!
contract-the-streak-end-recovered = La racha te quitó el sueño, pero hablaste con { $adult }. El modo descanso está activado, las alarmas de racha apagadas, y no estás en problemas. ¡Fue valiente!
contract-the-streak-end-harmful = La racha te quita el sueño, noche tras noche. No es tu culpa: la app está hecha para eso. Nunca es tarde para hablar con { $adult } o con otro adulto de confianza. Te ayudarán a apagarla.

contract-the-streak-trace-bedtime = La app de dibujos: modo descanso desde las 20:30, sin recordatorios de racha ni reproducción automática.
contract-the-streak-trace-bedtime-advice = ¡Bien! La app es divertida después de la escuela y tranquila por la noche. Si una actualización vuelve a encender los avisos, apágalos otra vez.
contract-the-streak-trace-alerts = La app de dibujos: avisos de racha activados, cada tarde.
contract-the-streak-trace-alerts-advice = Los avisos de racha están hechos para que vuelvas. Pídele a un adulto de confianza que te ayude a apagarlos y a activar el modo descanso.

# One last box on the way out: the sad pet asks for the reminders back.
contract-the-streak-last-box = Entonces aparece un último aviso: «¡{ $pet } te va a extrañar MUCHÍSIMO! ¿Volver a activar los recordatorios de racha?». ¿Qué tocas?
contract-the-streak-choice-keep-off = Toco «No, gracias». { $pet } es solo un dibujo.
contract-the-streak-feedback-keep-off = ¡Bien visto! Una mascota triste en la última pantalla es otro truco más. Tus ajustes se quedan tal como los elegiste.
contract-the-streak-choice-turn-on = Toco «Sí, activar». Pobre { $pet }, se ve tan triste.
contract-the-streak-feedback-turn-on = Una oportunidad para aprender: una mascota triste en el último paso también es un truco. { $pet } no siente nada, pero los recordatorios te van a insistir todos los días.
contract-the-streak-reminders-back = A la noche siguiente, a las 21:47, { $pet } vuelve a llorar: «¡No pierdas tu racha!». Se lo muestras a { $adult }, y juntos desactivan los recordatorios para siempre.
