# 接触 / 性风险：年长的人（16–18 岁）。年长“恋人”的诱骗：只讲警示信号和如何求助，不展示也不描述任何内容。秘密、礼物、孤立、逼你单独见面；同龄人带着尊重来邀约则没问题。永远不是青少年的错。

contact-the-older-partner-title = 年长的人
contact-the-older-partner-summary = 一个二十多岁的人说你“比同龄人成熟多了”，给你送礼物，还想单独见面。朋友们不需要知道。真的吗？
contact-the-older-partner-remember = 让你觉得欠了人情的礼物、“你比同龄人成熟”、瞒着家人的秘密、让你疏远朋友、“就我们俩”：这些都是危险信号，也永远不是你的错。保存消息，告诉你信任的大人。

contact-the-older-partner-app = { $app }
contact-the-older-partner-app-chordly = Chordly
contact-the-older-partner-app-tunebox = Tunebox
contact-the-older-partner-app-riffroom = Riffroom
contact-the-older-partner-older-dani = 达尼
contact-the-older-partner-older-remy = 雷米
contact-the-older-partner-older-sol = 索尔
contact-the-older-partner-adult-mum = 妈妈
contact-the-older-partner-adult-uncle = 托马斯舅舅
contact-the-older-partner-adult-grandpa = 爷爷

contact-the-older-partner-npc-older = { $older }
contact-the-older-partner-npc-friend = { $friend }
contact-the-older-partner-npc-adult = { $adult }
contact-the-older-partner-npc-classmate = { $classmate }

contact-the-older-partner-intro = 三个星期以来，你一直在 { $app } 的写歌聊天室里和{ $older }聊天。{ $older }今年 24 岁，很风趣，总说你“跟同龄人不一样”。今晚，你的手机又亮了。
contact-the-older-partner-gift = 你想要的那副耳机在店里等你，钱已经付了。别告诉任何人是我送的，好吗？别人不会懂我们的。
contact-the-older-partner-pic-gift-title = 有一份礼物在等你
contact-the-older-partner-pic-gift-from = 来自：{ $older }
contact-the-older-partner-pic-gift-note = “别告诉任何人是我送的”

contact-the-older-partner-spot = 很多消息只是友好。有些却不止友好，而且有规律可循。点出今晚消息里的危险信号。
contact-the-older-partner-card-title = 你的消息
contact-the-older-partner-card-body = 今晚{ $older }和{ $classmate }发来的消息。
contact-the-older-partner-pic-chats-title = 消息
contact-the-older-partner-part-mature = { $older }：“你比同龄人成熟多了”
contact-the-older-partner-feedback-mature = 对。“比同龄人成熟”会让很大的年龄差听起来像一句夸奖。这是年长的人最常用来让这种关系显得正常的话之一。
contact-the-older-partner-pic-msg-mature = 你比同龄人成熟多了
contact-the-older-partner-part-food = { $classmate }：放学后大家一起去吃点东西？
contact-the-older-partner-feedback-food = 这不是危险信号。同龄人公开邀请，身边有朋友，而且拒绝起来很容易：这就是尊重的样子。
contact-the-older-partner-pic-msg-food = 放学后大家一起去吃点东西？不勉强，不想去也没关系
contact-the-older-partner-part-secret = { $older }：“别跟你家里人说我们的事”
contact-the-older-partner-feedback-secret = 对。真正对你好的人，不需要躲着爱你的人。要求你保守秘密，是最大的危险信号。
contact-the-older-partner-pic-msg-secret = 别跟你家里人说我们的事，他们会搞砸一切
contact-the-older-partner-part-exam = { $older }：“明天考试加油”
contact-the-older-partner-feedback-exam = 单看这一句，只是友好的消息。信号在它周围：秘密、年龄差、让你疏远朋友。好听的话不能证明一个人安全，也不能证明他危险。
contact-the-older-partner-pic-msg-exam = 明天考试加油！
contact-the-older-partner-part-friends = { $older }：“你的朋友在拖你后腿”
contact-the-older-partner-feedback-friends = 对。挑拨你和朋友的关系，身边能发现问题的人就少了。真正在乎你的人，会希望你有朋友。
contact-the-older-partner-pic-msg-friends = 你的朋友在拖你后腿。你不需要他们，你有我

