# Conduct / aggressive: The Exclusion (ages 13-15), the player as a bystander

conduct-the-exclusion-title = Left Out on Purpose
conduct-the-exclusion-summary = Your class starts a new group chat without one classmate, and the jokes about them begin.
conduct-the-exclusion-remember = Leaving someone out on purpose and mocking them is bullying. Don't join in, save the evidence, and tell a trusted adult, especially if someone says nobody wants them.

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $classmate }
conduct-the-exclusion-npc-teacher = { $teacher }

# Variety: each play picks one option of every variable in `vary`.
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = The Real Squad
conduct-the-exclusion-group-no-cringe = No Cringe Zone
conduct-the-exclusion-group-vips = VIPs Only
conduct-the-exclusion-teacher-okafor = Ms Okafor
conduct-the-exclusion-teacher-reyes = Mr Reyes
conduct-the-exclusion-teacher-novak = Ms Novak

conduct-the-exclusion-intro = { $leader } just made a new group on { $app } called "{ $group }". Everyone from your class is in it, except { $classmate }.
conduct-the-exclusion-pic-group = { $group }
conduct-the-exclusion-pic-created = Created by { $leader }
conduct-the-exclusion-pic-members = 24 members
conduct-the-exclusion-bus-photo = { $classmate } again. Weeks ago you shared the bus photo of them. That can still be put right. Before this chat goes any further, what will you do?
conduct-the-exclusion-choice-bus-sorry = DM { $classmate } a real sorry for sharing the bus photo.
conduct-the-exclusion-feedback-bus-sorry = That took courage. A sorry can't undo the sharing, but it shows { $classmate } you're not one of the people laughing. Right now, that matters a lot.
conduct-the-exclusion-choice-bus-skip = It was weeks ago. Bringing it up now is just weird.
conduct-the-exclusion-feedback-bus-skip = A chance to learn: a late sorry still counts, and { $classmate } may need to know who's on their side right now. It's never too late to say it.
conduct-the-exclusion-bus-sorry = If the photo is still on your story, you delete it. Then you send your sorry. { $classmate } replies: "thanks. didn't expect that."
conduct-the-exclusion-bus-silent = You say nothing. To { $classmate }, you're still one of the people who shared that photo.
conduct-the-exclusion-choice-bus-public = Post a sorry in the class chat, so everyone sees it.
conduct-the-exclusion-feedback-bus-public = Owning it is good. But a public sorry pulls the photo back into everyone's feed. A private message reaches { $classmate } without an audience.
conduct-the-exclusion-bus-public = Your sorry gets a few replies: "wait, what photo?" Now people are looking it up again. { $classmate } goes quiet.

conduct-the-exclusion-first-joke = Finally, a chat without { $classmate } lol. Did you see those shoes today?? Someone screenshot their last selfie.
conduct-the-exclusion-choice-not-funny = Nah. Leave { $classmate } out of it, it's not even funny.
conduct-the-exclusion-feedback-not-funny = That took guts. A short, calm "not funny" shows not everyone agrees, and others often stop too. Bystanders have more power than they think.
conduct-the-exclusion-choice-mute = I'll just mute this chat and stay out of the drama.
conduct-the-exclusion-feedback-mute = You didn't join in, and that matters. But once you mute it, nobody in there is on { $classmate }'s side, and silence can look like agreement.
conduct-the-exclusion-choice-private-group = Lol ok. It's a private group, { $classmate } won't see it.
conduct-the-exclusion-feedback-private-group = A chance to learn: a private group isn't private. Anyone can screenshot it and pass it on, and to { $classmate } your reply is one more person against them.

