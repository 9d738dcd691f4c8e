# Контент / ценности: Вирусный слух (9–12 лет)

content-the-viral-rumour-title = Вирусный слух
content-the-viral-rumour-summary = По школе разлетается пост про опасный челлендж. Получится проверить его, остановить распространение и уберечь всех?
content-the-viral-rumour-remember = Остановись и проверь, прежде чем верить или делиться, даже чтобы предупредить других. Если челлендж может кому-то навредить, сразу позови взрослого, которому доверяешь.

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = Сергей Иванович
content-the-viral-rumour-npc-adult = { $adult }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
content-the-viral-rumour-challenge-mega-dare = челлендж «Мега»
content-the-viral-rumour-challenge-ninja-dare = челлендж «Ниндзя»
content-the-viral-rumour-challenge-level-99 = челлендж «Уровень 99»
content-the-viral-rumour-adult-mum = Мама
content-the-viral-rumour-adult-dad = Папа
content-the-viral-rumour-adult-gran = Бабушка

content-the-viral-rumour-intro = Привет, это я, Санго! Пятница, вечер, и в чате класса кипит жизнь. Давай посмотрим, что все обсуждают.
content-the-viral-rumour-video-skipped = { $friend } присылает видео с опасным трюком. Видео я пропущу: смотреть его не нужно. Лучше прочитаем сообщение, которое к нему приложено.

content-the-viral-rumour-maya = Смотри!! Известный стример говорит, что каждый должен сделать { $challenge } на выходных. Поделись за час, или ты ЛУЗЕР!
content-the-viral-rumour-pic-account = famous.streamer.official
content-the-viral-rumour-pic-caption = Каждый должен сделать { $challenge }!
content-the-viral-rumour-pic-share-1-hour = Поделись за час, или ты ЛУЗЕР!
content-the-viral-rumour-choice-share-warning = Поделюсь, но сверху напишу: «ФЕЙК! Не повторяйте!»
content-the-viral-rumour-feedback-share-warning = Опасность замечена — отлично! Но, делясь предупреждением, ты делишься и видео, а кто-то посмотрит его просто из любопытства. Лучшее предупреждение не пересылает пост.
content-the-viral-rumour-choice-check-first = Стоп. Кто это сделал? Пока ничего пересылать не буду.
content-the-viral-rumour-feedback-check-first = Отличный ход сыщика! Посты, которые торопят («поделись за час!»), часто фейковые. Сначала узнать, кто автор, — и слух остановлен.
content-the-viral-rumour-choice-share-now = Перешлю сейчас же! Быть лузером совсем не хочу.
content-the-viral-rumour-feedback-share-now = Есть чему поучиться: пост тебя торопил, а спешка — это уловка, чтобы не было времени подумать. Если делиться не проверив, можно разнести ложь или что-то опасное.

content-the-viral-rumour-warned = Твоё предупреждение быстро расходится, но вместе с ним расходится и видео. К воскресенью ребята из других классов смотрят его, «чтобы понять, что там фейк».
content-the-viral-rumour-checked = Давай поиграем в сыщиков! У аккаунта нет настоящего имени, и ему всего один день. На настоящей странице стримера написано: «Это не я. Пожалуйста, не повторяйте». Это фейк.
content-the-viral-rumour-pic-joined = Аккаунту 1 день
content-the-viral-rumour-pic-not-me = Это не я. Пожалуйста, не повторяйте.

