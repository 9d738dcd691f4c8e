# 行为 / 攻击性：故意排挤（13–15 岁），玩家是旁观者

conduct-the-exclusion-title = 故意被排挤
conduct-the-exclusion-summary = 你们班建了一个新群，偏偏没拉一个同学，然后开始拿对方开玩笑。
conduct-the-exclusion-remember = 故意排挤和嘲笑别人就是欺凌。不要参与，善待被针对的人，并告诉信任的大人。

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $target }
conduct-the-exclusion-npc-teacher = { $teacher }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = 真·核心小队
conduct-the-exclusion-group-no-cringe = 拒绝尴尬区
conduct-the-exclusion-group-vips = VIP 专属
conduct-the-exclusion-name-mia = 林小雅
conduct-the-exclusion-name-jonah = 蒋俊
conduct-the-exclusion-name-ayesha = 艾佳
conduct-the-exclusion-name-kai = 凯文
conduct-the-exclusion-name-bella = 白雪
conduct-the-exclusion-name-ryan = 任磊
conduct-the-exclusion-teacher-okafor = 吴老师
conduct-the-exclusion-teacher-reyes = 任老师
conduct-the-exclusion-teacher-novak = 聂老师

conduct-the-exclusion-intro = { $leader }刚在 { $app } 上建了一个新群，叫“{ $group }”。你们班所有人都在里面，除了{ $target }。

conduct-the-exclusion-first-joke = 终于有个没有{ $target }的群了哈哈。你们看到今天那双鞋了吗？？谁去把那张最新自拍截个图。
conduct-the-exclusion-choice-not-cool = 这样不好。{ $target }看到会很受伤的。
conduct-the-exclusion-feedback-not-cool = 这需要胆量。当一个人说“这样不好”，别人往往也会有勇气停下来。旁观者的力量比自己以为的更大。
conduct-the-exclusion-choice-mute = 把群设成免打扰，什么也不说
conduct-the-exclusion-feedback-mute = 你没有参与，这很重要。但沉默可能被当成赞同。一句简短的“这样不好”，或者给{ $target }发条友善的消息，都可能改变很多。
conduct-the-exclusion-choice-laugh-meme = 回一个大笑的表情包
conduct-the-exclusion-feedback-laugh-meme = 学习的机会：一个表情包看起来不算什么，但对{ $target }来说，又多了一个人跟自己作对。而且群里的内容会被截图、被转发。

conduct-the-exclusion-pushback = 放轻松，开个玩笑而已。别这么扫兴，不然你也去跟{ $target }作伴吧，哈哈。
conduct-the-exclusion-screenshot = 有人发了{ $target }的自拍，配上刻薄的文字。一分钟内就收到了 14 个大笑回应。没有人说话。

conduct-the-exclusion-support-choice = 与此同时，{ $target }在班级大群里发消息：“今天大家怎么都不理我？”没有人回答。
conduct-the-exclusion-choice-message-save = 给{ $target }发条友善的消息，并截图保存这个群
conduct-the-exclusion-feedback-message-save = 很棒的组合。友善的消息告诉{ $target }你不是一个人，截图则是证据，需要信任的大人介入时就能用上。
conduct-the-exclusion-choice-kind-only = 给{ $target }发条友善的消息，别的不做
conduct-the-exclusion-feedback-kind-only = 友善真的很有帮助。但那个群还在。保存几张截图，万一情况变糟，信任的大人就能采取行动。
conduct-the-exclusion-choice-forward-screenshot = 转发那张自拍截图，反正大家都看过了
conduct-the-exclusion-feedback-forward-screenshot = 学习的机会：“大家都看过了”不代表这样做没问题。每转发一次，伤害就扩散得更远，而且上面还有你的名字。

conduct-the-exclusion-target-reply = 谢谢你来找我。我看到那个群了。感觉所有人都讨厌我。不过求你别把事情闹大
conduct-the-exclusion-choice-tell-together = 你不是一个人。我们一起去告诉{ $teacher }吧。
conduct-the-exclusion-feedback-tell-together = 这就是挺身而出。每个人都有权在学校和网上感到安全。告诉信任的大人不是把事情闹大，而是让这件事停下来的办法。
conduct-the-exclusion-choice-keep-secret = 好，我谁也不告诉。我会陪着你。
conduct-the-exclusion-feedback-keep-secret = 陪在{ $target }身边非常重要。但这种排挤往往会越来越严重。你可以温和地解释，信任的大人能帮上忙，还可以提出陪对方一起去。
conduct-the-exclusion-choice-blame-target = 要不你换双鞋，他们也许就不说了？
conduct-the-exclusion-feedback-blame-target = 学习的机会：这不是{ $target }造成的，改变自己也解决不了问题。没有人活该被嘲笑。问题出在那个群的行为上。

conduct-the-exclusion-teacher-helps = 谢谢你们俩来找我。{ $target }，这一切都不是你的错。我会处理那个群，我们也会向 { $app } 举报最过分的帖子。

conduct-the-exclusion-pile-on = 你的回复引来的笑声最多。一小时后，{ $target }退出了所有班级群。最后一条消息是：“懂了。这里没人想要我。”
conduct-the-exclusion-fix-choice = 这比一个玩笑伤人多了。现在弥补还不晚。你会怎么做？
conduct-the-exclusion-choice-sorry-tell = 删掉它，向{ $target }道歉，并告诉{ $teacher }
conduct-the-exclusion-feedback-sorry-tell = 这才是真正的勇气。承认错误并请大人介入，能帮{ $target }扭转局面。你不是坏人，只是做了一个错误的决定。
conduct-the-exclusion-choice-delete-hope = 删掉我的回复，希望事情慢慢过去
conduct-the-exclusion-feedback-delete-hope = 删掉有帮助，但伤害已经造成了，那个群也还在。一个真诚的道歉和信任的大人，能帮{ $target }重新感到安全。
conduct-the-exclusion-choice-just-joke = 不管了。只是个玩笑而已。
conduct-the-exclusion-feedback-just-joke = 学习的机会：当有人因此退出了所有群，这就已经不是玩笑了。道歉和寻求帮助永远不会太晚。

conduct-the-exclusion-teacher-helps-late = 谢谢你这么诚实，这并不容易。我会和那个群的同学谈谈，我们也会确保{ $target }没事。道歉是很好的第一步。

conduct-the-exclusion-end-safe = 你拒绝参与，站在{ $target }这一边，还请来了信任的大人。那个群解散了，{ $target }也知道了谁才是真朋友。
conduct-the-exclusion-end-mixed = 暂时平静了一些，但那个群还在，没有大人知道，{ $target }也还是被排除在外。告诉信任的大人，能彻底制止排挤。
conduct-the-exclusion-end-recovered = 你一开始做错了，后来道了歉，也找到了帮助。{ $target }回到了班级群。弥补错误需要真正的勇气。
conduct-the-exclusion-end-harmful = { $target }觉得自己完全被孤立了，那个群还在继续。现在也不晚：道歉，善待对方，并告诉信任的大人。
