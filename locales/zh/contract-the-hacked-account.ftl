# 交易 / 攻击性：被盗的账号（13–15 岁），朋友的账号被盗、登录提醒、锁好账号

contract-the-hacked-account-title = 被盗的账号
contract-the-hacked-account-summary = 你最好的朋友的账号往整个群里发了一个奇怪的链接。当天夜里，你自己的账号收到一条来自另一个国家的登录提醒。
contract-the-hacked-account-remember = “朋友”发来的链接可能来自被盗的账号：换个方式核实。用密码短语和两步验证锁好账号，密码和验证码永远不给任何人，并请信任的大人帮忙。

contract-the-hacked-account-app = Loopin
contract-the-hacked-account-npc-hacked = { $friend }
contract-the-hacked-account-npc-friend = { $friend }（语音通话）
contract-the-hacked-account-npc-adult = { $adult }
contract-the-hacked-account-npc-expert = AccountRescue_Pro

contract-the-hacked-account-bait-video = 这个视频里的是你吗？？
contract-the-hacked-account-bait-meme = 天哪你成表情包了，快看！！
contract-the-hacked-account-bait-photo = 谁把你这张照片发出来了？？
contract-the-hacked-account-adult-aunt = 娜迪亚阿姨
contract-the-hacked-account-adult-dad = 爸爸
contract-the-hacked-account-adult-teacher = 陈老师

contract-the-hacked-account-intro = 嗨，我是 Sango！你的 Loopin 账号里什么都有：聊天、照片、两年的回忆。你的乌龟“面条”是你的头像，简介写着“彗星队永远第一”。这时，群聊亮了起来。
contract-the-hacked-account-friend-link = { $bait } loopin.login-help.net/watch
contract-the-hacked-account-pic-link-title = 登录后观看
contract-the-hacked-account-pic-link-site = loopin.login-help.net

contract-the-hacked-account-link-choice = 链接来自{ $friend }的账号，一下子发给了整个群。你怎么做？
contract-the-hacked-account-choice-link-check = 先去别的应用上，问问{ $friend }本人。
contract-the-hacked-account-feedback-link-check = 聪明！消息上写着熟悉的名字，不代表就是本人发的。换个方式问，打电话或用别的应用，是最快的核实。
contract-the-hacked-account-choice-link-ask = 在群里问一句：“真的是你吗？”
contract-the-hacked-account-feedback-link-ask = 想到要问，很好！可如果账号被盗了，回答你的就是盗号的人。换个方式核实：打电话，或者用别的应用。
contract-the-hacked-account-choice-link-open = 打开吧。我很信任{ $friend }，肯定没事的。
contract-the-hacked-account-feedback-link-open = 学习的机会：被盗的账号会给主人认识的每个人发链接，因为大家信任他。要你先登录才能看的视频，就是陷阱。这还来得及补救。

contract-the-hacked-account-friend-phone = 那不是我！我登不上去了，有人改了我的密码。他在给所有人发消息！！真的对不起。
contract-the-hacked-account-hacker-replies = 是我啦哈哈，快打开，笑死你。快点，马上要被删了
contract-the-hacked-account-fake-page = 页面和 Loopin 一模一样，要你登录才能观看。你输入了密码。视频一直没加载出来。
contract-the-hacked-account-pic-fake-address = loopin.login-help.net
contract-the-hacked-account-pic-fake-title = 登录 Loopin
contract-the-hacked-account-pic-fake-button = 登录

contract-the-hacked-account-link-again = “快点，马上要被删了。”这像是{ $friend }会说的话吗？现在怎么办？
contract-the-hacked-account-choice-again-check = 我现在就给本人打个电话问问。
contract-the-hacked-account-feedback-again-check = 做得好！“快点”是让你来不及思考的老套路。打个电话就清楚了。
contract-the-hacked-account-choice-again-open = 好吧，看起来是真的。打开。
contract-the-hacked-account-feedback-again-open = 学习的机会：谁拿着账号，谁都能说“是我”。催你快点就是危险信号。这还来得及补救。

