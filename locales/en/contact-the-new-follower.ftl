# Contact / sexual, pitched for ages 13-15: sextortion warning signs and getting help only (The New Follower)

contact-the-new-follower-title = The New Follower
contact-the-new-follower-summary = A new follower your age loves everything you post, then wants to chat somewhere more private.
contact-the-new-follower-remember = Flattery, moving to a private app and asking for photos are warning signs. If anyone threatens you, it's never your fault: don't pay, keep the evidence, and tell a trusted adult.

contact-the-new-follower-app = { $app }
contact-the-new-follower-npc-follower = { $follower }
contact-the-new-follower-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contact-the-new-follower-app-picstream = Picstream
contact-the-new-follower-app-loopr = Loopr
contact-the-new-follower-app-glimmr = Glimmr
contact-the-new-follower-private-vanish = Vanish
contact-the-new-follower-private-ghostchat = GhostChat
contact-the-new-follower-private-blink = Blinkr
contact-the-new-follower-name-jay = jay.beats_14
contact-the-new-follower-name-riley = riley_xo14
contact-the-new-follower-name-sky = sky.lights14
contact-the-new-follower-school-westbrook = Westbrook High
contact-the-new-follower-school-hillcrest = Hillcrest Academy
contact-the-new-follower-school-parkview = Parkview School
contact-the-new-follower-adult-mum = Mum
contact-the-new-follower-adult-dad = Dad
contact-the-new-follower-adult-aunt = Aunt Lina

contact-the-new-follower-intro = You've got a new follower on { $app }: { $follower }. The profile says 14, likes the same music as you, and has lots of great photos. They like five of your posts in a row.

contact-the-new-follower-first-dm = heyy saw your dance video, you're honestly so talented. I'm 14 too and I just moved near you! what school do you go to?
contact-the-new-follower-choice-no-school = Thanks! I don't share my school online though.
contact-the-new-follower-feedback-no-school = Nice. Compliments feel good, but you don't actually know who this is. A new follower who asks where you go to school straight away is fishing for information.
contact-the-new-follower-choice-thanks-only = Say thanks and skip the school question
contact-the-new-follower-feedback-thanks-only = Good, your school stayed private. Also notice: lots of flattery plus "I live near you" from someone you've never met is a pattern worth watching.
contact-the-new-follower-choice-tell-school = omg thanks!! I go to { $school }
contact-the-new-follower-feedback-tell-school = A chance to learn: your school tells someone where to find you every weekday. Anyone can write "I'm 14" on a profile. Keep it private until you know who's real.

contact-the-new-follower-knows-school = no way, { $school }?? that's so close to me! we should meet up sometime. you're way more mature than people our age tbh

contact-the-new-follower-move-app = this app is so public lol. add me on { $private }? the messages disappear so it's more private, just us
contact-the-new-follower-choice-refuse-app = No thanks. I don't move chats with people I haven't met.
contact-the-new-follower-feedback-refuse-app = Spot on. Pushing you onto an app where messages vanish is a classic warning sign: it hides what's said and cuts out anyone who could help.
contact-the-new-follower-choice-maybe-later = Maybe later, I'm busy
contact-the-new-follower-feedback-maybe-later = You didn't move, good. But "maybe later" leaves the door open. It's OK to give a clear no, or to stop replying to someone who pushes.
contact-the-new-follower-choice-add-private = Sure, adding you now
contact-the-new-follower-feedback-add-private = A chance to learn: disappearing messages help the other person more than you. If something goes wrong, there's no record, and nobody else can see.

contact-the-new-follower-pressure-here = ugh fine, you're no fun. at least send me a pic, something just for me. don't be shy, I'd never show anyone
contact-the-new-follower-choice-block-report-tell = Screenshot, block, report, and tell { $adult }
contact-the-new-follower-feedback-block-report-tell = Exactly right. Asking for private photos after flattery and "just us" is a serious warning sign. You have every right to say no, cut contact and get help.
contact-the-new-follower-choice-stop-replying = Ignore it and stop replying
contact-the-new-follower-feedback-stop-replying = Not sending anything was right. But { $follower } may try again, or try someone else. Blocking, reporting and telling a trusted adult stops it properly.
contact-the-new-follower-choice-send-pic = Send a photo so they stop being annoyed
contact-the-new-follower-feedback-send-pic = A chance to learn: once a photo is sent, you lose control of it. Nobody is owed a picture of you, and pressure like this is never your fault.

contact-the-new-follower-ignored = You stop replying. Two days later, { $follower } messages again from a new account: "why are you ignoring me? I thought we had something special."

contact-the-new-follower-private-chat = finally, just us. you're really mature, you know. send me a private photo and I'll send one back. it disappears anyway
contact-the-new-follower-choice-refuse-tell = No. Then screenshot the chat and tell { $adult }
contact-the-new-follower-feedback-refuse-tell = That's strong. You have every right to say no, and a trusted adult can help you block and report. Asking a teen for private photos is a serious warning sign.
contact-the-new-follower-choice-refuse-keep = Say no, but keep chatting
contact-the-new-follower-feedback-refuse-keep = Saying no was right, and you never owe anyone a photo. But someone who asks for private photos isn't safe to keep talking to. It's OK to stop and get help.
contact-the-new-follower-choice-send-private = Send one, it disappears anyway
contact-the-new-follower-feedback-send-private = A chance to learn: "it disappears" isn't true, because anyone can screenshot. Someone who pressures you for private photos is not safe, whatever age they say they are.

contact-the-new-follower-threat = Pay 100 in gift cards by tonight, or I send our chat and your photos to all your followers and your school. Tell anyone and it gets worse.
contact-the-new-follower-not-your-fault = Stop. This is called sextortion. It's a crime, and it is NEVER your fault, whether you sent a photo or they faked one. They count on fear and silence. What will you do?
contact-the-new-follower-choice-dont-pay-tell = Don't pay. Save evidence, block, report, tell { $adult }
contact-the-new-follower-feedback-dont-pay-tell = The bravest, smartest move. Paying or sending more never ends it. Saved messages help the app and, if needed, the police. Helplines can help get images taken down.
contact-the-new-follower-choice-block-alone = Block them and hope it goes away
contact-the-new-follower-feedback-block-alone = Blocking cuts off contact, good. But carrying this alone is heavy, and evidence matters. A trusted adult or a helpline can help you report it and get images removed.
contact-the-new-follower-choice-pay = Pay, so they delete everything
contact-the-new-follower-feedback-pay = A chance to learn: people who threaten like this almost always ask for more after a payment. It's never too late to stop, keep the evidence and tell someone.

contact-the-new-follower-adult-helps = Thank you for showing me, that was exactly right. You did nothing wrong. Let's report the account to { $app } and check your privacy settings together.
contact-the-new-follower-adult-helps-late = I'm so glad you told me. You're not in trouble, and this is not your fault. We'll keep the evidence, report it to the app and call a helpline. If needed, the police can help too.

contact-the-new-follower-end-safe = You spotted the warning signs, said no, and got help. { $follower } is blocked and reported, and your photos stayed yours. That's strong.
contact-the-new-follower-end-mixed = You stayed out of the worst of it, but { $follower } hasn't been reported and could target someone else. A trusted adult or a helpline can help you report it.
contact-the-new-follower-end-recovered = It got scary, but you didn't stay silent. With a trusted adult you kept the evidence, reported it and got support. Telling someone is always the way out.
contact-the-new-follower-end-harmful = They asked for more, as people like this always do. It's never too late and never your fault: keep the messages, stop replying, and tell a trusted adult or a helpline.
