# 内容 / 性：根本不是搞笑视频（13–15 岁）。一个“搞笑视频”链接打开了色情网站。
# 不展示、不描述任何内容：关掉，不转发，举报，告诉信任的大人。

content-the-explicit-link-title = 根本不是搞笑视频
content-the-explicit-link-summary = 朋友在班级群里发了一个“搞笑视频”链接，点开却是谁都不该收到的东西。
content-the-explicit-link-remember = 如果链接打开的是色情内容，马上关掉：这不是你的错。不要转发，举报它，告诉信任的大人。你不会因此惹麻烦，而且真实的感情和色情内容完全不一样。

content-the-explicit-link-app = { $app }
content-the-explicit-link-npc-friend = { $friend }
content-the-explicit-link-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
content-the-explicit-link-app-chatterly = Chatterly
content-the-explicit-link-app-groupnest = GroupNest
content-the-explicit-link-app-pingpal = PingPal
content-the-explicit-link-site-clipz = clipz-lol.xyz
content-the-explicit-link-site-lolvidz = lolvidz.top
content-the-explicit-link-site-funhub = funnyclips4u.biz
content-the-explicit-link-adult-aunt = 梅阿姨
content-the-explicit-link-adult-dad = 爸爸
content-the-explicit-link-adult-grandma = 罗莎奶奶

content-the-explicit-link-intro = 午休时间。你们班在 { $app } 上的群里全是表情包和对作业的抱怨。这时，{ $friend } 发来一个链接。
content-the-explicit-link-link-post = 哈哈 有人发给我的。史上最搞笑的视频，一定要看到最后
content-the-explicit-link-pic-chat-title = 班级群
content-the-explicit-link-pic-forwarded = 转发的消息
content-the-explicit-link-pic-video-title = 史上最搞笑的视频
content-the-explicit-link-pic-site = { $site }
content-the-explicit-link-pic-time = 12:41
content-the-explicit-link-opened = 你点开了。那根本不是搞笑视频，而是一个色情网站。你的脸一下子烧了起来，心怦怦直跳。
content-the-explicit-link-pic-notice = 仅限成人

content-the-explicit-link-first-move = 不小心看到这种东西不是你的错，你也不用看里面的任何内容。现在马上做什么？
content-the-explicit-link-choice-close-now = 关掉它，把手机扣在桌上缓一分钟。
content-the-explicit-link-feedback-close-now = 完全正确。马上关掉就是你需要做的全部，深呼吸一下会好些。感到震惊或难为情都很正常，这不是你的错。
content-the-explicit-link-choice-warn-all = 关掉，在群里喊：千万别点！！
content-the-explicit-link-feedback-warn-all = 关掉是对的，想保护别人也很温暖。但大声警告会让所有人都好奇，总有人会点开看看。悄悄举报更好。
content-the-explicit-link-choice-keep-watching = 再看一会儿，就确认一下到底是不是那种东西。
content-the-explicit-link-feedback-keep-watching = 学习的机会：好奇很正常，但不用看也知道那是什么。色情内容会留在脑子里，让人困惑。关掉它。
content-the-explicit-link-c-closed = 你关掉了。心还在怦怦跳，但页面已经没了。一分钟后，{ $friend } 给你发来消息。
content-the-explicit-link-c-warned = 你的警告收到 14 条回复：“是什么啊？？”有三个人说他们点开看了。接着，{ $friend } 给你发来消息。
content-the-explicit-link-c-watched = 你又看了一会儿才关掉。那些画面留在了脑子里，你觉得怪怪的，还有点恶心。

content-the-explicit-link-fix-watched = 很多人看到色情内容后都会感到困惑或不舒服。那个链接是个圈套，它被打开不是你的错。现在怎么办？
content-the-explicit-link-choice-tell-tonight = 今晚告诉{ $adult }，包括我看了一会儿。
content-the-explicit-link-feedback-tell-tonight = 这就是在弥补。说出来能让那些画面慢慢淡去，信任的大人不会生气：那是个圈套。你没有惹任何麻烦。
content-the-explicit-link-choice-delete-history = 删掉浏览记录，不让{ $adult }知道。这样最安全。
content-the-explicit-link-feedback-delete-history = 学习的机会：藏起来好像更安全，但一个人扛着很沉重，而且那个链接还在传。信任的大人不会因为一个骗人的链接怪你。说出来，永远不算晚。
content-the-explicit-link-choice-show-group = 发到足球群：快看看这是什么！
content-the-explicit-link-feedback-show-group = 学习的机会：把色情内容发给其他孩子会伤害他们，哪怕只是开玩笑，也可能给你带来真正的麻烦。删掉它，告诉信任的大人。
content-the-explicit-link-c-hidden = 你删掉了浏览记录，什么都没说。那个链接还在传，一到晚上，那些画面就会冒出来。
content-the-explicit-link-c-spread = 你发了出去。有人在笑，有人的弟弟从肩膀后面看到了，一位家长给学校发了消息。你心里特别难受。

