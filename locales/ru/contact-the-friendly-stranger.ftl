# Контакты / сексуальные риски, для 9–12 лет: только тревожные сигналы (Дружелюбный незнакомец)

contact-the-friendly-stranger-title = Дружелюбный незнакомец
contact-the-friendly-stranger-summary = Незнакомец в игровом чате очень мил и предлагает бесплатные кристаллы. Что происходит на самом деле?
contact-the-friendly-stranger-remember = Настоящий друг никогда не просит хранить секреты от семьи. Если кто-то в интернете вызывает у тебя тревогу, заблокируй его, пожалуйся и расскажи взрослому, которому доверяешь.

contact-the-friendly-stranger-npc-gamer = { $gamer }
contact-the-friendly-stranger-npc-mum = Мама

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
contact-the-friendly-stranger-name-starknight = StarKnight_12
contact-the-friendly-stranger-name-pixelhero = PixelHero_12
contact-the-friendly-stranger-name-dragonrider = DragonRider_12
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = № 5
contact-the-friendly-stranger-school-oakwood = № 12
contact-the-friendly-stranger-school-riverside = № 27

contact-the-friendly-stranger-intro = Ты строишь замок в { $game } — своей любимой игре. С друзьями играть веселее! А я буду присматривать за чатом вместе с тобой.

contact-the-friendly-stranger-first-message = Ого, твой замок — самый крутой на свете! У тебя такой талант. Мне тоже 12. Хочешь 500 бесплатных кристаллов? Просто напиши, в какой школе учишься, и я их пришлю.
contact-the-friendly-stranger-choice-no-school = Нет, спасибо. Я не рассказываю в сети, где учусь.
contact-the-friendly-stranger-feedback-no-school = Молодец! По школе можно узнать, где тебя найти, поэтому это секрет. А бесплатные подарки от незнакомцев часто оказываются уловкой, чтобы втереться в доверие.
contact-the-friendly-stranger-choice-just-thanks = Сказать спасибо, но пропустить вопрос про школу
contact-the-friendly-stranger-feedback-just-thanks = Хорошо, что школа осталась в секрете! Но будь начеку: много похвалы и бесплатные подарки от незнакомца — это тревожные сигналы.
contact-the-friendly-stranger-choice-tell-school = Круто! Я учусь в школе { $school }.
contact-the-friendly-stranger-feedback-tell-school = Есть над чем подумать: номер школы подсказывает незнакомцу, где ты бываешь каждый день. Держи его в секрете, даже от тех, кто кажется очень милым.

contact-the-friendly-stranger-knows-school = Школа { $school }? Да ладно, это же рядом со мной! Может, как-нибудь встретимся. Ты намного круче других ребят, с которыми я общаюсь.

contact-the-friendly-stranger-pushy = Давай лучше переписываться в ChatZip, там приватнее. И не рассказывай обо мне родителям, ладно? Они не поймут нашу дружбу.
contact-the-friendly-stranger-choice-block-report-tell = Заблокировать, пожаловаться, рассказать взрослому, которому доверяю
contact-the-friendly-stranger-feedback-block-report-tell = В точку! Зовут в приватное приложение и просят держать секреты от семьи — это серьёзные тревожные сигналы. Заблокировать, пожаловаться и рассказать — смело и правильно.
contact-the-friendly-stranger-choice-log-off = Просто выйти из игры и больше не отвечать
contact-the-friendly-stranger-feedback-log-off = Выйти из игры — пока это тебя защищает. Но { $gamer } может написать тебе снова — или другим ребятам. Жалоба и разговор со взрослым помогут остановить это насовсем.
contact-the-friendly-stranger-choice-move-app = Ладно, добавлю тебя в ChatZip. Никому не скажу.
contact-the-friendly-stranger-feedback-move-app = Есть над чем подумать: надёжный друг никогда не попросит скрывать его от семьи. А в приватном приложении никто не увидит, если что-то пойдёт не так.

