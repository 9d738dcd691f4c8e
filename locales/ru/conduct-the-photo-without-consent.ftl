# Поведение / агрессия: Выложили без спроса (13–15 лет), неловкое (не откровенное) фото опубликовано без согласия

conduct-the-photo-without-consent-title = Выложили без спроса
conduct-the-photo-without-consent-summary = По сети разлетается неловкое фото: человек из твоего класса спит в автобусе. А на посте есть отметка с твоим именем.
conduct-the-photo-without-consent-remember = Спрашивай, прежде чем выкладывать чьё-то фото, и никогда не распространяй снимки, на которые человек не давал согласия. Пожалуйся, поддержи человека и расскажи взрослому, которому доверяешь.

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $poster }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-name-ella = Эля
conduct-the-photo-without-consent-name-marcus = Марк
conduct-the-photo-without-consent-name-lina = Лина
conduct-the-photo-without-consent-name-jordan = jordan.lol
conduct-the-photo-without-consent-name-tyler = tyler_jokes
conduct-the-photo-without-consent-name-sofia = sofia.vibes
conduct-the-photo-without-consent-teacher-hart = Андрей Петрович
conduct-the-photo-without-consent-teacher-diallo = Диана Олеговна
conduct-the-photo-without-consent-teacher-berg = Борис Ильич

conduct-the-photo-without-consent-intro = Утро понедельника в { $app }. Пост от { $poster } набирает обороты, и в нём отмечена половина твоего класса — и ты тоже.

conduct-the-photo-without-consent-spot = С этим постом что-то не так. Нажми на всё, что делает его проблемным.
conduct-the-photo-without-consent-card-title = { $poster }
conduct-the-photo-without-consent-card-body = Фото: { $classmate } крепко спит в автобусе на школьной экскурсии, рот широко открыт, сверху наклейка со слюнями.
conduct-the-photo-without-consent-part-public = { $poster } · Публично
conduct-the-photo-without-consent-feedback-part-public = «Публично» значит, что увидеть, сохранить и переслать фото может кто угодно, а не только твой класс. Личный момент вышел из-под контроля, и { $classmate } больше не решает, что с ним будет.
conduct-the-photo-without-consent-part-caption = Подпись: спящая красавица ахахах #экскурсия
conduct-the-photo-without-consent-feedback-part-caption = Из-за подписи { $classmate } становится посмешищем. Выкладывать фото человека в беззащитный момент, например во сне, не спросив его, — не нормально.
conduct-the-photo-without-consent-part-shares = Поделились 214 раз
conduct-the-photo-without-consent-feedback-part-shares = Каждый репост разносит фото дальше, и удалить его всё сложнее. Когда оно уже в сети, никто не контролирует, куда оно попадёт.
conduct-the-photo-without-consent-part-tags = Отмечены: ты и ещё 12 одноклассников. { $classmate } — нет.
conduct-the-photo-without-consent-feedback-part-tags = Того, кто на фото, не отметили: { $classmate } может даже не знать, что этот пост существует. Разрешения никто не спрашивал. Это и есть публикация без согласия.
conduct-the-photo-without-consent-part-time = Опубликовано в 8:14
conduct-the-photo-without-consent-feedback-part-time = Время тут ни при чём. Важно другое: публиковать это фото или нет, решает { $classmate }, а согласия никто не спрашивал.

conduct-the-photo-without-consent-share-choice = ахахах, ничего смешнее в жизни не было. все репостите!!
conduct-the-photo-without-consent-choice-ask-takedown = Написать { $poster }: «Удали, на это никто не давал согласия»
conduct-the-photo-without-consent-feedback-ask-takedown = Хорошее решение. Личное сообщение даёт { $poster } шанс всё исправить без публичной ссоры. Спрашивай, прежде чем выкладывать чьё-то фото: это правило.
conduct-the-photo-without-consent-choice-scroll-on = Пролистать и не репостить
conduct-the-photo-without-consent-feedback-scroll-on = Если не репостить, через тебя фото дальше не пойдёт. Но пост всё ещё висит, а { $classmate } может даже не знать о нём. Ты можешь сделать больше.
conduct-the-photo-without-consent-choice-share-story = Выложить в сторис, это же просто шутка
conduct-the-photo-without-consent-feedback-share-story = Есть над чем подумать: то, что тебе кажется смешным, { $classmate } может переживать как кошмар. Если выкладывать чужое фото без согласия, оно расходится дальше — и с твоим именем.

