# The warm-up and look-back check (scenarios/checks.ron). One question per
# objective, age band and set; sets A and B are parallel: same skill, other situation.
# Every wrong answer is something a real child might believe. The answers are alike
# in length, and help-words (tell, report, block…) appear on wrong answers too.

check-rights-9-a = A player in a game keeps calling you names. Your friend says, "That is just how games are." What is true?
check-rights-9-a-respect = Name-calling is not OK, in a game or anywhere else.
check-rights-9-a-accept = It's part of online games. Everybody gets called names.
check-rights-9-a-your-fault = You should only tell someone if they swear at you.

check-rights-9-b = Someone in your class chat keeps sending you mean messages. You think telling a teacher will only make it worse. What is true?
check-rights-9-b-wait = It's best to tell a grown-up only if it goes on for weeks.
check-rights-9-b-deserve = If you ignore it, they will get bored and stop.
check-rights-9-b-help = Nobody should be treated like that, and it can be stopped.

check-rights-13-a = A friend's older brother posts a photo of you on his public account. You ask him to take it down. He says, "My account, my rules." What is true?
check-rights-13-a-his-rules = It's his account, so only he gets to decide what stays up.
check-rights-13-a-privacy = He should have asked you. You can ask the app to remove it.
check-rights-13-a-too-late = Only a parent can ask an app to take a photo down.

check-rights-13-b = A classmate films you falling over in sports class and posts it on a video app. You ask them to delete it. They say, "My phone, my video." What is true?
check-rights-13-b-privacy = It's your image too. You can report it to the app.
check-rights-13-b-their-video = Whoever filmed it owns it. All you can do is ask nicely.
check-rights-13-b-too-late = It has lots of views, so reporting it now is no use.

check-rights-16-a = Someone made a fake edited picture of you, and it is spreading around your school. A friend says, "It is not really you, so it does not count." What is true?
check-rights-16-a-not-real = Apps don't remove fakes, so reporting it won't work.
check-rights-16-a-find-first = You have to find out who made it before anyone can act.
check-rights-16-a-report = It can still hurt you. Report it and get support.

check-rights-16-b = A screenshot of your private messages is being shared in a big group chat. Someone says, "You sent them, so you gave up your privacy." What is true?
check-rights-16-b-gave-up = Once you hit send, it's not private. Anyone may share it.
check-rights-16-b-report = Sharing them without your OK is wrong and can be stopped.
check-rights-16-b-stay-quiet = Saying nothing is best. It will blow over in a week.

check-risk-9-a = Three players send you messages in a game chat. Which message could be a risk to you?
check-risk-9-a-rematch = Good game! Can you help me with level four tomorrow?
check-risk-9-a-school = What's your real name? Which school do you go to?
check-risk-9-a-dragon = How did you get past the big dragon in level three?

check-risk-9-b = Three people leave comments under your drawing video. Which comment could be a risk to you?
check-risk-9-b-park = Which park near your home do you draw in?
check-risk-9-b-colours = I love the colours! Did a teacher show you how?
check-risk-9-b-cat = Can you draw a cat in your next video, please?

check-risk-13-a = A popular video dares people to do a stunt next to a busy road and film it. Your friends want to try it after school. What is the real risk?
check-risk-13-a-popular = No real risk. Loads of people have done it already.
check-risk-13-a-parents = The main risk is getting in trouble at home.
check-risk-13-a-hurt = Someone could get badly hurt, just for a few views.

check-risk-13-b = A streamer dares viewers to stay awake for two days and post proof. Some classmates say they will try it. What is the real risk?
check-risk-13-b-famous = It's safe, because a big streamer says it's fine.
check-risk-13-b-health = Going that long without sleep can make you ill.
check-risk-13-b-tired = The only risk is being a bit tired in class.

check-risk-16-a = A free personality test app asks to read your messages and contacts "to make your results more accurate". What is the main risk?
check-risk-16-a-data = It could copy your chats and your friends' details.
check-risk-16-a-accuracy = The results might be a lot less accurate than it says.
check-risk-16-a-checked = No risk. Apps in the store are all checked first.

