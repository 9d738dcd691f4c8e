# 内容 / 价值观：身材焦虑信息流（16–18 岁）

content-the-body-image-feed-title = 身材焦虑信息流
content-the-body-image-feed-summary = 你的信息流突然全是“变美打卡”和蜕变视频，这开始影响你，也影响你身边的人。
content-the-body-image-feed-remember = 滤镜、修图和付费推广都不是真实生活。整理你的信息流，保护你的睡眠，如果这些让你或朋友难受，就和你信任的大人聊聊。

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = @GlowWithKai
content-the-body-image-feed-influencer-lexi = @LexiLevelsUp
content-the-body-image-feed-influencer-sol = @SolTransforms

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = 叶老师，学校心理老师

content-the-body-image-feed-intro = 凌晨 1 点。上周你在 { $app } 上看了一个健身视频。现在你的整个信息流都是“蜕变”，你已经刷了一个小时。我们来看看它在给你推什么。
content-the-body-image-feed-post = 30天前 vs 今天。还是我，但能量全新！加入我的30天变美挑战，@3个需要它的朋友。完整计划在我的简介里。

content-the-body-image-feed-spot = 看起来很惊艳，对吧？这正是它的目的。点出所有让这条帖子没看上去那么真实的地方。
content-the-body-image-feed-card-title = { $influencer }，推广
content-the-body-image-feed-card-body = 两张照片并排：“第 1 天”，在灰暗光线下弓着背；“第 30 天”，在金色光线下摆着姿势。
content-the-body-image-feed-part-photo = “第 30 天”的照片：皮肤发光，门框是弯的
content-the-body-image-feed-feedback-photo = 对。背景弯了，说明身材在修图软件里被改过，完美的皮肤往往意味着滤镜。光是光线、姿势和角度，就能改变身体看起来的样子。
content-the-body-image-feed-part-sponsored = 名字下面的小字：“与 Corevita Labs 的付费合作”
content-the-body-image-feed-feedback-sponsored = 完全正确。“付费合作”意味着对方收了钱来向你推销东西。整个故事就是一则广告，而广告只展示真相最好看的那一面。
content-the-body-image-feed-part-claim = “30天保证见效，无效退款！”
content-the-body-image-feed-feedback-claim = 没错。谁都无法保证一个身体会怎么变化：基因、年龄和健康状况因人而异。“保证”是推销话术，不是证据。
content-the-body-image-feed-part-link = “计划在简介里：限今天，六折”
content-the-body-image-feed-feedback-link = 对：今天就截止的折扣是为了催你。如果有人在卖计划，那他的“前后对比”也是推销话术。
content-the-body-image-feed-part-gym = 背景里有一个哑铃架
content-the-body-image-feed-feedback-gym = 这不是线索。运动和去健身房都很好。问题出在修图、广告，以及“你的身体是一张‘之前’的照片”这种观念。
content-the-body-image-feed-part-follow = 名字旁边的关注按钮
content-the-body-image-feed-feedback-follow = 这不是线索。每个账号都有关注按钮，不管诚不诚实。重要的是这条帖子在卖什么，以及照片是怎么做出来的。
content-the-body-image-feed-part-likes = 2143 个赞，还有评论和分享按钮
content-the-body-image-feed-feedback-likes = 单看这一条不算线索。点赞多说明帖子受欢迎，不说明它是真的：修过的照片往往赞最多。受欢迎和真实不是一回事。
content-the-body-image-feed-pic-sponsored = 与 Corevita Labs 的付费合作
content-the-body-image-feed-pic-likes = 2143
content-the-body-image-feed-pic-day1 = 第 1 天
content-the-body-image-feed-pic-day30 = 第 30 天
content-the-body-image-feed-pic-claim = 30天保证见效，无效退款！
content-the-body-image-feed-pic-link = 计划在简介里：今天限时六折

content-the-body-image-feed-challenge = 我要做30天变美挑战！！每天发一张进度自拍，我们互相打分。你来吗？每天都能比一比
content-the-body-image-feed-choice-join = 我陪你一起做，这样你就不用一个人坚持了。
content-the-body-image-feed-feedback-join = 一个学习的机会：陪朋友是好意，但每天打分会把你们的身体变成比赛。做个好朋友，有时就是说“我们别做了吧”。
content-the-body-image-feed-choice-pass = 我不参加。你看“之后”那张，门框都弯了。
content-the-body-image-feed-feedback-pass = 友善又诚实。指出修图痕迹，让{ $friend }也有理由不参加；拒绝给身体打分，也让比较远离你们的友谊。
content-the-body-image-feed-choice-maybe = 以后再说吧。今晚累得什么都不想决定。
content-the-body-image-feed-feedback-maybe = 今晚不加入是对的，累也是真的。但“以后再说”让门一直开着，{ $friend }可能会自己去做。清楚地说“不”并说明理由，对你们俩都有帮助。

