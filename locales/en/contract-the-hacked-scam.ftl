# Contract / aggressive: The Hacked Scam (ages 16-18). A friend's hacked account asks for money and a code.

contract-the-hacked-scam-title = The Hacked Scam
contract-the-hacked-scam-summary = Your friend's account asks you for money, fast. It's their name and their photo. But is it them?
contract-the-hacked-scam-remember = A real name and photo don't prove who's typing. Check on another channel, never send money or a sign-in code, and help your friend take the account back. Slipped? Tell a trusted adult fast.

contract-the-hacked-scam-app = { $app }
contract-the-hacked-scam-app-chirrup = Chirrup
contract-the-hacked-scam-app-nattermill = Nattermill
contract-the-hacked-scam-app-quokka = Quokka Chat
contract-the-hacked-scam-adult-mum = Mum
contract-the-hacked-scam-adult-grandpa = Grandpa
contract-the-hacked-scam-adult-uncle = Uncle Karim

contract-the-hacked-scam-npc-friend = { $friend }
contract-the-hacked-scam-npc-adult = { $adult }

contract-the-hacked-scam-intro = Sunday evening. { $friend } is away visiting family this weekend. You're half watching a film when { $app } buzzes: a message from them.
# The world remembers: a new password and two-step sign-in after the phishing email.
contract-the-hacked-scam-intro-two-step = Since that phishing email, your own accounts have new passwords and two-step sign-in. Not everyone's do yet.
contract-the-hacked-scam-ask = heyyy it's me. total nightmare. lost my wallet at the station and my phone's nearly dead. can you send me money for the ticket home? I'll pay you back tomorrow, promise

# Spot: the message, drawn as the chat.
contract-the-hacked-scam-spot = It's { $friend }'s account. But is it { $friend } typing? Tap what gives this message away.
contract-the-hacked-scam-card-body = Lost my wallet, can you send money for the ticket? Send it to my cousin's account. Don't call, my phone's dying. Last train in 20 minutes!
contract-the-hacked-scam-part-name = Their name and profile picture at the top
contract-the-hacked-scam-feedback-name = Not a clue. It really is { $friend }'s account, so the name and photo are real. That's why this scam works: the account is real, the person typing may not be.
contract-the-hacked-scam-part-old-chat = Yesterday's messages about the weekend
contract-the-hacked-scam-feedback-old-chat = Not a clue: that's your real chat from before. But whoever has the account can read it too, and use it to sound just like { $friend }.
contract-the-hacked-scam-part-no-call = "Don't call, my phone's dying"
contract-the-hacked-scam-feedback-no-call = Yes. A real friend in trouble wants to hear your voice. "Don't call" stops you checking the one way that would catch the scam.
contract-the-hacked-scam-part-hurry = "Last train in 20 minutes!"
contract-the-hacked-scam-feedback-hurry = Right. A tight deadline is there to rush you past thinking. A real problem can wait the one minute a phone call takes.
contract-the-hacked-scam-part-payee = Pay to a cousin's account, with a stranger's name
contract-the-hacked-scam-feedback-payee = Big clue. Money asked to go to someone else's account is the heart of this scam: once it's there, it's very hard to get back.
contract-the-hacked-scam-pic-status = online
contract-the-hacked-scam-pic-yesterday = Yesterday
contract-the-hacked-scam-pic-old-them = see you on monday!!
contract-the-hacked-scam-pic-old-you = have fun at your aunt's
contract-the-hacked-scam-pic-ask = lost my wallet, can you send money for the ticket?
contract-the-hacked-scam-pic-no-call = don't call, my phone's dying
contract-the-hacked-scam-pic-hurry = last train in 20 minutes!!
contract-the-hacked-scam-pic-payee = To: D. Marsh, 4471 0093 (my cousin)
contract-the-hacked-scam-pic-send = Send money

