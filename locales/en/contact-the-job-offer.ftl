# Contact / commercial: The Job Offer (ages 16-18). Fake jobs: upfront fees, ID documents and money muling.

contact-the-job-offer-title = The Job Offer
contact-the-job-offer-summary = A stranger offers you an easy online job, if you first send a fee, your ID and your bank details.
contact-the-job-offer-remember = Real jobs never charge you to start, ask for your ID in a chat or move money through your account. Save the evidence, report it, and get a trusted adult involved.

contact-the-job-offer-app = { $app }
contact-the-job-offer-app-pingpost = Pingpost
contact-the-job-offer-app-chatwhirl = Chatwhirl
contact-the-job-offer-app-natterly = Natterly
contact-the-job-offer-agent-jess = Jess | Remote Jobs
contact-the-job-offer-agent-marco = Marco | Quick Pay
contact-the-job-offer-agent-dani = Dani | Side Hustle
contact-the-job-offer-adult-mum = Mum
contact-the-job-offer-adult-dad = Dad
contact-the-job-offer-adult-aunt = Aunt Lina

contact-the-job-offer-npc-agent = { $agent }
contact-the-job-offer-npc-friend = { $friend }
contact-the-job-offer-npc-adult = { $adult }

contact-the-job-offer-intro = Exams are done and you're saving for driving lessons, so you've made a profile on { $app } to find a job. A message request is already waiting, from someone you've never met: { $agent }.

# The world remembers: the account hacked in The Phishing Login, never taken back, is still messaging friends.
contact-the-job-offer-old-account = hey, is this you? your photo account just messaged me: "Quick favour! Send me the code you just got." I haven't sent anything
contact-the-job-offer-old-account-choice = That's the account from the phishing email: someone else still has it. It happens to careful people too, and you can still take it back. What do you do?
contact-the-job-offer-choice-old-recover = Recover it in the real app, turn on two-step, report the hack.
contact-the-job-offer-choice-old-warn-friend = Tell { $friend } to send nothing, and leave the account as it is.
contact-the-job-offer-choice-old-leave = Ignore it. Nothing private on that old account anyway.
contact-the-job-offer-feedback-old-recover = That puts it right. Recovery in the real app and a new password lock them out, two-step keeps them out, and a report warns the app. Warn your friends and tell a trusted adult too.
contact-the-job-offer-feedback-old-warn-friend = Warning { $friend } is kind, and it protects them. But the account still uses your name with everyone else. Take it back in the real app: new password, two-step on, report the hack.
contact-the-job-offer-feedback-old-leave = A chance to learn: an account you don't use still carries your name, and whoever has it can keep tricking your friends. It's not too late: recover it, or ask a trusted adult to help.
contact-the-job-offer-old-account-fixed = Account recovery works: you're back in, with a new password and two-step on. You post "That wasn't me, don't send any codes", and { $friend } sends a thumbs up.
contact-the-job-offer-old-account-warned = { $friend } sends nothing. But the same message has gone to everyone in your contacts, and you can't see who answers.
contact-the-job-offer-old-account-left = An hour later, { $friend } writes again: "two people sent it a code." Someone is still using your name. It's not too late to take the account back.
# The world remembers: a photo sent under pressure (Pressure to Share), no takedown started yet. A gentle check-in.
contact-the-job-offer-photo-check = Before the job hunt, one thing from earlier this term: the photo you were pressured into sending. It was never your fault, and it's not too late to get it taken down. What would you like to do?
contact-the-job-offer-choice-photo-help = Tell { $adult } tonight, and start a takedown together.
contact-the-job-offer-feedback-photo-help = That's taking back control. An adult can help you report it and use takedown tools made for under-18s' photos. You're not in trouble, and none of it was your fault.
contact-the-job-offer-choice-photo-later = Not tonight. I'll tell { $adult } after the summer, promise.
contact-the-job-offer-feedback-photo-later = It's your choice when, and that's OK. But the sooner a takedown starts, the fewer places the photo reaches. { $adult } or a helpline (tap Get help) can start one any time, even tonight.
contact-the-job-offer-photo-help = Thank you for telling me. I'm not angry, and it's not your fault: the pressure was wrong. We'll report it and start the takedown together tonight. I'm on your side.
contact-the-job-offer-photo-later = You leave it for now. The photo is still out there, and so is the help, whenever you're ready.

