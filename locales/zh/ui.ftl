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
title-save-problem = 保存的进度有点问题，需要大人看一看。什么都没有丢失：老师可以看到详细情况。

## Who is playing
profiles-heading = 谁在玩？
profiles-new = 新玩家
profiles-nickname-label = 输入一个昵称：
profiles-privacy-tip = 小提示：用一个编的昵称，不要用真名。这样在这里和在网上都能保护你的隐私。
profiles-privacy-full-name = 这是你的真名吗？编一个昵称更安全：不认识的人就没法用它找到你。你也可以保留它。
profiles-privacy-email = 这看起来像一个电子邮箱地址。编一个昵称更安全：邮箱会让陌生人给你发消息。你也可以保留它。
profiles-privacy-phone = 这看起来像一个电话号码。编一个昵称更安全：号码会让陌生人给你打电话或发短信。你也可以保留它。
profiles-avatar-label = 选一个头像：
profiles-create = 开始游戏
profile-error-empty = 请先输入昵称。
profile-error-too-long = 昵称最多只能有 { $max } 个字。
profile-error-taken = 这个昵称已经有人用了，换一个试试吧！
profile-error-symbols = 请用字母和数字：有些符号和图案这里显示不出来，还可能让两个昵称看起来一样。
profile-error-missing = 找不到这位玩家。
avatar-coral = 珊瑚红小熊
avatar-sun = 小太阳
avatar-leaf = 绿色嫩芽
avatar-sky = 天蓝色机器人
avatar-violet = 紫色猫头鹰
avatar-rose = 粉色小兔

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
level-ending-mixed = 暂时安全了。
level-ending-recovered = 你把事情挽回了！
level-ending-harmful = 事情变得有点难办了。
level-see-results = 看看你的表现

## Debrief
debrief-outcome-safe = 做得好！你保护了自己，也保护了别人。
debrief-outcome-mixed = 这次你没事，但问题还没有解决。每一次尝试都会让你学到东西。
debrief-outcome-recovered = 你把事情挽回了。出错之后告诉别人、拉黑或举报，正是该做的事。
debrief-put-right = 出错之后，你挽回了：“{ $choice }”
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
level-spot-hint = 点出每一个露出破绽的地方，然后按“我找好了”。
level-spot-hint-picture = 仔细看这张图。点出每一个露出破绽的地方（也可以用 Tab 键移过去再按回车），然后按“我找好了”。
level-spot-done = 我找好了
level-spot-clue = 眼光真好：这是一条线索！
level-spot-not-clue = 这部分没问题。
level-spot-everything = 每个地方都点，虽然能点中线索，但也把没问题的部分当成了假的。会发现线索，就是只选真正露出破绽的地方。
level-spot-some-fine = 你点的有些部分其实没问题。小心也意味着相信真实的东西。
level-spot-missed = 有一个线索被漏掉了。看看每个部分，问问自己：这里露出破绽了吗？
level-spot-result = 你找到了 { $clues } 条线索中的 { $found } 条{ $mistaken ->
    [0] 。
   *[other] ，还点了 { $mistaken } 处没问题的地方。
}

## Age bands (the map shows one at a time)
map-ages = 年龄：
band-9-12 = 9–12 岁
band-13-15 = 13–15 岁
band-16-18 = 16–18 岁

## Who is playing: many children share one computer
profiles-new-player = 我是新来的
profiles-page = 第 { $page } 页，共 { $pages } 页
profiles-previous = 上一页
profiles-next = 下一页
profiles-none-yet = 这台电脑上还没有人建立档案。按“我是新来的”来创建一个吧。
profiles-remove-heading = 选择要删除的档案
profiles-remove-confirm = 要删除 { $nickname } 的档案和所有星星吗？删除后就找不回来了。
profiles-remove-yes = 是的，删除
profiles-removed = { $nickname } 的档案已删除。
cancel = 取消
title-teacher = 老师
title-settings-problem = 学校的设置文件有问题，因此使用默认设置：

## Teacher PIN
pin-set-heading = 设置老师 PIN 码
pin-set-hint = 请使用孩子们不知道的 4 到 12 位数字。这台电脑只保存经过打乱处理的副本（Argon2 哈希），输错多次后要等待才能再试。
pin-confirm-heading = 再输入一次同样的 PIN 码
pin-enter-heading = 老师 PIN 码
pin-enter-hint = 输入老师 PIN 码，打开老师设置。
pin-ok = 确定
pin-erase = 清除
pin-error-wrong = PIN 码不正确，请再试一次。
pin-error-length = PIN 码为 4 到 12 位数字。
pin-error-wait = 错误次数太多了。请等 { $seconds } 秒后再试。
pin-error-mismatch = 两次输入的 PIN 码不一致，请重新开始。

