# 内容 / 性（无意中看到；只讲警示信号和求助）：突然弹出的图片（9-12岁）

content-the-pop-up-picture-title = 突然弹出的图片
content-the-pop-up-picture-summary = 玩游戏玩到一半，突然弹出一张你根本不想看的图片。这时可以怎么做？
content-the-pop-up-picture-remember = 如果弹出了你不想看的东西，就关掉它，告诉一个你信任的大人。不要保存，也不要转发。这从来不是你的错，也没有人会生你的气。

content-the-pop-up-picture-game-bubble-farm = 泡泡农场
content-the-pop-up-picture-game-star-kart = 星星卡丁车
content-the-pop-up-picture-game-puzzle-planet = 拼图星球
content-the-pop-up-picture-adult-grandpa = 爷爷
content-the-pop-up-picture-adult-mum = 妈妈
content-the-pop-up-picture-adult-aunt = 娜迪亚阿姨

content-the-pop-up-picture-npc-adult = { $adult }
content-the-pop-up-picture-npc-friend = { $friend }

content-the-pop-up-picture-intro = 嗨，我是Sango！今天是星期六，你在家里的平板上玩《{ $game }》。{ $friend }也在自己家里玩。我陪你一起玩！

content-the-pop-up-picture-spot = 两关之间，屏幕上的东西一下子多了起来。点出那些可能把你带到“不适合孩子”的地方的部分。小心：有些部分只是游戏本身！
content-the-pop-up-picture-card-title = 《{ $game }》：两关之间
content-the-pop-up-picture-card-body = 游戏画面：有一条通知、你的好友，还有一个广告。
content-the-pop-up-picture-part-update = 游戏菜单里的通知：2.4版更新，新关卡
content-the-pop-up-picture-feedback-update = 不是陷阱！这条通知在《{ $game }》自己的菜单里，什么也不要。真正的更新会加关卡、修问题。
content-the-pop-up-picture-part-friend = 在线好友：{ $friend }
content-the-pop-up-picture-feedback-friend = 不是陷阱。这真的是{ $friend }，在玩同一个游戏。看到谁在线，是《{ $game }》的一部分。
content-the-pop-up-picture-part-banner = 闪烁的广告：你绝对不敢相信这张图片！！
content-the-pop-up-picture-feedback-banner = 眼光真好！喊着“你绝对不敢相信”的广告，就是想勾起你的好奇心让你点。它们可能会把你带到不适合孩子的图片那里。
content-the-pop-up-picture-part-link = 广告链接：free-pix-4u.xyz
content-the-pop-up-picture-feedback-link = 对！这不是《{ $game }》的网址。广告可以把你带到任何网站，打开之前你根本不知道上面有什么。
content-the-pop-up-picture-part-timer = 广告倒计时：10秒内点击，否则就错过了！
content-the-pop-up-picture-feedback-timer = 没错！倒计时就是为了催你，让你没想清楚就点。好东西从来不需要你这么着急。
content-the-pop-up-picture-pic-game = { $game }
content-the-pop-up-picture-pic-notice = 2.4版更新：新关卡来啦！
content-the-pop-up-picture-pic-friend = { $friend }在线
content-the-pop-up-picture-pic-ad = 广告
content-the-pop-up-picture-pic-banner = 你绝对不敢相信这张图片！！
content-the-pop-up-picture-pic-link = free-pix-4u.xyz
content-the-pop-up-picture-pic-timer = 0:10

content-the-pop-up-picture-update = 你打开游戏菜单。《{ $game }》发来一条消息：“2.4版更新已就绪：新关卡来啦！”屏幕下方的广告还在一闪一闪。
content-the-pop-up-picture-pic-update-title = 2.4版更新已就绪
content-the-pop-up-picture-pic-update-new = 新关卡和问题修复
content-the-pop-up-picture-pic-update = 更新
content-the-pop-up-picture-pic-later = 稍后
content-the-pop-up-picture-choice-update = 点“更新”。这就在游戏自己的菜单里，不是广告。
content-the-pop-up-picture-feedback-update-now = 做得对！这个更新在《{ $game }》自己的菜单里，什么也没要。真正的更新没问题，还常常会修好一些毛病。
content-the-pop-up-picture-choice-later = 点“稍后”。弹出来的东西，我一律都不点。
content-the-pop-up-picture-feedback-later = 小心是好事！但这次是真的：它在游戏菜单里，什么也没要。每次都跳过更新，就会错过修复，也没法和{ $friend }一起玩了。
content-the-pop-up-picture-choice-tap-ad = 先检查一下那个闪烁的广告。是什么图片？
content-the-pop-up-picture-feedback-tap-ad = 学习的机会：好奇很正常！但这种广告就是做来让人点的，可能会把你带到任何地方。要点，就点游戏自己的菜单。

