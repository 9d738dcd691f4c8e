# Conduct / values: The Study Pills (ages 16-18). A group chat pushes "focus pills" and all-nighters. No drug names, doses or methods.

conduct-the-study-pills-title = The Study Pills
conduct-the-study-pills-summary = Two weeks to exams, and your group chat is selling "focus pills" and bragging about all-nighters. What actually helps?
conduct-the-study-pills-remember = Pills from strangers online can contain anything. Real help is sleep, breaks, revision sessions and a nurse or doctor. If a friend took something and feels unwell, get an adult straight away.

conduct-the-study-pills-app = { $app }
conduct-the-study-pills-app-clique = Clique
conduct-the-study-pills-app-groupy = Groupy
conduct-the-study-pills-app-hivechat = HiveChat
conduct-the-study-pills-group-name = { $group }
conduct-the-study-pills-group-crew = Revision Crew
conduct-the-study-pills-group-grind = Exam Grind
conduct-the-study-pills-group-squad = Study Squad
conduct-the-study-pills-seller-plug = focus_plug
conduct-the-study-pills-seller-boost = gradeboost_22
conduct-the-study-pills-seller-brain = brainfuel.x
conduct-the-study-pills-nighter-jay = Jay
conduct-the-study-pills-nighter-sol = Sol
conduct-the-study-pills-nighter-ash = Ash
conduct-the-study-pills-adult-uncle = Uncle Tomás
conduct-the-study-pills-adult-mum = Mum
conduct-the-study-pills-adult-gran = Gran

conduct-the-study-pills-npc-friend = { $friend }
conduct-the-study-pills-npc-seller = { $seller }
conduct-the-study-pills-npc-nighter = { $nighter }
conduct-the-study-pills-npc-adult = { $adult }

conduct-the-study-pills-intro = Two weeks to exams. Your class group, { $group }, is busier than ever: tips, memes, panic. { $friend } hasn't slept properly in days.

# Sort: real study help to share, harmful pressure to stop.
conduct-the-study-pills-sort = The group is full of "tips". Sort them: which would you pass on to your friends, which would you check first, and which would you keep out of the chat?
conduct-the-study-pills-post-timer-from = { $friend }
conduct-the-study-pills-post-timer = this free focus timer is the best thing ever. 25 minutes of work, 5 minutes off. did a whole history topic tonight
conduct-the-study-pills-post-timer-why = Share it. Short blocks with breaks are a real, well-known way to study, and the app is free. Good tips deserve passing on.
conduct-the-study-pills-post-pills = exam season special: FOCUS pills. study 12 hours straight, no sleep needed. DM me, no questions asked
conduct-the-study-pills-post-pills-why = Keep it out. Pills sold by a stranger online can contain anything, in any amount, and "no questions asked" means nobody's checking. Report the post instead.
conduct-the-study-pills-pic-ad-title = FOCUS+
conduct-the-study-pills-pic-ad-line1 = Study 12 hours straight
conduct-the-study-pills-pic-ad-line2 = No sleep needed
conduct-the-study-pills-pic-ad-dm = DM me
conduct-the-study-pills-post-sessions-from = School library
conduct-the-study-pills-post-sessions = Free revision sessions with teachers, every Tuesday and Thursday after class. Bring your questions, we'll bring the snacks.
conduct-the-study-pills-post-sessions-why = Share it. Free sessions with teachers who know the exam are exactly the kind of help that works, and the post comes from the school itself.
conduct-the-study-pills-pic-sessions-title = Revision sessions
conduct-the-study-pills-pic-sessions-when = Tue and Thu, after class
conduct-the-study-pills-pic-sessions-where = Library, free
conduct-the-study-pills-post-study-from = BrainHacks Daily
conduct-the-study-pills-post-study = SCIENTISTS SAY students on focus pills score 30% higher!!! share before they delete this
conduct-the-study-pills-post-study-why = Check first, and don't pass it on as it is: no study named, no scientists named, and "before they delete this" is a classic pressure line. Real research doesn't hide.
conduct-the-study-pills-post-nighter = sleep is for after exams. all-nighter tonight, who's in?? post your desk or you're not serious
conduct-the-study-pills-post-nighter-why = Keep it out. Sleep is when your brain stores what you learnt, and "not serious" is pressure, not a tip. You can skip it without missing anything.
conduct-the-study-pills-post-nurse-from = School nurse
conduct-the-study-pills-post-nurse = Exam stress is normal, and you don't have to handle it alone. Drop in any lunchtime, no appointment needed. Sleep and food count as revision too!
conduct-the-study-pills-post-nurse-why = Share it. A nurse who helps with stress, sleep and focus is real, safe help, and sharing it might reach someone who needs it.

