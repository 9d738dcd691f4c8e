# Conduct / aggressive: The Pile-On (ages 16-18)

conduct-the-pile-on-title = The Pile-On
conduct-the-pile-on-summary = A classmate's clumsy post turns into a pile-on of memes and threats, and your friends want you in.
conduct-the-pile-on-remember = You can disagree without piling on. Check on the person, screenshot and report threats, and bring in a trusted adult, then let yourself rest.

conduct-the-pile-on-app = { $app }
conduct-the-pile-on-app-chirpa = Chirpa
conduct-the-pile-on-app-buzzline = Buzzline
conduct-the-pile-on-app-yammerly = Yammerly

conduct-the-pile-on-npc-classmate = { $classmate }
conduct-the-pile-on-npc-friend = { $friend }
conduct-the-pile-on-npc-teacher = Ms Novak, head of year

conduct-the-pile-on-intro = Saturday morning. Last night { $classmate } from your year posted a clumsy hot take on { $app }. Now it has 50,000 views, and the replies are exploding.
conduct-the-pile-on-post = Unpopular opinion: if you can't afford the class trip, just work weekends like I did. Not that hard??
conduct-the-pile-on-pic-views = 50,000 views
conduct-the-pile-on-pic-reactions = 2,400 reactions

conduct-the-pile-on-spot = Disagreeing with a post is fine. Some of these replies go much further. Tap the ones that cross the line.
conduct-the-pile-on-card-title = Replies to { $classmate }
conduct-the-pile-on-card-body = Top replies, 2,400 reactions and counting.
conduct-the-pile-on-part-privileged = "Honestly, this is a pretty privileged take."
conduct-the-pile-on-feedback-privileged = Fair enough. It criticises the opinion, not the person, and threatens nobody. You can disagree strongly without piling on.
conduct-the-pile-on-part-clown = A meme: their school photo pasted onto a "participation trophy"
conduct-the-pile-on-feedback-clown = Yes. Taking someone's photo to mock them targets the person, not the idea. Memes like this spread far beyond the original post and are hard to take back.
conduct-the-pile-on-part-threat = "We know where you live. Watch yourself on Monday."
conduct-the-pile-on-feedback-threat = Definitely. That's a threat. It breaks platform rules, and in serious cases schools and police get involved. Save it and report it.
conduct-the-pile-on-part-carer = "Not everyone can work weekends. Some of us are carers."
conduct-the-pile-on-feedback-carer = Not crossing the line. It explains a different view calmly, from real experience. This is what good disagreement looks like.
conduct-the-pile-on-part-number = "Someone post their number so we can all tell them"
conduct-the-pile-on-feedback-number = Yes. Sharing someone's number or address to target them is called doxxing, and it turns a pile-on into real-world danger. Report it.
conduct-the-pile-on-pic-original = Can't afford the class trip? Just work weekends like I did.
conduct-the-pile-on-pic-privileged = Honestly, this is a pretty privileged take.
conduct-the-pile-on-pic-threat = We know where you live. Watch yourself on Monday.
conduct-the-pile-on-pic-carer = Not everyone can work weekends. Some of us are carers.
conduct-the-pile-on-pic-number = Someone post their number so we can all tell them

