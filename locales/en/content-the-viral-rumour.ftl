# Content / values: The Viral Rumour (ages 9-12)

content-the-viral-rumour-title = The Viral Rumour
content-the-viral-rumour-summary = A shocking post and a risky challenge are spreading at school. Can you check the facts and keep everyone safe?
content-the-viral-rumour-remember = Stop and check before you believe or share. If a challenge could hurt someone, tell a trusted adult straight away.

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = Mr Silva

# Variety: each play picks one option of every variable in `vary`.
content-the-viral-rumour-name-maya = Maya
content-the-viral-rumour-name-zoe = Zoe
content-the-viral-rumour-name-priya = Priya
content-the-viral-rumour-name-ben = Ben
content-the-viral-rumour-name-omar = Omar
content-the-viral-rumour-name-lucas = Lucas
content-the-viral-rumour-challenge-chair-tower = Chair Tower Challenge
content-the-viral-rumour-challenge-sky-stack = Sky Stack Challenge
content-the-viral-rumour-challenge-chair-climb = Chair Climb Challenge

content-the-viral-rumour-intro = Hi, it's me, Sango! It's Friday night and your class chat is buzzing. Let's see what everyone is talking about.

content-the-viral-rumour-maya = Look!! A famous streamer says every kid must do the { $challenge }: stack chairs, climb to the top, film it. Share in 1 hour or you're OUT!
content-the-viral-rumour-choice-check-first = Wait. Who made this, and is it true?
content-the-viral-rumour-feedback-check-first = Great detective move! Posts that rush you, like "share in 1 hour!", are often fake. Checking first stops rumours in their tracks.
content-the-viral-rumour-choice-ignore = Don't share it. Just ignore it.
content-the-viral-rumour-feedback-ignore = Not sharing was a good call, because rumours grow when people pass them on. Checking if it's true, and warning others, helps even more.
content-the-viral-rumour-choice-share-now = Share it to the class chat, quick!
content-the-viral-rumour-feedback-share-now = That's a chance to learn. The post rushed you, and rushing is a trick to stop you thinking. Sharing before checking can spread something false or dangerous.

content-the-viral-rumour-check = Let's be detectives! No name, no date, and the account is one day old. The real streamer's page says: "That's not me. Don't do it!" It's fake, but the challenge could still hurt someone.
content-the-viral-rumour-ben-plans = Monday morning. Everyone is still talking about the { $challenge }. At break, { $classmate } drags three chairs into a corner of the playground.

content-the-viral-rumour-ben = Film me! I'm gonna do the { $challenge }! It'll get loads of likes!
content-the-viral-rumour-choice-tell-teacher = Run and tell a teacher so nobody gets hurt
content-the-viral-rumour-feedback-tell-teacher = Brave and smart! Telling an adult about a dangerous challenge isn't snitching. It keeps your friend safe, and that's what trusted adults are for.
content-the-viral-rumour-choice-warn-ben = Tell { $classmate } it's a bad idea, then walk away
content-the-viral-rumour-feedback-warn-ben = Good that you spotted the danger and said so! But { $classmate } might still try it. A teacher nearby could make sure nobody gets hurt.
content-the-viral-rumour-choice-film-ben = Film { $classmate } for the likes
content-the-viral-rumour-feedback-film-ben = A chance to learn: likes can make risky things feel exciting. Filming someone doing something dangerous can push them to go further.

content-the-viral-rumour-teacher-helps = Thank you for telling me. You might have stopped someone getting hurt. Let's talk to the whole class about fake challenges.
content-the-viral-rumour-ben-stops = { $classmate } rolls his eyes, but he climbs down. Still, kids in other classes are planning to try the { $challenge } after school.

content-the-viral-rumour-ben-wobbles = The chair tower wobbles. { $classmate } jumps off just in time and scrapes his knee. Everyone goes quiet. The video is still on your phone.
content-the-viral-rumour-wobble-choice = Phew, { $classmate } is OK, but that was close. The video could make more kids try it. What will you do now?
content-the-viral-rumour-choice-get-help-delete = Get a teacher, and don't post the video
content-the-viral-rumour-feedback-get-help-delete = That's how to turn things around! A teacher can check on { $classmate } and stop the challenge. Not posting the video means nobody copies it.
content-the-viral-rumour-choice-delete-quietly = Delete the video, but don't tell anyone
content-the-viral-rumour-feedback-delete-quietly = Deleting it helps, so it won't spread from you. But the challenge is still going round, and an adult could help stop it for everyone.
content-the-viral-rumour-choice-post-anyway = Post the video anyway, it's funny
content-the-viral-rumour-feedback-post-anyway = A chance to learn: a video of a risky stunt can make others want to copy it, and it shows { $classmate } at a bad moment. Think about who it could hurt.

content-the-viral-rumour-spread = Your share reaches 40 kids in an hour. Now { $friend }'s little brother is asking how high to stack the chairs. Lots of people believe the fake streamer.
content-the-viral-rumour-spread-choice = Uh-oh. The post is spreading fast, and some younger kids believe it. It's not too late to help. What will you do?
content-the-viral-rumour-choice-delete-and-tell = Delete my share and tell a trusted adult
content-the-viral-rumour-feedback-delete-and-tell = That's brave! Everyone shares something by mistake sometimes. Fixing it and getting help is what matters. Adults can warn the whole school.
content-the-viral-rumour-choice-delete-only = Delete my share and hope it stops
content-the-viral-rumour-feedback-delete-only = Deleting your share is a good step. But lots of kids already saw it. A trusted adult can warn them that it's fake and dangerous.
content-the-viral-rumour-choice-leave-it = Leave it up. It's only a joke.
content-the-viral-rumour-feedback-leave-it = A chance to learn: a joke stops being funny when someone copies it and gets hurt. It's OK to change your mind and ask for help.

content-the-viral-rumour-teacher-helps-late = Thanks for coming to me. I know that wasn't easy, and you're not in trouble. I'll warn the other classes that it's fake, and we'll keep everyone safe.

content-the-viral-rumour-end-safe = You checked the facts and got help before anyone got hurt. That's what a real online hero does!
content-the-viral-rumour-end-mixed = Part of the problem stopped, but the challenge is still going round and no adult knows. Telling a trusted adult helps stop dangerous challenges for everyone.
content-the-viral-rumour-end-recovered = Things got tricky, but you turned them around by getting help. That took courage! Next time, stop and think before you share or film.
content-the-viral-rumour-end-harmful = The fake challenge keeps spreading, and more kids may try it. It's never too late: tell a trusted adult, and they can help stop it.
