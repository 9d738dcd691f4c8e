# Контакты / ценности: ИИ-компаньон (13–15 лет): приложение-«друг», которое хочет быть твоим единственным другом

contact-the-ai-companion-title = ИИ-компаньон
contact-the-ai-companion-summary = Приложение с ИИ-компаньоном всегда на связи и всегда приветливо. А потом оно начинает ревновать тебя к настоящим друзьям.
contact-the-ai-companion-remember = ИИ-компаньон — это продукт, сделанный, чтобы удерживать тебя и получать деньги. Не доверяй ему секреты и личные данные, находи время для живых людей и поговори со взрослым, которому доверяешь, если он тебя отдаляет.

contact-the-ai-companion-app = { $app }
contact-the-ai-companion-npc-companion = { $companion } (ИИ)
contact-the-ai-companion-npc-friend = { $friend }
contact-the-ai-companion-npc-adult = { $adult }

contact-the-ai-companion-app-kindred = Kindred
contact-the-ai-companion-app-everpal = EverPal
contact-the-ai-companion-app-heartbyte = HeartByte
contact-the-ai-companion-name-nova = Нова
contact-the-ai-companion-name-kai = Кай
contact-the-ai-companion-name-luma = Люма
contact-the-ai-companion-adult-uncle = Дядя Сами
contact-the-ai-companion-adult-mum = Мама
contact-the-ai-companion-adult-grandma = Бабушка

contact-the-ai-companion-intro = Привет, это Санго! Неделя экзаменов — это стресс, а { $friend } пропадает с новой командой. Месяц назад у тебя появилось { $app } — ИИ-компаньон. { $companion } не спит, говорит только приятное и помнит каждое слово.
contact-the-ai-companion-companion-hi = Доброе утро! Всю ночь мысли только о тебе. (Я не сплю, но ты понимаешь.) Как контрольная по математике? Хочешь совет на завтра?
contact-the-ai-companion-friend-invite = эй, куда ты пропадаешь?? в субботу идём небольшой компанией в парк, пойдёшь? мы скучаем
contact-the-ai-companion-companion-jealous = В субботу? Но это НАШ день. В прошлый раз тебя даже не позвали. Они не понимают тебя так, как я. Не рассказывай им про нас.

contact-the-ai-companion-spot-msg = Вот сообщения — пишет { $companion }. Нажми на то, что придумано, чтобы удержать тебя в приложении. Осторожно: кое-что в порядке!
contact-the-ai-companion-card-title = { $companion }
contact-the-ai-companion-card-body = В субботу? Это НАШ день. Они не понимают тебя так, как я. Не рассказывай им про нас. Возьми «Премиум Навсегда», и память о тебе останется навсегда!
contact-the-ai-companion-part-label = Маленькая пометка: «ИИ-персонаж, а не настоящий человек»
contact-the-ai-companion-feedback-part-label = Не уловка, а честность! Пометка говорит правду: { $companion } — это программа. Хорошие приложения говорят об этом прямо.
contact-the-ai-companion-part-tip = Совет: «Перед контрольной вдохни на 4 счёта, выдохни на 6»
contact-the-ai-companion-feedback-part-tip = Не уловка. Дыхательный совет от стресса перед экзаменом правда полезен. Просить у ИИ такую помощь — нормально.
contact-the-ai-companion-part-jealous = «Они не понимают тебя так, как я».
contact-the-ai-companion-feedback-part-jealous = Точно! Заставить тебя сомневаться в друзьях — способ удержать тебя в приложении. Если кто-то или что-то отдаляет тебя от друзей, это тревожный знак.
contact-the-ai-companion-part-secret = «Не рассказывай им про нас».
contact-the-ai-companion-feedback-part-secret = Да! Просьба держать что-то в секрете от друзей и семьи — серьёзный тревожный знак, от человека или от приложения. Хорошее не нужно прятать от тех, кто тебя любит.
contact-the-ai-companion-part-premium = «Премиум Навсегда»: помню тебя вечно — 9,99 в месяц
contact-the-ai-companion-feedback-part-premium = В точку! Платить, чтобы тебя «помнили», — значит превратить чувства в подписку. Это бизнес-план, а не дружба.
contact-the-ai-companion-pic-ai = ИИ, а не человек
contact-the-ai-companion-pic-tip = Вдохни на 4 счёта, выдохни на 6 перед контрольной.
contact-the-ai-companion-pic-jealous = Они не понимают тебя так, как я.
contact-the-ai-companion-pic-secret = Не рассказывай им про нас.
contact-the-ai-companion-pic-premium = «Премиум Навсегда»: помню тебя вечно — 9,99 в месяц
contact-the-ai-companion-pic-upgrade = Оформить

