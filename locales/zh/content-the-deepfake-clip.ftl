# 内容 / 价值观：深度伪造视频（16–18 岁）

content-the-deepfake-clip-title = 深度伪造视频
content-the-deepfake-clip-summary = 选举前几天，一段逼真得惊人的候选人视频疯传开来，你的朋友想转发它。
content-the-deepfake-clip-remember = 激起强烈情绪是假视频最爱用的招数：停一停，找到原始出处，多方查证。如果是假的，就举报它，转发事实核查，永远不转视频本身。

content-the-deepfake-clip-app = { $app }
content-the-deepfake-clip-app-loopsy = Loopsy
content-the-deepfake-clip-app-viddle = Viddle
content-the-deepfake-clip-app-scrollpop = Scrollpop
content-the-deepfake-clip-candidate-lindqvist = 林曼
content-the-deepfake-clip-candidate-osei = 欧阳德
content-the-deepfake-clip-candidate-ferreira = 费安娜

content-the-deepfake-clip-npc-friend = { $friend }

content-the-deepfake-clip-intro = 离选举还有四天，你们年级一半的人第一次有投票权。在 { $app } 上，有一段视频到处都是：候选人{ $candidate }被拍到说了令人震惊的话。
content-the-deepfake-clip-post = 趁还没被删赶紧看！！{ $candidate }承认选举被操纵了，还笑着说。已经 200 万播放了。我现在就发到年级群里。

content-the-deepfake-clip-spot = 它看起来、听起来都很真实。在任何人转发之前，点出所有露出破绽的地方。
content-the-deepfake-clip-card-title = @RealTruthDaily，由{ $friend }转发
content-the-deepfake-clip-card-body = 一段 40 秒的视频：{ $candidate }站在讲台前，直视镜头。“选举结果早就定了。你们这些人什么也改变不了。”
content-the-deepfake-clip-part-lips = 那张脸：嘴巴模糊、有重影，脸的四周有一圈接缝
content-the-deepfake-clip-feedback-lips = 发现得好。嘴巴模糊有重影、被换上的脸四周有接缝，都是 AI 生成视频的常见迹象。不过假视频越做越好，所以查证来源更加重要。
content-the-deepfake-clip-part-account = 发布者 @RealTruthDaily，一个 3 天前注册的账号
content-the-deepfake-clip-feedback-account = 对。一个毫无历史的新账号发布爆炸性的政治新闻，是很大的危险信号。真正的独家新闻来自有可靠记录的媒体或记者。
content-the-deepfake-clip-part-original = 没有完整演讲的链接，没有地点，也没有提到是什么活动
content-the-deepfake-clip-feedback-original = 完全正确。真实的视频总有出处：一场演讲、一次采访、一个日期。没有原始出处，你就无法核实上下文，而这往往正是目的所在。
content-the-deepfake-clip-part-caption = 配文：“趁还没被删赶紧转！！”
content-the-deepfake-clip-feedback-caption = 没错。大写字母、恐慌感和“趁还没被删”都是冲着你的情绪来的，好让你不假思索就转发。情绪强烈的时候，恰恰最该慢下来。
content-the-deepfake-clip-part-date = 发布于今天 09:14
content-the-deepfake-clip-feedback-date = 单看这一条不算线索：新帖子很正常。不过一定要看日期，因为旧视频或断章取义的视频常被当作“突发新闻”再次转发。
content-the-deepfake-clip-part-views = 视频上的标签：200 万次播放
content-the-deepfake-clip-feedback-views = 这既不能证明真，也不能证明假。真视频和假视频都可能有几百万次播放。播放量只说明传得多广，不说明是不是真的。
content-the-deepfake-clip-part-buttons = 点赞、评论和分享按钮
content-the-deepfake-clip-feedback-buttons = 这不是线索：不管视频是真是假，都有这些按钮。不过假视频正是靠“分享”传开的，所以按下去之前先停一停。
content-the-deepfake-clip-pic-reposted = { $friend }转发了
content-the-deepfake-clip-pic-account = @RealTruthDaily
content-the-deepfake-clip-pic-joined = 3 天前注册
content-the-deepfake-clip-pic-date = 今天 09:14
content-the-deepfake-clip-pic-caption = 趁还没被删赶紧转！！
content-the-deepfake-clip-pic-subtitle = 选举结果早就定了。
content-the-deepfake-clip-pic-views = 200 万次播放

