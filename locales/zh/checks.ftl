# 热身和回顾小测验（scenarios/checks.ron）。每个目标、每个年龄段、每套题各一道题；
# A 套和 B 套相互对应：考查同一项技能，换一个情境。

check-rights-9-a = 游戏里有个玩家一直骂你。你的朋友说：“玩游戏就是这样的。”哪种说法是对的？
check-rights-9-a-respect = 骂人就是不对，在游戏里也一样。
check-rights-9-a-accept = 网游就是这样，每个人都会被骂几句。
check-rights-9-a-your-fault = 只有对方说了脏话，才需要告诉别人。

check-rights-9-b = 班级群里有人一直给你发刻薄的消息。你觉得告诉老师只会让事情更糟。哪种说法是对的？
check-rights-9-b-wait = 最好等这种情况持续几周，再告诉大人。
check-rights-9-b-deserve = 只要装作没看见，他们觉得没意思就停了。
check-rights-9-b-help = 没有人该被这样对待，这种事是可以制止的。

check-rights-13-a = 朋友的哥哥把你的一张照片发到了他的公开账号上。你请他删掉，他说：“我的账号，我说了算。”哪种说法是对的？
check-rights-13-a-his-rules = 账号是他的，所以留不留照片只能由他决定。
check-rights-13-a-privacy = 他本该先问过你。你可以请应用撤下这张照片。
check-rights-13-a-too-late = 只有家长才能要求应用删掉一张照片。

check-rights-13-b = 体育课上你摔倒了，一个同学拍下来发到了视频应用上。你请对方删掉，对方说：“我的手机，我的视频。”哪种说法是对的？
check-rights-13-b-privacy = 视频里拍的是你，你可以向应用举报它。
check-rights-13-b-their-video = 谁拍的视频就归谁，你只能好好地求对方删。
check-rights-13-b-too-late = 播放量已经很高了，现在举报也没用了。

check-rights-16-a = 有人用修图做了一张你的假照片，正在你们学校里传开。一个朋友说：“那又不是真的你，所以不算数。”哪种说法是对的？
check-rights-16-a-not-real = 应用不会删假图，所以举报也没用。
check-rights-16-a-find-first = 必须先查出是谁做的，才能采取任何行动。
check-rights-16-a-report = 它照样会伤害你。去举报它，并找人支持你。

check-rights-16-b = 你私信的截图正在一个大群里被转发。有人说：“是你自己发的，所以你已经放弃了隐私。”哪种说法是对的？
check-rights-16-b-gave-up = 消息一发出去就不算隐私了，谁都可以转发。
check-rights-16-b-report = 不经你同意就转发是不对的，这是可以制止的。
check-rights-16-b-stay-quiet = 最好什么都别说，过一个星期大家就忘了。

check-risk-9-a = 在游戏聊天里，三个玩家给你发了消息。哪条消息可能对你有风险？
check-risk-9-a-rematch = 打得好！明天你能帮我过第四关吗？
check-risk-9-a-school = 你真名叫什么？在哪个学校上学？
check-risk-9-a-dragon = 你是怎么打败第三关那条大火龙的呀？

check-risk-9-b = 三个人在你的画画视频下面留了评论。哪条评论可能对你有风险？
check-risk-9-b-park = 你在家附近哪个公园画画？
check-risk-9-b-colours = 颜色好漂亮！是老师教你的吗？
check-risk-9-b-cat = 下个视频能画一只猫吗？拜托啦！

check-risk-13-a = 一个热门视频挑战大家在车多的马路边做危险动作并拍下来。你的朋友们想放学后试试。真正的风险是什么？
check-risk-13-a-popular = 没什么风险，已经有很多人做过了。
check-risk-13-a-parents = 最大的风险无非就是回家挨顿骂。
check-risk-13-a-hurt = 有人可能为了点播放量受重伤。

check-risk-13-b = 一个主播挑战观众两天不睡觉，并发出证明。有些同学说要试试。真正的风险是什么？
check-risk-13-b-famous = 很安全，大主播都说没事。
check-risk-13-b-health = 这么久不睡会伤身体。
check-risk-13-b-tired = 唯一的风险就是上课有点累。

