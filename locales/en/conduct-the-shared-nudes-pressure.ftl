# Conduct / sexual: Pressure to Share (ages 16-18). Never explicit: consent, saying no, never forwarding, reporting and takedown, never the victim's fault.

conduct-the-shared-nudes-pressure-title = Pressure to Share
conduct-the-shared-nudes-pressure-summary = Your partner wants a private photo as "proof", and a friend offers to send you someone else's.
conduct-the-shared-nudes-pressure-remember = No is always OK, and nobody is owed an intimate photo. Never forward one: report it and tell a trusted adult, because it's never the victim's fault.

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = Alex
conduct-the-shared-nudes-pressure-partner-sam = Sam
conduct-the-shared-nudes-pressure-partner-jordan = Jordan
conduct-the-shared-nudes-pressure-friend-zara = Zara
conduct-the-shared-nudes-pressure-friend-theo = Theo
conduct-the-shared-nudes-pressure-friend-amani = Amani
conduct-the-shared-nudes-pressure-classmate-kai = Kai
conduct-the-shared-nudes-pressure-classmate-lucia = Lucia
conduct-the-shared-nudes-pressure-classmate-femi = Femi

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = Ms Ruiz, school counsellor

conduct-the-shared-nudes-pressure-intro = You've been seeing { $partner } for two months: late-night messages on { $app }, inside jokes, the good stuff. Tonight the conversation takes a turn.

conduct-the-shared-nudes-pressure-ask = I've sent you loads of cute pics. If you really trust me, send me something more private. Just for me. It'd prove we're serious.
conduct-the-shared-nudes-pressure-choice-no = I do trust you, and it's still a no. Trust doesn't need proof.
conduct-the-shared-nudes-pressure-feedback-no = Clear and kind. It's always OK to say no, and a partner who respects you accepts it. "Prove it" is pressure dressed up as romance.
conduct-the-shared-nudes-pressure-choice-dodge = Change the subject and hope they drop it
conduct-the-shared-nudes-pressure-feedback-dodge = You kept your privacy, and that matters. But dodging can mean the question keeps coming back. You're allowed to give a clear no, without explaining.
conduct-the-shared-nudes-pressure-choice-maybe = Maybe... if you promise to delete it straight after?
conduct-the-shared-nudes-pressure-feedback-maybe = A chance to learn: once an image is sent, a promise can't control it. Screenshots, break-ups and hacked phones happen. You never owe anyone a photo to prove you care.
conduct-the-shared-nudes-pressure-push = Wow. Everyone else's partner does it. Guess you just don't care about me as much as I care about you.
conduct-the-shared-nudes-pressure-push-harder = Promise! Tonight, OK? And don't tell your friends, they'd only make it weird.

conduct-the-shared-nudes-pressure-friend-msg = have you seen the private photo of { $classmate } going round? someone's ex leaked it. it's in like 5 group chats. want me to send it?
conduct-the-shared-nudes-pressure-choice-report-it = Don't send it. Let's report it and get { $classmate } help.
conduct-the-shared-nudes-pressure-feedback-report-it = That's real respect for someone who isn't even there. Reporting helps get images taken down, and an adult can help. It's never { $classmate }'s fault: the blame is on whoever shared it.
conduct-the-shared-nudes-pressure-choice-not-me = Don't send it to me. Not my business.
conduct-the-shared-nudes-pressure-feedback-not-me = Refusing it was right: the photo stops with you. But it's still spreading, and { $classmate } may not know. Reporting it and telling an adult is how it gets taken down.
conduct-the-shared-nudes-pressure-choice-send-it = Send it, I want to see
conduct-the-shared-nudes-pressure-feedback-send-it = A chance to learn: every view and forward deepens the harm to { $classmate }. In many countries, sharing intimate images of under-18s is illegal, even between teens.
conduct-the-shared-nudes-pressure-friend-agrees = ok yeah, you're right. I've reported it too. { $classmate } looked really upset at school today.
conduct-the-shared-nudes-pressure-received = The photo is on your phone now. Don't forward it to anyone, not even to show an adult. Report where you saw it, tell a trusted adult, then delete it. That still helps { $classmate }.

conduct-the-shared-nudes-pressure-pressure = So? Are you sending it or not? If you loved me, you wouldn't make me beg.
conduct-the-shared-nudes-pressure-choice-talk = Say no for good, and talk to someone I trust
conduct-the-shared-nudes-pressure-feedback-talk = Strong. Pressure like this isn't love; it's a red flag in any relationship. A trusted adult or a helpline can help you think about what you want, with no judgement.
conduct-the-shared-nudes-pressure-choice-log-off = Say no, then log off for the night
conduct-the-shared-nudes-pressure-feedback-log-off = Saying no was right. But pressure like this tends to come back, and you shouldn't have to handle it alone. Talking to someone you trust helps.
conduct-the-shared-nudes-pressure-choice-give-in = Send a photo so the arguing stops
conduct-the-shared-nudes-pressure-feedback-give-in = A chance to learn: pressure works by wearing you down, and that's on them, not you. Once sent, an image is out of your control. It's never too late to get help.
conduct-the-shared-nudes-pressure-adult-listens = Thank you for telling me. Saying no is always OK, and pressure isn't love. If an intimate image is going round, we report it and use a takedown tool, never forward it. None of this is your fault.

conduct-the-shared-nudes-pressure-saved = { $partner } replies: "see, was that so hard? now another one." Then a notice pops up: { $partner } took a screenshot.
conduct-the-shared-nudes-pressure-recover = Trusting someone is nothing to be ashamed of. { $partner } is the one doing wrong, and you still have options. What will you do?
conduct-the-shared-nudes-pressure-choice-tell-late = Tell a trusted adult and use a takedown tool
conduct-the-shared-nudes-pressure-feedback-tell-late = That's brave. Takedown tools can help stop an image being shared on many platforms, and a trusted adult can help, or involve the police if it's shared or used to threaten you.
conduct-the-shared-nudes-pressure-choice-ask-delete = Ask { $partner } to delete it, and hope
conduct-the-shared-nudes-pressure-feedback-ask-delete = You have every right to ask, and asking is a start. But you can't check it's really gone. A trusted adult and a takedown tool give you real protection.
conduct-the-shared-nudes-pressure-choice-secret = Keep it secret. It's my own fault.
conduct-the-shared-nudes-pressure-feedback-secret = A chance to learn, and please hear this: it is NOT your fault. Secrets only help the person pressuring you. A trusted adult or a helpline will help, not judge.
conduct-the-shared-nudes-pressure-adult-late = I'm so glad you told me, and you are not in trouble. You did nothing wrong by trusting { $partner }. Let's use a takedown tool together now, and talk about the pressure you've been under.

conduct-the-shared-nudes-pressure-end-safe = You knew your boundaries, said no, and got support. Respect, consent and trust go both ways, and you deserve all three.
conduct-the-shared-nudes-pressure-end-mixed = You're handling this on your own, and the pressure may come back. A trusted adult or a helpline can help with no judgement, and none of this is your fault.
conduct-the-shared-nudes-pressure-end-recovered = It got hard, but you reached out. With a takedown tool and someone on your side, you took back control. None of it was your fault.
conduct-the-shared-nudes-pressure-end-harmful = The pressure grows, and the secret feels heavier every day. It is never your fault, and it's never too late: tell a trusted adult or a helpline, and use a takedown tool.
