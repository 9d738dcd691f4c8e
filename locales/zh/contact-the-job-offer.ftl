# 接触 / 商业：招聘信息（16–18 岁）。假工作：先交费、要证件、跑分洗钱。

contact-the-job-offer-title = 招聘信息
contact-the-job-offer-summary = 一个陌生人给你介绍轻松的网上兼职，但要你先交报名费，再发身份证件和银行信息。
contact-the-job-offer-remember = 真正的工作不会让你先交钱，不会在聊天里要你的证件，也不会让钱经过你的账户转走。保存证据，举报，并让你信任的大人介入。

contact-the-job-offer-app = { $app }
contact-the-job-offer-app-pingpost = Pingpost
contact-the-job-offer-app-chatwhirl = Chatwhirl
contact-the-job-offer-app-natterly = Natterly
contact-the-job-offer-agent-jess = 佳佳 | 远程工作
contact-the-job-offer-agent-marco = 马可 | 快速到账
contact-the-job-offer-agent-dani = 丹丹 | 副业赚钱
contact-the-job-offer-adult-mum = 妈妈
contact-the-job-offer-adult-dad = 爸爸
contact-the-job-offer-adult-aunt = 丽娜阿姨

contact-the-job-offer-npc-agent = { $agent }
contact-the-job-offer-npc-friend = { $friend }
contact-the-job-offer-npc-adult = { $adult }

contact-the-job-offer-intro = 考试结束了，你正在攒钱学车，于是在 { $app } 上建了个主页找工作。已经有一条消息请求在等你，来自一个你从没见过的人：{ $agent }。

# The world remembers: the account hacked in The Phishing Login, never taken back, is still messaging friends.
contact-the-job-offer-old-account = 诶，这是你吗？你那个存照片的账号刚给我发消息：“帮个忙！把你刚收到的验证码发给我。”我什么都还没发
contact-the-job-offer-old-account-choice = 这就是钓鱼邮件里的那个账号：它还在别人手里。细心的人也会遇到这种事，你现在还能把它拿回来。你会怎么做？
contact-the-job-offer-choice-old-recover = 在真正的应用里找回，开两步验证，再举报盗号。
contact-the-job-offer-choice-old-warn-friend = 告诉{ $friend }什么都别发，账号就先不管了。
contact-the-job-offer-choice-old-leave = 算了吧，那个账号我早就不用了。
contact-the-job-offer-feedback-old-recover = 这样就补救好了。在真正的应用里找回账号、换新密码能把对方赶出去，两步验证让他们回不来，举报能提醒平台。也提醒朋友，并告诉一位信任的大人。
contact-the-job-offer-feedback-old-warn-friend = 提醒{ $friend }很贴心，也保护了对方。但这个账号还在用你的名字联系其他人。去真正的应用里把它拿回来：换新密码，开两步验证，举报盗号。
contact-the-job-offer-feedback-old-leave = 学习的机会：不用的账号也还带着你的名字，拿着它的人可以继续骗你的朋友。现在还不晚：把它找回来，或者请一位信任的大人帮忙。
contact-the-job-offer-old-account-fixed = 账号找回成功：你重新登录，换了新密码，开了两步验证。你发了一条“那不是我，谁都别发验证码”，{ $friend }回了个点赞。
contact-the-job-offer-old-account-warned = { $friend }什么都没发。可同样的消息已经发给了你所有的联系人，你看不到谁回复了。
contact-the-job-offer-old-account-left = 一小时后，{ $friend }又发来消息：“已经有两个人把验证码发给它了。”还有人在冒用你的名字。现在把账号拿回来还不晚。

