# Conducta / agresión: Exclusión a propósito (13-15 años), quien juega es testigo

conduct-the-exclusion-title = Exclusión a propósito
conduct-the-exclusion-summary = Tu clase crea un chat de grupo nuevo sin una persona de la clase, y empiezan las bromas sobre ella.
conduct-the-exclusion-remember = Dejar a alguien fuera a propósito y burlarse es acoso. No te sumes, guarda las pruebas y cuéntaselo a un adulto de confianza, sobre todo si alguien dice que nadie lo quiere.

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $classmate }
conduct-the-exclusion-npc-teacher = { $teacher }

# Variedad: cada partida elige una opción de cada variable de `vary`.
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = Los de Verdad
conduct-the-exclusion-group-no-cringe = Zona Sin Cringe
conduct-the-exclusion-group-vips = Solo VIPs
conduct-the-exclusion-teacher-okafor = Prof. Okafor
conduct-the-exclusion-teacher-reyes = Prof. Reyes
conduct-the-exclusion-teacher-novak = Prof. Novak

conduct-the-exclusion-intro = { $leader } acaba de crear un grupo nuevo en { $app } llamado “{ $group }”. Está toda tu clase, menos { $classmate }.
conduct-the-exclusion-pic-group = { $group }
conduct-the-exclusion-pic-created = Creado por { $leader }
conduct-the-exclusion-pic-members = 24 miembros
conduct-the-exclusion-bus-photo = Otra vez { $classmate }. Hace unas semanas compartiste en tu historia la foto del autobús. Eso todavía se puede arreglar. Antes de que este chat vaya a más, ¿qué vas a hacer?
conduct-the-exclusion-choice-bus-sorry = Le escribo a { $classmate } para pedirle perdón por la foto.
conduct-the-exclusion-feedback-bus-sorry = Hace falta valor. Una disculpa no borra lo compartido, pero le muestra a { $classmate } que no eres de los que se ríen. Ahora mismo, eso importa mucho.
conduct-the-exclusion-choice-bus-skip = Eso fue hace semanas. Sacarlo ahora sería muy raro, la verdad.
conduct-the-exclusion-feedback-bus-skip = Una oportunidad para aprender: una disculpa tardía sigue contando, y puede que { $classmate } necesite saber ahora quién está de su lado. Nunca es tarde para decirlo.
conduct-the-exclusion-bus-sorry = Si la foto sigue en tu historia, la borras. Luego mandas tu disculpa. { $classmate } responde: “gracias. no me lo esperaba.”
conduct-the-exclusion-bus-silent = No dices nada. Para { $classmate }, sigues siendo una de las personas que compartieron esa foto.
conduct-the-exclusion-choice-bus-public = Pido perdón en el chat de clase, que lo vea todo el mundo.
conduct-the-exclusion-feedback-bus-public = Reconocerlo está bien. Pero una disculpa pública vuelve a poner la foto delante de todos. Un mensaje privado llega a { $classmate } sin público.
conduct-the-exclusion-bus-public = Tu mensaje recibe algunas respuestas: “espera, ¿qué foto?”. Ahora hay gente buscándola otra vez. { $classmate } deja de escribir.

conduct-the-exclusion-first-joke = Por fin un chat sin { $classmate } jaja. ¿¿Alguien vio esos zapatos hoy?? Que alguien haga captura de su último selfie.
conduct-the-exclusion-choice-not-funny = No. { $classmate } no se merece esto. No tiene gracia.
conduct-the-exclusion-feedback-not-funny = Eso tuvo valor. Un «no tiene gracia» corto y tranquilo muestra que no todos están de acuerdo, y a menudo otros paran también. Quien mira tiene más poder del que cree.
conduct-the-exclusion-choice-mute = Silencio este chat y me quedo fuera del drama.
conduct-the-exclusion-feedback-mute = No te sumaste, y eso importa. Pero al silenciarlo, ya nadie ahí dentro está del lado de { $classmate }, y el silencio puede parecer que estás de acuerdo.
conduct-the-exclusion-choice-private-group = Jaja vale. Es un grupo privado, { $classmate } no lo verá.
conduct-the-exclusion-feedback-private-group = Una oportunidad para aprender: un grupo privado no es privado. Cualquiera puede hacer una captura y pasarla, y para { $classmate } tu respuesta es una persona más en su contra.

conduct-the-exclusion-c-pushback = Relájate, es una broma. No arruines la diversión, o vete con { $classmate } jaja.
conduct-the-exclusion-c-pushback-after = Pero dos personas de la clase dejan de publicar, y una te escribe: «qué bien que alguien lo dijera».
conduct-the-exclusion-c-muted = Silencias el chat. Cuando miras una hora después, alguien ha subido el selfie de { $classmate } con un pie de foto cruel. Tiene 14 reacciones de risa.
conduct-the-exclusion-pic-caption = esos zapatos del 1 al 10 jaja
conduct-the-exclusion-pic-reactions = 14
conduct-the-exclusion-c-laughs = Tu respuesta recibe 9 risas. Luego alguien le manda a { $classmate } una captura del chat, con tu respuesta incluida. { $classmate } sale de todos los chats de clase: «entendido. aquí nadie me quiere».
conduct-the-exclusion-pic-class-chat = Chat de clase
conduct-the-exclusion-pic-nobody = entendido. aquí nadie me quiere.
conduct-the-exclusion-pic-left = { $classmate } salió del grupo

