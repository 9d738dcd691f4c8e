# Conduct / sexual: Pressure to Share (ages 16-18). Never explicit: consent, saying no, never forwarding, reporting and takedown, never the victim's fault.

conduct-the-shared-nudes-pressure-title = Pressure to Share
conduct-the-shared-nudes-pressure-summary = Your partner wants a private photo as "proof", and a friend offers to send you someone else's.
conduct-the-shared-nudes-pressure-remember = No is always OK, and nobody is owed an intimate photo. Sharing one of an under-18 is illegal, even to warn someone: report it and tell a trusted adult, who can help get it removed. It's never the victim's fault.

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = Alex
conduct-the-shared-nudes-pressure-partner-robin = Robin
conduct-the-shared-nudes-pressure-partner-jordan = Jordan

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = Ms Ruiz, school counsellor

conduct-the-shared-nudes-pressure-intro = You've been seeing { $partner } for two months: late-night messages on { $app }, inside jokes, the good stuff. Tonight the conversation takes a turn.

conduct-the-shared-nudes-pressure-ask = I've sent you loads of cute pics. If you really trust me, send me something more private. Just for me. It'd prove we're serious.
conduct-the-shared-nudes-pressure-choice-maybe = OK, one. I trust you, so just delete it straight after.
conduct-the-shared-nudes-pressure-feedback-maybe = A chance to learn: once an image is sent, a promise can't control it. Screenshots, break-ups and hacked phones happen. Caring never needs that kind of proof.
conduct-the-shared-nudes-pressure-choice-dodge = Haha maybe one day. Anyway, did you finish that essay yet?
conduct-the-shared-nudes-pressure-feedback-dodge = You kept your privacy, and that matters. But dodging can make the question keep coming back. You're allowed to give a clear no, without explaining.
conduct-the-shared-nudes-pressure-choice-no = No. I like you a lot, and I'm still not sending that.
conduct-the-shared-nudes-pressure-feedback-no = Clear and kind. It's always OK to say no, and you don't owe a reason. "Prove it" is pressure dressed up as romance, and someone who respects you accepts a no.
conduct-the-shared-nudes-pressure-push = Wow. Everyone else's partner does it. Guess you just don't care about me as much as I care about you.
conduct-the-shared-nudes-pressure-push-dodge = Don't change the subject. Everyone else's partner does it. Guess you just don't care as much as I do.

conduct-the-shared-nudes-pressure-friend-msg = have you seen the private photo of { $classmate } going round? someone's ex leaked it. it's in like 5 group chats. want me to send it?
conduct-the-shared-nudes-pressure-choice-forward-warn = Send it. I'll pass it to { $classmate } so they can get help.
conduct-the-shared-nudes-pressure-feedback-forward-warn = A chance to learn: forwarding it, even to help, is still sharing it, and sharing intimate images of under-18s is illegal. Tell { $classmate } in words, and get an adult.
conduct-the-shared-nudes-pressure-choice-flag-chats = Don't send it. Which chats? I'm flagging every one.
conduct-the-shared-nudes-pressure-feedback-flag-chats = That protects { $classmate }. Sharing intimate images of under-18s is illegal, so never forward one, only report it. An adult or a helpline can help get it taken down.
conduct-the-shared-nudes-pressure-choice-see-it = Go on then. Everyone's already seen it anyway.
conduct-the-shared-nudes-pressure-feedback-see-it = A chance to learn: every view and forward deepens the harm, and sharing intimate images of under-18s is illegal, even between teens. It's never { $classmate }'s fault.
conduct-the-shared-nudes-pressure-choice-not-me = Don't send it to me. Not my business, honestly.
conduct-the-shared-nudes-pressure-feedback-not-me = Refusing it was right: it stops with you. But it's still spreading, and { $classmate } may not know. Reporting it and telling an adult is how it gets taken down.
conduct-the-shared-nudes-pressure-flagged = ok, flagged them too. { $classmate } looked really upset at school today. let's tell Ms Ruiz at break, she'll know what to do.
# The world remembers: the classmate you stood by in The Pile-On.
conduct-the-shared-nudes-pressure-classmate-thanks = Later, { $classmate } messages you: "someone said you flagged the chats. you had my back in the pile-on too. thank you, really."
conduct-the-shared-nudes-pressure-pic-reported-chats = Reported chats
conduct-the-shared-nudes-pressure-pic-reported = Reported
conduct-the-shared-nudes-pressure-pic-report-thanks = Thanks. We'll review these chats.
conduct-the-shared-nudes-pressure-still-spreading = { $friend } shrugs and sends it to someone else instead. By lunch it's in two more group chats.
conduct-the-shared-nudes-pressure-forwarded = { $friend } sends it, and you pass it on. { $classmate } replies: "who else has this?? why are you sending it to me?" Now it's in one more chat.
conduct-the-shared-nudes-pressure-received = The photo lands on your phone. At school { $classmate } keeps their head down all day, while everyone looks at their phones, and at them.

