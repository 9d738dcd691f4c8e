# 游戏自身的文字：界面、按钮和 Sango 的引导语。
# 场景文字每个场景一个文件；学习目标在 objectives.ftl。

empty = {""}
back = 返回

## Title
title-name = Sango
title-tagline = 跟着向导 Sango，安全探索网络世界。
title-play = 开始
title-quit = 退出
title-content-problems = { $count ->
   *[other] 课程中发现了 { $count } 个问题。老师可以运行“sango validate”查看原因：
}
title-save-problem = 无法读取已保存的进度，所以先把它另存一边，什么都没有丢失：

## Who is playing
profiles-heading = 谁在玩？
profiles-new = 新玩家
profiles-nickname-label = 输入一个昵称：
profiles-privacy-tip = 小提示：用一个编的昵称，不要用真名。这样在这里和在网上都能保护你的隐私。
profiles-avatar-label = 选一个颜色：
profiles-create = 开始游戏
profile-error-empty = 请先输入昵称。
profile-error-too-long = 昵称最多只能有 { $max } 个字。
profile-error-taken = 这个昵称已经有人用了，换一个试试吧！
profile-error-missing = 找不到这位玩家。
avatar-coral = 珊瑚红
avatar-sun = 阳光黄
avatar-leaf = 树叶绿
avatar-sky = 天空蓝
avatar-violet = 紫罗兰
avatar-rose = 玫瑰粉

## World map
map-heading = 网络世界
map-playing-as = 当前玩家：{ $nickname }
map-change-player = 切换玩家
map-no-levels = 更多冒险即将到来。
risk-content = 内容
risk-content-hint = 你在网上看到和读到的东西
risk-contact = 接触
risk-contact-hint = 在网上联系你的人
risk-conduct = 行为
risk-conduct-hint = 我们在网上怎样对待彼此
risk-contract = 交易
risk-contract-hint = 游戏、应用、优惠和你的数据

## A level
speaker-sango = Sango
speaker-you = 你
level-leave = 离开关卡
level-continue = 继续
level-what-do-you-do = 你会怎么做？
level-you-chose = 你选择了：“{ $choice }”
level-verdict-safe = 选得真好！
level-verdict-cautious = 还不错，不过还有更安全的做法。
level-verdict-risky = 我们一起来想想这一步吧。
level-ending-safe = 你保护好了自己！
level-ending-mixed = 你找回了正确的方向。
level-ending-harmful = 事情变得有点难办了。
level-see-results = 看看你的表现

## Debrief
debrief-outcome-safe = 做得好！你保护了自己，也保护了别人。
debrief-outcome-mixed = 你最后做到了。每一次尝试都会让你学到东西。
debrief-outcome-harmful = 这个故事有点难。再玩一次，找到安全的做法吧：Sango 相信你！
debrief-objectives = 你练习了什么
debrief-practised-well = 这一点你做得很好！
debrief-not-yet-practised = 你会在另一个选择中练习这一点。
debrief-practise-again = 我们再练习一下这一点吧。
debrief-remember = Sango 希望你记住
debrief-not-saved = 这次没能保存你的星星，不过你可以继续玩。
debrief-back-to-map = 返回地图
debrief-play-again = 再玩一次

## App stages
stage-chat = 聊天
stage-feed = 动态
stage-popup = 优惠
act-block = 屏蔽
act-report = 举报
act-tell = 告诉大人
act-close = 关闭
act-accept = 接受
level-spot-hint = 点出每一个露出破绽的地方，然后按“我找好了”。
level-spot-done = 我找好了
level-spot-clue = 眼光真好：这是一条线索！
level-spot-not-clue = 这部分没问题。
level-spot-result = 你找到了 { $clues } 条线索中的 { $found } 条{ $mistaken ->
    [0] 。
   *[other] ，还点了 { $mistaken } 处没问题的地方。
}

## Age bands (the map shows one at a time)
map-ages = 年龄：
band-9-12 = 9–12 岁
band-13-15 = 13–15 岁
band-16-18 = 16–18 岁
