# 行为 / 价值观：假装的支持（13–15 岁）。一个把伤害自己和不吃东西说成“支持”的群组。
# 只讲危险信号和如何求助：不讲方法，不给数字，不描写细节。

conduct-the-harmful-feed-title = 假装的支持
conduct-the-harmful-feed-summary = 你的一个朋友加入了一个自称“互助”的群组，现在你的信息流里全是它的帖子。
conduct-the-harmful-feed-remember = 把伤害自己或不吃东西说成出路的群组，不是支持：隐藏相关话题、举报它，并告诉信任的大人。如果有人可能有危险，马上找大人，哪怕是半夜。

conduct-the-harmful-feed-app = { $app }
conduct-the-harmful-feed-npc-group = { $group }
conduct-the-harmful-feed-npc-friend = { $friend }
conduct-the-harmful-feed-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
conduct-the-harmful-feed-app-driftly = Driftly
conduct-the-harmful-feed-app-loopa = Loopa
conduct-the-harmful-feed-app-scrollwave = Scrollwave
conduct-the-harmful-feed-group-soft-hours = softhours.club
conduct-the-harmful-feed-group-quiet-ones = the.quiet.ones
conduct-the-harmful-feed-group-moonlit = moonlit.circle
conduct-the-harmful-feed-service-youth-health = 青少年健康服务中心
conduct-the-harmful-feed-service-teen-wellbeing = 青少年身心健康服务
conduct-the-harmful-feed-service-health-hub = 青年健康驿站
conduct-the-harmful-feed-adult-gran = 奶奶
conduct-the-harmful-feed-adult-dad = 爸爸
conduct-the-harmful-feed-adult-aunt = 莱拉阿姨

conduct-the-harmful-feed-intro = { $friend } 最近在学校话很少。今晚，你的 { $app } 信息流里全是 { $group } 的帖子，这是 { $friend } 刚加入的一个群组。我们仔细看看。
conduct-the-harmful-feed-group-post = 觉得没人懂你？我们懂。每晚一个新挑战，就在我们的私人群组里。大人不会理解的，所以只留在这里。

conduct-the-harmful-feed-spot = 它自称是“互助”。点出所有说明它并不是的地方。
conduct-the-harmful-feed-card-title = { $group }
conduct-the-harmful-feed-card-body = 一条柔和色调的帖子，邀请人加入一个每晚都有“挑战”的私人群组，还要求对大人保密。
conduct-the-harmful-feed-part-only-us = “只有我们懂你。你的朋友不懂。”
conduct-the-harmful-feed-feedback-only-us = 对。让你疏远朋友和家人，是一个危险信号。真正的支持希望你身边的人更多，而不是更少。
conduct-the-harmful-feed-part-challenge = “今晚的挑战已经发布。谁还在？”
conduct-the-harmful-feed-feedback-challenge = 对。一晚接一晚的“挑战”，是在一步步推人伤害自己。真正的支持从来不会激你去做任何事。
conduct-the-harmful-feed-part-secret = “别告诉大人。他们只会阻止你。”
conduct-the-harmful-feed-feedback-secret = 对。需要瞒着你生活中所有大人的东西，不是支持。保密保护的是这个群组，不是你。
conduct-the-harmful-feed-part-picture = 一张有月亮和花的柔和图片
conduct-the-harmful-feed-feedback-picture = 这不是线索。很多友善的账号也用好看的图片。暴露这条帖子的，是它的文字在推你去做什么。
conduct-the-harmful-feed-part-members = 私人群组，2400 名成员
conduct-the-harmful-feed-feedback-members = 这本身不是线索：群组不论大小，都可能友善，也可能有害。成员人数说明不了一个群组是什么样的。
conduct-the-harmful-feed-pic-members = 私人群组 · 2400 名成员
conduct-the-harmful-feed-pic-only-us = 只有我们懂你。你的朋友不懂。
conduct-the-harmful-feed-pic-challenge = 今晚的挑战已经发布。谁还在？
conduct-the-harmful-feed-pic-secret = 别告诉大人。他们只会阻止你。

