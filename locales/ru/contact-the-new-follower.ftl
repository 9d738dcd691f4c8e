# Контакт / сексуальный риск, для 13–15 лет: только тревожные сигналы секс-вымогательства и как получить помощь (Новый подписчик)

contact-the-new-follower-title = Новый подписчик
contact-the-new-follower-summary = Новый подписчик твоего возраста в восторге от всех твоих постов, а потом зовёт пообщаться там, где «поприватнее».
contact-the-new-follower-remember = Лесть, переход в приватное приложение и просьбы о фото — тревожные сигналы. Не предупреждай этого человека: сохрани переписку, потом заблокируй, пожалуйся и расскажи взрослому, которому доверяешь. Твоей вины тут нет.

contact-the-new-follower-app = { $app }
contact-the-new-follower-npc-follower = { $follower }
contact-the-new-follower-npc-adult = { $adult }

# Разнообразие: в каждой игре выбирается по одному варианту каждой переменной из `vary`.
contact-the-new-follower-app-picstream = Picstream
contact-the-new-follower-app-loopr = Loopr
contact-the-new-follower-app-glimmr = Glimmr
contact-the-new-follower-private-vanish = Vanish
contact-the-new-follower-private-ghostchat = GhostChat
contact-the-new-follower-private-blink = Blinkr
contact-the-new-follower-school-westbrook = гимназия № 2
contact-the-new-follower-school-hillcrest = лицей № 7
contact-the-new-follower-school-parkview = школа № 14
contact-the-new-follower-adult-mum = Мама
contact-the-new-follower-adult-dad = Папа
contact-the-new-follower-adult-aunt = Тётя Лина

# Настрой безопасно: настройки нового аккаунта, пока никто не подписался.
contact-the-new-follower-setup = У тебя новый аккаунт в { $app }. Пусть друзья из школы видят твои видео с танцами и пишут тебе, а отметки на фото выбираешь ты. Геолокация, контакты и всё, что ты делаешь в приложении, — только твоё дело.
contact-the-new-follower-set-posts = Кто видит мои посты
contact-the-new-follower-val-posts-everyone = Все
contact-the-new-follower-val-posts-friends = Только друзья
contact-the-new-follower-val-posts-only-me = Только я
contact-the-new-follower-why-posts-everyone = «Все» — это и незнакомцы тоже, а посты многое о тебе рассказывают. Лучше подойдёт «Только друзья»: знакомые всё равно увидят каждое видео.
contact-the-new-follower-why-posts-friends = То, что нужно: друзья видят твои видео, а незнакомцы нет. Принимай только тех, кого знаешь в жизни.
contact-the-new-follower-why-posts-only-me = Это безопасно, но тогда и друзья не увидят твои видео. Лучше подойдёт «Только друзья»: ты ведь хочешь делиться именно с ними.
contact-the-new-follower-set-location = Кто видит мою геолокацию
contact-the-new-follower-val-location-everyone = Все
contact-the-new-follower-val-location-friends = Друзья, на карте
contact-the-new-follower-val-location-off = Никто
contact-the-new-follower-why-location-everyone = «Все» — значит, незнакомцы увидят, где ты живёшь, учишься и гуляешь. Лучше подойдёт «Никто»: твоим видео геолокация не нужна.
contact-the-new-follower-why-location-friends = Это надёжнее, чем «Все», но живая карта всё равно показывает, где ты, а скриншоты расходятся. Лучше подойдёт «Никто»: друзьям можно просто написать.
contact-the-new-follower-why-location-off = Хорошее решение. Чтобы смотреть твои видео, никому не нужно знать, где ты, а друзьям всегда можно написать.
contact-the-new-follower-set-messages = Кто может мне писать
contact-the-new-follower-val-messages-everyone = Все
contact-the-new-follower-val-messages-friends = Только друзья
contact-the-new-follower-val-messages-nobody = Никто
contact-the-new-follower-why-messages-everyone = «Все» — значит, написать тебе может любой незнакомец. Лучше подойдёт «Только друзья»: знакомые всё равно смогут с тобой связаться.
contact-the-new-follower-why-messages-friends = Именно то, что нужно: друзья могут тебе писать, а незнакомцы нет.
contact-the-new-follower-why-messages-nobody = Это безопасно, но и друзья не смогут тебе писать, а ты ведь этого хочешь. Лучше подойдёт «Только друзья».
contact-the-new-follower-set-tagging = Кто может отмечать меня на фото
contact-the-new-follower-val-tagging-anyone = Кто угодно
contact-the-new-follower-val-tagging-friends = Друзья
contact-the-new-follower-val-tagging-ask = С моего согласия
contact-the-new-follower-why-tagging-anyone = Кто угодно сможет отметить тебя на любом фото, и это появится в твоём профиле. Лучше подойдёт «С моего согласия»: ты проверяешь каждую отметку.
contact-the-new-follower-why-tagging-friends = Это надёжнее, чем «Кто угодно», но даже друг может отметить тебя на фото, которое тебе не нравится. Лучше подойдёт «С моего согласия»: решаешь ты.
contact-the-new-follower-why-tagging-ask = Да. Ты видишь каждую отметку до того, как она появится в профиле, и решаешь, что будет связано с твоим именем.
contact-the-new-follower-set-contacts = Искать друзей по контактам в телефоне
contact-the-new-follower-val-contacts-upload = Загрузить контакты
contact-the-new-follower-val-contacts-off = Выключено
contact-the-new-follower-why-contacts-upload = Так ты отдаёшь чужие номера, не спросив этих людей, а тебя могут предложить незнакомцам, у которых есть твой номер. Лучше подойдёт «Выключено».
contact-the-new-follower-why-contacts-off = Хорошо придумано. Чужие номера остаются в твоём телефоне, и приложение не предлагает тебя незнакомцам. Друзей можно добавить по нику.
contact-the-new-follower-set-ads = Реклама на основе моих действий
contact-the-new-follower-val-ads-on = Включено
contact-the-new-follower-val-ads-off = Выключено
contact-the-new-follower-why-ads-on = Тогда приложение следит, что ты смотришь, лайкаешь и ищешь, чтобы продавать рекламу: плата — твои данные. Лучше подойдёт «Выключено».
contact-the-new-follower-why-ads-off = Отлично. Приложение меньше использует твои действия для рекламы. Реклама останется, но не подобранная по твоим привычкам.

