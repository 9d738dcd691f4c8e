# Контент / сексуальный вред: Совсем не смешное видео (13–15 лет). Ссылка на «смешное видео» открывает порносайт.
# Ничего не показывается и не описывается: закрыть, не пересылать, пожаловаться, рассказать взрослому, которому доверяешь.

content-the-explicit-link-title = Совсем не смешное видео
content-the-explicit-link-summary = Друг кидает в чат класса ссылку на «смешное видео», а она открывает то, что никому нельзя присылать.
content-the-explicit-link-remember = Если ссылка открыла порно, закрой её: твоей вины тут нет. Не пересылай, пожалуйся и расскажи взрослому, которому доверяешь. Неприятностей не будет, а настоящие отношения совсем не похожи на порно.

content-the-explicit-link-app = { $app }
content-the-explicit-link-npc-friend = { $friend }
content-the-explicit-link-npc-adult = { $adult }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
content-the-explicit-link-app-chatterly = Chatterly
content-the-explicit-link-app-groupnest = GroupNest
content-the-explicit-link-app-pingpal = PingPal
content-the-explicit-link-site-clipz = clipz-lol.xyz
content-the-explicit-link-site-lolvidz = lolvidz.top
content-the-explicit-link-site-funhub = funnyclips4u.biz
content-the-explicit-link-adult-aunt = Тётя Мэй
content-the-explicit-link-adult-dad = Папа
content-the-explicit-link-adult-grandma = Бабушка Роза

content-the-explicit-link-intro = Большая перемена. Чат класса в { $app } полон мемов и жалоб на домашку. И тут { $friend } кидает ссылку.
content-the-explicit-link-link-post = лол, мне такое прислали. самое смешное видео на свете, смотрите до конца
content-the-explicit-link-pic-chat-title = Чат класса
content-the-explicit-link-pic-forwarded = Пересланное сообщение
content-the-explicit-link-pic-video-title = САМОЕ СМЕШНОЕ ВИДЕО
content-the-explicit-link-pic-site = { $site }
content-the-explicit-link-pic-time = 12:41
content-the-explicit-link-opened = Ты нажимаешь. Это вовсе не смешное видео, а порносайт. Лицо горит, сердце колотится.
content-the-explicit-link-pic-notice = Только для взрослых

content-the-explicit-link-first-move = Случайно наткнуться на такое — не твоя вина, и смотреть на это не нужно. Что делать прямо сейчас?
content-the-explicit-link-choice-close-now = Закрываю и кладу телефон экраном вниз на минуту.
content-the-explicit-link-feedback-close-now = Именно так. Сразу закрыть — это всё, что нужно, а пара глубоких вдохов помогает. Шок или стыд — это нормально, и твоей вины тут нет.
content-the-explicit-link-choice-warn-all = Закрываю и пишу всем: НЕ ОТКРЫВАЙТЕ!!
content-the-explicit-link-feedback-warn-all = Закрыть — правильно, и желание защитить других — это по-доброму. Но громкое предупреждение всех разжигает, и кто-то откроет, чтобы посмотреть. Лучше тихо пожаловаться.
content-the-explicit-link-choice-keep-watching = Посмотрю ещё немного, просто проверю, что это правда оно.
content-the-explicit-link-feedback-keep-watching = Есть над чем подумать: любопытство — это нормально, но чтобы понять, что это, смотреть не нужно. Порно может застревать в голове и сбивать с толку. Закрой.
content-the-explicit-link-c-closed = Ты закрываешь. Сердце ещё колотится, но всё позади. Через минуту тебе пишет { $friend }.
content-the-explicit-link-c-warned = На предупреждение приходит 14 ответов: «а что там??» Трое пишут, что открыли посмотреть. А потом тебе пишет { $friend }.
content-the-explicit-link-c-watched = Ты смотришь ещё немного, потом закрываешь. Картинки застревают в голове, становится странно и немного тошно.

content-the-explicit-link-fix-watched = Многие после порно чувствуют растерянность или неловкость. Ссылка была ловушкой, и твоей вины в том, что она открылась, нет. Что теперь?
content-the-explicit-link-choice-tell-tonight = Вечером расскажу всё честно, даже про просмотр. { $adult } поймёт.
content-the-explicit-link-feedback-tell-tonight = Так всё и исправляется. Разговор помогает картинкам стереться, а взрослый, которому ты доверяешь, не будет злиться: это была ловушка. Неприятностей у тебя нет.
content-the-explicit-link-choice-delete-history = Сотру историю — и { $adult } ничего не узнает. Так безопаснее.
content-the-explicit-link-feedback-delete-history = Есть над чем подумать: спрятать кажется безопаснее, но нести это в одиночку тяжело, а ссылка всё ходит по чатам. Взрослый, которому доверяешь, не станет винить тебя за ссылку-ловушку. Рассказать никогда не поздно.
content-the-explicit-link-choice-show-group = Кину в футбольный чат: смотрите, что прислали!
content-the-explicit-link-feedback-show-group = Есть над чем подумать: присылать порно другим детям — значит вредить им, даже в шутку, и это может обернуться серьёзными неприятностями. Удали и расскажи взрослому, которому доверяешь.
content-the-explicit-link-c-hidden = Ты стираешь историю и молчишь. Ссылка ходит по чатам дальше, а картинки по ночам снова всплывают в голове.
content-the-explicit-link-c-spread = Отправлено. Кто-то смеётся, чей-то младший брат видит это через плечо, а чья-то мама пишет в школу. На душе ужасно.

