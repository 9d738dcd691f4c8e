# Content / values: The Deepfake Clip (ages 16-18)

content-the-deepfake-clip-title = The Deepfake Clip
content-the-deepfake-clip-summary = Days before an election, a shockingly real clip of a candidate goes viral, and your friend wants to share it.
content-the-deepfake-clip-remember = Strong feelings are a fake's favourite trick: pause, find the original and read around it. If it's fake, report it and share the fact-check, never the clip itself.

content-the-deepfake-clip-app = { $app }
content-the-deepfake-clip-app-loopsy = Loopsy
content-the-deepfake-clip-app-viddle = Viddle
content-the-deepfake-clip-app-scrollpop = Scrollpop
content-the-deepfake-clip-candidate-lindqvist = Mara Lindqvist
content-the-deepfake-clip-candidate-osei = Daniel Osei
content-the-deepfake-clip-candidate-ferreira = Ana Ferreira

content-the-deepfake-clip-npc-friend = { $friend }

content-the-deepfake-clip-intro = Four days to the election, and half your year can vote for the first time. On { $app }, one clip is everywhere: candidate { $candidate }, caught saying something shocking.
content-the-deepfake-clip-post = WATCH before they delete it!! { $candidate } admits the vote is rigged and laughs about it. 2 million views already. Posting this to the year group chat NOW.

content-the-deepfake-clip-spot = It looks and sounds real. Before anyone shares it, tap everything that gives this clip away.
content-the-deepfake-clip-card-title = @RealTruthDaily, reposted by { $friend }
content-the-deepfake-clip-card-body = A 40-second clip: { $candidate } at a podium, looking straight at the camera. "The vote is already decided. You people won't change a thing."
content-the-deepfake-clip-part-lips = The face: a blurry, doubled mouth and a seam around it
content-the-deepfake-clip-feedback-lips = Good catch. A doubled, blurry mouth and a seam round a pasted-on face are common signs of AI-made video. Fakes keep improving, though, so checking the source matters even more.
content-the-deepfake-clip-part-account = Posted by @RealTruthDaily, an account made 3 days ago
content-the-deepfake-clip-feedback-account = Yes. A brand-new account with no history posting explosive political news is a big warning sign. Real scoops come from outlets or reporters with a track record.
content-the-deepfake-clip-part-original = No link to the full speech, no place, no event named
content-the-deepfake-clip-feedback-original = Spot on. A real clip comes from somewhere: a speech, an interview, a date. With no original, you can't check the context, and that's often the point.
content-the-deepfake-clip-part-caption = Caption: "SHARE before they DELETE this!!"
content-the-deepfake-clip-feedback-caption = Right. Capitals, panic and "before they delete it" aim at your feelings so you share before you think. Strong emotions are exactly when to slow down.
content-the-deepfake-clip-part-date = Posted today at 09:14
content-the-deepfake-clip-feedback-date = Not a clue on its own: new posts are normal. Do check dates, though, because old or out-of-context clips are often reshared as "breaking news".
content-the-deepfake-clip-part-views = Label on the clip: 2 million views
content-the-deepfake-clip-feedback-views = Not a clue either way. Real clips and fakes can both get millions of views. Views show how far something spread, not whether it's true.
content-the-deepfake-clip-part-buttons = Like, comment and share buttons
content-the-deepfake-clip-feedback-buttons = Not a clue: every clip has these buttons, real or fake. The share button is where a fake grows, though, so pause before you use it.
content-the-deepfake-clip-pic-reposted = { $friend } reposted
content-the-deepfake-clip-pic-account = @RealTruthDaily
content-the-deepfake-clip-pic-joined = Joined 3 days ago
content-the-deepfake-clip-pic-date = Today at 09:14
content-the-deepfake-clip-pic-caption = SHARE before they DELETE this!!
content-the-deepfake-clip-pic-subtitle = The vote is already decided.
content-the-deepfake-clip-pic-views = 2 million views

content-the-deepfake-clip-react = { $friend } is about to post it to the year group chat: 300 people, many voting for the first time. What do you do?
content-the-deepfake-clip-choice-share = Share it. People deserve to see this before they vote.
content-the-deepfake-clip-feedback-share = A chance to learn: strong feelings are a fake's favourite trick. It was built to be shared fast, before anyone looks into it. Pause, find the original, then decide.
content-the-deepfake-clip-choice-scroll = Not my drama. I'll check the news about it later.
content-the-deepfake-clip-feedback-scroll = Not sharing was good: fakes grow with every share. But "later" comes after 300 people have seen it. Asking { $friend } to wait two minutes could have stopped it first.
content-the-deepfake-clip-choice-wait = Hold on, don't post it yet. Give me two minutes.
content-the-deepfake-clip-feedback-wait = Smart pause. You stopped the share first, then read around the clip: new tabs, the original, what fact-checkers say. Two minutes of checking beats the best fake.
content-the-deepfake-clip-c-spreads = Your post takes off: 400 shares in an hour. Screenshots keep the clip and drop any doubt. Then a fact-checker labels it AI-made, with your name right under it in the thread.
content-the-deepfake-clip-c-scroll = You scroll on. An hour later the clip is in the year group chat with 80 reactions, and { $friend } has added: "Not voting for that liar."
content-the-deepfake-clip-c-lateral = { $friend } waits. You put a frame into a reverse image search and find the original: a speech from two years ago where { $candidate } says the opposite. Two fact-checkers already flag the clip as AI-made.
content-the-deepfake-clip-pic-search = Reverse image search
content-the-deepfake-clip-pic-original = Original: the full speech, two years ago
content-the-deepfake-clip-pic-check-one = Fact-check: this clip was made with AI
content-the-deepfake-clip-pic-check-two = Fact-check: the real speech says the opposite

