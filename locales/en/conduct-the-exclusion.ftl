# Conduct / aggressive: The Exclusion (ages 13-15), the player as a bystander

conduct-the-exclusion-title = Left Out on Purpose
conduct-the-exclusion-summary = Your class starts a new group chat without one classmate, and the jokes about them begin.
conduct-the-exclusion-remember = Leaving someone out on purpose and mocking them is bullying. Don't join in, be kind to the person targeted, and tell a trusted adult.

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $target }
conduct-the-exclusion-npc-teacher = { $teacher }

# Variety: each play picks one option of every variable in `vary`.
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = The Real Squad
conduct-the-exclusion-group-no-cringe = No Cringe Zone
conduct-the-exclusion-group-vips = VIPs Only
conduct-the-exclusion-name-mia = Mia
conduct-the-exclusion-name-jonah = Jonah
conduct-the-exclusion-name-ayesha = Ayesha
conduct-the-exclusion-name-kai = Kai
conduct-the-exclusion-name-bella = Bella
conduct-the-exclusion-name-ryan = Ryan
conduct-the-exclusion-teacher-okafor = Ms Okafor
conduct-the-exclusion-teacher-reyes = Mr Reyes
conduct-the-exclusion-teacher-novak = Ms Novak

conduct-the-exclusion-intro = { $leader } just made a new group on { $app } called "{ $group }". Everyone from your class is in it, except { $target }.

conduct-the-exclusion-first-joke = Finally, a chat without { $target } lol. Did you see those shoes today?? Someone screenshot their last selfie.
conduct-the-exclusion-choice-not-cool = Not cool. { $target } would be really hurt by this.
conduct-the-exclusion-feedback-not-cool = That took guts. When one person says "not cool", others often feel brave enough to stop too. Bystanders have more power than they think.
conduct-the-exclusion-choice-mute = Mute the group and say nothing
conduct-the-exclusion-feedback-mute = You didn't join in, and that matters. But silence can look like agreement. A short "not cool", or a kind message to { $target }, could change a lot.
conduct-the-exclusion-choice-laugh-meme = Reply with a laughing meme
conduct-the-exclusion-feedback-laugh-meme = A chance to learn: one meme feels small, but to { $target } it's one more person against them. And group posts get screenshotted and shared.

conduct-the-exclusion-pushback = Relax, it's a joke. Don't be boring, or you can go and join { $target } lol.
conduct-the-exclusion-screenshot = Someone posts { $target }'s selfie with a mean caption. It gets 14 laughing reactions in a minute. Nobody says anything.

conduct-the-exclusion-support-choice = Meanwhile, { $target } posts in the main class chat: "why is everyone so quiet with me today?" Nobody answers.
conduct-the-exclusion-choice-message-save = Message { $target } kindly, and screenshot the group
conduct-the-exclusion-feedback-message-save = Great combination. A kind message tells { $target } they're not alone, and screenshots are evidence if a trusted adult needs to step in.
conduct-the-exclusion-choice-kind-only = Message { $target } something kind, but nothing else
conduct-the-exclusion-feedback-kind-only = Kindness really helps. But the group is still going. Saving a few screenshots means a trusted adult can act if it gets worse.
conduct-the-exclusion-choice-forward-screenshot = Forward the selfie screenshot, everyone's seen it
conduct-the-exclusion-feedback-forward-screenshot = A chance to learn: "everyone's seen it" doesn't make it OK. Each forward spreads the hurt further and puts your name on it.

conduct-the-exclusion-target-reply = thanks for messaging. I saw the group. feels like everyone hates me. please don't make it a big deal though
conduct-the-exclusion-choice-tell-together = You're not alone. Let's tell { $teacher } together.
conduct-the-exclusion-feedback-tell-together = That's standing up. Everyone has the right to feel safe at school and online. Telling a trusted adult isn't making a big deal, it's how this stops.
conduct-the-exclusion-choice-keep-secret = OK, I won't tell anyone. I'm here for you.
conduct-the-exclusion-feedback-keep-secret = Being there for { $target } matters a lot. But exclusion like this often gets worse. You can gently explain that a trusted adult can help, and offer to go with them.
conduct-the-exclusion-choice-blame-target = Maybe just wear different shoes so they stop?
conduct-the-exclusion-feedback-blame-target = A chance to learn: { $target } didn't cause this, and changing won't fix it. Nobody deserves to be mocked. The problem is the group's behaviour.

conduct-the-exclusion-teacher-helps = Thank you both for coming to me. { $target }, none of this is your fault. I'll deal with the group, and we'll report the worst posts to { $app }.

conduct-the-exclusion-pile-on = Your post gets the most laughs. An hour later, { $target } leaves every class chat. Their last message: "got it. nobody wants me here."
conduct-the-exclusion-fix-choice = That hit much harder than a joke. It's not too late to make it right. What will you do?
conduct-the-exclusion-choice-sorry-tell = Delete it, say sorry to { $target }, and tell { $teacher }
conduct-the-exclusion-feedback-sorry-tell = That's real courage. Owning a mistake and getting an adult involved can turn things around for { $target }. You're not a bad person, you made a bad call.
conduct-the-exclusion-choice-delete-hope = Delete my post and hope it blows over
conduct-the-exclusion-feedback-delete-hope = Deleting helps, but the hurt is done and the group goes on. A real apology and a trusted adult could help { $target } feel safe again.
conduct-the-exclusion-choice-just-joke = Leave it. It was only a joke.
conduct-the-exclusion-feedback-just-joke = A chance to learn: when someone leaves every chat because of it, it stopped being a joke. It's never too late to say sorry and get help.

conduct-the-exclusion-teacher-helps-late = Thank you for being honest, that's not easy. I'll talk to the group, and we'll make sure { $target } is OK. Saying sorry was a great first step.

conduct-the-exclusion-end-safe = You refused to join in, stood by { $target } and got a trusted adult involved. The group is shut down, and { $target } knows who their real friends are.
conduct-the-exclusion-end-mixed = It's calmer for now, but the group goes on, no adult knows, and { $target } is still on the outside. Telling a trusted adult helps stop exclusion for good.
conduct-the-exclusion-end-recovered = You got it wrong at first, then said sorry and got help. { $target } is back in the class chat. Making it right takes real courage.
conduct-the-exclusion-end-harmful = { $target } feels completely alone, and the group carries on. It's never too late: say sorry, be kind, and tell a trusted adult.
