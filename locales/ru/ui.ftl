# Слова самой игры: экраны, кнопки и реплики Санго.
# Слова сценариев — в отдельном файле для каждого сценария; цели — в objectives.ftl.

empty = {""}
back = Назад

## Title
title-name = Санго
title-tagline = Исследуй онлайн-мир безопасно — Санго будет твоим гидом.
title-play = Играть
title-quit = Выйти
title-content-problems = { $count ->
    [one] В уроках найдена { $count } проблема. Учитель может запустить «sango validate», чтобы узнать причину:
    [few] В уроках найдены { $count } проблемы. Учитель может запустить «sango validate», чтобы узнать причину:
    [many] В уроках найдено { $count } проблем. Учитель может запустить «sango validate», чтобы узнать причину:
   *[other] В уроках найдено проблем: { $count }. Учитель может запустить «sango validate», чтобы узнать причину:
}
title-save-problem = С сохранённым прогрессом что-то не так — пусть посмотрит взрослый. Ничего не потеряно: учитель может увидеть подробности.

## Who is playing
profiles-heading = Кто играет?
profiles-new = Новый игрок
profiles-nickname-label = Введи никнейм:
profiles-privacy-tip = Совет: придумай никнейм, а не пиши настоящее имя. Так твои данные останутся в секрете — и здесь, и в интернете.
profiles-privacy-full-name = Это твоё настоящее имя? Придуманный никнейм безопаснее: незнакомцы не смогут по нему тебя найти. Но можно оставить и его.
profiles-privacy-email = Похоже на адрес электронной почты. Придуманный никнейм безопаснее: по адресу незнакомцы могут тебе писать. Но можно оставить и его.
profiles-privacy-phone = Похоже на номер телефона. Придуманный никнейм безопаснее: по номеру незнакомцы могут звонить и писать. Но можно оставить и его.
profiles-avatar-label = Выбери свою картинку:
profiles-create = Начать игру
profile-error-empty = Сначала введи никнейм.
profile-error-too-long = Никнейм слишком длинный. Максимум символов: { $max }.
profile-error-taken = Такой никнейм уже занят. Попробуй другой!
profile-error-symbols = Используй буквы и цифры: некоторые знаки и картинки здесь не отображаются и могут сделать два никнейма похожими.
profile-error-missing = Этого игрока не удалось найти.
avatar-coral = Коралловый мишка
avatar-sun = Солнышко
avatar-leaf = Зелёный росток
avatar-sky = Голубой робот
avatar-violet = Фиолетовая сова
avatar-rose = Розовый зайчик

## World map
map-heading = Онлайн-мир
map-playing-as = Играет: { $nickname }
map-change-player = Сменить игрока
map-no-levels = Скоро здесь появятся новые приключения.
risk-content = Контент
risk-content-hint = Что ты видишь и читаешь в интернете
risk-contact = Контакты
risk-contact-hint = Люди, которые пишут тебе в интернете
risk-conduct = Поведение
risk-conduct-hint = Как мы относимся друг к другу в интернете
risk-contract = Сделки
risk-contract-hint = Игры, приложения, покупки и твои данные

## A level
speaker-sango = Санго
speaker-you = Ты
level-leave = Выйти из уровня
level-continue = Дальше
level-what-do-you-do = Что ты сделаешь?
level-you-chose = Твой выбор: «{ $choice }»
level-verdict-safe = Отличный выбор!
level-verdict-cautious = Неплохо, но есть способ безопаснее.
level-verdict-risky = Давай подумаем об этом вместе.
level-ending-safe = Ты в безопасности!
level-ending-mixed = Пока всё в порядке.
level-ending-recovered = Получилось всё исправить!
level-ending-harmful = Стало непросто.
level-see-results = Посмотреть результаты

