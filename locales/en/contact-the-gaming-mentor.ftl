# Contact / aggressive: The Gaming Mentor (ages 13-15), grooming pattern without sexual content

contact-the-gaming-mentor-title = The Gaming Mentor
contact-the-gaming-mentor-summary = A top-ranked player offers you free coaching, then slowly tries to pull you away from your friends.
contact-the-gaming-mentor-remember = Someone who cuts you off from friends, asks where you live or wants secrets is not a real mentor. Save the messages, block, report and tell a trusted adult.

contact-the-gaming-mentor-app = { $game } chat
contact-the-gaming-mentor-npc-mentor = { $mentor }
contact-the-gaming-mentor-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contact-the-gaming-mentor-game-skyforge = Skyforge
contact-the-gaming-mentor-game-star-siege = Star Siege
contact-the-gaming-mentor-game-iron-arena = Iron Arena
contact-the-gaming-mentor-name-vex = Vex_Pro
contact-the-gaming-mentor-name-kaizer = KaizerGG
contact-the-gaming-mentor-name-orion = OrionCoach
contact-the-gaming-mentor-name-sam = Sam
contact-the-gaming-mentor-name-jo = Jo
contact-the-gaming-mentor-name-dev = Dev
contact-the-gaming-mentor-adult-mum = Mum
contact-the-gaming-mentor-adult-dad = Dad
contact-the-gaming-mentor-adult-grandpa = Grandpa

contact-the-gaming-mentor-intro = You've been grinding ranked in { $game } all week with { $friend } and your squad. A top-ranked player, { $mentor }, has been watching your matches.

contact-the-gaming-mentor-offer = You've got real talent, way more than your squad. I coach players who go pro, and it's free for you. Tonight 11 till 2? That's when the real grinders play.
contact-the-gaming-mentor-choice-daytime-only = Thanks, but I play with my squad, and not that late
contact-the-gaming-mentor-feedback-daytime-only = Good instincts. Free coaching from a stranger, plus "better than your squad", is flattery with a hook. And no rank is worth losing sleep on a school night.
contact-the-gaming-mentor-choice-open-server = Maybe, but only in the open server, for an hour
contact-the-gaming-mentor-feedback-open-server = Keeping it public and short is smart. Still, notice how { $mentor } already put your friends down. Keep an eye on that.
contact-the-gaming-mentor-choice-play-all-night = Yes! I'll grind till 2 every night
contact-the-gaming-mentor-feedback-play-all-night = A chance to learn: playing until 2 am night after night wrecks sleep, mood and school. And someone who wants you online while adults sleep deserves a second look.

contact-the-gaming-mentor-late-nights = A week of 2 am matches. You nod off in class, your grades slip, and { $friend } messages: "you've ghosted the squad, are you OK?"

contact-the-gaming-mentor-isolate = Honestly, { $friend } and the others are holding you back. They don't get you like I do. What city are you in? Join my private server, just us.
contact-the-gaming-mentor-choice-keep-private = No. My location stays private, and my friends stay.
contact-the-gaming-mentor-feedback-keep-private = That's it. Turning you against your friends and asking where you live are big warning signs. You're allowed to say no to anyone, however helpful they've been.
contact-the-gaming-mentor-choice-dodge = Change the subject and don't answer
contact-the-gaming-mentor-feedback-dodge = You kept your location private, good. But dodging may make { $mentor } push harder. A clear no, and talking to someone you trust, is stronger.
contact-the-gaming-mentor-choice-city-server = Tell them my city and join the server
contact-the-gaming-mentor-feedback-city-server = A chance to learn: your city plus your gamer tag makes you easier to find. And a private server with just an adult stranger means nobody else sees what happens.

contact-the-gaming-mentor-angry = Wow. After everything I did for you? You're so ungrateful. Join tonight, or I tell everyone you're trash and get your account banned.
contact-the-gaming-mentor-choice-save-block-report = Screenshot, block, report, and tell { $adult }
contact-the-gaming-mentor-feedback-save-block-report = Exactly right. Anger and threats when you say no show what this "coaching" really was. Screenshots are evidence, and reporting protects other players too.
contact-the-gaming-mentor-choice-block-quietly = Block { $mentor } and keep it to myself
contact-the-gaming-mentor-feedback-block-quietly = Blocking ends the contact, good. But { $mentor } may do this to other young players. Reporting and telling a trusted adult helps stop that.
contact-the-gaming-mentor-choice-say-sorry = Say sorry and join the private server
contact-the-gaming-mentor-feedback-say-sorry = A chance to learn: you don't owe anyone an apology for saying no. Threats are a way to control you, and giving in usually leads to more.

contact-the-gaming-mentor-private-server = Good, just us now. Don't tell your parents about this server, they'd ruin it. Which school do you go to? I might live near you.
contact-the-gaming-mentor-sango-worried = I'm worried. Secrets from parents, questions about your school, and "just us": these are serious warning signs. You are not in trouble. What will you do?
contact-the-gaming-mentor-choice-leave-tell = Leave the server, save proof, and tell { $adult }
contact-the-gaming-mentor-feedback-leave-tell = Brave and right. Nobody safe asks you to keep secrets from your parents. A trusted adult can help you report { $mentor } to the game and, if needed, to the police.
contact-the-gaming-mentor-choice-leave-quiet = Leave the server, but tell no one
contact-the-gaming-mentor-feedback-leave-quiet = Leaving was a good move. But { $mentor } may know your city and your tag, and could try again or target others. Telling a trusted adult means they can be reported.
contact-the-gaming-mentor-choice-answer-secret = Answer, and keep the server secret
contact-the-gaming-mentor-feedback-answer-secret = A chance to learn: secrets like this only protect the other person. It's never too late to leave, save the messages and tell someone you trust.

contact-the-gaming-mentor-adult-helps = Thanks for showing me, that was smart. You did nothing wrong. Let's report the account to { $game } together, and agree on gaming hours that still leave time for sleep.
contact-the-gaming-mentor-adult-helps-late = I'm really glad you told me, and you're not in trouble. Let's save everything and report { $mentor } to { $game }. If they know where you live, we'll contact the police.

contact-the-gaming-mentor-end-safe = You kept your friends close and your location private, and you reported someone who tried to cut you off. Real mentors never need secrets.
contact-the-gaming-mentor-end-mixed = You got away, but nobody has reported { $mentor }, and other young players could be next. Telling a trusted adult helps stop it for everyone.
contact-the-gaming-mentor-end-recovered = It went further than it should have, but you told someone and got help. { $mentor } is reported, and you're back with your squad.
contact-the-gaming-mentor-end-harmful = { $mentor } now knows more about you and wants it kept secret. It's not your fault, and it's never too late: save the messages and tell a trusted adult.