## Teacher settings
teacher-heading = 老师设置
teacher-age-band = 班级年龄段：
teacher-language = 语言：
teacher-levels = 适合年龄 { $band } 的关卡（点一下关卡即可开启或关闭）：
teacher-level-on = 开
teacher-level-off = 关
teacher-lock = 锁定设置
teacher-unlock = 解锁设置
teacher-locked = 已锁定：孩子们不能更改年龄段或语言。
teacher-unlocked = 已解锁：孩子们可以更改年龄段和语言。
teacher-report = 班级报告
teacher-remove-profile = 删除档案
teacher-reset = 重置全部进度
teacher-reset-confirm = 要重置这台电脑上的全部进度吗？所有档案和星星都会被删除。重置前会先保存一份备份。
teacher-reset-yes = 是的，重置
teacher-reset-done = 全部进度已重置。备份已保存在 { $path }
teacher-done = 完成
teacher-quit = 退出 Sango
teacher-save-problem = 无法保存：{ $error }

## Class report
report-heading = 班级报告
report-summary = { $children ->
   *[other] { $children } 个孩子
}，完成 { $levels } 个关卡，获得 { $stars } 颗星星
report-weakest = 全班最需要练习的是：{ $objectives }
report-weakest-none = 还没有练习过任何目标。
report-chart-title = 各目标的安全选择（全班）
report-legend = 百分比表示：在练习该目标的关卡中，做出安全选择的频率。
report-objective = 目标
report-class = 班级
report-nickname = 昵称
report-levels = 关卡
report-stars = 星星
report-weakest-tag = 需要练习
report-distribution = 孩子们：{ $secure } 人已掌握，{ $middle } 人正在进步，{ $again } 人需要再练习，{ $none } 人还没有练习
report-save-csv = 保存为表格（CSV）
report-save-html = 保存为可打印页面
report-saved = 已保存到 { $path }
report-save-failed = 无法保存：{ $error }
report-empty = 这台电脑上还没有孩子完成过关卡。
report-generated = 由 Sango 于 { $date } 生成。只包含昵称和分数，任何数据都不会离开这台电脑。
report-per-child = 每个孩子
profile-error-not-saved = 无法在这台电脑上保存你的档案。请向老师求助。
pin-error-not-saved = 无法在这台电脑上保存 PIN 码，所以没有设置成功。
report-weakest-secure = 到目前为止，全班在所有练习过的目标上都很稳固。
notice-language-unavailable = 无法加载“{ $language }”的文字。请检查网络连接，然后再选一次语言。
notice-level-words-unavailable = 无法加载关卡的文字。请检查网络连接，然后刷新页面。
title-settings = 设置
map-settings = 设置
settings-heading = 设置
settings-done = 完成
settings-text-size = 文字大小：{ $size }
text-size-normal = 正常
text-size-large = 大
text-size-largest = 特大
settings-contrast = 高对比度：{ $state }
state-on = 开
state-off = 关
settings-turn-on = 打开
settings-turn-off = 关闭
settings-effects = 音效音量：{ $level } / 10
settings-quieter = 小声一点
settings-louder = 大声一点
settings-sound = 声音：{ $state }
settings-mute = 全部静音
settings-unmute = 打开声音
settings-kept = 你的设置会为你保存在这台电脑上。
help-button = 寻求帮助
help-heading = 需要帮助吗？你并不孤单。
help-now-heading = 现在就可以做的事
help-now-stop = 停止回复。让你难过的人，你永远不必回答。
help-now-keep = 保留消息：截个屏。这能帮助大人帮你。
help-now-block = 在应用或游戏里拉黑这个人，并举报他。
help-now-not-your-fault = 这不是你的错，寻求帮助永远是对的。
help-adult-heading = 告诉你信任的大人
help-adult-text = 可以是父母或照顾你的人、老师，或其他你信任的大人。告诉他们发生了什么，并给他们看。
help-lines-heading = 求助热线
help-lines-default = 儿童求助热线是免费、友善并且保密的。Child Helpline International 在 childhelplineinternational.org 上列出了你所在国家的热线。
help-danger = 如果你现在有危险，请拨打当地的紧急电话。
help-close = 回到游戏
settings-music = 音乐音量：{ $level } / 10
settings-motion = 减少动画：{ $state }

