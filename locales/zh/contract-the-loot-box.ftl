# 交易 / 商业：开箱（13–15 岁），黑暗模式、隐藏费用、时间和消费限制

contract-the-loot-box-title = 神秘宝箱
contract-the-loot-box-summary = 你差一场胜利就能升段，这时游戏商店里弹出一个闪闪发光、还带倒计时的神秘宝箱。
contract-the-loot-box-remember = 神秘宝箱就像赌博：你花钱买的是一次随机的机会，而游戏就是设计来让你想“再来一次”。看清真实概率和花费，给自己设限，和信任的大人谈谈。

contract-the-loot-box-app = { $game } 商店
contract-the-loot-box-npc-friend = { $friend }
contract-the-loot-box-npc-adult = { $adult }

contract-the-loot-box-game-mech-league = Mech League
contract-the-loot-box-game-galaxy-goals = Galaxy Goals
contract-the-loot-box-game-rift-racers = Rift Racers
contract-the-loot-box-chest-legend = 传说宝箱
contract-the-loot-box-chest-mythic = 神话宝箱
contract-the-loot-box-chest-nova = 新星宝库
contract-the-loot-box-adult-mum = 妈妈
contract-the-loot-box-adult-dad = 爸爸
contract-the-loot-box-adult-auntie = 周阿姨

contract-the-loot-box-intro = 小猫咪咪在你腿上睡着了，你的猛虎队围巾搭在椅子上。{ $game } 让你给玩游戏用的 Playfort 账号上锁：你的段位、宝石，还有{ $adult }绑定的银行卡都在里面。

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-loot-box-lock = 三个随机的词就能拼成很强的密码短语。拼一个你记得住的，再选好 Playfort 怎样确认真的是你。
contract-the-loot-box-piece-banana = 香蕉
contract-the-loot-box-why-piece-banana = 一个和你毫无关系的日常词，从你的主页上谁也猜不到。而且很容易想象出来。
contract-the-loot-box-piece-pet = 咪咪
contract-the-loot-box-why-piece-pet = 看起来像个普通的词，可咪咪是你的猫，出现在你很多照片里，朋友和看过你动态的人都能猜到。宠物名字、生日和人名最好别放进去。
contract-the-loot-box-piece-rocket = 火箭
contract-the-loot-box-why-piece-rocket = 不错！几个随机的词拼成长长的密码短语，难破解，又好想象：一根香蕉骑着火箭！
contract-the-loot-box-piece-common = 123456
contract-the-loot-box-why-piece-common = 123456 是谁都会最先试的，破解工具也会把它接在词后面试。它不会让密码更强，让随机的词来干活吧。
contract-the-loot-box-piece-pillow = 枕头
contract-the-loot-box-why-piece-pillow = 又一个随机的词。每多一个，密码短语就更长、更难破解，好笑的画面还能帮你记住它。
contract-the-loot-box-piece-jumble = k9$Tz!4q
contract-the-loot-box-why-piece-jumble = 很强，可你明天还记得 k9$Tz!4q 吗？这种乱码最后会被写在便利贴上，或者到处都用同一个。随机的词既强又好记。
contract-the-loot-box-piece-volcano = 向日葵
contract-the-loot-box-why-piece-volcano = 选得好。随机的词强，就因为它们和你无关。想象一片长满枕头的向日葵田，你就忘不了。
contract-the-loot-box-piece-team = 猛虎
contract-the-loot-box-why-piece-team = 看起来像个随便选的词，可大家都知道你是猛虎队的球迷：你的围巾就在照片里。别人知道的关于你的事很好猜，所以别用。
contract-the-loot-box-set-two-step = 两步验证：除了密码短语，还要一个验证码
contract-the-loot-box-val-two-step-off = 关闭
contract-the-loot-box-why-two-step-off = 关着的话，密码短语就是唯一的锁。有人知道了它，就能进来。两步验证还会要你手机上的验证码。
contract-the-loot-box-val-two-step-phone = 验证码发到我手机
contract-the-loot-box-why-two-step-phone = 很棒：就算有人知道了你的密码短语，也还需要你的手机。验证码绝不告诉任何人，哪怕对方自称是“客服”。
contract-the-loot-box-set-recovery = 找回邮箱：登不进去时用来找回账号
contract-the-loot-box-val-recovery-friend = 好朋友的邮箱
contract-the-loot-box-why-recovery-friend = 朋友是好意，但谁有找回邮箱，谁就能重置你的密码。朋友之间也会闹矛盾，他的账号也可能被盗。
contract-the-loot-box-val-recovery-own = 我自己的邮箱
contract-the-loot-box-why-recovery-own = 对：一个只有你在用的邮箱。忘了密码短语或者登不进去时，你还能找回账号。
contract-the-loot-box-val-recovery-none = 不设置
contract-the-loot-box-why-recovery-none = 确实没有别人能用它。可要是你忘了密码短语或者账号被盗，就再也回不来了，宝石也没了。用你自己的邮箱更好。
contract-the-loot-box-sign-in = 周末你在{ $friend }家，用他们的笔记本电脑玩。你搜索“Playfort”，出来三个链接。你在哪个上面登录？
contract-the-loot-box-page-buried = playfort.com.secure-login.net/login
contract-the-loot-box-why-page-buried = 它开头是 playfort.com，其实结尾是 secure-login.net，是另一个网站，“secure”也证明不了什么。第一个 / 之前的最后那一段，才说明网页是谁的。
contract-the-loot-box-page-real = account.playfort.com/login
contract-the-loot-box-why-page-real = 眼力真好：第一个 / 之前以 playfort.com 结尾，这是 Playfort 自己的网址。自己输入网址最稳妥。在朋友的电脑上，玩完记得退出，也别让它保存你的密码短语。
contract-the-loot-box-page-lookalike = p1ayfort.com/login
contract-the-loot-box-why-page-lookalike = 仔细看：这是 p-1-ayfort，用数字 1 冒充了字母 l。假网页照抄真网页，就为了偷密码。网址要慢慢读。

