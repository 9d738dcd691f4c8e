# El calentamiento y el repaso (scenarios/checks.ron). Una pregunta por objetivo,
# franja de edad y serie; las series A y B son paralelas: misma habilidad, otra situación.

check-rights-9-a = Un jugador de un juego no deja de insultarte. Tu amigo dice: “Los juegos son así”. ¿Qué es verdad?
check-rights-9-a-respect = Los insultos no están bien, ni en un juego ni en ningún otro sitio.
check-rights-9-a-accept = Es parte de los juegos en línea. A todo el mundo lo insultan.
check-rights-9-a-your-fault = Solo hay que contarlo si te dicen palabrotas muy feas.

check-rights-9-b = Alguien del chat de la clase no deja de mandarte mensajes crueles. Crees que contárselo a un docente solo empeorará las cosas. ¿Qué es verdad?
check-rights-9-b-wait = Es mejor decírselo a un adulto solo si dura varias semanas.
check-rights-9-b-deserve = Si haces como que no lo ves, se aburrirán y pararán.
check-rights-9-b-help = Nadie merece un trato así, y esto se puede parar.

check-rights-13-a = El hermano mayor de una amiga publica una foto tuya en su cuenta pública. Le pides que la quite. Él dice: “Mi cuenta, mis reglas”. ¿Qué es verdad?
check-rights-13-a-his-rules = Es su cuenta, así que solo él decide qué se queda publicado.
check-rights-13-a-privacy = Tendría que haberte preguntado. Puedes pedir a la app que la quite.
check-rights-13-a-too-late = Solo tu padre o tu madre pueden pedir a una app que la quite.

check-rights-13-b = Alguien de tu clase te graba cuando te caes en educación física y lo publica en una app de videos. Le pides que lo borre. Te dice: “Mi teléfono, mi video”. ¿Qué es verdad?
check-rights-13-b-privacy = También es tu imagen, así que puedes reportarlo a la app.
check-rights-13-b-their-video = Quien lo grabó es su dueño. Solo puedes pedirlo por favor.
check-rights-13-b-too-late = Ya tiene muchas vistas, así que reportarlo no sirve de nada.

check-rights-16-a = Alguien hizo una imagen falsa y editada de ti, y está circulando por tu escuela. Un amigo dice: “En realidad no eres tú, así que no cuenta”. ¿Qué es verdad?
check-rights-16-a-not-real = Las apps no quitan montajes, así que reportarla no sirve.
check-rights-16-a-find-first = Primero hay que averiguar quién la hizo, y luego actuar.
check-rights-16-a-report = Aun así puede hacerte daño. Repórtala y busca apoyo.

check-rights-16-b = Una captura de tus mensajes privados se está compartiendo en un chat de grupo grande. Alguien dice: “Tú los enviaste, así que renunciaste a tu privacidad”. ¿Qué es verdad?
check-rights-16-b-gave-up = Al enviarlos, ya no son privados. Cualquiera puede compartirlos.
check-rights-16-b-report = Compartirlos sin tu permiso está mal, y se puede frenar a tiempo.
check-rights-16-b-stay-quiet = Mejor quedarte en silencio. En una semana nadie se acordará.

check-risk-9-a = Tres jugadores te mandan mensajes en el chat de un juego. ¿Qué mensaje podría ser un riesgo para ti?
check-risk-9-a-rematch = ¡Buena partida! ¿Me ayudas mañana con el nivel cuatro?
check-risk-9-a-school = ¿Cómo te llamas de verdad? ¿A qué escuela vas?
check-risk-9-a-dragon = ¿Cómo venciste al dragón grande del nivel tres?

check-risk-9-b = Tres personas dejan comentarios en tu video de dibujo. ¿Qué comentario podría ser un riesgo para ti?
check-risk-9-b-park = ¿En qué parque cerca de tu casa dibujas?
check-risk-9-b-colours = ¡Me encantan los colores! ¿Te enseñó un profe?
check-risk-9-b-cat = ¿Puedes dibujar un gato en tu próximo video, porfa?

