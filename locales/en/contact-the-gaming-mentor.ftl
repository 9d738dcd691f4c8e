# Contact / aggressive: The Gaming Mentor (ages 13-15), grooming pattern without sexual content

contact-the-gaming-mentor-title = The Gaming Mentor
contact-the-gaming-mentor-summary = A top-ranked player offers you gifts and free coaching, then slowly tries to pull you away from your friends.
contact-the-gaming-mentor-remember = Flattery, gifts, "just us" and secrets are warning signs. Don't warn them: quietly save the chat, then block, report and tell a trusted adult.

contact-the-gaming-mentor-app = { $game } chat
contact-the-gaming-mentor-npc-mentor = { $mentor }
contact-the-gaming-mentor-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contact-the-gaming-mentor-game-skyforge = Skyforge
contact-the-gaming-mentor-game-star-siege = Star Siege
contact-the-gaming-mentor-game-iron-arena = Iron Arena
contact-the-gaming-mentor-name-vex = Vex_Pro
contact-the-gaming-mentor-name-kaizer = KaizerGG
contact-the-gaming-mentor-name-orion = OrionCoach
contact-the-gaming-mentor-adult-mum = Mum
contact-the-gaming-mentor-adult-dad = Dad
contact-the-gaming-mentor-adult-grandpa = Grandpa

contact-the-gaming-mentor-intro = You've been grinding ranked in { $game } all week with { $friend } and your squad. A top-ranked player, { $mentor }, has been watching your matches.

# The world remembers: the school told to a new follower in The New Follower comes back.
contact-the-gaming-mentor-school-request = Between matches, a message request pops up from a new account with no games and no friends. It writes just like { $follower } and names your school: "I'm around there after class. Want to meet up?"
contact-the-gaming-mentor-school-choice = Remember telling { $follower } which school you go to? Details like that can travel. It happens to lots of people, and you can put it right. What do you do?
contact-the-gaming-mentor-choice-school-show = Don't reply. Screenshot it, block them, show { $adult }.
contact-the-gaming-mentor-choice-school-block = Block them, delete it. No need to tell { $adult }, it's over.
contact-the-gaming-mentor-choice-school-reply = Reply: "Who is this? Do you go to my school too?"
contact-the-gaming-mentor-feedback-school-show = That puts it right. Silence gives them nothing, the screenshot keeps the proof, and { $adult } can help report the account and keep your school off your profile. It's not your fault.
contact-the-gaming-mentor-feedback-school-block = Blocking was a good instinct. But deleting throws away the proof, and they still know your school. Screenshot first, then block, report and tell a trusted adult.
contact-the-gaming-mentor-feedback-school-reply = A chance to learn: any reply shows you're curious, and they'll push for more. A stranger who knows your school and wants to meet is one to show a trusted adult, today.
contact-the-gaming-mentor-school-helped = Thank you for showing me. You did nothing wrong. We've reported that account, and we'll check that your profile and posts don't show your school.
contact-the-gaming-mentor-school-blocked = The request is gone, and so is the proof. They still know your school, and nobody who could help knows yet. It's never too late to tell { $adult }.
contact-the-gaming-mentor-school-replied = They answer at once: "you don't know me yet. see you at the gates?" That feels wrong, so you stop replying. It's never too late to show { $adult }.

# Say it well: a firm no to the push to move apps.
contact-the-gaming-mentor-firm-no = Now { $mentor } keeps messaging you: "Add me on another app. Just us, don't tell your squad." Write a clear no: choose what to say, and what to leave out.
contact-the-gaming-mentor-firm-no-to = { $mentor }
contact-the-gaming-mentor-ph-sorry = Maybe some other time?
contact-the-gaming-mentor-why-sorry = "Maybe" sounds polite, but it tells them to keep trying, and they will. A no needs no maybe.
contact-the-gaming-mentor-ph-no = No.
contact-the-gaming-mentor-why-no = A clear "No." is the heart of it. It needs no reason and no apology.
contact-the-gaming-mentor-ph-hey = Hey.
contact-the-gaming-mentor-why-hey = A greeting is fine either way. What matters is that the rest is short and clear.
contact-the-gaming-mentor-ph-secret = Don't worry, I won't tell anyone you asked.
contact-the-gaming-mentor-why-secret = It sounds kind, but promising to keep it secret only protects the one pushing you. Secrets like this are exactly what to tell a trusted adult.
contact-the-gaming-mentor-ph-no-app = I'm not adding you anywhere else.
contact-the-gaming-mentor-why-no-app = Saying exactly what you won't do leaves nothing to argue about. Wanting you somewhere "just us" is a warning sign.
contact-the-gaming-mentor-ph-age = I can't, I'm only 14 and my parents check my phone.
contact-the-gaming-mentor-why-age = It sounds reasonable, but it gives away your age, and an excuse hands them a problem to solve, like "use an app they don't check". A no needs no reason.
contact-the-gaming-mentor-ph-insult = You're a creep. Get lost or I'll get you banned.
contact-the-gaming-mentor-why-insult = Feeling angry makes sense. But insults and threats can make things worse, and warn them to delete the chat. Stay calm: save it, then block, report and tell a trusted adult.
contact-the-gaming-mentor-ph-stop = Don't ask me again.
contact-the-gaming-mentor-why-stop = That sets a clear line. If they ask again anyway, it's a warning sign: save the chat, block, report and tell a trusted adult.

