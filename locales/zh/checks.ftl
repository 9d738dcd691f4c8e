# 热身和回顾小测验（scenarios/checks.ron）。每个目标、每个年龄段、每套题各一道题；
# A 套和 B 套相互对应：考查同一项技能，换一个情境。

check-rights-9-a = 游戏里有个玩家一直骂你。你的朋友说：“玩游戏就是这样的。”哪种说法是对的？
check-rights-9-a-respect = 你有权受到尊重，也有权寻求帮助。
check-rights-9-a-accept = 骂人是游戏的一部分，你只能接受。
check-rights-9-a-your-fault = 只有你先做错了事，他们才会这样做。

check-rights-9-b = 班级群里有人一直给你发刻薄的消息。你觉得告诉老师只会让事情更糟。哪种说法是对的？
check-rights-9-b-wait = 只有持续好几个月，才应该告诉大人。
check-rights-9-b-deserve = 既然他们选中了你，说明你是活该。
check-rights-9-b-help = 你有权感到安全，也有权寻求帮助。

check-rights-13-a = 朋友的哥哥把你的一张照片发到了他的公开账号上。你请他删掉，他说：“我的账号，我说了算。”哪种说法是对的？
check-rights-13-a-his-rules = 他说得对。谁发的照片，就由谁决定。
check-rights-13-a-privacy = 你的隐私很重要。你可以举报这张照片。
check-rights-13-a-too-late = 照片一旦发到网上，就什么办法都没有了。

check-rights-13-b = 体育课上你摔倒了，一个同学拍下来发到了视频应用上。你请对方删掉，对方说：“我的手机，我的视频。”哪种说法是对的？
check-rights-13-b-privacy = 你有隐私权。你可以举报这个视频。
check-rights-13-b-their-video = 对方说得对。谁拍的，就由谁决定。
check-rights-13-b-too-late = 现在已经有很多人看过了，来不及了。

check-rights-16-a = 有人用修图做了一张你的假照片，正在你们学校里传开。一个朋友说：“那又不是真的你，所以不算数。”哪种说法是对的？
check-rights-16-a-not-real = 假照片不是真的，所以不会造成伤害。
check-rights-16-a-find-first = 只有先查出是谁做的，你才能采取行动。
check-rights-16-a-report = 你有权受到尊重。去举报，并寻求支持。

check-rights-16-b = 你私信的截图正在一个大群里被转发。有人说：“是你自己发的，所以你已经放弃了隐私。”哪种说法是对的？
check-rights-16-b-gave-up = 消息一旦发出，任何人都可以随便转发。
check-rights-16-b-report = 你的隐私依然重要。你可以举报。
check-rights-16-b-stay-quiet = 什么都别说，不然大家只会议论得更多。

check-risk-9-a = 在游戏聊天里，三个玩家给你发了消息。哪条消息可能对你有风险？
check-risk-9-a-rematch = 打得好！明天还想再玩一局吗？
check-risk-9-a-school = 你的真名叫什么？你在哪所学校上学？
check-risk-9-a-dragon = 第三关那条大龙，你是怎么打过去的？

check-risk-9-b = 三个人在你的画画视频下面留了评论。哪条评论可能对你有风险？
check-risk-9-b-park = 真棒！你放学后在哪个公园玩？
check-risk-9-b-colours = 我好喜欢你这幅画用的颜色！
check-risk-9-b-cat = 下一个视频你能画一只猫吗？拜托啦！

check-risk-13-a = 一个热门视频挑战大家在车多的马路边做危险动作并拍下来。你的朋友们想放学后试试。真正的风险是什么？
check-risk-13-a-popular = 没什么真正的风险，已经有很多人做过了。
check-risk-13-a-parents = 唯一的风险是回家会挨骂。
check-risk-13-a-hurt = 有人可能会受重伤，只为了播放量。

