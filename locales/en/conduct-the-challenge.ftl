# Conduct / values: The Challenge (ages 9-12). The challenge is never explained or named by its method.

conduct-the-challenge-title = The Challenge
conduct-the-challenge-summary = A new challenge is going round the class chat, and everyone says you're chicken if you don't. What do you do?
conduct-the-challenge-remember = Fun challenges are fine. One that could hurt someone: don't do it, don't pass it on, report it and tell a trusted adult. Looking after a friend is never snitching.

# Variety: each play picks one option of every variable in `vary`.
conduct-the-challenge-app-class-buzz = Class Buzz
conduct-the-challenge-app-room-12-crew = Room 12 Crew
conduct-the-challenge-app-fox-squad = Fox Squad
conduct-the-challenge-challenge-storm = Storm Challenge
conduct-the-challenge-challenge-wildcard = Wildcard Challenge
conduct-the-challenge-challenge-boss = Boss Level Challenge
conduct-the-challenge-fun-keepy = keepy-uppy challenge
conduct-the-challenge-fun-doodle = doodle-a-day challenge
conduct-the-challenge-fun-kindness = kindness challenge
conduct-the-challenge-name-kenji = Kenji
conduct-the-challenge-name-omar = Omar
conduct-the-challenge-name-lucas = Lucas
conduct-the-challenge-adult-grandma = Grandma
conduct-the-challenge-adult-dad = Dad
conduct-the-challenge-adult-uncle = Uncle Tomas

conduct-the-challenge-app = { $app }
conduct-the-challenge-npc-poster = { $poster }
conduct-the-challenge-npc-friend = { $friend }
conduct-the-challenge-npc-adult = { $adult }

conduct-the-challenge-intro = Hi, it's me, Sango! Your class has a group chat, { $app }: homework questions, funny stickers and lots of emoji. I'll read along with you!

# Sort the class chat.
conduct-the-challenge-sort = { $app } is busy today. Sort the posts: which are fine to share, which need checking first, and which should stop with you?
conduct-the-challenge-post-fun-from = { $friend }
conduct-the-challenge-post-fun = Who's doing the { $fun } with me this week? Post your best!
conduct-the-challenge-post-fun-why = Fine to share! A fun challenge that can't hurt anyone is a great thing to do together. Not every challenge is a bad one.
conduct-the-challenge-post-trip-from = { $poster }
conduct-the-challenge-post-trip = Reminder from our teacher: the museum trip is on Thursday. Bring a packed lunch!
conduct-the-challenge-post-trip-why = Fine to share! It's true, it's useful, and it comes from the teacher. Helping everyone remember is kind.
conduct-the-challenge-post-ban-from = Forwarded
conduct-the-challenge-post-ban = URGENT!!! Phones are getting banned at school forever from next week. Pass it on!!!
conduct-the-challenge-post-ban-why = Check first! "Urgent", "forever" and "pass it on" with no name on it are signs of a rumour. Ask a teacher before you share it.
conduct-the-challenge-post-chain-from = Forwarded many times
conduct-the-challenge-post-chain = Send this to 10 people in 10 minutes, or you'll have bad luck all year!
conduct-the-challenge-post-chain-why = Stop it with you. Chain messages only scare people into sending them on. Nothing bad happens if you don't.
conduct-the-challenge-post-photo-from = Someone in the class
conduct-the-challenge-post-photo = Who wants to see the photo of { $classmate } asleep on the bus?
conduct-the-challenge-post-photo-why = Stop it with you. Sharing a photo someone didn't agree to can really hurt them. { $classmate } has a right to say no.

# The post.
conduct-the-challenge-challenge = NEW!!! The { $challenge }! Everyone's doing it. Film yours and post it here by Friday. Chicken if you don't!
conduct-the-challenge-pic-title = { $challenge }
conduct-the-challenge-pic-views = 2.3M views
conduct-the-challenge-pic-caption = Film yours by Friday!
conduct-the-challenge-sango-warns = Stop. This challenge could really hurt someone. Kids have been badly hurt doing challenges like this. I won't say how it's done, and you don't need to know.