contract-the-loot-box-store-pops = 回到家，你在 { $game } 里只差一场胜利就能升段了。你点了“开始游戏”，弹出来的却是商店，里面有一个闪闪发光的{ $chest }。
contract-the-loot-box-ad-near = 可是先弹出来一个广告，盖在商店上面：“测试告诉我们你是哪种人！你附近的玩家可免费领取{ $chest }。点这里登录。”它知道你的测试答案，还大概知道你住在哪儿。
contract-the-loot-box-ad-knows = 可是先弹出来一个广告，盖在商店上面：“测试告诉我们你是哪种人！你的免费{ $chest }正在等你。点这里登录。”它知道你的测试答案。它怎么会知道？
contract-the-loot-box-ad-choice = 这个广告知道的事，你只告诉过那个测试应用。它的“合作伙伴”把这些转了出去，就像小字里写的那样。你会怎么做？
contract-the-loot-box-choice-ad-revoke = 关掉广告，再去关掉那个测试应用的权限。
contract-the-loot-box-feedback-ad-revoke = 这就是解决办法。广告认识你，是因为测试应用把你的答案转了出去。关掉它的权限再删掉它，就从源头上断了。
contract-the-loot-box-choice-ad-tap = 免费宝箱？它这么了解我，肯定是真的。
contract-the-loot-box-feedback-ad-tap = 学习的机会：一个了解你的广告不是朋友，它是买了你的数据。永远不要通过广告登录。关掉测试应用的权限，数据才不会继续流出去。
contract-the-loot-box-choice-ad-close = 关掉就行。广告就是烦人，没别的。
contract-the-loot-box-feedback-ad-close = 不点是对的。可是只要测试应用还能转出你的数据，广告就会一直来。去设置里关掉它的权限，才能让广告停下。
contract-the-loot-box-ad-revoked = 你在设置里关掉了测试应用的权限，解除关联，再把它删掉。广告不见了。宝箱还在闪闪发光。
contract-the-loot-box-ad-tapped = 页面要你的 Playfort 密码，还要从存着的卡里扣一笔“小额手续费”。根本没有宝箱。你关掉页面，发光的宝箱又出现了。
contract-the-loot-box-ad-closed = 你把它关了。一分钟后广告又弹了出来，后面的宝箱还在闪闪发光。

