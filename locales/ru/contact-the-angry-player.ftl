# Контакт / агрессия: Злой игрок (9–12 лет)

contact-the-angry-player-title = Злой игрок
contact-the-angry-player-summary = Ты выигрываешь напряжённый матч, и кто-то из другой команды ужасно злится. А потом появляется и в твоей другой игре. Что можно сделать?
contact-the-angry-player-remember = Если подколки превращаются в оскорбления или угрозы — это не нормально. Не отвечай. Сделай скриншот, потом заблокируй и пожалуйся, и расскажи взрослому, которому доверяешь. Никогда не говори, где живёшь.

contact-the-angry-player-app-robo-rumble = Робо-битва
contact-the-angry-player-app-kart-clash = Карт-дуэль
contact-the-angry-player-app-castle-blast = Замок-бабах
contact-the-angry-player-other-block-quest = Блок-квест
contact-the-angry-player-other-dino-dash = Дино-гонка
contact-the-angry-player-other-galaxy-golf = Галакти-гольф
contact-the-angry-player-name-toxicrex = ToxicRex_99
contact-the-angry-player-name-grimshadow = GrimShadow
contact-the-angry-player-name-blazeking = BlazeKing_X
contact-the-angry-player-adult-uncle = Дядя Рави
contact-the-angry-player-adult-mum = Мама
contact-the-angry-player-adult-grandpa = Дедушка

contact-the-angry-player-app = { $app }
contact-the-angry-player-npc-rival = { $rival }
contact-the-angry-player-npc-friend = { $friend }
contact-the-angry-player-npc-adult = { $adult }

contact-the-angry-player-intro = Привет, это я, Санго! { $friend } и ты в одной команде в игре «{ $app }». Последний раунд, и всё очень близко. Я болею за вас!
contact-the-angry-player-win = ДААА! Мы выиграли! Последний ход был просто супер!
contact-the-angry-player-rival-mad = Это было ВЕЗЕНИЕ. Ты ноль. Удаляй игру.

contact-the-angry-player-spot = Все пишут в чате матча. Что-то из этого — обычные игровые разговоры. Нажми на сообщения, которые переходят черту.
contact-the-angry-player-card-title = Чат матча
contact-the-angry-player-card-body = Чат сразу после последнего раунда.
contact-the-angry-player-part-gg = { $friend }: gg всем, было очень близко!
contact-the-angry-player-feedback-gg = Черту не переходит. «gg» значит «good game», «хорошая игра»: так игроки по-дружески заканчивают матч, выиграли они или проиграли.
contact-the-angry-player-part-trash = { $rival }: Ты ноль. Удаляй игру.
contact-the-angry-player-feedback-trash = Переходит черту, верно! Это уже не про игру. Это оскорбление, чтобы сделать больно.
contact-the-angry-player-part-rematch = Mika_7: gg. Реванш завтра? В следующий раз мы вас сделаем!
contact-the-angry-player-feedback-rematch = Черту не переходит. Хотеть реванша и шутить «мы вас сделаем» — обычное дело в игре. Уметь проигрывать — тоже часть игры.
contact-the-angry-player-part-find = { $rival }: Я найду тебя в любой игре, куда ты зайдёшь.
contact-the-angry-player-feedback-find = Переходит черту, да! Обещание преследовать тебя повсюду — это угроза, даже в интернете. Такое надо сохранить и отправить в жалобу.
contact-the-angry-player-part-name = { $rival }: Скажи своё настоящее имя, если не боишься.
contact-the-angry-player-feedback-name = Переходит черту! Злой незнакомец, который спрашивает настоящее имя, — серьёзный тревожный знак. Имя, школа и город — личное.
contact-the-angry-player-pic-gg = { $friend }: gg всем, было очень близко!
contact-the-angry-player-pic-trash = { $rival }: Ты ноль. Удаляй игру.
contact-the-angry-player-pic-rematch = Mika_7: gg. Реванш завтра? В следующий раз мы вас сделаем!
contact-the-angry-player-pic-find = { $rival }: Я найду тебя в любой игре, куда ты зайдёшь.
contact-the-angry-player-pic-name = { $rival }: Скажи своё настоящее имя, если не боишься.

