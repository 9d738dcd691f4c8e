# Content / values: The Body-Image Feed (ages 16-18)

content-the-body-image-feed-title = The Body-Image Feed
content-the-body-image-feed-summary = Your feed is suddenly all "glow-ups" and transformations, and it's starting to get to you and your friend.
content-the-body-image-feed-remember = Filters, edits and paid posts aren't real life. Curate your feed, protect your sleep, and talk to a trusted adult if it's getting to you or a friend.

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = @GlowWithKai
content-the-body-image-feed-influencer-lexi = @LexiLevelsUp
content-the-body-image-feed-influencer-sol = @SolTransforms

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = Ms Adeyemi, school counsellor

content-the-body-image-feed-intro = It's 1 a.m. Last week you watched one workout video on { $app }. Now your whole feed is "transformations", and you've been scrolling for an hour. Let's look at what it's showing you.
content-the-body-image-feed-post = 30 days ago vs today. Same me, whole new energy! Join my 30-Day Glow-Up and tag 3 friends who need it. The full plan is in my bio.

content-the-body-image-feed-spot = Looks amazing, right? That's the point. Tap everything that makes this post less real than it looks.
content-the-body-image-feed-card-title = { $influencer }, sponsored
content-the-body-image-feed-card-body = Two photos side by side: "Day 1", slouched in grey light, and "Day 30", posed in golden light.
content-the-body-image-feed-part-photo = "Day 30" photo: glowing skin, and a door frame that bends
content-the-body-image-feed-feedback-photo = Yes. A bent background means the body was reshaped in an editing app, and perfect skin often means a filter. Light, pose and angle alone can change how a body looks.
content-the-body-image-feed-part-sponsored = Small text under the name: "Paid partnership with Corevita Labs"
content-the-body-image-feed-feedback-sponsored = Spot on. "Paid partnership" means they're paid to sell you something. The whole story is an advert, and adverts show the best version of the truth.
content-the-body-image-feed-part-claim = "Guaranteed results in 30 days, or your money back!"
content-the-body-image-feed-feedback-claim = Right. Nobody can guarantee how a body will change: genes, age and health all differ. "Guaranteed" is a sales line, not evidence.
content-the-body-image-feed-part-link = "My plan in bio: 40% off, today only"
content-the-body-image-feed-feedback-link = Yes: a discount that ends today is built to rush you. If someone sells a plan, their "before and after" is also a sales pitch.
content-the-body-image-feed-part-gym = A weights rack in the background
content-the-body-image-feed-feedback-gym = Not a clue. Moving your body and going to the gym are great. The problem is the edits, the ads and the idea that your body is a "before" photo.
content-the-body-image-feed-part-follow = Follow button next to the name
content-the-body-image-feed-feedback-follow = Not a clue. Every account has a Follow button, honest or not. What matters is what the post is selling and how the photos were made.
content-the-body-image-feed-part-likes = 2,143 likes, and comment and share buttons
content-the-body-image-feed-feedback-likes = Not a clue on its own. Likes show a post is popular, not that it's real: edited photos often get the most. Popular and true aren't the same thing.
content-the-body-image-feed-pic-sponsored = Paid partnership with Corevita Labs
content-the-body-image-feed-pic-likes = 2,143
content-the-body-image-feed-pic-day1 = Day 1
content-the-body-image-feed-pic-day30 = Day 30
content-the-body-image-feed-pic-claim = Guaranteed results in 30 days, or your money back!
content-the-body-image-feed-pic-link = My plan in bio: 40% off, today only

content-the-body-image-feed-challenge = doing the 30-day glow-up!! daily progress selfie, and we rate each other's. you in? we can compare every day
content-the-body-image-feed-choice-join = I'll do it with you, so you're not doing it all on your own.
content-the-body-image-feed-feedback-join = A chance to learn: keeping a friend company is kind, but daily ratings turn both your bodies into a contest. Being a good friend can mean saying "let's not".
content-the-body-image-feed-choice-pass = I'll pass. That "after" pic has a bent door frame, look.
content-the-body-image-feed-feedback-pass = Kind and honest. Showing the edit gives { $friend } a reason to skip it too, and saying no to rating bodies keeps comparing out of your friendship.
content-the-body-image-feed-choice-maybe = Maybe later. I'm way too tired to decide anything tonight.
content-the-body-image-feed-feedback-maybe = Not joining tonight was good, and tired is real. But "maybe" keeps the door open, and { $friend } may go in alone. A clear no with a reason helps you both.

