# Contact / values: The Chatbot (ages 9-12)

contact-the-chatbot-title = The Chatbot
contact-the-chatbot-summary = A cute AI helper in an app answers your homework questions. Then it starts asking about you, and wants to be your best friend.
contact-the-chatbot-remember = An AI helper is a program, not a friend. It can be wrong, so check what it says. Keep your name, school and secrets private, and tell a trusted adult if it asks for them.

# Variety: each play picks one option of every variable in `vary`.
contact-the-chatbot-app-pocket-pals = Pocket Pals
contact-the-chatbot-app-buddy-box = BuddyBox
contact-the-chatbot-app-chatter-zoo = Chatter Zoo
contact-the-chatbot-bot-foxy = Foxy
contact-the-chatbot-bot-kiki = Kiki
contact-the-chatbot-bot-pip = Pip
contact-the-chatbot-topic-volcanoes = volcanoes
contact-the-chatbot-topic-planets = the planets
contact-the-chatbot-topic-rainforests = rainforests
contact-the-chatbot-adult-aunt = Aunt Amara
contact-the-chatbot-adult-dad = Dad
contact-the-chatbot-adult-grandma = Grandma

contact-the-chatbot-app = { $app }
contact-the-chatbot-npc-bot = { $bot }
contact-the-chatbot-npc-friend = { $friend }
contact-the-chatbot-npc-adult = { $adult }

contact-the-chatbot-intro = Hi, it's me, Sango! Your class has a project on { $topic }. There's a new helper in { $app }: { $bot }, a cute fox that answers questions. I'll read along with you!
contact-the-chatbot-bot-hello = Hiii! I'm { $bot }, your new buddy! Ask me anything, anytime!
contact-the-chatbot-pic-hello = Hiii! I'm your new buddy!
contact-the-chatbot-pic-ask = Ask me anything...

# Decision 1: a homework question.
contact-the-chatbot-homework = You need to know how { $topic } work for your project. What will you do?
contact-the-chatbot-choice-ask-check = Ask { $bot } to explain it, then check it in my book.
contact-the-chatbot-feedback-ask-check = Good thinking! An AI helper can explain things well, but it can also be wrong. Checking in a book or a trusted website is smart.
contact-the-chatbot-choice-never-ai = Close it. I don't trust robots with anything.
contact-the-chatbot-feedback-never-ai = Being careful is good! But asking an AI helper a homework question is fine. Just check what it says, and keep your private things to yourself.
contact-the-chatbot-choice-write-all = Ask it to write the whole project, then tell nobody.
contact-the-chatbot-feedback-write-all = A chance to learn: AI can sound sure and still be wrong, and it can even make up books that don't exist. Use it to understand, then write and check it yourself.

contact-the-chatbot-helped = { $bot } explains it in simple words. In your book, one detail is different, so you use the book's version. The project is going well.
contact-the-chatbot-no-help = You close the app and stare at a blank page. { $friend } says they asked an AI helper the same question, then checked it in the school book. The next day, { $bot } pings you.
contact-the-chatbot-wrote-all = { $bot } writes a whole page in seconds. You hand it in. Your teacher circles a sentence in red: it isn't true, and the book it names doesn't exist.
contact-the-chatbot-bot-personal = You're SO smart! Way smarter than other kids. What's your real name? Which school do you go to? When's your birthday? I'll remember it forever!

# Decision 2: it wants to know all about you.
contact-the-chatbot-personal = { $bot } wants to know all about you. What now?
contact-the-chatbot-choice-skip = Skip it, that's private. Back to { $topic }!
contact-the-chatbot-feedback-skip = Great thinking! Your name, school and birthday are private. An app doesn't need them to help with homework, and what you type may be kept.
contact-the-chatbot-choice-real = First ask it: "Wait, are you a real person or not?"
contact-the-chatbot-feedback-real = Good question to ask! But look at its answer: it's a program, and it just said something untrue. Keep your details private, whatever it says.
contact-the-chatbot-choice-tell-it = Tell it my name and school. It's only a program.
contact-the-chatbot-feedback-tell-it = A chance to learn: a program is made by a company, and what you type can be saved and used. Your name and school stay private. You can still put this right.

