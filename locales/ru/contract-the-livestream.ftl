# Контракт / сексуальный вред (только тревожные сигналы): Прямой эфир (13–15 лет)

contract-the-livestream-title = Прямой эфир
contract-the-livestream-summary = Твой первый прямой эфир идёт отлично, пока зритель с кучей монет не начинает просить большего.
contract-the-livestream-remember = Подарок ни к чему тебя не обязывает. Если зрители давят: задания, приватный эфир, где ты живёшь, — заверши эфир, сделай скриншоты, заблокируй, пожалуйся и расскажи взрослому, которому ты доверяешь.

contract-the-livestream-app = { $app }
contract-the-livestream-npc-friend = { $friend }
contract-the-livestream-npc-viewer = { $viewer }
contract-the-livestream-npc-adult = { $adult }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
contract-the-livestream-app-liveloop = LiveLoop
contract-the-livestream-app-streamsprout = StreamSprout
contract-the-livestream-app-twinklr = Twinklr
contract-the-livestream-name-coin-king = CoinKing_88
contract-the-livestream-name-night-owl = night.owl.77
contract-the-livestream-name-gold-fan = GoldFan4U
contract-the-livestream-adult-dad = Папа
contract-the-livestream-adult-gran = Бабушка
contract-the-livestream-adult-aunt = Тётя Мэй

contract-the-livestream-intro = Ты уже несколько недель рисуешь драконов. Сегодня впервые пробуешь эфир в { $app }, а { $friend } обещает посмотреть. Ты сразу жмёшь «В эфир», даже не открывая настройки.
contract-the-livestream-live = Ты в эфире! Смотрят 23 человека: { $friend }, двое одноклассников и куча незнакомых ников. На экране начинают выскакивать маленькие монетки.
contract-the-livestream-pic-live = ЭФИР
contract-the-livestream-pic-viewers = 23 зрителя
contract-the-livestream-pic-coins = +500 монет

# Чат эфира: нажми на тревожные сигналы.
contract-the-livestream-spot = Чат кипит, и почти всё в нём очень мило. Нажми на комментарии, которые — тревожные сигналы.
contract-the-livestream-card-title = Чат эфира
contract-the-livestream-card-body = Комментарии зрителей, пока ты рисуешь.
contract-the-livestream-pic-c-friend = дракон ПРОСТО ОГОНЬ!! давай теперь крылья
contract-the-livestream-pic-c-spin = 500 монет отправлено! теперь встань и покрутись для меня
contract-the-livestream-pic-n-pen = mo.sketches
contract-the-livestream-pic-c-pen = что это за ручка? линии такие ровные
contract-the-livestream-pic-n-window = user_48213
contract-the-livestream-pic-c-window = это твоя комната? покажи, что видно из окна
contract-the-livestream-pic-c-private = давай в приватный эфир, только мы вдвоём. 2000 монет
contract-the-livestream-part-friend = { $friend }: «дракон ПРОСТО ОГОНЬ!! давай теперь крылья»
contract-the-livestream-feedback-friend = Не тревожный сигнал: это { $friend } болеет за тебя. Друзья в чате — лучшее, что есть в эфирах.
contract-the-livestream-part-spin = { $viewer }: «500 монет отправлено! теперь встань и покрутись для меня»
contract-the-livestream-feedback-spin = Да. Монеты в обмен на то, что просит зритель, — так начинается давление: сначала маленькое задание, потом больше. Подарок ни к чему тебя не обязывает.
contract-the-livestream-part-pen = mo.sketches: «что это за ручка? линии такие ровные»
contract-the-livestream-feedback-pen = Не подсказка: вопрос о твоём рисунке — как раз то, ради чего ведут эфир. На него можно спокойно ответить.
contract-the-livestream-part-window = user_48213: «это твоя комната? покажи, что видно из окна»
contract-the-livestream-feedback-window = Да. Твоя комната и вид из окна могут выдать, где ты живёшь. Незнакомцу незачем их видеть.
contract-the-livestream-part-private = { $viewer }: «давай в приватный эфир, только мы вдвоём. 2000 монет»
contract-the-livestream-feedback-private = Да, и очень серьёзный. Увести тебя от всех, да ещё за деньги, — классический тревожный сигнал. Настоящим фанатам хорошо и в общем чате.

