# Сделки / агрессия: Взломанный аккаунт (13–15 лет): взломанный аккаунт друга, оповещение о входе, защита аккаунта

contract-the-hacked-account-title = Взломанный аккаунт
contract-the-hacked-account-summary = Аккаунт твоего лучшего друга рассылает всей группе странную ссылку. А ночью на твой собственный аккаунт приходит оповещение о входе из другой страны.
contract-the-hacked-account-remember = Ссылка «от друга» может прийти со взломанного аккаунта: проверь другим способом. Защити аккаунт кодовой фразой и двухэтапным входом, никому не давай пароль и коды и попроси помощи у взрослого, которому ты доверяешь.

contract-the-hacked-account-app = Loopin
contract-the-hacked-account-npc-hacked = { $friend }
contract-the-hacked-account-npc-friend = { $friend } (звонок)
contract-the-hacked-account-npc-adult = { $adult }
contract-the-hacked-account-npc-expert = AccountRescue_Pro

contract-the-hacked-account-bait-video = это ТЫ на этом видео??
contract-the-hacked-account-bait-meme = ты теперь мем, смотри!!
contract-the-hacked-account-bait-photo = кто выложил это фото с тобой??
contract-the-hacked-account-adult-aunt = Тётя Надя
contract-the-hacked-account-adult-dad = Папа
contract-the-hacked-account-adult-teacher = Олег Ильич

contract-the-hacked-account-intro = Привет, это Санго! В аккаунте Loopin у тебя всё: переписки, фото, два года воспоминаний. На аватарке — твоя черепаха Лапша, а в описании профиля — «Кометы навсегда». И тут оживает групповой чат.
contract-the-hacked-account-friend-link = { $bait } loopin.login-help.net/watch
contract-the-hacked-account-pic-link-title = Войди, чтобы посмотреть
contract-the-hacked-account-pic-link-site = loopin.login-help.net

contract-the-hacked-account-link-choice = Ссылку прислал аккаунт «{ $friend }» — сразу всей группе. Что сделаешь?
contract-the-hacked-account-choice-link-check = Сначала спросить в другом мессенджере.
contract-the-hacked-account-feedback-link-check = Умно! Знакомое имя в сообщении не доказывает, кто его отправил. Спросить другим способом — звонком или в другом приложении — самая быстрая проверка.
contract-the-hacked-account-choice-link-ask = Спросить в общем чате: «Это точно ты?»
contract-the-hacked-account-feedback-link-ask = Спросить — хорошая мысль! Но если аккаунт взломан, ответит взломщик. Проверь другим способом: позвони или напиши в другом приложении.
contract-the-hacked-account-choice-link-open = Открыть. Своим я доверяю, всё нормально.
contract-the-hacked-account-feedback-link-open = Есть чему поучиться: взломанные аккаунты рассылают ссылки всем знакомым владельца, потому что им доверяют. Видео, для которого нужно войти в аккаунт, — ловушка. Это ещё можно исправить.

contract-the-hacked-account-friend-phone = Это НЕ я! Не могу войти, кто-то сменил пароль. Пишут всем подряд!! Прости, пожалуйста.
contract-the-hacked-account-hacker-replies = да это я лол, открывай, умрёшь со смеху. быстрее, пока не удалили
contract-the-hacked-account-fake-page = Страница точь-в-точь как Loopin и просит войти, чтобы посмотреть видео. Ты вводишь пароль. Видео так и не загружается.
contract-the-hacked-account-pic-fake-address = loopin.login-help.net
contract-the-hacked-account-pic-fake-title = Вход в Loopin
contract-the-hacked-account-pic-fake-button = Войти

contract-the-hacked-account-link-again = «Быстрее, пока не удалили». Так пишет { $friend }? Что теперь?
contract-the-hacked-account-choice-again-check = Сразу позвоню, голосом, а не в чате.
contract-the-hacked-account-feedback-again-check = Молодец! «Быстрее» — классическая уловка, чтобы не дать тебе подумать. Короткий звонок всё прояснит.
contract-the-hacked-account-choice-again-open = Ладно, похоже на правду. Открываю.
contract-the-hacked-account-feedback-again-open = Есть чему поучиться: у кого аккаунт, тот и может сказать «это я». Торопят — тревожный знак. Это ещё можно исправить.

