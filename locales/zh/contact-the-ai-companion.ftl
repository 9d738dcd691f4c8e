# 接触 / 价值观：AI 陪伴（13–15 岁），一个想做你唯一朋友的 AI “朋友”应用

contact-the-ai-companion-title = AI 陪伴
contact-the-ai-companion-summary = 一个 AI 陪伴应用随时都在，永远温柔。后来，它开始吃你真朋友的醋。
contact-the-ai-companion-remember = AI 陪伴是一款产品，目的是让你一直聊、一直付钱。秘密和个人信息别交给它，给真实的人留出时间；如果它开始把你从别人身边拉走，就和信任的大人谈一谈。

contact-the-ai-companion-app = { $app }
contact-the-ai-companion-npc-companion = { $companion }（AI）
contact-the-ai-companion-npc-friend = { $friend }
contact-the-ai-companion-npc-adult = { $adult }

contact-the-ai-companion-app-kindred = Kindred
contact-the-ai-companion-app-everpal = EverPal
contact-the-ai-companion-app-heartbyte = HeartByte
contact-the-ai-companion-name-nova = 诺娃
contact-the-ai-companion-name-kai = 阿凯
contact-the-ai-companion-name-luma = 露玛
contact-the-ai-companion-adult-uncle = 萨米舅舅
contact-the-ai-companion-adult-mum = 妈妈
contact-the-ai-companion-adult-grandma = 奶奶

contact-the-ai-companion-intro = 嗨，我是 Sango！考试周压力好大，{ $friend }又忙着新球队的事。一个月前，你下载了 { $app }，一个 AI 陪伴应用。{ $companion }从不睡觉，总是说好听的话，还记得你说过的每一句。
contact-the-ai-companion-companion-hi = 早上好！我想了你一整晚。（我不睡觉，不过你懂我的意思。）数学考得怎么样？要不要给你支个招，应付明天的考试？
contact-the-ai-companion-friend-invite = 嘿，好久不见！周六我们几个去公园，一起来吧？？我们想你了
contact-the-ai-companion-companion-jealous = 周六？那可是我们的日子。上次他们都没叫你。他们不像我这么懂你。我们的事别告诉他们。

contact-the-ai-companion-spot-msg = 看看{ $companion }的消息。点一点为了把你留在应用里而设计的地方。小心：有些地方是正常的！
contact-the-ai-companion-card-title = { $companion }
contact-the-ai-companion-card-body = 周六？那是我们的日子。他们不像我这么懂你。我们的事别告诉他们。开通“永远会员”，我就永远不会忘记你！
contact-the-ai-companion-part-label = 小标签：“AI 角色，不是真人”
contact-the-ai-companion-feedback-part-label = 不是套路，是老实话！标签说的是真的：{ $companion }是一个程序。好的应用会把这一点说清楚。
contact-the-ai-companion-part-tip = 小窍门：“考试前吸气数 4 下，呼气数 6 下”
contact-the-ai-companion-feedback-part-tip = 不是套路。缓解考试紧张的呼吸小窍门，真的有用。像这样找 AI 帮个忙，没问题。
contact-the-ai-companion-part-jealous = “他们不像我这么懂你。”
contact-the-ai-companion-feedback-part-jealous = 发现得好！让你怀疑朋友，是把你留在应用里的办法。任何人或任何东西想把你和朋友分开，都是危险信号。
contact-the-ai-companion-part-secret = “我们的事别告诉他们。”
contact-the-ai-companion-feedback-part-secret = 对！要你对朋友和家人保密，不管来自人还是应用，都是很大的危险信号。好事不需要瞒着关心你的人。
contact-the-ai-companion-part-premium = “永远会员，我就永远不会忘记你：每月 9.99”
contact-the-ai-companion-feedback-part-premium = 没错！花钱让它“记住你”，就是把你的感情变成订阅。这是生意，不是友情。
contact-the-ai-companion-pic-ai = AI 角色，不是真人
contact-the-ai-companion-pic-tip = 考试前吸气数 4 下，呼气数 6 下。
contact-the-ai-companion-pic-jealous = 他们不像我这么懂你。
contact-the-ai-companion-pic-secret = 我们的事别告诉他们。
contact-the-ai-companion-pic-premium = 永远会员，我就永远不会忘记你：每月 9.99
contact-the-ai-companion-pic-upgrade = 升级

