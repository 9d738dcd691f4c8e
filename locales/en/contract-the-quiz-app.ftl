# Contract / commercial: The Quiz App (ages 13-15), permissions, social login, terms and data use

contract-the-quiz-app-title = The Quiz App
contract-the-quiz-app-summary = A fun "which character are you?" quiz wants your social login, your contacts, your location and your microphone.
contract-the-quiz-app-remember = Before you tap "Allow", ask what the app really needs, and say no to the rest. If an app took too much, a trusted adult can help you take it back.

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
contract-the-quiz-app-name-hana = Hana
contract-the-quiz-app-name-theo = Theo
contract-the-quiz-app-name-ines = Ines
contract-the-quiz-app-adult-mum = Mum
contract-the-quiz-app-adult-dad = Dad
contract-the-quiz-app-adult-uncle = Uncle Dan

contract-the-quiz-app-intro = Everyone in your group chat is posting results from { $app }: "Which { $show } character are you?" { $friend } got the hero and sent you the link.

contract-the-quiz-app-login-choice = The app opens with a big button: "Log in with { $social } to start! We'll post your result for you."
contract-the-quiz-app-choice-check-maker = First, check who made the app and read its reviews
contract-the-quiz-app-feedback-check-maker = Good habit. Who made it, what reviews say and what it asks for tell you whether to trust it. A fun quiz doesn't need your social account.
contract-the-quiz-app-choice-guest = Skip the login and play as a guest
contract-the-quiz-app-feedback-guest = Nice, playing as a guest keeps your social account out of it. It's still worth checking who made the app and what it asks for next.
contract-the-quiz-app-choice-social-login = Log in with { $social }, it's quicker
contract-the-quiz-app-feedback-social-login = A chance to learn: logging in with a social account can hand an app your name, photos, friends list and posts. Check what it gets before you tap.

contract-the-quiz-app-checked = The maker has no website, just an email address. Reviews say "it texted all my contacts!" and "why does a quiz want my mic?!" Let's see what it asks for.

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
contract-the-quiz-app-part-partners = Share your data with partners (terms: 42 pages)
contract-the-quiz-app-feedback-part-partners = Hidden in long terms, "partners" usually means advertisers and data sellers. Your answers and details become their product.

contract-the-quiz-app-allow-choice = At the bottom there's a huge, bright "Allow all" button, and a tiny grey "Choose permissions" link.
contract-the-quiz-app-choice-choose = Tap "Choose" and allow only what a quiz needs
contract-the-quiz-app-feedback-choose = Exactly. The bright button is a dark pattern, pushing you towards yes. You have the right to say no to permissions and to decide who gets your data.
contract-the-quiz-app-choice-close-app = Close the app and skip the quiz
contract-the-quiz-app-feedback-close-app = Your data is safe, nice. Skipping is always OK. But { $friend } and the others are still handing theirs over, and they might want to know.
contract-the-quiz-app-choice-allow-all = Tap "Allow all", I just want my result
contract-the-quiz-app-feedback-allow-all = A chance to learn: "Allow all" just gave a quiz your contacts, location and microphone. The big bright button is designed to make that feel normal.

contract-the-quiz-app-friend-asks = What did you get?? Everyone's doing it. It even found my cousins from my contacts lol
contract-the-quiz-app-choice-warn-report = Warn { $friend } about the permissions, and report the app
contract-the-quiz-app-feedback-warn-report = Great. Showing friends how to check and remove permissions helps them take back control, and reporting the app to the app store warns others.
contract-the-quiz-app-choice-keep-quiet = Keep it to myself, it's their choice
contract-the-quiz-app-feedback-keep-quiet = It is their choice, but they may not know what they agreed to. A quick "check your permissions" message could protect them and everyone in their contacts.
contract-the-quiz-app-choice-send-group = Send the link to the whole group chat
contract-the-quiz-app-feedback-send-group = A chance to learn: sharing the link spreads the data grab to all your friends, and to their contacts too. Check an app before you pass it on.

contract-the-quiz-app-data-leak = You get your result. That night, everyone in your contacts gets a text: "Your friend wants you to try { $app }!" Your gran calls to ask what it is.
contract-the-quiz-app-fix-choice = The app took more than you meant to give. But it's your data, and you have the right to take it back. What will you do?
contract-the-quiz-app-choice-adult-remove = Ask { $adult } to help remove its access and report it
contract-the-quiz-app-feedback-adult-remove = That's the way. Deleting the app isn't enough: turn off its permissions, remove it from any account you linked, and report it. A trusted adult can help.
contract-the-quiz-app-choice-delete-app = Just delete the app
contract-the-quiz-app-feedback-delete-app = Deleting helps, but the app has already copied your contacts, and any account you linked stays connected. Removing its access in your settings matters too.
contract-the-quiz-app-choice-another-quiz = Ignore it and try another quiz
contract-the-quiz-app-feedback-another-quiz = A chance to learn: the app keeps collecting as long as it has access. It's never too late to remove its permissions and ask for help.

contract-the-quiz-app-adult-helps = Thanks for telling me. Let's switch off its permissions, remove it from any linked account like { $social }, report it, and warn your contacts that the texts are spam.

contract-the-quiz-app-end-safe = You checked the app, spotted the data grab, and kept your contacts, location and microphone private. Your friends know what to check now too. Nice work.
contract-the-quiz-app-end-mixed = You protected part of it, but the app still has data, yours or your friends'. Removing its access, reporting it and warning friends would finish the job.
contract-the-quiz-app-end-recovered = The app got more than it should have, but you took control back with help: access removed, permissions off, app reported. Now you know what to check first.
contract-the-quiz-app-end-harmful = The app keeps collecting data from you and your friends, and the spam keeps coming. It's never too late to remove its access, report it and ask a trusted adult.
