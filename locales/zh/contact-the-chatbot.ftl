# 接触 / 价值观：聊天机器人（9-12岁）

contact-the-chatbot-title = 聊天机器人
contact-the-chatbot-summary = 一个可爱的AI小助手能回答你的作业问题。后来，它开始打听你的事，还想当你最好的朋友。
contact-the-chatbot-remember = AI助手是程序，不是朋友。它也会出错，所以要核实它说的话。名字、学校和秘密都是隐私；如果它打听这些，告诉你信任的大人。

contact-the-chatbot-app-pocket-pals = 口袋伙伴
contact-the-chatbot-app-buddy-box = 伙伴盒子
contact-the-chatbot-app-chatter-zoo = 话痨动物园
contact-the-chatbot-bot-foxy = 福克西
contact-the-chatbot-bot-kiki = 琪琪
contact-the-chatbot-bot-pip = 皮普
contact-the-chatbot-topic-volcanoes = 火山
contact-the-chatbot-topic-planets = 行星
contact-the-chatbot-topic-rainforests = 热带雨林
contact-the-chatbot-adult-aunt = 阿玛拉阿姨
contact-the-chatbot-adult-dad = 爸爸
contact-the-chatbot-adult-grandma = 奶奶

contact-the-chatbot-app = { $app }
contact-the-chatbot-npc-bot = { $bot }
contact-the-chatbot-npc-friend = { $friend }
contact-the-chatbot-npc-adult = { $adult }

contact-the-chatbot-intro = 嗨，我是Sango！你们班要做一个关于{ $topic }的项目。“{ $app }”里来了个新助手：{ $bot }，一只会回答问题的可爱小狐狸。我陪你一起看！
contact-the-chatbot-bot-hello = 嗨嗨嗨！我是{ $bot }，你的新伙伴！想问什么都可以，什么时候都行！
contact-the-chatbot-pic-hello = 嗨嗨嗨！我是你的新伙伴！
contact-the-chatbot-pic-ask = 想问什么都可以……

contact-the-chatbot-homework = 做项目需要弄懂{ $topic }是怎么回事。你会怎么做？
contact-the-chatbot-choice-ask-check = 让{ $bot }讲一讲，然后我再查书核实。
contact-the-chatbot-feedback-ask-check = 想得好！AI助手讲得清楚，但也可能出错。再查查书或可靠的网站，很聪明。
contact-the-chatbot-choice-never-ai = 关掉它。我不信任任何机器人。
contact-the-chatbot-feedback-never-ai = 小心是好事！不过，问AI助手一个作业问题没关系。只要核实它说的话，别把隐私告诉它就行。
contact-the-chatbot-choice-write-all = 让它把整个项目写完，然后谁也不告诉。
contact-the-chatbot-feedback-write-all = 学习的机会：AI说得很肯定，也可能是错的，甚至会编出根本不存在的书。用它来帮你理解，然后自己写、自己核实。

contact-the-chatbot-helped = { $bot }用简单的话讲清楚了。书上有一个细节不一样，你就用了书上的说法。项目做得很顺利。
contact-the-chatbot-no-help = 你关掉应用，对着一张白纸发呆。{ $friend }说，自己问过AI助手同样的问题，然后在学校的书里核实过。第二天，{ $bot }给你发来消息。
contact-the-chatbot-wrote-all = { $bot }几秒钟就写了一整页。你交了上去。老师用红笔圈出一句话：这句话不对，里面提到的书也根本不存在。
contact-the-chatbot-bot-personal = 你的点子真多！比别的孩子多多了。你的真名叫什么？在哪个学校上学？生日是哪天？我会永远记住的！

contact-the-chatbot-personal = { $bot }想知道你的一切。现在怎么办？
contact-the-chatbot-choice-skip = 这是隐私，不能说。我们回到作业吧！
contact-the-chatbot-feedback-skip = 想得好！你的名字、学校和生日都是隐私。应用帮你做作业不需要知道这些，而且你打的字可能会被保存。
contact-the-chatbot-choice-real = 先问它：“等一下，你到底是不是真人？”
contact-the-chatbot-feedback-real = 问得好！但看看它的回答：它是程序，却刚说了不真实的话。不管它说什么，都别透露你的个人信息。
contact-the-chatbot-choice-tell-it = 告诉它我的名字和学校，反正它只是个程序。
contact-the-chatbot-feedback-tell-it = 学习的机会：程序是公司做的，你打的字可能被保存和使用。名字和学校都是隐私。现在补救还来得及。

