# Conduct / sexual: Fake Pictures, Real Harm (ages 13-15). Fake nude images of a classmate made with a "nudify" app.
# Warning signs and getting help only: nothing is shown or described.

conduct-the-nudify-app-title = Fake Pictures, Real Harm
conduct-the-nudify-app-summary = An anonymous account posts fake pictures of a classmate, made with an AI app, and the class chat is opening them.
conduct-the-nudify-app-remember = A fake nude picture of a real person is abuse, even if it's fake. Don't open, save or share it: report it, tell a trusted adult, and let the person targeted know it's not their fault.

conduct-the-nudify-app-app = { $app }
conduct-the-nudify-app-npc-anon = { $anon }
conduct-the-nudify-app-npc-friend = { $friend }
conduct-the-nudify-app-npc-classmate = { $classmate }
conduct-the-nudify-app-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
conduct-the-nudify-app-app-chatterly = Chatterly
conduct-the-nudify-app-app-groupnest = GroupNest
conduct-the-nudify-app-app-pingpal = PingPal
conduct-the-nudify-app-anon-truth = truth.hurts.xx
conduct-the-nudify-app-anon-exposed = exposed_class
conduct-the-nudify-app-anon-ghost = ghost.acc_00
conduct-the-nudify-app-adult-uncle = Uncle Tomás
conduct-the-nudify-app-adult-mum = Mum
conduct-the-nudify-app-adult-grandpa = Grandpa Kofi

conduct-the-nudify-app-intro = Saturday evening. Your class chat on { $app } is full of weekend plans. Then an account nobody knows, { $anon }, joins through the invite link and posts something.
conduct-the-nudify-app-anon-post = lol made some pics of { $classmate } with a nudify app. open them before they get deleted
conduct-the-nudify-app-pic-chat-title = Class chat
conduct-the-nudify-app-pic-hidden = Image hidden: it may be harmful
conduct-the-nudify-app-pic-caption = made with a nudify app lol
conduct-the-nudify-app-pic-seen = Seen by 23
conduct-the-nudify-app-sango-explains = A "nudify" app uses AI to turn an ordinary photo into a fake nude picture. Making or sharing one of a real person is abuse, and in many places it's against the law, even when it's fake.

conduct-the-nudify-app-friend-reacts = wait, is that actually { $classmate }?? everyone says it's fake but they're all opening it. should we look?
conduct-the-nudify-app-choice-report-it = Don't open it. Fake or not, it's abuse. I'm reporting it.
conduct-the-nudify-app-feedback-report-it = Exactly right. Fake pictures still hurt a real person, and every view adds to the harm. Reporting helps { $app } remove the pictures and the account fast.
conduct-the-nudify-app-choice-mute-chat = Not opening that. Muting the whole chat for tonight.
conduct-the-nudify-app-feedback-mute-chat = Not opening it was right. But muting leaves the pictures up and { $classmate } on their own. A quick report helps get them taken down.
conduct-the-nudify-app-choice-one-look = It's fake anyway. One look is safe, just to check it's fake.
conduct-the-nudify-app-feedback-one-look = A chance to learn: fake or not, opening it adds to the harm, and it can't be unseen. You don't need to look to know it's wrong.

conduct-the-nudify-app-c-reported = You report the message and { $anon }. { $friend } replies: "ok, not opening it. reported too." Then { $classmate } messages you.
conduct-the-nudify-app-pic-report-title = Report message
conduct-the-nudify-app-pic-report-heading = What's wrong with it?
conduct-the-nudify-app-pic-reason-spam = Spam
conduct-the-nudify-app-pic-reason-bullying = Bullying or harassment
conduct-the-nudify-app-pic-reason-fake = Fake sexual image of someone under 18
conduct-the-nudify-app-pic-report-send = Send report
conduct-the-nudify-app-c-muted = You mute the chat. An hour later your phone buzzes anyway: a message from { $classmate }.
conduct-the-nudify-app-c-looked = You open it. It's a fake nude picture with { $classmate }'s face. You close it fast, but you can't unsee it, and the chat shows you viewed it.