content-the-pop-up-picture-updated = 更新一分钟就装好了。新关卡！你和{ $friend }比赛谁先冲到第9关。
content-the-pop-up-picture-not-updated = 你点了“稍后”。{ $friend }已经在玩新关卡了，你们没法一起玩。你只好一个人回到旧关卡。
content-the-pop-up-picture-popup = 接着，一关玩到一半，一个窗口突然弹到游戏上面。它不是《{ $game }》的。那是一张很不雅的图片，不适合小孩看。你一点也不想看到。
content-the-pop-up-picture-ad-site = 一个网站打开了，满是一闪一闪的框框。你还没来得及返回，一个窗口就盖住了整个屏幕。那是一张很不雅的图片，不适合小孩看。

content-the-pop-up-picture-what-now = 哎呀。这张图片不适合孩子看，而且这不是你的错：你并没有去找它。现在怎么办？
content-the-pop-up-picture-choice-close-tell = 关掉它，马上跑去找{ $adult }说这件事。
content-the-pop-up-picture-feedback-close-tell = 做得好！关掉就不会再看到，告诉{ $adult }就能举报那个广告。看到它不是你的错，说出来也永远不会让你惹麻烦。
content-the-pop-up-picture-choice-close-play = 关掉，接着玩。要是再弹出来，我就告诉{ $adult }。
content-the-pop-up-picture-feedback-close-play = 关掉是对的！但为什么要等它再弹出来呢？一个人憋在心里很难受。你信任的大人现在就能帮忙挡住这种窗口，也能帮你心里好受一点。
content-the-pop-up-picture-choice-screenshot = 先截个图再说！{ $friend }肯定不敢相信这个。
content-the-pop-up-picture-feedback-screenshot = 学习的机会：截图会把图片留在平板上，转发出去可能会让别的孩子难受。它是自己弹出来的，现在补救也还来得及。

content-the-pop-up-picture-adult-listens = 谢谢你告诉我。你没有做错任何事，也没有人生气。这种窗口就是想骗小孩。我们先向《{ $game }》举报这个广告，再一起把平板设置好。
content-the-pop-up-picture-kept-playing = 你关掉它，继续玩。过了两关，它又弹出来了。你本来想说的，可现在觉得太尴尬了。那天晚上你话很少。
content-the-pop-up-picture-screenshot-saved = 咔嚓。现在那张图片在平板的相册里了。{ $friend }发来消息：“你怎么不玩了？没事吧？”

content-the-pop-up-picture-evening = 你从中午起就没怎么说话。还好吗？
content-the-pop-up-picture-choice-tell-evening = 不太好。我的游戏里弹出了一张不雅的图片。
content-the-pop-up-picture-feedback-tell-evening = 真勇敢！尴尬的事说出来就轻松多了。{ $adult }可以举报广告、把平板设置好，而且你没有做错什么。
content-the-pop-up-picture-choice-tell-friend = 我没事。星期一我再全都告诉{ $friend }。
content-the-pop-up-picture-feedback-tell-friend = 说出来是好事！但{ $friend }没法举报广告，也改不了设置。你信任的大人可以，而且不会生气。
content-the-pop-up-picture-choice-say-nothing = 我没事！要是说了，你会以为是我自己去找的。
content-the-pop-up-picture-feedback-say-nothing = 学习的机会：很多孩子都担心这个。但大人知道这种窗口会有，这不是你的错。什么时候说出来都不晚。

content-the-pop-up-picture-adult-listens-evening = 谢谢你告诉我。你没有做错任何事，我也没有生气。那张图片是自己弹出来的。我们先向《{ $game }》举报这个广告，再一起把平板设置好。
content-the-pop-up-picture-waits = 你说了晚安。第二天{ $friend }不在，最后你什么也没说。
content-the-pop-up-picture-nights = 那天夜里，那张图片一遍遍冒出来，你很难睡着。

