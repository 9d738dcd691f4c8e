# Контент / агрессия: Страшное видео (9–12 лет)

content-the-scary-video-title = Страшное видео
content-the-scary-video-summary = Мультик заканчивается, и вдруг само включается страшное видео. Что делать, если в интернете что-то пугает?
content-the-scary-video-remember = Бояться — это нормально, и твоей вины в этом нет. Закрой видео, расскажи взрослому, которому доверяешь, и вместе включите детский режим.

content-the-scary-video-app = { $app }
content-the-scary-video-app-vidbloom = VidBloom
content-the-scary-video-app-clipnest = ClipNest
content-the-scary-video-app-toonstream = ToonStream
content-the-scary-video-cartoon-bunnies = «Прыгучие зайчики»
content-the-scary-video-cartoon-robots = «Робо-друзья»
content-the-scary-video-cartoon-dinos = «Динодрузья»
content-the-scary-video-adult-dad = Папа
content-the-scary-video-adult-grandma = Бабушка
content-the-scary-video-adult-aunt = Тётя Лина
content-the-scary-video-name-shadowfox = ShadowFox_11
content-the-scary-video-name-nightowl = NightOwl_X
content-the-scary-video-name-spookysam = Spooky_Sam12
content-the-scary-video-chat-zipchat = ZipChat
content-the-scary-video-chat-buzzbox = BuzzBox
content-the-scary-video-chat-whisperly = Whisperly

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-stranger = { $stranger }

content-the-scary-video-intro = Привет, это я, Санго! За окном дождь, а ты смотришь мультик { $cartoon } в { $app }. Мультики — это весело! Посмотрю вместе с тобой.
content-the-scary-video-autoplay = Серия заканчивается. Ты и нажать ничего не успеваешь, а следующее видео уже включается само. С виду это { $cartoon }, но музыка жуткая, а цвета мрачные.

content-the-scary-video-spot-video = Стоп! Это видео включилось само. Давай поиграем в детективов. Нажми на детали, которые показывают, что это НЕ видео для детей.
content-the-scary-video-card-title = Далее: автовоспроизведение включено
content-the-scary-video-card-body = Это видео включилось само после твоего мультика.
content-the-scary-video-part-thumbnail = Картинка: { $cartoon } — с горящими красными глазами и острыми зубами
content-the-scary-video-feedback-thumbnail = Верно подмечено! Если любимых героев сделали страшными — это тревожный сигнал. Некоторые видео копируют детские мультики, чтобы пробраться в твою ленту.
content-the-scary-video-part-title = Название: ТЫ НЕ УСНЁШЬ ЭТОЙ НОЧЬЮ!!! НЕ СМОТРИ В ОДИНОЧКУ
content-the-scary-video-feedback-title = Да! Кричащие заглавные буквы и «ты не уснёшь» нужны, чтобы тебя шокировать. Настоящему детскому мультику не нужно пугать, чтобы набрать клики.
content-the-scary-video-part-channel = Канал: xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = Верно подмечено! Настоящий канал мультика { $cartoon } называется так же, как сам мультик. А это подделка, поэтому всегда проверяй, кто сделал видео.
content-the-scary-video-part-label = Метка: Для детей
content-the-scary-video-feedback-label = Точно! Метку «для детей» может поставить на видео кто угодно. Если картинка и название выглядят страшно, метка говорит неправду.
content-the-scary-video-part-views = 2 миллиона просмотров
content-the-scary-video-feedback-views = Это не улика. Много просмотров — это просто много кликов. По ним не понять, доброе видео или страшное, так что смотри на другие детали.

content-the-scary-video-video-plays = Но автовоспроизведение не ждёт детективов! Мультяшные друзья начинают драться и кричать, и вдруг выскакивает страшное лицо. Сердце колотится.
content-the-scary-video-scared-choice = Было страшно! Бояться — это нормально. И это не твоя вина: видео включилось само. Что ты сделаешь?
content-the-scary-video-choice-close-tell = Закрыть видео и рассказать, что там было: { $adult } поможет
content-the-scary-video-feedback-close-tell = Молодец! Остановить то, что тебя расстраивает, — значит позаботиться о себе. Если рассказать взрослому, которому доверяешь, страх становится меньше. Ругать тебя не будут.
content-the-scary-video-choice-close-quiet = Закрыть, но никому не говорить
content-the-scary-video-feedback-close-quiet = Закрыть — это умно! Но страшные картинки могут застрять в голове, а разговор помогает. К тому же взрослый, которому доверяешь, может сделать так, чтобы такие видео больше не выскакивали.
content-the-scary-video-choice-keep-watching = Смотреть дальше, а то подумают, что я малыш
content-the-scary-video-feedback-keep-watching = Есть над чем подумать: смелость — это не смотреть то, что пугает. Тебя никто не проверяет. Остановиться — вот смелый выбор, и закрыть видео можно всегда.

