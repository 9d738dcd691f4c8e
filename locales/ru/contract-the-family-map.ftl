# Сделки / ценности: Семейная карта (9–12 лет): геолокация, настройки по умолчанию и окно «поделись со всеми»

contract-the-family-map-title = Семейная карта
contract-the-family-map-summary = Семейное приложение показывает твою точку на карте, чтобы семья знала, что ты дома. А потом всплывает окно: оно хочет показать точку куче других людей.
contract-the-family-map-remember = Где ты находишься, должна знать твоя семья, а не всё приложение. Окно, которое подталкивает делиться больше, — это уловка. Если твою точку видит незнакомец, покажи это взрослому, которому ты доверяешь.

contract-the-family-map-app = { $app }
contract-the-family-map-npc-adult = { $adult }
contract-the-family-map-npc-neighbour = { $neighbour }

contract-the-family-map-app-homedots = HomeDots
contract-the-family-map-app-kinmap = KinMap
contract-the-family-map-app-famcircle = FamCircle
contract-the-family-map-adult-grandma = Бабушка
contract-the-family-map-adult-dad = Папа
contract-the-family-map-adult-aunt = Тётя
contract-the-family-map-club-football = тренировки по футболу
contract-the-family-map-club-swimming = бассейна
contract-the-family-map-club-music = урока музыки
contract-the-family-map-name-sunnyside = SunnySide_11
contract-the-family-map-name-parkpal = ParkPal_10
contract-the-family-map-name-skaterkid = SkaterKid_12

contract-the-family-map-intro = Привет, это я, Санго! В этом году ты возвращаешься домой без взрослых после { $club }. Семья поставила тебе { $app }: так { $adult } видит твою точку на карте и знает, что ты уже дома.

contract-the-family-map-setup = { $app } настроено так, как удобно приложению. А тебе нужно, чтобы семья видела твою точку и знала, когда ты дома. Больше никому твоя точка и твои места не нужны. Настрой!
contract-the-family-map-set-who = Кто видит мою точку на карте
contract-the-family-map-val-who-everyone = Все в приложении
contract-the-family-map-val-who-fof = Друзья друзей
contract-the-family-map-val-who-family = Моя семья
contract-the-family-map-val-who-nobody = Никто
contract-the-family-map-why-who-everyone = «Все» — это и незнакомые люди: любой в приложении увидит, где ты прямо сейчас. Лучше подходит «Моя семья».
contract-the-family-map-why-who-fof = Звучит скромно, но друзья друзей — это могут быть сотни совсем незнакомых тебе людей. Лучше подходит «Моя семья».
contract-the-family-map-why-who-family = То, что нужно! Семья видит, что ты в пути, а больше никто.
contract-the-family-map-why-who-nobody = Очень закрыто, но тогда { $adult } не увидит, что ты дома, а ведь приложение для этого и есть. Лучше подходит «Моя семья».
contract-the-family-map-set-arrive = Сообщать семье, когда я дома
contract-the-family-map-val-arrive-on = Вкл.
contract-the-family-map-val-arrive-off = Выкл.
contract-the-family-map-why-arrive-on = Отлично! Короткое «Я дома!» — и никому не нужно волноваться или звонить тебе по дороге.
contract-the-family-map-why-arrive-off = Так тише, но { $adult } придётся гадать или звонить тебе. Для семьи «Я дома!» — хорошая новость. Лучше подходит «Вкл.».
contract-the-family-map-set-nearby = Показывать меня детям поблизости
contract-the-family-map-val-nearby-on = Вкл.
contract-the-family-map-val-nearby-off = Выкл.
contract-the-family-map-why-nearby-on = «Дети поблизости» — это любой, кто называет себя ребёнком. Твоя точка не для незнакомцев, поэтому лучше «Выкл.».
contract-the-family-map-why-nearby-off = Разумно! Незнакомцам поблизости не нужно знать, где ты. Настоящие друзья и так знают, где тебя найти.
contract-the-family-map-set-places = Кто видит мои места: дом и школу
contract-the-family-map-val-places-everyone = Все
contract-the-family-map-val-places-family = Моя семья
contract-the-family-map-val-places-nobody = Никто
contract-the-family-map-why-places-everyone = Дом и школа подскажут незнакомцу, где тебя найти в любой день. Лучше подходит «Моя семья».
contract-the-family-map-why-places-family = В точку! Семья и так знает эти места, а приложение по ним понимает, что ты дома.
contract-the-family-map-why-places-nobody = Очень закрыто, но тогда приложение не сможет сообщить семье, что ты дома. Семья и так знает эти места, поэтому лучше «Моя семья».

