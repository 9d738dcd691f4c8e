# 合约 / 攻击性：被盗的账号（16-18 岁）。朋友被盗的账号来借钱，又来要验证码。

contract-the-hacked-scam-title = 被盗的账号
contract-the-hacked-scam-summary = 一个亲近的人的账号发来消息：急需用钱。名字没错，头像也没错。可打字的真是本人吗？
contract-the-hacked-scam-remember = 真名字、真头像，证明不了是谁在打字。换个渠道核实，永远不要转钱、不要给登录验证码。不小心上当了？尽快告诉信任的大人。

contract-the-hacked-scam-app = { $app }
contract-the-hacked-scam-app-chirrup = Chirrup
contract-the-hacked-scam-app-nattermill = Nattermill
contract-the-hacked-scam-app-quokka = Quokka Chat
contract-the-hacked-scam-adult-mum = 妈妈
contract-the-hacked-scam-adult-grandpa = 爷爷
contract-the-hacked-scam-adult-uncle = 卡里姆叔叔

contract-the-hacked-scam-npc-friend = { $friend }
contract-the-hacked-scam-npc-adult = { $adult }

contract-the-hacked-scam-intro = 周日晚上。{ $friend }这个周末去亲戚家了。你正心不在焉地看电影，{ $app }突然震动：是{ $friend }发来的消息。
contract-the-hacked-scam-intro-two-step = 自从那封钓鱼邮件之后，你的账号都换了新密码，也开了两步验证。不过，还不是每个人都这样。
contract-the-hacked-scam-ask = 在吗在吗，是我。太倒霉了。钱包在车站丢了，手机也快没电了。能给我转点钱买回家的车票吗？明天就还你，保证

contract-the-hacked-scam-spot = 这是{ $friend }的账号。可打字的是{ $friend }本人吗？点出这条消息露馅的地方。
contract-the-hacked-scam-card-body = 钱包丢了，能转点钱买车票吗？转到我表哥的账户。别打电话，手机快没电了。末班车还有20分钟！
contract-the-hacked-scam-part-name = 顶部的名字和头像
contract-the-hacked-scam-feedback-name = 不算线索。这确实是{ $friend }的账号，所以名字和头像都是真的。这个骗局就是靠这个得逞的：账号是真的，打字的人却未必是。
contract-the-hacked-scam-part-old-chat = 昨天聊周末的消息
contract-the-hacked-scam-feedback-old-chat = 不算线索：这是你们以前真实的聊天。但现在掌握账号的人也能看到，还能照着它，学{ $friend }的口气说话。
contract-the-hacked-scam-part-no-call = “别打电话，手机快没电了”
contract-the-hacked-scam-feedback-no-call = 对。身边的人真遇到麻烦，会想听到你的声音。“别打电话”正好挡住了唯一能揭穿骗局的核实办法。
contract-the-hacked-scam-part-hurry = “末班车还有20分钟！”
contract-the-hacked-scam-feedback-hurry = 没错。时间卡得这么紧，就是要催你不假思索地行动。真有麻烦，也等得起打个电话的一分钟。
contract-the-hacked-scam-part-payee = 转到“表哥”的账户，户名却是个陌生人
contract-the-hacked-scam-feedback-payee = 大线索。把钱转进别人的账户，正是这个骗局的核心：钱一转过去，就很难再追回来。
contract-the-hacked-scam-pic-status = 在线
contract-the-hacked-scam-pic-yesterday = 昨天
contract-the-hacked-scam-pic-old-them = 周一见！！
contract-the-hacked-scam-pic-old-you = 在亲戚家玩得开心
contract-the-hacked-scam-pic-ask = 钱包丢了，能转点钱买车票吗？
contract-the-hacked-scam-pic-no-call = 别打电话，手机快没电了
contract-the-hacked-scam-pic-hurry = 末班车还有20分钟！！
contract-the-hacked-scam-pic-payee = 收款人：D. Marsh，4471 0093（我表哥）
contract-the-hacked-scam-pic-send = 转账

