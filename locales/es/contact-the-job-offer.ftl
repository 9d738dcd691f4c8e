# Contacto / comercial: La oferta de trabajo (16-18 años). Trabajos falsos: tarifas por adelantado, documentos de identidad y mulas de dinero.

contact-the-job-offer-title = La oferta de trabajo
contact-the-job-offer-summary = Alguien desconocido te ofrece un trabajo fácil en línea, si antes le mandas una tarifa, tu identificación y tus datos bancarios.
contact-the-job-offer-remember = Un trabajo real nunca te cobra por empezar, no te pide tu identificación por chat ni mueve dinero por tu cuenta. Guarda las pruebas, repórtalo y busca a un adulto de confianza.

contact-the-job-offer-app = { $app }
contact-the-job-offer-app-pingpost = Pingpost
contact-the-job-offer-app-chatwhirl = Chatwhirl
contact-the-job-offer-app-natterly = Natterly
contact-the-job-offer-agent-jess = Jess | Empleo remoto
contact-the-job-offer-agent-marco = Marco | Pago rápido
contact-the-job-offer-agent-dani = Dani | Ingresos extra
contact-the-job-offer-adult-mum = Mamá
contact-the-job-offer-adult-dad = Papá
contact-the-job-offer-adult-aunt = Tía Lina

contact-the-job-offer-npc-agent = { $agent }
contact-the-job-offer-npc-friend = { $friend }
contact-the-job-offer-npc-adult = { $adult }

contact-the-job-offer-intro = Ya terminaron los exámenes y ahorras para las clases de manejo, así que creaste un perfil en { $app } para buscar trabajo. Ya te espera una solicitud de mensaje de alguien que nunca has visto: { $agent }.

# The world remembers: the account hacked in The Phishing Login, never taken back, is still messaging friends.
contact-the-job-offer-old-account = oye, ¿eres tú? tu cuenta de fotos me acaba de escribir: “¡Un favor rápido! Mándame el código que te acaba de llegar.” no he mandado nada
contact-the-job-offer-old-account-choice = Es la cuenta del correo de phishing: alguien más la sigue teniendo. También le pasa a gente cuidadosa, y todavía puedes recuperarla. ¿Qué haces?
contact-the-job-offer-choice-old-recover = La recupero en la app real, activo dos pasos y reporto el hackeo.
contact-the-job-offer-choice-old-warn-friend = Le voy a decir a { $friend } que no mande nada, y ya está.
contact-the-job-offer-choice-old-leave = Lo dejo así. Esa cuenta ya ni la uso, la verdad.
contact-the-job-offer-feedback-old-recover = Así se arregla. Recuperarla en la app real con una contraseña nueva los saca, los dos pasos los mantienen fuera y el reporte avisa a la app. Avisa a tus amigos y a un adulto de confianza.
contact-the-job-offer-feedback-old-warn-friend = Avisar a { $friend } es un buen gesto y le protege. Pero la cuenta sigue usando tu nombre con todos los demás. Recupérala en la app real: contraseña nueva, dos pasos y reporte.
contact-the-job-offer-feedback-old-leave = Una oportunidad para aprender: una cuenta que no usas sigue llevando tu nombre, y quien la tenga puede seguir engañando a tus amigos. No es tarde: recupérala o pide ayuda a un adulto de confianza.
contact-the-job-offer-old-account-fixed = La recuperación funciona: vuelves a entrar, con contraseña nueva y dos pasos activados. Publicas “No era yo, no manden ningún código”, y { $friend } responde con un pulgar arriba.
contact-the-job-offer-old-account-warned = { $friend } no manda nada. Pero el mismo mensaje les llegó a todos tus contactos, y no ves quién responde.
contact-the-job-offer-old-account-left = Una hora después, { $friend } vuelve a escribir: “dos personas le mandaron un código.” Alguien sigue usando tu nombre. No es tarde para recuperar la cuenta.