check-risk-13-a = Un video popular reta a la gente a hacer una acrobacia junto a una calle con mucho tráfico y grabarla. Tus amigos quieren probarlo después de clase. ¿Cuál es el riesgo real?
check-risk-13-a-popular = Ningún riesgo real. Mucha gente ya lo ha hecho.
check-risk-13-a-parents = El mayor riesgo es meterse en un buen lío en casa.
check-risk-13-a-hurt = Alguien podría herirse gravemente, solo por unas vistas.

check-risk-13-b = Un streamer reta a quienes lo ven a pasar dos días sin dormir y publicar una prueba. Algunos compañeros de clase dicen que lo intentarán. ¿Cuál es el riesgo real?
check-risk-13-b-famous = Es seguro, porque un streamer famoso dice que no pasa nada.
check-risk-13-b-health = Pasar tanto tiempo sin dormir puede hacerte enfermar.
check-risk-13-b-tired = El único riesgo es un poco de cansancio en clase.

check-risk-16-a = Una app gratis de test de personalidad pide leer tus mensajes y contactos “para que tus resultados sean más precisos”. ¿Cuál es el riesgo principal?
check-risk-16-a-data = Podría copiar tus chats y los datos de tus amigos.
check-risk-16-a-accuracy = Los resultados podrían ser mucho menos precisos de lo que dice.
check-risk-16-a-checked = Ningún riesgo. Las apps de la tienda están todas comprobadas.

check-risk-16-b = Una herramienta promete mostrarte quién vio tu perfil. Te pide iniciar sesión con tu cuenta de redes sociales y darle acceso total. ¿Cuál es el riesgo principal?
check-risk-16-b-wrong-list = Puede mostrar a la gente equivocada, así que no es de confianza.
check-risk-16-b-no-password = Es seguro, porque nunca escribes tu contraseña en ella.
check-risk-16-b-account = Podría quedarse con tu cuenta y escribir a todos tus amigos.

check-info-9-a = Un jugador de tu juego dice: “Dime tu contraseña y te ayudo a pasar al siguiente nivel”. ¿Qué deberías hacer?
check-info-9-a-change-later = Dásela, y cámbiala en cuanto termine de jugar.
check-info-9-a-top-player = Dásela solo a un jugador top en el que confíes.
check-info-9-a-say-no = Di que no. Guárdatela, aunque parezca amable.

check-info-9-b = Un jugador de tu juego dice: “Dime la dirección de tu casa y te mando un regalo de cumpleaños”. ¿Qué deberías hacer?
check-info-9-b-school = Dale mejor la dirección de tu escuela. Es más seguro.
check-info-9-b-say-no = Di que no, y avisa a un adulto de que te la pidió.
check-info-9-b-present = Mándasela. Es solo para enviarte un regalo.

check-info-13-a = Quieres publicar en tu perfil público una foto de tu primer día en una escuela nueva. Se ven bien el nombre y el escudo de la escuela. ¿Qué deberías hacer?
check-info-13-a-hide = Recorta o tapa el nombre y el escudo de la escuela, y publícala.
check-info-13-a-tag = Añade la ubicación, así tus nuevos compañeros te encuentran.
check-info-13-a-story = Publícala. Pon primero tu cuenta en privado y listo.

check-info-13-b = Quieres publicar un video de tu nueva habitación. Por la ventana se ven bien el nombre de tu calle y el número de tu casa. ¿Qué deberías hacer?
check-info-13-b-no-notice = Publícalo. Casi nadie se fija en los detalles pequeños.
check-info-13-b-no-caption = Publícalo sin texto, y así nadie sabrá dónde está tu casa.
check-info-13-b-blur = Antes, difumina o recorta el nombre de la calle y el número.

check-info-16-a = Una app nueva comparte por defecto tu ubicación en tiempo real con tus 600 amigos. A muchos nunca los has visto en persona. ¿Cuál es la mejor opción?
check-info-16-a-leave-on = Déjala activada. Son todos amigos, así que es bastante seguro.
check-info-16-a-turn-off = Desactívala, o compártela solo con unas pocas personas.
check-info-16-a-post-less = Déjala activada, pero comprueba cada semana quién mira tu mapa.

