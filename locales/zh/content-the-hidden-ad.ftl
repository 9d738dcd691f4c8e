# 内容 / 价值观：藏起来的广告（13–15 岁）。网红营销、藏起来的 #ad、假的“真实测评”。

content-the-hidden-ad-title = 藏起来的广告
content-the-hidden-ad-summary = 一个网红在“真实测评”里说，一款面霜改变了一切。这是测评，还是广告？
content-the-hidden-ad-remember = 带优惠码、只有夸奖、#ad 藏在最后的“真实测评”，就是广告。看仔细，举报藏起来的广告，相信那些好坏都说的测评。

content-the-hidden-ad-app = { $app }
content-the-hidden-ad-npc-influencer = { $influencer }
content-the-hidden-ad-npc-friend = { $friend }
content-the-hidden-ad-npc-classmate = { $classmate }
content-the-hidden-ad-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
content-the-hidden-ad-app-glowgrid = GlowGrid
content-the-hidden-ad-app-picpeek = PicPeek
content-the-hidden-ad-app-vibeloop = VibeLoop
content-the-hidden-ad-name-glow-mira = glow.with.mira
content-the-hidden-ad-name-kai-skinlab = kai.skinlab
content-the-hidden-ad-name-daily-dew = dailydew.diary
content-the-hidden-ad-product-dewdrop = DewDrop 面霜
content-the-hidden-ad-product-clearglow = ClearGlow 精华
content-the-hidden-ad-product-velvet = Velvet Skin 凝胶
content-the-hidden-ad-game-puzzle-drift = Puzzle Drift
content-the-hidden-ad-game-moon-miners = Moon Miners
content-the-hidden-ad-game-tiny-kingdoms = Tiny Kingdoms
content-the-hidden-ad-adult-mum = 妈妈
content-the-hidden-ad-adult-grandpa = 爷爷
content-the-hidden-ad-adult-uncle = 阿德叔叔

content-the-hidden-ad-intro = 放学后，你刷着 { $app }。这周全班都在聊皮肤，有一条帖子到处都是。
content-the-hidden-ad-post = 我的真实测评：{ $product } 7 天就改变了我的皮肤！不是广告，我就是真心喜欢。用优惠码 GLOW20 打八折，仅限今晚！
content-the-hidden-ad-pic-caption = 我的真实测评：7 天皮肤大变样，零缺点！
content-the-hidden-ad-pic-code = GLOW20：八折
content-the-hidden-ad-pic-timer = 仅限今晚
content-the-hidden-ad-pic-likes = 4.8 万
content-the-hidden-ad-pic-tags = #护肤 #发光肌 #爱自己 #晨间护肤 #无滤镜 #ad

# 点出暴露广告的地方。
content-the-hidden-ad-spot = 是测评，还是广告？点出暴露它的地方。
content-the-hidden-ad-card-title = { $influencer }
content-the-hidden-ad-card-body = 我的真实测评：{ $product } 7 天就改变了我的皮肤！
content-the-hidden-ad-part-tick = { $influencer } 名字旁边的蓝色认证标
content-the-hidden-ad-feedback-tick = 不是线索：认证标只说明这个账号确实是 { $influencer } 本人，和测评是不是收了钱、是不是真的无关。
content-the-hidden-ad-part-caption = “7 天皮肤大变样，零缺点！”
content-the-hidden-ad-feedback-caption = 对。只有夸奖、效果快得不真实，都是广告的迹象。真正的测评也会说不好的地方。
content-the-hidden-ad-part-code = 优惠码 GLOW20，八折，仅限今晚
content-the-hidden-ad-feedback-code = 对。专属优惠码通常意味着发帖的人每卖出一单就能赚钱，“仅限今晚”是在催你，让你来不及核实。
content-the-hidden-ad-part-likes = 4.8 万个赞
content-the-hidden-ad-feedback-likes = 单看这一点不算线索：点赞只说明帖子火，不说明它是不是收了钱、是不是真的。
content-the-hidden-ad-part-tags = #ad，藏在一长串话题标签的最后
content-the-hidden-ad-feedback-tags = 说得对。很多国家规定，收费的帖子必须在开头清楚说明。把 #ad 埋在五个标签后面，就是希望你注意不到。

