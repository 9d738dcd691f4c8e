# Las palabras del propio juego: pantallas, botones y lo que dice Sango.
# Las palabras de cada escenario están en su propio archivo; los objetivos, en objectives.ftl.

empty = {""}
back = Volver

## Título
title-name = Sango
title-tagline = Explora el mundo en línea de forma segura, con Sango como guía.
title-play = Jugar
title-quit = Salir
title-content-problems = { $count ->
    [one] Se encontró un problema en las lecciones. Un docente puede ejecutar “sango validate” para ver por qué:
   *[other] Se encontraron { $count } problemas en las lecciones. Un docente puede ejecutar “sango validate” para ver por qué:
}
title-save-problem = Hay algo en el progreso guardado que un adulto debe revisar. No se perdió nada: tu docente puede ver los detalles.

## Quién juega
profiles-heading = ¿Quién va a jugar?
profiles-new = Nuevo jugador
profiles-nickname-label = Escribe un apodo:
profiles-privacy-tip = Consejo: usa un apodo inventado, no tu nombre real. Así proteges tu privacidad aquí y también en internet.
profiles-privacy-full-name = ¿Es tu nombre real? Un apodo inventado es más seguro: quien no te conoce no puede usarlo para encontrarte. Aun así, puedes quedártelo.
profiles-privacy-email = Parece una dirección de correo. Un apodo inventado es más seguro: una dirección deja que desconocidos te escriban. Aun así, puedes quedártela.
profiles-privacy-phone = Parece un número de teléfono. Un apodo inventado es más seguro: un número deja que desconocidos te llamen o escriban. Aun así, puedes quedártelo.
profiles-avatar-label = Elige tu imagen:
profiles-create = Empezar a jugar
profile-error-empty = Primero escribe un apodo.
profile-error-too-long = Un apodo puede tener hasta { $max } letras.
profile-error-taken = Alguien ya usa ese apodo. ¡Prueba con otro!
profile-error-symbols = Usa letras y números: algunos signos y dibujos no se ven aquí y podrían hacer que dos apodos parezcan iguales.
profile-error-missing = No se encontró a ese jugador.
avatar-coral = Oso coral
avatar-sun = Sol
avatar-leaf = Brote verde
avatar-sky = Robot celeste
avatar-violet = Búho violeta
avatar-rose = Conejo rosa

## Mapa del mundo
map-heading = El mundo en línea
map-playing-as = Juegas como { $nickname }
map-change-player = Cambiar de jugador
map-no-levels = Pronto llegarán más aventuras aquí.
risk-content = Contenido
risk-content-hint = Lo que ves y lees en internet
risk-contact = Contacto
risk-contact-hint = Personas que te contactan en internet
risk-conduct = Conducta
risk-conduct-hint = Cómo nos tratamos en internet
risk-contract = Contrato
risk-contract-hint = Juegos, apps, ofertas y tus datos

## Un nivel
speaker-sango = Sango
speaker-you = Tú
level-leave = Salir del nivel
level-continue = Continuar
level-what-do-you-do = ¿Qué haces?
level-you-chose = Elegiste: “{ $choice }”
level-verdict-safe = ¡Muy buena elección!
level-verdict-cautious = No está mal, pero hay una forma más segura.
level-verdict-risky = Pensemos en esta en equipo.
level-ending-safe = ¡Te mantuviste a salvo!
level-ending-mixed = A salvo, por ahora.
level-ending-recovered = ¡Lo arreglaste!
level-ending-harmful = Eso se complicó.
level-see-results = Ver cómo te fue

