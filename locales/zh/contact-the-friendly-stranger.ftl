# 接触 / 性风险，面向 9–12 岁：只讲危险信号（友好的陌生人）

contact-the-friendly-stranger-title = 友好的陌生人
contact-the-friendly-stranger-summary = 游戏聊天里一个你不认识的人特别热情，还要送你免费宝石。这到底是怎么回事？
contact-the-friendly-stranger-remember = 真正的朋友绝不会要你对家人保守秘密。如果网上有人让你觉得不舒服，就屏蔽、举报，并告诉信任的大人。

contact-the-friendly-stranger-npc-gamer = { $gamer }
contact-the-friendly-stranger-npc-mum = 妈妈

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
contact-the-friendly-stranger-name-starknight = StarKnight_12
contact-the-friendly-stranger-name-pixelhero = PixelHero_12
contact-the-friendly-stranger-name-dragonrider = DragonRider_12
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = 山坡小学
contact-the-friendly-stranger-school-oakwood = 橡树小学
contact-the-friendly-stranger-school-riverside = 河畔小学

contact-the-friendly-stranger-intro = 你正在你最喜欢的游戏 { $game } 里建城堡。和朋友一起玩更有意思！我会陪你一起留意聊天。

contact-the-friendly-stranger-first-message = 哇，你的城堡是我见过最棒的！你太厉害了。我也 12 岁。想要 500 颗免费宝石吗？告诉我你在哪个学校，我好发给你。
contact-the-friendly-stranger-choice-no-school = 不用了，谢谢。我不在网上说我的学校。
contact-the-friendly-stranger-feedback-no-school = 做得好！你的学校会告诉别人去哪里能找到你，所以要保密。而且陌生人送的免费礼物，常常是让你信任他们的圈套。
contact-the-friendly-stranger-choice-just-thanks = 说声谢谢，但不回答学校的问题
contact-the-friendly-stranger-feedback-just-thanks = 很好，你没说出学校！还要注意：不认识的人又是夸你、又是送免费礼物，这些都是危险信号。
contact-the-friendly-stranger-choice-tell-school = 酷！我在{ $school }上学。
contact-the-friendly-stranger-feedback-tell-school = 学习的机会：学校名字会让陌生人知道你每天在哪里。要保密，哪怕对方看起来人特别好。

contact-the-friendly-stranger-knows-school = { $school }？真的吗，离我家很近！说不定哪天我们可以见个面。你比我认识的其他小朋友酷多了。

contact-the-friendly-stranger-pushy = 我们去 ChatZip 上聊吧，那里更私密。还有，别跟你爸妈说我的事，好吗？他们不会理解我们的友谊的。
contact-the-friendly-stranger-choice-block-report-tell = 屏蔽、举报，并告诉信任的大人
contact-the-friendly-stranger-feedback-block-report-tell = 完全正确！要你换到私密应用、对家人保守秘密，都是很严重的危险信号。屏蔽、举报并告诉大人，既勇敢又正确。
contact-the-friendly-stranger-choice-log-off = 直接下线，不再回复
contact-the-friendly-stranger-feedback-log-off = 下线让你暂时安全了。但 { $gamer } 可能还会给你发消息，或者去找别的小朋友。举报并告诉大人，才能彻底制止。
contact-the-friendly-stranger-choice-move-app = 好，我在 ChatZip 上加你。我不会说的。
contact-the-friendly-stranger-feedback-move-app = 学习的机会：安全的朋友绝不会要你瞒着家人。在私密应用里，出了事也没人能看到。

contact-the-friendly-stranger-tell-adult = 谢谢你告诉我。你什么错都没有。我们先把消息保存下来，再一起屏蔽并举报 { $gamer }。
contact-the-friendly-stranger-logged-off = 你下线了。第二天，{ $gamer } 在游戏聊天里等着你：“你去哪儿了？我还有更多宝石给你呢！”

contact-the-friendly-stranger-asks-photo = 耶，好朋友！现在发一张你穿校服的照片给我，证明你是真人。记住，这是我们的秘密哦。
contact-the-friendly-stranger-choice-refuse-tell = 不要。我要告诉信任的大人。
contact-the-friendly-stranger-feedback-refuse-tell = 真勇敢！你永远有权说“不”。要照片、要你保守秘密，都是很严重的危险信号。信任的大人会帮你，你没有做错事。
contact-the-friendly-stranger-choice-refuse-keep-chatting = 拒绝发照片，但继续聊天
contact-the-friendly-stranger-feedback-refuse-keep-chatting = 拒绝是对的！但向你要照片、要你保守秘密的人不是安全的朋友。你可以不再聊下去，去找人帮忙。
contact-the-friendly-stranger-choice-send-photo = 发照片。只是一张自拍而已。
contact-the-friendly-stranger-feedback-send-photo = 学习的机会：照片一旦发出去，你就管不了它会传到哪里，而且校服会暴露你的学校。不管是谁，要照片、要你保守秘密都是危险信号。

contact-the-friendly-stranger-gamer-pressure = 你是我最好的朋友，别搞砸了。你要是告诉爸妈，你会有大麻烦，他们还会没收你的游戏。
contact-the-friendly-stranger-sango-brave = 我很担心。让你害怕说出来，是想让你孤立无援的圈套。你没有做错事，这也不是你的错。你会怎么做？
contact-the-friendly-stranger-choice-tell-anyway = 这不是我的错。我要告诉信任的大人。
contact-the-friendly-stranger-feedback-tell-anyway = 这才是真正的勇气！向孩子要秘密的人，就是指望孩子不说出去。信任的大人会听你说、帮助你，你没有做错事。
contact-the-friendly-stranger-choice-block-only = 屏蔽 { $gamer }，但不告诉别人
contact-the-friendly-stranger-feedback-block-only = 屏蔽是很好的一步！但 { $gamer } 可能会对别的小朋友做同样的事。告诉信任的大人，这件事才能被举报、被制止。
contact-the-friendly-stranger-choice-keep-secret = 保守秘密，照对方说的做
contact-the-friendly-stranger-feedback-keep-secret = 学习的机会：害怕是正常的，但这种秘密只对那个人有好处。告诉你信任的人，永远不会太晚。

contact-the-friendly-stranger-tell-adult-late = 你告诉我，我真的很高兴。你没有做错事，你做得对。我们先把消息保存下来，再一起屏蔽并举报 { $gamer }。

contact-the-friendly-stranger-end-safe = 你发现了危险信号，还找到了帮助。{ $gamer } 已被屏蔽和举报，你的信息也很安全。太棒了！
contact-the-friendly-stranger-end-mixed = 你暂时安全了，但 { $gamer } 还没被举报，别的小朋友可能会是下一个。告诉信任的大人，才能彻底制止。
contact-the-friendly-stranger-end-recovered = 有一阵子挺吓人的，但你很勇敢，告诉了别人。{ $gamer } 已被屏蔽和举报。说出来总是有帮助的！
contact-the-friendly-stranger-end-harmful = { $gamer } 不断要更多，这个秘密一天比一天沉重。这不是你的错，现在也不晚：告诉信任的大人。你不会有麻烦的。