# 换个角度：写一条藏起来的广告，再把它反过来看。
content-the-hidden-ad-craft-intro = 想看看这种帖子是怎么做出来的吗？这一轮，由你来写藏起来的广告。只是练习：自己动手用过这些套路，以后就更容易识破。
content-the-hidden-ad-craft = 你在给虚构的能量饮料 Volt Rush 写帖子，目标是年轻玩家。帖子只能放三部分。读一读谁会看到它，再选出能让每个人都想买的内容。
content-the-hidden-ad-craft-what = 一条关于虚构能量饮料 Volt Rush 的“真实测评”
content-the-hidden-ad-t-caffeine = 咖啡因很高：罐上写着“16 岁以下不宜”
content-the-hidden-ad-t-caffeine-why = 诚实的内容：罐上的提示能帮人做决定，所以骗不了谁。藏起来的广告会把它删掉，尤其是冲着年轻玩家的时候。
content-the-hidden-ad-t-prize = 每罐都藏着抽奖码，能赢电竞椅
content-the-hidden-ad-t-prize-why = 奖品：让购买感觉像中奖。怎么识破：找找中奖概率。概率小得可怜，而且这里也没人想要椅子。
content-the-hidden-ad-t-nerves = 大赛前手抖？喝一罐，紧张感立刻消失得无影无踪
content-the-hidden-ad-t-nerves-why = 情绪：先找到你的担心，再卖给你“解药”。怎么识破：没有哪种饮料能消除紧张，咖啡因反而可能让手抖得更厉害。
content-the-hidden-ad-t-pro = 顶级职业选手都喝
content-the-hidden-ad-t-pro-why = 借来的权威：哪些选手？他们收钱了吗？怎么识破：真正的推荐有能核实的名字，收费推荐必须标明是广告。
content-the-hidden-ad-t-squad = 我们全队都在喝了，别做那个不合群的人
content-the-hidden-ad-t-squad-why = 从众：“大家都有”让你害怕被落下。怎么识破：问问自己需不需要，而不是还有谁有。
content-the-hidden-ad-t-code = 用我的码 VOLT：免费一罐，仅限今天！
content-the-hidden-ad-t-code-why = 紧迫感：截止时间让你来不及思考就下手，而优惠码让发帖的人赚钱。怎么识破：公平的优惠会给你时间。
content-the-hidden-ad-t-label = #ad：本帖由 Volt Rush 付费
content-the-hidden-ad-t-label-why = 诚实的内容：开头清楚标明，让大家能看清帖子是什么。它骗不了谁，所以藏起来的广告才会把它删掉。
content-the-hidden-ad-p-lucia = 露西亚
content-the-hidden-ad-p-lucia-about = 比赛前紧张得手都发抖
content-the-hidden-ad-p-lucia-why = 承诺帮你解决担心的帖子，在你正担心时最有杀伤力。这不是傻：广告就是冲着这种感觉写的。
content-the-hidden-ad-p-kwame = 夸梅
content-the-hidden-ad-p-kwame-about = 顶级选手用什么他就学什么，连耳机都一样
content-the-hidden-ad-p-kwame-why = 崇拜厉害的选手很正常。“职业选手都喝”借用了他们的信誉，却没有证据，也没有 #ad。
content-the-hidden-ad-p-arjun = 阿尔琼
content-the-hidden-ad-p-arjun-about = 最讨厌队里只有自己错过了什么
content-the-hidden-ad-p-arjun-why = 没人喜欢被落下。“大家都有”和“仅限今天”都是在利用害怕错过的心理。
content-the-hidden-ad-craft-turn = 现在反过来想：这些招数都是冲着你来的。收了钱的“职业选手”、“别不合群”、今晚就过期的优惠码、替你解忧的“解药”。找找 #ad、缺点，还有谁在赚钱。
content-the-hidden-ad-craft-back = 回到你的信息流，{ $influencer } 的帖子还在：“真实测评”、优惠码、仅限今晚。你刚刚自己就用过这些招数。

