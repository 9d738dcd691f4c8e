# 接触 / 商业：招聘信息（16–18 岁）。“跑分”洗钱和出售账户。

contact-the-job-offer-title = 兼职邀请
contact-the-job-offer-summary = 一个陌生人说，只要让钱从你的银行账户过一下，就能轻松赚钱。
contact-the-job-offer-remember = 正规工作从不需要你的网银登录信息，也不会让你替陌生人转钱。拒绝、举报，并马上告诉成年人或你的银行。

contact-the-job-offer-app = { $app }
contact-the-job-offer-app-pingpost = Pingpost
contact-the-job-offer-app-chatwhirl = Chatwhirl
contact-the-job-offer-app-natterly = Natterly
contact-the-job-offer-agent-jess = 佳佳 | 远程工作
contact-the-job-offer-agent-marco = 马可 | 快速到账
contact-the-job-offer-agent-dani = 丹丹 | 副业赚钱
contact-the-job-offer-friend-tariq = 唐奇
contact-the-job-offer-friend-lena = 李娜
contact-the-job-offer-friend-ines = 尹思
contact-the-job-offer-adult-mum = 妈妈
contact-the-job-offer-adult-dad = 爸爸
contact-the-job-offer-adult-aunt = 丽娜阿姨

contact-the-job-offer-npc-agent = { $agent }
contact-the-job-offer-npc-friend = { $friend }
contact-the-job-offer-npc-adult = { $adult }

contact-the-job-offer-intro = 考试结束了，你正在攒钱学车。在 { $app } 上，一个你从没见过的人发来了消息请求：{ $agent }。

contact-the-job-offer-offer = 你好！看到了你的主页。想用手机每周赚 300 吗？无需经验，每天 10 分钟，每周五结算。有兴趣吗？
contact-the-job-offer-choice-company = 这是哪家公司？把网站和合同发给我。
contact-the-job-offer-feedback-company = 聪明。正规雇主有名称、网站、合同和面试。凭空找上门、承诺不干活就能赚大钱的工作，是典型的诈骗开场。
contact-the-job-offer-choice-how = 听起来不错。具体怎么做？
contact-the-job-offer-feedback-how = 答应之前先问清楚是明智的。但陌生人突然发来“轻松赚钱”的消息，本身就是危险信号，所以要保持警惕。
contact-the-job-offer-choice-in = 我干！需要我提供什么？
contact-the-job-offer-feedback-in = 学习的机会：钱来得太容易，通常会让你在别的地方付出代价。骗子就指望你一激动就不问问题。

contact-the-job-offer-dodges = 我们是一家国际支付公司，出于隐私考虑没有网站。工作内容：钱打进你的账户，你留 20%，剩下的转出去。百分百合法，我保证。
contact-the-job-offer-eager = 喜欢你的干劲！工作很简单：钱打进你的账户，你留 20%，剩下的转出去。一个月下来你赚得比同学都多。
contact-the-job-offer-friend-says = { $agent }也给你发消息了？？我们年级一半人都收到了。有人说已经赚了 300，那应该是真的吧？

contact-the-job-offer-details = 所以，你干不干？今天就把银行卡信息和手持身份证自拍发过来，名额快没了。或者我直接花 150 买你的网银登录信息。这事就我们俩知道，好吗？
contact-the-job-offer-choice-report = 不。我要举报，并告诉{ $adult }。
contact-the-job-offer-feedback-report = 完全正确。你的银行信息和身份证件要自己保管好，谁也不能催你。这就是“跑分”洗钱；举报它，也是在保护{ $friend }和你们整个年级。
contact-the-job-offer-choice-block = 不用了，谢谢。屏蔽，继续过我的日子。
contact-the-job-offer-feedback-block = 屏蔽保住了你的信息。但{ $agent }正在给你们年级一半的人发消息，总会有人答应。举报并告诉成年人，能帮所有人制止这件事。
contact-the-job-offer-choice-send = 发送我的银行卡信息和手持身份证自拍
contact-the-job-offer-feedback-send = 学习的机会：有了你的银行信息和身份证件，骗子就能用你的名义转移赃款，或者冒充你开户。“这事就我们俩知道”是危险信号。
contact-the-job-offer-adult-helps = 做得对。这就是“跑分”洗钱：所谓的“工作”，其实是让赃款经过年轻人的账户。就算是被骗的，这也是犯罪，所以拒绝就是在保护你自己。我们去举报，再提醒一下{ $friend }。

contact-the-job-offer-money-lands = 两天后，一个你不认识的名字往你账户里打了 2000。{ $agent }：“一小时内把 1600 转到这个账户。敢告诉别人，惹上麻烦的就是你。”
contact-the-job-offer-way-back = 这就是“跑分”洗钱。这笔钱很可能是赃款，即使你是被骗的，转移它也可能构成犯罪。骗子用恐惧让你闭嘴。现在寻求帮助，最能保护你。
contact-the-job-offer-choice-tell-bank = 不转。告诉{ $adult }，马上给银行打电话。
contact-the-job-offer-feedback-tell-bank = 这是正确的做法，也很勇敢。尽早站出来是你最好的保护：银行可以冻结这笔钱，这也能证明你是被利用的那个人。
contact-the-job-offer-choice-block-only = 不转，只屏蔽{ $agent }
contact-the-job-offer-feedback-block-only = 不转钱是对的。但赃款还在你的账户里，银行会想知道怎么回事。现在告诉成年人和银行，才能保护你。
contact-the-job-offer-choice-forward = 照对方说的转出去
contact-the-job-offer-feedback-forward = 学习的机会：威胁是骗子让你不停帮他们转钱的手段。你不是一个人，现在也不晚：你的银行和信任的成年人仍然能帮你。
contact-the-job-offer-bank-helps = 你告诉了我，我为你骄傲。我们一起给银行打了电话：他们冻结了这笔钱，并上报了那个账户。他们可能还会问一些问题，我们一起回答。

contact-the-job-offer-end-safe = 你识破了“轻松赚钱”的陷阱，保护了个人信息，还举报了它。你的名字、你的银行账户和你的未来，都还是你自己的。
contact-the-job-offer-end-mixed = 你离开了{ $agent }，但骗局还在，也没有成年人知道。举报并告诉别人，能保护你，也能保护下一个人。
contact-the-job-offer-end-recovered = 事情走得比你想的远，但你及早说了出来，得到了帮助。这是最好的保护。
contact-the-job-offer-end-harmful = 你现在在帮骗子转钱，威胁也一直没停。现在也不晚：告诉信任的成年人，给你的银行打电话。站出来就是在保护你自己。
