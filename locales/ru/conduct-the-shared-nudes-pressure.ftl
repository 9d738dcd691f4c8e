# Поведение / сексуальные риски: Под давлением (16–18 лет). Без откровенного: согласие, право на «нет», никаких пересылок, жалоба и удаление, пострадавший никогда не виноват.

conduct-the-shared-nudes-pressure-title = Под давлением
conduct-the-shared-nudes-pressure-summary = Человек, с которым у тебя отношения, хочет личное фото как «доказательство», а друг предлагает прислать чужое.
conduct-the-shared-nudes-pressure-remember = «Нет» — это всегда нормально. Пересылать интимные снимки несовершеннолетних незаконно, даже чтобы предупредить: пожалуйся и расскажи взрослому, которому доверяешь, — он поможет удалить. Жертва не виновата.

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = Слава
conduct-the-shared-nudes-pressure-partner-robin = Женя
conduct-the-shared-nudes-pressure-partner-jordan = Валя

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = Ирина Юрьевна, психолог

conduct-the-shared-nudes-pressure-intro = Уже два месяца { $partner } и ты вместе: переписка в { $app } до ночи, свои шутки, всё самое хорошее. Сегодня разговор принимает другой оборот.

conduct-the-shared-nudes-pressure-ask = От меня тебе уже куча милых фоток. Если ты правда мне доверяешь, пришли что-нибудь более личное. Только для меня. Это докажет, что у нас всё серьёзно.
conduct-the-shared-nudes-pressure-choice-maybe = Ладно, одно. Я тебе доверяю, только удали сразу.
conduct-the-shared-nudes-pressure-feedback-maybe = Есть над чем подумать: отправленный снимок обещанием не удержать. Скриншоты, расставания и взломы случаются. Чувствам не нужны такие доказательства.
conduct-the-shared-nudes-pressure-choice-dodge = Ха-ха, может, когда-нибудь. Кстати, эссе по истории уже готово?
conduct-the-shared-nudes-pressure-feedback-dodge = Твоя приватность под защитой, и это важно. Но если уходить от ответа, вопрос может возвращаться снова и снова. У тебя есть право на чёткое «нет» без объяснений.
conduct-the-shared-nudes-pressure-choice-no = Нет. Ты мне очень нравишься, и всё равно я это не пришлю.
conduct-the-shared-nudes-pressure-feedback-no = Ясно и по-доброму. Сказать «нет» — всегда нормально, и объяснять ничего не нужно. «Докажи» — это давление под видом романтики, а тот, кто уважает, принимает отказ.
conduct-the-shared-nudes-pressure-push = Ого. У всех так делают. Видимо, для тебя всё это не так важно, как для меня.
conduct-the-shared-nudes-pressure-push-dodge = Не переводи тему. У всех так делают. Видимо, для тебя всё это не так важно, как для меня.