content-the-deepfake-clip-sort = Two minutes well spent. Meanwhile, more election-week posts are landing in your feed. Where does each one go?
content-the-deepfake-clip-post-office-from = City Election Office
content-the-deepfake-clip-post-office = Voting day is Sunday, 7:00 to 22:00. Bring photo ID, and find your polling station on our website. Please share this with anyone voting for the first time!
content-the-deepfake-clip-post-office-why = Share it: it's the election office's own account, the details match its website, and it helps first-time voters actually get there and vote.
content-the-deepfake-clip-post-kai-from = our.year.moments
content-the-deepfake-clip-post-kai = Someone filmed Kai freezing in his debate club speech. Skip to 0:40, he forgets his own name, lol. Send it to the group!
content-the-deepfake-clip-post-kai-why = Not one to pass on: it's Kai's worst moment, filmed without asking, and every share makes it bigger. Reporting it and checking he's OK helps more.
content-the-deepfake-clip-post-rumour-from = jules_on_the_17
content-the-deepfake-clip-post-rumour = Heard the polling station at our school is shut this year, so everyone has to vote across town. Can anyone confirm? Tell your parents.
content-the-deepfake-clip-post-rumour-why = Check first: nobody says where this came from. The election office lists every polling station, so two minutes on its website settles it.
content-the-deepfake-clip-post-debate-from = Harbour Daily
content-the-deepfake-clip-post-debate = Tonight's debate in full: all three candidates take students' questions on transport, housing and jobs. Full video and transcript on our site. Share it with anyone still deciding!
content-the-deepfake-clip-post-debate-why = Fine to share: a named paper with the full video and a transcript lets people judge it in context, which is exactly what the clip from @RealTruthDaily hid.
content-the-deepfake-clip-post-date-from = Harbour Daily Breaking
content-the-deepfake-clip-post-date = Screenshot from Harbour Daily: voting moves to next Sunday because of a printing error with the ballots. Polling stations stay shut this Sunday. Tell anyone who hasn't voted yet!
content-the-deepfake-clip-post-date-why = Don't share: the election office's own post still says this Sunday, and this screenshot comes from a copycat account with a look-alike name. A made-up date change is an old trick to stop people voting.
content-the-deepfake-clip-post-theo-from = noor.draws
content-the-deepfake-clip-post-theo = Theo just posted that he got his first-choice apprenticeship! He worked every weekend for this. So proud of you, Theo!
content-the-deepfake-clip-post-theo-why = Share away: it's kind, it's good news Theo is telling everyone himself, and passing it on cheers him on. Being careful with fakes doesn't mean doubting everyone.

content-the-deepfake-clip-friend-chat = OK, so people are saying it's fake. Honestly? Even if it is, it's exactly the kind of thing { $candidate } would say. Does it even matter?
content-the-deepfake-clip-choice-debunk = Quote-post it: "FAKE! Check the facts and report it!"
content-the-deepfake-clip-feedback-debunk = You spotted the fake, which is great. But a quote-post shows the clip to everyone who follows you, and screenshots cut your "FAKE" off. Share the fact-check, not the clip, and report it.
content-the-deepfake-clip-choice-correct = It matters. Here's the fact-check. I've reported the clip.
content-the-deepfake-clip-feedback-correct = That's how you stop a fake without boosting it: the fact-check travels, the clip doesn't, and your report gets it labelled. And yes, it matters: faking someone's words is unfair, whatever you think of them.
content-the-deepfake-clip-choice-meme = Who cares? I'll post a meme about { $candidate }. lol
content-the-deepfake-clip-feedback-meme = A chance to learn: a meme keeps the fake alive, even as a joke. A made-up clip can sway real votes, and it's unfair whatever you think of someone's politics.
content-the-deepfake-clip-c-reported = Within hours the platform labels the clip "manipulated media" and stops recommending it. { $friend } reads the fact-check and is done with the clip: "OK, that's creepy. It looked so real."
content-the-deepfake-clip-pic-manipulated = Manipulated media
content-the-deepfake-clip-pic-see-check = See the fact-check
content-the-deepfake-clip-pic-not-recommended = This clip is no longer recommended
content-the-deepfake-clip-c-debunk = Your "FAKE!" post gets 300 shares, but most people share it for the clip. The app pushes it to thousands more feeds, and screenshots crop your warning off.
content-the-deepfake-clip-c-meme = Your meme gets laughs and 200 shares, and every share carries the fake's claim with it. Then a fact-checker labels the clip AI-made, with your meme right under it in the thread.