conduct-the-harmful-feed-setup = 信息流还在不停推这类帖子。来设置 { $app }：少看这些，但你还想留在班级群和社团群里，也想看 { $service } 的建议，那是一家正规的健康服务机构。
conduct-the-harmful-feed-set-sensitive = 信息流中的敏感内容
conduct-the-harmful-feed-val-show-all = 全部显示
conduct-the-harmful-feed-why-show-all = “全部显示”会让信息流继续给你推 { $group } 那样的帖子。“少显示”能过滤掉大部分。
conduct-the-harmful-feed-val-show-less = 少显示
conduct-the-harmful-feed-why-show-less = 很好：应用会过滤掉更多让人难受的帖子。过滤不会十全十美，所以隐藏话题和举报依然重要。
conduct-the-harmful-feed-set-topics = 隐藏的话题
conduct-the-harmful-feed-val-topics-none = 不隐藏
conduct-the-harmful-feed-why-topics-none = 什么都不隐藏，信息流就会以为你爱看这些帖子，推给你更多。
conduct-the-harmful-feed-val-topics-mute = 隐藏这些话题
conduct-the-harmful-feed-why-topics-mute = 隐藏话题就是告诉信息流别再给你看这些。看什么，由你决定。
conduct-the-harmful-feed-set-groups = 谁可以把我拉进群
conduct-the-harmful-feed-val-groups-anyone = 任何人
conduct-the-harmful-feed-why-groups-anyone = 任何人都可以不问你，就把你拉进 { $group } 这样的群。
conduct-the-harmful-feed-val-groups-follow = 我关注的人
conduct-the-harmful-feed-why-groups-follow = 最合适：班级群和社团群还能拉你进去，陌生人建的群就不行了。
conduct-the-harmful-feed-val-groups-nobody = 没有人
conduct-the-harmful-feed-why-groups-nobody = 这样很稳妥，但你会错过你想要的班级群和社团群。“我关注的人”更合适。
conduct-the-harmful-feed-set-support = { $service } 的建议
conduct-the-harmful-feed-val-support-show = 显示
conduct-the-harmful-feed-why-support-show = 留着吧：{ $service } 是正规的健康服务机构，它关于情绪低落和去哪里求助的建议值得一看。
conduct-the-harmful-feed-val-support-hide = 隐藏
conduct-the-harmful-feed-why-support-hide = 这就过头了：{ $service } 是正规的健康服务机构，不是那些有害的账号。它的建议值得留着。

conduct-the-harmful-feed-friend-asks = 你看到 { $group } 了吗？现在只有那里的人懂我。你也加入吧？我们可以一起做挑战
conduct-the-harmful-feed-choice-ask-how = 我看到了，很担心你。你现在安全吗？
conduct-the-harmful-feed-feedback-ask-how = 又温暖又勇敢。问一句“你到底怎么样？”，让 { $friend } 知道有人注意到了。聊这件事不会让情况更糟，反而会打开一扇门。
conduct-the-harmful-feed-choice-mute-it = 我不感兴趣。我已经把它拉黑了，劝你也赶紧拉黑它。
conduct-the-harmful-feed-feedback-mute-it = 让这个群组远离你的信息流，对你有好处。但现在难受的是 { $friend }，拉黑并不能让对方感受到你的关心。问问对方过得怎么样。
conduct-the-harmful-feed-choice-join = 好吧，我加入。总比你一个人在里面强。
conduct-the-harmful-feed-feedback-join = 学习的机会：想陪在 { $friend } 身边很温暖，但加入会把你也卷进去。不进入伤害人的群组，也一样可以照顾朋友。

