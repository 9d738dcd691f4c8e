# Контент / ценности: Фейковый пост (13–15 лет)

content-the-fake-news-post-title = Фейковый пост
content-the-fake-news-post-summary = Вирусный пост утверждает, что известный врач нашёл чудо-лекарство, а твой друг просит всех им поделиться.
content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
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
content-the-fake-news-post-part-search = Кнопка поиска вверху
content-the-fake-news-post-feedback-part-search = Это не улика, но хорошая идея! Поискать врача и это заявление за пределами поста — вот как на самом деле проверяют.
content-the-fake-news-post-part-shares = Поделились 80 тыс. раз
content-the-fake-news-post-feedback-part-shares = Это ничего не доказывает: и правдивыми, и ложными постами могут делиться очень часто. Много репостов значит, что пост популярный, а не что он правдивый.
content-the-fake-news-post-part-link = Закажи набор на 3 дня: glowtonic-shop.biz, всего 24,99!
content-the-fake-news-post-feedback-part-link = Пост что-то продаёт. Чудо-средство со ссылкой на магазин — обычно реклама, переодетая в новости.
content-the-fake-news-post-part-wording = Врачи НЕ хотят, чтобы вы это знали! Репостните, пока это не ЗАПРЕТИЛИ!!!
content-the-fake-news-post-feedback-part-wording = Заглавные буквы, «секреты» и «репостни сейчас» нужны, чтобы включить эмоции и выключить мышление. Настоящим советам о здоровье не нужно тебя торопить.
content-the-fake-news-post-pic-joined = Аккаунту 6 дней
content-the-fake-news-post-pic-shares = 80 тыс.
content-the-fake-news-post-pic-date = Сегодня, 16:02
content-the-fake-news-post-pic-headline = Врачи НЕ хотят, чтобы вы это знали!
content-the-fake-news-post-pic-banned = Репостните, пока это не ЗАПРЕТИЛИ!!!
content-the-fake-news-post-pic-link = glowtonic-shop.biz
content-the-fake-news-post-pic-price = 24,99
content-the-fake-news-post-pic-buy = Купить

