# Contenido / sexual (visto sin querer; solo señales de alerta y ayuda): La imagen que salta (9-12 años)

content-the-pop-up-picture-title = La imagen que salta
content-the-pop-up-picture-summary = En pleno juego, salta una imagen que nunca quisiste ver. ¿Qué puedes hacer?
content-the-pop-up-picture-remember = Si salta algo que no querías ver, ciérralo y cuéntaselo a un adulto de confianza. No lo guardes ni lo reenvíes. Nunca es tu culpa, y nadie se va a enojar.

content-the-pop-up-picture-game-bubble-farm = Granja de Burbujas
content-the-pop-up-picture-game-star-kart = Star Kart
content-the-pop-up-picture-game-puzzle-planet = Planeta Puzle
content-the-pop-up-picture-adult-grandpa = Abuelo
content-the-pop-up-picture-adult-mum = Mamá
content-the-pop-up-picture-adult-aunt = Tía Nadia

content-the-pop-up-picture-npc-adult = { $adult }
content-the-pop-up-picture-npc-friend = { $friend }

content-the-pop-up-picture-intro = ¡Hola, soy Sango! Es sábado y juegas a { $game } en la tableta de la familia. { $friend } también juega, desde su casa. ¡Yo juego contigo!

content-the-pop-up-picture-spot = Entre nivel y nivel, la pantalla se llena de cosas. Toca las partes que podrían llevarte a algo que no es para niños. ¡Ojo: algunas partes son solo el juego!
content-the-pop-up-picture-card-title = { $game }: entre niveles
content-the-pop-up-picture-card-body = La pantalla del juego, con un aviso, tus amigos y un anuncio.
content-the-pop-up-picture-part-update = Aviso en el menú del juego: actualización 2.4, niveles nuevos
content-the-pop-up-picture-feedback-update = ¡No es una trampa! Este aviso está en el propio menú de { $game } y no pide nada. Las actualizaciones de verdad traen niveles y arreglan fallos.
content-the-pop-up-picture-part-friend = Amigos en línea: { $friend }
content-the-pop-up-picture-feedback-friend = No es una trampa. Es { $friend }, de verdad, jugando al mismo juego. Ver quién está en línea es parte de { $game }.
content-the-pop-up-picture-part-banner = Anuncio que parpadea: ¡¡NO te vas a creer esta imagen!!
content-the-pop-up-picture-feedback-banner = ¡Bien visto! Los anuncios que gritan «no te lo vas a creer» quieren darte tanta curiosidad que lo toques. Pueden llevar a imágenes que no son para niños.
content-the-pop-up-picture-part-link = Enlace del anuncio: free-pix-4u.xyz
content-the-pop-up-picture-feedback-link = ¡Sí! Esa no es la dirección de { $game }. Un anuncio puede mandarte a cualquier web, y no sabes qué hay en ella hasta que se abre.
content-the-pop-up-picture-part-timer = Cuenta atrás: ¡toca en 10 segundos o te lo pierdes!
content-the-pop-up-picture-feedback-timer = ¡Exacto! La cuenta atrás está para meterte prisa, para que toques antes de pensar. Nada bueno necesita que corras.
content-the-pop-up-picture-pic-game = { $game }
content-the-pop-up-picture-pic-notice = Actualización 2.4: ¡niveles nuevos!
content-the-pop-up-picture-pic-friend = { $friend } está en línea
content-the-pop-up-picture-pic-ad = Anuncio
content-the-pop-up-picture-pic-banner = ¡¡NO te vas a creer esta imagen!!
content-the-pop-up-picture-pic-link = free-pix-4u.xyz
content-the-pop-up-picture-pic-timer = 0:10

