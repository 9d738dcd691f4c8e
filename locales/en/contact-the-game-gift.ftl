# Contact / commercial: The Game Gift (ages 9-12)

contact-the-game-gift-title = The Game Gift
contact-the-game-gift-summary = A player you don't know offers you a super rare skin for free, but what do they really want?
contact-the-game-gift-remember = Never share your password, not even for a rare gift. Screenshot the chat, report it without warning them, and tell a trusted adult.

contact-the-game-gift-app = { $app }
contact-the-game-gift-app-blocklands = Blocklands
contact-the-game-gift-app-skyracers = Sky Racers
contact-the-game-gift-app-roboarena = Robo Arena
contact-the-game-gift-skin-dragon = Golden Dragon skin
contact-the-game-gift-skin-ninja = Galaxy Ninja skin
contact-the-game-gift-skin-phoenix = Rainbow Phoenix skin
contact-the-game-gift-name-freeskinz = FreeSkinz_Kai
contact-the-game-gift-name-giftmod = Official_Gift_Mod
contact-the-game-gift-name-luckydrop = LuckyDrop_77
contact-the-game-gift-adult-mum = Mum
contact-the-game-gift-adult-dad = Dad
contact-the-game-gift-adult-grandpa = Grandpa

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = Hi, it's me, Sango! You and { $friend } are playing { $app } after school. Games are more fun with friends! I'll keep an eye on the chat with you.

contact-the-game-gift-gifter-hello = Hey!! I'm giving away the super rare { $skin } to 3 lucky players today, and you're one of them! Want it? It's totally free.
contact-the-game-gift-pic-free = FREE
contact-the-game-gift-pic-skin = { $skin }
contact-the-game-gift-choice-no-thanks = No thanks. I don't take gifts from strangers.
contact-the-game-gift-feedback-no-thanks = Great thinking! Free rare stuff from someone you don't know is an old trick to win your trust. Saying no is always OK.
contact-the-game-gift-choice-check-first = Are you really from { $app }? I'll check with { $adult }.
contact-the-game-gift-feedback-check-first = Checking is smart! But asking them won't work: a trickster just says yes, and rushes you before you can ask { $adult }. Real gifts come from the game itself, never from a player in the chat.
contact-the-game-gift-choice-yes-please = YES please! It's my lucky day! What do I do?
contact-the-game-gift-feedback-yes-please = A chance to learn: a stranger offering rare gifts is a warning sign. They want you excited, so you don't stop to think about what they'll ask for next.

contact-the-game-gift-gifter-ask = Don't be shy, it's 100% free! Just log in on my gift page, skinz-gift.win, or tell me your password. Hurry, only 5 minutes left!
contact-the-game-gift-gifter-proof = Sure I am, look at my name! Log in on my gift page, skinz-gift.win, or tell me your password. Hurry, only 5 minutes left!
contact-the-game-gift-gifter-ask-yes = Yay! Just log in on my gift page, skinz-gift.win, or tell me your password and I'll add it for you. Hurry, only 5 minutes left!
contact-the-game-gift-pic-url = skinz-gift.win
contact-the-game-gift-pic-timer-5 = 5:00
contact-the-game-gift-pic-claim = Claim your free skin!
contact-the-game-gift-pic-password = Password
contact-the-game-gift-pic-log-in = Log in

contact-the-game-gift-countdown = A timer pops up in the chat: 4:59... 4:58... 4:57...
contact-the-game-gift-pic-timer = 4:59
contact-the-game-gift-choice-screenshot-report = Screenshot the chat, then report { $gifter }.
contact-the-game-gift-feedback-screenshot-report = Spot on! Real gifts never need your password. The screenshot keeps the proof, and reporting lets the game stop { $gifter } for everyone.
contact-the-game-gift-choice-announce = It's a scam! I'm reporting you, and I'm telling { $adult }!
contact-the-game-gift-feedback-announce = You spotted the scam, great! But warning { $gifter } lets them delete the chat and vanish. Better: screenshot first, then report without a word.
contact-the-game-gift-choice-log-off = No password for you! I'm logging off now. Bye!
contact-the-game-gift-feedback-log-off = Keeping your password was exactly right! But { $gifter } will try the same trick on other players. A screenshot and a report help stop them.
contact-the-game-gift-choice-log-in = Quick, log in on the gift page before time runs out!
contact-the-game-gift-choice-log-in-yes = It's safe, it's only the gift page. Log in, quick!
contact-the-game-gift-feedback-log-in = A chance to learn: fake gift pages copy the real login to steal passwords, and the timer was there to rush you. Your password is only for you and your parents.

