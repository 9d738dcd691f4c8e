# 交易 / 攻击性：钓鱼登录（16–18 岁）。盗号和身份盗用。

contract-the-phishing-login-title = 钓鱼登录
contract-the-phishing-login-summary = 一封紧急邮件说，如果你不马上登录，你的账号就会被删除。
contract-the-phishing-login-remember = 别通过紧急消息里的链接登录：自己打开应用。遇到钓鱼就举报，别转发；每个账号用不同的密码并开启两步验证；验证码绝不给任何人。

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly

contract-the-phishing-login-npc-support = { $service } 客服
contract-the-phishing-login-npc-friend = { $friend }

contract-the-phishing-login-intro = 复习之夜：小狗旺财趴在你脚边睡觉，雄鹰队的比赛静音开着。你注册了用来申请大学的 Applyra 账号，成绩和身份证件都会存在里面，所以得好好上锁。

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-phishing-login-lock = 三个随机的词，别用和你有关的：拼一个不用写下来也记得住的密码短语。然后选好 Applyra 怎样确认登录的人真的是你。
contract-the-phishing-login-piece-lantern = 灯笼
contract-the-phishing-login-why-piece-lantern = 一个和你毫无关系的日常词：从你的主页上谁也猜不到。三四个这样的词拼在一起，又长又难破解。
contract-the-phishing-login-piece-pet = 旺财
contract-the-phishing-login-why-piece-pet = 看起来像个普通的词，可旺财是你家狗的名字，它出现在你一半的照片里，关注你的人一下就能猜到。宠物名字、生日和人名都别放进密码里。
contract-the-phishing-login-piece-pickles = 泡菜
contract-the-phishing-login-why-piece-pickles = 随便一个词，再配一幅好笑的画面：一坛泡菜打着雨伞。有了这样的画面，密码短语就很好记。
contract-the-phishing-login-piece-common = woaini520
contract-the-phishing-login-why-piece-common = woaini520 是最常见的密码之一，破解工具会最先试它，就算接在别的词后面也一样。它不会让密码更强，让随机的词来干活吧。
contract-the-phishing-login-piece-glacier = 长颈鹿
contract-the-phishing-login-why-piece-glacier = 选得好。长度胜过花招：几个随机的词，比一小串乱码难破解得多。
contract-the-phishing-login-piece-jumble = x7#Qp!9z
contract-the-phishing-login-why-piece-jumble = 很强，可你在图书馆的电脑前还记得 x7#Qp!9z 吗？这种乱码最后往往被写下来，或者到处重复使用。随机的词既强又好记。
contract-the-phishing-login-piece-trumpet = 雨伞
contract-the-phishing-login-why-piece-trumpet = 又一个没人会联想到你的日常词。密码的强度来自随机的词，而不是你生活里的事。
contract-the-phishing-login-piece-team = 雄鹰
contract-the-phishing-login-why-piece-team = 听起来很随机，可你支持的球队印在你的卫衣上，也写在你的简介里。别人知道你喜欢什么，就会最先试什么，所以别把它放进密码短语。
contract-the-phishing-login-set-two-step = 两步验证
contract-the-phishing-login-val-two-step-off = 关闭
contract-the-phishing-login-why-two-step-off = 不开两步验证，密码短语就是唯一的锁。一旦泄露，谁都能进来。两步验证还会要一个来自你手机的验证码。
contract-the-phishing-login-val-two-step-text = 短信验证码
contract-the-phishing-login-why-two-step-text = 不错：光偷到密码短语进不来，还得有发到你手机上的验证码。这个验证码不要给任何人。
contract-the-phishing-login-val-two-step-app = 身份验证器应用
contract-the-phishing-login-why-two-step-app = 很棒：应用在你手机上生成新的验证码，没信号也能用，骗子也没法把它转到自己的号码上。这个验证码不要给任何人。
contract-the-phishing-login-set-recovery = 找回邮箱：登不进去时用来找回账号
contract-the-phishing-login-val-recovery-friend = 好朋友的邮箱
contract-the-phishing-login-why-recovery-friend = 朋友是好意，但谁拿着你的找回邮箱，谁就能重置你的密码。友情会变，朋友的账号也可能被盗。
contract-the-phishing-login-val-recovery-school = 学校邮箱
contract-the-phishing-login-why-recovery-school = 现在能用，但毕业后学校会停用学生邮箱，偏偏是大学录取结果到来的时候。用一个你会一直保留的个人邮箱更好。
contract-the-phishing-login-val-recovery-own = 我自己的邮箱
contract-the-phishing-login-why-recovery-own = 对：一个只有你在用、毕业后也会留着的邮箱。给它也开上两步验证，因为它能重置一切。
contract-the-phishing-login-val-recovery-none = 不设置
contract-the-phishing-login-why-recovery-none = 确实没人能滥用它。可一旦丢了手机或账号被盗，你就再也回不来了。用你自己的邮箱作为回来的路更稳妥。
contract-the-phishing-login-set-alerts = 每次有新登录都发邮件提醒我
contract-the-phishing-login-val-alerts-off = 关闭
contract-the-phishing-login-why-alerts-off = 没有提醒，别人用你的身份登录了你也不会知道。有了提醒，你几分钟内就能行动。
contract-the-phishing-login-val-alerts-on = 开启
contract-the-phishing-login-why-alerts-on = 很好：一旦有人从新设备登录，你马上就会知道，可以在对方搞破坏之前换掉密码短语。
contract-the-phishing-login-sign-in = 第二天，你在图书馆的公用电脑上搜索“Applyra 登录”，出来三个结果。你在哪个地址登录？
contract-the-phishing-login-page-lookalike = accounts-applyra.org/login
contract-the-phishing-login-why-page-lookalike = 再看一眼：是短横线，不是点。accounts-applyra.org 是一个完全不同的名字，谁都能买一个这样的。真网址在第一个 / 之前以 applyra.org 结尾。
contract-the-phishing-login-page-real = accounts.applyra.org/sign-in
contract-the-phishing-login-why-page-real = 对：第一个 / 之前以 applyra.org 结尾，“accounts.”只是它的一部分。自己输入网址比相信搜索结果更稳妥。在公用电脑上，用完记得退出，也别保存密码短语。
contract-the-phishing-login-page-buried = applyra.org.account-verify.net/sign-in
contract-the-phishing-login-why-page-buried = 真名字确实在里面，但这个网址的结尾是 account-verify.net，网页归它所有。要看的是第一个 / 之前的最后那一段。

