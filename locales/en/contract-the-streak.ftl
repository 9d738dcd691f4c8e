# Contract / values: The Streak (ages 9-12), streaks, autoplay and bedtime alerts (dark patterns), sleep

contract-the-streak-title = The Streak
contract-the-streak-summary = You and your best friend have a 30-day streak in a cartoon app. At bedtime, the app says the streak is about to end.
contract-the-streak-remember = Streaks, sad mascots, countdowns and autoplay are built to keep you watching. It's not your fault they work. Switch them off, use bedtime mode, and talk to a trusted adult.

contract-the-streak-app = { $app }
contract-the-streak-npc-adult = { $adult }
contract-the-streak-npc-friend = { $friend }

# Variety: each play picks one option of every variable in `vary`.
contract-the-streak-app-toonloop = ToonLoop
contract-the-streak-app-gigglebox = GiggleBox
contract-the-streak-app-wobbly = Wobbly TV
contract-the-streak-pet-pip = Pip
contract-the-streak-pet-mochi = Mochi
contract-the-streak-pet-bolt = Bolt
contract-the-streak-adult-grandpa = Grandpa
contract-the-streak-adult-mum = Mum
contract-the-streak-adult-uncle = Uncle

contract-the-streak-intro = Hi, it's me, Sango! { $app } has funny cartoons and quick quizzes. You and { $friend } have watched every day for 30 days, and { $pet }, the app's little pet, cheers you on.
contract-the-streak-night-ping = It's nearly bedtime, and you've done today's quiz. Then your phone buzzes.
contract-the-streak-pic-time = 21:47
contract-the-streak-pic-ping = { $pet } is sad! Your streak ends at midnight!
contract-the-streak-pic-streak = 30

# Spot the tricks on the app's screen.
contract-the-streak-spot-app = You open { $app }. Tap the parts of the screen built to keep you watching. Careful: some parts are fine!
contract-the-streak-card-title = Super Streak: 3 more videos tonight!
contract-the-streak-card-body = Don't let { $pet } down! Watch 3 more videos before midnight to keep your streak.
contract-the-streak-part-timer = A countdown: "Streak ends in 02:13:09"
contract-the-streak-feedback-part-timer = Good catch! A countdown is there to rush you, right at bedtime. Midnight is a line the app drew, not a real deadline.
contract-the-streak-part-pet = { $pet } crying: "Only you can save me!"
contract-the-streak-feedback-part-pet = Yes! { $pet } is a drawing made to make you feel guilty. A cartoon can't be sad, and you're not responsible for it.
contract-the-streak-part-next = "Next video in 3…" starting by itself
contract-the-streak-feedback-part-next = Spot on! Autoplay starts the next video before you can decide. Stopping gets harder every time.
contract-the-streak-part-quiz = Today's quiz: done
contract-the-streak-feedback-part-quiz = Not a trick. You did today's quiz and had fun. That's what the app is for.
contract-the-streak-part-bedtime = A moon button: "Bedtime mode"
contract-the-streak-feedback-part-bedtime = Not a trick: it's a helpful button! Bedtime mode makes the app go quiet at night. It's often small and hidden, so it's worth finding.
contract-the-streak-pic-timer = 02:13:09
contract-the-streak-pic-pet = Only you can save me!
contract-the-streak-pic-next = Next video in 3…
contract-the-streak-pic-quiz = Today's quiz: done
contract-the-streak-pic-bedtime = Bedtime mode

contract-the-streak-night-choice = It's 21:50. { $pet } is crying, next to a button: "Streak Freeze, 0.99". What do you do?
contract-the-streak-choice-close = Close it. { $pet } can wait for the morning.
contract-the-streak-feedback-close = You're the boss of your screen! The streak, the countdown and the tears are all tricks to keep you up. Sleep wins.
contract-the-streak-choice-three = Only 3 videos for the streak, then bed.
contract-the-streak-feedback-three = Planning to stop was a good idea! But autoplay is built to make "3" become many more. Choosing sleep tonight is the stronger move.
contract-the-streak-choice-freeze = Buy a Streak Freeze to help { $pet }. Only 0.99!
contract-the-streak-feedback-freeze = A chance to learn: paying to stop a nag teaches the app that nagging works, and it will ask again tomorrow. { $pet } isn't real, but the money is.

contract-the-streak-slept = You close the app and sleep. In the morning the streak says 0. { $pet } looks sad, and nothing bad has happened at all.
contract-the-streak-autoplay = One video, then the next starts by itself, then the next. You look up: it's 23:20, and you've watched 14.
contract-the-streak-pic-late-time = 23:20
contract-the-streak-pic-episode = Episode 14
contract-the-streak-freeze-bought = A "ding!": Streak Freeze bought for 0.99, on the family account. The next night, { $pet } is crying again: "Freezes all used up! Get 5 for 3.99!" You stay up until midnight to be sure.

