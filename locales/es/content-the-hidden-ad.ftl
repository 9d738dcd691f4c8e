# Contenido / valores: La publicidad oculta (13-15 años). Marketing de influencers, #ad escondido, reseñas «sinceras» falsas.

content-the-hidden-ad-title = La publicidad oculta
content-the-hidden-ad-summary = En su «reseña sincera», una estrella de las redes dice que una crema lo cambió todo. ¿Es una reseña o un anuncio?
content-the-hidden-ad-remember = Una «reseña sincera» con código de descuento, solo elogios y un #ad escondido al final es un anuncio. Fíjate bien, reporta los anuncios ocultos y confía en las reseñas que muestran lo bueno y lo malo.

content-the-hidden-ad-app = { $app }
content-the-hidden-ad-npc-influencer = { $influencer }
content-the-hidden-ad-npc-friend = { $friend }
content-the-hidden-ad-npc-classmate = { $classmate }
content-the-hidden-ad-npc-adult = { $adult }

# Variedad: en cada partida se elige una opción de cada variable de `vary`.
content-the-hidden-ad-app-glowgrid = GlowGrid
content-the-hidden-ad-app-picpeek = PicPeek
content-the-hidden-ad-app-vibeloop = VibeLoop
content-the-hidden-ad-name-glow-mira = glow.with.mira
content-the-hidden-ad-name-kai-skinlab = kai.skinlab
content-the-hidden-ad-name-daily-dew = dailydew.diary
content-the-hidden-ad-product-dewdrop = la crema DewDrop
content-the-hidden-ad-product-clearglow = el sérum ClearGlow
content-the-hidden-ad-product-velvet = el gel Velvet Skin
content-the-hidden-ad-game-puzzle-drift = Puzzle Drift
content-the-hidden-ad-game-moon-miners = Moon Miners
content-the-hidden-ad-game-tiny-kingdoms = Tiny Kingdoms
content-the-hidden-ad-adult-mum = Mamá
content-the-hidden-ad-adult-grandpa = Abuelo
content-the-hidden-ad-adult-uncle = Tío Ade

content-the-hidden-ad-intro = Después de clase, miras { $app }. Esta semana toda la clase habla de la piel, y hay una publicación que sale por todas partes.
content-the-hidden-ad-post = Mi reseña SINCERA: ¡{ $product } me cambió la piel en 7 días! Nada de patrocinio, simplemente me encanta. Código GLOW20: 20 % de descuento, ¡solo esta noche!
content-the-hidden-ad-pic-caption = Mi reseña SINCERA: ¡mi piel cambió en 7 días, cero defectos!
content-the-hidden-ad-pic-code = GLOW20: -20 %
content-the-hidden-ad-pic-timer = Solo esta noche
content-the-hidden-ad-pic-likes = 48,2 mil
content-the-hidden-ad-pic-tags = #skincare #glow #selfcare #rutinamañana #nofilter #ad

# Toca lo que muestra que es un anuncio.
content-the-hidden-ad-spot = ¿Reseña o anuncio? Toca las partes que lo delatan.
content-the-hidden-ad-card-title = { $influencer }
content-the-hidden-ad-card-body = Mi reseña SINCERA: ¡{ $product } me cambió la piel en 7 días!
content-the-hidden-ad-part-tick = La insignia azul junto al nombre de { $influencer }
content-the-hidden-ad-feedback-tick = No es una pista: la insignia muestra que la cuenta es de verdad de { $influencer }. No dice nada de si la reseña está pagada o es cierta.
content-the-hidden-ad-part-caption = «¡Mi piel cambió en 7 días, cero defectos!»
content-the-hidden-ad-feedback-caption = Sí. Solo elogios y un resultado demasiado rápido son señales de anuncio. Las reseñas de verdad también cuentan lo que no está tan bien.
content-the-hidden-ad-part-code = El código GLOW20, -20 %, solo esta noche
content-the-hidden-ad-feedback-code = Sí. Un código personal suele significar que esa persona gana dinero con cada venta, y «solo esta noche» te mete prisa antes de que puedas comprobar nada.
content-the-hidden-ad-part-likes = 48,2 mil me gusta
content-the-hidden-ad-feedback-likes = No es una pista por sí sola: los me gusta muestran que algo es popular, no si está pagado o es cierto.
content-the-hidden-ad-part-tags = #ad, escondido al final de una larga lista de hashtags
content-the-hidden-ad-feedback-tags = Muy bien. En muchos países, una publicación pagada tiene que decirlo claramente, al principio. Un #ad enterrado tras cinco hashtags espera que no lo veas.

