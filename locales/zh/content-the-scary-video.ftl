# 内容 / 攻击性：吓人的视频（9–12 岁）

content-the-scary-video-title = 吓人的视频
content-the-scary-video-summary = 动画片播完了，一个吓人的视频自己开始播放。网上的东西吓到你时，你可以怎么做？
content-the-scary-video-remember = 害怕没关系，而且这绝不是你的错。关掉它，告诉信任的大人，再一起打开儿童模式。

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
content-the-scary-video-name-shadowfox = ShadowFox_11
content-the-scary-video-name-nightowl = NightOwl_X
content-the-scary-video-name-spookysam = Spooky_Sam12
content-the-scary-video-chat-zipchat = ZipChat
content-the-scary-video-chat-buzzbox = BuzzBox
content-the-scary-video-chat-whisperly = Whisperly

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-stranger = { $stranger }

content-the-scary-video-intro = 嗨，是我，Sango！这是个下雨的下午，你正在 { $app } 上看《{ $cartoon }》。动画片真好看！我陪你一起看。
content-the-scary-video-autoplay = 这一集结束了。你还没来得及点什么，下一个视频就自己开始播放了。它看起来像《{ $cartoon }》，但音乐很诡异，颜色也很暗。

content-the-scary-video-spot-video = 等一下！这个视频是自己播起来的。我们来当小侦探吧。点出能说明它其实不是儿童视频的地方。
content-the-scary-video-card-title = 接下来播放：自动播放已开启
content-the-scary-video-card-body = 这个视频在你的动画片之后自己开始播放了。
content-the-scary-video-part-thumbnail = 封面：《{ $cartoon }》里的角色长着发光的红眼睛和尖牙
content-the-scary-video-feedback-thumbnail = 发现得好！把你喜欢的角色弄得很吓人，是一个危险信号。有些视频会模仿儿童动画片，混进你的推荐里。
content-the-scary-video-part-title = 标题：今晚你别想睡了！！！千万别一个人看
content-the-scary-video-feedback-title = 对！大喊大叫的标题和“你别想睡了”就是为了吓你。真正的儿童动画片不需要靠吓人来骗点击。
content-the-scary-video-part-channel = 频道：xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = 发现得好！真正的《{ $cartoon }》频道会用节目的名字。这是个山寨频道，所以一定要看看视频是谁做的。
content-the-scary-video-part-label = 标签：儿童专属
content-the-scary-video-feedback-label = 没错！谁都能给视频贴上“儿童”标签。如果封面和标题看起来很吓人，这个标签就是在说谎。
content-the-scary-video-part-views = 200 万次播放
content-the-scary-video-feedback-views = 这不是线索。播放量多只说明点的人多，并不能告诉你视频是友好的还是吓人的，所以要看看其他地方。

content-the-scary-video-video-plays = 可是自动播放可不会等小侦探！动画里的朋友们开始打架、尖叫，一张吓人的脸突然跳了出来。你的心怦怦直跳。
content-the-scary-video-scared-choice = 好吓人！害怕是没关系的。而且这不是你的错：视频是自己播起来的。你会怎么做？
content-the-scary-video-choice-close-tell = 关掉它，把我看到的告诉{ $adult }
content-the-scary-video-feedback-close-tell = 做得好！停下让你难受的东西，就是在照顾自己。告诉信任的大人，能让害怕的感觉变小。你没有做错事。
content-the-scary-video-choice-close-quiet = 关掉它，但不告诉别人
content-the-scary-video-feedback-close-quiet = 关掉它很明智！但吓人的画面可能会一直留在脑子里，说出来会好受些。信任的大人还能让这种视频不再跳出来。
content-the-scary-video-choice-keep-watching = 继续看，免得显得我像个小宝宝
content-the-scary-video-feedback-keep-watching = 学习的机会：勇敢不是硬看让你害怕的东西。没有人在考验你。停下来才是勇敢的选择，随时关掉都没问题。

content-the-scary-video-adult-helps = 谢谢你告诉我。很多人都会被那种视频吓到，大人也一样。这不是你的错。我们去喝杯热巧克力，让心情好起来吧。
content-the-scary-video-keep-quiet = 你关掉了应用。可是到了睡觉时间，那张吓人的脸总在你脑子里冒出来。这时，你的平板响了，来了一条新消息。
content-the-scary-video-late-night = 自动播放一直在继续，一个比一个吓人。早就过了睡觉时间，你现在睡不着了。这时，你的平板响了，来了一条新消息。

content-the-scary-video-stranger-dm = 嘿！你喜欢吓人的视频吗？我也 11 岁，我有更——吓人的。在 { $chat } 上加我，我发给你。别告诉你爸妈哦，好吗？
content-the-scary-video-choice-block-report = 屏蔽并举报对方，然后给{ $adult }看
content-the-scary-video-feedback-block-report = 完全正确！一个你不认识的人想换到别的应用聊，还要你瞒着家人，这些都是很严重的危险信号。屏蔽并告诉大人很勇敢。
content-the-scary-video-choice-ignore = 不回复，关掉应用
content-the-scary-video-feedback-ignore = 不回复让你暂时安全了！但 { $stranger } 还可能再给你发消息，或者去找别的小朋友。举报并告诉大人能帮忙制止。
content-the-scary-video-choice-add = 加对方。更吓人的视频听起来很酷。
content-the-scary-video-feedback-add = 学习的机会：在网上谁都可以说自己 11 岁。要你瞒着家人的人不是安全的朋友，不管对方看起来多友好。

content-the-scary-video-settings = 谢谢你给我看。你没有做错事。我们先举报那个视频，再打开儿童模式：关掉自动播放，不接收陌生人的消息。

content-the-scary-video-stranger-pushes = 这个更吓人！你不是小宝宝吧？现在发张自拍给我，证明你是真人。记住，这是我们的秘密哦。
content-the-scary-video-choice-tell-now = 停下，屏蔽对方，马上告诉{ $adult }
content-the-scary-video-feedback-tell-now = 真勇敢！要照片、要你保守秘密，都是很严重的危险信号。你永远有权说“不”，信任的大人会帮你。你没有做错事。
content-the-scary-video-choice-block-only = 屏蔽对方，但不告诉别人
content-the-scary-video-feedback-block-only = 屏蔽是很好的一步！但 { $stranger } 可能会对别的小朋友做同样的事。告诉信任的大人，这件事才能被举报、被制止。
content-the-scary-video-choice-keep-secret = 发自拍，保守秘密
content-the-scary-video-feedback-keep-secret = 学习的机会：这种秘密只对那个人有好处，照片发出去就收不回来了。告诉你信任的人，永远不会太晚。

content-the-scary-video-adult-helps-late = 你告诉我，我真的很高兴。你什么错都没有。我们先保存消息，屏蔽并举报 { $stranger }，举报那个视频，再打开儿童模式。

content-the-scary-video-end-safe = 你找到了帮助，屏蔽了陌生人，现在儿童模式让你的推荐内容变得友好了。谁都可能碰到吓人的东西，你处理得真棒！
content-the-scary-video-end-mixed = 你暂时安全了。但 { $stranger } 还没被举报，儿童模式也还没打开，更多吓人的东西可能还会冒出来。信任的大人可以帮忙制止。
content-the-scary-video-end-recovered = 有一阵子挺吓人的，但你很勇敢，告诉了{ $adult }。{ $stranger } 已被屏蔽和举报，儿童模式也打开了。说出来总是有帮助的！
content-the-scary-video-end-harmful = { $stranger } 不断要更多，这个秘密让你很沉重。这不是你的错。现在也不晚：告诉信任的大人，他们会帮你的。