contract-the-hacked-scam-what-now = The account is { $friend }'s. The message might not be. What do you do?
contract-the-hacked-scam-choice-call = Ring { $friend }'s usual number first and check it's really them.
contract-the-hacked-scam-feedback-call = Spot on. Checking on another channel is the one test a hacker can't pass: they have the account, not { $friend }'s voice or phone.
contract-the-hacked-scam-choice-quiz = Check with a question only { $friend } knows, then trust it.
contract-the-hacked-scam-feedback-quiz = Checking first is right. But a question in the same chat goes to the same person: the one holding the account, who can scroll your old messages for the answer. Call instead.
contract-the-hacked-scam-choice-send = Send it now. { $friend } would do exactly the same for me.
contract-the-hacked-scam-feedback-send = A chance to learn: helping a friend is kind, and that's exactly what this scam uses. It isn't your fault. What you do next matters most.

contract-the-hacked-scam-quizzed = lol the cat café on your birthday. happy now?? pls hurry, the last train's at 9
contract-the-hacked-scam-still-pushing = They got it right. But your old chats are full of answers like that, and whoever has the account can read them. Now what?
contract-the-hacked-scam-choice-call-now = Stop typing and ring their number to check.
contract-the-hacked-scam-feedback-call-now = Good recovery. A call to the number you know reaches the real { $friend }, whoever has the account.
contract-the-hacked-scam-choice-they-knew = They knew about the café, so I trust it. Sending.
contract-the-hacked-scam-feedback-they-knew = A chance to learn: anyone with the account can read your whole chat history. The right answer only proves they can scroll.
contract-the-hacked-scam-choice-send-half = Send half now to be safe, and the rest tomorrow.
contract-the-hacked-scam-feedback-send-half = A chance to learn: half is still money sent to a stranger, and it tells them you'll pay. Check who's asking before you send anything.

contract-the-hacked-scam-called = You ring { $friend }. They pick up at once: "What money? I'm at my aunt's, my phone's fine. That's not me!" Then a pause. "Wait. I can't log in. Someone changed my password."
contract-the-hacked-scam-help-friend = { $friend } sounds close to tears: "It's messaging everyone as me. What do I do?"
contract-the-hacked-scam-choice-recover = Use the app's hacked-account page. I'll report the chat.
contract-the-hacked-scam-feedback-recover = Exactly right. The app's own recovery page gets { $friend } back in, a new password and two-step sign-in keep the hacker out, and your report helps the app stop them.
contract-the-hacked-scam-choice-new-account = Make a new account, then tell everyone it's the new you.
contract-the-hacked-scam-feedback-new-account = A fresh start sounds easy. But the old account keeps { $friend }'s name, photos and contacts, and the hacker keeps using them. Take it back with the app's recovery page.
contract-the-hacked-scam-choice-tell-off = I'll message the hacker and tell them to give it back.
contract-the-hacked-scam-feedback-tell-off = A chance to learn: standing up for { $friend } is kind, but arguing with a hacker gives them an audience and ideas. Say nothing to them: recover, report, warn.
contract-the-hacked-scam-recovering = { $friend } follows the app's hacked-account steps, and you report the messages. New password, two-step sign-in on, every other device signed out. An hour later, a message.
contract-the-hacked-scam-pic-secured = Account secured
contract-the-hacked-scam-pic-new-password = New password set
contract-the-hacked-scam-pic-two-step = Two-step sign-in: on
contract-the-hacked-scam-pic-devices = Other devices signed out
contract-the-hacked-scam-new-account = { $friend } posts "this is my new account!", but the old one keeps asking the class for money. So they use the recovery page after all. An hour later, a message.
contract-the-hacked-scam-taunts = lol. send 50 and maybe they get it back. maybe.
contract-the-hacked-scam-taunts-after = You stop replying. { $friend } uses the app's recovery page and gets back in: new password, two-step sign-in on. An hour later, a message.