check-info-16-b = Tu app para correr comparte públicamente cada ruta en un mapa. Casi todas tus rutas empiezan y terminan en la puerta de tu casa. ¿Cuál es la mejor opción?
check-info-16-b-private = Pon las rutas en privado y oculta el inicio y el final.
check-info-16-b-no-name = Déjalas públicas, pero quita tu nombre y tu foto del perfil.
check-info-16-b-runners = Déjalas públicas, y bloquea a quien parezca raro.

check-trust-9-a = Un mensaje dice: “¡Mañana no hay clases por una tormenta! ¡Envíalo a todo el mundo!”. ¿Qué deberías hacer?
check-trust-9-a-check = Mira primero la web de la escuela o pregunta en casa.
check-trust-9-a-forward = Envíalo rápido, para que tus amigos se enteren a tiempo.
check-trust-9-a-believe = Comprueba que viene de un amigo, y luego envíalo a todos.

check-trust-9-b = Alguien del chat de la clase escribe: “¡La profe se va de la escuela para siempre! Me lo dijo mi primo”. ¿Qué deberías hacer?
check-trust-9-b-tell-friends = Cuéntaselo a tus amigos, para que todos puedan despedirse.
check-trust-9-b-believe = Créelo. Un primo sabe de estas cosas.
check-trust-9-b-ask = Espera, y pregúntale a la profe si es verdad.

check-trust-13-a = Una influencer que sigues dice que una bebida energética nueva la ayudó a sacar las mejores notas. En letra pequeña, la publicación dice “publicidad”. ¿Cuál es la mejor forma de verlo?
check-trust-13-a-followers = Tiene que funcionar. Ella tiene millones de seguidores.
check-trust-13-a-advert = Le pagan por decirlo. Mejor busca qué dicen los expertos en salud.
check-trust-13-a-comments = Mira los comentarios. Si casi todos dicen que sí, es verdad.

check-trust-13-b = Un video con muchos me gusta dice que una crema quita todos los granos en una noche. La cuenta que lo publicó vende esa crema. ¿Cuál es la mejor forma de verlo?
check-trust-13-b-sells = La venden ellos. Mira una web de salud de confianza.
check-trust-13-b-likes = Con tantos me gusta, seguro que funciona de verdad.
check-trust-13-b-try-it = Comprueba los comentarios para leer a compradores reales.

check-trust-16-a = Días antes de unas elecciones aparece un video impactante de un candidato. Solo está en una cuenta, creada la semana pasada. ¿Qué deberías hacer antes de compartirlo?
check-trust-16-a-right-to-know = Compártelo. La gente tiene derecho a saberlo antes de votar.
check-trust-16-a-not-sure = Compártelo con una nota pidiendo que lo comprueben.
check-trust-16-a-check = Espera. Mira si los medios serios también lo muestran.

check-trust-16-b = Una captura de una noticia dice que se prohibirá a los jóvenes estar en el centro de la ciudad de noche. No tiene enlace ni fecha. ¿Qué deberías hacer antes de compartirla?
check-trust-16-b-complain = Compártela, para que más gente pueda quejarse a tiempo.
check-trust-16-b-search = Búscala en webs de noticias o en la web del ayuntamiento.
check-trust-16-b-friends = Compártela. Te la mandó un amigo de confianza, así que es real.

check-strangers-9-a = Un jugador que solo conoces en internet dice: “Eres mi mejor amigo. Nuestros chats son un secreto, no se lo cuentes a tus padres”. ¿Qué deberías hacer?
check-strangers-9-a-keep-secret = Guarda el secreto. Es una persona amable y solo es una charla.
check-strangers-9-a-tell = Deja de chatear, y cuéntaselo a un adulto de confianza.
check-strangers-9-a-ask-why = Dile que se lo vas a contar a tu familia, para que pare.

