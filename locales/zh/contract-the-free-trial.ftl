# 交易 / 商业：免费试用（16–18 岁）。自动续费、默认勾选的同意、数据共享、连续记录和睡眠。

contract-the-free-trial-title = 免费试用
contract-the-free-trial-summary = 一个学习应用提供 7 天免费高级版，但小字条款和深夜的连续记录提醒讲的是另一回事。
contract-the-free-trial-remember = “免费”试用常常会自动续费，默认勾选的选项会共享你的数据。看清小字，取消勾选，保护好睡眠：睡眠也是学习的一部分。

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-adult-mum = 妈妈
contract-the-free-trial-adult-dad = 爸爸
contract-the-free-trial-adult-gran = 奶奶

contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = 三周后就要考试了。这个月你一直在用 { $app } 的免费版：单词卡、历年真题，还有 21 天的学习连续记录。晚上 23:40，你的手机亮了。

contract-the-free-trial-streak = { $app }：“你 21 天的连续记录午夜就要中断！现在做一轮，或者用高级版冻结它：7 天免费，一键搞定。”
contract-the-free-trial-choice-sleep = 不就是个数字嘛。关掉提醒，睡觉更有帮助。
contract-the-free-trial-feedback-sleep = 很好的决定。睡觉时，大脑会把复习的内容存下来，所以睡眠也是学习的一部分。午夜的连续记录提醒是为了勾住你，不是为了帮你学习。
contract-the-free-trial-choice-ten-minutes = 就十分钟，保住连续记录就安全了。反正{ $adult }睡了。
contract-the-free-trial-feedback-ten-minutes = 十分钟很少真的只是十分钟。连续记录让你觉得会失去什么，于是应用在午夜把你拉了回来。关掉连续记录提醒，它就拉不动你了。
contract-the-free-trial-choice-freeze = 反正免费，冻结吧。细节以后再看。
contract-the-free-trial-feedback-freeze = 学习的机会：午夜的“一键免费”专挑人累得不想看字的时候出现。它要的那张银行卡，正是把试用变成账单的东西。
contract-the-free-trial-pic-clock = 23:40
contract-the-free-trial-pic-streak-ends = 你 21 天的连续记录午夜就要中断！
contract-the-free-trial-pic-do-round = 来一轮
contract-the-free-trial-pic-freeze = 冻结：7 天免费

contract-the-free-trial-slept = 你关掉提醒睡觉了。早上连续记录归零，单词卡却好像更容易了。接着一个弹窗盖住了它们：“升级高级版！7 天免费。”
contract-the-free-trial-ten-more = 十分钟变成了四十分钟：“奖励关卡！双倍积分！”00:30 才熄灯。第二天，一个弹窗盖住了你的单词卡：“再也不丢连续记录。高级版，7 天免费。”
contract-the-free-trial-frozen = 连续记录冻结了！银行卡号是迷迷糊糊输进去的。第 8 天：卡里被扣了 79.99，一整年的费用，收件箱也开始塞满“合作伙伴优惠”。

contract-the-free-trial-signup-spot = “免费”听起来很棒。点出你注册前想弄清楚的地方。
contract-the-free-trial-card-title = { $app } 高级版：7 天免费
contract-the-free-trial-card-body = 今天就开始免费试用。随时可取消。需要填写银行卡信息。
contract-the-free-trial-part-renewal = 小字：“之后每年扣费 79.99，除非取消”
contract-the-free-trial-feedback-renewal = 对。试用期会自动变成按年付费。“随时可取消”只有在你记得的时候才有用，而取消入口常常藏在设置的深处。
contract-the-free-trial-part-box = 已勾选：“向我发送合作伙伴的优惠信息”
contract-the-free-trial-feedback-box = 完全正确。默认勾选就是指望你注意不到。是否接收营销信息应该由你选择，在许多国家法律也是这么规定的。取消勾选。
contract-the-free-trial-part-data = 条款：“我们可能与精选合作伙伴共享你的数据”
contract-the-free-trial-feedback-data = 没错。“合作伙伴”可能是购买你学什么、何时学、在哪学等信息的广告商。同意之前，先看看你的数据会被怎样使用。
contract-the-free-trial-part-features = 功能：“无限复习卡”
contract-the-free-trial-feedback-features = 这不是线索：这只是高级版提供的功能。功能没问题；重要的是试用结束后的价格，以及他们怎样使用你的数据。
contract-the-free-trial-part-papers = 功能：“全部历年真题”
contract-the-free-trial-feedback-papers = 这也不是线索：每个注册页面都会列出你能得到什么。越过这些卖点，去读小字。
contract-the-free-trial-part-title = 横幅：“{ $app } 高级版：7 天免费”
contract-the-free-trial-feedback-title = 陷阱不在这里：7 天免费是真的，试一试也没问题。陷阱在下面：第 8 天会发生什么，以及谁会拿到你的数据。
contract-the-free-trial-part-card = 免费试用开始前就要填的银行卡号
contract-the-free-trial-feedback-card = 对。要你填银行卡的免费试用，结束时可能会自动扣钱。既然是免费的，就问问为什么现在就要付款信息。
contract-the-free-trial-pic-feature-cards = 无限复习卡
contract-the-free-trial-pic-feature-papers = 全部历年真题
contract-the-free-trial-pic-card-number = 银行卡号
contract-the-free-trial-pic-offers = 向我发送合作伙伴的优惠信息
contract-the-free-trial-pic-start-trial = 开始免费试用
contract-the-free-trial-pic-renewal = 之后每年扣费 79.99，除非取消
contract-the-free-trial-pic-terms = 条款：我们可能与精选合作伙伴共享你的数据