check-risk-16-b = A tool promises to show who viewed your profile. It asks you to log in with your social media account and allow full access. What is the main risk?
check-risk-16-b-wrong-list = It might show the wrong people, so you can't trust it.
check-risk-16-b-no-password = It's safe, as you never type your password into it.
check-risk-16-b-account = It could take over your account and message friends.

check-info-9-a = A player in your game says, "Tell me your password and I will help you get to the next level." What should you do?
check-info-9-a-change-later = Tell them, then change it as soon as they're done.
check-info-9-a-top-player = Share it only with a top player you can trust.
check-info-9-a-say-no = Say no. Keep it to yourself, even if they're nice.

check-info-9-b = A player in your game says, "Tell me your home address so I can send you a birthday present." What should you do?
check-info-9-b-school = Give your school's address instead. It's safer.
check-info-9-b-say-no = Say no, and tell a grown-up that they asked.
check-info-9-b-present = Send it. It's only so they can post you a gift.

check-info-13-a = You want to post a photo of your first day at a new school on your public profile. Your school name and badge are easy to see. What should you do?
check-info-13-a-hide = Crop or cover the school name and badge, then post.
check-info-13-a-tag = Add a location tag, so your new classmates can find you.
check-info-13-a-story = Post it. Make your account private first, then it's fine.

check-info-13-b = You want to post a video of your new bedroom. Through the window, your street name and house number are easy to see. What should you do?
check-info-13-b-no-notice = Post it. Most people never notice the small details.
check-info-13-b-no-caption = Post it with no caption, so nobody knows where it is.
check-info-13-b-blur = Blur or cut out the street name and number first.

check-info-16-a = A new app shares your live location with all 600 of your friends by default. You have never met many of them. What is the best choice?
check-info-16-a-leave-on = Leave it on. They're all friends, so it's safe enough.
check-info-16-a-turn-off = Turn it off, or share it with just a few close people.
check-info-16-a-post-less = Leave it on, but check who looks at your map each week.

check-info-16-b = Your running app shares every route publicly on a map. Most of your routes start and end at your front door. What is the best choice?
check-info-16-b-private = Make routes private and hide the start and finish.
check-info-16-b-no-name = Keep them public, but take your name off the profile.
check-info-16-b-runners = Keep them public, and just block anyone who seems odd.

check-trust-9-a = A message says, "School is closed tomorrow because of a storm! Send this to everyone!" What should you do?
check-trust-9-a-check = Look on the school's website or ask at home first.
check-trust-9-a-forward = Send it on quickly, so all your friends know in time.
check-trust-9-a-believe = Check that it came from a friend, then send it to all.

check-trust-9-b = Someone in your class chat writes, "Our teacher is leaving the school forever! My cousin told me." What should you do?
check-trust-9-b-tell-friends = Tell all your friends, so everyone can say goodbye.
check-trust-9-b-believe = Believe it. A cousin would know about things like that.
check-trust-9-b-ask = Wait, and ask your teacher if it is really true.

check-trust-13-a = An influencer you follow says a new energy drink helped her get top marks. In small letters, the post says "ad". What is the best way to think about it?
check-trust-13-a-followers = It must work. She has millions of followers.
check-trust-13-a-advert = She is paid to say it. Look for what experts say.
check-trust-13-a-comments = Check the comments. If most say it worked, it's true.

check-trust-13-b = A video with lots of likes says a cream clears all spots in one night. The account that posted it sells the cream. What is the best way to think about it?
check-trust-13-b-sells = They sell it. See what a trusted health site says.
check-trust-13-b-likes = So many likes means it must really work for people.
check-trust-13-b-try-it = Check the comments under it to hear from real buyers.

check-trust-16-a = Days before an election, a shocking video of a candidate appears. It is only on one account, which was made last week. What should you do before sharing it?
check-trust-16-a-right-to-know = Share it. People have a right to know before voting.
check-trust-16-a-not-sure = Share it, with a note asking people to check it.
check-trust-16-a-check = Wait. See if real news outlets are showing it too.

check-trust-16-b = A screenshot of a news story says young people will be banned from the town centre at night. There is no link and no date. What should you do before sharing it?
check-trust-16-b-complain = Share it, so more people can complain in time.
check-trust-16-b-search = Look for it on news sites or the town's own website.
check-trust-16-b-friends = Share it. A friend you trust sent it, so it's real.