# 选择 1：同学发的真实测评。
content-the-hidden-ad-review = 用自己的钱买了 { $game }。解谜很好玩，但关卡之间的广告超级烦。7/10。
content-the-hidden-ad-pic-game = { $game }
content-the-hidden-ad-pic-score = 7/10
content-the-hidden-ad-pic-own-money = 用自己的钱买的
content-the-hidden-ad-pic-pro = 解谜很好玩
content-the-hidden-ad-pic-con = 关卡间广告很烦
content-the-hidden-ad-choice-like-review = 点赞，能信任：自己花钱，好坏都说。
content-the-hidden-ad-feedback-like-review = 好眼力。自己花钱买、有评分、有真实的缺点：真实测评就是这样的。核实不等于怀疑所有人。
content-the-hidden-ad-choice-report-review = 为了安全，举报一下。说不定也是广告。
content-the-hidden-ad-feedback-report-review = 核实是好事，但这条有真实测评的特征：没有优惠码，没有 #ad，还有真实的缺点。举报是用来对付违规帖子的。
content-the-hidden-ad-choice-accuse = 评论：“哈哈，收了多少钱啊？”
content-the-hidden-ad-feedback-accuse = 学习的机会：当众指责会伤人，而且这条测评也说了缺点。先找迹象，再判断是不是广告。
content-the-hidden-ad-c-liked = 谢谢！！小技巧：在设置里可以免费关掉广告
content-the-hidden-ad-c-report-review = 第二天，{ $app } 回复：“我们审核了这条帖子，它没有违反规则。”举报占用了审核员的时间，测评还留在那里。
content-the-hidden-ad-c-accused = 有三个人赞了你的评论。{ $classmate } 回复：“这是我攒了好几个星期的钱……”一小时后，测评不见了。

# 选择 2：朋友今晚就想买面霜。
content-the-hidden-ad-friend-asks = 你看到 { $influencer } 的帖子了吗？是真实测评，连广告都不是！优惠码今晚就过期。我要不要买 { $product }？
content-the-hidden-ad-choice-wait-report = 等等，最后面藏着 #ad，我马上去举报。
content-the-hidden-ad-feedback-wait-report = 眼光真准。藏起来的 #ad、专属优惠码和“仅限今晚”，说明有人付钱让他们卖货。等一等，就能先看看真正的测评；举报能帮 { $app } 让广告标明自己是广告。
content-the-hidden-ad-choice-all-fake = 网上什么都别买了，反正全部都是假的。
content-the-hidden-ad-feedback-all-fake = 今晚不买很明智。但“全是假的”并不对：{ $classmate } 的测评就是真的。了解套路是为了看得更仔细，而不是什么都不信。
content-the-hidden-ad-choice-get-it = 买吧！我核实过了，很安全，测评是真的。
content-the-hidden-ad-feedback-get-it = 学习的机会：“不是广告”的说法不等于真的没收钱。最后的 #ad 和优惠码都说明是付费的。现在帮朋友补救还来得及。

content-the-hidden-ad-c-friend-waits = 天哪真的，最后写着 #ad。好吧，我先看看别的测评。谢谢！！
content-the-hidden-ad-c-all-fake = 全部？连 { $classmate } 的测评也是？我只是想给皮肤找点东西用。那我该问谁？
content-the-hidden-ad-c-bought = { $friend } 用优惠码下了单。一周后来了两样东西：又红又痒的皮肤，还有第二笔扣款。原来“八折”是按月自动续费的订阅。
content-the-hidden-ad-pic-bank = 付款记录
content-the-hidden-ad-pic-charge = { $product } 订阅
content-the-hidden-ad-pic-charge-again = { $product } 订阅（第 2 个月）
content-the-hidden-ad-pic-amount = -24.99
content-the-hidden-ad-pic-monthly = 每月自动续费，除非取消

# “全是假的”之后。
content-the-hidden-ad-ask-who = 那就什么护肤品都不用了？可我现在皮肤真的很糟。我能问谁呢？
content-the-hidden-ad-choice-ask-adult = 我们去请{ $adult }帮忙挑一款吧。
content-the-hidden-ad-feedback-ask-adult = 好主意。信任的大人、药剂师或医生能告诉你什么适合青少年的皮肤，而且他们没有优惠码要卖。真正的建议，好过全信或全不信。
content-the-hidden-ad-choice-most-likes = 就买点赞最多的那款，肯定不会错的。
content-the-hidden-ad-feedback-most-likes = 学习的机会：点赞说明的是火不火，不是有没有用，也不是有没有收钱。点赞最多的帖子，往往是收钱最多的广告。
content-the-hidden-ad-choice-try-it = 试试吧，很安全。不行就告诉{ $adult }。
content-the-hidden-ad-feedback-try-it = 学习的机会：帖子里没有任何理由说它安全，而“试试吧”正是优惠码想要的。现在帮朋友补救还来得及。
content-the-hidden-ad-c-adult-advice = 这个问题问得好。青少年的皮肤，通常简单温和的最好，药店的药剂师也能推荐。那条帖子呢？我们举报它隐瞒广告。

