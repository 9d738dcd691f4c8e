# Сделки / коммерция: Разрешения приложения (9–12 лет)

contract-the-app-permissions-title = Разрешения приложения
contract-the-app-permissions-summary = Бесплатное приложение для рисования хочет знать, где ты, получить твои контакты и не только. Что же разрешить?
contract-the-app-permissions-remember = Разрешай приложению только то, что ему действительно нужно, и спрашивай родителей, прежде чем регистрироваться или делиться данными. Когда остановиться, решаешь ты, а не приложение.

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-name-lucia = Люся
contract-the-app-permissions-name-ravi = Рома
contract-the-app-permissions-name-jonas = Яша
contract-the-app-permissions-adult-mum = Мама
contract-the-app-permissions-adult-dad = Папа
contract-the-app-permissions-adult-nana = Бабуля
contract-the-app-permissions-brush-rainbow = кисть «Радуга»
contract-the-app-permissions-brush-galaxy = кисть «Галактика»
contract-the-app-permissions-brush-glitter = кисть «Блёстки»

contract-the-app-permissions-npc-adult = { $adult }

contract-the-app-permissions-intro = Привет, это я, Санго! { $friend } советует тебе { $app } — бесплатное приложение для рисования с волшебными кистями. Теперь оно есть на семейном планшете. Давай откроем его вместе!

contract-the-app-permissions-perm-spot = Ещё до того, как начать рисовать, выскакивает большое окно. Нажми на детали, которые просят слишком много или пытаются тебя поторопить.
contract-the-app-permissions-card-title = { $app } запрашивает:
contract-the-app-permissions-card-body = Рисуй с максимальным удовольствием! Нажми «Разрешить всё», чтобы начать.
contract-the-app-permissions-part-location = Всегда знать, где ты находишься, «для лучших кистей»
contract-the-app-permissions-feedback-location = Хорошо подмечено! Кистям не нужно знать, где ты. Прежде чем доверять объяснению, проверь, есть ли в нём смысл. «Всегда» значит даже тогда, когда приложение закрыто.
contract-the-app-permissions-part-contacts = Читать все контакты на этом планшете
contract-the-app-permissions-feedback-contacts = Да! Контакты — это личная информация других людей: их имена и номера. Приложению для рисования они не нужны.
contract-the-app-permissions-part-camera = Использовать камеру, чтобы превращать фото в рисунки
contract-the-app-permissions-feedback-camera = Само по себе не улика. Превращать фото в рисунки — как раз дело для приложения-рисовалки. Но можно выбрать «только во время использования» или спросить родителей.
contract-the-app-permissions-part-signup = Зарегистрироваться с почтой и датой рождения
contract-the-app-permissions-feedback-signup = Верно подмечено! Почта и день рождения — это личная информация. Детям стоит спросить родителей, прежде чем регистрироваться, а во многих приложениях можно рисовать и без аккаунта.
contract-the-app-permissions-part-button = Огромная кнопка РАЗРЕШИТЬ ВСЁ и крошечная ссылка «выбрать»
contract-the-app-permissions-feedback-button = Зоркий глаз! Сделать «да на всё» огромным, а «выбрать» крошечным — это уловка, чтобы тебя поторопить. Всегда можно выбирать по одному пункту.

contract-the-app-permissions-perm-choice = Итак, какую кнопку ты нажмёшь? Помни: эти настройки можно поменять и потом.
contract-the-app-permissions-choice-ask-adult = Нажать «выбрать» — и пусть { $adult } поможет решить
contract-the-app-permissions-feedback-ask-adult = Отличная идея! Родители помогут проверить, что приложению на самом деле нужно. Соглашайся только на то, в чём есть смысл, например на камеру, чтобы превращать фото в рисунки.
contract-the-app-permissions-choice-deny-all = Запретить всё и сразу начать рисовать
contract-the-app-permissions-feedback-deny-all = Отказ сохранил твои данные в тайне! В следующий раз спроси ещё и родителей. Они помогут выбрать так, чтобы приложение работало, а данные оставались в безопасности.
contract-the-app-permissions-choice-allow-all = Нажать РАЗРЕШИТЬ ВСЁ. Хочу рисовать прямо сейчас!
contract-the-app-permissions-feedback-allow-all = Есть над чем подумать: большая кнопка была нужна, чтобы тебя поторопить, а объяснения не сходились. Теперь приложение знает, где ты и кого ты знаешь. Это можно исправить.

