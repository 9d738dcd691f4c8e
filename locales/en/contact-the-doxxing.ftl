# Contact / aggressive: Found You (ages 16-18). Doxxing after a post: don't engage, keep the proof, report, lock down, tell an adult, the police for threats; friends help by not spreading.

contact-the-doxxing-title = Found You
contact-the-doxxing-summary = Your game review goes viral, and a stranger posts your school, your street and your sister's account for everyone to see.
contact-the-doxxing-remember = If someone posts where you live or study: don't hit back. Screenshot it, report it, lock your accounts down and tell a trusted adult. Threats are a crime: adults can involve the police.

contact-the-doxxing-app = { $app }
contact-the-doxxing-app-clipcast = Clipcast
contact-the-doxxing-app-reelroom = Reelroom
contact-the-doxxing-app-vidnest = Vidnest
contact-the-doxxing-game-starfall = Starfall Arena
contact-the-doxxing-game-crystal-rift = Crystal Rift
contact-the-doxxing-game-skyline = Skyline Racers
contact-the-doxxing-troll-truth = truth_digger99
contact-the-doxxing-troll-exposed = exposed.daily
contact-the-doxxing-troll-nightwatch = n1ghtwatch
contact-the-doxxing-adult-dad = Dad
contact-the-doxxing-adult-coach = Coach Ade
contact-the-doxxing-adult-grandma = Grandma

contact-the-doxxing-npc-troll = { $troll }
contact-the-doxxing-npc-anon = user_4471
contact-the-doxxing-npc-friend = { $friend }
contact-the-doxxing-npc-adult = { $adult }

contact-the-doxxing-intro = Last night you posted a video review on { $app }: "{ $game }'s new update is a lazy cash grab." By morning it has 80,000 views, and the game's biggest fans are not happy.
contact-the-doxxing-replies = Most replies just disagree. Some are insults. Then one account, { $troll }, posts something very different.
contact-the-doxxing-dox-post = found them. goes to Riverside School, lives on Linden Road, and here's their sister's account. go say hi.
contact-the-doxxing-pic-head = found them.
contact-the-doxxing-pic-school = School: Riverside
contact-the-doxxing-pic-street = Street: Linden Road
contact-the-doxxing-pic-family = Sister: @rosie.sketches
contact-the-doxxing-pic-shares = 1,200 shares
# The world remembers: the gym tags (The Body-Image Feed), taken off or not (The Pile-On).
contact-the-doxxing-gym-safe = They found your school and street, but not your gym: you took those tags off after the pile-on. One less place for strangers to wait for you.
contact-the-doxxing-gym-found = There's more: a reply links your gym, found from the tagged selfies. Strangers now know where you'll be after school. That can still be fixed.

