# Поведение / ценности: Челлендж (9–12 лет). Челлендж никогда не объясняется и не называется по способу.

conduct-the-challenge-title = Челлендж
conduct-the-challenge-summary = В классном чате ходит новый челлендж, и все говорят: кто не сделает, тот трусишка. Что делать?
conduct-the-challenge-remember = Весёлые челленджи — это нормально. А если челлендж может навредить: не делай, не пересылай, пожалуйся и расскажи взрослому, которому доверяешь. Заботиться о друзьях — не ябедничать.

conduct-the-challenge-app-class-buzz = Наш класс
conduct-the-challenge-app-room-12-crew = Кабинет 12
conduct-the-challenge-app-fox-squad = Лисья банда
conduct-the-challenge-challenge-storm = «Шторм»
conduct-the-challenge-challenge-wildcard = «Джокер»
conduct-the-challenge-challenge-boss = «Финальный босс»
conduct-the-challenge-fun-keepy = «Чеканка мяча»
conduct-the-challenge-fun-doodle = «Рисунок в день»
conduct-the-challenge-fun-kindness = «Доброе дело»
conduct-the-challenge-name-kenji = Кэндзи
conduct-the-challenge-name-omar = Омар
conduct-the-challenge-name-lucas = Лукас
conduct-the-challenge-adult-grandma = Бабушка
conduct-the-challenge-adult-dad = Папа
conduct-the-challenge-adult-uncle = Дядя Томас

conduct-the-challenge-app = { $app }
conduct-the-challenge-npc-poster = { $poster }
conduct-the-challenge-npc-friend = { $friend }
conduct-the-challenge-npc-adult = { $adult }

conduct-the-challenge-intro = Привет, это я, Санго! У твоего класса есть общий чат, «{ $app }»: вопросы по домашке, смешные стикеры и куча эмодзи. Я почитаю вместе с тобой!

conduct-the-challenge-sort = В чате «{ $app }» сегодня оживлённо. Разложи сообщения: что можно переслать, что сначала проверить, а что должно остановиться на тебе?
conduct-the-challenge-post-fun-from = { $friend }
conduct-the-challenge-post-fun = Кто со мной на этой неделе в челлендж { $fun }? Выкладывайте лучшее!
conduct-the-challenge-post-fun-why = Можно переслать! Весёлый челлендж, который никому не навредит, — отличное общее дело. Не каждый челлендж плохой.
conduct-the-challenge-post-trip-from = { $poster }
conduct-the-challenge-post-trip = Напоминание от учительницы: экскурсия в музей в четверг. Возьмите с собой обед!
conduct-the-challenge-post-trip-why = Можно переслать! Это правда, это полезно, и это от учительницы. Помочь всем не забыть — это по-доброму.
conduct-the-challenge-post-ban-from = Переслано
conduct-the-challenge-post-ban = СРОЧНО!!! Со следующей недели телефоны в школе запретят навсегда. Передай дальше!!!
conduct-the-challenge-post-ban-why = Сначала проверь! «Срочно», «навсегда» и «передай дальше» без всякого имени — признаки слуха. Спроси учителя, прежде чем пересылать.
conduct-the-challenge-post-chain-from = Переслано много раз
conduct-the-challenge-post-chain = Отправь это 10 людям за 10 минут, иначе весь год будет невезение!
conduct-the-challenge-post-chain-why = Пусть остановится на тебе. «Письма счастья» пугают, чтобы их пересылали. Ничего плохого не случится, если не отправить.
conduct-the-challenge-post-photo-from = Кто-то из класса
conduct-the-challenge-post-photo = Кто хочет фотку, где { $classmate } спит в автобусе?
conduct-the-challenge-post-photo-why = Пусть остановится на тебе. Фото без согласия человека может сильно ранить. { $classmate } имеет право сказать «нет».

conduct-the-challenge-challenge = НОВОЕ: челлендж { $challenge }! Его делают все. Снимите себя и выложите сюда до пятницы. Кто не сделает — трусишка!
conduct-the-challenge-pic-title = { $challenge }
conduct-the-challenge-pic-views = 2,3 млн просмотров
conduct-the-challenge-pic-caption = Сними себя до пятницы!
conduct-the-challenge-sango-warns = Стоп. Этот челлендж может по-настоящему навредить. Дети серьёзно пострадали от таких челленджей. Я не буду говорить, как его делают, и тебе это знать не нужно.