contract-the-streak-late-choice = It's 23:20. The next video is starting. What now?
contract-the-streak-choice-stop = Stop. Phone off, and I'm going to sleep now.
contract-the-streak-feedback-stop = Well done for stopping! Noticing that "3" became 14 is a real skill. Autoplay kept going; you took back control.
contract-the-streak-choice-one-more = One more. The next one looks so funny!
contract-the-streak-feedback-one-more = A chance to learn: autoplay always has a funnier video next. It's designed so there's never a good place to stop. You decide, and sleep comes first.
contract-the-streak-stopped-late = You switch the phone off. You're a bit sleepy in the morning, but you stopped, and the streak is at 0. Nothing bad happens.
contract-the-streak-midnight = One more becomes six. It's after midnight when you fall asleep with the phone in your hand.

# Say it well: keep the friend, drop the midnight streak.
contract-the-streak-friend-msg = noooo our streak is gone!! let's start again and do it at midnight tonight?
contract-the-streak-compose = You want to stay friends with { $friend }, and to sleep at night. Build your reply: choose what to say, and what to leave out.
contract-the-streak-compose-to = { $friend }
contract-the-streak-ph-hey = Hey!
contract-the-streak-why-hey = A greeting is fine either way. What matters is the rest.
contract-the-streak-ph-alarm = OK, I'll set an alarm and wake up at midnight.
contract-the-streak-why-alarm = It sounds friendly, but waking up at midnight for an app is exactly what the streak wants. A good friend doesn't need a streak.
contract-the-streak-ph-sleep = No midnight videos for me, I need my sleep.
contract-the-streak-why-sleep = Clear and kind. Saying what you will and won't do leaves nothing to argue about.
contract-the-streak-ph-obsessed = You're obsessed.
contract-the-streak-why-obsessed = Feeling fed up makes sense, but this hurts { $friend }, who is caught by the same tricks. Be kind: the app is the problem, not your friend.
contract-the-streak-ph-after = Let's watch cartoons together after school!
contract-the-streak-why-after = Lovely! It tells { $friend } the friendship is still on, just not at midnight.
contract-the-streak-ph-freeze = Ask your parents to buy us a Streak Freeze.
contract-the-streak-why-freeze = It sounds like a fix, but it spends real money to keep the nagging going. The streak will just ask for more.
contract-the-streak-ph-trick = The streak is a trick to keep us up.
contract-the-streak-why-trick = Yes! Naming the trick helps { $friend } too. Nobody is weak for being caught: these apps are built that way.
contract-the-streak-friend-reply = ha, true, I was SO tired in class. after school then! and I'm asking about bedtime mode too
contract-the-streak-adult-offers = Cartoons after school sound great. Want to set up { $app } together, so it stays fun and stops nagging you at night?

# Set it up: friends' messages after school are fine; the nights are not the app's.
contract-the-streak-setup = You like cartoons and { $friend }'s funny videos after school. But nights are for sleep, and you decide when to stop, not the app. Set it up for that!
contract-the-streak-set-alerts = Notifications
contract-the-streak-val-alerts-all = Everything, all day
contract-the-streak-val-alerts-friends = Only messages from friends
contract-the-streak-val-alerts-none = Nothing at all
contract-the-streak-why-alerts-all = "Everything" means streak alarms and "new video!" pings all day. "Only messages from friends" fits better.
contract-the-streak-why-alerts-friends = Just right! You still get { $friend }'s funny videos, and the app's nagging stays quiet.
contract-the-streak-why-alerts-none = Very quiet, but you'd miss { $friend }'s messages too. "Only messages from friends" fits better, with bedtime mode for the nights.
contract-the-streak-set-autoplay = Play the next video by itself
contract-the-streak-val-autoplay-on = On
contract-the-streak-val-autoplay-off = Off
contract-the-streak-why-autoplay-on = Autoplay chooses for you and never stops. With it off, you decide after every video.
contract-the-streak-why-autoplay-off = Nice! Now you choose each video, and stopping is easy.
contract-the-streak-set-bedtime = Bedtime mode (the app goes to sleep too)
contract-the-streak-val-bedtime-off = Off
contract-the-streak-val-bedtime-night = From 20:30 to 07:00
contract-the-streak-val-bedtime-always = Always on
contract-the-streak-why-bedtime-off = With it off, the app can nag you all night. "From 20:30 to 07:00" fits better.
contract-the-streak-why-bedtime-night = Perfect! The app sleeps when you do, and it's there after school.
contract-the-streak-why-bedtime-always = That stops the nagging, but the app never works, even after school. "From 20:30 to 07:00" fits better.
contract-the-streak-set-reminders = Streak reminders
contract-the-streak-val-reminders-hourly = Every hour
contract-the-streak-val-reminders-daily = Once a day
contract-the-streak-val-reminders-off = Off
contract-the-streak-why-reminders-hourly = Every hour means the streak tugs at you all day. Off fits better: you'll remember the app when you want it.
contract-the-streak-why-reminders-daily = Better, but a daily "don't lose it!" still pulls you back. Off fits better.
contract-the-streak-why-reminders-off = Great! No more guilt trips. You'll open the app when you feel like it.
contract-the-streak-settings-saved = Saved. No streak alarms, no autoplay, and the app sleeps from 20:30. { $friend }'s videos still pop up after school.

