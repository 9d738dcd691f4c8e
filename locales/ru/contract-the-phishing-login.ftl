# Сделки / агрессия: Фишинговый вход (16–18 лет). Взлом и кража личных данных.

contract-the-phishing-login-title = Фишинговый вход
contract-the-phishing-login-summary = Срочное письмо: твой аккаунт удалят, если прямо сейчас не войти в него.
contract-the-phishing-login-remember = Никогда не входи по ссылке из срочного сообщения: открой приложение напрямую. Используй уникальные пароли с двухфакторной аутентификацией и никому не сообщай коды.

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly
contract-the-phishing-login-friend-noah = Никита
contract-the-phishing-login-friend-aisha = Айша
contract-the-phishing-login-friend-mika = Мика

contract-the-phishing-login-npc-support = Поддержка { $service }

contract-the-phishing-login-intro = Вечер подготовки к экзаменам. { $app } присылает уведомление: в письме сказано, что твой аккаунт { $service } с фото и переписками за три года удалят через два часа.

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

contract-the-phishing-login-open-choice = Внизу большая кнопка: «Подтвердить сейчас». Что ты сделаешь?
contract-the-phishing-login-choice-own-app = Не нажимать. Открыть { $service } напрямую и проверить там.
contract-the-phishing-login-feedback-own-app = Идеально. Если открыть настоящее приложение или ввести адрес вручную, никакая поддельная ссылка не сработает. Будь проблема на самом деле, она была бы видна там.
contract-the-phishing-login-choice-peek = Нажать, но пока ничего не вводить
contract-the-phishing-login-feedback-peek = Не вводить данные — мудро. Но даже переход по фишинговой ссылке может быть опасен: некоторые страницы пытаются установить вредоносные программы. Безопаснее самостоятельно открыть настоящее приложение.
contract-the-phishing-login-choice-rush = Скорее нажать «Подтвердить сейчас» и войти
contract-the-phishing-login-feedback-rush = Есть над чем подумать: двухчасовой срок сработал. Паника — именно то, что нужно фишингу. Такое случается и с внимательными людьми, и важнее всего то, что ты сделаешь дальше.
contract-the-phishing-login-real-app = В настоящем приложении { $service } — ни предупреждений, ни уведомлений об удалении, всё как обычно. Письмо было поддельным. А через минуту приходит новый запрос на переписку.

contract-the-phishing-login-login-spot = Ты на странице. Прежде чем что-то вводить, нажми на то, что её выдаёт.
contract-the-phishing-login-page-title = Вход в { $service }
contract-the-phishing-login-page-body = Подтвердите свои данные, чтобы сохранить аккаунт.
contract-the-phishing-login-part-url = Адресная строка: secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = Да! Это не настоящий адрес { $service }. Всегда читай адрес, прежде чем вводить пароль: там должно быть название настоящего сайта, написанное без ошибок.
contract-the-phishing-login-part-padlock = Значок замка рядом с адресом
contract-the-phishing-login-feedback-padlock = Это ничего не доказывает. Замок означает, что соединение зашифровано, а не что сайт честный. У мошеннических сайтов тоже есть замок.
contract-the-phishing-login-part-form = Форма просит твой пароль И пароль от почты
contract-the-phishing-login-feedback-form = Серьёзная улика. Настоящий вход никогда не просит пароль от другого аккаунта. Получив доступ к почте, мошенники смогут сбросить все твои остальные пароли.
contract-the-phishing-login-part-timer = «Сеанс истечёт через 04:59»
contract-the-phishing-login-feedback-timer = Верно: обратный отсчёт — ещё один способ надавить и не дать подумать. Страницу всегда можно закрыть и спокойно всё проверить.

contract-the-phishing-login-page-choice = Страница раскушена. Что теперь?
contract-the-phishing-login-choice-report-page = Закрыть и пожаловаться на письмо как на фишинг
contract-the-phishing-login-feedback-report-page = В точку. В большинстве почтовых приложений есть кнопка «Сообщить о фишинге», и она помогает заблокировать обман и для других. А закрыть страницу, ничего не введя, — это и есть безопасность.
contract-the-phishing-login-choice-close-page = Закрыть и удалить письмо
contract-the-phishing-login-feedback-close-page = Ничего не введено, так что аккаунт в безопасности. Если ещё и пожаловаться на письмо как на фишинг, почтовое приложение заблокирует его для всех остальных.
contract-the-phishing-login-choice-type = Всё равно войти — вдруг это правда
contract-the-phishing-login-feedback-type = Есть над чем подумать: на «вдруг» мошенники и рассчитывают. Если сомневаешься, проверяй в настоящем приложении, а не по ссылке.

