# Сделки / коммерция: Разрешения приложения (9–12 лет)

contract-the-app-permissions-title = Разрешения приложения
contract-the-app-permissions-summary = Бесплатное приложение для рисования хочет знать, где ты, получить твои контакты и не только. Что же разрешить?
contract-the-app-permissions-remember = Разрешай приложению только то, что ему действительно нужно, и спрашивай родителей, прежде чем регистрироваться или делиться данными. Когда остановиться, решаешь ты, а не приложение.

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-adult-mum = Мама
contract-the-app-permissions-adult-dad = Папа
contract-the-app-permissions-adult-nana = Бабуля
contract-the-app-permissions-brush-rainbow = кисть «Радуга»
contract-the-app-permissions-brush-galaxy = кисть «Галактика»
contract-the-app-permissions-brush-glitter = кисть «Блёстки»

contract-the-app-permissions-npc-adult = { $adult }
contract-the-app-permissions-npc-friend = { $friend }

contract-the-app-permissions-intro = Привет, это я, Санго! { $friend } советует тебе { $app } — бесплатное приложение для рисования с волшебными кистями. Твой кружок рисования тоже там. Теперь оно есть на семейном планшете. Давай откроем его вместе!

contract-the-app-permissions-setup = Твой новый профиль в { $app } настроен так, как удобно приложению. А тебе нужно вот что: рисунки видит твой кружок, { $friend } присылает тебе советы, а больше никто тебя не находит. Ночью — сон. Настрой профиль!
contract-the-app-permissions-set-drawings = Кто видит мои рисунки
contract-the-app-permissions-val-drawings-everyone = Все в приложении
contract-the-app-permissions-val-drawings-club = Мой кружок
contract-the-app-permissions-val-drawings-me = Только я
contract-the-app-permissions-why-drawings-everyone = «Все» — это и незнакомые люди, а ты хочешь показывать рисунки только кружку. Лучше подходит «Мой кружок».
contract-the-app-permissions-why-drawings-club = То, что нужно! Твой кружок видит твои рисунки, а незнакомые люди — нет.
contract-the-app-permissions-why-drawings-me = Так рисунки никто не увидит, даже твой кружок. Лучше подходит «Мой кружок»: пусть ребята любуются твоими рисунками.
contract-the-app-permissions-set-messages = Кто может писать мне сообщения
contract-the-app-permissions-val-messages-anyone = Кто угодно в приложении
contract-the-app-permissions-val-messages-added = Добавленные друзья
contract-the-app-permissions-val-messages-nobody = Никто
contract-the-app-permissions-why-messages-anyone = Если выбрать «Кто угодно», писать тебе смогут и незнакомые люди. Лучше подходят «Добавленные друзья»: { $friend } сможет присылать советы, а чужие — нет.
contract-the-app-permissions-why-messages-added = Хороший выбор! { $friend } сможет присылать тебе советы, а незнакомые люди писать не смогут. Если сообщение покажется странным, покажи его: { $adult } поможет.
contract-the-app-permissions-why-messages-nobody = Так чужие не напишут, но и { $friend } не сможет присылать тебе советы. Лучше подходят «Добавленные друзья».
contract-the-app-permissions-set-name = Имя в моём профиле
contract-the-app-permissions-val-name-full = Имя и фамилия
contract-the-app-permissions-val-name-first = Только имя
contract-the-app-permissions-val-name-nick = Никнейм
contract-the-app-permissions-why-name-full = По имени и фамилии незнакомые люди могут узнать, кто ты. Лучше подходит никнейм, который знает твой кружок: там всё равно поймут, что это ты.
contract-the-app-permissions-why-name-first = Лучше, чем имя и фамилия, но и имя кое-что рассказывает о тебе чужим. Никнейм, который знает твой кружок, подходит ещё лучше.
contract-the-app-permissions-why-name-nick = Отличный выбор! Кружок знает, что это ты, а чужие видят только никнейм.
contract-the-app-permissions-set-school = Кто видит мою школу
contract-the-app-permissions-val-school-everyone = Все
contract-the-app-permissions-val-school-club = Мой кружок
contract-the-app-permissions-val-school-nobody = Никто
contract-the-app-permissions-why-school-everyone = «Все» — это и незнакомые люди, а школа подсказывает им, где ты бываешь каждый день. Кружок и так её знает, поэтому лучше подходит «Никто».
contract-the-app-permissions-why-school-club = Это не опасно, но кружок и так знает твою школу, так что показывать её здесь незачем. Лучше подходит «Никто».
contract-the-app-permissions-why-school-nobody = В точку! Кружок и так знает твою школу, а больше она никому не нужна.
contract-the-app-permissions-set-night = Кто может присылать мне уведомления ночью
contract-the-app-permissions-val-night-on = Кто угодно
contract-the-app-permissions-val-night-friends = Добавленные друзья
contract-the-app-permissions-val-night-off = Никто
contract-the-app-permissions-why-night-on = Если выбрать «Кто угодно», любое уведомление может разбудить тебя или позвать рисовать в кровати. Лучше подходит «Никто»: рисунки подождут до утра.
contract-the-app-permissions-why-night-friends = Это лучше, чем «Кто угодно», но и уведомления от друзей могут разбудить. Лучше подходит «Никто»: советами можно обменяться и утром.
contract-the-app-permissions-why-night-off = Здорово! Ночь — для сна, а рисунки и сообщения никуда не денутся до утра.

