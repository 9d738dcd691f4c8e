# Contrato / comercial: La prueba gratis (16-18 años). Renovación automática, casillas ya marcadas, datos compartidos, rachas y sueño.

contract-the-free-trial-title = La prueba gratis
contract-the-free-trial-summary = Una app de estudio te ofrece 7 días de Premium gratis, pero la letra pequeña y las alertas de racha a medianoche cuentan otra historia.
contract-the-free-trial-remember = Las pruebas “gratis” suelen renovarse solas, y las casillas ya marcadas comparten tus datos. Lee la letra pequeña, desmarca y protege tu sueño: es parte de estudiar.

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-friend-leila = Leila
contract-the-free-trial-friend-oscar = Óscar
contract-the-free-trial-friend-hana = Hana
contract-the-free-trial-adult-mum = Mamá
contract-the-free-trial-adult-dad = Papá
contract-the-free-trial-adult-gran = Abuela

contract-the-free-trial-npc-friend = { $friend }
contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = Los simulacros de examen empiezan en tres semanas. Llevas todo el mes usando la versión gratis de { $app }: tarjetas de memoria, exámenes anteriores y una racha de estudio. Son las 23:40 cuando se enciende tu teléfono.

contract-the-free-trial-streak = { $app }: “¡Tu racha de 21 días termina a medianoche! Si eres búho nocturno, únete al Maratón Nocturno de esta noche con otros 3000 estudiantes.”
contract-the-free-trial-choice-sleep = Desactivar las alertas de racha e irme a dormir
contract-the-free-trial-feedback-sleep = Muy buena decisión. Mientras duermes, tu cerebro guarda lo que repasaste, así que dormir es parte de estudiar. Las rachas y las alertas nocturnas están hechas para engancharte, no para ayudarte a aprender.
contract-the-free-trial-choice-ten-minutes = Hacer 10 minutos para salvar la racha y luego dormir
contract-the-free-trial-feedback-ten-minutes = Diez minutos no hacen daño, y paraste. Solo fíjate en el truco: una racha te hace sentir que perderías algo, así que sigues volviendo, incluso a medianoche.
contract-the-free-trial-choice-all-nighter = Unirme al Maratón Nocturno
contract-the-free-trial-feedback-all-nighter = Una oportunidad para aprender: pasar la noche en vela empeora la memoria, la concentración y el ánimo al día siguiente. Una app que premia trasnochar no te está cuidando.
contract-the-free-trial-morning = Al día siguiente, un aviso tapa tus tarjetas: “¡Hazte Premium! 7 días GRATIS.”
contract-the-free-trial-all-nighter = A las 4 de la madrugada sigues en el “maratón”. En el simulacro del día siguiente te quedas en blanco con respuestas que sabías. Luego { $app } muestra: “¿Sueño? Premium tiene Modo Concentración. ¡7 días GRATIS!”

contract-the-free-trial-signup-spot = “Gratis” suena genial. Toca lo que querrías saber antes de registrarte.
contract-the-free-trial-card-title = { $app } Premium: 7 días GRATIS
contract-the-free-trial-card-body = Empieza hoy tu prueba gratis. Cancela cuando quieras. Se requieren datos de tarjeta.
contract-the-free-trial-part-renewal = Letra pequeña: “luego 79.99 al año, salvo que canceles”
contract-the-free-trial-feedback-renewal = Sí. La prueba se convierte sola en un pago anual. “Cancela cuando quieras” solo sirve si te acuerdas, y la opción de cancelar suele estar escondida en los ajustes.
contract-the-free-trial-part-box = Ya marcada: “Quiero recibir ofertas de los socios”
contract-the-free-trial-feedback-box = Exacto. Una casilla ya marcada cuenta con que no te fijes. Aceptar publicidad debería ser tu decisión, y en muchos países la ley está de acuerdo. Desmárcala.
contract-the-free-trial-part-data = Términos: “Podemos compartir tus datos con socios seleccionados”
contract-the-free-trial-feedback-data = Correcto. “Socios” puede significar anunciantes que compran qué estudias, cuándo y dónde. Mira qué pasa con tus datos antes de aceptar.
contract-the-free-trial-part-features = “Tarjetas y exámenes anteriores ilimitados”
contract-the-free-trial-feedback-features = No es una pista: es simplemente lo que ofrece Premium. Las funciones están bien; lo que importa es el precio después de la prueba y qué hacen con tus datos.