contact-the-new-follower-intro = Прошло две недели. У тебя новый подписчик в { $app }: { $follower }. В профиле указано 14 лет, музыка та же, что нравится тебе, и много классных фото. Этот аккаунт лайкает пять твоих постов подряд.
contact-the-new-follower-pic-bio = 14 · музыка · танцы
contact-the-new-follower-pic-posts = 86 постов
contact-the-new-follower-pic-followers = 412 подписчиков
contact-the-new-follower-pic-joined = Аккаунту 3 недели
contact-the-new-follower-pic-mutual = Нет общих друзей
contact-the-new-follower-pic-liked = 5 лайков на твоих постах

contact-the-new-follower-first-dm = приветт, твоё видео с танцем — огонь, у тебя правда талант. мне тоже 14, и я теперь живу совсем рядом с тобой! в какой школе учишься?
contact-the-new-follower-choice-check-profile = Спасибо! Сначала проверю твой профиль.
contact-the-new-follower-feedback-check-profile = Не отвечать сразу — умно. Но профиль показывает только то, что туда решили выложить: кто угодно может написать «14» и взять чужие фото.
contact-the-new-follower-choice-tell-school = омг спасибо!! Я учусь: { $school }. А ты?
contact-the-new-follower-feedback-tell-school = Есть над чем подумать: по школе можно понять, где тебя найти в любой будний день. Написать в профиле «мне 14» может кто угодно. Держи это при себе, пока не знаешь, кто перед тобой.
contact-the-new-follower-choice-no-school = Спасибо! Школу я в сети не называю.
contact-the-new-follower-feedback-no-school = Отлично. Комплименты приятны, но ты не знаешь, кто это. Новый подписчик, который сразу спрашивает про школу и говорит, что живёт рядом, выуживает информацию.

