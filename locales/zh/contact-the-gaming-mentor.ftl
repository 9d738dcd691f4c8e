# 接触 / 攻击性：游戏导师（13–15 岁），不含性内容的诱骗模式

contact-the-gaming-mentor-title = 游戏导师
contact-the-gaming-mentor-summary = 一位排名很高的玩家送你礼物、说要免费教你，然后一点点想把你从朋友身边拉走。
contact-the-gaming-mentor-remember = 夸奖、礼物、“就我们俩”和秘密都是危险信号。别去警告对方：先悄悄保存聊天记录，再拉黑、举报，并告诉信任的大人。

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
contact-the-gaming-mentor-adult-mum = 妈妈
contact-the-gaming-mentor-adult-dad = 爸爸
contact-the-gaming-mentor-adult-grandpa = 爷爷

contact-the-gaming-mentor-intro = 这一周你一直和{ $friend }还有队友们在 { $game } 里冲排位。一位排名很高的玩家 { $mentor } 一直在看你的比赛。

# The world remembers: the school told to a new follower in The New Follower comes back.
contact-the-gaming-mentor-school-request = 两局之间，一个没有对局记录、也没有好友的新账号发来消息请求。它说话的口气和 { $follower } 一模一样，还说出了你的学校：“我放学后常在那附近。要不要见一面？”
contact-the-gaming-mentor-school-choice = 还记得你告诉过 { $follower } 你在哪个学校吗？这样的信息会传出去。很多人都遇到过，你可以把它补救好。你会怎么做？
contact-the-gaming-mentor-choice-school-show = 不回复。先截图，拉黑，再拿给{ $adult }看。
contact-the-gaming-mentor-choice-school-block = 拉黑，删掉请求。不用告诉{ $adult }，结束了。
contact-the-gaming-mentor-choice-school-reply = 回复：“你是谁？你也在我们学校吗？”
contact-the-gaming-mentor-feedback-school-show = 这样就补救好了。不回复就什么都不给对方，截图留下了证据，{ $adult }能帮你举报这个账号，并把学校从你的主页上拿掉。这不是你的错。
contact-the-gaming-mentor-feedback-school-block = 拉黑是好的直觉。但删掉就把证据也丢了，而且对方还是知道你的学校。先截图，再拉黑、举报，并告诉一位信任的大人。
contact-the-gaming-mentor-feedback-school-reply = 学习的机会：任何回复都会让对方觉得你好奇，他们会逼得更紧。一个知道你学校、还想见你的陌生人，今天就该拿给一位信任的大人看。
contact-the-gaming-mentor-school-helped = 谢谢你拿给我看。你没有做错任何事。我们已经举报了那个账号，再一起检查一下，别让你的主页和帖子露出学校。
contact-the-gaming-mentor-school-blocked = 请求不见了，证据也没了。对方还是知道你的学校，而能帮忙的人还不知道。现在告诉{ $adult }永远不晚。
contact-the-gaming-mentor-school-replied = 对方马上回复：“你还不认识我。校门口见？”感觉不对劲，你就不再回复了。现在拿给{ $adult }看永远不晚。