# Read aloud
level-listen = 听一听
level-listen-missing = 这句话还没有配音
settings-voice = 朗读音量：{ $level } / 10
settings-read-aloud = 每句话出现时自动朗读：{ $state }
level-listen-no-voice = 这里没有这种语言的语音：请看设置
settings-speech-system = 由这台电脑的语音朗读：{ $voice }
settings-speech-pack = 由语音包里的声音朗读
settings-speech-looking = 正在查找这台电脑的语音……
settings-speech-none = 这台电脑没有这种语言的语音，也没有安装语音包。老师可以添加语音包：请看游戏的 README。
settings-speech-other = 换一个声音
settings-speech-use-pack = 使用语音包
settings-speech-use-system = 使用这台电脑的语音
settings-rate = 朗读速度：{ $rate }
settings-rate-slowest = 很慢
settings-rate-slow = 慢
settings-rate-normal = 正常
settings-rate-fast = 快
settings-rate-fastest = 很快
settings-slower = 慢一点
settings-faster = 快一点

## 热身、回顾和复习（学习检测）：判断情境
check-warm-up-heading = 和 Sango 一起热身
check-look-back-heading = 和 Sango 一起回顾
check-booster-heading = 还记得吗？和 Sango 一起复习
check-warm-up-intro = 在你玩第一个关卡之前，我们先一起热热身吧！我会给你看几个小情境。说说每个情境是“可以”还是“不可以”，再告诉我你有多确定。
check-look-back-intro = 你已经练习了很多！我们用几个小情境一起回顾一下吧，有点像热身那样。说说每个情境是“可以”还是“不可以”，再告诉我你有多确定。
check-booster-intro = 我们已经有一阵子没一起回顾了！用几个小情境来看看你还记得多少吧。每个情境之后，我都会告诉你要留意的线索。
check-no-score = 这里没有分数，也不会给答案打对错。你的答案能帮老师了解全班正在学到什么。
check-start = 开始吧
check-skip = 跳过热身
check-stop = 先停一下
check-progress = 第 { $number } 个情境，共 { $count } 个
check-is-it-ok = 这样可以吗？
check-ok = 可以
check-not-ok = 不可以
check-how-sure = 你有多确定？
check-sure-guessing = 只是猜的
check-sure-fairly-sure = 比较确定
check-sure-very-sure = 非常确定
check-feedback-right-ok = 你说对了：这样是可以的。
check-feedback-right-not-ok = 你说对了：这样是不可以的。
check-feedback-look-again-ok = 再看看：这样其实是可以的。
check-feedback-look-again-not-ok = 再看看：这样其实是不可以的。
check-next = 下一个
check-thanks-warm-up = 谢谢你！热身完成啦。我们来玩你的第一个关卡吧。
check-thanks-look-back = 谢谢你和我一起回顾！你玩的每一个关卡，都在帮你安全上网。
check-thanks-booster = 你还记得这么多，真棒！以后上网时，也要继续留意这些线索哦。
check-to-level = 开始关卡
check-not-saved = 这次没能保存你的答案，不过你可以继续玩。

## 建议和徽章
map-badges = 我的徽章（{ $count }）
map-look-back = { $kind ->
    [booster] 你和 Sango 上次回顾已经是一周前了。你还记得吗？
   *[other] 你已经练习了很多！Sango 想和你一起回顾一下。
}
map-look-back-start = { $kind ->
    [booster] 还记得吗？和 Sango 一起复习
   *[other] 和 Sango 一起回顾
}
map-next-growing = Sango 建议你玩“{ $level }”：它练习的是“{ $objective }”，这一点你还在慢慢掌握。
map-next-new = Sango 建议你玩“{ $level }”：它练习的是“{ $objective }”，这一点你还没有在关卡中练习过。
map-next-tag = Sango 推荐
badges-heading = { $nickname } 的徽章
badges-count = 共 { $count } 枚，已获得 { $earned } 枚
badges-how = 当一项技能在 { $levels } 个或更多关卡中出现，并且你每四次至少有三次做出安全选择时，你就能获得一枚徽章。
badges-earned = 已获得徽章！
badges-not-yet = 还没有：去玩练习这项技能的关卡吧。
debrief-new-badges = 新徽章！

