# Content / aggressive: The Violent Clip (ages 16-18). A real attack video, filmed to be shared. Nothing of it is described.

content-the-violent-clip-title = The Violent Clip
content-the-violent-clip-summary = A video of a real attack lands in your group chat, and your friend wants everyone to see it.
content-the-violent-clip-remember = You never have to watch violence, and sharing it, even to condemn it, spreads it. Report it, block accounts that praise it, follow trusted news and talk to someone. Check on friends who saw it.

content-the-violent-clip-app = { $app }
content-the-violent-clip-npc-friend = { $friend }
content-the-violent-clip-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
content-the-violent-clip-app-grouploop = GroupLoop
content-the-violent-clip-app-hubbub = Hubbub
content-the-violent-clip-app-chatnest = ChatNest
content-the-violent-clip-news-city-wire = City Wire
content-the-violent-clip-news-daily-ledger = The Daily Ledger
content-the-violent-clip-news-world-report = World Report
content-the-violent-clip-adult-aunt = Aunt Leila
content-the-violent-clip-adult-mum = Mum
content-the-violent-clip-adult-grandad = Grandad

content-the-violent-clip-intro = Sunday, 9 pm. News alerts keep popping up: there's been an attack at a concert in a big city. People were hurt. Nobody knows much yet.

# Decision 1: the "full video".
content-the-violent-clip-clip-drop = This is the full video from the concert, filmed by the attacker. It's sick. Everyone needs to see what happened. Watch before they take it down.
content-the-violent-clip-pic-group = Class group
content-the-violent-clip-pic-forwarded = Forwarded many times
content-the-violent-clip-pic-cover-title = Sensitive content
content-the-violent-clip-pic-cover-body = This video may show violence
content-the-violent-clip-pic-view = Watch
content-the-violent-clip-pic-caption = FULL video before it's deleted
content-the-violent-clip-choice-news = Not watching that. I'll check what { $news } is saying.
content-the-violent-clip-feedback-news = Good call. Videos like this are made to spread fear, and they can stay in your head. A trusted news outlet tells you what happened without showing the worst.
content-the-violent-clip-choice-mute = Mute the chat and go to sleep. Safer not to check it.
content-the-violent-clip-feedback-mute = Not watching protects you, good. But { $friend } is still sharing it, and muting won't stop it spreading. Saying something, or reporting it, can.
content-the-violent-clip-choice-watch = Watch it to the end. I need to know what happened.
content-the-violent-clip-feedback-watch = A chance to learn: you don't need to see violence to know it happened. Attackers often film to be seen, so every view helps them. It's OK to look away.

content-the-violent-clip-c-news = { $news }: "Several people were hurt at a concert tonight. Police are investigating. We are not showing footage of the attack, and we ask you not to share it either."
content-the-violent-clip-pic-news = { $news }
content-the-violent-clip-pic-headline = Attack at concert: what we know
content-the-violent-clip-pic-updated = Updated 21:14
content-the-violent-clip-pic-notice = We are not showing the video of the attack.
content-the-violent-clip-pic-support = Affected by the news? Talk to someone you trust.
content-the-violent-clip-c-muted = You mute the chat and sleep badly. In the morning the clip is in three more groups, and { $friend } has added: "Share it. People need to see."
content-the-violent-clip-c-watched = You watch. It's worse than you imagined. You stop near the end, but your heart is pounding and the pictures won't go away.

