# The warm-up and look-back check (scenarios/checks.ron). One question per
# objective, age band and set; sets A and B are parallel: same skill, other situation.

check-rights-9-a = A player in a game keeps calling you names. Your friend says, "That is just how games are." What is true?
check-rights-9-a-respect = You have the right to respect, and to get help.
check-rights-9-a-accept = Name-calling is part of games. You have to accept it.
check-rights-9-a-your-fault = They only do it if you did something wrong first.

check-rights-9-b = Someone in your class chat keeps sending you mean messages. You think telling a teacher will only make it worse. What is true?
check-rights-9-b-wait = You should only tell an adult if it goes on for months.
check-rights-9-b-deserve = If they picked you, you must have deserved it.
check-rights-9-b-help = You have the right to feel safe and to get help.

check-rights-13-a = A friend's older brother posts a photo of you on his public account. You ask him to take it down. He says, "My account, my rules." What is true?
check-rights-13-a-his-rules = He is right. Whoever posts a photo decides.
check-rights-13-a-privacy = Your privacy matters. You can report the photo.
check-rights-13-a-too-late = Once a photo is online, nothing at all can be done.

check-rights-13-b = A classmate films you falling over in sports class and posts it on a video app. You ask them to delete it. They say, "My phone, my video." What is true?
check-rights-13-b-privacy = You have a right to privacy. You can report it.
check-rights-13-b-their-video = They are right. The person who films it decides.
check-rights-13-b-too-late = It has lots of views now, so it is too late.

check-rights-16-a = Someone made a fake edited picture of you, and it is spreading around your school. A friend says, "It is not really you, so it does not count." What is true?
check-rights-16-a-not-real = A fake picture is not real, so it does no harm.
check-rights-16-a-find-first = You can only do something once you know who made it.
check-rights-16-a-report = You have a right to respect. Report it and get support.

check-rights-16-b = A screenshot of your private messages is being shared in a big group chat. Someone says, "You sent them, so you gave up your privacy." What is true?
check-rights-16-b-gave-up = Once you send a message, anyone may share it.
check-rights-16-b-report = Your privacy still matters. You can report it.
check-rights-16-b-stay-quiet = Say nothing, or people will only talk about it more.

check-risk-9-a = Three players send you messages in a game chat. Which message could be a risk to you?
check-risk-9-a-rematch = Good game! Want to play another round tomorrow?
check-risk-9-a-school = What's your real name? Which school are you at?
check-risk-9-a-dragon = How did you get past the big dragon in level three?

check-risk-9-b = Three people leave comments under your drawing video. Which comment could be a risk to you?
check-risk-9-b-park = Nice! Which park do you play in after school?
check-risk-9-b-colours = I love the colours you used in this one!
check-risk-9-b-cat = Can you draw a cat in your next video, please?

check-risk-13-a = A popular video dares people to do a stunt next to a busy road and film it. Your friends want to try it after school. What is the real risk?
check-risk-13-a-popular = No real risk. Lots of people have done it already.
check-risk-13-a-parents = The only risk is getting in trouble at home.
check-risk-13-a-hurt = Someone could get badly hurt, just for views.

check-risk-13-b = A streamer dares viewers to stay awake for two days and post proof. Some classmates say they will try it. What is the real risk?
check-risk-13-b-famous = No real risk, if a famous streamer says it is fine.
check-risk-13-b-health = It could harm their health, even if it looks fun.
check-risk-13-b-tired = The only risk is feeling a bit tired in class.

check-risk-16-a = A free personality test app asks to read your messages and contacts "to make your results more accurate". What is the main risk?
check-risk-16-a-data = Your data and your friends' data could be shared.
check-risk-16-a-accuracy = The test might give you results that are not true.
check-risk-16-a-checked = No risk. All the apps in the app store are checked.

check-risk-16-b = A tool promises to show who viewed your profile. It asks you to log in with your social media account and allow full access. What is the main risk?
check-risk-16-b-wrong-list = It might show you the wrong list of people.
check-risk-16-b-no-password = No risk, since you never type your password into it.
check-risk-16-b-account = It could take over your account and reach your friends.

