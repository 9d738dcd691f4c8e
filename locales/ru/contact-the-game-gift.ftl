# Контакты / коммерческие риски: Подарок в игре (9–12 лет)

contact-the-game-gift-title = Подарок в игре
contact-the-game-gift-summary = Незнакомый игрок бесплатно дарит тебе суперредкий скин. Но чего он хочет на самом деле?
contact-the-game-gift-remember = Никогда не называй свой пароль, даже ради редкого подарка. Сделай скриншот, пожалуйся, не предупреждая, и расскажи взрослому, которому доверяешь.

contact-the-game-gift-app = { $app }
contact-the-game-gift-app-blocklands = Blocklands
contact-the-game-gift-app-skyracers = Sky Racers
contact-the-game-gift-app-roboarena = Robo Arena
contact-the-game-gift-skin-dragon = скин «Золотой дракон»
contact-the-game-gift-skin-ninja = скин «Галактический ниндзя»
contact-the-game-gift-skin-phoenix = скин «Радужный феникс»
contact-the-game-gift-name-freeskinz = FreeSkinz_Kai
contact-the-game-gift-name-giftmod = Official_Gift_Mod
contact-the-game-gift-name-luckydrop = LuckyDrop_77
contact-the-game-gift-adult-mum = Мама
contact-the-game-gift-adult-dad = Папа
contact-the-game-gift-adult-grandpa = Дедушка

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = Привет, это я, Санго! После школы { $friend } и ты играете в { $app }. С друзьями играть веселее! А я буду присматривать за чатом вместе с тобой.

contact-the-game-gift-gifter-hello = Привет!! Сегодня я дарю суперредкий { $skin } трём счастливчикам, и тебе повезло! Хочешь? Это совершенно бесплатно.
contact-the-game-gift-pic-free = Бесплатно
contact-the-game-gift-pic-skin = { $skin }
contact-the-game-gift-choice-no-thanks = Нет, спасибо. Подарки от незнакомцев не беру.
contact-the-game-gift-feedback-no-thanks = Отличная мысль! Редкие вещи бесплатно от незнакомца — старая уловка, чтобы завоевать доверие. Сказать «нет» — всегда нормально.
contact-the-game-gift-choice-check-first = Ты правда из { $app }? Сначала проверю, { $adult } подскажет.
contact-the-game-gift-feedback-check-first = Проверять — умно! Но спрашивать его бесполезно: обманщик просто скажет «да» и начнёт торопить. Настоящие подарки приходят от самой игры, а не от игрока в чате.
contact-the-game-gift-choice-yes-please = ДА, конечно! Это мой счастливый день! Что делать?
contact-the-game-gift-feedback-yes-please = Есть над чем подумать: незнакомец с редкими подарками — тревожный сигнал. Он хочет, чтобы от радости ты не думал, что он попросит дальше.

contact-the-game-gift-gifter-ask = Не стесняйся, это 100% бесплатно! Просто войди на моей странице подарков skinz-gift.win или скажи мне пароль. Скорее, осталось всего 5 минут!
contact-the-game-gift-gifter-proof = Конечно, посмотри на мой ник! Войди на моей странице подарков skinz-gift.win или скажи мне пароль. Скорее, осталось всего 5 минут!
contact-the-game-gift-gifter-ask-yes = Ура! Просто войди на моей странице подарков skinz-gift.win или скажи мне пароль, и я всё добавлю. Скорее, осталось всего 5 минут!
contact-the-game-gift-pic-url = skinz-gift.win
contact-the-game-gift-pic-timer-5 = 5:00
contact-the-game-gift-pic-claim = Забери свой бесплатный скин!
contact-the-game-gift-pic-password = Пароль
contact-the-game-gift-pic-log-in = Войти

