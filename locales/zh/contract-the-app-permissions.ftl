# 交易 / 商业：应用权限（9–12 岁）

contract-the-app-permissions-title = 应用权限
contract-the-app-permissions-summary = 一个免费画画应用想要你的位置、通讯录等等，你应该允许什么？
contract-the-app-permissions-remember = 只允许应用真正需要的权限，注册或分享信息前先问问爸爸妈妈。什么时候停下由你决定，不由应用决定。

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-adult-mum = 妈妈
contract-the-app-permissions-adult-dad = 爸爸
contract-the-app-permissions-adult-nana = 外婆
contract-the-app-permissions-brush-rainbow = 彩虹画笔
contract-the-app-permissions-brush-galaxy = 银河画笔
contract-the-app-permissions-brush-glitter = 闪粉画笔

contract-the-app-permissions-npc-adult = { $adult }
contract-the-app-permissions-npc-friend = { $friend }

contract-the-app-permissions-intro = 嗨，是我，Sango！{ $friend }跟你说了 { $app }，一个有魔法画笔的免费画画应用。你的美术小组也在上面分享作品。现在它已经装在家里的平板上了。我们一起打开吧！

contract-the-app-permissions-setup = 你在 { $app } 的新资料页，现在是按应用喜欢的方式设置的。你想让美术小组看到你的画，还想和{ $friend }交流画画技巧。别人不需要找到你，晚上是睡觉的时间。按这些来设置吧！
contract-the-app-permissions-set-drawings = 谁能看我的画
contract-the-app-permissions-val-drawings-everyone = 应用里的所有人
contract-the-app-permissions-val-drawings-club = 我的美术小组
contract-the-app-permissions-val-drawings-me = 只有我
contract-the-app-permissions-why-drawings-everyone = “所有人”也包括陌生人，而你只想让美术小组看。选“我的美术小组”更合适。
contract-the-app-permissions-why-drawings-club = 正合适！美术小组能欣赏你的画，陌生人看不到。
contract-the-app-permissions-why-drawings-me = 这样画很私密，但美术小组也看不到了。选“我的美术小组”更合适，让他们也能欣赏。
contract-the-app-permissions-set-messages = 谁能给我发消息
contract-the-app-permissions-val-messages-anyone = 应用里的任何人
contract-the-app-permissions-val-messages-added = 我加的好友
contract-the-app-permissions-val-messages-nobody = 没有人
contract-the-app-permissions-why-messages-anyone = 选“任何人”，陌生人也能给你发消息。选“我加的好友”更合适：{ $friend }能给你发技巧，陌生人不行。
contract-the-app-permissions-why-messages-added = 选得好！{ $friend }能给你发技巧，陌生人却发不了消息。要是哪条消息让你觉得奇怪，就给{ $adult }看看。
contract-the-app-permissions-why-messages-nobody = 这样陌生人发不了，可{ $friend }也没法给你发技巧了。选“我加的好友”更合适。
contract-the-app-permissions-set-name = 我资料上的名字
contract-the-app-permissions-val-name-full = 我的真实全名
contract-the-app-permissions-val-name-first = 只写名，不写姓
contract-the-app-permissions-val-name-nick = 一个昵称
contract-the-app-permissions-why-name-full = 全名可能让陌生人知道你是谁。选美术小组认识的昵称更合适，他们照样知道是你。
contract-the-app-permissions-why-name-first = 比全名好一些，但还是会让陌生人知道你的一些信息。选美术小组认识的昵称更合适。
contract-the-app-permissions-why-name-nick = 选得真棒！美术小组知道是你，陌生人只能看到一个昵称。
contract-the-app-permissions-set-school = 谁能看到我的学校
contract-the-app-permissions-val-school-everyone = 所有人
contract-the-app-permissions-val-school-club = 我的美术小组
contract-the-app-permissions-val-school-nobody = 没有人
contract-the-app-permissions-why-school-everyone = “所有人”也包括陌生人，学校会告诉他们你每天在哪里。美术小组本来就知道，所以选“没有人”更合适。
contract-the-app-permissions-why-school-club = 这不算危险，但美术小组本来就知道你的学校，没必要在这里给他们看。选“没有人”更合适。
contract-the-app-permissions-why-school-nobody = 完全正确！美术小组本来就知道你的学校，其他人用不着知道。
contract-the-app-permissions-set-night = 谁能在晚上给我发提醒
contract-the-app-permissions-val-night-on = 任何人
contract-the-app-permissions-val-night-friends = 我加的好友
contract-the-app-permissions-val-night-off = 没有人
contract-the-app-permissions-why-night-on = 选“任何人”，什么提醒都可能把你吵醒，或者让你躲在被窝里画画。选“没有人”更合适：你的画明天早上还在。
contract-the-app-permissions-why-night-friends = 比“任何人”好，但好友的提醒也可能把你吵醒。选“没有人”更合适：明天早上再和{ $friend }交流技巧吧。
contract-the-app-permissions-why-night-off = 很好！晚上是用来睡觉的，你的画和消息明天早上都还在。

