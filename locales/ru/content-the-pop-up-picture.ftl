# Контент / сексуальный (увиденное случайно; только тревожные признаки и помощь): Выскочившая картинка (9–12 лет)

content-the-pop-up-picture-title = Выскочившая картинка
content-the-pop-up-picture-summary = Посреди игры выскакивает картинка, которую ты совсем не хочешь видеть. Что можно сделать?
content-the-pop-up-picture-remember = Если выскочило то, что ты не хочешь видеть, закрой и расскажи взрослому, которому ты доверяешь. Не сохраняй и не пересылай. Это не твоя вина, и никто не будет ругаться.

content-the-pop-up-picture-game-bubble-farm = Пузырьковая ферма
content-the-pop-up-picture-game-star-kart = Звёздный карт
content-the-pop-up-picture-game-puzzle-planet = Планета пазлов
content-the-pop-up-picture-adult-grandpa = Дедушка
content-the-pop-up-picture-adult-mum = Мама
content-the-pop-up-picture-adult-aunt = Тётя Надя

content-the-pop-up-picture-npc-adult = { $adult }
content-the-pop-up-picture-npc-friend = { $friend }

content-the-pop-up-picture-intro = Привет, это я, Санго! Суббота, и на семейном планшете у тебя «{ $game }». { $friend } тоже играет, из дома. Я поиграю вместе с тобой!

content-the-pop-up-picture-spot = Между уровнями на экране много всего. Нажми на то, что может увести туда, где не место детям. Осторожно: кое-что здесь — просто сама игра!
content-the-pop-up-picture-card-title = «{ $game }»: между уровнями
content-the-pop-up-picture-card-body = Экран игры: сообщение, друзья и реклама.
content-the-pop-up-picture-part-update = Сообщение в меню игры: обновление 2.4, новые уровни
content-the-pop-up-picture-feedback-update = Это не ловушка! Сообщение — в меню самой игры «{ $game }», и оно ничего не просит. Настоящие обновления добавляют уровни и исправляют ошибки.
content-the-pop-up-picture-part-friend = Друзья в сети: { $friend }
content-the-pop-up-picture-feedback-friend = Не ловушка. Это { $friend }, по-настоящему, в той же игре. Видеть, кто в сети, — обычная часть игры «{ $game }».
content-the-pop-up-picture-part-banner = Мигающая реклама: Ты НЕ поверишь, что на этой картинке!!
content-the-pop-up-picture-feedback-banner = Верно! Реклама, которая кричит «не поверишь», хочет, чтобы стало любопытно и захотелось нажать. Она может вести к картинкам, которые не для детей.
content-the-pop-up-picture-part-link = Ссылка в рекламе: free-pix-4u.xyz
content-the-pop-up-picture-feedback-link = Да! Это не адрес игры «{ $game }». Реклама может вести на любой сайт, и что там, не узнать, пока он не откроется.
content-the-pop-up-picture-part-timer = Таймер: нажми за 10 секунд, или всё пропустишь!
content-the-pop-up-picture-feedback-timer = Точно! Таймер нужен, чтобы поторопить: нажать, не подумав. Ничему хорошему не нужна спешка.
content-the-pop-up-picture-pic-game = { $game }
content-the-pop-up-picture-pic-notice = Обновление 2.4: новые уровни!
content-the-pop-up-picture-pic-friend = { $friend } в сети
content-the-pop-up-picture-pic-ad = Реклама
content-the-pop-up-picture-pic-banner = Ты НЕ поверишь, что на этой картинке!!
content-the-pop-up-picture-pic-link = free-pix-4u.xyz
content-the-pop-up-picture-pic-timer = 0:10

content-the-pop-up-picture-update = Открывается меню игры. Сообщение от игры «{ $game }»: «Обновление 2.4 готово: новые уровни!» Внизу экрана всё ещё мигает реклама.
content-the-pop-up-picture-pic-update-title = Обновление 2.4 готово
content-the-pop-up-picture-pic-update-new = Новые уровни и исправления
content-the-pop-up-picture-pic-update = Обновить
content-the-pop-up-picture-pic-later = Позже
content-the-pop-up-picture-choice-update = Жму «Обновить». Это в меню самой игры, а не реклама.
content-the-pop-up-picture-feedback-update-now = Хорошее решение! Обновление было в меню игры «{ $game }» и ничего не просило. Настоящие обновления — это нормально, они часто исправляют ошибки.
content-the-pop-up-picture-choice-later = Жму «Позже». Никогда не нажимаю на всплывашки.
content-the-pop-up-picture-feedback-later = Осторожность — это хорошо! Но это было настоящее: в меню игры, и ничего не просило. Без обновлений не будет исправлений, и { $friend } будет играть без тебя.
content-the-pop-up-picture-choice-tap-ad = Сначала проверю рекламу. Что там за картинка?
content-the-pop-up-picture-feedback-tap-ad = Есть чему поучиться: любопытство — это нормально! Но такая реклама сделана, чтобы на неё нажимали, и ведёт куда угодно. Нажимать стоит в меню самой игры.