# 好好说：对“换个软件聊”说出坚定的拒绝。
contact-the-gaming-mentor-firm-no = 现在 { $mentor } 一直给你发消息：“换个软件加我吧，就我们俩，别告诉你的队友。”写一句坚定的拒绝：选好要说什么，也想好什么不该说。
contact-the-gaming-mentor-firm-no-to = { $mentor }
contact-the-gaming-mentor-ph-sorry = 改天吧？
contact-the-gaming-mentor-why-sorry = “改天”听起来很客气，其实等于告诉对方可以再试，对方也真的会再试。拒绝就是拒绝，不用留“改天”的余地。
contact-the-gaming-mentor-ph-no = 不行。
contact-the-gaming-mentor-why-no = 清楚的“不行。”是最关键的。拒绝不需要理由，也不需要道歉。
contact-the-gaming-mentor-ph-hey = 嗨。
contact-the-gaming-mentor-why-hey = 打不打招呼都可以。重要的是，其余的话要简短清楚。
contact-the-gaming-mentor-ph-secret = 放心，我不会告诉别人你找过我。
contact-the-gaming-mentor-why-secret = 听起来很体贴，但答应保密只会保护施压的人。这样的秘密，正是该告诉信任的大人的。
contact-the-gaming-mentor-ph-no-app = 我不会在别的软件加你。
contact-the-gaming-mentor-why-no-app = 直接说出你不会做什么，对方就没什么可争的。想把你拉到“就我们俩”的地方，本身就是危险信号。
contact-the-gaming-mentor-ph-age = 不行，我才 14 岁，我爸妈会查我手机。
contact-the-gaming-mentor-why-age = 听起来很合理，但这暴露了你的年龄，而借口等于给对方出了一道能解的题，比如“那就用你爸妈不查的软件”。拒绝不需要理由。
contact-the-gaming-mentor-ph-insult = 你真恶心。滚，不然我让你被封号。
contact-the-gaming-mentor-why-insult = 生气很正常。但辱骂和威胁可能让事情更糟，还会提醒对方赶紧删掉聊天记录。保持冷静：先保存，再拉黑、举报，并告诉你信任的大人。
contact-the-gaming-mentor-ph-stop = 别再问我这件事了。
contact-the-gaming-mentor-why-stop = 这样就划清了界限。如果对方还是再问，那就是危险信号：保存聊天记录，拉黑、举报，并告诉信任的大人。

contact-the-gaming-mentor-offer = 行吧，那就先在这儿聊。你真的有天赋，比你的队友强多了。我刚送了你一个稀有皮肤。我带过的人都打上了职业，教你免费。今晚 11 点到 2 点？
contact-the-gaming-mentor-pic-skin = 稀有皮肤
contact-the-gaming-mentor-pic-gift-from = 来自 { $mentor } 的礼物
contact-the-gaming-mentor-pic-accept = 接受
contact-the-gaming-mentor-choice-tonight = 谢谢皮肤！今晚 11 点到 2 点，我来。
contact-the-gaming-mentor-feedback-tonight = 学习的机会：送礼物，再加一句“你比队友有天赋”，是带钩子的夸奖。一个总想在大人睡着时让你每晚在线的人，值得你多留个心眼。
contact-the-gaming-mentor-choice-skin-back = 皮肤还给你吧。反正我十点就下线了。
contact-the-gaming-mentor-feedback-skin-back = 聪明。陌生人的礼物会让你觉得欠了对方什么，还回去就不用被牵着走。而且没有哪个段位值得你在上学前一晚熬夜。
contact-the-gaming-mentor-choice-one-hour = 就玩一小时，在公共大厅，这样安全。
contact-the-gaming-mentor-feedback-one-hour = 留在公开的地方，想得不错。但晚上 11 点对上学日来说太晚了，而礼物加“你比队友强”，是带钩子的夸奖。继续留心。

contact-the-gaming-mentor-c-tonight = 一星期都打到凌晨 2 点。你上课打瞌睡，{ $friend }发消息：“你都不跟队伍玩了，还好吗？”接着 { $mentor } 说：“别跟你爸妈说我们玩到这么晚，他们会搞砸的。”
contact-the-gaming-mentor-c-skin-back = 哈哈行吧，早点睡。那周六下午吧。不过说真的，你的队友在拖你后腿。
contact-the-gaming-mentor-c-one-hour = 你在公共大厅打了一局就下线了。半夜，你的背包里又多了一个皮肤，附言：“你的队友在拖你后腿。”

contact-the-gaming-mentor-move = 说实话，{ $friend }他们在拖你后腿。来我的私人语音服务器练吧，就我们俩。你在哪个城市？是为了看延迟。
contact-the-gaming-mentor-pic-server = 私人语音服务器
contact-the-gaming-mentor-pic-server-members = 2 名成员
contact-the-gaming-mentor-pic-join = 加入
contact-the-gaming-mentor-choice-join-no-city = 我可以去那边，但我的城市是隐私。
contact-the-gaming-mentor-feedback-join-no-city = 不说城市是对的。但和一个年纪更大的陌生人在私人服务器里“就我们俩”，就没有别人能看到说了什么。待在有队友的地方吧。
contact-the-gaming-mentor-choice-city = 只是城市而已，又不是地址。马上来。
contact-the-gaming-mentor-feedback-city = 学习的机会：城市加上游戏昵称，会让别人更容易找到你。而在私人服务器里“就我们俩”，意味着没人看得到发生了什么。
contact-the-gaming-mentor-choice-stay-squad = 不了，我就在这。跟队友玩最开心。
contact-the-gaming-mentor-feedback-stay-squad = 就是这样。贬低你的朋友、把你拉到“就我们俩”的地方，都是诱骗的危险信号。不管对方多大方，你都不欠任何人一次“换地方”。

