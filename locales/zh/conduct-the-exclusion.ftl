# 行为 / 攻击性：故意排挤（13–15 岁），玩家是旁观者

conduct-the-exclusion-title = 故意被排挤
conduct-the-exclusion-summary = 你们班建了一个新群，偏偏没拉一个同学，然后开始拿对方开玩笑。
conduct-the-exclusion-remember = 故意排挤和嘲笑别人就是欺凌。不要参与，保存证据，并告诉信任的大人，尤其是当有人说“没人想要我在这里”的时候。

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $classmate }
conduct-the-exclusion-npc-teacher = { $teacher }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = 真·核心小队
conduct-the-exclusion-group-no-cringe = 拒绝尴尬区
conduct-the-exclusion-group-vips = VIP 专属
conduct-the-exclusion-teacher-okafor = 吴老师
conduct-the-exclusion-teacher-reyes = 任老师
conduct-the-exclusion-teacher-novak = 聂老师

conduct-the-exclusion-intro = { $leader } 刚在 { $app } 上建了一个新群，叫“{ $group }”。你们班所有人都在里面，除了{ $classmate }。
conduct-the-exclusion-pic-group = { $group }
conduct-the-exclusion-pic-created = 由{ $leader }创建
conduct-the-exclusion-pic-members = 24 名成员
conduct-the-exclusion-bus-photo = 又是{ $classmate }。几周前，你把大巴上那张照片转到了自己的动态。这件事现在还能弥补。在这个群闹得更大之前，你会怎么做？
conduct-the-exclusion-choice-bus-sorry = 私信{ $classmate }，为转发大巴照片认真道个歉。
conduct-the-exclusion-feedback-bus-sorry = 这需要勇气。道歉不能撤回转发，但能让{ $classmate }知道，你不是那些笑话人的人。此时此刻，这很重要。
conduct-the-exclusion-choice-bus-skip = 那都是几周前的事了。现在再提太尴尬了。
conduct-the-exclusion-feedback-bus-skip = 学习的机会：迟到的道歉也有分量，而{ $classmate }现在也许正需要知道谁站在自己这边。说出来永远不晚。
conduct-the-exclusion-bus-sorry = 如果照片还在你的动态里，你把它删掉，然后发去你的道歉。{ $classmate }回复：“谢谢。没想到你会道歉。”
conduct-the-exclusion-bus-silent = 你什么也没说。在{ $classmate }眼里，你仍然是转发过那张照片的人之一。
conduct-the-exclusion-choice-bus-public = 在班级群里公开道歉，让所有人都看到。
conduct-the-exclusion-feedback-bus-public = 承认错误是好的。可是公开道歉会把照片重新推到所有人眼前。私信能让{ $classmate }收到道歉，又不用被围观。
conduct-the-exclusion-bus-public = 你的道歉收到几条回复：“等等，什么照片？”现在又有人去翻那张照片了。{ $classmate }不说话了。

conduct-the-exclusion-first-joke = 终于有个没有{ $classmate }的群了哈哈。你们看到今天那双鞋了吗？？谁去把那张最新自拍截个图。
conduct-the-exclusion-choice-not-funny = 别这样了。放过{ $classmate }吧，这一点都不好笑。
conduct-the-exclusion-feedback-not-funny = 这需要勇气。一句平静简短的“不好笑”，就能让大家知道不是所有人都同意，其他人也常常会跟着停下。旁观者的力量比他们想的大。
conduct-the-exclusion-choice-mute = 我把这个群静音，不掺和这些事。
conduct-the-exclusion-feedback-mute = 你没有参与，这很重要。但设成免打扰后，群里就没有人站在{ $classmate }这边了，而沉默可能看起来像是同意。
conduct-the-exclusion-choice-private-group = 哈哈好吧。反正是私密群，{ $classmate }看不到。
conduct-the-exclusion-feedback-private-group = 学习的机会：私密群其实并不私密。谁都可以截图转发，对{ $classmate }来说，你的回复就是又多了一个反对自己的人。

conduct-the-exclusion-c-pushback = 放轻松，开个玩笑而已。别这么扫兴，不然你也去跟{ $classmate }作伴吧，哈哈。
conduct-the-exclusion-c-pushback-after = 不过有两个同学不再发言了，其中一个私信你：“幸好有人说出来了。”
conduct-the-exclusion-c-muted = 你把群设成了免打扰。一小时后你偷偷看了一眼：有人发了{ $classmate }的自拍，还配了刻薄的文字，已经有 14 个大笑表情。
conduct-the-exclusion-pic-caption = 给这双鞋打个分，满分10 哈哈
conduct-the-exclusion-pic-reactions = 14
conduct-the-exclusion-c-laughs = 你的回复收到 9 个大笑表情。接着有人把聊天截图发给了{ $classmate }，里面就有你的回复。{ $classmate }退出了所有班级群：“懂了。这里没人想要我。”
conduct-the-exclusion-pic-class-chat = 班级群
conduct-the-exclusion-pic-nobody = 懂了。这里没人欢迎我。
conduct-the-exclusion-pic-left = { $classmate }退出了群聊

