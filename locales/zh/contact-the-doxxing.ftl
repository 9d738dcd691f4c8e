# 接触 / 攻击：被人肉了（16–18 岁）。发帖后个人信息被曝光：不回应、保留证据、举报、锁好账号、告诉大人，有威胁就报警；朋友帮忙的方式是不传播。

contact-the-doxxing-title = 被人肉了
contact-the-doxxing-summary = 你的游戏测评突然爆火，一个陌生人把你的学校、你家的街道和你姐姐的账号公开给所有人看。
contact-the-doxxing-remember = 如果有人公开你住在哪、在哪上学：别反击。截图、举报、锁好账号，告诉你信任的大人。威胁是违法的，大人可以报警。

contact-the-doxxing-app = { $app }
contact-the-doxxing-app-clipcast = Clipcast
contact-the-doxxing-app-reelroom = Reelroom
contact-the-doxxing-app-vidnest = Vidnest
contact-the-doxxing-game-starfall = Starfall Arena
contact-the-doxxing-game-crystal-rift = Crystal Rift
contact-the-doxxing-game-skyline = Skyline Racers
contact-the-doxxing-troll-truth = truth_digger99
contact-the-doxxing-troll-exposed = exposed.daily
contact-the-doxxing-troll-nightwatch = n1ghtwatch
contact-the-doxxing-adult-dad = 爸爸
contact-the-doxxing-adult-coach = 阿德教练
contact-the-doxxing-adult-grandma = 奶奶

contact-the-doxxing-npc-troll = { $troll }
contact-the-doxxing-npc-anon = user_4471
contact-the-doxxing-npc-friend = { $friend }
contact-the-doxxing-npc-adult = { $adult }

contact-the-doxxing-intro = 昨晚你在 { $app } 上发了一条视频测评：“{ $game } 这次更新就是偷懒圈钱。”到了早上，播放量已经 8 万，这款游戏最铁的粉丝们很不高兴。
contact-the-doxxing-replies = 大多数回复只是不同意。有些是骂人的话。接着，一个叫 { $troll } 的账号发了完全不一样的东西。
contact-the-doxxing-dox-post = 找到了。在河畔学校上学，住在椴树路，这是这人姐姐的账号。大家去打个招呼吧。
contact-the-doxxing-pic-head = 找到了。
contact-the-doxxing-pic-school = 学校：河畔学校
contact-the-doxxing-pic-street = 街道：椴树路
contact-the-doxxing-pic-family = 姐姐：@rosie.sketches
contact-the-doxxing-pic-shares = 1200 次转发
# The world remembers: the gym tags (The Body-Image Feed), taken off or not (The Pile-On).
contact-the-doxxing-gym-safe = 他们找到了你的学校和街道，却没找到你的健身房：那次网暴之后，你把那些定位标签删掉了。陌生人能蹲守你的地方又少了一个。
contact-the-doxxing-gym-found = 还不止这些：有条回复贴出了你的健身房，是从带定位的自拍里找到的。现在陌生人知道你放学后会去哪。这还来得及补救。