## Resumen
debrief-outcome-safe = ¡Bien hecho! Te cuidaste a ti y a los demás.
debrief-outcome-mixed = Esta vez no pasó nada, pero el problema no está resuelto. Cada intento te enseña algo.
debrief-outcome-recovered = Lo arreglaste. Contarlo, bloquear o reportar después de un error es justo lo que hay que hacer.
debrief-put-right = Después de un error, lo arreglaste: «{ $choice }»
debrief-outcome-harmful = Esta historia fue difícil. Vuelve a jugarla para encontrar el camino seguro: ¡Sango cree en ti!
debrief-objectives = Lo que practicaste
debrief-practised-well = ¡Lo hiciste muy bien!
debrief-not-yet-practised = Practicarás esto en otra decisión.
debrief-practise-again = Practiquemos esto otra vez.
debrief-remember = Sango quiere que recuerdes
debrief-not-saved = Esta vez no se pudieron guardar tus estrellas, pero puedes seguir jugando.
debrief-back-to-map = Volver al mapa
debrief-play-again = Jugar otra vez

## Etapas de app
stage-chat = chat
stage-feed = publicaciones
stage-popup = oferta
level-spot-hint = Toca cada parte que lo delata y después toca “Terminé”.
level-spot-hint-picture = Mira bien la imagen. Toca cada lugar que lo delata (o llega con Tab y pulsa Intro) y después toca “Terminé”.
level-spot-done = Terminé
level-spot-clue = ¡Buen ojo! Eso es una pista.
level-spot-not-clue = Esa parte está bien.
level-spot-everything = Tocarlo todo atrapa las pistas, pero también acusa lo que estaba bien. Detectar es elegir solo lo que delata el engaño.
level-spot-some-fine = Algunas partes que tocaste estaban bien. Tener cuidado también es confiar en lo que es real.
level-spot-missed = Se te escapó una pista. Mira cada parte y pregúntate: ¿esto delata el engaño?
level-spot-result = Encontraste { $found } de { $clues } pistas{ $mistaken ->
    [0] .
    [one] , pero tocaste una parte que estaba bien.
   *[other] , pero tocaste { $mistaken } partes que estaban bien.
}

## Edades (el mapa muestra una a la vez)
map-ages = Edades:
band-9-12 = 9–12
band-13-15 = 13–15
band-16-18 = 16–18

## Quién juega: varios niños y niñas comparten una computadora
profiles-new-player = Primera vez aquí
profiles-page = Página { $page } de { $pages }
profiles-previous = Anterior
profiles-next = Siguiente
profiles-none-yet = Todavía nadie tiene un perfil en esta computadora. Toca “Primera vez aquí” para crear uno.
profiles-remove-heading = Elige el perfil que quieres eliminar
profiles-remove-confirm = ¿Eliminar el perfil de { $nickname } y todas sus estrellas? No se puede deshacer.
profiles-remove-yes = Sí, eliminar
profiles-removed = Se eliminó el perfil de { $nickname }.
cancel = Cancelar
title-teacher = Docente
title-settings-problem = El archivo de ajustes de la escuela tiene un problema, así que se usan los ajustes habituales:

## PIN docente
pin-set-heading = Elija un PIN docente
pin-set-hint = Use de 4 a 12 dígitos que los estudiantes no conozcan. Esta computadora solo guarda una versión codificada (hash Argon2), y los intentos fallidos hacen esperar.
pin-confirm-heading = Escriba el mismo PIN otra vez
pin-enter-heading = PIN docente
pin-enter-hint = Escriba el PIN docente para abrir los ajustes para docentes.
pin-ok = OK
pin-erase = Borrar
pin-error-wrong = Ese PIN no es correcto. Inténtelo de nuevo.
pin-error-length = Un PIN tiene de 4 a 12 dígitos.
pin-error-wait = Demasiados intentos incorrectos. Espere { $seconds } segundos y vuelva a intentarlo.
pin-error-mismatch = Los dos PIN no coincidían. Vuelva a empezar, por favor.

