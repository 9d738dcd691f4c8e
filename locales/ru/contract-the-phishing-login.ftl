# Сделки / агрессия: Фишинговый вход (16–18 лет). Взлом и кража личных данных.

contract-the-phishing-login-title = Фишинговый вход
contract-the-phishing-login-summary = Срочное письмо: твой аккаунт удалят, если прямо сейчас не войти в него.
contract-the-phishing-login-remember = Никогда не входи по ссылке из срочного письма: открывай приложение напрямую. Отмечай фишинг, а не пересылай его, используй уникальные пароли и двухэтапный вход, никому не сообщай коды.

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly

contract-the-phishing-login-npc-support = Поддержка { $service }
contract-the-phishing-login-npc-friend = { $friend }

contract-the-phishing-login-intro = Вечер подготовки к экзаменам: пёс Бублик спит у тебя в ногах, матч «Соколов» идёт без звука. Ты создаёшь аккаунт Applyra для поступления в вуз. Там будут оценки и паспорт, так что нужен надёжный замок.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-phishing-login-lock = Три случайных слова, ничего о тебе: собери парольную фразу, которую запомнишь, не записывая. Потом выбери, как Applyra будет убеждаться, что входишь именно ты.
contract-the-phishing-login-piece-lantern = фонарик
contract-the-phishing-login-why-piece-lantern = Обычное слово, никак не связанное с тобой: по твоему профилю его не угадать. Три-четыре таких слова дают длинную фразу, которую трудно взломать.
contract-the-phishing-login-piece-pet = бублик
contract-the-phishing-login-why-piece-pet = Похоже на обычное слово, но Бублик — твой пёс, и он есть на половине твоих фото. Угадать это может любой подписчик. Клички питомцев, даты рождения и имена в паролях не нужны.
contract-the-phishing-login-piece-pickles = огурчик
contract-the-phishing-login-why-piece-pickles = Случайное слово и смешная картинка: банка огурчиков бьёт в барабан. Такие картинки помогают легко запомнить фразу.
contract-the-phishing-login-piece-common = йцукен
contract-the-phishing-login-why-piece-common = Это просто ряд клавиш, и он есть в любом списке частых паролей. Программы взлома пробуют его первым, даже вместе со словами. Он ничего не добавляет: пусть работают случайные слова.
contract-the-phishing-login-piece-glacier = айсберг
contract-the-phishing-login-why-piece-glacier = Хороший выбор. Длина важнее хитростей: несколько случайных слов взломать гораздо дольше, чем короткую мешанину символов.
contract-the-phishing-login-piece-jumble = x7#Qp!9z
contract-the-phishing-login-why-piece-jumble = Надёжно, но вспомнишь ли ты x7#Qp!9z за компьютером в библиотеке? Такие наборы в итоге записывают или повторяют везде. Случайные слова надёжны и легко запоминаются.
contract-the-phishing-login-piece-trumpet = барабан
contract-the-phishing-login-why-piece-trumpet = Ещё одно обычное слово, которое никто не свяжет с тобой. Сила фразы в случайных словах, а не в фактах из твоей жизни.
contract-the-phishing-login-piece-team = соколы
contract-the-phishing-login-why-piece-team = Звучит случайно, но твоя команда у тебя на толстовке и в профиле. То, что все знают о твоих увлечениях, пробуют первым, поэтому в парольной фразе этому не место.
contract-the-phishing-login-set-two-step = Двухэтапный вход
contract-the-phishing-login-val-two-step-off = Выключен
contract-the-phishing-login-why-two-step-off = Без двухэтапного входа парольная фраза — единственный замок. Если она утечёт, войти сможет кто угодно. Второй этап просит ещё и код с телефона.
contract-the-phishing-login-val-two-step-text = Код по SMS
contract-the-phishing-login-why-two-step-text = Хорошо: одной украденной фразы мало, нужен ещё код, который приходит на твой телефон. Никому не сообщай этот код.
contract-the-phishing-login-val-two-step-app = Приложение-аутентификатор
contract-the-phishing-login-why-two-step-app = Отлично: приложение создаёт новый код прямо на телефоне, даже без связи, и мошенник не перехватит его на свой номер. Никому не сообщай этот код.
contract-the-phishing-login-set-recovery = Резервная почта: чтобы вернуть доступ, если не получается войти
contract-the-phishing-login-val-recovery-friend = Почта лучшего друга
contract-the-phishing-login-why-recovery-friend = Друг хочет как лучше, но тот, у кого твоя резервная почта, может сменить твой пароль. Дружба меняется, а его аккаунт тоже могут взломать.
contract-the-phishing-login-val-recovery-school = Школьная почта
contract-the-phishing-login-why-recovery-school = Пока сойдёт, но школа закрывает почту выпускников как раз тогда, когда приходят ответы из вузов. Лучше личный адрес, который останется с тобой.
contract-the-phishing-login-val-recovery-own = Моя личная почта
contract-the-phishing-login-why-recovery-own = Да: адрес, которым пользуешься только ты и который останется после школы. Защити и его двухэтапным входом: через него можно сбросить всё.
contract-the-phishing-login-val-recovery-none = Нет
contract-the-phishing-login-why-recovery-none = Никто ею не воспользуется, это правда. Но если потеряешь телефон или тебя взломают, вернуться будет нельзя. Личная почта — лучший путь назад.
contract-the-phishing-login-set-alerts = Письмо на почту при каждом новом входе
contract-the-phishing-login-val-alerts-off = Выключено
contract-the-phishing-login-why-alerts-off = Без оповещений кто-то может войти под твоим именем, а ты и не узнаешь. Оповещение даёт шанс среагировать за считаные минуты.
contract-the-phishing-login-val-alerts-on = Включено
contract-the-phishing-login-why-alerts-on = Хорошо: если кто-то войдёт с нового устройства, ты сразу узнаешь и успеешь сменить фразу, пока он ничего не натворил.
contract-the-phishing-login-sign-in = На следующий день за общим компьютером в библиотеке ты ищешь «Applyra вход», и появляются три результата. По какому адресу ты войдёшь?
contract-the-phishing-login-page-lookalike = accounts-applyra.org/login
contract-the-phishing-login-why-page-lookalike = Присмотрись: дефис, а не точка. accounts-applyra.org — совсем другое имя, и такое может купить кто угодно. Настоящий адрес заканчивается на applyra.org прямо перед первым знаком /.
contract-the-phishing-login-page-real = accounts.applyra.org/sign-in
contract-the-phishing-login-why-page-real = Верно: перед первым знаком / адрес заканчивается на applyra.org, а «accounts.» — его часть. Набрать адрес самому надёжнее, чем верить поиску. За общим компьютером потом выйди из аккаунта и не сохраняй фразу.
contract-the-phishing-login-page-buried = applyra.org.account-verify.net/sign-in
contract-the-phishing-login-why-page-buried = Настоящее имя тут есть, но адрес заканчивается на account-verify.net, и страница принадлежит ему. Важна последняя часть перед первым знаком /.

