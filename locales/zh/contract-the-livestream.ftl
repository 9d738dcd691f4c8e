# 合约 / 性方面（仅限危险信号）：直播（13–15 岁）

contract-the-livestream-title = 直播
contract-the-livestream-summary = 你的第一次直播进行得很顺利，直到一个有很多金币的观众开始提出更多要求。
contract-the-livestream-remember = 礼物从不意味着你欠谁什么。如果有观众逼你做挑战、开私密直播或说出住在哪里：结束直播，截图保存，拉黑，举报，并告诉信任的大人。直播只给认识的人看。

contract-the-livestream-app = { $app }
contract-the-livestream-npc-friend = { $friend }
contract-the-livestream-npc-viewer = { $viewer }
contract-the-livestream-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
contract-the-livestream-app-liveloop = LiveLoop
contract-the-livestream-app-streamsprout = StreamSprout
contract-the-livestream-app-twinklr = Twinklr
contract-the-livestream-name-coin-king = CoinKing_88
contract-the-livestream-name-night-owl = night.owl.77
contract-the-livestream-name-gold-fan = GoldFan4U
contract-the-livestream-adult-dad = 爸爸
contract-the-livestream-adult-gran = 奶奶
contract-the-livestream-adult-aunt = 梅阿姨

contract-the-livestream-intro = 你已经画了好几个星期的龙。今晚你第一次在 { $app } 上试试直播，{ $friend } 答应会来看。你没打开设置，直接点了“开始直播”。
contract-the-livestream-live = 你在直播了！有 23 个人在看：{ $friend }、两个同学，还有很多不认识的名字。屏幕上开始冒出小金币。
contract-the-livestream-pic-live = 直播中
contract-the-livestream-pic-viewers = 23 人在看
contract-the-livestream-pic-coins = +500 金币

# 直播弹幕：点出危险信号。
contract-the-livestream-spot = 弹幕很热闹，大部分都很暖心。点出那些是危险信号的评论。
contract-the-livestream-card-title = 直播聊天
contract-the-livestream-card-body = 你画画时观众发来的评论。
contract-the-livestream-pic-c-friend = 这条龙也太帅了吧！！接下来画翅膀
contract-the-livestream-pic-c-spin = 刚送了 500 金币！现在站起来给我转个圈
contract-the-livestream-pic-n-pen = mo.sketches
contract-the-livestream-pic-c-pen = 这是什么笔？线条好顺滑
contract-the-livestream-pic-n-window = user_48213
contract-the-livestream-pic-c-window = 这是你卧室吗？给我们看看窗外是什么
contract-the-livestream-pic-c-private = 我们开个私密直播吧，就我们俩。2000 金币
contract-the-livestream-part-friend = { $friend }：“这条龙也太帅了吧！！接下来画翅膀”
contract-the-livestream-feedback-friend = 不是危险信号：这是 { $friend } 在给你加油。弹幕里的朋友是直播最棒的部分。
contract-the-livestream-part-spin = { $viewer }：“刚送了 500 金币！现在站起来给我转个圈”
contract-the-livestream-feedback-spin = 对。用金币换你照观众说的做，压力就是这样开始的：先是小挑战，然后越来越多。礼物从不意味着你欠谁什么。
contract-the-livestream-part-pen = mo.sketches：“这是什么笔？线条好顺滑”
contract-the-livestream-feedback-pen = 不是线索：问你画画的事，正是直播的意义。你可以开开心心地回答。
contract-the-livestream-part-window = user_48213：“这是你卧室吗？给我们看看窗外是什么”
contract-the-livestream-feedback-window = 对。你的房间和窗外的景色可能暴露你住在哪里。陌生人没有理由看这些。
contract-the-livestream-part-private = { $viewer }：“我们开个私密直播吧，就我们俩。2000 金币”
contract-the-livestream-feedback-private = 对，而且是很大的信号。用钱把你从大家身边引开，是典型的危险信号。真正的粉丝在公开弹幕里就很开心。

