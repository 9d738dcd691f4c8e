# 行为 / 攻击性：未经同意就发布（13–15 岁），未经同意分享一张令人尴尬的（非露骨）照片

conduct-the-photo-without-consent-title = 未经同意就发布
conduct-the-photo-without-consent-summary = 一张同学在大巴上睡着的尴尬照片正在疯传，而你也被标记在里面。
conduct-the-photo-without-consent-remember = 发别人的照片前先征得同意，对方没同意的照片绝不要分享。先截图，再举报，并告诉信任的大人。

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $leader }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-teacher-hart = 何老师
conduct-the-photo-without-consent-teacher-diallo = 邓老师
conduct-the-photo-without-consent-teacher-berg = 白老师

conduct-the-photo-without-consent-intro = 周一早上，你打开 { $app }。{ $leader } 的一条帖子火了，你们班一半的人都被标记在里面，包括你。

conduct-the-photo-without-consent-spot = 这条帖子有些地方不对劲。点出所有让它成为问题的地方。
conduct-the-photo-without-consent-card-title = { $leader }
conduct-the-photo-without-consent-card-body = 一张{ $classmate }在春游大巴上熟睡的照片，嘴张得大大的，还被加了一个流口水的贴纸。
conduct-the-photo-without-consent-part-public = { $leader }：公开
conduct-the-photo-without-consent-feedback-part-public = 公开意味着任何人都能看到、保存和转发，不只是你们班的人。一个私人的瞬间，现在已经不由{ $classmate }掌控了。
conduct-the-photo-without-consent-part-caption = 配文：睡美人笑死我了 #春游大巴
conduct-the-photo-without-consent-feedback-part-caption = 这句配文把{ $classmate }变成了笑料。不经询问就发布别人毫无防备时（比如睡着时）的照片，是不对的。
conduct-the-photo-without-consent-part-shares = 已转发 214 次
conduct-the-photo-without-consent-feedback-part-shares = 每转发一次，它就传得更远，也更难删除。一旦发出去，谁也控制不了它会传到哪里。
conduct-the-photo-without-consent-part-tags = 已标记：你和 12 位同学。没有{ $classmate }。
conduct-the-photo-without-consent-feedback-part-tags = { $classmate }没有被标记，所以可能根本不知道有这张照片。没人问过当事人。这就是未经同意的发布。
conduct-the-photo-without-consent-part-time = 发布于上午 8:14
conduct-the-photo-without-consent-feedback-part-time = 时间不是问题。重要的是，{ $classmate }从来没有同意发布这张照片。
conduct-the-photo-without-consent-part-app = 应用的名字和标志：{ $app }
conduct-the-photo-without-consent-feedback-part-app = 问题不在应用。这张照片发在哪个应用上都会伤人：重要的是{ $classmate }从来没有同意过。
conduct-the-photo-without-consent-part-buttons = 顶部的爱心和发送按钮
conduct-the-photo-without-consent-feedback-part-buttons = 这些是应用里的普通按钮，每条帖子都有。让这条帖子出问题的不是它们，而是照片本身、谁能看到，以及当事人有没有同意。
conduct-the-photo-without-consent-part-photo = 照片：{ $classmate }在大巴上睡着了，嘴张着
conduct-the-photo-without-consent-feedback-part-photo = { $classmate }当时睡着了，根本没有机会说“可以”。在别人无法同意、谁都不想被分享的时刻发布照片，这正是问题的核心。
conduct-the-photo-without-consent-pic-public = 公开
conduct-the-photo-without-consent-pic-time = 上午 8:14
conduct-the-photo-without-consent-pic-shares = 214 次转发
conduct-the-photo-without-consent-pic-tags = 你和另外 12 人
conduct-the-photo-without-consent-pic-caption = 睡美人笑死我了 #春游大巴

conduct-the-photo-without-consent-share-choice = 笑死，这是史上最好笑的东西。大家快转发！！
conduct-the-photo-without-consent-choice-dm-poster = 私信{ $leader }：删掉，{ $classmate }没同意。
conduct-the-photo-without-consent-feedback-dm-poster = 好主意。私信让{ $leader }有机会在没有围观的情况下改正。拍了照片不等于有权发出去：要先问。
conduct-the-photo-without-consent-choice-comment-public = 公开评论让所有人都看到：这太过分了，赶紧删掉！
conduct-the-photo-without-consent-feedback-comment-public = 为{ $classmate }说话是对的。但公开评论会让帖子更受关注，应用会把它推给更多人。私信或举报会更低调有效。
conduct-the-photo-without-consent-choice-share-story = 转到我的动态吧。反正大家都看过了，无所谓。
conduct-the-photo-without-consent-feedback-share-story = 学习的机会：“大家都看过了”不代表没关系。没经过本人同意就转发别人的照片，只会让它传得更远，还带上了你的名字。