# 站到另一边：写一条“免费”试用的广告，再把它反过来看。
contract-the-free-trial-craft-intro = 做决定之前，想从另一边看看吗？这一轮，由你来写这个优惠。这只是练习：亲手搭过这些套路，再遇到时就容易识破得多。
contract-the-free-trial-craft = 你在给一个虚构的应用写广告。广告里能放三样东西。先看看谁会看到它，再选出能让每个人都点下去的内容。
contract-the-free-trial-craft-what = 为虚构应用 GradeRocket Pro 的“免费”试用写的广告
contract-the-free-trial-t-free = 7 天完全免费，只要填一下银行卡
contract-the-free-trial-t-free-why = 奖品：“免费”就是鱼饵。识破它：如果免费试用要你的银行卡，先弄清试用结束后要付多少钱。免费 7 天并不等于免费。
contract-the-free-trial-t-experts = 全国各大名校的顶尖老师和考试专家一致推荐
contract-the-free-trial-t-experts-why = 假权威：哪些老师？哪些专家？识破它：真正的推荐会写出能查到的名字。含糊的夸奖是在借用它没挣来的信任。
contract-the-free-trial-t-price = 绝无意外：第 7 天后每年 79.99，第 6 天会提醒你
contract-the-free-trial-t-price-why = 诚实：写明真实价格，大家就能冷静决定，它说服不了任何人。藏起第 8 天价格的广告，就是指望你不去看。
contract-the-free-trial-t-clock = 优惠今晚 12 点结束：只剩 3 个名额！
contract-the-free-trial-t-clock-why = 紧迫感：截止时间和“只剩名额”催你没看完就点。识破它：应用的名额根本不会用完。公平的优惠会给你时间思考。
contract-the-free-trial-t-fear = 压力大？别让一次考砸毁掉你的未来
contract-the-free-trial-t-fear-why = 情绪：怕考不好会让你先行动、后思考。识破它：如果一条广告先让你对自己感觉更糟，它就是在利用这种感觉。
contract-the-free-trial-t-crowd = 加入 200 万名已经考出好成绩的同学
contract-the-free-trial-t-crowd-why = 从众：“200 万名同学”没法验证，而且流行不代表值得花钱。识破它：想想你需要什么，而不是大家好像都有什么。
contract-the-free-trial-t-cancel = 随时在主屏幕上一键取消，不用绕来绕去找入口
contract-the-free-trial-t-cancel-why = 诚实：取消按钮好找，就没人会被困住一直付钱。把它藏在五层页面和愧疚话术后面的优惠，就是想让你放弃。
contract-the-free-trial-t-prize = 每位注册用户都能参加新笔记本电脑抽奖
contract-the-free-trial-t-prize-why = 奖品：抽奖让注册感觉像中奖。识破它：找找中奖概率和规则。你的机会微乎其微，年费却一分不少。
contract-the-free-trial-p-dev = 德文
contract-the-free-trial-p-dev-about = 总是考前一晚慌慌张张地复习，没看完就点
contract-the-free-trial-p-dev-why = 压力和疲惫会让任何人着急。倒计时或吓人的话，在深夜德文正慌张的时候最管用。这不是粗心：广告就是算准了那个时刻。
contract-the-free-trial-p-amira = 阿米拉
contract-the-free-trial-p-amira-about = 门门功课优秀；只要有够资格的人担保，她就信
contract-the-free-trial-p-amira-why = 阿米拉听懂行的人的话，这通常是明智的。“专家推荐”不拿出证据，就借走了这份信任。真正的夸奖会说明是谁说的，好让你去查。
contract-the-free-trial-p-jonah = 小乔
contract-the-free-trial-p-jonah-about = 手头很紧，又最怕只有自己没装那个新应用
contract-the-free-trial-p-jonah-why = 手头紧的时候，“免费”像是唯一的门路，而谁都不喜欢被落下。广告两头都在利用。能保护小乔的问题是：第 8 天要付多少钱？
contract-the-free-trial-craft-turn = 现在反过来想：这些招数瞄准的是你。当一个优惠催你、搬出没名没姓的专家，或者说人人都有，先停下。点之前找到第 7 天后的价格和取消按钮，或者问问你信任的人。
contract-the-free-trial-craft-back = 回到 { $app } 真正的弹窗：“7 天免费。随时可取消。需要填写银行卡信息。”“免费”就是你刚刚用过的鱼饵。现在找找它没说的：第 8 天的价格。

