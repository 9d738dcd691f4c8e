# Contract / sexual: The Countdown (ages 16-18). Financial sextortion: warning signs and getting help only, nothing shown or described. Don't pay, stop replying, keep the proof, report, tell; never the child's fault.

contract-the-sextortion-title = The Countdown
contract-the-sextortion-summary = A friendly new follower moves fast, then turns it into a threat: pay up, or a picture goes to everyone you know.
contract-the-sextortion-remember = If someone threatens to share a picture unless you pay: don't pay, stop replying, keep the proof and tell a trusted adult. It's a crime, it's not your fault, and takedown tools exist for under-18s.

contract-the-sextortion-app = { $app }
contract-the-sextortion-app-picnook = Picnook
contract-the-sextortion-app-shutterbee = Shutterbee
contract-the-sextortion-app-lumo = Lumo
contract-the-sextortion-private-vanishly = Vanishly
contract-the-sextortion-private-blinkr = Blinkr
contract-the-sextortion-private-whisp = Whisp
contract-the-sextortion-name-noa = noa.17
contract-the-sextortion-name-jay = jay_k17
contract-the-sextortion-name-lina = lina.mp3
contract-the-sextortion-adult-dad = Dad
contract-the-sextortion-adult-aunt = Aunt Amina
contract-the-sextortion-adult-grandma = Grandma

contract-the-sextortion-npc-scammer = { $scammer }
contract-the-sextortion-npc-adult = { $adult }

contract-the-sextortion-intro = Saturday night. A new account, { $scammer }, follows you on { $app } and messages you straight away. You have friends in common, so it must be someone from round here. Right?
contract-the-sextortion-dm-hello = hey! you know { $friend }, right? I just moved near you and don't know anyone yet. your photos are so cool, you seem really fun
# The world remembers: the older "partner" in The Older Partner, and the gut feeling the child trusted.
contract-the-sextortion-familiar = Someone new who suddenly wants all your attention. You've seen that before, and you trusted your gut then. Keep it close tonight.

contract-the-sextortion-spot = Most new followers are just people. Still, look at { $scammer }'s profile before you reply. Tap what doesn't add up.
contract-the-sextortion-card-title = { $scammer }
contract-the-sextortion-card-body = A new follower's profile on { $app }.
contract-the-sextortion-part-joined = Joined 9 days ago
contract-the-sextortion-feedback-joined = Yes. A brand-new account that already wants to chat is a common sign of a fake. Real people usually have a longer history.
contract-the-sextortion-part-bio = Bio: "17. football, films, bad jokes"
contract-the-sextortion-feedback-bio = That's an ordinary bio: lots of real people write exactly this. On its own it tells you nothing either way. The account's history says more.
contract-the-sextortion-part-counts = Following 1,400 people, followed by 22
contract-the-sextortion-feedback-counts = Yes. Fake accounts follow huge numbers of people to get a few follows back, and then look like "friends in common". That doesn't mean anyone knows them.
contract-the-sextortion-part-posts = 6 posts, all added 9 days ago
contract-the-sextortion-feedback-posts = Yes. A whole profile uploaded in one go is often built from someone else's photos, to make a fake look real, fast.
contract-the-sextortion-part-photo = A photo at a football match
contract-the-sextortion-feedback-photo = A match photo is an everyday thing to post. What stands out isn't the photo itself, it's that all six went up on the same day.
contract-the-sextortion-pic-bio = 17. football, films, bad jokes
contract-the-sextortion-pic-joined = Joined 9 days ago
contract-the-sextortion-pic-counts = Following 1,400 · Followers 22
contract-the-sextortion-pic-posts = 6 posts · all added 9 days ago

contract-the-sextortion-move-app = ok honestly I'm never on here. add me on { $private }? chats disappear after a day, way more private. just us
contract-the-sextortion-choice-stay = Let's keep chatting here. How do you know { $friend }?
contract-the-sextortion-feedback-stay = Smart. You stayed where the report button works, and you checked with { $friend } yourself instead of trusting a "friends in common" count.
contract-the-sextortion-choice-later = Maybe tomorrow, I'll check. Going to sleep, night!
contract-the-sextortion-feedback-later = Not moving was a good call. But going quiet doesn't answer the real question: who is this? Checking with { $friend } would take one message.
contract-the-sextortion-choice-move = Sure, adding you. Disappearing chats are more private.
contract-the-sextortion-feedback-move = A chance to learn: "disappearing" chats leave no proof if things go wrong. Pulling you somewhere private, fast, is a classic warning sign.
contract-the-sextortion-c-stay = { $scammer } dodges: "long story lol". So you ask { $friend } yourself. The answer comes fast: "never heard of them?? be careful."
contract-the-sextortion-c-later = Next morning there are nine messages from { $scammer }: "you there?" "don't be shy" "can't stop thinking about you".
contract-the-sextortion-c-moved = You add { $scammer } on { $private }. A little timer sits on every message: gone in 24 hours. Nothing stays to show anyone.

