# Контакт / агрессия: Игровой наставник (13–15 лет), схема втирания в доверие без сексуального контента

contact-the-gaming-mentor-title = Игровой наставник
contact-the-gaming-mentor-summary = Игрок из топа дарит подарки и предлагает бесплатно тебя тренировать, а потом потихоньку пытается отдалить тебя от друзей.
contact-the-gaming-mentor-remember = Лесть, подарки, «только ты и я» и секреты — тревожные сигналы. Не предупреждай этого человека: тихо сохрани переписку, потом заблокируй, пожалуйся и расскажи взрослому, которому доверяешь.

contact-the-gaming-mentor-app = Чат { $game }
contact-the-gaming-mentor-npc-mentor = { $mentor }
contact-the-gaming-mentor-npc-adult = { $adult }

# Разнообразие: в каждой игре выбирается по одному варианту каждой переменной из `vary`.
contact-the-gaming-mentor-game-skyforge = Skyforge
contact-the-gaming-mentor-game-star-siege = Star Siege
contact-the-gaming-mentor-game-iron-arena = Iron Arena
contact-the-gaming-mentor-name-vex = Vex_Pro
contact-the-gaming-mentor-name-kaizer = KaizerGG
contact-the-gaming-mentor-name-orion = OrionCoach
contact-the-gaming-mentor-adult-mum = Мама
contact-the-gaming-mentor-adult-dad = Папа
contact-the-gaming-mentor-adult-grandpa = Дедушка

contact-the-gaming-mentor-intro = Всю неделю ты качаешь рейтинг в { $game } со своей командой, и { $friend } тоже с вами. Игрок из топа, { $mentor }, следит за твоими матчами.

# The world remembers: the school told to a new follower in The New Follower comes back.
contact-the-gaming-mentor-school-request = Между матчами приходит запрос на переписку от нового аккаунта без игр и без друзей. Пишет точь-в-точь как { $follower } и называет твою школу: «Я часто там после уроков. Встретимся?»
contact-the-gaming-mentor-school-choice = Помнишь, аккаунт { $follower } узнал от тебя, в какой школе ты учишься? Такие сведения расходятся. Это случается со многими, и это можно исправить. Что ты сделаешь?
contact-the-gaming-mentor-choice-school-show = Не отвечаю. Скриню, блокирую и показываю: { $adult } увидит.
contact-the-gaming-mentor-choice-school-block = Заблокирую и удалю. Не скажу, пусть { $adult } не волнуется.
contact-the-gaming-mentor-choice-school-reply = Отвечу: «Ты кто? Тоже учишься в моей школе?»
contact-the-gaming-mentor-feedback-school-show = Так всё и исправляется. Молчание ничего не даёт чужаку, скрин сохраняет доказательство, а { $adult } поможет пожаловаться на аккаунт и убрать школу из профиля. Твоей вины тут нет.
contact-the-gaming-mentor-feedback-school-block = Заблокировать — хорошее чутьё. Но удаление стирает доказательство, а этот человек всё ещё знает твою школу. Сначала скрин, потом блок, жалоба и разговор со взрослым, которому доверяешь.
contact-the-gaming-mentor-feedback-school-reply = Есть над чем подумать: любой ответ показывает интерес, и на тебя надавят сильнее. Незнакомца, который знает твою школу и хочет встретиться, стоит сегодня же показать взрослому, которому доверяешь.
contact-the-gaming-mentor-school-helped = Спасибо, что показываешь мне это. Твоей вины тут нет. Мы пожаловались на этот аккаунт, а теперь проверим, чтобы в профиле и постах не было видно твоей школы.
contact-the-gaming-mentor-school-blocked = Запроса больше нет, но и доказательства тоже. Этот человек всё ещё знает твою школу, а никто, кто может помочь, не в курсе. Рассказать никогда не поздно: { $adult } поможет.
contact-the-gaming-mentor-school-replied = Ответ приходит сразу: «ты меня пока не знаешь. увидимся у школы?» Что-то тут не так, и ты перестаёшь отвечать. Показать это никогда не поздно: { $adult } поможет.