check-risk-16-a = 一个免费的性格测试应用要读取你的消息和通讯录，说是“为了让结果更准确”。主要风险是什么？
check-risk-16-a-data = 它可能会复制你的聊天记录和朋友的信息。
check-risk-16-a-accuracy = 测出来的结果可能远没有它说的那么准。
check-risk-16-a-checked = 没风险。应用商店里的应用都检查过。

check-risk-16-b = 一个工具号称能显示谁看过你的主页。它要你用社交媒体账号登录，并允许完全访问。主要风险是什么？
check-risk-16-b-wrong-list = 它可能显示错的人，所以结果根本不可信。
check-risk-16-b-no-password = 很安全，因为你根本不用在里面输密码。
check-risk-16-b-account = 它可能盗走账号，冒充你给朋友发消息。

check-info-9-a = 游戏里有个玩家说：“把密码告诉我，我帮你过下一关。”你该怎么做？
check-info-9-a-change-later = 先给对方，等对方用完马上改密码。
check-info-9-a-top-player = 只告诉你信任的高手玩家。
check-info-9-a-say-no = 拒绝，密码只留给自己。

check-info-9-b = 游戏里有个玩家说：“把你家的住址告诉我，我好给你寄生日礼物。”你该怎么做？
check-info-9-b-school = 给学校的地址吧，这样更安全。
check-info-9-b-say-no = 拒绝，并把这条消息给大人看。
check-info-9-b-present = 给吧，对方只是想寄礼物给你。

check-info-13-a = 你想把去新学校第一天的照片发到公开主页上。照片里的校名和校徽看得很清楚。你该怎么做？
check-info-13-a-hide = 先把校名和校徽挡住再发。
check-info-13-a-tag = 加上定位，方便新同学找到你。
check-info-13-a-story = 发吧。先把账号设成私密就没问题了。

check-info-13-b = 你想发一段新卧室的视频。透过窗户，你家的街道名和门牌号看得很清楚。你该怎么做？
check-info-13-b-no-notice = 发吧，大多数人根本不会注意这些小细节。
check-info-13-b-no-caption = 不写任何文字直接发，没人知道是哪里。
check-info-13-b-blur = 发之前，先把街道名和门牌号打码或剪掉。

check-info-16-a = 一个新应用默认把你的实时位置分享给你全部 600 个好友。其中很多人你从没见过。最好的选择是什么？
check-info-16-a-leave-on = 开着吧。都是好友，这样就够安全了。
check-info-16-a-turn-off = 关掉，或者只分享给几个亲近的人。
check-info-16-a-post-less = 开着，但每周检查一下谁看了你的地图。

check-info-16-b = 你的跑步应用会把每条路线公开显示在地图上。你的大部分路线都从家门口出发，又在家门口结束。最好的选择是什么？
check-info-16-b-private = 路线设为私密，隐藏起点和终点。
check-info-16-b-no-name = 继续公开，但把名字从资料里删掉。
check-info-16-b-runners = 继续公开，看到奇怪的人就拉黑。

check-trust-9-a = 一条消息说：“明天有暴风雨，学校停课！快转发给所有人！”你该怎么做？
check-trust-9-a-check = 先去看看学校官网，或者问一问家里人。
check-trust-9-a-forward = 赶紧转发，让朋友们及时知道。
check-trust-9-a-believe = 确认是朋友发来的，再转发给所有人。

check-trust-9-b = 班级群里有人说：“我们老师要永远离开学校了！我表哥告诉我的。”你该怎么做？
check-trust-9-b-tell-friends = 告诉朋友们，让大家都能去道别。
check-trust-9-b-believe = 相信吧，表哥肯定知道这种事。
check-trust-9-b-ask = 先等等，问问老师是不是真的。