## Ajustes para docentes
teacher-heading = Ajustes para docentes
teacher-age-band = Franja de edad de la clase:
teacher-language = Idioma:
teacher-levels = Niveles para { $band } años (toque uno para activarlo o desactivarlo):
teacher-level-on = sí
teacher-level-off = no
teacher-lock = Bloquear ajustes
teacher-unlock = Desbloquear ajustes
teacher-locked = Bloqueado: los estudiantes no pueden cambiar la franja de edad ni el idioma.
teacher-unlocked = Desbloqueado: los estudiantes pueden cambiar la franja de edad y el idioma.
teacher-report = Informe de la clase
teacher-remove-profile = Eliminar un perfil
teacher-reset = Borrar todo el progreso
teacher-reset-confirm = ¿Borrar todo el progreso de esta computadora? Se eliminarán todos los perfiles y todas las estrellas. Antes se guarda una copia de seguridad.
teacher-reset-yes = Sí, borrar
teacher-reset-done = Se borró todo el progreso. Se guardó una copia de seguridad en { $path }
teacher-done = Listo
teacher-quit = Cerrar Sango
teacher-save-problem = No se pudo guardar: { $error }

## Informe de la clase
report-heading = Informe de la clase
report-summary = { $children ->
    [one] { $children } estudiante
   *[other] { $children } estudiantes
}, niveles terminados: { $levels }, estrellas: { $stars }
report-weakest = Lo que la clase más necesita practicar: { $objectives }
report-weakest-none = Todavía no se ha practicado ningún objetivo.
report-chart-title = Decisiones seguras por objetivo, toda la clase
report-legend = El porcentaje indica con qué frecuencia se tomó la decisión segura cuando un nivel practicaba el objetivo.
report-objective = Objetivo
report-class = Clase
report-nickname = Apodo
report-levels = Niveles
report-stars = Estrellas
report-weakest-tag = necesita práctica
report-distribution = Estudiantes: { $secure } con dominio, { $middle } en camino, { $again } por practicar de nuevo, { $none } todavía sin empezar
report-save-csv = Guardar en hoja de cálculo (CSV)
report-save-html = Guardar para imprimir
report-saved = Guardado en { $path }
report-save-failed = No se pudo guardar: { $error }
report-empty = Ningún estudiante ha terminado un nivel en esta computadora todavía.
report-generated = Creado por Sango el { $date }. Solo contiene apodos y puntuaciones; nada sale de esta computadora.
report-per-child = Por estudiante
profile-error-not-saved = Tu perfil no se pudo guardar en esta computadora. Pide ayuda a tu docente.
pin-error-not-saved = El PIN no se pudo guardar en esta computadora, así que no se ha establecido.
report-weakest-secure = La clase domina todos los objetivos practicados hasta ahora.
notice-language-unavailable = No se pudieron cargar los textos en { $language }. Revisa la conexión y vuelve a elegir el idioma.
notice-level-words-unavailable = No se pudieron cargar los textos de los niveles. Revisa la conexión y vuelve a cargar la página.
title-settings = Ajustes
map-settings = Ajustes
settings-heading = Ajustes
settings-done = Listo
settings-text-size = Tamaño del texto: { $size }
text-size-normal = Normal
text-size-large = Grande
text-size-largest = Muy grande
settings-contrast = Alto contraste: { $state }
state-on = activado
state-off = desactivado
settings-turn-on = Activar
settings-turn-off = Desactivar
settings-effects = Efectos de sonido: { $level } de 10
settings-quieter = Más bajo
settings-louder = Más alto
settings-sound = Sonido: { $state }
settings-mute = Silenciar todo
settings-unmute = Activar el sonido
settings-kept = Tus ajustes se guardan para ti en esta computadora.
help-button = Pedir ayuda
help-heading = ¿Necesitas ayuda? No estás solo ni sola.
help-now-heading = Qué hacer ahora mismo
help-now-stop = Deja de responder. Nunca tienes que contestar a alguien que te hace sentir mal.
help-now-keep = Guarda los mensajes: haz una captura de pantalla. Así un adulto puede ayudarte.
help-now-block = Bloquea a esa persona y repórtala en la app o el juego.
help-now-not-your-fault = No es culpa tuya, y pedir ayuda siempre es lo correcto.
help-adult-heading = Cuéntaselo a un adulto de confianza
help-adult-text = Tu madre, tu padre o quien te cuida, tu docente u otro adulto de confianza. Cuéntale lo que pasó y enséñaselo.
help-lines-heading = Líneas de ayuda
help-lines-default = Las líneas de ayuda a la infancia son gratuitas, amables y privadas. Child Helpline International indica la de tu país en childhelplineinternational.org
help-danger = Si estás en peligro ahora mismo, llama al número de emergencias de tu país.
help-close = Volver al juego
settings-music = Música: { $level } de 10
settings-motion = Menos movimiento: { $state }

