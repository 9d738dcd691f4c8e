# Contract / aggressive: The Hacked Account (ages 13-15), a friend's hacked account, a sign-in alert, locking an account

contract-the-hacked-account-title = The Hacked Account
contract-the-hacked-account-summary = Your best friend's account sends a strange link to the whole group. That night, your own account gets a sign-in alert from another country.
contract-the-hacked-account-remember = A link from a friend can come from a hacked account: check with them another way. Lock your account with a passphrase and two-step sign-in, never share a password or code, and get a trusted adult's help.

contract-the-hacked-account-app = Loopin
contract-the-hacked-account-npc-hacked = { $friend }
contract-the-hacked-account-npc-friend = { $friend } (voice call)
contract-the-hacked-account-npc-adult = { $adult }
contract-the-hacked-account-npc-expert = AccountRescue_Pro

# Variety: each play picks one option of every variable in `vary`.
contract-the-hacked-account-bait-video = is this YOU in this video??
contract-the-hacked-account-bait-meme = omg you're a meme now, look!!
contract-the-hacked-account-bait-photo = who posted this photo of you??
contract-the-hacked-account-adult-aunt = Aunt Nadia
contract-the-hacked-account-adult-dad = Dad
contract-the-hacked-account-adult-teacher = Mr Chen

contract-the-hacked-account-intro = Hi, it's Sango! Your Loopin account has everything: chats, photos, two years of memories. Noodle the tortoise is your profile picture, and your bio says "Comets forever". Then the group chat lights up.
contract-the-hacked-account-friend-link = { $bait } loopin.login-help.net/watch
contract-the-hacked-account-pic-link-title = Sign in to watch
contract-the-hacked-account-pic-link-site = loopin.login-help.net

contract-the-hacked-account-link-choice = The link is from { $friend }'s account, sent to the whole group at once. What do you do?
contract-the-hacked-account-choice-link-check = Message { $friend } on a different app first.
contract-the-hacked-account-feedback-link-check = Smart! A friend's name on a message doesn't prove it's them. Asking another way, a call or another app, is the quickest check there is.
contract-the-hacked-account-choice-link-ask = Ask in the chat: "Is this really you?"
contract-the-hacked-account-feedback-link-ask = Good instinct to ask! But if the account is hacked, the hacker is the one who answers. Check with your friend another way: a call, or another app.
contract-the-hacked-account-choice-link-open = Open it. I trust { $friend }, so it must be fine.
contract-the-hacked-account-feedback-link-open = A chance to learn: hacked accounts send links to everyone their owner knows, because friends trust them. A video that needs you to sign in is a trap. This can still be fixed.

contract-the-hacked-account-friend-phone = That's NOT me! I can't log in, someone changed my password. They're messaging everyone!! I'm so sorry.
contract-the-hacked-account-hacker-replies = yes it's me lol, just open it, you'll die laughing. hurry before it's deleted
contract-the-hacked-account-fake-page = The page looks just like Loopin and asks you to sign in to watch. You type your password. The video never loads.
contract-the-hacked-account-pic-fake-address = loopin.login-help.net
contract-the-hacked-account-pic-fake-title = Sign in to Loopin
contract-the-hacked-account-pic-fake-button = Sign in

contract-the-hacked-account-link-again = "Hurry before it's deleted." Does that sound like { $friend }? What now?
contract-the-hacked-account-choice-again-check = I'll call { $friend } right now. The real one.
contract-the-hacked-account-feedback-again-check = Well done! "Hurry" is a classic trick to stop you thinking. A quick call to the real { $friend } settles it.
contract-the-hacked-account-choice-again-open = OK, it sounds like them. Opening it.
contract-the-hacked-account-feedback-again-open = A chance to learn: whoever has the account can say "it's me". Rushing you is a warning sign. This can still be fixed.