# Decision 1: the seller writes to you.
conduct-the-study-pills-seller-dm = saw you're stressed about maths. first one's free, just for you. don't tell the others
conduct-the-study-pills-choice-report-seller = Report the account, then just leave the message on read.
conduct-the-study-pills-feedback-report-seller = Spot on. A stranger offering a free pill and "don't tell" are both warning signs. Reporting gets the account looked at before it reaches someone more tempted.
conduct-the-study-pills-choice-ignore-seller = Ignore it. It's not my business what the others buy.
conduct-the-study-pills-feedback-ignore-seller = Saying no for yourself is right. But the seller is still in your group, working on people who are more stressed. A report takes a few seconds.
conduct-the-study-pills-choice-free-pill = One free one, just to help with the maths exam.
conduct-the-study-pills-feedback-free-pill = A chance to learn: "first one free" is how sellers hook people, and nobody can tell you what's really inside. Exam stress makes this tempting. It's not too late to say no.
conduct-the-study-pills-reported = You report the account. By evening the seller's posts are gone from { $group }, and the app says: "Thanks, we've taken action."
conduct-the-study-pills-ignored = You leave it. The seller keeps posting in { $group }: "only 5 left", "exam tomorrow? I got you".

conduct-the-study-pills-packet = Two days later a small envelope arrives. Inside: a plain bag of tablets. No name, no label, no leaflet. Maths is tomorrow.
conduct-the-study-pills-pill-choice = Nobody, not even the seller, can tell you what's really in there. What do you do?
conduct-the-study-pills-choice-show-adult = Don't take it. Hand the bag to { $adult } tonight.
conduct-the-study-pills-feedback-show-adult = That's a brave, smart move. An adult can get rid of it safely, help report the seller and get you support with the exam stress. You're not in trouble for telling.
conduct-the-study-pills-choice-bin-it = Bin it tonight, block the seller, and then just move on.
conduct-the-study-pills-feedback-bin-it = Not taking it is the most important part, and blocking helps. But the seller has your address and can write from a new account, and { $adult } can only help if they know. You won't be in trouble.
conduct-the-study-pills-choice-take-it = Take it. Half the group says it works, so it's safe.
conduct-the-study-pills-feedback-take-it = A chance to learn: "everyone says" isn't a label. Pills from strangers can contain anything. It's not your fault you felt pushed, and it's not too late to get help.
conduct-the-study-pills-binned = You bin the bag, block the seller and say nothing. Next day a new account writes: "how was it? want more?"
conduct-the-study-pills-took = That night your heart races and you can't sleep at all. In the exam, the questions swim. You feel awful, and scared.
conduct-the-study-pills-own-last = It's not your fault: the group and the seller pushed hard. How you feel matters more than any exam. What now?
conduct-the-study-pills-choice-tell-nurse = Tell { $adult } and see the nurse or a doctor today.
conduct-the-study-pills-feedback-tell-nurse = That's the right call. When you've taken something unknown and feel unwell, a nurse or doctor needs to know, and an adult can help. You're not in trouble.
conduct-the-study-pills-choice-push-through = Tell { $adult } I'm just tired, and push through.
conduct-the-study-pills-feedback-push-through = A chance to learn: "just tired" hides what's really going on. Feeling unwell after an unknown pill is a reason to get help, not to wait. It's never too late to tell the whole story.
conduct-the-study-pills-choice-another = Ask the seller what's in it, and whether to take another.
conduct-the-study-pills-feedback-another = A chance to learn: the seller wants another sale, not your health. A nurse, a doctor or a trusted adult are the people to ask.
conduct-the-study-pills-pushed-through = You tell { $adult } it's just tiredness. You sleep badly for days, and the other exams go even worse than maths.
conduct-the-study-pills-asked-another = it's just nerves lol. want more? 10 each
conduct-the-study-pills-adult-self = Thank you for telling me. You're not in trouble, and this isn't your fault. Let's see the nurse today, report that seller, and plan revision that lets you sleep.