contract-the-phishing-login-email-arrives = Через два дня, снова за учебниками, ты видишь уведомление { $app }: в письме сказано, что твой аккаунт { $service } с фото и переписками за три года удалят через два часа.
# Мир помнит: галочка в пробной подписке передала твоё имя и почту «партнёрам».
contract-the-phishing-login-knows-you = Это письмо знает твоё полное имя и пришло на почту, указанную в приложении для учёбы. Галочка «партнёры» передала и то и другое, а мошенники покупают такие списки. Что теперь?
contract-the-phishing-login-choice-opt-out = Отключить передачу в приложении и попросить удалить мои данные.
contract-the-phishing-login-feedback-opt-out = Верная мысль. Отключив передачу, ты не попадёшь в новые списки, а во многих странах есть право потребовать удалить свои данные. Меньше копий твоих данных — меньше мошенников, знающих твоё имя.
contract-the-phishing-login-choice-unsubscribe = Отписаться от всех писем партнёров, а потом заняться этим.
contract-the-phishing-login-feedback-unsubscribe = Меньше писем — уже неплохо. Но отписка останавливает письма, а не передачу: у партнёров остаются твои данные, и их можно передать дальше. Отключи передачу и попроси удалить данные.
contract-the-phishing-login-choice-everywhere = Моя почта и так везде. Ещё один список ничего не изменит.
contract-the-phishing-login-feedback-everywhere = Есть над чем подумать: каждый список с твоими данными помогает мошенникам звучать так, будто они тебя знают. Ещё не поздно отключить передачу и попросить приложение удалить данные.
contract-the-phishing-login-opted-out = В настройках приватности приложения ты отключаешь передачу партнёрам и отправляешь запрос на удаление данных. А теперь вернёмся к письму.
contract-the-phishing-login-unsubscribed = Ты отписываешься от писем партнёров одно за другим. Передача остаётся включённой, и твои данные остаются в их списках. А теперь вернёмся к письму.
contract-the-phishing-login-shrugged = Ты ничего не меняешь. Твоё имя и почта остаются в списках партнёров, куда бы те ни ушли дальше. А теперь вернёмся к письму.

