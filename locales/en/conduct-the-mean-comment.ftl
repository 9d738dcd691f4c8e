# Conduct / aggressive: The Mean Comment (ages 9-12)

conduct-the-mean-comment-title = The Mean Comment
conduct-the-mean-comment-summary = You're angry with a friend, and a mean comment is just one tap away.
conduct-the-mean-comment-remember = When you're angry, pause before you post. If a pile-on starts, screenshot it first, then block and report, and tell a trusted adult.

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-video-dance = my new dance
conduct-the-mean-comment-video-skate = my first skateboard trick
conduct-the-mean-comment-video-slime = my glitter slime recipe
conduct-the-mean-comment-adult-teacher = Ms Okafor
conduct-the-mean-comment-adult-mum = Mum
conduct-the-mean-comment-adult-dad = Dad

conduct-the-mean-comment-npc-friend = { $friend }
conduct-the-mean-comment-npc-adult = { $adult }

conduct-the-mean-comment-intro = Hi, it's me, Sango! Today at lunch, { $friend } sat with other kids and didn't save you a seat. Ouch. Now { $friend } has posted a new video on { $app }.

conduct-the-mean-comment-spot-comments = Lots of kids are commenting. Tap the comments that are unkind. Careful: honest isn't the same as mean!
conduct-the-mean-comment-card-title = { $friend }'s new video
conduct-the-mean-comment-card-body = Check out { $video }!
conduct-the-mean-comment-part-tip = Cool! Maybe film it somewhere brighter next time?
conduct-the-mean-comment-feedback-tip = Not unkind! This is honest but kind: a nice word first, then a helpful tip. Honest comments can still be friendly.
conduct-the-mean-comment-part-cringe = so cringe lol. just delete your account
conduct-the-mean-comment-feedback-cringe = Unkind, well spotted! Telling someone to delete their account isn't honest advice. It's only meant to hurt.
conduct-the-mean-comment-part-pile = Everyone go comment how bad this is!!!
conduct-the-mean-comment-feedback-pile = Unkind, well spotted! This calls for a pile-on: lots of people ganging up on one person. That's bullying, even online.
conduct-the-mean-comment-part-honest = Not really my thing, but you're getting better!
conduct-the-mean-comment-feedback-honest = Not unkind! They're honest that it's not their favourite, but they say it kindly. It's OK to disagree nicely.
conduct-the-mean-comment-part-nobody = Nobody even likes you, { $friend }
conduct-the-mean-comment-feedback-nobody = Unkind, well spotted! This isn't about the video at all. It's about { $friend }, and words like these can hurt for a long time.
conduct-the-mean-comment-pic-typed = Worst video ever. You're a fake friend anyway.
conduct-the-mean-comment-pic-post = Post
conduct-the-mean-comment-pic-pile-note = 58 new comments on { $friend }'s video
conduct-the-mean-comment-pic-reported = Report sent: 3 comments hidden

# Say it well: a kind message to { $friend }, whose video is getting mean comments
conduct-the-mean-comment-compose = Those comments are really mean. You're still cross about lunch, but nobody deserves that. Send { $friend } a private message to stand by them and help stop the comments. Choose what goes in, and what stays out.
conduct-the-mean-comment-compose-to = { $friend }
conduct-the-mean-comment-ph-hi = Hi { $friend }!
conduct-the-mean-comment-why-hi = A friendly hello is fine either way. What matters most is what comes after it.
conduct-the-mean-comment-ph-losers = Those kids are such losers.
conduct-the-mean-comment-why-losers = Being cross is OK, but this is an insult back. Messages get screenshotted and shared, and then the fight just grows.
conduct-the-mean-comment-ph-side = I'm on your side.
conduct-the-mean-comment-why-side = Short and strong! Knowing someone is on their side helps { $friend } feel less alone.
conduct-the-mean-comment-ph-secret = I won't tell any grown-ups, I promise. It's our secret.
conduct-the-mean-comment-why-secret = It sounds loyal, but secrets keep away the adults who could help. A good friend helps { $friend } get support, not hide what's happening.
conduct-the-mean-comment-ph-unfair = Those comments were mean. You didn't deserve them.
conduct-the-mean-comment-why-unfair = This shows { $friend } that the comments are the problem, and that none of it is { $friend }'s fault.
conduct-the-mean-comment-ph-screenshot = Let's screenshot the worst ones and report them.
conduct-the-mean-comment-why-screenshot = Screenshots keep the proof, and reporting tells the app. Doing it together means { $friend } isn't facing it alone.
conduct-the-mean-comment-ph-reply = Answer them all back. Don't let them win!
conduct-the-mean-comment-why-reply = It sounds brave, but answering back gives the pile-on more attention, and that's what bullies want. Saving proof and reporting works better.
conduct-the-mean-comment-ph-grown-up = Want to tell a grown-up with me?
conduct-the-mean-comment-why-grown-up = A trusted adult can help stop the comments. Offering to go along makes telling much easier for { $friend }.

