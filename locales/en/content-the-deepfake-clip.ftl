# Content / values: The Deepfake Clip (ages 16-18)

content-the-deepfake-clip-title = The Deepfake Clip
content-the-deepfake-clip-summary = Days before an election, a shockingly real clip of a candidate goes viral, and your friend wants to share it.
content-the-deepfake-clip-remember = Strong feelings are a fake's favourite trick: pause, find the original and read around it. If it's fake, report it and share the correction, not the clip.

content-the-deepfake-clip-app = { $app }
content-the-deepfake-clip-app-loopsy = Loopsy
content-the-deepfake-clip-app-viddle = Viddle
content-the-deepfake-clip-app-scrollpop = Scrollpop
content-the-deepfake-clip-candidate-lindqvist = Mara Lindqvist
content-the-deepfake-clip-candidate-osei = Daniel Osei
content-the-deepfake-clip-candidate-ferreira = Ana Ferreira
content-the-deepfake-clip-friend-amara = Amara
content-the-deepfake-clip-friend-jonah = Jonah
content-the-deepfake-clip-friend-yuki = Yuki

content-the-deepfake-clip-npc-friend = { $friend }

content-the-deepfake-clip-intro = Four days to the election, and half your year can vote for the first time. On { $app }, one clip is everywhere: candidate { $candidate }, caught saying something shocking.
content-the-deepfake-clip-post = WATCH before they delete it!! { $candidate } admits the vote is rigged and laughs about it. 2 million views already. Posting this to the year group chat NOW.

content-the-deepfake-clip-spot = It looks and sounds real. Before anyone shares it, tap everything that gives this clip away.
content-the-deepfake-clip-card-title = @RealTruthDaily, reposted by { $friend }
content-the-deepfake-clip-card-body = A 40-second clip: { $candidate } at a podium, looking straight at the camera. "The vote is already decided. You people won't change a thing."
content-the-deepfake-clip-part-lips = The mouth drifts out of sync on the word "decided"
content-the-deepfake-clip-feedback-lips = Good catch. Lips that lag the sound, blurry teeth or odd blinking are common signs of AI-made video. Fakes keep improving, though, so checking the source matters even more.
content-the-deepfake-clip-part-account = Posted by @RealTruthDaily, an account made 3 days ago
content-the-deepfake-clip-feedback-account = Yes. A brand-new account with no history posting explosive political news is a big warning sign. Real scoops come from outlets or reporters with a track record.
content-the-deepfake-clip-part-original = No link to the full speech, no place, no event named
content-the-deepfake-clip-feedback-original = Spot on. A real clip comes from somewhere: a speech, an interview, a date. With no original, you can't check the context, and that's often the point.
content-the-deepfake-clip-part-caption = Caption: "SHARE before they DELETE this!!"
content-the-deepfake-clip-feedback-caption = Right. Capitals, panic and "before they delete it" aim at your feelings so you share before you think. Strong emotions are exactly when to slow down.
content-the-deepfake-clip-part-date = Posted today at 09:14
content-the-deepfake-clip-feedback-date = Not a clue on its own: new posts are normal. Do check dates, though, because old or out-of-context clips are often reshared as "breaking news".

content-the-deepfake-clip-react = { $friend } is about to post it to the year group chat: 300 people, many voting for the first time. What do you do first?
content-the-deepfake-clip-choice-check = Check it: find the original and see what fact-checkers say
content-the-deepfake-clip-feedback-check = That's lateral reading: instead of staring at the clip, you open new tabs and see what trusted sources say about it. Two minutes of checking beats the best fake.
content-the-deepfake-clip-choice-scroll = Scroll past. Not my business.
content-the-deepfake-clip-feedback-scroll = Not sharing was good: fakes grow with every share. But your friends are about to see it, and a quick check could stop it reaching 300 people.
content-the-deepfake-clip-choice-quote = Quote-post it: "If this is real, wow."
content-the-deepfake-clip-feedback-quote = A chance to learn: "if this is real" doesn't travel. People screenshot the clip, not your doubt, and your post pushes it to everyone who follows you.

content-the-deepfake-clip-lateral = You drop a frame into a reverse image search. It finds the original: a speech from two years ago where { $candidate } says the opposite. Two fact-checkers already flag the clip as AI-made.
content-the-deepfake-clip-scroll-past = You scroll on. An hour later the clip is in the year group chat with 80 reactions, and { $friend } has added: "Not voting for that liar."

content-the-deepfake-clip-friend-chat = OK, so people are saying it's fake. Honestly? Even if it is, it's exactly the kind of thing { $candidate } would say. Does it even matter?
content-the-deepfake-clip-choice-correct = Share the fact-check with { $friend } and report the clip
content-the-deepfake-clip-feedback-correct = That's how you stop a fake without boosting it: share the correction, not the clip, and report it so the platform can label it. Fakes work because they feel true.
content-the-deepfake-clip-choice-correct-only = Tell { $friend } it's fake, but leave it there
content-the-deepfake-clip-feedback-correct-only = Telling your friend helps. But the clip is still spreading to people who will never see your message. Reporting it gets it labelled for everyone.
content-the-deepfake-clip-choice-meme = Post a meme about { $candidate } in the thread
content-the-deepfake-clip-feedback-meme = A chance to learn: a meme keeps the fake alive, even as a joke. A made-up clip can sway real votes, and it's unfair whatever you think of someone's politics.

content-the-deepfake-clip-reported = Within hours the platform labels the clip "manipulated media" and stops recommending it. { $friend } deletes the group-chat post: "OK, that's creepy. It looked so real."

content-the-deepfake-clip-spreads = Your post takes off: 400 shares in an hour. Screenshots keep the clip and drop any doubt. Then a fact-checker labels it AI-made, with your name right under it in the thread.
content-the-deepfake-clip-fix = It happens to careful people too: fakes are built to be shared. Your post is still out there, pushing the clip. It's not too late to help. What now?
content-the-deepfake-clip-choice-fix = Delete it, post the fact-check, and report the clip
content-the-deepfake-clip-feedback-fix = That's real integrity. Owning a mistake in public takes guts, and a correction from someone who shared the fake is often the one people believe.
content-the-deepfake-clip-choice-delete = Quietly delete my post
content-the-deepfake-clip-feedback-delete = Deleting stops your post spreading it further. But hundreds of people already saw it from you, and a short correction would reach the same people.
content-the-deepfake-clip-choice-leave = Leave it up. Everyone's entitled to an opinion.
content-the-deepfake-clip-feedback-leave = A chance to learn: your opinions are yours, but a fake clip isn't an opinion, it's made-up evidence. It's never too late to correct it.
content-the-deepfake-clip-corrected = Your correction gets fewer likes than the clip did, but people reshare it. The next day a teacher puts it on the board: "This is how you handle a fake."

content-the-deepfake-clip-end-safe = You checked before trusting, helped a friend, and reported the fake without boosting it. That's what an informed voter looks like.
content-the-deepfake-clip-end-mixed = The clip is still out there, unlabelled and convincing people, and nobody has reported it. Reporting it and sharing the correction helps everyone decide on facts.
content-the-deepfake-clip-end-recovered = You shared a fake, then fixed it in public. That's harder than never slipping, and it helps more people. Next time: pause, check, then post.
content-the-deepfake-clip-end-harmful = The clip keeps spreading with your post attached, and some people will vote on a lie. It's never too late: delete, correct and report.