contract-the-phishing-login-email-spot = Выглядит официально. Нажми на всё, что выдаёт это письмо.
contract-the-phishing-login-email-title = Служба безопасности { $service }
contract-the-phishing-login-email-body = Мы обнаружили подозрительную активность в вашем аккаунте. Подтвердите свою личность прямо сейчас, иначе аккаунт и всё его содержимое будут удалены навсегда.
contract-the-phishing-login-part-sender = От: no-reply@acc0unt-verify-help.net
contract-the-phishing-login-feedback-sender = Да. Настоящая компания пишет со своего адреса. Похожие адреса — с нулём вместо «o» или лишними словами вроде «verify-help» — классический фишинг.
contract-the-phishing-login-part-urgency = «Ваш аккаунт будет УДАЛЁН через 2 часа!!»
contract-the-phishing-login-feedback-urgency = Верно. Жёсткий срок и заглавные буквы нужны, чтобы от паники нажать, не подумав. Настоящие сервисы дают время и позволяют всё проверить в приложении.
contract-the-phishing-login-part-grammar = «Уважаемый клиетн, потвердите вашу личность»
contract-the-phishing-login-feedback-grammar = Зоркий глаз. Странные ошибки могут быть признаком подделки, а «уважаемый клиент» значит, что твоего имени даже не знают. Но осторожно: некоторые подделки написаны идеально.
contract-the-phishing-login-part-logo = Логотип { $service } вверху
contract-the-phishing-login-feedback-logo = Ни о чём не говорит. Логотип легко скопировать, поэтому он никогда не доказывает, что письмо настоящее. Лучше проверяй отправителя и ссылку.
contract-the-phishing-login-part-inbox = Стрелка «назад» с красным значком: 3 непрочитанных
contract-the-phishing-login-feedback-inbox = Не улика: это твоё собственное почтовое приложение, оно показывает, что тебя ждут другие письма. Ничего там наверху не пришло от этого отправителя.
contract-the-phishing-login-part-tools = Красный флажок и корзина вверху
contract-the-phishing-login-feedback-tools = Не улика, зато полезно! Это кнопки твоего почтового приложения, а не отправителя. Отметить письмо флажком — как раз способ пожаловаться на такое письмо.
contract-the-phishing-login-part-verify = Большая кнопка «Подтвердить»
contract-the-phishing-login-feedback-verify = Да. Кнопка в письме может вести куда угодно, например на поддельную страницу входа. Если волнуешься за аккаунт, открой приложение или набери адрес вручную.
contract-the-phishing-login-pic-service = { $service }
contract-the-phishing-login-pic-urgency = Ваш аккаунт будет УДАЛЁН через 2 часа!!
contract-the-phishing-login-pic-grammar = Уважаемый клиетн, потвердите вашу личность
contract-the-phishing-login-pic-verify-now = Подтвердить
contract-the-phishing-login-pic-unread = 3

contract-the-phishing-login-open-choice = Внизу большая кнопка: «Подтвердить сейчас». Что ты сделаешь?
contract-the-phishing-login-choice-own-app = Не нажимаю. Открою { $service } напрямую и посмотрю там.
contract-the-phishing-login-feedback-own-app = Идеально. Если открыть настоящее приложение или ввести адрес вручную, никакая поддельная ссылка не сработает. Будь проблема на самом деле, она была бы видна там.
contract-the-phishing-login-choice-peek = Нажму, просто проверить. Вводить ничего не буду.
contract-the-phishing-login-feedback-peek = Не вводить данные — мудро. Но открытая фишинговая ссылка показывает отправителю, что по ней кликают, а некоторые страницы пытаются установить вирус. Настоящее приложение надёжнее.
contract-the-phishing-login-choice-rush = Два часа?! Срочно подтверждаю, не хочу терять три года фото.
contract-the-phishing-login-feedback-rush = Есть над чем подумать: двухчасовой срок сработал. Паника — именно то, что нужно фишингу. Такое случается и с внимательными людьми, и важнее всего то, что ты сделаешь дальше.