# Скажи как надо: твёрдое «нет» на уговоры перейти в другое приложение.
contact-the-gaming-mentor-firm-no = Теперь { $mentor } пишет без конца: «Давай общаться в другом приложении. Только ты и я, команде ни слова». Напиши твёрдое «нет»: выбери, что сказать, а что оставить за кадром.
contact-the-gaming-mentor-firm-no-to = { $mentor }
contact-the-gaming-mentor-ph-sorry = Давай в другой раз?
contact-the-gaming-mentor-why-sorry = «В другой раз» звучит вежливо, но на деле значит: попробуй ещё. И попробуют. Твёрдое «нет» обходится без «может быть».
contact-the-gaming-mentor-ph-no = Нет.
contact-the-gaming-mentor-why-no = Чёткое «Нет.» — самое главное. Ему не нужны ни причины, ни извинения.
contact-the-gaming-mentor-ph-hey = Привет.
contact-the-gaming-mentor-why-hey = Поздороваться можно, а можно и нет. Главное, чтобы остальное было коротким и ясным.
contact-the-gaming-mentor-ph-secret = Не волнуйся, я никому не расскажу про твою просьбу.
contact-the-gaming-mentor-why-secret = Звучит по-доброму, но обещание молчать защищает только того, кто давит. Как раз о таких секретах и стоит рассказать взрослому, которому доверяешь.
contact-the-gaming-mentor-ph-no-app = Я не буду переходить в другое приложение.
contact-the-gaming-mentor-why-no-app = Когда прямо говоришь, чего не будешь делать, спорить не о чем. А желание увести тебя туда, где «только ты и я», — тревожный сигнал.
contact-the-gaming-mentor-ph-age = Не могу, мне всего 14, и родители проверяют мой телефон.
contact-the-gaming-mentor-why-age = Звучит разумно, но так ты выдаёшь свой возраст, а отговорку легко обойти: «давай там, где родители не проверяют». Для «нет» причина не нужна.
contact-the-gaming-mentor-ph-insult = Фу, мерзость. Отвали, или я добьюсь, чтобы тебя забанили.
contact-the-gaming-mentor-why-insult = Злиться — нормально. Но оскорбления и угрозы могут всё ухудшить и подсказать, что пора стереть переписку. Спокойно: сохрани всё, потом заблокируй, пожалуйся и расскажи взрослому, которому доверяешь.
contact-the-gaming-mentor-ph-stop = Больше меня об этом не проси.
contact-the-gaming-mentor-why-stop = Это чёткая граница. Если просьба всё равно повторится, это тревожный сигнал: сохрани переписку, заблокируй, пожалуйся и расскажи взрослому, которому доверяешь.

contact-the-gaming-mentor-offer = Ладно, остаёмся тут. Пока что. У тебя настоящий талант, куда больше, чем у твоей команды. Держи редкий скин, это подарок. Тренирую тех, кто уходит в профи, тебя — бесплатно. Сегодня с 11 до 2?
contact-the-gaming-mentor-pic-skin = Редкий скин
contact-the-gaming-mentor-pic-gift-from = Подарок от { $mentor }
contact-the-gaming-mentor-pic-accept = Принять
contact-the-gaming-mentor-choice-tonight = Спасибо за скин!! Сегодня с 11 до 2, я в деле.
contact-the-gaming-mentor-feedback-tonight = Есть над чем подумать: подарок плюс «таланта больше, чем у команды» — это лесть с крючком. А к тому, кто хочет видеть тебя онлайн каждую ночь, пока взрослые спят, стоит присмотреться.
contact-the-gaming-mentor-choice-skin-back = Возвращаю скин. В десять я всё равно офлайн.
contact-the-gaming-mentor-feedback-skin-back = Умно. Подарок от незнакомца может создать чувство долга. Вернуть его — значит сохранить свободу. И никакой рейтинг не стоит бессонной ночи перед школой.
contact-the-gaming-mentor-choice-one-hour = Только час, в открытом лобби, так безопасно.
contact-the-gaming-mentor-feedback-one-hour = Оставаться на виду — хорошая мысль. Но 11 вечера — это поздно перед школой, а подарок плюс «ты лучше своей команды» — это лесть с крючком. Присматривайся дальше.

