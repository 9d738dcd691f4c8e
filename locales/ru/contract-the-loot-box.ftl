# Сделки / коммерция: Лутбокс (13–15 лет), тёмные паттерны, скрытые траты, лимиты времени и расходов

contract-the-loot-box-title = Лутбокс
contract-the-loot-box-summary = До следующего ранга одна победа, и тут в игровом магазине выскакивает сияющий сундук-сюрприз с обратным отсчётом.
contract-the-loot-box-remember = Лутбокс работает как азартная игра: ты платишь за случайный шанс, а игра сделана так, чтобы хотелось попробовать ещё раз. Проверяй реальные шансы и цену, ставь лимиты и советуйся со взрослым, которому доверяешь.

contract-the-loot-box-app = Магазин { $game }
contract-the-loot-box-npc-friend = { $friend }
contract-the-loot-box-npc-adult = { $adult }

contract-the-loot-box-game-mech-league = Mech League
contract-the-loot-box-game-galaxy-goals = Galaxy Goals
contract-the-loot-box-game-rift-racers = Rift Racers
contract-the-loot-box-chest-legend = Легендарный сундук
contract-the-loot-box-chest-mythic = Мифический ящик
contract-the-loot-box-chest-nova = Сейф «Нова»
contract-the-loot-box-name-omar = Омар
contract-the-loot-box-name-lucy = Люба
contract-the-loot-box-name-finn = Федя
contract-the-loot-box-adult-mum = Мама
contract-the-loot-box-adult-dad = Папа
contract-the-loot-box-adult-auntie = Тётя Женя

contract-the-loot-box-intro = Кошка Мурка спит у тебя на коленях, шарф «Тигров» висит на стуле. { $game } просит защитить аккаунт Playfort, через который ты играешь: там твой ранг, кристаллы и сохранённая семейная карта.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-loot-box-lock = Три случайных слова дают надёжную парольную фразу. Собери такую, которую запомнишь, а потом выбери, как Playfort будет проверять, что это правда ты.
contract-the-loot-box-piece-banana = банан
contract-the-loot-box-why-piece-banana = Обычное слово, никак не связанное с тобой: по твоему профилю его не угадать. И его легко представить.
contract-the-loot-box-piece-pet = мурка
contract-the-loot-box-why-piece-pet = Похоже на обычное слово, но Мурка — твоя кошка, и она есть на многих твоих фото. Друзья и все, кто видит твои посты, могут это угадать. Клички, дни рождения и имена лучше не брать.
contract-the-loot-box-piece-rocket = ракета
contract-the-loot-box-why-piece-rocket = Здорово! Несколько случайных слов дают длинную фразу: её трудно взломать и легко представить. Банан верхом на ракете!
contract-the-loot-box-piece-common = 1234
contract-the-loot-box-why-piece-common = 1234 пробуют первым делом, а программы взлома пробуют его и вместе со словами. Силы он не добавляет. Пусть работают случайные слова.
contract-the-loot-box-piece-pillow = подушка
contract-the-loot-box-why-piece-pillow = Ещё одно случайное слово. Каждое делает фразу длиннее и труднее для взлома, а смешная картинка помогает её запомнить.
contract-the-loot-box-piece-jumble = k9$Tz!4q
contract-the-loot-box-why-piece-jumble = Надёжно, но вспомнишь ли ты k9$Tz!4q завтра? Такие наборы в итоге пишут на стикерах или ставят везде одинаковыми. Случайные слова надёжны И легко запоминаются.
contract-the-loot-box-piece-volcano = вулкан
contract-the-loot-box-why-piece-volcano = Отличное слово. Случайные слова сильны тем, что они не про тебя. Представь вулкан, полный подушек, и ты не забудешь.
contract-the-loot-box-piece-team = тигры
contract-the-loot-box-why-piece-team = Похоже на случайное слово, но все знают, что ты болеешь за «Тигров»: шарф есть на твоих фото. То, что о тебе знают, легко угадать, так что это лучше не брать.
contract-the-loot-box-set-two-step = Двухэтапный вход: код в придачу к фразе
contract-the-loot-box-val-two-step-off = Выключен
contract-the-loot-box-why-two-step-off = Тогда фраза — единственный замок. Если кто-то её узнает, он войдёт. Двухэтапный вход просит ещё и код с твоего телефона.
contract-the-loot-box-val-two-step-phone = Код на мой телефон
contract-the-loot-box-why-two-step-phone = Отлично: даже если кто-то узнает фразу, ему понадобится ещё и твой телефон. Никому не говори код, даже тем, кто называет себя «поддержкой».
contract-the-loot-box-set-recovery = Резервная почта: чтобы вернуть доступ, если не получается войти
contract-the-loot-box-val-recovery-friend = Почта лучшего друга
contract-the-loot-box-why-recovery-friend = Друг хочет как лучше, но у кого резервная почта, тот может сменить твой пароль. Друзья иногда ссорятся, а его аккаунт тоже могут взломать.
contract-the-loot-box-val-recovery-own = Моя собственная почта
contract-the-loot-box-why-recovery-own = Да: почта, которой пользуешься только ты. Если забудешь фразу или не сможешь войти, ты всё равно вернёшься в аккаунт.
contract-the-loot-box-val-recovery-none = Нет
contract-the-loot-box-why-recovery-none = Никто другой ею не воспользуется, это правда. Но если забудешь фразу или тебя взломают, вернуться будет нельзя, и кристаллы пропадут. Лучше своя почта.
contract-the-loot-box-sign-in = На выходных { $friend } даёт тебе поиграть на своём ноутбуке. Ищешь «Playfort», и появляются три ссылки. На какой ты войдёшь?
contract-the-loot-box-page-buried = playfort.com.secure-login.net/login
contract-the-loot-box-why-page-buried = Начинается с playfort.com, но на самом деле заканчивается на secure-login.net, а это другой сайт, и «secure» ничего не доказывает. Последняя часть перед первым знаком / показывает, чья это страница.
contract-the-loot-box-page-real = account.playfort.com/login
contract-the-loot-box-why-page-real = Верно подмечено: перед первым знаком / адрес заканчивается на playfort.com, а это адрес Playfort. Надёжнее всего набрать его самому. На чужом ноутбуке выйди из аккаунта и не давай ему сохранить фразу.
contract-the-loot-box-page-lookalike = p1ayfort.com/login
contract-the-loot-box-why-page-lookalike = Присмотрись: тут p-1-ayfort, цифра 1 вместо буквы l. Поддельные страницы копируют настоящую, чтобы украсть пароль. Читай адреса не спеша.