# Сыграй за другую сторону: собери пост-кликбейт о здоровье, а потом переверни его.
content-the-fake-news-post-craft-intro = Хочешь посмотреть, как делают такие посты? На один раунд ты переходишь на другую сторону. Это просто тренировка, ничего не публикуется: когда знаешь уловки, их гораздо легче заметить.
content-the-fake-news-post-craft = Ты ведёшь выдуманную страницу о здоровье. В посте есть место только для двух частей. Прочитай, кто его увидит, и выбери, что обманет каждого.
content-the-fake-news-post-craft-what = Пост для выдуманной страницы «Чудеса здоровья каждый день»
content-the-fake-news-post-t-crowd = Больше 2 миллионов человек уже клянутся, что это работает
content-the-fake-news-post-t-crowd-why = Толпа: «миллионы клянутся» делает других людей доказательством, а их никто не считал. Как заметить: популярное — не значит правдивое.
content-the-fake-news-post-t-coat = Фото улыбчивого «врача» в белом халате с бутылочкой в руках
content-the-fake-news-post-t-coat-why = Фальшивый авторитет: белый халат берёт доверие взаймы. Как заметить: врача назвали по имени? На его собственной странице сказано то же? Костюм — это не источник.
content-the-fake-news-post-t-hurry = Репостни в ближайший час, пока это не удалили!
content-the-fake-news-post-t-hurry-why = Спешка: «в ближайший час» не оставляет времени подумать. Как заметить: настоящая новость о здоровье будет правдой и завтра. Обратный отсчёт — повод притормозить.
content-the-fake-news-post-t-secret = Правда, которую от тебя скрывают, губит здоровье твоей семьи!
content-the-fake-news-post-t-secret-why = Эмоции: страх и злость заставляют чувствовать раньше, чем думать. Как заметить: если от поста колотится сердце, это момент остановиться, прежде чем делиться.
content-the-fake-news-post-t-study = Ссылка на полное исследование, чтобы каждый прочитал его сам
content-the-fake-news-post-t-study-why = Честно: настоящий источник никого не обманет — перейдя по ссылке, люди увидят, что там такого нет. Настоящие новости о здоровье всегда говорят, откуда они.
content-the-fake-news-post-t-free = Бутылочка в подарок первым 100, кто сделает репост
content-the-fake-news-post-t-free-why = Приз: подарок за репост быстро разгоняет пост, и обычно это слишком хорошо, чтобы быть правдой. Как заметить: спроси себя, что странице даёт твой репост.
content-the-fake-news-post-t-honest = Честно: это лечит не всё, сначала спроси своего врача
content-the-fake-news-post-t-honest-why = Честно: «спроси своего врача» отправляет людей к тому, кто разбирается, и уловка перестаёт работать. Поэтому фейковые посты эту фразу пропускают.
content-the-fake-news-post-p-joe = Дедушка Женя
content-the-fake-news-post-p-joe-about = Доверяет форме и званию: «они годами учились, им виднее»
content-the-fake-news-post-p-joe-why = Дедушка Женя уважает тех, кто долго учился, и обычно это мудро. Фейк просто надевает белый халат. Его защитит одно: проверить, что врач назван и существует, или спросить своего врача.
content-the-fake-news-post-p-maya = Майя, 14 лет
content-the-fake-news-post-p-maya-about = Боится за младшего брата, он часто болеет; действует, едва прочитав
content-the-fake-news-post-p-maya-why = Майя любит брата, а тревога за близкого заставляет любого действовать быстро. Страшные заявления и «сделай это сейчас» бьют именно туда. Лучшая защита для неё — пауза.
content-the-fake-news-post-p-sam = Саша, 15 лет
content-the-fake-news-post-p-sam-about = Во всём заодно с друзьями и быстро злится на любую несправедливость
content-the-fake-news-post-p-sam-why = Саша держится друзей и не терпит несправедливости. «Все репостят» и гневное «от нас скрывают правду» давят как раз на это, и люди делятся, не проверив. Пост так и задуман, Саша не виноват.
content-the-fake-news-post-craft-turn = А теперь переверни: эти уловки каждый день нацелены на тебя. Белый халат, страшный секрет, обратный отсчёт: остановись, проверь источник вне поста, спроси того, кому доверяешь, и пожалуйся на фейк.
content-the-fake-news-post-craft-back = Ты снова в { $app }, а тот пост всё ещё в группе класса: «врач с ТВ», большой секрет, «репостните, пока не ЗАПРЕТИЛИ». Теперь ты знаешь эти приёмы.
content-the-fake-news-post-remember = Прежде чем делиться, проверь, кто стоит за постом и что говорит настоящий источник: комментарии и репосты ничего не доказывают. Поправляй друзей наедине и жалуйся на ложные посты.
content-the-fake-news-post-part-photo = Фото: { $doctor } с бутылкой, этикетка приклеена криво
content-the-fake-news-post-feedback-part-photo = Присмотрись: криво приклеенная этикетка — признак отредактированного фото. Кто угодно может взять снимок настоящего врача и вклеить туда свой товар.

content-the-fake-news-post-check-choice = Что-то тут не так. Но { $friend } всё спрашивает, сделан ли уже репост. Что ты сделаешь?
content-the-fake-news-post-choice-comments = Проверю комментарии: помогло ли это другим людям?
content-the-fake-news-post-feedback-comments = Не спешить с репостом — умно. Но комментарии висят под тем же постом, написать «помогло» может кто угодно, и не видно, кто это. Ищи за пределами поста.
content-the-fake-news-post-choice-search = Проверю имя врача и это заявление в новой вкладке.
content-the-fake-news-post-feedback-search = Это латеральное чтение — так работают фактчекеры: выйти из поста и посмотреть, что другие источники говорят о враче и о заявлении. Аккаунт шестидневной давности это не подделает.
content-the-fake-news-post-choice-share = Это сказал настоящий врач, значит, безопасно. Репощу.
content-the-fake-news-post-feedback-share = Есть над чем подумать: в посте лишь утверждается, что это сказал врач. А пост — от аккаунта, которому 6 дней, со ссылкой на магазин. Хотеть помочь — по-доброму: сначала проверь, потом решай.

