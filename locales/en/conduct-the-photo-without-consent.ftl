# Conduct / aggressive: Posted Without Asking (ages 13-15), an embarrassing (non-explicit) photo shared without consent

conduct-the-photo-without-consent-title = Posted Without Asking
conduct-the-photo-without-consent-summary = An embarrassing photo of a classmate asleep on the bus is going viral, and you're tagged in it.
conduct-the-photo-without-consent-remember = Ask before you post a photo of someone, and never share one they didn't agree to. Save screenshots first, then report, and tell a trusted adult.

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $leader }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# Variety: each play picks one option of every variable in `vary`.
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-teacher-hart = Mr Hart
conduct-the-photo-without-consent-teacher-diallo = Ms Diallo
conduct-the-photo-without-consent-teacher-berg = Mr Berg

conduct-the-photo-without-consent-intro = Monday morning on { $app }. A post from { $leader } is blowing up, and half your class is tagged in it, including you.

conduct-the-photo-without-consent-spot = Something about this post isn't OK. Tap everything that makes it a problem.
conduct-the-photo-without-consent-card-title = { $leader }
conduct-the-photo-without-consent-card-body = A photo of { $classmate } fast asleep on the school trip bus, mouth wide open, with a drool sticker added.
conduct-the-photo-without-consent-part-public = { $leader } - Public
conduct-the-photo-without-consent-feedback-part-public = Public means anyone can see it, save it and share it, not just your class. A private moment is now out of { $classmate }'s hands.
conduct-the-photo-without-consent-part-caption = Caption: sleeping beauty lmaooo #bustrip
conduct-the-photo-without-consent-feedback-part-caption = The caption turns { $classmate } into the joke. Posting someone at a vulnerable moment, like asleep, without asking is not OK.
conduct-the-photo-without-consent-part-shares = Shared 214 times
conduct-the-photo-without-consent-feedback-part-shares = Every share spreads it further and makes it harder to take down. Once it's out there, nobody controls where it goes.
conduct-the-photo-without-consent-part-tags = Tagged: you and 12 classmates. Not { $classmate }.
conduct-the-photo-without-consent-feedback-part-tags = { $classmate } isn't tagged, so they may not even know this exists. Nobody asked them. That's posting without consent.
conduct-the-photo-without-consent-part-time = Posted 8:14 am
conduct-the-photo-without-consent-feedback-part-time = The time isn't the problem. What matters is that { $classmate } never agreed to this photo being posted.
conduct-the-photo-without-consent-part-app = The app's name and logo: { $app }
conduct-the-photo-without-consent-feedback-part-app = The app isn't the problem. This photo would hurt on any app: what matters is that { $classmate } never agreed to it.
conduct-the-photo-without-consent-part-buttons = Heart and send buttons at the top
conduct-the-photo-without-consent-feedback-part-buttons = Those are the app's usual buttons, on every post. They're not what makes this one a problem: the photo, who can see it and who agreed to it are.
conduct-the-photo-without-consent-part-photo = Photo: { $classmate } asleep on the bus, mouth open
conduct-the-photo-without-consent-feedback-part-photo = { $classmate } was asleep, so there was no chance to say yes. Posting someone who couldn't agree, at a moment nobody would choose to share, is the heart of the problem.
conduct-the-photo-without-consent-pic-public = Public
conduct-the-photo-without-consent-pic-time = 8:14 am
conduct-the-photo-without-consent-pic-shares = 214 shares
conduct-the-photo-without-consent-pic-tags = you + 12 others
conduct-the-photo-without-consent-pic-caption = sleeping beauty lmaooo #bustrip

conduct-the-photo-without-consent-share-choice = lmao this is the funniest thing ever. share it everyone!!
conduct-the-photo-without-consent-choice-dm-poster = DM { $leader }: take it down, { $classmate } never said yes.
conduct-the-photo-without-consent-feedback-dm-poster = Good call. A private message gives { $leader } a chance to fix it without an audience. Taking a photo doesn't give you the right to post it: you ask first.
conduct-the-photo-without-consent-choice-comment-public = Comment for everyone to see: this is so mean, delete it!
conduct-the-photo-without-consent-feedback-comment-public = Standing up for { $classmate } is right. But a public comment gives the post more attention, and the app shows it to more people. A private message or a report works quieter.
conduct-the-photo-without-consent-choice-share-story = Share it to my story too. Everyone's seen it anyway.
conduct-the-photo-without-consent-feedback-share-story = A chance to learn: "everyone's seen it" doesn't make it OK. Sharing someone's photo without their OK spreads it further, with your name on it.