check-strangers-9-b = Un jugador que solo conoces en internet te manda monedas gratis del juego y luego te pide una foto tuya. ¿Qué deberías hacer?
check-strangers-9-b-block = No mandes nada. Guarda el chat y enséñaselo a un adulto.
check-strangers-9-b-thank-you = Manda una foto para darle las gracias por las monedas gratis.
check-strangers-9-b-pet = Bloquea a esa persona ya mismo y borra todo el chat.

check-strangers-13-a = Estás en un servidor de juegos con muchos jugadores que no conoces. ¿Qué mensaje es una señal de alerta?
check-strangers-13-a-team = ¿Alguien quiere unirse a nuestro equipo para la partida de hoy?
check-strangers-13-a-update = ¿Alguien me ayuda? No paro de perder en el mapa de hielo.
check-strangers-13-a-private = ¡Qué madurez para tu edad! Hablemos en un sitio privado.

check-strangers-13-b = Recibes mensajes en una app social de personas que no conoces. ¿Qué mensaje es una señal de alerta?
check-strangers-13-b-drawing = ¡Me encantó tu dibujo! ¿Qué lápices usas para dibujar?
check-strangers-13-b-gift-card = Te mando una tarjeta regalo, pero que quede entre nosotros.
check-strangers-13-b-wrong = Perdón, me equivoqué de persona. Era para mi primo.

check-strangers-16-a = Alguien que conociste en una app social dice que tiene 19 años. En dos días te dice que te ama, propone pasar a una app privada y te pide fotos íntimas. ¿Qué deberías hacer?
check-strangers-16-a-stop = No mandes nada. Guarda los chats y luego reporta la cuenta.
check-strangers-16-a-move = Cambia de app, pero con seguridad: nada de fotos aún.
check-strangers-16-a-prove = Pide antes una videollamada, para comprobar que es real.

check-strangers-16-b = Alguien que conociste en un juego en línea dice que tiene 20 años. Te paga objetos del juego, luego te pide que se vean en persona y dice: “No se lo digas a nadie”. ¿Qué deberías hacer?
check-strangers-16-b-public = Queda en un sitio público y con gente, por seguridad.
check-strangers-16-b-pay-back = Dile que lo vas a reportar si vuelve a insistir.
check-strangers-16-b-stop = No vayas. Guarda los mensajes y cuéntaselo a un adulto.

check-kind-9-a = En el chat de la clase, algunos mandan caritas de risa por el dibujo de un compañero. Él ya no escribe nada. ¿Qué es lo mejor que puedes hacer?
check-kind-9-a-join = Manda tú también una carita de risa, para no quedarte fuera.
check-kind-9-a-nothing = No digas nada. La profe lo verá y lo arreglará.
check-kind-9-a-kind = Mándale al compañero un mensaje amable sobre su dibujo.

check-kind-9-b = En un juego en línea, tu equipo no deja de expulsar a un jugador porque es nuevo y lento. ¿Qué es lo mejor que puedes hacer?
check-kind-9-b-kick = Expúlsalo tú también. El equipo tiene que ganar esta ronda.
check-kind-9-b-invite = Vuelve a invitarlo y enséñale los trucos que sabes.
check-kind-9-b-leave = Sal de la partida, así no formas parte de eso.

check-kind-13-a = Alguien publica una foto vergonzosa de un compañero en un chat de grupo grande de la escuela, y la gente empieza a añadir comentarios crueles. ¿Qué es lo mejor que puedes hacer?
check-kind-13-a-support = No te sumes. Escríbele para preguntarle cómo está.
check-kind-13-a-joke = Añade una bromita, para que parezca menos grave.
check-kind-13-a-screenshot = Silencia y bloquea el grupo, para no formar parte de eso.

check-kind-13-b = Unos amigos crean un chat de grupo nuevo sin una amiga, solo para burlarse de ella. Te añaden a ti. ¿Qué es lo mejor que puedes hacer?
check-kind-13-b-stay-quiet = Quédate sin decir nada, para no ser el próximo blanco.
check-kind-13-b-send-all = Cuéntaselo a tu amiga y mándale capturas de todo.
check-kind-13-b-speak-up = Di que no está bien, sal y mira cómo está tu amiga.