contact-the-doxxing-setup = First, lock things down. Your reviews broke no rules, so they can stay up for your followers, and your friends need to reach you. Nobody else needs your school, your location or your number.
contact-the-doxxing-set-videos = Who can see my videos
contact-the-doxxing-val-videos-everyone = Everyone
contact-the-doxxing-val-videos-followers = My followers
contact-the-doxxing-val-videos-only-me = Only me
contact-the-doxxing-why-videos-everyone = A chance to learn: right now "Everyone" includes the crowd that's digging. "My followers" fits better: the people who watch your reviews still can.
contact-the-doxxing-why-videos-followers = Good fit. Your followers still see your reviews, and the crowd hunting for details sees much less. You don't have to disappear.
contact-the-doxxing-why-videos-only-me = Safe, but your followers lose your reviews, and you did nothing wrong. "My followers" fits better: keep your work, shut out the crowd.
contact-the-doxxing-set-messages = Who can message me
contact-the-doxxing-val-messages-everyone = Everyone
contact-the-doxxing-val-messages-following = People I follow
contact-the-doxxing-val-messages-nobody = Nobody
contact-the-doxxing-why-messages-everyone = A chance to learn: "Everyone" lets any stranger in the pile-on message you directly. "People I follow" fits better.
contact-the-doxxing-why-messages-following = Good fit. Your friends can still reach you, and strangers from the pile-on can't message you.
contact-the-doxxing-why-messages-nobody = Quiet, but your friends can't reach you either, and you'll want them now. "People I follow" fits better.
contact-the-doxxing-set-school = School on my profile
contact-the-doxxing-val-school-shown = Shown
contact-the-doxxing-val-school-hidden = Hidden
contact-the-doxxing-why-school-shown = A chance to learn: your school on your profile tells strangers where to find you every weekday. Hide it.
contact-the-doxxing-why-school-hidden = Good. Your friends already know where you study. Nobody else needs to.
contact-the-doxxing-set-location = Location on my posts
contact-the-doxxing-val-location-on = On
contact-the-doxxing-val-location-off = Off
contact-the-doxxing-why-location-on = A chance to learn: location on posts is how strangers work out your street and your routine. Turn it off.
contact-the-doxxing-why-location-off = Good. Your reviews don't need a map pin, and your street stays yours.
contact-the-doxxing-set-tags = Who can tag me
contact-the-doxxing-val-tags-anyone = Anyone
contact-the-doxxing-val-tags-following = People I follow
contact-the-doxxing-val-tags-ask = Ask me first
contact-the-doxxing-why-tags-anyone = A chance to learn: anyone could tag you in posts about you, and your name would lead straight to them. "Ask me first" fits better.
contact-the-doxxing-why-tags-following = Better than anyone, but a friend's tag at a party or a shop still shows where you are. "Ask me first" lets you check each one.
contact-the-doxxing-why-tags-ask = Good fit. Nothing with your name goes on your profile until you've seen it.
contact-the-doxxing-set-phone = Let people find me by phone number
contact-the-doxxing-val-phone-on = On
contact-the-doxxing-val-phone-off = Off
contact-the-doxxing-why-phone-on = A chance to learn: anyone with your number could find every account you have, and numbers get shared in pile-ons. Turn it off.
contact-the-doxxing-why-phone-off = Good. Friends can find you by username, and your number stays off the app.

contact-the-doxxing-first-move = Your school, your street, your sister's account, out there for anyone. Your hands are shaking. What do you do about the post?
contact-the-doxxing-choice-save-report = Screenshot the post and the account, then flag it.
contact-the-doxxing-feedback-save-report = Smart order: proof first, then the report. Screenshots with the username and the link keep the evidence if the post is deleted or copied, and the police may need them later.
contact-the-doxxing-choice-quick-report = Flag it right now, before anyone else sees it.
contact-the-doxxing-feedback-quick-report = Reporting was right, and fast. But without a screenshot, nothing proves what was shared when it's copied again. Save the proof first, then report.
contact-the-doxxing-choice-hit-back = Reply: "Take it down, or I'm posting YOUR address too."
contact-the-doxxing-feedback-hit-back = A chance to learn: hitting back gives the crowd a new show, and a threat from you can be used against you. Don't engage: save it, report it, tell an adult.
contact-the-doxxing-c-documented = You save screenshots of the post, the account and the link, and report it as "sharing private information". An hour later { $app } takes it down.
contact-the-doxxing-pic-report-title = Report post
contact-the-doxxing-pic-reason = Sharing someone's private information
contact-the-doxxing-pic-attached = 4 screenshots
contact-the-doxxing-pic-removed = Post removed. Thanks for reporting.
contact-the-doxxing-c-quick-report = Reported. The post disappears within the hour, but a new account has already copied it, and you have nothing saved to show anyone.
contact-the-doxxing-c-hit-back = lol, they're threatening me now. everyone look. here's the address again, in case you missed it.

