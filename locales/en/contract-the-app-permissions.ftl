# Contract / commercial: The App Permissions (ages 9-12)

contract-the-app-permissions-title = The App Permissions
contract-the-app-permissions-summary = A free drawing app wants your location, your contacts and more, so what should you allow?
contract-the-app-permissions-remember = Only allow what an app really needs, and ask a parent before you sign up or share your info. You decide when to stop, not the app.

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-name-lucia = Lucia
contract-the-app-permissions-name-ravi = Ravi
contract-the-app-permissions-name-jonas = Jonas
contract-the-app-permissions-adult-mum = Mum
contract-the-app-permissions-adult-dad = Dad
contract-the-app-permissions-adult-nana = Nana
contract-the-app-permissions-brush-rainbow = Rainbow Brush
contract-the-app-permissions-brush-galaxy = Galaxy Brush
contract-the-app-permissions-brush-glitter = Glitter Brush

contract-the-app-permissions-npc-adult = { $adult }

contract-the-app-permissions-intro = Hi, it's me, Sango! { $friend } told you about { $app }, a free drawing app with magic brushes. It's on the family tablet now. Let's open it together!

contract-the-app-permissions-perm-spot = Before you can draw, a big box pops up. Tap the parts that ask for too much, or try to rush you.
contract-the-app-permissions-card-title = { $app } would like to:
contract-the-app-permissions-card-body = Get the most drawing fun! Tap Allow All to start.
contract-the-app-permissions-part-location = Know your location all the time, "for better brushes"
contract-the-app-permissions-feedback-location = Good catch! Brushes don't need to know where you are. Check if a reason makes sense before you trust it. "All the time" means even when the app is closed.
contract-the-app-permissions-part-contacts = Read all the contacts on this tablet
contract-the-app-permissions-feedback-contacts = Yes! Contacts are other people's private info: their names and numbers. A drawing app doesn't need them.
contract-the-app-permissions-part-camera = Use the camera, to turn a photo into a drawing
contract-the-app-permissions-feedback-camera = Not a clue by itself. Turning photos into drawings fits a drawing app. You can still pick "only while using the app", or ask a parent.
contract-the-app-permissions-part-signup = Sign up with your email and birthday
contract-the-app-permissions-feedback-signup = Well spotted! Your email and birthday are personal info. Kids should ask a parent before signing up, and lots of apps let you draw without an account.
contract-the-app-permissions-part-button = A giant ALLOW ALL button, and a tiny "choose" link
contract-the-app-permissions-feedback-button = Sharp eyes! Making "yes to everything" big and "choose" tiny is a trick to rush you. You can always choose one by one.

contract-the-app-permissions-perm-choice = So, which button will you tap? Remember, you can change these settings later too.
contract-the-app-permissions-choice-ask-adult = Tap "choose" and ask { $adult } to help me pick
contract-the-app-permissions-feedback-ask-adult = Great idea! A parent can help check what the app really needs. Only say yes to what makes sense, like the camera for turning photos into drawings.
contract-the-app-permissions-choice-deny-all = Say no to everything, and just start drawing
contract-the-app-permissions-feedback-deny-all = Saying no kept your info private! Next time, ask a parent too. They can help you choose, so the app works and your info stays safe.
contract-the-app-permissions-choice-allow-all = Tap ALLOW ALL. I want to draw now!
contract-the-app-permissions-feedback-allow-all = A chance to learn: the big button was made to rush you, and the reasons didn't add up. Now the app knows where you are and who you know. This can be fixed.

contract-the-app-permissions-adult-checks = Good thinking to ask me! Camera only while you use the app: yes. Location and contacts: no. And let's skip the sign-up, you can draw without it.
contract-the-app-permissions-drawing = You draw a dragon with the magic brushes. It looks amazing! Time flies. Soon it's bedtime, and a new pop-up appears.

contract-the-app-permissions-bedtime-nag = "Don't go yet! Draw 3 more pictures tonight to unlock the { $brush }, or get it now for 4.99! Your streak ends at midnight!"
contract-the-app-permissions-choice-stop = Close it and go to bed. I'll draw tomorrow.
contract-the-app-permissions-feedback-stop = You're the boss of your screen! "Your streak ends" is a trick to keep you up. Sleep helps you draw better tomorrow, and the brush can wait.
contract-the-app-permissions-choice-one-more = Just one more picture, then bed
contract-the-app-permissions-feedback-one-more = Not paying was smart! But "one more" often turns into lots more, and that's what the pop-up wants. A good night's sleep matters more than any streak.
contract-the-app-permissions-choice-keep-going = Keep drawing until I unlock the brush
contract-the-app-permissions-feedback-keep-going = A chance to learn: streaks and countdowns are built to keep you playing. Staying up late makes tomorrow harder. You get to decide when to stop.

contract-the-app-permissions-shared = A map pops up: "Artists near you!" Your dot is on it. Then { $friend } asks why { $app } sent them an invite from you. You never sent one!
contract-the-app-permissions-shared-choice = Uh-oh. The app is using your location and contacts. Don't worry, you can change this. What will you do?
contract-the-app-permissions-choice-show-adult = Show { $adult } and turn it all off together
contract-the-app-permissions-feedback-show-adult = The best move! A parent can help switch off location and contacts and check what the app saved. You're not in trouble. Lots of people tap Allow All.
contract-the-app-permissions-choice-fix-alone = Turn off location myself, and keep quiet
contract-the-app-permissions-feedback-fix-alone = Turning off location was a good step! But the app still has your contacts, and maybe more. A parent can help check everything and fix it.
contract-the-app-permissions-choice-leave-on = Leave it all on. It's only a drawing app.
contract-the-app-permissions-feedback-leave-on = A chance to learn: even a drawing app can share where you are and who you know. Your info is yours to guard. It's never too late to ask for help.

contract-the-app-permissions-adult-fixes = Thank you for showing me. You did the right thing. Let's turn off location and contacts, take your dot off that map, and report that map to the app store.

contract-the-app-permissions-end-safe = You chose what to allow, kept your info private, and stopped at bedtime. Now { $app } is fun, and you're the one in charge. Brilliant!
contract-the-app-permissions-end-tired = Your info is safe, nice! But "one more picture" turned into lots more, and you're sleepy at school. You're the boss of when to stop.
contract-the-app-permissions-end-late = You drew until midnight, and the app keeps nagging you with alerts. Now you're too tired to have fun. Ask { $adult } to help turn off alerts and set a bedtime limit.
contract-the-app-permissions-end-mixed = Location is off, good! But the app still has your contacts, and nobody has checked what it saved. A trusted adult can help you fix the rest.
contract-the-app-permissions-end-recovered = You tapped Allow All, but you asked for help and fixed it together. Your dot is off the map! Next time, choose one by one.
contract-the-app-permissions-end-harmful = The app keeps sharing where you are and inviting everyone you know. Your info is yours to guard. It's never too late: show a trusted adult and fix it together.
