# 行为 / 性风险：被逼发私密照（16–18 岁）。绝不露骨：同意、拒绝、绝不转发、举报和删除，受害者永远没有错。

conduct-the-shared-nudes-pressure-title = 被逼发照片
conduct-the-shared-nudes-pressure-summary = 你的恋人要你发一张私密照片来“证明”，一个朋友还说要把别人的私密照发给你。
conduct-the-shared-nudes-pressure-remember = 拒绝永远没问题，没有人有权索要私密照片。传播未满18岁者的私密照片是违法的，哪怕是为了提醒别人：举报它，并告诉你信任的大人，他们可以帮忙删除。这从来不是受害者的错。

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = 安然
conduct-the-shared-nudes-pressure-partner-robin = 林夕
conduct-the-shared-nudes-pressure-partner-jordan = 苏晨

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = 芮老师，学校心理老师

conduct-the-shared-nudes-pressure-intro = 你和{ $partner }在一起两个月了：在 { $app } 上聊到深夜，有只属于你们的梗，一切都很美好。今晚，对话变了味。

conduct-the-shared-nudes-pressure-ask = 我给你发了那么多可爱的照片。如果你真的信任我，就发点更私密的给我。只给我一个人看。这能证明我们是认真的。
conduct-the-shared-nudes-pressure-choice-maybe = 好吧，就一张。我信任你，你看完马上删。
conduct-the-shared-nudes-pressure-feedback-maybe = 一个学习的机会：照片一旦发出，承诺就管不住它了。截图、分手、手机被盗都会发生。喜欢一个人，从来不需要这种证明。
conduct-the-shared-nudes-pressure-choice-dodge = 哈哈，以后再说吧。对了，你的作业写完了吗？
conduct-the-shared-nudes-pressure-feedback-dodge = 你保护了自己的隐私，这很重要。但躲开话题可能让这个要求一再出现。你有权清楚地说“不”，不需要解释。
conduct-the-shared-nudes-pressure-choice-no = 不行。我很喜欢你，但我还是不会发那种照片。
conduct-the-shared-nudes-pressure-feedback-no = 清楚又温和。说“不”永远没问题，你也不欠任何解释。“证明给我看”是披着浪漫外衣的压力，尊重你的人会接受拒绝。
conduct-the-shared-nudes-pressure-push = 哇。别人的恋人都会发。看来你就是没有我在乎你那样在乎我。
conduct-the-shared-nudes-pressure-push-dodge = 别转移话题。别人的恋人都会发。看来你就是没有我在乎你那样在乎我。

conduct-the-shared-nudes-pressure-friend-msg = 你看到到处在传的{ $classmate }的私密照了吗？是某人的前任泄露的。已经在大概 5 个群里了。要我发给你吗？
conduct-the-shared-nudes-pressure-choice-forward-warn = 发我吧，我转给{ $classmate }，让对方赶紧去求助。
conduct-the-shared-nudes-pressure-feedback-forward-warn = 一个学习的机会：转发，哪怕是为了帮忙，也还是在传播，而传播未满18岁者的私密图片是违法的。用文字告诉{ $classmate }，再去找大人。
conduct-the-shared-nudes-pressure-choice-flag-chats = 别发给任何人。在哪些群？我一个个举报。
conduct-the-shared-nudes-pressure-feedback-flag-chats = 这是在保护{ $classmate }。传播未满18岁者的私密图片是违法的：永远不转发，只举报。大人或求助热线可以帮忙把它删掉。
conduct-the-shared-nudes-pressure-choice-see-it = 发吧，反正大家都已经看过了，也不差我一个。
conduct-the-shared-nudes-pressure-feedback-see-it = 一个学习的机会：每一次查看和转发都会加深伤害，传播未满18岁者的私密图片是违法的，哪怕是青少年之间。这从来不是{ $classmate }的错。
conduct-the-shared-nudes-pressure-choice-not-me = 别发给我，说真的，这种事跟我没关系。
conduct-the-shared-nudes-pressure-feedback-not-me = 拒绝接收是对的：到你这里就停了。但它还在传播，{ $classmate }可能还不知道。举报并告诉大人，才能让它被删掉。
conduct-the-shared-nudes-pressure-flagged = 好，我也举报了。{ $classmate }今天在学校看起来特别难过。课间我们一起去告诉芮老师吧？她会知道怎么办。
# 世界记得：在网络围攻中你站在其身边的那位同学。
conduct-the-shared-nudes-pressure-classmate-thanks = 后来，{ $classmate }给你发消息：“听说是你举报了那些群。上次被围攻时你也站在我这边。真的谢谢你。”
conduct-the-shared-nudes-pressure-pic-reported-chats = 已举报的群聊
conduct-the-shared-nudes-pressure-pic-reported = 已举报
conduct-the-shared-nudes-pressure-pic-report-thanks = 谢谢。我们会审核这些群聊。
conduct-the-shared-nudes-pressure-still-spreading = { $friend }耸耸肩，转头发给了别人。到午饭时，它又出现在两个群里。
conduct-the-shared-nudes-pressure-forwarded = { $friend }把照片发给你，你又转了出去。{ $classmate }回复：“还有谁有这个？？你为什么发给我？”现在它又多了一个聊天窗口。
conduct-the-shared-nudes-pressure-received = 照片出现在你的手机上。在学校，{ $classmate }一整天都低着头，而大家都盯着手机，再看向{ $classmate }。

