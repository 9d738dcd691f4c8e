# Контакты / агрессия: Игровой наставник (13–15 лет), схема груминга без сексуального содержания

contact-the-gaming-mentor-title = Игровой наставник
contact-the-gaming-mentor-summary = Игрок из топа предлагает бесплатно тебя тренировать, а потом потихоньку пытается отдалить тебя от друзей.
contact-the-gaming-mentor-remember = Тот, кто отдаляет тебя от друзей, спрашивает, где ты живёшь, или требует секретов, — не настоящий наставник. Сохрани сообщения, заблокируй, пожалуйся и расскажи взрослому, которому доверяешь.

contact-the-gaming-mentor-app = Чат { $game }
contact-the-gaming-mentor-npc-mentor = { $mentor }
contact-the-gaming-mentor-npc-adult = { $adult }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
contact-the-gaming-mentor-game-skyforge = Skyforge
contact-the-gaming-mentor-game-star-siege = Star Siege
contact-the-gaming-mentor-game-iron-arena = Iron Arena
contact-the-gaming-mentor-name-vex = Vex_Pro
contact-the-gaming-mentor-name-kaizer = KaizerGG
contact-the-gaming-mentor-name-orion = OrionCoach
contact-the-gaming-mentor-name-sam = Саша
contact-the-gaming-mentor-name-jo = Женя
contact-the-gaming-mentor-name-dev = Валя
contact-the-gaming-mentor-adult-mum = Мама
contact-the-gaming-mentor-adult-dad = Папа
contact-the-gaming-mentor-adult-grandpa = Дедушка

contact-the-gaming-mentor-intro = Всю неделю ты качаешь рейтинг в { $game } со своей командой — там и { $friend }. Один из топовых игроков, { $mentor }, следит за твоими матчами.

contact-the-gaming-mentor-offer = У тебя настоящий талант, куда больше, чем у твоей команды. Я тренирую тех, кто уходит в профи, а тебя буду бесплатно. Сегодня с 11 до 2? Как раз тогда играют те, кто реально качается.
contact-the-gaming-mentor-choice-daytime-only = Спасибо, но я играю со своей командой, и не так поздно
contact-the-gaming-mentor-feedback-daytime-only = Хорошее чутьё. Бесплатные тренировки от незнакомца плюс «ты лучше своей команды» — это лесть с крючком. И никакой рейтинг не стоит бессонной ночи перед школой.
contact-the-gaming-mentor-choice-open-server = Может быть, но только на открытом сервере и на час
contact-the-gaming-mentor-feedback-open-server = Оставаться на виду и недолго — это умно. И всё же заметь: { $mentor } уже принижает твоих друзей. Присматривайся к этому.
contact-the-gaming-mentor-choice-play-all-night = Да! Буду качаться до 2 каждую ночь
contact-the-gaming-mentor-feedback-play-all-night = Есть над чем подумать: игра до 2 ночи день за днём разрушает сон, настроение и учёбу. А к тому, кто хочет видеть тебя онлайн, пока взрослые спят, стоит присмотреться внимательнее.

contact-the-gaming-mentor-late-nights = Неделя матчей до 2 ночи. Ты клюёшь носом на уроках, оценки ползут вниз, а { $friend } пишет: «тебя совсем не видно в команде, у тебя всё ок?»

contact-the-gaming-mentor-isolate = Честно, { $friend } и остальные только тянут тебя вниз. Они не понимают тебя так, как я. В каком ты городе? Заходи на мой приватный сервер, только ты и я.
contact-the-gaming-mentor-choice-keep-private = Нет. Где я живу — моё дело, а друзья остаются со мной.
contact-the-gaming-mentor-feedback-keep-private = Вот так. Настраивать тебя против друзей и спрашивать, где ты живёшь, — серьёзные тревожные сигналы. Ты вправе сказать «нет» кому угодно, как бы этот человек тебе ни помогал.
contact-the-gaming-mentor-choice-dodge = Сменить тему и не отвечать
contact-the-gaming-mentor-feedback-dodge = Где ты живёшь, осталось в тайне — хорошо. Но если уходить от ответа, { $mentor } может давить сильнее. Чёткое «нет» и разговор с тем, кому доверяешь, — надёжнее.
contact-the-gaming-mentor-choice-city-server = Назвать свой город и зайти на сервер
contact-the-gaming-mentor-feedback-city-server = Есть над чем подумать: город плюс игровой ник — и тебя уже проще найти. А на приватном сервере, где только ты и незнакомый взрослый, никто больше не увидит, что происходит.

