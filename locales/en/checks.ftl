# The situations to judge of the warm-up, look-back and booster (scenarios/checks.ron).
# `check-<id>` is the situation; the screen asks "Is this OK?" under it.
# `check-<id>-why` is Sango's feedback in the booster round.
# Half the situations are safe. Risk-words (password, photo, stranger…) appear in
# safe situations as often as in risky ones, and help-words (tell, report, adult…)
# in risky ones as often as in safe ones: only understanding judges them rightly.

# Situations to judge, ages 9-12 (band 9). Each item: one situation, answered
# "OK" (safe) or "Not OK" (risky); `-why` is Sango's feedback in the booster round.
#
# Set A (S = safe, R = risky):
#   rights-9-a1 R, rights-9-a2 S, risk-9-a1 R, risk-9-a2 S, info-9-a1 S,
#   info-9-a2 R, trust-9-a1 R, trust-9-a2 S, strangers-9-a1 S, strangers-9-a2 R,
#   kind-9-a1 R, kind-9-a2 S, posting-9-a1 S, posting-9-a2 R, tricks-9-a1 R,
#   tricks-9-a2 S, balance-9-a1 S, balance-9-a2 R, help-9-a1 S, help-9-a2 R
# Set B:
#   rights-9-b1 S, rights-9-b2 R, risk-9-b1 S, risk-9-b2 R, info-9-b1 R,
#   info-9-b2 S, trust-9-b1 S, trust-9-b2 R, strangers-9-b1 R, strangers-9-b2 S,
#   kind-9-b1 S, kind-9-b2 R, posting-9-b1 R, posting-9-b2 S, tricks-9-b1 S,
#   tricks-9-b2 R, balance-9-b1 R, balance-9-b2 S, help-9-b1 R, help-9-b2 S
#
# Guessing strategies, right answers out of 20 (counted on the English situation
# text with risk-words.txt and help-words.txt; script: guesscheck.py 9):
#                                        Set A   Set B
#   "Not OK" to everything                10      10
#   "OK" to everything                    10      10
#   "Not OK" if any risk-word             10      10
#   "OK" if any help-word, else "Not OK"  10      10
#   "Not OK" if more risk- than help-words 8       8
#   "Not OK" if longer than set median    10      10   (median A 120, B 119.5)
#   "OK" if longer than set median        10      10
# Safe items with a risk-word: A 7/10, B 6/10. Risky items with a help-word:
# A 6/10, B 6/10. Pairs where the safe item is the longer: A 6/10, B 5/10.
# Situations are 92-150 characters, whys 107-162.

check-rights-9-a1 = A player keeps calling you names in a game chat. Your friend says, "That's just how games are. Blocking them won't help."
check-rights-9-a1-why = Name-calling is not OK, in a game or anywhere. You have a right to respect. You can block the player, report them and tell a trusted adult.
check-rights-9-a2 = Your aunt wants to share a photo of you in the family chat. You say you don't like it, so she picks another one that you both like.
check-rights-9-a2-why = Good to know: you may say no to a photo of you being shared, even in the family. Your aunt listened to you, and that is how it should be.

check-rights-9-b1 = You ask your dad not to post a video of your swimming race. He says it's your choice and keeps it just for the family.
check-rights-9-b1-why = Videos of you are part of your private life, and you get a say. Your dad asked what you wanted and respected it. That is your right.
check-rights-9-b2 = Someone in your class chat keeps sending you mean messages. A classmate says telling a teacher will only make it worse, so you must sort it out alone.
check-rights-9-b2-why = You have a right to help, and nobody should be treated like that. A teacher knows how to make it stop. Keep the messages, and tell a trusted adult.

check-risk-9-a1 = A friendly comment under your drawing video says, "So cool! I'd love to know which park near your home you draw in."
check-risk-9-a1-why = The clue is a question about where you are. Kind words are fine, but where you live and play stays offline. Don't answer, and tell a trusted adult.
check-risk-9-a2 = After a match in your game, a player you don't know writes, "Good game! Well played," and then leaves to play another round.
check-risk-9-a2-why = A friendly "good game" that asks for nothing is normal game life. No questions about you, no gifts, no secrets. You can just say thanks.

check-risk-9-b1 = Your teacher posts a link in your school app. You click it, and it opens the class reading list on the school's website.
check-risk-9-b1-why = A link from your teacher, in your school app, to the school's own website is part of normal school life. The clue is where the link comes from.
check-risk-9-b2 = Your friend Mateo dares you to climb onto the shed roof and make a video of it for the class chat. "Everyone's doing it," he says.
check-risk-9-b2-why = A dare that could get you hurt is a risk, even if "everyone" does it. A few laughs aren't worth getting hurt. You can say no, and tell a grown-up.

check-info-9-a1 = Your mum is setting up the family account on the new tablet. She asks for your game password to add the child settings.
check-info-9-a1-why = A parent setting up the family account may know your password. That is different from a player or a friend asking. Keep it from everyone else.
check-info-9-a2 = A player in your game says, "Tell me your password and I'll help you get to the next level."
check-info-9-a2-why = Your password is only for you and the adults who look after you. A player who asks for it could take your account. Say no, and tell a trusted adult.