contract-the-free-trial-sign-up = 高级版看起来挺有用，{ $friend }也在用。你会怎么做？
contract-the-free-trial-choice-stay-free = 免费版就够用了。关掉这个弹窗。
contract-the-free-trial-feedback-stay-free = 聪明。免费版已经够用，关掉优惠，你的银行卡和数据就都不沾边。你不欠任何应用一次试用。
contract-the-free-trial-choice-trial-careful = 试用，取消勾选，再设个第 6 天取消的提醒。
contract-the-free-trial-feedback-trial-careful = 谨慎的试法：勾选取消了，提醒也设好了。但取消往往被故意弄得很难，卡绑在上面，一次忘记就是一整年的钱。
contract-the-free-trial-choice-start-trial = 开始吧。“随时可取消”，那就很安全。
contract-the-free-trial-feedback-start-trial = 学习的机会：“随时可取消”只有你记得才管用，而且勾选框还勾着，你的信息也会给合作伙伴。现在还来得及补救。

contract-the-free-trial-free-win = 你关掉优惠，继续用免费版。第 8 天，{ $friend }抱怨：自己的“免费”试用刚刚变成了一年 79.99。
contract-the-free-trial-day-six = 第 6 天：提醒响了。取消要经过五个页面，然后是：“确定吗？你会失去连续记录！再免费用 3 天？”一个倒计时从 60 开始。
contract-the-free-trial-pic-timer = 0:47
contract-the-free-trial-pic-sure = 确定吗？
contract-the-free-trial-pic-lose-streak = 你会失去连续记录！
contract-the-free-trial-pic-stay-free = 再免费用 3 天
contract-the-free-trial-pic-cancel-anyway = 仍然取消
contract-the-free-trial-charged = 第 8 天：卡里被扣了 79.99，一整年的费用。收件箱里塞满了“合作伙伴优惠”，连续记录提醒现在凌晨 2 点也会来。
contract-the-free-trial-pic-day-eight = 第 8 天
contract-the-free-trial-pic-paid = { $app } 高级版：1 年
contract-the-free-trial-pic-amount = -79.99
contract-the-free-trial-pic-partner-offers = 合作伙伴优惠

contract-the-free-trial-cancel-flow = 倒计时在走。你点哪个？
contract-the-free-trial-choice-cancel-anyway = 照样取消。连续记录不值 79.99 一年。
contract-the-free-trial-feedback-cancel-anyway = 做得好。愧疚感、倒计时、“再免费一会儿”，都是为了拖到扣费那天。你看穿了这个把戏，保住了钱。
contract-the-free-trial-choice-three-more = 再免费三天也没什么，到时候再取消就好。
contract-the-free-trial-feedback-three-more = 学习的机会：倒计时和“额外几天”就是为了留住你。多出来的几天，会把续费推到你设的提醒之后。
contract-the-free-trial-cancelled = 取消成功，还提前了一天。连续记录归零，银行卡一分没动。
contract-the-free-trial-extended = 三天后，你忙着复习，提醒没有再响。卡里被扣了 79.99，一整年的费用。