# Say it well: a message to the class group.
content-the-violent-clip-compose-intro = People in the class group keep forwarding the clip with "this is sick". You decide to write to the group yourself.
content-the-violent-clip-compose = Put in what helps the group stop sharing and look after each other. Leave out what spreads it or turns it into a fight.
content-the-violent-clip-compose-to = Class group
content-the-violent-clip-ph-hey = Hey everyone.
content-the-violent-clip-why-hey = A friendly start is fine either way.
content-the-violent-clip-ph-link = Here's the link so you know which video I mean, it's the full one.
content-the-violent-clip-why-link = Leave it out. A link, even one sent to explain, is one more way for the video to spread.
content-the-violent-clip-ph-please = Please don't share the video, even to say how awful it is.
content-the-violent-clip-why-please = Yes. Asking clearly, without blaming anyone, is what stops a video spreading.
content-the-violent-clip-ph-sick = Report whoever shares it again. They're sick.
content-the-violent-clip-why-sick = Leave it out. Calling people sick turns it into a fight, and it's the video that needs reporting, not your classmates.
content-the-violent-clip-ph-report = If it turns up, report it in the app. It takes a second.
content-the-violent-clip-why-report = Yes. Reports help the app take the video down for everyone.
content-the-violent-clip-ph-details = I watched it all. It's not even that bad.
content-the-violent-clip-why-details = Leave it out. "Not that bad" pushes people to watch, and talking about what's in it spreads it too.
content-the-violent-clip-ph-talk = If it got to you, that's OK. Talk to someone, I'm around too.
content-the-violent-clip-why-talk = Yes. Saying it's OK to be upset, and that you're there, helps more than you'd think.
content-the-violent-clip-c-sent = You send it. A few people reply, and { $friend } goes quiet.

# The next morning's feed.
content-the-violent-clip-sort = Next morning, your feed is full of the attack. Where does each post go?
content-the-violent-clip-post-glory-from = { $stranger }
content-the-violent-clip-post-glory = He showed them all. Full uncensored video on my channel, before they delete it.
content-the-violent-clip-post-glory-why = Don't share it: report the account and block it. It praises the attacker and spreads the video, which is what attackers want. Praising violence breaks every app's rules.
content-the-violent-clip-post-news-from = { $news }
content-the-violent-clip-post-news = Live updates on the concert attack: what we know, what we don't know yet, and where to find support. We won't show the attack video.
content-the-violent-clip-post-news-why = Fine to share: a named news outlet, honest about what it doesn't know yet, and it won't show the video.
content-the-violent-clip-post-rumour-from = breaking_now_24
content-the-violent-clip-post-rumour = UNCONFIRMED: a second attack is happening at the central station RIGHT NOW!! Share fast!!
content-the-violent-clip-post-rumour-why = Check first. No source, "unconfirmed" and "share fast" are how false alarms spread panic. Wait for a trusted outlet or the police.
content-the-violent-clip-post-quiet-from = Student council
content-the-violent-clip-post-quiet = The quiet room is open at lunchtime tomorrow for anyone upset by the news. Counsellors will be there.
content-the-violent-clip-post-quiet-why = Fine to share: it's local, kind and useful. Help that's easy to find reaches more people.
content-the-violent-clip-post-repost-from = Someone in your class
content-the-violent-clip-post-repost = this is DISGUSTING. share so everyone sees what he did [video]
content-the-violent-clip-post-repost-why = Don't share it, even though it's angry at the attacker. Reposting to condemn still spreads the video to people who never chose to see it. Report the video instead.
content-the-violent-clip-post-support-from = Youth Support Line
content-the-violent-clip-post-support = Seen something upsetting? You don't have to carry it alone. Talk to someone you trust, or find a helpline in your country.
content-the-violent-clip-post-support-why = Fine to share: it comes from a support service, and it points people to help without showing anything.