contract-the-phishing-login-real-app = В настоящем приложении { $service } — ни предупреждений, ни уведомлений об удалении, всё как обычно. Письмо было поддельным. А через минуту приходит новый запрос на переписку.
contract-the-phishing-login-opened = Ссылка открывает страницу, точь-в-точь как { $service }. Курсор мигает в поле пароля.

contract-the-phishing-login-login-spot = Ты на странице. Прежде чем что-то вводить, нажми на то, что её выдаёт.
contract-the-phishing-login-page-title = Вход в { $service }
contract-the-phishing-login-page-body = Подтвердите свои данные, чтобы сохранить аккаунт.
contract-the-phishing-login-part-url = Адресная строка: secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = Да! Это не настоящий адрес { $service }. Всегда читай адрес, прежде чем вводить пароль: там должно быть название настоящего сайта, написанное без ошибок.
contract-the-phishing-login-part-padlock = Зелёный значок замка рядом с адресом
contract-the-phishing-login-feedback-padlock = Это ничего не доказывает. Замок означает, что соединение зашифровано, а не что сайт честный. У мошеннических сайтов тоже есть замок.
contract-the-phishing-login-part-page-title = Заголовок «Вход в { $service }» с логотипом
contract-the-phishing-login-feedback-page-title = Это ничего не доказывает: заголовок и логотип копируются за секунды. Адресная строка — вот что поддельный сайт не может скопировать точно.
contract-the-phishing-login-part-form = Форма просит твой пароль И пароль от почты
contract-the-phishing-login-feedback-form = Серьёзная улика. Настоящий вход никогда не просит пароль от другого аккаунта. Получив доступ к почте, мошенники смогут сбросить все твои остальные пароли.
contract-the-phishing-login-part-timer = «Сеанс истечёт через 04:59»
contract-the-phishing-login-feedback-timer = Верно: обратный отсчёт — ещё один способ надавить и не дать подумать. Страницу всегда можно закрыть и спокойно всё проверить.
contract-the-phishing-login-pic-url = secure-login.acc0unt-check.net
contract-the-phishing-login-pic-timer = Сеанс истечёт через 04:59
contract-the-phishing-login-pic-username = Логин или почта
contract-the-phishing-login-pic-password = Пароль
contract-the-phishing-login-pic-email-password = Пароль от вашей почты
contract-the-phishing-login-pic-log-in = Войти

contract-the-phishing-login-page-choice = Страница всё ещё открыта, а письмо лежит во входящих. Что теперь?
contract-the-phishing-login-choice-report-page = Закрою её и нажму «Сообщить о фишинге» в письме.
contract-the-phishing-login-feedback-report-page = В точку. Кнопка «Сообщить о фишинге» помогает почте блокировать обман и для других, а закрытая страница без введённых данных уберегла тебя.
contract-the-phishing-login-choice-forward = Перешлю письмо в общий чат, чтобы все были в безопасности.
contract-the-phishing-login-feedback-forward = Предупредить друзей — по-доброму, и подделка раскрыта. Но пересылка отправляет и живую ссылку. Отметь письмо как фишинг, а друзей предупреди скриншотом без ссылки.
contract-the-phishing-login-choice-type = Всё равно войду. А вдруг это правда и я всё потеряю?
contract-the-phishing-login-feedback-type = Есть над чем подумать: «а вдруг правда» — именно на это рассчитывают мошенники. Если сомневаешься, проверь в настоящем приложении, но никогда по ссылке.

contract-the-phishing-login-reported = Ты закрываешь страницу, ничего не вводя, и отмечаешь письмо. Почта переносит его в спам: «Спасибо, это помогает защитить других пользователей».
contract-the-phishing-login-pic-spam = Спам
contract-the-phishing-login-pic-thanks = Спасибо, это помогает защитить других пользователей.
contract-the-phishing-login-forwarded = Твоё предупреждение приходит в чат — вместе со ссылкой. Через минуту { $friend } пишет тебе.