contract-the-hacked-scam-screenshots = it's really me, back in! new password and two-step on. thank you for calling. can you send me screenshots of what it sent you? I need them for my report
contract-the-hacked-scam-choice-send-shots = Sending them. We spoke on the phone, so I trust it's them.
contract-the-hacked-scam-feedback-send-shots = Good call. You checked, and it's { $friend } again. Checking isn't doubting everyone forever: screenshots help the app act on the report.
contract-the-hacked-scam-choice-no-shots = Sorry, I won't trust that account again. Report it without them.
contract-the-hacked-scam-feedback-no-shots = Careful is good, but you already checked: you spoke on the phone and the account is theirs again. Doubting everything leaves { $friend } without help they need.
contract-the-hacked-scam-choice-delete-chat = Delete the whole chat now. I don't want it on my phone at all.
contract-the-hacked-scam-feedback-delete-chat = A chance to learn: wanting it gone makes sense, but the chat is the proof of the scam. Keep it, and screenshot it, until the report is done.
contract-the-hacked-scam-shots-sent = got them, report sent. thank you, seriously
contract-the-hacked-scam-no-shots = fair enough. I'll report it without them. it's harder to show what happened though
contract-the-hacked-scam-deleted = The chat is gone, and with it the only record of where the money was meant to go.

# Say it well: the warning to the class group.
contract-the-hacked-scam-compose = The account messaged half your class for money last night. Post a warning in the class group: put in what helps, leave out what doesn't.
contract-the-hacked-scam-compose-to = Class group
contract-the-hacked-scam-ph-hacked = { $friend }'s account was hacked last night.
contract-the-hacked-scam-why-hacked = Start with what happened, plainly. Now everyone knows those messages weren't really from { $friend }.
contract-the-hacked-scam-ph-link = Here's its message, with the link, so you know which one.
contract-the-hacked-scam-why-link = It sounds helpful, but it passes the scam on, link and all, and someone will tap it. Describe the message in your own words.
contract-the-hacked-scam-ph-no-money = Don't send money or any code, whatever it says.
contract-the-hacked-scam-why-no-money = The two things the hacker wants. Saying it plainly protects anyone who got the same message.
contract-the-hacked-scam-ph-sorry = Sorry for the long message.
contract-the-hacked-scam-why-sorry = Fine either way. Being polite changes nothing here, and it doesn't hurt.
contract-the-hacked-scam-ph-tell-off = Let's all reply and tell the hacker what we think!
contract-the-hacked-scam-why-tell-off = Anger makes sense. But replies give the hacker an audience, and a chance to work on someone new. Say nothing to them.
contract-the-hacked-scam-ph-report = Got a message? Report it, and ring { $friend } to check.
contract-the-hacked-scam-why-report = Reporting helps the app stop the hacker, and a call is how anyone can check it's really { $friend }.
contract-the-hacked-scam-ph-blame = Honestly, { $friend } should've had a better password.
contract-the-hacked-scam-why-blame = Leave it out. Hacks happen to careful people, and blaming the person who was hacked only makes it harder for them to speak up.
contract-the-hacked-scam-warned = Your warning is up. Within minutes: "it asked me too!", "thanks, I nearly sent it". Nobody else pays.