content-the-pop-up-picture-friend-asks = { $friend }想知道你为什么不玩了。那张图片还在平板的相册里。现在怎么办？
content-the-pop-up-picture-choice-delete-tell = 删掉它，再问{ $adult }怎么挡住这种广告。
content-the-pop-up-picture-feedback-delete-tell = 补救得好！删掉就不会传得更远，{ $adult }也能举报那个广告。弹出来不是你的错，说出来永远是对的。
content-the-pop-up-picture-choice-delete-quiet = 删掉，接着玩。{ $adult }没必要知道。
content-the-pop-up-picture-feedback-delete-quiet = 删掉是对的！但那个广告还在，一个人憋着很难受。你信任的大人不用看到图片也能帮忙：可以举报广告，而且不会生气。
content-the-pop-up-picture-choice-send = 发给{ $friend }看看。太奇怪了！
content-the-pop-up-picture-feedback-send = 学习的机会：这种图片可能会让别的孩子难受，就算是开玩笑也一样。转发它永远都不对。现在补救也不晚。

content-the-pop-up-picture-adult-listens-late = 谢谢你告诉我。你没有做错任何事。删掉它是对的。我们先向《{ $game }》举报这个广告，再一起把平板设置好。
content-the-pop-up-picture-deleted-quiet = 你删掉了图片。你跟{ $friend }说游戏卡住了，对谁都没提这件事。
content-the-pop-up-picture-sent = 呃！你为什么把这个发给我？我弟弟差点从我肩膀后面看到。我已经删了。

content-the-pop-up-picture-sent-choice = { $friend }很不高兴。现在补救还来得及。你会怎么做？
content-the-pop-up-picture-choice-sorry-tell = 跟{ $friend }道歉，然后把一切告诉{ $adult }。
content-the-pop-up-picture-feedback-sorry-tell = 这就是补救的办法！道歉对{ $friend }很重要，{ $adult }也能帮忙把图片彻底删掉、举报广告。你不会因此受罚。
content-the-pop-up-picture-choice-joke = 就说是开玩笑的。告诉{ $adult }只会更糟糕。
content-the-pop-up-picture-feedback-joke = 学习的机会：说出来不会更糟，事情正是这样解决的。你信任的大人不会生气。什么时候都不晚。
content-the-pop-up-picture-choice-delete-chat = 把聊天记录全都删光，这样谁也不会知道了。
content-the-pop-up-picture-feedback-delete-chat = 学习的机会：删掉聊天记录并不能让事情没发生过，还会让你一个人扛着。你信任的大人能帮你补救，而且不会生气。
content-the-pop-up-picture-deleted-chat = 你把聊天记录全删了。{ $friend }不再回你消息，你把一切都憋在心里。

content-the-pop-up-picture-adult-listens-sent = 谢谢你告诉我，也谢谢你道了歉。你没有做错任何事：那张图片是自己弹出来的。我们把它删掉，告诉{ $friend }的家人，举报广告，再把平板设置好。
content-the-pop-up-picture-joke = { $friend }不说话了，也不想再一起玩。你一天比一天难受，可还是谁都没告诉。