contract-the-app-permissions-perm-spot = 还没开始画，就弹出一个大框。点出那些要求太多、或者想催你的地方。
contract-the-app-permissions-card-title = { $app } 想要：
contract-the-app-permissions-card-body = 尽情享受画画的乐趣！点“全部允许”开始。
contract-the-app-permissions-part-app = 应用的名字和图标：{ $app }
contract-the-app-permissions-feedback-app = 这不是陷阱！这种框总会显示是哪个应用在提要求，让你知道是谁想要什么。接下来看看它要了什么。
contract-the-app-permissions-part-location = 随时获取你的位置，“让画笔更好用”
contract-the-app-permissions-feedback-location = 找得好！画笔不需要知道你在哪里。相信一个理由之前，先想想它合不合理。“随时”意味着连应用关掉时也在获取。
contract-the-app-permissions-part-contacts = 读取这台平板上的所有联系人
contract-the-app-permissions-feedback-contacts = 对！联系人是别人的私人信息：他们的名字和电话号码。画画应用用不着这些。
contract-the-app-permissions-part-camera = 使用相机，把照片变成画
contract-the-app-permissions-feedback-camera = 单看这一条不算线索。把照片变成画，对画画应用来说很合理。你仍然可以选“仅在使用应用时”，或者问问爸爸妈妈。
contract-the-app-permissions-part-photos = 把你的画保存到相册
contract-the-app-permissions-feedback-photos = 这不是线索。画画应用保存你的画很合理，所以这一条说得通。如果拿不准，也可以问问爸爸妈妈。
contract-the-app-permissions-part-signup = 用你的邮箱和生日注册
contract-the-app-permissions-feedback-signup = 发现得好！邮箱和生日是个人信息。小朋友注册前应该先问爸爸妈妈，而且很多应用不用账号也能画画。
contract-the-app-permissions-part-button = 一个很大的“全部允许”按钮，和一个小小的“自己选择”链接
contract-the-app-permissions-feedback-button = 眼光真尖！把“全部同意”做得很大，把“自己选择”做得很小，是催你的套路。你随时都可以一项一项地选。
contract-the-app-permissions-pic-allow = 全部允许
contract-the-app-permissions-pic-choose = 自己选择

contract-the-app-permissions-perm-choice = 那么，你要点哪里？记住，这些设置以后也能改。
contract-the-app-permissions-choice-choose = 点“自己选择”：只开相机，隐私留给自己就好
contract-the-app-permissions-feedback-choose = 选得好！画画应用需要相机把照片变成画，但不需要你的位置、联系人和生日。那个小小的链接，就是你说“不”的办法。
contract-the-app-permissions-choice-ask-friend = 等等，我先跟{ $friend }确认一下，不用麻烦{ $adult }
contract-the-app-permissions-feedback-ask-friend = 点之前先停下来，做得对！但{ $friend }只能告诉你自己怎么做的，说不出应用真正需要什么。帮你选，一点也不算麻烦{ $adult }。
contract-the-app-permissions-choice-allow-all = 全部同意！{ $friend }说没问题。开画！
contract-the-app-permissions-feedback-allow-all = 学习的机会：“别人说没事”不算核实。那个大按钮就是为了催你，理由也说不通。不过这还能补救。

contract-the-app-permissions-chose-camera = 你点了那个小小的“自己选择”。相机：只在画画时开。位置和联系人：不行。你跳过了注册，应用照样打开了！
contract-the-app-permissions-friend-reply = 我直接点了“全部同意”。大家都这么做！不就是个画画应用嘛。
contract-the-app-permissions-allowed-all = 框关上了，你开始画画。接着弹出一张地图：“你附近的画家！”你的位置点就在上面，正好在你家那儿。
contract-the-app-permissions-pic-map = 你附近的画友！
contract-the-app-permissions-pic-you = 你