content-the-body-image-feed-friend-thinks = 等等，门框真的是弯的？？好吓人。说实话，自从这些视频占满了我的信息流，我就觉得自己很差劲。
content-the-body-image-feed-tagged = { $friend }没等你就开始了，每张自拍都@你。凌晨一点半，你在拿自己和每一张比，还有{ $influencer }。
content-the-body-image-feed-rated = 第三天。你的自拍全是公开的，每张都标注了你的健身房。评论说：“怎么还没变化？”你把自己的照片和{ $influencer }的放在一起比。凌晨两点，你还在刷。

content-the-body-image-feed-curate = 信息流会从你看的内容中学习，所以你也可以教它点新东西。快凌晨两点了。你会怎么做？
content-the-body-image-feed-choice-unfollow = 取关几个号，应该能帮忙。然后接着刷。
content-the-body-image-feed-feedback-unfollow = 取关是个开始。但信息流是从你看了什么来学习，而不是你关注了谁，所以继续刷还会推来同样的视频。先教会它，再去睡觉。
content-the-body-image-feed-choice-buy = 趁打六折买下那个计划。今年夏天换个新我。
content-the-body-image-feed-feedback-buy = 一个学习的机会：“仅限今天”就是为了催你下单，而一个收钱推销的人给的计划不是健康建议。健康建议应该来自医生、校医或心理老师。
content-the-body-image-feed-choice-reset = 全都点“不感兴趣”，然后关机睡到天亮。
content-the-body-image-feed-feedback-reset = 这才是掌握主动。“不感兴趣”会告诉信息流你不想看什么，睡眠能让你恢复。疲惫的大脑更容易被这些图片影响。
content-the-body-image-feed-reset-done = 你终于睡了个好觉。第二天早上，信息流里是做饭、攀岩，还有一只会玩滑板的狗。好多了。
content-the-body-image-feed-same-again = 十分钟后，新账号用同样的视频填满了空缺。信息流学的是你看了多久，不是你关注了谁。你凌晨三点才睡着。
content-the-body-image-feed-plan-bought = 所谓“计划”只是一份网上免费就能找到的运动清单，外加一个你没注意到的包月订阅。早上六点开始推送：“别断了你的连续打卡！”
content-the-body-image-feed-pic-alarm-time = 6:00
content-the-body-image-feed-pic-streak = 别断了你的连续打卡！
content-the-body-image-feed-pic-plan-title = 30天变美挑战
content-the-body-image-feed-pic-renews = 你的计划每月自动续费。

content-the-body-image-feed-next-day = 我能跟你说件事吗？我控制不住拿自己和那些视频比。现在我讨厌自己的每一张照片。你千万别告诉别人
content-the-body-image-feed-choice-together = 很多人都这样。午饭时一起去找叶老师？
content-the-body-image-feed-feedback-together = 这才是真朋友。这样的感受值得告诉一位信任的大人，一起去会更容易。心理老师会帮忙，不会评判。
content-the-body-image-feed-choice-promise = 我谁也不告诉，保证。你随时都能找我聊。
content-the-body-image-feed-feedback-promise = 倾听很温暖，{ $friend }也信任你。但朋友一个人扛不住这件事。当有人很难受时，找一位信任的大人并不是背叛信任。
content-the-body-image-feed-choice-plan-together = 我也是。我们一起买那个计划，互相打气吧。
content-the-body-image-feed-feedback-plan-together = 一个学习的机会：付费广告里的计划解决不了{ $friend }的感受，一起做反而让比较加倍。这样的感受需要一个真实的人来倾听。
content-the-body-image-feed-counsellor-talk = 谢谢你们俩来找我。这样的信息流就是为了让你们一直看下去，很多身材都是修过图或付费推广的。我们一起找支持，一步一步来。
content-the-body-image-feed-promise-kept = 一周后，{ $friend }推掉了所有约会，每晚都耗在信息流上。“我没事。”{ $friend }说。看起来可不像没事。
content-the-body-image-feed-signed-up = 你们一起订了。到周五，你们互相比较进度，早上六点的推送写着“别断了你的连续打卡！”，你们都感觉更糟了。

