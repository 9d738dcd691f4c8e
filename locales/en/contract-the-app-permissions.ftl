# Contract / commercial: The App Permissions (ages 9-12)

contract-the-app-permissions-title = The App Permissions
contract-the-app-permissions-summary = A free drawing app wants your location, your contacts and more, so what should you allow?
contract-the-app-permissions-remember = Only allow what an app really needs, and ask a parent before you sign up or share your info. You decide when to stop, not the app.

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-adult-mum = Mum
contract-the-app-permissions-adult-dad = Dad
contract-the-app-permissions-adult-nana = Nana
contract-the-app-permissions-brush-rainbow = Rainbow Brush
contract-the-app-permissions-brush-galaxy = Galaxy Brush
contract-the-app-permissions-brush-glitter = Glitter Brush

contract-the-app-permissions-npc-adult = { $adult }
contract-the-app-permissions-npc-friend = { $friend }

contract-the-app-permissions-intro = Hi, it's me, Sango! { $friend } told you about { $app }, a free drawing app with magic brushes. Your art club shares drawings on it too. It's on the family tablet now. Let's open it together!

contract-the-app-permissions-setup = Your new { $app } profile is set the way the app likes it. You want your art club to see your drawings and to swap tips with { $friend }. Nobody else needs to find you, and nights are for sleep. Set it up for that!
contract-the-app-permissions-set-drawings = Who can see my drawings
contract-the-app-permissions-val-drawings-everyone = Everyone on the app
contract-the-app-permissions-val-drawings-club = My art club
contract-the-app-permissions-val-drawings-me = Only me
contract-the-app-permissions-why-drawings-everyone = "Everyone" means strangers too, and you only want your club to see your art. "My art club" fits better.
contract-the-app-permissions-why-drawings-club = Just right! Your art club can enjoy your drawings, and strangers can't see them.
contract-the-app-permissions-why-drawings-me = That keeps them private, but your art club can't see them either. "My art club" fits better, so they can enjoy your art.
contract-the-app-permissions-set-messages = Who can send me messages
contract-the-app-permissions-val-messages-anyone = Anyone on the app
contract-the-app-permissions-val-messages-added = Friends I added
contract-the-app-permissions-val-messages-nobody = Nobody
contract-the-app-permissions-why-messages-anyone = With "Anyone", strangers could message you too. "Friends I added" fits better: { $friend } can send you tips, and strangers can't.
contract-the-app-permissions-why-messages-added = Good pick! { $friend } can send you tips, and strangers can't message you. If a message ever feels odd, show { $adult }.
contract-the-app-permissions-why-messages-nobody = That stops strangers, but { $friend } can't send you tips either. "Friends I added" fits better for swapping tips.
contract-the-app-permissions-set-name = The name on my profile
contract-the-app-permissions-val-name-full = My full real name
contract-the-app-permissions-val-name-first = My first name
contract-the-app-permissions-val-name-nick = A nickname
contract-the-app-permissions-why-name-full = Your full name can help strangers find out who you are. A nickname your club knows fits better, and they'll still know it's you.
contract-the-app-permissions-why-name-first = Better than your full name, but it still tells strangers a bit about you. A nickname your club knows fits even better.
contract-the-app-permissions-why-name-nick = Great choice! Your club knows it's you, and strangers only see a nickname.
contract-the-app-permissions-set-school = Who can see my school
contract-the-app-permissions-val-school-everyone = Everyone
contract-the-app-permissions-val-school-club = My art club
contract-the-app-permissions-val-school-nobody = Nobody
contract-the-app-permissions-why-school-everyone = "Everyone" means strangers too, and your school tells them where you are every day. Your club already knows it, so "Nobody" fits better.
contract-the-app-permissions-why-school-club = Not risky, but your club already knows your school, so there's no need to show it to them here. "Nobody" fits better.
contract-the-app-permissions-why-school-nobody = Spot on! Your club already knows your school, and nobody else needs it.
contract-the-app-permissions-set-night = Who can send me alerts at night
contract-the-app-permissions-val-night-on = Anyone
contract-the-app-permissions-val-night-friends = Friends I added
contract-the-app-permissions-val-night-off = Nobody
contract-the-app-permissions-why-night-on = With "Anyone", any alert can wake you up, or pull you back to drawing in bed. "Nobody" fits better: your drawings will wait until morning.
contract-the-app-permissions-why-night-friends = Better than "Anyone", but even alerts from friends can wake you up. "Nobody" fits better: you can swap tips with { $friend } in the morning.
contract-the-app-permissions-why-night-off = Nice! Nights are for sleep, and your drawings and messages will still be there in the morning.

