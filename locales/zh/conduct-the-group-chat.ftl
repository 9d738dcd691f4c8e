# 行为 / 攻击：班级群聊（9–12 岁）

conduct-the-group-chat-title = 班级群聊
conduct-the-group-chat-summary = 你们班的群聊开始嘲笑一张被改过的同学照片。勇敢站出来的人会怎么做？
conduct-the-group-chat-remember = 不要转发伤人的帖子，去关心一下受伤害的人。先截图，再拉黑和举报，并告诉你信任的大人。

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
conduct-the-group-chat-name-leo = 李乐
conduct-the-group-chat-name-jake = 张杰
conduct-the-group-chat-name-finn = 方宇
conduct-the-group-chat-teacher-amani = 王老师
conduct-the-group-chat-teacher-park = 朴老师
conduct-the-group-chat-teacher-lopez = 刘老师

conduct-the-group-chat-intro = 你们班有个群聊，用来交流作业、讲笑话。今晚群里特别热闹。我们一起去看看吧！
conduct-the-group-chat-photo-posted = { $sender }发了一张你同学{ $classmate }的照片，被改成了一个正在哭的巨型婴儿，上面写着“{ $classmate }小宝宝 哈哈哈”。群里刷满了笑哭的表情。
conduct-the-group-chat-pic-group = 班级群
conduct-the-group-chat-pic-caption = { $classmate }小宝宝 哈哈哈

conduct-the-group-chat-leo-asks = 哈哈！配句搞笑的话，再发到隔壁班去！
conduct-the-group-chat-choice-forward = 行吧，就配一句。反正大家早就都看过了。
conduct-the-group-chat-feedback-forward = 学习的机会：大家都在笑的时候，好像只是个玩笑。但每转发一次，{ $classmate }就更难受一分。如果是你，会是什么感觉？
conduct-the-group-chat-choice-message-sam = 我不转发，要私下问问{ $classmate }好不好。
conduct-the-group-chat-feedback-message-sam = 这就是勇敢站出来！照片在你这里停下了，一条私信让{ $classmate }知道自己不孤单，也没有给群里添“热闹”。
conduct-the-group-chat-choice-stop-public = 大家别闹了！{ $sender }，这太过分了，删掉！
conduct-the-group-chat-feedback-stop-public = 你说得对，这确实过分，站出来说话需要勇气！但在全群面前争吵，会让这件事有更多观众。私下安慰{ $classmate }，再找大人，会更有用。

conduct-the-group-chat-forwarded = 你配的话引来一片笑声。第二天早上，照片已经传遍了整个年级。{ $classmate }午饭时一个人坐着，你心里像压了块石头。
conduct-the-group-chat-messaged = 你没有转发，而是私下给{ $classmate }发消息：“我看到群里了，你还好吗？”一分钟后，回复来了。
conduct-the-group-chat-pic-are-you-ok = 我看到群里了，你还好吗？
conduct-the-group-chat-called-out = { $sender }回复：“放轻松，开个玩笑嘛。”更多人跟着嘲笑你们俩，还有人发起投票：“{ $classmate }是小宝宝吗？”接着{ $sender }私信你：“快投票，不然下一个就是你。”

conduct-the-group-chat-sam-asks = 我一点也不好。我现在就要把所有人都拉黑，然后退群。求你别告诉老师，会更糟的。
conduct-the-group-chat-choice-block-all = 好，现在就全拉黑吧。我谁也不告诉，保证。
conduct-the-group-chat-feedback-block-all = 陪在{ $classmate }身边很重要！但先拉黑会让证据看不到，保守秘密又会让他独自面对。先截图，再拉黑，然后找大人。
conduct-the-group-chat-choice-ignore-it = 别理他们。等到周一，大家早就忘了。
conduct-the-group-chat-feedback-ignore-it = 学习的机会：“别理他们”听起来像好建议，但{ $classmate }现在就很难受。倾听他、找人帮忙，比干等着更好。
conduct-the-group-chat-choice-screenshot-show = 先截图保存好。然后我们一起拿给{ $teacher }看看。
conduct-the-group-chat-feedback-screenshot-show = 又善良又聪明！截图能在拉黑或删除之前留下证据。{ $classmate }害怕很正常，但大人能用孩子做不到的方式阻止这件事。

