# 接触 / 攻击性：生气的玩家（9-12岁）

contact-the-angry-player-title = 生气的玩家
contact-the-angry-player-summary = 你赢了一场很接近的比赛，对面队伍有个玩家气坏了。后来，这个人还跑到了你玩的另一个游戏里。你能怎么做？
contact-the-angry-player-remember = 玩笑话变成辱骂或威胁，就不对了。别回嘴。先截图，再拉黑和举报，并告诉你信任的大人。永远不要说出你住在哪里。

contact-the-angry-player-app-robo-rumble = 机器人大乱斗
contact-the-angry-player-app-kart-clash = 卡丁车对决
contact-the-angry-player-app-castle-blast = 城堡大爆炸
contact-the-angry-player-other-block-quest = 方块探险
contact-the-angry-player-other-dino-dash = 恐龙冲刺
contact-the-angry-player-other-galaxy-golf = 银河高尔夫
contact-the-angry-player-name-toxicrex = ToxicRex_99
contact-the-angry-player-name-grimshadow = GrimShadow
contact-the-angry-player-name-blazeking = BlazeKing_X
contact-the-angry-player-adult-uncle = 拉维叔叔
contact-the-angry-player-adult-mum = 妈妈
contact-the-angry-player-adult-grandpa = 爷爷

contact-the-angry-player-app = { $app }
contact-the-angry-player-npc-rival = { $rival }
contact-the-angry-player-npc-friend = { $friend }
contact-the-angry-player-npc-adult = { $adult }

contact-the-angry-player-intro = 嗨，我是Sango！你和{ $friend }在《{ $app }》里是同一队。这是最后一局，比分咬得很紧。我在这儿给你们加油！
contact-the-angry-player-win = 耶！我们赢了！最后那一下太厉害了！
contact-the-angry-player-rival-mad = 那是运气好而已。你就是个废物。把游戏卸了吧。

contact-the-angry-player-spot = 大家都在比赛聊天里打字。有些只是正常的游戏聊天。点出那些越界的消息。
contact-the-angry-player-card-title = 比赛聊天
contact-the-angry-player-card-body = 最后一局刚结束时的聊天。
contact-the-angry-player-part-gg = { $friend }：大家gg，刚才好险！
contact-the-angry-player-feedback-gg = 没越界。“gg”就是“good game”，“打得好”：不管输赢，玩家都这样友好地结束一局。
contact-the-angry-player-part-trash = { $rival }：你就是个废物。卸载吧。
contact-the-angry-player-feedback-trash = 越界了，看得准！这已经不是在说游戏，而是辱骂，就是想伤人。
contact-the-angry-player-part-rematch = Mika_7：gg。明天再战？下次一定赢你们！
contact-the-angry-player-feedback-rematch = 没越界。想再比一场、开玩笑说“下次赢你们”，都是正常的游戏聊天。会输也是游戏的一部分。
contact-the-angry-player-part-find = { $rival }：你玩什么游戏，我都会找到你。
contact-the-angry-player-feedback-find = 越界了，没错！说要跟着你到处走，就是威胁，在网上也一样。这是要保存下来并举报的警示信号。
contact-the-angry-player-part-name = { $rival }：不怕的话，就告诉我你的真名。
contact-the-angry-player-feedback-name = 越界了！一个生气的陌生人问你的真名，是很大的警示信号。你的名字、学校和城市都要保密。
contact-the-angry-player-pic-gg = { $friend }：大家gg，刚才好险！
contact-the-angry-player-pic-trash = { $rival }：你就是个废物。卸载吧。
contact-the-angry-player-pic-rematch = Mika_7：gg。明天再战？下次一定赢你们！
contact-the-angry-player-pic-find = { $rival }：你玩什么游戏，我都会找到你。
contact-the-angry-player-pic-name = { $rival }：不怕的话，就告诉我你的真名。

contact-the-angry-player-first-reply = { $rival }还在打字。你会怎么做？
contact-the-angry-player-choice-shot-report = 先截图，然后在游戏里举报{ $rival }。
contact-the-angry-player-feedback-shot-report = 顺序很聪明！截图留下证据，举报让《{ $app }》去处理。对态度恶劣的人，你不需要回应。
contact-the-angry-player-choice-be-nice = 回复：“只是游戏而已，冷静点。友善一点！”
contact-the-angry-player-feedback-be-nice = 保持冷静很棒！但一回复，对话就会继续，而生气的玩家就想要关注。保存证据再举报，效果更好。
contact-the-angry-player-choice-answer-back = 回他：“你再哭啊，你才是废物，不是我！”
contact-the-angry-player-feedback-answer-back = 学习的机会：回嘴会变成吵架，现在你的消息也可能被截图。你不需要吵赢。现在补救也来得及。
contact-the-angry-player-choice-block-now = 马上把{ $rival }拉黑，再把聊天记录全删掉。
contact-the-angry-player-feedback-block-now = 拉黑能保护你，这没问题！但没有截图，举报就没有证据。先截图，再拉黑和举报。