# Say it well: the report to { $app }
conduct-the-pile-on-compose = The meme, the threat and the call for their number all break { $app }'s rules. Report the pile-on: a moderator reads hundreds of reports a day, so choose what they need, and what to leave out.
conduct-the-pile-on-compose-to = { $app } safety team
conduct-the-pile-on-sent = Report sent. { $app }: "Thanks. Our safety team will review it."
# The world remembers: the glow-up selfies tagged at the gym (The Body-Image Feed).
conduct-the-pile-on-own-location = Within a day, someone told { $classmate } "we know where you live". Now think of your glow-up selfies: public, each one tagged at your gym. What do you do?
conduct-the-pile-on-choice-go-private = Switch to a private account, and leave the tags as they are.
conduct-the-pile-on-feedback-go-private = Going private helps: strangers see less. But followers you barely know still see every tag, and screenshots travel. Take the tags off and turn off location for posts.
conduct-the-pile-on-choice-tags-off = Take the gym tags off and turn off location for posts.
conduct-the-pile-on-feedback-tags-off = Smart. A pile-on can turn on anyone, and a tagged gym tells strangers where to find you. Your posts can stay public; where you'll be doesn't need to be.
conduct-the-pile-on-choice-not-me = Nobody's piling on me. It's only a gym, it's fine.
conduct-the-pile-on-feedback-not-me = A chance to learn: nobody expects to be next, and a tagged gym shows strangers where you'll be, and when. You can still take the tags off and turn location off.
conduct-the-pile-on-tags-off = Two minutes in settings: location for posts off, gym tags gone. Your selfies are still up; where you train isn't. Then your phone buzzes again.
conduct-the-pile-on-gone-private = Your account is private now, but every follower still sees the gym tags. Then your phone buzzes again.
conduct-the-pile-on-tags-stay = You leave the selfies as they are, each one tagged at your gym. Then your phone buzzes again.
conduct-the-pile-on-ph-what = Dozens of accounts are targeting a classmate with memes and threats.
conduct-the-pile-on-why-what = Start with what is happening, in plain words. A moderator sees in seconds which rules are being broken.
conduct-the-pile-on-ph-address = Here's my classmate's address, so you can check the threat is real.
conduct-the-pile-on-why-address = It sounds helpful, but it spreads the address one more time, and a moderator never needs it. If a threat feels real, tell a trusted adult: the school or the police can act.
conduct-the-pile-on-ph-thanks = Thanks for looking into this.
conduct-the-pile-on-why-thanks = Fine either way. Being polite won't change the outcome, but it never hurts.
conduct-the-pile-on-ph-when = They started last night and they're still going.
conduct-the-pile-on-why-when = Timing shows it's ongoing, not a one-off row, and helps moderators find every reply.
conduct-the-pile-on-ph-insult = These losers deserve to be banned for life.
conduct-the-pile-on-why-insult = Anger makes sense. But insults make a report read like part of the fight. Calm facts get accounts dealt with faster.
conduct-the-pile-on-ph-accounts = The accounts: @nightowl_88, @frostbyte_k, @trendwatch22
conduct-the-pile-on-why-accounts = Exact usernames tell moderators who to look at, without searching the whole thread.
conduct-the-pile-on-ph-expose = Ban them today, or I'll post who they really are.
conduct-the-pile-on-why-expose = That's a threat, and exposing people is doxxing, whoever they are. It could get your own account suspended. Leave the bans to the moderators.
conduct-the-pile-on-ph-evidence = Screenshots and links to every reply are attached.
conduct-the-pile-on-why-evidence = Screenshots keep the proof even if posts get deleted, and links take moderators straight to them.

conduct-the-pile-on-friend-tags = lmaooo have you seen this? everyone's making a meme of { $classmate }. add yours, it's the funniest thing all year
conduct-the-pile-on-choice-stay-out = Nah, I'm staying out of it. Not my drama.
conduct-the-pile-on-feedback-stay-out = Not joining keeps your name out of it, and that's smart. But pile-ons feed on silence. A private message or a report would help the person at the centre.
conduct-the-pile-on-choice-make-meme = One meme. They did post something pretty dumb.
conduct-the-pile-on-feedback-make-meme = A chance to learn: a dumb opinion is fair to disagree with, but a meme mocks the person. To you it's one joke, to them it's the 500th, and screenshots last.
conduct-the-pile-on-choice-check-in = No. I'm messaging { $classmate } to see if they're OK.
conduct-the-pile-on-feedback-check-in = That's an upstander move. One kind private message means a lot when thousands of strangers pile in, and it leaves nothing in the thread for the crowd to feed on.
# The world remembers: the friend who got help with the glow-up feed.
conduct-the-pile-on-choice-remember-feed = Remember the glow-up feed? Don't do that to { $classmate }.
conduct-the-pile-on-feedback-remember-feed = That's a friend who listens. You reminded { $friend } how much a feed can hurt, and you said it in private, where nobody had an audience.
conduct-the-pile-on-friend-remembers = …yeah. ok, that hit. I'm not posting anything. can you message { $classmate }? say I'm sorry I laughed

