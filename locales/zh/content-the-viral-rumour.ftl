# 内容 / 价值观：疯传的谣言（9–12 岁）

content-the-viral-rumour-title = 疯传的谣言
content-the-viral-rumour-summary = 一条关于危险挑战的帖子正在学校里疯传。你能查清真相、不让它继续传、保护大家的安全吗？
content-the-viral-rumour-remember = 相信或分享之前，先停一停、查一查，就算是为了提醒别人也一样。如果某个挑战可能伤到人，马上去找你信任的大人。

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = 孙老师
content-the-viral-rumour-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
content-the-viral-rumour-challenge-mega-dare = 超级挑战
content-the-viral-rumour-challenge-ninja-dare = 忍者挑战
content-the-viral-rumour-challenge-level-99 = 99 级挑战
content-the-viral-rumour-adult-mum = 妈妈
content-the-viral-rumour-adult-dad = 爸爸
content-the-viral-rumour-adult-gran = 奶奶

content-the-viral-rumour-intro = 嗨，是我，Sango！今天是周五晚上，你们班的群聊特别热闹。我们去看看大家在聊什么吧。
content-the-viral-rumour-video-skipped = { $friend }分享了一段危险特技的视频。这个视频我们跳过：你不需要看。我们来读一读跟视频一起发来的消息吧。

content-the-viral-rumour-maya = 快看！！一个有名的主播说，这个周末每个小孩都必须做“{ $challenge }”。1 小时内不分享就出局！
content-the-viral-rumour-pic-account = famous.streamer.official
content-the-viral-rumour-pic-caption = 每个小孩都必须做“{ $challenge }”！
content-the-viral-rumour-pic-share-1-hour = 1 小时内不分享就出局！
content-the-viral-rumour-choice-share-warning = 我转发，但在上面写“假的！别学！”
content-the-viral-rumour-feedback-share-warning = 发现了危险，很好！但转发提醒也会把视频一起转出去，有人会出于好奇去看。最好的提醒是不把帖子传下去。
content-the-viral-rumour-choice-check-first = 等等。这是谁做的？我先不转发。
content-the-viral-rumour-feedback-check-first = 真是个好侦探！催你的帖子，比如“1 小时内分享！”，常常是假的。分享前先查查是谁发的，谣言就传不下去了。
content-the-viral-rumour-choice-share-now = 马上转发吧！我可不想当那个出局的人。
content-the-viral-rumour-feedback-share-now = 学习的机会：帖子在催你，而催促是让你来不及思考的套路。不查证就分享，可能会传播虚假或危险的东西。

content-the-viral-rumour-warned = 你的提醒传得很快，可视频也跟着一起传了出去。到了周日，别的班的同学都在看它，“想看看哪里是假的”。
content-the-viral-rumour-checked = 我们来当侦探吧！这个账号没有真名，才注册一天。真正的主播在主页上说：“那不是我。请不要模仿。”这是假的。
content-the-viral-rumour-pic-joined = 1 天前注册
content-the-viral-rumour-pic-not-me = 那不是我。请不要模仿。

