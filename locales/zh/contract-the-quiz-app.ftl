# 交易 / 商业：测试应用（13–15 岁），权限、社交账号登录、条款和数据使用

contract-the-quiz-app-title = 趣味测试应用
contract-the-quiz-app-summary = 一个好玩的“你是哪个角色？”测试，想要你的社交账号登录、通讯录、位置和麦克风。
contract-the-quiz-app-remember = 点“允许”之前，先看看应用是谁做的、它真正需要什么。要得太多就离开；已经拿走太多的话，信任的大人可以帮你收回来。

contract-the-quiz-app-app = { $app }
contract-the-quiz-app-npc-friend = { $friend }
contract-the-quiz-app-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contract-the-quiz-app-app-quizzo = Quizzo
contract-the-quiz-app-app-whoru = WhoRU
contract-the-quiz-app-app-vibequiz = Vibe Quiz
contract-the-quiz-app-show-moonfall = 月落学院
contract-the-quiz-app-show-starlight = 星光小队
contract-the-quiz-app-show-echo-city = 回声之城
contract-the-quiz-app-social-loopr = Loopr
contract-the-quiz-app-social-picstream = Picstream
contract-the-quiz-app-social-glimmr = Glimmr
contract-the-quiz-app-adult-mum = 妈妈
contract-the-quiz-app-adult-dad = 爸爸
contract-the-quiz-app-adult-uncle = 叔叔

contract-the-quiz-app-intro = 你们群里每个人都在发 { $app } 的测试结果：“你是《{ $show }》里的哪个角色？”{ $friend }测出了主角，还把链接发给了你。

contract-the-quiz-app-login-choice = 应用一打开就是一个大按钮：“用 { $social } 登录开始测试！我们会替你发布结果。”
contract-the-quiz-app-pic-question = 你是《{ $show }》里的哪个角色？
contract-the-quiz-app-pic-log-in-with = 用 { $social } 登录
contract-the-quiz-app-pic-post-for-you = 我们会替你发布结果！
contract-the-quiz-app-pic-guest = 以游客身份玩
contract-the-quiz-app-choice-check-maker = 这是谁做的？我先看看评价再说。
contract-the-quiz-app-feedback-check-maker = 聪明。在它拿到你任何东西之前，是谁做的、评价怎么说，就能告诉你它值不值得信任。
contract-the-quiz-app-choice-guest = 我用游客身份玩，这样账号更私密。
contract-the-quiz-app-feedback-guest = 不错：跳过登录，你的 { $social } 账号就不会牵扯进来。但游客身份也不知道应用是谁做的。先看看开发者和评价。
contract-the-quiz-app-choice-social-login = 用 { $social } 登录。{ $friend }也这么玩，肯定安全。
contract-the-quiz-app-feedback-social-login = 学习的机会：朋友在用，不代表应用安全。社交账号登录可能把你的名字、照片、好友列表，还有以你名义发帖的权利交给它。

contract-the-quiz-app-checked = 开发者没有网站，只有一个邮箱地址。评价里写着：“它给我所有联系人都发了短信！”还有“一个测试为什么要我的麦克风？！”接着，{ $app } 弹出了权限页面。
contract-the-quiz-app-pic-maker = 没有网站，只有一个邮箱地址
contract-the-quiz-app-pic-get = 获取
contract-the-quiz-app-pic-review-contacts = 它给我所有联系人都发了短信！
contract-the-quiz-app-pic-review-mic = 一个测试为什么要我的麦克风？！
contract-the-quiz-app-guest = 游客模式可以用。但第一道题之前，{ $app } 弹出了一个权限页面。
contract-the-quiz-app-linked = 登录成功。你还没答一道题，{ $app } 就已经用你的名义在 { $social } 上发了帖：“你是《{ $show }》里的哪个角色？快来玩！”还附上了链接。

contract-the-quiz-app-spot = 测试开始前，{ $app } 请求了一些权限。点出所有测试用不着的权限。
contract-the-quiz-app-card-title = { $app } 想要：
contract-the-quiz-app-card-body = 全部允许即可查看你的结果！
contract-the-quiz-app-part-contacts = 访问你的通讯录
contract-the-quiz-app-feedback-part-contacts = 测试不需要你朋友的电话号码。抓取通讯录的应用可能给他们发垃圾信息，或者出售他们的信息，而你的朋友从来没同意过。
contract-the-quiz-app-part-location = 始终使用你的精确位置
contract-the-quiz-app-feedback-part-location = 你随时随地的精确位置，会暴露你住在哪里、在哪上学。测试没有任何理由知道这些。
contract-the-quiz-app-part-mic = 使用你的麦克风
contract-the-quiz-app-feedback-part-mic = 做测试不需要说话。只有功能真正需要时才允许麦克风，比如你自己选择发送的语音消息。
contract-the-quiz-app-part-results = 显示你的测试题目和结果
contract-the-quiz-app-feedback-part-results = 这不是线索：这正是测试要做的事。和应用用途相符的权限没问题。
contract-the-quiz-app-part-app = 应用的名字和标志：{ $app }
contract-the-quiz-app-feedback-part-app = 这不是线索：这种框总会写明是哪个应用在请求。重要的是它要了什么，以及测试到底需不需要。
contract-the-quiz-app-part-internet = 连接网络，加载新的测试
contract-the-quiz-app-feedback-part-internet = 这很合理：在线测试要联网才能拿到新题目。这个权限和应用的用途相符，所以不是线索。
contract-the-quiz-app-part-partners = 与合作伙伴共享你的数据（条款：42 页）
contract-the-quiz-app-feedback-part-partners = 藏在长长条款里的“合作伙伴”，通常指广告商和数据贩子。你的答案和个人信息就成了他们的商品。
contract-the-quiz-app-pic-allow-all = 全部允许
contract-the-quiz-app-pic-choose = 选择权限

