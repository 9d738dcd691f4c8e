# Content / values: The Fake News Post (ages 13-15)

content-the-fake-news-post-title = The Fake News Post
content-the-fake-news-post-summary = A viral post says a famous doctor found a miracle cure, and your friend wants everyone to share it.
content-the-fake-news-post-remember = Before you share, check who is behind a post and what trusted sources say. Correct friends kindly, and report false posts.

content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
content-the-fake-news-post-name-nia = Nia
content-the-fake-news-post-name-tomas = Tomas
content-the-fake-news-post-name-priya = Priya
content-the-fake-news-post-name-drtruth = DrTruth_Official
content-the-fake-news-post-name-healthsecrets = health.secrets.now
content-the-fake-news-post-name-naturalfix = TheNaturalFix_
content-the-fake-news-post-doctor-osei = Dr Amara Osei
content-the-fake-news-post-doctor-lenz = Dr Paul Lenz
content-the-fake-news-post-doctor-chen = Dr Mei Chen
content-the-fake-news-post-adult-mum = Mum
content-the-fake-news-post-adult-dad = Dad
content-the-fake-news-post-adult-uncle = Uncle Rafi

content-the-fake-news-post-intro = Saturday afternoon. You're scrolling { $app } when a post with 80,000 shares pops up. { $friend } has already shared it to your class group.
content-the-fake-news-post-the-post = OMG read this!! My aunt has been ill for months, she NEEDS this. Everyone share, it could save lives!!

content-the-fake-news-post-spot = Big claims, big feelings. Before you believe it, tap everything that gives this post away.
content-the-fake-news-post-card-title = { $account }
content-the-fake-news-post-card-body = TV doctor { $doctor } says: "Drink only Glow Tonic for 3 days and you'll never get ill again."
content-the-fake-news-post-part-account = { $account } - account created 6 days ago
content-the-fake-news-post-feedback-part-account = A brand-new account with huge health news is a red flag. Real doctors and health services have a history you can check.
content-the-fake-news-post-part-date = Posted today, 16:02
content-the-fake-news-post-feedback-part-date = Not a clue on its own: true and false posts both have dates. Who posted it, and what other sources say, matter much more.
content-the-fake-news-post-part-photo = Photo: { $doctor } smiling, holding a Glow Tonic bottle
content-the-fake-news-post-feedback-part-photo = Look closer: the hand and the bottle don't match. A reverse image search finds the original photo, with no bottle at all.
content-the-fake-news-post-part-link = Get your 3-day kit: glowtonic-shop.biz, only 24.99!
content-the-fake-news-post-feedback-part-link = The post is selling something. A miracle cure with a shop link is usually an advert dressed up as news.
content-the-fake-news-post-part-wording = Doctors DON'T want you to know! Share before it's BANNED!!!
content-the-fake-news-post-feedback-part-wording = Capitals, secrets and "share now" are there to make you feel, not think. Real health advice doesn't need to rush you.

content-the-fake-news-post-check-choice = Something is off here. But { $friend } is waiting for you to share it too. What will you do?
content-the-fake-news-post-choice-read-sideways = Search the doctor's name and the claim in a new tab
content-the-fake-news-post-feedback-read-sideways = That's lateral reading, what fact-checkers do: leave the post and see what trusted sources say about it. One minute of checking beats staring at the post.
content-the-fake-news-post-choice-read-comments = Read the comments to see if it worked for people
content-the-fake-news-post-feedback-read-comments = Not sharing yet is smart. But comments can be faked: many of these come from accounts with no photo, posted in the same minute. Check sources outside the post.
content-the-fake-news-post-choice-share-too = Share it too. What if it helps someone?
content-the-fake-news-post-feedback-share-too = A chance to learn: wanting to help is kind, but sharing a false cure can make people skip real treatment. Check first, then decide.

content-the-fake-news-post-fact-found = Found it! { $doctor }'s real page says: "I never said this. Living on tonic for 3 days is dangerous." Health services say there is no such cure.

