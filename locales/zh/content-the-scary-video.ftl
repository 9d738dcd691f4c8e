# 内容 / 攻击性：吓人的视频（9–12 岁）

content-the-scary-video-title = 吓人的视频
content-the-scary-video-summary = 动画片播完了，一个吓人的视频自己开始播放。网上的东西吓到你时，你可以怎么做？
content-the-scary-video-remember = 害怕没关系，而且这绝不是你的错。先截图记下标题，再关掉它，告诉信任的大人，也千万别把吓人的视频发给更小的孩子。

content-the-scary-video-app = { $app }
content-the-scary-video-app-vidbloom = VidBloom
content-the-scary-video-app-clipnest = ClipNest
content-the-scary-video-app-toonstream = ToonStream
content-the-scary-video-cartoon-bunnies = 蹦蹦兔
content-the-scary-video-cartoon-robots = 机器人伙伴
content-the-scary-video-cartoon-dinos = 恐龙好朋友
content-the-scary-video-adult-dad = 爸爸
content-the-scary-video-adult-grandma = 奶奶
content-the-scary-video-adult-aunt = 丽娜阿姨

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-friend = { $friend }

content-the-scary-video-intro = 嗨，是我，Sango！这是个下雨的下午，你正在 { $app } 上看《{ $cartoon }》。动画片真好看！我陪你一起看。
content-the-scary-video-autoplay = 这一集结束了。你还没来得及点什么，下一个视频就自己开始播放了。它看起来像《{ $cartoon }》，但音乐很诡异，颜色也很暗。

content-the-scary-video-spot-video = 等一下！这个视频是自己播起来的。我们来当小侦探吧。点出能说明它其实不是儿童视频的地方。
content-the-scary-video-card-title = 接下来播放：自动播放已开启
content-the-scary-video-card-body = 这个视频在你的动画片之后自己开始播放了。
content-the-scary-video-part-thumbnail = 封面：《{ $cartoon }》里的角色长着发光的红眼睛和大牙
content-the-scary-video-feedback-thumbnail = 发现得好！把你喜欢的角色弄得很吓人，是一个危险信号。有些视频会模仿儿童动画片，混进你的推荐里。
content-the-scary-video-part-title = 标题：今晚你别想睡了！！！千万别一个人看
content-the-scary-video-feedback-title = 对！大喊大叫的标题和“你别想睡了”就是为了吓你。真正的儿童动画片不需要靠吓人来骗点击。
content-the-scary-video-part-channel = 频道：xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = 发现得好！真正的《{ $cartoon }》频道会用节目的名字。这是个山寨频道，所以一定要看看视频是谁做的。
content-the-scary-video-part-label = 标签：儿童专属
content-the-scary-video-feedback-label = 没错！谁都能给视频贴上“儿童”标签。如果封面和标题看起来很吓人，这个标签就是在说谎。
content-the-scary-video-part-views = 200 万次播放
content-the-scary-video-feedback-views = 这不是线索。播放量多只说明点的人多，并不能告诉你视频是友好的还是吓人的，所以要看看其他地方。
content-the-scary-video-part-buttons = 按钮：点赞、分享和下载
content-the-scary-video-feedback-buttons = 这不是线索。不管视频友好还是吓人，都有这些按钮。它们说明不了视频是什么样的，所以要看看其他地方。
content-the-scary-video-part-autoplay = 自动播放开关：已打开
content-the-scary-video-feedback-autoplay = 想得不错，但它说的不是这个视频：自动播放会接着播下一个，不管友好还是吓人。大人可以帮你把它关掉。
content-the-scary-video-pic-title = 今晚你别想睡了！！！千万别一个人看
content-the-scary-video-pic-channel = xX_Toon_Horror_Xx
content-the-scary-video-pic-label = 儿童专属
content-the-scary-video-pic-views = 200万次播放
content-the-scary-video-pic-autoplay = 自动播放
content-the-scary-video-pic-photos = 相册
content-the-scary-video-pic-saved = 截图已保存
content-the-scary-video-pic-blocked = 频道已拉黑
content-the-scary-video-pic-empty = 这里什么都没有
content-the-scary-video-pic-settings = 设置
content-the-scary-video-pic-kids = 儿童模式

content-the-scary-video-video-plays = 可是自动播放可不会等小侦探！动画里的朋友们开始打架、尖叫，一张吓人的脸突然跳了出来。你的心怦怦直跳。
content-the-scary-video-scared-choice = 好吓人！害怕是没关系的。而且这不是你的错：视频是自己播起来的。你会怎么做？
content-the-scary-video-choice-shot-close = 先截图记下标题，然后关掉应用。
content-the-scary-video-feedback-shot-close = 真聪明！关掉它是在照顾自己，截图留下了视频的名字，之后大人就能举报这个视频。
content-the-scary-video-choice-block-now = 马上拉黑这个频道，让它消失！
content-the-scary-video-feedback-block-now = 把它从屏幕上赶走是对的！但先拉黑会把视频的名字也藏起来，就很难举报了。先截图，再拉黑和举报。
content-the-scary-video-choice-keep-watching = 接着看。我又不是小宝宝，我能行。
content-the-scary-video-feedback-keep-watching = 学习的机会：勇敢不是硬看让你害怕的东西。没有人在考验你。停下来才是勇敢的选择，随时关掉都没关系。

content-the-scary-video-closed-saved = 你关掉了应用，截图存在相册里。可你的心还在怦怦跳，那天晚上你几乎没说话。
content-the-scary-video-blocked-gone = 频道不见了，视频也跟着不见了。现在你到处都找不到它的名字。到了晚上，那张吓人的脸还在你脑子里。
content-the-scary-video-late-night = 自动播放一直不停，一个比一个吓人。早就过了睡觉时间，现在你怎么也睡不着。