contract-the-app-permissions-perm-spot = Before you can draw, a big box pops up. Tap the parts that ask for too much, or try to rush you.
contract-the-app-permissions-card-title = { $app } would like to:
contract-the-app-permissions-card-body = Get the most drawing fun! Tap Allow All to start.
contract-the-app-permissions-part-app = The app's name and icon: { $app }
contract-the-app-permissions-feedback-app = Not a trick! A box like this always shows which app is asking, so you know who wants what. Now check what it asks for.
contract-the-app-permissions-part-location = Know your location all the time, "for better brushes"
contract-the-app-permissions-feedback-location = Good catch! Brushes don't need to know where you are. Check if a reason makes sense before you trust it. "All the time" means even when the app is closed.
contract-the-app-permissions-part-contacts = Read all the contacts on this tablet
contract-the-app-permissions-feedback-contacts = Yes! Contacts are other people's private info: their names and numbers. A drawing app doesn't need them.
contract-the-app-permissions-part-camera = Use the camera, to turn a photo into a drawing
contract-the-app-permissions-feedback-camera = Not a clue by itself. Turning photos into drawings fits a drawing app. You can still pick "only while using the app", or ask a parent.
contract-the-app-permissions-part-photos = Save your drawings in your photos
contract-the-app-permissions-feedback-photos = Not a clue. Saving your drawings fits a drawing app, so this one makes sense. If you're not sure, you can still ask a parent.
contract-the-app-permissions-part-signup = Sign up with your email and birthday
contract-the-app-permissions-feedback-signup = Well spotted! Your email and birthday are personal info. Kids should ask a parent before signing up, and lots of apps let you draw without an account.
contract-the-app-permissions-part-button = A big ALLOW ALL button, and a small "choose" link
contract-the-app-permissions-feedback-button = Sharp eyes! Making "yes to everything" big and "choose" tiny is a trick to rush you. You can always choose one by one.
contract-the-app-permissions-pic-allow = ALLOW ALL
contract-the-app-permissions-pic-choose = choose

contract-the-app-permissions-perm-choice = So, what will you tap? Remember, you can change these settings later too.
contract-the-app-permissions-choice-choose = Tap "choose": only the camera, and keep my info private
contract-the-app-permissions-feedback-choose = Smart choosing! A drawing app needs the camera for photo drawings, not your location, your contacts or your birthday. That tiny link was your way to say no.
contract-the-app-permissions-choice-ask-friend = Wait, I'll check with { $friend } first. No need to bug { $adult }.
contract-the-app-permissions-feedback-ask-friend = Stopping before you tap was right! But { $friend } can only tell you what they did, not what the app needs. { $adult } is never too busy for this, and can help you choose.
contract-the-app-permissions-choice-allow-all = Allow All! { $friend } says it's fine, so let's draw!
contract-the-app-permissions-feedback-allow-all = A chance to learn: "a friend says so" isn't a check. The big button was made to rush you, and the reasons didn't add up. This can still be fixed.

contract-the-app-permissions-chose-camera = You tap the tiny "choose" link. Camera: only while drawing. Location and contacts: no. You skip the sign-up, and the app opens anyway!
contract-the-app-permissions-friend-reply = I just tapped Allow All. Everyone does! It's only a drawing app.
contract-the-app-permissions-allowed-all = The box closes and you start drawing. Then a map pops up: "Artists near you!" Your dot is on it, right where your home is.
contract-the-app-permissions-pic-map = Artists near you!
contract-the-app-permissions-pic-you = You

