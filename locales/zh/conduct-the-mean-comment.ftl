# 行为 / 攻击性：刻薄的评论（9–12 岁）

conduct-the-mean-comment-title = 刻薄的评论
conduct-the-mean-comment-summary = 你在生朋友的气，一条刻薄的评论只差轻轻一点就发出去了。
conduct-the-mean-comment-remember = 生气的时候，发帖前先停一停。如果出现群起攻击，先截图，再拉黑和举报，并告诉你信任的大人。

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-video-dance = 我的新舞蹈
conduct-the-mean-comment-video-skate = 我的第一个滑板动作
conduct-the-mean-comment-video-slime = 我的闪粉史莱姆做法
conduct-the-mean-comment-adult-teacher = 吴老师
conduct-the-mean-comment-adult-mum = 妈妈
conduct-the-mean-comment-adult-dad = 爸爸

conduct-the-mean-comment-npc-friend = { $friend }
conduct-the-mean-comment-npc-adult = { $adult }

conduct-the-mean-comment-intro = 嗨，是我，Sango！今天午饭时，{ $friend }和别的同学坐在一起，没给你留位子。好难受。现在{ $friend }在 { $app } 上发了一个新视频。

conduct-the-mean-comment-spot-comments = 好多同学在评论。点出那些不友善的评论。小心：说实话和说刻薄话可不一样！
conduct-the-mean-comment-card-title = { $friend }的新视频
conduct-the-mean-comment-card-body = 快来看{ $video }！
conduct-the-mean-comment-part-tip = 好酷！下次要不要换个亮一点的地方拍？
conduct-the-mean-comment-feedback-tip = 不是不友善！这条既诚实又友善：先说一句好话，再给一个有用的建议。诚实的评论也可以很友好。
conduct-the-mean-comment-part-cringe = 尴尬死了哈哈，赶紧把号删了吧
conduct-the-mean-comment-feedback-cringe = 不友善，找得好！叫别人删号不是诚实的建议，只是想伤人。
conduct-the-mean-comment-part-pile = 大家都来评论这有多烂！！！
conduct-the-mean-comment-feedback-pile = 不友善，找得好！这是在号召群起攻击：很多人联合起来对付一个人。就算在网上，这也是欺凌。
conduct-the-mean-comment-part-honest = 不太是我喜欢的类型，不过你越来越棒了！
conduct-the-mean-comment-feedback-honest = 不是不友善！他们诚实地说这不是自己最喜欢的，但说得很友善。友好地表达不同意见是可以的。
conduct-the-mean-comment-part-nobody = 根本没人喜欢你，{ $friend }
conduct-the-mean-comment-feedback-nobody = 不友善，找得好！这跟视频根本没关系，是冲着{ $friend }本人去的。这样的话会让人伤心很久。
conduct-the-mean-comment-pic-typed = 史上最烂视频。反正你就是个假朋友。
conduct-the-mean-comment-pic-post = 发布
conduct-the-mean-comment-pic-pile-note = { $friend }的视频有 58 条新评论
conduct-the-mean-comment-pic-reported = 举报已发送：已隐藏 3 条评论

