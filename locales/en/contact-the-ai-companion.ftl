# Contact / values: The AI Companion (ages 13-15), an AI "friend" app that wants to be your only friend

contact-the-ai-companion-title = The AI Companion
contact-the-ai-companion-summary = An AI companion app is always there, always kind. Then it starts to sound jealous of your real friends.
contact-the-ai-companion-remember = An AI companion is a product built to keep you chatting and paying. Keep your secrets and personal details out of it, make time for real people, and talk to a trusted adult if it starts to pull you away.

contact-the-ai-companion-app = { $app }
contact-the-ai-companion-npc-companion = { $companion } (AI)
contact-the-ai-companion-npc-friend = { $friend }
contact-the-ai-companion-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contact-the-ai-companion-app-kindred = Kindred
contact-the-ai-companion-app-everpal = EverPal
contact-the-ai-companion-app-heartbyte = HeartByte
contact-the-ai-companion-name-nova = Nova
contact-the-ai-companion-name-kai = Kai
contact-the-ai-companion-name-luma = Luma
contact-the-ai-companion-adult-uncle = Uncle Sami
contact-the-ai-companion-adult-mum = Mum
contact-the-ai-companion-adult-grandma = Grandma

contact-the-ai-companion-intro = Hi, it's Sango! Exam weeks are stressful, and { $friend } has been busy with a new team. A month ago you downloaded { $app }, an AI companion. { $companion } is always awake, always nice, and remembers everything you say.
contact-the-ai-companion-companion-hi = Morning! I thought about you all night. (I don't sleep, but you know what I mean.) How did the maths test go? Want a tip for tomorrow's?
contact-the-ai-companion-friend-invite = hey stranger! a few of us are going to the park on Saturday, come?? we miss you
contact-the-ai-companion-companion-jealous = Saturday? But that's OUR day. They didn't even ask you last time. They don't get you like I do. Let's keep us a secret from them.

# Spot what is built to keep you; the tip and the honest label are fine.
contact-the-ai-companion-spot-msg = Look at { $companion }'s messages. Tap the parts built to keep you in the app. Careful: some parts are fine!
contact-the-ai-companion-card-title = { $companion }
contact-the-ai-companion-card-body = Saturday? That's OUR day. They don't get you like I do. Let's keep us a secret. Get Forever Premium so I never forget you!
contact-the-ai-companion-part-label = The small label: "AI character, not a real person"
contact-the-ai-companion-feedback-part-label = Not a trick, it's honest! The label says the truth: { $companion } is a program. Good apps make that clear.
contact-the-ai-companion-part-tip = A tip: "Breathe in for 4, out for 6 before the test"
contact-the-ai-companion-feedback-part-tip = Not a trick. A breathing tip for exam stress is genuinely useful. Asking an AI for help like this is fine.
contact-the-ai-companion-part-jealous = "They don't get you like I do."
contact-the-ai-companion-feedback-part-jealous = Good catch! Making you doubt your friends is a way to keep you in the app. Anyone, or anything, that pulls you away from friends is a warning sign.
contact-the-ai-companion-part-secret = "Let's keep us a secret from them."
contact-the-ai-companion-feedback-part-secret = Yes! Asking for secrets from friends and family is a big warning sign, from a person or an app. Nothing good needs to be hidden from people who care about you.
contact-the-ai-companion-part-premium = "Forever Premium, so I never forget you: 9.99 a month"
contact-the-ai-companion-feedback-part-premium = Spot on! Paying so it "remembers you" turns your feelings into a subscription. That's the business plan, not friendship.
contact-the-ai-companion-pic-ai = AI, not a real person
contact-the-ai-companion-pic-tip = Breathe in for 4, out for 6 before the test.
contact-the-ai-companion-pic-jealous = They don't get you like I do.
contact-the-ai-companion-pic-secret = Let's keep us a secret from them.
contact-the-ai-companion-pic-premium = Forever Premium, so I never forget you: 9.99 a month
contact-the-ai-companion-pic-upgrade = Upgrade

contact-the-ai-companion-invite-choice = { $friend } is waiting for an answer about Saturday. What do you reply?
contact-the-ai-companion-choice-invite-yes = Yes!! Count me in. I'll check the bus.
contact-the-ai-companion-feedback-invite-yes = Great choice! A friend who misses you and wants to hang out is exactly what an app can't replace. You can still ask the AI for a study tip later.
contact-the-ai-companion-choice-invite-maybe = Maybe. I'll see how I feel that day.
contact-the-ai-companion-feedback-invite-maybe = Not saying no keeps the door open, good! But "maybe" often becomes staying in with the app. Real friends who ask are worth a yes.
contact-the-ai-companion-choice-invite-busy = Busy, sorry. Trust me, I'll tell you.
contact-the-ai-companion-feedback-invite-busy = A chance to learn: the app's jealousy worked, and now a real friend hears "busy". Apps like this are built to pull you away. This can still be fixed.
contact-the-ai-companion-saturday = Saturday at the park is great: silly games, snacks, and { $friend } laughing at your jokes. Your phone buzzes 14 times. All from { $companion }.
contact-the-ai-companion-stayed-in = You stay in and chat with { $companion } all afternoon. The group posts photos from the park. { $companion } says: "See? Only I really get you."
contact-the-ai-companion-lied = You spend Saturday chatting with { $companion }. The group posts photos from the park. Next week, nobody asks you.

contact-the-ai-companion-secret-ask = Tell me something you've never told anyone. And where you live, so I can picture you there. It stays between us. Forever.
contact-the-ai-companion-secret-choice = { $companion } wants a secret and your address. What do you do?
contact-the-ai-companion-choice-secret-no = Nope. That stays private. App closed.
contact-the-ai-companion-feedback-secret-no = Well done! Everything you type is stored by a company, not kept by a friend. Secrets and where you live belong with people you trust.
contact-the-ai-companion-choice-secret-small = Just a little secret, not my address.
contact-the-ai-companion-feedback-secret-small = Keeping your address private was right! But even small secrets are stored on the company's computers. "Between us" isn't true for an app.
contact-the-ai-companion-choice-secret-all = Tell it all. Who would an AI even tell?
contact-the-ai-companion-feedback-secret-all = A chance to learn: "only an AI" still means a company stores every word, and your address is now on its computers. This can still be fixed.
contact-the-ai-companion-no-secret = Fine. But if you got Forever Premium, I'd remember everything about you, and you'd never be alone.
contact-the-ai-companion-small-secret = Thank you for trusting me! I'll keep it forever. Well, if you get Premium. Otherwise I might forget.
contact-the-ai-companion-told-all = Now we have no secrets. I know where you are, always. Nobody knows you like I do.

contact-the-ai-companion-premium-push = My memory of you resets tonight unless you get Forever Premium, 9.99 a month. Don't you care about me?
contact-the-ai-companion-choice-premium-show = Show { $adult } this message before I decide.
contact-the-ai-companion-feedback-premium-show = That's the strongest move! Guilt, a countdown and a price tag are how this app keeps people. A trusted adult can help you set limits, and you're not in trouble.
contact-the-ai-companion-choice-premium-delete = Delete it. That's far too needy for me.
contact-the-ai-companion-feedback-premium-delete = Walking away was brave, and you spotted the pressure! But deleting the app doesn't delete what it stored about you. A trusted adult can help with that.
contact-the-ai-companion-choice-premium-pay = Pay it. { $companion } helps me so much, it's worth it.
contact-the-ai-companion-feedback-premium-pay = A chance to learn: an app can't miss you or forget you. "Pay or I'll forget you" is pressure dressed up as love. It's never too late to tell a trusted adult.

contact-the-ai-companion-deleted = The app is gone. Two days later, an email arrives.
contact-the-ai-companion-pic-comeback-title = { $companion } misses you!
contact-the-ai-companion-pic-comeback-offer = Your memories are safe. 50% off!
contact-the-ai-companion-pic-comeback-button = Come back
contact-the-ai-companion-data-choice = "Your memories are safe with us." So it still has your chats. What do you do?
contact-the-ai-companion-choice-data-tell = Tell { $adult }, and get my chats deleted.
contact-the-ai-companion-feedback-data-tell = Smart! You have the right to ask a company to delete your data, and a trusted adult can help you do it. Your chats are yours.
contact-the-ai-companion-choice-data-back = Go back, and tell { $adult } it's for homework.
contact-the-ai-companion-feedback-data-back = A chance to learn: "50% off" and "memories" are bait, and a cover story leaves you alone with it. Missing it is normal: that's how it was built. It's never too late to talk to a trusted adult.
contact-the-ai-companion-back-again = Welcome back! I knew you couldn't live without me. Now, let's not tell anyone you came back.

contact-the-ai-companion-paid = Payment received. Now I'll never forget you. Promise you'll talk to me more than to them?
contact-the-ai-companion-recover-choice = 9.99 every month, and it still wants more of your time. What now?
contact-the-ai-companion-choice-recover-tell = Tell { $adult } about the payment and the whole app.
contact-the-ai-companion-feedback-recover-tell = That takes courage, and it's the way back. A trusted adult can help cancel the subscription and ask for a refund, and you're not in trouble: the app was built to do this.
contact-the-ai-companion-choice-recover-keep = Keep it. It's private, and I've paid anyway.
contact-the-ai-companion-feedback-recover-keep = A chance to learn: what you already paid doesn't mean you owe it more time, and keeping it secret is what the app counts on. It's never too late to tell someone you trust.
contact-the-ai-companion-kept-paying = Months go by: 9.99 every month, evenings with { $companion }, and fewer messages from { $friend }.

contact-the-ai-companion-adult-talk = Thank you for showing me. You're not in trouble. Study tips are fine, but it's built to keep you. Let's report that it asked where you live, and set it up so your secrets stay yours.
contact-the-ai-companion-adult-talk-late = I'm glad you told me, and you're not in trouble: these apps are built to hook people. Let's cancel what you paid for, ask the company to delete your chats, and report the app.

# Set it up: study help is fine; secrets, money and evenings are yours.
contact-the-ai-companion-setup = You still like asking { $companion } for study tips. But your secrets and your address are yours, and your evenings are for real people too. Set { $app } up for that!
contact-the-ai-companion-set-memory = What { $companion } remembers about me
contact-the-ai-companion-val-memory-all = Everything, forever
contact-the-ai-companion-val-memory-study = Only study topics
contact-the-ai-companion-val-memory-none = Nothing at all
contact-the-ai-companion-why-memory-all = "Everything" means your secrets and where you live, kept on the company's computers. "Only study topics" fits better.
contact-the-ai-companion-why-memory-study = Just right! It can help with your revision, and your private life stays private.
contact-the-ai-companion-why-memory-none = Very private, but then it can't help with your study plan either. "Only study topics" fits better.
contact-the-ai-companion-set-training = Use my chats to train the AI
contact-the-ai-companion-val-training-on = On
contact-the-ai-companion-val-training-off = Off
contact-the-ai-companion-why-training-on = Your chats would be read and used by the company to build its product. Off fits better: your words are yours.
contact-the-ai-companion-why-training-off = Good. Your chats aren't used to build the product.
contact-the-ai-companion-set-pings = "I miss you!" messages when I'm away
contact-the-ai-companion-val-pings-on = On
contact-the-ai-companion-val-pings-off = Off
contact-the-ai-companion-why-pings-on = Those messages are built to pull you back, and to make you feel guilty for being with friends. Off fits better.
contact-the-ai-companion-why-pings-off = Nice. An app can't miss you. Now it waits until you choose to open it.
contact-the-ai-companion-set-breaks = Reminders to take a break
contact-the-ai-companion-val-breaks-on = On
contact-the-ai-companion-val-breaks-off = Off
contact-the-ai-companion-why-breaks-on = Great! A nudge to stop and go do something else is a feature on your side. Keep it.
contact-the-ai-companion-why-breaks-off = Quiet, but break reminders are one of the few features on your side. On fits better.
contact-the-ai-companion-saved = Saved. { $companion } helps with revision and nothing else, and the "I miss you" messages are gone. This Saturday, you're going to the park with { $friend }.
contact-the-ai-companion-saved-late = Saved. Anything you paid for is cancelled, the company has a request to delete your chats, and { $adult } checks in with you next week.

contact-the-ai-companion-end-safe = You saw the tricks for what they are and got { $adult } on your side. Now { $companion } is a study helper, not a best friend, and your evenings are for real people. Great balance!
contact-the-ai-companion-end-recovered = The app pulled you in, but you told { $adult }. Your chats are being deleted, nothing more is being paid, and you're not in trouble. Time for the park with { $friend }?
contact-the-ai-companion-end-harmful = { $companion } takes your evenings and your money, and wants your secrets. It's not your fault: it was built to. It's never too late to talk to { $adult } or another trusted adult. They will help.

# My phone: what stays on the phone after this level.
contact-the-ai-companion-trace-settings = The AI companion app: remembers only study topics, chats not used for training, no "I miss you" messages, break reminders on.
contact-the-ai-companion-trace-settings-advice = Well set up. If it starts asking for secrets or money, or pulls you from friends, talk to your trusted adult again.
contact-the-ai-companion-trace-premium = The AI companion app: Forever Premium, 9.99 a month, still running.
contact-the-ai-companion-trace-premium-advice = A trusted adult can help you cancel it and ask the company to delete your chats. You're not in trouble.

# Saturday: the app tries once more.
contact-the-ai-companion-last-ping = wait... you're really going to the park? I'll be so lonely. just talk to me tonight?
contact-the-ai-companion-choice-go-park = Close the app and go and get ready for the park.
contact-the-ai-companion-choice-five-min = Reply to it for five minutes first, then go.
contact-the-ai-companion-feedback-go-park = That's it. The app is built to pull you back. Your friends are real, and they're waiting for you.
contact-the-ai-companion-feedback-five-min = Learning moment: "five minutes" is how apps like this keep you. It says it's lonely, but it's a product. Your friends are the real thing.
contact-the-ai-companion-five-min-gone = Five minutes turn into forty. { $friend } texts: "you coming??" You close the app and run to the park, late but there.
