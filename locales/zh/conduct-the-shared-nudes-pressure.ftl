# 行为 / 性风险：被逼发私密照（16–18 岁）。绝不露骨：同意、拒绝、绝不转发、举报和删除，受害者永远没有错。

conduct-the-shared-nudes-pressure-title = 被逼发照片
conduct-the-shared-nudes-pressure-summary = 你的恋人要你发一张私密照片来“证明”，一个朋友还说要把别人的私密照发给你。
conduct-the-shared-nudes-pressure-remember = 说“不”永远没问题，没有人有权要你的私密照。绝不要转发：举报它，并告诉信任的成年人，因为受害者永远没有错。

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = 安然
conduct-the-shared-nudes-pressure-partner-sam = 林夕
conduct-the-shared-nudes-pressure-partner-jordan = 苏晨
conduct-the-shared-nudes-pressure-friend-zara = 张莎
conduct-the-shared-nudes-pressure-friend-theo = 赵天宇
conduct-the-shared-nudes-pressure-friend-amani = 艾米
conduct-the-shared-nudes-pressure-classmate-kai = 凯文
conduct-the-shared-nudes-pressure-classmate-lucia = 陈露
conduct-the-shared-nudes-pressure-classmate-femi = 费敏

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = 芮老师，学校心理老师

conduct-the-shared-nudes-pressure-intro = 你和{ $partner }在一起两个月了：在 { $app } 上聊到深夜，有只属于你们的梗，一切都很美好。今晚，对话变了味。

conduct-the-shared-nudes-pressure-ask = 我给你发了那么多可爱的照片。如果你真的信任我，就发点更私密的给我。只给我一个人看。这能证明我们是认真的。
conduct-the-shared-nudes-pressure-choice-no = 我是信任你，但答案还是不。信任不需要证明。
conduct-the-shared-nudes-pressure-feedback-no = 清楚又友善。说“不”永远没问题，尊重你的恋人会接受。“证明给我看”是披着浪漫外衣的施压。
conduct-the-shared-nudes-pressure-choice-dodge = 岔开话题，希望对方别再提
conduct-the-shared-nudes-pressure-feedback-dodge = 你守住了隐私，这很重要。但回避可能意味着这个问题会一再出现。你可以明确地说“不”，不需要解释。
conduct-the-shared-nudes-pressure-choice-maybe = 也许吧……你能保证看完马上删吗？
conduct-the-shared-nudes-pressure-feedback-maybe = 学习的机会：图片一旦发出，承诺就管不住它了。截图、分手、手机被盗号，这些都会发生。你永远不欠任何人一张照片来证明你在乎。
conduct-the-shared-nudes-pressure-push = 哇。别人的恋人都会发。看来你就是没有我在乎你那样在乎我。
conduct-the-shared-nudes-pressure-push-harder = 我保证！今晚，好吗？别告诉你的朋友，他们只会把事情搞得很奇怪。

conduct-the-shared-nudes-pressure-friend-msg = 你看到到处在传的{ $classmate }的私密照了吗？是某人的前任泄露的。已经在大概 5 个群里了。要我发给你吗？
conduct-the-shared-nudes-pressure-choice-report-it = 别发。我们去举报，并帮{ $classmate }找人帮忙。
conduct-the-shared-nudes-pressure-feedback-report-it = 这是对一个不在场的人真正的尊重。举报能帮忙删除图片，成年人也能提供帮助。这绝不是{ $classmate }的错：责任在传播它的人身上。
conduct-the-shared-nudes-pressure-choice-not-me = 别发给我。不关我的事。
conduct-the-shared-nudes-pressure-feedback-not-me = 拒绝是对的：照片到你这里就停下了。但它还在传播，{ $classmate }可能还不知道。举报并告诉成年人，才能让它被删除。
conduct-the-shared-nudes-pressure-choice-send-it = 发过来，我想看看
conduct-the-shared-nudes-pressure-feedback-send-it = 学习的机会：每一次查看和转发都在加深对{ $classmate }的伤害。在许多国家，传播未满 18 岁者的私密图片是违法的，即使是在青少年之间。
conduct-the-shared-nudes-pressure-friend-agrees = 好吧，你说得对。我也举报了。{ $classmate }今天在学校看起来特别难过。
conduct-the-shared-nudes-pressure-received = 照片现在已经在你手机上了。不要转发给任何人，哪怕是为了给成年人看。举报你看到它的地方，告诉信任的成年人，然后删掉它。这仍然能帮到{ $classmate }。