## 班级报告：热身、回顾和复习
report-tab-levels = 关卡
report-tab-learning = 学习检测
report-badges = 徽章
report-warm-up = 热身
report-look-back = 回顾
report-booster = 复习
report-gain = 提升（分）
report-false-alarms-warm-up = 误判，热身（%）
report-false-alarms-look-back = 误判，回顾（%）
report-false-alarms-booster = 误判，复习（%）
report-false-alarms-column = 安全情境被判为“不可以”（%）：热身 / 回顾 / 复习
report-false-alarms-cell = { $warmup } / { $lookback } / { $booster }
report-confidence-warm-up = 确定程度，热身（1 到 3）
report-confidence-look-back = 确定程度，回顾（1 到 3）
report-objective-warm-up = { $objective }：热身
report-objective-look-back = { $objective }：回顾
report-objective-booster = { $objective }：复习
report-not-taken = 未参加
report-estimate = { $mean }（{ $low } 到 { $high }）
report-share-estimate = { $mean }%（{ $low } 到 { $high }）
report-cell = { $value }，{ $children ->
   *[other] { $children } 个孩子
}
report-effect-size = 效应量（Cohen's d）
report-interval = 95% 置信区间
report-paired = 两项都参加的孩子
report-retention = 复习时保持的水平（分）
report-boosters = 参加复习的孩子
report-more-suspicious = 对安全情境更多疑的孩子
report-column-children = { $check }：孩子人数
report-column-discernment = { $check }：辨别力
report-column-low = { $check }：95% 置信区间下限
report-column-high = { $check }：95% 置信区间上限
report-column-false-alarms = { $check }：误判（%）
report-learning-heading = 热身、回顾和复习
report-learning-effect = 有 { $paired } 个孩子既参加了热身，也参加了回顾。他们的辨别力从 { $pre } 变为 { $post }（{ $gain } 分）。效应量 d = { $d }（95% 置信区间为 { $low } 到 { $high }）。
report-learning-waiting = { $warmups ->
   *[other] { $warmups } 个孩子
}参加了热身，{ $lookbacks } 个参加了回顾，{ $paired } 个两项都参加了。至少有两个孩子两项都参加后，就会显示全班的提升。
report-false-alarm-trend = 被判为“不可以”的安全情境：热身时 { $pre }，回顾时 { $post }。{ $suspicious ->
    [0] 没有孩子对安全情境变得更多疑。
   *[other] 有 { $suspicious } 个孩子比以前明显更多地把安全情境判为“不可以”。
}
report-retention-line = { $boosters ->
   *[other] 有 { $boosters } 个孩子
}在回顾一周或更久之后参加了复习：在同样的技能上，辨别力变化了 { $change } 分。
report-retention-waiting = 还没有可以比较的复习（已参加 { $boosters } 次）：复习会在回顾一周或更久之后出现。
report-learning-about = 每次检测都会展示一些情境，其中一半是安全的，让孩子判断“可以”还是“不可以”。辨别力 = 识别出的有风险情境所占比例，减去被判为“不可以”的安全情境所占比例，范围从 -100 到 100 分：对所有情境都说“不可以”得 0 分。回顾只考查孩子在两个或更多关卡中练习过的技能。每个数字都附有 95% 置信区间和孩子人数。效应量 0.2 为小，0.5 为中，0.8 为大。

## 整理动态：分享、先核实，还是不分享
sort-pile-share = 分享
sort-pile-check = 先核实
sort-pile-dont-share = 不分享
level-sort-count = 第 { $n } 条，共 { $total } 条
level-sort-done = 我整理好了
level-sort-again = 重新整理
level-sort-result = { $total } 条动态中有 { $right } 条放对了地方。
level-sort-placed = 你的选择：{ $put } · 最好：{ $best }
level-sort-doubted = 有些真实又友善的动态被你拦下了。怀疑一切不等于核实：真实又友善的内容值得分享。
level-sort-passed-on = 有些本该停在你这里的动态被转发了出去。分享之前问问自己：这是真的吗？友善吗？这是我可以分享的吗？
level-setup-heading = 账号设置
level-setup-setting = { $setting }：{ $value }
level-setup-done = 我设置好了
level-setup-result = { $total } 项设置中有 { $right } 项适合这个情况。
level-setup-chosen = 你的选择：{ $chosen } · 这里最合适：{ $best }
level-setup-left-open = 有些设置还保持着应用原本的样子。应用自带的设置是为应用着想的，不是为你着想的：每一项都要自己检查一下。
level-setup-closed-too-far = 全部关掉能把陌生人挡在外面，但也会把这个账号本来就想联系的人挡在外面。安全的设置，要符合你真正的需要。
level-compose-to = 发给：{ $to }
level-compose-empty = 消息还是空的。选一选你想说的话吧。
level-compose-send = 发送
level-compose-result = 该说的 { $total } 件事里，你的消息说到了 { $needed } 件。
level-compose-in-needed = 你加进去了：这句本来就该有。
level-compose-in-harm = 你加进去了：这句会带来伤害。
level-compose-in-either = 你加进去了：加不加都可以。
level-compose-out-needed = 你没加进去：这句其实是需要的。
level-compose-out-harm = 你没加进去：做得好！
level-compose-out-either = 你没加进去：加不加都可以。
level-compose-harm = 消息里有些话可能会伤害别人，或者透露太多信息。不说什么，和说什么一样重要。
level-compose-nothing = 空消息帮不了任何人。选出该说的话，再发送出去。
level-compose-missing = 这条消息友善又安全，但漏掉了一些该说的内容。要把话说全、说清楚。

