# Контент / агрессия: Страшное видео (9–12 лет)

content-the-scary-video-title = Страшное видео
content-the-scary-video-summary = Мультик заканчивается, и вдруг само включается страшное видео. Что делать, если в интернете что-то пугает?
content-the-scary-video-remember = Бояться — нормально, и твоей вины в этом нет. Сделай скриншот названия, закрой видео, расскажи взрослому, которому доверяешь, и никогда не пересылай страшные видео малышам.

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

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-friend = { $friend }

content-the-scary-video-intro = Привет, это я, Санго! За окном дождь, а ты смотришь мультик { $cartoon } в { $app }. Мультики — это весело! Посмотрю вместе с тобой.
content-the-scary-video-autoplay = Серия заканчивается. Ты и нажать ничего не успеваешь, а следующее видео уже включается само. С виду это { $cartoon }, но музыка жуткая, а цвета мрачные.

content-the-scary-video-spot-video = Стоп! Это видео включилось само. Давай поиграем в детективов. Нажми на детали, которые показывают, что это НЕ видео для детей.
content-the-scary-video-card-title = Далее: автовоспроизведение включено
content-the-scary-video-card-body = Это видео включилось само после твоего мультика.
content-the-scary-video-part-thumbnail = Картинка: { $cartoon } — с горящими красными глазами и большими зубами
content-the-scary-video-feedback-thumbnail = Верно подмечено! Если любимых героев сделали страшными — это тревожный сигнал. Некоторые видео копируют детские мультики, чтобы пробраться в твою ленту.
content-the-scary-video-part-title = Название: ТЫ НЕ УСНЁШЬ ЭТОЙ НОЧЬЮ!!! НЕ СМОТРИ В ОДИНОЧКУ
content-the-scary-video-feedback-title = Да! Кричащие заглавные буквы и «ты не уснёшь» нужны, чтобы тебя шокировать. Настоящему детскому мультику не нужно пугать, чтобы набрать клики.
content-the-scary-video-part-channel = Канал: xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = Верно подмечено! Настоящий канал мультика { $cartoon } называется так же, как сам мультик. А это подделка, поэтому всегда проверяй, кто сделал видео.
content-the-scary-video-part-label = Метка: Для детей
content-the-scary-video-feedback-label = Точно! Метку «для детей» может поставить на видео кто угодно. Если картинка и название выглядят страшно, метка говорит неправду.
content-the-scary-video-part-views = 2 миллиона просмотров
content-the-scary-video-feedback-views = Это не улика. Много просмотров — это просто много кликов. По ним не понять, доброе видео или страшное, так что смотри на другие детали.
content-the-scary-video-part-buttons = Кнопки: лайк, поделиться и скачать
content-the-scary-video-feedback-buttons = Это не улика. Такие кнопки есть у любого видео, доброго или страшного. По ним не понять, какое видео, так что смотри на другие детали.
content-the-scary-video-part-autoplay = Переключатель автовоспроизведения: включён
content-the-scary-video-feedback-autoplay = Хорошая мысль, но это не про само видео: автовоспроизведение включает следующее, доброе или страшное. Взрослый поможет тебе его выключить.
content-the-scary-video-pic-title = НОЧЬЮ НЕ УСНЁШЬ!!! НЕ СМОТРИ В ОДИНОЧКУ
content-the-scary-video-pic-channel = xX_Toon_Horror_Xx
content-the-scary-video-pic-label = Для детей
content-the-scary-video-pic-views = 2 млн просмотров
content-the-scary-video-pic-autoplay = Автовоспроизведение
content-the-scary-video-pic-photos = Фото
content-the-scary-video-pic-saved = Скриншот сохранён
content-the-scary-video-pic-blocked = Канал заблокирован
content-the-scary-video-pic-empty = Здесь пока ничего нет
content-the-scary-video-pic-settings = Настройки
content-the-scary-video-pic-kids = Детский режим

