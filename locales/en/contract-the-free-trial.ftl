# Contract / commercial: The Free Trial (ages 16-18). Auto-renewal, pre-ticked consent, data sharing, streaks and sleep.

contract-the-free-trial-title = The Free Trial
contract-the-free-trial-summary = A study app offers 7 days of Premium for free, but the small print and the late-night streak alerts tell another story.
contract-the-free-trial-remember = "Free" trials often renew by themselves, and pre-ticked boxes share your data. Read the small print, untick, and protect your sleep: it's part of studying.

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-friend-leila = Leila
contract-the-free-trial-friend-oscar = Oscar
contract-the-free-trial-friend-hana = Hana
contract-the-free-trial-adult-mum = Mum
contract-the-free-trial-adult-dad = Dad
contract-the-free-trial-adult-gran = Gran

contract-the-free-trial-npc-friend = { $friend }
contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = Mocks start in three weeks. You've used the free version of { $app } all month: flashcards, past papers, a study streak. It's 23:40 when your phone lights up.

contract-the-free-trial-streak = { $app }: "Your 21-day streak ends at midnight! Night owls, join tonight's All-Nighter Sprint with 3,000 other students."
contract-the-free-trial-choice-sleep = Turn off streak alerts and go to sleep
contract-the-free-trial-feedback-sleep = Great call. Sleep is when your brain stores what you revised, so it's part of studying. Streaks and late alerts are designed to hook you, not to help you learn.
contract-the-free-trial-choice-ten-minutes = Do 10 minutes to save the streak, then sleep
contract-the-free-trial-feedback-ten-minutes = Ten minutes won't hurt, and you stopped. Just notice the trick: a streak makes you feel you'd lose something, so you keep coming back, even at midnight.
contract-the-free-trial-choice-all-nighter = Join the All-Nighter Sprint
contract-the-free-trial-feedback-all-nighter = A chance to learn: an all-nighter makes memory, focus and mood worse the next day. An app that rewards staying up isn't looking after you.
contract-the-free-trial-morning = The next day, a pop-up covers your flashcards: "Go Premium! 7 days FREE."
contract-the-free-trial-all-nighter = At 4 a.m. you're still "sprinting". In the next day's mock you blank on answers you knew. Then { $app } pops up: "Tired? Premium has Focus Mode. 7 days FREE!"

contract-the-free-trial-signup-spot = "Free" sounds great. Tap what you'd want to know before you sign up.
contract-the-free-trial-card-title = { $app } Premium: 7 days FREE
contract-the-free-trial-card-body = Start your free trial today. Cancel anytime. Card details required.
contract-the-free-trial-part-renewal = Small print: "then 79.99 billed yearly unless cancelled"
contract-the-free-trial-feedback-renewal = Yes. The trial turns into a yearly payment by itself. "Cancel anytime" only helps if you remember, and cancelling is often hidden deep in the settings.
contract-the-free-trial-part-box = Already ticked: "Send me offers from our partners"
contract-the-free-trial-feedback-box = Spot on. A pre-ticked box counts on you not noticing. Saying yes to marketing should be your choice, and in many countries the law agrees. Untick it.
contract-the-free-trial-part-data = Terms: "We may share your data with selected partners"
contract-the-free-trial-feedback-data = Right. "Partners" can mean advertisers buying what you study, when and where. Check what happens to your data before you agree.
contract-the-free-trial-part-features = "Unlimited flashcards and past papers"
contract-the-free-trial-feedback-features = Not a clue: that's simply what Premium offers. Features are fine; what matters is the price after the trial and what they do with your data.

contract-the-free-trial-sign-up = Premium looks useful, and { $friend } uses it. What will you do?
contract-the-free-trial-choice-stay-free = Stay on the free version, and untick that box
contract-the-free-trial-feedback-stay-free = Smart. The free version already does what you need, and unticking keeps your data yours. You have the right to say no to marketing and data sharing.
contract-the-free-trial-choice-trial-careful = Start the trial, untick the box, set a reminder to cancel
contract-the-free-trial-feedback-trial-careful = A careful way to try it. Just know cancelling is often made hard on purpose, and with a card on file, one slip costs the full year.
contract-the-free-trial-choice-start-trial = Tap "Start free trial" with the box still ticked
contract-the-free-trial-feedback-start-trial = A chance to learn: "free" trials rely on you forgetting, and with the box ticked your details go to partners too. It's still fixable if you act.
contract-the-free-trial-free-win = wait, it renews YEARLY? I thought mine was free. just checked and I've already paid 79.99. cancelling now, thanks for saying

contract-the-free-trial-day-six = Day 6: your reminder buzzes. Cancelling takes five screens and a guilt trip: "Are you sure? You'll lose your streak!" You get there, with an hour to spare.

contract-the-free-trial-charged = Day 8: 79.99 leaves the card you signed up with. Your inbox fills with "partner offers", and streak alerts now arrive at 2 a.m.
contract-the-free-trial-recover = Oof. This happens to loads of people, and the design counts on it. You have more rights than it feels like. What will you do?
contract-the-free-trial-choice-tell-refund = Tell { $adult }, cancel, and ask the store for a refund
contract-the-free-trial-feedback-tell-refund = Good move. App stores often refund a renewal if you ask quickly, and in many countries you have a right to cancel and to opt out of marketing. An adult can help you ask.
contract-the-free-trial-choice-cancel-quietly = Cancel quietly and take the loss
contract-the-free-trial-feedback-cancel-quietly = Cancelling stops the next charge, which is good. But you may be able to get this year's money back, and the partner offers keep coming until you opt out.
contract-the-free-trial-choice-use-more = Keep it, and study more to make it worth it
contract-the-free-trial-feedback-use-more = A chance to learn: that's the sunk-cost trap. Money already spent shouldn't decide what you do next. You can still ask for a refund and cancel.
contract-the-free-trial-refund = Thanks for telling me straight away. We asked the store and got the money back, unsubscribed from the partner emails and turned off those 2 a.m. alerts. Free versions are fine!

contract-the-free-trial-end-safe = You read the small print and kept your money and your data. And remember: sleep is part of studying, and no streak is worth an all-nighter.
contract-the-free-trial-end-cancelled = You cancelled in time, so no charge. Next time, check how hard it is to cancel before you start, and whether the free version is enough.
contract-the-free-trial-end-mixed = The subscription is cancelled, but the money's gone and the partner emails keep coming. Asking for a refund and opting out of marketing can still fix that.
contract-the-free-trial-end-recovered = The small print caught you, then you fixed it fast with help: refund asked for, emails stopped, alerts off. Nicely handled.
contract-the-free-trial-end-harmful = The yearly charge is paid, the partner emails pile up, and the alerts keep you up. It's not too late: tell an adult, ask for a refund and cancel.
