# Contact / values: The Recruiter (ages 16-18). Warning signs of radicalisation only: no real group, no hateful content shown.

contact-the-recruiter-title = The Recruiter
contact-the-recruiter-summary = A friendly account in your gaming server shares "edgy" jokes, then secret videos, then an invite.
contact-the-recruiter-remember = Flattery, secrets and "us against them" are recruiting tricks. Save the evidence, report the account, and talk to someone you trust.

contact-the-recruiter-app = { $app }
contact-the-recruiter-app-clanhub = Clanhub
contact-the-recruiter-app-yapyard = Yapyard
contact-the-recruiter-app-hollerhub = Hollerhub
contact-the-recruiter-game-starfall = Starfall Arena
contact-the-recruiter-game-ironrift = Iron Rift
contact-the-recruiter-game-driftkings = Drift Kings

contact-the-recruiter-npc-recruiter = { $stranger }
contact-the-recruiter-npc-adult = Ms Okoye, your tutor

contact-the-recruiter-intro = You've spent most evenings this month in a { $game } meme server on { $app }. It's fun, and { $stranger } is always the first to laugh at your posts.
# The world remembers: the fake clip still shared from your profile (The Deepfake Clip).
contact-the-recruiter-saw-repost = saw your repost of that election clip. finally someone in here who isn't scared to say it
contact-the-recruiter-repost-choice = { $stranger } found you through the fake clip that's still on your profile. To people like this, a shared fake says "maybe one of us". What now?
contact-the-recruiter-choice-keep-up = Leave it up. It got people talking, and that's what counts.
contact-the-recruiter-feedback-keep-up = A chance to learn: a fake on your profile keeps misleading people, and it just brought { $stranger } to your messages. You can still take it down and share the fact-check.
contact-the-recruiter-choice-take-down = Delete the repost and put the fact-check up instead.
contact-the-recruiter-feedback-take-down = That's it. Taking the fake down removes the hook, and the fact-check shows where you stand. People like { $stranger } watch who shares what.
contact-the-recruiter-choice-go-private = Make my profile private, so only my friends can see it.
contact-the-recruiter-feedback-go-private = Private means fewer strangers see it. But your friends still do, and the fake keeps working on them. Take it down and share the fact-check instead.
contact-the-recruiter-repost-gone = You delete the repost and share the fact-check. { $stranger } doesn't mention the clip again. That night, another message arrives.
contact-the-recruiter-gone-private = Your profile goes private. { $stranger } has already seen it, and your friends still do. That night, another message arrives.
contact-the-recruiter-repost-stays = The repost stays up and picks up a few more shares. That night, another message arrives.
contact-the-recruiter-meme = { $stranger } sends you a private message: a meme that mocks a whole group of people for their religion.

contact-the-recruiter-edgy = lol you're the only one here who'd get that. the main chat is way too soft for real jokes. you're different
contact-the-recruiter-choice-laugh = lol brutal. Guess I've got a darker sense of humour.
contact-the-recruiter-feedback-laugh = A chance to learn: laughing along feels harmless, but it tells { $stranger } you're open to more. Jokes like this make real people feel unsafe.
contact-the-recruiter-choice-change-subject = Ha, not really my kind of humour. You playing tonight?
contact-the-recruiter-feedback-change-subject = Not joining in was good. Still, notice the pattern: flattery plus "jokes" that test your limits. A short, calm "not funny" shows where you stand.
contact-the-recruiter-choice-not-funny = Not funny. Jokes about a whole group of people aren't harmless.
contact-the-recruiter-feedback-not-funny = Calm and clear. "Edgy" jokes about a group are often a test of what you'll accept, and "you're different" is a classic hook. Saying no early shows where you stand.
contact-the-recruiter-c-more = More arrives every night, each one darker. You start staying up late to see what { $stranger } sends next, and the main chat starts to feel boring.
contact-the-recruiter-c-subject = yeah maybe later. you're not like the others in here though, you know that?
contact-the-recruiter-c-pushback = relax, it's a joke lol. you're just smarter than the snowflakes in main chat, that's all I meant