content-the-fake-news-post-c-comments = Верхние комментарии: «мне помогло!!» и «вылечило моего брата!». Непонятно, кто их написал, и до сих пор неясно, правда ли хоть что-то из этого.
content-the-fake-news-post-c-search = Нашлось! { $doctor } на своей настоящей странице пишет: «Это не мои слова. Пить только тоник 3 дня опасно». А сайт медицинской службы сообщает, что такого лекарства нет.
content-the-fake-news-post-pic-search = { $doctor } Glow Tonic
content-the-fake-news-post-pic-doctor = { $doctor }
content-the-fake-news-post-pic-quote = Это не мои слова.
content-the-fake-news-post-pic-quote-more = Пить только тоник 3 дня опасно.
content-the-fake-news-post-pic-service = Медицинская служба
content-the-fake-news-post-pic-service-says = Такого лекарства нет.

content-the-fake-news-post-sort = Теперь ты знаешь этот трюк. Прежде чем вернуться в чат класса, давай посмотрим остальную ленту. Куда отправишь каждый пост?
content-the-fake-news-post-post-weather-from = Городская метеослужба
content-the-fake-news-post-post-weather = Аномальная жара в воскресенье и понедельник: до +38 °C. Пейте больше воды, в полдень держитесь в тени и проведайте пожилых соседей.
content-the-fake-news-post-post-weather-why = Этим стоит поделиться: это аккаунт самой метеослужбы, в новостях пишут то же самое, а советы простые и ничего не продают. Это может помочь чьей-то бабушке.
content-the-fake-news-post-post-rumour-from = kiki.on.the.bus
content-the-fake-news-post-post-rumour = Говорят, в следующем году летние каникулы сократят на две недели. Мама моего друга работает в школе и слышала это в учительской.
content-the-fake-news-post-post-rumour-why = Этот сначала проверь: «кто-то слышал» — не источник. Если это правда, школа или управление образования напишут об этом на своих страницах.
content-the-fake-news-post-post-tonic-from = Glow Deals Today
content-the-fake-news-post-post-tonic = Glow Tonic изменил мою жизнь! Смотрите, вот фото: { $doctor } с бутылочкой. По моему промокоду GLOW50 — за полцены, только сегодня.
content-the-fake-news-post-post-tonic-why = Этот пост уже проверен: { $doctor } на своей настоящей странице пишет, что это неправда. Промокод и «только сегодня» — это реклама, а не новость.
content-the-fake-news-post-post-friend-from = { $friend }
content-the-fake-news-post-post-friend = Поздравляю мою младшую двоюродную сестрёнку: она целый год старалась и сегодня сдала зачёт по плаванию! Гордимся тобой, чемпионка!
content-the-fake-news-post-post-friend-why = Делись: пост добрый и правдивый, и его выложили, чтобы все могли поздравить. Внимательно проверять — не значит во всём сомневаться.
content-the-fake-news-post-post-poll-from = Официальная страница 9 «Б»
content-the-fake-news-post-post-poll = Опрос: кто самый бесячий человек в 9 «Б»? Лиза пока лидирует с большим отрывом. Голосуйте и репостите, итоги в пятницу!
content-the-fake-news-post-post-poll-why = Этот — нет: официальное название ничего не меняет. Опрос нужен, чтобы унизить Лизу, и каждый репост добавляет травли. Пожаловаться на него — тихий способ встать на её сторону.
content-the-fake-news-post-post-library-from = Библиотека «Зелёная долина»
content-the-fake-news-post-post-library = В следующую субботу открывается наша новая комната для подростков: игровой уголок, тихая зона для учёбы и 3D-принтер, который можно попробовать. Записывайтесь у Анны Сергеевны на стойке или на сайте!
content-the-fake-news-post-post-library-why = Можно делиться: это аккаунт самой библиотеки, проверить можно на её сайте или на стойке, и это хорошая новость для всех твоего возраста.