contract-the-loot-box-spot = 商店页面可能就是设计来催你的。点出所有的套路。
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = 里面可能有传说级皮肤！这个价格只剩 3 个！
contract-the-loot-box-part-timer = 优惠将在 04:59 后结束
contract-the-loot-box-feedback-part-timer = 倒计时是为了催你，让你来不及停下来想。这种优惠通常会一次又一次地回来。
contract-the-loot-box-part-odds = 掉落概率：角落里一个小小的“i”
contract-the-loot-box-feedback-part-odds = 概率是故意藏起来的。找到之后你会发现，传说级皮肤的概率只有 0.4%：大约 250 个宝箱出一个。
contract-the-loot-box-part-price = 价格：500 宝石
contract-the-loot-box-feedback-part-price = 宝石把真钱藏起来了。500 宝石大约要 5.00 真钱，但感觉却不像在花钱。
contract-the-loot-box-part-card = 已勾选：使用尾号 4421 的已保存银行卡付款
contract-the-loot-box-feedback-part-card = 替你勾选好的选项，会用这台设备上保存的银行卡付款，很可能是爸妈的卡。默认勾选是一种黑暗模式：你从来没有选过它。
contract-the-loot-box-part-rank = 你的段位：黄金 II，再赢 1 场升铂金
contract-the-loot-box-feedback-part-rank = 这只是你的进度，没什么套路。不过商店就爱在你最兴奋的时候弹出来。
contract-the-loot-box-part-store = 顶部的商店名称
contract-the-loot-box-feedback-part-store = 这不是套路：每个商店页面都有名字。套路藏在卖的东西和卖的方式里。
contract-the-loot-box-part-close = 顶部的关闭按钮（X）
contract-the-loot-box-feedback-part-close = 这不是套路，这是你的出口！你随时可以关掉商店，回去玩游戏。离开不会让你损失什么。
contract-the-loot-box-part-chest = 中间发光的{ $chest }
contract-the-loot-box-feedback-part-chest = 你先付钱，之后才知道里面是什么。这就是神秘宝箱：奖品是随机的，大多数宝箱里都是普通的东西。
contract-the-loot-box-pic-rank = 黄金 II
contract-the-loot-box-pic-rank-next = 再赢 1 场升铂金！
contract-the-loot-box-pic-timer = 04:59
contract-the-loot-box-pic-price = 500
contract-the-loot-box-pic-card = 使用尾号 4421 的卡付款

contract-the-loot-box-chest-choice = 我昨天从这个宝箱里开出了传说级！！趁倒计时没结束赶紧开，信我
contract-the-loot-box-choice-find-odds = 先关掉。真实概率到底多少？我去核实一下。
contract-the-loot-box-feedback-find-odds = 聪明。找出概率和真实价格，比任何倒计时都管用。一个朋友运气好，说明不了你自己的机会。
contract-the-loot-box-choice-untick-gems = 取消勾选{ $adult }的卡，只花我自己攒的宝石
contract-the-loot-box-feedback-untick-gems = 取消勾选{ $adult }的卡很机灵：不会有意外账单。但你还是花钱买了一次随机的机会，概率还是藏着的，那些宝石也攒了好几个小时。先找出概率会更好。
contract-the-loot-box-choice-trust-friend = 传说级？好，趁倒计时没完赶紧开！
contract-the-loot-box-feedback-trust-friend = 学习的机会：神秘宝箱就像赌博，你花钱买的是一次随机的机会。朋友运气好说明不了你的概率，倒计时就是为了让你快点点。

contract-the-loot-box-chests = 你打开了：一款普通皮肤。屏幕闪着“就差一点！”，你又开了一个。七个宝箱之后，还是没有传说级。第二天早上来了一封邮件：7 笔购买，共 34.93，尾号 4421 的卡。
contract-the-loot-box-pic-inbox = 收件箱
contract-the-loot-box-pic-receipt-subject = 收据：7 笔购买
contract-the-loot-box-pic-receipt-total = 合计：34.93
contract-the-loot-box-pic-receipt-card = 尾号 4421 的卡
contract-the-loot-box-earned-gems = 你的 500 宝石没了，只换来一款普通皮肤。商店闪出一行字：“就差一点！花 9.99 充值 1000 宝石？”按钮闪闪发光。
contract-the-loot-box-pic-gems-left = 0
contract-the-loot-box-pic-so-close = 就差一点！
contract-the-loot-box-pic-topup = 9.99 充值 1000 宝石
contract-the-loot-box-odds-found = 在小字里找到了：传说级 0.4%，大约 250 个宝箱出一个。一个宝箱约 5.00，一款皮肤大约要 1,250。神秘宝箱就像赌博：你花钱买的是一次随机的机会。
contract-the-loot-box-pic-odds-title = 掉落概率
contract-the-loot-box-pic-legendary = 传说
contract-the-loot-box-pic-epic = 史诗
contract-the-loot-box-pic-rare = 稀有
contract-the-loot-box-pic-common = 普通
contract-the-loot-box-pic-pct-legendary = 0.4%
contract-the-loot-box-pic-pct-epic = 4.6%
contract-the-loot-box-pic-pct-rare = 20%
contract-the-loot-box-pic-pct-common = 75%

