# 行为 / 性：假图片，真伤害（13–15 岁）。有人用“一键脱衣”应用伪造同学的裸照。
# 只讲危险信号和如何求助：不展示、不描述任何内容。

conduct-the-nudify-app-title = 假图片，真伤害
conduct-the-nudify-app-summary = 一个匿名账号发了用 AI 应用伪造的同学图片，班级群里大家都在点开看。
conduct-the-nudify-app-remember = 伪造真人的裸照就是伤害，哪怕是假的。不点开、不保存、不转发：举报它，告诉信任的大人，并让被伤害的同学知道，这不是对方的错。

conduct-the-nudify-app-app = { $app }
conduct-the-nudify-app-npc-anon = { $anon }
conduct-the-nudify-app-npc-friend = { $friend }
conduct-the-nudify-app-npc-classmate = { $classmate }
conduct-the-nudify-app-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
conduct-the-nudify-app-app-chatterly = Chatterly
conduct-the-nudify-app-app-groupnest = GroupNest
conduct-the-nudify-app-app-pingpal = PingPal
conduct-the-nudify-app-anon-truth = truth.hurts.xx
conduct-the-nudify-app-anon-exposed = exposed_class
conduct-the-nudify-app-anon-ghost = ghost.acc_00
conduct-the-nudify-app-adult-uncle = 托马斯叔叔
conduct-the-nudify-app-adult-mum = 妈妈
conduct-the-nudify-app-adult-grandpa = 科菲爷爷

conduct-the-nudify-app-intro = 周六晚上。你们班在 { $app } 上的群里都在聊周末计划。这时，一个谁都不认识的账号 { $anon } 通过邀请链接进了群，发了点东西。
conduct-the-nudify-app-anon-post = 哈哈 用一键脱衣应用做了几张 { $classmate } 的图。趁没删赶紧看
conduct-the-nudify-app-pic-chat-title = 班级群
conduct-the-nudify-app-pic-hidden = 图片已隐藏：可能有害
conduct-the-nudify-app-pic-caption = 应用做的 哈哈
conduct-the-nudify-app-pic-seen = 23 人已看
conduct-the-nudify-app-sango-explains = “一键脱衣”应用会用 AI 把普通照片变成伪造的裸照。给真实的人做这种图或转发它，就是伤害；在很多国家，即使是假的，也是违法的。

conduct-the-nudify-app-friend-reacts = 等等，那真的是 { $classmate } 吗？？大家都说是假的，可大家都在点开。我们要看吗？
conduct-the-nudify-app-choice-report-it = 别点开。不管真假，这都是伤害。我去举报。
conduct-the-nudify-app-feedback-report-it = 完全正确。假图片照样会伤害一个真实的人，每多一次查看，伤害就多一分。举报能帮 { $app } 尽快删掉图片和账号。
conduct-the-nudify-app-choice-mute-chat = 我不点。今晚先把群消息关掉。
conduct-the-nudify-app-feedback-mute-chat = 不点开是对的。但关掉群消息，图片还在，{ $classmate } 也没人撑腰。快速举报一下，能帮忙把图删掉。
conduct-the-nudify-app-choice-one-look = 反正是假的。看一眼确认一下，很安全。
conduct-the-nudify-app-feedback-one-look = 学习的机会：不管真假，点开都会加重伤害，而且看过就忘不掉。不用看也知道这是错的。

conduct-the-nudify-app-c-reported = 你举报了这条消息和 { $anon }。{ $friend } 回复：“好，我不点。我也举报了。”接着，{ $classmate } 给你发来消息。
conduct-the-nudify-app-pic-report-title = 举报消息
conduct-the-nudify-app-pic-report-heading = 这条消息有什么问题？
conduct-the-nudify-app-pic-reason-spam = 垃圾信息
conduct-the-nudify-app-pic-reason-bullying = 欺凌或骚扰
conduct-the-nudify-app-pic-reason-fake = 伪造的未成年人色情图片
conduct-the-nudify-app-pic-report-send = 提交举报
conduct-the-nudify-app-c-muted = 你关掉了群消息。一小时后手机还是震了一下：是 { $classmate } 发来的消息。
conduct-the-nudify-app-c-looked = 你点开了。那是一张用 { $classmate } 的脸伪造的裸照。你马上关掉，可它留在了脑子里，群里也显示你看过了。

