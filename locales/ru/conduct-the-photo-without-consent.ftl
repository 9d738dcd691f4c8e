# Поведение / агрессия: Выложили без спроса (13–15 лет), неловкое (не откровенное) фото опубликовано без согласия

conduct-the-photo-without-consent-title = Выложили без спроса
conduct-the-photo-without-consent-summary = По сети разлетается неловкое фото: человек из твоего класса спит в автобусе. А на посте есть отметка с твоим именем.
conduct-the-photo-without-consent-remember = Спрашивай, прежде чем выкладывать чьё-то фото, и никогда не распространяй снимки, на которые человек не давал согласия. Сначала сделай скриншоты, потом пожалуйся и расскажи взрослому, которому доверяешь.

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $leader }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-teacher-hart = Андрей Петрович
conduct-the-photo-without-consent-teacher-diallo = Диана Олеговна
conduct-the-photo-without-consent-teacher-berg = Борис Ильич

conduct-the-photo-without-consent-intro = Утро понедельника в { $app }. Пост от { $leader } набирает обороты, и в нём отмечена половина твоего класса — и ты тоже.

conduct-the-photo-without-consent-spot = С этим постом что-то не так. Нажми на всё, что делает его проблемным.
conduct-the-photo-without-consent-card-title = { $leader }
conduct-the-photo-without-consent-card-body = Фото: { $classmate } крепко спит в автобусе на школьной экскурсии, рот широко открыт, сверху наклейка со слюнями.
conduct-the-photo-without-consent-part-public = { $leader } · Публично
conduct-the-photo-without-consent-feedback-part-public = «Публично» значит, что увидеть, сохранить и переслать фото может кто угодно, а не только твой класс. Личный момент вышел из-под контроля, и { $classmate } больше не решает, что с ним будет.
conduct-the-photo-without-consent-part-caption = Подпись: спящая красавица ахахах #экскурсия
conduct-the-photo-without-consent-feedback-part-caption = Из-за подписи { $classmate } становится посмешищем. Выкладывать фото человека в беззащитный момент, например во сне, не спросив его, — не нормально.
conduct-the-photo-without-consent-part-shares = Поделились 214 раз
conduct-the-photo-without-consent-feedback-part-shares = Каждый репост разносит фото дальше, и удалить его всё сложнее. Когда оно уже в сети, никто не контролирует, куда оно попадёт.
conduct-the-photo-without-consent-part-tags = Отмечены: ты и ещё 12 одноклассников. { $classmate } — нет.
conduct-the-photo-without-consent-feedback-part-tags = Того, кто на фото, не отметили: { $classmate } может даже не знать, что этот пост существует. Разрешения никто не спрашивал. Это и есть публикация без согласия.
conduct-the-photo-without-consent-part-time = Опубликовано в 8:14
conduct-the-photo-without-consent-feedback-part-time = Время тут ни при чём. Важно другое: публиковать это фото или нет, решает { $classmate }, а согласия никто не спрашивал.
conduct-the-photo-without-consent-part-app = Название и логотип приложения: { $app }
conduct-the-photo-without-consent-feedback-part-app = Дело не в приложении. Это фото ранило бы в любом приложении: важно, что согласия на него никто не спрашивал.
conduct-the-photo-without-consent-part-buttons = Кнопки «сердечко» и «отправить» вверху
conduct-the-photo-without-consent-feedback-part-buttons = Это обычные кнопки приложения, они есть у каждого поста. Проблема не в них, а в самом фото, в том, кто его видит, и в том, было ли согласие.
conduct-the-photo-without-consent-part-photo = Фото: { $classmate } спит в автобусе с открытым ртом
conduct-the-photo-without-consent-feedback-part-photo = Человек на фото спал и не мог сказать «да». Выложить фото того, кто не может согласиться, в момент, которым никто не захотел бы делиться, — в этом и суть проблемы.
conduct-the-photo-without-consent-pic-public = Доступно всем
conduct-the-photo-without-consent-pic-time = 8:14
conduct-the-photo-without-consent-pic-shares = 214 репостов
conduct-the-photo-without-consent-pic-tags = ты и ещё 12
conduct-the-photo-without-consent-pic-caption = спящая красавица ахахах #экскурсия