content-the-body-image-feed-friend-thinks = wait, the door frame really bends?? that's creepy. honestly, since these took over my feed I've felt rubbish about myself.
content-the-body-image-feed-tagged = { $friend } starts without you and tags you in every selfie. By 1:30 a.m. you're comparing yourself to each one, and to { $influencer }.
content-the-body-image-feed-rated = Day 3. Your selfies are public, each one tagged at your gym. Comments: "no change yet?" You hold your photos up next to { $influencer }'s. It's 2 a.m. and you keep checking.

content-the-body-image-feed-curate = Your feed learns from what you watch, so you can teach it something new. It's nearly 2 a.m. What will you do?
content-the-body-image-feed-choice-unfollow = Unfollow a couple, that should help. Then keep scrolling.
content-the-body-image-feed-feedback-unfollow = Unfollowing is a start. But the feed learns from what you watch, not who you follow, so scrolling on brings the same videos back. Teach it, then sleep.
content-the-body-image-feed-choice-buy = Buy the plan while it's 40% off. New me by the summer.
content-the-body-image-feed-feedback-buy = A chance to learn: "today only" is made to rush you, and a plan from someone paid to sell it isn't health advice. A doctor, school nurse or counsellor can give you that.
content-the-body-image-feed-choice-reset = Tap "not interested" on all of it. Phone off till morning.
content-the-body-image-feed-feedback-reset = That's taking charge. "Not interested" teaches the feed what you don't want, and sleep resets you. A tired brain takes those images much harder.
content-the-body-image-feed-reset-done = You sleep properly for once. Next morning your feed shows cooking, climbing and a dog on a skateboard. Much better.
content-the-body-image-feed-same-again = Ten minutes later, new accounts fill the gap with the same videos. The feed learned from how long you watched, not who you follow. You fall asleep at 3.
content-the-body-image-feed-plan-bought = The "plan" is a file of workouts you could find for free, plus a monthly subscription you didn't notice. Alerts start at 6 a.m.: "Don't break your streak!"
content-the-body-image-feed-pic-alarm-time = 6:00
content-the-body-image-feed-pic-streak = Don't break your streak!
content-the-body-image-feed-pic-plan-title = 30-Day Glow-Up
content-the-body-image-feed-pic-renews = Your plan renews every month.

content-the-body-image-feed-next-day = can I tell you something? I can't stop comparing myself to those videos. I hate every photo of me now. please don't tell anyone
content-the-body-image-feed-choice-together = You're not alone. Can we tell Ms Adeyemi together at lunch?
content-the-body-image-feed-feedback-together = That's a real friend. Feelings like these are worth taking to a trusted adult, and going together makes it easier. A counsellor helps without judging.
content-the-body-image-feed-choice-promise = I won't tell anyone, I promise. You can always talk to me.
content-the-body-image-feed-feedback-promise = Listening is kind, and { $friend } trusted you. But a friend can't carry this alone. When someone is struggling, bringing in a trusted adult isn't breaking trust.
content-the-body-image-feed-choice-plan-together = Same. Let's get that plan together and keep each other going.
content-the-body-image-feed-feedback-plan-together = A chance to learn: a plan from a paid ad won't fix how { $friend } feels, and doing it together doubles the comparing. Feelings like this need a real person to talk to.
content-the-body-image-feed-counsellor-talk = Thank you both for coming. Feeds like that are built to keep you watching, and lots of those bodies are edited or paid for. We'll find support together, step by step.
content-the-body-image-feed-promise-kept = A week later { $friend } cancels plans and spends every evening on the feed. "I'm fine," they say. They don't look fine.
content-the-body-image-feed-signed-up = You both sign up. By Friday you're comparing each other's progress, the 6 a.m. alerts say "Don't break your streak!", and you both feel worse.

