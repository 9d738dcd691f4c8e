# Контакты / сексуальные риски, для 9–12 лет: только тревожные сигналы (Дружелюбный незнакомец)

contact-the-friendly-stranger-title = Дружелюбный незнакомец
contact-the-friendly-stranger-summary = Незнакомец в игровом чате очень мил и предлагает бесплатные кристаллы. Что происходит на самом деле?
contact-the-friendly-stranger-remember = Никто не должен просить у тебя селфи или секреты. Не предупреждай его: перестань отвечать, сохрани сообщения, потом заблокируй, пожалуйся и расскажи взрослому, которому доверяешь.

contact-the-friendly-stranger-npc-gamer = { $stranger }
contact-the-friendly-stranger-npc-newplayer = { $stranger }_2
contact-the-friendly-stranger-npc-adult = { $adult }
contact-the-friendly-stranger-adult-mum = Мама
contact-the-friendly-stranger-adult-dad = Папа
contact-the-friendly-stranger-adult-gran = Бабушка

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = № 5
contact-the-friendly-stranger-school-oakwood = № 12
contact-the-friendly-stranger-school-riverside = № 27

contact-the-friendly-stranger-intro = Ты строишь замок в { $game } — своей любимой игре. С друзьями играть веселее! А я буду присматривать за чатом вместе с тобой.

contact-the-friendly-stranger-first-message = Ого, твой замок — самый крутой на свете! У тебя такой талант. Мне тоже 12. Хочешь 500 бесплатных кристаллов? Просто напиши, в какой школе учишься, и я их пришлю.
contact-the-friendly-stranger-pic-free-gems = Дарим 500 кристаллов
contact-the-friendly-stranger-choice-no-school = Хитро! Но про школу я в интернете не пишу.
contact-the-friendly-stranger-feedback-no-school = Отличная мысль! Школа подсказывает, где тебя найти, поэтому о ней в сети молчим. А бесплатные кристаллы от незнакомца — частая уловка, чтобы завоевать твоё доверие.
contact-the-friendly-stranger-choice-ask-adult = Сначала спрошу дома, а потом тебе всё скажу.
contact-the-friendly-stranger-feedback-ask-adult = Спросить дома — хорошая привычка! Но школа вообще не для незнакомцев, так что здесь ответ просто «нет». И подарки от того, кого ты не знаешь, — тревожный сигнал.
contact-the-friendly-stranger-choice-tell-school = Круто! Я учусь в школе { $school }. А ты где учишься?
contact-the-friendly-stranger-feedback-tell-school = Есть над чем подумать: номер школы подсказывает незнакомцу, где ты бываешь каждый день. Не пиши его в сети, даже очень милым людям. Желание встретиться — тоже тревожный знак.

contact-the-friendly-stranger-shrug = Ладно, ладно, без школы. Всё равно ты строишь лучше всех! Держи 50 кристаллов, просто так.
contact-the-friendly-stranger-no-adult = Не-е-ет, не спрашивай взрослых! Они всё портят. Забудь пока про школу, ладно?
contact-the-friendly-stranger-knows-school = Школа { $school }? Да ладно, это же рядом со мной! Может, как-нибудь встретимся. Ты намного круче других ребят, с которыми я общаюсь.

contact-the-friendly-stranger-pushy = Давай лучше переписываться в ChatZip, там приватнее. И не рассказывай обо мне дома, ладно? Взрослые не поймут нашу дружбу.
contact-the-friendly-stranger-pic-chatzip = Давай общаться в ChatZip!
contact-the-friendly-stranger-pic-add-friend = Добавить в друзья
contact-the-friendly-stranger-choice-save-go = Скриншот, больше ни слова, и зову: «{ $adult }, иди сюда!»
contact-the-friendly-stranger-feedback-save-go = В точку! Приватное приложение и секреты от семьи — серьёзные тревожные сигналы. Доказательство сохранено, а ответа не было, так что { $adult } сможет заблокировать и пожаловаться.
contact-the-friendly-stranger-choice-announce = Хватит! Сейчас же всё расскажу. { $adult } узнает про тебя!
contact-the-friendly-stranger-feedback-announce = Постоять за себя — смело! Но предупреждение даёт { $stranger } время всё удалить. Лучше так: перестань отвечать, сохрани сообщения, заблокируй, пожалуйся и расскажи всё дома.
contact-the-friendly-stranger-choice-add-app = Ладно, добавлю тебя. В ChatZip и правда всё приватнее.
contact-the-friendly-stranger-feedback-add-app = Есть над чем подумать: настоящий друг никогда не просит прятать его от семьи. В приватном приложении никто не увидит, если что-то пойдёт не так.
contact-the-friendly-stranger-choice-log-off = Выйду из игры, так безопаснее. { $adult } только зря разволнуется.
contact-the-friendly-stranger-feedback-log-off = Уйти из чата — хорошее начало! Но { $stranger } знает твою школу и может вернуться. Дома захотят об этом знать: сохрани сообщения, потом заблокируй, пожалуйся и расскажи, чтобы это прекратилось.