# Cambiar de lado: escribir un anuncio oculto y luego darle la vuelta.
content-the-hidden-ad-craft-intro = ¿Quieres ver cómo se hacen publicaciones así? Por una ronda, tú escribes el anuncio oculto. Es solo práctica: cuando construyes tú los trucos, es mucho más fácil detectarlos.
content-the-hidden-ad-craft = Escribes publicaciones para Volt Rush, una bebida energética inventada, dirigida a jugadores jóvenes. Tu publicación tiene espacio para tres partes. Lee quién la verá y elige qué haría comprar a cada uno.
content-the-hidden-ad-craft-what = Una «reseña sincera» de la bebida energética inventada Volt Rush
content-the-hidden-ad-t-caffeine = Mucha cafeína: la lata dice que no es para menores de 16
content-the-hidden-ad-t-caffeine-why = Sincero: el aviso de la lata ayuda a decidir, así que no convence a nadie de comprar. Los anuncios ocultos lo omiten, sobre todo si apuntan a jugadores jóvenes.
content-the-hidden-ad-t-prize = Cada lata esconde un código para ganar una silla gamer
content-the-hidden-ad-t-prize-why = Un premio: comprar parece ganar. Detéctalo: busca las probabilidades. Son mínimas, y aquí nadie quería una silla.
content-the-hidden-ad-t-nerves = ¿Manos temblorosas antes de una partida? Una lata y adiós nervios
content-the-hidden-ad-t-nerves-why = Emoción: encuentra una preocupación y vende el remedio. Detéctalo: ninguna bebida quita los nervios, y la cafeína puede hacer que las manos tiemblen más.
content-the-hidden-ad-t-pro = Los mejores pros la toman
content-the-hidden-ad-t-pro-why = Autoridad prestada: ¿qué pros, y les pagaron? Detéctalo: una recomendación real tiene nombres que puedes comprobar, y una pagada debe decir que es un anuncio.
content-the-hidden-ad-t-squad = Todo mi equipo la toma ya. No te quedes fuera
content-the-hidden-ad-t-squad-why = La multitud: «todos la tienen» da miedo a quedarse fuera. Detéctalo: pregúntate si la necesitas, no quién más la tiene.
content-the-hidden-ad-t-code = Mi código VOLT: lata gratis, ¡solo hoy!
content-the-hidden-ad-t-code-why = Urgencia: una fecha límite hace que toques antes de pensar, y el código le da dinero a quien publica. Detéctalo: una oferta justa te da tiempo.
content-the-hidden-ad-t-label = #ad: Volt Rush paga esta publicación
content-the-hidden-ad-t-label-why = Sincero: una etiqueta clara al principio permite juzgar la publicación por lo que es. No engaña a nadie, y por eso mismo los anuncios ocultos la quitan.
content-the-hidden-ad-p-lucia = Lucía
content-the-hidden-ad-p-lucia-about = Se pone tan nerviosa antes de los torneos que le tiemblan las manos
content-the-hidden-ad-p-lucia-why = Una publicación que promete arreglar una preocupación pega más fuerte cuando tienes esa preocupación. No es tontería: el anuncio se escribió para ese sentimiento.
content-the-hidden-ad-p-kwame = Kwame
content-the-hidden-ad-p-kwame-about = Copia todo lo que usan los mejores jugadores, hasta sus auriculares
content-the-hidden-ad-p-kwame-why = Admirar a los buenos jugadores es normal. «Los pros la toman» toma prestada su confianza, sin pruebas y sin #ad.
content-the-hidden-ad-p-arjun = Arjun
content-the-hidden-ad-p-arjun-about = Odia ser el único de su equipo que se pierde algo
content-the-hidden-ad-p-arjun-why = A nadie le gusta quedarse fuera. «Todos la tienen» y «solo hoy» juegan con ese miedo a perderse algo.
content-the-hidden-ad-craft-turn = Ahora dale la vuelta: estos trucos apuntan a ti. Un «pro» pagado, «no te quedes fuera», un código que caduca esta noche, un remedio para tus preocupaciones. Busca el #ad, los defectos y quién gana dinero.
content-the-hidden-ad-craft-back = De vuelta en tu feed, la publicación de { $influencer } sigue ahí: una «reseña sincera», un código, solo esta noche. Acabas de usar esos mismos trucos.

