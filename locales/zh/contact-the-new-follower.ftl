# 接触 / 性风险，面向 13–15 岁：只讲性勒索的危险信号和如何求助（新粉丝）

contact-the-new-follower-title = 新粉丝
contact-the-new-follower-summary = 一个和你同龄的新粉丝喜欢你发的每一条内容，然后想换个更私密的地方聊。
contact-the-new-follower-remember = 奉承、换到私密应用、索要照片，都是危险信号。如果有人威胁你，那绝不是你的错：不要付钱，保留证据，并告诉信任的大人。

contact-the-new-follower-app = { $app }
contact-the-new-follower-npc-follower = { $follower }
contact-the-new-follower-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
contact-the-new-follower-app-picstream = Picstream
contact-the-new-follower-app-loopr = Loopr
contact-the-new-follower-app-glimmr = Glimmr
contact-the-new-follower-private-vanish = Vanish
contact-the-new-follower-private-ghostchat = GhostChat
contact-the-new-follower-private-blink = Blinkr
contact-the-new-follower-name-jay = jay.beats_14
contact-the-new-follower-name-riley = riley_xo14
contact-the-new-follower-name-sky = sky.lights14
contact-the-new-follower-school-westbrook = 西溪中学
contact-the-new-follower-school-hillcrest = 岭上中学
contact-the-new-follower-school-parkview = 园景中学
contact-the-new-follower-adult-mum = 妈妈
contact-the-new-follower-adult-dad = 爸爸
contact-the-new-follower-adult-aunt = 丽娜阿姨

contact-the-new-follower-intro = 你在 { $app } 上有了一个新粉丝：{ $follower }。资料上写着 14 岁，和你喜欢一样的音乐，还有很多好看的照片。对方一口气给你的五条帖子点了赞。

contact-the-new-follower-first-dm = 嗨～看了你的跳舞视频，你真的好有才华。我也 14 岁，刚搬到你附近！你在哪个学校？
contact-the-new-follower-choice-no-school = 谢谢！不过我不在网上说我的学校。
contact-the-new-follower-feedback-no-school = 很好。被夸的感觉很好，但你其实并不知道对方是谁。一个新粉丝一上来就问你在哪上学，是在套取信息。
contact-the-new-follower-choice-thanks-only = 说声谢谢，不回答学校的问题
contact-the-new-follower-feedback-thanks-only = 很好，你没有透露学校。还要注意：一个从没见过的人拼命夸你，再加上“我住你附近”，这种模式值得警惕。
contact-the-new-follower-choice-tell-school = 天哪谢谢！！我在{ $school }
contact-the-new-follower-feedback-tell-school = 学习的机会：你的学校会告诉别人每个工作日去哪里找你。谁都可以在资料上写“我 14 岁”。在确认对方是真实的人之前，要保密。

contact-the-new-follower-knows-school = 不是吧，{ $school }？？离我超近的！我们哪天见个面吧。说真的，你比我们同龄人成熟多了

contact-the-new-follower-move-app = 这个应用太公开了哈哈。加我 { $private } 吧？那里的消息会自动消失，更私密，就我们俩
contact-the-new-follower-choice-refuse-app = 不用了。我不跟没见过的人换地方聊。
contact-the-new-follower-feedback-refuse-app = 完全正确。逼你换到消息会消失的应用，是典型的危险信号：这样能藏起聊天内容，也把能帮你的人都挡在外面。
contact-the-new-follower-choice-maybe-later = 以后再说吧，我在忙
contact-the-new-follower-feedback-maybe-later = 你没有换地方，很好。但“以后再说”还留着一扇门。你可以明确地说“不”，也可以不再回复一直逼你的人。
contact-the-new-follower-choice-add-private = 好啊，现在就加你
contact-the-new-follower-feedback-add-private = 学习的机会：会消失的消息对对方比对你更有利。一旦出事，什么记录都没有，别人也看不到。

