# Contract / commercial: The Loot Box (ages 13-15), dark patterns, hidden costs, time and spending limits

contract-the-loot-box-title = The Loot Box
contract-the-loot-box-summary = You're one win from your next rank when a glowing mystery chest with a countdown pops up in the game store.
contract-the-loot-box-remember = A loot box works like gambling: you pay for a random chance, and the game is built to make you want one more try. Check the real odds and cost, set limits, and talk to a trusted adult.

contract-the-loot-box-app = { $game } Store
contract-the-loot-box-npc-friend = { $friend }
contract-the-loot-box-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contract-the-loot-box-game-mech-league = Mech League
contract-the-loot-box-game-galaxy-goals = Galaxy Goals
contract-the-loot-box-game-rift-racers = Rift Racers
contract-the-loot-box-chest-legend = Legend Chest
contract-the-loot-box-chest-mythic = Mythic Crate
contract-the-loot-box-chest-nova = Nova Vault
contract-the-loot-box-adult-mum = Mum
contract-the-loot-box-adult-dad = Dad
contract-the-loot-box-adult-auntie = Auntie Jo

contract-the-loot-box-intro = Luna the cat is asleep on your lap, your Tigers scarf on the chair. { $game } asks you to lock the Playfort account you play with: your rank, your gems and { $adult }'s saved card are on it.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-loot-box-lock = Three random words make a strong passphrase. Build one you'll remember, then choose how Playfort checks that it's really you.
contract-the-loot-box-piece-banana = banana
contract-the-loot-box-why-piece-banana = An everyday word with nothing to do with you, so nobody can guess it from your profile. And it is easy to picture.
contract-the-loot-box-piece-pet = luna
contract-the-loot-box-why-piece-pet = It looks like any word, but Luna is your cat, and she's in lots of your photos. Friends, and anyone who sees your posts, could guess it. Keep pets, birthdays and names out.
contract-the-loot-box-piece-rocket = rocket
contract-the-loot-box-why-piece-rocket = Nice. A few random words make a long passphrase that's hard to crack and easy to picture: a banana riding a rocket!
contract-the-loot-box-piece-common = 1234
contract-the-loot-box-why-piece-common = 1234 is the first thing anyone tries, and hacking tools try it stuck onto words too. It adds no strength. Let the random words do the work.
contract-the-loot-box-piece-pillow = pillow
contract-the-loot-box-why-piece-pillow = Another random word. Each one makes the passphrase longer and harder to crack, and a funny picture helps you remember it.
contract-the-loot-box-piece-jumble = k9$Tz!4q
contract-the-loot-box-why-piece-jumble = Strong, but could you remember k9$Tz!4q tomorrow? Jumbles end up on sticky notes or used everywhere. Random words are strong AND easy to remember.
contract-the-loot-box-piece-volcano = volcano
contract-the-loot-box-why-piece-volcano = Good one. Random words are strong because they're not about you. Picture a volcano full of pillows, and you won't forget it.
contract-the-loot-box-piece-team = tigers
contract-the-loot-box-why-piece-team = It looks like a random word, but everyone knows you love the Tigers: your scarf is in your photos. Things people know about you are easy to guess, so leave them out.
contract-the-loot-box-set-two-step = Two-step sign-in: a code as well as the passphrase
contract-the-loot-box-val-two-step-off = Off
contract-the-loot-box-why-two-step-off = With it off, your passphrase is the only lock. If someone learns it, they're in. Two-step asks for a code from your phone too.
contract-the-loot-box-val-two-step-phone = Code to my phone
contract-the-loot-box-why-two-step-phone = Great: even if someone learns your passphrase, they would need your phone too. Never tell anyone the code, not even someone who says they are "support".
contract-the-loot-box-set-recovery = Recovery email, to get back in if you're locked out
contract-the-loot-box-val-recovery-friend = My best friend's email
contract-the-loot-box-why-recovery-friend = Your friend means well, but whoever has the recovery email can reset your password. Friends fall out, and their account could get hacked too.
contract-the-loot-box-val-recovery-own = My own email
contract-the-loot-box-why-recovery-own = Yes: an email only you use. If you forget your passphrase or get locked out, you can still get back in.
contract-the-loot-box-val-recovery-none = None
contract-the-loot-box-why-recovery-none = Nobody else can use it, true. But if you forget your passphrase or get hacked, there's no way back in, and your gems are gone. Your own email is better.
contract-the-loot-box-sign-in = At the weekend you play at { $friend }'s, on their laptop. You search "Playfort" and three links come up. Which one do you sign in on?
contract-the-loot-box-page-buried = playfort.com.secure-login.net/login
contract-the-loot-box-why-page-buried = It starts with playfort.com, but it really ends in secure-login.net, a different site, and "secure" proves nothing. The last part before the first / shows who owns the page.
contract-the-loot-box-page-real = account.playfort.com/login
contract-the-loot-box-why-page-real = Well spotted: just before the first / it ends in playfort.com, Playfort's own address. Typing that yourself is safest. On a friend's laptop, sign out after, and don't let it save your passphrase.
contract-the-loot-box-page-lookalike = p1ayfort.com/login
contract-the-loot-box-why-page-lookalike = Look closely: it's p-1-ayfort, with the number 1 instead of an l. Fake pages copy the real one to grab passphrases. Read addresses slowly.