contact-the-gaming-mentor-c-join-no-city = 私人服务器里只有你和 { $mentor }。对方问你在哪个学校，又说：“别跟你爸妈说这个服务器。”你赶紧下线了。
contact-the-gaming-mentor-c-city = 你进去了。私人服务器里只有你们两个。“不错，我说不定就住你附近。别跟你爸妈说这个服务器，他们会搞砸的。”
contact-the-gaming-mentor-c-stay-squad = { $mentor } 一整天没说话。然后来了一条很长的消息。

contact-the-gaming-mentor-angry = 哇。我送了你那么多皮肤，就这样？真没良心。今晚来我的服务器，不然我就告诉所有人你很菜，再让你的号被封。
contact-the-gaming-mentor-choice-announce = 我要举报你。我还要告诉我爸妈。
contact-the-gaming-mentor-feedback-announce = 敢对威胁说不，很勇敢。但提前警告这种人，等于给对方时间删掉聊天记录或者逼得更紧。什么都别说，先保存，再拉黑、举报、告诉大人。
contact-the-gaming-mentor-choice-save-quietly = 不回复。先把每一条消息都截图保存好。
contact-the-gaming-mentor-feedback-save-quietly = 冷静又聪明。你一拒绝就生气、威胁，说明这“辅导”到底是什么。趁对方还没察觉就全部存好，证据就在你手里。
contact-the-gaming-mentor-choice-give-in = 对不起！今晚我会去的。求你别封我号。
contact-the-gaming-mentor-feedback-give-in = 学习的机会：拒绝别人，你不欠任何人道歉。威胁是控制你的手段，一旦让步，通常只会换来更多要求。随时都能求助。

contact-the-gaming-mentor-c-announce = “去啊哈哈。”{ $mentor } 回复。一分钟后，对方发给你的所有消息都从聊天里消失了。
contact-the-gaming-mentor-pic-deleted = 此消息已被删除
contact-the-gaming-mentor-pic-go-ahead = 随便你哈哈
contact-the-gaming-mentor-c-save-quietly = 你没有回复。你把一切都截了图：皮肤、“就我们俩”、威胁和对方的主页，存进一个文件夹。{ $mentor } 还在输入中。
contact-the-gaming-mentor-pic-folder = 截图
contact-the-gaming-mentor-pic-saved = 已保存 5 张截图
contact-the-gaming-mentor-pic-typing = { $mentor } 正在输入…
contact-the-gaming-mentor-c-give-in = 晚上 11 点你进了私人服务器。“很好。别跟你爸妈说这个服务器，他们会搞砸的。你在哪个学校？”

contact-the-gaming-mentor-what-now = 证据在你手里，{ $mentor } 还不知道。下一步怎么做？
contact-the-gaming-mentor-choice-report-alone = 拉黑并举报。这事我一个人就能搞定。
contact-the-gaming-mentor-feedback-report-alone = 带着证据拉黑和举报，做得很棒。但这种威胁一个人扛太重了，大人能做到你做不到的事。也告诉一个大人吧。
contact-the-gaming-mentor-choice-tell-friend = 全都告诉{ $friend }，肯定会有办法的。
contact-the-gaming-mentor-feedback-tell-friend = 跟朋友说总比憋着好。但{ $friend }没法像信任的大人那样去举报、去保护你。{ $adult }这样的人可以。
contact-the-gaming-mentor-choice-show-adult = 今晚我就把整个文件夹都拿给{ $adult }看看。
contact-the-gaming-mentor-feedback-show-adult = 就该这么做。{ $adult }能帮你拉黑 { $mentor }，向 { $game } 举报，需要时还能报警。说出来从来不是打小报告。