conduct-the-nudify-app-fix-look = Opening it was a slip. It doesn't make you a bad person, and you can still help { $classmate }. What now?
conduct-the-nudify-app-choice-be-honest = Be honest with { $adult }: I opened it. Then we report it.
conduct-the-nudify-app-feedback-be-honest = That's putting it right. Owning up is brave, and a trusted adult can report it, help { $classmate } and get it taken down. You're not in trouble for telling.
conduct-the-nudify-app-choice-keep-quiet = Close it, tell no one. { $adult } can't know I looked.
conduct-the-nudify-app-feedback-keep-quiet = A chance to learn: worrying how { $adult } will react is normal, but they'd rather know. Keeping quiet lets the pictures spread, and { $classmate } has no one on their side. It's never too late.
conduct-the-nudify-app-choice-warn-classmate = Send it to { $classmate }, so they know what's going round.
conduct-the-nudify-app-feedback-warn-classmate = A chance to learn: sending it on, even to help, is sharing it, and sharing sexual images of under-18s is against the law. Tell { $classmate } in words, and get an adult.
conduct-the-nudify-app-c-adult-looked = Thank you for being honest. You're not in trouble. Don't save it or send it on. We'll report it together, and I'll call the school and { $classmate }'s family, so it gets taken down.
conduct-the-nudify-app-pic-help-title = Getting it taken down
conduct-the-nudify-app-pic-help-report = Report it where it's shared
conduct-the-nudify-app-pic-help-keep = Don't save or forward it
conduct-the-nudify-app-pic-help-takedown = Take-down help for under-18s
conduct-the-nudify-app-pic-help-button = Get help
conduct-the-nudify-app-c-silent = You close the app and say nothing. By Monday the pictures are in every class chat, and { $classmate } has stopped coming to school.
conduct-the-nudify-app-c-forwarded = why are you sending me this?? so you've seen it too? how many people have it?

conduct-the-nudify-app-compose = { $classmate } messages you: "everyone's seen them. it's not me, I swear. I never sent anyone anything." Write back: choose what helps, and leave out what hurts.
conduct-the-nudify-app-compose-to = { $classmate }
conduct-the-nudify-app-ph-not-fault = It's not your fault. Whoever made them did this, not you.
conduct-the-nudify-app-why-not-fault = The heart of it. { $classmate } did nothing wrong: the person who made and shared the pictures did.
conduct-the-nudify-app-ph-laugh = Just laugh it off. Everyone knows it's fake.
conduct-the-nudify-app-why-laugh = It sounds light, but it tells { $classmate } their hurt doesn't count. Fake pictures cause real harm.
conduct-the-nudify-app-ph-wont-share = I won't pass them on to anyone. Ever.
conduct-the-nudify-app-why-wont-share = Good: knowing the pictures stop with you is a real comfort. Every copy that isn't sent matters.
conduct-the-nudify-app-ph-hey = Hey. I just saw your message.
conduct-the-nudify-app-why-hey = A hello is fine either way. What matters is what comes next.
conduct-the-nudify-app-ph-selfies = Maybe don't post so many selfies, so this can't happen again?
conduct-the-nudify-app-why-selfies = It may be meant as advice, but it blames { $classmate }. Nobody causes this by posting photos: the person who misuses them does.
conduct-the-nudify-app-ph-with-you = Want me to come with you to talk to a trusted adult?
conduct-the-nudify-app-why-with-you = That's real support. A trusted adult can get the pictures taken down, and going together makes it easier.
conduct-the-nudify-app-ph-secret = I won't tell anyone about this, not even an adult. Promise.
conduct-the-nudify-app-why-secret = It sounds loyal, but keeping it from adults leaves { $classmate } without the help that can get the pictures taken down.
conduct-the-nudify-app-ph-revenge = Let's find out who did it and post something about them.
conduct-the-nudify-app-why-revenge = Anger makes sense, but hitting back online causes more harm and more trouble. Adults and the app can find out who did it.
conduct-the-nudify-app-c-classmate = thank you. I feel sick. I don't even know who did it.

conduct-the-nudify-app-proof = we need proof for the teachers. I'm saving the pics before they get deleted, you should too
conduct-the-nudify-app-choice-account-only = Not the pics. Screenshot the account and tell { $adult }.
conduct-the-nudify-app-feedback-account-only = Exactly. Saving the pictures makes more copies, which can be against the law even as proof. A screenshot of the account name and the messages is enough for adults and the app.
conduct-the-nudify-app-choice-save-proof = Save them to show { $adult }, or the school won't trust us.
conduct-the-nudify-app-feedback-save-proof = Wanting proof is smart, and you want to help. But saving the pictures makes another copy, and that can be against the law even for a good reason. Screenshot the account and messages instead.
conduct-the-nudify-app-choice-stay-out = Let's stay out of it. A fuss only makes it bigger.
conduct-the-nudify-app-feedback-stay-out = A chance to learn: staying out feels safer, but the pictures keep spreading and { $classmate } faces it alone. Telling a trusted adult isn't a fuss. It's what stops it.
conduct-the-nudify-app-c-adult = Thank you for coming to me, and for not saving the pictures. Nobody's in trouble for telling. I'll call the school and { $classmate }'s family tonight, and we'll report the account together.
conduct-the-nudify-app-c-saved = You save four pictures "as proof". Now they're in your gallery, one tap away from being sent again.
conduct-the-nudify-app-c-weekend = All weekend the pictures jump from chat to chat. On Monday, { $classmate } doesn't come to school.

