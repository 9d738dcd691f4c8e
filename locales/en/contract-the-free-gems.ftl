# Contract / commercial: The Free Gems (ages 9-12)

contract-the-free-gems-title = The Free Gems
contract-the-free-gems-summary = A pop-up says you've won free gems. But what does it really want from you?
contract-the-free-gems-remember = If something free asks for a password or a card number, it's a trick. Close it, and ask a trusted adult before you buy anything.

contract-the-free-gems-npc-kofi = { $friend }
contract-the-free-gems-npc-mum = Mum

# Variety: each play picks one option of every variable in `vary`.
contract-the-free-gems-name-kofi = Kofi
contract-the-free-gems-name-lena = Lena
contract-the-free-gems-name-tomas = Tomas
contract-the-free-gems-game-dragon-dash = Dragon Dash
contract-the-free-gems-game-dragon-derby = Dragon Derby
contract-the-free-gems-game-sky-dragons = Sky Dragons
contract-the-free-gems-gems-10000 = 10,000
contract-the-free-gems-gems-5000 = 5,000
contract-the-free-gems-gems-50000 = 50,000

contract-the-free-gems-intro = You're racing through level 12 of { $game }. The golden dragon is so close, but you're out of gems!

contract-the-free-gems-popup = A bright pop-up flashes: "YOU WON { $gems } FREE GEMS! Only 59 seconds left! Type your password and a parent's card number to claim!"
contract-the-free-gems-choice-spot-trick = Free, but they want a card number? It's a trick. Close it!
contract-the-free-gems-feedback-spot-trick = Sharp eyes! Free things don't need a card number, and the countdown is there to rush you. Never share your password, not even to win a prize.
contract-the-free-gems-choice-ask-friend = Wait, and ask { $friend } if it's real
contract-the-free-gems-feedback-ask-friend = Stopping to check is smart! But friends can be fooled too. A trusted adult is the best person to ask about anything with money or passwords.
contract-the-free-gems-choice-type-password = Type my password, quick, before time runs out!
contract-the-free-gems-feedback-type-password = A chance to learn: the timer was a trick to rush you. Your password is like the key to your house. Only you and your parents should know it.

contract-the-free-gems-friend-says = My cousin says it's real! You have to be fast. Just type it in!
contract-the-free-gems-choice-close-and-ask = Close it, and show a trusted adult
contract-the-free-gems-feedback-close-and-ask = Great choice! Even if a friend says it's real, a pop-up asking for passwords and card numbers is a trick. An adult can help you check and report it.
contract-the-free-gems-choice-close-quietly = Close it, but don't mention it to anyone
contract-the-free-gems-feedback-close-quietly = Closing it kept you safe! Telling an adult too means they can report the trick and help protect your friends.
contract-the-free-gems-choice-type-it-now = { $friend } says it's real, so type it in
contract-the-free-gems-feedback-type-it-now = A chance to learn: friends can get fooled too. If a pop-up wants your password or a card number, it's a trick, however real it looks.

contract-the-free-gems-streak-nag = The pop-up is gone. Then the game flashes: "Don't lose your streak! Keep playing, or buy the Mega Chest for only 9.99!" It's nearly bedtime.
contract-the-free-gems-streak-choice = Hmm, some games are built to keep you playing and buying. What will you do?
contract-the-free-gems-choice-stop-for-today = Stop for today, and tell Mum about the pop-up
contract-the-free-gems-feedback-stop-for-today = You're the boss of your game! Sleep helps you play better tomorrow. And telling Mum means she can help you spot tricks.
contract-the-free-gems-choice-play-on = Keep playing late, but don't buy anything
contract-the-free-gems-feedback-play-on = Not buying was smart! But "don't lose your streak" is a trick to keep you playing. A good night's sleep matters more than any streak.
contract-the-free-gems-choice-buy-chest = Tap "Buy" on the Mega Chest
contract-the-free-gems-feedback-buy-chest = A chance to learn: "only 9.99" is real money, and mystery chests often give much less than they promise. Always ask an adult before buying.

contract-the-free-gems-parent-chat = Thanks for showing me that pop-up! Let's set a spending lock, and pick a time to play tomorrow. You were really smart tonight.

contract-the-free-gems-surprise-bill = The chest gives you one tiny gem. Next day, an email arrives: "Welcome to Gem Club! 9.99 every week." You didn't know you'd signed up!
contract-the-free-gems-bill-choice = Uh-oh. That was a hidden cost: it charges every week. It's not too late to fix it. What now?
contract-the-free-gems-choice-tell-mum-now = Tell Mum now so she can cancel it
contract-the-free-gems-feedback-tell-mum-now = That's brave! Games sometimes hide costs in the small print. Telling a parent quickly means the payments can be stopped.
contract-the-free-gems-choice-wait-to-tell = Wait until next week to tell Mum
contract-the-free-gems-feedback-wait-to-tell = Telling Mum is right, but waiting costs more: another 9.99 goes next week. The sooner an adult knows, the easier it is to fix.
contract-the-free-gems-choice-win-it-back = Hide it, and buy another chest to win it back
contract-the-free-gems-feedback-win-it-back = A chance to learn: trying to win money back usually loses more. Mystery chests are built that way. A trusted adult can help, and it's OK to tell.

contract-the-free-gems-account-locked = No gems arrive. Next morning you can't log in: someone changed your password! Then a message pops up: "Pay 20 to unlock your account."
contract-the-free-gems-locked-choice = Oh no, that's what the tricksters wanted. But this can be fixed! What will you do?
contract-the-free-gems-choice-tell-parent = Tell a parent so we can fix it together
contract-the-free-gems-feedback-tell-parent = The best move! A parent can help you report it to the game and get your account back. Anyone can get tricked. Asking for help is smart.
contract-the-free-gems-choice-new-account = Start a new account and keep quiet
contract-the-free-gems-feedback-new-account = Not paying was right! But the trickster still has your old account and could trick your friends from it. An adult can help report it.
contract-the-free-gems-choice-pay-unlock = Use Mum's card to pay and unlock it
contract-the-free-gems-feedback-pay-unlock = A chance to learn: paying a trickster almost never gets your account back. It just tells them the trick works. Ask an adult to help report it.

contract-the-free-gems-parent-helps = I'm really glad you told me. You're not in trouble. Let's report it to the game, change your password and stop any payments together.

contract-the-free-gems-end-safe = You spotted the trick, said no to hidden costs, and knew when to stop. Your gems, money and sleep are safe!
contract-the-free-gems-end-tired = You didn't buy anything, nice! But the streak trick kept you up late, and now you're sleepy at school. You're the boss of when to stop.
contract-the-free-gems-end-mixed = It's partly sorted, but waiting or keeping quiet let the trick keep going. Next time, tell a trusted adult straight away. It makes fixing things easier.
contract-the-free-gems-end-recovered = You got tricked, but you told a trusted adult and fixed it together. That's smart and brave! Next time, ask before you tap.
contract-the-free-gems-end-harmful = The trick worked again, and more money is gone. Tricksters hope kids will be too worried to tell. It's never too late: a trusted adult can help.