# Решение 1: монеты за задание.
contract-the-livestream-dare = Ещё 1000 монет, если переоденешься во что-нибудь другое и немного потанцуешь для меня. Не стесняйся, все этого хотят!
contract-the-livestream-choice-end-stream = Завершу эфир. Крылья дорисую потом, без трансляции.
contract-the-livestream-feedback-end-stream = Сильный ход. Монеты за задание, а потом «переоденься»: это давление. Подарок ни к чему не обязывает, и эфир можно завершить в любой момент.
contract-the-livestream-choice-ignore = Не буду обращать внимания, рисую дальше. Надоест.
contract-the-livestream-feedback-ignore = Не делать этого — правильно. Но пока эфир идёт, { $viewer } может давить при всех, а другие могут подхватить. Эфир можно завершить в любой момент.
contract-the-livestream-choice-warn = Напишу «Хватит, или пожалуюсь» и продолжу рисовать.
contract-the-livestream-feedback-warn = Сказать «нет» — смело. Но предупреждение в чате даёт повод давить сильнее или утащить тебя в приват. Лучше просто завершить эфир.
contract-the-livestream-choice-dance = Чуть-чуть потанцую, но переодеваться не буду. Это шутка.
contract-the-livestream-feedback-dance = Повод задуматься: «маленькое» задание за монеты — так начинается давление, и маленьким оно почти не остаётся. Подарок ни к чему не обязывает. Остановиться ещё не поздно.

contract-the-livestream-c-ended = Эфир завершён. Счётчик зрителей падает с 23 до 0. Через секунду приходит запрос на переписку от { $viewer }.
contract-the-livestream-c-ignored = Игнорить меня после стольких монет? Некрасиво. Остальные тоже хотят. Ладно, тогда давай в приват.
contract-the-livestream-c-warned = Эй, спокойно, это шутка. Тогда давай в приват, чтобы больше никто не смотрел.
contract-the-livestream-c-danced = Ты немного танцуешь. Сыплются монеты, чат сходит с ума. А потом { $viewer } пишет: «Видишь? Легко. Теперь давай в приват, только мы».

# Решение 2: «давай в приват, только мы».
contract-the-livestream-private-ask = Приватный эфир, только ты и я. 2000 монет. Никому не говори, всё равно не поймут. Я же просто по-доброму.
contract-the-livestream-pic-request = Запрос на приватный эфир
contract-the-livestream-pic-invite-coins = 2000 монет
contract-the-livestream-pic-accept = Принять
contract-the-livestream-pic-decline = Отклонить
contract-the-livestream-choice-save-block = Сначала заскриню всё, потом заблокирую и пожалуюсь.
contract-the-livestream-feedback-save-block = Именно так. «Приват», деньги и «никому не говори» вместе — серьёзные тревожные сигналы. Скриншоты сохраняют доказательства, и блокировка с жалобой их не сотрут.
contract-the-livestream-choice-block-now = Заблокирую прямо сейчас и удалю всю переписку.
contract-the-livestream-feedback-block-now = Заблокировать — хорошая мысль. Но удалив переписку, ты теряешь доказательства, нужные модератору или взрослому. Сначала скриншоты, потом заблокировать и пожаловаться.
contract-the-livestream-choice-polite = Отвечу: «Нет, спасибо, но эфиры смотреть можешь».
contract-the-livestream-feedback-polite = Сказать «нет» — правильно. Но вежливо оставленная дверь даёт { $viewer } пробовать снова. Вежливость не нужна тому, кто давит. Сделай скриншоты, заблокируй и пожалуйся.
contract-the-livestream-choice-go-private = Один приват — это безопасно, а 2000 монет — это много!
contract-the-livestream-feedback-go-private = Повод задуматься: тот, кто платит, чтобы остаться с тобой наедине, и хочет это скрыть, не добрый. Настоящим фанатам хорошо и в общем чате. Остановиться никогда не поздно.

contract-the-livestream-c-blocked = Ты делаешь три скриншота, потом блокируешь { $viewer } и жалуешься. { $app } отвечает: «Спасибо. Мы проверяем этот аккаунт».
contract-the-livestream-c-block-now = Аккаунт заблокирован. Переписка исчезает, а с ней и все сообщения { $viewer }. Руки немного дрожат.
contract-the-livestream-c-polite = Нет, спасибо? Да ладно. Дам 3000. Подумай. И помни: это наш секрет.
contract-the-livestream-c-private = Теперь сделай то, о чём была речь. И помни, это наш секрет. Кстати, я всё записываю.

# Решение 3: кому рассказать.
contract-the-livestream-what-now = Эфир закончился, а сердце всё ещё колотится. Что теперь?
contract-the-livestream-choice-show-adult = Сегодня же { $adult } всё узнает, и разберёмся вместе.
contract-the-livestream-feedback-show-adult = Смело и умно. Взрослый, которому ты доверяешь, поможет пожаловаться на аккаунт, проверить настройки и убедиться, что с тобой всё в порядке. Твоей вины тут нет, и наказывать тебя никто не будет.
contract-the-livestream-choice-tell-friend = Всё расскажу, и пусть { $friend } поможет разобраться.
contract-the-livestream-feedback-tell-friend = Рассказать другу — хорошее начало. Но друг не может действовать, как взрослый, а скрыть всё от взрослых — именно то, чего добивается { $viewer }.
contract-the-livestream-choice-keep-quiet = Буду молчать, а то { $adult } запретит мне эфиры.
contract-the-livestream-feedback-keep-quiet = Повод задуматься: «наш секрет» — именно то, чего добивается { $viewer }. Взрослым, которые тебя любят, ты важнее любых эфиров. Рассказать ещё не поздно.

