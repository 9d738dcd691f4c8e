# 交易 / 商业：应用权限（9–12 岁）

contract-the-app-permissions-title = 应用权限
contract-the-app-permissions-summary = 一个免费画画应用想要你的位置、通讯录等等，你应该允许什么？
contract-the-app-permissions-remember = 只允许应用真正需要的权限，注册或分享信息前先问问爸爸妈妈。什么时候停下由你决定，不由应用决定。

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-name-lucia = 陈露
contract-the-app-permissions-name-ravi = 饶伟
contract-the-app-permissions-name-jonas = 杨俊
contract-the-app-permissions-adult-mum = 妈妈
contract-the-app-permissions-adult-dad = 爸爸
contract-the-app-permissions-adult-nana = 外婆
contract-the-app-permissions-brush-rainbow = 彩虹画笔
contract-the-app-permissions-brush-galaxy = 银河画笔
contract-the-app-permissions-brush-glitter = 闪粉画笔

contract-the-app-permissions-npc-adult = { $adult }

contract-the-app-permissions-intro = 嗨，是我，Sango！{ $friend }跟你说了 { $app }，一个有魔法画笔的免费画画应用。现在它已经装在家里的平板上了。我们一起打开吧！

contract-the-app-permissions-perm-spot = 还没开始画，就弹出一个大框。点出那些要求太多、或者想催你的地方。
contract-the-app-permissions-card-title = { $app } 想要：
contract-the-app-permissions-card-body = 尽情享受画画的乐趣！点“全部允许”开始。
contract-the-app-permissions-part-location = 随时获取你的位置，“让画笔更好用”
contract-the-app-permissions-feedback-location = 找得好！画笔不需要知道你在哪里。相信一个理由之前，先想想它合不合理。“随时”意味着连应用关掉时也在获取。
contract-the-app-permissions-part-contacts = 读取这台平板上的所有联系人
contract-the-app-permissions-feedback-contacts = 对！联系人是别人的私人信息：他们的名字和电话号码。画画应用用不着这些。
contract-the-app-permissions-part-camera = 使用相机，把照片变成画
contract-the-app-permissions-feedback-camera = 单看这一条不算线索。把照片变成画，对画画应用来说很合理。你仍然可以选“仅在使用应用时”，或者问问爸爸妈妈。
contract-the-app-permissions-part-signup = 用你的邮箱和生日注册
contract-the-app-permissions-feedback-signup = 发现得好！邮箱和生日是个人信息。小朋友注册前应该先问爸爸妈妈，而且很多应用不用账号也能画画。
contract-the-app-permissions-part-button = 一个巨大的“全部允许”按钮，和一个小小的“自己选择”链接
contract-the-app-permissions-feedback-button = 眼光真尖！把“全部同意”做得很大，把“自己选择”做得很小，是催你的套路。你随时都可以一项一项地选。

contract-the-app-permissions-perm-choice = 那么，你会点哪个按钮？记住，这些设置以后也可以改。
contract-the-app-permissions-choice-ask-adult = 点“自己选择”，请{ $adult }帮我挑
contract-the-app-permissions-feedback-ask-adult = 好主意！爸爸妈妈可以帮你看看应用到底需要什么。只同意合理的权限，比如用相机把照片变成画。
contract-the-app-permissions-choice-deny-all = 全部拒绝，直接开始画
contract-the-app-permissions-feedback-deny-all = 全部拒绝保护了你的隐私！下次也问问爸爸妈妈。他们可以帮你选，让应用能用，你的信息也安全。
contract-the-app-permissions-choice-allow-all = 点“全部允许”。我现在就要画！
contract-the-app-permissions-feedback-allow-all = 学习的机会：那个大按钮就是为了催你，那些理由也说不通。现在这个应用知道你在哪里、认识谁了。这是可以补救的。

contract-the-app-permissions-adult-checks = 来问我，想得真周到！相机只在你用应用时开：可以。位置和联系人：不行。注册也跳过吧，不注册也能画。
contract-the-app-permissions-drawing = 你用魔法画笔画了一条龙，看起来太棒了！时间过得飞快。很快就到睡觉时间了，这时又弹出一个新窗口。

contract-the-app-permissions-bedtime-nag = “先别走！今晚再画 3 幅就能解锁{ $brush }，或者现在花 4.99 直接买！你的连续记录午夜就要断了！”
contract-the-app-permissions-choice-stop = 关掉它去睡觉。明天再画。
contract-the-app-permissions-feedback-stop = 你才是屏幕的主人！“连续记录要断了”是让你熬夜的套路。睡个好觉，明天画得更好，画笔可以等。
contract-the-app-permissions-choice-one-more = 再画一幅就睡
contract-the-app-permissions-feedback-one-more = 没有花钱很明智！但“再画一幅”常常会变成好多幅，这正是弹窗想要的。睡个好觉比任何连续记录都重要。
contract-the-app-permissions-choice-keep-going = 一直画到解锁画笔为止
contract-the-app-permissions-feedback-keep-going = 学习的机会：连续记录和倒计时就是为了让你一直玩下去。熬夜会让明天更难熬。什么时候停下由你决定。

contract-the-app-permissions-shared = 弹出一张地图：“你附近的画家！”你的位置点也在上面。接着{ $friend }问你：“为什么 { $app } 以你的名义给我发了邀请？”你根本没发过！
contract-the-app-permissions-shared-choice = 糟糕。这个应用在用你的位置和联系人。别担心，这是可以改的。你会怎么做？
contract-the-app-permissions-choice-show-adult = 给{ $adult }看，一起把权限都关掉
contract-the-app-permissions-feedback-show-adult = 最好的做法！爸爸妈妈可以帮你关掉位置和联系人权限，再看看应用保存了什么。你没有做错事，很多人都会点“全部允许”。
contract-the-app-permissions-choice-fix-alone = 自己关掉位置，什么也不说
contract-the-app-permissions-feedback-fix-alone = 关掉位置是很好的一步！但应用还拿着你的联系人，也许还有更多。爸爸妈妈可以帮你全部检查一遍，把问题解决。
contract-the-app-permissions-choice-leave-on = 全都开着吧。只是个画画应用而已。
contract-the-app-permissions-feedback-leave-on = 学习的机会：就算是画画应用，也可能泄露你在哪里、认识谁。你的信息要由你来保护。寻求帮助永远不会太晚。

contract-the-app-permissions-adult-fixes = 谢谢你给我看，你做得对。我们把位置和联系人权限关掉，把你的位置点从地图上删掉，再向应用商店举报那张地图。

contract-the-app-permissions-end-safe = 你自己选择允许什么，保护了个人信息，还按时睡觉。现在 { $app } 很好玩，而做主的人是你。太棒了！
contract-the-app-permissions-end-tired = 你的信息很安全，真好！但“再画一幅”变成了好多幅，你在学校里昏昏欲睡。什么时候停下，由你做主。
contract-the-app-permissions-end-late = 你一直画到半夜，应用还不停地发提醒烦你。现在你累得玩不开心了。请{ $adult }帮你关掉提醒，再设一个睡前时间限制。
contract-the-app-permissions-end-mixed = 位置关掉了，很好！但应用还拿着你的联系人，也没人检查它保存了什么。信任的大人可以帮你解决剩下的问题。
contract-the-app-permissions-end-recovered = 你点了“全部允许”，但你找人帮忙，一起解决了问题。你的位置点已经从地图上删掉了！下次要一项一项地选。
contract-the-app-permissions-end-harmful = 这个应用一直在泄露你的位置，还给你认识的每个人发邀请。你的信息要由你来保护。现在也不晚：给信任的大人看，一起解决。