contact-the-gaming-mentor-angry = Ого. И это после всей моей помощи? Какая неблагодарность. Заходи сегодня, или я расскажу всем, что ты нуб, и добьюсь бана твоего аккаунта.
contact-the-gaming-mentor-choice-save-block-report = Сделать скрины, заблокировать, пожаловаться, и пусть { $adult } узнает
contact-the-gaming-mentor-feedback-save-block-report = Абсолютно верно. Злость и угрозы в ответ на «нет» показывают, чем на самом деле были эти «тренировки». Скриншоты — это доказательства, а жалоба защитит и других игроков.
contact-the-gaming-mentor-choice-block-quietly = Заблокировать { $mentor } и никому не говорить
contact-the-gaming-mentor-feedback-block-quietly = Блокировка прекращает общение — хорошо. Но { $mentor } может поступать так и с другими юными игроками. Жалоба и разговор со взрослым, которому доверяешь, помогут это остановить.
contact-the-gaming-mentor-choice-say-sorry = Извиниться и зайти на приватный сервер
contact-the-gaming-mentor-feedback-say-sorry = Есть над чем подумать: за «нет» никто не обязан извиняться. Угрозы — это способ тебя контролировать, а если уступить, обычно требуют ещё больше.

contact-the-gaming-mentor-private-server = Отлично, теперь только мы. Не рассказывай родителям про этот сервер, они всё испортят. В какой школе учишься? Может, я живу недалеко.
contact-the-gaming-mentor-sango-worried = Мне тревожно. Секреты от родителей, вопросы про школу и «только мы» — это серьёзные тревожные сигналы. Твоей вины здесь нет. Что ты сделаешь?
contact-the-gaming-mentor-choice-leave-tell = Выйти с сервера, сохранить доказательства, и пусть { $adult } узнает
contact-the-gaming-mentor-feedback-leave-tell = Смело и правильно. Тот, с кем безопасно, не попросит хранить секреты от родителей. Взрослый, которому доверяешь, поможет пожаловаться на { $mentor } в игру, а если нужно, и в полицию.
contact-the-gaming-mentor-choice-leave-quiet = Выйти с сервера, но никому не говорить
contact-the-gaming-mentor-feedback-leave-quiet = Выйти — хороший ход. Но { $mentor } может знать твой город и ник и попробовать снова или найти других. Если рассказать взрослому, которому доверяешь, на этого человека можно будет пожаловаться.
contact-the-gaming-mentor-choice-answer-secret = Ответить и держать сервер в секрете
contact-the-gaming-mentor-feedback-answer-secret = Есть над чем подумать: такие секреты защищают только другого человека. Выйти, сохранить сообщения и рассказать тому, кому доверяешь, никогда не поздно.

contact-the-gaming-mentor-adult-helps = Спасибо, что показываешь, — это умно. Твоей вины тут нет. Давай вместе пожалуемся на этот аккаунт в { $game } и договоримся о времени для игр, чтобы хватало времени на сон.
contact-the-gaming-mentor-adult-helps-late = Как хорошо, что ты мне рассказываешь, и твоей вины тут нет. Давай всё сохраним и пожалуемся на { $mentor } в { $game }. Если этот человек знает, где ты живёшь, обратимся в полицию.

contact-the-gaming-mentor-end-safe = Друзья рядом, где ты живёшь — тайна, а на того, кто пытался отрезать тебя от них, подана жалоба. Настоящим наставникам секреты не нужны.
contact-the-gaming-mentor-end-mixed = Тебе удалось уйти, но на { $mentor } никто не пожаловался, и следующими могут стать другие юные игроки. Если рассказать взрослому, которому доверяешь, это можно остановить для всех.
contact-the-gaming-mentor-end-recovered = Всё зашло дальше, чем следовало, но тебе хватило смелости рассказать и получить помощь. На { $mentor } подана жалоба, а ты снова со своей командой.
contact-the-gaming-mentor-end-harmful = { $mentor } теперь знает о тебе больше и хочет, чтобы это оставалось в секрете. Это не твоя вина, и ещё не поздно: сохрани сообщения и расскажи взрослому, которому доверяешь.