check-info-9-a = A player in your game says, "Tell me your password and I will help you get to the next level." What should you do?
check-info-9-a-change-later = Tell them, then change it when they finish.
check-info-9-a-top-player = Tell them if they are a top player with lots of friends.
check-info-9-a-say-no = Say no. Passwords are only for you and your parents.

check-info-9-b = A player in your game says, "Tell me your home address so I can send you a birthday present." What should you do?
check-info-9-b-school = Give them your school's address instead.
check-info-9-b-say-no = Say no. Your home address is private.
check-info-9-b-present = Tell them. They only want to send a present.

check-info-13-a = You want to post a photo of your first day at a new school on your public profile. Your school name and badge are easy to see. What should you do?
check-info-13-a-hide = Hide the school name and badge before you post it.
check-info-13-a-tag = Add a location tag so classmates can find you.
check-info-13-a-story = Post it as a story, because stories disappear in a day.

check-info-13-b = You want to post a video of your new bedroom. Through the window, your street name and house number are easy to see. What should you do?
check-info-13-b-no-notice = Post it. Most people never notice small details.
check-info-13-b-no-caption = Post it with no caption, so nobody knows where it is.
check-info-13-b-blur = Blur or cut out the street name and number first.

check-info-16-a = A new app shares your live location with all 600 of your friends by default. You have never met many of them. What is the best choice?
check-info-16-a-leave-on = Leave it on. Friends of friends are safe.
check-info-16-a-turn-off = Turn it off, or share only with people you trust.
check-info-16-a-post-less = Leave it on, but post less often so fewer people look.

check-info-16-b = Your running app shares every route publicly on a map. Most of your routes start and end at your front door. What is the best choice?
check-info-16-b-private = Make routes private and hide the part near home.
check-info-16-b-no-name = Keep them public, but take your name off.
check-info-16-b-runners = Keep them public. Lots of runners share their routes.

check-trust-9-a = A message says, "School is closed tomorrow because of a storm! Send this to everyone!" What should you do?
check-trust-9-a-check = Check with a teacher or a parent first.
check-trust-9-a-forward = Send it to everyone, then tell your parents the news.
check-trust-9-a-believe = Believe it, because lots of people shared it.

check-trust-9-b = Someone in your class chat writes, "Our teacher is leaving the school forever! My cousin told me." What should you do?
check-trust-9-b-tell-friends = Tell your friends now, and ask a parent later.
check-trust-9-b-believe = Believe it, because a cousin would know.
check-trust-9-b-ask = Wait, and ask the teacher or a parent if it is true.

check-trust-13-a = An influencer you follow says a new energy drink helped her get top marks. In small letters, the post says "ad". What is the best way to think about it?
check-trust-13-a-followers = It must be true. She has millions of followers.
check-trust-13-a-advert = She is paid to say it. Check other sources first.
check-trust-13-a-comments = It is true. Lots of comments say it worked for them.

check-trust-13-b = A video with lots of likes says a cream clears all spots in one night. The account that posted it sells the cream. What is the best way to think about it?
check-trust-13-b-sells = They make money from it. Check a trusted health site.
check-trust-13-b-likes = So many likes means it must really work.
check-trust-13-b-try-it = Buy it and try it for a week to see if it really works.

check-trust-16-a = Days before an election, a shocking video of a candidate appears. It is only on one account, which was made last week. What should you do before sharing it?
check-trust-16-a-right-to-know = Share it. People have a right to know.
check-trust-16-a-not-sure = Share it, but add that you are not sure if it is real.
check-trust-16-a-check = Check trusted news sources. It could be a fake video.

check-trust-16-b = A screenshot of a news story says young people will be banned from the town centre at night. There is no link and no date. What should you do before sharing it?
check-trust-16-b-complain = Share it, so more people can complain before it happens.
check-trust-16-b-search = Look for it on trusted news or the town's own website.
check-trust-16-b-friends = Share it. Your friends would not share fake news.

