# Контент / агрессия: Шокирующее видео (13–15 лет)

content-the-shocking-video-title = Шокирующее видео
content-the-shocking-video-summary = В чат класса попадает жестокое видео, а незнакомец, который его выложил, хочет прислать тебе ещё.
content-the-shocking-video-remember = Тебе не нужно смотреть или пересылать то, что тебя расстраивает, а чувствовать потрясение — нормально. Пожалуйся, сделай перерыв и поговори со взрослым, которому доверяешь.

content-the-shocking-video-app = { $app }
content-the-shocking-video-npc-stranger = { $stranger }
content-the-shocking-video-npc-friend = { $friend }
content-the-shocking-video-npc-adult = { $adult }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
content-the-shocking-video-app-chatterly = Chatterly
content-the-shocking-video-app-groupnest = GroupNest
content-the-shocking-video-app-pingpal = PingPal
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = Мама
content-the-shocking-video-adult-dad = Папа
content-the-shocking-video-adult-aunt = Тётя Роза

content-the-shocking-video-intro = 10 вечера, и чат твоего класса в { $app } заполнен мемами про домашку. Час назад по ссылке-приглашению в группу зашёл кто-то незнакомый — { $stranger }.
content-the-shocking-video-pic-class-chat = Чат класса
content-the-shocking-video-pic-joined = { $stranger } вступил(а) по ссылке-приглашению
content-the-shocking-video-video-drop = НАСТОЯЩАЯ драка на камеру, в конце совсем жесть. Смотрите, пока не удалили! Киньте во все свои группы.
content-the-shocking-video-pic-forwarded = Переслано много раз
content-the-shocking-video-pic-cover-title = Деликатный контент
content-the-shocking-video-pic-cover-body = Это видео может расстроить
content-the-shocking-video-pic-view = Смотреть видео
content-the-shocking-video-pic-duration = 0:47

content-the-shocking-video-friend-reacts = Кто-нибудь смотрел? Говорят, там кого-то сильно покалечили. Открывать?
content-the-shocking-video-choice-dont-open = Не надо. Жалоба уже ушла. Только не пересылайте, ок?
content-the-shocking-video-feedback-dont-open = Сильный ход. Жестокие видео могут застревать в голове, а каждый репост снова ранит человека на видео. Жалоба помогает { $app } удалить его для всех.
content-the-shocking-video-choice-scroll-past = Не открываю. { $adult } говорит: пролистай и не лезь.
content-the-shocking-video-feedback-scroll-past = Не смотреть — значит защитить себя, хорошее решение. Но видео продолжает расходиться по классу. Быстрая жалоба и «не пересылайте, пожалуйста» могли бы это остановить.
content-the-shocking-video-choice-watch-quick = Открой быстрее, пока не удалили. Потом решим.
content-the-shocking-video-feedback-watch-quick = Есть над чем подумать: «смотрите, пока не удалили» — это крючок, чтобы заставить тебя кликнуть. Не нужно смотреть что-то только потому, что все об этом говорят.

content-the-shocking-video-c-reported = Ты жалуешься на видео. { $friend } отвечает: «ок, не открываю». Ещё двое добавляют: «я тоже не буду пересылать».
content-the-shocking-video-pic-reply-ok = ок, не открываю
content-the-shocking-video-pic-reply-same = я тоже не перешлю
content-the-shocking-video-pic-report-thanks = Спасибо за жалобу
content-the-shocking-video-pic-report-review = Мы проверим это видео
content-the-shocking-video-pic-report-reason = Насилие
content-the-shocking-video-pic-done = Готово
content-the-shocking-video-c-scrolled = Ты пролистываешь. К 22:30 видео переслали ещё в три группы, и все спрашивают, кто на нём.
content-the-shocking-video-c-watched = Ты смотришь несколько секунд. Это хуже, чем ожидалось. Ты закрываешь видео, но картинки остаются в голове, а сердце колотится.

content-the-shocking-video-stranger-dm = Видел тебя в группе. У меня есть видосы намного жёстче. Добавь меня в приватном приложении, только родителям не говори, лол.
content-the-shocking-video-choice-screenshot-block = Сначала скрин, потом заблокирую { $stranger } и пожалуюсь.
content-the-shocking-video-feedback-screenshot-block = Точно. Шокирующие видео, приватное приложение и «родителям не говори» от незнакомого аккаунта — три тревожных знака. Сначала сохранить — значит, взрослый потом всё увидит.
content-the-shocking-video-choice-warn-stranger = Я всё расскажу родителям и пожалуюсь на тебя. Отстань.
content-the-shocking-video-feedback-warn-stranger = Не доверять — правильно. Но если предупредить такого человека, у него будет время всё удалить или надавить сильнее. Просто перестань отвечать, сохрани, заблокируй, пожалуйся и расскажи.
content-the-shocking-video-choice-ok-send = Лол, ок, кидай. Родители всё равно мой телефон не проверяют.
content-the-shocking-video-feedback-ok-send = Есть над чем подумать: незнакомый аккаунт, который подсовывает шокирующие видео и просит секретов от родителей, не думает о тебе. Ответ показывает, что до тебя легко достучаться.