contact-the-gaming-mentor-c-tonight = Неделя матчей до 2 ночи. Ты клюёшь носом на уроках, а { $friend } пишет: «тебя совсем не видно в команде, всё ок?» Потом { $mentor }: «Не говори родителям, что мы играем так поздно. Они всё испортят».
contact-the-gaming-mentor-c-skin-back = лол ладно, спи на здоровье. Тогда в субботу днём. Но вообще твоя команда тянет тебя вниз.
contact-the-gaming-mentor-c-one-hour = Ты играешь одну игру в открытом лобби и выходишь. В полночь в инвентаре появляется ещё один скин с запиской: «твоя команда тянет тебя вниз».

contact-the-gaming-mentor-move = Честно, { $friend } и остальные тянут тебя вниз. Давай тренироваться на моём приватном голосовом сервере, только ты и я. В каком ты городе? Это для пинга.
contact-the-gaming-mentor-pic-server = Приватный голосовой сервер
contact-the-gaming-mentor-pic-server-members = 2 участника
contact-the-gaming-mentor-pic-join = Вступить
contact-the-gaming-mentor-choice-join-no-city = Зайду к тебе, но мой город — это личное.
contact-the-gaming-mentor-feedback-join-no-city = Не называть город — правильно. Но приватный сервер со взрослым незнакомцем, «только ты и я», значит, что больше никто не видит, что там говорится. Оставайся там, где твоя команда.
contact-the-gaming-mentor-choice-city = Это же просто город, даже не адрес. Захожу.
contact-the-gaming-mentor-feedback-city = Есть над чем подумать: город плюс игровой ник помогают тебя найти. А «только ты и я» на приватном сервере значит, что больше никто не видит, что там происходит.
contact-the-gaming-mentor-choice-stay-squad = Не, я остаюсь. С командой веселее.
contact-the-gaming-mentor-feedback-stay-squad = Вот так. Принижать твоих друзей и зазывать туда, где «только ты и я», — тревожные сигналы втирания в доверие. Переходить куда-то или нет — только твоё решение, каким бы щедрым этот человек ни был.

contact-the-gaming-mentor-c-join-no-city = На приватном сервере только ты и { $mentor }. Тебя спрашивают, в какой школе ты учишься, а потом: «не рассказывай родителям про этот сервер». Ты быстро выходишь.
contact-the-gaming-mentor-c-city = Ты заходишь. На приватном сервере вас только двое. «Круто, может, я живу рядом. Не рассказывай родителям про этот сервер, они всё испортят».
contact-the-gaming-mentor-c-stay-squad = { $mentor } молчит целый день. Потом приходит длинное сообщение.

contact-the-gaming-mentor-angry = Ну ты даёшь. После всех моих подарков? Никакой благодарности. Будь сегодня на моём сервере, или я всем скажу, что ты нуб, и добьюсь бана твоего аккаунта.
contact-the-gaming-mentor-choice-announce = Я на тебя пожалуюсь. И расскажу всё родителям.
contact-the-gaming-mentor-feedback-announce = Сказать «нет» угрозам — смело. Но если предупредить такого человека, он успеет стереть переписку или надавить сильнее. Молчи, сначала сохрани всё, потом блокируй, жалуйся и рассказывай.
contact-the-gaming-mentor-choice-save-quietly = Не отвечаю. Сначала скриню все сообщения.
contact-the-gaming-mentor-feedback-save-quietly = Спокойно и умно. Злость и угрозы после «нет» показывают, чем на самом деле был этот «коучинг». Сохранить всё, пока этого не заметили, — значит уберечь доказательства.
contact-the-gaming-mentor-choice-give-in = Прости! Буду сегодня. Только не надо бана, умоляю.
contact-the-gaming-mentor-feedback-give-in = Есть над чем подумать: за «нет» не нужно ни перед кем извиняться. Угрозы нужны, чтобы тобой управлять, а уступки обычно ведут к новым требованиям. Помощь всегда рядом.

