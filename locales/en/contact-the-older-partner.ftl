# Contact / sexual: The Older One (ages 16-18). Grooming by an older "partner": warning signs and getting help only, nothing shown or described. Secrets, gifts, isolation, pressure to meet alone; a same-age crush who asks with respect is fine. Never the young person's fault.

contact-the-older-partner-title = The Older One
contact-the-older-partner-summary = Someone in their twenties thinks you're "so mature", sends gifts and wants to meet, just the two of you. Your friends don't need to know. Or do they?
contact-the-older-partner-remember = Gifts that make you owe them, "mature for your age", secrets from family, pulling you from friends, "just us": these are warning signs, never your fault. Save the messages and tell a trusted adult.

contact-the-older-partner-app = { $app }
contact-the-older-partner-app-chordly = Chordly
contact-the-older-partner-app-tunebox = Tunebox
contact-the-older-partner-app-riffroom = Riffroom
contact-the-older-partner-older-dani = Dani
contact-the-older-partner-older-remy = Remy
contact-the-older-partner-older-sol = Sol
contact-the-older-partner-adult-mum = Mum
contact-the-older-partner-adult-uncle = Uncle Tomás
contact-the-older-partner-adult-grandpa = Grandpa

contact-the-older-partner-npc-older = { $older }
contact-the-older-partner-npc-friend = { $friend }
contact-the-older-partner-npc-adult = { $adult }
contact-the-older-partner-npc-classmate = { $classmate }

contact-the-older-partner-intro = For three weeks you've been chatting with { $older } from the songwriting room on { $app }. { $older } is 24, funny, and always says you're "not like other people your age". Tonight your phone lights up again.
contact-the-older-partner-gift = the headphones you wanted are waiting for you at the shop, all paid for. don't tell anyone they're from me, ok? people wouldn't understand us.
contact-the-older-partner-pic-gift-title = A gift is waiting for you
contact-the-older-partner-pic-gift-from = From: { $older }
contact-the-older-partner-pic-gift-note = "don't tell anyone they're from me"

contact-the-older-partner-spot = Lots of messages are just kind. Some are more than kind, and they follow a pattern. Tap the warning signs in tonight's messages.
contact-the-older-partner-card-title = Your messages
contact-the-older-partner-card-body = Tonight's messages from { $older } and { $classmate }.
contact-the-older-partner-pic-chats-title = Messages
contact-the-older-partner-part-mature = { $older }: "you're so mature for your age"
contact-the-older-partner-feedback-mature = Yes. "Mature for your age" makes a big age gap sound like a compliment. It's one of the most common lines older people use to make it feel normal.
contact-the-older-partner-pic-msg-mature = you're so mature for your age
contact-the-older-partner-part-food = { $classmate }: food after school with everyone? no pressure
contact-the-older-partner-feedback-food = Not a warning sign. Someone your age, asking in the open, with friends around and an easy way to say no: that's what respect looks like.
contact-the-older-partner-pic-msg-food = food after school with everyone? no pressure, fine to say no
contact-the-older-partner-part-secret = { $older }: "don't tell your family about us"
contact-the-older-partner-feedback-secret = Yes. Someone who is good for you doesn't need to be hidden from the people who love you. Asking for secrets is the biggest warning sign of all.
contact-the-older-partner-pic-msg-secret = don't tell your family about us, they'd ruin it
contact-the-older-partner-part-exam = { $older }: "good luck in your exam tomorrow"
contact-the-older-partner-feedback-exam = On its own, that's just a kind message. The signs are in the pattern around it: the secrets, the age gap, the pull away from friends. Nice words don't make someone safe, or unsafe.
contact-the-older-partner-pic-msg-exam = good luck in your exam tomorrow!
contact-the-older-partner-part-friends = { $older }: "your friends hold you back"
contact-the-older-partner-feedback-friends = Yes. Turning you against your friends leaves fewer people to notice what's happening. People who care about you want you to have friends.
contact-the-older-partner-pic-msg-friends = your friends hold you back. you don't need them, you've got me

