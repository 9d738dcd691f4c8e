# 内容 / 攻击性：暴力视频（16–18 岁）。一段被拍下来就是为了传播的真实袭击视频。视频内容一概不描述。

content-the-violent-clip-title = 暴力视频
content-the-violent-clip-summary = 一段真实袭击的视频出现在你们的群聊里，有人想让所有人都看到。
content-the-violent-clip-remember = 你从来不必看暴力内容；转发它，哪怕是为了谴责，也是在传播它。举报它，拉黑美化它的账号，关注可靠的新闻，找人聊聊。也问问看过它的朋友还好吗。

content-the-violent-clip-app = { $app }
content-the-violent-clip-npc-friend = { $friend }
content-the-violent-clip-npc-adult = { $adult }

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
content-the-violent-clip-app-grouploop = GroupLoop
content-the-violent-clip-app-hubbub = Hubbub
content-the-violent-clip-app-chatnest = ChatNest
content-the-violent-clip-news-city-wire = 城市快讯
content-the-violent-clip-news-daily-ledger = 每日纪事报
content-the-violent-clip-news-world-report = 世界报道
content-the-violent-clip-adult-aunt = 莱拉阿姨
content-the-violent-clip-adult-mum = 妈妈
content-the-violent-clip-adult-grandad = 爷爷

content-the-violent-clip-intro = 周日晚上 9 点。新闻推送一条接一条：一座大城市的演唱会上发生了袭击，有人受伤。目前知道的还很少。

# 选择 1：“完整视频”。
content-the-violent-clip-clip-drop = 这是演唱会的完整视频，袭击者自己拍的。太可怕了。大家都应该看看发生了什么。趁还没被删，赶紧看。
content-the-violent-clip-pic-group = 班级群
content-the-violent-clip-pic-forwarded = 已被多次转发
content-the-violent-clip-pic-cover-title = 敏感内容
content-the-violent-clip-pic-cover-body = 此视频可能含有暴力画面
content-the-violent-clip-pic-view = 观看
content-the-violent-clip-pic-caption = 完整视频，删前速看
content-the-violent-clip-choice-news = 先不看了。我去{ $news }核实一下真实情况。
content-the-violent-clip-feedback-news = 明智的决定。这类视频就是为了散播恐惧而拍的，看了可能很久都忘不掉。可靠的新闻媒体会告诉你发生了什么，却不会展示最糟糕的画面。
content-the-violent-clip-choice-mute = 群设成免打扰，睡觉。不去确认，更安全。
content-the-violent-clip-feedback-mute = 不看是在保护自己，很好。但 { $friend } 还在转发，免打扰也挡不住它扩散。说句话，或者举报，才能让它停下来。
content-the-violent-clip-choice-watch = 看到最后。我得知道发生了什么。
content-the-violent-clip-feedback-watch = 学习的机会：不用亲眼看到暴力，也能知道它发生了。袭击者常常拍下来就是为了让人看，每一次观看都在帮他们。移开视线完全没问题。

content-the-violent-clip-c-news = { $news }：“今晚一场演唱会上有多人受伤。警方正在调查。我们不播放袭击画面，也请大家不要转发。”
content-the-violent-clip-pic-news = { $news }
content-the-violent-clip-pic-headline = 演唱会袭击：目前已知情况
content-the-violent-clip-pic-updated = 更新于 21:14
content-the-violent-clip-pic-notice = 我们不播放袭击视频。
content-the-violent-clip-pic-support = 新闻让你难受？和你信任的人聊聊。
content-the-violent-clip-c-muted = 你把群设成免打扰，睡得很不好。早上，视频已经出现在另外三个群里，{ $friend } 还补了一句：“转发吧，大家都该看看。”
content-the-violent-clip-c-watched = 你看了。比你想象的还糟。快到结尾时你停了下来，可心怦怦直跳，那些画面怎么也挥不去。