contact-the-angry-player-first-reply = { $rival } всё ещё печатает. Что будешь делать?
contact-the-angry-player-choice-shot-report = Сделаю скриншот и пожалуюсь на { $rival } в игре.
contact-the-angry-player-feedback-shot-report = Правильный порядок! Скриншот сохраняет доказательство, а жалоба даёт игре разобраться. Отвечать тому, кто грубит, не обязательно.
contact-the-angry-player-choice-be-nice = Напишу: «Это просто игра, успокойся. Будь добрее, а?»
contact-the-angry-player-feedback-be-nice = Спокойствие — это здорово! Но ответ продолжает разговор, а злые игроки хотят внимания. Сохранить доказательство и пожаловаться — лучше.
contact-the-angry-player-choice-answer-back = Отвечу: «Поплачь ещё, это ты тут ноль, а не я!»
contact-the-angry-player-feedback-answer-back = Есть чему поучиться: ответ превращает всё в ссору, и теперь твоё сообщение тоже могут заскриншотить. Выигрывать спор не нужно. Это ещё можно исправить.
contact-the-angry-player-choice-block-now = Сразу заблокирую { $rival } и удалю весь чат матча.
contact-the-angry-player-feedback-block-now = Блокировка защищает, и это нормально! Но без скриншота для жалобы нет доказательства. Сначала скриншот, потом блокировка и жалоба.

contact-the-angry-player-reported = Скриншот сохранён, жалоба на { $rival } за травлю отправлена. Игра отвечает: «Спасибо. Мы разберёмся». Вы с командой играете ещё раунд.
contact-the-angry-player-pic-reason = Причина: травля и угрозы
contact-the-angry-player-pic-thanks = Спасибо. Мы разберёмся.
contact-the-angry-player-chill = Добрее?? ЛОЛ. Теперь у меня есть твой ник. Ещё увидимся.
contact-the-angry-player-answered = О, хочешь подраться? Все, смотрите, что мне тут написали!
contact-the-angry-player-blocked-early = { $rival } исчезает из чата. Но ничего не сохранено, и показать игре нечего.

contact-the-angry-player-follows = На следующий день ты открываешь другую игру, «{ $other }». Сразу приходит сообщение. Это { $rival }.
contact-the-angry-player-follows-msg = Нашёл. Спрятаться не выйдет. Я буду ходить за тобой по всем играм, пока не бросишь.

contact-the-angry-player-followed = { $rival } нашёл тебя в другой игре. Это не нормально, и это не твоя вина. Что теперь?
contact-the-angry-player-choice-show-both = Ещё скриншот — и пусть { $adult } увидит оба.
contact-the-angry-player-feedback-show-both = Именно так! Преследовать кого-то из игры в игру — это травля. С двумя скриншотами { $adult } поможет заблокировать { $rival } и пожаловаться везде.
contact-the-angry-player-choice-new-name = Придумаю новый ник. Найдёт — тогда { $adult } узнает.
contact-the-angry-player-feedback-new-name = Держаться подальше — понятное желание! Но новый ник не остановит { $rival }, а ждать, пока тебя найдут, — значит оставаться с этим наедине. Взрослый, которому доверяешь, поможет заблокировать и пожаловаться уже сейчас.
contact-the-angry-player-choice-town = Скажу свой город и скажу: «Повтори мне в лицо!»
contact-the-angry-player-feedback-town = Есть чему поучиться: твой город — это личное, и злой незнакомец никогда не должен знать, где тебя найти. Ещё не поздно: скорее расскажи взрослому, которому доверяешь.

