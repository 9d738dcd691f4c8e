# Contact / sexual, pitched for ages 13-15: sextortion warning signs and getting help only (The New Follower)

contact-the-new-follower-title = The New Follower
contact-the-new-follower-summary = A new follower your age loves everything you post, then wants to chat somewhere more private.
contact-the-new-follower-remember = Flattery, a move to a private app and asking for photos are warning signs. Don't warn them: save the chat quietly, then block, report and tell a trusted adult. It's never your fault.

contact-the-new-follower-app = { $app }
contact-the-new-follower-npc-follower = { $follower }
contact-the-new-follower-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contact-the-new-follower-app-picstream = Picstream
contact-the-new-follower-app-loopr = Loopr
contact-the-new-follower-app-glimmr = Glimmr
contact-the-new-follower-private-vanish = Vanish
contact-the-new-follower-private-ghostchat = GhostChat
contact-the-new-follower-private-blink = Blinkr
contact-the-new-follower-school-westbrook = Westbrook High
contact-the-new-follower-school-hillcrest = Hillcrest Academy
contact-the-new-follower-school-parkview = Parkview School
contact-the-new-follower-adult-mum = Mum
contact-the-new-follower-adult-dad = Dad
contact-the-new-follower-adult-aunt = Aunt Lina

# Set it up safely: the new account's settings, before anyone follows.
contact-the-new-follower-setup = You've just joined { $app }. You want your friends from school to see your dance videos and message you, and to choose what you're tagged in. Keep your location, contacts and what you do on the app to yourself.
contact-the-new-follower-set-posts = Who can see my posts
contact-the-new-follower-val-posts-everyone = Everyone
contact-the-new-follower-val-posts-friends = Friends only
contact-the-new-follower-val-posts-only-me = Only me
contact-the-new-follower-why-posts-everyone = "Everyone" means strangers too, and your posts show a lot about you. "Friends only" fits better: the people you know still see every video.
contact-the-new-follower-why-posts-friends = Just right: your friends see your videos, and strangers don't. Accept only people you know offline.
contact-the-new-follower-why-posts-only-me = That's safe, but your friends can't see your videos either. "Friends only" fits better: they're who you want to share with.
contact-the-new-follower-set-location = Who can see my location
contact-the-new-follower-val-location-everyone = Everyone
contact-the-new-follower-val-location-friends = Friends, on the map
contact-the-new-follower-val-location-off = Nobody
contact-the-new-follower-why-location-everyone = "Everyone" means strangers can see where you live, study and hang out. "Nobody" fits better: your videos don't need your location.
contact-the-new-follower-why-location-friends = Better than everyone, but a live map still shows where you are, and screenshots travel. "Nobody" fits better: tell friends in a message.
contact-the-new-follower-why-location-off = Good call. Nobody needs to know where you are to enjoy your videos, and you can still tell friends in a message.
contact-the-new-follower-set-messages = Who can message me
contact-the-new-follower-val-messages-everyone = Everyone
contact-the-new-follower-val-messages-friends = Friends only
contact-the-new-follower-val-messages-nobody = Nobody
contact-the-new-follower-why-messages-everyone = "Everyone" means any stranger can message you. "Friends only" fits better: the people you know can still reach you.
contact-the-new-follower-why-messages-friends = Just what you wanted: your friends can message you, and strangers can't.
contact-the-new-follower-why-messages-nobody = That's safe, but your friends can't message you either, and you wanted them to. "Friends only" fits better.
contact-the-new-follower-set-tagging = Who can tag me in photos
contact-the-new-follower-val-tagging-anyone = Anyone
contact-the-new-follower-val-tagging-friends = Friends
contact-the-new-follower-val-tagging-ask = Ask me first
contact-the-new-follower-why-tagging-anyone = Anyone could tag you in any photo, and it would show on your profile. "Ask me first" fits better: you check each tag.
contact-the-new-follower-why-tagging-friends = Better than anyone, but even a friend can tag you in a photo you don't like. "Ask me first" fits better: you choose.
contact-the-new-follower-why-tagging-ask = Yes. You see each tag before it goes on your profile, so you choose what has your name on it.
contact-the-new-follower-set-contacts = Find friends from my phone's contacts
contact-the-new-follower-val-contacts-upload = Upload my contacts
contact-the-new-follower-val-contacts-off = Off
contact-the-new-follower-why-contacts-upload = Uploading shares other people's numbers without asking them, and can suggest you to strangers who have your number. Off fits better.
contact-the-new-follower-why-contacts-off = Good thinking. Other people's numbers stay on your phone, and the app won't suggest you to strangers. Add friends by username.
contact-the-new-follower-set-ads = Ads based on what I do
contact-the-new-follower-val-ads-on = On
contact-the-new-follower-val-ads-off = Off
contact-the-new-follower-why-ads-on = Then the app tracks what you watch, like and search to sell ads: your data is the price. Off fits better.
contact-the-new-follower-why-ads-off = Nice. The app uses less of what you do to sell ads. You'll still see ads, just not ones built from your habits.