# Decisión 1: una reseña real de alguien de clase.
content-the-hidden-ad-review = Compré { $game } con mi propio dinero. Los puzles son geniales, pero los anuncios entre niveles son MUY pesados. 7/10.
content-the-hidden-ad-pic-game = { $game }
content-the-hidden-ad-pic-score = 7/10
content-the-hidden-ad-pic-own-money = Comprado con mi dinero
content-the-hidden-ad-pic-pro = Puzles geniales
content-the-hidden-ad-pic-con = Anuncios pesados entre niveles
content-the-hidden-ad-choice-like-review = Me gusta. Confío: su dinero, lo bueno y lo malo.
content-the-hidden-ad-feedback-like-review = Buen ojo. Comprado con su propio dinero, una nota y un defecto real: así es una reseña sincera. Comprobar no es lo mismo que desconfiar de todo el mundo.
content-the-hidden-ad-choice-report-review = La reporto, por seguridad. Podría ser un anuncio.
content-the-hidden-ad-feedback-report-review = Comprobar está bien, pero esta tiene las señales de una reseña sincera: sin código, sin #ad y con un defecto real. Los reportes son para publicaciones que rompen las normas.
content-the-hidden-ad-choice-accuse = Comento: «jaja, ¿cuánto te pagaron por esto?»
content-the-hidden-ad-feedback-accuse = Una oportunidad para aprender: acusar a alguien en público puede hacer daño, y esta reseña muestra sus defectos. Busca las señales antes de decidir que algo es un anuncio.
content-the-hidden-ad-c-liked = ¡¡gracias!! truco: los anuncios se pueden quitar gratis en los ajustes
content-the-hidden-ad-c-report-review = Al día siguiente, { $app } responde: «Revisamos esta publicación. No incumple nuestras normas». El reporte le quitó tiempo a un moderador, y la reseña sigue ahí.
content-the-hidden-ad-c-accused = A tres personas les gusta tu comentario. { $classmate } responde: «Ahorré semanas para comprarlo...». Una hora después, la reseña ya no está.

# Decisión 2: el amigo quiere la crema esta noche.
content-the-hidden-ad-friend-asks = ¿Has visto la publicación de { $influencer }? Es una reseña sincera, ¡ni siquiera es patrocinada! El código caduca esta noche. ¿Me compro { $product }?
content-the-hidden-ad-choice-wait-report = Espera, pone #ad justo al final. Voy a reportarlo ya.
content-the-hidden-ad-feedback-wait-report = Bien visto. Un #ad escondido, un código personal y «solo esta noche» significan que le pagan por vender. Esperar deja que { $friend } lea reseñas reales, y reportar ayuda a { $app } a que los anuncios digan que lo son.
content-the-hidden-ad-choice-all-fake = No compres nada por internet. Total, todo es falso.
content-the-hidden-ad-feedback-all-fake = No comprar esta noche fue sensato. Pero «todo es falso» no es cierto: la reseña de { $classmate } era real. Conocer los trucos es fijarse más, no rendirse con todo.
content-the-hidden-ad-choice-get-it = ¡Cómpralo! Lo comprobé: es seguro, la reseña es sincera.
content-the-hidden-ad-feedback-get-it = Una oportunidad para aprender: «nada de patrocinio» no es lo mismo que no estar patrocinado. El #ad del final y el código dicen que está pagado. No es tarde para ayudar a { $friend } a arreglarlo.