contact-the-job-offer-setup = Antes de abrirla, configura tu perfil. Buscas trabajo cerca: las empresas deben ver tu portafolio y poder contactarte. Pero tu número, tu domicilio y tu cumpleaños no son para desconocidos ni para otras compañías.
contact-the-job-offer-set-portfolio = Quién puede ver mi portafolio
contact-the-job-offer-val-portfolio-everyone = Todos
contact-the-job-offer-val-portfolio-connections = Personas que agregué
contact-the-job-offer-val-portfolio-only-me = Solo yo
contact-the-job-offer-why-portfolio-everyone = Encaja bien. Quieres que las empresas encuentren tu trabajo, así que todos pueden verlo. Tu trabajo puede ser público y tus datos de contacto, domicilio y cumpleaños, no.
contact-the-job-offer-why-portfolio-connections = Es seguro, pero las empresas que aún no conoces no encontrarán tu trabajo. Aquí encaja mejor “Todos”: tu trabajo es público, tus datos personales no.
contact-the-job-offer-why-portfolio-only-me = No se escapa nada, pero ninguna empresa verá tu trabajo. Aquí encaja mejor “Todos”: muestra tu trabajo y deja fuera tus datos personales.
contact-the-job-offer-set-contact = Cómo pueden contactarme las empresas
contact-the-job-offer-val-contact-phone = Celular y correo
contact-the-job-offer-val-contact-messages = Chat de la app
contact-the-job-offer-val-contact-none = No pueden
contact-the-job-offer-why-contact-phone = Una oportunidad para aprender: un número y un correo públicos le llegan a cualquiera, también a estafadores, y sacan la charla de la app. Con “Chat de la app” te contactan sin ellos.
contact-the-job-offer-why-contact-messages = Encaja bien. Las empresas pueden escribirte, tu número queda para ti y la charla sigue en la app, donde puedes reportar a quien resulte falso.
contact-the-job-offer-why-contact-none = Nadie te molesta, pero ninguna empresa puede ofrecerte trabajo. Encaja mejor “Chat de la app”: te pueden escribir y tu número queda para ti.
contact-the-job-offer-set-location = Ubicación en mi perfil
contact-the-job-offer-val-location-exact = Ubicación exacta
contact-the-job-offer-val-location-town = Ciudad o pueblo
contact-the-job-offer-val-location-hidden = Oculta
contact-the-job-offer-why-location-exact = Una oportunidad para aprender: la ubicación exacta muestra a desconocidos dónde vives. A las empresas les basta tu ciudad para saber que puedes llegar al trabajo.
contact-the-job-offer-why-location-town = Encaja bien. Tu ciudad les dice a las empresas que puedes llegar a un trabajo cercano, sin mostrarle a nadie dónde vives.
contact-the-job-offer-why-location-hidden = Es seguro, pero quien busca a alguien de la zona podría pasarte por alto. Encaja mejor “Ciudad o pueblo”: les ayuda y sigue ocultando dónde vives.
contact-the-job-offer-set-birthday = Quién puede ver mi fecha de nacimiento
contact-the-job-offer-val-birthday-everyone = Todos
contact-the-job-offer-val-birthday-connections = Personas que agregué
contact-the-job-offer-val-birthday-only-me = Solo yo
contact-the-job-offer-why-birthday-everyone = Una oportunidad para aprender: tu fecha de nacimiento ayuda a desconocidos a hacerse pasar por ti y muestra lo joven que eres. Encaja mejor “Solo yo”: dile tu edad a una empresa real si la pide.
contact-the-job-offer-why-birthday-connections = Mejor que todos, pero la vería cualquiera que aceptes, incluso gente que apenas conoces. Encaja mejor “Solo yo”: dile tu edad a una empresa real si la pide.
contact-the-job-offer-why-birthday-only-me = Encaja bien. Tu cumpleaños no hace falta para mostrar tu trabajo. Si una empresa real necesita saber tu edad, se la dices cuando te postules.
contact-the-job-offer-set-partners = Compartir mis datos con empresas asociadas
contact-the-job-offer-val-partners-yes = Sí
contact-the-job-offer-val-partners-no = No
contact-the-job-offer-why-partners-yes = Una oportunidad para aprender: esto entrega tu perfil a empresas que nunca elegiste, para anuncios y más. Encaja mejor “No”: tus datos son para las empresas que tú elijas.
contact-the-job-offer-why-partners-no = Encaja bien. Tus datos van solo a las empresas que tú eliges, no a compañías de las que nunca has oído hablar.

