# Поведение / агрессия: Злой комментарий (9–12 лет)

conduct-the-mean-comment-title = Злой комментарий
conduct-the-mean-comment-summary = Ты злишься на друга, а до злого комментария — всего одно нажатие.
conduct-the-mean-comment-remember = Когда злишься, сделай паузу, прежде чем публиковать. Если началась травля, сначала сделай скрины, потом заблокируй и пожалуйся — и расскажи взрослому, которому доверяешь.

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-video-dance = мой новый танец
conduct-the-mean-comment-video-skate = мой первый трюк на скейте
conduct-the-mean-comment-video-slime = мой рецепт слайма с блёстками
conduct-the-mean-comment-adult-teacher = Ольга Олеговна
conduct-the-mean-comment-adult-mum = Мама
conduct-the-mean-comment-adult-dad = Папа

conduct-the-mean-comment-npc-friend = { $friend }
conduct-the-mean-comment-npc-adult = { $adult }

conduct-the-mean-comment-intro = Привет, это я, Санго! Сегодня в столовой { $friend } садится к другим ребятам, а тебе места не оставляет. Обидно! А теперь { $friend } выкладывает новое видео в { $app }.

conduct-the-mean-comment-spot-comments = Видео комментируют многие ребята. Нажми на обидные комментарии. Осторожно: честно — ещё не значит зло!
conduct-the-mean-comment-card-title = { $friend }: новое видео
conduct-the-mean-comment-card-body = Зацените { $video }!
conduct-the-mean-comment-part-tip = Круто! Может, в следующий раз снимешь там, где посветлее?
conduct-the-mean-comment-feedback-tip = Не обидный комментарий! Он честный, но добрый: сначала приятные слова, потом полезный совет. Честный комментарий тоже может быть дружелюбным.
conduct-the-mean-comment-part-cringe = такой кринж лол. просто удали аккаунт
conduct-the-mean-comment-feedback-cringe = Обидный — верно замечено! Совет удалить аккаунт — это не честное мнение. Его пишут только затем, чтобы ранить.
conduct-the-mean-comment-part-pile = Все идём писать, какой это отстой!!!
conduct-the-mean-comment-feedback-pile = Обидный — верно замечено! Это призыв к травле, когда толпа набрасывается на одного человека. Это буллинг, даже если он в интернете.
conduct-the-mean-comment-part-honest = Не совсем моё, но у тебя получается всё лучше!
conduct-the-mean-comment-feedback-honest = Не обидный комментарий! Человек честно говорит, что это не в его вкусе, но говорит по-доброму. Не соглашаться — нормально, если делать это вежливо.
conduct-the-mean-comment-part-nobody = Тебя вообще никто не любит, { $friend }
conduct-the-mean-comment-feedback-nobody = Обидный — верно замечено! Здесь ни слова о видео — только о том, что { $friend } никому не нравится. Такие слова могут ранить очень надолго.
conduct-the-mean-comment-pic-typed = Худшее видео в мире. Да и друг из тебя ненастоящий.
conduct-the-mean-comment-pic-post = Опубликовать
conduct-the-mean-comment-pic-pile-note = { $friend }: 58 новых комментариев к видео
conduct-the-mean-comment-pic-reported = Жалоба отправлена: 3 комментария скрыты

