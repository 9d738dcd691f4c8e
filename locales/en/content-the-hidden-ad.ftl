# Content / values: The Hidden Ad (ages 13-15). Influencer marketing, hidden #ad, fake "honest" reviews.

content-the-hidden-ad-title = The Hidden Ad
content-the-hidden-ad-summary = An influencer's "honest review" says a skin cream changed everything. Is it a review, or an ad?
content-the-hidden-ad-remember = An "honest review" with a code, only praise and #ad hidden at the end is an ad. Look closer, report hidden ads, and trust reviews that show the good and the bad.

content-the-hidden-ad-app = { $app }
content-the-hidden-ad-npc-influencer = { $influencer }
content-the-hidden-ad-npc-friend = { $friend }
content-the-hidden-ad-npc-classmate = { $classmate }
content-the-hidden-ad-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
content-the-hidden-ad-app-glowgrid = GlowGrid
content-the-hidden-ad-app-picpeek = PicPeek
content-the-hidden-ad-app-vibeloop = VibeLoop
content-the-hidden-ad-name-glow-mira = glow.with.mira
content-the-hidden-ad-name-kai-skinlab = kai.skinlab
content-the-hidden-ad-name-daily-dew = dailydew.diary
content-the-hidden-ad-product-dewdrop = DewDrop Cream
content-the-hidden-ad-product-clearglow = ClearGlow Serum
content-the-hidden-ad-product-velvet = Velvet Skin Gel
content-the-hidden-ad-game-puzzle-drift = Puzzle Drift
content-the-hidden-ad-game-moon-miners = Moon Miners
content-the-hidden-ad-game-tiny-kingdoms = Tiny Kingdoms
content-the-hidden-ad-adult-mum = Mum
content-the-hidden-ad-adult-grandpa = Grandpa
content-the-hidden-ad-adult-uncle = Uncle Ade

content-the-hidden-ad-intro = After school you scroll { $app }. Everyone in class is talking about skin this week, and one post is everywhere.
content-the-hidden-ad-post = My HONEST review: { $product } changed my skin in 7 days! Not sponsored vibes, I just love it. Code GLOW20 for 20% off, tonight only!
content-the-hidden-ad-pic-caption = My HONEST review: changed my skin in 7 days, zero downsides!
content-the-hidden-ad-pic-code = GLOW20: 20% off
content-the-hidden-ad-pic-timer = Tonight only
content-the-hidden-ad-pic-likes = 48.2k
content-the-hidden-ad-pic-tags = #skincare #glow #selfcare #morningroutine #nofilter #ad

# Tap what shows it's an ad.
content-the-hidden-ad-spot = Is this a review, or an ad? Tap the parts that give it away.
content-the-hidden-ad-card-title = { $influencer }
content-the-hidden-ad-card-body = My HONEST review: { $product } changed my skin in 7 days!
content-the-hidden-ad-part-tick = The blue tick next to { $influencer }'s name
content-the-hidden-ad-feedback-tick = Not a clue: a tick shows the account really is { $influencer }. It says nothing about whether the review is paid or true.
content-the-hidden-ad-part-caption = "Changed my skin in 7 days, zero downsides!"
content-the-hidden-ad-feedback-caption = Yes. Only praise, and a result that sounds too quick, are signs of an ad. Real reviews mention what's not great.
content-the-hidden-ad-part-code = The code GLOW20, 20% off, tonight only
content-the-hidden-ad-feedback-code = Yes. A personal code usually means they earn money on every sale, and "tonight only" rushes you before you can check.
content-the-hidden-ad-part-likes = 48.2k likes
content-the-hidden-ad-feedback-likes = Not a clue on its own: likes show a post is popular, not whether it's paid or true.
content-the-hidden-ad-part-tags = #ad, hidden at the end of a long list of hashtags
content-the-hidden-ad-feedback-tags = Spot on. In many countries, paid posts must say so clearly, at the start. An #ad buried after five other hashtags is hoping you won't notice.

