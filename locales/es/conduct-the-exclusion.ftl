# Conducta / agresión: Exclusión a propósito (13-15 años), quien juega es testigo

conduct-the-exclusion-title = Exclusión a propósito
conduct-the-exclusion-summary = Tu clase crea un chat de grupo nuevo sin una persona de la clase, y empiezan las bromas sobre ella.
conduct-the-exclusion-remember = Dejar a alguien fuera a propósito y burlarse es acoso. No te sumes, sé amable con la persona atacada y cuéntaselo a un adulto de confianza.

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $target }
conduct-the-exclusion-npc-teacher = { $teacher }

# Variedad: cada partida elige una opción de cada variable de `vary`.
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = Los de Verdad
conduct-the-exclusion-group-no-cringe = Zona Sin Cringe
conduct-the-exclusion-group-vips = Solo VIPs
conduct-the-exclusion-name-mia = Mía
conduct-the-exclusion-name-jonah = Jonás
conduct-the-exclusion-name-ayesha = Ayesha
conduct-the-exclusion-name-kai = Kai
conduct-the-exclusion-name-bella = Bella
conduct-the-exclusion-name-ryan = Adrián
conduct-the-exclusion-teacher-okafor = Prof. Okafor
conduct-the-exclusion-teacher-reyes = Prof. Reyes
conduct-the-exclusion-teacher-novak = Prof. Novak

conduct-the-exclusion-intro = { $leader } acaba de crear un grupo nuevo en { $app } llamado “{ $group }”. Está toda tu clase, menos { $target }.

conduct-the-exclusion-first-joke = Por fin un chat sin { $target } jaja. ¿¿Alguien vio esos zapatos hoy?? Que alguien haga captura de su última selfie.
conduct-the-exclusion-choice-not-cool = Eso no está bien. A { $target } le dolería mucho.
conduct-the-exclusion-feedback-not-cool = Eso requirió valor. Cuando una persona dice “eso no está bien”, otras suelen animarse a parar también. Los testigos tienen más poder del que creen.
conduct-the-exclusion-choice-mute = Silenciar el grupo y no decir nada
conduct-the-exclusion-feedback-mute = No te sumaste, y eso importa. Pero el silencio puede parecer que estás de acuerdo. Un simple “eso no está bien”, o un mensaje amable a { $target }, podría cambiar mucho.
conduct-the-exclusion-choice-laugh-meme = Responder con un meme de risa
conduct-the-exclusion-feedback-laugh-meme = Una oportunidad para aprender: un meme parece poca cosa, pero para { $target } es una persona más en su contra. Y de las publicaciones de grupo se hacen capturas que se comparten.

conduct-the-exclusion-pushback = Relájate, es una broma. No arruines la diversión, o vete con { $target } jaja.
conduct-the-exclusion-screenshot = Alguien publica la selfie de { $target } con un texto cruel. Recibe 14 reacciones de risa en un minuto. Nadie dice nada.

conduct-the-exclusion-support-choice = Mientras tanto, { $target } escribe en el chat principal de la clase: “¿por qué todos están tan callados conmigo hoy?”. Nadie responde.
conduct-the-exclusion-choice-message-save = Escribirle algo amable a { $target } y hacer capturas del grupo
conduct-the-exclusion-feedback-message-save = Gran combinación. Un mensaje amable le dice a { $target } que tiene apoyo, y las capturas sirven de prueba si un adulto de confianza tiene que intervenir.
conduct-the-exclusion-choice-kind-only = Escribirle algo amable a { $target }, pero nada más
conduct-the-exclusion-feedback-kind-only = La amabilidad ayuda de verdad. Pero el grupo sigue activo. Guardar algunas capturas permite que un adulto de confianza actúe si la cosa empeora.
conduct-the-exclusion-choice-forward-screenshot = Reenviar la captura de la selfie, ya la vio todo el mundo
conduct-the-exclusion-feedback-forward-screenshot = Una oportunidad para aprender: que “ya la vio todo el mundo” no hace que esté bien. Cada reenvío extiende más el daño y pone tu nombre en él.

