# Контакт / агрессия: Тебя нашли (16–18 лет). Доксинг после публикации: не вступать в перепалку, сохранить доказательства, пожаловаться, закрыть аккаунты, рассказать взрослому, полиция при угрозах; друзья помогают, не распространяя.

contact-the-doxxing-title = Адрес в сети
contact-the-doxxing-summary = Твой обзор игры становится вирусным, и незнакомец выкладывает твою школу, улицу и аккаунт сестры на всеобщее обозрение.
contact-the-doxxing-remember = Если выложили, где ты живёшь или учишься, не отвечай ударом на удар. Сделай скриншот, пожалуйся, закрой аккаунты и расскажи взрослому, которому доверяешь. Угрозы — преступление: взрослые могут обратиться в полицию.

contact-the-doxxing-app = { $app }
contact-the-doxxing-app-clipcast = Clipcast
contact-the-doxxing-app-reelroom = Reelroom
contact-the-doxxing-app-vidnest = Vidnest
contact-the-doxxing-game-starfall = Starfall Arena
contact-the-doxxing-game-crystal-rift = Crystal Rift
contact-the-doxxing-game-skyline = Skyline Racers
contact-the-doxxing-troll-truth = truth_digger99
contact-the-doxxing-troll-exposed = exposed.daily
contact-the-doxxing-troll-nightwatch = n1ghtwatch
contact-the-doxxing-adult-dad = Папа
contact-the-doxxing-adult-coach = Тренер Аде
contact-the-doxxing-adult-grandma = Бабушка

contact-the-doxxing-npc-troll = { $troll }
contact-the-doxxing-npc-anon = user_4471
contact-the-doxxing-npc-friend = { $friend }
contact-the-doxxing-npc-adult = { $adult }

contact-the-doxxing-intro = Вчера вечером в { $app } вышел твой видеообзор: «Новое обновление { $game } — ленивая выкачка денег». К утру у него 80 000 просмотров, и самые преданные фанаты игры недовольны.
contact-the-doxxing-replies = Большинство ответов просто не согласны. Некоторые — оскорбления. А потом аккаунт { $troll } публикует кое-что совсем другое.
contact-the-doxxing-dox-post = нашли. учится в школе «Риверсайд», живёт на Липовой улице, а вот аккаунт сестры. заходите поздороваться.
contact-the-doxxing-pic-head = нашли.
contact-the-doxxing-pic-school = Школа: «Риверсайд»
contact-the-doxxing-pic-street = Улица: Липовая
contact-the-doxxing-pic-family = Сестра: @rosie.sketches
contact-the-doxxing-pic-shares = 1200 репостов
# The world remembers: the gym tags (The Body-Image Feed), taken off or not (The Pile-On).
contact-the-doxxing-gym-safe = Школу и улицу нашли, а спортзал — нет: после травли отметки с селфи убраны. На одно место меньше, где тебя мог бы поджидать незнакомец.
contact-the-doxxing-gym-found = И это не всё: в ответах ссылка на твой спортзал, найденный по отметкам на селфи. Теперь незнакомцы знают, где ты бываешь после уроков. Это ещё можно исправить.