check-info-9-b1 = A quiz in a game asks for your full name, your street and your school "to build your avatar". It says your answers are kept safe.
check-info-9-b1-why = An avatar doesn't need your real name, street or school. Saying "safe" doesn't make it safe. Close the quiz, or look at it with a grown-up.
check-info-9-b2 = Your grandma asks in the family chat for your new address, to post you a birthday card. Your mum says it's fine, so you send it to her.
check-info-9-b2-why = Your grandma is family, she asks in the family chat, and your mum agrees. People who look after you may know where you live. The clue is who is asking.

check-trust-9-a1 = A message from someone you don't know says, "No school tomorrow because of snow! Send this to everyone!" You send it on to help.
check-trust-9-a1-why = Two clues say it may be made up: a sender you don't know, and "send this to everyone". Check the school's website or ask at home before you share it.
check-trust-9-a2 = For your project on sharks, you find a fun fact on one website. You check it on a second trusted site before you put it in.
check-trust-9-a2-why = Checking a fact on two trusted sites is just what good researchers do. If they agree, you can use it, and say where you found it.

check-trust-9-b1 = A post says a water park is opening in your town. You look on the town's own website, see the same story, then tell your family.
check-trust-9-b1-why = Before you share news, look where it comes from. The town's own website is the right place to check, so this news is fine to pass on.
check-trust-9-b2 = In your class chat, someone writes, "Our teacher is leaving forever! My cousin told me." You pass it on to all your friends.
check-trust-9-b2-why = "My cousin told me" is not a real source, and rumours can upset people. Wait, and ask your teacher if it is true before you share anything.

check-strangers-9-a1 = A player you only know online asks you to team up to win the cup. You say you have to go now, and they write, "OK, bye! Have fun!"
check-strangers-9-a1-why = A friendly player who takes no for an answer is normal. No secrets, no gifts, no moving to another app. Playing together in the game is fine.
check-strangers-9-a2 = A player you only know online says you're their best friend. They ask you to keep your chats secret from your parents.
check-strangers-9-a2-why = Asking you to keep chats secret from your parents is a big warning sign. Stop chatting, keep the messages and tell a trusted adult.

check-strangers-9-b1 = A kind player who gave you free coins and a new skin asks you to chat on another app, where it's "more private".
check-strangers-9-b1-why = Gifts, then a move to a private app, are warning signs. Stay in the game, don't swap apps, and tell a trusted adult what happened.
check-strangers-9-b2 = A player you don't know shows you where the hidden key is in your game. Then they go back to their own team and ask nothing about you.
check-strangers-9-b2-why = Helping with a game and asking nothing about you is normal, friendly play. The warning signs would be secrets, gifts or personal questions.

check-kind-9-a1 = Your team keeps kicking one player out of the game because she's slow. You kick her out too, to help your team get to the top.
check-kind-9-a1-why = Kicking someone out for being slow leaves them hurt and alone. A good team player invites them back and shows them a trick or two.
check-kind-9-a2 = Some children in your class chat laugh at Mei's drawing. You send her a private message to say you really liked it.
check-kind-9-a2-why = A kind message to the person being laughed at is standing up for them, and it helps more than you think. You can tell a teacher about the chat too.

check-kind-9-b1 = Players keep teasing Priya about her avatar in a game chat. You write, "Leave her alone," then report them in the game.
check-kind-9-b1-why = Speaking up and reporting is what an upstander does. You stayed kind and used the game's own report button.
check-kind-9-b2 = Players keep making fun of Yusuf's voice in a game chat. You add "lol" too, so they don't pick on you next.
check-kind-9-b2-why = Joining in, even with one "lol", makes the teasing bigger. You could stay out of it, send Yusuf something kind, or report it.

check-posting-9-a1 = You make a video of your cousin Leila dancing at a party. She and her dad say yes, so you share it in the family chat.
check-posting-9-a1-why = You asked the person in the video, and a grown-up, before sharing. And you shared it in the family chat, not with the whole world.
check-posting-9-a2 = You take a funny photo of your friend Kofi asleep on the school bus. You post it in the class chat, and plan to ask him later.
check-posting-9-a2-why = Ask first, post later. Once a photo is in a chat, it can be saved and shared. Your friend gets to say yes or no before anyone sees it.

check-posting-9-b1 = You post a video of your class trip on a page anyone can see, with all your classmates in it. You think, "I can delete it later if someone minds."
check-posting-9-b1-why = Your classmates didn't get a say, and a post can be saved and shared before you delete it. Ask everyone in it first, and keep it to the class chat.
check-posting-9-b2 = You want to post a video of your new puppy. You see your house number behind it, so you film again in the back garden.
check-posting-9-b2-why = You checked what else was in the video and kept your house number out of it. Noticing little details like that is thinking before you post.

