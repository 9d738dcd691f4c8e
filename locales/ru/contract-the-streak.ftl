# Сделки / ценности: Серия (9–12 лет): серии дней, автовоспроизведение и вечерние напоминания (уловки дизайна), сон

contract-the-streak-title = Серия дней
contract-the-streak-summary = В приложении с мультиками у тебя с лучшим другом или подругой серия — 30 дней подряд. Перед сном приложение пишет, что серия вот-вот прервётся.
contract-the-streak-remember = Серии, грустные талисманы, отсчёт и автовоспроизведение придуманы, чтобы от экрана было трудно оторваться. Это не твоя вина. Выключи их, включи ночной режим и поговори со взрослым, которому ты доверяешь.

contract-the-streak-app = { $app }
contract-the-streak-npc-adult = { $adult }
contract-the-streak-npc-friend = { $friend }

contract-the-streak-app-toonloop = ToonLoop
contract-the-streak-app-gigglebox = GiggleBox
contract-the-streak-app-wobbly = Wobbly TV
contract-the-streak-pet-pip = Пип
contract-the-streak-pet-mochi = Моти
contract-the-streak-pet-bolt = Болт
contract-the-streak-adult-grandpa = Дедушка
contract-the-streak-adult-mum = Мама
contract-the-streak-adult-uncle = Дядя

contract-the-streak-intro = Привет, это я, Санго! В { $app } смешные мультики и короткие викторины. Ты и { $friend } смотрите их каждый день уже 30 дней, а { $pet }, маленький питомец приложения, вас подбадривает.
contract-the-streak-night-ping = Почти пора спать, и сегодняшняя викторина уже пройдена. И тут вибрирует телефон.
contract-the-streak-pic-time = 21:47
contract-the-streak-pic-ping = { $pet } грустит! Серия прервётся в полночь!
contract-the-streak-pic-streak = 30

contract-the-streak-spot-app = Ты открываешь { $app }. Нажми на части экрана, которые придуманы, чтобы удержать тебя. Осторожно: некоторые части в порядке!
contract-the-streak-card-title = Суперсерия: ещё 3 видео сегодня!
contract-the-streak-card-body = { $pet } на тебя надеется! Посмотри ещё 3 видео до полуночи, чтобы сохранить серию.
contract-the-streak-part-timer = Обратный отсчёт: «Серия закончится через 02:13:09»
contract-the-streak-feedback-part-timer = Точно! Отсчёт нужен, чтобы поторопить тебя, и как раз перед сном. Полночь — это черта, которую нарисовало приложение, а не настоящий срок.
contract-the-streak-part-pet = { $pet } плачет: «Только ты можешь меня спасти!»
contract-the-streak-feedback-part-pet = Да! { $pet } — рисунок, который должен вызвать у тебя чувство вины. Мультяшка не может грустить, и ты за неё не отвечаешь.
contract-the-streak-part-next = «Следующее видео через 3…» включается само
contract-the-streak-feedback-part-next = В точку! Автовоспроизведение включает следующее видео раньше, чем ты успеешь решить. Остановиться с каждым разом труднее.
contract-the-streak-part-quiz = Викторина дня: пройдена
contract-the-streak-feedback-part-quiz = Не уловка. Викторина пройдена, и было весело. Для этого приложение и нужно.
contract-the-streak-part-bedtime = Кнопка с луной: «Ночной режим»
contract-the-streak-feedback-part-bedtime = Не уловка, а полезная кнопка! В ночном режиме приложение по ночам молчит. Часто она маленькая и спрятанная, так что её стоит найти.
contract-the-streak-pic-timer = 02:13:09
contract-the-streak-pic-pet = Только ты можешь меня спасти!
contract-the-streak-pic-next = Следующее видео через 3…
contract-the-streak-pic-quiz = Викторина дня: пройдена
contract-the-streak-pic-bedtime = Ночной режим

