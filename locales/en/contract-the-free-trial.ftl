# Contract / commercial: The Free Trial (ages 16-18). Auto-renewal, pre-ticked consent, data sharing, streaks and sleep.

contract-the-free-trial-title = The Free Trial
contract-the-free-trial-summary = A study app offers 7 days of Premium for free, but the small print and the late-night streak alerts tell another story.
contract-the-free-trial-remember = "Free" trials often renew by themselves, and pre-ticked boxes share your data. Read the small print, untick, and protect your sleep: it's part of studying.

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-adult-mum = Mum
contract-the-free-trial-adult-dad = Dad
contract-the-free-trial-adult-gran = Gran

contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = Exams start in three weeks. You've used the free version of { $app } all month: flashcards, past papers, a 21-day study streak. It's 23:40 when your phone lights up.

contract-the-free-trial-streak = { $app }: "Your 21-day streak ends at midnight! Do a round now, or freeze it with Premium: 7 days FREE, one tap."
contract-the-free-trial-choice-sleep = It's only a number. Alerts off: sleep helps more.
contract-the-free-trial-feedback-sleep = Great call. Sleep is when your brain stores what you revised, so it's part of studying. A midnight streak alert is built to hook you, not to help you learn.
contract-the-free-trial-choice-ten-minutes = Ten quick minutes to keep my streak safe. { $adult }'s asleep.
contract-the-free-trial-feedback-ten-minutes = Ten minutes rarely stays ten. The streak made you feel you'd lose something, so the app got you back at midnight. Switching streak alerts off takes away its pull.
contract-the-free-trial-choice-freeze = It's free, so I'll freeze it. I'll read the details later.
contract-the-free-trial-feedback-freeze = A chance to learn: a "one tap, free" offer at midnight is timed for when you're tired and not reading. The card it asks for is how a trial turns into a bill.
contract-the-free-trial-pic-clock = 23:40
contract-the-free-trial-pic-streak-ends = Your 21-day streak ends at midnight!
contract-the-free-trial-pic-do-round = Do a round
contract-the-free-trial-pic-freeze = Freeze: 7 days FREE

contract-the-free-trial-slept = You switch off streak alerts and sleep. In the morning the streak says 0, and the flashcards feel easier. Then a pop-up covers them: "Go Premium! 7 days FREE."
contract-the-free-trial-ten-more = Ten minutes turn into forty: "Bonus round! Double points!" Lights out at 00:30. Next day, a pop-up covers your flashcards: "Never lose a streak again. Premium, 7 days FREE."
contract-the-free-trial-frozen = Streak frozen! You typed your card number half-asleep. Day 8: 79.99 leaves your card for a full year, and "partner offers" start filling your inbox.

contract-the-free-trial-signup-spot = "Free" sounds great. Tap what you'd want to know before you sign up.
contract-the-free-trial-card-title = { $app } Premium: 7 days FREE
contract-the-free-trial-card-body = Start your free trial today. Cancel anytime. Card details required.
contract-the-free-trial-part-renewal = Small print: "then 79.99 billed yearly unless cancelled"
contract-the-free-trial-feedback-renewal = Yes. The trial turns into a yearly payment by itself. "Cancel anytime" only helps if you remember, and cancelling is often hidden deep in the settings.
contract-the-free-trial-part-box = Already ticked: "Send me offers from our partners"
contract-the-free-trial-feedback-box = Spot on. A pre-ticked box counts on you not noticing. Saying yes to marketing should be your choice, and in many countries the law agrees. Untick it.
contract-the-free-trial-part-data = Terms: "We may share your data with selected partners"
contract-the-free-trial-feedback-data = Right. "Partners" can mean advertisers buying what you study, when and where. Check what happens to your data before you agree.
contract-the-free-trial-part-features = Feature: "Unlimited flashcards"
contract-the-free-trial-feedback-features = Not a clue: that's simply what Premium offers. Features are fine; what matters is the price after the trial and what they do with your data.
contract-the-free-trial-part-papers = Feature: "All past papers"
contract-the-free-trial-feedback-papers = Not a clue either: every sign-up page lists what you get. Read past the selling points to the small print.
contract-the-free-trial-part-title = Banner: "{ $app } Premium: 7 days FREE"
contract-the-free-trial-feedback-title = Not the catch: the 7 free days are real, and trying something is fine. The catch is further down: what happens on day 8, and who gets your data.
contract-the-free-trial-part-card = Card number box, before the free trial starts
contract-the-free-trial-feedback-card = Yes. A free trial that wants your card can charge it by itself when the trial ends. If it's free, ask why they need payment details now.
contract-the-free-trial-pic-feature-cards = Unlimited flashcards
contract-the-free-trial-pic-feature-papers = All past papers
contract-the-free-trial-pic-card-number = Card number
contract-the-free-trial-pic-offers = Send me offers from our partners
contract-the-free-trial-pic-start-trial = Start free trial
contract-the-free-trial-pic-renewal = then 79.99 billed yearly unless cancelled
contract-the-free-trial-pic-terms = Terms: we may share your data with selected partners

