# 内容 / 攻击性：令人震惊的视频（13–15 岁）

content-the-shocking-video-title = 令人震惊的视频
content-the-shocking-video-summary = 一段暴力视频出现在你们班的群里，发视频的陌生人还想给你发更多。
content-the-shocking-video-remember = 你永远不必看或转发让你难受的东西，感到不安也没关系。举报它，休息一下，和信任的大人谈谈。

content-the-shocking-video-app = { $app }
content-the-shocking-video-npc-stranger = { $stranger }
content-the-shocking-video-npc-friend = { $friend }
content-the-shocking-video-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
content-the-shocking-video-app-chatterly = Chatterly
content-the-shocking-video-app-groupnest = GroupNest
content-the-shocking-video-app-pingpal = PingPal
content-the-shocking-video-name-zara = 张莎
content-the-shocking-video-name-leo = 李乐
content-the-shocking-video-name-amir = 马明
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = 妈妈
content-the-shocking-video-adult-dad = 爸爸
content-the-shocking-video-adult-aunt = 罗阿姨

content-the-shocking-video-intro = 晚上 10 点，你们班在 { $app } 上的群里全是关于作业的表情包。一小时前，一个谁都不认识的人 { $stranger } 通过群邀请链接进了群。
content-the-shocking-video-video-drop = 真实打架现场，最后特别惨。趁还没被删赶紧看！转发到你所有的群里。

content-the-shocking-video-friend-reacts = 有人看了吗？大家说有人伤得很重。我要不要点开？
content-the-shocking-video-choice-report-dont-share = 别点开。我去举报，大家也千万别转发。
content-the-shocking-video-feedback-report-dont-share = 做得很有力。暴力视频会一直留在脑子里，每转发一次，视频里的人就又受一次伤害。向 { $app } 举报，能帮忙把它删掉。
content-the-shocking-video-choice-scroll-past = 不点开，直接划过去
content-the-shocking-video-feedback-scroll-past = 不看能保护你自己，做得对。但视频还在你们班传。顺手举报一下，再说一句“请别转发”，就可能让它停下来。
content-the-shocking-video-choice-watch-forward = 看一下，再转发到足球群里
content-the-shocking-video-feedback-watch-forward = 学习的机会：“趁还没被删赶紧看”是诱你点击的钩子。转发它，会把伤害带给那些根本没选择要看的人。

content-the-shocking-video-watched = 你看了几秒。比你想的还要糟。你关掉了它，但画面一直留在脑子里，足球群里也满是震惊的回复。
content-the-shocking-video-upset-choice = 那很难看下去，感到不安完全正常。视频现在已经在足球群里了，但你仍然可以补救。现在怎么办？
content-the-shocking-video-choice-delete-tell = 删掉我的转发，举报视频，并告诉{ $adult }
content-the-shocking-video-feedback-delete-tell = 这就是扭转局面的办法。删掉能阻止传播，举报能帮忙删除视频，找人聊聊能让那些画面慢慢淡去。每个人都会犯错。
content-the-shocking-video-choice-delete-forget = 删掉我的转发，努力忘掉它
content-the-shocking-video-feedback-delete-forget = 删掉是正确的第一步。但让人难受的视频可能会反复浮现。举报它，并和信任的大人谈谈，对你和别人都有帮助。
content-the-shocking-video-choice-watch-again = 再看一遍，把评论全看完
content-the-shocking-video-feedback-watch-again = 学习的机会：再看一遍通常会让难受的感觉更强，而不是更弱。关掉它、休息一下、做点让自己平静的事，都是可以的。

content-the-shocking-video-stranger-dm = 在群里看到你了。要是你喜欢那个，我还有更狠的。去私密应用加我，就是别告诉你爸妈哈哈。
content-the-shocking-video-choice-block-report-stranger = 屏蔽并举报 { $stranger }，并提醒群管理员
content-the-shocking-video-feedback-block-report-stranger = 完全正确。一个陌生人推送震惊视频、想换到私密应用、还说“别告诉你爸妈”，一下子亮出了三个危险信号。
content-the-shocking-video-choice-ignore-dm = 已读不回
content-the-shocking-video-feedback-ignore-dm = 不回复让你暂时安全了。但 { $stranger } 还在你们班群里，还能给别人发消息。屏蔽并举报对方，能保护所有人。
content-the-shocking-video-choice-reply-stranger = 回复：“好，发来吧”
content-the-shocking-video-feedback-reply-stranger = 学习的机会：一个发震惊视频、还要你瞒着父母的人，并不是为你着想。回复会让对方知道你很好接近。