content-the-viral-rumour-sort = Отличная работа сыщика! За выходные в чате класса появляются новые посты. Куда отправишь каждый?
content-the-viral-rumour-post-rumour-from = Женя Котова
content-the-viral-rumour-post-rumour = Друг моего двоюродного брата говорит, что со следующего месяца по пятницам будем уходить домой в обед, потому что учителям нужно больше времени на собрания! Скорее бы!
content-the-viral-rumour-post-rumour-why = Этот лучше сначала проверить: друг двоюродного брата — не настоящий источник. Учитель или страница школы подскажут, правда ли это.
content-the-viral-rumour-post-school-from = Школа № 12
content-the-viral-rumour-post-school = Отличные новости! Наш класс выиграл городской читательский марафон, и на следующей неделе мы едем в музей науки. Письма раздадут в понедельник, а пока перешлите это родным!
content-the-viral-rumour-post-school-why = Смело делись! Это страница самой школы, в письме в понедельник будет то же самое, и это радостная новость для всего класса. Проверять — не значит во всём сомневаться.
content-the-viral-rumour-post-mean-from = class5.laughs
content-the-viral-rumour-post-mean = Смотрите, фотка, как { $classmate } шлёпнулся в грязь на футболе, ха-ха! Разошлите всем, пусть вся школа увидит.
content-the-viral-rumour-post-mean-why = Этот — нет: он нужен, чтобы посмеяться, а это неловкий момент, и { $classmate } не выбирал, чтобы его видели все. Если пост остановится на тебе, это по-доброму.
content-the-viral-rumour-post-cat-from = { $friend }
content-the-viral-rumour-post-cat = { $classmate }, огромное спасибо, что полдня искал со мной мою кошку! Мы нашли её спящей в цветочном горшке. Ты супер!
content-the-viral-rumour-post-cat-why = Этим можно делиться: пост добрый и правдивый, и { $friend } выкладывает его для всех. Добрыми постами об одноклассниках стоит делиться.
content-the-viral-rumour-post-chain-from = Официальная команда приложения
content-the-viral-rumour-post-chain = Сообщение от команды приложения: с понедельника приложение станет платным, если ты не перешлёшь это 10 друзьям сегодня вечером. Перешли, пожалуйста!
content-the-viral-rumour-post-chain-why = Это неправда, даже если в названии есть слово «официальная»: приложения не рассылают новости цепочками, а «перешли 10 друзьям» — просто способ, которым такие сообщения расходятся. На тебе цепочка может остановиться.

content-the-viral-rumour-shared = За час твой репост видят 40 ребят. { $friend } пишет, что младший брат спрашивает, можно ли ему тоже попробовать. Многие верят фейковому стримеру.
content-the-viral-rumour-pic-seen-40 = Просмотров: 40
content-the-viral-rumour-pic-can-i-try = А можно мне тоже?

content-the-viral-rumour-monday = Понедельник. Все до сих пор обсуждают { $challenge }. На перемене { $classmate } говорит, что попробует после уроков.
content-the-viral-rumour-monday-trust = Из-за того фото с малышом надо мной смеялись все, кроме тебя. Сделаю { $challenge } — и никто больше не назовёт меня малышом!
content-the-viral-rumour-monday-baby = После того фото все зовут меня малышом. Сделаю { $challenge } — и все увидят, что я не малыш!
content-the-viral-rumour-baby-choice = Из-за того фото с малышом { $classmate } до сих пор слышит насмешки. Твоя подпись или голос там тоже были, а ошибаются все. Ещё не поздно исправить свою часть. Что ты сделаешь?
content-the-viral-rumour-choice-baby-own-up = Извинюсь перед ним и во всём признаюсь Сергею Ивановичу.
content-the-viral-rumour-feedback-baby-own-up = Вот как всё исправить! Признаться — смело, а Сергей Иванович добьётся, чтобы фото удалили, и поможет: { $classmate } будет не один. Исправить ошибку — вот что главное.
content-the-viral-rumour-choice-baby-sorry = Извинюсь перед ним, но только с глазу на глаз, без взрослых.
content-the-viral-rumour-feedback-baby-sorry = Извиниться — смело, и { $classmate } это оценит! Но фото всё ещё расходится, и остановить это для всех поможет учитель.
content-the-viral-rumour-choice-baby-quiet = Промолчу. Учителя так и не узнали, значит, всё уже позади.
content-the-viral-rumour-feedback-baby-quiet = Есть чему поучиться: ошибка, о которой никто не узнал, всё равно может ранить. { $classmate } по-прежнему слышит «малыш», а учитель может это остановить. Признаться никогда не поздно.
content-the-viral-rumour-baby-silva = Спасибо тебе за честность. Для этого нужна смелость, и проблем у тебя не будет. Я добьюсь, чтобы фото удалили, и присмотрю за тем, как там { $classmate }.
content-the-viral-rumour-baby-sorry = Спасибо. Это много значит. Но это фото до сих пор пересылают.
content-the-viral-rumour-baby-quiet = Ты молчишь. За соседним столом кто-то шепчет «малыш», и { $classmate } смотрит в пол.
content-the-viral-rumour-ben = Приходи после уроков, снимешь, как я делаю { $challenge }! Будет куча лайков!
content-the-viral-rumour-choice-film-ben = Ладно, сниму. Но выкладывать никуда не буду.
content-the-viral-rumour-feedback-film-ben = Есть чему поучиться: камера и зрители могут подтолкнуть человека зайти дальше. Даже если не выкладывать, трюк всё равно опасен, и { $classmate } может пострадать.
content-the-viral-rumour-choice-warn-ben = Ни за что. Скажу ещё раз: это фейк. Без меня.
content-the-viral-rumour-feedback-warn-ben = Опасность замечена, и слова сказаны — хорошо! Но { $classmate } всё равно может попробовать. Учитель может проследить, чтобы никто не пострадал.
content-the-viral-rumour-choice-find-teacher = Сейчас же бегу за Сергеем Ивановичем.
content-the-viral-rumour-feedback-find-teacher = Смело и умно! Позвать взрослого, когда кто-то может пострадать, — не ябедничество. Так { $classmate } будет в безопасности, и для этого и нужны взрослые, которым доверяешь.