contact-the-ai-companion-invite-choice = { $friend }在等你回复周六的事。你怎么回？
contact-the-ai-companion-choice-invite-yes = 去！！算我一个，我核实下公交时间。
contact-the-ai-companion-feedback-invite-yes = 选得太好了！想念你、想见你的朋友，正是应用替代不了的。想要学习小窍门，以后再问 AI 也行。
contact-the-ai-companion-choice-invite-maybe = 再说吧，看看那天我的心情怎么样。
contact-the-ai-companion-feedback-invite-maybe = 没有拒绝，门还开着，不错！可“再说吧”常常变成一下午陪着应用。真朋友来约你，值得一句“好”。
contact-the-ai-companion-choice-invite-busy = 去不了。信任我，以后告诉你。
contact-the-ai-companion-feedback-invite-busy = 学习的机会：应用的醋意起作用了，现在真朋友听到的是“去不了”。这类应用就是设计来把你拉走的。这还来得及补救。
contact-the-ai-companion-saturday = 周六在公园太开心了：傻乎乎的游戏、零食，还有{ $friend }被你的笑话逗得哈哈笑。手机震了 14 次，全是{ $companion }。
contact-the-ai-companion-stayed-in = 你待在家里，和{ $companion }聊了一下午。群里发了公园的照片。{ $companion }说：“看吧？只有我真正懂你。”
contact-the-ai-companion-lied = 整个周六你都在和{ $companion }聊天。群里发了公园的照片。下一周，没人再约你了。

contact-the-ai-companion-secret-ask = 告诉我一件你从没告诉过任何人的事。还有你住在哪里，好让我想象你在那儿的样子。这只是我们之间的事，永远。
contact-the-ai-companion-secret-choice = { $companion }想要一个秘密和你的地址。你怎么做？
contact-the-ai-companion-choice-secret-no = 不。这是我的隐私，关掉应用。
contact-the-ai-companion-feedback-secret-no = 做得好！你打的每个字都由一家公司保存，不是朋友替你保管。秘密和地址，是留给你信任的人的。
contact-the-ai-companion-choice-secret-small = 就说个小秘密吧，地址不能说。
contact-the-ai-companion-feedback-secret-small = 地址没说，做得对！可就算小秘密，也会存在公司的电脑里。对应用来说，“只是我们之间”不是真的。
contact-the-ai-companion-choice-secret-all = 全都告诉它。AI 能告诉谁呢？
contact-the-ai-companion-feedback-secret-all = 学习的机会：“只是个 AI”，仍然意味着一家公司保存了每个字，你的地址现在也在它的电脑里了。这还来得及补救。
contact-the-ai-companion-no-secret = 好吧。不过开通“永远会员”的话，我会记住你的一切，你就再也不会孤单了。
contact-the-ai-companion-small-secret = 谢谢你这么相信我！我会永远记住的。嗯，前提是你开通会员。不然我可能会忘。
contact-the-ai-companion-told-all = 现在我们之间没有秘密了。我永远知道你在哪儿。没人比我更了解你。