content-the-viral-rumour-sort = 侦探干得漂亮！周末，班级群里又冒出好多新帖子。每条帖子该放到哪一堆？
content-the-viral-rumour-post-rumour-from = 周乔
content-the-viral-rumour-post-rumour = 听我表哥的朋友说，从下个月开始，每周五中午就放学，因为老师们周五下午要留出时间开会！太期待了！
content-the-viral-rumour-post-rumour-why = 这条要先查一查：表哥的朋友不算真正的来源。问问老师，或者看看学校自己的主页，就知道是不是真的。
content-the-viral-rumour-post-school-from = 山景学校
content-the-viral-rumour-post-school = 好消息！我们班在全市读书比赛中得了冠军，下周要去科学馆参观啦。通知书周一发回家，请把这条消息转给家里人！
content-the-viral-rumour-post-school-why = 放心转发吧！这是学校自己的主页发的，周一的通知书也会这么说，而且是全班的好消息。查证不等于什么都怀疑。
content-the-viral-rumour-post-mean-from = class5.laughs
content-the-viral-rumour-post-mean = 快看这张照片，{ $classmate }踢球时摔进泥坑里了，哈哈！转给所有人，让全校都看看。
content-the-viral-rumour-post-mean-why = 这条不能转：它就是为了嘲笑{ $classmate }，而且那是他的窘事，轮不到我们来传。让它停在你这里，就是一种善良。
content-the-viral-rumour-post-cat-from = { $friend }
content-the-viral-rumour-post-cat = 超级感谢{ $classmate }陪我找了一下午的猫！最后发现它在花盆里睡着了。你太棒了！
content-the-viral-rumour-post-cat-why = 可以放心转发：它友善又真实，而且是{ $friend }公开发给大家看的。夸同学的好帖子值得传下去。
content-the-viral-rumour-post-chain-from = 聊天应用团队（官方）
content-the-viral-rumour-post-chain = 来自聊天应用团队的消息：从周一起，这个应用要收费，除非你今晚把这条消息发给 10 个朋友。请帮忙转发！
content-the-viral-rumour-post-chain-why = 这条不是真的，账号名里写着“官方”也不算数：应用不会用连锁消息发通知，“发给 10 个朋友”正是这种消息传开的办法。就让它停在你这里吧。

content-the-viral-rumour-shared = 一小时内，你的转发被 40 个同学看到了。{ $friend }的弟弟问他能不能也试试。很多人都相信了那个假主播。
content-the-viral-rumour-pic-seen-40 = 40 人已看
content-the-viral-rumour-pic-can-i-try = 我也能试试吗？

content-the-viral-rumour-monday = 星期一。大家还在聊“{ $challenge }”。课间，{ $classmate }说他放学后要去试试。
content-the-viral-rumour-monday-trust = 那张小宝宝照片传开的时候，你站在我这边。做完“{ $challenge }”，就再也没人叫我小宝宝了！
content-the-viral-rumour-monday-baby = 自从那张照片以后，大家都叫我小宝宝。做完“{ $challenge }”，他们就知道我不是了！
content-the-viral-rumour-baby-choice = 那张小宝宝照片还在跟着{ $classmate }。照片传开的时候，你也参与了，谁都会犯错。现在弥补你那部分还不晚。你会怎么做？
content-the-viral-rumour-choice-baby-own-up = 跟{ $classmate }道歉，再去找孙老师坦白。
content-the-viral-rumour-feedback-baby-own-up = 这就是弥补的方法！坦白需要勇气，孙老师能让照片被删掉，也能帮助{ $classmate }。改正错误才是最重要的。
content-the-viral-rumour-choice-baby-sorry = 跟{ $classmate }道歉，只在我们俩之间说。
content-the-viral-rumour-feedback-baby-sorry = 道歉很勇敢，对{ $classmate }也很重要！但照片还在传，老师能帮忙让它对所有人都停下来。
content-the-viral-rumour-choice-baby-quiet = 什么都不做。没有老师发现，事情已经过去了。
content-the-viral-rumour-feedback-baby-quiet = 学习的机会：没人发现的错误，照样会伤人。大家还在叫{ $classmate }小宝宝，老师能帮忙让这停下来。坦白永远不晚。
content-the-viral-rumour-baby-silva = 谢谢你这么诚实。这需要勇气，你不会惹上麻烦。我会让那张照片被删掉，也会多留意{ $classmate }。
content-the-viral-rumour-baby-sorry = 谢谢。这对我很重要。但大家还在转那张照片。
content-the-viral-rumour-baby-quiet = 你什么也没说。旁边那桌有人小声说“小宝宝”，{ $classmate }低头盯着地面。
content-the-viral-rumour-ben = 放学后来给我拍“{ $challenge }”吧！肯定能收到一大堆赞！
content-the-viral-rumour-choice-film-ben = 好吧，我来拍。但我不会发到任何地方。
content-the-viral-rumour-feedback-film-ben = 学习的机会：镜头和观众会推着人越做越过头。就算不发出去，这个特技对{ $classmate }来说也一样危险。
content-the-viral-rumour-choice-warn-ben = 才不去。我都告诉你了，那是假的。
content-the-viral-rumour-feedback-warn-ben = 发现了危险还说出来，很好！但{ $classmate }可能还是会去试。老师可以确保没人受伤。
content-the-viral-rumour-choice-find-teacher = 我这就跑去找孙老师，一刻也不能等。
content-the-viral-rumour-feedback-find-teacher = 又勇敢又聪明！有人可能受伤时去找大人，不是打小报告。这能保护{ $classmate }的安全，你信任的大人就是为此存在的。

