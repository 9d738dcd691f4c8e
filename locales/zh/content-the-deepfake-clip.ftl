# 内容 / 价值观：深度伪造视频（16–18 岁）

content-the-deepfake-clip-title = 深度伪造视频
content-the-deepfake-clip-summary = 选举前几天，一段逼真得惊人的候选人视频疯传开来，你的朋友想转发它。
content-the-deepfake-clip-remember = 激起强烈情绪是假视频最爱用的招数：停一停，找到原始出处，多方查证。如果是假的，就举报它，转发更正而不是视频。

content-the-deepfake-clip-app = { $app }
content-the-deepfake-clip-app-loopsy = Loopsy
content-the-deepfake-clip-app-viddle = Viddle
content-the-deepfake-clip-app-scrollpop = Scrollpop
content-the-deepfake-clip-candidate-lindqvist = 林曼
content-the-deepfake-clip-candidate-osei = 欧阳德
content-the-deepfake-clip-candidate-ferreira = 费安娜
content-the-deepfake-clip-friend-amara = 艾玛
content-the-deepfake-clip-friend-jonah = 蒋俊
content-the-deepfake-clip-friend-yuki = 雪晴

content-the-deepfake-clip-npc-friend = { $friend }

content-the-deepfake-clip-intro = 离选举还有四天，你们年级一半的人第一次有投票权。在 { $app } 上，有一段视频到处都是：候选人{ $candidate }被拍到说了令人震惊的话。
content-the-deepfake-clip-post = 趁还没被删赶紧看！！{ $candidate }承认选举被操纵了，还笑着说。已经 200 万播放了。我现在就发到年级群里。

content-the-deepfake-clip-spot = 它看起来、听起来都很真实。在任何人转发之前，点出所有露出破绽的地方。
content-the-deepfake-clip-card-title = @RealTruthDaily，由{ $friend }转发
content-the-deepfake-clip-card-body = 一段 40 秒的视频：{ $candidate }站在讲台前，直视镜头。“选举结果早就定了。你们这些人什么也改变不了。”
content-the-deepfake-clip-part-lips = 说到“定了”这个词时，嘴型和声音对不上
content-the-deepfake-clip-feedback-lips = 发现得好。嘴唇跟不上声音、牙齿模糊、眨眼怪异，都是 AI 生成视频的常见迹象。不过假视频越做越好，所以查证来源更加重要。
content-the-deepfake-clip-part-account = 发布者 @RealTruthDaily，一个 3 天前注册的账号
content-the-deepfake-clip-feedback-account = 对。一个毫无历史的新账号发布爆炸性的政治新闻，是很大的危险信号。真正的独家新闻来自有可靠记录的媒体或记者。
content-the-deepfake-clip-part-original = 没有完整演讲的链接，没有地点，也没有提到是什么活动
content-the-deepfake-clip-feedback-original = 完全正确。真实的视频总有出处：一场演讲、一次采访、一个日期。没有原始出处，你就无法核实上下文，而这往往正是目的所在。
content-the-deepfake-clip-part-caption = 配文：“趁还没被删赶紧转！！”
content-the-deepfake-clip-feedback-caption = 没错。大写字母、恐慌感和“趁还没被删”都是冲着你的情绪来的，好让你不假思索就转发。情绪强烈的时候，恰恰最该慢下来。
content-the-deepfake-clip-part-date = 发布于今天 09:14
content-the-deepfake-clip-feedback-date = 单看这一条不算线索：新帖子很正常。不过一定要看日期，因为旧视频或断章取义的视频常被当作“突发新闻”再次转发。

content-the-deepfake-clip-react = { $friend }正要把它发到年级群里：300 个人，很多人是第一次投票。你首先会做什么？
content-the-deepfake-clip-choice-check = 查证：找到原始视频，看看事实核查机构怎么说
content-the-deepfake-clip-feedback-check = 这就是横向阅读：不盯着视频看，而是打开新的标签页，看看可靠来源怎么说。花两分钟查证，胜过最高明的假视频。
content-the-deepfake-clip-choice-scroll = 划过去。不关我的事。
content-the-deepfake-clip-feedback-scroll = 不转发是好的：假视频每被转发一次就壮大一分。但你的朋友们马上就要看到它了，快速查证一下，就可能阻止它传到 300 个人那里。
content-the-deepfake-clip-choice-quote = 引用转发：“如果这是真的，那太离谱了。”
content-the-deepfake-clip-feedback-quote = 学习的机会：“如果这是真的”这句话传不远。人们截图的是视频，不是你的怀疑，而你的帖子会把它推给所有关注你的人。