contact-the-recruiter-video = respect. you actually think for yourself. most people swallow whatever the news and their parents tell them. watch this, 40 mins of what they don't want you to see
contact-the-recruiter-pic-urgent = Watch before it's taken down
contact-the-recruiter-pic-duration = 40:12
contact-the-recruiter-pic-video-title = What they don't want you to see
contact-the-recruiter-pic-channel = TheHiddenFiles
contact-the-recruiter-choice-check-video = Who made this? I'll see what other sources say first.
contact-the-recruiter-feedback-check-video = Smart. You looked beyond the video itself. "What they don't want you to see" is a sales line, and one anonymous channel is not a source. Real facts hold up when you read around them.
contact-the-recruiter-choice-skip-video = Not tonight. It's late and I've got an exam tomorrow.
contact-the-recruiter-feedback-skip-video = Protecting your sleep is a good call. But { $stranger } will keep sending these. Asking who made a video, and what other sources say, helps you see the pattern.
contact-the-recruiter-choice-watch-all = Fine, I'll watch it. I trust myself to hear both sides.
contact-the-recruiter-feedback-watch-all = A chance to learn: this "both sides" is one side, 40 minutes long. Then autoplay chains videos that get angrier, because anger keeps you watching.
contact-the-recruiter-c-sources = You search the channel: anonymous, no names, and its "facts" trace back to sites that fact-checkers flag again and again. News sites and experts say something very different.
contact-the-recruiter-same-channel = One name jumps out: this channel first posted the fake election clip you reported. It's already labelled "manipulated media". Same people, new video.
contact-the-recruiter-pic-about = No names. No sources. No contact.
contact-the-recruiter-pic-factcheck = Fact-checkers keep flagging these claims
contact-the-recruiter-c-skip = { $stranger }: "np, sleep well legend." By morning, three more links are waiting, each one marked "watch before it's taken down".
contact-the-recruiter-c-rabbit = Autoplay runs till 4 a.m., each video angrier than the last. The next day you snap at your family, skip revision, and the memes don't feel like jokes any more.

contact-the-recruiter-invite = there's a private group for people who see what's really going on. invite only, no censors. don't tell your family, they've been fed the same lies as everyone. it's us vs them now
contact-the-recruiter-pic-group = Inner Circle
contact-the-recruiter-pic-private = Private group · invite only
contact-the-recruiter-pic-members = 27 members
contact-the-recruiter-pic-join = Join
contact-the-recruiter-choice-undercover = I'll join, but only to screenshot it all and report them.
contact-the-recruiter-feedback-undercover = A chance to learn: reporting them is right, but joining puts you in the middle of the pressure, and gathering proof isn't your job. What you have is enough: report it and tell a trusted adult.
contact-the-recruiter-choice-decline = No thanks, not my thing. See you in the game later.
contact-the-recruiter-feedback-decline = Saying no was right. But { $stranger } is still in the server, and the pressure will come back, for you and for others. Saving the chat and reporting the account closes the door.
contact-the-recruiter-choice-join = Go on, add me. My family wouldn't get it anyway.
contact-the-recruiter-feedback-join = A chance to learn: a group that asks you to hide it from people who love you is trying to cut you off. That's how manipulation works, and being targeted isn't your fault.
contact-the-recruiter-choice-step-back = Screenshot this, report the account, talk to Ms Okoye.
contact-the-recruiter-feedback-step-back = Brave and smart. Secrets, "your family lies to you" and "us vs them" are textbook recruiting signs. You kept the evidence, reported it, and got a trusted adult on your side.
contact-the-recruiter-c-report = You save the chat, report { $stranger } to the server mods and the platform, and log off. The next day you stay behind after class to talk to Ms Okoye.
contact-the-recruiter-pic-report-title = Report { $stranger }
contact-the-recruiter-pic-saved = Chat saved as screenshots
contact-the-recruiter-pic-mods = Sent to the server mods
contact-the-recruiter-pic-platform = Sent to the { $app } safety team
contact-the-recruiter-pic-thanks = Thanks. We'll review this account.
contact-the-recruiter-tell-adult = Thanks for showing me. Flattery, secrets and "us against them" is a recruiting pattern, and you spotted it. The mods have banned the account. If anyone ever talks about hurting people, we call the police.
contact-the-recruiter-c-undercover = Inside, the group welcomes you by name. Posts come day and night, and you catch yourself nodding along. { $stranger }: "knew you'd fit in. now prove it: post one of these in the main server."
contact-the-recruiter-c-inside = The group posts day and night, and anyone who doubts gets mocked. You've skipped revision all week. { $stranger }: "time to prove you're one of us. post one of these in the main server."
contact-the-recruiter-c-decline = { $stranger }: "your loss. door's open." A week later the messages start again, friendlier than ever, and two younger players from the server have joined the group.

