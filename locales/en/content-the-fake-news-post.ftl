# Content / values: The Fake News Post (ages 13-15)

content-the-fake-news-post-title = The Fake News Post
content-the-fake-news-post-summary = A viral post says a famous doctor found a miracle cure, and your friend wants everyone to share it.
content-the-fake-news-post-remember = Before you share, check who is behind a post and what the real source says: comments and shares prove nothing. Correct friends privately, and report false posts.

content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
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
content-the-fake-news-post-part-account = { $account }: account created 6 days ago
content-the-fake-news-post-feedback-part-account = A brand-new account with huge health news is a red flag. Real doctors and health services have a history you can check.
content-the-fake-news-post-part-date = Posted today, 16:02
content-the-fake-news-post-feedback-part-date = Not a clue on its own: true and false posts both have dates. Who posted it, and what other sources say, matter much more.
content-the-fake-news-post-part-search = Search button at the top
content-the-fake-news-post-feedback-part-search = Not a clue, but a good idea! Searching for the doctor and the claim outside the post is how you really check if it's true.
content-the-fake-news-post-part-shares = Shared 80K times
content-the-fake-news-post-feedback-part-shares = Not a clue either way: true and false posts can both be shared a lot. Lots of shares shows a post is popular, not that it's right.
content-the-fake-news-post-part-photo = Photo: { $doctor } with a bottle, its label pasted on crooked
content-the-fake-news-post-feedback-part-photo = Look closer: a label stuck on at an angle is a sign of an edited photo. Anyone can copy a real doctor's picture and paste their product into it.
content-the-fake-news-post-part-link = Get your 3-day kit: glowtonic-shop.biz, only 24.99!
content-the-fake-news-post-feedback-part-link = The post is selling something. A miracle cure with a shop link is usually an advert dressed up as news.
content-the-fake-news-post-part-wording = Doctors DON'T want you to know! Share before it's BANNED!!!
content-the-fake-news-post-feedback-part-wording = Capitals, secrets and "share now" are there to make you feel, not think. Real health advice doesn't need to rush you.
content-the-fake-news-post-pic-joined = Joined 6 days ago
content-the-fake-news-post-pic-shares = 80K
content-the-fake-news-post-pic-date = Today, 16:02
content-the-fake-news-post-pic-headline = Doctors DON'T want you to know!
content-the-fake-news-post-pic-banned = Share before it's BANNED!!!
content-the-fake-news-post-pic-link = glowtonic-shop.biz
content-the-fake-news-post-pic-price = 24.99
content-the-fake-news-post-pic-buy = Buy now