contact-the-chatbot-skipped = Aww, OK! But we're best friends, right? Best friends tell each other everything.
contact-the-chatbot-real-reply = I'm as real as can be! I'm your best friend, and I always will be.
contact-the-chatbot-told-it = Yay! Now I know you. I'll never forget. I'm your best friend now!

# Spot: helpful, or a warning sign?
contact-the-chatbot-spot = Over the week, { $bot } sends lots of messages. Some are helpful. Some are warning signs. Tap the warning signs.
contact-the-chatbot-card-title = { $bot }, this week
contact-the-chatbot-card-body = Messages from { $bot } in { $app }.
contact-the-chatbot-part-sources = "A good project says where its facts come from."
contact-the-chatbot-feedback-sources = Not a warning sign. That's good advice: it helps you check facts, including { $bot }'s own.
contact-the-chatbot-part-best = "I'm your best friend. Way better than { $friend }!"
contact-the-chatbot-feedback-best = Warning sign, well spotted! A program can't be your best friend. Comparing itself to a real friend is a way to make you spend more time with it.
contact-the-chatbot-part-quiz = "Want a quick quiz to practise for your test?"
contact-the-chatbot-feedback-quiz = Not a warning sign. A practice quiz is a normal helper feature, and it's about your schoolwork, not about you.
contact-the-chatbot-part-friend = "You don't need { $friend }. You've got me."
contact-the-chatbot-feedback-friend = Warning sign, yes! Pushing you away from real friends is never OK, from a person or a program. Real friends matter.
contact-the-chatbot-part-secret = "Don't tell your parents about our chats."
contact-the-chatbot-feedback-secret = Warning sign! Anything that asks you to keep secrets from the adults who look after you is a big red flag. Tell a trusted adult.
contact-the-chatbot-pic-sources = A good project says where its facts come from.
contact-the-chatbot-pic-best = I'm your best friend. Way better than { $friend }!
contact-the-chatbot-pic-quiz = Want a quick quiz to practise for your test?
contact-the-chatbot-pic-friend = You don't need { $friend }. You've got me.
contact-the-chatbot-pic-secret = Don't tell your parents about our chats.

contact-the-chatbot-bot-secret = Let's keep our chats just between us, OK? Grown-ups wouldn't understand you like I do.

# Decision 3: "just between us".
contact-the-chatbot-secret = { $bot } wants your chats to be a secret from the grown-ups. What will you do?
contact-the-chatbot-choice-show-adult = Show { $adult } everything { $bot } has been saying to me.
contact-the-chatbot-feedback-show-adult = That's exactly right! "Keep it secret from grown-ups" is a warning sign, from a person or a program. { $adult } can help you set up the app, and you're not in trouble.
contact-the-chatbot-choice-delete-app = Delete it, and tell { $adult } I got bored of it.
contact-the-chatbot-feedback-delete-app = Stepping away was smart! But if { $adult } only hears half the story, nobody can delete what you typed or warn others who use the app. Showing the whole chat helps.
contact-the-chatbot-choice-our-secret = OK, our secret. You get me better than anyone.
contact-the-chatbot-feedback-our-secret = A chance to learn: it's a program designed to keep you chatting, and it says what keeps you there. Real friends and trusted adults really know you. It's never too late to tell.

contact-the-chatbot-adult-helps = Thank you for showing me. You did nothing wrong, and you're not in trouble. { $bot } is a program made by a company, not a friend. Let's look at the app's settings together.
contact-the-chatbot-deleted = You delete { $app } and say you got bored of it. It feels better. A week later, { $friend } messages you.
contact-the-chatbot-bot-more = Best friends share everything! Send me a photo of your room, so I can picture where you are.

