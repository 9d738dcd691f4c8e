# Contract / commercial: The Free Gems (ages 9-12)

contract-the-free-gems-title = The Free Gems
contract-the-free-gems-summary = A pop-up says you've won free gems. But what does it really want from you?
contract-the-free-gems-remember = If something free asks for a password or a card number, it's a trick. Close it, and ask a trusted adult before you buy anything.

contract-the-free-gems-npc-kofi = { $friend }
contract-the-free-gems-npc-adult = { $adult }
contract-the-free-gems-adult-mum = Mum
contract-the-free-gems-adult-dad = Dad
contract-the-free-gems-adult-gran = Gran

# Variety: each play picks one option of every variable in `vary`.
contract-the-free-gems-game-dragon-dash = Dragon Dash
contract-the-free-gems-game-dragon-derby = Dragon Derby
contract-the-free-gems-game-sky-dragons = Sky Dragons
contract-the-free-gems-gems-10000 = 10,000
contract-the-free-gems-gems-5000 = 5,000
contract-the-free-gems-gems-50000 = 50,000

contract-the-free-gems-intro = You're racing through level 12 of { $game }. The golden dragon is so close, but you're out of gems!

contract-the-free-gems-popup = A bright pop-up flashes: "YOU WON { $gems } FREE GEMS! Only 59 seconds left! Type your password and a parent's card number to claim!"
contract-the-free-gems-pic-won = YOU WON { $gems } FREE GEMS!
contract-the-free-gems-pic-timer = 0:59
contract-the-free-gems-pic-password = Password
contract-the-free-gems-pic-card = Parent's card number
contract-the-free-gems-pic-claim = CLAIM NOW
contract-the-free-gems-choice-close-it = Free gems that need a card number? Nope. Closing it.
contract-the-free-gems-feedback-close-it = Sharp eyes! Free things don't need a card number, and the countdown is there to rush you. Never type your password to win a prize.
contract-the-free-gems-choice-ask-friend = Wait! I'll ask { $friend } first. They'll know if it's real.
contract-the-free-gems-feedback-ask-friend = Stopping to think was smart! But friends can be fooled too. Anything with passwords or money is one to ask a trusted adult about.
contract-the-free-gems-choice-type-password = Quick, type my password before the time runs out!
contract-the-free-gems-feedback-type-password = A chance to learn: the timer was there to rush you. Your password is like the key to your house. Only you and your parents should know it.

contract-the-free-gems-typed = You type your password. Then it asks for the card number, but you don't know it, so you close it. No gems come.
contract-the-free-gems-closed = You close it. Nothing happens when the timer runs out, because it was never real. But the next day, the same pop-up is back, with a new countdown.
contract-the-free-gems-friend-says = My cousin says it's real! You have to be fast. Just type it in!

contract-the-free-gems-friend-choice = The countdown says 20 seconds. What will you do?
contract-the-free-gems-choice-close-anyway = Close it. Free gems don't need a card number.
contract-the-free-gems-feedback-close-anyway = Great thinking! Even if a friend says it's real, a pop-up that wants passwords and card numbers is a trick, however real it looks.
contract-the-free-gems-choice-type-it-now = { $friend }'s cousin did it, so it's safe. Typing!
contract-the-free-gems-feedback-type-it-now = A chance to learn: friends can get fooled too, and their cousins too. If a prize wants your password or a card number, it's a trick.
contract-the-free-gems-closed-anyway = You close it just in time. "Oh," says { $friend }. "Maybe my cousin got tricked." You go back to racing.

contract-the-free-gems-back-choice = The gems pop-up keeps coming back. What will you do about it?
contract-the-free-gems-choice-show-adult = Close it, then show { $adult } what it's asking for
contract-the-free-gems-feedback-show-adult = Great choice! An adult can report the trick to the game, so it can be stopped for everyone. Showing it isn't making a fuss: it's how tricks get caught.
contract-the-free-gems-choice-warn-friend = Tell { $friend } it's a trick, so they won't type it
contract-the-free-gems-feedback-warn-friend = Warning { $friend } was kind! But a friend can't stop the pop-up. A parent can report it to the game, so it stops for everyone.
contract-the-free-gems-choice-tap-again = It's back! Maybe it's real this time. Tap!
contract-the-free-gems-feedback-tap-again = A chance to learn: tricks come back again and again, and that doesn't make them real. A prize that wants your password is always a trick.
contract-the-free-gems-warned = "Thanks!" says { $friend }. But the pop-up keeps flashing, for you and for other kids, and nobody has reported it.
contract-the-free-gems-tapped-again = You tap it. "Log in to claim!" it says. It looks just like the game, so you type your password. No gems come.
contract-the-free-gems-adult-reports = Well spotted! That's a trick. Let's report that pop-up to the game together, so it stops tricking other kids too.