contact-the-gaming-mentor-c-announce = «давай-давай, лол», — отвечает { $mentor }. Через минуту все сообщения от этого человека исчезают из чата.
contact-the-gaming-mentor-pic-deleted = Сообщение удалено
contact-the-gaming-mentor-pic-go-ahead = давай-давай, лол
contact-the-gaming-mentor-c-save-quietly = Ты не отвечаешь. Ты делаешь скрины всего: скины, «только ты и я», угрозу и профиль, и складываешь их в папку. { $mentor } всё ещё что-то печатает.
contact-the-gaming-mentor-pic-folder = Скриншоты
contact-the-gaming-mentor-pic-saved = Сохранено 5 скриншотов
contact-the-gaming-mentor-pic-typing = { $mentor } печатает…
contact-the-gaming-mentor-c-give-in = В 11 ты заходишь на приватный сервер. «Вот и молодец. Не рассказывай родителям про этот сервер, они всё испортят. В какой школе учишься?»

contact-the-gaming-mentor-what-now = Доказательства у тебя, и { $mentor } об этом не знает. Что дальше?
contact-the-gaming-mentor-choice-report-alone = Блокирую и жалуюсь. Справлюсь и без других.
contact-the-gaming-mentor-feedback-report-alone = Заблокировать и пожаловаться с доказательствами — сильный шаг. Но такие угрозы слишком тяжело нести без поддержки, а взрослый может то, чего не можешь ты. Расскажи и взрослому.
contact-the-gaming-mentor-choice-tell-friend = { $friend } точно подскажет, что делать. Расскажу всё.
contact-the-gaming-mentor-feedback-tell-friend = Поговорить с другом лучше, чем молчать. Но { $friend } не может ни пожаловаться на такое, ни защитить тебя, как взрослый, которому доверяешь. А { $adult } может.
contact-the-gaming-mentor-choice-show-adult = Сегодня же показываю скрины: пусть { $adult } увидит всё.
contact-the-gaming-mentor-feedback-show-adult = Вот это ход. { $adult } поможет заблокировать { $mentor } и пожаловаться в { $game }, а если надо — обратиться в полицию. Рассказать — это никогда не стукачество.

contact-the-gaming-mentor-c-report-alone = { $game } банит аккаунт. Через два дня в твоё лобби заходит новый ник. Это снова { $mentor }.
contact-the-gaming-mentor-c-tell-friend = { $friend } отвечает: «фу, жуть. может, просто игнорить?» Так и делаешь. Через два дня { $mentor } снова в твоём лобби.

contact-the-gaming-mentor-evidence-gone = Теперь тебе никто не поверит. Будь на моём сервере в 11, или прощайся с аккаунтом.
contact-the-gaming-mentor-choice-gone-tell = Скриню это, потом всё покажу. { $adult } поймёт.
contact-the-gaming-mentor-feedback-gone-tell = Верное решение. Даже если чат стёрт, эта угроза, ник и твой рассказ важны, а у { $game } могут остаться записи. Взрослый, которому доверяешь, поможет пожаловаться.
contact-the-gaming-mentor-choice-gone-block = Блокирую. Угроза пустая, пусть { $adult } не волнуется.
contact-the-gaming-mentor-feedback-gone-block = Блокировка останавливает сообщения, хорошо. Но тот, кто стирает чаты и угрожает, скорее всего, попробует снова, а никто из тех, кто может помочь, не знает. Сохрани, что осталось, и расскажи: { $adult } хочет знать.
contact-the-gaming-mentor-choice-gone-give-in = Ладно, приду. Аккаунт терять совсем не хочу.
contact-the-gaming-mentor-feedback-gone-give-in = Есть над чем подумать: если уступить угрозе, человек поймёт, что это работает. Аккаунт можно восстановить, а ты важнее любого рейтинга. Помощь всегда рядом.