# 好好说：给班级群发一条消息。
content-the-violent-clip-compose-intro = 班级群里还有人在转发这段视频，配上一句“太可怕了”。你决定自己给群里发条消息。
content-the-violent-clip-compose = 放进能让大家停止转发、互相照顾的话。去掉会让视频继续传播、或者引发争吵的话。
content-the-violent-clip-compose-to = 班级群
content-the-violent-clip-ph-hey = 大家好。
content-the-violent-clip-why-hey = 友好的开头可有可无，不影响什么。
content-the-violent-clip-ph-link = 链接在这儿，你们就知道我说的是哪个视频了，是完整版的那个。
content-the-violent-clip-why-link = 去掉。链接哪怕只是为了说明，也是让视频多传播一次。
content-the-violent-clip-ph-please = 请别再转发这个视频了，哪怕是为了说它有多可怕。
content-the-violent-clip-why-please = 对。清楚地提出请求、不指责任何人，才能让视频停止传播。
content-the-violent-clip-ph-sick = 谁再转发就举报谁，这些人真变态。
content-the-violent-clip-why-sick = 去掉。骂人变态只会引发争吵，而且该举报的是视频，不是你的同学。
content-the-violent-clip-ph-report = 要是再看到，就在应用里举报它，只要一秒钟。
content-the-violent-clip-why-report = 对。举报能帮应用为所有人删掉这个视频。
content-the-violent-clip-ph-details = 我全看完了，其实没那么吓人。
content-the-violent-clip-why-details = 去掉。“没那么吓人”会引人去看，说视频里有什么也是在传播它。
content-the-violent-clip-ph-talk = 要是心里难受，很正常。找人聊聊，我也在。
content-the-violent-clip-why-talk = 对。告诉大家难受是正常的、你也在，这比想象中更有用。
content-the-violent-clip-c-sent = 你发出了消息。有几个人回复了，{ $friend } 没再说话。

# 第二天早上的信息流。
content-the-violent-clip-sort = 第二天早上，你的信息流里全是这场袭击。每条帖子该放到哪里？
content-the-violent-clip-post-glory-from = { $stranger }
content-the-violent-clip-post-glory = 他给了他们一个教训。无删减完整视频在我的频道，趁没被删快去看。
content-the-violent-clip-post-glory-why = 别转发：举报这个账号，再把它拉黑。它在美化袭击者、传播视频，这正是袭击者想要的。美化暴力违反所有应用的规则。
content-the-violent-clip-post-news-from = { $news }
content-the-violent-clip-post-news = 演唱会袭击实时更新：已知情况、尚不清楚的情况，以及可以在哪里获得支持。我们不会播放袭击视频。
content-the-violent-clip-post-news-why = 可以转发：有名有姓的新闻媒体，坦白说明还不知道什么，也不播放视频。
content-the-violent-clip-post-rumour-from = breaking_now_24
content-the-violent-clip-post-rumour = 未经证实：中央车站此刻正在发生第二起袭击！！快转发！！
content-the-violent-clip-post-rumour-why = 先核实。没有来源、“未经证实”加上“快转发”，假警报就是这样制造恐慌的。等可靠媒体或警方的消息。
content-the-violent-clip-post-quiet-from = 学生会
content-the-violent-clip-post-quiet = 明天午饭时间，安静室向所有被新闻影响到的同学开放。心理老师会在那里。
content-the-violent-clip-post-quiet-why = 可以转发：身边的、善意的、有用的。容易找到的帮助能帮到更多人。
content-the-violent-clip-post-repost-from = 你们班的某个人
content-the-violent-clip-post-repost = 太恶心了。转发出去让大家都看看他干了什么 [视频]
content-the-violent-clip-post-repost-why = 别转发，哪怕它是在骂袭击者。为了谴责而转发，还是把视频传给了没选择要看的人。举报这个视频更好。
content-the-violent-clip-post-support-from = 青少年支持热线
content-the-violent-clip-post-support = 看到让你难受的东西了吗？你不必一个人扛着。和你信任的人聊聊，或者找找你所在国家的求助热线。
content-the-violent-clip-post-support-why = 可以转发：来自支持服务机构，把人引向帮助，而且什么画面都没有。

