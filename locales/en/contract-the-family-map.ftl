# Contract / values: The Family Map (ages 9-12), location sharing, app defaults and a "share more" pop-up

contract-the-family-map-title = The Family Map
contract-the-family-map-summary = Your family app shows your dot on a map so your family knows you got home. Then a pop-up wants to share it with lots more people.
contract-the-family-map-remember = Where you are is for your family, not the whole app. A pop-up that pushes you to share more is a trick. If someone you don't know can see your dot, show a trusted adult.

contract-the-family-map-app = { $app }
contract-the-family-map-npc-adult = { $adult }
contract-the-family-map-npc-neighbour = { $neighbour }

# Variety: each play picks one option of every variable in `vary`.
contract-the-family-map-app-homedots = HomeDots
contract-the-family-map-app-kinmap = KinMap
contract-the-family-map-app-famcircle = FamCircle
contract-the-family-map-adult-grandma = Grandma
contract-the-family-map-adult-dad = Dad
contract-the-family-map-adult-aunt = Auntie
contract-the-family-map-club-football = football practice
contract-the-family-map-club-swimming = swimming lessons
contract-the-family-map-club-music = music class
contract-the-family-map-name-sunnyside = SunnySide_11
contract-the-family-map-name-parkpal = ParkPal_10
contract-the-family-map-name-skaterkid = SkaterKid_12

contract-the-family-map-intro = Hi, it's me, Sango! This term you walk home from { $club } on your own. Your family put { $app } on your phone, so { $adult } can see your dot on a map and know you got home.

# Set it up: family sharing is the point, strangers get nothing.
contract-the-family-map-setup = { $app } starts the way the app likes. You want your family to see your dot and know when you're home. Nobody else needs your dot or your places. Set it up for that!
contract-the-family-map-set-who = Who can see my dot on the map
contract-the-family-map-val-who-everyone = Everyone on the app
contract-the-family-map-val-who-fof = Friends of friends
contract-the-family-map-val-who-family = My family circle
contract-the-family-map-val-who-nobody = Nobody
contract-the-family-map-why-who-everyone = "Everyone" means strangers too: anyone on the app could see where you are right now. "My family circle" fits better.
contract-the-family-map-why-who-fof = It sounds small, but friends of friends can be hundreds of people you've never met. "My family circle" fits better.
contract-the-family-map-why-who-family = Just right! Your family can see you're on your way, and nobody else can.
contract-the-family-map-why-who-nobody = Very private, but then { $adult } can't see that you got home, and that's what the app is for. "My family circle" fits better.
contract-the-family-map-set-arrive = Tell my family when I get home
contract-the-family-map-val-arrive-on = On
contract-the-family-map-val-arrive-off = Off
contract-the-family-map-why-arrive-on = Nice! A little "home!" note means nobody has to worry, or call you on the way.
contract-the-family-map-why-arrive-off = Off keeps it quiet, but then { $adult } has to guess, or call you. For your family, "home!" is good news. On fits better.
contract-the-family-map-set-nearby = Show me to kids nearby
contract-the-family-map-val-nearby-on = On
contract-the-family-map-val-nearby-off = Off
contract-the-family-map-why-nearby-on = "Kids nearby" can be anyone who says they're a kid. Your dot isn't for strangers, so Off fits better.
contract-the-family-map-why-nearby-off = Good thinking! Strangers nearby don't need to know where you are. Your real friends already know where to find you.
contract-the-family-map-set-places = Who can see my saved places: home and school
contract-the-family-map-val-places-everyone = Everyone
contract-the-family-map-val-places-family = My family circle
contract-the-family-map-val-places-nobody = Nobody
contract-the-family-map-why-places-everyone = Your home and your school tell a stranger where to find you every day. "My family circle" fits better.
contract-the-family-map-why-places-family = Spot on! Your family already knows these places, and it's how the app can tell them you're home.
contract-the-family-map-why-places-nobody = Very private, but then the app can't tell your family you're home. They know these places anyway, so "My family circle" fits better.