conduct-the-exclusion-target-reply = gracias por escribirme. vi el grupo. siento que todos me odian. pero porfa, no hagas un drama de esto
conduct-the-exclusion-choice-tell-together = Tienes mi apoyo. Vamos a contárselo a { $teacher }.
conduct-the-exclusion-feedback-tell-together = Eso es dar la cara por alguien. Todo el mundo tiene derecho a sentirse a salvo en la escuela y en internet. Contárselo a un adulto de confianza no es hacer un drama, es la forma de que esto pare.
conduct-the-exclusion-choice-keep-secret = Bueno, no se lo diré a nadie. Cuenta conmigo.
conduct-the-exclusion-feedback-keep-secret = Estar ahí para { $target } importa mucho. Pero una exclusión así suele empeorar. Puedes explicarle con cariño que un adulto de confianza puede ayudar, y ofrecerte a acompañar a { $target }.
conduct-the-exclusion-choice-blame-target = ¿Y si te pones otros zapatos para que paren?
conduct-the-exclusion-feedback-blame-target = Una oportunidad para aprender: { $target } no causó esto, y cambiar no lo va a arreglar. Nadie merece burlas. El problema es cómo se comporta el grupo.

conduct-the-exclusion-teacher-helps = Gracias a los dos por venir a contármelo. { $target }, nada de esto es tu culpa. Yo me encargo del grupo, y vamos a reportar las peores publicaciones a { $app }.

conduct-the-exclusion-pile-on = Tu publicación es la que más risas recibe. Una hora después, { $target } sale de todos los chats de la clase. Su último mensaje: “entendido. nadie me quiere aquí.”
conduct-the-exclusion-fix-choice = Eso dolió mucho más que una broma. Todavía estás a tiempo de arreglarlo. ¿Qué vas a hacer?
conduct-the-exclusion-choice-sorry-tell = Borrarla, pedirle perdón a { $target } y contárselo a { $teacher }
conduct-the-exclusion-feedback-sorry-tell = Eso es valor de verdad. Reconocer un error y hacer que un adulto intervenga puede cambiar las cosas para { $target }. No eres mala persona; tomaste una mala decisión.
conduct-the-exclusion-choice-delete-hope = Borrar mi publicación y esperar que se olvide
conduct-the-exclusion-feedback-delete-hope = Borrarla ayuda, pero el daño ya está hecho y el grupo sigue. Una disculpa de verdad y un adulto de confianza podrían ayudar a que { $target } vuelva a sentirse a salvo.
conduct-the-exclusion-choice-just-joke = Dejarlo así. Solo era una broma.
conduct-the-exclusion-feedback-just-joke = Una oportunidad para aprender: cuando alguien sale de todos los chats por esto, ya no era una broma. Nunca es tarde para pedir perdón y buscar ayuda.

conduct-the-exclusion-teacher-helps-late = Gracias por tu sinceridad, no es fácil. Hablaré con el grupo, y nos aseguraremos de que { $target } esté bien. Pedir perdón fue un gran primer paso.

conduct-the-exclusion-end-safe = Te negaste a participar, apoyaste a { $target } e hiciste que un adulto de confianza interviniera. El grupo se cerró, y { $target } sabe quiénes son sus amistades de verdad.
conduct-the-exclusion-end-mixed = Por ahora hay más calma, pero el grupo sigue, ningún adulto lo sabe y { $target } sigue fuera. Contárselo a un adulto de confianza ayuda a detener la exclusión para siempre.
conduct-the-exclusion-end-recovered = Al principio te equivocaste, pero luego pediste perdón y buscaste ayuda. { $target } volvió al chat de la clase. Arreglar las cosas requiere valor de verdad.
conduct-the-exclusion-end-harmful = { $target } se siente en total soledad, y el grupo sigue. Nunca es tarde: pide perdón, sé amable y cuéntaselo a un adulto de confianza.
