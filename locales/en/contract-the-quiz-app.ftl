# Contract / commercial: The Quiz App (ages 13-15), permissions, social login, terms and data use

contract-the-quiz-app-title = The Quiz App
contract-the-quiz-app-summary = A fun "which character are you?" quiz wants your social login, your contacts, your location and your microphone.
contract-the-quiz-app-remember = Before you tap "Allow", ask who made the app and what it really needs. If it wants far too much, walk away; if it already took too much, a trusted adult can help you take it back.

contract-the-quiz-app-app = { $app }
contract-the-quiz-app-npc-friend = { $friend }
contract-the-quiz-app-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contract-the-quiz-app-app-quizzo = Quizzo
contract-the-quiz-app-app-whoru = WhoRU
contract-the-quiz-app-app-vibequiz = Vibe Quiz
contract-the-quiz-app-show-moonfall = Moonfall Academy
contract-the-quiz-app-show-starlight = Starlight Squad
contract-the-quiz-app-show-echo-city = Echo City
contract-the-quiz-app-social-loopr = Loopr
contract-the-quiz-app-social-picstream = Picstream
contract-the-quiz-app-social-glimmr = Glimmr
contract-the-quiz-app-adult-mum = Mum
contract-the-quiz-app-adult-dad = Dad
contract-the-quiz-app-adult-uncle = Uncle Dan

contract-the-quiz-app-intro = Everyone in your group chat is posting results from { $app }: "Which { $show } character are you?" { $friend } got the hero and sent you the link.

contract-the-quiz-app-login-choice = The app opens with a big button: "Log in with { $social } to start! We'll post your result for you."
contract-the-quiz-app-pic-question = Which { $show } character are you?
contract-the-quiz-app-pic-log-in-with = Log in with { $social }
contract-the-quiz-app-pic-post-for-you = We'll post your result for you!
contract-the-quiz-app-pic-guest = Play as guest
contract-the-quiz-app-choice-check-maker = Who even made this? I'll look at its reviews first.
contract-the-quiz-app-feedback-check-maker = Smart. Who made an app and what its reviews say tell you whether to trust it, before it gets anything from you.
contract-the-quiz-app-choice-guest = I'll play as a guest. That keeps my account private.
contract-the-quiz-app-feedback-guest = Good: skipping the login kept your { $social } account out of it. But a guest still doesn't know who made the app. A quick look at the maker and reviews comes first.
contract-the-quiz-app-choice-social-login = Log in with { $social }. { $friend } did, so it's safe.
contract-the-quiz-app-feedback-social-login = A chance to learn: a friend using an app doesn't make it safe. A social login can hand an app your name, photo, friends list and the right to post as you.

contract-the-quiz-app-checked = The maker has no website, just an email address. Reviews say: "It texted all my contacts!" and "Why does a quiz want my mic?!" Then { $app } shows its permission screen.
contract-the-quiz-app-pic-maker = No website, only an email address
contract-the-quiz-app-pic-get = Get
contract-the-quiz-app-pic-review-contacts = It texted all my contacts!
contract-the-quiz-app-pic-review-mic = Why does a quiz want my mic?!
contract-the-quiz-app-guest = Guest mode works. But before question one, { $app } slides up a permission screen.
contract-the-quiz-app-linked = You're in. Before you answer a single question, { $app } has posted on your { $social } in your name: "Which { $show } character are you? Play now!" with its link.

contract-the-quiz-app-spot = Before the quiz starts, { $app } asks for permissions. Tap everything a quiz doesn't need.
contract-the-quiz-app-card-title = { $app } would like to:
contract-the-quiz-app-card-body = Allow all to see your result!
contract-the-quiz-app-part-contacts = Access your contacts
contract-the-quiz-app-feedback-part-contacts = A quiz doesn't need your friends' numbers. Apps that grab contacts can spam them or sell their details, and your friends never agreed.
contract-the-quiz-app-part-location = Use your precise location, always
contract-the-quiz-app-feedback-part-location = Your exact location, all the time, shows where you live and go to school. A quiz has no reason to know that.
contract-the-quiz-app-part-mic = Use your microphone
contract-the-quiz-app-feedback-part-mic = There's no talking in a quiz. Only allow the microphone when a feature really needs it, like a voice message you choose to send.
contract-the-quiz-app-part-results = Show your quiz questions and results
contract-the-quiz-app-feedback-part-results = Not a clue: that's what a quiz actually does. A permission that matches what the app is for is fine.
contract-the-quiz-app-part-app = The app's name and logo: { $app }
contract-the-quiz-app-feedback-part-app = Not a clue: a box like this always says which app is asking. What matters is what it asks for, and whether a quiz needs it.
contract-the-quiz-app-part-internet = Connect to the internet to load new quizzes
contract-the-quiz-app-feedback-part-internet = Fair enough: an online quiz has to connect to get new questions. That permission matches what the app does, so it's not a clue.
contract-the-quiz-app-part-partners = Share your data with partners (terms: 42 pages)
contract-the-quiz-app-feedback-part-partners = Hidden in long terms, "partners" usually means advertisers and data sellers. Your answers and details become their product.
contract-the-quiz-app-pic-allow-all = Allow all
contract-the-quiz-app-pic-choose = Choose permissions