# Family sharing is fine and useful.
contract-the-family-map-walk-home = One evening, { $club } ends late, and it's getting dark on your walk home. A message pops up from { $adult }.
contract-the-family-map-walk-ask = I'm stuck at work a bit longer. Can you keep your dot on for me until you're home?
contract-the-family-map-choice-keep-on = Sure! You can check on my dot till I get home.
contract-the-family-map-feedback-keep-on = Good call! Sharing with your family is what the app is for. { $adult } can relax, and nobody else sees a thing.
contract-the-family-map-choice-all-off = No. Location off. It's private and safer.
contract-the-family-map-feedback-all-off = Guarding where you are is smart with strangers! But this is { $adult }, on a dark evening. Sharing with your family circle is safe and useful.
contract-the-family-map-choice-nearby = I'll turn on "kids nearby" too, for company.
contract-the-family-map-feedback-nearby = A chance to learn: "kids nearby" can be anyone, and now they see where you walk. Your family is already with you on the map. This can still be fixed.
contract-the-family-map-got-home = I saw the "home!" note pop up. Thank you! Dinner in half an hour.
contract-the-family-map-pic-home = Home!
contract-the-family-map-pic-you = You
contract-the-family-map-worried = Your dot disappears. { $adult } can't see you and calls twice on your walk. At home, you switch your dot back on, for family only.
contract-the-family-map-nearby-on = New dots pop up around yours: "Kids near you!" At home, a message request is waiting.
contract-the-family-map-pic-map = Kids near you: 12
contract-the-family-map-pic-request = New message request

# The pop-up: what pushes you to share more?
contract-the-family-map-update = A week later, { $app } updates itself. A big box pops up over the map.
contract-the-family-map-spot-prompt = Tap the parts of the box that push you to share your dot with more people. Careful: some parts are fine!
contract-the-family-map-card-title = New! Social Map
contract-the-family-map-card-body = Share your map with more people and make new friends near you!
contract-the-family-map-part-family = Your family circle: 3 people
contract-the-family-map-feedback-part-family = Not a trick. Your family circle is who sees your dot now, and that's how it should be.
contract-the-family-map-part-home = "Tell my family when I'm home": on
contract-the-family-map-feedback-part-home = Not a trick: it's the useful part you set up yourself. Your family gets a "home!" note, and nobody else does.
contract-the-family-map-part-fof = "Friends of friends" already ticked for you
contract-the-family-map-feedback-part-fof = Good catch! A box ticked for you is a trick: you never chose it. Friends of friends are mostly people you've never met.
contract-the-family-map-part-nearby = "12 kids near you want to be friends!"
contract-the-family-map-feedback-part-nearby = Yes! You can't know who those dots really are, and they would see where you are. Real friends don't need a map to find you.
contract-the-family-map-part-button = A big SHARE MY MAP button, and a tiny "not now"
contract-the-family-map-feedback-part-button = Sharp eyes! Making "yes" big and "no" tiny is a trick to rush you. The tiny link works just as well.
contract-the-family-map-pic-home-tick = Tell my family when I'm home
contract-the-family-map-pic-fof = Friends of friends
contract-the-family-map-pic-nearby = 12 kids near you want to be friends!
contract-the-family-map-pic-share = SHARE MY MAP
contract-the-family-map-pic-not-now = not now

contract-the-family-map-prompt-choice = The big box is still waiting. What do you tap?
contract-the-family-map-choice-not-now = The tiny "not now". My dot stays private.
contract-the-family-map-feedback-not-now = Great choice! Your family is who the map is for. Friends of friends and "kids near you" are mostly strangers, and your dot shows where you are right now.
contract-the-family-map-choice-later = Close it. I'll check later if it's really safe.
contract-the-family-map-feedback-later = Not sharing was a good move! But "later" leaves the question open, and the box will come back, maybe when you're in a rush. You already know the answer: your dot is for family.
contract-the-family-map-choice-share = Share! Twelve new friends nearby, that's so cool!
contract-the-family-map-feedback-share = A chance to learn: the app wants more people on its map, so of course it says it's safe. Now people you don't know can see your dot. This can still be fixed.
contract-the-family-map-kept-family = The box closes. Only your family circle can see your dot, just like before, and the "home!" notes still work.
contract-the-family-map-nag-again = Next morning, the box is back, brighter: "{ $friend } and 8 more friends are on Social Map! Just 1 tap!" The big button is flashing.
contract-the-family-map-shared = Your dot is on Social Map now, with lots of new dots around it. An hour later, a message request arrives.