conduct-the-shared-nudes-pressure-photo-now = The photo is on your phone now. It's never { $classmate }'s fault, and you can still help them. What will you do?
conduct-the-shared-nudes-pressure-choice-flag-and-go = Flag the chats, delete it, and ask Ms Ruiz for help.
conduct-the-shared-nudes-pressure-feedback-flag-and-go = That's putting it right. Reporting helps get it removed, and Ms Ruiz or a helpline can help { $classmate } get it taken down across apps. Coming forward is always the right move.
conduct-the-shared-nudes-pressure-choice-delete-quiet = Just delete it. Reporting would only get me in trouble.
conduct-the-shared-nudes-pressure-feedback-delete-quiet = A chance to learn: adults like Ms Ruiz are there to help, not to blame, and reporting is how images come down. It's never too late to flag it and talk to a trusted adult.
conduct-the-shared-nudes-pressure-ruiz-photo = Thank you for coming to me, that took courage, and you're not in trouble. We'll report the chats, and I'll help { $classmate } get it taken down. It was never their fault.
conduct-the-shared-nudes-pressure-pic-takedown-title = Help to get a photo taken down
conduct-the-shared-nudes-pressure-pic-step-report = Report where it's shared
conduct-the-shared-nudes-pressure-pic-step-remove = We help get it removed
conduct-the-shared-nudes-pressure-pic-step-talk = Talk to someone, any time
conduct-the-shared-nudes-pressure-pic-get-help = Get help
conduct-the-shared-nudes-pressure-still-out = You delete it and say nothing. The photo keeps moving from chat to chat, and { $classmate } stops coming to school.

conduct-the-shared-nudes-pressure-pressure = So? Are you sending it or not? If you loved me you wouldn't make me beg. And don't go telling your friends about this.
conduct-the-shared-nudes-pressure-choice-mute = No. I'm muting you tonight. We'll talk tomorrow.
conduct-the-shared-nudes-pressure-feedback-mute = Saying no was right, and muting gives you space. But pressure like this tends to come back, and nobody should ask you to keep it secret. Talk to someone you trust.
conduct-the-shared-nudes-pressure-choice-screenshot = No. Then I screenshot this and show someone I trust.
conduct-the-shared-nudes-pressure-feedback-screenshot = Strong. "Don't tell your friends" and "if you loved me" are warning signs of pressure, not love. A trusted adult or a helpline can help you think it through.
conduct-the-shared-nudes-pressure-choice-give-in = Fine, one. It's private, and then the arguing can stop.
conduct-the-shared-nudes-pressure-feedback-give-in = A chance to learn: pressure works by wearing you down, and that's on them, not you. Once sent, an image is out of your control. It's never too late to get help.
conduct-the-shared-nudes-pressure-adult-listens = Thank you for showing me. Saying no is always OK, and this is pressure, not love. We'll also report { $classmate }'s photo and help get it taken down. None of this is your fault.
conduct-the-shared-nudes-pressure-next-day = Next morning there are 14 messages from { $partner }: "ignoring me now?" "everyone else's partner does it". The pressure hasn't gone anywhere.
conduct-the-shared-nudes-pressure-pic-count = 14 new messages
conduct-the-shared-nudes-pressure-pic-ignoring = ignoring me now?
conduct-the-shared-nudes-pressure-pic-everyone = everyone else's partner does it

conduct-the-shared-nudes-pressure-still-pressure = Fourteen messages overnight, and a warning not to tell anyone. What will you do?
conduct-the-shared-nudes-pressure-choice-show-ruiz = Show Ms Ruiz all 14 messages at break, and say how it feels.
conduct-the-shared-nudes-pressure-feedback-show-ruiz = Brave and smart. Messages like these are evidence of pressure, and Ms Ruiz can help you decide what's next, with no judgement. Telling is never snitching.
conduct-the-shared-nudes-pressure-choice-another-chance = Give { $partner } one more chance. They're just insecure.
conduct-the-shared-nudes-pressure-feedback-another-chance = A chance to learn: insecurity doesn't make pressure OK. Someone who cares about you takes no for an answer. A trusted adult or a helpline can help, anytime.
conduct-the-shared-nudes-pressure-another-chance = { $partner } goes quiet for a day, then starts again: "still waiting." You haven't sent anything, but you dread every notification.