contact-the-angry-player-adult-helps = Спасибо, что показываешь. Твоей вины нет, и ругать тебя никто не будет. Преследовать повсюду — это травля. Заблокируем { $rival } в обеих играх и отправим нормальную жалобу.
contact-the-angry-player-new-name = Классный новый ник. Правда думаешь, что я не замечу?
contact-the-angry-player-town = Ха! Теперь я знаю твой город. Может, приду и найду тебя.

contact-the-angry-player-last-chance = Становится страшно, и это не твоя вина. Попросить о помощи никогда не поздно. Что будешь делать?
contact-the-angry-player-choice-show-all = Покажу всё взрослым дома, вместе со всеми скриншотами.
contact-the-angry-player-feedback-show-all = Это смело! Ругать тебя не будут. { $adult } может заблокировать { $rival } и пожаловаться, а если угрозы продолжатся, взрослые могут пойти дальше.
contact-the-angry-player-choice-say-sorry = Извинюсь перед { $rival }, чтобы от меня отстали.
contact-the-angry-player-feedback-say-sorry = Есть чему поучиться: извиняться не за что, ведь ничего плохого не было. Извинения перед обидчиком часто заставляют требовать больше. Рассказать никогда не поздно.
contact-the-angry-player-choice-quit-all = Брошу все игры и не скажу ни взрослым, ни друзьям.
contact-the-angry-player-feedback-quit-all = Есть чему поучиться: не нужно бросать любимые игры. Взрослый, которому доверяешь, поможет остановить { $rival }, чтобы снова можно было играть.

contact-the-angry-player-adult-late = Как хорошо, что ты рассказываешь. Ругать тебя не будут, и это не твоя вина. Заблокируем { $rival } в обеих играх и отправим нормальную жалобу. Если угрозы продолжатся, пойдём дальше.
contact-the-angry-player-demands = Извинений мало. Проиграй нарочно десять следующих матчей, а то пожалеешь.
contact-the-angry-player-quit = Игры удалены. { $friend } всё спрашивает, почему ты больше не играешь. Страшно, и всё это приходится держать в себе.

contact-the-angry-player-compose = { $adult } помогает написать жалобу. Модератор читает много жалоб каждый день. Выбери, что ему нужно, а что лучше не писать.
contact-the-angry-player-compose-to = Безопасность игры «{ $app }»
contact-the-angry-player-ph-hello = Здравствуйте!
contact-the-angry-player-why-hello = Вежливое приветствие подходит в любом случае. Главное — что дальше.
contact-the-angry-player-ph-loser = Он полный неудачник, забаньте его навсегда.
contact-the-angry-player-why-loser = Злиться нормально, но оскорбления в жалобе делают её менее серьёзной. Пиши только о том, что было.
contact-the-angry-player-ph-what = { $rival } оскорблял меня в чате матча после нашей победы.
contact-the-angry-player-why-what = Да! Кто, где и когда — это модератору нужно прежде всего.
contact-the-angry-player-ph-details = Ниже моё настоящее имя и город, если это поможет.
contact-the-angry-player-why-details = Это лишнее. Игре не нужны твоё имя и город, чтобы разобраться, а личное должно оставаться личным.
contact-the-angry-player-ph-shots = Прикладываю скриншоты его сообщений.
contact-the-angry-player-why-shots = Доказательства! Скриншоты точно показывают, что было написано, даже если это удалят.
contact-the-angry-player-ph-told = Мой ответ ему: «Я тоже тебя найду».
contact-the-angry-player-why-told = Это лишнее — и так лучше не делать. Ответные угрозы делают тебя участником ссоры.
contact-the-angry-player-ph-other = Он нашёл меня ещё и в игре «{ $other }».
contact-the-angry-player-why-other = Важно! Преследование из игры в игру — часть травли, и это полезно знать.
contact-the-angry-player-ph-check = Пожалуйста, проверьте его сообщения и заблокируйте.
contact-the-angry-player-why-check = Ясно и вежливо: ты говоришь, чего ждёшь от игры.