contract-the-streak-night-choice = 21:50. { $pet } плачет, а рядом кнопка: «Заморозка серии, 0,99». Что сделаешь?
contract-the-streak-choice-close = Закрою. { $pet } может подождать до утра.
contract-the-streak-feedback-close = Твой экран — тебе и решать! Серия, отсчёт и слёзы — уловки, чтобы не отпускать тебя спать. Сон побеждает.
contract-the-streak-choice-three = Только 3 видео ради серии — и спать.
contract-the-streak-feedback-three = Решить заранее, когда остановиться, — хорошая мысль! Но автовоспроизведение устроено так, чтобы «3» превратились в гораздо большее. Выбрать сон сегодня — сильнее.
contract-the-streak-choice-freeze = Куплю «Заморозку», помогу { $pet }. Всего 0,99!
contract-the-streak-feedback-freeze = Есть чему поучиться: когда платишь, чтобы напоминание замолчало, приложение узнаёт, что напоминания работают, и завтра попросит снова. { $pet } ненастоящий, а деньги — настоящие.

contract-the-streak-slept = Ты закрываешь приложение и засыпаешь. Утром на серии 0. { $pet } грустит, но ничего плохого не случилось.
contract-the-streak-autoplay = Одно видео, потом следующее включается само, потом ещё одно. Смотришь на часы: 23:20, а видео уже 14.
contract-the-streak-pic-late-time = 23:20
contract-the-streak-pic-episode = Видео 14
contract-the-streak-freeze-bought = «Дзинь!»: «Заморозка серии» куплена за 0,99 с семейного аккаунта. На следующий вечер { $pet } снова плачет: «Заморозки кончились! 5 штук за 3,99!» Ты не спишь до полуночи — на всякий случай.

contract-the-streak-late-choice = 23:20. Начинается следующее видео. Что теперь?
contract-the-streak-choice-stop = Всё, стоп. Выключаю телефон и иду спать.
contract-the-streak-feedback-stop = Молодец! Заметить, что «3» стали 14, — настоящее умение. Автовоспроизведение не останавливалось, а управление снова у тебя.
contract-the-streak-choice-one-more = Ещё одно. Следующее такое смешное!
contract-the-streak-feedback-one-more = Есть чему поучиться: при автовоспроизведении следующее видео всегда кажется смешнее. Так устроено, чтобы удачного момента остановиться не было никогда. Решаешь ты, и сон — первым делом.
contract-the-streak-stopped-late = Ты выключаешь телефон. Утром немного хочется спать, но «стоп» нажат вовремя, и серия на нуле. Ничего плохого не происходит.
contract-the-streak-midnight = «Ещё одно» превращается в шесть. Уже за полночь, когда ты засыпаешь с телефоном в руке.

contract-the-streak-friend-msg = нееет наша серия пропала!! давай начнём заново и сегодня в полночь посмотрим?
contract-the-streak-compose = Дружба важна, и сон тоже. Собери ответ: выбери, что сказать, а что оставить за бортом.
contract-the-streak-compose-to = { $friend }
contract-the-streak-ph-hey = Привет!
contract-the-streak-why-hey = Поздороваться можно в любом случае. Главное — остальное.
contract-the-streak-ph-alarm = Ладно, поставлю будильник и встану в полночь.
contract-the-streak-why-alarm = Звучит по-дружески, но вставать в полночь ради приложения — именно то, чего хочет серия. Настоящей дружбе серия не нужна.
contract-the-streak-ph-sleep = Никаких видео в полночь, мне нужно спать.
contract-the-streak-why-sleep = Ясно и по-доброму. Когда ты говоришь, что будешь и чего не будешь делать, спорить не о чем.
contract-the-streak-ph-obsessed = У тебя зависимость.
contract-the-streak-why-obsessed = Раздражение понятно, но такие слова обидны: на те же уловки попадаются многие. Будь добрее: проблема в приложении, а не в друге.
contract-the-streak-ph-after = Давай смотреть мультики вместе после школы!
contract-the-streak-why-after = Здорово! Так { $friend } поймёт, что дружба продолжается, просто не в полночь.
contract-the-streak-ph-freeze = Попроси родителей купить нам «Заморозку серии».
contract-the-streak-why-freeze = Похоже на решение, но это настоящие деньги, чтобы напоминания продолжались. Серия просто попросит ещё.
contract-the-streak-ph-trick = Серия — это уловка, чтобы мы не спали.
contract-the-streak-why-trick = Да! Если назвать уловку, { $friend } тоже её увидит. Попасться — не слабость: такие приложения так устроены.
contract-the-streak-friend-reply = ха, правда, на уроке ТАК клонило в сон. тогда после школы! и я тоже спрошу про ночной режим
contract-the-streak-adult-offers = Мультики после школы — отличная идея. Давай вместе настроим { $app }, чтобы было весело, а ночью приложение тебя не дёргало?

