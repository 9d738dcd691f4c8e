# Контакт / сексуальные риски: Кто-то постарше (16–18 лет). Груминг со стороны взрослого «партнёра»: только тревожные признаки и где искать помощь, ничего не показано и не описано. Секреты, подарки, изоляция, давление встретиться наедине; ровесник, который спрашивает с уважением, — это нормально. Это никогда не вина подростка.

contact-the-older-partner-title = Кто-то постарше
contact-the-older-partner-summary = Человек лет двадцати с лишним говорит, что ты «старше своих лет», дарит подарки и хочет встретиться наедине. Друзьям знать не обязательно. Или всё-таки нужно?
contact-the-older-partner-remember = Подарки, за которые будто надо платить, «ты старше своих лет», секреты от семьи, отдаление от друзей, «только мы»: это тревожные признаки и не твоя вина. Сохрани сообщения и расскажи взрослому, которому доверяешь.

contact-the-older-partner-app = { $app }
contact-the-older-partner-app-chordly = Chordly
contact-the-older-partner-app-tunebox = Tunebox
contact-the-older-partner-app-riffroom = Riffroom
contact-the-older-partner-older-dani = Дани
contact-the-older-partner-older-remy = Реми
contact-the-older-partner-older-sol = Нико
contact-the-older-partner-adult-mum = Мама
contact-the-older-partner-adult-uncle = Дядя Томас
contact-the-older-partner-adult-grandpa = Дедушка

contact-the-older-partner-npc-older = { $older }
contact-the-older-partner-npc-friend = { $friend }
contact-the-older-partner-npc-adult = { $adult }
contact-the-older-partner-npc-classmate = { $classmate }

contact-the-older-partner-intro = Уже три недели ты переписываешься с { $older } из комнаты авторов песен в { $app }. { $older } уже 24, с { $older } весело, и в сообщениях постоянно: «ты совсем не как твои ровесники». Сегодня телефон снова загорается.
contact-the-older-partner-gift = наушники, о которых ты мечтаешь, ждут тебя в магазине, уже оплачены. только никому не говори, что это от меня, ладно? люди нас не поймут.
contact-the-older-partner-pic-gift-title = Тебя ждёт подарок
contact-the-older-partner-pic-gift-from = От: { $older }
contact-the-older-partner-pic-gift-note = «никому не говори, что это от меня»

contact-the-older-partner-spot = Многие сообщения просто добрые. Некоторые — больше чем добрые, и в них есть система. Нажми на тревожные признаки в сегодняшних сообщениях.
contact-the-older-partner-card-title = Твои сообщения
contact-the-older-partner-card-body = Сегодняшние сообщения: { $older } и { $classmate }.
contact-the-older-partner-pic-chats-title = Сообщения
contact-the-older-partner-part-mature = { $older }: «ты гораздо старше своих лет»
contact-the-older-partner-feedback-mature = Да. «Старше своих лет» превращает большую разницу в возрасте в комплимент. Это одна из самых частых фраз, которыми старшие делают такие отношения «нормальными».
contact-the-older-partner-pic-msg-mature = ты гораздо старше своих лет
contact-the-older-partner-part-food = { $classmate }: перекусим после уроков всей компанией?
contact-the-older-partner-feedback-food = Это не тревожный признак. Ровесник зовёт открыто, вместе с друзьями, и отказаться легко: вот так выглядит уважение.
contact-the-older-partner-pic-msg-food = перекусим после уроков всей компанией? без давления, можно отказаться
contact-the-older-partner-part-secret = { $older }: «не рассказывай про нас семье»
contact-the-older-partner-feedback-secret = Да. Тому, кто тебе добра желает, не нужно прятаться от людей, которые тебя любят. Просьба о секрете — самый серьёзный тревожный признак.
contact-the-older-partner-pic-msg-secret = не рассказывай про нас семье, они всё испортят
contact-the-older-partner-part-exam = { $older }: «удачи завтра на экзамене»
contact-the-older-partner-feedback-exam = Само по себе это просто доброе сообщение. Признаки — в том, что вокруг: секреты, разница в возрасте, отдаление от друзей. Добрые слова не делают человека ни безопасным, ни опасным.
contact-the-older-partner-pic-msg-exam = удачи завтра на экзамене!
contact-the-older-partner-part-friends = { $older }: «друзья тебя тянут назад»
contact-the-older-partner-feedback-friends = Да. Если настроить тебя против друзей, рядом останется меньше людей, которые заметят, что происходит. Тем, кто тебя ценит, важно, чтобы у тебя были друзья.
contact-the-older-partner-pic-msg-friends = друзья тебя тянут назад. они тебе не нужны, у тебя есть я