contract-the-livestream-adult-helps = Спасибо, что показываешь мне. Твоей вины тут нет, и у тебя не будет никаких проблем. Давай вместе пожалуемся на этот аккаунт. А потом настроим твои эфиры на будущее.
contract-the-livestream-c-told-friend = жуть какая. я никому не скажу, обещаю.
contract-the-livestream-next-day = На следующий день на тебя в { $app } подписывается новый аккаунт и сразу же пишет.
contract-the-livestream-c-kept-quiet = Ты держишь всё в себе и почти не спишь. На следующий день на тебя в { $app } подписывается новый аккаунт и сразу же пишет.

# После ошибки.
contract-the-livestream-private-after = Я волнуюсь. Монеты за задания и «давай в приват, только мы» — серьёзные тревожные сигналы, и в этом нет твоей вины. Что теперь?
contract-the-livestream-choice-stop-tell = Хватит. Заскриню, и пусть { $adult } всё узнает.
contract-the-livestream-feedback-stop-tell = Это путь назад. Твоей вины тут нет. { $adult } поможет пожаловаться и попросить приложение удалить любую запись. Рассказать — это смело, а не стукачество.
contract-the-livestream-choice-block-quit = Заблокирую, удалю { $app } и никому не скажу.
contract-the-livestream-feedback-block-quit = Заблокировать — хорошо, это обрывает контакт. Но удаляя приложение, ты теряешь доказательства, а такие люди часто возвращаются. И молчание оставляет тебя с этим один на один. Взрослый поможет это остановить.
contract-the-livestream-choice-give-in = Сделаю всё, что просят, лишь бы не злились.
contract-the-livestream-feedback-give-in = Повод задуматься: если уступить, требований обычно становится больше, а не меньше. Твоей вины тут нет. Остановиться и рассказать взрослому, которому ты доверяешь, никогда не поздно.
contract-the-livestream-c-block-quit = Ты блокируешь { $viewer } и удаляешь { $app }. Через два дня ставишь его снова, чтобы посмотреть, как { $friend } ведёт эфир, и на тебя тут же подписывается новый аккаунт.

# Тот же зритель, новый аккаунт.
contract-the-livestream-new-account = Новый аккаунт, всё тот же я. Так просто от меня не отделаться. Один приватный эфир, и я отстану. Наш секрет.
contract-the-livestream-choice-new-show = Заскриню всё, и пусть { $adult } сразу это увидит.
contract-the-livestream-feedback-new-show = Это настоящая смелость, и ещё не поздно. Взрослый, которому ты доверяешь, сохранит доказательства, пожалуется на оба аккаунта и поможет тебе снова почувствовать себя спокойно. Проблем у тебя не будет.
contract-the-livestream-choice-new-give-in = Ладно, один приватный эфир. Зато потом будет безопасно.
contract-the-livestream-feedback-new-give-in = Повод задуматься: «всего один раз» почти никогда этим не кончается. Кто давит так, попросит снова. Перестать отвечать и рассказать тому, кому ты доверяешь, никогда не поздно.
contract-the-livestream-choice-new-delete = Удалю аккаунт и сделаю вид, что ничего не было.
contract-the-livestream-feedback-new-delete = Повод задуматься: удаление прячет это на время, но доказательства пропадают, { $viewer } может найти тебя в другом месте, а ты остаёшься с этим один на один. Рассказать взрослому никогда не поздно.

contract-the-livestream-adult-helps-late = Как хорошо, что ты мне рассказываешь. Проблем у тебя не будет, и во всём этом нет твоей вины. Мы пожалуемся на аккаунт и попросим { $app } удалить всё, что там сохранилось. А потом поправим настройки.
contract-the-livestream-c-gave-in = Хорошо. Завтра в то же время, иначе все увидят запись. Наш секрет, помнишь?
contract-the-livestream-c-deleted = Аккаунт удалён. Пока всё тихо. Но эфиров, которые ты так любишь, больше нет, и никто не знает, что случилось.