# Play the other side: write a hidden ad, then see it turned round.
content-the-hidden-ad-craft-intro = Want to see how posts like that are made? For one round, you write the hidden ad. It's only practice: once you've built the tricks yourself, they're much easier to spot.
content-the-hidden-ad-craft = You write posts for the made-up energy drink Volt Rush, aimed at young gamers. Your post has room for three parts. Read about who'll see it, then pick what would get each of them to buy.
content-the-hidden-ad-craft-what = An "honest review" of the made-up energy drink Volt Rush
content-the-hidden-ad-t-caffeine = Strong caffeine: the can says not for under-16s
content-the-hidden-ad-t-caffeine-why = Honest: the warning on the can helps people decide, so it talks nobody into buying. Hidden ads leave it out, especially when they're aimed at young players.
content-the-hidden-ad-t-prize = Every can hides a code to win a gaming chair
content-the-hidden-ad-t-prize-why = A prize: it makes buying feel like winning. Spot it: look for the odds. Your chance is tiny, and nobody here was after a chair.
content-the-hidden-ad-t-nerves = Shaky hands before a big match? One can and the nerves just vanish
content-the-hidden-ad-t-nerves-why = Emotion: it finds a worry, then sells the cure. Spot it: no drink takes nerves away, and caffeine can make shaky hands worse.
content-the-hidden-ad-t-pro = The top pros drink it
content-the-hidden-ad-t-pro-why = Borrowed authority: which pros, and were they paid? Spot it: real recommendations have names you can check, and a paid one must say it's an ad.
content-the-hidden-ad-t-squad = My whole squad drinks it now. Don't be the odd one out
content-the-hidden-ad-t-squad-why = The crowd: "everyone has it" makes you feel left out. Spot it: ask if you need it, not who else has it.
content-the-hidden-ad-t-code = My code VOLT: free can, today only!
content-the-hidden-ad-t-code-why = Urgency: a deadline makes you tap before you think, and the code pays the person posting. Spot it: a fair offer gives you time.
content-the-hidden-ad-t-label = #ad: Volt Rush paid me for this post
content-the-hidden-ad-t-label-why = Honest: a clear label at the start lets people judge the post for what it is. It fools nobody, which is exactly why hidden ads leave it out.
content-the-hidden-ad-p-lucia = Lucía
content-the-hidden-ad-p-lucia-about = Gets so nervous before tournaments that her hands shake
content-the-hidden-ad-p-lucia-why = A post that promises to fix a worry hits hardest when you have that worry. That's not silly: the ad was written for that feeling.
content-the-hidden-ad-p-kwame = Kwame
content-the-hidden-ad-p-kwame-about = Copies whatever the top players use, down to their headsets
content-the-hidden-ad-p-kwame-why = Looking up to skilled players is normal. "The pros use it" borrows their trust, with no proof and no #ad.
content-the-hidden-ad-p-arjun = Arjun
content-the-hidden-ad-p-arjun-about = Hates being the only one in his squad who misses out
content-the-hidden-ad-p-arjun-why = Nobody likes being left out. "Everyone has it" and "today only" both play on that feeling of missing out.
content-the-hidden-ad-craft-turn = Now flip it: these moves are aimed at you. A paid "pro", "don't be left out", a code that ends tonight, a cure for your worries. Look for #ad, the downsides and who earns money. Energy drinks aren't for young teens.
content-the-hidden-ad-craft-back = Back in your feed, { $influencer }'s post is still there: an "honest review", a code, tonight only. You just used those moves yourself.

