# 内容 / 价值观：身材焦虑信息流（16–18 岁）

content-the-body-image-feed-title = 身材焦虑信息流
content-the-body-image-feed-summary = 你的信息流突然全是“蜕变”和节食挑战，你开始受到影响了。
content-the-body-image-feed-remember = 滤镜、修图和付费推广都不是真实生活。整理你的信息流，保护你的睡眠，如果它开始影响你，就找人聊聊。

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = @ShredWithKai
content-the-body-image-feed-influencer-lexi = @LeanLexi
content-the-body-image-feed-influencer-sol = @SolTransforms
content-the-body-image-feed-friend-priya = 白佳怡
content-the-body-image-feed-friend-mateo = 马特
content-the-body-image-feed-friend-noor = 宁娜

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = 叶老师，学校心理老师

content-the-body-image-feed-intro = 凌晨 1 点。上周你在 { $app } 上看了一个健身视频。现在你的整个信息流都是“蜕变”，你已经刷了一个小时。我们来看看它在给你推什么。
content-the-body-image-feed-post = 30 天前 vs 今天。我不吃晚饭，每天练两次，从没感觉这么好过！快来参加“我一天吃什么”挑战，再@3 个朋友。我的计划在简介里。

content-the-body-image-feed-spot = 看起来很惊艳，对吧？这正是它的目的。点出所有让这条帖子没看上去那么真实的地方。
content-the-body-image-feed-card-title = { $influencer }，推广
content-the-body-image-feed-card-body = 两张照片并排：“第 1 天”，在灰暗光线下弓着背；“第 30 天”，在金色光线下摆着姿势。
content-the-body-image-feed-part-photo = “第 30 天”的照片：皮肤发光，门框是弯的
content-the-body-image-feed-feedback-photo = 对。背景弯了，说明身材在修图软件里被改过，完美的皮肤往往意味着滤镜。光是光线、姿势和角度，就能改变身体看起来的样子。
content-the-body-image-feed-part-sponsored = 灰色小字：“与 Corevita Labs 的付费合作”
content-the-body-image-feed-feedback-sponsored = 完全正确。“付费合作”意味着对方收了钱来向你推销东西。整个故事就是一则广告，而广告只展示真相最好看的那一面。
content-the-body-image-feed-part-claim = “我不吃晚饭，从没感觉这么好过！”
content-the-body-image-feed-feedback-claim = 没错。不吃饭被包装成一种生活方式，却没有医生，也没有证据。少吃正餐会消耗你的精力、专注力和情绪，而且恰恰是在你最需要它们的时候。
content-the-body-image-feed-part-link = “计划在简介里：限今天，六折”
content-the-body-image-feed-feedback-link = 对：今天就截止的折扣是为了催你。如果有人在卖计划，那他的“前后对比”也是推销话术。
content-the-body-image-feed-part-gym = 背景里有一个哑铃架
content-the-body-image-feed-feedback-gym = 这不是线索。运动和去健身房都很好。问题出在修图、广告，以及“你的身体是一张‘之前’的照片”这种观念。

content-the-body-image-feed-challenge = 明天我要参加“我一天吃什么”挑战！我们把每顿饭都发出来，大家来打分。你来吗？？
content-the-body-image-feed-choice-pass = 不参加，并告诉{ $friend }我为什么担心这个挑战
content-the-body-image-feed-feedback-pass = 友善又坦诚。把每顿饭发出来让人打分，会把吃饭变成比赛，而且这些帖子很难收回。说出原因，也给了朋友一个退出的台阶。
content-the-body-image-feed-choice-skip = 直接不参加，什么也不说
content-the-body-image-feed-feedback-skip = 不把自己吃什么发到网上，是明智的决定。但你的朋友还是要参加，你的一句话也许能让对方更容易退出。
content-the-body-image-feed-choice-join = 参加，把我的饭发出来让人打分
content-the-body-image-feed-feedback-join = 学习的机会：互相给食物打分，会把吃饭变成表演，而且这些帖子会一直留在网上。你吃什么，只是你自己的事。

