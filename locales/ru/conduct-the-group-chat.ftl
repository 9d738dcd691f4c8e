# Поведение / агрессия: Групповой чат (9–12 лет)

conduct-the-group-chat-title = Групповой чат
conduct-the-group-chat-summary = В чате класса все смеются над отредактированным фото одноклассника. Как поступит тот, кто умеет заступаться?
conduct-the-group-chat-remember = Не пересылай обидные посты и узнай, как дела у того, кого обижают. Пожаловаться и рассказать взрослому, которому доверяешь, — это смелость, а не ябедничество.

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
conduct-the-group-chat-name-leo = Лёва
conduct-the-group-chat-name-jake = Егор
conduct-the-group-chat-name-finn = Федя
conduct-the-group-chat-name-sam = Сёма
conduct-the-group-chat-name-noah = Никита
conduct-the-group-chat-name-arjun = Тимур
conduct-the-group-chat-teacher-amani = Амина Руслановна
conduct-the-group-chat-teacher-park = Павел Андреевич
conduct-the-group-chat-teacher-lopez = Лариса Петровна

conduct-the-group-chat-intro = У твоего класса есть групповой чат для домашки и шуток. Сегодня вечером там особенно оживлённо. Давай посмотрим вместе!
conduct-the-group-chat-photo-posted = { $sender } выкладывает отредактированное фото одноклассника: { $classmate } на нём — огромный плачущий младенец. Подпись: «{ $classmate } — малыш, ЛОЛ». Чат заваливают смеющимися смайликами.

conduct-the-group-chat-leo-asks = Ха-ха, придумай смешную подпись и перешли в другой класс!
conduct-the-group-chat-choice-support-sam = Не пересылать. Написать: «{ $classmate }, ты как?»
conduct-the-group-chat-feedback-support-sam = Вот так и заступаются! Если не пересылать фото, оно перестаёт расходиться, а доброе сообщение показывает, что { $classmate } не один.
conduct-the-group-chat-choice-stay-quiet = Не пересылать, но ничего не говорить
conduct-the-group-chat-feedback-stay-quiet = Не пересылать — это правильно: на тебе фото и остановится. Но когда все молчат, тому, кого задирают, может быть очень одиноко.
conduct-the-group-chat-choice-forward = Добавить подпись и переслать
conduct-the-group-chat-feedback-forward = Есть над чем подумать: когда все смеются, это кажется шуткой. Но с каждым репостом обида, которую чувствует { $classmate }, становится сильнее. Каково было бы тебе на его месте?

conduct-the-group-chat-sam-reply = Спасибо, что спрашиваешь. Мне плохо. Все надо мной смеются. Только не говори учителю, а то будет ещё хуже.
conduct-the-group-chat-choice-tell-together = Давай вместе расскажем взрослому, которому доверяем.
conduct-the-group-chat-feedback-tell-together = Добрый и смелый поступок! Это нормально, что { $classmate } волнуется, но взрослые могут остановить то, что не под силу детям. Каждый имеет право чувствовать себя в безопасности, и { $classmate } тоже.
conduct-the-group-chat-choice-just-comfort = Подбодрить и молчать: { $classmate } ведь просит не говорить
conduct-the-group-chat-feedback-just-comfort = Очень важно, что ты рядом! Но фото всё ещё расходится. Взрослый, которому доверяешь, поможет это остановить, а ты можешь пойти вместе, чтобы { $classmate } не был один.
conduct-the-group-chat-choice-laugh-it-off = Сказать: «{ $classmate }, это просто шутка, не парься»
conduct-the-group-chat-feedback-laugh-it-off = Есть над чем подумать: если человеку больно, для него это не шутка. Выслушать, что чувствует { $classmate }, — первый шаг к тому, чтобы помочь.

