# 行为 / 价值观：复习“神药”（16-18 岁）。群聊推销“专注药”、鼓吹通宵。不提任何药名和剂量。

conduct-the-study-pills-title = 复习“神药”
conduct-the-study-pills-summary = 离考试还有两周，你的群聊里有人卖“专注药”，还在比谁熬通宵。到底什么才真正有用？
conduct-the-study-pills-remember = 网上陌生人卖的药片里可能是任何东西。真正的帮助是睡眠、休息、复习辅导，还有校医或医生。如果有人吃了什么后不舒服，马上找大人。

conduct-the-study-pills-app = { $app }
conduct-the-study-pills-app-clique = Clique
conduct-the-study-pills-app-groupy = Groupy
conduct-the-study-pills-app-hivechat = HiveChat
conduct-the-study-pills-group-name = { $group }
conduct-the-study-pills-group-crew = 复习小分队
conduct-the-study-pills-group-grind = 考试冲刺群
conduct-the-study-pills-group-squad = 学习小组
conduct-the-study-pills-seller-plug = focus_plug
conduct-the-study-pills-seller-boost = gradeboost_22
conduct-the-study-pills-seller-brain = brainfuel.x
conduct-the-study-pills-nighter-jay = Jay
conduct-the-study-pills-nighter-sol = Sol
conduct-the-study-pills-nighter-ash = Ash
conduct-the-study-pills-adult-uncle = 托马斯叔叔
conduct-the-study-pills-adult-mum = 妈妈
conduct-the-study-pills-adult-gran = 奶奶

conduct-the-study-pills-npc-friend = { $friend }
conduct-the-study-pills-npc-seller = { $seller }
conduct-the-study-pills-npc-nighter = { $nighter }
conduct-the-study-pills-npc-adult = { $adult }

conduct-the-study-pills-intro = 离考试还有两周。班级群“{ $group }”从没这么热闹过：技巧、表情包、恐慌。{ $friend }已经好几天没睡好觉了。

conduct-the-study-pills-sort = 群里全是各种“技巧”。给它们分分类：哪些可以转给朋友，哪些要先核实，哪些不该留在群里？
conduct-the-study-pills-post-timer-from = { $friend }
conduct-the-study-pills-post-timer = 这个免费的专注计时器太好用了。学 25 分钟，休息 5 分钟。今晚整整复习完一章历史
conduct-the-study-pills-post-timer-why = 可以转。短时段加休息是一种真实、公认的学习方法，应用也是免费的。好技巧值得传下去。
conduct-the-study-pills-post-pills = 考试季特供：FOCUS 专注药。连学 12 小时，不用睡觉。私信我，不问问题
conduct-the-study-pills-post-pills-why = 别留在群里。网上陌生人卖的药片里可能是任何东西、任何分量，“不问问题”就是说没人把关。更好的做法是举报这条帖子。
conduct-the-study-pills-pic-ad-title = FOCUS+
conduct-the-study-pills-pic-ad-line1 = 连学 12 小时
conduct-the-study-pills-pic-ad-line2 = 不用睡觉
conduct-the-study-pills-pic-ad-dm = 私信我
conduct-the-study-pills-post-sessions-from = 学校图书馆
conduct-the-study-pills-post-sessions = 老师免费复习辅导，每周二、周四放学后。带上你的问题，零食我们准备。
conduct-the-study-pills-post-sessions-why = 可以转。懂考试的老师免费辅导，正是真正管用的帮助，而且通知就来自学校本身。
conduct-the-study-pills-pic-sessions-title = 复习辅导
conduct-the-study-pills-pic-sessions-when = 周二、周四放学后
conduct-the-study-pills-pic-sessions-where = 图书馆，免费
conduct-the-study-pills-post-study-from = BrainHacks Daily
conduct-the-study-pills-post-study = 科学家证实：吃专注药的学生成绩高 30%！！！趁还没被删赶紧转
conduct-the-study-pills-post-study-why = 先核实，别原样转发：没说是哪项研究，也没说是哪些科学家，“趁还没被删”是典型的催促话术。真正的研究不怕被看见。
conduct-the-study-pills-post-nighter = 考完再睡。今晚通宵，谁来？？晒出你的书桌，不然就是不认真
conduct-the-study-pills-post-nighter-why = 别留在群里。睡觉时大脑才会把学过的东西存下来，“不认真”是施压，不是技巧。不跟也不会错过什么。
conduct-the-study-pills-post-nurse-from = 学校医务室
conduct-the-study-pills-post-nurse = 考前紧张很正常，不用一个人扛。午饭时间随时来，不用预约。睡觉和吃饭也算复习哦！
conduct-the-study-pills-post-nurse-why = 可以转。帮忙缓解压力、改善睡眠和专注的医务室，是真正安全的帮助，转出去也许正好能帮到需要的人。