contract-the-hacked-scam-what-now = 账号是{ $friend }的，消息可不一定。你怎么办？
contract-the-hacked-scam-choice-call = 先打{ $friend }平时的号码，确认一下是不是本人。
contract-the-hacked-scam-feedback-call = 说到点子上了。换个渠道核实，是盗号的人过不了的一关：他有账号，却没有{ $friend }的声音和手机。
contract-the-hacked-scam-choice-quiz = 问个只有{ $friend }知道的问题，答对了就信。
contract-the-hacked-scam-feedback-quiz = 先核实是对的。可在同一个聊天里提问，问题还是落到同一个人手里：掌握账号的人，能翻你们的聊天记录找答案。还是打电话吧。
contract-the-hacked-scam-choice-send = 现在就转。换成是我，{ $friend }也会帮忙。
contract-the-hacked-scam-feedback-send = 学习的机会：想帮身边的人是好心，而这个骗局利用的正是这份好心。这不是你的错。接下来怎么做，才最重要。

contract-the-hacked-scam-quizzed = 哈哈 你生日那天去的猫咖啊。这下放心了吧？？快点啊，末班车九点就开了
contract-the-hacked-scam-still-pushing = 答对了。可你们以前的聊天里到处是这样的答案，掌握账号的人都看得到。现在呢？
contract-the-hacked-scam-choice-call-now = 不打字了，直接打那个号码确认。
contract-the-hacked-scam-feedback-call-now = 补救得好。打给你熟悉的号码，找到的就是真正的{ $friend }，不管现在是谁拿着账号。
contract-the-hacked-scam-choice-they-knew = 连猫咖都知道，那我就信任了。现在就把钱转过去。
contract-the-hacked-scam-feedback-they-knew = 学习的机会：掌握账号的人能看到你们全部的聊天记录。答对问题，只说明他会往上翻。
contract-the-hacked-scam-choice-send-half = 为了安全先转一半，剩下的明天再说。
contract-the-hacked-scam-feedback-send-half = 学习的机会：一半也是转给陌生人的钱，还让对方知道你肯付钱。先弄清是谁在要钱，再决定要不要转。

contract-the-hacked-scam-called = 你拨通{ $friend }的电话，对方马上接了：“什么钱？我在阿姨家，手机好好的。那不是我！”停了一下。“等等，我登不上账号了。”
contract-the-hacked-scam-help-friend = { $friend }的声音都在发抖：“有人改了我的密码，正用我的名字给所有人发消息。我该怎么办？”
contract-the-hacked-scam-choice-recover = 用应用里的“账号被盗”页面找回吧，我来举报。
contract-the-hacked-scam-feedback-recover = 完全正确。应用自己的找回页面能让{ $friend }拿回账号，新密码加两步验证把盗号的人挡在外面，你的举报能帮应用阻止他。
contract-the-hacked-scam-choice-new-account = 注册个新号，再跟所有人说这个新号才安全。
contract-the-hacked-scam-feedback-new-account = 从头再来听着简单。可旧账号里还有{ $friend }的名字、照片和联系人，盗号的人会继续用。还是用找回页面把它拿回来。
contract-the-hacked-scam-choice-tell-off = 我去给盗号的人发消息，告诉他马上把号还回来。
contract-the-hacked-scam-feedback-tell-off = 学习的机会：替身边的人出头很仗义，但和盗号的人争吵，只会给他观众和新点子。对他一个字都别说：找回、举报、提醒大家。
contract-the-hacked-scam-recovering = { $friend }按应用里“账号被盗”的步骤操作，你也举报了那些消息。新密码、两步验证、其他设备全部退出。一小时后，来了一条消息。
contract-the-hacked-scam-pic-secured = 账号已保护
contract-the-hacked-scam-pic-new-password = 已设置新密码
contract-the-hacked-scam-pic-two-step = 两步验证：已开启
contract-the-hacked-scam-pic-devices = 其他设备已退出
contract-the-hacked-scam-new-account = { $friend }发了一条“这是我的新号！”，可旧号还在不停地找全班借钱。最后还是去用了找回页面。一小时后，来了一条消息。
contract-the-hacked-scam-taunts = 哈哈。转50，说不定就还给你。说不定哦。
contract-the-hacked-scam-taunts-after = 你不再回复。{ $friend }通过应用的找回页面拿回了账号：新密码、两步验证。一小时后，来了一条消息。