conduct-the-pile-on-classmate-replies = thanks. I know it was a dumb take, I've said sorry twice. but someone posted my address and I can't sleep. my parents don't know yet.
conduct-the-pile-on-pile-grows = You scroll on. That night { $classmate } posts: "can't sleep. someone put my address up. please just stop." The replies keep coming.
conduct-the-pile-on-pic-night-post = can't sleep. someone put my address up. please just stop.
conduct-the-pile-on-pic-new-replies = 38 new replies
conduct-the-pile-on-sleep-sign = "I can't sleep" is a warning sign: this is more than { $classmate } can carry alone. A trusted adult, a counsellor or a helpline can help. The Get help button in the corner is there for you too.
conduct-the-pile-on-meme-viral = Your meme gets the most likes of the day. By night someone has posted { $classmate }'s home address in the replies, right under your meme.
conduct-the-pile-on-pic-top = Most liked today
conduct-the-pile-on-pic-likes = 6,200

conduct-the-pile-on-what-now = They trusted you with this. A posted address is real danger, not just mean comments. What do you reply?
conduct-the-pile-on-choice-tell-home = Screenshot it all. Wake your parents, and I'll email Ms Novak.
conduct-the-pile-on-feedback-tell-home = That's it. Screenshots keep the evidence, and adults can report the threats, call the school, or the police if needed. Then you can both rest.
conduct-the-pile-on-choice-stay-up = I'll help you get through tonight. I'll stay up with you, OK?
conduct-the-pile-on-feedback-stay-up = Staying close is kind, and it matters. But staying awake can't stop threats, and a posted address needs adults who can act. Get them involved first, then sleep.
conduct-the-pile-on-choice-hit-back = Let's find out who posted it and put their address up too.
conduct-the-pile-on-feedback-hit-back = A chance to learn: posting their address is doxxing too. It makes you a target, gives the crowd more to share, and drags { $classmate } back into the middle.
conduct-the-pile-on-parents-step-in = ok. I woke my mum. she's reported it all and emailed school, and Ms Novak has already replied to you. I think I can actually sleep now.
conduct-the-pile-on-up-all-night = You talk until 4 a.m. On Monday you're both exhausted, { $classmate } stays home, and the address and the threats are still up.
conduct-the-pile-on-hit-back-result = Your post gets 3,000 shares in an hour. Now the thread says { $classmate }'s friends dox people too, and the threats get worse.

conduct-the-pile-on-what-public = Everyone can see { $classmate }'s post, and the address is still up. What do you do?
conduct-the-pile-on-choice-callout = Reply: "Leave them alone. I'm reporting every one of you."
conduct-the-pile-on-feedback-callout = Standing up in public is brave. But a public reply pulls more people in, and warning them just starts a fight. A quiet report and an adult are what help get it removed.
conduct-the-pile-on-choice-flag-it = Screenshot the address post, flag it, and show Ms Novak.
conduct-the-pile-on-feedback-flag-it = Smart order: evidence first, then a report to the platform, then an adult who can contact { $classmate }'s family, or the police if needed. Quiet and effective.
conduct-the-pile-on-choice-fair-jab = Reply "maybe think before posting next time" and move on.
conduct-the-pile-on-feedback-fair-jab = A chance to learn: it sounds fair, but under a post begging for it to stop, it's one more pile-on reply. A clumsy opinion never earns threats or a posted address.
conduct-the-pile-on-callout-result = Your reply gets 300 replies in an hour, some aimed at you now. In all the noise nobody reports anything, and the address is still up on Monday.
conduct-the-pile-on-jab-result = Your reply gets 800 likes. An hour later { $classmate }'s account is gone, and people are sharing screenshots of your reply next to the threats.
conduct-the-pile-on-teacher = Thank you for showing me. We've contacted { $classmate }'s family and the platform, and the threats are being looked into. You did the right thing, and now you can step away and rest.