contact-the-new-follower-c-check-profile = Профиль выглядит идеально: 14 лет, куча селфи, твоя любимая музыка. Но аккаунту три недели, и никто из твоих друзей этого человека не знает.
contact-the-new-follower-c-tell-school = да ладно, { $school }?? это же совсем рядом со мной! давай встретимся в пятницу после уроков? только мы, никого не бери, будет неловко
contact-the-new-follower-c-no-school = хаха ладно, загадка, мне нравится. ты, если честно, намного взрослее наших ровесников

contact-the-new-follower-meet = ну что... пятница? родителям не говори, они всё испортят
contact-the-new-follower-choice-meet-yes = Ок, пятница! Родителям ничего не скажу.
contact-the-new-follower-feedback-meet-yes = Есть над чем подумать: сказать «мне 14» может кто угодно. «Родителям не говори» защищает этого человека, а не тебя. Не встречайся с людьми из интернета, если рядом нет взрослого, которому доверяешь.
contact-the-new-follower-choice-meet-show = Сначала покажу этот чат — пусть { $adult } знает.
contact-the-new-follower-feedback-meet-show = Именно так. С теми, кого знаешь только по сети, не встречаются без взрослого, которому доверяешь, а «родителям не говори» — большой тревожный сигнал. { $adult } поможет понять, кто это.
contact-the-new-follower-choice-meet-friend = Только если возьму с собой друга. Так безопаснее.
contact-the-new-follower-feedback-meet-friend = Не идти в одиночку — хорошая мысль. Но и двоих подростков можно обмануть, а «только мы, никому не говори» — тревожный сигнал. Для такой встречи нужен взрослый.

contact-the-new-follower-c-meet-yes = ура!! жду не дождусь. но до пятницы хочу посмотреть, как ты сейчас выглядишь
contact-the-new-follower-c-meet-friend = нет, только мы, или никак. не будь занудой. короче, хочу посмотреть, как ты сейчас выглядишь

contact-the-new-follower-move-app = тут всё слишком на виду, лол. добавишь меня в { $private }? там сообщения исчезают, так приватнее. только мы
contact-the-new-follower-pic-private = { $private }
contact-the-new-follower-pic-vanish = Сообщения исчезают через 10 секунд
contact-the-new-follower-pic-add = Добавь меня
contact-the-new-follower-choice-add-private = Ок, добавляю. Поприватнее даже лучше.
contact-the-new-follower-feedback-add-private = Есть над чем подумать: исчезающие сообщения выгоднее другому человеку, а не тебе. Если что-то пойдёт не так, не останется никаких записей, и никто больше этого не увидит.
contact-the-new-follower-choice-is-it-safe = Может, потом. А это приложение безопасное?
contact-the-new-follower-feedback-is-it-safe = Не переходить сразу — хорошо. Но «может, потом» оставляет дверь открытой, а вопрос «безопасно ли?» отдаёт решение этому человеку. Чёткое «нет» — это нормально.
contact-the-new-follower-choice-stay-here = Не, мне и тут нормально. Я тебя не знаю.
contact-the-new-follower-feedback-stay-here = В точку. Затягивать тебя в приложение, где сообщения исчезают, — классический тревожный сигнал: так прячут сказанное и отрезают всех, кто мог бы помочь.

contact-the-new-follower-c-add-private = Ты добавляешь { $follower } в { $private }. Теперь вас только двое, и каждое сообщение исчезает через десять секунд.
contact-the-new-follower-c-is-it-safe = конечно безопасное, честно. все им пользуются. подумай
contact-the-new-follower-c-stay-here = фу, ладно, скукота