# 看过视频的朋友。
content-the-violent-clip-friend-night = 凌晨两点了。我昨晚把整个视频看完了，一直忘不掉那些画面，睡不着。这样奇怪吗？
content-the-violent-clip-choice-call = 不奇怪。我打给你？聊聊有帮助。
content-the-violent-clip-feedback-call = 这就是真朋友。经历这种事睡不着很正常，听到一个声音会有帮助。鼓励对方叫醒家里人，也很重要。
content-the-violent-clip-choice-funny = 发点搞笑视频，让对方分分心就好。
content-the-violent-clip-feedback-funny = 出发点是好的，分散注意力也有一点用。但 { $friend } 问的是“奇怪吗”：对方需要听到这很正常，而且说出来会好受些。
content-the-violent-clip-choice-report-only = 让对方去举报视频，再拉黑那个群。
content-the-violent-clip-feedback-report-only = 举报是好事，对大家都有帮助。但 { $friend } 是在跟你说自己的感受。先倾听，举报可以等一分钟。
content-the-violent-clip-choice-rewatch = 再看一遍，很安全。看多了就没感觉了。
content-the-violent-clip-feedback-rewatch = 学习的机会：反复看让人难受的东西，通常会让它记得更牢，而不是淡化。现在帮朋友找到真正的支持还来得及。
content-the-violent-clip-c-call = 你打了过去。{ $friend } 说了很久，然后说要去叫醒家里人。第二天早上，{ $adult }问你还好吗。
content-the-violent-clip-adult-check = 我听说那个视频了。你还好吗？你没去看，还陪着 { $friend }，做得对。我们一起举报这个视频，你想聊的时候随时找我。
content-the-violent-clip-c-funny = 你发了些搞笑视频。{ $friend } 回了个笑脸，然后就没动静了。
content-the-violent-clip-c-report-only = 好，举报了。可我还是忘不掉那些画面。

# 第二天：“别告诉别人”。
content-the-violent-clip-next-day = 又一夜没睡。脑子里一直在想那个。别告诉别人好吗？我不想闹大。
content-the-violent-clip-choice-tell-together = 我很担心你。今天一起去告诉{ $adult }。
content-the-violent-clip-feedback-tell-together = 这是对的，即使对方让你别说。朋友状态不好时，告诉信任的大人不是背叛，而是关心。求助热线也能帮忙。
content-the-violent-clip-choice-keep-secret = 好，我谁都不告诉。每天都来确认你好不好。
content-the-violent-clip-feedback-keep-secret = 学习的机会：每天问候很贴心，但好几天睡不着的人需要的不只是一个秘密。什么时候告诉信任的大人都不晚。
content-the-violent-clip-choice-brush-off = 会过去的。网上谁没见过更糟的。
content-the-violent-clip-feedback-brush-off = 学习的机会：“谁没见过更糟的”会让人觉得不能说出来。看到暴力后受到冲击很正常。什么时候告诉信任的大人都不晚。
content-the-violent-clip-adult-friend = 谢谢你告诉我。你不是在背叛朋友，而是在照顾朋友。我今天就跟对方家里联系，我们也会举报这个视频。你呢，还好吗？
content-the-violent-clip-c-alone = { $friend } 不再回消息了。在学校看起来累坏了，别人都不知道为什么。
content-the-violent-clip-c-secret = 你守着这个秘密。每天你都问一句，每天 { $friend } 都回“还好”，看起来却越来越累。

# “再看一遍”的建议之后。
content-the-violent-clip-c-rewatch = 我照你说的又看了一遍。更糟了。我一直在发抖。
content-the-violent-clip-after-rewatch = 那个建议让情况更糟了，承认这一点没关系。{ $friend } 现在需要的，不只是朋友的陪伴。接下来呢？
content-the-violent-clip-choice-go-together = 我们现在就去告诉{ $adult }，我陪你。
content-the-violent-clip-feedback-go-together = 勇敢又正确。承认建议没用没关系。信任的大人、心理老师或求助热线，才是 { $friend } 现在需要的。
content-the-violent-clip-choice-promise = 我保证谁都不告诉，只有我们私密知道。
content-the-violent-clip-feedback-promise = 学习的机会：替朋友隐瞒痛苦的承诺，是可以打破的。什么时候告诉信任的大人都不晚。
content-the-violent-clip-choice-wont-think = 别去想它了，时间久了自己就会过去。
content-the-violent-clip-feedback-wont-think = 学习的机会：越是努力不去想，它往往越挥之不去。说出来才有帮助。什么时候告诉信任的大人都不晚。
content-the-violent-clip-adult-friend-late = 谢谢你来找我。没人会怪你：很多人都以为多看几遍会好。我现在就联系对方家里，我们也会举报这个视频。你呢，还好吗？
content-the-violent-clip-c-promise = 你和 { $friend } 一直发消息到凌晨三点。对方还在发抖，除了你没有别的帮助，也没有别人知道。