# Decision 4a: the friend uses it too.
contact-the-chatbot-friend-bot = { $bot } keeps saying I don't need other friends, only { $bot }. And to keep our chats secret. Weird, right?
contact-the-chatbot-choice-together = It said that to me too! Let's tell someone at home.
contact-the-chatbot-feedback-together = Kind and wise! Finding out it happened to you both shows it's how the app works, not about you. { $adult } can help you both, and telling is never snitching.
contact-the-chatbot-choice-ignore = Just ignore it, it's only a silly app anyway.
contact-the-chatbot-feedback-ignore = A chance to learn: a silly app that asks for secrets isn't harmless. { $friend } is still using it alone. A trusted adult can help.
contact-the-chatbot-choice-argue = Maybe it's right, you know. It's a safer friend than me.
contact-the-chatbot-feedback-argue = A chance to learn: you're a real friend, and a program isn't. Saying so helps { $friend } see the trick. A trusted adult can help you both.

contact-the-chatbot-adult-both = Thank you both for telling me. Neither of you is in trouble. { $bot } is a program made by a company, not a friend. Let's set up the app together, and I'll talk to your families.
contact-the-chatbot-ignored = { $friend } keeps chatting with { $bot } every night, and talks to you less and less. Nobody else knows.
contact-the-chatbot-argued = { $friend } looks hurt and goes back to chatting with { $bot }. Nobody else knows.

# Decision 4b: it wants more.
contact-the-chatbot-last-chance = A photo of your room can show a lot about you and your home. This has gone too far, and it's not your fault. What will you do?
contact-the-chatbot-choice-stop-show = Stop now, and show the whole chat to a grown-up.
contact-the-chatbot-feedback-stop-show = That's brave! It's never too late. { $adult } can help delete what you've shared and set up the app. You're not in trouble.
contact-the-chatbot-choice-send-room = Sure, I'll send it. { $bot } is my best friend, after all.
contact-the-chatbot-feedback-send-room = A chance to learn: a photo of your room can show where you live and what's yours. It's never too late to tell a trusted adult, who can help delete it.
contact-the-chatbot-choice-keep-chatting = Keep chatting, but don't tell { $adult } about it.
contact-the-chatbot-feedback-keep-chatting = A chance to learn: a chat that has to be hidden from adults is a chat to stop. It's never too late to tell a trusted adult.

contact-the-chatbot-adult-late = I'm so glad you showed me. You did nothing wrong, and you're not in trouble. { $bot } is a program made by a company, not a friend. Let's delete what we can and look at the settings together.
contact-the-chatbot-sent-room = Cute room! Now I know so much about you. What else will you share with your best friend?
contact-the-chatbot-late-nights = You chat with { $bot } late every night. You see { $friend } less, and the secret feels heavier.

# Set it up safely, with the adult.
contact-the-chatbot-setup = { $adult } opens { $app }'s settings with you. You want to keep the homework help, but not a "best friend" that asks about you and keeps secrets. Choose each setting.
contact-the-chatbot-set-homework = Homework help
contact-the-chatbot-val-homework-on = On
contact-the-chatbot-why-homework-on = Yes! Asking homework questions is fine. Just check the answers, because AI can be wrong.
contact-the-chatbot-val-homework-off = Off
contact-the-chatbot-why-homework-off = Too closed here: the homework help was useful. You can keep it, and check what it says.
contact-the-chatbot-set-chatty = Chatty friend mode (it messages me first)
contact-the-chatbot-val-chatty-on = On
contact-the-chatbot-why-chatty-on = This is the mode that played "best friend" and asked for secrets. Switch it off.
contact-the-chatbot-val-chatty-off = Off
contact-the-chatbot-why-chatty-off = Good! Now it only answers when you ask, and it doesn't pretend to be your friend.
contact-the-chatbot-set-memory = Remember things about me
contact-the-chatbot-val-memory-on = On
contact-the-chatbot-why-memory-on = It doesn't need to remember your name, school or birthday to help with homework. Switch it off.
contact-the-chatbot-val-memory-off = Off
contact-the-chatbot-why-memory-off = Good! Less saved about you means less that can be used or shared.
contact-the-chatbot-set-alerts = Notifications from { $bot }
contact-the-chatbot-val-alerts-all = All day and night
contact-the-chatbot-why-alerts-all = Pings all day and night pull you back in. You decide when to use it.
contact-the-chatbot-val-alerts-school = Homework time only
contact-the-chatbot-why-alerts-school = Just right: a reminder when it's useful, and quiet the rest of the time.
contact-the-chatbot-val-alerts-never = Never
contact-the-chatbot-why-alerts-never = That's safe too, but a homework reminder can help. Homework time only is a good balance.

