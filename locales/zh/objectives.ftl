# 学习目标：简短标题、面向孩子的“我能”句子，以及每条目标所依据的
# 国际电联《儿童在线保护指南》（2020）主题。

objective-know-my-rights-title = 了解我的权利
objective-know-my-rights-i-can = 我能说出自己在网上有哪些权利，比如安全、受到尊重，以及保护自己的私生活。
objective-know-my-rights-topic = 国际电联儿童指南：你在网上的权利

objective-spot-the-risk-title = 发现风险
objective-spot-the-risk-i-can = 我能察觉网上什么东西可能伤害我或别人。
objective-spot-the-risk-topic = 国际电联儿童指南：网络风险（内容、接触、行为和交易）

objective-guard-personal-info-title = 保护我的信息
objective-guard-personal-info-i-can = 我能保护好自己的密码、住址、学校和照片，不让别人知道。
objective-guard-personal-info-topic = 国际电联儿童指南：隐私和个人信息

objective-check-before-trust-title = 先核实再相信
objective-check-before-trust-i-can = 在相信或分享之前，我能先查查是谁做的、内容是不是真的。
objective-check-before-trust-topic = 国际电联儿童指南：假新闻和可信的信息

objective-strangers-warning-signs-title = 陌生人的危险信号
objective-strangers-warning-signs-i-can = 当只在网上认识的人想跟我走得太近、要我保守秘密或想转去私聊时，我能发现这些危险信号。
objective-strangers-warning-signs-topic = 国际电联儿童指南：网上认识的人和网络诱骗

objective-be-kind-stand-up-title = 友善待人，挺身而出
objective-be-kind-stand-up-i-can = 我能在网上友善待人，并为被欺负的人挺身而出。
objective-be-kind-stand-up-topic = 国际电联儿童指南：网络欺凌和尊重他人

objective-think-before-posting-title = 发布前先想想
objective-think-before-posting-i-can = 在发送之前，我能想一想一条帖子、一张照片或一次转发会给自己和别人带来什么影响。
objective-think-before-posting-topic = 国际电联儿童指南：你的数字足迹和网上分享

objective-spot-tricks-and-costs-title = 识破套路和花费
objective-spot-tricks-and-costs-i-can = 我能识破游戏和应用里的套路，比如假奖品、催你赶快行动的弹窗和隐藏的费用。
objective-spot-tricks-and-costs-topic = 国际电联儿童指南：诈骗、网络游戏和应用内购买

objective-healthy-balance-title = 健康平衡
objective-healthy-balance-i-can = 我能自己决定什么时候停下来，在屏幕、睡眠和其他乐趣之间保持健康的平衡。
objective-healthy-balance-topic = 国际电联儿童指南：网上的健康与身心幸福

objective-block-report-tell-title = 拉黑、举报、告诉大人
objective-block-report-tell-i-can = 当网上的事让我担心时，我能拉黑、举报，并告诉一位信任的大人。
objective-block-report-tell-topic = 国际电联儿童指南：寻求帮助和举报
