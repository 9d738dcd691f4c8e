# 交易 / 商业：免费宝石（9–12 岁）

contract-the-free-gems-title = 免费宝石
contract-the-free-gems-summary = 一个弹窗说你赢了免费宝石。但它到底想从你这里得到什么？
contract-the-free-gems-remember = 如果免费的东西要你的密码或银行卡号，那就是骗局。关掉它，买任何东西前都要先问信任的大人。

contract-the-free-gems-npc-kofi = { $friend }
contract-the-free-gems-npc-mum = 妈妈

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
contract-the-free-gems-name-kofi = 郭凯
contract-the-free-gems-name-lena = 李娜
contract-the-free-gems-name-tomas = 唐明
contract-the-free-gems-game-dragon-dash = Dragon Dash
contract-the-free-gems-game-dragon-derby = Dragon Derby
contract-the-free-gems-game-sky-dragons = Sky Dragons
contract-the-free-gems-gems-10000 = 1 万
contract-the-free-gems-gems-5000 = 5000
contract-the-free-gems-gems-50000 = 5 万

contract-the-free-gems-intro = 你正在 { $game } 的第 12 关里飞速前进。金龙就在眼前，可是你的宝石用完了！

contract-the-free-gems-popup = 一个亮闪闪的弹窗跳了出来：“你赢得了 { $gems } 颗免费宝石！只剩 59 秒！输入你的密码和爸妈的银行卡号即可领取！”
contract-the-free-gems-choice-spot-trick = 免费的，却要银行卡号？这是骗局。关掉它！
contract-the-free-gems-feedback-spot-trick = 眼光真尖！免费的东西不需要银行卡号，那个倒计时就是为了催你。永远不要告诉别人你的密码，就算是为了赢奖品也不行。
contract-the-free-gems-choice-ask-friend = 等一下，问问{ $friend }这是不是真的
contract-the-free-gems-feedback-ask-friend = 停下来核实很聪明！但朋友也可能上当。凡是涉及钱或密码的事，最好去问信任的大人。
contract-the-free-gems-choice-type-password = 赶紧输入密码，别等时间用完！
contract-the-free-gems-feedback-type-password = 学习的机会：倒计时是催你的套路。你的密码就像你家的钥匙，只有你和你的爸爸妈妈应该知道。

contract-the-free-gems-friend-says = 我表哥说是真的！你得快点。直接输进去！
contract-the-free-gems-choice-close-and-ask = 关掉它，给信任的大人看
contract-the-free-gems-feedback-close-and-ask = 选得真好！就算朋友说是真的，要密码和银行卡号的弹窗就是骗局。大人可以帮你核实并举报。
contract-the-free-gems-choice-close-quietly = 关掉它，但不跟任何人说
contract-the-free-gems-feedback-close-quietly = 关掉它让你很安全！如果也告诉大人，他们就能举报这个骗局，帮忙保护你的朋友们。
contract-the-free-gems-choice-type-it-now = { $friend }说是真的，那就输进去
contract-the-free-gems-feedback-type-it-now = 学习的机会：朋友也可能上当。如果弹窗要你的密码或银行卡号，那就是骗局，不管它看起来多真。

contract-the-free-gems-streak-nag = 弹窗不见了。接着游戏闪出一行字：“别断了你的连续记录！继续玩，或者只花 9.99 买超级宝箱！”快到睡觉时间了。
contract-the-free-gems-streak-choice = 嗯，有些游戏就是设计来让你一直玩、一直买的。你会怎么做？
contract-the-free-gems-choice-stop-for-today = 今天先到这里，把弹窗的事告诉妈妈
contract-the-free-gems-feedback-stop-for-today = 你才是游戏的主人！睡个好觉，明天玩得更好。告诉妈妈，她就能帮你识破这些套路。
contract-the-free-gems-choice-play-on = 玩到很晚，但什么都不买
contract-the-free-gems-feedback-play-on = 不买东西很明智！但“别断了你的连续记录”是让你一直玩的套路。睡个好觉比任何连续记录都重要。
contract-the-free-gems-choice-buy-chest = 点超级宝箱上的“购买”
contract-the-free-gems-feedback-buy-chest = 学习的机会：“只要 9.99”花的是真钱，神秘宝箱给的东西常常比说的少得多。买东西前一定要先问大人。