# Decision 2: the all-nighter.
conduct-the-study-pills-night = still up?? all-nighter crew. post your desk or you're not serious
conduct-the-study-pills-pic-time = 01:12
conduct-the-study-pills-pic-new = 47 new messages
conduct-the-study-pills-pic-night-post = all-nighter crew, post your desk!!
conduct-the-study-pills-choice-mute-sleep = Mute { $group } till morning and go to bed.
conduct-the-study-pills-feedback-mute-sleep = Great choice. Sleep is when your brain saves what you revised, and muting means the group can't keep you up. Nothing in that chat can't wait until breakfast.
conduct-the-study-pills-choice-post-desk = Post my desk to be safe from teasing, then sleep.
conduct-the-study-pills-feedback-post-desk = Going to bed is right. But posting feeds the "who's up latest" game, and the replies will buzz all night. Muting the group protects your sleep.
conduct-the-study-pills-choice-energy = Another energy drink. Sleep is for after the exams.
conduct-the-study-pills-feedback-energy = A chance to learn: an all-nighter makes memory worse, not better, and a heart racing on caffeine doesn't help you think. Tomorrow you can put sleep first.
conduct-the-study-pills-slept = You mute the group and sleep. At 2:30 a.m. your phone lights up with a private message from { $friend }.
conduct-the-study-pills-up-late = You post your desk. The replies keep buzzing until 2. At 2:30 a.m. a private message arrives from { $friend }.
conduct-the-study-pills-wired = By 2 a.m. your heart is thumping and nothing is going in. At 2:30 a.m. a private message arrives from { $friend }.

# Decision 3: a friend took one.
conduct-the-study-pills-friend-dm = can I tell you something? I took one of those pills from { $seller }. my heart's going really fast and I feel weird. please don't tell anyone
conduct-the-study-pills-choice-get-adult = I'm getting { $adult } right now. You need a doctor tonight.
conduct-the-study-pills-feedback-get-adult = That's being a real friend. A racing heart after an unknown pill needs a doctor, tonight. A secret about someone's health is one to break, and telling is never snitching.
conduct-the-study-pills-choice-water = Drink some water, lie down, and text me if it gets worse.
conduct-the-study-pills-feedback-water = Staying with { $friend } is kind. But you can't tell from a message how serious it is, and neither can they. An adult can get a doctor's advice straight away.
conduct-the-study-pills-choice-keep-secret = I won't tell { $adult } or anyone. Just sleep it off.
conduct-the-study-pills-feedback-keep-secret = A chance to learn: keeping the promise feels loyal, but { $friend } feels unwell after an unknown pill. This is a secret to tell, and it's not too late.
conduct-the-study-pills-adult-friend = You did exactly the right thing. We're calling { $friend }'s family and a doctor now. Nobody is in trouble. Tomorrow we'll report that seller together.

# Say it well: a message to the friend, next morning.
conduct-the-study-pills-compose = Next morning, { $friend } is home, checked over and OK. Write them a message: what helps, and what to leave out?
conduct-the-study-pills-ph-glad = I'm so glad you're OK.
conduct-the-study-pills-why-glad = Simple and warm. After a scary night, the first thing a friend needs to hear is that you care.
conduct-the-study-pills-ph-stupid = Honestly, that was so stupid of you.
conduct-the-study-pills-why-stupid = Leave it out. { $friend } knows it went wrong, and shame makes people hide things next time. Kindness keeps them talking to you.
conduct-the-study-pills-ph-library = Want to revise together at the library tomorrow?
conduct-the-study-pills-why-library = A real plan beats a lecture. Revising together is support that also helps with the exam stress behind all this.
conduct-the-study-pills-ph-hi = Hey, it's me.
conduct-the-study-pills-why-hi = Fine either way. It's friendly, and changes nothing.
conduct-the-study-pills-ph-group = I told the group so nobody else tries it.
conduct-the-study-pills-why-group = It sounds protective, but it spreads their private health news to the whole class. Warn people about the seller without naming { $friend }.
conduct-the-study-pills-ph-no-trouble = You're not in trouble with me, I promise.
conduct-the-study-pills-why-no-trouble = Important. { $friend } might worry you're angry about the secret. Saying it plainly keeps your friendship safe.
conduct-the-study-pills-ph-seller = Send me the seller's name, I want to see it.
conduct-the-study-pills-why-seller = Leave it out. Even "just curious" keeps the seller in your life. The account is being reported: let that be the end of it.
conduct-the-study-pills-ph-nurse = The school nurse helps with exam stress. Come with me?
conduct-the-study-pills-why-nurse = Yes. Stress is what sold the pill, and the nurse can help with it. Going together makes it easier to go at all.
conduct-the-study-pills-sent = thank you. for last night too. library tomorrow, yeah. and I'm muting { $group } till exams are over