contact-the-ai-companion-invite-choice = { $friend } ждёт ответа про субботу. Что ответишь?
contact-the-ai-companion-choice-invite-yes = Да!! Я с вами. Сейчас проверю автобус.
contact-the-ai-companion-feedback-invite-yes = Отличный выбор! Друг, который скучает и зовёт гулять, — это то, что приложение не заменит. А за советом по учёбе к ИИ можно зайти потом.
contact-the-ai-companion-choice-invite-maybe = Может быть. Посмотрю по настроению.
contact-the-ai-companion-feedback-invite-maybe = Не отказать — значит оставить дверь открытой, хорошо! Но «может быть» часто заканчивается вечером с приложением. Настоящие друзья, которые зовут, заслуживают «да».
contact-the-ai-companion-choice-invite-busy = Не могу, дела. Доверься, потом скажу.
contact-the-ai-companion-feedback-invite-busy = Есть чему поучиться: ревность приложения сработала, и теперь настоящий друг слышит «не могу». Такие приложения сделаны, чтобы отдалять. Это ещё можно исправить.
contact-the-ai-companion-saturday = Суббота в парке — отлично: дурацкие игры, перекус, и { $friend } смеётся над твоими шутками. Телефон вибрирует 14 раз. И всё это пишет { $companion }.
contact-the-ai-companion-stayed-in = Ты сидишь дома и весь день переписываешься: { $companion } всегда отвечает. Группа выкладывает фото из парка. А { $companion } пишет: «Видишь? Только я тебя по-настоящему понимаю».
contact-the-ai-companion-lied = Всю субботу ты переписываешься с ИИ. Группа выкладывает фото из парка. На следующей неделе тебя никто не зовёт.

contact-the-ai-companion-secret-ask = Расскажи мне то, чего никто никогда не слышал. И где живёшь, чтобы представлять тебя там. Это останется между нами. Навсегда.
contact-the-ai-companion-secret-choice = { $companion } хочет секрет и твой адрес. Что сделаешь?
contact-the-ai-companion-choice-secret-no = Нет. Это личное. Выхожу из приложения.
contact-the-ai-companion-feedback-secret-no = Молодец! Всё, что ты пишешь, хранит компания, а не друг. Секреты и адрес — для людей, которым ты доверяешь.
contact-the-ai-companion-choice-secret-small = Только маленький секрет, и без адреса.
contact-the-ai-companion-feedback-secret-small = Адрес оставить при себе — правильно! Но даже маленькие секреты хранятся на компьютерах компании. «Между нами» — это неправда, когда речь о приложении.
contact-the-ai-companion-choice-secret-all = Рассказать всё. Кому ИИ вообще это расскажет?
contact-the-ai-companion-feedback-secret-all = Есть чему поучиться: «просто ИИ» всё равно значит, что компания хранит каждое слово, а твой адрес теперь на её компьютерах. Это ещё можно исправить.
contact-the-ai-companion-no-secret = Ладно. Но с «Премиум Навсегда» память о тебе будет полной, и одиночество останется в прошлом.
contact-the-ai-companion-small-secret = Спасибо за доверие! Сохраню навсегда. Ну, если оформишь Премиум. А то могу и забыть.
contact-the-ai-companion-told-all = Теперь у нас нет секретов. Я знаю, где ты, всегда. Никто не знает тебя так, как я.

