# Contact / aggressive: The Angry Player (ages 9-12)

contact-the-angry-player-title = The Angry Player
contact-the-angry-player-summary = You win a close match, and a player on the other team gets really angry. Then they turn up in your other game too. What can you do?
contact-the-angry-player-remember = Trash talk that turns into insults or threats isn't OK. Don't answer back. Screenshot it, then block and report, and tell a trusted adult. Never share where you live.

# Variety: each play picks one option of every variable in `vary`.
contact-the-angry-player-app-robo-rumble = Robo Rumble
contact-the-angry-player-app-kart-clash = Kart Clash
contact-the-angry-player-app-castle-blast = Castle Blast
contact-the-angry-player-other-block-quest = Block Quest
contact-the-angry-player-other-dino-dash = Dino Dash
contact-the-angry-player-other-galaxy-golf = Galaxy Golf
contact-the-angry-player-name-toxicrex = ToxicRex_99
contact-the-angry-player-name-grimshadow = GrimShadow
contact-the-angry-player-name-blazeking = BlazeKing_X
contact-the-angry-player-adult-uncle = Uncle Ravi
contact-the-angry-player-adult-mum = Mum
contact-the-angry-player-adult-grandpa = Grandpa

contact-the-angry-player-app = { $app }
contact-the-angry-player-npc-rival = { $rival }
contact-the-angry-player-npc-friend = { $friend }
contact-the-angry-player-npc-adult = { $adult }

contact-the-angry-player-intro = Hi, it's me, Sango! You and { $friend } are on the same team in { $app }. It's the last round, and it's really close. I'll cheer from here!
contact-the-angry-player-win = YESSS! We won! That last move was amazing!
contact-the-angry-player-rival-mad = That was LUCK. You're trash. Uninstall the game.

# Spot: game talk, or over the line?
contact-the-angry-player-spot = Everyone's typing in the match chat. Some of it is normal game talk. Tap the messages that cross the line.
contact-the-angry-player-card-title = Match chat
contact-the-angry-player-card-body = The chat, just after the last round.
contact-the-angry-player-part-gg = { $friend }: gg everyone, that was so close!
contact-the-angry-player-feedback-gg = Not over the line. "gg" means "good game": it's how players are friendly after a match, win or lose.
contact-the-angry-player-part-trash = { $rival }: You're trash. Uninstall, loser.
contact-the-angry-player-feedback-trash = Over the line, well spotted! This isn't about the game any more. It's an insult, meant to hurt.
contact-the-angry-player-part-rematch = Mika_7: gg. Rematch tomorrow? We'll get you next time!
contact-the-angry-player-feedback-rematch = Not over the line. Wanting a rematch and joking "we'll get you" is normal game talk. Losing well is part of playing.
contact-the-angry-player-part-find = { $rival }: I'll find you in every game you play.
contact-the-angry-player-feedback-find = Over the line, yes! Saying they'll follow you everywhere is a threat, even online. That's a warning sign to save and report.
contact-the-angry-player-part-name = { $rival }: Tell me your real name if you're not scared.
contact-the-angry-player-feedback-name = Over the line! An angry stranger asking for your real name is a big warning sign. Your name, school and town stay private.
contact-the-angry-player-pic-gg = { $friend }: gg everyone, that was so close!
contact-the-angry-player-pic-trash = { $rival }: You're trash. Uninstall, loser.
contact-the-angry-player-pic-rematch = Mika_7: gg. Rematch tomorrow? We'll get you next time!
contact-the-angry-player-pic-find = { $rival }: I'll find you in every game you play.
contact-the-angry-player-pic-name = { $rival }: Tell me your real name if you're not scared.

# Decision 1: in the match chat.
contact-the-angry-player-first-reply = { $rival } is still typing. What will you do?
contact-the-angry-player-choice-shot-report = Screenshot it, then report { $rival } in the game.
contact-the-angry-player-feedback-shot-report = Smart order! The screenshot keeps the proof, and the report lets { $app } deal with it. You don't have to answer someone who's being nasty.
contact-the-angry-player-choice-be-nice = Type: "It's just a game, chill out. Be nice!"
contact-the-angry-player-feedback-be-nice = Staying calm is great! But replying keeps the chat going, and angry players want attention. Saving the proof and reporting works better.
contact-the-angry-player-choice-answer-back = Type back: "Cry more, you're the trash one, not me!"
contact-the-angry-player-feedback-answer-back = A chance to learn: answering back makes it a fight, and now your message can be screenshotted too. You don't need to win the argument. You can still put it right.
contact-the-angry-player-choice-block-now = Block { $rival } now, then delete the whole match chat.
contact-the-angry-player-feedback-block-now = Blocking protects you, and that's OK! But without a screenshot, there's no proof for a report. Screenshot first, then block and report.