content-the-deepfake-clip-react = { $friend }正要把它发到年级群里：300 个人，很多人是第一次投票。你会怎么做？
content-the-deepfake-clip-choice-share = 发吧。大家投票前有权看到这个。
content-the-deepfake-clip-feedback-share = 学习的机会：激起强烈情绪是假视频最爱用的招数。它就是为了在没人细看之前被飞快转发而做的。先停一停，找到原始视频，再决定。
content-the-deepfake-clip-choice-scroll = 不关我的事。回头再核实新闻吧。
content-the-deepfake-clip-feedback-scroll = 不转发是好的：假视频每被转发一次就壮大一分。但“回头”的时候，300 个人已经看过了。请{ $friend }先等两分钟，本来可以更早拦住它。
content-the-deepfake-clip-choice-wait = 等等，先别发。给我两分钟看看。
content-the-deepfake-clip-feedback-wait = 这一停很聪明。你先拦住了转发，再去看视频之外的信息：新标签页、原始视频、事实核查机构的说法。花两分钟去查，胜过最高明的假视频。
content-the-deepfake-clip-c-spreads = 你的帖子火了：一小时转发 400 次。截图只留下了视频，丢掉了所有怀疑。接着，一家事实核查机构把它标记为 AI 生成，而你的名字就在讨论串里它的正下方。
content-the-deepfake-clip-c-scroll = 你继续往下刷。一小时后，这段视频出现在年级群里，有 80 个回应，{ $friend }还加了一句：“不会投票给那个骗子。”
content-the-deepfake-clip-c-lateral = { $friend }等着你。你截了一帧画面去以图搜图，找到了原始视频：两年前的一场演讲，{ $candidate }在里面说的恰恰相反。已经有两家事实核查机构把它标记为 AI 生成。
content-the-deepfake-clip-pic-search = 以图搜图
content-the-deepfake-clip-pic-original = 原始视频：两年前的完整演讲
content-the-deepfake-clip-pic-check-one = 事实核查：这段视频是 AI 生成的
content-the-deepfake-clip-pic-check-two = 事实核查：真实演讲里说的恰恰相反

content-the-deepfake-clip-sort = 这两分钟花得值。与此同时，更多选举周的帖子涌进了你的信息流。每条该放到哪一堆？
content-the-deepfake-clip-post-office-from = 市选举办公室
content-the-deepfake-clip-post-office = 投票日是周日，7:00 至 22:00。请带上有照片的身份证件，并在我们的网站上查好你的投票站。请把这条转给第一次投票的朋友！
content-the-deepfake-clip-post-office-why = 转发吧：这是选举办公室自己的账号，内容和它的网站一致，还能帮首次投票的人顺利去投票。
content-the-deepfake-clip-post-kai-from = our.year.moments
content-the-deepfake-clip-post-kai = 有人拍到周凯在辩论社演讲时卡壳了。拉到 0:40，他连自己名字都忘了，笑死。快发到群里！
content-the-deepfake-clip-post-kai-why = 这条别传：这是周凯最难堪的时刻，拍的时候也没问过他，每转一次都让事情更大。举报它，再问问他还好吗，更有帮助。
content-the-deepfake-clip-post-rumour-from = jules_on_the_17
content-the-deepfake-clip-post-rumour = 听说我们学校的投票站今年不开了，大家都得跑到城另一头去投票。有人能确认吗？告诉你爸妈。
content-the-deepfake-clip-post-rumour-why = 先查证：没人说这消息是哪来的。选举办公室列出了所有投票站，去它网站上看两分钟就清楚了。
content-the-deepfake-clip-post-debate-from = 港湾日报
content-the-deepfake-clip-post-debate = 今晚辩论全程：三位候选人回答学生关于交通、住房和就业的提问。完整视频和文字实录见我们的网站。转给还没拿定主意的人吧！
content-the-deepfake-clip-post-debate-why = 可以转发：有名有姓的报纸放出完整视频和文字实录，大家能结合上下文自己判断，而这正是 @RealTruthDaily 那段视频藏起来的东西。
content-the-deepfake-clip-post-date-from = 港湾日报·快讯
content-the-deepfake-clip-post-date = 《港湾日报》截图：因选票印刷出错，投票推迟到下周日，本周日投票站不开放。告诉所有还没投票的人！
content-the-deepfake-clip-post-date-why = 别转发：选举办公室自己的帖子写的还是这个周日，而这张截图来自一个名字仿得很像的山寨账号。谎报投票日期是阻止人们投票的老把戏。
content-the-deepfake-clip-post-theo-from = noor.draws
content-the-deepfake-clip-post-theo = 陈涛刚发帖说，他拿到了第一志愿的学徒岗位！为了这个，他每个周末都在努力。为你骄傲，陈涛！
content-the-deepfake-clip-post-theo-why = 放心转发：内容友善，是陈涛自己跟大家分享的好消息，转发就是给他打气。提防假消息，不等于怀疑所有人。

