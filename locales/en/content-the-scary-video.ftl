# Content / aggressive: The Scary Video (ages 9-12)

content-the-scary-video-title = The Scary Video
content-the-scary-video-summary = Your cartoon ends and a scary video starts all by itself, so what can you do when something online frightens you?
content-the-scary-video-remember = It's OK to feel scared, and it's never your fault. Screenshot the title, close it, tell a trusted adult, and never pass scary videos on to little kids.

content-the-scary-video-app = { $app }
content-the-scary-video-app-vidbloom = VidBloom
content-the-scary-video-app-clipnest = ClipNest
content-the-scary-video-app-toonstream = ToonStream
content-the-scary-video-cartoon-bunnies = Bouncy Bunnies
content-the-scary-video-cartoon-robots = Robo Pals
content-the-scary-video-cartoon-dinos = Dino Buddies
content-the-scary-video-adult-dad = Dad
content-the-scary-video-adult-grandma = Grandma
content-the-scary-video-adult-aunt = Aunt Lina

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-friend = { $friend }

content-the-scary-video-intro = Hi, it's me, Sango! It's a rainy afternoon and you're watching { $cartoon } on { $app }. Cartoons are fun! I'll watch with you.
content-the-scary-video-autoplay = The episode ends. Before you can tap anything, the next video starts by itself. It looks like { $cartoon }, but the music is creepy and the colours are dark.

content-the-scary-video-spot-video = Wait! This one started by itself. Let's be detectives. Tap the parts that show it is NOT really a video for kids.
content-the-scary-video-card-title = Up next: autoplay is on
content-the-scary-video-card-body = This video started by itself after your cartoon.
content-the-scary-video-part-thumbnail = Picture: { $cartoon } with glowing red eyes and big teeth
content-the-scary-video-feedback-thumbnail = Good spot! Your favourite characters made to look scary is a warning sign. Some videos copy kids' cartoons to sneak into your feed.
content-the-scary-video-part-title = Title: YOU WON'T SLEEP TONIGHT!!! DON'T WATCH ALONE
content-the-scary-video-feedback-title = Yes! Shouty capitals and "you won't sleep" are there to shock you. A real kids' cartoon doesn't need to scare you to get clicks.
content-the-scary-video-part-channel = Channel: xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = Well spotted! The real { $cartoon } channel uses the show's name. This is a copycat, so always check who made a video.
content-the-scary-video-part-label = Label: Made for kids
content-the-scary-video-feedback-label = Right! Anyone can stick a "for kids" label on a video. When the picture and the title look scary, the label isn't telling the truth.
content-the-scary-video-part-views = 2 million views
content-the-scary-video-feedback-views = Not a clue. Lots of views just means lots of clicks. It doesn't tell you if a video is kind or scary, so look at the other parts.
content-the-scary-video-part-buttons = Buttons: like, share and download
content-the-scary-video-feedback-buttons = Not a clue. Every video has these buttons, kind or scary. They can't tell you what a video is like, so look at the other parts.
content-the-scary-video-part-autoplay = Autoplay switch: on
content-the-scary-video-feedback-autoplay = Good thinking, but it's not about this video: autoplay plays whatever comes next, kind or scary. A grown-up can help you switch it off.
content-the-scary-video-pic-title = YOU WON'T SLEEP TONIGHT!!! DON'T WATCH ALONE
content-the-scary-video-pic-channel = xX_Toon_Horror_Xx
content-the-scary-video-pic-label = Made for kids
content-the-scary-video-pic-views = 2M views
content-the-scary-video-pic-autoplay = Autoplay
content-the-scary-video-pic-photos = Photos
content-the-scary-video-pic-saved = Screenshot saved
content-the-scary-video-pic-blocked = Channel blocked
content-the-scary-video-pic-empty = Nothing to show here
content-the-scary-video-pic-settings = Settings
content-the-scary-video-pic-kids = Kids' settings

content-the-scary-video-video-plays = But autoplay doesn't wait for detectives! The cartoon friends start fighting and screaming, and a scary face jumps out. Your heart is thumping.
content-the-scary-video-scared-choice = That was scary! It's OK to feel scared. And it's not your fault: the video started by itself. What will you do?
content-the-scary-video-choice-shot-close = Screenshot the title quickly, then close the app.
content-the-scary-video-feedback-shot-close = Smart! Closing it looks after you, and the screenshot keeps the video's name, so a grown-up can report that exact video later.
content-the-scary-video-choice-block-now = Block that channel right now, so it's gone!
content-the-scary-video-feedback-block-now = Getting it off your screen was right! But blocking first hides the video's name, so it's hard to report. Screenshot first, then block and report.
content-the-scary-video-choice-keep-watching = Keep watching. I'm not a baby, I can handle it.
content-the-scary-video-feedback-keep-watching = A chance to learn: being brave isn't watching things that scare you. Nobody is testing you. Stopping is the brave choice, and it's always OK to close it.

content-the-scary-video-closed-saved = You close the app. The screenshot is saved in your photos. But your heart is still thumping, and that evening you're very quiet.
content-the-scary-video-blocked-gone = The channel vanishes, and so does the video. Now you can't find its name anywhere. That evening, the scary face is still in your head.
content-the-scary-video-late-night = Autoplay keeps going, and each video is scarier. It's way past bedtime and now you can't sleep.