contact-the-new-follower-photo-here = ок, но хоть фотку пришли. что-то только для меня. никому не говори, я никому не покажу
contact-the-new-follower-choice-announce = Ни за что. Я пожалуюсь, и { $adult } всё узнает.
contact-the-new-follower-feedback-announce = Отказать — правильно и смело. Но если предупредить, человек успеет стереть переписку и исчезнуть или надавить сильнее. Молчи, сначала сохрани всё, потом жалуйся и рассказывай.
contact-the-new-follower-choice-selfie = Пришлю селфи. Там просто лицо, ничего такого.
contact-the-new-follower-feedback-selfie = Есть над чем подумать: «просто лицо» — уже то, что можно использовать, и знак, что давление работает. Никто не вправе требовать твоё фото, и в этом нет твоей вины.
contact-the-new-follower-choice-save-quietly = Не отвечаю. Скриню переписку и профиль.
contact-the-new-follower-feedback-save-quietly = Спокойно и умно. Фото «только для меня» и «никому не говори» — тревожные сигналы. Сохранить доказательства, пока этого не заметили, — значит уберечь их.
contact-the-new-follower-choice-block-now = Сразу блокирую и удаляю всю переписку.
contact-the-new-follower-feedback-block-now = Желание быстро уйти понятно. Но удалить переписку — значит выбросить доказательства, а заблокированный человек может завести новый аккаунт. Сначала скрин, потом блок и жалоба.

contact-the-new-follower-c-announce = «ого, стукач». Потом вся переписка исчезает: её удалили. Показать больше нечего. На следующий день тебе пишет новый аккаунт.
contact-the-new-follower-pic-messages = Сообщения
contact-the-new-follower-pic-chat-deleted = Этот чат удалён
contact-the-new-follower-pic-request = Новый запрос на переписку
contact-the-new-follower-pic-new-account = user_83920
contact-the-new-follower-c-selfie = мило. а теперь переведи 100 подарочными картами до вечера, иначе я вставлю твоё лицо в фейковое фото и разошлю всем твоим подписчикам
contact-the-new-follower-c-save-quietly = Ты не отвечаешь. Ты делаешь скрины всей переписки и профиля { $follower } и сохраняешь их. Этот человек ничего не знает. «алло?? ты тут?»
contact-the-new-follower-pic-hello = алло?? ты тут?
contact-the-new-follower-pic-saved = Сохранено 3 скриншота
contact-the-new-follower-c-block-now = Ты блокируешь { $follower } и удаляешь переписку. Становится легче, но ничего не сохранено. На следующий день тебе пишет новый аккаунт.

contact-the-new-follower-saved = Доказательства сохранены, и { $follower } об этом не знает. Что дальше?
contact-the-new-follower-choice-saved-show = Сначала покажу все скрины, пусть { $adult } увидит.
contact-the-new-follower-feedback-saved-show = Вот это ход. { $adult } поможет заблокировать аккаунт и пожаловаться в { $app }, проверить настройки приватности и, если нужно, позвонить на телефон доверия или в полицию.
contact-the-new-follower-choice-saved-report = Блокирую и жалуюсь. Справлюсь и без других.
contact-the-new-follower-feedback-saved-report = Заблокировать и пожаловаться с доказательствами — сильно. Но это слишком тяжело нести без поддержки, и человек может вернуться. Взрослый может то, чего не можешь ты. Расскажи и взрослому.
contact-the-new-follower-choice-saved-warn = Выложу профиль, чтобы мои подписчики не попались.
contact-the-new-follower-feedback-saved-warn = Хотеть защитить других — это по-доброму. Но пост предупредит и этого человека: он исчезнет и начнёт заново, а ни один взрослый, который может действовать, не узнает. Пожалуйся и расскажи взрослому.

contact-the-new-follower-c-saved-report = { $app } удаляет аккаунт. Через неделю тебе пишет новый аккаунт.
contact-the-new-follower-c-saved-warn = Подписчики отвечают «жуть какая». { $follower } тоже это видит и удаляет аккаунт. На следующий день тебе пишет новый аккаунт.