contract-the-phishing-login-email-arrives = 两天后，你又在复习，{ $app } 响了一声：一封邮件说，你的 { $service } 账号，连同三年的照片和消息，将在两小时后被删除。
# 世界记得：免费试用里默认勾选的框，把你的名字和邮箱交给了“合作伙伴”。
contract-the-phishing-login-knows-you = 这封邮件知道你的全名，而且发到了你留给学习应用的邮箱。那个默认勾选的“合作伙伴”框把两样都传了出去，骗子就是买这种名单的。现在怎么办？
contract-the-phishing-login-choice-opt-out = 在学习应用里关掉共享，并要求删除我的数据。
contract-the-phishing-login-feedback-opt-out = 想得好。关掉共享，你就不会进新的名单；在很多地方，你有权要求删除自己的数据。你的信息少一份副本，知道你名字的骗局就少一个。
contract-the-phishing-login-choice-unsubscribe = 把合作伙伴的邮件全退订，再来处理这封。
contract-the-phishing-login-feedback-unsubscribe = 少收点邮件是个开始。但退订只停掉邮件，停不了共享：合作伙伴还留着你的信息，还能再转出去。关掉共享，也要求删除数据。
contract-the-phishing-login-choice-everywhere = 反正我的邮箱到处都是，多一份名单也无所谓。
contract-the-phishing-login-feedback-everywhere = 学习的机会：你的信息每多在一份名单上，骗局就更容易装作认识你。现在关掉共享、要求应用删除数据，还来得及。
contract-the-phishing-login-opted-out = 你在学习应用的隐私设置里关掉了合作伙伴共享，并提交了删除数据的请求。好，回到那封邮件。
contract-the-phishing-login-unsubscribed = 你一个个退订了合作伙伴的邮件。可共享还开着，你的信息仍在他们的名单上。好，回到那封邮件。
contract-the-phishing-login-shrugged = 你没去管共享设置。你的名字和邮箱还留在合作伙伴的名单上，这些名单接下来会流到哪里，谁也说不准。好，回到那封邮件。

