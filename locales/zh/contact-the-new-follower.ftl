# 接触 / 性风险，面向 13–15 岁：只讲性勒索的危险信号和如何求助（新粉丝）

contact-the-new-follower-title = 新粉丝
contact-the-new-follower-summary = 一个和你同龄的新粉丝喜欢你发的每一条内容，然后想换个更私密的地方聊。
contact-the-new-follower-remember = 奉承、换到私密应用、索要照片，都是危险信号。别去警告对方：先悄悄保存聊天记录，再拉黑、举报，并告诉信任的大人。这绝不是你的错。

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
contact-the-new-follower-school-westbrook = 西溪中学
contact-the-new-follower-school-hillcrest = 岭上中学
contact-the-new-follower-school-parkview = 园景中学
contact-the-new-follower-adult-mum = 妈妈
contact-the-new-follower-adult-dad = 爸爸
contact-the-new-follower-adult-aunt = 丽娜阿姨

# 安全设置：在有人关注你之前，先设置好新账号。
contact-the-new-follower-setup = 你刚注册了 { $app }。你想让学校的朋友看到你的跳舞视频、给你发消息，也想自己决定被标记在哪些照片里。你的位置、通讯录，还有你在应用里做的事，都留给自己。
contact-the-new-follower-set-posts = 谁可以看我的帖子
contact-the-new-follower-val-posts-everyone = 所有人
contact-the-new-follower-val-posts-friends = 仅好友
contact-the-new-follower-val-posts-only-me = 仅自己
contact-the-new-follower-why-posts-everyone = “所有人”也包括陌生人，而你的帖子会透露很多关于你的事。“仅好友”更合适：你认识的人照样能看到每个视频。
contact-the-new-follower-why-posts-friends = 正合适：朋友能看到你的视频，陌生人看不到。只接受现实中认识的人。
contact-the-new-follower-why-posts-only-me = 这样很安全，但朋友也看不到你的视频了。“仅好友”更合适：你本来就是想和他们分享。
contact-the-new-follower-set-location = 谁可以看到我的位置
contact-the-new-follower-val-location-everyone = 所有人
contact-the-new-follower-val-location-friends = 好友，在地图上
contact-the-new-follower-val-location-off = 没有人
contact-the-new-follower-why-location-everyone = 选“所有人”，陌生人会知道你住在哪、在哪上学、常去哪玩。“没有人”更合适：你的视频用不着位置。
contact-the-new-follower-why-location-friends = 比“所有人”好，但实时地图还是会显示你在哪，截图也会被传出去。“没有人”更合适：想告诉朋友就发消息。
contact-the-new-follower-why-location-off = 选得好。看你的视频不需要知道你在哪，想告诉朋友随时可以发消息。
contact-the-new-follower-set-messages = 谁可以给我发消息
contact-the-new-follower-val-messages-everyone = 所有人
contact-the-new-follower-val-messages-friends = 仅好友
contact-the-new-follower-val-messages-nobody = 没有人
contact-the-new-follower-why-messages-everyone = “所有人”意味着任何陌生人都能给你发消息。“仅好友”更合适：你认识的人照样能联系到你。
contact-the-new-follower-why-messages-friends = 正是你想要的：朋友能给你发消息，陌生人不能。
contact-the-new-follower-why-messages-nobody = 这样很安全，但朋友也没法给你发消息了，而你是希望他们能发的。“仅好友”更合适。
contact-the-new-follower-set-tagging = 谁可以在照片中标记我
contact-the-new-follower-val-tagging-anyone = 任何人
contact-the-new-follower-val-tagging-friends = 好友
contact-the-new-follower-val-tagging-ask = 先问我
contact-the-new-follower-why-tagging-anyone = 任何人都能在任何照片里标记你，还会显示在你的主页上。“先问我”更合适：每个标记你都能先看。
contact-the-new-follower-why-tagging-friends = 比“任何人”好，但朋友也可能把你标记在你不喜欢的照片里。“先问我”更合适：由你决定。
contact-the-new-follower-why-tagging-ask = 没错。每个标记出现在主页前你都能先看到，哪些内容带上你的名字由你决定。
contact-the-new-follower-set-contacts = 从手机通讯录查找好友
contact-the-new-follower-val-contacts-upload = 上传通讯录
contact-the-new-follower-val-contacts-off = 关闭
contact-the-new-follower-why-contacts-upload = 上传会在没问过别人的情况下交出他们的号码，还可能把你推荐给存有你号码的陌生人。“关闭”更合适。
contact-the-new-follower-why-contacts-off = 想得周到。别人的号码留在你的手机里，应用也不会把你推荐给陌生人。可以用用户名添加朋友。
contact-the-new-follower-set-ads = 根据我的行为投放广告
contact-the-new-follower-val-ads-on = 开启
contact-the-new-follower-val-ads-off = 关闭
contact-the-new-follower-why-ads-on = 这样应用会追踪你看什么、赞什么、搜什么来卖广告：代价就是你的数据。“关闭”更合适。
contact-the-new-follower-why-ads-off = 很好。应用会少用你的行为来卖广告。你仍会看到广告，只是不再根据你的习惯来定制。