check-risk-13-b = 一个主播挑战观众两天不睡觉，并发出证明。有些同学说要试试。真正的风险是什么？
check-risk-13-b-famous = 如果知名主播说没问题，就没什么真正的风险。
check-risk-13-b-health = 这可能会伤害他们的健康，就算看起来很好玩。
check-risk-13-b-tired = 唯一的风险是上课时会有点累。

check-risk-16-a = 一个免费的性格测试应用要读取你的消息和通讯录，说是“为了让结果更准确”。主要风险是什么？
check-risk-16-a-data = 你和朋友们的数据可能会被分享出去。
check-risk-16-a-accuracy = 测试给出的结果可能并不准确。
check-risk-16-a-checked = 没有风险，应用商店里的应用都经过审核。

check-risk-16-b = 一个工具号称能显示谁看过你的主页。它要你用社交媒体账号登录，并允许完全访问。主要风险是什么？
check-risk-16-b-wrong-list = 它显示的访客名单可能是错的。
check-risk-16-b-no-password = 没有风险，因为你从没在里面输入过密码。
check-risk-16-b-account = 它可能控制你的账号，并借此接触你的朋友。

check-info-9-a = 游戏里有个玩家说：“把密码告诉我，我帮你过下一关。”你该怎么做？
check-info-9-a-change-later = 告诉他，等他帮完再改密码。
check-info-9-a-top-player = 如果他是有很多好友的高手，就告诉他。
check-info-9-a-say-no = 拒绝。密码只属于你和你的爸爸妈妈。

check-info-9-b = 游戏里有个玩家说：“把你家的住址告诉我，我好给你寄生日礼物。”你该怎么做？
check-info-9-b-school = 改成把你们学校的地址告诉他。
check-info-9-b-say-no = 拒绝。你家的住址是隐私。
check-info-9-b-present = 告诉他。他只是想给你寄礼物。

check-info-13-a = 你想把去新学校第一天的照片发到公开主页上。照片里的校名和校徽看得很清楚。你该怎么做？
check-info-13-a-hide = 发之前，先把校名和校徽遮住。
check-info-13-a-tag = 加上位置标签，让同学们能找到你。
check-info-13-a-story = 发成限时动态，因为它一天后就会消失。

check-info-13-b = 你想发一段新卧室的视频。透过窗户，你家的街道名和门牌号看得很清楚。你该怎么做？
check-info-13-b-no-notice = 发吧。大多数人根本不会注意这些小细节。
check-info-13-b-no-caption = 发的时候不写说明，这样没人知道是哪里。
check-info-13-b-blur = 先把街道名和门牌号打码或剪掉。

check-info-16-a = 一个新应用默认把你的实时位置分享给你全部 600 个好友。其中很多人你从没见过。最好的选择是什么？
check-info-16-a-leave-on = 保持开启。朋友的朋友都是安全的。
check-info-16-a-turn-off = 关掉它，或者只分享给你信任的人。
check-info-16-a-post-less = 保持开启，但少发点东西，这样看的人会少一些。

check-info-16-b = 你的跑步应用会把每条路线公开显示在地图上。你的大部分路线都从家门口出发，又在家门口结束。最好的选择是什么？
check-info-16-b-private = 把路线设为私密，并隐藏家附近的那一段。
check-info-16-b-no-name = 继续公开，但把你的名字去掉。
check-info-16-b-runners = 继续公开。很多跑步的人都会分享路线。

check-trust-9-a = 一条消息说：“明天有暴风雨，学校停课！快转发给所有人！”你该怎么做？
check-trust-9-a-check = 先问问老师或爸爸妈妈。
check-trust-9-a-forward = 先转发给所有人，再告诉爸爸妈妈。
check-trust-9-a-believe = 相信它，因为很多人都转发了。

check-trust-9-b = 班级群里有人说：“我们老师要永远离开学校了！我表哥告诉我的。”你该怎么做？
check-trust-9-b-tell-friends = 现在就告诉朋友们，之后再问爸爸妈妈。
check-trust-9-b-believe = 相信它，因为表哥肯定知道。
check-trust-9-b-ask = 先等等，问问老师或爸爸妈妈是不是真的。