check-tricks-9-a1 = A pop-up in your game says, "Last chance! The gold sword is gone in 5 minutes!" It costs real money. You tap "Buy" before time runs out.
check-tricks-9-a1-why = A countdown is there to rush you, so you don't stop and think. Spending real money needs a grown-up's OK. Close the pop-up, and ask at home if you really want it.
check-tricks-9-a2 = You want a new puzzle game. Your dad reads the price and what's inside in the official store, then pays with his card.
check-tricks-9-a2-why = One clear price, in the official store, paid by a parent who chose to: that is an honest way to buy a game. No tricks here.

check-tricks-9-b1 = A new costume in your game costs 200 coins. You earned the coins by playing, so you buy it. No real money is used.
check-tricks-9-b1-why = Spending coins you earned by playing is part of the game. There is no hidden cost and no real money, and you choose what to spend them on.
check-tricks-9-b2 = A "free" mystery chest in your game needs just a small fee to open. A pop-up says it's safe and your parent won't mind.
check-tricks-9-b2-why = "Free" that needs a fee is not free, and a pop-up can't know what your parent thinks. Close it, and ask a grown-up yourself.

check-balance-9-a1 = A video app asks, "Time for a break?" after an hour of cartoons. You stop it and go outside to play football with your big sister.
check-balance-9-a1-why = Stopping when a break is due is a great choice. Time outside, moving and playing with others, keeps your balance healthy.
check-balance-9-a2 = Your eyes hurt and you feel grumpy after three hours of a game. You keep going, as you're nearly at the next level.
check-balance-9-a2-why = Sore eyes and a grumpy mood are your body saying "stop". The level will still be there later. Take a break and do something else for a while.

check-balance-9-b1 = Your friends' group chat pings all evening. You keep your phone under your pillow so you don't miss a message.
check-balance-9-b1-why = A phone under the pillow keeps your brain busy when it needs rest. You can mute the chat at bedtime. Your friends will still be there tomorrow.
check-balance-9-b2 = You mute a game's alerts during homework time. You check it after dinner, once your work is done.
check-balance-9-b2-why = Muting alerts lets you, not the game, choose when to play. Homework first, then fun: that is a healthy balance.

check-help-9-a1 = Someone you don't know sends you a link in a game. You don't click it. You report it with the game's report button.
check-help-9-a1-why = Not clicking, and using the game's own report button, is just right. If it worries you, tell a trusted adult too.
check-help-9-a2 = A player keeps sending you mean messages. You block them and delete the whole chat, so nobody ever finds out.
check-help-9-a2-why = Blocking is good, but keep the messages first: they are proof. Take a screenshot, then block, report, and show a trusted adult.

check-help-9-b1 = A message says, "Your account was reported! Type your password here to stop it being closed." You type it to be safe.
check-help-9-b1-why = Real reports never ask for your password. This is a fake page trying to get into your account. Close it, and tell a grown-up at home.
check-help-9-b2 = A new player keeps sending you strange messages in a game. You take screenshots of them first, then show them to your uncle.
check-help-9-b2-why = Keeping screenshots and showing a trusted adult is just right. Your uncle can help you block and report the player, too.

# Situations to judge, ages 13-15 (band 13). Each item: one situation, answered
# "OK" (safe) or "Not OK" (risky); `-why` is Sango's feedback in the booster round.
#
# Set A (S = safe, R = risky):
#   rights-13-a1 R, rights-13-a2 S, risk-13-a1 S, risk-13-a2 R, info-13-a1 R,
#   info-13-a2 S, trust-13-a1 R, trust-13-a2 S, strangers-13-a1 S, strangers-13-a2 R,
#   kind-13-a1 R, kind-13-a2 S, posting-13-a1 S, posting-13-a2 R, tricks-13-a1 R,
#   tricks-13-a2 S, balance-13-a1 S, balance-13-a2 R, help-13-a1 S, help-13-a2 R
# Set B:
#   rights-13-b1 S, rights-13-b2 R, risk-13-b1 R, risk-13-b2 S, info-13-b1 S,
#   info-13-b2 R, trust-13-b1 S, trust-13-b2 R, strangers-13-b1 R, strangers-13-b2 S,
#   kind-13-b1 S, kind-13-b2 R, posting-13-b1 R, posting-13-b2 S, tricks-13-b1 S,
#   tricks-13-b2 R, balance-13-b1 R, balance-13-b2 S, help-13-b1 R, help-13-b2 S
#
# Guessing strategies, right answers out of 20 (counted on the English situation
# text with risk-words.txt and help-words.txt; script: check13.py):
#                                         Set A   Set B
#   "Not OK" to everything                 10      10
#   "OK" to everything                     10      10
#   "Not OK" if any risk-word              10       9
#   "OK" if any help-word, else "Not OK"   10       9
#   "Not OK" if more risk- than help-words 10      10
#   "Not OK" if longer than set median     10      10   (median A 135.5, B 123.5)
#   "OK" if longer than set median         10      10
# Safe items with a risk-word: A 7/10, B 9/10 (risky: A 7/10, B 8/10).
# Risky items with a help-word: A 5/10, B 5/10 (safe: A 5/10, B 4/10).
# Pairs where the safe item is the longer: A 5/10, B 6/10.
# Situations are 96-152 characters, whys 119-164.
# Note: "winning" (rights-13-b1) counts as a risk-word through the stem win-,
# and "safety" (risk-13-b2) as a help-word through safe-.

