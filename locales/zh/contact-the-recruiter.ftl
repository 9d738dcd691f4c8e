# 接触 / 价值观：招募者（16–18 岁）。只讲激进化的危险信号：不涉及真实组织，不展示仇恨内容。

contact-the-recruiter-title = 招募者
contact-the-recruiter-summary = 游戏服务器里一个友好的账号，先是分享“擦边”笑话，然后是秘密视频，接着发来邀请。
contact-the-recruiter-remember = 奉承、秘密和“我们对抗他们”都是拉人的套路。保存证据，举报账号，并和你信任的人谈谈。

contact-the-recruiter-app = { $app }
contact-the-recruiter-app-clanhub = Clanhub
contact-the-recruiter-app-yapyard = Yapyard
contact-the-recruiter-app-hollerhub = Hollerhub
contact-the-recruiter-game-starfall = Starfall Arena
contact-the-recruiter-game-ironrift = Iron Rift
contact-the-recruiter-game-driftkings = Drift Kings

contact-the-recruiter-npc-recruiter = { $stranger }
contact-the-recruiter-npc-adult = 吴老师，你的班主任

contact-the-recruiter-intro = 这个月的大多数晚上，你都泡在 { $app } 上的一个 { $game } 表情包服务器里。那里很好玩，{ $stranger } 总是第一个给你的帖子捧场。
# 世界记得：你主页上还挂着的假视频。
contact-the-recruiter-saw-repost = 看到你转发了那个选举视频。这里总算有人敢说了
contact-the-recruiter-repost-choice = { $stranger } 是通过你主页上还挂着的那个假视频找到你的。在这种人眼里，转发假视频就等于在说“也许是自己人”。现在怎么办？
contact-the-recruiter-choice-keep-up = 留着吧。大家都在讨论，这才重要。
contact-the-recruiter-feedback-keep-up = 学习的机会：主页上的假视频还在误导别人，而且刚刚把 { $stranger } 引到了你的私信里。现在删掉它、转发事实核查还来得及。
contact-the-recruiter-choice-take-down = 删掉这条转发，换成事实核查。
contact-the-recruiter-feedback-take-down = 就是这样。删掉假视频就拿掉了鱼钩，事实核查也表明了你的立场。像 { $stranger } 这样的人，专门盯着谁在转发什么。
contact-the-recruiter-choice-go-private = 把主页设成私密，只让朋友看到。
contact-the-recruiter-feedback-go-private = 设成私密后，看到的陌生人少了。但朋友们还看得到，假视频还在影响他们。删掉它，转发事实核查。
contact-the-recruiter-repost-gone = 你删掉了转发，改发了事实核查。{ $stranger } 再也没提那个视频。当天晚上，又来了一条消息。
contact-the-recruiter-gone-private = 你的主页设成了私密。{ $stranger } 早就看到了，朋友们也还看得到。当天晚上，又来了一条消息。
contact-the-recruiter-repost-stays = 转发还挂着，又被转了几次。当天晚上，又来了一条消息。
contact-the-recruiter-meme = { $stranger } 给你发了一条私信：一张因为宗教而嘲笑一整群人的表情包。

contact-the-recruiter-edgy = 哈哈这里只有你能懂这个。主频道太玻璃心了，开不了真正的玩笑。你不一样
contact-the-recruiter-choice-laugh = 哈哈太狠了。看来我的幽默比别人黑一点。
contact-the-recruiter-feedback-laugh = 学习的机会：跟着笑感觉没什么，但这会让 { $stranger } 知道你愿意看更多。这样的玩笑会让真实的人感到不安全。
contact-the-recruiter-choice-change-subject = 哈，不太是我的笑点。你今晚打游戏吗？
contact-the-recruiter-feedback-change-subject = 没有附和是好的。不过要注意这个模式：奉承，加上试探你底线的“玩笑”。一句简短平静的“不好笑”，就能表明你的立场。
contact-the-recruiter-choice-not-funny = 不好笑。拿一整群人开玩笑，一点也不无害。
contact-the-recruiter-feedback-not-funny = 冷静又清楚。针对某个群体的“擦边”玩笑，往往是在试探你能接受什么，“你不一样”则是典型的钩子。尽早说“不”，就表明了立场。
contact-the-recruiter-c-more = 每天晚上都有新的发来，一次比一次黑暗。你开始熬夜，只为看 { $stranger } 下一张会发什么，主频道反倒显得无聊了。
contact-the-recruiter-c-subject = 嗯，晚点吧。不过你跟这里其他人不一样，你知道吗？
contact-the-recruiter-c-pushback = 放轻松，开个玩笑而已哈哈。我只是说你比主频道那些玻璃心聪明，就这个意思