contact-the-older-partner-invite = my place is free on saturday. come over, just us. tell your family you're at { $friend }'s, ok?
contact-the-older-partner-choice-no-meet = No. No meeting alone, no lying to my family.
contact-the-older-partner-feedback-no-meet = Clear and strong. Being asked to meet alone, with a cover story, is a serious warning sign. You never owe anyone a yes, whatever they've given you.
contact-the-older-partner-choice-cafe = Could we meet at a café instead? Somewhere busy?
contact-the-older-partner-feedback-cafe = Somewhere public is better than a flat. But the secret and the lie to your family are still there, and those are the warning signs. Nobody safe needs you to hide them.
contact-the-older-partner-choice-cover = OK. I'll say I'm at { $friend }'s. See you on Saturday!
contact-the-older-partner-feedback-cover = A chance to learn: a cover story means nobody would know where you are. An adult who asks you to lie to your family is crossing a line. It's not your fault, and you can still change your mind.
contact-the-older-partner-c-no = wow. after the headphones and everything? I thought you were mature. whatever. just don't tell anyone about us.
contact-the-older-partner-c-cafe = a café? don't you trust me? mine's quieter. and remember: you're at { $friend }'s. our secret.
contact-the-older-partner-c-agreed = You message { $friend }: "if anyone asks, I'm at yours on Saturday." A reply comes back in seconds.

contact-the-older-partner-pressure = { $older } is upset with you now, and still wants it kept secret. What do you do?
contact-the-older-partner-choice-show-adult = Screenshot the whole chat, and tell { $adult } tonight.
contact-the-older-partner-feedback-show-adult = That's it. Guilt about a gift, a secret, "just us": you saw the pattern. Screenshots keep the proof, and { $adult } can help you report and block. That's never snitching.
contact-the-older-partner-choice-block-quiet = Block { $older } and move on. It's over anyway.
contact-the-older-partner-feedback-block-quiet = Blocking was a strong step. But if nobody knows, nobody can help if { $older } comes back another way, and an adult who targets teens may target others. Tell someone you trust.
contact-the-older-partner-choice-sorry = Say sorry. Maybe I am being a bit childish.
contact-the-older-partner-feedback-sorry = A chance to learn: saying no to a secret isn't childish, it's wise. Making you feel you owe them, for a gift or a favour, is how pressure works. It's not your fault.
contact-the-older-partner-c-blocked = Blocked. The next day a message request arrives from a new account: "you can't just disappear on me. I know which café you go to after school."
contact-the-older-partner-c-sorry = that's better. see, I'm the only one who really gets you. saturday, my place. you're at { $friend }'s.

contact-the-older-partner-after-block = A new account, and now they know where to find you. None of this is your fault. What now?
contact-the-older-partner-choice-show-both = Show someone I trust both accounts, tonight.
contact-the-older-partner-feedback-show-both = Yes. Both accounts are proof of a pattern, and a trusted adult like { $adult } can report them, and get more help if someone knows where you'll be. You did the right thing blocking, and the right thing telling.
contact-the-older-partner-choice-reply-once = Reply once, nicely, so they'll calm down.
contact-the-older-partner-feedback-reply-once = A chance to learn: a kind reply tells them the new account works, and they'll keep going. You don't owe them calm. It's never too late to tell a trusted adult.
contact-the-older-partner-choice-go-offline = Go private, and stay safe offline for a while.
contact-the-older-partner-feedback-go-offline = A chance to learn: going offline can feel safer, but they know where you go, and you'd be facing it alone. It's never too late to tell a trusted adult. You're not in trouble.
contact-the-older-partner-c-offline = You go private and stay offline. Two days later { $older } messages { $friend } instead: "tell them I'm waiting for them."
contact-the-older-partner-c-answered = knew you'd come back. saturday, my place, just us. you're at { $friend }'s, remember.