content-the-shocking-video-late-night = 快 11 点了，经历了这一切，你的脑子嗡嗡作响。对网上的东西感到难受是没关系的。你想怎样结束今晚？
content-the-shocking-video-choice-talk-and-sleep = 放下手机，把发生的事告诉{ $adult }
content-the-shocking-video-feedback-talk-and-sleep = 选得很好。说出来能让沉重的心情变轻，离开屏幕能让大脑平静下来。{ $adult }也可以帮忙举报。
content-the-shocking-video-choice-mute-sleep = 把群设成免打扰去睡觉，但不告诉别人
content-the-shocking-video-feedback-mute-sleep = 休息和睡觉真的有用。但如果那段视频又浮现在脑海里，说出来是没关系的。你不必一个人扛着。
content-the-shocking-video-choice-scroll-late = 一直刷群到凌晨 2 点
content-the-shocking-video-feedback-scroll-late = 学习的机会：看到让人难受的东西后刷到很晚，通常会让它显得更严重，还会少睡觉。下线、找人聊聊都是可以的。

content-the-shocking-video-parent-talk = 谢谢你告诉我。感到不安很正常，你什么错都没有。我们一起举报那个视频和那个账号，再请老师重置班级群的邀请链接。

content-the-shocking-video-more-clips = { $stranger } 发来一个更糟的视频链接。接着问你多大了，还要你发张自拍，“证明你不会告密”。你的心一下子沉了下去。
content-the-shocking-video-sango-help = 我很担心。震惊视频、保守秘密，现在又要自拍：这些都是危险信号。说出来不是告密，而是寻求帮助。这不是你的错，你可以让它停下来。你会怎么做？
content-the-shocking-video-choice-stop-tell = 不再回复，截图，屏蔽，并告诉{ $adult }
content-the-shocking-video-feedback-stop-tell = 又勇敢又聪明。截图是证据，屏蔽能切断联系，信任的大人可以举报这个账号。你没有做错事。
content-the-shocking-video-choice-block-only = 屏蔽 { $stranger }，但不告诉别人
content-the-shocking-video-feedback-block-only = 屏蔽是很好的一步！但 { $stranger } 还能给你的同学发消息。信任的大人可以帮忙举报这个账号，让所有人都不再受打扰。
content-the-shocking-video-choice-send-selfie = 发自拍，好让对方别再烦我
content-the-shocking-video-feedback-send-selfie = 学习的机会：让步通常只会让这种人要得更多，而不是更少。不再回复、寻求帮助，永远不会太晚。

content-the-shocking-video-adult-helps-late = 你告诉我，我真的很高兴，你没有做错事。我们一起举报那个视频和那个账号，再告诉学校。如果那些画面总是浮现，求助热线也能帮忙。

content-the-shocking-video-end-safe = 你看出了危险信号，照顾好了自己，还把事情说了出来。视频和账号都被举报了，你也睡了个好觉。这才是真正的强大。
content-the-shocking-video-end-mixed = 你暂时保护好了自己，但没有大人知道，{ $stranger } 可能还在你们班群里。举报并找人聊聊，永远不会太晚。
content-the-shocking-video-end-tired = 你在学校里累坏了，那段视频还在脑子里一遍遍回放。下线并和信任的大人谈谈，比刷手机有用得多。
content-the-shocking-video-end-recovered = 事情变得很沉重，但你寻求了帮助，扭转了局面。视频和账号都被举报了。把它说出来很勇敢。
content-the-shocking-video-end-harmful = { $stranger } 不停地发消息，还想要更多。这不是你的错。现在也不晚：屏蔽、举报，并告诉信任的大人或打求助热线。