contract-the-app-permissions-friend-choice = { $friend }全部同意了。那个大框还在等你。你会怎么做？
contract-the-app-permissions-choice-ask-adult = 请{ $adult }陪我把整个列表看一遍
contract-the-app-permissions-feedback-ask-adult = 做得好！爸爸妈妈能帮你看清应用真正需要什么。一起选，你的信息还是你自己的，应用也照样能用。
contract-the-app-permissions-choice-copy-friend = 那就全部同意！{ $adult }早就同意我用这个应用了。
contract-the-app-permissions-feedback-copy-friend = 学习的机会：{ $adult }同意你用这个应用，不等于同意它要的所有权限。这个应用没有正当理由就要你的位置和联系人。不过这还能补救。

contract-the-app-permissions-adult-checks = 来问我，想得真周到！相机只在你用应用时开：可以。位置和联系人：不行。注册也跳过吧，不注册也能画。
contract-the-app-permissions-drawing = 你用魔法画笔画了一条龙，看起来太棒了！时间过得飞快。很快就到睡觉时间了，这时又弹出一个新窗口。

contract-the-app-permissions-bedtime-nag = “先别走！今晚再画 3 幅就能解锁{ $brush }，或者现在花 4.99 直接买！你的连续记录午夜就要断了！”
contract-the-app-permissions-pic-nag = 再画 3 幅就能解锁{ $brush }！
contract-the-app-permissions-pic-streak = 你的连续记录午夜就要断了！
contract-the-app-permissions-pic-buy = 现在购买：4.99
contract-the-app-permissions-choice-stop = 关掉它，去睡觉。睡觉比画笔更有帮助。
contract-the-app-permissions-feedback-stop = 你才是屏幕的主人！“连续记录要断了”是让你不睡觉的套路。睡个好觉，明天画得更好。
contract-the-app-permissions-choice-one-more = 就再画一幅。{ $adult }不会介意的。
contract-the-app-permissions-feedback-one-more = 没有花钱，很明智！但“再来一幅”正是弹窗想要的，而且很少真的只有一幅。什么连续记录都比不上你的睡眠。
contract-the-app-permissions-choice-alerts = 打开通知，免得我的连续记录断了
contract-the-app-permissions-feedback-alerts = 学习的机会：通知也是一种权限，连续记录的通知就是为了一次又一次把你拉回来。你可以在设置里把它关掉。

contract-the-app-permissions-went-to-bed = 你关上平板去睡觉了。早上，连续记录断了，但什么坏事也没发生。画笔可以改天再赢。
contract-the-app-permissions-one-more = 一幅变成了三幅。已经很晚了，弹窗又来了：“差一点！再画 1 幅，或者花 4.99 马上解锁！”
contract-the-app-permissions-alerts-on = 现在 { $app } 在早饭时、上课时、晚饭时都来提醒你：“现在就画，不然连续记录就断了！”你总忍不住看平板。

contract-the-app-permissions-late-choice = 嗯，“再来一幅”真的只有一幅吗？现在呢？
contract-the-app-permissions-choice-stop-now = 停。已经三幅了，该睡了。
contract-the-app-permissions-feedback-stop-now = 能停下来，真棒！发现“再来一幅”变成了三幅，这是很厉害的本领。应用就是设计来让你停不下来的，而你拿回了主动权。
contract-the-app-permissions-choice-last-one = 继续。再画一幅，画笔就是我的了！
contract-the-app-permissions-feedback-last-one = 学习的机会：连续记录的弹窗会不停地把终点往后挪，所以永远都有“再来一幅”。什么时候停由你决定，睡觉最重要。

contract-the-app-permissions-stopped-late = 你关上了平板。早上有点困，但你停下来了，画笔改天也还在。
contract-the-app-permissions-midnight = 再来一幅变成了五幅。快到午夜时画笔才解锁，第二天你上课一直打哈欠。