contract-the-family-map-nag-choice = The box says all your friends are on Social Map. What do you do?
contract-the-family-map-choice-nag-not-now = Find the tiny "not now" again and tap it.
contract-the-family-map-feedback-nag-not-now = Well done! "All your friends are doing it" is a trick to make no feel hard. Your dot stays with your family, and { $friend } can still find you at school.
contract-the-family-map-choice-nag-share = If { $friend } is on it, it must be OK. Share.
contract-the-family-map-feedback-nag-share = A chance to learn: what { $friend } tapped doesn't make it right for you, and the box may not even be true. Now strangers can see your dot. This can still be fixed.

# Someone the child doesn't know can see the dot.
contract-the-family-map-stranger-writes = Hi! I saw your dot on the map. We live really close! You go to { $club }, right? I could walk home with you sometime.
contract-the-family-map-stranger-choice = Someone you don't know can see where you are, and knows where you go. What do you do?
contract-the-family-map-choice-show-adult = Don't reply. Show { $adult } the map and chat.
contract-the-family-map-feedback-show-adult = The best move! A grown-up can switch the sharing off, and help block and report. Lots of people tap "share". Showing someone fast is what fixes it.
contract-the-family-map-choice-warn = Reply: "Stop it, or I'll tell and report you!"
contract-the-family-map-feedback-warn = Saying no was brave! But any reply shows them you're reading, and they can still see your dot. Don't reply: show a trusted adult, who can switch it off, block and report.
contract-the-family-map-choice-reply = Reply: "Cool! So which house is yours?"
contract-the-family-map-feedback-reply = A chance to learn: someone who is nice and lives "close" is still a stranger. Chatting tells them more about you. It's never too late to show a trusted adult.
contract-the-family-map-adult-fixes = Thank you for showing me. You're not in trouble, and it's not your fault. Let's turn Social Map off and block and report { $neighbour }. I'll meet you after { $club } this week.
contract-the-family-map-neighbour-warned = Why so mean? I'm just a kid. Anyway, I can still see your dot.
contract-the-family-map-neighbour-pushes = The blue one by the park! Let's meet there after { $club }. Don't tell your family, they'll make you turn the map off.

contract-the-family-map-last-choice = { $neighbour } can still see your dot. This is not your fault. What now?
contract-the-family-map-choice-last-tell = Show { $adult } everything, even my replies to them.
contract-the-family-map-feedback-last-tell = That's real courage! It's never too late. "Don't tell your family" is a big warning sign, and a trusted adult can switch the map off, block and report.
contract-the-family-map-choice-last-delete = Delete it all first, so { $adult } won't see my replies.
contract-the-family-map-feedback-last-delete = A chance to learn: deleting the chat doesn't switch the sharing off, and it hides the messages a grown-up needs. Your replies won't get you in trouble. It's never too late to tell.
contract-the-family-map-adult-fixes-late = I'm so glad you told me. You're not in trouble. Let's turn Social Map off and block and report { $neighbour } together. And for now, I'll meet you after { $club }.
contract-the-family-map-still-there = The chat is gone, but your dot is still on Social Map, and { $neighbour } writes again the next day.

contract-the-family-map-end-safe = Your dot is for your family, and nobody else. The big "share" box didn't fool you, and { $adult } gets a "home!" note when you arrive. Brilliant!
contract-the-family-map-end-recovered = Your dot got shared too widely, but you showed { $adult }. Social Map is off, your dot is for family only, and { $neighbour } is blocked and reported. Not your fault!
contract-the-family-map-end-harmful = { $neighbour } can still see where you are. It's not your fault: the app pushed you to share. It's never too late to show { $adult } or another trusted adult. They will help switch it off, block and report.

# My phone: what stays on the phone after this level.
contract-the-family-map-trace-shared = Your dot on Social Map, where friends of friends and "kids nearby" can see it.
contract-the-family-map-trace-shared-advice = Your dot is for your family. Show a trusted adult: together you can switch Social Map off and keep your dot for your family circle.
contract-the-family-map-trace-family = The family map: only your family circle sees your dot.
contract-the-family-map-trace-family-advice = Well done! If the app updates and asks to share more, tap "not now", or check with your family.
