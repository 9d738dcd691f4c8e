# Контент / ценности: Вирусный слух (9–12 лет)

content-the-viral-rumour-title = Вирусный слух
content-the-viral-rumour-summary = По школе разлетаются шокирующий пост и опасный челлендж. Получится проверить факты и уберечь всех?
content-the-viral-rumour-remember = Остановись и проверь, прежде чем верить или делиться. Если челлендж может кому-то навредить, сразу расскажи взрослому, которому доверяешь.

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = Сергей Иванович

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
content-the-viral-rumour-name-maya = Майя
content-the-viral-rumour-name-zoe = Зоя
content-the-viral-rumour-name-priya = Полина
content-the-viral-rumour-name-ben = Боря
content-the-viral-rumour-name-omar = Омар
content-the-viral-rumour-name-lucas = Лёша
content-the-viral-rumour-challenge-chair-tower = челлендж «Башня из стульев»
content-the-viral-rumour-challenge-sky-stack = челлендж «Небесная башня»
content-the-viral-rumour-challenge-chair-climb = челлендж «Залезь на стулья»

content-the-viral-rumour-intro = Привет, это я, Санго! Пятница, вечер, и в чате класса кипит жизнь. Давай посмотрим, что все обсуждают.

content-the-viral-rumour-maya = Смотри!! Известный стример говорит, что каждый должен пройти { $challenge }: поставить стулья друг на друга, залезть наверх и снять видео. Поделись за 1 час, или ты ВЫБЫВАЕШЬ!
content-the-viral-rumour-choice-check-first = Стоп. Кто это написал и правда ли это?
content-the-viral-rumour-feedback-check-first = Отличный ход детектива! Посты, которые торопят, вроде «поделись за 1 час!», часто оказываются фейками. Проверка сразу останавливает слухи.
content-the-viral-rumour-choice-ignore = Не делиться. Просто не обращать внимания.
content-the-viral-rumour-feedback-ignore = Не делиться — хорошее решение, ведь слухи растут, когда их передают дальше. А проверить, правда ли это, и предупредить других — ещё лучше.
content-the-viral-rumour-choice-share-now = Скорее переслать в чат класса!
content-the-viral-rumour-feedback-share-now = Есть над чем подумать. Пост тебя торопил, а спешка — это уловка, чтобы не дать тебе подумать. Если делиться, не проверив, можно распространить что-то ложное или опасное.

content-the-viral-rumour-check = Давай поиграем в детективов! Ни имени, ни даты, а аккаунту всего один день. На странице настоящего стримера написано: «Это не я. Не делайте этого!» Это фейк, но челлендж всё равно может кого-то покалечить.
content-the-viral-rumour-ben-plans = Утро понедельника. Все до сих пор обсуждают { $challenge }. На перемене { $classmate } тащит три стула в угол школьного двора.

content-the-viral-rumour-ben = Сними меня! Я сейчас пройду { $challenge }! Будет куча лайков!
content-the-viral-rumour-choice-tell-teacher = Бежать к учителю, чтобы никто не пострадал
content-the-viral-rumour-feedback-tell-teacher = Смело и умно! Рассказать взрослому об опасном челлендже — это не ябедничество. Так ты защищаешь друга, а взрослые, которым доверяешь, для того и нужны.
content-the-viral-rumour-choice-warn-ben = Сказать: «{ $classmate }, это плохая идея» — и уйти
content-the-viral-rumour-feedback-warn-ben = Хорошо, что ты замечаешь опасность и говоришь об этом! Но { $classmate } всё равно может попробовать. Учитель рядом проследит, чтобы никто не пострадал.
content-the-viral-rumour-choice-film-ben = Снять, как { $classmate } лезет наверх, — ради лайков
content-the-viral-rumour-feedback-film-ben = Есть над чем подумать: из-за лайков рискованное может казаться захватывающим. Если снимать человека, который делает что-то опасное, он может решиться на большее.