contact-the-older-partner-invite = в субботу у меня свободная квартира. приходи, только мы вдвоём. дома скажи, что ты в гостях, { $friend } прикроет, ладно?
contact-the-older-partner-choice-no-meet = Нет. Тайком не встречаюсь и не вру.
contact-the-older-partner-feedback-no-meet = Чётко и твёрдо. Просьба встретиться наедине с готовой легендой для семьи — серьёзный тревожный признак. Никто не вправе ждать от тебя «да», что бы ни дарил.
contact-the-older-partner-choice-cafe = А может, лучше в кафе? Где много людей?
contact-the-older-partner-feedback-cafe = Людное место лучше квартиры. Но секрет и ложь семье никуда не делись, а тревожные признаки — именно они. Тому, с кем безопасно, не нужно, чтобы это скрывалось.
contact-the-older-partner-choice-cover = Ладно. Для семьи я в гостях, { $friend } прикроет. До субботы!
contact-the-older-partner-feedback-cover = Есть чему поучиться: с легендой никто не будет знать, где ты. Взрослый, который просит врать семье, переходит черту. Это не твоя вина, и передумать ещё не поздно.
contact-the-older-partner-c-no = ого. после наушников и всего остального? а казалось, ты взрослее. ну и ладно. только никому про нас не рассказывай.
contact-the-older-partner-c-cafe = кафе? ты мне не доверяешь? у меня тише. и помни: для всех ты в гостях. это наш секрет.
contact-the-older-partner-c-agreed = Ты пишешь другу: «если спросят, в субботу я у тебя». { $friend } отвечает через пару секунд.

contact-the-older-partner-pressure = Теперь { $older } обижается и по-прежнему хочет, чтобы всё осталось в секрете. Что ты делаешь?
contact-the-older-partner-choice-show-adult = Делаю скриншоты переписки — и сегодня всё расскажу. «{ $adult }!»
contact-the-older-partner-feedback-show-adult = Вот так. Вина за подарок, секрет, «только мы» — ты видишь систему. Скриншоты сохраняют доказательства, а { $adult } поможет пожаловаться и заблокировать. Это никогда не стукачество.
contact-the-older-partner-choice-block-quiet = Блокирую { $older } и живу дальше. Всё равно всё кончено.
contact-the-older-partner-feedback-block-quiet = Блокировка — сильный шаг. Но если никто не знает, никто не поможет, когда { $older } вернётся другим путём, а взрослый, который ищет подростков, может найти и других. Расскажи тому, кому доверяешь.
contact-the-older-partner-choice-sorry = Извиниться. Может, я и правда веду себя по-детски.
contact-the-older-partner-feedback-sorry = Есть чему поучиться: отказаться от секрета — не по-детски, а мудро. Внушить, что за подарок или услугу полагается расплата, — так и работает давление. Это не твоя вина.
contact-the-older-partner-c-blocked = Аккаунт заблокирован. На следующий день приходит запрос от нового аккаунта: «ты не можешь просто исчезнуть. я знаю, в какое кафе ты ходишь после уроков».
contact-the-older-partner-c-sorry = вот так лучше. видишь, никто не понимает тебя так, как я. суббота, у меня. для всех ты в гостях, { $friend } прикроет.

contact-the-older-partner-after-block = Новый аккаунт, и теперь известно, где тебя найти. Ничего из этого не твоя вина. Что теперь?
contact-the-older-partner-choice-show-both = Сегодня же покажу оба аккаунта человеку, которому я доверяю.
contact-the-older-partner-feedback-show-both = Да. Два аккаунта — доказательство системы, а взрослый, которому ты доверяешь, например { $adult }, пожалуется на них и найдёт дополнительную помощь. Блокировать было правильно, и рассказать — тоже.
contact-the-older-partner-choice-reply-once = Ответить один раз, вежливо, чтобы всё успокоилось.
contact-the-older-partner-feedback-reply-once = Есть чему поучиться: вежливый ответ показывает, что новый аккаунт работает, и всё продолжится. Успокаивать — не твоя задача. Рассказать взрослому, которому доверяешь, никогда не поздно.
contact-the-older-partner-choice-go-offline = Сделаю профиль личным и уйду в офлайн. Так безопаснее.
contact-the-older-partner-feedback-go-offline = Есть чему поучиться: уйти в офлайн кажется безопаснее, но известно, где ты бываешь, и справляться придётся в одиночку. Рассказать взрослому, которому доверяешь, никогда не поздно. Тебя не накажут.
contact-the-older-partner-c-offline = Профиль закрыт, ты в офлайне. Через два дня { $older } пишет твоему другу: «передай, что я жду».
contact-the-older-partner-c-answered = ну вот, снова на связи. суббота, у меня, только мы. для всех ты в гостях, помнишь?