content-the-pop-up-picture-updated = Обновление ставится за минуту. Новые уровни! { $friend } и ты наперегонки мчитесь к девятому уровню.
content-the-pop-up-picture-not-updated = Ты жмёшь «Позже». { $friend } уже на новых уровнях, и вместе играть не получается. Приходится возвращаться к старым, без компании.
content-the-pop-up-picture-popup = И вдруг посреди уровня поверх игры выскакивает окно. Оно не от игры «{ $game }». Это неприличная картинка, совсем не для детей. Тебе совсем не хотелось это видеть.
content-the-pop-up-picture-ad-site = Открывается сайт, весь в мигающих окошках. Не успеваешь вернуться, как окно закрывает весь экран. Это неприличная картинка, совсем не для детей.

content-the-pop-up-picture-what-now = Ой. Эта картинка не для детей, и это не твоя вина: её никто не искал. Что теперь?
content-the-pop-up-picture-choice-close-tell = Закрою и сразу позову: { $adult }, иди сюда!
content-the-pop-up-picture-feedback-close-tell = Молодец! Закрыть — значит остановить картинку, а когда { $adult } знает, рекламу можно отправить в жалобу. Это не твоя вина, и за рассказ не ругают.
content-the-pop-up-picture-choice-close-play = Закрою и поиграю. Если вернётся — { $adult } узнает.
content-the-pop-up-picture-feedback-close-play = Закрыть — правильно! Но зачем ждать, пока оно вернётся? Держать это в себе тяжело. Взрослый, которому ты доверяешь, поможет остановить такие окна уже сейчас и поможет тебе успокоиться.
content-the-pop-up-picture-choice-screenshot = Сначала скриншот! { $friend } ни за что не поверит.
content-the-pop-up-picture-feedback-screenshot = Есть чему поучиться: скриншот оставляет картинку на планшете, а если переслать, она может расстроить других детей. Она выскочила сама, и всё ещё можно исправить.

content-the-pop-up-picture-adult-listens = Спасибо, что рассказываешь. Твоей вины тут нет, и никто не сердится. Такие окна специально ловят детей. Давай пожалуемся на эту рекламу в игре «{ $game }» и вместе настроим планшет.
content-the-pop-up-picture-kept-playing = Окно закрыто, игра идёт. Через два уровня оно выскакивает снова. Рассказать хочется, но теперь слишком неловко. Вечером ты почти не разговариваешь.
content-the-pop-up-picture-screenshot-saved = Щёлк. Теперь картинка в фотографиях планшета. Приходит сообщение. Это { $friend }: «Почему игра остановилась? Всё нормально?»

content-the-pop-up-picture-evening = Ты весь вечер почти молчишь. Всё в порядке?
content-the-pop-up-picture-choice-tell-evening = Не очень. В игре выскочила неприличная картинка.
content-the-pop-up-picture-feedback-tell-evening = Это смело! Неловкое становится легче, когда его скажешь вслух. { $adult } может пожаловаться на рекламу и настроить планшет, а ругать тебя не будут.
content-the-pop-up-picture-choice-tell-friend = Всё хорошо. Расскажу всё в понедельник в школе.
content-the-pop-up-picture-feedback-tell-friend = Поговорить — это хорошо! Но { $friend } не может пожаловаться на рекламу или поменять настройки. Взрослый, которому ты доверяешь, может — и ругаться не будет.
content-the-pop-up-picture-choice-say-nothing = Всё хорошо! Расскажу — и ты решишь, что мне такое интересно.
content-the-pop-up-picture-feedback-say-nothing = Есть чему поучиться: многие дети этого боятся. Но взрослые знают, что такие окна бывают, и это не твоя вина. Рассказать никогда не поздно.

content-the-pop-up-picture-adult-listens-evening = Спасибо, что рассказываешь. Твоей вины тут нет, и я не сержусь. Эта картинка выскочила сама. Давай пожалуемся на рекламу в игре «{ $game }» и вместе настроим планшет.
content-the-pop-up-picture-waits = Ты желаешь спокойной ночи. На следующий день { $friend } куда-то уезжает, и в итоге ты никому ничего не говоришь.
content-the-pop-up-picture-nights = Ночью картинка снова и снова всплывает в голове, и заснуть трудно.