check-trust-13-a = 你关注的一位网红说，一款新的能量饮料帮她考了高分。帖子里用小字标着“广告”。怎样看待这件事最好？
check-trust-13-a-followers = 肯定是真的。她有几百万粉丝。
check-trust-13-a-advert = 她收了钱才这么说。先查查其他来源。
check-trust-13-a-comments = 是真的。很多评论都说对他们有效。

check-trust-13-b = 一个点赞很多的视频说，某种药膏一晚上就能去掉所有痘痘。发视频的账号就是卖这种药膏的。怎样看待这件事最好？
check-trust-13-b-sells = 他们靠它赚钱。去可靠的健康网站查查。
check-trust-13-b-likes = 点赞这么多，说明它肯定真的有效。
check-trust-13-b-try-it = 买来用一个星期，看看是不是真的有效。

check-trust-16-a = 选举前几天，出现了一段关于某位候选人的惊人视频。它只出现在一个账号上，而这个账号上周才注册。转发之前你该怎么做？
check-trust-16-a-right-to-know = 转发。大家有权知道。
check-trust-16-a-not-sure = 转发，但注明你不确定它是不是真的。
check-trust-16-a-check = 查查可靠的新闻来源。这可能是假视频。

check-trust-16-b = 一张新闻截图说，年轻人晚上将被禁止进入市中心。没有链接，也没有日期。转发之前你该怎么做？
check-trust-16-b-complain = 转发，让更多人能在它实施前提出抗议。
check-trust-16-b-search = 去可靠的新闻网站或市政府官网上查一查。
check-trust-16-b-friends = 转发。你的朋友不会转发假新闻。

check-strangers-9-a = 一个你只在网上认识的玩家说：“你是我最好的朋友。我们聊天的事别告诉你爸妈。”你该怎么做？
check-strangers-9-a-keep-secret = 保守秘密。他又友善又有趣。
check-strangers-9-a-tell = 不再聊天，并把这件事告诉信任的大人。
check-strangers-9-a-ask-why = 问他为什么，如果觉得奇怪再告诉爸妈。

check-strangers-9-b = 一个你只在网上认识的玩家送你免费的游戏币，然后向你要一张你的照片。你该怎么做？
check-strangers-9-b-block = 不要发。屏蔽他，并告诉信任的大人。
check-strangers-9-b-thank-you = 发一张照片，谢谢他送的游戏币。
check-strangers-9-b-pet = 改发一张宠物照片，之后再告诉爸妈。

check-strangers-13-a = 你在一个游戏服务器上，里面有很多你不认识的玩家。哪条消息是危险信号？
check-strangers-13-a-team = 今晚的比赛，有人想加入我们队一起打吗？
check-strangers-13-a-update = 新版本更新太烂了，地图实在是太小了。
check-strangers-13-a-private = 你比同龄人成熟多了！我们去私密应用聊。

check-strangers-13-b = 你在一个社交应用上收到了陌生人的消息。哪条消息是危险信号？
check-strangers-13-b-drawing = 好喜欢你的画！你用的是什么铅笔和纸？
check-strangers-13-b-gift-card = 我送你一张礼品卡。只是别告诉任何人。
check-strangers-13-b-wrong = 不好意思，发错人了。我本来是想发给表弟的。

check-strangers-16-a = 你在社交应用上认识的一个人说自己 19 岁。才两天，对方就说爱你，想换到私密应用聊天，还向你要私密照片。你该怎么做？
check-strangers-16-a-stop = 什么都别发。屏蔽、举报，告诉你信任的人。
check-strangers-16-a-move = 换到私密应用聊天，但先别发照片。
check-strangers-16-a-prove = 先让对方发一张照片，证明对方是真人。

check-strangers-16-b = 你在网络游戏里认识的一个人说自己 20 岁。对方帮你买了游戏道具，然后约你见面，还说：“别告诉任何人。”你该怎么做？
check-strangers-16-b-public = 在人多的公共场所见面，这样就安全了。
check-strangers-16-b-pay-back = 先把钱还给对方，这样就不欠对方什么了。
check-strangers-16-b-stop = 别见面。屏蔽、举报，告诉信任的成年人。