conduct-the-mean-comment-typing = Message sent. But back on the video, the lunch feeling creeps back. Your thumbs type fast: "Worst video ever. You're a fake friend anyway." Your finger hovers over Post.
conduct-the-mean-comment-post-choice = Whoa, big feelings! It's OK to be angry. But words online can stay for a long time, and lots of people see them. What will you do?
conduct-the-mean-comment-choice-ignore-friend = Delete it, and just ignore { $friend } from now on.
conduct-the-mean-comment-feedback-ignore-friend = Not posting it was smart! But ignoring a friend keeps the hurt going for both of you. Telling { $friend } how you feel, face to face, could fix things.
conduct-the-mean-comment-choice-pause = Delete it. I'll talk to { $friend } at school tomorrow.
conduct-the-mean-comment-feedback-pause = Great choice! You spotted that those words could really hurt. Pausing when you're angry stops things you might regret, and talking face to face sorts it out.
conduct-the-mean-comment-choice-post = Post it. { $friend } was the one who was mean first.
conduct-the-mean-comment-feedback-post = A chance to learn: angry words online can be seen, copied and saved by lots of people. Even if you delete them later, you can't always take them back.

conduct-the-mean-comment-ignored = You delete it. But you stop answering { $friend }'s messages, and { $friend } looks confused and hurt.
conduct-the-mean-comment-paused = You delete the words and put your phone down. Slowly, the angry feeling fades.
conduct-the-mean-comment-posted = Your comment gets 12 likes. Others copy it: "Yeah, fake friend!" Soon it's a pile-on. At school, { $friend } won't look at you.

conduct-the-mean-comment-pile-on = Next morning, the mean comments on { $friend }'s video have doubled. Kids from other classes are joining in. At school, { $friend } just stares at the floor.
conduct-the-mean-comment-pile-choice = This is a pile-on: lots of people ganging up on one person. It can really hurt. What could you do?
conduct-the-mean-comment-choice-block-mean = Block every mean account right now. That's safest.
conduct-the-mean-comment-feedback-block-mean = Blocking feels safest, and it does protect you! But it hides the comments only from you, and you lose the proof. Screenshot first, then block and report.
conduct-the-mean-comment-choice-like-mean = Like one. { $friend } did leave me out at lunch.
conduct-the-mean-comment-feedback-like-mean = A chance to learn: being hurt doesn't make a pile-on fair. Everyone has the right to respect, even someone you're cross with. Every like makes it bigger.
conduct-the-mean-comment-choice-screenshot-report = Screenshot the worst ones, then report them.
conduct-the-mean-comment-feedback-screenshot-report = Smart order! Screenshots keep the proof before anything gets deleted, and reporting tells the app about the bullying. { $friend } has the right to be safe online, and so do you.
conduct-the-mean-comment-choice-defend = Reply to them all: "Stop it! Leave { $friend } alone!"
conduct-the-mean-comment-feedback-defend = Standing up for { $friend } took courage! But arguing under the video gives the pile-on a bigger audience. Saving the proof and reporting it works better.

conduct-the-mean-comment-blocked-mean = The mean comments vanish from your screen. But they're still there for everyone else, and you didn't save a single one.
conduct-the-mean-comment-liked = Your like pushes a mean comment to the top. More kids pile on, and { $friend } sees your name under it.
conduct-the-mean-comment-reported = You save screenshots of the worst comments and report them. The app hides a few. But new ones keep appearing, and { $friend } still looks miserable.
conduct-the-mean-comment-defended = Someone replies: "Aww, are you the bodyguard?" Now the jokes are about you both, and even more people come to watch.
conduct-the-mean-comment-classmate-backs = A message from { $classmate } pops up: "Saw the comments on { $friend }'s video. Not OK! You got help for me with that dare. I'm with you, whatever you do."

conduct-the-mean-comment-next-step = The pile-on is still going. What now?
conduct-the-mean-comment-choice-friend-delete = Tell { $friend } to delete the video and stay off the app.
conduct-the-mean-comment-feedback-friend-delete = A chance to learn: a break from the app can help, but deleting the video wipes the proof, and the bullies just move on. A trusted adult can actually stop them.
conduct-the-mean-comment-choice-name-them = Make a post naming everyone who's being mean.
conduct-the-mean-comment-feedback-name-them = A chance to learn: naming people in public starts a new pile-on, and nobody wins. Keep the proof and let a trusted adult deal with it.
conduct-the-mean-comment-choice-tell-adult = Go to { $adult } and show them what's going on.
conduct-the-mean-comment-feedback-tell-adult = That's what an upstander does! An adult can report the accounts, talk to the school and the families, and help { $friend }. Telling is never snitching.