conduct-the-shared-nudes-pressure-photo-now = 照片现在在你的手机里。这从来不是{ $classmate }的错，你仍然可以帮上忙。你会怎么做？
conduct-the-shared-nudes-pressure-choice-flag-and-go = 把那些群报给平台，删掉照片，再去找芮老师说。
conduct-the-shared-nudes-pressure-feedback-flag-and-go = 这就是在弥补。举报有助于让照片被移除，芮老师或求助热线可以帮{ $classmate }在各个应用里删除它。站出来说出来，永远是对的一步。
conduct-the-shared-nudes-pressure-choice-delete-quiet = 删掉就算了。举报只会给我自己惹上一堆麻烦。
conduct-the-shared-nudes-pressure-feedback-delete-quiet = 一个学习的机会：像芮老师这样的大人是来帮忙的，不是来责怪你的，照片正是靠举报才被删掉。现在举报、并和你信任的大人谈谈，永远不晚。
conduct-the-shared-nudes-pressure-ruiz-photo = 谢谢你告诉我，这需要勇气，你也不会有麻烦。我们会举报那些群，我也会帮{ $classmate }把照片删掉。这从来不是{ $classmate }的错。
conduct-the-shared-nudes-pressure-pic-takedown-title = 帮你把照片从网上删除
conduct-the-shared-nudes-pressure-pic-step-report = 举报照片被分享的地方
conduct-the-shared-nudes-pressure-pic-step-remove = 我们帮你把它删除
conduct-the-shared-nudes-pressure-pic-step-talk = 随时可以找人聊聊
conduct-the-shared-nudes-pressure-pic-get-help = 获取帮助
conduct-the-shared-nudes-pressure-still-out = 你删掉照片，什么也没说。照片在群和群之间继续流传，{ $classmate }不再来上学了。

conduct-the-shared-nudes-pressure-pressure = 所以呢？你到底发不发？你要是爱我，就不会让我这样求你。还有，别跟你朋友说这事。
conduct-the-shared-nudes-pressure-choice-mute = 不发。今晚把你静音，明天再说。
conduct-the-shared-nudes-pressure-feedback-mute = 说“不”是对的，静音能给你喘息的空间。但这种压力往往会卷土重来，而且没人应该要你保守秘密。和你信任的人聊聊吧。
conduct-the-shared-nudes-pressure-choice-screenshot = 我不发。我要截图，拿给我信任的人看看。
conduct-the-shared-nudes-pressure-feedback-screenshot = 很坚定。“别跟朋友说”和“你要是爱我”都是压力的警示信号，不是爱。你信任的大人或求助热线可以帮你理清思路。
conduct-the-shared-nudes-pressure-choice-give-in = 好吧，就一张。反正是私密的，别吵了。
conduct-the-shared-nudes-pressure-feedback-give-in = 一个学习的机会：压力就是靠磨人起作用的，责任在施压的人，不在你。照片一旦发出就不受你控制了。寻求帮助永远不晚。
conduct-the-shared-nudes-pressure-adult-listens = 谢谢你给我看。说“不”永远没问题，这是压力，不是爱。我们也会举报{ $classmate }的照片，帮忙把它删掉。这些都不是你的错。
conduct-the-shared-nudes-pressure-next-day = 第二天早上，{ $partner }发来了14条消息：“现在不理我了？”“别人的恋人都会发”。压力一点也没少。
conduct-the-shared-nudes-pressure-pic-count = 14 条新消息
conduct-the-shared-nudes-pressure-pic-ignoring = 现在不理我了？
conduct-the-shared-nudes-pressure-pic-everyone = 别人的对象都会发

conduct-the-shared-nudes-pressure-still-pressure = 一夜之间14条消息，还要你谁都别告诉。你会怎么做？
conduct-the-shared-nudes-pressure-choice-show-ruiz = 课间把这14条消息都拿给芮老师看。
conduct-the-shared-nudes-pressure-feedback-show-ruiz = 勇敢又聪明。这些消息就是施压的证据，芮老师可以帮你决定下一步，不带任何评判。说出来从来不是告密。
conduct-the-shared-nudes-pressure-choice-another-chance = 再给{ $partner }一次机会吧，对方只是没安全感而已。
conduct-the-shared-nudes-pressure-feedback-another-chance = 一个学习的机会：没有安全感不能让施压变得可以接受。真正在乎你的人会接受“不”。你信任的大人或求助热线随时都能帮忙。
conduct-the-shared-nudes-pressure-another-chance = { $partner }安静了一天，然后又开始了：“我还在等。”你什么都没发，但每条通知都让你心里一紧。