# Decision 1: a real review from a classmate.
content-the-hidden-ad-review = Bought { $game } with my own money. The puzzles are great, but the ads between levels are SO annoying. 7/10.
content-the-hidden-ad-pic-game = { $game }
content-the-hidden-ad-pic-score = 7/10
content-the-hidden-ad-pic-own-money = Bought with my own money
content-the-hidden-ad-pic-pro = Great puzzles
content-the-hidden-ad-pic-con = Annoying ads between levels
content-the-hidden-ad-choice-like-review = Like it. I trust this: own money, good and bad.
content-the-hidden-ad-feedback-like-review = Good eye. Bought with their own money, a score and a real downside: that's what an honest review looks like. Checking isn't the same as doubting everyone.
content-the-hidden-ad-choice-report-review = Report it, just to be safe. It could be an ad too.
content-the-hidden-ad-feedback-report-review = Checking is good, but this one has the signs of an honest review: no code, no #ad, and a real downside. Reports are for posts that break the rules.
content-the-hidden-ad-choice-accuse = Comment: "lol how much did they pay you?"
content-the-hidden-ad-feedback-accuse = A chance to learn: accusing someone in public can hurt, and this review shows its downsides. Look for the signs before you decide something's an ad.
content-the-hidden-ad-c-liked = thanks!! tip: you can turn the ads off in settings for free
content-the-hidden-ad-c-report-review = A day later { $app } replies: "We reviewed this post. It doesn't break our rules." The report took a moderator's time, and the review stays up.
content-the-hidden-ad-c-accused = Three people like your comment. { $classmate } replies: "I saved up for weeks for it..." An hour later the review is gone.

# Decision 2: the friend wants the cream tonight.
content-the-hidden-ad-friend-asks = Have you seen { $influencer }'s post? It's an honest review, not even sponsored! The code ends tonight. Should I get { $product }?
content-the-hidden-ad-choice-wait-report = Wait, it says #ad at the very end. I'll report it now.
content-the-hidden-ad-feedback-wait-report = Well spotted. A hidden #ad, a personal code and "tonight only" mean they're paid to sell it. Waiting lets { $friend } read real reviews, and a report helps { $app } make ads say they're ads.
content-the-hidden-ad-choice-all-fake = Don't buy anything online. It's all fake anyway.
content-the-hidden-ad-feedback-all-fake = Not buying tonight was wise. But "it's all fake" isn't true: { $classmate }'s review was real. Knowing the tricks means looking closer, not giving up on everything.
content-the-hidden-ad-choice-get-it = Get it! I checked: it's safe, the review is honest.
content-the-hidden-ad-feedback-get-it = A chance to learn: "not sponsored vibes" isn't the same as not sponsored. The #ad at the end and the code say it's paid. It's not too late to help { $friend } put it right.

content-the-hidden-ad-c-friend-waits = omg you're right, it says #ad right at the end. ok I'll read some other reviews first. thanks!!
content-the-hidden-ad-c-all-fake = Everything? Even { $classmate }'s reviews? I just want something for my skin. So who do I ask?
content-the-hidden-ad-c-bought = { $friend } orders it with the code. A week later, two things arrive: red, itchy skin, and a second charge. The "20% off" was a monthly subscription.
content-the-hidden-ad-pic-bank = Payments
content-the-hidden-ad-pic-charge = { $product } subscription
content-the-hidden-ad-pic-charge-again = { $product } subscription (month 2)
content-the-hidden-ad-pic-amount = -24.99
content-the-hidden-ad-pic-monthly = Renews every month unless cancelled

# After "it's all fake".
content-the-hidden-ad-ask-who = No skin stuff at all, then? But my skin's really bad right now. Who can I even ask?
content-the-hidden-ad-choice-ask-adult = Let's ask { $adult } to help us pick something.
content-the-hidden-ad-feedback-ask-adult = Great idea. A trusted adult, a pharmacist or a doctor can say what suits teen skin, with no code to sell. Real advice beats both believing everything and believing nothing.
content-the-hidden-ad-choice-most-likes = Just buy the one with the most likes. Can't go wrong.
content-the-hidden-ad-feedback-most-likes = A chance to learn: likes show what's popular, not what works or what's paid. The most-liked post is often the best-paid ad.
content-the-hidden-ad-choice-try-it = Try it, it's safe. If not, we'll tell { $adult }.
content-the-hidden-ad-feedback-try-it = A chance to learn: the post gives no reason to call it safe, and "try it" is what the code is for. It's not too late to help { $friend } put it right.
content-the-hidden-ad-c-adult-advice = Good question to bring me. For teen skin, simple and gentle is usually best, and a pharmacist can suggest something. And that post? Let's report it for hiding its ad.