contact-the-gaming-mentor-c-gone-block = Ты блокируешь { $mentor }. Через два дня в твоё лобби заходит новый ник. Это снова { $mentor }.
contact-the-gaming-mentor-c-gone-give-in = В 11 ты заходишь на сервер. { $mentor } снова сама доброта и спрашивает, в какой школе ты учишься. «Это наш секрет, да?»

contact-the-gaming-mentor-again = Думаешь, так просто от меня избавиться? Я знаю твой ник и твою команду. Ответь, или все узнают, что ты читеришь.
contact-the-gaming-mentor-choice-again-answer = Ладно, отвечаю. Только не рассказывай команде, что я читерю.
contact-the-gaming-mentor-feedback-again-answer = Есть над чем подумать: ответ показывает, что давление работает, и следующее требование будет больше. На ложь про читерство можно пожаловаться. Помощь всегда рядом.
contact-the-gaming-mentor-choice-again-quit = Бросаю { $game } насовсем. Никому не нужно об этом знать.
contact-the-gaming-mentor-feedback-again-quit = Есть над чем подумать: если бросить, можно уйти, но ты теряешь любимую игру, а { $mentor } переключится на других юных игроков. Взрослый, которому доверяешь, ещё может помочь.
contact-the-gaming-mentor-choice-again-show = Скриню. Теперь { $adult } увидит всю историю от начала.
contact-the-gaming-mentor-feedback-again-show = Да. Этот человек вернулся, значит, пора подключить взрослого, который может действовать. { $adult } поможет пожаловаться и на новый аккаунт, а твои скрины показывают всю схему.

contact-the-gaming-mentor-secret = Мне тревожно. Лесть, подарки и секреты от родителей — серьёзные тревожные сигналы. У тебя не будет проблем. Что ты сделаешь?
contact-the-gaming-mentor-choice-secret-show = Выхожу и сегодня же показываю чат: { $adult } всё увидит.
contact-the-gaming-mentor-feedback-secret-show = Смело и правильно. Никто надёжный не просит хранить секреты от родителей. { $adult } поможет пожаловаться на { $mentor } в { $game }, а если нужно — и в полицию.
contact-the-gaming-mentor-choice-secret-keep = Пусть это будет нашим секретом. Ко мне были так добры.
contact-the-gaming-mentor-feedback-secret-keep = Есть над чем подумать: такие секреты защищают только другого человека. Подарки и похвала не делают никого надёжным. Выйти и рассказать никогда не поздно.
contact-the-gaming-mentor-choice-secret-quiet = Выхожу. Это личное, и { $adult } об этом не узнает.
contact-the-gaming-mentor-feedback-secret-quiet = Выйти — хороший шаг. Но { $mentor } знает твой ник и, скорее всего, попробует снова, может, и с другими. Если рассказать, { $adult } поможет это остановить.

contact-the-gaming-mentor-c-secret-keep = Ты хранишь секрет. Каждый вечер { $mentor } просит чуть больше: твою школу, настоящее имя, фото, «чтобы убедиться, что ты настоящий человек».
contact-the-gaming-mentor-c-secret-quiet = Ты выходишь и никому ничего не говоришь. На следующий вечер { $mentor } пишет снова, злее, чем раньше.