check-kind-16-a = Una publicación desafortunada de un estudiante se vuelve viral, y miles de desconocidos publican insultos. Gente de tu escuela se está sumando. ¿Qué es lo mejor que puedes hacer?
check-kind-16-a-joke = Mantente al margen. Bloquea el tema y ponte a salvo.
check-kind-16-a-support = No te sumes. Reporta los peores mensajes y luego escríbele.
check-kind-16-a-fight-back = Defiéndelo atacando a los peores troles que lo insultan.

check-kind-16-b = En un chat de grupo, un amigo comparte un chiste de odio sobre la religión de un compañero. Otros reaccionan con caritas de risa. ¿Qué es lo mejor que puedes hacer?
check-kind-16-b-speak-up = Di con calma que eso no está bien, y repórtalo si sigue.
check-kind-16-b-laugh = Reacciona con una risa, para que el chat siga bien.
check-kind-16-b-forward = Reenvíaselo al compañero, para que pueda reportarlo.

check-posting-9-a = Tomas una foto graciosa de tu amigo dormido con la boca abierta. Quieres compartirla en el chat de la clase. ¿Qué deberías hacer primero?
check-posting-9-a-ask = Pregúntale a tu amigo si puedes compartirla.
check-posting-9-a-joke = Compártela. Es solo una broma, y es tu amigo.
check-posting-9-a-delete-later = Compártela, y quítala si luego la profe te lo pide.

check-posting-9-b = Grabas a tu primo bailando en una fiesta familiar. Quieres publicarlo en una app de videos. ¿Qué deberías hacer primero?
check-posting-9-b-family = Publícalo. Los videos de familia siempre están bien.
check-posting-9-b-no-name = Publícalo en una cuenta privada, sin poner su nombre.
check-posting-9-b-ask = Pregúntales a tu primo y a los adultos si les parece bien.

check-posting-13-a = Sientes rabia contra un profe y quieres publicar un video grosero sobre él. Tus amigos dicen que será gracioso. ¿Qué es verdad?
check-posting-13-a-delete = No pasa nada, si lo borras al cabo de un día.
check-posting-13-a-stays = Otros pueden guardarlo y compartirlo, aunque lo borres.
check-posting-13-a-private = No pasa nada. Tu cuenta es privada, así que se queda ahí.

check-posting-13-b = Después de perder una partida, quieres publicar un mensaje lleno de rabia insultando al otro equipo. Piensas borrarlo más tarde. ¿Qué es verdad?
check-posting-13-b-screenshot = Con capturas, puede seguir circulando aunque lo borres.
check-posting-13-b-gone = Una vez borrado, desaparece para siempre, así que no pasa nada.
check-posting-13-b-nobody = Nadie lee los mensajes enfadados de gente de tu edad.

check-posting-16-a = En una fiesta, tomas una foto de grupo. Una amiga ha pedido no salir en fotos en internet. Quieres publicarla en abierto y etiquetar a todos. ¿Qué deberías hacer?
check-posting-16-a-no-tag = Publícala, pero no etiquetes a esa amiga. Nadie lo notará.
check-posting-16-a-untag = Publícala. Ella puede reportarla si de verdad le molesta.
check-posting-16-a-leave-out = Publica una foto sin esa amiga, y pregunta antes de etiquetar.

check-posting-16-b = Encuentras una foto antigua de un amigo de cuando tenía 11 años, con un corte de pelo gracioso. Haría reír a mucha gente en tu historia. ¿Qué deberías hacer?
check-posting-16-b-story = Publícala. Las historias desaparecen en un día.
check-posting-16-b-ask = Pregúntale primero y piensa cómo se sentiría.
check-posting-16-b-delete-later = Compártela solo con amigos cercanos. Ahí es privado.

