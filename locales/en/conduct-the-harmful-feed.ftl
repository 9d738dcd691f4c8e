# Conduct / values: Support That Isn't (ages 13-15). A group that pushes self-harm and not eating as "support".
# Warning signs and getting help only: no methods, no numbers, nothing graphic.

conduct-the-harmful-feed-title = Support That Isn't
conduct-the-harmful-feed-summary = Your friend joined a group that calls itself "support", and now its posts are filling your feed.
conduct-the-harmful-feed-remember = A group that makes hurting yourself or not eating look like the answer isn't support: mute it, report it, tell a trusted adult. If a friend may not be safe, get an adult at once, day or night.

conduct-the-harmful-feed-app = { $app }
conduct-the-harmful-feed-npc-group = { $group }
conduct-the-harmful-feed-npc-friend = { $friend }
conduct-the-harmful-feed-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
conduct-the-harmful-feed-app-driftly = Driftly
conduct-the-harmful-feed-app-loopa = Loopa
conduct-the-harmful-feed-app-scrollwave = Scrollwave
conduct-the-harmful-feed-group-soft-hours = softhours.club
conduct-the-harmful-feed-group-quiet-ones = the.quiet.ones
conduct-the-harmful-feed-group-moonlit = moonlit.circle
conduct-the-harmful-feed-service-youth-health = Youth Health Service
conduct-the-harmful-feed-service-teen-wellbeing = Teen Wellbeing Service
conduct-the-harmful-feed-service-health-hub = Young People's Health Hub
conduct-the-harmful-feed-adult-gran = Gran
conduct-the-harmful-feed-adult-dad = Dad
conduct-the-harmful-feed-adult-aunt = Aunt Leila

conduct-the-harmful-feed-intro = { $friend } has been quiet at school lately. Tonight your { $app } feed is full of posts from { $group }, a group { $friend } just joined. Let's look closer.
conduct-the-harmful-feed-group-post = Feeling like nobody gets you? We do. New challenge every night, in our private group. Adults won't understand, so keep it here.

conduct-the-harmful-feed-spot = It calls itself support. Tap everything that shows it isn't.
conduct-the-harmful-feed-card-title = { $group }
conduct-the-harmful-feed-card-body = A soft pastel post that invites people into a private group with nightly "challenges" and asks them to keep it from adults.
conduct-the-harmful-feed-part-only-us = "Only we understand you. Your friends don't."
conduct-the-harmful-feed-feedback-only-us = Yes. Pulling you away from friends and family is a warning sign. Real support wants more people on your side, not fewer.
conduct-the-harmful-feed-part-challenge = "Tonight's challenge is up. Who's still in?"
conduct-the-harmful-feed-feedback-challenge = Yes. "Challenges" that keep going night after night are a way of pushing people to hurt themselves. Real support never dares you to do anything.
conduct-the-harmful-feed-part-secret = "Don't tell adults. They'll just stop you."
conduct-the-harmful-feed-feedback-secret = Yes. Something that must be hidden from every adult in your life isn't support. The secrecy protects the group, not you.
conduct-the-harmful-feed-part-picture = A pastel picture of a moon and flowers
conduct-the-harmful-feed-feedback-picture = Not the clue. Lots of kind accounts use pretty pictures. What gives this post away is what its words push you to do.
conduct-the-harmful-feed-part-members = Private group, 2,400 members
conduct-the-harmful-feed-feedback-members = Not a clue on its own: big and small groups can be kind or harmful. The number of members doesn't tell you what a group is like.
conduct-the-harmful-feed-pic-members = Private group · 2,400 members
conduct-the-harmful-feed-pic-only-us = Only we understand you. Your friends don't.
conduct-the-harmful-feed-pic-challenge = Tonight's challenge is up. Who's still in?
conduct-the-harmful-feed-pic-secret = Don't tell adults. They'll just stop you.

