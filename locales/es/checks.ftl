# El calentamiento y el repaso (scenarios/checks.ron). Una pregunta por objetivo,
# franja de edad y serie; las series A y B son paralelas: misma habilidad, otra situación.

check-rights-9-a = Un jugador de un juego no deja de insultarte. Tu amigo dice: “Los juegos son así”. ¿Qué es verdad?
check-rights-9-a-respect = Tienes derecho a que te respeten y a recibir ayuda.
check-rights-9-a-accept = Los insultos son parte de los juegos. Tienes que aceptarlos.
check-rights-9-a-your-fault = Solo lo hacen si tú hiciste algo mal primero.

check-rights-9-b = Alguien del chat de la clase no deja de mandarte mensajes crueles. Crees que contárselo a un docente solo empeorará las cosas. ¿Qué es verdad?
check-rights-9-b-wait = Solo debes contárselo a un adulto si dura meses.
check-rights-9-b-deserve = Si te eligieron a ti, es que te lo merecías.
check-rights-9-b-help = Tienes derecho a sentirte a salvo y a recibir ayuda.

check-rights-13-a = El hermano mayor de una amiga publica una foto tuya en su cuenta pública. Le pides que la quite. Él dice: “Mi cuenta, mis reglas”. ¿Qué es verdad?
check-rights-13-a-his-rules = Tiene razón. Quien publica una foto decide.
check-rights-13-a-privacy = Tu privacidad importa. Puedes reportar la foto.
check-rights-13-a-too-late = Cuando una foto está en internet, ya no se puede hacer nada.

check-rights-13-b = Alguien de tu clase te graba cuando te caes en educación física y lo publica en una app de videos. Le pides que lo borre. Te dice: “Mi teléfono, mi video”. ¿Qué es verdad?
check-rights-13-b-privacy = Tienes derecho a la privacidad. Puedes reportarlo.
check-rights-13-b-their-video = Tiene razón. Quien graba el video decide.
check-rights-13-b-too-late = Ya tiene muchísimas vistas, así que es demasiado tarde.

check-rights-16-a = Alguien hizo una imagen falsa y editada de ti, y está circulando por tu escuela. Un amigo dice: “En realidad no eres tú, así que no cuenta”. ¿Qué es verdad?
check-rights-16-a-not-real = Una imagen falsa no es real, así que no hace daño.
check-rights-16-a-find-first = Solo puedes hacer algo cuando sepas quién la hizo.
check-rights-16-a-report = Tienes derecho al respeto. Repórtala y busca apoyo.

check-rights-16-b = Una captura de tus mensajes privados se está compartiendo en un chat de grupo grande. Alguien dice: “Tú los enviaste, así que renunciaste a tu privacidad”. ¿Qué es verdad?
check-rights-16-b-gave-up = Una vez que envías un mensaje, cualquiera puede compartirlo.
check-rights-16-b-report = Tu privacidad sigue importando. Puedes reportarlo.
check-rights-16-b-stay-quiet = No digas nada, o la gente hablará todavía más de ello.

check-risk-9-a = Tres jugadores te mandan mensajes en el chat de un juego. ¿Qué mensaje podría ser un riesgo para ti?
check-risk-9-a-rematch = ¡Buena partida! ¿Jugamos otra ronda mañana?
check-risk-9-a-school = ¿Cómo te llamas de verdad? ¿A qué escuela vas?
check-risk-9-a-dragon = ¿Cómo pasaste al dragón grande del nivel tres?

check-risk-9-b = Tres personas dejan comentarios en tu video de dibujo. ¿Qué comentario podría ser un riesgo para ti?
check-risk-9-b-park = ¡Qué bonito! ¿En qué parque juegas después de la escuela?
check-risk-9-b-colours = ¡Me encantan los colores que usaste en este!
check-risk-9-b-cat = ¿Puedes dibujar un gato en tu próximo video, por favor?