check-strangers-9-a = A player you only know online says, "You are my best friend. Let's keep our chats a secret from your parents." What should you do?
check-strangers-9-a-keep-secret = Keep it secret. They're kind, and it's only chatting.
check-strangers-9-a-tell = Stop chatting, and tell a trusted adult about it.
check-strangers-9-a-ask-why = Tell them you'll tell your family, so that they stop.

check-strangers-9-b = A player you only know online sends you free game coins, then asks for a photo of you. What should you do?
check-strangers-9-b-block = Don't send one. Keep the chat and show a grown-up.
check-strangers-9-b-thank-you = Send one photo to say thanks for the coins.
check-strangers-9-b-pet = Block them right away, and delete the whole chat.

check-strangers-13-a = You are on a gaming server with lots of players you don't know. Which message is a warning sign?
check-strangers-13-a-team = Anyone want to join our team for the big match tonight?
check-strangers-13-a-update = Can anyone help? I keep losing on the ice map.
check-strangers-13-a-private = So mature for your age! Let's chat somewhere private.

check-strangers-13-b = You get messages on a social app from people you don't know. Which message is a warning sign?
check-strangers-13-b-drawing = Loved your drawing! Which pencils do you use for it?
check-strangers-13-b-gift-card = I'll send you a gift card. Keep it between us.
check-strangers-13-b-wrong = Sorry, wrong person. I meant to message my cousin.

check-strangers-16-a = Someone you met on a social app says they are 19. Within two days they say they love you, want to move to a private app and ask for private photos. What should you do?
check-strangers-16-a-stop = Send nothing. Save the chats, then report the account.
check-strangers-16-a-move = Move apps, but keep it safe and send no photos yet.
check-strangers-16-a-prove = Ask for a video call first, to check they're real.

check-strangers-16-b = Someone you met in an online game says they are 20. They pay for your game items, then ask to meet and say, "Don't tell anyone." What should you do?
check-strangers-16-b-public = Meet in a busy public place, so it's safe.
check-strangers-16-b-pay-back = Tell them you'll report them if they push again.
check-strangers-16-b-stop = Don't meet. Save the messages and tell an adult.

check-kind-9-a = In your class chat, some children send laughing faces about a classmate's drawing. The classmate has gone quiet. What is the best thing to do?
check-kind-9-a-join = Send one laughing face too, so you're not the one left out.
check-kind-9-a-nothing = Say nothing. The teacher will see it soon and sort it out.
check-kind-9-a-kind = Send the classmate a kind message about their drawing.

check-kind-9-b = In an online game, your team keeps kicking out one player because they are new and slow. What is the best thing to do?
check-kind-9-b-kick = Kick them too. The team needs to win this round.
check-kind-9-b-invite = Invite them back and show them the tricks you know.
check-kind-9-b-leave = Leave the game, so you're not part of it.

check-kind-13-a = Someone posts an embarrassing photo of a classmate in a big school group chat, and people start adding mean comments. What is the best thing to do?
check-kind-13-a-support = Don't join in. Message them to ask if they're OK.
check-kind-13-a-joke = Add a small joke, so it all seems less serious.
check-kind-13-a-screenshot = Mute and block the group, so you're not part of it.

check-kind-13-b = Some friends make a new group chat without one friend, just to make jokes about them. They add you. What is the best thing to do?
check-kind-13-b-stay-quiet = Stay, but say nothing, so you're not the next target.
check-kind-13-b-send-all = Tell your friend, and send them screenshots of it all.
check-kind-13-b-speak-up = Say it's not OK, leave, and check your friend is OK.

check-kind-16-a = A student's clumsy post goes viral, and thousands of strangers post insults. People from your school are joining in. What is the best thing to do?
check-kind-16-a-joke = Stay out of it. Block the topic and keep yourself safe.
check-kind-16-a-support = Don't pile on. Report the worst posts and message them.
check-kind-16-a-fight-back = Stick up for them by hitting back at the worst trolls.

check-kind-16-b = In a group chat, a friend shares a hateful joke about a classmate's religion. Others react with laughing faces. What is the best thing to do?
check-kind-16-b-speak-up = Say calmly that it's not OK, and report it if it goes on.
check-kind-16-b-laugh = React with a laugh, so the chat stays friendly.
check-kind-16-b-forward = Forward it to the classmate, so they can report it.

