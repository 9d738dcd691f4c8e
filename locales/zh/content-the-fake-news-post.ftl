# 内容 / 价值观：假新闻帖子（13–15 岁）

content-the-fake-news-post-title = 假新闻帖子
content-the-fake-news-post-summary = 一条疯传的帖子说，一位名医发现了神奇疗法，你的朋友想让所有人都转发。
content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
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
content-the-fake-news-post-part-search = 顶部的搜索按钮
content-the-fake-news-post-feedback-part-search = 这不是线索，但是个好主意！跳出帖子去搜一搜这位医生和这个说法，才是真正的核实方法。
content-the-fake-news-post-part-shares = 已被转发 8 万次
content-the-fake-news-post-feedback-part-shares = 这既不能证明真，也不能证明假：真帖子和假帖子都可能被转发很多次。转发多只说明它火，不说明它对。
content-the-fake-news-post-part-link = 购买 3 天套装：glowtonic-shop.biz，只要 24.99！
content-the-fake-news-post-feedback-part-link = 这条帖子在卖东西。带着购物链接的神奇疗法，通常是伪装成新闻的广告。
content-the-fake-news-post-part-wording = 医生们不想让你知道！趁还没被封赶紧转发！！！
content-the-fake-news-post-feedback-part-wording = 大写、秘密和“赶紧转发”，就是为了让你激动而不是思考。真正的健康建议不需要催你。
content-the-fake-news-post-pic-joined = 6 天前注册
content-the-fake-news-post-pic-shares = 8 万
content-the-fake-news-post-pic-date = 今天 16:02
content-the-fake-news-post-pic-headline = 医生们不想让你知道！
content-the-fake-news-post-pic-banned = 趁还没被封赶紧转发！！！
content-the-fake-news-post-pic-link = glowtonic-shop.biz
content-the-fake-news-post-pic-price = 24.99
content-the-fake-news-post-pic-buy = 立即购买

