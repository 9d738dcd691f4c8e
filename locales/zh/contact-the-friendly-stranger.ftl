# 接触 / 性风险，面向 9–12 岁：只讲危险信号（友好的陌生人）

contact-the-friendly-stranger-title = 友好的陌生人
contact-the-friendly-stranger-summary = 游戏聊天里一个你不认识的人特别热情，还要送你免费宝石。这到底是怎么回事？
contact-the-friendly-stranger-remember = 谁都不应该向你要自拍，或要你保守秘密。别去提醒对方：停止回复，保存消息，然后拉黑、举报，并告诉信任的大人。

contact-the-friendly-stranger-npc-gamer = { $stranger }
contact-the-friendly-stranger-npc-newplayer = { $stranger }_2
contact-the-friendly-stranger-npc-adult = { $adult }
contact-the-friendly-stranger-adult-mum = 妈妈
contact-the-friendly-stranger-adult-dad = 爸爸
contact-the-friendly-stranger-adult-gran = 奶奶

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = 山坡学校
contact-the-friendly-stranger-school-oakwood = 橡树学校
contact-the-friendly-stranger-school-riverside = 河畔学校

contact-the-friendly-stranger-intro = 你正在你最喜欢的游戏 { $game } 里建城堡。和朋友一起玩更有意思！我会陪你一起留意聊天。

contact-the-friendly-stranger-first-message = 哇，你的城堡是我见过最棒的！你太厉害了。我也 12 岁。想要 500 颗免费宝石吗？告诉我你在哪个学校，我好发给你。
contact-the-friendly-stranger-pic-free-gems = 500 颗免费宝石
contact-the-friendly-stranger-choice-no-school = 想得美！我从来不在网上说我在哪上学。
contact-the-friendly-stranger-feedback-no-school = 想得真周到！学校会告诉别人去哪里能找到你，所以不在网上说。而且陌生人送的免费宝石，常常是骗取你信任的圈套。
contact-the-friendly-stranger-choice-ask-adult = 我先问问{ $adult }，然后再告诉你。
contact-the-friendly-stranger-feedback-ask-adult = 问{ $adult }是个好习惯！但你的学校从来就不该告诉陌生人，所以这里的答案就是“不”。还有，不认识的人送礼物，本身就是危险信号。
contact-the-friendly-stranger-choice-tell-school = 酷！我在{ $school }上学。你在哪儿上？
contact-the-friendly-stranger-feedback-tell-school = 学习的机会：学校名字会让陌生人知道你每天在哪里。不要在网上说，哪怕对方看起来人特别好。陌生人想见面，也是一个危险信号。

contact-the-friendly-stranger-shrug = 好吧好吧，不说学校。你还是我最喜欢的建筑高手！给，还是送你 50 颗宝石，就当礼物。
contact-the-friendly-stranger-no-adult = 不要啊，别去问大人！大人总把什么都搞砸。学校的事先不管了，好吗？
contact-the-friendly-stranger-knows-school = { $school }？真的吗，离我家很近！说不定哪天我们可以见个面。你比我认识的其他小朋友酷多了。