# Read aloud
level-listen = Escuchar
level-listen-missing = Esta frase todavía no tiene voz
settings-voice = Voces de lectura: { $level } de 10
settings-read-aloud = Leer cada frase en voz alta al aparecer: { $state }
level-listen-no-voice = Aquí no hay voz para este idioma: mira los Ajustes
settings-speech-system = Lectura con la voz de esta computadora: { $voice }
settings-speech-pack = Lectura con las voces del paquete de voces
settings-speech-looking = Buscando las voces de esta computadora…
settings-speech-none = Esta computadora no tiene voz para este idioma y el paquete de voces no está instalado. Un docente puede añadirlo: el README del juego explica cómo.
settings-speech-other = Otra voz
settings-speech-use-pack = Usar el paquete de voces
settings-speech-use-system = Usar la voz de la computadora
settings-rate = Velocidad de lectura: { $rate }
settings-rate-slowest = muy lenta
settings-rate-slow = lenta
settings-rate-normal = normal
settings-rate-fast = rápida
settings-rate-fastest = muy rápida
settings-slower = Más lento
settings-faster = Más rápido

## Calentamiento, repaso y refuerzo (la comprobación del aprendizaje): situaciones para juzgar
check-warm-up-heading = Calentamiento con Sango
check-look-back-heading = Repaso con Sango
check-booster-heading = Recordar con Sango
check-warm-up-intro = Antes de tu primer nivel, ¡vamos a calentar juntos! Te mostraré unas situaciones rápidas. Di si cada una está bien o no está bien, y luego dime cuánto confías en tu respuesta.
check-look-back-intro = ¡Has practicado mucho! Vamos a repasar juntos con unas situaciones rápidas, un poco como en el calentamiento. Di si cada una está bien o no está bien, y luego dime cuánto confías en tu respuesta.
check-booster-intro = ¡Hace tiempo que no repasamos! Veamos qué recuerdas con unas situaciones rápidas. Después de cada una, te diré qué pista hay que buscar.
check-no-score = No hay puntos y no se corrige ninguna respuesta. Tus respuestas ayudan a tu docente a ver lo que la clase está aprendiendo.
check-start = Empezar
check-skip = Saltar el calentamiento
check-stop = Parar por ahora
check-progress = Situación { $number } de { $count }
check-is-it-ok = ¿Esto está bien?
check-ok = Está bien
check-not-ok = No está bien
check-how-sure = ¿Cuánto confías en tu respuesta?
check-sure-guessing = Solo adivino
check-sure-fairly-sure = Bastante
check-sure-very-sure = Mucho
check-feedback-right-ok = Tienes razón: esta situación está bien.
check-feedback-right-not-ok = Tienes razón: esta situación no está bien.
check-feedback-look-again-ok = Vuelve a mirarla: esta situación está bien.
check-feedback-look-again-not-ok = Vuelve a mirarla: esta situación no está bien.
check-next = Siguiente
check-thanks-warm-up = ¡Gracias! Ya calentaste. Vamos a jugar tu primer nivel.
check-thanks-look-back = ¡Gracias por repasar conmigo! Cada nivel que juegas te ayuda a estar a salvo en internet.
check-thanks-booster = ¡Muy bien por recordar conmigo! Sigue buscando esas pistas siempre que estés en internet.
check-to-level = Jugar el nivel
check-not-saved = Esta vez no se pudieron guardar tus respuestas, pero puedes seguir jugando.