contract-the-app-permissions-perm-spot = Ещё до того, как начать рисовать, выскакивает большое окно. Нажми на детали, которые просят слишком много или пытаются тебя поторопить.
contract-the-app-permissions-card-title = { $app } запрашивает:
contract-the-app-permissions-card-body = Рисуй с максимальным удовольствием! Нажми «Разрешить всё», чтобы начать.
contract-the-app-permissions-part-app = Название и значок приложения: { $app }
contract-the-app-permissions-feedback-app = Это не ловушка! В таком окне всегда видно, какое приложение спрашивает, чтобы было понятно, кто чего хочет. Теперь посмотри, что оно просит.
contract-the-app-permissions-part-location = Всегда знать, где ты находишься, «для лучших кистей»
contract-the-app-permissions-feedback-location = Хорошо подмечено! Кистям не нужно знать, где ты. Прежде чем доверять объяснению, проверь, есть ли в нём смысл. «Всегда» значит даже тогда, когда приложение закрыто.
contract-the-app-permissions-part-contacts = Читать все контакты на этом планшете
contract-the-app-permissions-feedback-contacts = Да! Контакты — это личная информация других людей: их имена и номера. Приложению для рисования они не нужны.
contract-the-app-permissions-part-camera = Использовать камеру, чтобы превращать фото в рисунки
contract-the-app-permissions-feedback-camera = Само по себе не улика. Превращать фото в рисунки — как раз дело для приложения-рисовалки. Но можно выбрать «только во время использования» или спросить родителей.
contract-the-app-permissions-part-photos = Сохранять твои рисунки в фото
contract-the-app-permissions-feedback-photos = Это не улика. Сохранять рисунки — нормальное дело для приложения-рисовалки, так что тут всё логично. Если сомневаешься, можно спросить родителей.
contract-the-app-permissions-part-signup = Зарегистрироваться с почтой и датой рождения
contract-the-app-permissions-feedback-signup = Верно подмечено! Почта и день рождения — это личная информация. Детям стоит спросить родителей, прежде чем регистрироваться, а во многих приложениях можно рисовать и без аккаунта.
contract-the-app-permissions-part-button = Большая кнопка РАЗРЕШИТЬ ВСЁ и маленькая ссылка «выбрать»
contract-the-app-permissions-feedback-button = Зоркий глаз! Сделать «да на всё» огромным, а «выбрать» крошечным — это уловка, чтобы тебя поторопить. Всегда можно выбирать по одному пункту.
contract-the-app-permissions-pic-allow = РАЗРЕШИТЬ ВСЁ
contract-the-app-permissions-pic-choose = выбрать