conduct-the-harmful-feed-c-opens = 说实话？不太好。只有这个群懂我。但你别跟任何人说，好吗？答应我
conduct-the-harmful-feed-c-quiet = { $friend } 已读不回。第二天午饭时，{ $friend } 一个人坐在角落刷 { $group }。当晚 11 点，{ $friend } 发了一条动态。
conduct-the-harmful-feed-c-joined = 欢迎。第一条规矩：这里说的话只留在这里。大人永远不会懂。今晚的挑战午夜发布。

conduct-the-harmful-feed-secret = { $friend } 信任你，要你答应保密。你怎么回答？
conduct-the-harmful-feed-choice-not-this-one = 这个秘密我不能守。我们一起去找{ $adult }帮忙。
conduct-the-harmful-feed-feedback-not-this-one = 这才是真朋友。可能伤害到人的秘密太沉重了，不能一直藏着。信任的大人，或者学校的心理老师、校医，能帮 { $friend } 找到真正的支持。
conduct-the-harmful-feed-choice-report-keep = 我会举报这个群，等情况变糟了再告诉{ $adult }。
conduct-the-harmful-feed-feedback-report-keep = 举报群组是对的：能帮 { $app } 删掉帖子。但“等变糟了再说”，就是让 { $friend } 现在一个人扛着。这样的秘密，现在就需要信任的大人知道。
conduct-the-harmful-feed-choice-promise = 我答应你。难受的时候，白天晚上都可以找我。
conduct-the-harmful-feed-feedback-promise = 学习的机会：陪在身边很温暖，但这件事你一个人扛不住，也不应该一个人扛。请信任的大人一起帮忙不是背叛，而是关心。

conduct-the-harmful-feed-c-adult = 谢谢你们俩来找我。谁都没有做错事。{ $friend }，我们会帮你找到真正的支持，今晚就从你的家人开始。我们也会举报 { $group }，让更少的人看到它。
conduct-the-harmful-feed-pic-help-title = 寻求帮助
conduct-the-harmful-feed-pic-help-adult = 和信任的大人谈谈
conduct-the-harmful-feed-pic-help-line = 你所在国家的求助热线
conduct-the-harmful-feed-pic-help-mute = 隐藏话题并举报
conduct-the-harmful-feed-pic-help-service = { $service }
conduct-the-harmful-feed-c-reported = { $app } 感谢你的举报，删掉了这个群的一些帖子。但秘密还压在你心里。晚上 11 点，{ $friend } 发了一条动态。
conduct-the-harmful-feed-c-promised = { $friend } 发来一颗心：“你是我唯一能说话的人。”晚上 11 点，{ $friend } 发了一条动态。

conduct-the-harmful-feed-story-post = { $friend } 的动态写着“我撑不下去了”。这是危险信号：有人可能不安全。已经很晚了。现在怎么办？
conduct-the-harmful-feed-pic-story-time = 晚上 11:04
conduct-the-harmful-feed-pic-story-words = 我撑不下去了
conduct-the-harmful-feed-choice-get-adult = 马上叫醒{ $adult }帮忙，把动态给{ $adult }看。
conduct-the-harmful-feed-feedback-get-adult = 完全正确。有人可能不安全时，要马上让大人知道，哪怕是半夜。这从来都不算小题大做。
conduct-the-harmful-feed-choice-heart = 点个赞，发颗心。别闹大。
conduct-the-harmful-feed-feedback-heart = 学习的机会：一颗心表示你在乎，但 { $friend } 还是独自面对这一切。这样的动态需要大人，现在就需要。这不是闹大，而是帮助。
conduct-the-harmful-feed-choice-wait = 先私聊问一句，没回复再告诉{ $adult }。
conduct-the-harmful-feed-feedback-wait = 问候一句很温暖，打算告诉大人也是个开始。但看到这样的动态，别等回复：现在就要让信任的大人知道，再晚也一样。
conduct-the-harmful-feed-c-adult-night = 谢谢你告诉我。你做得完全对，你没有惹任何麻烦。我现在就给 { $friend } 的家人打电话，让今晚有人陪着。
conduct-the-harmful-feed-c-hearted = 你发了一颗心。{ $friend } 没有回复，动态也消失了。你睡不着，一直盯着手机。
conduct-the-harmful-feed-c-waited = 你发了“你还好吗？”。没有回复。动态消失了。你睡不着，一直盯着手机。

