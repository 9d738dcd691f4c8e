# 交易 / 商业：免费试用（16–18 岁）。自动续费、默认勾选的同意、数据共享、连续记录和睡眠。

contract-the-free-trial-title = 免费试用
contract-the-free-trial-summary = 一个学习应用提供 7 天免费高级版，但小字条款和深夜的连续记录提醒讲的是另一回事。
contract-the-free-trial-remember = “免费”试用常常会自动续费，默认勾选的选项会共享你的数据。看清小字，取消勾选，保护好睡眠：睡眠也是学习的一部分。

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-friend-leila = 叶莉
contract-the-free-trial-friend-oscar = 吴凯
contract-the-free-trial-friend-hana = 韩雪
contract-the-free-trial-adult-mum = 妈妈
contract-the-free-trial-adult-dad = 爸爸
contract-the-free-trial-adult-gran = 奶奶

contract-the-free-trial-npc-friend = { $friend }
contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = 三周后就要模拟考了。这个月你一直在用 { $app } 的免费版：记忆卡、历年真题，还有学习连续记录。晚上 23:40，你的手机亮了。

contract-the-free-trial-streak = { $app }：“你 21 天的连续记录午夜就要中断！夜猫子们，快来和 3000 名同学一起参加今晚的通宵冲刺吧。”
contract-the-free-trial-choice-sleep = 关掉连续记录提醒，去睡觉
contract-the-free-trial-feedback-sleep = 明智的决定。睡眠时大脑会存储你复习过的内容，所以睡觉也是学习的一部分。连续记录和深夜提醒是设计来让你上瘾的，不是帮你学习的。
contract-the-free-trial-choice-ten-minutes = 学 10 分钟保住连续记录，然后睡觉
contract-the-free-trial-feedback-ten-minutes = 10 分钟没什么坏处，而且你停下来了。只是要注意这个套路：连续记录让你觉得会失去什么，所以你会不停回来，哪怕是在半夜。
contract-the-free-trial-choice-all-nighter = 参加通宵冲刺
contract-the-free-trial-feedback-all-nighter = 学习的机会：熬通宵会让第二天的记忆力、专注力和情绪都变差。一个奖励熬夜的应用，并不是在照顾你。
contract-the-free-trial-morning = 第二天，一个弹窗挡住了你的记忆卡：“升级高级版！7 天免费。”
contract-the-free-trial-all-nighter = 凌晨 4 点你还在“冲刺”。第二天的模拟考上，你本来会的题全想不起来了。接着 { $app } 弹出：“累了吗？高级版有专注模式。7 天免费！”

contract-the-free-trial-signup-spot = “免费”听起来很棒。点出你注册前想弄清楚的地方。
contract-the-free-trial-card-title = { $app } 高级版：7 天免费
contract-the-free-trial-card-body = 今天就开始免费试用。随时可取消。需要填写银行卡信息。
contract-the-free-trial-part-renewal = 小字：“之后每年扣费 79.99，除非取消”
contract-the-free-trial-feedback-renewal = 对。试用期会自动变成按年付费。“随时可取消”只有在你记得的时候才有用，而取消入口常常藏在设置的深处。
contract-the-free-trial-part-box = 已勾选：“向我发送合作伙伴的优惠信息”
contract-the-free-trial-feedback-box = 完全正确。默认勾选就是指望你注意不到。是否接收营销信息应该由你选择，在许多国家法律也是这么规定的。取消勾选。
contract-the-free-trial-part-data = 条款：“我们可能与精选合作伙伴共享你的数据”
contract-the-free-trial-feedback-data = 没错。“合作伙伴”可能是购买你学什么、何时学、在哪学等信息的广告商。同意之前，先看看你的数据会被怎样使用。
contract-the-free-trial-part-features = “无限记忆卡和历年真题”
contract-the-free-trial-feedback-features = 这不是线索：这只是高级版提供的功能。功能没问题；重要的是试用结束后的价格，以及他们怎样使用你的数据。