check-trust-13-a = 你关注的一位网红说，一款新的能量饮料帮她考了高分。帖子里用小字标着“广告”。怎样看待这件事最好？
check-trust-13-a-followers = 肯定有用，她有几百万粉丝呢。
check-trust-13-a-advert = 她是收了钱才这么说的，去看看专家怎么说。
check-trust-13-a-comments = 看看评论，大多数人说有用，那就是真的。

check-trust-13-b = 一个点赞很多的视频说，某种药膏一晚上就能去掉所有痘痘。发视频的账号就是卖这种药膏的。怎样看待这件事最好？
check-trust-13-b-sells = 卖家自己说的。查查可信的健康网站。
check-trust-13-b-likes = 这么多人点赞，肯定真的有效。
check-trust-13-b-try-it = 去评论区确认一下真实买家都怎么说。

check-trust-16-a = 选举前几天，出现了一段关于某位候选人的惊人视频。它只出现在一个账号上，而这个账号上周才注册。转发之前你该怎么做？
check-trust-16-a-right-to-know = 转发吧，大家有权在投票前知道。
check-trust-16-a-not-sure = 转发，但附一句请大家核实一下。
check-trust-16-a-check = 先等等，看看正规媒体有没有报道。

check-trust-16-b = 一张新闻截图说，年轻人晚上将被禁止进入市中心。没有链接，也没有日期。转发之前你该怎么做？
check-trust-16-b-complain = 转发吧，让更多人赶在这之前去抗议。
check-trust-16-b-search = 到新闻网站或市政府官网上查一查。
check-trust-16-b-friends = 转发吧，是你信任的朋友发的，肯定是真的。

check-strangers-9-a = 一个你只在网上认识的玩家说：“你是我最好的朋友。我们聊天的事别告诉你爸妈。”你该怎么做？
check-strangers-9-a-keep-secret = 保守秘密。对方人很好，只是聊聊天而已。
check-strangers-9-a-tell = 别再聊了，把这件事告诉一个你信任的大人。
check-strangers-9-a-ask-why = 跟对方说你要告诉家里人，让对方别再这样。

check-strangers-9-b = 一个你只在网上认识的玩家送你免费的游戏币，然后向你要一张你的照片。你该怎么做？
check-strangers-9-b-block = 别发。保留聊天记录，给大人看。
check-strangers-9-b-thank-you = 发一张照片，谢谢对方送的金币。
check-strangers-9-b-pet = 马上拉黑对方，把聊天记录全删掉。

check-strangers-13-a = 你在一个游戏服务器上，里面有很多你不认识的玩家。哪条消息是危险信号？
check-strangers-13-a-team = 今晚的大比赛，有人想加入我们队吗？
check-strangers-13-a-update = 有人能帮忙吗？我在冰雪地图老是输。
check-strangers-13-a-private = 你好成熟啊！我们去个私密的地方聊吧。

check-strangers-13-b = 你在一个社交应用上收到了陌生人的消息。哪条消息是危险信号？
check-strangers-13-b-drawing = 好喜欢你的画！你用的是什么铅笔？
check-strangers-13-b-gift-card = 我送你一张礼品卡，这事就咱俩知道。
check-strangers-13-b-wrong = 不好意思，发错人了，本来是发给我表哥的。

check-strangers-16-a = 你在社交应用上认识的一个人说自己 19 岁。才两天，对方就说爱你，想换到私密应用聊天，还向你要私密照片。你该怎么做？
check-strangers-16-a-stop = 什么都别发，存好记录，举报这个账号。
check-strangers-16-a-move = 换个应用也行，注意安全，先别发照片。
check-strangers-16-a-prove = 先要求视频通话，确认对方是真人。

check-strangers-16-b = 你在网络游戏里认识的一个人说自己 20 岁。对方帮你买了游戏道具，然后约你见面，还说：“别告诉任何人。”你该怎么做？
check-strangers-16-b-public = 约在人多的公共场所见面，这样就安全了。
check-strangers-16-b-pay-back = 告诉对方，再逼你就去举报。
check-strangers-16-b-stop = 别去见面。保存消息，并告诉一个大人。