contract-the-app-permissions-invite = 第二天，{ $friend }问你：“{ $app } 为什么以你的名义给我发了邀请？”你根本没发过！
contract-the-app-permissions-pic-invite = 快来 { $app } 找我吧！
contract-the-app-permissions-pic-together = 我们一起画画吧！
contract-the-app-permissions-pic-join = 加入
contract-the-app-permissions-shared-choice = 糟糕。这个应用在用你的位置和联系人。别担心，这可以补救。你会怎么做？
contract-the-app-permissions-choice-show-adult = 把地图和那条奇怪的邀请都拿给{ $adult }看
contract-the-app-permissions-feedback-show-adult = 最好的做法！爸爸妈妈可以关掉位置和联系人权限，再看看应用存了什么。很多人都点过“全部同意”。尽快拿给大人看，问题才能解决。
contract-the-app-permissions-choice-say-sorry = 跟{ $friend }说对不起。以后再告诉{ $adult }。
contract-the-app-permissions-feedback-say-sorry = 向{ $friend }道歉很贴心！但这阻止不了应用：它还拿着你的位置和联系人。“以后再说”，它就会一直共享下去。现在就拿给{ $adult }看。
contract-the-app-permissions-choice-leave-on = 就这样吧。只是画画应用，很安全。
contract-the-app-permissions-feedback-leave-on = 学习的机会：就算是画画应用，也可能把你住在哪儿、认识谁分享出去。你的信息要你自己守护，寻求帮助永远不晚。

contract-the-app-permissions-sorry-sent = { $friend }说没关系。可是那天晚上，又有两个朋友收到了“你”发的邀请，你的位置点还在地图上。
contract-the-app-permissions-adult-fixes = 谢谢你拿给我看。你没有做错事。我们把位置和联系人关掉，把你的位置点从地图上删掉，再向应用商店举报那张地图。
contract-the-app-permissions-left-on = 更多邀请发给了平板通讯录里的每个人，你的位置点一直留在地图上，谁都能看到。

contract-the-app-permissions-still-sharing = 应用还在发邀请，还在显示你的位置点。现在怎么办？
contract-the-app-permissions-choice-show-now = 把地图和所有新邀请都拿给{ $adult }看
contract-the-app-permissions-feedback-show-now = 又勇敢又聪明！拿给信任的大人看，永远不晚。你们可以一起关掉权限、删掉地图上的位置点，再举报它。
contract-the-app-permissions-choice-delete-app = 把应用删掉，{ $adult }就不用知道了。
contract-the-app-permissions-feedback-delete-app = 学习的机会：删掉应用，并不会删掉它已经拿走的东西。{ $adult }可以帮你请应用删除你的信息，并举报那张地图。
contract-the-app-permissions-deleted = { $app } 从平板上消失了，邀请也停了。可是你的联系人和位置点早就发出去了，也没有人要求应用把它们删掉。

contract-the-app-permissions-end-safe = 只开了相机，你的位置和联系人都没有泄露，到了睡觉时间你也停下了。{ $app } 很好玩，而你说了算。太棒了！
contract-the-app-permissions-end-stopped = 你的信息没有泄露，你也停下了，虽然“再来一幅”变成了三幅。明天连续记录的弹窗还会再来。下次，在原本计划的时候就停下吧。
contract-the-app-permissions-end-late = 你的信息没有泄露，但连续记录让你一直画到午夜，明天它还会来催。什么时候停由你决定。{ $adult }可以帮你给平板定个睡前时间。
contract-the-app-permissions-end-nagged = 你的信息没有泄露，可现在 { $app } 整天为连续记录提醒你。通知也是一种权限：在设置里关掉它，或者请{ $adult }帮你。
contract-the-app-permissions-end-recovered = 你点了“全部同意”，但后来拿给{ $adult }看了，你们一起把问题解决了：位置和联系人关掉了，地图上的点也删了。下次要一项一项地选。
contract-the-app-permissions-end-deleted = { $app } 删掉了，但它拿走的东西可能还在别处：你的联系人和位置点。还没有人检查过。{ $adult }还是可以帮你请应用删除你的信息。
contract-the-app-permissions-end-harmful = { $app } 还在分享你住在哪儿，还在邀请你认识的每个人。这不是你的错：应用就是设计来拿这些信息的。现在拿给{ $adult }或其他信任的大人看也不晚，他们会帮你的。

# My phone: what stays on the phone after this level.
contract-the-app-permissions-trace-location = 你在画画应用地图上的位置点，正好在你家那儿。
contract-the-app-permissions-trace-location-advice = 画画应用不需要知道你住在哪儿。拿给爸爸妈妈看：一起把位置关掉，把你的位置点从地图上删掉。
contract-the-app-permissions-trace-location-off = 画画应用：位置已关闭，你的位置点不在任何地图上。
contract-the-app-permissions-trace-location-off-advice = 做得好！应用只拿到它真正需要的东西。如果更新后它又要更多权限，再和爸爸妈妈一起检查一遍。