# 站到另一边：做一条骗点击的健康帖子，再把它反过来看。
content-the-fake-news-post-craft-intro = 想看看这种帖子是怎么做出来的吗？这一轮，你站到另一边。这只是练习，什么都不会真的发出去：看穿了这些套路，再遇到时就容易识破得多。
content-the-fake-news-post-craft = 你在运营一个虚构的健康主页。你的帖子只能放两样东西。先看看谁会刷到它，再选出能骗到每个人的内容。
content-the-fake-news-post-craft-what = 给虚构主页“每日健康奇迹”写的一条帖子
content-the-fake-news-post-t-crowd = 已经有 200 多万人说它有效
content-the-fake-news-post-t-crowd-why = 从众：“几百万人都说有效”是拿别人当证据，可没人数得清。识破它：热门不等于真实。
content-the-fake-news-post-t-coat = 一位穿白大褂、面带微笑的“医生”拿着瓶子的照片
content-the-fake-news-post-t-coat-why = 假权威：白大褂是借来的信任。识破它：医生有没有写出全名？他自己的主页也这么说吗？一身行头不是信息来源。
content-the-fake-news-post-t-hurry = 一小时内赶紧转发，不然就被删了！
content-the-fake-news-post-t-hurry-why = 紧迫感：“一小时内”让你来不及思考。识破它：真正的健康新闻明天照样是真的。倒计时正是该放慢的信号。
content-the-fake-news-post-t-secret = 他们隐瞒的真相，正在害你的家人生病！
content-the-fake-news-post-t-secret-why = 情绪：恐惧和愤怒让你先激动、后思考。识破它：如果一条帖子让你心跳加速，那就是转发前该停一停的时候。
content-the-fake-news-post-t-study = 附上完整研究报告的链接，让每个人都能自己去读一读
content-the-fake-news-post-t-study-why = 诚实：真实的来源骗不了任何人，因为大家点进去就会发现根本没这回事。真正的健康新闻总会说明出处。
content-the-fake-news-post-t-free = 前 100 位转发的人免费送一瓶
content-the-fake-news-post-t-free-why = 奖品：转发就送东西，能让帖子传得飞快，但往往好得不像真的。识破它：想一想，你转发了，这个主页能得到什么。
content-the-fake-news-post-t-honest = 说实话：它治不了所有病，先问问你的医生
content-the-fake-news-post-t-honest-why = 诚实：“先问问你的医生”把人引向真正懂行的人，套路就失灵了。所以假帖子总会故意漏掉这句话。
content-the-fake-news-post-p-joe = 周爷爷
content-the-fake-news-post-p-joe-about = 信得过制服和头衔：“人家学了那么多年，肯定懂”
content-the-fake-news-post-p-joe-why = 周爷爷尊重受过专业训练的人，这通常是明智的。假货只是借了一件白大褂。能保护他的，是查查这位医生有没有真名、是不是真有其人，或者问问自己的医生。
content-the-fake-news-post-p-maya = 小雅，14 岁
content-the-fake-news-post-p-maya-about = 弟弟常生病，她总为他担心；一看到消息就马上行动
content-the-fake-news-post-p-maya-why = 小雅很爱弟弟，为所爱的人担心，谁都会急着行动。吓人的说法和“马上行动”正是冲着这份爱来的。停一停，是对她最好的保护。
content-the-fake-news-post-p-sam = 阿森，15 岁
content-the-fake-news-post-p-sam-about = 朋友做什么他就跟着做，一碰到不公平的事就火冒三丈
content-the-fake-news-post-p-sam-why = 阿森跟着朋友走，最看不惯不公平。“大家都在转”和气愤的“他们瞒着真相”正好戳中这一点，人们往往还没核实就转发了。帖子就是这样设计的，不是阿森的错。
content-the-fake-news-post-craft-turn = 现在反过来想：这些套路每天都在瞄准你。白大褂、吓人的秘密、倒计时：停下来，到帖子之外查证来源，问问你信任的人，并举报假消息。
content-the-fake-news-post-craft-back = 回到 { $app }，那条帖子还在你们班的群里：“电视医生”、天大的秘密、“趁还没被封赶紧转发”。这些套路你现在都认得了。
content-the-fake-news-post-remember = 转发之前，先查查帖子背后是谁、真正的来源怎么说：评论和转发量什么也证明不了。私下纠正朋友，并举报虚假帖子。
content-the-fake-news-post-part-photo = 照片：{ $doctor }拿着一个瓶子，标签贴得歪歪的
content-the-fake-news-post-feedback-part-photo = 仔细看：标签歪着，像是贴上去的，这是照片被修改过的迹象。谁都可以拿真医生的照片，把自己的产品P上去。

content-the-fake-news-post-check-choice = 有点不对劲。可{ $friend }一直在问你转了没有。你会怎么做？
content-the-fake-news-post-choice-comments = 去评论区确认一下，看对别人有没有用。
content-the-fake-news-post-feedback-comments = 先不转发很聪明。但评论就在同一条帖子下面，谁都能写“有用”，你也看不出是谁写的。要去帖子以外的地方找。
content-the-fake-news-post-choice-search = 先在新标签页里查证一下医生和这个说法。
content-the-fake-news-post-feedback-search = 这就是“横向阅读”，事实核查员就是这么做的：离开帖子，看看其他来源怎么说这位医生和这个说法。一个才注册 6 天的账号没法伪造这些。
content-the-fake-news-post-choice-share = 是真医生说的，所以是安全的。转了。
content-the-fake-news-post-feedback-share = 学习的机会：帖子只是声称医生说过。它来自一个才注册 6 天、还带着购物链接的账号。想帮忙是好心：先查一查，再决定。

content-the-fake-news-post-c-comments = 最上面的评论写着“对我有用！！”“治好了我表哥！”。你看不出是谁写的，也还是不知道这些是不是真的。
content-the-fake-news-post-c-search = 找到了！{ $doctor }的真实主页上说：“我从没说过这话。连续 3 天只喝补剂很危险。”一个医疗机构的网页也说，根本没有这种疗法。
content-the-fake-news-post-pic-search = { $doctor } Glow Tonic
content-the-fake-news-post-pic-doctor = { $doctor }
content-the-fake-news-post-pic-quote = 我从没说过这话。
content-the-fake-news-post-pic-quote-more = 连续 3 天只喝补剂很危险。
content-the-fake-news-post-pic-service = 医疗机构
content-the-fake-news-post-pic-service-says = 根本没有这种疗法。