content-the-scary-video-evening = 你今晚好安静啊。一切都好吗？
content-the-scary-video-choice-show-shot = 把截图拿给{ $adult }看看，说说发生了什么。
content-the-scary-video-feedback-show-shot = 做得好！说出来能让害怕变小，有了截图，{ $adult }就能举报这个视频。你不会有麻烦。
content-the-scary-video-choice-say-what = 告诉你我看到了什么，虽然找不到了。
content-the-scary-video-feedback-say-what = 做得好！就算没有名字，说出来也能让害怕变小，{ $adult }还能帮你改设置。你不会有麻烦。
content-the-scary-video-choice-tell-friend = 我没事，{ $adult }。明天我再告诉{ $friend }。
content-the-scary-video-feedback-tell-friend = 说出来很好！但{ $friend }没法举报它，也改不了你的设置。{ $adult }可以，而且刚刚还问你怎么了。你信任的大人还能帮你心里好受一些。
content-the-scary-video-choice-keep-quiet = 我没事！说了平板就会被收走。
content-the-scary-video-feedback-keep-quiet = 很多孩子都担心这个！但说出来不等于惹麻烦：视频是自己播起来的。你信任的大人能帮忙，不让这种事再发生。

content-the-scary-video-adult-helps = 谢谢你给我看。这不是你的错。我们用你的截图举报这个视频，然后关掉自动播放、打开儿童模式。
content-the-scary-video-adult-helps-blocked = 谢谢你告诉我。这不是你的错。找不到的视频没法举报，但我们可以关掉自动播放、打开儿童模式。下次记得先截图。
content-the-scary-video-friend-reacts = 哇，听着好吓人！把链接发给我。我要给我小表妹看，她肯定吓坏了，哈哈。
content-the-scary-video-nightmare = 那天夜里，那张吓人的脸一直在你脑子里冒出来。第二天，{ $friend }问你：“看过那个吓人的《{ $cartoon }》视频吗？发给我，我要给我小表妹看！”

content-the-scary-video-friend-wants = { $friend }的表妹才六岁。你会怎么说？
content-the-scary-video-choice-stand-up = 不行！她才六岁。走，我们去找{ $adult }。
content-the-scary-video-feedback-stand-up = 又善良又勇敢！吓人的视频会让小孩子害怕好多天。说“不”是在保护她，{ $adult }还能帮忙举报，提醒其他家庭。
content-the-scary-video-choice-send-title = 好啊！搜标题就行。她肯定会尖叫，哈哈！
content-the-scary-video-feedback-send-title = 学习的机会：吓到你的东西，会把六岁的孩子吓得更厉害。善良就是不再往下传。说一句“别给她看”，永远不会太晚。
content-the-scary-video-choice-send-warned = 我发给你，但告诉她只能跟爸爸妈妈一起看。
content-the-scary-video-feedback-send-warned = 学习的机会：提醒一句并不会让视频变得不吓人，她也可能一个人偷偷看。善良的选择是根本不发。

content-the-scary-video-adult-helps-both = 谢谢你们俩告诉我。这不是你们的错。我们去举报这个频道，告诉学校这个视频在传，再关掉自动播放、打开儿童模式。
content-the-scary-video-cousin-alone = { $friend }说：“只能跟爸爸妈妈一起看！”可表妹还是一个人在房间里看了。那天夜里，她怎么也睡不着。
content-the-scary-video-cousin-scared = { $friend }把视频给小表妹看了。那天夜里，她怎么也睡不着，视频还在学校里越传越广。

content-the-scary-video-late-choice = 已经很晚了，你很害怕。这不是你的错。你会怎么做？
content-the-scary-video-choice-knock = 去敲{ $adult }的门，说说我看了什么。
content-the-scary-video-feedback-knock = 真勇敢！大人宁愿被叫醒，也不愿意你一个人害怕。说出来能让害怕变小，你也不会有麻烦。
content-the-scary-video-choice-one-more = 再看一个就好。我没事，不用吵醒{ $adult }。
content-the-scary-video-feedback-one-more = 学习的机会：越看吓人的视频，害怕只会越大，不会变小。{ $adult }宁愿被吵醒，也不想你一个人害怕。停下来去敲门，永远不会太晚。

content-the-scary-video-adult-helps-late = 你来找我，我真高兴。你不会有麻烦。我们先把那个频道的名字截图，再去举报，然后关掉自动播放、打开儿童模式。
content-the-scary-video-worse = 你又看了一个，接着又一个。凌晨两点你还醒着，那些吓人的脸怎么也赶不走。

content-the-scary-video-end-safe = 你停下了吓人的视频，还告诉了{ $adult }。现在自动播放关了，儿童模式也打开了。谁都可能碰到吓人的东西，你处理得真好！
content-the-scary-video-end-recovered = 你看得比该看的久了些，但后来你告诉了{ $adult }。频道被举报了，自动播放关了，儿童模式也打开了。说出来，才是最勇敢的一步！
content-the-scary-video-end-shared = { $friend }的小表妹现在也害怕了，视频还在继续传。看到它从来不是你的错。告诉你信任的大人，永远不会太晚，大人会帮忙举报。
content-the-scary-video-end-harmful = 吓人的画面一到晚上就回来，你一个人扛着。这不是你的错。现在也不晚：告诉你信任的大人，大人会帮你。

# My phone: what stays on the phone after this level.
content-the-scary-video-trace-settings = 你的视频应用：自动播放已关闭，儿童模式已打开。
content-the-scary-video-trace-settings-advice = 现在由你来选下一个看什么。如果还是有吓人的东西钻进来，截图记下标题，关掉它，告诉你信任的大人。