contract-the-app-permissions-friend-choice = { $friend } tapped Allow All. The big box is still waiting for you. What will you do?
contract-the-app-permissions-choice-ask-adult = Ask { $adult } to go through the whole list with me first
contract-the-app-permissions-feedback-ask-adult = Great move! A parent can help you check what an app really needs. Choosing together keeps your info yours, and the app still works.
contract-the-app-permissions-choice-copy-friend = Allow All, then! { $adult } already said yes to the app.
contract-the-app-permissions-feedback-copy-friend = A chance to learn: { $adult } saying yes to the app isn't saying yes to every permission. The app asked for your location and contacts for no good reason. This can still be fixed.

contract-the-app-permissions-adult-checks = Good thinking to ask me! Camera only while you draw: yes. Location and contacts: no. And let's skip the sign-up, you can draw without it.
contract-the-app-permissions-drawing = You draw a dragon with the magic brushes. It looks amazing! Time flies. Soon it's bedtime, and a new pop-up appears.

contract-the-app-permissions-bedtime-nag = "Don't go yet! Draw 3 more pictures tonight to unlock the { $brush }, or get it now for 4.99! Your streak ends at midnight!"
contract-the-app-permissions-pic-nag = Draw 3 more to unlock the { $brush }!
contract-the-app-permissions-pic-streak = Your streak ends at midnight!
contract-the-app-permissions-pic-buy = Get it now: 4.99
contract-the-app-permissions-choice-stop = Close it and go to bed. Sleep helps more than brushes.
contract-the-app-permissions-feedback-stop = You're the boss of your screen! "Your streak ends" is a trick to keep you up. Sleep helps you draw better tomorrow.
contract-the-app-permissions-choice-one-more = Just one more picture. { $adult } won't mind, honest.
contract-the-app-permissions-feedback-one-more = Not paying was smart! But "one more" is exactly what the pop-up wants, and it rarely stays at one. No streak is worth your sleep.
contract-the-app-permissions-choice-alerts = Turn the alerts on, so I don't lose my streak
contract-the-app-permissions-feedback-alerts = A chance to learn: alerts are a permission too, and streak alerts are made to pull you back again and again. You can switch them off in settings.

contract-the-app-permissions-went-to-bed = You close the tablet and go to sleep. In the morning the streak is gone, and nothing bad happens. The brush can wait for another day.
contract-the-app-permissions-one-more = One picture turns into three. It's late now, and the pop-up is back: "So close! 1 more picture, or 4.99 to unlock it now!"
contract-the-app-permissions-alerts-on = Now { $app } pings you at breakfast, in class and at dinner: "Draw now or lose your streak!" You keep looking at the tablet.

contract-the-app-permissions-late-choice = Hmm. Did "one more" stay at one? What now?
contract-the-app-permissions-choice-stop-now = Stop now. That's three already. Bedtime.
contract-the-app-permissions-feedback-stop-now = Well done for stopping! Noticing that "one more" became three is a real skill. The app is built to keep you going, and you took back control.
contract-the-app-permissions-choice-last-one = Keep going. One more and the brush is mine!
contract-the-app-permissions-feedback-last-one = A chance to learn: streak pop-ups keep moving the finish line, so there's always "one more". You decide when to stop, and sleep comes first.

contract-the-app-permissions-stopped-late = You close the tablet. You're a bit sleepy in the morning, but you stopped, and the brush will still be there another day.
contract-the-app-permissions-midnight = One more becomes five. The brush unlocks near midnight, and the next day you yawn all through class.

