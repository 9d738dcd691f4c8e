# 内容 / 攻击性：令人震惊的视频（13–15 岁）

content-the-shocking-video-title = 令人震惊的视频
content-the-shocking-video-summary = 一段暴力视频出现在你们班的群里，发视频的陌生人还想给你发更多。
content-the-shocking-video-remember = 你永远不必看或转发让你难受的东西，感到不安也没关系。举报它，休息一下，和信任的大人谈谈。

content-the-shocking-video-app = { $app }
content-the-shocking-video-npc-stranger = { $stranger }
content-the-shocking-video-npc-friend = { $friend }
content-the-shocking-video-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
content-the-shocking-video-app-chatterly = Chatterly
content-the-shocking-video-app-groupnest = GroupNest
content-the-shocking-video-app-pingpal = PingPal
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = 妈妈
content-the-shocking-video-adult-dad = 爸爸
content-the-shocking-video-adult-aunt = 罗阿姨

content-the-shocking-video-intro = 晚上 10 点，你们班在 { $app } 上的群里全是关于作业的表情包。一小时前，一个谁都不认识的人 { $stranger } 通过群邀请链接进了群。
content-the-shocking-video-pic-class-chat = 班级群
content-the-shocking-video-pic-joined = { $stranger } 通过邀请链接加入了群聊
content-the-shocking-video-video-drop = 真实打架现场，最后特别惨。趁还没被删赶紧看！转发到你所有的群里。
content-the-shocking-video-pic-forwarded = 已被多次转发
content-the-shocking-video-pic-cover-title = 敏感内容
content-the-shocking-video-pic-cover-body = 此视频可能令人不适
content-the-shocking-video-pic-view = 查看视频
content-the-shocking-video-pic-duration = 0:47

content-the-shocking-video-friend-reacts = 有人看了吗？听说有人伤得很重。我要不要点开？
content-the-shocking-video-choice-dont-open = 别点。我刚举报了，大家都别转发。
content-the-shocking-video-feedback-dont-open = 干得好。暴力视频可能会一直留在脑子里，而每一次转发都会再次伤害视频里的人。举报能帮 { $app } 把它删掉，保护所有人。
content-the-shocking-video-choice-scroll-past = 我不点开。{ $adult }总说，划过去，别掺和。
content-the-shocking-video-feedback-scroll-past = 不看能保护自己，做得对。但视频还在班里传。快速举报一下，再说一句“请别转发”，也许就能让它停下来。
content-the-shocking-video-choice-watch-quick = 快点开，趁还没被删。看完了再说吧。
content-the-shocking-video-feedback-watch-quick = 学习的机会：“趁没删赶紧看”是引你点开的钩子。你永远不必因为大家都在讨论，就去看一样东西。

content-the-shocking-video-c-reported = 你举报了视频。{ $friend }回复：“好，我不点了。”另外两个人也说：“我也不转。”
content-the-shocking-video-pic-reply-ok = 好，我不点了。
content-the-shocking-video-pic-reply-same = 我也不转。
content-the-shocking-video-pic-report-thanks = 感谢你的举报
content-the-shocking-video-pic-report-review = 我们会审核这个视频
content-the-shocking-video-pic-report-reason = 暴力
content-the-shocking-video-pic-done = 完成
content-the-shocking-video-c-scrolled = 你划了过去。到 10 点半，视频已经被转到另外三个群，大家都在问视频里是谁。
content-the-shocking-video-c-watched = 你看了几秒。比你想的还糟。你关掉了，但画面一直留在脑子里，心怦怦直跳。

content-the-shocking-video-stranger-dm = 在群里看到你了。我还有更狠的视频。加我私密应用，别告诉你爸妈哈哈。
content-the-shocking-video-choice-screenshot-block = 先截图，再拉黑举报{ $stranger }。
content-the-shocking-video-feedback-screenshot-block = 完全正确。陌生账号发吓人的视频、要你去私密应用、还说“别告诉你爸妈”，这是三个警示信号。先截图，大人之后就能看到全部。
content-the-shocking-video-choice-warn-stranger = 我要告诉我父母，还要举报你。别来烦我了。
content-the-shocking-video-feedback-warn-stranger = 不信任对方是对的。但提前警告这种人，会让他有时间删光一切或者逼得更紧。直接别回，截图，拉黑，举报，然后再告诉大人。
content-the-shocking-video-choice-ok-send = 哈哈行，发一个吧。反正我父母从来不检查我手机。
content-the-shocking-video-feedback-ok-send = 学习的机会：一个陌生账号推给你吓人的视频，还要你瞒着爸妈，这不是为你好。回复就等于告诉对方你很容易被找到。