conduct-the-shared-nudes-pressure-friend-msg = видишь, какое личное фото гуляет? там { $classmate }. чей-то бывший слил. оно уже чатах в пяти. тебе скинуть?
conduct-the-shared-nudes-pressure-choice-forward-warn = Скинь. Перешлю фото, пусть { $classmate } знает и ищет помощь.
conduct-the-shared-nudes-pressure-feedback-forward-warn = Есть над чем подумать: переслать, даже чтобы помочь, — всё равно распространять, а распространять интимные снимки несовершеннолетних незаконно. Предупреди словами, пусть { $classmate } узнает, и позови взрослого.
conduct-the-shared-nudes-pressure-choice-flag-chats = Не присылай. В каких чатах? Пожалуюсь на каждый.
conduct-the-shared-nudes-pressure-feedback-flag-chats = Так ты защищаешь человека: { $classmate } этого заслуживает. Распространять интимные снимки несовершеннолетних незаконно: их не пересылают, на них жалуются. Взрослый или телефон доверия помогут удалить.
conduct-the-shared-nudes-pressure-choice-see-it = Ну давай. Всё равно его уже все видели, чего уж там.
conduct-the-shared-nudes-pressure-feedback-see-it = Есть над чем подумать: каждый просмотр и пересылка усиливают вред, а распространять интимные снимки несовершеннолетних незаконно, даже между подростками. { $classmate } — пострадавшая сторона.
conduct-the-shared-nudes-pressure-choice-not-me = Мне не присылай. Честно, это вообще не моё дело.
conduct-the-shared-nudes-pressure-feedback-not-me = Отказаться — правильно: на тебе фото останавливается. Но оно всё ещё расходится, и { $classmate } может об этом не знать. Жалоба и разговор со взрослым — вот что помогает его удалить.
conduct-the-shared-nudes-pressure-flagged = ок, от меня тоже жалобы ушли. { $classmate } сегодня в школе весь день молчит, видно, что очень тяжело. давай на перемене расскажем Ирине Юрьевне? она знает, что делать.
# Мир помнит: человек из класса, которого ты поддержал(а) во время травли.
conduct-the-shared-nudes-pressure-classmate-thanks = Позже { $classmate } пишет тебе: «говорят, жалобы на чаты — от тебя. и в той травле поддержка тоже была от тебя. спасибо, правда».
conduct-the-shared-nudes-pressure-pic-reported-chats = Чаты с жалобами
conduct-the-shared-nudes-pressure-pic-reported = Жалоба подана
conduct-the-shared-nudes-pressure-pic-report-thanks = Спасибо. Мы проверим эти чаты.
conduct-the-shared-nudes-pressure-still-spreading = { $friend } пожимает плечами и отправляет фото кому-то ещё. К обеду оно уже ещё в двух чатах.
conduct-the-shared-nudes-pressure-forwarded = { $friend } присылает фото, а ты пересылаешь его дальше. «Кто ещё это видел?? зачем ты мне это шлёшь?» — пишет { $classmate }. Теперь фото ещё в одном чате.
conduct-the-shared-nudes-pressure-received = Фото приходит тебе на телефон. В школе { $classmate } весь день не поднимает глаз, а все вокруг смотрят то в телефоны, то на человека с фото.

conduct-the-shared-nudes-pressure-photo-now = Фото теперь у тебя в телефоне. Вина всегда на тех, кто распространяет, а не на человеке с фото. Помочь ещё можно: { $classmate } ждёт поддержки. Что ты сделаешь?
conduct-the-shared-nudes-pressure-choice-flag-and-go = Пожалуюсь на чаты, удалю фото и попрошу помощи у Ирины Юрьевны.
conduct-the-shared-nudes-pressure-feedback-flag-and-go = Вот это исправление. Жалобы помогают удалить фото, а Ирина Юрьевна или телефон доверия помогут убрать его из приложений, и { $classmate } получит поддержку. Рассказать — всегда верный шаг.
conduct-the-shared-nudes-pressure-choice-delete-quiet = Просто удалю. Жалоба только втянет меня в неприятности.
conduct-the-shared-nudes-pressure-feedback-delete-quiet = Есть над чем подумать: взрослые вроде Ирины Юрьевны здесь, чтобы помочь, а не обвинять, а снимки удаляют именно по жалобам. Никогда не поздно пожаловаться и поговорить со взрослым, которому доверяешь.
conduct-the-shared-nudes-pressure-ruiz-photo = Спасибо, что рассказываешь, для этого нужна смелость, и ругать тебя никто не будет. Мы пожалуемся на чаты, и я помогу удалить снимок. Человек на фото ни в чём не виноват, и { $classmate } услышит это от меня.
conduct-the-shared-nudes-pressure-pic-takedown-title = Помощь с удалением фото из сети
conduct-the-shared-nudes-pressure-pic-step-report = Пожалуйся там, где его выложили
conduct-the-shared-nudes-pressure-pic-step-remove = Мы поможем его удалить
conduct-the-shared-nudes-pressure-pic-step-talk = Поговори с кем-нибудь в любое время
conduct-the-shared-nudes-pressure-pic-get-help = Нужна помощь
conduct-the-shared-nudes-pressure-still-out = Ты удаляешь фото и молчишь. Снимок гуляет из чата в чат, а { $classmate } перестаёт ходить в школу.