check-rights-13-a1 = Leo posts a video of you tripping in the corridor. You ask him to delete it. He says, "My phone, my video. Report it if you want, nobody cares."
check-rights-13-a1-why = Your image belongs to you too, and you have the right to ask for it to come down. If he won't, report the video to the app and tell a trusted adult.
check-rights-13-a2 = Your football coach asks the team before putting match photos online. Ravi says no, so the coach blurs his face in every picture.
check-rights-13-a2-why = Ravi has the right to say no about his own image, and the coach respected it. Asking first and listening to a no is exactly how it should work.

check-rights-13-b1 = A shop's page still shows a photo of you winning its drawing contest at 11. You don't want it up now, so you ask the shop to remove it.
check-rights-13-b1-why = You have the right to ask for things about you to be taken down, even things you once agreed to. Asking the shop politely is exactly the right move.
check-rights-13-b2 = A classmate keeps posting rumours about you. When you say it hurts, he says, "It's a free country. I can post what I like."
check-rights-13-b2-why = Nobody has the right to spread rumours about you. You deserve respect online too. Save the posts, report them, and tell a trusted adult.

check-risk-13-a1 = You get a follow request from a new account. It's Lina from your art class, who said at lunch today that she'd just made it.
check-risk-13-a1-why = You know who this is: Lina told you herself, face to face. A request from someone you really know, who you can ask in person, is fine to accept.
check-risk-13-a2 = A trend dares people to jump out of a slowly moving car and dance next to it. Your friend says it's safe if the driver goes slowly.
check-risk-13-a2-why = People have been badly hurt doing this, and no number of views is worth it. Seeing the danger behind a fun-looking trend is the skill. Say no, and don't share it.

check-risk-13-b1 = A viral post says, "Your pop star name is your first pet's name plus the street you grew up on. Share yours in the comments!"
check-risk-13-b1-why = A first pet and a childhood street are common answers to account security questions, and posts like this collect them. Skip it, and tell your friends why.
check-risk-13-b2 = A clip of a motorbike jump plays in your video feed. It says, "Trained stunt riders with safety gear. Don't try this." You watch it, then scroll on.
check-risk-13-b2-why = Watching a stunt clip and scrolling on is fine. The warning names the risk, and you didn't copy it. Seeing the danger without trying it is the skill.

check-info-13-a1 = On your public page, you post a photo in your new team kit. The caption names your club and says you train every Saturday at 10.
check-info-13-a1-why = Together, those details tell anyone where you'll be and when. Share the fun, not the routine: leave out places and times, or share with close friends only.
check-info-13-a2 = The school office wants your new phone number for its text alerts. You write it on your own copy of the form your teacher hands out in class.
check-info-13-a2-why = Your school is one of the places that may rightly have your number, and the form came from your teacher. The clue is who is asking, and why.

check-info-13-b1 = A homework chatbot asks what you need help with. You type in your science question, but leave out your name and your school.
check-info-13-b1-why = The chatbot only needs the question, so that's all you gave it. Chatbots can keep what you type, so keeping your name and school out of it is smart.
check-info-13-b2 = Signing up for a new game, Kofi makes his username his full name and his birth year, so his friends can find him easily.
check-info-13-b2-why = A username with your real name and age tells strangers who you are. Pick a nickname that says nothing about you, and give it to your friends yourself.

check-trust-13-a1 = An AI chatbot gives you three facts and a quote for your history essay. You trust them and paste them straight in without looking anywhere else.
check-trust-13-a1-why = Chatbots can sound sure and still make things up, even quotes. Check facts in a book or on a trusted site before you use them.
check-trust-13-a2 = A photo of a shark swimming down a flooded street goes round the group chat. A quick search shows it's an old fake picture, so you tell the chat.
check-trust-13-a2-why = You checked before you believed it, and helped stop a fake from spreading. Searching for where a picture first came from is a great habit.

check-trust-13-b1 = An account says it's a famous footballer and messages you. You check: it has no verified badge and only 40 followers, so you ignore it.
check-trust-13-b1-why = You checked who was really behind the account before trusting it. A missing badge and a tiny following are clues that it's a copycat.
check-trust-13-b2 = An account with your teacher's photo, but one letter different in the name, asks the class to join a new study group through its link.
check-trust-13-b2-why = One changed letter is a classic sign of a fake account. Check with your teacher in class or on the school's usual app before you click or join.