check-strangers-9-a = A player you only know online says, "You are my best friend. Let's keep our chats a secret from your parents." What should you do?
check-strangers-9-a-keep-secret = Keep the secret. They are kind and fun.
check-strangers-9-a-tell = Stop chatting, and tell a trusted adult about it.
check-strangers-9-a-ask-why = Ask them why, then tell your parents if it is odd.

check-strangers-9-b = A player you only know online sends you free game coins, then asks for a photo of you. What should you do?
check-strangers-9-b-block = Don't send one. Block them and tell a trusted adult.
check-strangers-9-b-thank-you = Send one photo to say thank you for the coins.
check-strangers-9-b-pet = Send a pet photo instead, then tell a parent later.

check-strangers-13-a = You are on a gaming server with lots of players you don't know. Which message is a warning sign?
check-strangers-13-a-team = Anyone want to join our team for the match tonight?
check-strangers-13-a-update = The new update is bad. The maps are far too small.
check-strangers-13-a-private = So mature for your age! Let's chat on a private app.

check-strangers-13-b = You get messages on a social app from people you don't know. Which message is a warning sign?
check-strangers-13-b-drawing = Loved your drawing! Which pencils and paper do you use?
check-strangers-13-b-gift-card = I'll send you a gift card. Just don't tell anyone.
check-strangers-13-b-wrong = Sorry, wrong person. I meant to message my cousin.

check-strangers-16-a = Someone you met on a social app says they are 19. Within two days they say they love you, want to move to a private app and ask for private photos. What should you do?
check-strangers-16-a-stop = Send nothing. Block, report and tell someone you trust.
check-strangers-16-a-move = Move to the private app, but send no photos yet.
check-strangers-16-a-prove = Ask for a photo of them first, to prove they are real.

check-strangers-16-b = Someone you met in an online game says they are 20. They pay for your game items, then ask to meet and say, "Don't tell anyone." What should you do?
check-strangers-16-b-public = Meet them in a busy public place, so you will be safe.
check-strangers-16-b-pay-back = Pay them back first, so you owe them nothing.
check-strangers-16-b-stop = Don't meet. Block, report and tell a trusted adult.

check-kind-9-a = In your class chat, some children send laughing faces about a classmate's drawing. The classmate has gone quiet. What is the best thing to do?
check-kind-9-a-join = Send a laughing face too, so you fit in.
check-kind-9-a-nothing = Say nothing. It's not your drawing, so not your problem.
check-kind-9-a-kind = Send the classmate a kind message, and tell an adult.

check-kind-9-b = In an online game, your team keeps kicking out one player because they are new and slow. What is the best thing to do?
check-kind-9-b-kick = Kick them out too, so your team can win.
check-kind-9-b-invite = Invite them back. Everyone is new at the start.
check-kind-9-b-leave = Leave the game, so you don't have to watch.

check-kind-13-a = Someone posts an embarrassing photo of a classmate in a big school group chat, and people start adding mean comments. What is the best thing to do?
check-kind-13-a-support = Don't join in. Check on them and report the post.
check-kind-13-a-joke = Add a small joke, so it seems less serious.
check-kind-13-a-screenshot = Screenshot it and show your friends how bad it is.

check-kind-13-b = Some friends make a new group chat without one friend, just to make jokes about them. They add you. What is the best thing to do?
check-kind-13-b-stay-quiet = Stay quiet, so you are not the next target.
check-kind-13-b-send-all = Send your friend screenshots of all the jokes.
check-kind-13-b-speak-up = Say it's not OK, leave, and check on your friend.

check-kind-16-a = A student's clumsy post goes viral, and thousands of strangers post insults. People from your school are joining in. What is the best thing to do?
check-kind-16-a-joke = Post a clever joke about it, like everyone else.
check-kind-16-a-support = Don't join in. Report the worst posts and support them.
check-kind-16-a-fight-back = Defend them by insulting the people attacking them.

check-kind-16-b = In a group chat, a friend shares a hateful joke about a classmate's religion. Others react with laughing faces. What is the best thing to do?
check-kind-16-b-speak-up = Calmly say it is not OK, and report it if it goes on.
check-kind-16-b-laugh = React with a laugh, so the chat stays friendly.
check-kind-16-b-forward = Forward it to the classmate, so they know what is said.