content-the-deepfake-clip-boosted = Your "FAKE!" post is now the most-shared copy of the clip in your year. Your warning is right there in the caption. What now?
content-the-deepfake-clip-choice-keep-caption = Keep it up. The caption says FAKE, which helps keep people safe.
content-the-deepfake-clip-feedback-keep-caption = A chance to learn: most people watch the clip, not the caption. Every share of your post shows the fake again. Share the fact-check link on its own, and report the clip.
content-the-deepfake-clip-choice-explain = Add a long thread under the clip, explaining why it's fake.
content-the-deepfake-clip-feedback-explain = A chance to learn: a busy thread makes your post look popular, so the app shows the clip to even more people. The fact-check link says it better, without the clip.
content-the-deepfake-clip-choice-swap = Swap it for the fact-check link, then report the clip.
content-the-deepfake-clip-feedback-swap = Smart fix. Your warning was right, but the clip was doing the travelling. Now only the fact-check goes round, and your report lets the platform label the clip for everyone.
content-the-deepfake-clip-c-swapped = You delete your quote-post and share the fact-check link instead. You report the clip, and by evening it's labelled "manipulated media" and no longer recommended.
content-the-deepfake-clip-c-kept = Your post keeps climbing. Most people who share it never read your caption, and screenshots of the clip go round without it.
content-the-deepfake-clip-c-explained = Your thread gets 90 replies, half of them arguing, and every reply pushes the clip into more feeds.

content-the-deepfake-clip-fix = It happens to careful people too: fakes are built to be shared. Your post is still out there, helping the fake spread. What now?
content-the-deepfake-clip-choice-edit = Edit the caption: "might be fake, check it". Safe enough.
content-the-deepfake-clip-feedback-edit = A chance to learn: people watch the clip, not the caption, and an edit never reaches those who already shared it. Take it down, share the fact-check, and report the clip.
content-the-deepfake-clip-choice-fix = Delete my post, share the fact-check, report the clip.
content-the-deepfake-clip-feedback-fix = That's real integrity. Owning a mistake in public takes guts, and a correction from someone who shared the fake is often the one people believe.
content-the-deepfake-clip-choice-leave = Leave it up. Everyone's entitled to an opinion.
content-the-deepfake-clip-feedback-leave = A chance to learn: your opinions are yours, but a fake clip isn't an opinion, it's made-up evidence. It's never too late to correct it.
content-the-deepfake-clip-c-corrected = Your correction gets fewer likes than the fake did, but people reshare it, and the clip gets labelled "manipulated media". The next day a teacher shows your post in class: "This is how you handle a fake."
content-the-deepfake-clip-c-edited = Hardly anyone sees the new caption: the clip autoplays first, and the shares climb past 1,000.
content-the-deepfake-clip-c-left = The thread under your post fills with arguments, and the clip keeps climbing, with your name on it.

content-the-deepfake-clip-end-safe = { $friend } got the facts, the clip got reported and labelled, and you never passed it on. That's what an informed voter looks like.
content-the-deepfake-clip-end-safe-late = Your first call-out boosted the clip, but you swapped it for the fact-check and reported the fake. Now the correction travels instead of the clip.
content-the-deepfake-clip-end-mixed = You spotted the fake, but your post is still carrying the clip to new people, and the clip hasn't been labelled. Next time: share the fact-check, not the clip, and report it.
content-the-deepfake-clip-end-recovered = Your post helped the fake spread, then you put it right: you took it down, shared the fact-check and reported the clip. That's harder than never slipping, and it helps more people.
content-the-deepfake-clip-end-harmful = Your post is still helping the fake spread, and some people will vote on a lie. Being fooled by a fake isn't your fault, and it's never too late: ask a trusted adult to help you take it down and put it right.

# My phone: the fake clip shared, or reported (contact-the-recruiter remembers both).
content-the-deepfake-clip-trace-fake = A fake election clip, still shared from your profile.
content-the-deepfake-clip-trace-fake-advice = People still meet the fake through you. Delete the post, share the fact-check instead, and report the clip.
content-the-deepfake-clip-trace-reported-fake = A fake election clip: reported by you, now labelled "manipulated media".
content-the-deepfake-clip-trace-reported-fake-advice = Reporting got it labelled for everyone. Keep doing it: share the fact-check, never the clip.