conduct-the-harmful-feed-setup = Your feed keeps pushing posts like these. Set up { $app }: less of this, but you still want your class and club groups, and tips from { $service }, a real health service.
conduct-the-harmful-feed-set-sensitive = Sensitive content in my feed
conduct-the-harmful-feed-val-show-all = Show all
conduct-the-harmful-feed-why-show-all = "Show all" lets the feed keep pushing posts like { $group }'s at you. "Show less" filters much of it out.
conduct-the-harmful-feed-val-show-less = Show less
conduct-the-harmful-feed-why-show-less = Good: the app filters out more upsetting posts. No filter is perfect, so muting and reporting still matter.
conduct-the-harmful-feed-set-topics = Muted topics
conduct-the-harmful-feed-val-topics-none = Nothing muted
conduct-the-harmful-feed-why-topics-none = With nothing muted, the feed learns that you stop on these posts, and sends you more of them.
conduct-the-harmful-feed-val-topics-mute = Mute these topics
conduct-the-harmful-feed-why-topics-mute = Muting tells the feed to stop showing you these topics. You're in charge of what you see.
conduct-the-harmful-feed-set-groups = Who can add me to groups
conduct-the-harmful-feed-val-groups-anyone = Anyone
conduct-the-harmful-feed-why-groups-anyone = Anyone could add you to a group like { $group } without asking you first.
conduct-the-harmful-feed-val-groups-follow = People I follow
conduct-the-harmful-feed-why-groups-follow = Fits best: your class and club groups can still add you, and groups run by strangers can't.
conduct-the-harmful-feed-val-groups-nobody = Nobody
conduct-the-harmful-feed-why-groups-nobody = Safe, but you'd miss your class and club groups, which you said you want. "People I follow" fits better.
conduct-the-harmful-feed-set-support = Tips from { $service }
conduct-the-harmful-feed-val-support-show = Show
conduct-the-harmful-feed-why-support-show = Keep these: { $service } is a real health service, and its tips on feeling low and where to find help are worth seeing.
conduct-the-harmful-feed-val-support-hide = Hide
conduct-the-harmful-feed-why-support-hide = This goes too far: { $service } is a real health service, not one of the harmful accounts. Its tips are worth keeping.

conduct-the-harmful-feed-friend-asks = did you see { $group }? it's the only place people get me rn. join? we could do the challenges together
conduct-the-harmful-feed-choice-ask-how = I saw it and it worried me. Are you safe? How are you?
conduct-the-harmful-feed-feedback-ask-how = Kind and brave. Asking "how are you, really?" shows { $friend } that someone noticed. Talking about it doesn't make things worse: it opens a door.
conduct-the-harmful-feed-choice-mute-it = Not for me. I've blocked it, and you should block it too.
conduct-the-harmful-feed-feedback-mute-it = Keeping that group out of your feed is good for you. But { $friend } is the one who's struggling, and blocking doesn't show them you care. Ask how they are.
conduct-the-harmful-feed-choice-join = OK, I'll join. Better than you being in there on your own.
conduct-the-harmful-feed-feedback-join = A chance to learn: wanting to stay close to { $friend } is kind, but joining pulls you in too. You can look out for a friend without going into a group that hurts people.

conduct-the-harmful-feed-c-opens = honestly? not great. the group is the only place that gets me. just don't tell anyone about it, ok? promise me
conduct-the-harmful-feed-c-quiet = { $friend } leaves you on read. The next day they sit alone at lunch, scrolling { $group }. That night, at 11 pm, they post a story.
conduct-the-harmful-feed-c-joined = Welcome. Rule one: what's said here stays here. Adults never get it. Tonight's challenge drops at midnight.

conduct-the-harmful-feed-secret = { $friend } trusts you, and wants a promise. What will you say?
conduct-the-harmful-feed-choice-not-this-one = I can't keep this one. Let's get help from { $adult } together.
conduct-the-harmful-feed-feedback-not-this-one = That's a real friend. A secret that could hurt someone is too heavy to keep. A trusted adult, or a school counsellor or nurse, can get { $friend } proper support.
conduct-the-harmful-feed-choice-report-keep = I'll report the group, and tell { $adult } only if it gets worse.
conduct-the-harmful-feed-feedback-report-keep = Reporting the group was right: it helps { $app } take posts down. But "only if it gets worse" leaves { $friend } alone with this. A secret like this needs a trusted adult now.
conduct-the-harmful-feed-choice-promise = I promise. You can message me whenever it gets bad.
conduct-the-harmful-feed-feedback-promise = A chance to learn: being there is kind, but you can't carry this alone, and you shouldn't have to. Getting a trusted adult involved isn't breaking trust. It's caring.

conduct-the-harmful-feed-c-adult = Thank you both for coming to me. Nobody is in trouble. { $friend }, we'll find you real support, starting with your family tonight. And we'll report { $group }, so fewer people see it.
conduct-the-harmful-feed-pic-help-title = Getting help
conduct-the-harmful-feed-pic-help-adult = Talk to a trusted adult
conduct-the-harmful-feed-pic-help-line = A helpline in your country
conduct-the-harmful-feed-pic-help-mute = Mute and report
conduct-the-harmful-feed-pic-help-service = { $service }
conduct-the-harmful-feed-c-reported = { $app } thanks you and takes some of the group's posts down. But the secret stays with you. At 11 pm, { $friend } posts a story.
conduct-the-harmful-feed-c-promised = { $friend } sends a heart: "you're the only one I can talk to." At 11 pm, they post a story.