contract-the-sextortion-ask = sent you a selfie, your turn. something more private, just for me. nobody else will ever see it, promise
contract-the-sextortion-choice-no = No. I don't send photos like that, ever.
contract-the-sextortion-feedback-no = Clear and calm. You never owe anyone a photo, whoever they say they are. A no needs no reason, and someone who pushes after it shows you who they are.
contract-the-sextortion-choice-call = Video call me first, so I can check you're real.
contract-the-sextortion-feedback-call = Wanting proof is smart, and fake accounts dodge calls. But even a real person isn't owed a private photo, and calls can be recorded. A plain no is enough.
contract-the-sextortion-choice-send = OK, just one. I trust you, and you sent one first.
contract-the-sextortion-feedback-send = A chance to learn, and please hear this: trusting someone is not a crime, and what happens next is not your fault. But once a photo is sent, it's out of your hands.
contract-the-sextortion-c-no = wow. ok. doesn't matter anyway. I've already saved every selfie on your profile.
contract-the-sextortion-c-call = camera's broken lol. forget it. I don't need you to send anything. I've saved every selfie on your profile.
contract-the-sextortion-c-sent = You send one. A notice pops up: { $scammer } took a screenshot. Then their messages change completely.

contract-the-sextortion-threat-fake = I used your selfies to make a fake private pic of you. looks real. pay 200 in gift cards within the hour, or all 312 of your followers get it. your school too.
contract-the-sextortion-threat-real = got your pic. I've got your follower list too. pay 200 in gift cards within the hour, or all 312 of them get it. your school too.
contract-the-sextortion-pic-timer = 59:59 left
contract-the-sextortion-pic-demand = 200 in gift cards
contract-the-sextortion-pic-followers = 312 followers
contract-the-sextortion-pic-school = + your school

contract-the-sextortion-calm-fake = Breathe. This is a scam called sextortion. It's a crime, and you are not the one in trouble. They want you panicking and fast. What do you do?
contract-the-sextortion-calm-real = Breathe. This is sextortion, a crime, and it is not your fault: the person threatening you is the one doing wrong. They want you panicking and fast. What do you do?
contract-the-sextortion-choice-save-tell = Stop replying, screenshot it all, and tell { $adult } tonight.
contract-the-sextortion-feedback-save-tell = That's exactly it. Screenshots of the chat, the profile and the username are the proof police and apps need. { $adult } can report it with you. Telling takes away their power.
contract-the-sextortion-feedback-save-tell-real = That's the bravest move, and the right one. Screenshots are the proof police and apps need, and { $adult } can help with a takedown. You're not in trouble for sending it.
contract-the-sextortion-choice-block-delete = Block them and delete the whole chat. Gone for good.
contract-the-sextortion-feedback-block-delete = Not paying was right. But deleting throws away the proof, and blocking doesn't stop a new account. Screenshot first, then report and block, with an adult.
contract-the-sextortion-choice-warn = Reply: "Stop now, or I'm going to the police."
contract-the-sextortion-feedback-warn = Standing up to them is brave. But any reply tells them you're scared and reading, and a warning gives them time to unsend everything. Stop replying and save it.
contract-the-sextortion-choice-pay = Pay the 200. It's worth it to make this go away.
contract-the-sextortion-choice-save-help = Stop replying. Screenshot it all. Get help.
contract-the-sextortion-choice-block-gone = Block them and delete it all. Safer if it's gone.
contract-the-sextortion-choice-warn-real = Reply: "Delete that now, or I'm telling { $adult }!"
contract-the-sextortion-feedback-warn-real = Wanting it gone makes complete sense. But a threat back tells them you're scared and reading, and gives them time to unsend everything. Stop replying, save it all, then tell { $adult } for real.
contract-the-sextortion-choice-pay-real = Pay the 200, so nobody ever sees that photo.
contract-the-sextortion-feedback-pay = A chance to learn: paying almost never ends it. It shows them you'll pay, so they ask for more. You're not in trouble, and it's not too late to stop.

contract-the-sextortion-c-blocked = Blocked, deleted, gone. Ten minutes later a new account writes: "blocking me won't help. 45 minutes left." And the messages you could have shown someone are gone.
contract-the-sextortion-c-warned = { $scammer } replies "go ahead, nobody will find me", then unsends every message. A new account appears: "45 minutes left."

