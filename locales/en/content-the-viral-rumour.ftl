# Content / values: The Viral Rumour (ages 9-12)

content-the-viral-rumour-title = The Viral Rumour
content-the-viral-rumour-summary = A post about a risky dare is spreading at school. Can you check it, stop it spreading and keep everyone safe?
content-the-viral-rumour-remember = Stop and check before you believe or share, even to warn people. If a dare could hurt someone, get a trusted adult straight away.

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = Mr Silva
content-the-viral-rumour-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
content-the-viral-rumour-challenge-mega-dare = Mega Dare
content-the-viral-rumour-challenge-ninja-dare = Ninja Dare
content-the-viral-rumour-challenge-level-99 = Level 99 Dare
content-the-viral-rumour-adult-mum = Mum
content-the-viral-rumour-adult-dad = Dad
content-the-viral-rumour-adult-gran = Gran

content-the-viral-rumour-intro = Hi, it's me, Sango! It's Friday night and your class chat is buzzing. Let's see what everyone is talking about.
content-the-viral-rumour-video-skipped = { $friend } has shared a video of a risky stunt. I'll skip the video: you don't need to see it. Let's read the message that came with it.

content-the-viral-rumour-maya = Look!! A famous streamer says every kid has to do the { $challenge } this weekend. Share it in 1 hour or you're OUT!
content-the-viral-rumour-pic-account = famous.streamer.official
content-the-viral-rumour-pic-caption = Every kid has to do the { $challenge }!
content-the-viral-rumour-pic-share-1-hour = Share in 1 hour or you're OUT!
content-the-viral-rumour-choice-share-warning = I'll share it, with "FAKE! Don't try this!" on top.
content-the-viral-rumour-feedback-share-warning = Good that you spotted the danger! But sharing a warning still shares the video, and some kids watch it just to see. The safest warning doesn't pass the post on.
content-the-viral-rumour-choice-check-first = Hang on. Who made this? I'm not sharing it yet.
content-the-viral-rumour-feedback-check-first = Great detective move! Posts that rush you, like "share in 1 hour!", are often fake. Checking who made it before sharing stops rumours in their tracks.
content-the-viral-rumour-choice-share-now = Sharing it now! I don't want to be the one left OUT.
content-the-viral-rumour-feedback-share-now = A chance to learn: the post rushed you, and rushing is a trick to stop you thinking. Sharing before checking can spread something false or dangerous.

content-the-viral-rumour-warned = Your warning spreads fast, but it carries the video with it. By Sunday, kids in other classes are watching it "to see what's fake".
content-the-viral-rumour-checked = Let's be detectives! The account has no real name and is one day old. The streamer's real page says: "That's not me. Please don't try it." It's fake.
content-the-viral-rumour-pic-joined = Joined 1 day ago
content-the-viral-rumour-pic-not-me = That's not me. Please don't try it.

content-the-viral-rumour-sort = Great detective work! Over the weekend, more posts pop up in your class chat. Where does each one go?
content-the-viral-rumour-post-rumour-from = Jo Parker
content-the-viral-rumour-post-rumour = My cousin's friend says school will finish at lunchtime every Friday from next month, because the teachers need more time for meetings! Can't wait!
content-the-viral-rumour-post-rumour-why = A good one to check first: a cousin's friend isn't a real source. A teacher or the school's own page can tell you if it's true.
content-the-viral-rumour-post-school-from = Hillside School
content-the-viral-rumour-post-school = Great news! Our class won the city reading challenge, so we're off to the science museum next week. Letters go home on Monday, so please share this with your families!
content-the-viral-rumour-post-school-why = Share away! It's from the school's own page, Monday's letter will say the same, and it's happy news for the whole class. Checking isn't doubting everything.
content-the-viral-rumour-post-mean-from = class5.laughs
content-the-viral-rumour-post-mean = Look at this photo of { $classmate } falling in the mud at football, lol! Send it round so the whole school sees it.
content-the-viral-rumour-post-mean-why = Not this one: it's there to laugh at { $classmate }, and it's his moment, not ours to share. Letting it stop with you is a kind thing to do.
content-the-viral-rumour-post-cat-from = { $friend }
content-the-viral-rumour-post-cat = Huge thanks to { $classmate } for helping me look for my cat all afternoon! We found her asleep in a flowerpot. You're a star!
content-the-viral-rumour-post-cat-why = Fine to share: it's kind, it's true, and { $friend } posted it for everyone to see. Kind posts about classmates are worth passing on.
content-the-viral-rumour-post-chain-from = Chat Team (Official)
content-the-viral-rumour-post-chain = Message from the chat team: from Monday this app will cost money, unless you send this to 10 friends tonight. Please pass it on!
content-the-viral-rumour-post-chain-why = This one isn't true, even with "Official" in its name: apps don't give news in chain messages, and "send to 10 friends" is just how these spread. It can stop with you.