contact-the-job-offer-setup = Before you open it, set up your new profile. You want a job nearby, so employers should see your work and be able to reach you. But your phone number, address and birthday aren't for strangers or other companies.
contact-the-job-offer-set-portfolio = Who can see my portfolio
contact-the-job-offer-val-portfolio-everyone = Everyone
contact-the-job-offer-val-portfolio-connections = People I've connected with
contact-the-job-offer-val-portfolio-only-me = Only me
contact-the-job-offer-why-portfolio-everyone = Good fit. You want employers to find your work, so everyone can see it. Your work can be public while your contact details, address and birthday stay hidden.
contact-the-job-offer-why-portfolio-connections = Safe, but employers you haven't met yet won't find your work. "Everyone" fits better here: the work is public, your personal details aren't.
contact-the-job-offer-why-portfolio-only-me = Nothing gets out, but no employer will ever see your work either. "Everyone" fits better here: show the work, and keep your personal details off it.
contact-the-job-offer-set-contact = How employers can contact me
contact-the-job-offer-val-contact-phone = Phone and email
contact-the-job-offer-val-contact-messages = In-app messages
contact-the-job-offer-val-contact-none = Not at all
contact-the-job-offer-why-contact-phone = A chance to learn: a public number and email reach anyone, scammers too, and pull chats away from the app. "In-app messages" lets employers reach you without them.
contact-the-job-offer-why-contact-messages = Good fit. Employers can reach you, your number stays yours, and the chat stays in the app, where you can report anyone who turns out to be fake.
contact-the-job-offer-why-contact-none = Nobody can bother you, but no employer can offer you a job either. "In-app messages" fits better: they can reach you, and your number stays yours.
contact-the-job-offer-set-location = Location on my profile
contact-the-job-offer-val-location-exact = Exact location
contact-the-job-offer-val-location-town = Town or city
contact-the-job-offer-val-location-hidden = Hidden
contact-the-job-offer-why-location-exact = A chance to learn: an exact location shows strangers where you live. Employers only need your town or city to know you can get to the job.
contact-the-job-offer-why-location-town = Good fit. Your town or city tells employers you can get to a local job, without showing anyone where you live.
contact-the-job-offer-why-location-hidden = Safe, but employers looking for someone local may pass you by. "Town or city" fits better: it helps them and still hides where you live.
contact-the-job-offer-set-birthday = Who can see my date of birth
contact-the-job-offer-val-birthday-everyone = Everyone
contact-the-job-offer-val-birthday-connections = People I've connected with
contact-the-job-offer-val-birthday-only-me = Only me
contact-the-job-offer-why-birthday-everyone = A chance to learn: your date of birth helps strangers pretend to be you, and shows how young you are. "Only me" fits better: tell a real employer your age when they ask.
contact-the-job-offer-why-birthday-connections = Better than everyone, but anyone you accept would see it, even people you barely know. "Only me" fits better: tell a real employer your age when they ask.
contact-the-job-offer-why-birthday-only-me = Good fit. Your birthday isn't needed to show your work. If a real employer needs your age, you can tell them when you apply.
contact-the-job-offer-set-partners = Share my details with partner companies
contact-the-job-offer-val-partners-yes = Yes
contact-the-job-offer-val-partners-no = No
contact-the-job-offer-why-partners-yes = A chance to learn: this hands your profile to companies you never chose, for ads and more. "No" fits better: your details are for the employers you pick.
contact-the-job-offer-why-partners-no = Good fit. Your details go only to the employers you choose, not to companies you've never heard of.

contact-the-job-offer-offer = Hi! Saw your profile. We're hiring "payment assistants" aged 16+. 300 a week from your phone, 10 minutes a day, no interview needed. Interested?
contact-the-job-offer-pic-hiring = Hiring now: 16+
contact-the-job-offer-pic-job-title = Payment Assistant
contact-the-job-offer-pic-pay = 300 / week
contact-the-job-offer-pic-hours = 10 minutes a day, from your phone
contact-the-job-offer-pic-no-interview = No interview needed
contact-the-job-offer-pic-apply = Apply now
contact-the-job-offer-choice-proof = Sounds too good. Send me proof people got paid, so I can check.
contact-the-job-offer-feedback-proof = Doubting it was a good instinct. But proof sent by the person offering is easy to fake: screenshots and logos take a minute to make. Look the company up yourself, somewhere they don't control.
contact-the-job-offer-choice-lookup = What's the company called? I'll look it up myself first.
contact-the-job-offer-feedback-lookup = Smart. You looked the company up yourself, away from the chat. Real employers have a registered name, a real website and an interview. Big pay, no interview, out of nowhere: a scam opener.
contact-the-job-offer-choice-in = 300 a week for 10 minutes a day? I'm in. What's next?
contact-the-job-offer-feedback-in = A chance to learn: when money sounds too easy, it usually costs you something else. Scammers count on excitement so you don't stop to ask questions.
contact-the-job-offer-c-proof = Of course! Here are payslips from three of our assistants, and your contract with our logo on it. See? All official. Our assistants love it.
contact-the-job-offer-c-lookup = { $agent } says it's "Swiftline Payments". You search for it yourself: no registered company, a website made last week, and a forum post: "money mule scam, don't reply".
contact-the-job-offer-pic-company = Swiftline Payments
contact-the-job-offer-pic-site = Swiftline Payments: easy jobs from home
contact-the-job-offer-pic-site-age = Website made last week
contact-the-job-offer-pic-register = Company register: no results
contact-the-job-offer-pic-forum = "money mule scam, don't reply"
contact-the-job-offer-c-in = Love the energy! You'll out-earn your mates in a month. Just a couple of quick things to get you started.
# The world remembers: the stranger you reported in The Recruiter used the same steps.
contact-the-job-offer-familiar = Seen this before? A stranger finds you, is friendly, offers something easy. { $stranger } did the same in the game server, and you reported them. Watch for the next step: a secret.