## Sugerencias e insignias
map-badges = Mis insignias ({ $count })
map-look-back = { $kind ->
    [booster] Hace una semana que repasaste con Sango. ¿Te acuerdas?
   *[other] ¡Has practicado mucho! A Sango le gustaría repasar contigo.
}
map-look-back-start = { $kind ->
    [booster] Recordar con Sango
   *[other] Repasar con Sango
}
map-next-growing = Sango te sugiere “{ $level }”: practica “{ $objective }”, algo que todavía estás aprendiendo.
map-next-new = Sango te sugiere “{ $level }”: practica “{ $objective }”, algo que aún no has practicado en ningún nivel.
map-next-tag = Sango sugiere
badges-heading = Insignias de { $nickname }
badges-count = { $earned } de { $count }
badges-how = Ganas una insignia cuando una habilidad aparece en { $levels } niveles o más y tomas la decisión segura al menos tres de cada cuatro veces.
badges-earned = ¡Insignia conseguida!
badges-not-yet = Todavía no: juega los niveles que la practican.
debrief-new-badges = { $count ->
    [one] ¡Una insignia nueva!
   *[other] ¡Insignias nuevas!
}

## Informe de la clase: calentamiento, repaso y refuerzo
report-tab-levels = Niveles
report-tab-learning = Comprobaciones de aprendizaje
report-badges = Insignias
report-warm-up = Calentamiento
report-look-back = Repaso
report-booster = Refuerzo
report-gain = Mejora (puntos)
report-false-alarms-warm-up = Falsas alarmas, calentamiento (%)
report-false-alarms-look-back = Falsas alarmas, repaso (%)
report-false-alarms-booster = Falsas alarmas, refuerzo (%)
report-false-alarms-column = Seguras marcadas “no está bien” (%): calentamiento / repaso / refuerzo
report-false-alarms-cell = { $warmup } / { $lookback } / { $booster }
report-confidence-warm-up = Confianza, calentamiento (1 a 3)
report-confidence-look-back = Confianza, repaso (1 a 3)
report-objective-warm-up = { $objective }: calentamiento
report-objective-look-back = { $objective }: repaso
report-objective-booster = { $objective }: refuerzo
report-not-taken = no realizado
report-estimate = { $mean } ({ $low } a { $high })
report-share-estimate = { $mean } % ({ $low } a { $high })
report-cell = { $value }, { $children ->
    [one] 1 estudiante
   *[other] { $children } estudiantes
}
report-effect-size = Tamaño del efecto (d de Cohen)
report-interval = Intervalo del 95%
report-paired = Estudiantes con ambos
report-retention = Mantenido en el refuerzo (puntos)
report-boosters = Estudiantes con refuerzo
report-more-suspicious = Estudiantes más desconfiados ante situaciones seguras
report-column-children = { $check }: estudiantes
report-column-discernment = { $check }: discernimiento
report-column-low = { $check }: intervalo del 95%, desde
report-column-high = { $check }: intervalo del 95%, hasta
report-column-false-alarms = { $check }: falsas alarmas (%)
report-learning-heading = Calentamiento, repaso y refuerzo
report-learning-effect = Estudiantes que hicieron el calentamiento y el repaso: { $paired }. Su discernimiento pasó de { $pre } a { $post } ({ $gain } puntos). Tamaño del efecto d = { $d } (intervalo del 95%: de { $low } a { $high }).
report-learning-waiting = { $warmups ->
    [one] Un estudiante hizo
   *[other] { $warmups } estudiantes hicieron
} el calentamiento y { $lookbacks }, el repaso; hicieron ambos: { $paired }. La mejora de la clase se mostrará cuando al menos dos estudiantes hayan hecho ambos.
report-false-alarm-trend = Situaciones seguras marcadas “no está bien”: { $pre } en el calentamiento y { $post } en el repaso. { $suspicious ->
    [0] Ningún estudiante se volvió más desconfiado ante las situaciones seguras.
    [one] Un estudiante marcó claramente más situaciones seguras como “no está bien” que antes.
   *[other] { $suspicious } estudiantes marcaron claramente más situaciones seguras como “no está bien” que antes.
}
report-retention-line = { $boosters ->
    [one] Un estudiante hizo el refuerzo
   *[other] { $boosters } estudiantes hicieron el refuerzo
} una semana o más después del repaso: su discernimiento cambió { $change } puntos en las mismas habilidades.
report-retention-waiting = Todavía no hay refuerzos para comparar ({ $boosters } realizados): el refuerzo llega una semana o más después del repaso.
report-learning-about = Cada comprobación muestra situaciones, la mitad de ellas seguras, para juzgar si “está bien” o “no está bien”. El discernimiento es el porcentaje de situaciones de riesgo detectadas menos el porcentaje de situaciones seguras marcadas “no está bien”, de -100 a 100 puntos: decir “no está bien” a todo da 0. El repaso solo pregunta por habilidades que el estudiante practicó en dos niveles o más. Cada cifra tiene su intervalo del 95% y el número de estudiantes. Un tamaño del efecto de 0.2 es pequeño, 0.5 mediano y 0.8 grande.