contract-the-loot-box-store-pops = Back home, you're one win away from the next rank in { $game }. You tap "Play", but the store pops up instead, with a glowing { $chest }.
contract-the-loot-box-ad-near = But first, an ad slides over the store: "We know your type from the quiz! Players near you get a free { $chest }. Log in here." It knows your quiz answers, and roughly where you live.
contract-the-loot-box-ad-knows = But first, an ad slides over the store: "We know your type from the quiz! Your free { $chest } is waiting. Log in here." It knows your quiz answers. How?
contract-the-loot-box-ad-choice = That ad knows things you only told the quiz app. Its "partners" passed them on, just as the small print said. What will you do?
contract-the-loot-box-choice-ad-revoke = Close it, then switch off the quiz app's access.
contract-the-loot-box-feedback-ad-revoke = That's the fix. The ad knew you because the quiz app passed your answers on. Switching off its access and deleting it stops that at the source.
contract-the-loot-box-choice-ad-tap = A free chest? It even knows me, so it must be real.
contract-the-loot-box-feedback-ad-tap = A chance to learn: an ad that knows you isn't a friend, it bought your data. Never log in through an ad. Switching off the quiz app's access stops the flow.
contract-the-loot-box-choice-ad-close = Just close it. Those ads are annoying, that's all.
contract-the-loot-box-feedback-ad-close = Not tapping was right. But the ads will keep coming while the quiz app can pass on your data. Switch off its access in Settings to stop them.
contract-the-loot-box-ad-revoked = In Settings, you switch off the quiz app's access, unlink it and delete it. The ad is gone. The chest is still glowing.
contract-the-loot-box-ad-tapped = The page wants your Playfort password and a "small fee" on the saved card. There's no chest at all. You close it, and the glowing chest is back.
contract-the-loot-box-ad-closed = You close it. A minute later the ad slides in again, and the chest behind it is still glowing.