content-the-fake-news-post-c-share = Твой репост собирает 30 лайков. А потом пишет твой младший двоюродный брат: «Мне перестать есть и пить только тоник? Раз это у тебя в репостах, значит, правда».

content-the-fake-news-post-still-unsure = ну что, репостнуто?? тётя сегодня вечером заказывает набор!
content-the-fake-news-post-choice-unsure-share = Столько людей пишут, что помогло. Я доверяю. Репощу!
content-the-fake-news-post-feedback-unsure-share = Есть над чем подумать: комментарии и репосты можно подделать, и их количество не делает заявление правдой. Страница самого врача или медицинской службы расскажет больше.
content-the-fake-news-post-choice-unsure-search = Стоп. Кому доверять? Проверю, что пишет { $doctor }.
content-the-fake-news-post-feedback-unsure-search = Да. Комментарии не доказывают заявлений о здоровье, а страница самого врача или медицинской службы — доказывает. Выйти за пределы поста — вот как проверяют по-настоящему.

content-the-fake-news-post-kind-choice = А в группе класса смеются над тем, кто скинул пост: «лол, ты веришь во всё подряд», «как можно было на такое купиться». { $friend } больше ничего не пишет.
content-the-fake-news-post-pic-group = Группа класса
content-the-fake-news-post-pic-joke1 = лол, ты веришь во всё подряд
content-the-fake-news-post-pic-joke2 = как можно было на такое купиться
content-the-fake-news-post-choice-post-page = Выложу настоящую страницу в группу, чтобы всем помочь.
content-the-fake-news-post-feedback-post-page = Остановить фейк — важно. Но выкладывать это, пока в группе смеются, а { $friend } молчит, — значит подливать масла в огонь. Сначала личное сообщение — добрее и работает лучше.
content-the-fake-news-post-choice-laugh = Кину смайлик со слезами от смеха, как все остальные.
content-the-fake-news-post-feedback-laugh = Есть над чем подумать: травля превращает ошибку в унижение, а те, над кем смеются, редко меняют мнение. Доброта работает лучше.
content-the-fake-news-post-choice-dm-page = В личку: «{ $friend }, вот страница врача». Без шуток.
content-the-fake-news-post-feedback-dm-page = По-доброму и умно. Сообщение наедине с настоящим источником — и { $friend } может передумать без зрителей. Умная подделка может обмануть любого.

content-the-fake-news-post-c-post-page = Посту перестают делать репосты. Но шутки только злее: «даже друзья над тобой смеются, лол». { $friend } удаляет репост и молчит.
content-the-fake-news-post-c-laugh = Твой смайлик собирает 20 смешков. { $friend } выходит из группы класса. Позже приходит сообщение: «разве ты мне не друг? а тётя всё ещё хочет попробовать».
content-the-fake-news-post-c-dm-page = ох. спасибо, что не смеёшься надо мной. репост уже удалён.
content-the-fake-news-post-c-dm-page-quiz = и насчёт приложения-теста всё тоже подтвердилось. теперь перед репостом сначала спрошу тебя, обещаю