content-the-pop-up-picture-friend-asks = { $friend } хочет знать, почему игра вдруг прервалась. Картинка всё ещё в фотографиях планшета. Что теперь?
content-the-pop-up-picture-choice-delete-tell = Удалю и спрошу: «{ $adult }, как убрать эту рекламу?»
content-the-pop-up-picture-feedback-delete-tell = Отличное решение! Если удалить, дальше она не уйдёт, а { $adult } может пожаловаться на рекламу. Не твоя вина, что она выскочила, а рассказывать — всегда правильно.
content-the-pop-up-picture-choice-delete-quiet = Удалю и доиграю. А { $adult } об этом и не узнает.
content-the-pop-up-picture-feedback-delete-quiet = Удалить — правильно! Но реклама никуда не делась, и держать всё в себе тяжело. Взрослому, которому ты доверяешь, не нужно видеть картинку, чтобы помочь: он может пожаловаться на рекламу и ругаться не будет.
content-the-pop-up-picture-choice-send = Перешлю в чат — пусть { $friend } тоже посмотрит!
content-the-pop-up-picture-feedback-send = Есть чему поучиться: такие картинки могут расстроить других детей, даже в шутку. Пересылать их — никогда не нормально. Исправить никогда не поздно.

content-the-pop-up-picture-adult-listens-late = Спасибо, что рассказываешь. Твоей вины тут нет. Удалить картинку — правильно. Давай пожалуемся на рекламу в игре «{ $game }» и вместе настроим планшет.
content-the-pop-up-picture-deleted-quiet = Картинка удалена. { $friend } слышит от тебя, что игра зависла, и больше никто ничего не знает.
content-the-pop-up-picture-sent = Фу! Зачем мне такое присылать?! Младший брат чуть не увидел через плечо. Уже удалено.

content-the-pop-up-picture-sent-choice = { $friend } очень расстраивается. Исправить ещё не поздно. Что теперь?
content-the-pop-up-picture-choice-sorry-tell = Извинюсь и всё расскажу. Пусть { $adult } знает.
content-the-pop-up-picture-feedback-sorry-tell = Вот так и исправляют! Извиниться — это важно, а { $adult } поможет всё удалить и пожаловаться на рекламу. Ругать тебя не будут.
content-the-pop-up-picture-choice-joke = Скажу, что это шутка. Если { $adult } узнает — будет хуже.
content-the-pop-up-picture-feedback-joke = Есть чему поучиться: если рассказать, хуже не станет — так всё и решается. Взрослый, которому ты доверяешь, ругаться не будет. Никогда не поздно.
content-the-pop-up-picture-choice-delete-chat = Удалю всю переписку, и тогда никто ничего не узнает.
content-the-pop-up-picture-feedback-delete-chat = Есть чему поучиться: удалить переписку — не значит отменить то, что было, а держать всё в себе тяжело. Взрослый, которому ты доверяешь, поможет всё исправить и ругаться не будет.
content-the-pop-up-picture-deleted-chat = Вся переписка удалена. { $friend } больше не отвечает, а ты держишь всё в себе.

content-the-pop-up-picture-adult-listens-sent = Спасибо, что рассказываешь и что извиняешься. Твоей вины тут нет: картинка выскочила сама. Мы её удалим, предупредим другую семью, пожалуемся на рекламу и настроим планшет.
content-the-pop-up-picture-joke = { $friend } замолкает и больше не хочет играть. С каждым днём тебе всё хуже, а рассказать так никому и не получается.

