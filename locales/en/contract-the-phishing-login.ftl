# Contract / aggressive: The Phishing Login (ages 16-18). Hacking and identity theft.

contract-the-phishing-login-title = The Phishing Login
contract-the-phishing-login-summary = An urgent email says your account will be deleted unless you log in right now.
contract-the-phishing-login-remember = Never log in through a link in an urgent message: open the app yourself. Flag phishing instead of forwarding it, use unique passwords with two-step sign-in, and never share a code.

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly

contract-the-phishing-login-npc-support = { $service } Support
contract-the-phishing-login-npc-friend = { $friend }

contract-the-phishing-login-intro = Revision night: Biscuit the dog asleep on your feet, the Rovers match on mute. You set up your Applyra account for uni applications. Your grades and ID will live there, so it needs a proper lock.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-phishing-login-lock = Three random words, nothing about you: build a passphrase you could remember without writing it down. Then choose how Applyra makes sure it's really you signing in.
contract-the-phishing-login-piece-lantern = lantern
contract-the-phishing-login-why-piece-lantern = An everyday word with no link to you: nobody can guess it from your profile. Three or four like it make a passphrase that's long and hard to crack.
contract-the-phishing-login-piece-pet = biscuit
contract-the-phishing-login-why-piece-pet = It looks like any word, but Biscuit is your dog, and he's in half your photos. Anyone who follows you could guess it. Keep pets, birthdays and names out of passwords.
contract-the-phishing-login-piece-pickles = pickles
contract-the-phishing-login-why-piece-pickles = A random word, and a silly picture: a jar of pickles playing the trumpet. Pictures like that make a passphrase easy to remember.
contract-the-phishing-login-piece-common = 123456
contract-the-phishing-login-why-piece-common = 123456 is the most used password in the world, so cracking tools try it first, even stuck onto words. It adds no strength: let the random words do the work.
contract-the-phishing-login-piece-glacier = glacier
contract-the-phishing-login-why-piece-glacier = Good pick. Length beats tricks: a few random words take far longer to crack than a short jumble of symbols.
contract-the-phishing-login-piece-jumble = x7#Qp!9z
contract-the-phishing-login-why-piece-jumble = Strong, but would you remember x7#Qp!9z on a library computer? Jumbles end up written down or reused. Random words are strong and easy to remember.
contract-the-phishing-login-piece-trumpet = trumpet
contract-the-phishing-login-why-piece-trumpet = Another everyday word nobody would link to you. The strength comes from random words, not from anything about your life.
contract-the-phishing-login-piece-team = rovers
contract-the-phishing-login-why-piece-team = It sounds random, but your team is on your hoodie and in your bio. What people know you love is the first thing they try, so it doesn't belong in a passphrase.
contract-the-phishing-login-set-two-step = Two-step sign-in
contract-the-phishing-login-val-two-step-off = Off
contract-the-phishing-login-why-two-step-off = With two-step off, your passphrase is the only lock. If it ever leaks, anyone can walk in. Two-step asks for a code from your phone as well.
contract-the-phishing-login-val-two-step-text = Text me a code
contract-the-phishing-login-why-two-step-text = Good: a stolen passphrase alone won't get anyone in, because they'd need the code sent to your phone too. Never share that code with anyone.
contract-the-phishing-login-val-two-step-app = Authenticator app
contract-the-phishing-login-why-two-step-app = Great: the app makes a fresh code on your phone, even with no signal, and a scammer can't redirect it to their number. Never share the code with anyone.
contract-the-phishing-login-set-recovery = Recovery email, to get back in if you're locked out
contract-the-phishing-login-val-recovery-friend = My best friend's email
contract-the-phishing-login-why-recovery-friend = Kind of them, but whoever has your recovery email can reset your password. Friendships change, and their account could be hacked too.
contract-the-phishing-login-val-recovery-school = My school email
contract-the-phishing-login-why-recovery-school = Fine for now, but schools close student emails when you leave, just when uni offers arrive. A personal address you'll keep is better.
contract-the-phishing-login-val-recovery-own = My personal email
contract-the-phishing-login-why-recovery-own = Yes: an address only you use, and one you'll keep after school. Lock that email with two-step as well, since it can reset everything.
contract-the-phishing-login-val-recovery-none = None
contract-the-phishing-login-why-recovery-none = Nobody can misuse it, true. But lose your phone or get hacked, and there's no way back in. Your own personal email is a safer way back.
contract-the-phishing-login-set-alerts = Email me when there's a new sign-in
contract-the-phishing-login-val-alerts-off = Off
contract-the-phishing-login-why-alerts-off = Without alerts, someone could sign in as you and you'd never know. An alert gives you the chance to act within minutes.
contract-the-phishing-login-val-alerts-on = On
contract-the-phishing-login-why-alerts-on = Good: if anyone signs in from a new device, you'll know straight away and can change your passphrase before they do any damage.
contract-the-phishing-login-sign-in = Next day, on a shared library computer, you search "Applyra sign in" and three results come up. Which address do you sign in on?
contract-the-phishing-login-page-lookalike = accounts-applyra.org/login
contract-the-phishing-login-why-page-lookalike = Look again: a dash, not a dot. accounts-applyra.org is a whole different name, and anyone can buy one like it. The real one ends in applyra.org just before the first /.
contract-the-phishing-login-page-real = accounts.applyra.org/sign-in
contract-the-phishing-login-why-page-real = Right: just before the first / it ends in applyra.org, and "accounts." is part of it. Typing the address beats trusting a search result. On a shared computer, sign out after and never save your passphrase.
contract-the-phishing-login-page-buried = applyra.org.account-verify.net/sign-in
contract-the-phishing-login-why-page-buried = The real name is there, but this address ends in account-verify.net, and that's who owns the page. The last part before the first / is what counts.