contract-the-loot-box-spot = Store pages can be built to rush you. Tap everything that's a trick.
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = A legendary skin could be inside! Only 3 left at this price!
contract-the-loot-box-part-timer = Offer ends in 04:59
contract-the-loot-box-feedback-part-timer = A countdown is there to rush you so you don't stop and think. Offers like this usually come back again and again.
contract-the-loot-box-part-odds = Drop rates: a small "i" in the corner
contract-the-loot-box-feedback-part-odds = The odds are hidden on purpose. When you find them, the legendary skin is a 0.4% chance: about 1 in 250 chests.
contract-the-loot-box-part-price = Price: 500 gems
contract-the-loot-box-feedback-part-price = Gems hide the real money. 500 gems cost about 5.00 in real money, but it doesn't feel like spending.
contract-the-loot-box-part-card = Ticked: pay with saved card ending 4421
contract-the-loot-box-feedback-part-card = A box ticked for you uses the card saved on this device, probably a parent's. A pre-ticked box is a dark pattern: you never chose it.
contract-the-loot-box-part-rank = Your rank: Gold II, 1 win to Platinum
contract-the-loot-box-feedback-part-rank = That's just your progress. Nothing tricky in it, though stores love to pop up right when you're excited.
contract-the-loot-box-part-store = The store's name at the top
contract-the-loot-box-feedback-part-store = Not a trick: every shop page has a name. The tricks are in what's for sale and how it's sold.
contract-the-loot-box-part-close = Close button (X) at the top
contract-the-loot-box-feedback-part-close = Not a trick, it's your way out! You can always close a store and go back to playing. Nothing is lost by leaving.
contract-the-loot-box-part-chest = The glowing { $chest } in the middle
contract-the-loot-box-feedback-part-chest = You pay first and only find out later what's inside. That's what makes it a loot box: a random prize, and most chests hold common stuff.
contract-the-loot-box-pic-rank = Gold II
contract-the-loot-box-pic-rank-next = 1 win to Platinum!
contract-the-loot-box-pic-timer = 04:59
contract-the-loot-box-pic-price = 500
contract-the-loot-box-pic-card = Pay with card •••• 4421

contract-the-loot-box-chest-choice = I got a legendary from one yesterday!! Open it before the timer runs out, trust me
contract-the-loot-box-choice-find-odds = Close it. What are the real odds? Let me check.
contract-the-loot-box-feedback-find-odds = Smart. Finding the odds and the real price beats any timer. And one friend's lucky chest tells you nothing about your own chances.
contract-the-loot-box-choice-untick-gems = Untick { $adult }'s saved card, and spend only my own gems
contract-the-loot-box-feedback-untick-gems = Unticking { $adult }'s card was sharp: no surprise bill. But you still paid for a random chance with hidden odds, and those gems took hours to earn. Finding the odds first is better.
contract-the-loot-box-choice-trust-friend = A legendary? OK, opening it before the timer ends!
contract-the-loot-box-feedback-trust-friend = A chance to learn: a loot box works like gambling, you pay for a random chance. One friend's lucky chest says nothing about your odds, and the timer was built to make you tap fast.

contract-the-loot-box-chests = You open it: a common skin. "So close!" it flashes, so you open another. Seven chests later, still no legendary. Next morning, an email: 7 purchases, 34.93, card ending 4421.
contract-the-loot-box-pic-inbox = Inbox
contract-the-loot-box-pic-receipt-subject = Receipt: 7 purchases
contract-the-loot-box-pic-receipt-total = Total: 34.93
contract-the-loot-box-pic-receipt-card = Card ending 4421
contract-the-loot-box-earned-gems = Your 500 gems are gone, for a common skin. The store flashes: "So close! Top up 1,000 gems for 9.99?" The button glows.
contract-the-loot-box-pic-gems-left = 0
contract-the-loot-box-pic-so-close = So close!
contract-the-loot-box-pic-topup = 1,000 gems for 9.99
contract-the-loot-box-odds-found = Found them in the small print: legendary 0.4%, about 1 in 250 chests. At 5.00 a chest, that's around 1,250 for one skin. A loot box works like gambling: you pay for a random chance.
contract-the-loot-box-pic-odds-title = Drop rates
contract-the-loot-box-pic-legendary = Legendary
contract-the-loot-box-pic-epic = Epic
contract-the-loot-box-pic-rare = Rare
contract-the-loot-box-pic-common = Common
contract-the-loot-box-pic-pct-legendary = 0.4%
contract-the-loot-box-pic-pct-epic = 4.6%
contract-the-loot-box-pic-pct-rare = 20%
contract-the-loot-box-pic-pct-common = 75%