## Debrief
debrief-outcome-safe = Молодец! И ты, и другие остались в безопасности.
debrief-outcome-mixed = В этот раз обошлось, но проблема ещё не решена. Каждая попытка чему-то учит.
debrief-outcome-recovered = Получилось всё исправить. Рассказать, заблокировать или пожаловаться после ошибки — именно то, что нужно.
debrief-put-right = После ошибки получилось исправить: «{ $choice }»
debrief-outcome-harmful = Это была трудная история. Сыграй ещё раз, чтобы найти безопасный путь: Санго в тебя верит!
debrief-objectives = Что получилось потренировать
debrief-practised-well = Здесь у тебя всё отлично получилось!
debrief-not-yet-practised = Это ты потренируешь в другом выборе.
debrief-practise-again = Давай потренируем это ещё раз.
debrief-remember = Санго просит запомнить
debrief-not-saved = В этот раз звёзды не удалось сохранить, но можно играть дальше.
debrief-back-to-map = Вернуться к карте
debrief-play-again = Сыграть ещё раз

## App stages
stage-chat = чат
stage-feed = лента
stage-popup = предложение
level-spot-hint = Нажми на каждую деталь, которая тебя настораживает, а потом нажми «Готово».
level-spot-hint-picture = Внимательно рассмотри картинку. Нажми на каждое место, которое тебя настораживает (или перейди к нему клавишей Tab и нажми Enter), а потом нажми «Готово».
level-spot-done = Готово
level-spot-clue = Зоркий глаз: это улика!
level-spot-not-clue = С этой частью всё в порядке.
level-spot-everything = Если нажимать на всё подряд, улики найдутся, но и обычные части окажутся под подозрением. Замечать — значит выбирать только то, что действительно настораживает.
level-spot-some-fine = Некоторые отмеченные части были в порядке. Осторожность — это ещё и доверие к настоящему.
level-spot-missed = Одна улика осталась незамеченной. Посмотри на каждую часть и спроси себя: есть ли здесь что-то настораживающее?
level-spot-result = Найдено улик: { $found } из { $clues }{ $mistaken ->
    [0] .
    [one] . А ещё { $mistaken } часть отмечена зря: с ней всё в порядке.
    [few] . А ещё { $mistaken } части отмечены зря: с ними всё в порядке.
    [many] . А ещё { $mistaken } частей отмечено зря: с ними всё в порядке.
   *[other] . А ещё отмечено зря частей: { $mistaken }.
}

## Age bands (the map shows one at a time)
map-ages = Возраст:
band-9-12 = 9–12
band-13-15 = 13–15
band-16-18 = 16–18

## Who is playing: many children share one computer
profiles-new-player = Я тут впервые
profiles-page = Страница { $page } из { $pages }
profiles-previous = Предыдущая
profiles-next = Следующая
profiles-none-yet = На этом компьютере ещё ни у кого нет профиля. Нажми «Я тут впервые», чтобы создать его.
profiles-remove-heading = Выбери профиль, который нужно удалить
profiles-remove-confirm = Удалить профиль { $nickname } и все его звёзды? Это нельзя отменить.
profiles-remove-yes = Да, удалить
profiles-removed = Профиль { $nickname } удалён.
cancel = Отмена
title-teacher = Учитель
title-settings-problem = В файле настроек школы есть ошибка, поэтому используются обычные настройки:

## Teacher PIN
pin-set-heading = Придумайте PIN-код учителя
pin-set-hint = Используйте от 4 до 12 цифр, которых не знают дети. Этот компьютер хранит только зашифрованный отпечаток кода (хеш Argon2), а после неверных попыток приходится ждать.
pin-confirm-heading = Введите тот же PIN-код ещё раз
pin-enter-heading = PIN-код учителя
pin-enter-hint = Введите PIN-код учителя, чтобы открыть настройки учителя.
pin-ok = ОК
pin-erase = Стереть
pin-error-wrong = Неверный PIN-код. Попробуйте ещё раз.
pin-error-length = PIN-код состоит из 4–12 цифр.
pin-error-wait = Слишком много неверных попыток. Подождите { $seconds } с и попробуйте снова.
pin-error-mismatch = PIN-коды не совпали. Пожалуйста, начните заново.