contract-the-free-trial-recover = 唉。很多人都会遇到这种事，而这种设计就指望着这一点。你拥有的权利比你感觉到的更多。你会怎么做？
contract-the-free-trial-choice-show-adult = 把扣费给{ $adult }看，要回我的钱。
contract-the-free-trial-feedback-show-adult = 很好的一步。如果尽快申请，应用商店常常会退还续费；在很多地方，你有权取消订阅、拒绝营销。大人可以帮你去申请。
contract-the-free-trial-choice-cancel-tell-friend = 我自己取消，再告诉{ $friend }别上当。不用让{ $adult }操心。
contract-the-free-trial-feedback-cancel-tell-friend = 取消能停住下一次扣费，提醒{ $friend }也很贴心。但光取消要不回钱。尽快申请退款，有{ $adult }帮忙，常常可以，这也不算添麻烦。
contract-the-free-trial-choice-use-more = 留着吧。高级版能帮助我学习，值了。
contract-the-free-trial-feedback-use-more = 学习的机会：这就是沉没成本陷阱。已经花掉的钱不该决定你接下来做什么。你仍然可以申请退款并取消。

contract-the-free-trial-kept-paying = 你用着高级版学习，可一年的钱已经付了，合作伙伴优惠越堆越多，凌晨 2 点的连续记录提醒总把你吵醒。
contract-the-free-trial-warned = 你取消了，{ $friend }说谢谢。一周后，79.99 还是没回来，“合作伙伴优惠”天天来，{ $friend }还说，自己只是申请了一下就拿到了退款。
contract-the-free-trial-refund = 谢谢你拿给我看。你没有做错什么，这种试用坑了很多人。钱退回来了，订阅取消了，我们还要求应用停止共享你的数据，并把它删除。

contract-the-free-trial-still-emails = 扣费还在，邮件也还在。现在怎么办？
contract-the-free-trial-choice-ask-refund = { $adult }，你能帮忙跟商店申请退款吗？
contract-the-free-trial-feedback-ask-refund = 很好的一步，而且不晚：商店常常还能退款，大人可以帮你申请，并退订合作伙伴邮件。出了岔子再求助，正是对的做法。
contract-the-free-trial-choice-too-late = 太晚了。拉黑他们的邮件，省得{ $adult }操心。
contract-the-free-trial-feedback-too-late = 学习的机会：拉黑只是把邮件藏起来，你的信息还在被共享，钱也还没回来。很多时候申请退款还来得及，{ $adult }也能帮你。
contract-the-free-trial-gave-up = 你拉黑了邮件。订阅取消了，但 79.99 没了，你的信息也还在“合作伙伴”那里。

contract-the-free-trial-end-safe = 你读了小字，留在免费版，银行卡和数据都没沾边。这个优惠被设计得像免费，而你看得更仔细。
contract-the-free-trial-end-cancelled = 你取消勾选试用了高级版，又顶住愧疚感和倒计时按时取消。没扣费，也没有合作伙伴邮件。下次开始前，先看看取消有多难。
contract-the-free-trial-end-extended = “再多三天”变成了一年 79.99 的扣费。这不是你的错：倒计时就是为了催你。告诉信任的大人永远不会太晚，他们会帮你申请退款。
contract-the-free-trial-end-mixed = 订阅取消了，但 79.99 没了，你的信息还在“合作伙伴”那里。还没有人申请退款，这一点仍然可以改变。
contract-the-free-trial-end-recovered = 试用设了个套，但你拿给{ $adult }看，把事情补救好了：订阅取消，钱退回，合作伙伴邮件也停了。处理得漂亮。
contract-the-free-trial-end-harmful = 你在为本来没打算买的一年付钱，合作伙伴优惠越堆越多，提醒也让你睡不好。这不是你的错，而且还不晚：告诉信任的大人，他们会帮你取消并申请退款。

# 我的手机：默认勾选的框共享出去的信息。
contract-the-free-trial-trace-partners = 你的姓名和邮箱，因为一个没取消勾选的框，被交给了学习应用的“合作伙伴”。
contract-the-free-trial-trace-partners-advice = 那些优惠信息，还有一些骗局，就是从这里来的。在应用的隐私设置里关掉共享，并要求删除你的数据。信任的大人可以帮你。