contact-the-job-offer-details = Here's the job: money lands in your account, you keep 20% and send the rest on. To start: a 25 sign-up fee, your bank details and a photo of your ID. 3 spots left. Keep this between us, OK?
contact-the-job-offer-pic-get-started = Get started
contact-the-job-offer-pic-spots = 3 spots left!
contact-the-job-offer-pic-fee = Sign-up fee: 25
contact-the-job-offer-pic-bank = Your bank details
contact-the-job-offer-pic-id = A photo of your ID
contact-the-job-offer-choice-send = It's only 25. I'll pay it and send my ID, then I'm in.
contact-the-job-offer-feedback-send = A chance to learn: real jobs never charge you to start or ask for your ID in a chat. With your ID and bank details, a scammer can run stolen money through your name.
contact-the-job-offer-choice-warn = Nice try. I know this is a scam, and I'm reporting you.
contact-the-job-offer-feedback-warn = Spotting the scam and keeping your details was right. But warning a scammer just tells them to delete the evidence and start again with a new name. Save it quietly, then report and block.
contact-the-job-offer-choice-report = Screenshot the whole chat first, then report the account.
contact-the-job-offer-feedback-report = Smart order: evidence first, then the report, so the platform can shut it down. A fee, your ID, your bank details and "keep this between us": four warning signs in one message.
contact-the-job-offer-choice-block = Not interested. I'll block them and delete the chat.
contact-the-job-offer-feedback-block = Blocking kept your details safe. But deleting the chat threw away the evidence, and the account is still messaging others. Screenshot first, then report, then block.
contact-the-job-offer-c-reported = You save screenshots of the whole chat and report the account. The app says it's looking into it. { $agent } goes quiet.
contact-the-job-offer-pic-report-title = Report account
contact-the-job-offer-pic-reason-scam = Scam or fraud
contact-the-job-offer-pic-reason-spam = Spam
contact-the-job-offer-pic-reason-fake = Fake account
contact-the-job-offer-pic-attached = 3 screenshots
contact-the-job-offer-pic-thanks = Thanks. We're looking into it.
contact-the-job-offer-c-warned = { $agent } replies "lol good luck". One by one the messages are unsent, then the account vanishes. Nothing is left to screenshot or report.
contact-the-job-offer-c-blocked = Blocked and deleted. It's gone from your screen. But that night, the same offer is still landing in other people's messages.
contact-the-job-offer-c-sent = You pay and send the photos. Two days later, 2,000 lands in your account from a name you don't know. { $agent }: "Send 1,600 to this account within the hour. Tell anyone and YOU'RE the one in trouble."

contact-the-job-offer-friend = did you get that 300-a-week job message too?? half our year did. someone says they already got paid, so it must be legit? I'm sending my ID tonight
contact-the-job-offer-choice-post = I'll post it in the year chat to help keep everyone safe.
contact-the-job-offer-feedback-post = Wanting to warn everyone is kind. But a post showing the offer spreads it too, account name and all, and some people message "just to ask". Warn without showing it, and get an adult to act.
contact-the-job-offer-choice-show = Wait, don't send it. Let's show { $adult } together, tonight.
contact-the-job-offer-feedback-show = Great move. You stopped { $friend } before they sent anything, and { $adult } can get the school to warn the whole year. A friend can't fix this alone; an adult can act.
contact-the-job-offer-choice-just-block = Don't answer. Just block them, no need to bother { $adult }.
contact-the-job-offer-feedback-just-block = Good advice for { $friend }. But half your year got this, and some will say yes. Blocking protects one person. { $adult } wouldn't mind: an adult can get the school and the platform to warn everyone.
contact-the-job-offer-c-adult = Good call, both of you. That's money muling: fake "jobs" that run stolen money through young people's accounts. It's a serious crime, and it can cost you your bank account. I'll ask the school to warn everyone.
contact-the-job-offer-c-posted = Your post gets 60 reactions. But it shows the whole offer, account name included, and by night several people have messaged the "recruiter", just to ask.
contact-the-job-offer-c-just-blocked = { $friend } blocks them. But the offer keeps going round your year, and nobody who could stop it knows.