contact-the-game-gift-countdown = В чате появляется таймер: 4:59... 4:58... 4:57...
contact-the-game-gift-pic-timer = 4:59
contact-the-game-gift-choice-screenshot-report = Сначала скриншот чата, потом жалоба на { $gifter }.
contact-the-game-gift-feedback-screenshot-report = В точку! Настоящим подаркам никогда не нужен твой пароль. Скриншот сохраняет доказательство, а жалоба помогает игре остановить { $gifter } для всех.
contact-the-game-gift-choice-announce = Это развод! Пожалуюсь на тебя, и { $adult } всё узнает!
contact-the-game-gift-feedback-announce = Обман замечен, отлично! Но предупреждение даёт { $gifter } время удалить чат и исчезнуть. Лучше так: сначала скриншот, потом жалоба — молча.
contact-the-game-gift-choice-log-off = Пароля тебе не видать! Я выхожу из игры. Пока!
contact-the-game-gift-feedback-log-off = Пароль остался при тебе — это именно то, что нужно! Но { $gifter } попробует тот же трюк на других игроках. Скриншот и жалоба помогут его остановить.
contact-the-game-gift-choice-log-in = Быстрее войду на страницу подарка, пока не вышло время!
contact-the-game-gift-choice-log-in-yes = Да это безопасно, это просто страница подарка. Вхожу!
contact-the-game-gift-feedback-log-in = Есть над чем подумать: поддельные страницы копируют настоящий вход, чтобы красть пароли, а таймер нужен, чтобы тебя поторопить. Пароль — только для тебя и твоих родителей.

contact-the-game-gift-reported = Игра отвечает: «Спасибо! Мы проверяем этого игрока». { $gifter } исчезает из чата. Через час тебе пишет { $friend }.
contact-the-game-gift-pic-thanks-checking = Спасибо! Мы проверяем этого игрока.
contact-the-game-gift-vanished = { $gifter } пишет «ЛОЛ пока» и удаляет весь чат. Показать игре больше нечего. Через час тебе пишет { $friend }.
contact-the-game-gift-logged-off = Ты выходишь из игры. Через час тебе пишет { $friend }, и голос у сообщения совсем невесёлый.
contact-the-game-gift-reported-yes = Игра отвечает: «Спасибо! Мы проверяем этого игрока». { $gifter } исчезает из чата, а твой пароль остаётся только твоим.

contact-the-game-gift-friend-scammed = Помоги! Меня развели через ту страницу с подарком, и теперь аккаунта нет. Все в командном чате смеются и называют меня нубом.
contact-the-game-gift-choice-get-adult = Это не твоя вина! Идём скорее, пусть { $adult } посмотрит.
contact-the-game-gift-feedback-get-adult = По-доброму и смело! Мошенники обманывают и взрослых, так что обманутый никогда не виноват. Взрослый поможет сменить пароли и пожаловаться.
contact-the-game-gift-choice-post-link = Предупрежу всю команду и кину ссылку, чтобы все знали.
contact-the-game-gift-feedback-post-link = Предупредить команду — это по-доброму! Но пост со ссылкой вызывает любопытство, и кто-то по ней нажмёт. Предупреди своими словами, без ссылки, и позови взрослого.
contact-the-game-gift-choice-hide-it = Никому не рассказывай. { $adult } просто запретит нам играть.
contact-the-game-gift-feedback-hide-it = Есть над чем подумать: если скрывать, аккаунт так и останется у мошенника. За то, что тебя обманули, не наказывают. Рассказать взрослому, которому доверяешь, — вот как это решается.

contact-the-game-gift-friend-helped = Спасибо, что вы оба мне рассказали. { $friend }, это не твоя вина. Давай прямо сейчас сменим пароль, пожалуемся на { $gifter } и попросим поддержку { $app } попробовать помочь.
contact-the-game-gift-friend-hides = { $friend } молчит. К вечеру старый аккаунт уже рассылает подарочный обман всей команде.
contact-the-game-gift-link-clicked = Игроки отвечают: «ого, бесплатный скин?» и «это правда??». Двое пишут, что нажмут на skinz-gift.win «просто посмотреть».