contact-the-job-offer-setup = 打开之前，先设置好你的新主页。你想在附近找工作，所以雇主要能看到你的作品，也要能联系到你。但你的手机号、家庭住址和生日不该给陌生人看，也不该交给别的公司。
contact-the-job-offer-set-portfolio = 谁能看到我的作品集
contact-the-job-offer-val-portfolio-everyone = 所有人
contact-the-job-offer-val-portfolio-connections = 我加过的人
contact-the-job-offer-val-portfolio-only-me = 仅自己
contact-the-job-offer-why-portfolio-everyone = 选得对。你希望雇主找到你的作品，所以让所有人都能看到。作品可以公开，联系方式、住址和生日不公开。
contact-the-job-offer-why-portfolio-connections = 这样很安全，但还不认识你的雇主就找不到你的作品了。这里“所有人”更合适：作品公开，个人信息不公开。
contact-the-job-offer-why-portfolio-only-me = 什么都不会泄露，但也没有雇主能看到你的作品。这里“所有人”更合适：作品拿出来，个人信息留给自己。
contact-the-job-offer-set-contact = 雇主怎么联系我
contact-the-job-offer-val-contact-phone = 手机号和邮箱
contact-the-job-offer-val-contact-messages = 应用内私信
contact-the-job-offer-val-contact-none = 无法联系
contact-the-job-offer-why-contact-phone = 学习的机会：公开的手机号和邮箱谁都能用，骗子也能，还会把聊天带离应用。选“应用内私信”，雇主不用它们也能联系你。
contact-the-job-offer-why-contact-messages = 选得对。雇主能联系到你，手机号留在自己手里，聊天也留在应用里，遇到假账号可以直接举报。
contact-the-job-offer-why-contact-none = 没人能打扰你，但也没有雇主能给你工作机会。“应用内私信”更合适：他们能联系你，手机号也不用公开。
contact-the-job-offer-set-location = 主页上显示的位置
contact-the-job-offer-val-location-exact = 精确位置
contact-the-job-offer-val-location-town = 所在城市
contact-the-job-offer-val-location-hidden = 不显示
contact-the-job-offer-why-location-exact = 学习的机会：精确位置会让陌生人知道你住在哪里。雇主只要知道你所在的城市，就知道你能去上班。
contact-the-job-offer-why-location-town = 选得对。所在城市能让雇主知道你能去附近上班，又不会让任何人知道你住在哪里。
contact-the-job-offer-why-location-hidden = 这样很安全，但想找本地人的雇主可能会错过你。“所在城市”更合适：对雇主有用，也不暴露你住在哪里。
contact-the-job-offer-set-birthday = 谁能看到我的出生日期
contact-the-job-offer-val-birthday-everyone = 所有人
contact-the-job-offer-val-birthday-connections = 我加过的人
contact-the-job-offer-val-birthday-only-me = 仅自己
contact-the-job-offer-why-birthday-everyone = 学习的机会：出生日期能帮陌生人冒充你，还会让人知道你年纪还小。“仅自己”更合适：真正的雇主问起时，再告诉他们你的年龄。
contact-the-job-offer-why-birthday-connections = 比所有人可见好，但你加的每个人都能看到，包括不太熟的人。“仅自己”更合适：真正的雇主问起时，再告诉他们你的年龄。
contact-the-job-offer-why-birthday-only-me = 选得对。展示作品用不着生日。真正的雇主如果需要知道你的年龄，你可以在申请时告诉他们。
contact-the-job-offer-set-partners = 把我的资料分享给合作伙伴
contact-the-job-offer-val-partners-yes = 是
contact-the-job-offer-val-partners-no = 否
contact-the-job-offer-why-partners-yes = 学习的机会：这会把你的主页资料交给你从没选过的公司，用来投广告等。“否”更合适：你的资料只给你自己选的雇主。
contact-the-job-offer-why-partners-no = 选得对。你的资料只给你选的雇主，不会流向你从没听说过的公司。

contact-the-job-offer-offer = 你好！看到你的主页了。我们在招 16 岁以上的“支付助理”。用手机每周赚 300，每天 10 分钟，不用面试。有兴趣吗？
contact-the-job-offer-pic-hiring = 招聘中：16 岁以上
contact-the-job-offer-pic-job-title = 支付助理
contact-the-job-offer-pic-pay = 每周 300
contact-the-job-offer-pic-hours = 每天 10 分钟，用手机就行
contact-the-job-offer-pic-no-interview = 无需面试
contact-the-job-offer-pic-apply = 立即申请
contact-the-job-offer-choice-proof = 听着太好了。发点别人拿到钱的证明，我核实一下。
contact-the-job-offer-feedback-proof = 起疑心是对的。但由对方自己发来的“证明”很容易造假：截图和标志一分钟就能做出来。要在对方控制不了的地方，自己去查这家公司。
contact-the-job-offer-choice-lookup = 公司叫什么名字？我要先自己上网查一查。
contact-the-job-offer-feedback-lookup = 聪明。你离开聊天，自己去查了这家公司。真正的雇主有注册名称、真实网站，还要面试。高薪、不用面试、突然找上门：这是骗局的开场。
contact-the-job-offer-choice-in = 每天 10 分钟，每周 300？我干！下一步呢？
contact-the-job-offer-feedback-in = 学习的机会：钱来得太容易时，往往要用别的东西来付出代价。骗子就指望你一兴奋，就顾不上多问。
contact-the-job-offer-c-proof = 当然！这是我们三位助理的工资单，还有印着我们标志的合同。看到没？全都是正规的。我们的助理都很满意。
contact-the-job-offer-c-lookup = { $agent } 说公司叫“Swiftline Payments”。你自己一查：没有注册记录，网站上周才建，还有一个论坛帖子：“跑分洗钱骗局，别回复”。
contact-the-job-offer-pic-company = Swiftline Payments
contact-the-job-offer-pic-site = Swiftline Payments：在家轻松赚钱
contact-the-job-offer-pic-site-age = 网站上周才建
contact-the-job-offer-pic-register = 企业注册信息：无结果
contact-the-job-offer-pic-forum = “跑分洗钱骗局，别回复”
contact-the-job-offer-c-in = 就喜欢你这股劲！一个月就能比同学赚得多。开始前还有几件小事要办。
# 世界记得：你在《招募者》里举报过的账号，用的是同样的步骤。
contact-the-job-offer-familiar = 眼熟吗？一个陌生人找上你，很友好，给你一件轻松的好事。{ $stranger } 在游戏服务器里也是这么做的，你举报过对方。留意下一步：要你保密。