content-the-fake-news-post-aunt = тётя уже заказала набор. начинает завтра и меня не слушает...
content-the-fake-news-post-choice-aunt-report = Пожаловаться на пост и отправить ей страницу врача.
content-the-fake-news-post-feedback-aunt-report = Блестяще. Жалобы на ложные заявления о здоровье помогают { $app } удалять такие посты, а слова самого врача могут дойти до тёти лучше, чем чьё-то беспокойство.
content-the-fake-news-post-choice-aunt-choice = Репост удалён. А что ей пить — её личное дело.
content-the-fake-news-post-feedback-aunt-choice = Удалить репост — хорошо. Но пост всё ещё продаёт набор, а тётя не видела настоящих фактов. Жалоба и ссылка на страницу врача могли бы её уберечь.
content-the-fake-news-post-choice-aunt-try = Скажи ей, пусть попробует. Три дня точно не навредят.
content-the-fake-news-post-feedback-aunt-try = Есть над чем подумать: если 3 дня пить только один напиток, можно заболеть, а фальшивое лекарство может заменить настоящее лечение. В вопросах здоровья слушай врача или медицинскую службу.

content-the-fake-news-post-c-aunt-report = отправлено! она сначала спросит своего врача. и на пост тоже пожаловались
content-the-fake-news-post-c-aunt-choice = На следующий день { $friend } пишет: «тётя начала пить тоник. у неё кружится голова и слабость».
content-the-fake-news-post-c-aunt-try = Тётя начинает пить тоник и пропускает еду. А фейковый пост доходит до всё новых семей.

content-the-fake-news-post-aunt-dizzy = она говорит, это просто детокс работает. мне волноваться??
content-the-fake-news-post-choice-dizzy-detox = Детокс же утомляет, да? Пусть подождёт ещё день.
content-the-fake-news-post-feedback-dizzy-detox = Есть над чем подумать: «детоксом» фальшивые лекарства объясняют настоящие тревожные сигналы. Головокружение и слабость — это к врачу сейчас же. Взрослый, которому доверяешь, поможет.
content-the-fake-news-post-choice-dizzy-water = Скажи ей потерпеть. { $adult } пусть не волнуется.
content-the-fake-news-post-feedback-dizzy-water = Есть над чем подумать: «потерпеть» — как раз то, чего хочет фейковый пост. Головокружение — сигнал тревоги от тела. Сейчас как раз время сказать: { $adult } поможет найти врача.
content-the-fake-news-post-choice-dizzy-adult = Да! Давай попросим: пусть { $adult } ей позвонит.
content-the-fake-news-post-feedback-dizzy-adult = Верное решение. Когда здоровье под угрозой, взрослый может действовать быстро: позвонить тёте, врачу или на горячую линию. Вместе пожаловаться на пост — значит не дать ему дойти до других.

content-the-fake-news-post-c-dizzy-detox = Вы ждёте. Тётя в итоге попадает к врачу, слабая и с головокружением, а пост продолжает расходиться.
content-the-fake-news-post-c-dizzy-water = Она продолжает. К вечеру ей нужен врач, а фейковым постом всё ещё делятся.
content-the-fake-news-post-c-dizzy-adult = Правильно, что ты мне рассказываешь. Я сейчас же ей позвоню и отвезу к врачу. А потом вместе пожалуемся на этот пост в { $app }.

content-the-fake-news-post-fix-choice = Ой-ой. Люди доверяют тому, чем ты делишься, поэтому фейк от тебя кажется им правдой. Ещё не поздно всё исправить. Что ты сделаешь?
content-the-fake-news-post-choice-fix-leave = Пусть висит. Люди могут и сами проверить, так ведь?
content-the-fake-news-post-feedback-fix-leave = Есть над чем подумать: брат поверил, потому что это был твой репост, а большинство ничего не проверяет. Ложные посты о здоровье по-настоящему вредят. Передумать — это нормально.
content-the-fake-news-post-choice-fix-tell = Напишу брату «это фейк, не надо!» — и пусть { $adult } знает.
content-the-fake-news-post-feedback-fix-tell = Вот так это исправляют. Брат узнаёт правду от тебя, а взрослый, которому доверяешь, проверит, что с ним всё в порядке, и поможет пожаловаться. Обмануть можно любого.
content-the-fake-news-post-choice-fix-delete = Тихо удалю репост. Не скажу, и { $adult } не заметит.
content-the-fake-news-post-feedback-fix-delete = Удаление останавливает распространение через тебя. Но брат и другие уже всё видели и, может, верят. Короткая поправка уберегла бы их, а { $adult } поможет.