## Teacher settings
teacher-heading = Настройки учителя
teacher-age-band = Возрастная группа класса:
teacher-language = Язык:
teacher-levels = Уровни для возраста { $band } (нажмите на уровень, чтобы включить или выключить его):
teacher-level-on = вкл
teacher-level-off = выкл
teacher-lock = Заблокировать
teacher-unlock = Разблокировать
teacher-locked = Заблокировано: дети не могут менять возрастную группу и язык.
teacher-unlocked = Разблокировано: дети могут менять возрастную группу и язык.
teacher-report = Отчёт по классу
teacher-remove-profile = Удалить профиль
teacher-reset = Сбросить весь прогресс
teacher-reset-confirm = Сбросить весь прогресс на этом компьютере? Все профили и звёзды будут удалены. Перед этим сохраняется резервная копия.
teacher-reset-yes = Да, сбросить
teacher-reset-done = Весь прогресс сброшен. Резервная копия сохранена здесь: { $path }
teacher-done = Готово
teacher-quit = Закрыть Санго
teacher-save-problem = Не удалось сохранить: { $error }

## Class report
report-heading = Отчёт по классу
report-summary = { $children ->
    [one] { $children } ребёнок
    [few] { $children } ребёнка
    [many] { $children } детей
   *[other] Детей: { $children }
}, пройдено уровней: { $levels }, звёзд: { $stars }
report-weakest = Больше всего классу нужно потренировать: { $objectives }
report-weakest-none = Пока ни одну цель ещё не тренировали.
report-chart-title = Безопасные выборы по каждой цели, весь класс
report-legend = Процент показывает, как часто делали безопасный выбор, когда уровень тренировал эту цель.
report-objective = Цель
report-class = Класс
report-nickname = Никнейм
report-levels = Уровни
report-stars = Звёзды
report-weakest-tag = нужна практика
report-distribution = Дети: уверенно — { $secure }, почти получается — { $middle }, нужно повторить — { $again }, ещё не пробовали — { $none }
report-save-csv = Сохранить как таблицу (CSV)
report-save-html = Сохранить для печати
report-saved = Сохранено: { $path }
report-save-failed = Не удалось сохранить: { $error }
report-empty = На этом компьютере пока никто из детей не прошёл ни одного уровня.
report-generated = Создано в Санго { $date }. Здесь только никнеймы и результаты; ничего не покидает этот компьютер.
report-per-child = По каждому ребёнку
profile-error-not-saved = Не удалось сохранить твой профиль на этом компьютере. Попроси учителя помочь.
pin-error-not-saved = Не удалось сохранить PIN-код на этом компьютере, поэтому он не установлен.
report-weakest-secure = Класс уверенно справляется со всеми целями, которые уже отработаны.
notice-language-unavailable = Не удалось загрузить тексты на языке «{ $language }». Проверь подключение и выбери язык ещё раз.
notice-level-words-unavailable = Не удалось загрузить тексты уровней. Проверь подключение и обнови страницу.
title-settings = Настройки
map-settings = Настройки
settings-heading = Настройки
settings-done = Готово
settings-text-size = Размер текста: { $size }
text-size-normal = Обычный
text-size-large = Крупный
text-size-largest = Очень крупный
settings-contrast = Высокая контрастность: { $state }
state-on = вкл.
state-off = выкл.
settings-turn-on = Включить
settings-turn-off = Выключить
settings-effects = Звуковые эффекты: { $level } из 10
settings-quieter = Тише
settings-louder = Громче
settings-sound = Звук: { $state }
settings-mute = Выключить весь звук
settings-unmute = Включить звук
settings-kept = Твои настройки сохранятся для тебя на этом компьютере.
help-button = Нужна помощь
help-heading = Нужна помощь? С этим не нужно справляться в одиночку.
help-now-heading = Что делать прямо сейчас
help-now-stop = Не отвечай. Тому, кто тебя обижает или расстраивает, отвечать совсем не обязательно.
help-now-keep = Сохрани сообщения: сделай скриншот. Так взрослому будет проще тебе помочь.
help-now-block = Заблокируй этого человека и пожалуйся на него в приложении или игре.
help-now-not-your-fault = Это не твоя вина, и попросить о помощи — всегда правильно.
help-adult-heading = Расскажи взрослому, которому доверяешь
help-adult-text = Родителю или тому, кто о тебе заботится, учителю или другому взрослому, которому ты доверяешь. Расскажи, что случилось, и покажи.
help-lines-heading = Телефоны доверия
help-lines-default = Детские телефоны доверия бесплатные, добрые и анонимные. Child Helpline International указывает номер для твоей страны на childhelplineinternational.org
help-danger = Если тебе грозит опасность прямо сейчас, позвони в экстренную службу своей страны.
help-close = Вернуться в игру
settings-music = Музыка: { $level } из 10
settings-motion = Меньше движения: { $state }