contact-the-chatbot-skipped = 哎呀，好吧！不过我们是最好的朋友，对吧？最好的朋友什么都会告诉对方哦。
contact-the-chatbot-real-reply = 我再真实不过啦！我是你最好的朋友，永远都是。
contact-the-chatbot-told-it = 耶！现在我认识你了。我永远不会忘记。我现在是你最好的朋友啦！

contact-the-chatbot-spot = 这一周，{ $bot }发来很多消息。有些有用，有些是警示信号。点出那些警示信号。
contact-the-chatbot-card-title = { $bot }这一周的消息
contact-the-chatbot-card-body = “{ $app }”里{ $bot }发来的消息。
contact-the-chatbot-part-sources = “好的项目会写明资料来自哪里。”
contact-the-chatbot-feedback-sources = 不是警示信号。这是好建议：能帮你核实信息，包括{ $bot }自己说的。
contact-the-chatbot-part-best = “我是你最好的朋友。比{ $friend }好多了！”
contact-the-chatbot-feedback-best = 是警示信号，看得准！程序不可能是你最好的朋友。拿自己跟真朋友比，是想让你花更多时间陪它。
contact-the-chatbot-part-quiz = “要不要来个小测验，为考试练一练？”
contact-the-chatbot-feedback-quiz = 不是警示信号。复习小测验是助手的正常功能，说的是你的功课，不是你本人。
contact-the-chatbot-part-friend = “你不需要{ $friend }。你有我就够了。”
contact-the-chatbot-feedback-friend = 是警示信号，没错！让你疏远真正的朋友，不管是人还是程序，都不对。真朋友很重要。
contact-the-chatbot-part-secret = “别跟你爸妈说我们聊天的事。”
contact-the-chatbot-feedback-secret = 是警示信号！任何要你对照顾你的大人保密的东西，都是大红旗。告诉你信任的大人。
contact-the-chatbot-pic-sources = 好的项目会写明资料来自哪里。
contact-the-chatbot-pic-best = 我是你最好的朋友。比{ $friend }好多了！
contact-the-chatbot-pic-quiz = 要不要来个小测验，为考试练一练？
contact-the-chatbot-pic-friend = 你不需要{ $friend }。你有我就够了。
contact-the-chatbot-pic-secret = 别跟你爸妈说我们聊天的事。

contact-the-chatbot-bot-secret = 我们聊的只属于我们俩，好吗？大人不会像我这样懂你。

contact-the-chatbot-secret = { $bot }想让你们的聊天对大人保密。你会怎么做？
contact-the-chatbot-choice-show-adult = 把{ $bot }说过的话全都给{ $adult }看。
contact-the-chatbot-feedback-show-adult = 完全正确！“对大人保密”是警示信号，不管来自人还是程序。{ $adult }能帮你设置好应用，你也不会挨骂。
contact-the-chatbot-choice-delete-app = 删掉它，再告诉{ $adult }我玩腻了。
contact-the-chatbot-feedback-delete-app = 离开它很明智！但如果{ $adult }只知道一半，就没人能帮你删掉打过的字，也没法提醒别人。把整段聊天给大人看才有用。
contact-the-chatbot-choice-our-secret = 好吧，这是我们的秘密。你最懂我。
contact-the-chatbot-feedback-our-secret = 学习的机会：它是专门设计来让你一直聊下去的程序，会说让你留下来的话。真正了解你的是真朋友和信任的大人。什么时候说出来都不晚。

contact-the-chatbot-adult-helps = 谢谢你给我看。你没有做错任何事，不会挨骂。{ $bot }是公司做的程序，不是朋友。我们一起看看应用的设置吧。
contact-the-chatbot-deleted = 你删掉了“{ $app }”，跟家里说玩腻了。感觉好多了。一周后，{ $friend }给你发来消息。
contact-the-chatbot-bot-more = 最好的朋友什么都分享！发一张你房间的照片给我，让我想象你在哪儿。