content-the-scary-video-video-plays = Но автовоспроизведение не ждёт детективов! Мультяшные друзья начинают драться и кричать, и вдруг выскакивает страшное лицо. Сердце колотится.
content-the-scary-video-scared-choice = Было страшно! Бояться — это нормально. И это не твоя вина: видео включилось само. Что ты сделаешь?
content-the-scary-video-choice-shot-close = Быстро сделаю скриншот названия и закрою приложение.
content-the-scary-video-feedback-shot-close = Умно! Закрыть — значит позаботиться о себе, а скриншот сохраняет название, чтобы взрослый потом мог пожаловаться именно на это видео.
content-the-scary-video-choice-block-now = Заблокирую этот канал прямо сейчас, чтобы он исчез!
content-the-scary-video-feedback-block-now = Убрать это с экрана — правильно! Но если сразу заблокировать, название видео пропадёт, и пожаловаться будет трудно. Сначала скриншот, потом блокировка и жалоба.
content-the-scary-video-choice-keep-watching = Буду смотреть дальше. Я не малыш, я справлюсь.
content-the-scary-video-feedback-keep-watching = Есть над чем подумать: смелость — это не смотреть то, что пугает. Тебя никто не проверяет. Остановиться — вот смелый выбор, и закрыть видео можно всегда.

content-the-scary-video-closed-saved = Ты закрываешь приложение. Скриншот сохранён в фотографиях. Но сердце всё ещё колотится, и весь вечер ты почти не разговариваешь.
content-the-scary-video-blocked-gone = Канал исчезает, а вместе с ним и видео. Теперь его названия нигде не найти. А вечером страшное лицо всё ещё стоит перед глазами.
content-the-scary-video-late-night = Автовоспроизведение не останавливается, и каждое видео страшнее предыдущего. Спать давно пора, но теперь уснуть не получается.

content-the-scary-video-evening = Ты сегодня совсем не разговариваешь. Всё хорошо?
content-the-scary-video-choice-show-shot = Покажу скриншот: пусть { $adult } видит, что было.
content-the-scary-video-feedback-show-shot = Молодец! Когда рассказываешь, страх становится меньше, а со скриншотом { $adult } сможет пожаловаться именно на это видео. Ругать тебя не будут.
content-the-scary-video-choice-say-what = Расскажу, что там было, даже если видео уже не найти.
content-the-scary-video-feedback-say-what = Молодец! Даже без названия рассказ помогает страху стать меньше, а { $adult } может поменять настройки. Ругать тебя не будут.
content-the-scary-video-choice-tell-friend = { $adult }, всё нормально. Завтра расскажу, { $friend } поймёт.
content-the-scary-video-feedback-tell-friend = Поговорить — это хорошо! Но { $friend } не может пожаловаться на видео или поменять твои настройки. А { $adult } может и как раз спрашивает, как ты. Взрослый, которому доверяешь, ещё и поможет успокоиться.
content-the-scary-video-choice-keep-quiet = Всё хорошо! Если проболтаюсь, отберут планшет.
content-the-scary-video-feedback-keep-quiet = Многие дети этого боятся! Но рассказать — не значит получить нагоняй: видео включилось само. Взрослый, которому доверяешь, поможет, чтобы такое не повторилось.

content-the-scary-video-adult-helps = Спасибо, что показываешь мне. Твоей вины тут нет. Давай пожалуемся на это видео со скриншотом, а потом выключим автовоспроизведение и включим детский режим.
content-the-scary-video-adult-helps-blocked = Спасибо, что рассказываешь. Твоей вины тут нет. На видео, которое не найти, не пожалуешься, но автовоспроизведение выключим и детский режим включим. В следующий раз — сначала скриншот.
content-the-scary-video-friend-reacts = Ого, жуть какая! Кинь ссылку. Покажу своей младшей сестрёнке, она так испугается, ха-ха.
content-the-scary-video-nightmare = Ночью страшное лицо всё время всплывает в голове. На следующий день { $friend } спрашивает: «Знаешь жуткое видео про { $cartoon }? Кинь мне, покажу младшей сестрёнке!»

