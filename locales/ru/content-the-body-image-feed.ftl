# Контент / ценности: Лента идеальных тел (16–18 лет)

content-the-body-image-feed-title = Лента идеальных тел
content-the-body-image-feed-summary = Вдруг вся твоя лента — сплошные «глоу-апы» и преображения, и это начинает задевать и тебя, и близкого человека.
content-the-body-image-feed-remember = Фильтры, ретушь и платные посты — не настоящая жизнь. Настраивай ленту, береги сон и говори со взрослым, которому доверяешь, если тебя или друга это задевает.

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = @GlowWithKai
content-the-body-image-feed-influencer-lexi = @LexiLevelsUp
content-the-body-image-feed-influencer-sol = @SolTransforms
content-the-body-image-feed-friend-priya = Полина
content-the-body-image-feed-friend-mateo = Матвей
content-the-body-image-feed-friend-noor = Нурия

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = Алла Дмитриевна, психолог

content-the-body-image-feed-intro = Час ночи. На прошлой неделе в { $app } попалось одно видео с тренировкой. А теперь вся лента — сплошные «преображения», и ты листаешь уже целый час. Давай посмотрим, что она тебе показывает.
content-the-body-image-feed-post = 30 дней назад и сегодня. Тот же человек, совсем другая энергия! Присоединяйся к моему 30-дневному глоу-апу и отметь трёх друзей, которым это нужно. Полная программа — в шапке профиля.

content-the-body-image-feed-spot = Выглядит потрясающе, да? В этом и смысл. Нажми на всё, что делает этот пост менее настоящим, чем кажется.
content-the-body-image-feed-card-title = { $influencer } · реклама
content-the-body-image-feed-card-body = Два фото рядом: «День 1» — сутулая поза при сером свете, и «День 30» — эффектная поза в золотом свете.
content-the-body-image-feed-part-photo = Фото «День 30»: сияющая кожа и изогнутый дверной проём
content-the-body-image-feed-feedback-photo = Да. Изогнутый фон означает, что фигуру меняли в редакторе, а идеальная кожа часто значит фильтр. Даже свет, поза и ракурс сами по себе меняют то, как выглядит тело.
content-the-body-image-feed-part-sponsored = Мелкий текст под именем: «Платное партнёрство с Corevita Labs»
content-the-body-image-feed-feedback-sponsored = В точку. «Платное партнёрство» означает, что за продажу тебе чего-то платят. Вся история — это реклама, а реклама показывает лучшую версию правды.
content-the-body-image-feed-part-claim = «Гарантированный результат за 30 дней или вернём деньги!»
content-the-body-image-feed-feedback-claim = Верно. Никто не может гарантировать, как изменится тело: гены, возраст и здоровье у всех разные. «Гарантия» — это рекламный ход, а не доказательство.
content-the-body-image-feed-part-link = «Мой план — в шапке профиля: скидка 40%, только сегодня»
content-the-body-image-feed-feedback-link = Да: скидка, которая заканчивается сегодня, нужна, чтобы тебя поторопить. Если человек продаёт план, то и его «до и после» — тоже реклама.
content-the-body-image-feed-part-gym = Стойка с гантелями на заднем плане
content-the-body-image-feed-feedback-gym = Не улика. Двигаться и ходить в спортзал — это здорово. Проблема в обработке, рекламе и идее, что твоё тело — это фото «до».
content-the-body-image-feed-part-follow = Кнопка «Подписаться» рядом с именем
content-the-body-image-feed-feedback-follow = Не улика. Кнопка «Подписаться» есть у любого аккаунта, честного или нет. Важно, что продаёт пост и как сделаны фото.
content-the-body-image-feed-part-likes = 2 143 лайка и кнопки «комментировать» и «поделиться»
content-the-body-image-feed-feedback-likes = Само по себе не улика. Лайки показывают, что пост популярный, а не что он настоящий: обработанные фото часто собирают больше всех. Популярное и правдивое — не одно и то же.
content-the-body-image-feed-pic-sponsored = Платное партнёрство с Corevita Labs
content-the-body-image-feed-pic-likes = 2 143
content-the-body-image-feed-pic-day1 = День 1
content-the-body-image-feed-pic-day30 = День 30
content-the-body-image-feed-pic-claim = Гарантированный результат за 30 дней или вернём деньги!
content-the-body-image-feed-pic-link = Мой план в шапке: скидка 40%, только сегодня

