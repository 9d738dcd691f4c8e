# Контент / ценности: Фейковый пост (13–15 лет)

content-the-fake-news-post-title = Фейковый пост
content-the-fake-news-post-summary = Вирусный пост утверждает, что известный врач нашёл чудо-лекарство, а твой друг просит всех им поделиться.
content-the-fake-news-post-remember = Прежде чем делиться, проверь, кто стоит за постом и что говорят надёжные источники. Поправляй друзей по-доброму и жалуйся на ложные посты.

content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
content-the-fake-news-post-name-nia = Ника
content-the-fake-news-post-name-tomas = Тима
content-the-fake-news-post-name-priya = Полина
content-the-fake-news-post-name-drtruth = DrTruth_Official
content-the-fake-news-post-name-healthsecrets = health.secrets.now
content-the-fake-news-post-name-naturalfix = TheNaturalFix_
content-the-fake-news-post-doctor-osei = доктор Анна Осипова
content-the-fake-news-post-doctor-lenz = доктор Павел Ленц
content-the-fake-news-post-doctor-chen = доктор Мэй Чен
content-the-fake-news-post-adult-mum = Мама
content-the-fake-news-post-adult-dad = Папа
content-the-fake-news-post-adult-uncle = Дядя Рафик

content-the-fake-news-post-intro = Суббота, день. Ты листаешь { $app }, и тут всплывает пост с 80 000 репостов. А { $friend } уже кидает его в группу вашего класса.
content-the-fake-news-post-the-post = ОМГ прочитайте!! Моя тётя болеет уже несколько месяцев, ей это НУЖНО. Все репостите, это может спасти жизни!!

content-the-fake-news-post-spot = Громкие заявления, сильные эмоции. Прежде чем верить, нажми на всё, что выдаёт этот пост.
content-the-fake-news-post-card-title = { $account }
content-the-fake-news-post-card-body = Звезда ТВ { $doctor } говорит: «Пейте только Glow Tonic 3 дня — и больше никогда не заболеете».
content-the-fake-news-post-part-account = { $account } · аккаунт создан 6 дней назад
content-the-fake-news-post-feedback-part-account = Совсем новый аккаунт с громкими новостями о здоровье — тревожный знак. У настоящих врачей и медицинских служб есть история, которую можно проверить.
content-the-fake-news-post-part-date = Опубликовано сегодня, 16:02
content-the-fake-news-post-feedback-part-date = Само по себе не улика: даты есть и у правдивых, и у ложных постов. Гораздо важнее, кто это опубликовал и что говорят другие источники.
content-the-fake-news-post-part-photo = Фото: { $doctor } улыбается и держит бутылку Glow Tonic
content-the-fake-news-post-feedback-part-photo = Присмотрись: рука и бутылка не совпадают. Поиск по картинке находит оригинальное фото — вообще без бутылки.
content-the-fake-news-post-part-link = Закажи набор на 3 дня: glowtonic-shop.biz, всего 24,99!
content-the-fake-news-post-feedback-part-link = Пост что-то продаёт. Чудо-средство со ссылкой на магазин — обычно реклама, переодетая в новости.
content-the-fake-news-post-part-wording = Врачи НЕ хотят, чтобы вы это знали! Репостните, пока это не ЗАПРЕТИЛИ!!!
content-the-fake-news-post-feedback-part-wording = Заглавные буквы, «секреты» и «репостни сейчас» нужны, чтобы включить эмоции и выключить мышление. Настоящим советам о здоровье не нужно тебя торопить.

content-the-fake-news-post-check-choice = Здесь что-то не так. Но { $friend } ждёт, что ты тоже сделаешь репост. Что ты сделаешь?
content-the-fake-news-post-choice-read-sideways = Поискать имя врача и это заявление в новой вкладке
content-the-fake-news-post-feedback-read-sideways = Это латеральное чтение — так работают фактчекеры: выйти из поста и посмотреть, что говорят о нём надёжные источники. Минута проверки лучше, чем долго разглядывать сам пост.
content-the-fake-news-post-choice-read-comments = Почитать комментарии: помогло ли это людям
content-the-fake-news-post-feedback-read-comments = Не спешить с репостом — умно. Но комментарии можно подделать: многие из них написаны с аккаунтов без фото в одну и ту же минуту. Проверяй источники за пределами поста.
content-the-fake-news-post-choice-share-too = Тоже репостнуть. Вдруг это кому-то поможет?
content-the-fake-news-post-feedback-share-too = Есть над чем подумать: хотеть помочь — это по-доброму, но из-за ложного лекарства люди могут отказаться от настоящего лечения. Сначала проверь, потом решай.

content-the-fake-news-post-fact-found = Нашлось! { $doctor } на своей настоящей странице пишет: «Это не мои слова. Питаться одним тоником 3 дня опасно». А медицинские службы сообщают, что такого лекарства не существует.

