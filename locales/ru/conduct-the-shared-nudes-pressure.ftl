# Поведение / сексуальные риски: Под давлением (16–18 лет). Без откровенного: согласие, право на «нет», никаких пересылок, жалоба и удаление, пострадавший никогда не виноват.

conduct-the-shared-nudes-pressure-title = Под давлением
conduct-the-shared-nudes-pressure-summary = Человек, с которым у тебя отношения, хочет личное фото как «доказательство», а друг предлагает прислать чужое.
conduct-the-shared-nudes-pressure-remember = Сказать «нет» — всегда нормально, и никто не вправе требовать интимное фото. Никогда не пересылай такие снимки: пожалуйся и расскажи взрослому, которому доверяешь, ведь пострадавший никогда не виноват.

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = Саша
conduct-the-shared-nudes-pressure-partner-sam = Женя
conduct-the-shared-nudes-pressure-partner-jordan = Валя
conduct-the-shared-nudes-pressure-friend-zara = Зарина
conduct-the-shared-nudes-pressure-friend-theo = Тёма
conduct-the-shared-nudes-pressure-friend-amani = Амина
conduct-the-shared-nudes-pressure-classmate-kai = Кирилл
conduct-the-shared-nudes-pressure-classmate-lucia = Люся
conduct-the-shared-nudes-pressure-classmate-femi = Фёдор

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = Ирина Юрьевна, психолог

conduct-the-shared-nudes-pressure-intro = Уже два месяца { $partner } и ты вместе: переписка в { $app } до ночи, свои шутки, всё самое хорошее. Сегодня разговор принимает другой оборот.

conduct-the-shared-nudes-pressure-ask = От меня тебе уже куча милых фоток. Если ты правда мне доверяешь, пришли что-нибудь более личное. Только для меня. Это докажет, что у нас всё серьёзно.
conduct-the-shared-nudes-pressure-choice-no = Я тебе доверяю, и всё равно нет. Доверию не нужны доказательства.
conduct-the-shared-nudes-pressure-feedback-no = Чётко и по-доброму. Сказать «нет» — всегда нормально, и тот, кто тебя уважает, это примет. «Докажи» — это давление, замаскированное под романтику.
conduct-the-shared-nudes-pressure-choice-dodge = Сменить тему и надеяться, что она забудется
conduct-the-shared-nudes-pressure-feedback-dodge = Приватность сохранена, и это важно. Но если уходить от ответа, вопрос может возвращаться снова и снова. Ты вправе сказать чёткое «нет» и ничего не объяснять.
conduct-the-shared-nudes-pressure-choice-maybe = Может быть... если пообещаешь сразу удалить?
conduct-the-shared-nudes-pressure-feedback-maybe = Есть над чем подумать: отправленный снимок уже не удержать никаким обещанием. Скриншоты, расставания и взломанные телефоны случаются. Никто не вправе требовать от тебя фото как доказательство чувств.
conduct-the-shared-nudes-pressure-push = Ого. У всех так делают. Видимо, для тебя всё это не так важно, как для меня.
conduct-the-shared-nudes-pressure-push-harder = Обещаю! Сегодня, ок? И друзьям не говори, они только всё испортят.

conduct-the-shared-nudes-pressure-friend-msg = видишь, какое личное фото гуляет? там { $classmate }. чей-то бывший слил. оно уже чатах в пяти. тебе скинуть?
conduct-the-shared-nudes-pressure-choice-report-it = Не присылай. Давай пожалуемся, и пусть { $classmate } получит помощь.
conduct-the-shared-nudes-pressure-feedback-report-it = Вот настоящее уважение к человеку, которого даже нет рядом. Жалобы помогают удалить снимки, а взрослый может помочь. Тот, кто на фото, никогда не виноват, и { $classmate } тоже: вина на том, кто его распространил.
conduct-the-shared-nudes-pressure-choice-not-me = Мне не присылай. Это не моё дело.
conduct-the-shared-nudes-pressure-feedback-not-me = Отказаться — правильно: на тебе фото и остановится. Но оно всё ещё расходится, а { $classmate } может об этом не знать. Удалить его помогут жалоба и разговор со взрослым.
conduct-the-shared-nudes-pressure-choice-send-it = Присылай, хочу посмотреть
conduct-the-shared-nudes-pressure-feedback-send-it = Есть над чем подумать: каждый просмотр и каждая пересылка усиливают вред, который терпит { $classmate }. Во многих странах распространять интимные снимки тех, кому нет 18, незаконно — даже между подростками.
conduct-the-shared-nudes-pressure-friend-agrees = ок, да, тут не поспоришь. моя жалоба тоже ушла. { $classmate } сегодня в школе ни с кем не говорит, видно, что очень тяжело.
conduct-the-shared-nudes-pressure-received = Теперь фото у тебя в телефоне. Не пересылай его никому, даже взрослому. Пожалуйся там, где оно попалось, расскажи взрослому, которому доверяешь, и удали фото. Это поможет: { $classmate } заслуживает, чтобы оно исчезло.