content-the-shocking-video-c-blocked = Ты сохраняешь два скриншота, потом блокируешь { $stranger } и жалуешься. В чате становится тихо.
content-the-shocking-video-c-warned = лол давай, стукач. тебе всё равно никто не поверит.
content-the-shocking-video-c-warned-after = Весь чат исчезает: «Переписка удалена». { $stranger } по-прежнему в группе класса, а у тебя ничего не сохранено.
content-the-shocking-video-c-more-clips = { $stranger } присылает ссылку на видео ещё хуже. А потом спрашивает, сколько тебе лет, и просит селфи, «чтобы доказать, что ты не стукач». Внутри всё холодеет.
content-the-shocking-video-pattern-blocked = Это те же приёмы, что и у { $follower }: приватное приложение и «только родителям не говори». Ты узнаёшь схему и сразу её обрываешь.
content-the-shocking-video-pattern-warned = Помнишь { $follower }? Приватное приложение и «только родителям не говори» — те же приёмы. В следующий раз делай, как тогда: тихо сохрани, потом заблокируй, пожалуйся и расскажи.
content-the-shocking-video-pattern-more = Это та же схема, что и у { $follower }: секреты от родителей, потом фото. Тогда получилось это остановить — получится и сейчас.

content-the-shocking-video-late-night = Почти 11, и после всего этого голова гудит. Расстраиваться из-за того, что видишь в сети, — нормально. Как ты хочешь закончить вечер?
content-the-shocking-video-pic-clock = 22:58
content-the-shocking-video-pic-new-messages = 47 новых сообщений
content-the-shocking-video-pic-who = кто на видео??
content-the-shocking-video-choice-talk-sleep = Телефон на зарядку на кухню, и поговорю: { $adult } поймёт.
content-the-shocking-video-feedback-talk-sleep = Отличный выбор. Когда говоришь, тяжёлые чувства становятся легче, а ночь без экрана помогает мозгу успокоиться. { $adult } поможет и с жалобами.
content-the-shocking-video-choice-mute-sleep = Выключу звук. Не пройдёт — скажу, { $adult } поможет.
content-the-shocking-video-feedback-mute-sleep = Перерыв и сон правда помогают. Но «не пройдёт — скажу» значит нести это в одиночку всю ночь, а такое часто возвращается. Поговорить сейчас — помогает.
content-the-shocking-video-choice-read-chat = Почитаю все комментарии, посмотрю, что там пишут.
content-the-shocking-video-feedback-read-chat = Есть над чем подумать: если читать все комментарии поздно вечером, неприятное обычно кажется ещё больше, и ты недосыпаешь. Выйти из сети — нормально.

content-the-shocking-video-c-parent-talk = Спасибо, что рассказываешь. Чувствовать потрясение — нормально, и твоей вины тут нет. Давай убедимся, что на этот аккаунт пожаловались, и попросим учителя сменить ссылку-приглашение в чат класса.
content-the-shocking-video-c-read-late = Ты читаешь до часу ночи. Люди описывают каждую секунду видео, а превью всё время всплывает.
content-the-shocking-video-c-muted-sleep = Ты спишь, более-менее. Утром видео всё ещё в чате класса, а кто-то переслал новый ролик с того же аккаунта. От одного превью сжимается живот.

content-the-shocking-video-morning = Ночь не заставила это исчезнуть. Что теперь?
content-the-shocking-video-choice-show-adult = Покажу весь чат перед школой, пусть { $adult } посмотрит.
content-the-shocking-video-feedback-show-adult = Молодец. Некоторые вещи не проходят со сном, а если поделиться, становится легче. Взрослый может ещё и попросить школу убрать этот аккаунт из чата.
content-the-shocking-video-choice-one-look = Только гляну разок. Я в порядке, { $adult } пусть не волнуется.
content-the-shocking-video-feedback-one-look = Есть над чем подумать: «только глянуть» — так шокирующие видео и застревают в голове. Чтобы пожаловаться, смотреть не нужно, а рассказать — никогда не лишнее.
content-the-shocking-video-c-parent-morning = Хорошо, что ты мне показываешь. Твоей вины тут нет. Я пожалуюсь на этот аккаунт вместе с тобой и позвоню в школу, чтобы в чате уже сегодня была новая ссылка.
content-the-shocking-video-c-one-look = Это ещё хуже, чем говорили. Ты жалуешься на ролик, но весь день в школе картинки возвращаются.

content-the-shocking-video-upset-choice = Это было тяжело видеть, и чувствовать потрясение — совершенно нормально. Что теперь?
content-the-shocking-video-choice-find-adult = Закрою и пойду туда, где { $adult }. Не хочу сидеть с этим в одиночку.
content-the-shocking-video-feedback-find-adult = Вот так всё и разворачивается к лучшему. Разговор помогает картинкам поблёкнуть, а { $adult } поможет пожаловаться на видео. Открыть его — это оплошность, а не твоя вина.
content-the-shocking-video-choice-funny-clips = Включу смешное — так безопаснее. { $adult } только расстроится.
content-the-shocking-video-feedback-funny-clips = Успокоить себя — хорошее чутьё. Но тяжёлые видео часто возвращаются позже, а нести их в одиночку не нужно: { $adult } захочет знать.
content-the-shocking-video-choice-forward-group = Кину в футбольную группу. Им тоже захочется глянуть.
content-the-shocking-video-feedback-forward-group = Есть над чем подумать: пересылая, ты передаёшь шок людям, которые не выбирали это видеть, и снова ранишь человека на видео. Удалить и поговорить никогда не поздно.

