# Conduct / aggressive: Posted Without Asking (ages 13-15), an embarrassing (non-explicit) photo shared without consent

conduct-the-photo-without-consent-title = Posted Without Asking
conduct-the-photo-without-consent-summary = An embarrassing photo of a classmate asleep on the bus is going viral, and you're tagged in it.
conduct-the-photo-without-consent-remember = Ask before you post a photo of someone, and never share one they didn't agree to. Report it, support the person, and tell a trusted adult.

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $poster }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# Variety: each play picks one option of every variable in `vary`.
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-name-ella = Ella
conduct-the-photo-without-consent-name-marcus = Marcus
conduct-the-photo-without-consent-name-lina = Lina
conduct-the-photo-without-consent-name-jordan = jordan.lol
conduct-the-photo-without-consent-name-tyler = tyler_jokes
conduct-the-photo-without-consent-name-sofia = sofia.vibes
conduct-the-photo-without-consent-teacher-hart = Mr Hart
conduct-the-photo-without-consent-teacher-diallo = Ms Diallo
conduct-the-photo-without-consent-teacher-berg = Mr Berg

conduct-the-photo-without-consent-intro = Monday morning on { $app }. A post from { $poster } is blowing up, and half your class is tagged in it, including you.

conduct-the-photo-without-consent-spot = Something about this post isn't OK. Tap everything that makes it a problem.
conduct-the-photo-without-consent-card-title = { $poster }
conduct-the-photo-without-consent-card-body = A photo of { $classmate } fast asleep on the school trip bus, mouth wide open, with a drool sticker added.
conduct-the-photo-without-consent-part-public = { $poster } - Public
conduct-the-photo-without-consent-feedback-part-public = Public means anyone can see it, save it and share it, not just your class. A private moment is now out of { $classmate }'s hands.
conduct-the-photo-without-consent-part-caption = Caption: sleeping beauty lmaooo #bustrip
conduct-the-photo-without-consent-feedback-part-caption = The caption turns { $classmate } into the joke. Posting someone at a vulnerable moment, like asleep, without asking is not OK.
conduct-the-photo-without-consent-part-shares = Shared 214 times
conduct-the-photo-without-consent-feedback-part-shares = Every share spreads it further and makes it harder to take down. Once it's out there, nobody controls where it goes.
conduct-the-photo-without-consent-part-tags = Tagged: you and 12 classmates. Not { $classmate }.
conduct-the-photo-without-consent-feedback-part-tags = { $classmate } isn't tagged, so they may not even know this exists. Nobody asked them. That's posting without consent.
conduct-the-photo-without-consent-part-time = Posted 8:14 am
conduct-the-photo-without-consent-feedback-part-time = The time isn't the problem. What matters is that { $classmate } never agreed to this photo being posted.

conduct-the-photo-without-consent-share-choice = lmao this is the funniest thing ever. share it everyone!!
conduct-the-photo-without-consent-choice-ask-takedown = Message { $poster }: take it down, they didn't agree to this
conduct-the-photo-without-consent-feedback-ask-takedown = Good call. A private message gives { $poster } a chance to fix it without a public fight. Ask before you post a photo of someone: that's the rule.
conduct-the-photo-without-consent-choice-scroll-on = Scroll past without sharing
conduct-the-photo-without-consent-feedback-scroll-on = Not sharing keeps it from spreading through you. But the post is still up, and { $classmate } may not even know yet. There's more you can do.
conduct-the-photo-without-consent-choice-share-story = Share it to my story, it's just a joke
conduct-the-photo-without-consent-feedback-share-story = A chance to learn: a laugh for you can be a nightmare for { $classmate }. Sharing someone's photo without their OK spreads it further, with your name on it.