contact-the-new-follower-intro = 两周后，你在 { $app } 上有了一个新粉丝：{ $follower }。资料上写着 14 岁，和你喜欢一样的音乐，还有很多好看的照片。对方一口气给你的五条帖子点了赞。
contact-the-new-follower-pic-bio = 14 · 音乐 · 跳舞
contact-the-new-follower-pic-posts = 86 条帖子
contact-the-new-follower-pic-followers = 412 位粉丝
contact-the-new-follower-pic-joined = 3 周前加入
contact-the-new-follower-pic-mutual = 没有共同好友
contact-the-new-follower-pic-liked = 赞了你的 5 条帖子

contact-the-new-follower-first-dm = 嗨～看了你的跳舞视频，你真的好有才华。我也 14 岁，刚搬到你附近！你在哪个学校？
contact-the-new-follower-choice-check-profile = 谢谢！我先去核实一下你的主页。
contact-the-new-follower-feedback-check-profile = 先不回答，很聪明。但主页只显示主人想放上去的东西：谁都可以写“14 岁”，再用别人的照片。
contact-the-new-follower-choice-tell-school = 天哪谢谢！！我在{ $school }。你呢？
contact-the-new-follower-feedback-tell-school = 学习的机会：你的学校会告诉别人每个工作日去哪里找你。谁都可以在资料上写“我 14 岁”。在弄清对方是谁之前，先别说。
contact-the-new-follower-choice-no-school = 谢谢！学校这种事我不在网上说。
contact-the-new-follower-feedback-no-school = 很好。被夸的感觉很好，但你并不知道对方是谁。一个新粉丝一上来就问学校，还说住你附近，是在套取信息。

contact-the-new-follower-c-check-profile = 主页看起来很完美：14 岁，好多自拍，都是你爱听的音乐。但账号才注册三周，你的朋友里没人认识这个人。
contact-the-new-follower-c-tell-school = 不会吧，{ $school }？？离我好近！周五放学见个面？就我们俩，别带别人，会很尴尬
contact-the-new-follower-c-no-school = 哈哈好吧，挺神秘，我喜欢。说真的，你比同龄人成熟多了

contact-the-new-follower-meet = 那……周五？别跟你爸妈说，他们会搞得很奇怪
contact-the-new-follower-choice-meet-yes = 好，周五见！我不会告诉爸妈的。
contact-the-new-follower-feedback-meet-yes = 学习的机会：谁都可以说自己 14 岁。“别跟爸妈说”保护的是对方，不是你。没有信任的大人陪着，绝不要和网上认识的人见面。
contact-the-new-follower-choice-meet-show = 回复之前，我先把聊天给{ $adult }看。
contact-the-new-follower-feedback-meet-show = 完全正确。没有信任的大人在场，绝不要和只在网上认识的人见面；“别跟爸妈说”是很大的危险信号。{ $adult }能帮你弄清对方是谁。
contact-the-new-follower-choice-meet-friend = 除非我带个朋友一起去，那样安全点。
contact-the-new-follower-feedback-meet-friend = 不一个人去，想得不错。但两个青少年也可能被骗，而“就我们俩，别告诉别人”是危险信号。和网上的人见面，需要有大人知道并陪着。

