# 内容 / 价值观：假新闻帖子（13–15 岁）

content-the-fake-news-post-title = 假新闻帖子
content-the-fake-news-post-summary = 一条疯传的帖子说，一位名医发现了神奇疗法，你的朋友想让所有人都转发。
content-the-fake-news-post-remember = 转发之前，先查查帖子背后是谁、可靠来源怎么说。友善地纠正朋友，并举报虚假帖子。

content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
content-the-fake-news-post-name-nia = 倪佳
content-the-fake-news-post-name-tomas = 唐明
content-the-fake-news-post-name-priya = 白佳怡
content-the-fake-news-post-name-drtruth = DrTruth_Official
content-the-fake-news-post-name-healthsecrets = health.secrets.now
content-the-fake-news-post-name-naturalfix = TheNaturalFix_
content-the-fake-news-post-doctor-osei = 欧阳雅医生
content-the-fake-news-post-doctor-lenz = 蓝柏医生
content-the-fake-news-post-doctor-chen = 陈梅医生
content-the-fake-news-post-adult-mum = 妈妈
content-the-fake-news-post-adult-dad = 爸爸
content-the-fake-news-post-adult-uncle = 舅舅

content-the-fake-news-post-intro = 周六下午。你正在刷 { $app }，一条转发量 8 万的帖子跳了出来。{ $friend }已经把它转到你们班的群里了。
content-the-fake-news-post-the-post = 天哪快看这个！！我姨妈病了好几个月，她太需要这个了。大家都转一下，说不定能救命！！

content-the-fake-news-post-spot = 说得很夸张，情绪也很激动。相信之前，点出所有露出破绽的地方。
content-the-fake-news-post-card-title = { $account }
content-the-fake-news-post-card-body = 上过电视的{ $doctor }说：“连续 3 天只喝 Glow Tonic，你就再也不会生病。”
content-the-fake-news-post-part-account = { $account }：账号创建于 6 天前
content-the-fake-news-post-feedback-part-account = 一个全新的账号发布重大健康新闻，是个危险信号。真正的医生和医疗机构都有可以查证的历史。
content-the-fake-news-post-part-date = 发布于今天 16:02
content-the-fake-news-post-feedback-part-date = 单看这一条不算线索：真帖子和假帖子都有日期。是谁发的、其他来源怎么说，要重要得多。
content-the-fake-news-post-part-photo = 照片：{ $doctor }微笑着拿着一瓶 Glow Tonic
content-the-fake-news-post-feedback-part-photo = 仔细看：手和瓶子对不上。用以图搜图能找到原始照片，上面根本没有瓶子。
content-the-fake-news-post-part-link = 购买 3 天套装：glowtonic-shop.biz，只要 24.99！
content-the-fake-news-post-feedback-part-link = 这条帖子在卖东西。带着购物链接的神奇疗法，通常是伪装成新闻的广告。
content-the-fake-news-post-part-wording = 医生们不想让你知道！趁还没被封赶紧转发！！！
content-the-fake-news-post-feedback-part-wording = 大写、秘密和“赶紧转发”，就是为了让你激动而不是思考。真正的健康建议不需要催你。

content-the-fake-news-post-check-choice = 这里面有问题。但{ $friend }在等你也转发。你会怎么做？
content-the-fake-news-post-choice-read-sideways = 在新标签页里搜索这位医生的名字和这个说法
content-the-fake-news-post-feedback-read-sideways = 这就是“横向阅读”，事实核查员就是这么做的：离开帖子，看看可靠来源怎么说。花一分钟核查，比盯着帖子看强多了。
content-the-fake-news-post-choice-read-comments = 看看评论，有没有人说管用
content-the-fake-news-post-feedback-read-comments = 先不转发很聪明。但评论也可以造假：很多评论来自没有头像的账号，还是同一分钟发的。要去帖子以外的地方核查来源。
content-the-fake-news-post-choice-share-too = 我也转吧。万一能帮到人呢？
content-the-fake-news-post-feedback-share-too = 学习的机会：想帮忙是好心，但转发虚假疗法可能让人放弃真正的治疗。先核实，再决定。

content-the-fake-news-post-fact-found = 找到了！{ $doctor }的真实主页上说：“我从没说过这话。连续 3 天只喝补剂很危险。”医疗机构也说，根本没有这种疗法。