# 好好说：给{ $friend }写一条暖心的私信，{ $friend }的视频下满是刻薄评论
conduct-the-mean-comment-compose = 这些评论真的很伤人。你还在为午饭的事生气，但谁都不该被这样对待。给{ $friend }发一条私信，表示支持，也帮忙让这些评论停下来：选出要说的话，也想想哪些话不该说。
conduct-the-mean-comment-compose-to = { $friend }
conduct-the-mean-comment-ph-hi = 嗨，{ $friend }！
conduct-the-mean-comment-why-hi = 打个招呼，加不加都可以。最重要的是接下来说什么。
conduct-the-mean-comment-ph-losers = 那些人真是一群笨蛋。
conduct-the-mean-comment-why-losers = 生气是正常的，但这是在骂回去。消息可能被截图转发，吵得只会更凶。
conduct-the-mean-comment-ph-side = 我站在你这边。
conduct-the-mean-comment-why-side = 简短又有力！知道有人站在自己这边，{ $friend }会觉得没那么孤单。
conduct-the-mean-comment-ph-secret = 我不会告诉大人的，我保证。这是我们的秘密。
conduct-the-mean-comment-why-secret = 听起来很讲义气，但保密会让能帮忙的大人什么都不知道。好朋友会帮{ $friend }找到支持，而不是把事情藏起来。
conduct-the-mean-comment-ph-unfair = 那些评论太刻薄了。你不该受到这样的对待。
conduct-the-mean-comment-why-unfair = 这句话让{ $friend }知道，错的是那些评论，不是自己。
conduct-the-mean-comment-ph-screenshot = 我们把最过分的几条截图，然后举报吧。
conduct-the-mean-comment-why-screenshot = 截图能留下证据，举报能让应用知道发生了什么。一起做，{ $friend }就不用独自面对。
conduct-the-mean-comment-ph-reply = 一条条怼回去！别让他们得逞！
conduct-the-mean-comment-why-reply = 听起来很勇敢，但怼回去只会让群起攻击得到更多关注，而欺负人的人就想要关注。保存证据再举报更有用。
conduct-the-mean-comment-ph-grown-up = 要不要我陪你一起去告诉大人？
conduct-the-mean-comment-why-grown-up = 你信任的大人能帮忙让这些评论停下来。有人陪着一起去，{ $friend }说出来就容易多了。

conduct-the-mean-comment-typing = 私信发出去了。可回到视频下面，午饭的事又涌上心头。你的手指飞快地打字：“史上最烂视频。反正你就是个假朋友。”你的手指停在“发布”上。
conduct-the-mean-comment-post-choice = 哇，情绪好大！生气是正常的。但网上的话可能会留很久，还会被很多人看到。你会怎么做？
conduct-the-mean-comment-choice-ignore-friend = 删掉，但从现在起不理{ $friend }了。
conduct-the-mean-comment-feedback-ignore-friend = 没发出去很聪明！但不理朋友会让你们俩都一直难受。当面告诉{ $friend }你的感受，也许就能和好。
conduct-the-mean-comment-choice-pause = 先删掉。明天在学校找{ $friend }好好聊聊。
conduct-the-mean-comment-feedback-pause = 好选择！你发现这些话真的会伤人。生气时先停一停，能避免做出后悔的事，当面聊聊才能解决问题。
conduct-the-mean-comment-choice-post = 发出去。明明是{ $friend }先对我不好的。
conduct-the-mean-comment-feedback-post = 学习的机会：网上的气话会被很多人看到、复制和保存。就算之后删掉，也不一定收得回来。

conduct-the-mean-comment-ignored = 你删掉了。但你不再回{ $friend }的消息，{ $friend }一脸困惑，很受伤。
conduct-the-mean-comment-paused = 你删掉那些话，放下手机。慢慢地，火气消了。
conduct-the-mean-comment-posted = 你的评论得到 12 个赞。别人跟着学：“对，假朋友！”很快就变成了群起攻击。在学校，{ $friend }都不看你了。

