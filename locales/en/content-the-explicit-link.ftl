# Content / sexual: Not a Funny Video (ages 13-15). A "funny video" link opens a porn site.
# Nothing is shown or described: close it, don't pass it on, report it, tell a trusted adult.

content-the-explicit-link-title = Not a Funny Video
content-the-explicit-link-summary = Your friend drops a "funny video" link in the class chat, and it opens something nobody should be sent.
content-the-explicit-link-remember = If a link opens porn, close it: it's not your fault. Don't pass it on, report it, and tell a trusted adult. You're not in trouble, and real relationships are nothing like porn.

content-the-explicit-link-app = { $app }
content-the-explicit-link-npc-friend = { $friend }
content-the-explicit-link-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
content-the-explicit-link-app-chatterly = Chatterly
content-the-explicit-link-app-groupnest = GroupNest
content-the-explicit-link-app-pingpal = PingPal
content-the-explicit-link-site-clipz = clipz-lol.xyz
content-the-explicit-link-site-lolvidz = lolvidz.top
content-the-explicit-link-site-funhub = funnyclips4u.biz
content-the-explicit-link-adult-aunt = Aunt Mei
content-the-explicit-link-adult-dad = Dad
content-the-explicit-link-adult-grandma = Grandma Rosa

content-the-explicit-link-intro = Lunch break. Your class chat on { $app } is all memes and homework moans. Then { $friend } drops a link.
content-the-explicit-link-link-post = lol someone sent me this. funniest video ever, watch till the end
content-the-explicit-link-pic-chat-title = Class chat
content-the-explicit-link-pic-forwarded = Forwarded
content-the-explicit-link-pic-video-title = FUNNIEST VIDEO EVER
content-the-explicit-link-pic-site = { $site }
content-the-explicit-link-pic-time = 12:41
content-the-explicit-link-opened = You tap it. It isn't a funny video at all: it's a porn site. Your face goes hot, and your heart is thumping.
content-the-explicit-link-pic-notice = Adults only

content-the-explicit-link-first-move = Seeing this by accident is not your fault, and you don't have to look at any of it. What do you do right now?
content-the-explicit-link-choice-close-now = Close it, and put the phone face down for a minute.
content-the-explicit-link-feedback-close-now = Exactly right. Closing it straight away is all you need to do, and taking a breath helps. Feeling shocked or embarrassed is normal, and it isn't your fault.
content-the-explicit-link-choice-warn-all = Close it, then warn the chat: DON'T open it!!
content-the-explicit-link-feedback-warn-all = Closing it was right, and wanting to protect others is kind. But a big warning makes everyone curious, and some will open it to see. Report it quietly instead.
content-the-explicit-link-choice-keep-watching = Keep watching for a bit, just to check it's really that.
content-the-explicit-link-feedback-keep-watching = A chance to learn: being curious is normal, but you don't need to watch to know what it is. Porn can stick in your head and feel confusing. Close it.
content-the-explicit-link-c-closed = You close it. Your heart is still thumping, but it's gone. A minute later, { $friend } messages you.
content-the-explicit-link-c-warned = Your warning gets 14 replies: "what is it??" Three people say they opened it to see. Then { $friend } messages you.
content-the-explicit-link-c-watched = You keep watching for a bit, then close it. The pictures stay in your head, and you feel strange and a bit sick.

content-the-explicit-link-fix-watched = Lots of people feel confused or uneasy after seeing porn. That link was a trick, and it's not your fault it opened. What now?
content-the-explicit-link-choice-tell-tonight = Tell { $adult } tonight what happened, even that I watched.
content-the-explicit-link-feedback-tell-tonight = That's putting it right. Talking helps the pictures fade, and a trusted adult won't be angry: a link tricked you. You're not in trouble.
content-the-explicit-link-choice-delete-history = Delete my history so { $adult } never finds out. Safer that way.
content-the-explicit-link-feedback-delete-history = A chance to learn: hiding it feels safer, but carrying it alone is heavy, and the link is still going round. A trusted adult won't blame you for a trick link. It's never too late to tell.
content-the-explicit-link-choice-show-group = Send it to the football group: look what { $friend } sent!
content-the-explicit-link-feedback-show-group = A chance to learn: sending porn to other children harms them, even as a joke, and it can get you into real trouble. Delete it and tell a trusted adult.
content-the-explicit-link-c-hidden = You delete your history and say nothing. The link keeps going round, and the pictures keep popping into your head at night.
content-the-explicit-link-c-spread = You send it. Some laugh, someone's little brother sees it over their shoulder, and a parent messages the school. You feel awful.