contract-the-app-permissions-invite = The next day, { $friend } asks why { $app } sent them an invite from you. You never sent one!
contract-the-app-permissions-pic-invite = Join me on { $app }!
contract-the-app-permissions-pic-together = Let's draw together!
contract-the-app-permissions-pic-join = Join
contract-the-app-permissions-shared-choice = Uh-oh. The app is using your location and your contacts. Don't worry, this can be fixed. What will you do?
contract-the-app-permissions-choice-show-adult = Show { $adult } the map, and that strange invite
contract-the-app-permissions-feedback-show-adult = The best move! A parent can switch off location and contacts and check what the app saved. Lots of people tap Allow All. Showing it fast is what fixes it.
contract-the-app-permissions-choice-say-sorry = Say sorry to { $friend }. I'll tell { $adult } about it later.
contract-the-app-permissions-feedback-say-sorry = Saying sorry to { $friend } was kind! But it doesn't stop the app: it still has your location and your contacts. Telling { $adult } "later" keeps it sharing. Show it now.
contract-the-app-permissions-choice-leave-on = Leave it on. It's just a drawing app, it's safe.
contract-the-app-permissions-feedback-leave-on = A chance to learn: even a drawing app can share where you live and who you know. Your info is yours to guard, and it's never too late to ask for help.

contract-the-app-permissions-sorry-sent = { $friend } says it's OK. But that evening two more friends get invites from you, and your dot is still on the map.
contract-the-app-permissions-adult-fixes = Thank you for showing me. You're not in trouble. Let's switch off location and contacts, take your dot off that map, and report the map to the app store.
contract-the-app-permissions-left-on = More invites go out to everyone in the tablet's contacts, and your dot stays on the map for anyone to see.

contract-the-app-permissions-still-sharing = The app is still sending invites and showing your dot. What now?
contract-the-app-permissions-choice-show-now = Show { $adult } the map and all the new invites
contract-the-app-permissions-feedback-show-now = Brave and smart! It's never too late to show a trusted adult. Together you can switch things off, take your dot off the map and report it.
contract-the-app-permissions-choice-delete-app = Delete the app, and { $adult } never needs to know.
contract-the-app-permissions-feedback-delete-app = A chance to learn: deleting an app doesn't delete what it already took. { $adult } can help ask the app to remove your info, and report the map. You're not in trouble.
contract-the-app-permissions-deleted = { $app } disappears from the tablet, and the invites stop. But your contacts and your dot were already sent, and nobody has asked the app to delete them.

contract-the-app-permissions-end-safe = Only the camera is on, your location and contacts stayed private, and you stopped at bedtime. { $app } is fun, and you're the one in charge. Brilliant!
contract-the-app-permissions-end-stopped = Your info stayed private, and you did stop, even if "one more" became three. The streak pop-up will try again tomorrow. Next time, stop when you first planned.
contract-the-app-permissions-end-late = Your info stayed private, but the streak kept you drawing until midnight, and it will nag again tomorrow. You're the boss of when to stop. { $adult } can help set a bedtime for the tablet.
contract-the-app-permissions-end-nagged = Your info stayed private, but now { $app } pings you all day about your streak. Alerts are a permission too: switch them off in settings, or ask { $adult } to help.
contract-the-app-permissions-end-recovered = You tapped Allow All, but then you showed { $adult }, and you fixed it together: location and contacts off, your dot off the map. Next time, choose one by one.
contract-the-app-permissions-end-deleted = { $app } is gone, but what it took may still be out there: your contacts and your dot. Nobody has checked yet. { $adult } can still help ask the app to delete your info.
contract-the-app-permissions-end-harmful = { $app } keeps sharing where you live and inviting everyone you know. It's not your fault: the app was built to grab it. It's never too late to show { $adult } or another trusted adult. They will help.

# My phone: what stays on the phone after this level.
contract-the-app-permissions-trace-location = Your dot on the drawing app's map, right where your home is.
contract-the-app-permissions-trace-location-advice = A drawing app doesn't need to know where you live. Show a parent: together you can switch location off and take your dot off the map.
contract-the-app-permissions-trace-location-off = The drawing app: location is off, so your dot isn't on any map.
contract-the-app-permissions-trace-location-off-advice = Well done! An app only gets what it really needs. If an update asks for more, check again with a parent.
