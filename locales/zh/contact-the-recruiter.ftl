# 接触 / 价值观：招募者（16–18 岁）。只讲激进化的危险信号：不涉及真实组织，不展示仇恨内容。

contact-the-recruiter-title = 招募者
contact-the-recruiter-summary = 游戏服务器里一个友好的账号，先是分享“擦边”笑话，然后是秘密视频，接着发来邀请。
contact-the-recruiter-remember = 奉承、秘密和“我们对抗他们”都是拉人的套路。你随时可以退出、举报，并和你信任的人谈谈。

contact-the-recruiter-app = { $app }
contact-the-recruiter-app-clanhub = Clanhub
contact-the-recruiter-app-yapyard = Yapyard
contact-the-recruiter-app-hollerhub = Hollerhub
contact-the-recruiter-game-starfall = Starfall Arena
contact-the-recruiter-game-ironrift = Iron Rift
contact-the-recruiter-game-driftkings = Drift Kings
contact-the-recruiter-recruiter-kestrel = Kestrel
contact-the-recruiter-recruiter-rook = Rook_42
contact-the-recruiter-recruiter-moss = MossyStone

contact-the-recruiter-npc-recruiter = { $recruiter }
contact-the-recruiter-npc-adult = 吴老师，你的班主任

contact-the-recruiter-intro = 这个月的大多数晚上，你都泡在 { $app } 上的一个 { $game } 表情包服务器里。那里很好玩，{ $recruiter } 总是第一个给你的帖子捧场。
contact-the-recruiter-meme = { $recruiter } 给你发了一条私信：一张因为宗教而嘲笑一整群人的表情包。

contact-the-recruiter-edgy = 哈哈这里只有你能懂这个。主频道太玻璃心了，开不了真正的玩笑。你不一样
contact-the-recruiter-choice-not-funny = 我不觉得好笑。拿一整群人开的玩笑不是无害的。
contact-the-recruiter-feedback-not-funny = 冷静又清楚。针对某个群体的“擦边”玩笑，往往是在试探你能接受什么，“你不一样”则是典型的钩子。尽早说“不”很重要。
contact-the-recruiter-choice-change-subject = 不理那张表情包，换个话题
contact-the-recruiter-feedback-change-subject = 没有附和是好的。不过要注意这个模式：奉承，加上试探你底线的“玩笑”。直接说这样不对，就能表明你的立场。
contact-the-recruiter-choice-laugh = 哈哈太狠了。还有吗？
contact-the-recruiter-feedback-laugh = 学习的机会：跟着笑感觉没什么，但这会让 { $recruiter } 知道你愿意看更多。这样的玩笑会让真实的人感到不安全。
contact-the-recruiter-more-content = 每天晚上都有新的发来，一次比一次黑暗。接着是长视频：“他们”正在夺走你的未来、你的工作、你的国家。你看到凌晨 3 点，开始觉得这些是真的。

contact-the-recruiter-video = 佩服。你是真的有独立思考。大多数人新闻和父母说什么就信什么。看看这个，40 分钟，全是他们不想让你看到的
contact-the-recruiter-choice-check-video = 这是谁做的？我先看看其他来源怎么说。
contact-the-recruiter-feedback-check-video = 聪明。这个频道是匿名的，它的“事实”都出自被事实核查员反复标记的网站，专家的说法也完全不同。“他们不想让你看到”是推销话术。
contact-the-recruiter-choice-skip-video = 不看了。太晚了，我还有考试。
contact-the-recruiter-feedback-skip-video = 保护睡眠是明智的决定。但 { $recruiter } 还会一直发。查查视频的来源，能帮你看清这个模式。
contact-the-recruiter-choice-watch-all = 看，然后让它自动播放下去
contact-the-recruiter-feedback-watch-all = 学习的机会：自动播放会串起越来越极端的视频，因为愤怒能让你一直看下去。连看几个小时的片面视频，什么都可能显得是真的。
contact-the-recruiter-rabbit-hole = 自动播放一直放到凌晨 4 点，一个视频比一个更愤怒。第二天你冲家人发火，没有复习，那些表情包也不再像玩笑了。

contact-the-recruiter-invite = 有个私密群，专门给看清真相的人。只能邀请进入，没有审查。别告诉你家里人，他们和所有人一样被灌输了谎言。现在是我们对抗他们了
contact-the-recruiter-choice-step-back = 退出服务器，举报，并找人谈谈
contact-the-recruiter-feedback-step-back = 勇敢又聪明。保密、“你的家人在骗你”、“我们对抗他们”，都是教科书式的拉人信号。举报能保护别人，信任的成年人可以帮你把事情想清楚。
contact-the-recruiter-choice-decline = 不进群，但留在服务器里
contact-the-recruiter-feedback-decline = 拒绝进群是对的。但 { $recruiter } 每晚都还在，压力还会回来。举报这个账号并告诉别人，才能把门关上。
contact-the-recruiter-choice-join = 进群，并瞒着家人
contact-the-recruiter-feedback-join = 学习的机会：一个要你瞒着爱你的人的群，是想把你孤立起来。操纵就是这样运作的，而被盯上并不是你的错。
contact-the-recruiter-tell-adult = 谢谢你给我看。奉承、秘密和“我们对抗他们”，是一种拉人的模式，而你发现了它。我们先截图，再屏蔽并举报这个账号。如果有人提到要伤害别人，我们就报警。

contact-the-recruiter-inside = 这个群日夜不停地发帖，谁要是有怀疑就会被嘲笑。{ $recruiter } 要你在主服务器发一张仇恨表情包，来“证明你是自己人”。你已经一整周没复习了。
contact-the-recruiter-way-back = 操纵就是这样运作的：奉承、秘密、我们对抗他们、把你孤立起来。这一切都不是你的错，你随时都可以退出。你会怎么做？
contact-the-recruiter-choice-get-out = 退出，保存截图，并告诉我信任的人
contact-the-recruiter-feedback-get-out = 这是最勇敢的做法。离开一个曾让你有归属感的群并不容易。截图能帮助平台采取行动，必要时也能帮助警方。求助热线也可以支持你。
contact-the-recruiter-choice-mute = 把群设成免打扰，休息一下，不告诉任何人
contact-the-recruiter-feedback-mute = 休息一下能给你思考的空间，这很好。但这个群会想方设法把你拉回去，而关心你的人都不知道。告诉别人，才能让这次休息真正持续下去。
contact-the-recruiter-choice-prove = 发那张表情包来证明自己
contact-the-recruiter-feedback-prove = 学习的机会：仇恨帖子会伤害服务器里真实的人，违反平台规则，可能触犯法律，还会跟着你很多年。退出永远不会太晚。
contact-the-recruiter-tell-late = 你来找我，我真的很高兴，你没有做错事。这类群专门盯上感到孤独或愤怒的人；这不是你的缺点。我们去举报它，也给自己留出时间，做些线下喜欢的事。

contact-the-recruiter-end-safe = 你看穿了玩笑和秘密背后的钩子，并在别人的帮助下退了出来。谁是你的敌人，轮不到别人替你决定。
contact-the-recruiter-end-mixed = 你保持了距离，但 { $recruiter } 还在服务器里，继续对你和别人下功夫。举报这个账号并告诉你信任的人，才能把门关上。
contact-the-recruiter-end-recovered = 你曾被卷了进去，后来找到了回来的路，还寻求了帮助。这需要真正的力量。关心你的人从来没有离开。
contact-the-recruiter-end-harmful = 这个群占据了你的夜晚和思绪，还想要更多。这不是你的错，现在也不晚：退出、举报，并和你信任的人谈谈。