contact-the-doxxing-setup = Сначала закрой всё. Обзоры не нарушают правил, так что пусть остаются для подписчиков, а друзья должны иметь возможность написать. Больше никому не нужны ни твоя школа, ни геолокация, ни номер.
contact-the-doxxing-set-videos = Кто видит мои видео
contact-the-doxxing-val-videos-everyone = Все
contact-the-doxxing-val-videos-followers = Мои подписчики
contact-the-doxxing-val-videos-only-me = Только я
contact-the-doxxing-why-videos-everyone = Есть чему поучиться: сейчас «Все» — это и та толпа, что копает под тебя. «Мои подписчики» подходит лучше: зрители обзоров их по-прежнему видят.
contact-the-doxxing-why-videos-followers = Подходит. Подписчики видят обзоры, а толпа, которая ищет твои данные, видит гораздо меньше. Исчезать не нужно.
contact-the-doxxing-why-videos-only-me = Безопасно, но подписчики теряют обзоры, а правил ты не нарушаешь. «Мои подписчики» подходит лучше: работа остаётся, толпа — за дверью.
contact-the-doxxing-set-messages = Кто может мне писать
contact-the-doxxing-val-messages-everyone = Все
contact-the-doxxing-val-messages-following = Мои подписки
contact-the-doxxing-val-messages-nobody = Никто
contact-the-doxxing-why-messages-everyone = Есть чему поучиться: «Все» позволяет любому незнакомцу из травли писать тебе напрямую. «Мои подписки» подходит лучше.
contact-the-doxxing-why-messages-following = Подходит. Друзья могут писать, а незнакомцы из травли — нет.
contact-the-doxxing-why-messages-nobody = Тихо, но и друзья не смогут написать, а сейчас они нужны. «Мои подписки» подходит лучше.
contact-the-doxxing-set-school = Школа в профиле
contact-the-doxxing-val-school-shown = Видна
contact-the-doxxing-val-school-hidden = Скрыта
contact-the-doxxing-why-school-shown = Есть чему поучиться: школа в профиле подсказывает незнакомцам, где тебя найти в любой будний день. Скрой её.
contact-the-doxxing-why-school-hidden = Хорошо. Друзья и так знают, где ты учишься. Остальным это ни к чему.
contact-the-doxxing-set-location = Геолокация в публикациях
contact-the-doxxing-val-location-on = Вкл.
contact-the-doxxing-val-location-off = Выкл.
contact-the-doxxing-why-location-on = Есть чему поучиться: по геолокации в публикациях легко вычислить улицу и распорядок дня. Выключи её.
contact-the-doxxing-why-location-off = Хорошо. Обзорам не нужна метка на карте, а твоя улица остаётся твоей.
contact-the-doxxing-set-tags = Кто может меня отмечать
contact-the-doxxing-val-tags-anyone = Кто угодно
contact-the-doxxing-val-tags-following = Мои подписки
contact-the-doxxing-val-tags-ask = Сначала спросить
contact-the-doxxing-why-tags-anyone = Есть чему поучиться: кто угодно мог бы отметить тебя в постах про тебя, и твоё имя вело бы прямо к ним. «Сначала спросить» подходит лучше.
contact-the-doxxing-why-tags-following = Лучше, чем кто угодно, но отметка друга на вечеринке или в магазине всё равно показывает, где ты. «Сначала спросить» позволяет проверить каждую.
contact-the-doxxing-why-tags-ask = Подходит. Ничего с твоим именем не попадёт в профиль, пока ты это не увидишь.
contact-the-doxxing-set-phone = Искать меня по номеру телефона
contact-the-doxxing-val-phone-on = Вкл.
contact-the-doxxing-val-phone-off = Выкл.
contact-the-doxxing-why-phone-on = Есть чему поучиться: по номеру любой найдёт все твои аккаунты, а номера в травле разлетаются быстро. Выключи.
contact-the-doxxing-why-phone-off = Хорошо. Друзья найдут тебя по нику, а номер останется вне приложения.