contact-the-friendly-stranger-pushy = 我们去 ChatZip 上聊吧，那里更私密。还有，别跟家里人说我的事，好吗？他们不会理解我们的友谊的。
contact-the-friendly-stranger-pic-chatzip = 来 ChatZip 上聊吧！
contact-the-friendly-stranger-pic-add-friend = 加好友
contact-the-friendly-stranger-choice-save-go = 截个图，不再回复，然后去找{ $adult }。
contact-the-friendly-stranger-feedback-save-go = 完全正确！换到私密应用、对家人保密，都是很严重的危险信号。你留下了证据，一句话也没说就离开了，{ $adult }就能去拉黑和举报。
contact-the-friendly-stranger-choice-announce = 别说了！我现在就去告诉{ $adult }！
contact-the-friendly-stranger-feedback-announce = 保护自己很勇敢！但提醒 { $stranger } 会让对方有时间删掉一切。更好的做法：停止回复，保存消息，拉黑、举报，再告诉{ $adult }。
contact-the-friendly-stranger-choice-add-app = 好啊，我加你。反正 ChatZip 更私密。
contact-the-friendly-stranger-feedback-add-app = 学习的机会：真正的朋友绝不会要你瞒着家人。在私密应用里，出了事也没人能看到。
contact-the-friendly-stranger-choice-log-off = 我还是下线吧，这样安全。别让{ $adult }白担心。
contact-the-friendly-stranger-feedback-log-off = 离开聊天是个好开始！但 { $stranger } 知道你的学校，还可能回来。{ $adult }会想知道的：保存消息，然后拉黑、举报并说出来，才能让这件事停下来。

contact-the-friendly-stranger-adult-helps = 谢谢你给我看。你什么错都没有。这张截图正是我们需要的。我们一起拉黑并举报 { $stranger }。
contact-the-friendly-stranger-pic-blocked-reported = 已拉黑并举报
contact-the-friendly-stranger-pic-thanks-look = 谢谢！我们会调查的。
contact-the-friendly-stranger-deleted = { $stranger } 写道：“哎呀，开个玩笑而已，别像个小宝宝。”接着，对方的消息全都不见了。又弹出一条新消息：“你要是告诉别人，就有大麻烦了。”
contact-the-friendly-stranger-asks-photo = 耶，好朋友！现在发一张自拍给我，证明你是真人。记住，这是我们的秘密哦。
contact-the-friendly-stranger-adult-helps-school = 谢谢你给我看。你不会有麻烦，学校的事也一样。我们一起拉黑并举报 { $stranger }。我也会告诉你的老师，让他们一起帮忙保护你。
contact-the-friendly-stranger-waiting-school = 第二天，{ $stranger } 在游戏聊天里等着你：“你去哪儿了？我知道你的学校，我们差不多是邻居！发张自拍给我，证明你是真人。”

contact-the-friendly-stranger-after-delete = 旧消息都没了，但这条新消息是威胁。这不是你的错，你也不会有麻烦。你会怎么做？
contact-the-friendly-stranger-choice-save-new = 把这条新消息截图，马上给{ $adult }看。
contact-the-friendly-stranger-feedback-save-new = 太棒了！旧消息没了也没关系，这条威胁就是证据。{ $adult }可以拉黑并举报 { $stranger }，你再也不用回复了。
contact-the-friendly-stranger-choice-block-quiet = 直接拉黑，事情就结束了，不用让{ $adult }担心。
contact-the-friendly-stranger-feedback-block-quiet = 拉黑是很好的一步！但 { $stranger } 可以换个新账号，别的小朋友也可能被盯上。{ $adult }宁愿知道：保存这条消息并说出来，才能举报。
contact-the-friendly-stranger-choice-say-sorry = 跟对方道个歉，保证不会告诉任何人。
contact-the-friendly-stranger-feedback-say-sorry = 学习的机会：你没有做错任何事，不需要道歉。这样的威胁是让你闭嘴的圈套。你信任的大人可以帮你。

contact-the-friendly-stranger-adult-helps-deleted = 谢谢你告诉我。你不会有麻烦。有这张截图就够了：我们一起拉黑并举报 { $stranger }。
contact-the-friendly-stranger-blocked-quiet = 你拉黑了 { $stranger }，什么也没说。两天后，一个新玩家给你发来消息。
contact-the-friendly-stranger-sorry-sent = 很好。现在证明我能相信你：发一张自拍给我。这只是我们之间的事。