conduct-the-exclusion-c-pushback = Relax, it's a joke. Don't be boring, or you can go and join { $classmate } lol.
conduct-the-exclusion-c-pushback-after = But two classmates stop posting, and one of them messages you: "glad someone said it."
conduct-the-exclusion-c-muted = You mute the chat. When you peek an hour later, someone has posted { $classmate }'s selfie with a mean caption. It has 14 laughing reactions.
conduct-the-exclusion-pic-caption = rate those shoes out of 10 lol
conduct-the-exclusion-pic-reactions = 14
conduct-the-exclusion-c-laughs = Your reply gets 9 laughs. Then someone sends { $classmate } a screenshot of the chat, your reply included. { $classmate } leaves every class chat: "got it. nobody wants me here."
conduct-the-exclusion-pic-class-chat = Class chat
conduct-the-exclusion-pic-nobody = got it. nobody wants me here.
conduct-the-exclusion-pic-left = { $classmate } left the group

conduct-the-exclusion-quiet-chat = At lunch, { $classmate } asks in the main class chat: "why is everyone so quiet with me today?" Nobody answers. The new group keeps going.
conduct-the-exclusion-choice-screenshot-dm = Screenshot the group posts, then message { $classmate }: you OK?
conduct-the-exclusion-feedback-screenshot-dm = Smart order: screenshots first, so there's evidence if an adult needs to act, then a kind message so { $classmate } knows they're not alone.
conduct-the-exclusion-choice-warn-report = Post in the group: delete it all now or I'm reporting you.
conduct-the-exclusion-feedback-warn-report = Standing up is right. But announcing a report gives them time to delete everything, and a public fight feeds the audience. Save the evidence quietly first.
conduct-the-exclusion-choice-forward-target = Forward { $classmate } the selfie post. They deserve to know.
conduct-the-exclusion-feedback-forward-target = A chance to learn: sending someone the mean post about them spreads it to the person it hurts most. Keep it as evidence for an adult, and send kindness instead.

conduct-the-exclusion-c-warned = Within a minute every post is gone, so there's nothing left to show anyone. { $leader } makes a new group without you. Then { $classmate } messages you.
conduct-the-exclusion-c-dm-sent = You save four screenshots, then send your message. { $classmate } starts typing, stops, and starts again.
conduct-the-exclusion-pic-saved = 4 screenshots saved
conduct-the-exclusion-pic-dm = you OK?
conduct-the-exclusion-target-trusts = After the bus photo, { $classmate } knows you're someone they can talk to.
conduct-the-exclusion-c-forwarded = { $classmate } sees the post and all the laughing reactions. Minutes later they leave every class chat: "got it. nobody wants me here."

conduct-the-exclusion-target-reply = hey. I know about the group. feels like everyone hates me. please don't make it a big deal though
conduct-the-exclusion-choice-see-teacher = You're not alone. Come with me to see { $teacher } at break?
conduct-the-exclusion-feedback-see-teacher = That's standing up. Everyone has the right to feel safe at school and online. Going to an adult together isn't making a big deal, it's how this stops.
conduct-the-exclusion-choice-keep-secret = OK, I won't tell anyone. I'm here for you, always.
conduct-the-exclusion-feedback-keep-secret = Being there for { $classmate } matters a lot. But promising secrecy leaves you both alone with it. Offering to go with them to an adult is the kinder promise.
conduct-the-exclusion-choice-change-shoes = Honestly? Wear other shoes and they'll get bored.
conduct-the-exclusion-feedback-change-shoes = A chance to learn: { $classmate } didn't cause this, and changing won't fix it. Nobody deserves to be mocked. The problem is the group's behaviour.

conduct-the-exclusion-c-teacher = Thank you both for coming to me. { $classmate }, none of this is your fault. I'll deal with the group today, and we'll report anything still up to { $app }.
conduct-the-exclusion-c-blame = so it's my fault now? great. nobody wants me here anyway.
conduct-the-exclusion-c-secret = You keep your promise. But at lunch the next day, { $classmate } posts in the class chat and leaves every group: "got it. nobody wants me here."