conduct-the-photo-without-consent-c-poster-reply = 淡定，开个玩笑。而且这是我的照片，我拍的，我想发就发。
conduct-the-photo-without-consent-c-comment = 你的评论收到回复：“哈哈别激动”“这谁啊”。帖子冲上了所有人首页的顶端，转发已经 300 次了。

conduct-the-photo-without-consent-report-choice = 照片是 { $leader } 拍的，但这不代表可以不经{ $classmate }同意就发出去。帖子还在。接下来呢？
conduct-the-photo-without-consent-choice-screenshot-report = 先截图帖子和转发记录，然后再去举报它。
conduct-the-photo-without-consent-feedback-screenshot-report = 顺序很对。先截图能保住证据，就算帖子被删或你拉黑了谁也没关系。然后以“未经同意发布”举报：应用会认真对待。
conduct-the-photo-without-consent-choice-report-block = 马上举报，再拉黑{ $leader }，一了百了。
conduct-the-photo-without-consent-feedback-report-block = 举报是对的。但先拉黑只会让帖子从你这里消失，别人照样看得到，而你什么证据都没留下。先截图，再举报和拉黑。
conduct-the-photo-without-consent-choice-untag = 取消标记，至少我的名字不会挂在上面。
conduct-the-photo-without-consent-feedback-untag = 取消标记让你的名字不在上面，不错。但照片仍然是公开的，{ $classmate }仍然需要有人站在自己这边。

conduct-the-photo-without-consent-c-reported = 你保存了三张截图：帖子、配文和转发数。然后以“未经同意发布”举报了它。一分钟后，{ $classmate }给你发来消息。
conduct-the-photo-without-consent-pic-report-title = 举报帖子
conduct-the-photo-without-consent-pic-report-heading = 你为什么要举报？
conduct-the-photo-without-consent-pic-reason-spam = 垃圾信息
conduct-the-photo-without-consent-pic-reason-consent = 未经同意发布
conduct-the-photo-without-consent-pic-reason-other = 其他原因
conduct-the-photo-without-consent-pic-report-send = 提交举报
conduct-the-photo-without-consent-pic-report-saved = 已保存 3 张截图
conduct-the-photo-without-consent-c-blocked = 帖子从你的屏幕上消失了。一小时后，应用说没有发现问题，而你什么都没保存，没东西能给人看。接着，{ $classmate }给你发来消息。
conduct-the-photo-without-consent-c-untagged = 你的名字不在上面了。照片还挂着：到中午已经转发 600 次，别的学校的人也在评论。接着，{ $classmate }给你发来消息。

conduct-the-photo-without-consent-classmate = 你看到大巴上那张照片了吗？所有人都在笑我。我从来没说过谁可以发那张照片。我只想让它消失。
conduct-the-photo-without-consent-choice-go-together = 这不是你的错。课间我们一起去找{ $teacher }说说吧。
conduct-the-photo-without-consent-feedback-go-together = 太好了。自己的照片怎么处理，由{ $classmate }自己决定。信任的大人可以推动 { $app } 尽快删除，并处理 { $leader }。
conduct-the-photo-without-consent-choice-ignore-it = 太过分了。别理它就安全了，不用告诉老师。
conduct-the-photo-without-consent-feedback-ignore-it = 对{ $classmate }友善很重要。但不理帖子并不会让它消失，你等着的时候它还在继续传。大人可以让它被删掉。
conduct-the-photo-without-consent-choice-revenge = 我们也发{ $leader }更丑的照片。以牙还牙。
conduct-the-photo-without-consent-feedback-revenge = 学习的机会：报复性的帖子会让伤害加倍，还可能让你们两个人都惹上麻烦。让照片被删才能解决问题，再发一张不能。

conduct-the-photo-without-consent-c-teacher = 谢谢你们来找我。{ $classmate }，你没有做错任何事。我今天就找 { $leader } 谈，我们一起向 { $app } 举报，直到照片被删掉。
conduct-the-photo-without-consent-c-revenge = 你发的{ $leader }的照片让大家笑了一个小时。现在有两张尴尬照片在传，大巴那张还在继续扩散。
conduct-the-photo-without-consent-c-ignored = 到了周五，照片已经传到别的学校，{ $classmate }经过时有人故意大声打呼噜。{ $classmate }已经不去食堂吃午饭了。

conduct-the-photo-without-consent-still-up = 并没有过去。帖子还挂着，{ $classmate }一个人在扛。接下来呢？
conduct-the-photo-without-consent-choice-take-to-teacher = 今天就带{ $classmate }去找{ $teacher }，把帖子给老师看。
conduct-the-photo-without-consent-feedback-take-to-teacher = 做得好。让大人介入永远不会太晚，老师可以让帖子被删，也能让打呼噜的玩笑停下来。下次更早一点，会更好。
conduct-the-photo-without-consent-choice-leave-it = 算了。现在闹大只会更糟，不用告诉老师。
conduct-the-photo-without-consent-feedback-leave-it = 学习的机会：不出声看起来更稳妥，但帖子还在传，{ $classmate }还在独自面对。大人可以不声张地处理好。
conduct-the-photo-without-consent-c-teacher-friday = 很高兴你们来了。{ $classmate }，这一切都不是你的错。我今天就找 { $leader } 谈，并让 { $app } 把照片删掉。
conduct-the-photo-without-consent-c-left = 你没管。帖子还挂着，打呼噜的玩笑还在继续，{ $classmate }开始害怕坐大巴上学。

