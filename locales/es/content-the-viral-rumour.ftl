# Contenido / valores: El rumor viral (9-12 años)

content-the-viral-rumour-title = El rumor viral
content-the-viral-rumour-summary = Una publicación impactante y un reto peligroso circulan por la escuela. ¿Puedes verificar los datos y mantener a todos a salvo?
content-the-viral-rumour-remember = Detente y verifica antes de creer o compartir algo. Si un reto puede hacerle daño a alguien, cuéntaselo enseguida a un adulto de confianza.

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = Prof. Silva

# Variedad: cada partida elige una opción de cada variable de `vary`.
content-the-viral-rumour-name-maya = Maya
content-the-viral-rumour-name-zoe = Zoe
content-the-viral-rumour-name-priya = Priya
content-the-viral-rumour-name-ben = Bruno
content-the-viral-rumour-name-omar = Omar
content-the-viral-rumour-name-lucas = Lucas
content-the-viral-rumour-challenge-chair-tower = Reto Torre de Sillas
content-the-viral-rumour-challenge-sky-stack = Reto Pila al Cielo
content-the-viral-rumour-challenge-chair-climb = Reto Escalar Sillas

content-the-viral-rumour-intro = ¡Hola, soy yo, Sango! Es viernes por la noche y el chat de tu clase está que arde. Veamos de qué habla todo el mundo.

content-the-viral-rumour-maya = ¡¡Atención!! Un streamer famoso dice que todos los niños deben hacer el { $challenge }: apilar sillas, subirse arriba y grabarlo. ¡Hay que compartirlo en 1 hora o quedas FUERA!
content-the-viral-rumour-choice-check-first = Espera. ¿Quién hizo esto? ¿Es verdad?
content-the-viral-rumour-feedback-check-first = ¡Gran jugada de detective! Las publicaciones que te presionan, como “¡compártelo en 1 hora!”, muchas veces son falsas. Verificar primero frena los rumores en seco.
content-the-viral-rumour-choice-ignore = No compartirlo. Solo ignorarlo.
content-the-viral-rumour-feedback-ignore = No compartirlo fue una buena decisión, porque los rumores crecen cuando la gente los pasa. Verificar si es verdad, y avisar a los demás, ayuda todavía más.
content-the-viral-rumour-choice-share-now = ¡Compartirlo rápido en el chat de la clase!
content-the-viral-rumour-feedback-share-now = Es una oportunidad para aprender. La publicación te presionó, y las prisas son un truco para que no pienses. Compartir antes de verificar puede difundir algo falso o peligroso.

content-the-viral-rumour-check = ¡Juguemos a ser detectives! No tiene nombre ni fecha, y la cuenta se creó hace un día. La página real del streamer dice: “Ese no soy yo. ¡No lo hagas!”. Es falso, pero el reto aún podría hacerle daño a alguien.
content-the-viral-rumour-ben-plans = Lunes por la mañana. Todo el mundo sigue hablando del { $challenge }. En el recreo, { $classmate } arrastra tres sillas a un rincón del patio.

content-the-viral-rumour-ben = ¡Grábame! ¡Voy a hacer el { $challenge }! ¡Va a tener un montón de me gusta!
content-the-viral-rumour-choice-tell-teacher = Correr a avisar a un profe para que nadie se haga daño
content-the-viral-rumour-feedback-tell-teacher = ¡Valiente e inteligente! Contarle a un adulto sobre un reto peligroso no es acusar. Protege a tu compañero, y para eso están los adultos de confianza.
content-the-viral-rumour-choice-warn-ben = Decirle a { $classmate } que es mala idea y luego irme
content-the-viral-rumour-feedback-warn-ben = ¡Bien que viste el peligro y lo dijiste! Pero { $classmate } todavía podría intentarlo. Un profe cerca podría asegurarse de que nadie se haga daño.
content-the-viral-rumour-choice-film-ben = Grabar a { $classmate } para conseguir me gusta
content-the-viral-rumour-feedback-film-ben = Una oportunidad para aprender: los me gusta pueden hacer que lo arriesgado parezca emocionante. Grabar a alguien haciendo algo peligroso puede empujarlo a ir más lejos.