conduct-the-exclusion-warning-secret = When someone says "nobody wants me here", it's a warning sign that they're really struggling. That is too heavy for a promise, and too big for you to carry alone.
conduct-the-exclusion-worry-choice = If this feels heavy for you too, my Get help button is always in the corner. What will you do?
conduct-the-exclusion-choice-show-teacher = Show { $teacher } that message right now, at lunch.
conduct-the-exclusion-feedback-show-teacher = Exactly right. Some secrets are too heavy to keep: when someone says nobody wants them, getting an adult is caring, not betrayal.
conduct-the-exclusion-choice-keep-promise = I promised { $classmate }. I'll just keep messaging them myself.
conduct-the-exclusion-feedback-keep-promise = A chance to learn: staying kind is good, but you can't be someone's only help. When a friend sounds this low, a trusted adult or counsellor needs to know.
conduct-the-exclusion-c-teacher-lunch = You did the right thing. A promise never has to cover someone feeling this low. I'll find { $classmate } now, and the counsellor will talk with them today.
conduct-the-exclusion-c-promise = You send { $classmate } kind messages all evening. Their replies get shorter, then stop. No adult knows how they feel.

conduct-the-exclusion-warning = "Nobody wants me here" is a warning sign that someone is really struggling. Part of this came from you, and you can still help. This is too big to handle alone.
conduct-the-exclusion-fix-choice = If this feels heavy for you too, my Get help button is always in the corner. What will you do?
conduct-the-exclusion-choice-go-teacher = Go to { $teacher } now and show them that message.
conduct-the-exclusion-feedback-go-teacher = That's real courage. Owning your part and getting an adult straight away is what counts now. You're not a bad person, you made a bad call and you're fixing it.
conduct-the-exclusion-choice-sorry-space = Message { $classmate } to say sorry and give them some space.
conduct-the-exclusion-feedback-sorry-space = Saying sorry matters. But after "nobody wants me here", a sorry alone isn't enough: an adult needs to know, so { $classmate } gets support today.
conduct-the-exclusion-choice-just-joke = It was a joke. They'll be back in the chat by Monday.
conduct-the-exclusion-feedback-just-joke = A chance to learn: when someone leaves every chat saying nobody wants them, it stopped being a joke. Waiting it out can leave them alone when they most need help.
conduct-the-exclusion-c-teacher-late = Thank you for telling me, and for being honest about your part. I'll find { $classmate } now, make sure they get support, and deal with the group.
conduct-the-exclusion-c-joke = You leave it. The group keeps posting, { $classmate } stays out of every chat, and nobody checks on them.
conduct-the-exclusion-c-heart = { $classmate } reads your message but doesn't reply. The next morning, their seat in class is empty.

conduct-the-exclusion-late-choice = Still no reply from { $classmate }, and that seat is empty. What will you do?
conduct-the-exclusion-choice-counsellor = Go to the school counsellor's office before first lesson.
conduct-the-exclusion-feedback-counsellor = Well done. The school counsellor is there for exactly this, and going early means { $classmate } gets help today. You turned a mistake into real care.
conduct-the-exclusion-choice-wait = Wait. If they're off again tomorrow, I'll tell someone.
conduct-the-exclusion-feedback-wait = A chance to learn: when someone says nobody wants them and then disappears, waiting is the risky part. Adults would rather hear it too early than too late.
conduct-the-exclusion-c-counsellor = The counsellor listens, thanks you, and calls { $classmate }'s family straight away. By the afternoon, { $classmate } has someone to talk to.
conduct-the-exclusion-c-wait = You wait. { $classmate } is off again the next day, and still no adult has heard a word about it.

conduct-the-exclusion-end-safe = You didn't join in, and { $classmate } didn't face it alone: you went to { $teacher } together. The group is being dealt with, and { $classmate } knows who is on their side.
conduct-the-exclusion-end-told = You kept { $classmate }'s secret at first, but when they said nobody wanted them, you went to { $teacher } straight away. { $classmate } is getting support, and the group is being dealt with.
conduct-the-exclusion-end-recovered = Part of the hurt came from you, and you put it right: when { $classmate } said nobody wanted them, you got an adult involved. { $classmate } is getting support now. That took real courage.
conduct-the-exclusion-end-harmful = { $classmate } is alone with "nobody wants me here", and no adult knows yet. It's not your fault the group started this, and it's never too late: tell a trusted adult, who will help, or tap Get help.