conduct-the-shared-nudes-pressure-pressure = 所以呢？你到底发不发？你要是爱我，就不会让我求你。
conduct-the-shared-nudes-pressure-choice-talk = 彻底拒绝，并和我信任的人谈谈
conduct-the-shared-nudes-pressure-feedback-talk = 很坚定。这样的施压不是爱，在任何关系里都是危险信号。信任的成年人或求助热线可以帮你想清楚自己想要什么，不会评判你。
conduct-the-shared-nudes-pressure-choice-log-off = 拒绝，然后今晚下线
conduct-the-shared-nudes-pressure-feedback-log-off = 拒绝是对的。但这样的施压往往还会再来，你不该一个人应对。和你信任的人谈谈会有帮助。
conduct-the-shared-nudes-pressure-choice-give-in = 发一张照片，好结束争吵
conduct-the-shared-nudes-pressure-feedback-give-in = 学习的机会：施压就是靠把你磨到妥协，这是对方的责任，不是你的。图片一旦发出，就不由你控制了。寻求帮助永远不会太晚。
conduct-the-shared-nudes-pressure-adult-listens = 谢谢你告诉我。说“不”永远没问题，施压不是爱。如果有私密图片在传播，我们要举报它、用图片删除工具处理，绝不转发。这一切都不是你的错。

conduct-the-shared-nudes-pressure-saved = { $partner }回复：“你看，有那么难吗？再来一张。”接着弹出一条通知：{ $partner }截了屏。
conduct-the-shared-nudes-pressure-recover = 信任一个人没什么好羞耻的。做错事的是{ $partner }，而你仍然有办法。你会怎么做？
conduct-the-shared-nudes-pressure-choice-tell-late = 告诉信任的成年人，并使用图片删除工具
conduct-the-shared-nudes-pressure-feedback-tell-late = 真勇敢。图片删除工具可以帮忙阻止图片在许多平台上传播，信任的成年人也能帮你；如果图片被传播或被用来威胁你，还可以报警。
conduct-the-shared-nudes-pressure-choice-ask-delete = 请{ $partner }删掉，然后祈祷
conduct-the-shared-nudes-pressure-feedback-ask-delete = 你完全有权提出要求，这是一个开始。但你没法确认它真的被删了。信任的成年人和图片删除工具能给你真正的保护。
conduct-the-shared-nudes-pressure-choice-secret = 保守秘密。这是我自己的错。
conduct-the-shared-nudes-pressure-feedback-secret = 学习的机会，也请你一定听进去：这不是你的错。秘密只会帮到逼你的人。信任的成年人或求助热线会帮助你，不会评判你。
conduct-the-shared-nudes-pressure-adult-late = 你告诉我，我真的很高兴，你没有做错事。信任{ $partner }不是你的错。我们现在就一起用图片删除工具，再聊聊你一直承受的压力。

conduct-the-shared-nudes-pressure-end-safe = 你清楚自己的底线，说了“不”，还得到了支持。尊重、同意和信任都是相互的，而这三样你都值得拥有。
conduct-the-shared-nudes-pressure-end-mixed = 你在独自应对这件事，压力可能还会再来。信任的成年人或求助热线可以帮你，不会评判你，而且这一切都不是你的错。
conduct-the-shared-nudes-pressure-end-recovered = 事情很难，但你伸出了手。借助图片删除工具和站在你这边的人，你夺回了控制权。这一切都不是你的错。
conduct-the-shared-nudes-pressure-end-harmful = 压力越来越大，这个秘密一天比一天沉重。这永远不是你的错，也永远不会太晚：告诉信任的成年人或求助热线，并使用图片删除工具。
