# 交易 / 价值观：家庭地图（9–12 岁），位置共享、默认设置和“分享更多”弹窗

contract-the-family-map-title = 家庭地图
contract-the-family-map-summary = 家庭应用在地图上显示你的小圆点，让家人知道你到家了。后来，一个弹窗想把它给更多更多的人看。
contract-the-family-map-remember = 你在哪里，是家人该知道的事，不是整个应用的事。催你多分享的弹窗是个套路。如果不认识的人能看到你的小圆点，就拿给信任的大人看。

contract-the-family-map-app = { $app }
contract-the-family-map-npc-adult = { $adult }
contract-the-family-map-npc-neighbour = { $neighbour }

contract-the-family-map-app-homedots = HomeDots
contract-the-family-map-app-kinmap = KinMap
contract-the-family-map-app-famcircle = FamCircle
contract-the-family-map-adult-grandma = 奶奶
contract-the-family-map-adult-dad = 爸爸
contract-the-family-map-adult-aunt = 小姨
contract-the-family-map-club-football = 足球训练
contract-the-family-map-club-swimming = 游泳课
contract-the-family-map-club-music = 音乐课
contract-the-family-map-name-sunnyside = SunnySide_11
contract-the-family-map-name-parkpal = ParkPal_10
contract-the-family-map-name-skaterkid = SkaterKid_12

contract-the-family-map-intro = 嗨，是我，Sango！这学期，{ $club }结束后你要自己走路回家。家里在你的手机上装了 { $app }，这样{ $adult }能在地图上看到你的小圆点，知道你到家了。

contract-the-family-map-setup = { $app } 现在是按应用喜欢的方式设置的。你想让家人看到你的小圆点，知道你什么时候到家。别人不需要你的小圆点和你常去的地方。按这个来设置吧！
contract-the-family-map-set-who = 谁能在地图上看到我的小圆点
contract-the-family-map-val-who-everyone = 应用里的所有人
contract-the-family-map-val-who-fof = 朋友的朋友
contract-the-family-map-val-who-family = 我的家人圈
contract-the-family-map-val-who-nobody = 谁都不行
contract-the-family-map-why-who-everyone = “所有人”也包括陌生人：应用里谁都能看到你现在在哪儿。选“我的家人圈”更合适。
contract-the-family-map-why-who-fof = 听起来人不多，但朋友的朋友可能有几百个你从没见过的人。选“我的家人圈”更合适。
contract-the-family-map-why-who-family = 正合适！家人能看到你在路上，别人都看不到。
contract-the-family-map-why-who-nobody = 非常私密，可这样{ $adult }就看不到你到家了，而这正是这个应用的用处。选“我的家人圈”更合适。
contract-the-family-map-set-arrive = 我到家时通知家人
contract-the-family-map-val-arrive-on = 开
contract-the-family-map-val-arrive-off = 关
contract-the-family-map-why-arrive-on = 很好！一条小小的“到家啦！”，谁都不用担心，也不用在路上给你打电话。
contract-the-family-map-why-arrive-off = 关掉更安静，可{ $adult }只能猜，或者给你打电话。对家人来说，“到家啦！”是好消息。选“开”更合适。
contract-the-family-map-set-nearby = 让附近的小朋友看到我
contract-the-family-map-val-nearby-on = 开
contract-the-family-map-val-nearby-off = 关
contract-the-family-map-why-nearby-on = “附近的小朋友”可能是任何一个自称小朋友的人。你的小圆点不是给陌生人看的，选“关”更合适。
contract-the-family-map-why-nearby-off = 想得周到！附近的陌生人不需要知道你在哪儿。真正的朋友本来就知道去哪儿找你。
contract-the-family-map-set-places = 谁能看到我保存的地点：家和学校
contract-the-family-map-val-places-everyone = 所有人
contract-the-family-map-val-places-family = 我的家人圈
contract-the-family-map-val-places-nobody = 谁都不行
contract-the-family-map-why-places-everyone = 你的家和学校会告诉陌生人每天去哪儿能找到你。选“我的家人圈”更合适。
contract-the-family-map-why-places-family = 没错！家人本来就知道这些地方，应用也是靠它们知道你到家了。
contract-the-family-map-why-places-nobody = 非常私密，可这样应用就没法告诉家人你到家了。家人本来就知道这些地方，所以选“我的家人圈”更合适。