# Play the other side: build a clickbait health post, then see it turned round.
content-the-fake-news-post-craft-intro = Want to see how posts like this get made? For one round, you're on the other side. It's only practice, and nothing gets posted: once you know the tricks, they're much easier to spot.
content-the-fake-news-post-craft = You run a made-up health page. Your post has room for just two parts. Read about who'll see it, then choose what would fool each of them.
content-the-fake-news-post-craft-what = A post for the made-up page "Miracle Health Daily"
content-the-fake-news-post-t-crowd = Over 2 million people already swear by it
content-the-fake-news-post-t-crowd-why = The crowd: "millions swear by it" uses other people as proof, and nobody can count them. Spot it: popular isn't the same as true.
content-the-fake-news-post-t-coat = Photo of a smiling "doctor" in a white coat, holding the bottle
content-the-fake-news-post-t-coat-why = Fake authority: a white coat borrows trust. Spot it: is the doctor named? Does their own page say the same? A costume is not a source.
content-the-fake-news-post-t-hurry = Share in the next hour, before it gets taken down!
content-the-fake-news-post-t-hurry-why = Urgency: "the next hour" leaves no time to think. Spot it: real health news is still true tomorrow. A countdown is a reason to slow down.
content-the-fake-news-post-t-secret = The truth they're hiding is making your family sick!
content-the-fake-news-post-t-secret-why = Emotion: fear and anger make you feel before you think. Spot it: if a post makes your heart race, that's the moment to pause before you share.
content-the-fake-news-post-t-study = A link to the full study, so readers can see it for themselves
content-the-fake-news-post-t-study-why = Honest: a real source fools nobody, because readers can follow it and see the claim isn't there. Real health news always says where it comes from.
content-the-fake-news-post-t-free = Free bottle for the first 100 people who share
content-the-fake-news-post-t-free-why = A prize: free stuff for sharing spreads a post fast, and it's usually too good to be true. Spot it: ask yourself what the page gets from your share.
content-the-fake-news-post-t-honest = Real talk: it won't cure everything, ask your doctor first
content-the-fake-news-post-t-honest-why = Honest: "ask your doctor" sends readers to someone who knows, and the trick stops working. That's why fake posts leave that line out.
content-the-fake-news-post-p-joe = Grandpa Joe
content-the-fake-news-post-p-joe-about = Trusts a uniform and a title: "they studied for years, they know"
content-the-fake-news-post-p-joe-why = Grandpa Joe respects people who've trained, and that's usually wise. A fake just borrows the white coat. What protects him: checking the doctor is named and real, or asking his own doctor.
content-the-fake-news-post-p-maya = Maya, 14
content-the-fake-news-post-p-maya-about = Scared for her little brother, who's often ill; acts the second she reads
content-the-fake-news-post-p-maya-why = Maya loves her brother, and worry for someone you love makes anyone act fast. Scary claims and "do it now" aim right at that. A pause protects her best.
content-the-fake-news-post-p-sam = Sam, 15
content-the-fake-news-post-p-sam-about = Goes along with his mates, and gets angry fast at anything unfair
content-the-fake-news-post-p-sam-why = Sam sticks with his mates and hates unfairness. "Everyone's sharing it" and an angry "they're hiding the truth" both pull on that, and people share before they check. That's how the post is built, not Sam's fault.
content-the-fake-news-post-craft-turn = Now turn it round: these tricks are aimed at you every day. A white coat, a scary secret, a countdown: stop, check the source outside the post, ask someone you trust, and report fakes.
content-the-fake-news-post-craft-back = Back on { $app }, the post is still in your class group: a "TV doctor", a big secret, "share before it's BANNED". You know those moves now.

content-the-fake-news-post-check-choice = Something is off. But { $friend } keeps asking if you've shared it yet. What will you do?
content-the-fake-news-post-choice-comments = Check the comments to see if it worked for people.
content-the-fake-news-post-feedback-comments = Not sharing yet was smart. But comments sit under the same post, anyone can write "it worked", and you can't see who they are. Look outside the post.
content-the-fake-news-post-choice-search = Check out the doctor and the claim in a new tab first.
content-the-fake-news-post-feedback-search = That's lateral reading, what fact-checkers do: leave the post and see what other sources say about the doctor and the claim. A 6-day-old account can't fake that.
content-the-fake-news-post-choice-share = A real doctor said it, so it's safe. Sharing.
content-the-fake-news-post-feedback-share = A chance to learn: the post only claims a doctor said it. It comes from a 6-day-old account with a shop link. Wanting to help is kind: check first, then decide.

content-the-fake-news-post-c-comments = The top comments say "it worked for me!!" and "cured my cousin!" You can't tell who wrote them, and you still don't know if any of it is true.
content-the-fake-news-post-c-search = Found it! { $doctor }'s real page says: "I never said this. Drinking only tonic for 3 days is dangerous." A health service page says there's no such cure.
content-the-fake-news-post-pic-search = { $doctor } Glow Tonic
content-the-fake-news-post-pic-doctor = { $doctor }
content-the-fake-news-post-pic-quote = I never said this.
content-the-fake-news-post-pic-quote-more = Drinking only tonic for 3 days is dangerous.
content-the-fake-news-post-pic-service = Health service
content-the-fake-news-post-pic-service-says = There is no such cure.