contact-the-game-gift-team-mess = Ой нет! Теперь все хотят попробовать твою ссылку. Что нам делать?
contact-the-game-gift-choice-fix-together = Удалю свой пост, и пойдём вместе — пусть { $adult } знает.
contact-the-game-gift-feedback-fix-together = Отличное спасение! Без ссылки больше никто не нажмёт, а взрослый поможет всем сменить пароли и пожаловаться. Ошибки можно исправить.
contact-the-game-gift-choice-stay-out = Нажмут — не моя вина. { $adult } тут вообще ни при чём.
contact-the-game-gift-feedback-stay-out = Есть над чем подумать: на ссылку может нажать любой, даже очень осторожный. Удали пост и расскажи: { $adult } поможет, и обман перестанет расходиться.
contact-the-game-gift-spread = Твой пост висит дальше. Двое игроков жмут на ссылку «просто посмотреть», и к вечеру их аккаунты тоже рассылают подарочный обман по команде.

contact-the-game-gift-account-weird = На странице написано «Ошибка», и скин не приходит. Утром { $friend } спрашивает, почему твой аккаунт прислал такое же сообщение о подарке!
contact-the-game-gift-gifter-demands = Хочешь вернуть аккаунт? Легко. Пришли мне почту кого-нибудь из родителей и секретный код, который им придёт. Никому не говори, иначе аккаунт пропадёт навсегда!
contact-the-game-gift-choice-show-adult = Пусть { $adult } увидит этот чат. А я сменю пароль.
contact-the-game-gift-feedback-show-adult = Лучший ход! «Никому не говори» — серьёзный тревожный сигнал. Быстрая смена пароля защищает то, что осталось, а { $adult } поможет пожаловаться. Ругать тебя не будут.
contact-the-game-gift-choice-threaten = Верни мой аккаунт, или всё расскажу, { $adult } пойдёт в полицию!
contact-the-game-gift-feedback-threaten = Дать отпор — смело! Но угроза предупреждает мошенника, и он быстрее закроет тебе вход. Лучше так: перестань отвечать, сделай скриншот и расскажи взрослому, которому доверяешь.
contact-the-game-gift-choice-new-account = Заблокирую его и заведу себе новый аккаунт.
contact-the-game-gift-feedback-new-account = Ничего не отправлять — правильно! Но старый аккаунт всё ещё у них и обманывает твоих друзей. Взрослый, которому ты доверяешь, поможет пожаловаться.
contact-the-game-gift-choice-send-code = Пришлю почту и код. Я хочу вернуть свои вещи!
contact-the-game-gift-feedback-send-code = Есть над чем подумать: этот код может открыть и аккаунт родителя, а мошенники всегда просят ещё. Остановиться и рассказать взрослому никогда не поздно.

contact-the-game-gift-adult-helps-late = Как хорошо, что ты мне рассказываешь. Обмануть можно любого, и ругать тебя никто не будет. Сменим пароли, где получится, пожалуемся на { $gifter } и попросим поддержку { $app } попробовать помочь.
contact-the-game-gift-new-start = Новый аккаунт работает. Но старый продолжает рассылать подарочный обман твоим друзьям.
contact-the-game-gift-locked-out = { $gifter } пишет «ЛОЛ, удачи» и меняет твой пароль. Теперь войти вообще не получается.
contact-the-game-gift-code-sent = Спасибо! А аккаунт? Пока нет. Сначала мне нужен ещё и пароль твоего родителя. И помни: никому не говори.

contact-the-game-gift-old-account = Твой старый аккаунт всё шлёт мне эту ссылку на подарок! Это правда ты?
contact-the-game-gift-choice-someone-took = Нет! Его украли. Пусть { $adult } скорее узнает.
contact-the-game-gift-feedback-someone-took = Молодец! Честность с { $friend } помогает, а { $adult } поможет сменить пароли и попросить поддержку игры попробовать помочь. Ругать тебя не будут.
contact-the-game-gift-choice-fix-alone = Не кликай! Всё исправлю, пока { $adult } не в курсе.
contact-the-game-gift-feedback-fix-alone = Есть над чем подумать: разбираться с обманом в одиночку не нужно, а мошенники как раз надеются, что ты всё скроешь. Рассказать никогда не поздно: { $adult } поможет, и ругать не будут.
contact-the-game-gift-fixing-alone = Ты пытаешься часами, но войти не получается. Старый аккаунт продолжает рассылать обман всё новым игрокам.

