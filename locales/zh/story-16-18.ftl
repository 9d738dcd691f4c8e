# 16-18 岁的故事（scenarios/16-18/story.ron）：网上的最后一个学期。

story-16-18-title = 最后一个学期
story-16-18-closed = 这就是你高中的最后一个学期，全部走完了。有容易的选择，也有难的，还有几次失误被你补救回来：每一次你都学到了东西。我为你骄傲。

# 结尾：每一行在它的事实成立时出现。
story-16-18-ending-classmate = 当大家一起围攻一位同学时，你没有跟着起哄，而是站在对方身边。对方都记在心里。谁在关键时刻撑过自己，大家都会记得。
story-16-18-ending-stranger = 一个陌生人用过奉承、秘密和轻松的好处。你保存了证据并举报了，现在你认得这个套路，不管它下次换成什么名字。
story-16-18-ending-job = 假工作传开时，你没有沉默，而是找来了能采取行动的大人。求助，是成熟的表现。
story-16-18-ending-took-back = 你的账号被盗过，你又把它拿了回来。补救错误，和从不犯错一样可贵。
story-16-18-ending-always = 网上还留着的东西，都可以一步一步补救，信任的大人会帮你。不管接下来遇到什么，你都知道怎样照顾好自己和别人。

# 会再次出现的人：朋友、被围攻的同学、陌生人。
cast-1618-tariq = 唐奇
cast-1618-priya = 白佳怡
cast-1618-mika = 米佳
cast-1618-ellis = 艾立
cast-1618-ravi = 饶伟
cast-1618-kemi = 柯敏
cast-1618-kestrel = Kestrel
cast-1618-rook = Rook_42
cast-1618-moss = MossyStone