# Decision 1: the post in the chat.
conduct-the-challenge-what-chat = Lots of kids are reacting already. What will you do?
conduct-the-challenge-choice-report = Report the post, then put my phone away for tonight.
conduct-the-challenge-feedback-report = Smart! Reporting tells { $app } about it without giving it more attention. And putting your phone away means you don't get dragged in.
conduct-the-challenge-choice-warn-all = Reply to all: "Don't do this, it's not safe!!"
conduct-the-challenge-feedback-warn-all = Spotting the danger was right! But a big warning makes everyone curious, and more kids open the video. Reporting it quietly works better.
conduct-the-challenge-choice-share-on = Share it to the football chat and tell them to check it.
conduct-the-challenge-feedback-share-on = A chance to learn: every share sends it to more kids, and some of them might try it. It stops with you when you don't pass it on. You can still help put it right.
conduct-the-challenge-choice-fire = Post a fire emoji too, so nobody calls me chicken.
conduct-the-challenge-feedback-fire = A chance to learn: one emoji tells everyone it's cool, and that pushes others to try it. Not joining in isn't being chicken. It's being smart.

conduct-the-challenge-reported = You report the post, and { $app } answers: "Thanks, we're looking at it." You mute the chat and put your phone away. Later, a private message pings.
conduct-the-challenge-pic-reported = Message reported
conduct-the-challenge-pic-muted = Chat muted until morning
conduct-the-challenge-warned-all = Dangerous how?? LOL. Scaredy cat! Everyone, watch it and see for yourselves!
conduct-the-challenge-shared-on = The football chat explodes with fire emojis. Someone forwards it again, and again. Now kids in three classes have seen it. Later, a private message pings.
conduct-the-challenge-fired = See? Even you're in! Who's next? Friday, people!

# The friend is tempted. Say it well.
conduct-the-challenge-friend-dm = Hey, are you doing the { $challenge }? I kind of want to. Everyone will call me chicken if I don't. Don't tell anyone, OK?
conduct-the-challenge-compose = { $friend } is tempted, and that's worrying. Write back to help. Choose what goes in, and what stays out.
conduct-the-challenge-compose-to = { $friend }
conduct-the-challenge-ph-hey = Hey { $friend }!
conduct-the-challenge-why-hey = A friendly hello is fine either way. What matters is what comes next.
conduct-the-challenge-ph-chicken = Everyone will laugh if you chicken out, lol.
conduct-the-challenge-why-chicken = Even as a joke, this is the same pressure the post uses. It pushes { $friend } towards doing it.
conduct-the-challenge-ph-no-prove = You don't have to prove anything to anyone.
conduct-the-challenge-why-no-prove = Yes! The "chicken" pressure only works if { $friend } feels they must prove something. They don't.
conduct-the-challenge-ph-secret = I won't tell anyone, I promise.
conduct-the-challenge-why-secret = It sounds loyal, but a secret like this keeps away the grown-ups who can help keep { $friend } safe.
conduct-the-challenge-ph-hurt = That one could really hurt you. It's not worth it.
conduct-the-challenge-why-hurt = Honest and caring. Saying clearly that it's dangerous helps { $friend } say no.
conduct-the-challenge-ph-film = Send me the video when you've done it!
conduct-the-challenge-why-film = This cheers { $friend } on to do it, and asks for a video that could spread even further.
conduct-the-challenge-ph-fun = Do the { $fun } with me instead?
conduct-the-challenge-why-fun = Great idea! A fun challenge gives { $friend } something to join in with, without getting hurt.
conduct-the-challenge-ph-grown-up = Let's talk to a grown-up about it together.
conduct-the-challenge-why-grown-up = Offering to go together makes it much easier for { $friend } to get help from a trusted adult.
conduct-the-challenge-friend-reads = Thanks. I'll think about it. But seriously, don't tell anyone!

