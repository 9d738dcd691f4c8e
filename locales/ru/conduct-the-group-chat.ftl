# Поведение / агрессия: Групповой чат (9–12 лет)

conduct-the-group-chat-title = Групповой чат
conduct-the-group-chat-summary = В чате класса все смеются над отредактированным фото одноклассника. Как поступит тот, кто умеет заступаться?
conduct-the-group-chat-remember = Не пересылай обидные посты и узнай, как дела у того, кого обижают. Сначала скриншоты, потом блок и жалоба — и расскажи взрослому, которому доверяешь.

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
conduct-the-group-chat-name-leo = Лёва
conduct-the-group-chat-name-jake = Егор
conduct-the-group-chat-name-finn = Федя
conduct-the-group-chat-teacher-amani = Амина Руслановна
conduct-the-group-chat-teacher-park = Павел Андреевич
conduct-the-group-chat-teacher-lopez = Лариса Петровна

conduct-the-group-chat-intro = У вашего класса есть групповой чат для домашки и шуток. Сегодня вечером там особенно шумно. Давай посмотрим вместе!
conduct-the-group-chat-photo-posted = { $sender } выкладывает фото, где { $classmate } из вашего класса переделан в огромного плачущего младенца. Подпись: «{ $classmate }-малыш ЛОЛ». Сыплются смеющиеся смайлики.
conduct-the-group-chat-pic-group = Чат класса
conduct-the-group-chat-pic-caption = { $classmate }-малыш ЛОЛ

conduct-the-group-chat-leo-asks = Ха-ха! Придумай смешную подпись и отправь ещё и в параллельный класс!
conduct-the-group-chat-choice-forward = Ладно, одну подпись. Все это уже и так давно видели.
conduct-the-group-chat-feedback-forward = Есть чему поучиться: когда все смеются, кажется, что это просто шутка. Но с каждым репостом { $classmate } становится ещё больнее. А если бы это был ты?
conduct-the-group-chat-choice-message-sam = Не перешлю. Лучше напишу ему: «{ $classmate }, ты как?»
conduct-the-group-chat-feedback-message-sam = Вот так и заступаются! Фото остановилось на тебе, а личное сообщение показывает, что { $classmate } не один. И чат не получает зрелища.
conduct-the-group-chat-choice-stop-public = Хватит всем! { $sender }, это подло. Удали сейчас же!
conduct-the-group-chat-feedback-stop-public = Верно, это подло, и сказать об этом — смело! Но спор на глазах у всего чата даёт травле больше зрителей. Лучше написать лично, чтобы { $classmate } знал, что не один, и позвать взрослого.

conduct-the-group-chat-forwarded = Твоя подпись всех смешит. К утру фото разлетелось по всей параллели. { $classmate } сидит в столовой один, а у тебя тяжело на душе.
conduct-the-group-chat-messaged = Ты не пересылаешь фото, а пишешь в личку: «{ $classmate }, ты как? Держишься?» Через минуту приходит ответ.
conduct-the-group-chat-pic-are-you-ok = Ты как? Держишься?
conduct-the-group-chat-called-out = { $sender } отвечает: «Расслабься, это ШУТКА». Другие начинают дразнить вас обоих, и кто-то запускает опрос: «{ $classmate } — малыш?» Потом { $sender } пишет тебе: «Голосуй, или ты следующий».

conduct-the-group-chat-sam-asks = Мне плохо. Я прямо сейчас всех заблокирую и выйду из чата. Только не говори учителю, будет ещё хуже.
conduct-the-group-chat-choice-block-all = Ладно, блокируй всех прямо сейчас. Я никому не скажу, обещаю.
conduct-the-group-chat-feedback-block-all = Быть рядом — важно, и { $classmate } это ценит! Но сразу блокировать — значит потерять доказательства, а секрет оставит его одного. Сначала скрины, потом блок, потом взрослый.
conduct-the-group-chat-choice-ignore-it = Просто не обращай внимания. К понедельнику все забудут.
conduct-the-group-chat-feedback-ignore-it = Есть чему поучиться: «не обращай внимания» звучит как хороший совет, но { $classmate } страдает прямо сейчас. Выслушать и позвать на помощь лучше, чем ждать.
conduct-the-group-chat-choice-screenshot-show = Сначала скрины. Потом вместе: пусть { $teacher } видит.
conduct-the-group-chat-feedback-screenshot-show = Добро и ум! Скриншоты сохраняют доказательства, пока ничего не заблокировано и не удалено. { $classmate } волнуется, это нормально, но взрослые могут остановить то, что не под силу детям.

