# 行为 / 价值观：挑战（9-12岁）。从不解释这个挑战怎么做，也不用做法来命名。

conduct-the-challenge-title = 危险的挑战
conduct-the-challenge-summary = 班级群里正在传一个新挑战，大家都说不做就是胆小鬼。你会怎么做？
conduct-the-challenge-remember = 好玩的挑战没问题。可能伤到人的挑战：不做、不转发、举报它，并告诉你信任的大人。照顾朋友从来不是打小报告。

conduct-the-challenge-app-class-buzz = 班级嗡嗡群
conduct-the-challenge-app-room-12-crew = 12班小分队
conduct-the-challenge-app-fox-squad = 狐狸小队
conduct-the-challenge-challenge-storm = 风暴挑战
conduct-the-challenge-challenge-wildcard = 百搭挑战
conduct-the-challenge-challenge-boss = 终极大魔王挑战
conduct-the-challenge-fun-keepy = 颠球挑战
conduct-the-challenge-fun-doodle = 每天一幅画挑战
conduct-the-challenge-fun-kindness = 善意小挑战
conduct-the-challenge-name-kenji = 健二
conduct-the-challenge-name-omar = 奥马尔
conduct-the-challenge-name-lucas = 卢卡斯
conduct-the-challenge-adult-grandma = 奶奶
conduct-the-challenge-adult-dad = 爸爸
conduct-the-challenge-adult-uncle = 托马斯叔叔

conduct-the-challenge-app = { $app }
conduct-the-challenge-npc-poster = { $poster }
conduct-the-challenge-npc-friend = { $friend }
conduct-the-challenge-npc-adult = { $adult }

conduct-the-challenge-intro = 嗨，我是Sango！你们班有个群聊叫“{ $app }”：问作业、发搞笑表情，还有一大堆emoji。我陪你一起看！

conduct-the-challenge-sort = 今天“{ $app }”特别热闹。把这些消息分一分：哪些可以转发，哪些要先核实，哪些应该到你这里就停下？
conduct-the-challenge-post-fun-from = { $friend }
conduct-the-challenge-post-fun = 这周谁和我一起玩{ $fun }？把你们最棒的发上来！
conduct-the-challenge-post-fun-why = 可以转发！一个不会伤到任何人的好玩挑战，大家一起玩很棒。不是所有挑战都是坏的。
conduct-the-challenge-post-trip-from = { $poster }
conduct-the-challenge-post-trip = 老师提醒：周四去博物馆参观，记得带午饭！
conduct-the-challenge-post-trip-why = 可以转发！这是真的、有用，而且来自老师。帮大家记住是件好事。
conduct-the-challenge-post-ban-from = 转发消息
conduct-the-challenge-post-ban = 紧急！！！从下周起学校永远禁止带手机。快转发！！！
conduct-the-challenge-post-ban-why = 先核实！“紧急”“永远”“快转发”，还没有任何署名：这些都是谣言的信号。转发前先问问老师。
conduct-the-challenge-post-chain-from = 已被转发多次
conduct-the-challenge-post-chain = 10分钟内把这条发给10个人，否则你一整年都会倒霉！
conduct-the-challenge-post-chain-why = 到你这里就停下。连锁信只是吓唬人让你转发。不转发什么坏事也不会发生。
conduct-the-challenge-post-photo-from = 班上某个人
conduct-the-challenge-post-photo = 谁想看{ $classmate }在校车上睡着的照片？
conduct-the-challenge-post-photo-why = 到你这里就停下。没经过本人同意就分享照片，会让人很受伤。{ $classmate }有权说不。

conduct-the-challenge-challenge = 新玩法：{ $challenge }！大家都在玩。周五前拍下你自己，发到群里。不敢玩的就是胆小鬼！
conduct-the-challenge-pic-title = { $challenge }
conduct-the-challenge-pic-views = 230万次观看
conduct-the-challenge-pic-caption = 周五前拍下你自己！
conduct-the-challenge-sango-warns = 停一下。这个挑战可能会让人受重伤。已经有孩子因为这类挑战伤得很重。我不会说它怎么做，你也不需要知道。