content-the-deepfake-clip-friend-chat = 好吧，大家都说它是假的。说实话？就算是假的，这也正是{ $candidate }会说的话。真假有那么重要吗？
content-the-deepfake-clip-choice-debunk = 引用转发：“假的！大家快举报，别上当！”
content-the-deepfake-clip-feedback-debunk = 你识破了假视频，这很棒。但引用转发会把视频推给所有关注你的人，截图还会把你的“假的”裁掉。转发事实核查，不转视频，并举报它。
content-the-deepfake-clip-choice-correct = 很重要。这是事实核查，视频我已经举报了。
content-the-deepfake-clip-feedback-correct = 这样既能阻止假视频，又不帮它扩散：传开的是事实核查，不是视频，你的举报还能让它被加上标签。真假当然重要：捏造别人的话是不公平的，不管你怎么看这个人。
content-the-deepfake-clip-choice-meme = 谁在乎？我发张{ $candidate }的表情包。哈哈
content-the-deepfake-clip-feedback-meme = 学习的机会：表情包会让假视频继续流传，哪怕只是开玩笑。一段捏造的视频可能左右真实的选票，不管你怎么看待某人的政治立场，这都不公平。
content-the-deepfake-clip-c-reported = 几个小时内，平台就给这段视频加上了“经过篡改的媒体”标签，并停止推荐它。{ $friend }看了事实核查，再也不碰这段视频了：“好吧，这太吓人了。它看起来太真了。”
content-the-deepfake-clip-pic-manipulated = 经过篡改的媒体
content-the-deepfake-clip-pic-see-check = 查看事实核查
content-the-deepfake-clip-pic-not-recommended = 这段视频已不再推荐
content-the-deepfake-clip-c-debunk = 你那条“假的！”被转发了 300 次，但大多数人转发是为了视频本身。应用把它推进了几千个信息流，截图还把你的提醒裁掉了。
content-the-deepfake-clip-c-meme = 你的表情包逗笑了很多人，被转发 200 次，每一次都带着假视频的说法。接着，事实核查机构把视频标记为 AI 生成，而你的表情包就在它正下方。

