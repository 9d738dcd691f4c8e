# 交易 / 价值观：连续打卡（9–12 岁），连续天数、自动播放和睡前提醒（诱导设计），睡眠

contract-the-streak-title = 连续打卡
contract-the-streak-summary = 在一个动画片应用里，你和最好的朋友已经连续打卡 30 天了。到了睡觉时间，应用说打卡马上就要断了。
contract-the-streak-remember = 连续打卡、难过的吉祥物、倒计时和自动播放，都是为了让你一直看下去而设计的。它们管用，不是你的错。把它们关掉，打开睡眠模式，和信任的大人聊一聊。

contract-the-streak-app = { $app }
contract-the-streak-npc-adult = { $adult }
contract-the-streak-npc-friend = { $friend }

contract-the-streak-app-toonloop = ToonLoop
contract-the-streak-app-gigglebox = GiggleBox
contract-the-streak-app-wobbly = Wobbly TV
contract-the-streak-pet-pip = 皮皮
contract-the-streak-pet-mochi = 麻糬
contract-the-streak-pet-bolt = 闪闪
contract-the-streak-adult-grandpa = 爷爷
contract-the-streak-adult-mum = 妈妈
contract-the-streak-adult-uncle = 叔叔

contract-the-streak-intro = 嗨，是我，Sango！{ $app } 里有好笑的动画片和小测验。你和{ $friend }已经连续 30 天每天都看，应用里的小宠物{ $pet }一直在给你们加油。
contract-the-streak-night-ping = 快到睡觉时间了，今天的小测验你也做完了。这时手机震了一下。
contract-the-streak-pic-time = 21:47
contract-the-streak-pic-ping = { $pet }好难过！你的连续打卡午夜就要断了！
contract-the-streak-pic-streak = 30

contract-the-streak-spot-app = 你打开了 { $app }。点一点屏幕上为了让你一直看下去而设计的地方。小心：有些地方是正常的！
contract-the-streak-card-title = 超级连续打卡：今晚再看 3 个视频！
contract-the-streak-card-body = 别让{ $pet }失望！午夜前再看 3 个视频，就能保住你的连续打卡。
contract-the-streak-part-timer = 倒计时：“连续打卡将在 02:13:09 后结束”
contract-the-streak-feedback-part-timer = 发现得好！倒计时就是为了催你，偏偏在睡觉时间。午夜是应用自己画的线，不是真正的截止时间。
contract-the-streak-part-pet = { $pet }在哭：“只有你能救我！”
contract-the-streak-feedback-part-pet = 对！{ $pet }是一幅画，专门用来让你内疚。动画不会真的难过，照顾它也不是你的责任。
contract-the-streak-part-next = 自己开始的“3 秒后播放下一个视频……”
contract-the-streak-feedback-part-next = 没错！自动播放在你还没决定时就开始下一个视频。每多看一个，停下来就更难。
contract-the-streak-part-quiz = 今日小测验：已完成
contract-the-streak-feedback-part-quiz = 不是套路。你做完了今天的小测验，玩得很开心。这个应用本来就是干这个的。
contract-the-streak-part-bedtime = 一个月亮按钮：“睡眠模式”
contract-the-streak-feedback-part-bedtime = 不是套路，是个有用的按钮！睡眠模式让应用晚上安静下来。它常常又小又难找，值得找一找。
contract-the-streak-pic-timer = 02:13:09
contract-the-streak-pic-pet = 只有你能救我！
contract-the-streak-pic-next = 3 秒后播放下一个……
contract-the-streak-pic-quiz = 今日小测验：已完成
contract-the-streak-pic-bedtime = 睡眠模式

