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
content-the-shocking-video-name-zara = Zara
content-the-shocking-video-name-leo = Leo
content-the-shocking-video-name-amir = Amir
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = Mum
content-the-shocking-video-adult-dad = Dad
content-the-shocking-video-adult-aunt = Aunt Rosa

content-the-shocking-video-intro = It's 10 pm and your class chat on { $app } is full of homework memes. An hour ago, someone nobody knows, { $stranger }, joined through the group's invite link.
content-the-shocking-video-video-drop = REAL fight caught on camera, it gets really bad at the end. Watch before it gets deleted! Send it to every group you're in.

content-the-shocking-video-friend-reacts = Has anyone watched it? People are saying someone got badly hurt. Should I open it?
content-the-shocking-video-choice-report-dont-share = Don't open it. I'm reporting it, and please nobody share it.
content-the-shocking-video-feedback-report-dont-share = Strong move. Violent videos can stick in your head, and every share hurts the person in it again. Reporting it to { $app } helps get it taken down.
content-the-shocking-video-choice-scroll-past = Don't open it, just scroll past
content-the-shocking-video-feedback-scroll-past = Not watching protects you, good call. But the video is still spreading in your class. A quick report and a "please don't share" could stop it.
content-the-shocking-video-choice-watch-forward = Watch it, and forward it to the football group
content-the-shocking-video-feedback-watch-forward = A chance to learn: "watch before it gets deleted" is a hook to make you click. Forwarding it spreads harm to people who never chose to see it.

content-the-shocking-video-watched = You watch a few seconds. It's worse than you expected. You close it, but the pictures stay in your head, and the football group fills up with shocked replies.
content-the-shocking-video-upset-choice = That was hard to see, and feeling shaken is completely normal. The video is in the football group now, but you can still fix this. What now?
content-the-shocking-video-choice-delete-tell = Delete my forward, report the video and tell { $adult }
content-the-shocking-video-feedback-delete-tell = That's how you turn it around. Deleting stops the spread, reporting helps take it down, and talking to someone helps the pictures fade. Everyone makes mistakes.
content-the-shocking-video-choice-delete-forget = Delete my forward and try to forget it
content-the-shocking-video-feedback-delete-forget = Deleting it was the right first step. But upsetting videos can keep coming back to you. Reporting it and talking to a trusted adult would help you and others.
content-the-shocking-video-choice-watch-again = Watch it again and read all the comments
content-the-shocking-video-feedback-watch-again = A chance to learn: watching again usually makes the upset bigger, not smaller. It's OK to close it, take a break and do something that calms you.

content-the-shocking-video-stranger-dm = Saw you in the group. If you liked that one, I've got way worse. Add me on a private app, just don't tell your parents lol.
content-the-shocking-video-choice-block-report-stranger = Block and report { $stranger }, and warn the group admin
content-the-shocking-video-feedback-block-report-stranger = Exactly right. A stranger who pushes shocking videos, wants a private app and says "don't tell your parents" is showing three warning signs at once.
content-the-shocking-video-choice-ignore-dm = Leave the message on "seen" and don't reply
content-the-shocking-video-feedback-ignore-dm = Not replying keeps you safe for now. But { $stranger } is still in your class chat and can message others. Blocking and reporting them protects everyone.
content-the-shocking-video-choice-reply-stranger = Reply: "ok, send them"
content-the-shocking-video-feedback-reply-stranger = A chance to learn: someone who sends shocking videos and wants secrets from parents isn't looking out for you. Replying tells them you're easy to reach.

content-the-shocking-video-late-night = It's nearly 11 and your head is buzzing after all that. It's OK to feel upset by things online. How do you want to end the night?
content-the-shocking-video-choice-talk-and-sleep = Put my phone away and tell { $adult } what happened
content-the-shocking-video-feedback-talk-and-sleep = Great choice. Talking makes heavy feelings lighter, and a break from the screen helps your brain settle. { $adult } can also help with reports.
content-the-shocking-video-choice-mute-sleep = Mute the chat and sleep, but keep it to myself
content-the-shocking-video-feedback-mute-sleep = A break and sleep really help. But if the video pops into your head again, it's OK to talk about it. You don't have to carry it alone.
content-the-shocking-video-choice-scroll-late = Keep scrolling the chat until 2 am
content-the-shocking-video-feedback-scroll-late = A chance to learn: scrolling late after something upsetting usually makes it feel bigger, and you lose sleep. It's OK to log off and talk.

content-the-shocking-video-parent-talk = Thank you for telling me. Feeling shaken is normal, and you did nothing wrong. Let's report the video and that account together, and ask your teacher to reset the class chat's invite link.

content-the-shocking-video-more-clips = { $stranger } sends a link to an even worse video. Then they ask how old you are, and for a selfie "to prove you're not a snitch". Your stomach drops.
content-the-shocking-video-sango-help = I'm worried. Shocking videos, secrets, and now a selfie: these are warning signs. Telling isn't snitching, it's getting help. It's not your fault, and you can stop this. What will you do?
content-the-shocking-video-choice-stop-tell = Stop replying, screenshot it, block, and tell { $adult }
content-the-shocking-video-feedback-stop-tell = That's brave and smart. Screenshots are evidence, blocking cuts them off, and a trusted adult can report the account. You are not in trouble.
content-the-shocking-video-choice-block-only = Block { $stranger }, but keep it to myself
content-the-shocking-video-feedback-block-only = Blocking was a good step! But { $stranger } can still message your classmates. A trusted adult can help report the account so it stops for everyone.
content-the-shocking-video-choice-send-selfie = Send the selfie so they leave me alone
content-the-shocking-video-feedback-send-selfie = A chance to learn: giving in usually makes people like this ask for more, not less. It's never too late to stop replying and get help.

content-the-shocking-video-adult-helps-late = I'm really glad you told me, and you're not in trouble. Let's report the video and that account together, and let the school know. If the pictures keep coming back, a helpline can help too.

content-the-shocking-video-end-safe = You saw the warning signs, looked after yourself, and talked it through. The video and the account are reported, and you got a good night's sleep. That's real strength.
content-the-shocking-video-end-mixed = You kept yourself safe for now, but no adult knows, and { $stranger } may still be in your class chat. It's never too late to report and talk to someone.
content-the-shocking-video-end-tired = You're exhausted at school, and the video keeps replaying in your head. Logging off and talking to a trusted adult helps far more than scrolling.
content-the-shocking-video-end-recovered = Things got heavy, but you asked for help, and that turned it around. The video and the account are reported. Talking about it was brave.
content-the-shocking-video-end-harmful = { $stranger } keeps messaging and wants more. This is not your fault. It's never too late: block, report, and tell a trusted adult or call a helpline.