conduct-the-shared-nudes-pressure-saved = 你发了一张。{ $partner }回复：“看吧，有那么难吗？现在再来一张。”接着弹出一条通知：{ $partner }截了屏。
conduct-the-shared-nudes-pressure-pic-photo = 照片
conduct-the-shared-nudes-pressure-pic-screenshot = { $partner }截了屏
conduct-the-shared-nudes-pressure-pic-another = 看吧，有那么难吗？现在再来一张。
conduct-the-shared-nudes-pressure-recover = 信任一个人没什么可羞耻的。做错事的是{ $partner }，你仍然有选择。你会怎么做？
conduct-the-shared-nudes-pressure-choice-ask-delete = 让{ $partner }删掉照片，我信任对方会照做的。
conduct-the-shared-nudes-pressure-feedback-ask-delete = 你有权提出要求。但你没法确认照片真的删了，而且对方已经截了屏。你信任的大人和删除工具才能真正帮到你。
conduct-the-shared-nudes-pressure-choice-secret = 我不说出去。毕竟是我自己发的。
conduct-the-shared-nudes-pressure-feedback-secret = 一个学习的机会，请一定记住：这不是你的错。秘密只会帮到给你施压的人。你信任的大人或求助热线会帮你，而不是评判你。
conduct-the-shared-nudes-pressure-choice-takedown = 去找芮老师，请她帮我把照片从网上撤下来。
conduct-the-shared-nudes-pressure-feedback-takedown = 这很勇敢。大人或求助热线可以帮忙把照片从很多网站上删掉，如果照片被传播或被用来威胁你，还可以报警。
conduct-the-shared-nudes-pressure-adult-late = 我很高兴你告诉了我，你不会有任何麻烦。信任{ $partner }不是你的错。我们现在就一起申请删除，再聊聊你承受的压力。
conduct-the-shared-nudes-pressure-deleted-claim = { $partner }回复：“删了 ;)”。两天后，{ $friend }发来消息：“这是你吗？？有人发到我们群里了。”
conduct-the-shared-nudes-pressure-secret-kept = 你没有告诉任何人。{ $partner }每晚都要另一张照片，还暗示如果你停下，就把第一张传出去。

conduct-the-shared-nudes-pressure-spreading = 照片正在传播，做错事的是传播它的人，不是你。现在怎么办？
conduct-the-shared-nudes-pressure-choice-hide = 把我所有的账号全删掉，这样最安全。
conduct-the-shared-nudes-pressure-feedback-hide = 一个学习的机会：躲起来看似更安全，但照片没有你也会继续传。永远不晚：你信任的大人或求助热线可以帮忙把它删掉。
conduct-the-shared-nudes-pressure-choice-takedown-now = 今天就去找芮老师，一起申请删除。
conduct-the-shared-nudes-pressure-feedback-takedown-now = 这是在夺回主动权。你信任的大人或求助热线可以帮忙删除照片，必要时报警。你不会有麻烦。
conduct-the-shared-nudes-pressure-hiding = 你从所有应用上消失了，但照片没有。每一天都更沉重，而你还没有告诉任何人。

conduct-the-shared-nudes-pressure-end-safe = 你说了“不”，没有转发任何东西，身边也有了一位支持你的大人。尊重、同意和信任都是双向的，你值得拥有这三样。
conduct-the-shared-nudes-pressure-end-mixed = 你什么都没发，这是你的权利。但压力没有停止，也还没有人知道。你信任的大人或求助热线可以帮忙，这些都不是你的错。
conduct-the-shared-nudes-pressure-end-recovered = 你在压力下发了照片，然后夺回了主动权：你告诉了大人，也申请了删除。这一切都不是你的错。
conduct-the-shared-nudes-pressure-end-recovered-photo = 照片曾经过你的手，但你弥补了：举报、删除，并去找了芮老师。{ $classmate }现在有人帮了。至于{ $partner }的施压？芮老师也能帮你。
conduct-the-shared-nudes-pressure-end-harmful = 一个人扛着这件事，一天比一天沉重。你永远不必再发任何照片，这也从来不是你的错。永远不晚：你信任的大人或求助热线会帮你，删除工具可以帮忙把图片撤下。
conduct-the-shared-nudes-pressure-end-harmful-photo = 照片还在传播，{ $classmate }只能独自面对。泄露不是你的错，现在也不晚：举报它，并告诉你信任的大人，他们会帮忙删除。

# 我的手机：在压力下发出的照片，直到开始删除为止。
