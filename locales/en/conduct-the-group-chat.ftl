# Conduct / aggressive: The Group Chat (ages 9-12)

conduct-the-group-chat-title = The Group Chat
conduct-the-group-chat-summary = Your class chat starts laughing at an edited photo of a classmate. What does an upstander do?
conduct-the-group-chat-remember = Don't forward mean posts, and check on the person being hurt. Reporting and telling a trusted adult is brave, not snitching.

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# Variety: each play picks one option of every variable in `vary`.
conduct-the-group-chat-name-leo = Leo
conduct-the-group-chat-name-jake = Jake
conduct-the-group-chat-name-finn = Finn
conduct-the-group-chat-name-sam = Sam
conduct-the-group-chat-name-noah = Noah
conduct-the-group-chat-name-arjun = Arjun
conduct-the-group-chat-teacher-amani = Ms Amani
conduct-the-group-chat-teacher-park = Mr Park
conduct-the-group-chat-teacher-lopez = Ms Lopez

conduct-the-group-chat-intro = Your class has a group chat for homework and jokes. Tonight it's extra busy. Let's take a look together!
conduct-the-group-chat-photo-posted = { $sender } posts a photo of your classmate { $classmate }, edited so { $classmate } looks like a giant crying baby. It says "{ $classmate } the baby LOL". Laughing faces pour in.

conduct-the-group-chat-leo-asks = Haha, add a funny caption and send it to the other class!
conduct-the-group-chat-choice-support-sam = Don't forward it. Message { $classmate } to check he's OK.
conduct-the-group-chat-feedback-support-sam = That's being an upstander! Not forwarding stops the photo spreading, and a kind message shows { $classmate } he isn't alone.
conduct-the-group-chat-choice-stay-quiet = Don't forward it, but say nothing
conduct-the-group-chat-feedback-stay-quiet = Not forwarding was good, because the photo stops with you. But when everyone stays quiet, the person being picked on can feel very alone.
conduct-the-group-chat-choice-forward = Add a caption and forward it
conduct-the-group-chat-feedback-forward = A chance to learn: it can feel like a joke when everyone is laughing. But each share makes the hurt bigger for { $classmate }. How would it feel if it were you?

conduct-the-group-chat-sam-reply = Thanks for asking. I'm not OK. Everyone's laughing at me. But please don't tell a teacher, it'll make it worse.
conduct-the-group-chat-choice-tell-together = Let's tell a trusted adult together.
conduct-the-group-chat-feedback-tell-together = Kind and brave! It's normal for { $classmate } to worry, but adults can stop this in ways kids can't. Everyone has the right to feel safe, { $classmate } too.
conduct-the-group-chat-choice-just-comfort = Cheer { $classmate } up, and keep it between you
conduct-the-group-chat-feedback-just-comfort = Being there for { $classmate } really matters! But the photo is still spreading. A trusted adult can help stop it, and you can go with { $classmate } so he's not alone.
conduct-the-group-chat-choice-laugh-it-off = Tell { $classmate } it's only a joke and to chill
conduct-the-group-chat-feedback-laugh-it-off = A chance to learn: if someone is hurt, it isn't a joke to them. Listening to how { $classmate } feels is the first step to helping.

conduct-the-group-chat-chat-grows = Nobody stops it. More edited photos of { $classmate } appear, and someone starts a poll: "Is { $classmate } a baby? Vote now!"
conduct-the-group-chat-speak-up = Hmm. The photos are spreading, and it's getting meaner. What could an upstander do now?
conduct-the-group-chat-choice-report-tell = Report the posts and tell a trusted adult
conduct-the-group-chat-feedback-report-tell = That's what an upstander does! Reporting in the app and telling an adult can get the photos taken down. Everyone has the right to be safe online.
conduct-the-group-chat-choice-post-stop = Post "Not funny. Stop it." in the chat
conduct-the-group-chat-feedback-post-stop = Speaking up took courage, and it can make others stop too! But the photos are still out there. A trusted adult can help get them removed.
conduct-the-group-chat-choice-laugh-along = Send a laughing emoji so I fit in
conduct-the-group-chat-feedback-laugh-along = A chance to learn: it's hard to stand out from the group. But every laugh tells the others that being mean is OK. You can be kind and still belong.

conduct-the-group-chat-leo-backs-off = Whatever, it was only a joke. Fine, I'll stop.
conduct-the-group-chat-teacher-acts = Thank you for telling me. That was kind and brave. It's not snitching, it's helping. I'll get the photos taken down and talk with the class.

conduct-the-group-chat-sam-upset = Next day, the photo has reached the whole year. { $classmate } sits alone at lunch and won't look at anyone. You feel a heavy knot in your stomach.
conduct-the-group-chat-fix-it = It went further than anyone meant. But it's not too late to help { $classmate }. What will you do?
conduct-the-group-chat-choice-tell-and-sorry = Tell a trusted adult and say sorry to { $classmate }
conduct-the-group-chat-feedback-tell-and-sorry = That's how to make it right! Saying sorry is brave, and an adult can help get the photos taken down. Everyone makes mistakes. Fixing them is what counts.
conduct-the-group-chat-choice-delete-own = Delete my messages and keep quiet
conduct-the-group-chat-feedback-delete-own = Deleting your messages helps a little. But the photo is still out there, and { $classmate } still feels alone. A trusted adult can do much more.
conduct-the-group-chat-choice-ignore-it = Ignore it. Everyone else did it too.
conduct-the-group-chat-feedback-ignore-it = A chance to learn: when everyone joins in, it can feel like nobody is to blame. But { $classmate } is still hurting, and one person can start to fix it.

conduct-the-group-chat-teacher-acts-late = Thank you for coming to me and being honest. That takes courage. Let's get the photos taken down and help { $classmate } feel safe again.

conduct-the-group-chat-end-safe = You were an upstander! { $classmate } has support, the photos are gone, and the class chat is a kinder place. Well done!
conduct-the-group-chat-end-mixed = Some of the hurt stopped, but the photos are still out there and no trusted adult knows. Telling an adult helps stop it for good.
conduct-the-group-chat-end-recovered = You made a mistake, then made it right. { $classmate } felt better after your sorry, and the photos are gone. That's real courage!
conduct-the-group-chat-end-harmful = { $classmate } still feels alone, and the photos keep spreading. It's never too late to say sorry and tell a trusted adult. They can help.