contract-the-free-trial-sign-up = Premium parece útil, y { $friend } lo usa. ¿Qué vas a hacer?
contract-the-free-trial-choice-stay-free = Seguir con la versión gratis y desmarcar esa casilla
contract-the-free-trial-feedback-stay-free = Inteligente. La versión gratis ya hace lo que necesitas, y desmarcar mantiene tus datos en tus manos. Tienes derecho a decir que no a la publicidad y a que compartan tus datos.
contract-the-free-trial-choice-trial-careful = Probarlo, desmarcar la casilla y poner un aviso para cancelar
contract-the-free-trial-feedback-trial-careful = Una forma cuidadosa de probarlo. Pero ten en cuenta que cancelar suele ser difícil a propósito, y con una tarjeta guardada, un descuido te cuesta el año completo.
contract-the-free-trial-choice-start-trial = Tocar “Empezar prueba gratis” con la casilla aún marcada
contract-the-free-trial-feedback-start-trial = Una oportunidad para aprender: las pruebas “gratis” cuentan con que se te olvide, y con la casilla marcada tus datos también van a los socios. Todavía tiene arreglo si actúas.
contract-the-free-trial-free-win = espera, ¿se renueva CADA AÑO? pensaba que la mía era gratis. acabo de mirar y ya pagué 79.99. la cancelo ahora, gracias por decírmelo

contract-the-free-trial-day-six = Día 6: suena tu recordatorio. Cancelar lleva cinco pantallas y un intento de hacerte sentir culpa: “¿Seguro que quieres irte? ¡Perderás tu racha!”. Lo consigues, con una hora de margen.

contract-the-free-trial-charged = Día 8: se cobran 79.99 de la tarjeta con la que te registraste. Tu correo se llena de “ofertas de socios”, y las alertas de racha ahora llegan a las 2 de la madrugada.
contract-the-free-trial-recover = Uf. Le pasa a muchísima gente, y el diseño cuenta con ello. Tienes más derechos de los que parece. ¿Qué vas a hacer?
contract-the-free-trial-choice-tell-refund = Contárselo a { $adult }, cancelar y pedir un reembolso a la tienda
contract-the-free-trial-feedback-tell-refund = Buena decisión. Las tiendas de apps a menudo devuelven una renovación si lo pides rápido, y en muchos países tienes derecho a cancelar y a darte de baja de la publicidad. Un adulto puede ayudarte a pedirlo.
contract-the-free-trial-choice-cancel-quietly = Cancelar sin decir nada y asumir la pérdida
contract-the-free-trial-feedback-cancel-quietly = Cancelar detiene el próximo cobro, y eso está bien. Pero quizás puedas recuperar el dinero de este año, y las ofertas de socios seguirán llegando hasta que te des de baja.
contract-the-free-trial-choice-use-more = Quedármelo y estudiar más para que valga la pena
contract-the-free-trial-feedback-use-more = Una oportunidad para aprender: esa es la trampa del dinero ya gastado. Lo que ya pagaste no debería decidir lo que haces después. Todavía puedes pedir un reembolso y cancelar.
contract-the-free-trial-refund = Gracias por contármelo enseguida. Pedimos el reembolso a la tienda y nos devolvieron el dinero, cancelamos los correos de socios y apagamos esas alertas de las 2 de la madrugada. ¡Las versiones gratis están muy bien!

contract-the-free-trial-end-safe = Leíste la letra pequeña y protegiste tu dinero y tus datos. Y recuerda: dormir es parte de estudiar, y ninguna racha vale una noche en vela.
contract-the-free-trial-end-cancelled = Cancelaste a tiempo, así que no hubo cobro. La próxima vez, mira antes de empezar lo difícil que es cancelar, y si la versión gratis es suficiente.
contract-the-free-trial-end-mixed = La suscripción está cancelada, pero el dinero se fue y los correos de socios siguen llegando. Pedir un reembolso y darte de baja de la publicidad todavía puede arreglarlo.
contract-the-free-trial-end-recovered = La letra pequeña te atrapó, pero lo arreglaste rápido con ayuda: reembolso pedido, correos detenidos, alertas apagadas. Bien resuelto.
contract-the-free-trial-end-harmful = El cobro anual está pagado, los correos de socios se acumulan y las alertas no te dejan dormir. No es tarde: cuéntaselo a un adulto, pide un reembolso y cancela.