content-the-pop-up-picture-update = Abres el menú del juego. Un mensaje de { $game } dice: «La actualización 2.4 está lista: ¡niveles nuevos!». El anuncio sigue parpadeando abajo en la pantalla.
content-the-pop-up-picture-pic-update-title = La actualización 2.4 está lista
content-the-pop-up-picture-pic-update-new = Niveles nuevos y arreglos
content-the-pop-up-picture-pic-update = Actualizar
content-the-pop-up-picture-pic-later = Más tarde
content-the-pop-up-picture-choice-update = Toco Actualizar. Está en el propio menú del juego.
content-the-pop-up-picture-feedback-update-now = ¡Bien pensado! La actualización estaba en el menú de { $game } y no pedía nada. Las actualizaciones de verdad están bien, y muchas veces arreglan fallos.
content-the-pop-up-picture-choice-later = Toco Más tarde. Nunca toco nada que salte.
content-the-pop-up-picture-feedback-later = ¡Tener cuidado está bien! Pero esta era de verdad: estaba en el menú del juego y no pedía nada. Saltarse todas las actualizaciones es perderse arreglos, y perderse a { $friend }.
content-the-pop-up-picture-choice-tap-ad = Primero compruebo el anuncio. ¿Qué imagen será?
content-the-pop-up-picture-feedback-tap-ad = Una oportunidad para aprender: ¡la curiosidad es normal! Pero esos anuncios están hechos para que los toques, y pueden llevar a cualquier sitio. Lo que se toca es el menú del juego.

content-the-pop-up-picture-updated = La actualización tarda un minuto. ¡Niveles nuevos! Tú y { $friend } echan una carrera hasta el nivel 9.
content-the-pop-up-picture-not-updated = Tocas Más tarde. { $friend } ya está en los niveles nuevos, así que no pueden jugar juntos. Vuelves a los niveles viejos sin compañía.
content-the-pop-up-picture-popup = Entonces, en mitad de un nivel, salta una ventana encima del juego. No es de { $game }. Es una imagen nada apropiada para niños. No querías ver eso.
content-the-pop-up-picture-ad-site = Se abre una web llena de recuadros que parpadean. Antes de que puedas volver, una ventana tapa toda la pantalla. Es una imagen nada apropiada para niños.

content-the-pop-up-picture-what-now = Uf. Esa imagen no es para niños, y no es tu culpa: no la estabas buscando. ¿Qué haces ahora?
content-the-pop-up-picture-choice-close-tell = La cierro y voy a buscar a { $adult } ahora mismo.
content-the-pop-up-picture-feedback-close-tell = ¡Muy bien! Cerrarla detiene la imagen, y contárselo a { $adult } permite reportar el anuncio. No fue tu culpa, y contarlo nunca te mete en problemas.
content-the-pop-up-picture-choice-close-play = La cierro y sigo. Si vuelve a salir, se lo diré a { $adult }.
content-the-pop-up-picture-feedback-close-play = ¡Cerrarla estuvo bien! Pero ¿para qué esperar a que vuelva? Es mucho para cargarlo sin ayuda. Un adulto de confianza puede ayudar a pararlas ya, y a que te sientas mejor.
content-the-pop-up-picture-choice-screenshot = ¡Primero una captura! { $friend } no se lo va a creer nunca.
content-the-pop-up-picture-feedback-screenshot = Una oportunidad para aprender: una captura guarda la imagen en la tableta, y mandarla podría afectar a otros niños. Saltó sola, y todavía puedes arreglarlo.

content-the-pop-up-picture-adult-listens = Gracias por contármelo. No has hecho nada malo, y nadie está enojado. Esas ventanas intentan engañar a los niños. Vamos a reportar ese anuncio a { $game } y a configurar la tableta juntos.
content-the-pop-up-picture-kept-playing = La cierras y sigues. Dos niveles después, vuelve a salir. Pensabas contarlo, pero ahora te da mucha vergüenza. Esa tarde casi no hablas.
content-the-pop-up-picture-screenshot-saved = Clic. Ahora la imagen está en las fotos de la tableta. Llega un mensaje de { $friend }: «¿Por qué dejaste de jugar? ¿Todo bien?».

