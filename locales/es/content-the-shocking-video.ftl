# Contenido / agresión: El video violento (13-15 años)

content-the-shocking-video-title = El video violento
content-the-shocking-video-summary = Llega un video violento al chat de tu clase, y la persona desconocida que lo publicó quiere mandarte más.
content-the-shocking-video-remember = Nunca tienes que ver ni compartir algo que te altere, y es normal que te afecte. Repórtalo, tómate un descanso y habla con un adulto de confianza.

content-the-shocking-video-app = { $app }
content-the-shocking-video-npc-stranger = { $stranger }
content-the-shocking-video-npc-friend = { $friend }
content-the-shocking-video-npc-adult = { $adult }

# Variedad: cada partida elige una opción de cada variable de `vary`.
content-the-shocking-video-app-chatterly = Chatterly
content-the-shocking-video-app-groupnest = GroupNest
content-the-shocking-video-app-pingpal = PingPal
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = Mamá
content-the-shocking-video-adult-dad = Papá
content-the-shocking-video-adult-aunt = Tía Rosa

content-the-shocking-video-intro = Son las 10 de la noche y el chat de tu clase en { $app } está lleno de memes sobre tareas. Hace una hora, alguien que nadie conoce, { $stranger }, entró con el enlace de invitación del grupo.
content-the-shocking-video-pic-class-chat = Chat de clase
content-the-shocking-video-pic-joined = { $stranger } se unió con el enlace de invitación
content-the-shocking-video-video-drop = Pelea REAL grabada con cámara, al final se pone muy fea. ¡Hay que verlo antes de que lo borren! Reenvíalo a todos tus grupos.
content-the-shocking-video-pic-forwarded = Reenviado muchas veces
content-the-shocking-video-pic-cover-title = Contenido delicado
content-the-shocking-video-pic-cover-body = Este video puede afectarte
content-the-shocking-video-pic-view = Ver video
content-the-shocking-video-pic-duration = 0:47

content-the-shocking-video-friend-reacts = ¿Alguien lo ha visto? Dicen que alguien salió muy herido. ¿Lo abro?
content-the-shocking-video-choice-dont-open = No. Ya lo he reportado. Que nadie lo reenvíe, ¿vale?
content-the-shocking-video-feedback-dont-open = Muy bien. Los videos violentos se pueden quedar en la cabeza, y cada reenvío vuelve a hacer daño a quien sale en él. Un reporte ayuda a que { $app } lo quite para todos.
content-the-shocking-video-choice-scroll-past = No lo abro. { $adult } siempre dice que pase de largo y no me meta.
content-the-shocking-video-feedback-scroll-past = No verlo te protege, bien pensado. Pero el video sigue circulando en tu clase. Un reporte rápido y un «por favor, no lo compartan» podrían frenarlo.
content-the-shocking-video-choice-watch-quick = Ábrelo rápido, antes de que lo borren. Así sabremos.
content-the-shocking-video-feedback-watch-quick = Una oportunidad para aprender: «míralo antes de que lo borren» es un gancho para que hagas clic. Nunca tienes que ver algo solo porque todo el mundo habla de ello.

content-the-shocking-video-c-reported = Reportas el video. { $friend } contesta: «vale, no lo abro». Otras dos personas añaden: «yo tampoco lo comparto».
content-the-shocking-video-pic-reply-ok = vale, no lo abro
content-the-shocking-video-pic-reply-same = yo tampoco lo comparto
content-the-shocking-video-pic-report-thanks = Gracias por reportar
content-the-shocking-video-pic-report-review = Revisaremos este video
content-the-shocking-video-pic-report-reason = Violencia
content-the-shocking-video-pic-done = Listo
content-the-shocking-video-c-scrolled = Pasas de largo. A las 10:30, el video ya se ha reenviado a otros tres grupos, y la gente pregunta quién sale en él.
content-the-shocking-video-c-watched = Ves unos segundos. Es peor de lo que esperabas. Lo cierras, pero las imágenes se quedan en tu cabeza, y el corazón te late muy fuerte.

content-the-shocking-video-stranger-dm = Te vi en el grupo. Tengo clips mucho peores. Agrégame en una app privada, pero no se lo digas a tus padres jaja.
content-the-shocking-video-choice-screenshot-block = Primero captura, luego bloqueo y reporto a { $stranger }.
content-the-shocking-video-feedback-screenshot-block = Exacto. Videos impactantes, una app privada y «no se lo digas a tus padres» desde una cuenta desconocida son tres señales de alarma. Guardar primero permite que un adulto lo vea.
content-the-shocking-video-choice-warn-stranger = Se lo voy a contar a mis padres y te voy a reportar. Déjame en paz.
content-the-shocking-video-feedback-warn-stranger = No confiar está bien. Pero avisar a alguien así le da tiempo para borrarlo todo o presionar más. Solo deja de responder, guarda, bloquea y reporta, y luego cuéntalo.
content-the-shocking-video-choice-ok-send = Jaja vale, manda uno. Mis padres nunca me revisan el móvil.
content-the-shocking-video-feedback-ok-send = Una oportunidad para aprender: una cuenta desconocida que te empuja videos impactantes y quiere secretos con tus padres no te cuida. Responder le dice que eres fácil de alcanzar.