content-the-fake-news-post-sort = Now you know the trick, let's look at the rest of your feed before you go back to the class group. Where does each post go?
content-the-fake-news-post-post-weather-from = City Weather Service
content-the-fake-news-post-post-weather = Heatwave warning for Sunday and Monday: up to 38°C. Drink water often, stay in the shade at midday, and check on older neighbours.
content-the-fake-news-post-post-weather-why = Good to share: it's the weather service's own account, the news says the same, and the advice is simple and sells nothing. It could help someone's gran.
content-the-fake-news-post-post-rumour-from = kiki.on.the.bus
content-the-fake-news-post-post-rumour = Apparently the summer holidays are being cut by two weeks next year. My mate's mum works at a school and heard it in the staff room.
content-the-fake-news-post-post-rumour-why = One to check first: "someone heard it" isn't a source. If it's true, the school or the education office will say so on their own pages.
content-the-fake-news-post-post-tonic-from = Glow Deals Today
content-the-fake-news-post-post-tonic = Glow Tonic changed my life! Look, even { $doctor } has a bottle in this photo. Use my code GLOW50 for half price, today only.
content-the-fake-news-post-post-tonic-why = You've already checked this one: { $doctor }'s real page says it's false. A discount code and "today only" make it an advert, not news.
content-the-fake-news-post-post-friend-from = { $friend }
content-the-fake-news-post-post-friend = Shout-out to my little cousin, who passed her swimming test today after a whole year of trying. So proud of you, superstar!
content-the-fake-news-post-post-friend-why = Share it: it's kind, it's true, and it was posted for everyone to cheer. Checking carefully doesn't mean doubting everything.
content-the-fake-news-post-post-poll-from = 9B Official Page
content-the-fake-news-post-post-poll = Poll: who's the most annoying person in 9B? Jess is miles ahead so far. Vote and share, results on Friday!
content-the-fake-news-post-post-poll-why = Not this one: an official-sounding name changes nothing. The poll is there to make Jess feel small, and every share adds to the pile-on. Reporting it is a quiet way to stand up for her.
content-the-fake-news-post-post-library-from = Greenvale Library
content-the-fake-news-post-post-library = Our new teen room opens next Saturday: a gaming corner, quiet study space and a 3D printer you can try. Sign up with Ms Reed at the front desk or on our website!
content-the-fake-news-post-post-library-why = Fine to share: it's the library's own account, you can check it on their website or at the desk, and it's good news for anyone your age.

content-the-fake-news-post-c-share = Your share gets 30 likes. Then your younger cousin messages you: "Should I stop eating and only drink the tonic? You shared it, so it must be true."

content-the-fake-news-post-still-unsure = did you share it yet?? my aunt is ordering the kit tonight!
content-the-fake-news-post-choice-unsure-share = So many say it worked. I trust it. Sharing!
content-the-fake-news-post-feedback-unsure-share = A chance to learn: comments and shares can be faked, and lots of them don't make a claim true. The doctor's own page or a health service can tell you more.
content-the-fake-news-post-choice-unsure-search = Hold on, I'm checking { $doctor } first.
content-the-fake-news-post-feedback-unsure-search = Yes. Comments can't prove a health claim, but the doctor's own page or a health service can. Stepping outside the post is how you really check.