content-the-scary-video-adult-helps = Спасибо, что рассказываешь мне. Такие видео пугают многих, даже взрослых. Твоей вины тут нет. Давай выпьем горячего какао, и станет легче.
content-the-scary-video-keep-quiet = Ты закрываешь приложение. Но перед сном страшное лицо снова и снова всплывает в голове. А тут ещё планшет жужжит — новое сообщение.
content-the-scary-video-late-night = Автовоспроизведение не останавливается, и каждое видео страшнее предыдущего. Давно пора спать, а уснуть никак не получается. А тут ещё планшет жужжит — новое сообщение.

content-the-scary-video-stranger-dm = Привет! Любишь страшные видео? Мне тоже 11, и у меня есть НАМНОГО страшнее. Добавь меня в { $chat }, и я пришлю. Только родителям не говори, ладно?
content-the-scary-video-choice-block-report = Заблокировать, пожаловаться — и пусть { $adult } увидит
content-the-scary-video-feedback-block-report = В точку! Если незнакомец зовёт в другое приложение и просит хранить секреты от семьи — это серьёзные тревожные сигналы. Заблокировать и рассказать — это смело.
content-the-scary-video-choice-ignore = Не отвечать и закрыть приложение
content-the-scary-video-feedback-ignore = Молчание пока тебя защитило! Но { $stranger } может написать снова — тебе или другим ребятам. Жалоба и разговор со взрослым помогут это остановить.
content-the-scary-video-choice-add = Добавить. Видео пострашнее — это круто.
content-the-scary-video-feedback-add = Есть над чем подумать: в интернете кто угодно может сказать, что ему 11. Тот, кто просит скрывать что-то от семьи, — не надёжный друг, каким бы милым он ни казался.

content-the-scary-video-settings = Спасибо, что показываешь. Ругать тебя никто не будет. Давай пожалуемся на это видео, а потом включим детский режим: автовоспроизведение выключим, а сообщения от незнакомцев запретим.

content-the-scary-video-stranger-pushes = Вот ещё страшнее! Ты же не малыш, да? А теперь пришли мне селфи, чтобы было видно, что ты — это ты. И помни: это наш секрет.
content-the-scary-video-choice-tell-now = Остановиться, заблокировать и сразу рассказать: { $adult } поможет
content-the-scary-video-feedback-tell-now = Как смело! Просьбы прислать фото и хранить секреты — серьёзные тревожные сигналы. У тебя всегда есть право сказать «нет», а взрослый, которому доверяешь, поможет. Ругать тебя не будут.
content-the-scary-video-choice-block-only = Заблокировать, но никому не говорить
content-the-scary-video-feedback-block-only = Заблокировать — хороший шаг! Но { $stranger } может попробовать то же самое с другими ребятами. Если рассказать взрослому, которому доверяешь, можно пожаловаться и остановить это.
content-the-scary-video-choice-keep-secret = Отправить селфи и хранить секрет
content-the-scary-video-feedback-keep-secret = Есть над чем подумать: такие секреты выгодны только другому человеку, а отправленное фото не вернёшь. Рассказать тому, кому доверяешь, никогда не поздно.

content-the-scary-video-adult-helps-late = Как хорошо, что ты мне рассказываешь. Твоей вины тут нет. Давай сохраним сообщения, заблокируем { $stranger } и пожалуемся, сообщим об этом видео и включим детский режим.

content-the-scary-video-end-safe = Тебе удалось позвать на помощь и заблокировать незнакомца, а детский режим теперь делает ленту дружелюбной. Страшное может выскочить у кого угодно, а ты отлично со всем справляешься!
content-the-scary-video-end-mixed = Пока ты в безопасности. Но на { $stranger } никто не пожаловался, а детский режим всё ещё выключен, так что страшное может проскочить снова. Взрослый, которому доверяешь, поможет это остановить.
content-the-scary-video-end-recovered = Какое-то время было страшно, но тебе хватило смелости всё рассказать, и теперь { $adult } в курсе. { $stranger } в блоке, жалоба отправлена, детский режим включён. Рассказать — это всегда помогает!
content-the-scary-video-end-harmful = { $stranger } требует всё больше, а секрет давит всё сильнее. Это не твоя вина. Ещё не поздно: расскажи взрослому, которому доверяешь, и тебе помогут.