contract-the-hacked-account-help-choice = { $friend }的账号被盗了，还在给所有人发那个链接。你怎么帮忙？
contract-the-hacked-account-choice-help-report = 举报账号被盗，再提醒群里的人。
contract-the-hacked-account-feedback-help-report = 团队合作真棒！举报让 Loopin 停掉这个账号，用你自己的话提醒大家、不带链接，就能挡住点击。
contract-the-hacked-account-choice-help-forward = 把链接转给所有人：“不安全，别点！”
contract-the-hacked-account-feedback-help-forward = 提醒别人很友善！可转发会让更多人看到这个链接，总会有人点。用你自己的话提醒，不带链接，再举报这个账号。
contract-the-hacked-account-reported = 你举报了这个被盗的账号，并在群里说：“{ $friend }的账号被盗了。别打开那个链接。”三个人回复：“谢谢，差点就点了。”
contract-the-hacked-account-forwarded = 你的提醒连着链接一起发了出去。两个人说谢谢。另一个人回复：“哎呀，我没看大写字就点了。”

contract-the-hacked-account-alert = 那天夜里 03:12，你的手机亮了。是 Loopin。
contract-the-hacked-account-pic-alert-title = 有人尝试登录
contract-the-hacked-account-pic-alert-where = 另一个国家，03:12
contract-the-hacked-account-pic-alert-device = 陌生的笔记本电脑
contract-the-hacked-account-pic-alert-no = 不，不是我
contract-the-hacked-account-pic-alert-yes = 是的，是我

contract-the-hacked-account-alert-choice = 很远的地方有人想用你的身份登录。你的密码从 11 岁起就在三个应用上用同一个。你怎么做？
contract-the-hacked-account-choice-alert-lock = 点“不是我”，然后马上改密码。
contract-the-hacked-account-feedback-alert-lock = 完全正确！“不是我”会拦下这次登录。一个老密码在好几个应用上用，盗号的人就是这样进来的，该换新锁了：这里要换，另外两个应用也要换。
contract-the-hacked-account-choice-alert-ignore = 关掉。只是“尝试”，我很安全。
contract-the-hacked-account-feedback-alert-ignore = 没点“是的”，做得对！可有人尝试登录，说明有人拿到了你的密码，或者快拿到了。他们还会再试。现在就换掉它。
contract-the-hacked-account-choice-alert-yes = 点“是我”，好让它别再震了。
contract-the-hacked-account-feedback-alert-yes = 学习的机会：“是我”等于告诉 Loopin 放那台笔记本电脑进来。半夜迷迷糊糊，很容易不看就点。点“不是我”就能拦住它。这还来得及补救。
contract-the-hacked-account-not-me = Loopin 拦下了这次登录，请你给账号换一把新锁。
contract-the-hacked-account-second-alert = 第二天早上：“你的密码已被修改。新的登录：另一个国家。”那不是你。
contract-the-hacked-account-tapped-yes = 手机不震了。在很远的地方，那台陌生的笔记本电脑已经登进了你的账号。