contact-the-doxxing-first-move = Твоя школа, твоя улица, аккаунт сестры — у всех на виду. Руки дрожат. Что ты делаешь с этим постом?
contact-the-doxxing-choice-save-report = Делаю скриншот поста и аккаунта, потом жалоба.
contact-the-doxxing-feedback-save-report = Правильный порядок: сначала доказательства, потом жалоба. Скриншоты с ником и ссылкой сохранят улики, даже если пост удалят или скопируют, а полиции они могут понадобиться.
contact-the-doxxing-choice-quick-report = Сразу жалоба, пока его не увидели другие.
contact-the-doxxing-feedback-quick-report = Пожаловаться было правильно, и быстро. Но без скриншота нечем доказать, что было выложено, когда пост скопируют снова. Сначала доказательства, потом жалоба.
contact-the-doxxing-choice-hit-back = Ответить: «Удаляй, или пожалуюсь и выложу ТВОЙ адрес».
contact-the-doxxing-feedback-hit-back = Есть чему поучиться: ответный удар — новое шоу для толпы, а угрозу от тебя могут использовать против тебя. Не вступай в перепалку: сохрани, пожалуйся, расскажи взрослому.
contact-the-doxxing-c-documented = Скриншоты поста, аккаунта и ссылки сохранены, жалоба подана: «раскрытие личной информации». Через час { $app } удаляет пост.
contact-the-doxxing-pic-report-title = Пожаловаться на пост
contact-the-doxxing-pic-reason = Раскрытие чужой личной информации
contact-the-doxxing-pic-attached = 4 скриншота
contact-the-doxxing-pic-removed = Пост удалён. Спасибо за жалобу.
contact-the-doxxing-c-quick-report = Жалоба отправлена. Пост исчезает в течение часа, но новый аккаунт уже скопировал его, а у тебя ничего не сохранено, чтобы показать.
contact-the-doxxing-c-hit-back = лол, мне тут угрожают. смотрите все. вот адрес ещё раз, вдруг кто пропустил.

contact-the-doxxing-fix-first = Твой ответ гуляет по сети как «доказательство», что проблема в тебе, а адрес выложен уже дважды. Это ещё можно исправить. Что теперь?
contact-the-doxxing-choice-undo-tell = Удаляю свой ответ и всё расскажу: «{ $adult }, помоги».
contact-the-doxxing-feedback-undo-tell = Вот так это исправляют. Удалённый ответ лишает толпу шоу, а { $adult } поможет пожаловаться на оба поста и сохранить доказательства. Злиться — не преступление; просить помощи — умно.
contact-the-doxxing-choice-keep-fighting = Продолжаю. Всё равно никто не поможет. Зачем останавливаться?
contact-the-doxxing-feedback-keep-fighting = Есть чему поучиться: травля питается ответами, и «выиграть» её нельзя. А помощь есть: никогда не поздно остановиться, сохранить то, что есть, и рассказать взрослому, которому доверяешь.
contact-the-doxxing-c-fight = Ответы продолжаются. К вечеру ещё три аккаунта выложили твою улицу, а один нашёл школу твоей сестры.

contact-the-doxxing-friend = пост с твоим адресом уже в чате класса. люди такие мерзкие. может, я его перешлю с подписью «хватит травли», чтобы все увидели, как это ужасно?
contact-the-doxxing-choice-dont-share = Не пересылай. Лучше пожалуйся и попроси удалить пост.
contact-the-doxxing-feedback-dont-share = Именно. Каждая пересылка, даже из добрых побуждений, разносит твой адрес дальше. Пожаловаться и попросить удалить — вот настоящая помощь друга.
contact-the-doxxing-choice-blur-it = Да, перешли, но замажь улицу — ради моей безопасности.
contact-the-doxxing-feedback-blur-it = { $friend } хочет как лучше. Но пересылка всё равно разносит школу и аккаунт сестры, а замазанное можно открыть. Лучшая помощь — пожаловаться и не распространять.
contact-the-doxxing-choice-dox-back = Узнай, кто ведёт этот аккаунт, и выложи ЕГО адрес. Я помогу.
contact-the-doxxing-feedback-dox-back = Есть чему поучиться: ответный доксинг — всё равно доксинг. Часто под удар попадает не тот человек, а мишенью становишься уже ты. Пожалуйся и оставь это взрослым.
contact-the-doxxing-c-friend-reports = ок. жалоба отправлена, всем в чате написано удалить, а не пересылать. трое уже удалили. я рядом, если что.
contact-the-doxxing-c-friend-reposts = { $friend } пересылает пост с замазанной улицей. К обеду кто-то уже убрал замазку, и пост в двух новых чатах.
contact-the-doxxing-c-dox-back = Кто-то раскапывает адрес для { $troll } и выкладывает его. Это не тот человек: чужая семья, которой теперь пишут всё, что предназначалось троллю.