conduct-the-study-pills-seller-dm = 看你为数学发愁。第一颗免费，只给你。别跟别人说
conduct-the-study-pills-choice-report-seller = 举报这个账号，这条消息就一直放着不回。
conduct-the-study-pills-feedback-report-seller = 说得对。陌生人送免费药、还要你“别跟别人说”，两个都是危险信号。举报能让平台在它找上更动摇的人之前先查一查。
conduct-the-study-pills-choice-ignore-seller = 不理。别人买什么不关我事。
conduct-the-study-pills-feedback-ignore-seller = 自己拒绝是对的。可卖家还在群里，专找更焦虑的人下手。举报只要几秒钟。
conduct-the-study-pills-choice-free-pill = 就要一颗免费的，帮助我撑过数学考试。
conduct-the-study-pills-feedback-free-pill = 学习的机会：“第一颗免费”正是卖家拉人上钩的办法，而且没人能告诉你里面到底是什么。压力会让人心动。现在拒绝还来得及。
conduct-the-study-pills-reported = 你举报了这个账号。到了晚上，卖家的帖子从“{ $group }”里消失了，应用显示：“谢谢，我们已采取措施。”
conduct-the-study-pills-ignored = 你没理。卖家继续在“{ $group }”里发帖：“只剩 5 颗”“明天考试？找我”。

conduct-the-study-pills-packet = 两天后，一个小信封寄到了。里面是一小袋药片。没有名字，没有标签，没有说明书。明天就考数学。
conduct-the-study-pills-pill-choice = 没有人，连卖家自己，都说不清里面到底是什么。你怎么办？
conduct-the-study-pills-choice-show-adult = 不碰。今晚把袋子交给{ $adult }。
conduct-the-study-pills-feedback-show-adult = 勇敢又聪明。大人能安全地处理掉它，帮你举报卖家，还能帮你应对考试压力。你说出来不会挨骂。
conduct-the-study-pills-choice-bin-it = 今晚扔掉，拉黑卖家，就当没这回事。
conduct-the-study-pills-feedback-bin-it = 没吃是最重要的，拉黑也有用。可卖家有你的地址，还能换个新账号再来，而大人只有知道了才能帮忙。你不会挨骂。
conduct-the-study-pills-choice-take-it = 吃吧。群里一半人都说有用，肯定安全。
conduct-the-study-pills-feedback-take-it = 学习的机会：“大家都说”不是药品标签。陌生人的药片里可能是任何东西。压力太大不是你的错，现在求助还来得及。
conduct-the-study-pills-binned = 你把袋子扔了，拉黑了卖家，谁也没说。第二天，一个新账号发来消息：“怎么样？还要吗？”
conduct-the-study-pills-took = 那天夜里你心跳得厉害，整晚都睡不着。考试时，题目在眼前发花。你很难受，也很害怕。
conduct-the-study-pills-own-last = 这不是你的错：群里和卖家逼得太紧了。你的身体比任何考试都重要。现在怎么办？
conduct-the-study-pills-choice-tell-nurse = 告诉{ $adult }，今天就去医务室或者去看医生。
conduct-the-study-pills-feedback-tell-nurse = 做得对。吃了来路不明的东西又不舒服，就该让校医或医生知道，大人也能帮你。你不会挨骂。
conduct-the-study-pills-choice-push-through = 告诉{ $adult }只是累了，扛过去。
conduct-the-study-pills-feedback-push-through = 学习的机会：“只是累了”会把真实情况藏起来。吃了来路不明的药后不舒服，是该求助的信号，不是该硬等的时候。把实情都说出来吧。
conduct-the-study-pills-choice-another = 问问卖家里面到底是什么，要不要再多吃一颗。
conduct-the-study-pills-feedback-another = 学习的机会：卖家想要的是下一单，不是你的健康。该问的是校医、医生，或者信任的大人。
conduct-the-study-pills-pushed-through = 你跟{ $adult }说只是累了。接下来好几天都没睡好，后面的考试比数学还糟。
conduct-the-study-pills-asked-another = 紧张而已哈哈。还要吗？一颗 10
conduct-the-study-pills-adult-self = 谢谢你告诉我。你没有惹麻烦，这也不是你的错。今天我们去医务室，举报那个卖家，再一起排个能睡好觉的复习计划。