check-strangers-13-a1 = In an online coding club, an older member shows you how to fix a bug. He keeps every message in the public club channel, where the moderators can see.
check-strangers-13-a1-why = Help given in the open, where moderators can see, with no personal questions, is normal friendly contact. Warning signs would be secrets, gifts or a private chat.
check-strangers-13-a2 = Someone on a fan page for your favourite band says you seem older than 14. They offer you a free concert ticket if you meet them there alone.
check-strangers-13-a2-why = Flattery about seeming older, a gift and a meeting alone are big warning signs. Say no, block them, and tell a trusted adult. You have done nothing wrong.

check-strangers-13-b1 = An account says it's a scout for a model agency. It says you could be famous and asks for photos of you in swimwear "for your portfolio".
check-strangers-13-b1-why = Praise, a big promise and a request for photos of your body are warning signs. Real agencies deal with parents. Don't reply, block, report and tell a trusted adult.
check-strangers-13-b2 = In a book fan forum, a member you've never met recommends a new fantasy series. They post it in the public thread and ask nothing about you.
check-strangers-13-b2-why = A tip shared in public, with no personal questions and no push to chat privately, is normal friendly contact. That's what good limits look like.

check-kind-13-a1 = A classmate sings a wrong note in the school concert video. Friends make it a sticker for the group chat, and you use it too, "just for fun".
check-kind-13-a1-why = Using the sticker joins in, even if others started it. "Just for fun" can still hurt. Stop sharing it, and send your classmate something kind instead.
check-kind-13-a2 = Someone shares a meme mocking Tomás's new haircut in the class chat. You write, "Not cool. He'd hate this," and you don't pass it on.
check-kind-13-a2-why = Saying it's not OK, and not sharing it, takes courage and can stop a pile-on. Checking in with Tomás afterwards would be a kind next step.

check-kind-13-b1 = A new student is ignored in the class group chat. You send her the homework link and say she can ask you about anything.
check-kind-13-b1-why = Including someone who is left out is one of the kindest things you can do online. A small message can change someone's whole week.
check-kind-13-b2 = Your friend makes an account to post jokes about a teacher's clothes. He asks you to follow it to get it started, and you do.
check-kind-13-b2-why = Following helps the account grow, so it joins in the mocking. Don't follow, tell your friend it's not OK, and report the account.

check-posting-13-a1 = A friend takes a video of your goal at football practice. Before you post it, you crop out the younger kids on the side, since you can't ask their parents.
check-posting-13-a1-why = You thought about everyone in the clip, not just you. When you can't ask someone, leaving them out is the respectful choice.
check-posting-13-a2 = You post a rude joke about your teacher on your story. It's set to close friends only, so you're sure it won't spread.
check-posting-13-a2-why = Any friend can screenshot a story and share it. "Close friends only" doesn't keep a post private for good. Ask first: would I be OK with everyone seeing this?

check-posting-13-b1 = Your friend's little brother does something funny at dinner. You post the video publicly, since he's too young to mind.
check-posting-13-b1-why = Everyone in a post deserves to be asked, and little kids can't say no yet. Ask his family first, and keep it off public pages.
check-posting-13-b2 = You post a video of your band's practice. Everyone in the band agreed, and no school name or street can be seen in it.
check-posting-13-b2-why = Everyone said yes, and nothing shows where you are. Checking consent and the details before you post is exactly the thinking that counts.

check-tricks-13-a1 = A message from an influencer's account says you won her giveaway. To get the new phone, you only pay the delivery fee by card today.
check-tricks-13-a1-why = A prize you have to pay for, with a rush, is a classic trick. Real giveaways don't ask for card details. Don't pay, and report the account.
check-tricks-13-a2 = You spend your birthday gift card on a game's soundtrack, which has a fixed price. You skip the mystery boxes next to it.
check-tricks-13-a2-why = A fixed price means you know exactly what you get. Mystery boxes work like gambling, so skipping them was a smart choice.

check-tricks-13-b1 = An influencer's post is labelled "ad" at the top. She says she's paid to show the headphones, and gives their full price.
check-tricks-13-b1-why = The ad is labelled and the price is clear, so nothing is hidden and you can decide for yourself. The trick to watch for is an ad dressed up as a review.
check-tricks-13-b2 = A "free" photo editing app asks for a card number "just to check your age". The small print says it charges every week.
check-tricks-13-b2-why = "Free" shouldn't need a card, and the small print shows a weekly charge. Close it, and ask a parent before giving card details to any app.

check-balance-13-a1 = After a long week, you watch three episodes of a series with your dad on Friday, then leave your phone to charge in the kitchen overnight.
check-balance-13-a1-why = Screens shared with family can be great fun, and a phone outside the bedroom means better sleep. That's a healthy balance.
check-balance-13-a2 = Your friends say anyone who doesn't reply within five minutes is "ghosting". You keep your phone on your lap at dinner and even at school to keep up.
check-balance-13-a2-why = Nobody should have to be on call all day. Real friends can wait for a reply. You can set your own pace and talk to your friends about it.