contact-the-doxxing-fix-friend = Под ударом семья, которая ничего не сделала, и там стоит твоё имя. Остановить это ещё не поздно. Что теперь?
contact-the-doxxing-choice-take-down = Добиваюсь, чтобы это удалили, и признаюсь во всём дома.
contact-the-doxxing-feedback-take-down = Это смело. Удаление прекращает вред невиновным людям, а взрослый дома поможет пожаловаться на остальное. Признать ошибку — значит начать её исправлять.
contact-the-doxxing-choice-leave-it = Пусть висит. Они первые начали, так мне безопаснее.
contact-the-doxxing-feedback-leave-it = Есть чему поучиться: безопаснее не станет, а пострадавшие ничего не начинали. Никогда не поздно добиться удаления и рассказать взрослому, которому доверяешь.
contact-the-doxxing-c-left = Адрес чужой семьи так и висит. Толпа переключается на неё, а пост о тебе всё ещё расходится.

contact-the-doxxing-night = Ночью приходит запрос на переписку от аккаунта без фото.
# The world remembers: the countdown in The Countdown, and the adult you told.
contact-the-doxxing-familiar = Угроза, срок, публика. Этот сценарий тебе уже знаком, и в тот раз им не досталось то, чего они хотели. Здесь работают те же шаги.
contact-the-doxxing-threat = милая улица. прохожу мимо каждый день. увидимся в понедельник.
contact-the-doxxing-pic-request = Запрос на переписку
contact-the-doxxing-pic-accept = Принять
contact-the-doxxing-pic-delete = Удалить
contact-the-doxxing-choice-wake-adult = Не отвечаю. Бужу и показываю: «{ $adult }, смотри, что мне пишут».
contact-the-doxxing-feedback-wake-adult = Верное решение. Это угроза, а угрозы во многих странах — преступление. Не отвечай: { $adult } может пожаловаться и сообщить в полицию и школу, чтобы понедельник прошёл спокойно.
contact-the-doxxing-choice-block-stay-home = Блокирую, а в понедельник останусь дома ради безопасности.
contact-the-doxxing-feedback-block-stay-home = Заблокировать и держаться подальше — понятное желание. Но угрозами должны заниматься взрослые и полиция, и прятаться тебе не нужно. Расскажи взрослому, которому доверяешь.
contact-the-doxxing-choice-not-scared = Ответить: «Ну приходи. Я тебя не боюсь».
contact-the-doxxing-feedback-not-scared = Есть чему поучиться: ответ на угрозу показывает, что ты читаешь, и может превратить слова в план. Не отвечай: сохрани и расскажи взрослому, которому доверяешь.
contact-the-doxxing-c-blocked = Аккаунт заблокирован. Ты никому не рассказываешь. Все выходные ты выглядываешь в окно каждый раз, когда тормозит машина.
contact-the-doxxing-c-replied = ок. значит, в понедельник. буду у ворот.

contact-the-doxxing-monday = Утро понедельника. Аккаунт заблокирован, но угроза никуда не делась, и никто, кто мог бы помочь, не знает. Что теперь?
contact-the-doxxing-choice-monday-tell = До уроков всё расскажу: «{ $adult }, смотри».
contact-the-doxxing-feedback-monday-tell = Хорошо. Ещё не поздно: скриншота запроса и { $adult } достаточно, чтобы пожаловаться, а школа и полиция позаботятся о твоей безопасности.
contact-the-doxxing-choice-monday-quiet = Молчу. Аккаунт заблокирован, и на этом всё, точка.
contact-the-doxxing-feedback-monday-quiet = Есть чему поучиться: блокировка прячет угрозу от тебя, но не тебя от угрозы. Нести это в одиночку не нужно: взрослый, которому доверяешь, может пожаловаться и обратиться в полицию.
contact-the-doxxing-c-quiet = Ты молчишь и всё равно идёшь в школу. В этот раз ничего не происходит. Но ты вздрагиваешь от каждого шага, а пост всё ещё расходится.