contact-the-friendly-stranger-adult-helps = Спасибо, что показываешь мне. Твоей вины тут нет. Этот скриншот — как раз то, что нужно. Давай вместе заблокируем { $stranger } и пожалуемся.
contact-the-friendly-stranger-pic-blocked-reported = Заблокирован, жалоба подана
contact-the-friendly-stranger-pic-thanks-look = Спасибо! Мы разберёмся.
contact-the-friendly-stranger-deleted = { $stranger } пишет: «Эй, это была ШУТКА. Не будь малышом». Потом все сообщения исчезают. Приходит новое: «Расскажешь кому-нибудь — будут большие неприятности».
contact-the-friendly-stranger-asks-photo = Ура, мы лучшие друзья! Теперь пришли мне селфи, чтобы я точно знал, что ты — это ты. И помни: это наш секрет.
contact-the-friendly-stranger-adult-helps-school = Спасибо, что показываешь мне. Ругать тебя никто не будет, даже из-за школы. Давай вместе заблокируем { $stranger } и пожалуемся. А ещё я предупрежу учителей, чтобы они присматривали за тобой.
contact-the-friendly-stranger-waiting-school = На следующий день { $stranger } уже ждёт в игровом чате: «Куда ты пропадаешь? Я знаю твою школу, мы почти соседи! Пришли селфи, чтобы я знал, что ты — это ты».

contact-the-friendly-stranger-after-delete = Старые сообщения исчезли, но новое — это угроза. Это не твоя вина, и ругать тебя не будут. Что ты сделаешь?
contact-the-friendly-stranger-choice-save-new = Скриншот угрозы — и зову: «{ $adult }, посмотри!»
contact-the-friendly-stranger-feedback-save-new = Блестяще! Даже без старых сообщений эта угроза — доказательство. { $adult } сможет заблокировать { $stranger } и пожаловаться, а тебе больше не нужно отвечать.
contact-the-friendly-stranger-choice-block-quiet = Заблокирую, и всё. { $adult } пусть не волнуется.
contact-the-friendly-stranger-feedback-block-quiet = Заблокировать — хороший шаг! Но { $stranger } может завести новый аккаунт, и следующими станут другие ребята. { $adult } захочет знать: сохрани сообщение и расскажи, чтобы на него пожаловались.
contact-the-friendly-stranger-choice-say-sorry = Извинюсь и пообещаю никому не рассказывать.
contact-the-friendly-stranger-feedback-say-sorry = Есть над чем подумать: твоей вины нет, так что извиняться не за что. Такая угроза — уловка, чтобы заставить тебя молчать. Взрослый, которому ты доверяешь, поможет.

contact-the-friendly-stranger-adult-helps-deleted = Спасибо, что рассказываешь мне. Ругать тебя не будут. Этого скриншота достаточно: давай вместе заблокируем { $stranger } и пожалуемся.
contact-the-friendly-stranger-blocked-quiet = Ты блокируешь { $stranger } и никому ничего не говоришь. Через два дня тебе пишет новый игрок.
contact-the-friendly-stranger-sorry-sent = Хорошо. Теперь докажи, что тебе можно доверять: пришли мне селфи. Это только между нами.