contact-the-angry-player-reported = 你保存了截图，以欺凌为由举报了{ $rival }。游戏回复：“谢谢，我们会处理。”你和{ $friend }又玩了一局。
contact-the-angry-player-pic-reason = 原因：欺凌和威胁
contact-the-angry-player-pic-thanks = 谢谢，我们会处理。
contact-the-angry-player-chill = 友善？？哈哈。我已经记住你的用户名了。回头见。
contact-the-angry-player-answered = 哦，想吵架是吧？大家快看，刚刚有人这样骂我！
contact-the-angry-player-blocked-early = { $rival }从聊天里消失了。可你什么都没保存，没有东西能给游戏看。

contact-the-angry-player-follows = 第二天，你打开另一个游戏《{ $other }》。马上弹出一条消息。是{ $rival }。
contact-the-angry-player-follows-msg = 找到你了。以为能躲起来？我会跟着你进每一个游戏，直到你不玩为止。

contact-the-angry-player-followed = { $rival }追到了另一个游戏里。这不对，也不是你的错。现在怎么办？
contact-the-angry-player-choice-show-both = 这条也截图，再把两张都给{ $adult }看。
contact-the-angry-player-feedback-show-both = 完全正确！从一个游戏追到另一个游戏，就是欺凌。有了两张截图，{ $adult }能帮你在所有地方拉黑并举报{ $rival }。
contact-the-angry-player-choice-new-name = 换个新用户名。要是被找到，我再告诉{ $adult }。
contact-the-angry-player-feedback-new-name = 想躲开很正常！但新名字拦不住{ $rival }，等到被找到再说，你就得一个人面对。信任的大人现在就能帮你拉黑和举报。
contact-the-angry-player-choice-town = 告诉他我的城市，再告诉他：有种当面说！
contact-the-angry-player-feedback-town = 学习的机会：你住的城市要保密，生气的陌生人绝不能知道去哪儿找你。现在还不晚：马上告诉信任的大人。

contact-the-angry-player-adult-helps = 谢谢你给我看。你没有做错任何事，不会挨骂。到处跟着你就是欺凌。我们在两个游戏里都拉黑{ $rival }，再好好写一份举报。
contact-the-angry-player-new-name = 新名字不错嘛。你真以为我发现不了？
contact-the-angry-player-town = 哈！现在我知道你在哪个城市了。说不定我会去找你。

contact-the-angry-player-last-chance = 事情变得吓人了，但这不是你的错。寻求帮助永远不晚。你会怎么做？
contact-the-angry-player-choice-show-all = 把发生过的所有事情和截图，全都拿给家里的大人看。
contact-the-angry-player-feedback-show-all = 真勇敢！你不会挨骂。{ $adult }可以拉黑并举报{ $rival }；如果威胁还继续，大人还能采取更多行动。
contact-the-angry-player-choice-say-sorry = 向{ $rival }道歉，让他放过我。
contact-the-angry-player-feedback-say-sorry = 学习的机会：你没做错什么，不需要道歉。向欺负人的人道歉，往往会让对方要得更多。什么时候说出来都不晚。
contact-the-angry-player-choice-quit-all = 删掉所有游戏，谁也不告诉。
contact-the-angry-player-feedback-quit-all = 学习的机会：你不该被迫放弃喜欢的游戏。信任的大人能帮忙让{ $rival }停下来，你就能再玩了。

contact-the-angry-player-adult-late = 你告诉我，我真高兴。你不会挨骂，这也不是你的错。我们在两个游戏里都拉黑{ $rival }，再好好写一份举报。如果威胁还继续，我们会采取更多行动。
contact-the-angry-player-demands = 光道歉可不够。接下来十场比赛你故意输掉，不然有你好看的。
contact-the-angry-player-quit = 你把游戏都删了。{ $friend }一直问你为什么不玩了。你很害怕，却一个人扛着。