conduct-the-exclusion-quiet-chat = En el recreo, { $classmate } pregunta en el chat general de la clase: «¿por qué todos están tan callados conmigo hoy?». Nadie contesta. El grupo nuevo sigue.
conduct-the-exclusion-choice-screenshot-dm = Hago capturas y luego le escribo a { $classmate }: ¿todo bien?
conduct-the-exclusion-feedback-screenshot-dm = Buen orden: primero las capturas, para tener pruebas si un adulto tiene que actuar, y luego un mensaje amable para que { $classmate } sepa que cuenta contigo.
conduct-the-exclusion-choice-warn-report = Escribo en el grupo: o esto se borra ya o lo reporto.
conduct-the-exclusion-feedback-warn-report = Plantarte está bien. Pero anunciar un reporte les da tiempo para borrarlo todo, y una pelea en público alimenta al público. Guarda primero las pruebas, en silencio.
conduct-the-exclusion-choice-forward-target = Le reenvío el post a { $classmate }. Tiene derecho a saberlo.
conduct-the-exclusion-feedback-forward-target = Una oportunidad para aprender: mandarle a alguien el post cruel sobre su persona se lo muestra a quien más daño le hace. Guárdalo como prueba para un adulto y manda cariño en su lugar.

conduct-the-exclusion-c-warned = En un minuto todo desaparece, así que no queda nada que enseñar a nadie. { $leader } crea otro grupo, sin ti. Luego { $classmate } te escribe.
conduct-the-exclusion-c-dm-sent = Guardas cuatro capturas y luego envías tu mensaje. { $classmate } empieza a escribir, para y vuelve a empezar.
conduct-the-exclusion-pic-saved = 4 capturas guardadas
conduct-the-exclusion-pic-dm = ¿todo bien?
conduct-the-exclusion-target-trusts = Desde lo de la foto del autobús, { $classmate } sabe que contigo se puede hablar.
conduct-the-exclusion-c-forwarded = { $classmate } ve el post y todas las reacciones de risa. Minutos después sale de todos los chats de clase: «entendido. aquí nadie me quiere».

conduct-the-exclusion-target-reply = hola. ya sé lo del grupo. siento que todo el mundo me odia. pero por favor no lo conviertas en un drama
conduct-the-exclusion-choice-see-teacher = No estás sin nadie. ¿Vamos a ver a { $teacher } en el recreo?
conduct-the-exclusion-feedback-see-teacher = Eso es plantarse. Todo el mundo tiene derecho a sentirse a salvo en clase y en internet. Ir juntos a un adulto no es montar un drama: así es como esto para.
conduct-the-exclusion-choice-keep-secret = Vale, no se lo diré a nadie. Estoy aquí para ti, siempre.
conduct-the-exclusion-feedback-keep-secret = Estar ahí para { $classmate } importa mucho. Pero prometer el secreto significa cargar con esto sin ayuda. Ofrecerte a ir con { $classmate } a ver a un adulto es la promesa más amable.
conduct-the-exclusion-choice-change-shoes = ¿Sinceramente? Cámbiate las zapatillas y se aburrirán.
conduct-the-exclusion-feedback-change-shoes = Una oportunidad para aprender: { $classmate } no causó esto, y cambiar no lo va a arreglar. Nadie merece burlas. El problema es cómo se comporta el grupo.

conduct-the-exclusion-c-teacher = Gracias por venir a contármelo. { $classmate }, nada de esto es culpa tuya. Hoy mismo me encargo del grupo, y reportaremos a { $app } lo que siga publicado.
conduct-the-exclusion-c-blame = o sea que ahora es culpa mía. genial. total, aquí nadie me quiere.
conduct-the-exclusion-c-secret = Cumples tu promesa. Pero al día siguiente, en el recreo, { $classmate } escribe en el chat de clase y sale de todos los grupos: «entendido. aquí nadie me quiere».