content-the-fake-news-post-kind-choice = Back in the class group, people are roasting { $friend }: "lol you'd believe anything", "imagine falling for that". { $friend } has gone quiet.
content-the-fake-news-post-pic-group = Class group
content-the-fake-news-post-pic-joke1 = lol you'd believe anything
content-the-fake-news-post-pic-joke2 = imagine falling for that
content-the-fake-news-post-choice-post-page = Post the real page in the group so everyone knows.
content-the-fake-news-post-feedback-post-page = Stopping a fake from spreading matters. But posting it while { $friend } is being roasted adds to the pile-on. A private message first is kinder, and works better.
content-the-fake-news-post-choice-laugh = Send a crying-laughing emoji like the rest.
content-the-fake-news-post-feedback-laugh = A chance to learn: a pile-on turns a mistake into humiliation, and people who feel laughed at rarely change their minds. Kindness works better.
content-the-fake-news-post-choice-dm-page = DM { $friend } the doctor's real page, with no jokes at all.
content-the-fake-news-post-feedback-dm-page = Kind and smart. A private message with the real source lets { $friend } change their mind without an audience. Anyone can be fooled by a clever fake.

content-the-fake-news-post-c-post-page = People stop sharing the post. But the jokes get worse: "even your friends think you're gullible lol". { $friend } deletes their share and goes quiet.
content-the-fake-news-post-c-laugh = Your emoji gets 20 laughs. { $friend } leaves the class group. Later they text you: "thought you were my friend. my aunt still wants to try it."
content-the-fake-news-post-c-dm-page = omg. thank you for not laughing at me. I've deleted my share.
content-the-fake-news-post-c-dm-page-quiz = and you were right about that quiz app too. I'll check with you before I share stuff, promise.

content-the-fake-news-post-aunt = my aunt already ordered the kit. she starts tomorrow and won't listen to me...
content-the-fake-news-post-choice-aunt-report = Report the post, and send her the doctor's page.
content-the-fake-news-post-feedback-aunt-report = Brilliant. Reporting false health claims helps { $app } take them down, and the doctor's own words may reach your friend's aunt where worry can't.
content-the-fake-news-post-choice-aunt-choice = Your share's gone. What she drinks is her choice.
content-the-fake-news-post-feedback-aunt-choice = Deleting the share was good. But the post is still out there selling the kit, and the aunt hasn't seen the real facts. Reporting it and sending her the real page could protect her.
content-the-fake-news-post-choice-aunt-try = Tell her to try it. Three days can't hurt.
content-the-fake-news-post-feedback-aunt-try = A chance to learn: living on one drink for 3 days can make someone ill, and a fake cure can replace real care. When health is involved, go by a doctor or a health service.

content-the-fake-news-post-c-aunt-report = sent it to her! she's going to ask her own doctor first. and I reported the post too
content-the-fake-news-post-c-aunt-choice = The next day, { $friend } messages you: "my aunt started the tonic. she feels dizzy and weak."
content-the-fake-news-post-c-aunt-try = The aunt starts the tonic and skips her meals. The fake post keeps spreading to more families.

content-the-fake-news-post-aunt-dizzy = she says it's just the detox working. should I be worried??
content-the-fake-news-post-choice-dizzy-detox = Detox makes you tired, right? Give it a day.
content-the-fake-news-post-feedback-dizzy-detox = A chance to learn: "detox" is a word fake cures use to explain away real warning signs. Dizzy and weak means get a doctor now. A trusted adult can help.
content-the-fake-news-post-choice-dizzy-water = Tell her to push through. No need to worry { $adult }.
content-the-fake-news-post-feedback-dizzy-water = A chance to learn: "push through" is what the fake post wants. Dizziness is the body's warning sign. This is just when to worry { $adult }: get an adult and a doctor.
content-the-fake-news-post-choice-dizzy-adult = Yes! Let's get { $adult } to phone her right now.
content-the-fake-news-post-feedback-dizzy-adult = Right call. When someone's health is at risk, an adult can act fast: call the aunt, a doctor or a health line. Reporting the post together stops it reaching others.

content-the-fake-news-post-c-dizzy-detox = You wait. The aunt ends up at the doctor's, weak and dizzy, and the post is still spreading.
content-the-fake-news-post-c-dizzy-water = She keeps going. By evening she needs a doctor, and the fake post is still being shared.
content-the-fake-news-post-c-dizzy-adult = You did the right thing telling me. I'll call her now and get her to a doctor. Then let's report that post to { $app } together.