contact-the-new-follower-intro = Two weeks later, you've got a new follower on { $app }: { $follower }. The profile says 14, likes the same music as you, and has lots of great photos. They like five of your posts in a row.
contact-the-new-follower-pic-bio = 14 · music · dance
contact-the-new-follower-pic-posts = 86 posts
contact-the-new-follower-pic-followers = 412 followers
contact-the-new-follower-pic-joined = Joined 3 weeks ago
contact-the-new-follower-pic-mutual = No friends in common
contact-the-new-follower-pic-liked = Liked 5 of your posts

contact-the-new-follower-first-dm = heyy saw your dance video, you're honestly so talented. I'm 14 too and I just moved near you! what school do you go to?
contact-the-new-follower-choice-check-profile = Thanks! Let me check your profile out first.
contact-the-new-follower-feedback-check-profile = Not answering yet was smart. But a profile only shows what its owner chose to put there: anyone can write "14" and use someone else's photos.
contact-the-new-follower-choice-tell-school = omg thanks!! I'm at { $school }. You?
contact-the-new-follower-feedback-tell-school = A chance to learn: your school tells someone where to find you every weekday. Anyone can write "I'm 14" on a profile. Keep it private until you know who's real.
contact-the-new-follower-choice-no-school = Thanks! But I don't give my school out online.
contact-the-new-follower-feedback-no-school = Nice. Compliments feel good, but you don't know who this is. A new follower who asks for your school straight away, and says they live near you, is fishing.

contact-the-new-follower-c-check-profile = The profile looks perfect: 14, lots of selfies, your kind of music. But the account is three weeks old, and none of your friends know them.
contact-the-new-follower-c-tell-school = no way, { $school }?? that's so close to me! let's meet after school on friday. just us, don't bring anyone, it'd be awkward
contact-the-new-follower-c-no-school = haha fair, mysterious. you're way more mature than people our age tbh

contact-the-new-follower-meet = so... friday? don't tell your parents, they'd make it weird
contact-the-new-follower-choice-meet-yes = OK, Friday! I won't tell my parents.
contact-the-new-follower-feedback-meet-yes = A chance to learn: anyone can say they're 14. "Don't tell your parents" protects them, not you. Never meet someone from online without a trusted adult there.
contact-the-new-follower-choice-meet-show = I'll show { $adult } this chat before I answer.
contact-the-new-follower-feedback-meet-show = Exactly right. Never meet someone you only know online without a trusted adult, and "don't tell your parents" is a big warning sign. { $adult } can check who this is.
contact-the-new-follower-choice-meet-friend = Only if I bring a friend. That's safer.
contact-the-new-follower-feedback-meet-friend = Not going alone was good thinking. But two teens can still be tricked, and "just us, don't tell" is a warning sign. Meeting someone from online needs a trusted adult.

contact-the-new-follower-c-meet-yes = yay!! can't wait. before friday though, I want to see what you look like now
contact-the-new-follower-c-meet-friend = no, just us or it's off. don't be boring. anyway, I want to see what you look like now

contact-the-new-follower-move-app = this app is so public lol. add me on { $private }? messages disappear so it's more private. just us
contact-the-new-follower-pic-private = { $private }
contact-the-new-follower-pic-vanish = Messages vanish after 10 seconds
contact-the-new-follower-pic-add = Add me
contact-the-new-follower-choice-add-private = Sure, adding you. More private is better anyway.
contact-the-new-follower-feedback-add-private = A chance to learn: disappearing messages protect the other person more than you. If something goes wrong, there's no record and nobody else can see.
contact-the-new-follower-choice-is-it-safe = Maybe later. Is that app even safe, though?
contact-the-new-follower-feedback-is-it-safe = Not moving yet was good. But "maybe" leaves the door open, and asking them if it's safe lets them decide for you. A clear no is OK with someone who pushes.
contact-the-new-follower-choice-stay-here = Nah, I'm fine right here. I don't even know you yet.
contact-the-new-follower-feedback-stay-here = Spot on. Pushing you onto an app where messages vanish is a classic warning sign: it hides what's said and cuts out anyone who could help.

contact-the-new-follower-c-add-private = You add { $follower } on { $private }. It's just the two of you now, and every message vanishes after ten seconds.
contact-the-new-follower-c-is-it-safe = totally safe, promise. everyone uses it. think about it
contact-the-new-follower-c-stay-here = ugh fine, you're no fun