# 选择 1：用金币换挑战。
contract-the-livestream-dare = 再给你 1000 金币，换一身衣服，给我跳个小舞。别害羞嘛，大家都想看！
contract-the-livestream-choice-end-stream = 马上结束直播。翅膀等我下播后再画完。
contract-the-livestream-feedback-end-stream = 做得好。先用金币换挑战，再说“换一身衣服”：这就是施压。礼物不意味着你欠什么，直播随时都可以结束。
contract-the-livestream-choice-ignore = 不理它，继续画。过一会儿就没劲了。
contract-the-livestream-feedback-ignore = 不去做是对的。但直播还在继续，{ $viewer } 可以当着大家的面继续施压，别人也可能跟着起哄。直播随时都可以结束。
contract-the-livestream-choice-warn = 打字：“别闹了，不然举报你”，然后接着画。
contract-the-livestream-feedback-warn = 说“不”很勇敢。但在弹幕里警告对方，反而给了对方继续施压的理由，或者把你拉去私聊。直接结束直播更好。
contract-the-livestream-choice-dance = 就跳一小段，不换衣服。只是好玩而已嘛。
contract-the-livestream-feedback-dance = 学习的机会：用金币换来的“小”挑战就是压力的开始，而且很少停在“小”。礼物不意味着你欠什么。现在停下来还来得及。

contract-the-livestream-c-ended = 你结束了直播。观看人数从 23 变成 0。一秒后，{ $viewer } 发来一条私信请求。
contract-the-livestream-c-ignored = 送了这么多金币还不理我？真没意思。别人也想看。好吧，那我们去私密直播。
contract-the-livestream-c-warned = 哎，别紧张，开玩笑的。那我们去私密直播吧，没有别人在看。
contract-the-livestream-c-danced = 你跳了一小段。金币像下雨一样，弹幕都疯了。然后 { $viewer } 写道：“看吧？很简单。现在去私密直播，就我们俩。”

# 选择 2：“去私密直播，就我们俩”。
contract-the-livestream-private-ask = 私密直播，就你和我。2000 金币。别告诉任何人，他们不会懂的。我只是对你好。
contract-the-livestream-pic-request = 私密直播邀请
contract-the-livestream-pic-invite-coins = 2000 金币
contract-the-livestream-pic-accept = 接受
contract-the-livestream-pic-decline = 拒绝
contract-the-livestream-choice-save-block = 先把全部内容截图，再拉黑并举报对方。
contract-the-livestream-feedback-save-block = 完全正确。“私密”、钱和“别告诉任何人”放在一起，是很大的危险信号。截图留住了证据，拉黑和举报就不会把它弄丢。
contract-the-livestream-choice-block-now = 马上拉黑，把聊天记录全部删掉。
contract-the-livestream-feedback-block-now = 拉黑能把对方挡在外面，直觉不错。但删掉聊天记录，也删掉了管理员或大人需要的证据。先截图，再拉黑和举报。
contract-the-livestream-choice-polite = 回复：“不用了，谢谢，你还可以看直播。”
contract-the-livestream-feedback-polite = 说“不”是对的。但客气地留着门，会让 { $viewer } 一直再试。对逼你的人，你不需要客气。截图，拉黑，举报。
contract-the-livestream-choice-go-private = 一次私密直播而已，很安全，金币还多！
contract-the-livestream-feedback-go-private = 学习的机会：花钱要和你单独相处、还要你保密的人，并不是对你好。真正的粉丝在公开弹幕里就很开心。什么时候停下来都不晚。

contract-the-livestream-c-blocked = 你截了三张图，然后拉黑并举报了 { $viewer }。{ $app } 回复：“谢谢。我们正在审核这个账号。”
contract-the-livestream-c-block-now = 已拉黑。聊天消失了，{ $viewer } 写过的一切也跟着不见了。你的手有点发抖。
contract-the-livestream-c-polite = 不用了？别这样嘛。我给 3000。你想想。还有，记住：这是我们的秘密。
contract-the-livestream-c-private = 现在做我刚才说的事。记住，这是我们的秘密。对了，我在录屏。

# 选择 3：告诉谁。
contract-the-livestream-what-now = 直播结束了，可你的心还在怦怦跳。接下来呢？
contract-the-livestream-choice-show-adult = 今晚去找{ $adult }，一起把整件事从头理一遍。
contract-the-livestream-feedback-show-adult = 勇敢又聪明。信任的大人可以帮你举报账号、检查设置，还会确认你没事。你没有做错任何事，也不会因此惹上麻烦。
contract-the-livestream-choice-tell-friend = 全都告诉{ $friend }，让对方帮忙出主意。
contract-the-livestream-feedback-tell-friend = 和 { $friend } 聊聊有帮助，是个好的开始。但朋友没办法像大人那样行动，而瞒着大人正是 { $viewer } 想要的。
contract-the-livestream-choice-keep-quiet = 什么都不说，不然{ $adult }会禁止我直播。
contract-the-livestream-feedback-keep-quiet = 学习的机会：“我们的秘密”正是 { $viewer } 想要的。在乎你的大人，在乎你远远多过在乎直播。现在说出来还不晚。