contact-the-job-offer-offer = ¡Hola! Vi tu perfil. Buscamos “asistentes de pagos” desde los 16. 300 a la semana desde tu celular, 10 minutos al día, sin entrevista. ¿Te interesa?
contact-the-job-offer-pic-hiring = Contratamos: desde 16
contact-the-job-offer-pic-job-title = Asistente de pagos
contact-the-job-offer-pic-pay = 300 / semana
contact-the-job-offer-pic-hours = 10 minutos al día, desde tu celular
contact-the-job-offer-pic-no-interview = Sin entrevista
contact-the-job-offer-pic-apply = Postúlate ya
contact-the-job-offer-choice-proof = Suena demasiado bien. Mándame pruebas de que pagan, para verificarlo.
contact-the-job-offer-feedback-proof = Dudar fue buen instinto. Pero las pruebas que manda quien hace la oferta son fáciles de falsificar: capturas y logos se hacen en un minuto. Busca la empresa por tu cuenta, fuera de su control.
contact-the-job-offer-choice-lookup = ¿Cómo se llama la empresa? Primero la voy a buscar por mi cuenta.
contact-the-job-offer-feedback-lookup = Inteligente. Buscaste la empresa por tu cuenta, fuera del chat. Un empleo real tiene un nombre registrado, un sitio web de verdad y una entrevista. Mucho dinero, sin entrevista, de la nada: estafa.
contact-the-job-offer-choice-in = ¿300 a la semana por 10 minutos al día? Me apunto. ¿Qué sigue?
contact-the-job-offer-feedback-in = Una oportunidad para aprender: cuando el dinero parece demasiado fácil, suele costarte otra cosa. Quien estafa cuenta con tu emoción para que no te detengas a preguntar.
contact-the-job-offer-c-proof = ¡Claro! Aquí tienes recibos de pago de tres de nuestros asistentes, y tu contrato con nuestro logo. ¿Ves? Todo oficial. A nuestro equipo le encanta.
contact-the-job-offer-c-lookup = { $agent } dice que es “Swiftline Payments”. Lo buscas por tu cuenta: ninguna empresa registrada, un sitio creado la semana pasada y un foro que dice: “estafa de mulas de dinero, no respondas”.
contact-the-job-offer-pic-company = Swiftline Payments
contact-the-job-offer-pic-site = Swiftline Payments: trabajos fáciles desde casa
contact-the-job-offer-pic-site-age = Sitio creado la semana pasada
contact-the-job-offer-pic-register = Registro de empresas: sin resultados
contact-the-job-offer-pic-forum = “estafa de mulas de dinero, no respondas”
contact-the-job-offer-c-in = ¡Me encanta esa energía! En un mes vas a ganar más que tus amistades. Solo un par de cositas para empezar.
# El mundo recuerda: la cuenta que reportaste en El reclutador usó los mismos pasos.
contact-the-job-offer-familiar = ¿Te suena? Alguien desconocido te encuentra, te trata con simpatía y te ofrece algo fácil. { $stranger } hizo lo mismo en el servidor del juego, y lo reportaste. Ojo al siguiente paso: un secreto.

contact-the-job-offer-details = El trabajo: llega dinero a tu cuenta, te quedas el 20 % y mandas el resto. Para empezar: 25 de inscripción, tus datos bancarios y una foto de tu identificación. Quedan 3 lugares. Que quede entre nosotros, ¿ok?
contact-the-job-offer-pic-get-started = Para empezar
contact-the-job-offer-pic-spots = ¡Quedan 3 lugares!
contact-the-job-offer-pic-fee = Inscripción: 25
contact-the-job-offer-pic-bank = Tus datos bancarios
contact-the-job-offer-pic-id = Una foto de tu identificación
contact-the-job-offer-choice-send = Son solo 25. Los pago, mando mi identificación y listo.
contact-the-job-offer-feedback-send = Una oportunidad para aprender: un trabajo real nunca te cobra por empezar ni pide tu identificación por chat. Con ella y tus datos bancarios, pueden mover dinero robado a tu nombre.
contact-the-job-offer-choice-warn = Buen intento. Sé que es una estafa y te voy a reportar.
contact-the-job-offer-feedback-warn = Descubrir la estafa y guardar tus datos estuvo bien. Pero avisarle a quien estafa solo le dice que borre las pruebas y empiece de nuevo con otro nombre. Guarda todo en silencio, luego reporta y bloquea.
contact-the-job-offer-choice-report = Primero capturas de todo el chat, y después reporto la cuenta.
contact-the-job-offer-feedback-report = Buen orden: primero las pruebas, luego el reporte, para que la plataforma cierre la cuenta. Una tarifa, tu identificación, tu banco y “que quede entre nosotros”: cuatro señales de alerta en un mensaje.
contact-the-job-offer-choice-block = No me interesa. Los bloqueo y borro el chat completo.
contact-the-job-offer-feedback-block = Bloquear protegió tus datos. Pero borrar el chat eliminó las pruebas, y la cuenta sigue escribiendo a otras personas. Primero capturas, luego reporte, luego bloqueo.
contact-the-job-offer-c-reported = Guardas capturas de todo el chat y reportas la cuenta. La app dice que lo está revisando. { $agent } deja de escribir.
contact-the-job-offer-pic-report-title = Reportar cuenta
contact-the-job-offer-pic-reason-scam = Estafa o fraude
contact-the-job-offer-pic-reason-spam = Spam
contact-the-job-offer-pic-reason-fake = Cuenta falsa
contact-the-job-offer-pic-attached = 3 capturas
contact-the-job-offer-pic-thanks = Gracias. Lo estamos revisando.
contact-the-job-offer-c-warned = { $agent } responde “jaja suerte”. Uno por uno, los mensajes desaparecen, y luego la cuenta también. No queda nada que capturar ni reportar.
contact-the-job-offer-c-blocked = Bloqueado y borrado. Ya no está en tu pantalla. Pero esa noche la misma oferta sigue llegando a los mensajes de otras personas.
contact-the-job-offer-c-sent = Pagas y mandas las fotos. Dos días después llegan 2,000 a tu cuenta de alguien que no conoces. { $agent }: “Manda 1,600 a esta cuenta en una hora. Si se lo cuentas a alguien, TÚ eres quien tendrá problemas”.