content-the-fake-news-post-sort = 现在你识破了这个套路。回班级群之前，我们看看你信息流里的其他帖子。每条该放到哪一堆？
content-the-fake-news-post-post-weather-from = 市气象台
content-the-fake-news-post-post-weather = 高温预警：周日和周一最高气温达 38°C。请多喝水，中午尽量待在阴凉处，也记得关心一下年长的邻居。
content-the-fake-news-post-post-weather-why = 可以转发：这是气象台自己的账号，新闻也这么说，建议简单实用，也不卖任何东西。说不定能帮到谁家的奶奶。
content-the-fake-news-post-post-rumour-from = kiki.on.the.bus
content-the-fake-news-post-post-rumour = 听说明年暑假要缩短两周。我朋友的妈妈在学校上班，是在办公室里听老师们说的。
content-the-fake-news-post-post-rumour-why = 这条要先查证：“有人听说”不算来源。如果是真的，学校或教育部门会在自己的官方页面上公布。
content-the-fake-news-post-post-tonic-from = Glow Deals Today
content-the-fake-news-post-post-tonic = Glow Tonic 改变了我的生活！看，连{ $doctor }在这张照片里都拿着一瓶。用我的优惠码 GLOW50 半价，仅限今天。
content-the-fake-news-post-post-tonic-why = 这条你已经查过了：{ $doctor }的真实主页说这是假的。优惠码加上“仅限今天”，说明它是广告，不是新闻。
content-the-fake-news-post-post-friend-from = { $friend }
content-the-fake-news-post-post-friend = 为我的小表妹点赞！她练了整整一年，今天终于通过了游泳考试。真为你骄傲，小超人！
content-the-fake-news-post-post-friend-why = 转发吧：它友善、真实，而且是公开发出来让大家一起祝贺的。认真查证，不等于什么都怀疑。
content-the-fake-news-post-post-poll-from = 九(2)班官方主页
content-the-fake-news-post-post-poll = 投票：我们班谁最烦人？林静目前遥遥领先。快投票、快转发，周五公布结果！
content-the-fake-news-post-post-poll-why = 这条不能转：账号名听起来再官方也没用。这个投票就是为了让林静难堪，每转发一次，就多一个人加入起哄。举报它，是一种安静地站在她身边的方式。
content-the-fake-news-post-post-library-from = 绿谷图书馆
content-the-fake-news-post-post-library = 我们的青少年新空间下周六开放：有游戏角、安静的自习区，还有 3D 打印机可以试用。找前台的李老师报名，或在我们的网站上报名吧！
content-the-fake-news-post-post-library-why = 可以转发：这是图书馆自己的账号，你可以在官网或前台核实，而且对你这个年纪的人来说是好消息。

content-the-fake-news-post-c-share = 你的转发收到了 30 个赞。接着你的小表妹给你发消息：“我是不是应该不吃饭，只喝那个补剂？你都转了，肯定是真的。”

content-the-fake-news-post-still-unsure = 你转了没？？我姨妈今晚就要下单了！
content-the-fake-news-post-choice-unsure-share = 这么多人说有用。我信任大家。转了！
content-the-fake-news-post-feedback-unsure-share = 学习的机会：评论和转发都能造假，数量多也不能让一个说法变成真的。医生本人的主页或医疗机构能告诉你更多。
content-the-fake-news-post-choice-unsure-search = 等等，我先查证{ $doctor }本人怎么说。
content-the-fake-news-post-feedback-unsure-search = 对。评论证明不了健康说法，但医生本人的主页或医疗机构可以。走出帖子去查，才是真正的核实。

content-the-fake-news-post-kind-choice = 回到班级群，大家正在吐槽{ $friend }：“哈哈你真是什么都信”“居然会上这种当”。{ $friend }不说话了。
content-the-fake-news-post-pic-group = 班级群
content-the-fake-news-post-pic-joke1 = 哈哈你真是什么都信
content-the-fake-news-post-pic-joke2 = 居然会上这种当
content-the-fake-news-post-choice-post-page = 把真实主页发到群里，帮大家都看清楚。
content-the-fake-news-post-feedback-post-page = 阻止假消息传播很重要。但在大家嘲笑{ $friend }的时候发出来，等于火上浇油。先私聊更友善，也更管用。
content-the-fake-news-post-choice-laugh = 跟大家一样，也发个笑哭的表情吧。
content-the-fake-news-post-feedback-laugh = 学习的机会：群起嘲笑会把一个失误变成羞辱，而觉得被嘲笑的人很少会改变想法。友善更管用。
content-the-fake-news-post-choice-dm-page = 私聊把医生的真实主页发给{ $friend }，不开玩笑。
content-the-fake-news-post-feedback-dm-page = 又友善又聪明。私下发去真实来源，{ $friend }可以在没人围观的情况下改变想法。谁都可能被高明的假消息骗到。

