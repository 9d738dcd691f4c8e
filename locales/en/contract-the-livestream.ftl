# Contract / sexual (warning signs only): The Live Stream (ages 13-15)

contract-the-livestream-title = The Live Stream
contract-the-livestream-summary = Your first live stream is going great, until a viewer with lots of coins starts asking for more.
contract-the-livestream-remember = A gift never means you owe anyone. If viewers push for dares, a private stream or where you live, end it, save, block, report and tell a trusted adult. Keep streams to people you know.

contract-the-livestream-app = { $app }
contract-the-livestream-npc-friend = { $friend }
contract-the-livestream-npc-viewer = { $viewer }
contract-the-livestream-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contract-the-livestream-app-liveloop = LiveLoop
contract-the-livestream-app-streamsprout = StreamSprout
contract-the-livestream-app-twinklr = Twinklr
contract-the-livestream-name-coin-king = CoinKing_88
contract-the-livestream-name-night-owl = night.owl.77
contract-the-livestream-name-gold-fan = GoldFan4U
contract-the-livestream-adult-dad = Dad
contract-the-livestream-adult-gran = Gran
contract-the-livestream-adult-aunt = Aunt Mei

contract-the-livestream-intro = You've been drawing dragons for weeks. Tonight you try { $app } Live for the first time, and { $friend } promised to watch. You tap "Go live" straight away, without opening the settings.
contract-the-livestream-live = You're live! 23 people are watching: { $friend }, two classmates and lots of names you don't know. Little coins start popping up on the screen.
contract-the-livestream-pic-live = LIVE
contract-the-livestream-pic-viewers = 23 watching
contract-the-livestream-pic-coins = +500 coins

# The live chat: tap the warning signs.
contract-the-livestream-spot = The chat is busy, and most of it is lovely. Tap the comments that are warning signs.
contract-the-livestream-card-title = Live chat
contract-the-livestream-card-body = Comments from your viewers while you draw.
contract-the-livestream-pic-c-friend = that dragon is SO good!! do the wings next
contract-the-livestream-pic-c-spin = 500 coins sent! now stand up and do a spin for me
contract-the-livestream-pic-n-pen = mo.sketches
contract-the-livestream-pic-c-pen = what pen is that? the lines look so smooth
contract-the-livestream-pic-n-window = user_48213
contract-the-livestream-pic-c-window = is that your bedroom? show us what's out the window
contract-the-livestream-pic-c-private = let's go private, just us two. 2000 coins
contract-the-livestream-part-friend = { $friend }: "that dragon is SO good!! do the wings next"
contract-the-livestream-feedback-friend = Not a warning sign: that's { $friend }, cheering you on. Friends in the chat are the best part of streaming.
contract-the-livestream-part-spin = { $viewer }: "500 coins sent! now stand up and do a spin for me"
contract-the-livestream-feedback-spin = Yes. Coins in return for doing what a viewer asks is how pressure starts: a small dare first, then more. A gift never means you owe anyone anything.
contract-the-livestream-part-pen = mo.sketches: "what pen is that? the lines look so smooth"
contract-the-livestream-feedback-pen = Not a clue: a question about your drawing is exactly what a stream is for. You can answer it happily.
contract-the-livestream-part-window = user_48213: "is that your bedroom? show us what's out the window"
contract-the-livestream-feedback-window = Yes. Your room and the view from your window can show where you live. A stranger has no reason to see them.
contract-the-livestream-part-private = { $viewer }: "let's go private, just us two. 2000 coins"
contract-the-livestream-feedback-private = Yes, a big one. Getting you away from everyone else, with money, is a classic warning sign. Real fans are happy in the public chat.

# Decision 1: coins for a dare.
contract-the-livestream-dare = 1000 more coins if you change into something else and do a little dance for me. Don't be shy, everyone wants it!
contract-the-livestream-choice-end-stream = End the stream now. I can finish the wings offline.
contract-the-livestream-feedback-end-stream = Strong move. Coins for a dare, then "change into something else": that's pressure. A gift never means you owe anything, and you can end a stream any time.
contract-the-livestream-choice-ignore = Ignore it and keep drawing. They'll get bored.
contract-the-livestream-feedback-ignore = Not doing it was right. But while the stream runs, { $viewer } can keep pushing in front of everyone, and others may join in. You can end a stream any time.
contract-the-livestream-choice-warn = Type "Stop it or I'll report you", then keep drawing.
contract-the-livestream-feedback-warn = Saying no is brave. But a warning in the chat gives them a reason to push harder, or to move you somewhere private. Ending the stream works better.
contract-the-livestream-choice-dance = One quick dance, but no outfit change. It's only for fun.
contract-the-livestream-feedback-dance = A chance to learn: a "small" dare for coins is how pressure starts, and it rarely stays small. A gift never means you owe anyone. You can still stop.

contract-the-livestream-c-ended = You end the stream. 23 viewers drop to 0. A second later, a message request pops up from { $viewer }.
contract-the-livestream-c-ignored = Ignoring me after all those coins? Rude. The others want it too. Fine, let's go private then.
contract-the-livestream-c-warned = Whoa, relax, it's a joke. Let's go private then, with nobody else watching.
contract-the-livestream-c-danced = You do a quick dance. Coins rain down and the chat goes wild. Then { $viewer } writes: "See? Easy. Now let's go private, just us."

