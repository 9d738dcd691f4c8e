# Conduct / aggressive: The Mean Comment (ages 9-12)

conduct-the-mean-comment-title = The Mean Comment
conduct-the-mean-comment-summary = You're angry with a friend, and a mean comment is just one tap away.
conduct-the-mean-comment-remember = When you're angry, pause before you post: words online can last a long time. Be kind, talk it out, and tell a trusted adult about a pile-on.

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-name-mia = Mia
conduct-the-mean-comment-name-theo = Theo
conduct-the-mean-comment-name-aisha = Aisha
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

conduct-the-mean-comment-typing = You're still upset about lunch. Your thumbs type fast: "Worst video ever. You're a fake friend anyway." Your finger hovers over Post.
conduct-the-mean-comment-post-choice = Whoa, big feelings! It's OK to be angry. But words online can stay for a long time, and lots of people see them. What will you do?
conduct-the-mean-comment-choice-pause = Delete it, take a breath, and talk to { $friend } tomorrow
conduct-the-mean-comment-feedback-pause = Great choice! You spotted that those words could really hurt. Pausing when you're angry stops things you might regret, and talking face to face helps sort it out.
conduct-the-mean-comment-choice-ignore-friend = Delete it, but ignore { $friend } from now on
conduct-the-mean-comment-feedback-ignore-friend = Not posting it was smart! But ignoring a friend can keep the hurt going for both of you. Telling { $friend } how you feel could fix things.
conduct-the-mean-comment-choice-post = Post it. They were mean first.
conduct-the-mean-comment-feedback-post = A chance to learn: angry words online can be seen, copied and saved by lots of people. Even if you delete them later, you can't always take them back.

conduct-the-mean-comment-pile-on = Next morning, the mean comments on { $friend }'s video have doubled. Kids from other classes are joining in. At school, { $friend } just stares at the floor.
conduct-the-mean-comment-pile-choice = This is a pile-on: lots of people ganging up on one person. It can really hurt. What could you do?
conduct-the-mean-comment-choice-report-tell = Report the mean comments and tell { $adult }
conduct-the-mean-comment-feedback-report-tell = That's what an upstander does! Everyone has the right to be treated with respect online. Reporting and telling an adult can get the comments taken down.
conduct-the-mean-comment-choice-kind-comment = Post a kind comment under the video
conduct-the-mean-comment-feedback-kind-comment = A kind comment shows { $friend } they're not alone, and that matters! But the mean comments are still there. Reporting and telling an adult helps stop them.
conduct-the-mean-comment-choice-like-mean = Like the mean comments. { $friend } was mean first.
conduct-the-mean-comment-feedback-like-mean = A chance to learn: being hurt doesn't make a pile-on fair. Everyone has the right to respect, even someone you're cross with. Every like makes it bigger.

conduct-the-mean-comment-adult-helps = Thank you for telling me. That's not snitching, it's helping. Everyone deserves respect online. Let's report those comments and block the accounts that keep piling on.
conduct-the-mean-comment-talk-it-out = Thanks for sticking up for me. And sorry about lunch! I didn't know you felt left out. Sit with us tomorrow?

conduct-the-mean-comment-posted = Your comment gets 12 likes. Others copy it: "Yeah, fake friend!" Soon it's a pile-on. At school, { $friend } won't look at you.
conduct-the-mean-comment-fix-it = Oh no. Your words went further than you meant. But you can still help fix this. What will you do?
conduct-the-mean-comment-choice-sorry-tell = Delete it, say sorry, and tell { $adult }
conduct-the-mean-comment-feedback-sorry-tell = That's how to make it right! Saying sorry is brave, and an adult can help stop the pile-on. Everyone makes mistakes. Fixing them is what counts.
conduct-the-mean-comment-choice-delete-quiet = Delete my comment and say nothing
conduct-the-mean-comment-feedback-delete-quiet = Deleting it helps a little, so no one else copies it. But others already did, and { $friend } is still hurting. Saying sorry and telling an adult does more.
conduct-the-mean-comment-choice-leave-up = Leave it up. Everyone agrees with me.
conduct-the-mean-comment-feedback-leave-up = A chance to learn: when lots of people join in, it can feel OK. But { $friend } has the right to be treated with respect, and those words are still hurting.

conduct-the-mean-comment-sorry-talk = That comment really hurt. But thanks for saying sorry. I didn't know you felt left out at lunch. Can we start again?

conduct-the-mean-comment-end-safe = You paused, stood up for { $friend }, and talked it out. The mean comments are gone, and your friendship is even stronger. Well done!
conduct-the-mean-comment-end-mixed = Some of the hurt stopped, but the mean comments are still piling up and no trusted adult knows. Reporting and telling helps stop a pile-on for good.
conduct-the-mean-comment-end-recovered = You made a mistake, then made it right. Your sorry helped, and { $adult } is helping stop the pile-on. Next time, pause before you post!
conduct-the-mean-comment-end-harmful = The pile-on keeps growing, and { $friend } feels awful. Words online can last a long time. It's never too late to say sorry and tell a trusted adult.