conduct-the-shared-nudes-pressure-pressure = Ну что? Пришлёшь или нет? Любящий человек не заставил бы меня упрашивать. И друзьям своим не рассказывай.
conduct-the-shared-nudes-pressure-choice-mute = Нет. Выключу уведомления от тебя на ночь. Завтра поговорим.
conduct-the-shared-nudes-pressure-feedback-mute = «Нет» — правильно, а тишина даёт передышку. Но такое давление обычно возвращается, и никто не должен просить тебя держать это в секрете. Поговори с тем, кому доверяешь.
conduct-the-shared-nudes-pressure-choice-screenshot = Нет. А этот чат заскриню и покажу тому, кому доверяю.
conduct-the-shared-nudes-pressure-feedback-screenshot = Сильно. «Друзьям не рассказывай» и «любящий человек не заставил бы» — тревожные знаки давления, а не любви. Взрослый, которому доверяешь, или телефон доверия помогут разобраться.
conduct-the-shared-nudes-pressure-choice-give-in = Ладно, одно. Это же личное, и хоть ругаться перестанем.
conduct-the-shared-nudes-pressure-feedback-give-in = Есть над чем подумать: давление работает на измор, и ответственность на том, кто давит, а не на тебе. Отправленный снимок уже не под твоим контролем. Попросить помощи никогда не поздно.
conduct-the-shared-nudes-pressure-adult-listens = Спасибо, что показываешь. «Нет» — это всегда нормально, а это давление, не любовь. И на фото, где { $classmate }, мы тоже пожалуемся и поможем его удалить. Твоей вины тут нет.
conduct-the-shared-nudes-pressure-next-day = Утром в чате 14 новых сообщений, автор — { $partner }: «теперь игнор?» «у всех так делают». Давление никуда не делось.
conduct-the-shared-nudes-pressure-pic-count = 14 новых сообщений
conduct-the-shared-nudes-pressure-pic-ignoring = теперь игнор?
conduct-the-shared-nudes-pressure-pic-everyone = у всех так делают

conduct-the-shared-nudes-pressure-still-pressure = Четырнадцать сообщений за ночь и требование никому не рассказывать. Что ты сделаешь?
conduct-the-shared-nudes-pressure-choice-show-ruiz = На перемене покажу все 14 сообщений Ирине Юрьевне.
conduct-the-shared-nudes-pressure-feedback-show-ruiz = Смело и умно. Такие сообщения — доказательство давления, и Ирина Юрьевна поможет решить, что дальше, без осуждения. Рассказать — не значит настучать.
conduct-the-shared-nudes-pressure-choice-another-chance = Дам ещё шанс. Это просто неуверенность, { $partner } не со зла.
conduct-the-shared-nudes-pressure-feedback-another-chance = Есть над чем подумать: неуверенность не делает давление нормальным. Кто действительно любит, принимает «нет». Взрослый, которому доверяешь, или телефон доверия помогут в любой момент.
conduct-the-shared-nudes-pressure-another-chance = День тишины, а потом снова: «всё ещё жду». Пишет { $partner }. Ты ничего не отправляешь, но от каждого уведомления всё сжимается внутри.

