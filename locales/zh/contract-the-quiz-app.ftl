# 交易 / 商业：测试应用（13–15 岁），权限、社交账号登录、条款和数据使用

contract-the-quiz-app-title = 趣味测试应用
contract-the-quiz-app-summary = 一个好玩的“你是哪个角色？”测试，想要你的社交账号登录、通讯录、位置和麦克风。
contract-the-quiz-app-remember = 点“允许”之前，想想应用真正需要什么，其余的都拒绝。如果应用拿走了太多，信任的大人可以帮你收回来。

contract-the-quiz-app-app = { $app }
contract-the-quiz-app-npc-friend = { $friend }
contract-the-quiz-app-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
contract-the-quiz-app-app-quizzo = Quizzo
contract-the-quiz-app-app-whoru = WhoRU
contract-the-quiz-app-app-vibequiz = Vibe Quiz
contract-the-quiz-app-show-moonfall = 月落学院
contract-the-quiz-app-show-starlight = 星光小队
contract-the-quiz-app-show-echo-city = 回声之城
contract-the-quiz-app-social-loopr = Loopr
contract-the-quiz-app-social-picstream = Picstream
contract-the-quiz-app-social-glimmr = Glimmr
contract-the-quiz-app-name-hana = 韩雪
contract-the-quiz-app-name-theo = 赵天宇
contract-the-quiz-app-name-ines = 尹思
contract-the-quiz-app-adult-mum = 妈妈
contract-the-quiz-app-adult-dad = 爸爸
contract-the-quiz-app-adult-uncle = 叔叔

contract-the-quiz-app-intro = 你们群里每个人都在发 { $app } 的测试结果：“你是《{ $show }》里的哪个角色？”{ $friend }测出了主角，还把链接发给了你。

contract-the-quiz-app-login-choice = 应用一打开就是一个大按钮：“用 { $social } 登录开始测试！我们会替你发布结果。”
contract-the-quiz-app-choice-check-maker = 先查查应用是谁做的，看看评价
contract-the-quiz-app-feedback-check-maker = 好习惯。是谁做的、评价怎么说、它要什么权限，能告诉你该不该信任它。一个趣味测试不需要你的社交账号。
contract-the-quiz-app-choice-guest = 跳过登录，以游客身份玩
contract-the-quiz-app-feedback-guest = 很好，以游客身份玩，社交账号就不会牵扯进来。不过还是值得查查应用是谁做的、接下来要什么权限。
contract-the-quiz-app-choice-social-login = 用 { $social } 登录，更快
contract-the-quiz-app-feedback-social-login = 学习的机会：用社交账号登录，可能会把你的名字、照片、好友列表和帖子交给应用。点之前先看看它能拿到什么。

contract-the-quiz-app-checked = 开发者没有网站，只有一个邮箱地址。评价里写着“它给我所有联系人都发了短信！”还有“一个测试为什么要我的麦克风？！”我们来看看它要什么权限。

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
contract-the-quiz-app-part-partners = 与合作伙伴共享你的数据（条款：42 页）
contract-the-quiz-app-feedback-part-partners = 藏在长长条款里的“合作伙伴”，通常指广告商和数据贩子。你的答案和个人信息就成了他们的商品。

contract-the-quiz-app-allow-choice = 最下面有一个又大又亮的“全部允许”按钮，还有一个灰色的小小的“选择权限”链接。
contract-the-quiz-app-choice-choose = 点“选择权限”，只允许测试需要的
contract-the-quiz-app-feedback-choose = 完全正确。那个亮眼的按钮是一种黑暗模式，推着你说“是”。你有权拒绝权限，也有权决定谁能拿到你的数据。
contract-the-quiz-app-choice-close-app = 关掉应用，不做测试了
contract-the-quiz-app-feedback-close-app = 你的数据安全了，很好。不做永远没问题。但{ $friend }和其他人还在交出自己的数据，他们可能想知道这件事。
contract-the-quiz-app-choice-allow-all = 点“全部允许”，我只想看结果
contract-the-quiz-app-feedback-allow-all = 学习的机会：“全部允许”刚刚把你的通讯录、位置和麦克风都交给了一个测试。那个又大又亮的按钮，就是为了让这件事显得很正常。

contract-the-quiz-app-friend-asks = 你测出什么了？？大家都在玩。它甚至从我通讯录里找到了我表哥表姐，哈哈
contract-the-quiz-app-choice-warn-report = 提醒{ $friend }注意权限，并举报这个应用
contract-the-quiz-app-feedback-warn-report = 很棒。教朋友检查和关闭权限，能帮他们夺回控制权，向应用商店举报还能提醒其他人。
contract-the-quiz-app-choice-keep-quiet = 不说了，那是他们自己的选择
contract-the-quiz-app-feedback-keep-quiet = 确实是他们的选择，但他们可能不知道自己同意了什么。一句“检查一下你的权限”，就能保护他们和他们通讯录里的每个人。
contract-the-quiz-app-choice-send-group = 把链接发到整个群里
contract-the-quiz-app-feedback-send-group = 学习的机会：分享链接会让数据抓取扩散到你所有的朋友，还有他们的联系人。转给别人之前，先检查一下应用。

contract-the-quiz-app-data-leak = 你拿到了结果。当天晚上，你通讯录里的每个人都收到一条短信：“你的朋友邀请你试试 { $app }！”你奶奶打电话来问这是什么。
contract-the-quiz-app-fix-choice = 这个应用拿走的比你想给的多。但这是你的数据，你有权收回来。你会怎么做？
contract-the-quiz-app-choice-adult-remove = 请{ $adult }帮忙撤销它的访问权限，并举报它
contract-the-quiz-app-feedback-adult-remove = 就是这样。只删除应用还不够：要关闭它的权限，从你关联过的所有账号里移除它，再举报它。信任的大人可以帮忙。
contract-the-quiz-app-choice-delete-app = 直接删掉应用
contract-the-quiz-app-feedback-delete-app = 删除有帮助，但应用已经复制了你的通讯录，你关联过的账号也还连着它。在设置里撤销它的访问权限也很重要。
contract-the-quiz-app-choice-another-quiz = 不管了，再试另一个测试
contract-the-quiz-app-feedback-another-quiz = 学习的机会：只要应用还有访问权限，它就会一直收集数据。撤销它的权限、寻求帮助，永远不会太晚。

contract-the-quiz-app-adult-helps = 谢谢你告诉我。我们把它的权限关掉，从 { $social } 这类关联账号里移除它，举报它，再提醒你的联系人那些短信是垃圾信息。

contract-the-quiz-app-end-safe = 你检查了应用，识破了数据抓取，保护了你的通讯录、位置和麦克风。你的朋友们现在也知道要检查什么了。干得好。
contract-the-quiz-app-end-mixed = 你保护了一部分，但应用仍然拿着你或你朋友的数据。撤销它的访问权限、举报它并提醒朋友，才算彻底完成。
contract-the-quiz-app-end-recovered = 应用拿走了不该拿的东西，但你在别人帮助下夺回了控制权：撤销了访问，关闭了权限，举报了应用。现在你知道该先检查什么了。
contract-the-quiz-app-end-harmful = 应用还在不断收集你和你朋友的数据，垃圾信息也没停过。撤销它的访问权限、举报它、请信任的大人帮忙，永远不会太晚。