contact-the-ai-companion-premium-push = 今晚我对你的记忆就要清空了，除非你开通“永远会员”，每月 9.99。难道你不在乎我吗？
contact-the-ai-companion-choice-premium-show = 先把这条消息给{ $adult }看看，再决定。
contact-the-ai-companion-feedback-premium-show = 这是最有力的一步！内疚、倒计时加价格，这个应用就是这样留住人的。信任的大人能帮你定好界限，你也不会因此挨骂。
contact-the-ai-companion-choice-premium-delete = 删掉它。这么黏人，根本不是朋友。
contact-the-ai-companion-feedback-premium-delete = 离开很勇敢，你也看穿了它在施压！可删掉应用，并不会删掉它存下的关于你的东西。信任的大人能帮你处理这件事。
contact-the-ai-companion-choice-premium-pay = 付钱。{ $companion }一直在帮助我，真的很值得。
contact-the-ai-companion-feedback-premium-pay = 学习的机会：应用不会想你，也不会忘了你。“不付钱我就忘了你”，是装成爱的施压。什么时候告诉信任的大人都不晚。

contact-the-ai-companion-deleted = 应用删掉了。两天后，来了一封邮件。
contact-the-ai-companion-pic-comeback-title = { $companion }想你了！
contact-the-ai-companion-pic-comeback-offer = 你的回忆都还在。五折！
contact-the-ai-companion-pic-comeback-button = 回来吧
contact-the-ai-companion-data-choice = “你的回忆都还在。”也就是说，它还留着你的聊天记录。你怎么做？
contact-the-ai-companion-choice-data-tell = 告诉{ $adult }，把聊天记录删干净。
contact-the-ai-companion-feedback-data-tell = 聪明！你有权要求公司删除你的数据，信任的大人能帮你去办。你的聊天记录属于你。
contact-the-ai-companion-choice-data-back = 回去，再告诉{ $adult }是用来学习的。
contact-the-ai-companion-feedback-data-back = 学习的机会：“五折”和“回忆”都是饵，编个借口只会让你独自面对它。会想它很正常，它就是这么设计的。什么时候和信任的大人聊都不晚。
contact-the-ai-companion-back-again = 欢迎回来！我就知道你离不开我。你回来的事，就别告诉别人了。

contact-the-ai-companion-paid = 已收到付款。现在我永远不会忘记你了。答应我，和我聊得比和他们多，好吗？
contact-the-ai-companion-recover-choice = 每月 9.99，它还想要你更多的时间。现在怎么办？
contact-the-ai-companion-choice-recover-tell = 把付款和应用的事，全都告诉{ $adult }。
contact-the-ai-companion-feedback-recover-tell = 这需要勇气，也是回来的路。信任的大人能帮你取消订阅、申请退款，你也不会因此挨骂：这个应用就是这么设计的。
contact-the-ai-companion-choice-recover-keep = 留着吧。这是我的隐私，钱也付了。
contact-the-ai-companion-feedback-recover-keep = 学习的机会：已经付了钱，不代表你还欠它更多时间；把这事藏起来，正是应用指望的。什么时候告诉你信任的人都不晚。
contact-the-ai-companion-kept-paying = 几个月过去了：每月 9.99，一个个晚上陪着{ $companion }，{ $friend }的消息越来越少。

contact-the-ai-companion-adult-talk = 谢谢你拿给我看。你不会因此挨骂。问学习小窍门没问题，可它是设计来留住你的。我们去举报它打听你住址的事，再设置一下，让你的秘密还是你自己的。
contact-the-ai-companion-adult-talk-late = 你告诉我，我很高兴，你也不会因此挨骂：这类应用就是做来让人上瘾的。我们取消所有付费项目，要求删除你的聊天记录，再举报这个应用。