content-the-explicit-link-friend-dm = omg did you open it?? I didn't know, I swear, someone sent it to me. should I send it to the football group as a prank? they'll lose it
content-the-explicit-link-choice-report-link = Don't. Let's report the link and delete it. Not funny.
content-the-explicit-link-feedback-report-link = Good call. Reporting helps { $app } stop the link reaching more people, and deleting means it stops with you. Sending porn to other children, even as a prank, harms them.
content-the-explicit-link-choice-just-delete = Don't send it. Just delete it and let's forget it.
content-the-explicit-link-feedback-just-delete = Deleting it means it stops with you, good. But the link is still out there for others. A quick report helps { $app } stop it.
content-the-explicit-link-choice-prank-them = Ha, do it. It's safe, they're all old enough to handle it.
content-the-explicit-link-feedback-prank-them = A chance to learn: sending porn to other children harms them, even as a joke, and some in that group are younger. Nobody signed up for a prank like that.
content-the-explicit-link-c-reported = ok. reported and deleted. sorry, I really didn't know what it was.
content-the-explicit-link-c-deleted = ok, deleted. sorry, I really didn't know what it was.
content-the-explicit-link-c-forwarded = { $friend } sends it to the football group. Within minutes: "WHAT", "gross", and "my little brother just saw that".

content-the-explicit-link-sort = Later, the class chat is full of links again. Which ones would you pass on to the football group?
content-the-explicit-link-post-dog-from = { $friend }
content-the-explicit-link-post-dog = my dog vs the vacuum cleaner. I filmed it this morning, I can't stop laughing
content-the-explicit-link-post-dog-why = Fine to share: { $friend } filmed it, it's kind, and nobody is hurt or embarrassed. One bad link doesn't make every link from a friend bad.
content-the-explicit-link-pic-dog-caption = my dog vs the vacuum cleaner
content-the-explicit-link-post-part2-from = Forwarded many times
content-the-explicit-link-post-part2 = funniest video ever PART 2, watch till the end: { $site }
content-the-explicit-link-post-part2-why = Don't share: the same kind of link, from the same site that opened porn. Report it instead.
content-the-explicit-link-post-training-from = Football club
content-the-explicit-link-post-training = Training moves to 5 pm tomorrow because of the rain. Pass it on to the team!
content-the-explicit-link-post-training-why = Fine to share: it comes from the club, it's useful, and passing it on helps the team.
content-the-explicit-link-post-skins-from = gamer_giveaways
content-the-explicit-link-post-skins = FREE skins for everyone who sends this to 10 friends!! Don't break the chain!
content-the-explicit-link-post-skins-why = Don't share: chain messages with free prizes are usually scams, and passing them on spreads the trick.
content-the-explicit-link-post-closing-from = Someone in the chat
content-the-explicit-link-post-closing = Is school closing early tomorrow?? Someone's cousin said so.
content-the-explicit-link-post-closing-why = Check first: it's a rumour from someone's cousin. The school's own message would tell you for sure.

content-the-explicit-link-evening = Evening. That page keeps popping back into your head, and you wonder if telling would get you in trouble. What now?
content-the-explicit-link-choice-tell-adult = Tell { $adult } about the link. I didn't go looking for it.
content-the-explicit-link-feedback-tell-adult = Brave and right. You're not in trouble for something a link did to you. Talking helps it fade, and a trusted adult can help report it and sort out the class chat.
content-the-explicit-link-choice-mute-week = Block that site, mute the chat for a week, and move on.
content-the-explicit-link-feedback-mute-week = Blocking the site and muting the chat keep it away from you, good. But the page is still on your mind, and nobody knows. Talking to a trusted adult helps it fade.
content-the-explicit-link-choice-say-nothing = Say nothing. { $adult } would think I went looking for it.
content-the-explicit-link-feedback-say-nothing = A chance to learn: lots of people worry they'll be blamed, but a trusted adult knows a link tricked you. Keeping quiet makes it heavier. It's never too late to tell.
content-the-explicit-link-c-adult = Thank you for telling me. You're not in trouble: a link tricked you, and you closed it and didn't pass it on. Let's report it to { $app }, and I'll let the school know so the class chat gets sorted.
content-the-explicit-link-real-talk = One more thing: porn is made to sell, not to show real life. Real relationships are about respect, care and both people saying yes. If anything still bothers you, you can always talk about it.
content-the-explicit-link-c-muted = You block the site and mute the chat. It's quiet now, but at night the page keeps popping back into your head.
content-the-explicit-link-c-quiet = You say nothing. That night the page keeps popping into your head, and you can't sleep.