contact-the-job-offer-sam = omg. Sam from our class answered it. 2,000 just landed in Sam's account and they're threatening Sam to send it on. Sam says don't tell anyone!!
contact-the-job-offer-choice-respect = Sam said not to tell anyone, not even { $adult }. Fair enough.
contact-the-job-offer-feedback-respect = A chance to learn: "don't tell anyone" is what scammers want Sam to think. Keeping a friend's secret is kind, but not when it leaves them in danger. An adult can help without blame.
contact-the-job-offer-choice-send-back = Tell Sam to just send it all back to the sender. Sorted.
contact-the-job-offer-feedback-send-back = A chance to learn: sending it "back" still moves stolen money, and the sender may be another scam account. Only the bank can reverse it safely. Sam needs an adult and the bank.
contact-the-job-offer-choice-get-adult = Sam can't fix this alone. I'm going to get { $adult } now.
contact-the-job-offer-feedback-get-adult = Brave and right. A secret that keeps someone in danger is one to break. { $adult } can help Sam's family call the bank to freeze the money, and being tricked isn't Sam's fault.
contact-the-job-offer-c-adult-sam = You did the right thing coming to me. Being tricked isn't Sam's fault. Let's call Sam's parents now so they can ring the bank together, and I'll let the school know.
contact-the-job-offer-c-respect = You say nothing. Sam goes quiet too, and the threats keep coming. Nobody who could help knows.
contact-the-job-offer-c-send-back = Sam sends the 2,000 back to the account it came from, another mule's account, so the money keeps moving. The scammers say Sam still owes them. Sam is more scared than before.

contact-the-job-offer-way-back = This is money muling. The money is very likely stolen, and moving it on could be a crime. Being tricked isn't your fault, but scammers use fear to keep you quiet. What now?
contact-the-job-offer-choice-call-bank = Don't touch the money. { $adult } and I call the bank now.
contact-the-job-offer-feedback-call-bank = Brave and right. Coming forward early is your best protection: the bank can freeze the money, and it shows you were the one being used. Threats mean you need help, not silence.
contact-the-job-offer-choice-return = It isn't mine. I'll send it back before { $adult } finds out.
contact-the-job-offer-feedback-return = A chance to learn: sending it "back" still moves stolen money, and the sender may be another scam account. Only your bank can reverse it safely. Call them with { $adult }: you're not in trouble.
contact-the-job-offer-choice-send-on = I'll send it on this once, then block them for good.
contact-the-job-offer-feedback-send-on = A chance to learn: "just this once" is how muling starts, and threats keep it going. Blocking afterwards won't undo it. You're not alone: the bank and a trusted adult can still help.
contact-the-job-offer-c-bank = I'm proud of you for telling me, and you're not in trouble. We called the bank together: they froze the money and reported the account. If they have questions, we'll answer them together.
contact-the-job-offer-c-returned = You send the 2,000 back to the account it came from. It was another mule's account, so the money keeps moving. { $agent }: "Thanks. Same again next week, or we tell the bank it was YOU."
contact-the-job-offer-c-sent-on = You send the 1,600 and block { $agent }. The next day a new account messages you: "We've got your ID. Same again this week, or the bank hears your name."

contact-the-job-offer-end-safe = You kept your ID and bank details to yourself, and got { $friend } to { $adult } before they sent theirs. Now someone who can act is warning the whole year.
contact-the-job-offer-end-safe-late = You kept your own details safe. Your first step didn't stop the scam, but when it caught Sam, you went to { $adult } instead of keeping quiet, and Sam got real help.
contact-the-job-offer-end-mixed = You kept your own details safe. But no adult knows what's happening to Sam, and the scam is still working its way through your year. A trusted adult can still help Sam, without blame.
contact-the-job-offer-end-recovered = It went further than you wanted: you paid, sent your ID, and the money arrived. But you didn't move it, and you got { $adult } and the bank involved. The money is frozen and you're being helped.
contact-the-job-offer-end-harmful = Money has gone through your account, the scammer still has your ID, and the threats keep coming. This isn't your fault, and it's never too late: tell a trusted adult and call your bank. They will help.