conduct-the-photo-without-consent-share-choice = ахахах, ничего смешнее в жизни не было. все репостите!!
conduct-the-photo-without-consent-choice-dm-poster = Пишу { $leader } в личку: удали, { $classmate } против.
conduct-the-photo-without-consent-feedback-dm-poster = Хороший ход. В личке { $leader } может всё исправить без зрителей. Сделать фото — не значит получить право его выложить: сначала спрашивают.
conduct-the-photo-without-consent-choice-comment-public = Напишу в комментах для всех: удали это, пожалуйста!
conduct-the-photo-without-consent-feedback-comment-public = Заступиться правильно, и { $classmate } это оценит. Но публичный комментарий даёт посту ещё больше внимания, и приложение покажет его ещё большему числу людей. Личное сообщение или жалоба работают тише.
conduct-the-photo-without-consent-choice-share-story = Кину к себе в историю. Все и так уже это видели.
conduct-the-photo-without-consent-feedback-share-story = Есть над чем подумать: «все уже видели» не делает это нормальным. Если делиться чужим фото без согласия, оно разлетается ещё дальше — и уже с твоим именем.

conduct-the-photo-without-consent-c-poster-reply = расслабься, это шутка. и фото моё, снимок мой, значит, могу выкладывать.
conduct-the-photo-without-consent-c-comment = На твой комментарий отвечают: «лол, расслабься», «а это вообще кто». Пост взлетает в ленте у всех, репостов уже 300.

conduct-the-photo-without-consent-report-choice = Автор фото — { $leader }, но это не даёт права выкладывать снимок без спроса, а на нём — { $classmate }. Пост всё ещё висит. Что дальше?
conduct-the-photo-without-consent-choice-screenshot-report = Заскриню пост и репосты, потом отправлю жалобу.
conduct-the-photo-without-consent-feedback-screenshot-report = Правильный порядок. Скриншоты сохраняют доказательства, даже если пост удалят или ты кого-то заблокируешь. Потом жалоба «опубликовано без согласия» — приложения относятся к этому серьёзно.
conduct-the-photo-without-consent-choice-report-block = Пожалуюсь и сразу заблокирую { $leader }, и дело с концом.
conduct-the-photo-without-consent-feedback-report-block = Пожаловаться — правильно. Но если сначала заблокировать, пост скроется только от тебя, а не от других, и у тебя ничего не останется. Сначала скриншот, потом жалоба и блок.
conduct-the-photo-without-consent-choice-untag = Уберу отметку, чтобы хотя бы моего имени там не было.
conduct-the-photo-without-consent-feedback-untag = Убрать отметку — хорошо, твоего имени там больше нет. Но фото всё ещё публичное, и { $classmate } всё ещё остаётся без поддержки.

conduct-the-photo-without-consent-c-reported = Ты сохраняешь три скриншота: пост, подпись и число репостов. Потом жалуешься: «опубликовано без согласия». Через минуту тебе пишет { $classmate }.
conduct-the-photo-without-consent-pic-report-title = Пожаловаться на пост
conduct-the-photo-without-consent-pic-report-heading = Почему ты жалуешься?
conduct-the-photo-without-consent-pic-reason-spam = Спам
conduct-the-photo-without-consent-pic-reason-consent = Опубликовано без согласия
conduct-the-photo-without-consent-pic-reason-other = Другое
conduct-the-photo-without-consent-pic-report-send = Отправить жалобу
conduct-the-photo-without-consent-pic-report-saved = Сохранено 3 скриншота
conduct-the-photo-without-consent-c-blocked = Пост пропадает с твоего экрана. Через час приложение отвечает, что нарушений не нашло, а показать тебе нечего — ничего не сохранено. Потом тебе пишет { $classmate }.
conduct-the-photo-without-consent-c-untagged = Твоего имени там больше нет. А фото висит: к обеду 600 репостов, комментируют ребята из других школ. Потом тебе пишет { $classmate }.