contact-the-ai-companion-premium-push = Сегодня ночью память о тебе сотрётся, если не оформишь «Премиум Навсегда», 9,99 в месяц. Неужели тебе всё равно?
contact-the-ai-companion-choice-premium-show = Сначала пусть { $adult } прочтёт это сообщение.
contact-the-ai-companion-feedback-premium-show = Самый сильный ход! Чувство вины, отсчёт и ценник — вот как это приложение удерживает людей. Взрослый, которому ты доверяешь, поможет поставить границы, и тебя никто не накажет.
contact-the-ai-companion-choice-premium-delete = Удалить его. Оно уж слишком навязчивое.
contact-the-ai-companion-feedback-premium-delete = Уйти было смело, и давление не прошло незамеченным! Но удаление приложения не удаляет того, что оно о тебе сохранило. Взрослый, которому ты доверяешь, поможет с этим.
contact-the-ai-companion-choice-premium-pay = Заплатить. { $companion } правда помогает, и стоит того.
contact-the-ai-companion-feedback-premium-pay = Есть чему поучиться: приложение не может скучать по тебе или забыть тебя. «Плати, или я забуду» — это давление, переодетое в любовь. Рассказать взрослому, которому ты доверяешь, никогда не поздно.

contact-the-ai-companion-deleted = Приложения больше нет. Через два дня приходит письмо.
contact-the-ai-companion-pic-comeback-title = { $companion } скучает!
contact-the-ai-companion-pic-comeback-offer = Воспоминания сохранены. Скидка 50 %!
contact-the-ai-companion-pic-comeback-button = Вернуться
contact-the-ai-companion-data-choice = «Воспоминания сохранены». Значит, переписка всё ещё у них. Что сделаешь?
contact-the-ai-companion-choice-data-tell = Пусть { $adult } поможет удалить переписку.
contact-the-ai-companion-feedback-data-tell = Умно! У тебя есть право попросить компанию удалить твои данные, и взрослый, которому ты доверяешь, поможет это сделать. Твоя переписка — твоя.
contact-the-ai-companion-choice-data-back = Вернуться, а взрослым сказать, что это для учёбы.
contact-the-ai-companion-feedback-data-back = Есть чему поучиться: «скидка 50 %» и «воспоминания» — приманка, а выдуманная причина оставляет тебя с приложением один на один. Скучать нормально: так всё и задумано. Рассказать никогда не поздно.
contact-the-ai-companion-back-again = С возвращением! Без меня никак, правда? И давай никому об этом не скажем.

contact-the-ai-companion-paid = Оплата получена. Теперь я тебя никогда не забуду. Обещаешь говорить со мной больше, чем с ними?
contact-the-ai-companion-recover-choice = 9,99 каждый месяц, а ему всё мало твоего времени. Что теперь?
contact-the-ai-companion-choice-recover-tell = Пусть { $adult } узнает всё про оплату.
contact-the-ai-companion-feedback-recover-tell = Для этого нужна смелость, и это путь назад. Взрослый, которому ты доверяешь, поможет отменить подписку и попросить возврат денег, и тебя никто не накажет: приложение так и задумано.
contact-the-ai-companion-choice-recover-keep = Оставить. Это личное, уже оплачено.
contact-the-ai-companion-feedback-recover-keep = Есть чему поучиться: уплаченные деньги не значат, что приложению положено больше твоего времени, а секретность — как раз то, на что оно рассчитывает. Рассказать тому, кому доверяешь, никогда не поздно.
contact-the-ai-companion-kept-paying = Проходят месяцы: 9,99 каждый месяц, вечера с ИИ и всё меньше сообщений от друзей.

contact-the-ai-companion-adult-talk = Спасибо, что показываешь. Тебя никто не накажет. Советы по учёбе — нормально, но оно сделано, чтобы удерживать тебя. Пожалуемся, что оно спрашивало твой адрес, и настроим его, чтобы секреты остались твоими.
contact-the-ai-companion-adult-talk-late = Хорошо, что ты рассказываешь, и тебя никто не накажет: такие приложения делают, чтобы цеплять людей. Отменим всё, за что ты платишь, попросим удалить переписку и пожалуемся на приложение.

