# Contract / aggressive: The Phishing Login (ages 16-18). Hacking and identity theft.

contract-the-phishing-login-title = The Phishing Login
contract-the-phishing-login-summary = An urgent email says your account will be deleted unless you log in right now.
contract-the-phishing-login-remember = Never log in through a link in an urgent message: open the app yourself. Use unique passwords with 2-factor, and never share a code.

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly
contract-the-phishing-login-friend-noah = Noah
contract-the-phishing-login-friend-aisha = Aisha
contract-the-phishing-login-friend-mika = Mika

contract-the-phishing-login-npc-support = { $service } Support

contract-the-phishing-login-intro = Revision night. { $app } pings: an email says your { $service } account, with three years of photos and messages, will be deleted in two hours.

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

contract-the-phishing-login-open-choice = At the bottom there's a big button: "Verify now". What do you do?
contract-the-phishing-login-choice-own-app = Don't tap. Open { $service } myself and check there.
contract-the-phishing-login-feedback-own-app = Perfect. Opening the real app, or typing the address yourself, skips any fake link. If there really were a problem, you'd see it there.
contract-the-phishing-login-choice-peek = Tap it, but don't type anything yet
contract-the-phishing-login-feedback-peek = Holding back your details is wise. But tapping a phishing link can still be risky: some pages try to install malware. Opening the real app yourself is safer.
contract-the-phishing-login-choice-rush = Tap "Verify now" and log in, quick
contract-the-phishing-login-feedback-rush = A chance to learn: the two-hour deadline did its job. Panic is exactly what phishing needs. It happens to careful people too, and what you do next matters most.
contract-the-phishing-login-real-app = In the real { $service } app: no warning, no deletion notice, everything normal. The email was fake. A minute later, a new message request arrives.

contract-the-phishing-login-login-spot = You're on the page. Before typing anything, tap what gives it away.
contract-the-phishing-login-page-title = Log in to { $service }
contract-the-phishing-login-page-body = Confirm your details to keep your account.
contract-the-phishing-login-part-url = Address bar: secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = Yes! That's not the real { $service } address. Always read the address before typing a password: the real site's name should be there, spelled correctly.
contract-the-phishing-login-part-padlock = A padlock icon next to the address
contract-the-phishing-login-feedback-padlock = Not proof of anything. A padlock means the connection is encrypted, not that the site is honest. Scam sites have padlocks too.
contract-the-phishing-login-part-form = Form asks for your password AND your email password
contract-the-phishing-login-feedback-form = Big clue. No real login asks for the password to a different account. With your email, they could reset every other password you have.
contract-the-phishing-login-part-timer = "Session expires in 04:59"
contract-the-phishing-login-feedback-timer = Right: a countdown is more pressure to stop you thinking. You can always close a page and check calmly.

contract-the-phishing-login-page-choice = You've seen through the page. What now?
contract-the-phishing-login-choice-report-page = Close it, and report the email as phishing
contract-the-phishing-login-feedback-report-page = Spot on. Most mail apps have a "report phishing" button, which helps block the scam for others too. Closing the page before typing anything kept you safe.
contract-the-phishing-login-choice-close-page = Close it and delete the email
contract-the-phishing-login-feedback-close-page = You didn't type anything, so your account is safe. Reporting the email as phishing too helps your mail app block it for everyone else.
contract-the-phishing-login-choice-type = Log in anyway, just in case it's real
contract-the-phishing-login-feedback-type = A chance to learn: "just in case" is what scammers count on. If you're unsure, check in the real app, never through the link.

contract-the-phishing-login-support-dm = Hi, { $service } Support here. We noticed suspicious activity on your account. To secure it, please reply with the 6-digit code we just texted you.
contract-the-phishing-login-choice-never-share = Don't share it. Report, change my password, check 2-factor.
contract-the-phishing-login-feedback-never-share = Exactly. Real support never asks for your codes. A code you didn't ask for means someone is trying to get in, so a new, unique password and 2-factor lock them out.
contract-the-phishing-login-choice-ignore-dm = Ignore the message
contract-the-phishing-login-feedback-ignore-dm = Not sending the code was right. But that code means someone may already have your password. Change it, turn on 2-factor, and report the account.
contract-the-phishing-login-choice-send-code = Send the code so they can help
contract-the-phishing-login-feedback-send-code = A chance to learn: that code is the key to your account. Anyone asking you for it, however official they look, is trying to get in.
contract-the-phishing-login-secured = You report the message, set a new, unique password and turn on 2-factor. Then { $friend } texts: "did you get that { $service } email too? almost clicked it." You send them your tips.

contract-the-phishing-login-hacked = Minutes later you're locked out. Your password has been changed, and your account is messaging your friends: "Quick favour! Send me the code you just got."
contract-the-phishing-login-recover = Hacks happen to careful people too. What matters now is moving fast. What will you do?
contract-the-phishing-login-choice-recover = Use account recovery, change passwords, warn friends, report
contract-the-phishing-login-feedback-recover = That's the fastest way back. Recovery in the real app, new unique passwords, 2-factor and a warning to friends stop the hacker using your name. Tell a trusted adult too.
contract-the-phishing-login-choice-new-account = Start a new account and move on
contract-the-phishing-login-feedback-new-account = A fresh start keeps you going. But the hacker still has your old account, your photos and your name to trick your friends. Recovering and reporting it protects them.
contract-the-phishing-login-choice-wait = Do nothing. It'll probably sort itself out.
contract-the-phishing-login-feedback-wait = A chance to learn: every hour gives the hacker more time to trick your friends or lock you out for good. It's not too late to recover and report.
contract-the-phishing-login-recovered = With account recovery you're back in within the hour. You turn on 2-factor, warn your friends and report the fake messages. { $friend } says your warning saved them.

contract-the-phishing-login-end-safe = You saw through the fake email and the "support" trick. With a new password and 2-factor on, your account is locked tight.
contract-the-phishing-login-end-mixed = You got through, but the scam is still out there and your details may not be safe yet. New unique passwords, 2-factor and a report close the gaps.
contract-the-phishing-login-end-recovered = You got hooked, then moved fast and got your account back. New passwords, 2-factor, friends warned: that's how to recover.
contract-the-phishing-login-end-harmful = The hacker still has your account and is using your name to trick your friends. It's not too late: use account recovery, report it and tell a trusted adult.