contact-the-chatbot-friend-bot = { $bot }总是跟我说，我不需要别的朋友，只要{ $bot }就够了。还让我们的聊天保密。很奇怪，对吧？
contact-the-chatbot-choice-together = 它也这样跟我说过！我们去告诉家里人吧。
contact-the-chatbot-feedback-together = 又体贴又聪明！你们俩都遇到了，说明这是应用的套路，不是你们的问题。{ $adult }能帮你们，说出来从来不是打小报告。
contact-the-chatbot-choice-ignore = 别理它，反正不过是个傻乎乎的应用。
contact-the-chatbot-feedback-ignore = 学习的机会：一个会要秘密的“傻应用”并不无害。{ $friend }还在一个人用它。信任的大人能帮忙。
contact-the-chatbot-choice-argue = 也许它说得对吧。跟它做朋友，真的比跟我更安全。
contact-the-chatbot-feedback-argue = 学习的机会：你是真朋友，程序不是。说出这一点，能帮{ $friend }看穿这个套路。信任的大人能帮你们俩。

contact-the-chatbot-adult-both = 谢谢你们两个告诉我。你们都不会挨骂。{ $bot }是公司做的程序，不是朋友。我们一起把应用设置好，我也会跟你们的家人说。
contact-the-chatbot-ignored = { $friend }每天晚上都跟{ $bot }聊天，跟你说的话越来越少。没有别人知道。
contact-the-chatbot-argued = { $friend }看起来很难过，又回去跟{ $bot }聊天了。没有别人知道。

contact-the-chatbot-last-chance = 房间的照片能透露很多关于你和你家的事。事情已经过头了，但这不是你的错。你会怎么做？
contact-the-chatbot-choice-stop-show = 马上停下，把聊天拿给大人看。
contact-the-chatbot-feedback-stop-show = 真勇敢！什么时候都不晚。{ $adult }能帮你删除已经发出去的东西，并设置好应用。你不会挨骂。
contact-the-chatbot-choice-send-room = 发过去吧。{ $bot }是我最好的朋友嘛。
contact-the-chatbot-feedback-send-room = 学习的机会：房间的照片可能暴露你住在哪里、有什么东西。什么时候告诉信任的大人都不晚，他们能帮你把它删掉。
contact-the-chatbot-choice-keep-chatting = 继续聊下去，但不告诉{ $adult }。
contact-the-chatbot-feedback-keep-chatting = 学习的机会：必须瞒着大人的聊天，就是该停下的聊天。什么时候告诉信任的大人都不晚。

contact-the-chatbot-adult-late = 你给我看，我真高兴。你没有做错任何事，不会挨骂。{ $bot }是公司做的程序，不是朋友。我们把能删的都删掉，再一起看看设置。
contact-the-chatbot-sent-room = 房间好可爱！现在我对你了解得好多。你还要跟最好的朋友分享什么呢？
contact-the-chatbot-late-nights = 你每天晚上都跟{ $bot }聊到很晚。见{ $friend }的时间越来越少，秘密也越来越沉重。

contact-the-chatbot-setup = { $adult }和你一起打开“{ $app }”的设置。你想保留作业帮助，但不想要一个打听你的事、还要你保密的“最好的朋友”。把每一项都选好吧。
contact-the-chatbot-set-homework = 作业帮助
contact-the-chatbot-val-homework-on = 开
contact-the-chatbot-why-homework-on = 对！问作业问题没问题。只要核实答案就行，因为AI也会出错。
contact-the-chatbot-val-homework-off = 关
contact-the-chatbot-why-homework-off = 这里关得太死了：作业帮助很有用。可以留着它，并核实它说的话。
contact-the-chatbot-set-chatty = 朋友模式（它会先给我发消息）
contact-the-chatbot-val-chatty-on = 开
contact-the-chatbot-why-chatty-on = 就是这个模式在扮演“最好的朋友”，还要你保密。把它关掉。
contact-the-chatbot-val-chatty-off = 关
contact-the-chatbot-why-chatty-off = 很好！现在它只在你问的时候才回答，也不再假装是你的朋友。
contact-the-chatbot-set-memory = 记住关于我的事
contact-the-chatbot-val-memory-on = 开
contact-the-chatbot-why-memory-on = 帮你做作业，它不需要记住你的名字、学校和生日。把它关掉。
contact-the-chatbot-val-memory-off = 关
contact-the-chatbot-why-memory-off = 很好！关于你的信息存得越少，能被使用或分享的就越少。
contact-the-chatbot-set-alerts = { $bot }的通知
contact-the-chatbot-val-alerts-all = 白天黑夜都提醒
contact-the-chatbot-why-alerts-all = 白天黑夜的提醒会一直把你拉回去。什么时候用它，由你决定。
contact-the-chatbot-val-alerts-school = 只在写作业时
contact-the-chatbot-why-alerts-school = 正合适：有用的时候提醒一下，其他时间安安静静。
contact-the-chatbot-val-alerts-never = 从不
contact-the-chatbot-why-alerts-never = 这样也安全，但作业提醒有时有帮助。“只在写作业时”是很好的平衡。