contract-the-hacked-scam-screenshots = 这回真的是我，号找回来了！新密码，也开了两步验证。谢谢你打电话。能把它给你发的消息截图发我吗？举报要用
contract-the-hacked-scam-choice-send-shots = 发过去。我们刚通过电话，我确认这是本人。
contract-the-hacked-scam-feedback-send-shots = 做得好。你核实过了，现在又是{ $friend }本人。核实不等于永远怀疑一切：截图能帮应用处理举报。
contract-the-hacked-scam-choice-no-shots = 抱歉，我不会再信任这个号了。没有截图你也能举报吧。
contract-the-hacked-scam-feedback-no-shots = 小心是好事，但你已经核实过了：你们通过电话，账号也回到了本人手里。什么都怀疑，反而让身边的人得不到需要的帮助。
contract-the-hacked-scam-choice-delete-chat = 马上删掉整个聊天，不想留在手机里。
contract-the-hacked-scam-feedback-delete-chat = 学习的机会：想删掉的心情可以理解，但聊天记录是骗局的证据。先留着，再截好图，等举报处理完。
contract-the-hacked-scam-shots-sent = 收到，举报已提交。真的谢谢你
contract-the-hacked-scam-no-shots = 好吧，我理解。那我不带截图举报了。不过这样很难说清发生了什么
contract-the-hacked-scam-deleted = 聊天没了，钱原本要转去的那个账户，唯一的记录也跟着没了。

contract-the-hacked-scam-compose = 昨晚那个账号找了半个班的人借钱。在班级群里发个提醒吧：有用的放进去，没用的留在外面。
contract-the-hacked-scam-compose-to = 班级群
contract-the-hacked-scam-ph-hacked = { $friend }的账号昨晚被盗了。
contract-the-hacked-scam-why-hacked = 先把发生了什么说清楚。这样大家就知道，那些消息不是{ $friend }发的。
contract-the-hacked-scam-ph-link = 这是它发的消息和链接，方便大家认出来。
contract-the-hacked-scam-why-link = 听着有用，可这等于把骗局连同链接又转了一遍，总会有人点开。用你自己的话描述那条消息就好。
contract-the-hacked-scam-ph-no-money = 不管它说什么，都别转钱，也别给任何验证码。
contract-the-hacked-scam-why-no-money = 这正是盗号的人想要的两样东西。说清楚，就能保护收到同样消息的每个人。
contract-the-hacked-scam-ph-sorry = 不好意思，消息有点长。
contract-the-hacked-scam-why-sorry = 放不放都行。客气话在这里改变不了什么，也没有坏处。
contract-the-hacked-scam-ph-tell-off = 我们一起回复，告诉盗号的人我们怎么看他！
contract-the-hacked-scam-why-tell-off = 生气可以理解。可回复会给盗号的人观众，还给他骗到新人的机会。对他什么都别说。
contract-the-hacked-scam-ph-report = 收到消息了？举报它，再打给{ $friend }确认一下。
contract-the-hacked-scam-why-report = 举报能帮应用阻止盗号的人，打电话则让每个人都能确认那是不是真的{ $friend }。
contract-the-hacked-scam-ph-blame = 说实话，{ $friend }的密码本来就该设得更牢一点。
contract-the-hacked-scam-why-blame = 别放进去。谨慎的人也会被盗号，责怪被盗的人，只会让人更难开口。
contract-the-hacked-scam-warned = 提醒发出去了。几分钟内：“它也找我了！”“谢谢，我差点就转了。”再也没人付钱。

