# La historia de 16-18 (scenarios/16-18/story.ron): un último trimestre de escuela en línea.

story-16-18-title = El último trimestre
story-16-18-closed = Ese fue tu último trimestre de escuela, entero. Decisiones fáciles, difíciles y algún tropiezo que arreglaste: aprendiste de todas. Me llena de orgullo.

# El cierre: cada línea aparece cuando se cumplen sus hechos.
story-16-18-ending-classmate = Cuando la multitud se lanzó contra alguien de tu clase, estuviste a su lado en vez de sumarte. Se notó. La gente recuerda quién la apoyó.
story-16-18-ending-stranger = Un desconocido probó con halagos, secretos y premios fáciles. Guardaste las pruebas y lo reportaste, y ahora conoces el patrón, use el nombre que use.
story-16-18-ending-job = Cuando circuló el trabajo falso, buscaste a un adulto que podía actuar en vez de callarte. Pedir ayuda es de gente madura.
story-16-18-ending-took-back = Hackearon tu cuenta, y la recuperaste. Arreglar algo cuenta tanto como no equivocarse nunca.
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
