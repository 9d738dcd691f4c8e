# 接触 / 商业风险：游戏礼物（9–12 岁）

contact-the-game-gift-title = 游戏礼物
contact-the-game-gift-summary = 一个你不认识的玩家要免费送你一款超稀有皮肤，但对方真正想要的是什么？
contact-the-game-gift-remember = 永远不要告诉别人你的密码，稀有礼物也不行。如果网上有人拿免费东西换你的登录信息，就屏蔽、举报，并告诉信任的大人。

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
contact-the-game-gift-name-amir = 马明
contact-the-game-gift-name-zoe = 周晓雨
contact-the-game-gift-name-kwame = 高强
contact-the-game-gift-adult-mum = 妈妈
contact-the-game-gift-adult-dad = 爸爸
contact-the-game-gift-adult-grandpa = 爷爷

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = 嗨，是我，Sango！放学后，你和{ $friend }在玩 { $app }。和朋友一起玩更有意思！我会陪你一起留意聊天。

contact-the-game-gift-gifter-hello = 嘿！！今天我要把超稀有的{ $skin }送给 3 位幸运玩家，你就是其中之一！想要吗？完全免费哦。
contact-the-game-gift-choice-no-thanks = 我不收不认识的人的礼物。不用了，谢谢。
contact-the-game-gift-feedback-no-thanks = 想得真好！不认识的人送免费稀有物品，是骗取你信任的老套路。说“不”永远没问题。
contact-the-game-gift-choice-whats-the-catch = 真的吗？有什么条件？
contact-the-game-gift-feedback-whats-the-catch = 问得好！陌生人送的免费礼物通常都有条件。而且有人莫名其妙送你东西时，你不必再跟对方聊下去。
contact-the-game-gift-choice-yes-please = 要要要！我该怎么做？
contact-the-game-gift-feedback-yes-please = 学习的机会：陌生人送稀有礼物是危险信号。对方想让你兴奋起来，这样你就不会停下来想想，他们接下来会要什么。

contact-the-game-gift-gifter-ask = 别害羞，百分百免费！只要在我的礼物页面 skinz-gift.win 登录，或者把密码告诉我，我帮你加上。快点，只剩 5 分钟了！
contact-the-game-gift-choice-block-report = 屏蔽并举报对方，然后告诉{ $adult }
contact-the-game-gift-feedback-block-report = 完全正确！真正的礼物从来不需要你的密码。屏蔽和举报能制止这个骗局，告诉{ $adult }就意味着你不用一个人面对。
contact-the-game-gift-choice-say-no = 拒绝，然后不再回复
contact-the-game-gift-feedback-say-no = 保密你的密码完全正确！但 { $gifter } 还是会去骗别的玩家。举报并告诉大人能帮忙制止他们。
contact-the-game-gift-choice-log-in = 赶紧在礼物页面登录！
contact-the-game-gift-feedback-log-in = 学习的机会：假的礼物页面会模仿真的登录页来偷密码，那个倒计时就是为了催你。你的密码只属于你和你的爸爸妈妈。

contact-the-game-gift-adult-helps = 谢谢你给我看！要你的密码是诈骗的套路，就算说是礼物也一样。你做得完全对。哦，{ $friend }在给你发消息。
contact-the-game-gift-ignored = 你不再回复了。一小时后，{ $friend }给你发来一条消息，听起来很不开心。

contact-the-game-gift-friend-scammed = 救命！我在那个礼物页面登录了，现在我的账号没了。队伍聊天里大家都在笑我，叫我菜鸟。
contact-the-game-gift-choice-not-your-fault = 这不是你的错。我们一起去告诉{ $adult }吧。
contact-the-game-gift-feedback-not-your-fault = 又善良又勇敢！骗子连大人都会骗，所以被骗的人从来没有错。大人可以帮忙举报，把账号找回来。
contact-the-game-gift-choice-tell-team = 叫队伍聊天里的人别笑了
contact-the-game-gift-feedback-tell-team = 为{ $friend }说话需要勇气！但账号还是被偷了。信任的大人可以帮忙向游戏举报，把账号找回来。
contact-the-game-gift-choice-laugh = 哈哈，你怎么会上这种当？
contact-the-game-gift-feedback-laugh = 学习的机会：谁都可能被骗，就算是很聪明的人。嘲笑会让{ $friend }更难开口求助。友善的话帮助大得多。

contact-the-game-gift-friend-helped = 谢谢你们俩告诉我。这不是你的错，{ $friend }。我们会确保举报 { $gifter }，修改你们的密码，并请 { $app } 帮你找回账号。

contact-the-game-gift-account-stolen = 页面显示“出错了”，皮肤也没到。第二天早上，你登录不上了。接着{ $friend }来问你：为什么你的账号给我发了同样的礼物消息？
contact-the-game-gift-gifter-demands = 想要回账号？简单。把你爸妈的邮箱和他们收到的验证码发给我。谁都别告诉，不然你的账号就永远没了！
contact-the-game-gift-choice-tell-adult = 告诉{ $adult }，我们一起解决
contact-the-game-gift-feedback-tell-adult = 最好的做法！“谁都别告诉”是很严重的危险信号。{ $adult }可以帮你向游戏举报，把账号找回来。你没有做错事。
contact-the-game-gift-choice-new-account = 屏蔽对方，重新注册一个账号
contact-the-game-gift-feedback-new-account = 不再发任何东西是对的！但你的旧账号还在骗你的朋友。信任的大人可以帮忙举报，把它找回来。
contact-the-game-gift-choice-send-code = 发邮箱和验证码，把账号要回来
contact-the-game-gift-feedback-send-code = 学习的机会：那个验证码也能打开爸妈的账号，而且骗子总会要更多。停下来告诉信任的大人，永远不会太晚。

contact-the-game-gift-adult-helps-late = 你告诉我，我真的很高兴。谁都可能被骗，你没有做错事。我们一起举报 { $gifter }，提醒你的朋友们，再把你的账号找回来。

contact-the-game-gift-end-safe = 你识破了礼物骗局，保住了密码，还陪在{ $friend }身边。{ $gifter } 已被举报。这才是真正的好队友！
contact-the-game-gift-end-mixed = 你为{ $friend }说了话，很友善！但被偷的账号还没有举报。信任的大人可以帮忙把它找回来。
contact-the-game-gift-end-quiet = 屏蔽有帮助，但你的旧账号还在 { $gifter } 手里，给你的朋友们发骗人的消息。告诉信任的大人，可以把它找回来。
contact-the-game-gift-end-recovered = 你被骗了，但你告诉了{ $adult }，一起把事情解决了。账号找回来了，朋友们也收到了提醒。这需要勇气！
contact-the-game-gift-end-unkind = { $friend }觉得自己很傻、很孤单，账号也还没找回来。谁都可能被骗。道歉并帮{ $friend }告诉大人，永远不会太晚。
contact-the-game-gift-end-harmful = { $gifter } 不断要更多，现在连爸妈的账号也有危险了。骗子就希望你不出声。告诉信任的大人，永远不会太晚。
