# The 13-15 story (scenarios/13-15/story.ron): its name, Sango's words at the close,
# the lines of the close, and the band's recurring people.

story-13-15-title = 网上的一个学期
story-13-15-closed = 整个学期结束啦！新账号、爆火的测试、群聊、游戏，还有几段难熬的时刻。下面是你的故事记住的事。
story-13-15-ending-strangers = 当陌生人用夸奖、礼物和“就我们俩”来套近乎时，你保存了证据，对方也被举报了。不管下次换什么名字，这些套路都骗不了你。
story-13-15-ending-classmate = 当有同学被排挤、被嘲笑时，你让信任的大人介入了。这就是站在别人这一边。
story-13-15-ending-video = 当网上的东西让你心里不好受时，你和信任的人聊了聊。这是一种力量，也能让那些画面慢慢淡去。
story-13-15-ending-checked = 转发之前，你先核实了真正的来源，哪怕朋友很确定。信任你的人也因此更安全。
story-13-15-ending-quiz-open = 还没解决：那个测试应用仍然可以转出你的数据。去设置里关掉它的权限，再把它删掉。信任的大人可以帮你。
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