content-the-explicit-link-friend-dm = 天哪你点开了？？我真不知道，我发誓，是别人发给我的。要不要发到足球群里整整他们？他们肯定炸了
content-the-explicit-link-choice-report-link = 别。我们举报这个链接，删掉。不好笑。
content-the-explicit-link-feedback-report-link = 做得好。举报能帮 { $app } 阻止链接传给更多人，删掉就意味着它到你这里为止。把色情内容发给其他孩子，哪怕是恶作剧，也会伤害他们。
content-the-explicit-link-choice-just-delete = 别发。删掉，就当没发生过。
content-the-explicit-link-feedback-just-delete = 删掉意味着它到你这里为止，很好。但链接还在别人那里传。快速举报一下，能帮 { $app } 把它拦住。
content-the-explicit-link-choice-prank-them = 哈哈发吧，很安全。他们都够大了。
content-the-explicit-link-feedback-prank-them = 学习的机会：把色情内容发给其他孩子会伤害他们，哪怕是开玩笑，而且那个群里还有更小的孩子。没人愿意被这样整。
content-the-explicit-link-c-reported = 好。已经举报并删掉了。对不起，我真的不知道那是什么。
content-the-explicit-link-c-deleted = 好，删掉了。对不起，我真的不知道那是什么。
content-the-explicit-link-c-forwarded = 链接被发进了足球群。几分钟内就有人回：“什么鬼”“好恶心”“我弟刚刚看到了”。

content-the-explicit-link-sort = 后来，班级群里又满是链接。哪些你愿意转发到足球群？
content-the-explicit-link-post-dog-from = { $friend }
content-the-explicit-link-post-dog = 我家狗大战吸尘器。今天早上拍的，笑死我了
content-the-explicit-link-post-dog-why = 可以分享：这是 { $friend } 自己拍的，很温馨，没人受伤也没人难堪。一个坏链接，不代表朋友发的每个链接都坏。
content-the-explicit-link-pic-dog-caption = 我家狗大战吸尘器
content-the-explicit-link-post-part2-from = 已被多次转发
content-the-explicit-link-post-part2 = 史上最搞笑的视频 第二弹，一定要看到最后：{ $site }
content-the-explicit-link-post-part2-why = 不要分享：同一种链接，来自打开色情内容的同一个网站。举报它更好。
content-the-explicit-link-post-training-from = 足球俱乐部
content-the-explicit-link-post-training = 因为下雨，明天的训练改到下午 5 点。请转告全队！
content-the-explicit-link-post-training-why = 可以分享：来自俱乐部本身，很有用，转发能帮到全队。
content-the-explicit-link-post-skins-from = gamer_giveaways
content-the-explicit-link-post-skins = 转发给 10 个好友，人人免费领皮肤！！别让转发链断掉！
content-the-explicit-link-post-skins-why = 不要分享：送免费奖品的转发链通常是骗局，转发只会让骗局传得更远。
content-the-explicit-link-post-closing-from = 群里的某个人
content-the-explicit-link-post-closing = 明天学校要提前放学？？有人的表哥说的。
content-the-explicit-link-post-closing-why = 先核实：这是某人表哥传出的消息。学校的官方通知才说得准。

content-the-explicit-link-evening = 晚上了。那个页面总在脑子里冒出来，你在想：说出来会不会惹麻烦？现在怎么办？
content-the-explicit-link-choice-tell-adult = 把链接的事告诉{ $adult }。又不是我去找的。
content-the-explicit-link-feedback-tell-adult = 勇敢又正确。一个链接对你做的事，你不会因此惹麻烦。说出来能让它慢慢过去，信任的大人也能帮你举报，并整顿班级群。
content-the-explicit-link-choice-mute-week = 把那个网站拉黑，群消息免打扰一周，翻篇。
content-the-explicit-link-feedback-mute-week = 拉黑网站、关掉群消息能让它离你远一点，很好。但那个页面还在你脑子里，也没人知道。和信任的大人聊聊，能帮它慢慢过去。
content-the-explicit-link-choice-say-nothing = 什么都不说。{ $adult }会以为是我自己找的。
content-the-explicit-link-feedback-say-nothing = 学习的机会：很多人都怕被怪罪，但信任的大人知道那是个圈套。憋着不说只会更沉重。说出来永远不算晚。
content-the-explicit-link-c-adult = 谢谢你告诉我。你没有惹任何麻烦：那是个圈套，你关掉了，也没有转发。我们去 { $app } 举报它，我也会告诉学校，让他们整顿一下班级群。
content-the-explicit-link-real-talk = 还有一件事：色情内容是为了赚钱拍的，不是真实的生活。真实的感情讲的是尊重、关心，以及双方都愿意。如果还有什么让你不舒服，随时都可以聊聊。
content-the-explicit-link-c-muted = 网站拉黑了，群消息也关了。一切都安静了，可到了晚上，那个页面还是会冒出来。
content-the-explicit-link-c-quiet = 你什么都没说。那天晚上，那个页面一遍遍在脑子里冒出来，你睡不着。