# After a slip: the morning after, and a way back by telling.
contract-the-streak-tired-choice = You look so tired this morning. Is everything OK?
contract-the-streak-choice-tell = Tell { $adult } about the streak, and the late nights.
contract-the-streak-feedback-tell = That's brave and smart! Apps like this are built by clever people to keep you hooked. A trusted adult can help switch off the tricks, and you're not in trouble.
contract-the-streak-choice-delete = Delete { $app }. No app, no streak, no problem.
contract-the-streak-feedback-delete = Taking a break is a real choice, well done! But the app can still reach you by email, and nobody is helping you yet. A trusted adult can help more.
contract-the-streak-choice-fine = I'm fine, just tired. I'll tell you if I need help.
contract-the-streak-feedback-fine = A chance to learn: the streak is built to keep going, and it's hard to stop it alone. Telling an adult is not getting in trouble. It's never too late.
contract-the-streak-adult-helps = Thank you for telling me. You're not in trouble: these apps are made to be hard to put down. Let's set up { $app } together, and check nothing else was bought.
contract-the-streak-deleted = { $app } is gone from your phone. Two days later, an email arrives.
contract-the-streak-pic-email-subject = { $pet } misses you!
contract-the-streak-pic-email-offer = Get your 30-day streak back: 1.99
contract-the-streak-pic-email-button = Come back
contract-the-streak-kept-going = The streak reaches 40 days. So do the late nights, and the alerts keep coming every evening.

contract-the-streak-email-choice = The app wants you back, and it's selling your old streak. What do you do?
contract-the-streak-choice-show-email = Check with { $adult } before I do anything else.
contract-the-streak-feedback-show-email = Great thinking! A streak for sale shows what it was all along: a way to keep you hooked. A trusted adult can help you decide, and you're not in trouble.
contract-the-streak-choice-reinstall = Reinstall it and pay 1.99. I'll tell { $adult } later.
contract-the-streak-feedback-reinstall = A chance to learn: the app deleted your streak and now sells it back, and the tricks come back with it. Talking first lets a trusted adult help you decide. It's never too late.
contract-the-streak-reinstalled = You pay 1.99 and the streak is back. So is { $pet }, crying at 21:47 every night. Somehow, "later" never comes.
contract-the-streak-settings-saved-late = Saved. No streak alarms, no autoplay, and the app sleeps from 20:30. { $adult } also checks the family account for purchases.

contract-the-streak-end-safe = You chose sleep over the streak. Now { $app } is fun after school, with { $friend }, and quiet at night. You're the boss of your screen!
contract-the-streak-end-recovered = The streak kept you up, but you talked to { $adult }. Bedtime mode is on, the streak alarms are off, and you're not in trouble. That was brave!
contract-the-streak-end-harmful = The streak keeps you up, night after night. It's not your fault: the app was built to do this. It's never too late to talk to { $adult } or another trusted adult. They will help you switch it off.

# My phone: what stays on the phone after this level.
contract-the-streak-trace-bedtime = The cartoon app: bedtime mode from 20:30, streak reminders off, autoplay off.
contract-the-streak-trace-bedtime-advice = Nice! The app is fun after school and quiet at night. If an update turns alerts back on, switch them off again.
contract-the-streak-trace-alerts = The cartoon app: streak alerts on, every evening.
contract-the-streak-trace-alerts-advice = Streak alerts are built to pull you back. Ask a trusted adult to help you switch them off and turn on bedtime mode.

# One last box on the way out: the sad pet asks for the reminders back.
contract-the-streak-last-box = Then one last box pops up: "{ $pet } will be SO lonely! Turn streak reminders back on?" What do you tap?
contract-the-streak-choice-keep-off = Tap "No thanks". { $pet } is only a drawing.
contract-the-streak-feedback-keep-off = You spotted it! A sad pet on the very last screen is one more trick. Your settings stay just the way you chose them.
contract-the-streak-choice-turn-on = Tap "Keep them on". Poor { $pet } looks so lonely.
contract-the-streak-feedback-turn-on = A chance to learn: a sad pet at the last step is a trick too. { $pet } can't feel lonely, but the reminders will tug at you every day.
contract-the-streak-reminders-back = The next night at 21:47, { $pet } is crying again: "Don't lose your streak!" You show { $adult }, and together you switch the reminders off for good.