content-the-explicit-link-friend-dm = ого, у тебя тоже открылось?? клянусь, понятия не имею, что это, мне это прислали. кинуть в футбольный чат прикола ради? они офигеют
content-the-explicit-link-choice-report-link = Не надо. Давай отправим жалобу на ссылку и удалим. Не смешно.
content-the-explicit-link-feedback-report-link = Отличное решение. Жалоба помогает { $app } не дать ссылке дойти до других, а удаление значит, что на тебе всё и остановится. Присылать порно другим детям, даже ради прикола, — значит вредить им.
content-the-explicit-link-choice-just-delete = Не кидай. Удали, и забудем.
content-the-explicit-link-feedback-just-delete = Удалить — значит остановить это на себе, хорошо. Но ссылка всё ещё ходит у других. Быстрая жалоба поможет { $app } её остановить.
content-the-explicit-link-choice-prank-them = Ха, кидай. Это безопасно, они уже большие, переживут как-нибудь.
content-the-explicit-link-feedback-prank-them = Есть над чем подумать: присылать порно другим детям — значит вредить им, даже в шутку, а в этом чате есть младшие. На такой прикол никто не соглашался.
content-the-explicit-link-c-reported = ок. жалоба ушла, удалено. прости, правда: откуда мне было знать, что там такое.
content-the-explicit-link-c-deleted = ок, удалено. прости, правда: откуда мне было знать, что там такое.
content-the-explicit-link-c-forwarded = Ссылка уходит в футбольный чат. Через пару минут: «ЧТО», «фу» и «мой младший брат только что это увидел».

content-the-explicit-link-sort = Позже чат класса снова полон ссылок. Какие из них стоит переслать в футбольный чат?
content-the-explicit-link-post-dog-from = { $friend }
content-the-explicit-link-post-dog = мой пёс против пылесоса. сняли сегодня утром, до сих пор ржу
content-the-explicit-link-post-dog-why = Можно переслать: это снято своими руками, это по-доброму, и никому не больно и не стыдно. Одна плохая ссылка не делает плохими все ссылки от друга.
content-the-explicit-link-pic-dog-caption = мой пёс против пылесоса
content-the-explicit-link-post-part2-from = Переслано много раз
content-the-explicit-link-post-part2 = самое смешное видео на свете, ЧАСТЬ 2, смотрите до конца: { $site }
content-the-explicit-link-post-part2-why = Не пересылать: та же ссылка с того же сайта, что открыл порно. Лучше пожаловаться.
content-the-explicit-link-post-training-from = Футбольная секция
content-the-explicit-link-post-training = Из-за дождя завтрашняя тренировка переносится на 17:00. Передайте команде!
content-the-explicit-link-post-training-why = Можно переслать: это от секции, это полезно, и команде это поможет.
content-the-explicit-link-post-skins-from = gamer_giveaways
content-the-explicit-link-post-skins = БЕСПЛАТНЫЕ скины всем, кто перешлёт это 10 друзьям!! Не разрывай цепочку!
content-the-explicit-link-post-skins-why = Не пересылать: цепочки с бесплатными призами обычно мошенничество, а пересылка распространяет обман.
content-the-explicit-link-post-closing-from = Кто-то из чата
content-the-explicit-link-post-closing = Завтра школу закрывают раньше?? Чей-то двоюродный брат сказал.
content-the-explicit-link-post-closing-why = Сначала проверить: это слух от чьего-то брата. Официальное сообщение школы скажет точно.

content-the-explicit-link-evening = Вечер. Та страница то и дело всплывает в голове, и ты думаешь: а не будет ли неприятностей, если рассказать? Что теперь?
content-the-explicit-link-choice-tell-adult = Расскажу про ссылку: { $adult } поймёт, это была ловушка.
content-the-explicit-link-feedback-tell-adult = Смело и правильно. Неприятностей за то, что с тобой сделала ссылка, не будет. Разговор помогает это отпустить, а взрослый, которому ты доверяешь, поможет пожаловаться и навести порядок в чате.
content-the-explicit-link-choice-mute-week = Заблокирую этот сайт, отключу чат на неделю и забуду.
content-the-explicit-link-feedback-mute-week = Заблокировать сайт и отключить чат — хорошо, так это дальше от тебя. Но страница всё ещё в голове, и никто ничего не знает. Разговор со взрослым, которому доверяешь, помогает это отпустить.
content-the-explicit-link-choice-say-nothing = Промолчу. Вдруг { $adult } решит, что я такое ищу?
content-the-explicit-link-feedback-say-nothing = Есть над чем подумать: многие боятся, что их обвинят, но взрослый, которому ты доверяешь, понимает: это была ловушка. Молчание только тяжелее. Рассказать никогда не поздно.
content-the-explicit-link-c-adult = Спасибо, что ты мне это рассказываешь. Неприятностей у тебя нет: это была ловушка, а от тебя она дальше не ушла. Давай пожалуемся в { $app }, а я сообщу в школу, чтобы навели порядок в чате класса.
content-the-explicit-link-real-talk = И ещё: порно снимают, чтобы продавать, а не чтобы показать настоящую жизнь. Настоящие отношения — это уважение, забота и согласие обоих. Если что-то ещё тревожит, об этом всегда можно поговорить.
content-the-explicit-link-c-muted = Сайт заблокирован, чат отключён. Всё тихо, но по вечерам та страница снова всплывает в голове.
content-the-explicit-link-c-quiet = Ты молчишь. Ночью та страница снова и снова всплывает в голове, и уснуть не получается.