contract-the-hacked-account-help-choice = { $friend }'s account is hacked and still sending the link to everyone. How do you help?
contract-the-hacked-account-choice-help-report = Report it as hacked, and warn the group.
contract-the-hacked-account-feedback-help-report = Great teamwork! Reporting tells Loopin to stop the account, and a warning in your own words stops the clicks, with no link in it.
contract-the-hacked-account-choice-help-forward = Forward the link to all: "NOT SAFE, DON'T CLICK!"
contract-the-hacked-account-feedback-help-forward = Warning people is kind! But forwarding puts the link in front of even more people, and someone always clicks. Warn in your own words, with no link, and report the account.
contract-the-hacked-account-reported = You report the account as hacked and post in the group: "{ $friend } was hacked. Don't open that link." Three people reply: "thanks, almost clicked".
contract-the-hacked-account-forwarded = Your warning goes out with the link in it. Two people say thanks. One replies: "oops, I tapped it before I read the caps."

contract-the-hacked-account-alert = That night, at 03:12, your phone lights up. It's Loopin.
contract-the-hacked-account-pic-alert-title = Sign-in attempt
contract-the-hacked-account-pic-alert-where = Another country, 03:12
contract-the-hacked-account-pic-alert-device = Unknown laptop
contract-the-hacked-account-pic-alert-no = No, it wasn't me
contract-the-hacked-account-pic-alert-yes = Yes, it was me