contact-the-recruiter-way-back = This is how manipulation works: flattery, secrets, us-vs-them, then a test. None of it is your fault, and you can step back at any time. What will you do?
contact-the-recruiter-choice-prove = Post the meme. It's one post, and then they'll trust me.
contact-the-recruiter-feedback-prove = A chance to learn: hateful posts hurt real people in your server, break platform rules, can break the law, and follow you for years. It's never too late to step back.
contact-the-recruiter-choice-get-out = Leave the group, save screenshots, and talk to Ms Okoye.
contact-the-recruiter-feedback-get-out = That's the bravest move there is. Leaving a group that made you feel you belonged is hard. Screenshots help the platform, or police if needed, to act. Helplines can support you too.
contact-the-recruiter-choice-argue = Stay in and argue back. Someone in there has to help them see.
contact-the-recruiter-feedback-argue = A chance to learn: arguing inside keeps you in their feed day and night, and groups like this are built to wear doubters down. Nobody can out-argue a whole group alone. Stepping out is stronger.
contact-the-recruiter-c-tell-late = I'm really glad you came to me, and you're not in trouble. These groups target people who feel lonely or angry; that's not a flaw in you. Let's report it, and make time for things you enjoy offline too.
contact-the-recruiter-c-posted = You post it. Players you've known for months go quiet, the mods remove it, and { $stranger } writes: "good start. next time, something bigger."
contact-the-recruiter-c-argued = You argue for hours every night. They mock you, then flatter you, then mock you again. A week later you're exhausted, behind on revision, and some of their lines are stuck in your head.

contact-the-recruiter-again = hey no hard feelings. saw you lost that match, rough. real ones have your back, not the fakes in main chat. group's still open, just say the word
contact-the-recruiter-choice-late-report = Screenshot it, report it, then talk to Ms Okoye.
contact-the-recruiter-feedback-late-report = Exactly. You saw the same hook come back, kept the evidence, reported it, and got a trusted adult involved. That protects you and the younger players it's now targeting.
contact-the-recruiter-choice-one-look = Fine, one quick look can't hurt. I trust myself.
contact-the-recruiter-feedback-one-look = A chance to learn: "just one look" is how the invite works: once you're in, the pressure starts. Being worn down isn't your fault, and it's never too late to step back.
contact-the-recruiter-choice-ignore = Just ignore it. It's only a game server, I'm safe.
contact-the-recruiter-feedback-ignore = A chance to learn: ignoring it keeps you out, but { $stranger } is now working on younger players, and nobody who could stop it knows. What starts online can spill into real life.
contact-the-recruiter-c-late-report = Thank you for bringing this to me, and you're not in trouble. The mods have banned the account, and I'll make sure the younger players and their families know. If anyone talks about hurting people, we call the police.
contact-the-recruiter-c-one-look = One look turns into an evening. By the weekend you're in the group every night, and { $stranger } wants you to "prove yourself".
contact-the-recruiter-c-ignore = You mute { $stranger } and carry on playing. The messages stop for you. In the main chat, the two younger players start posting the same "jokes".

contact-the-recruiter-end-safe = You saw the hook behind the jokes and the secret group, kept the evidence, reported it and talked it through with Ms Okoye. Nobody else gets to decide who your enemies are.
contact-the-recruiter-end-safe-late = You said no to the group, and when { $stranger } came back, you saved the messages, reported them and told Ms Okoye. The younger players being targeted are getting help too.
contact-the-recruiter-end-recovered = You got pulled into the group, then walked out, saved the evidence and asked Ms Okoye for help. That takes real strength. The people who care about you never left.
contact-the-recruiter-end-mixed = You stayed out of the group, but { $stranger } is still in the server, working on younger players, and nobody who could stop it knows. Saving it, reporting it and telling someone closes the door.
contact-the-recruiter-end-harmful = You're in the group now. It takes up your nights and your thoughts, and it wants more. It isn't your fault: these groups target people on purpose. It's never too late to leave and tell a trusted adult, who will help.

# My phone: the stranger reported (contact-the-job-offer remembers).
contact-the-recruiter-trace-reported = { $stranger }: reported to the server's mods and the platform, with screenshots.
contact-the-recruiter-trace-reported-advice = Brave and right. If they come back under a new name, you know the pattern: flattery, secrets, a test. Save it, report it, tell a trusted adult.