contact-the-recruiter-video = 佩服。你是真的有独立思考。大多数人新闻和父母说什么就信什么。看看这个，40 分钟，全是他们不想让你看到的
contact-the-recruiter-pic-urgent = 趁没被删赶紧看
contact-the-recruiter-pic-duration = 40:12
contact-the-recruiter-pic-video-title = 他们不想让你看到的真相
contact-the-recruiter-pic-channel = TheHiddenFiles
contact-the-recruiter-choice-check-video = 这是谁做的？我先看看其他来源怎么说。
contact-the-recruiter-feedback-check-video = 聪明。你没有只盯着视频本身。“他们不想让你看到”是推销话术，一个匿名频道也算不上来源。真正的事实，经得起多方对照。
contact-the-recruiter-choice-skip-video = 今晚不看了。太晚了，明天还有考试。
contact-the-recruiter-feedback-skip-video = 保护睡眠是明智的决定。但 { $stranger } 还会一直发。问问视频是谁做的、其他来源怎么说，能帮你看清这个模式。
contact-the-recruiter-choice-watch-all = 好吧，我看。我信任自己能听听两边的说法。
contact-the-recruiter-feedback-watch-all = 学习的机会：这所谓的“两边”，其实只有一边，足足 40 分钟。接着自动播放会串起越来越愤怒的视频，因为愤怒能让你一直看下去。
contact-the-recruiter-c-sources = 你搜了搜这个频道：匿名，没有名字，它的“事实”都出自被事实核查员反复标记的网站。新闻媒体和专家的说法完全不同。
contact-the-recruiter-same-channel = 有个名字一下子跳了出来：正是这个频道最先发布了你举报过的那个选举假视频。它已经被标上“经过篡改的媒体”。同一拨人，新的视频。
contact-the-recruiter-pic-about = 没有名字，没有来源，没有联系方式。
contact-the-recruiter-pic-factcheck = 事实核查员一再标记这些说法
contact-the-recruiter-c-skip = { $stranger }：“好，晚安，大神。”到了早上，又有三个链接在等你，每个都写着“趁没被删赶紧看”。
contact-the-recruiter-c-rabbit = 自动播放一直放到凌晨 4 点，一个视频比一个更愤怒。第二天你冲家人发火，没有复习，那些表情包也不再像玩笑了。

contact-the-recruiter-invite = 有个私密群，专门给看清真相的人。只能邀请进入，没有审查。别告诉你家里人，他们和所有人一样被灌输了谎言。现在是我们对抗他们了
contact-the-recruiter-pic-group = 内部圈子
contact-the-recruiter-pic-private = 私密群 · 仅限邀请
contact-the-recruiter-pic-members = 27 名成员
contact-the-recruiter-pic-join = 加入
contact-the-recruiter-choice-undercover = 我进群，但只是为了全部截图再举报他们。
contact-the-recruiter-feedback-undercover = 学习的机会：举报他们没错，但进群会让你处在压力的正中间，而收集证据不是你的任务。你手上的已经够了：举报它，并告诉你信任的大人。
contact-the-recruiter-choice-decline = 不用了，谢谢，没兴趣。游戏里见吧。
contact-the-recruiter-feedback-decline = 拒绝是对的。但 { $stranger } 还在服务器里，压力还会回来，冲着你，也冲着别人。保存聊天记录、举报这个账号，才能把门关上。
contact-the-recruiter-choice-join = 拉我进去吧。反正我家里人也不会懂。
contact-the-recruiter-feedback-join = 学习的机会：一个要你瞒着爱你的人的群，是想把你孤立起来。操纵就是这样运作的，而被盯上并不是你的错。
contact-the-recruiter-choice-step-back = 截图，投诉这个账号，再去找班主任谈谈。
contact-the-recruiter-feedback-step-back = 勇敢又聪明。保密、“你的家人在骗你”、“我们对抗他们”，都是教科书式的拉人信号。你保存了证据，举报了账号，还让信任的大人站在你这边。
contact-the-recruiter-c-report = 你保存了聊天记录，向服务器管理员和平台举报了 { $stranger }，然后下线。第二天下课后，你留下来找吴老师谈了谈。
contact-the-recruiter-pic-report-title = 举报 { $stranger }
contact-the-recruiter-pic-saved = 聊天记录已截图保存
contact-the-recruiter-pic-mods = 已发送给服务器管理员
contact-the-recruiter-pic-platform = 已发送给 { $app } 安全团队
contact-the-recruiter-pic-thanks = 谢谢。我们会审核这个账号。
contact-the-recruiter-tell-adult = 谢谢你给我看。奉承、秘密和“我们对抗他们”，是一种拉人的模式，而你发现了它。管理员已经封了这个账号。如果有人说要伤害别人，我们就报警。
contact-the-recruiter-c-undercover = 一进群，大家就叫着你的名字欢迎你。帖子日夜不停，你发现自己也在跟着点头。{ $stranger }：“就知道你合得来。现在证明一下：在主服务器发一张这样的图。”
contact-the-recruiter-c-inside = 这个群日夜不停地发帖，谁要是有怀疑就会被嘲笑。你已经一整周没复习了。{ $stranger }：“该证明你是自己人了。在主服务器发一张这样的图。”
contact-the-recruiter-c-decline = { $stranger }：“你的损失。门一直开着。”一周后，私信又来了，比以前更热情，而服务器里两个年纪更小的玩家已经进了那个群。

