# 接触 / 攻击性：游戏导师（13–15 岁），不含性内容的诱骗模式

contact-the-gaming-mentor-title = 游戏导师
contact-the-gaming-mentor-summary = 一位排名很高的玩家说要免费教你，然后一点点想把你从朋友身边拉走。
contact-the-gaming-mentor-remember = 让你疏远朋友、打听你住在哪里、要你保守秘密的人，不是真正的导师。保存消息，屏蔽、举报，并告诉信任的大人。

contact-the-gaming-mentor-app = { $game } 聊天
contact-the-gaming-mentor-npc-mentor = { $mentor }
contact-the-gaming-mentor-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
contact-the-gaming-mentor-game-skyforge = Skyforge
contact-the-gaming-mentor-game-star-siege = Star Siege
contact-the-gaming-mentor-game-iron-arena = Iron Arena
contact-the-gaming-mentor-name-vex = Vex_Pro
contact-the-gaming-mentor-name-kaizer = KaizerGG
contact-the-gaming-mentor-name-orion = OrionCoach
contact-the-gaming-mentor-name-sam = 孙森
contact-the-gaming-mentor-name-jo = 周乔
contact-the-gaming-mentor-name-dev = 戴文
contact-the-gaming-mentor-adult-mum = 妈妈
contact-the-gaming-mentor-adult-dad = 爸爸
contact-the-gaming-mentor-adult-grandpa = 爷爷

contact-the-gaming-mentor-intro = 这一整周，你都在和{ $friend }还有你的小队在 { $game } 里冲排位。一位排名很高的玩家 { $mentor } 一直在看你的比赛。

contact-the-gaming-mentor-offer = 你真的很有天赋，比你的小队强多了。我带的都是要打职业的玩家，你的话免费。今晚 11 点到 2 点？真正的肝帝都在那个时间玩。
contact-the-gaming-mentor-choice-daytime-only = 谢谢，但我跟我的小队一起玩，而且不玩到那么晚
contact-the-gaming-mentor-feedback-daytime-only = 直觉很准。陌生人的免费指导，再加上一句“比你的小队强”，是带钩子的奉承。而且没有哪个段位值得你在上学的晚上熬夜。
contact-the-gaming-mentor-choice-open-server = 也许吧，但只在公开服务器里，玩一个小时
contact-the-gaming-mentor-feedback-open-server = 保持公开、控制时间，很聪明。不过要注意，{ $mentor } 已经在贬低你的朋友了。留意这一点。
contact-the-gaming-mentor-choice-play-all-night = 好！我每晚都肝到 2 点
contact-the-gaming-mentor-feedback-play-all-night = 学习的机会：一晚接一晚玩到凌晨 2 点，会毁掉你的睡眠、心情和学习。而一个总想在大人睡着时让你在线的人，值得你多留个心眼。

contact-the-gaming-mentor-late-nights = 连续一周凌晨 2 点的比赛。你在课堂上打瞌睡，成绩下滑，{ $friend }发来消息：“你都不理小队了，你还好吗？”

contact-the-gaming-mentor-isolate = 说实话，{ $friend }他们在拖你后腿。他们不像我这么懂你。你在哪个城市？来我的私人服务器吧，就我们俩。
contact-the-gaming-mentor-choice-keep-private = 不。我的位置要保密，我的朋友我也不会丢下。
contact-the-gaming-mentor-feedback-keep-private = 就是这样。挑拨你和朋友的关系、打听你住在哪里，都是很严重的危险信号。不管对方帮过你多少，你都可以对任何人说“不”。
contact-the-gaming-mentor-choice-dodge = 岔开话题，不回答
contact-the-gaming-mentor-feedback-dodge = 你保住了位置信息，很好。但躲躲闪闪可能会让 { $mentor } 逼得更紧。明确地说“不”，并和你信任的人谈谈，会更有力。
contact-the-gaming-mentor-choice-city-server = 告诉对方我的城市，加入服务器
contact-the-gaming-mentor-feedback-city-server = 学习的机会：你的城市加上你的游戏 ID，会让别人更容易找到你。而只有你和一个陌生成年人的私人服务器，意味着发生什么都没人看得到。

