# 交易 / 商业：开箱（13–15 岁），黑暗模式、隐藏费用、时间和消费限制

contract-the-loot-box-title = 神秘宝箱
contract-the-loot-box-summary = 你差一场胜利就能升段，这时游戏商店里弹出一个闪闪发光、还带倒计时的神秘宝箱。
contract-the-loot-box-remember = 倒计时、隐藏的概率、宝石标价和默认勾选，都是诱你花钱的套路。看清真实花费，给自己设限，买之前先和信任的大人谈谈。

contract-the-loot-box-app = { $game } 商店
contract-the-loot-box-npc-friend = { $friend }
contract-the-loot-box-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
contract-the-loot-box-game-mech-league = Mech League
contract-the-loot-box-game-galaxy-goals = Galaxy Goals
contract-the-loot-box-game-rift-racers = Rift Racers
contract-the-loot-box-chest-legend = 传说宝箱
contract-the-loot-box-chest-mythic = 神话宝箱
contract-the-loot-box-chest-nova = 新星宝库
contract-the-loot-box-name-omar = 欧明
contract-the-loot-box-name-lucy = 陆希
contract-the-loot-box-name-finn = 方宇
contract-the-loot-box-adult-mum = 妈妈
contract-the-loot-box-adult-dad = 爸爸
contract-the-loot-box-adult-auntie = 周阿姨

contract-the-loot-box-intro = 你在 { $game } 里只差一场胜利就能升段了。你点了“开始游戏”，弹出来的却是商店，里面有一个闪闪发光的{ $chest }。

contract-the-loot-box-spot = 商店页面可能就是设计来催你的。点出所有的套路。
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = 里面可能有传说级皮肤！这个价格只剩 3 个！
contract-the-loot-box-part-timer = 优惠将在 04:59 后结束
contract-the-loot-box-feedback-part-timer = 倒计时是为了催你，让你来不及停下来想。这种优惠通常会一次又一次地回来。
contract-the-loot-box-part-odds = 掉落概率：角落里一个灰色的小“i”
contract-the-loot-box-feedback-part-odds = 概率是故意藏起来的。找到之后你会发现，传说级皮肤的概率只有 0.4%：大约 250 个宝箱出一个。
contract-the-loot-box-part-price = 价格：500 宝石
contract-the-loot-box-feedback-part-price = 宝石把真钱藏起来了。500 宝石大约要 5.00 真钱，但感觉却不像在花钱。
contract-the-loot-box-part-card = 已勾选：使用尾号 4421 的已保存银行卡付款
contract-the-loot-box-feedback-part-card = 替你勾选好的选项，会用这台设备上保存的银行卡付款，很可能是爸妈的卡。默认勾选是一种黑暗模式：你从来没有选过它。
contract-the-loot-box-part-rank = 你的段位：黄金 II，再赢 1 场升铂金
contract-the-loot-box-feedback-part-rank = 这只是你的进度，没什么套路。不过商店就爱在你最兴奋的时候弹出来。

contract-the-loot-box-chest-choice = 我昨天从这个宝箱里开出了传说级！！趁倒计时没结束赶紧开，信我
contract-the-loot-box-choice-close-check = 关掉商店，先查查真实的概率和价格
contract-the-loot-box-feedback-close-check = 聪明。查清概率和真实价格，比任何倒计时都重要。而且朋友一次走运，并不能说明你自己的机会有多大。
contract-the-loot-box-choice-untick-gems = 取消勾选银行卡，只用我自己赚的宝石
contract-the-loot-box-feedback-untick-gems = 取消勾选银行卡很机灵：不会有意外账单。但概率还是藏着的，那些宝石也花了你好几个小时才赚到。先弄清概率会更好。
contract-the-loot-box-choice-open-now = 趁倒计时没结束，马上开！
contract-the-loot-box-feedback-open-now = 学习的机会：倒计时、“只剩 3 个”和隐藏的概率，都是为了让你快点下手。已保存的银行卡让花钱感觉像没花一样。

