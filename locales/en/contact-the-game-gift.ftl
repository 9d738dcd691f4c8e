# Contact / commercial: The Game Gift (ages 9-12)

contact-the-game-gift-title = The Game Gift
contact-the-game-gift-summary = A player you don't know offers you a super rare skin for free, but what do they really want?
contact-the-game-gift-remember = Never share your password, not even for a rare gift. If someone online offers free stuff for your login, block, report and tell a trusted adult.

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
contact-the-game-gift-name-amir = Amir
contact-the-game-gift-name-zoe = Zoe
contact-the-game-gift-name-kwame = Kwame
contact-the-game-gift-adult-mum = Mum
contact-the-game-gift-adult-dad = Dad
contact-the-game-gift-adult-grandpa = Grandpa

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = Hi, it's me, Sango! You and { $friend } are playing { $app } after school. Games are more fun with friends! I'll keep an eye on the chat with you.

contact-the-game-gift-gifter-hello = Hey!! I'm giving away the super rare { $skin } to 3 lucky players today, and you're one of them! Want it? It's totally free.
contact-the-game-gift-choice-no-thanks = I don't take gifts from people I don't know. No thanks.
contact-the-game-gift-feedback-no-thanks = Great thinking! Free rare stuff from someone you don't know is an old trick to win your trust. Saying no is always OK.
contact-the-game-gift-choice-whats-the-catch = Really? What's the catch?
contact-the-game-gift-feedback-whats-the-catch = Good question! Free gifts from strangers usually have a catch. And you don't have to keep chatting with someone who offers you stuff out of nowhere.
contact-the-game-gift-choice-yes-please = YES please! What do I do?
contact-the-game-gift-feedback-yes-please = A chance to learn: a stranger offering rare gifts is a warning sign. They want you excited, so you don't stop to think about what they'll ask for next.

contact-the-game-gift-gifter-ask = Don't be shy, it's 100% free! Just log in on my gift page, skinz-gift.win, or tell me your password and I'll add it for you. Hurry, only 5 minutes left!
contact-the-game-gift-choice-block-report = Block and report them, then tell { $adult }
contact-the-game-gift-feedback-block-report = Spot on! Real gifts never need your password. Blocking and reporting stops the trick, and telling { $adult } means you're not dealing with it alone.
contact-the-game-gift-choice-say-no = Say no, and stop replying
contact-the-game-gift-feedback-say-no = Keeping your password secret was exactly right! But { $gifter } can still trick other players. Reporting and telling an adult helps stop them.
contact-the-game-gift-choice-log-in = Log in on the gift page, quick!
contact-the-game-gift-feedback-log-in = A chance to learn: fake gift pages copy the real login to steal passwords, and the timer was there to rush you. Your password is only for you and your parents.

contact-the-game-gift-adult-helps = Thank you for showing me! Asking for your password is a scam trick, even when it's called a gift. You did just the right thing. Oh, { $friend } is messaging you.
contact-the-game-gift-ignored = You stop replying. An hour later, { $friend } sends you a message, and it doesn't sound happy.

contact-the-game-gift-friend-scammed = Help! I logged in on that gift page, and now my account is gone. Everyone in the team chat is laughing and calling me a noob.
contact-the-game-gift-choice-not-your-fault = It's not your fault. Let's tell { $adult } together.
contact-the-game-gift-feedback-not-your-fault = Kind and brave! Scammers trick grown-ups too, so it's never the fault of the person tricked. An adult can help report it and get the account back.
contact-the-game-gift-choice-tell-team = Tell the team chat to stop laughing
contact-the-game-gift-feedback-tell-team = Standing up for { $friend } took courage! But the account is still stolen. A trusted adult can help report it to the game and get it back.
contact-the-game-gift-choice-laugh = LOL, how did you fall for that?
contact-the-game-gift-feedback-laugh = A chance to learn: anyone can get tricked, even really clever people. Laughing makes it harder for { $friend } to ask for help. Kind words help much more.

contact-the-game-gift-friend-helped = Thank you both for telling me. It's not your fault, { $friend }. We'll make sure { $gifter } is reported, change your passwords and ask { $app } for your account back.

contact-the-game-gift-account-stolen = The page says "Error" and no skin arrives. Next morning, you can't log in. Then { $friend } asks why your account sent them the same gift message!
contact-the-game-gift-gifter-demands = Want your account back? Easy. Send me a parent's email and the secret code they get. Tell nobody, or your account is gone forever!
contact-the-game-gift-choice-tell-adult = Tell { $adult } so we can fix it together
contact-the-game-gift-feedback-tell-adult = The best move! "Tell nobody" is a big warning sign. { $adult } can help you report it to the game and get your account back. You're not in trouble.
contact-the-game-gift-choice-new-account = Block them and start a new account
contact-the-game-gift-feedback-new-account = Not sending anything more was right! But your old account is still tricking your friends. A trusted adult can help report it and get it back.
contact-the-game-gift-choice-send-code = Send the email and the code to get it back
contact-the-game-gift-feedback-send-code = A chance to learn: that code can open a parent's account too, and scammers always ask for more. It's never too late to stop and tell a trusted adult.

contact-the-game-gift-adult-helps-late = I'm really glad you told me. Anyone can get tricked, and you're not in trouble. Let's report { $gifter }, warn your friends and get your account back.

contact-the-game-gift-end-safe = You spotted the gift trick, kept your password safe, and stood by { $friend }. { $gifter } is reported. That's what a true teammate does!
contact-the-game-gift-end-mixed = You stood up for { $friend }, and that was kind! But the stolen account hasn't been reported yet. A trusted adult can help get it back.
contact-the-game-gift-end-quiet = Blocking helped, but your old account is still in { $gifter }'s hands, sending tricks to your friends. Telling a trusted adult can get it back.
contact-the-game-gift-end-recovered = You got tricked, but you told { $adult } and fixed it together. Your account is back and your friends are warned. That took courage!
contact-the-game-gift-end-unkind = { $friend } feels silly and alone, and the account is still lost. Anyone can get tricked. It's never too late to say sorry and help { $friend } tell an adult.
contact-the-game-gift-end-harmful = { $gifter } keeps asking for more, and now a parent's account is at risk too. Scammers hope you'll stay quiet. It's never too late to tell a trusted adult.
