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
content-the-shocking-video-name-zara = Zara
content-the-shocking-video-name-leo = Leo
content-the-shocking-video-name-amir = Amir
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = Mamá
content-the-shocking-video-adult-dad = Papá
content-the-shocking-video-adult-aunt = Tía Rosa

content-the-shocking-video-intro = Son las 10 de la noche y el chat de tu clase en { $app } está lleno de memes sobre tareas. Hace una hora, alguien que nadie conoce, { $stranger }, entró con el enlace de invitación del grupo.
content-the-shocking-video-video-drop = Pelea REAL grabada con cámara, al final se pone muy fea. ¡Hay que verlo antes de que lo borren! Reenvíalo a todos tus grupos.

content-the-shocking-video-friend-reacts = ¿Alguien lo vio? Dicen que alguien salió muy herido. ¿Lo abro?
content-the-shocking-video-choice-report-dont-share = No lo abras. Lo voy a reportar, y por favor, que nadie lo comparta.
content-the-shocking-video-feedback-report-dont-share = Buena jugada. Los videos violentos se te pueden quedar en la cabeza, y cada vez que se comparten vuelven a dañar a quien aparece en ellos. Reportarlo a { $app } ayuda a que lo eliminen.
content-the-shocking-video-choice-scroll-past = No abrirlo, solo seguir bajando
content-the-shocking-video-feedback-scroll-past = No verlo te protege, buena decisión. Pero el video se sigue difundiendo en tu clase. Un reporte rápido y un “por favor, que nadie lo comparta” podrían detenerlo.
content-the-shocking-video-choice-watch-forward = Verlo y reenviarlo al grupo de fútbol
content-the-shocking-video-feedback-watch-forward = Una oportunidad para aprender: “hay que verlo antes de que lo borren” es un anzuelo para que hagas clic. Reenviarlo extiende el daño a gente que nunca eligió verlo.

content-the-shocking-video-watched = Ves unos segundos. Es peor de lo que esperabas. Lo cierras, pero las imágenes se te quedan en la cabeza, y el grupo de fútbol se llena de respuestas de asombro.
content-the-shocking-video-upset-choice = Fue duro de ver, y es completamente normal que te afecte. El video ya está en el grupo de fútbol, pero todavía puedes arreglarlo. ¿Y ahora?
content-the-shocking-video-choice-delete-tell = Borrar mi reenvío, reportar el video y contárselo a { $adult }
content-the-shocking-video-feedback-delete-tell = Así se le da la vuelta. Borrarlo detiene la difusión, reportarlo ayuda a eliminarlo y hablar con alguien ayuda a que las imágenes se borren de tu mente. Todo el mundo comete errores.
content-the-shocking-video-choice-delete-forget = Borrar mi reenvío e intentar olvidarlo
content-the-shocking-video-feedback-delete-forget = Borrarlo fue el primer paso correcto. Pero los videos que alteran pueden volver a tu mente. Reportarlo y hablar con un adulto de confianza te ayudaría a ti y a los demás.
content-the-shocking-video-choice-watch-again = Verlo otra vez y leer todos los comentarios
content-the-shocking-video-feedback-watch-again = Una oportunidad para aprender: volver a verlo suele hacer que el malestar crezca, no que baje. Está bien cerrarlo, tomarte un descanso y hacer algo que te calme.

content-the-shocking-video-stranger-dm = Te vi en el grupo. Si te gustó ese, tengo otros mucho peores. Búscame en una app privada, pero no les digas nada a tus padres jaja.
content-the-shocking-video-choice-block-report-stranger = Bloquear y reportar a { $stranger }, y avisar al admin del grupo
content-the-shocking-video-feedback-block-report-stranger = Totalmente correcto. Alguien desconocido que difunde videos impactantes, quiere pasar a una app privada y dice “no les digas a tus padres” muestra tres señales de alerta a la vez.
content-the-shocking-video-choice-ignore-dm = Dejar el mensaje en “visto” y no responder
content-the-shocking-video-feedback-ignore-dm = No responder te protege por ahora. Pero { $stranger } sigue en el chat de tu clase y puede escribirles a otras personas. Bloquear y reportar protege a todo el mundo.
content-the-shocking-video-choice-reply-stranger = Responder: “ok, mándalos”
content-the-shocking-video-feedback-reply-stranger = Una oportunidad para aprender: alguien que manda videos impactantes y quiere que les ocultes cosas a tus padres no está cuidando de ti. Responder le dice que es fácil contactarte.