contract-the-phishing-login-email-spot = 这封邮件看起来很正式。点一点每一个能看出它真面目的地方。
contract-the-phishing-login-email-title = { $service } 安全团队
contract-the-phishing-login-email-body = 我们检测到你的账号存在异常活动。请立即验证身份，否则你的账号及其所有内容将被永久删除。
contract-the-phishing-login-part-sender = 发件人：no-reply@acc0unt-verify-help.net
contract-the-phishing-login-feedback-sender = 对。真正的公司会用自己的地址发邮件。用数字 0 冒充字母“o”，或者加上“verify-help”之类的词来冒充的发件人，是典型的网络钓鱼。
contract-the-phishing-login-part-urgency = “你的账号将在 2 小时后被删除！！”
contract-the-phishing-login-feedback-urgency = 没错。紧迫的期限和醒目的字眼，就是为了让你一慌就点，来不及思考。真正的服务会给你时间，也会让你在应用里自己查看。
contract-the-phishing-login-part-grammar = “亲爱的尊贵客护，请验正您的身份”
contract-the-phishing-login-feedback-grammar = 眼光真好。奇怪的错别字可能是一个迹象，而“尊贵客户”说明他们连你的名字都不知道。不过要小心：有些假邮件写得一字不差。
contract-the-phishing-login-part-logo = 顶部的 { $service } 标志
contract-the-phishing-login-feedback-logo = 这说明不了什么。标志很容易复制，所以有标志从来不能证明邮件是真的。要去看发件人和链接。
contract-the-phishing-login-part-inbox = 返回箭头，带红色角标：3 封未读
contract-the-phishing-login-feedback-inbox = 这不是线索：这是你自己的邮箱应用，显示还有别的邮件在等你。上面这些都不是这个发件人发来的。
contract-the-phishing-login-part-tools = 顶部的红旗和垃圾桶按钮
contract-the-phishing-login-feedback-tools = 这不是线索，但很有用！这些是你邮箱应用自己的按钮，不是发件人的。给邮件插旗标记，正是举报这种邮件的方法。
contract-the-phishing-login-part-verify = 大按钮：“立即验证”
contract-the-phishing-login-feedback-verify = 对。邮件里的按钮可能把你带到任何地方，比如一个假的登录页面。如果担心账号，就自己打开应用，或者自己输入网址。
contract-the-phishing-login-pic-service = { $service }
contract-the-phishing-login-pic-urgency = 你的账号将在 2 小时后被删除！！
contract-the-phishing-login-pic-grammar = 亲爱的尊贵客护，请验正您的身份
contract-the-phishing-login-pic-verify-now = 立即验证
contract-the-phishing-login-pic-unread = 3

contract-the-phishing-login-open-choice = 最下面有一个大按钮：“立即验证”。你会怎么做？
contract-the-phishing-login-choice-own-app = 不点。我自己打开 { $service } 去看看。
contract-the-phishing-login-feedback-own-app = 完美。打开真正的应用，或者自己输入网址，就能绕开任何假链接。如果真有问题，你在那里就能看到。
contract-the-phishing-login-choice-peek = 点开看看，确认一下，但什么都不输入。
contract-the-phishing-login-feedback-peek = 不输入信息很明智。但打开钓鱼链接会让发件人知道你会点，有些页面还会试图装恶意软件。自己打开真正的应用更稳妥。
contract-the-phishing-login-choice-rush = 只剩两小时？！马上验证，三年的照片不能丢。
contract-the-phishing-login-feedback-rush = 学习的机会：两小时的期限达到了它的目的。慌张正是网络钓鱼需要的。细心的人也会中招，接下来怎么做才最重要。

contract-the-phishing-login-real-app = 在真正的 { $service } 应用里：没有警告，没有删除通知，一切正常。那封邮件是假的。一分钟后，又来了一条新的消息请求。
contract-the-phishing-login-opened = 链接打开了一个和 { $service } 一模一样的页面。光标在密码框里闪着。

contract-the-phishing-login-login-spot = 你进入了这个页面。输入任何东西之前，点出露出破绽的地方。
contract-the-phishing-login-page-title = 登录 { $service }
contract-the-phishing-login-page-body = 确认你的信息以保留账号。
contract-the-phishing-login-part-url = 地址栏：secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = 对！那不是 { $service } 的真实地址。输入密码之前一定要看清网址：里面应该有真实网站的名字，而且拼写正确。
contract-the-phishing-login-part-padlock = 地址旁边有一个绿色的小锁图标
contract-the-phishing-login-feedback-padlock = 这证明不了什么。小锁只表示连接是加密的，不代表网站是诚实的。诈骗网站也有小锁。
contract-the-phishing-login-part-page-title = 标题：“登录 { $service }”，还有它的标志
contract-the-phishing-login-feedback-page-title = 这证明不了什么：标题和标志几秒钟就能复制。地址栏才是假网站没法一模一样复制的地方。
contract-the-phishing-login-part-form = 表单既要你的密码，又要你的邮箱密码
contract-the-phishing-login-feedback-form = 重大线索。正规的登录页面绝不会要另一个账号的密码。有了你的邮箱，他们就能重置你所有其他账号的密码。
contract-the-phishing-login-part-timer = “会话将在 04:59 后过期”
contract-the-phishing-login-feedback-timer = 没错：倒计时是又一重压力，让你来不及思考。你随时可以关掉页面，冷静地查证。
contract-the-phishing-login-pic-url = secure-login.acc0unt-check.net
contract-the-phishing-login-pic-timer = 会话将在 04:59 后过期
contract-the-phishing-login-pic-username = 用户名或邮箱
contract-the-phishing-login-pic-password = 密码
contract-the-phishing-login-pic-email-password = 你的邮箱密码
contract-the-phishing-login-pic-log-in = 登录