conduct-the-study-pills-night = 还有谁没睡？？通宵小队。晒出你的书桌，不然就是不认真
conduct-the-study-pills-pic-time = 01:12
conduct-the-study-pills-pic-new = 47 条新消息
conduct-the-study-pills-pic-night-post = 通宵小队，晒书桌！！
conduct-the-study-pills-choice-mute-sleep = 把群设成免打扰，去睡觉。
conduct-the-study-pills-feedback-mute-sleep = 选得好。睡觉时大脑会把复习的内容存下来，免打扰能让群聊没法吵醒你。群里没有什么事等不到早饭。
conduct-the-study-pills-choice-post-desk = 晒张书桌照免得被笑，然后睡觉。
conduct-the-study-pills-feedback-post-desk = 去睡觉是对的。可一晒图，就是在给“谁熬得最晚”的游戏添柴，回复会震一整夜。免打扰才能保住你的睡眠。
conduct-the-study-pills-choice-energy = 再来一罐功能饮料。考完再睡，对吧？没事的。
conduct-the-study-pills-feedback-energy = 学习的机会：通宵只会让记忆变差，咖啡因让心怦怦跳也帮不了思考。明天可以把睡觉放在第一位。
conduct-the-study-pills-slept = 你设了免打扰，睡着了。凌晨两点半，手机亮了：是{ $friend }发来的私信。
conduct-the-study-pills-up-late = 你晒了书桌。回复一直震到两点。两点半，{ $friend }发来一条私信。
conduct-the-study-pills-wired = 到两点，你的心怦怦直跳，什么也看不进去。两点半，{ $friend }发来一条私信。

conduct-the-study-pills-friend-dm = 能跟你说件事吗？我吃了一颗{ $seller }卖的药。现在心跳好快，感觉很怪。求你别告诉任何人
conduct-the-study-pills-choice-get-adult = 我现在就去叫{ $adult }。今晚你需要看医生。
conduct-the-study-pills-feedback-get-adult = 这才是真朋友。吃了来路不明的药后心跳过快，今晚就需要医生。关于健康的秘密是该说出来的，说出来从来不是告密。
conduct-the-study-pills-choice-water = 喝点水，躺一会儿，不舒服就发消息给我。
conduct-the-study-pills-feedback-water = 陪着{ $friend }很暖心。可光靠消息，判断不了有多严重，本人也判断不了。大人能马上问到医生的意见。
conduct-the-study-pills-choice-keep-secret = 不告诉{ $adult }，也不告诉任何人。睡吧。
conduct-the-study-pills-feedback-keep-secret = 学习的机会：守住承诺看起来很讲义气，可{ $friend }吃了来路不明的药后很不舒服。这个秘密该说出来，现在还来得及。
conduct-the-study-pills-adult-friend = 你做得完全正确。我们现在就给{ $friend }家里和医生打电话。谁都不会挨骂。明天我们一起举报那个卖家。

conduct-the-study-pills-compose = 第二天早上，医生已经检查过，{ $friend }没事，正在家休息。给{ $friend }发条消息吧：什么有帮助，什么别写进去？
conduct-the-study-pills-ph-glad = 知道你没事，我真的松了口气。
conduct-the-study-pills-why-glad = 简单又温暖。经历了吓人的一夜，最先需要听到的，是有人在乎。
conduct-the-study-pills-ph-stupid = 说真的，你这事干得太蠢了。
conduct-the-study-pills-why-stupid = 别写。出了什么事大家都清楚，羞愧只会让人下次藏着不说。善意才能让你们继续聊下去。
conduct-the-study-pills-ph-library = 明天一起去图书馆复习吗？
conduct-the-study-pills-why-library = 一个实在的计划胜过一堆说教。一起复习是陪伴，也能缓解引发这一切的考试压力。
conduct-the-study-pills-ph-hi = 嗨，是我。
conduct-the-study-pills-why-hi = 写不写都行。很友好，但改变不了什么。
conduct-the-study-pills-ph-group = 我跟群里说了，免得别人也去试。
conduct-the-study-pills-why-group = 听着像在保护大家，其实是把私人健康的事摊在全班面前。提醒大家小心卖家就好，不用点{ $friend }的名。
conduct-the-study-pills-ph-no-trouble = 我一点也没生你的气，真的。
conduct-the-study-pills-why-no-trouble = 很重要。对方可能担心你为秘密的事生气。直接说出来，能保护你们的友谊。
conduct-the-study-pills-ph-seller = 把卖家的名字发我，我想看看。
conduct-the-study-pills-why-seller = 别写。就算“只是好奇”，也会让卖家留在你的生活里。账号已经被举报了，就到此为止吧。
conduct-the-study-pills-ph-nurse = 医务室对缓解压力真的有帮助。一起去吗？
conduct-the-study-pills-why-nurse = 对。卖出那颗药的正是压力，而医务室能帮忙缓解。两个人一起去，更容易迈出这一步。
conduct-the-study-pills-sent = 谢谢你。也谢谢你昨晚。明天图书馆，好。我要把“{ $group }”设成免打扰，直到考完