content-the-shocking-video-c-blocked = Guardas dos capturas, y luego bloqueas y reportas a { $stranger }. El chat se queda en silencio.
content-the-shocking-video-c-warned = jaja adelante, chivato. nadie te va a creer.
content-the-shocking-video-c-warned-after = Todo el chat desaparece: «Esta conversación se eliminó». { $stranger } sigue en el grupo de tu clase, y no guardaste nada.
content-the-shocking-video-c-more-clips = { $stranger } te manda un enlace a un video todavía peor. Luego te pregunta cuántos años tienes y te pide una selfie “para demostrar que no vas a contar nada”. Se te encoge el estómago.
content-the-shocking-video-pattern-blocked = Son los mismos trucos que { $follower } intentó contigo: una app privada y “no se lo digas a tus padres”. Reconociste el patrón y lo cortaste rápido.
content-the-shocking-video-pattern-warned = ¿Te acuerdas de { $follower }? Una app privada y “no se lo digas a tus padres” son los mismos trucos. La próxima vez, haz lo que funcionó: guarda en silencio y luego bloquea, reporta y cuéntalo.
content-the-shocking-video-pattern-more = Es el patrón que viste con { $follower }: secretos que ocultar a tus padres y luego una foto. Lo paraste entonces, y puedes pararlo ahora.

content-the-shocking-video-late-night = Son casi las 11 y la cabeza te da vueltas después de todo esto. Es normal que te afecten cosas de internet. ¿Cómo quieres acabar la noche?
content-the-shocking-video-pic-clock = 22:58
content-the-shocking-video-pic-new-messages = 47 mensajes nuevos
content-the-shocking-video-pic-who = ¿¿quién sale en el video??
content-the-shocking-video-choice-talk-sleep = Dejo el móvil cargando en la cocina y hablo con { $adult }.
content-the-shocking-video-feedback-talk-sleep = Gran decisión. Hablar hace más ligeros los sentimientos pesados, y una noche sin pantallas ayuda a tu cerebro a calmarse. { $adult } también puede ayudar con los reportes.
content-the-shocking-video-choice-mute-sleep = Lo silencio y a dormir. Ya se lo diré a { $adult } si sigo mal.
content-the-shocking-video-feedback-mute-sleep = Un descanso y dormir ayudan de verdad. Pero «si sigo mal» significa cargarlo sin ayuda esta noche, y estas cosas suelen volver. Hablarlo ahora ayuda.
content-the-shocking-video-choice-read-chat = Leo todos los comentarios, a ver qué dice la gente.
content-the-shocking-video-feedback-read-chat = Una oportunidad para aprender: leer todos los comentarios de noche suele hacer que lo que te alteró parezca más grande, y pierdes sueño. Está bien desconectarte.

content-the-shocking-video-c-parent-talk = Gracias por contármelo. Es normal sentirte así, y no hiciste nada malo. Vamos a asegurarnos de que esa cuenta esté reportada, y a pedirle a tu profe que cambie el enlace de invitación del grupo.
content-the-shocking-video-c-read-late = Lees hasta la 1 de la madrugada. La gente describe cada segundo del video, y la miniatura no para de aparecer.
content-the-shocking-video-c-muted-sleep = Duermes, más o menos. Por la mañana el video sigue en el grupo de clase, y alguien ha reenviado otro clip de la misma cuenta. Solo con ver la miniatura se te encoge el estómago.

content-the-shocking-video-morning = Anoche no hizo que desapareciera. ¿Y ahora qué?
content-the-shocking-video-choice-show-adult = Le enseño todo el chat a { $adult } antes de irme a clase.
content-the-shocking-video-feedback-show-adult = Muy bien. Hay cosas que no se borran durmiendo, y compartirlas las hace más ligeras. Un adulto también puede hacer que el centro saque esa cuenta del grupo.
content-the-shocking-video-choice-one-look = Solo un vistazo. Estoy bien, no hace falta molestar a { $adult }.
content-the-shocking-video-feedback-one-look = Una oportunidad para aprender: «solo un vistazo» es como los videos impactantes se te quedan grabados. No necesitas verlo para reportarlo, y hablar de ello nunca es molestar.
content-the-shocking-video-c-parent-morning = Me alegra que me lo enseñes. No hiciste nada malo. Voy a reportar esa cuenta contigo y a llamar al centro, para que el grupo tenga hoy un enlace nuevo.
content-the-shocking-video-c-one-look = Es aún peor de lo que decían. Lo reportas, pero todo el día en clase las imágenes vuelven.

