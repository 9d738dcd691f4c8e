# 契约 / 性风险：倒计时（16–18 岁）。性勒索：只讲警示信号和如何求助，不展示也不描述任何内容。不付钱、不再回复、保留证据、举报、告诉大人；永远不是青少年的错。

contract-the-sextortion-title = 倒计时
contract-the-sextortion-summary = 一个热情的新粉丝进展飞快，接着话锋一转变成威胁：给钱，不然一张图会发给你认识的所有人。
contract-the-sextortion-remember = 如果有人威胁说不给钱就散布图片：别付钱，别再回复，保留证据，告诉你信任的大人。这是犯罪，不是你的错，而且有专为未成年人设计的删除工具。

contract-the-sextortion-app = { $app }
contract-the-sextortion-app-picnook = Picnook
contract-the-sextortion-app-shutterbee = Shutterbee
contract-the-sextortion-app-lumo = Lumo
contract-the-sextortion-private-vanishly = Vanishly
contract-the-sextortion-private-blinkr = Blinkr
contract-the-sextortion-private-whisp = Whisp
contract-the-sextortion-name-noa = noa.17
contract-the-sextortion-name-jay = jay_k17
contract-the-sextortion-name-lina = lina.mp3
contract-the-sextortion-adult-dad = 爸爸
contract-the-sextortion-adult-aunt = 阿米娜姨妈
contract-the-sextortion-adult-grandma = 奶奶

contract-the-sextortion-npc-scammer = { $scammer }
contract-the-sextortion-npc-adult = { $adult }

contract-the-sextortion-intro = 周六晚上。一个新账号 { $scammer } 在 { $app } 上关注了你，马上就发来消息。你们有共同好友，所以应该是附近的人吧？
contract-the-sextortion-dm-hello = 嗨！你认识{ $friend }吧？我刚搬到你家附近，谁都不认识。你的照片好酷，跟你聊天肯定很好玩
# The world remembers: the older "partner" in The Older Partner, and the gut feeling the child trusted.
contract-the-sextortion-familiar = 一个新认识的人，突然想占据你全部的注意力。你以前见过这种情况，那时你相信了自己的直觉。今晚也相信它。

contract-the-sextortion-spot = 大多数新粉丝就是普通人。不过回复之前，先看看 { $scammer } 的主页。点出对不上的地方。
contract-the-sextortion-card-title = { $scammer }
contract-the-sextortion-card-body = { $app } 上一个新粉丝的主页。
contract-the-sextortion-part-joined = 9 天前注册
contract-the-sextortion-feedback-joined = 对。一个全新的账号却急着聊天，是假账号的常见迹象。真实的人通常有更长的使用记录。
contract-the-sextortion-part-bio = 简介：“17岁。足球、电影、冷笑话”
contract-the-sextortion-feedback-bio = 这是很普通的简介，很多真实的人都这么写。单看它说明不了什么，账号的历史更能说明问题。
contract-the-sextortion-part-counts = 关注了 1400 人，粉丝 22 人
contract-the-sextortion-feedback-counts = 对。假账号会大量关注别人，换来少数回关，这样就显得有“共同好友”。这并不代表真有人认识他们。
contract-the-sextortion-part-posts = 6 条动态，全是 9 天前发的
contract-the-sextortion-feedback-posts = 对。整个主页一次性传完，往往是拿别人的照片拼出来的，好让假账号很快看起来像真的。
contract-the-sextortion-part-photo = 一张足球比赛现场的照片
contract-the-sextortion-feedback-photo = 比赛照片很平常。可疑的不是照片本身，而是六张照片都在同一天出现。
contract-the-sextortion-pic-bio = 17岁。足球、电影、冷笑话
contract-the-sextortion-pic-joined = 9 天前注册
contract-the-sextortion-pic-counts = 关注 1400 · 粉丝 22
contract-the-sextortion-pic-posts = 6 条动态 · 全部发于 9 天前

contract-the-sextortion-move-app = 说实话我基本不上这个。加我 { $private } 吧？那里的聊天一天后就消失，自在多了。就我们俩
contract-the-sextortion-choice-stay = 就在这儿聊。你怎么认识{ $friend }？
contract-the-sextortion-feedback-stay = 聪明。你留在举报按钮管用的地方，还亲自去问了{ $friend }，而不是只看“共同好友”的数字。
contract-the-sextortion-choice-later = 明天再说，我先确认一下。我要睡了，晚安！
contract-the-sextortion-feedback-later = 没换应用是对的。但不吭声并没有回答真正的问题：这到底是谁？给{ $friend }发一条消息就能知道。
contract-the-sextortion-choice-move = 好啊，我这就加你。会自动消失的聊天反而更私密。
contract-the-sextortion-feedback-move = 学习的机会：会消失的聊天，出了事就什么证据都不留。急着把你拉到别的地方单独聊，是典型的危险信号。
contract-the-sextortion-c-stay = { $scammer } 岔开话题：“说来话长哈哈”。于是你自己去问{ $friend }。回复来得很快：“没听说过这人？？小心点。”
contract-the-sextortion-c-later = 第二天早上，{ $scammer } 发来九条消息：“在吗？”“别害羞嘛”“一直在想你”。
contract-the-sextortion-c-moved = 你在 { $private } 上加了 { $scammer }。每条消息旁边都有个小计时器：24 小时后消失。什么都留不下来给别人看。