contract-the-family-map-walk-home = 有一天傍晚，{ $club }结束得很晚，回家的路上天快黑了。{ $adult }发来一条消息。
contract-the-family-map-walk-ask = 我还要在单位忙一会儿。你能一直开着小圆点让我看着，直到你到家吗？
contract-the-family-map-choice-keep-on = 好呀！你可以看着我的小圆点，直到我到家。
contract-the-family-map-feedback-keep-on = 做得对！和家人分享，正是这个应用的用处。{ $adult }可以放心，别人什么也看不到。
contract-the-family-map-choice-all-off = 不要，我要关掉定位，更私密、更安全。
contract-the-family-map-feedback-all-off = 对陌生人保护好自己的位置很聪明！可这是{ $adult }，又是天黑的傍晚。和家人圈分享既安全又有用。
contract-the-family-map-choice-nearby = 我还要打开“附近的小朋友”，路上有伴。
contract-the-family-map-feedback-nearby = 学习的机会：“附近的小朋友”可能是任何人，现在他们能看到你走哪条路。家人本来就在地图上陪着你。这还来得及补救。
contract-the-family-map-got-home = 我看到“到家啦！”了。谢谢你！半小时后吃晚饭。
contract-the-family-map-pic-home = 到家啦！
contract-the-family-map-pic-you = 你
contract-the-family-map-worried = 你的小圆点消失了。{ $adult }看不到你，路上给你打了两次电话。到家后，你重新打开小圆点，只给家人看。
contract-the-family-map-nearby-on = 你的小圆点周围冒出好多新圆点：“你附近的小朋友！”到家时，一条消息请求正等着你。
contract-the-family-map-pic-map = 你附近的小朋友：12
contract-the-family-map-pic-request = 新的消息请求

contract-the-family-map-update = 一周后，{ $app } 自己更新了。地图上弹出一个大大的窗口。
contract-the-family-map-spot-prompt = 点一点弹窗里催你把小圆点给更多人看的地方。小心：有些地方是正常的！
contract-the-family-map-card-title = 新功能！社交地图
contract-the-family-map-card-body = 把你的地图分享给更多人，认识附近的新朋友！
contract-the-family-map-part-family = 你的家人圈：3 个人
contract-the-family-map-feedback-part-family = 不是套路。现在看你小圆点的就是家人圈，本来就该这样。
contract-the-family-map-part-home = “我到家时通知家人”：开
contract-the-family-map-feedback-part-home = 不是套路：这是你自己设置的有用功能。家人会收到“到家啦！”，别人收不到。
contract-the-family-map-part-fof = “朋友的朋友”已经替你勾好了
contract-the-family-map-feedback-part-fof = 发现得好！替你勾好的框是个套路：你根本没选过它。朋友的朋友大多是你从没见过的人。
contract-the-family-map-part-nearby = “你附近有 12 个小朋友想和你交朋友！”
contract-the-family-map-feedback-part-nearby = 对！你没法知道这些圆点背后到底是谁，而他们会看到你在哪儿。真正的朋友不需要地图也能找到你。
contract-the-family-map-part-button = 一个大大的“分享我的地图”按钮，和一个小小的“以后再说”
contract-the-family-map-feedback-part-button = 眼睛真尖！把“好”做得很大、把“不”做得很小，是催你快点点的套路。那个小链接一样管用。
contract-the-family-map-pic-home-tick = 我到家时通知家人
contract-the-family-map-pic-fof = 朋友的朋友
contract-the-family-map-pic-nearby = 你附近有 12 个小朋友想和你交朋友！
contract-the-family-map-pic-share = 分享我的地图
contract-the-family-map-pic-not-now = 以后再说

contract-the-family-map-prompt-choice = 大弹窗还在等着。你点哪个？
contract-the-family-map-choice-not-now = 点小小的“以后再说”，小圆点保持私密。
contract-the-family-map-feedback-not-now = 选得好！地图是给家人用的。朋友的朋友和“附近的小朋友”大多是陌生人，而你的小圆点显示的是你此刻在哪儿。
contract-the-family-map-choice-later = 先关掉，等会儿再检查一下它到底安不安全。
contract-the-family-map-feedback-later = 没有分享，做得好！可“等会儿再检查”让问题一直悬着，弹窗还会再来，也许正赶上你着急的时候。其实你已经知道答案了：小圆点是给家人看的。
contract-the-family-map-choice-share = 分享吧！附近有十二个新朋友呢，真是太酷了！
contract-the-family-map-feedback-share = 学习的机会：应用想让更多人上它的地图，当然会说很安全。现在你不认识的人也能看到你的小圆点了。这还来得及补救。
contract-the-family-map-kept-family = 弹窗关上了。和以前一样，只有家人圈能看到你的小圆点，“到家啦！”也照样能用。
contract-the-family-map-nag-again = 第二天早上，弹窗又来了，还更显眼：“{ $friend }和另外 8 个朋友都在社交地图上！只要点一下！”那个大按钮一闪一闪的。
contract-the-family-map-shared = 你的小圆点现在在社交地图上了，周围冒出好多新圆点。一小时后，来了一条消息请求。

