# Поведение / агрессия: Нарочно за бортом (13–15 лет), игрок — свидетель

conduct-the-exclusion-title = Нарочно за бортом
conduct-the-exclusion-summary = Твой класс создаёт новый чат, куда не позвали одного человека, — и начинаются шутки над ним.
conduct-the-exclusion-remember = Нарочно исключать человека и высмеивать его — это травля. Не присоединяйся, сохрани доказательства и расскажи взрослому, которому доверяешь, особенно если кто-то пишет, что ему тут никто не рад.

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $classmate }
conduct-the-exclusion-npc-teacher = { $teacher }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = Настоящая тусовка
conduct-the-exclusion-group-no-cringe = Зона без кринжа
conduct-the-exclusion-group-vips = Только для VIP
conduct-the-exclusion-teacher-okafor = Ольга Ивановна
conduct-the-exclusion-teacher-reyes = Роман Ильич
conduct-the-exclusion-teacher-novak = Нина Петровна

conduct-the-exclusion-intro = { $leader } создаёт в { $app } новую группу «{ $group }». В ней весь твой класс. Весь, кроме одного человека: { $classmate }.
conduct-the-exclusion-pic-group = { $group }
conduct-the-exclusion-pic-created = Создатель: { $leader }
conduct-the-exclusion-pic-members = 24 участника
conduct-the-exclusion-bus-photo = Снова { $classmate }. Несколько недель назад фото из автобуса было у тебя в сторис. Это ещё можно исправить. Пока этот чат не зашёл дальше, что ты сделаешь?
conduct-the-exclusion-choice-bus-sorry = Напишу: «{ $classmate }, прости за фото из автобуса».
conduct-the-exclusion-feedback-bus-sorry = Для этого нужна смелость. Извинение не отменит репост, но { $classmate } увидит: ты не из тех, кто смеётся. Сейчас это очень важно.
conduct-the-exclusion-choice-bus-skip = Это было несколько недель назад. Вспоминать теперь — странно.
conduct-the-exclusion-feedback-bus-skip = Есть над чем подумать: даже позднее извинение много значит, а { $classmate } сейчас, возможно, гадает, кто рядом. Сказать это никогда не поздно.
conduct-the-exclusion-bus-sorry = Если фото ещё висит в твоей сторис, ты его удаляешь. Потом отправляешь извинение. { $classmate } отвечает: «спасибо. вот это неожиданно».
conduct-the-exclusion-bus-silent = Ты молчишь. А { $classmate } так и думает, что ты из тех, кто репостил это фото.
conduct-the-exclusion-choice-bus-public = Извинюсь прямо в общем чате класса, пусть все видят.
conduct-the-exclusion-feedback-bus-public = Признать ошибку — хорошо. Но публичное извинение снова выносит фото на глаза всем. Лучше личное сообщение — и { $classmate } получит его без зрителей.
conduct-the-exclusion-bus-public = На извинение приходят ответы: «стоп, какое фото?» И кто-то уже снова его ищет. { $classmate } замолкает.

conduct-the-exclusion-first-joke = Наконец-то { $classmate } не читает наш чат, лол. Видели сегодня эти ботинки?? Кто-нибудь, скиньте скрин последнего селфи.
conduct-the-exclusion-choice-not-funny = Хватит. { $classmate } такого не заслуживает. Не смешно.
conduct-the-exclusion-feedback-not-funny = Для этого нужна смелость. Короткое спокойное «не смешно» показывает, что согласны не все, и другие часто тоже останавливаются. У свидетелей больше силы, чем им кажется.
conduct-the-exclusion-choice-mute = Выключу звук в этом чате и не буду лезть в драму.
conduct-the-exclusion-feedback-mute = Ты не присоединяешься, и это важно. Но когда чат на беззвучном, там никто не заступится, { $classmate } останется без поддержки, а молчание может выглядеть как согласие.
conduct-the-exclusion-choice-private-group = Лол, ладно. Группа же приватная, { $classmate } не увидит.
conduct-the-exclusion-feedback-private-group = Есть над чем подумать: приватная группа на самом деле не приватная. Любой может сделать скриншот и переслать его, а { $classmate } увидит в твоём ответе ещё одного человека против.

conduct-the-exclusion-c-pushback = Расслабься, это шутка. Не будь занудой, а то будешь сидеть вне чата, как { $classmate }, лол.
conduct-the-exclusion-c-pushback-after = Но двое одноклассников перестают писать, а один пишет тебе в личку: «хорошо, что кто-то это сказал».
conduct-the-exclusion-c-muted = Ты выключаешь звук. Через час заглядываешь: кто-то выложил селфи со злой подписью — на фото { $classmate }. Под ним 14 смеющихся реакций.
conduct-the-exclusion-pic-caption = оцените эти ботинки от 1 до 10 лол
conduct-the-exclusion-pic-reactions = 14
conduct-the-exclusion-c-laughs = Твой ответ собирает 9 смешков. Потом { $classmate } получает от кого-то скриншот чата — вместе с твоим ответом. И выходит из всех чатов класса: «ясно. мне тут никто не рад».
conduct-the-exclusion-pic-class-chat = Чат класса
conduct-the-exclusion-pic-nobody = ясно. мне тут никто не рад.
conduct-the-exclusion-pic-left = { $classmate } покинул(а) группу