conduct-the-pile-on-monday = Monday. { $classmate } isn't at school, and the address and the threats are still online. It isn't over. What now?
conduct-the-pile-on-choice-blow-over = Leave it. It'll blow over by Friday. Reporting won't change much.
conduct-the-pile-on-feedback-blow-over = A chance to learn: threats and a posted address don't blow over on their own. It's not too late: screenshots and one trusted adult can help get them taken down.
conduct-the-pile-on-choice-show-novak = Tell Ms Novak and show her the screenshots before class.
conduct-the-pile-on-feedback-show-novak = Right move. Ms Novak can contact { $classmate }'s family and the platform, and the police if needed. Telling is never snitching: it's how threats stop.
conduct-the-pile-on-quiet-friday = The thread goes quiet by Friday. { $classmate } comes back to school, jumpy and alone, and the address post is still up.

conduct-the-pile-on-sango-fix = Your post is part of the pile-on now, and screenshots last. { $classmate } is still getting threats. It's not too late to put it right. What now?
conduct-the-pile-on-choice-public-sorry = Post a big apology in the thread, so everyone sees I'm sorry.
conduct-the-pile-on-feedback-public-sorry = Wanting to apologise is good. But a public post pushes the thread back to the top, and { $classmate } with it. Delete quietly, say sorry privately, take the threats to an adult.
conduct-the-pile-on-choice-leave-up = Leave it up. I'm not the one making the threats, am I?
conduct-the-pile-on-feedback-leave-up = A chance to learn: you didn't threaten anyone, but your post gives the crowd something to gather round. One clumsy opinion never earns a pile-on.
conduct-the-pile-on-choice-own-it = Delete mine, say sorry to { $classmate }, and show Ms Novak the threats.
conduct-the-pile-on-feedback-own-it = That takes courage. Deleting yours cuts off the fuel, a private sorry helps, and screenshots of the threats let Ms Novak act. Owning a mistake is what people remember, colleges too.
conduct-the-pile-on-fixed = thanks. that actually means a lot. Ms Novak called my mum, and they've reported the threats. it's finally going quiet.
conduct-the-pile-on-apology-trends = Your apology gets 2,000 replies, half of them new memes. The thread is trending again, and your first post is still up.
conduct-the-pile-on-left-up = Your post stays up. By Monday it's been shared into three school group chats, and { $classmate } hasn't been back to class.

conduct-the-pile-on-still-up = The pile-on is back on top, and your first post is still in it. You can still change how this goes.
conduct-the-pile-on-choice-take-to-novak = Delete my post and take the threats to Ms Novak, screenshots too.
conduct-the-pile-on-feedback-take-to-novak = Well done. Removing your post cuts off the fuel, and Ms Novak can get the threats dealt with through the platform and { $classmate }'s family.
conduct-the-pile-on-choice-done-sorry = I said sorry. That's all the help I can give. I'm logging off.
conduct-the-pile-on-feedback-done-sorry = A chance to learn: a sorry matters, but your post still feeds the thread. It's never too late to delete it and tell a trusted adult about the threats.
conduct-the-pile-on-teacher-late = Thank you for coming to me. Taking your post down was the right thing. We'll contact { $classmate }'s family and the platform. Now step away and get some rest.

conduct-the-pile-on-end-safe = You saw where criticism turned into cruelty, didn't join in, kept the evidence and got adults involved. { $classmate } has real help now, and you can rest.
conduct-the-pile-on-end-mixed = It's quiet for now, but nobody reported the address or told an adult, and { $classmate } is still scared. It can flare up again. Screenshots and a trusted adult can still end it.
conduct-the-pile-on-end-recovered = You added to the pile-on, then put it right: your post came down, and the threats went to someone who could act. That's harder than never slipping.
conduct-the-pile-on-end-harmful = The pile-on rolls on with your post in it. A slip doesn't make you a bad person, and the threats aren't your fault. It's never too late to delete it and tell a trusted adult, who will help.

# My phone: location off for posts.
conduct-the-pile-on-trace-location-off = Location for posts: off. The gym tags are gone from your selfies.
conduct-the-pile-on-trace-location-off-advice = Well done: your posts no longer show where you'll be. Check again whenever you get a new app or a new phone.