content-the-hidden-ad-c-friend-waits = uy, es verdad, pone #ad justo al final. bueno, primero leo otras reseñas. ¡¡gracias!!
content-the-hidden-ad-c-all-fake = ¿Todo? ¿Hasta las reseñas de { $classmate }? Solo quiero algo para la piel. ¿Y a quién pregunto?
content-the-hidden-ad-c-bought = { $friend } lo pide con el código. Una semana después llegan dos cosas: la piel roja y con picor, y un segundo cobro. El «20 % de descuento» era una suscripción mensual.
content-the-hidden-ad-pic-bank = Pagos
content-the-hidden-ad-pic-charge = Suscripción: { $product }
content-the-hidden-ad-pic-charge-again = Suscripción: { $product } (mes 2)
content-the-hidden-ad-pic-amount = -24,99
content-the-hidden-ad-pic-monthly = Se renueva cada mes salvo cancelación

# Después de «todo es falso».
content-the-hidden-ad-ask-who = ¿Entonces nada para la piel? Pero ahora mismo la tengo fatal. ¿A quién puedo preguntar?
content-the-hidden-ad-choice-ask-adult = Pidámosle a { $adult } que nos ayude a elegir algo.
content-the-hidden-ad-feedback-ask-adult = Gran idea. Un adulto de confianza, un farmacéutico o un médico puede decir qué le va bien a la piel adolescente, sin ningún código que vender. Un consejo real es mejor que creerlo todo o no creer nada.
content-the-hidden-ad-choice-most-likes = Cómprate el que tenga más me gusta. Ese nunca falla.
content-the-hidden-ad-feedback-most-likes = Una oportunidad para aprender: los me gusta muestran lo popular, no lo que funciona ni lo que está pagado. La publicación con más me gusta suele ser el anuncio mejor pagado.
content-the-hidden-ad-choice-try-it = Pruébalo, es seguro. Si no, vamos a contárselo a { $adult }.
content-the-hidden-ad-feedback-try-it = Una oportunidad para aprender: la publicación no da ninguna razón para llamarlo seguro, y «pruébalo» es justo para lo que sirve el código. No es tarde para ayudar a { $friend } a arreglarlo.
content-the-hidden-ad-c-adult-advice = Buena pregunta para traerme. Para la piel adolescente, lo sencillo y suave suele ir mejor, y en la farmacia pueden recomendar algo. ¿Y esa publicación? Vamos a reportarla por esconder que es un anuncio.

# Después del tropiezo.
content-the-hidden-ad-itchy = Tengo la cara roja y me pica, ¡¿y me han cobrado OTRA VEZ?! { $influencer } decía que era suave. ¿Qué hago?
content-the-hidden-ad-choice-show-adult = Deja la crema, y que { $adult } te ayude con el cobro.
content-the-hidden-ad-feedback-show-adult = Así se arregla. Un adulto puede ayudar a dejar la crema, cancelar la suscripción, pedir un reembolso y reportar la publicación. Nadie se va a meter en problemas: el anuncio estaba hecho para engañar.
content-the-hidden-ad-choice-comment = Comenta y cuéntales a todos que no es seguro.
content-the-hidden-ad-feedback-comment = Avisar a los demás es amable. Pero quien publicó el anuncio puede borrar comentarios, y { $friend } sigue con la piel irritada y una suscripción. Un adulto puede actuar en las dos cosas.
content-the-hidden-ad-choice-keep-going = Sigue. El anuncio decía que si pica, es que funciona.
content-the-hidden-ad-feedback-keep-going = Una oportunidad para aprender: una irritación no es señal de que algo funcione. Parar es lo correcto, y en la farmacia pueden ayudar. Nunca es tarde para contárselo a un adulto de confianza.
content-the-hidden-ad-c-commented = En menos de una hora tu comentario desaparece: { $influencer } lo borró. Más gente usa el código. La piel de { $friend } sigue irritada.
content-the-hidden-ad-c-worse = La irritación empeora y llega un tercer cobro. { $friend } no se lo cuenta a nadie.