conduct-the-challenge-what-chat = 已经有很多人在回应了。你会怎么做？
conduct-the-challenge-choice-report = 举报这条消息，然后今晚先把手机放下。
conduct-the-challenge-feedback-report = 聪明！举报能让“{ $app }”知道这件事，又不会给它更多关注。把手机放下，也能让你不被卷进去。
conduct-the-challenge-choice-warn-all = 回复所有人：“别做，这不安全！！”
conduct-the-challenge-feedback-warn-all = 你看出了危险，很好！但大声警告会让所有人都好奇，更多孩子会点开视频。悄悄举报效果更好。
conduct-the-challenge-choice-share-on = 转到足球群，让他们核实一下，再告诉我。
conduct-the-challenge-feedback-share-on = 学习的机会：每转发一次，就会有更多孩子看到，有人可能会去试。你不转发，它就到你这里停下。现在补救还来得及。
conduct-the-challenge-choice-fire = 我也发个火苗表情，免得被人叫胆小鬼。
conduct-the-challenge-feedback-fire = 学习的机会：一个表情就是在告诉大家“这很酷”，会推着别人去试。不参加不是胆小，是聪明。

conduct-the-challenge-reported = 你举报了这条消息，“{ $app }”回复：“谢谢，我们正在处理。”你把群设成免打扰，把手机放下。过了一会儿，一条私信响了。
conduct-the-challenge-pic-reported = 消息已举报
conduct-the-challenge-pic-muted = 群聊免打扰到明早
conduct-the-challenge-warned-all = 危险？？哪里危险？？哈哈。胆小鬼！大家都看看，自己判断！
conduct-the-challenge-shared-on = 足球群里满屏都是火苗表情。有人又转发了一次，又一次。现在三个班的孩子都看过了。过了一会儿，一条私信响了。
conduct-the-challenge-fired = 看到没？连你都加入了！下一个是谁？周五见，各位！

conduct-the-challenge-friend-dm = 喂，你要玩{ $challenge }吗？我有点想试。我要是不玩，大家都会叫我胆小鬼。别告诉任何人，好吗？
conduct-the-challenge-compose = { $friend }有点想试，这让人担心。回一条消息帮帮{ $friend }。选出哪些话放进去，哪些留在外面。
conduct-the-challenge-compose-to = { $friend }
conduct-the-challenge-ph-hey = 嗨，{ $friend }！
conduct-the-challenge-why-hey = 友好地打个招呼，放不放都行。重要的是后面说什么。
conduct-the-challenge-ph-chicken = 你要是退缩，大家会笑死你的，哈哈。
conduct-the-challenge-why-chicken = 就算是开玩笑，这也是那条帖子用的同一种压力，会推着{ $friend }去做。
conduct-the-challenge-ph-no-prove = 你不需要向任何人证明什么。
conduct-the-challenge-why-no-prove = 对！“胆小鬼”的压力，只有在你觉得必须证明什么时才管用。其实不需要。
conduct-the-challenge-ph-secret = 我保证不告诉任何人。
conduct-the-challenge-why-secret = 听起来很讲义气，但这样的秘密会把能保护{ $friend }的大人挡在外面。
conduct-the-challenge-ph-hurt = 那个挑战真的会伤到你。不值得。
conduct-the-challenge-why-hurt = 真诚又关心。清楚地说它很危险，能帮{ $friend }说“不”。
conduct-the-challenge-ph-film = 做完了把视频发给我！
conduct-the-challenge-why-film = 这是在鼓励{ $friend }去做，还要了一个可能传得更远的视频。
conduct-the-challenge-ph-fun = 要不我们一起玩{ $fun }吧？
conduct-the-challenge-why-fun = 好主意！好玩的挑战让{ $friend }也能和大家一起玩，又不会受伤。
conduct-the-challenge-ph-grown-up = 我们一起去跟大人说吧。
conduct-the-challenge-why-grown-up = 主动说“一起去”，会让{ $friend }向信任的大人求助容易得多。
conduct-the-challenge-friend-reads = 谢谢。我再想想。不过说真的，别告诉任何人！