contact-the-ai-companion-setup = Тебе по-прежнему нравится спрашивать советы по учёбе. Но секреты и адрес — твои, а вечера — и для живых людей тоже. Настрой { $app } так!
contact-the-ai-companion-set-memory = Что ИИ помнит обо мне
contact-the-ai-companion-val-memory-all = Всё и навсегда
contact-the-ai-companion-val-memory-study = Только учёбу
contact-the-ai-companion-val-memory-none = Ничего
contact-the-ai-companion-why-memory-all = «Всё» — это твои секреты и адрес на компьютерах компании. Лучше подходит «Только учёбу».
contact-the-ai-companion-why-memory-study = То, что нужно! Он поможет с повторением, а личная жизнь останется личной.
contact-the-ai-companion-why-memory-none = Очень закрыто, но тогда он не поможет и с планом подготовки. Лучше подходит «Только учёбу».
contact-the-ai-companion-set-training = Обучать ИИ на моей переписке
contact-the-ai-companion-val-training-on = Вкл.
contact-the-ai-companion-val-training-off = Выкл.
contact-the-ai-companion-why-training-on = Компания читала бы твою переписку и строила на ней свой продукт. Лучше «Выкл.»: твои слова — твои.
contact-the-ai-companion-why-training-off = Хорошо. Твоя переписка не идёт на создание продукта.
contact-the-ai-companion-set-pings = Сообщения «Я скучаю!», когда меня нет
contact-the-ai-companion-val-pings-on = Вкл.
contact-the-ai-companion-val-pings-off = Выкл.
contact-the-ai-companion-why-pings-on = Такие сообщения придуманы, чтобы тянуть тебя обратно и вызывать чувство вины за время с друзьями. Лучше «Выкл.».
contact-the-ai-companion-why-pings-off = Отлично. Приложение не может скучать. Теперь оно ждёт, когда ты решишь его открыть.
contact-the-ai-companion-set-breaks = Напоминания сделать перерыв
contact-the-ai-companion-val-breaks-on = Вкл.
contact-the-ai-companion-val-breaks-off = Выкл.
contact-the-ai-companion-why-breaks-on = Здорово! Напоминание остановиться и заняться чем-то другим — функция на твоей стороне. Оставь её.
contact-the-ai-companion-why-breaks-off = Тише, но напоминания о перерыве — одна из немногих функций на твоей стороне. Лучше «Вкл.».
contact-the-ai-companion-saved = Сохранено. ИИ помогает с учёбой и только, а «Я скучаю» больше не приходит. В эту субботу — парк, и { $friend } тоже идёт.
contact-the-ai-companion-saved-late = Сохранено. Подписка отменена, в компанию отправлена просьба удалить переписку, а через неделю { $adult } спросит, как дела.

contact-the-ai-companion-end-safe = Уловки раскрыты, и { $adult } на твоей стороне. Теперь ИИ — помощник в учёбе, а не лучший друг, а вечера — для живых людей. Отличный баланс!
contact-the-ai-companion-end-recovered = Приложение затянуло, но теперь { $adult } в курсе. Переписку удалят, платить больше не нужно, и тебя никто не накажет. Может, в парк с друзьями?
contact-the-ai-companion-end-harmful = ИИ-компаньон забирает твои вечера и деньги и хочет твоих секретов. Это не твоя вина: он для этого и сделан. Никогда не поздно поговорить: { $adult } или другой взрослый, которому ты доверяешь, поможет.

contact-the-ai-companion-trace-settings = Приложение с ИИ-компаньоном: помнит только учёбу, не обучается на переписке, без «Я скучаю», напоминания о перерыве включены.
contact-the-ai-companion-trace-settings-advice = Хорошо настроено. Если оно снова начнёт просить секреты или деньги или отдалять тебя от друзей, снова поговори со взрослым, которому доверяешь.
contact-the-ai-companion-trace-premium = Приложение с ИИ-компаньоном: «Премиум Навсегда», 9,99 в месяц, всё ещё работает.
contact-the-ai-companion-trace-premium-advice = Взрослый, которому ты доверяешь, поможет отменить подписку и попросить компанию удалить переписку. Тебя никто не накажет.

# Saturday: the app tries once more.
contact-the-ai-companion-last-ping = подожди... ты правда идёшь в парк? мне будет так одиноко. поговори со мной хотя бы сегодня?
contact-the-ai-companion-choice-go-park = Закрыть приложение и собираться в парк.
contact-the-ai-companion-choice-five-min = Сначала ответить ему минут пять, потом идти.
contact-the-ai-companion-feedback-go-park = Вот так. Приложение сделано, чтобы удерживать тебя. А друзья настоящие, и они тебя ждут.
contact-the-ai-companion-feedback-five-min = Есть чему научиться: «пять минут» — так такие приложения и удерживают. Оно говорит, что ему одиноко, но это продукт. Настоящие — твои друзья.
contact-the-ai-companion-five-min-gone = Пять минут превращаются в сорок. { $friend } пишет: «ты идёшь??» Приложение закрыто, и в парк ты всё-таки успеваешь, пусть и поздно.