contact-the-friendly-stranger-new-account = 嘿，是我！你为什么拉黑我？我以为我们是最好的朋友。别告诉任何人，好吗？
contact-the-friendly-stranger-pic-joined-today = 今天刚注册
contact-the-friendly-stranger-pic-friends-0 = 好友：0
contact-the-friendly-stranger-choice-show-adult = 又是那个人！截个图，然后去找{ $adult }。
contact-the-friendly-stranger-feedback-show-adult = 眼睛真尖！换了新名字、说着同样的话，就是同一个人。你的截图能帮{ $adult }拉黑并举报这两个账号。
contact-the-friendly-stranger-choice-add-back = 加回来吧，他好像很难过。要是怪怪的，我再告诉{ $adult }。
contact-the-friendly-stranger-feedback-add-back = 学习的机会：同情别人是善良，但这里的内疚感是圈套。被拉黑后换新账号、还要你保密，这已经够“怪”了。现在说出来也不晚。
contact-the-friendly-stranger-choice-busy-reply = 对不起，刚才在忙！我们还是朋友，对吧？
contact-the-friendly-stranger-feedback-busy-reply = 学习的机会：有礼貌很好，但你不欠 { $stranger } 一个回答。被拉黑后换新账号，是危险信号。保存下来，告诉一个大人。
contact-the-friendly-stranger-friends-again = 耶，又是最好的朋友了！那现在能发自拍了吗？就我们俩知道。
contact-the-friendly-stranger-adult-helps-new = 谢谢你给我看。你什么错都没有。名字换了，人还是那个人：我们一起拉黑并举报这两个账号。
contact-the-friendly-stranger-new-friend = 耶，我就知道你会回来！现在发张自拍给我，证明真的是你。我们的秘密，好吗？

contact-the-friendly-stranger-photo = 快点，我的自拍呢？这只是我们之间的事，好吗？
contact-the-friendly-stranger-choice-stop-save = 一句都不回了。截好图，马上去找{ $adult }。
contact-the-friendly-stranger-feedback-stop-save = 真勇敢！你永远有权说“不”。要自拍、要你保守秘密，都是很严重的危险信号。你的截图能帮{ $adult }拉黑和举报。
contact-the-friendly-stranger-choice-polite-no = 不发自拍，抱歉！{ $adult }会检查我的照片。接着玩？
contact-the-friendly-stranger-feedback-polite-no = 拒绝是对的！但向你要自拍、要你保密的人不是真正的朋友，还会一直要下去。停止回复，保存聊天记录，去找人帮忙。
contact-the-friendly-stranger-choice-send-selfie = 好吧，就一张。只是我的脸，而且很私密。
contact-the-friendly-stranger-feedback-send-selfie = 学习的机会：照片一旦发出去，你就管不了它会传到哪里。不管是谁，要自拍、要你保守秘密都是危险信号。

contact-the-friendly-stranger-adult-helps-late = 你告诉我，我真的很高兴。你不会有麻烦，你做得对。我们先留好这些截图，再一起拉黑并举报 { $stranger }。
contact-the-friendly-stranger-keeps-asking = 来嘛，就一张！你不相信我吗？还有，别告诉家里人，不然你会有大麻烦，他们还会没收你的游戏。
contact-the-friendly-stranger-selfie-sent = 真可爱！再发一张吧。还有，别告诉家里人，不然你会有大麻烦，他们还会没收你的游戏。