contract-the-streak-night-choice = 现在是 21:50。{ $pet }在哭，旁边有个按钮：“打卡冻结卡，0.99”。你怎么做？
contract-the-streak-choice-close = 先关掉吧。{ $pet }可以等到明天早上。
contract-the-streak-feedback-close = 你是自己屏幕的主人！连续打卡、倒计时和眼泪，都是让你熬夜的套路。睡觉才是赢家。
contract-the-streak-choice-three = 就看 3 个，保住打卡，然后睡。
contract-the-streak-feedback-three = 想好什么时候停，这个主意不错！可自动播放就是为了让“3 个”变成很多个。今晚选择睡觉，才更有力量。
contract-the-streak-choice-freeze = 买张冻结卡帮助{ $pet }，才 0.99！
contract-the-streak-feedback-freeze = 学习的机会：花钱让提醒闭嘴，等于告诉应用“催人有用”，明天它还会再要。{ $pet }不是真的，钱可是真的。

contract-the-streak-slept = 你关掉应用睡觉了。早上，打卡天数变成了 0。{ $pet }看起来很难过，可什么坏事都没有发生。
contract-the-streak-autoplay = 一个视频，然后下一个自己开始，然后又一个。你一抬头：已经 23:20 了，你看了 14 个。
contract-the-streak-pic-late-time = 23:20
contract-the-streak-pic-episode = 第 14 集
contract-the-streak-freeze-bought = “叮！”：用家庭账户花 0.99 买了一张“打卡冻结卡”。第二天晚上，{ $pet }又哭了：“冻结卡用完了！5 张只要 3.99！”你一直熬到午夜，生怕打卡断掉。

contract-the-streak-late-choice = 现在是 23:20。下一个视频开始了。现在怎么办？
contract-the-streak-choice-stop = 停。马上关手机，我现在就去睡觉。
contract-the-streak-feedback-stop = 停得好！发现“3 个”变成了 14 个，这可是真本事。自动播放一直没停，是你把主动权拿了回来。
contract-the-streak-choice-one-more = 再看一个。下一个看起来好好笑！
contract-the-streak-feedback-one-more = 学习的机会：开着自动播放，下一个视频永远看起来更好笑。它就是设计成永远找不到合适的时候停。你来决定，睡觉排第一。
contract-the-streak-stopped-late = 你关掉了手机。早上有点困，可你及时停下了，打卡变成了 0。什么坏事也没发生。
contract-the-streak-midnight = “再看一个”变成了六个。过了午夜你才睡着，手机还握在手里。

contract-the-streak-friend-msg = 不要啊我们的打卡断了！！重新开始吧，今晚午夜一起看？
contract-the-streak-compose = 你想和{ $friend }继续做好朋友，晚上也想好好睡觉。拼出你的回复：选好要说什么，不说什么。
contract-the-streak-compose-to = { $friend }
contract-the-streak-ph-hey = 嘿！
contract-the-streak-why-hey = 打个招呼怎么都行。重要的是后面的话。
contract-the-streak-ph-alarm = 好吧，我定个闹钟，半夜起来看。
contract-the-streak-why-alarm = 听起来很够朋友，可为了应用半夜起床，正是打卡想要的。真正的友谊不需要打卡。
contract-the-streak-ph-sleep = 我不在半夜看视频了，我要睡觉。
contract-the-streak-why-sleep = 清楚又友好。说清楚做什么、不做什么，就没什么好争的。
contract-the-streak-ph-obsessed = 你上瘾了吧。
contract-the-streak-why-obsessed = 烦是可以理解的，可这话会伤到{ $friend }，同样的套路谁都可能中招。友善一点：问题在应用，不在朋友。
contract-the-streak-ph-after = 放学后我们一起看动画片吧！
contract-the-streak-why-after = 真好！这让{ $friend }知道你们还是好朋友，只是不在半夜。
contract-the-streak-ph-freeze = 让你爸妈给我们买张冻结卡吧。
contract-the-streak-why-freeze = 听起来像个办法，可这是花真钱让催促继续下去。打卡只会要得更多。
contract-the-streak-ph-trick = 连续打卡是让我们熬夜的套路。
contract-the-streak-why-trick = 对！说出套路，也能帮到{ $friend }。中招不代表软弱：这些应用就是这么设计的。
contract-the-streak-friend-reply = 哈，确实，我上课困死了。那就放学后！我也去问问睡眠模式
contract-the-streak-adult-offers = 放学后看动画片，挺好的。我们一起把 { $app } 设置一下，让它还是很好玩，晚上又不来烦你，好吗？