contract-the-hacked-account-help-choice = Аккаунт «{ $friend }» взломан и всё ещё рассылает ссылку всем. Как помочь?
contract-the-hacked-account-choice-help-report = Пожаловаться на взлом и предупредить группу.
contract-the-hacked-account-feedback-help-report = Отличная командная работа! Жалоба просит Loopin остановить аккаунт, а предупреждение своими словами, без ссылки, останавливает клики.
contract-the-hacked-account-choice-help-forward = Переслать ссылку всем: «Проверено: НЕ ОТКРЫВАЙТЕ!»
contract-the-hacked-account-feedback-help-forward = Предупредить других — по-доброму! Но пересылка показывает ссылку ещё большему числу людей, а кто-нибудь всегда нажмёт. Предупреди своими словами, без ссылки, и пожалуйся на аккаунт.
contract-the-hacked-account-reported = Ты жалуешься на взломанный аккаунт и пишешь в группу: «Аккаунт „{ $friend }“ взломали. Не открывайте ссылку». Трое отвечают: «спасибо, чуть не нажал».
contract-the-hacked-account-forwarded = Твоё предупреждение уходит вместе со ссылкой. Двое благодарят. А кто-то пишет: «упс, нажал раньше, чем прочитал капс».

contract-the-hacked-account-alert = Ночью, в 03:12, загорается экран телефона. Это Loopin.
contract-the-hacked-account-pic-alert-title = Попытка входа
contract-the-hacked-account-pic-alert-where = Другая страна, 03:12
contract-the-hacked-account-pic-alert-device = Неизвестный ноутбук
contract-the-hacked-account-pic-alert-no = Нет, это не я
contract-the-hacked-account-pic-alert-yes = Да, это я

contract-the-hacked-account-alert-choice = Кто-то очень далеко пытался войти под твоим именем. А пароль у тебя один на три приложения ещё с 11 лет. Что сделаешь?
contract-the-hacked-account-choice-alert-lock = Нажать «Нет, это не я» и сменить пароль.
contract-the-hacked-account-feedback-alert-lock = Точно! «Не я» блокирует этот вход. Старый пароль на нескольких приложениях — так взломщики и попадают внутрь, так что пора ставить новый замок: здесь и в двух других приложениях.
contract-the-hacked-account-choice-alert-ignore = Закрыть. Лишь «попытка» — безопасно, да?
contract-the-hacked-account-feedback-alert-ignore = Не нажимать «да» — правильно! Но попытка значит, что у кого-то есть твой пароль или почти есть. Они попробуют снова. Смени его сейчас.
contract-the-hacked-account-choice-alert-yes = Нажать «Да, это я», чтоб не жужжало.
contract-the-hacked-account-feedback-alert-yes = Есть чему поучиться: «Да, это я» разрешило Loopin впустить этот ноутбук. Спросонья легко нажать не читая. «Нет, это не я» заблокировало бы вход. Это ещё можно исправить.
contract-the-hacked-account-not-me = Loopin блокирует вход и просит поставить на аккаунт новый замок.
contract-the-hacked-account-second-alert = Утром: «Ваш пароль изменён. Новый вход: другая страна». Но это не твой вход.
contract-the-hacked-account-tapped-yes = Телефон затихает. Где-то далеко незнакомый ноутбук теперь вошёл в твой аккаунт.