contract-the-phishing-login-page-choice = 页面还开着，邮件也还在收件箱里。现在怎么办？
contract-the-phishing-login-choice-report-page = 关掉页面，再在邮件上点“举报钓鱼”。
contract-the-phishing-login-feedback-report-page = 完全正确。“举报钓鱼”能帮邮箱替其他人也拦下这个骗局，而且你在输入任何东西之前就关掉了页面，很安全。
contract-the-phishing-login-choice-forward = 把邮件转发到群里，让大家都安全点。
contract-the-phishing-login-feedback-forward = 提醒朋友很贴心，你也识破了骗局。但转发会把能点的链接一起发出去。举报这封邮件，再用截图提醒朋友，把链接裁掉。
contract-the-phishing-login-choice-type = 还是登录吧。万一是真的，我就全没了。
contract-the-phishing-login-feedback-type = 学习的机会：“万一是真的”正是骗子指望的。拿不准时，去真正的应用里核实，绝不要通过链接。

contract-the-phishing-login-reported = 你什么都没输入就关掉页面，并举报了邮件。邮箱把它移进垃圾箱：“谢谢，这有助于保护其他用户。”
contract-the-phishing-login-pic-spam = 垃圾邮件
contract-the-phishing-login-pic-thanks = 谢谢，这有助于保护其他用户。
contract-the-phishing-login-forwarded = 你的提醒发到了群里，链接也在里面。一分钟后，{ $friend }给你发来消息。

contract-the-phishing-login-friend-tapped = 等等，我点了你消息里的链接想看看是什么。它让我输密码。要输吗？？
contract-the-phishing-login-choice-stop-friend = 别输！关掉它。我删掉转发，再去举报。
contract-the-phishing-login-feedback-stop-friend = 反应很快。没输入，就没损失。删掉转发能防止别人再点，举报邮件能帮忙拦住它。
contract-the-phishing-login-choice-let-friend-try = 试试呗。假的就登不进去，所以很安全。
contract-the-phishing-login-feedback-let-friend-try = 学习的机会：假页面对骗子来说“好用”得很，你输入的每个字它都会存下来。在假页面上输入的东西，没有一样是安全的。
contract-the-phishing-login-friend-safe = { $friend }什么都没输入就关掉了页面。你删掉了转发，把邮件举报为钓鱼，改发了一张裁掉链接的截图。
contract-the-phishing-login-friend-hacked = { $friend }输入了密码。一小时后，这个账号给全群发消息：“帮个忙！把你刚收到的验证码发给我。”

contract-the-phishing-login-support-dm = 你好，这里是 { $service } 客服。我们发现你的账号有可疑活动。为了保护账号，请回复我们刚刚发到你手机上的 6 位验证码。
contract-the-phishing-login-pic-sms-code = { $service } 验证码：482913
contract-the-phishing-login-pic-sms-warn = 请勿将验证码告诉任何人。
contract-the-phishing-login-choice-flag-dm = 不回复。标记为诈骗，换新密码，开两步验证。
contract-the-phishing-login-feedback-flag-dm = 没错。真正的客服从不要你的验证码。你没申请却收到验证码，说明有人想登进来；换一个独一无二的新密码并开启两步验证，就能把对方挡在门外。
contract-the-phishing-login-choice-call-out = 回复：“别装了，我知道你是假的，我要举报你。”
contract-the-phishing-login-feedback-call-out = 没发验证码是对的。但一回复，他们就知道有人在看，会逼得更紧。别争辩：不回复，标记消息，改密码。
contract-the-phishing-login-choice-send-code = 发验证码吧。是客服，他们是来帮忙的。
contract-the-phishing-login-feedback-send-code = 学习的机会：那个验证码就是你账号的钥匙。任何向你要验证码的人，不管看起来多正式，都是想登进你的账号。
contract-the-phishing-login-secured = 你标记了这条消息，设了一个独一无二的新密码，并开启了两步验证。接着{ $friend }发来消息：“你也收到那封 { $service } 邮件了？我差点就点了。”你把经验分享了过去。
contract-the-phishing-login-pushed = 抱歉造成困扰！没有验证码，你的账号将在 10 分钟后被锁定。我们刚刚给你发了一个新的。