contact-the-friendly-stranger-new-account = Привет, это я! Зачем было меня блокировать? Мы же лучшие друзья. Только никому не говори, ладно?
contact-the-friendly-stranger-pic-joined-today = Дата регистрации: сегодня
contact-the-friendly-stranger-pic-friends-0 = Друзья: 0
contact-the-friendly-stranger-choice-show-adult = Опять этот игрок! Скриншот — и зову: «{ $adult }, сюда!»
contact-the-friendly-stranger-feedback-show-adult = Зоркий глаз! Новое имя и те же слова — это тот же человек. Со скриншотом { $adult } сможет заблокировать оба аккаунта и пожаловаться на них.
contact-the-friendly-stranger-choice-add-back = Добавлю обратно, ему грустно. Если что, скажу, { $adult } разберётся.
contact-the-friendly-stranger-feedback-add-back = Есть над чем подумать: жалеть кого-то — это по-доброму, но здесь чувство вины — уловка. Новый аккаунт после блокировки, да ещё с секретами, — это уже повод рассказать.
contact-the-friendly-stranger-choice-busy-reply = Прости, было много дел! Мы же всё ещё друзья, да?
contact-the-friendly-stranger-feedback-busy-reply = Есть над чем подумать: вежливость — это хорошо, но отвечать { $stranger } совсем не нужно. Новый аккаунт после блокировки — тревожный сигнал. Сохрани его и расскажи взрослому.
contact-the-friendly-stranger-friends-again = Ура, снова лучшие друзья! Ну что, пришлёшь теперь селфи? Только между нами.
contact-the-friendly-stranger-adult-helps-new = Спасибо, что показываешь мне. Твоей вины тут нет. Новое имя, тот же человек: давай вместе заблокируем оба аккаунта и пожалуемся.
contact-the-friendly-stranger-new-friend = Ура, я знал, что ты вернёшься! Теперь пришли селфи, чтобы я знал, что это правда ты. Наш секрет, ладно?

contact-the-friendly-stranger-photo = Ну, где моё селфи? Это только между нами, ладно?
contact-the-friendly-stranger-choice-stop-save = Больше ни слова. Скриншот — и зову: «{ $adult }, иди сюда!»
contact-the-friendly-stranger-feedback-stop-save = Какая смелость! Ты всегда имеешь право сказать «нет». Просить селфи и секреты — серьёзный тревожный сигнал. Со скриншотом { $adult } сможет заблокировать и пожаловаться.
contact-the-friendly-stranger-choice-polite-no = Селфи не будет, прости! { $adult } проверяет мой телефон. Играем?
contact-the-friendly-stranger-feedback-polite-no = Отказать было правильно! Но тот, кто просит селфи и секреты, — не настоящий друг, и он будет просить снова. Перестань отвечать, сохрани чат и позови на помощь.
contact-the-friendly-stranger-choice-send-selfie = Ладно, одно. Там только лицо, и это личное.
contact-the-friendly-stranger-feedback-send-selfie = Есть над чем подумать: отправленное фото уже не вернёшь, и неизвестно, куда оно попадёт. Просить селфи и секреты — тревожный сигнал, кто бы ни просил.

contact-the-friendly-stranger-adult-helps-late = Как хорошо, что ты мне рассказываешь. Ругать тебя никто не будет, ты поступаешь правильно. Сохраним скриншоты, а потом вместе заблокируем { $stranger } и пожалуемся.
contact-the-friendly-stranger-keeps-asking = Ну одно! Ты что, мне не доверяешь? И ничего не рассказывай дома, а то тебе сильно влетит и у тебя отберут игру.
contact-the-friendly-stranger-selfie-sent = Класс! Теперь пришли ещё одно. И ничего не рассказывай дома, а то тебе сильно влетит и у тебя отберут игру.

contact-the-friendly-stranger-last-chance = Мне тревожно. Пугать тебя неприятностями — это уловка, чтобы заставить тебя молчать. Тебя НЕ будут ругать, и это не твоя вина. Что ты сделаешь?
contact-the-friendly-stranger-choice-show-all = Сохраню чат и позову: «{ $adult }, посмотри, это важно!»
contact-the-friendly-stranger-feedback-show-all = Вот это настоящая смелость! Те, кто просит у детей секреты, рассчитывают на молчание. { $adult } выслушает и поможет, и ругать тебя не будут.
contact-the-friendly-stranger-choice-keep-secret = Буду молчать. Если скажу, { $adult } отберёт игру.
contact-the-friendly-stranger-feedback-keep-secret = Есть над чем подумать: бояться — нормально, но «лишишься игры» — это угроза, чтобы заставить молчать. Такие секреты помогают только другому человеку. Рассказать никогда не поздно.
contact-the-friendly-stranger-choice-delete-all = Удалю весь чат, чтобы никто его не увидел.
contact-the-friendly-stranger-feedback-delete-all = Есть над чем подумать: удалённый чат не остановит { $stranger }, он только уничтожит доказательства. Сохрани сообщения и расскажи взрослому, которому доверяешь. Ещё не поздно.
contact-the-friendly-stranger-chat-deleted = Чата больше нет, а { $stranger } никуда не делся. На следующий день приходит новое сообщение: «Где моё следующее селфи? Помни, это наш секрет».
contact-the-friendly-stranger-secret-kept = Ты молчишь. Но { $stranger } пишет снова и снова, просит ещё, и секрет с каждым днём всё тяжелее.