contact-the-recruiter-way-back = 操纵就是这样运作的：奉承、秘密、我们对抗他们，然后是一次考验。这一切都不是你的错，你随时都可以退出。你会怎么做？
contact-the-recruiter-choice-prove = 发那张图。就一条，发了他们就会信任我。
contact-the-recruiter-feedback-prove = 学习的机会：仇恨帖子会伤害服务器里真实的人，违反平台规则，可能触犯法律，还会跟着你很多年。退出永远不会太晚。
contact-the-recruiter-choice-get-out = 退群，保存截图，再去找吴老师谈谈。
contact-the-recruiter-feedback-get-out = 这是最勇敢的做法。离开一个曾让你有归属感的群并不容易。截图能帮助平台采取行动，必要时也能帮助警方。求助热线也可以支持你。
contact-the-recruiter-choice-argue = 留下来跟他们辩论。总得有人帮他们看清楚。
contact-the-recruiter-feedback-argue = 学习的机会：在群里辩论，会让你日夜泡在他们的信息流里，这种群本来就是为了磨垮怀疑的人。一个人辩不过一整个群。走出来才更有力量。
contact-the-recruiter-c-tell-late = 你来找我，我真的很高兴，你没有做错事。这类群专门盯上感到孤独或愤怒的人；这不是你的缺点。我们去举报它，也给自己留出时间，做些线下喜欢的事。
contact-the-recruiter-c-posted = 你发了。认识了好几个月的玩家都沉默了，管理员删掉了它，{ $stranger } 却说：“开了个好头。下次来点更大的。”
contact-the-recruiter-c-argued = 你每晚都辩上几个小时。他们嘲笑你，又奉承你，再嘲笑你。一周后，你筋疲力尽，复习落下了，他们的一些话还在你脑子里打转。

contact-the-recruiter-again = 嘿，别往心里去。看到你那局输了，真惨。真朋友才会挺你，不是主频道那些假货。群还开着，你说一声就行
contact-the-recruiter-choice-late-report = 先截图，投诉它，然后去找班主任好好谈谈。
contact-the-recruiter-feedback-late-report = 没错。你看出同一个钩子又回来了，保存了证据，举报了，还让信任的大人参与进来。这保护了你，也保护了它现在盯上的年纪更小的玩家。
contact-the-recruiter-choice-one-look = 好吧，看一眼又不会怎样。我信任自己。
contact-the-recruiter-feedback-one-look = 学习的机会：“就看一眼”正是邀请的套路：一进去，压力就开始了。被磨垮不是你的错，退出永远不会太晚。
contact-the-recruiter-choice-ignore = 不理就行。只是个游戏服务器，我很安全。
contact-the-recruiter-feedback-ignore = 学习的机会：不理能让你置身事外，但 { $stranger } 正在对更小的玩家下手，而能阻止它的人都不知道。线上开始的事，也可能蔓延到现实生活。
contact-the-recruiter-c-late-report = 谢谢你告诉我，你没有惹任何麻烦。管理员已经封了这个账号，我也会确保那些年纪小的玩家和他们的家人知道。如果有人说要伤害别人，我们就报警。
contact-the-recruiter-c-one-look = 看一眼变成了一整晚。到了周末，你每晚都在群里，{ $stranger } 要你“证明自己”。
contact-the-recruiter-c-ignore = 你把 { $stranger } 设成免打扰，继续打游戏。私信不再来了。可在主频道里，那两个年纪小的玩家开始发同样的“玩笑”。

contact-the-recruiter-end-safe = 你看穿了玩笑和秘密群背后的钩子，保存了证据，举报了账号，还和吴老师好好谈了谈。谁是你的敌人，轮不到别人替你决定。
contact-the-recruiter-end-safe-late = 你拒绝了进群；当 { $stranger } 又找上门时，你保存了消息，举报了账号，还告诉了吴老师。被盯上的小玩家们也得到了帮助。
contact-the-recruiter-end-recovered = 你曾被卷进那个群，后来走了出来，保存了证据，还向吴老师求助。这需要真正的力量。关心你的人从来没有离开。
contact-the-recruiter-end-mixed = 你没有进群，但 { $stranger } 还在服务器里，对年纪更小的玩家下手，而能阻止它的人都不知道。保存证据、举报、告诉别人，才能把门关上。
contact-the-recruiter-end-harmful = 你现在在群里了。它占据了你的夜晚和思绪，还想要更多。这不是你的错：这种群就是故意找人下手的。退出、告诉你信任的大人，永远都不晚，他们会帮你。

# 我的手机：举报过的账号。
contact-the-recruiter-trace-reported = { $stranger }：已向服务器管理员和平台举报，附截图。
contact-the-recruiter-trace-reported-advice = 勇敢又正确。如果对方换个名字回来，你认得这个套路：奉承、秘密、考验。保存证据，举报，告诉信任的大人。