conduct-the-exclusion-quiet-chat = На большой перемене { $classmate } пишет в общий чат класса: «почему все сегодня со мной молчат?» Никто не отвечает. А новая группа продолжает.
conduct-the-exclusion-choice-screenshot-dm = Сделаю скрины группы, потом в личку: «{ $classmate }, ты как?»
conduct-the-exclusion-feedback-screenshot-dm = Правильный порядок: сначала скриншоты, чтобы были доказательства, если взрослому придётся вмешаться, потом доброе сообщение — так { $classmate } видит, что рядом кто-то есть.
conduct-the-exclusion-choice-warn-report = Напишу в группу: удаляйте всё, или я на вас пожалуюсь.
conduct-the-exclusion-feedback-warn-report = Заступиться — правильно. Но если объявить о жалобе, у них будет время всё удалить, а публичная ссора только кормит зрителей. Сначала тихо сохрани доказательства.
conduct-the-exclusion-choice-forward-target = Перешлю пост в личку: пусть { $classmate } знает правду.
conduct-the-exclusion-feedback-forward-target = Есть над чем подумать: если переслать человеку злой пост о нём, боль попадёт к тому, кому и так хуже всех. Сохрани пост как доказательство для взрослого, а человеку отправь доброе слово.

conduct-the-exclusion-c-warned = Через минуту все сообщения исчезают — показать больше нечего. { $leader } создаёт новую группу, уже без тебя. Потом тебе пишет { $classmate }.
conduct-the-exclusion-c-dm-sent = Ты сохраняешь четыре скриншота и отправляешь сообщение. { $classmate } начинает печатать, перестаёт и начинает снова.
conduct-the-exclusion-pic-saved = Сохранено 4 скриншота
conduct-the-exclusion-pic-dm = ты как?
conduct-the-exclusion-target-trusts = После истории с фото из автобуса { $classmate } знает: с тобой можно поговорить.
conduct-the-exclusion-c-forwarded = { $classmate } видит пост и все смеющиеся реакции. Через пару минут — выход из всех чатов класса: «ясно. мне тут никто не рад».

conduct-the-exclusion-target-reply = привет. я знаю про группу. кажется, меня все ненавидят. только, пожалуйста, не раздувай из этого историю
conduct-the-exclusion-choice-see-teacher = Я с тобой. Сходим вместе — { $teacher } разберётся.
conduct-the-exclusion-feedback-see-teacher = Вот это и значит заступиться. Каждый имеет право чувствовать себя в безопасности — в школе и в сети. Пойти к взрослому вместе — не раздувать историю, а остановить её.
conduct-the-exclusion-choice-keep-secret = Ладно, никому не скажу. Я рядом, всегда, обещаю.
conduct-the-exclusion-feedback-keep-secret = Быть рядом очень важно, и { $classmate } это чувствует. Но обещание молчать оставляет вас двоих с этим наедине. Предложить вместе сходить к взрослому — более доброе обещание.
conduct-the-exclusion-choice-change-shoes = Честно? Смени кроссовки, и им быстро надоест.
conduct-the-exclusion-feedback-change-shoes = Есть над чем подумать: { $classmate } тут ни при чём, и меняться бесполезно. Никто не заслуживает насмешек. Проблема в поведении группы.

conduct-the-exclusion-c-teacher = Спасибо, что пришли ко мне вдвоём. { $classmate }, твоей вины тут нет. Сегодня же разберусь с группой, а всё, что ещё висит, мы отправим в { $app } как нарушение.
conduct-the-exclusion-c-blame = то есть это ещё и моя вина? супер. мне тут всё равно никто не рад.
conduct-the-exclusion-c-secret = Ты держишь обещание. Но на следующий день на перемене { $classmate } пишет в чат класса и выходит из всех групп: «ясно. мне тут никто не рад».