conduct-the-challenge-what-chat = Многие уже отвечают. Что будешь делать?
conduct-the-challenge-choice-report = Пожалуюсь на пост и уберу телефон до утра.
conduct-the-challenge-feedback-report = Умно! Жалоба сообщает о посте модераторам чата «{ $app }», а лишнего внимания пост не получает. А убранный телефон не даст тебя втянуть.
conduct-the-challenge-choice-warn-all = Напишу всем: «Не делайте, это опасно!!»
conduct-the-challenge-feedback-warn-all = Опасность замечена верно! Но громкое предупреждение всех раззадоривает, и видео открывает ещё больше детей. Тихая жалоба работает лучше.
conduct-the-challenge-choice-share-on = Перешлю в футбольный чат, пусть там проверят и скажут.
conduct-the-challenge-feedback-share-on = Есть чему поучиться: каждая пересылка отправляет его новым детям, и кто-то может попробовать. На тебе всё остановится, если не пересылать. Это ещё можно исправить.
conduct-the-challenge-choice-fire = Поставлю огонёк тоже, чтобы не дразнили трусишкой.
conduct-the-challenge-feedback-fire = Есть чему поучиться: один эмодзи говорит всем, что это круто, и подталкивает других попробовать. Не участвовать — не трусость. Это ум.

conduct-the-challenge-reported = Жалоба отправлена, и «{ $app }» отвечает: «Спасибо, мы разбираемся». Чат на беззвучном, телефон убран. Позже приходит личное сообщение.
conduct-the-challenge-pic-reported = Жалоба отправлена
conduct-the-challenge-pic-muted = Чат без звука до утра
conduct-the-challenge-warned-all = Опасно?? Чем?? ЛОЛ. Трусишка! Все смотрите и решайте сами!
conduct-the-challenge-shared-on = Футбольный чат взрывается огоньками. Кто-то пересылает дальше, и ещё дальше. Теперь его видели дети из трёх классов. Позже приходит личное сообщение.
conduct-the-challenge-fired = Видите? Даже ты с нами! Кто следующий? В пятницу, народ!

conduct-the-challenge-friend-dm = Слушай, ты будешь делать челлендж { $challenge }? Мне немножко хочется. Все назовут меня трусишкой, если не сделаю. Только никому не говори, ладно?
conduct-the-challenge-compose = Челлендж манит, и { $friend } сомневается. Это тревожно. Ответь так, чтобы помочь. Выбери, что войдёт в сообщение, а что останется за бортом.
conduct-the-challenge-compose-to = { $friend }
conduct-the-challenge-ph-hey = Привет, { $friend }!
conduct-the-challenge-why-hey = Дружеское «привет» подходит в любом случае. Главное — что дальше.
conduct-the-challenge-ph-chicken = Все будут смеяться, если струсишь, лол.
conduct-the-challenge-why-chicken = Даже в шутку это то же давление, что и в посте. Оно подталкивает сделать челлендж.
conduct-the-challenge-ph-no-prove = Тебе никому ничего не надо доказывать.
conduct-the-challenge-why-no-prove = Да! «Трусишка» работает, только если кажется, что надо что-то доказать. Не надо.
conduct-the-challenge-ph-secret = Никому не скажу, обещаю.
conduct-the-challenge-why-secret = Звучит преданно, но такой секрет отдаляет взрослых, которые могут уберечь от беды.
conduct-the-challenge-ph-hurt = Этот челлендж может сильно навредить. Оно того не стоит.
conduct-the-challenge-why-hurt = Честно и заботливо. Ясные слова про опасность помогают сказать «нет».
conduct-the-challenge-ph-film = Пришли видео, когда сделаешь!
conduct-the-challenge-why-film = Это подбадривает сделать челлендж и просит видео, которое может разойтись ещё дальше.
conduct-the-challenge-ph-fun = Может, лучше вместе сделаем челлендж { $fun }?
conduct-the-challenge-why-fun = Отличная идея! Весёлый челлендж даёт возможность быть со всеми и не пострадать.
conduct-the-challenge-ph-grown-up = Давай вместе расскажем взрослому.
conduct-the-challenge-why-grown-up = Предложить пойти вместе — значит сильно облегчить просьбу о помощи к взрослому, которому можно доверять.
conduct-the-challenge-friend-reads = Спасибо. Я подумаю. Но серьёзно, никому не говори!