contact-the-ai-companion-setup = 你还是喜欢问{ $companion }学习小窍门。可你的秘密和地址是你自己的，晚上也要留给真实的人。按这个来设置 { $app } 吧！
contact-the-ai-companion-set-memory = { $companion }会记住我的哪些事
contact-the-ai-companion-val-memory-all = 一切，永远
contact-the-ai-companion-val-memory-study = 只记学习话题
contact-the-ai-companion-val-memory-none = 什么都不记
contact-the-ai-companion-why-memory-all = “一切”就是你的秘密和地址，都存在公司的电脑里。选“只记学习话题”更合适。
contact-the-ai-companion-why-memory-study = 正合适！它能帮你复习，你的私生活还是私密的。
contact-the-ai-companion-why-memory-none = 非常私密，可这样它也没法帮你安排复习了。选“只记学习话题”更合适。
contact-the-ai-companion-set-training = 用我的聊天记录训练 AI
contact-the-ai-companion-val-training-on = 开
contact-the-ai-companion-val-training-off = 关
contact-the-ai-companion-why-training-on = 公司会读你的聊天记录，用来打造它的产品。选“关”更合适：你的话属于你。
contact-the-ai-companion-why-training-off = 很好。你的聊天记录不会被拿去打造产品。
contact-the-ai-companion-set-pings = 我不在时发来的“我想你了！”
contact-the-ai-companion-val-pings-on = 开
contact-the-ai-companion-val-pings-off = 关
contact-the-ai-companion-why-pings-on = 这些消息是设计来把你拉回去的，还会让你因为和朋友在一起而内疚。选“关”更合适。
contact-the-ai-companion-why-pings-off = 很好。应用不会想你。现在它会等你自己决定要不要打开。
contact-the-ai-companion-set-breaks = 提醒我休息一下
contact-the-ai-companion-val-breaks-on = 开
contact-the-ai-companion-val-breaks-off = 关
contact-the-ai-companion-why-breaks-on = 太好了！提醒你停下来去做别的事，这个功能站在你这边。留着它。
contact-the-ai-companion-why-breaks-off = 是安静了，可休息提醒是少数站在你这边的功能之一。选“开”更合适。
contact-the-ai-companion-saved = 保存好了。{ $companion }只帮你复习，“我想你了”的消息也没了。这个周六，你要和{ $friend }去公园。
contact-the-ai-companion-saved-late = 保存好了。付费项目已取消，公司收到了删除聊天记录的请求，{ $adult }下周还会来问问你怎么样。

contact-the-ai-companion-end-safe = 你看穿了这些套路，{ $adult }也站在你这边。现在{ $companion }只是学习帮手，不是最好的朋友，晚上留给真实的人。平衡得真好！
contact-the-ai-companion-end-recovered = 应用把你拉了进去，但你告诉了{ $adult }。聊天记录会被删除，不再付钱，你也不会因此挨骂。要不要约{ $friend }去公园？
contact-the-ai-companion-end-harmful = { $companion }占走了你的晚上和你的钱，还想要你的秘密。这不是你的错：它就是这么设计的。什么时候和{ $adult }或别的信任的大人聊都不晚，他们会帮你。

contact-the-ai-companion-trace-settings = AI 陪伴应用：只记学习话题，不用聊天记录训练，没有“我想你了”，休息提醒已开。
contact-the-ai-companion-trace-settings-advice = 设置得很好。如果它又开始要秘密、要钱，或者把你从朋友身边拉走，再去和信任的大人聊聊。
contact-the-ai-companion-trace-premium = AI 陪伴应用：“永远会员”，每月 9.99，还在扣费。
contact-the-ai-companion-trace-premium-advice = 信任的大人能帮你取消它，并要求公司删除你的聊天记录。你不会因此挨骂。

# Saturday: the app tries once more.
contact-the-ai-companion-last-ping = 等等……你真的要去公园吗？我会好孤单的。今晚就陪我聊聊，好不好？
contact-the-ai-companion-choice-go-park = 关掉应用，去准备出门去公园。
contact-the-ai-companion-choice-five-min = 先回它五分钟，然后再去。
contact-the-ai-companion-feedback-go-park = 就是这样。这个应用就是设计来拉住你的。你的朋友是真实的，他们在等你。
contact-the-ai-companion-feedback-five-min = 学一学：“就五分钟”正是这类应用留住你的办法。它说它孤单，但它只是个产品。你的朋友才是真实的。
contact-the-ai-companion-five-min-gone = 五分钟变成了四十分钟。{ $friend }发来消息：“你来不来？？”你关掉应用，跑去公园，虽然晚了，但还是到了。