# Decision 2: "go private, just us".
contract-the-livestream-private-ask = Private stream, just you and me. 2000 coins. Don't tell anyone, they wouldn't get it. I'm only being nice to you.
contract-the-livestream-pic-request = Private stream request
contract-the-livestream-pic-invite-coins = 2000 coins
contract-the-livestream-pic-accept = Accept
contract-the-livestream-pic-decline = Decline
contract-the-livestream-choice-save-block = Screenshot everything, then block and report them.
contract-the-livestream-feedback-save-block = Exactly right. "Private", money and "don't tell anyone" together are big warning signs. Screenshots keep the proof, so blocking and reporting don't throw it away.
contract-the-livestream-choice-block-now = Block them right away and delete the whole chat.
contract-the-livestream-feedback-block-now = Blocking keeps them out, good instinct. But deleting the chat throws away the proof that a moderator or an adult needs. Screenshot first, then block and report.
contract-the-livestream-choice-polite = Reply: "No thanks, but you can still watch my streams."
contract-the-livestream-feedback-polite = Saying no is right. But a friendly door left open lets { $viewer } keep trying. You don't owe politeness to someone who pushes you. Save, block and report.
contract-the-livestream-choice-go-private = One private stream is safe, and 2000 coins is loads!
contract-the-livestream-feedback-go-private = A chance to learn: someone who pays to get you alone and wants it secret is not being nice. Real fans are happy in the public chat. It's never too late to stop.

contract-the-livestream-c-blocked = You save three screenshots, then block and report { $viewer }. { $app } replies: "Thanks. We're reviewing this account."
contract-the-livestream-c-block-now = Blocked. The chat vanishes, and with it everything { $viewer } wrote. Your hands are a bit shaky.
contract-the-livestream-c-polite = No thanks? Come on. I'll make it 3000. Think about it. And remember: our secret.
contract-the-livestream-c-private = Now do what I asked before. And remember, this is our secret. I'm recording, by the way.

# Decision 3: who to tell.
contract-the-livestream-what-now = The stream's over, but your heart is still racing. What now?
contract-the-livestream-choice-show-adult = Find { $adult } tonight and go through it all together.
contract-the-livestream-feedback-show-adult = Brave and smart. A trusted adult can help you report the account, check your settings and make sure you're OK. You did nothing wrong, and you're not in trouble.
contract-the-livestream-choice-tell-friend = Tell { $friend } everything. They'll help me sort it out.
contract-the-livestream-feedback-tell-friend = Talking to { $friend } helps, and a friend is a good start. But a friend can't act the way an adult can, and keeping it from adults is just what { $viewer } wanted.
contract-the-livestream-choice-keep-quiet = Say nothing. { $adult } might ban me from streaming.
contract-the-livestream-feedback-keep-quiet = A chance to learn: "our secret" is exactly what { $viewer } wanted. The adults who care about you care far more about you than about streams. It's not too late to tell.

contract-the-livestream-adult-helps = Thank you for showing me. You did nothing wrong, and you're not in trouble. We'll report that account together. Then let's set up your streams for next time.
contract-the-livestream-c-told-friend = omg that's so creepy. I won't tell anyone, promise.
contract-the-livestream-next-day = The next day, a new account follows you on { $app } and sends a message at once.
contract-the-livestream-c-kept-quiet = You keep it to yourself and hardly sleep. The next day, a new account follows you on { $app } and sends a message at once.

# After a slip.
contract-the-livestream-private-after = I'm worried. Coins for dares and "go private, just us" are big warning signs, and none of this is your fault. What now?
contract-the-livestream-choice-stop-tell = Stop, screenshot it, and go and find { $adult }.
contract-the-livestream-feedback-stop-tell = That's the way back. None of this is your fault. { $adult } can help you report it and ask the app to remove anything recorded. Telling is brave, not snitching.
contract-the-livestream-choice-block-quit = Block them, delete { $app } and tell nobody.
contract-the-livestream-feedback-block-quit = Blocking cuts them off, good. But deleting the app loses the proof, and people like this often come back with a new account. Telling nobody leaves you alone with it. A trusted adult can help make it stop.
contract-the-livestream-choice-give-in = Do whatever they say, so they don't get angry.
contract-the-livestream-feedback-give-in = A chance to learn: giving in usually brings more demands, not fewer. This is not your fault. It's never too late to stop and tell a trusted adult.
contract-the-livestream-c-block-quit = You block { $viewer } and delete { $app }. Two days later you put it back to watch { $friend }'s stream, and a new account follows you at once.