# Read aloud
level-listen = Слушать
level-listen-missing = Для этой фразы пока нет озвучки
settings-voice = Голос чтения: { $level } из 10
settings-read-aloud = Читать каждую фразу вслух, когда она появляется: { $state }
level-listen-no-voice = Здесь нет голоса для этого языка: загляни в Настройки
settings-speech-system = Читает вслух голос этого компьютера: { $voice }
settings-speech-pack = Читают вслух голоса из набора голосов
settings-speech-looking = Ищем голоса на этом компьютере…
settings-speech-none = На этом компьютере нет голоса для этого языка, а набор голосов не установлен. Учитель может его добавить: см. README игры.
settings-speech-other = Другой голос
settings-speech-use-pack = Включить набор голосов
settings-speech-use-system = Включить голос компьютера
settings-rate = Скорость чтения: { $rate }
settings-rate-slowest = очень медленная
settings-rate-slow = медленная
settings-rate-normal = обычная
settings-rate-fast = быстрая
settings-rate-fastest = очень быстрая
settings-slower = Медленнее
settings-faster = Быстрее

## Разминка, подведение итогов и повторение (проверка знаний): ситуации для оценки
check-warm-up-heading = Разминка с Санго
check-look-back-heading = Подводим итоги с Санго
check-booster-heading = Вспоминаем с Санго
check-warm-up-intro = Перед первым уровнем давай вместе разомнёмся! Я покажу тебе несколько коротких ситуаций. Про каждую скажи, нормально это или нет, а потом — насколько точно ты это знаешь.
check-look-back-intro = Позади много тренировок! Давай вместе подведём итоги на нескольких коротких ситуациях — почти как на разминке. Про каждую скажи, нормально это или нет, а потом — насколько точно ты это знаешь.
check-booster-intro = Мы давно не подводили итоги! Давай посмотрим, что ты помнишь, — вот несколько коротких ситуаций. После каждой я расскажу, на какую подсказку стоит обратить внимание.
check-no-score = Баллов здесь нет, и за ответы не ставят оценок. Твои ответы помогают учителю увидеть, чему учится класс.
check-start = Начнём
check-skip = Пропустить разминку
check-stop = Сделать перерыв
check-progress = Ситуация { $number } из { $count }
check-is-it-ok = Это нормально?
check-ok = Нормально
check-not-ok = Не нормально
check-how-sure = Насколько точно ты знаешь ответ?
check-sure-guessing = Просто угадываю
check-sure-fairly-sure = Думаю, что знаю
check-sure-very-sure = Точно знаю
check-feedback-right-ok = Верно: это нормально.
check-feedback-right-not-ok = Верно: это не нормально.
check-feedback-look-again-ok = Посмотри ещё раз: это нормально.
check-feedback-look-again-not-ok = Посмотри ещё раз: это не нормально.
check-next = Дальше
check-thanks-warm-up = Спасибо! Вот мы и размялись. Давай сыграем твой первый уровень.
check-thanks-look-back = Спасибо! Здорово было подвести итоги вместе. Каждый уровень, который ты проходишь, помогает тебе быть в безопасности в интернете.
check-thanks-booster = Здорово было вспомнить всё вместе! Ищи такие подсказки каждый раз, когда ты в интернете.
check-to-level = Начать уровень
check-not-saved = В этот раз ответы не удалось сохранить, но можно играть дальше.

