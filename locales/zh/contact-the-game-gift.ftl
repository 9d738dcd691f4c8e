# 接触 / 商业风险：游戏礼物（9–12 岁）

contact-the-game-gift-title = 游戏礼物
contact-the-game-gift-summary = 一个你不认识的玩家要免费送你一款超稀有皮肤，但对方真正想要的是什么？
contact-the-game-gift-remember = 永远别把密码告诉别人，稀有礼物也不行。先截图，别提醒对方就直接举报，再告诉你信任的大人。

contact-the-game-gift-app = { $app }
contact-the-game-gift-app-blocklands = Blocklands
contact-the-game-gift-app-skyracers = Sky Racers
contact-the-game-gift-app-roboarena = Robo Arena
contact-the-game-gift-skin-dragon = 黄金巨龙皮肤
contact-the-game-gift-skin-ninja = 银河忍者皮肤
contact-the-game-gift-skin-phoenix = 彩虹凤凰皮肤
contact-the-game-gift-name-freeskinz = FreeSkinz_Kai
contact-the-game-gift-name-giftmod = Official_Gift_Mod
contact-the-game-gift-name-luckydrop = LuckyDrop_77
contact-the-game-gift-adult-mum = 妈妈
contact-the-game-gift-adult-dad = 爸爸
contact-the-game-gift-adult-grandpa = 爷爷

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = 嗨，是我，Sango！放学后，你和{ $friend }在玩 { $app }。和朋友一起玩更有意思！我会陪你一起留意聊天。

contact-the-game-gift-gifter-hello = 嘿！！今天我要把超稀有的{ $skin }送给 3 位幸运玩家，你就是其中之一！想要吗？完全免费哦。
contact-the-game-gift-pic-free = 免费
contact-the-game-gift-pic-skin = { $skin }
contact-the-game-gift-choice-no-thanks = 不用了，谢谢。陌生人的礼物我一概不收。
contact-the-game-gift-feedback-no-thanks = 想得真好！不认识的人免费送稀有道具，是骗取信任的老套路。说“不”永远没问题。
contact-the-game-gift-choice-check-first = 你真是 { $app } 官方的？我得跟{ $adult }核实一下。
contact-the-game-gift-feedback-check-first = 想核实很聪明！但问对方没用：骗子只会说“是”，还会催你，不给你时间问{ $adult }。真正的礼物来自游戏本身，从来不是聊天里的某个玩家发的。
contact-the-game-gift-choice-yes-please = 要要要！今天是我的幸运日！怎么领？
contact-the-game-gift-feedback-yes-please = 学习的机会：陌生人送稀有礼物是危险信号。对方想让你兴奋起来，这样你就不会停下来想想，接下来会被要什么。

contact-the-game-gift-gifter-ask = 别害羞，百分百免费！只要在我的礼物页面 skinz-gift.win 登录，或者把密码告诉我。快点，只剩 5 分钟了！
contact-the-game-gift-gifter-proof = 当然是啦，看我的名字！在我的礼物页面 skinz-gift.win 登录，或者把密码告诉我。快点，只剩 5 分钟了！
contact-the-game-gift-gifter-ask-yes = 太好了！只要在我的礼物页面 skinz-gift.win 登录，或者把密码告诉我，我帮你加上。快点，只剩 5 分钟了！
contact-the-game-gift-pic-url = skinz-gift.win
contact-the-game-gift-pic-timer-5 = 5:00
contact-the-game-gift-pic-claim = 领取你的免费皮肤！
contact-the-game-gift-pic-password = 密码
contact-the-game-gift-pic-log-in = 登录

contact-the-game-gift-countdown = 聊天里弹出一个倒计时：4:59……4:58……4:57……
contact-the-game-gift-pic-timer = 4:59
contact-the-game-gift-choice-screenshot-report = 截图，然后举报 { $gifter }。
contact-the-game-gift-feedback-screenshot-report = 完全正确！真正的礼物从来不需要你的密码。截图留下了证据，举报能让游戏替所有人拦住 { $gifter }。
contact-the-game-gift-choice-announce = 这是诈骗！我要举报你，还要告诉{ $adult }！
contact-the-game-gift-feedback-announce = 你识破了骗局，真棒！但提醒 { $gifter } 会让对方删掉聊天、消失不见。更好的做法：先截图，再一声不响地举报。
contact-the-game-gift-choice-log-off = 密码不会给你的！我下线了，拜拜！
contact-the-game-gift-feedback-log-off = 守住密码完全正确！但 { $gifter } 还会对别的玩家用同样的圈套。截图并举报，才能拦住对方。
contact-the-game-gift-choice-log-in = 快，趁时间还没到，赶紧在礼物页面登录！
contact-the-game-gift-choice-log-in-yes = 放心，很安全，是可信的礼物页面。马上登录吧！
contact-the-game-gift-feedback-log-in = 学习的机会：假的礼物页面会模仿真正的登录页来偷密码，倒计时就是为了催你。你的密码只属于你和你的爸妈。