conduct-the-photo-without-consent-c-poster-reply = chill, it's a joke. and it's my photo, I took it, so I can post it.
conduct-the-photo-without-consent-c-comment = Your comment gets replies: "lol relax", "who even is this". The post jumps to the top of everyone's feed, now with 300 shares.

conduct-the-photo-without-consent-report-choice = { $leader } took the photo, but that doesn't give them the right to post { $classmate } without asking. The post is still up. What now?
conduct-the-photo-without-consent-choice-screenshot-report = Screenshot the post and the shares, then report it.
conduct-the-photo-without-consent-feedback-screenshot-report = Smart order. Screenshots first keep the evidence, even if the post is deleted or you block someone. Then report it as posted without consent: apps take that seriously.
conduct-the-photo-without-consent-choice-report-block = Report it and block { $leader } right now, then it's done.
conduct-the-photo-without-consent-feedback-report-block = Reporting is right. But blocking first hides the post from you, not from anyone else, and you kept nothing to show. Screenshot first, then report and block.
conduct-the-photo-without-consent-choice-untag = Untag myself, so at least my name isn't on it.
conduct-the-photo-without-consent-feedback-untag = Untagging keeps your name off it, good. But the photo is still public, and { $classmate } still needs someone on their side.

conduct-the-photo-without-consent-c-reported = You save three screenshots: the post, the caption and the share count. Then you report it as "posted without consent". A minute later, { $classmate } messages you.
conduct-the-photo-without-consent-pic-report-title = Report post
conduct-the-photo-without-consent-pic-report-heading = Why are you reporting this?
conduct-the-photo-without-consent-pic-reason-spam = Spam
conduct-the-photo-without-consent-pic-reason-consent = Posted without consent
conduct-the-photo-without-consent-pic-reason-other = Something else
conduct-the-photo-without-consent-pic-report-send = Send report
conduct-the-photo-without-consent-pic-report-saved = 3 screenshots saved
conduct-the-photo-without-consent-c-blocked = The post vanishes from your screen. An hour later the app says it found no problem, and you have nothing saved to show anyone. Then { $classmate } messages you.
conduct-the-photo-without-consent-c-untagged = Your name is off it. The photo stays up: 600 shares by lunch, and kids from other schools are commenting. Then { $classmate } messages you.

conduct-the-photo-without-consent-classmate = Have you seen the bus photo? Everyone's laughing at me. I never said anyone could post that. I just want it gone.
conduct-the-photo-without-consent-choice-go-together = It's not your fault. Let's go to { $teacher } together at break.
conduct-the-photo-without-consent-feedback-go-together = Perfect. It's { $classmate }'s right to decide about their own image. A trusted adult can push { $app } to remove it fast, and deal with { $leader }.
conduct-the-photo-without-consent-choice-ignore-it = That's awful. Just ignore it, it'll be old news by Friday.
conduct-the-photo-without-consent-feedback-ignore-it = Being kind to { $classmate } matters. But ignoring a post doesn't take it down, and it keeps spreading while you wait. An adult can get it removed.
conduct-the-photo-without-consent-choice-revenge = Let's post a worse photo of { $leader } back. Fair's fair.
conduct-the-photo-without-consent-feedback-revenge = A chance to learn: a revenge post doubles the harm and can get you both in trouble. Getting it removed fixes things, a second photo doesn't.

conduct-the-photo-without-consent-c-teacher = Thank you for coming to me. { $classmate }, you did nothing wrong. I'll speak to { $leader } today, and we'll report it to { $app } together until it's down.
conduct-the-photo-without-consent-c-revenge = Your photo of { $leader } gets laughs for an hour. Now two embarrassing photos are going round, and the bus one keeps spreading.
conduct-the-photo-without-consent-c-ignored = By Friday the photo has reached other schools, and people snore loudly when { $classmate } walks past. { $classmate } has stopped coming to lunch.