content-the-shocking-video-upset-choice = Eso fue duro de ver, y es totalmente normal que te afecte. ¿Y ahora qué?
content-the-shocking-video-choice-find-adult = Lo cierro y voy ahora a buscar a { $adult }. No quiero estar sin nadie.
content-the-shocking-video-feedback-find-adult = Así se le da la vuelta. Hablar ayuda a que las imágenes se borren, y { $adult } puede ayudar a reportar el video. Abrirlo fue un tropiezo, no es culpa tuya.
content-the-shocking-video-choice-funny-clips = Clips graciosos, es lo más seguro. { $adult } solo se preocuparía.
content-the-shocking-video-feedback-funny-clips = Calmarte es buen instinto. Pero los videos que alteran suelen volver más tarde, y { $adult } preferiría saberlo a que lo cargues sin ayuda.
content-the-shocking-video-choice-forward-group = Lo mando al grupo de fútbol. Seguro que quieren verlo.
content-the-shocking-video-feedback-forward-group = Una oportunidad para aprender: reenviar extiende el golpe a gente que nunca eligió verlo, y vuelve a hacer daño a quien sale en el video. Nunca es tarde para borrarlo y hablar.

content-the-shocking-video-c-adult-upset = Me alegra que vinieras, y no estás en problemas. Vamos a reportar el video y la cuenta que lo subió. Si las imágenes vuelven, lo hablamos otra vez, o llamamos a una línea de ayuda.
content-the-shocking-video-c-forwarded = El grupo de fútbol se llena de respuestas de asombro. Alguien pregunta de dónde lo sacaste. Entonces llega un mensaje nuevo.
content-the-shocking-video-c-funny = Los clips graciosos ayudan un poco. Pero a las 11 el video sigue en tu cabeza. Entonces llega un mensaje nuevo.

content-the-shocking-video-stranger-late = Vi que lo abriste… sabía que aguantabas lo de verdad. Agrégame en una app privada para ver peores. no se lo digas a tus padres jaja
content-the-shocking-video-choice-show-chat = Hago una captura y le enseño todo el chat a { $adult }.
content-the-shocking-video-feedback-show-chat = Valiente y listo. Una cuenta desconocida que empuja videos peores y pide secretos es una señal de alarma. Las capturas guardan las pruebas, y un adulto puede bloquearla y reportarla contigo.
content-the-shocking-video-choice-send-one-more = Vale, manda uno más. Así tengo pruebas para { $adult }.
content-the-shocking-video-feedback-send-one-more = Una oportunidad para aprender: ya tienes pruebas de sobra. «Solo uno más» te mantiene hablando con alguien que no te cuida. Guarda lo que hay, deja de responder y pide ayuda ya.
content-the-shocking-video-c-more-late = { $stranger } manda otro enlace, luego pregunta cuántos años tienes, y pide un selfie «para demostrar que no te vas a chivar». Y sigue escribiendo.

content-the-shocking-video-sango-help = Estoy preocupado. Clips peores, secretos con tus padres y ahora un selfie: son señales de alarma. Contarlo no es chivarse. No es culpa tuya, y puedes pararlo ya.
content-the-shocking-video-choice-stop-tell = Dejo de responder, hago capturas de todo y voy con { $adult }.
content-the-shocking-video-feedback-stop-tell = Valiente y listo. Las capturas son pruebas, dejar de responder corta el contacto, y un adulto de confianza puede bloquear y reportar la cuenta contigo. No estás en problemas.
content-the-shocking-video-choice-send-selfie = Se lo mando. Así me dejan y { $adult } no se entera nunca.
content-the-shocking-video-feedback-send-selfie = Una oportunidad para aprender: ceder suele hacer que este tipo de gente pida más, no menos. { $adult } te ayudará, y no te vas a meter en líos. Nunca es tarde para dejar de responder.
content-the-shocking-video-c-selfie-sent = Lo mandas. { $stranger } contesta al instante: quiere otro, y dice que compartirá el primero si paras.

content-the-shocking-video-c-adult-stranger = Me alegra mucho que me lo enseñaras, y no estás en problemas. Guardamos las capturas, bloqueamos y reportamos esa cuenta, y avisamos al centro. Si sigue, podemos llamar a una línea de ayuda o a la policía.

content-the-shocking-video-end-safe = No dejaste que el video ni { $stranger } te arrastraran, le diste un descanso a tu cabeza, y { $adult } lo sabe. La cuenta está reportada, y van a cambiar el enlace de invitación del grupo.
content-the-shocking-video-end-tired = Estás sin energía, lo que viste y leíste se repite en tu cabeza, y nadie sabe cómo te sientes. Puede volver. Desconectarte y hablar con un adulto de confianza ayuda mucho más que seguir mirando.
content-the-shocking-video-end-recovered = Se puso difícil, pero lo arreglaste: paraste y fuiste con { $adult }, que te está ayudando a reportarlo todo. Hablarlo fue valiente, y ayuda a que las imágenes se borren.
content-the-shocking-video-end-harmful = { $stranger } insiste y quiere más. No es culpa tuya, y nunca es tarde: no envíes nada más, guarda los mensajes y cuéntaselo a un adulto de confianza. Te ayudará, y puede llamar a una línea de ayuda o a la policía.

# What the choices leave on "My phone" (traces).
content-the-shocking-video-trace-reported = La cuenta que metía videos violentos en el chat de clase, reportada.
content-the-shocking-video-trace-reported-advice = Bien hecho: reportarla ayuda a la app a quitarla para todos. Si una cuenta nueva intenta lo mismo, guarda, bloquea, reporta y cuéntalo otra vez.
