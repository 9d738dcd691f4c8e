# 行为 / 攻击性：班级群聊（9–12 岁）

conduct-the-group-chat-title = 班级群聊
conduct-the-group-chat-summary = 你们班的群聊开始嘲笑一张被改过的同学照片。勇敢站出来的人会怎么做？
conduct-the-group-chat-remember = 不要转发伤人的帖子，去关心一下受伤害的人。举报并告诉信任的大人是勇敢，不是打小报告。

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
conduct-the-group-chat-name-leo = 李乐
conduct-the-group-chat-name-jake = 张杰
conduct-the-group-chat-name-finn = 方宇
conduct-the-group-chat-name-sam = 孙浩
conduct-the-group-chat-name-noah = 林诺
conduct-the-group-chat-name-arjun = 陈俊
conduct-the-group-chat-teacher-amani = 王老师
conduct-the-group-chat-teacher-park = 朴老师
conduct-the-group-chat-teacher-lopez = 刘老师

conduct-the-group-chat-intro = 你们班有个群，平时用来聊作业、讲笑话。今晚群里特别热闹。我们一起去看看吧！
conduct-the-group-chat-photo-posted = { $sender }发了一张你同学{ $classmate }的照片，被改得让{ $classmate }看起来像个大哭的巨型宝宝，上面写着“{ $classmate }是个小宝宝，哈哈”。大笑的表情一个接一个刷屏。

conduct-the-group-chat-leo-asks = 哈哈，配个搞笑的字，发到别的班去！
conduct-the-group-chat-choice-support-sam = 不转发，私信{ $classmate }问问他还好吗。
conduct-the-group-chat-feedback-support-sam = 这就是勇敢站出来！不转发能让照片停止传播，一条友善的消息让{ $classmate }知道他不是一个人。
conduct-the-group-chat-choice-stay-quiet = 不转发，但什么也不说
conduct-the-group-chat-feedback-stay-quiet = 不转发很好，照片到你这里就停下了。可是大家都不出声的时候，被针对的人会觉得特别孤单。
conduct-the-group-chat-choice-forward = 配上文字再转发
conduct-the-group-chat-feedback-forward = 学习的机会：大家都在笑的时候，这好像只是个玩笑。可是每转发一次，{ $classmate }受到的伤害就更大。如果换成是你，会是什么感觉？

conduct-the-group-chat-sam-reply = 谢谢你来问我。我不太好，大家都在笑我。但请别告诉老师，那样会更糟的。
conduct-the-group-chat-choice-tell-together = 我们一起去告诉一位信任的大人吧。
conduct-the-group-chat-feedback-tell-together = 又善良又勇敢！{ $classmate }担心是很正常的，但大人能用孩子做不到的方法阻止这件事。每个人都有权感到安全，{ $classmate }也一样。
conduct-the-group-chat-choice-just-comfort = 安慰{ $classmate }，这事只在你们俩之间
conduct-the-group-chat-feedback-just-comfort = 陪着{ $classmate }真的很重要！但照片还在传。信任的大人可以帮忙阻止它，你也可以陪{ $classmate }一起去，让他不孤单。
conduct-the-group-chat-choice-laugh-it-off = 告诉{ $classmate }这只是开玩笑，别当真
conduct-the-group-chat-feedback-laugh-it-off = 学习的机会：如果有人受伤了，对他来说这就不是玩笑。先听听{ $classmate }的感受，是帮助他的第一步。

conduct-the-group-chat-chat-grows = 没人阻止。更多{ $classmate }被改过的照片冒了出来，还有人发起投票：“{ $classmate }是不是小宝宝？快来投票！”
conduct-the-group-chat-speak-up = 嗯……照片越传越多，也越来越过分了。勇敢站出来的人现在可以做什么？
conduct-the-group-chat-choice-report-tell = 举报这些帖子，并告诉信任的大人
conduct-the-group-chat-feedback-report-tell = 这正是勇敢站出来的人会做的！在应用里举报并告诉大人，可以让这些照片被删掉。每个人都有权在网上感到安全。
conduct-the-group-chat-choice-post-stop = 在群里发：“一点也不好笑，别闹了。”
conduct-the-group-chat-feedback-post-stop = 敢说出来需要勇气，也可能让别人停下来！但照片还在网上。信任的大人可以帮忙把它们删掉。
conduct-the-group-chat-choice-laugh-along = 发个大笑表情，跟大家一样
conduct-the-group-chat-feedback-laugh-along = 学习的机会：和大家不一样确实很难。可是每一个笑脸都在告诉别人，欺负人没关系。你可以既友善，又是集体的一员。

conduct-the-group-chat-leo-backs-off = 随便啦，只是开个玩笑。好吧，我不发了。
conduct-the-group-chat-teacher-acts = 谢谢你告诉我，你又善良又勇敢。这不是打小报告，这是在帮忙。我会让人把照片删掉，再和全班谈一谈。

conduct-the-group-chat-sam-upset = 第二天，照片已经传遍了整个年级。{ $classmate }午饭时一个人坐着，谁也不看。你心里像压了一块石头。
conduct-the-group-chat-fix-it = 事情闹得比谁想的都大。但现在帮{ $classmate }还不晚。你会怎么做？
conduct-the-group-chat-choice-tell-and-sorry = 告诉信任的大人，并向{ $classmate }道歉
conduct-the-group-chat-feedback-tell-and-sorry = 这就是弥补的办法！道歉需要勇气，大人也能帮忙把照片删掉。每个人都会犯错，重要的是去改正。
conduct-the-group-chat-choice-delete-own = 删掉我自己的消息，什么也不说
conduct-the-group-chat-feedback-delete-own = 删掉你的消息有一点帮助。但照片还在网上，{ $classmate }还是觉得很孤单。信任的大人能做的要多得多。
conduct-the-group-chat-choice-ignore-it = 不管了，反正大家都这么做了。
conduct-the-group-chat-feedback-ignore-it = 学习的机会：大家都参与的时候，好像谁都没有错。但{ $classmate }仍然很难过，而一个人就能开始弥补。

conduct-the-group-chat-teacher-acts-late = 谢谢你来找我，还这么诚实。这需要勇气。我们一起把照片删掉，让{ $classmate }重新感到安全。

conduct-the-group-chat-end-safe = 你勇敢地站了出来！{ $classmate }得到了支持，照片删掉了，班级群也变得更友善了。做得好！
conduct-the-group-chat-end-mixed = 有些伤害停下了，但照片还在网上，也没有信任的大人知道。告诉大人能帮你彻底解决这件事。
conduct-the-group-chat-end-recovered = 你犯了错，然后弥补了它。听到你的道歉，{ $classmate }好受多了，照片也删掉了。这才是真正的勇气！
conduct-the-group-chat-end-harmful = { $classmate }还是觉得很孤单，照片也还在传。道歉和告诉信任的大人永远不会太晚，他们能帮忙。