check-risk-13-a = Un video popular reta a la gente a hacer una acrobacia junto a una calle con mucho tráfico y grabarla. Tus amigos quieren probarlo después de clase. ¿Cuál es el riesgo real?
check-risk-13-a-popular = Ningún riesgo real. Mucha gente ya lo ha hecho.
check-risk-13-a-parents = El único riesgo es meterte en problemas en casa.
check-risk-13-a-hurt = Alguien podría hacerse mucho daño, solo por las vistas.

check-risk-13-b = Un streamer reta a quienes lo ven a pasar dos días sin dormir y publicar una prueba. Algunos compañeros de clase dicen que lo intentarán. ¿Cuál es el riesgo real?
check-risk-13-b-famous = Ningún riesgo real si un streamer famoso lo aprueba.
check-risk-13-b-health = Podría dañar su salud, aunque parezca divertido.
check-risk-13-b-tired = El único riesgo es estar un poco cansados en clase.

check-risk-16-a = Una app gratis de test de personalidad pide leer tus mensajes y contactos “para que tus resultados sean más precisos”. ¿Cuál es el riesgo principal?
check-risk-16-a-data = Tus datos y los de tus amigos podrían compartirse.
check-risk-16-a-accuracy = El test podría darte resultados que no son ciertos.
check-risk-16-a-checked = Ningún riesgo. Todas las apps de la tienda están revisadas.

check-risk-16-b = Una herramienta promete mostrarte quién vio tu perfil. Te pide iniciar sesión con tu cuenta de redes sociales y darle acceso total. ¿Cuál es el riesgo principal?
check-risk-16-b-wrong-list = Podría mostrarte una lista equivocada de personas.
check-risk-16-b-no-password = Ningún riesgo, porque nunca escribes tu contraseña en ella.
check-risk-16-b-account = Podría apoderarse de tu cuenta y llegar a tus amigos.

check-info-9-a = Un jugador de tu juego dice: “Dime tu contraseña y te ayudo a pasar al siguiente nivel”. ¿Qué deberías hacer?
check-info-9-a-change-later = Dísela, y luego cámbiala cuando haya terminado.
check-info-9-a-top-player = Dísela si es un gran jugador con muchos amigos.
check-info-9-a-say-no = Di que no. Tu contraseña es solo para ti y tus padres.

check-info-9-b = Un jugador de tu juego dice: “Dime la dirección de tu casa y te mando un regalo de cumpleaños”. ¿Qué deberías hacer?
check-info-9-b-school = Dale mejor la dirección de tu escuela.
check-info-9-b-say-no = Di que no. La dirección de tu casa es privada.
check-info-9-b-present = Dísela. Solo quiere mandarte un regalo.

check-info-13-a = Quieres publicar en tu perfil público una foto de tu primer día en una escuela nueva. Se ven bien el nombre y el escudo de la escuela. ¿Qué deberías hacer?
check-info-13-a-hide = Tapa el nombre y el escudo de la escuela antes de publicar.
check-info-13-a-tag = Etiqueta la ubicación para que tus compañeros te encuentren.
check-info-13-a-story = Publícala como historia, porque desaparece en un día.

check-info-13-b = Quieres publicar un video de tu nueva habitación. Por la ventana se ven bien el nombre de tu calle y el número de tu casa. ¿Qué deberías hacer?
check-info-13-b-no-notice = Publícalo. Casi nadie se fija en los pequeños detalles.
check-info-13-b-no-caption = Publícalo sin descripción, así nadie sabe dónde es.
check-info-13-b-blur = Primero difumina o recorta la calle y el número.

check-info-16-a = Una app nueva comparte por defecto tu ubicación en tiempo real con tus 600 amigos. A muchos nunca los has visto en persona. ¿Cuál es la mejor opción?
check-info-16-a-leave-on = Déjala activada. Los amigos de amigos son gente segura.
check-info-16-a-turn-off = Desactívala, o compártela solo con personas de confianza.
check-info-16-a-post-less = Déjala activada, pero publica menos para que te miren menos.

