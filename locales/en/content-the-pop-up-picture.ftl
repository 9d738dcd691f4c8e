# Content / sexual (seen by accident; warning signs and getting help only): The Pop-up Picture (ages 9-12)

content-the-pop-up-picture-title = The Pop-up Picture
content-the-pop-up-picture-summary = In the middle of a game, a picture pops up that you never wanted to see. What can you do?
content-the-pop-up-picture-remember = If something pops up that you didn't want to see, close it and tell a trusted adult. Don't keep it or send it on. It's never your fault, and nobody will be cross.

# Variety: each play picks one option of every variable in `vary`.
content-the-pop-up-picture-game-bubble-farm = Bubble Farm
content-the-pop-up-picture-game-star-kart = Star Kart
content-the-pop-up-picture-game-puzzle-planet = Puzzle Planet
content-the-pop-up-picture-adult-grandpa = Grandpa
content-the-pop-up-picture-adult-mum = Mum
content-the-pop-up-picture-adult-aunt = Aunt Nadia

content-the-pop-up-picture-npc-adult = { $adult }
content-the-pop-up-picture-npc-friend = { $friend }

content-the-pop-up-picture-intro = Hi, it's me, Sango! It's Saturday, and you're playing { $game } on the family tablet. { $friend } is playing too, from home. I'll play along with you!

# Spot: the game's screen between levels.
content-the-pop-up-picture-spot = Between levels, the screen gets busy. Tap the parts that could take you somewhere that isn't for kids. Careful: some parts are just the game!
content-the-pop-up-picture-card-title = { $game }: between levels
content-the-pop-up-picture-card-body = The game's screen, with a notice, your friends and an ad.
content-the-pop-up-picture-part-update = Notice in the game's menu: Update 2.4, new levels
content-the-pop-up-picture-feedback-update = Not a trick! This notice is in { $game }'s own menu and asks for nothing. Real updates add levels and fix problems.
content-the-pop-up-picture-part-friend = Friends online: { $friend }
content-the-pop-up-picture-feedback-friend = Not a trick. That's { $friend }, your real friend, playing the same game. Seeing who's online is part of { $game }.
content-the-pop-up-picture-part-banner = Flashing ad: You WON'T believe this picture!!
content-the-pop-up-picture-feedback-banner = Well spotted! Ads that shout "you won't believe this" want you curious enough to tap. They can lead to pictures that aren't for kids.
content-the-pop-up-picture-part-link = Ad link: free-pix-4u.xyz
content-the-pop-up-picture-feedback-link = Yes! That isn't { $game }'s address. An ad can send you to any website, and you can't tell what's on it before it opens.
content-the-pop-up-picture-part-timer = Ad timer: tap in 10 seconds or miss it!
content-the-pop-up-picture-feedback-timer = Right! A countdown is there to rush you, so you tap before you think. Nothing good needs you to hurry.
content-the-pop-up-picture-pic-game = { $game }
content-the-pop-up-picture-pic-notice = Update 2.4: new levels!
content-the-pop-up-picture-pic-friend = { $friend } is online
content-the-pop-up-picture-pic-ad = Ad
content-the-pop-up-picture-pic-banner = You WON'T believe this picture!!
content-the-pop-up-picture-pic-link = free-pix-4u.xyz
content-the-pop-up-picture-pic-timer = 0:10

# Decision 1: the game's own update.
content-the-pop-up-picture-update = You open the game's menu. A message from { $game } says: "Update 2.4 is ready: new levels!" The flashing ad is still blinking at the bottom of the screen.
content-the-pop-up-picture-pic-update-title = Update 2.4 is ready
content-the-pop-up-picture-pic-update-new = New levels and bug fixes
content-the-pop-up-picture-pic-update = Update
content-the-pop-up-picture-pic-later = Later
content-the-pop-up-picture-choice-update = Tap Update. It's right there in the game's own menu.
content-the-pop-up-picture-feedback-update-now = Good call! The update was in { $game }'s own menu and asked for nothing. Real updates are fine, and they often fix problems.
content-the-pop-up-picture-choice-later = Tap Later. I never tap on anything that pops up.
content-the-pop-up-picture-feedback-later = Being careful is good! But this one was real: it was in the game's own menu and asked for nothing. Skipping every update means missing fixes, and missing { $friend }.
content-the-pop-up-picture-choice-tap-ad = Check the flashing ad first. What's that picture?
content-the-pop-up-picture-feedback-tap-ad = A chance to learn: being curious is normal! But ads like that are made to be tapped, and they can lead anywhere. The game's own menu is the place to tap.