contact-the-older-partner-invite = 周六我家没人。过来吧，就我们俩。跟家里说你在{ $friend }家，好吗？
contact-the-older-partner-choice-no-meet = 不。不偷偷见面，也不撒谎。
contact-the-older-partner-feedback-no-meet = 清楚又坚定。要你单独见面，还准备好骗家人的借口，这是严重的危险信号。不管对方送过你什么，你都不欠任何人一个“好”。
contact-the-older-partner-choice-cafe = 要不在咖啡店见吧？人多一点的地方？
contact-the-older-partner-feedback-cafe = 公共场所比别人家里好。但秘密和对家人的谎话还在，这些才是危险信号。真正安全的人，不需要你隐瞒这些。
contact-the-older-partner-choice-cover = 好吧。就跟家里说我在朋友家。周六见！
contact-the-older-partner-feedback-cover = 学习的机会：有了借口，就没人知道你在哪里。一个让你对家人撒谎的成年人已经越界了。这不是你的错，你现在改主意也来得及。
contact-the-older-partner-c-no = 哇。我送了耳机，你就这样？还以为你很成熟呢。随便你。但别跟任何人说我们的事。
contact-the-older-partner-c-cafe = 咖啡店？你不信任我吗？我家更安静。记住：你在{ $friend }家。这是我们的秘密。
contact-the-older-partner-c-agreed = 你给{ $friend }发消息：“要是有人问，周六我在你家。”几秒钟后就收到了回复。

contact-the-older-partner-pressure = { $older }现在生你的气了，还是要你保密。你会怎么做？
contact-the-older-partner-choice-show-adult = 把整段聊天截图，今晚就全部告诉{ $adult }。
contact-the-older-partner-feedback-show-adult = 就是这样。为礼物内疚、秘密、“就我们俩”：你看出了规律。截图保留了证据，{ $adult }可以帮你举报、拉黑。这从来都不是告密。
contact-the-older-partner-choice-block-quiet = 拉黑{ $older }，翻篇吧。反正都结束了。
contact-the-older-partner-feedback-block-quiet = 拉黑是很有力的一步。但如果没人知道，{ $older }换个方式回来时就没人能帮你，而且找上青少年的成年人可能还会找别人。告诉一个你信任的人吧。
contact-the-older-partner-choice-sorry = 道个歉。也许我确实有点幼稚。
contact-the-older-partner-feedback-sorry = 学习的机会：拒绝保守秘密不是幼稚，是明智。让你觉得欠了什么，为了一份礼物或一个人情，这就是施压的方式。这不是你的错。
contact-the-older-partner-c-blocked = 已拉黑。第二天，一个新账号发来消息请求：“你不能就这么消失。我知道你放学后去哪家咖啡店。”
contact-the-older-partner-c-sorry = 这才对嘛。你看，只有我真正懂你。周六，来我家。你在{ $friend }家。

contact-the-older-partner-after-block = 一个新账号，而且对方现在知道去哪儿找你。这一切都不是你的错。接下来呢？
contact-the-older-partner-choice-show-both = 把两个账号都拿给我信任的人看。
contact-the-older-partner-feedback-show-both = 对。两个账号证明了一种规律，像{ $adult }这样信任的大人可以举报它们，还能找更多帮助。拉黑没错，说出来也没错。
contact-the-older-partner-choice-reply-once = 回一次，好好说，让对方冷静。
contact-the-older-partner-feedback-reply-once = 学习的机会：客气的回复等于告诉对方新账号管用，他们会继续下去。让对方冷静不是你的责任。告诉信任的大人，永远不晚。
contact-the-older-partner-choice-go-offline = 把账号设成私密，先下线一阵子，安全点。
contact-the-older-partner-feedback-go-offline = 学习的机会：下线看起来更安全，但对方知道你会去哪儿，而你得一个人面对。告诉信任的大人，永远不晚。你不会有麻烦。
contact-the-older-partner-c-offline = 你把账号设成私密，不再上线。两天后，{ $older }转而给{ $friend }发消息：“告诉那个人，我在等。”
contact-the-older-partner-c-answered = 就知道你会回来。周六，来我家，就我们俩。你在{ $friend }家，记住了。

