# Learning objectives: a short title, a child-facing "I can" sentence, and the
# ITU Child Online Protection Guidelines (2020) topic each one comes from.

objective-know-my-rights-title = Know my rights
objective-know-my-rights-i-can = I can say what my rights are online, like being safe, being treated with respect and keeping my private life private.
objective-know-my-rights-topic = ITU guidelines for children: your rights online

objective-spot-the-risk-title = Spot the risk
objective-spot-the-risk-i-can = I can notice when something online could hurt me or someone else.
objective-spot-the-risk-topic = ITU guidelines for children: risks online (content, contact, conduct and contract)

objective-guard-personal-info-title = Guard my info
objective-guard-personal-info-i-can = I can keep my passwords, address, school and photos private.
objective-guard-personal-info-topic = ITU guidelines for children: privacy and personal information

objective-check-before-trust-title = Check before I trust
objective-check-before-trust-i-can = I can check who made something and whether it is true before I believe it or share it.
objective-check-before-trust-topic = ITU guidelines for children: fake news and trustworthy information

objective-strangers-warning-signs-title = Stranger warning signs
objective-strangers-warning-signs-i-can = I can spot the warning signs when someone I only know online tries to get too close, asks for secrets or wants to move to a private chat.
objective-strangers-warning-signs-topic = ITU guidelines for children: people you meet online and grooming

objective-be-kind-stand-up-title = Be kind, stand up
objective-be-kind-stand-up-i-can = I can be kind online and stand up for someone who is being bullied.
objective-be-kind-stand-up-topic = ITU guidelines for children: cyberbullying and respecting others

objective-think-before-posting-title = Think before I post
objective-think-before-posting-i-can = I can think about how a post, photo or share could affect me and others before I send it.
objective-think-before-posting-topic = ITU guidelines for children: your digital footprint and sharing online

objective-spot-tricks-and-costs-title = Spot tricks and costs
objective-spot-tricks-and-costs-i-can = I can spot tricks like fake prizes, rushing pop-ups and hidden costs in games and apps.
objective-spot-tricks-and-costs-topic = ITU guidelines for children: scams, online games and in-app purchases

objective-healthy-balance-title = Healthy balance
objective-healthy-balance-i-can = I can choose when to stop, and keep a healthy balance between screens, sleep and other fun.
objective-healthy-balance-topic = ITU guidelines for children: health and wellbeing online

objective-block-report-tell-title = Block, report, tell
objective-block-report-tell-i-can = I can block, report and tell a trusted adult when something online worries me.
objective-block-report-tell-topic = ITU guidelines for children: getting help and reporting