content-the-pop-up-picture-evening = Casi no has hablado desde la comida. ¿Todo bien?
content-the-pop-up-picture-choice-tell-evening = No mucho. Me salió una imagen inapropiada en el juego.
content-the-pop-up-picture-feedback-tell-evening = ¡Qué valentía! Las cosas que dan vergüenza pesan menos cuando se dicen. { $adult } puede reportar el anuncio y configurar mejor la tableta, y no has hecho nada malo.
content-the-pop-up-picture-choice-tell-friend = Estoy bien. El lunes se lo cuento todo a { $friend }.
content-the-pop-up-picture-feedback-tell-friend = ¡Hablarlo está bien! Pero { $friend } no puede reportar el anuncio ni cambiar los ajustes. Un adulto de confianza sí puede, y no se va a enojar.
content-the-pop-up-picture-choice-say-nothing = ¡Estoy bien! Si lo cuento, vas a creer que la fui a buscar.
content-the-pop-up-picture-feedback-say-nothing = Una oportunidad para aprender: a muchos niños les preocupa eso. Pero los mayores saben que esas ventanas existen, y no es tu culpa. Nunca es tarde para contarlo.

content-the-pop-up-picture-adult-listens-evening = Gracias por contármelo. No has hecho nada malo, y no te voy a regañar. Esa imagen saltó sola. Vamos a reportar ese anuncio a { $game } y a configurar la tableta juntos.
content-the-pop-up-picture-waits = Das las buenas noches. Al día siguiente { $friend } no está, y al final no dices nada.
content-the-pop-up-picture-nights = Esa noche, la imagen te vuelve a la cabeza una y otra vez, y te cuesta dormirte.

content-the-pop-up-picture-friend-asks = { $friend } quiere saber por qué paraste. La imagen sigue en las fotos de la tableta. ¿Y ahora qué?
content-the-pop-up-picture-choice-delete-tell = La borro y le pregunto a { $adult } cómo parar esos anuncios.
content-the-pop-up-picture-feedback-delete-tell = ¡Bien arreglado! Borrarla impide que llegue más lejos, y { $adult } puede reportar el anuncio. Que saltara no fue tu culpa, y contarlo siempre está bien.
content-the-pop-up-picture-choice-delete-quiet = La borro. { $adult } no tiene por qué saberlo.
content-the-pop-up-picture-feedback-delete-quiet = ¡Borrarla estuvo bien! Pero el anuncio sigue ahí, y es mucho para cargarlo sin ayuda. Un adulto de confianza no necesita ver la imagen para ayudar: puede reportar el anuncio, y no se va a enojar.
content-the-pop-up-picture-choice-send = Se la mando a { $friend }. ¡Es rarísima, tiene que verla!
content-the-pop-up-picture-feedback-send = Una oportunidad para aprender: imágenes así pueden afectar a otros niños, aunque sea en broma. Mandarlas nunca está bien. Nunca es tarde para arreglarlo.

content-the-pop-up-picture-adult-listens-late = Gracias por contármelo. No has hecho nada malo. Borrarla fue lo correcto. Vamos a reportar ese anuncio a { $game } y a configurar la tableta juntos.
content-the-pop-up-picture-deleted-quiet = Borras la imagen. Le dices a { $friend } que el juego se colgó, y no le cuentas nada a nadie.
content-the-pop-up-picture-sent = ¡Puaj! ¿Por qué me mandaste eso? Mi hermano pequeño casi lo ve por encima de mi hombro. Ya lo borré.

content-the-pop-up-picture-sent-choice = A { $friend } no le ha gustado nada. No es tarde para arreglarlo. ¿Qué haces?
content-the-pop-up-picture-choice-sorry-tell = Le pido perdón a { $friend } y se lo voy a contar a { $adult }.
content-the-pop-up-picture-feedback-sorry-tell = ¡Así se arregla! Pedir perdón le importa a { $friend }, y { $adult } puede ayudar a borrarla de todas partes y a reportar el anuncio. No has hecho nada malo.
content-the-pop-up-picture-choice-joke = Digo que era una broma. Contárselo a { $adult } lo empeora.
content-the-pop-up-picture-feedback-joke = Una oportunidad para aprender: contarlo no lo empeora, es así como se arregla. Un adulto de confianza no se va a enojar. Nunca es tarde.