contract-the-sextortion-ask = 给你发了张自拍，轮到你了。来张更私密的，只给我看。保证不会有别人看到
contract-the-sextortion-choice-no = 不。这种照片我不发。
contract-the-sextortion-feedback-no = 清楚又冷静。你不欠任何人一张照片，不管对方说自己是谁。拒绝不需要理由，被拒后还纠缠的人，正是在暴露真面目。
contract-the-sextortion-choice-call = 先视频一下，核实你是不是真人。
contract-the-sextortion-feedback-call = 想要证据很聪明，假账号也确实会躲避通话。但就算是真人，也没有权利要你的私密照片，而且通话可能被录下来。简单一句“不”就够了。
contract-the-sextortion-choice-send = 好吧，就一张。我信任你，而且你先发了。
contract-the-sextortion-feedback-send = 学习的机会，也请记住：信任别人不是罪，接下来发生的事也不是你的错。只是照片一旦发出去，就不在你手里了。
contract-the-sextortion-c-no = 哇，好吧。无所谓。你主页上的自拍我早就全存下来了。
contract-the-sextortion-c-call = 摄像头坏了哈哈。算了。你不用发什么。你主页上的自拍我早就全存下来了。
contract-the-sextortion-c-sent = 你发了一张。弹出一条提示：{ $scammer } 截了图。接着，对方的消息完全变了。

contract-the-sextortion-threat-fake = 我用你的自拍做了一张你的假私密照，看着跟真的一样。一小时内给 200 的礼品卡，不然你 312 个粉丝都会收到。还有你学校。
contract-the-sextortion-threat-real = 你的照片在我手上，你的粉丝名单也在。一小时内给 200 的礼品卡，不然 312 个粉丝都会收到。还有你学校。
contract-the-sextortion-pic-timer = 剩余 59:59
contract-the-sextortion-pic-demand = 200 的礼品卡
contract-the-sextortion-pic-followers = 312 个粉丝
contract-the-sextortion-pic-school = + 你的学校

contract-the-sextortion-calm-fake = 深呼吸。这是一种叫“性勒索”的骗局。这是犯罪，有麻烦的不是你。他们就是想让你慌、让你急。你会怎么做？
contract-the-sextortion-calm-real = 深呼吸。这是性勒索，是犯罪，也不是你的错：做错事的是威胁你的人。对方就是想让你慌、让你急。你会怎么做？
contract-the-sextortion-choice-save-tell = 不再回复，全部截图，今晚就把一切告诉{ $adult }。
contract-the-sextortion-feedback-save-tell = 就是这样。聊天、主页和用户名的截图，正是警察和平台需要的证据。{ $adult }可以陪你一起举报。说出来，就能让他们失去控制你的力量。
contract-the-sextortion-feedback-save-tell-real = 这是最勇敢、也是最正确的一步。截图是警察和平台需要的证据，{ $adult }也能帮你把图片撤下来。你不会因为发过照片而惹上麻烦。
contract-the-sextortion-choice-block-delete = 拉黑他，删掉整段聊天。就这样结束。
contract-the-sextortion-feedback-block-delete = 没付钱是对的。但删除就等于扔掉证据，拉黑也挡不住新账号。先截图，再和大人一起举报、拉黑。
contract-the-sextortion-choice-warn = 回复：“住手，不然我就去找警察。”
contract-the-sextortion-feedback-warn = 敢顶回去很勇敢。但任何回复都让对方知道你害怕、在看消息，警告还会给他们时间把一切删光。别再回复，先保存好。
contract-the-sextortion-choice-pay = 付这 200 吧。只要这事能结束就值。
contract-the-sextortion-choice-save-help = 不回复，截图，然后求助。
contract-the-sextortion-choice-block-gone = 拉黑，全部删掉。没了才安全。
contract-the-sextortion-choice-warn-real = 回复：“马上删掉，不然我告诉{ $adult }！”
contract-the-sextortion-feedback-warn-real = 想让它消失，完全可以理解。但反过来威胁对方，只会让他们知道你害怕、在看消息，还给了他们时间把一切删光。别再回复，保存好一切，然后真正去告诉{ $adult }。
contract-the-sextortion-choice-pay-real = 付 200，只要没人看到那张照片。
contract-the-sextortion-feedback-pay = 学习的机会：付钱几乎从来不能让事情结束，只会让对方知道你会付，于是要得更多。你不会有麻烦，现在停下来也不晚。

contract-the-sextortion-c-blocked = 拉黑、删除、消失。十分钟后，一个新账号发来：“拉黑我没用。还剩 45 分钟。”而那些本来可以拿给别人看的消息，已经没了。
contract-the-sextortion-c-warned = { $scammer } 回复：“去啊，没人找得到我”，然后撤回了所有消息。一个新账号冒了出来：“还剩 45 分钟。”

