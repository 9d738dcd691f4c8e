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
title-save-problem = No se pudo leer el progreso guardado, así que se apartó y no se perdió nada:

## Quién juega
profiles-heading = ¿Quién va a jugar?
profiles-new = Nuevo jugador
profiles-nickname-label = Escribe un apodo:
profiles-privacy-tip = Consejo: usa un apodo inventado, no tu nombre real. Así proteges tu privacidad aquí y también en internet.
profiles-avatar-label = Elige un color:
profiles-create = Empezar a jugar
profile-error-empty = Primero escribe un apodo.
profile-error-too-long = Un apodo puede tener hasta { $max } letras.
profile-error-taken = Alguien ya usa ese apodo. ¡Prueba con otro!
profile-error-missing = No se encontró a ese jugador.
avatar-coral = Coral
avatar-sun = Sol
avatar-leaf = Hoja
avatar-sky = Cielo
avatar-violet = Violeta
avatar-rose = Rosa

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
level-ending-mixed = Encontraste el camino de vuelta.
level-ending-harmful = Eso se complicó.
level-see-results = Ver cómo te fue

## Resumen
debrief-outcome-safe = ¡Bien hecho! Te cuidaste a ti y a los demás.
debrief-outcome-mixed = Al final lo lograste. Cada intento te enseña algo.
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
act-block = Bloquear
act-report = Reportar
act-tell = Contarle a un adulto
act-close = Cerrar
act-accept = Aceptar
level-spot-hint = Toca cada parte que lo delata y después toca “Terminé”.
level-spot-done = Terminé
level-spot-clue = ¡Buen ojo! Eso es una pista.
level-spot-not-clue = Esa parte está bien.
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