content-the-viral-rumour-filmed = После уроков { $classmate } пробует. Он поскальзывается и сильно падает. Всё обошлось, только коленка ободрана, но все замолкают. Видео у тебя в телефоне.
content-the-viral-rumour-walked-off = { $classmate } пожимает плечами: «Ладно, снимет кто-нибудь другой». После уроков у ворот собирается толпа с телефонами наготове.
content-the-viral-rumour-teacher-helps = Спасибо, что рассказываешь. Это не ябедничество: возможно, благодаря тебе никто не пострадает. Пусть { $classmate } зайдёт ко мне, а другие классы я предупрежу, что это фейк.

content-the-viral-rumour-crowd = { $classmate } вот-вот попробует, и никто его не останавливает. Что ты сделаешь?
content-the-viral-rumour-choice-go-home = Пойду домой. { $classmate } от меня уже всё давно слышал.
content-the-viral-rumour-feedback-go-home = Есть чему поучиться: предупредить — хорошее начало, но { $classmate } всё равно вот-вот попробует. Если кто-то может пострадать, позови взрослого, даже если слова уже прозвучали.
content-the-viral-rumour-choice-get-adult = Бегом обратно в школу, за ближайшим взрослым.
content-the-viral-rumour-feedback-get-adult = Быстрая реакция! Взрослый может остановить это так, как детям не под силу. Позвать на помощь, когда кто-то может пострадать, — никогда не ябедничество.
content-the-viral-rumour-choice-film-crowd = Останусь и сниму. Видео поможет, если что-то случится.
content-the-viral-rumour-feedback-film-crowd = Есть чему поучиться: снимать кажется полезным, но зрители с телефонами подталкивают зайти дальше. Если что-то может пойти не так, нужен взрослый, а не камера.

content-the-viral-rumour-went-home = Ты идёшь домой. Позже узнаёшь, что мимо проходила чья-то мама и всех разогнала, так что в этот раз никто не пострадал. Но { $challenge } всё ещё гуляет по сети.
content-the-viral-rumour-adult-stops = Спасибо за быстроту! Это не ябедничество, а забота о других. Все внутрь, пожалуйста. Поговорим о фейковых челленджах.
content-the-viral-rumour-filmed-crowd = { $classmate } пробует. Он поскальзывается и сильно падает. Всё обошлось, только коленка ободрана, но все замолкают. Твоё видео всё ещё пишется.

content-the-viral-rumour-wobble-choice = Фух, { $classmate } цел, но было близко. Видео у тебя в телефоне, и оно может подтолкнуть других попробовать. Что теперь?
content-the-viral-rumour-choice-show-silva = В сеть не выкладываю. Иду к Сергею Ивановичу.
content-the-viral-rumour-feedback-show-silva = Вот как всё исправить! Видео не в сети, значит, никто не повторит, а Сергей Иванович проверит, как там { $classmate }, и предупредит школу.
content-the-viral-rumour-choice-blur-post = Выложу, но размою лицо. { $classmate } будет не узнать.
content-the-viral-rumour-feedback-blur-post = Есть чему поучиться: размытие прячет лицо, а не трюк. Другие увидят и захотят повторить, а друзья всё равно поймут, что это { $classmate }.
content-the-viral-rumour-choice-delete-quiet = Удалю и промолчу. { $classmate } ведь уже в порядке.
content-the-viral-rumour-feedback-delete-quiet = Есть чему поучиться: удалить видео — по-доброму, { $classmate } это оценит. Но челлендж всё ещё гуляет, и только взрослый может предупредить всех, пока ещё кто-то не пострадал.

content-the-viral-rumour-silva-late = Спасибо, что рассказываешь. Проблем у тебя не будет. Я узнаю, как там { $classmate }, и предупрежу другие классы, что { $challenge } — это фейк, и это опасно.
content-the-viral-rumour-blurred = Даже размытого, все узнают: это { $classmate }. Видео расходится, и ребята пишут: «Я сделаю лучше!»
content-the-viral-rumour-deleted-quiet = Видео удалено, { $classmate } в порядке, и на время всё стихает. Но никто из взрослых не знает, а { $challenge } всё ещё гуляет.