contact-the-new-follower-c-meet-yes = 耶！！等不及了。不过周五之前，我想看看你现在长什么样
contact-the-new-follower-c-meet-friend = 不行，就我们俩，不然算了。别这么扫兴。对了，我想看看你现在长什么样

contact-the-new-follower-move-app = 这个应用太公开了哈哈。加我 { $private } 吧？那里的消息会自动消失，更私密。就我们俩
contact-the-new-follower-pic-private = { $private }
contact-the-new-follower-pic-vanish = 消息 10 秒后自动消失
contact-the-new-follower-pic-add = 加我
contact-the-new-follower-choice-add-private = 好，加你。反正私密一点更好嘛。
contact-the-new-follower-feedback-add-private = 学习的机会：会消失的消息更能保护对方，而不是你。一旦出事，什么记录都没有，别人也看不到。
contact-the-new-follower-choice-is-it-safe = 以后再说吧。那个应用安全吗？
contact-the-new-follower-feedback-is-it-safe = 先不换，做得好。但“以后再说”等于留着门，问对方安不安全，等于让对方替你做决定。对一直施压的人，明确说“不”完全可以。
contact-the-new-follower-choice-stay-here = 不了，我在这挺好。还不认识你呢。
contact-the-new-follower-feedback-stay-here = 完全正确。逼你换到消息会消失的应用，是典型的危险信号：这样能藏起聊天内容，也把能帮你的人都挡在外面。

contact-the-new-follower-c-add-private = 你在 { $private } 上加了 { $follower }。现在只有你们两个，每条消息十秒后就会消失。
contact-the-new-follower-c-is-it-safe = 超安全的，我保证。大家都在用。考虑一下嘛
contact-the-new-follower-c-stay-here = 唉，行吧，你真没劲

contact-the-new-follower-photo-here = 好吧，那至少发张照片给我。只给我一个人看的那种。别告诉任何人，我绝不给别人看
contact-the-new-follower-choice-announce = 想都别想。我要举报你，还要告诉{ $adult }。
contact-the-new-follower-feedback-announce = 拒绝是对的，也很勇敢。但提前警告，等于给对方时间删掉聊天、消失，或者逼得更紧。什么都别说，先保存，再举报并说出来。
contact-the-new-follower-choice-selfie = 发张自拍吧。只是脸而已，没关系。
contact-the-new-follower-feedback-selfie = 学习的机会：“只是脸”也给了对方可以利用的东西，还让对方知道施压有用。没人有权要你的照片，这绝不是你的错。
contact-the-new-follower-choice-save-quietly = 不回复。把聊天和对方主页都截图。
contact-the-new-follower-feedback-save-quietly = 冷静又聪明。“只给我看”的照片和“别告诉任何人”都是危险信号。趁对方还没察觉就存好证据，证据才保得住。
contact-the-new-follower-choice-block-now = 马上拉黑，把整段聊天都删掉。
contact-the-new-follower-feedback-block-now = 想赶紧躲开很正常。但删掉聊天等于扔掉证据，而被拉黑的人可以换个新号。先截图，再拉黑、举报。

contact-the-new-follower-c-announce = “哇哦，告密的。”然后整段聊天都消失了：对方把它删了。什么也没留下。第二天，一个新账号给你发来消息。
contact-the-new-follower-pic-messages = 消息
contact-the-new-follower-pic-chat-deleted = 此聊天已被删除
contact-the-new-follower-pic-request = 新的消息请求
contact-the-new-follower-pic-new-account = user_83920
contact-the-new-follower-c-selfie = 好可爱。现在今晚之前用礼品卡付 100，不然我就把你的脸P到假照片上，发给你所有粉丝
contact-the-new-follower-c-save-quietly = 你没有回复。你把整段聊天和 { $follower } 的主页都截了图，存好了。对方并不知道。“喂？？在吗？”
contact-the-new-follower-pic-hello = 喂？？在吗？
contact-the-new-follower-pic-saved = 已保存 3 张截图
contact-the-new-follower-c-block-now = 你拉黑了 { $follower }，删掉了聊天。松了口气，但什么都没存下。第二天，一个新账号给你发来消息。