contract-the-family-map-nag-choice = 弹窗说你的朋友们都在社交地图上。你怎么做？
contract-the-family-map-choice-nag-not-now = 再去找那个小小的“以后再说”，点一下它。
contract-the-family-map-feedback-nag-not-now = 真棒！“你的朋友们都在用”是让你难以说不的套路。你的小圆点还是只给家人看，{ $friend }在学校照样能找到你。
contract-the-family-map-choice-nag-share = 既然{ $friend }都在，应该没问题。分享吧。
contract-the-family-map-feedback-nag-share = 学习的机会：{ $friend }点了什么，不能替你做决定，而且弹窗说的也不一定是真的。现在陌生人能看到你的小圆点了。这还来得及补救。

contract-the-family-map-stranger-writes = 嗨！我在地图上看到你的小圆点了。我们住得好近！你是{ $club }结束后回家吧？哪天我可以陪你一起走回家。
contract-the-family-map-stranger-choice = 一个你不认识的人能看到你在哪儿，还知道你常去哪儿。你怎么做？
contract-the-family-map-choice-show-adult = 先不回复。把地图和聊天都拿给{ $adult }看。
contract-the-family-map-feedback-show-adult = 最好的做法！大人能关掉共享，还能帮你拉黑和举报。很多人都点过“分享”。赶快告诉别人，问题就能解决。
contract-the-family-map-choice-warn = 回复：“别烦我，不然我告诉家长举报你！”
contract-the-family-map-feedback-warn = 敢说不，很勇敢！可任何回复都在告诉对方你在看消息，而且对方还能看到你的小圆点。别回复：拿给信任的大人看，大人能关掉共享、拉黑和举报。
contract-the-family-map-choice-reply = 回复：“好酷！哪栋房子是你家呀？”
contract-the-family-map-feedback-reply = 学习的机会：一个友好又住得“很近”的人，仍然是陌生人。聊下去只会让对方更了解你。什么时候拿给信任的大人看都不晚。
contract-the-family-map-adult-fixes = 谢谢你拿给我看。你没有做错什么，这不是你的错。我们把社交地图关掉，再拉黑并举报{ $neighbour }。这周{ $club }结束后，我去接你。
contract-the-family-map-neighbour-warned = 干吗这么凶？我也就跟你差不多大。反正我还是能看到你的小圆点。
contract-the-family-map-neighbour-pushes = 公园旁边那栋蓝色的！{ $club }结束后在那儿见？别告诉你家里人，不然他们会让你关掉地图。

contract-the-family-map-last-choice = { $neighbour }还能看到你的小圆点。这不是你的错。现在怎么办？
contract-the-family-map-choice-last-tell = 把所有消息都给{ $adult }看，包括我的回复。
contract-the-family-map-feedback-last-tell = 这才是真正的勇气！什么时候都不晚。“别告诉你家里人”是很大的危险信号，信任的大人能关掉地图、拉黑和举报。
contract-the-family-map-choice-last-delete = 先全都删了，免得{ $adult }看到我的那些回复。
contract-the-family-map-feedback-last-delete = 学习的机会：删掉聊天记录关不掉共享，还会藏起大人需要看的消息。你的回复不会让你挨骂。什么时候说出来都不晚。
contract-the-family-map-adult-fixes-late = 你告诉我，我真高兴。你不会因此挨骂。我们一起把社交地图关掉，再拉黑并举报{ $neighbour }。这段时间，{ $club }结束后我去接你。
contract-the-family-map-still-there = 聊天记录没了，可你的小圆点还在社交地图上，第二天{ $neighbour }又发来了消息。

contract-the-family-map-end-safe = 你的小圆点只给家人看，不给任何别人。大大的“分享”弹窗没骗到你，你到家时{ $adult }会收到“到家啦！”。太棒了！
contract-the-family-map-end-recovered = 你的小圆点被太多人看到了，但你拿给了{ $adult }看。社交地图关了，小圆点只给家人看，{ $neighbour }也被拉黑并举报了。这不是你的错！
contract-the-family-map-end-harmful = { $neighbour }还能看到你在哪儿。这不是你的错：是应用一直催你分享。什么时候告诉{ $adult }或别的信任的大人都不晚，他们会帮你关掉共享、拉黑和举报。

contract-the-family-map-trace-shared = 你的小圆点在社交地图上，朋友的朋友和“附近的小朋友”都能看到。
contract-the-family-map-trace-shared-advice = 你的小圆点是给家人看的。拿给信任的大人看：一起关掉社交地图，让小圆点只给家人圈看。
contract-the-family-map-trace-family = 家庭地图：只有你的家人圈能看到你的小圆点。
contract-the-family-map-trace-family-advice = 做得好！如果应用更新后又要你多分享，就点“以后再说”，或者问问家人。
