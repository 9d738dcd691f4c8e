# Поведение / ценности: Таблетки для учёбы (16–18 лет). Групповой чат толкает к «таблеткам для концентрации» и ночам без сна. Без названий веществ и доз.

conduct-the-study-pills-title = Таблетки для учёбы
conduct-the-study-pills-summary = До экзаменов две недели, а в групповом чате продают «таблетки для концентрации» и хвастаются бессонными ночами. Что на самом деле помогает?
conduct-the-study-pills-remember = Таблетки от незнакомцев из интернета могут содержать что угодно. Настоящая помощь — сон, перерывы, консультации и медпункт или врач. Если кому-то плохо после таблетки, сразу зови взрослого.

conduct-the-study-pills-app = { $app }
conduct-the-study-pills-app-clique = Clique
conduct-the-study-pills-app-groupy = Groupy
conduct-the-study-pills-app-hivechat = HiveChat
conduct-the-study-pills-group-name = { $group }
conduct-the-study-pills-group-crew = Готовимся вместе
conduct-the-study-pills-group-grind = Режим экзаменов
conduct-the-study-pills-group-squad = Учебная банда
conduct-the-study-pills-seller-plug = focus_plug
conduct-the-study-pills-seller-boost = gradeboost_22
conduct-the-study-pills-seller-brain = brainfuel.x
conduct-the-study-pills-nighter-jay = Jay
conduct-the-study-pills-nighter-sol = Sol
conduct-the-study-pills-nighter-ash = Ash
conduct-the-study-pills-adult-uncle = Дядя Томас
conduct-the-study-pills-adult-mum = Мама
conduct-the-study-pills-adult-gran = Бабушка

conduct-the-study-pills-npc-friend = { $friend }
conduct-the-study-pills-npc-seller = { $seller }
conduct-the-study-pills-npc-nighter = { $nighter }
conduct-the-study-pills-npc-adult = { $adult }

conduct-the-study-pills-intro = До экзаменов две недели. Чат класса «{ $group }» гудит как никогда: советы, мемы, паника. { $friend } уже несколько дней толком не спит.

conduct-the-study-pills-sort = В чате полно «советов». Разложи их: что переслать дальше, что сначала проверить, а чему не место в чате?
conduct-the-study-pills-post-timer-from = { $friend }
conduct-the-study-pills-post-timer = этот бесплатный таймер для концентрации — лучшее, что есть. 25 минут работы, 5 минут отдыха. сегодня за вечер — целая тема по истории
conduct-the-study-pills-post-timer-why = Пересылай. Короткие блоки с перерывами — настоящий, известный способ учиться, а приложение бесплатное. Хорошим советом стоит делиться.
conduct-the-study-pills-post-pills = экзаменационная акция: таблетки FOCUS. учись 12 часов подряд, спать не нужно. пиши в личку, без вопросов
conduct-the-study-pills-post-pills-why = Не место в чате. Таблетки от незнакомца из интернета могут содержать что угодно и в любом количестве, а «без вопросов» значит, что никто ничего не проверяет. Лучше пожалуйся на пост.
conduct-the-study-pills-pic-ad-title = FOCUS+
conduct-the-study-pills-pic-ad-line1 = 12 часов подряд
conduct-the-study-pills-pic-ad-line2 = Спать не нужно
conduct-the-study-pills-pic-ad-dm = Пиши в личку
conduct-the-study-pills-post-sessions-from = Школьная библиотека
conduct-the-study-pills-post-sessions = Бесплатные консультации с учителями по вторникам и четвергам после уроков. Приносите вопросы, а угощение за нами.
conduct-the-study-pills-post-sessions-why = Пересылай. Бесплатные занятия с учителями, которые знают экзамен, — именно та помощь, что работает, и объявление от самой школы.
conduct-the-study-pills-pic-sessions-title = Консультации
conduct-the-study-pills-pic-sessions-when = Вт и чт, после уроков
conduct-the-study-pills-pic-sessions-where = Библиотека, бесплатно
conduct-the-study-pills-post-study-from = BrainHacks Daily
conduct-the-study-pills-post-study = УЧЁНЫЕ ДОКАЗАЛИ: кто пьёт таблетки для концентрации, сдаёт на 30% лучше!!! перешли, пока не удалили
conduct-the-study-pills-post-study-why = Сначала проверить и не пересылать как есть: ни исследования, ни учёных не названо, а «пока не удалили» — классическое давление. Настоящие исследования не прячутся.
conduct-the-study-pills-post-nighter = спать будем после экзаменов. сегодня ночь без сна, кто с нами?? скинь фото стола, а то несерьёзно
conduct-the-study-pills-post-nighter-why = Не место в чате. Во сне мозг сохраняет то, что выучено, а «несерьёзно» — это давление, а не совет. Можно пропустить и ничего не потерять.
conduct-the-study-pills-post-nurse-from = Школьный медпункт
conduct-the-study-pills-post-nurse = Волноваться перед экзаменами нормально, и справляться с этим в одиночку не нужно. Заходите в любой обеденный перерыв, без записи. Сон и еда — тоже подготовка!
conduct-the-study-pills-post-nurse-why = Пересылай. Медпункт, который помогает со стрессом, сном и концентрацией, — настоящая и безопасная помощь, и твоя пересылка может дойти до того, кому она нужна.

