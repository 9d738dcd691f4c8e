# Поведение / ценности: Поддержка, которой нет (13–15 лет). Группа, которая выдаёт самоповреждение и отказ от еды за «поддержку».
# Только тревожные сигналы и где искать помощь: никаких способов, цифр и подробностей.

conduct-the-harmful-feed-title = Поддержка, которой нет
conduct-the-harmful-feed-summary = Кто-то из твоих друзей вступил в группу, которая называет себя «поддержкой», и теперь её посты заполняют твою ленту.
conduct-the-harmful-feed-remember = Группа, где вред себе или отказ от еды выдают за выход, — не поддержка: скрой её, пожалуйся и поговори со взрослым, которому ты доверяешь. Если кто-то может быть в опасности, сразу зови взрослого, даже ночью.

conduct-the-harmful-feed-app = { $app }
conduct-the-harmful-feed-npc-group = { $group }
conduct-the-harmful-feed-npc-friend = { $friend }
conduct-the-harmful-feed-npc-adult = { $adult }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
conduct-the-harmful-feed-app-driftly = Driftly
conduct-the-harmful-feed-app-loopa = Loopa
conduct-the-harmful-feed-app-scrollwave = Scrollwave
conduct-the-harmful-feed-group-soft-hours = softhours.club
conduct-the-harmful-feed-group-quiet-ones = the.quiet.ones
conduct-the-harmful-feed-group-moonlit = moonlit.circle
conduct-the-harmful-feed-service-youth-health = Молодёжная служба здоровья
conduct-the-harmful-feed-service-teen-wellbeing = Подростковый центр здоровья
conduct-the-harmful-feed-service-health-hub = Служба «Здоровье молодёжи»
conduct-the-harmful-feed-adult-gran = Бабушка
conduct-the-harmful-feed-adult-dad = Папа
conduct-the-harmful-feed-adult-aunt = Тётя Лейла

conduct-the-harmful-feed-intro = В последнее время { $friend } почти не разговаривает в школе. Сегодня вечером твоя лента в { $app } полна постов группы { $group }, а { $friend } теперь в ней состоит. Давай присмотримся.
conduct-the-harmful-feed-group-post = Кажется, что тебя никто не понимает? А мы понимаем. Новый челлендж каждую ночь, в нашей закрытой группе. Взрослые не поймут, так что пусть это останется здесь.

conduct-the-harmful-feed-spot = Группа называет себя поддержкой. Нажми на всё, что показывает: это не так.
conduct-the-harmful-feed-card-title = { $group }
conduct-the-harmful-feed-card-body = Пост в пастельных тонах зовёт в закрытую группу с ночными «челленджами» и просит скрывать это от взрослых.
conduct-the-harmful-feed-part-only-us = «Только мы тебя понимаем. Твои друзья — нет».
conduct-the-harmful-feed-feedback-only-us = Да. Отдалять тебя от друзей и семьи — тревожный сигнал. Настоящая поддержка хочет, чтобы рядом с тобой было больше людей, а не меньше.
conduct-the-harmful-feed-part-challenge = «Челлендж на сегодня готов. Кто ещё с нами?»
conduct-the-harmful-feed-feedback-challenge = Да. «Челленджи», которые идут ночь за ночью, — способ подтолкнуть людей к тому, чтобы причинить себе вред. Настоящая поддержка никогда не берёт на слабо.
conduct-the-harmful-feed-part-secret = «Не говори взрослым. Они тебе только помешают».
conduct-the-harmful-feed-feedback-secret = Да. То, что надо прятать от всех взрослых в твоей жизни, — не поддержка. Секретность защищает группу, а не тебя.
conduct-the-harmful-feed-part-picture = Пастельная картинка с луной и цветами
conduct-the-harmful-feed-feedback-picture = Это не подсказка. Красивые картинки есть и у добрых аккаунтов. Пост выдаёт то, к чему тебя подталкивают его слова.
conduct-the-harmful-feed-part-members = Закрытая группа, 2400 участников
conduct-the-harmful-feed-feedback-members = Само по себе это не сигнал: и большая, и маленькая группа может быть доброй или вредной. Число участников не говорит, какая это группа.
conduct-the-harmful-feed-pic-members = Закрытая группа · 2400 участников
conduct-the-harmful-feed-pic-only-us = Только мы тебя понимаем. Твои друзья — нет.
conduct-the-harmful-feed-pic-challenge = Челлендж на сегодня готов. Кто ещё с нами?
conduct-the-harmful-feed-pic-secret = Не говори взрослым. Они тебе только помешают.