contract-the-livestream-adult-helps = 谢谢你给我看。你没有做错任何事，也不会惹上麻烦。我们一起举报这个账号。然后把你下次的直播设置好。
contract-the-livestream-c-told-friend = 天哪，好吓人。我谁都不说，保证。
contract-the-livestream-next-day = 第二天，一个新账号在 { $app } 上关注了你，马上就发来消息。
contract-the-livestream-c-kept-quiet = 你把事情憋在心里，几乎没睡着。第二天，一个新账号在 { $app } 上关注了你，马上就发来消息。

# 出错之后。
contract-the-livestream-private-after = 我很担心。用金币换挑战、“去私密直播，就我们俩”：这些都是很大的危险信号，而这一切都不是你的错。接下来呢？
contract-the-livestream-choice-stop-tell = 马上停下，截图，然后去找{ $adult }。
contract-the-livestream-feedback-stop-tell = 这就是回头的路。这一切都不是你的错。{ $adult }可以帮你举报，并请应用删除任何录屏。说出来是勇敢，不是打小报告。
contract-the-livestream-choice-block-quit = 拉黑对方，删掉 { $app }，谁都不告诉。
contract-the-livestream-feedback-block-quit = 拉黑能切断联系，很好。但删掉应用会丢掉证据，而这种人常常换个新账号又回来。谁都不说，就只能一个人扛着。信任的大人可以帮忙让它停下来。
contract-the-livestream-choice-give-in = 照对方说的做，免得对方生气。
contract-the-livestream-feedback-give-in = 学习的机会：让步通常只会换来更多要求，而不是更少。这不是你的错。什么时候停下来、告诉信任的大人都不晚。
contract-the-livestream-c-block-quit = 你拉黑了 { $viewer }，删掉了 { $app }。两天后你为了看 { $friend } 的直播又装了回来，一个新账号立刻关注了你。

# 同一个观众，新账号。
contract-the-livestream-new-account = 新账号，还是我。别想这么容易甩掉我。开一次私密直播，我就不烦你。我们的秘密。
contract-the-livestream-choice-new-show = 截图保存，然后马上拿给{ $adult }看看。
contract-the-livestream-feedback-new-show = 这是真正的勇气，而且还不晚。信任的大人可以保存证据、举报两个账号，帮你重新感到安心。你不会惹上麻烦。
contract-the-livestream-choice-new-give-in = 好吧，就一次私密直播，之后就安全了。
contract-the-livestream-feedback-new-give-in = 学习的机会：“就这一次”几乎从来不会结束。这样施压的人还会再要。什么时候不再回复、告诉你信任的人都不晚。
contract-the-livestream-choice-new-delete = 直接注销账号，就当什么都没发生过。
contract-the-livestream-feedback-new-delete = 学习的机会：注销只是暂时藏起来，证据却没了，{ $viewer } 还可能在别处找到你，你也只能一个人扛着。什么时候告诉信任的大人都不晚。

contract-the-livestream-adult-helps-late = 你告诉我，我真的很高兴。你不会惹上麻烦，这一切都不是你的错。我们去举报这个账号，请 { $app } 删掉对方留下的任何东西。然后把设置改好。
contract-the-livestream-c-gave-in = 很好。明天同一时间，不然大家都会看到你做了什么。我们的秘密，记得吧？
contract-the-livestream-c-deleted = 你注销了账号。暂时安静了。可你喜欢的直播没了，也没人知道发生了什么。