conduct-the-group-chat-sam-blocked = { $classmate } блокирует всех и выходит из чата. Никто не сохранил ни фото, ни сообщения. На следующий день появляется опрос: «{ $classmate } — малыш?» А { $sender } пишет тебе: «Голосуй, или ты следующий».
conduct-the-group-chat-sam-quiet = { $classmate } перестаёт отвечать. К понедельнику фото видела вся параллель, и { $classmate } сидит в столовой один. У тебя тяжело на душе.
conduct-the-group-chat-shown-together = Спасибо, что пришли вдвоём. По этим скриншотам видно, что произошло. Рассказать мне — не ябедничество. Я спокойно во всём разберусь, и фото удалят.

conduct-the-group-chat-chat-meaner = В чате становится всё злее, и теперь { $sender } пишет и тебе. Что будешь делать?
conduct-the-group-chat-pic-poll = { $classmate } — малыш?
conduct-the-group-chat-pic-vote-or-next = Голосуй, или ты на очереди.
conduct-the-group-chat-choice-screenshot-first = Сначала скрины всего, потом блокирую и жалуюсь.
conduct-the-group-chat-feedback-screenshot-first = Правильный порядок! После блокировки сообщения могут пропасть из виду. Скрины сохранят доказательства для взрослых и приложения. А блок и жалоба всё это остановят.
conduct-the-group-chat-choice-block-now = { $sender } — сразу в блок. Не хочу ничего видеть.
conduct-the-group-chat-feedback-block-now = Защищать себя — правильно! Но сначала сделай скрины: после блокировки доказательства могут пропасть, а взрослым или приложению нужно видеть, что было написано.
conduct-the-group-chat-choice-vote = Проголосую, и пусть { $sender } от меня отстанет.
conduct-the-group-chat-feedback-vote = Есть чему поучиться: подыграть кажется способом избежать проблем. Но каждый голос делает травлю сильнее, { $classmate } всё это видит, а обидчики редко останавливаются.

conduct-the-group-chat-saved-reported = На скринах видно опрос и сообщения. { $sender } у тебя в блоке, на опрос отправлена жалоба, и приложение его удаляет. Но фото всё ещё у многих в телефонах.
conduct-the-group-chat-pic-poll-removed = Спасибо! Опрос удалён.
conduct-the-group-chat-pic-screenshots-saved = Скрины сохранены
conduct-the-group-chat-pic-blocked = { $sender } заблокирован
conduct-the-group-chat-blocked-fast = В телефоне становится тихо. Но то, что пишет { $sender }, больше не видно, опрос висит для всех остальных, а у тебя не сохранилось ничего, что можно показать.
conduct-the-group-chat-voted = { $sender } больше тебе не пишет. Но в опросе уже 30 голосов, а в школе { $classmate } сидит в столовой один. У тебя тяжело на душе.

conduct-the-group-chat-who-to-tell = В телефоне стало тише. Но завтра { $classmate } снова придёт в класс. Что дальше?
conduct-the-group-chat-choice-tell-friend = Расскажу лучшему другу. Учителя только всё портят.
conduct-the-group-chat-feedback-tell-friend = Есть чему поучиться: друг выслушает, но остановить это не сможет. А взрослый, которому доверяешь, сможет, и не сделает хуже. Это не ябедничество.
conduct-the-group-chat-choice-go-teacher = Утром всё объясню. Пусть { $teacher } знает.
conduct-the-group-chat-feedback-go-teacher = Вот так! { $teacher } может поговорить с классом и семьями и добиться, чтобы фото удалили. Рассказать взрослому — никогда не ябедничество. Так травля и прекращается.
conduct-the-group-chat-choice-no-fuss = Вроде всё уже стихло. Лучше не поднимать никакого шума.
conduct-the-group-chat-feedback-no-fuss = Есть чему поучиться: тихий вечер не значит, что всё закончилось. Фото всё ещё гуляет, и { $classmate } по-прежнему один с этим. Взрослый может это остановить.

conduct-the-group-chat-told-friend = Друг говорит: «Ужас!» Но никто из вас не знает, как это остановить, и утром { $classmate } входит в класс один.
conduct-the-group-chat-teacher-acts = Спасибо, что ты мне это рассказываешь. Это по-доброму и смело, и это не ябедничество. Я поговорю с классом и с семьями и прослежу, чтобы фото удалили.
conduct-the-group-chat-quiet-evening = Вечер проходит тихо. Но фото всё ещё у многих в телефонах, и весь следующий день { $classmate } ходит, опустив голову.