# Скажи хорошо: доброе сообщение, которое получит { $friend }, чьё видео засыпают злыми комментариями
conduct-the-mean-comment-compose = Эти комментарии очень злые. Тебе всё ещё обидно из-за обеда, но такого никто не заслуживает. Напиши личное сообщение, его получит { $friend }: поддержи и помоги остановить травлю. Что сказать, а что лучше не писать?
conduct-the-mean-comment-compose-to = { $friend }
conduct-the-mean-comment-ph-hi = Привет, { $friend }!
conduct-the-mean-comment-why-hi = Приветствие — по желанию: можно с ним, можно без. Главное — что будет дальше.
conduct-the-mean-comment-ph-losers = Они просто жалкие неудачники.
conduct-the-mean-comment-why-losers = Злиться — нормально, но это ответное оскорбление. Сообщения скринят и пересылают, и ссора только разрастается.
conduct-the-mean-comment-ph-side = Я на твоей стороне.
conduct-the-mean-comment-why-side = Коротко и сильно! Когда знаешь, что кто-то на твоей стороне, уже не так одиноко. Сейчас { $friend } это очень нужно.
conduct-the-mean-comment-ph-secret = Я ничего не скажу взрослым, обещаю. Это наш секрет.
conduct-the-mean-comment-why-secret = Звучит по-дружески, но секреты не подпускают взрослых, которые могут помочь. Настоящая дружба — помочь найти поддержку, а не прятать беду.
conduct-the-mean-comment-ph-unfair = Это были злые комментарии. Ты такого не заслуживаешь.
conduct-the-mean-comment-why-unfair = Так { $friend } услышит главное: плохие тут комментарии, а не тот, кто снял видео.
conduct-the-mean-comment-ph-screenshot = Давай сделаем скрины самых злых и пожалуемся на них.
conduct-the-mean-comment-why-screenshot = Скрины сохраняют доказательства, а жалоба сообщает приложению о травле. Вдвоём легче, и { $friend } не остаётся с этим один на один.
conduct-the-mean-comment-ph-reply = Ответь им всем! Не дай им победить!
conduct-the-mean-comment-why-reply = Звучит смело, но ответы дают травле ещё больше внимания, а обидчикам только это и нужно. Лучше сохранить доказательства и пожаловаться.
conduct-the-mean-comment-ph-grown-up = Давай расскажем взрослому? Я пойду с тобой.
conduct-the-mean-comment-why-grown-up = Взрослый, которому можно доверять, поможет остановить комментарии. А если пойти вместе, рассказать будет гораздо легче.

conduct-the-mean-comment-typing = Сообщение отправлено. Но, вернувшись к видео, снова вспоминаешь обед. Пальцы быстро печатают: «Худшее видео в мире. Да и друг из тебя ненастоящий». Палец зависает над кнопкой «Опубликовать».
conduct-the-mean-comment-post-choice = Ого, сколько чувств! Злиться — это нормально. Но слова в интернете могут остаться надолго, и их видят многие. Что будешь делать?
conduct-the-mean-comment-choice-ignore-friend = Сотру. Но с этого дня { $friend } для меня пустое место.
conduct-the-mean-comment-feedback-ignore-friend = Не публиковать — умно! Но молчание продлит обиду для вас обоих. Поговори лицом к лицу: { $friend } может и не знать, что тебе обидно.
conduct-the-mean-comment-choice-pause = Сотру. Завтра в школе всё обсудим, { $friend } и я.
conduct-the-mean-comment-feedback-pause = Отличный выбор! Эти слова могли сильно ранить. Пауза, когда злишься, спасает от сожалений, а разговор лицом к лицу всё решает.
conduct-the-mean-comment-choice-post = Опубликую. Пусть { $friend } тоже узнает, каково это.
conduct-the-mean-comment-feedback-post = Есть чему поучиться: злые слова в интернете могут увидеть, скопировать и сохранить многие. Даже если потом удалить, их не всегда можно забрать обратно.

conduct-the-mean-comment-ignored = Ты стираешь. Но перестаёшь отвечать на сообщения, и { $friend } не понимает, что случилось, и грустит.
conduct-the-mean-comment-paused = Ты стираешь слова и откладываешь телефон. Понемногу злость проходит.
conduct-the-mean-comment-posted = Твой комментарий набирает 12 лайков. Другие повторяют: «Да, фальшивый друг!» Скоро это травля. В школе { $friend } на тебя не смотрит.

conduct-the-mean-comment-pile-on = Утром злых комментариев под видео стало вдвое больше. Подключаются ребята из других классов. В школе { $friend } смотрит в пол.
conduct-the-mean-comment-pile-choice = Это травля: много людей против одного человека. Это бывает очень больно. Что ты можешь сделать?
conduct-the-mean-comment-choice-block-mean = Сразу заблокирую все злые аккаунты. Так безопаснее.
conduct-the-mean-comment-feedback-block-mean = Блокировка кажется самым безопасным, и она тебя защищает! Но комментарии скрываются только от тебя, а доказательства пропадают. Сначала скрины, потом блок и жалоба.
conduct-the-mean-comment-choice-like-mean = Лайкну один. Пусть { $friend } знает, как обидно мне было.
conduct-the-mean-comment-feedback-like-mean = Есть чему поучиться: обида не делает травлю честной. Каждый заслуживает уважения, даже тот, на кого ты сердишься. Каждый лайк делает травлю больше.
conduct-the-mean-comment-choice-screenshot-report = Сделаю скрины самых злых, потом пожалуюсь на них.
conduct-the-mean-comment-feedback-screenshot-report = Правильный порядок! Скрины сохраняют доказательства, пока ничего не удалили, а жалоба сообщает приложению о травле. { $friend } имеет право на безопасность в интернете, и ты тоже.
conduct-the-mean-comment-choice-defend = Отвечу всем: «Хватит! { $friend } — мой друг, отстаньте!»
conduct-the-mean-comment-feedback-defend = Заступаться — смело, и { $friend } это оценит! Но спор под видео даёт травле больше зрителей. Сохранить доказательства и пожаловаться — надёжнее.