conduct-the-study-pills-seller-dm = вижу, тебя стрессует математика. первая бесплатно, только для тебя. остальным ни слова
conduct-the-study-pills-choice-report-seller = Пожалуюсь на аккаунт, а сообщение так и оставлю без ответа.
conduct-the-study-pills-feedback-report-seller = В точку. Незнакомец с бесплатной таблеткой и «никому ни слова» — два тревожных сигнала. Жалоба заставит проверить аккаунт, пока он не добрался до тех, кто сильнее поддастся.
conduct-the-study-pills-choice-ignore-seller = Проигнорирую. Что покупают другие — не моё дело.
conduct-the-study-pills-feedback-ignore-seller = Отказаться за себя — правильно. Но продавец всё ещё в чате и обрабатывает тех, кто волнуется сильнее. Жалоба займёт пару секунд.
conduct-the-study-pills-choice-free-pill = Одну бесплатную, чтобы помочь себе на математике. И всё.
conduct-the-study-pills-feedback-free-pill = Есть чему поучиться: «первая бесплатно» — так продавцы подсаживают, и никто не скажет, что внутри на самом деле. Стресс делает это заманчивым. Ещё не поздно сказать «нет».
conduct-the-study-pills-reported = Ты жалуешься на аккаунт. К вечеру посты продавца исчезают из «{ $group }», а приложение пишет: «Спасибо, мы приняли меры».
conduct-the-study-pills-ignored = Ты не отвечаешь. Продавец продолжает постить в «{ $group }»: «осталось всего 5», «экзамен завтра? выручу».