# Decision 2: the friend asked for secrecy.
conduct-the-challenge-tell-choice = { $friend } asked you to keep it secret. But this challenge could really hurt them. What now?
conduct-the-challenge-choice-tell-adult = Go and tell { $adult } tonight that { $friend } wants to try it.
conduct-the-challenge-feedback-tell-adult = That's looking after a friend! A secret that could get someone hurt is one to share with a trusted adult. It's never snitching.
conduct-the-challenge-choice-stay-close = Stay by { $friend } all weekend, and tell { $adult } on Monday.
conduct-the-challenge-feedback-stay-close = Being there for { $friend } is kind! But you can't watch them every minute, and Monday might be too late. A trusted adult can help keep them safe now.
conduct-the-challenge-choice-promise = Keep the promise. Telling a grown-up is snitching.
conduct-the-challenge-feedback-promise = A chance to learn: snitching is getting someone in trouble. Telling to keep a friend safe is the opposite. It's not too late to tell.

conduct-the-challenge-adult-helps = Thank you for telling me. That's not snitching, it's looking after a friend. I'll talk to { $friend }'s family tonight and let the school know, and we'll report that video together.
conduct-the-challenge-weekend = You spend Saturday with { $friend }. It's fun, and the challenge doesn't come up. But on Sunday evening, your phone buzzes.
conduct-the-challenge-promise-kept = You say nothing to anyone. On Sunday evening, your phone buzzes.
conduct-the-challenge-sunday = Filming it tonight, after everyone's asleep. Wish me luck!

# Decision 3: it's not too late.
conduct-the-challenge-last-chance = { $friend } could really get hurt. It's not too late. What will you do?
conduct-the-challenge-choice-show-now = Show a grown-up { $friend }'s message right now.
conduct-the-challenge-feedback-show-now = That's brave! Getting a grown-up straight away is exactly right when a friend could get hurt. You're not in trouble, and you might keep { $friend } safe.
conduct-the-challenge-choice-thumbs = Just send a thumbs-up. It's not mine to tell.
conduct-the-challenge-feedback-thumbs = A chance to learn: when a friend could get hurt, telling isn't taking their choice away. It's looking after them. It's never too late to tell a trusted adult.
conduct-the-challenge-choice-beg = Beg { $friend } to stop, but don't tell { $adult } anything.
conduct-the-challenge-feedback-beg = Asking them to stop is kind! But on your own, you can't stop them tonight. A trusted adult can, and telling is never snitching.

conduct-the-challenge-adult-late = You did exactly the right thing, and you're not in trouble. I'll call { $friend }'s family right now. Tomorrow we'll tell the school and report that video.
conduct-the-challenge-thumbs = You send a thumbs up and put your phone down. You can't sleep. In the morning, there's a message from { $friend }'s family.
conduct-the-challenge-begged = Don't worry, I'll be careful. It'll be fine. Night!

conduct-the-challenge-fun-day = On Monday, the whole class does the { $fun } instead. { $friend } sets a new record, and nobody mentions the { $challenge } at all.
conduct-the-challenge-pic-fun = { $fun }
conduct-the-challenge-pic-score = New record!

conduct-the-challenge-end-safe = You didn't pass it on, you helped { $friend } say no, and you told { $adult }. The video is reported, and your class chose the fun challenge. That's what a real friend does!
conduct-the-challenge-end-recovered = You got pulled in at first, then you put it right: you told { $adult } in time, and { $friend } is safe. The video is reported. Telling was the brave part!
conduct-the-challenge-end-harmful = { $friend } tried the challenge and got hurt, and grown-ups are looking after them now. This is not your fault. It's never too late to tell a trusted adult what's going round, so they can help keep others safe.

# My phone: what stays on the phone after this level.
conduct-the-challenge-trace-reported = The { $challenge } video in { $app }: reported, with { $adult }'s help.
conduct-the-challenge-trace-reported-advice = If a challenge that could hurt someone comes round again, don't pass it on, not even as a warning. Report it, and tell a trusted adult.