contract-the-free-gems-streak-nag = That evening, the game flashes: "Don't lose your 7-day streak! One more race, or buy the Mega Chest for only 9.99!" It's nearly bedtime.
contract-the-free-gems-pic-streak = Don't lose your 7-day streak!
contract-the-free-gems-pic-one-more-race = One more race
contract-the-free-gems-pic-mega-chest = Mega Chest 9.99
contract-the-free-gems-streak-choice = Hmm, some games are built to keep you playing and buying. What will you do?
contract-the-free-gems-choice-bedtime = Bedtime. The dragon can wait until tomorrow.
contract-the-free-gems-feedback-bedtime = You're the boss of your game! "Don't lose your streak" is a trick to keep you up. Sleep helps you race better tomorrow.
contract-the-free-gems-choice-one-race = Just one race to save my streak. { $adult } won't mind.
contract-the-free-gems-feedback-one-race = Not buying the chest was smart! But "one more race" is exactly what the streak wants, and it rarely stays at one. No streak is worth your sleep.
contract-the-free-gems-choice-buy-chest = Buy the Mega Chest. It's only 9.99, right?
contract-the-free-gems-feedback-buy-chest = A chance to learn: "only 9.99" is real money, and mystery chests often give much less than they promise. Ask before you buy anything.

contract-the-free-gems-bed = You switch off. The next day, the streak is back to zero, and nothing bad happens. The golden dragon is still there.
contract-the-free-gems-one-race = One race turns into four. It's way past bedtime, and the game flashes again: "So close! Race again or lose your streak!"
contract-the-free-gems-chest = { $adult }'s card is saved on the tablet, so one tap does it. The chest gives you one tiny gem. Next day, an email: "Welcome to Gem Club! 9.99 every week."
contract-the-free-gems-pic-gem-club = Welcome to Gem Club!
contract-the-free-gems-pic-every-week = 9.99 every week

contract-the-free-gems-late-choice = Hmm. Did "one race" stay at one? What now?
contract-the-free-gems-choice-sleep-now = Four races already? I'm going to sleep.
contract-the-free-gems-feedback-sleep-now = Well done for stopping! Noticing that one race became four is a real skill. The game is built to keep you going, and you took back control.
contract-the-free-gems-choice-keep-racing = Keep going. I can't lose my streak now!
contract-the-free-gems-feedback-keep-racing = A chance to learn: streaks keep moving the finish line, so there's always "one more". You decide when to stop, and sleep comes first.
contract-the-free-gems-late-bed = You switch off and go to sleep. You're a bit tired in the morning, but you stopped, and the dragon is still there.
contract-the-free-gems-midnight = You race until midnight. The next day you yawn all through class, and that evening the game flashes again: "Don't lose your streak!"

contract-the-free-gems-bill-choice = Uh-oh. That was a hidden cost: Gem Club takes 9.99 every week. It's not too late to fix it. What now?
contract-the-free-gems-choice-show-email = Show { $adult } the Gem Club email straight away
contract-the-free-gems-feedback-show-email = That's brave! Games sometimes hide costs in the small print. Showing a parent quickly means the payments can be stopped, and maybe refunded.
contract-the-free-gems-choice-tell-weekend = I'll tell { $adult } at the weekend. Now's a bad time.
contract-the-free-gems-feedback-tell-weekend = Planning to tell { $adult } is right! But waiting costs more: Gem Club takes money every week. The sooner an adult knows, the easier it is to fix.
contract-the-free-gems-choice-win-it-back = Buy another chest. I might win it back.
contract-the-free-gems-feedback-win-it-back = A chance to learn: trying to win money back usually loses more. Mystery chests are built that way. Telling an adult is OK, and you won't be in trouble for it.
contract-the-free-gems-weekend = By the weekend, a second email has arrived: another 9.99 gone. Gem Club will keep taking money every week.
contract-the-free-gems-adult-cancels = Thank you for showing me. You're not in trouble. Let's cancel Gem Club, ask the store for our money back, and put a lock on buying together.
contract-the-free-gems-more-chests = Two more chests, two more tiny gems, and 19.98 more gone. Gem Club keeps charging every week too.

contract-the-free-gems-weekend-choice = Two emails now, and { $adult } still doesn't know. What will you do?
contract-the-free-gems-choice-show-both = Show { $adult } both emails. Right now, not later.
contract-the-free-gems-feedback-show-both = Brave choice! It's never too late to tell. A parent can cancel Gem Club and ask for a refund, and you won't be in trouble.
contract-the-free-gems-choice-hide-emails = Delete the emails. Then { $adult } won't worry.
contract-the-free-gems-feedback-hide-emails = A chance to learn: hiding it doesn't stop Gem Club. It keeps taking money every week. Telling an adult is how it stops, and it's never too late.
contract-the-free-gems-hidden = The emails are gone, but Gem Club isn't. Every week, another 9.99 leaves { $adult }'s card.