content-the-scary-video-evening = You're very quiet tonight. Is everything OK?
content-the-scary-video-choice-show-shot = Show { $adult } my screenshot and say what happened.
content-the-scary-video-feedback-show-shot = Well done! Telling helps the scary feeling shrink, and your screenshot means { $adult } can report that exact video. You're not in trouble.
content-the-scary-video-choice-say-what = I'll tell you what I saw, even if it's gone now.
content-the-scary-video-feedback-say-what = Well done! Even without the name, telling helps the scary feeling shrink, and { $adult } can change your settings. You're not in trouble.
content-the-scary-video-choice-tell-friend = I'm OK, { $adult }. I'll tell { $friend } about it tomorrow.
content-the-scary-video-feedback-tell-friend = Talking about it is good! But { $friend } can't report it or change your settings. { $adult } can, and just asked how you are. A trusted adult can help you feel better too.
content-the-scary-video-choice-keep-quiet = I'm fine! If I say, they'll take my tablet.
content-the-scary-video-feedback-keep-quiet = Lots of kids worry about that! But telling isn't getting in trouble: the video started by itself. A trusted adult can help stop it happening again.

content-the-scary-video-adult-helps = Thank you for showing me. It wasn't your fault. Let's report that video with your screenshot, then turn autoplay off and kids' settings on.
content-the-scary-video-adult-helps-blocked = Thank you for telling me. It wasn't your fault. We can't report a video we can't find, but we can turn autoplay off and kids' settings on. Next time, screenshot it first.
content-the-scary-video-friend-reacts = Whoa, that sounds creepy! Send me the link. I'll show my little cousin, she'll totally freak out, LOL.
content-the-scary-video-nightmare = That night, the scary face keeps popping into your head. Next day, { $friend } asks: "Seen the creepy { $cartoon } video? Send it to me, I'll show my little cousin!"

content-the-scary-video-friend-wants = { $friend }'s cousin is only six. What do you say?
content-the-scary-video-choice-stand-up = No! She's only six. Come on, let's go and find { $adult }.
content-the-scary-video-feedback-stand-up = Kind and brave! Scary videos can upset little kids for days. Saying no protects her, and { $adult } can help report it and warn other families.
content-the-scary-video-choice-send-title = Sure! Search for its title. She'll scream, LOL!
content-the-scary-video-feedback-send-title = A chance to learn: what scared you will scare a six-year-old even more. Being kind means not passing it on. It's never too late to say "Don't show her."
content-the-scary-video-choice-send-warned = I'll send it, but tell her to watch with her mum or dad.
content-the-scary-video-feedback-send-warned = A chance to learn: a warning doesn't make it less scary, and she might still watch alone. The kind choice is not sending it at all.

content-the-scary-video-adult-helps-both = Thank you both for telling me. It wasn't your fault. Let's report that channel, tell your teacher it's going round, then turn autoplay off and kids' settings on.
content-the-scary-video-cousin-alone = { $friend } says "Only watch it with your mum or dad!", but the cousin watches it alone in her room. That night, she can't sleep.
content-the-scary-video-cousin-scared = { $friend } shows the video to the little cousin. That night, she can't sleep, and the video keeps spreading around school.

content-the-scary-video-late-choice = It's late and you're scared. That's not your fault. What will you do?
content-the-scary-video-choice-knock = Knock on { $adult }'s door and say what I watched.
content-the-scary-video-feedback-knock = That's brave! Grown-ups would much rather be woken up than have you scared alone. Telling helps the fear shrink, and you're not in trouble.
content-the-scary-video-choice-one-more = One more video. I'm fine, no need to wake { $adult }.
content-the-scary-video-feedback-one-more = A chance to learn: more scary videos make the fear bigger, not smaller, and { $adult } would rather be woken up than have you scared alone. It's never too late to stop and knock.

content-the-scary-video-adult-helps-late = I'm so glad you came to me. You're not in trouble. Let's screenshot that channel's name and report it, then turn autoplay off and kids' settings on.
content-the-scary-video-worse = You watch one more, then another. At 2 a.m. you're still awake, and the scary faces won't go away.

content-the-scary-video-end-safe = You stopped the scary video and told { $adult }. Now autoplay is off and kids' settings are on. Scary things can pop up for anyone, and you handled it so well!
content-the-scary-video-end-recovered = You watched longer than was good for you, but then you told { $adult }. The channel is reported, autoplay is off and kids' settings are on. Telling was the brave part!
content-the-scary-video-end-shared = { $friend }'s little cousin is scared now too, and the video keeps spreading. Seeing it was never your fault. It's never too late to tell a trusted adult, who will help report it.
content-the-scary-video-end-harmful = The scary pictures keep coming back at night, and you're carrying them alone. This is not your fault. It's never too late: tell a trusted adult, and they will help.

# My phone: what stays on the phone after this level.
content-the-scary-video-trace-settings = Your video app: autoplay off, kids' settings on.
content-the-scary-video-trace-settings-advice = Now you choose what plays next. If something scary still gets through, screenshot the title, close it and tell a trusted adult.