conduct-the-study-pills-packet = Через два дня приходит маленький конверт. Внутри пакетик с таблетками. Ни названия, ни этикетки, ни инструкции. Математика завтра.
conduct-the-study-pills-pill-choice = Никто, даже продавец, не скажет, что там на самом деле. Что ты сделаешь?
conduct-the-study-pills-choice-show-adult = Не трогаю. Пусть { $adult } сегодня же заберёт пакетик.
conduct-the-study-pills-feedback-show-adult = Смелый и умный шаг. Взрослый безопасно избавится от таблеток, поможет пожаловаться на продавца и поддержит со стрессом перед экзаменами. За то, что рассказываешь, тебе ничего не будет.
conduct-the-study-pills-choice-bin-it = Выброшу сегодня же, заблокирую продавца — и забуду про всё.
conduct-the-study-pills-feedback-bin-it = Не принимать — это самое важное, и блокировка помогает. Но у продавца твой адрес, и он может написать с другого аккаунта, а взрослый может помочь, только если знает. Тебя никто не накажет.
conduct-the-study-pills-choice-take-it = Выпью. Полчата говорит, что работает, значит, безопасно.
conduct-the-study-pills-feedback-take-it = Есть чему поучиться: «все говорят» — это не этикетка. Таблетки от незнакомцев могут содержать что угодно. Давление было сильным, и это не твоя вина. Ещё не поздно попросить помощи.
conduct-the-study-pills-binned = Ты выбрасываешь пакетик, блокируешь продавца и молчишь. На следующий день пишет новый аккаунт: «ну как? ещё надо?»
conduct-the-study-pills-took = Ночью сердце колотится, и уснуть не получается совсем. На экзамене вопросы расплываются. Тебе плохо и страшно.
conduct-the-study-pills-own-last = Это не твоя вина: чат и продавец сильно давили. Твоё самочувствие важнее любого экзамена. Что теперь?
conduct-the-study-pills-choice-tell-nurse = Пусть { $adult } узнает и поможет дойти до врача.
conduct-the-study-pills-feedback-tell-nurse = Верное решение. Если принято что-то неизвестное и плохо, медсестра или врач должны об этом знать, а взрослый поможет. Тебя никто не накажет.
conduct-the-study-pills-choice-push-through = Скажу, что это усталость: пусть { $adult } не волнуется.
conduct-the-study-pills-feedback-push-through = Есть чему поучиться: «это усталость» прячет то, что происходит на самом деле. Плохое самочувствие после неизвестной таблетки — повод просить помощи, а не ждать. Расскажи всё как есть.
conduct-the-study-pills-choice-another = Спрошу у продавца, не выпить ли ещё одну.
conduct-the-study-pills-feedback-another = Есть чему поучиться: продавцу нужна ещё одна продажа, а не твоё здоровье. Спрашивать надо медсестру, врача или взрослого, которому ты доверяешь.
conduct-the-study-pills-pushed-through = { $adult } думает, что это просто усталость. Несколько дней плохо спится, и остальные экзамены идут ещё хуже математики.
conduct-the-study-pills-asked-another = это нервы лол. ещё надо? 10 за штуку
conduct-the-study-pills-adult-self = Спасибо, что рассказываешь. Тебя никто не накажет, и это не твоя вина. Сегодня идём в медпункт, жалуемся на продавца и составляем план подготовки, при котором можно спать.

conduct-the-study-pills-night = кто ещё не спит?? команда бессонной ночи. скинь фото стола, а то несерьёзно
conduct-the-study-pills-pic-time = 01:12
conduct-the-study-pills-pic-new = 47 новых сообщений
conduct-the-study-pills-pic-night-post = команда бессонной ночи, скиньте столы!!
conduct-the-study-pills-choice-mute-sleep = Выключу уведомления чата и лягу спать.
conduct-the-study-pills-feedback-mute-sleep = Отличный выбор. Во сне мозг сохраняет выученное, а без уведомлений чат не сможет тебя разбудить. В этом чате нет ничего, что не подождёт до завтрака.
conduct-the-study-pills-choice-post-desk = Скину фото стола, чтоб не дразнили, и спать.
conduct-the-study-pills-feedback-post-desk = Лечь спать — правильно. Но пост подпитывает игру «кто дольше не спит», и ответы будут жужжать всю ночь. Выключенные уведомления берегут твой сон.
conduct-the-study-pills-choice-energy = Ещё один энергетик. Спать будем после экзаменов, правильно же?
conduct-the-study-pills-feedback-energy = Есть чему поучиться: ночь без сна ухудшает память, а не улучшает, и сердце, которое колотится от кофеина, думать не помогает. Завтра можно поставить сон на первое место.
conduct-the-study-pills-slept = Ты выключаешь уведомления и засыпаешь. В 2:30 телефон загорается: личное сообщение, пишет { $friend }.
conduct-the-study-pills-up-late = Ты скидываешь фото стола. Ответы жужжат до двух. В 2:30 приходит личное сообщение, пишет { $friend }.
conduct-the-study-pills-wired = К двум сердце стучит, и в голову ничего не лезет. В 2:30 приходит личное сообщение, пишет { $friend }.

