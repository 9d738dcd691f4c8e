# 内容 / 价值观：疯传的谣言（9–12 岁）

content-the-viral-rumour-title = 疯传的谣言
content-the-viral-rumour-summary = 一条吓人的帖子和一个危险的挑战正在学校里疯传。你能核实真相，保护大家的安全吗？
content-the-viral-rumour-remember = 在相信或分享之前，先停一停、查一查。如果某个挑战可能伤到人，马上告诉信任的大人。

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = 孙老师

# 变化：每次游戏从 `vary` 的每个变量中各选一个。
content-the-viral-rumour-name-maya = 马小雨
content-the-viral-rumour-name-zoe = 张悦
content-the-viral-rumour-name-priya = 白佳怡
content-the-viral-rumour-name-ben = 王斌
content-the-viral-rumour-name-omar = 欧阳明
content-the-viral-rumour-name-lucas = 陆凯
content-the-viral-rumour-challenge-chair-tower = 椅子叠塔挑战
content-the-viral-rumour-challenge-sky-stack = 叠上天挑战
content-the-viral-rumour-challenge-chair-climb = 爬椅子挑战

content-the-viral-rumour-intro = 嗨，是我，Sango！今天是周五晚上，你们班的群聊特别热闹。我们去看看大家在聊什么吧。

content-the-viral-rumour-maya = 快看！！一个有名的主播说，每个小孩都必须做“{ $challenge }”：把椅子叠起来，爬到最上面，拍下来。1 小时内不分享就出局！
content-the-viral-rumour-choice-check-first = 等等。这是谁发的？是真的吗？
content-the-viral-rumour-feedback-check-first = 真是个好侦探！催你的帖子，比如“1 小时内分享！”，常常是假的。先核实，就能让谣言停下来。
content-the-viral-rumour-choice-ignore = 不分享，不理它就好。
content-the-viral-rumour-feedback-ignore = 不分享是对的，因为谣言就是靠大家转来转去才越传越大。查查是不是真的，再提醒别人，会更有帮助。
content-the-viral-rumour-choice-share-now = 赶紧转发到班级群！
content-the-viral-rumour-feedback-share-now = 这是个学习的机会。那条帖子在催你，而催促就是让你来不及思考的套路。不核实就分享，可能会传播虚假或危险的东西。

content-the-viral-rumour-check = 我们来当侦探吧！没有名字，没有日期，这个账号才注册一天。真正的主播在主页上说：“那不是我。别做！”这是假的，但这个挑战还是可能伤到人。
content-the-viral-rumour-ben-plans = 周一早上，大家还在聊“{ $challenge }”。课间，{ $classmate }把三把椅子拖到了操场的角落里。

content-the-viral-rumour-ben = 帮我拍！我要做“{ $challenge }”！肯定能收到一大堆赞！
content-the-viral-rumour-choice-tell-teacher = 跑去告诉老师，别让任何人受伤
content-the-viral-rumour-feedback-tell-teacher = 又勇敢又聪明！把危险的挑战告诉大人不是打小报告。这能保护你的朋友，信任的大人就是为这个而在的。
content-the-viral-rumour-choice-warn-ben = 告诉{ $classmate }这个主意很糟，然后走开
content-the-viral-rumour-feedback-warn-ben = 你发现了危险还说出来了，很好！但{ $classmate }可能还是会去做。附近的老师可以确保没人受伤。
content-the-viral-rumour-choice-film-ben = 为了点赞，给{ $classmate }拍视频
content-the-viral-rumour-feedback-film-ben = 学习的机会：点赞会让危险的事显得很刺激。给正在做危险事情的人拍视频，可能会让对方更冒险。

content-the-viral-rumour-teacher-helps = 谢谢你告诉我。你可能让一个人免受了伤害。我们来和全班聊聊假挑战的事吧。
content-the-viral-rumour-ben-stops = { $classmate }翻了个白眼，但还是爬了下来。不过，别的班的同学正计划放学后去试“{ $challenge }”。

content-the-viral-rumour-ben-wobbles = 椅子塔晃了起来。{ $classmate }及时跳了下来，擦破了膝盖。大家都安静了。视频还在你的手机里。
content-the-viral-rumour-wobble-choice = 呼，{ $classmate }没事，但刚才真险。这个视频可能会让更多小朋友去试。你现在会怎么做？
content-the-viral-rumour-choice-get-help-delete = 去找老师，不发这个视频
content-the-viral-rumour-feedback-get-help-delete = 这就是扭转局面的办法！老师可以看看{ $classmate }有没有事，并制止这个挑战。不发视频，就没人会去模仿。
content-the-viral-rumour-choice-delete-quietly = 删掉视频，但不告诉任何人
content-the-viral-rumour-feedback-delete-quietly = 删掉有帮助，视频就不会从你这里传出去。但这个挑战还在流传，大人可以帮忙为所有人制止它。
content-the-viral-rumour-choice-post-anyway = 还是发出去吧，挺好笑的
content-the-viral-rumour-feedback-post-anyway = 学习的机会：危险动作的视频会让别人想模仿，而且它拍下了{ $classmate }狼狈的时刻。想想它可能会伤害谁。

content-the-viral-rumour-spread = 一小时内，你的转发传到了 40 个小朋友那里。现在{ $friend }的弟弟在问椅子要叠多高。很多人都相信了那个假主播。
content-the-viral-rumour-spread-choice = 糟糕。帖子传得很快，一些更小的孩子相信了。现在帮忙还不晚。你会怎么做？
content-the-viral-rumour-choice-delete-and-tell = 删掉我的转发，并告诉信任的大人
content-the-viral-rumour-feedback-delete-and-tell = 真勇敢！每个人都有不小心转错东西的时候。重要的是去改正、去找帮助。大人可以提醒全校。
content-the-viral-rumour-choice-delete-only = 删掉我的转发，希望它就此停下
content-the-viral-rumour-feedback-delete-only = 删掉转发是很好的一步。但很多小朋友已经看到了。信任的大人可以提醒他们，这是假的，而且很危险。
content-the-viral-rumour-choice-leave-it = 留着吧，只是个玩笑。
content-the-viral-rumour-feedback-leave-it = 学习的机会：如果有人模仿后受了伤，玩笑就一点也不好笑了。改变主意、寻求帮助都是可以的。

content-the-viral-rumour-teacher-helps-late = 谢谢你来找我。我知道这不容易，你没有做错事。我会提醒其他班这是假的，我们一起保护大家的安全。

content-the-viral-rumour-end-safe = 你核实了真相，还在有人受伤之前找到了帮助。这才是真正的网络小英雄！
content-the-viral-rumour-end-mixed = 一部分问题停下了，但这个挑战还在流传，也没有大人知道。告诉信任的大人，能帮所有人挡住危险的挑战。
content-the-viral-rumour-end-recovered = 事情变得有点棘手，但你找到了帮助，扭转了局面。这需要勇气！下次分享或拍视频前，先停下来想一想。
content-the-viral-rumour-end-harmful = 假挑战还在流传，可能会有更多小朋友去试。现在也不晚：告诉信任的大人，他们可以帮忙制止。