contract-the-quiz-app-allow-choice = 最下面有一个又大又亮的“全部允许”按钮，一个灰色的小小的“选择权限”链接，角落里还有一个小小的 X 可以关闭。
contract-the-quiz-app-choice-leave = 算了。一个测试要这么多东西，我不玩了，关掉。
contract-the-quiz-app-feedback-leave = 做得好。一个拿走通讯录、位置和麦克风，还卖给“合作伙伴”的应用，已经暴露了它想要什么。离开，哪怕是好玩的测试，永远是你的权利。
contract-the-quiz-app-choice-choose = 我点那个灰色的链接，只允许测试需要的。
contract-the-quiz-app-feedback-choose = 取消多余的权限很聪明。但一个要这么多东西、还写了42页“合作伙伴”条款的应用，已经暴露了它的目的。直接离开更稳妥。
contract-the-quiz-app-choice-allow-all = 全部允许。我只想看结果，大家都这样。
contract-the-quiz-app-feedback-allow-all = 学习的机会：“全部允许”刚刚把你的通讯录、位置和麦克风都交给了一个测试。那个又大又亮的按钮，就是为了让这件事显得很正常。

contract-the-quiz-app-left = 你关掉了 { $app }。通讯录、位置和麦克风都还是你自己的。过了一会儿，{ $friend }给你发来消息。
contract-the-quiz-app-trimmed = 你取消了多余的权限，看到了结果：主角！下面有一行灰色小字：“你的答案会与我们的合作伙伴共享。”过了一会儿，{ $friend }给你发来消息。
contract-the-quiz-app-data-leak = 你拿到了结果。当天晚上，你通讯录里的每个人都收到一条短信：“你的朋友邀请你试试 { $app }！”你奶奶打电话来问这是什么。
contract-the-quiz-app-pic-invite-text = 你的朋友邀请你试试 { $app }！

contract-the-quiz-app-friend-asks = 你测出什么了？？大家都在玩。它甚至从我通讯录里找到了我表哥表姐，哈哈
contract-the-quiz-app-choice-show-settings = 它拿走了你的通讯录！去设置里把权限关掉。
contract-the-quiz-app-feedback-show-settings = 很棒的消息。你看懂了“找到我表哥表姐”意味着什么，还把办法告诉了{ $friend }：在设置里关掉权限，再删掉应用。
contract-the-quiz-app-choice-stay-quiet = 我什么都不说，不想让{ $friend }觉得尴尬。
contract-the-quiz-app-feedback-stay-quiet = 很体贴，你也没有转发链接。但沉默会让{ $friend }的联系人继续暴露。一句“看看你的权限”不是嘲笑，是保护。
contract-the-quiz-app-choice-send-group = 我把链接发到群里，大家一起玩！
contract-the-quiz-app-feedback-send-group = 学习的机会：分享链接会让数据抓取扩散到你所有的朋友，还有他们的联系人。转给别人之前，先检查一下应用。

contract-the-quiz-app-friend-fixes = 等等什么？？好，在设置里找到了，全关了，也删了。谢啦！！
contract-the-quiz-app-group-spread = 十二个人点了你的链接。到了晚上，他们的联系人也收到了 { $app } 的短信，群里有人问是谁先发的。
contract-the-quiz-app-quiet = 你没说什么。第二天，{ $friend }又发来消息。

contract-the-quiz-app-friend-again = 啊啊，{ $app } 给我通讯录里所有人都发了短信！我奶奶收到了，我教练也收到了。怎么才能让它停下来？？
contract-the-quiz-app-choice-switch-off = 去设置里关掉它的权限，然后删掉它。
contract-the-quiz-app-feedback-switch-off = 就是这个办法。关掉权限能停止收集，删掉应用能停止短信。下次早点说一句，就能保护一整个通讯录。
contract-the-quiz-app-choice-ignore-it = 哈哈，大家都这样。别管它，过几天就停了。
contract-the-quiz-app-feedback-ignore-it = 学习的机会：只要没人关掉权限，应用就会一直用它能拿到的东西。一句“这样就能关掉”本来能帮上忙。
contract-the-quiz-app-friend-fixes-late = 找到了，全关了也删了。跟奶奶说别理那条短信。早知道就好了哈哈
contract-the-quiz-app-still-spam = { $friend }没管那个应用。一周后，那些联系人还在收到 { $app } 的短信。