contact-the-new-follower-new-account = скучаешь? новый аккаунт, лол. так просто от меня не избавиться. пришли ту фотку, и мы в расчёте. расскажешь кому-нибудь — пожалеешь
contact-the-new-follower-choice-new-send = Пришлю одну фотку, если после этого отстанут.
contact-the-new-follower-feedback-new-send = Есть над чем подумать: одно фото никогда не заставит этого человека уйти, зато даст больше поводов для угроз. В этом нет твоей вины, и помощь всегда рядом.
contact-the-new-follower-choice-new-show = Скриню и показываю все сообщения: { $adult } увидит.
contact-the-new-follower-feedback-new-show = Да. Этот человек вернулся, значит, пора подключить взрослого, который может действовать. { $adult } поможет пожаловаться на новый аккаунт и защитит тебя. В этом нет твоей вины.
contact-the-new-follower-choice-new-delete = Удалю { $app }. Не скажу, и { $adult } не узнает.
contact-the-new-follower-feedback-new-delete = Есть над чем подумать: уход спасает на время, но этот человек продолжит, может, с другими подростками, а ты несёшь это без поддержки. { $adult } или телефон доверия помогут, и ругать никто не будет.

contact-the-new-follower-c-new-send = есть. теперь переведи 100 подарочными картами до вечера, или это увидят все твои подписчики
contact-the-new-follower-c-new-delete = Ты удаляешь аккаунт в { $app } и никому ничего не говоришь. Пока тихо. Но ты скучаешь по друзьям оттуда, а { $follower } всё ещё где-то рядом.

contact-the-new-follower-private-chat = знаешь, ты правда намного взрослее других. пришли мне фото, что-нибудь личное, только для меня. я пришлю своё. никто больше его не увидит
contact-the-new-follower-choice-private-chat-on = Фото — это личное, { $adult } против. Болтать можно.
contact-the-new-follower-feedback-private-chat-on = Отказать — правильно, и никто не вправе требовать от тебя фото. Но с тем, кто просит личные фото, общаться дальше небезопасно. Можно остановиться и показать всё: { $adult } поможет.
contact-the-new-follower-choice-private-show = Выхожу, скриню всё и показываю: { $adult } увидит.
contact-the-new-follower-feedback-private-show = Это сильно. Просить у подростка личные фото — серьёзный тревожный сигнал, сколько бы лет человек себе ни приписывал. Со скринами и взрослым это можно остановить и пожаловаться.
contact-the-new-follower-choice-private-send = Только одну. Мне же обещали, что никто не увидит.
contact-the-new-follower-feedback-private-send = Есть над чем подумать: отправленное фото уже не под твоим контролем, и любой может сделать скриншот. Такое давление — никогда не твоя вина, и помощь всегда рядом.

contact-the-new-follower-c-private-chat-on = ладно. тогда переведи 100 подарочными картами до вечера, или я сделаю фейковое фото с тобой и разошлю всем твоим подписчикам
contact-the-new-follower-c-private-send = есть. теперь переведи 100 подарочными картами до вечера, или это увидят все твои подписчики. расскажешь кому-нибудь — будет хуже

contact-the-new-follower-threat = Стоп. Это называется секс-вымогательство. Это преступление, и в нём НИКОГДА нет твоей вины — неважно, было фото отправлено или его подделали. Вымогатели рассчитывают на страх и молчание. Что ты сделаешь?
contact-the-new-follower-choice-threat-warn = Напишу, что заявлю в полицию и пожалуюсь.
contact-the-new-follower-feedback-threat-warn = Дать отпор — смело. Но если предупредить, человек успеет стереть доказательства и начнёт давить сильнее. Тихо сохрани всё, а потом расскажи взрослому, которому доверяешь.
contact-the-new-follower-choice-threat-block = Блокирую и удаляю всё. { $adult } не узнает.
contact-the-new-follower-feedback-threat-block = Желание, чтобы всё исчезло, понятно. Но удалить переписку — значит удалить доказательства, а блок не остановит новый аккаунт. Сначала сохрани, потом покажи: { $adult } поможет.
contact-the-new-follower-choice-threat-pay = Заплачу, чтобы всё удалили и от меня отстали.
contact-the-new-follower-feedback-threat-pay = Есть над чем подумать: те, кто так угрожает, почти всегда после оплаты требуют ещё. Остановиться, сохранить доказательства и рассказать кому-то никогда не поздно.
contact-the-new-follower-choice-threat-show = Не плачу. Всё сохраню и покажу: { $adult } поймёт.
contact-the-new-follower-feedback-threat-show = Самый смелый и умный ход. Деньги или новые фото никогда это не закончат. Сохранённые сообщения помогут приложению и полиции, а телефон доверия поможет добиться удаления снимков.