contact-the-angry-player-reported = You save the screenshot and report { $rival } for bullying. The game answers: "Thanks. We'll look into it." You and { $friend } play another round.
contact-the-angry-player-pic-reason = Reason: bullying and threats
contact-the-angry-player-pic-thanks = Thanks. We'll look into it.
contact-the-angry-player-chill = Nice?? LOL. I've got your username now. See you around.
contact-the-angry-player-answered = Oh, you want a fight? Everyone, look what this loser just said!
contact-the-angry-player-blocked-early = { $rival } vanishes from the chat. But you didn't save anything, so there's nothing to show the game.

contact-the-angry-player-follows = The next day, you open { $other }, a different game. A message pops up straight away. It's { $rival }.
contact-the-angry-player-follows-msg = Found you. Thought you could hide? I'll follow you into every game until you quit.

# Decision 2: followed.
contact-the-angry-player-followed = { $rival } followed you into another game. That's not OK, and it's not your fault. What now?
contact-the-angry-player-choice-show-both = Screenshot this one too, and show { $adult } both.
contact-the-angry-player-feedback-show-both = That's exactly right! Following someone from game to game is bullying. With both screenshots, { $adult } can help block and report { $rival } everywhere.
contact-the-angry-player-choice-new-name = Make a new username. I'll tell { $adult } if they find me.
contact-the-angry-player-feedback-new-name = Keeping away from them makes sense! But a new name doesn't stop { $rival }, and waiting until they find you leaves you alone with it. A trusted adult can help block and report them now.
contact-the-angry-player-choice-town = Tell them my town and tell them to say it to my face.
contact-the-angry-player-feedback-town = A chance to learn: your town is private, and an angry stranger must never know where to find you. It's not too late: tell a trusted adult now.

contact-the-angry-player-adult-helps = Thank you for showing me. You did nothing wrong, and you're not in trouble. Following you around is bullying. Let's block { $rival } in both games and send a proper report.
contact-the-angry-player-new-name = Nice new name. Did you really think I wouldn't notice?
contact-the-angry-player-town = Ha! Now I know your town. Maybe I'll come and find you.

# Decision 3: it's never too late.
contact-the-angry-player-last-chance = This is getting scary, and it's not your fault. It's never too late to get help. What will you do?
contact-the-angry-player-choice-show-all = Show a grown-up at home everything, screenshots and all.
contact-the-angry-player-feedback-show-all = That's brave! You're not in trouble. { $adult } can block and report { $rival }, and if the threats go on, a grown-up can take it further.
contact-the-angry-player-choice-say-sorry = Say sorry to { $rival }, so they'll leave me alone.
contact-the-angry-player-feedback-say-sorry = A chance to learn: you did nothing wrong, so there's nothing to be sorry for. Saying sorry to a bully often makes them ask for more. It's never too late to tell.
contact-the-angry-player-choice-quit-all = Quit all my games, and tell nobody about any of it.
contact-the-angry-player-feedback-quit-all = A chance to learn: you shouldn't have to give up games you love. A trusted adult can help stop { $rival } so you can play again.

contact-the-angry-player-adult-late = I'm so glad you told me. You're not in trouble, and this is not your fault. Let's block { $rival } in both games and send a proper report. If the threats go on, we'll take it further.
contact-the-angry-player-demands = Sorry isn't enough. Lose your next ten matches on purpose, or else.
contact-the-angry-player-quit = You delete your games. { $friend } keeps asking why you won't play. You're scared, and you're carrying it alone.