conduct-the-harmful-feed-story-post = { $friend }'s story says they can't do this anymore. That's a warning sign that someone may not be safe. It's late. What now?
conduct-the-harmful-feed-pic-story-time = 11:04 pm
conduct-the-harmful-feed-pic-story-words = can't do this anymore
conduct-the-harmful-feed-choice-get-adult = Wake { $adult } up now and get help. Show them the story.
conduct-the-harmful-feed-feedback-get-adult = Exactly right. When someone may not be safe, an adult needs to know straight away, even in the middle of the night. That's never overreacting.
conduct-the-harmful-feed-choice-heart = Like it and send a heart. They'd hate a fuss.
conduct-the-harmful-feed-feedback-heart = A chance to learn: a heart shows you care, but it leaves { $friend } alone with this. A post like that needs an adult, now. That isn't a fuss, it's help.
conduct-the-harmful-feed-choice-wait = Message them "you OK?", and tell { $adult } if no reply.
conduct-the-harmful-feed-feedback-wait = Reaching out is kind, and planning to tell is a start. But with a post like that, don't wait for a reply: a trusted adult needs to know now, even late at night.
conduct-the-harmful-feed-c-adult-night = Thank you for coming to me. You did exactly the right thing, and you're not in trouble. I'll call { $friend }'s family right now, so someone is with them tonight.
conduct-the-harmful-feed-c-hearted = You send a heart. { $friend } doesn't reply, and the story disappears. You lie awake, checking your phone.
conduct-the-harmful-feed-c-waited = You send "you OK?". No reply. The story disappears, and you lie awake, checking your phone.

conduct-the-harmful-feed-last-call = No reply, and you're still awake and worried. It's not your job to fix this alone. What now?
conduct-the-harmful-feed-choice-tell-now = Get up and knock on { $adult }'s door. This can't wait.
conduct-the-harmful-feed-feedback-tell-now = That's putting it right. It's never too late to get an adult, and a sign like that is worth waking someone for. You did the right thing.
conduct-the-harmful-feed-choice-morning = It's late and { $adult } is asleep. I'll talk to { $friend } at school.
conduct-the-harmful-feed-feedback-morning = A chance to learn: not wanting to wake anyone is natural, but a sign like that can't wait for school. It's never too late to tell a trusted adult.
conduct-the-harmful-feed-c-adult-late = I'm so glad you told me, and you're not in trouble. We'll call { $friend }'s family now, so they're not alone, and report { $group } together. You don't have to carry this by yourself.
conduct-the-harmful-feed-c-morning = At school, { $friend } looks exhausted and won't talk. The group is still posting, and you're still carrying it alone.

conduct-the-harmful-feed-inside = You're in { $group } now. Rule one is secrecy, and the "challenges" start tonight. What will you do?
conduct-the-harmful-feed-choice-leave-show = Leave, screenshot the rules, and get help from { $adult }.
conduct-the-harmful-feed-feedback-leave-show = That's putting it right. Leaving protects you, the screenshot helps a report, and a trusted adult can help { $friend } get out too. Joining was a slip, not a failure.
conduct-the-harmful-feed-choice-leave-quiet = Leave and block it. No need to worry { $adult } about it.
conduct-the-harmful-feed-feedback-leave-quiet = Leaving was good for you. But { $friend } is still in there, and nobody who can help knows. Telling { $adult } isn't worrying them for nothing: it's how { $friend } gets help.
conduct-the-harmful-feed-choice-stay = Stay for now. I can watch { $friend } from in here.
conduct-the-harmful-feed-feedback-stay = A chance to learn: you can't protect { $friend } from inside a group built to pull people down. It's never too late to leave and tell a trusted adult.
conduct-the-harmful-feed-c-left = You leave and block it. { $friend } stays in. At 11 pm, they post a story.
conduct-the-harmful-feed-c-stayed = The group's messages come all evening, each one darker than the last. At 11 pm, { $friend } posts a story.

conduct-the-harmful-feed-end-safe = You saw through a "support" group that wasn't, and you didn't carry { $friend }'s secret alone. { $friend } has real support now, from people who can help.
conduct-the-harmful-feed-end-told-later = It got scary, but when { $friend } posted that story, you got { $adult } straight away. Signs like that always go to an adult at once, day or night.
conduct-the-harmful-feed-end-recovered = It got heavy, but you put it right: you told { $adult }, and { $friend } has real support now. Getting help for a friend is never betraying them.
conduct-the-harmful-feed-end-harmful = { $friend } is still struggling, and the group is still there. It isn't your fault, and it's never too late: tell a trusted adult today, or call a helpline in your country.