content-the-viral-rumour-spread-choice = Ой-ой. Пост быстро расходится, и малыши в него верят. Ещё не поздно помочь. Что будешь делать?
content-the-viral-rumour-choice-sorry-post = Удалю репост и напишу: «Простите, это фейк!»
content-the-viral-rumour-feedback-sorry-post = Удалить репост и признаться — смело! Но многие уже видели пост. Взрослый, которому доверяешь, может предупредить семьи и школу и пожаловаться на пост.
content-the-viral-rumour-choice-leave-it = Оставлю как есть. Если расскажу, мне же и влетит.
content-the-viral-rumour-feedback-leave-it = Есть чему поучиться: каждый хоть раз делился чем-то по ошибке. Рассказывают не для того, чтобы влетело, а чтобы малыши не пострадали.
content-the-viral-rumour-choice-show-adult = Удалю репост и покажу пост. Пусть { $adult } знает.
content-the-viral-rumour-feedback-show-adult = Это смело! Исправить ошибку и попросить помощи — вот что важно. Взрослый, которому доверяешь, может предупредить другие семьи и пожаловаться на фейк.

content-the-viral-rumour-sorry-posted = Пара ребят отвечает: «А, ясно». Но первый пост всё ещё гуляет, и { $friend } пишет, что брат всё равно хочет попробовать.
content-the-viral-rumour-left-up = Фейковый пост расходится дальше. К понедельнику ребята из трёх школ обсуждают, как бы попробовать { $challenge }.
content-the-viral-rumour-adult-late = Спасибо, что показываешь. Проблем у тебя не будет, и этот фейк сделал кто-то другой. Я предупрежу школу, { $friend } с семьёй тоже узнают, а на пост мы пожалуемся.

content-the-viral-rumour-spread-still = Извинение немного помогло. Но малыши всё ещё верят фейку. Что теперь?
content-the-viral-rumour-choice-friend-watch = Скажу: «{ $friend }, следи, чтобы брат не пробовал».
content-the-viral-rumour-feedback-friend-watch = Есть чему поучиться: { $friend } не может уследить за всеми телефонами. А взрослые могут сразу предупредить семьи, школу и приложение.
content-the-viral-rumour-choice-up-to-them = Хватит с меня извинений. Дальше пусть другие решают.
content-the-viral-rumour-feedback-up-to-them = Есть чему поучиться: извинение — отличное начало. Но фейк всё ещё доходит до малышей, а взрослый может остановить его для всех.
content-the-viral-rumour-choice-show-adult-now = Покажу фейк и слова малыша. Пусть { $adult } решит.
content-the-viral-rumour-feedback-show-adult-now = Отличная мысль! Когда пост перед глазами, { $adult } может действовать быстро. Пойти ко взрослому — это не неприятности, а исправление ошибки.

content-the-viral-rumour-friend-watched = { $friend } пытается присматривать за братом. Но видео у многих в телефонах, и за всеми не уследишь.
content-the-viral-rumour-still-spreading = Фейк расходится дальше. { $friend } пишет, что брат всё спрашивает про { $challenge }, а взрослые ничего не знают.
content-the-viral-rumour-adult-last = Спасибо, что показываешь. Ты всё исправляешь, а для этого нужна смелость. Я поговорю со школой, { $friend } с семьёй тоже узнают, а на фейк мы пожалуемся.

content-the-viral-rumour-end-safe = Фейковый { $challenge } тебя не провёл, а взрослый, которому можно доверять, узнал обо всём раньше, чем кто-то пострадал. Вот это настоящий сыщик интернета!
content-the-viral-rumour-end-mixed = В этот раз никто серьёзно не пострадал. Но никто из взрослых, кому можно доверять, не знает про фейковый { $challenge }, и он всё ещё гуляет. Всё может повториться.
content-the-viral-rumour-end-recovered = Ошибка была, но потом ты всё исправляешь: от тебя фейк больше не расходится, а взрослый, которому доверяешь, в курсе. Теперь взрослые предупредят всех. Это смело!
content-the-viral-rumour-end-harmful = Фейковый { $challenge } расходится дальше, и другие ребята могут попробовать. В том, что кто-то сделал фейк, твоей вины нет. Никогда не поздно: расскажи взрослому, которому доверяешь, и он поможет.