check-kind-9-a = 在班级群里，几个同学对一位同学的画发大笑表情。那位同学不说话了。最好的做法是什么？
check-kind-9-a-join = 也发一个大笑表情，免得显得不合群。
check-kind-9-a-nothing = 什么都别说，老师看到了会处理的。
check-kind-9-a-kind = 给那位同学发条暖心消息，夸夸那幅画。

check-kind-9-b = 在一个网络游戏里，你的队伍一直把一个玩家踢出去，因为他是新手、动作慢。最好的做法是什么？
check-kind-9-b-kick = 你也踢掉对方吧，队伍得赢下这一局。
check-kind-9-b-invite = 把对方拉回来，教对方你会的技巧。
check-kind-9-b-leave = 直接退出游戏，这样就跟你没关系了。

check-kind-13-a = 有人在学校的大群里发了一张某个同学的尴尬照片，大家开始跟着发刻薄的评论。最好的做法是什么？
check-kind-13-a-support = 别起哄。私下问问对方还好吗。
check-kind-13-a-joke = 加一句小玩笑，让气氛别那么严肃。
check-kind-13-a-screenshot = 把群设成免打扰，再退出群，这样就不算参与了。

check-kind-13-b = 几个朋友新建了一个群，故意不拉其中一个朋友，专门拿他开玩笑。他们把你拉进了群。最好的做法是什么？
check-kind-13-b-stay-quiet = 留在群里但不吭声，免得下一个被针对的是你。
check-kind-13-b-send-all = 告诉那个朋友，把所有玩笑都截图发给他。
check-kind-13-b-speak-up = 说这样不对，退群，然后去确认朋友还好吗。

check-kind-16-a = 一个学生发了一条有点出糗的帖子，结果火了，成千上万的陌生人发帖辱骂。你们学校也有人跟着骂。最好的做法是什么？
check-kind-16-a-joke = 别掺和。把这个话题隐藏起来，保护好自己的安全。
check-kind-16-a-support = 别跟风。举报最过分的帖子，再私信对方。
check-kind-16-a-fight-back = 替对方出头，狠狠骂回那些最过分的喷子。

check-kind-16-b = 在群聊里，一个朋友发了一个嘲讽某位同学宗教信仰的仇恨笑话。其他人回了大笑表情。最好的做法是什么？
check-kind-16-b-speak-up = 平静地说这样不对，再继续就举报。
check-kind-16-b-laugh = 也回个笑脸，让群里气氛别太僵。
check-kind-16-b-forward = 转发给那位同学，让对方自己去举报。

check-posting-9-a = 你拍了一张朋友张着嘴睡觉的搞笑照片，想发到班级群里。你应该先做什么？
check-posting-9-a-ask = 先问问朋友，愿不愿意让你发这张照片。
check-posting-9-a-joke = 发吧，只是开个玩笑，你们是好朋友嘛。
check-posting-9-a-delete-later = 先发，要是老师让你删再删掉。

check-posting-9-b = 你在家庭聚会上拍了表妹跳舞的视频，想发到视频应用上。你应该先做什么？
check-posting-9-b-family = 发吧，家庭视频怎么发都没关系。
check-posting-9-b-no-name = 发到私密账号上，不写她的名字。
check-posting-9-b-ask = 先问问表妹和家里的大人同不同意。

check-posting-13-a = 你很生一位老师的气，想发一个嘲讽这位老师的无礼视频。你的朋友们说这会很好笑。哪种说法是对的？
check-posting-13-a-delete = 没关系，只要一天后删掉就行。
check-posting-13-a-stays = 就算你删了，别人也可能已经保存、转发了。
check-posting-13-a-private = 没关系，账号是私密的，视频只会留那儿。

check-posting-13-b = 输了一场比赛后，你想发一条生气的消息骂对方队伍。你打算之后再删掉。哪种说法是对的？
check-posting-13-b-screenshot = 截图能让它在你删掉后继续流传。
check-posting-13-b-gone = 删掉就彻底没了，所以没关系。
check-posting-13-b-nobody = 没人会看你这个年纪的人发的气话。