conduct-the-nudify-app-saved-now = Those pictures are on your phone now, and they're pictures nobody should keep. What will you do?
conduct-the-nudify-app-choice-delete-tell = Delete every copy, then tell { $adult } I saved them.
conduct-the-nudify-app-feedback-delete-tell = That's the right fix. Deleting stops your copy, and telling means adults can get the rest taken down. Saving them was a mistake made for a good reason, and you're not in trouble.
conduct-the-nudify-app-choice-private-folder = Keep them safe in a private folder, just in case.
conduct-the-nudify-app-feedback-private-folder = A chance to learn: a hidden folder is still a copy, and phones get lost, hacked and borrowed. Delete them and tell a trusted adult. It's never too late.
conduct-the-nudify-app-choice-send-friend = Send them to { $friend } too, so we both have proof.
conduct-the-nudify-app-feedback-send-friend = A chance to learn: sending them on, even as proof, spreads them further, and it's against the law in many places. Delete them and tell a trusted adult.
conduct-the-nudify-app-c-adult-saved = Thank you for telling me everything. You're not in trouble: you wanted to help. Let's delete them now. Then I'll call the school and { $classmate }'s family, and we'll report the account.
conduct-the-nudify-app-c-kept = The pictures stay in your folder. Weeks later, a friend borrowing your phone nearly opens them, and { $classmate } still doesn't know who has copies.
conduct-the-nudify-app-c-sent-on = You send them to { $friend }. Now there are two more copies, and { $friend } asks who else should get them.

conduct-the-nudify-app-monday = { $classmate } isn't at school, and the pictures are still going round. What will you do?
conduct-the-nudify-app-choice-go-now = Go to { $adult } today and show them the account name.
conduct-the-nudify-app-feedback-go-now = That's putting it right. It's never too late to tell, and a trusted adult can get the school, the app and take-down services moving. You're not in trouble.
conduct-the-nudify-app-choice-not-my-business = Still stay out. Telling adults now would only make it worse.
conduct-the-nudify-app-feedback-not-my-business = A chance to learn: it can feel that way, but silence leaves { $classmate } alone with it, and adults can get the pictures taken down. It's never too late to tell a trusted adult.
conduct-the-nudify-app-c-adult-late = I'm glad you told me, and you're not in trouble. I'll call the school and { $classmate }'s family right away, and we'll report the account. There are services that help get images like these taken down.
conduct-the-nudify-app-c-still-out = The pictures keep spreading. { $classmate } moves to another class, and nobody ever finds out who made them.

conduct-the-nudify-app-end-safe = You didn't open, save or share the pictures, you got them reported, and you made sure { $classmate } wasn't alone. Adults are getting them taken down. That's standing up for someone.
conduct-the-nudify-app-end-told-later = You saved the pictures for a good reason, then put it right: you deleted them and told { $adult }. { $classmate } has adults on their side, and the pictures are being taken down.
conduct-the-nudify-app-end-recovered = It got messy, but you put it right: you told { $adult }, and { $classmate } has adults on their side now. Speaking up late is still speaking up.
conduct-the-nudify-app-end-harmful = The pictures are still going round, and { $classmate } faces it without help. It isn't too late: delete anything you have, and tell a trusted adult. They'll help, and you're not in trouble for telling.

# A last message: the same person, a new account.
conduct-the-nudify-app-anon-back = new account, who cares lol. more pics tonight. reply "me" if you want them
conduct-the-nudify-app-choice-report-new = Don't reply. Screenshot the account and report it.
conduct-the-nudify-app-choice-ask-who = Reply and ask who they are, so we can tell the teachers.
conduct-the-nudify-app-feedback-report-new = Exactly. Any reply is what { $anon } wants, and it could bring the pictures to you. A screenshot of the account and a report are all { $app } and the adults need.
conduct-the-nudify-app-feedback-ask-who = A chance to learn: { $anon } asked for replies, and a reply could bring the pictures instead of a name. Don't reply: screenshot the account and report it. Finding who did it is the adults' job.
conduct-the-nudify-app-c-asked-who = { $anon } doesn't give a name, just a link. You don't open it, and you show { $adult } at once. Together you report the new account, and { $adult } tells the school.