conduct-the-exclusion-quiet-chat = 午饭时间，{ $classmate }在班级大群里问：“为什么今天大家都不理我？”没人回答。那个新群还在继续。
conduct-the-exclusion-choice-screenshot-dm = 先截图群帖，再私信{ $classmate }：你还好吗？
conduct-the-exclusion-feedback-screenshot-dm = 顺序很聪明：先截图，万一需要大人出面就有证据；再发一条暖心的消息，让{ $classmate }知道自己不是一个人。
conduct-the-exclusion-choice-warn-report = 在群里发：马上全删了，不然我就举报你们。
conduct-the-exclusion-feedback-warn-report = 站出来是对的。但提前宣布要举报，会让他们有时间把一切删光，公开吵架也只会让围观的人更起劲。先悄悄保存证据。
conduct-the-exclusion-choice-forward-target = 把那张自拍帖转给{ $classmate }，对方有权知道。
conduct-the-exclusion-feedback-forward-target = 学习的机会：把嘲笑别人的帖子发给本人，等于把伤害直接送到最受伤的人面前。把它留作给大人的证据，改发一句温暖的话吧。

conduct-the-exclusion-c-warned = 一分钟内所有帖子都消失了，什么证据都没留下。{ $leader } 又建了一个没有你的新群。接着，{ $classmate }给你发来消息。
conduct-the-exclusion-c-dm-sent = 你保存了四张截图，然后发出消息。{ $classmate }那边显示“正在输入”，停了，又开始输入。
conduct-the-exclusion-pic-saved = 已保存 4 张截图
conduct-the-exclusion-pic-dm = 你还好吗？
conduct-the-exclusion-target-trusts = 经过大巴照片那件事，{ $classmate }知道你是可以说心里话的人。
conduct-the-exclusion-c-forwarded = { $classmate }看到了那条帖子和所有的大笑表情。几分钟后，{ $classmate }退出了所有班级群：“懂了。这里没人想要我。”

conduct-the-exclusion-target-reply = 嗨。我知道那个群的事了。感觉大家都讨厌我。但求你别把事情闹大
conduct-the-exclusion-choice-see-teacher = 你不是一个人。课间跟我一起去找{ $teacher }？
conduct-the-exclusion-feedback-see-teacher = 这才是站出来。每个人都有权在学校和网上感到安全。一起去找大人不是把事情闹大，而是让这件事停下来的办法。
conduct-the-exclusion-choice-keep-secret = 好，我谁也不告诉。我会一直陪着你。
conduct-the-exclusion-feedback-keep-secret = 陪在{ $classmate }身边非常重要。但答应保密会让你们俩独自扛着这件事。提出陪对方一起去找大人，才是更温暖的承诺。
conduct-the-exclusion-choice-change-shoes = 说真的？换双鞋就安全了，他们很快会腻。
conduct-the-exclusion-feedback-change-shoes = 学习的机会：这不是{ $classmate }造成的，改变自己也解决不了问题。没有人活该被嘲笑。问题出在那个群的行为上。

conduct-the-exclusion-c-teacher = 谢谢你们俩来找我。{ $classmate }，这一切都不是你的错。我今天就处理那个群，还在网上的内容我们会向 { $app } 举报。
conduct-the-exclusion-c-blame = 所以现在是我的错了？真好。反正这里也没人想要我。
conduct-the-exclusion-c-secret = 你遵守了承诺。但第二天午饭时，{ $classmate }在班级群里发了一句话，然后退出了所有群：“懂了。这里没人想要我。”

