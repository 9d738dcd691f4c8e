# 交易 / 商业：免费宝石（9–12 岁）

contract-the-free-gems-title = 免费宝石
contract-the-free-gems-summary = 一个弹窗说你赢了免费宝石。但它到底想从你这里得到什么？
contract-the-free-gems-remember = 如果免费的东西要你的密码或银行卡号，那就是骗局。关掉它，买任何东西前都要先问信任的大人。

contract-the-free-gems-npc-kofi = { $friend }
contract-the-free-gems-npc-adult = { $adult }
contract-the-free-gems-adult-mum = 妈妈
contract-the-free-gems-adult-dad = 爸爸
contract-the-free-gems-adult-gran = 奶奶

contract-the-free-gems-game-dragon-dash = Dragon Dash
contract-the-free-gems-game-dragon-derby = Dragon Derby
contract-the-free-gems-game-sky-dragons = Sky Dragons
contract-the-free-gems-gems-10000 = 1 万
contract-the-free-gems-gems-5000 = 5000
contract-the-free-gems-gems-50000 = 5 万

contract-the-free-gems-intro = 你正在 { $game } 的第 12 关里飞速前进。金龙就在眼前，可是你的宝石用完了！

contract-the-free-gems-popup = 一个亮闪闪的弹窗跳了出来：“你赢得了 { $gems } 颗免费宝石！只剩 59 秒！输入你的密码和家里大人的银行卡号即可领取！”
contract-the-free-gems-pic-won = 你赢得了 { $gems } 颗免费宝石！
contract-the-free-gems-pic-timer = 0:59
contract-the-free-gems-pic-password = 密码
contract-the-free-gems-pic-card = 家里大人的银行卡号
contract-the-free-gems-pic-claim = 立即领取
contract-the-free-gems-choice-close-it = 免费宝石还要银行卡号？才不要。关掉。
contract-the-free-gems-feedback-close-it = 眼光真尖！免费的东西不需要银行卡号，倒计时就是为了催你。永远不要为了赢奖品输入密码。
contract-the-free-gems-choice-ask-friend = 等等！我先去问问{ $friend }，这到底是不是真的。
contract-the-free-gems-feedback-ask-friend = 停下来想一想，很聪明！但朋友也可能上当。凡是涉及密码或钱的事，都要去问信任的大人。
contract-the-free-gems-choice-type-password = 快，趁时间没到赶紧输入密码！
contract-the-free-gems-feedback-type-password = 学习的机会：倒计时就是为了催你。你的密码就像你家的钥匙，只有你和家里照顾你的大人应该知道。

contract-the-free-gems-typed = 你输入了密码。接着它要银行卡号，可你不知道，就把它关了。一颗宝石也没来。
contract-the-free-gems-closed = 你把它关了。倒计时结束时什么也没发生，因为它从来就不是真的。可是第二天，同样的弹窗又来了，还带着新的倒计时。
contract-the-free-gems-friend-says = 我表哥说是真的！你得快点。直接输进去！

contract-the-free-gems-friend-choice = 倒计时只剩 20 秒。你会怎么做？
contract-the-free-gems-choice-close-anyway = 关掉。免费宝石才不需要银行卡号。
contract-the-free-gems-feedback-close-anyway = 想得真好！就算朋友说是真的，要密码和银行卡号的弹窗就是骗局，不管它看起来多真。
contract-the-free-gems-choice-type-it-now = { $friend }的表哥都领到了，肯定安全。我输了！
contract-the-free-gems-feedback-type-it-now = 学习的机会：朋友可能上当，他们的表哥也一样。如果奖品要你的密码或银行卡号，那就是骗局。
contract-the-free-gems-closed-anyway = 你及时把它关了。“哦，”{ $friend }说，“也许我表哥被骗了。”你又回去比赛了。