contact-the-gaming-mentor-c-report-alone = { $game } 封了那个号。两天后，一个新名字进了你的大厅。又是 { $mentor }。
contact-the-gaming-mentor-c-tell-friend = { $friend }回复：“好恶心。要不就别理了？”你就没理。两天后，{ $mentor } 又出现在你的大厅里。

contact-the-gaming-mentor-evidence-gone = 现在没人会信你了。晚上 11 点来我的服务器，不然跟你的号说再见吧。
contact-the-gaming-mentor-choice-gone-tell = 先截这张图，再把一切都讲给{ $adult }听。
contact-the-gaming-mentor-feedback-gone-tell = 做得对。就算聊天记录被删了，这条威胁、对方的名字和你的讲述都很重要，{ $game } 也可能还有记录。信任的大人能帮你举报。
contact-the-gaming-mentor-choice-gone-block = 拉黑就行。威胁是假的，别让{ $adult }担心。
contact-the-gaming-mentor-feedback-gone-block = 拉黑能挡住消息，不错。但会删聊天、会威胁的人很可能还会再来，而能帮你的人还什么都不知道。存下剩下的：{ $adult }宁愿知道。
contact-the-gaming-mentor-choice-gone-give-in = 好吧，我去。我可不能丢了这个号。
contact-the-gaming-mentor-feedback-gone-give-in = 学习的机会：向威胁低头，只会让对方知道威胁有用。号可以找回来，你比任何段位都重要。随时都能求助。

contact-the-gaming-mentor-c-gone-block = 你拉黑了 { $mentor }。两天后，一个新名字进了你的大厅。又是 { $mentor }。
contact-the-gaming-mentor-c-gone-give-in = 晚上 11 点你进了服务器。{ $mentor } 又变得很温柔，问你在哪个学校。“这是我们的秘密，对吧？”

contact-the-gaming-mentor-again = 以为能甩掉我？我知道你的昵称，也知道你的队伍。回我，不然所有人都会听说你开挂。
contact-the-gaming-mentor-choice-again-answer = 好，我回你。只是千万别告诉队友我开挂。
contact-the-gaming-mentor-feedback-again-answer = 学习的机会：回复等于告诉对方施压有用，下一个要求会更大。关于开挂的谣言也可以举报。随时都能求助。
contact-the-gaming-mentor-choice-again-quit = 彻底不玩 { $game } 了。没人需要知道。
contact-the-gaming-mentor-feedback-again-quit = 学习的机会：不玩能躲开，但你会失去一个喜欢的游戏，而 { $mentor } 会转向别的年轻玩家。信任的大人仍然可以帮忙。
contact-the-gaming-mentor-choice-again-show = 截图。这回{ $adult }会看到事情的全部经过。
contact-the-gaming-mentor-feedback-again-show = 对。对方又回来了，这时就需要一个能出手的大人。{ $adult }也能帮你举报新账号，而你的截图能显示整个套路。

contact-the-gaming-mentor-secret = 我很担心。夸奖、礼物，还有对爸妈保密，都是严重的危险信号。你不会有麻烦。你会怎么做？
contact-the-gaming-mentor-choice-secret-show = 下线，今晚就把整段聊天都拿给{ $adult }看。
contact-the-gaming-mentor-feedback-secret-show = 勇敢又正确。真正可靠的人不会让你对爸妈保密。{ $adult }能帮你向 { $game } 举报 { $mentor }，需要时还能报警。
contact-the-gaming-mentor-choice-secret-keep = 这是我们的秘密。对方一直对我很好。
contact-the-gaming-mentor-feedback-secret-keep = 学习的机会：这种秘密只保护对方。礼物和夸奖并不能让一个人变得可靠。下线、说出来，什么时候都不晚。
contact-the-gaming-mentor-choice-secret-quiet = 下线。这是我的隐私，不用让{ $adult }知道。
contact-the-gaming-mentor-feedback-secret-quiet = 下线是一步好棋。但 { $mentor } 知道你的昵称，很可能还会再来，也许还会找别人。告诉{ $adult }，才能让对方停下。