conduct-the-shared-nudes-pressure-saved = Ты отправляешь одно фото. Ответ: «видишь, было же несложно? теперь ещё». А потом уведомление: { $partner } делает скриншот.
conduct-the-shared-nudes-pressure-pic-photo = Фото
conduct-the-shared-nudes-pressure-pic-screenshot = { $partner } сделал(а) скриншот
conduct-the-shared-nudes-pressure-pic-another = видишь, было же несложно? теперь ещё.
conduct-the-shared-nudes-pressure-recover = Доверять человеку — не стыдно. Неправильно поступает { $partner }, а у тебя всё ещё есть варианты. Что ты сделаешь?
conduct-the-shared-nudes-pressure-choice-ask-delete = Попрошу удалить. Доверюсь: { $partner } же обещает.
conduct-the-shared-nudes-pressure-feedback-ask-delete = Попросить — твоё право. Но проверить, что фото правда удалено, нельзя, а скриншот уже есть. По-настоящему помочь могут взрослый, которому доверяешь, и сервис удаления.
conduct-the-shared-nudes-pressure-choice-secret = Промолчу. Это ведь моё фото, значит, и вина тут только моя.
conduct-the-shared-nudes-pressure-feedback-secret = Есть над чем подумать, и, пожалуйста, услышь: это НЕ твоя вина. Секреты помогают только тому, кто давит. Взрослый, которому доверяешь, или телефон доверия помогут без осуждения.
conduct-the-shared-nudes-pressure-choice-takedown = Пойду к Ирине Юрьевне, пусть поможет удалить фото.
conduct-the-shared-nudes-pressure-feedback-takedown = Это смело. Взрослый или телефон доверия помогут удалить снимки со многих сайтов и обратиться в полицию, если их распространяют или ими угрожают.
conduct-the-shared-nudes-pressure-adult-late = Как хорошо, что ты мне рассказываешь, и ругать тебя никто не будет. Доверять — не проступок, и { $partner } не вправе этим пользоваться. Давай прямо сейчас запустим удаление и поговорим о давлении, которое ты терпишь.
conduct-the-shared-nudes-pressure-deleted-claim = «Удалено ;)» — отвечает { $partner }. Через два дня новое сообщение, автор — { $friend }: «это ты?? кто-то скинул это в наш чат».
conduct-the-shared-nudes-pressure-secret-kept = Ты молчишь. Каждую ночь { $partner } просит ещё фото и намекает, что первое разойдётся, если ты перестанешь.

conduct-the-shared-nudes-pressure-spreading = Фото расходится, и виноват тот, кто его распространяет, а не ты. Что теперь?
conduct-the-shared-nudes-pressure-choice-hide = Удалю все аккаунты. Так будет безопаснее всего.
conduct-the-shared-nudes-pressure-feedback-hide = Есть над чем подумать: спрятаться кажется безопаснее, но фото может гулять и без тебя. Никогда не поздно: взрослый, которому доверяешь, или телефон доверия помогут его удалить.
conduct-the-shared-nudes-pressure-choice-takedown-now = Сегодня же расскажу Ирине Юрьевне и запущу удаление.
conduct-the-shared-nudes-pressure-feedback-takedown-now = Это значит вернуть себе контроль. Взрослый, которому доверяешь, или телефон доверия помогут удалить фото и, если нужно, обратиться в полицию. Тебе за это ничего не будет.
conduct-the-shared-nudes-pressure-hiding = Ты исчезаешь из всех приложений, но фото — нет. С каждым днём всё тяжелее, и никто до сих пор ничего не знает.

conduct-the-shared-nudes-pressure-end-safe = Твоё «нет» прозвучало, ничего не ушло дальше тебя, и теперь на твоей стороне взрослый. Уважение, согласие и доверие работают в обе стороны, и ты заслуживаешь всех трёх.
conduct-the-shared-nudes-pressure-end-mixed = Ты ничего не отправляешь, и это твоё право. Но давление не прекращается, и никто пока не знает. Взрослый, которому доверяешь, или телефон доверия помогут, и твоей вины в этом нет.
conduct-the-shared-nudes-pressure-end-recovered = Фото ушло под давлением, но потом ты возвращаешь себе контроль: взрослый в курсе, удаление запущено. Твоей вины в этом не было.
conduct-the-shared-nudes-pressure-end-recovered-photo = Фото прошло через тебя, но потом ты всё исправляешь: жалоба, удаление, разговор с Ириной Юрьевной. { $classmate } получает помощь. А давление, которое устраивает { $partner }? С этим она тоже поможет.
conduct-the-shared-nudes-pressure-end-harmful = Нести это в одиночку всё тяжелее. Отправлять что-то ещё не нужно, и это никогда не твоя вина. Никогда не поздно: взрослый, которому доверяешь, или телефон доверия помогут, а сервисы удаления помогут убрать снимки.
conduct-the-shared-nudes-pressure-end-harmful-photo = Фото продолжает расходиться, и { $classmate } остаётся с этим один на один. Утечка — не твоя вина, и никогда не поздно: пожалуйся и расскажи взрослому, которому доверяешь, — он поможет удалить фото.

# Мой телефон: фото, отправленное под давлением, пока не начато удаление.
