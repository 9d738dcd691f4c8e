# Поведение / агрессия: Злой комментарий (9–12 лет)

conduct-the-mean-comment-title = Злой комментарий
conduct-the-mean-comment-summary = Ты злишься на друга, а до злого комментария — всего одно нажатие.
conduct-the-mean-comment-remember = Когда злишься, сделай паузу, прежде чем публиковать: слова в интернете могут остаться надолго. Проявляй доброту, поговори по душам, а о травле расскажи взрослому, которому доверяешь.

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-name-mia = Маша
conduct-the-mean-comment-name-theo = Тёма
conduct-the-mean-comment-name-aisha = Айша
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

conduct-the-mean-comment-typing = Тебе всё ещё обидно из-за обеда. Пальцы быстро печатают: «Худшее видео в мире. Да и друг из тебя ненастоящий». Палец зависает над кнопкой «Опубликовать».
conduct-the-mean-comment-post-choice = Ого, какие сильные чувства! Злиться — это нормально. Но слова в интернете могут остаться надолго, и их увидят многие. Что ты сделаешь?
conduct-the-mean-comment-choice-pause = Удалить, выдохнуть и завтра сказать: «{ $friend }, давай поговорим»
conduct-the-mean-comment-feedback-pause = Отличный выбор! Ты видишь, что такие слова могут сильно ранить. Пауза, когда злишься, спасает от того, о чём потом пожалеешь, а разговор лицом к лицу помогает во всём разобраться.
conduct-the-mean-comment-choice-ignore-friend = Удалить, но теперь { $friend } у меня в игноре
conduct-the-mean-comment-feedback-ignore-friend = Не публиковать — это умно! Но если игнорировать друга, обида может затянуться для вас обоих. Если { $friend } узнает, что ты чувствуешь, всё ещё можно исправить.
conduct-the-mean-comment-choice-post = Опубликовать. Сами виноваты — обидели первыми.
conduct-the-mean-comment-feedback-post = Есть над чем подумать: злые слова в интернете могут увидеть, скопировать и сохранить очень многие. Даже если потом их удалить, забрать сказанное назад получается не всегда.

conduct-the-mean-comment-pile-on = На следующее утро злых комментариев под видео становится вдвое больше. Подключаются ребята из других классов. В школе { $friend } просто смотрит в пол.
conduct-the-mean-comment-pile-choice = Это травля: когда много людей набрасываются на одного. Это может очень ранить. Что можно сделать?
conduct-the-mean-comment-choice-report-tell = Пожаловаться на комментарии и всё рассказать: { $adult } поможет
conduct-the-mean-comment-feedback-report-tell = Вот так и заступаются! Каждый имеет право на уважение в интернете. Жалоба и разговор со взрослым помогут удалить злые комментарии.
conduct-the-mean-comment-choice-kind-comment = Написать добрый комментарий под видео
conduct-the-mean-comment-feedback-kind-comment = Добрый комментарий показывает, что ты рядом, и { $friend } это видит. Это важно! Но злые комментарии никуда не делись. Жалоба и разговор со взрослым помогут их остановить.
conduct-the-mean-comment-choice-like-mean = Лайкнуть злые комментарии. { $friend } ведь тоже меня обижает.
conduct-the-mean-comment-feedback-like-mean = Есть над чем подумать: даже если тебя обидели, травля не становится честной. Каждый имеет право на уважение — даже тот, на кого ты злишься. Каждый лайк делает травлю сильнее.

conduct-the-mean-comment-adult-helps = Спасибо, что рассказываешь мне. Это не ябедничество, это помощь. Каждый заслуживает уважения в интернете. Давай пожалуемся на эти комментарии и заблокируем аккаунты, которые продолжают травлю.
conduct-the-mean-comment-talk-it-out = Спасибо, что заступаешься за меня. И прости за обед! Мне и в голову не приходило, что тебе обидно. Садись завтра с нами?

conduct-the-mean-comment-posted = Твой комментарий набирает 12 лайков. Другие повторяют: «Точно, ненастоящий друг!» Вскоре начинается травля. В школе { $friend } даже не смотрит в твою сторону.
conduct-the-mean-comment-fix-it = Ой-ой. Твои слова разлетелись дальше, чем хотелось. Но ещё можно помочь всё исправить. Что ты сделаешь?
conduct-the-mean-comment-choice-sorry-tell = Удалить, извиниться и всё рассказать: { $adult } поможет
conduct-the-mean-comment-feedback-sorry-tell = Вот так всё и исправляют! Извиниться — это смело, а взрослый поможет остановить травлю. Все ошибаются. Главное — исправлять ошибки.
conduct-the-mean-comment-choice-delete-quiet = Удалить свой комментарий и промолчать
conduct-the-mean-comment-feedback-delete-quiet = Удалить — это немного помогает: больше никто его не скопирует. Но другие уже успели, и { $friend } всё ещё переживает. Извинение и разговор со взрослым помогут больше.
conduct-the-mean-comment-choice-leave-up = Оставить. Все со мной согласны.
conduct-the-mean-comment-feedback-leave-up = Есть над чем подумать: когда подключаются многие, кажется, что всё нормально. Но { $friend } имеет право на уважительное отношение, а эти слова всё ещё ранят.

conduct-the-mean-comment-sorry-talk = Этот комментарий меня очень задел. Но спасибо, что извиняешься. Мне и в голову не приходило, что тебе было обидно из-за обеда. Может, начнём всё сначала?

conduct-the-mean-comment-end-safe = Тебе удалось остановиться, заступиться и поговорить по душам. Злые комментарии удалены, а { $friend } и ты теперь дружите ещё крепче. Молодец!
conduct-the-mean-comment-end-mixed = Часть обид прекратилась, но злые комментарии всё прибавляются, а взрослые ничего не знают. Жалоба и разговор со взрослым помогают остановить травлю насовсем.
conduct-the-mean-comment-end-recovered = Ошибиться может каждый, а тебе удалось всё исправить. Извинение помогло, а { $adult } помогает остановить травлю. В следующий раз сделай паузу, прежде чем публиковать!
conduct-the-mean-comment-end-harmful = Травля разрастается, а { $friend } чувствует себя ужасно. Слова в интернете остаются надолго. Извиниться и рассказать взрослому, которому доверяешь, никогда не поздно.