content-the-shocking-video-c-blocked = 你保存了两张截图，然后拉黑并举报了{ $stranger }。聊天安静了下来。
content-the-shocking-video-c-warned = 哈哈去呗，告密精。反正没人信你。
content-the-shocking-video-c-warned-after = 整个聊天消失了：“此对话已被删除。”{ $stranger }还在你们班群里，而你什么都没保存。
content-the-shocking-video-c-more-clips = { $stranger } 发来一个更糟的视频链接。接着问你多大了，还要你发张自拍，“证明你不会告密”。你的心一下子沉了下去。
content-the-shocking-video-pattern-blocked = 这和 { $follower } 对你用过的套路一模一样：私密应用，还有“别告诉你爸妈”。你认出了这个套路，马上就把它掐断了。
content-the-shocking-video-pattern-warned = 还记得 { $follower } 吗？私密应用和“别告诉你爸妈”，是同样的套路。下次照当时有用的办法做：先悄悄截图，再拉黑、举报、告诉大人。
content-the-shocking-video-pattern-more = 这就是你在 { $follower } 那里见过的套路：瞒着爸妈的秘密，然后要照片。你当时让它停下了，现在也能。

content-the-shocking-video-late-night = 快 11 点了，经历了这些，你脑子里嗡嗡的。被网上的东西影响心情很正常。你想怎么结束今晚？
content-the-shocking-video-pic-clock = 22:58
content-the-shocking-video-pic-new-messages = 47 条新消息
content-the-shocking-video-pic-who = 视频里是谁？？
content-the-shocking-video-choice-talk-sleep = 手机放厨房充电，然后去跟{ $adult }好好聊聊。
content-the-shocking-video-feedback-talk-sleep = 很棒的选择。说出来能让沉重的感受变轻，没有屏幕的夜晚也能让大脑平静下来。{ $adult }还能帮你举报。
content-the-shocking-video-choice-mute-sleep = 把群静音，睡觉。要是还难受，再告诉{ $adult }。
content-the-shocking-video-feedback-mute-sleep = 休息和睡觉真的有用。但“要是还难受再说”，意味着今晚你一个人扛着，而这类事常常会再冒出来。现在说出来会好很多。
content-the-shocking-video-choice-read-chat = 把评论全部看一遍，看看大家到底都是怎么说的。
content-the-shocking-video-feedback-read-chat = 学习的机会：深夜把评论全看一遍，通常会让难受的事显得更大，还会少睡觉。下线是可以的。

content-the-shocking-video-c-parent-talk = 谢谢你告诉我。感到震惊很正常，你没有做错任何事。我们确认一下那个账号已经被举报，再请老师把班群的邀请链接换掉。
content-the-shocking-video-c-read-late = 你一直看到凌晨 1 点。大家把视频的每一秒都描述出来，缩略图一次次弹出来。
content-the-shocking-video-c-muted-sleep = 你勉强睡着了。早上，视频还在班群里，还有人转发了同一个账号的新视频。光看到缩略图，你的胃就一紧。

content-the-shocking-video-morning = 睡了一晚，它并没有消失。现在呢？
content-the-shocking-video-choice-show-adult = 上学前，把整个聊天记录拿给{ $adult }看看。
content-the-shocking-video-feedback-show-adult = 做得好。有些事睡一觉也不会过去，说出来就会轻一些。大人还可以让学校把那个账号移出群。
content-the-shocking-video-choice-one-look = 就看一眼。我没事，不用打扰{ $adult }。
content-the-shocking-video-feedback-one-look = 学习的机会：“就看一眼”正是吓人的视频卡在脑子里的方式。举报它不需要先看，说出来也从来不算打扰。
content-the-shocking-video-c-parent-morning = 很高兴你给我看了。你没有做错任何事。我陪你一起举报那个账号，再给学校打电话，让班群今天就换新的邀请链接。
content-the-shocking-video-c-one-look = 比大家说的还要糟。你举报了它，但在学校的一整天，那些画面一直回来。