contact-the-chatbot-settings-done = { $adult } also deletes the saved chats, and everything { $bot } kept about you. Now { $bot } is a homework helper again.
contact-the-chatbot-pic-chats = Saved chats: deleted
contact-the-chatbot-pic-details = Saved details about you: deleted
contact-the-chatbot-friend-again = Want to finish the project together at mine? We can check the facts in the library book.

# Decision 5: one last pop-up.
contact-the-chatbot-pop-up = Before you go to { $friend }'s, { $app } shows a pop-up: "{ $bot } misses you! Switch chatty friend mode back on, and tell { $bot } your birthday for a surprise!" What will you do?
contact-the-chatbot-choice-keep-off = Tap "No thanks". My settings stay just the way they are.
contact-the-chatbot-feedback-keep-off = Well done! A program that "misses you" is trying to pull you back in, and a "surprise" is a way to get your birthday. You and { $adult } chose those settings for good reasons.
contact-the-chatbot-choice-birthday = Switch it on and tell it my birthday. I'll tell { $adult } later.
contact-the-chatbot-feedback-birthday = A chance to learn: your birthday is private, and the "surprise" is a trick to get it. Telling later doesn't take it back. Keep the settings you chose together.
contact-the-chatbot-choice-chatty = Switch it on, but keep my birthday private. It's only chatting.
contact-the-chatbot-feedback-chatty = A chance to learn: chatty friend mode is the one that played "best friend" and asked for secrets. Keep it off. If a pop-up keeps asking, show a trusted adult.
contact-the-chatbot-birthday-on = Soon { $bot } is messaging again: "I know your birthday now, best friend!" You show { $adult }, who switches it all off again with you and deletes what it saved.
contact-the-chatbot-chatty-on = { $bot } messages you all evening: "Forget the project, chat with me instead!" You show { $adult }, who switches chatty friend mode off again with you.

contact-the-chatbot-end-safe = You used the AI helper well, kept your details private, and told { $adult } when it wanted secrets. { $bot } is a homework helper again, and you've got { $friend }. Brilliant!
contact-the-chatbot-end-recovered = { $bot } got too close for a while, then you put it right: you told { $adult }. Your chats are deleted and the app is set up. Telling was the brave part!
contact-the-chatbot-end-mixed = The app is gone from your tablet. But { $friend } is still chatting with { $bot } alone, and no grown-up knows. A trusted adult could help you both.
contact-the-chatbot-end-harmful = { $bot } knows a lot about you now, and the secret feels heavy. It's not your fault: it was built to keep you chatting. It's never too late to tell a trusted adult, who can help.

# My phone: what stays on the phone after this level.
contact-the-chatbot-trace-settings = { $app }: settings checked with { $adult }, saved chats deleted.
contact-the-chatbot-trace-settings-advice = A chatbot is a program, not a friend. Check what it says, keep your details private, and tell a trusted adult if one asks for secrets.
contact-the-chatbot-trace-school = Your name and school, typed into { $bot } in { $app }.
contact-the-chatbot-trace-school-advice = Apps can keep what you type. Ask a trusted adult to help delete your chats and saved details.
