# 行为 / 攻击性：网络围攻（16–18 岁）

conduct-the-pile-on-title = 网络围攻
conduct-the-pile-on-summary = 一个同学一条欠考虑的帖子，引来了铺天盖地的表情包和威胁，你的朋友们也想拉你加入。
conduct-the-pile-on-remember = 不同意可以，但不要围攻。不要参与，去关心当事人，举报威胁，也记得抽身照顾好自己。

conduct-the-pile-on-app = { $app }
conduct-the-pile-on-app-chirpa = Chirpa
conduct-the-pile-on-app-buzzline = Buzzline
conduct-the-pile-on-app-yammerly = Yammerly
conduct-the-pile-on-classmate-ellis = 艾立
conduct-the-pile-on-classmate-ravi = 饶伟
conduct-the-pile-on-classmate-kemi = 柯敏
conduct-the-pile-on-friend-lena = 李娜
conduct-the-pile-on-friend-dev = 戴文
conduct-the-pile-on-friend-sami = 沈思

conduct-the-pile-on-npc-classmate = { $classmate }
conduct-the-pile-on-npc-friend = { $friend }
conduct-the-pile-on-npc-teacher = 聂老师，年级主任

conduct-the-pile-on-intro = 周六早上。昨晚你们年级的{ $classmate }在 { $app } 上发了一条欠考虑的“暴论”。现在它已经有 5 万次浏览，回复正在爆炸式增长。
conduct-the-pile-on-post = 说个不受欢迎的观点：要是付不起学校滑雪旅行的钱，就像我一样周末去打工呗。有那么难吗？？

conduct-the-pile-on-spot = 不同意一条帖子没问题。但有些回复远远越界了。点出那些越界的回复。
conduct-the-pile-on-card-title = { $classmate }收到的回复
conduct-the-pile-on-card-body = 热门回复，已有 2400 个回应，还在增加。
conduct-the-pile-on-part-privileged = “说实话，这个观点挺‘何不食肉糜’的。”
conduct-the-pile-on-feedback-privileged = 说得合理。它批评的是观点而不是人，也没有威胁任何人。你可以强烈反对，但不必围攻。
conduct-the-pile-on-part-clown = 一张表情包：把当事人的学生照 P 到了小丑身上
conduct-the-pile-on-feedback-clown = 没错。拿别人的照片来嘲笑，针对的是人，而不是观点。这样的表情包会传得比原帖远得多，而且很难收回。
conduct-the-pile-on-part-threat = “我们知道你住哪儿。周一给我小心点。”
conduct-the-pile-on-feedback-threat = 当然越界了。这是威胁。平台会删除威胁内容，情节严重的，学校和警方会介入。保存下来并举报。
conduct-the-pile-on-part-carer = “不是每个人都能周末打工。我们有些人要照顾家人。”
conduct-the-pile-on-feedback-carer = 没有越界。它根据真实经历，冷静地表达了不同看法。好的反对意见就是这样的。
conduct-the-pile-on-part-number = “谁把这人的电话号码发出来，让我们都去‘告诉’一下”
conduct-the-pile-on-feedback-number = 没错。公开别人的电话或住址来针对对方，叫“开盒”，它会让网络围攻变成现实中的危险。举报它。

conduct-the-pile-on-friend-tags = 笑死你看到这个没？大家都在拿{ $classmate }做表情包。你也来一个，这是今年最好笑的事
conduct-the-pile-on-choice-check-in = 不参与。私信{ $classmate }问问情况。
conduct-the-pile-on-feedback-check-in = 这就是挺身而出的做法。当成千上万的陌生人都在反对你时，一条友善的私信意义重大，而且不会在帖子里留下任何会反过来影响你的东西。
conduct-the-pile-on-choice-stay-out = 不掺和，继续往下刷
conduct-the-pile-on-feedback-stay-out = 不参与能让你的名字不牵扯进去，很明智。但网络围攻靠沉默壮大。一次举报或一条友善的消息，就能帮到处在风暴中心的人。
conduct-the-pile-on-choice-make-meme = 做个表情包。只是开开玩笑。
conduct-the-pile-on-feedback-make-meme = 学习的机会：对你来说这只是一个玩笑，对当事人来说却是第 500 个。帖子可以被搜到，截图会一直留着，大学和雇主也确实会查一个人的网上记录。