check-info-16-b = Tu app para correr comparte públicamente cada ruta en un mapa. Casi todas tus rutas empiezan y terminan en la puerta de tu casa. ¿Cuál es la mejor opción?
check-info-16-b-private = Haz privadas tus rutas y oculta la parte cerca de casa.
check-info-16-b-no-name = Déjalas públicas, pero quita tu nombre.
check-info-16-b-runners = Déjalas públicas. Mucha gente que corre comparte sus rutas.

check-trust-9-a = Un mensaje dice: “¡Mañana no hay clases por una tormenta! ¡Envíalo a todo el mundo!”. ¿Qué deberías hacer?
check-trust-9-a-check = Compruébalo primero con un docente o con tus padres.
check-trust-9-a-forward = Envíalo a todos y luego cuéntales la noticia a tus padres.
check-trust-9-a-believe = Créelo, porque mucha gente lo compartió.

check-trust-9-b = Alguien del chat de la clase escribe: “¡La profe se va de la escuela para siempre! Me lo dijo mi primo”. ¿Qué deberías hacer?
check-trust-9-b-tell-friends = Cuéntaselo ya a tus amigos, y pregunta a tus padres después.
check-trust-9-b-believe = Créelo, porque un primo lo sabría.
check-trust-9-b-ask = Espera, y pregunta a la profe o a tus padres si es verdad.

check-trust-13-a = Una influencer que sigues dice que una bebida energética nueva la ayudó a sacar las mejores notas. En letra pequeña, la publicación dice “publicidad”. ¿Cuál es la mejor forma de verlo?
check-trust-13-a-followers = Tiene que ser verdad. Tiene millones de seguidores.
check-trust-13-a-advert = Le pagan por decirlo. Consulta otras fuentes primero.
check-trust-13-a-comments = Es verdad. Muchos comentarios dicen que les funcionó.

check-trust-13-b = Un video con muchos me gusta dice que una crema quita todos los granos en una noche. La cuenta que lo publicó vende esa crema. ¿Cuál es la mejor forma de verlo?
check-trust-13-b-sells = Ganan dinero con ella. Mira un sitio de salud confiable.
check-trust-13-b-likes = Con tantos me gusta, tiene que funcionar de verdad.
check-trust-13-b-try-it = Cómprala y pruébala una semana a ver si de verdad funciona.

check-trust-16-a = Días antes de unas elecciones aparece un video impactante de un candidato. Solo está en una cuenta, creada la semana pasada. ¿Qué deberías hacer antes de compartirlo?
check-trust-16-a-right-to-know = Compártelo. La gente tiene derecho a saberlo.
check-trust-16-a-not-sure = Compártelo, pero aclara que no sabes si es real.
check-trust-16-a-check = Revisa noticias confiables. Podría ser un video falso.

check-trust-16-b = Una captura de una noticia dice que se prohibirá a los jóvenes estar en el centro de la ciudad de noche. No tiene enlace ni fecha. ¿Qué deberías hacer antes de compartirla?
check-trust-16-b-complain = Compártela, para que más gente proteste antes de que pase.
check-trust-16-b-search = Búscala en noticias confiables o en el sitio de la ciudad.
check-trust-16-b-friends = Compártela. Tus amigos no compartirían noticias falsas.

check-strangers-9-a = Un jugador que solo conoces en internet dice: “Eres mi mejor amigo. Nuestros chats son un secreto, no se lo cuentes a tus padres”. ¿Qué deberías hacer?
check-strangers-9-a-keep-secret = Guarda el secreto. Es amable y divertido.
check-strangers-9-a-tell = Deja de chatear y cuéntaselo a un adulto de confianza.
check-strangers-9-a-ask-why = Pregúntale por qué, y cuéntaselo a tus padres si es raro.