contract-the-phishing-login-email-arrives = Two days later, revising again, { $app } pings: an email says your { $service } account, with three years of photos and messages, will be deleted in two hours.
# The world remembers: the free trial's pre-ticked box passed your name and email to "partners".
contract-the-phishing-login-knows-you = This one knows your full name, and it came to the email you gave your study app. That pre-ticked "partners" box passed both on, and scammers buy lists like that. What now?
contract-the-phishing-login-choice-opt-out = Stop the sharing in the study app and ask it to delete my data.
contract-the-phishing-login-feedback-opt-out = Good thinking. Stopping the sharing keeps you off new lists, and in many places you have a right to ask for your data to be deleted. Fewer copies of your details, fewer scams that know your name.
contract-the-phishing-login-choice-unsubscribe = Unsubscribe from every partner email, then deal with this one.
contract-the-phishing-login-feedback-unsubscribe = Fewer emails is a start. But unsubscribing stops the emails, not the sharing: the partners keep your details and can pass them on. Stop the sharing and ask for deletion too.
contract-the-phishing-login-choice-everywhere = My email's everywhere anyway. One more list won't matter.
contract-the-phishing-login-feedback-everywhere = A chance to learn: every list your details sit on helps a scam sound like it knows you. It's not too late to stop the sharing and ask the app to delete your data.
contract-the-phishing-login-opted-out = In the study app's privacy settings you switch off partner sharing and send a request to delete your data. Now, back to that email.
contract-the-phishing-login-unsubscribed = You unsubscribe from the partner emails one by one. The sharing stays switched on, so your details stay on their lists. Now, back to that email.
contract-the-phishing-login-shrugged = You leave it. Your name and email stay on the partners' lists, wherever those go next. Now, back to that email.