check-posting-16-a = 在一次聚会上，你拍了一张合照。有个朋友说过不想让自己的照片出现在网上。你想公开发布，并标记所有人。你该怎么做？
check-posting-16-a-no-tag = 发吧，只是别标记那个朋友，没人会发现。
check-posting-16-a-untag = 发吧，那个朋友介意的话可以去举报。
check-posting-16-a-leave-out = 发一张没有那个朋友的，标记前先问大家。

check-posting-16-b = 你找到一张朋友 11 岁时的旧照片，发型很搞笑。发到你的限时动态上肯定能逗笑很多人。你该怎么做？
check-posting-16-b-story = 发吧，反正快拍一天后就消失了。
check-posting-16-b-ask = 先问问对方，想想对方会怎么想。
check-posting-16-b-delete-later = 只发给亲密好友看，那里是私密的。

check-tricks-9-a = 游戏里弹出一个窗口：“你赢得了 1000 颗免费宝石！马上点击，只剩 30 秒！”你该怎么做？
check-tricks-9-a-click = 赶紧点，别等时间用完了。
check-tricks-9-a-close = 关掉它。真正的奖品不会催你。
check-tricks-9-a-username = 点进去检查一下真假，但什么都不填。

check-tricks-9-b = 游戏里有条消息说：“你是今天的幸运儿，获得免费平板电脑一台！输入你的地址就能领取。”你该怎么做？
check-tricks-9-b-ignore = 什么都别填。你根本没有参加过什么抽奖。
check-tricks-9-b-quick = 赶紧填好，再告诉爸爸妈妈这个好消息。
check-tricks-9-b-street = 只填街道名，不填门牌号。

check-tricks-13-a = 一款游戏出售神秘宝箱，开出稀有皮肤的几率极小。你的朋友花光了所有生日收到的钱，却什么好东西都没开到。哪种说法是对的？
check-tricks-13-a-every-day = 每天开一个宝箱，稀有道具迟早会出。
check-tricks-13-a-unlucky = 他只是运气不好，下一个宝箱会更好。
check-tricks-13-a-gambling = 这就像赌博，大多数人花了钱却得不到什么。

check-tricks-13-b = 一款游戏的“幸运转盘”要花真钱。一个主播第一次转就赢了稀有奖品。哪种说法是对的？
check-tricks-13-b-must-win = 连输几次之后，很快就该赢了。
check-tricks-13-b-paid = 主播可能免费抽。去查证真实概率。
check-tricks-13-b-first-time = 试一次很安全，人家第一次就中了大奖。

check-tricks-16-a = 你在等一个包裹。一条短信说：“您的包裹被扣留。请在 24 小时内通过此链接支付一小笔费用。”你该怎么做？
check-tricks-16-a-check = 别点。到商店自己的应用里查订单。
check-tricks-16-a-pay = 付了吧，钱不多，你又想要这个包裹。
check-tricks-16-a-look = 点进去确认一下真假，但先别付钱。

check-tricks-16-b = 一封看起来像是你的银行发来的邮件说，你的账户被锁定了，要你今天通过邮件里的链接登录。你该怎么做？
check-tricks-16-b-log-in = 赶快登录账户，免得里面的钱没了。
check-tricks-16-b-reply = 回复邮件，请对方确认这封邮件是真的。
check-tricks-16-b-bank-app = 别点链接。自己打开银行的应用。

check-balance-9-a = 到睡觉时间了，可是视频应用一直自动播放下一个视频。最好的做法是什么？
check-balance-9-a-one-more = 再看一个视频，然后关掉。
check-balance-9-a-quiet = 把声音调小，免得吵醒爸爸妈妈。
check-balance-9-a-stop = 关掉视频，平板放到别的房间。

