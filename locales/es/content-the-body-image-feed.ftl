# Contenido / valores: El feed del cuerpo perfecto (16-18 años)

content-the-body-image-feed-title = El feed del cuerpo perfecto
content-the-body-image-feed-summary = De repente, tu feed es todo “transformaciones” y retos de dieta, y te está empezando a afectar.
content-the-body-image-feed-remember = Los filtros, los retoques y las publicaciones patrocinadas no son la vida real. Elige bien lo que sigues, protege tu sueño y habla con alguien si te está afectando.

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = @ShredWithKai
content-the-body-image-feed-influencer-lexi = @LeanLexi
content-the-body-image-feed-influencer-sol = @SolTransforms
content-the-body-image-feed-friend-priya = Priya
content-the-body-image-feed-friend-mateo = Mateo
content-the-body-image-feed-friend-noor = Noor

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = Prof. Adeyemi (orientadora)

content-the-body-image-feed-intro = Es la 1 de la madrugada. La semana pasada viste un video de ejercicio en { $app }. Ahora todo tu feed son “transformaciones”, y llevas una hora deslizando. Veamos qué te está mostrando.
content-the-body-image-feed-post = Hace 30 días vs. hoy. Dejé de cenar, entreno dos veces al día ¡y nunca me he sentido mejor! Únete al reto Lo Que Como en un Día y etiqueta a 3 amigos. Mi plan está en mi bio.

content-the-body-image-feed-spot = Se ve increíble, ¿verdad? Esa es la idea. Toca todo lo que hace que esta publicación sea menos real de lo que parece.
content-the-body-image-feed-card-title = { $influencer }, patrocinado
content-the-body-image-feed-card-body = Dos fotos lado a lado: “Día 1”, con la espalda encorvada y luz gris, y “Día 30”, posando con luz dorada.
content-the-body-image-feed-part-photo = Foto del “Día 30”: piel radiante y un marco de puerta que se curva
content-the-body-image-feed-feedback-photo = Sí. Un fondo curvado significa que el cuerpo se retocó con una app de edición, y una piel perfecta suele ser un filtro. La luz, la pose y el ángulo por sí solos pueden cambiar cómo se ve un cuerpo.
content-the-body-image-feed-part-sponsored = Texto gris diminuto: “Colaboración pagada con Corevita Labs”
content-the-body-image-feed-feedback-sponsored = Exacto. “Colaboración pagada” significa que le pagan por venderte algo. Toda la historia es un anuncio, y los anuncios muestran la mejor versión de la verdad.
content-the-body-image-feed-part-claim = “¡Dejé de cenar y nunca me he sentido mejor!”
content-the-body-image-feed-feedback-claim = Correcto. Saltarse comidas se vende como estilo de vida, sin ningún médico ni prueba a la vista. Dejar de comer puede quitarte energía, concentración y ánimo, justo cuando más los necesitas.
content-the-body-image-feed-part-link = “Mi plan en la bio: 40 % de descuento, solo hoy”
content-the-body-image-feed-feedback-link = Sí: un descuento que termina hoy está hecho para presionarte. Si alguien vende un plan, su “antes y después” también es publicidad.
content-the-body-image-feed-part-gym = Un estante de pesas al fondo
content-the-body-image-feed-feedback-gym = No es una pista. Mover el cuerpo e ir al gimnasio está genial. El problema son los retoques, los anuncios y la idea de que tu cuerpo es una foto de “antes”.

content-the-body-image-feed-challenge = ¡Mañana hago el reto Lo Que Como en un Día! Publicamos cada comida y todo el mundo la puntúa. ¿¿Te apuntas??
content-the-body-image-feed-choice-pass = Pasar, y explicarle a { $friend } por qué me preocupa el reto
content-the-body-image-feed-feedback-pass = Amable y sincero. Publicar cada comida para que la puntúen convierte la comida en una competencia, y esas publicaciones son difíciles de retirar. Explicar por qué también le da a esa persona una salida.
content-the-body-image-feed-choice-skip = Solo no participar y no decir nada
content-the-body-image-feed-feedback-skip = Mantener tus comidas fuera de internet fue buena idea. Pero esa persona sigue con el reto, y unas palabras tuyas podrían ayudarle a dejarlo también.
content-the-body-image-feed-choice-join = Participar y publicar mis comidas para que las puntúen
content-the-body-image-feed-feedback-join = Una oportunidad para aprender: puntuar la comida de los demás convierte comer en una actuación, y esas publicaciones se quedan en internet. Lo que comes no es asunto de nadie más que tuyo.