conduct-the-group-chat-sam-blocked = { $classmate }把所有人拉黑，退了群。没人保存照片和消息。第二天，群里出现一个投票：“{ $classmate }是小宝宝吗？”接着{ $sender }私信你：“快投票，不然下一个就是你。”
conduct-the-group-chat-sam-quiet = { $classmate }不再回复了。到了周一，照片传遍了整个年级，{ $classmate }午饭时一个人坐着。你心里像压了块石头。
conduct-the-group-chat-shown-together = 谢谢你们俩来找我。这些截图让我清楚地看到发生了什么。告诉我不是打小报告。我会冷静处理，确保照片被删掉。

conduct-the-group-chat-chat-meaner = 群里越来越过分了，现在{ $sender }还私信你。你会怎么做？
conduct-the-group-chat-pic-poll = { $classmate }是小宝宝吗？
conduct-the-group-chat-pic-vote-or-next = 快投票，不然下一个就是你。
conduct-the-group-chat-choice-screenshot-first = 先把所有内容都截图，然后拉黑并举报。
conduct-the-group-chat-feedback-screenshot-first = 顺序很聪明！拉黑之后，对方的消息可能就看不到了。截图能为大人或应用留下证据。然后拉黑、举报，就能让它停下来。
conduct-the-group-chat-choice-block-now = 马上拉黑{ $sender }。我什么都不想看了。
conduct-the-group-chat-feedback-block-now = 保护自己是对的！但要先截图：一旦拉黑，证据可能就没了，而大人或应用需要看到对方说了什么。
conduct-the-group-chat-choice-vote = 投一票吧，这样{ $sender }就不烦我了。
conduct-the-group-chat-feedback-vote = 学习的机会：跟着大家走，好像就能不惹麻烦。但每一票都让{ $classmate }更受伤，而欺负人的人很少只欺负一个。

conduct-the-group-chat-saved-reported = 你的截图拍下了投票和{ $sender }的私信。你拉黑了{ $sender }，举报了投票，应用把它删掉了。但照片还在很多人的手机里。
conduct-the-group-chat-pic-poll-removed = 谢谢！投票已被删除。
conduct-the-group-chat-pic-screenshots-saved = 截图已保存
conduct-the-group-chat-pic-blocked = 已拉黑{ $sender }
conduct-the-group-chat-blocked-fast = 你的手机安静了。但{ $sender }的消息你再也看不到，投票还挂在群里给别人看，你也没有保存任何能拿给别人看的东西。
conduct-the-group-chat-voted = { $sender }不再私信你了。但投票有了 30 票，在学校里，{ $classmate }午饭时一个人坐着。你心里像压了块石头。

conduct-the-group-chat-who-to-tell = 你的手机安静些了。但明天{ $classmate }还得面对全班。接下来呢？
conduct-the-group-chat-choice-tell-friend = 我只告诉我最好的朋友。老师只会越管越糟。
conduct-the-group-chat-feedback-tell-friend = 学习的机会：朋友可以倾听，却没法阻止这件事。你信任的大人可以，而且知道怎样帮忙才不会更糟。这不是打小报告。
conduct-the-group-chat-choice-go-teacher = 明天上课前，我去找{ $teacher }把事情都说清楚。
conduct-the-group-chat-feedback-go-teacher = 就是这样！{ $teacher }可以和全班、和家长们谈，让照片被删掉。告诉你信任的大人从来不是打小报告。
conduct-the-group-chat-choice-no-fuss = 现在已经没事了，还是别把事情闹大吧。
conduct-the-group-chat-feedback-no-fuss = 学习的机会：一个安静的晚上不代表事情结束了。照片还在，{ $classmate }还在独自面对。大人能彻底阻止它。

conduct-the-group-chat-told-friend = 朋友说：“太过分了！”可你们俩都不知道怎么阻止，第二天早上，{ $classmate }一个人走进教室。
conduct-the-group-chat-teacher-acts = 谢谢你告诉我，你又善良又勇敢，这不是打小报告。我会和全班、和家长们谈一谈，确保那张照片被删掉。
conduct-the-group-chat-quiet-evening = 晚上很安静。但照片还在很多人的手机里，第二天一整天，{ $classmate }都低着头。