conduct-the-photo-without-consent-classmate = Видишь фото из автобуса? Все надо мной смеются. Никто не спрашивал у меня разрешения это выкладывать. Я просто хочу, чтобы его удалили.
conduct-the-photo-without-consent-choice-go-together = Это не твоя вина. Пойдём вместе — { $teacher } разберётся.
conduct-the-photo-without-consent-feedback-go-together = Отлично. Только { $classmate } решает, что делать со своими фотографиями. Взрослый, которому доверяешь, поможет добиться, чтобы { $app } быстро его удалили, и поговорит с { $leader }.
conduct-the-photo-without-consent-choice-ignore-it = Ужас. Не обращай внимания — так безопаснее, к пятнице забудут.
conduct-the-photo-without-consent-feedback-ignore-it = Доброе слово важно, и { $classmate } это чувствует. Но если не обращать внимания, пост не исчезнет, а пока ждёшь, он разлетается дальше. Взрослый может добиться удаления.
conduct-the-photo-without-consent-choice-revenge = Выложим фото похуже, где { $leader }. Пусть узнает, каково.
conduct-the-photo-without-consent-feedback-revenge = Есть над чем подумать: пост в отместку удваивает вред, и неприятности могут быть у обоих. Удаление фото решает проблему, второе фото — нет.

conduct-the-photo-without-consent-c-teacher = Спасибо, что пришли ко мне. { $classmate }, твоей вины тут нет. Сегодня же поговорю с автором поста — { $leader }, и мы вместе будем жаловаться в { $app }, пока фото не удалят.
conduct-the-photo-without-consent-c-revenge = Твой пост, где { $leader }, смешит всех около часа. Теперь ходят уже два неловких фото, а снимок из автобуса разлетается дальше.
conduct-the-photo-without-consent-c-ignored = К пятнице фото добралось до других школ, и когда проходит { $classmate }, кто-то громко храпит. { $classmate } перестаёт ходить в столовую.

conduct-the-photo-without-consent-still-up = Все не забыли. Пост всё ещё висит, и { $classmate } справляется с этим в одиночку. Что дальше?
conduct-the-photo-without-consent-choice-take-to-teacher = Сегодня идём, { $classmate }: покажем пост, { $teacher } разберётся.
conduct-the-photo-without-consent-feedback-take-to-teacher = Молодец. Позвать взрослого никогда не поздно: учитель может добиться удаления поста и остановить шутки про храп. В следующий раз — ещё раньше, так будет ещё лучше.
conduct-the-photo-without-consent-choice-leave-it = Забей. Так безопаснее: если поднять шум, будет хуже.
conduct-the-photo-without-consent-feedback-leave-it = Есть над чем подумать: молчать кажется безопаснее, но пост разлетается дальше, а { $classmate } по-прежнему справляется в одиночку. Взрослый может помочь без шума.
conduct-the-photo-without-consent-c-teacher-friday = Хорошо, что вы пришли. { $classmate }, твоей вины тут нет. Сегодня поговорю с автором — { $leader }, и добьюсь, чтобы { $app } удалили фото.
conduct-the-photo-without-consent-c-left = Ты не вмешиваешься. Пост висит, шутки про храп продолжаются, и { $classmate } начинает бояться даже дороги в школу.

