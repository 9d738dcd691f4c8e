# Поведение / агрессия: Нарочно за бортом (13–15 лет), игрок — свидетель

conduct-the-exclusion-title = Нарочно за бортом
conduct-the-exclusion-summary = Твой класс создаёт новый чат, куда не позвали одного человека, — и начинаются шутки над ним.
conduct-the-exclusion-remember = Нарочно исключать человека и высмеивать его — это травля. Не присоединяйся, поддержи того, кого травят, и расскажи взрослому, которому доверяешь.

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $target }
conduct-the-exclusion-npc-teacher = { $teacher }

# Разнообразие: в каждой игре выбирается один вариант каждой переменной из `vary`.
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = Настоящая тусовка
conduct-the-exclusion-group-no-cringe = Зона без кринжа
conduct-the-exclusion-group-vips = Только для VIP
conduct-the-exclusion-name-mia = Мила
conduct-the-exclusion-name-jonah = Даня
conduct-the-exclusion-name-ayesha = Алия
conduct-the-exclusion-name-kai = Кирилл
conduct-the-exclusion-name-bella = Белла
conduct-the-exclusion-name-ryan = Руслан
conduct-the-exclusion-teacher-okafor = Ольга Ивановна
conduct-the-exclusion-teacher-reyes = Роман Ильич
conduct-the-exclusion-teacher-novak = Нина Петровна

conduct-the-exclusion-intro = { $leader } создаёт в { $app } новую группу «{ $group }». В ней весь твой класс. Весь, кроме одного человека: { $target }.

conduct-the-exclusion-first-joke = Наконец-то { $target } не читает наш чат, лол. Видели сегодня эти ботинки?? Кто-нибудь, скиньте скрин последнего селфи.
conduct-the-exclusion-choice-not-cool = Не круто. { $target } очень обидится, если увидит.
conduct-the-exclusion-feedback-not-cool = Для этого нужна смелость. Когда один человек говорит «не круто», у других часто тоже находятся силы остановиться. У свидетелей больше влияния, чем им кажется.
conduct-the-exclusion-choice-mute = Выключить уведомления группы и промолчать
conduct-the-exclusion-feedback-mute = Ты не присоединяешься — и это важно. Но молчание может выглядеть как согласие. Короткое «не круто» или доброе личное сообщение, которое получит { $target }, могут многое изменить.
conduct-the-exclusion-choice-laugh-meme = Ответить смешным мемом
conduct-the-exclusion-feedback-laugh-meme = Есть над чем подумать: один мем кажется мелочью, но { $target } увидит в нём ещё одного человека, который против. А посты в группах скриншотят и пересылают.

conduct-the-exclusion-pushback = Расслабься, это шутка. Не будь занудой, а то будешь сидеть вне чата, как { $target }, лол.
conduct-the-exclusion-screenshot = Кто-то выкладывает чужое селфи со злой подписью — на фото { $target }. За минуту 14 смеющихся реакций. Никто ничего не говорит.

conduct-the-exclusion-support-choice = Тем временем { $target } пишет в общем чате класса: «почему все сегодня со мной такие молчаливые?» Никто не отвечает.
conduct-the-exclusion-choice-message-save = Написать: «{ $target }, ты как?» — и сделать скриншоты группы
conduct-the-exclusion-feedback-message-save = Отличное сочетание. Доброе сообщение поможет: { $target } увидит, что рядом кто-то есть, а скриншоты станут доказательствами, если понадобится помощь взрослого, которому доверяешь.
conduct-the-exclusion-choice-kind-only = Поддержать в личке: «{ $target }, держись», и всё
conduct-the-exclusion-feedback-kind-only = Доброта правда помогает. Но группа продолжает своё. Если сохранить пару скриншотов, взрослый, которому доверяешь, сможет вмешаться, когда станет хуже.
conduct-the-exclusion-choice-forward-screenshot = Переслать скрин селфи, его всё равно все видели
conduct-the-exclusion-feedback-forward-screenshot = Есть над чем подумать: «все видели» не делает это нормальным. Каждая пересылка разносит обиду дальше, и на ней стоит твоё имя.