conduct-the-photo-without-consent-poster-reply = расслабься, это шутка. и фото моё, снимок мой, значит, могу выкладывать.
conduct-the-photo-without-consent-report-choice = Да, автор фото — { $poster }, но это не даёт права выкладывать чужой снимок без спроса, а на нём — { $classmate }. Что дальше?
conduct-the-photo-without-consent-choice-report-check = Пожаловаться на пост и спросить: «{ $classmate }, ты как?»
conduct-the-photo-without-consent-feedback-report-check = Именно. В приложениях можно пожаловаться на фото, опубликованное без согласия, а благодаря твоей поддержке { $classmate } не останется с этим один на один.
conduct-the-photo-without-consent-choice-untag = Убрать свою отметку и не вмешиваться
conduct-the-photo-without-consent-feedback-untag = Если убрать отметку, твоего имени там не будет. Но фото всё ещё публичное, а { $classmate } всё ещё нуждается в поддержке.
conduct-the-photo-without-consent-choice-like-it = Ладно, это их фото. Лайкнуть и листать дальше.
conduct-the-photo-without-consent-feedback-like-it = Есть над чем подумать: сделать снимок не значит получить право выкладывать человека в сеть. Лайк говорит приложению — и { $poster }, — что всё нормально.

conduct-the-photo-without-consent-scrolled = К обеду у фото 600 репостов, и его комментируют ребята из других школ. В коридоре, когда мимо проходит { $classmate }, кто-то изображает храп.

conduct-the-photo-without-consent-classmate = Видишь фото из автобуса? Все надо мной смеются. Никто не спрашивал у меня разрешения это выкладывать. Я просто хочу, чтобы его удалили.
conduct-the-photo-without-consent-choice-adult-takedown = Это не твоя вина. Давай попросим о помощи: { $teacher } поможет.
conduct-the-photo-without-consent-feedback-adult-takedown = Идеально. Только сам человек решает, что делать со своими фото, и { $classmate } тоже. Взрослый, которому доверяешь, поможет быстро добиться удаления в { $app } и поговорит с автором поста.
conduct-the-photo-without-consent-choice-ignore-it = Ужас. Может, просто не обращать внимания?
conduct-the-photo-without-consent-feedback-ignore-it = Доброта важна, и { $classmate } её чувствует. Но если не обращать внимания, фото никуда не денется. Удалить его помогут кнопка жалобы и взрослый, которому доверяешь.
conduct-the-photo-without-consent-choice-revenge = В ответ выложить позорное фото { $poster }
conduct-the-photo-without-consent-feedback-revenge = Есть над чем подумать: пост-месть удваивает вред, и неприятности могут быть уже у тебя. Исправить всё помогут жалоба и помощь взрослых, а не второе фото.

conduct-the-photo-without-consent-adult-helps = Спасибо, что пришли ко мне. { $classmate }, твоей вины тут нет. Мы пожалуемся в { $app }, поговорим с { $poster } и проследим, чтобы фото удалили.

conduct-the-photo-without-consent-your-share = Твою сторис посмотрели 40 человек. А потом { $classmate } отвечает на неё: «серьёзно? и ты туда же?»
conduct-the-photo-without-consent-fix-choice = Ой. Этот ответ ранит, но всё ещё можно исправить. Что ты сделаешь?
conduct-the-photo-without-consent-choice-delete-sorry-tell = Удалить сторис, извиниться, и пусть { $teacher } узнает
conduct-the-photo-without-consent-feedback-delete-sorry-tell = Вот так всё и исправляют. Удаление останавливает твою часть распространения, извинение поможет: { $classmate } увидит, что тебе не всё равно, а взрослый, которому доверяешь, добьётся удаления оригинала.
conduct-the-photo-without-consent-choice-delete-story = Тихо удалить сторис
conduct-the-photo-without-consent-feedback-delete-story = Удалить — это помогает, но { $classmate } уже всё знает, а оригинал всё ещё висит. Извинение и жалоба по-настоящему изменили бы ситуацию.
conduct-the-photo-without-consent-choice-keep-story = Оставить, все же и так репостнули
conduct-the-photo-without-consent-feedback-keep-story = Есть над чем подумать: «все так сделали» не уменьшает боль, а умножает её. Удалить, извиниться и попросить помощи никогда не поздно.

conduct-the-photo-without-consent-adult-helps-late = Спасибо за честность. Удалить и извиниться — это правильные шаги. Я прослежу, чтобы оригинал удалили, и мы поговорим всем классом о согласии.

conduct-the-photo-without-consent-end-safe = Тебе удалось заметить фото, опубликованное без согласия, не распространять его и помочь добиться удаления — и { $classmate } это ценит. Вот как выглядит уважение в интернете.
conduct-the-photo-without-consent-end-mixed = Хуже не стало, но фото всё ещё в сети, а { $classmate } разбирается с этим в одиночку. Жалоба и разговор со взрослым, которому доверяешь, помогут его удалить.
conduct-the-photo-without-consent-end-recovered = Сначала был репост, но потом тебе хватило смелости признать ошибку, извиниться и помочь удалить фото. { $classmate } это видит. Исправлять ошибки — это смело.
conduct-the-photo-without-consent-end-harmful = Фото продолжает расходиться, и { $classmate } с ужасом думает о школе. Ещё не поздно: удали, извинись, пожалуйся и расскажи взрослому, которому доверяешь.