contract-the-loot-box-store-pops = Дома: до следующего ранга в { $game } — всего одна победа. Ты нажимаешь «Играть», но вместо этого открывается магазин, а там сияет { $chest }.

contract-the-loot-box-spot = Страницы магазина бывают устроены так, чтобы тебя поторопить. Нажми на всё, что является уловкой.
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = Внутри может оказаться легендарный скин! По этой цене осталось всего 3!
contract-the-loot-box-part-timer = Предложение закончится через 04:59
contract-the-loot-box-feedback-part-timer = Обратный отсчёт нужен, чтобы тебя поторопить и не дать остановиться и подумать. Такие предложения обычно возвращаются снова и снова.
contract-the-loot-box-part-odds = Шансы выпадения: маленькая «i» в углу
contract-the-loot-box-feedback-part-odds = Шансы спрятаны нарочно. Если их найти, окажется, что легендарный скин выпадает с вероятностью 0,4% — примерно 1 из 250 сундуков.
contract-the-loot-box-part-price = Цена: 500 кристаллов
contract-the-loot-box-feedback-part-price = Кристаллы скрывают настоящие деньги. 500 кристаллов стоят около 5,00 реальными деньгами, но это не ощущается как трата.
contract-the-loot-box-part-card = Отмечено: оплата сохранённой картой •••• 4421
contract-the-loot-box-feedback-part-card = Галочка, поставленная за тебя, означает оплату картой, сохранённой на этом устройстве, — скорее всего, родительской. Заранее поставленная галочка — это тёмный паттерн, ведь это не твой выбор.
contract-the-loot-box-part-rank = Твой ранг: Золото II, 1 победа до Платины
contract-the-loot-box-feedback-part-rank = Это просто твой прогресс. Ничего хитрого, хотя магазины обожают выскакивать как раз тогда, когда ты на взводе.
contract-the-loot-box-part-store = Название магазина вверху
contract-the-loot-box-feedback-part-store = Это не уловка: у каждой страницы магазина есть название. Уловки — в том, что продают, и в том, как продают.
contract-the-loot-box-part-close = Кнопка «Закрыть» (X) вверху
contract-the-loot-box-feedback-part-close = Это не уловка, а выход! Магазин всегда можно закрыть и вернуться к игре. Уйдя, ты ничего не теряешь.
contract-the-loot-box-part-chest = В центре светится: { $chest }
contract-the-loot-box-feedback-part-chest = Сначала платишь, а что внутри, узнаёшь только потом. Поэтому это и есть лутбокс: приз случайный, и в большинстве сундуков — обычные вещи.
contract-the-loot-box-pic-rank = Золото II
contract-the-loot-box-pic-rank-next = 1 победа до Платины!
contract-the-loot-box-pic-timer = 04:59
contract-the-loot-box-pic-price = 500
contract-the-loot-box-pic-card = Оплата картой •••• 4421