contract-the-family-map-walk-home = Однажды вечером ты задерживаешься после { $club }, а по дороге домой уже темнеет. Приходит сообщение — пишет { $adult }.
contract-the-family-map-walk-ask = Я ещё задерживаюсь на работе. Оставишь для меня точку включённой, пока не будешь дома?
contract-the-family-map-choice-keep-on = Конечно! Можешь проверять мою точку до дома.
contract-the-family-map-feedback-keep-on = Верно! Делиться с семьёй — для этого приложение и есть. { $adult } спокойно работает, а больше никто ничего не видит.
contract-the-family-map-choice-all-off = Нет. Геолокацию выключу: так безопаснее.
contract-the-family-map-feedback-all-off = Беречь своё местоположение от незнакомцев — умно! Но это же { $adult }, да ещё и тёмным вечером. Делиться с семьёй безопасно и полезно.
contract-the-family-map-choice-nearby = Ещё включу «детей поблизости», за компанию.
contract-the-family-map-feedback-nearby = Есть чему поучиться: «дети поблизости» — это кто угодно, и теперь они видят твой путь. Семья и так с тобой на карте. Это ещё можно исправить.
contract-the-family-map-got-home = Вижу «Я дома!». Спасибо! Ужин через полчаса.
contract-the-family-map-pic-home = Я дома!
contract-the-family-map-pic-you = Ты
contract-the-family-map-worried = Твоя точка исчезает. { $adult } тебя не видит и звонит дважды, пока ты идёшь. Дома ты снова включаешь точку, только для семьи.
contract-the-family-map-nearby-on = Вокруг твоей точки появляются новые: «Дети рядом с тобой!» Дома тебя ждёт запрос на переписку.
contract-the-family-map-pic-map = Дети рядом: 12
contract-the-family-map-pic-request = Новый запрос на переписку

contract-the-family-map-update = Через неделю { $app } обновляется само. Поверх карты всплывает большое окно.
contract-the-family-map-spot-prompt = Нажми на части окна, которые подталкивают показать твою точку большему числу людей. Осторожно: некоторые части в порядке!
contract-the-family-map-card-title = Новинка! Карта друзей
contract-the-family-map-card-body = Покажи свою карту большему числу людей и найди новых друзей рядом!
contract-the-family-map-part-family = Твоя семья: 3 человека
contract-the-family-map-feedback-part-family = Не уловка. Сейчас твою точку видит семья, и так и должно быть.
contract-the-family-map-part-home = «Сообщать семье, когда я дома»: вкл.
contract-the-family-map-feedback-part-home = Не уловка: эту полезную настройку ты включаешь своими руками. Семья получает «Я дома!», а больше никто.
contract-the-family-map-part-fof = «Друзья друзей» — галочка уже стоит
contract-the-family-map-feedback-part-fof = Точно! Галочка, поставленная за тебя, — это уловка: выбор сделали вместо тебя. Друзья друзей — в основном незнакомые тебе люди.
contract-the-family-map-part-nearby = «12 детей рядом хотят с тобой дружить!»
contract-the-family-map-feedback-part-nearby = Да! Ты не знаешь, кто на самом деле эти точки, а они увидят, где ты. Настоящим друзьям не нужна карта, чтобы тебя найти.
contract-the-family-map-part-button = Огромная кнопка ПОКАЗАТЬ МОЮ КАРТУ и крошечное «не сейчас»
contract-the-family-map-feedback-part-button = Зоркий глаз! Огромное «да» и крошечное «нет» — уловка, чтобы поторопить тебя. Маленькая ссылка работает ничуть не хуже.
contract-the-family-map-pic-home-tick = Сообщать семье, когда я дома
contract-the-family-map-pic-fof = Друзья друзей
contract-the-family-map-pic-nearby = 12 детей рядом хотят с тобой дружить!
contract-the-family-map-pic-share = ПОКАЗАТЬ МОЮ КАРТУ
contract-the-family-map-pic-not-now = не сейчас

contract-the-family-map-prompt-choice = Большое окно всё ещё ждёт. На что нажмёшь?
contract-the-family-map-choice-not-now = Крошечное «не сейчас». Точка останется личной.
contract-the-family-map-feedback-not-now = Отличный выбор! Карта — для твоей семьи. Друзья друзей и «дети рядом» — в основном незнакомцы, а твоя точка показывает, где ты прямо сейчас.
contract-the-family-map-choice-later = Закрою. Потом проверю, правда ли это безопасно.
contract-the-family-map-feedback-later = Не делиться — верно! Но «потом» оставляет вопрос открытым, и окно всплывёт снова, может, когда ты торопишься. Ответ ты уже знаешь: твоя точка — для семьи.
contract-the-family-map-choice-share = Показать всем! Двенадцать новых друзей рядом, круто!
contract-the-family-map-feedback-share = Есть чему поучиться: приложению нужно больше людей на карте, вот оно и говорит, что это безопасно. Теперь незнакомые люди видят твою точку. Это ещё можно исправить.
contract-the-family-map-kept-family = Окно закрывается. Твою точку видит только семья, как и раньше, а «Я дома!» по-прежнему работает.
contract-the-family-map-nag-again = Наутро окно снова тут, ещё ярче: «{ $friend } и ещё 8 друзей уже на Карте друзей! Всего одно касание!» Большая кнопка мигает.
contract-the-family-map-shared = Твоя точка теперь на Карте друзей, а вокруг — куча новых точек. Через час приходит запрос на переписку.