contract-the-streak-setup = 你喜欢动画片，也喜欢放学后收到{ $friend }发来的搞笑视频。可晚上是睡觉的时间，什么时候停由你决定，不由应用决定。按这个来设置吧！
contract-the-streak-set-alerts = 通知
contract-the-streak-val-alerts-all = 全部，全天
contract-the-streak-val-alerts-friends = 只收朋友的消息
contract-the-streak-val-alerts-none = 什么都不收
contract-the-streak-why-alerts-all = “全部”就是打卡闹钟和“新视频！”整天响个不停。选“只收朋友的消息”更合适。
contract-the-streak-why-alerts-friends = 正合适！{ $friend }的搞笑视频照样能收到，应用的催促却安静了。
contract-the-streak-why-alerts-none = 很安静，可{ $friend }的消息你也收不到了。选“只收朋友的消息”更合适，晚上再开睡眠模式。
contract-the-streak-set-autoplay = 自动播放下一个视频
contract-the-streak-val-autoplay-on = 开
contract-the-streak-val-autoplay-off = 关
contract-the-streak-why-autoplay-on = 自动播放替你做选择，而且永远不停。关掉后，每看完一个都由你决定。
contract-the-streak-why-autoplay-off = 很好！现在每个视频都由你来选，想停就停。
contract-the-streak-set-bedtime = 睡眠模式（应用也去睡觉）
contract-the-streak-val-bedtime-off = 关
contract-the-streak-val-bedtime-night = 20:30 到 07:00
contract-the-streak-val-bedtime-always = 一直开着
contract-the-streak-why-bedtime-off = 关着的话，应用可以整晚烦你。选“20:30 到 07:00”更合适。
contract-the-streak-why-bedtime-night = 太好了！你睡觉时应用也睡觉，放学后它还在。
contract-the-streak-why-bedtime-always = 这样是不烦了，可应用永远用不了，放学后也不行。选“20:30 到 07:00”更合适。
contract-the-streak-set-reminders = 打卡提醒
contract-the-streak-val-reminders-hourly = 每小时
contract-the-streak-val-reminders-daily = 每天一次
contract-the-streak-val-reminders-off = 关
contract-the-streak-why-reminders-hourly = 每小时一次，打卡就整天拽着你。选“关”更合适：你想用的时候自然会想起它。
contract-the-streak-why-reminders-daily = 好一些，可每天一句“别断了！”还是会把你拽回去。选“关”更合适。
contract-the-streak-why-reminders-off = 太棒了！再也没有内疚感了。想看的时候再打开就好。
contract-the-streak-settings-saved = 保存好了。没有打卡闹钟，没有自动播放，应用 20:30 就睡觉。{ $friend }的视频放学后照样能收到。

contract-the-streak-tired-choice = 你今天早上看起来好困。一切都好吗？
contract-the-streak-choice-tell = 把连续打卡和天天熬夜的事，全部都告诉{ $adult }。
contract-the-streak-feedback-tell = 又勇敢又聪明！这些应用是很聪明的人专门设计出来让人放不下的。信任的大人能帮你关掉这些套路，你也不会因此挨骂。
contract-the-streak-choice-delete = 删掉 { $app }，没应用就没打卡。
contract-the-streak-feedback-delete = 休息一下是个真正的选择，做得好！可应用还能给你发邮件，而且还没有人帮你。信任的大人能帮上更多忙。
contract-the-streak-choice-fine = 我没事，就是有点困。要帮忙的话就会告诉你。
contract-the-streak-feedback-fine = 学习的机会：连续打卡就是设计成停不下来的，一个人很难停住。告诉大人不等于惹麻烦。什么时候都不晚。
contract-the-streak-adult-helps = 谢谢你告诉我。你不会因此挨骂：这些应用就是做成让人放不下的。我们一起设置 { $app }，再看看有没有买过别的东西。
contract-the-streak-deleted = { $app } 从你的手机上删掉了。两天后，来了一封邮件。
contract-the-streak-pic-email-subject = { $pet }想你了！
contract-the-streak-pic-email-offer = 找回你的 30 天打卡：1.99
contract-the-streak-pic-email-button = 回来吧
contract-the-streak-kept-going = 打卡到了 40 天。熬夜也到了 40 天，提醒每天晚上照来不误。