content-the-fake-news-post-c-post-page = 大家不再转发了。但玩笑变本加厉：“连你朋友都觉得你好骗哈哈”。{ $friend }删掉了转发，一句话也不说了。
content-the-fake-news-post-c-laugh = 你的表情收到了 20 个哈哈。{ $friend }退出了班级群。后来你收到消息：“我还以为你是我朋友。我姨妈还是想试试。”
content-the-fake-news-post-c-dm-page = 天哪。谢谢你没有笑我。我已经把转发删了。
content-the-fake-news-post-c-dm-page-quiz = 上次那个测试应用你也说对了。以后我转发之前先问问你，说好了。

content-the-fake-news-post-aunt = 我姨妈已经订了那个套装。明天就开始喝，还不听我的……
content-the-fake-news-post-choice-aunt-report = 举报这条帖子，再把那位医生的主页发给她。
content-the-fake-news-post-feedback-aunt-report = 太棒了。举报虚假健康信息能帮 { $app } 删除它们，而医生本人的话，也许比朋友的担心更能打动姨妈。
content-the-fake-news-post-choice-aunt-choice = 你已经删了。她喝什么，是她自己的事吧？
content-the-fake-news-post-feedback-aunt-choice = 删掉转发是对的。但帖子还在卖那个套装，姨妈也还没看到真实情况。举报它，再把真实主页发给她，才能保护她。
content-the-fake-news-post-choice-aunt-try = 告诉她试试呗。三天而已，没害处。
content-the-fake-news-post-feedback-aunt-try = 学习的机会：连续 3 天只喝一种饮料可能让人生病，假疗法还可能取代真正的治疗。涉及健康，要听医生或医疗机构的。

content-the-fake-news-post-c-aunt-report = 发给她了！她说先去问问自己的医生。我也举报了那条帖子
content-the-fake-news-post-c-aunt-choice = 第二天，{ $friend }给你发消息：“我姨妈开始喝了。她头晕，浑身没劲。”
content-the-fake-news-post-c-aunt-try = 姨妈开始喝补剂，不吃饭了。那条假帖子还在传到更多家庭。

content-the-fake-news-post-aunt-dizzy = 她说这只是在“排毒”。我该担心吗？？
content-the-fake-news-post-choice-dizzy-detox = 排毒本来就会累吧？再等一天看看。
content-the-fake-news-post-feedback-dizzy-detox = 学习的机会：“排毒”是假疗法用来解释真实危险信号的说法。头晕、没力气，就要马上看医生。信任的大人能帮忙。
content-the-fake-news-post-choice-dizzy-water = 告诉她坚持一下就好，别让{ $adult }担心。
content-the-fake-news-post-feedback-dizzy-water = 学习的机会：“坚持一下”正是假帖子想要的。头晕是身体发出的警告。这正是该让{ $adult }知道的时候：要找大人和医生。
content-the-fake-news-post-choice-dizzy-adult = 要！我们让{ $adult }马上给她打电话。
content-the-fake-news-post-feedback-dizzy-adult = 做得对。有人健康出问题时，大人能很快行动：打给姨妈、医生或健康热线。一起举报这条帖子，能让它不再害到别人。

content-the-fake-news-post-c-dizzy-detox = 你们等了等。姨妈最后还是去了医院，又晕又没力气，而那条帖子还在传。
content-the-fake-news-post-c-dizzy-water = 她继续喝。到了晚上，她需要看医生了，那条假帖子还在被转发。
content-the-fake-news-post-c-dizzy-adult = 你告诉我是对的。我现在就给她打电话，带她去看医生。然后我们一起向 { $app } 举报那条帖子。