contract-the-hacked-scam-sent = 你真是救了我的命！！哦对了，我不小心把一个验证码发到你手机上了。能发给我吗？
contract-the-hacked-scam-pic-code = { $app }登录验证码：519 204
contract-the-hacked-scam-pic-code-warning = 请勿向任何人透露此验证码。
contract-the-hacked-scam-pic-code-ask = 能把那个验证码发我吗？
contract-the-hacked-scam-code-choice = 这个验证码能登录的是你自己的{ $app }账号。拿到它的人能把你挤出账号，再冒充你给朋友发消息。你怎么办？
contract-the-hacked-scam-choice-tell-now = 什么都不发，现在就把聊天拿给{ $adult }看。
contract-the-hacked-scam-feedback-tell-now = 这是最勇敢的一步。大人越早知道，银行越早能设法拦下这笔钱。你不会因此挨骂：这个骗局连谨慎的人都会上当。
contract-the-hacked-scam-choice-block-quiet = 验证码不给，拉黑账号，钱就算了。
contract-the-hacked-scam-feedback-block-quiet = 不给验证码是对的，拉黑也能挡住发给你的消息。可钱只有在有人迅速行动时才可能追回，而盗号的人还在找你的同学。
contract-the-hacked-scam-choice-send-code = 发吧，明天再把聊天拿给{ $adult }看。
contract-the-hacked-scam-feedback-send-code = 学习的机会：登录验证码就是你账号的钥匙，这事不能等到明天。谁都不需要你的验证码，朋友不需要，“客服”也不需要。现在求助还来得及。
contract-the-hacked-scam-blocked-quiet = 你拉黑了那个账号，验证码留在自己手里。你的账号没事。钱没了，那个账号还在给你的同学发消息。
contract-the-hacked-scam-own-hacked = 一分钟后，你被挤出了{ $app }。现在，是你自己的账号在找你的朋友借钱。
contract-the-hacked-scam-morning = 第二天早上。钱没了，心里很难受。这不是你的错：这类骗局就是专门用来骗谨慎的人的。现在怎么办？
contract-the-hacked-scam-choice-show-adult = 全都给{ $adult }看，连丢人的那部分也是。
contract-the-hacked-scam-feedback-show-adult = 这需要勇气，也是正确的一步。大人可以打电话给银行，帮你举报那个账号，再把你的账号找回来。说出来，事情才能停下。
contract-the-hacked-scam-choice-keep-quiet = 这事就当隐私吧。太丢人了，现在谁也帮不了。
contract-the-hacked-scam-feedback-keep-quiet = 学习的机会：骗子就靠人觉得丢人，才能一直藏着。银行和应用往往还能处理，信任的大人会帮你，不会责怪你。
contract-the-hacked-scam-choice-ask-back = 找{ $adult }借钱补上，不告诉任何人为什么。
contract-the-hacked-scam-feedback-ask-back = 学习的机会：用借来的钱补上窟窿，只会把骗局藏起来。银行和应用只有知道了才能处理。把整件事告诉{ $adult }吧，你不会挨骂。
contract-the-hacked-scam-kept-quiet = 你谁也没说。到了晚上，班里又有两个人给同一个“表哥”转了钱。
contract-the-hacked-scam-asked-back = { $adult }什么也没问就把钱借给了你。没有人举报，到了晚上，那个账号又找了班里两个同学。

contract-the-hacked-scam-adult-helps = 谢谢你告诉我。你没有惹麻烦，这也不是你的错。我们先打电话给银行说钱的事，再举报那个账号，然后给你的账号开两步验证。
contract-the-hacked-scam-adult-call = 接着，{ $adult }打给{ $friend }，开了免提。“什么？！那不是我！真对不起。我现在就去找回账号。”一小时后，来了一条消息。

contract-the-hacked-scam-end-safe = 你先核实再信任。{ $friend }拿回了账号，开了两步验证，骗局已被举报，班里再没有人付钱。
contract-the-hacked-scam-end-recovered = 骗局先骗到了你，然后你扭转了局面：{ $adult }帮你打给银行、举报了账号，你的提醒也保护了全班。这不是你的错。
contract-the-hacked-scam-end-harmful = 钱没了，盗号的人还在用这些账号继续要钱。这不是你的错。任何时候告诉信任的大人都不晚，他们能帮你联系银行、举报账号。

contract-the-hacked-scam-trace-reported = 已举报：从{ $friend }被盗账号发出的借钱消息。
contract-the-hacked-scam-trace-reported-advice = 任何账号找你要钱或验证码，哪怕是朋友的账号，都先打对方平时的号码核实。永远不要透露登录验证码。

# Last decision: a fake "support" message asks for a sign-in code.
contract-the-hacked-scam-last-message = 后来，又来了最后一条消息，发件账号叫“{ $app } 客服”：“您的联系人出现异常活动。请在 1 小时内回复我们刚发给您的验证码，否则您的账号将被关闭。”
contract-the-hacked-scam-choice-no-code = 验证码谁都不给，永远不给。关掉这条，我自己打开{ $app }看看。
contract-the-hacked-scam-feedback-no-code = 完全正确。真正的客服从不索要验证码，“一小时内”的期限和“末班车”是同一个套路。如果真有问题，应用自己会显示给你看。
contract-the-hacked-scam-choice-give-code = 把验证码发给他们吧，免得{ $app }把我的号也封了。
contract-the-hacked-scam-feedback-give-code = 学习的机会：登录验证码就是你账号的钥匙，真正的客服从来不会要。吓人的期限，和“末班车”是同一个套路。
contract-the-hacked-scam-code-given = 几分钟后，你被挤出了{ $app }。你马上告诉了{ $adult }，你们一起用找回页面拿回账号，把其他设备全部退出，赶在任何人收到消息之前。