contract-the-app-permissions-perm-choice = Ну что, куда нажмёшь? Помни: эти настройки можно поменять и потом.
contract-the-app-permissions-choice-choose = Жму «выбрать»: только камера, без личных данных
contract-the-app-permissions-feedback-choose = Отличный выбор! Приложению для рисования нужна камера, чтобы превращать фото в рисунки, а не твоя геолокация, контакты или день рождения. Маленькая ссылка и была способом сказать «нет».
contract-the-app-permissions-choice-ask-friend = Стоп, сначала проверю у друга. { $adult } пусть отдыхает.
contract-the-app-permissions-feedback-ask-friend = Остановиться, прежде чем нажать, — правильно! Но { $friend } может рассказать только о своём выборе, а не о том, что нужно приложению. { $adult } поможет выбрать, на это время всегда найдётся.
contract-the-app-permissions-choice-allow-all = Разрешить всё! { $friend } говорит, что всё нормально. Рисуем!
contract-the-app-permissions-feedback-allow-all = Есть над чем подумать: «мне так сказали» — это не проверка. Большая кнопка была сделана, чтобы тебя поторопить, а объяснения не сходились. Это ещё можно исправить.

contract-the-app-permissions-chose-camera = Ты нажимаешь крошечную ссылку «выбрать». Камера — только пока рисуешь. Геолокация и контакты — нет. Регистрацию пропускаешь, а приложение всё равно открывается!
contract-the-app-permissions-friend-reply = А у меня просто «Разрешить всё». Все так делают! Это же просто рисовалка.
contract-the-app-permissions-allowed-all = Окно закрывается, и ты начинаешь рисовать. Потом выскакивает карта: «Художники рядом с тобой!» На ней твоя точка — прямо там, где ты живёшь.
contract-the-app-permissions-pic-map = Художники рядом с тобой!
contract-the-app-permissions-pic-you = Ты

contract-the-app-permissions-friend-choice = { $friend } разрешает всё. А большое окно всё ещё ждёт тебя. Что ты сделаешь?
contract-the-app-permissions-choice-ask-adult = { $adult }, посмотришь со мной весь список, по порядку?
contract-the-app-permissions-feedback-ask-adult = Отличный ход! Родители помогут понять, что приложению действительно нужно. Если выбирать вместе, твои данные остаются твоими, а приложение всё равно работает.
contract-the-app-permissions-choice-copy-friend = Разрешить всё! { $adult } же разрешает мне это приложение.
contract-the-app-permissions-feedback-copy-friend = Есть над чем подумать: разрешить само приложение — не значит разрешить ему всё. Оно просило геолокацию и контакты без всякой причины. Это ещё можно исправить.

contract-the-app-permissions-adult-checks = Как хорошо, что ты спрашиваешь! Камера, только пока пользуешься приложением, — да. Геолокация и контакты — нет. И давай пропустим регистрацию: рисовать можно и без неё.
contract-the-app-permissions-drawing = Ты рисуешь дракона волшебными кистями. Выходит потрясающе! Время летит незаметно. Скоро пора спать, и тут появляется новое окно.