check-kind-9-a = 在班级群里，几个同学对一位同学的画发大笑表情。那位同学不说话了。最好的做法是什么？
check-kind-9-a-join = 你也发一个大笑表情，这样才合群。
check-kind-9-a-nothing = 什么都不说。又不是你的画，不关你的事。
check-kind-9-a-kind = 给那位同学发一条友善的消息，并告诉大人。

check-kind-9-b = 在一个网络游戏里，你的队伍一直把一个玩家踢出去，因为他是新手、动作慢。最好的做法是什么？
check-kind-9-b-kick = 你也把他踢出去，这样你们队才能赢。
check-kind-9-b-invite = 邀请他回来。每个人一开始都是新手。
check-kind-9-b-leave = 退出游戏，这样就不用看了。

check-kind-13-a = 有人在学校的大群里发了一张某个同学的尴尬照片，大家开始跟着发刻薄的评论。最好的做法是什么？
check-kind-13-a-support = 不跟着起哄。关心对方，并举报这条帖子。
check-kind-13-a-joke = 加一句小玩笑，让事情显得没那么严重。
check-kind-13-a-screenshot = 截图给你的朋友看，让他们知道有多过分。

check-kind-13-b = 几个朋友新建了一个群，故意不拉其中一个朋友，专门拿他开玩笑。他们把你拉进了群。最好的做法是什么？
check-kind-13-b-stay-quiet = 保持沉默，这样你就不会成为下一个目标。
check-kind-13-b-send-all = 把所有玩笑都截图发给那个朋友。
check-kind-13-b-speak-up = 说这样不对，退出群，再关心一下那个朋友。

check-kind-16-a = 一个学生发了一条有点出糗的帖子，结果火了，成千上万的陌生人发帖辱骂。你们学校也有人跟着骂。最好的做法是什么？
check-kind-16-a-joke = 像其他人一样，也发一个机灵的段子。
check-kind-16-a-support = 别跟着骂。举报最过分的帖子，支持那个学生。
check-kind-16-a-fight-back = 辱骂那些攻击他的人，以此来维护他。

check-kind-16-b = 在群聊里，一个朋友发了一个嘲讽某位同学宗教信仰的仇恨笑话。其他人回了大笑表情。最好的做法是什么？
check-kind-16-b-speak-up = 冷静地说这样不对，如果还继续，就举报。
check-kind-16-b-laugh = 回一个大笑表情，让群里保持友好的气氛。
check-kind-16-b-forward = 转发给那位同学，让他知道大家在说什么。

check-posting-9-a = 你拍了一张朋友张着嘴睡觉的搞笑照片，想发到班级群里。你应该先做什么？
check-posting-9-a-ask = 问问朋友可不可以发。
check-posting-9-a-joke = 发吧，只是开个玩笑。
check-posting-9-a-delete-later = 发出去，如果他不高兴再删掉。

check-posting-9-b = 你在家庭聚会上拍了表妹跳舞的视频，想发到视频应用上。你应该先做什么？
check-posting-9-b-family = 发吧。家庭视频总是没问题的。
check-posting-9-b-no-name = 发的时候不写她的名字，再给大人看。
check-posting-9-b-ask = 问问表妹和大人，可不可以发。

check-posting-13-a = 你很生一位老师的气，想发一个嘲讽这位老师的无礼视频。你的朋友们说这会很好笑。哪种说法是对的？
check-posting-13-a-delete = 没关系，只要一天之后删掉就可以了。
check-posting-13-a-stays = 就算删掉，它也可能已被保存和转发。
check-posting-13-a-private = 没关系，因为只有你的粉丝能看到。

check-posting-13-b = 输了一场比赛后，你想发一条生气的消息骂对方队伍。你打算之后再删掉。哪种说法是对的？
check-posting-13-b-screenshot = 它可能会被别人保存下来，在网上留存好几年。
check-posting-13-b-gone = 删掉的帖子就永远消失了，所以没关系。
check-posting-13-b-nobody = 没人会看你这个年纪的人发的气话。