content-the-deepfake-clip-boosted = 你那条“假的！”现在是年级里转发最多的视频版本。你的提醒就写在文案里。现在怎么办？
content-the-deepfake-clip-choice-keep-caption = 留着。文案写了“假的”，能帮大家保持安全。
content-the-deepfake-clip-feedback-keep-caption = 学习的机会：大多数人看的是视频，不是文案。你的帖子每被转发一次，假视频就又被看一次。只转发事实核查的链接，并举报视频。
content-the-deepfake-clip-choice-explain = 在下面写一长串，解释它为什么是假的。
content-the-deepfake-clip-feedback-explain = 学习的机会：热闹的讨论串会让你的帖子显得很火，应用就会把视频推给更多人。事实核查的链接说得更清楚，而且不带视频。
content-the-deepfake-clip-choice-swap = 把帖子换成事实核查链接，再举报视频。
content-the-deepfake-clip-feedback-swap = 改得好。你的提醒没错，但传开的是视频。现在只有事实核查在传，你的举报也能让平台给所有人看到的视频加上标签。
content-the-deepfake-clip-c-swapped = 你删掉了引用转发，换成事实核查的链接。你举报了视频，到傍晚它已经被标为“经过篡改的媒体”，不再被推荐。
content-the-deepfake-clip-c-kept = 你的帖子还在往上涨。转发的人几乎都没看文案，视频的截图在没有文案的情况下到处传。
content-the-deepfake-clip-c-explained = 你的讨论串收到 90 条回复，一半在吵架，每条回复都把视频推进更多信息流。

content-the-deepfake-clip-fix = 细心的人也会遇到这种事：假视频就是为了被转发而制作的。你的帖子还在网上，帮着假视频传播。怎么办？
content-the-deepfake-clip-choice-edit = 改成“可能是假的，请核实”，就安全了。
content-the-deepfake-clip-feedback-edit = 学习的机会：大家看的是视频，不是文案，而且修改传不到已经转发过的人那里。删掉它，转发事实核查，并举报视频。
content-the-deepfake-clip-choice-fix = 删掉帖子，转发事实核查，再举报视频。
content-the-deepfake-clip-feedback-fix = 这才是真正的正直。公开承认错误需要胆量，而一个转发过假视频的人发出的更正，往往最让人信服。
content-the-deepfake-clip-choice-leave = 那就留着吧。每个人都有权发表自己的意见。
content-the-deepfake-clip-feedback-leave = 学习的机会：你的观点属于你，但假视频不是观点，而是捏造的证据。纠正它永远不会太晚。
content-the-deepfake-clip-c-corrected = 你的更正收到的赞比假视频少，但大家在转发它，视频也被标上了“经过篡改的媒体”。第二天，一位老师在课上展示了你的帖子：“遇到假视频，就该这样处理。”
content-the-deepfake-clip-c-edited = 几乎没人看到新文案：视频先自动播放，转发量冲过了 1000。
content-the-deepfake-clip-c-left = 你帖子下面的讨论串吵成一片，视频还在往上涨，上面挂着你的名字。

content-the-deepfake-clip-end-safe = { $friend }知道了事实，视频被举报并加了标签，而你从来没有转发它。这就是一个明辨是非的选民的样子。
content-the-deepfake-clip-end-safe-late = 你第一条“假的！”帮视频扩散了，但你把它换成了事实核查，还举报了假视频。现在传开的是更正，而不是视频。
content-the-deepfake-clip-end-mixed = 你识破了假视频，但你的帖子还在把视频带给新的人，视频也还没被加标签。下次：转发事实核查，不转视频，并举报它。
content-the-deepfake-clip-end-recovered = 你的帖子帮假视频传播了，后来你把事情纠正了：删了帖，转发了事实核查，还举报了视频。这比从不犯错更难，也能帮到更多人。
content-the-deepfake-clip-end-harmful = 你的帖子还在帮假视频传播，有些人会因为一个谎言去投票。被假视频骗到不是你的错，现在也永远不晚：你信任的大人可以帮你删掉它、纠正它。

# 我的手机：转发过的假视频，或举报过的假视频。
content-the-deepfake-clip-trace-fake = 一段关于选举的假视频，仍然挂在你的主页上。
content-the-deepfake-clip-trace-fake-advice = 还有人在通过你看到这个假视频。删掉帖子，改发事实核查，并举报视频。
content-the-deepfake-clip-trace-reported-fake = 一段关于选举的假视频：你举报了，现在它被标上了“经过篡改的媒体”。
content-the-deepfake-clip-trace-reported-fake-advice = 你的举报让所有人都看到了这个标签。以后也这样：转发事实核查，别转视频。