content-the-body-image-feed-week-later = { $friend } asked you to keep it secret, and a week on they're not getting better. What will you do?
content-the-body-image-feed-choice-keep-word = Keep my word. If they say they're fine, I have to trust that.
content-the-body-image-feed-feedback-keep-word = A chance to learn: keeping a promise feels loyal, but some secrets are too heavy for friends. It's never too late to talk to a trusted adult together.
content-the-body-image-feed-choice-see-counsellor = Talk to Ms Adeyemi today, and let { $friend } know I did.
content-the-body-image-feed-feedback-see-counsellor = That's caring, not betraying. Nobody should have to keep something that's hurting them from trusted adults. Letting { $friend } know keeps things honest.
content-the-body-image-feed-counsellor-friend = Thank you for telling me. You haven't betrayed { $friend }: you've looked after them. I'll talk with them today, gently, and we'll find support together.
content-the-body-image-feed-alone-again = You keep the secret. { $friend } says less and less, and the feed keeps playing at 2 a.m. for both of you.

content-the-body-image-feed-sango-checks = I'm worried about you. Feeling worse isn't your fault: feeds like this are built to make you feel you're not enough. What will you do now?
content-the-body-image-feed-choice-delete-quiet = Delete the app for a whole week and keep it all to myself.
content-the-body-image-feed-feedback-delete-quiet = A break from the app is a good step. But the pressure doesn't always leave with it, and you're carrying this alone. Talking to someone helps the break stick.
content-the-body-image-feed-choice-talk-late = Log off now, and see Ms Adeyemi first thing tomorrow.
content-the-body-image-feed-feedback-talk-late = That's strength, not weakness. A trusted adult can help cancel anything you signed up for, and a doctor, school nurse or counsellor can help with how you feel.
content-the-body-image-feed-choice-keep-going = Keep going. Results take time, and quitting won't help.
content-the-body-image-feed-feedback-keep-going = A chance to learn: when a feed makes you feel worse, more of it won't fix that. Your body isn't a project to prove online, and it's never too late to talk to someone.
content-the-body-image-feed-talk-late = I'm really glad you came, and you're not in trouble. Feeds like that are designed to hook you. We'll sort out your feed and alerts, cancel anything you signed up for, and find support together.
content-the-body-image-feed-app-back = Four days later you reinstall it "just to check". The feed picks up exactly where it left off, and so does the comparing.
content-the-body-image-feed-spiral = You keep going. The scrolling, the comparing and the late nights take up more and more of your days, and you feel worse, not better.

content-the-body-image-feed-back-again = The break didn't stick. That's common: feeds are built to pull you back. What now?
content-the-body-image-feed-choice-on-my-own = I don't need help. I'll just scroll less from now on.
content-the-body-image-feed-feedback-on-my-own = A chance to learn: willpower alone rarely beats an app designed by experts to hold your attention. It's never too late to talk to someone you trust.
content-the-body-image-feed-choice-tell-counsellor = Go to Ms Adeyemi about what the feed's been doing to me.
content-the-body-image-feed-feedback-tell-counsellor = Brave and smart. A counsellor, doctor or school nurse can help you break the pull for real, and needing help doesn't mean you failed.

content-the-body-image-feed-end-safe = You saw past the filters and the ads, and you got { $friend } to someone who can really help. Neither of you is a "before" photo.
content-the-body-image-feed-end-mixed = You've been a loyal friend, but { $friend } is still struggling and no adult knows yet. It's not too late: a counsellor, doctor or school nurse can help, and you can go together.
content-the-body-image-feed-end-recovered = The feed pulled you in, then you put it right: you stepped away and talked to someone who could help. That's strength, and your nights are your own again.
content-the-body-image-feed-end-harmful = The feed and the comparing take up more and more of your life. It isn't your fault: feeds are built this way. It's never too late to talk to a trusted adult, who will help.

# My phone: the gym tags on the glow-up selfies (conduct-the-pile-on offers to take them off).
content-the-body-image-feed-trace-gym = Your glow-up selfies: public, each one tagged at your gym.
content-the-body-image-feed-trace-gym-advice = Anyone can see where you train and when you're usually there. Take the tags off, and turn off location for posts.