content-the-scary-video-friend-wants = { $friend } хочет показать видео шестилетке. Что ты ответишь?
content-the-scary-video-choice-stand-up = Нет! Ей шесть. Пусть { $adult } узнает, что это ходит.
content-the-scary-video-feedback-stand-up = По-доброму и смело! Страшные видео могут пугать малышей много дней. Твоё «нет» её защищает, а { $adult } поможет пожаловаться и предупредить другие семьи.
content-the-scary-video-choice-send-title = Конечно! Найди по названию. Она завизжит, ха-ха!
content-the-scary-video-feedback-send-title = Есть над чем подумать: то, что напугало тебя, шестилетку напугает ещё сильнее. Быть добрым — значит не передавать это дальше. Сказать «Не показывай ей» никогда не поздно.
content-the-scary-video-choice-send-warned = Скину, но скажи ей: смотреть только с мамой или папой.
content-the-scary-video-feedback-send-warned = Есть над чем подумать: предупреждение не делает видео менее страшным, а смотреть она может одна. Добрый выбор — вообще его не отправлять.

content-the-scary-video-adult-helps-both = Спасибо, что вы оба мне рассказали. Твоей вины тут нет. Пожалуемся на канал, предупредим школу, что видео ходит по рукам, выключим автовоспроизведение и включим детский режим.
content-the-scary-video-cousin-alone = { $friend } предупреждает: «Смотри только с мамой или папой!», но сестрёнка смотрит одна в своей комнате. Ночью она не может уснуть.
content-the-scary-video-cousin-scared = { $friend } показывает видео младшей сестрёнке. Ночью она не может уснуть, а видео расходится по всей школе.

content-the-scary-video-late-choice = Уже поздно, и тебе страшно. Это не твоя вина. Что ты сделаешь?
content-the-scary-video-choice-knock = Постучусь в дверь: пусть { $adult } всё узнает.
content-the-scary-video-feedback-knock = Это смело! Взрослые гораздо охотнее проснутся, чем оставят тебя бояться в одиночку. Рассказ помогает страху стать меньше, и ругать тебя не будут.
content-the-scary-video-choice-one-more = Ещё одно видео. Я в порядке, { $adult } пусть спит.
content-the-scary-video-feedback-one-more = Есть над чем подумать: от страшных видео страх растёт, а не уменьшается. { $adult } лучше проснётся, чем ты будешь бояться в одиночку. Остановиться и постучать никогда не поздно.

content-the-scary-video-adult-helps-late = Как хорошо, что ты здесь. Ругать тебя не будут. Сделаем скриншот названия канала и пожалуемся, а потом выключим автовоспроизведение и включим детский режим.
content-the-scary-video-worse = Ещё одно видео, потом ещё. В два часа ночи сна всё нет, а страшные лица не уходят.

content-the-scary-video-end-safe = Страшное видео остановлено, и { $adult } всё знает. Теперь автовоспроизведение выключено, а детский режим включён. Страшное может попасться любому, и ты отлично справляешься!
content-the-scary-video-end-recovered = Смотреть пришлось дольше, чем стоило, но потом { $adult } обо всём узнаёт. На канал пожаловались, автовоспроизведение выключено, детский режим включён. Рассказать — вот что было смело!
content-the-scary-video-end-shared = Теперь страшно и маленькой сестрёнке, а { $friend } и другие пересылают видео дальше. Увидеть его — не твоя вина. Рассказать взрослому, которому доверяешь, никогда не поздно: он поможет пожаловаться.
content-the-scary-video-end-harmful = Страшные картинки возвращаются по ночам, и ты держишь всё в себе. Это не твоя вина. Ещё не поздно: расскажи взрослому, которому доверяешь, и он поможет.

# My phone: what stays on the phone after this level.
content-the-scary-video-trace-settings = Твоё приложение с видео: автовоспроизведение выключено, детский режим включён.
content-the-scary-video-trace-settings-advice = Теперь следующее видео выбираешь ты. Если что-то страшное всё же проскочит, сделай скриншот названия, закрой и расскажи взрослому, которому доверяешь.