content-the-fake-news-post-fix-choice = 糟糕。大家信任你转发的东西，所以你转的假消息在他们看来就是真的。现在补救还不晚。你会怎么做？
content-the-fake-news-post-choice-fix-leave = 先留着吧。大家可以自己去查证的，对吧？
content-the-fake-news-post-feedback-fix-leave = 学习的机会：你表妹因为是你转的才信了，而大多数人根本不去查。虚假的健康帖子真的会伤人。改变主意是可以的。
content-the-fake-news-post-choice-fix-tell = 跟表妹说“是假的！”，再拿给{ $adult }看。
content-the-fake-news-post-feedback-fix-tell = 这样才能补救。表妹从你这里听到真相，信任的大人能确认她没事，还能帮你举报。谁都有被骗的时候。
content-the-fake-news-post-choice-fix-delete = 悄悄删掉我的转发，不用告诉{ $adult }。
content-the-fake-news-post-feedback-fix-delete = 删掉能让它不再从你这里传出去。但你表妹和其他人已经看到了，可能还信着。一条简短的更正，加上告诉{ $adult }，能保护他们。

content-the-fake-news-post-c-fix-leave = 你的转发还在不断收到赞。表妹为了喝补剂没吃晚饭，又有三个朋友从你的主页转发了它。
content-the-fake-news-post-c-fix-delete = 你的转发不见了。但第二天早上，表妹发来消息：“我没吃早饭。今天开始喝补剂啦！”

content-the-fake-news-post-fix-again = 表妹还是信，因为那是你转的。现在怎么办？
content-the-fake-news-post-choice-again-wait = 就一顿早饭而已。明天再告诉{ $adult }吧。
content-the-fake-news-post-feedback-again-wait = 学习的机会：少吃一顿可能变成三天。表妹信任你，所以你的话现在就能让她停下，{ $adult }今天就能帮忙，不用等明天。
content-the-fake-news-post-choice-again-tell = 我现在就打给表妹，然后请{ $adult }出面处理。
content-the-fake-news-post-feedback-again-tell = 你把事情扳回来了。表妹知道了那是假的，大人能确认她没事，还能帮忙举报帖子。承认错误需要勇气。

content-the-fake-news-post-c-again-wait = 到了中午，表妹手都在抖，还把帖子转给了她自己的朋友。

content-the-fake-news-post-repair = { $friend }很受伤，假消息也还在传。你会怎么做？
content-the-fake-news-post-choice-repair-report = 道歉，发去真实主页，再举报这条帖子。
content-the-fake-news-post-feedback-repair-report = 你把事情扳回来了。真诚的道歉和真实的来源能修补友谊，举报帖子能让假消息不再传给更多人。
content-the-fake-news-post-choice-repair-joke = 别这么认真，开个玩笑嘛。信任我，大家都在笑。
content-the-fake-news-post-feedback-repair-joke = 学习的机会：只有所有人都笑，包括被开玩笑的那个人，玩笑才算玩笑。道歉永远不会太晚。

content-the-fake-news-post-c-repair-report = 好吧。谢谢你道歉，这对我很重要。我会给姨妈看真实主页。我也举报了。
content-the-fake-news-post-c-repair-joke = { $friend }没有回复，也不再回班级群，还是不知道什么是真的。

content-the-fake-news-post-adult-helps = 谢谢你告诉我，这需要勇气。我已经给你表妹打了电话，她没事。现在我们向 { $app } 举报这条帖子，再发一条简短的更正。

content-the-fake-news-post-end-safe = 你先核实再相信，用真实情况帮了{ $friend }，还确保假疗法被举报、姨妈得到了真正的医疗建议。
content-the-fake-news-post-end-recovered = 事情出了一会儿岔子，但你承担了起来：把真相带给信任你的人，假帖子也被举报了。这比从不犯错更需要勇气。
content-the-fake-news-post-end-mocked = { $friend }觉得很丢脸，还半信半疑地相信那个假消息。假消息不是你的错，而且永远不晚：道歉，发去真实主页，请信任的大人帮忙。
content-the-fake-news-post-end-harmful = 假疗法还在传播，人们在试它，而不是去接受真正的治疗。被骗不是你的错，而且永远不晚：告诉信任的大人，大人会帮你，再举报这条帖子。