check-posting-16-a = 在一次聚会上，你拍了一张合照。有个朋友说过不想让自己的照片出现在网上。你想公开发布，并标记所有人。你该怎么做？
check-posting-16-a-no-tag = 发布，但不标记那个朋友。没人会注意到。
check-posting-16-a-untag = 发布。如果对方介意，可以自己取消标记。
check-posting-16-a-leave-out = 不把那个朋友放进去，标记其他人前也先问问。

check-posting-16-b = 你找到一张朋友 11 岁时的旧照片，发型很搞笑。发到你的限时动态上肯定能逗笑很多人。你该怎么做？
check-posting-16-b-story = 发吧。反正限时动态一天后就消失了。
check-posting-16-b-ask = 先问问对方，想想对方会有什么感受。
check-posting-16-b-delete-later = 发吧。如果对方介意，可以让你删掉。

check-tricks-9-a = 游戏里弹出一个窗口：“你赢得了 1000 颗免费宝石！马上点击，只剩 30 秒！”你该怎么做？
check-tricks-9-a-click = 赶快点，趁时间还没用完。
check-tricks-9-a-close = 关掉它。真正的奖品不会催你。
check-tricks-9-a-username = 点进去，但只输入你的用户名。

check-tricks-9-b = 游戏里有条消息说：“你是今天的幸运儿，获得免费平板电脑一台！输入你的地址就能领取。”你该怎么做？
check-tricks-9-b-ignore = 什么都别输入。这是骗局，告诉大人。
check-tricks-9-b-quick = 赶快输入，再把好消息告诉爸爸妈妈。
check-tricks-9-b-street = 输入街道名，但不写门牌号。

check-tricks-13-a = 一款游戏出售神秘宝箱，开出稀有皮肤的几率极小。你的朋友花光了所有生日收到的钱，却什么好东西都没开到。哪种说法是对的？
check-tricks-13-a-every-day = 每天开一个宝箱，总会开出稀有物品。
check-tricks-13-a-unlucky = 他只是运气不好，下一个宝箱肯定会更好。
check-tricks-13-a-gambling = 这就像赌博。多数人花了钱却没得到多少。

check-tricks-13-b = 一款游戏的“幸运转盘”要花真钱。一个主播第一次转就赢了稀有奖品。哪种说法是对的？
check-tricks-13-b-must-win = 连输几次以后，接下来很快就一定会赢。
check-tricks-13-b-paid = 多数转盘奖励很少，主播可能是拿钱来玩的。
check-tricks-13-b-first-time = 既然他第一次就赢了，你大概也会赢。

check-tricks-16-a = 你在等一个包裹。一条短信说：“您的包裹被扣留。请在 24 小时内通过此链接支付一小笔费用。”你该怎么做？
check-tricks-16-a-check = 别点链接。去商家自己的应用里查订单。
check-tricks-16-a-pay = 付吧。钱不多，而且你想拿到包裹。
check-tricks-16-a-look = 点进去看看是不是真的，但先别付钱。

check-tricks-16-b = 一封看起来像是你的银行发来的邮件说，你的账户被锁定了，要你今天通过邮件里的链接登录。你该怎么做？
check-tricks-16-b-log-in = 赶快登录，免得你的钱没了。
check-tricks-16-b-reply = 回复邮件，问他们这封邮件是不是真的。
check-tricks-16-b-bank-app = 别用这个链接。自己打开银行的应用。

check-balance-9-a = 到睡觉时间了，可是视频应用一直自动播放下一个视频。最好的做法是什么？
check-balance-9-a-one-more = 再看一个视频，然后就停。
check-balance-9-a-quiet = 把声音调小，躺在床上继续看。
check-balance-9-a-stop = 停掉视频，把平板电脑收起来。