check-strangers-9-b = Un jugador que solo conoces en internet te manda monedas gratis del juego y luego te pide una foto tuya. ¿Qué deberías hacer?
check-strangers-9-b-block = No mandes fotos. Bloquéalo y avisa a un adulto de confianza.
check-strangers-9-b-thank-you = Manda una foto para darle las gracias por las monedas.
check-strangers-9-b-pet = Manda una de tu mascota, y luego cuéntaselo a tus padres.

check-strangers-13-a = Estás en un servidor de juegos con muchos jugadores que no conoces. ¿Qué mensaje es una señal de alerta?
check-strangers-13-a-team = ¿Quién se une a nuestro equipo en la partida de esta noche?
check-strangers-13-a-update = La nueva actualización es mala. Los mapas son muy pequeños.
check-strangers-13-a-private = ¡Qué madurez para tu edad! Hablemos en una app privada.

check-strangers-13-b = Recibes mensajes en una app social de personas que no conoces. ¿Qué mensaje es una señal de alerta?
check-strangers-13-b-drawing = ¡Me encantó tu dibujo! ¿Qué lápices y qué papel usas?
check-strangers-13-b-gift-card = Te mando una tarjeta regalo. Pero no se lo digas a nadie.
check-strangers-13-b-wrong = Perdón, me equivoqué de persona. Era para mi primo.

check-strangers-16-a = Alguien que conociste en una app social dice que tiene 19 años. En dos días te dice que te ama, propone pasar a una app privada y te pide fotos íntimas. ¿Qué deberías hacer?
check-strangers-16-a-stop = No mandes nada. Bloquea, reporta y díselo a alguien de confianza.
check-strangers-16-a-move = Pasa a la app privada, pero no mandes fotos todavía.
check-strangers-16-a-prove = Pídele primero una foto suya, para comprobar que es real.

check-strangers-16-b = Alguien que conociste en un juego en línea dice que tiene 20 años. Te paga objetos del juego, luego te pide que se vean en persona y dice: “No se lo digas a nadie”. ¿Qué deberías hacer?
check-strangers-16-b-public = Reúnete en un lugar público con gente, para estar a salvo.
check-strangers-16-b-pay-back = Devuélvele primero el dinero, para no deberle nada.
check-strangers-16-b-stop = No vayas. Bloquea, reporta y avisa a un adulto de confianza.

check-kind-9-a = En el chat de la clase, algunos mandan caritas de risa por el dibujo de un compañero. Él ya no escribe nada. ¿Qué es lo mejor que puedes hacer?
check-kind-9-a-join = Manda tú también una carita de risa, para encajar.
check-kind-9-a-nothing = No digas nada. No es tu dibujo, así que no es tu problema.
check-kind-9-a-kind = Escríbele algo amable a tu compañero y avisa a un adulto.

check-kind-9-b = En un juego en línea, tu equipo no deja de expulsar a un jugador porque es nuevo y lento. ¿Qué es lo mejor que puedes hacer?
check-kind-9-b-kick = Expúlsalo tú también, para que tu equipo gane.
check-kind-9-b-invite = Invítalo a volver. Al principio todo el mundo es nuevo.
check-kind-9-b-leave = Sal del juego, para no tener que verlo.

check-kind-13-a = Alguien publica una foto vergonzosa de un compañero en un chat de grupo grande de la escuela, y la gente empieza a añadir comentarios crueles. ¿Qué es lo mejor que puedes hacer?
check-kind-13-a-support = No te sumes. Pregúntale cómo está y reporta la publicación.
check-kind-13-a-joke = Añade una bromita, para que parezca menos grave.
check-kind-13-a-screenshot = Haz una captura y enséñales a tus amigos lo mal que está.

check-kind-13-b = Unos amigos crean un chat de grupo nuevo sin una amiga, solo para burlarse de ella. Te añaden a ti. ¿Qué es lo mejor que puedes hacer?
check-kind-13-b-stay-quiet = No digas nada, para no ser el siguiente blanco.
check-kind-13-b-send-all = Mándale a tu amiga capturas de todas las bromas.
check-kind-13-b-speak-up = Di que no está bien, sal y pregúntale a tu amiga cómo está.