# The friend who watched it.
content-the-violent-clip-friend-night = it's 2am. I watched the whole thing last night and I can't stop seeing it. can't sleep. is that weird?
content-the-violent-clip-choice-call = Not weird at all. Can I call you? Talking helps.
content-the-violent-clip-feedback-call = That's being a real friend. Not sleeping after something like that is normal, and hearing a voice helps. Encouraging them to wake someone at home matters too.
content-the-violent-clip-choice-funny = Send a few funny videos to take their mind off it.
content-the-violent-clip-feedback-funny = Kind idea, and a distraction helps a little. But { $friend } asked if it's weird: they need to hear that it's normal, and that talking helps.
content-the-violent-clip-choice-report-only = Tell them to report the clip and block the group.
content-the-violent-clip-feedback-report-only = Reporting is good, and it helps everyone else. But { $friend } was telling you how they feel. Listening comes first; the report can wait a minute.
content-the-violent-clip-choice-rewatch = Watch it again, it's safe. It loses its power.
content-the-violent-clip-feedback-rewatch = A chance to learn: watching something upsetting again usually makes it stick harder, not fade. It's not too late to help { $friend } get real support.
content-the-violent-clip-c-call = You call. { $friend } talks for a long time, then says they'll wake someone at home. In the morning, { $adult } asks how you're doing.
content-the-violent-clip-adult-check = I heard about that video. How are you? You did the right thing not watching, and being there for { $friend }. Let's report the clip together, and we can talk whenever you need.
content-the-violent-clip-c-funny = You send funny videos. { $friend } sends back a laughing face, then nothing.
content-the-violent-clip-c-report-only = ok reported. but I still can't stop seeing it.

# The next day: "don't tell anyone".
content-the-violent-clip-next-day = still didn't sleep. can't stop thinking about it. don't tell anyone ok? I don't want a fuss.
content-the-violent-clip-choice-tell-together = I'm worried. Let's tell { $adult } today, together.
content-the-violent-clip-feedback-tell-together = That's the right call, even though they asked you not to. When a friend is struggling, telling a trusted adult isn't betrayal: it's care. A counsellor or a helpline can help too.
content-the-violent-clip-choice-keep-secret = OK, I won't tell. I'll check on you every day.
content-the-violent-clip-feedback-keep-secret = A chance to learn: checking in is kind, but a friend who can't sleep for days needs more than a secret. It's never too late to tell a trusted adult.
content-the-violent-clip-choice-brush-off = You'll be OK. Everyone's seen worse stuff online.
content-the-violent-clip-feedback-brush-off = A chance to learn: "everyone's seen worse" makes people feel they can't talk. Shock after violence is normal. It's never too late to tell a trusted adult.
content-the-violent-clip-adult-friend = Thank you for telling me. You're not betraying { $friend }: you're looking after them. I'll talk to their family today, and we'll report the video. And how are you doing?
content-the-violent-clip-c-alone = { $friend } stops replying. At school they look exhausted, and nobody else knows why.
content-the-violent-clip-c-secret = You keep the secret. Each day you check in, and each day { $friend } says "fine", looking more tired.

# After the "watch it again" advice.
content-the-violent-clip-c-rewatch = I watched it again like you said. It's worse. I can't stop shaking.
content-the-violent-clip-after-rewatch = That advice made it worse, and it's OK to admit that. { $friend } needs more than a friend right now. What now?
content-the-violent-clip-choice-go-together = Let's go and tell { $adult } now. I'll come too.
content-the-violent-clip-feedback-go-together = Brave and right. It's OK to admit your advice didn't help. A trusted adult, a counsellor or a helpline is what { $friend } needs now.
content-the-violent-clip-choice-promise = I promise I'll never tell. I'll keep it all private.
content-the-violent-clip-feedback-promise = A chance to learn: a promise to keep a friend's distress secret is one you're allowed to break. It's never too late to tell a trusted adult.
content-the-violent-clip-choice-wont-think = Try hard not to think about it. It will pass.
content-the-violent-clip-feedback-wont-think = A chance to learn: trying not to think about something often makes it louder. Talking is what helps. It's never too late to tell a trusted adult.
content-the-violent-clip-adult-friend-late = Thank you for coming to me. You're not in trouble: lots of people think watching again helps. I'll call their family now, and we'll report the video. How are you?
content-the-violent-clip-c-promise = You stay up messaging { $friend } until 3. They're still shaking, still alone with it, and nobody else knows.