## Советы и значки
map-badges = Мои значки ({ $count })
map-look-back = { $kind ->
    [booster] С подведения итогов с Санго прошла уже неделя. А ты всё помнишь?
   *[other] Позади много тренировок! Санго хочет подвести итоги вместе с тобой.
}
map-look-back-start = { $kind ->
    [booster] Вспоминаем с Санго
   *[other] Итоги с Санго
}
map-next-growing = Санго советует «{ $level }»: там тренируется навык «{ $objective }», который ты ещё осваиваешь.
map-next-new = Санго советует «{ $level }»: там тренируется навык «{ $objective }», который тебе ещё не встречался в уровнях.
map-next-tag = Санго советует
badges-heading = Значки игрока { $nickname }
badges-count = { $earned } из { $count }
badges-how = { $levels ->
    [one] Значок можно получить, когда навык встретился тебе хотя бы в { $levels } уровне и ты делаешь безопасный выбор не меньше трёх раз из четырёх.
   *[other] Значок можно получить, когда навык встретился тебе хотя бы в { $levels } уровнях и ты делаешь безопасный выбор не меньше трёх раз из четырёх.
}
badges-earned = Значок получен!
badges-not-yet = Пока нет: сыграй уровни, где тренируется этот навык.
debrief-new-badges = { $count ->
    [one] Новый значок!
   *[other] Новые значки!
}

## Отчёт по классу: разминка, подведение итогов и повторение
report-tab-levels = Уровни
report-tab-learning = Проверки знаний
report-badges = Значки
report-warm-up = Разминка
report-look-back = Итоги
report-booster = Повторение
report-gain = Прирост (баллы)
report-false-alarms-warm-up = Ложные тревоги, разминка (%)
report-false-alarms-look-back = Ложные тревоги, итоги (%)
report-false-alarms-booster = Ложные тревоги, повторение (%)
report-false-alarms-column = Безопасное названо «не нормально» (%): разминка / итоги / повторение
report-false-alarms-cell = { $warmup } / { $lookback } / { $booster }
report-confidence-warm-up = Уверенность, разминка (от 1 до 3)
report-confidence-look-back = Уверенность, итоги (от 1 до 3)
report-objective-warm-up = { $objective }: разминка
report-objective-look-back = { $objective }: итоги
report-objective-booster = { $objective }: повторение
report-not-taken = не проходили
report-estimate = { $mean } (от { $low } до { $high })
report-share-estimate = { $mean } % (от { $low } до { $high })
report-cell = { $value }, { $children ->
    [one] { $children } ребёнок
    [few] { $children } ребёнка
    [many] { $children } детей
   *[other] { $children } ребёнка
}
report-effect-size = Размер эффекта (d Коэна)
report-interval = 95%-й интервал
report-paired = Прошли оба этапа
report-retention = Сохранилось к повторению (баллы)
report-boosters = Прошли повторение
report-more-suspicious = Стали подозрительнее к безопасным ситуациям
report-column-children = { $check }: детей
report-column-discernment = { $check }: различение
report-column-low = { $check }: 95%-й интервал, от
report-column-high = { $check }: 95%-й интервал, до
report-column-false-alarms = { $check }: ложные тревоги (%)
report-learning-heading = Разминка, подведение итогов и повторение
report-learning-effect = { $paired ->
    [one] { $paired } ребёнок прошёл
    [few] { $paired } ребёнка прошли
    [many] { $paired } детей прошли
   *[other] { $paired } ребёнка прошли
} и разминку, и подведение итогов. Их различение изменилось с { $pre } до { $post } (разница в баллах: { $gain }). Размер эффекта d = { $d } (95%-й интервал: от { $low } до { $high }).
report-learning-waiting = { $warmups ->
    [one] Разминку прошёл { $warmups } ребёнок
    [few] Разминку прошли { $warmups } ребёнка
    [many] Разминку прошли { $warmups } детей
   *[other] Разминку прошли { $warmups } ребёнка
}, подведение итогов — { $lookbacks }, оба этапа — { $paired }. Прирост класса появится, когда оба этапа пройдут хотя бы двое детей.
report-false-alarm-trend = Безопасные ситуации, названные «не нормально»: { $pre } на разминке, { $post } при подведении итогов. { $suspicious ->
    [0] Ни один ребёнок не стал подозрительнее к безопасным ситуациям.
    [one] { $suspicious } ребёнок стал заметно чаще, чем раньше, называть безопасные ситуации «не нормально».
    [few] { $suspicious } ребёнка стали заметно чаще, чем раньше, называть безопасные ситуации «не нормально».
    [many] { $suspicious } детей стали заметно чаще, чем раньше, называть безопасные ситуации «не нормально».
   *[other] { $suspicious } ребёнка стали заметно чаще, чем раньше, называть безопасные ситуации «не нормально».
}
report-retention-line = { $boosters ->
    [one] { $boosters } ребёнок прошёл повторение
    [few] { $boosters } ребёнка прошли повторение
    [many] { $boosters } детей прошли повторение
   *[other] { $boosters } ребёнка прошли повторение
} через неделю или больше после подведения итогов: различение по тем же навыкам изменилось (в баллах) на { $change }.
report-retention-waiting = Сравнивать с повторением пока не с чем (пройдено: { $boosters }): оно бывает через неделю или больше после подведения итогов.
report-learning-about = Каждая проверка показывает ситуации, половина из которых безопасна, и их нужно оценить: «нормально» или «не нормально». Различение — это доля замеченных рискованных ситуаций минус доля безопасных, названных «не нормально», от -100 до 100 баллов: если на всё отвечать «не нормально», получится 0. При подведении итогов спрашивают только о навыках, которые ребёнок тренировал в двух уровнях или больше. Для каждого показателя указаны 95%-й интервал и число детей. Размер эффекта 0,2 считается малым, 0,5 — средним, 0,8 — большим.