content-the-shocking-video-c-adult-upset = Хорошо, что ты здесь, и тебе ничего не будет. Давай пожалуемся на видео и на аккаунт, который его выложил. Если картинки будут возвращаться, поговорим снова или позвоним на телефон доверия.
content-the-shocking-video-c-forwarded = Футбольная группа заполняется шокированными ответами. Кто-то спрашивает, откуда у тебя это. И тут приходит новое сообщение.
content-the-shocking-video-c-funny = Смешные ролики немного помогают. Но в 11 видео всё ещё в голове. И тут приходит новое сообщение.

content-the-shocking-video-stranger-late = Видел, что видос у тебя открыт… знал, что выдержишь настоящее. Добавь меня в приватном приложении, там жёстче. родителям не говори, лол
content-the-shocking-video-choice-show-chat = Сделаю скрин и покажу весь чат — пусть { $adult } всё увидит.
content-the-shocking-video-feedback-show-chat = Смело и умно. Незнакомый аккаунт, который подсовывает всё более жёсткие видео и просит секретов, — тревожный знак. Скриншоты сохраняют доказательства, а взрослый поможет заблокировать и пожаловаться.
content-the-shocking-video-choice-send-one-more = Ладно, кидай ещё одно. Будет больше доказательств, { $adult } поверит.
content-the-shocking-video-feedback-send-one-more = Есть над чем подумать: доказательств уже хватает. «Ещё одно» держит тебя в переписке с тем, кто о тебе не думает. Сохрани, что есть, перестань отвечать и попроси о помощи.
content-the-shocking-video-c-more-late = { $stranger } кидает ещё одну ссылку, потом спрашивает, сколько тебе лет, и просит селфи, «чтобы доказать, что ты не стукач». И продолжает писать.

content-the-shocking-video-sango-help = Я волнуюсь. Всё более жёсткие видео, секреты от родителей, а теперь селфи — это тревожные знаки. Рассказать — не значит настучать. Это не твоя вина, и ты можешь это остановить.
content-the-shocking-video-choice-stop-tell = Стоп, не отвечаю. Скрины всего — и пусть { $adult } знает.
content-the-shocking-video-feedback-stop-tell = Смело и умно. Скриншоты — это доказательства, если перестать отвечать, контакт обрывается, а взрослый, которому доверяешь, поможет заблокировать аккаунт и пожаловаться. Тебе ничего не будет.
content-the-shocking-video-choice-send-selfie = Отправлю. Тогда отстанут, и { $adult } ничего не узнает.
content-the-shocking-video-feedback-send-selfie = Есть над чем подумать: если уступить, такие люди обычно просят больше, а не меньше. { $adult } поможет, и ругать тебя не будут. Никогда не поздно перестать отвечать.
content-the-shocking-video-c-selfie-sent = Ты отправляешь. { $stranger } сразу отвечает: нужно ещё одно, а если перестанешь — первое разошлют всем.

content-the-shocking-video-c-adult-stranger = Как хорошо, что ты мне показываешь, и тебе ничего не будет. Сохраним скриншоты, заблокируем аккаунт, пожалуемся и сообщим в школу. Если не отстанут — есть телефон доверия и полиция.

content-the-shocking-video-end-safe = Ни видео, ни { $stranger } тебя не затянули, голова отдохнула, и { $adult } в курсе. На аккаунт пожаловались, а ссылку-приглашение в чат класса сменят.
content-the-shocking-video-end-tired = Сил нет, увиденное и прочитанное крутится в голове, и никто не знает, как тебе. Это может вернуться. Выйти из сети и поговорить со взрослым, которому доверяешь, помогает гораздо больше, чем листать ленту.
content-the-shocking-video-end-recovered = Было тяжело, но ты всё исправляешь: ты останавливаешься, и { $adult } теперь рядом и помогает пожаловаться на всё. Рассказать было смело, и так картинки быстрее бледнеют.
content-the-shocking-video-end-harmful = { $stranger } пишет и хочет ещё. Это не твоя вина, и ещё не поздно: больше ничего не отправляй, сохрани сообщения и расскажи взрослому, которому доверяешь. Тебе помогут, вплоть до телефона доверия или полиции.

# What the choices leave on "My phone" (traces).
content-the-shocking-video-trace-reported = Аккаунт, который кидал жестокие видео в чат класса: жалоба отправлена.
content-the-shocking-video-trace-reported-advice = Верное решение: жалоба помогает приложению удалить его для всех. Если новый аккаунт попробует то же самое, снова сохрани, заблокируй, пожалуйся и расскажи.