contact-the-job-offer-details = 工作是这样的：钱打进你的账户，你留 20%，剩下的转出去。开始前：交 25 报名费，发银行信息和身份证照片。只剩 3 个名额了。这事就我们俩知道，好吗？
contact-the-job-offer-pic-get-started = 开始前
contact-the-job-offer-pic-spots = 只剩 3 个名额！
contact-the-job-offer-pic-fee = 报名费：25
contact-the-job-offer-pic-bank = 你的银行信息
contact-the-job-offer-pic-id = 身份证照片
contact-the-job-offer-choice-send = 才 25。我交钱、发证件，然后就开始。
contact-the-job-offer-feedback-send = 学习的机会：真正的工作不会让你先交钱，也不会在聊天里要证件。有了你的证件和银行信息，骗子就能用你的名义转移赃款。
contact-the-job-offer-choice-warn = 别想了。我知道这是骗局，我要举报你。
contact-the-job-offer-feedback-warn = 识破骗局、守住信息是对的。但提醒骗子，等于告诉他们赶紧删掉证据，换个名字重来。先悄悄保存，再举报、屏蔽。
contact-the-job-offer-choice-report = 先把整段聊天截图，然后举报这个账号。
contact-the-job-offer-feedback-report = 顺序很对：先留证据，再举报，平台才能封掉账号。报名费、证件、银行信息，还有“就我们俩知道”：一条消息里四个危险信号。
contact-the-job-offer-choice-block = 没兴趣。我把他们拉黑，聊天也删掉。
contact-the-job-offer-feedback-block = 拉黑保护了你的信息。但删掉聊天也删掉了证据，而这个账号还在给别人发消息。先截图，再举报，最后拉黑。
contact-the-job-offer-c-reported = 你把整段聊天截了图，并举报了这个账号。应用说正在处理。{ $agent } 不再出声了。
contact-the-job-offer-pic-report-title = 举报账号
contact-the-job-offer-pic-reason-scam = 诈骗或欺诈
contact-the-job-offer-pic-reason-spam = 垃圾信息
contact-the-job-offer-pic-reason-fake = 虚假账号
contact-the-job-offer-pic-attached = 3 张截图
contact-the-job-offer-pic-thanks = 谢谢，我们正在处理。
contact-the-job-offer-c-warned = { $agent } 回了句“哈哈祝你好运”。消息一条条被撤回，接着账号也消失了。什么也截不了、举报不了了。
contact-the-job-offer-c-blocked = 拉黑了，也删了。屏幕上干干净净。可当天晚上，同样的招聘还在发给别人。
contact-the-job-offer-c-sent = 你交了钱，发了照片。两天后，一个陌生名字给你的账户打来 2000。{ $agent }：“一小时内把 1600 转到这个账户。敢告诉任何人，惹上麻烦的就是你。”

contact-the-job-offer-friend = 你也收到那个每周 300 的兼职消息了吗？？我们年级一半人都收到了。听说有人已经拿到钱了，应该是真的吧？我今晚就把身份证发过去
contact-the-job-offer-choice-post = 我把它发到年级群里，提醒大家都注意安全。
contact-the-job-offer-feedback-post = 想提醒大家是好心。但一条展示招聘内容的帖子，也在传播它，连账号名一起，总有人会去私信“问问而已”。提醒时别展示它，再找大人出面。
contact-the-job-offer-choice-show = 等等，先别发。今晚我们一起拿给{ $adult }看。
contact-the-job-offer-feedback-show = 做得好。你在{ $friend }发出去之前拦住了，{ $adult }还能请学校提醒整个年级。朋友之间很难解决，大人才能采取行动。
contact-the-job-offer-choice-just-block = 别理他们。直接拉黑，把这事忘了。
contact-the-job-offer-feedback-just-block = 对{ $friend }来说是好建议。但半个年级都收到了，总有人会答应。拉黑只保护一个人；大人可以让学校和平台提醒所有人。
contact-the-job-offer-c-adult = 你们俩做得对。这就是“跑分”：假“工作”让赃款经过年轻人的账户。这是严重的犯罪，还可能让你的银行账户被封。我会请学校提醒所有人。
contact-the-job-offer-c-posted = 你的帖子收到 60 个回应。但它展示了整条招聘，连账号名都在，当晚就有好几个人去私信那个“招聘者”，说只是问问。
contact-the-job-offer-c-just-blocked = { $friend }把他们拉黑了。可这条招聘还在年级里传，能阻止它的人却都不知道。