content-the-pop-up-picture-adult-listens-sent = Gracias por contármelo, y por pedir perdón. No has hecho nada malo: esa imagen saltó sola. Vamos a borrarla, avisar a la familia de { $friend }, reportar el anuncio y configurar la tableta.
content-the-pop-up-picture-choice-delete-chat = Borro todo el chat, y así nadie se entera nunca de nada.
content-the-pop-up-picture-feedback-delete-chat = Una oportunidad para aprender: borrar el chat no borra lo que pasó, y te deja cargando con eso sin ayuda. Un adulto de confianza puede ayudarte a arreglarlo, sin enojarse.
content-the-pop-up-picture-deleted-chat = Borras todo el chat. { $friend } deja de contestarte, y te lo guardas todo.
content-the-pop-up-picture-joke = { $friend } deja de hablarte y ya no quiere jugar. Cada día te sientes peor, y todavía no se lo has contado a nadie.

content-the-pop-up-picture-setup = { $adult } abre los ajustes contigo. Quieres seguir jugando a { $game } con { $friend } y tener los niveles nuevos, sin ventanas como esa. Elige cada ajuste.
content-the-pop-up-picture-set-updates = Actualizaciones del juego
content-the-pop-up-picture-val-updates-auto = Automáticas
content-the-pop-up-picture-why-updates-auto = ¡Buena elección! Las actualizaciones vienen del propio juego. Traen niveles y arreglan fallos, algunos de seguridad.
content-the-pop-up-picture-val-updates-ask = Preguntarme cada vez
content-the-pop-up-picture-why-updates-ask = Funciona, pero te lo preguntará todo el rato. Las actualizaciones del menú del juego pueden instalarse solas.
content-the-pop-up-picture-val-updates-never = Nunca
content-the-pop-up-picture-why-updates-never = Demasiado cerrado aquí: sin actualizaciones te perderías niveles y arreglos, y no podrías jugar con { $friend }.
content-the-pop-up-picture-set-popups = Ventanas emergentes
content-the-pop-up-picture-val-popups-allow = Permitir
content-the-pop-up-picture-why-popups-allow = Por una ventana emergente entró esa imagen. Bloquéalas: el juego sigue funcionando.
content-the-pop-up-picture-val-popups-block = Bloquear
content-the-pop-up-picture-why-popups-block = ¡Sí! Bloquear las ventanas emergentes para la mayoría antes de que lleguen a la pantalla, y el juego sigue funcionando.
content-the-pop-up-picture-set-filter = Filtro infantil para imágenes y webs
content-the-pop-up-picture-val-filter-off = Apagado
content-the-pop-up-picture-why-filter-off = Un filtro infantil ayuda a dejar fuera imágenes y webs que no son para niños. Enciéndelo.
content-the-pop-up-picture-val-filter-on = Encendido
content-the-pop-up-picture-why-filter-on = ¡Bien! Un filtro infantil deja fuera muchas cosas que no son para niños. Ningún filtro es perfecto, así que cerrar y contarlo sigue importando.
content-the-pop-up-picture-set-chat = Quién puede hablarme en el juego
content-the-pop-up-picture-val-chat-anyone = Cualquiera
content-the-pop-up-picture-why-chat-anyone = Cualquiera incluye a desconocidos. Los amigos que agregaste bastan para jugar con { $friend }.
content-the-pop-up-picture-val-chat-friends = Amigos agregados
content-the-pop-up-picture-why-chat-friends = ¡Justo! Puedes seguir hablando con { $friend }, y los desconocidos no pueden mandarte cosas.
content-the-pop-up-picture-val-chat-nobody = Nadie
content-the-pop-up-picture-why-chat-nobody = Sin riesgo, pero demasiado cerrado aquí: quieres hablar con { $friend } mientras juegas. Los amigos agregados bastan.

