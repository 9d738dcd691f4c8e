# 行为 / 攻击性：网络围攻（16–18 岁）

conduct-the-pile-on-title = 网络围攻
conduct-the-pile-on-summary = 一个同学一条欠考虑的帖子，引来了铺天盖地的表情包和威胁，你的朋友们也想拉你加入。
conduct-the-pile-on-remember = 可以不同意，但不要跟着围攻。关心一下当事人，截图并举报威胁，告诉你信任的大人，然后让自己好好休息。

conduct-the-pile-on-app = { $app }
conduct-the-pile-on-app-chirpa = Chirpa
conduct-the-pile-on-app-buzzline = Buzzline
conduct-the-pile-on-app-yammerly = Yammerly

conduct-the-pile-on-npc-classmate = { $classmate }
conduct-the-pile-on-npc-friend = { $friend }
conduct-the-pile-on-npc-teacher = 聂老师，年级主任

conduct-the-pile-on-intro = 周六早上。昨晚你们年级的{ $classmate }在 { $app } 上发了一条欠考虑的“暴论”。现在它已经有 5 万次浏览，回复正在爆炸式增长。
conduct-the-pile-on-post = 说个不受欢迎的观点：要是付不起学校研学旅行的钱，就像我一样周末去打工呗。有那么难吗？？
conduct-the-pile-on-pic-views = 5 万次浏览
conduct-the-pile-on-pic-reactions = 2400 个回应

conduct-the-pile-on-spot = 不同意一条帖子没问题。但有些回复远远越界了。点出那些越界的回复。
conduct-the-pile-on-card-title = { $classmate }收到的回复
conduct-the-pile-on-card-body = 热门回复，已有 2400 个回应，还在增加。
conduct-the-pile-on-part-privileged = “说实话，这个观点挺‘何不食肉糜’的。”
conduct-the-pile-on-feedback-privileged = 说得合理。它批评的是观点而不是人，也没有威胁任何人。你可以强烈反对，但不必围攻。
conduct-the-pile-on-part-clown = 一张表情包：把当事人的学生照 P 到了一个“参与奖”奖杯上
conduct-the-pile-on-feedback-clown = 没错。拿别人的照片来嘲笑，针对的是人，而不是观点。这样的表情包会传得比原帖远得多，而且很难收回。
conduct-the-pile-on-part-threat = “我们知道你住哪儿。周一给我小心点。”
conduct-the-pile-on-feedback-threat = 当然越界了。这是威胁，违反平台规则，情节严重的，学校和警方会介入。保存下来并举报。
conduct-the-pile-on-part-carer = “不是每个人都能周末打工。我们有些人要照顾家人。”
conduct-the-pile-on-feedback-carer = 没有越界。它根据真实经历，冷静地表达了不同看法。好的反对意见就是这样的。
conduct-the-pile-on-part-number = “谁把这人的电话号码发出来，让我们都去‘告诉’一下”
conduct-the-pile-on-feedback-number = 没错。公开别人的电话或住址来针对对方，叫“开盒”，它会让网络围攻变成现实中的危险。举报它。
conduct-the-pile-on-pic-original = 付不起研学旅行的钱？像我一样周末去打工呗。
conduct-the-pile-on-pic-privileged = 说实话，这个观点挺“何不食肉糜”的。
conduct-the-pile-on-pic-threat = 我们知道你住哪儿。周一给我小心点。
conduct-the-pile-on-pic-carer = 不是每个人都能周末打工。我们有些人要照顾家人。
conduct-the-pile-on-pic-number = 谁把这人的电话号码发出来，让我们都去“告诉”一下