# The slip: money sent, and now a code.
contract-the-hacked-scam-sent = you're a lifesaver!! oh, I sent a code to your number by mistake. can you send it to me?
contract-the-hacked-scam-pic-code = { $app } sign-in code: 519 204
contract-the-hacked-scam-pic-code-warning = Don't share this code with anyone.
contract-the-hacked-scam-pic-code-ask = can you send me that code?
contract-the-hacked-scam-code-choice = That code signs in to YOUR { $app } account. Whoever gets it could lock you out, then message your friends as you. What do you do?
contract-the-hacked-scam-choice-tell-now = Send nothing, and show { $adult } the whole chat right now.
contract-the-hacked-scam-feedback-tell-now = That's the bravest move. The sooner an adult knows, the sooner the bank can try to stop the payment. You're not in trouble: this scam fools careful people.
contract-the-hacked-scam-choice-block-quiet = Keep the code, block them, and forget the money.
contract-the-hacked-scam-feedback-block-quiet = Keeping the code was right, and blocking stops the messages to you. But the money can only come back if someone acts fast, and the hacker is still working on your class.
contract-the-hacked-scam-choice-send-code = Send it now, and show { $adult } the chat tomorrow.
contract-the-hacked-scam-feedback-send-code = A chance to learn: a sign-in code is the key to your account, so this can't wait until tomorrow. Nobody, friend or "support", ever needs your code. You can still get help.
contract-the-hacked-scam-blocked-quiet = You block the account and keep the code to yourself. Your account is safe. The money is gone, and the account is still messaging your class.
contract-the-hacked-scam-own-hacked = A minute later you're signed out of { $app }. Now your own account is asking your friends for money.
contract-the-hacked-scam-morning = Next morning. The money is gone and it feels awful. It isn't your fault: these scams are built to fool careful people. What now?
contract-the-hacked-scam-choice-show-adult = Show { $adult } everything, even the part about the code.
contract-the-hacked-scam-feedback-show-adult = That takes courage, and it's the right move. An adult can call the bank, help report the account and get your own account back. Telling is how this stops.
contract-the-hacked-scam-choice-keep-quiet = Keep it private. It's embarrassing, and nobody can help now.
contract-the-hacked-scam-feedback-keep-quiet = A chance to learn: shame is what scammers count on to stay hidden. Banks and apps can often still act, and a trusted adult will help without blame.
contract-the-hacked-scam-choice-ask-back = Ask { $adult } to lend me the money, without saying what for.
contract-the-hacked-scam-feedback-ask-back = A chance to learn: covering the loss hides the scam, and the bank and the app can only act if someone knows. Tell { $adult } the whole story. You won't be in trouble.
contract-the-hacked-scam-kept-quiet = You keep it to yourself. By evening, two more people in your class have sent money to the same "cousin".
contract-the-hacked-scam-asked-back = { $adult } lends you the money without asking. Nobody reports anything, and by evening the account has asked two more classmates.

contract-the-hacked-scam-adult-helps = Thank you for telling me. You're not in trouble, and it's not your fault. Let's call the bank about the money, report the account and lock yours with two-step sign-in.
contract-the-hacked-scam-adult-call = Then { $adult } rings { $friend } on speaker. "What?! That wasn't me. I'm so sorry. I'm getting my account back now." An hour later, a message.

contract-the-hacked-scam-end-safe = You checked before you trusted. { $friend } has their account back, locked with two-step sign-in, the scam is reported, and nobody else in your class paid.
contract-the-hacked-scam-end-recovered = The scam caught you first. Then you turned it round: { $adult } helped you call the bank and report it, and your warning kept the class safe. It wasn't your fault.
contract-the-hacked-scam-end-harmful = The money is gone and the hacker is still using accounts to ask for more. It's not your fault. It's never too late to tell a trusted adult, who can help call the bank and report it.

# My phone: the hacked account reported.
contract-the-hacked-scam-trace-reported = Reported: the money requests sent from { $friend }'s hacked account.
contract-the-hacked-scam-trace-reported-advice = If any account asks you for money or a code, even a friend's, ring them on their usual number first. Never share a sign-in code.

# Last decision: a fake "support" message asks for a sign-in code.
contract-the-hacked-scam-last-message = Later, one more message, from an account called "{ $app } Support": "Unusual activity linked to your contacts. Reply with the code we just sent you within 1 hour, or your account will be closed."
contract-the-hacked-scam-choice-no-code = No code to anyone, ever. I'll close this and open { $app } myself.
contract-the-hacked-scam-feedback-no-code = Exactly. No real support team asks for your code, and a one-hour deadline is the same trick as the last train. If something's wrong, { $app } itself will show you.
contract-the-hacked-scam-choice-give-code = Send them the code, so { $app } doesn't close my account too.
contract-the-hacked-scam-feedback-give-code = A chance to learn: a sign-in code is the key to your account, and no real support team ever asks for it. A scary deadline is the same trick as the "last train".
contract-the-hacked-scam-code-given = Minutes later you're signed out of { $app }. You tell { $adult } straight away, and together you use the recovery page and sign out every other device before anyone gets a message.