conduct-the-exclusion-warning-secret = Когда человек пишет «мне тут никто не рад», это тревожный знак: ему по-настоящему плохо. Это слишком тяжело для обещания и слишком много, чтобы нести в одиночку.
conduct-the-exclusion-worry-choice = Если и тебе от этого тяжело, моя кнопка «Нужна помощь» всегда в углу. Что ты сделаешь?
conduct-the-exclusion-choice-show-teacher = Покажу это сейчас же, пусть { $teacher } знает.
conduct-the-exclusion-feedback-show-teacher = Именно так. Некоторые секреты слишком тяжелы: когда человек пишет, что ему никто не рад, позвать взрослого — это забота, а не предательство.
conduct-the-exclusion-choice-keep-promise = Обещание есть обещание. { $classmate } мне доверяет, я не подведу.
conduct-the-exclusion-feedback-keep-promise = Есть над чем подумать: доброта — это хорошо, но нельзя быть для кого-то единственной опорой. Когда человеку так плохо, об этом должен знать взрослый или школьный психолог.
conduct-the-exclusion-c-teacher-lunch = Ты правильно делаешь. Обещание никогда не должно скрывать, что человеку так плохо. Сегодня же { $classmate } поговорит со школьным психологом, я всё устрою.
conduct-the-exclusion-c-promise = Весь вечер ты пишешь добрые сообщения. { $classmate } отвечает всё короче, потом замолкает. Никто из взрослых не знает, как { $classmate } сейчас.

conduct-the-exclusion-warning = «Мне тут никто не рад» — это тревожный знак: человеку по-настоящему плохо. Часть этого — от тебя, и ты ещё можешь помочь. В одиночку с этим не справиться.
conduct-the-exclusion-fix-choice = Если и тебе от этого тяжело, моя кнопка «Нужна помощь» всегда в углу. Что ты сделаешь?
conduct-the-exclusion-choice-go-teacher = Пусть { $teacher } увидит это. Иду сейчас же.
conduct-the-exclusion-feedback-go-teacher = Это настоящая смелость. Признать свою часть и сразу позвать взрослого — вот что сейчас важно. С тобой всё в порядке: решение было плохим, и ты его исправляешь.
conduct-the-exclusion-choice-sorry-space = Напишу «{ $classmate }, прости» и пока оставлю в покое.
conduct-the-exclusion-feedback-sorry-space = Извиниться важно. Но после «мне тут никто не рад» одного «прости» мало: нужно, чтобы узнал взрослый, тогда { $classmate } уже сегодня получит поддержку.
conduct-the-exclusion-choice-just-joke = Это же шутка. Взрослым говорить не надо, всё забудется.
conduct-the-exclusion-feedback-just-joke = Есть над чем подумать: когда человек уходит из всех чатов со словами, что ему никто не рад, это уже не шутка. Если ждать, он может остаться в одиночестве, когда помощь нужнее всего.
conduct-the-exclusion-c-teacher-late = Спасибо, что рассказываешь, и за честность насчёт своей роли. Сейчас же займусь этим: { $classmate } получит поддержку, а с группой я разберусь.
conduct-the-exclusion-c-joke = Ты оставляешь всё как есть. Группа продолжает постить, { $classmate } не возвращается ни в один чат, и никто не спрашивает, как дела.
conduct-the-exclusion-c-heart = { $classmate } читает сообщение, но не отвечает. На следующее утро парта, где сидит { $classmate }, пустая.

conduct-the-exclusion-late-choice = { $classmate } всё ещё молчит, а место в классе пустует. Что ты сделаешь?
conduct-the-exclusion-choice-counsellor = Прямо с утра зайду к школьному психологу, до первого урока.
conduct-the-exclusion-feedback-counsellor = Молодец. Школьный психолог нужен именно для этого, и если прийти рано, { $classmate } получит поддержку уже сегодня. Ты превращаешь ошибку в настоящую заботу.
conduct-the-exclusion-choice-wait = Подожду. Если завтра опять пусто, скажу кому-нибудь.
conduct-the-exclusion-feedback-wait = Есть над чем подумать: когда человек пишет, что ему никто не рад, а потом пропадает, опасно как раз ждать. Взрослые лучше узнают слишком рано, чем слишком поздно.
conduct-the-exclusion-c-counsellor = Психолог выслушивает тебя, благодарит и сразу звонит родителям. К обеду { $classmate } уже может с кем-то поговорить.
conduct-the-exclusion-c-wait = Ты ждёшь. На следующий день парта, где сидит { $classmate }, снова пустая, а взрослые до сих пор ничего не знают.

conduct-the-exclusion-end-safe = Ты не присоединяешься, и { $classmate } не остаётся с этим наедине: вы вместе всё рассказываете, и { $teacher } помогает. Группой уже занимаются, и { $classmate } знает, кто рядом.
conduct-the-exclusion-end-told = Сначала ты хранишь секрет, но когда { $classmate } пишет, что тут никто не рад, ты сразу всё рассказываешь, и { $teacher } помогает. { $classmate } получает поддержку, а группой уже занимаются.
conduct-the-exclusion-end-recovered = Часть боли шла от тебя, и ты это исправляешь: когда { $classmate } пишет, что тут никто не рад, ты зовёшь взрослого. Теперь { $classmate } получает поддержку. Для этого нужна смелость.
conduct-the-exclusion-end-harmful = { $classmate } наедине с «мне тут никто не рад», и никто из взрослых пока не знает. Не твоя вина, что группа это начала, и никогда не поздно: расскажи взрослому, которому доверяешь, он поможет. Или нажми «Нужна помощь».