conduct-the-challenge-tell-choice = Тебя попросили хранить секрет. Но этот челлендж может сильно навредить. Что теперь?
conduct-the-challenge-choice-tell-adult = Сегодня же пойду и скажу: «{ $adult }, { $friend } хочет это сделать!»
conduct-the-challenge-feedback-tell-adult = Вот это забота о друзьях! Секрет, из-за которого кто-то может пострадать, надо рассказать взрослому, которому доверяешь. Это не ябедничество.
conduct-the-challenge-choice-stay-close = Все выходные буду рядом, а в понедельник { $adult } узнает.
conduct-the-challenge-feedback-stay-close = Быть рядом — это по-доброму! Но каждую минуту не уследишь, а в понедельник может быть уже поздно. Взрослый, которому ты доверяешь, может помочь прямо сейчас.
conduct-the-challenge-choice-promise = Обещание есть обещание. Рассказать взрослым — ябедничать.
conduct-the-challenge-feedback-promise = Есть чему поучиться: ябедничать — значит навлекать на кого-то неприятности. Рассказать, чтобы защитить, — наоборот. Рассказать ещё не поздно.

conduct-the-challenge-adult-helps = Спасибо, что рассказываешь. Это не ябедничество, это забота о друзьях. Сегодня же поговорю с семьёй, предупрежу школу, и мы вместе пожалуемся на это видео.
conduct-the-challenge-weekend = Суббота проходит весело, и про челлендж никто не вспоминает. Но в воскресенье вечером телефон вибрирует.
conduct-the-challenge-promise-kept = Ты никому ничего не говоришь. В воскресенье вечером телефон вибрирует.
conduct-the-challenge-sunday = Сниму сегодня ночью, когда все уснут. Пожелай удачи!

conduct-the-challenge-last-chance = { $friend } может серьёзно пострадать. Ещё не поздно. Что будешь делать?
conduct-the-challenge-choice-show-now = Сейчас же покажу это сообщение взрослым!
conduct-the-challenge-feedback-show-now = Это смело! Сразу позвать взрослого — именно то, что нужно, когда друг может пострадать. Ругать тебя не будут, а беду, может быть, удастся предотвратить.
conduct-the-challenge-choice-thumbs = Поставлю лайк — и всё. Не мне об этом рассказывать.
conduct-the-challenge-feedback-thumbs = Есть чему поучиться: когда кто-то может пострадать, рассказать — не значит отнять выбор. Это забота. Рассказать взрослому, которому доверяешь, никогда не поздно.
conduct-the-challenge-choice-beg = Попрошу не делать, но не скажу — пусть { $adult } отдыхает.
conduct-the-challenge-feedback-beg = Попросить остановиться — по-доброму! Но в одиночку это сегодня не остановить. Взрослый, которому доверяешь, может, и рассказать — это не ябедничать.

conduct-the-challenge-adult-late = Это было совершенно правильно, и ругать тебя никто не будет. Сейчас же позвоню семье. Завтра предупредим школу и пожалуемся на видео.
conduct-the-challenge-thumbs = Отправлен большой палец, телефон отложен. Заснуть не получается. Утром приходит сообщение от семьи.
conduct-the-challenge-begged = Не переживай, буду осторожно. Всё будет нормально. Спокойной ночи!

conduct-the-challenge-fun-day = В понедельник весь класс вместо этого делает челлендж { $fun }. { $friend } ставит новый рекорд, а про челлендж { $challenge } больше никто не вспоминает.
conduct-the-challenge-pic-fun = { $fun }
conduct-the-challenge-pic-score = Новый рекорд!

conduct-the-challenge-end-safe = Ничего не переслано, { $friend } говорит челленджу «нет», а { $adult } всё знает. На видео пожаловались, и класс выбрал весёлый челлендж. Вот это дружба!
conduct-the-challenge-end-recovered = Сначала челлендж затянул, но потом всё удалось исправить: { $adult } узнаёт вовремя, и { $friend } в безопасности. На видео пожаловались. Рассказать — вот что было смелым!
conduct-the-challenge-end-harmful = { $friend } всё-таки делает челлендж, и случается беда. Теперь помогают взрослые. Это не твоя вина. Рассказать взрослому, которому доверяешь, о том, что ходит по чатам, никогда не поздно.

conduct-the-challenge-trace-reported = Видео челленджа { $challenge } в чате «{ $app }»: жалоба отправлена, вместе со взрослым.
conduct-the-challenge-trace-reported-advice = Если снова появится челлендж, который может навредить, не пересылай его, даже как предупреждение. Пожалуйся и расскажи взрослому, которому доверяешь.