contact-the-new-follower-photo-here = ok but at least send me a pic. something just for me. don't tell anyone about it, I'd never show anyone
contact-the-new-follower-choice-announce = No way. I'm reporting you and telling { $adult }.
contact-the-new-follower-feedback-announce = Saying no was right and brave. But warning them gives them time to delete the chat and vanish, or push harder. Say nothing, save it first, then report and tell.
contact-the-new-follower-choice-selfie = Send a selfie. It's just my face, so it's fine.
contact-the-new-follower-feedback-selfie = A chance to learn: "just my face" still gives them something to use, and shows them pushing works. Nobody is owed a picture of you, and this is never your fault.
contact-the-new-follower-choice-save-quietly = Don't answer. Screenshot the chat and their profile.
contact-the-new-follower-feedback-save-quietly = Smart and calm. A pic "just for me" and "don't tell anyone" are warning signs. Saving the proof before they know you've noticed keeps it safe.
contact-the-new-follower-choice-block-now = Block them right now, and delete the whole chat.
contact-the-new-follower-feedback-block-now = Getting away fast makes sense. But deleting the chat throws away the proof, and a blocked person can make a new account. Screenshot first, then block and report.

contact-the-new-follower-c-announce = "wow ok, snitch." Then the whole chat vanishes: they've deleted it. Nothing is left to show anyone. The next day, a new account messages you.
contact-the-new-follower-pic-messages = Messages
contact-the-new-follower-pic-chat-deleted = This chat was deleted
contact-the-new-follower-pic-request = New message request
contact-the-new-follower-pic-new-account = user_83920
contact-the-new-follower-c-selfie = cute. now pay 100 in gift cards by tonight, or I put your face on a fake pic and send it to all your followers
contact-the-new-follower-c-save-quietly = You don't reply. You screenshot the whole chat and { $follower }'s profile, and save them. They don't know. "hello?? u there?"
contact-the-new-follower-pic-hello = hello?? u there?
contact-the-new-follower-pic-saved = 3 screenshots saved
contact-the-new-follower-c-block-now = You block { $follower } and delete the chat. It feels better, but nothing is saved. The next day, a new account messages you.

contact-the-new-follower-saved = The proof is saved, and { $follower } doesn't know. What's your next move?
contact-the-new-follower-choice-saved-show = Show { $adult } the screenshots, before I do anything else.
contact-the-new-follower-feedback-saved-show = That's the move. { $adult } can help you block and report the account to { $app }, check your privacy settings, and call a helpline or the police if needed.
contact-the-new-follower-choice-saved-report = Block and report them. I can deal with it myself.
contact-the-new-follower-feedback-saved-report = Blocking and reporting with proof was strong. But this is too heavy to carry alone, and they may come back. A trusted adult can help in ways you can't. Tell one too.
contact-the-new-follower-choice-saved-warn = Post their profile so none of my followers fall for it.
contact-the-new-follower-feedback-saved-warn = Wanting to protect others is kind. But posting it warns them too, so they vanish and start again, and no adult who can act knows. Report it and tell a trusted adult.

contact-the-new-follower-c-saved-report = { $app } removes the account. A week later, a new account messages you.
contact-the-new-follower-c-saved-warn = Your followers reply "omg creepy". { $follower } sees it too and deletes the account. The next day, a new account messages you.

contact-the-new-follower-new-account = miss me? new account lol. you can't get rid of me that easy. send that pic and we're good. tell anyone and you'll regret it
contact-the-new-follower-choice-new-send = Send one pic, if that makes them go away.
contact-the-new-follower-feedback-new-send = A chance to learn: sending one never makes them go away, it gives them more to threaten you with. It's never your fault, and help is always still there.
contact-the-new-follower-choice-new-show = Screenshot it, and show { $adult } every message.
contact-the-new-follower-feedback-new-show = Yes. They came back, so it's time for an adult who can act. { $adult } can help report the new account and keep you safe. This is never your fault.
contact-the-new-follower-choice-new-delete = Delete my { $app } account and tell { $adult } nothing.
contact-the-new-follower-feedback-new-delete = A chance to learn: leaving gets you away for now, but they keep going, maybe with other teens, and you carry it alone. { $adult } or a helpline can help, and you're not in trouble.

contact-the-new-follower-c-new-send = got it. now pay 100 in gift cards by tonight, or this goes to all your followers
contact-the-new-follower-c-new-delete = You delete your { $app } account and say nothing. It's quiet for now. But you miss your friends there, and { $follower } is still out there.