contract-the-phishing-login-friend-tapped = слушай, ссылка из твоего сообщения открылась, просто посмотреть. там просят пароль. вводить??
contract-the-phishing-login-choice-stop-friend = Не вводи! Закрой. Удалю пересылку и пожалуюсь на письмо.
contract-the-phishing-login-feedback-stop-friend = Быстрая реакция. Ничего не введено — ничего не потеряно. Удалённая пересылка не даст кликнуть другим, а жалоба на письмо поможет его заблокировать.
contract-the-phishing-login-choice-let-friend-try = Попробуй. Если это подделка, не сработает, так что безопасно.
contract-the-phishing-login-feedback-let-friend-try = Есть над чем подумать: поддельная страница «работает» для мошенника идеально — она сохраняет всё, что вводят. Ничто, введённое на подделке, не в безопасности.
contract-the-phishing-login-friend-safe = { $friend } закрывает страницу, ничего не вводя. Ты удаляешь пересылку, отмечаешь письмо как фишинг и выкладываешь вместо него скриншот без ссылки.
contract-the-phishing-login-friend-hacked = { $friend } вводит пароль. Через час этот аккаунт пишет всему чату: «Выручи! Скинь код, который тебе сейчас пришёл».

contract-the-phishing-login-support-dm = Здравствуйте, это поддержка { $service }. Мы заметили подозрительную активность в вашем аккаунте. Чтобы его защитить, пришлите, пожалуйста, 6-значный код, который мы только что отправили вам по SMS.
contract-the-phishing-login-pic-sms-code = Код { $service }: 482913
contract-the-phishing-login-pic-sms-warn = Никому не сообщайте этот код.
contract-the-phishing-login-choice-flag-dm = Не отвечаю. Отмечу как обман, сменю пароль, включу двухэтапный вход.
contract-the-phishing-login-feedback-flag-dm = Именно. Настоящая поддержка никогда не просит коды. Незапрошенный код значит, что кто-то пытается войти, а новый уникальный пароль и двухэтапный вход закрывают ему дорогу.
contract-the-phishing-login-choice-call-out = Ответить: «Хорошая попытка. Ты фейк, я на тебя пожалуюсь».
contract-the-phishing-login-feedback-call-out = Не отправлять код — правильно. Но ответ показывает, что сообщения читают, и давление растёт. Не спорь: молчи, отметь сообщение, смени пароль.
contract-the-phishing-login-choice-send-code = Отправлю код. Это же поддержка, они хотят помочь.
contract-the-phishing-login-feedback-send-code = Есть над чем подумать: этот код — ключ от твоего аккаунта. Любой, кто его просит, как бы официально ни выглядел, пытается войти.
contract-the-phishing-login-secured = Ты отмечаешь сообщение, ставишь новый уникальный пароль и включаешь двухэтапный вход. Потом { $friend } пишет: «тебе тоже пришло письмо от { $service }? палец уже был на ссылке». В ответ летят твои советы.
contract-the-phishing-login-pushed = Извините за путаницу! Без кода ваш аккаунт заблокируют через 10 минут. Мы только что отправили новый.

contract-the-phishing-login-second-code = Второй код и ещё больше давления. Что теперь?
contract-the-phishing-login-choice-stop-replying = Хватит разговоров. Отмечу чат, сменю пароль, включу двухэтапный вход.
contract-the-phishing-login-feedback-stop-replying = Хорошее исправление. Оборванный разговор лишает их давления, а отметка, новый пароль и двухэтапный вход закрывают дверь. Мошенникам ответ не положен.
contract-the-phishing-login-choice-give-in = Ладно, отправлю. Говорят, так аккаунт будет в безопасности.
contract-the-phishing-login-feedback-give-in = Есть над чем подумать: давление, которое растёт после «нет», — признак мошенничества. Настоящей поддержке твой код не нужен никогда.

