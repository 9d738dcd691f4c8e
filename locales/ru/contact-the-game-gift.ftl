# Контакты / коммерция: Подарок в игре (9–12 лет)

contact-the-game-gift-title = Подарок в игре
contact-the-game-gift-summary = Незнакомый игрок бесплатно дарит тебе суперредкий скин. Но чего он хочет на самом деле?
contact-the-game-gift-remember = Никогда никому не сообщай пароль, даже ради редкого подарка. Если кто-то в интернете предлагает бесплатные вещи в обмен на твой логин, заблокируй, пожалуйся и расскажи взрослому, которому доверяешь.

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
contact-the-game-gift-name-amir = Амир
contact-the-game-gift-name-zoe = Зоя
contact-the-game-gift-name-kwame = Коля
contact-the-game-gift-adult-mum = Мама
contact-the-game-gift-adult-dad = Папа
contact-the-game-gift-adult-grandpa = Дедушка

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = Привет, это я, Санго! После школы { $friend } и ты играете в { $app }. С друзьями играть веселее! А я буду присматривать за чатом вместе с тобой.

contact-the-game-gift-gifter-hello = Привет!! Сегодня я дарю суперредкий { $skin } трём счастливчикам, и тебе повезло! Хочешь? Это совершенно бесплатно.
contact-the-game-gift-choice-no-thanks = Я не беру подарки от незнакомых. Нет, спасибо.
contact-the-game-gift-feedback-no-thanks = Отличная мысль! Бесплатные редкие вещи от незнакомца — старая уловка, чтобы завоевать доверие. Сказать «нет» — это всегда нормально.
contact-the-game-gift-choice-whats-the-catch = Правда? А в чём подвох?
contact-the-game-gift-feedback-whats-the-catch = Хороший вопрос! У бесплатных подарков от незнакомцев обычно есть подвох. И совсем не обязательно продолжать общаться с тем, кто ни с того ни с сего предлагает подарки.
contact-the-game-gift-choice-yes-please = ДА, хочу! Что нужно делать?
contact-the-game-gift-feedback-yes-please = Есть над чем подумать: незнакомец с редкими подарками — тревожный сигнал. Он хочет тебя раззадорить, чтобы не было времени подумать, о чём он попросит дальше.

contact-the-game-gift-gifter-ask = Не стесняйся, это 100% бесплатно! Просто войди на моей странице подарков skinz-gift.win или скажи мне пароль, и я всё добавлю. Скорее, осталось всего 5 минут!
contact-the-game-gift-choice-block-report = Заблокировать, пожаловаться и всё рассказать: { $adult } поможет
contact-the-game-gift-feedback-block-report = В точку! Настоящим подаркам никогда не нужен твой пароль. Блокировка и жалоба останавливают обман, а { $adult } поможет, и разбираться в одиночку не придётся.
contact-the-game-gift-choice-say-no = Отказаться и больше не отвечать
contact-the-game-gift-feedback-say-no = Пароль остался в секрете — это совершенно правильно! Но { $gifter } всё ещё может обманывать других игроков. Жалоба и разговор со взрослым помогут это остановить.
contact-the-game-gift-choice-log-in = Скорее войти на странице подарков!
contact-the-game-gift-feedback-log-in = Есть над чем подумать: поддельные страницы подарков копируют настоящий вход, чтобы красть пароли, а таймер нужен, чтобы тебя поторопить. Пароль — только для тебя и твоих родителей.

contact-the-game-gift-adult-helps = Спасибо, что показываешь мне! Просить пароль — это уловка мошенников, даже если это называют подарком. Ты поступаешь совершенно правильно. Ой, тебе пишет { $friend }.
contact-the-game-gift-ignored = Ты перестаёшь отвечать. Через час { $friend } присылает тебе сообщение, и оно звучит невесело.