contract-the-phishing-login-email-spot = It looks official. Tap everything that gives this email away.
contract-the-phishing-login-email-title = { $service } Security Team
contract-the-phishing-login-email-body = We detected unusual activity on your account. Verify your identity now, or your account and all its content will be permanently deleted.
contract-the-phishing-login-part-sender = From: no-reply@acc0unt-verify-help.net
contract-the-phishing-login-feedback-sender = Yes. The real company writes from its own address. Look-alike senders, with a zero for an "o" or extra words like "verify-help", are classic phishing.
contract-the-phishing-login-part-urgency = "Your account will be DELETED in 2 hours!!"
contract-the-phishing-login-feedback-urgency = Right. A tight deadline and capitals are there to panic you into clicking before you think. Real services give you time and let you check in the app.
contract-the-phishing-login-part-grammar = "Dear valued costumer, please verify you identity"
contract-the-phishing-login-feedback-grammar = Good eye. Odd spelling can be a sign, and "Dear valued customer" means they don't even know your name. Careful, though: some fakes are perfectly written.
contract-the-phishing-login-part-logo = The { $service } logo at the top
contract-the-phishing-login-feedback-logo = Not a clue either way. Logos are easy to copy, so a logo never proves an email is real. Check the sender and the link instead.
contract-the-phishing-login-part-inbox = Back arrow with a red badge: 3 unread
contract-the-phishing-login-feedback-inbox = Not a clue: that's your own mail app, showing other emails waiting for you. Nothing up there comes from this sender.
contract-the-phishing-login-part-tools = Red flag and bin buttons at the top
contract-the-phishing-login-feedback-tools = Not a clue, but handy! These are your mail app's own buttons, not the sender's. Flagging is exactly how you report an email like this one.
contract-the-phishing-login-part-verify = Big button: "Verify now"
contract-the-phishing-login-feedback-verify = Yes. A button in an email can lead anywhere, like a fake login page. If you're worried about your account, open the app or type the address yourself.
contract-the-phishing-login-pic-service = { $service }
contract-the-phishing-login-pic-urgency = Your account will be DELETED in 2 hours!!
contract-the-phishing-login-pic-grammar = Dear valued costumer, please verify you identity
contract-the-phishing-login-pic-verify-now = Verify now
contract-the-phishing-login-pic-unread = 3

contract-the-phishing-login-open-choice = At the bottom there's a big button: "Verify now". What do you do?
contract-the-phishing-login-choice-own-app = Not tapping that. I'll open { $service } myself and look.
contract-the-phishing-login-feedback-own-app = Perfect. Opening the real app, or typing the address yourself, skips any fake link. If there really were a problem, you'd see it there.
contract-the-phishing-login-choice-peek = I'll tap it just to check. I won't type anything.
contract-the-phishing-login-feedback-peek = Holding back your details is wise. But opening a phishing link still tells the sender you clicked, and some pages try to install malware. Opening the real app yourself is safer.
contract-the-phishing-login-choice-rush = Two hours?! Verify now, I can't lose three years of photos.
contract-the-phishing-login-feedback-rush = A chance to learn: the two-hour deadline did its job. Panic is exactly what phishing needs. It happens to careful people too, and what you do next matters most.

contract-the-phishing-login-real-app = In the real { $service } app: no warning, no deletion notice, everything normal. The email was fake. A minute later, a new message request arrives.
contract-the-phishing-login-opened = The link opens a page that looks just like { $service }. The cursor blinks in the password box.

contract-the-phishing-login-login-spot = You're on the page. Before typing anything, tap what gives it away.
contract-the-phishing-login-page-title = Log in to { $service }
contract-the-phishing-login-page-body = Confirm your details to keep your account.
contract-the-phishing-login-part-url = Address bar: secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = Yes! That's not the real { $service } address. Always read the address before typing a password: the real site's name should be there, spelled correctly.
contract-the-phishing-login-part-padlock = A green padlock icon next to the address
contract-the-phishing-login-feedback-padlock = Not proof of anything. A padlock means the connection is encrypted, not that the site is honest. Scam sites have padlocks too.
contract-the-phishing-login-part-page-title = Heading: "Log in to { $service }", with its logo
contract-the-phishing-login-feedback-page-title = Not proof of anything: a heading and a logo take seconds to copy. The address bar is the part a fake site can't copy exactly.
contract-the-phishing-login-part-form = Form asks for your password AND your email password
contract-the-phishing-login-feedback-form = Big clue. No real login asks for the password to a different account. With your email, they could reset every other password you have.
contract-the-phishing-login-part-timer = "Session expires in 04:59"
contract-the-phishing-login-feedback-timer = Right: a countdown is more pressure to stop you thinking. You can always close a page and check calmly.
contract-the-phishing-login-pic-url = secure-login.acc0unt-check.net
contract-the-phishing-login-pic-timer = Session expires in 04:59
contract-the-phishing-login-pic-username = Username or email
contract-the-phishing-login-pic-password = Password
contract-the-phishing-login-pic-email-password = Your email password
contract-the-phishing-login-pic-log-in = Log in