content-the-fake-news-post-c-fix-leave = Твой репост собирает всё больше лайков. Брат пропускает ужин ради тоника, а ещё трое друзей делают репост с твоей страницы.
content-the-fake-news-post-c-fix-delete = Репост исчезает. Но на следующее утро брат пишет: «Пропустил завтрак. Сегодня начинаю пить тоник!»

content-the-fake-news-post-fix-again = Брат всё ещё верит — ведь это было от тебя. Что теперь?
content-the-fake-news-post-choice-again-wait = Это всего лишь завтрак. Завтра скажу, и { $adult } разберётся.
content-the-fake-news-post-feedback-again-wait = Есть над чем подумать: один пропущенный завтрак может превратиться в три дня. Брат тебе доверяет, так что твои слова могут остановить это сейчас, а { $adult } поможет уже сегодня.
content-the-fake-news-post-choice-again-tell = Сейчас же позвоню брату и скажу: пусть { $adult } скорее вмешается.
content-the-fake-news-post-feedback-again-tell = Ты всё исправляешь. Брат узнаёт, что это фейк, а взрослый проверит, что с ним всё хорошо, и поможет пожаловаться на пост. Признать ошибку — это смело.

content-the-fake-news-post-c-again-wait = К обеду брата трясёт, а пост он уже разослал своим друзьям.

content-the-fake-news-post-repair = { $friend } обижается, а фейк всё ещё гуляет по сети. Что ты сделаешь?
content-the-fake-news-post-choice-repair-report = Извинюсь, скину страницу врача и пожалуюсь на пост.
content-the-fake-news-post-feedback-repair-report = Ты всё исправляешь. Искреннее извинение и настоящий источник могут спасти дружбу, а жалоба на пост не даст фейку дойти до новых людей.
content-the-fake-news-post-choice-repair-joke = Расслабься и доверься мне: это была шутка. Смеялись все.
content-the-fake-news-post-feedback-repair-joke = Есть над чем подумать: шутка — это шутка, только если смеются все, включая того, о ком она. Извиниться никогда не поздно.

content-the-fake-news-post-c-repair-report = ок. спасибо за извинение, это важно. покажу тёте настоящую страницу. и тоже пожалуюсь на пост.
content-the-fake-news-post-c-repair-joke = { $friend } не отвечает и держится подальше от группы класса, так и не понимая, где правда.

content-the-fake-news-post-adult-helps = Спасибо, что рассказываешь, — для этого нужна смелость. Брат уже на связи, с ним всё в порядке. Теперь давай пожалуемся на пост в { $app } и опубликуем короткую поправку.

content-the-fake-news-post-end-safe = Сначала проверка, потом доверие: { $friend } получает настоящие факты, на фальшивое лекарство подана жалоба, а тётя получает настоящий совет врача.
content-the-fake-news-post-end-recovered = На минуту всё пошло не так, но тебе хватило смелости это признать: правда дошла до тех, кто тебе доверяет, а на фейк подана жалоба. Это смелее, чем никогда не ошибаться.
content-the-fake-news-post-end-mocked = { $friend } чувствует себя униженно и всё ещё наполовину верит фейку. Фейк — не твоя вина, и ещё не поздно: извинись, скинь настоящую страницу и попроси помощи у взрослого, которому доверяешь.
content-the-fake-news-post-end-harmful = Фальшивое лекарство расходится дальше, и люди пробуют его вместо настоящего лечения. Поддаться обману — не твоя вина, и ещё не поздно: расскажи взрослому, которому доверяешь, — тебе помогут, — и пожалуйся на пост.