contact-the-gaming-mentor-offer = Fine, we'll stay here. For now. You've got real talent, way more than your squad. I just gifted you a rare skin. I coach players who go pro, and it's free for you. Tonight, 11 till 2?
contact-the-gaming-mentor-pic-skin = Rare skin
contact-the-gaming-mentor-pic-gift-from = Gift from { $mentor }
contact-the-gaming-mentor-pic-accept = Accept
contact-the-gaming-mentor-choice-tonight = Thanks for the skin! I'm in tonight, 11 till 2.
contact-the-gaming-mentor-feedback-tonight = A chance to learn: a gift plus "more talent than your squad" is flattery with a hook. And someone who wants you online every night while adults sleep deserves a second look.
contact-the-gaming-mentor-choice-skin-back = Sending the skin back. I'm offline by ten anyway.
contact-the-gaming-mentor-feedback-skin-back = Smart. A gift from a stranger can make you feel you owe them, so sending it back keeps you free. And no rank is worth losing sleep on a school night.
contact-the-gaming-mentor-choice-one-hour = Just one hour, in the public lobby, so it's safe.
contact-the-gaming-mentor-feedback-one-hour = Staying in public was good thinking. But 11 pm is late on a school night, and a gift plus "better than your squad" is flattery with a hook. Keep watching.

contact-the-gaming-mentor-c-tonight = A week of 2 am matches. You nod off in class, and { $friend } texts: "you've ghosted the squad, you OK?" Then { $mentor } writes: "Don't tell your parents we play this late. They'd ruin it."
contact-the-gaming-mentor-c-skin-back = lol fine, keep your bedtime. Saturday afternoon then. Just saying, your squad is holding you back.
contact-the-gaming-mentor-c-one-hour = You play one game in the public lobby, then log off. At midnight, another skin lands in your inventory, with a note: "your squad is holding you back."

contact-the-gaming-mentor-move = Real talk: { $friend } and the others are holding you back. Let's train on my private voice server, just us. What city are you in? It's for the ping.
contact-the-gaming-mentor-pic-server = Private voice server
contact-the-gaming-mentor-pic-server-members = 2 members
contact-the-gaming-mentor-pic-join = Join
contact-the-gaming-mentor-choice-join-no-city = I'll join you there, but my city stays private.
contact-the-gaming-mentor-feedback-join-no-city = Keeping your city to yourself was right. But a private server with an older stranger, "just us", means nobody else can see what's said. Stay where your squad is.
contact-the-gaming-mentor-choice-city = It's only my city, not even my address. Joining.
contact-the-gaming-mentor-feedback-city = A chance to learn: your city plus your gamer tag makes you easier to find. And "just us" on a private server means nobody else sees what happens.
contact-the-gaming-mentor-choice-stay-squad = Nah, I'm staying here. My squad is half the fun.
contact-the-gaming-mentor-feedback-stay-squad = That's it. Putting your friends down and pulling you somewhere "just us" are grooming warning signs. You never owe anyone a move, however generous they've been.

contact-the-gaming-mentor-c-join-no-city = On the private server it's just you and { $mentor }. They ask which school you go to, then say: "don't tell your parents about this server." You log off fast.
contact-the-gaming-mentor-c-city = You join. On the private server it's just the two of you. "Nice, I might live near you. Don't tell your parents about this server, they'd ruin it."
contact-the-gaming-mentor-c-stay-squad = { $mentor } goes quiet for a day. Then a long message arrives.

contact-the-gaming-mentor-angry = Wow. After all the skins I gave you? You're so ungrateful. Be on my server tonight, or I tell everyone you're trash and get your account banned.
contact-the-gaming-mentor-choice-announce = I'm reporting you. And I'm telling my parents.
contact-the-gaming-mentor-feedback-announce = Saying no to threats took courage. But warning someone like this gives them time to delete the chat or push harder. Say nothing, save it first, then block, report and tell.
contact-the-gaming-mentor-choice-save-quietly = No reply. I'll screenshot every message, one by one.
contact-the-gaming-mentor-feedback-save-quietly = Calm and clever. Anger and threats after a no show what this "coaching" really was. Saving it all before they know you've noticed keeps the proof for later.
contact-the-gaming-mentor-choice-give-in = Sorry!! I'll be there tonight. Please don't ban me.
contact-the-gaming-mentor-feedback-give-in = A chance to learn: you don't owe anyone an apology for saying no. Threats are a way to control you, and giving in usually brings more. Help is always still there.