contact-the-game-gift-friend-scammed = Помоги! Меня развели через ту страницу с подарком, и теперь аккаунта нет. Все в командном чате смеются и называют меня нубом.
contact-the-game-gift-choice-not-your-fault = Это не твоя вина. Давай расскажем, { $adult } поможет.
contact-the-game-gift-feedback-not-your-fault = Добрый и смелый поступок! Мошенники обманывают даже взрослых, так что обманутый никогда не виноват. Взрослый поможет пожаловаться и вернуть аккаунт.
contact-the-game-gift-choice-tell-team = Написать в командный чат, чтобы перестали смеяться
contact-the-game-gift-feedback-tell-team = Заступиться, когда { $friend } в беде, — это смело! Но аккаунт всё ещё украден. Взрослый, которому доверяешь, поможет сообщить об этом в игру и вернуть аккаунт.
contact-the-game-gift-choice-laugh = ЛОЛ, как тебя так развели?
contact-the-game-gift-feedback-laugh = Есть над чем подумать: обмануть можно любого, даже очень умного человека. Из-за смеха { $friend } может постесняться просить о помощи. Добрые слова помогают гораздо больше.

contact-the-game-gift-friend-helped = Спасибо, что вы оба мне рассказали. Это не твоя вина, { $friend }. Мы пожалуемся на { $gifter }, поменяем ваши пароли и попросим поддержку { $app } вернуть аккаунт.

contact-the-game-gift-account-stolen = Страница пишет «Ошибка», и никакой скин не приходит. Наутро войти в игру не получается. А потом { $friend } спрашивает, почему твой аккаунт прислал такое же сообщение о подарке!
contact-the-game-gift-gifter-demands = Хочешь вернуть аккаунт? Легко. Пришли мне почту кого-нибудь из родителей и секретный код, который им придёт. Никому не говори, иначе аккаунт пропадёт навсегда!
contact-the-game-gift-choice-tell-adult = Всё рассказать, и { $adult } поможет всё исправить
contact-the-game-gift-feedback-tell-adult = Лучший ход! «Никому не говори» — серьёзный тревожный сигнал. { $adult } поможет сообщить об этом в игру и вернуть аккаунт. Ругать тебя не будут.
contact-the-game-gift-choice-new-account = Заблокировать и завести новый аккаунт
contact-the-game-gift-feedback-new-account = Больше ничего не отправлять — это правильно! Но твой старый аккаунт всё ещё обманывает твоих друзей. Взрослый, которому доверяешь, поможет пожаловаться и вернуть его.
contact-the-game-gift-choice-send-code = Отправить почту и код, чтобы вернуть аккаунт
contact-the-game-gift-feedback-send-code = Есть над чем подумать: этим кодом можно открыть и аккаунт родителей, а мошенники всегда просят ещё. Остановиться и рассказать взрослому, которому доверяешь, никогда не поздно.

contact-the-game-gift-adult-helps-late = Как хорошо, что ты мне рассказываешь. Обмануть можно любого, и ругать тебя никто не будет. Давай пожалуемся на { $gifter }, предупредим твоих друзей и вернём аккаунт.

contact-the-game-gift-end-safe = Тебе удалось раскусить уловку с подарком и сохранить пароль, а { $friend } знает, что ты рядом. На { $gifter } отправлена жалоба. Вот что значит настоящая команда!
contact-the-game-gift-end-mixed = Заступиться, когда { $friend } в беде, — это по-доброму! Но на кражу аккаунта ещё никто не пожаловался. Взрослый, которому доверяешь, поможет его вернуть.
contact-the-game-gift-end-quiet = Блокировка помогла, но твой старый аккаунт всё ещё у { $gifter }, и с него рассылают уловки твоим друзьям. Если рассказать взрослому, которому доверяешь, аккаунт можно вернуть.
contact-the-game-gift-end-recovered = Обман случился, но { $adult } всё знает, и вместе вам удалось всё исправить. Аккаунт вернулся, а друзья предупреждены. Для этого нужна смелость!
contact-the-game-gift-end-unkind = { $friend } чувствует себя глупо и одиноко, а аккаунт всё ещё потерян. Обмануть можно любого. Никогда не поздно извиниться и помочь рассказать обо всём взрослому.
contact-the-game-gift-end-harmful = { $gifter } требует всё больше, и теперь под угрозой ещё и аккаунт родителей. Мошенники надеются, что ты будешь молчать. Рассказать взрослому, которому доверяешь, никогда не поздно.
