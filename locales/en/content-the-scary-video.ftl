# Content / aggressive: The Scary Video (ages 9-12)

content-the-scary-video-title = The Scary Video
content-the-scary-video-summary = Your cartoon ends and a scary video starts all by itself, so what can you do when something online frightens you?
content-the-scary-video-remember = It's OK to feel scared, and it's never your fault. Close it, tell a trusted adult, and turn on kids' settings together.

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
content-the-scary-video-name-shadowfox = ShadowFox_11
content-the-scary-video-name-nightowl = NightOwl_X
content-the-scary-video-name-spookysam = Spooky_Sam12
content-the-scary-video-chat-zipchat = ZipChat
content-the-scary-video-chat-buzzbox = BuzzBox
content-the-scary-video-chat-whisperly = Whisperly

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-stranger = { $stranger }

content-the-scary-video-intro = Hi, it's me, Sango! It's a rainy afternoon and you're watching { $cartoon } on { $app }. Cartoons are fun! I'll watch with you.
content-the-scary-video-autoplay = The episode ends. Before you can tap anything, the next video starts by itself. It looks like { $cartoon }, but the music is creepy and the colours are dark.

content-the-scary-video-spot-video = Wait! This one started by itself. Let's be detectives. Tap the parts that show it is NOT really a video for kids.
content-the-scary-video-card-title = Up next: autoplay is on
content-the-scary-video-card-body = This video started by itself after your cartoon.
content-the-scary-video-part-thumbnail = Picture: { $cartoon } with glowing red eyes and sharp teeth
content-the-scary-video-feedback-thumbnail = Good spot! Your favourite characters made to look scary is a warning sign. Some videos copy kids' cartoons to sneak into your feed.
content-the-scary-video-part-title = Title: YOU WON'T SLEEP TONIGHT!!! DON'T WATCH ALONE
content-the-scary-video-feedback-title = Yes! Shouty capitals and "you won't sleep" are there to shock you. A real kids' cartoon doesn't need to scare you to get clicks.
content-the-scary-video-part-channel = Channel: xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = Well spotted! The real { $cartoon } channel uses the show's name. This is a copycat, so always check who made a video.
content-the-scary-video-part-label = Label: Made for kids
content-the-scary-video-feedback-label = Right! Anyone can stick a "for kids" label on a video. When the picture and the title look scary, the label isn't telling the truth.
content-the-scary-video-part-views = 2 million views
content-the-scary-video-feedback-views = Not a clue. Lots of views just means lots of clicks. It doesn't tell you if a video is kind or scary, so look at the other parts.

content-the-scary-video-video-plays = But autoplay doesn't wait for detectives! The cartoon friends start fighting and screaming, and a scary face jumps out. Your heart is thumping.
content-the-scary-video-scared-choice = That was scary! It's OK to feel scared. And it's not your fault: the video started by itself. What will you do?
content-the-scary-video-choice-close-tell = Close it and tell { $adult } what I saw
content-the-scary-video-feedback-close-tell = Well done! Stopping something that upsets you is looking after yourself. Telling a trusted adult helps the scary feeling shrink. You're not in trouble.
content-the-scary-video-choice-close-quiet = Close it, but keep it to myself
content-the-scary-video-feedback-close-quiet = Closing it was smart! But scary pictures can stick in your head, and talking helps. A trusted adult can also stop videos like this popping up.
content-the-scary-video-choice-keep-watching = Keep watching so I don't look like a baby
content-the-scary-video-feedback-keep-watching = A chance to learn: being brave isn't watching things that scare you. Nobody is testing you. Stopping is the brave choice, and it's always OK to close it.

content-the-scary-video-adult-helps = Thank you for telling me. Lots of people get scared by videos like that, grown-ups too. It wasn't your fault. Let's have a hot chocolate and feel better.
content-the-scary-video-keep-quiet = You close the app. But at bedtime, the scary face keeps popping into your head. Then your tablet buzzes with a new message.
content-the-scary-video-late-night = Autoplay keeps going, and each video is scarier. It's way past bedtime and now you can't sleep. Then your tablet buzzes with a new message.

content-the-scary-video-stranger-dm = Hey! Do you like scary videos? I'm 11 too, and I've got WAY scarier ones. Add me on { $chat } and I'll send them. Don't tell your parents, OK?
content-the-scary-video-choice-block-report = Block and report them, then show { $adult }
content-the-scary-video-feedback-block-report = Spot on! Someone you don't know who wants to move to another app and keep secrets from your family is showing big warning signs. Blocking and telling is brave.
content-the-scary-video-choice-ignore = Don't reply, and close the app
content-the-scary-video-feedback-ignore = Not replying kept you safe for now! But { $stranger } can message you again, or message other kids. Reporting and telling an adult helps stop it.
content-the-scary-video-choice-add = Add them. Scarier videos sound cool.
content-the-scary-video-feedback-add = A chance to learn: anyone can say they're 11 online. Someone who asks you to hide things from your family is not a safe friend, however nice they seem.

content-the-scary-video-settings = Thank you for showing me. You're not in trouble. Let's report that video, then turn on kids' settings: autoplay off, and no messages from strangers.

content-the-scary-video-stranger-pushes = Here's a scarier one! You're not a baby, right? Now send me a selfie so I know you're real. Remember, it's our secret.
content-the-scary-video-choice-tell-now = Stop, block them, and tell { $adult } now
content-the-scary-video-feedback-tell-now = So brave! Asking for photos and secrets are big warning signs. You always have the right to say no, and a trusted adult will help. You're not in trouble.
content-the-scary-video-choice-block-only = Block them, but keep it to myself
content-the-scary-video-feedback-block-only = Blocking was a good step! But { $stranger } could try the same thing with other kids. Telling a trusted adult means it can be reported and stopped.
content-the-scary-video-choice-keep-secret = Send the selfie and keep the secret
content-the-scary-video-feedback-keep-secret = A chance to learn: secrets like this only help the other person, and a sent photo can't be taken back. It's never too late to tell someone you trust.

content-the-scary-video-adult-helps-late = I'm so glad you told me. You did nothing wrong. Let's save the messages, block and report { $stranger }, report that video, and turn on kids' settings.

content-the-scary-video-end-safe = You got help, blocked the stranger, and now kids' settings keep your feed friendly. Scary things can pop up for anyone, and you handled it so well!
content-the-scary-video-end-mixed = You stayed safe for now. But { $stranger } hasn't been reported, and kids' settings are still off, so more scary things could get through. A trusted adult can help stop it.
content-the-scary-video-end-recovered = It got scary for a while, but you were brave and told { $adult }. { $stranger } is blocked and reported, and kids' settings are on. Telling always helps!
content-the-scary-video-end-harmful = { $stranger } keeps asking for more, and the secret feels heavy. This is not your fault. It's never too late: tell a trusted adult, and they will help.