conduct-the-mean-comment-pile-on = 第二天早上，{ $friend }视频下的刻薄评论翻了一倍，别的班的同学也加入进来。在学校，{ $friend }一直盯着地面。
conduct-the-mean-comment-pile-choice = 这就是群起攻击：很多人一起针对一个人。这会让人非常难受。你能做什么？
conduct-the-mean-comment-choice-block-mean = 马上把说难听话的账号都拉黑，这样最安全。
conduct-the-mean-comment-feedback-block-mean = 拉黑感觉最安全，也确实能保护你！但它只是让你自己看不到评论，证据也没了。先截图，再拉黑和举报。
conduct-the-mean-comment-choice-like-mean = 点个赞吧。谁让{ $friend }午饭不给我留座位。
conduct-the-mean-comment-feedback-like-mean = 学习的机会：自己受了委屈，也不代表群起攻击是公平的。每个人都值得被尊重，哪怕你正在生他的气。每个赞都会让攻击变大。
conduct-the-mean-comment-choice-screenshot-report = 先把最难听的几条截图，然后再去举报。
conduct-the-mean-comment-feedback-screenshot-report = 顺序很聪明！截图能在内容被删之前留下证据，举报能让应用知道有人在欺负人。{ $friend }有权在网上安全地待着，你也一样。
conduct-the-mean-comment-choice-defend = 回复所有人：“够了！别再欺负{ $friend }！”
conduct-the-mean-comment-feedback-defend = 为{ $friend }出头需要勇气！但在视频下面争吵，会让攻击有更多观众。保存证据再举报，效果更好。

conduct-the-mean-comment-blocked-mean = 刻薄的评论从你的屏幕上消失了。但别人还看得到，而且你一条都没保存。
conduct-the-mean-comment-liked = 你的赞把一条刻薄评论顶到了最上面。更多人加入，{ $friend }在下面看到了你的名字。
conduct-the-mean-comment-reported = 你把最难听的评论截了图，并举报了它们。应用隐藏了几条。但新的还在不断出现，{ $friend }看起来还是很难过。
conduct-the-mean-comment-defended = 有人回复：“哟，你是保镖吗？”现在大家连你们俩一起嘲笑，围观的人更多了。
conduct-the-mean-comment-classmate-backs = { $classmate }发来一条消息：“看到{ $friend }视频下面的评论了。太过分了！那次挑战，是你帮我找来了帮助。不管你怎么做，我都站在你这边。”

conduct-the-mean-comment-next-step = 群起攻击还在继续。接下来呢？
conduct-the-mean-comment-choice-friend-delete = 告诉{ $friend }删掉视频，为了安全别再用这个应用。
conduct-the-mean-comment-feedback-friend-delete = 学习的机会：离开应用休息一下可能有用，但删掉视频就删掉了证据，欺负人的人只会换个目标。你信任的大人才能真正阻止他们。
conduct-the-mean-comment-choice-name-them = 发个帖子，把说难听话的人一个个全都点名。
conduct-the-mean-comment-feedback-name-them = 学习的机会：公开点名会引发新一轮攻击，谁都不会赢。保存好证据，让你信任的大人来处理。
conduct-the-mean-comment-choice-tell-adult = 去找{ $adult }，把发生的一切都拿出来看看。
conduct-the-mean-comment-feedback-tell-adult = 这就是勇敢站出来！大人可以举报账号，和学校、家长沟通，帮助{ $friend }。说出来从来不是打小报告。

conduct-the-mean-comment-friend-deletes = { $friend }删掉了视频，也不再发东西了。评论暂时没了，但能阻止那些账号的人什么都不知道。
conduct-the-mean-comment-named = 你的帖子很快传开了。现在大家在评论区吵成一团，有人开始攻击你。{ $friend }说：“求你了，让这一切停下来吧。”
conduct-the-mean-comment-adult-helps = 谢谢你告诉我。这不是打小报告，这是在帮忙。我们先把现在的内容截图，举报那些账号，我再去和学校谈。
conduct-the-mean-comment-talk-it-out = 谢谢你帮我说话。还有，午饭的事对不起！我不知道你觉得被冷落了。明天和我们一起坐吧？