contact-the-friendly-stranger-last-chance = 我很担心。用“惹麻烦”吓唬你，是让你闭嘴的圈套。你没有做错事，这也不是你的错。你会怎么做？
contact-the-friendly-stranger-choice-show-all = 保存聊天记录，现在就全部给{ $adult }看。
contact-the-friendly-stranger-feedback-show-all = 这才是真正的勇气！向孩子要秘密的人，就是指望孩子不说出去。{ $adult }会听你说、帮助你，你不会有麻烦。
contact-the-friendly-stranger-choice-keep-secret = 保守秘密。要是告诉{ $adult }，我的游戏就没了。
contact-the-friendly-stranger-feedback-keep-secret = 学习的机会：害怕是正常的，但“游戏会被没收”是让你闭嘴的威胁。这种秘密只对那个人有好处。现在说出来，永远不会太晚。
contact-the-friendly-stranger-choice-delete-all = 把聊天全删了，这样谁都看不到。
contact-the-friendly-stranger-feedback-delete-all = 学习的机会：删掉聊天拦不住 { $stranger }，只会删掉证据。留着消息，告诉你信任的大人。现在也不晚。
contact-the-friendly-stranger-chat-deleted = 聊天记录没了，可 { $stranger } 还在。第二天，又来了一条新消息：“我的下一张自拍呢？记住，这是我们的秘密。”
contact-the-friendly-stranger-secret-kept = 你什么也没说。可 { $stranger } 一直发消息、要更多，这个秘密一天比一天沉重。

contact-the-friendly-stranger-end-safe = 你识破了 { $stranger } 的圈套，留下了证据，还告诉了{ $adult }。{ $stranger } 已被拉黑和举报，你的学校和照片一样都没给出去。太棒了！
contact-the-friendly-stranger-end-recovered = 事情走得比该有的远，但后来你停止回复，保存了消息，告诉了{ $adult }。{ $stranger } 已被拉黑和举报。把事情纠正过来，需要勇气！
contact-the-friendly-stranger-end-harmful = { $stranger } 不断要自拍、要你保密，这件事一天比一天沉重。这不是你的错，现在也不晚：告诉信任的大人。大人会帮你，你不会有麻烦。

# The world remembers: location left on in the drawing app put the child's dot on its map.
contact-the-friendly-stranger-saw-map = 嘿，我认识你！我在那个画画应用的地图上看到你的画了，就是“你附近的画友”。你的位置点就在公园旁边。离我好近！
contact-the-friendly-stranger-choice-map-adult = 不回复，拿给{ $adult }看，关掉地图位置。
contact-the-friendly-stranger-feedback-map-adult = 说得对！一个陌生人知道你住在哪儿，这是很严重的危险信号。你没有回复，{ $adult }可以关掉位置，让你的位置点消失。
contact-the-friendly-stranger-choice-map-ignore = 不理他。反正我的画是私密的，没事。
contact-the-friendly-stranger-feedback-map-ignore = 不回复很聪明！但你的位置点还在地图上，谁都能看到。拿给{ $adult }看：一起把位置关掉。
contact-the-friendly-stranger-choice-map-yes = 对，就在公园旁边！{ $adult }每周六都带我去那儿。
contact-the-friendly-stranger-feedback-map-yes = 学习的机会：陌生人不需要知道你住在哪儿，也不需要知道你什么时候去公园，就算他说自己住在附近也一样。在{ $adult }的帮助下，位置现在还能关掉。
contact-the-friendly-stranger-map-off = 谢谢你拿给我看。你什么错都没有。好了：画画应用的位置已经关掉，你的位置点也没了。如果这个玩家跟你要任何东西，马上来找我。
contact-the-friendly-stranger-map-ignored = 你没有回复。但你的位置点还在地图上，{ $stranger } 还在不停地打字。
contact-the-friendly-stranger-map-neighbours = 周六？我也去！说不定会在那儿见到你。我就知道我们会成为最好的朋友。

# My phone: what stays on the phone after this level.
contact-the-friendly-stranger-trace-reported = { $stranger }：已在{ $adult }的帮助下拉黑并举报。
contact-the-friendly-stranger-trace-reported-advice = 做得好！如果一个新账号说着类似的话，可能是同一个人。先截图，再拉黑、举报，并再次告诉大人。
contact-the-friendly-stranger-trace-school = 你学校的名字，被 { $stranger } 知道了。
contact-the-friendly-stranger-trace-school-advice = 陌生人不需要知道这个。如果他再提起，就别再回复，保存聊天记录，拿给你信任的大人看，他们会帮你拉黑和举报。