contact-the-new-follower-saved = 证据存好了，{ $follower } 还不知道。下一步怎么做？
contact-the-new-follower-choice-saved-show = 先把截图都拿给{ $adult }看看，别的以后再说。
contact-the-new-follower-feedback-saved-show = 就该这么做。{ $adult }能帮你拉黑这个账号、向 { $app } 举报、检查隐私设置，必要时打求助热线或报警。
contact-the-new-follower-choice-saved-report = 拉黑并举报。这事我一个人能搞定。
contact-the-new-follower-feedback-saved-report = 带着证据拉黑和举报，很棒。但这件事一个人扛太重了，对方也可能回来。信任的大人能做到你做不到的事。也告诉一个大人吧。
contact-the-new-follower-choice-saved-warn = 把对方主页发出来，免得我的粉丝上当。
contact-the-new-follower-feedback-saved-warn = 想保护别人，心很好。但发出来也会惊动对方：对方消失，换个号重来，而能出手的大人还什么都不知道。举报，并告诉信任的大人。

contact-the-new-follower-c-saved-report = { $app } 删除了那个账号。一周后，一个新账号给你发来消息。
contact-the-new-follower-c-saved-warn = 粉丝们回复“好吓人”。{ $follower } 也看到了，删掉了账号。第二天，一个新账号给你发来消息。

contact-the-new-follower-new-account = 想我了吗？新号哈哈。你没那么容易甩掉我。把那张照片发来，我们就扯平。敢告诉别人你会后悔的
contact-the-new-follower-choice-new-send = 发一张吧，要是这样对方就能从此走开。
contact-the-new-follower-feedback-new-send = 学习的机会：发一张绝不会让对方走开，只会给对方更多威胁你的把柄。这绝不是你的错，随时都能求助。
contact-the-new-follower-choice-new-show = 截图，把每条消息都拿给{ $adult }仔细看看。
contact-the-new-follower-feedback-new-show = 对。对方又回来了，这时就需要一个能出手的大人。{ $adult }能帮你举报新账号、保护你。这绝不是你的错。
contact-the-new-follower-choice-new-delete = 注销{ $app }账号，也不告诉{ $adult }。
contact-the-new-follower-feedback-new-delete = 学习的机会：离开能暂时躲开，但对方会继续，可能还会找别的青少年，而你一个人扛着。{ $adult }或求助热线能帮你，没人会怪你。

contact-the-new-follower-c-new-send = 收到。现在今晚之前用礼品卡付 100，不然这张就发给你所有粉丝
contact-the-new-follower-c-new-delete = 你注销了 { $app } 账号，什么也没说。暂时安静了。但你想念那里的朋友，而 { $follower } 还在某个地方。

contact-the-new-follower-private-chat = 你知道吗，你真的很成熟。发张照片给我，私密一点的，只给我看。我也回你一张。永远不会有别人看到
contact-the-new-follower-choice-private-chat-on = 不发照片，{ $adult }说那是隐私。我们接着聊。
contact-the-new-follower-feedback-private-chat-on = 拒绝是对的，你永远不欠任何人一张照片。但索要私密照片的人，继续聊下去并不安全。你可以停下来，拿给{ $adult }看。
contact-the-new-follower-choice-private-show = 下线，全部截图，今晚就拿给{ $adult }看。
contact-the-new-follower-feedback-private-show = 很有力量。向青少年索要私密照片是严重的危险信号，不管对方自称几岁。有了截图和信任的大人，就能举报并让它停下。
contact-the-new-follower-choice-private-send = 就发一张。对方保证过不会给别人看的。
contact-the-new-follower-feedback-private-send = 学习的机会：照片一旦发出去，你就控制不了了，谁都能截图。这种压力绝不是你的错，随时都能求助。

contact-the-new-follower-c-private-chat-on = 行。那今晚之前用礼品卡付 100，不然我就做一张你的假照片，发给你所有粉丝
contact-the-new-follower-c-private-send = 收到。现在今晚之前用礼品卡付 100，不然这张就发给你所有粉丝。敢告诉别人只会更糟