content-the-fake-news-post-kind-choice = Back in the class group, people are roasting { $friend }: "lol you'd believe anything", "imagine falling for that". { $friend } has gone quiet.
content-the-fake-news-post-choice-message-kindly = Message { $friend } privately with what I found
content-the-fake-news-post-feedback-message-kindly = Kind and smart. Correcting someone in private, without laughing, helps them change their mind. Anyone can be fooled by a clever fake.
content-the-fake-news-post-choice-stay-out = Stay out of it, it's not my drama
content-the-fake-news-post-feedback-stay-out = Not joining in matters. But { $friend } still believes the fake, and the jokes hurt. A kind private message could help with both.
content-the-fake-news-post-choice-laugh-along = Post a crying-laughing reply like everyone else
content-the-fake-news-post-feedback-laugh-along = A chance to learn: a pile-on turns a mistake into humiliation, and people who feel laughed at rarely change their minds. Kindness works better.

content-the-fake-news-post-friend-thanks = Thanks for not laughing at me. I've deleted it. But my aunt has already ordered the kit and wants to start tomorrow...
content-the-fake-news-post-choice-report-and-help = Report the post, and show your aunt the doctor's real page
content-the-fake-news-post-feedback-report-and-help = Brilliant. Reporting false health claims helps { $app } take them down, and real sources may stop your aunt skipping real care. An adult in your family can help too.
content-the-fake-news-post-choice-delete-move-on = We deleted it, so let's leave it there
content-the-fake-news-post-feedback-delete-move-on = Deleting the share was good. But the post is still out there, and your aunt may still try the tonic. Reporting it and talking to her could protect her.
content-the-fake-news-post-choice-try-kit = Tell her to try it, it can't hurt
content-the-fake-news-post-feedback-try-kit = A chance to learn: fake cures can hurt, by costing money and by replacing real treatment. When health is involved, check with a doctor or a trusted source.

content-the-fake-news-post-shared = Your share gets 30 likes. Then your younger cousin messages you: "Should I stop eating and only drink the tonic? You shared it, so it must be true."
content-the-fake-news-post-fix-choice = Oh no. People trust what you share, so a fake from you feels true to them. It's not too late to fix it. What will you do?
content-the-fake-news-post-choice-correct-tell = Delete it, post a correction, and tell a trusted adult
content-the-fake-news-post-feedback-correct-tell = That's how you fix it. A correction reaches the people who saw your share, and a trusted adult can make sure your cousin is safe. Everyone gets fooled sometimes.
content-the-fake-news-post-choice-delete-quietly = Delete my share quietly
content-the-fake-news-post-feedback-delete-quietly = Deleting stops it spreading from you. But your cousin and others already saw it. A short correction and a trusted adult would help keep them safe.
content-the-fake-news-post-choice-leave-up = Leave it up, people can decide for themselves
content-the-fake-news-post-feedback-leave-up = A chance to learn: your cousin already decided to trust it because you shared it. False health posts can really hurt people. It's OK to change your mind.

content-the-fake-news-post-adult-helps = Thanks for telling me, that took guts. Let's call your cousin now, report the post to { $app }, and look at real health advice together.

content-the-fake-news-post-end-safe = You checked before you trusted, corrected a friend with kindness, and reported a fake cure. That's exactly how misinformation stops spreading.
content-the-fake-news-post-end-mixed = You didn't spread the fake, but it's still out there and nobody has reported it. Next time, report false posts and talk to the people they could hurt.
content-the-fake-news-post-end-recovered = You shared something false, then owned it, corrected it and got help. That takes more courage than never making a mistake.
content-the-fake-news-post-end-mocked = { $friend } feels humiliated and leaves the class group, still believing the fake. It's never too late to say sorry, share what you found, and report the post.
content-the-fake-news-post-end-harmful = The fake cure keeps spreading, and people are paying for it instead of getting real care. It's never too late to report it and talk to a trusted adult.