content-the-viral-rumour-filmed = 放学后，{ $classmate }试了。他脚一滑，重重摔了一跤。还好没大事，只是膝盖擦破了皮，但大家都安静了。视频还在你手机里。
content-the-viral-rumour-walked-off = { $classmate }耸耸肩：“行吧，找别人拍。”放学后，校门口围了一群人，都举着手机。
content-the-viral-rumour-teacher-helps = 谢谢你告诉我。这不是打小报告：说不定你让一个人免受了伤害。我会找{ $classmate }谈谈，也会提醒其他班这是假的。

content-the-viral-rumour-crowd = { $classmate }马上就要试了，没人拦着他。你会怎么做？
content-the-viral-rumour-choice-go-home = 回家算了。我早跟{ $classmate }说过很傻。
content-the-viral-rumour-feedback-go-home = 学习的机会：提醒{ $classmate }是个好的开始，但他还是马上要去试。有人可能受伤时，就算你已经说过了，也要去找大人。
content-the-viral-rumour-choice-get-adult = 跑回学校，去找离得最近的大人来。
content-the-viral-rumour-feedback-get-adult = 反应真快！大人能用孩子做不到的方式阻止这件事。有人可能受伤时去求助，从来不是打小报告。
content-the-viral-rumour-choice-film-crowd = 留下来拍。万一出事，视频能帮忙求助。
content-the-viral-rumour-feedback-film-crowd = 学习的机会：拍视频好像有用，但举着手机的观众会推着人越做越过头。如果可能出事，需要的是大人，不是镜头。

content-the-viral-rumour-went-home = 你回家了。后来你听说有位家长路过，把大家都劝散了，所以这次没人受伤。但“{ $challenge }”还在到处传。
content-the-viral-rumour-adult-stops = 谢谢你这么快来叫我。这不是打小报告，是在保护大家。大家都进教室吧。我们来聊聊假挑战。
content-the-viral-rumour-filmed-crowd = { $classmate }试了。他脚一滑，重重摔了一跤。还好没大事，只是膝盖擦破了皮，但大家都安静了。你的视频还在录。

content-the-viral-rumour-wobble-choice = 呼，{ $classmate }没事，但刚才真险。视频在你手机里，它可能会让更多孩子去模仿。现在怎么办？
content-the-viral-rumour-choice-show-silva = 不发到网上，去找孙老师说这件事。
content-the-viral-rumour-feedback-show-silva = 这就是扭转局面的方法！不发到网上，就没人模仿；孙老师还能去关心{ $classmate }，提醒全校。
content-the-viral-rumour-choice-blur-post = 发出去，但把{ $classmate }的脸打上码就行。
content-the-viral-rumour-feedback-blur-post = 学习的机会：打码遮住的是脸，不是特技。别人看了还是会想模仿，朋友们也还是认得出那是{ $classmate }。
content-the-viral-rumour-choice-delete-quiet = 删掉，谁也不告诉。反正{ $classmate }已经没事了。
content-the-viral-rumour-feedback-delete-quiet = 学习的机会：删掉视频是在为{ $classmate }着想。但这个挑战还在传，只有大人能在别人受伤之前提醒所有人。

content-the-viral-rumour-silva-late = 谢谢你来找我。你不会惹上麻烦。我会去关心{ $classmate }，也会提醒其他班：“{ $challenge }”是假的，而且很危险。
content-the-viral-rumour-blurred = 就算打了码，大家也都知道那是{ $classmate }。视频被转来转去，有人评论：“我能做得更好！”
content-the-viral-rumour-deleted-quiet = 视频删掉了，{ $classmate }也没事，一切暂时平静下来。但没有大人知道，“{ $challenge }”还在到处传。