contact-the-angry-player-sent = Жалоба отправлена, { $rival } заблокирован в обеих играх. Игра отвечает: «Спасибо. Мы приняли меры в отношении этого аккаунта».
contact-the-angry-player-pic-blocked = Заблокирован в обеих играх
contact-the-angry-player-pic-report-sent = Жалоба отправлена со скриншотами
contact-the-angry-player-team-again = Эй! Реванш завтра? Только мы, наша настоящая команда.

# Решение 4: последнее сообщение, от кого-то нового.
contact-the-angry-player-new-player = Вечером приходит сообщение от незнакомого игрока: «Это из-за тебя { $rival } получил жалобу? Он мой друг. В какой школе учишься?» Что будешь делать?
contact-the-angry-player-choice-no-answer = Не отвечу. Сделаю скриншот, заблокирую, и пусть { $adult } тоже увидит.
contact-the-angry-player-feedback-no-answer = Верно! Если незнакомец спрашивает про твою школу, это тревожный сигнал. Отвечать ему не нужно, кем бы он ни был. Сохрани доказательство, заблокируй, и пусть { $adult } знает.
contact-the-angry-player-choice-school = Назову свою школу, но предупрежу: { $adult } на него пожалуется.
contact-the-angry-player-feedback-school = Есть чему поучиться: твоя школа — это личное, даже если добавить предупреждение. Незнакомец, который знает школу, может тебя найти. Не отвечай и скорее расскажи взрослому, которому доверяешь.
contact-the-angry-player-choice-it-was-me = Отвечу: «Да, это я. И снова пожалуюсь на твоего друга!»
contact-the-angry-player-feedback-it-was-me = Есть чему поучиться: ответ только продолжает ссору, и теперь он знает, что это ты. Незнакомцу ничего объяснять не нужно. Заблокируй его и расскажи взрослому, которому доверяешь.
contact-the-angry-player-school-said = Игрок отвечает: «Полезно знать». Становится не по себе, и ты сразу всё показываешь — { $adult } рядом. Вместе вы блокируете аккаунт и жалуетесь на него, а { $adult } просит школу быть начеку.
contact-the-angry-player-was-me = Игрок пересылает твой ответ своим друзьям, и начинают приходить злые сообщения. Ты всё показываешь — { $adult } помогает сделать скриншоты, заблокировать и пожаловаться на каждого.
contact-the-angry-player-end-safe = Ни слова в ответ, доказательства сохранены, и { $adult } всё знает. { $rival } заблокирован и получил жалобы в обеих играх, а { $friend } снова играет с тобой. Вот это командная игра!
contact-the-angry-player-end-recovered = Страсти накалились, но потом всё удалось исправить: { $adult } всё знает. { $rival } заблокирован, жалоба отправлена, а { $friend } снова играет с тобой. Рассказать — вот что было смелым!
contact-the-angry-player-end-harmful = { $rival } никуда не делся, а ты держишь всё в себе. Ни в чём из этого нет твоей вины. Рассказать взрослому, которому доверяешь, никогда не поздно: он поможет заблокировать и пожаловаться.

contact-the-angry-player-trace-rival = { $rival }: заблокирован, жалобы отправлены в играх «{ $app }» и «{ $other }».
contact-the-angry-player-trace-rival-advice = Молодец! Если в игре кто-то снова начнёт грубить, сначала сделай скриншот, потом заблокируй и пожалуйся, и расскажи взрослому, которому доверяешь.
contact-the-angry-player-trace-town = Твой город: сказан злому игроку в игре «{ $other }».
contact-the-angry-player-trace-town-advice = Незнакомцы не должны знать, где ты живёшь. Расскажи взрослому, которому доверяешь: он поможет тебе быть в безопасности и пожаловаться на игрока.