contract-the-quiz-app-allow-choice = At the bottom there's a huge, bright "Allow all" button, a tiny grey "Choose permissions" link, and a small X to close.
contract-the-quiz-app-choice-leave = Nope. A quiz that wants all that isn't for me. Closing it.
contract-the-quiz-app-feedback-leave = Great call. An app that grabs contacts, location and mic and sells to "partners" has shown what it's after. Walking away, even from a fun quiz, is always your right.
contract-the-quiz-app-choice-choose = I'll tap the grey link and allow only what a quiz needs.
contract-the-quiz-app-feedback-choose = Unticking the extras was smart. But an app that asks for all that, with 42 pages about "partners", has shown what it wants. Walking away is safer still.
contract-the-quiz-app-choice-allow-all = Allow all. I just want my result, like everyone else.
contract-the-quiz-app-feedback-allow-all = A chance to learn: "Allow all" just gave a quiz your contacts, location and mic. The big bright button is designed to make that feel normal.

contract-the-quiz-app-left = You close { $app }. Your contacts, location and mic stay yours. Later, { $friend } messages you.
contract-the-quiz-app-trimmed = You untick the extras and get your result: the hero! Under it, in small grey letters: "Your answers are shared with our partners." Later, { $friend } messages you.
contract-the-quiz-app-data-leak = You get your result. That night, everyone in your contacts gets a text: "Your friend wants you to try { $app }!" Your gran calls to ask what it is.
contract-the-quiz-app-pic-invite-text = Your friend wants you to try { $app }!

contract-the-quiz-app-friend-asks = What did you get?? Everyone's doing it. It even found my cousins from my contacts lol
contract-the-quiz-app-choice-show-settings = It took your contacts! Go to Settings and switch it off.
contract-the-quiz-app-feedback-show-settings = Great message. You spotted what "found my cousins" really means and gave { $friend } the fix: switch off its permissions in Settings, then delete the app.
contract-the-quiz-app-choice-stay-quiet = I won't say anything. I don't want { $friend } to feel silly.
contract-the-quiz-app-feedback-stay-quiet = Kind, and you didn't spread the link. But staying quiet leaves { $friend }'s contacts exposed. A friendly "check your permissions" isn't mean: it protects them.
contract-the-quiz-app-choice-send-group = I'll drop the link in the group chat so everyone can play!
contract-the-quiz-app-feedback-send-group = A chance to learn: sharing the link spreads the data grab to all your friends, and to their contacts too. Check an app before you pass it on.

contract-the-quiz-app-friend-fixes = wait WHAT. ok found it in Settings, switched everything off and deleted it. thanks!!
contract-the-quiz-app-group-spread = Twelve people tap your link. By evening, their contacts are getting texts from { $app } too, and someone in the group asks who started it.
contract-the-quiz-app-quiet = You leave it. The next day, { $friend } messages again.

contract-the-quiz-app-friend-again = ugh, { $app } texted my WHOLE contact list. my gran got one, and my coach. how do I make it stop??
contract-the-quiz-app-choice-switch-off = Go to Settings, switch off its access, then delete it.
contract-the-quiz-app-feedback-switch-off = That's the fix. Switching off its permissions stops the grab, and deleting the app stops the texts. Next time, a word early can save a whole contact list.
contract-the-quiz-app-choice-ignore-it = Lol it did that to everyone. Just ignore it, it'll stop.
contract-the-quiz-app-feedback-ignore-it = A chance to learn: an app keeps using what it can reach until someone switches it off. A short "here's how to stop it" would have helped.
contract-the-quiz-app-friend-fixes-late = found it, all switched off and deleted. told my gran to ignore the text. wish I'd known sooner lol
contract-the-quiz-app-still-spam = { $friend } leaves the app alone. A week later, their contacts are still getting texts from { $app }.