content-the-viral-rumour-spread-choice = 糟糕。帖子传得很快，有些低年级的孩子信了。现在帮忙还不晚。你会怎么做？
content-the-viral-rumour-choice-sorry-post = 删掉转发，再发一条“对不起，那是假的！”
content-the-viral-rumour-feedback-sorry-post = 删掉转发、承认错误，很勇敢！但很多孩子已经看过那条帖子了。你信任的大人能提醒各个家庭和学校，还能举报它。
content-the-viral-rumour-choice-leave-it = 先不管了。告诉大人的话，我会挨骂的。
content-the-viral-rumour-feedback-leave-it = 学习的机会：每个人都可能不小心分享错东西。说出来不是为了挨骂，而是为了不让低年级的孩子受伤。
content-the-viral-rumour-choice-show-adult = 先删掉转发，然后拿给{ $adult }看看那条假的帖子。
content-the-viral-rumour-feedback-show-adult = 真勇敢！改正错误、寻求帮助才是最重要的。你信任的大人能提醒其他家庭，还能举报这条假帖子。

content-the-viral-rumour-sorry-posted = 几个同学回复“哦，好吧”。但最初的那条帖子还在传，{ $friend }的弟弟还是想试。
content-the-viral-rumour-left-up = 假帖子越传越广。到了周一，三所学校的孩子都在说要试试“{ $challenge }”。
content-the-viral-rumour-adult-late = 谢谢你拿给我看。你不会惹上麻烦，这个假消息是别人编的。我会提醒学校和{ $friend }家里，我们还要举报这条帖子。

content-the-viral-rumour-spread-still = 你的道歉起了一点作用。但有些低年级的孩子还是相信这个假消息。现在怎么办？
content-the-viral-rumour-choice-friend-watch = 告诉{ $friend }，一定要看好弟弟。
content-the-viral-rumour-feedback-friend-watch = 学习的机会：{ $friend }不可能看住每一部手机。大人可以同时提醒各个家庭、学校和应用。
content-the-viral-rumour-choice-up-to-them = 我已经道过歉了，剩下的交给别人吧。
content-the-viral-rumour-feedback-up-to-them = 学习的机会：你的道歉是个很好的开始。但假消息还在传到低年级孩子那里，大人能让它对所有人都停下来。
content-the-viral-rumour-choice-show-adult-now = 把帖子和小弟弟说过的话都拿给{ $adult }看。
content-the-viral-rumour-feedback-show-adult-now = 想得真好！把帖子拿出来，{ $adult }就能快速行动。去找你信任的大人不是惹麻烦，而是在弥补。

content-the-viral-rumour-friend-watched = { $friend }努力看着弟弟。但视频在很多人的手机里，根本看不过来。
content-the-viral-rumour-still-spreading = 假消息继续传播。{ $friend }的弟弟还在问“{ $challenge }”的事，没有一个大人知道。
content-the-viral-rumour-adult-last = 谢谢你拿给我看。你在弥补，这需要勇气。我会和{ $friend }家里、和学校谈一谈，我们还要举报这条假帖子。

content-the-viral-rumour-end-safe = 你没有被假的“{ $challenge }”骗到，还在有人受伤之前找到了你信任的大人。这才是真正的网络小侦探！
content-the-viral-rumour-end-mixed = 这次没有人受重伤。但没有你信任的大人知道这个假的“{ $challenge }”，它还在到处传。事情可能会再次发生。
content-the-viral-rumour-end-recovered = 你犯了个错，后来又弥补了：假消息不再从你这里传出去，你信任的大人也知道了。现在大人们能提醒所有人。这需要勇气！
content-the-viral-rumour-end-harmful = 假的“{ $challenge }”还在传播，更多孩子可能会去试。有人编了假消息，这不是你的错。什么时候都不晚：告诉你信任的大人，他们会帮忙阻止它。