contract-the-free-gems-parent-chat = 谢谢你给我看那个弹窗！我们来设个消费锁，再定好明天玩游戏的时间。你今晚真聪明。

contract-the-free-gems-surprise-bill = 宝箱只给了你一颗小小的宝石。第二天，来了一封邮件：“欢迎加入宝石俱乐部！每周 9.99。”你都不知道自己订阅了！
contract-the-free-gems-bill-choice = 糟糕。这是隐藏费用：每周都会扣钱。现在补救还不晚。怎么办？
contract-the-free-gems-choice-tell-mum-now = 现在就告诉妈妈，让她取消
contract-the-free-gems-feedback-tell-mum-now = 真勇敢！游戏有时会把费用藏在小字里。尽快告诉爸爸妈妈，就能停止扣款。
contract-the-free-gems-choice-wait-to-tell = 等到下周再告诉妈妈
contract-the-free-gems-feedback-wait-to-tell = 告诉妈妈是对的，但等待会花更多钱：下周又会扣 9.99。大人越早知道，越容易解决。
contract-the-free-gems-choice-win-it-back = 藏起来，再买一个宝箱把钱赢回来
contract-the-free-gems-feedback-win-it-back = 学习的机会：想把钱赢回来，通常会输得更多。神秘宝箱就是这样设计的。信任的大人可以帮忙，说出来没关系。

contract-the-free-gems-account-locked = 宝石没有到账。第二天早上你登录不上了：有人改了你的密码！接着弹出一条消息：“支付 20 解锁你的账号。”
contract-the-free-gems-locked-choice = 哎呀，这正是骗子想要的。不过这可以补救！你会怎么做？
contract-the-free-gems-choice-tell-parent = 告诉爸爸妈妈，我们一起解决
contract-the-free-gems-feedback-tell-parent = 最好的做法！爸爸妈妈可以帮你向游戏举报，把账号找回来。谁都可能被骗，寻求帮助是聪明的做法。
contract-the-free-gems-choice-new-account = 重新注册一个账号，什么也不说
contract-the-free-gems-feedback-new-account = 不付钱是对的！但骗子还拿着你的旧账号，可能会用它去骗你的朋友。大人可以帮忙举报。
contract-the-free-gems-choice-pay-unlock = 用妈妈的卡付钱解锁
contract-the-free-gems-feedback-pay-unlock = 学习的机会：给骗子付钱几乎不可能拿回账号，只会让他们知道这招管用。请大人帮忙举报。

contract-the-free-gems-parent-helps = 你告诉我，我真的很高兴。你没有做错事。我们一起向游戏举报，修改密码，停掉所有扣款。

contract-the-free-gems-end-safe = 你识破了骗局，拒绝了隐藏费用，还知道什么时候该停。你的宝石、钱和睡眠都安全了！
contract-the-free-gems-end-tired = 你什么都没买，真好！但连续记录的套路让你熬到很晚，现在在学校里昏昏欲睡。什么时候停下，由你做主。
contract-the-free-gems-end-mixed = 问题解决了一部分，但等待或者不说，让骗局继续下去了。下次要马上告诉信任的大人，这样更容易解决。
contract-the-free-gems-end-recovered = 你被骗了，但你告诉了信任的大人，一起解决了问题。又聪明又勇敢！下次点之前先问一问。
contract-the-free-gems-end-harmful = 骗局又得逞了，更多的钱没了。骗子就希望孩子因为太担心而不敢说。现在也不晚：信任的大人可以帮忙。
