# Сделки / коммерция: Пробный период (16–18 лет). Автопродление, заранее отмеченное согласие, передача данных, серии и сон.

contract-the-free-trial-title = Пробный период
contract-the-free-trial-summary = Приложение для учёбы дарит 7 дней Premium бесплатно, но мелкий шрифт и ночные уведомления о серии говорят о другом.
contract-the-free-trial-remember = «Бесплатные» пробные периоды часто продлеваются сами, а заранее поставленные галочки раздают твои данные. Читай мелкий шрифт, снимай галочки и береги сон: это часть учёбы.

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-friend-leila = Лейла
contract-the-free-trial-friend-oscar = Олег
contract-the-free-trial-friend-hana = Аня
contract-the-free-trial-adult-mum = Мама
contract-the-free-trial-adult-dad = Папа
contract-the-free-trial-adult-gran = Бабушка

contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = Пробные экзамены через три недели. Весь месяц ты пользуешься бесплатной версией { $app }: карточки, прошлые задания, учебная серия в 21 день. 23:40 — и экран телефона загорается.

contract-the-free-trial-streak = { $app }: «Твоя серия в 21 день сгорит в полночь! Пройди раунд сейчас или заморозь её с Premium: 7 дней БЕСПЛАТНО, в одно касание».
contract-the-free-trial-choice-sleep = Это просто цифра. Уведомления выключаю, иду спать.
contract-the-free-trial-feedback-sleep = Отличное решение. Во сне мозг закрепляет выученное, так что сон — часть учёбы. Уведомление о серии в полночь создано, чтобы зацепить, а не чтобы помочь учиться.
contract-the-free-trial-choice-ten-minutes = Десять минуток, чтобы серия была в безопасности, и спать.
contract-the-free-trial-feedback-ten-minutes = Десять минут редко остаются десятью. Серия внушила, что ты что-то потеряешь, и приложение вернуло тебя в полночь. Выключенные уведомления о серии лишают его этой власти.
contract-the-free-trial-choice-freeze = Бесплатно же, заморожу. Подробности проверю потом.
contract-the-free-trial-feedback-freeze = Есть над чем подумать: предложение «бесплатно, в одно касание» в полночь приходит, когда человек устал и не читает. Карта, которую просят, — вот что превращает пробу в счёт.
contract-the-free-trial-pic-clock = 23:40
contract-the-free-trial-pic-streak-ends = Твоя серия в 21 день сгорит в полночь!
contract-the-free-trial-pic-do-round = Пройти раунд
contract-the-free-trial-pic-freeze = Заморозить: 7 дней БЕСПЛАТНО

contract-the-free-trial-slept = Ты выключаешь уведомления и спишь. Утром серия на нуле, а карточки даются легче. Потом их закрывает окно: «Перейди на Premium! 7 дней БЕСПЛАТНО».
contract-the-free-trial-ten-more = Десять минут превращаются в сорок: «Бонусный раунд! Двойные очки!» Свет гаснет в 00:30. На следующий день карточки закрывает окно: «Больше никогда не теряй серию. Premium, 7 дней БЕСПЛАТНО».
contract-the-free-trial-frozen = Серия заморожена! Номер карты введён в полусне и сохранён. День 8: с карты списывается 79,99 за целый год, а почту начинают заполнять «предложения партнёров».