contract-the-loot-box-chest-choice = Мне вчера из такого выпала легендарка!! Открывай, пока таймер не кончился, поверь мне
contract-the-loot-box-choice-find-odds = Закрываю. А какие тут реальные шансы? Сначала гляну.
contract-the-loot-box-feedback-find-odds = Умно. Найти шансы и реальную цену — лучше любого таймера. А удачный сундук друга ничего не говорит о твоих шансах.
contract-the-loot-box-choice-untick-gems = Сниму галочку с карты и потрачу только свои кристаллы
contract-the-loot-box-feedback-untick-gems = Снять галочку с карты — отличная мысль: никакого внезапного счёта. Но ты всё равно платишь за случайный шанс со скрытыми вероятностями, а кристаллы копились часами. Сначала найти шансы — ещё лучше.
contract-the-loot-box-choice-trust-friend = Доверяю, { $friend } не врёт. Открываю, пока таймер идёт!
contract-the-loot-box-feedback-trust-friend = Есть над чем подумать: лутбокс работает как азартная игра — ты платишь за случайный шанс. Удача друга ничего не говорит о твоих шансах, а таймер был нужен, чтобы нажать хотелось быстрее.

contract-the-loot-box-chests = Открываешь: обычный скин. Мигает «Почти!», и ты открываешь ещё один. Семь сундуков спустя легендарки всё нет. Утром письмо: 7 покупок, 34,93, карта с последними цифрами 4421.
contract-the-loot-box-pic-inbox = Входящие
contract-the-loot-box-pic-receipt-subject = Чек: 7 покупок
contract-the-loot-box-pic-receipt-total = Итого: 34,93
contract-the-loot-box-pic-receipt-card = Карта •••• 4421
contract-the-loot-box-earned-gems = Твоих 500 кристаллов больше нет, а выпал обычный скин. Магазин мигает: «Почти получилось! Пополнить на 1000 кристаллов за 9,99?» Кнопка светится.
contract-the-loot-box-pic-gems-left = 0
contract-the-loot-box-pic-so-close = Почти получилось!
contract-the-loot-box-pic-topup = 1000 кристаллов за 9,99
contract-the-loot-box-odds-found = Нашлось мелким шрифтом: легендарка — 0,4%, примерно 1 из 250 сундуков. По 5,00 за сундук это около 1250 за один скин. Лутбокс работает как азартная игра: ты платишь за случайный шанс.
contract-the-loot-box-pic-odds-title = Шансы выпадения
contract-the-loot-box-pic-legendary = Легендарный
contract-the-loot-box-pic-epic = Эпический
contract-the-loot-box-pic-rare = Редкий
contract-the-loot-box-pic-common = Обычный
contract-the-loot-box-pic-pct-legendary = 0,4%
contract-the-loot-box-pic-pct-epic = 4,6%
contract-the-loot-box-pic-pct-rare = 20%
contract-the-loot-box-pic-pct-common = 75%

contract-the-loot-box-topup-choice = Эта светящаяся кнопка даст ещё одну попытку. Что теперь?
contract-the-loot-box-choice-close-store = Закрываю магазин. Это «почти» — просто крючок.
contract-the-loot-box-feedback-close-store = Отличный ход. Лутбокс работает как азартная игра, а «почти» показывают нарочно, чтобы покупки продолжались. Уйти — вот как здесь выигрывают.
contract-the-loot-box-choice-top-up = Одно пополнение. Следующий сундук точно будет лучше.
contract-the-loot-box-feedback-top-up = Есть над чем подумать: каждый сундук — новый случайный шанс, и прошлое «почти» ничего не значит. Желание «ещё разок» — именно то, на что рассчитана игра.
contract-the-loot-box-store-closed = Ты закрываешь магазин и играешь обычный матч. Победа: Платина, и ни копейки не потрачено. Но в магазине всё ещё стоит галочка на сохранённой карте, а { $adult } об этом не знает.
contract-the-loot-box-topped-up = Сохранённая карта платит 9,99. Ещё два сундука, ещё два обычных скина. Утром письмо: «Чек: 9,99, карта с последними цифрами 4421».

