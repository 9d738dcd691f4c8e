# Content / aggressive: The Shocking Video (ages 13-15)

content-the-shocking-video-title = The Shocking Video
content-the-shocking-video-summary = A violent video lands in your class chat, and the stranger who posted it wants to send you more.
content-the-shocking-video-remember = You never have to watch or share something upsetting, and it's OK to feel shaken. Report it, take a break, and talk to a trusted adult.

content-the-shocking-video-app = { $app }
content-the-shocking-video-npc-stranger = { $stranger }
content-the-shocking-video-npc-friend = { $friend }
content-the-shocking-video-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
content-the-shocking-video-app-chatterly = Chatterly
content-the-shocking-video-app-groupnest = GroupNest
content-the-shocking-video-app-pingpal = PingPal
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = Mum
content-the-shocking-video-adult-dad = Dad
content-the-shocking-video-adult-aunt = Aunt Rosa

content-the-shocking-video-intro = It's 10 pm and your class chat on { $app } is full of homework memes. An hour ago, someone nobody knows, { $stranger }, joined through the group's invite link.
content-the-shocking-video-pic-class-chat = Class chat
content-the-shocking-video-pic-joined = { $stranger } joined via invite link
content-the-shocking-video-video-drop = REAL fight caught on camera, it gets really bad at the end. Watch before it gets deleted! Send it to every group you're in.
content-the-shocking-video-pic-forwarded = Forwarded many times
content-the-shocking-video-pic-cover-title = Sensitive content
content-the-shocking-video-pic-cover-body = This video may be upsetting
content-the-shocking-video-pic-view = Watch video
content-the-shocking-video-pic-duration = 0:47

content-the-shocking-video-friend-reacts = Has anyone watched it? People are saying someone got badly hurt. Should I open it?
content-the-shocking-video-choice-dont-open = Don't. I just reported it. Nobody forward it, OK?
content-the-shocking-video-feedback-dont-open = Strong move. Violent videos can stick in your head, and every share hurts the person in it again. A report helps { $app } take it down for everyone.
content-the-shocking-video-choice-scroll-past = Not opening it. { $adult } always says scroll past, stay out of it.
content-the-shocking-video-feedback-scroll-past = Not watching protects you, good call. But the video keeps spreading in your class. A quick report and a "please don't share" could stop it.
content-the-shocking-video-choice-watch-quick = Open it quick, before it's deleted. Then we'll know.
content-the-shocking-video-feedback-watch-quick = A chance to learn: "watch before it gets deleted" is a hook to make you click. You never have to watch something just because everyone's talking about it.

content-the-shocking-video-c-reported = You report the video. { $friend } replies: "ok, not opening it." Two others add: "same, not sharing."
content-the-shocking-video-pic-reply-ok = ok, not opening it
content-the-shocking-video-pic-reply-same = same, not sharing
content-the-shocking-video-pic-report-thanks = Thanks for reporting
content-the-shocking-video-pic-report-review = We'll review this video
content-the-shocking-video-pic-report-reason = Violence
content-the-shocking-video-pic-done = Done
content-the-shocking-video-c-scrolled = You scroll past. By 10:30 the video has been forwarded to three other groups, and people are asking who is in it.
content-the-shocking-video-c-watched = You watch a few seconds. It's worse than you expected. You close it, but the pictures stay in your head, and your heart is thumping.

content-the-shocking-video-stranger-dm = Saw you in the group. I've got way worse clips. Add me on a private app, just don't tell your parents lol.
content-the-shocking-video-choice-screenshot-block = Screenshot first, then block and report { $stranger }.
content-the-shocking-video-feedback-screenshot-block = Exactly right. Shocking videos, a private app and "don't tell your parents" from an unknown account are three warning signs. Saving first means an adult can still see it.
content-the-shocking-video-choice-warn-stranger = I'm telling my parents and reporting you. Leave me alone.
content-the-shocking-video-feedback-warn-stranger = Not trusting them is right. But warning someone like this gives them time to delete everything or push harder. Just stop replying, save, block and report, then tell.
content-the-shocking-video-choice-ok-send = Lol ok, send one. My parents never check my phone anyway.
content-the-shocking-video-feedback-ok-send = A chance to learn: an unknown account that pushes shocking videos and wants secrets from your parents isn't looking out for you. Replying tells them you're easy to reach.