check-kind-16-a = Una publicación desafortunada de un estudiante se vuelve viral, y miles de desconocidos publican insultos. Gente de tu escuela se está sumando. ¿Qué es lo mejor que puedes hacer?
check-kind-16-a-joke = Publica un chiste ingenioso sobre eso, como todos los demás.
check-kind-16-a-support = No te sumes. Reporta las peores publicaciones y apóyalo.
check-kind-16-a-fight-back = Defiéndelo insultando a quienes lo están atacando.

check-kind-16-b = En un chat de grupo, un amigo comparte un chiste de odio sobre la religión de un compañero. Otros reaccionan con caritas de risa. ¿Qué es lo mejor que puedes hacer?
check-kind-16-b-speak-up = Di con calma que no está bien, y repórtalo si sigue.
check-kind-16-b-laugh = Reacciona con una risa, para que haya buen ambiente.
check-kind-16-b-forward = Reenvíaselo a tu compañero, para que sepa lo que se dice.

check-posting-9-a = Tomas una foto graciosa de tu amigo dormido con la boca abierta. Quieres compartirla en el chat de la clase. ¿Qué deberías hacer primero?
check-posting-9-a-ask = Pregúntale a tu amigo si puedes compartirla.
check-posting-9-a-joke = Compártela. Es solo una broma.
check-posting-9-a-delete-later = Compártela, y bórrala si se molesta.

check-posting-9-b = Grabas a tu primo bailando en una fiesta familiar. Quieres publicarlo en una app de videos. ¿Qué deberías hacer primero?
check-posting-9-b-family = Publícalo. Los videos familiares siempre están bien.
check-posting-9-b-no-name = Publícalo sin su nombre, y luego enséñaselo a un adulto.
check-posting-9-b-ask = Pregunta a tu primo y a un adulto si está bien.

check-posting-13-a = Sientes rabia contra un profe y quieres publicar un video grosero sobre él. Tus amigos dicen que será gracioso. ¿Qué es verdad?
check-posting-13-a-delete = Está bien, siempre que lo borres al cabo de un día.
check-posting-13-a-stays = Pueden guardarlo y compartirlo, aunque tú lo borres.
check-posting-13-a-private = Está bien, porque solo tus seguidores pueden verlo.

check-posting-13-b = Después de perder una partida, quieres publicar un mensaje lleno de rabia insultando al otro equipo. Piensas borrarlo más tarde. ¿Qué es verdad?
check-posting-13-b-screenshot = Otros podrían guardarlo, y seguiría en internet por años.
check-posting-13-b-gone = Lo borrado desaparece para siempre, así que no pasa nada.
check-posting-13-b-nobody = Nadie lee los mensajes de rabia de gente de tu edad.

check-posting-16-a = En una fiesta, tomas una foto de grupo. Una amiga ha pedido no salir en fotos en internet. Quieres publicarla en abierto y etiquetar a todos. ¿Qué deberías hacer?
check-posting-16-a-no-tag = Publícala sin etiquetar a esa amiga. Nadie lo notará.
check-posting-16-a-untag = Publícala. Si le molesta, puede quitarse la etiqueta.
check-posting-16-a-leave-out = Deja fuera a esa amiga y pide permiso antes de etiquetar.

check-posting-16-b = Encuentras una foto antigua de un amigo de cuando tenía 11 años, con un corte de pelo gracioso. Haría reír a mucha gente en tu historia. ¿Qué deberías hacer?
check-posting-16-b-story = Publícala. Total, las historias desaparecen en un día.
check-posting-16-b-ask = Pregúntale primero, y piensa en cómo podría hacerle sentir.
check-posting-16-b-delete-later = Publícala. Si le molesta, puede pedirte que la borres.