contact-the-gaming-mentor-c-announce = "go ahead lol," { $mentor } replies. A minute later, every message they ever sent you has vanished from the chat.
contact-the-gaming-mentor-pic-deleted = This message was deleted
contact-the-gaming-mentor-pic-go-ahead = go ahead lol
contact-the-gaming-mentor-c-save-quietly = You don't answer. You screenshot everything: the skins, the "just us", the threat and their profile, and save it in a folder. { $mentor } is still typing.
contact-the-gaming-mentor-pic-folder = Screenshots
contact-the-gaming-mentor-pic-saved = 5 screenshots saved
contact-the-gaming-mentor-pic-typing = { $mentor } is typing…
contact-the-gaming-mentor-c-give-in = You join the private server at 11. "Good. Don't tell your parents about this server, they'd ruin it. Which school do you go to?"

contact-the-gaming-mentor-what-now = You've got the proof, and { $mentor } doesn't know. What's your next move?
contact-the-gaming-mentor-choice-report-alone = Block and report them. I can handle this myself.
contact-the-gaming-mentor-feedback-report-alone = Blocking and reporting with your proof was strong. But threats like this are too heavy to carry alone, and an adult can act in ways you can't. Tell one too.
contact-the-gaming-mentor-choice-tell-friend = Tell { $friend } everything. They'll know what to do.
contact-the-gaming-mentor-feedback-tell-friend = Talking to a friend beats keeping quiet. But { $friend } can't report this or protect you the way a trusted adult can. Someone like { $adult } can.
contact-the-gaming-mentor-choice-show-adult = Show { $adult } the folder tonight, before anything else.
contact-the-gaming-mentor-feedback-show-adult = That's the move. { $adult } can help you block and report { $mentor } to { $game }, and bring in the police if needed. Telling is never snitching.

contact-the-gaming-mentor-c-report-alone = { $game } bans the account. Two days later, a new name joins your lobby. It's { $mentor } again.
contact-the-gaming-mentor-c-tell-friend = { $friend } replies: "ew, creepy. just ignore them?" So you do. Two days later, { $mentor } is back in your lobby.

contact-the-gaming-mentor-evidence-gone = Nobody will believe you now. Be on my server at 11, or say goodbye to your account.
contact-the-gaming-mentor-choice-gone-tell = Screenshot this, and then show { $adult } all of it.
contact-the-gaming-mentor-feedback-gone-tell = Right call. Even with the chat wiped, this threat, their name and your story matter, and { $game } may still have records. A trusted adult can help report it.
contact-the-gaming-mentor-choice-gone-block = Block them. The ban threat is fake, why worry { $adult }?
contact-the-gaming-mentor-feedback-gone-block = Blocking stops the messages, good. But someone who wipes chats and threatens you is likely to try again, and nobody who can help knows yet. Save what's left and tell: { $adult } would rather know.
contact-the-gaming-mentor-choice-gone-give-in = Fine, I'll come. I can't lose my account.
contact-the-gaming-mentor-feedback-gone-give-in = A chance to learn: giving in to a threat teaches them it works. An account can be recovered, and you're worth more than a rank. Help is always still there.

contact-the-gaming-mentor-c-gone-block = You block { $mentor }. Two days later, a new name joins your lobby. It's { $mentor } again.
contact-the-gaming-mentor-c-gone-give-in = You join the server at 11. { $mentor } is all sweetness again, and asks which school you go to. "Our secret, yeah?"

contact-the-gaming-mentor-again = Thought you could get rid of me? I know your tag and your squad. Answer me, or everyone hears you cheat.
contact-the-gaming-mentor-choice-again-answer = OK, I'll answer. Just don't tell the squad I cheat.
contact-the-gaming-mentor-feedback-again-answer = A chance to learn: answering shows them pressure works, and the next demand will be bigger. Lies about cheating can be reported. Help is always still there.
contact-the-gaming-mentor-choice-again-quit = Quit { $game } for good. Nobody needs to know.
contact-the-gaming-mentor-feedback-again-quit = A chance to learn: quitting gets you away, but you lose a game you love, and { $mentor } moves on to other young players. A trusted adult can still help.
contact-the-gaming-mentor-choice-again-show = Screenshot it all. Now { $adult } sees the whole story.
contact-the-gaming-mentor-feedback-again-show = Yes. They came back, so it's time for an adult who can act. { $adult } can help report the new account too, and your screenshots show the whole pattern.