contract-the-family-map-nag-choice = Окно говорит, что все твои друзья уже на Карте друзей. Что сделаешь?
contract-the-family-map-choice-nag-not-now = Снова найти крошечное «не сейчас» и нажать его.
contract-the-family-map-feedback-nag-not-now = Молодец! «Все твои друзья уже там» — уловка, чтобы отказать было трудно. Твоя точка остаётся для семьи, а { $friend } и так найдёт тебя в школе.
contract-the-family-map-choice-nag-share = Раз { $friend } там, значит, всё нормально. Покажу.
contract-the-family-map-feedback-nag-share = Есть чему поучиться: что выбрал друг, за тебя не решает, а окно, может, и вовсе неправду пишет. Теперь незнакомцы видят твою точку. Это ещё можно исправить.

contract-the-family-map-stranger-writes = Привет! Вижу твою точку на карте. Мы живём совсем рядом! Ты же возвращаешься после { $club }, да? Можем как-нибудь пойти домой вместе.
contract-the-family-map-stranger-choice = Незнакомый человек видит, где ты, и знает, куда ты ходишь. Что сделаешь?
contract-the-family-map-choice-show-adult = Не отвечать. Пусть { $adult } увидит карту и чат.
contract-the-family-map-feedback-show-adult = Лучший ход! Взрослый может выключить геолокацию и помочь заблокировать и пожаловаться. Многие нажимают «показать». Главное — быстро рассказать, тогда всё можно исправить.
contract-the-family-map-choice-warn = Ответить: «Отстань, или я расскажу и пожалуюсь!»
contract-the-family-map-feedback-warn = Сказать «нет» — смело! Но любой ответ показывает, что ты читаешь, а твою точку всё ещё видно. Не отвечай: покажи взрослому, которому доверяешь, — он выключит точку, заблокирует и пожалуется.
contract-the-family-map-choice-reply = Ответить: «Круто! А какой из домов твой?»
contract-the-family-map-feedback-reply = Есть чему поучиться: милый человек, который живёт «рядом», всё равно незнакомец. В переписке ты рассказываешь о себе больше. Показать взрослому, которому доверяешь, никогда не поздно.
contract-the-family-map-adult-fixes = Спасибо, что показываешь мне. Это не твоя вина, и тебя никто не накажет. Выключим Карту друзей, заблокируем { $neighbour } и пожалуемся. А на этой неделе я встречу тебя после { $club }.
contract-the-family-map-neighbour-warned = Чего грубишь? Я просто ребёнок. И вообще, твою точку я всё равно вижу.
contract-the-family-map-neighbour-pushes = Синий, у парка! Встретимся там после { $club }? Только семье не говори, а то заставят выключить карту.

contract-the-family-map-last-choice = { $neighbour } всё ещё видит твою точку. Это не твоя вина. Что теперь?
contract-the-family-map-choice-last-tell = Пусть { $adult } увидит всё, и мои ответы тоже.
contract-the-family-map-feedback-last-tell = Вот это смелость! Никогда не поздно. «Только семье не говори» — серьёзный тревожный знак, а взрослый, которому ты доверяешь, выключит карту, заблокирует и пожалуется.
contract-the-family-map-choice-last-delete = Удалить всё, чтобы взрослые не видели мои ответы.
contract-the-family-map-feedback-last-delete = Есть чему поучиться: удаление переписки не выключает геолокацию и прячет сообщения, которые нужны взрослому. За твои ответы тебя никто не накажет. Рассказать никогда не поздно.
contract-the-family-map-adult-fixes-late = Как хорошо, что ты мне об этом говоришь. Тебя никто не накажет. Выключим Карту друзей и вместе заблокируем { $neighbour } и пожалуемся. А пока я буду встречать тебя после { $club }.
contract-the-family-map-still-there = Переписки больше нет, но твоя точка всё ещё на Карте друзей, и на следующий день { $neighbour } пишет снова.

contract-the-family-map-end-safe = Твоя точка — для семьи, и больше ни для кого. Большое окно «показать» тебя не обмануло, а { $adult } получает «Я дома!», когда ты приходишь. Здорово!
contract-the-family-map-end-recovered = Твою точку увидели слишком многие, но теперь об этом знает { $adult }. Карта друзей выключена, точка только для семьи, аккаунт { $neighbour } заблокирован, жалоба отправлена. Это не твоя вина!
contract-the-family-map-end-harmful = { $neighbour } всё ещё видит, где ты. Это не твоя вина: приложение подталкивало делиться. Никогда не поздно показать это: { $adult } или другой взрослый, которому ты доверяешь, поможет выключить, заблокировать и пожаловаться.

contract-the-family-map-trace-shared = Твоя точка на Карте друзей: её видят друзья друзей и «дети поблизости».
contract-the-family-map-trace-shared-advice = Твоя точка — для семьи. Покажи это взрослому, которому доверяешь: вместе вы выключите Карту друзей и оставите точку только для семьи.
contract-the-family-map-trace-family = Семейная карта: твою точку видит только семья.
contract-the-family-map-trace-family-advice = Молодец! Если приложение обновится и попросит делиться больше, нажми «не сейчас» или спроси у семьи.