conduct-the-mean-comment-blocked-mean = Злые комментарии исчезают с твоего экрана. Но для всех остальных они на месте, а у тебя не сохранилось ни одного.
conduct-the-mean-comment-liked = Твой лайк поднимает злой комментарий наверх. Подключаются другие, и { $friend } видит под ним твоё имя.
conduct-the-mean-comment-reported = Ты делаешь скрины самых злых комментариев и жалуешься на них. Приложение скрывает несколько. Но появляются новые, а { $friend } всё так же не улыбается.
conduct-the-mean-comment-defended = Кто-то отвечает: «О, телохранитель пришёл?» Теперь смеются над вами обоими, и посмотреть собирается ещё больше народу.
conduct-the-mean-comment-classmate-backs = Приходит сообщение: «Это { $classmate }. Видел, что пишут под тем видео, — так нельзя! Спасибо тебе за тот челлендж, я помню. Я с тобой, как бы ни вышло».

conduct-the-mean-comment-next-step = Травля всё ещё продолжается. Что теперь?
conduct-the-mean-comment-choice-friend-delete = Скажу: «{ $friend }, удали видео и уйди из приложения».
conduct-the-mean-comment-feedback-friend-delete = Есть чему поучиться: перерыв от приложения может помочь, но удалить видео — значит удалить доказательства, а обидчики найдут другую цель. Взрослый, которому доверяешь, может их остановить.
conduct-the-mean-comment-choice-name-them = Напишу пост и назову всех, кто пишет гадости.
conduct-the-mean-comment-feedback-name-them = Есть чему поучиться: если называть людей публично, начнётся новая травля, и никто не выиграет. Сохрани доказательства, и пусть взрослый, которому доверяешь, разберётся.
conduct-the-mean-comment-choice-tell-adult = Покажу всё, что творится. Пусть { $adult } знает.
conduct-the-mean-comment-feedback-tell-adult = Вот так и заступаются! Взрослый может пожаловаться на аккаунты, поговорить со школой и семьями, и { $friend } больше не будет без поддержки. Рассказать — не ябедничество.

conduct-the-mean-comment-friend-deletes = { $friend } удаляет видео и больше ничего не публикует. Комментариев пока нет, но никто из тех, кто мог бы остановить эти аккаунты, ничего не знает.
conduct-the-mean-comment-named = Твой пост быстро разлетается. Теперь в комментариях ругаются, и кто-то набрасывается на тебя. { $friend } пишет: «Пожалуйста, пусть это прекратится».
conduct-the-mean-comment-adult-helps = Спасибо, что рассказываешь. Это не ябедничество, это помощь. Давай сделаем скрины того, что есть, пожалуемся на эти аккаунты, а я поговорю со школой.
conduct-the-mean-comment-talk-it-out = Спасибо, что заступаешься. И прости за обед! Мне и в голову не пришло, что тебе обидно. Сядешь завтра с нами?

conduct-the-mean-comment-fix-it = Ой. Всё зашло дальше, чем хотелось. Но ещё можно помочь всё исправить. Что будешь делать?
conduct-the-mean-comment-choice-undo-talk = Уберу своё, и пусть { $adult } сегодня же всё узнает.
conduct-the-mean-comment-feedback-undo-talk = Вот как всё исправить! Признаться — смело, а { $adult } поможет остановить травлю. Ошибаются все. Главное — исправлять.
conduct-the-mean-comment-choice-sorry-message = Уберу своё и напишу: «{ $friend }, прости меня за это».
conduct-the-mean-comment-feedback-sorry-message = Извиниться — смело, и { $friend } это оценит! Но травля продолжается, и она больше, чем вы двое. Взрослый может помочь её остановить.
conduct-the-mean-comment-choice-leave-up = Оставлю. Расскажу — { $adult } меня отругает.
conduct-the-mean-comment-feedback-leave-up = Есть чему поучиться: рассказывают не для того, чтобы влетело, а чтобы остановить боль. { $adult } поможет лучше, когда знает, а { $friend } всё ещё переживает.