contact-the-older-partner-friend = слушай, ты уже три раза отменяешь встречи с нами и всё время в телефоне с { $older }. а этому человеку не 24 случайно? у тебя всё нормально? честно?
contact-the-older-partner-choice-come-with = Не очень. Пойдём вместе, сегодня же: «{ $adult }, есть разговор».
contact-the-older-partner-feedback-come-with = Это смело. Когда кто-то замечает, это ценно, а идти к взрослому вдвоём легче. { $adult } поможет пожаловаться на { $older } и защитит тебя, без упрёков.
contact-the-older-partner-choice-handle-it = Всё нормально. Только { $adult } ни слова, это личное.
contact-the-older-partner-feedback-handle-it = Желание закончить — правильное. Но в одиночку ты против человека старше, который умеет давить виной и секретами. { $friend } замечает не просто так: пусть поможет привести взрослого на твою сторону.
contact-the-older-partner-choice-jealous = Это ревность. Зато { $older } меня по-настоящему понимает.
contact-the-older-partner-feedback-jealous = Есть чему поучиться: ощущение «меня наконец понимают» — именно так это и работает, а отталкивать друзей — часть схемы. { $friend } на твоей стороне. Ещё не поздно снова подпустить друга.
contact-the-older-partner-c-handle = отменяешь?? после наушников, денег на телефон, всего? если кому-нибудь про нас расскажешь, я скажу, что это была твоя идея.
contact-the-older-partner-c-pushed-away = { $friend } больше не пишет. А { $older } пишет каждый час: где ты, с кем ты, и «не забывай, это наш секрет».

contact-the-older-partner-last = Ничего из этого не твоя вина. Кто-то старше, кому нужны секреты, кто внушает чувство долга и хочет остаться с тобой наедине, поступает неправильно, а не ты. Ещё не поздно.
contact-the-older-partner-choice-tell-tonight = Сегодня же покажу кое-кому все сообщения.
contact-the-older-partner-feedback-tell-tonight = Это самый смелый шаг. Рассказ разрушает секрет, а именно секрет давал { $older } власть. Взрослый, которому ты доверяешь, поможет, и тебя никто не накажет.
contact-the-older-partner-choice-alone = Это личное. Разберусь.
contact-the-older-partner-feedback-alone = Есть чему поучиться: справляться в одиночку — ровно то, на что рассчитывают. Взрослый выбрал тебя целью, и отвечает за это он, а не ты. Взрослый, которому доверяешь, или телефон доверия помогут.
contact-the-older-partner-choice-explain = Пойти в субботу и лично сказать, что всё кончено.
contact-the-older-partner-feedback-explain = Есть чему поучиться: встреча наедине, чтобы «закончить», — ровно то, чего добиваются. Прощаться лично — не твоя обязанность. Лучше расскажи взрослому, которому доверяешь.
contact-the-older-partner-c-alone = Всё остаётся в секрете. Сообщения приходят, суббота всё ближе, и с каждым днём всё сильнее одиночество.
contact-the-older-partner-c-saturday = Дома ты говоришь, что идёшь в гости: { $friend } прикроет. В субботу утром в животе узел, а { $older } пишет: «помни: никто не должен знать».

contact-the-older-partner-adult-helps = Спасибо, что показываешь. Ничего плохого ты не делаешь. Взрослый, который дарит подарки, требует секретов и хочет остаться с тобой наедине, переходит черту. Сохраним скриншоты, пожалуемся в { $app } и вместе заблокируем.
contact-the-older-partner-adult-helps-late = Правильно, что ты ко мне обращаешься, и тебя никто не накажет. Пожалуемся на оба аккаунта в { $app }, а раз известно, где ты бываешь, найдём и другую помощь. Ничего из этого не твоя вина.
contact-the-older-partner-adult-late = Спасибо, что рассказываешь. Тебя никто не накажет, и ничего из этого не твоя вина: взрослый здесь { $older }, и это взрослый должен был понимать. Сохраним сообщения, пожалуемся и, если нужно, найдём ещё помощь.
contact-the-older-partner-pic-report-title = Пожаловаться: { $older }
contact-the-older-partner-pic-reason-adult = Взрослый пишет несовершеннолетнему
contact-the-older-partner-pic-reason-secret = Просит хранить секреты
contact-the-older-partner-pic-reason-meet = Давит, чтобы встретиться наедине
contact-the-older-partner-pic-attached = 6 скриншотов
contact-the-older-partner-pic-send = Отправить жалобу

contact-the-older-partner-end-safe = Ты видишь систему: подарок с чувством долга, секрет, «только мы». Ты говоришь «нет», и { $adult } теперь в курсе. А как { $classmate } зовёт тебя, просто и без всякого давления? Вот так выглядит уважение.
contact-the-older-partner-end-safe-late = Одной блокировки мало, но { $adult } теперь в курсе. На оба аккаунта поданы жалобы, за тобой присматривают, и твоей вины тут нет.
contact-the-older-partner-end-recovered = Всё зашло дальше, чем хотелось, но ты снова подпускаешь тех, кто тебя любит. { $adult } теперь в курсе, нести это в одиночку больше не нужно, и ничего из этого никогда не было твоей виной.
contact-the-older-partner-end-harmful = Секрет с каждым днём тяжелее. Это не твоя вина: взрослый здесь { $older }. Никогда не поздно сказать «нет» и рассказать взрослому, которому доверяешь, или позвонить на телефон доверия.