# Play the other side: write the "free" trial ad, then see it turned round.
contract-the-free-trial-craft-intro = Before you choose, want to see it from the other side? For one round, you write the offer. It's only practice: once you've built the tricks yourself, they're much easier to spot.
contract-the-free-trial-craft = You write ads for a made-up app. Your ad has room for three parts. Read about who'll see it, then pick what would get each of them to tap.
contract-the-free-trial-craft-what = An ad for a "free" trial of the made-up app GradeRocket Pro
contract-the-free-trial-t-free = 7 days totally FREE, just pop your card in
contract-the-free-trial-t-free-why = A prize: "free" is the hook. Spot it: if a free trial wants your card, find out what it costs when the trial ends. Free for 7 days isn't free.
contract-the-free-trial-t-experts = Recommended by top teachers and exam experts across the country
contract-the-free-trial-t-experts-why = Fake authority: which teachers? Which experts? Spot it: real recommendations have names you can look up. Vague praise borrows trust it hasn't earned.
contract-the-free-trial-t-price = No surprises: 79.99 a year after day 7, with a reminder on day 6
contract-the-free-trial-t-price-why = Honest: the real price lets people decide calmly, so it talks nobody into anything. An ad that hides the day-8 price is counting on you not looking.
contract-the-free-trial-t-clock = Offer ends at midnight: only 3 places left!
contract-the-free-trial-t-clock-why = Urgency: a deadline and "places left" push you to tap before you read. Spot it: an app never runs out of places. A fair offer gives you time to think.
contract-the-free-trial-t-fear = Stressed? Don't let one bad exam wreck your future
contract-the-free-trial-t-fear-why = Emotion: fear of failing makes you act before you think. Spot it: if an ad makes you feel worse about yourself first, it's playing on that feeling.
contract-the-free-trial-t-crowd = Join 2 million students already acing their exams
contract-the-free-trial-t-crowd-why = The crowd: "2 million students" can't be checked, and popular doesn't mean worth paying for. Spot it: ask what you need, not what everyone seems to have.
contract-the-free-trial-t-cancel = Cancel in one tap, any time, right from the home screen
contract-the-free-trial-t-cancel-why = Honest: an easy cancel button means nobody gets stuck paying. Offers that hide it behind five screens and guilt trips want you to give up.
contract-the-free-trial-t-prize = Every sign-up is entered to win a new laptop
contract-the-free-trial-t-prize-why = A prize: a prize draw makes signing up feel like winning. Spot it: look for the odds and the rules. Your chance is tiny; the yearly charge isn't.
contract-the-free-trial-p-dev = Dev
contract-the-free-trial-p-dev-about = Revises the night before, in a panic, and taps before he reads
contract-the-free-trial-p-dev-why = Stress and tiredness make anyone rush. A countdown or a scary line hits hardest at midnight, when Dev is panicking. That's not carelessness: the ad is timed for that moment.
contract-the-free-trial-p-amira = Amira
contract-the-free-trial-p-amira-about = Straight As; if someone qualified vouches for it, she's convinced
contract-the-free-trial-p-amira-why = Amira listens to people who know things, which is usually wise. "Recommended by experts" borrows that trust with no proof. Real praise says who gave it, so you can look.
contract-the-free-trial-p-jonah = Jonah
contract-the-free-trial-p-jonah-about = Short of money, and hates being the only one without the new app
contract-the-free-trial-p-jonah-why = When money's tight, "free" feels like the only way in, and nobody likes being left out. The ad leans on both. The question that protects Jonah: what does it cost on day 8?
contract-the-free-trial-craft-turn = Now flip it: these moves are aimed at you. When an offer rushes you, waves vague experts or says everyone has it, stop. Find the price after day 7 and the cancel button, or ask someone you trust.
contract-the-free-trial-craft-back = Back to the real { $app } pop-up: "7 days FREE. Cancel anytime. Card details required." "FREE" is the hook you just used. Now look for what it leaves out: the price on day 8.