check-balance-9-b = 该吃晚饭了，可是游戏里说：“继续玩，赢取奖励宝箱！”最好的做法是什么？
check-balance-9-b-bonus = 玩到拿到奖励宝箱，然后再去。
check-balance-9-b-stop = 现在就停下，去吃饭。游戏可以等。
check-balance-9-b-table = 边吃饭边在餐桌上玩。

check-balance-13-a = 刷照片应用时，你看到朋友们完美的度假照片，开始觉得自己的生活很糟糕。什么是好的选择？
check-balance-13-a-break = 休息一下。帖子常常只展示最好的时刻。
check-balance-13-a-scroll = 继续刷，直到心情变好为止。
check-balance-13-a-post = 发点东西，让你的生活看起来也一样好。

check-balance-13-b = 一个和你同龄的网红每天都发看起来很完美的照片。你开始对自己的样子感到不满意。什么是好的选择？
check-balance-13-b-filters = 用很强的滤镜，让自己看起来更像对方。
check-balance-13-b-tips = 不停翻看对方的帖子，学怎么变得像对方。
check-balance-13-b-mute = 把对方静音或取关，再找信任的人聊聊。

check-balance-16-a = 考试前一天夜里一点，你的手机不停地响，全是群聊消息和连续记录提醒。最好的选择是什么？
check-balance-16-a-reply = 快速回复所有人，然后去睡觉。
check-balance-16-a-sleep = 打开静音模式去睡觉。回复可以等。
check-balance-16-a-streak = 保住连续记录，考完试再休息。

check-balance-16-b = 你明天一早要去打工上早班。到了午夜，视频应用自动开始播放剧集的下一集。最好的选择是什么？
check-balance-16-b-sleep = 关掉自动播放去睡觉。改天再看完。
check-balance-16-b-one-more = 再看一集，然后再决定。
check-balance-16-b-dark = 继续看，把屏幕亮度调低一点。

check-help-9-a = 游戏里有个玩家一直给你发刻薄的消息，你已经请他停下了，他还是不停。你该怎么做？
check-help-9-a-block = 屏蔽他、举报他，并告诉信任的大人。
check-help-9-a-mean-back = 也给他发刻薄的消息。
check-help-9-a-secret = 不说出去，这样就没有大人会收走你的平板。

check-help-9-b = 你看到一个让你非常害怕的视频。你一直想着它，连晚上也是。你该怎么做？
check-help-9-b-again = 再看一遍，这样就没那么可怕了。
check-help-9-b-wait = 等一个星期，如果还是难受再告诉大人。
check-help-9-b-tell = 告诉信任的大人，并举报这个视频。

check-help-13-a = 一个你不认识的人在社交应用上一直给你发消息，你已经不理他了。现在他还在你的每条帖子下面评论。你该怎么做？
check-help-13-a-reply = 回复一次，叫他别再发了。
check-help-13-a-block = 屏蔽并举报，保存证据，告诉信任的大人。
check-help-13-a-private = 把账号设为私密，先不告诉任何人。

check-help-13-b = 一个用了你的名字和照片的假账号，正在发关于你同学的刻薄内容。你该怎么做？
check-help-13-b-report = 举报这个账号，保存证据，告诉信任的大人。
check-help-13-b-post = 发帖说那不是你，希望大家相信你。
check-help-13-b-message = 给那个假账号发消息，叫对方别再发了。

check-help-16-a = 网上有人威胁你：不给钱，就把你的私密照片发出去。你该怎么做？
check-help-16-a-pay = 付一次钱，让对方删掉照片，别再来烦你。
check-help-16-a-delete = 删掉你的账号，希望一切都会过去。
check-help-16-a-report = 别付钱。保存证据、举报，告诉信任的成年人。

check-help-16-b = 你的前任在被你屏蔽后，不停注册新账号给你发消息，还会评论你去过的地方。你该怎么做？
check-help-16-b-reply = 再回复一次，明确要求对方永远别再联系你。
check-help-16-b-report = 保存证据、举报对方，并告诉信任的成年人。
check-help-16-b-alone = 不再发帖，自己一个人处理这件事。