contract-the-hacked-account-alert-choice = Someone far away tried to sign in as you. Your password is the one you've used on three apps since you were 11. What do you do?
contract-the-hacked-account-choice-alert-lock = Tap "No, it wasn't me", then change my password.
contract-the-hacked-account-feedback-alert-lock = Exactly right! "Not me" blocks that sign-in. An old password used on several apps is how hackers get in, so it's time for a new lock, here and on the other two apps.
contract-the-hacked-account-choice-alert-ignore = Close it. It says "attempt", so I'm safe, right?
contract-the-hacked-account-feedback-alert-ignore = Not tapping "yes" was right! But an attempt means someone has your password, or is close. They'll try again. Change it now.
contract-the-hacked-account-choice-alert-yes = Tap "Yes, it was me", just so it stops buzzing.
contract-the-hacked-account-feedback-alert-yes = A chance to learn: "Yes, it was me" told Loopin to let that laptop in. Half asleep, it's easy to tap without reading. "No, it wasn't me" would have blocked it. This can still be fixed.
contract-the-hacked-account-not-me = Loopin blocks the sign-in and asks you to make a new lock for your account.
contract-the-hacked-account-second-alert = Next morning: "Your password was changed. New sign-in: another country." It wasn't you.
contract-the-hacked-account-tapped-yes = The buzzing stops. Far away, the unknown laptop is now signed in as you.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-hacked-account-lock = Three or four random words make a strong passphrase. Build one you'll remember, then choose how Loopin checks that it's really you.
contract-the-hacked-account-piece-kettle = kettle
contract-the-hacked-account-why-piece-kettle = An everyday word with nothing to do with you: nobody can guess it from your profile. Easy to picture, too.
contract-the-hacked-account-piece-pet = noodle
contract-the-hacked-account-why-piece-pet = It looks like a random word, but Noodle is your tortoise, right there in your profile picture. Anyone could guess it. Keep pets, names and birthdays out.
contract-the-hacked-account-piece-cactus = cactus
contract-the-hacked-account-why-piece-cactus = Nice. A few random words make a long passphrase that's hard to crack and easy to remember: a cactus in a kettle!
contract-the-hacked-account-piece-common = password1
contract-the-hacked-account-why-piece-common = password1 is one of the first things any hacking tool tries, even stuck onto other words. It adds nothing. Let the random words do the work.
contract-the-hacked-account-piece-violin = violin
contract-the-hacked-account-why-piece-violin = Another random word. Each one makes the passphrase longer and harder to crack, and a funny picture helps you remember it.
contract-the-hacked-account-piece-jumble = t8&Wm#2v
contract-the-hacked-account-why-piece-jumble = Strong, but will you remember t8&Wm#2v next week? Jumbles end up on sticky notes, or reused everywhere. Random words are strong AND easy to remember.
contract-the-hacked-account-piece-tornado = tornado
contract-the-hacked-account-why-piece-tornado = Good one. Random words are strong because they're not about you. A tornado full of violins is hard to forget.
contract-the-hacked-account-piece-team = comets
contract-the-hacked-account-why-piece-team = It sounds random, but "Comets forever" is in your bio. What people know you love is the first thing they try, so leave it out.
contract-the-hacked-account-set-two-step = Two-step sign-in: a code as well as the passphrase
contract-the-hacked-account-val-two-step-off = Off
contract-the-hacked-account-why-two-step-off = With it off, your passphrase is the only lock, and that's how your old password got used. Two-step asks for a code from your phone too.
contract-the-hacked-account-val-two-step-phone = Code to my phone
contract-the-hacked-account-why-two-step-phone = Great: even with your passphrase, a hacker would need your phone too. Never tell anyone the code, even someone who says they're "support" or a friend.
contract-the-hacked-account-set-devices = Devices signed in to my account
contract-the-hacked-account-val-devices-keep = Keep them all signed in
contract-the-hacked-account-why-devices-keep = One of them could be the unknown laptop. Signing out every other device throws out anyone who got in.
contract-the-hacked-account-val-devices-out = Sign out all other devices
contract-the-hacked-account-why-devices-out = Yes! Anyone who got in with the old password is thrown out. You just sign in again on your own phone.
contract-the-hacked-account-set-recovery = Recovery email, to get back in if you're locked out
contract-the-hacked-account-val-recovery-friend = { $friend }'s email
contract-the-hacked-account-why-recovery-friend = Kindly meant, but whoever has the recovery email can reset your passphrase, and { $friend }'s account was just hacked. Use your own.
contract-the-hacked-account-val-recovery-own = My own email
contract-the-hacked-account-why-recovery-own = Yes: an email only you use, with its own strong passphrase. If you're ever locked out, you can get back in.
contract-the-hacked-account-val-recovery-none = None
contract-the-hacked-account-why-recovery-none = Nobody else can use it, true. But if you're ever locked out or hacked, there's no way back in. Your own email is better.
contract-the-hacked-account-sign-in = At the weekend you sign in at the library, on a shared computer. You search "Loopin" and three links come up. Which one do you sign in on?
contract-the-hacked-account-page-ending = loopin.co/signin
contract-the-hacked-account-why-page-ending = Close, but it ends in .co, not .com: a different site that copies Loopin's page to grab passphrases. Check the ending before the first /.
contract-the-hacked-account-page-real = account.loopin.com/signin
contract-the-hacked-account-why-page-real = Well spotted: just before the first / it ends in loopin.com, Loopin's own address. On a shared computer, sign out after, and never let it save your passphrase.
contract-the-hacked-account-page-buried = loopin.login-help.net/signin
contract-the-hacked-account-why-page-buried = It starts with loopin, but it really ends in login-help.net: the same site as the fake video link. The last part before the first / shows who owns the page.
contract-the-hacked-account-locked = got my account back!! my family helped me through Loopin's recovery page, two-step is on now. thanks for checking with me first