contract-the-sextortion-new-account = 新账号，同样的威胁，证据却更少了。这仍然不是你的错，现在也还不晚。接下来呢？
contract-the-sextortion-choice-show-new = 把这个新账号也截下来，马上去把{ $adult }叫来。
contract-the-sextortion-feedback-show-new = 对。新账号也是证据，你也还记得旧的用户名。{ $adult }可以把两个都举报，并陪你去报警。说出来，才能让这件事停下。
contract-the-sextortion-choice-pay-now = 现在就付，趁还没归零。
contract-the-sextortion-feedback-pay-now = 学习的机会：计时器就是用来催你的。付了钱，对方就知道你还会再付。现在停下来，告诉一个你信任的人，还不晚。
contract-the-sextortion-choice-show-someone = 截下新账号，今晚就全拿给人看。
contract-the-sextortion-feedback-show-someone = 对。新账号也是证据，你也还记得旧的用户名。你信任的人可以把两个都举报，陪你去报警，并帮你申请撤下图片。你不会有麻烦。
contract-the-sextortion-choice-pay-secret = 赶快付钱，别让{ $adult }知道。
contract-the-sextortion-feedback-pay-secret = 学习的机会：偷偷付钱正是对方想要的，而且几乎从来结束不了。危险的不是{ $adult }知道，而是他们。现在说出来还不晚。
contract-the-sextortion-choice-vanish = 把账号设成私密，消失一阵子，更安全。
contract-the-sextortion-choice-hide = 把账号全设成私密。彻底消失最安全。
contract-the-sextortion-feedback-hide = 学习的机会：消失看起来更安全，但你得一个人扛着这件事，对方也可能在别处找到你。告诉信任的大人，永远不晚。你不会有麻烦。

contract-the-sextortion-c-paid = 收到。现在要 500。付过一次，我就知道你还会再付。30 分钟。
contract-the-sextortion-more = 付钱没能结束这件事，几乎从来都不能。你不会有麻烦。如果觉得撑不住了，今晚就找人聊聊。现在还不晚。接下来呢？
contract-the-sextortion-choice-stop-tell = 不再付钱。今晚就告诉一个人。
contract-the-sextortion-feedback-stop-tell = 这需要勇气，也是对的。收据和消息能帮警察和平台追查他们。付过一次钱，也不会让这一切变成你的错。
contract-the-sextortion-choice-pay-again = 付这 500 吧。这次他们总该真的停了。
contract-the-sextortion-feedback-pay-again = 学习的机会：每付一次，对方就更确定你还会再付。他们撒谎不是你的错。停下来，告诉信任的大人，永远不晚。
contract-the-sextortion-c-paid-again = 你付了。几分钟后：“现在要 1000。”威胁没有停，你一夜没睡。
contract-the-sextortion-c-hide = 你把一切都锁上，一句话也不说。消息转而发到了你的邮箱，你一个人扛着这一切。

contract-the-sextortion-adult-helps = 你叫醒我是对的。你不会有麻烦，这一切都不是你的错。我们不付钱。保存好每张截图，在 { $app } 上举报这个账号，然后一起去报警。
contract-the-sextortion-adult-helps-late = 你来找我是对的，你不会有麻烦。我们把这个新账号存下来，在 { $app } 上把两个都举报，再去报警。以后要是有东西被发出来，我们会让它被撤下。
contract-the-sextortion-adult-late = 谢谢你告诉我。你不会有麻烦：是对方骗了你，犯罪的是他们。我们不付钱。我们一起举报，再用专为未成年人设计的删除工具。
contract-the-sextortion-adult-late-paid = 告诉我是对的，你不会有麻烦。付钱从来结束不了，所以我们现在就停。保留收据和每条消息，向 { $app } 和警察举报。
contract-the-sextortion-pic-help-title = 我们现在要做的
contract-the-sextortion-pic-step-pay = 不付钱，不再回复
contract-the-sextortion-pic-step-keep = 保留截图和用户名
contract-the-sextortion-pic-step-report = 向平台和警察举报
contract-the-sextortion-pic-step-takedown = 未成年人专用删除工具
contract-the-sextortion-pic-get-help = 寻求帮助

contract-the-sextortion-end-safe = 你识破了假账号，什么都没发，也一分钱没付。证据在{ $adult }那里，账号已经被举报。只要说出来，这种威胁就失去了力量。
contract-the-sextortion-end-safe-late = 删除让你丢了一些证据，但你没有付钱，还告诉了{ $adult }。新账号已经保存并举报，这一切都不是你的错。
contract-the-sextortion-end-recovered = 有人骗了你，又想吓唬你。你停了下来，保留了证据，告诉了{ $adult }。这从来不是你的错，而且有人能帮你把图片撤下。
contract-the-sextortion-end-recovered-paid = 你在压力下付过一次钱，然后停了下来，告诉了{ $adult }。付钱结束不了，说出来才能。证据已保存并举报，这一切都不是你的错。
contract-the-sextortion-end-harmful = 威胁还在继续，一个人扛着很沉重。这不是你的错。永远不晚：别再付钱，保留消息，告诉你信任的大人，或者打给你所在国家的求助热线。