contract-the-free-gems-back-choice = 宝石弹窗一次又一次地出现。你打算怎么办？
contract-the-free-gems-choice-show-adult = 关掉它，再把它要的东西拿给{ $adult }看
contract-the-free-gems-feedback-show-adult = 选得真好！大人可以向游戏举报这个骗局，让它对所有人都停下来。拿给大人看不是小题大做，骗局就是这样被抓住的。
contract-the-free-gems-choice-warn-friend = 告诉{ $friend }这是骗局，千万什么都别输！
contract-the-free-gems-feedback-warn-friend = 提醒{ $friend }很贴心！但朋友没办法让弹窗停下来。家里的大人可以向游戏举报，让它对所有人都停下来。
contract-the-free-gems-choice-tap-again = 又来了！这次会不会是真的？点！
contract-the-free-gems-feedback-tap-again = 学习的机会：骗局会一次又一次地回来，但这不会让它变成真的。要你密码的奖品，永远都是骗局。
contract-the-free-gems-warned = “谢谢！”{ $friend }说。可是弹窗还在闪，你和别的孩子都能看到，也没有人举报它。
contract-the-free-gems-tapped-again = 你点了它。“登录领取！”看起来和游戏一模一样，于是你输入了密码。一颗宝石也没来。
contract-the-free-gems-adult-reports = 发现得好！这是骗局。我们一起向游戏举报这个弹窗，别让它再骗别的孩子。

contract-the-free-gems-streak-nag = 那天晚上，游戏闪出一行字：“别断了你 7 天的连续记录！再跑一场，或者只花 9.99 买超级宝箱！”快到睡觉时间了。
contract-the-free-gems-pic-streak = 别断了你 7 天的连续记录！
contract-the-free-gems-pic-one-more-race = 再跑一场
contract-the-free-gems-pic-mega-chest = 超级宝箱 9.99
contract-the-free-gems-streak-choice = 嗯，有些游戏就是设计来让你一直玩、一直买的。你会怎么做？
contract-the-free-gems-choice-bedtime = 该睡觉了。那条金龙可以等到明天再追。
contract-the-free-gems-feedback-bedtime = 你才是游戏的主人！“别断了你的连续记录”是让你不睡觉的套路。睡个好觉，明天跑得更好。
contract-the-free-gems-choice-one-race = 就跑一场，保住连续记录。{ $adult }不会介意的。
contract-the-free-gems-feedback-one-race = 没买宝箱，很明智！但“再跑一场”正是连续记录想要的，而且很少真的只有一场。什么连续记录都比不上你的睡眠。
contract-the-free-gems-choice-buy-chest = 买超级宝箱。才 9.99，对吧？
contract-the-free-gems-feedback-buy-chest = 学习的机会：“只要 9.99”花的是真钱，神秘宝箱给的东西常常比说的少得多。买任何东西前都要先问。

contract-the-free-gems-bed = 你关掉了游戏。第二天，连续记录归零了，但什么坏事也没发生。金龙还在那里。
contract-the-free-gems-one-race = 一场变成了四场。早就过了睡觉时间，游戏又闪起来：“差一点！再跑一场，不然连续记录就断了！”
contract-the-free-gems-chest = { $adult }的卡存在平板上，点一下就买了。宝箱只给了你一颗小小的宝石。第二天来了一封邮件：“欢迎加入宝石俱乐部！每周 9.99。”
contract-the-free-gems-pic-gem-club = 欢迎加入宝石俱乐部！
contract-the-free-gems-pic-every-week = 每周 9.99