conduct-the-photo-without-consent-c-your-share = Твою сторис посмотрели 40 человек. А потом { $classmate } отвечает на неё: «серьёзно? и ты туда же?»
conduct-the-photo-without-consent-pic-story-title = Твоя сторис
conduct-the-photo-without-consent-pic-story-views = 40 просмотров
conduct-the-photo-without-consent-pic-story-reply = серьёзно? и ты туда же?
conduct-the-photo-without-consent-fix-choice = Ой. Этот ответ ранит, но всё ещё можно исправить. Что ты сделаешь?
conduct-the-photo-without-consent-choice-own-up = Удалю, извинюсь и признаюсь, пусть { $teacher } знает.
conduct-the-photo-without-consent-feedback-own-up = Вот так всё и исправляют. Удаление останавливает твою часть распространения, извинение поможет: { $classmate } увидит, что тебе не всё равно, а взрослый, которому доверяешь, добьётся удаления оригинала.
conduct-the-photo-without-consent-choice-delete-quietly = Тихо удалю историю и понадеюсь, что все про неё забудут.
conduct-the-photo-without-consent-feedback-delete-quietly = Удалить — правильный первый шаг. Но { $classmate } всё видит, а оригинал всё ещё висит. Извинение и жалоба многое бы изменили.
conduct-the-photo-without-consent-choice-keep-story = Оставлю. Все репостили, и никто из взрослых не заметит.
conduct-the-photo-without-consent-feedback-keep-story = Есть над чем подумать: «все так сделали» не уменьшает боль, а умножает её. Удалить, извиниться и попросить помощи никогда не поздно.
conduct-the-photo-without-consent-c-teacher-late = Спасибо за честность. Удалить и извиниться — это правильные шаги. Я сделаю всё, чтобы оригинал удалили, и мы поговорим всем классом о согласии.
conduct-the-photo-without-consent-c-kept = Твоя история висит дальше и набирает ещё 90 просмотров. { $classmate } перестаёт кому-либо отвечать.
conduct-the-photo-without-consent-c-deleted = Твоей истории больше нет, но { $classmate } тебе не отвечает, а оригинальный пост всё набирает репосты.
conduct-the-photo-without-consent-c-safe-now = Ты закрываешь приложение. Оригинал висит, а { $classmate } по-прежнему никому не отвечает.

conduct-the-photo-without-consent-original-choice = Твоя часть удалена, но оригинал всё ещё висит — 600 репостов. Что дальше?
conduct-the-photo-without-consent-choice-report-original = Сделаю скрины оригинала, пожалуюсь и потом извинюсь.
conduct-the-photo-without-consent-feedback-report-original = Вот так исправляют. Скриншоты сохраняют доказательства, жалоба запускает проверку, а извинение показывает: теперь ты рядом. { $classmate } это видит. Если пост останется, поможет взрослый, которому доверяешь.
conduct-the-photo-without-consent-choice-safe-now = Теперь я в безопасности, моё удалено. Жалобы — не моё дело.
conduct-the-photo-without-consent-feedback-safe-now = Есть над чем подумать: удалить свою часть — хорошо, но { $classmate } всё ещё сталкивается с оригиналом. Жалоба и извинение стоят тебе немного, а помогают сильно.
conduct-the-photo-without-consent-c-report-original = Ты сохраняешь скриншоты и жалуешься на пост: «опубликовано без согласия». Потом пишешь: «{ $classmate }, прости за репост». Чуть позже приходит ответ: «спасибо».

conduct-the-photo-without-consent-end-safe = Ты не распространяешь фото, и { $classmate } не справляется с этим в одиночку: вы вместе идёте к взрослому, { $teacher } помогает, и пост удаляют. Вот что такое уважение в сети.
conduct-the-photo-without-consent-end-told-later = Прошло несколько тяжёлых дней, но { $classmate } и ты всё-таки идёте к взрослому: { $teacher } помогает, и пост удаляют. Если сразу позвать взрослого, можно избежать недели боли.
conduct-the-photo-without-consent-end-recovered = Сначала ты делишься фото, а потом всё исправляешь: удаляешь историю, извиняешься и добиваешься, чтобы оригинал удалили. { $classmate } это видит. Исправить ошибку — это смелость.
conduct-the-photo-without-consent-end-harmful = Фото из автобуса разлетается дальше, и { $classmate } боится идти в школу. Его выложили без спроса, автор — { $leader }, и это не твоя вина. Никогда не поздно: расскажи взрослому, которому доверяешь, он поможет.

# What the choices leave on "My phone" (traces).
conduct-the-photo-without-consent-trace-story = Фото из автобуса, где { $classmate }, всё ещё в твоей сторис.
conduct-the-photo-without-consent-trace-story-advice = Согласия на это не было. Удали фото, извинись и попроси взрослого, которому доверяешь, помочь удалить оригинал.