check-posting-9-a = You take a funny photo of your friend asleep with their mouth open. You want to share it in the class chat. What should you do first?
check-posting-9-a-ask = Ask your friend if they're happy for you to share it.
check-posting-9-a-joke = Share it. It's only a joke, and they're your friend.
check-posting-9-a-delete-later = Share it, and take it down if a teacher says so.

check-posting-9-b = You film your cousin dancing at a family party. You want to post it on a video app. What should you do first?
check-posting-9-b-family = Post it. Family videos are always fine to share.
check-posting-9-b-no-name = Post it on a private account, without their name.
check-posting-9-b-ask = Ask your cousin, and the grown-ups, if it's OK.

check-posting-13-a = You are angry with a teacher and want to post a rude video about them. Your friends say it will be funny. What is true?
check-posting-13-a-delete = It's fine, as long as you delete it after a day.
check-posting-13-a-stays = Others can save and share it, even if you delete it.
check-posting-13-a-private = It's fine. Your account is private, so it stays there.

check-posting-13-b = After losing a match, you want to post an angry message calling the other team names. You plan to delete it later. What is true?
check-posting-13-b-screenshot = Screenshots can keep it around after you've deleted it.
check-posting-13-b-gone = Once it's deleted, it's gone for good, so it's fine.
check-posting-13-b-nobody = Nobody ever reads angry posts by people your age.

check-posting-16-a = At a party, you take a group photo. One friend has asked not to be in photos online. You want to post it publicly and tag everyone. What should you do?
check-posting-16-a-no-tag = Post it, but don't tag that friend. Nobody will notice.
check-posting-16-a-untag = Post it. They can report it if they really mind.
check-posting-16-a-leave-out = Post one without that friend, and ask before tagging.

check-posting-16-b = You find an old photo of a friend from when they were 11, with a funny haircut. It would get lots of laughs on your story. What should you do?
check-posting-16-b-story = Post it. Stories disappear after a day anyway.
check-posting-16-b-ask = Ask them first, and think about how they'd feel.
check-posting-16-b-delete-later = Share it with close friends only. It's private there.

check-tricks-9-a = A pop-up in your game says, "You won 1000 free gems! Click now, only 30 seconds left!" What should you do?
check-tricks-9-a-click = Click fast, before the time runs out.
check-tricks-9-a-close = Close it. Real prizes don't rush you.
check-tricks-9-a-username = Click to check it's real, but type nothing.

check-tricks-9-b = A message in a game says, "You are today's lucky winner of a free tablet! Type your address to get it." What should you do?
check-tricks-9-b-ignore = Don't type it. You can't win what you never entered.
check-tricks-9-b-quick = Type it fast, then tell your parents the good news.
check-tricks-9-b-street = Type only your street name, but not your house number.

check-tricks-13-a = A game sells mystery boxes with a tiny chance of a rare skin. Your friend spent all his birthday money and got nothing good. What is true?
check-tricks-13-a-every-day = Open one box every day, and a rare item is sure to come.
check-tricks-13-a-unlucky = He was just unlucky. His next box should be better.
check-tricks-13-a-gambling = It works just like gambling. Most people pay and get little.

check-tricks-13-b = A game's "lucky spin" costs real money. A streamer wins a rare prize on his first spin. What is true?
check-tricks-13-b-must-win = After a few losses, a win has to come soon.
check-tricks-13-b-paid = Streamers may get free spins. Check the real odds.
check-tricks-13-b-first-time = It's safe to try once. He won on his first go.

check-tricks-16-a = You are waiting for a parcel. A text says, "Your parcel is held. Pay a small fee at this link within 24 hours." What should you do?
check-tricks-16-a-check = Don't click. Look up the order in the shop's own app.
check-tricks-16-a-pay = Pay it. It's only a small fee, and you want the parcel.
check-tricks-16-a-look = Click to check if it's real, but don't pay yet.