contract-the-app-permissions-adult-checks = Как хорошо, что ты спрашиваешь! Камера, только пока пользуешься приложением, — да. Геолокация и контакты — нет. И давай пропустим регистрацию: рисовать можно и без неё.
contract-the-app-permissions-drawing = Ты рисуешь дракона волшебными кистями. Выходит потрясающе! Время летит незаметно. Скоро пора спать, и тут появляется новое окно.

contract-the-app-permissions-bedtime-nag = «Не уходи! Нарисуй сегодня ещё 3 картинки, чтобы открыть { $brush }, или купи её прямо сейчас за 4,99! Твоя серия прервётся в полночь!»
contract-the-app-permissions-choice-stop = Закрыть и лечь спать. Порисую завтра.
contract-the-app-permissions-feedback-stop = Экран слушается тебя, а не наоборот! «Серия прервётся» — это уловка, чтобы не дать тебе уснуть. Сон поможет завтра рисовать лучше, а кисть подождёт.
contract-the-app-permissions-choice-one-more = Ещё только одну картинку, и спать
contract-the-app-permissions-feedback-one-more = Не платить — это умно! Но «ещё одна» часто превращается в кучу картинок, а окно только этого и хочет. Хороший сон важнее любой серии.
contract-the-app-permissions-choice-keep-going = Рисовать, пока не открою кисть
contract-the-app-permissions-feedback-keep-going = Есть над чем подумать: серии и таймеры придуманы, чтобы удерживать тебя в приложении. Если засидеться допоздна, завтра будет тяжелее. Когда остановиться, решаешь ты.

contract-the-app-permissions-shared = Появляется карта: «Художники рядом с тобой!» На ней — твоя точка. А потом { $friend } спрашивает, почему от тебя пришло приглашение в { $app }. А ведь никаких приглашений от тебя не было!
contract-the-app-permissions-shared-choice = Ой-ой. Приложение использует твою геолокацию и контакты. Не волнуйся, это можно изменить. Что ты сделаешь?
contract-the-app-permissions-choice-show-adult = Показать, и { $adult } поможет вместе всё отключить
contract-the-app-permissions-feedback-show-adult = Лучший ход! Родители помогут отключить геолокацию и контакты и проверить, что сохранило приложение. Ругать тебя не будут. Многие нажимают «Разрешить всё».
contract-the-app-permissions-choice-fix-alone = Отключить геолокацию самостоятельно и промолчать
contract-the-app-permissions-feedback-fix-alone = Отключить геолокацию — хороший шаг! Но у приложения остались твои контакты, а может, и что-то ещё. Родители помогут всё проверить и исправить.
contract-the-app-permissions-choice-leave-on = Оставить всё как есть. Это же просто рисовалка.
contract-the-app-permissions-feedback-leave-on = Есть над чем подумать: даже приложение для рисования может рассказать, где ты и кого ты знаешь. Твои данные — тебе их и беречь. Попросить помощи никогда не поздно.

contract-the-app-permissions-adult-fixes = Спасибо, что показываешь мне. Ты поступаешь правильно. Давай отключим геолокацию и контакты, уберём твою точку с карты и пожалуемся на эту карту в магазин приложений.

contract-the-app-permissions-end-safe = Тебе удалось выбрать, что разрешать, сохранить данные в тайне и вовремя лечь спать. Теперь { $app } — это весело, а решения принимаешь ты. Блестяще!
contract-the-app-permissions-end-tired = Твои данные в безопасности — отлично! Но «ещё одна картинка» превратилась в целую кучу, и в школе тебя клонит в сон. Когда остановиться, решаешь ты.
contract-the-app-permissions-end-late = Рисование затянулось до полуночи, а приложение всё засыпает тебя уведомлениями. Теперь сил нет даже на веселье. Попроси о помощи: { $adult } поможет отключить уведомления и настроить время сна.
contract-the-app-permissions-end-mixed = Геолокация выключена — хорошо! Но у приложения всё ещё есть твои контакты, и никто не проверил, что оно сохранило. Взрослый, которому доверяешь, поможет исправить остальное.
contract-the-app-permissions-end-recovered = Кнопка «Разрешить всё» была нажата, но тебе хватило смелости попросить о помощи, и вместе всё удалось исправить. Твоей точки больше нет на карте! В следующий раз выбирай по одному пункту.
contract-the-app-permissions-end-harmful = Приложение продолжает рассказывать, где ты, и приглашает всех, кого ты знаешь. Твои данные — тебе их и беречь. Ещё не поздно: покажи всё взрослому, которому доверяешь, и исправьте это вместе.