contact-the-new-follower-private-chat = you're really mature, you know. send me a photo, something private, just for me. I'll send one back. nobody else will ever see it
contact-the-new-follower-choice-private-chat-on = No photos, { $adult } says that's private. We can still chat.
contact-the-new-follower-feedback-private-chat-on = Saying no was right, and you never owe anyone a photo. But someone who asks for private photos isn't safe to keep talking to. It's OK to stop and show { $adult }.
contact-the-new-follower-choice-private-show = Log off, screenshot it all, and show { $adult } tonight.
contact-the-new-follower-feedback-private-show = That's strong. Asking a teen for private photos is a serious warning sign, whatever age they claim. With screenshots and a trusted adult, it can be reported and stopped.
contact-the-new-follower-choice-private-send = Just one. They promised nobody else will see.
contact-the-new-follower-feedback-private-send = A chance to learn: once a photo is sent, you lose control of it, and anyone can screenshot. Pressure like this is never your fault, and help is always there.

contact-the-new-follower-c-private-chat-on = fine. then pay 100 in gift cards by tonight, or I make a fake pic of you and send it to all your followers
contact-the-new-follower-c-private-send = got it. now pay 100 in gift cards by tonight, or this goes to all your followers. tell anyone and it gets worse

contact-the-new-follower-threat = Stop. This is called sextortion. It's a crime, and it is NEVER your fault, whether you sent a photo or they fake one. They count on fear and silence. What will you do?
contact-the-new-follower-choice-threat-warn = Tell them I'm reporting them to the police.
contact-the-new-follower-feedback-threat-warn = Standing up to them took courage. But warning them gives them time to delete evidence, and makes them push harder. Quietly save everything, then tell a trusted adult.
contact-the-new-follower-choice-threat-block = Block them, delete the chat. { $adult } needn't know.
contact-the-new-follower-feedback-threat-block = Wanting it gone is natural. But deleting the chat deletes the evidence, and blocking alone doesn't stop a new account. Save first, then let { $adult } help: they'd want to know.
contact-the-new-follower-choice-threat-pay = Pay, so they delete it and leave me alone.
contact-the-new-follower-feedback-threat-pay = A chance to learn: people who threaten like this almost always ask for more after a payment. It's never too late to stop, keep the evidence and tell someone.
contact-the-new-follower-choice-threat-show = Don't pay. Save it all, then show { $adult }.
contact-the-new-follower-feedback-threat-show = The bravest, smartest move. Paying or sending more never ends it. Saved messages help the app and the police, and helplines can help get images taken down.

contact-the-new-follower-c-threat-warn = "lol go ahead," they reply. Then their account disappears, with the whole chat. An hour later, a new account writes to you.
contact-the-new-follower-c-threat-block = The chat is gone, and so is all the proof. The next morning, a new account writes to you.

contact-the-new-follower-threat-again = new account, same deal. pay 200 by midnight or everyone sees. and don't even think about telling anyone
contact-the-new-follower-choice-again-show = Screenshot this one too, and show { $adult } right now.
contact-the-new-follower-feedback-again-show = You put it right. Saving the new messages keeps proof the app and police can use. It is never your fault, and { $adult } and a helpline can help stop this.
contact-the-new-follower-choice-again-pay = Pay, and keep it from { $adult }. Nobody can know.
contact-the-new-follower-feedback-again-pay = A chance to learn: paying tells them you'll pay again, and silence is what they want. It's never too late to save the messages and show { $adult }.

contact-the-new-follower-c-paid = thanks. now double, or it goes out anyway

contact-the-new-follower-adult-helps = Thank you for showing me, that was exactly right. You did nothing wrong. Let's block and report the account to { $app }, and check your privacy settings together.
contact-the-new-follower-adult-helps-again = Thank you for telling me. You did nothing wrong, and you carried this alone long enough. Let's report every account they used to { $app } and check your privacy settings.
contact-the-new-follower-adult-helps-late = I'm so glad you told me. You're not in trouble, and none of this is your fault. We'll keep the evidence, report the account to { $app }, and call a helpline or the police if needed.

contact-the-new-follower-end-safe = You saw the warning signs, never sent a photo, and got { $adult } on your side. { $follower } is reported, and your photos stayed yours. That's strong.
contact-the-new-follower-end-recovered = It went further than it should have, but you didn't stay silent. With { $adult } you kept the evidence, reported it and got support. It was never your fault.
contact-the-new-follower-end-mixed = You got away for now, but no adult knows, and { $follower } could come back or target someone else. It's never too late to tell a trusted adult or a helpline.
contact-the-new-follower-end-harmful = They asked for more, as people like this always do. It's never too late and never your fault: keep the messages, stop replying, and tell a trusted adult or a helpline, who will help.

# What the choices leave on "My phone" (traces).
contact-the-new-follower-trace-school = Your school's name, told to { $follower }.
contact-the-new-follower-trace-school-advice = A stranger doesn't need it. If they bring it up or want to meet, don't reply: save it, block, report and tell a trusted adult.
contact-the-new-follower-trace-reported = The account { $follower }, reported to the app and blocked.
contact-the-new-follower-trace-reported-advice = Wise. People like this often come back with a new name. If a new account tries the same moves, save, block, report and tell again.