conduct-the-shared-nudes-pressure-saved = You send one. { $partner } replies: "see, was that so hard? now another one." Then a notice pops up: { $partner } took a screenshot.
conduct-the-shared-nudes-pressure-pic-photo = Photo
conduct-the-shared-nudes-pressure-pic-screenshot = { $partner } took a screenshot
conduct-the-shared-nudes-pressure-pic-another = see, was that so hard? now another one.
conduct-the-shared-nudes-pressure-recover = Trusting someone is nothing to be ashamed of. { $partner } is the one doing wrong, and you still have options. What will you do?
conduct-the-shared-nudes-pressure-choice-ask-delete = Ask { $partner } to delete it, and trust that they will.
conduct-the-shared-nudes-pressure-feedback-ask-delete = Asking is your right. But you can't check it's really gone, and they already took a screenshot. A trusted adult and a takedown tool can really help.
conduct-the-shared-nudes-pressure-choice-secret = Keep it to myself. I'm the one who sent it.
conduct-the-shared-nudes-pressure-feedback-secret = A chance to learn, and please hear this: it is NOT your fault. Secrets only help the person pressuring you. A trusted adult or a helpline will help, not judge.
conduct-the-shared-nudes-pressure-choice-takedown = Go to Ms Ruiz and get her help taking it down.
conduct-the-shared-nudes-pressure-feedback-takedown = That's brave. An adult or a helpline can help get images taken down from many sites, and involve the police if it's shared or used to threaten you.
conduct-the-shared-nudes-pressure-adult-late = I'm so glad you told me, and you are not in trouble. You did nothing wrong by trusting { $partner }. We'll start a takedown together now, and talk about the pressure you've been under.
conduct-the-shared-nudes-pressure-deleted-claim = { $partner } replies "deleted ;)". Two days later { $friend } messages you: "is this you?? someone sent it to our group."
conduct-the-shared-nudes-pressure-secret-kept = You keep it to yourself. { $partner } asks for another photo every night, and hints they'll share the first one if you stop.

conduct-the-shared-nudes-pressure-spreading = It's spreading, and the person who shared it did wrong, not you. What now?
conduct-the-shared-nudes-pressure-choice-hide = Delete all my accounts. That's the safest thing.
conduct-the-shared-nudes-pressure-feedback-hide = A chance to learn: hiding feels safer, but the photo can keep moving without you. It's never too late: a trusted adult or a helpline can help get it taken down.
conduct-the-shared-nudes-pressure-choice-takedown-now = Tell Ms Ruiz today, and start a takedown with her.
conduct-the-shared-nudes-pressure-feedback-takedown-now = That's taking back control. A trusted adult or a helpline can help get it removed and, if needed, involve the police. You're not in trouble.
conduct-the-shared-nudes-pressure-hiding = You vanish from every app, but the photo doesn't. Each day feels heavier, and you still haven't told anyone.

conduct-the-shared-nudes-pressure-end-safe = You said no, didn't pass anything on, and got an adult on your side. Respect, consent and trust go both ways, and you deserve all three.
conduct-the-shared-nudes-pressure-end-mixed = You haven't sent anything, and that's your right. But the pressure hasn't stopped, and nobody knows yet. A trusted adult or a helpline can help, and none of this is your fault.
conduct-the-shared-nudes-pressure-end-recovered = You sent a photo under pressure, then took back control: you told an adult and started a takedown. None of it was your fault.
conduct-the-shared-nudes-pressure-end-recovered-photo = The photo reached you, then you put it right: you flagged the chats, deleted it and went to Ms Ruiz. { $classmate } has help now. And { $partner }'s pressure? She can help with that too.
conduct-the-shared-nudes-pressure-end-harmful = Carrying this alone gets heavier every day. You never have to send more, and it is never your fault. It's never too late: a trusted adult or a helpline will help, and takedown tools can help remove images.
conduct-the-shared-nudes-pressure-end-harmful-photo = The photo keeps spreading, and { $classmate } is on their own. You're not to blame for the leak, and it's never too late: flag it and tell a trusted adult, who will help get it taken down.

# My phone: a photo sent under pressure, until a takedown is started.