contact-the-game-gift-end-safe = Пароль остался при тебе, а { $friend } получает помощь: { $adult } всё знает. Пароли сменены, на { $gifter } пожаловались, а поддержка { $app } разбирается. Вот это команда!
contact-the-game-gift-end-caught = Сначала захватила радость, но когда { $gifter } попросил пароль, обман стал виден. Скриншот сохранён, жалоба отправлена. Отличное спасение!
contact-the-game-gift-end-recovered = Обман случился, но потом было самое смелое: { $adult } обо всём узнаёт. Пароли сменены, где получилось, на { $gifter } пожаловались, а поддержка { $app } пытается помочь.
contact-the-game-gift-end-spread = Подарочный обман расходится дальше, а аккаунт { $friend } всё ещё у { $gifter }. Обманутый не виноват. Рассказать взрослому, которому доверяешь, никогда не поздно, и он поможет.
contact-the-game-gift-end-harmful = { $gifter } всё ещё владеет твоим аккаунтом и обманывает через него других. Это не твоя вина, и рассказать взрослому, которому доверяешь, никогда не поздно. Он поможет.

# The world remembers: the password the free-gems pop-up took.
contact-the-game-gift-old-password = Стоп! Помнишь окно с бесплатными кристаллами, которое забрало твой пароль? Если в { $app } у тебя тот же пароль, мошенники могут пробраться и сюда.
contact-the-game-gift-choice-new-password = Попрошу: «{ $adult }, помоги придумать новый пароль».
contact-the-game-gift-feedback-new-password = Умный ход! Пароль, который забрала уловка, больше нигде не безопасен. Новый, свой для каждой игры, не пустит мошенников.
contact-the-game-gift-choice-keep-password = Потом. Пароль надёжный, его придумали я и { $adult }.
contact-the-game-gift-feedback-keep-password = Есть чему поучиться: даже надёжный пароль уже небезопасен, если его забрали обманом, а мошенники пробуют его во многих играх. Сменить его с родителями никогда не поздно.
contact-the-game-gift-password-changed = Хорошо, что ты ко мне обращаешься! Вот: совсем новый пароль, не такой, как в других играх. Знаем его только мы с тобой. А теперь иди играй!
contact-the-game-gift-password-kept = Ты начинаешь играть. Старый пароль остаётся прежним — и здесь, и в той игре.

# The world remembers: the stranger, blocked and reported, under a new name.
contact-the-game-gift-choice-same-trick = Та же уловка, что у { $stranger }! Скриншот и жалоба.
contact-the-game-gift-feedback-same-trick = Зоркий глаз! Под новым именем может прятаться тот же человек или та же уловка: сначала бесплатный подарок, потом новые просьбы. Скриншот и жалоба — как и в прошлый раз.

# The world remembers: the friend the child got help for.
contact-the-game-gift-friend-trusts = Когда под моим видео было столько злых комментариев, помощь пришла благодаря тебе. Так что рассказываю первым делом тебе.

# My phone: what stays on the phone after this level.
contact-the-game-gift-trace-gifter = Игрок, раздававший «бесплатные» скины: жалоба в игру подана.
contact-the-game-gift-trace-gifter-advice = Молодец! Настоящие подарки дарит сама игра, а не игроки в чате. Если та же уловка вернётся под новым именем, сделай скриншот и снова пожалуйся.
contact-the-game-gift-trace-password = Твой пароль от игры, введённый на фальшивой странице подарков.
contact-the-game-gift-trace-password-advice = Тот, кто сделал эту страницу, может всё ещё его знать. Попроси родителей помочь сменить пароль и написать в поддержку игры насчёт аккаунта.