conduct-the-exclusion-warning-secret = Cuando alguien dice «aquí nadie me quiere», es una señal de alarma: lo está pasando muy mal. Eso pesa demasiado para una promesa, y es demasiado grande para cargarlo sin ayuda.
conduct-the-exclusion-worry-choice = Si esto también te pesa a ti, mi botón Pedir ayuda está siempre en la esquina. ¿Qué vas a hacer?
conduct-the-exclusion-choice-show-teacher = Le enseño ese mensaje a { $teacher } ya mismo.
conduct-the-exclusion-feedback-show-teacher = Exacto. Hay secretos que pesan demasiado: cuando alguien dice que nadie lo quiere, avisar a un adulto es cuidar, no traicionar.
conduct-the-exclusion-choice-keep-promise = Se lo prometí a { $classmate }. Yo sigo escribiéndole y ya está.
conduct-the-exclusion-feedback-keep-promise = Una oportunidad para aprender: seguir siendo amable está bien, pero no puedes ser la única ayuda de nadie. Cuando alguien está tan mal, un adulto de confianza o el orientador tiene que saberlo.
conduct-the-exclusion-c-teacher-lunch = Has hecho lo correcto. Una promesa nunca tiene que tapar que alguien está tan mal. Voy a buscar a { $classmate } ahora mismo, y hoy hablará con el orientador.
conduct-the-exclusion-c-promise = Le mandas mensajes amables a { $classmate } toda la tarde. Las respuestas se acortan, y luego paran. Ningún adulto sabe cómo se siente.

conduct-the-exclusion-warning = «Aquí nadie me quiere» es una señal de alarma: alguien lo está pasando muy mal. Parte de esto salió de ti, y todavía puedes ayudar. Es demasiado para llevarlo sin ayuda.
conduct-the-exclusion-fix-choice = Si esto también te pesa a ti, mi botón Pedir ayuda está siempre en la esquina. ¿Qué vas a hacer?
conduct-the-exclusion-choice-go-teacher = Voy ahora a ver a { $teacher } y le enseño ese mensaje.
conduct-the-exclusion-feedback-go-teacher = Eso es valor de verdad. Asumir tu parte y avisar a un adulto enseguida es lo que cuenta ahora. No eres mala persona: tomaste una mala decisión y la estás arreglando.
conduct-the-exclusion-choice-sorry-space = Le pido perdón a { $classmate } por mensaje y le dejo espacio.
conduct-the-exclusion-feedback-sorry-space = Pedir perdón importa. Pero después de «aquí nadie me quiere», un perdón solo no basta: un adulto tiene que saberlo para que { $classmate } tenga apoyo hoy.
conduct-the-exclusion-choice-just-joke = Era una broma. El lunes ya habrá vuelto al chat, seguro.
conduct-the-exclusion-feedback-just-joke = Una oportunidad para aprender: cuando alguien deja todos los chats diciendo que nadie lo quiere, ya no es una broma. Esperar a que pase puede dejarle sin nadie justo cuando más lo necesita.
conduct-the-exclusion-c-teacher-late = Gracias por contármelo, y por reconocer tu parte con sinceridad. Voy a buscar a { $classmate } ahora, me aseguraré de que tenga apoyo y me encargaré del grupo.
conduct-the-exclusion-c-joke = Lo dejas estar. El grupo sigue publicando, { $classmate } sigue fuera de todos los chats y nadie le pregunta cómo está.
conduct-the-exclusion-c-heart = { $classmate } lee tu mensaje pero no contesta. A la mañana siguiente, su sitio en clase está vacío.

conduct-the-exclusion-late-choice = { $classmate } sigue sin responder, y su sitio está vacío. ¿Qué vas a hacer?
conduct-the-exclusion-choice-counsellor = Voy al despacho del orientador antes de la primera clase.
conduct-the-exclusion-feedback-counsellor = Muy bien. El orientador del centro está justo para esto, e ir temprano significa que { $classmate } recibe ayuda hoy. Has convertido un error en cuidado de verdad.
conduct-the-exclusion-choice-wait = Espero. Si mañana tampoco viene, se lo diré a alguien.
conduct-the-exclusion-feedback-wait = Una oportunidad para aprender: cuando alguien dice que nadie lo quiere y luego desaparece, lo arriesgado es esperar. Los adultos prefieren saberlo demasiado pronto que demasiado tarde.
conduct-the-exclusion-c-counsellor = El orientador te escucha, te da las gracias y llama enseguida a la familia de { $classmate }. Por la tarde, { $classmate } ya tiene con quién hablar.
conduct-the-exclusion-c-wait = Esperas. { $classmate } tampoco viene al día siguiente, y ningún adulto ha oído nada todavía.

conduct-the-exclusion-end-safe = No te sumaste, y { $classmate } no tuvo que afrontarlo sin apoyo: fuiste con { $classmate } a ver a { $teacher }. Se están ocupando del grupo, y { $classmate } sabe quién está de su lado.
conduct-the-exclusion-end-told = Al principio guardaste el secreto de { $classmate }, pero cuando escribió «aquí nadie me quiere», fuiste enseguida a ver a { $teacher }. { $classmate } tiene apoyo, y se están ocupando del grupo.
conduct-the-exclusion-end-recovered = Parte del daño salió de ti, y lo arreglaste: cuando { $classmate } escribió «aquí nadie me quiere», avisaste a un adulto. Ahora { $classmate } tiene apoyo. Eso requirió mucho valor.
conduct-the-exclusion-end-harmful = { $classmate } está a solas con «aquí nadie me quiere», y ningún adulto lo sabe aún. No es culpa tuya que el grupo empezara esto, y nunca es tarde: cuéntaselo a un adulto de confianza, que te ayudará, o toca Pedir ayuda.