content-the-body-image-feed-week-later = { $friend }让你保密，可一周过去了，情况并没有好转。你会怎么做？
content-the-body-image-feed-choice-keep-word = 我说到做到。既然对方说没事，我就该信任。
content-the-body-image-feed-feedback-keep-word = 一个学习的机会：守住承诺看起来很讲义气，但有些秘密对朋友来说太沉重了。和对方一起去找信任的大人谈谈，永远不晚。
content-the-body-image-feed-choice-see-counsellor = 今天就去找叶老师，也让{ $friend }知道。
content-the-body-image-feed-feedback-see-counsellor = 这是关心，不是背叛。任何人都不该对信任的大人隐瞒正在伤害自己的事。让{ $friend }知道，也是对彼此坦诚。
content-the-body-image-feed-counsellor-friend = 谢谢你告诉我。你没有背叛{ $friend }，你是在照顾对方。我今天会温和地和{ $friend }谈谈，我们一起找支持。
content-the-body-image-feed-alone-again = 你守着秘密。{ $friend }的话越来越少，凌晨两点，你们俩的信息流还在不停地播放。

content-the-body-image-feed-sango-checks = 我很担心你。感觉更糟不是你的错：这种信息流就是为了让你觉得自己不够好。你现在会怎么做？
content-the-body-image-feed-choice-delete-quiet = 把应用删掉一周，这些事自己憋着。
content-the-body-image-feed-feedback-delete-quiet = 离开应用休息一下是好的一步。但压力不一定会跟着应用一起走，而你在独自承受。和人聊聊能让休息更持久。
content-the-body-image-feed-choice-talk-late = 现在下线，明天一早就去找叶老师。
content-the-body-image-feed-feedback-talk-late = 这是力量，不是软弱。信任的大人可以帮你取消任何订阅，医生、校医或心理老师可以帮你处理心里的感受。
content-the-body-image-feed-choice-keep-going = 继续坚持。见效要时间，放弃也没帮助。
content-the-body-image-feed-feedback-keep-going = 一个学习的机会：当一个信息流让你感觉更糟，看更多也不会好。你的身体不是要在网上证明的项目，找人聊聊永远不晚。
content-the-body-image-feed-talk-late = 我很高兴你来了，你不会有任何麻烦。这种信息流就是设计来让人上瘾的。我们一起整理你的信息流和推送，取消任何订阅，一起找支持。
content-the-body-image-feed-app-back = 四天后，你又把它装了回来，“只是看一眼”。信息流正好从上次停下的地方继续，比较也一样。
content-the-body-image-feed-spiral = 你继续下去。刷屏、比较和熬夜占据了你越来越多的时间，你感觉更糟，而不是更好。

content-the-body-image-feed-back-again = 休息没坚持住。这很常见：信息流就是设计来把你拉回去的。现在怎么办？
content-the-body-image-feed-choice-on-my-own = 我不需要帮助，以后少刷点就行了，真的。
content-the-body-image-feed-feedback-on-my-own = 一个学习的机会：单靠意志力，很难赢过专家设计来抓住你注意力的应用。和你信任的人聊聊，永远不晚。
content-the-body-image-feed-choice-tell-counsellor = 我去找叶老师，说说这个信息流对我的影响。
content-the-body-image-feed-feedback-tell-counsellor = 勇敢又聪明。心理老师、医生或校医可以帮你真正摆脱这种吸引，需要帮助并不代表你失败了。

content-the-body-image-feed-end-safe = 你看穿了滤镜和广告，也带{ $friend }找到了真正能帮忙的人。你们谁都不是一张“之前”的照片。
content-the-body-image-feed-end-mixed = 你守住了承诺，但{ $friend }还在难受，也还没有大人知道。现在还不晚：心理老师、医生或校医都能帮忙，你们可以一起去。
content-the-body-image-feed-end-recovered = 信息流把你拉了进去，然后你把它扳了回来：你停了下来，找了能帮忙的人。这是力量，你的夜晚又属于你自己了。
content-the-body-image-feed-end-harmful = 信息流和比较占据了你越来越多的生活。这不是你的错：信息流本来就是这样设计的。和一位你信任的大人聊聊永远不晚，他们会帮你。

# 我的手机：自拍上的健身房标注。
content-the-body-image-feed-trace-gym = 你的变美挑战自拍：公开，每张都标注了你的健身房。
content-the-body-image-feed-trace-gym-advice = 任何人都能看出你在哪儿健身、通常几点去。去掉这些标注，并关闭发帖定位。