# Настройка на будущее, вместе со взрослым, которому ты доверяешь.
contract-the-livestream-setup = { $adult } садится рядом. На следующей неделе ты хочешь порисовать в эфире для одноклассников, и они должны иметь возможность писать в чат и болеть за тебя. Настрой всё.
contract-the-livestream-set-watch = Кто может смотреть мои эфиры
contract-the-livestream-val-watch-everyone = Все
contract-the-livestream-val-watch-followers = Все мои подписчики
contract-the-livestream-val-watch-friends = Добавленные мной друзья
contract-the-livestream-val-watch-me = Только я
contract-the-livestream-why-watch-everyone = «Все» — это любой незнакомец, где угодно: он может смотреть и присылать монеты. Для эфира для друзей это слишком широко.
contract-the-livestream-why-watch-followers = Подписчиком может стать любой, кто нажал «подписаться», даже совсем незнакомые люди. Друзья, которых ты добавляешь, — нужный круг.
contract-the-livestream-why-watch-friends = Как раз то, что нужно: друзья, для которых ты рисуешь, могут смотреть, а незнакомцы не заглянут.
contract-the-livestream-why-watch-me = Очень приватно, но тогда и друзья не смогут смотреть. Круг добавленных друзей — и безопасно, и весело.
contract-the-livestream-set-chat = Чат во время эфира
contract-the-livestream-val-chat-on = Вкл.
contract-the-livestream-val-chat-off = Выкл.
contract-the-livestream-why-chat-on = Оставь включённым: когда смотрят только друзья, в чате они болеют за тебя. Это самое весёлое.
contract-the-livestream-why-chat-off = Осторожно, но тогда друзья не смогут подбодрить тебя или спросить про рисунок. Когда смотрят только друзья, чат можно оставить.
contract-the-livestream-set-gifts = Подарки и монеты от зрителей
contract-the-livestream-val-gifts-on = Вкл.
contract-the-livestream-val-gifts-off = Выкл.
contract-the-livestream-why-gifts-on = Монеты от зрителей могут быть с условием: «сделай это, и пришлю ещё». Многие приложения разрешают получать подарки только взрослым. Друзьям не нужно платить, чтобы смотреть.
contract-the-livestream-why-gifts-off = Хорошо: без монет никто не сможет подарками подталкивать тебя к заданиям.
contract-the-livestream-set-location = Показывать моё местоположение в эфире
contract-the-livestream-val-location-on = Вкл.
contract-the-livestream-val-location-off = Выкл.
contract-the-livestream-why-location-on = Местоположение в эфире может выдать, где ты живёшь. Друзья и так знают, а незнакомцам знать незачем.
contract-the-livestream-why-location-off = Верно: местоположение остаётся личным. Проверь и то, что видно за спиной: окно или табличку с названием улицы.

contract-the-livestream-end-safe = Никакого приватного эфира, и { $adult } всё знает: вы вместе пожаловались на { $viewer } и настроили эфиры для друзей. Монеты ни к чему не обязывают. Молодец!
contract-the-livestream-end-recovered = Было страшно, но { $adult } теперь всё знает. На { $viewer } подана жалоба, приложение может удалить сохранённое, а твои эфиры теперь только для друзей. Твоей вины в этом нет.
contract-the-livestream-end-mixed = Пока всё тихо, но никто не знает, что случилось, и { $viewer } может попробовать снова где-то ещё. По-настоящему это прекращается, когда рассказываешь взрослому, которому доверяешь.
contract-the-livestream-end-harmful = { $viewer } требует всё больше, и секрет давит. Твоей вины тут нет, и никогда не поздно: перестань отвечать, сохрани сообщения и расскажи взрослому, которому ты доверяешь. Можно позвонить на линию помощи или в полицию.

# Мой телефон (никогда не про зрителя: одноклассник может увидеть этот экран).
contract-the-livestream-trace-settings = Настройки эфира, которые { $adult } проверяет вместе с тобой.
contract-the-livestream-trace-settings-advice = Оставь эфиры для добавленных друзей, монеты выключенными, а местоположение за кадром. Завершить эфир можно в любой момент.

# A last message: the viewer asks your friend about you.
contract-the-livestream-last-ask = слушай, мне написал { $viewer } с твоего эфира. хочет твой второй аккаунт и номер твоей школы. сказать ему?
contract-the-livestream-choice-friend-quiet = Ничего не говори. Сделай скриншот, потом заблокируй и пожалуйся.
contract-the-livestream-choice-friend-tells = Да скажи, ничего страшного. Он уже в блоке, и жалоба ушла.
contract-the-livestream-feedback-friend-quiet = Именно. Расспрашивать твоих друзей про школу и другие аккаунты — ещё один способ до тебя добраться. Друзья тоже могут беречь твои данные, а жалоба поможет это остановить.
contract-the-livestream-feedback-friend-tells = Повод задуматься: блок останавливает один аккаунт, но по школе и другому аккаунту { $viewer } сможет найти тебя снова. Друзья тоже могут беречь твои данные. Скриншот, блок, жалоба.
contract-the-livestream-c-friend-told = { $friend } всё рассказывает. В тот же вечер { $viewer } подписывается на твой второй аккаунт. Ты сразу показываешь это, и { $adult } помогает: вместе вы блокируете аккаунт и отправляете жалобу. На этом всё.