conduct-the-shared-nudes-pressure-pressure = Ну что? Пришлёшь или нет? Любящий человек не заставил бы меня упрашивать.
conduct-the-shared-nudes-pressure-choice-talk = Окончательно отказать и поговорить с тем, кому доверяю
conduct-the-shared-nudes-pressure-feedback-talk = Сильно. Такое давление — не любовь, а тревожный сигнал в любых отношениях. Взрослый, которому доверяешь, или телефон доверия помогут без всякого осуждения разобраться, чего хочется тебе.
conduct-the-shared-nudes-pressure-choice-log-off = Отказать и выйти из сети до утра
conduct-the-shared-nudes-pressure-feedback-log-off = Отказать — правильно. Но такое давление обычно возвращается, и справляться с ним в одиночку не нужно. Разговор с тем, кому доверяешь, помогает.
conduct-the-shared-nudes-pressure-choice-give-in = Отправить фото, чтобы ссора закончилась
conduct-the-shared-nudes-pressure-feedback-give-in = Есть над чем подумать: давление работает, изматывая, и ответственность за это на том, кто давит, а не на тебе. Отправленный снимок уже вне твоего контроля. Попросить помощи никогда не поздно.
conduct-the-shared-nudes-pressure-adult-listens = Спасибо, что рассказываешь. «Нет» — это всегда нормально, а давление — не любовь. Если интимный снимок расходится, мы жалуемся и используем сервис удаления, но не пересылаем его. Твоей вины тут нет.

conduct-the-shared-nudes-pressure-saved = { $partner } отвечает: «Видишь, разве это было сложно? Теперь ещё одно». А потом всплывает уведомление: «{ $partner }: сделан скриншот».
conduct-the-shared-nudes-pressure-recover = Доверять кому-то — не стыдно. Неправильно поступает { $partner }, а у тебя всё ещё есть варианты. Что ты сделаешь?
conduct-the-shared-nudes-pressure-choice-tell-late = Рассказать взрослому и воспользоваться сервисом удаления снимков
conduct-the-shared-nudes-pressure-feedback-tell-late = Это смело. Сервисы удаления помогают остановить распространение снимка на многих платформах, а взрослый, которому доверяешь, поможет — или обратится в полицию, если снимок распространяют или им угрожают.
conduct-the-shared-nudes-pressure-choice-ask-delete = Написать: «{ $partner }, удали» — и надеяться
conduct-the-shared-nudes-pressure-feedback-ask-delete = У тебя есть полное право попросить, и это уже начало. Но проверить, что снимок правда удалён, нельзя. Настоящую защиту дадут взрослый, которому доверяешь, и сервис удаления.
conduct-the-shared-nudes-pressure-choice-secret = Держать в секрете. Это моя вина.
conduct-the-shared-nudes-pressure-feedback-secret = Есть над чем подумать — и, пожалуйста, услышь: это НЕ твоя вина. Секреты помогают только тому, кто давит. Взрослый, которому доверяешь, или телефон доверия помогут, а не осудят.
conduct-the-shared-nudes-pressure-adult-late = Как хорошо, что ты мне рассказываешь, и ругать тебя никто не будет. Доверять — не проступок, и { $partner } не вправе этим пользоваться. Давай вместе воспользуемся сервисом удаления и поговорим о давлении, которое ты терпишь.

conduct-the-shared-nudes-pressure-end-safe = Тебе удалось почувствовать свои границы, сказать «нет» и получить поддержку. Уважение, согласие и доверие должны быть взаимными, и ты заслуживаешь всего этого.
conduct-the-shared-nudes-pressure-end-mixed = Ты справляешься с этим в одиночку, а давление может вернуться. Взрослый, которому доверяешь, или телефон доверия помогут без осуждения, и ни в чём из этого нет твоей вины.
conduct-the-shared-nudes-pressure-end-recovered = Было тяжело, но тебе хватило сил обратиться за помощью. С сервисом удаления и поддержкой рядом тебе удалось вернуть контроль. Ни в чём из этого не было твоей вины.
conduct-the-shared-nudes-pressure-end-harmful = Давление растёт, а секрет с каждым днём всё тяжелее. Это никогда не твоя вина, и ещё не поздно: расскажи взрослому, которому доверяешь, или позвони на телефон доверия и воспользуйся сервисом удаления.