conduct-the-study-pills-friend-worse = 还是停不下来。我的手在抖，好害怕
conduct-the-study-pills-last = { $friend }很害怕，这已经不是一个朋友能独自扛住的事了。现在还不晚。怎么办？
conduct-the-study-pills-choice-tell-now = 就算答应过，我也要现在叫醒{ $adult }。
conduct-the-study-pills-feedback-tell-now = 这是正确又勇敢的选择。健康比承诺重要。{ $friend }也许会生一天气，但会平安。
conduct-the-study-pills-choice-promise = 说好就得做到，陪你熬夜，守住隐私。
conduct-the-study-pills-feedback-promise = 学习的机会：陪{ $friend }熬夜是关心，可消息安抚不了狂跳的心。任何时候告诉信任的大人都不晚。
conduct-the-study-pills-choice-search = 先上网查查这种药，再考虑要不要找{ $adult }。
conduct-the-study-pills-feedback-search = 学习的机会：没人知道里面是什么，所以任何网站都答不上来。搜索只会浪费医生需要的时间。现在就去叫醒{ $adult }。
conduct-the-study-pills-kept-promise = 你们发消息发到凌晨五点。{ $friend }熬过了这一夜，可第二天一整天都很难受，也没人知道那到底是什么。
conduct-the-study-pills-searched = 每个网页说的都不一样。等你抬起头，已经凌晨四点了，{ $friend }还是很难受。

conduct-the-study-pills-end-safe = 在一个鼓吹药片和通宵的群里，你保持了清醒，举报了卖家，还第一时间帮{ $friend }找到了帮助。踏实复习、好好睡觉：这才真的有用。
conduct-the-study-pills-end-recovered = 犹豫了一下，但你打破了那个该打破的承诺。{ $friend }看了医生，卖家已被举报，你们也都明白了：关于健康的秘密要说出来。
conduct-the-study-pills-end-recovered-self = 卖家给你设了圈套，后来你停了下来，告诉了{ $adult }。卖家已被举报，你没有惹麻烦，医务室也在帮你应对考试压力。
conduct-the-study-pills-end-harmful = 来路不明的药片让事情更糟了。这不是你的错：群里和卖家逼得太紧。任何时候告诉信任的大人、去医务室或看医生都不晚。
conduct-the-study-pills-end-harmful-friend = { $friend }还是不舒服，没人知道吃的是什么，卖家还在卖。这不是你的错。任何时候告诉信任的大人都不晚，大人能带{ $friend }去看医生。

conduct-the-study-pills-trace-reported = 已举报：在“{ $group }”里卖“专注药”的账号。
conduct-the-study-pills-trace-reported-advice = 网上陌生人卖的药片里可能是任何东西。专注力或睡眠让你有压力？校医、医生或信任的大人能真正帮到你。

# Last decision: the group asks about the pills. Warn without naming the friend.
conduct-the-study-pills-group-ask = 谁还有那种 FOCUS 专注药？？周五考化学，我还啥都没复习
conduct-the-study-pills-choice-no-pills = 别买，里面可能是任何东西。周四来复习辅导吧。
conduct-the-study-pills-feedback-no-pills = 说得好。你劝大家别碰这种药，还指了真正有用的办法，又没把{ $friend }那晚的事说出去。
conduct-the-study-pills-choice-name-friend = 千万别买！{ $friend }昨晚吃了一颗，结果特别糟糕。
conduct-the-study-pills-feedback-name-friend = 学习的机会：提醒大家没错，但{ $friend }出的事是私人的健康情况。提醒大家小心这种药就好，不用点名。
conduct-the-study-pills-named = 你还没来得及删，半个班都看到了。{ $friend }发来消息：“那是我的隐私。”