contact-the-doxxing-setup = 先把账号锁好。你的测评没有违反任何规定，可以继续给粉丝看，朋友也需要能联系到你。除此之外，没人需要知道你的学校、位置或手机号。
contact-the-doxxing-set-videos = 谁能看我的视频
contact-the-doxxing-val-videos-everyone = 所有人
contact-the-doxxing-val-videos-followers = 我的粉丝
contact-the-doxxing-val-videos-only-me = 仅自己
contact-the-doxxing-why-videos-everyone = 学习的机会：现在的“所有人”，也包括正在扒你信息的那群人。“我的粉丝”更合适：看你测评的人照样能看。
contact-the-doxxing-why-videos-followers = 很合适。粉丝照样能看你的测评，而在找你信息的那群人能看到的少多了。你不需要消失。
contact-the-doxxing-why-videos-only-me = 很安全，但粉丝也看不到你的测评了，而你并没有做错什么。“我的粉丝”更合适：作品留着，把人群挡在外面。
contact-the-doxxing-set-messages = 谁能给我发私信
contact-the-doxxing-val-messages-everyone = 所有人
contact-the-doxxing-val-messages-following = 我关注的人
contact-the-doxxing-val-messages-nobody = 没有人
contact-the-doxxing-why-messages-everyone = 学习的机会：“所有人”会让网暴中的任何陌生人都能直接私信你。“我关注的人”更合适。
contact-the-doxxing-why-messages-following = 很合适。朋友还能联系你，网暴你的陌生人却发不了私信。
contact-the-doxxing-why-messages-nobody = 清净了，但朋友也联系不上你，而你现在正需要他们。“我关注的人”更合适。
contact-the-doxxing-set-school = 主页显示学校
contact-the-doxxing-val-school-shown = 显示
contact-the-doxxing-val-school-hidden = 隐藏
contact-the-doxxing-why-school-shown = 学习的机会：主页上的学校等于告诉陌生人，每个上学日去哪能找到你。把它隐藏起来。
contact-the-doxxing-why-school-hidden = 很好。朋友本来就知道你在哪上学，其他人没必要知道。
contact-the-doxxing-set-location = 动态显示位置
contact-the-doxxing-val-location-on = 开启
contact-the-doxxing-val-location-off = 关闭
contact-the-doxxing-why-location-on = 学习的机会：动态里的位置，能让人推算出你住的街道和日常行踪。把它关掉。
contact-the-doxxing-why-location-off = 很好。测评不需要地图定位，你住的街道只属于你。
contact-the-doxxing-set-tags = 谁能@我
contact-the-doxxing-val-tags-anyone = 任何人
contact-the-doxxing-val-tags-following = 我关注的人
contact-the-doxxing-val-tags-ask = 先问我
contact-the-doxxing-why-tags-anyone = 学习的机会：任何人都可能在关于你的帖子里@你，你的名字会直接把人引过去。“先问我”更合适。
contact-the-doxxing-why-tags-following = 比“任何人”好，但朋友在聚会或店里@你，照样会暴露你在哪。“先问我”让你每次都能先看一眼。
contact-the-doxxing-why-tags-ask = 很合适。任何带你名字的内容，没经过你看过就不会出现在你主页上。
contact-the-doxxing-set-phone = 允许别人通过手机号找到我
contact-the-doxxing-val-phone-on = 开启
contact-the-doxxing-val-phone-off = 关闭
contact-the-doxxing-why-phone-on = 学习的机会：有了你的手机号，谁都能找到你所有的账号，而网暴时手机号传得很快。把它关掉。
contact-the-doxxing-why-phone-off = 很好。朋友可以用用户名找到你，手机号留在应用之外。

contact-the-doxxing-first-move = 你的学校、你家的街道、你姐姐的账号，谁都能看到。你的手在发抖。这条帖子你怎么处理？
contact-the-doxxing-choice-save-report = 先把帖子和账号截图，再举报。
contact-the-doxxing-feedback-save-report = 顺序很对：先留证据，再举报。带用户名和链接的截图，就算帖子被删或被转载也能保住证据，警察以后也可能用得上。
contact-the-doxxing-choice-quick-report = 马上举报，别让更多的人看到。
contact-the-doxxing-feedback-quick-report = 举报是对的，也够快。但没有截图，帖子被人再转一次时，就没法证明发过什么。先截图，再举报。
contact-the-doxxing-choice-hit-back = 回复：“删掉，不然我举报你，还把你的地址也发出来。”
contact-the-doxxing-feedback-hit-back = 学习的机会：反击只会给围观的人新的热闹，你的威胁还可能被反过来用在你身上。别回应：留证据、举报、告诉大人。
contact-the-doxxing-c-documented = 你把帖子、账号和链接都截了图，以“分享他人隐私信息”为由举报。一小时后，{ $app } 删除了帖子。
contact-the-doxxing-pic-report-title = 举报帖子
contact-the-doxxing-pic-reason = 分享他人隐私信息
contact-the-doxxing-pic-attached = 4 张截图
contact-the-doxxing-pic-removed = 帖子已删除。感谢你的举报。
contact-the-doxxing-c-quick-report = 已举报。帖子一小时内就消失了，但一个新账号早就转载了，而你什么都没存下来给人看。
contact-the-doxxing-c-hit-back = 哈哈，居然威胁我。大家快来看。再发一遍地址，免得有人错过。