check-tricks-16-b = An email that looks like it is from your bank says your account is locked. It asks you to log in through its link today. What should you do?
check-tricks-16-b-log-in = Log in quickly, so you don't lose your money.
check-tricks-16-b-reply = Reply and ask them to check that the email is real.
check-tricks-16-b-bank-app = Don't use the link. Open your bank's real app yourself.

check-balance-9-a = It is bedtime, but the video app keeps playing the next video by itself. What is the best thing to do?
check-balance-9-a-one-more = Watch just one more video, then turn it off.
check-balance-9-a-quiet = Turn the sound low, so you don't wake your parents.
check-balance-9-a-stop = Stop the video, then put the tablet in another room.

check-balance-9-b = It is time for dinner, but your game says, "Keep playing to win a bonus chest!" What is the best thing to do?
check-balance-9-b-bonus = Play until you get the chest, then go to dinner.
check-balance-9-b-stop = Stop now and go to dinner. The game can wait.
check-balance-9-b-table = Play at the table while you eat, so it's not wasted.

check-balance-13-a = Scrolling a photo app, you see friends' perfect holiday photos. You start to feel bad about your own life. What is a good choice?
check-balance-13-a-break = Put the phone down. Posts show only the very best bits.
check-balance-13-a-scroll = Keep scrolling until you find something that helps.
check-balance-13-a-post = Post something that makes your life look as good.

check-balance-13-b = An influencer your age posts perfect-looking photos every day. You start to feel bad about how you look. What is a good choice?
check-balance-13-b-filters = Use strong filters, so you look more like them.
check-balance-13-b-tips = Check their posts for tips on how to look like them.
check-balance-13-b-mute = Mute or unfollow them, and talk to someone you trust.

check-balance-16-a = It is one o'clock at night before an exam. Your phone keeps buzzing with group chat messages and a streak reminder. What is the best choice?
check-balance-16-a-reply = Reply to everyone quickly, then go to sleep.
check-balance-16-a-sleep = Turn on silent mode and sleep. Replies can wait.
check-balance-16-a-streak = Keep the streak alive, and rest after the exam.

check-balance-16-b = You have an early shift at work tomorrow. At midnight, a video app starts playing the next episode of a series by itself. What is the best choice?
check-balance-16-b-sleep = Turn off autoplay and sleep. Finish it later.
check-balance-16-b-one-more = Watch one more episode, then see how you feel.
check-balance-16-b-dark = Keep watching, with the screen dimmed to be safe.

check-help-9-a = A player in a game keeps sending you mean messages, even after you asked them to stop. What should you do?
check-help-9-a-block = Screenshot it, block them and show a grown-up.
check-help-9-a-mean-back = Tell them you'll report them if they don't stop.
check-help-9-a-secret = Block them and delete the chat, so it's all gone.

check-help-9-b = You see a video that really scares you. You keep thinking about it, even at night. What should you do?
check-help-9-b-again = Watch it again in the daytime, so it feels less scary.
check-help-9-b-wait = Report the video, then try hard to forget about it.
check-help-9-b-tell = Talk to a grown-up about the way the video made you feel.

check-help-13-a = Someone you don't know keeps messaging you on a social app after you ignored them. Now they comment on all your posts. What should you do?
check-help-13-a-reply = Reply once to tell them to stop, then ignore them.
check-help-13-a-block = Save the messages, then block and report the account.
check-help-13-a-private = Set your account to private, and don't tell anyone yet.

check-help-13-b = A fake account with your name and photos is posting mean things about your classmates. What should you do?
check-help-13-b-report = Screenshot the posts and report the fake account.
check-help-13-b-post = Post that it's not you, and hope people believe it.
check-help-13-b-message = Tell the fake account you'll report it if it goes on.

check-help-16-a = Someone online threatens to share a private photo of you unless you pay them. What should you do?
check-help-16-a-pay = Pay once, then report them after they delete it.
check-help-16-a-delete = Block them and delete your account to stay safe.
check-help-16-a-report = Don't pay. Save the messages, report, and get help.

check-help-16-b = Someone you used to date keeps making new accounts to message you after you block them. They also comment on places you have been. What should you do?
check-help-16-b-reply = Tell them you'll report them if they make one more.
check-help-16-b-report = Keep a record of every message and tell an adult.
check-help-16-b-alone = Block each new account and keep it to yourself.