# After watching.
content-the-violent-clip-shaken = That was a lot. Feeling shaken after something like that is normal, and it's not your fault you saw it. What now?
content-the-violent-clip-choice-find-adult = Put the phone away and go and find { $adult } now.
content-the-violent-clip-feedback-find-adult = That's how you turn it round. Talking helps the pictures fade, and { $adult } can help you report the video. Seeing it was not your fault.
content-the-violent-clip-choice-funny-self = Watch funny clips in bed until I feel safe again.
content-the-violent-clip-feedback-funny-self = Calming yourself down is a good instinct. But pictures like these often come back at night, and you don't have to carry them alone. Talking helps more.
content-the-violent-clip-choice-forward = Forward it to the football group: they should see this.
content-the-violent-clip-feedback-forward = A chance to learn: even to show how awful it is, forwarding spreads the shock to people who never chose to see it, and it's what the attacker wanted. You can still stop and talk.
content-the-violent-clip-c-forwarded = The football group fills with shocked replies, and someone asks where you got it. At 1 am, the pictures are still there.
content-the-violent-clip-c-funny-self = Funny clips help a bit. But at 1 am the pictures are still there, and people are asking you for the link.

content-the-violent-clip-late = It's 1 am. The pictures keep coming back, and people keep asking you for the link. What now?
content-the-violent-clip-choice-report-wake = Report the clip, then go and wake { $adult }.
content-the-violent-clip-feedback-report-wake = Brave and right. Reporting helps take it down, and waking an adult at 1 am for this is OK. You're not in trouble for having seen it.
content-the-violent-clip-choice-send-link = Send them the link. They'll see it anyway.
content-the-violent-clip-feedback-send-link = A chance to learn: "they'll see it anyway" isn't a reason to help it spread. It's never too late to stop, report it and talk to a trusted adult.
content-the-violent-clip-choice-doomscroll = Stay up checking every comment, just to be safe.
content-the-violent-clip-feedback-doomscroll = A chance to learn: reading every comment late at night makes upsetting things feel bigger, and you lose sleep. It's OK to log off and talk to someone.
content-the-violent-clip-adult-late = I'm so glad you came to me. You're not in trouble: lots of people watched before they knew. Let's report it, switch off autoplay, and talk. If the pictures keep coming back, we can call a helpline.
content-the-violent-clip-c-doomscroll = You read until 3. Every comment goes over it again, and the pictures feel bigger than ever.
content-the-violent-clip-c-sent-link = You send the link. It's forwarded again and again, and one reply says "thanks, sending it to my little brother".

content-the-violent-clip-end-safe = You didn't watch it, you wrote to the group instead of passing it on, and you were there for { $friend }. Looking after yourself and your friends is part of staying safe online.
content-the-violent-clip-end-safe-late = It took a day, but { $adult } knows how { $friend } is doing, and they're getting support. Noticing a friend is struggling and telling someone is what good friends do.
content-the-violent-clip-end-recovered = You saw more than anyone should, but you went to { $adult }. The video is reported, and the pictures fade faster when you talk. None of this was your fault.
content-the-violent-clip-end-recovered-friend = Your first advice didn't help, but you put it right: { $adult } knows, and { $friend } is getting support. Admitting that and asking for help was brave.
content-the-violent-clip-end-mixed = { $friend } is carrying it alone, and nobody else knows. It may fade, or it may not. It's never too late to tell a trusted adult, even if your friend asked you not to.
content-the-violent-clip-end-tired = You're worn out, the pictures feel bigger than ever, and nobody knows how you feel. Logging off and talking to a trusted adult or a helpline helps far more than scrolling.
content-the-violent-clip-end-alone = { $friend } is shaken and alone with it. It's not your fault. It's never too late to tell a trusted adult: worrying about a friend is a good reason to break a promise.
content-the-violent-clip-end-harmful = The video keeps spreading, and it's weighing on you. It's not your fault, and it's never too late: stop sharing, report it, and talk to a trusted adult or a helpline.

# My phone.
content-the-violent-clip-trace-reported = A video of a violent attack, reported.
content-the-violent-clip-trace-reported-advice = Reports help take videos like this down. You never have to watch one. If it turns up again, report it again, and talk to someone if it stays with you.