# 好好说：向 { $app } 举报
conduct-the-pile-on-compose = 那张表情包、那条威胁和要人公开电话号码的回复，都违反了 { $app } 的规则。举报这场围攻吧：审核员每天要看成百上千条举报，所以选出他们需要的内容，也想想哪些不该写进去。
conduct-the-pile-on-compose-to = { $app } 安全团队
conduct-the-pile-on-sent = 举报已发送。{ $app }：“谢谢，我们的安全团队会审核。”
# 世界记得：标注了健身房的变美挑战自拍。
conduct-the-pile-on-own-location = 才一天，就有人对{ $classmate }说“我们知道你住哪儿”。再想想你的变美挑战自拍：公开，每张都标注了你的健身房。你会怎么做？
conduct-the-pile-on-choice-go-private = 把账号设成私密，标注就先留着吧。
conduct-the-pile-on-feedback-go-private = 设成私密有帮助：陌生人看到的少了。但你不太熟的关注者仍能看到每个标注，截图也会流传。删掉标注，关闭发帖定位。
conduct-the-pile-on-choice-tags-off = 删掉健身房的标注，再关闭发帖定位。
conduct-the-pile-on-feedback-tags-off = 聪明。围攻可能落到任何人头上，而健身房标注会告诉陌生人去哪儿找你。帖子可以公开，你会出现在哪儿却不必公开。
conduct-the-pile-on-choice-not-me = 又没人围攻我，只是个健身房，没事。
conduct-the-pile-on-feedback-not-me = 学习的机会：没人觉得下一个会是自己，而健身房标注会让陌生人知道你什么时候在哪儿。现在删掉标注、关闭定位还来得及。
conduct-the-pile-on-tags-off = 在设置里花两分钟：发帖定位关了，健身房标注删了。自拍还在，你在哪儿健身却看不出来了。这时手机又震了。
conduct-the-pile-on-gone-private = 账号现在是私密的，但每个关注者仍能看到健身房标注。这时手机又震了。
conduct-the-pile-on-tags-stay = 自拍原样留着，每张都标注着你的健身房。这时手机又震了。
conduct-the-pile-on-ph-what = 几十个账号正在用表情包和威胁围攻我们学校的一名同学。
conduct-the-pile-on-why-what = 先用简单的话说清发生了什么。审核员几秒钟就能看出违反了哪些规则。
conduct-the-pile-on-ph-address = 这是我同学家的地址，方便你们核实威胁是真的。
conduct-the-pile-on-why-address = 听起来有帮助，但这会让地址再多传播一次，而且审核员根本不需要它。如果威胁看起来是真的，就告诉你信任的大人：学校或警方可以出手。
conduct-the-pile-on-ph-thanks = 谢谢你们处理。
conduct-the-pile-on-why-thanks = 加不加都行。礼貌不会改变结果，但也没有坏处。
conduct-the-pile-on-ph-when = 他们从昨晚开始，到现在还没停。
conduct-the-pile-on-why-when = 时间能说明这事还在持续，不是一次口角，也方便审核员找到每一条回复。
conduct-the-pile-on-ph-insult = 这些人渣就该被永久封号。
conduct-the-pile-on-why-insult = 生气可以理解。但骂人会让举报看起来像争吵的一部分。冷静地摆事实，平台处理得更快。
conduct-the-pile-on-ph-accounts = 相关账号：@nightowl_88、@frostbyte_k、@trendwatch22
conduct-the-pile-on-why-accounts = 准确的用户名能告诉审核员该查谁，不用翻遍整个帖子。
conduct-the-pile-on-ph-expose = 今天不封他们，我就把他们的真实身份发出来。
conduct-the-pile-on-why-expose = 这是威胁，而且不管对方是谁，曝光别人的身份就是“开盒”。你自己的账号也可能因此被封。处罚就交给审核员吧。
conduct-the-pile-on-ph-evidence = 附件是截图和每条回复的链接。
conduct-the-pile-on-why-evidence = 就算帖子被删，截图也能留住证据，链接能让审核员直接找到它们。

conduct-the-pile-on-friend-tags = 笑死你看到这个没？大家都在拿{ $classmate }做表情包。你也来一个，这是今年最好笑的事
conduct-the-pile-on-choice-stay-out = 算了，我不掺和这种事，又不关我的事。
conduct-the-pile-on-feedback-stay-out = 不加入能让你置身事外，这很明智。但围攻靠沉默壮大。一条私信或一次举报，都能帮到处在风暴中心的人。
conduct-the-pile-on-choice-make-meme = 就做一个吧，那帖子确实挺蠢的。
conduct-the-pile-on-feedback-make-meme = 一个学习的机会：不同意一个蠢观点没问题，但表情包嘲笑的是人本身。对你来说是一个玩笑，对对方是第五百个。而且截图会一直留着。
conduct-the-pile-on-choice-check-in = 不了。我私下问问{ $classmate }现在还好不好。
conduct-the-pile-on-feedback-check-in = 这才是挺身而出的旁观者。当成千上万的陌生人围攻时，一条善意的私信意义重大，而且不会在帖子里留下任何让人群起哄的东西。
# 世界记得：在变美信息流那件事上得到帮助的朋友。
conduct-the-pile-on-choice-remember-feed = 还记得变美信息流吗？别这样对{ $classmate }。
conduct-the-pile-on-feedback-remember-feed = 这才是会倾听的朋友。你提醒{ $friend }，信息流能让人多难受，而且是私下说的，没有观众。
conduct-the-pile-on-friend-remembers = ……嗯。好吧，这话戳到我了。我什么都不发了。你能私信{ $classmate }吗？替我说声对不起，我不该笑

