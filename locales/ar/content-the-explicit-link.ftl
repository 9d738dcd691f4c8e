# المحتوى / جنسي: ليس فيديو مضحكًا (الأعمار 13-15). رابط «فيديو مضحك» يفتح موقعًا إباحيًا.
# لا يُعرض أي شيء ولا يوصف: الإغلاق، وعدم إعادة الإرسال، والإبلاغ، وإخبار شخص بالغ موضع ثقتك.

content-the-explicit-link-title = ليس فيديو مضحكًا
content-the-explicit-link-summary = صديق يرسل رابط «فيديو مضحك» إلى مجموعة الصف، فيفتح شيئًا لا ينبغي أن يُرسل إلى أحد.
content-the-explicit-link-remember = إذا فتح رابط موقعًا إباحيًا، فالإغلاق فورًا هو الحل، والذنب ليس ذنبك. لا إعادة إرسال، بل إبلاغ وإخبار شخص بالغ موضع ثقتك. لن تُعاقَب على ذلك، والعلاقات الحقيقية لا تشبه الإباحية أبدًا.

content-the-explicit-link-app = ‏{ $app }
content-the-explicit-link-npc-friend = ‏{ $friend }
content-the-explicit-link-npc-adult = ‏{ $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
content-the-explicit-link-app-chatterly = ‏Chatterly
content-the-explicit-link-app-groupnest = ‏GroupNest
content-the-explicit-link-app-pingpal = ‏PingPal
content-the-explicit-link-site-clipz = ‏⁦clipz-lol.xyz⁩
content-the-explicit-link-site-lolvidz = ‏⁦lolvidz.top⁩
content-the-explicit-link-site-funhub = ‏⁦funnyclips4u.biz⁩
content-the-explicit-link-adult-aunt = الخالة مي
content-the-explicit-link-adult-dad = بابا
content-the-explicit-link-adult-grandma = الجدة روز

content-the-explicit-link-intro = استراحة الغداء. مجموعة صفّك على { $app } مليئة بالميمات والتذمّر من الواجبات. ثم يرسل { $friend } رابطًا.
content-the-explicit-link-link-post = ههه حد أرسل لي هذا. أضحك فيديو بالعالم، شوفوه للآخر
content-the-explicit-link-pic-chat-title = مجموعة الصف
content-the-explicit-link-pic-forwarded = رسالة معاد توجيهها
content-the-explicit-link-pic-video-title = أضحك فيديو بالعالم
content-the-explicit-link-pic-site = ‏{ $site }
content-the-explicit-link-pic-time = ‏12:41
content-the-explicit-link-opened = تضغط عليه. ليس فيديو مضحكًا أبدًا: إنه موقع إباحي. يشتعل وجهك، ويخفق قلبك بقوة.
content-the-explicit-link-pic-notice = للكبار فقط

content-the-explicit-link-first-move = رؤية هذا بالصدفة ليست ذنبك، ولا داعي للنظر إلى أي شيء منه. ماذا الآن، فورًا؟
content-the-explicit-link-choice-close-now = أغلقه، وأضع الهاتف على وجهه دقيقة.
content-the-explicit-link-feedback-close-now = هذا هو الصواب تمامًا. الإغلاق الفوري هو كل المطلوب، وأخذ نفس عميق يساعد. الشعور بالصدمة أو الحرج طبيعي، وليس ذنبك.
content-the-explicit-link-choice-warn-all = أغلقه وأكتب للجميع: لا تفتحوه!!
content-the-explicit-link-feedback-warn-all = الإغلاق كان صحيحًا، والرغبة في حماية الآخرين لطف. لكن التحذير الكبير يثير فضول الجميع، وبعضهم سيفتحه ليرى. الإبلاغ بهدوء أفضل.
content-the-explicit-link-choice-keep-watching = سأتابع قليلًا، للتحقق فقط من أنه ذلك فعلًا.
content-the-explicit-link-feedback-keep-watching = فرصة لنتعلّم: الفضول طبيعي، لكن لا حاجة إلى المشاهدة لمعرفة ما هو. الإباحية قد تعلق في الرأس وتربك. الإغلاق هو الحل.
content-the-explicit-link-c-closed = تغلقه. قلبك ما زال يخفق، لكنه اختفى. وبعد دقيقة، تصلك رسالة من { $friend }.
content-the-explicit-link-c-warned = يصل إلى تحذيرك 14 ردًّا: «شو هو؟؟» وثلاثة يقولون إنهم فتحوه ليروا. ثم تصلك رسالة من { $friend }.
content-the-explicit-link-c-watched = تتابع قليلًا، ثم تغلقه. الصور تبقى في رأسك، ويراودك شعور غريب وشيء من الغثيان.

content-the-explicit-link-fix-watched = كثيرون يشعرون بالارتباك أو الانزعاج بعد رؤية الإباحية. ذلك الرابط كان فخًّا، وانفتاحه ليس ذنبك. ماذا الآن؟
content-the-explicit-link-choice-tell-tonight = الليلة أخبر { $adult } بكل شيء، حتى المشاهدة.
content-the-explicit-link-feedback-tell-tonight = هكذا يُصلَح الأمر. الحديث يساعد الصور على التلاشي، والشخص البالغ موضع ثقتك لن يغضب: كان فخًّا. لن تُعاقَب على شيء.
content-the-explicit-link-choice-delete-history = أمسح السجل، ولا داعي أن يعرف أحد، حتى { $adult }. هذا أكثر أمانًا.
content-the-explicit-link-feedback-delete-history = فرصة لنتعلّم: الإخفاء يبدو أكثر أمانًا، لكن حمل هذا وحدك ثقيل، والرابط ما زال ينتشر. الشخص البالغ موضع ثقتك لا يلومك على رابط مخادع. لم يفت الأوان أبدًا للإخبار.
content-the-explicit-link-choice-show-group = أرسله لمجموعة الكرة: شوفوا هذا!
content-the-explicit-link-feedback-show-group = فرصة لنتعلّم: إرسال الإباحية إلى أطفال آخرين يؤذيهم، حتى على سبيل المزاح، وقد يوقعك في مشكلة حقيقية. الأفضل حذفه وإخبار شخص بالغ موضع ثقتك.
content-the-explicit-link-c-hidden = تمسح السجل ولا تقول شيئًا. الرابط يواصل الانتشار، والصور تعود إلى رأسك في الليل.
content-the-explicit-link-c-spread = ترسله. بعضهم يضحك، وأخ صغير لأحدهم يراه من فوق كتفه، وأمّ تراسل المدرسة. والضيق شديد.

content-the-explicit-link-friend-dm = يا ساتر، فتحته؟؟ والله ما كنت أعرف، حد أرسله لي. أرسله لمجموعة الكرة كمقلب؟ راح ينصدموا
content-the-explicit-link-choice-report-link = لا. لنرسل بلاغًا عن الرابط ونحذفه. ليس مضحكًا.
content-the-explicit-link-feedback-report-link = قرار موفّق. البلاغ يساعد { $app } على منع الرابط من الوصول إلى آخرين، والحذف يعني أنه يتوقف عندك. إرسال الإباحية إلى أطفال آخرين، حتى كمقلب، يؤذيهم.
content-the-explicit-link-choice-just-delete = الأفضل ألّا يُرسل. نحذفه وننسى الأمر.
content-the-explicit-link-feedback-just-delete = الحذف يعني أنه يتوقف عندك، جيد. لكن الرابط ما زال متاحًا لغيرك. بلاغ سريع يساعد { $app } على إيقافه.
content-the-explicit-link-choice-prank-them = ههه، يلّا نرسله. الأمر آمن، كلهم كبار بما يكفي ليتحمّلوه.
content-the-explicit-link-feedback-prank-them = فرصة لنتعلّم: إرسال الإباحية إلى أطفال آخرين يؤذيهم، حتى على سبيل المزاح، وفي تلك المجموعة من هم أصغر. لم يطلب أحد مقلبًا كهذا.
content-the-explicit-link-c-reported = تمام. أرسلت بلاغ وحذفته. معليش، والله ما كنت أعرف شو هو.
content-the-explicit-link-c-deleted = تمام، حذفته. معليش، والله ما كنت أعرف شو هو.
content-the-explicit-link-c-forwarded = يصل الرابط إلى مجموعة الكرة. وخلال دقائق: «شووو»، «يع»، و«أخوي الصغير شافه هلق».

content-the-explicit-link-sort = لاحقًا، امتلأت مجموعة الصف بالروابط من جديد. أيّها يستحق أن يصل إلى مجموعة الكرة؟
content-the-explicit-link-post-dog-from = ‏{ $friend }
content-the-explicit-link-post-dog = كلبي ضد المكنسة الكهربائية. صوّرته الصبح، مو قادر أوقف ضحك
content-the-explicit-link-post-dog-why = مناسب للمشاركة: الفيديو من تصوير { $friend }، وهو لطيف، ولا أحد يتأذى أو يُحرج. رابط سيئ واحد لا يجعل كل روابط الصديق سيئة.
content-the-explicit-link-pic-dog-caption = كلبي ضد المكنسة الكهربائية
content-the-explicit-link-post-part2-from = أُعيد توجيهه مرات كثيرة
content-the-explicit-link-post-part2 = أضحك فيديو بالعالم، الجزء 2، شوفوه للآخر: { $site }
content-the-explicit-link-post-part2-why = لا يُشارك: النوع نفسه من الروابط، ومن الموقع نفسه الذي فتح الإباحية. الإبلاغ عنه أفضل.
content-the-explicit-link-post-training-from = نادي كرة القدم
content-the-explicit-link-post-training = تدريب الغد ينتقل إلى الساعة 5 مساءً بسبب المطر. انقلوها للفريق!
content-the-explicit-link-post-training-why = مناسب للمشاركة: من النادي نفسه، ومفيد، ونقله يساعد الفريق.
content-the-explicit-link-post-skins-from = ‏gamer_giveaways
content-the-explicit-link-post-skins = أزياء مجانية لكل من يرسل هذا إلى 10 أصدقاء!! لا تكسروا السلسلة!
content-the-explicit-link-post-skins-why = لا يُشارك: رسائل السلسلة ذات الجوائز المجانية غالبًا احتيال، وإعادة إرسالها تنشر الخدعة.
content-the-explicit-link-post-closing-from = أحدهم في المجموعة
content-the-explicit-link-post-closing = المدرسة ستغلق مبكرًا غدًا؟؟ ابن عم أحدهم قال ذلك.
content-the-explicit-link-post-closing-why = التحقق أولًا: إنها إشاعة من ابن عم أحدهم. رسالة المدرسة الرسمية تقول الخبر اليقين.

content-the-explicit-link-evening = المساء. تلك الصفحة تعود إلى رأسك مرة بعد مرة، والسؤال يلحّ: هل يوقعني الكلام في مشكلة؟ ماذا الآن؟
content-the-explicit-link-choice-tell-adult = أخبر { $adult } الليلة عن الرابط. لم أبحث عنه أصلًا.
content-the-explicit-link-feedback-tell-adult = شجاعة وصواب. لن تُعاقَب على شيء فعله بك رابط. الحديث يساعد على التخلّص منه، والشخص البالغ موضع ثقتك يساعد على الإبلاغ وترتيب مجموعة الصف.
content-the-explicit-link-choice-mute-week = أحظر ذلك الموقع، وأكتم المجموعة أسبوعًا، وأنسى الأمر.
content-the-explicit-link-feedback-mute-week = حظر الموقع وكتم المجموعة يبعدان هذا عنك، جيد. لكن الصفحة ما زالت في بالك، ولا أحد يعرف. الحديث مع شخص بالغ موضع ثقتك يساعد على التخلّص منها.
content-the-explicit-link-choice-say-nothing = لن أخبر أحدًا، ولا حتى { $adult }. سيبدو أنني بحثت عنه.
content-the-explicit-link-feedback-say-nothing = فرصة لنتعلّم: كثيرون يخافون أن يُلاموا، لكن الشخص البالغ موضع ثقتك يعرف أنه كان فخًّا. السكوت يجعل الأمر أثقل. لم يفت الأوان أبدًا للكلام.
content-the-explicit-link-c-adult = شكرًا لأنك أخبرتني. لن تُعاقَب على شيء: كان فخًّا، وأغلقته دون إرساله لأحد. لنبلغ { $app } عنه، وسأُعلم المدرسة كي تُرتَّب مجموعة الصف.
content-the-explicit-link-real-talk = شيء أخير: الإباحية تُصنع لتُباع، لا لتُظهر الحياة الحقيقية. العلاقات الحقيقية قائمة على الاحترام والاهتمام وموافقة الطرفين. وإن بقي شيء يزعجك، فالحديث عنه متاح دائمًا.
content-the-explicit-link-c-muted = تحظر الموقع وتكتم المجموعة. كل شيء هادئ، لكن الصفحة تعود إلى رأسك في المساء.
content-the-explicit-link-c-quiet = لا تقول شيئًا. وفي الليل تعود الصفحة إلى رأسك مرة بعد مرة، ويجافيك النوم.

content-the-explicit-link-next-day = في الصباح، ينشر أحدهم في المجموعة رابط «الجزء 2»، فتعود تلك الصفحة إلى رأسك. ماذا الآن؟
content-the-explicit-link-choice-show-morning = قبل المدرسة أعرض الرابط على { $adult } وأشرح.
content-the-explicit-link-feedback-show-morning = أحسنت. بعض الأشياء لا تتلاشى وحدها، ومشاركتها تخفّفها. الشخص البالغ موضع ثقتك يستطيع الإبلاغ عن الرابط ودفع المدرسة إلى ترتيب المجموعة.
content-the-explicit-link-choice-let-fade = لا داعي لإزعاج { $adult } بهذا. سيزول وحده مع الوقت.
content-the-explicit-link-feedback-let-fade = فرصة لنتعلّم: قد يزول، لكن حمله وحدك صعب، والروابط لا تتوقف. لم يفت الأوان أبدًا للحديث مع شخص بالغ موضع ثقتك.
content-the-explicit-link-c-adult-late = يسعدني أنك أخبرتني، ولن تُعاقَب على شيء. كان فخًّا. سنبلغ { $app } عنه، وسأطلب اليوم من المدرسة ترتيب مجموعة الصف.
content-the-explicit-link-c-fade = يخفّ الأمر قليلًا. لكن لا أحد يعرف، والروابط ما زالت تصل، والسؤال ما زال قائمًا: هل أخطأت؟ لا خطأ منك.

content-the-explicit-link-forward-fix = في مجموعة الكرة أطفال أصغر، بعضهم في الحادية عشرة فقط. إرسال الإباحية إلى أطفال آخرين يؤذيهم. ما زال بالإمكان المساعدة. ماذا الآن؟
content-the-explicit-link-choice-delete-tell = نحذفه أنا و{ $friend }، ثم أخبر { $adult } بما فعلناه.
content-the-explicit-link-feedback-delete-tell = هكذا يُصلَح الأمر. الحذف يوقف الانتشار، والإخبار يتيح للكبار الاطمئنان على الصغار. الاعتراف شجاعة، وبه يُصلَح الأمر.
content-the-explicit-link-choice-delete-quietly = نحذفه أنا و{ $friend }، والأكثر أمانًا ألّا أخبر.
content-the-explicit-link-feedback-delete-quietly = فرصة لنتعلّم: الحذف يفيد، لكن بعض الصغار رأوه فعلًا، وقد يحتاجون إلى شخص بالغ. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
content-the-explicit-link-choice-their-choice = نتركه. لم يجبرهم أحد على فتحه، هذا اختيارهم.
content-the-explicit-link-feedback-their-choice = فرصة لنتعلّم: لم يختر أحد رؤية ما كان خلف رابط «فيديو مضحك». تركه يعني وصوله إلى أطفال آخرين. الأفضل حذفه وإخبار شخص بالغ موضع ثقتك.
content-the-explicit-link-c-noticed = أمّ تجده على هاتف طفلها وتتصل بالمدرسة. الجميع يسأل من بدأ، والضيق شديد.
content-the-explicit-link-c-adult-fwd = شكرًا لاعترافك، ولن تُعاقَب لأنك أخبرتني. حُذف الآن. سأُعلم المدرسة كي تتحدث عائلات الصغار معهم، وسنبلغ { $app } عن الرابط.
content-the-explicit-link-c-adult-r = يسعدني حقًا أنك أخبرتني، ولن تُعاقَب على شيء. رابط كهذا قد يخدع أي أحد. سنبلغ { $app } عنه، وسأُعلم المدرسة كي تُرتَّب مجموعة الصف.

content-the-explicit-link-end-safe = أغلقته، ولا إعادة إرسال منك، ثم أخبرت { $adult }، والبلاغ عن الرابط وصل. لم يُعاقَب أحد، ومجموعة الصف تُرتَّب. وفيديو كلب { $friend }؟ يستحق المشاركة فعلًا.
content-the-explicit-link-end-told-later = احتاج الأمر إلى ليلة، لكنك أخبرت { $adult }، والبلاغ عن الرابط وصل. الإخبار أبكر أفضل، ولا عقاب عليه أبدًا.
content-the-explicit-link-end-recovered = تعقّدت الأمور، لكنك أصلحتها: أخبرت { $adult }، والأمر يُعالَج. لا أحد يُعاقَب لأنه أخبر، وقد اخترت الطريق الشجاع.
content-the-explicit-link-end-mixed = أنت بخير الآن، لكن لا أحد يعرف ما حدث، وروابط كهذه ما زالت تنتشر. ليس هذا ذنبك. الحديث مع شخص بالغ موضع ثقتك يساعد في أي وقت.
content-the-explicit-link-end-harmful = الرابط يواصل الانتشار، والحمل ثقيل عليك وحدك. انفتاحه ليس ذنبك، ولم يفت الأوان أبدًا: إخبار شخص بالغ موضع ثقتك يساعد. لن تُعاقَب لأنك أخبرت.