contract-the-loot-box-topup-choice = 那个发光的按钮能让你再试一次。现在呢？
contract-the-loot-box-choice-close-store = 关掉商店。“就差一点”只是个钩子。
contract-the-loot-box-feedback-close-store = 漂亮。神秘宝箱就像赌博，“差一点”是故意做给你看的，好让你继续买。离开，才是在这里赢的办法。
contract-the-loot-box-choice-top-up = 就充一次。下一个宝箱肯定更好。
contract-the-loot-box-feedback-top-up = 学习的机会：每个宝箱都是一次新的随机抽取，上次“差一点”什么也说明不了。那种“再来一次”的感觉，正是游戏设计出来的。
contract-the-loot-box-store-closed = 你关掉商店，打了一场普通比赛。你赢了：升到铂金，一分钱没花。可是商店里还勾选着{ $adult }的卡。
contract-the-loot-box-topped-up = 存着的卡付了 9.99。又是两个宝箱、两款普通皮肤。第二天早上来了一封邮件：“收据：9.99，尾号 4421 的卡。”

contract-the-loot-box-late-nag = 晚上 11 点。{ $game } 推送通知：“你的每日连续记录午夜就断！再打 3 场，或者买一个连续记录保护卡。”接着{ $friend }给你发来消息。
contract-the-loot-box-late-choice = 别下线！！我还差 2 场就铂金了，帮帮我？
contract-the-loot-box-choice-log-off = 抱歉，我下线了。不管连续记录，得睡觉。
contract-the-loot-box-feedback-log-off = 做主的是你，不是游戏。晚上 11 点对朋友说“不”很难，但睡眠比任何连续记录都重要。真正的朋友会理解。
contract-the-loot-box-choice-help-friend = 好吧，我不下线了，帮忙拿下这 2 场胜利
contract-the-loot-box-feedback-help-friend = 想帮{ $friend }，很贴心！但晚上 11 点的“再赢 2 场”，正是连续记录在钩住你们俩。睡一觉，明天再帮也不迟。
contract-the-loot-box-choice-streak-saver = 买个连续记录保护卡，这样就能安心睡觉了
contract-the-loot-box-feedback-streak-saver = 学习的机会：花钱让催促停下来，等于告诉游戏“催促有用”。明晚连续记录还会来，保护卡也会。
contract-the-loot-box-logged-off = 你下线睡觉了。连续记录归零，但什么坏事也没发生。第二天你发现，商店里还勾选着{ $adult }的卡，点一下就能买。
contract-the-loot-box-stayed-late = 两场胜利打了六场。已经凌晨 1 点了。商店弹出来：“夜猫子特惠！连续记录保护卡半价，仅限今晚。”
contract-the-loot-box-saver = 存着的卡付了 1.99，你去睡了。可是每天晚上催促都会回来，你也每次都点。一周后来了一封邮件：7 张保护卡，共 13.93。

contract-the-loot-box-night-choice = 凌晨 1 点，弹出一个“仅限今晚”的特惠。你会怎么做？
contract-the-loot-box-choice-phone-off = 凌晨 1 点不看特惠。关机，睡觉。
contract-the-loot-box-feedback-phone-off = 看得准！深夜特惠专挑人累的时候出现。关掉手机，就是拿回主动权，哪怕已经熬了很久。
contract-the-loot-box-choice-half-price = 半价？行吧，就这一次。然后睡觉。
contract-the-loot-box-feedback-half-price = 学习的机会：“仅限今晚”的特惠总在人累的时候出现，因为累了更容易点。明天连续记录还会来，特惠也会。
contract-the-loot-box-phone-off = 你终于关了机。一分钱没花，但第二天在学校过得特别漫长。
contract-the-loot-box-night-saver = 存着的卡付了 0.99，你终于睡了。第二天晚上，连续记录又来催了，特惠也回来了。

contract-the-loot-box-card-choice = 卡还存着，宝箱也会一直弹出来。你打算怎么办？
contract-the-loot-box-choice-lock-card = 请{ $adult }把卡删掉，再设个购买密码
contract-the-loot-box-feedback-lock-card = 聪明的做法。卡删掉了，困的时候随手一点也买不了东西。和{ $adult }聊花钱的事，不是承认有问题，而是一起设好界限。
contract-the-loot-box-choice-leave-card = 不用管。别让{ $adult }操心，套路我都懂了。
contract-the-loot-box-feedback-leave-card = 学习的机会：懂套路有帮助，但这些套路专门在人累或兴奋的时候起作用。请{ $adult }帮忙不算添麻烦：购买密码能在你状态最差的时候保护你，而不只是最好的时候。
contract-the-loot-box-card-left = 一周后的半夜，弹出一个“双倍经验”宝箱。卡还勾选着，你的手指离购买只差一下。
contract-the-loot-box-parent-talk = 谢谢你告诉我。我们把卡删掉，设个购买密码，再商量好玩游戏的时间，留出睡觉的时间。