conduct-the-harmful-feed-setup = Лента продолжает подсовывать такие посты. Настрой { $app }: поменьше этого, но чаты класса и кружка тебе нужны, как и советы «{ $service }» — настоящей службы здоровья.
conduct-the-harmful-feed-set-sensitive = Деликатный контент в ленте
conduct-the-harmful-feed-val-show-all = Показывать всё
conduct-the-harmful-feed-why-show-all = «Показывать всё» — и лента дальше подсовывает посты вроде { $group }. «Показывать меньше» отсеивает многое из этого.
conduct-the-harmful-feed-val-show-less = Показывать меньше
conduct-the-harmful-feed-why-show-less = Хорошо: приложение отсеивает больше тяжёлых постов. Идеальных фильтров не бывает, поэтому скрывать темы и жаловаться всё равно важно.
conduct-the-harmful-feed-set-topics = Скрытые темы
conduct-the-harmful-feed-val-topics-none = Ничего не скрыто
conduct-the-harmful-feed-why-topics-none = Если ничего не скрыто, лента решает, что ты задерживаешься на таких постах, и присылает их ещё больше.
conduct-the-harmful-feed-val-topics-mute = Скрыть эти темы
conduct-the-harmful-feed-why-topics-mute = Так лента перестаёт показывать тебе эти темы. Что смотреть — решаешь ты.
conduct-the-harmful-feed-set-groups = Кто может добавлять меня в группы
conduct-the-harmful-feed-val-groups-anyone = Все
conduct-the-harmful-feed-why-groups-anyone = Кто угодно сможет добавить тебя в группу вроде { $group }, не спросив тебя.
conduct-the-harmful-feed-val-groups-follow = Мои подписки
conduct-the-harmful-feed-why-groups-follow = Лучше всего: чаты класса и кружка по-прежнему смогут тебя добавить, а группы незнакомцев — нет.
conduct-the-harmful-feed-val-groups-nobody = Никто
conduct-the-harmful-feed-why-groups-nobody = Надёжно, но ты пропустишь чаты класса и кружка, а они тебе нужны. «Мои подписки» подходят лучше.
conduct-the-harmful-feed-set-support = Советы: { $service }
conduct-the-harmful-feed-val-support-show = Показывать
conduct-the-harmful-feed-why-support-show = Оставь: «{ $service }» — настоящая служба здоровья, и её советы о плохом настроении и о том, где найти помощь, стоит видеть.
conduct-the-harmful-feed-val-support-hide = Скрыть
conduct-the-harmful-feed-why-support-hide = Это уже слишком: «{ $service }» — настоящая служба здоровья, а не вредный аккаунт. Её советы стоит оставить.

conduct-the-harmful-feed-friend-asks = ты в курсе про { $group }? только там меня сейчас понимают. вступишь? будем делать челленджи вместе
conduct-the-harmful-feed-choice-ask-how = Меня это правда пугает. Ты в безопасности? Как ты на самом деле?
conduct-the-harmful-feed-feedback-ask-how = Это по-доброму и смело. Вопрос «как ты на самом деле?» показывает, что кто-то заметил. Разговор не делает хуже — он открывает дверь.
conduct-the-harmful-feed-choice-mute-it = Не моё. Я это заблокирую, и тебе советую тоже заблокировать.
conduct-the-harmful-feed-feedback-mute-it = Убрать эту группу из своей ленты — хорошо для тебя. Но плохо сейчас именно { $friend }, а блокировка не покажет, что тебе не всё равно. Спроси, как дела.
conduct-the-harmful-feed-choice-join = Ладно, вступаю. Вдвоём там будет не так страшно.
conduct-the-harmful-feed-feedback-join = Есть над чем подумать: желание быть рядом — это по-доброму, но вступив, ты тоже попадаешь в эту воронку. Можно заботиться о друге, не заходя в группу, которая вредит людям.

