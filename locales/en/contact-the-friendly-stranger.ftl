# Contact / sexual, pitched for ages 9-12: warning signs only (The Friendly Stranger)

contact-the-friendly-stranger-title = The Friendly Stranger
contact-the-friendly-stranger-summary = Someone you don't know in a game chat is super nice and offers free gems. What's really going on?
contact-the-friendly-stranger-remember = Nobody should ask you for selfies or secrets. Don't warn them: stop replying, save the messages, then block, report and tell a trusted adult.

contact-the-friendly-stranger-npc-gamer = { $stranger }
contact-the-friendly-stranger-npc-newplayer = { $stranger }_2
contact-the-friendly-stranger-npc-adult = { $adult }
contact-the-friendly-stranger-adult-mum = Mum
contact-the-friendly-stranger-adult-dad = Dad
contact-the-friendly-stranger-adult-gran = Gran

# Variety: each play picks one option of every variable in `vary`.
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = Hillside School
contact-the-friendly-stranger-school-oakwood = Oakwood School
contact-the-friendly-stranger-school-riverside = Riverside School

contact-the-friendly-stranger-intro = You're building a castle in { $game }, your favourite game. Games are more fun with friends! I'll keep an eye on the chat with you.

contact-the-friendly-stranger-first-message = Wow, your castle is the best I've ever seen! You're so talented. I'm 12 too. Want 500 free gems? Just tell me your school so I can send them.
contact-the-friendly-stranger-pic-free-gems = 500 free gems
contact-the-friendly-stranger-choice-no-school = Ha, nice try! My school stays off the web.
contact-the-friendly-stranger-feedback-no-school = Great thinking! Your school tells people where to find you, so it stays offline. And free gems from a stranger are often a trick to win your trust.
contact-the-friendly-stranger-choice-ask-adult = Let me ask { $adult } first, then I'll tell you.
contact-the-friendly-stranger-feedback-ask-adult = Asking { $adult } is a good habit! But your school is never for strangers, so the answer here is simply no. And free gifts from someone you don't know are a warning sign.
contact-the-friendly-stranger-choice-tell-school = Cool! I go to { $school }. What about you?
contact-the-friendly-stranger-feedback-tell-school = A chance to learn: your school tells a stranger where you are every day. Keep it offline, even with people who seem really nice. Wanting to meet up is a warning sign too.

contact-the-friendly-stranger-shrug = OK, OK, no school. You're still my favourite builder! Here, have 50 gems anyway, just because.
contact-the-friendly-stranger-no-adult = Nooo, don't ask a grown-up! They ruin everything. Forget the school for now, OK?
contact-the-friendly-stranger-knows-school = { $school }? No way, that's near me! Maybe we can meet up one day. You're so much cooler than the other kids I talk to.

contact-the-friendly-stranger-pushy = Let's chat on ChatZip instead, it's more private. And don't tell your family about me, OK? They wouldn't understand our friendship.
contact-the-friendly-stranger-pic-chatzip = Let's chat on ChatZip!
contact-the-friendly-stranger-pic-add-friend = Add friend
contact-the-friendly-stranger-choice-save-go = Screenshot this, stop replying, and go and get { $adult }.
contact-the-friendly-stranger-feedback-save-go = Spot on! A private app and secrets from your family are big warning signs. You kept the proof and left without a word, so { $adult } can block and report.
contact-the-friendly-stranger-choice-announce = Stop it! I'm telling { $adult } about you right now!
contact-the-friendly-stranger-feedback-announce = Standing up for yourself is brave! But warning { $stranger } gives them time to delete everything. Better: stop replying, save the messages, block, report and tell { $adult }.
contact-the-friendly-stranger-choice-add-app = Sure, I'll add you. ChatZip sounds more private anyway.
contact-the-friendly-stranger-feedback-add-app = A chance to learn: a safe friend never asks you to hide them from your family. In a private app, nobody can see if something goes wrong.
contact-the-friendly-stranger-choice-log-off = Log off, I'm safe now. No need to worry { $adult } about it.
contact-the-friendly-stranger-feedback-log-off = Leaving the chat was a good start! But { $stranger } knows your school and can come back. { $adult } would want to know: save the messages, then block, report and tell, so it stops.