conduct-the-mean-comment-fix-it = 哎呀。事情闹得比你想的大。但你还能帮忙弥补。你会怎么做？
conduct-the-mean-comment-choice-undo-talk = 撤掉我做的部分，今天就去找{ $adult }谈谈。
conduct-the-mean-comment-feedback-undo-talk = 这就是弥补的方法！坦白需要勇气，{ $adult }能帮忙阻止攻击。每个人都会犯错，改正才最重要。
conduct-the-mean-comment-choice-sorry-message = 撤掉我做的，再给{ $friend }发一句“对不起”。
conduct-the-mean-comment-feedback-sorry-message = 道歉很勇敢，{ $friend }会很在乎！但攻击还在继续，这已经不只是你们俩的事了。大人能帮忙阻止它。
conduct-the-mean-comment-choice-leave-up = 算了，不管了。告诉{ $adult }只会让我挨骂。
conduct-the-mean-comment-feedback-leave-up = 学习的机会：说出来不是为了挨骂，而是为了让伤害停下来。{ $adult }知道了才能更好地帮忙，而{ $friend }还在难过。

conduct-the-mean-comment-adult-late = 谢谢你这么诚实。你不会因为告诉我而惹上麻烦。我们先把评论截图，再举报，然后一起去和{ $friend }谈谈。
conduct-the-mean-comment-sorry-talk = 那条评论真的很伤人。但谢谢你道歉。我不知道午饭的事让你觉得被冷落了。我们重新开始好吗？
conduct-the-mean-comment-sorry-sent = 谢谢你道歉。但评论还在不停地来。我现在就要把所有人都拉黑，再把账号删掉。
conduct-the-mean-comment-left-up = 攻击越来越多。{ $friend }不再发东西，在学校也不说话了。

conduct-the-mean-comment-friend-blocks = { $friend }很难过，想让这一切都消失。你会怎么说？
conduct-the-mean-comment-choice-reply-back = 别拉黑。发个视频，表示你根本不在乎。
conduct-the-mean-comment-feedback-reply-back = 学习的机会：回应恰恰给了欺负人的人想要的东西：关注。先截图，再拉黑、举报，找你信任的大人，效果好得多。
conduct-the-mean-comment-choice-screenshot-together = 等等！先截图，再一起拿去给{ $adult }看看。
conduct-the-mean-comment-feedback-screenshot-together = 好建议！拉黑没问题，但要先截图，这样{ $adult }和应用才能看到发生了什么。一起去，{ $friend }就不会孤单。
conduct-the-mean-comment-choice-block-secret = 好主意。全删掉，不用告诉{ $adult }。
conduct-the-mean-comment-feedback-block-secret = 学习的机会：全删掉，证据就没了；瞒着{ $adult }，就没有大人能帮忙阻止那些账号。先截图，之后再拉黑就没问题。

conduct-the-mean-comment-replied-back = { $friend }发了个视频：“我才不在乎！”几分钟后，下面的刻薄评论比第一个视频还多。
conduct-the-mean-comment-shown-adult = 谢谢你们俩拿给我看。这些截图很有用。我们一起去举报这些账号，然后{ $friend }就可以把它们拉黑了。
conduct-the-mean-comment-blocked-secret = { $friend }把所有人拉黑，还删了账号。现在暂时安静了，但证据没了，也没有大人知道。

conduct-the-mean-comment-end-safe = 你没有发出那些气话，{ $adult }正在帮忙阻止攻击。你和{ $friend }又开始说话了。真棒！
conduct-the-mean-comment-end-mixed = 现在{ $friend }那边暂时安静了些。但没有你信任的大人知道发生了什么，同样的账号可能会在别处卷土重来。
conduct-the-mean-comment-end-recovered = 你一度被卷进了攻击，后来你弥补了：你道了歉，{ $adult }也在帮忙了。{ $friend }不再独自面对这一切。
conduct-the-mean-comment-end-harmful = 攻击越来越多，{ $friend }非常难受。犯了错不代表你是坏人，求助也不会让你挨骂。什么时候告诉你信任的大人都不晚：他们会帮助你。

# My phone: what stays on the phone after this level.
conduct-the-mean-comment-trace-comment = 你在{ $friend }视频下的评论：“史上最烂视频。反正你就是个假朋友。”
conduct-the-mean-comment-trace-comment-advice = 网上的气话可能会留很久。把它删掉，向{ $friend }道歉；如果已经有人跟着群起攻击，告诉你信任的大人。