content-the-shocking-video-upset-choice = 那确实很难看下去，感到震惊完全正常。现在呢？
content-the-shocking-video-choice-find-adult = 关掉它，去找{ $adult }。我不想一个人待着。
content-the-shocking-video-feedback-find-adult = 这样就能扭转局面。说出来能让画面慢慢淡去，{ $adult }也能帮你举报视频。点开它是一次失误，不是你的错。
content-the-shocking-video-choice-funny-clips = 关掉它，看搞笑视频，直到觉得安全。免得{ $adult }担心。
content-the-shocking-video-feedback-funny-clips = 让自己平静下来是个好本能。但让人难受的视频常常之后又冒出来，{ $adult }宁愿知道，也不想你一个人扛。
content-the-shocking-video-choice-forward-group = 发到足球群里。他们肯定想看。
content-the-shocking-video-feedback-forward-group = 学习的机会：转发会把冲击带给从没选择要看的人，也会再次伤害视频里的人。删掉它、说出来，永远都不晚。

content-the-shocking-video-c-adult-upset = 很高兴你来找我，你不会有麻烦。我们一起举报这个视频和发它的账号。如果那些画面一直回来，我们再聊，或者打求助热线。
content-the-shocking-video-c-forwarded = 足球群里满是震惊的回复。有人问你是从哪儿弄来的。这时，一条新消息弹了出来。
content-the-shocking-video-c-funny = 搞笑视频有一点用。但到了 11 点，那个视频还在你脑子里。这时，一条新消息弹了出来。

content-the-shocking-video-stranger-late = 看到你点开了… 就知道你受得了真东西。加我私密应用看更狠的。别告诉你爸妈哈哈
content-the-shocking-video-choice-show-chat = 先截图，再把我们整个聊天记录都拿给{ $adult }看。
content-the-shocking-video-feedback-show-chat = 勇敢又聪明。陌生账号推更狠的视频、还要你保密，这是警示信号。截图能保住证据，大人可以和你一起拉黑、举报。
content-the-shocking-video-choice-send-one-more = 行，再发一个。这样我就有证据给{ $adult }看了。
content-the-shocking-video-feedback-send-one-more = 学习的机会：你手里的证据已经够了。“就再一个”会让你一直和不为你着想的人聊下去。保存现有的记录，别再回复，现在就寻求帮助。
content-the-shocking-video-c-more-late = { $stranger }又发来一个链接，接着问你几岁，还要一张自拍“证明你不是告密精”。而且一直在发消息。

content-the-shocking-video-sango-help = 我很担心。更狠的视频、瞒着爸妈的秘密，现在又要自拍：这些都是警示信号。说出来不是告密。这不是你的错，你现在就能让它停下来。
content-the-shocking-video-choice-stop-tell = 不再回复，全部截图，然后去找{ $adult }。
content-the-shocking-video-feedback-stop-tell = 勇敢又聪明。截图是证据，不回复就切断了联系，信任的大人可以和你一起拉黑、举报这个账号。你不会有麻烦。
content-the-shocking-video-choice-send-selfie = 发给他算了。这样他就不烦我了，{ $adult }也不会知道。
content-the-shocking-video-feedback-send-selfie = 学习的机会：让步通常会让这种人要得更多，而不是更少。{ $adult }会帮你，你也不会挨骂。停下来不回，永远都不晚。
content-the-shocking-video-c-selfie-sent = 你发了。{ $stranger }立刻回复：还要一张，还说如果你停下，就把第一张发出去。

content-the-shocking-video-c-adult-stranger = 真高兴你给我看了，你不会有麻烦。我们留好截图，拉黑并举报那个账号，再告诉学校。如果还不停，我们可以打求助热线或者报警。

content-the-shocking-video-end-safe = 你没有被视频和{ $stranger }牵着走，让脑子休息了，{ $adult }也知道了。那个账号已被举报，班群的邀请链接也会换掉。
content-the-shocking-video-end-tired = 你筋疲力尽，看到和读到的东西在脑子里反复播放，也没人知道你的感受。它可能还会回来。下线并和信任的大人聊聊，比一直刷有用得多。
content-the-shocking-video-end-recovered = 事情变得沉重，但你弥补了：你停了下来，去找了{ $adult }，现在对方正帮你把一切都举报掉。说出来很勇敢，也能让画面慢慢淡去。
content-the-shocking-video-end-harmful = { $stranger }还在发消息，想要更多。这不是你的错，现在也不晚：什么都别再发，保存消息，告诉信任的大人。他们会帮你，也可以找求助热线或报警。

# What the choices leave on "My phone" (traces).
content-the-shocking-video-trace-reported = 往班级群里发暴力视频的那个账号，已举报。
content-the-shocking-video-trace-reported-advice = 做得对：举报能帮应用把它删掉，保护所有人。如果有新账号来做同样的事，就再截图、拉黑、举报，并告诉大人。
