# La historia de 16-18 (scenarios/16-18/story.ron): un último trimestre de escuela en línea.

story-16-18-title = El último trimestre
story-16-18-closed = Ese fue tu último trimestre de escuela, entero. Decisiones fáciles, difíciles y algún tropiezo que arreglaste: aprendiste de todas. Me llena de orgullo.

# El cierre: cada línea aparece cuando se cumplen sus hechos.
story-16-18-ending-classmate = Cuando la multitud se lanzó contra alguien de tu clase, estuviste a su lado en vez de sumarte. Se notó. La gente recuerda quién la apoyó.
story-16-18-ending-stranger = Un desconocido probó con halagos, secretos y premios fáciles. Guardaste las pruebas y lo reportaste, y ahora conoces el patrón, use el nombre que use.
story-16-18-ending-job = Cuando circuló el trabajo falso, buscaste a un adulto que podía actuar en vez de callarte. Pedir ayuda es de gente madura.
story-16-18-ending-took-back = Hackearon tu cuenta, y la recuperaste. Arreglar algo cuenta tanto como no equivocarse nunca.
story-16-18-ending-violent-clip = Cuando circuló un video violento, lo reportaste y te aseguraste de que nadie cargara con ello sin ayuda, ni siquiera tú.
story-16-18-ending-hacked-scam = La noche en que una cuenta hackeada usó el nombre de alguien cercano para pedir dinero, sacaste la verdad a la luz y la reportaste. Esas estafas cuentan con el silencio, y no se lo diste.
story-16-18-ending-betting-tips = Cuando circulaban los pronósticos «seguros», acudiste a un adulto de confianza y activaste el bloqueo de apuestas. Hoy, en un partido, lo único que te juegas son puntos con tu grupo.
story-16-18-ending-study-pills = Antes de los exámenes, alguien vendía «pastillas para concentrarse» en tu grupo, y te aseguraste de que se reportara. ¿El mejor consejo de estudio del curso? Dormir.
story-16-18-ending-threats = Cuando alguien intentó asustarte para que pagaras, paraste, guardaste las pruebas y dejaste que un adulto te ayudara. Una amenaza pierde su poder en cuanto lo cuentas.
story-16-18-ending-older = Cuando alguien te quería solo para sí y te pedía secretos, dejaste volver a la gente que te quiere. Eso requirió mucha fuerza.
story-16-18-ending-doxxing = Cuando unos desconocidos publicaron dónde vives, hiciste que reportaran los posts, cerraste tus cuentas y dejaste las amenazas a los adultos. Tus reseñas siguen publicadas.
story-16-18-ending-always = Lo que siga ahí fuera se puede arreglar, paso a paso, con ayuda de un adulto de confianza. Venga lo que venga, sabes cuidarte y cuidar a los demás.

# Las personas que vuelven: la amistad, la persona de clase a la que ataca la multitud, el desconocido.
cast-1618-tariq = Tariq
cast-1618-priya = Priya
cast-1618-mika = Mika
cast-1618-ellis = Ellis
cast-1618-ravi = Ravi
cast-1618-kemi = Kemi
cast-1618-kestrel = Kestrel
cast-1618-rook = Rook_42
cast-1618-moss = MossyStone
