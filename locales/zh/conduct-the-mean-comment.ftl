# 行为 / 攻击性：刻薄的评论（9–12 岁）

conduct-the-mean-comment-title = 刻薄的评论
conduct-the-mean-comment-summary = 你在生朋友的气，一条刻薄的评论只差轻轻一点就发出去了。
conduct-the-mean-comment-remember = 生气的时候，发帖前先停一停：网上的话可能会留很久。友善待人，当面说开；遇到群起攻击，要告诉信任的大人。

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-name-mia = 林小雅
conduct-the-mean-comment-name-theo = 赵天宇
conduct-the-mean-comment-name-aisha = 周雪
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

conduct-the-mean-comment-typing = 你还在为午饭的事生气。你的手指飞快地打字：“史上最烂视频。反正你就是个假朋友。”你的手指停在“发布”上。
conduct-the-mean-comment-post-choice = 哇，情绪好大！生气是可以的。但网上的话可能会留很久，还会被很多人看到。你会怎么做？
conduct-the-mean-comment-choice-pause = 删掉它，深呼吸，明天再和{ $friend }谈谈
conduct-the-mean-comment-feedback-pause = 选得真好！你发现了那些话真的会伤人。生气时停一停，能避免做出会后悔的事，当面谈谈也能把事情说开。
conduct-the-mean-comment-choice-ignore-friend = 删掉它，但从此不理{ $friend }
conduct-the-mean-comment-feedback-ignore-friend = 没发出去很明智！但不理朋友会让你们俩都一直难受。告诉{ $friend }你的感受，也许能解决问题。
conduct-the-mean-comment-choice-post = 发出去。是对方先过分的。
conduct-the-mean-comment-feedback-post = 学习的机会：网上的气话会被很多人看到、复制和保存。就算你后来删掉了，也不一定收得回来。

conduct-the-mean-comment-pile-on = 第二天早上，{ $friend }视频下的刻薄评论翻了一倍，连别的班的同学也加入了。在学校，{ $friend }一直盯着地面。
conduct-the-mean-comment-pile-choice = 这是群起攻击：很多人联合起来对付一个人。这真的很伤人。你可以做什么？
conduct-the-mean-comment-choice-report-tell = 举报那些刻薄评论，并告诉{ $adult }
conduct-the-mean-comment-feedback-report-tell = 这正是勇敢站出来的人会做的！每个人都有权在网上受到尊重。举报并告诉大人，可以让这些评论被删掉。
conduct-the-mean-comment-choice-kind-comment = 在视频下面发一条友善的评论
conduct-the-mean-comment-feedback-kind-comment = 一条友善的评论让{ $friend }知道自己不是一个人，这很重要！但刻薄的评论还在。举报并告诉大人能帮忙阻止它们。
conduct-the-mean-comment-choice-like-mean = 给刻薄评论点赞。是{ $friend }先过分的。
conduct-the-mean-comment-feedback-like-mean = 学习的机会：自己受了委屈，也不代表群起攻击就是公平的。每个人都有权受到尊重，哪怕是你正生气的人。每一个赞都会让事情闹得更大。

conduct-the-mean-comment-adult-helps = 谢谢你告诉我。这不是打小报告，这是在帮忙。每个人在网上都应该受到尊重。我们一起举报那些评论，再屏蔽那些一直跟着攻击的账号。
conduct-the-mean-comment-talk-it-out = 谢谢你帮我说话。午饭的事也对不起！我不知道你觉得被冷落了。明天和我们坐一起吧？

conduct-the-mean-comment-posted = 你的评论得到了 12 个赞。别人也跟着学：“对，假朋友！”很快就变成了群起攻击。在学校，{ $friend }都不看你一眼。
conduct-the-mean-comment-fix-it = 哎呀。你的话传得比你想的远多了。但你还是可以帮忙弥补。你会怎么做？
conduct-the-mean-comment-choice-sorry-tell = 删掉它，道歉，并告诉{ $adult }
conduct-the-mean-comment-feedback-sorry-tell = 这就是弥补的办法！道歉需要勇气，大人也能帮忙制止群起攻击。每个人都会犯错，重要的是去改正。
conduct-the-mean-comment-choice-delete-quiet = 删掉我的评论，什么也不说
conduct-the-mean-comment-feedback-delete-quiet = 删掉有一点帮助，别人就不会再照着学了。但已经有人学了，{ $friend }还是很难过。道歉并告诉大人能做得更多。
conduct-the-mean-comment-choice-leave-up = 留着它。大家都同意我。
conduct-the-mean-comment-feedback-leave-up = 学习的机会：很多人一起参与时，好像就没什么了。但{ $friend }有权受到尊重，那些话还在伤害着对方。

conduct-the-mean-comment-sorry-talk = 那条评论真的让我很难过。不过谢谢你道歉。我不知道午饭时你觉得被冷落了。我们能重新开始吗？

conduct-the-mean-comment-end-safe = 你停了一停，为{ $friend }说话，还把事情说开了。刻薄的评论删掉了，你们的友谊也更牢固了。做得好！
conduct-the-mean-comment-end-mixed = 有些伤害停下了，但刻薄的评论还在增加，也没有信任的大人知道。举报并告诉大人，能彻底制止群起攻击。
conduct-the-mean-comment-end-recovered = 你犯了错，然后弥补了它。你的道歉起了作用，{ $adult }也在帮忙制止群起攻击。下次发帖前先停一停！
conduct-the-mean-comment-end-harmful = 群起攻击越来越厉害，{ $friend }非常难受。网上的话可能会留很久。道歉并告诉信任的大人，永远不会太晚。
