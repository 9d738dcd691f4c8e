# Цели обучения: короткое название, фраза «Я могу…» для ребёнка и тема
# Руководства МСЭ по защите детей в интернете (2020), из которой взята цель.

objective-know-my-rights-title = Знаю свои права
objective-know-my-rights-i-can = Я могу рассказать о своих правах в интернете: быть в безопасности, получать уважительное отношение и хранить личную жизнь в тайне.
objective-know-my-rights-topic = Руководство МСЭ для детей: твои права в интернете

objective-spot-the-risk-title = Замечаю риск
objective-spot-the-risk-i-can = Я могу заметить, когда что-то в интернете может навредить мне или кому-то ещё.
objective-spot-the-risk-topic = Руководство МСЭ для детей: риски в интернете (контент, контакты, поведение и сделки)

objective-guard-personal-info-title = Берегу свои данные
objective-guard-personal-info-i-can = Я могу держать в секрете свои пароли, адрес, школу и фотографии.
objective-guard-personal-info-topic = Руководство МСЭ для детей: приватность и личная информация

objective-check-before-trust-title = Проверяю, прежде чем верить
objective-check-before-trust-i-can = Я могу проверить, кто что-то создал и правда ли это, прежде чем поверить или поделиться.
objective-check-before-trust-topic = Руководство МСЭ для детей: фейковые новости и надёжная информация

objective-strangers-warning-signs-title = Тревожные сигналы
objective-strangers-warning-signs-i-can = Я могу заметить тревожные сигналы, когда человек, которого я знаю только по интернету, пытается слишком сблизиться, просит хранить секреты или зовёт в личный чат.
objective-strangers-warning-signs-topic = Руководство МСЭ для детей: знакомства в интернете и груминг

objective-be-kind-stand-up-title = Доброта и смелость
objective-be-kind-stand-up-i-can = Я могу проявлять доброту в интернете и заступиться за того, кого травят.
objective-be-kind-stand-up-topic = Руководство МСЭ для детей: кибербуллинг и уважение к другим

objective-think-before-posting-title = Думаю, прежде чем постить
objective-think-before-posting-i-can = Я могу подумать, как пост, фото или репост повлияют на меня и других, прежде чем отправить их.
objective-think-before-posting-topic = Руководство МСЭ для детей: цифровой след и публикации в интернете

objective-spot-tricks-and-costs-title = Вижу уловки и траты
objective-spot-tricks-and-costs-i-can = Я могу распознать уловки вроде фальшивых призов, торопящих всплывающих окон и скрытых платежей в играх и приложениях.
objective-spot-tricks-and-costs-topic = Руководство МСЭ для детей: мошенничество, онлайн-игры и покупки в приложениях

objective-healthy-balance-title = Здоровый баланс
objective-healthy-balance-i-can = Я могу решить, когда остановиться, и соблюдать здоровый баланс между экранами, сном и другими занятиями.
objective-healthy-balance-topic = Руководство МСЭ для детей: здоровье и благополучие в интернете

objective-block-report-tell-title = Блокирую, жалуюсь, говорю
objective-block-report-tell-i-can = Я могу заблокировать, пожаловаться и рассказать взрослому, которому доверяю, когда что-то в интернете меня тревожит.
objective-block-report-tell-topic = Руководство МСЭ для детей: как получить помощь и сообщить о проблеме