contact-the-game-gift-reported = The game replies: "Thanks! We're checking this player." { $gifter } vanishes from the chat. An hour later, { $friend } messages you.
contact-the-game-gift-pic-thanks-checking = Thanks! We're checking this player.
contact-the-game-gift-vanished = { $gifter } writes "LOL bye" and deletes the whole chat. Now there's nothing to show the game. An hour later, { $friend } messages you.
contact-the-game-gift-logged-off = You log off. An hour later, { $friend } sends you a message, and it doesn't sound happy.
contact-the-game-gift-reported-yes = The game replies: "Thanks! We're checking this player." { $gifter } vanishes from the chat, and your password stays yours.

contact-the-game-gift-friend-scammed = Help! I logged in on that gift page and now my account's gone. Everyone in the team chat is laughing and calling me a noob.
contact-the-game-gift-choice-get-adult = Not your fault! Come on, let's go and show { $adult } now.
contact-the-game-gift-feedback-get-adult = Kind and brave! Scammers trick grown-ups too, so it's never the fault of the person tricked. An adult can help change passwords and report it.
contact-the-game-gift-choice-post-link = I'll warn the team and post the link, so they all know.
contact-the-game-gift-feedback-post-link = Warning the team is kind! But a post with the link in it makes people curious, and some will tap it. Warn in your own words, no link, and get an adult to help.
contact-the-game-gift-choice-hide-it = Don't tell anyone. { $adult } would just ban us from the game.
contact-the-game-gift-feedback-hide-it = A chance to learn: hiding it leaves the account in the scammer's hands. Being tricked isn't something you get punished for. Telling a trusted adult is how it gets sorted out.

contact-the-game-gift-friend-helped = Thank you both for telling me. It's not your fault, { $friend }. Let's change your password right away, report { $gifter }, and ask { $app }'s support to try to help.
contact-the-game-gift-friend-hides = { $friend } says nothing. By evening, their old account is sending the gift trick to the whole team.
contact-the-game-gift-link-clicked = Players reply "ooh, free skin?" and "is this real??". Two of them say they'll tap skinz-gift.win "just to see".

contact-the-game-gift-team-mess = Oh no! Now people want to try your link. What do we do?
contact-the-game-gift-choice-fix-together = Delete my post. Then let's go and find { $adult } together.
contact-the-game-gift-feedback-fix-together = Great save! Taking the link down stops more clicks, and an adult can help everyone change passwords and report it. Mistakes can be put right.
contact-the-game-gift-choice-stay-out = Not my fault if they tap it. I'm not dragging { $adult } in.
contact-the-game-gift-feedback-stay-out = A chance to learn: anyone can tap a link, even careful people. Taking your post down and bringing { $adult } in stops the trick spreading.
contact-the-game-gift-spread = Your post stays up. Two players tap the link "just to see", and by evening their accounts are sending the gift trick around the team.

contact-the-game-gift-account-weird = The page says "Error" and no skin arrives. Next morning, { $friend } asks why your account sent them the same gift message!
contact-the-game-gift-gifter-demands = Want your account back? Easy. Send me a parent's email and the secret code they get. Tell nobody, or it's gone forever!
contact-the-game-gift-choice-show-adult = Show { $adult } this chat and change my password, fast.
contact-the-game-gift-feedback-show-adult = The best move! "Tell nobody" is a big warning sign. Changing your password fast protects what's left, and { $adult } can help report it. You're not in trouble.
contact-the-game-gift-choice-threaten = Give it back, or I'm telling { $adult } and the police!
contact-the-game-gift-feedback-threaten = Standing up to them is brave! But a threat warns the scammer, so they lock you out faster. Better: stop replying, screenshot, and tell a trusted adult.
contact-the-game-gift-choice-new-account = Block them and just start a brand-new account.
contact-the-game-gift-feedback-new-account = Not sending anything was right! But your old account is still in their hands, tricking your friends. A trusted adult can help report it.
contact-the-game-gift-choice-send-code = Send the email and the code. I want my stuff back!
contact-the-game-gift-feedback-send-code = A chance to learn: that code can open a parent's account too, and scammers always ask for more. It's never too late to stop and tell a trusted adult.

