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
content-the-shocking-video-name-zara = Зарина
content-the-shocking-video-name-leo = Лёва
content-the-shocking-video-name-amir = Амир
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = Мама
content-the-shocking-video-adult-dad = Папа
content-the-shocking-video-adult-aunt = Тётя Роза

content-the-shocking-video-intro = 10 вечера, и чат твоего класса в { $app } заполнен мемами про домашку. Час назад по ссылке-приглашению в группу зашёл кто-то незнакомый — { $stranger }.
content-the-shocking-video-video-drop = НАСТОЯЩАЯ драка на камеру, в конце совсем жесть. Смотрите, пока не удалили! Киньте во все свои группы.

content-the-shocking-video-friend-reacts = Кто-нибудь смотрел? Говорят, там кого-то сильно покалечили. Мне открыть?
content-the-shocking-video-choice-report-dont-share = Не открывай. Я кидаю жалобу, и, пожалуйста, не пересылайте его.
content-the-shocking-video-feedback-report-dont-share = Сильный ход. Жестокие видео могут застрять в голове, а каждый репост снова ранит того, кто на видео. Жалоба в { $app } поможет его удалить.
content-the-shocking-video-choice-scroll-past = Не открывать, просто пролистать
content-the-shocking-video-feedback-scroll-past = Не смотреть — значит защитить себя, хорошее решение. Но видео всё ещё расходится по классу. Быстрая жалоба и «пожалуйста, не пересылайте» могли бы его остановить.
content-the-shocking-video-choice-watch-forward = Посмотреть и переслать в футбольную группу
content-the-shocking-video-feedback-watch-forward = Есть над чем подумать: «смотрите, пока не удалили» — это крючок, чтобы заставить нажать. Пересылка разносит вред тем, кто вовсе не собирался такое смотреть.

content-the-shocking-video-watched = Ты смотришь несколько секунд. Всё оказывается хуже, чем ожидалось. Ты закрываешь видео, но картинки остаются в голове, а футбольная группа наполняется шокированными ответами.
content-the-shocking-video-upset-choice = Такое тяжело видеть, и чувствовать потрясение — совершенно нормально. Видео уже в футбольной группе, но это ещё можно исправить. Что теперь?
content-the-shocking-video-choice-delete-tell = Удалить пересылку, пожаловаться на видео, и пусть { $adult } узнает
content-the-shocking-video-feedback-delete-tell = Вот так всё и исправляют. Удаление останавливает распространение, жалоба помогает убрать видео, а разговор помогает картинкам поблёкнуть. Все ошибаются.
content-the-shocking-video-choice-delete-forget = Удалить пересылку и постараться забыть
content-the-shocking-video-feedback-delete-forget = Удалить — правильный первый шаг. Но тяжёлые видео могут возвращаться в мыслях снова и снова. Жалоба и разговор со взрослым, которому доверяешь, помогли бы и тебе, и другим.
content-the-shocking-video-choice-watch-again = Посмотреть ещё раз и прочитать все комментарии
content-the-shocking-video-feedback-watch-again = Есть над чем подумать: повторный просмотр обычно делает тяжёлые чувства сильнее, а не слабее. Можно закрыть видео, сделать перерыв и заняться чем-то, что успокаивает.

content-the-shocking-video-stranger-dm = Ты же из той группы, да? Если тебе зашло то видео, у меня есть кое-что намного жёстче. Добавь меня в приватном приложении, только родителям не говори, лол.
content-the-shocking-video-choice-block-report-stranger = Заблокировать { $stranger }, пожаловаться и предупредить админа группы
content-the-shocking-video-feedback-block-report-stranger = Абсолютно верно. Незнакомец, который подсовывает шокирующие видео, зовёт в приватное приложение и говорит «не говори родителям», подаёт сразу три тревожных сигнала.
content-the-shocking-video-choice-ignore-dm = Оставить сообщение прочитанным и не отвечать
content-the-shocking-video-feedback-ignore-dm = Пока ты не отвечаешь, ты в безопасности. Но { $stranger } всё ещё в чате класса и может писать другим. Блокировка и жалоба защитят всех.
content-the-shocking-video-choice-reply-stranger = Ответить: «ок, кидай»
content-the-shocking-video-feedback-reply-stranger = Есть над чем подумать: тот, кто присылает шокирующие видео и просит секретов от родителей, не заботится о тебе. Ответ покажет, что до тебя легко достучаться.