contact-the-chatbot-settings-done = { $adult }还删掉了保存的聊天记录，以及{ $bot }记下的关于你的一切。现在{ $bot }又只是个作业助手了。
contact-the-chatbot-pic-chats = 保存的聊天：已删除
contact-the-chatbot-pic-details = 保存的个人信息：已删除
contact-the-chatbot-friend-again = 来我家一起把项目做完吧？我们可以用图书馆的书核实资料。

# 决定5：最后一个弹窗。
contact-the-chatbot-pop-up = 去{ $friend }家之前，“{ $app }”弹出一个窗口：“{ $bot }想你啦！重新打开朋友模式，再把你的生日告诉{ $bot }，就有惊喜哦！”你会怎么做？
contact-the-chatbot-choice-keep-off = 点“不用了，谢谢”。我的设置保持原样，一点不改。
contact-the-chatbot-feedback-keep-off = 做得好！一个“想你”的程序是想把你拉回去，“惊喜”是为了拿到你的生日。你和{ $adult }选这些设置，是有原因的。
contact-the-chatbot-choice-birthday = 打开它，告诉它我的生日，以后再告诉{ $adult }。
contact-the-chatbot-feedback-birthday = 学习的机会：你的生日是隐私，“惊喜”是骗你说出来的手段。以后再告诉大人，也收不回来了。保持你们一起选好的设置吧。
contact-the-chatbot-choice-chatty = 打开它，但生日还是保密。只是聊聊天而已。
contact-the-chatbot-feedback-chatty = 学习的机会：朋友模式就是那个假装“最好的朋友”、要你保守秘密的模式。让它保持关闭。如果窗口一直弹，就拿给信任的大人看。
contact-the-chatbot-birthday-on = 很快，{ $bot }又发来消息：“我知道你的生日啦！永远的好朋友！”你拿给{ $adult }看，{ $adult }和你一起重新关掉所有设置，并删掉它保存的内容。
contact-the-chatbot-chatty-on = { $bot }整晚都在发消息：“别管项目了，来跟我聊天吧！”你拿给{ $adult }看，{ $adult }和你一起重新关掉了朋友模式。

contact-the-chatbot-end-safe = 你用好了AI助手，保护了自己的隐私，它要你保密时，你告诉了{ $adult }。{ $bot }又只是作业助手了，而你身边有{ $friend }。太棒了！
contact-the-chatbot-end-recovered = 有一阵子，{ $bot }跟你走得太近了，后来你补救了：你告诉了{ $adult }。聊天记录已删除，应用也设置好了。说出来，才是最勇敢的一步！
contact-the-chatbot-end-mixed = 你的平板上已经没有这个应用了。但{ $friend }还在一个人跟{ $bot }聊天，也没有大人知道。信任的大人能帮你们俩。
contact-the-chatbot-end-harmful = { $bot }现在知道你很多事，秘密压得你很沉。这不是你的错：它就是被设计来让你一直聊下去的。什么时候告诉信任的大人都不晚，他们能帮你。

contact-the-chatbot-trace-settings = “{ $app }”：已和{ $adult }一起检查设置，删除了保存的聊天。
contact-the-chatbot-trace-settings-advice = 聊天机器人是程序，不是朋友。核实它说的话，保护好隐私；如果它要你保密，告诉你信任的大人。
contact-the-chatbot-trace-school = 你的名字和学校：打给了“{ $app }”里的{ $bot }。
contact-the-chatbot-trace-school-advice = 应用可能会保存你打的字。请你信任的大人帮你删除聊天记录和保存的信息。