check-posting-9-a = You take a funny photo of your friend asleep with their mouth open. You want to share it in the class chat. What should you do first?
check-posting-9-a-ask = Ask your friend if it is OK to share it.
check-posting-9-a-joke = Share it. It is only a joke.
check-posting-9-a-delete-later = Share it, and delete it if they get upset.

check-posting-9-b = You film your cousin dancing at a family party. You want to post it on a video app. What should you do first?
check-posting-9-b-family = Post it. Family videos are always fine.
check-posting-9-b-no-name = Post it without their name, then show a grown-up.
check-posting-9-b-ask = Ask your cousin and a grown-up if it is OK.

check-posting-13-a = You are angry with a teacher and want to post a rude video about them. Your friends say it will be funny. What is true?
check-posting-13-a-delete = It is fine, as long as you delete it after a day.
check-posting-13-a-stays = It can be saved and shared, even if you delete it.
check-posting-13-a-private = It is fine, because only your followers can see it.

check-posting-13-b = After losing a match, you want to post an angry message calling the other team names. You plan to delete it later. What is true?
check-posting-13-b-screenshot = It could be saved by others and stay online for years.
check-posting-13-b-gone = Deleted posts are gone for good, so it is fine.
check-posting-13-b-nobody = Nobody reads angry posts by people your age.

check-posting-16-a = At a party, you take a group photo. One friend has asked not to be in photos online. You want to post it publicly and tag everyone. What should you do?
check-posting-16-a-no-tag = Post it, but don't tag that friend. Nobody will notice.
check-posting-16-a-untag = Post it. They can untag themselves if they mind.
check-posting-16-a-leave-out = Leave that friend out, and ask others before tagging.

check-posting-16-b = You find an old photo of a friend from when they were 11, with a funny haircut. It would get lots of laughs on your story. What should you do?
check-posting-16-b-story = Post it. Stories disappear after a day anyway.
check-posting-16-b-ask = Ask them first, and think how it could make them feel.
check-posting-16-b-delete-later = Post it. They can ask you to delete it if they mind.

check-tricks-9-a = A pop-up in your game says, "You won 1000 free gems! Click now, only 30 seconds left!" What should you do?
check-tricks-9-a-click = Click fast, before the time runs out.
check-tricks-9-a-close = Close it. Real prizes don't rush you.
check-tricks-9-a-username = Click it, but only type your username.

check-tricks-9-b = A message in a game says, "You are today's lucky winner of a free tablet! Type your address to get it." What should you do?
check-tricks-9-b-ignore = Don't type anything. It's a trick. Tell an adult.
check-tricks-9-b-quick = Type it fast, then tell your parents the good news.
check-tricks-9-b-street = Type your street, but not your house number.

check-tricks-13-a = A game sells mystery boxes with a tiny chance of a rare skin. Your friend spent all his birthday money and got nothing good. What is true?
check-tricks-13-a-every-day = Open a box every day, and a rare item will come.
check-tricks-13-a-unlucky = He was just unlucky. The next box is sure to be better.
check-tricks-13-a-gambling = It is like gambling. Most people pay and get little.

check-tricks-13-b = A game's "lucky spin" costs real money. A streamer wins a rare prize on his first spin. What is true?
check-tricks-13-b-must-win = After a few losses, a win has to come soon.
check-tricks-13-b-paid = Most spins win little. Streamers may be paid to play.
check-tricks-13-b-first-time = If he won on his first spin, you probably will too.

check-tricks-16-a = You are waiting for a parcel. A text says, "Your parcel is held. Pay a small fee at this link within 24 hours." What should you do?
check-tricks-16-a-check = Don't click. Check your order on the shop's own app.
check-tricks-16-a-pay = Pay it. It is a small amount, and you want the parcel.
check-tricks-16-a-look = Click to see if it is real, but don't pay yet.

check-tricks-16-b = An email that looks like it is from your bank says your account is locked. It asks you to log in through its link today. What should you do?
check-tricks-16-b-log-in = Log in quickly, so you don't lose your money.
check-tricks-16-b-reply = Reply and ask them if the email is real.
check-tricks-16-b-bank-app = Don't use the link. Open your bank's app yourself.