contract-the-phishing-login-second-code = 第二个验证码，压力更大了。现在怎么办？
contract-the-phishing-login-choice-stop-replying = 不聊了。标记对话，改密码，开两步验证。
contract-the-phishing-login-feedback-stop-replying = 及时止损。结束对话就卸掉了他们的压力，标记、改密码、开两步验证把门关紧。你不欠骗子任何回复。
contract-the-phishing-login-choice-give-in = 好吧，发给他们。他们说这样账号才安全。
contract-the-phishing-login-feedback-give-in = 学习的机会：你一说“不”，压力就加码，这正是诈骗的信号。真正的客服永远不需要你的验证码。

contract-the-phishing-login-hacked = 几分钟后你就登不进去了。你的密码被改了，你的账号正在给你的朋友们发消息：“帮个忙！把你刚收到的验证码发给我。”
contract-the-phishing-login-pic-password-changed = 密码已更改
contract-the-phishing-login-pic-favour = 帮个忙！
contract-the-phishing-login-pic-favour-code = 把你刚收到的验证码发给我。
contract-the-phishing-login-recover = 细心的人也会被盗号。现在最重要的是行动要快。你会怎么做？
contract-the-phishing-login-choice-recover = 找回账号，标记被盗，提醒朋友。
contract-the-phishing-login-feedback-recover = 这是最快的回头路。在真正的应用里找回账号，换独一无二的密码，开两步验证，举报，再提醒朋友，就能阻止黑客冒用你的名字。也告诉一位信任的大人。
contract-the-phishing-login-choice-new-account = 注册个新号，告诉大家这是我的新账号。
contract-the-phishing-login-feedback-new-account = 学习的机会：新账号会把旧账号、你的照片和名字都留给黑客。找回并举报旧账号，才能保护你的朋友。
contract-the-phishing-login-choice-wait = 先什么都不做，说不定它自己就好了。
contract-the-phishing-login-feedback-wait = 学习的机会：每过一小时，黑客就多一小时去骗你的朋友，或者把你永远锁在外面。现在找回并举报还不晚。
contract-the-phishing-login-recovered = 通过账号找回，你不到一小时就重新登录了。换了新密码，开了两步验证，举报了盗号，也提醒了朋友。{ $friend }说你的提醒让自己躲过了一劫。
contract-the-phishing-login-abandoned = 你的新账号只有四个关注者。旧账号仍在黑客手里，不停向你的朋友要验证码，有两个人真的发了。
contract-the-phishing-login-waited = 到了晚上，已经有三个朋友把验证码发给了“你”，黑客还改掉了你的找回邮箱。

contract-the-phishing-login-end-safe = 你没点链接，也没交出任何验证码。骗局已被标记，密码换了新的，两步验证也开了：你的账号锁得牢牢的。
contract-the-phishing-login-end-reported = 你看到了假页面，但什么都没输入，还举报了邮件提醒别人。下次自己打开 { $service }，就能完全避开假页面。
contract-the-phishing-login-end-friend-safe = 你的提醒里带着链接，{ $friend }点开了。但没人输入任何东西，转发已经删掉，邮件也举报了。下次提醒别人时，用截图就好。
contract-the-phishing-login-end-friend-hacked = { $friend }的账号现在正在骗群里的人，起因是你提醒里带的链接。这不是你的错，也不是对方的错；告诉信任的大人永远不会太晚，他们会帮忙找回账号。
contract-the-phishing-login-end-recovered = 你上当了，但行动很快：账号找回了，密码换了，两步验证开了，盗号举报了，朋友也提醒了。这就是正确的补救方式。
contract-the-phishing-login-end-harmful = 黑客还握着你的旧账号，用你的名字骗你的朋友。这不是你的错，而且永远不会太晚：告诉信任的大人，他们会帮你找回账号并举报。

# 我的手机：落在黑客手里的账号，或已经锁好的账号。
contract-the-phishing-login-trace-hacked = 你的照片账号：密码在别人手里，对方正在冒用你的名字。
contract-the-phishing-login-trace-hacked-advice = 把它拿回来：在真正的应用里找回账号，换一个独一无二的新密码，开启两步验证。然后举报盗号，提醒朋友，并告诉一位信任的大人。
contract-the-phishing-login-trace-locked = 你的照片账号：独一无二的新密码，已开启两步验证。
contract-the-phishing-login-trace-locked-advice = 锁得很牢。一直开着两步验证，登录验证码谁要都别给，就算自称“客服”也一样。