contact-the-doxxing-fix-first = Your reply is being shared as "proof" you're the problem, and the address is up twice now. You can still put this right. What now?
contact-the-doxxing-choice-undo-tell = Delete my reply, and tell { $adult } everything, now.
contact-the-doxxing-feedback-undo-tell = That's putting it right. Deleting your reply takes away the show, and { $adult } can help you report both posts and keep the proof. Being angry isn't a crime; getting help is smart.
contact-the-doxxing-choice-keep-fighting = Keep going. Nobody's going to help me anyway. Why stop?
contact-the-doxxing-feedback-keep-fighting = A chance to learn: a pile-on feeds on replies, and nobody "wins" it. And help is there: it's never too late to stop, save what's there, and tell a trusted adult.
contact-the-doxxing-c-fight = You keep replying. By night three more accounts have posted your street, and one has found your sister's school too.

contact-the-doxxing-friend = the post with your address is in the year chat now. people are being so gross. should I repost it with "leave them alone" so everyone sees how messed up this is?
contact-the-doxxing-choice-dont-share = Don't repost it. Flag it and ask people to delete it.
contact-the-doxxing-feedback-dont-share = Exactly. Every repost, even a kind one, spreads your address further. Reporting it and asking people to delete it is how a friend really helps.
contact-the-doxxing-choice-blur-it = Yes, post it, but blur my street out first, OK?
contact-the-doxxing-feedback-blur-it = { $friend } means well. But a repost still spreads your school and your sister's account, and blurring can be undone. The kindest help is reporting it and not sharing it.
contact-the-doxxing-choice-dox-back = Find out who runs that account, and post THEIR address.
contact-the-doxxing-feedback-dox-back = A chance to learn: doxxing back is still doxxing. It's often the wrong person, and it makes you a target too. Report it and let adults handle it.
contact-the-doxxing-c-friend-reports = ok. I reported it and told everyone in the chat to delete it, not forward it. three people already did. I'm here if you need me.
contact-the-doxxing-c-friend-reposts = { $friend } posts it with your street blurred. By lunch someone has un-blurred it, and it's in two more chats.
contact-the-doxxing-c-dox-back = Someone digs up an address for { $troll } and posts it. It's the wrong person: a stranger's family, who now get the messages meant for the troll.

contact-the-doxxing-fix-friend = A family who did nothing is being targeted now, and your name is on it. It's not too late to stop it. What now?
contact-the-doxxing-choice-take-down = Get it deleted right now, and own up to someone at home.
contact-the-doxxing-feedback-take-down = That's brave. Getting it deleted stops the harm to people who did nothing, and an adult at home can help you report the rest. Owning a mistake is how you put it right.
contact-the-doxxing-choice-leave-it = Leave it. They started it, and I'm safer this way.
contact-the-doxxing-feedback-leave-it = A chance to learn: it isn't safer, and the people being hurt never started anything. It's never too late to get it deleted and tell a trusted adult.
contact-the-doxxing-c-left = The wrong family's address stays up. The crowd moves on to them, and the original post about you is still being shared.

contact-the-doxxing-night = That night, a message request arrives from an account with no picture.
# The world remembers: the countdown in The Countdown, and the adult you told.
contact-the-doxxing-familiar = A threat, a deadline, an audience. You've faced this playbook before, and you didn't give them what they wanted. The same moves work here.
contact-the-doxxing-threat = nice street. I walk past it every day. see you monday.
contact-the-doxxing-pic-request = Message request
contact-the-doxxing-pic-accept = Accept
contact-the-doxxing-pic-delete = Delete
contact-the-doxxing-choice-wake-adult = Don't answer. Wake { $adult } and show them this message.
contact-the-doxxing-feedback-wake-adult = Right call. That's a threat, and threats are a crime in many places. Don't reply: { $adult } can report it and contact the police and your school, so Monday is safe.
contact-the-doxxing-choice-block-stay-home = Block them, and stay home on Monday to be safe.
contact-the-doxxing-feedback-block-stay-home = Blocking and keeping your distance make sense. But a threat is for adults and the police to handle, and you shouldn't have to hide. Tell a trusted adult.
contact-the-doxxing-choice-not-scared = Reply: "Come on then. I'm not scared of you."
contact-the-doxxing-feedback-not-scared = A chance to learn: answering a threat tells them you're reading, and can turn words into a plan. Don't reply: save it and tell a trusted adult.
contact-the-doxxing-c-blocked = Blocked. You don't tell anyone. All weekend you check the window every time a car slows down.
contact-the-doxxing-c-replied = ok. monday it is. I'll be the one by the gate.