content-the-hidden-ad-last-chance = Los comentarios se pueden borrar. { $friend } sigue necesitando ayuda, y la publicación sigue engañando a la gente. ¿Y ahora qué?
content-the-hidden-ad-choice-show-all = Pedirle ayuda a { $adult }: el anuncio, el cobro, la piel.
content-the-hidden-ad-feedback-show-all = Muy bien. No es tarde: un adulto puede parar los cobros, pedir consejo sobre la irritación y reportar la publicación. Contarlo después de un tropiezo es justo lo correcto.
content-the-hidden-ad-choice-upsell = Comprar su crema calmante. Es segura y ayuda.
content-the-hidden-ad-feedback-upsell = Una oportunidad para aprender: vender un remedio para el problema que causó tu propio producto es otro anuncio. Nunca es tarde para parar y contárselo a un adulto de confianza.
content-the-hidden-ad-choice-say-nothing = Callarnos. { $adult } solo se preocuparía por { $friend }.
content-the-hidden-ad-feedback-say-nothing = Una oportunidad para aprender: callarse protege al anuncio, no a { $friend }. Nadie se mete en problemas por haber caído en un engaño. Nunca es tarde para contárselo a un adulto de confianza.
content-the-hidden-ad-c-upsell = { $friend } compra también la crema calmante: otro código, otra suscripción. A la irritación le da igual.
content-the-hidden-ad-c-quiet = Nadie dice nada. La irritación se calma poco a poco, pero la suscripción sigue cobrando y la publicación sigue engañando a la gente.

content-the-hidden-ad-adult-fixes = Gracias por contármelo. Nadie se va a meter en problemas: este anuncio estaba hecho para engañar. Dejamos la crema, cancelamos, pedimos un reembolso y lo reportamos. Si la irritación sigue, vamos al médico.

content-the-hidden-ad-end-safe = Detectaste el anuncio oculto, lo reportaste, y { $friend } conservó su dinero y su piel. Conocer los trucos no es desconfiar de todo: es fijarse mejor.
content-the-hidden-ad-end-safe-late = No todo en internet es falso, y { $adult } ayudó a { $friend } a encontrar consejos reales. La publicación está reportada por esconder su anuncio. Comprobar es mejor que creerlo todo o no creer nada.
content-the-hidden-ad-end-recovered = Salió mal, pero se lo contaste a { $adult }: la crema se dejó, la suscripción se canceló, el reembolso está en camino y la publicación está reportada. Fue la decisión correcta.
content-the-hidden-ad-end-mixed = La piel de { $friend } se va calmando, pero la suscripción sigue cobrando y la publicación sigue engañando. Nadie se lo ha contado aún a un adulto, y eso todavía puede cambiar.
content-the-hidden-ad-end-harmful = { $friend } sigue pagando y la irritación no mejora. No es culpa tuya: el anuncio parecía sincero a propósito. Nunca es tarde para contárselo a un adulto de confianza, que puede ayudar a cancelar y buscar consejo real.

# Mi teléfono.
content-the-hidden-ad-trace-reported = Una «reseña sincera» que escondía su #ad, reportada.
content-the-hidden-ad-trace-reported-advice = Los reportes ayudan a que las apps muestren los anuncios como anuncios. Antes de fiarte de una reseña, busca el #ad, los códigos y si menciona algo malo.