content-the-viral-rumour-teacher-helps = Gracias por contármelo. Quizás evitaste que alguien se hiciera daño. Vamos a hablar con toda la clase sobre los retos falsos.
content-the-viral-rumour-ben-stops = { $classmate } pone los ojos en blanco, pero se baja. Aun así, chicos de otras clases planean intentar el { $challenge } después de la escuela.

content-the-viral-rumour-ben-wobbles = La torre de sillas se tambalea. { $classmate } salta justo a tiempo y se raspa la rodilla. Todos se quedan en silencio. El video sigue en tu teléfono.
content-the-viral-rumour-wobble-choice = Uf, { $classmate } está bien, pero estuvo cerca. El video podría hacer que más chicos lo intenten. ¿Qué vas a hacer ahora?
content-the-viral-rumour-choice-get-help-delete = Buscar a un profe y no publicar el video
content-the-viral-rumour-feedback-get-help-delete = ¡Así se cambian las cosas! Un profe puede ver cómo está { $classmate } y detener el reto. Si no publicas el video, nadie lo copia.
content-the-viral-rumour-choice-delete-quietly = Borrar el video, pero no contárselo a nadie
content-the-viral-rumour-feedback-delete-quietly = Borrarlo ayuda, porque no se difundirá desde ti. Pero el reto sigue circulando, y un adulto podría ayudar a detenerlo para todos.
content-the-viral-rumour-choice-post-anyway = Publicar el video de todas formas, es gracioso
content-the-viral-rumour-feedback-post-anyway = Una oportunidad para aprender: un video de una acrobacia peligrosa puede hacer que otros quieran copiarla, y muestra a { $classmate } en un mal momento. Piensa a quién podría hacerle daño.

content-the-viral-rumour-spread = Lo que compartiste llega a 40 chicos en una hora. Ahora el hermanito de { $friend } pregunta hasta qué altura apilar las sillas. Mucha gente le cree al streamer falso.
content-the-viral-rumour-spread-choice = Ay, no. La publicación se difunde rápido, y algunos niños más pequeños se la creen. Todavía estás a tiempo de ayudar. ¿Qué vas a hacer?
content-the-viral-rumour-choice-delete-and-tell = Borrar lo que compartí y contarle a un adulto de confianza
content-the-viral-rumour-feedback-delete-and-tell = ¡Eso es valiente! A todos nos pasa compartir algo por error alguna vez. Lo que importa es arreglarlo y pedir ayuda. Los adultos pueden avisar a toda la escuela.
content-the-viral-rumour-choice-delete-only = Borrar lo que compartí y esperar que se detenga
content-the-viral-rumour-feedback-delete-only = Borrar lo que compartiste es un buen paso. Pero muchos chicos ya lo vieron. Un adulto de confianza puede explicarles que es falso y peligroso.
content-the-viral-rumour-choice-leave-it = Dejarlo publicado. Es solo una broma.
content-the-viral-rumour-feedback-leave-it = Una oportunidad para aprender: una broma deja de tener gracia cuando alguien la copia y se hace daño. Está bien cambiar de opinión y pedir ayuda.

content-the-viral-rumour-teacher-helps-late = Gracias por venir a contármelo. Sé que no fue fácil, y no te vas a meter en problemas. Les diré a las otras clases que es falso, y vamos a mantener a todos a salvo.

content-the-viral-rumour-end-safe = Verificaste los datos y pediste ayuda antes de que alguien se hiciera daño. ¡Eso es heroísmo de verdad en internet!
content-the-viral-rumour-end-mixed = Parte del problema se detuvo, pero el reto sigue circulando y ningún adulto lo sabe. Contárselo a un adulto de confianza ayuda a detener los retos peligrosos para todos.
content-the-viral-rumour-end-recovered = Las cosas se complicaron, pero les diste la vuelta pidiendo ayuda. ¡Eso requirió valor! La próxima vez, detente y piensa antes de compartir o grabar.
content-the-viral-rumour-end-harmful = El reto falso se sigue difundiendo, y más chicos podrían intentarlo. Nunca es tarde: cuéntaselo a un adulto de confianza, que puede ayudar a detenerlo.