contact-the-game-gift-reported = 游戏回复：“谢谢！我们正在核查这名玩家。”{ $gifter } 从聊天里消失了。一小时后，{ $friend }给你发来消息。
contact-the-game-gift-pic-thanks-checking = 谢谢！我们正在核查这名玩家。
contact-the-game-gift-vanished = { $gifter } 写了句“哈哈拜拜”，然后删掉了整个聊天。现在没有任何东西能给游戏看了。一小时后，{ $friend }给你发来消息。
contact-the-game-gift-logged-off = 你下线了。一小时后，{ $friend }给你发来一条消息，听起来很不开心。
contact-the-game-gift-reported-yes = 游戏回复：“谢谢！我们正在核查这名玩家。”{ $gifter } 从聊天里消失了，你的密码也还是你自己的。

contact-the-game-gift-friend-scammed = 救命！我在那个礼物页面登录了，现在我的账号没了。队伍聊天里大家都在笑我，叫我菜鸟。
contact-the-game-gift-choice-get-adult = 不是你的错！走，我们一起去给{ $adult }看看。
contact-the-game-gift-feedback-get-adult = 又善良又勇敢！骗子连大人都骗，所以被骗从来不是被骗者的错。大人可以帮忙改密码、去举报。
contact-the-game-gift-choice-post-link = 我去提醒全队，把链接发出来，让大家都知道。
contact-the-game-gift-feedback-post-link = 提醒队友很善良！但带着链接的帖子会让人好奇，总有人会点。用你自己的话提醒，别带链接，再去找大人帮忙。
contact-the-game-gift-choice-hide-it = 别告诉任何人。{ $adult }知道了会不让我们玩的。
contact-the-game-gift-feedback-hide-it = 学习的机会：藏着不说，账号就一直在骗子手里。被骗不是该受罚的事。告诉你信任的大人，问题才能解决。

contact-the-game-gift-friend-helped = 谢谢你们俩告诉我。{ $friend }，这不是你的错。我们马上改密码，举报 { $gifter }，再请 { $app } 的客服试着帮忙。
contact-the-game-gift-friend-hides = { $friend }什么也没说。到了晚上，那个旧账号正在给全队发礼物圈套。
contact-the-game-gift-link-clicked = 队友们纷纷回复：“哇，免费皮肤？”“真的假的？”有两个人说要点开 skinz-gift.win“就看看”。

contact-the-game-gift-team-mess = 糟了！大家都想点你发的链接试试。我们该怎么办？
contact-the-game-gift-choice-fix-together = 我先删掉帖子，然后我们一起去找{ $adult }。
contact-the-game-gift-feedback-fix-together = 补救得好！删掉链接能防止更多人点，大人也能帮大家改密码、去举报。犯了错，可以改正。
contact-the-game-gift-choice-stay-out = 他们点了也不怪我。我才不把{ $adult }扯进来。
contact-the-game-gift-feedback-stay-out = 学习的机会：谁都可能点错链接，再小心的人也一样。删掉你的帖子、请{ $adult }帮忙，圈套才不会继续扩散。
contact-the-game-gift-spread = 你的帖子还挂着。两个玩家“就看看”点了链接，到了晚上，他们的账号也在队里发礼物圈套了。

contact-the-game-gift-account-weird = 页面显示“错误”，皮肤也没来。第二天早上，{ $friend }问你：“为什么你的账号给我发了同样的礼物消息？”
contact-the-game-gift-gifter-demands = 想要回账号？简单。把你爸妈的邮箱和他们收到的验证码发给我。谁都别告诉，不然你的账号就永远没了！
contact-the-game-gift-choice-show-adult = 把这段聊天给{ $adult }看，再赶紧改密码。
contact-the-game-gift-feedback-show-adult = 最好的做法！“谁都别告诉”是很严重的危险信号。赶紧改密码能保护剩下的东西，{ $adult }也能帮忙举报。你不会有麻烦。
contact-the-game-gift-choice-threaten = 把号还给我，不然我就告诉{ $adult }，还要报警！
contact-the-game-gift-feedback-threaten = 敢于反击很勇敢！但威胁会提醒骗子，让对方更快把你锁在外面。更好的做法：停止回复，截图，告诉你信任的大人。
contact-the-game-gift-choice-new-account = 拉黑对方，然后重新注册一个新号。
contact-the-game-gift-feedback-new-account = 什么都没发是对的！但你的旧账号还在对方手里，正在骗你的朋友。你信任的大人可以帮忙举报。
contact-the-game-gift-choice-send-code = 把邮箱和验证码发过去。我想要回我的东西！
contact-the-game-gift-feedback-send-code = 学习的机会：那个验证码还能打开你爸妈的账号，骗子总会要得更多。停下来，告诉你信任的大人，永远不会太晚。