conduct-the-challenge-tell-choice = { $friend }让你保密。可这个挑战真的可能伤到人。现在怎么办？
conduct-the-challenge-choice-tell-adult = 今晚就去告诉{ $adult }，{ $friend }想去试那个挑战。
conduct-the-challenge-feedback-tell-adult = 这才是照顾朋友！可能让人受伤的秘密，就该告诉信任的大人。这从来不是打小报告。
conduct-the-challenge-choice-stay-close = 整个周末陪着{ $friend }，周一再告诉{ $adult }。
conduct-the-challenge-feedback-stay-close = 陪在{ $friend }身边很贴心！但你不可能每分钟都看着，等到星期一可能就太晚了。信任的大人现在就能帮忙。
conduct-the-challenge-choice-promise = 答应了就要做到。告诉大人就是打小报告。
conduct-the-challenge-feedback-promise = 学习的机会：打小报告是害别人惹麻烦。为了保护朋友说出来，正好相反。现在说还不晚。

conduct-the-challenge-adult-helps = 谢谢你告诉我。这不是打小报告，是在照顾朋友。我今晚就和{ $friend }的家人谈，也会通知学校，我们一起举报那个视频。
conduct-the-challenge-weekend = 你和{ $friend }一起过了星期六。玩得很开心，谁也没提那个挑战。可星期天晚上，你的手机震了。
conduct-the-challenge-promise-kept = 你对谁都没说。星期天晚上，你的手机震了。
conduct-the-challenge-sunday = 今晚等大家睡着了我就拍。祝我好运！

conduct-the-challenge-last-chance = { $friend }可能真的会受伤。现在还不晚。你会怎么做？
conduct-the-challenge-choice-show-now = 马上把{ $friend }的消息拿给大人看。
conduct-the-challenge-feedback-show-now = 真勇敢！朋友可能受伤的时候，马上去找大人完全是对的。你不会挨骂，还可能保护了{ $friend }。
conduct-the-challenge-choice-thumbs = 就点个赞吧。反正轮不到我告诉谁。
conduct-the-challenge-feedback-thumbs = 学习的机会：有人可能受伤的时候，说出来不是夺走别人的选择，而是在照顾人。什么时候告诉信任的大人都不晚。
conduct-the-challenge-choice-beg = 求{ $friend }千万别做，但我不告诉{ $adult }。
conduct-the-challenge-feedback-beg = 劝对方停下很贴心！但你一个人今晚拦不住。信任的大人可以，而且说出来从来不是打小报告。

conduct-the-challenge-adult-late = 你做得完全对，没有人会怪你。我现在就给{ $friend }的家人打电话。明天我们通知学校，再举报那个视频。
conduct-the-challenge-thumbs = 你回了个大拇指，把手机放下。可你怎么也睡不着。早上，{ $friend }的家人发来一条消息。
conduct-the-challenge-begged = 别担心，我会小心的。不会有事的。晚安！

conduct-the-challenge-fun-day = 星期一，全班改玩{ $fun }。{ $friend }创了新纪录，再也没人提起{ $challenge }。
conduct-the-challenge-pic-fun = { $fun }
conduct-the-challenge-pic-score = 新纪录！

conduct-the-challenge-end-safe = 你没有转发，帮{ $friend }说了“不”，还告诉了{ $adult }。视频已被举报，全班选了好玩的挑战。这才是真朋友！
conduct-the-challenge-end-recovered = 一开始你被卷了进去，后来你补救了：你及时告诉了{ $adult }，{ $friend }平安无事。视频已被举报。说出来，才是最勇敢的一步！
conduct-the-challenge-end-harmful = { $friend }试了那个挑战，出了意外，现在大人们正在照顾。这不是你的错。什么时候把正在流传的东西告诉信任的大人都不晚，这样才能保护其他人。

conduct-the-challenge-trace-reported = “{ $app }”里的{ $challenge }视频：已在{ $adult }的帮助下举报。
conduct-the-challenge-trace-reported-advice = 如果可能伤人的挑战又出现了，别转发，就算是为了提醒也不要。举报它，并告诉你信任的大人。