content-the-deepfake-clip-lateral = 你截了一帧画面拿去以图搜图，找到了原始视频：两年前的一场演讲，{ $candidate }在里面说的恰恰相反。已经有两家事实核查机构把这段视频标记为 AI 生成。
content-the-deepfake-clip-scroll-past = 你继续往下刷。一小时后，这段视频出现在年级群里，有 80 个回应，{ $friend }还加了一句：“不会投票给那个骗子。”

content-the-deepfake-clip-friend-chat = 好吧，大家都说它是假的。说实话？就算是假的，这也正是{ $candidate }会说的话。真假有那么重要吗？
content-the-deepfake-clip-choice-correct = 把事实核查发给{ $friend }，并举报这段视频
content-the-deepfake-clip-feedback-correct = 这就是既能阻止假视频、又不帮它扩散的办法：转发更正而不是视频，并举报它，让平台给它加上标签。假视频之所以有效，是因为它让人感觉像真的。
content-the-deepfake-clip-choice-correct-only = 告诉{ $friend }这是假的，然后就算了
content-the-deepfake-clip-feedback-correct-only = 告诉朋友有帮助。但这段视频还在传给那些永远看不到你消息的人。举报它，才能让所有人都看到它被打上的标签。
content-the-deepfake-clip-choice-meme = 在讨论里发一张关于{ $candidate }的表情包
content-the-deepfake-clip-feedback-meme = 学习的机会：表情包会让假视频继续流传，哪怕只是开玩笑。一段捏造的视频可能左右真实的选票，不管你怎么看待某人的政治立场，这都不公平。

content-the-deepfake-clip-reported = 几个小时内，平台就给这段视频加上了“经过篡改的媒体”标签，并停止推荐它。{ $friend }删掉了发在群里的帖子：“好吧，这太吓人了。它看起来太真了。”

content-the-deepfake-clip-spreads = 你的帖子火了：一小时转发 400 次。截图只留下了视频，丢掉了所有怀疑。接着，一家事实核查机构把它标记为 AI 生成，而你的名字就在讨论串里它的正下方。
content-the-deepfake-clip-fix = 细心的人也会遇到这种事：假视频就是为了被转发而制作的。你的帖子还在网上推着它传播。现在帮忙还不晚。怎么办？
content-the-deepfake-clip-choice-fix = 删掉它，发布事实核查，并举报这段视频
content-the-deepfake-clip-feedback-fix = 这才是真正的正直。公开承认错误需要胆量，而一个转发过假视频的人发出的更正，往往最让人信服。
content-the-deepfake-clip-choice-delete = 悄悄删掉我的帖子
content-the-deepfake-clip-feedback-delete = 删除能阻止你的帖子继续传播它。但已经有几百人从你这里看到了，一条简短的更正能传到同样这些人那里。
content-the-deepfake-clip-choice-leave = 留着吧。每个人都有权发表意见。
content-the-deepfake-clip-feedback-leave = 学习的机会：你的观点属于你，但假视频不是观点，而是捏造的证据。纠正它永远不会太晚。
content-the-deepfake-clip-corrected = 你的更正收到的赞比那段视频少，但大家都在转发它。第二天，一位老师把它放到了黑板上：“遇到假视频，就该这样处理。”

content-the-deepfake-clip-end-safe = 你先查证再相信，帮助了朋友，还在不帮它扩散的情况下举报了假视频。这就是一个明辨是非的选民的样子。
content-the-deepfake-clip-end-mixed = 这段视频还在网上，没有标签，还在说服别人，也没有人举报它。举报它并转发更正，能帮助每个人根据事实做决定。
content-the-deepfake-clip-end-recovered = 你转发了假视频，然后公开纠正了它。这比从不犯错更难，也能帮到更多人。下次：先停一停，查一查，再发布。
content-the-deepfake-clip-end-harmful = 这段视频带着你的帖子继续传播，有些人会因为一个谎言去投票。现在也不晚：删除、更正并举报。