contract-the-loot-box-late-nag = 23:00. { $game } присылает уведомление: «Ежедневная серия закончится в полночь! Сыграй ещё 3 матча или купи Спасатель серии». И тут пишет { $friend }.
contract-the-loot-box-late-choice = не уходи!! мне 2 победы до Платины, поможешь?
contract-the-loot-box-choice-log-off = Прости, я выхожу. Серия или нет, мне надо спать.
contract-the-loot-box-feedback-log-off = Решаешь ты, а не игра. Сказать другу «нет» в 11 вечера трудно, а сон важнее любой серии. Настоящие друзья поймут.
contract-the-loot-box-choice-help-friend = Ладно, остаюсь и помогу тебе взять эти 2 победы
contract-the-loot-box-feedback-help-friend = Хотеть помочь — это по-доброму, и { $friend } это ценит! Но «ещё 2 победы» в 11 вечера — это крючок серии, который работает на вас обоих. Помочь можно завтра, после сна.
contract-the-loot-box-choice-streak-saver = Куплю Спасатель серии, и тогда можно спать спокойно
contract-the-loot-box-feedback-streak-saver = Есть над чем подумать: если платить, чтобы напоминания замолчали, игра узнаёт, что напоминать выгодно. Серия вернётся завтра вечером, и Спасатель тоже.
contract-the-loot-box-logged-off = Ты выходишь из игры и ложишься спать. Серия обнуляется, и ничего страшного не происходит. На следующий день видно: в магазине всё ещё отмечена сохранённая карта. { $adult } об этом не знает.
contract-the-loot-box-stayed-late = Две победы занимают шесть матчей. Уже час ночи. Выскакивает магазин: «Ночная акция! Спасатель серии за полцены, только сегодня».
contract-the-loot-box-saver = Сохранённая карта платит 1,99, и ты засыпаешь. Но напоминание возвращается каждый вечер, а с ним и нажатие. Через неделю письмо: 7 Спасателей серии, 13,93.

contract-the-loot-box-night-choice = Час ночи, и появляется акция «только сегодня». Что ты сделаешь?
contract-the-loot-box-choice-phone-off = Никаких акций в час ночи. Выключаю телефон, и всё.
contract-the-loot-box-feedback-phone-off = Хорошо подмечено! Ночные акции приходят, когда человек устал. Выключить телефон — значит вернуть себе контроль, даже после долгой ночи.
contract-the-loot-box-choice-half-price = За полцены? Ладно, только один раз, и сразу спать.
contract-the-loot-box-feedback-half-price = Есть над чем подумать: акции «только сегодня» появляются, когда человек устал, потому что уставшие нажимают легче. Серия вернётся завтра, и акция тоже.
contract-the-loot-box-phone-off = Наконец ты выключаешь телефон. Ничего не потрачено, но следующий день в школе тянется очень долго.
contract-the-loot-box-night-saver = 0,99 с сохранённой карты, и наконец можно спать. Следующей ночью серия снова зовёт, и акция возвращается.

contract-the-loot-box-card-choice = Карта всё ещё сохранена, а сундуки будут выскакивать и дальше. Что ты с этим сделаешь?
contract-the-loot-box-choice-lock-card = Попрошу: «{ $adult }, убери карту и поставь пароль»
contract-the-loot-box-feedback-lock-card = Умный ход. Без карты никакое сонное нажатие ничего не купит. Поговорить о тратах — это не признаться в проблеме, а вместе поставить лимиты. { $adult } поможет.
contract-the-loot-box-choice-leave-card = Пусть будет. Я знаю все уловки, так что это безопасно.
contract-the-loot-box-feedback-leave-card = Есть над чем подумать: знать уловки полезно, но они рассчитаны на моменты, когда человек устал или взволнован. Пароль на покупки защищает в худший день, а не в лучший.
contract-the-loot-box-card-left = Через неделю, в полночь, выскакивает сундук «Двойной опыт». Карта всё ещё отмечена, и до покупки одно нажатие.
contract-the-loot-box-parent-talk = Спасибо, что рассказываешь. Давай уберём карту, поставим пароль на покупки и договоримся о времени для игр, чтобы хватало на сон.