contract-the-phishing-login-hacked = Через несколько минут доступа больше нет. Пароль изменён, а твой аккаунт пишет друзьям: «Срочно выручи! Пришли код, который тебе только что пришёл».
contract-the-phishing-login-pic-password-changed = Пароль изменён
contract-the-phishing-login-pic-favour = Срочно выручи!
contract-the-phishing-login-pic-favour-code = Скинь код, который тебе сейчас пришёл.
contract-the-phishing-login-recover = Взломы случаются и с внимательными людьми. Сейчас главное — действовать быстро. Что ты сделаешь?
contract-the-phishing-login-choice-recover = Восстановлю аккаунт, отмечу взлом и предупрежу друзей.
contract-the-phishing-login-feedback-recover = Это самый быстрый путь. Восстановление в настоящем приложении, уникальный пароль, двухэтапный вход, жалоба и предупреждение друзьям останавливают взломщика. Расскажи и взрослому, которому доверяешь.
contract-the-phishing-login-choice-new-account = Заведу новый аккаунт и скажу всем, что теперь он основной.
contract-the-phishing-login-feedback-new-account = Есть над чем подумать: новый аккаунт оставляет старый, фото и твоё имя взломщику. Восстановить старый и пожаловаться — вот что защитит друзей.
contract-the-phishing-login-choice-wait = Пока ничего не делаю. Скорее всего, само наладится.
contract-the-phishing-login-feedback-wait = Есть над чем подумать: каждый час даёт взломщику больше времени, чтобы обмануть друзей или закрыть тебе доступ навсегда. Ещё не поздно восстановить аккаунт и пожаловаться.
contract-the-phishing-login-recovered = Через восстановление аккаунта ты возвращаешься меньше чем за час. Новый пароль, двухэтапный вход включён, о взломе сообщено, друзья предупреждены. { $friend } говорит, что твоё предупреждение уберегло от беды.
contract-the-phishing-login-abandoned = В новом аккаунте четыре подписчика. Старый, всё ещё взломанный, продолжает просить у друзей коды, и двое присылают.
contract-the-phishing-login-waited = К вечеру трое друзей уже отправили «тебе» свои коды, а взломщик сменил и почту для восстановления.

contract-the-phishing-login-end-safe = Ссылка не открыта, код не отдан. Обман отмечен, пароль новый, двухэтапный вход включён: аккаунт надёжно закрыт.
contract-the-phishing-login-end-reported = Поддельная страница увидена, но ничего не введено, а письмо отмечено, чтобы предупредить других. В следующий раз открывай { $service } напрямую — и поддельной страницы не будет вовсе.
contract-the-phishing-login-end-friend-safe = В твоём предупреждении была ссылка, и её открыли. Но { $friend } ничего не вводит, пересылка удалена, письмо отмечено. В следующий раз предупреждай скриншотом.
contract-the-phishing-login-end-friend-hacked = Теперь { $friend } без своего аккаунта, а взломщик обманывает чат через ссылку из твоего предупреждения. Это не твоя вина и не чья-то ещё, и никогда не поздно рассказать взрослому, которому доверяешь, — он поможет.
contract-the-phishing-login-end-recovered = Ловушка сработала, но ты действуешь быстро: аккаунт восстановлен, пароль новый, двухэтапный вход включён, о взломе сообщено, друзья предупреждены. Именно так и восстанавливаются.
contract-the-phishing-login-end-harmful = У взломщика всё ещё твой старый аккаунт, и он пишет друзьям от твоего имени. Это не твоя вина, и никогда не поздно: расскажи взрослому, которому доверяешь, — он поможет вернуть аккаунт и пожаловаться.

# Мой телефон: аккаунт в руках взломщика или надёжно закрытый.
contract-the-phishing-login-trace-hacked = Твой аккаунт с фото: пароль у чужого человека, и от твоего имени пишут другим.
contract-the-phishing-login-trace-hacked-advice = Верни его: восстановление в настоящем приложении, новый уникальный пароль, двухэтапный вход. Потом пожалуйся на взлом, предупреди друзей и расскажи взрослому, которому доверяешь.
contract-the-phishing-login-trace-locked = Твой аккаунт с фото: новый уникальный пароль и включённый двухэтапный вход.
contract-the-phishing-login-trace-locked-advice = Надёжно закрыто. Не отключай двухэтапный вход и никогда никому не сообщай код входа, даже «поддержке».