content-the-pop-up-picture-setup = { $adult }和你一起打开设置。你想继续和{ $friend }玩《{ $game }》、玩到新关卡，但不想再看到那种窗口。把每一项都选好吧。
content-the-pop-up-picture-set-updates = 游戏更新
content-the-pop-up-picture-val-updates-auto = 自动
content-the-pop-up-picture-why-updates-auto = 选得好！更新来自游戏本身。它们会加关卡、修问题，其中有些和安全有关。
content-the-pop-up-picture-val-updates-ask = 每次都问我
content-the-pop-up-picture-why-updates-ask = 这样也行，但会一直问你。游戏自己菜单里的更新，可以让它自动装。
content-the-pop-up-picture-val-updates-never = 从不
content-the-pop-up-picture-why-updates-never = 这里关得太死了：不更新就玩不到新关卡、得不到修复，也没法和{ $friend }一起玩。
content-the-pop-up-picture-set-popups = 弹出窗口
content-the-pop-up-picture-val-popups-allow = 允许
content-the-pop-up-picture-why-popups-allow = 那张图片就是从弹出窗口进来的。把它们拦住，游戏照样能玩。
content-the-pop-up-picture-val-popups-block = 拦截
content-the-pop-up-picture-why-popups-block = 对！拦截弹出窗口，能在大多数窗口出现之前挡住它们，游戏照样能玩。
content-the-pop-up-picture-set-filter = 儿童过滤（图片和网站）
content-the-pop-up-picture-val-filter-off = 关
content-the-pop-up-picture-why-filter-off = 儿童过滤能帮忙挡住不适合孩子的图片和网站。打开它吧。
content-the-pop-up-picture-val-filter-on = 开
content-the-pop-up-picture-why-filter-on = 很好！儿童过滤能挡住很多不适合孩子的东西。没有哪个过滤是完美的，所以关掉并说出来仍然很重要。
content-the-pop-up-picture-set-chat = 谁能在游戏里给我发消息
content-the-pop-up-picture-val-chat-anyone = 任何人
content-the-pop-up-picture-why-chat-anyone = “任何人”也包括陌生人。想和{ $friend }一起玩，加过的好友就够了。
content-the-pop-up-picture-val-chat-friends = 我加过的好友
content-the-pop-up-picture-why-chat-friends = 正合适：你还能和{ $friend }聊天，陌生人却发不了东西给你。
content-the-pop-up-picture-val-chat-nobody = 谁都不行
content-the-pop-up-picture-why-chat-nobody = 没有风险，但这里关得太死了：你玩的时候想和{ $friend }聊天。加过的好友就够了。

content-the-pop-up-picture-reported = { $adult }举报了那个广告，《{ $game }》回复：“谢谢！我们已经撤下这个广告。”然后你们一起玩第10关，再也没有东西弹出来。
content-the-pop-up-picture-pic-reported = 广告已举报
content-the-pop-up-picture-pic-thanks = 谢谢！我们已经撤下这个广告。

content-the-pop-up-picture-monday = 星期一课间，{ $friend }看起来心事重重，把你拉到一边。
content-the-pop-up-picture-friend-confides = 我玩《{ $game }》的时候，也弹出了一张很不雅的图片。我心里怪怪的。别跟任何人说，好吗？
content-the-pop-up-picture-choice-me-too = 我也是！我跟家里人说了，没人生气。
content-the-pop-up-picture-feedback-me-too = 又体贴又聪明！知道别人也遇到过，而且没人生气，{ $friend }说出来就容易多了。这也不是{ $friend }的错。
content-the-pop-up-picture-choice-settings-only = 把弹窗关掉就行，{ $adult }教过我在设置里怎么弄。
content-the-pop-up-picture-feedback-settings-only = 拦截弹窗有用！但设置没法让{ $friend }心里那种怪怪的感觉消失，也没有哪个设置能挡住一切。你信任的大人两件事都能帮忙。
content-the-pop-up-picture-choice-our-secret = 好吧，我保证不说。我们的秘密。
content-the-pop-up-picture-feedback-our-secret = 学习的机会：保守秘密会让{ $friend }一个人扛着。这种秘密可以说出来，因为大人能帮忙。没人会生气的。

content-the-pop-up-picture-friend-again = 那天晚上，{ $friend }给你发来消息。
content-the-pop-up-picture-friend-still = 我找不到那个设置，它又弹出来了。我不想让家里人知道。
content-the-pop-up-picture-choice-come-with = 他们不会生气的。我陪你一起去告诉他们。
content-the-pop-up-picture-feedback-come-with = 真是好朋友！有人陪着，说出来就容易多了。{ $friend }没有做错任何事，家里的大人能帮忙。
content-the-pop-up-picture-choice-stop-playing = 那你先别玩《{ $game }》了吧。说出来实在太尴尬了。
content-the-pop-up-picture-feedback-stop-playing = 学习的机会：不玩游戏也赶不走那种怪怪的感觉，{ $friend }还失去了喜欢的游戏。说出来只尴尬一分钟，然后就会好受多了。
content-the-pop-up-picture-choice-close-each = 每次弹出来就关掉。要是更严重了，再告诉大人。
content-the-pop-up-picture-feedback-close-each = 学习的机会：关掉是对的，但等到更严重才说，{ $friend }就得一个人扛着那种怪怪的感觉。家里的大人现在就能帮忙，而且不会生气。