# After a slip: the account is taken.
contract-the-hacked-account-hijacked = Your password doesn't work any more. Your account is sending the same link to everyone you know. Then a message request pops up.
contract-the-hacked-account-expert-dm = Hacked? I get accounts back in 1 hour, 100% guaranteed. Just 20 in gift cards, plus your email and its password so I can reset it.
contract-the-hacked-account-recover-choice = Your account is in someone else's hands, and it's not your fault. What now?
contract-the-hacked-account-choice-recover-tell = Tell { $adult } and use the app's hacked page.
contract-the-hacked-account-feedback-recover-tell = That's the way back! A trusted adult can help you through Loopin's real recovery page and report the account. Getting hacked happens to lots of people, and you're not in trouble.
contract-the-hacked-account-choice-recover-new = Start a brand-new account. Nobody has to know.
contract-the-hacked-account-feedback-recover-new = A fresh start makes sense! But the old account is still in a stranger's hands, messaging everyone you know. It needs to be recovered and reported, with a trusted adult.
contract-the-hacked-account-choice-recover-pay = Pay the expert. Safe help within the hour, for 20!
contract-the-hacked-account-feedback-recover-pay = A chance to learn: "recovery experts" who message you are scammers. Gift cards can't be traced, and your email password would hand them everything. It's never too late to tell a trusted adult.
contract-the-hacked-account-old-still = Your new account has 3 followers. Your old one still has 300, and it's posting the link again, with your face on it.
contract-the-hacked-account-paid = Payment received! Now send me your email and its password. Oh, and the "fast track" is another 20.

contract-the-hacked-account-last-choice = The old account is still sending the link in your name. What do you do?
contract-the-hacked-account-choice-last-tell = Tell { $adult } everything, and show the old account.
contract-the-hacked-account-feedback-last-tell = Brave and smart. It's never too late: a trusted adult can recover the account with you, report it and warn your contacts. You did nothing wrong.
contract-the-hacked-account-choice-last-quiet = Leave it. I'll tell { $adult } if it gets worse.
contract-the-hacked-account-feedback-last-quiet = A chance to learn: it's already bad. The account is tricking your friends right now, and waiting lets it spread. Getting hacked happens to lots of people. It's never too late to tell.
contract-the-hacked-account-spreading = Over the week, the link reaches your cousins, your team and your class. Two friends lose their accounts to it.

contract-the-hacked-account-adult-helps = Thank you for telling me. You're not in trouble, it happens to lots of people. Let's use Loopin's real recovery page, report the account, warn your contacts, then lock it properly.
contract-the-hacked-account-locked-late = Your account is back. You post: "I was hacked. Don't open links from me from this week." The strange messages stop.

contract-the-hacked-account-end-safe = You checked before you clicked, helped warn the group about { $friend }'s hacked account, and locked your own: a new passphrase, two-step sign-in, and nobody else signed in. Well played!
contract-the-hacked-account-end-recovered = Your account was taken, but you got help. It's back, locked with a passphrase and two-step sign-in, your contacts are warned, and you did nothing wrong.
contract-the-hacked-account-end-harmful = Your account is still in a stranger's hands, tricking your friends. It's not your fault: hackers are good at this. It's never too late to tell { $adult } or another trusted adult. They can help you get it back.

# My phone: what stays on the phone after this level.
contract-the-hacked-account-trace-locked = Loopin: a new passphrase, two-step sign-in on, other devices signed out.
contract-the-hacked-account-trace-locked-advice = Locked well. Use a different passphrase for each app, and never share a code, even with a friend.
contract-the-hacked-account-trace-taken = Your old Loopin account, still in a stranger's hands and messaging your contacts.
contract-the-hacked-account-trace-taken-advice = A trusted adult can help you use Loopin's real recovery page, report the account and warn your contacts. It's never too late.

# The old password opens other apps too.
contract-the-hacked-account-last-step = One more thing: your old password also opens two other apps you use.
contract-the-hacked-account-choice-other-apps = Change that password on the other two apps as well, right now.
contract-the-hacked-account-choice-leave-apps = Leave the other apps. Loopin is the one that matters.
contract-the-hacked-account-feedback-other-apps = Exactly. Hackers try a stolen password everywhere. A new passphrase on each app keeps them all locked.
contract-the-hacked-account-feedback-leave-apps = Learning moment: a stolen password gets tried on every app. Each account needs its own passphrase.
contract-the-hacked-account-apps-taken = A week later, the old password opens your game account too. You show { $adult }, and together you change it and switch on two-step sign-in. It's back.