contact-the-friendly-stranger-end-safe = Тебе удалось раскусить уловки { $stranger }, сохранить доказательства и всё рассказать дома. { $stranger } в блоке, жалоба отправлена, а твоя школа и фото остались при тебе. Блестяще!
contact-the-friendly-stranger-end-recovered = Всё зашло дальше, чем стоило, но потом тебе хватило смелости: ответов больше нет, сообщения сохранены, { $adult } всё знает. { $stranger } в блоке, жалоба отправлена. Исправить ошибку — это по-настоящему смело!
contact-the-friendly-stranger-end-harmful = { $stranger } всё просит селфи и секреты, и с каждым днём всё тяжелее. Это не твоя вина, и ещё не поздно: расскажи взрослому, которому доверяешь. Он поможет, и ругать тебя не будут.

# The world remembers: location left on in the drawing app put the child's dot on its map.
contact-the-friendly-stranger-saw-map = Эй, я тебя знаю! Твои рисунки есть на карте в том приложении для рисования, «Художники рядом с тобой». Твоя точка прямо у парка. Это же рядом со мной!
contact-the-friendly-stranger-choice-map-adult = Молчу. Покажу, и { $adult } выключит мне геолокацию.
contact-the-friendly-stranger-feedback-map-adult = В точку! Незнакомец, который знает, где ты живёшь, — серьёзный тревожный сигнал. Ты не отвечаешь, а { $adult } может выключить геолокацию, и твоя точка исчезнет.
contact-the-friendly-stranger-choice-map-ignore = Не обращу внимания. Мои рисунки всё равно личные.
contact-the-friendly-stranger-feedback-map-ignore = Не отвечать — умно! Но твоя точка всё ещё на карте, и её видят все. Покажи это дома: вместе можно выключить геолокацию.
contact-the-friendly-stranger-choice-map-yes = Да, у парка! По субботам { $adult } водит меня туда гулять.
contact-the-friendly-stranger-feedback-map-yes = Есть чему поучиться: незнакомцу не нужно знать, где ты живёшь и когда бываешь в парке, даже если он говорит, что живёт рядом. Геолокацию ещё можно выключить — с помощью взрослых.
contact-the-friendly-stranger-map-off = Спасибо, что показываешь мне. Твоей вины тут нет. Вот: геолокация в приложении для рисования выключена, и твоей точки больше нет. Если этот игрок что-нибудь попросит, сразу иди ко мне.
contact-the-friendly-stranger-map-ignored = Ты не отвечаешь. Но твоя точка всё ещё на карте, а { $stranger } продолжает писать.
contact-the-friendly-stranger-map-neighbours = По субботам? Я тоже! Может, там и увидимся. Мы точно станем лучшими друзьями.

# My phone: what stays on the phone after this level.
contact-the-friendly-stranger-trace-reported = { $stranger }: заблокирован, жалоба подана — с помощью взрослых.
contact-the-friendly-stranger-trace-reported-advice = Молодец! Если новый аккаунт пишет похожие вещи, это может быть тот же человек. Сделай скриншот, потом заблокируй, пожалуйся и снова расскажи взрослому.
contact-the-friendly-stranger-trace-school = Название твоей школы, которое узнал { $stranger }.
contact-the-friendly-stranger-trace-school-advice = Незнакомцу оно ни к чему. Если он о нём напомнит, перестань отвечать, сохрани чат и покажи взрослому, которому доверяешь: он поможет заблокировать и пожаловаться.