content-the-pop-up-picture-setup = { $adult } открывает с тобой настройки. Хочется и дальше играть с друзьями и получать новые уровни, но без таких окон. Выбери каждую настройку.
content-the-pop-up-picture-set-updates = Обновления игры
content-the-pop-up-picture-val-updates-auto = Автоматически
content-the-pop-up-picture-why-updates-auto = Хороший выбор! Обновления приходят от самой игры. Они добавляют уровни и исправляют ошибки, в том числе в безопасности.
content-the-pop-up-picture-val-updates-ask = Спрашивать каждый раз
content-the-pop-up-picture-why-updates-ask = Так можно, но спрашивать будут постоянно. Обновления из меню самой игры можно ставить автоматически.
content-the-pop-up-picture-val-updates-never = Никогда
content-the-pop-up-picture-why-updates-never = Здесь это слишком закрыто: без обновлений не будет новых уровней и исправлений, и { $friend } будет играть без тебя.
content-the-pop-up-picture-set-popups = Всплывающие окна
content-the-pop-up-picture-val-popups-allow = Разрешить
content-the-pop-up-picture-why-popups-allow = Та картинка пришла как раз через всплывающее окно. Заблокируй их — игра всё равно работает.
content-the-pop-up-picture-val-popups-block = Блокировать
content-the-pop-up-picture-why-popups-block = Да! Блокировка останавливает большинство окон до того, как они появятся, а игра всё равно работает.
content-the-pop-up-picture-set-filter = Детский фильтр для картинок и сайтов
content-the-pop-up-picture-val-filter-off = Выключен
content-the-pop-up-picture-why-filter-off = Детский фильтр помогает не пускать картинки и сайты не для детей. Включи его.
content-the-pop-up-picture-val-filter-on = Включён
content-the-pop-up-picture-why-filter-on = Хорошо! Детский фильтр не пускает многое, что не для детей. Идеальных фильтров нет, поэтому закрыть и рассказать — всё равно важно.
content-the-pop-up-picture-set-chat = Кто может писать мне в игре
content-the-pop-up-picture-val-chat-anyone = Все
content-the-pop-up-picture-why-chat-anyone = «Все» — это и незнакомцы тоже. Для игры с друзьями хватит добавленных друзей.
content-the-pop-up-picture-val-chat-friends = Добавленные друзья
content-the-pop-up-picture-why-chat-friends = То что нужно: { $friend } сможет тебе писать, а незнакомцы ничего не пришлют.
content-the-pop-up-picture-val-chat-nobody = Никто
content-the-pop-up-picture-why-chat-nobody = Без риска, но здесь слишком закрыто: во время игры хочется переписываться с друзьями. Добавленных друзей хватит.

content-the-pop-up-picture-reported = { $adult } отправляет жалобу на рекламу, и «{ $game }» отвечает: «Спасибо! Мы убрали эту рекламу». Потом вы вместе проходите десятый уровень, и больше ничего не выскакивает.
content-the-pop-up-picture-pic-reported = Жалоба отправлена
content-the-pop-up-picture-pic-thanks = Спасибо! Мы убрали эту рекламу.

content-the-pop-up-picture-monday = В понедельник на перемене { $friend } выглядит встревоженно и отводит тебя в сторону.
content-the-pop-up-picture-friend-confides = У меня в игре «{ $game }» тоже выскочила неприличная картинка. Мне от неё не по себе. Только никому не говори, ладно?
content-the-pop-up-picture-choice-me-too = У меня тоже! Дома всё знают, и никто не ругался.
content-the-pop-up-picture-feedback-me-too = По-доброму и мудро! Когда знаешь, что такое бывает у других и что никто не ругался, рассказать гораздо легче. И { $friend } тут тоже ни при чём.
content-the-pop-up-picture-choice-settings-only = Просто заблокируй окошки в настройках — так советует { $adult }.
content-the-pop-up-picture-feedback-settings-only = Блокировать окна полезно! Но настройки не помогут справиться с этим неприятным чувством, и ни одна настройка не остановит всё. Взрослый, которому можно доверять, поможет и с тем, и с другим.
content-the-pop-up-picture-choice-our-secret = Ладно. Никому ни слова. Это наш секрет.
content-the-pop-up-picture-feedback-our-secret = Есть чему поучиться: из-за секрета { $friend } остаётся с этим наедине. Такой секрет можно и нужно нарушить, ведь взрослый может помочь. Никто не стал бы ругаться.

content-the-pop-up-picture-friend-again = Вечером { $friend } пишет тебе.
content-the-pop-up-picture-friend-still = Я не нахожу эту настройку, а оно опять выскочило. Не хочу, чтобы дома узнали.
content-the-pop-up-picture-choice-come-with = Никто не будет ругаться. Пойдём расскажем вместе.
content-the-pop-up-picture-feedback-come-with = Вот это дружба! Вместе рассказывать намного легче. { $friend } тут ни при чём, а взрослые дома могут помочь.
content-the-pop-up-picture-choice-stop-playing = Тогда отдохни от игры «{ $game }». Говорить — слишком неловко.
content-the-pop-up-picture-feedback-stop-playing = Есть чему поучиться: бросить игру не значит избавиться от неприятного чувства, а любимой игры больше нет. Рассказывать неловко лишь минуту, а потом становится легче.
content-the-pop-up-picture-choice-close-each = Просто закрывай каждый раз. Станет хуже — расскажи взрослым.
content-the-pop-up-picture-feedback-close-each = Есть чему поучиться: закрывать — правильно, но если ждать, пока станет хуже, { $friend } так и останется с этим чувством наедине. Взрослые дома помогут уже сейчас и ругаться не будут.

