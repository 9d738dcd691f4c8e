# Conduct / aggressive: The Group Chat (ages 9-12)

conduct-the-group-chat-title = The Group Chat
conduct-the-group-chat-summary = Your class chat starts laughing at an edited photo of a classmate. What does an upstander do?
conduct-the-group-chat-remember = Don't forward mean posts, and check on the person being hurt. Screenshot first, then block and report, and tell a trusted adult.

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# Variety: each play picks one option of every variable in `vary`.
conduct-the-group-chat-name-leo = Leo
conduct-the-group-chat-name-jake = Jake
conduct-the-group-chat-name-finn = Finn
conduct-the-group-chat-teacher-amani = Ms Amani
conduct-the-group-chat-teacher-park = Mr Park
conduct-the-group-chat-teacher-lopez = Ms Lopez

conduct-the-group-chat-intro = Your class has a group chat for homework and jokes. Tonight it's extra busy. Let's take a look together!
conduct-the-group-chat-photo-posted = { $sender } posts a photo of your classmate { $classmate }, edited to look like a giant crying baby. It says "{ $classmate } the baby LOL". Laughing faces pour in.
conduct-the-group-chat-pic-group = Class chat
conduct-the-group-chat-pic-caption = { $classmate } the baby LOL

conduct-the-group-chat-leo-asks = Haha! Add a funny caption and send it to the other class too!
conduct-the-group-chat-choice-forward = OK, one caption. Everyone's seen it already anyway.
conduct-the-group-chat-feedback-forward = A chance to learn: when everyone laughs, it feels like a joke. But every share makes the hurt bigger for { $classmate }. How would it feel if it were you?
conduct-the-group-chat-choice-message-sam = I'm not sending it. I'll message { $classmate } instead.
conduct-the-group-chat-feedback-message-sam = That's being an upstander! The photo stops with you, and a private message shows { $classmate } they're not alone, without giving the chat a show.
conduct-the-group-chat-choice-stop-public = Everyone stop! That's so mean, { $sender }. Delete it!
conduct-the-group-chat-feedback-stop-public = You're right, it's mean, and speaking up took courage! But arguing in front of the whole chat gives it a bigger show. A private message to { $classmate }, then an adult, can do more.

conduct-the-group-chat-forwarded = Your caption gets lots of laughs. By morning the photo has reached the whole year. { $classmate } sits alone at lunch, and you feel a heavy knot in your stomach.
conduct-the-group-chat-messaged = You don't forward it. Instead you message { $classmate } on their own: "Saw the chat. Are you OK?" A minute later, a reply pops up.
conduct-the-group-chat-pic-are-you-ok = Saw the chat. Are you OK?
conduct-the-group-chat-called-out = { $sender } replies: "Chill, it's a JOKE." More kids pile in to tease you both, and someone starts a poll: "Is { $classmate } a baby?" Then { $sender } messages you: "Vote, or you're next."

conduct-the-group-chat-sam-asks = I'm not OK. I'm going to block everyone and leave the chat right now. Please don't tell a teacher, it'll only make it worse.
conduct-the-group-chat-choice-block-all = OK, block them all now. I won't tell anyone, promise.
conduct-the-group-chat-feedback-block-all = Being there for { $classmate } matters! But blocking first hides the proof, and a secret leaves them alone with it. Screenshot first, then block, then get an adult.
conduct-the-group-chat-choice-ignore-it = Just ignore them. It'll all be old news by Monday.
conduct-the-group-chat-feedback-ignore-it = A chance to learn: ignoring it sounds like good advice, but { $classmate } is hurting right now. Listening, and getting help, works better than waiting.
conduct-the-group-chat-choice-screenshot-show = Screenshot it first. Then we show { $teacher } together.
conduct-the-group-chat-feedback-screenshot-show = Kind and smart! Screenshots keep the proof before anything is blocked or deleted. It's normal for { $classmate } to worry, but adults can stop this in ways kids can't.