content-the-pop-up-picture-updated = The update takes a minute. New levels! You and { $friend } race each other to level 9.
content-the-pop-up-picture-not-updated = You tap Later. { $friend } is on the new levels now, so you can't play together. You go back to the old ones on your own.
content-the-pop-up-picture-popup = Then, in the middle of a level, a pop-up jumps over the game. It isn't from { $game }. It's a rude picture, not for kids at all. You didn't want to see that.
content-the-pop-up-picture-ad-site = A website opens, full of flashing boxes. Before you can go back, a pop-up covers the whole screen. It's a rude picture, not for kids at all.

# Decision 2: the picture is on the screen.
content-the-pop-up-picture-what-now = Whoa. That picture isn't for kids, and it's not your fault: you didn't go looking for it. What will you do now?
content-the-pop-up-picture-choice-close-tell = Close it, and go and find { $adult } right now.
content-the-pop-up-picture-feedback-close-tell = Well done! Closing it stops the picture, and telling { $adult } means the ad can be reported. Seeing it wasn't your fault, and telling never gets you in trouble.
content-the-pop-up-picture-choice-close-play = Close it, play on. I'll tell { $adult } if it comes back.
content-the-pop-up-picture-feedback-close-play = Closing it was right! But why wait for it to come back? It's a lot to carry on your own. A trusted adult can help stop pop-ups like that now, and help you feel better.
content-the-pop-up-picture-choice-screenshot = Screenshot it first. { $friend } will never believe it!
content-the-pop-up-picture-feedback-screenshot = A chance to learn: a screenshot keeps the picture on the tablet, and sending it on could upset other kids. It popped up by itself, and you can still put this right.

content-the-pop-up-picture-adult-listens = Thank you for telling me. You're not in trouble, and nobody is cross. Pop-ups like that try to catch kids out. Let's report that ad to { $game }, then set up the tablet together.
content-the-pop-up-picture-kept-playing = You close it and play on. Two levels later, it pops up again. You meant to tell, but now it feels too awkward. That evening you're very quiet.
content-the-pop-up-picture-screenshot-saved = Click. Now the picture is in the tablet's photos. A message arrives from { $friend }: "Why did you stop playing? Is everything OK?"

# Decision 3a: that evening.
content-the-pop-up-picture-evening = You've been very quiet since lunch. Is everything OK?
content-the-pop-up-picture-choice-tell-evening = Not really. A rude picture popped up in my game today.
content-the-pop-up-picture-feedback-tell-evening = That's brave! Awkward things are easier once they're out. { $adult } can report that ad and make the tablet safer, and you're not in trouble.
content-the-pop-up-picture-choice-tell-friend = I'm OK. I'll tell { $friend } all about it on Monday.
content-the-pop-up-picture-feedback-tell-friend = Talking about it is good! But { $friend } can't report the ad or change the tablet's settings. A trusted adult can, and won't be cross.
content-the-pop-up-picture-choice-say-nothing = I'm fine! If I tell, you'll think I went looking.
content-the-pop-up-picture-feedback-say-nothing = A chance to learn: lots of kids worry about that. But grown-ups know pop-ups like that happen, and it's not your fault. It's never too late to tell.