contract-the-phishing-login-page-choice = The page is still open, and the email is still in your inbox. What now?
contract-the-phishing-login-choice-report-page = Close it, then tap "Report phishing" on the email.
contract-the-phishing-login-feedback-report-page = Spot on. "Report phishing" helps your mail app block the scam for others too, and closing the page before typing anything kept you safe.
contract-the-phishing-login-choice-forward = Forward the email to the group so everyone stays safe.
contract-the-phishing-login-feedback-forward = Warning friends is kind, and you spotted the fake. But forwarding sends the live link too. Flag the email, and warn friends with a screenshot, link cut out.
contract-the-phishing-login-choice-type = Log in anyway. What if it's real and I lose everything?
contract-the-phishing-login-feedback-type = A chance to learn: "what if it's real" is what scammers count on. If you're unsure, check in the real app, never through the link.

contract-the-phishing-login-reported = You close the page without typing a thing and report the email. Your mail app moves it to spam: "Thanks, this helps protect other users."
contract-the-phishing-login-pic-spam = Spam
contract-the-phishing-login-pic-thanks = Thanks, this helps protect other users.
contract-the-phishing-login-forwarded = Your warning lands in the group chat, link and all. A minute later, { $friend } messages you.

contract-the-phishing-login-friend-tapped = wait, I tapped the link in your message to see what it was. it's asking for my password. do I type it??
contract-the-phishing-login-choice-stop-friend = Don't type! Close it. I'll delete my forward and report it.
contract-the-phishing-login-feedback-stop-friend = Quick thinking. Nothing typed means nothing lost. Deleting the forward stops others tapping, and reporting the email helps block it.
contract-the-phishing-login-choice-let-friend-try = Try it. If it's fake it just won't work, so it's safe.
contract-the-phishing-login-feedback-let-friend-try = A chance to learn: a fake page "works" perfectly for the scammer, because it keeps whatever is typed. Nothing typed into a fake page is ever safe.
contract-the-phishing-login-friend-safe = { $friend } closes the page without typing. You delete your forward, report the email as phishing, and post a screenshot instead, with the link cut out.
contract-the-phishing-login-friend-hacked = { $friend } types their password. An hour later their account is messaging the whole group: "Quick favour! Send me the code you just got."

contract-the-phishing-login-support-dm = Hi, { $service } Support here. We noticed suspicious activity on your account. To secure it, please reply with the 6-digit code we just texted you.
contract-the-phishing-login-pic-sms-code = { $service } code: 482913
contract-the-phishing-login-pic-sms-warn = Never share this code with anyone.
contract-the-phishing-login-choice-flag-dm = No reply. Flag it as a scam, new password, two-step on.
contract-the-phishing-login-feedback-flag-dm = Exactly. Real support never asks for your codes. A code you didn't ask for means someone is trying to get in, so a new, unique password and two-step sign-in lock them out.
contract-the-phishing-login-choice-call-out = Reply: "Nice try. I know you're fake. I'm reporting you."
contract-the-phishing-login-feedback-call-out = Not sending the code was right. But replying tells them someone is reading, so they push harder. Don't argue: say nothing, flag it, change your password.
contract-the-phishing-login-choice-send-code = Send the code. It's Support, they're trying to help.
contract-the-phishing-login-feedback-send-code = A chance to learn: that code is the key to your account. Anyone asking you for it, however official they look, is trying to get in.
contract-the-phishing-login-secured = You flag the message, set a new, unique password and turn on two-step sign-in. Then { $friend } texts: "did you get that { $service } email too? almost clicked it." You send them your tips.
contract-the-phishing-login-pushed = We're sorry for the confusion! Without the code, your account locks in 10 minutes. We've just sent you a new one.