contract-the-free-trial-sign-up = 高级版看起来挺有用，{ $friend }也在用。你会怎么做？
contract-the-free-trial-choice-stay-free = 继续用免费版，并取消那个勾选
contract-the-free-trial-feedback-stay-free = 聪明。免费版已经能满足你的需要，取消勾选能让你的数据留在自己手里。你有权拒绝营销和数据共享。
contract-the-free-trial-choice-trial-careful = 开始试用，取消勾选，设一个取消提醒
contract-the-free-trial-feedback-trial-careful = 这是一种谨慎的尝试方式。只是要知道，取消常常被故意设计得很麻烦，而绑定了银行卡，一不小心就要付整年的钱。
contract-the-free-trial-choice-start-trial = 不改勾选，直接点“开始免费试用”
contract-the-free-trial-feedback-start-trial = 学习的机会：“免费”试用就靠你忘记，而勾选着那个选项，你的信息也会被发给合作伙伴。如果你采取行动，这仍然可以补救。
contract-the-free-trial-free-win = 等等，它是按年续费的？我还以为我的是免费的。刚查了一下，已经扣了 79.99。我现在就去取消，谢谢你提醒

contract-the-free-trial-day-six = 第 6 天：你设的提醒响了。取消要经过五个页面，还有一句让人愧疚的话：“确定吗？你会失去连续记录！”你终于取消成功，离扣费还剩一个小时。

contract-the-free-trial-charged = 第 8 天：注册时绑定的银行卡被扣了 79.99。你的收件箱里塞满了“合作伙伴优惠”，连续记录提醒现在凌晨 2 点也会来。
contract-the-free-trial-recover = 唉。很多人都会遇到这种事，而这种设计就指望着这一点。你拥有的权利比你感觉到的更多。你会怎么做？
contract-the-free-trial-choice-tell-refund = 告诉{ $adult }，取消订阅，并向应用商店申请退款
contract-the-free-trial-feedback-tell-refund = 做得好。如果尽快申请，应用商店常常会退还续费，在许多国家你也有权取消订阅、拒绝营销信息。成年人可以帮你申请。
contract-the-free-trial-choice-cancel-quietly = 悄悄取消，自认倒霉
contract-the-free-trial-feedback-cancel-quietly = 取消能阻止下一次扣费，这很好。但今年的钱也许还能要回来，而且在你退订之前，合作伙伴的优惠信息会一直发来。
contract-the-free-trial-choice-use-more = 留着它，多学点，好让这钱花得值
contract-the-free-trial-feedback-use-more = 学习的机会：这就是沉没成本陷阱。已经花掉的钱不该决定你接下来做什么。你仍然可以申请退款并取消。
contract-the-free-trial-refund = 谢谢你马上告诉我。我们向应用商店申请并拿回了钱，退订了合作伙伴的邮件，还关掉了凌晨 2 点的提醒。免费版就挺好！

contract-the-free-trial-end-safe = 你看清了小字，保住了你的钱和数据。记住：睡眠是学习的一部分，没有哪个连续记录值得你熬通宵。
contract-the-free-trial-end-cancelled = 你及时取消了，所以没有扣费。下次开始之前，先看看取消有多难，以及免费版够不够用。
contract-the-free-trial-end-mixed = 订阅取消了，但钱没了，合作伙伴的邮件还在不停发来。申请退款并拒绝营销信息，仍然可以解决这些问题。
contract-the-free-trial-end-recovered = 小字条款坑了你一把，但你在别人的帮助下迅速补救：申请了退款，停掉了邮件，关掉了提醒。处理得漂亮。
contract-the-free-trial-end-harmful = 年费已经扣了，合作伙伴的邮件越堆越多，提醒让你睡不好觉。现在还不晚：告诉成年人，申请退款并取消订阅。