content-the-pop-up-picture-adult-listens-evening = Thank you for telling me. You're not in trouble, and I'm not cross. That picture popped up by itself. Let's report that ad to { $game }, then set up the tablet together.
content-the-pop-up-picture-waits = You say goodnight. The next day { $friend } is away, and you don't say anything after all.
content-the-pop-up-picture-nights = That night, the picture keeps popping into your head, and it's hard to fall asleep.

# Decision 3b: the picture is in the photos.
content-the-pop-up-picture-friend-asks = { $friend } wants to know why you stopped. The picture is still in the tablet's photos. What now?
content-the-pop-up-picture-choice-delete-tell = Delete it, then ask { $adult } how to stop these ads.
content-the-pop-up-picture-feedback-delete-tell = Great save! Deleting it means it can't go any further, and { $adult } can report the ad. Popping up wasn't your fault, and telling is always OK.
content-the-pop-up-picture-choice-delete-quiet = Delete it. { $adult } doesn't need to know about it.
content-the-pop-up-picture-feedback-delete-quiet = Deleting it was right! But the ad is still out there, and it's a lot to carry alone. A trusted adult doesn't need to see the picture to help: they can report the ad, and won't be cross.
content-the-pop-up-picture-choice-send = Send it to { $friend }. It's too weird not to share!
content-the-pop-up-picture-feedback-send = A chance to learn: pictures like that can upset other kids, even as a joke. Sending it on is never OK. It's never too late to put it right.

content-the-pop-up-picture-adult-listens-late = Thank you for telling me. You're not in trouble. Deleting it was the right thing. Let's report that ad to { $game }, then set up the tablet together.
content-the-pop-up-picture-deleted-quiet = You delete the picture. You tell { $friend } the game crashed, and you don't say anything to anyone.
content-the-pop-up-picture-sent = Ew! Why did you send me that? My little brother nearly saw it over my shoulder. I deleted it.

content-the-pop-up-picture-sent-choice = { $friend } is upset. It's not too late to put this right. What will you do?
content-the-pop-up-picture-choice-sorry-tell = Say sorry to { $friend }, then tell { $adult } everything.
content-the-pop-up-picture-feedback-sorry-tell = That's how to put it right! Saying sorry matters to { $friend }, and { $adult } can help delete it everywhere and report the ad. You're not in trouble.
content-the-pop-up-picture-choice-joke = Say it was a joke. Telling { $adult } makes it worse.
content-the-pop-up-picture-feedback-joke = A chance to learn: telling doesn't make it worse, it's how it gets sorted out. A trusted adult won't be cross. It's never too late.

content-the-pop-up-picture-adult-listens-sent = Thank you for telling me, and for saying sorry. You're not in trouble: that picture popped up by itself. We'll delete it, let { $friend }'s family know, report the ad and set up the tablet.
content-the-pop-up-picture-choice-delete-chat = Delete the whole chat, then nobody can find out.
content-the-pop-up-picture-feedback-delete-chat = A chance to learn: deleting the chat doesn't undo it, and it leaves you carrying it alone. A trusted adult can help put it right, and won't be cross.
content-the-pop-up-picture-deleted-chat = You delete the whole chat. { $friend } stops answering, and you keep it all inside.
content-the-pop-up-picture-joke = { $friend } goes quiet and doesn't want to play any more. You feel worse every day, and you still haven't told anyone.