contract-the-phishing-login-second-code = A second code, and more pressure. What now?
contract-the-phishing-login-choice-stop-replying = Done talking. I'll flag the chat, then new password, two-step.
contract-the-phishing-login-feedback-stop-replying = Good recovery. Ending the chat takes away their pressure, and flagging it, a new password and two-step sign-in shut the door. You never owe a scammer an answer.
contract-the-phishing-login-choice-give-in = Fine, I'll send it. They said it keeps my account safe.
contract-the-phishing-login-feedback-give-in = A chance to learn: pressure that grows when you say no is a sign of a scam. Real support never needs your code.

contract-the-phishing-login-hacked = Minutes later you're locked out. Your password has been changed, and your account is messaging your friends: "Quick favour! Send me the code you just got."
contract-the-phishing-login-pic-password-changed = Password changed
contract-the-phishing-login-pic-favour = Quick favour!
contract-the-phishing-login-pic-favour-code = Send me the code you just got.
contract-the-phishing-login-recover = Hacks happen to careful people too. What matters now is moving fast. What will you do?
contract-the-phishing-login-choice-recover = Account recovery now, then flag the hack and warn friends.
contract-the-phishing-login-feedback-recover = That's the fastest way back. Recovery in the real app, a new unique password, two-step sign-in, a report and a warning to friends stop the hacker using your name. Tell a trusted adult too.
contract-the-phishing-login-choice-new-account = Start a new account, and tell everyone it's my new one.
contract-the-phishing-login-feedback-new-account = A chance to learn: a new account leaves the old one, your photos and your name with the hacker. Recovering and reporting the old one protects your friends.
contract-the-phishing-login-choice-wait = Do nothing for now. It'll probably sort itself out.
contract-the-phishing-login-feedback-wait = A chance to learn: every hour gives the hacker more time to trick your friends or lock you out for good. It's not too late to recover and report.
contract-the-phishing-login-recovered = With account recovery you're back in within the hour. You set a new password, turn on two-step sign-in, report the hack and warn your friends. { $friend } says your warning saved them.
contract-the-phishing-login-abandoned = Your new account has four followers. Your old one, still hacked, keeps asking your friends for codes, and two of them send one.
contract-the-phishing-login-waited = By evening, three friends have sent "you" their codes, and the hacker has changed your recovery email too.

contract-the-phishing-login-end-safe = You never used the link and never gave away a code. The scam is flagged, your password is new and two-step sign-in is on: your account is locked tight.
contract-the-phishing-login-end-reported = You looked at the fake page but typed nothing, and you reported the email so others get warned. Next time, opening { $service } yourself skips the fake page altogether.
contract-the-phishing-login-end-friend-safe = Your warning had the link in it, and { $friend } tapped it. But nobody typed anything, your forward is gone and the email is reported. Next time, warn with a screenshot.
contract-the-phishing-login-end-friend-hacked = { $friend }'s account is now tricking the group, through a link your warning passed on. It's not your fault or theirs, and it's never too late to tell a trusted adult, who will help them recover it.
contract-the-phishing-login-end-recovered = You got caught out, then moved fast: account recovered, new password, two-step on, the hack reported, friends warned. That's exactly how to recover.
contract-the-phishing-login-end-harmful = The hacker still has your old account and is using your name to trick your friends. It's not your fault, and it's never too late: tell a trusted adult, who will help you recover and report it.

# My phone: the account in a hacker's hands, or locked tight.
contract-the-phishing-login-trace-hacked = Your photo account: someone else has the password and is using your name.
contract-the-phishing-login-trace-hacked-advice = Take it back: account recovery in the real app, a new unique password, two-step sign-in on. Then report the hack, warn your friends, and tell a trusted adult.
contract-the-phishing-login-trace-locked = Your photo account: a new, unique password, with two-step sign-in on.
contract-the-phishing-login-trace-locked-advice = Locked tight. Keep two-step sign-in on, and never share a sign-in code, not even with "Support".