contract-the-loot-box-topup-choice = That glowing button could get you one more try. What now?
contract-the-loot-box-choice-close-store = Close the store. "So close" is just the hook.
contract-the-loot-box-feedback-close-store = Well played. A loot box works like gambling, and near-misses are shown on purpose to keep you buying. Walking away is how you win here.
contract-the-loot-box-choice-top-up = One top-up. The next chest has to be better.
contract-the-loot-box-feedback-top-up = A chance to learn: each chest is a new random chance, so "close" last time means nothing. That "one more try" feeling is exactly what the game is designed for.
contract-the-loot-box-store-closed = You close the store and play a normal match instead. You win it: Platinum, without spending a thing. But { $adult }'s card is still ticked in the store.
contract-the-loot-box-topped-up = The saved card pays 9.99. Two more chests, two more commons. Next morning, an email: "Receipt: 9.99, card ending 4421."

contract-the-loot-box-late-nag = It's 11 pm. { $game } pings: "Your daily streak ends at midnight! Play 3 more matches, or buy a Streak Saver." Then { $friend } messages you.
contract-the-loot-box-late-choice = stay on!! I need 2 more wins for Platinum, help me out?
contract-the-loot-box-choice-log-off = Sorry, logging off now. Streak or not, I need sleep.
contract-the-loot-box-feedback-log-off = You're in charge, not the game. Saying no to a friend at 11 pm is hard, and sleep beats any streak. Good friends understand.
contract-the-loot-box-choice-help-friend = OK, I'll stay on and help you get your 2 wins
contract-the-loot-box-feedback-help-friend = Wanting to help { $friend } is kind! But "2 more wins" at 11 pm is the streak's hook working on both of you. You can help tomorrow, after some sleep.
contract-the-loot-box-choice-streak-saver = Buy the Streak Saver, so I can sleep in peace now
contract-the-loot-box-feedback-streak-saver = A chance to learn: paying to stop a nag teaches the game that nagging works. The streak will be back tomorrow night, and so will the Streak Saver.
contract-the-loot-box-logged-off = You log off and sleep. Your streak resets, and nothing bad happens. Next day, you notice the store still has { $adult }'s card ticked, ready for one tap.
contract-the-loot-box-stayed-late = Two wins take six matches. It's 1 am. The store pops up: "Night-owl deal! Streak Saver, half price, tonight only."
contract-the-loot-box-saver = The saved card pays 1.99, and you sleep. But the nag is back every night, and so is the tap. A week later, an email: 7 Streak Savers, 13.93.

contract-the-loot-box-night-choice = It's 1 am, and a "tonight only" deal appears. What do you do?
contract-the-loot-box-choice-phone-off = No deals at 1 am. Phone off, I'm done for today.
contract-the-loot-box-feedback-phone-off = Nice catch! Late-night deals are timed for when you're tired. Turning the phone off took back control, even after a long night.
contract-the-loot-box-choice-half-price = Half price? Fine, just this once. Then bed.
contract-the-loot-box-feedback-half-price = A chance to learn: "tonight only" deals show up when you're tired, because tired people tap. The streak will be back tomorrow, and so will the deal.
contract-the-loot-box-phone-off = You switch off at last. Nothing spent, but school the next day feels very long.
contract-the-loot-box-night-saver = 0.99 on the saved card, and you finally sleep. The next night, the streak nags again, and the deal is back.

contract-the-loot-box-card-choice = The card is still saved, and the chests will keep popping up. What will you do about it?
contract-the-loot-box-choice-lock-card = Ask { $adult } to remove the card and add a password
contract-the-loot-box-feedback-lock-card = Smart move. With the card off, no tired tap can buy anything. Talking about spending with { $adult } isn't admitting a problem: it's setting limits together.
contract-the-loot-box-choice-leave-card = Leave it. Why worry { $adult }? I know all the tricks now.
contract-the-loot-box-feedback-leave-card = A chance to learn: knowing the tricks helps, but they're built to work when you're tired or excited. Asking { $adult } is no bother: a purchase password protects you on your worst day, not your best.
contract-the-loot-box-card-left = A week later, at midnight, a "Double XP" chest pops up. The card is still ticked, and your thumb is one tap away.
contract-the-loot-box-parent-talk = Thanks for telling me. Let's take the card off, add a purchase password, and agree on gaming hours that leave time for sleep.