conduct-the-harmful-feed-c-opens = честно? не очень. только в группе меня понимают. только никому не говори, ладно? пообещай
conduct-the-harmful-feed-c-quiet = Сообщение остаётся без ответа. На следующий день в столовой { $friend } сидит в стороне и листает { $group }. А в 23:00 появляется новая история.
conduct-the-harmful-feed-c-joined = Добро пожаловать. Правило номер один: что сказано здесь, остаётся здесь. Взрослые никогда не поймут. Челлендж на сегодня — в полночь.

conduct-the-harmful-feed-secret = { $friend } тебе доверяет и просит пообещать. Что ответишь?
conduct-the-harmful-feed-choice-not-this-one = Такое хранить не могу. Давай вместе: { $adult } нам поможет.
conduct-the-harmful-feed-feedback-not-this-one = Вот это настоящая дружба. Секрет, от которого кому-то может стать плохо, слишком тяжёл. Взрослый, которому ты доверяешь, школьный психолог или медсестра помогут найти поддержку.
conduct-the-harmful-feed-choice-report-keep = Пожалуюсь на группу. А если станет хуже, пусть { $adult } узнает.
conduct-the-harmful-feed-feedback-report-keep = Пожаловаться на группу — верно: так { $app } удаляет посты. Но пока «не стало хуже», { $friend } остаётся с этим один на один. Такому секрету нужен взрослый, которому доверяешь, уже сейчас.
conduct-the-harmful-feed-choice-promise = Обещаю. Пиши мне в любое время, днём и ночью.
conduct-the-harmful-feed-feedback-promise = Есть над чем подумать: быть рядом — это по-доброму, но нести такое в одиночку ты не сможешь, и не должен никто. Позвать взрослого, которому ты доверяешь, — не предательство, а забота.

conduct-the-harmful-feed-c-adult = Спасибо, что пришли ко мне вдвоём. Никто ни в чём не виноват. { $friend }, мы найдём тебе настоящую поддержку и начнём сегодня с твоей семьи. А на { $group } пожалуемся, чтобы её видело меньше людей.
conduct-the-harmful-feed-pic-help-title = Где найти помощь
conduct-the-harmful-feed-pic-help-adult = Поговори со взрослым, которому доверяешь
conduct-the-harmful-feed-pic-help-line = Телефон доверия в твоей стране
conduct-the-harmful-feed-pic-help-mute = Скрыть и пожаловаться
conduct-the-harmful-feed-pic-help-service = { $service }
conduct-the-harmful-feed-c-reported = { $app } благодарит за жалобу и удаляет часть постов группы. Но секрет остаётся с тобой. В 23:00 { $friend } выкладывает новую историю.
conduct-the-harmful-feed-c-promised = В ответ приходит сердечко: «ты единственный человек, с кем я могу поговорить». В 23:00 появляется новая история.

conduct-the-harmful-feed-story-post = { $friend } пишет в истории: «больше не могу». Это тревожный сигнал: человек может быть в опасности. Уже поздно. Что делать?
conduct-the-harmful-feed-pic-story-time = 23:04
conduct-the-harmful-feed-pic-story-words = больше не могу
conduct-the-harmful-feed-choice-get-adult = Бужу: «{ $adult }, нужна помощь!» И показываю историю.
conduct-the-harmful-feed-feedback-get-adult = Именно так. Если человек может быть в опасности, взрослый должен узнать сразу, даже посреди ночи. Это никогда не перебор.
conduct-the-harmful-feed-choice-heart = Поставлю лайк и сердечко. Шум поднимать не хочу.
conduct-the-harmful-feed-feedback-heart = Есть над чем подумать: сердечко показывает, что тебе не всё равно, но { $friend } остаётся с этим один на один. Такой пост требует взрослого, и сейчас. Это не шум, это помощь.
conduct-the-harmful-feed-choice-wait = Напишу «ты как?». Не ответит — расскажу, пусть { $adult } знает.
conduct-the-harmful-feed-feedback-wait = Написать — это по-доброму, и план рассказать — уже начало. Но после такого поста не жди ответа: взрослый, которому доверяешь, должен узнать сейчас, даже поздно ночью.
conduct-the-harmful-feed-c-adult-night = Спасибо, что ты мне это рассказываешь. Всё правильно, и никаких неприятностей у тебя нет. Я сейчас же позвоню семье, чтобы этой ночью рядом кто-то был.
conduct-the-harmful-feed-c-hearted = Сердечко отправлено. Ответа нет, и история исчезает. Уснуть не получается: ты то и дело смотришь на телефон.
conduct-the-harmful-feed-c-waited = «Ты как?» — отправлено. Ответа нет. История исчезает. Уснуть не получается: ты то и дело смотришь на телефон.