content-the-fake-news-post-kind-choice = 回到班级群，大家正在吐槽{ $friend }：“哈哈你真是什么都信”“居然会上这种当”。{ $friend }不说话了。
content-the-fake-news-post-choice-message-kindly = 私信{ $friend }，告诉对方我查到的结果
content-the-fake-news-post-feedback-message-kindly = 又友善又聪明。私下纠正、不嘲笑，能帮对方改变想法。谁都可能被高明的假消息骗到。
content-the-fake-news-post-choice-stay-out = 不掺和，不关我的事
content-the-fake-news-post-feedback-stay-out = 不跟着起哄很重要。但{ $friend }还相信那个假消息，那些玩笑也很伤人。一条友善的私信能同时帮上这两件事。
content-the-fake-news-post-choice-laugh-along = 跟大家一样回个笑哭的表情
content-the-fake-news-post-feedback-laugh-along = 学习的机会：群起嘲笑会把一个失误变成羞辱，而觉得被嘲笑的人很少会改变想法。友善更管用。

content-the-fake-news-post-friend-thanks = 谢谢你没有笑我。我已经删了。可是我姨妈已经订了那个套装，打算明天就开始喝……
content-the-fake-news-post-choice-report-and-help = 举报这条帖子，并给你姨妈看医生的真实主页
content-the-fake-news-post-feedback-report-and-help = 太棒了。举报虚假健康信息能帮 { $app } 删除它们，可靠来源也许能让你姨妈不放弃真正的治疗。家里的大人也可以帮忙。
content-the-fake-news-post-choice-delete-move-on = 我们已经删了，就这样吧
content-the-fake-news-post-feedback-delete-move-on = 删掉转发是好的。但原帖还在，你姨妈也可能还会去喝那个补剂。举报它并和她谈谈，才能保护她。
content-the-fake-news-post-choice-try-kit = 跟她说试试吧，又没什么坏处
content-the-fake-news-post-feedback-try-kit = 学习的机会：假疗法是有害的，既花钱，又会取代真正的治疗。涉及健康的事，要问医生或可靠的来源。

content-the-fake-news-post-shared = 你的转发收到了 30 个赞。接着你的小表妹给你发消息：“我是不是应该不吃饭，只喝那个补剂？你都转了，肯定是真的。”
content-the-fake-news-post-fix-choice = 糟糕。大家信任你转发的东西，所以你转的假消息在他们看来就是真的。现在补救还不晚。你会怎么做？
content-the-fake-news-post-choice-correct-tell = 删掉它，发一条更正，并告诉信任的大人
content-the-fake-news-post-feedback-correct-tell = 这就是补救的办法。更正能传到看过你转发的人那里，信任的大人能确保你表妹的安全。每个人都有被骗的时候。
content-the-fake-news-post-choice-delete-quietly = 悄悄删掉我的转发
content-the-fake-news-post-feedback-delete-quietly = 删掉能让它不再从你这里传出去。但你表妹和其他人已经看到了。一条简短的更正，加上信任的大人，能帮忙保护他们。
content-the-fake-news-post-choice-leave-up = 留着吧，大家可以自己判断
content-the-fake-news-post-feedback-leave-up = 学习的机会：你表妹已经因为你转发了而选择相信它。虚假的健康帖子真的会伤害人。改变主意是可以的。

content-the-fake-news-post-adult-helps = 谢谢你告诉我，这需要勇气。我们现在就给你表妹打电话，向 { $app } 举报这条帖子，再一起看看真正的健康建议。

content-the-fake-news-post-end-safe = 你先核实再相信，友善地纠正了朋友，还举报了假疗法。这正是阻止虚假信息传播的方法。
content-the-fake-news-post-end-mixed = 你没有传播假消息，但它还在网上，也没人举报。下次要举报虚假帖子，并和可能受它伤害的人谈谈。
content-the-fake-news-post-end-recovered = 你转发了虚假的东西，然后承认错误、发了更正，还找到了帮助。这比从不犯错更需要勇气。
content-the-fake-news-post-end-mocked = { $friend }觉得很丢脸，退出了班级群，还是相信那个假消息。道歉、分享你查到的结果、举报这条帖子，永远不会太晚。
content-the-fake-news-post-end-harmful = 假疗法还在传播，人们花钱买它，而不是去接受真正的治疗。举报它并和信任的大人谈谈，永远不会太晚。