contract-the-free-trial-sign-up = Premium looks useful, and { $friend } uses it. What will you do?
contract-the-free-trial-choice-stay-free = The free version does what I need. Closing this.
contract-the-free-trial-feedback-stay-free = Smart. The free version already does the job, and closing the offer keeps your card and your data out of it. You never owe an app a trial.
contract-the-free-trial-choice-trial-careful = Trial, box unticked, and a reminder to cancel on day 6.
contract-the-free-trial-feedback-trial-careful = A careful way to try it: box unticked, reminder set. Just know cancelling is often made hard on purpose, and with a card on file one slip costs the whole year.
contract-the-free-trial-choice-start-trial = Start it. "Cancel anytime" means it's safe to try.
contract-the-free-trial-feedback-start-trial = A chance to learn: "cancel anytime" only helps if you remember, and with the box still ticked your details go to partners too. It's still fixable.

contract-the-free-trial-free-win = You close the offer and keep going on the free version. On day 8, { $friend } groans: their "free" trial just turned into 79.99 for the year.
contract-the-free-trial-day-six = Day 6: your reminder buzzes. The cancel page takes five screens, then: "Are you sure? You'll lose your streak! Stay 3 more days FREE?" A timer counts down from 60.
contract-the-free-trial-pic-timer = 0:47
contract-the-free-trial-pic-sure = Are you sure?
contract-the-free-trial-pic-lose-streak = You'll lose your streak!
contract-the-free-trial-pic-stay-free = Stay 3 more days FREE
contract-the-free-trial-pic-cancel-anyway = Cancel anyway
contract-the-free-trial-charged = Day 8: 79.99 leaves your card for a full year. Your inbox fills with "partner offers", and streak alerts now arrive at 2 a.m.
contract-the-free-trial-pic-day-eight = Day 8
contract-the-free-trial-pic-paid = { $app } Premium: 1 year
contract-the-free-trial-pic-amount = -79.99
contract-the-free-trial-pic-partner-offers = Partner offers

contract-the-free-trial-cancel-flow = The timer is ticking. What do you tap?
contract-the-free-trial-choice-cancel-anyway = Cancel anyway. No streak is worth paying 79.99 a year.
contract-the-free-trial-feedback-cancel-anyway = Well done. Guilt trips, timers and "stay free a bit longer" offers are there to stall you until the charge. You saw the trick and kept your money.
contract-the-free-trial-choice-three-more = Three more free days can't hurt. I'll cancel then.
contract-the-free-trial-feedback-three-more = A chance to learn: the countdown and the "extra days" were built to make you stay. Extra days push the renewal past the reminder you set.
contract-the-free-trial-cancelled = Cancelled, with a day to spare. The streak resets to 0, and your card stays untouched.
contract-the-free-trial-extended = Three days later you're deep in revision, and no reminder comes. 79.99 leaves your card for a full year.