contact-the-new-follower-pressure-here = 唉好吧，你真没劲。那至少发张照片给我吧，只给我一个人看的那种。别害羞，我绝不会给别人看
contact-the-new-follower-choice-block-report-tell = 截图、屏蔽、举报，并告诉{ $adult }
contact-the-new-follower-feedback-block-report-tell = 完全正确。先奉承、再说“就我们俩”、然后索要私密照片，这是严重的危险信号。你完全有权拒绝、切断联系并寻求帮助。
contact-the-new-follower-choice-stop-replying = 不理它，不再回复
contact-the-new-follower-feedback-stop-replying = 什么都不发是对的。但 { $follower } 可能会再来，或者去找别人。屏蔽、举报并告诉信任的大人，才能真正制止。
contact-the-new-follower-choice-send-pic = 发张照片，免得对方不高兴
contact-the-new-follower-feedback-send-pic = 学习的机会：照片一旦发出，你就失去了对它的控制。没有人有权向你索要照片，这样的施压也绝不是你的错。

contact-the-new-follower-ignored = 你不再回复了。两天后，{ $follower } 用一个新账号又发来消息：“你为什么不理我？我以为我们之间很特别。”

contact-the-new-follower-private-chat = 终于只有我们俩了。你知道吗，你真的很成熟。发张私密照片给我，我也回你一张。反正会自动消失的
contact-the-new-follower-choice-refuse-tell = 不。然后截图聊天记录，告诉{ $adult }
contact-the-new-follower-feedback-refuse-tell = 很坚定。你完全有权拒绝，信任的大人可以帮你屏蔽和举报。向青少年索要私密照片，是严重的危险信号。
contact-the-new-follower-choice-refuse-keep = 拒绝，但继续聊天
contact-the-new-follower-feedback-refuse-keep = 拒绝是对的，你永远不欠任何人一张照片。但索要私密照片的人，继续聊下去并不安全。你可以停下来，去寻求帮助。
contact-the-new-follower-choice-send-private = 发一张，反正会消失
contact-the-new-follower-feedback-send-private = 学习的机会：“会消失”并不是真的，因为谁都能截图。逼你发私密照片的人不安全，不管对方说自己多大。

contact-the-new-follower-threat = 今晚之前用礼品卡付 100，不然我就把我们的聊天记录和你的照片发给你所有的粉丝和你的学校。敢告诉别人，只会更糟。
contact-the-new-follower-not-your-fault = 停一下。这叫性勒索。这是犯罪，而且绝对不是你的错，不管你是真的发了照片，还是对方伪造的。他们就指望你害怕、不出声。你会怎么做？
contact-the-new-follower-choice-dont-pay-tell = 不付钱。保存证据，屏蔽、举报，告诉{ $adult }
contact-the-new-follower-feedback-dont-pay-tell = 最勇敢、最聪明的做法。付钱或再发东西永远不会让这件事结束。保存的消息能帮助应用平台，必要时也能帮助警方。求助热线可以帮忙删除图片。
contact-the-new-follower-choice-block-alone = 屏蔽对方，希望事情自己过去
contact-the-new-follower-feedback-block-alone = 屏蔽切断了联系，很好。但一个人扛着太沉重了，而且证据很重要。信任的大人或求助热线可以帮你举报，并删除图片。
contact-the-new-follower-choice-pay = 付钱，让对方删掉所有东西
contact-the-new-follower-feedback-pay = 学习的机会：这样威胁别人的人，收到钱后几乎总会要更多。停下来、保留证据、告诉别人，永远不会太晚。

contact-the-new-follower-adult-helps = 谢谢你给我看，你做得完全对。你什么错都没有。我们一起向 { $app } 举报这个账号，再检查一下你的隐私设置。
contact-the-new-follower-adult-helps-late = 你告诉我，我真的很高兴。你没有做错事，这也不是你的错。我们会保留证据，向应用举报，并打求助热线。必要时，警察也能帮忙。

contact-the-new-follower-end-safe = 你发现了危险信号，说了“不”，还找到了帮助。{ $follower } 已被屏蔽和举报，你的照片也一直属于你自己。真坚强。
contact-the-new-follower-end-mixed = 你避开了最糟的情况，但 { $follower } 还没被举报，可能会去找别人。信任的大人或求助热线可以帮你举报。
contact-the-new-follower-end-recovered = 事情变得很可怕，但你没有沉默。在信任的大人帮助下，你保留了证据，举报了对方，也得到了支持。告诉别人，永远是出路。
contact-the-new-follower-end-harmful = 对方要了更多，这种人总是这样。永远不会太晚，也永远不是你的错：保留消息，不再回复，告诉信任的大人或求助热线。
