# Contact / values: The Recruiter (ages 16-18). Warning signs of radicalisation only: no real group, no hateful content shown.

contact-the-recruiter-title = The Recruiter
contact-the-recruiter-summary = A friendly account in your gaming server shares "edgy" jokes, then secret videos, then an invite.
contact-the-recruiter-remember = Flattery, secrets and "us against them" are recruiting tricks. You can always step back, report and talk to someone you trust.

contact-the-recruiter-app = { $app }
contact-the-recruiter-app-clanhub = Clanhub
contact-the-recruiter-app-yapyard = Yapyard
contact-the-recruiter-app-hollerhub = Hollerhub
contact-the-recruiter-game-starfall = Starfall Arena
contact-the-recruiter-game-ironrift = Iron Rift
contact-the-recruiter-game-driftkings = Drift Kings
contact-the-recruiter-recruiter-kestrel = Kestrel
contact-the-recruiter-recruiter-rook = Rook_42
contact-the-recruiter-recruiter-moss = MossyStone

contact-the-recruiter-npc-recruiter = { $recruiter }
contact-the-recruiter-npc-adult = Ms Okoye, your tutor

contact-the-recruiter-intro = You've spent most evenings this month in a { $game } meme server on { $app }. It's fun, and { $recruiter } is always the first to laugh at your posts.
contact-the-recruiter-meme = { $recruiter } sends you a private message: a meme that mocks a whole group of people for their religion.

contact-the-recruiter-edgy = lol you're the only one here who'd get that. the main chat is way too soft for real jokes. you're different
contact-the-recruiter-choice-not-funny = Not funny to me. Jokes about a whole group aren't harmless.
contact-the-recruiter-feedback-not-funny = Calm and clear. "Edgy" jokes about a group are often a test of what you'll accept, and "you're different" is a classic hook. Saying no early matters.
contact-the-recruiter-choice-change-subject = Ignore the meme and change the subject
contact-the-recruiter-feedback-change-subject = Not joining in was good. Still, notice the pattern: flattery plus "jokes" that test your limits. Saying it's not OK shows where you stand.
contact-the-recruiter-choice-laugh = lol brutal. got any more?
contact-the-recruiter-feedback-laugh = A chance to learn: laughing along feels harmless, but it tells { $recruiter } you're open to more. Jokes like this make real people feel unsafe.
contact-the-recruiter-more-content = More arrives every night, each one darker. Then long videos: "they" are taking your future, your jobs, your country. You're up till 3 a.m. watching, and it starts to feel true.

contact-the-recruiter-video = respect. you actually think for yourself. most people swallow whatever the news and their parents tell them. watch this, 40 mins of what they don't want you to see
contact-the-recruiter-choice-check-video = Who made this? I'll check what other sources say first.
contact-the-recruiter-feedback-check-video = Smart. The channel is anonymous, its "facts" trace back to sites that fact-checkers flag again and again, and experts say otherwise. "They don't want you to see this" is a sales line.
contact-the-recruiter-choice-skip-video = Skip it. It's late and I've got an exam.
contact-the-recruiter-feedback-skip-video = Protecting your sleep is a good call. But { $recruiter } will keep sending these. Checking where a video comes from helps you see the pattern.
contact-the-recruiter-choice-watch-all = Watch it, and let autoplay run
contact-the-recruiter-feedback-watch-all = A chance to learn: autoplay chains videos that get more extreme, because anger keeps you watching. Hours of one-sided videos can make anything feel true.
contact-the-recruiter-rabbit-hole = Autoplay runs till 4 a.m., each video angrier than the last. The next day you snap at your family, skip revision, and the memes don't feel like jokes any more.

contact-the-recruiter-invite = there's a private group for people who see what's really going on. invite only, no censors. don't tell your family, they've been fed the same lies as everyone. it's us vs them now
contact-the-recruiter-choice-step-back = Step back from the server, report, and talk to someone
contact-the-recruiter-feedback-step-back = Brave and smart. Secrecy, "your family lies to you" and "us vs them" are textbook recruiting signs. Reporting protects others, and a trusted adult can help you think it through.
contact-the-recruiter-choice-decline = No thanks to the group, but stay in the server
contact-the-recruiter-feedback-decline = Saying no to the group was right. But { $recruiter } is still around every night, and the pressure will come back. Reporting the account and telling someone closes the door.
contact-the-recruiter-choice-join = Join, and keep it from my family
contact-the-recruiter-feedback-join = A chance to learn: a group that asks you to hide it from people who love you is trying to cut you off. That's how manipulation works, and being targeted isn't your fault.
contact-the-recruiter-tell-adult = Thanks for showing me. Flattery, secrets and "us against them" is a recruiting pattern, and you spotted it. Let's screenshot it, then block and report the account. If anyone mentions hurting people, we call the police.

contact-the-recruiter-inside = The group posts day and night, and anyone who doubts gets mocked. { $recruiter } asks you to "prove you're one of us" by posting a hateful meme in the main server. You've skipped revision all week.
contact-the-recruiter-way-back = This is how manipulation works: flattery, secrets, us-vs-them, cutting you off. None of it is your fault, and you can step back at any time. What will you do?
contact-the-recruiter-choice-get-out = Leave, save screenshots, and tell someone I trust
contact-the-recruiter-feedback-get-out = That's the bravest move there is. Leaving a group that made you feel you belonged is hard. Screenshots help the platform, or police if needed, to act. Helplines can support you too.
contact-the-recruiter-choice-mute = Mute the group and take a break, tell nobody
contact-the-recruiter-feedback-mute = A break gives you space to think, which is good. But the group will try to pull you back, and nobody who cares about you knows. Telling someone makes the break last.
contact-the-recruiter-choice-prove = Post the meme to prove myself
contact-the-recruiter-feedback-prove = A chance to learn: hateful posts hurt real people in your server, break platform rules, can break the law, and follow you for years. It's never too late to step back.
contact-the-recruiter-tell-late = I'm really glad you came to me, and you're not in trouble. These groups target people who feel lonely or angry; that's not a flaw in you. Let's report it, and make time for things you enjoy offline too.

contact-the-recruiter-end-safe = You saw the hook behind the jokes and the secrets, and stepped back with help. Nobody else gets to decide who your enemies are.
contact-the-recruiter-end-mixed = You kept your distance, but { $recruiter } is still in the server, working on you and others. Reporting the account and telling someone you trust closes the door.
contact-the-recruiter-end-recovered = You got pulled in, then found your way back and asked for help. That takes real strength. The people who care about you never left.
contact-the-recruiter-end-harmful = The group takes up your nights and your thoughts, and it wants more. It isn't your fault, and it's never too late: leave, report and talk to someone you trust.