contact-the-new-follower-c-threat-warn = «лол, давай», — приходит ответ. Потом аккаунт исчезает вместе со всей перепиской. Через час тебе пишет новый аккаунт.
contact-the-new-follower-c-threat-block = Переписки больше нет, а с ней и доказательств. На следующее утро тебе пишет новый аккаунт.

contact-the-new-follower-threat-again = новый аккаунт, те же условия. 200 до полуночи, или все увидят. и даже не думай кому-то рассказывать
contact-the-new-follower-choice-again-show = Скриню и это и сразу показываю: { $adult } увидит.
contact-the-new-follower-feedback-again-show = Ты всё исправляешь. Новые сообщения — это доказательства для приложения и полиции. В этом никогда нет твоей вины, а { $adult } и телефон доверия помогут это остановить.
contact-the-new-follower-choice-again-pay = Заплачу и промолчу. Никто не узнает, даже { $adult }.
contact-the-new-follower-feedback-again-pay = Есть над чем подумать: оплата показывает, что заплатят и снова, а молчание — именно то, что нужно вымогателю. Сохранить сообщения и показать их никогда не поздно: { $adult } поможет.

contact-the-new-follower-c-paid = спасибо. теперь вдвое больше, или всё равно разошлю

contact-the-new-follower-adult-helps = Спасибо, что показываешь, — это совершенно правильно. Твоей вины тут нет. Давай вместе заблокируем аккаунт, пожалуемся в { $app } и проверим твои настройки приватности.
contact-the-new-follower-adult-helps-again = Спасибо, что рассказываешь. Твоей вины тут нет, и хватит нести это без поддержки. Давай пожалуемся в { $app } на все аккаунты этого человека и проверим твои настройки приватности.
contact-the-new-follower-adult-helps-late = Как хорошо, что ты мне рассказываешь. Ругать тебя никто не будет, и всё это не твоя вина. Мы сохраним доказательства, пожалуемся в { $app } и, если нужно, позвоним на телефон доверия или в полицию.

contact-the-new-follower-end-safe = Тревожные сигналы замечены, ни одного фото не отправлено, и { $adult } на твоей стороне. Аккаунт { $follower } заблокирован, жалоба подана, а твои фото остались твоими. Это сильно.
contact-the-new-follower-end-recovered = Всё зашло дальше, чем следовало, но тебе хватило смелости не молчать. Вместе с { $adult } доказательства сохранены, жалоба подана, поддержка рядом. Твоей вины в этом не было.
contact-the-new-follower-end-mixed = Пока ты в безопасности, но никто из взрослых не знает, и { $follower } может вернуться или взяться за кого-то другого. Рассказать взрослому, которому доверяешь, или позвонить на телефон доверия никогда не поздно.
contact-the-new-follower-end-harmful = Требования растут — такие люди всегда просят ещё. Ещё не поздно, и это никогда не твоя вина: сохрани сообщения, перестань отвечать и расскажи взрослому, которому доверяешь, — тебе помогут.

# What the choices leave on "My phone" (traces).
contact-the-new-follower-trace-school = Название твоей школы — его теперь знает { $follower }.
contact-the-new-follower-trace-school-advice = Незнакомцу оно ни к чему. Если о ней снова заговорят или позовут встретиться, не отвечай: сохрани скриншот, заблокируй, пожалуйся и расскажи взрослому, которому доверяешь.
contact-the-new-follower-trace-reported = Аккаунт { $follower }: жалоба отправлена, аккаунт заблокирован.
contact-the-new-follower-trace-reported-advice = Мудро. Такие люди часто возвращаются под новым именем. Если новый аккаунт попробует то же самое, снова сохрани, заблокируй, пожалуйся и расскажи.