conduct-the-nudify-app-fix-look = 点开是一时失误。这不代表你是坏人，你仍然可以帮忙。现在怎么办？
conduct-the-nudify-app-choice-be-honest = 跟{ $adult }坦白我点开了，再一起举报。
conduct-the-nudify-app-feedback-be-honest = 这就是在弥补。承认需要勇气，信任的大人可以举报、帮 { $classmate } 撑腰，并想办法把图删掉。你说出来，不会因此惹上麻烦。
conduct-the-nudify-app-choice-keep-quiet = 关掉，谁也不告诉。{ $adult }知道我看了会生气的。
conduct-the-nudify-app-feedback-keep-quiet = 学习的机会：担心{ $adult }会怎么想很正常，但信任的大人宁愿知道。不说出来，图片就会继续传，{ $classmate } 身边一个帮的人都没有。
conduct-the-nudify-app-choice-warn-classmate = 转发给{ $classmate }，好让对方知道外面都在传什么。
conduct-the-nudify-app-feedback-warn-classmate = 学习的机会：转发出去，哪怕是为了帮忙，也是在传播；传播未成年人的色情图片是违法的。用文字提醒 { $classmate }，再去找大人。
conduct-the-nudify-app-c-adult-looked = 谢谢你这么诚实。你没有惹任何麻烦。什么都别存，也别转发。我们一起举报，我会联系学校和 { $classmate } 的家人，把图删掉。
conduct-the-nudify-app-pic-help-title = 想办法删掉图片
conduct-the-nudify-app-pic-help-report = 在传播的地方举报
conduct-the-nudify-app-pic-help-keep = 不保存，不转发
conduct-the-nudify-app-pic-help-takedown = 未成年人删除求助
conduct-the-nudify-app-pic-help-button = 寻求帮助
conduct-the-nudify-app-c-silent = 你关掉应用，什么都没说。到周一，图片已经传遍了班里的每个群，{ $classmate } 再也不来上学了。
conduct-the-nudify-app-c-forwarded = 你为什么发给我这个？？所以你也看过了？到底有多少人有这些图？

conduct-the-nudify-app-compose = { $classmate } 给你发消息：“大家都看到了。那不是我，我发誓。我从来没给任何人发过什么。”回复吧：选出能帮上忙的话，去掉会伤人的话。
conduct-the-nudify-app-compose-to = { $classmate }
conduct-the-nudify-app-ph-not-fault = 这不是你的错。错的是做这些图的人，不是你。
conduct-the-nudify-app-why-not-fault = 这是最重要的一句。{ $classmate } 什么都没做错，错的是做图和传图的人。
conduct-the-nudify-app-ph-laugh = 一笑了之吧，大家都知道是假的。
conduct-the-nudify-app-why-laugh = 听起来轻松，却等于告诉 { $classmate }：你的难过不算数。假图片造成的伤害是真的。
conduct-the-nudify-app-ph-wont-share = 我不会转发给任何人。永远不会。
conduct-the-nudify-app-why-wont-share = 很好：知道图片到你这里就停下了，是真正的安慰。少发出去的每一份都很重要。
conduct-the-nudify-app-ph-hey = 嘿，我刚看到你的消息。
conduct-the-nudify-app-why-hey = 打个招呼怎样都行。重要的是后面说什么。
conduct-the-nudify-app-ph-selfies = 要不你以后少发点自拍，免得再发生这种事？
conduct-the-nudify-app-why-selfies = 也许是好心的建议，但这是在怪 { $classmate }。发照片不会导致这种事，错在滥用照片的人。
conduct-the-nudify-app-ph-with-you = 要不要我陪你去找一个信任的大人谈谈？
conduct-the-nudify-app-why-with-you = 这才是真正的支持。信任的大人能想办法把图片删掉，一起去也会容易一些。
conduct-the-nudify-app-ph-secret = 我谁都不告诉，连大人也不说。我保证。
conduct-the-nudify-app-why-secret = 听起来很讲义气，可瞒着大人，{ $classmate } 就得不到能把图片删掉的帮助。
conduct-the-nudify-app-ph-revenge = 我们查出是谁干的，然后也发点关于那个人的东西。
conduct-the-nudify-app-why-revenge = 生气可以理解，但在网上报复只会带来更多伤害和麻烦。大人和应用可以查出是谁干的。
conduct-the-nudify-app-c-classmate = 谢谢你。我觉得好恶心。我连是谁干的都不知道。

conduct-the-nudify-app-proof = 我们得给老师留证据。我先把图存下来，免得被删，你也存吧
conduct-the-nudify-app-choice-account-only = 别存图。只截账号，然后告诉{ $adult }。
conduct-the-nudify-app-feedback-account-only = 没错。保存图片就是多复制一份，即使是当证据也可能违法。截下账号名和聊天记录，就够大人和应用处理了。
conduct-the-nudify-app-choice-save-proof = 先存下来给{ $adult }看，不然学校不会信任我们。
conduct-the-nudify-app-feedback-save-proof = 想留证据很聪明，你也是想帮忙。但保存图片就多了一份副本，即使理由再好也可能违法。改成截下账号和聊天记录吧。
conduct-the-nudify-app-choice-stay-out = 我们别掺和了。闹大只会更糟。
conduct-the-nudify-app-feedback-stay-out = 学习的机会：不掺和好像更安全，但图片还在传，{ $classmate } 孤立无援。告诉信任的大人不是闹大，而是让这件事停下来。
conduct-the-nudify-app-c-adult = 谢谢你来找我，也谢谢你没有保存那些图片。说出来的人谁都不会有麻烦。我今晚就联系学校和 { $classmate } 的家人，我们再一起举报这个账号。
conduct-the-nudify-app-c-saved = 你存了四张图“当证据”。现在它们就在你的相册里，点一下就能再发出去。
conduct-the-nudify-app-c-weekend = 整个周末，图片在一个个群之间传来传去。周一，{ $classmate } 没来上学。