check-tricks-9-a = Una ventana emergente en tu juego dice: “¡Ganaste 1000 gemas gratis! ¡Haz clic ya, solo quedan 30 segundos!”. ¿Qué deberías hacer?
check-tricks-9-a-click = Haz clic rápido, antes de que se acabe el tiempo.
check-tricks-9-a-close = Ciérrala. Los premios de verdad no te meten prisa.
check-tricks-9-a-username = Haz clic para comprobar si es real, pero no escribas nada.

check-tricks-9-b = Un mensaje en un juego dice: “¡Hoy te tocó ganar una tableta gratis! Escribe tu dirección para recibirla”. ¿Qué deberías hacer?
check-tricks-9-b-ignore = No escribas nada. Nadie gana un sorteo sin participar.
check-tricks-9-b-quick = Escríbela rápido, y luego dales la buena noticia a tus padres.
check-tricks-9-b-street = Escribe solo el nombre de tu calle, pero nunca el número.

check-tricks-13-a = Un juego vende cajas misteriosas con una probabilidad mínima de conseguir un aspecto raro. Tu amigo gastó todo el dinero de su cumpleaños y no consiguió nada bueno. ¿Qué es verdad?
check-tricks-13-a-every-day = Abre una caja cada día, y seguro que sale algo raro.
check-tricks-13-a-unlucky = Solo tuvo mala suerte. La próxima caja le saldrá mejor.
check-tricks-13-a-gambling = Funciona como una apuesta. Casi todos pagan y ganan poco.

check-tricks-13-b = El “giro de la suerte” de un juego cuesta dinero real. Un streamer gana un premio raro en su primer giro. ¿Qué es verdad?
check-tricks-13-b-must-win = Después de perder unas cuantas veces, tiene que tocar pronto.
check-tricks-13-b-paid = Puede que le paguen por jugar. Mira las probabilidades.
check-tricks-13-b-first-time = Probar una vez es seguro. Él ganó a la primera.

check-tricks-16-a = Estás esperando un paquete. Un mensaje de texto dice: “Tu paquete está retenido. Paga una pequeña tarifa en este enlace en 24 horas”. ¿Qué deberías hacer?
check-tricks-16-a-check = No hagas clic. Busca el pedido en la app de la propia tienda.
check-tricks-16-a-pay = Págala. Es poco dinero, y quieres tu paquete.
check-tricks-16-a-look = Haz clic para comprobar si es real, pero no pagues aún.

check-tricks-16-b = Un correo que parece de tu banco dice que tu cuenta está bloqueada. Te pide iniciar sesión hoy a través de su enlace. ¿Qué deberías hacer?
check-tricks-16-b-log-in = Inicia sesión rápido, para no perder tu dinero.
check-tricks-16-b-reply = Responde y pide que verifiquen si el correo es real.
check-tricks-16-b-bank-app = No uses el enlace. Abre por tu cuenta la app del banco.

check-balance-9-a = Es hora de dormir, pero la app de videos sigue poniendo sola el siguiente video. ¿Qué es lo mejor que puedes hacer?
check-balance-9-a-one-more = Mira solo un video más, y luego apágalo.
check-balance-9-a-quiet = Baja el volumen, para no despertar a tus padres.
check-balance-9-a-stop = Para el video y deja la tableta en otro cuarto.

check-balance-9-b = Es hora de cenar, pero tu juego dice: “¡Sigue jugando para ganar un cofre extra!”. ¿Qué es lo mejor que puedes hacer?
check-balance-9-b-bonus = Juega hasta conseguir el cofre y luego ve a cenar.
check-balance-9-b-stop = Para ya y ve a cenar. El juego puede esperar un rato.
check-balance-9-b-table = Juega en la mesa mientras comes, así no lo pierdes.

check-balance-13-a = Mirando una app de fotos, ves las vacaciones perfectas de tus amigos. Empiezas a sentirte mal con tu propia vida. ¿Qué es una buena opción?
check-balance-13-a-break = Deja el móvil. Las fotos solo enseñan lo mejor.
check-balance-13-a-scroll = Sigue mirando hasta encontrar algo que te ayude.
check-balance-13-a-post = Publica algo que haga ver tu vida igual de bonita.