contact-the-job-offer-sam = 天哪。我们班的小杉回复了。2000 刚打进小杉的账户，他们在威胁小杉把钱转出去。小杉说千万别告诉任何人！！
contact-the-job-offer-choice-respect = 小杉说别告诉任何人。我们应该尊重。
contact-the-job-offer-feedback-respect = 学习的机会：“别告诉任何人”正是骗子想让小杉相信的话。替朋友保密是讲义气，但不能让人一直处在危险中。大人可以帮忙，而不是责怪。
contact-the-job-offer-choice-send-back = 叫小杉把钱原路退回去。就解决了。
contact-the-job-offer-feedback-send-back = 学习的机会：“退回去”仍然是在转移赃款，而打款的可能是另一个骗子账户。只有银行才能安全地撤回这笔钱。
contact-the-job-offer-choice-get-adult = 小杉一个人搞不定。我现在去找{ $adult }。
contact-the-job-offer-feedback-get-adult = 勇敢又正确。让人处在危险中的秘密，就该打破。{ $adult }可以帮小杉家里打电话给银行冻结这笔钱，被骗也不是小杉的错。
contact-the-job-offer-c-adult-sam = 你来找我是对的。小杉被骗，不是小杉的错。我们现在就给小杉的家长打电话，让他们一起联系银行，我也会告诉学校。
contact-the-job-offer-c-respect = 你什么也没说。小杉也不说话了，威胁还在继续。能帮忙的人都不知道。
contact-the-job-offer-c-send-back = 小杉把 2000 转回了打款的账户，那是另一个“跑分”账户，钱就这样继续流转。骗子还说小杉欠他们钱。小杉比之前更害怕了。

contact-the-job-offer-way-back = 这就是“跑分”。这笔钱很可能是赃款，把它转出去可能构成犯罪。被骗不是你的错，但骗子会用恐惧让你闭嘴。现在怎么办？
contact-the-job-offer-choice-call-bank = 钱一分不动。我和{ $adult }马上给银行打电话。
contact-the-job-offer-feedback-call-bank = 勇敢又正确。尽早站出来是最好的保护：银行可以冻结这笔钱，也能看出你才是被利用的人。受到威胁，说明你需要的是帮助，不是沉默。
contact-the-job-offer-choice-return = 这钱不是我的。我原路退给打款的人就行。
contact-the-job-offer-feedback-return = 学习的机会：“退回去”仍然是在转移赃款，而打款的可能是另一个骗子账户。只有你的银行能安全地撤回。现在打给银行还来得及。
contact-the-job-offer-choice-send-on = 就转这一次，然后把他们永久拉黑。
contact-the-job-offer-feedback-send-on = 学习的机会：“就这一次”正是开始，威胁会让它一直继续。事后拉黑也撤销不了。银行和你信任的大人仍然可以帮你。
contact-the-job-offer-c-bank = 你告诉我，我真为你骄傲，你没有惹麻烦。我们一起打给了银行：他们冻结了这笔钱，也举报了那个账户。如果他们有问题，我们一起回答。
contact-the-job-offer-c-returned = 你把 2000 转回了打款的那个账户。那是另一个“跑分”账户，钱就这样继续流转。{ $agent }：“谢了。下周照旧，不然我们就告诉银行是你干的。”
contact-the-job-offer-c-sent-on = 你转了 1600，拉黑了 { $agent }。第二天，一个新账号发来消息：“你的证件在我们手上。这周照旧，不然银行就会知道你的名字。”

contact-the-job-offer-end-safe = 你的证件和银行信息都留在自己手里，还在{ $friend }发出去之前，带着一起找了{ $adult }。现在，有能力出面的人正在提醒整个年级。
contact-the-job-offer-end-safe-late = 你守住了自己的信息。你的第一步没能阻止骗局，但当它骗到小杉时，你去找了{ $adult }，而不是沉默，小杉得到了真正的帮助。
contact-the-job-offer-end-mixed = 你守住了自己的信息。但没有一个大人知道小杉遇到了什么，骗局还在年级里传。你信任的大人现在仍然可以帮小杉，不会责怪任何人。
contact-the-job-offer-end-recovered = 事情走得比你想的远：你交了钱，发了证件，钱也到账了。但你没有动它，还找了{ $adult }和银行。钱被冻结了，你也得到了帮助。
contact-the-job-offer-end-harmful = 钱已经经过你的账户，骗子还拿着你的证件，威胁也没停。这不是你的错，现在也永远不晚：告诉你信任的大人，给银行打电话。他们会帮你。