check-balance-13-b1 = A streamer's chat says real fans stay for the whole all-night stream. Your parents said lights off at 11, but you watch until 4 a.m. on a school night.
check-balance-13-b1-why = Sleep matters more than proving you're a fan. Streams can be watched later. Noticing pressure like this and going to bed is the healthy choice.
check-balance-13-b2 = You set your video app to lock at 9 p.m. on school nights. Your friends know you'll reply in the morning.
check-balance-13-b2-why = Setting a limit and sticking to it protects your sleep. Friends who know when you'll reply don't need you on call all night.

check-help-13-a1 = A classmate keeps tagging you in mean memes. You save screenshots and show them to your head of year, who helps get them removed.
check-help-13-a1-why = Saving proof and telling an adult at school is the right move. They can act on it, and you don't have to face it alone.
check-help-13-a2 = A player threatens to share your private chats unless you give him your game coins. You pay up and keep it to yourself.
check-help-13-a2-why = Giving in to a threat usually brings more demands. Keep the messages, block and report the player, and tell a trusted adult. You're not in trouble.

check-help-13-b1 = A friend tells you an adult online keeps asking her for photos. She makes you promise to keep it a secret, and you do.
check-help-13-b1-why = Some secrets must not be kept, and this is one. Telling a trusted adult is how you help your friend, even if she's upset at first.
check-help-13-b2 = A fake account is using your photos. You report it through the app's own menu and tell your dad.
check-help-13-b2-why = Reporting through the app itself is the safe way, and telling a parent means you don't face it alone. That's exactly what to do.

# Situations to judge, ages 16-18 (band 16). S = safe (right answer "OK"),
# R = risky (right answer "Not OK"). Cue words counted with locales/en/risk-words.txt
# and help-words.txt on the situation text only (stems: "news" counts as "new",
# "safety" as "safe"). Length = characters of the English situation.
#
# Set A: rights-16-a1 R, rights-16-a2 S, risk-16-a1 S, risk-16-a2 R,
#        info-16-a1 S, info-16-a2 R, trust-16-a1 R, trust-16-a2 S,
#        strangers-16-a1 R, strangers-16-a2 S, kind-16-a1 S, kind-16-a2 R,
#        posting-16-a1 R, posting-16-a2 S, tricks-16-a1 R, tricks-16-a2 S,
#        balance-16-a1 S, balance-16-a2 R, help-16-a1 R, help-16-a2 S
#   safe items with a risk-word 8/10, risky items with a risk-word 7/10;
#   safe items with a help-word 4/10, risky items with a help-word 4/10;
#   median length 119 (no item on the median); safe item longer in 6 of 10 pairs.
#   Right out of 20: "Not OK" to all 10, "OK" to all 10,
#   "Not OK" if any risk-word 9, "OK" if any help-word else "Not OK" 10,
#   "Not OK" if more risk- than help-words 10,
#   "Not OK" if longer than median 10, "OK" if longer than median 10.
#
# Set B: rights-16-b1 S, rights-16-b2 R, risk-16-b1 S, risk-16-b2 R,
#        info-16-b1 R, info-16-b2 S, trust-16-b1 S, trust-16-b2 R,
#        strangers-16-b1 R, strangers-16-b2 S, kind-16-b1 R, kind-16-b2 S,
#        posting-16-b1 S, posting-16-b2 R, tricks-16-b1 S, tricks-16-b2 R,
#        balance-16-b1 R, balance-16-b2 S, help-16-b1 R, help-16-b2 S
#   safe items with a risk-word 7/10, risky items with a risk-word 7/10;
#   safe items with a help-word 4/10, risky items with a help-word 4/10;
#   median length 125.5 (no item on the median); safe item longer in 5 of 10 pairs.
#   Right out of 20: "Not OK" to all 10, "OK" to all 10,
#   "Not OK" if any risk-word 10, "OK" if any help-word else "Not OK" 10,
#   "Not OK" if more risk- than help-words 8,
#   "Not OK" if longer than median 10, "OK" if longer than median 10.

check-rights-16-a1 = Your partner says, "If you loved me, you'd give me your passwords. Couples shouldn't keep anything private."
check-rights-16-a1-why = Love doesn't cancel your privacy. Pushing for your passwords is a controlling sign, and you can say no. Talk to someone you trust if it keeps happening.
check-rights-16-a2 = Your manager asks to use your photo in the shop's online ad. You say no, and she says, "Fine, it's your choice."
check-rights-16-a2-why = Your image belongs to you, and you have the right to say no to it being used. A good employer accepts that, just as this manager did.
check-rights-16-b1 = Nasty comments pile up under your cover song video. Your coach says, "You don't have to put up with that," and helps you report them.
check-rights-16-b1-why = You have a right to respect and to help. Your coach is right: comments like that can be reported and removed. You never have to just live with them.
check-rights-16-b2 = Screenshots of your private chats are shared in a big group chat. Someone says, "You sent them, so you gave up your privacy."
check-rights-16-b2-why = Sending a message to one person doesn't make it public. Sharing it without your OK breaks your privacy. Save proof, report it and get support from a trusted adult.