check-tricks-9-a = Una ventana emergente en tu juego dice: “¡Ganaste 1000 gemas gratis! ¡Haz clic ya, solo quedan 30 segundos!”. ¿Qué deberías hacer?
check-tricks-9-a-click = Haz clic rápido, antes de que se acabe el tiempo.
check-tricks-9-a-close = Ciérrala. Los premios de verdad no te presionan.
check-tricks-9-a-username = Haz clic, pero escribe solo tu nombre de usuario.

check-tricks-9-b = Un mensaje en un juego dice: “¡Hoy te tocó ganar una tableta gratis! Escribe tu dirección para recibirla”. ¿Qué deberías hacer?
check-tricks-9-b-ignore = No escribas nada. Es una trampa. Cuéntaselo a un adulto.
check-tricks-9-b-quick = Escríbela rápido, y luego da la buena noticia a tus padres.
check-tricks-9-b-street = Escribe tu calle, pero no el número de tu casa.

check-tricks-13-a = Un juego vende cajas misteriosas con una probabilidad mínima de conseguir un aspecto raro. Tu amigo gastó todo el dinero de su cumpleaños y no consiguió nada bueno. ¿Qué es verdad?
check-tricks-13-a-every-day = Abre una caja cada día y acabará saliendo algo raro.
check-tricks-13-a-unlucky = Solo tuvo mala suerte. La próxima caja será mejor seguro.
check-tricks-13-a-gambling = Es como apostar. La mayoría paga y recibe poco.

check-tricks-13-b = El “giro de la suerte” de un juego cuesta dinero real. Un streamer gana un premio raro en su primer giro. ¿Qué es verdad?
check-tricks-13-b-must-win = Después de perder varias veces, pronto tiene que tocarte.
check-tricks-13-b-paid = Casi todos los giros dan poco. Quizá le pagan por jugar.
check-tricks-13-b-first-time = Si él ganó en su primer giro, tú seguramente también.

check-tricks-16-a = Estás esperando un paquete. Un mensaje de texto dice: “Tu paquete está retenido. Paga una pequeña tarifa en este enlace en 24 horas”. ¿Qué deberías hacer?
check-tricks-16-a-check = No hagas clic. Mira tu pedido en la propia app de la tienda.
check-tricks-16-a-pay = Págala. Es poco dinero, y quieres tu paquete.
check-tricks-16-a-look = Haz clic para ver si es real, pero no pagues todavía.

check-tricks-16-b = Un correo que parece de tu banco dice que tu cuenta está bloqueada. Te pide iniciar sesión hoy a través de su enlace. ¿Qué deberías hacer?
check-tricks-16-b-log-in = Inicia sesión rápido, para no perder tu dinero.
check-tricks-16-b-reply = Responde y pregúntales si el correo es real.
check-tricks-16-b-bank-app = No uses el enlace. Abre directamente la app de tu banco.

check-balance-9-a = Es hora de dormir, pero la app de videos sigue poniendo sola el siguiente video. ¿Qué es lo mejor que puedes hacer?
check-balance-9-a-one-more = Mira un video más y luego para.
check-balance-9-a-quiet = Baja el volumen y sigue viendo en la cama.
check-balance-9-a-stop = Para el video y guarda la tableta.

check-balance-9-b = Es hora de cenar, pero tu juego dice: “¡Sigue jugando para ganar un cofre extra!”. ¿Qué es lo mejor que puedes hacer?
check-balance-9-b-bonus = Juega hasta conseguir el cofre extra y luego ve.
check-balance-9-b-stop = Para ya y ve a cenar. El juego puede esperar.
check-balance-9-b-table = Juega en la mesa mientras comes.

check-balance-13-a = Mirando una app de fotos, ves las vacaciones perfectas de tus amigos. Empiezas a sentirte mal con tu propia vida. ¿Qué es una buena opción?
check-balance-13-a-break = Haz una pausa. En las fotos suele salir solo lo mejor.
check-balance-13-a-scroll = Sigue mirando hasta que te sientas mejor.
check-balance-13-a-post = Publica algo que haga que tu vida parezca igual de buena.