check-balance-13-b = Una influencer de tu edad publica todos los días fotos que parecen perfectas. Empiezas a sentirte mal con cómo te ves. ¿Qué es una buena opción?
check-balance-13-b-filters = Usa filtros fuertes, para parecerte más a ella.
check-balance-13-b-tips = Comprueba en sus fotos qué trucos usa, para parecerte a ella.
check-balance-13-b-mute = Silénciala o deja de seguirla. Habla con alguien de confianza.

check-balance-16-a = Es la una de la madrugada antes de un examen. Tu teléfono no para de vibrar con mensajes del chat de grupo y un aviso de tu racha. ¿Cuál es la mejor opción?
check-balance-16-a-reply = Contesta rápido a todos, y después vete a dormir.
check-balance-16-a-sleep = Pon el modo silencio y duerme. Ya contestarás.
check-balance-16-a-streak = Mantén la racha, y descansa después del examen.

check-balance-16-b = Mañana tienes un turno temprano en el trabajo. A medianoche, una app de videos empieza a poner sola el siguiente episodio de una serie. ¿Cuál es la mejor opción?
check-balance-16-b-sleep = Quita la reproducción automática y duerme.
check-balance-16-b-one-more = Mira un episodio más, y luego ves cómo te sientes.
check-balance-16-b-dark = Sigue viendo con la pantalla oscura, que es más seguro.

check-help-9-a = Un jugador de un juego no deja de mandarte mensajes crueles, aunque le pediste que parara. ¿Qué deberías hacer?
check-help-9-a-block = Haz una captura, bloquéalo y enséñasela a un adulto.
check-help-9-a-mean-back = Dile que lo vas a reportar si no para de escribir.
check-help-9-a-secret = Bloquea a ese jugador y borra el chat, así no queda nada.

check-help-9-b = Ves un video que te da mucho miedo. No dejas de pensar en él, incluso por la noche. ¿Qué deberías hacer?
check-help-9-b-again = Vuelve a verlo de día, para que dé menos miedo.
check-help-9-b-wait = Reporta el video, y luego intenta olvidarlo.
check-help-9-b-tell = Habla con un adulto de cómo te hizo sentir.

check-help-13-a = Alguien que no conoces sigue escribiéndote en una app social aunque lo ignoraste. Ahora comenta en todas tus publicaciones. ¿Qué deberías hacer?
check-help-13-a-reply = Contesta una vez para decirle que pare, y luego ignóralo.
check-help-13-a-block = Guarda los mensajes, luego bloquea y reporta la cuenta.
check-help-13-a-private = Pon tu cuenta en privado, y no avises a ningún adulto aún.

check-help-13-b = Una cuenta falsa con tu nombre y tus fotos está publicando cosas crueles sobre tus compañeros de clase. ¿Qué deberías hacer?
check-help-13-b-report = Haz capturas y reporta la cuenta falsa.
check-help-13-b-post = Publica que no eres tú, y espera que te crean.
check-help-13-b-message = Dile a la cuenta falsa que la reportarás si sigue.

check-help-16-a = Alguien en internet amenaza con compartir una foto íntima tuya si no le pagas. ¿Qué deberías hacer?
check-help-16-a-pay = Paga una vez, y reporta cuando haya borrado la foto.
check-help-16-a-delete = Bloquea a esa persona y borra tu cuenta por seguridad.
check-help-16-a-report = No pagues nada. Guarda los mensajes, reporta y pide ayuda.

check-help-16-b = Una persona con la que salías sigue creando cuentas nuevas para escribirte cada vez que la bloqueas. También hace comentarios sobre lugares donde has estado. ¿Qué deberías hacer?
check-help-16-b-reply = Dile que la reportarás si crea una cuenta más.
check-help-16-b-report = Guarda cada mensaje y cuéntaselo todo a un adulto.
check-help-16-b-alone = Bloquea cada cuenta nueva y guárdatelo para ti.