check-risk-16-a1 = A job site your careers adviser recommended asks for your CV and phone number so employers can reach you.
check-risk-16-a1-why = A CV and a phone number are what job sites need, and this one comes from someone who knows. The clue to watch for is a "job" that wants a fee, passwords or bank details up front.
check-risk-16-a2 = An online ad offers 300 a week just for letting money pass through your bank account and sending it on.
check-risk-16-a2-why = Moving other people's money through your account is how criminals hide stolen cash, and you could be held to blame. Say no, and tell a trusted adult about the ad.
check-risk-16-b1 = You try a face-swap filter in your phone's own camera app on a photo of your own face, just for a laugh, and keep the result to yourself.
check-risk-16-b1-why = A built-in camera filter on your own face, kept to yourself, hurts no one. The risk starts when other people's faces are used without their say.
check-risk-16-b2 = A friend face-swaps classmates into videos without asking them. He says, "It's only a laugh if we don't post it."
check-risk-16-b2-why = Fake videos of real people can spread in seconds and hurt badly, posted or not. Using classmates' faces without asking is the red flag. Leave the app alone.

check-info-16-a1 = You book driving lessons, and the driving school asks for your home address so the instructor can pick you up.
check-info-16-a1-why = A driving school you booked needs to know where to collect you. Giving your address to someone with a real reason to have it is how info should be shared.
check-info-16-a2 = A new app shares your live location with all 600 of your followers by default. You leave it on, since "they're all friends anyway".
check-info-16-a2-why = Most of your 600 followers aren't close friends, and live location shows where you are right now. Turn it off, or share it with a few people you really know.
check-info-16-b1 = Your running app posts every route on a public map. Most of your routes start and end at your front door, and you leave them public.
check-info-16-b1-why = Routes that begin at your door show where you live. Make them private, or hide the start and finish, so a map doesn't give your home away.
check-info-16-b2 = You get the job after an interview at the café. The manager gives you a form for your bank details so they can pay your wages.
check-info-16-b2-why = An employer you've met, at the real workplace, needs your bank details to pay you. That's someone who may rightly know them, unlike a stranger in a chat.

check-trust-16-a1 = A clip shows a famous singer saying something cruel. It's on one new account with no source, and your friend shares it "in case it's true".
check-trust-16-a1-why = A brand-new account and no source are clues it could be fake, even a deepfake. Look for the original or a trusted news site first, and don't share until you know.
check-trust-16-a2 = A video of a politician's speech seems shocking. You find the full speech on a trusted news site and see the clip is real.
check-trust-16-a2-why = Finding the full, original speech on a reliable site is exactly the check that catches cut or faked clips. Now you know it's real before you share it.
check-trust-16-b1 = A dramatic photo of a flooded city goes viral as "today". A reverse image search shows it's from years ago, so you don't share it.
check-trust-16-b1-why = Old pictures are often reused as "breaking news". A reverse image search is a smart, quick check, and not sharing stops the false story spreading.
check-trust-16-b2 = A screenshot says young people will be banned from the town centre at night. It has no date, source or link, and you share it to warn people.
check-trust-16-b2-why = A claim with no date, no source and no link is how rumours look. Search news sites or the town's own website before you share anything.

check-strangers-16-a1 = Someone you met on a social app says they're 19. After two days they say they love you and ask to move to a private app.
check-strangers-16-a1-why = Fast "love" and a push to move somewhere private are warning signs. Slow down, don't switch apps, and talk to a trusted adult about it. You can block them too.
check-strangers-16-a2 = A gamer you've played with for months asks to meet. You meet in a busy café with two friends, and your dad comes along and sits nearby.
check-strangers-16-a2-why = Meeting someone from online is safest in a busy public place, with friends and an adult close by. You kept the meeting open, not secret.
check-strangers-16-b1 = Someone you've only chatted with online offers you a free lift to a festival. They say to come alone and tell people you're with a friend.
check-strangers-16-b1-why = A favour, "come alone" and a cover story are warning signs. Say no, save the messages, and tell a trusted adult where this came from. It's never your fault.
check-strangers-16-b2 = A teammate in an online game asks which country you're in. You say, "Rather not," and they reply, "No worries, good luck!"
check-strangers-16-b2-why = They asked once, accepted your no and moved on. No secrets, no gifts, no pressure: that's normal friendly contact with limits.