check-balance-13-b = Una influencer de tu edad publica todos los días fotos que parecen perfectas. Empiezas a sentirte mal con cómo te ves. ¿Qué es una buena opción?
check-balance-13-b-filters = Usa filtros fuertes para parecerte más a ella.
check-balance-13-b-tips = Sigue mirando sus fotos para aprender a parecerte a ella.
check-balance-13-b-mute = Silénciala o deja de seguirla. Habla con alguien de confianza.

check-balance-16-a = Es la una de la madrugada antes de un examen. Tu teléfono no para de vibrar con mensajes del chat de grupo y un aviso de tu racha. ¿Cuál es la mejor opción?
check-balance-16-a-reply = Responde rápido a todos y luego vete a dormir.
check-balance-16-a-sleep = Pon el modo silencio y duerme. Los mensajes pueden esperar.
check-balance-16-a-streak = Mantén la racha, y descansa después del examen.

check-balance-16-b = Mañana tienes un turno temprano en el trabajo. A medianoche, una app de videos empieza a poner sola el siguiente episodio de una serie. ¿Cuál es la mejor opción?
check-balance-16-b-sleep = Quita la reproducción automática y duerme. Sigue otro día.
check-balance-16-b-one-more = Mira un episodio más y luego decide.
check-balance-16-b-dark = Sigue viendo, con el brillo de la pantalla bajado.

check-help-9-a = Un jugador de un juego no deja de mandarte mensajes crueles, aunque le pediste que parara. ¿Qué deberías hacer?
check-help-9-a-block = Bloquéalo, repórtalo y avisa a un adulto de confianza.
check-help-9-a-mean-back = Mándale tú también mensajes crueles.
check-help-9-a-secret = No digas nada, para que ningún adulto te quite la tableta.

check-help-9-b = Ves un video que te da mucho miedo. No dejas de pensar en él, incluso por la noche. ¿Qué deberías hacer?
check-help-9-b-again = Míralo otra vez, para que dé menos miedo.
check-help-9-b-wait = Espera una semana, y cuéntaselo a un adulto si sigues mal.
check-help-9-b-tell = Cuéntaselo a un adulto de confianza y reporta el video.

check-help-13-a = Alguien que no conoces sigue escribiéndote en una app social aunque lo ignoraste. Ahora comenta en todas tus publicaciones. ¿Qué deberías hacer?
check-help-13-a-reply = Respóndele una sola vez para decirle que deje de escribirte.
check-help-13-a-block = Bloquea, reporta, guarda pruebas y avisa a un adulto de confianza.
check-help-13-a-private = Pon tu cuenta en privado y, por ahora, no se lo cuentes a nadie.

check-help-13-b = Una cuenta falsa con tu nombre y tus fotos está publicando cosas crueles sobre tus compañeros de clase. ¿Qué deberías hacer?
check-help-13-b-report = Repórtala, guarda pruebas y avisa a un adulto de confianza.
check-help-13-b-post = Publica que no eres tú, y espera que la gente te crea.
check-help-13-b-message = Escríbele a la cuenta falsa y pídele que pare.

check-help-16-a = Alguien en internet amenaza con compartir una foto íntima tuya si no le pagas. ¿Qué deberías hacer?
check-help-16-a-pay = Paga una sola vez, así la borrará y te dejará en paz.
check-help-16-a-delete = Borra tu cuenta y espera a que todo esto se olvide.
check-help-16-a-report = No pagues. Guarda pruebas, reporta y avisa a un adulto de confianza.

check-help-16-b = Una persona con la que salías sigue creando cuentas nuevas para escribirte cada vez que la bloqueas. También hace comentarios sobre lugares donde has estado. ¿Qué deberías hacer?
check-help-16-b-reply = Contéstale una vez más y pídele claramente que pare ya.
check-help-16-b-report = Guarda pruebas, reporta y avisa a un adulto de confianza.
check-help-16-b-alone = Deja de publicar, y resuélvelo sin ayuda de nadie.