contract-the-free-trial-signup-spot = «Бесплатно» звучит отлично. Нажми на то, что стоит узнать до регистрации.
contract-the-free-trial-card-title = { $app } Premium: 7 дней БЕСПЛАТНО
contract-the-free-trial-card-body = Начни бесплатный пробный период сегодня. Отмена в любой момент. Нужны данные карты.
contract-the-free-trial-part-renewal = Мелкий шрифт: «затем 79,99 в год, если не отменить»
contract-the-free-trial-feedback-renewal = Да. Пробный период сам превращается в ежегодный платёж. «Отмена в любой момент» помогает, только если не забыть, а кнопку отмены часто прячут глубоко в настройках.
contract-the-free-trial-part-box = Уже отмечено: «Присылайте мне предложения партнёров»
contract-the-free-trial-feedback-box = В точку. Заранее поставленная галочка рассчитывает, что ты не заметишь. Согласие на рекламу должно быть твоим выбором, и во многих странах так считает и закон. Сними галочку.
contract-the-free-trial-part-data = Условия: «Мы можем передавать ваши данные избранным партнёрам»
contract-the-free-trial-feedback-data = Верно. «Партнёры» могут оказаться рекламодателями, которые покупают сведения о том, что, когда и где ты учишь. Проверь, что будет с твоими данными, прежде чем соглашаться.
contract-the-free-trial-part-features = «Безлимитные карточки и варианты прошлых лет»
contract-the-free-trial-feedback-features = Не улика: это просто то, что предлагает Premium. Функции — это нормально; важны цена после пробного периода и то, что делают с твоими данными.
contract-the-free-trial-pic-feature-cards = Безлимитные карточки
contract-the-free-trial-pic-feature-papers = Все варианты прошлых лет
contract-the-free-trial-pic-card-number = Номер карты
contract-the-free-trial-pic-offers = Присылайте мне предложения партнёров
contract-the-free-trial-pic-start-trial = Начать бесплатный период
contract-the-free-trial-pic-renewal = затем 79,99 в год, если не отменить
contract-the-free-trial-pic-terms = Условия: мы можем передавать ваши данные избранным партнёрам

contract-the-free-trial-sign-up = Premium выглядит полезным, и { $friend } им пользуется. Что ты сделаешь?
contract-the-free-trial-choice-stay-free = Бесплатной версии мне хватает. Закрываю это окно.
contract-the-free-trial-feedback-stay-free = Умно. Бесплатная версия уже справляется, а закрытое предложение оставляет карту и данные при тебе. Пробовать то, что не нужно, никто не обязывает.
contract-the-free-trial-choice-trial-careful = Пробный период, галочку снять, напоминание об отмене на 6-й день.
contract-the-free-trial-feedback-trial-careful = Осторожный способ попробовать: галочка снята, напоминание стоит. Но отмену часто нарочно делают сложной, а с привязанной картой один промах стоит целого года.
contract-the-free-trial-choice-start-trial = Запускаю. «Отмена в любой момент» — значит, безопасно.
contract-the-free-trial-feedback-start-trial = Есть над чем подумать: «отмена в любой момент» помогает, только если о ней помнить, а с отмеченной галочкой твои данные уходят и партнёрам. Это ещё можно исправить.

contract-the-free-trial-free-win = Ты закрываешь предложение и учишься дальше в бесплатной версии. На 8-й день { $friend } жалуется: «бесплатная» проба только что превратилась в 79,99 за год.
contract-the-free-trial-day-six = День 6: срабатывает напоминание. Отмена занимает пять экранов, а потом: «Точно? Ты потеряешь серию! Останься ещё на 3 дня БЕСПЛАТНО?» Таймер отсчитывает от 60.
contract-the-free-trial-pic-timer = 0:47
contract-the-free-trial-pic-sure = Точно?
contract-the-free-trial-pic-lose-streak = Ты потеряешь серию!
contract-the-free-trial-pic-stay-free = Ещё 3 дня БЕСПЛАТНО
contract-the-free-trial-pic-cancel-anyway = Всё равно отменить
contract-the-free-trial-charged = День 8: с карты списывается 79,99 за целый год. Почта забита «предложениями партнёров», а уведомления о серии теперь приходят в 2 часа ночи.
contract-the-free-trial-pic-day-eight = День 8
contract-the-free-trial-pic-paid = { $app } Premium: 1 год
contract-the-free-trial-pic-amount = -79,99
contract-the-free-trial-pic-partner-offers = Предложения партнёров

contract-the-free-trial-cancel-flow = Таймер тикает. Что нажимаешь?
contract-the-free-trial-choice-cancel-anyway = Всё равно отменить. Никакая серия не стоит 79,99 в год.
contract-the-free-trial-feedback-cancel-anyway = Молодец. Чувство вины, таймеры и «ещё немного бесплатно» нужны, чтобы тянуть время до списания. Уловка раскрыта, деньги на месте.
contract-the-free-trial-choice-three-more = Ещё три бесплатных дня не повредят. Отменю потом.
contract-the-free-trial-feedback-three-more = Есть над чем подумать: таймер и «лишние дни» придуманы, чтобы удержать. Эти дни сдвигают продление дальше напоминания, которое ты ставишь.
contract-the-free-trial-cancelled = Отменено, с запасом в день. Серия обнуляется, а карта остаётся нетронутой.
contract-the-free-trial-extended = Через три дня подготовка к экзаменам затягивает, и напоминание не приходит. С карты списывается 79,99 за целый год.

