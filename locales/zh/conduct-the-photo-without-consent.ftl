# 行为 / 攻击性：未经同意就发布（13–15 岁），未经同意分享一张令人尴尬的（非露骨）照片

conduct-the-photo-without-consent-title = 未经同意就发布
conduct-the-photo-without-consent-summary = 一张同学在大巴上睡着的尴尬照片正在疯传，而你也被标记在里面。
conduct-the-photo-without-consent-remember = 发别人的照片前先征得同意，对方没同意的照片绝不要分享。举报它，支持当事人，并告诉信任的大人。

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $poster }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-name-ella = 叶丽
conduct-the-photo-without-consent-name-marcus = 马可
conduct-the-photo-without-consent-name-lina = 李娜
conduct-the-photo-without-consent-name-jordan = jordan.lol
conduct-the-photo-without-consent-name-tyler = tyler_jokes
conduct-the-photo-without-consent-name-sofia = sofia.vibes
conduct-the-photo-without-consent-teacher-hart = 何老师
conduct-the-photo-without-consent-teacher-diallo = 邓老师
conduct-the-photo-without-consent-teacher-berg = 白老师

conduct-the-photo-without-consent-intro = 周一早上，你打开 { $app }。{ $poster } 的一条帖子火了，你们班一半的人都被标记在里面，包括你。

conduct-the-photo-without-consent-spot = 这条帖子有些地方不对劲。点出所有让它成为问题的地方。
conduct-the-photo-without-consent-card-title = { $poster }
conduct-the-photo-without-consent-card-body = 一张{ $classmate }在春游大巴上熟睡的照片，嘴张得大大的，还被加了一个流口水的贴纸。
conduct-the-photo-without-consent-part-public = { $poster }：公开
conduct-the-photo-without-consent-feedback-part-public = 公开意味着任何人都能看到、保存和转发，不只是你们班的人。一个私人的瞬间，现在已经不由{ $classmate }掌控了。
conduct-the-photo-without-consent-part-caption = 配文：睡美人笑死我了 #春游大巴
conduct-the-photo-without-consent-feedback-part-caption = 这句配文把{ $classmate }变成了笑料。不经询问就发布别人毫无防备时（比如睡着时）的照片，是不对的。
conduct-the-photo-without-consent-part-shares = 已转发 214 次
conduct-the-photo-without-consent-feedback-part-shares = 每转发一次，它就传得更远，也更难删除。一旦发出去，谁也控制不了它会传到哪里。
conduct-the-photo-without-consent-part-tags = 已标记：你和 12 位同学。没有{ $classmate }。
conduct-the-photo-without-consent-feedback-part-tags = { $classmate }没有被标记，所以可能根本不知道有这张照片。没人问过当事人。这就是未经同意的发布。
conduct-the-photo-without-consent-part-time = 发布于上午 8:14
conduct-the-photo-without-consent-feedback-part-time = 时间不是问题。重要的是，{ $classmate }从来没有同意发布这张照片。

conduct-the-photo-without-consent-share-choice = 笑死，这是史上最好笑的东西。大家快转发！！
conduct-the-photo-without-consent-choice-ask-takedown = 私信 { $poster }：删掉吧，当事人没同意
conduct-the-photo-without-consent-feedback-ask-takedown = 做得好。私信能给 { $poster } 一个改正的机会，又不会当众吵起来。发别人的照片前先问：这是基本规则。
conduct-the-photo-without-consent-choice-scroll-on = 划过去，不转发
conduct-the-photo-without-consent-feedback-scroll-on = 不转发，它就不会经你传出去。但帖子还在，{ $classmate }可能还不知道。你还能做更多。
conduct-the-photo-without-consent-choice-share-story = 转到我的动态，只是个玩笑
conduct-the-photo-without-consent-feedback-share-story = 学习的机会：你觉得好笑的事，对{ $classmate }来说可能是噩梦。未经同意转发别人的照片，会让它传得更远，上面还有你的名字。