content-the-viral-rumour-shared = Your share reaches 40 kids in an hour. { $friend }'s little brother asks if he can try it too. Lots of people believe the fake streamer.
content-the-viral-rumour-pic-seen-40 = Seen by 40
content-the-viral-rumour-pic-can-i-try = Can I try it too?

content-the-viral-rumour-monday = Monday. Everyone is still talking about the { $challenge }. At break, { $classmate } says he's going to try it after school.
content-the-viral-rumour-monday-trust = You were on my side when that baby photo went round. After the { $challenge }, nobody will call me a baby again!
content-the-viral-rumour-monday-baby = Since that baby photo, everyone calls me a baby. After the { $challenge }, they'll see I'm not!
# The world remembers: the child joined in on the baby photo (The Group Chat) and never owned up. Put it right.
content-the-viral-rumour-baby-choice = That baby photo still follows { $classmate }. You joined in when it went round, and everyone slips sometimes. It's not too late to put your part right. What will you do?
content-the-viral-rumour-choice-baby-own-up = Say sorry to { $classmate }, then own up to Mr Silva.
content-the-viral-rumour-feedback-baby-own-up = That's how to make it right! Owning up is brave, and Mr Silva can get the photo deleted and help { $classmate }. Fixing a mistake is what counts.
content-the-viral-rumour-choice-baby-sorry = Say sorry to { $classmate }, just between the two of us.
content-the-viral-rumour-feedback-baby-sorry = Saying sorry is brave, and it matters to { $classmate }! But the photo is still going round, and a teacher can help stop it for everyone.
content-the-viral-rumour-choice-baby-quiet = Nothing. No teacher found out, so it's over now.
content-the-viral-rumour-feedback-baby-quiet = A chance to learn: a slip nobody found out about can still hurt. { $classmate } is still called a baby, and a teacher can help stop it. It's never too late to own up.
content-the-viral-rumour-baby-silva = Thank you for being honest. That takes courage, and you're not in trouble. I'll get that photo deleted, and I'll keep an eye out for { $classmate }.
content-the-viral-rumour-baby-sorry = Thanks. That means a lot. But people still send that photo round.
content-the-viral-rumour-baby-quiet = You say nothing. Someone at the next table whispers "baby", and { $classmate } stares at the floor.
content-the-viral-rumour-ben = Come and film me doing the { $challenge } after school! It'll get loads of likes!
content-the-viral-rumour-choice-film-ben = OK, I'll film. But I won't post it anywhere.
content-the-viral-rumour-feedback-film-ben = A chance to learn: a camera and an audience can push someone to go further. Not posting doesn't make the stunt any safer for { $classmate }.
content-the-viral-rumour-choice-warn-ben = No way. I told you, it's fake. Count me out.
content-the-viral-rumour-feedback-warn-ben = Good that you spotted the danger and said so! But { $classmate } might still try it. A teacher can make sure nobody gets hurt.
content-the-viral-rumour-choice-find-teacher = I'm going to find Mr Silva, right now.
content-the-viral-rumour-feedback-find-teacher = Brave and smart! Getting an adult when someone could get hurt isn't snitching. It keeps { $classmate } safe, and that's what trusted adults are for.

content-the-viral-rumour-filmed = After school, { $classmate } tries it. He slips and lands hard. He's OK, just a scraped knee, but everyone goes quiet. The video is on your phone.
content-the-viral-rumour-walked-off = { $classmate } shrugs: "Fine, someone else will film." After school, a crowd is gathering by the gate, phones out.
content-the-viral-rumour-teacher-helps = Thank you for telling me. That's not snitching: you may have stopped someone getting hurt. I'll talk to { $classmate } and warn the other classes it's fake.

content-the-viral-rumour-crowd = { $classmate } is about to try it, and nobody is stopping him. What do you do?
content-the-viral-rumour-choice-go-home = Go home now. I already told { $classmate } it's a bad idea.
content-the-viral-rumour-feedback-go-home = A chance to learn: warning { $classmate } was a good start, but he's still about to try it. When someone could get hurt, fetch an adult, even if you already spoke up.
content-the-viral-rumour-choice-get-adult = Run back inside and get the nearest grown-up.
content-the-viral-rumour-feedback-get-adult = Quick thinking! An adult can stop it in a way kids can't. Fetching help when someone could get hurt is never snitching.
content-the-viral-rumour-choice-film-crowd = Stay and film it, just in case something goes wrong.
content-the-viral-rumour-feedback-film-crowd = A chance to learn: filming can feel useful, but an audience with phones pushes people to go further. If something could go wrong, get an adult, not a camera.

content-the-viral-rumour-went-home = You head home. Later you hear a parent walked past and broke it up, so nobody got hurt this time. But the { $challenge } is still going round.
content-the-viral-rumour-adult-stops = Thanks for fetching me so fast. That's not snitching, it's keeping people safe. Everyone inside, please. Let's talk about fake challenges.
content-the-viral-rumour-filmed-crowd = { $classmate } tries it. He slips and lands hard. He's OK, just a scraped knee, but everyone goes quiet. Your video is still recording.