conduct-the-photo-without-consent-still-up = It's not old news. The post is still up, and { $classmate } is dealing with it alone. What now?
conduct-the-photo-without-consent-choice-take-to-teacher = Take { $classmate } to { $teacher } today and show them the post.
conduct-the-photo-without-consent-feedback-take-to-teacher = Well done. It's never too late to get an adult involved, and a teacher can get the post removed and make the snoring jokes stop. Next time, sooner is even better.
conduct-the-photo-without-consent-choice-leave-it = Leave it. A fuss now would only make it worse.
conduct-the-photo-without-consent-feedback-leave-it = A chance to learn: staying quiet feels safer, but the post keeps spreading and { $classmate } keeps facing it alone. An adult can act without making a scene.
conduct-the-photo-without-consent-c-teacher-friday = I'm glad you both came. { $classmate }, none of this is your fault. I'll speak to { $leader } today and get { $app } to take it down.
conduct-the-photo-without-consent-c-left = You leave it. The post stays up, the snoring jokes go on, and { $classmate } starts dreading the bus ride to school.

conduct-the-photo-without-consent-c-your-share = Your story gets 40 views. Then { $classmate } replies to it: "really? you too?"
conduct-the-photo-without-consent-pic-story-title = Your story
conduct-the-photo-without-consent-pic-story-views = 40 views
conduct-the-photo-without-consent-pic-story-reply = really? you too?
conduct-the-photo-without-consent-fix-choice = Ouch. That reply hurts, but you can still put this right. What will you do?
conduct-the-photo-without-consent-choice-own-up = Delete my story, say sorry, and own up to { $teacher }.
conduct-the-photo-without-consent-feedback-own-up = That's how you turn it around. Deleting stops your part of the spread, a sorry matters to { $classmate }, and a trusted adult can get the original taken down.
conduct-the-photo-without-consent-choice-delete-quietly = Delete my story quietly and hope they all forget it.
conduct-the-photo-without-consent-feedback-delete-quietly = Deleting it was the right first step. But { $classmate } saw what you did, and the original is still up. A sorry and a report would make a real difference.
conduct-the-photo-without-consent-choice-keep-story = Keep it up. Everyone shared it, and I'm not the worst.
conduct-the-photo-without-consent-feedback-keep-story = A chance to learn: "everyone did it" doesn't shrink the hurt, it multiplies it. It's never too late to delete, say sorry and get help.
conduct-the-photo-without-consent-c-teacher-late = Thanks for being honest with me. Deleting it and saying sorry were the right moves. I'll do all I can to get the original taken down, and we'll talk as a class about consent.
conduct-the-photo-without-consent-c-kept = Your story stays up and gets 90 more views. { $classmate } stops replying to anyone.
conduct-the-photo-without-consent-c-deleted = Your story is gone, but { $classmate } doesn't reply to you, and the original post is still climbing.
conduct-the-photo-without-consent-c-safe-now = You close the app. The original stays up, and { $classmate } still isn't replying to anyone.

conduct-the-photo-without-consent-original-choice = Your part is deleted, but the original is still up with 600 shares. What now?
conduct-the-photo-without-consent-choice-report-original = Screenshot the original, report it, then say sorry.
conduct-the-photo-without-consent-feedback-report-original = That's putting it right. Screenshots keep the evidence, a report gets the app moving, and a sorry shows { $classmate } you're on their side. If it stays up, a trusted adult can push too.
conduct-the-photo-without-consent-choice-safe-now = I'm safe now, my part's deleted. The rest isn't on me.
conduct-the-photo-without-consent-feedback-safe-now = A chance to learn: deleting your part was good, but { $classmate } is still facing the original. A report and a sorry cost you little and help a lot.
conduct-the-photo-without-consent-c-report-original = You save screenshots and report the post as "posted without consent". Then you message { $classmate }: "I'm sorry I shared it." A while later, they reply: "thanks."

conduct-the-photo-without-consent-end-safe = You didn't spread the photo, and { $classmate } didn't face it alone: you went to { $teacher } together, and the post is being taken down. That's what respect online looks like.
conduct-the-photo-without-consent-end-told-later = It took a few hard days, but you took { $classmate } to { $teacher }, and the post is being taken down. Going to an adult straight away can save a week of hurt.
conduct-the-photo-without-consent-end-recovered = You shared the photo at first, then put it right: you deleted your story, said sorry to { $classmate } and pushed to get the original taken down. Fixing a mistake takes guts.
conduct-the-photo-without-consent-end-harmful = The bus photo keeps spreading, and { $classmate } dreads going to school. It's not your fault { $leader } posted it, and it's never too late: tell a trusted adult, who will help get it taken down.

# What the choices leave on "My phone" (traces).
conduct-the-photo-without-consent-trace-story = The bus photo of { $classmate }, still on your story.
conduct-the-photo-without-consent-trace-story-advice = { $classmate } never agreed to it. Delete it, say sorry, and ask a trusted adult to help get the original taken down.