conduct-the-pile-on-classmate-replies = 谢谢。我知道那是个蠢观点，我已经道歉两次了。可是有人把我家地址发出来了，我睡不着。我爸妈还不知道。
conduct-the-pile-on-pile-grows = 到了晚上，威胁已经涌进了{ $classmate }的私信，还有人公开了当事人的家庭住址。{ $classmate }删掉了所有内容，但截图还在到处传。
conduct-the-pile-on-meme-viral = 你的表情包成了当天点赞最多的。周一，{ $classmate }没来上学。一张带着你名字的表情包截图，被发到了学校的邮箱里。

conduct-the-pile-on-what-now = 住址被公开，再加上威胁，让网络围攻变成了真实的危险。这不是划过去就能了事的。你会怎么做？
conduct-the-pile-on-choice-report = 举报威胁，告诉信任的成年人，然后屏蔽这个话题
conduct-the-pile-on-feedback-report = 完全正确。举报能让威胁和住址被删除，成年人可以让学校介入，必要时报警。之后屏蔽话题，你就可以休息了：你已经尽了自己的一份力。
conduct-the-pile-on-choice-defend = 在帖子下回复“别再针对人家了”
conduct-the-pile-on-feedback-defend = 公开站出来很勇敢，也让别人知道他们也可以这么做。但威胁和住址还在上面。举报才能让它们被删除。
conduct-the-pile-on-choice-repost = 转发最好笑的那个表情包。反正已经到处都是了。
conduct-the-pile-on-feedback-repost = 学习的机会：“反正已经到处都是了”正是网络围攻壮大的方式。每一次转发都会传到新的人那里，也在告诉{ $classmate }：又多了一个人跟自己作对。
conduct-the-pile-on-teacher = 谢谢你告诉我。我们已经联系了{ $classmate }的家人和平台，那些威胁正在调查中。你做得对，现在你可以放下这件事了。

conduct-the-pile-on-sango-fix = 你的帖子现在也在里面，火上浇油。截图会一直留着，{ $classmate }还在不断收到威胁。现在帮忙还不晚。怎么办？
conduct-the-pile-on-choice-own-it = 删掉它，向{ $classmate }道歉，并举报那些威胁
conduct-the-pile-on-feedback-own-it = 这需要勇气。真诚的道歉和举报，能帮助制止这场围攻。而人们记住的，恰恰是你如何承担错误，将来的大学和雇主也一样。
conduct-the-pile-on-choice-delete-log-off = 删掉它，下线一段时间
conduct-the-pile-on-feedback-delete-log-off = 删掉并暂时离开是很好的一步。但{ $classmate }还不知道你很抱歉，那些威胁也还在。举报并发一条消息会更有帮助。
conduct-the-pile-on-choice-double-down = 留着它。是对方先挑起的。
conduct-the-pile-on-feedback-double-down = 学习的机会：一个欠考虑的观点，不应该换来威胁和仇恨攻击。删除、道歉和举报，永远不会太晚。
conduct-the-pile-on-fixed = { $classmate }回复：“谢谢。这对我真的很重要。”到了周三，这场围攻渐渐平息，你的举报也帮忙删除了那些威胁。

conduct-the-pile-on-end-safe = 你看出了批评在哪里变成了残忍，举报了威胁，请成年人介入，也让自己好好休息。这就是挺身而出的人会做的。
conduct-the-pile-on-end-mixed = 对你来说事情平静了，但威胁和住址还在，{ $classmate }还是很害怕。举报并告诉成年人，才能让它们被删除。
conduct-the-pile-on-end-recovered = 你参与了，然后承认错误，还帮忙弥补。这比从不犯错更难。你的数字足迹现在展示的，是一个会纠正错误的人。
conduct-the-pile-on-end-harmful = 围攻还在继续，里面还有你的帖子，而截图不会遗忘。删除、道歉和举报，永远不会太晚。