content-the-body-image-feed-challenge = я начинаю 30-дневный глоу-ап!! каждый день селфи-прогресс, и мы оцениваем друг друга. ты со мной? будем сравнивать каждый день
content-the-body-image-feed-choice-join = Я с тобой, вдвоём всяко веселее, чем в одиночку.
content-the-body-image-feed-feedback-join = Есть над чем подумать: поддержать — по-доброму, но ежедневные оценки превращают ваши тела в соревнование. Иногда настоящая поддержка — это сказать «давай не будем».
content-the-body-image-feed-choice-pass = Пас. Глянь, дверной косяк на фото «после» кривой.
content-the-body-image-feed-feedback-pass = Честно и по-доброму. Ретушь на виду — и { $friend } тоже может отказаться, а отказ оценивать тела не пускает сравнения в вашу дружбу.
content-the-body-image-feed-choice-maybe = Может, потом. Сегодня сил нет вообще что-то решать.
content-the-body-image-feed-feedback-maybe = Не начинать сегодня — хорошо, и усталость настоящая. Но «может, потом» оставляет дверь открытой, и { $friend } может начать без тебя. Чёткое «нет» с причиной поможет вам обоим.

content-the-body-image-feed-friend-thinks = стой, косяк правда кривой?? жутко. честно, с тех пор как эти видео заполонили мою ленту, мне паршиво, когда смотрю на себя.
content-the-body-image-feed-tagged = { $friend } начинает без тебя и отмечает тебя на каждом селфи. В 1:30 ночи ты сравниваешь себя с каждым — и с { $influencer }.
content-the-body-image-feed-rated = День 3. Комментарии под твоим селфи: «что-то не видно изменений?» Ты снова и снова ставишь свои фото рядом с фото { $influencer }. Два часа ночи, а ты всё проверяешь.

content-the-body-image-feed-curate = Лента учится на том, что ты смотришь, значит, её можно научить другому. Почти два часа ночи. Что ты сделаешь?
content-the-body-image-feed-choice-unfollow = Отпишусь от пары аккаунтов, это поможет. И листаю дальше.
content-the-body-image-feed-feedback-unfollow = Отписаться — уже начало. Но лента учится на том, что ты смотришь, а не на подписках, так что дальше будут те же видео. Научи её, а потом спать.
content-the-body-image-feed-choice-buy = Куплю программу, пока скидка 40%. К лету буду новой версией себя.
content-the-body-image-feed-feedback-buy = Есть над чем подумать: «только сегодня» придумано, чтобы тебя торопить, а программа от того, кому платят за продажу, — не медицинский совет. Его даст врач, школьная медсестра или психолог.
content-the-body-image-feed-choice-reset = Жму «Не интересно» на всём этом и выключаю телефон до утра.
content-the-body-image-feed-feedback-reset = Это значит взять всё в свои руки. «Не интересно» учит ленту, чего ты не хочешь, а сон восстанавливает силы. Уставший мозг воспринимает такие картинки гораздо тяжелее.
content-the-body-image-feed-reset-done = Впервые за долгое время ты нормально высыпаешься. Утром в ленте готовка, скалолазание и собака на скейте. Гораздо лучше.
content-the-body-image-feed-same-again = Через десять минут новые аккаунты заполняют пустоту теми же видео. Лента учится на том, как долго ты смотришь, а не на подписках. Засыпаешь ты в три.
content-the-body-image-feed-plan-bought = «Программа» — это файл с упражнениями, которые есть бесплатно, плюс ежемесячная подписка, которую ты не замечаешь. В 6 утра приходят уведомления: «Не прерывай серию!»
content-the-body-image-feed-pic-alarm-time = 6:00
content-the-body-image-feed-pic-streak = Не прерывай серию!
content-the-body-image-feed-pic-plan-title = 30-дневный глоу-ап
content-the-body-image-feed-pic-renews = Подписка продлевается каждый месяц.

content-the-body-image-feed-next-day = можно кое-что скажу? не могу перестать сравнивать себя с этими видео. теперь ненавижу все свои фото. только никому не говори, пожалуйста
content-the-body-image-feed-choice-together = Такое бывает у многих. Сходим вместе к Алле Дмитриевне на обеде?
content-the-body-image-feed-feedback-together = Вот это настоящая дружба. С такими чувствами стоит идти к взрослому, которому доверяешь, а вдвоём идти легче. Психолог помогает без осуждения.
content-the-body-image-feed-choice-promise = Никому не скажу, обещаю. Со мной всегда можно поговорить.
content-the-body-image-feed-feedback-promise = Выслушать — по-доброму, и { $friend } тебе доверяет. Но в одиночку такое другу не вынести. Когда человеку плохо, позвать взрослого, которому доверяешь, — не предательство.
content-the-body-image-feed-choice-plan-together = У меня так же. Давай купим ту программу и будем держаться вместе.
content-the-body-image-feed-feedback-plan-together = Есть над чем подумать: программа из платной рекламы не исправит того, что чувствует { $friend }, а вместе сравнений станет вдвое больше. С такими чувствами нужен живой человек, с которым можно поговорить.
content-the-body-image-feed-counsellor-talk = Спасибо, что пришли вдвоём. Такие ленты созданы, чтобы вы не отрывались от экрана, а многие тела там отретушированы или проплачены. Найдём поддержку вместе, шаг за шагом.
content-the-body-image-feed-promise-kept = Через неделю { $friend } отменяет все планы и каждый вечер проводит в ленте. «Всё нормально», — говорит { $friend }. Не похоже.
content-the-body-image-feed-signed-up = Вы покупаете подписку вдвоём. К пятнице вы уже сравниваете прогресс друг друга, в 6 утра приходит «Не прерывай серию!», и обоим только хуже.