## Разбери ленту: поделиться, сначала проверить или не делиться
sort-pile-share = Поделиться
sort-pile-check = Сначала проверить
sort-pile-dont-share = Не делиться
level-sort-count = Пост { $n } из { $total }
level-sort-done = Готово
level-sort-again = Разобрать заново
level-sort-result = Постов на лучшей стопке: { $right } из { $total }.
level-sort-placed = Ты: { $put } · Лучше: { $best }
level-sort-doubted = Некоторые правдивые и добрые посты остались у тебя. Сомневаться во всём — это не то же самое, что проверять: правдой и добротой стоит делиться.
level-sort-passed-on = Некоторые посты, которые должны были остаться у тебя, ушли дальше. Прежде чем поделиться, спроси себя: это правда? это по-доброму? мне ли этим делиться?
level-setup-heading = Настройки аккаунта
level-setup-setting = { $setting }: { $value }
level-setup-done = Готово
level-setup-result = Настроек, подходящих для этой ситуации: { $right } из { $total }.
level-setup-chosen = Ты: { $chosen } · Здесь лучше всего: { $best }
level-setup-left-open = Некоторые настройки остались такими, как их выставило приложение. Начальные настройки удобны приложению, а не тебе: проверь каждую.
level-setup-closed-too-far = Если закрыть всё, незнакомцы до тебя не доберутся. Но не доберутся и те, ради кого заводили этот аккаунт. Безопасные настройки подбирают под то, что тебе нужно.
level-compose-to = Кому: { $to }
level-compose-empty = Твоё сообщение пока пустое. Выбери, что сказать.
level-compose-send = Отправить
level-compose-result = Нужных фраз в сообщении: { $needed } из { $total }.
level-compose-in-needed = Есть в сообщении: ей там самое место.
level-compose-in-harm = Есть в сообщении: а она вредит.
level-compose-in-either = Есть в сообщении: можно и так, и так.
level-compose-out-needed = Нет в сообщении: а она была нужна.
level-compose-out-harm = Нет в сообщении: молодец!
level-compose-out-either = Нет в сообщении: можно и так, и так.
level-compose-harm = Некоторые слова в сообщении могут кого-то ранить или выдать лишнее. Важно не только то, что ты говоришь, но и то, о чём ты молчишь.
level-compose-nothing = Пустое сообщение ничем не поможет. Выбери слова, которые говорят нужное, и отправь их.
level-compose-missing = Сообщение доброе и безопасное, но в нём не хватает чего-то нужного. Скажи всё, что нужно, ясно и понятно.