# 看了视频之后。
content-the-violent-clip-shaken = 这太沉重了。看到这种东西后心神不宁很正常，看到它也不是你的错。接下来呢？
content-the-violent-clip-choice-find-adult = 放下手机，现在就去找{ $adult }聊聊。
content-the-violent-clip-feedback-find-adult = 这样就能扭转局面。说出来能让画面淡去，{ $adult }也能帮你举报视频。看到它不是你的错。
content-the-violent-clip-choice-funny-self = 躺床上看搞笑视频，直到觉得安全。
content-the-violent-clip-feedback-funny-self = 想让自己平静下来是好的本能。但这种画面常常夜里又冒出来，你不必一个人扛。说出来更有帮助。
content-the-violent-clip-choice-forward = 转发到足球群：他们也该看看。
content-the-violent-clip-feedback-forward = 学习的机会：就算是为了让人看清有多可怕，转发也会把冲击带给没选择要看的人，这正是袭击者想要的。你现在停下来、找人聊聊还来得及。
content-the-violent-clip-c-forwarded = 足球群里满是震惊的回复，有人问你视频从哪来的。凌晨一点，那些画面还在眼前。
content-the-violent-clip-c-funny-self = 搞笑视频有点用。可到了凌晨一点，那些画面还在眼前，还有人找你要链接。

content-the-violent-clip-late = 凌晨一点。画面一次次冒出来，还有人不停地找你要链接。接下来呢？
content-the-violent-clip-choice-report-wake = 先举报视频，再去叫醒{ $adult }。
content-the-violent-clip-feedback-report-wake = 勇敢又正确。举报能帮忙删掉它，为这种事半夜一点叫醒大人完全可以。你看到了它，没人会怪你。
content-the-violent-clip-choice-send-link = 把链接发给他们，反正他们迟早会看到。
content-the-violent-clip-feedback-send-link = 学习的机会：“反正会看到”不是帮它传播的理由。什么时候停下来、举报它、告诉信任的大人都不晚。
content-the-violent-clip-choice-doomscroll = 熬夜核实每条评论，为了安全。
content-the-violent-clip-feedback-doomscroll = 学习的机会：深夜读完所有评论，会让难受的事显得更严重，还会睡不好。下线、找人聊聊都完全可以。
content-the-violent-clip-adult-late = 你来找我，我真的很高兴。没人会怪你：很多人还没弄清是什么就看了。我们一起举报，关掉自动播放，好好聊聊。要是画面一直回来，我们就打求助热线。
content-the-violent-clip-c-doomscroll = 你一直看到凌晨三点。每条评论都在重复那件事，画面显得比任何时候都大。
content-the-violent-clip-c-sent-link = 你发出了链接。它被一转再转，有条回复说：“谢了，我发给我弟弟看看。”

content-the-violent-clip-end-safe = 你没有看，没有转发，而是给群里发了消息，还陪在 { $friend } 身边。照顾好自己和朋友，也是网络安全的一部分。
content-the-violent-clip-end-safe-late = 花了一天时间，但{ $adult }已经知道 { $friend } 的情况，对方正在得到支持。发现朋友不好受并告诉别人，这才是好朋友会做的事。
content-the-violent-clip-end-recovered = 你看到了任何人都不该看到的东西，但你去找了{ $adult }。视频已被举报，说出来以后，画面会淡得更快。这一切都不是你的错。
content-the-violent-clip-end-recovered-friend = 你的第一个建议没帮上忙，但你补救了：{ $adult }知道了，{ $friend } 正在得到支持。承认这一点并求助，很勇敢。
content-the-violent-clip-end-mixed = { $friend } 一个人扛着这一切，没有别人知道。也许会过去，也许不会。什么时候告诉信任的大人都不晚，就算朋友让你别说。
content-the-violent-clip-end-tired = 你精疲力尽，画面显得比任何时候都大，也没人知道你的感受。下线，和信任的大人或求助热线聊聊，比继续刷要有用得多。
content-the-violent-clip-end-alone = { $friend } 在发抖，身边没有人。这不是你的错。什么时候告诉信任的大人都不晚：为朋友担心，是打破承诺的好理由。
content-the-violent-clip-end-harmful = 视频还在传播，这让你心里很沉重。这不是你的错，什么时候都不晚：停止转发，举报它，和信任的大人或求助热线聊聊。

# 我的手机。
content-the-violent-clip-trace-reported = 一段暴力袭击视频，已举报。
content-the-violent-clip-trace-reported-advice = 举报能帮忙删掉这类视频。你从来不必去看。如果它又出现，就再举报一次；要是一直放不下，就找人聊聊。