content-the-shocking-video-late-night = Son casi las 11 y después de todo eso tu cabeza no para. Está bien que te afecte lo que pasa en internet. ¿Cómo quieres terminar la noche?
content-the-shocking-video-choice-talk-and-sleep = Dejar el teléfono y contarle a { $adult } lo que pasó
content-the-shocking-video-feedback-talk-and-sleep = Muy buena elección. Hablar hace que los sentimientos pesados se aligeren, y un descanso de la pantalla ayuda a que tu mente se calme. { $adult } también puede ayudarte con los reportes.
content-the-shocking-video-choice-mute-sleep = Silenciar el chat y dormir, pero no contárselo a nadie
content-the-shocking-video-feedback-mute-sleep = Un descanso y dormir ayudan de verdad. Pero si el video vuelve a tu mente, está bien hablar de ello. No tienes que cargarlo sin ayuda.
content-the-shocking-video-choice-scroll-late = Seguir mirando el chat hasta las 2 de la madrugada
content-the-shocking-video-feedback-scroll-late = Una oportunidad para aprender: seguir mirando hasta tarde después de algo que te alteró suele hacer que parezca más grande, y pierdes horas de sueño. Está bien desconectarte y hablar.

content-the-shocking-video-parent-talk = Gracias por contármelo. Es normal que te afecte, y no hiciste nada malo. Vamos a reportar el video y esa cuenta, y a pedirle a tu profe que cambie el enlace de invitación del chat de la clase.

content-the-shocking-video-more-clips = { $stranger } te manda un enlace a un video todavía peor. Luego te pregunta cuántos años tienes y te pide una selfie “para demostrar que no vas a contar nada”. Se te encoge el estómago.
content-the-shocking-video-sango-help = Esto me preocupa. Videos impactantes, secretos y ahora una selfie: son señales de alerta. Contarlo no es acusar, es pedir ayuda. No es tu culpa, y puedes pararlo. ¿Qué vas a hacer?
content-the-shocking-video-choice-stop-tell = Dejar de responder, hacer captura, bloquear y avisar a { $adult }
content-the-shocking-video-feedback-stop-tell = Eso es valiente e inteligente. Las capturas son pruebas, bloquear corta el contacto y un adulto de confianza puede reportar la cuenta. No te vas a meter en problemas.
content-the-shocking-video-choice-block-only = Bloquear a { $stranger }, pero no contárselo a nadie
content-the-shocking-video-feedback-block-only = ¡Bloquear fue un buen paso! Pero { $stranger } todavía puede escribirle a tu clase. Un adulto de confianza puede ayudar a reportar la cuenta para que pare para todos.
content-the-shocking-video-choice-send-selfie = Mandar la selfie para que me deje en paz
content-the-shocking-video-feedback-send-selfie = Una oportunidad para aprender: ceder suele hacer que este tipo de gente pida más, no menos. Nunca es tarde para dejar de responder y pedir ayuda.

content-the-shocking-video-adult-helps-late = Me alegra mucho que me lo contaras, y no te vas a meter en problemas. Vamos a reportar el video y esa cuenta, y a avisar a la escuela. Si las imágenes siguen volviendo, una línea de ayuda también puede ayudar.

content-the-shocking-video-end-safe = Viste las señales de alerta, te cuidaste y lo hablaste. El video y la cuenta están reportados, y dormiste bien. Eso es fortaleza de verdad.
content-the-shocking-video-end-mixed = Por ahora te protegiste, pero ningún adulto lo sabe, y puede que { $stranger } siga en el chat de tu clase. Nunca es tarde para reportarlo y hablar con alguien.
content-the-shocking-video-end-tired = Llegas a la escuela sin energía, y el video se sigue repitiendo en tu cabeza. Desconectarte y hablar con un adulto de confianza ayuda mucho más que seguir mirando.
content-the-shocking-video-end-recovered = Las cosas se pusieron difíciles, pero pediste ayuda, y eso lo cambió todo. El video y la cuenta están reportados. Hablar de ello fue valiente.
content-the-shocking-video-end-harmful = { $stranger } sigue escribiéndote y quiere más. Esto no es tu culpa. Nunca es tarde: bloquea, reporta y cuéntaselo a un adulto de confianza o llama a una línea de ayuda.