conduct-the-group-chat-sam-blocked = { $classmate } blocks everyone and leaves. Nobody saved the photo or the messages. Next day a poll appears: "Is { $classmate } a baby?" Then { $sender } messages you: "Vote, or you're next."
conduct-the-group-chat-sam-quiet = { $classmate } stops replying. By Monday the photo has reached the whole year, and { $classmate } sits alone at lunch. You feel a heavy knot in your stomach.
conduct-the-group-chat-shown-together = Thank you both for coming to me. These screenshots show me exactly what happened. Telling me isn't snitching. I'll handle it calmly and make sure the photo is deleted.

conduct-the-group-chat-chat-meaner = The chat is getting meaner, and now { $sender } is messaging you too. What will you do?
conduct-the-group-chat-pic-poll = Is { $classmate } a baby?
conduct-the-group-chat-pic-vote-or-next = Vote, or you're next.
conduct-the-group-chat-choice-screenshot-first = Screenshot it all first, then block and report.
conduct-the-group-chat-feedback-screenshot-first = Smart order! After you block someone, their messages can vanish from view. Screenshots keep the proof for an adult or the app. Then blocking and reporting stops it reaching you.
conduct-the-group-chat-choice-block-now = Block { $sender } right now. I don't want to see it.
conduct-the-group-chat-feedback-block-now = Protecting yourself is right! But take screenshots first: once you block, the proof may be gone, and an adult or the app needs to see what was said.
conduct-the-group-chat-choice-vote = Vote in the poll, so { $sender } leaves me alone.
conduct-the-group-chat-feedback-vote = A chance to learn: going along can feel like the way to stay out of trouble. But every vote makes it bigger for { $classmate }, and bullies rarely stop at one.

conduct-the-group-chat-saved-reported = Your screenshots show the poll and { $sender }'s messages. You block { $sender } and report the poll, and the app takes it down. But the photo is still on lots of phones.
conduct-the-group-chat-pic-poll-removed = Thanks! The poll has been removed.
conduct-the-group-chat-pic-screenshots-saved = Screenshots saved
conduct-the-group-chat-pic-blocked = { $sender } is blocked
conduct-the-group-chat-blocked-fast = It goes quiet on your phone. But { $sender }'s messages are out of sight now, the poll is still up for everyone else, and you have nothing saved to show anyone.
conduct-the-group-chat-voted = { $sender } stops messaging you. But the poll gets 30 votes, and at school { $classmate } sits alone at lunch. You feel a heavy knot in your stomach.

conduct-the-group-chat-who-to-tell = Your phone is quieter now. But { $classmate } still has to face the class tomorrow. What next?
conduct-the-group-chat-choice-tell-friend = I'll tell my best friend. Teachers just make it worse.
conduct-the-group-chat-feedback-tell-friend = A chance to learn: a friend can listen, but can't stop it. A trusted adult can, and knows how to help without making it worse. That isn't snitching.
conduct-the-group-chat-choice-go-teacher = I'll go to { $teacher } before class and explain it all.
conduct-the-group-chat-feedback-go-teacher = That's it! { $teacher } can talk to the class and the families and get the photo deleted. Telling a trusted adult is never snitching. It's how bullying stops.
conduct-the-group-chat-choice-no-fuss = It's quiet now. Better not to make a big fuss.
conduct-the-group-chat-feedback-no-fuss = A chance to learn: a quiet evening doesn't mean it's over. The photo is still out there, and { $classmate } is still facing it alone. An adult can stop it for good.

conduct-the-group-chat-told-friend = Your friend says, "That's awful!" But neither of you knows how to stop it, and in the morning { $classmate } walks into class alone.
conduct-the-group-chat-teacher-acts = Thank you for telling me. That was kind and brave, and it's not snitching. I'll talk to the class and the families, and make sure that photo is deleted.
conduct-the-group-chat-quiet-evening = The evening stays quiet. But the photo is still on lots of phones, and all the next day { $classmate } keeps their head down.