contact-the-gaming-mentor-c-secret-keep = 你守着这个秘密。每天晚上 { $mentor } 都多要一点：你的学校、真名，还有一张“证明你是真人”的照片。
contact-the-gaming-mentor-c-secret-quiet = 你下线了，什么也没说。第二天晚上，{ $mentor } 又发来消息，比之前更生气。

contact-the-gaming-mentor-back-again = 你不能就这么消失。我给了你那么多，就这样？回我，不然我把你说过的话都讲给队友听。
contact-the-gaming-mentor-choice-back-answer = 好，我在。求你千万别告诉队友和{ $adult }。
contact-the-gaming-mentor-feedback-back-answer = 学习的机会：向威胁让步，只会让威胁越来越大。在压力下说过的话不是你的错，{ $adult }也不会怪你。告诉大人，什么时候都不晚。
contact-the-gaming-mentor-choice-back-show = 截下这条消息，今晚就拿给{ $adult }看看。
contact-the-gaming-mentor-feedback-back-show = 你把事情扳回来了。下线是开始，告诉{ $adult }才算完成：大人可以举报 { $mentor }，保护你。你不会有麻烦。
contact-the-gaming-mentor-choice-back-quit = 删掉 { $game }，以后再也不提这件事。
contact-the-gaming-mentor-feedback-back-quit = 学习的机会：删掉游戏能躲开，但你会失去喜欢的东西，而 { $mentor } 会去找别的玩家。信任的大人仍然可以帮忙阻止。

contact-the-gaming-mentor-c-answer = 你回复了。{ $mentor } 每天都要更多：玩得更久、你的学校、你的真名。你越来越睡不着。
contact-the-gaming-mentor-c-quit = 你卸载了 { $game }，什么也没说。暂时安静了，但你想念队友，而 { $mentor } 还在某个地方。

contact-the-gaming-mentor-adult-helps = 谢谢你给我看，你做得很聪明。你什么错都没有。我们一起拉黑 { $mentor }，向 { $game } 举报，文件夹也留着，万一需要报警。
contact-the-gaming-mentor-adult-helps-wiped = 我相信你，你不会有麻烦。就算聊天被删了，也可能留下记录。我们用你存下的东西向 { $game } 举报 { $mentor }，再一起拉黑。
contact-the-gaming-mentor-adult-helps-again = 谢谢你告诉我。你什么错都没有，这件事你一个人扛得够久了。我们一起向 { $game } 举报 { $mentor } 用过的每一个账号。
contact-the-gaming-mentor-adult-helps-late = 你告诉我，我真的很高兴，你不会有麻烦。我们把一切都存好，向 { $game } 举报 { $mentor }。如果需要，我们就报警。

contact-the-gaming-mentor-end-safe = 你看穿了夸奖、礼物和“就我们俩”，尽量保存了证据，还让{ $adult }站在你这边。{ $mentor } 已被举报，你的队伍还在你身边。
contact-the-gaming-mentor-end-recovered = 你曾跟着 { $mentor } 走了一段：诱骗总是从友好开始，这种事会发生。后来你下线并告诉了{ $adult }，{ $mentor } 已被举报。这需要勇气。
contact-the-gaming-mentor-end-mixed = 离开 { $game } 让你躲开了，暂时也安静了。但没有大人知道，{ $mentor } 可能再找到你或别的玩家。告诉信任的大人，什么时候都不晚。
contact-the-gaming-mentor-end-harmful = { $mentor } 还在控制你，要的越来越多。这不是你的错。什么时候都不晚：保存消息，告诉信任的大人，大人会帮你。

# What the choices leave on "My phone" (traces).
contact-the-gaming-mentor-trace-city = 你所在的城市，告诉了一个在游戏里认识的“教练”。
contact-the-gaming-mentor-trace-city-advice = 加上你的游戏 ID，别人更容易找到你。保存聊天记录，拉黑并举报对方，再告诉你信任的大人。
contact-the-gaming-mentor-trace-mentor = 游戏里那个想要“就我们俩”的“教练”，已举报。
contact-the-gaming-mentor-trace-mentor-advice = 做得好。如果对方换个名字回来，你已经认得这些套路：先悄悄截图，再拉黑、举报、告诉大人。