contact-the-gaming-mentor-secret = I'm worried. Flattery, gifts and secrets from your parents are serious warning signs. You're not in trouble. What will you do?
contact-the-gaming-mentor-choice-secret-show = Log off and show { $adult } the whole chat tonight.
contact-the-gaming-mentor-feedback-secret-show = Brave and right. Nobody safe asks you to keep secrets from your parents. { $adult } can help report { $mentor } to { $game } and, if needed, the police.
contact-the-gaming-mentor-choice-secret-keep = Keep it our secret. They've been so good to me.
contact-the-gaming-mentor-feedback-secret-keep = A chance to learn: secrets like this only protect the other person. Gifts and praise don't make someone safe. It's never too late to log off and tell someone.
contact-the-gaming-mentor-choice-secret-quiet = Log off. I'll keep it private from { $adult }, it's handled.
contact-the-gaming-mentor-feedback-secret-quiet = Logging off was a good move. But { $mentor } knows your tag and will likely try again, maybe with others too. Telling { $adult } means they can be stopped.

contact-the-gaming-mentor-c-secret-keep = You keep it secret. Each night { $mentor } asks for a bit more: your school, your real name, a photo "so I know you're real".
contact-the-gaming-mentor-c-secret-quiet = You log off and say nothing. The next evening, { $mentor } messages again, angrier than before.

contact-the-gaming-mentor-back-again = You can't just vanish on me. After everything I gave you? Answer, or I tell the squad what you said.
contact-the-gaming-mentor-choice-back-answer = OK, I'm here. Don't tell the squad, or { $adult }.
contact-the-gaming-mentor-feedback-back-answer = A chance to learn: giving in to threats makes them grow. Whatever you said to someone pressuring you is not your fault, and { $adult } won't blame you. It's never too late to tell.
contact-the-gaming-mentor-choice-back-show = Screenshot this, then show { $adult } tonight.
contact-the-gaming-mentor-feedback-back-show = You put it right. Logging off was a start, and telling { $adult } finishes it: an adult can report { $mentor } and keep you safe. You are not in trouble.
contact-the-gaming-mentor-choice-back-quit = Delete { $game } and never mention it again.
contact-the-gaming-mentor-feedback-back-quit = A chance to learn: deleting the game gets you away, but you lose something you love and { $mentor } finds other players. A trusted adult can still help stop them.

contact-the-gaming-mentor-c-answer = You answer. { $mentor } wants more every day: longer games, your school, your real name. It's getting hard to sleep.
contact-the-gaming-mentor-c-quit = You uninstall { $game } and say nothing. It's quiet for now, but you miss your squad, and { $mentor } is still out there.

contact-the-gaming-mentor-adult-helps = Thank you for showing me, that was smart. You did nothing wrong. Let's block and report { $mentor } to { $game } together, and keep the folder in case we need the police.
contact-the-gaming-mentor-adult-helps-wiped = I believe you, and you're not in trouble. Even deleted chats can leave records. Let's report { $mentor } to { $game } with what you saved, and block them together.
contact-the-gaming-mentor-adult-helps-again = Thank you for telling me. You did nothing wrong, and you carried this alone long enough. Let's report every account { $mentor } used to { $game }, together.
contact-the-gaming-mentor-adult-helps-late = I'm really glad you told me, and you're not in trouble. Let's save everything and report { $mentor } to { $game }, and if we need to, we'll call the police.

contact-the-gaming-mentor-end-safe = You saw the flattery, the gifts and the "just us" for what they were, kept what proof you could, and got { $adult } on your side. { $mentor } is reported, and your squad is still yours.
contact-the-gaming-mentor-end-recovered = You went along with { $mentor } for a while: grooming starts nice, so that happens. Then you logged off and told { $adult }, and { $mentor } is reported. That took courage.
contact-the-gaming-mentor-end-mixed = You got away by leaving { $game }, and it's quiet for now. But no adult knows, and { $mentor } could find you or other players again. It's never too late to tell a trusted adult.
contact-the-gaming-mentor-end-harmful = { $mentor } still has a hold on you and keeps asking for more. This is not your fault. It's never too late: save the messages and tell a trusted adult, who will help.

# What the choices leave on "My phone" (traces).
contact-the-gaming-mentor-trace-city = Your city, told to a "coach" you met in a game.
contact-the-gaming-mentor-trace-city-advice = With your gamer tag, it makes you easier to find. Save the chat, block and report them, and tell a trusted adult.
contact-the-gaming-mentor-trace-mentor = The "coach" from your game who wanted "just us", reported.
contact-the-gaming-mentor-trace-mentor-advice = Well done. If they come back with a new name, you know the moves: save it quietly, then block, report and tell.