contact-the-gaming-mentor-back-again = Так просто ты не исчезнешь. После всего, что было? Ответь, или я расскажу команде, что было в нашем чате.
contact-the-gaming-mentor-choice-back-answer = Ладно, я тут. Не рассказывай команде, а то { $adult } узнает.
contact-the-gaming-mentor-feedback-back-answer = Есть над чем подумать: уступки угрозам только их растят. Всё, что было написано под давлением, — не твоя вина, и { $adult } не будет ругать. Рассказать никогда не поздно.
contact-the-gaming-mentor-choice-back-show = Скриню это и сегодня же показываю: { $adult } увидит.
contact-the-gaming-mentor-feedback-back-show = Ты всё исправляешь. Выйти — это начало, а рассказать: { $adult } — это завершение: взрослый может пожаловаться на { $mentor } и защитить тебя. У тебя не будет проблем.
contact-the-gaming-mentor-choice-back-quit = Удаляю { $game } и больше никогда о ней не вспоминаю.
contact-the-gaming-mentor-feedback-back-quit = Есть над чем подумать: удалить игру — значит уйти, но ты теряешь то, что любишь, а { $mentor } находит других игроков. Взрослый, которому доверяешь, ещё может помочь это остановить.

contact-the-gaming-mentor-c-answer = Ты отвечаешь. { $mentor } с каждым днём хочет больше: игры подольше, твою школу, настоящее имя. Спать становится всё труднее.
contact-the-gaming-mentor-c-quit = Ты удаляешь { $game } и никому ничего не говоришь. Пока тихо, но ты скучаешь по команде, а { $mentor } всё ещё где-то рядом.

contact-the-gaming-mentor-adult-helps = Спасибо, что показываешь, — это умно. Твоей вины тут нет. Давай вместе заблокируем { $mentor } и пожалуемся в { $game }, а папку сохраним на случай, если понадобится полиция.
contact-the-gaming-mentor-adult-helps-wiped = Я тебе верю, и у тебя не будет проблем. Даже от удалённых чатов могут остаться записи. Давай пожалуемся на { $mentor } в { $game } с сохранёнными скринами и вместе заблокируем.
contact-the-gaming-mentor-adult-helps-again = Спасибо, что рассказываешь. Твоей вины тут нет, и хватит нести это без поддержки. Давай вместе пожалуемся в { $game } на все аккаунты, которые использовал { $mentor }.
contact-the-gaming-mentor-adult-helps-late = Как хорошо, что ты мне рассказываешь, и у тебя не будет проблем. Давай всё сохраним и пожалуемся на { $mentor } в { $game }. А если понадобится, обратимся в полицию.

contact-the-gaming-mentor-end-safe = Лесть, подарки и «только ты и я» раскрыты, доказательства, какие можно, сохранены, и { $adult } на твоей стороне. На { $mentor } подана жалоба, а команда по-прежнему с тобой.
contact-the-gaming-mentor-end-recovered = Какое-то время { $mentor } вёл игру: втирание в доверие всегда начинается мило, так бывает. Но потом — выход из чата и разговор: { $adult } теперь в курсе, на { $mentor } подана жалоба. Это смело.
contact-the-gaming-mentor-end-mixed = Уход из { $game } помог, и пока тихо. Но никто из взрослых не знает, и { $mentor } может снова найти тебя или других игроков. Рассказать взрослому, которому доверяешь, никогда не поздно.
contact-the-gaming-mentor-end-harmful = { $mentor } всё ещё держит тебя на крючке и требует больше. Это не твоя вина. Никогда не поздно: сохрани сообщения и расскажи взрослому, которому доверяешь, — тебе помогут.

# What the choices leave on "My phone" (traces).
contact-the-gaming-mentor-trace-city = Твой город — его знает «тренер» из игры.
contact-the-gaming-mentor-trace-city-advice = Вместе с игровым ником он помогает тебя найти. Сохрани переписку, заблокируй, пожалуйся и расскажи взрослому, которому доверяешь.
contact-the-gaming-mentor-trace-mentor = «Тренер» из игры, который хотел «только ты и я»: жалоба отправлена.
contact-the-gaming-mentor-trace-mentor-advice = Молодец. Если он вернётся под новым именем, ты знаешь эти приёмы: тихо сохрани, потом заблокируй, пожалуйся и расскажи.