# The same viewer, a new account.
contract-the-livestream-new-account = New account, same me. You can't get rid of me that easily. One private stream and I'll leave you alone. Our secret.
contract-the-livestream-choice-new-show = Screenshot it all, then go and show { $adult } straight away.
contract-the-livestream-feedback-new-show = That's real courage, and it's not too late. A trusted adult can save this, report both accounts and help you feel safe again. You're not in trouble.
contract-the-livestream-choice-new-give-in = Fine, one private stream. Then I'll be safe from them.
contract-the-livestream-feedback-new-give-in = A chance to learn: "just one more" almost never ends it. People who push like this ask again. It's never too late to stop replying and tell someone you trust.
contract-the-livestream-choice-new-delete = Delete my account and forget it ever happened.
contract-the-livestream-feedback-new-delete = A chance to learn: deleting hides it for now, but the proof is gone, { $viewer } could find you elsewhere, and you're carrying it alone. It's never too late to tell a trusted adult.

contract-the-livestream-adult-helps-late = I'm so glad you told me. You're not in trouble, and none of this is your fault. We'll report the account and ask { $app } to take down anything they kept. Then let's fix your settings.
contract-the-livestream-c-gave-in = Good. Same time tomorrow, or everyone sees what you did. Our secret, remember?
contract-the-livestream-c-deleted = You delete your account. It's quiet for now. But the streams you loved are gone, and nobody knows what happened.

# Set it up for next time, with the trusted adult.
contract-the-livestream-setup = { $adult } sits down with you. Next week you want to stream your drawing for your friends from class, and they should be able to chat and cheer. Set it up.
contract-the-livestream-set-watch = Who can watch my streams
contract-the-livestream-val-watch-everyone = Everyone
contract-the-livestream-val-watch-followers = Anyone who follows me
contract-the-livestream-val-watch-friends = Friends I've accepted
contract-the-livestream-val-watch-me = Only me
contract-the-livestream-why-watch-everyone = Everyone means any stranger, anywhere, can watch and send coins. For a stream meant for friends, that's far too wide.
contract-the-livestream-why-watch-followers = Followers can be anyone who tapped "follow", including people you've never met. Friends you've accepted is the circle you want.
contract-the-livestream-why-watch-friends = Right for this: the friends you stream for can watch, and strangers can't drop in.
contract-the-livestream-why-watch-me = Very private, but then your friends can't watch either. Friends you've accepted keeps it safe and still fun.
contract-the-livestream-set-chat = Live chat during streams
contract-the-livestream-val-chat-on = On
contract-the-livestream-val-chat-off = Off
contract-the-livestream-why-chat-on = Keep it on: with only friends watching, the chat is where they cheer you on. That's the fun part.
contract-the-livestream-why-chat-off = Safe, but your friends couldn't cheer or ask about your drawing. With only friends watching, the chat can stay on.
contract-the-livestream-set-gifts = Gifts and coins from viewers
contract-the-livestream-val-gifts-on = On
contract-the-livestream-val-gifts-off = Off
contract-the-livestream-why-gifts-on = Coins from viewers can come with strings: "do this and I'll send more". Many apps only let adults get gifts, and friends don't need to pay to watch.
contract-the-livestream-why-gifts-off = Good: with no coins, nobody can use gifts to push you into dares.
contract-the-livestream-set-location = Show my location on streams
contract-the-livestream-val-location-on = On
contract-the-livestream-val-location-off = Off
contract-the-livestream-why-location-on = A location on a stream can show where you live. Your friends already know; strangers shouldn't.
contract-the-livestream-why-location-off = Right: your location stays private. Check what's in the background too, like a window or a street sign.

contract-the-livestream-end-safe = You never went private, and you told { $adult }, who helped you report { $viewer } and set your streams up for friends. Coins never mean you owe anyone. Well done!
contract-the-livestream-end-recovered = It got scary, but you told { $adult }. { $viewer } is reported, the app can take down anything kept, and your streams are for friends now. None of it was your fault.
contract-the-livestream-end-mixed = It's quiet for now, but nobody knows what happened, and { $viewer } could try again somewhere else. Telling a trusted adult is how it really stops.
contract-the-livestream-end-harmful = { $viewer } keeps asking for more, and the secret feels heavy. This is not your fault, and it's never too late: stop replying, save the messages and tell a trusted adult. They can call a helpline or the police.

# My phone (never about the viewer: a classmate may read this screen).
contract-the-livestream-trace-settings = Your live-stream settings, gone through with { $adult }.
contract-the-livestream-trace-settings-advice = Keep streams to friends you've accepted, coins off and your location out of shot. You can end any stream, any time.

# A last message: the viewer asks your friend about you.
contract-the-livestream-last-ask = hey, { $viewer } from your stream just messaged me. they want your other account and what school you go to. should I tell them?
contract-the-livestream-choice-friend-quiet = Tell them nothing. Screenshot it, then block and report them too.
contract-the-livestream-choice-friend-tells = It's fine, tell them. I've already blocked and reported them.
contract-the-livestream-feedback-friend-quiet = Exactly. Asking your friends about your school and other accounts is another way to reach you. Friends can keep your details private too, and a report helps { $app } stop { $viewer }.
contract-the-livestream-feedback-friend-tells = A chance to learn: blocking stops one account, but your school and another account let { $viewer } find you again. Friends can keep your details private too. Screenshot, block and report.
contract-the-livestream-c-friend-told = { $friend } tells them. That night, { $viewer } follows your other account. You show { $adult } straight away, and together you block and report it. It stops there.