content-the-body-image-feed-friend-thinks = ¿Sinceramente? Desde que estos videos llenaron mi feed, me siento muy mal conmigo. Pensé que solo me pasaba a mí.
content-the-body-image-feed-feed-keeps = Tú te saltas el reto, pero el feed no te suelta. A las 2 de la madrugada ya viste 40 transformaciones más, y de repente el espejo parece una foto de “antes”.
content-the-body-image-feed-ratings = Tus comidas publicadas reciben comentarios: “cuántos carbohidratos”, “¿día 2 y ningún cambio?”. Empiezas a saltarte el almuerzo para que mañana la publicación quede “mejor”. Son las 2 de la madrugada y sigues mirando.

content-the-body-image-feed-curate = Tu feed aprende de lo que ves, así que puedes enseñarle algo nuevo. Es tarde y ha sido una noche pesada. ¿Qué vas a hacer?
content-the-body-image-feed-choice-reset = Silenciar cuentas, reiniciar el feed, salir y hablar con alguien
content-the-body-image-feed-feedback-reset = Eso es tomar el control. “No me interesa”, silenciar y reiniciar el feed cambian lo que te muestra el algoritmo, dormir te recarga y hablarlo evita que se acumule.
content-the-body-image-feed-choice-unfollow = Dejar de seguir un par de cuentas y seguir deslizando
content-the-body-image-feed-feedback-unfollow = Dejar de seguir ayuda un poco. Pero seguir deslizando a las 2 de la madrugada le sigue dando al algoritmo las mismas señales, y un cerebro cansado se toma peor esas imágenes. Primero, dormir.
content-the-body-image-feed-choice-buy = Comprar el plan de la bio mientras tiene un 40 % de descuento
content-the-body-image-feed-feedback-buy = Una oportunidad para aprender: el plazo estaba hecho para presionarte, y un plan de alguien a quien le pagan por venderlo no es un consejo de salud. Un médico o la enfermería de la escuela te lo dan gratis.
content-the-body-image-feed-talk = Gracias por venir a contármelo. Esos feeds están hechos para que sigas mirando, y muchos de esos cuerpos están retocados o son publicidad. Si la comida o tu cuerpo ocupan demasiado tu mente, buscaremos apoyo contigo.

content-the-body-image-feed-plan-bought = El “plan” es una lista de comidas que saltarse, más una suscripción mensual que no viste. Las alertas empiezan a las 6 de la mañana: “¡No rompas tu racha!”. Tienes sueño, hambre y te sientes peor.
content-the-body-image-feed-sango-checks = Me preocupas. Sentirte peor no es tu culpa: este feed está hecho para que sientas que no eres suficiente. Cuidarte puede empezar ahora mismo. ¿Qué vas a hacer?
content-the-body-image-feed-choice-talk-late = Tomarme un descanso de verdad y hablar con alguien de confianza
content-the-body-image-feed-feedback-talk-late = Eso es fortaleza, no debilidad. Un adulto de confianza, tu médico o una línea de ayuda sobre trastornos alimentarios te ayudarán sin juzgarte, también con cualquier cosa que hayas contratado.
content-the-body-image-feed-choice-delete-app = Borrar la app por un tiempo, sin contárselo a nadie
content-the-body-image-feed-feedback-delete-app = Un descanso del feed es un gran paso. Pero la presión no siempre se va con la app. Hablar con alguien de confianza ayuda a que el descanso se mantenga.
content-the-body-image-feed-choice-try-harder = Esforzarme más: plan más estricto, más publicaciones
content-the-body-image-feed-feedback-try-harder = Una oportunidad para aprender: cuando un feed te hace sentir peor, más de lo mismo no lo arregla. Tu cuerpo no es un proyecto que tengas que demostrar en internet. Nunca es tarde para pedir ayuda.
content-the-body-image-feed-talk-late = Me alegra que me lo contaras, y no te vas a meter en problemas. Esos feeds están diseñados para engancharte. Cancelaremos lo que hayas contratado y buscaremos a alguien con quien hablar de comida y de cómo te sientes.

content-the-body-image-feed-end-safe = Viste más allá de los filtros y los anuncios, mantuviste tus comidas fuera de internet y recuperaste tu feed. Tu cuerpo no es una foto de “antes”.
content-the-body-image-feed-end-mixed = Te alejaste un poco, pero la presión del feed sigue contigo, y la cargas sin apoyo. Silenciar, reiniciar, dormir y hablar con alguien pueden darle la vuelta.
content-the-body-image-feed-end-recovered = Se puso pesado, pero te alejaste y pediste ayuda. Así se recupera el feed, y las noches. Sé amable contigo.
content-the-body-image-feed-end-harmful = El feed, el plan y las puntuaciones ocupan cada vez más de tu vida. No es tu culpa, y nunca es tarde para hablar con alguien de confianza.