contact-the-job-offer-friend = ¿¿a ti también te llegó el mensaje del trabajo de 300 a la semana?? le llegó a medio grado. dicen que alguien ya cobró, así que es real, ¿no? hoy en la noche mando mi identificación
contact-the-job-offer-choice-post = Lo publico en el grupo del grado, para ayudar a que nadie caiga.
contact-the-job-offer-feedback-post = Querer avisar a todo el mundo es amable. Pero una publicación con la oferta también la difunde, con el nombre de la cuenta, y hay quien escribe “solo para preguntar”. Avisa sin mostrarla y busca a un adulto que actúe.
contact-the-job-offer-choice-show = Espera, no mandes nada. Vamos a enseñárselo a { $adult }, hoy.
contact-the-job-offer-feedback-show = Gran decisión. Frenaste a { $friend } antes de que mandara algo, y { $adult } puede pedirle a la escuela que avise a todo el grado. Entre amistades es difícil resolverlo; un adulto puede actuar.
contact-the-job-offer-choice-just-block = No les contestes. Bloquéalos y olvídate del asunto.
contact-the-job-offer-feedback-just-block = Buen consejo para { $friend }. Pero a medio grado le llegó esto, y alguien dirá que sí. Bloquear protege a una persona; un adulto puede hacer que la escuela y la plataforma avisen a todos.
contact-the-job-offer-c-adult = Bien hecho, ustedes dos. Son mulas de dinero: “trabajos” falsos que pasan dinero robado por cuentas de jóvenes. Es un delito grave y puede costarte la cuenta del banco. Pediré a la escuela que avise a todos.
contact-the-job-offer-c-posted = Tu publicación recibe 60 reacciones. Pero muestra toda la oferta, con el nombre de la cuenta, y esa noche varias personas ya le escribieron al “reclutador”, solo para preguntar.
contact-the-job-offer-c-just-blocked = { $friend } los bloquea. Pero la oferta sigue circulando por el grado, y nadie que pueda detenerla lo sabe.

