# The 9-12 story (scenarios/9-12/story.ron): its name, its close, and its recurring people.

story-9-12-title = 网上的一学期
story-9-12-closed = 这学期真精彩！新应用、新游戏、几个骗局，还有好多勇敢的选择。谢谢你带着我一起走过。我会记住这些：
story-9-12-ending-stranger = 你识破了游戏聊天里一个陌生人的套路，保留了证据，还找人帮忙把他拉黑并举报。换了新名字、还是老套路？现在你知道该怎么做了。
story-9-12-ending-location = 你的画画应用可能还在地图上显示你的位置点。请家里的大人和你一起把位置关掉，一分钟就好。
story-9-12-ending-password = 被弹窗骗走的密码现在还不安全。请家里的大人帮你设一个新密码，每个游戏用不同的密码。
story-9-12-ending-settings = 吓人的视频钻进来的时候，你告诉了信任的大人。现在自动播放已关闭，儿童模式已打开。你真勇敢！
story-9-12-ending-family-map = 家庭地图上的小圆点，还是只给你的家人看。那个又大又亮的“分享”按钮没能替你做决定，是你自己做的决定。
story-9-12-ending-streak = 现在，动画片应用会和你一起睡觉了。什么连续打卡、难过的吉祥物，都不值得你熬夜，好笑的视频放学后照样等着你。
story-9-12-ending-popup = 还记得那个你根本不想看的弹窗吗？你关掉了它，告诉了大人，没有人生气。每一次都这样做，就对了。
story-9-12-ending-challenge = 班级群里传过一个可能伤人的挑战。你没有转发，还及时告诉了大人。这就是照顾朋友的方式。
story-9-12-ending-angry = 有个玩家变得很恶劣，还从一个游戏追到另一个游戏。你保留了证据，拉黑并举报了对方，还告诉了大人。继续开玩吧，和你真正的队友一起！
story-9-12-ending-chatbot = 一个可爱的聊天机器人想当你唯一最好的朋友，还想让你保密。你知道它只是个程序，保护好了隐私，还告诉了大人。真聪明！
story-9-12-ending-always = 不管在网上还是网下，你都不用一个人扛。总有你信任的大人会帮你，说出来从来不是告密。

# The best friend
cast-912-mia = 林小雅
cast-912-theo = 赵天宇
cast-912-aisha = 周雪
# The classmate who gets picked on
cast-912-sam = 孙浩
cast-912-noah = 林诺
cast-912-arjun = 陈俊
# The stranger in the game chat
cast-912-starknight = StarKnight_12
cast-912-pixelhero = PixelHero_12
cast-912-dragonrider = DragonRider_12