## Запри: кодовая фраза, настройки входа и настоящая страница входа
level-lock-passphrase = Твоя парольная фраза
level-lock-empty = Пока пусто. Выбери части, чтобы её собрать.
level-lock-settings = Настройки входа
level-lock-done = Запереть
level-lock-pages = Проверь адрес. На какой странице ты войдёшь?
level-lock-result = Твоя парольная фраза { $passphrase }. { $real ->
    [1] Страница для входа была настоящей.
   *[0] Страница для входа оказалась поддельной.
}
level-lock-strong = надёжная и легко запоминается
level-lock-could-be-stronger = неплохая, но могла бы быть лучше
level-lock-weak = легко угадывается
level-lock-piece-word = Обычное слово: делает парольную фразу надёжной.
level-lock-piece-personal = О тебе: другие могут это угадать.
level-lock-piece-common = Популярный пароль: его пробуют первым.
level-lock-piece-jumble = Мешанина символов: надёжно, но трудно запомнить.
level-lock-page-real = Вход здесь: настоящая страница.
level-lock-page-fake = Вход здесь: поддельная страница.
level-lock-real-was = Настоящая страница: { $address }
level-lock-fake-page = Поддельная страница получила парольную фразу. Прежде чем вводить, прочитай имя прямо перед первым одиночным знаком /: оно показывает, чья страница. Если такое случится, сразу смени фразу и расскажи тому, кому доверяешь.
level-lock-guessable = Часть парольной фразы легко угадать: то, что касается тебя, есть в твоих постах, а популярные пароли пробуют первыми.
level-lock-settings-open = Одну из настроек входа можно выбрать лучше: почему — смотри ниже. С двухэтапным входом украденной парольной фразы мало.
level-lock-jumble = Мешанина символов надёжна, но её трудно запомнить, и в итоге её записывают. Обычные слова, которые легко представить, и надёжны, и запоминаются.
level-lock-short = Парольная фраза слишком короткая и не устоит. Добавь ещё обычных слов.

## Сыграй за другую сторону: фальшивый пост из уловок, а потом наоборот
level-craft-people = Кто его увидит
level-craft-room = Занято мест: { $used } из { $room }
level-craft-full = Занято мест: { $used } из { $room }. Свободных нет: убери одну часть, чтобы заменить.
level-craft-post = Опубликовать
level-craft-result = Твой пост обманул { $fooled } из { $people ->
    [one] { $people } человека
   *[other] { $people } человек
}.
level-craft-verdict-safe = Ты знаешь эти уловки!
level-craft-verdict-cautious = Некоторые из этих уловок ты знаешь.
level-craft-verdict-risky = Давай разберём эти уловки вместе.
level-craft-fooled = Обман сработал
level-craft-not-fooled = Обман не сработал
level-craft-was-trick = Уловка
level-craft-was-honest = Не уловка: помогает проверить.
level-craft-turn = А теперь — наоборот
level-craft-nothing = Пустой пост никого не обманет. Выбери уловки, которые подействуют на этих людей.
level-craft-honest = Некоторые части были честными: они помогают проверить, поэтому никого не обманывают.
level-craft-missed = Кто-то не попался: прочитай, какой каждый человек и какая уловка на него подействует.

## История возрастной группы и «Мой телефон»
map-phone = Мой телефон
map-story-next = { $story }: глава { $chapter } из { $count }, { $level }
map-story-closed = { $story }: твоя история завершена!
map-story-open = Твоя история
map-story-read-close = Чем всё закончилось
story-progress = Сыграно глав: { $done } из { $count }
story-chapter = Глава { $number }
story-next = Дальше
phone-heading = Телефон игрока { $nickname }
phone-how = Вот что твои решения оставили в телефоне и в интернете. Санго подскажет, что делать с каждым из них.
phone-empty = Пока здесь пусто. Когда ты играешь, здесь появляется то, чем ты делишься, кого блокируешь и что меняешь.
phone-private = Это видно только в профиле твоего игрока и никогда не попадает в отчёт по классу. Всё хранится на этом устройстве и исчезает, когда игрока удаляют.
phone-sango-says = Санго: { $advice }
phone-shared = Чем и с кем я делюсь
phone-location = Где включена моя геолокация
phone-blocked = Кого я блокирую или на кого жалуюсь
phone-setting = Какие настройки я меняю