contract-the-streak-email-choice = 应用想让你回去，还在卖你原来的打卡天数。你怎么做？
contract-the-streak-choice-show-email = 先和{ $adult }确认一下，再决定要怎么做。
contract-the-streak-feedback-show-email = 想得好！连打卡都能卖，说明它从一开始就是留住你的办法。信任的大人能帮你做决定，你也不会因此挨骂。
contract-the-streak-choice-reinstall = 重装，付 1.99，以后再告诉{ $adult }。
contract-the-streak-feedback-reinstall = 学习的机会：应用删掉你的打卡，再卖回给你，套路也跟着回来了。先说出来，信任的大人才能帮你一起拿主意。什么时候都不晚。
contract-the-streak-reinstalled = 你付了 1.99，打卡回来了。{ $pet }也回来了，每晚 21:47 准时哭。而那个“以后”，一直没有到来。
contract-the-streak-settings-saved-late = 保存好了。没有打卡闹钟，没有自动播放，应用 20:30 就睡觉。你们还一起查了家庭账户里的购买记录。

contract-the-streak-end-safe = 你选了睡觉，没选打卡。现在 { $app } 放学后和{ $friend }一起看很好玩，晚上又很安静。你是自己屏幕的主人！
contract-the-streak-end-recovered = 打卡让你熬了夜，但你和{ $adult }聊了。睡眠模式开了，打卡闹钟关了，你也不会因此挨骂。真勇敢！
contract-the-streak-end-harmful = 打卡让你一晚又一晚地熬夜。这不是你的错：应用就是这么设计的。什么时候和{ $adult }或别的信任的大人聊都不晚，他们会帮你把它关掉。

contract-the-streak-trace-bedtime = 动画片应用：20:30 起睡眠模式，打卡提醒和自动播放都已关闭。
contract-the-streak-trace-bedtime-advice = 很好！应用放学后好玩，晚上安静。如果更新后提醒又开了，再把它关掉。
contract-the-streak-trace-alerts = 动画片应用：打卡提醒开着，每天晚上都响。
contract-the-streak-trace-alerts-advice = 打卡提醒就是为了把你拽回去。请信任的大人帮你关掉它，再打开睡眠模式。

# One last box on the way out: the sad pet asks for the reminders back.
contract-the-streak-last-box = 接着，最后一个窗口弹了出来：“{ $pet }会超级超级孤单的！要重新打开打卡提醒吗？”你点哪个？
contract-the-streak-choice-keep-off = 点“不用了”。{ $pet }只是一幅画。
contract-the-streak-feedback-keep-off = 看穿了！最后一个页面上难过的宠物，也是一个套路。你的设置还是你选的样子。
contract-the-streak-choice-turn-on = 点“好的，打开”。{ $pet }看起来好可怜。
contract-the-streak-feedback-turn-on = 学习的机会：最后一步冒出来的难过宠物，也是套路。{ $pet }不会孤单，可提醒会天天把你拽回去。
contract-the-streak-reminders-back = 第二天晚上 21:47，{ $pet }又哭了：“别让打卡断掉！”你拿给{ $adult }看，你们一起把提醒彻底关掉了。