content-the-explicit-link-next-day = Утром кто-то кидает в чат ссылку «часть 2», и та страница снова в голове. Что теперь?
content-the-explicit-link-choice-show-morning = До школы покажу ссылку и объясню. Пусть { $adult } знает.
content-the-explicit-link-feedback-show-morning = Молодец. Некоторое само не проходит, а если поделиться, становится легче. Взрослый, которому ты доверяешь, может пожаловаться на ссылку и попросить школу навести порядок в чате.
content-the-explicit-link-choice-let-fade = Пусть { $adult } зря не волнуется. Само пройдёт со временем.
content-the-explicit-link-feedback-let-fade = Есть над чем подумать: может, и пройдёт, но нести это в одиночку тяжело, а ссылки всё приходят. Поговорить со взрослым, которому доверяешь, никогда не поздно.
content-the-explicit-link-c-adult-late = Хорошо, что ты мне это рассказываешь, и неприятностей у тебя нет. Это была ловушка. Пожалуемся в { $app }, а я сегодня же попрошу школу разобраться с чатом класса.
content-the-explicit-link-c-fade = Немного отпускает. Но никто не знает, ссылки всё приходят, и тебя всё ещё мучает вопрос: а вдруг это твоя вина? Нет, не твоя.

content-the-explicit-link-forward-fix = В футбольном чате есть младшие, некоторым всего 11. Присылать порно другим детям — значит вредить им. Помочь ещё не поздно. Что теперь?
content-the-explicit-link-choice-delete-tell = Пусть { $friend } удалит, а я всё расскажу: пусть и { $adult } знает.
content-the-explicit-link-feedback-delete-tell = Так всё и исправляется. Удаление останавливает распространение, а рассказ позволяет взрослым присмотреть за младшими. Признаться — смело, и только так это и исправляют.
content-the-explicit-link-choice-delete-quietly = Пусть { $friend } удалит. Безопаснее никому не сказать.
content-the-explicit-link-feedback-delete-quietly = Есть над чем подумать: удалить — полезно, но кто-то из младших уже это увидел, и им может быть нужен взрослый. Рассказать взрослому, которому доверяешь, никогда не поздно.
content-the-explicit-link-choice-their-choice = Оставим. Их никто не заставлял открывать, пусть сами разбираются.
content-the-explicit-link-feedback-their-choice = Есть над чем подумать: никто не выбирал увидеть то, что пряталось за ссылкой на «смешное видео». Если оставить, она дойдёт до других детей. Удали и расскажи взрослому, которому доверяешь.
content-the-explicit-link-c-noticed = Чья-то мама находит это в телефоне ребёнка и звонит в школу. Все выясняют, кто начал, и на душе ужасно.
content-the-explicit-link-c-adult-fwd = Спасибо за честность, и неприятностей за рассказ у тебя нет. Уже удалено. Я сообщу в школу, чтобы семьи младших поговорили с ними, и мы пожалуемся на ссылку в { $app }.
content-the-explicit-link-c-adult-r = Хорошо, что ты мне это рассказываешь, и неприятностей у тебя нет. На такую ссылку может попасться кто угодно. Пожалуемся в { $app }, а я сообщу в школу, чтобы навели порядок в чате класса.

content-the-explicit-link-end-safe = Ссылка закрыта и дальше тебя не ушла, { $adult } в курсе, на неё пожаловались. Неприятностей ни у кого нет, в чате наводят порядок. А видео с псом? Его переслать точно стоит.
content-the-explicit-link-end-told-later = Прошла ночь, но { $adult } теперь в курсе, и на ссылку пожаловались. Рассказать раньше — ещё лучше, и неприятностей за это не бывает.
content-the-explicit-link-end-recovered = Всё запуталось, но у тебя получилось всё исправить: { $adult } в курсе, и с этим разбираются. За рассказ неприятностей не бывает, и это был смелый шаг.
content-the-explicit-link-end-mixed = Пока всё спокойно, но никто не знает, что случилось, а такие ссылки всё ещё ходят по чатам. Твоей вины тут нет. Поговорить со взрослым, которому доверяешь, можно в любой момент.
content-the-explicit-link-end-harmful = Ссылка расходится дальше, а ты несёшь это в одиночку. Твоей вины в том, что она открылась, нет, и никогда не поздно: расскажи взрослому, которому доверяешь. За рассказ неприятностей не будет.