contract-the-hacked-account-lock = 三四个随机的词，就能组成一个牢固的密码短语。组一个你记得住的，再选择 Loopin 怎样确认真的是你。
contract-the-hacked-account-piece-kettle = 水壶
contract-the-hacked-account-why-piece-kettle = 一个和你毫无关系的日常词：没人能从你的主页猜到。而且很好想象。
contract-the-hacked-account-piece-pet = 面条
contract-the-hacked-account-why-piece-pet = 看起来像随便一个词，可“面条”是你的乌龟，就在你的头像上。谁都可能猜到。宠物、名字和生日都别用。
contract-the-hacked-account-piece-cactus = 仙人掌
contract-the-hacked-account-why-piece-cactus = 不错。几个随机的词组成长长的短语，难破解又好记：水壶里种着仙人掌！
contract-the-hacked-account-piece-common = password1
contract-the-hacked-account-why-piece-common = password1 是所有盗号工具最先试的之一，就算接在别的词后面也一样。它什么也加不了。让随机的词来干活吧。
contract-the-hacked-account-piece-violin = 小提琴
contract-the-hacked-account-why-piece-violin = 又一个随机的词。每多一个词，短语就更长、更难破解，一个好笑的画面能帮你记住。
contract-the-hacked-account-piece-jumble = t8&Wm#2v
contract-the-hacked-account-why-piece-jumble = 很牢固，可下周你还记得 t8&Wm#2v 吗？这种乱码最后常常写在便利贴上，或者到处重复用。随机的词既牢固又好记。
contract-the-hacked-account-piece-tornado = 龙卷风
contract-the-hacked-account-why-piece-tornado = 选得好。随机的词牢固，是因为它们和你无关。一阵卷满小提琴的龙卷风，忘都忘不掉。
contract-the-hacked-account-piece-team = 彗星
contract-the-hacked-account-why-piece-team = 听起来很随机，可“彗星队永远第一”就写在你的简介里。大家知道你喜欢什么，就会最先试什么，所以别用它。
contract-the-hacked-account-set-two-step = 两步验证：除了密码短语，还要一个验证码
contract-the-hacked-account-val-two-step-off = 关
contract-the-hacked-account-why-two-step-off = 关着的话，密码短语就是唯一的锁，你的老密码就是这样被用的。两步验证还要你手机上的验证码。
contract-the-hacked-account-val-two-step-phone = 验证码发到我的手机
contract-the-hacked-account-why-two-step-phone = 很好：就算有人知道你的短语，还需要你的手机。验证码永远别告诉任何人，哪怕对方说自己是“客服”或朋友。
contract-the-hacked-account-set-devices = 登录着我账号的设备
contract-the-hacked-account-val-devices-keep = 全部保持登录
contract-the-hacked-account-why-devices-keep = 其中可能就有那台陌生的笔记本。退出其他所有设备，就能把闯进来的人赶出去。
contract-the-hacked-account-val-devices-out = 退出其他所有设备
contract-the-hacked-account-why-devices-out = 对！用老密码进来的人都会被赶出去。你只要在自己手机上重新登录就好。
contract-the-hacked-account-set-recovery = 找回邮箱：登不进去时用来找回账号
contract-the-hacked-account-val-recovery-friend = { $friend }的邮箱
contract-the-hacked-account-why-recovery-friend = 出于好意，可谁有找回邮箱，谁就能重设你的短语，而{ $friend }的账号刚被盗。用你自己的。
contract-the-hacked-account-val-recovery-own = 我自己的邮箱
contract-the-hacked-account-why-recovery-own = 对：一个只有你用的邮箱，配上它自己的牢固短语。哪天登不进去了，还能找回来。
contract-the-hacked-account-val-recovery-none = 不设
contract-the-hacked-account-why-recovery-none = 没错，这样别人用不了。可哪天登不进去或被盗了，就没办法找回来。用你自己的邮箱更好。
contract-the-hacked-account-sign-in = 周末你在图书馆的公用电脑上登录。你搜索“Loopin”，出来三个链接。你在哪个上面登录？
contract-the-hacked-account-page-ending = loopin.co/signin
contract-the-hacked-account-why-page-ending = 很像，可它以 .co 结尾，不是 .com：这是另一个网站，照抄 Loopin 的页面来偷短语。看清第一个 / 前面的结尾。
contract-the-hacked-account-page-real = account.loopin.com/signin
contract-the-hacked-account-why-page-real = 看得准：第一个 / 前面以 loopin.com 结尾，这是 Loopin 自己的地址。在公用电脑上，用完要退出，也绝不让它保存你的短语。
contract-the-hacked-account-page-buried = loopin.login-help.net/signin
contract-the-hacked-account-why-page-buried = 它以 loopin 开头，其实结尾是 login-help.net：和那个假视频链接是同一个网站。第一个 / 前面的最后一段，才说明网页是谁的。
contract-the-hacked-account-locked = 账号找回来了！！家里人帮我走了 Loopin 的找回页面，现在开了两步验证。谢谢你先来问我