contract-the-streak-setup = Ты любишь мультики и смешные видео, которые после школы присылает { $friend }. Но ночью надо спать, и когда остановиться, решаешь ты, а не приложение. Настрой так!
contract-the-streak-set-alerts = Уведомления
contract-the-streak-val-alerts-all = Все и весь день
contract-the-streak-val-alerts-friends = Только сообщения друзей
contract-the-streak-val-alerts-none = Никаких
contract-the-streak-why-alerts-all = «Все» — это напоминания о серии и «новое видео!» весь день. Лучше подходит «Только сообщения друзей».
contract-the-streak-why-alerts-friends = То, что нужно! { $friend } присылает смешные видео, а приложение тебя не дёргает.
contract-the-streak-why-alerts-none = Очень тихо, но ты не увидишь и то, что пишет { $friend }. Лучше «Только сообщения друзей», а на ночь — ночной режим.
contract-the-streak-set-autoplay = Включать следующее видео само
contract-the-streak-val-autoplay-on = Вкл.
contract-the-streak-val-autoplay-off = Выкл.
contract-the-streak-why-autoplay-on = Автовоспроизведение выбирает за тебя и не останавливается. Если выключить, ты решаешь после каждого видео.
contract-the-streak-why-autoplay-off = Отлично! Теперь каждое видео выбираешь ты, и остановиться легко.
contract-the-streak-set-bedtime = Ночной режим (приложение тоже спит)
contract-the-streak-val-bedtime-off = Выкл.
contract-the-streak-val-bedtime-night = С 20:30 до 07:00
contract-the-streak-val-bedtime-always = Всегда вкл.
contract-the-streak-why-bedtime-off = Если выключить, приложение может дёргать тебя всю ночь. Лучше «С 20:30 до 07:00».
contract-the-streak-why-bedtime-night = Идеально! Приложение спит, когда спишь ты, и работает после школы.
contract-the-streak-why-bedtime-always = Напоминаний не будет, но и приложение не будет работать никогда, даже после школы. Лучше «С 20:30 до 07:00».
contract-the-streak-set-reminders = Напоминания о серии
contract-the-streak-val-reminders-hourly = Каждый час
contract-the-streak-val-reminders-daily = Раз в день
contract-the-streak-val-reminders-off = Выкл.
contract-the-streak-why-reminders-hourly = Каждый час серия будет тянуть тебя весь день. Лучше «Выкл.»: ты вспомнишь о приложении, когда захочешь.
contract-the-streak-why-reminders-daily = Лучше, но ежедневное «не потеряй!» всё равно тянет обратно. Лучше «Выкл.».
contract-the-streak-why-reminders-off = Здорово! Больше никакого чувства вины. Откроешь приложение, когда захочешь.
contract-the-streak-settings-saved = Сохранено. Никаких напоминаний о серии, никакого автовоспроизведения, а с 20:30 приложение спит. А видео, которые присылает { $friend }, по-прежнему приходят после школы.

contract-the-streak-tired-choice = У тебя сегодня такой сонный вид. Всё в порядке?
contract-the-streak-choice-tell = Рассказать всё: про серию и про поздние ночи.
contract-the-streak-feedback-tell = Смело и умно! Такие приложения придумывают очень умные люди, чтобы от них было не оторваться. Взрослый, которому ты доверяешь, поможет отключить уловки, и тебя никто не накажет.
contract-the-streak-choice-delete = Удалить { $app }. Нет приложения — нет серии.
contract-the-streak-feedback-delete = Сделать перерыв — это настоящий выбор, молодец! Но приложение всё равно может написать на почту, а помочь тебе пока некому. Взрослый, которому ты доверяешь, поможет больше.
contract-the-streak-choice-fine = Всё нормально. Скажу, если нужна помощь.
contract-the-streak-feedback-fine = Есть чему поучиться: серия устроена так, чтобы продолжаться, и остановить её без помощи трудно. Рассказать взрослому — это не значит получить нагоняй. Никогда не поздно.
contract-the-streak-adult-helps = Спасибо, что рассказываешь. Тебя никто не накажет: такие приложения специально делают так, чтобы от них было трудно оторваться. Давай вместе настроим { $app } и проверим, не было ли других покупок.
contract-the-streak-deleted = { $app } больше нет на телефоне. Через два дня приходит письмо.
contract-the-streak-pic-email-subject = { $pet } скучает по тебе!
contract-the-streak-pic-email-offer = Верни свою серию в 30 дней: 1,99
contract-the-streak-pic-email-button = Вернуться
contract-the-streak-kept-going = Серия доходит до 40 дней. Поздние вечера тоже, и напоминания приходят каждый вечер.