content-the-body-image-feed-week-later = { $friend } просит держать всё в секрете, а прошла неделя, и лучше не становится. Что ты сделаешь?
content-the-body-image-feed-choice-keep-word = Сдержу слово. Раз говорит, что всё нормально, надо доверять.
content-the-body-image-feed-feedback-keep-word = Есть над чем подумать: сдержать обещание кажется верностью, но некоторые секреты слишком тяжелы для друзей. Никогда не поздно вместе поговорить со взрослым, которому доверяешь.
content-the-body-image-feed-choice-see-counsellor = Схожу к Алле Дмитриевне. { $friend } узнает об этом от меня.
content-the-body-image-feed-feedback-see-counsellor = Это забота, а не предательство. Никто не должен скрывать от взрослых, которым доверяет, то, что причиняет боль. А так { $friend } узнаёт всё честно.
content-the-body-image-feed-counsellor-friend = Спасибо, что рассказываешь. Это не предательство, а забота. Сегодня я бережно поговорю, { $friend } получит поддержку, и мы найдём помощь вместе.
content-the-body-image-feed-alone-again = Ты хранишь секрет. { $friend } говорит всё меньше, а лента в два часа ночи всё крутится — у вас обоих.

content-the-body-image-feed-sango-checks = Я за тебя волнуюсь. Тебе хуже, и это не твоя вина: такие ленты созданы, чтобы внушить, что с тобой что-то не так. Что ты сделаешь сейчас?
content-the-body-image-feed-choice-delete-quiet = Удалю приложение на неделю и оставлю всё при себе.
content-the-body-image-feed-feedback-delete-quiet = Перерыв от приложения — хороший шаг. Но давление не всегда уходит вместе с ним, а ты несёшь всё это в одиночку. Разговор с кем-то помогает перерыву сработать.
content-the-body-image-feed-choice-talk-late = Выхожу из сети, а утром первым делом иду к Алле Дмитриевне.
content-the-body-image-feed-feedback-talk-late = Это сила, а не слабость. Взрослый, которому доверяешь, поможет отменить любые подписки, а врач, школьная медсестра или психолог помогут с тем, что ты чувствуешь.
content-the-body-image-feed-choice-keep-going = Продолжу. Результат не сразу, а если брошу, это не поможет.
content-the-body-image-feed-feedback-keep-going = Есть над чем подумать: если лента делает хуже, больше ленты не поможет. Твоё тело — не проект, который надо доказывать в сети, и поговорить с кем-то никогда не поздно.
content-the-body-image-feed-talk-late = Как хорошо, что ты здесь, и ругать тебя никто не будет. Такие ленты созданы, чтобы затягивать. Настроим ленту и уведомления, отменим все подписки и вместе найдём поддержку.
content-the-body-image-feed-app-back = Через четыре дня ты ставишь приложение снова, «просто глянуть». Лента продолжает ровно с того места, и сравнения тоже.
content-the-body-image-feed-spiral = Ты продолжаешь. Лента, сравнения и бессонные ночи занимают всё больше места в твоих днях, и становится только хуже.

content-the-body-image-feed-back-again = Перерыв не удержался. Так бывает часто: ленты созданы, чтобы возвращать. Что теперь?
content-the-body-image-feed-choice-on-my-own = Помощь не нужна. Просто буду меньше листать, и всё.
content-the-body-image-feed-feedback-on-my-own = Есть над чем подумать: одна сила воли редко побеждает приложение, которое эксперты создали, чтобы удерживать внимание. Поговорить с тем, кому доверяешь, никогда не поздно.
content-the-body-image-feed-choice-tell-counsellor = Схожу к Алле Дмитриевне и расскажу, что со мной делает лента.
content-the-body-image-feed-feedback-tell-counsellor = Смело и умно. Психолог, врач или школьная медсестра помогут по-настоящему вырваться из этой ловушки, а нужда в помощи не значит, что что-то не получилось.

content-the-body-image-feed-end-safe = Фильтры и реклама тебя не обманули, а { $friend } теперь в руках тех, кто правда может помочь. Никто из вас — не фото «до».
content-the-body-image-feed-end-mixed = Ты держишь слово, но { $friend } всё ещё страдает, и никто из взрослых не знает. Ещё не поздно: психолог, врач или школьная медсестра помогут, и можно пойти вместе.
content-the-body-image-feed-end-recovered = Лента затянула, но потом ты всё исправляешь: шаг назад и разговор с тем, кто может помочь. Это сила, и твои ночи снова принадлежат тебе.
content-the-body-image-feed-end-harmful = Лента и сравнения занимают всё больше места в твоей жизни. Это не твоя вина: такие ленты так устроены. Никогда не поздно поговорить со взрослым, которому доверяешь, — он поможет.