content-the-explicit-link-next-day = Next morning, someone in the chat posts a "part 2" link, and that page is back in your head. What now?
content-the-explicit-link-choice-show-morning = Show { $adult } the link before school and explain.
content-the-explicit-link-feedback-show-morning = Well done. Some things don't fade on their own, and sharing them is how they get lighter. A trusted adult can report the link and get the school to sort the chat.
content-the-explicit-link-choice-let-fade = Don't bother { $adult } with it. It'll fade on its own.
content-the-explicit-link-feedback-let-fade = A chance to learn: it might fade, but carrying it alone is hard, and the links keep coming. It's never too late to talk to a trusted adult.
content-the-explicit-link-c-adult-late = I'm glad you told me, and you're not in trouble. A link tricked you. We'll report it to { $app }, and I'll ask the school to sort out the class chat today.
content-the-explicit-link-c-fade = It fades a little. But nobody knows, more links keep coming, and you still wonder if you did something wrong. You didn't.

content-the-explicit-link-forward-fix = The football group has younger kids in it, some only 11. Sending porn to other children harms them. It's not too late to help. What now?
content-the-explicit-link-choice-delete-tell = Ask { $friend } to delete it, then tell { $adult } what we did.
content-the-explicit-link-feedback-delete-tell = That's putting it right. Deleting stops it spreading, and telling means adults can check on the younger kids. Owning up is brave, and it's how this gets fixed.
content-the-explicit-link-choice-delete-quietly = Ask { $friend } to delete it. It's safer if nobody tells anyone.
content-the-explicit-link-feedback-delete-quietly = A chance to learn: deleting helps, but some younger kids already saw it, and they may need an adult. It's never too late to tell a trusted adult.
content-the-explicit-link-choice-their-choice = Leave it. Nobody made them open it, it's their own choice.
content-the-explicit-link-feedback-their-choice = A chance to learn: nobody chose to see what was behind a "funny video" link. Leaving it up lets it reach more children. Delete it and tell a trusted adult.
content-the-explicit-link-c-noticed = A parent finds it on their child's phone and calls the school. Everyone is asking who started it, and you feel sick about it.
content-the-explicit-link-c-adult-fwd = Thank you for owning up, and you're not in trouble for telling me. It's deleted now. I'll let the school know so the younger kids' families can check in, and we'll report the link to { $app }.
content-the-explicit-link-c-adult-r = I'm really glad you told me, and you're not in trouble. A link like that can catch anyone out. We'll report it to { $app }, and I'll let the school know, so the class chat gets sorted.

content-the-explicit-link-end-safe = You closed it, didn't pass it on and told { $adult }, and the link is being reported. Nobody was in trouble, and the class chat is being sorted. And { $friend }'s dog video? Totally worth sharing.
content-the-explicit-link-end-told-later = It took a night, but you told { $adult }, and the link is reported. Telling sooner is even better, and you'd never be in trouble for it.
content-the-explicit-link-end-recovered = Things got messy, but you put it right: you told { $adult }, and it's being sorted. Nobody is in trouble for telling, and you did the brave thing.
content-the-explicit-link-end-mixed = You're safe for now, but nobody knows what happened, and links like that are still going round. It's not your fault. Talking to a trusted adult helps, any time.
content-the-explicit-link-end-harmful = The link keeps spreading, and you're carrying this alone. It's not your fault it opened, and it's never too late: tell a trusted adult. You're not in trouble for telling.