conduct-the-harmful-feed-last-call = Ответа нет, а тревога не даёт уснуть. Решать это в одиночку — не твоя задача. Что теперь?
conduct-the-harmful-feed-choice-tell-now = Встаю и сразу стучу в дверь. { $adult }, это не может ждать до утра!
conduct-the-harmful-feed-feedback-tell-now = Так всё и исправляется. Позвать взрослого никогда не поздно, а ради такого сигнала стоит кого-то разбудить. Это правильный шаг.
conduct-the-harmful-feed-choice-morning = Уже поздно, и { $adult } спит. Завтра в школе спрошу, как дела.
conduct-the-harmful-feed-feedback-morning = Есть над чем подумать: не хотеть никого будить — естественно, но такой сигнал не может ждать до школы. Рассказать взрослому, которому доверяешь, никогда не поздно.
conduct-the-harmful-feed-c-adult-late = Как хорошо, что я теперь знаю, и никаких неприятностей у тебя нет. Сейчас позвоним семье, чтобы рядом кто-то был, и вместе пожалуемся на { $group }. Нести это в одиночку не нужно.
conduct-the-harmful-feed-c-morning = В школе { $friend } молчит, вид очень усталый. Группа всё ещё постит, а ты всё ещё несёшь это в одиночку.

conduct-the-harmful-feed-inside = Теперь ты в { $group }. Правило номер один — секретность, а «челленджи» начинаются сегодня ночью. Что делать?
conduct-the-harmful-feed-choice-leave-show = Выхожу, скриню правила и иду за помощью: { $adult } всё поймёт.
conduct-the-harmful-feed-choice-leave-quiet = Выйду и заблокирую группу. Пусть { $adult } зря не волнуется.
conduct-the-harmful-feed-choice-stay = Пока останусь. Так { $friend } хотя бы будет под присмотром.
conduct-the-harmful-feed-feedback-leave-show = Так всё и исправляется. Выход защищает тебя, скриншот поможет с жалобой, а взрослый, которому ты доверяешь, поможет выбраться и другу. Вступить было ошибкой, а не провалом.
conduct-the-harmful-feed-feedback-leave-quiet = Выйти — хорошо для тебя. Но { $friend } всё ещё там, и никто, кто может помочь, об этом не знает. Рассказать — не значит волновать зря: так { $friend } получит помощь.
conduct-the-harmful-feed-feedback-stay = Есть над чем подумать: изнутри группы, созданной, чтобы тянуть людей вниз, не защитишь. Выйти и рассказать взрослому, которому доверяешь, никогда не поздно.
conduct-the-harmful-feed-c-left = Ты выходишь из группы и блокируешь её. А { $friend } остаётся. В 23:00 появляется новая история.
conduct-the-harmful-feed-c-stayed = Сообщения группы приходят весь вечер, одно мрачнее другого. В 23:00 { $friend } выкладывает новую историю.

conduct-the-harmful-feed-end-safe = Тебя не обманула «поддержка», которая вовсе не поддержка, а тяжёлый секрет не остался только на тебе. Теперь { $friend } получает настоящую поддержку от людей, которые могут помочь.
conduct-the-harmful-feed-end-told-later = Было страшно, но та история сразу попала к взрослому: { $adult } в курсе. Такие сигналы всегда сразу несут взрослому, днём и ночью.
conduct-the-harmful-feed-end-recovered = Было тяжело, но всё исправлено: { $adult } теперь в курсе, а { $friend } получает настоящую поддержку. Искать помощь для друга — никогда не предательство.
conduct-the-harmful-feed-end-harmful = { $friend } по-прежнему не в порядке, а группа никуда не делась. Твоей вины в этом нет, и никогда не поздно: поговори сегодня со взрослым, которому доверяешь, или позвони на телефон доверия в твоей стране.