conduct-the-study-pills-friend-worse = it's not stopping. my hands are shaking and I'm scared
conduct-the-study-pills-last = { $friend } is scared, and this is more than a friend can handle alone. It's not too late. What now?
conduct-the-study-pills-choice-tell-now = Wake { $adult } right now, even though I made a promise.
conduct-the-study-pills-feedback-tell-now = That's the right choice, and a brave one. A health scare is more important than a promise. { $friend } may be cross for a day; they'll be safe.
conduct-the-study-pills-choice-promise = A promise is a promise. I'll stay up texting them.
conduct-the-study-pills-feedback-promise = A chance to learn: staying up with { $friend } is caring, but texting can't help a racing heart. It's never too late to tell a trusted adult.
conduct-the-study-pills-choice-search = Check the pill online, then decide about { $adult }.
conduct-the-study-pills-feedback-search = A chance to learn: nobody knows what was in it, so no website can tell you. Searching wastes time a doctor could use. Wake { $adult } now.
conduct-the-study-pills-kept-promise = You text until 5 a.m. { $friend } gets through the night, but spends the next day feeling ill, and nobody knows what they took.
conduct-the-study-pills-searched = Every page says something different. By the time you look up, it's 4 a.m., and { $friend } still feels awful.

conduct-the-study-pills-end-safe = You kept your head in a group pushing pills and all-nighters, reported the seller, and got { $friend } help fast. Real revision and real sleep: that's what works.
conduct-the-study-pills-end-recovered = It took a moment, but you broke the promise that needed breaking. { $friend } saw a doctor, the seller is reported, and you both know now: a health secret is one to tell.
conduct-the-study-pills-end-recovered-self = The seller pulled you in, then you stopped and told { $adult }. The seller is reported, you're not in trouble, and the nurse is helping with the exam stress.
conduct-the-study-pills-end-harmful = Unknown pills made things worse, not better. It's not your fault: the group and the seller pushed hard. It's never too late to tell a trusted adult and see a nurse or doctor.
conduct-the-study-pills-end-harmful-friend = { $friend } still feels unwell, nobody knows what they took, and the seller is still selling. It's not your fault. It's never too late to tell a trusted adult, who can get { $friend } to a doctor.

# My phone: the seller reported.
conduct-the-study-pills-trace-reported = Reported: the account selling "focus pills" in { $group }.
conduct-the-study-pills-trace-reported-advice = Pills from strangers online can contain anything. Stressed about focus or sleep? A nurse, a doctor or a trusted adult can really help.

# Last decision: the group asks about the pills. Warn without naming the friend.
conduct-the-study-pills-group-ask = anyone still got those focus pills?? chem's on friday and I'm so behind
conduct-the-study-pills-choice-no-pills = No, they could be anything. Come to Thursday's revision session.
conduct-the-study-pills-feedback-no-pills = Well said. You warned the group off the pills and pointed them to real help, without sharing { $friend }'s private night.
conduct-the-study-pills-choice-name-friend = Don't buy them! { $friend } took one last night and it went really badly.
conduct-the-study-pills-feedback-name-friend = A chance to learn: the warning is right, but what happened to { $friend } is their private health news. Warn about the pills, and leave names out.
conduct-the-study-pills-named = Before you can delete it, half the class has seen it. { $friend } messages you: "that was private."
