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
title-save-problem = Сохранённый прогресс не удалось прочитать, поэтому его отложили в сторону — ничего не потеряно:

## Who is playing
profiles-heading = Кто играет?
profiles-new = Новый игрок
profiles-nickname-label = Введи никнейм:
profiles-privacy-tip = Совет: придумай никнейм, а не пиши настоящее имя. Так твои данные останутся в секрете — и здесь, и в интернете.
profiles-avatar-label = Выбери цвет:
profiles-create = Начать игру
profile-error-empty = Сначала введи никнейм.
profile-error-too-long = Никнейм слишком длинный. Максимум символов: { $max }.
profile-error-taken = Такой никнейм уже занят. Попробуй другой!
profile-error-missing = Этого игрока не удалось найти.
avatar-coral = Коралловый
avatar-sun = Солнечный
avatar-leaf = Зелёный
avatar-sky = Небесный
avatar-violet = Фиолетовый
avatar-rose = Розовый

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
level-ending-mixed = Всё-таки получилось найти верный путь.
level-ending-harmful = Стало непросто.
level-see-results = Посмотреть результаты

## Debrief
debrief-outcome-safe = Молодец! И ты, и другие остались в безопасности.
debrief-outcome-mixed = В итоге всё получилось. Каждая попытка чему-то учит.
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
act-block = Заблокировать
act-report = Пожаловаться
act-tell = Сказать взрослому
act-close = Закрыть
act-accept = Принять
level-spot-hint = Нажми на каждую деталь, которая выдаёт подделку, а потом нажми «Готово».
level-spot-done = Готово
level-spot-clue = Зоркий глаз: это улика!
level-spot-not-clue = С этой частью всё в порядке.
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