# Set it up safely, with the adult.
content-the-pop-up-picture-setup = { $adult } opens the settings with you. You want to keep playing { $game } with { $friend } and get new levels, without pop-ups like that. Choose each setting.
content-the-pop-up-picture-set-updates = Game updates
content-the-pop-up-picture-val-updates-auto = Automatic
content-the-pop-up-picture-why-updates-auto = Good choice! Updates come from the game itself. They add levels and fix problems, some of them about safety.
content-the-pop-up-picture-val-updates-ask = Ask me each time
content-the-pop-up-picture-why-updates-ask = That works, but you'll keep being asked. Updates from the game's own menu are fine to let in by themselves.
content-the-pop-up-picture-val-updates-never = Never
content-the-pop-up-picture-why-updates-never = Too closed for this one: without updates you'd miss new levels and fixes, and you couldn't play with { $friend }.
content-the-pop-up-picture-set-popups = Pop-up windows
content-the-pop-up-picture-val-popups-allow = Allow
content-the-pop-up-picture-why-popups-allow = Pop-ups are how that picture got in. Block them, and the game still works.
content-the-pop-up-picture-val-popups-block = Block
content-the-pop-up-picture-why-popups-block = Yes! Blocking pop-ups stops most of them before they reach the screen, and the game still works.
content-the-pop-up-picture-set-filter = Kids' filter for pictures and sites
content-the-pop-up-picture-val-filter-off = Off
content-the-pop-up-picture-why-filter-off = A kids' filter helps keep out pictures and sites that aren't for kids. Switch it on.
content-the-pop-up-picture-val-filter-on = On
content-the-pop-up-picture-why-filter-on = Good! A kids' filter keeps out lots of things that aren't for kids. No filter is perfect, so closing and telling still matter.
content-the-pop-up-picture-set-chat = Who can chat with me in the game
content-the-pop-up-picture-val-chat-anyone = Anyone
content-the-pop-up-picture-why-chat-anyone = Anyone means strangers too. Friends you've added is enough to play with { $friend }.
content-the-pop-up-picture-val-chat-friends = Friends I've added
content-the-pop-up-picture-why-chat-friends = Just right: you can still chat with { $friend }, and strangers can't send you things.
content-the-pop-up-picture-val-chat-nobody = Nobody
content-the-pop-up-picture-why-chat-nobody = Safe, but too closed here: you want to chat with { $friend } while you play. Friends you've added is enough.

content-the-pop-up-picture-reported = { $adult } reports the ad, and { $game } answers: "Thanks! We've taken this ad down." Then you play level 10 together, and nothing pops up.
content-the-pop-up-picture-pic-reported = Ad reported
content-the-pop-up-picture-pic-thanks = Thanks! We've taken this ad down.

# Monday: the friend saw one too.
content-the-pop-up-picture-monday = On Monday at break, { $friend } looks worried and pulls you to one side.
content-the-pop-up-picture-friend-confides = A rude pop-up came up in { $game } for me too. I feel weird about it. Don't tell anyone, OK?
content-the-pop-up-picture-choice-me-too = Me too! I told my family, and nobody was cross.
content-the-pop-up-picture-feedback-me-too = Kind and wise! Knowing it happens to others, and that nobody was cross, makes telling much easier for { $friend }. It's not their fault either.
content-the-pop-up-picture-choice-settings-only = Just block pop-ups, like { $adult } showed me.
content-the-pop-up-picture-feedback-settings-only = Blocking pop-ups helps! But settings can't help { $friend } with the weird feeling, and no setting stops everything. A trusted adult can help with both.
content-the-pop-up-picture-choice-our-secret = OK. I won't say a word to anyone. It's our secret.
content-the-pop-up-picture-feedback-our-secret = A chance to learn: keeping it secret leaves { $friend } alone with it. Secrets like that are OK to break, because a grown-up can help. Nobody would be cross.

content-the-pop-up-picture-friend-again = That evening, { $friend } messages you.
content-the-pop-up-picture-friend-still = I can't find that setting, and it popped up again. I don't want my family to know.
content-the-pop-up-picture-choice-come-with = They won't be cross. I'll come with you to tell.
content-the-pop-up-picture-feedback-come-with = What a good friend! Going along makes telling so much easier. { $friend } did nothing wrong, and a grown-up at home can help.
content-the-pop-up-picture-choice-stop-playing = Then just stop playing { $game }. It's too awkward.
content-the-pop-up-picture-feedback-stop-playing = A chance to learn: stopping the game doesn't help the weird feeling, and { $friend } loses a game they love. Telling is awkward for a minute, then it helps.