contract-the-free-trial-recover = Oof. This happens to loads of people, and the design counts on it. You have more rights than it feels like. What will you do?
contract-the-free-trial-choice-show-adult = Show { $adult } the charge and ask the store to give my money back.
contract-the-free-trial-feedback-show-adult = Good move. App stores often refund a renewal if you ask quickly, and in many places you have a right to cancel and opt out of marketing. An adult can help you ask.
contract-the-free-trial-choice-cancel-tell-friend = Cancel it myself and tell { $friend }. No need to worry { $adult }.
contract-the-free-trial-feedback-cancel-tell-friend = Cancelling stops the next charge, and warning { $friend } is kind. But cancelling alone doesn't get your money back. Asking quickly, with { $adult }'s help, often can, and it's no bother.
contract-the-free-trial-choice-use-more = Keep it. Premium will help me study, so it's worth it.
contract-the-free-trial-feedback-use-more = A chance to learn: that's the sunk-cost trap. Money already spent shouldn't decide what you do next. You can still ask for a refund and cancel.

contract-the-free-trial-kept-paying = You study with Premium, but the year is paid, partner offers pile up and 2 a.m. streak alerts keep waking you.
contract-the-free-trial-warned = You cancel, and { $friend } thanks you. A week later the 79.99 is still gone, "partner offers" arrive daily, and { $friend } mentions they got a refund just by asking.
contract-the-free-trial-refund = Thanks for showing me. You're not in trouble, these trials catch loads of people. We got the money back, cancelled, and asked the app to stop sharing your data and delete it.

contract-the-free-trial-still-emails = The charge is still there, and so are the emails. What now?
contract-the-free-trial-choice-ask-refund = { $adult }, can you help me ask the store for my money back?
contract-the-free-trial-feedback-ask-refund = Good move, and not too late: stores often still refund, and an adult can help you ask and opt out of the partner emails. Asking after a slip is exactly right.
contract-the-free-trial-choice-too-late = Too late. Block their emails, and spare { $adult } the stress.
contract-the-free-trial-feedback-too-late = A chance to learn: blocking hides the emails, but your details are still shared and the money is still gone. It's often not too late to ask for a refund, and { $adult } can help.
contract-the-free-trial-gave-up = You block the emails. The subscription is cancelled, but the 79.99 stays gone, and your details stay with the "partners".

contract-the-free-trial-end-safe = You read the small print, stayed on the free version and kept your card and your data out of it. The offer was built to look free, and you looked closer.
contract-the-free-trial-end-cancelled = You tried Premium with the box unticked and cancelled in time, guilt trip and countdown included. No charge, no partner emails. Next time, check how hard cancelling is first.
contract-the-free-trial-end-extended = The "three more days" turned into a yearly charge of 79.99. It's not your fault: the timer was built to rush you. It's never too late to tell a trusted adult, who will help you ask for a refund.
contract-the-free-trial-end-mixed = The subscription is cancelled, but the 79.99 is gone and your details are still with the "partners". Nobody has asked for a refund yet, and that could still change.
contract-the-free-trial-end-recovered = The trial caught you, but you showed { $adult } and put it right: cancelled, money back, partner emails stopped. Nicely handled.
contract-the-free-trial-end-harmful = You're paying for a year you never meant to buy, partner offers pile up and the alerts keep you up. It's not your fault, and it's not too late: tell a trusted adult, who will help you cancel and ask for a refund.

# My phone: the details the pre-ticked box shared (contract-the-phishing-login brings them back).
contract-the-free-trial-trace-partners = Your name and email, passed to a study app's "partners" by a box left ticked.
contract-the-free-trial-trace-partners-advice = That's where the offers, and some scams, come from. In the app's privacy settings, stop the sharing and ask for your data to be deleted. A trusted adult can help.