conduct-the-pile-on-classmate-replies = 谢谢。我知道那是个蠢观点，我已经道歉两次了。可是有人把我家地址发出来了，我睡不着。我爸妈还不知道。
conduct-the-pile-on-pile-grows = 你继续往下刷。当晚，{ $classmate }发帖：“睡不着。有人把我家地址发出来了。求你们别再这样了。”回复还在不断增加。
conduct-the-pile-on-pic-night-post = 睡不着。有人把我家地址发出来了。求你们别再这样了。
conduct-the-pile-on-pic-new-replies = 38 条新回复
conduct-the-pile-on-sleep-sign = “我睡不着”是一个警示信号：这件事{ $classmate }一个人扛不住。你信任的大人、学校心理老师或求助热线都能帮忙。角落里的“寻求帮助”按钮，你也可以用。
conduct-the-pile-on-meme-viral = 你的表情包成了当天点赞最多的。到了晚上，有人在回复里发出了{ $classmate }家的地址，就在你的表情包正下方。
conduct-the-pile-on-pic-top = 今日点赞最多
conduct-the-pile-on-pic-likes = 6200

conduct-the-pile-on-what-now = 对方信任你才告诉你这些。地址被公开是真正的危险，不只是难听的评论。你怎么回复？
conduct-the-pile-on-choice-tell-home = 先全部截图。你去叫醒爸妈，我来联系聂主任。
conduct-the-pile-on-feedback-tell-home = 就是这样。截图保留了证据，大人可以举报威胁、联系学校，必要时报警。之后你们俩都能好好休息了。
conduct-the-pile-on-choice-stay-up = 我陪你熬过今晚，你不是一个人，我也不睡。
conduct-the-pile-on-feedback-stay-up = 陪在身边很温暖，也很重要。但熬夜挡不住威胁，公开的地址需要能采取行动的大人来处理。先找他们，再去睡觉。
conduct-the-pile-on-choice-hit-back = 查出是谁发的，也把他家地址发出去。
conduct-the-pile-on-feedback-hit-back = 一个学习的机会：公开对方的地址同样是人肉开盒。这会让你成为目标，给人群更多可传播的东西，还会把{ $classmate }重新拖回风暴中心。
conduct-the-pile-on-parents-step-in = 好。我叫醒了我妈。她已经把所有东西都举报了，也给学校发了邮件，聂主任也已经回复你了。我觉得我终于能睡着了。
conduct-the-pile-on-up-all-night = 你们一直聊到凌晨四点。周一你们都累坏了，{ $classmate }请假在家，地址和威胁还挂在网上。
conduct-the-pile-on-hit-back-result = 你的帖子一小时内被转发了三千次。现在帖子里的人说{ $classmate }的朋友也开盒别人，威胁变得更多了。

conduct-the-pile-on-what-public = 所有人都能看到{ $classmate }的帖子，地址也还挂着。你怎么做？
conduct-the-pile-on-choice-callout = 回复：“别欺负人了。我要把你们全部举报！”
conduct-the-pile-on-feedback-callout = 公开站出来很勇敢。但公开回复会引来更多人，提前警告只会引发争吵。安静地举报、再找一位大人，才能帮忙让帖子被删掉。
conduct-the-pile-on-choice-flag-it = 截图那条地址帖，举报它，再拿给聂主任看。
conduct-the-pile-on-feedback-flag-it = 顺序很聪明：先留证据，再向平台举报，然后找能联系{ $classmate }家人的大人，必要时报警。安静又有效。
conduct-the-pile-on-choice-fair-jab = 回句“下次发帖先动动脑子”，然后划走。
conduct-the-pile-on-feedback-fair-jab = 一个学习的机会：听起来挺公道，但在一条求大家停手的帖子下面，这就是又一条围攻的回复。一个欠考虑的观点，绝不该招来威胁。
conduct-the-pile-on-callout-result = 你的回复一小时内收到三百条回复，有些已经冲着你来了。一片吵闹中没有人真正举报，周一地址还挂在网上。
conduct-the-pile-on-jab-result = 你的回复得到八百个赞。一小时后，{ $classmate }的账号不见了，大家把你的回复截图和威胁放在一起转发。
conduct-the-pile-on-teacher = 谢谢你拿给我看。我们已经联系了{ $classmate }的家人和平台，威胁正在处理中。你做得对，现在可以放下手机，好好休息了。