content-the-pop-up-picture-choice-close-each = Close it each time. Tell a grown-up if it gets worse.
content-the-pop-up-picture-feedback-close-each = A chance to learn: closing it is good, but waiting until it gets worse leaves { $friend } alone with the weird feeling. A grown-up at home can help now, and won't be cross.
content-the-pop-up-picture-friend-tells = OK. I'll tell my family tonight. Thanks for saying it's not my fault.
content-the-pop-up-picture-friend-secret = You keep the secret. { $friend } goes on playing, and goes on seeing pop-ups like that, alone.
content-the-pop-up-picture-friend-closes = { $friend } keeps closing the pop-ups alone, and gets quieter every week.
content-the-pop-up-picture-friend-stops = { $friend } stops playing { $game } and goes quiet. Nobody at home knows why.

# Decision 4b: nobody told yet.
content-the-pop-up-picture-choice-tell-together = Me too! Let's go and tell { $adult } together after school.
content-the-pop-up-picture-feedback-tell-together = Brave, and kind too! Telling together is easier, and { $adult } can help you both. None of it is your fault, or { $friend }'s.
content-the-pop-up-picture-choice-keep-secret = Me too. I'm not telling { $adult }, they'd freak out.
content-the-pop-up-picture-feedback-keep-secret = A chance to learn: grown-ups know pop-ups like that happen, and they'd rather help than have you carry it alone. It's never too late to tell.

content-the-pop-up-picture-choice-close-fast = Me too. Let's just close them fast and forget it.
content-the-pop-up-picture-feedback-close-fast = A chance to learn: closing them is right, but forgetting doesn't work when they keep coming. A trusted adult can stop them, and won't be cross.
content-the-pop-up-picture-adult-both = Thank you both for telling me. Neither of you is in trouble, and I'm not cross. Let's report that ad to { $game }, and set up the tablet. I'll let { $friend }'s family know too.
content-the-pop-up-picture-both-secret = You both keep quiet. The pop-ups keep coming, and every time, the weird feeling comes back.
content-the-pop-up-picture-both-close = You both close them fast, every time. But they keep coming, and every time the weird feeling comes back.
content-the-pop-up-picture-reported-both = { $game } answers: "Thanks! We've taken this ad down." { $friend } grins at you. It feels so much lighter now that a grown-up knows.
content-the-pop-up-picture-reported-sent = { $game } answers: "Thanks! We've taken this ad down." The next day, { $friend } sends you a level-10 invite, and you say sorry again.

content-the-pop-up-picture-end-safe = You closed that pop-up and told { $adult }, and you helped { $friend } get help too. The ad is reported and the tablet is set up. Nobody was cross, and none of it was your fault!
content-the-pop-up-picture-end-recovered = A picture you never asked for popped up, and things got tricky. Then you told { $adult }: the ad is reported and the tablet is set up. Telling was the brave part!
content-the-pop-up-picture-end-friend-alone = You're OK, and your tablet is set up. But { $friend } is still seeing those pop-ups alone, and nobody at home knows. A trusted adult could help them too.
content-the-pop-up-picture-end-harmful = You're carrying this on your own, and it feels heavy. It was never your fault. It's never too late to tell a trusted adult: they won't be cross, and they will help.

# A last question at school: someone wants the way to the picture.
content-the-pop-up-picture-last-ask = Later that week, a kid from another class stops you at school: "I heard a rude picture popped up in { $game }. What was the website?"
content-the-pop-up-picture-choice-not-share = I'm not sharing that. It's not for kids, and the ad's gone now.
content-the-pop-up-picture-feedback-not-share = Well done! Giving out the website would be just like passing the picture on. Saying no keeps other kids from seeing it.
content-the-pop-up-picture-choice-give-site = It was free-pix-something. Just don't tell anyone it was me.
content-the-pop-up-picture-feedback-give-site = A chance to learn: giving out the website is like sending the picture on, and it could upset other kids. You can still put it right.
content-the-pop-up-picture-gave-site = The next day, that kid looks upset, and you feel bad. That evening you tell { $adult }, who isn't cross and lets the school know, so a teacher can help.