contact-the-older-partner-friend = hey, you've cancelled on us three times, and you're always on your phone with { $older }. aren't they like 24? are you ok? honestly?
contact-the-older-partner-choice-come-with = Not really. Come with me to talk to { $adult } tonight?
contact-the-older-partner-feedback-come-with = That's brave. A friend who notices is a gift, and going to an adult together makes it easier. { $adult } can help you report { $older } and keep you safe, without blame.
contact-the-older-partner-choice-handle-it = I'm fine. Don't tell { $adult }, it's private.
contact-the-older-partner-feedback-handle-it = Wanting to end it is right. But alone, you're up against someone older who's good at guilt and secrets. { $friend } noticed for a reason: let them help you get an adult on your side.
contact-the-older-partner-choice-jealous = You're just jealous. { $older } actually gets me, OK?
contact-the-older-partner-feedback-jealous = A chance to learn: feeling understood is exactly how this works, and pushing friends away is part of the pattern. { $friend } is on your side. It's not too late to let them in.
contact-the-older-partner-c-handle = you're cancelling?? after the headphones, the phone credit, everything? if you tell anyone about us, I'll say it was all your idea.
contact-the-older-partner-c-pushed-away = { $friend } goes quiet. { $older } messages every hour now: where are you, who are you with, and "don't forget, our secret".

contact-the-older-partner-last = None of this is your fault. Someone older who wants secrets, makes you feel you owe them and wants you alone is doing wrong, not you. It's not too late.
contact-the-older-partner-choice-tell-tonight = Tonight I show someone every single message.
contact-the-older-partner-feedback-tell-tonight = That's the bravest move. Telling breaks the secret, and the secret is what gave { $older } power. A trusted adult will help, and you're not in trouble.
contact-the-older-partner-choice-alone = Keep it private, and handle it all on my own.
contact-the-older-partner-feedback-alone = A chance to learn: handling it alone is exactly what they count on. An adult targeted you, and that's on them, not you. A trusted adult or a helpline will help.
contact-the-older-partner-choice-explain = Go on Saturday and tell them it's over, in person.
contact-the-older-partner-feedback-explain = A chance to learn: meeting alone to end it is exactly what they've been pushing for. You never owe anyone a goodbye in person. Tell a trusted adult instead.
contact-the-older-partner-c-alone = You keep it to yourself. The messages keep coming, Saturday gets closer, and you feel more alone every day.
contact-the-older-partner-c-saturday = You tell your family you're at { $friend }'s. On Saturday morning your stomach is in knots, and { $older } writes: "remember: nobody can know."

contact-the-older-partner-adult-helps = Thank you for showing me. You've done nothing wrong. An adult who gives gifts, wants secrets and wants you alone is crossing a line. We'll keep the screenshots, report { $older } to { $app } and block them together.
contact-the-older-partner-adult-helps-late = I'm so glad you came to me, and you're not in trouble. We'll report both accounts to { $app }, and since they know where you go, we'll get more help too. None of this is your fault.
contact-the-older-partner-adult-late = Thank you for telling me. You're not in trouble, and none of this is your fault: { $older } is the adult and knew better. We'll save the messages, report them, and get more help if we need it.
contact-the-older-partner-pic-report-title = Report { $older }
contact-the-older-partner-pic-reason-adult = An adult messaging someone under 18
contact-the-older-partner-pic-reason-secret = Asking me to keep secrets
contact-the-older-partner-pic-reason-meet = Pressure to meet alone
contact-the-older-partner-pic-attached = 6 screenshots
contact-the-older-partner-pic-send = Send report

contact-the-older-partner-end-safe = You saw the pattern: a gift to feel guilty about, a secret, "just us". You said no and brought in { $adult }. And { $classmate }'s easy, no-pressure invite? That's what respect looks like.
contact-the-older-partner-end-safe-late = Blocking alone didn't stop it, but you brought { $adult } in. Both accounts are reported, someone is looking out for you, and you did nothing wrong.
contact-the-older-partner-end-recovered = It went further than you wanted, but you let the people who care about you back in. { $adult } knows now, you're not alone with it, and none of it was ever your fault.
contact-the-older-partner-end-harmful = The secret feels heavier every day. This is not your fault: { $older } is the adult. It's never too late to say no, and to tell a trusted adult or a helpline in your country. They will help.