conduct-the-group-chat-fix-it = Всё зашло дальше, чем кто-то хотел. Но исправить ещё не поздно: { $classmate } всё ещё ждёт помощи. Что будешь делать?
conduct-the-group-chat-choice-delete-nobody = Промолчу и никому не скажу. Многие тоже так делали.
conduct-the-group-chat-feedback-delete-nobody = Есть чему поучиться: когда участвуют все, кажется, что никто не виноват. Но { $classmate } всё ещё страдает, и один человек может начать всё исправлять.
conduct-the-group-chat-choice-sorry-only = Извинюсь: «{ $classmate }, прости». И пусть всё утихнет.
conduct-the-group-chat-feedback-sorry-only = Извиниться — смело, и { $classmate } это оценит! Но фото всё ещё расходится, и остановить это для всех может только взрослый.
conduct-the-group-chat-choice-own-up = Пусть { $teacher } всё узнает, и про меня тоже.
conduct-the-group-chat-feedback-own-up = Вот как всё исправить! Признаться — смело, а { $teacher } поможет: { $classmate } будет не один, и фото удалят. Исправить ошибку — вот что главное.

conduct-the-group-chat-kept-quiet = Ты молчишь, а фото продолжает расходиться. Кто-то делает из него стикер, и { $classmate } перестаёт ходить в столовую.
conduct-the-group-chat-sam-thanks = Спасибо за извинение. Это очень много значит. Но фото уже везде, а теперь кто-то сделал из него стикер.
conduct-the-group-chat-teacher-late = Спасибо тебе за честность. Для этого нужна смелость, и у тебя не будет проблем из-за того, что ты мне рассказываешь. Давай добьёмся, чтобы фото удалили и { $classmate } снова чувствовал себя спокойно.

conduct-the-group-chat-last-chance = Извинение помогло: { $classmate } немного повеселел. Но стикер всё ещё гуляет. Что теперь?
conduct-the-group-chat-choice-show-where = Пусть { $teacher } увидит, где именно всплывает стикер.
conduct-the-group-chat-feedback-show-where = Отличная мысль! Когда видно, где всплывает стикер, { $teacher } может действовать быстро. Пойти ко взрослому — не ябедничество, а исправление ошибки.
conduct-the-group-chat-choice-warn-sender = Напишу: «{ $sender }, удали это, а то я пожалуюсь!»
conduct-the-group-chat-feedback-warn-sender = Есть чему поучиться: если предупредить обидчика, что пожалуешься, у него будет время удалить доказательства. Тихо сохрани скрины и иди ко взрослому, которому доверяешь.
conduct-the-group-chat-choice-up-to-others = Хватит с меня извинений. Пусть остальные разбираются.
conduct-the-group-chat-feedback-up-to-others = Есть чему поучиться: извинение — отличное начало. Но { $classmate } видит стикер снова и снова, а взрослый может остановить это для всех.

conduct-the-group-chat-teacher-last = Спасибо, что показываешь. Ты всё исправляешь, а для этого нужна смелость. Сегодня же добьюсь, чтобы фото и стикер удалили, и узнаю, как там { $classmate }.
conduct-the-group-chat-sender-deletes = { $sender } быстро удаляет первые посты, чтобы не на что было жаловаться. А потом стикер всплывает в другом чате.
conduct-the-group-chat-sticker-spreads = Стикер всплывает то в одном чате, то в другом. Каждый раз { $classmate } его видит, а тот, кто мог бы это остановить, ничего не знает.

conduct-the-group-chat-end-safe = Вот это поддержка! { $teacher } знает, что случилось, { $classmate } не один, а фото удаляют. Чат класса снова может быть добрым.
conduct-the-group-chat-end-mixed = В травле ты не участвуешь, и пока в телефоне тихо. Но ни один взрослый, которому можно доверять, не знает, что переживает { $classmate }. Фото всё ещё гуляет, и всё может начаться снова.
conduct-the-group-chat-end-recovered = Тебя втянуло в это, но потом ты всё исправляешь: { $teacher } теперь знает правду. Фото удаляют, и { $classmate } больше не один. Вот это настоящая смелость!
conduct-the-group-chat-end-harmful = Фото всё ещё расходится, и { $classmate } чувствует себя одиноким. Это начал не ты, а ошибка не делает тебя плохим человеком. Рассказать взрослому, которому доверяешь, никогда не поздно: он поможет.

# My phone: what stays on the phone after this level.
conduct-the-group-chat-trace-joined-in = Твоя подпись или голос в опросе про фото «{ $classmate }-малыш» — это видел весь класс.
conduct-the-group-chat-trace-joined-in-advice = Исправить никогда не поздно. Скажи: «{ $classmate }, прости», — и расскажи учителю: он поможет удалить фото.