conduct-the-group-chat-fix-it = It went further than anyone meant. But it's not too late to help { $classmate }. What will you do?
conduct-the-group-chat-choice-delete-nobody = Keep quiet and tell nobody. Lots of kids joined in.
conduct-the-group-chat-feedback-delete-nobody = A chance to learn: when everyone joins in, it feels like nobody is to blame. But { $classmate } is still hurting, and one person can start to fix it.
conduct-the-group-chat-choice-sorry-only = Just say sorry to { $classmate } and hope it all dies down.
conduct-the-group-chat-feedback-sorry-only = Saying sorry is brave, and it matters to { $classmate }! But the photo is still spreading, and only an adult can help stop it for everyone.
conduct-the-group-chat-choice-own-up = Own up to { $teacher }, even about my part in it.
conduct-the-group-chat-feedback-own-up = That's how to make it right! Owning up is brave, and { $teacher } can help { $classmate } and get the photo deleted. Fixing a mistake is what counts.

conduct-the-group-chat-kept-quiet = You keep quiet, and the photo keeps going round. Someone turns it into a sticker, and { $classmate } stops coming to lunch.
conduct-the-group-chat-sam-thanks = Thanks for saying sorry. It means a lot. But the photo is still everywhere, and now someone's made it into a sticker.
conduct-the-group-chat-teacher-late = Thank you for being honest. That takes courage, and you're not in trouble for telling me. Let's get the photo deleted and help { $classmate } feel safe again.

conduct-the-group-chat-last-chance = Your sorry helped { $classmate }. But the sticker is still going round. What now?
conduct-the-group-chat-choice-show-where = Show { $teacher } where the sticker keeps popping up.
conduct-the-group-chat-feedback-show-where = Great thinking! Showing where it keeps popping up helps { $teacher } act fast. Going to a trusted adult isn't snitching: it's putting things right.
conduct-the-group-chat-choice-warn-sender = Tell { $sender } to delete it, or I'm reporting it.
conduct-the-group-chat-feedback-warn-sender = A chance to learn: warning a bully that you'll report them gives them time to delete the proof. Quietly keep screenshots and go to a trusted adult.
conduct-the-group-chat-choice-up-to-others = I said sorry. The rest is up to the others.
conduct-the-group-chat-feedback-up-to-others = A chance to learn: your sorry was a great start. But the sticker still hurts { $classmate } each time it's shared, and an adult can stop it for everyone.

conduct-the-group-chat-teacher-last = Thank you for showing me. You're putting it right, and that takes courage. I'll get the photo and the sticker deleted today, and check on { $classmate }.
conduct-the-group-chat-sender-deletes = { $sender } quickly deletes the first posts, so there's nothing left to report. Then the sticker pops up in another chat.
conduct-the-group-chat-sticker-spreads = The sticker keeps popping up in other chats. Each time, { $classmate } sees it, and nobody who could stop it knows.

conduct-the-group-chat-end-safe = You were an upstander! { $teacher } knows what happened, { $classmate } has support, and the photo is being deleted. The class chat can be kind again.
conduct-the-group-chat-end-mixed = You didn't join in, and for now your phone is quiet. But no trusted adult knows what's happening to { $classmate }, the photo is still around, and it could start again.
conduct-the-group-chat-end-recovered = You got caught up in it, then you put it right by going to { $teacher }. The photo is coming down, and { $classmate } isn't facing it alone any more. That's real courage!
conduct-the-group-chat-end-harmful = The photo keeps spreading, and { $classmate } feels alone. You didn't start this, and a slip doesn't make you a bad person. It's never too late to tell a trusted adult, who will help.

# My phone: what stays on the phone after this level.
conduct-the-group-chat-trace-joined-in = Your caption or vote on the edited photo of { $classmate }, seen by the class.
conduct-the-group-chat-trace-joined-in-advice = It's never too late to put it right. Say sorry to { $classmate }, and tell a teacher, who can get the photo deleted.
