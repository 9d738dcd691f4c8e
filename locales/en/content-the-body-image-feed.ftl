# Content / values: The Body-Image Feed (ages 16-18)

content-the-body-image-feed-title = The Body-Image Feed
content-the-body-image-feed-summary = Your feed is suddenly all "transformations" and diet challenges, and it's starting to get to you.
content-the-body-image-feed-remember = Filters, edits and paid posts aren't real life. Curate your feed, protect your sleep and talk to someone if it's getting to you.

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = @ShredWithKai
content-the-body-image-feed-influencer-lexi = @LeanLexi
content-the-body-image-feed-influencer-sol = @SolTransforms
content-the-body-image-feed-friend-priya = Priya
content-the-body-image-feed-friend-mateo = Mateo
content-the-body-image-feed-friend-noor = Noor

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = Ms Adeyemi, school counsellor

content-the-body-image-feed-intro = It's 1 a.m. Last week you watched one workout video on { $app }. Now your whole feed is "transformations", and you've been scrolling for an hour. Let's look at what it's showing you.
content-the-body-image-feed-post = 30 days ago vs today. I cut out dinner, train twice a day and I've never felt better! Start the What I Eat in a Day challenge and tag 3 friends. My plan is in my bio.

content-the-body-image-feed-spot = Looks amazing, right? That's the point. Tap everything that makes this post less real than it looks.
content-the-body-image-feed-card-title = { $influencer }, sponsored
content-the-body-image-feed-card-body = Two photos side by side: "Day 1", slouched in grey light, and "Day 30", posed in golden light.
content-the-body-image-feed-part-photo = "Day 30" photo: glowing skin, and a door frame that bends
content-the-body-image-feed-feedback-photo = Yes. A bent background means the body was reshaped in an editing app, and perfect skin often means a filter. Light, pose and angle alone can change how a body looks.
content-the-body-image-feed-part-sponsored = Tiny grey text: "Paid partnership with Corevita Labs"
content-the-body-image-feed-feedback-sponsored = Spot on. "Paid partnership" means they're paid to sell you something. The whole story is an advert, and adverts show the best version of the truth.
content-the-body-image-feed-part-claim = "I cut out dinner and I've never felt better!"
content-the-body-image-feed-feedback-claim = Right. Skipping meals is sold as a lifestyle, with no doctor or evidence in sight. Cutting meals can drain your energy, focus and mood, right when you need them most.
content-the-body-image-feed-part-link = "My plan in bio: 40% off, today only"
content-the-body-image-feed-feedback-link = Yes: a discount that ends today is built to rush you. If someone sells a plan, their "before and after" is also a sales pitch.
content-the-body-image-feed-part-gym = A weights rack in the background
content-the-body-image-feed-feedback-gym = Not a clue. Moving your body and going to the gym are great. The problem is the edits, the ads and the idea that your body is a "before" photo.

content-the-body-image-feed-challenge = Doing the What I Eat in a Day challenge tomorrow! We post every meal and everyone rates it. You in??
content-the-body-image-feed-choice-pass = Pass, and tell { $friend } why the challenge worries me
content-the-body-image-feed-feedback-pass = Kind and honest. Posting every meal for ratings turns food into a contest, and those posts are hard to take back. Saying why gives your friend a way out too.
content-the-body-image-feed-choice-skip = Just skip it and say nothing
content-the-body-image-feed-feedback-skip = Keeping your meals off the internet was a good call. But your friend is still going in, and a word from you might make it easier for them to skip it too.
content-the-body-image-feed-choice-join = Join in and post my meals for ratings
content-the-body-image-feed-feedback-join = A chance to learn: rating each other's food turns eating into a performance, and those posts stay online. What you eat is nobody's business but yours.

content-the-body-image-feed-friend-thinks = Honestly? Since these videos took over my feed, I've felt rubbish about myself. I thought it was just me.
content-the-body-image-feed-feed-keeps = You skip the challenge, but the feed doesn't skip you. By 2 a.m. you've watched 40 more transformations, and the mirror suddenly feels like a "before" photo.
content-the-body-image-feed-ratings = Your meal posts get comments: "that's a lot of carbs", "day 2 and no change?". You start skipping lunch so tomorrow's post looks "better". It's 2 a.m. and you keep checking.

content-the-body-image-feed-curate = Your feed learns from what you watch, so you can teach it something new. It's late, and it's been a heavy night. What will you do?
content-the-body-image-feed-choice-reset = Mute these accounts, reset my feed, log off, talk to someone
content-the-body-image-feed-feedback-reset = That's taking charge. "Not interested", mute and a feed reset change what the algorithm shows you, sleep resets you, and talking it through stops it building up.
content-the-body-image-feed-choice-unfollow = Unfollow a couple of accounts, then keep scrolling
content-the-body-image-feed-feedback-unfollow = Unfollowing helps a little. But scrolling on at 2 a.m. keeps feeding the algorithm the same signals, and a tired brain takes those images harder. Sleep first.
content-the-body-image-feed-choice-buy = Buy the plan in the bio while it's 40% off
content-the-body-image-feed-feedback-buy = A chance to learn: the deadline was made to rush you, and a plan from someone paid to sell it isn't health advice. A doctor or school nurse gives that for free.
content-the-body-image-feed-talk = Thanks for coming to me. Feeds like that are built to keep you watching, and lots of those bodies are edited or paid for. If food or your body starts taking over your thoughts, we'll find support together.

content-the-body-image-feed-plan-bought = The "plan" is a list of skipped meals, plus a monthly subscription you didn't notice. Alerts start at 6 a.m.: "Don't break your streak!" You're tired, hungry, and feel worse.
content-the-body-image-feed-sango-checks = I'm worried about you. Feeling worse isn't your fault: this feed is built to make you feel you're not enough. Looking after yourself can start right now. What will you do?
content-the-body-image-feed-choice-talk-late = Take a real break and talk to someone I trust
content-the-body-image-feed-feedback-talk-late = That's strength, not weakness. A trusted adult, your doctor or an eating-support helpline will help without judging, including with anything you signed up for.
content-the-body-image-feed-choice-delete-app = Delete the app for a while, keep it to myself
content-the-body-image-feed-feedback-delete-app = A break from the feed is a great step. But the pressure doesn't always leave with the app. Talking to someone you trust helps the break stick.
content-the-body-image-feed-choice-try-harder = Try harder: stricter plan, more posts
content-the-body-image-feed-feedback-try-harder = A chance to learn: when a feed makes you feel worse, more of it won't fix that. Your body isn't a project to prove online. It's never too late to ask for help.
content-the-body-image-feed-talk-late = I'm really glad you told me, and you're not in trouble. Those feeds are designed to hook you. We'll cancel anything you signed up for, and find someone you can talk to about food and how you feel.

content-the-body-image-feed-end-safe = You saw past the filters and the ads, kept your meals offline and took your feed back. Your body isn't a "before" photo.
content-the-body-image-feed-end-mixed = You've stepped back a little, but the feed's pressure is still with you, and you're carrying it alone. Muting, resetting, sleeping and talking to someone can turn it around.
content-the-body-image-feed-end-recovered = It got heavy, but you stepped back and reached out. That's how you take back your feed, and your nights. Be kind to yourself.
content-the-body-image-feed-end-harmful = The feed, the plan and the ratings take up more and more of your life. It isn't your fault, and it's never too late to talk to someone you trust.