contact-the-friendly-stranger-tell-adult = Спасибо, что рассказываешь мне. Твоей вины тут нет. Давай сохраним сообщения, а потом вместе заблокируем { $gamer } и пожалуемся.
contact-the-friendly-stranger-logged-off = Ты выходишь из игры. На следующий день { $gamer } уже ждёт в игровом чате: «Ты куда пропадаешь? У меня для тебя ещё больше кристаллов!»

contact-the-friendly-stranger-asks-photo = Ура, мы лучшие друзья! Теперь пришли мне своё фото в школьной форме, чтобы было видно, что ты — это ты. И помни: это наш секрет.
contact-the-friendly-stranger-choice-refuse-tell = Нет. И я расскажу взрослому, которому доверяю.
contact-the-friendly-stranger-feedback-refuse-tell = Как смело! У тебя всегда есть право сказать «нет». Просьбы прислать фото и хранить секреты — серьёзный тревожный сигнал. Взрослый, которому доверяешь, поможет, и ругать тебя никто не будет.
contact-the-friendly-stranger-choice-refuse-keep-chatting = Отказаться присылать фото, но продолжить общаться
contact-the-friendly-stranger-feedback-refuse-keep-chatting = Сказать «нет» — правильно! Но тот, кто просит фото и секреты, — не надёжный друг. Можно перестать общаться и попросить помощи.
contact-the-friendly-stranger-choice-send-photo = Отправить фото. Это же просто селфи.
contact-the-friendly-stranger-feedback-send-photo = Есть над чем подумать: отправленное фото уже не вернёшь, и неизвестно, куда оно попадёт, а форма выдаёт твою школу. Просить фото и секреты — тревожный сигнал, кто бы ни просил.

contact-the-friendly-stranger-gamer-pressure = Ты мой лучший друг, так что не порти всё. Если расскажешь родителям, тебе сильно влетит, и они отберут у тебя игру.
contact-the-friendly-stranger-sango-brave = Мне тревожно. Тебя пугают, чтобы тебе было страшно рассказать, — это уловка, чтобы оставить тебя без поддержки. Тебя НЕ будут ругать, и это не твоя вина. Что ты сделаешь?
contact-the-friendly-stranger-choice-tell-anyway = Это не моя вина. Я расскажу взрослому, которому доверяю.
contact-the-friendly-stranger-feedback-tell-anyway = Вот это настоящая смелость! Те, кто просит детей хранить секреты, рассчитывают на молчание. Взрослый, которому доверяешь, выслушает и поможет, и ругать тебя никто не будет.
contact-the-friendly-stranger-choice-block-only = Заблокировать { $gamer }, но никому не говорить
contact-the-friendly-stranger-feedback-block-only = Заблокировать — хороший шаг! Но { $gamer } может попробовать то же самое с другими ребятами. Если рассказать взрослому, которому доверяешь, можно пожаловаться и остановить это.
contact-the-friendly-stranger-choice-keep-secret = Хранить секрет и делать, что говорят
contact-the-friendly-stranger-feedback-keep-secret = Есть над чем подумать: бояться — нормально, но такие секреты выгодны только другому человеку. Рассказать тому, кому доверяешь, никогда не поздно.

contact-the-friendly-stranger-tell-adult-late = Как хорошо, что ты мне рассказываешь. Ругать тебя никто не будет, ты поступаешь правильно. Давай сохраним сообщения, а потом вместе заблокируем { $gamer } и пожалуемся.

contact-the-friendly-stranger-end-safe = Тебе удалось заметить тревожные сигналы и позвать на помощь. { $gamer } в блоке, жалоба отправлена, а твои данные в безопасности. Блестяще!
contact-the-friendly-stranger-end-mixed = Пока ты в безопасности, но на { $gamer } никто не пожаловался, и следующими могут стать другие ребята. Если рассказать взрослому, которому доверяешь, это можно остановить насовсем.
contact-the-friendly-stranger-end-recovered = На миг стало страшно, но тебе хватило смелости рассказать. { $gamer } в блоке, жалоба отправлена. Рассказать — это всегда помогает!
contact-the-friendly-stranger-end-harmful = { $gamer } просит всё больше, а секрет с каждым днём всё тяжелее. Это не твоя вина, и ещё не поздно: расскажи взрослому, которому доверяешь. Ругать тебя не будут.