contract-the-streak-email-choice = Приложение хочет тебя вернуть и продаёт твою старую серию. Что сделаешь?
contract-the-streak-choice-show-email = Сначала пусть { $adult } проверит это письмо.
contract-the-streak-feedback-show-email = Здорово придумано! Серия на продажу показывает, чем она была с самого начала: способом удержать тебя. Взрослый, которому ты доверяешь, поможет решить, и тебя никто не накажет.
contract-the-streak-choice-reinstall = Поставить и заплатить. Взрослым расскажу потом.
contract-the-streak-feedback-reinstall = Есть чему поучиться: приложение стёрло твою серию, а теперь продаёт её обратно, и уловки возвращаются с ней. Если рассказать заранее, взрослый, которому ты доверяешь, поможет решить. Никогда не поздно.
contract-the-streak-reinstalled = Ты платишь 1,99, и серия возвращается. А с ней и { $pet }, который плачет каждый вечер в 21:47. А «потом» всё никак не наступает.
contract-the-streak-settings-saved-late = Сохранено. Никаких напоминаний о серии, никакого автовоспроизведения, а с 20:30 приложение спит. Ещё вы вместе проверяете покупки на семейном аккаунте.

contract-the-streak-end-safe = Сон важнее серии, и ты это выбираешь. Теперь { $app } — это веселье после школы вместе с другом и тишина ночью. Твой экран — тебе и решать!
contract-the-streak-end-recovered = Серия не давала спать, но теперь { $adult } в курсе. Ночной режим включён, напоминания о серии выключены, и тебя никто не накажет. Это было смело!
contract-the-streak-end-harmful = Серия не даёт спать ночь за ночью. Это не твоя вина: приложение для этого и сделано. Никогда не поздно поговорить: { $adult } или другой взрослый, которому ты доверяешь, поможет всё выключить.

contract-the-streak-trace-bedtime = Приложение с мультиками: ночной режим с 20:30, напоминания о серии и автовоспроизведение выключены.
contract-the-streak-trace-bedtime-advice = Отлично! После школы приложение веселит, а ночью молчит. Если обновление снова включит уведомления, выключи их опять.
contract-the-streak-trace-alerts = Приложение с мультиками: напоминания о серии включены, каждый вечер.
contract-the-streak-trace-alerts-advice = Напоминания о серии придуманы, чтобы тянуть тебя обратно. Попроси взрослого, которому ты доверяешь, помочь их выключить и включить ночной режим.

# One last box on the way out: the sad pet asks for the reminders back.
contract-the-streak-last-box = И тут выскакивает последнее окошко: «{ $pet } будет ОЧЕНЬ скучать! Снова включить напоминания о серии?» Что ты нажмёшь?
contract-the-streak-choice-keep-off = Нажму «Нет, спасибо». { $pet } — просто рисунок.
contract-the-streak-feedback-keep-off = Отлично! Грустный зверёк на самом последнем экране — тоже уловка. Все настройки остаются по-твоему.
contract-the-streak-choice-turn-on = Нажму «Да, включить». Бедный { $pet } так грустит.
contract-the-streak-feedback-turn-on = Есть чему поучиться: грустный зверёк на последнем шаге — тоже уловка. { $pet } ничего не чувствует, а вот напоминания будут дёргать тебя каждый день.
contract-the-streak-reminders-back = На следующий вечер в 21:47 { $pet } снова плачет: «Не потеряй серию!» Ты показываешь телефон, { $adult } помогает, и вы вместе выключаете напоминания насовсем.