conduct-the-mean-comment-friend-deletes = { $friend } deletes the video and goes quiet online. The comments are gone for now, but nobody who could stop those accounts knows.
conduct-the-mean-comment-named = Your post gets shared fast. Now people are fighting in the comments, and some turn on you. { $friend } says, "Please, just make it stop."
conduct-the-mean-comment-adult-helps = Thank you for telling me. That's not snitching, it's helping. Let's screenshot what's there, report those accounts, and I'll talk to the school.
conduct-the-mean-comment-talk-it-out = Thanks for sticking up for me. And sorry about lunch! I didn't know you felt left out. Sit with us tomorrow?

conduct-the-mean-comment-fix-it = Oh no. Things went further than you meant. But you can still help fix this. What will you do?
conduct-the-mean-comment-choice-undo-talk = Undo my part, then go and talk to { $adult } today.
conduct-the-mean-comment-feedback-undo-talk = That's how to make it right! Owning up is brave, and { $adult } can help stop the pile-on. Everyone makes mistakes. Fixing them is what counts.
conduct-the-mean-comment-choice-sorry-message = Undo my part and message { $friend }: "I'm sorry."
conduct-the-mean-comment-feedback-sorry-message = Saying sorry is brave, and it matters to { $friend }! But the pile-on is still going, and it's bigger than the two of you. An adult can help stop it.
conduct-the-mean-comment-choice-leave-up = Leave it. Telling { $adult } would get me in trouble.
conduct-the-mean-comment-feedback-leave-up = A chance to learn: telling isn't about getting in trouble, it's about stopping the hurt. { $adult } can help most when they know, and { $friend } is still hurting.

conduct-the-mean-comment-adult-late = Thank you for being honest. You're not in trouble for telling me. First we'll screenshot the comments, then report them, and we'll talk to { $friend } together.
conduct-the-mean-comment-sorry-talk = That comment really hurt. But thanks for saying sorry. I didn't know you felt left out at lunch. Can we start again?
conduct-the-mean-comment-sorry-sent = Thanks for saying sorry. But the comments keep coming. I'm going to block them all and delete my account, right now.
conduct-the-mean-comment-left-up = The pile-on keeps growing. { $friend } stops posting and goes quiet at school.

conduct-the-mean-comment-friend-blocks = { $friend } is upset and wants it all gone. What do you say?
conduct-the-mean-comment-choice-reply-back = Don't block. Post a video showing you don't care.
conduct-the-mean-comment-feedback-reply-back = A chance to learn: answering back gives bullies what they want: attention. Screenshots, then blocking, reporting and a trusted adult work much better.
conduct-the-mean-comment-choice-screenshot-together = Wait! Screenshots first, then we show { $adult }.
conduct-the-mean-comment-feedback-screenshot-together = Great advice! Blocking is fine, but screenshots come first, so { $adult } and the app can see what happened. Going together means { $friend } isn't alone.
conduct-the-mean-comment-choice-block-secret = Good idea. Delete it all. No need to tell { $adult }.
conduct-the-mean-comment-feedback-block-secret = A chance to learn: deleting it all wipes the proof, and keeping it from { $adult } means no adult can help stop those accounts. Screenshots first; then blocking is fine.

conduct-the-mean-comment-replied-back = { $friend } posts a video saying "I don't care!" Within minutes, it has even more mean comments than the first one.
conduct-the-mean-comment-shown-adult = Thank you both for showing me. These screenshots help a lot. We'll report the accounts together, and then { $friend } can block them.
conduct-the-mean-comment-blocked-secret = { $friend } blocks them all and deletes the account. It's quiet for now, but the proof is gone and no adult knows.

conduct-the-mean-comment-end-safe = You didn't post those angry words, and you got { $adult } to help stop the pile-on. You and { $friend } are talking again. Well done!
conduct-the-mean-comment-end-mixed = For now it's quieter for { $friend }. But no trusted adult knows what happened, and the same accounts could start again somewhere else.
conduct-the-mean-comment-end-recovered = You got caught up in the pile-on, then you put it right: you said sorry and got { $adult } to help. { $friend } isn't facing it alone now.
conduct-the-mean-comment-end-harmful = The pile-on keeps growing, and { $friend } feels awful. A slip doesn't make you a bad person, and you won't be blamed for asking for help. It's never too late to tell a trusted adult: they will help.

# My phone: what stays on the phone after this level.
conduct-the-mean-comment-trace-comment = Your comment under { $friend }'s video: "Worst video ever. You're a fake friend anyway."
conduct-the-mean-comment-trace-comment-advice = Angry words online can stay for a long time. Delete it, say sorry to { $friend }, and tell a trusted adult if a pile-on started.