contract-the-quiz-app-fix-choice = { $app } took more than you meant to give. But it's your data, and you have the right to take it back. What will you do?
contract-the-quiz-app-choice-ask-adult = { $adult }, can you sit with me? { $app } took way too much.
contract-the-quiz-app-feedback-ask-adult = That's the way. Deleting isn't enough on its own: an adult can help you switch off its access, unlink it from your accounts and report it. You're not in trouble for asking.
contract-the-quiz-app-choice-delete-tell-friend = I'll delete it, and tell { $friend } that it isn't safe to use.
contract-the-quiz-app-feedback-delete-tell-friend = Deleting it and warning { $friend } are good steps. But what it already copied stays copied, and a friend can't unlink it or report it with you. A trusted adult can.
contract-the-quiz-app-choice-another-quiz = Whatever. I'll try a different quiz, this one's boring.
contract-the-quiz-app-feedback-another-quiz = A chance to learn: the app keeps collecting as long as it has access. It's never too late to switch off its permissions and ask for help.

contract-the-quiz-app-adult-helps = Thanks for telling me. You're not in trouble. Let's switch off its access, unlink it from your accounts, report it to the app store and tell your contacts the texts are spam.
contract-the-quiz-app-spam-grows = You try a new quiz. Meanwhile { $app } keeps sending messages in your name, and { $adult } asks why their phone is full of quiz invites.
contract-the-quiz-app-deleted = You delete { $app }. But the next day, friends still get messages "from you" about it. It had already copied what it needed.

contract-the-quiz-app-retry-choice = Deleting the app didn't take back what it copied. What now?
contract-the-quiz-app-choice-show-adult = Okay. I'll show { $adult } every message going out in my name.
contract-the-quiz-app-feedback-show-adult = Good move. It isn't too late: an adult can help you unlink the app, report it and warn your contacts. Asking for help after a slip is exactly right.
contract-the-quiz-app-choice-let-it-go = It'll die down. Telling people only makes it bigger.
contract-the-quiz-app-feedback-let-it-go = A chance to learn: copied data doesn't die down on its own, and telling a trusted adult makes the problem smaller, not bigger. It's never too late to show them.
contract-the-quiz-app-still-copied = A week later, messages in your name are still going out, and a new one asks your friends for their phone numbers.

contract-the-quiz-app-end-safe = { $app } never got your contacts, location or mic, and thanks to your message { $friend } has switched its access off too. You saw the grab for what it was.
contract-the-quiz-app-end-safe-late = { $app } never got your contacts, location or mic. At first you said nothing, but when { $friend } got spammed, you showed them the fix. Next time, speak up sooner.
contract-the-quiz-app-end-mixed = Your own contacts, location and mic stayed away from { $app }. But { $friend }'s contacts are still getting texts, and nothing has stopped it yet. A message with the fix still could.
contract-the-quiz-app-end-recovered = { $app } got more than it should have, but you told { $adult } and took it back: access switched off, accounts unlinked, app reported, contacts warned. Now you know what to check first.
contract-the-quiz-app-end-spread = { $app } never got your contacts, location or mic, but your link sent friends to it, and their contacts get texts now. It's not your fault, and it's never too late: a trusted adult can help you warn them.
contract-the-quiz-app-end-harmful = { $app } still has what it took, and messages keep going out in your name. It's not your fault, and it's never too late: tell a trusted adult, who will help you unlink and report it.

# What the choices leave on "My phone" (traces).
contract-the-quiz-app-trace-data = Your details and quiz answers, given to the quiz app and its "partners".
contract-the-quiz-app-trace-data-advice = Advertisers and scammers can use them to sound like they know you. Switch off its access, unlink it and delete it. A trusted adult can help.
contract-the-quiz-app-trace-location = The quiz app can see your precise location, all the time.
contract-the-quiz-app-trace-location-advice = A quiz never needs to know where you are. In Settings, switch off its location and other access, then delete the app.
contract-the-quiz-app-trace-access-off = The quiz app's access, switched off and unlinked from your accounts.
contract-the-quiz-app-trace-access-off-advice = Well done. Check your apps' permissions now and then, and only allow what each one really needs.