content-the-fake-news-post-kind-choice = А в группе класса смеются над тем, кто скинул пост: «лол, ты веришь во всё подряд», «как можно было на такое купиться». { $friend } больше ничего не пишет.
content-the-fake-news-post-choice-message-kindly = Отправить в личку то, что удалось найти: «{ $friend }, смотри»
content-the-fake-news-post-feedback-message-kindly = По-доброму и умно. Если поправить человека наедине и без насмешек, ему проще передумать. Умная подделка может обмануть любого.
content-the-fake-news-post-choice-stay-out = Не вмешиваться, это не моя драма
content-the-fake-news-post-feedback-stay-out = Не присоединяться — важно. Но { $friend } всё ещё верит фейку, а шутки ранят. Доброе личное сообщение помогло бы и с тем, и с другим.
content-the-fake-news-post-choice-laugh-along = Ответить смайликом, плачущим от смеха, как все
content-the-fake-news-post-feedback-laugh-along = Есть над чем подумать: травля превращает ошибку в унижение, а те, над кем смеются, редко меняют мнение. Доброта работает лучше.

content-the-fake-news-post-friend-thanks = Спасибо, что не смеёшься надо мной. Пост уже удалён. Но тётя уже заказала набор и хочет начать завтра...
content-the-fake-news-post-choice-report-and-help = Пожаловаться на пост и показать твоей тёте настоящую страницу врача
content-the-fake-news-post-feedback-report-and-help = Блестяще. Жалобы на ложные заявления о здоровье помогают { $app } удалять такие посты, а настоящие источники могут уберечь тётю от отказа от нормального лечения. Помочь может и кто-то из взрослых в семье.
content-the-fake-news-post-choice-delete-move-on = Пост удалён, так что давай на этом и остановимся
content-the-fake-news-post-feedback-delete-move-on = Удалить репост — хорошо. Но сам пост всё ещё в сети, и тётя всё ещё может попробовать тоник. Жалоба и разговор с ней могли бы её защитить.
content-the-fake-news-post-choice-try-kit = Пусть попробует, хуже не будет
content-the-fake-news-post-feedback-try-kit = Есть над чем подумать: поддельные лекарства могут навредить — и тем, что стоят денег, и тем, что заменяют настоящее лечение. Когда речь о здоровье, уточняй у врача или в надёжном источнике.

content-the-fake-news-post-shared = Твой репост собирает 30 лайков. А потом пишет твой младший двоюродный брат: «Мне перестать есть и пить только тоник? Раз это у тебя в репостах, значит, правда».
content-the-fake-news-post-fix-choice = Ой-ой. Люди доверяют тому, чем ты делишься, поэтому фейк от тебя кажется им правдой. Ещё не поздно всё исправить. Что ты сделаешь?
content-the-fake-news-post-choice-correct-tell = Удалить, выложить поправку и рассказать взрослому, которому доверяю
content-the-fake-news-post-feedback-correct-tell = Вот так всё и исправляют. Поправку увидят те, кто видел твой репост, а взрослый, которому доверяешь, проследит, чтобы с братом всё было в порядке. Каждого иногда обманывают.
content-the-fake-news-post-choice-delete-quietly = Тихо удалить свой репост
content-the-fake-news-post-feedback-delete-quietly = Удаление останавливает распространение через тебя. Но брат и другие уже всё видели. Короткая поправка и взрослый, которому доверяешь, помогли бы их уберечь.
content-the-fake-news-post-choice-leave-up = Оставить, пусть люди сами решают
content-the-fake-news-post-feedback-leave-up = Есть над чем подумать: брат уже решил поверить — потому что это был твой репост. Ложные посты о здоровье могут по-настоящему навредить. Передумать — это нормально.

content-the-fake-news-post-adult-helps = Спасибо, что рассказываешь, — для этого нужна смелость. Давай сейчас же позвоним брату, пожалуемся на пост в { $app } и вместе посмотрим настоящие советы о здоровье.

content-the-fake-news-post-end-safe = Тебе удалось проверить, прежде чем поверить, по-доброму поправить друга и пожаловаться на фальшивое лекарство. Именно так и останавливают дезинформацию.
content-the-fake-news-post-end-mixed = Фейк не пошёл дальше через тебя, но он всё ещё в сети, и никто на него не пожаловался. В следующий раз жалуйся на ложные посты и поговори с теми, кому они могут навредить.
content-the-fake-news-post-end-recovered = Сначала случился репост неправды, но потом тебе хватило смелости это признать, исправить и попросить помощи. Это смелее, чем никогда не ошибаться.
content-the-fake-news-post-end-mocked = После насмешек { $friend } выходит из группы класса — и всё ещё верит фейку. Никогда не поздно извиниться, рассказать, что удалось найти, и пожаловаться на пост.
content-the-fake-news-post-end-harmful = Фальшивое лекарство продолжает расходиться, и люди платят за него вместо настоящего лечения. Никогда не поздно пожаловаться и поговорить со взрослым, которому доверяешь.