contract-the-free-trial-recover = Ох. Такое случается со многими, и дизайн на это и рассчитан. Прав у тебя больше, чем кажется. Что ты сделаешь?
contract-the-free-trial-choice-show-adult = Показать списание, и пусть { $adult } поможет вернуть деньги.
contract-the-free-trial-feedback-show-adult = Хороший шаг. Магазины приложений часто возвращают деньги за продление, если попросить быстро, а во многих странах есть право отменить подписку и отказаться от рекламы. Взрослый поможет.
contract-the-free-trial-choice-cancel-tell-friend = Отменю и скажу: «{ $friend }, не попадись на это!»
contract-the-free-trial-feedback-cancel-tell-friend = Отмена останавливает следующее списание, а твоё «{ $friend }, не попадись» — это по-доброму. Но друг не вернёт тебе деньги. Быстрая просьба о возврате с помощью взрослого часто может.
contract-the-free-trial-choice-use-more = Оставлю. Premium поможет учиться, так что оно того стоит.
contract-the-free-trial-feedback-use-more = Есть над чем подумать: это ловушка невозвратных затрат. Уже потраченные деньги не должны решать, что делать дальше. Ещё можно попросить возврат и отменить подписку.

contract-the-free-trial-kept-paying = Ты учишься с Premium, но год оплачен, предложения партнёров копятся, а уведомления о серии в 2 ночи будят тебя.
contract-the-free-trial-warned = Ты отменяешь подписку, { $friend } благодарит. Через неделю 79,99 всё ещё не вернулись, «предложения партнёров» приходят каждый день, а { $friend } рассказывает, что деньги вернули просто по просьбе.
contract-the-free-trial-refund = Спасибо, что показываешь. Ругать тут не за что, эти пробы ловят очень многих. Мы написали в магазин, вернули деньги, отменили подписку и отписались от писем партнёров.

contract-the-free-trial-still-emails = Списание никуда не делось, письма тоже. Что теперь?
contract-the-free-trial-choice-ask-refund = { $adult }, поможешь попросить у магазина возврат денег?
contract-the-free-trial-feedback-ask-refund = Хороший шаг, и ещё не поздно: магазины часто возвращают деньги, а взрослый поможет попросить об этом и отписаться от писем. Попросить помощи после ошибки — правильно.
contract-the-free-trial-choice-too-late = Уже поздно. Заблокирую их письма, так безопаснее.
contract-the-free-trial-feedback-too-late = Есть над чем подумать: блокировка прячет письма, но данные всё ещё у партнёров, а деньги потеряны. Попросить о возврате часто ещё не поздно.
contract-the-free-trial-gave-up = Ты блокируешь письма. Подписка отменена, но 79,99 так и потеряны, а твои данные остаются у «партнёров».

contract-the-free-trial-end-safe = Мелкий шрифт прочитан, бесплатная версия осталась, карта и данные — при тебе. Предложение старалось выглядеть бесплатным, но твой взгляд оказался внимательнее.
contract-the-free-trial-end-cancelled = Ты пробуешь Premium без галочки и отменяешь вовремя, несмотря на чувство вины и таймер. Ни списания, ни писем партнёров. В следующий раз сначала проверь, легко ли отменить.
contract-the-free-trial-end-extended = «Ещё три дня» превратились в годовое списание 79,99. Это не твоя вина: таймер был создан, чтобы торопить. Никогда не поздно рассказать взрослому, которому доверяешь, — он поможет попросить возврат.
contract-the-free-trial-end-mixed = Подписка отменена, но 79,99 потеряны, а данные всё ещё у «партнёров». О возврате никто пока не просил, и это ещё можно изменить.
contract-the-free-trial-end-recovered = Проба сработала как ловушка, но { $adult } теперь в курсе, и всё исправлено: подписка отменена, деньги вернулись, письма партнёров остановлены. Отлично.
contract-the-free-trial-end-harmful = Ты платишь за год, а хотелось лишь попробовать; реклама партнёров копится, уведомления не дают спать. Это не твоя вина, и ещё не поздно: расскажи взрослому, которому доверяешь, — он поможет отменить и вернуть деньги.