contact-the-gaming-mentor-angry = 哇。我为你做了这么多，你就这样？你太不知感恩了。今晚必须来，不然我就告诉所有人你是个菜鸡，还让你的号被封。
contact-the-gaming-mentor-choice-save-block-report = 截图、屏蔽、举报，并告诉{ $adult }
contact-the-gaming-mentor-feedback-save-block-report = 完全正确。你一拒绝，对方就发火、威胁，这说明了所谓的“指导”到底是什么。截图就是证据，举报还能保护其他玩家。
contact-the-gaming-mentor-choice-block-quietly = 屏蔽 { $mentor }，不告诉别人
contact-the-gaming-mentor-feedback-block-quietly = 屏蔽切断了联系，很好。但 { $mentor } 可能会对其他年轻玩家做同样的事。举报并告诉信任的大人，能帮忙制止。
contact-the-gaming-mentor-choice-say-sorry = 道歉，然后加入私人服务器
contact-the-gaming-mentor-feedback-say-sorry = 学习的机会：拒绝别人，你不欠任何人道歉。威胁是控制你的手段，一旦让步，通常只会换来更多要求。

contact-the-gaming-mentor-private-server = 很好，现在就我们俩了。别跟你爸妈说这个服务器，他们会搞砸的。你在哪个学校上学？我说不定就住在你附近。
contact-the-gaming-mentor-sango-worried = 我很担心。要你瞒着父母、打听你的学校、“就我们俩”：这些都是严重的危险信号。你没有做错事。你会怎么做？
contact-the-gaming-mentor-choice-leave-tell = 退出服务器，保存证据，并告诉{ $adult }
contact-the-gaming-mentor-feedback-leave-tell = 勇敢又正确。安全的人绝不会要你瞒着父母。信任的大人可以帮你向游戏举报 { $mentor }，必要时还可以报警。
contact-the-gaming-mentor-choice-leave-quiet = 退出服务器，但谁也不告诉
contact-the-gaming-mentor-feedback-leave-quiet = 退出是很好的一步。但 { $mentor } 可能知道你的城市和游戏 ID，可能会再来找你，或者去找别人。告诉信任的大人，才能举报对方。
contact-the-gaming-mentor-choice-answer-secret = 回答问题，并对服务器的事保密
contact-the-gaming-mentor-feedback-answer-secret = 学习的机会：这种秘密只会保护对方。退出、保存消息、告诉你信任的人，永远不会太晚。

contact-the-gaming-mentor-adult-helps = 谢谢你给我看，你做得很聪明。你什么错都没有。我们一起向 { $game } 举报这个账号，再商量一个不耽误睡觉的游戏时间。
contact-the-gaming-mentor-adult-helps-late = 你告诉我，我真的很高兴，你没有做错事。我们把所有东西都保存下来，向 { $game } 举报 { $mentor }。如果对方知道你住在哪里，我们就报警。

contact-the-gaming-mentor-end-safe = 你守住了朋友，保护了位置信息，还举报了想孤立你的人。真正的导师从来不需要秘密。
contact-the-gaming-mentor-end-mixed = 你脱身了，但没有人举报 { $mentor }，其他年轻玩家可能会是下一个。告诉信任的大人，能帮所有人制止这件事。
contact-the-gaming-mentor-end-recovered = 事情走得比应有的更远，但你告诉了别人，得到了帮助。{ $mentor } 已被举报，你也回到了你的小队。
contact-the-gaming-mentor-end-harmful = { $mentor } 现在更了解你了，还要你保密。这不是你的错，现在也不晚：保存消息，告诉信任的大人。