contract-the-free-gems-locked = Next morning, you can't log in: someone changed your password! Then a message pops up: "Pay 20 to get your account back."
contract-the-free-gems-pic-pay-20 = Pay 20 to get your account back.
contract-the-free-gems-pic-wrong-password = Wrong password
contract-the-free-gems-locked-choice = Oh no, that's what the tricksters wanted. But you can still do something. What will you do?
contract-the-free-gems-choice-show-message = Show { $adult } that message before I do anything else
contract-the-free-gems-feedback-show-message = The best move! A parent can report it to the game's support team and change your passwords. Anyone can get tricked. Asking for help is smart.
contract-the-free-gems-choice-threaten = Reply: "Give it back, or I'm reporting you!"
contract-the-free-gems-feedback-threaten = Not paying was right, and standing up for yourself is brave! But replying shows the tricksters someone is there. Don't answer them: show a parent.
contract-the-free-gems-choice-pay-unlock = Pay the 20 with { $adult }'s saved card, quick
contract-the-free-gems-feedback-pay-unlock = A chance to learn: paying a trickster almost never gets an account back. It just shows them the trick works. A parent can help you report it.
contract-the-free-gems-adult-helps = I'm really glad you told me. You're not in trouble. Let's report it to the game's support team: they can try to get your account back. And let's change your other passwords.
contract-the-free-gems-threat-reply = They write back at once: "Pay 20 in one hour, or your dragons are gone forever!"
contract-the-free-gems-paid = You pay. The account doesn't come back. Instead, a new message arrives: "Pay 20 more."

contract-the-free-gems-threat-choice = The clock is ticking, and you feel scared. What now?
contract-the-free-gems-choice-stop-show = Stop replying, and show { $adult } all the messages
contract-the-free-gems-feedback-stop-show = Brave and smart! Not answering takes away their power. A parent can report them to the game's support team, and you're not in trouble.
contract-the-free-gems-choice-pay-quick = Pay quick with { $adult }'s card, or my dragons are gone!
contract-the-free-gems-feedback-pay-quick = A chance to learn: "one hour" is a trick to scare you, like the pop-up's timer. Paying almost never gets an account back. A parent can help.

contract-the-free-gems-end-safe = You spotted the free-gems trick, kept your password to yourself, and stopped at bedtime, not when the game wanted. Your password, { $adult }'s money and your sleep are safe!
contract-the-free-gems-end-stopped = You spotted the gems trick and bought nothing. And you did stop, even if one race became four. The streak will nag again tomorrow: next time, stop when you first planned.
contract-the-free-gems-end-tired = You spotted the gems trick and bought nothing. But the streak kept you racing until midnight, and it will nag again tomorrow. You're the boss of when to stop.
contract-the-free-gems-end-recovered = A hidden cost caught you, but you showed { $adult }, and you fixed it together: Gem Club is cancelled and there's a lock on buying. That's brave! Next time, ask before you buy.
contract-the-free-gems-end-harmful = Gem Club keeps charging, and more of { $adult }'s money is gone. It's not your fault: these games are built to make you buy. It's never too late to tell { $adult } or another trusted adult. They will help.
contract-the-free-gems-end-recovered-account = You got tricked, but you showed { $adult }. You reported it together and changed your passwords, so the tricksters can't get into anything else. The game's support team is looking into your account.
contract-the-free-gems-end-harmful-account = You paid, but the account didn't come back, and the tricksters want more. It's not your fault: they fool grown-ups too. It's never too late to tell { $adult } or another trusted adult. They'll help, and can protect the card.

# My phone: what stays on the phone after this level.
contract-the-free-gems-trace-password = Your game password, typed into a prize pop-up.
contract-the-free-gems-trace-password-advice = Tricksters try stolen passwords in other games too. Ask a parent to help you change it, and use a different one for each game.
contract-the-free-gems-trace-gem-club = Gem Club: 9.99 every week, paid with { $adult }'s card.
contract-the-free-gems-trace-gem-club-advice = Tell { $adult } about Gem Club, even if the emails are gone. Together you can cancel it, ask for a refund and put a lock on buying. You won't be in trouble.
contract-the-free-gems-trace-popup = The free-gems pop-up: reported to the game, with { $adult }.
contract-the-free-gems-trace-popup-advice = Nice! Reporting a trick helps stop it for other kids too. If it pops up again, close it: a real prize never needs a password.