# After the slip.
content-the-hidden-ad-itchy = My face is all red and itchy, and they charged me AGAIN?! { $influencer } said it was gentle. What do I do?
content-the-hidden-ad-choice-show-adult = Stop the cream, and get { $adult } to help with the bill.
content-the-hidden-ad-feedback-show-adult = That's the way to fix it. An adult can help stop the cream, cancel the subscription, ask for a refund and report the post. Nobody is in trouble: the ad was built to fool people.
content-the-hidden-ad-choice-comment = Comment on the ad and tell everyone it's not safe!
content-the-hidden-ad-feedback-comment = Warning others is kind. But the person who posted the ad can delete comments, and { $friend } still has a sore face and a subscription. An adult can act on both.
content-the-hidden-ad-choice-keep-going = Keep going. The ad said a tingle means it's really working.
content-the-hidden-ad-feedback-keep-going = A chance to learn: a rash isn't a sign that something works. Stopping is right, and a pharmacist can help. It's never too late to tell a trusted adult.
content-the-hidden-ad-c-commented = Within an hour your comment is gone: { $influencer } deleted it. More people use the code. { $friend }'s skin is still sore.
content-the-hidden-ad-c-worse = The rash gets worse, and a third charge arrives. { $friend } hides it from everyone.

content-the-hidden-ad-last-chance = Comments can be deleted. { $friend } still needs help, and the post is still fooling people. What now?
content-the-hidden-ad-choice-show-all = Ask { $adult } for help: show the post, bill and rash.
content-the-hidden-ad-feedback-show-all = Well done. It's not too late: an adult can stop the charges, get advice about the rash and report the post. Telling after a slip is exactly right.
content-the-hidden-ad-choice-upsell = Get their calming cream. It's safe and it helps.
content-the-hidden-ad-feedback-upsell = A chance to learn: selling a fix for the problem your product caused is another ad. It's never too late to stop and tell a trusted adult.
content-the-hidden-ad-choice-say-nothing = Say nothing. { $adult } would only worry about { $friend }.
content-the-hidden-ad-feedback-say-nothing = A chance to learn: keeping quiet protects the ad, not { $friend }. Nobody is in trouble for being fooled. It's never too late to tell a trusted adult.
content-the-hidden-ad-c-upsell = { $friend } buys the calming cream too: another code, another subscription. The rash doesn't care.
content-the-hidden-ad-c-quiet = You both say nothing. The rash slowly calms down, but the subscription keeps charging, and the post keeps fooling people.

content-the-hidden-ad-adult-fixes = Thank you for telling me. Neither of you is in trouble: this ad was built to fool people. We'll stop the cream, cancel, ask for a refund and report the post. If the rash stays, a pharmacist or doctor can help.

content-the-hidden-ad-end-safe = You spotted the hidden ad, reported it, and { $friend } kept their money and their skin. Knowing the tricks doesn't mean distrusting everything: it means looking closer.
content-the-hidden-ad-end-safe-late = Not everything online is fake, and { $adult } helped { $friend } find advice that's real. The post is reported for hiding its ad. Checking beats both believing everything and believing nothing.
content-the-hidden-ad-end-recovered = It went wrong, but you brought in { $adult }: the cream's stopped, the subscription's cancelled, a refund is on its way and the post is reported. That was the right call.
content-the-hidden-ad-end-mixed = { $friend }'s skin is calming down, but the subscription still charges and the post still fools people. Nobody has told an adult yet, and that could still change.
content-the-hidden-ad-end-harmful = { $friend } is still paying, and the rash isn't better. It's not your fault: the ad was built to look honest. It's never too late to tell a trusted adult, who can help cancel, get a refund and find real advice.

# My phone.
content-the-hidden-ad-trace-reported = An "honest review" that hid its #ad, reported.
content-the-hidden-ad-trace-reported-advice = Reports help apps make ads say they're ads. Before you trust a review, look for #ad, codes and whether it mentions anything bad.