contract-the-loot-box-bill-choice = 这是真钱，是从{ $adult }的卡里扣的。你会怎么做？
contract-the-loot-box-choice-show-adult = 把邮件拿给{ $adult }看，我们一起申请退款
contract-the-loot-box-feedback-show-adult = 这需要勇气，也是对的做法。持卡人尽快申请，退款的机会最大，{ $adult }还可以设置购买密码。
contract-the-loot-box-choice-help-desk = 找商店的帮助中心退款，不让{ $adult }知道
contract-the-loot-box-feedback-help-desk = 想自己补救，很负责！但退款通常要持卡人来申请，而且卡还存着。{ $adult }迟早会知道，而且真的能帮上忙。
contract-the-loot-box-choice-chase = 继续买，不然之前花的钱全白费了。
contract-the-loot-box-feedback-chase = 学习的机会：想把花掉的钱追回来，正是这些商店想要的。花更多钱永远追不回来。停下来、说出来，永远不晚。
contract-the-loot-box-store-reply = 商店回复：“退款须由账户持有人申请。”商店里还勾选着{ $adult }的卡。
contract-the-loot-box-parent-helps = 谢谢你马上告诉我，我不生气。这些游戏就是这样设计的。我们一起申请退款，把卡删掉，再设个购买密码。
contract-the-loot-box-chased = 又买了五次，总数还在往上涨。每点一次，下一次就更容易。

contract-the-loot-box-reply-choice = 没有{ $adult }，商店帮不了你。现在怎么办？
contract-the-loot-box-choice-show-reply = 把邮件和商店的回复都拿给{ $adult }看
contract-the-loot-box-feedback-show-reply = 又勇敢又聪明。说出来永远不晚。{ $adult }可以申请退款、冻结卡片，而且现在说比等账单来了再说容易得多。
contract-the-loot-box-choice-delete-email = 把邮件删了。何必现在让{ $adult }心烦呢。
contract-the-loot-box-feedback-delete-email = 学习的机会：删掉邮件，扣款并不会消失，卡也还存着。{ $adult }更愿意现在就听你说。告诉{ $adult }才能解决问题，而且永远不晚。
contract-the-loot-box-deleted = 邮件删掉了。扣款还在，{ $adult }的卡也还存在商店里。

contract-the-loot-box-end-safe = 一分真钱也没花，{ $adult }和你一起把卡删掉了。你知道神秘宝箱就是赌博，你没有去追，还给自己定好了界限。
contract-the-loot-box-end-late = 一分钱没花，你也拒绝了凌晨 1 点的特惠。可是帮{ $friend }占掉了你半个晚上，明天连续记录还会来拉你。什么时候停由你决定。
contract-the-loot-box-end-night-saver = 你在凌晨 1 点停下了，但那是付了钱才停的。明晚连续记录和特惠还会来，{ $adult }的卡也还存着。和{ $adult }谈谈设限会有帮助。
contract-the-loot-box-end-card-left = 你没有去追宝箱，也懂这些套路。可卡还存着，哪天晚上困了随手一点就可能买下宝箱。请{ $adult }把卡删掉吧。
contract-the-loot-box-end-recovered = 花的钱比你想的多，但你拿给{ $adult }看了，你们一起申请了退款。卡删掉了，购买密码也设好了，你现在也懂这些套路了。
contract-the-loot-box-end-mixed = 不再花钱了，但谁也不知道，商店不给退款，{ $adult }的卡也还存着。这可能还会发生。告诉{ $adult }，问题会更容易解决。
contract-the-loot-box-end-harmful = 你为了追回花掉的钱一直买，账单越来越多。这些商店就是这样设计的，这不是你的错。现在告诉{ $adult }或其他信任的大人也不晚，他们会帮你的。

# What the choices leave on "My phone" (traces).
contract-the-loot-box-trace-card = 存着的卡已从游戏商店删除，购买密码已打开。
contract-the-loot-box-trace-card-advice = 很聪明。现在困的时候随手一点，也买不了东西。继续和你信任的大人一起商量好限制。