check-balance-9-a = It is bedtime, but the video app keeps playing the next video by itself. What is the best thing to do?
check-balance-9-a-one-more = Watch one more video, then stop.
check-balance-9-a-quiet = Turn the sound down and keep watching in bed.
check-balance-9-a-stop = Stop the video and put the tablet away.

check-balance-9-b = It is time for dinner, but your game says, "Keep playing to win a bonus chest!" What is the best thing to do?
check-balance-9-b-bonus = Play until you get the bonus chest, then go.
check-balance-9-b-stop = Stop now and go to dinner. The game can wait.
check-balance-9-b-table = Play at the table while you eat.

check-balance-13-a = Scrolling a photo app, you see friends' perfect holiday photos. You start to feel bad about your own life. What is a good choice?
check-balance-13-a-break = Take a break. Posts often show only the best moments.
check-balance-13-a-scroll = Keep scrolling until you feel better.
check-balance-13-a-post = Post something that makes your life look just as good.

check-balance-13-b = An influencer your age posts perfect-looking photos every day. You start to feel bad about how you look. What is a good choice?
check-balance-13-b-filters = Use strong filters so you look more like them.
check-balance-13-b-tips = Keep checking their posts for tips to look like them.
check-balance-13-b-mute = Mute or unfollow them, and talk to someone you trust.

check-balance-16-a = It is one o'clock at night before an exam. Your phone keeps buzzing with group chat messages and a streak reminder. What is the best choice?
check-balance-16-a-reply = Reply to everyone quickly, then go to sleep.
check-balance-16-a-sleep = Turn on silent mode and sleep. Replies can wait.
check-balance-16-a-streak = Keep the streak going, and rest after the exam.

check-balance-16-b = You have an early shift at work tomorrow. At midnight, a video app starts playing the next episode of a series by itself. What is the best choice?
check-balance-16-b-sleep = Turn off autoplay and sleep. Finish it another day.
check-balance-16-b-one-more = Watch one more episode, then decide.
check-balance-16-b-dark = Keep watching, with the screen brightness turned down.

check-help-9-a = A player in a game keeps sending you mean messages, even after you asked them to stop. What should you do?
check-help-9-a-block = Block them, report them, and tell a trusted adult.
check-help-9-a-mean-back = Send mean messages back to them.
check-help-9-a-secret = Keep quiet, so no adult takes your tablet away.

check-help-9-b = You see a video that really scares you. You keep thinking about it, even at night. What should you do?
check-help-9-b-again = Watch it again, so it feels less scary.
check-help-9-b-wait = Wait a week, and tell an adult if you still feel bad.
check-help-9-b-tell = Tell a trusted adult, and report the video.

check-help-13-a = Someone you don't know keeps messaging you on a social app after you ignored them. Now they comment on all your posts. What should you do?
check-help-13-a-reply = Reply once to tell them to stop.
check-help-13-a-block = Block and report, save proof, and tell a trusted adult.
check-help-13-a-private = Set your account to private, and tell no one yet.

check-help-13-b = A fake account with your name and photos is posting mean things about your classmates. What should you do?
check-help-13-b-report = Report the account, save proof and tell a trusted adult.
check-help-13-b-post = Post that it is not you, and hope people believe you.
check-help-13-b-message = Message the fake account and ask them to stop.

check-help-16-a = Someone online threatens to share a private photo of you unless you pay them. What should you do?
check-help-16-a-pay = Pay once, so they delete it and leave you alone.
check-help-16-a-delete = Delete your account and hope it all goes away.
check-help-16-a-report = Don't pay. Save proof, report, and tell a trusted adult.

check-help-16-b = Someone you used to date keeps making new accounts to message you after you block them. They also comment on places you have been. What should you do?
check-help-16-b-reply = Reply once more, and ask them clearly to stop for good.
check-help-16-b-report = Save proof, report them, and tell a trusted adult.
check-help-16-b-alone = Stop posting, and deal with it on your own.
