# Conduct / aggressive: The Pile-On (ages 16-18)

conduct-the-pile-on-title = The Pile-On
conduct-the-pile-on-summary = A classmate's clumsy post turns into a pile-on of memes and threats, and your friends want you in.
conduct-the-pile-on-remember = You can disagree without piling on. Don't join in, check on the person, report threats, and step away to look after yourself.

conduct-the-pile-on-app = { $app }
conduct-the-pile-on-app-chirpa = Chirpa
conduct-the-pile-on-app-buzzline = Buzzline
conduct-the-pile-on-app-yammerly = Yammerly
conduct-the-pile-on-classmate-ellis = Ellis
conduct-the-pile-on-classmate-ravi = Ravi
conduct-the-pile-on-classmate-kemi = Kemi
conduct-the-pile-on-friend-lena = Lena
conduct-the-pile-on-friend-dev = Dev
conduct-the-pile-on-friend-sami = Sami

conduct-the-pile-on-npc-classmate = { $classmate }
conduct-the-pile-on-npc-friend = { $friend }
conduct-the-pile-on-npc-teacher = Ms Novak, head of year

conduct-the-pile-on-intro = Saturday morning. Last night { $classmate } from your year posted a clumsy hot take on { $app }. Now it has 50,000 views, and the replies are exploding.
conduct-the-pile-on-post = Unpopular opinion: if you can't afford the school ski trip, just work weekends like I did. Not that hard??

conduct-the-pile-on-spot = Disagreeing with a post is fine. Some of these replies go much further. Tap the ones that cross the line.
conduct-the-pile-on-card-title = Replies to { $classmate }
conduct-the-pile-on-card-body = Top replies, 2,400 reactions and counting.
conduct-the-pile-on-part-privileged = "Honestly, this is a pretty privileged take."
conduct-the-pile-on-feedback-privileged = Fair enough. It criticises the opinion, not the person, and threatens nobody. You can disagree strongly without piling on.
conduct-the-pile-on-part-clown = A meme: their school photo edited onto a clown's body
conduct-the-pile-on-feedback-clown = Yes. Taking someone's photo to mock them targets the person, not the idea. Memes like this spread far beyond the original post and are hard to take back.
conduct-the-pile-on-part-threat = "We know where you live. Watch yourself on Monday."
conduct-the-pile-on-feedback-threat = Definitely. That's a threat. Platforms remove threats, and in serious cases schools and police get involved. Save it and report it.
conduct-the-pile-on-part-carer = "Not everyone can work weekends. Some of us are carers."
conduct-the-pile-on-feedback-carer = Not crossing the line. It explains a different view calmly, from real experience. This is what good disagreement looks like.
conduct-the-pile-on-part-number = "Someone post their number so we can all tell them"
conduct-the-pile-on-feedback-number = Yes. Sharing someone's number or address to target them is called doxxing, and it turns a pile-on into real-world danger. Report it.

conduct-the-pile-on-friend-tags = lmaooo have you seen this? everyone's making a meme of { $classmate }. add yours, it's the funniest thing all year
conduct-the-pile-on-choice-check-in = Don't join. Message { $classmate } privately to check in.
conduct-the-pile-on-feedback-check-in = That's an upstander move. One kind, private message means a lot when thousands of strangers are against you, and it leaves nothing in the thread to come back on you.
conduct-the-pile-on-choice-stay-out = Stay out of it and keep scrolling
conduct-the-pile-on-feedback-stay-out = Not joining keeps your name out of it, which is smart. But pile-ons feed on silence. A report or a kind message would help the person at the centre.
conduct-the-pile-on-choice-make-meme = Make a meme. It's just banter.
conduct-the-pile-on-feedback-make-meme = A chance to learn: to you it's one joke, to them it's the 500th. Posts are searchable, screenshots last, and colleges and employers do look people up.

conduct-the-pile-on-classmate-replies = thanks. I know it was a dumb take, I've apologised twice. but someone posted my address and I can't sleep. my parents don't know yet.
conduct-the-pile-on-pile-grows = By evening the threats have moved into { $classmate }'s messages, and someone has posted their home address. { $classmate } deletes everything, but screenshots keep going round.
conduct-the-pile-on-meme-viral = Your meme gets the most likes of the day. On Monday { $classmate } isn't at school. A screenshot of your meme, with your name on it, lands in the school's inbox.

conduct-the-pile-on-what-now = A posted address and threats turn a pile-on into real danger. This needs more than scrolling past. What will you do?
conduct-the-pile-on-choice-report = Report the threats, tell a trusted adult, then mute the thread
conduct-the-pile-on-feedback-report = That's exactly it. Reports get threats and addresses taken down, and an adult can involve the school, or the police if needed. Muting after means you can rest: you've done your part.
conduct-the-pile-on-choice-defend = Reply "leave them alone" under the post
conduct-the-pile-on-feedback-defend = Standing up in public is brave, and it shows others they can too. But the threats and the address are still up. Reporting them is what gets them removed.
conduct-the-pile-on-choice-repost = Repost the funniest meme. It's already everywhere.
conduct-the-pile-on-feedback-repost = A chance to learn: "it's already everywhere" is how pile-ons grow. Every repost reaches new people and tells { $classmate } one more person is against them.
conduct-the-pile-on-teacher = Thank you for telling me. We've contacted { $classmate }'s family and the platform, and the threats are being looked into. You did the right thing, and now you can step away.

conduct-the-pile-on-sango-fix = Your post is in the thread now, adding fuel. Screenshots last, and { $classmate } is still getting threats. It's not too late to help. What now?
conduct-the-pile-on-choice-own-it = Delete it, apologise to { $classmate }, and report the threats
conduct-the-pile-on-feedback-own-it = That takes courage. A real apology and a report can help stop the pile-on. And owning a mistake is what people remember, future colleges and employers included.
conduct-the-pile-on-choice-delete-log-off = Delete it and log off for a while
conduct-the-pile-on-feedback-delete-log-off = Deleting it and stepping away are good steps. But { $classmate } still doesn't know you're sorry, and the threats are still up. A report and a message would help more.
conduct-the-pile-on-choice-double-down = Leave it up. They started it.
conduct-the-pile-on-feedback-double-down = A chance to learn: one clumsy opinion doesn't earn threats or a hate campaign. It's never too late to delete, apologise and report.
conduct-the-pile-on-fixed = { $classmate } replies: "thanks. that actually means a lot." The pile-on fades by Wednesday, and your report helped get the threats taken down.

conduct-the-pile-on-end-safe = You saw where criticism turned into cruelty, reported the threats, got an adult involved and let yourself rest. That's what an upstander does.
conduct-the-pile-on-end-mixed = Things have calmed down for you, but the threats and the address are still up, and { $classmate } is still scared. Reporting them and telling an adult gets them taken down.
conduct-the-pile-on-end-recovered = You joined in, then owned it and helped fix it. That's harder than never slipping. Your digital footprint now shows someone who put things right.
conduct-the-pile-on-end-harmful = The pile-on rolls on with your post in it, and screenshots don't forget. It's never too late to delete, apologise and report.