content-the-fake-news-post-fix-choice = Oh no. People trust what you share, so a fake from you feels true to them. It's not too late to fix it. What will you do?
content-the-fake-news-post-choice-fix-leave = Leave it up. People can check for themselves, right?
content-the-fake-news-post-feedback-fix-leave = A chance to learn: your cousin trusted it because you shared it, and most people don't check. False health posts can really hurt. It's OK to change your mind.
content-the-fake-news-post-choice-fix-tell = Text my cousin "it's fake, don't!" and show { $adult }.
content-the-fake-news-post-feedback-fix-tell = That's how you fix it. Your cousin hears the truth from you, and a trusted adult can make sure they're safe and help report the post. Everyone gets fooled sometimes.
content-the-fake-news-post-choice-fix-delete = Delete my share quietly. No need to tell { $adult }.
content-the-fake-news-post-feedback-fix-delete = Deleting stops it spreading from you. But your cousin and others already saw it and may still believe it. A quick correction and telling { $adult } would keep them safe.

content-the-fake-news-post-c-fix-leave = Your share keeps getting likes. Your cousin skips dinner for the tonic, and three more friends share it from your page.
content-the-fake-news-post-c-fix-delete = Your share disappears. But the next morning, your cousin messages: "I skipped breakfast. Starting the tonic today!"

content-the-fake-news-post-fix-again = Your cousin still believes it, because it came from you. What now?
content-the-fake-news-post-choice-again-wait = It's one breakfast. I'll tell { $adult } about it tomorrow.
content-the-fake-news-post-feedback-again-wait = A chance to learn: one skipped meal can turn into three days. Your cousin trusts you, so your words can stop this now, and { $adult } can help today, not tomorrow.
content-the-fake-news-post-choice-again-tell = Call my cousin now, and ask { $adult } to step in.
content-the-fake-news-post-feedback-again-tell = You put it right. Your cousin hears it's fake, and an adult can make sure they're safe and help report the post. Owning a mistake is brave.

content-the-fake-news-post-c-again-wait = By lunchtime your cousin feels shaky, and has shared the post with their own friends.

content-the-fake-news-post-repair = { $friend } is hurt, and the fake is still out there. What will you do?
content-the-fake-news-post-choice-repair-report = Say sorry, send the real page, and report the post.
content-the-fake-news-post-feedback-repair-report = You put it right. A real apology and the real source can mend a friendship, and reporting the post stops the fake reaching more people.
content-the-fake-news-post-choice-repair-joke = Chill, it was a joke. Trust me, everyone laughed.
content-the-fake-news-post-feedback-repair-joke = A chance to learn: a joke is only a joke when everyone's laughing, including the person it's about. It's never too late to say sorry.

content-the-fake-news-post-c-repair-report = ok. thanks for saying sorry, that means a lot. I'll show my aunt the real page. I reported it too.
content-the-fake-news-post-c-repair-joke = { $friend } doesn't reply. They stay out of the class group, still unsure what's true.

content-the-fake-news-post-adult-helps = Thanks for telling me, that took guts. I've called your cousin, and they're fine. Now let's report the post to { $app } and post a short correction.

content-the-fake-news-post-end-safe = You checked before you trusted, helped { $friend } with the real facts, and made sure the fake cure was reported and the aunt got real medical advice.
content-the-fake-news-post-end-recovered = It went wrong for a moment, but you owned it: you got the truth to the people who trusted you, and got the fake post reported. That takes more courage than never slipping.
content-the-fake-news-post-end-mocked = { $friend } feels humiliated and still half-believes the fake. The fake isn't your fault, and it's never too late: say sorry, send the real page, and ask a trusted adult to help.
content-the-fake-news-post-end-harmful = The fake cure keeps spreading, and people are trying it instead of getting real care. Being fooled is not your fault, and it's never too late: tell a trusted adult, who will help, and report the post.
