# Objetivos de aprendizaje: un título corto, una frase "Puedo…" para niñas y niños, y el
# tema de las Directrices de la UIT sobre la Protección de la Infancia en Línea (2020) del que sale cada uno.

objective-know-my-rights-title = Conozco mis derechos
objective-know-my-rights-i-can = Puedo decir cuáles son mis derechos en internet, como estar a salvo, que me traten con respeto y que mi vida privada siga siendo privada.
objective-know-my-rights-topic = Directrices de la UIT para niñas y niños: tus derechos en internet

objective-spot-the-risk-title = Detecto el riesgo
objective-spot-the-risk-i-can = Puedo darme cuenta cuando algo en internet podría hacerme daño a mí o a otra persona.
objective-spot-the-risk-topic = Directrices de la UIT para niñas y niños: riesgos en internet (contenido, contacto, conducta y contrato)

objective-guard-personal-info-title = Cuido mis datos
objective-guard-personal-info-i-can = Puedo mantener en privado mis contraseñas, mi dirección, mi escuela y mis fotos.
objective-guard-personal-info-topic = Directrices de la UIT para niñas y niños: privacidad e información personal

objective-check-before-trust-title = Verifico antes de confiar
objective-check-before-trust-i-can = Puedo verificar quién hizo algo y si es verdad antes de creerlo o compartirlo.
objective-check-before-trust-topic = Directrices de la UIT para niñas y niños: noticias falsas e información confiable

objective-strangers-warning-signs-title = Alertas con desconocidos
objective-strangers-warning-signs-i-can = Puedo reconocer las señales de alerta cuando alguien que solo conozco en internet intenta acercarse demasiado, me pide secretos o quiere pasar a un chat privado.
objective-strangers-warning-signs-topic = Directrices de la UIT para niñas y niños: personas que conoces en internet y grooming

objective-be-kind-stand-up-title = Amabilidad y apoyo
objective-be-kind-stand-up-i-can = Puedo ser amable en internet y defender a alguien que sufre acoso.
objective-be-kind-stand-up-topic = Directrices de la UIT para niñas y niños: ciberacoso y respeto a los demás

objective-think-before-posting-title = Pienso antes de publicar
objective-think-before-posting-i-can = Antes de enviar algo, puedo pensar en cómo una publicación, una foto o algo que comparto podría afectarme a mí y a los demás.
objective-think-before-posting-topic = Directrices de la UIT para niñas y niños: tu huella digital y compartir en internet

objective-spot-tricks-and-costs-title = Detecto trampas y gastos
objective-spot-tricks-and-costs-i-can = Puedo detectar trampas como premios falsos, ventanas que me presionan para decidir rápido y gastos ocultos en juegos y apps.
objective-spot-tricks-and-costs-topic = Directrices de la UIT para niñas y niños: estafas, juegos en línea y compras dentro de apps

objective-healthy-balance-title = Equilibrio saludable
objective-healthy-balance-i-can = Puedo decidir cuándo parar y mantener un equilibrio saludable entre pantallas, sueño y otras diversiones.
objective-healthy-balance-topic = Directrices de la UIT para niñas y niños: salud y bienestar en internet

objective-block-report-tell-title = Bloquear, reportar, contar
objective-block-report-tell-i-can = Puedo bloquear, reportar y contarle a un adulto de confianza cuando algo en internet me preocupa.
objective-block-report-tell-topic = Directrices de la UIT para niñas y niños: pedir ayuda y reportar