content-the-viral-rumour-teacher-helps = Спасибо, что рассказываешь мне. Возможно, благодаря тебе никто не пострадает. Давай поговорим со всем классом о фейковых челленджах.
content-the-viral-rumour-ben-stops = { $classmate } закатывает глаза, но слезает. И всё же ребята из других классов собираются попробовать { $challenge } после уроков.

content-the-viral-rumour-ben-wobbles = Башня из стульев шатается. { $classmate } спрыгивает в последний момент и сдирает коленку. Все замолкают. А видео всё ещё у тебя в телефоне.
content-the-viral-rumour-wobble-choice = Фух, { $classmate } цел, но всё было на волоске. Из-за этого видео другие ребята тоже могут попробовать. Что ты сделаешь теперь?
content-the-viral-rumour-choice-get-help-delete = Позвать учителя и не публиковать видео
content-the-viral-rumour-feedback-get-help-delete = Вот так всё и исправляют! Учитель проверит, как { $classmate } себя чувствует, и остановит челлендж. А если не публиковать видео, никто не станет повторять.
content-the-viral-rumour-choice-delete-quietly = Удалить видео, но никому не говорить
content-the-viral-rumour-feedback-delete-quietly = Удалить — это помогает: от тебя видео дальше не пойдёт. Но челлендж всё ещё гуляет, а взрослый мог бы помочь остановить его для всех.
content-the-viral-rumour-choice-post-anyway = Всё равно опубликовать, это же смешно
content-the-viral-rumour-feedback-post-anyway = Есть над чем подумать: видео с опасным трюком может подтолкнуть других повторить, а ещё на нём { $classmate } в неудачный момент. Подумай, кому это может навредить.

content-the-viral-rumour-spread = Твой репост за час видят 40 ребят. { $friend } пишет, что её младший брат спрашивает, на какую высоту ставить стулья. Многие верят фальшивому стримеру.
content-the-viral-rumour-spread-choice = Ой-ой. Пост быстро расходится, и в него верят ребята помладше. Ещё не поздно помочь. Что ты сделаешь?
content-the-viral-rumour-choice-delete-and-tell = Удалить свой репост и рассказать взрослому, которому доверяю
content-the-viral-rumour-feedback-delete-and-tell = Это смело! Каждый иногда делится чем-то по ошибке. Главное — исправить это и позвать на помощь. Взрослые могут предупредить всю школу.
content-the-viral-rumour-choice-delete-only = Удалить свой репост и надеяться, что всё утихнет
content-the-viral-rumour-feedback-delete-only = Удалить репост — хороший шаг. Но многие ребята уже его видели. Взрослый, которому доверяешь, может предупредить их, что это фейк и это опасно.
content-the-viral-rumour-choice-leave-it = Оставить. Это же просто шутка.
content-the-viral-rumour-feedback-leave-it = Есть над чем подумать: шутка перестаёт быть смешной, когда кто-то её повторяет и получает травму. Передумать и попросить помощи — это нормально.

content-the-viral-rumour-teacher-helps-late = Спасибо, что ты ко мне обращаешься. Знаю, это непросто, и ругать тебя никто не будет. Я предупрежу другие классы, что это фейк, и мы позаботимся, чтобы все были в безопасности.

content-the-viral-rumour-end-safe = Тебе удалось проверить факты и позвать на помощь, пока никто не пострадал. Вот так поступает настоящий герой интернета!
content-the-viral-rumour-end-mixed = Часть проблемы решена, но челлендж всё ещё гуляет, а взрослые ничего не знают. Если рассказать взрослому, которому доверяешь, опасные челленджи можно остановить для всех.
content-the-viral-rumour-end-recovered = Стало непросто, но тебе удалось всё исправить, позвав на помощь. Для этого нужна смелость! В следующий раз остановись и подумай, прежде чем делиться или снимать.
content-the-viral-rumour-end-harmful = Фейковый челлендж продолжает распространяться, и его могут попробовать другие ребята. Ещё не поздно: расскажи взрослому, которому доверяешь, и тебе помогут это остановить.