conduct-the-harmful-feed-last-call = 没有回复，你担心得睡不着。这件事不该由你一个人解决。现在怎么办？
conduct-the-harmful-feed-choice-tell-now = 马上起床，去敲{ $adult }的门。这事不能等。
conduct-the-harmful-feed-feedback-tell-now = 这就是在弥补。找大人永远不算晚，这样的信号值得把人叫醒。你做得对。
conduct-the-harmful-feed-choice-morning = 太晚了，{ $adult }已经睡了。明天到学校再找{ $friend }聊。
conduct-the-harmful-feed-feedback-morning = 学习的机会：不想吵醒别人是人之常情，但这样的信号等不到上学。告诉信任的大人，永远不算晚。
conduct-the-harmful-feed-c-adult-late = 你告诉我，我真的很欣慰，你没有惹任何麻烦。我们现在就给 { $friend } 的家人打电话，让 { $friend } 身边有人，再一起举报 { $group }。你不用一个人扛着。
conduct-the-harmful-feed-c-morning = 在学校，{ $friend } 一脸疲惫，什么都不想说。那个群还在发帖，而你还在一个人扛着这一切。

conduct-the-harmful-feed-inside = 你已经在 { $group } 里了。第一条规矩是保密，“挑战”今晚就开始。你会怎么做？
conduct-the-harmful-feed-choice-leave-show = 退群前先截图群规，然后去找{ $adult }帮忙。
conduct-the-harmful-feed-feedback-leave-show = 这就是在弥补。退群保护了你，截图有助于举报，信任的大人也能帮 { $friend } 退出来。加入只是一时失足，不是失败。
conduct-the-harmful-feed-choice-leave-quiet = 退群，再把它拉黑。没必要让{ $adult }担心。
conduct-the-harmful-feed-feedback-leave-quiet = 退群对你有好处。但 { $friend } 还在里面，而能帮忙的人都不知道。告诉{ $adult }不是让人白担心，而是让 { $friend } 得到帮助的办法。
conduct-the-harmful-feed-choice-stay = 我先留下，在里面还能盯着点{ $friend }。
conduct-the-harmful-feed-feedback-stay = 学习的机会：在一个专门把人往下拉的群组里，你保护不了 { $friend }。退出来、告诉信任的大人，永远不算晚。
conduct-the-harmful-feed-c-left = 你退了群，也把它拉黑了。{ $friend } 还留在里面。晚上 11 点，{ $friend } 发了一条动态。
conduct-the-harmful-feed-c-stayed = 群里的消息整晚不断，一条比一条灰暗。晚上 11 点，{ $friend } 发了一条动态。

conduct-the-harmful-feed-end-safe = 你看穿了一个假装“互助”的群组，也没有一个人背着 { $friend } 的秘密。现在 { $friend } 得到了真正的支持，来自真正能帮忙的人。
conduct-the-harmful-feed-end-told-later = 那一刻很吓人，但 { $friend } 发出那条动态时，你马上叫醒了{ $adult }。这样的信号，无论白天黑夜，都要立刻交给大人。
conduct-the-harmful-feed-end-recovered = 这一路很沉重，但你弥补了：你告诉了{ $adult }，{ $friend } 也得到了真正的支持。为朋友寻求帮助，从来都不是背叛。
conduct-the-harmful-feed-end-harmful = { $friend } 还在难受，那个群也还在。这不是你的错，而且永远不算晚：今天就和信任的大人谈谈，或者拨打你所在国家的求助热线。