conduct-the-group-chat-chat-grows = Никто не останавливается. Появляются всё новые переделанные фото, и на всех { $classmate }. А кто-то запускает опрос: «{ $classmate } — малыш? Голосуйте!»
conduct-the-group-chat-speak-up = Хм. Фото расходятся, а шутки становятся всё злее. Что может сделать тот, кто заступается?
conduct-the-group-chat-choice-report-tell = Пожаловаться на посты и рассказать взрослому, которому доверяю
conduct-the-group-chat-feedback-report-tell = Именно так и заступаются! Жалоба в приложении и разговор со взрослым помогут удалить фото. Каждый имеет право на безопасность в интернете.
conduct-the-group-chat-choice-post-stop = Написать в чат: «Не смешно. Хватит»
conduct-the-group-chat-feedback-post-stop = Высказаться — это смело, и так другие тоже могут остановиться! Но фото всё ещё в сети. Взрослый, которому доверяешь, поможет их удалить.
conduct-the-group-chat-choice-laugh-along = Отправить смеющийся смайлик, чтобы не выделяться
conduct-the-group-chat-feedback-laugh-along = Есть над чем подумать: трудно идти против всех. Но каждый смешок говорит остальным, что злые шутки — это нормально. Доброта не мешает быть частью компании.

conduct-the-group-chat-leo-backs-off = Да ладно, это же просто шутка. Ну всё, больше не буду.
conduct-the-group-chat-teacher-acts = Спасибо тебе за доброту и смелость. Рассказать — это не ябедничество, это помощь. Я позабочусь, чтобы фото удалили, и поговорю с классом.

conduct-the-group-chat-sam-upset = На следующий день фото видела уже вся параллель. { $classmate } сидит в столовой один и ни на кого не смотрит. У тебя в животе тяжёлый ком.
conduct-the-group-chat-fix-it = Всё зашло дальше, чем кто-либо хотел. Но ещё не поздно: { $classmate } всё ещё ждёт помощи. Что ты сделаешь?
conduct-the-group-chat-choice-tell-and-sorry = Рассказать взрослому и сказать: «{ $classmate }, прости меня»
conduct-the-group-chat-feedback-tell-and-sorry = Вот так всё и исправляют! Извиниться — это смело, а взрослый, которому доверяешь, поможет удалить фото. Все ошибаются. Главное — исправлять ошибки.
conduct-the-group-chat-choice-delete-own = Удалить свои сообщения и промолчать
conduct-the-group-chat-feedback-delete-own = Удалить свои сообщения — это немного помогает. Но фото всё ещё в сети, и { $classmate } по-прежнему чувствует себя одиноким. Взрослый, которому доверяешь, может сделать гораздо больше.
conduct-the-group-chat-choice-ignore-it = Не обращать внимания. Все же так делали.
conduct-the-group-chat-feedback-ignore-it = Есть над чем подумать: когда участвуют все, кажется, что никто не виноват. Но { $classmate } всё ещё страдает, а начать всё исправлять может даже один человек.

conduct-the-group-chat-teacher-acts-late = Спасибо тебе за честность — для этого нужна смелость. Давай добьёмся, чтобы фото удалили, и поможем, чтобы { $classmate } снова чувствовал себя в безопасности.

conduct-the-group-chat-end-safe = Тебе удалось заступиться! Теперь { $classmate } не один, фото удалены, а в чате класса стало добрее. Молодец!
conduct-the-group-chat-end-mixed = Часть обид прекратилась, но фото всё ещё в сети, а взрослые ничего не знают. Если рассказать взрослому, которому доверяешь, это можно остановить насовсем.
conduct-the-group-chat-end-recovered = Ошибиться может каждый, а тебе удалось всё исправить. После извинений { $classmate } уже не так грустит, а фото удалены. Вот это настоящая смелость!
conduct-the-group-chat-end-harmful = { $classmate } всё ещё чувствует себя одиноким, а фото продолжают расходиться. Извиниться и рассказать взрослому, которому доверяешь, никогда не поздно. Тебе помогут.