content-the-pop-up-picture-friend-tells = Ладно. Сегодня вечером расскажу дома. Спасибо, что говоришь, что это не моя вина.
content-the-pop-up-picture-friend-secret = Секрет остаётся секретом. { $friend } продолжает играть и видеть такие окна, и никто об этом не знает.
content-the-pop-up-picture-friend-closes = { $friend } продолжает закрывать эти окна молча и с каждой неделей говорит всё меньше.
content-the-pop-up-picture-friend-stops = { $friend } бросает игру «{ $game }» и замыкается в себе. Дома никто не знает почему.

content-the-pop-up-picture-choice-tell-together = У меня тоже! Давай вместе расскажем, пусть { $adult } знает.
content-the-pop-up-picture-feedback-tell-together = Смело, и по-доброму тоже! Вместе рассказывать легче, и { $adult } поможет вам обоим. Никто из вас ни в чём не виноват.
content-the-pop-up-picture-choice-keep-secret = У меня тоже. Я не скажу: { $adult } перепугается.
content-the-pop-up-picture-feedback-keep-secret = Есть чему поучиться: взрослые знают, что такие окна бывают, и лучше помогут, чем оставят тебя с этим наедине. Рассказать никогда не поздно.
content-the-pop-up-picture-choice-close-fast = У меня тоже. Давай просто быстро закрывать и забудем.
content-the-pop-up-picture-feedback-close-fast = Есть чему поучиться: закрывать — правильно, но забыть не получится, если окна всё появляются. Взрослый, которому ты доверяешь, может их остановить и ругаться не будет.

content-the-pop-up-picture-adult-both = Спасибо, что вы рассказываете. Никто из вас не виноват, и я не сержусь. Пожалуемся на рекламу в игре «{ $game }» и настроим планшет. И вторую семью я тоже предупрежу.
content-the-pop-up-picture-both-secret = Вы молчите вдвоём. Окна продолжают выскакивать, и каждый раз неприятное чувство возвращается.
content-the-pop-up-picture-both-close = Вы быстро закрываете их, каждый раз. Но они всё появляются, и каждый раз неприятное чувство возвращается.
content-the-pop-up-picture-reported-both = «{ $game }» отвечает: «Спасибо! Мы убрали эту рекламу». { $friend } тебе улыбается. Теперь, когда взрослые знают, стало намного легче.
content-the-pop-up-picture-reported-sent = «{ $game }» отвечает: «Спасибо! Мы убрали эту рекламу». На следующий день { $friend } зовёт тебя на десятый уровень, и ты ещё раз извиняешься.

content-the-pop-up-picture-end-safe = Окно закрыто, { $adult } всё знает, и { $friend } тоже получает помощь. Реклама отправлена в жалобу, планшет настроен. Никто не ругался, и ни в чём из этого нет твоей вины!
content-the-pop-up-picture-end-recovered = Выскочила картинка, которую никто не просил, и всё стало непросто. Но потом { $adult } узнаёт обо всём: реклама в жалобе, планшет настроен. Рассказать — это и было самое смелое!
content-the-pop-up-picture-end-friend-alone = У тебя всё хорошо, и планшет настроен. Но { $friend } по-прежнему видит эти окна в одиночку, и дома никто не знает. Взрослый, которому можно доверять, мог бы помочь и здесь.
content-the-pop-up-picture-end-harmful = Ты держишь это в себе, и это тяжело. Твоей вины здесь никогда не было. Рассказать взрослому, которому ты доверяешь, никогда не поздно: ругаться не будут, а помогут.

# A last question at school: someone wants the way to the picture.
content-the-pop-up-picture-last-ask = Через пару дней в школе тебя останавливает кто-то из параллельного класса: «Говорят, у тебя в игре „{ $game }“ выскочила неприличная картинка. А какой там был сайт?»
content-the-pop-up-picture-choice-not-share = Такое я не передаю. Это не для детей, и рекламы уже нет.
content-the-pop-up-picture-feedback-not-share = Молодец! Дать адрес сайта — всё равно что переслать картинку. Ты отказываешься, и другие дети её не увидят.
content-the-pop-up-picture-choice-give-site = Там было free-pix-что-то. Только никому не говори, что это я.
content-the-pop-up-picture-feedback-give-site = Есть чему поучиться: дать адрес сайта — всё равно что переслать картинку, а она может расстроить других детей. Всё ещё можно исправить.
content-the-pop-up-picture-gave-site = На следующий день тот школьник ходит расстроенный, и тебе не по себе. Вечером ты всё рассказываешь. { $adult } не сердится и предупреждает школу, чтобы там помогли.