contact-the-doxxing-fix-first = 你的回复被当成“你才是问题”的证据到处转，地址也已经被贴了两次。现在补救还来得及。接下来呢？
contact-the-doxxing-choice-undo-tell = 删掉我的回复，把一切都告诉{ $adult }。
contact-the-doxxing-feedback-undo-tell = 这就是补救。删掉回复就没了热闹可看，{ $adult }可以帮你举报两条帖子、保留证据。生气不是罪，求助才是聪明。
contact-the-doxxing-choice-keep-fighting = 继续怼。反正也没人会帮忙，凭什么停？
contact-the-doxxing-feedback-keep-fighting = 学习的机会：网暴靠回复续命，没有人能“赢”。而且帮助一直都在：停下来、保存现有的东西、告诉信任的大人，永远不晚。
contact-the-doxxing-c-fight = 你一直在回复。到了晚上，又有三个账号贴出了你家的街道，其中一个还找到了你姐姐的学校。

contact-the-doxxing-friend = 有你地址的那条帖子已经传到班级群了。这些人太恶心了。要不要我配上“别再网暴了”转发一下，让大家看看有多过分？
contact-the-doxxing-choice-dont-share = 别转发。举报它，再请大家都把它删掉。
contact-the-doxxing-feedback-dont-share = 没错。每转发一次，哪怕出于好意，你的地址都会传得更远。举报并请大家删掉，才是朋友真正能帮的忙。
contact-the-doxxing-choice-blur-it = 转吧，但先给街道打码，为了安全。
contact-the-doxxing-feedback-blur-it = { $friend }是好意。但转发仍然会传播你的学校和你姐姐的账号，而且打码是可以去掉的。最好的帮忙是举报、不转发。
contact-the-doxxing-choice-dox-back = 查出谁在管那个账号，把他的地址发出来，我来帮忙。
contact-the-doxxing-feedback-dox-back = 学习的机会：以牙还牙的人肉，还是人肉。很多时候会找错人，还会让你也成为靶子。举报它，交给大人处理。
contact-the-doxxing-c-friend-reports = 好。我已经举报了，也让群里的人都删掉、别转。已经有三个人删了。需要我的话我一直在。
contact-the-doxxing-c-friend-reposts = { $friend }把帖子转了，街道打了码。到中午，有人把码去掉了，帖子又进了另外两个群。
contact-the-doxxing-c-dox-back = 有人扒出一个地址，说是 { $troll } 的，发了出去。可那是错的人：一户陌生人家，现在收到了本该骂那个网暴者的消息。

contact-the-doxxing-fix-friend = 一户什么都没做的人家正在被攻击，而且和你的名字连在一起。现在阻止还不晚。接下来呢？
contact-the-doxxing-choice-take-down = 马上让人删掉，回家把事情从头到尾全说出来。
contact-the-doxxing-feedback-take-down = 这很勇敢。删掉帖子就能停止对无辜的人的伤害，家里的大人也能帮你举报剩下的。承认错误，就是补救的开始。
contact-the-doxxing-choice-leave-it = 就放着吧。是他们先惹事的，这样我更安全。
contact-the-doxxing-feedback-leave-it = 学习的机会：这样并不会更安全，而被伤害的人什么都没做。让人删掉、告诉信任的大人，永远不晚。
contact-the-doxxing-c-left = 那户人家的地址一直挂着。人群转去攻击他们，而关于你的帖子还在被转发。

contact-the-doxxing-night = 那天晚上，一个没有头像的账号发来了私信请求。
# The world remembers: the countdown in The Countdown, and the adult you told.
contact-the-doxxing-familiar = 威胁、期限、围观的人。这一套你以前就遇到过，那次你没有让他们得逞。同样的做法在这里也管用。
contact-the-doxxing-threat = 街道不错嘛。我每天都路过。周一见。
contact-the-doxxing-pic-request = 私信请求
contact-the-doxxing-pic-accept = 接受
contact-the-doxxing-pic-delete = 删除
contact-the-doxxing-choice-wake-adult = 不回复。现在就叫醒{ $adult }，一起看这条吓人的消息。
contact-the-doxxing-feedback-wake-adult = 做得对。这是威胁，在很多地方威胁他人是违法的。别回复：{ $adult }可以举报，并联系警察和学校，让周一平平安安。
contact-the-doxxing-choice-block-stay-home = 拉黑他，周一就待在家里不出门，这样才安全。
contact-the-doxxing-feedback-block-stay-home = 拉黑、躲开都可以理解。但威胁应该交给大人和警察处理，你不该躲起来。告诉一个你信任的大人吧。
contact-the-doxxing-choice-not-scared = 回复：“来啊。我才不怕你。”
contact-the-doxxing-feedback-not-scared = 学习的机会：回应威胁等于告诉对方你在看，还可能把一句话变成一个计划。别回复：保存下来，告诉信任的大人。
contact-the-doxxing-c-blocked = 已拉黑。你谁都没告诉。整个周末，只要有车在门外减速，你就忍不住往窗外看。
contact-the-doxxing-c-replied = 好啊。那就周一。我在校门口等。