contact-the-angry-player-compose = { $adult }帮你写举报。管理员每天要看很多举报。选出他们需要的内容，也想想哪些不该写。
contact-the-angry-player-compose-to = 《{ $app }》安全团队
contact-the-angry-player-ph-hello = 你好：
contact-the-angry-player-why-hello = 礼貌地打个招呼，写不写都行。重要的是后面的内容。
contact-the-angry-player-ph-loser = 他就是个彻头彻尾的失败者，永久封号吧。
contact-the-angry-player-why-loser = 生气很正常，但举报里的骂人话会让它显得不那么认真。只写发生了什么。
contact-the-angry-player-ph-what = { $rival }在我们赢了之后，在比赛聊天里骂我。
contact-the-angry-player-why-what = 对！谁、在哪儿、什么时候：这是管理员最先需要知道的。
contact-the-angry-player-ph-details = 我的真名和城市写在下面，如果有帮助的话。
contact-the-angry-player-why-details = 不要写。游戏处理这件事不需要你的真名和城市，个人信息要保密。
contact-the-angry-player-ph-shots = 我附上了他发的消息截图。
contact-the-angry-player-why-shots = 证据！截图能准确显示对方写了什么，就算被删掉也一样。
contact-the-angry-player-ph-told = 我回他说，我也会找到他。
contact-the-angry-player-why-told = 不要写，也别这么做。用威胁回击，会让你看起来也在吵架。
contact-the-angry-player-ph-other = 他还追到了《{ $other }》里。
contact-the-angry-player-why-other = 很重要！从一个游戏追到另一个游戏，也是欺凌的一部分，管理员需要知道。
contact-the-angry-player-ph-check = 请核实他的消息，并拉黑他。
contact-the-angry-player-why-check = 清楚又礼貌：写明你希望游戏怎么做。

contact-the-angry-player-sent = 举报已发送，{ $rival }在两个游戏里都被拉黑了。游戏回复：“谢谢。我们已对该账号采取措施。”
contact-the-angry-player-pic-blocked = 已在两个游戏中拉黑
contact-the-angry-player-pic-report-sent = 举报已发送，附截图
contact-the-angry-player-team-again = 嘿！明天再战？这次就我们，我们真正的队伍。

# 决定4：最后一条消息，来自一个新的人。
contact-the-angry-player-new-player = 那天晚上，一个你不认识的玩家给你发消息：“是你举报了{ $rival }吗？他是我哥们。你在哪个学校上学？”你会怎么做？
contact-the-angry-player-choice-no-answer = 不回复。先截图，拉黑他，再把消息拿给{ $adult }看。
contact-the-angry-player-feedback-no-answer = 完全正确！陌生人打听你的学校，就是危险信号，不管他说自己是谁的朋友。你不欠他任何回答。留好证据，拉黑，再告诉{ $adult }。
contact-the-angry-player-choice-school = 告诉他我的学校，但警告他{ $adult }会举报他。
contact-the-angry-player-feedback-school = 学习的机会：你的学校是隐私，加上一句警告也一样。知道你学校的陌生人可能会找到你。别回复，马上告诉信任的大人。
contact-the-angry-player-choice-it-was-me = 回他：“对，就是我，我还会再举报你哥们！”
contact-the-angry-player-feedback-it-was-me = 学习的机会：回复只会让争吵继续，现在他也知道是你了。你不需要向陌生人解释任何事。拉黑他，再告诉信任的大人。
contact-the-angry-player-school-said = 那个玩家回复：“知道了，挺好。”你心里一紧，马上把消息拿给{ $adult }看。你们一起拉黑并举报了这个账号，{ $adult }还请学校多留意。
contact-the-angry-player-was-me = 那个玩家把你的消息发给了{ $rival }的朋友们，难听的消息一条接一条地发过来。你拿给{ $adult }看，{ $adult }帮你截图，把他们一个个拉黑并举报。
contact-the-angry-player-end-safe = 你没有回嘴，保留了证据，还告诉了{ $adult }。{ $rival }在两个游戏里都被拉黑和举报了，你又能和{ $friend }一起玩了。团队合作真棒！
contact-the-angry-player-end-recovered = 事情一度闹僵，后来你补救了：你告诉了{ $adult }。{ $rival }被拉黑和举报了，你又能和{ $friend }一起玩了。说出来，才是最勇敢的一步！
contact-the-angry-player-end-harmful = { $rival }还在那里，而你一个人扛着这件事。这一切都不是你的错。什么时候告诉信任的大人都不晚：他们能帮你拉黑和举报，让游戏重新变得好玩。

contact-the-angry-player-trace-rival = { $rival }：已在《{ $app }》和《{ $other }》中拉黑并举报。
contact-the-angry-player-trace-rival-advice = 做得好！如果游戏里又有人变得恶劣，先截图，再拉黑和举报，并告诉你信任的大人。
contact-the-angry-player-trace-town = 你的城市：告诉了《{ $other }》里一个生气的玩家。
contact-the-angry-player-trace-town-advice = 陌生人不该知道你住在哪里。告诉你信任的大人，他们能帮你保护好自己，并举报那个玩家。