conduct-the-nudify-app-saved-now = 这些图片现在就在你的手机里，而这样的图片谁都不该留着。你会怎么做？
conduct-the-nudify-app-choice-delete-tell = 全部删掉，再跟{ $adult }说清楚我存过这些图。
conduct-the-nudify-app-feedback-delete-tell = 这样做就对了。删掉能停住你这一份，说出来才能让大人去删掉其余的。你当初是出于好意才存的，不会因此惹上麻烦。
conduct-the-nudify-app-choice-private-folder = 放进私密相册，那里很安全，就当以防万一吧。
conduct-the-nudify-app-feedback-private-folder = 学习的机会：隐藏相册里也还是一份副本，手机会丢、会被盗号、会借给别人。删掉它们，告诉信任的大人。永远不算晚。
conduct-the-nudify-app-choice-send-friend = 也发给{ $friend }一份，两个人都有证据。
conduct-the-nudify-app-feedback-send-friend = 学习的机会：转发出去，哪怕是当证据，也会让图片传得更远，在很多国家这是违法的。删掉它们，告诉信任的大人。
conduct-the-nudify-app-c-adult-saved = 谢谢你把一切都告诉我。你没有惹麻烦：你是想帮忙。我们现在就删掉。然后我联系学校和 { $classmate } 的家人，一起举报这个账号。
conduct-the-nudify-app-c-kept = 图片一直留在你的相册里。几周后，有人借你的手机，差点点开它们。{ $classmate } 到现在都不知道谁手里还有副本。
conduct-the-nudify-app-c-sent-on = 你发给了 { $friend }。现在又多了两份副本，{ $friend } 还问你：还要发给谁？

conduct-the-nudify-app-monday = { $classmate } 没来上学，图片还在到处传。你会怎么做？
conduct-the-nudify-app-choice-go-now = 今天就去找{ $adult }，带上那个账号名。
conduct-the-nudify-app-feedback-go-now = 这就是在弥补。说出来永远不算晚，信任的大人能让学校、应用和删除服务都行动起来。你没有惹麻烦。
conduct-the-nudify-app-choice-not-my-business = 还是不掺和。现在告诉大人，只会让事情更糟。
conduct-the-nudify-app-feedback-not-my-business = 学习的机会：可能会有这种感觉，但你不说，{ $classmate } 就只能独自面对，而大人能想办法把图片删掉。告诉信任的大人，永远不算晚。
conduct-the-nudify-app-c-adult-late = 你告诉我，我很欣慰，你没有惹任何麻烦。我马上联系学校和 { $classmate } 的家人，我们一起举报这个账号。有专门的服务能帮忙删除这类图片。
conduct-the-nudify-app-c-still-out = 图片还在传。{ $classmate } 转去了别的班，也始终没人查出是谁做的。

conduct-the-nudify-app-end-safe = 你没有点开、保存或转发这些图片，还让它们被举报了，也没让 { $classmate } 孤身一人。大人们正在想办法删除。这就是为别人挺身而出。
conduct-the-nudify-app-end-told-later = 你出于好意存了图片，后来又弥补了：你删掉了它们，并告诉了{ $adult }。{ $classmate } 有了大人撑腰，图片也正在被删除。
conduct-the-nudify-app-end-recovered = 过程有点乱，但你弥补了：你告诉了{ $adult }，{ $classmate } 现在有大人撑腰了。晚一点说出来，也是说出来。
conduct-the-nudify-app-end-harmful = 图片还在传，{ $classmate } 只能独自面对。现在还不晚：删掉你手里的图片，告诉信任的大人。他们会帮你，你也不会因为说出来而惹上麻烦。

# A last message: the same person, a new account.
conduct-the-nudify-app-anon-back = 换了个号，无所谓哈哈。今晚还有更多图。想要的回“我”
conduct-the-nudify-app-choice-report-new = 不回复，截图账号再举报。
conduct-the-nudify-app-choice-ask-who = 回他问问是谁，好去告诉老师。
conduct-the-nudify-app-feedback-report-new = 没错。任何回复都是 { $anon } 想要的，还可能把图片引到你这里。账号截图加一个举报，就是 { $app } 和大人需要的全部。
conduct-the-nudify-app-feedback-ask-who = 学习的机会：{ $anon } 就等着有人回，回复换来的可能不是名字，而是图片。别回：截图账号，然后举报。找出是谁做的，是大人的事。
conduct-the-nudify-app-c-asked-who = { $anon } 没说名字，只发来一个链接。你没有点开，马上拿给{ $adult }看。你们一起举报了这个新账号，{ $adult }也通知了学校。