contact-the-new-follower-threat = 停一下。这叫性勒索。这是犯罪，而且绝对不是你的错，不管你是真的发了照片，还是对方伪造的。他们就指望你害怕、不出声。你会怎么做？
contact-the-new-follower-choice-threat-warn = 告诉对方，我马上就要去报警举报。
contact-the-new-follower-feedback-threat-warn = 敢顶回去很勇敢。但警告对方，会给对方时间删掉证据，还会逼得更紧。先悄悄存好一切，再告诉信任的大人。
contact-the-new-follower-choice-threat-block = 拉黑，删掉聊天，不用让{ $adult }知道。
contact-the-new-follower-feedback-threat-block = 想让一切消失很正常。但删掉聊天就删掉了证据，而拉黑挡不住新号。先保存，再让{ $adult }帮忙：大人宁愿知道。
contact-the-new-follower-choice-threat-pay = 付钱，让对方删掉，以后别再烦我。
contact-the-new-follower-feedback-threat-pay = 学习的机会：这样威胁别人的人，收到钱后几乎总会要更多。停下来、保留证据、说出来，永远不会太晚。
contact-the-new-follower-choice-threat-show = 不付钱。全部存好，然后拿给{ $adult }看。
contact-the-new-follower-feedback-threat-show = 最勇敢、最聪明的做法。付钱或再发东西永远不会让这件事结束。保存的消息能帮助平台和警方，求助热线能帮忙删除图片。

contact-the-new-follower-c-threat-warn = “哈哈去啊。”对方回复。接着这个账号连同整段聊天都消失了。一小时后，一个新账号给你发来消息。
contact-the-new-follower-c-threat-block = 聊天没了，证据也全没了。第二天早上，一个新账号给你发来消息。

contact-the-new-follower-threat-again = 新号，老规矩。半夜之前 200，不然所有人都会看到。想都别想告诉任何人
contact-the-new-follower-choice-again-show = 这条也截图，现在就拿给{ $adult }看。
contact-the-new-follower-feedback-again-show = 你把事情扳回来了。存下新消息，就是平台和警方能用的证据。这绝不是你的错，{ $adult }和求助热线能帮你让它停下。
contact-the-new-follower-choice-again-pay = 付钱，瞒着{ $adult }。谁都不能知道。
contact-the-new-follower-feedback-again-pay = 学习的机会：付了钱，对方就知道你还会再付，而沉默正是对方想要的。保存消息、拿给{ $adult }看，永远不会太晚。

contact-the-new-follower-c-paid = 谢了。现在翻倍，不然照样发出去

contact-the-new-follower-adult-helps = 谢谢你给我看，你做得完全对。你什么错都没有。我们一起拉黑这个账号，向 { $app } 举报，再检查一下你的隐私设置。
contact-the-new-follower-adult-helps-again = 谢谢你告诉我。你什么错都没有，这件事你一个人扛得够久了。我们一起向 { $app } 举报对方用过的每个账号，再检查隐私设置。
contact-the-new-follower-adult-helps-late = 你告诉我，我真的很高兴。你不会有麻烦，这一切都不是你的错。我们会保留证据，向 { $app } 举报这个账号，必要时打求助热线或报警。

contact-the-new-follower-end-safe = 你看出了危险信号，一张照片也没发，还让{ $adult }站在你这边。{ $follower } 已被拉黑和举报，你的照片还是你自己的。很有力量。
contact-the-new-follower-end-recovered = 事情走得比应该的远，但你没有沉默。和{ $adult }一起，你保留了证据、举报了对方，也得到了支持。这从来不是你的错。
contact-the-new-follower-end-mixed = 你暂时躲开了，但没有大人知道，{ $follower } 可能会回来，或者去找别人。告诉信任的大人或打求助热线，永远不会太晚。
contact-the-new-follower-end-harmful = 对方要了更多，这种人总是这样。永远不会太晚，也永远不是你的错：保留消息，不再回复，告诉信任的大人或求助热线，他们会帮你。

# What the choices leave on "My phone" (traces).
contact-the-new-follower-trace-school = 你学校的名字，告诉了 { $follower }。
contact-the-new-follower-trace-school-advice = 陌生人不需要知道。如果对方再提起，或者想见面，别回复：截图保存，拉黑，举报，再告诉你信任的大人。
contact-the-new-follower-trace-reported = 账号 { $follower }：已举报，已拉黑。
contact-the-new-follower-trace-reported-advice = 做得明智。这种人常常换个名字再回来。如果新账号用同样的套路，就再一次截图、拉黑、举报，并告诉大人。