content-the-shocking-video-late-night = Почти 11, и после всего этого голова гудит. Расстраиваться из-за того, что видишь в интернете, — нормально. Как ты хочешь закончить вечер?
content-the-shocking-video-choice-talk-and-sleep = Отложить телефон и всё рассказать — пусть { $adult } знает
content-the-shocking-video-feedback-talk-and-sleep = Отличный выбор. Разговор делает тяжёлые чувства легче, а перерыв от экрана помогает мозгу успокоиться. { $adult } может помочь и с жалобами.
content-the-shocking-video-choice-mute-sleep = Выключить звук чата и лечь спать, но никому не говорить
content-the-shocking-video-feedback-mute-sleep = Перерыв и сон правда помогают. Но если видео снова всплывёт в голове, об этом можно поговорить. Не нужно нести это в одиночку.
content-the-shocking-video-choice-scroll-late = Листать чат до 2 ночи
content-the-shocking-video-feedback-scroll-late = Есть над чем подумать: если листать допоздна после чего-то тяжёлого, оно обычно кажется только больше, а сон пропадает. Можно выйти из сети и поговорить.

content-the-shocking-video-parent-talk = Спасибо, что рассказываешь. Потрясение — это нормально, и твоей вины тут нет. Давай вместе пожалуемся на видео и этот аккаунт и попросим учителя сменить ссылку-приглашение в чат класса.

content-the-shocking-video-more-clips = { $stranger } присылает ссылку на видео ещё хуже. А потом спрашивает, сколько тебе лет, и просит селфи, «чтобы доказать, что ты не стукач». Внутри всё холодеет.
content-the-shocking-video-sango-help = Мне тревожно. Шокирующие видео, секреты, а теперь ещё и селфи — это тревожные сигналы. Рассказать — это не стучать, а попросить помощи. Это не твоя вина, и ты можешь это остановить. Что ты сделаешь?
content-the-shocking-video-choice-stop-tell = Не отвечать, сделать скрины, заблокировать, и пусть { $adult } узнает
content-the-shocking-video-feedback-stop-tell = Смело и умно. Скриншоты — это доказательства, блокировка отрезает этого человека, а взрослый, которому доверяешь, поможет пожаловаться на аккаунт. Ругать тебя никто не будет.
content-the-shocking-video-choice-block-only = Заблокировать { $stranger }, но никому не говорить
content-the-shocking-video-feedback-block-only = Блокировка — хороший шаг! Но { $stranger } всё ещё может писать твоим одноклассникам. Взрослый, которому доверяешь, поможет пожаловаться на аккаунт, чтобы это прекратилось для всех.
content-the-shocking-video-choice-send-selfie = Отправить селфи, чтобы от меня отстали
content-the-shocking-video-feedback-send-selfie = Есть над чем подумать: если уступить, такие люди обычно просят больше, а не меньше. Перестать отвечать и попросить помощи никогда не поздно.

content-the-shocking-video-adult-helps-late = Как хорошо, что ты мне рассказываешь, и ругать тебя никто не будет. Давай вместе пожалуемся на видео и этот аккаунт и сообщим в школу. Если картинки будут возвращаться, помочь может и телефон доверия.

content-the-shocking-video-end-safe = Тебе удалось заметить тревожные сигналы, позаботиться о себе и всё обсудить. На видео и аккаунт поданы жалобы, а ночь прошла в спокойном сне. Вот это настоящая сила.
content-the-shocking-video-end-mixed = Пока ты в безопасности, но взрослые ничего не знают, а { $stranger } может всё ещё быть в чате класса. Пожаловаться и поговорить с кем-то никогда не поздно.
content-the-shocking-video-end-tired = В школе ты совсем без сил, а видео снова и снова прокручивается в голове. Выйти из сети и поговорить со взрослым, которому доверяешь, помогает куда больше, чем листать ленту.
content-the-shocking-video-end-recovered = Стало тяжело, но просьба о помощи всё изменила. На видео и аккаунт поданы жалобы. Рассказать об этом — смелый поступок.
content-the-shocking-video-end-harmful = { $stranger } продолжает писать и требует ещё. Это не твоя вина. Ещё не поздно: заблокируй, пожалуйся и расскажи взрослому, которому доверяешь, или позвони на телефон доверия.