conduct-the-study-pills-friend-dm = можно тебе кое-что сказать? таблетка от { $seller } — да, та самая. теперь сердце бьётся очень быстро, и мне как-то странно. пожалуйста, никому не говори
conduct-the-study-pills-choice-get-adult = Сейчас же пусть { $adult } узнает: тебе нужен врач, сегодня.
conduct-the-study-pills-feedback-get-adult = Вот это настоящая дружба. Частое сердцебиение после неизвестной таблетки — повод для врача, сегодня же. Секрет о чьём-то здоровье нужно раскрыть, и рассказать — не значит сдать.
conduct-the-study-pills-choice-water = Выпей воды, ляг и напиши мне, если станет хуже.
conduct-the-study-pills-feedback-water = Быть рядом — это по-доброму. Но по сообщениям не понять, насколько всё серьёзно, даже изнутри. Взрослый может сразу получить совет врача.
conduct-the-study-pills-choice-keep-secret = Никому не скажу, даже если { $adult } спросит. Поспи.
conduct-the-study-pills-feedback-keep-secret = Есть чему поучиться: сдержать обещание кажется верностью, но после неизвестной таблетки человеку плохо. Такой секрет нужно рассказать, и ещё не поздно.
conduct-the-study-pills-adult-friend = Ты поступаешь совершенно правильно. Сейчас позвоним родным и врачу. Никого не накажут. Завтра вместе пожалуемся на этого продавца.

conduct-the-study-pills-compose = Наутро врач всё проверил: { $friend } в порядке и отдыхает дома. Напиши сообщение: что поможет, а что лучше не писать?
conduct-the-study-pills-ph-glad = Как же хорошо, что ты в порядке.
conduct-the-study-pills-why-glad = Просто и тепло. После страшной ночи первое, что нужно услышать, — что о тебе кто-то волнуется.
conduct-the-study-pills-ph-stupid = Если честно, это было очень глупо.
conduct-the-study-pills-why-stupid = Лучше не писать. Что всё пошло не так, уже понятно, а стыд заставляет прятать всё в следующий раз. Доброта сохраняет разговор.
conduct-the-study-pills-ph-library = Позанимаемся завтра вместе в библиотеке?
conduct-the-study-pills-why-library = Настоящий план лучше нотаций. Заниматься вместе — это поддержка, которая ещё и снимает стресс, с которого всё началось.
conduct-the-study-pills-ph-hi = Привет, это я.
conduct-the-study-pills-why-hi = Можно и так, и так. Дружелюбно, но ничего не меняет.
conduct-the-study-pills-ph-group = Выложу в чат, что с тобой было, чтобы никто не пробовал.
conduct-the-study-pills-why-group = Звучит заботливо, но так личное о здоровье узнаёт весь класс. Предупреди о продавце, не называя имён.
conduct-the-study-pills-ph-no-trouble = Я на тебя не злюсь, честно.
conduct-the-study-pills-why-no-trouble = Важно. Может быть страшно, что из-за секрета будет обида. Сказать прямо — значит сберечь дружбу.
conduct-the-study-pills-ph-seller = Скинь ник продавца, хочу посмотреть.
conduct-the-study-pills-why-seller = Лучше не писать. Даже «просто интересно» оставляет продавца в твоей жизни. На аккаунт пожаловались: пусть на этом всё закончится.
conduct-the-study-pills-ph-nurse = В медпункте правда помогают со стрессом. Сходим вместе?
conduct-the-study-pills-why-nurse = Да. Таблетку продал стресс, а медпункт помогает именно с ним. Вдвоём идти легче.
conduct-the-study-pills-sent = спасибо. и за ночь тоже. библиотека завтра, да. и я выключаю уведомления «{ $group }» до конца экзаменов