contract-the-free-gems-late-choice = 嗯，“就跑一场”真的只有一场吗？现在呢？
contract-the-free-gems-choice-sleep-now = 都四场了？我去睡觉了。
contract-the-free-gems-feedback-sleep-now = 能停下来，真棒！发现一场变成了四场，这是很厉害的本领。游戏就是设计来让你停不下来的，而你拿回了主动权。
contract-the-free-gems-choice-keep-racing = 继续。现在可不能断了连续记录！
contract-the-free-gems-feedback-keep-racing = 学习的机会：连续记录会不停地把终点往后挪，所以永远都有“再来一场”。什么时候停由你决定，睡觉最重要。
contract-the-free-gems-late-bed = 你关掉游戏去睡觉了。早上有点困，但你停下来了，金龙也还在。
contract-the-free-gems-midnight = 你一直跑到午夜。第二天上课一直打哈欠，那天晚上游戏又闪起来：“别断了你的连续记录！”

contract-the-free-gems-bill-choice = 糟糕。这是隐藏费用：宝石俱乐部每周扣 9.99。现在补救还不晚。怎么办？
contract-the-free-gems-choice-show-email = 马上把宝石俱乐部那封邮件给{ $adult }看
contract-the-free-gems-feedback-show-email = 真勇敢！游戏有时会把费用藏在小字里。尽快拿给家里的大人看，就能停止扣款，也许还能退钱。
contract-the-free-gems-choice-tell-weekend = 等到周末再告诉{ $adult }吧，现在大家都很忙。
contract-the-free-gems-feedback-tell-weekend = 打算告诉{ $adult }是对的！但等待会花更多钱：俱乐部每周都扣钱。大人越早知道，越容易解决。
contract-the-free-gems-choice-win-it-back = 再买一个宝箱，说不定就能赢回来了。
contract-the-free-gems-feedback-win-it-back = 学习的机会：想把钱赢回来，通常会输得更多。神秘宝箱就是这样设计的。说给大人听没关系，你不会有麻烦。
contract-the-free-gems-weekend = 到了周末，第二封邮件来了：又扣了 9.99。宝石俱乐部会每周一直扣下去。
contract-the-free-gems-adult-cancels = 谢谢你拿给我看。你没有做错事。我们一起取消宝石俱乐部，请商店退钱，再给购买加上锁。
contract-the-free-gems-more-chests = 又开了两个宝箱，又是两颗小小的宝石，又花了 19.98。宝石俱乐部也还在每周扣钱。

contract-the-free-gems-weekend-choice = 已经两封邮件了，{ $adult }还什么都不知道。你会怎么做？
contract-the-free-gems-choice-show-both = 把两封邮件都拿给{ $adult }看。现在，不等了。
contract-the-free-gems-feedback-show-both = 真勇敢！说出来永远不晚。家里的大人可以取消宝石俱乐部，请商店退钱，你也不会有麻烦。
contract-the-free-gems-choice-hide-emails = 把邮件删了。这样{ $adult }就不会担心了。
contract-the-free-gems-feedback-hide-emails = 学习的机会：把邮件藏起来，宝石俱乐部也不会停。它每周都在扣钱。说给大人听才能让它停下，而且永远不晚。
contract-the-free-gems-hidden = 邮件没了，宝石俱乐部还在。每周又有 9.99 从{ $adult }的卡里扣走。

contract-the-free-gems-locked = 第二天早上你登录不上了：有人改了你的密码！接着弹出一条消息：“支付 20 取回你的账号。”
contract-the-free-gems-pic-pay-20 = 支付 20 取回你的账号。
contract-the-free-gems-pic-wrong-password = 密码错误
contract-the-free-gems-locked-choice = 哎呀，这正是骗子想要的。不过你还能做点什么。你会怎么做？
contract-the-free-gems-choice-show-message = 先把这条消息拿给{ $adult }看，别的先不做
contract-the-free-gems-feedback-show-message = 最好的做法！家里的大人可以向游戏客服举报，还能帮你改密码。谁都可能被骗，寻求帮助是聪明的做法。
contract-the-free-gems-choice-threaten = 回复：“还我账号，不然我就举报你们！”
contract-the-free-gems-feedback-threaten = 没付钱是对的，为自己出头也很勇敢！但回复会让骗子知道有人在。别理他们，拿给家里的大人看。
contract-the-free-gems-choice-pay-unlock = 用{ $adult }存的卡付 20，快点
contract-the-free-gems-feedback-pay-unlock = 学习的机会：给骗子付钱几乎不可能拿回账号，只会让他们知道这招管用。家里的大人可以帮你举报。
contract-the-free-gems-adult-helps = 你告诉我，我真的很高兴。你没有做错事。我们一起向游戏客服举报：他们可以试着帮你找回账号。再把你其他的密码都改掉。
contract-the-free-gems-threat-reply = 他们马上回复：“一小时内付 20，不然你的龙就永远没了！”
contract-the-free-gems-paid = 你付了钱。账号没有回来。反而又来了一条新消息：“再付 20。”