contact-the-job-offer-sam = ay no. Sam, de nuestra clase, contestó. le acaban de llegar 2,000 a su cuenta y amenazan a Sam para que los mande. ¡¡Sam dice que no le contemos a nadie!!
contact-the-job-offer-choice-respect = Sam pidió que no le contáramos a nadie. Hay que respetarlo.
contact-the-job-offer-feedback-respect = Una oportunidad para aprender: “no le cuentes a nadie” es justo lo que quien estafa quiere que Sam piense. Guardar un secreto es leal, pero no si deja a alguien en peligro. Un adulto puede ayudar sin culpar.
contact-the-job-offer-choice-send-back = Dile a Sam que lo devuelva a quien lo mandó. Y listo.
contact-the-job-offer-feedback-send-back = Una oportunidad para aprender: “devolverlo” sigue siendo mover dinero robado, y quien lo mandó puede ser otra cuenta de estafa. Solo el banco puede revertirlo con seguridad.
contact-the-job-offer-choice-get-adult = Esto es demasiado para Sam. Voy a buscar a { $adult } ya.
contact-the-job-offer-feedback-get-adult = Valiente y correcto. Un secreto que deja a alguien en peligro hay que romperlo. { $adult } puede ayudar a la familia de Sam a llamar al banco para congelar el dinero, y Sam no tiene la culpa.
contact-the-job-offer-c-adult-sam = Hiciste bien en venir a decírmelo. Caer en un engaño no es culpa de Sam. Llamemos ya a la familia de Sam para que hable con el banco, y yo aviso a la escuela.
contact-the-job-offer-c-respect = No dices nada. Sam también se calla, y las amenazas siguen. Nadie que pueda ayudar lo sabe.
contact-the-job-offer-c-send-back = Sam devuelve los 2,000 a la cuenta de donde vinieron, la de otra mula, así que el dinero sigue moviéndose. Quienes estafan dicen que Sam todavía les debe. Sam tiene más miedo que antes.

contact-the-job-offer-way-back = Esto es ser mula de dinero. Lo más probable es que el dinero sea robado, y moverlo podría ser delito. Que te engañaran no es tu culpa, pero usan el miedo para que calles. ¿Y ahora?
contact-the-job-offer-choice-call-bank = No toco el dinero. { $adult } y yo llamamos al banco ahora.
contact-the-job-offer-feedback-call-bank = Valiente y correcto. Dar la cara pronto es tu mejor protección: el banco puede congelar el dinero, y eso muestra que te usaron a ti. Las amenazas son señal de que necesitas ayuda, no silencio.
contact-the-job-offer-choice-return = No es mío. Se lo devuelvo a quien me lo mandó, y se acabó.
contact-the-job-offer-feedback-return = Una oportunidad para aprender: “devolverlo” sigue siendo mover dinero robado, y quien lo mandó puede ser otra cuenta de estafa. Solo tu banco puede revertirlo con seguridad. Aún puedes llamarlo.
contact-the-job-offer-choice-send-on = Lo mando esta vez y luego los bloqueo para siempre.
contact-the-job-offer-feedback-send-on = Una oportunidad para aprender: “solo esta vez” es como empieza, y las amenazas hacen que siga. Bloquear después no lo deshace. Tienes apoyo: el banco y un adulto de confianza pueden ayudarte.
contact-the-job-offer-c-bank = Qué orgullo que me lo contaras, y no estás en problemas. Llamamos al banco: congelaron el dinero y reportaron la cuenta. Si tienen preguntas, las respondemos en equipo.
contact-the-job-offer-c-returned = Devuelves los 2,000 a la cuenta de donde vinieron. Era la cuenta de otra mula, así que el dinero sigue moviéndose. { $agent }: “Gracias. Lo mismo la próxima semana, o le decimos al banco que fuiste TÚ”.
contact-the-job-offer-c-sent-on = Mandas los 1,600 y bloqueas a { $agent }. Al día siguiente te escribe una cuenta nueva: “Tenemos tu identificación. Lo mismo esta semana, o el banco sabrá tu nombre”.

contact-the-job-offer-end-safe = Guardaste tu identificación y tus datos bancarios, y llevaste a { $friend } con { $adult } antes de que mandara los suyos. Ahora alguien que puede actuar está avisando a todo el grado.
contact-the-job-offer-end-safe-late = Cuidaste tus datos. Tu primer paso no frenó la estafa, pero cuando atrapó a Sam, fuiste con { $adult } en vez de callar, y Sam recibió ayuda de verdad.
contact-the-job-offer-end-mixed = Cuidaste tus datos. Pero ningún adulto sabe lo que le pasa a Sam, y la estafa sigue circulando por tu grado. Un adulto de confianza todavía puede ayudar a Sam, sin culpar a nadie.
contact-the-job-offer-end-recovered = Llegó más lejos de lo que querías: pagaste, mandaste tu identificación y llegó el dinero. Pero no lo moviste, y buscaste a { $adult } y al banco. El dinero está congelado y tienes ayuda.
contact-the-job-offer-end-harmful = El dinero pasó por tu cuenta, quien estafa todavía tiene tu identificación y las amenazas siguen. No es tu culpa, y nunca es tarde: cuéntaselo a un adulto de confianza y llama a tu banco. Te van a ayudar.