contract-the-loot-box-bill-choice = That's real money, and it came off { $adult }'s card. What will you do?
contract-the-loot-box-choice-show-adult = Show { $adult } the email. We can ask for a refund.
contract-the-loot-box-feedback-show-adult = That takes guts, and it's the right move. The card owner asking quickly gives the best chance of a refund, and { $adult } can add a purchase password.
contract-the-loot-box-choice-help-desk = Ask the help desk for a refund, so { $adult } never knows
contract-the-loot-box-feedback-help-desk = Trying to fix it was responsible! But refunds usually need the card owner, and the card is still saved. { $adult } has to know anyway, and can really help.
contract-the-loot-box-choice-chase = Keep going, or what I spent is all wasted.
contract-the-loot-box-feedback-chase = A chance to learn: chasing what you've already spent is exactly what these stores are built for. Spending more never brings it back. It's never too late to stop and tell.
contract-the-loot-box-store-reply = The store replies: "Refunds must be requested by the account holder." And { $adult }'s card is still ticked in the store.
contract-the-loot-box-parent-helps = I'm glad you told me, and I'm not angry. These games are built to do this. Let's ask for a refund, take the card off and set up a purchase password together.
contract-the-loot-box-chased = Five more purchases, and the total keeps climbing. Each tap makes the next one feel easier.

contract-the-loot-box-reply-choice = The store can't help without { $adult }. What now?
contract-the-loot-box-choice-show-reply = Show { $adult } the email and the store's reply
contract-the-loot-box-feedback-show-reply = Brave and smart. It's never too late to tell. { $adult } can ask for the refund and lock the card, and it's easier to talk now than when the bill arrives.
contract-the-loot-box-choice-delete-email = Delete the emails. Why upset { $adult } over it now?
contract-the-loot-box-feedback-delete-email = A chance to learn: deleting the emails doesn't delete the charges, and the saved card is still there. { $adult } would rather hear it from you now. Telling is how it gets fixed, and it's never too late.
contract-the-loot-box-deleted = The emails are gone. The charges aren't, and { $adult }'s card is still saved in the store.

contract-the-loot-box-end-safe = No real money spent, and { $adult } took the saved card off with you. You know a loot box is a gamble, you didn't chase it, and you set your own limits.
contract-the-loot-box-end-late = No money spent, and you said no to the 1 am deal. But helping { $friend } kept you up half the night, and the streak will pull you back tomorrow. You decide when to stop.
contract-the-loot-box-end-night-saver = You stopped at 1 am, but only by paying. The streak and the deal will be back tomorrow night, and { $adult }'s card is still saved. A talk with { $adult } about limits would help.
contract-the-loot-box-end-card-left = You didn't chase the chests, and you know the tricks. But the card is still saved, so one tired tap could buy a chest any night. Ask { $adult } to take it off.
contract-the-loot-box-end-recovered = It cost more than you meant, but you showed { $adult } and asked for a refund together. The card is off, a purchase password is on, and you know the tricks now.
contract-the-loot-box-end-mixed = The spending stopped, but nobody knows, the store won't refund you, and { $adult }'s card is still saved. It could happen again. Talking to { $adult } still makes it easier to fix.
contract-the-loot-box-end-harmful = You kept buying to make up for what you'd spent, and the bill kept growing. These stores are built to do that, so it's not your fault. It's never too late to tell { $adult } or another trusted adult. They will help.

# What the choices leave on "My phone" (traces).
contract-the-loot-box-trace-card = The saved card, taken off the game store, with a purchase password on.
contract-the-loot-box-trace-card-advice = Smart. No tired tap can buy anything now. Keep agreeing on limits with your trusted adult.