contract-the-phishing-login-support-dm = Здравствуйте, это поддержка { $service }. Мы заметили подозрительную активность в вашем аккаунте. Чтобы его защитить, пришлите, пожалуйста, 6-значный код, который мы только что отправили вам по SMS.
contract-the-phishing-login-choice-never-share = Не сообщать код. Пожаловаться, сменить пароль, проверить 2FA.
contract-the-phishing-login-feedback-never-share = Именно. Настоящая поддержка никогда не просит коды. Незапрошенный код значит, что кто-то пытается войти, а новый уникальный пароль и двухфакторная аутентификация закроют ему дорогу.
contract-the-phishing-login-choice-ignore-dm = Не обращать внимания на сообщение
contract-the-phishing-login-feedback-ignore-dm = Не отправлять код — правильно. Но этот код означает, что у кого-то уже может быть твой пароль. Смени его, включи двухфакторную аутентификацию и пожалуйся на аккаунт.
contract-the-phishing-login-choice-send-code = Отправить код, чтобы мне помогли
contract-the-phishing-login-feedback-send-code = Есть над чем подумать: этот код — ключ от твоего аккаунта. Любой, кто его просит, как бы официально ни выглядел, пытается войти.
contract-the-phishing-login-secured = Ты жалуешься на сообщение, ставишь новый уникальный пароль и включаешь двухфакторную аутентификацию. А потом { $friend } пишет: «тебе тоже пришло письмо от { $service }? меня оно чуть не развело». Ты делишься своими советами.

contract-the-phishing-login-hacked = Через несколько минут доступа больше нет. Пароль изменён, а твой аккаунт пишет друзьям: «Срочно выручи! Пришли код, который тебе только что пришёл».
contract-the-phishing-login-recover = Взломы случаются и с внимательными людьми. Сейчас главное — действовать быстро. Что ты сделаешь?
contract-the-phishing-login-choice-recover = Восстановить доступ, сменить пароли, предупредить друзей, пожаловаться
contract-the-phishing-login-feedback-recover = Так быстрее всего. Восстановление в настоящем приложении, новые уникальные пароли, двухфакторная защита и предупреждение друзей не дадут взломщику пользоваться твоим именем. Расскажи и взрослому, которому доверяешь.
contract-the-phishing-login-choice-new-account = Завести новый аккаунт и жить дальше
contract-the-phishing-login-feedback-new-account = С новым аккаунтом можно продолжать. Но у взломщика остались твой старый аккаунт, фото и имя, чтобы обманывать друзей. Восстановление и жалоба защитят их.
contract-the-phishing-login-choice-wait = Ничего не делать. Само как-нибудь уладится.
contract-the-phishing-login-feedback-wait = Есть над чем подумать: каждый час даёт взломщику больше времени, чтобы обмануть друзей или закрыть тебе доступ навсегда. Ещё не поздно восстановить аккаунт и пожаловаться.
contract-the-phishing-login-recovered = Восстановление аккаунта возвращает доступ в течение часа. Ты включаешь двухфакторную аутентификацию, предупреждаешь друзей и жалуешься на поддельные сообщения. { $friend } пишет, что твоё предупреждение спасло от взлома.

contract-the-phishing-login-end-safe = Тебе удалось раскусить поддельное письмо и трюк с «поддержкой». С новым паролем и двухфакторной аутентификацией аккаунт надёжно защищён.
contract-the-phishing-login-end-mixed = Пока всё обошлось, но обман всё ещё гуляет, а твои данные, возможно, ещё не в безопасности. Новые уникальные пароли, двухфакторная аутентификация и жалоба закроют бреши.
contract-the-phishing-login-end-recovered = Тебя подловили, но быстрые действия помогли вернуть аккаунт. Новые пароли, двухфакторная аутентификация, предупреждённые друзья — вот как восстанавливаются после взлома.
contract-the-phishing-login-end-harmful = У взломщика всё ещё твой аккаунт, и он обманывает друзей от твоего имени. Ещё не поздно: восстанови доступ, пожалуйся и расскажи взрослому, которому доверяешь.