contact-the-friendly-stranger-adult-helps = Thank you for showing me. You did nothing wrong. This screenshot is just what we need. Let's block and report { $stranger } together.
contact-the-friendly-stranger-pic-blocked-reported = Blocked and reported
contact-the-friendly-stranger-pic-thanks-look = Thanks! We'll look into it.
contact-the-friendly-stranger-deleted = { $stranger } writes: "Whoa, it was a JOKE. Don't be a baby." Then all their messages vanish. One new message pops up: "Tell anyone and you'll be in big trouble."
contact-the-friendly-stranger-asks-photo = Yay, best friends! Now send me a selfie, so I know you're real. Remember, it's our secret.
contact-the-friendly-stranger-adult-helps-school = Thank you for showing me. You're not in trouble, not even about the school. Let's block and report { $stranger } together. I'll let your teachers know too, so they can help keep you safe.
contact-the-friendly-stranger-waiting-school = The next day, { $stranger } is waiting in the game chat: "Where did you go? I know your school, we're almost neighbours! Send me a selfie so I know you're real."

contact-the-friendly-stranger-after-delete = The old messages are gone, but that new one is a threat. It's not your fault, and you're not in trouble. What will you do?
contact-the-friendly-stranger-choice-save-new = Screenshot that new message and show { $adult } now.
contact-the-friendly-stranger-feedback-save-new = Brilliant! Even with the old messages gone, that threat is proof. { $adult } can block and report { $stranger }, and you never have to reply again.
contact-the-friendly-stranger-choice-block-quiet = Block them. It's over, no need to upset { $adult }.
contact-the-friendly-stranger-feedback-block-quiet = Blocking was a good step! But { $stranger } can make a new account, and other kids could be next. { $adult } would rather know: save the message and tell, so it gets reported.
contact-the-friendly-stranger-choice-say-sorry = Say sorry, and promise I won't tell anyone.
contact-the-friendly-stranger-feedback-say-sorry = A chance to learn: you did nothing wrong, so there's nothing to be sorry for. A threat like that is a trick to keep you quiet. A trusted adult can help.

contact-the-friendly-stranger-adult-helps-deleted = Thank you for telling me. You're not in trouble. This screenshot is enough: let's block and report { $stranger } together.
contact-the-friendly-stranger-blocked-quiet = You block { $stranger } and say nothing. Two days later, a new player messages you.
contact-the-friendly-stranger-sorry-sent = Good. Now prove I can trust you: send me a selfie. It stays between us.

contact-the-friendly-stranger-new-account = Hey, it's me! Why did you block me? I thought we were best friends. Don't tell anyone, OK?
contact-the-friendly-stranger-pic-joined-today = Joined today
contact-the-friendly-stranger-pic-friends-0 = Friends: 0
contact-the-friendly-stranger-choice-show-adult = It's them again. Screenshot it and go and get { $adult }.
contact-the-friendly-stranger-feedback-show-adult = Sharp eyes! A new name with the same words is the same person. Your screenshot helps { $adult } block and report both accounts.
contact-the-friendly-stranger-choice-add-back = Add them back, they sound sad. I'll tell { $adult } if it's weird.
contact-the-friendly-stranger-feedback-add-back = A chance to learn: feeling sorry for someone is kind, but here guilt is a trick. A new account after a block, asking for secrets, is already weird enough to tell.
contact-the-friendly-stranger-adult-helps-new = Thank you for showing me. You did nothing wrong. New name, same person: let's block and report both accounts together.
contact-the-friendly-stranger-choice-busy-reply = Sorry, I was just busy! We're still friends, OK?
contact-the-friendly-stranger-feedback-busy-reply = A chance to learn: being polite is kind, but you don't owe { $stranger } an answer. A new account after a block is a warning sign. Save it and tell a trusted adult.
contact-the-friendly-stranger-friends-again = Yay, best friends again! So, how about that selfie now? Just between us.
contact-the-friendly-stranger-new-friend = Yay, I knew you'd come back! Now send me a selfie, so I know it's really you. Our secret, OK?

contact-the-friendly-stranger-photo = Come on, where's my selfie? It's just between us, OK?
contact-the-friendly-stranger-choice-stop-save = Say nothing more. Screenshot it and go and find { $adult }.
contact-the-friendly-stranger-feedback-stop-save = So brave! You always have the right to say no. Asking for selfies and secrets is a big warning sign. Your screenshot helps { $adult } block and report.
contact-the-friendly-stranger-choice-polite-no = No selfie, sorry! { $adult } checks my photos. Let's keep playing.
contact-the-friendly-stranger-feedback-polite-no = Saying no was right! But someone who asks for selfies and secrets isn't a safe friend, and they'll keep asking. Stop replying, save the chat and get help.
contact-the-friendly-stranger-choice-send-selfie = OK, just one. It's only my face, it stays private.
contact-the-friendly-stranger-feedback-send-selfie = A chance to learn: once a photo is sent, you can't control where it goes. Asking for selfies and secrets is a warning sign, whoever asks.