conduct-the-photo-without-consent-c-your-share = 你的动态有 40 次浏览。接着{ $classmate }回复了：“真的吗？连你也这样？”
conduct-the-photo-without-consent-pic-story-title = 你的动态
conduct-the-photo-without-consent-pic-story-views = 40 次浏览
conduct-the-photo-without-consent-pic-story-reply = 真的吗？连你也这样？
conduct-the-photo-without-consent-fix-choice = 哎。这条回复很扎心，但你还是可以弥补。你会怎么做？
conduct-the-photo-without-consent-choice-own-up = 删掉动态，道个歉，然后向{ $teacher }坦白一切。
conduct-the-photo-without-consent-feedback-own-up = 这就是扭转局面的办法。删掉能阻止它经你传播，道歉对{ $classmate }很重要，信任的大人还能让原帖被删除。
conduct-the-photo-without-consent-choice-delete-quietly = 悄悄删掉动态，希望对方快点把这事忘了。
conduct-the-photo-without-consent-feedback-delete-quietly = 删掉是正确的第一步。但{ $classmate }已经看到你做了什么，原帖也还在。道个歉再举报，会带来真正的改变。
conduct-the-photo-without-consent-choice-keep-story = 留着吧。大家都转了，告诉老师也没用。
conduct-the-photo-without-consent-feedback-keep-story = 学习的机会：“大家都这么做”不会让伤害变小，只会让它成倍增加。删除、道歉和寻求帮助，永远不会太晚。
conduct-the-photo-without-consent-c-teacher-late = 谢谢你对我这么诚实。删掉动态并道歉，是正确的做法。我会尽全力让原帖被删除，我们也会在班上谈谈“同意”这件事。
conduct-the-photo-without-consent-c-kept = 你的动态还挂着，又多了 90 次浏览。{ $classmate }不再回复任何人。
conduct-the-photo-without-consent-c-deleted = 你的动态删掉了，但{ $classmate }没有回你，原帖还在继续冲高。
conduct-the-photo-without-consent-c-safe-now = 你关掉了应用。原帖还挂着，{ $classmate }还是谁都不回。

conduct-the-photo-without-consent-original-choice = 你那部分删掉了，但原帖还在，已经转发 600 次。接下来呢？
conduct-the-photo-without-consent-choice-report-original = 先截图原帖，然后举报它，再去道个歉。
conduct-the-photo-without-consent-feedback-report-original = 这就是在弥补。截图保住证据，举报能让应用行动起来，道歉让{ $classmate }知道你站在他们这边。如果帖子还在，信任的大人也能帮忙推动。
conduct-the-photo-without-consent-choice-safe-now = 我已经安全了，那部分删了。剩下的不用告诉谁。
conduct-the-photo-without-consent-feedback-safe-now = 学习的机会：删掉你那部分是好的，但{ $classmate }还在面对原帖。举报和道歉花不了你多少，却帮助很大。
conduct-the-photo-without-consent-c-report-original = 你保存截图，并以“未经同意发布”举报了帖子。然后你给{ $classmate }发消息：“对不起，我转发了它。”过了一会儿，对方回复：“谢谢。”

conduct-the-photo-without-consent-end-safe = 你没有传播照片，{ $classmate }也没有独自面对：你们一起去找了{ $teacher }，帖子正在被删除。这就是网上的尊重。
conduct-the-photo-without-consent-end-told-later = 经历了几天难熬的日子，但你带{ $classmate }去找了{ $teacher }，帖子正在被删除。一开始就找大人，可以少受一周的苦。
conduct-the-photo-without-consent-end-recovered = 你一开始转发了照片，后来弥补了：删掉动态，向{ $classmate }道歉，还努力让原帖被删掉。改正错误需要勇气。
conduct-the-photo-without-consent-end-harmful = 大巴上的照片还在传，{ $classmate }害怕去上学。{ $leader } 发了它，这不是你的错；现在也不晚：告诉信任的大人，他们会帮你把它删掉。

# What the choices leave on "My phone" (traces).
conduct-the-photo-without-consent-trace-story = 大巴上{ $classmate }的那张照片，还在你的动态里。
conduct-the-photo-without-consent-trace-story-advice = { $classmate }从来没有同意过。删掉它，道个歉，再请信任的大人帮忙让原帖被删除。