conduct-the-study-pills-friend-worse = не проходит. руки трясутся, мне страшно
conduct-the-study-pills-last = Тут уже всерьёз страшно, и другу в одиночку с этим не справиться. Ещё не поздно. Что теперь?
conduct-the-study-pills-choice-tell-now = Пусть { $adult } узнает всё прямо сейчас, несмотря на обещание.
conduct-the-study-pills-feedback-tell-now = Это правильный и смелый выбор. Здоровье важнее обещания. Может, { $friend } день-другой будет обижаться, зато будет в безопасности.
conduct-the-study-pills-choice-promise = Обещание есть обещание. Не буду спать и буду переписываться.
conduct-the-study-pills-feedback-promise = Есть чему поучиться: не спать ради друга — забота, но переписка не успокоит сердце. Никогда не поздно рассказать взрослому, которому ты доверяешь.
conduct-the-study-pills-choice-search = Сначала проверю таблетку в интернете, { $adult } подождёт.
conduct-the-study-pills-feedback-search = Есть чему поучиться: никто не знает, что в ней было, так что ни один сайт не ответит. Поиск отнимает время, которое нужно врачу. Разбуди взрослого прямо сейчас.
conduct-the-study-pills-kept-promise = Вы переписываетесь до пяти утра. { $friend } переживает ночь, но весь следующий день плохо себя чувствует, и никто не знает, что это было.
conduct-the-study-pills-searched = На каждом сайте пишут разное. Когда ты поднимаешь глаза, уже четыре утра, а лучше так и не стало.

conduct-the-study-pills-end-safe = В чате, где толкали к таблеткам и бессонным ночам, голова осталась холодной: на продавца ушла жалоба, и помощь пришла вовремя. Настоящая подготовка и настоящий сон — вот что работает.
conduct-the-study-pills-end-recovered = Не сразу, но обещание, которое нужно было нарушить, нарушено. Врач уже всё проверил, на продавца пожаловались, и теперь ясно: секрет о здоровье нужно рассказать.
conduct-the-study-pills-end-recovered-self = Продавец расставил ловушку, но потом было «стоп» и разговор со взрослым. На продавца пожаловались, тебя никто не наказывает, а медпункт помогает справиться со стрессом.
conduct-the-study-pills-end-harmful = Неизвестные таблетки сделали только хуже. Это не твоя вина: чат и продавец сильно давили. Никогда не поздно рассказать взрослому, которому ты доверяешь, и сходить в медпункт или к врачу.
conduct-the-study-pills-end-harmful-friend = Лучше так и не стало, никто не знает, что было в таблетке, а продавец всё ещё торгует. Это не твоя вина. Никогда не поздно рассказать взрослому, которому ты доверяешь: он поможет добраться до врача.

conduct-the-study-pills-trace-reported = Жалоба: аккаунт, продававший «таблетки для концентрации» в «{ $group }».
conduct-the-study-pills-trace-reported-advice = Таблетки от незнакомцев из интернета могут содержать что угодно. Трудно сосредоточиться или уснуть? Медпункт, врач или взрослый, которому ты доверяешь, правда помогут.

# Last decision: the group asks about the pills. Warn without naming the friend.
conduct-the-study-pills-group-ask = у кого-нибудь остались эти таблетки FOCUS?? химия в пятницу, а у меня ничего не выучено
conduct-the-study-pills-choice-no-pills = Не надо, там может быть что угодно. Лучше на консультацию в четверг.
conduct-the-study-pills-feedback-no-pills = Хорошо сказано. Группа услышала, что таблетки опасны, и узнала, где правда помогут, а то, что случилось ночью, осталось между вами.
conduct-the-study-pills-choice-name-friend = Не покупайте! { $friend } расскажет, чем кончилась одна такая вчера.
conduct-the-study-pills-feedback-name-friend = Есть чему поучиться: предупредить — правильно, но то, что случилось ночью, — личное, это про здоровье. Предупреждай о таблетках, не называя имён.
conduct-the-study-pills-named = Ты не успеваешь удалить сообщение: полкласса уже его видели. { $friend } пишет тебе: «это было личное».