content-the-pop-up-picture-reported = { $adult } reporta el anuncio, y { $game } responde: «¡Gracias! Hemos quitado este anuncio». Luego juegan juntos el nivel 10, y no salta nada más.
content-the-pop-up-picture-pic-reported = Anuncio reportado
content-the-pop-up-picture-pic-thanks = ¡Gracias! Hemos quitado este anuncio.

content-the-pop-up-picture-monday = El lunes, en el recreo, { $friend } tiene mala cara y te lleva a un lado.
content-the-pop-up-picture-friend-confides = A mí también me salió una imagen nada apropiada en { $game }. Me da una sensación rarísima. No se lo digas a nadie, ¿de acuerdo?
content-the-pop-up-picture-choice-me-too = ¡A mí también! Lo conté en casa, y nadie se enojó.
content-the-pop-up-picture-feedback-me-too = ¡Qué amable, y qué buena idea! Saber que les pasa a otros, y que nadie se enojó, hace mucho más fácil contarlo para { $friend }. Tampoco es su culpa.
content-the-pop-up-picture-choice-settings-only = Bloquea las ventanas emergentes, como me enseñó { $adult }.
content-the-pop-up-picture-feedback-settings-only = ¡Bloquear ventanas ayuda! Pero un ajuste no ayuda a { $friend } con esa sensación rara, y ningún ajuste para todo. Un adulto de confianza puede ayudar con las dos cosas.
content-the-pop-up-picture-choice-our-secret = De acuerdo. No le diré nada a nadie. Es nuestro secreto.
content-the-pop-up-picture-feedback-our-secret = Una oportunidad para aprender: guardar el secreto deja a { $friend } cargando con eso sin ayuda. Ese tipo de secreto se puede romper, porque un adulto puede ayudar. Nadie se enojaría.

content-the-pop-up-picture-friend-again = Esa tarde, { $friend } te escribe.
content-the-pop-up-picture-friend-still = No encuentro ese ajuste, y me ha vuelto a salir. No quiero que mi familia se entere.
content-the-pop-up-picture-choice-come-with = No se van a enojar. Yo te acompaño a contarlo.
content-the-pop-up-picture-feedback-come-with = ¡Eso es amistad de verdad! Ir juntos hace que contarlo sea mucho más fácil. { $friend } no hizo nada malo, y alguien mayor en casa puede ayudar.
content-the-pop-up-picture-choice-stop-playing = Pues deja { $game } un tiempo. Da mucha vergüenza.
content-the-pop-up-picture-feedback-stop-playing = Una oportunidad para aprender: dejar el juego no quita esa sensación rara, y { $friend } pierde un juego que le encanta. Contarlo da vergüenza un minuto, y luego ayuda.

content-the-pop-up-picture-choice-close-each = Ciérrala cada vez. Si empeora, díselo a un adulto.
content-the-pop-up-picture-feedback-close-each = Una oportunidad para aprender: cerrarla está bien, pero esperar a que empeore deja a { $friend } con esa sensación rara sin ayuda. Alguien mayor en casa puede ayudar ya, y no se va a enojar.
content-the-pop-up-picture-friend-tells = De acuerdo. Se lo contaré a mi familia esta noche. Gracias por decirme que no es mi culpa.
content-the-pop-up-picture-friend-secret = Guardas el secreto. { $friend } sigue jugando, y sigue viendo esas ventanas, sin contárselo a nadie.
content-the-pop-up-picture-friend-closes = { $friend } sigue cerrando esas ventanas sin decir nada, y cada semana habla menos.
content-the-pop-up-picture-friend-stops = { $friend } deja de jugar a { $game } y casi no habla. Nadie en su casa sabe por qué.

