# Contacto / comercial: La oferta de trabajo (16-18 años). Mulas de dinero y venta de cuentas.

contact-the-job-offer-title = La oferta de trabajo
contact-the-job-offer-summary = Alguien que no conoces te ofrece dinero fácil si dejas que pase dinero por tu cuenta bancaria.
contact-the-job-offer-remember = Los trabajos de verdad nunca necesitan el acceso a tu banco ni te piden mover dinero para desconocidos. Di que no, repórtalo y cuéntaselo enseguida a un adulto o a tu banco.

contact-the-job-offer-app = { $app }
contact-the-job-offer-app-pingpost = Pingpost
contact-the-job-offer-app-chatwhirl = Chatwhirl
contact-the-job-offer-app-natterly = Natterly
contact-the-job-offer-agent-jess = Jess | Empleo remoto
contact-the-job-offer-agent-marco = Marco | Pago rápido
contact-the-job-offer-agent-dani = Dani | Ingresos extra
contact-the-job-offer-friend-tariq = Tariq
contact-the-job-offer-friend-lena = Lena
contact-the-job-offer-friend-ines = Inés
contact-the-job-offer-adult-mum = Mamá
contact-the-job-offer-adult-dad = Papá
contact-the-job-offer-adult-aunt = Tía Lina

contact-the-job-offer-npc-agent = { $agent }
contact-the-job-offer-npc-friend = { $friend }
contact-the-job-offer-npc-adult = { $adult }

contact-the-job-offer-intro = Terminaste los exámenes y estás ahorrando para aprender a conducir. En { $app } aparece una solicitud de mensaje de alguien a quien nunca has visto: { $agent }.

contact-the-job-offer-offer = ¡Hola! Vi tu perfil. ¿Quieres ganar 300 a la semana desde tu teléfono? Sin experiencia, 10 minutos al día, pago cada viernes. ¿Te interesa?
contact-the-job-offer-choice-company = ¿Qué empresa es esta? Mándame una página web y un contrato.
contact-the-job-offer-feedback-company = Inteligente. Las empresas de verdad tienen un nombre, una página web, un contrato y una entrevista. Los trabajos que te encuentran de la nada, prometiendo mucho dinero sin esfuerzo, son un clásico inicio de estafa.
contact-the-job-offer-choice-how = Suena interesante. ¿Cómo funciona?
contact-the-job-offer-feedback-how = Hacer preguntas antes de decir que sí es sensato. Pero un mensaje sorpresa de “dinero fácil” de un desconocido ya es una señal de alerta, así que no bajes la guardia.
contact-the-job-offer-choice-in = ¡Me apunto! ¿Qué necesitas de mí?
contact-the-job-offer-feedback-in = Una oportunidad para aprender: si el dinero suena demasiado fácil, normalmente te cuesta otra cosa. Los estafadores cuentan con tu emoción para que no hagas preguntas.

contact-the-job-offer-dodges = Somos una empresa internacional de pagos, sin página web por motivos de privacidad. El trabajo: llega dinero a tu cuenta, te quedas con el 20 % y mandas el resto. 100 % legal, lo prometo.
contact-the-job-offer-eager = ¡Me encanta esa energía! Trabajo sencillo: llega dinero a tu cuenta, te quedas con el 20 % y mandas el resto. En un mes vas a ganar más que tus amigos.
contact-the-job-offer-friend-says = ¿¿a ti también te escribió { $agent }?? le llegó a media escuela. alguien dijo que ya ganó 300, así que debe ser real, ¿no?

contact-the-job-offer-details = Entonces, ¿te apuntas? Manda hoy tus datos bancarios y una selfie con tu documento de identidad, quedan pocas plazas. O te compro el acceso a tu banco por 150. Que esto quede entre nosotros, ¿de acuerdo?
contact-the-job-offer-choice-report = No. Voy a reportar esto y a contárselo a { $adult }.
contact-the-job-offer-feedback-report = Totalmente correcto. Tus datos bancarios y tu documento son privados, y nadie tiene derecho a presionarte. Esto es usarte como mula de dinero; reportarlo protege también a { $friend } y a toda tu escuela.
contact-the-job-offer-choice-block = No, gracias. Bloquear y seguir con lo mío.
contact-the-job-offer-feedback-block = Bloquear protegió tus datos. Pero { $agent } le escribe a media escuela, y habrá quien diga que sí. Reportarlo y contárselo a un adulto ayuda a detenerlo para todos.
contact-the-job-offer-choice-send = Mandar mis datos bancarios y una selfie con mi documento
contact-the-job-offer-feedback-send = Una oportunidad para aprender: con tus datos bancarios y tu documento, un estafador puede mover dinero robado a tu nombre o abrir cuentas haciéndose pasar por ti. “Que quede entre nosotros” es una señal de alerta.
contact-the-job-offer-adult-helps = Bien hecho. Eso es usarte como mula de dinero: “trabajos” que hacen pasar dinero robado por cuentas de jóvenes. Es delito aunque te engañen, así que decir que no te protege. Reportémoslo y avisemos a { $friend }.

contact-the-job-offer-money-lands = Dos días después, llegan 2000 a tu cuenta de un nombre que no conoces. { $agent }: “Manda 1600 a esta cuenta en menos de una hora. Si se lo cuentas a alguien, quien se mete en problemas ERES TÚ.”
contact-the-job-offer-way-back = Esto es ser mula de dinero. Lo más probable es que el dinero sea robado, y moverlo puede ser delito aunque te engañen. Los estafadores usan el miedo para que calles. Pedir ayuda ahora es lo que más te protege.
contact-the-job-offer-choice-tell-bank = No moverlo. Contárselo a { $adult } y llamar ya a mi banco.
contact-the-job-offer-feedback-tell-bank = Es lo correcto, y es valiente. Dar la cara pronto es tu mejor protección: el banco puede congelar el dinero, y demuestra que te estaban usando.
contact-the-job-offer-choice-block-only = No mandarlo, solo bloquear a { $agent }
contact-the-job-offer-feedback-block-only = No mover el dinero fue lo correcto. Pero el dinero robado sigue en tu cuenta, y tu banco querrá saber por qué. Contárselo ahora a un adulto y al banco te protege.
contact-the-job-offer-choice-forward = Mandarlo como me dice
contact-the-job-offer-feedback-forward = Una oportunidad para aprender: con amenazas, los estafadores consiguen que sigas moviendo su dinero. No tienes que enfrentarlo sin ayuda, y no es tarde: tu banco y un adulto de confianza todavía pueden ayudar.
contact-the-job-offer-bank-helps = Me llena de orgullo que me lo contaras. Ya llamamos al banco: congelaron el dinero y reportaron la cuenta. Puede que te hagan algunas preguntas, y te acompañaré a responderlas.

contact-the-job-offer-end-safe = Descubriste la trampa del “dinero fácil”, mantuviste tus datos en privado y lo reportaste. Tu nombre, tu cuenta bancaria y tu futuro siguen siendo tuyos.
contact-the-job-offer-end-mixed = Te alejaste de { $agent }, pero la estafa sigue activa y ningún adulto lo sabe. Reportarla y contárselo a alguien te protege a ti y a la próxima persona.
contact-the-job-offer-end-recovered = Llegó más lejos de lo que querías, pero hablaste pronto y pediste ayuda. Esa es la mejor protección que existe.
contact-the-job-offer-end-harmful = Ahora estás moviendo dinero para un estafador, y las amenazas no paran. Nunca es tarde: cuéntaselo a un adulto de confianza y llama a tu banco. Dar la cara te protege.