## Ordenar el muro: compartir, comprobar primero o no compartir
sort-pile-share = Compartir
sort-pile-check = Comprobar primero
sort-pile-dont-share = No compartir
level-sort-count = Publicación { $n } de { $total }
level-sort-done = Ya terminé
level-sort-again = Ordenar otra vez
level-sort-result = { $right } de { $total } publicaciones fueron a su mejor montón.
level-sort-placed = Tú: { $put } · Lo mejor: { $best }
level-sort-doubted = Algunas publicaciones verdaderas y amables se quedaron sin compartir. Dudar de todo no es lo mismo que comprobar: lo que es verdad y amable vale la pena compartirlo.
level-sort-passed-on = Algunas publicaciones que debían quedarse contigo se compartieron. Antes de compartir, pregúntate: ¿es verdad?, ¿es amable?, ¿me toca a mí compartirlo?
level-setup-heading = Ajustes de la cuenta
level-setup-setting = { $setting }: { $value }
level-setup-done = Ya terminé
level-setup-result = { $right } de { $total } ajustes encajan con la situación.
level-setup-chosen = Tú: { $chosen } · Lo mejor aquí: { $best }
level-setup-left-open = Algunos ajustes se quedaron como los puso la app. Los primeros ajustes de una app le convienen a la app, no a ti: revísalos uno por uno.
level-setup-closed-too-far = Cerrarlo todo deja fuera a los desconocidos, pero también a las personas para quienes se creó esta cuenta. Los ajustes seguros son los que encajan con lo que necesitas.
level-compose-to = Para: { $to }
level-compose-empty = Tu mensaje está vacío. Elige qué quieres decir.
level-compose-send = Enviar
level-compose-result = Tu mensaje dijo { $needed } de las { $total } cosas que tenía que decir.
level-compose-in-needed = La pusiste: tiene que estar.
level-compose-in-harm = La pusiste: hace daño.
level-compose-in-either = La pusiste: está bien de las dos formas.
level-compose-out-needed = La dejaste fuera: hacía falta.
level-compose-out-harm = La dejaste fuera: ¡bien hecho!
level-compose-out-either = La dejaste fuera: está bien de las dos formas.
level-compose-harm = Algunas palabras del mensaje podrían herir a alguien o contar demasiado. Lo que dejas fuera importa tanto como lo que dices.
level-compose-nothing = Un mensaje vacío no puede ayudar. Elige las palabras que dicen lo que hace falta y envíalas.
level-compose-missing = El mensaje es amable y seguro, pero le falta algo que necesita. Dilo todo, con claridad.