content-the-body-image-feed-friend-thinks = 说实话？自从这些视频占满了我的信息流，我就觉得自己很差劲。我还以为只有我这样。
content-the-body-image-feed-feed-keeps = 你没参加挑战，但信息流可没放过你。到凌晨 2 点，你又看了 40 个蜕变视频，镜子里的自己突然像一张“之前”的照片。
content-the-body-image-feed-ratings = 你发的饭收到了评论：“碳水好多啊”“第 2 天了，没变化？”你开始不吃午饭，好让明天的帖子看起来“更好”。凌晨 2 点了，你还在不停地看。

content-the-body-image-feed-curate = 你的信息流会根据你看的内容学习，所以你可以教它点新东西。已经很晚了，这是沉重的一晚。你会怎么做？
content-the-body-image-feed-choice-reset = 屏蔽这些账号，重置信息流，下线，找人聊聊
content-the-body-image-feed-feedback-reset = 这就是掌握主动权。“不感兴趣”、屏蔽和重置信息流，能改变算法推给你的内容；睡眠能让你恢复；把话说出来，情绪就不会越积越多。
content-the-body-image-feed-choice-unfollow = 取关几个账号，然后继续刷
content-the-body-image-feed-feedback-unfollow = 取关有一点帮助。但凌晨 2 点还在刷，会继续给算法喂同样的信号，而疲惫的大脑更容易被那些画面影响。先去睡觉。
content-the-body-image-feed-choice-buy = 趁六折买下简介里的计划
content-the-body-image-feed-feedback-buy = 学习的机会：截止时间是为了催你，而一个收钱推销的人给的计划并不是健康建议。医生或校医会免费给你建议。
content-the-body-image-feed-talk = 谢谢你来找我。那样的信息流就是设计来让你一直看下去的，里面很多身材都是修过图或收了钱的。如果食物或身材开始占据你的思绪，我们一起去找支持。

content-the-body-image-feed-plan-bought = 所谓的“计划”就是一份不吃饭的清单，外加一个你没注意到的包月订阅。早上 6 点提醒就开始了：“别中断你的连续记录！”你又累又饿，感觉更糟了。
content-the-body-image-feed-sango-checks = 我很担心你。感觉更糟不是你的错：这种信息流就是设计来让你觉得自己不够好的。照顾好自己，现在就可以开始。你会怎么做？
content-the-body-image-feed-choice-talk-late = 好好休息一下，和我信任的人谈谈
content-the-body-image-feed-feedback-talk-late = 这是坚强，不是软弱。信任的成年人、你的医生或进食障碍支持热线都会帮助你，不会评判你，包括处理你订阅的任何东西。
content-the-body-image-feed-choice-delete-app = 暂时删掉这个应用，不告诉别人
content-the-body-image-feed-feedback-delete-app = 离开信息流一段时间是很好的一步。但压力不一定会随着应用一起消失。和你信任的人谈谈，能让这次休息真正持续下去。
content-the-body-image-feed-choice-try-harder = 更努力：更严格的计划，发更多帖子
content-the-body-image-feed-feedback-try-harder = 学习的机会：当信息流让你感觉更糟时，看得更多也解决不了问题。你的身体不是需要在网上证明什么的项目。寻求帮助永远不会太晚。
content-the-body-image-feed-talk-late = 你告诉我，我真的很高兴，你没有做错事。那些信息流就是设计来让人上瘾的。我们会取消你订阅的所有东西，再找一个你可以聊聊饮食和感受的人。

content-the-body-image-feed-end-safe = 你看穿了滤镜和广告，没有把饭发到网上，还夺回了自己的信息流。你的身体不是一张“之前”的照片。
content-the-body-image-feed-end-mixed = 你稍微退后了一步，但信息流带来的压力还在，而且你一个人扛着。屏蔽、重置、睡觉，再找人聊聊，就能扭转局面。
content-the-body-image-feed-end-recovered = 事情变得很沉重，但你退了出来，也向别人求助了。这就是夺回信息流、夺回夜晚的方式。对自己好一点。
content-the-body-image-feed-end-harmful = 信息流、计划和打分占据了你越来越多的生活。这不是你的错，和你信任的人谈谈，永远不会太晚。