content-the-shocking-video-c-blocked = You save two screenshots, then block and report { $stranger }. The chat goes quiet.
content-the-shocking-video-c-warned = lol go ahead, snitch. nobody will believe you.
content-the-shocking-video-c-warned-after = The whole chat disappears: "This conversation was deleted." { $stranger } is still in your class group, and you have nothing saved.
content-the-shocking-video-c-more-clips = { $stranger } sends a link to an even worse video. Then they ask how old you are, and for a selfie "to prove you're not a snitch". Your stomach drops.
content-the-shocking-video-pattern-blocked = Those are the moves { $follower } tried on you: a private app, and "don't tell your parents". You knew the pattern and shut it down fast.
content-the-shocking-video-pattern-warned = Remember { $follower }? A private app and "don't tell your parents" are the same moves. Next time, do what worked then: save it quietly, then block, report and tell.
content-the-shocking-video-pattern-more = It's the pattern you saw with { $follower }: secrets from your parents, then a photo. You stopped it then, and you can stop it now.

content-the-shocking-video-late-night = It's nearly 11 and your head is buzzing after all that. It's OK to feel upset by things online. How do you want to end the night?
content-the-shocking-video-pic-clock = 10:58
content-the-shocking-video-pic-new-messages = 47 new messages
content-the-shocking-video-pic-who = who is in the video??
content-the-shocking-video-choice-talk-sleep = Phone on charge in the kitchen, then a chat with { $adult }.
content-the-shocking-video-feedback-talk-sleep = Great choice. Talking makes heavy feelings lighter, and a screen-free night helps your brain settle. { $adult } can also help with reports.
content-the-shocking-video-choice-mute-sleep = Mute it and sleep. I'll tell { $adult } if it still bugs me.
content-the-shocking-video-feedback-mute-sleep = A break and sleep really help. But "if it still bugs me" means carrying it alone tonight, and things like this often come back. Talking it through now helps.
content-the-shocking-video-choice-read-chat = Read all the comments, to see what everyone thinks.
content-the-shocking-video-feedback-read-chat = A chance to learn: reading every comment late at night usually makes upsetting things feel bigger, and you lose sleep. It's OK to log off.

content-the-shocking-video-c-parent-talk = Thank you for telling me. Feeling shaken is normal, and you did nothing wrong. Let's make sure that account is reported, and ask your teacher to reset the class chat's invite link.
content-the-shocking-video-c-read-late = You read until 1 am. People describe every second of the video, and the thumbnail keeps popping up.
content-the-shocking-video-c-muted-sleep = You sleep, mostly. In the morning the video is still in the class chat, and someone has forwarded a new clip from the same account. Just the thumbnail makes your stomach drop.

content-the-shocking-video-morning = Last night didn't make it go away. What now?
content-the-shocking-video-choice-show-adult = Show { $adult } the whole chat before I leave for school.
content-the-shocking-video-feedback-show-adult = Well done. Some things don't fade with sleep, and sharing them is how they get lighter. An adult can also get the school to clear that account out of the chat.
content-the-shocking-video-choice-one-look = Just one look. I'm fine, no need to bother { $adult }.
content-the-shocking-video-feedback-one-look = A chance to learn: "just one look" is how upsetting videos get stuck in your head. You don't need to see it to report it, and talking about it is never a bother.
content-the-shocking-video-c-parent-morning = I'm glad you showed me. You did nothing wrong. I'll report that account with you and call the school, so the class chat gets a new invite link today.
content-the-shocking-video-c-one-look = It's even worse than people said. You report it, but all day at school the pictures keep coming back.