conduct-the-exclusion-warning-secret = 当有人说“这里没人想要我”，这是一个警示信号：对方真的很难受。这太沉重了，不该只靠一个承诺守着，也不该由你一个人扛。
conduct-the-exclusion-worry-choice = 如果这件事让你也觉得沉重，我的“寻求帮助”按钮一直在角落里。你会怎么做？
conduct-the-exclusion-choice-show-teacher = 现在就趁午饭，把那条消息给{ $teacher }看。
conduct-the-exclusion-feedback-show-teacher = 完全正确。有些秘密太沉重，不能守着：当有人说没人想要自己，找大人是在关心对方，不是背叛。
conduct-the-exclusion-choice-keep-promise = 我答应过{ $classmate }了，我自己陪着帮忙就行，不用告诉老师。
conduct-the-exclusion-feedback-keep-promise = 学习的机会：一直友善很好，但你不能是别人唯一的依靠。当朋友情绪这么低落时，需要让信任的大人或心理老师知道。
conduct-the-exclusion-c-teacher-lunch = 你做得对。承诺永远不该用来隐瞒一个人这么难受。我现在就去找{ $classmate }，心理老师今天会和对方谈一谈。
conduct-the-exclusion-c-promise = 你整个晚上都在给{ $classmate }发暖心的消息。对方的回复越来越短，后来就没有了。没有一个大人知道{ $classmate }的感受。

conduct-the-exclusion-warning = “这里没人想要我”是一个警示信号：对方真的很难受。这里面有一部分来自你，而你仍然可以帮上忙。这件事太大，不能一个人处理。
conduct-the-exclusion-fix-choice = 如果这件事让你也觉得沉重，我的“寻求帮助”按钮一直在角落里。你会怎么做？
conduct-the-exclusion-choice-go-teacher = 我现在就去找{ $teacher }，把那条消息给对方看看。
conduct-the-exclusion-feedback-go-teacher = 这才是真正的勇气。承认自己的那部分，并马上找大人，这才是现在最重要的。你不是坏人，你只是做了个错误的决定，而且正在弥补。
conduct-the-exclusion-choice-sorry-space = 给{ $classmate }道个歉，让对方静一静。
conduct-the-exclusion-feedback-sorry-space = 道歉很重要。但在“这里没人想要我”之后，光道歉还不够：需要让大人知道，这样{ $classmate }今天就能得到支持。
conduct-the-exclusion-choice-just-joke = 只是开玩笑。周一就回群了，不用告诉老师。
conduct-the-exclusion-feedback-just-joke = 学习的机会：当有人说着“没人想要我”退出所有群，这就不再是玩笑了。等它自己过去，可能让对方在最需要帮助的时候孤身一人。
conduct-the-exclusion-c-teacher-late = 谢谢你告诉我，也谢谢你诚实地说出自己做了什么。我现在就去找{ $classmate }，确保对方得到支持，也会处理那个群。
conduct-the-exclusion-c-joke = 你没管。那个群还在继续发，{ $classmate }没有回到任何一个群，也没有人去问问对方怎么样。
conduct-the-exclusion-c-heart = { $classmate }读了你的消息，但没有回复。第二天早上，{ $classmate }的座位空着。

conduct-the-exclusion-late-choice = { $classmate }还是没有回复，那个座位空着。你会怎么做？
conduct-the-exclusion-choice-counsellor = 第一节课前，就去学校心理老师的办公室。
conduct-the-exclusion-feedback-counsellor = 做得好。学校心理老师正是为这种事而在的，早点去意味着{ $classmate }今天就能得到帮助。你把一个错误变成了真正的关心。
conduct-the-exclusion-choice-wait = 再等等。明天还不来，我就告诉老师。
conduct-the-exclusion-feedback-wait = 学习的机会：当有人说没人想要自己，然后就不见了，等待才是危险的。大人宁愿早一点知道，也不愿太晚知道。
conduct-the-exclusion-c-counsellor = 心理老师认真听你说完，谢谢你，并马上联系了{ $classmate }的家人。到了下午，{ $classmate }已经有人可以倾诉了。
conduct-the-exclusion-c-wait = 你等了。第二天{ $classmate }还是没来，仍然没有任何大人听说这件事。

conduct-the-exclusion-end-safe = 你没有参与，{ $classmate }也没有独自面对：你们一起去找了{ $teacher }。那个群正在被处理，{ $classmate }也知道谁站在自己这边。
conduct-the-exclusion-end-told = 一开始你替{ $classmate }保密，但当对方说没人想要自己时，你马上去找了{ $teacher }。{ $classmate }正在得到支持，那个群也在被处理。
conduct-the-exclusion-end-recovered = 一部分伤害来自你，而你弥补了：当{ $classmate }说没人想要自己时，你让大人介入了。{ $classmate }现在正在得到支持。这需要真正的勇气。
conduct-the-exclusion-end-harmful = { $classmate }独自面对着“这里没人想要我”，还没有任何大人知道。那个群开了头，这不是你的错；现在也不晚：告诉信任的大人，他们会帮你，或者点“寻求帮助”。