contract-the-free-gems-threat-choice = 时间在走，你很害怕。现在怎么办？
contract-the-free-gems-choice-stop-show = 不再回复，把所有消息都拿给{ $adult }看
contract-the-free-gems-feedback-stop-show = 又勇敢又聪明！不回复，他们就没办法了。家里的大人可以向游戏客服举报他们，你也不会有麻烦。
contract-the-free-gems-choice-pay-quick = 快用{ $adult }的卡付钱，不然我的龙就没了！
contract-the-free-gems-feedback-pay-quick = 学习的机会：“一小时”是吓唬你的套路，就像弹窗的倒计时。付钱几乎不可能拿回账号。家里的大人可以帮你。

contract-the-free-gems-end-safe = 你识破了免费宝石的骗局，守住了自己的密码，还在睡觉时间停了下来，而不是等游戏让你停。你的密码、{ $adult }的钱和你的睡眠都安全了！
contract-the-free-gems-end-stopped = 你识破了宝石骗局，什么也没买。你也停下来了，虽然一场变成了四场。明天连续记录还会来催：下次，在原本计划的时候就停下吧。
contract-the-free-gems-end-tired = 你识破了宝石骗局，什么也没买。但连续记录让你一直跑到午夜，明天它还会来催。什么时候停由你决定。
contract-the-free-gems-end-recovered = 隐藏费用让你上了当，但你拿给{ $adult }看了，你们一起解决了：宝石俱乐部取消了，购买也上了锁。真勇敢！下次买东西前先问一问。
contract-the-free-gems-end-harmful = 宝石俱乐部还在扣钱，{ $adult }的钱又少了。这不是你的错：这些游戏就是设计来让人买东西的。现在告诉{ $adult }或其他信任的大人也不晚，他们会帮你的。
contract-the-free-gems-end-recovered-account = 你上当了，但你拿给{ $adult }看了。你们一起举报，还改了密码，骗子没法再进入你的其他账号。游戏客服正在处理你的账号。
contract-the-free-gems-end-harmful-account = 你付了钱，可账号没有回来，骗子还要更多。这不是你的错：骗子连大人都骗。现在告诉{ $adult }或其他信任的大人也不晚，他们会帮你，也能保护好那张卡。

# My phone: what stays on the phone after this level.
contract-the-free-gems-trace-password = 你的游戏密码，输进了一个领奖弹窗。
contract-the-free-gems-trace-password-advice = 骗子也会拿偷来的密码去试别的游戏。请家里的大人帮你改密码，每个游戏用不同的密码。
contract-the-free-gems-trace-gem-club = 宝石俱乐部：每周 9.99，从{ $adult }的卡里扣。
contract-the-free-gems-trace-gem-club-advice = 把宝石俱乐部的事告诉{ $adult }，就算邮件已经删了也要说。你们可以一起取消订阅、申请退款，还能给购买加锁。你不会有麻烦。
contract-the-free-gems-trace-popup = 免费宝石弹窗：已和{ $adult }一起向游戏举报。
contract-the-free-gems-trace-popup-advice = 真棒！举报骗局也能帮其他孩子不上当。如果它又弹出来，直接关掉：真正的奖品从来不要密码。