check-balance-9-b = 该吃晚饭了，可是游戏里说：“继续玩，赢取奖励宝箱！”最好的做法是什么？
check-balance-9-b-bonus = 先玩到拿到宝箱，然后再去吃饭。
check-balance-9-b-stop = 马上停下去吃饭，游戏可以等。
check-balance-9-b-table = 边吃饭边在饭桌上玩，就不会错过了。

check-balance-13-a = 刷照片应用时，你看到朋友们完美的度假照片，开始觉得自己的生活很糟糕。什么是好的选择？
check-balance-13-a-break = 放下手机。帖子只会展示最好的瞬间。
check-balance-13-a-scroll = 继续刷，直到刷到对你有帮助的内容。
check-balance-13-a-post = 也发点东西，让自己的生活看起来一样好。

check-balance-13-b = 一个和你同龄的网红每天都发看起来很完美的照片。你开始对自己的样子感到不满意。什么是好的选择？
check-balance-13-b-filters = 用很强的滤镜，让自己更像对方。
check-balance-13-b-tips = 仔细检查对方的帖子，学学怎么变得跟对方一样。
check-balance-13-b-mute = 把对方设为不看或取关，再跟你信任的人聊聊。

check-balance-16-a = 考试前一天夜里一点，你的手机不停地响，全是群聊消息和连续记录提醒。最好的选择是什么？
check-balance-16-a-reply = 快速回复所有人，然后去睡觉。
check-balance-16-a-sleep = 开静音去睡觉，消息明天再回。
check-balance-16-a-streak = 先保住连续打卡，考完试再休息。

check-balance-16-b = 你明天一早要去打工上早班。到了午夜，视频应用自动开始播放剧集的下一集。最好的选择是什么？
check-balance-16-b-sleep = 关掉自动播放去睡觉，改天再看完。
check-balance-16-b-one-more = 再看一集，然后看看自己感觉怎么样。
check-balance-16-b-dark = 继续看，把屏幕调暗一点更安全。

check-help-9-a = 游戏里有个玩家一直给你发刻薄的消息，你已经请他停下了，他还是不停。你该怎么做？
check-help-9-a-block = 先截图，再拉黑对方，然后给大人看。
check-help-9-a-mean-back = 告诉对方，再不停下你就去举报。
check-help-9-a-secret = 拉黑对方，删掉聊天记录，全部清空。

check-help-9-b = 你看到一个让你非常害怕的视频。你一直想着它，连晚上也是。你该怎么做？
check-help-9-b-again = 白天再看一遍，这样就没那么可怕了。
check-help-9-b-wait = 举报这个视频，然后努力把它忘掉。
check-help-9-b-tell = 跟大人聊聊这个视频让你有什么感受。

check-help-13-a = 一个你不认识的人在社交应用上一直给你发消息，你已经不理他了。现在他还在你的每条帖子下面评论。你该怎么做？
check-help-13-a-reply = 回一次，让对方别再烦你，然后不理了。
check-help-13-a-block = 保存消息，然后拉黑并举报这个账号。
check-help-13-a-private = 把账号设成私密，先别告诉任何人。

check-help-13-b = 一个用了你的名字和照片的假账号，正在发关于你同学的刻薄内容。你该怎么做？
check-help-13-b-report = 截下那些帖子，然后举报这个假账号。
check-help-13-b-post = 发帖说那不是你，希望大家会相信。
check-help-13-b-message = 告诉假账号，要是还继续你就举报。

check-help-16-a = 网上有人威胁你：不给钱，就把你的私密照片发出去。你该怎么做？
check-help-16-a-pay = 付一次钱，等对方删了照片再举报。
check-help-16-a-delete = 拉黑对方，再注销账号，这样才安全。
check-help-16-a-report = 别付钱。保存好消息，举报并找人帮忙。

check-help-16-b = 你的前任在被你拉黑后，不停注册新账号给你发消息，还会评论你去过的地方。你该怎么做？
check-help-16-b-reply = 告诉对方，再开一个新号你就举报。
check-help-16-b-report = 每条消息都留好，并告诉一个大人。
check-help-16-b-alone = 每个新号都拉黑，自己一个人扛着。