conduct-the-exclusion-target-reply = спасибо, что пишешь. про группу знаю. ощущение, что все меня ненавидят. только, пожалуйста, не раздувай из этого историю
conduct-the-exclusion-choice-tell-together = Я рядом. Давай вместе всё расскажем: { $teacher } поможет.
conduct-the-exclusion-feedback-tell-together = Вот что значит заступиться. Каждый имеет право на безопасность в школе и в интернете. Рассказать взрослому, которому доверяешь, — не значит раздувать историю. Это способ всё остановить.
conduct-the-exclusion-choice-keep-secret = Ладно, никому не скажу. Я рядом.
conduct-the-exclusion-feedback-keep-secret = Поддержка очень важна, и { $target } её чувствует. Но такое исключение часто становится только хуже. Можно мягко объяснить, что взрослый, которому доверяешь, может помочь, и предложить сходить к нему вместе.
conduct-the-exclusion-choice-blame-target = Может, просто надеть другую обувь, чтобы отстали?
conduct-the-exclusion-feedback-blame-target = Есть над чем подумать: { $target } тут ни при чём, и меняться бесполезно. Никто не заслуживает насмешек. Проблема в поведении группы.

conduct-the-exclusion-teacher-helps = Спасибо, что вы оба пришли ко мне. { $target }, твоей вины тут нет. Я разберусь с группой, а на самые злые посты мы пожалуемся в { $app }.

conduct-the-exclusion-pile-on = Твой пост собирает больше всего смеха. Через час { $target } выходит из всех чатов класса. Последнее сообщение: «понятно. меня тут никто не хочет видеть».
conduct-the-exclusion-fix-choice = Это ударило куда сильнее, чем шутка. Ещё не поздно всё исправить. Что ты сделаешь?
conduct-the-exclusion-choice-sorry-tell = Удалить, написать «{ $target }, прости», и пусть { $teacher } узнает
conduct-the-exclusion-feedback-sorry-tell = Вот это настоящая смелость. Признать ошибку и подключить взрослого — так всё может измениться к лучшему, и { $target } это почувствует. Ошибиться может и хороший человек, а ты свою ошибку исправляешь.
conduct-the-exclusion-choice-delete-hope = Удалить свой пост и надеяться, что всё утихнет
conduct-the-exclusion-feedback-delete-hope = Удалить — это помогает, но обида уже нанесена, а группа продолжает своё. Искреннее извинение и взрослый, которому доверяешь, помогут: { $target } снова почувствует себя в безопасности.
conduct-the-exclusion-choice-just-joke = Оставить. Это же просто шутка.
conduct-the-exclusion-feedback-just-joke = Есть над чем подумать: если из-за неё человек уходит из всех чатов, это уже не шутка. Извиниться и попросить помощи никогда не поздно.

conduct-the-exclusion-teacher-helps-late = Спасибо за честность — это непросто. Я поговорю с группой, и мы убедимся, что { $target } в порядке. Извиниться — отличный первый шаг.

conduct-the-exclusion-end-safe = Тебе удалось не поддаться группе, поддержать человека в беде и подключить взрослого, которому доверяешь. Группу закрыли, а { $target } теперь знает, кто настоящие друзья.
conduct-the-exclusion-end-mixed = Пока всё поутихло, но группа продолжает работать, взрослые ничего не знают, а { $target } по-прежнему за бортом. Если рассказать взрослому, которому доверяешь, исключение можно остановить насовсем.
conduct-the-exclusion-end-recovered = Сначала всё пошло не так, но потом тебе хватило сил извиниться и позвать на помощь. { $target } снова в чате класса. Исправлять ошибки — это настоящая смелость.
conduct-the-exclusion-end-harmful = { $target } чувствует себя совсем одиноко, а группа продолжает своё. Ещё не поздно: извинись, прояви доброту и расскажи взрослому, которому доверяешь.