contract-the-loot-box-odds-found = 在小字里找到了概率：传说级 0.4%，平均大约要开 250 个宝箱。每个宝箱约 5.00，一款皮肤大概要花 1250 左右！
contract-the-loot-box-earned-gems = 你的 500 宝石没了，只换来一款普通皮肤。商店闪出一行字：“就差一点！花 9.99 充值 1000 宝石？”按钮闪闪发光。

contract-the-loot-box-limit-choice = 晚上 11 点了。{ $game } 又发来提醒：“你的每日连胜记录午夜就要中断！再打 3 场，或者购买连胜保护卡。”
contract-the-loot-box-choice-logoff-talk = 下线，请{ $adult }帮忙设置消费限额
contract-the-loot-box-feedback-logoff-talk = 做主的是你，不是游戏。睡眠比任何连胜都重要，设置消费限额或购买密码，任何套路都骗不到你。
contract-the-loot-box-choice-play-three = 再打 3 场，但什么都不买
contract-the-loot-box-feedback-play-three = 不买东西很聪明。但连胜倒计时也是套路，就是为了让你过了睡觉时间还在玩。没有哪个连胜记录比你的睡眠更重要。
contract-the-loot-box-choice-top-up = 用已保存的银行卡充值，再开更多宝箱
contract-the-loot-box-feedback-top-up = 学习的机会：“就再开一个”正是宝箱的设计目的。深夜追着稀有掉落开箱，小钱就是这样变成大账单的。

contract-the-loot-box-parent-talk = 谢谢你跟我说那个宝箱的事。我们一起设置每月限额和购买密码，再商量一个不耽误睡觉的游戏时间。

contract-the-loot-box-chests = 开了七个宝箱：一个传说级都没有。第二天早上，{ $adult }收到银行短信：在 { $game } 中消费 7 笔，共计 34.93。
contract-the-loot-box-bill-choice = 感觉糟透了。但瞒着只会更糟，而且如果尽快申请，商店有时会退款。你会怎么做？
contract-the-loot-box-choice-tell-refund = 现在就告诉{ $adult }，一起向商店申请退款
contract-the-loot-box-feedback-tell-refund = 这需要勇气，而且做得对。尽快申请，退款的机会最大，{ $adult }还可以开启购买密码。
contract-the-loot-box-choice-stop-hide = 不再买了，希望{ $adult }不会发现
contract-the-loot-box-feedback-stop-hide = 停下来是对的。但{ $adult }迟早会看到账单，而且尽快申请更容易退款。
contract-the-loot-box-choice-win-back = 再买一个，终于能拿到皮肤
contract-the-loot-box-feedback-win-back = 学习的机会：想把花掉的钱“赚回来”，正是开箱让你不停付钱的方式。概率不会变高。停下来并说出来，永远不会太晚。

contract-the-loot-box-parent-helps = 你马上告诉我，我很高兴，我没有生气。我们一起申请退款，删除已保存的银行卡，再设置购买密码。

contract-the-loot-box-end-safe = 你识破了倒计时、隐藏的概率和默认勾选的银行卡，还给自己设了限。你的钱、睡眠和段位都保住了。
contract-the-loot-box-end-tired = 你一分钱都没花，很好。但连胜记录让你熬过了午夜，今天在学校感觉特别漫长。什么时候停下，由你决定。
contract-the-loot-box-end-mixed = 消费停下了，但还没告诉任何人，也没有设限。和信任的大人谈谈，问题更容易解决，下次也更容易停下来。
contract-the-loot-box-end-recovered = 花的钱比你想的多，但你很快告诉了{ $adult }，一起解决了问题。现在限额设好了，你也看穿了这些套路。
contract-the-loot-box-end-harmful = 账单越来越多，皮肤还是没掉出来。开箱就是这样设计的。停下来并告诉信任的大人，永远不会太晚。