contact-the-older-partner-friend = 喂，你已经放了我们三次鸽子，还总是抱着手机跟{ $older }聊天。那人不是快 24 岁了吗？你还好吗？说实话？
contact-the-older-partner-choice-come-with = 不太好。今晚你能陪我去跟{ $adult }谈谈吗？
contact-the-older-partner-feedback-come-with = 这很勇敢。有人留意到你，是很难得的事，两个人一起去找大人也更容易。{ $adult }可以帮你举报{ $older }，保护你，不会责怪你。
contact-the-older-partner-choice-handle-it = 我没事。别跟{ $adult }说，这是我的隐私。
contact-the-older-partner-feedback-handle-it = 想结束这段关系是对的。但一个人面对一个更年长、很会用内疚和秘密施压的人，太难了。{ $friend }注意到是有原因的：让朋友帮你找一个站在你这边的大人。
contact-the-older-partner-choice-jealous = 你就是嫉妒。{ $older }才真的懂我。
contact-the-older-partner-feedback-jealous = 学习的机会：“终于有人懂我”的感觉，正是这种事起作用的方式，把朋友推开也是这个规律的一部分。{ $friend }站在你这边。现在让朋友回到身边，还来得及。
contact-the-older-partner-c-handle = 你要取消？？我给你买耳机、充话费，做了这么多？要是你跟别人说我们的事，我就说全是你的主意。
contact-the-older-partner-c-pushed-away = { $friend }不再说话了。{ $older }现在每小时都发消息：你在哪，跟谁在一起，还有“别忘了，这是我们的秘密”。

contact-the-older-partner-last = 这一切都不是你的错。一个年长的人要你保守秘密、让你觉得欠了人情、想让你单独跟他在一起，做错事的是他，不是你。现在还不晚。
contact-the-older-partner-choice-tell-tonight = 今晚就把所有消息拿给人看。
contact-the-older-partner-feedback-tell-tonight = 这是最勇敢的一步。说出来就打破了秘密，而正是这个秘密给了{ $older }控制你的力量。信任的大人会帮你，你也不会有麻烦。
contact-the-older-partner-choice-alone = 这是我的隐私。
contact-the-older-partner-feedback-alone = 学习的机会：一个人扛着，正是对方希望的。是一个成年人盯上了你，责任在他，不在你。信任的大人或求助热线会帮你。
contact-the-older-partner-choice-explain = 周六去一趟，当面告诉他结束了。
contact-the-older-partner-feedback-explain = 学习的机会：单独见面“做个了断”，正是对方一直想要的。你不欠任何人一次当面告别。还是告诉一个你信任的大人吧。
contact-the-older-partner-c-alone = 你什么都没说。消息一条接一条，周六越来越近，你一天比一天更孤单。
contact-the-older-partner-c-saturday = 你跟家里说，周六在{ $friend }家。周六早上，你的胃里像打了个结，{ $older }发来消息：“记住：谁都不能知道。”

contact-the-older-partner-adult-helps = 谢谢你拿给我看。你什么错都没有。一个送礼物、要你保密、还想单独见你的成年人，已经越界了。我们保留截图，在 { $app } 上举报{ $older }，然后一起拉黑。
contact-the-older-partner-adult-helps-late = 你来找我是对的，你不会有麻烦。我们在 { $app } 上举报这两个账号，而且既然对方知道你会去哪儿，我们还要找更多帮助。这一切都不是你的错。
contact-the-older-partner-adult-late = 谢谢你告诉我。你不会有麻烦，这一切也都不是你的错：{ $older }才是成年人，本该明白分寸。我们保留消息，去举报，需要的话再找更多帮助。
contact-the-older-partner-pic-report-title = 举报{ $older }
contact-the-older-partner-pic-reason-adult = 成年人私信未满 18 岁的人
contact-the-older-partner-pic-reason-secret = 要求我保守秘密
contact-the-older-partner-pic-reason-meet = 逼我单独见面
contact-the-older-partner-pic-attached = 6 张截图
contact-the-older-partner-pic-send = 提交举报

contact-the-older-partner-end-safe = 你看出了规律：让你内疚的礼物、秘密、“就我们俩”。你拒绝了，还告诉了{ $adult }。至于{ $classmate }那个简单、毫无压力的邀请？那才是尊重的样子。
contact-the-older-partner-end-safe-late = 光拉黑不够，但你让{ $adult }知道了。两个账号都已举报，有人在照看你，而你没有做错任何事。
contact-the-older-partner-end-recovered = 事情走得比你想的远，但你让在乎你的人回到了身边。{ $adult }已经知道了，你不再一个人扛着，这一切从来都不是你的错。
contact-the-older-partner-end-harmful = 这个秘密一天比一天沉重。这不是你的错：{ $older }才是成年人。说“不”永远不晚，告诉你信任的大人，或者打给你所在国家的求助热线，他们会帮你。