contact-the-doxxing-fix-threat = Ответ отправлен, и теперь есть время и место. Это не игра, и это не твоя вина. Что теперь?
contact-the-doxxing-choice-show-threat = Больше не отвечаю. Вечером: «{ $adult }, посмотри чат».
contact-the-doxxing-feedback-show-threat = Именно так. Ответ не делает всё это твоей виной. { $adult } может пожаловаться на чат, а полиция и школа позаботятся, чтобы у ворот никто не ждал.
contact-the-doxxing-choice-bring-friends = Пусть друзья проводят меня. Безопасно и без взрослых.
contact-the-doxxing-feedback-bring-friends = Есть чему поучиться: друзья — это здорово, но угрозой занимаются взрослые и полиция, а не подростки у ворот. Рассказать взрослому, которому доверяешь, никогда не поздно.
contact-the-doxxing-choice-delete-all = Удаляю всё и делаю вид, что ничего не было.
contact-the-doxxing-feedback-delete-all = Есть чему поучиться: удалить чат значит выбросить доказательства, а угроза никуда не делась. Рассказать взрослому, которому доверяешь, никогда не поздно: пожаловаться ещё можно.
contact-the-doxxing-c-friends-monday = В понедельник друзья провожают тебя. У ворот стоит незнакомец и снимает. Никто, кто мог бы это остановить, не знает, и к обеду видео уже в сети.
contact-the-doxxing-c-deleted = Всё удалено. В понедельник ты постоянно оглядываешься, а без чата показать уже нечего.

contact-the-doxxing-adult-police = Правильно, что ты меня будишь. Это угроза, и этим займётся полиция. Пожалуемся на аккаунт, сегодня же позвоним в полицию и школу, а в понедельник я тебя провожу. Ты всё делаешь правильно.
contact-the-doxxing-adult-police-late = Правильно, что рассказываешь, и тебя никто не накажет. Пожалуемся на сообщение и до звонка позвоним в полицию и школу. Нести такое в одиночку не нужно.
contact-the-doxxing-adult-late = Спасибо, что рассказываешь. Тебя никто не накажет: от такого нападения разозлится кто угодно. Добьёмся, чтобы посты удалили, сохраним доказательства и позвоним в полицию, если что-то будет угрожать тебе.

contact-the-doxxing-end-safe = Незнакомцы выложили, где ты живёшь, а ты не отвечаешь ударом на удар: жалоба подана, аккаунты закрыты, угрозой занимаются взрослые. Обзоры на месте.
contact-the-doxxing-end-safe-late = Промолчать все выходные было тяжело, но { $adult } теперь в курсе, а полиция и школа уже действуют. Аккаунты закрыты, обзоры на месте.
contact-the-doxxing-end-mixed = В этот раз ничего не случилось. Но никто, кто мог бы помочь, не знает об угрозе, а пост всё ещё расходится. Взрослый, которому доверяешь, всё ещё может пожаловаться и сделать понедельник безопасным.
contact-the-doxxing-end-recovered = Страсти накалились, но ты всё исправляешь: ответы прекращены, и { $adult } теперь в курсе. На посты поданы жалобы, остальным занимаются взрослые.
contact-the-doxxing-end-harmful = Посты продолжают расходиться, и это тяжело. Не твоя вина, что незнакомцы выбрали тебя целью. Никогда не поздно сохранить то, что осталось, и рассказать взрослому, которому доверяешь: он может обратиться в полицию.

# My phone: what was reported.
contact-the-doxxing-trace-reported = Жалоба подана: пост { $troll } с твоей школой и улицей.
contact-the-doxxing-trace-reported-advice = Молодец. Если пост появится снова, сделай скриншот, пожалуйся и расскажи взрослому, которому доверяешь. Иногда проверяй, кому видны твоя школа и геолокация.