contract-the-hacked-account-hijacked = 你的密码不管用了。你的账号正在给你认识的每个人发同一个链接。这时弹出一条消息请求。
contract-the-hacked-account-expert-dm = 被盗号了？我 1 小时帮你找回账号，100% 保证。只要 20 的礼品卡，再加上你的邮箱和邮箱密码，我好帮你重置。
contract-the-hacked-account-recover-choice = 你的账号落到了别人手里，这不是你的错。现在怎么办？
contract-the-hacked-account-choice-recover-tell = 告诉{ $adult }，用“账号被盗”页面。
contract-the-hacked-account-feedback-recover-tell = 这就是回来的路！信任的大人能帮你走 Loopin 真正的找回页面，并举报这个账号。很多人都被盗过号，你不会因此挨骂。
contract-the-hacked-account-choice-recover-new = 开个新账号吧。反正没必要让别人知道。
contract-the-hacked-account-feedback-recover-new = 想重新开始，可以理解！可旧账号还在陌生人手里，给你认识的每个人发消息。它需要找回、需要举报，请信任的大人一起来。
contract-the-hacked-account-choice-recover-pay = 付钱给专家。一小时内安全帮忙，只要 20！
contract-the-hacked-account-feedback-recover-pay = 学习的机会：主动找上门的“找回专家”都是骗子。礼品卡查不到去向，邮箱密码会让他们拿走一切。什么时候告诉信任的大人都不晚。
contract-the-hacked-account-old-still = 你的新账号有 3 个关注者。旧账号还有 300 个，又在发那个链接，顶着你的脸。
contract-the-hacked-account-paid = 已收到付款！现在把你的邮箱和邮箱密码发给我。哦对了，“加急服务”还要再付 20。

contract-the-hacked-account-last-choice = 旧账号还在用你的名义发链接。你怎么做？
contract-the-hacked-account-choice-last-tell = 全都告诉{ $adult }，再一起看看旧账号。
contract-the-hacked-account-feedback-last-tell = 勇敢又聪明。什么时候都不晚：信任的大人能和你一起找回账号、举报它，并提醒你的联系人。你没有做错什么。
contract-the-hacked-account-choice-last-quiet = 先不管。更糟了再告诉{ $adult }。
contract-the-hacked-account-feedback-last-quiet = 学习的机会：现在就已经很糟了。这个账号正在骗你的朋友，越等传得越广。很多人都被盗过号。什么时候说出来都不晚。
contract-the-hacked-account-spreading = 一周里，链接传到了你的表哥表姐、球队和班上。两个朋友因此丢了账号。

contract-the-hacked-account-adult-helps = 谢谢你告诉我。你不会因此挨骂，很多人都遇到过。我们走 Loopin 真正的找回页面，举报这个账号，提醒你的联系人，再把它好好锁上。
contract-the-hacked-account-locked-late = 账号回来了。你发了一条：“我被盗号了。这周我发的链接都别打开。”奇怪的消息停了。

contract-the-hacked-account-end-safe = 你点之前先核实，帮忙提醒了群里{ $friend }的账号被盗，还锁好了自己的：新的密码短语、两步验证，别人都退出了。玩得漂亮！
contract-the-hacked-account-end-recovered = 你的账号被盗了，但你找人帮了忙。账号回来了，用密码短语和两步验证锁好，联系人也都提醒过了，你没有做错什么。
contract-the-hacked-account-end-harmful = 你的账号还在陌生人手里，骗着你的朋友。这不是你的错：盗号的人很擅长这个。什么时候告诉{ $adult }或别的信任的大人都不晚，他们能帮你找回来。

contract-the-hacked-account-trace-locked = Loopin：新的密码短语，两步验证已开，其他设备已退出。
contract-the-hacked-account-trace-locked-advice = 锁得很好。每个应用用不同的短语，验证码永远别给别人，朋友也不行。
contract-the-hacked-account-trace-taken = 你的旧 Loopin 账号，还在陌生人手里，给你的联系人发消息。
contract-the-hacked-account-trace-taken-advice = 信任的大人能帮你走 Loopin 真正的找回页面、举报账号、提醒联系人。什么时候都不晚。

# The old password opens other apps too.
contract-the-hacked-account-last-step = 还有一件事：你的旧密码还能打开你用的另外两个应用。
contract-the-hacked-account-choice-other-apps = 现在就把另外两个应用的这个密码也一起改掉。
contract-the-hacked-account-choice-leave-apps = 别管其他应用了，Loopin 才是最重要的。
contract-the-hacked-account-feedback-other-apps = 没错。黑客会拿偷来的密码到处试。每个应用用一个新的密码短语，才能都锁好。
contract-the-hacked-account-feedback-leave-apps = 学一学：偷来的密码会被拿去每个应用试。每个账号都需要自己的密码短语。
contract-the-hacked-account-apps-taken = 一周后，旧密码把你的游戏账号也打开了。你给{ $adult }看，一起改了密码、开启了两步验证。账号回来了。
