# The 13-15 story (scenarios/13-15/story.ron): its name, Sango's words at the close,
# the lines of the close, and the band's recurring people.

story-13-15-title = 网上的一个学期
story-13-15-closed = 整个学期结束啦！新账号、爆火的测试、群聊、游戏，还有几段难熬的时刻。下面是你的故事记住的事。
story-13-15-ending-strangers = 当陌生人用夸奖、礼物和“就我们俩”来套近乎时，你保存了证据，对方也被举报了。不管下次换什么名字，这些套路都骗不了你。
story-13-15-ending-classmate = 当有同学被排挤、被嘲笑时，你让信任的大人介入了。这就是站在别人这一边。
story-13-15-ending-video = 当网上的东西让你心里不好受时，你和信任的人聊了聊。这是一种力量，也能让那些画面慢慢淡去。
story-13-15-ending-checked = 转发之前，你先核实了真正的来源，哪怕朋友很确定。信任你的人也因此更安全。
story-13-15-ending-quiz-open = 还没解决：那个测试应用仍然可以转出你的数据。去设置里关掉它的权限，再把它删掉。信任的大人可以帮你。
story-13-15-ending-feed-friend = 当朋友被一个假装互助的群组卷进去时，你没有替对方保守秘密，而是找了信任的大人。这才是真正的朋友。
story-13-15-ending-fake-pictures = 当关于一位同学的恶意、虚假的东西在传播时，你请信任的大人出手帮忙。那位同学知道，有人站在自己这边。
story-13-15-ending-link = 当班级群里一个“搞笑”链接原来是谁都不该收到的东西时，你告诉了信任的大人。没有人因此惹上麻烦，这也从来不是你的错。
story-13-15-ending-hacked-account = 你的账号现在有了一把真正的锁：只有你知道的密码短语、两步验证，也没有陌生人登录着。你也知道了，朋友发来的链接也可能是套路。
story-13-15-ending-ai-companion = 曾经有个 AI 应用想做你唯一的朋友。你看清了它只是个产品，让信任的大人站在你这边，把晚上的时间拿了回来。周六的公园还在等你。
story-13-15-ending-livestream = 当一场直播让你不舒服时，你知道可以随时结束，再找人聊聊。现在你的直播只给朋友看。
story-13-15-ending-hidden-ad = 你识破了一条其实是广告的“真实测评”，还举报了它。看仔细，好过全信，也好过全不信。
story-13-15-ending-always = “我的手机”里还剩下的任何事，都可以补救。永远不晚，向信任的大人求助也永远不会让你惹上麻烦。

# The recurring people (cast): the friend, the classmate who is picked on,
# the ringleader, and the new follower who comes back.
cast-1315-hana = 韩雪
cast-1315-dev = 戴文
cast-1315-zara = 张莎
cast-1315-jonah = 蒋俊
cast-1315-ayesha = 艾佳
cast-1315-ella = 叶丽
cast-1315-jordan = jordan.lol
cast-1315-tyler = tyler_jokes
cast-1315-sofia = sofia.vibes
cast-1315-jay = jay.beats_14
cast-1315-riley = riley_xo14
cast-1315-sky = sky.lights14