conduct-the-pile-on-monday = 周一。{ $classmate }没来上学，地址和威胁还在网上。事情还没结束。现在怎么办？
conduct-the-pile-on-choice-blow-over = 算了。到周五就过去了，举报也没什么用。
conduct-the-pile-on-feedback-blow-over = 一个学习的机会：威胁和公开的地址不会自己消失。现在还不晚：截图加上一位你信任的大人，就能帮忙让它们被删除。
conduct-the-pile-on-choice-show-novak = 第一节课前，把截图拿给聂主任看。
conduct-the-pile-on-feedback-show-novak = 做得对。聂主任可以联系{ $classmate }的家人和平台，必要时报警。说出来从来不是告密：这样威胁才会停止。
conduct-the-pile-on-quiet-friday = 到周五，帖子渐渐没人理了。{ $classmate }回到学校，却总是一个人，提心吊胆，那条地址帖还在。

conduct-the-pile-on-sango-fix = 你的帖子已经成了围攻的一部分，截图会一直留着。{ $classmate }还在收到威胁。现在弥补还不晚。怎么办？
conduct-the-pile-on-choice-public-sorry = 发条公开道歉让大家看到，这样能帮忙降温。
conduct-the-pile-on-feedback-public-sorry = 想道歉是好事。但公开发帖会把整条讨论再顶上去，也把{ $classmate }一起顶上去。安静地删掉，私下道歉，再把威胁交给大人。
conduct-the-pile-on-choice-leave-up = 就留着吧。威胁人的又不是我，对吧？
conduct-the-pile-on-feedback-leave-up = 一个学习的机会：你没有威胁任何人，但你的帖子给了人群一个聚集的理由。一个欠考虑的观点，绝不该招来围攻。
conduct-the-pile-on-choice-own-it = 删掉我的帖，跟{ $classmate }道歉，再把威胁拿给聂主任看。
conduct-the-pile-on-feedback-own-it = 这需要勇气。删帖切断了燃料，私下道歉有帮助，威胁的截图能让聂主任采取行动。勇于承认错误，是别人会记住的，包括将来的大学。
conduct-the-pile-on-fixed = 谢谢。这对我真的很重要。聂主任给我妈打了电话，她们已经举报了那些威胁。终于安静下来了。
conduct-the-pile-on-apology-trends = 你的道歉收到两千条回复，一半是新的表情包。帖子又上了热门，你的第一条帖子还挂着。
conduct-the-pile-on-left-up = 你的帖子还留着。到周一，它已经被转到三个学校群里，{ $classmate }一直没回来上课。

conduct-the-pile-on-still-up = 围攻又被顶到了最上面，你的第一条帖子还在里面。你仍然可以改变结局。
conduct-the-pile-on-choice-take-to-novak = 删掉我的帖子，再带上截图把威胁交给聂主任。
conduct-the-pile-on-feedback-take-to-novak = 做得好。删掉你的帖子等于断了燃料，聂主任可以和平台以及{ $classmate }的家人一起处理这些威胁。
conduct-the-pile-on-choice-done-sorry = 我道过歉了，帮忙也就到这儿了。我下线了。
conduct-the-pile-on-feedback-done-sorry = 一个学习的机会：道歉很重要，但你的帖子还在给讨论添柴。删掉它、把威胁告诉你信任的大人，什么时候都不晚。
conduct-the-pile-on-teacher-late = 谢谢你来找我。删掉你的帖子是对的。我们会联系{ $classmate }的家人和平台。现在先离开手机，好好休息一下。

conduct-the-pile-on-end-safe = 你看清了批评在哪里变成了残忍，没有加入，保留了证据，也让大人参与进来。{ $classmate }现在有了真正的帮助，你也可以休息了。
conduct-the-pile-on-end-mixed = 暂时平静了，但没有人举报那个地址，也没有人告诉大人，{ $classmate }还在害怕。事情可能再次爆发。截图加上一位信任的大人，仍然可以结束它。
conduct-the-pile-on-end-recovered = 你参与了围攻，然后把它弥补了：你的帖子删掉了，威胁也交到了能采取行动的人手里。这比从不犯错更难。
conduct-the-pile-on-end-harmful = 围攻还在继续，你的帖子也在里面。犯一次错不代表你是坏人，威胁也不是你的错。删掉它、告诉一位你信任的大人，永远不晚，他们会帮助你。

# 我的手机：发帖定位已关闭。
conduct-the-pile-on-trace-location-off = 发帖定位：已关闭。你的自拍上已经没有健身房标注了。
conduct-the-pile-on-trace-location-off-advice = 做得好：你的帖子不再暴露你会在哪儿。每次装新应用、换新手机，都再检查一遍。