## Ciérralo con candado: una frase de contraseña, los ajustes de inicio de sesión y la página real
level-lock-passphrase = Tu frase de contraseña
level-lock-empty = Vacía. Elige piezas para formarla.
level-lock-settings = Ajustes de inicio de sesión
level-lock-done = Cerrar con candado
level-lock-pages = Mira bien la dirección. ¿En qué página inicias sesión?
level-lock-result = Tu frase de contraseña era { $passphrase }. { $real ->
    [1] Iniciaste sesión en la página real.
   *[0] La página donde iniciaste sesión era falsa.
}
level-lock-strong = segura y fácil de recordar
level-lock-could-be-stronger = buena, pero podría ser mejor
level-lock-weak = fácil de adivinar
level-lock-piece-word = Una palabra de todos los días: hace segura la frase de contraseña.
level-lock-piece-personal = Sobre ti: otras personas pueden adivinarlo.
level-lock-piece-common = Una contraseña común: es lo primero que se prueba.
level-lock-piece-jumble = Un revoltijo de signos: seguro, pero difícil de recordar.
level-lock-page-real = Iniciaste sesión aquí: la página real.
level-lock-page-fake = Iniciaste sesión aquí: una página falsa.
level-lock-real-was = La página real: { $address }
level-lock-fake-page = Una página falsa se quedó con tu frase. Antes de escribir, lee el nombre justo antes de la primera barra / sola: dice de quién es la página. Si te pasa de verdad, cambia la frase ya y cuéntaselo a alguien de confianza.
level-lock-guessable = Algo de tu frase de contraseña es fácil de adivinar: lo que tiene que ver contigo está en tus publicaciones, y las contraseñas comunes se prueban primero.
level-lock-settings-open = Un ajuste de inicio de sesión podría encajar mejor: mira abajo por qué. Con la verificación en dos pasos, una frase de contraseña robada no basta.
level-lock-jumble = Un revoltijo de signos es seguro, pero difícil de recordar, así que acaba apuntado en algún sitio. Las palabras de todos los días que puedes imaginar son seguras y fáciles de recordar.
level-lock-short = La frase de contraseña es demasiado corta para resistir. Añade más palabras de todos los días.

## Juega en el otro lado: una publicación falsa hecha de trucos, y luego al revés
level-craft-people = Quién la verá
level-craft-room = Partes usadas: { $used } de { $room }
level-craft-full = Partes usadas: { $used } de { $room }. No cabe más: quita una para cambiarla.
level-craft-post = Publicar
level-craft-result = Tu publicación engañó a { $fooled } de { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}.
level-craft-verdict-safe = ¡Conoces estos trucos!
level-craft-verdict-cautious = Conoces algunos de estos trucos.
level-craft-verdict-risky = Veamos juntos estos trucos.
level-craft-fooled = Cayó en la trampa
level-craft-not-fooled = No cayó
level-craft-was-trick = Un truco
level-craft-was-honest = No es un truco: ayuda a comprobar.
level-craft-turn = Ahora, dale la vuelta
level-craft-nothing = Una publicación vacía no engaña a nadie. Elige los trucos que funcionarían con estas personas.
level-craft-honest = Algunas partes eran honestas: ayudan a comprobar, así que no engañan a nadie.
level-craft-missed = Alguien no cayó: lee cómo es cada persona y qué truco funcionaría con ella.

## La historia de la franja de edad, y «Mi teléfono»
map-phone = Mi teléfono
map-story-next = { $story }: capítulo { $chapter } de { $count }, { $level }
map-story-closed = { $story }: ¡tu historia está completa!
map-story-open = Tu historia
map-story-read-close = Cómo terminó
story-progress = { $done } de { $count } capítulos jugados
story-chapter = Capítulo { $number }
story-next = Siguiente
phone-heading = El teléfono de { $nickname }
phone-how = Esto es lo que tus decisiones dejaron en tu teléfono y en internet. Sango te dice qué hacer con cada cosa.
phone-empty = Aún no hay nada. Mientras juegas, aquí aparecerá lo que compartes, a quién bloqueas y lo que cambias.
phone-private = Solo aparece en tu perfil de jugador, nunca en el informe de la clase. Se queda en este dispositivo y se borra cuando se borra tu jugador.
phone-sango-says = Sango: { $advice }
phone-shared = Lo que compartí, y con quién
phone-location = Dónde está activada mi ubicación
phone-blocked = A quién bloqueé o reporté
phone-setting = Los ajustes que cambié