conduct-the-group-chat-fix-it = 事情闹得比谁想的都大。但现在帮{ $classmate }还不晚。你会怎么做？
conduct-the-group-chat-choice-delete-nobody = 我不吭声，谁也不告诉。反正很多人都参与了。
conduct-the-group-chat-feedback-delete-nobody = 学习的机会：大家都参与时，好像谁都没有责任。但{ $classmate }还在难过，一个人就能开始把事情扭转过来。
conduct-the-group-chat-choice-sorry-only = 跟{ $classmate }说声对不起，希望事情慢慢过去。
conduct-the-group-chat-feedback-sorry-only = 道歉很勇敢，对{ $classmate }也很重要！但照片还在传，只有大人能帮忙让它对所有人都停下来。
conduct-the-group-chat-choice-own-up = 去找{ $teacher }坦白，包括我自己做的那部分。
conduct-the-group-chat-feedback-own-up = 这就是弥补的方法！坦白需要勇气，{ $teacher }能帮助{ $classmate }，让照片被删掉。改正错误才是最重要的。

conduct-the-group-chat-kept-quiet = 你没有出声，照片继续到处传。有人把它做成了表情包，{ $classmate }连午饭都不去吃了。
conduct-the-group-chat-sam-thanks = 谢谢你跟我道歉，这对我很重要。但照片已经到处都是，现在还有人把它做成了表情包。
conduct-the-group-chat-teacher-late = 谢谢你这么诚实。这需要勇气，你不会因为告诉我而惹上麻烦。我们一起把照片删掉，让{ $classmate }重新感到安全。

conduct-the-group-chat-last-chance = 你的道歉让{ $classmate }好受了些。但表情包还在到处传。现在怎么办？
conduct-the-group-chat-choice-show-where = 带{ $teacher }看看表情包都在哪里冒出来。
conduct-the-group-chat-feedback-show-where = 想得真好！指出它在哪里冒出来，能帮{ $teacher }快速行动。去找你信任的大人不是打小报告，而是在弥补。
conduct-the-group-chat-choice-warn-sender = 告诉{ $sender }：快删掉，不然我就去举报。
conduct-the-group-chat-feedback-warn-sender = 学习的机会：提前警告欺负人的人你要举报，会给他时间删掉证据。悄悄保存截图，然后去找你信任的大人。
conduct-the-group-chat-choice-up-to-others = 我已经道过歉了，剩下的交给别人。
conduct-the-group-chat-feedback-up-to-others = 学习的机会：你的道歉是个很好的开始。但表情包每被转发一次，{ $classmate }就受伤一次，大人能让它对所有人都停下来。

conduct-the-group-chat-teacher-last = 谢谢你拿给我看。你在弥补，这需要勇气。我今天就让人删掉照片和表情包，也会去关心一下{ $classmate }。
conduct-the-group-chat-sender-deletes = { $sender }赶紧删掉了最早的帖子，让你没东西可举报。然后表情包又出现在另一个群里。
conduct-the-group-chat-sticker-spreads = 表情包不断在别的群里冒出来。每一次{ $classmate }都会看到，而能阻止它的人却什么都不知道。

conduct-the-group-chat-end-safe = 你勇敢地站了出来！{ $teacher }知道了发生的事，{ $classmate }得到了支持，照片也正在被删掉。班级群又能变得友善了。
conduct-the-group-chat-end-mixed = 你没有跟着起哄，现在你的手机也安静了。但没有一个你信任的大人知道{ $classmate }正在经历什么，照片还在，事情可能会再来一次。
conduct-the-group-chat-end-recovered = 你一度被卷了进去，后来去找{ $teacher }，把事情弥补了。照片正在被删掉，{ $classmate }不再独自面对。这才是真正的勇气！
conduct-the-group-chat-end-harmful = 照片还在不断传播，{ $classmate }感到很孤单。这件事不是你挑起的；犯了错也不代表你是坏人。什么时候告诉你信任的大人都不晚：他们会帮助你。

# My phone: what stays on the phone after this level.
conduct-the-group-chat-trace-joined-in = 你在{ $classmate }那张被改过的照片上加的配字或投的票，全班都看到了。
conduct-the-group-chat-trace-joined-in-advice = 弥补永远不晚。向{ $classmate }道歉，再告诉老师，老师可以让人把照片删掉。