# Say it well: the report to the game.
contact-the-angry-player-compose = { $adult } helps you write a report. A moderator reads lots of reports every day. Choose what they need, and what to leave out.
contact-the-angry-player-compose-to = { $app } safety team
contact-the-angry-player-ph-hello = Hello,
contact-the-angry-player-why-hello = A polite hello is fine either way. What matters is what comes next.
contact-the-angry-player-ph-loser = They're a total loser, so ban them for good.
contact-the-angry-player-why-loser = Being cross is OK, but insults in a report make it harder to take seriously. Stick to what happened.
contact-the-angry-player-ph-what = { $rival } bullied me in the match chat after we won.
contact-the-angry-player-why-what = Yes! Who did it, where and when: that's what a moderator needs first.
contact-the-angry-player-ph-details = My real name and town are below, if it helps.
contact-the-angry-player-why-details = Leave this out. The game doesn't need your real name or town to act, and private details stay private.
contact-the-angry-player-ph-shots = I've attached screenshots of their messages.
contact-the-angry-player-why-shots = Proof! Screenshots show exactly what was said, even if it gets deleted.
contact-the-angry-player-ph-told = I told them I'd find them too.
contact-the-angry-player-why-told = Leave this out, and don't do it. Threatening back makes you look like part of the fight.
contact-the-angry-player-ph-other = They followed me into { $other } as well.
contact-the-angry-player-why-other = Important! Following someone from game to game is part of the bullying, and it helps to know.
contact-the-angry-player-ph-check = Please check their messages and block them.
contact-the-angry-player-why-check = Clear and polite: you say what you'd like the game to do.

contact-the-angry-player-sent = The report is sent, and { $rival } is blocked in both games. The game answers: "Thank you. We've taken action on this account."
contact-the-angry-player-pic-blocked = Blocked in both games
contact-the-angry-player-pic-report-sent = Report sent, with screenshots
contact-the-angry-player-team-again = Hey! Rematch tomorrow? Just us and our real team this time.

# Decision 4: one last message, from someone new.
contact-the-angry-player-new-player = That evening, a player you don't know messages you: "Was it you who reported { $rival }? They're my mate. Which school do you go to?" What will you do?
contact-the-angry-player-choice-no-answer = Don't answer. Screenshot it, block them, and show { $adult } too.
contact-the-angry-player-feedback-no-answer = Exactly right! A stranger asking about your school is a warning sign, even if they say they're { $rival }'s mate. You don't owe them an answer. Keep the proof, block, and let { $adult } know.
contact-the-angry-player-choice-school = Tell them my school, but say { $adult } will report them.
contact-the-angry-player-feedback-school = A chance to learn: your school is private, even with a warning added. A stranger who knows it could find you. Don't answer, and tell a trusted adult straight away.
contact-the-angry-player-choice-it-was-me = Reply: "Yes, it was me, and I'd report your mate again!"
contact-the-angry-player-feedback-it-was-me = A chance to learn: answering keeps the fight going, and now they know it was you. You don't have to explain anything to a stranger. Block them, and tell a trusted adult.
contact-the-angry-player-school-said = The player writes back: "Good to know." Your tummy flips, so you show { $adult } right away. Together you block and report the account, and { $adult } asks your school to keep an eye out.
contact-the-angry-player-was-me = The player sends your message to { $rival }'s friends, and nasty messages start to arrive. You show { $adult }, who helps you screenshot, block and report every one of them.
contact-the-angry-player-end-safe = You didn't answer back, you kept the proof, and you told { $adult }. { $rival } is blocked and reported in both games, and you're back playing with { $friend }. Great teamwork!
contact-the-angry-player-end-recovered = Things got heated, then you put it right: you told { $adult }. { $rival } is blocked and reported, and you're back playing with { $friend }. Telling was the brave part!
contact-the-angry-player-end-harmful = { $rival } is still out there, and you're carrying this alone. None of it is your fault. It's never too late to tell a trusted adult: they can help block and report, and make games fun again.

# My phone: what stays on the phone after this level.
contact-the-angry-player-trace-rival = { $rival }: blocked and reported in { $app } and { $other }.
contact-the-angry-player-trace-rival-advice = Well done! If someone turns nasty in a game again, screenshot it first, then block and report, and tell a trusted adult.
contact-the-angry-player-trace-town = Your town, told to an angry player in { $other }.
contact-the-angry-player-trace-town-advice = Strangers shouldn't know where you live. Tell a trusted adult, so they can help keep you safe and report the player.