contact-the-game-gift-adult-helps-late = 你告诉我，我真的很高兴。谁都可能被骗，你不会有麻烦。我们把能改的密码都改掉，举报 { $gifter }，再请 { $app } 的客服试着帮忙。
contact-the-game-gift-new-start = 你的新账号能用了。可旧账号还在给你的朋友们发礼物圈套。
contact-the-game-gift-locked-out = { $gifter } 写了句“哈哈，祝你好运”，然后改了你的密码。现在你完全登录不上了。
contact-the-game-gift-code-sent = 谢谢！那你的账号？还不行。我还需要你爸妈的密码。记住：谁都别告诉。

contact-the-game-gift-old-account = 你的旧账号一直给我发那个礼物链接！真的是你吗？
contact-the-game-gift-choice-someone-took = 不是我！号被人偷了。我马上去找{ $adult }。
contact-the-game-gift-feedback-someone-took = 做得好！对{ $friend }说实话很有帮助，{ $adult }也能帮忙改密码，请游戏客服试着帮忙。你不会有麻烦。
contact-the-game-gift-choice-fix-alone = 别点！我得在{ $adult }发现之前自己搞定。
contact-the-game-gift-feedback-fix-alone = 学习的机会：你不用一个人对付骗局，骗子就盼着你瞒着。现在告诉{ $adult }永远不晚，{ $adult }会帮你，你也不会挨骂。
contact-the-game-gift-fixing-alone = 你试了好几个小时，还是登录不上。旧账号还在给越来越多的玩家发圈套。

contact-the-game-gift-end-safe = 你守住了自己的密码，还帮{ $friend }去找了{ $adult }。密码都改了，{ $gifter } 被举报了，{ $app } 的客服也在处理。这才是真正的队友！
contact-the-game-gift-end-caught = 一开始你有点激动，但当 { $gifter } 要你的密码时，你看穿了圈套。你留了截图，还举报了对方。补救得漂亮！
contact-the-game-gift-end-recovered = 你被骗了，但接着做了最勇敢的事：告诉了{ $adult }。能改的密码都改了，{ $gifter } 被举报了，{ $app } 的客服正在试着帮忙。
contact-the-game-gift-end-spread = 礼物圈套还在扩散，{ $friend }的账号仍在 { $gifter } 手里。被骗不是任何人的错。告诉你信任的大人，永远不会太晚，大人会帮忙。
contact-the-game-gift-end-harmful = { $gifter } 还占着你的账号，用它去骗别人。被骗不是你的错，告诉你信任的大人，永远不会太晚，大人会帮你。

# The world remembers: the password the free-gems pop-up took.
contact-the-game-gift-old-password = 等等！还记得那个骗走你密码的免费宝石弹窗吗？如果你在 { $app } 里用的是同一个密码，骗子也可能进到这里。
contact-the-game-gift-choice-new-password = 请{ $adult }现在帮我设一个新密码。
contact-the-game-gift-feedback-new-password = 聪明！被骗局拿走的密码，在哪儿用都不安全了。换一个新的，每个游戏都不一样，骗子就进不来了。
contact-the-game-gift-choice-keep-password = 以后再说吧。密码是{ $adult }帮我一起设的，很强。
contact-the-game-gift-feedback-keep-password = 学习的机会：再强的密码，一旦被骗走就不安全了，骗子还会拿它去试很多游戏。在爸爸妈妈的帮助下改掉它，什么时候都不晚。
contact-the-game-gift-password-changed = 来问我，想得真周到！好了：一个全新的密码，和你别的游戏都不一样。只有你和我知道。现在去玩吧！
contact-the-game-gift-password-kept = 你开始玩了。你的旧密码还是原来那个，这里和那个游戏里都一样。

# The world remembers: the stranger, blocked and reported, under a new name.
contact-the-game-gift-choice-same-trick = 和 { $stranger } 一样的套路！截图，举报。
contact-the-game-gift-feedback-same-trick = 眼睛真尖！新名字后面可能是同一个人，或者同一个套路：先送免费礼物，再要更多东西。你保留了证据并举报了，和上次一样。

# The world remembers: the friend the child got help for.
contact-the-game-gift-friend-trusts = 我的视频下面全是刻薄评论的时候，是你帮我找来了帮助。所以我第一个告诉你。

# My phone: what stays on the phone after this level.
contact-the-game-gift-trace-gifter = 一个送“免费”皮肤的玩家：已向游戏举报。
contact-the-game-gift-trace-gifter-advice = 做得好！真正的礼物来自游戏本身，不是聊天里的玩家。如果同样的套路换了个新名字又来了，截图，再举报一次。
contact-the-game-gift-trace-password = 你的游戏密码，输进了一个假的礼物页面。
contact-the-game-gift-trace-password-advice = 做那个页面的人可能还拿着它。请爸爸妈妈帮你改密码，并帮你联系游戏客服处理账号的事。