contact-the-game-gift-adult-helps-late = I'm really glad you told me. Anyone can get tricked, and you're not in trouble. Let's change your passwords where we can, report { $gifter }, and ask { $app }'s support to try to help.
contact-the-game-gift-new-start = Your new account works. But your old one keeps sending the gift trick to your friends.
contact-the-game-gift-locked-out = { $gifter } writes "LOL, good luck" and changes your password. Now you can't log in at all.
contact-the-game-gift-code-sent = Thanks! Oh, and your account? Not yet. First I need your parent's password too. Remember: tell nobody.

contact-the-game-gift-old-account = Your old account keeps sending me that gift link! Is that really you?
contact-the-game-gift-choice-someone-took = No! Someone took it. I'm going to get { $adult } right now.
contact-the-game-gift-feedback-someone-took = Well done! Being honest with { $friend } helps, and { $adult } can help change passwords and ask the game's support to try to help. You're not in trouble.
contact-the-game-gift-choice-fix-alone = Don't click it! I'll fix it before { $adult } finds out.
contact-the-game-gift-feedback-fix-alone = A chance to learn: you don't have to fix a scam alone, and scammers hope you'll hide it. It's never too late to tell { $adult }, who will help, and you're not in trouble.
contact-the-game-gift-fixing-alone = You try for hours, but you can't get back in. Your old account keeps sending the trick to more players.

contact-the-game-gift-end-safe = You kept your password to yourself and helped { $friend } get { $adult }. Passwords are changed, { $gifter } is reported, and { $app }'s support is looking into it. That's a true teammate!
contact-the-game-gift-end-caught = You got excited at first, but when { $gifter } asked for your password, you saw the trick. You kept a screenshot and reported them. Great save!
contact-the-game-gift-end-recovered = You got tricked, then did the brave part: you told { $adult }. Passwords are changed where you could, { $gifter } is reported, and { $app }'s support is trying to help.
contact-the-game-gift-end-spread = The gift trick keeps spreading, and { $friend }'s account is still in { $gifter }'s hands. Being tricked is nobody's fault. It's never too late to tell a trusted adult, who will help.
contact-the-game-gift-end-harmful = { $gifter } still has your account and uses it to trick others. Being tricked is not your fault, and it's never too late to tell a trusted adult, who will help.

# The world remembers: the password the free-gems pop-up took.
contact-the-game-gift-old-password = Wait! Remember the free-gems pop-up that took your password? If you use the same password in { $app }, tricksters could get in here too.
contact-the-game-gift-choice-new-password = Ask { $adult } to help me make a new password right now.
contact-the-game-gift-feedback-new-password = Smart move! A password a trick has taken isn't safe anywhere you use it. A new one, different for each game, locks the tricksters out.
contact-the-game-gift-choice-keep-password = Later. { $adult } helped me pick it, it's a strong one.
contact-the-game-gift-feedback-keep-password = A chance to learn: even a strong password isn't safe once a trick has it, and tricksters try it in lots of games. It's never too late to change it with a parent's help.
contact-the-game-gift-password-changed = Good thinking to ask me! There: a brand-new password, different from your other games. Only you and I know it. Now go and have fun!
contact-the-game-gift-password-kept = You start playing. Your old password is still the same, here and in the other game.

# The world remembers: the stranger, blocked and reported, under a new name.
contact-the-game-gift-choice-same-trick = Same trick as { $stranger }! Screenshot and report.
contact-the-game-gift-feedback-same-trick = Sharp eyes! A new name can hide the same person, or the same trick: a free gift first, then asking for more. You kept the proof and reported it, just like before.

# The world remembers: the friend the child got help for.
contact-the-game-gift-friend-trusts = You got help for me when my video got all those mean comments. So you're the first one I'm telling.

# My phone: what stays on the phone after this level.
contact-the-game-gift-trace-gifter = A player giving away "free" skins: reported to the game.
contact-the-game-gift-trace-gifter-advice = Well done! Real gifts come from the game, not from players in the chat. If the same trick comes back under a new name, screenshot it and report it again.
contact-the-game-gift-trace-password = Your game password, typed on a fake gift page.
contact-the-game-gift-trace-password-advice = Whoever made that page may still have it. Ask a parent to help you change it, and to ask the game's support for help with your account.