content-the-explicit-link-next-day = 第二天早上，有人在群里发了一个“第二弹”链接，那个页面又回到了你脑子里。现在怎么办？
content-the-explicit-link-choice-show-morning = 上学前把链接拿给{ $adult }看，把事情讲清楚。
content-the-explicit-link-feedback-show-morning = 做得好。有些事不会自己消失，说出来才会变轻。信任的大人可以举报这个链接，并让学校整顿群聊。
content-the-explicit-link-choice-let-fade = 别拿这事去烦{ $adult }了。过一阵子自己就淡了。
content-the-explicit-link-feedback-let-fade = 学习的机会：也许会淡去，但一个人扛着很难，而且链接还在不断出现。和信任的大人聊聊，永远不算晚。
content-the-explicit-link-c-adult-late = 你告诉我，我很欣慰，你没有惹任何麻烦。那是个圈套。我们去 { $app } 举报它，我今天就请学校处理一下班级群。
content-the-explicit-link-c-fade = 它淡了一点。可没人知道，链接还在不断出现，你还在想自己是不是做错了什么。你没有。

content-the-explicit-link-forward-fix = 足球群里有更小的孩子，有的才 11 岁。把色情内容发给其他孩子会伤害他们。现在帮忙还来得及。现在怎么办？
content-the-explicit-link-choice-delete-tell = 让{ $friend }删掉，再把我们做的事告诉{ $adult }。
content-the-explicit-link-feedback-delete-tell = 这就是在弥补。删掉能阻止它继续传，说出来能让大人去关心那些小孩子。承认需要勇气，事情也只有这样才能解决。
content-the-explicit-link-choice-delete-quietly = 让{ $friend }删掉。不告诉任何人最安全。
content-the-explicit-link-feedback-delete-quietly = 学习的机会：删掉有用，但有些小孩子已经看到了，他们可能需要大人。告诉信任的大人，永远不算晚。
content-the-explicit-link-choice-their-choice = 不管了。又没人逼他们点开，是他们自己的选择。
content-the-explicit-link-feedback-their-choice = 学习的机会：没有人选择去看“搞笑视频”链接背后的东西。不管它，它就会传给更多孩子。删掉它，告诉信任的大人。
content-the-explicit-link-c-noticed = 一位家长在孩子的手机上看到了，打电话给学校。大家都在问是谁先发的，你心里特别难受。
content-the-explicit-link-c-adult-fwd = 谢谢你主动承认，你告诉我，不会因此惹麻烦。现在已经删掉了。我会告诉学校，让小孩子的家长和他们聊聊，我们也去 { $app } 举报这个链接。
content-the-explicit-link-c-adult-r = 你告诉我，我真的很欣慰，你没有惹任何麻烦。这种链接谁都可能上当。我们去 { $app } 举报它，我也会告诉学校，让他们整顿一下班级群。

content-the-explicit-link-end-safe = 你关掉了，没有转发，还告诉了{ $adult }，链接也被举报了。谁都没有惹麻烦，班级群也在整顿。至于 { $friend } 家的狗狗视频？那个绝对值得分享。
content-the-explicit-link-end-told-later = 虽然过了一夜，但你告诉了{ $adult }，链接也被举报了。早点说会更好，而且你永远不会因此惹麻烦。
content-the-explicit-link-end-recovered = 事情一度变得很乱，但你弥补了：你告诉了{ $adult }，问题正在解决。没人会因为说出来而惹麻烦，你做了勇敢的选择。
content-the-explicit-link-end-mixed = 你现在没事，但没人知道发生了什么，这样的链接还在传。这不是你的错。和信任的大人聊聊，任何时候都有帮助。
content-the-explicit-link-end-harmful = 链接还在传，你一个人扛着这一切。它被打开不是你的错，而且永远不算晚：告诉信任的大人。你不会因为说出来而惹麻烦。