conduct-the-photo-without-consent-poster-reply = 淡定，开个玩笑。而且这是我的照片，我拍的，我想发就发。
conduct-the-photo-without-consent-report-choice = 照片是 { $poster } 拍的，但这不代表可以不经{ $classmate }同意就发出去。接下来呢？
conduct-the-photo-without-consent-choice-report-check = 举报这条帖子，并去关心{ $classmate }
conduct-the-photo-without-consent-feedback-report-check = 完全正确。应用可以举报未经同意发布的照片，去关心{ $classmate }，当事人就不用独自面对了。
conduct-the-photo-without-consent-choice-untag = 取消标记自己，不掺和这事
conduct-the-photo-without-consent-feedback-untag = 取消标记能让你的名字不出现在上面。但照片还是公开的，{ $classmate }仍然需要有人站在自己这边。
conduct-the-photo-without-consent-choice-like-it = 算了，那是人家的照片。点个赞就过去了。
conduct-the-photo-without-consent-feedback-like-it = 学习的机会：拍了照片，不代表就有权把别人发出去。一个赞等于告诉应用和 { $poster }：这没问题。

conduct-the-photo-without-consent-scrolled = 到午饭时，照片已经被转发了 600 次，连别的学校的学生都在评论。{ $classmate }经过走廊时，有人故意发出打呼噜的声音。

conduct-the-photo-without-consent-classmate = 你看到大巴上那张照片了吗？所有人都在笑我。我从来没说过谁可以发那张照片。我只想让它消失。
conduct-the-photo-without-consent-choice-adult-takedown = 这不是你的错。我们去请{ $teacher }帮忙把它删掉。
conduct-the-photo-without-consent-feedback-adult-takedown = 非常好。{ $classmate }有权决定自己的形象怎么被使用。信任的大人能帮忙让 { $app } 尽快删除它，并处理发帖的人。
conduct-the-photo-without-consent-choice-ignore-it = 太过分了。要不就别理它？
conduct-the-photo-without-consent-feedback-ignore-it = 善待{ $classmate }很重要。但不理它，照片也不会被删掉。应用的举报按钮和信任的大人才能做到。
conduct-the-photo-without-consent-choice-revenge = 发一张 { $poster } 的尴尬照片报复回去
conduct-the-photo-without-consent-feedback-revenge = 学习的机会：报复性的帖子会让伤害加倍，你自己也可能惹上麻烦。举报和寻求帮助才能解决问题，再发一张照片不能。

conduct-the-photo-without-consent-adult-helps = 谢谢你们来找我。{ $classmate }，你什么错都没有。我们会向 { $app } 举报，和 { $poster } 谈谈，并确保照片被删除。

conduct-the-photo-without-consent-your-share = 你的动态有 40 次浏览。接着{ $classmate }回复了：“真的吗？连你也这样？”
conduct-the-photo-without-consent-fix-choice = 哎。这条回复很扎心，但你还是可以弥补。你会怎么做？
conduct-the-photo-without-consent-choice-delete-sorry-tell = 删掉我的动态，道歉，并告诉{ $teacher }
conduct-the-photo-without-consent-feedback-delete-sorry-tell = 这就是扭转局面的办法。删掉能阻止它经你传播，道歉对{ $classmate }很重要，信任的大人还能让原帖被删除。
conduct-the-photo-without-consent-choice-delete-story = 悄悄删掉我的动态
conduct-the-photo-without-consent-feedback-delete-story = 删掉有帮助，但{ $classmate }已经看到你做了什么，原帖也还在。道歉和举报才能真正带来改变。
conduct-the-photo-without-consent-choice-keep-story = 留着吧，反正大家都转了
conduct-the-photo-without-consent-feedback-keep-story = 学习的机会：“大家都这么做”不会让伤害变小，只会让它成倍增加。删除、道歉和寻求帮助，永远不会太晚。

conduct-the-photo-without-consent-adult-helps-late = 谢谢你对我这么诚实。删掉动态并道歉，是正确的做法。我会确保原帖被删除，我们也会在班上谈谈“同意”这件事。

conduct-the-photo-without-consent-end-safe = 你发现了一张未经同意发布的照片，拒绝传播它，还帮{ $classmate }把它删掉了。这就是在网上尊重别人的样子。
conduct-the-photo-without-consent-end-mixed = 你没有让事情变得更糟，但照片还在网上，{ $classmate }只能独自面对。举报并告诉信任的大人，才能把它删掉。
conduct-the-photo-without-consent-end-recovered = 你一开始转发了，后来承认错误、道了歉，还帮忙把照片删掉了。{ $classmate }都看在眼里。改正错误需要勇气。
conduct-the-photo-without-consent-end-harmful = 照片还在疯传，{ $classmate }害怕去上学。现在也不晚：删除、道歉、举报，并告诉信任的大人。
