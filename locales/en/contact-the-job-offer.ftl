# Contact / commercial: The Job Offer (ages 16-18). Money muling and account selling.

contact-the-job-offer-title = The Job Offer
contact-the-job-offer-summary = A stranger offers easy money if you let cash pass through your bank account.
contact-the-job-offer-remember = Real jobs never need your bank login or ask you to move money for strangers. Say no, report it, and tell an adult or your bank straight away.

contact-the-job-offer-app = { $app }
contact-the-job-offer-app-pingpost = Pingpost
contact-the-job-offer-app-chatwhirl = Chatwhirl
contact-the-job-offer-app-natterly = Natterly
contact-the-job-offer-agent-jess = Jess | Remote Jobs
contact-the-job-offer-agent-marco = Marco | Quick Pay
contact-the-job-offer-agent-dani = Dani | Side Hustle
contact-the-job-offer-friend-tariq = Tariq
contact-the-job-offer-friend-lena = Lena
contact-the-job-offer-friend-ines = Ines
contact-the-job-offer-adult-mum = Mum
contact-the-job-offer-adult-dad = Dad
contact-the-job-offer-adult-aunt = Aunt Lina

contact-the-job-offer-npc-agent = { $agent }
contact-the-job-offer-npc-friend = { $friend }
contact-the-job-offer-npc-adult = { $adult }

contact-the-job-offer-intro = Exams are done and you're saving for driving lessons. On { $app }, a message request pops up from someone you've never met: { $agent }.

contact-the-job-offer-offer = Hi! Saw your profile. Want to earn 300 a week from your phone? No experience, 10 minutes a day, paid every Friday. Interested?
contact-the-job-offer-choice-company = Which company is this? Send me a website and a contract.
contact-the-job-offer-feedback-company = Smart. Real employers have a name, a website, a contract and an interview. Jobs that find you out of nowhere, promising big money for no work, are a classic scam opener.
contact-the-job-offer-choice-how = Sounds interesting. How does it work?
contact-the-job-offer-feedback-how = Asking questions before saying yes is sensible. But a surprise "easy money" message from a stranger is already a warning sign, so keep your guard up.
contact-the-job-offer-choice-in = I'm in! What do you need from me?
contact-the-job-offer-feedback-in = A chance to learn: if money sounds too easy, it usually costs you something else. Scammers count on excitement so you don't ask questions.

contact-the-job-offer-dodges = We're an international payments firm, no website for privacy reasons. The job: money lands in your account, you keep 20% and send the rest on. 100% legal, promise.
contact-the-job-offer-eager = Love the energy! Simple job: money lands in your account, you keep 20% and send the rest on. You'll make more than your mates in a month.
contact-the-job-offer-friend-says = did { $agent } message you too?? half our year got it. someone said they already made 300, so it must be legit?

contact-the-job-offer-details = So, are you in? Send your bank details and a selfie with your ID today, spots are nearly gone. Or I'll just buy your bank login for 150. Keep this between us, OK?
contact-the-job-offer-choice-report = No. I'm reporting this and telling { $adult }.
contact-the-job-offer-feedback-report = Exactly right. Your bank details and ID are yours to keep private, and nobody gets to rush you. This is money muling; reporting it protects { $friend } and your whole year too.
contact-the-job-offer-choice-block = No thanks. Block and move on.
contact-the-job-offer-feedback-block = Blocking kept your details safe. But { $agent } is messaging half your year, and some will say yes. Reporting it and telling an adult helps stop it for everyone.
contact-the-job-offer-choice-send = Send my bank details and an ID selfie
contact-the-job-offer-feedback-send = A chance to learn: with your bank details and ID, a scammer can move stolen money through your name or open accounts as you. "Keep this between us" is a warning sign.
contact-the-job-offer-adult-helps = Good call. That's money muling: "jobs" that run stolen money through young people's accounts. It's a crime even if you're tricked, so saying no protects you. Let's report it and warn { $friend }.

contact-the-job-offer-money-lands = Two days later, 2,000 lands in your account from a name you don't know. { $agent }: "Send 1,600 to this account within the hour. Tell anyone and YOU'RE the one in trouble."
contact-the-job-offer-way-back = This is money muling. The money is very likely stolen, and moving it can be a crime even if you were tricked. Scammers use fear to keep you quiet. Getting help now protects you most.
contact-the-job-offer-choice-tell-bank = Don't move it. Tell { $adult } and call my bank now.
contact-the-job-offer-feedback-tell-bank = That's the right move, and a brave one. Coming forward early is your best protection: the bank can freeze the money, and it shows you were the one being used.
contact-the-job-offer-choice-block-only = Don't send it, just block { $agent }
contact-the-job-offer-feedback-block-only = Not moving the money was right. But stolen money is still sitting in your account, and your bank will want to know why. Telling an adult and the bank now protects you.
contact-the-job-offer-choice-forward = Send it on like they say
contact-the-job-offer-feedback-forward = A chance to learn: threats are how scammers keep you moving their money. You're not alone, and it's not too late: your bank and a trusted adult can still help.
contact-the-job-offer-bank-helps = I'm proud of you for telling me. We called the bank together: they froze the money and reported the account. They may have some questions, and we'll answer them together.

contact-the-job-offer-end-safe = You spotted the "easy money" trap, kept your details private and reported it. Your name, your bank account and your future stay yours.
contact-the-job-offer-end-mixed = You've stepped away from { $agent }, but the scam is still out there and no adult knows. Reporting it and telling someone protects you and the next person.
contact-the-job-offer-end-recovered = It went further than you wanted, but you spoke up early and got help. That's the best protection there is.
contact-the-job-offer-end-harmful = You're moving money for a scammer now, and the threats keep coming. It's never too late: tell a trusted adult and call your bank. Coming forward protects you.