check-kind-16-a1 = A new student gets rude comments about her accent under her video. You check in with her, and together you show them to a teacher.
check-kind-16-a1-why = Reaching out to the person being targeted, and getting an adult involved with her, is standing up. It shows her she isn't alone.
check-kind-16-a2 = In a group chat, a friend shares a hateful joke about a classmate's religion. You react with a laugh so the chat stays friendly.
check-kind-16-a2-why = A laugh tells everyone the joke is fine, and it hurts the classmate. You can calmly say it's not OK, skip the reaction, and report it if it goes on.
check-kind-16-b1 = Someone posts a cruel meme about a classmate's weight. You don't share it, but you "like" it so your friends see you get the joke.
check-kind-16-b1-why = A "like" spreads a meme and adds to the hurt, even if you don't share it. Leave it, report it, and let the classmate know someone is on their side.
check-kind-16-b2 = Your friends start a group chat to rate classmates' looks. You leave it and tell them, "Count me out, that's cruel."
check-kind-16-b2-why = Saying no and naming it as cruel takes courage. Leaving, instead of staying quiet, shows the others that rating people isn't normal.

check-posting-16-a1 = A friend asked not to be in any photos online. You post the party group photo publicly anyway, and leave her untagged so it's fine.
check-posting-16-a1-why = She's still in the picture, tag or no tag. Respect her wish: post one without her, or keep it offline. Everyone in a photo gets a say.
check-posting-16-a2 = Lena asks you to post the video of her singing at the talent show. You post it on your page, just as she asked.
check-posting-16-a2-why = She asked you to post it, so she agreed. Getting the OK of the person in a video is the key thing to check before it goes up.
check-posting-16-b1 = You're applying for summer jobs, so you go through your old public posts and make the embarrassing ones private.
check-posting-16-b1-why = Employers often look people up. Going through old posts and tidying your footprint is smart thinking about how posts follow you.
check-posting-16-b2 = Angry about your manager at your weekend job, you post a rant naming the shop. You plan to delete it tomorrow.
check-posting-16-b2-why = Screenshots last longer than posts, and a rant naming your workplace can cost you the job. Cool off first, and talk it through with someone instead.

check-tricks-16-a1 = You're waiting for a parcel. A text says it's held, and you pay a small fee through its link so it isn't sent back.
check-tricks-16-a1-why = A text asking for a small fee through a link is a common trick to steal card details, even when a parcel is on its way. Track it in the shop's own app or site.
check-tricks-16-a2 = A music app offers a free month. Before starting, you read that it renews at full price and set a reminder to cancel in time.
check-tricks-16-a2-why = Reading how a free trial ends, and planning to cancel, means no surprise costs. Free trials are fine when you know the catch.
check-tricks-16-b1 = You buy a concert ticket on the venue's own site. The full total with all fees is shown before you pay with your debit card.
check-tricks-16-b1-why = The official site, with the full price shown before you pay, is an honest deal. The tricks to watch for are hidden fees, countdowns and resale scams.
check-tricks-16-b2 = An influencer says his trading app doubled his money in a week. His link gives you a bonus if you put money in today.
check-tricks-16-b2-why = Doubling money in a week is a promise nobody can keep, and a bonus for paying in today is a rush trick. He likely earns from your sign-up. Skip it, and talk to a trusted adult.

check-balance-16-a1 = Your study app nags you to keep a 30-day streak. At 10 p.m. you turn off its alerts and let the streak break.
check-balance-16-a1-why = Streaks are built to keep you coming back. Choosing sleep over a number is a healthy call, and what you learnt doesn't vanish with the streak.
check-balance-16-a2 = The night before your driving test, your gaming team wants a raid at 2 a.m. You tell them, "Sure, sleep is overrated."
check-balance-16-a2-why = Sleep before a big day matters far more than a game. You can say no to late sessions: your team will still be there tomorrow.
check-balance-16-b1 = You've scrolled a news feed for three hours and feel worse and worse. You keep going anyway, to check you haven't missed anything.
check-balance-16-b1-why = Feeling worse is your cue to stop. Close the feed, do something else, and talk to someone you trust if the news is weighing on you.
check-balance-16-b2 = A shopping app keeps sending "only 2 left!" alerts late at night. You turn off its notifications, then delete it.
check-balance-16-b2-why = Late-night "hurry" alerts are made to pull you back. Turning them off or removing the app protects your sleep and your money.

check-help-16-a1 = Your ex says they'll post a private photo of you unless you get back together. You agree, hoping they'll delete it.
check-help-16-a1-why = Giving in to a threat usually leads to more demands. Stop replying, keep the messages and tell a trusted adult. It's abuse, it's not your fault, and help exists.
check-help-16-a2 = Someone you used to date keeps making new accounts to message you. You screenshot the messages, block each one and tell your gran.
check-help-16-a2-why = Saving evidence, blocking and telling an adult is exactly right. If it keeps going, your gran can help you report it, even to the police.
check-help-16-b1 = An account called "Report Centre" says it can get the fake profile of you taken down fast if you pay a small fee.
check-help-16-b1-why = Reporting a fake profile is free, through the app's own report button. Accounts that charge for it are scams. Report it in the app and tell a trusted adult.
check-help-16-b2 = An unknown account sends you a nude picture. You don't reply or send it on, and you report the account in the app straight away.
check-help-16-b2-why = Staying silent, not passing it on and reporting the account is the right move. You can tell a trusted adult too: getting a picture like that is never your fault.
