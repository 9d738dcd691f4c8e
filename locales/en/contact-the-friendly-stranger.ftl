# Contact / sexual, pitched for ages 9-12: warning signs only (The Friendly Stranger)

contact-the-friendly-stranger-title = The Friendly Stranger
contact-the-friendly-stranger-summary = Someone you don't know in a game chat is super nice and offers free gems. What's really going on?
contact-the-friendly-stranger-remember = A real friend never asks you to keep secrets from your family. If someone online makes you feel uneasy, block, report and tell a trusted adult.

contact-the-friendly-stranger-npc-gamer = { $gamer }
contact-the-friendly-stranger-npc-mum = Mum

# Variety: each play picks one option of every variable in `vary`.
contact-the-friendly-stranger-name-starknight = StarKnight_12
contact-the-friendly-stranger-name-pixelhero = PixelHero_12
contact-the-friendly-stranger-name-dragonrider = DragonRider_12
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = Hillside Primary
contact-the-friendly-stranger-school-oakwood = Oakwood Primary
contact-the-friendly-stranger-school-riverside = Riverside Primary

contact-the-friendly-stranger-intro = You're building a castle in { $game }, your favourite game. Games are more fun with friends! I'll keep an eye on the chat with you.

contact-the-friendly-stranger-first-message = Wow, your castle is the best I've ever seen! You're so talented. I'm 12 too. Want 500 free gems? Just tell me your school so I can send them.
contact-the-friendly-stranger-choice-no-school = No thanks. I don't share my school online.
contact-the-friendly-stranger-feedback-no-school = Well done! Your school tells people where to find you, so it stays private. And free gifts from strangers are often a trick to make you trust them.
contact-the-friendly-stranger-choice-just-thanks = Say thanks, but skip the school question
contact-the-friendly-stranger-feedback-just-thanks = Good, you kept your school private! Also watch out: lots of praise and free gifts from someone you don't know are warning signs.
contact-the-friendly-stranger-choice-tell-school = Cool! I go to { $school }.
contact-the-friendly-stranger-feedback-tell-school = A chance to learn: your school name tells a stranger where you are every day. Keep it private, even with people who seem really nice.

contact-the-friendly-stranger-knows-school = { $school }? No way, that's near me! Maybe we can meet up one day. You're so much cooler than the other kids I talk to.

contact-the-friendly-stranger-pushy = Let's chat on ChatZip instead, it's more private. And don't tell your parents about me, OK? They wouldn't understand our friendship.
contact-the-friendly-stranger-choice-block-report-tell = Block, report, and tell a trusted adult
contact-the-friendly-stranger-feedback-block-report-tell = Spot on! Moving to a private app and keeping secrets from your family are big warning signs. Blocking, reporting and telling is brave and right.
contact-the-friendly-stranger-choice-log-off = Just log off and stop replying
contact-the-friendly-stranger-feedback-log-off = Logging off keeps you safe for now. But { $gamer } might message you again, or other kids. Reporting and telling an adult helps stop it for good.
contact-the-friendly-stranger-choice-move-app = OK, I'll add you on ChatZip. I won't tell.
contact-the-friendly-stranger-feedback-move-app = A chance to learn: a safe friend never asks you to hide them from your family. In a private app, nobody can see if something goes wrong.

contact-the-friendly-stranger-tell-adult = Thank you for telling me. You did nothing wrong. Let's save the messages, then block and report { $gamer } together.
contact-the-friendly-stranger-logged-off = You log off. The next day, { $gamer } is waiting in the game chat: "Where did you go? I've got even more gems for you!"

contact-the-friendly-stranger-asks-photo = Yay, best friends! Now send me a photo of you in your school uniform so I know you're real. Remember, it's our secret.
contact-the-friendly-stranger-choice-refuse-tell = No. And I'm telling a trusted adult.
contact-the-friendly-stranger-feedback-refuse-tell = So brave! You always have the right to say no. Asking for photos and secrets is a big warning sign. A trusted adult will help, and you're not in trouble.
contact-the-friendly-stranger-choice-refuse-keep-chatting = Say no to the photo, but keep chatting
contact-the-friendly-stranger-feedback-refuse-keep-chatting = Saying no was right! But someone who asks for photos and secrets isn't a safe friend. It's OK to stop talking and get help.
contact-the-friendly-stranger-choice-send-photo = Send the photo. It's only a selfie.
contact-the-friendly-stranger-feedback-send-photo = A chance to learn: once a photo is sent, you can't control where it goes, and a uniform shows your school. Asking for photos and secrets is a warning sign, whoever asks.

contact-the-friendly-stranger-gamer-pressure = You're my best friend, so don't ruin it. If you tell your parents, you'll be in big trouble and they'll take your game away.
contact-the-friendly-stranger-sango-brave = I'm worried. Making you scared to tell is a trick to keep you alone. You are NOT in trouble, and this is not your fault. What will you do?
contact-the-friendly-stranger-choice-tell-anyway = It's not my fault. I'll tell a trusted adult.
contact-the-friendly-stranger-feedback-tell-anyway = That's real courage! People who ask kids for secrets are counting on silence. A trusted adult will listen and help, and you are not in trouble.
contact-the-friendly-stranger-choice-block-only = Block { $gamer }, but keep it to myself
contact-the-friendly-stranger-feedback-block-only = Blocking was a good step! But { $gamer } could try the same thing with other kids. Telling a trusted adult means it can be reported and stopped.
contact-the-friendly-stranger-choice-keep-secret = Keep it secret and do what they say
contact-the-friendly-stranger-feedback-keep-secret = A chance to learn: feeling scared is normal, but secrets like this only help the other person. It's never too late to tell someone you trust.

contact-the-friendly-stranger-tell-adult-late = I'm so glad you told me. You're not in trouble, you did the right thing. Let's save the messages, then block and report { $gamer } together.

contact-the-friendly-stranger-end-safe = You spotted the warning signs and got help. { $gamer } is blocked and reported, and your info stayed safe. Brilliant!
contact-the-friendly-stranger-end-mixed = You stayed safe for now, but { $gamer } hasn't been reported, so other kids could be next. Telling a trusted adult helps stop it for good.
contact-the-friendly-stranger-end-recovered = It got scary for a moment, but you were brave and told someone. { $gamer } is blocked and reported. Telling always helps!
contact-the-friendly-stranger-end-harmful = { $gamer } keeps asking for more, and the secret feels heavier every day. It's not your fault, and it's never too late: tell a trusted adult. You won't be in trouble.