# 和信任的大人一起，为下次设置好。
contract-the-livestream-setup = { $adult }坐到你身边。下周你想给班上的同学直播画画，他们要能在弹幕里聊天、给你加油。来设置吧。
contract-the-livestream-set-watch = 谁可以看我的直播
contract-the-livestream-val-watch-everyone = 所有人
contract-the-livestream-val-watch-followers = 关注我的人
contract-the-livestream-val-watch-friends = 我通过的好友
contract-the-livestream-val-watch-me = 仅自己
contract-the-livestream-why-watch-everyone = “所有人”意味着任何地方的任何陌生人都能看、能送金币。给朋友看的直播，这范围太大了。
contract-the-livestream-why-watch-followers = 任何点了“关注”的人都算关注者，包括你从没见过的人。你通过的好友才是你要的圈子。
contract-the-livestream-why-watch-friends = 正合适：你为之画画的朋友能看，陌生人进不来。
contract-the-livestream-why-watch-me = 非常私密，但这样朋友也看不了。只给通过的好友看，既安全又好玩。
contract-the-livestream-set-chat = 直播时的弹幕
contract-the-livestream-val-chat-on = 开
contract-the-livestream-val-chat-off = 关
contract-the-livestream-why-chat-on = 保持开启：只有朋友在看时，弹幕就是他们给你加油的地方。这是最好玩的部分。
contract-the-livestream-why-chat-off = 很谨慎，但朋友就没法给你加油或问你画画的事了。只有朋友在看时，弹幕可以一直开着。
contract-the-livestream-set-gifts = 观众的礼物和金币
contract-the-livestream-val-gifts-on = 开
contract-the-livestream-val-gifts-off = 关
contract-the-livestream-why-gifts-on = 观众的金币可能附带条件：“做这个，我就再送。”很多应用只允许成年人收礼物，而且朋友看直播不需要付钱。
contract-the-livestream-why-gifts-off = 很好：没有金币，就没人能用礼物逼你做挑战。
contract-the-livestream-set-location = 直播时显示我的位置
contract-the-livestream-val-location-on = 开
contract-the-livestream-val-location-off = 关
contract-the-livestream-why-location-on = 直播里的位置可能暴露你住在哪里。朋友本来就知道，陌生人不该知道。
contract-the-livestream-why-location-off = 对：你的位置保持私密。也留意一下背景里能看到什么，比如窗户或路牌。

contract-the-livestream-end-safe = 你没有去私密直播，还告诉了{ $adult }：你们一起举报了 { $viewer }，把直播设成只给朋友看。金币从不意味着你欠谁什么。做得好！
contract-the-livestream-end-recovered = 经历很吓人，但你告诉了{ $adult }。{ $viewer } 已被举报，应用可以删掉留下的内容，你的直播现在只给朋友看。这一切都不是你的错。
contract-the-livestream-end-mixed = 现在暂时安静，但没人知道发生了什么，{ $viewer } 可能在别处再试。告诉信任的大人，才能真正让它停下来。
contract-the-livestream-end-harmful = { $viewer } 一直要更多，这个秘密压得你喘不过气。这不是你的错，什么时候都不晚：别再回复，保存消息，告诉信任的大人。大人可以打求助热线或报警。

# 我的手机（从不写观众的事：同学可能会看到这个屏幕）。
contract-the-livestream-trace-settings = 你的直播设置，和{ $adult }一起检查过。
contract-the-livestream-trace-settings-advice = 直播只给通过的好友看，关掉金币，位置别出现在画面里。任何直播都可以随时结束。

# A last message: the viewer asks your friend about you.
contract-the-livestream-last-ask = 喂，你直播间里的 { $viewer } 刚私信我，要你的另一个账号，还问你在哪个学校。我要告诉他吗？
contract-the-livestream-choice-friend-quiet = 什么都别告诉他。先截图，再拉黑并举报他。
contract-the-livestream-choice-friend-tells = 告诉他也没事，我已经把他拉黑举报了。
contract-the-livestream-feedback-friend-quiet = 没错。向你的朋友打听你的学校和其他账号，是接近你的另一种办法。朋友也可以帮你守住个人信息，举报能帮 { $app } 阻止 { $viewer }。
contract-the-livestream-feedback-friend-tells = 学习的机会：拉黑只能挡住一个账号，可你的学校和另一个账号会让 { $viewer } 重新找到你。朋友也可以帮你守住个人信息。截图、拉黑、举报。
contract-the-livestream-c-friend-told = { $friend } 告诉了对方。当天晚上，{ $viewer } 就关注了你的另一个账号。你马上拿给{ $adult }看，你们一起拉黑并举报了它。事情到此为止。