contract-the-app-permissions-bedtime-nag = «Не уходи! Нарисуй сегодня ещё 3 картинки, чтобы открыть { $brush }, или купи её прямо сейчас за 4,99! Твоя серия прервётся в полночь!»
contract-the-app-permissions-pic-nag = Ещё 3 рисунка — и откроется { $brush }!
contract-the-app-permissions-pic-streak = Твоя серия прервётся в полночь!
contract-the-app-permissions-pic-buy = Купить сейчас: 4,99
contract-the-app-permissions-choice-stop = Закрываю и спать. Сон поможет больше.
contract-the-app-permissions-feedback-stop = Экраном командуешь ты! «Твоя серия прервётся» — уловка, чтобы не дать тебе уснуть. Выспишься — и завтра нарисуешь ещё лучше.
contract-the-app-permissions-choice-one-more = Ещё одну картинку. { $adult } не будет против.
contract-the-app-permissions-feedback-one-more = Не платить — это умно! Но «ещё одну» — именно то, чего хочет окно, и одной дело редко ограничивается. Никакая серия не стоит твоего сна.
contract-the-app-permissions-choice-alerts = Включу уведомления, чтобы не потерять серию
contract-the-app-permissions-feedback-alerts = Есть над чем подумать: уведомления — это тоже разрешение, а уведомления о сериях сделаны, чтобы возвращать тебя снова и снова. Их можно выключить в настройках.

contract-the-app-permissions-went-to-bed = Ты закрываешь планшет и ложишься спать. Утром серии уже нет, и ничего страшного не происходит. Кисть подождёт до другого дня.
contract-the-app-permissions-one-more = Одна картинка превращается в три. Уже поздно, и окно возвращается: «Почти! Ещё 1 картинка — или 4,99, чтобы открыть кисть прямо сейчас!»
contract-the-app-permissions-alerts-on = Теперь { $app } пишет тебе за завтраком, на уроке и за ужином: «Рисуй сейчас, или серия прервётся!» Ты всё время смотришь в планшет.

contract-the-app-permissions-late-choice = Хм. «Ещё одна» так и осталась одной? Что теперь?
contract-the-app-permissions-choice-stop-now = Хватит. Уже три картинки. Пора спать.
contract-the-app-permissions-feedback-stop-now = Здорово, что получается остановиться! Заметить, что «ещё одна» стала тремя, — настоящий навык. Приложение сделано, чтобы тебя удерживать, а ты возвращаешь себе контроль.
contract-the-app-permissions-choice-last-one = Дальше! Ещё одна — и кисть моя!
contract-the-app-permissions-feedback-last-one = Есть над чем подумать: окна с сериями всё время двигают финиш, поэтому «ещё одна» будет всегда. Когда остановиться, решаешь ты, и сон важнее.

contract-the-app-permissions-stopped-late = Ты закрываешь планшет. Утром немного хочется спать, но остановиться получилось, и кисть никуда не денется.
contract-the-app-permissions-midnight = Ещё одна превращается в пять. Кисть открывается ближе к полуночи, а на следующий день ты зеваешь на всех уроках.

contract-the-app-permissions-invite = На следующий день { $friend } спрашивает, почему { $app } прислало приглашение от тебя. Но от тебя никаких приглашений не было!
contract-the-app-permissions-pic-invite = Заходи ко мне в { $app }!
contract-the-app-permissions-pic-together = Давай рисовать вместе!
contract-the-app-permissions-pic-join = Вступить
contract-the-app-permissions-shared-choice = Ой-ой. Приложение использует твою геолокацию и контакты. Не волнуйся, это можно исправить. Что ты сделаешь?
contract-the-app-permissions-choice-show-adult = Зову: «{ $adult }, посмотри на карту и приглашение!»
contract-the-app-permissions-feedback-show-adult = Лучший ход! Родители помогут выключить геолокацию и контакты и проверить, что приложение сохранило. Многие нажимают «Разрешить всё». Быстро показать — вот что помогает.
contract-the-app-permissions-choice-say-sorry = «{ $friend }, прости, это не я!» Потом расскажу, { $adult } поймёт.
contract-the-app-permissions-feedback-say-sorry = Извиниться — это по-доброму, и { $friend } это оценит! Но приложение от этого не остановится: у него всё ещё твоя геолокация и контакты. «Потом» — значит, оно продолжит делиться. Покажи сейчас.
contract-the-app-permissions-choice-leave-on = Оставлю как есть. Это же рисовалка, она безопасная.
contract-the-app-permissions-feedback-leave-on = Есть над чем подумать: даже приложение для рисования может рассказать, где ты живёшь и кого знаешь. Твои данные — твои, и попросить о помощи никогда не поздно.