content-the-shocking-video-upset-choice = That was hard to see, and feeling shaken is completely normal. What now?
content-the-shocking-video-choice-find-adult = Close it, and go and find { $adult }. I don't want to be alone.
content-the-shocking-video-feedback-find-adult = That's how you turn it around. Talking to someone helps the pictures fade, and { $adult } can help report the video. Opening it was a slip, not your fault.
content-the-shocking-video-choice-funny-clips = Close it, watch funny clips till I feel safe. { $adult } would worry.
content-the-shocking-video-feedback-funny-clips = Calming yourself down is a good instinct. But upsetting videos often come back later, and { $adult } would rather know than have you carry it alone.
content-the-shocking-video-choice-forward-group = Send it to the football group. They'll all want to see it.
content-the-shocking-video-feedback-forward-group = A chance to learn: forwarding spreads the shock to people who never chose to see it, and hurts the person in the video again. It's never too late to delete it and talk.

content-the-shocking-video-c-adult-upset = I'm glad you came to me, and you're not in trouble. Let's report the video and the account that posted it. If the pictures keep coming back, we'll talk again, or call a helpline.
content-the-shocking-video-c-forwarded = The football group fills up with shocked replies. Someone asks where you got it. Then a new message pops up.
content-the-shocking-video-c-funny = Funny clips help a bit. But at 11, the video is still in your head. Then a new message pops up.

content-the-shocking-video-stranger-late = Saw you opened it… knew you could handle the real stuff. Add me on a private app for worse ones. don't tell your parents lol
content-the-shocking-video-choice-show-chat = Screenshot it, then go and show { $adult } the whole chat.
content-the-shocking-video-feedback-show-chat = Brave and smart. An unknown account pushing worse videos and secrecy is a warning sign. Screenshots keep the evidence, and an adult can report and block it with you.
content-the-shocking-video-choice-send-one-more = Fine, send one more. Then I've got proof to show { $adult }.
content-the-shocking-video-feedback-send-one-more = A chance to learn: you already have enough proof. "Just one more" keeps you talking to someone who isn't looking out for you. Save what's there, stop replying and get help now.
content-the-shocking-video-c-more-late = { $stranger } sends another link, then asks how old you are, and for a selfie "to prove you're not a snitch". They keep messaging.

content-the-shocking-video-sango-help = I'm worried. Worse clips, secrets from parents, and now a selfie: these are warning signs. Telling isn't snitching. It's not your fault, and you can stop this now.
content-the-shocking-video-choice-stop-tell = Stop replying, screenshot it all, and go straight to { $adult }.
content-the-shocking-video-feedback-stop-tell = That's brave and smart. Screenshots are evidence, stopping cuts them off, and a trusted adult can block and report the account with you. You are not in trouble.
content-the-shocking-video-choice-send-selfie = Just send it. Then they stop, and { $adult } never finds out.
content-the-shocking-video-feedback-send-selfie = A chance to learn: giving in usually makes people like this ask for more, not less. { $adult } will help, and you're not in trouble. It's never too late to stop replying.
content-the-shocking-video-c-selfie-sent = You send it. { $stranger } replies at once: they want another one, and they say they'll share the first if you stop.

content-the-shocking-video-c-adult-stranger = I'm really glad you showed me, and you're not in trouble. We'll keep the screenshots, block and report that account, and tell the school. If it keeps on, we can call a helpline or the police.

content-the-shocking-video-end-safe = You didn't let the video or { $stranger } pull you in, you gave your head a rest, and { $adult } knows. The account is being reported, and the class invite link is being reset.
content-the-shocking-video-end-tired = You're worn out, what you saw and read keeps replaying in your head, and nobody knows how you feel. It may come back. Logging off and talking to a trusted adult helps far more than scrolling.
content-the-shocking-video-end-recovered = Things got heavy, but you put it right: you stopped and went to { $adult }, who is helping you report it all. Talking about it was brave, and it helps the pictures fade.
content-the-shocking-video-end-harmful = { $stranger } keeps messaging and wants more. This is not your fault, and it's never too late: send nothing more, save the messages and tell a trusted adult. They will help, and can call a helpline or the police.

# What the choices leave on "My phone" (traces).
content-the-shocking-video-trace-reported = The account that pushed violent clips into your class chat, reported.
content-the-shocking-video-trace-reported-advice = Good call: a report helps the app take it down for everyone. If a new account tries the same, save it, block, report and tell again.