content-the-viral-rumour-wobble-choice = Phew, { $classmate } is OK, but that was close. The video is on your phone, and it could make more kids try it. What now?
content-the-viral-rumour-choice-show-silva = Keep it offline and go and see Mr Silva.
content-the-viral-rumour-feedback-show-silva = That's how to turn things around! Keeping it offline means nobody copies it, and Mr Silva can check on { $classmate } and warn the school.
content-the-viral-rumour-choice-blur-post = Post it, but with { $classmate }'s face all blurred.
content-the-viral-rumour-feedback-blur-post = A chance to learn: blurring hides a face, not the stunt. Other kids still see it and want to copy it, and friends still know it's { $classmate }.
content-the-viral-rumour-choice-delete-quiet = Delete it and keep quiet. { $classmate } is fine now.
content-the-viral-rumour-feedback-delete-quiet = A chance to learn: deleting it was kind to { $classmate }. But the dare is still going round, and only an adult can warn everyone before someone else gets hurt.

content-the-viral-rumour-silva-late = Thank you for coming to me. You're not in trouble. I'll check on { $classmate }, and I'll warn the other classes that the { $challenge } is fake and dangerous.
content-the-viral-rumour-blurred = Even blurred, everyone knows it's { $classmate }. The video gets shared, and kids comment: "I can do it better!"
content-the-viral-rumour-deleted-quiet = The video is gone, { $classmate } is OK, and it all goes quiet for a while. But no adult knows, and the { $challenge } is still going round.

content-the-viral-rumour-spread-choice = Uh-oh. The post is spreading fast, and some younger kids believe it. It's not too late to help. What will you do?
content-the-viral-rumour-choice-sorry-post = Delete my share and post "Sorry, it's fake!"
content-the-viral-rumour-feedback-sorry-post = Deleting your share and owning up was brave! But lots of kids already saw the post. A trusted adult can warn families and the school, and report it.
content-the-viral-rumour-choice-leave-it = Leave it up. If I tell, I'll get in trouble.
content-the-viral-rumour-feedback-leave-it = A chance to learn: everyone shares something by mistake sometimes. Telling isn't about trouble, it's about stopping younger kids from getting hurt.
content-the-viral-rumour-choice-show-adult = Delete my share, then show { $adult } the post.
content-the-viral-rumour-feedback-show-adult = That's brave! Fixing a mistake and getting help is what matters. A trusted adult can warn other families and report the fake post.

content-the-viral-rumour-sorry-posted = A few kids reply "oh OK". But the first post is still going round, and { $friend }'s little brother still wants to try it.
content-the-viral-rumour-left-up = The fake post keeps spreading. By Monday, kids in three schools are talking about trying the { $challenge }.
content-the-viral-rumour-adult-late = Thank you for showing me. You're not in trouble, and someone else made this fake. I'll warn the school and { $friend }'s family, and we'll report the post.

content-the-viral-rumour-spread-still = Your sorry helped a bit. But younger kids still believe the fake. What now?
content-the-viral-rumour-choice-friend-watch = I'll tell { $friend } to keep their brother away from it.
content-the-viral-rumour-feedback-friend-watch = A chance to learn: { $friend } can't keep watch over every phone. Adults can warn families, the school and the app all at once.
content-the-viral-rumour-choice-up-to-them = I said sorry. The rest is up to everyone else.
content-the-viral-rumour-feedback-up-to-them = A chance to learn: your sorry was a great start. But the fake is still reaching younger kids, and an adult can stop it for everyone.
content-the-viral-rumour-choice-show-adult-now = Show { $adult } the post, and what the little kid said.
content-the-viral-rumour-feedback-show-adult-now = Great thinking! Showing the post helps { $adult } act fast. Going to a trusted adult isn't getting in trouble: it's putting things right.

content-the-viral-rumour-friend-watched = { $friend } tries to keep an eye on their little brother. But the video is on lots of phones, and nobody can watch all of them.
content-the-viral-rumour-still-spreading = The fake keeps spreading. { $friend }'s little brother is still asking about the { $challenge }, and no adult knows.
content-the-viral-rumour-adult-last = Thank you for showing me. You've put it right, and that takes courage. I'll talk to { $friend }'s family and the school, and we'll report the fake post.

content-the-viral-rumour-end-safe = You didn't fall for the fake { $challenge }, and you got a trusted adult before anyone got hurt. That's what a real online hero does!
content-the-viral-rumour-end-mixed = Nobody got badly hurt this time. But no trusted adult knows about the fake { $challenge }, and it's still going round. It could happen again.
content-the-viral-rumour-end-recovered = You slipped, then you put it right: you stopped it spreading from you and went to a trusted adult. Now the grown-ups can warn everyone. That took courage!
content-the-viral-rumour-end-harmful = The fake { $challenge } keeps spreading, and more kids may try it. It's not your fault someone made a fake. It's never too late: tell a trusted adult, who will help stop it.