contract-the-sextortion-new-account = A new account, the same threat, and less proof. It's still not your fault, and it's still not too late. What now?
contract-the-sextortion-choice-show-new = Screenshot this new account too, and go and get { $adult }.
contract-the-sextortion-feedback-show-new = Yes. The new account is proof too, and you remember the old name. { $adult } can report both and go to the police with you. Telling is how this stops.
contract-the-sextortion-choice-pay-now = I'll just pay it now, before the timer hits zero.
contract-the-sextortion-feedback-pay-now = A chance to learn: the timer is there to rush you. Paying shows them you'll pay again. It's not too late to stop and tell someone you trust.
contract-the-sextortion-choice-show-someone = Screenshot the new one, and show someone tonight.
contract-the-sextortion-feedback-show-someone = Yes. The new account is proof too, and you remember the old name. Someone you trust can report both, go to the police with you and start a takedown. You're not in trouble.
contract-the-sextortion-choice-pay-secret = Pay now, fast, before { $adult } or anyone finds out.
contract-the-sextortion-feedback-pay-secret = A chance to learn: paying in secret is exactly what they count on, and it almost never ends it. { $adult } finding out isn't the danger; they are. It's not too late to tell.
contract-the-sextortion-choice-vanish = Make my accounts private and disappear, to stay safe.
contract-the-sextortion-choice-hide = Make everything private. Safer to just disappear.
contract-the-sextortion-feedback-hide = A chance to learn: disappearing feels safer, but you'd carry this alone, and they can still find you elsewhere. It's never too late to tell a trusted adult. You won't be in trouble.

contract-the-sextortion-c-paid = got it. now 500. you paid once, so I know you'll pay again. 30 minutes.
contract-the-sextortion-more = Paying didn't end it. It almost never does. You're not in trouble, and if this feels like too much, talk to someone tonight. It's not too late. What now?
contract-the-sextortion-choice-stop-tell = No more money. Tonight I tell someone, for real.
contract-the-sextortion-feedback-stop-tell = That takes courage, and it's right. The receipt and the messages help the police and the app go after them. Paying once doesn't make any of this your fault.
contract-the-sextortion-choice-pay-again = Pay the 500. Surely this time they'll really stop.
contract-the-sextortion-feedback-pay-again = A chance to learn: each payment tells them you'll pay again. It's not your fault they lied. It's never too late to stop and tell a trusted adult.
contract-the-sextortion-c-paid-again = You pay. Within minutes: "now 1,000." The threats don't stop, and you haven't slept.
contract-the-sextortion-c-hide = You lock everything down and go quiet. The messages find your email instead, and you carry it on your own.

contract-the-sextortion-adult-helps = Thank you for waking me. You're not in trouble, and none of this is your fault. We don't pay. We keep every screenshot, report the account to { $app }, and go to the police together.
contract-the-sextortion-adult-helps-late = I'm glad you came to me, and you're not in trouble. We'll save this new account, report both to { $app } and go to the police. If anything is ever posted, we'll get it taken down.
contract-the-sextortion-adult-late = Thank you for telling me. You're not in trouble: they lied to you, and they're the ones committing a crime. We won't pay. We'll report it together and use a takedown tool for under-18s.
contract-the-sextortion-adult-late-paid = You did the right thing telling me, and you're not in trouble. Paying never ends it, so we stop now. We keep the receipt and every message, and report it to { $app } and the police.
contract-the-sextortion-pic-help-title = What we do now
contract-the-sextortion-pic-step-pay = Don't pay. Stop replying.
contract-the-sextortion-pic-step-keep = Keep screenshots and usernames
contract-the-sextortion-pic-step-report = Report to the app and the police
contract-the-sextortion-pic-step-takedown = Takedown tools for under-18s
contract-the-sextortion-pic-get-help = Get help

contract-the-sextortion-end-safe = You spotted the fake, never sent a thing and never paid. { $adult } has the proof, and the account is reported. Threats like these lose their power the moment you tell.
contract-the-sextortion-end-safe-late = Deleting cost you some proof, but you didn't pay, and you told { $adult }. The new account is saved and reported, and none of it was your fault.
contract-the-sextortion-end-recovered = Someone lied to you, then tried to scare you. You stopped, kept the proof and told { $adult }. It was never your fault, and there's help to take pictures down.
contract-the-sextortion-end-recovered-paid = You paid once under pressure, then stopped and told { $adult }. Paying never ends it; telling does. The proof is saved and reported, and none of this is your fault.
contract-the-sextortion-end-harmful = The threats go on, and carrying them alone is heavy. It's not your fault. It's never too late: stop paying, keep the messages, and tell a trusted adult or a helpline in your country.