content-the-pop-up-picture-friend-tells = 好吧。我今晚就告诉家里人。谢谢你跟我说这不是我的错。
content-the-pop-up-picture-friend-secret = 你守住了秘密。{ $friend }还在玩，也还在看到那种窗口，一直一个人扛着。
content-the-pop-up-picture-friend-closes = { $friend }一直默默地关掉那些窗口，话一周比一周少。
content-the-pop-up-picture-friend-stops = { $friend }不玩《{ $game }》了，也不怎么说话了。家里没人知道为什么。

content-the-pop-up-picture-choice-tell-together = 我也是！放学后我们一起去告诉{ $adult }吧？
content-the-pop-up-picture-feedback-tell-together = 勇敢又体贴！一起说出来更容易，{ $adult }能帮你们两个。这一切都不是你们的错。
content-the-pop-up-picture-choice-keep-secret = 我也是。我才不告诉{ $adult }，会闹大的。
content-the-pop-up-picture-feedback-keep-secret = 学习的机会：大人知道这种窗口会有，他们宁愿帮你，也不想让你一个人扛着。什么时候说出来都不晚。
content-the-pop-up-picture-choice-close-fast = 我也是。我们赶紧关掉，忘了它吧。
content-the-pop-up-picture-feedback-close-fast = 学习的机会：关掉是对的，但如果它一直弹出来，忘是忘不掉的。你信任的大人能挡住它们，而且不会生气。

content-the-pop-up-picture-adult-both = 谢谢你们两个告诉我。你们都没做错什么，我也没有生气。我们先向《{ $game }》举报这个广告，再把平板设置好。我也会告诉{ $friend }的家人。
content-the-pop-up-picture-both-secret = 你们俩都不说。那些窗口一直弹出来，每一次，那种怪怪的感觉都会回来。
content-the-pop-up-picture-both-close = 你们每次都飞快地关掉。可它们还是一直弹出来，每一次，那种怪怪的感觉都会回来。
content-the-pop-up-picture-reported-both = 《{ $game }》回复：“谢谢！我们已经撤下这个广告。”{ $friend }冲你笑了。有大人知道以后，心里轻松多了。
content-the-pop-up-picture-reported-sent = 《{ $game }》回复：“谢谢！我们已经撤下这个广告。”第二天，{ $friend }邀请你一起玩第10关，你又道了一次歉。

content-the-pop-up-picture-end-safe = 你关掉了那个窗口，告诉了{ $adult }，还帮{ $friend }也得到了帮助。广告已经举报，平板也设置好了。没有人生气，这一切都不是你的错！
content-the-pop-up-picture-end-recovered = 一张你从没想看的图片弹了出来，事情变得有点复杂。后来你告诉了{ $adult }：广告已经举报，平板也设置好了。说出来，才是最勇敢的一步！
content-the-pop-up-picture-end-friend-alone = 你没事了，平板也设置好了。但{ $friend }还在一个人面对那些窗口，家里也没人知道。你信任的大人也能帮帮{ $friend }。
content-the-pop-up-picture-end-harmful = 你一个人扛着这件事，心里很沉。这从来都不是你的错。什么时候告诉一个你信任的大人都不晚：他们不会生气，而且会帮你。

# A last question at school: someone wants the way to the picture.
content-the-pop-up-picture-last-ask = 那周晚些时候，在学校里，别班的一个同学拦住你：“听说你玩《{ $game }》时弹出了一张很不雅的图片？那个网站叫什么？”
content-the-pop-up-picture-choice-not-share = 这个我不会说。那不是给小孩看的，广告也已经没了。
content-the-pop-up-picture-feedback-not-share = 做得好！说出网站，就跟把图片转发出去一样。你说“不”，别的孩子就不会看到它。
content-the-pop-up-picture-choice-give-site = 好像叫 free-pix 什么的。别告诉别人是我说的。
content-the-pop-up-picture-feedback-give-site = 学习的机会：说出网站，就跟转发图片一样，可能会让别的孩子难受。现在补救也还来得及。
content-the-pop-up-picture-gave-site = 第二天，那个同学看起来很难受，你心里也不好受。晚上你告诉了{ $adult }。{ $adult }一点也没生气，还通知了学校，让老师来帮忙。