## 锁好：密码短语、登录设置和真正的登录页面
level-lock-passphrase = 你的密码短语
level-lock-empty = 还是空的。选一些片段来组成它吧。
level-lock-settings = 登录设置
level-lock-done = 锁好
level-lock-pages = 看清网址。你要在哪个页面登录？
level-lock-result = 你的密码短语{ $passphrase }。{ $real ->
    [1] 你是在真正的页面上登录的。
   *[0] 你登录的页面是假的。
}
level-lock-strong = 很强，又好记
level-lock-could-be-stronger = 还不错，但还可以更好
level-lock-weak = 很容易被猜到
level-lock-piece-word = 日常词语：让密码短语更强。
level-lock-piece-personal = 关于你的事：别人猜得到。
level-lock-piece-common = 常见密码：最先被猜的就是它。
level-lock-piece-jumble = 一串乱码：很强，但很难记。
level-lock-page-real = 你在这里登录：真正的页面。
level-lock-page-fake = 你在这里登录：假页面。
level-lock-real-was = 真正的页面：{ $address }
level-lock-fake-page = 假页面拿到了你的密码短语。输入之前先读网址：第一个单独的 / 之前的那个名字，说明网页是谁的。要是真遇到这种事，马上改掉密码短语，并告诉你信任的人。
level-lock-guessable = 密码短语里有容易猜到的内容：关于你的事会出现在你发的动态里，常见密码也总是最先被试。
level-lock-settings-open = 有一项登录设置还可以选得更好：原因见下方。有了两步验证，光偷到密码短语是不够的。
level-lock-jumble = 乱码很强，但很难记，最后往往会被写下来。能在脑海里想象出画面的日常词语，既强又好记。
level-lock-short = 密码短语太短了，守不住。再加几个日常词语吧。

## 站到另一边：用套路做一条假帖子，再反过来看
level-craft-people = 谁会看到
level-craft-room = 已用 { $used } / { $room } 个部分
level-craft-full = 已用 { $used } / { $room } 个部分：满了。拿掉一个才能换。
level-craft-post = 发布
level-craft-result = { $people } 个人里，你的帖子骗到了 { $fooled } 个。
level-craft-verdict-safe = 这些套路你都懂！
level-craft-verdict-cautious = 这些套路你懂一部分。
level-craft-verdict-risky = 我们一起来看看这些套路吧。
level-craft-fooled = 上当了
level-craft-not-fooled = 没上当
level-craft-was-trick = 套路
level-craft-was-honest = 不是套路：它能帮人核实。
level-craft-turn = 现在反过来看
level-craft-nothing = 空帖子骗不了任何人。选出对这些人管用的套路吧。
level-craft-honest = 有些部分是诚实的：它们帮人核实，所以骗不了任何人。
level-craft-missed = 有人没上当：看看每个人是什么样的，什么套路对他们管用。

## 年龄段的故事，以及“我的手机”
map-phone = 我的手机
map-story-next = { $story }：第 { $chapter } 章，共 { $count } 章，{ $level }
map-story-closed = { $story }：你的故事完成了！
map-story-open = 你的故事
map-story-read-close = 故事的结局
story-progress = 已玩 { $done } 章，共 { $count } 章
story-chapter = 第 { $number } 章
story-next = 下一章
phone-heading = { $nickname } 的手机
phone-how = 这是你的选择在手机上和网上留下的东西。Sango 会告诉你每一项该怎么办。
phone-empty = 这里还什么都没有。你玩的时候，你分享了什么、拉黑了谁、改了什么设置，都会显示在这里。
phone-private = 这些只在你的玩家资料里显示，绝不会出现在班级报告中。它们保存在这台设备上，删除玩家时也会一起删除。
phone-sango-says = Sango：{ $advice }
phone-shared = 我分享了什么，分享给了谁
phone-location = 哪里开着我的位置
phone-blocked = 我拉黑或举报了谁
phone-setting = 我更改了哪些设置