content-the-pop-up-picture-choice-tell-together = ¡A mí también! ¿Vamos a contárselo a { $adult } al salir de clase?
content-the-pop-up-picture-feedback-tell-together = ¡Valiente, y amable también! Contarlo juntos es más fácil, y { $adult } puede ayudar a ambos. Ninguno de los dos tiene la culpa.
content-the-pop-up-picture-choice-keep-secret = A mí también. No se lo voy a contar a { $adult }, se asustaría.
content-the-pop-up-picture-feedback-keep-secret = Una oportunidad para aprender: los mayores saben que esas ventanas existen, y prefieren ayudar antes que dejarte cargar con eso sin ayuda. Nunca es tarde para contarlo.

content-the-pop-up-picture-choice-close-fast = A mí también. Cerrémoslas rápido y olvidémoslo.
content-the-pop-up-picture-feedback-close-fast = Una oportunidad para aprender: cerrarlas está bien, pero olvidar no funciona si siguen saliendo. Un adulto de confianza puede pararlas, y no se va a enojar.
content-the-pop-up-picture-adult-both = Gracias a los dos por contármelo. No están en ningún problema, y no los voy a regañar. Vamos a reportar ese anuncio a { $game } y a configurar la tableta. También avisaré a la familia de { $friend }.
content-the-pop-up-picture-both-secret = Los dos se quedan callados. Las ventanas siguen saliendo, y cada vez vuelve esa sensación rara.
content-the-pop-up-picture-both-close = Las cierran rápido, cada vez. Pero siguen saliendo, y cada vez vuelve esa sensación rara.
content-the-pop-up-picture-reported-both = { $game } responde: «¡Gracias! Hemos quitado este anuncio». { $friend } te sonríe. Todo pesa mucho menos ahora que un adulto lo sabe.
content-the-pop-up-picture-reported-sent = { $game } responde: «¡Gracias! Hemos quitado este anuncio». Al día siguiente, { $friend } te invita al nivel 10, y vuelves a pedirle perdón.

content-the-pop-up-picture-end-safe = Cerraste esa ventana y se lo contaste a { $adult }, y ayudaste a { $friend } a pedir ayuda también. El anuncio está reportado y la tableta, configurada. Nadie se enojó, ¡y nada de esto fue tu culpa!
content-the-pop-up-picture-end-recovered = Saltó una imagen que nunca pediste, y las cosas se complicaron. Luego se lo contaste a { $adult }: el anuncio está reportado y la tableta, configurada. ¡Contarlo fue lo más valiente!
content-the-pop-up-picture-end-friend-alone = Tú estás bien, y tu tableta está configurada. Pero { $friend } sigue viendo esas ventanas sin ayuda, y nadie en su casa lo sabe. Un adulto de confianza también podría ayudarle.
content-the-pop-up-picture-end-harmful = Estás cargando con esto sin ayuda, y pesa. Nunca fue tu culpa. Nunca es tarde para contárselo a un adulto de confianza: no se va a enojar, y te va a ayudar.

# A last question at school: someone wants the way to the picture.
content-the-pop-up-picture-last-ask = Esa misma semana, alguien de otra clase te para en el recreo: «Dicen que te salió una imagen nada apropiada en { $game }. ¿Cuál era la página?».
content-the-pop-up-picture-choice-not-share = Eso no lo paso. No es para niños, y el anuncio ya no está.
content-the-pop-up-picture-feedback-not-share = ¡Muy bien! Dar la página sería como pasar la imagen. Al decir que no, evitas que otros niños la vean.
content-the-pop-up-picture-choice-give-site = Era free-pix-algo. Pero no le digas a nadie que fui yo.
content-the-pop-up-picture-feedback-give-site = Una oportunidad para aprender: dar la página es como mandar la imagen, y podría afectar a otros niños. Todavía puedes arreglarlo.
content-the-pop-up-picture-gave-site = Al día siguiente, esa persona se ve afectada, y tú te sientes mal. Por la noche se lo cuentas a { $adult }, que no se enoja y avisa a la escuela para que un maestro pueda ayudar.