contract-the-quiz-app-fix-choice = { $app } 拿走的比你想给的多。但这是你的数据，你有权收回来。你会怎么做？
contract-the-quiz-app-choice-ask-adult = { $adult }，陪我看看吧？{ $app } 拿得太多了。
contract-the-quiz-app-feedback-ask-adult = 就是这样。光删除还不够：大人可以帮你关掉它的权限、从你的账号里解除关联，再举报它。开口求助不会让你惹上麻烦。
contract-the-quiz-app-choice-delete-tell-friend = 我先删掉它，再去告诉{ $friend }它不安全。
contract-the-quiz-app-feedback-delete-tell-friend = 删掉它、提醒{ $friend }，都是好的一步。但它复制走的东西还在，朋友也没法和你一起解除关联或举报。信任的大人可以。
contract-the-quiz-app-choice-another-quiz = 无所谓。我去玩别的测试，这个太无聊了。
contract-the-quiz-app-feedback-another-quiz = 学习的机会：只要应用还有权限，它就会一直收集数据。关掉它的权限、寻求帮助，永远不会太晚。

contract-the-quiz-app-adult-helps = 谢谢你告诉我，你没有做错什么。我们把它的权限关掉，从你的账号里解除关联，向应用商店举报它，再告诉你的联系人那些短信是垃圾信息。
contract-the-quiz-app-spam-grows = 你去玩了新测试。同时，{ $app } 还在用你的名义发消息，{ $adult }问你：“为什么我的手机里全是测试邀请？”
contract-the-quiz-app-deleted = 你删掉了 { $app }。但第二天，朋友们还在收到“你”发来的关于它的消息。它早就复制好了需要的东西。

contract-the-quiz-app-retry-choice = 删掉应用，并没有收回它复制走的东西。现在怎么办？
contract-the-quiz-app-choice-show-adult = 好吧。我把以我名义发出的消息都给{ $adult }看。
contract-the-quiz-app-feedback-show-adult = 很好的一步。还不晚：大人可以帮你解除应用关联、举报它、提醒你的联系人。出了岔子再求助，正是对的做法。
contract-the-quiz-app-choice-let-it-go = 会过去的。告诉别人只会把事情闹大。
contract-the-quiz-app-feedback-let-it-go = 学习的机会：被复制的数据不会自己“过去”，而告诉信任的大人，会让问题变小，不是变大。永远不会太晚。
contract-the-quiz-app-still-copied = 一周后，还有消息在以你的名义发出，新的一条还让你的朋友们留下电话号码。

contract-the-quiz-app-end-safe = { $app } 没拿到你的通讯录、位置和麦克风，多亏你的消息，{ $friend }也关掉了它的权限。你看穿了这场数据抓取。
contract-the-quiz-app-end-safe-late = { $app } 没拿到你的通讯录、位置和麦克风。一开始你没说话，但{ $friend }被短信轰炸时，你给了解决办法。下次早点开口。
contract-the-quiz-app-end-mixed = 你的通讯录、位置和麦克风都没落到 { $app } 手里。但{ $friend }的联系人还在收短信，到现在也没人让它停下。一条带着办法的消息仍然可以。
contract-the-quiz-app-end-recovered = { $app } 拿走了不该拿的，但你告诉了{ $adult }，把东西收了回来：权限关了，账号解除关联了，应用举报了，联系人也提醒了。现在你知道先查什么了。
contract-the-quiz-app-end-spread = { $app } 没拿到你的通讯录、位置和麦克风，但你的链接把朋友们带了过去，现在他们的联系人也在收短信。这不是你的错：信任的大人可以帮你提醒他们。
contract-the-quiz-app-end-harmful = { $app } 还握着它拿走的东西，消息还在以你的名义发出。这不是你的错，而且永远不会太晚：告诉信任的大人，他们会帮你解除关联并举报它。

# What the choices leave on "My phone" (traces).
contract-the-quiz-app-trace-data = 你的资料和测试答案，交给了测试应用和它的“合作伙伴”。
contract-the-quiz-app-trace-data-advice = 广告商和骗子可以用它们装作很了解你。关掉它的权限，解除关联，再删掉它。信任的大人可以帮你。
contract-the-quiz-app-trace-location = 测试应用随时都能看到你的精确位置。
contract-the-quiz-app-trace-location-advice = 测试永远不需要知道你在哪儿。去设置里关掉它的位置权限和其他权限，然后删掉这个应用。
contract-the-quiz-app-trace-access-off = 测试应用的权限已关掉，并已和你的账号解除关联。
contract-the-quiz-app-trace-access-off-advice = 做得好。时不时检查一下各个应用的权限，每个应用只给它真正需要的。