contact-the-doxxing-monday = 周一早上。账号已经拉黑了，但威胁并没有消失，而能出手处理的人都还不知道。接下来呢？
contact-the-doxxing-choice-monday-tell = 上学前把那条消息告诉{ $adult }。
contact-the-doxxing-feedback-monday-tell = 很好。现在还不晚：私信请求的截图加上{ $adult }，就足够去举报了，学校和警察也能确保你的安全。
contact-the-doxxing-choice-monday-quiet = 什么都不说。已经拉黑了，就这样吧。
contact-the-doxxing-feedback-monday-quiet = 学习的机会：拉黑只是让你看不到威胁，并没有让威胁找不到你。你不必一个人扛：信任的大人可以举报，并联系警察。
contact-the-doxxing-c-quiet = 你什么都没说，照常去上学。这一次什么也没发生。但每听到脚步声你都会一惊，那条帖子也还在被转发。

contact-the-doxxing-fix-threat = 你回复了，现在有了时间和地点。这不是游戏，也不是你的错。接下来呢？
contact-the-doxxing-choice-show-threat = 不再回复，今晚把整段聊天给{ $adult }看。
contact-the-doxxing-feedback-show-threat = 就是这样。回复过也不代表是你的错。{ $adult }可以举报这段聊天，警察和学校会确保没人在校门口等你。
contact-the-doxxing-choice-bring-friends = 叫朋友们陪我去学校。很安全，也不用大人。
contact-the-doxxing-feedback-bring-friends = 学习的机会：有朋友很好，但威胁要交给大人和警察，而不是让几个青少年在校门口面对。告诉信任的大人，永远不晚。
contact-the-doxxing-choice-delete-all = 全删了，就当什么都没发生。
contact-the-doxxing-feedback-delete-all = 学习的机会：删掉聊天就等于扔掉证据，而威胁还在。告诉信任的大人，永远不晚，他们还能去举报。
contact-the-doxxing-c-friends-monday = 周一，朋友们陪你去学校。校门口站着一个陌生人，在拍视频。能阻止这件事的人都不知道，到中午视频已经传到网上。
contact-the-doxxing-c-deleted = 你删光了所有东西。周一你一直忍不住回头看，可没了聊天记录，什么都拿不出来给人看了。

contact-the-doxxing-adult-police = 你叫醒我是对的。这是威胁，要交给警察处理。我们举报这个账号，今晚就联系警察和学校，周一我送你去上学。你每一步都做对了。
contact-the-doxxing-adult-police-late = 你告诉我是对的，你不会有麻烦。我们举报这条消息，打铃前就联系警察和学校。你不必一个人扛着。
contact-the-doxxing-adult-late = 谢谢你告诉我。你不会有麻烦：被人这样攻击，谁都会生气。我们去举报并让人删帖，保留证据，如果有什么威胁到你，就报警。

contact-the-doxxing-end-safe = 陌生人公开了你住在哪，而你没有反击：你举报了帖子、锁好了账号，把威胁交给大人处理。你的测评还在。
contact-the-doxxing-end-safe-late = 憋了一个周末不说很难受，但你还是告诉了{ $adult }，警察和学校已经在处理。账号锁好了，你的测评也还在。
contact-the-doxxing-end-mixed = 这一次什么都没发生。但能出手的人都不知道这个威胁，那条帖子也还在传。信任的大人仍然可以去举报，让周一变得安全。
contact-the-doxxing-end-recovered = 事情一度闹大了，但你补救了：不再回应，还告诉了{ $adult }。帖子都已举报，剩下的交给大人。
contact-the-doxxing-end-harmful = 帖子还在到处传，压力很大。被陌生人盯上不是你的错。保存剩下的证据、告诉信任的大人，永远不晚，他们可以报警。

# My phone: what was reported.
contact-the-doxxing-trace-reported = 已举报：{ $troll } 发布的、带有你学校和街道的帖子。
contact-the-doxxing-trace-reported-advice = 做得好。如果它再出现，截图、举报，再告诉信任的大人。时不时检查一下谁能看到你的学校和位置。