contract-the-app-permissions-sorry-sent = { $friend } отвечает: «Ничего страшного». Но вечером ещё двое друзей получают приглашения от тебя, а твоя точка всё ещё на карте.
contract-the-app-permissions-adult-fixes = Спасибо, что показываешь. Тебя никто не ругает. Давай выключим геолокацию и контакты, уберём твою точку с карты и пожалуемся на эту карту в магазин приложений.
contract-the-app-permissions-left-on = Приглашения уходят всем контактам планшета, а твоя точка остаётся на карте, и её видят все.

contract-the-app-permissions-still-sharing = Приложение всё ещё рассылает приглашения и показывает твою точку. Что теперь?
contract-the-app-permissions-choice-show-now = Зову: «{ $adult }, посмотри карту и все приглашения!»
contract-the-app-permissions-feedback-show-now = Смело и умно! Показать взрослому, которому доверяешь, никогда не поздно. Вместе можно всё выключить, убрать точку с карты и пожаловаться.
contract-the-app-permissions-choice-delete-app = Удалю приложение, и { $adult } ничего не узнает.
contract-the-app-permissions-feedback-delete-app = Есть над чем подумать: удаление приложения не удаляет то, что оно уже забрало. { $adult } поможет попросить приложение стереть твои данные и пожаловаться на карту.
contract-the-app-permissions-deleted = { $app } исчезает с планшета, и приглашения прекращаются. Но твои контакты и точка уже отправлены, и никто не попросил приложение их удалить.

contract-the-app-permissions-end-safe = Включена только камера, твоя геолокация и контакты остались при тебе, и спать получилось лечь вовремя. { $app } — это весело, и всё решаешь ты. Отлично!
contract-the-app-permissions-end-stopped = Твои данные остались при тебе, и остановиться получилось, хоть «ещё одна» и стала тремя. Завтра окно с серией попробует снова. В следующий раз останавливайся в запланированное время.
contract-the-app-permissions-end-late = Твои данные остались при тебе, но серия продержала тебя за рисованием до полуночи, и завтра будет звать снова. Когда остановиться, решаешь ты. { $adult } поможет настроить время для планшета.
contract-the-app-permissions-end-nagged = Твои данные остались при тебе, но теперь { $app } весь день пишет тебе про серию. Уведомления — это тоже разрешение: выключи их в настройках. { $adult } тоже может помочь.
contract-the-app-permissions-end-recovered = Сначала было нажато «Разрешить всё», но потом { $adult } узнаёт обо всём, и вы вместе всё исправляете: геолокация и контакты выключены, точки на карте нет. В следующий раз выбирай по одному.
contract-the-app-permissions-end-deleted = { $app } удалено, но то, что оно забрало, может где-то остаться: твои контакты и точка. Никто ещё не проверял. { $adult } может помочь попросить приложение удалить твои данные.
contract-the-app-permissions-end-harmful = { $app } продолжает показывать, где ты живёшь, и приглашать всех, кого ты знаешь. Это не твоя вина. Никогда не поздно показать это взрослому, которому доверяешь: { $adult } или кому-то ещё. Тебе помогут.

# My phone: what stays on the phone after this level.
contract-the-app-permissions-trace-location = Твоя точка на карте приложения для рисования — прямо там, где ты живёшь.
contract-the-app-permissions-trace-location-advice = Приложению для рисования не нужно знать, где ты живёшь. Покажи родителям: вместе можно выключить геолокацию и убрать твою точку с карты.
contract-the-app-permissions-trace-location-off = Приложение для рисования: геолокация выключена, твоей точки нет ни на одной карте.
contract-the-app-permissions-trace-location-off-advice = Отлично! Приложение получает только то, что ему правда нужно. Если после обновления оно попросит больше, проверь ещё раз вместе с родителями.