contract-the-loot-box-bill-choice = Это настоящие деньги с сохранённой карты, и { $adult } пока не знает. Что ты сделаешь?
contract-the-loot-box-choice-show-adult = Покажу письмо: «{ $adult }, давай попросим возврат!»
contract-the-loot-box-feedback-show-adult = Для этого нужна смелость, и это правильный ход. Если владелец карты попросит быстро, шансы на возврат выше, а ещё можно поставить пароль на покупки. { $adult } поможет.
contract-the-loot-box-choice-help-desk = Тихо напишу в службу помощи магазина насчёт возврата
contract-the-loot-box-feedback-help-desk = Попытка всё исправить — это ответственно! Но возврат обычно просит владелец карты, а карта всё ещё сохранена. { $adult } всё равно узнает, лучше от тебя, и правда может помочь.
contract-the-loot-box-choice-chase = Продолжу, а то всё потраченное пропадёт зря.
contract-the-loot-box-feedback-chase = Есть над чем подумать: отыгрывать уже потраченное — ровно то, на что рассчитаны такие магазины. Новые траты не вернут старые. Остановиться и рассказать никогда не поздно.
contract-the-loot-box-store-reply = Магазин отвечает: «Возврат должен запросить владелец аккаунта». А в магазине всё ещё отмечена сохранённая карта, и { $adult } ничего не знает.
contract-the-loot-box-parent-helps = Спасибо, что сразу рассказываешь, я не сержусь. Эти игры так и устроены. Давай вместе попросим возврат, уберём карту и поставим пароль на покупки.
contract-the-loot-box-chased = Ещё пять покупок, и сумма всё растёт. Каждое нажатие делает следующее легче.

contract-the-loot-box-reply-choice = Без взрослого магазин не поможет. { $adult } всё ещё не знает. Что теперь?
contract-the-loot-box-choice-show-reply = Покажу письмо и ответ магазина: { $adult } разберётся
contract-the-loot-box-feedback-show-reply = Смело и умно. Рассказать никогда не поздно. { $adult } может попросить возврат и заблокировать карту, и поговорить сейчас проще, чем когда придёт выписка.
contract-the-loot-box-choice-delete-email = Удалю письма. Теперь можно никому не рассказывать.
contract-the-loot-box-feedback-delete-email = Есть над чем подумать: удалённые письма не отменяют списаний, а карта всё ещё сохранена. Исправить всё поможет разговор: { $adult } всё равно узнает, лучше от тебя. И никогда не поздно.
contract-the-loot-box-deleted = Письма удалены. Списания — нет, и сохранённая карта всё ещё в магазине, а { $adult } так ничего и не знает.

contract-the-loot-box-end-safe = Настоящих денег не потрачено, и карту убрали вместе: ты и { $adult }. Ты знаешь, что лутбокс — это азартная игра, не гонишься за ним, и лимиты ставишь себе ты.
contract-the-loot-box-end-late = Ничего не потрачено, и ночная акция не сработала. Но помощь другу ({ $friend }) съела полночи, а завтра серия снова будет звать. Когда остановиться, решаешь ты.
contract-the-loot-box-end-night-saver = Остановиться получилось в час ночи, но только заплатив. Серия и акция вернутся завтра вечером, а карта всё ещё сохранена. Разговор о лимитах помог бы, и { $adult } поддержит.
contract-the-loot-box-end-card-left = За сундуками погони не было, и уловки тебе знакомы. Но карта всё ещё сохранена, и сонное нажатие может купить сундук в любую ночь. { $adult } может её убрать: попроси.
contract-the-loot-box-end-recovered = Вышло дороже, чем хотелось, но потом { $adult } узнаёт обо всём, и вы вместе просите возврат. Карта убрана, пароль на покупки стоит, а уловки теперь тебе знакомы.
contract-the-loot-box-end-mixed = Траты прекратились, но никто не знает, магазин не вернёт деньги, а карта всё ещё сохранена. Всё может повториться. Если рассказать, исправить будет проще, и { $adult } поможет.
contract-the-loot-box-end-harmful = Покупки продолжались, чтобы отыграть потраченное, и счёт рос. Такие магазины так и устроены, и это не твоя вина. Никогда не поздно рассказать взрослому, которому доверяешь: { $adult } или кому-то ещё. Тебе помогут.