conduct-the-mean-comment-adult-late = Спасибо за честность. У тебя не будет проблем из-за того, что ты рассказываешь. Сначала скриним комментарии, потом жалуемся, а потом разговор втроём: ты, я и { $friend }.
conduct-the-mean-comment-sorry-talk = Тот комментарий сильно меня ранил. Но спасибо за извинение. Мне и в голову не пришло, что тебе было обидно за обедом. Начнём сначала?
conduct-the-mean-comment-sorry-sent = Спасибо за извинение. Но комментарии всё идут. Я прямо сейчас заблокирую всех и удалю аккаунт.
conduct-the-mean-comment-left-up = Травля только растёт. { $friend } больше ничего не публикует и молчит в школе.

conduct-the-mean-comment-friend-blocks = { $friend } хочет, чтобы всё это просто исчезло. Что ты ответишь?
conduct-the-mean-comment-choice-reply-back = Не блокируй. Лучше выложи видео, что тебе всё равно.
conduct-the-mean-comment-feedback-reply-back = Есть чему поучиться: ответ даёт обидчикам то, чего они хотят, — внимание. Скрины, потом блок, жалоба и взрослый, которому доверяешь, работают гораздо лучше.
conduct-the-mean-comment-choice-screenshot-together = Стой! Сначала скрины, а потом пусть { $adult } увидит.
conduct-the-mean-comment-feedback-screenshot-together = Отличный совет! Блокировать можно, но сначала скрины, чтобы { $adult } и приложение увидели, что было. А вместе — значит, { $friend } не останется без поддержки.
conduct-the-mean-comment-choice-block-secret = Удаляй всё. Никому не расскажем, { $adult } не узнает.
conduct-the-mean-comment-feedback-block-secret = Есть чему поучиться: если всё удалить, доказательства пропадут, а если { $adult } не узнает, никто из взрослых не поможет остановить эти аккаунты. Сначала скрины, потом можно блокировать.

conduct-the-mean-comment-replied-back = { $friend } выкладывает видео: «Мне всё равно!» Через несколько минут под ним ещё больше злых комментариев, чем под первым.
conduct-the-mean-comment-shown-adult = Спасибо, что показываете мне это вдвоём. Скрины очень помогут. Сначала вместе пожалуемся на аккаунты, а потом { $friend } их заблокирует.
conduct-the-mean-comment-blocked-secret = { $friend } блокирует всех и удаляет аккаунт. Пока тихо, но доказательств больше нет, и никто из взрослых ничего не знает.

conduct-the-mean-comment-end-safe = Злые слова так и не опубликованы, а { $adult } помогает остановить травлю. { $friend } и ты снова общаетесь. Молодец!
conduct-the-mean-comment-end-mixed = Пока стало тише, и { $friend } может выдохнуть. Но никто из взрослых, кому можно доверять, не знает, что случилось, и те же аккаунты могут начать снова где-то ещё.
conduct-the-mean-comment-end-recovered = Тебя втянуло в травлю, но потом ты всё исправляешь: извиняешься, и { $adult } теперь помогает. { $friend } больше не остаётся с этим без поддержки.
conduct-the-mean-comment-end-harmful = Травля растёт, и { $friend } тяжело это переживает. Ошибка не делает тебя плохим человеком, и никто не будет винить тебя за просьбу о помощи. Рассказать взрослому, которому доверяешь, никогда не поздно: он поможет.

# My phone: what stays on the phone after this level.
conduct-the-mean-comment-trace-comment = Твой комментарий под видео (автор — { $friend }): «Худшее видео в мире. Да и друг из тебя ненастоящий».
conduct-the-mean-comment-trace-comment-advice = Злые слова в сети могут остаться надолго. Удали комментарий, скажи: «{ $friend }, прости», а если началась травля, расскажи взрослому, которому доверяешь.