# 出错之后。
content-the-hidden-ad-itchy = 我的脸又红又痒，而且他们又扣钱了？！帖子里说很温和的。我该怎么办？
content-the-hidden-ad-choice-show-adult = 先别用了，再请{ $adult }帮忙把账单处理好。
content-the-hidden-ad-feedback-show-adult = 这样才能补救。大人可以帮忙停用面霜、取消订阅、申请退款，还能举报帖子。没人会因此挨骂：这个广告就是专门用来骗人的。
content-the-hidden-ad-choice-comment = 在广告下面发评论，告诉所有人它不安全！
content-the-hidden-ad-feedback-comment = 提醒别人很善良。但发广告的人可以删评论，而朋友的皮肤和订阅问题都还在。大人可以把这两件事都处理好。
content-the-hidden-ad-choice-keep-going = 继续用吧，广告说刺痛就说明在起效。
content-the-hidden-ad-feedback-keep-going = 学习的机会：过敏发红不是有效的信号。停用是对的，药剂师也能帮忙。什么时候告诉信任的大人都不晚。
content-the-hidden-ad-c-commented = 不到一小时，你的评论就不见了：{ $influencer } 把它删了。用优惠码的人越来越多。{ $friend } 的皮肤还是很疼。
content-the-hidden-ad-c-worse = 过敏越来越严重，第三笔扣款也来了。{ $friend } 对谁都没说。

content-the-hidden-ad-last-chance = 评论可以被删掉。{ $friend } 还需要帮助，帖子还在骗人。接下来呢？
content-the-hidden-ad-choice-show-all = 找{ $adult }求助，帖子、账单、皮肤都给看。
content-the-hidden-ad-feedback-show-all = 做得好。还不晚：大人可以停掉扣款、为皮肤问题寻求建议，还能举报帖子。犯错后说出来，正是该做的事。
content-the-hidden-ad-choice-upsell = 买他们家卖的舒缓霜吧，安全又有帮助。
content-the-hidden-ad-feedback-upsell = 学习的机会：自家产品惹出问题，再卖给你“解药”，这又是一个广告。什么时候停下来、告诉信任的大人都不晚。
content-the-hidden-ad-choice-say-nothing = 什么都别说了，免得{ $adult }白白担心。
content-the-hidden-ad-feedback-say-nothing = 学习的机会：沉默保护的是广告，不是 { $friend }。被骗了不会有人怪你们。什么时候告诉信任的大人都不晚。
content-the-hidden-ad-c-upsell = { $friend } 又买了舒缓霜：又一个优惠码，又一份订阅。过敏可不管这些。
content-the-hidden-ad-c-quiet = 你们俩谁都没说。过敏慢慢好了，但订阅还在扣钱，帖子还在骗人。

content-the-hidden-ad-adult-fixes = 谢谢你告诉我。你们俩都不会挨骂：这个广告就是专门骗人的。我们停用面霜，取消订阅，申请退款，再举报帖子。如果过敏还不好，我们就去看医生。

content-the-hidden-ad-end-safe = 你识破了藏起来的广告，举报了它，{ $friend } 保住了钱，也保住了皮肤。了解套路不是什么都不信，而是看得更仔细。
content-the-hidden-ad-end-safe-late = 网上不全是假的，{ $adult }帮{ $friend }找到了真正的建议。帖子因隐瞒广告被举报了。核实，好过全信或全不信。
content-the-hidden-ad-end-recovered = 事情搞砸了，但你找来了{ $adult }：面霜停了，订阅取消了，退款在路上，帖子也被举报了。这个决定是对的。
content-the-hidden-ad-end-mixed = { $friend } 的皮肤在慢慢好转，但订阅还在扣钱，帖子还在骗人。还没有人告诉大人，这一点现在还能改变。
content-the-hidden-ad-end-harmful = { $friend } 还在付钱，过敏也没好。这不是你的错：这个广告就是做得像真实测评。什么时候告诉信任的大人都不晚，大人能帮忙取消、退款，找到真正的建议。

# 我的手机。
content-the-hidden-ad-trace-reported = 一条隐瞒 #ad 的“真实测评”，已举报。
content-the-hidden-ad-trace-reported-advice = 举报能帮应用让广告标明自己是广告。相信一条测评之前，先找找 #ad、优惠码，看看它有没有说缺点。