contract-the-hacked-account-lock = Три-четыре случайных слова — надёжная кодовая фраза. Собери такую, которую запомнишь, а потом выбери, как Loopin проверяет, что это правда ты.
contract-the-hacked-account-piece-kettle = чайник
contract-the-hacked-account-why-piece-kettle = Обычное слово, никак не связанное с тобой: по профилю его не угадать. И его легко представить.
contract-the-hacked-account-piece-pet = лапша
contract-the-hacked-account-why-piece-pet = Похоже на случайное слово, но Лапша — твоя черепаха, прямо на аватарке. Угадать может кто угодно. Не используй питомцев, имена и дни рождения.
contract-the-hacked-account-piece-cactus = кактус
contract-the-hacked-account-why-piece-cactus = Хорошо. Несколько случайных слов — длинная фраза, которую трудно взломать и легко запомнить: кактус в чайнике!
contract-the-hacked-account-piece-common = пароль1
contract-the-hacked-account-why-piece-common = «пароль1» — одно из первых, что пробует любая программа для взлома, даже вместе с другими словами. Он ничего не добавляет. Пусть работают случайные слова.
contract-the-hacked-account-piece-violin = скрипка
contract-the-hacked-account-why-piece-violin = Ещё одно случайное слово. Каждое делает фразу длиннее и надёжнее, а смешная картинка помогает её запомнить.
contract-the-hacked-account-piece-jumble = t8&Wm#2v
contract-the-hacked-account-why-piece-jumble = Надёжно, но вспомнишь ли ты t8&Wm#2v через неделю? Такие наборы оказываются на стикерах или везде одни и те же. Случайные слова и надёжны, И легко запоминаются.
contract-the-hacked-account-piece-tornado = торнадо
contract-the-hacked-account-why-piece-tornado = Отличный выбор. Случайные слова надёжны, потому что они не про тебя. Торнадо, полный скрипок, не забудешь.
contract-the-hacked-account-piece-team = кометы
contract-the-hacked-account-why-piece-team = Звучит случайно, но «Кометы навсегда» написано у тебя в профиле. То, что все знают о тебе, пробуют первым, так что не бери это.
contract-the-hacked-account-set-two-step = Двухэтапный вход: код в придачу к фразе
contract-the-hacked-account-val-two-step-off = Выкл.
contract-the-hacked-account-why-two-step-off = Если выключить, фраза — единственный замок, а именно так и воспользовались твоим старым паролем. Двухэтапный вход просит ещё и код с телефона.
contract-the-hacked-account-val-two-step-phone = Код на мой телефон
contract-the-hacked-account-why-two-step-phone = Отлично: даже зная фразу, взломщику понадобится ещё и твой телефон. Никому не называй код, даже тому, кто говорит, что он из «поддержки» или друг.
contract-the-hacked-account-set-devices = Устройства, где выполнен вход в аккаунт
contract-the-hacked-account-val-devices-keep = Оставить все
contract-the-hacked-account-why-devices-keep = Среди них может быть тот неизвестный ноутбук. Выход на всех других устройствах выгонит любого, кто пробрался внутрь.
contract-the-hacked-account-val-devices-out = Выйти на всех других
contract-the-hacked-account-why-devices-out = Да! Кто вошёл со старым паролем, тот вылетает. А ты просто снова входишь на своём телефоне.
contract-the-hacked-account-set-recovery = Почта для восстановления, если не получается войти
contract-the-hacked-account-val-recovery-friend = Почта друга: { $friend }
contract-the-hacked-account-why-recovery-friend = Из лучших побуждений, но у кого почта для восстановления, тот может сменить твою фразу, а аккаунт «{ $friend }» только что взломали. Бери свою.
contract-the-hacked-account-val-recovery-own = Моя собственная почта
contract-the-hacked-account-why-recovery-own = Да: почта, которой пользуешься только ты, со своей надёжной фразой. Если когда-нибудь не получится войти, ты вернёшься.
contract-the-hacked-account-val-recovery-none = Никакой
contract-the-hacked-account-why-recovery-none = Никто другой не воспользуется, это правда. Но если аккаунт заблокируют или взломают, вернуться будет нельзя. Своя почта лучше.
contract-the-hacked-account-sign-in = На выходных ты входишь в аккаунт в библиотеке, за общим компьютером. Ищешь «Loopin» — и видишь три ссылки. На какой странице войдёшь?
contract-the-hacked-account-page-ending = loopin.co/signin
contract-the-hacked-account-why-page-ending = Почти, но в конце .co, а не .com: это другой сайт, который копирует страницу Loopin, чтобы красть фразы. Смотри на окончание перед первым /.
contract-the-hacked-account-page-real = account.loopin.com/signin
contract-the-hacked-account-why-page-real = Верно: прямо перед первым / стоит loopin.com — адрес самого Loopin. На общем компьютере потом выйди из аккаунта и не разрешай сохранять фразу.
contract-the-hacked-account-page-buried = loopin.login-help.net/signin
contract-the-hacked-account-why-page-buried = Начинается с loopin, но на самом деле заканчивается на login-help.net — тот же сайт, что и в фальшивой ссылке на видео. Чья страница, показывает последняя часть перед первым /.
contract-the-hacked-account-locked = аккаунт вернули!! семья помогла через страницу восстановления Loopin, теперь включён двухэтапный вход. и спасибо за звонок до того, как открыть ссылку

contract-the-hacked-account-hijacked = Пароль больше не подходит. Твой аккаунт рассылает ту же ссылку всем твоим знакомым. А потом приходит запрос на переписку.
contract-the-hacked-account-expert-dm = Взломали? Возвращаю аккаунты за 1 час, гарантия 100 %. Всего 20 подарочными картами, плюс твоя почта и пароль от неё, чтобы я всё сбросил.
contract-the-hacked-account-recover-choice = Твой аккаунт в чужих руках, и это не твоя вина. Что теперь?
contract-the-hacked-account-choice-recover-tell = Пусть { $adult } поможет через «Меня взломали».
contract-the-hacked-account-feedback-recover-tell = Это путь назад! Взрослый, которому ты доверяешь, поможет пройти настоящую страницу восстановления Loopin и пожаловаться на аккаунт. Взламывают многих, и тебя никто не накажет.
contract-the-hacked-account-choice-recover-new = Завести новый аккаунт, и никому не надо знать.
contract-the-hacked-account-feedback-recover-new = Начать заново — понятное желание! Но старый аккаунт всё ещё у чужого человека и пишет всем твоим знакомым. Его нужно вернуть и пожаловаться на него, вместе со взрослым, которому ты доверяешь.
contract-the-hacked-account-choice-recover-pay = Заплатить эксперту. Безопасная помощь за час, за 20!
contract-the-hacked-account-feedback-recover-pay = Есть чему поучиться: «эксперты по восстановлению», которые пишут сами, — мошенники. Подарочные карты не отследить, а пароль от почты отдаст им всё. Рассказать взрослому, которому ты доверяешь, никогда не поздно.
contract-the-hacked-account-old-still = У нового аккаунта 3 подписчика. У старого по-прежнему 300, и он снова публикует ссылку — с твоим лицом.
contract-the-hacked-account-paid = Оплата получена! Теперь пришли почту и пароль от неё. Да, и «срочный режим» — ещё 20.