contact-the-doxxing-monday = Monday morning. The account is blocked, but the threat hasn't gone anywhere, and nobody who could act knows. What now?
contact-the-doxxing-choice-monday-tell = Tell { $adult } about the message before school.
contact-the-doxxing-feedback-monday-tell = Good. It isn't too late: a screenshot of the request and { $adult } are enough to report it, and the school and the police can make sure you're safe.
contact-the-doxxing-choice-monday-quiet = Say nothing. They're blocked now, and that's that.
contact-the-doxxing-feedback-monday-quiet = A chance to learn: blocking hides a threat from you, not you from it. You don't have to carry it alone: a trusted adult can report it and get the police involved.
contact-the-doxxing-c-quiet = You say nothing and go to school anyway. Nothing happens, this time. But you jump at every footstep, and the post is still out there.

contact-the-doxxing-fix-threat = You answered, and now there's a time and a place. This isn't a game, and it isn't your fault. What now?
contact-the-doxxing-choice-show-threat = Stop replying, and show { $adult } the whole chat tonight.
contact-the-doxxing-feedback-show-threat = That's exactly it. Answering doesn't make you to blame. { $adult } can report the chat, and the police and your school can make sure nobody is waiting by the gate.
contact-the-doxxing-choice-bring-friends = Get friends to walk with me. Safe, no adults needed.
contact-the-doxxing-feedback-bring-friends = A chance to learn: friends are great, but a threat is for adults and the police, not for teenagers to face at a gate. It's never too late to tell a trusted adult.
contact-the-doxxing-choice-delete-all = Delete all of it and pretend it never happened.
contact-the-doxxing-feedback-delete-all = A chance to learn: deleting the chat throws away the proof, and the threat is still out there. It's never too late to tell a trusted adult, who can still report it.
contact-the-doxxing-c-friends-monday = On Monday your friends walk you in. A stranger is by the gate, filming. Nobody who could stop it knows, and the clip is online by lunch.
contact-the-doxxing-c-deleted = You delete everything. On Monday you keep looking over your shoulder, and without the chat there's nothing left to show anyone.

contact-the-doxxing-adult-police = Thank you for waking me. This is a threat, and that's a matter for the police. We'll report the account, call them and the school tonight, and I'll take you in on Monday. You did everything right.
contact-the-doxxing-adult-police-late = I'm glad you told me, and you're not in trouble. We'll report the message and call the police and the school before the bell. You shouldn't have to carry this on your own.
contact-the-doxxing-adult-late = Thank you for telling me. You're not in trouble: being targeted like this would make anyone angry. We'll get the posts reported and deleted, keep the proof, and call the police if anything threatens you.

contact-the-doxxing-end-safe = Strangers posted where you live, and you didn't hit back: you reported it, locked your accounts down and let the adults handle the threat. Your reviews are still up.
contact-the-doxxing-end-safe-late = Staying quiet for a weekend was hard, but you told { $adult }, and the police and the school are on it. Your accounts are locked down, and your reviews are still up.
contact-the-doxxing-end-mixed = Nothing happened this time. But nobody who could act knows about the threat, and the post is still out there. A trusted adult can still report it and make Monday safe.
contact-the-doxxing-end-recovered = It got heated, and you put it right: you stopped engaging and told { $adult }. The posts are reported, and adults are handling the rest.
contact-the-doxxing-end-harmful = The posts keep spreading, and it's heavy to carry. It's not your fault that strangers targeted you. It's never too late to save what's left and tell a trusted adult, who can involve the police.

# My phone: what was reported.
contact-the-doxxing-trace-reported = Reported: { $troll }'s post with your school and street.
contact-the-doxxing-trace-reported-advice = Well done. If it turns up again, screenshot it, report it and tell a trusted adult. Check now and then who can see your school and location.