contact-the-friendly-stranger-adult-helps-late = I'm so glad you told me. You're not in trouble, you did the right thing. Let's keep those screenshots, then block and report { $stranger } together.
contact-the-friendly-stranger-keeps-asking = Come on, just one! Don't you trust me? And don't tell anyone at home, or you'll be in big trouble and lose your game.
contact-the-friendly-stranger-selfie-sent = Cute! Now send another one. And don't tell anyone at home, or you'll be in big trouble and lose your game.

contact-the-friendly-stranger-last-chance = I'm worried. Scaring you about trouble is a trick to keep you quiet. You are NOT in trouble, and this is not your fault. What will you do?
contact-the-friendly-stranger-choice-show-all = Save the chat and show { $adult } everything, right now.
contact-the-friendly-stranger-feedback-show-all = That's real courage! People who ask kids for secrets count on silence. { $adult } will listen and help, and you are not in trouble.
contact-the-friendly-stranger-choice-keep-secret = Keep it secret. If I tell { $adult }, I'll lose my game.
contact-the-friendly-stranger-feedback-keep-secret = A chance to learn: feeling scared is normal, but "you'll lose your game" is a threat to keep you quiet. Secrets like this only help the other person. It's never too late to tell.
contact-the-friendly-stranger-choice-delete-all = Delete the whole chat, so nobody ever sees it.
contact-the-friendly-stranger-feedback-delete-all = A chance to learn: deleting the chat doesn't stop { $stranger }, it only removes the proof. Keep the messages and tell a trusted adult. It's never too late.
contact-the-friendly-stranger-chat-deleted = The chat is gone, but { $stranger } isn't. The next day, a new message pops up: "Where's my next selfie? Remember, our secret."
contact-the-friendly-stranger-secret-kept = You say nothing. But { $stranger } keeps messaging and asking for more, and the secret feels heavier every day.

contact-the-friendly-stranger-end-safe = You spotted { $stranger }'s tricks, kept the proof and told { $adult }. { $stranger } is blocked and reported, and you never shared your school or a photo. Brilliant!
contact-the-friendly-stranger-end-recovered = It went further than it should have, but then you stopped replying, saved the messages and told { $adult }. { $stranger } is blocked and reported. Putting it right took courage!
contact-the-friendly-stranger-end-harmful = { $stranger } keeps asking for selfies and secrets, and it feels heavier every day. It's not your fault, and it's never too late: tell a trusted adult. They will help, and you won't be in trouble.

# The world remembers: location left on in the drawing app put the child's dot on its map.
contact-the-friendly-stranger-saw-map = Hey, I know you! I saw your drawings on that art app's map, "Artists near you". Your dot is right by the park. That's near me!
contact-the-friendly-stranger-choice-map-adult = Say nothing. Show { $adult }, and switch the map location off.
contact-the-friendly-stranger-feedback-map-adult = Spot on! A stranger who knows where you live is a big warning sign. You didn't answer, and { $adult } can switch location off so your dot is gone.
contact-the-friendly-stranger-choice-map-ignore = Ignore it. My drawings are private anyway, it's fine.
contact-the-friendly-stranger-feedback-map-ignore = Not answering was smart! But your dot is still on the map for anyone to see. Show { $adult }: together you can switch location off.
contact-the-friendly-stranger-choice-map-yes = Yes, by the park! { $adult } takes me there on Saturdays.
contact-the-friendly-stranger-feedback-map-yes = A chance to learn: a stranger doesn't need to know where you live, or when you'll be at the park, even if they say they live nearby. Location can still be switched off, with { $adult }'s help.
contact-the-friendly-stranger-map-off = Thank you for showing me. You did nothing wrong. There: location is off in the art app, and your dot is gone. If this player asks you for anything, come straight to me.
contact-the-friendly-stranger-map-ignored = You don't answer. But your dot is still on the map, and { $stranger } keeps typing.
contact-the-friendly-stranger-map-neighbours = Saturdays? Me too! Maybe I'll see you there. I knew we'd be best friends.

# My phone: what stays on the phone after this level.
contact-the-friendly-stranger-trace-reported = { $stranger }: blocked and reported, with { $adult }'s help.
contact-the-friendly-stranger-trace-reported-advice = Well done! If a new account writes the same kind of things, it may be the same person. Screenshot it, then block, report and tell an adult again.
contact-the-friendly-stranger-trace-school = Your school's name, told to { $stranger }.
contact-the-friendly-stranger-trace-school-advice = A stranger doesn't need it. If they bring it up, stop replying, save the chat and show a trusted adult, who can help block and report.