contract-the-hacked-account-last-choice = Старый аккаунт всё ещё рассылает ссылку от твоего имени. Что сделаешь?
contract-the-hacked-account-choice-last-tell = Пусть { $adult } узнает всё и увидит старый аккаунт.
contract-the-hacked-account-feedback-last-tell = Смело и умно. Никогда не поздно: взрослый, которому ты доверяешь, поможет вернуть аккаунт, пожаловаться на него и предупредить знакомых. В этом нет твоей вины.
contract-the-hacked-account-choice-last-quiet = Оставить. Если станет хуже, тогда и расскажу.
contract-the-hacked-account-feedback-last-quiet = Есть чему поучиться: уже всё серьёзно. Аккаунт прямо сейчас обманывает твоих друзей, и пока ты ждёшь, ссылка расходится дальше. Взламывают многих. Рассказать никогда не поздно.
contract-the-hacked-account-spreading = За неделю ссылка доходит до двоюродных братьев и сестёр, команды и класса. Двое друзей теряют из-за неё аккаунты.

contract-the-hacked-account-adult-helps = Спасибо, что рассказываешь. Тебя никто не накажет, такое случается со многими. Пройдём настоящую страницу восстановления Loopin, пожалуемся на аккаунт, предупредим знакомых, а потом как следует его защитим.
contract-the-hacked-account-locked-late = Аккаунт снова твой. Ты пишешь: «Меня взломали. Не открывайте мои ссылки за эту неделю». Странные сообщения прекращаются.

contract-the-hacked-account-end-safe = Сначала проверка, потом клик; группа предупреждена о взломе аккаунта «{ $friend }»; а твой аккаунт под надёжным замком: новая фраза, двухэтапный вход, чужих устройств нет. Отлично сыграно!
contract-the-hacked-account-end-recovered = Аккаунт у тебя забрали, но помощь пришла. Он вернулся, защищён фразой и двухэтапным входом, знакомые предупреждены, и это не твоя вина.
contract-the-hacked-account-end-harmful = Твой аккаунт всё ещё в чужих руках и обманывает друзей. Это не твоя вина: взломщики умеют это делать. Никогда не поздно рассказать: { $adult } или другой взрослый, которому ты доверяешь, поможет вернуть его.

contract-the-hacked-account-trace-locked = Loopin: новая кодовая фраза, двухэтапный вход включён, на других устройствах выполнен выход.
contract-the-hacked-account-trace-locked-advice = Надёжно. Для каждого приложения — своя фраза, и никогда никому не называй код, даже другу.
contract-the-hacked-account-trace-taken = Твой старый аккаунт Loopin — всё ещё у чужого человека, который пишет твоим знакомым.
contract-the-hacked-account-trace-taken-advice = Взрослый, которому ты доверяешь, поможет пройти настоящую страницу восстановления Loopin, пожаловаться на аккаунт и предупредить знакомых. Никогда не поздно.

# The old password opens other apps too.
contract-the-hacked-account-last-step = И ещё: твой старый пароль открывает и два других приложения.
contract-the-hacked-account-choice-other-apps = Сменить этот пароль и в двух других приложениях.
contract-the-hacked-account-choice-leave-apps = Оставить другие приложения как есть. Главное — Loopin.
contract-the-hacked-account-feedback-other-apps = Именно. Взломщики пробуют украденный пароль везде. Новая фраза-пароль для каждого приложения — и всё под замком.
contract-the-hacked-account-feedback-leave-apps = Есть чему научиться: украденный пароль пробуют во всех приложениях. Каждому аккаунту нужна своя фраза-пароль.
contract-the-hacked-account-apps-taken = Через неделю старый пароль открывает и игровой аккаунт. { $adult } помогает сменить его и включить двухэтапный вход. Всё снова твоё.
