# 交易 / 攻击性：钓鱼登录（16–18 岁）。盗号和身份盗用。

contract-the-phishing-login-title = 钓鱼登录
contract-the-phishing-login-summary = 一封紧急邮件说，如果你不马上登录，你的账号就会被删除。
contract-the-phishing-login-remember = 永远不要通过紧急消息里的链接登录：自己打开应用。每个账号用不同的密码并开启双重验证，绝不把验证码告诉任何人。

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly
contract-the-phishing-login-friend-noah = 林诺
contract-the-phishing-login-friend-aisha = 周雪
contract-the-phishing-login-friend-mika = 米佳

contract-the-phishing-login-npc-support = { $service } 客服

contract-the-phishing-login-intro = 复习之夜。{ $app } 响了一声：一封邮件说，你的 { $service } 账号，连同三年的照片和消息，将在两小时后被删除。

contract-the-phishing-login-email-spot = 它看起来很正式。点出所有露出破绽的地方。
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

contract-the-phishing-login-open-choice = 最下面有一个大按钮：“立即验证”。你会怎么做？
contract-the-phishing-login-choice-own-app = 不点。自己打开 { $service }，在那里查看。
contract-the-phishing-login-feedback-own-app = 完美。打开真正的应用，或者自己输入网址，就能绕开任何假链接。如果真有问题，你在那里就能看到。
contract-the-phishing-login-choice-peek = 点开看看，但先什么都不输入
contract-the-phishing-login-feedback-peek = 不填个人信息是明智的。但点开钓鱼链接本身也可能有风险：有些页面会试图安装恶意软件。自己打开真正的应用更安全。
contract-the-phishing-login-choice-rush = 点“立即验证”，赶紧登录
contract-the-phishing-login-feedback-rush = 学习的机会：两小时的期限达到了它的目的。慌张正是网络钓鱼需要的。细心的人也会中招，接下来怎么做才最重要。
contract-the-phishing-login-real-app = 在真正的 { $service } 应用里：没有警告，没有删除通知，一切正常。那封邮件是假的。一分钟后，又来了一条新的消息请求。

contract-the-phishing-login-login-spot = 你进入了这个页面。输入任何东西之前，点出露出破绽的地方。
contract-the-phishing-login-page-title = 登录 { $service }
contract-the-phishing-login-page-body = 确认你的信息以保留账号。
contract-the-phishing-login-part-url = 地址栏：secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = 对！那不是 { $service } 的真实地址。输入密码之前一定要看清网址：里面应该有真实网站的名字，而且拼写正确。
contract-the-phishing-login-part-padlock = 地址旁边有一个小锁图标
contract-the-phishing-login-feedback-padlock = 这证明不了什么。小锁只表示连接是加密的，不代表网站是诚实的。诈骗网站也有小锁。
contract-the-phishing-login-part-form = 表单既要你的密码，又要你的邮箱密码
contract-the-phishing-login-feedback-form = 重大线索。正规的登录页面绝不会要另一个账号的密码。有了你的邮箱，他们就能重置你所有其他账号的密码。
contract-the-phishing-login-part-timer = “会话将在 04:59 后过期”
contract-the-phishing-login-feedback-timer = 没错：倒计时是又一重压力，让你来不及思考。你随时可以关掉页面，冷静地查证。

contract-the-phishing-login-page-choice = 你看穿了这个页面。现在怎么办？
contract-the-phishing-login-choice-report-page = 关掉页面，并把这封邮件举报为钓鱼邮件
contract-the-phishing-login-feedback-report-page = 完全正确。大多数邮件应用都有“举报钓鱼邮件”按钮，也能帮助别人挡住这个骗局。在输入任何东西之前关掉页面，保护了你的安全。
contract-the-phishing-login-choice-close-page = 关掉页面，删除邮件
contract-the-phishing-login-feedback-close-page = 你什么都没输入，所以账号是安全的。再把邮件举报为钓鱼邮件，能帮邮件应用为其他人也挡住它。
contract-the-phishing-login-choice-type = 还是登录一下吧，万一是真的呢
contract-the-phishing-login-feedback-type = 学习的机会：“万一是真的”正是骗子所指望的。如果拿不准，就去真正的应用里查看，永远不要通过链接。

contract-the-phishing-login-support-dm = 你好，这里是 { $service } 客服。我们发现你的账号有可疑活动。为了保护账号，请回复我们刚刚发到你手机上的 6 位验证码。
contract-the-phishing-login-choice-never-share = 不给。举报，改密码，检查双重验证。
contract-the-phishing-login-feedback-never-share = 完全正确。真正的客服绝不会向你要验证码。收到你没申请过的验证码，说明有人正想登录你的账号，换一个新的独立密码并开启双重验证，就能把他们挡在外面。
contract-the-phishing-login-choice-ignore-dm = 不理这条消息
contract-the-phishing-login-feedback-ignore-dm = 不发验证码是对的。但那个验证码说明，可能已经有人拿到了你的密码。改掉它，开启双重验证，并举报这个账号。
contract-the-phishing-login-choice-send-code = 把验证码发过去，好让他们帮忙
contract-the-phishing-login-feedback-send-code = 学习的机会：那个验证码就是你账号的钥匙。任何向你要验证码的人，不管看起来多正式，都是想登进你的账号。
contract-the-phishing-login-secured = 你举报了这条消息，设置了一个新的独立密码，并开启了双重验证。接着{ $friend }发来消息：“你也收到那封 { $service } 邮件了吗？我差点就点了。”你把你的经验发给了对方。

contract-the-phishing-login-hacked = 几分钟后你就登不进去了。你的密码被改了，你的账号正在给你的朋友们发消息：“帮个忙！把你刚收到的验证码发给我。”
contract-the-phishing-login-recover = 细心的人也会被盗号。现在最重要的是行动要快。你会怎么做？
contract-the-phishing-login-choice-recover = 用账号找回功能，改密码，提醒朋友，举报
contract-the-phishing-login-feedback-recover = 这是最快的恢复办法。在真正的应用里找回账号，换上新的独立密码，开启双重验证，再提醒朋友，就能阻止黑客冒用你的名义。也告诉信任的成年人。
contract-the-phishing-login-choice-new-account = 注册一个新账号，翻篇
contract-the-phishing-login-feedback-new-account = 重新开始能让你继续往前走。但黑客还拿着你的旧账号、你的照片和你的名义去骗你的朋友。找回并举报它，才能保护他们。
contract-the-phishing-login-choice-wait = 什么都不做。应该会自己解决吧。
contract-the-phishing-login-feedback-wait = 学习的机会：每过一小时，黑客就多一小时去骗你的朋友，或者把你永远锁在外面。现在找回并举报还不晚。
contract-the-phishing-login-recovered = 通过账号找回功能，你在一小时内就重新登录了。你开启了双重验证，提醒了朋友，还举报了那些假消息。{ $friend }说，你的提醒救了自己一把。

contract-the-phishing-login-end-safe = 你看穿了假邮件和“客服”的套路。换了新密码、开启了双重验证，你的账号牢牢锁住了。
contract-the-phishing-login-end-mixed = 你挺过来了，但骗局还在，你的信息也许还不安全。换上新的独立密码、开启双重验证并举报，才能堵上漏洞。
contract-the-phishing-login-end-recovered = 你上了钩，但随后迅速行动，找回了账号。新密码、双重验证、提醒朋友：这就是恢复的方法。
contract-the-phishing-login-end-harmful = 黑客还拿着你的账号，冒用你的名义骗你的朋友。现在还不晚：用账号找回功能，举报它，并告诉信任的成年人。
