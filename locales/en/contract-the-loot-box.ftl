# Contract / commercial: The Loot Box (ages 13-15), dark patterns, hidden costs, time and spending limits

contract-the-loot-box-title = The Loot Box
contract-the-loot-box-summary = You're one win from your next rank when a glowing mystery chest with a countdown pops up in the game store.
contract-the-loot-box-remember = Timers, hidden odds, gem prices and pre-ticked boxes are tricks to make you spend. Check the real cost, set your own limits, and talk to a trusted adult before you buy.

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
contract-the-loot-box-name-omar = Omar
contract-the-loot-box-name-lucy = Lucy
contract-the-loot-box-name-finn = Finn
contract-the-loot-box-adult-mum = Mum
contract-the-loot-box-adult-dad = Dad
contract-the-loot-box-adult-auntie = Auntie Jo

contract-the-loot-box-intro = You're one win away from the next rank in { $game }. You tap "Play", but the store pops up instead, with a glowing { $chest }.

contract-the-loot-box-spot = Store pages can be built to rush you. Tap everything that's a trick.
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = A legendary skin could be inside! Only 3 left at this price!
contract-the-loot-box-part-timer = Offer ends in 04:59
contract-the-loot-box-feedback-part-timer = A countdown is there to rush you so you don't stop and think. Offers like this usually come back again and again.
contract-the-loot-box-part-odds = Drop rates: a tiny grey "i" in the corner
contract-the-loot-box-feedback-part-odds = The odds are hidden on purpose. When you find them, the legendary skin is a 0.4% chance: about 1 in 250 chests.
contract-the-loot-box-part-price = Price: 500 gems
contract-the-loot-box-feedback-part-price = Gems hide the real money. 500 gems cost about 5.00 in real money, but it doesn't feel like spending.
contract-the-loot-box-part-card = Ticked: pay with saved card ending 4421
contract-the-loot-box-feedback-part-card = A box ticked for you uses the card saved on this device, probably a parent's. A pre-ticked box is a dark pattern: you never chose it.
contract-the-loot-box-part-rank = Your rank: Gold II, 1 win to Platinum
contract-the-loot-box-feedback-part-rank = That's just your progress. Nothing tricky in it, though stores love to pop up right when you're excited.

contract-the-loot-box-chest-choice = I got a legendary from one yesterday!! Open it before the timer runs out, trust me
contract-the-loot-box-choice-close-check = Close the store and check the real odds and price first
contract-the-loot-box-feedback-close-check = Smart. Checking the odds and the real price beats any timer. And one friend's lucky chest tells you nothing about your own chances.
contract-the-loot-box-choice-untick-gems = Untick the card, and spend only my earned gems
contract-the-loot-box-feedback-untick-gems = Unticking the card was sharp: no surprise bill. But the odds are still hidden, and those gems took hours to earn. Knowing the odds first is even better.
contract-the-loot-box-choice-open-now = Open it now, before the timer ends!
contract-the-loot-box-feedback-open-now = A chance to learn: the timer, the "only 3 left" and the hidden odds were all built to make you tap fast. A saved card makes spending feel like nothing.

contract-the-loot-box-odds-found = Found the odds in the small print: legendary 0.4%, so about 250 chests on average. At about 5.00 a chest, that's around 1,250 for one skin!
contract-the-loot-box-earned-gems = Your 500 gems are gone, for a common skin. The store flashes: "So close! Top up 1,000 gems for 9.99?" The button glows.

contract-the-loot-box-limit-choice = It's 11 pm. { $game } pings again: "Your daily streak ends at midnight! Play 3 more matches, or buy a Streak Saver."
contract-the-loot-box-choice-logoff-talk = Log off, and ask { $adult } to help set spending limits
contract-the-loot-box-feedback-logoff-talk = You're in charge, not the game. Sleep beats any streak, and a spending limit or a purchase password means no trick can catch you out.
contract-the-loot-box-choice-play-three = Play 3 more matches, but buy nothing
contract-the-loot-box-feedback-play-three = Not buying was smart. But the streak timer is a trick too, built to keep you playing past bedtime. No streak is worth your sleep.
contract-the-loot-box-choice-top-up = Top up with the saved card and open more chests
contract-the-loot-box-feedback-top-up = A chance to learn: "just one more" is exactly what chests are designed for. Chasing a rare drop late at night is how small amounts turn into big bills.

contract-the-loot-box-parent-talk = Thanks for telling me about that chest. Let's set a monthly limit and a purchase password together, and agree on gaming hours that leave time for sleep.

contract-the-loot-box-chests = Seven chests later: no legendary. Next morning, { $adult } gets a message from the bank: 7 purchases in { $game }, 34.93 in total.
contract-the-loot-box-bill-choice = That feels awful. But hiding it makes it worse, and stores sometimes refund purchases if you ask quickly. What will you do?
contract-the-loot-box-choice-tell-refund = Tell { $adult } now and ask the store for a refund together
contract-the-loot-box-feedback-tell-refund = That takes guts, and it's the right move. A quick request gives the best chance of a refund, and { $adult } can switch on a purchase password.
contract-the-loot-box-choice-stop-hide = Stop buying, and hope { $adult } doesn't notice
contract-the-loot-box-feedback-stop-hide = Stopping was right. But { $adult } will see the bill anyway, and a refund is easier to get if you ask quickly.
contract-the-loot-box-choice-win-back = Buy one more to finally get the skin
contract-the-loot-box-feedback-win-back = A chance to learn: chasing what you've spent is exactly how loot boxes keep you paying. The odds don't get better. It's never too late to stop and tell.

contract-the-loot-box-parent-helps = I'm glad you told me straight away, and I'm not angry. Let's ask for a refund, remove the saved card and set up a purchase password together.

contract-the-loot-box-end-safe = You spotted the timer, the hidden odds and the pre-ticked card, and you set your own limits. Your money, your sleep and your rank are safe.
contract-the-loot-box-end-tired = You didn't spend a thing, nice. But the streak kept you up past midnight, and school feels very long today. You're the one who decides when to stop.
contract-the-loot-box-end-mixed = The spending stopped, but nobody has been told and no limits are set. Talking to a trusted adult makes it easier to fix, and to stop next time.
contract-the-loot-box-end-recovered = It cost more than you meant, but you told { $adult } quickly and fixed it together. Now limits are on, and you know the tricks.
contract-the-loot-box-end-harmful = The bill keeps growing and the skin still hasn't dropped. Loot boxes are built this way. It's never too late to stop and tell a trusted adult.