conduct-the-photo-without-consent-poster-reply = chill, it's a joke. and it's my photo, I took it, so I can post it.
conduct-the-photo-without-consent-report-choice = { $poster } took the photo, but that doesn't make it OK to post { $classmate } without asking. What next?
conduct-the-photo-without-consent-choice-report-check = Report the post and check on { $classmate }
conduct-the-photo-without-consent-feedback-report-check = Exactly. Apps let you report photos posted without consent, and checking on { $classmate } means they're not facing it alone.
conduct-the-photo-without-consent-choice-untag = Untag myself and stay out of it
conduct-the-photo-without-consent-feedback-untag = Untagging keeps your name off it. But the photo is still public, and { $classmate } still needs someone on their side.
conduct-the-photo-without-consent-choice-like-it = Fine, it's their photo. Like it and move on.
conduct-the-photo-without-consent-feedback-like-it = A chance to learn: taking a photo doesn't give anyone the right to post someone. A like tells the app, and { $poster }, that it's fine.

conduct-the-photo-without-consent-scrolled = By lunch the photo has 600 shares, and kids from other schools are commenting. In the corridor, people make snoring noises as { $classmate } walks past.

conduct-the-photo-without-consent-classmate = Have you seen the bus photo? Everyone's laughing at me. I never said anyone could post that. I just want it gone.
conduct-the-photo-without-consent-choice-adult-takedown = It's not your fault. Let's ask { $teacher } to help get it down.
conduct-the-photo-without-consent-feedback-adult-takedown = Perfect. It's { $classmate }'s right to decide about their own image. A trusted adult can help get { $app } to remove it fast, and deal with the poster.
conduct-the-photo-without-consent-choice-ignore-it = That's awful. Maybe just ignore it?
conduct-the-photo-without-consent-feedback-ignore-it = Being kind to { $classmate } matters. But ignoring it won't take it down. The app's report button and a trusted adult can.
conduct-the-photo-without-consent-choice-revenge = Post an embarrassing photo of { $poster } back
conduct-the-photo-without-consent-feedback-revenge = A chance to learn: a revenge post doubles the harm and can get you in trouble too. Reporting and getting help fixes it, a second photo doesn't.

conduct-the-photo-without-consent-adult-helps = Thank you for coming to me. { $classmate }, you did nothing wrong. We'll report it to { $app }, talk to { $poster }, and make sure it's taken down.

conduct-the-photo-without-consent-your-share = Your story gets 40 views. Then { $classmate } replies to it: "really? you too?"
conduct-the-photo-without-consent-fix-choice = Ouch. That reply hurts, but you can still put this right. What will you do?
conduct-the-photo-without-consent-choice-delete-sorry-tell = Delete my story, say sorry, and tell { $teacher }
conduct-the-photo-without-consent-feedback-delete-sorry-tell = That's how you turn it around. Deleting stops your part of the spread, a sorry matters to { $classmate }, and a trusted adult can get the original taken down.
conduct-the-photo-without-consent-choice-delete-story = Delete my story quietly
conduct-the-photo-without-consent-feedback-delete-story = Deleting helps, but { $classmate } saw what you did, and the original is still up. A sorry and a report would make a real difference.
conduct-the-photo-without-consent-choice-keep-story = Keep it up, everyone shared it anyway
conduct-the-photo-without-consent-feedback-keep-story = A chance to learn: "everyone did it" doesn't shrink the hurt, it multiplies it. It's never too late to delete, say sorry and get help.

conduct-the-photo-without-consent-adult-helps-late = Thanks for being honest with me. Deleting it and saying sorry were the right moves. I'll make sure the original comes down, and we'll talk as a class about consent.

conduct-the-photo-without-consent-end-safe = You spotted a photo posted without consent, refused to spread it, and helped { $classmate } get it taken down. That's what respect online looks like.
conduct-the-photo-without-consent-end-mixed = You didn't make it worse, but the photo is still out there and { $classmate } is dealing with it alone. Reporting it and telling a trusted adult gets it down.
conduct-the-photo-without-consent-end-recovered = You shared it at first, then owned it, said sorry and helped get it down. { $classmate } noticed. Fixing a mistake takes guts.
conduct-the-photo-without-consent-end-harmful = The photo keeps spreading, and { $classmate } dreads going to school. It's never too late: delete, say sorry, report, and tell a trusted adult.
