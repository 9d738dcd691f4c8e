# العقود / العدواني: الحساب المخترَق (الأعمار 13-15)، حساب صديق مخترَق، وتنبيه تسجيل دخول، وقفل الحساب

contract-the-hacked-account-title = الحساب المخترَق
contract-the-hacked-account-summary = حساب أعزّ أصحابك يرسل رابطًا غريبًا إلى المجموعة كلها. وفي الليلة نفسها، يصل إلى حسابك أنت تنبيه تسجيل دخول من بلد آخر.
contract-the-hacked-account-remember = الرابط «من صديق» قد يأتي من حساب مخترَق: التحقق يكون بطريقة أخرى. الحل: قفل الحساب بعبارة مرور وبالتحقق بخطوتين، وعدم مشاركة كلمة مرور أو رمز أبدًا، وطلب مساعدة شخص بالغ موضع ثقتك.

contract-the-hacked-account-app = ‏Loopin
contract-the-hacked-account-npc-hacked = ‏{ $friend }
contract-the-hacked-account-npc-friend = ‏{ $friend } (مكالمة صوتية)
contract-the-hacked-account-npc-adult = ‏{ $adult }
contract-the-hacked-account-npc-expert = ‏AccountRescue_Pro

contract-the-hacked-account-bait-video = هل هذا أنت في الفيديو؟؟
contract-the-hacked-account-bait-meme = صورتك صارت «ميم»، يا للهول!!
contract-the-hacked-account-bait-photo = من نشر صورتك هذه؟؟
contract-the-hacked-account-adult-aunt = الخالة نادية
contract-the-hacked-account-adult-dad = أبي
contract-the-hacked-account-adult-teacher = الأستاذ سامر

contract-the-hacked-account-intro = مرحبًا، أنا سانغو! في حسابك على Loopin كل شيء: المحادثات والصور وذكريات سنتين. سلحفاتك «زعتر» هي صورة ملفك، ونبذتك تقول «الشهب إلى الأبد». ثم تضيء محادثة المجموعة.
contract-the-hacked-account-friend-link = ‏{ $bait } ⁦loopin.login-help.net/watch⁩
contract-the-hacked-account-pic-link-title = سجّل الدخول للمشاهدة
contract-the-hacked-account-pic-link-site = ‏loopin.login-help.net

contract-the-hacked-account-link-choice = الرابط من حساب { $friend }، أُرسل إلى المجموعة كلها دفعة واحدة. ما اختيارك؟
contract-the-hacked-account-choice-link-check = سأراسل { $friend } أولًا عبر تطبيق آخر.
contract-the-hacked-account-feedback-link-check = ذكاء! الاسم المعروف على رسالة لا يثبت من أرسلها. السؤال بطريقة أخرى، بمكالمة أو تطبيق آخر، أسرع تحقق ممكن.
contract-the-hacked-account-choice-link-ask = أسأل في المجموعة: «هل هذا أنت؟!»
contract-the-hacked-account-feedback-link-ask = السؤال فكرة جيدة! لكن إن كان الحساب مخترَقًا، فالمخترِق هو من يجيب. التحقق يكون بطريقة أخرى: مكالمة، أو تطبيق آخر.
contract-the-hacked-account-choice-link-open = سأفتحه. أثق بـ{ $friend }، فلا داعي للقلق.
contract-the-hacked-account-feedback-link-open = فرصة للتعلّم: الحسابات المخترَقة ترسل روابط لكل معارف صاحبها، لأنهم يثقون به. فيديو يطلب تسجيل الدخول فخّ. ما زال الإصلاح ممكنًا.

contract-the-hacked-account-friend-phone = هذا ليس أنا! لا أستطيع الدخول، أحدهم غيّر كلمة مروري. إنه يراسل الجميع!! أعتذر جدًا، حقًا.
contract-the-hacked-account-hacker-replies = نعم أنا ههه، الرابط يستحق، ضحك مضمون. بسرعة قبل أن يُحذف
contract-the-hacked-account-fake-page = الصفحة تشبه Loopin تمامًا وتطلب تسجيل الدخول للمشاهدة. تُكتب كلمة المرور. والفيديو لا يظهر أبدًا.
contract-the-hacked-account-pic-fake-address = ‏loopin.login-help.net
contract-the-hacked-account-pic-fake-title = تسجيل الدخول إلى Loopin
contract-the-hacked-account-pic-fake-button = دخول

contract-the-hacked-account-link-again = «بسرعة قبل أن يُحذف». هل هذا أسلوب { $friend }؟ ما الخطوة التالية؟
contract-the-hacked-account-choice-again-check = سأتصل بـ{ $friend } الآن، مكالمة صوتية.
contract-the-hacked-account-feedback-again-check = أحسنت! «بسرعة» خدعة معروفة لمنعك من التفكير. مكالمة قصيرة تحسم الأمر.
contract-the-hacked-account-choice-again-open = حسنًا، يبدو حقيقيًا. سأفتحه.
contract-the-hacked-account-feedback-again-open = فرصة للتعلّم: من يملك الحساب يستطيع أن يقول «هذا أنا». الاستعجال علامة تحذير. ما زال الإصلاح ممكنًا.

contract-the-hacked-account-help-choice = حساب { $friend } مخترَق وما زال يرسل الرابط للجميع. كيف تكون المساعدة؟
contract-the-hacked-account-choice-help-report = بلاغ عن الحساب المخترَق، وتحذير المجموعة.
contract-the-hacked-account-feedback-help-report = عمل جماعي رائع! الإبلاغ يطلب من Loopin إيقاف الحساب، والتحذير بكلماتك، بلا رابط، يمنع النقرات.
contract-the-hacked-account-choice-help-forward = إعادة إرسال الرابط للجميع: «غير آمن، لا تفتحوه!»
contract-the-hacked-account-feedback-help-forward = تحذير الآخرين لطف! لكن إعادة الإرسال تضع الرابط أمام عدد أكبر من الناس، وهناك دائمًا من ينقر. الأفضل التحذير بكلماتك، بلا رابط، والإبلاغ عن الحساب.
contract-the-hacked-account-reported = يصل بلاغك عن الحساب المخترَق، ومعه رسالة منك في المجموعة: «حساب { $friend } مخترَق. لا تفتحوا ذلك الرابط». ثلاثة يردّون: «شكرًا، كدنا ننقر».
contract-the-hacked-account-forwarded = يخرج تحذيرك والرابط داخله. اثنان يشكرانك. وآخر يرد: «أوه، نقرته قبل أن أقرأ الحروف الكبيرة».

contract-the-hacked-account-alert = في تلك الليلة، عند 03:12، يضيء هاتفك. إنه Loopin.
contract-the-hacked-account-pic-alert-title = محاولة تسجيل دخول
contract-the-hacked-account-pic-alert-where = بلد آخر، 03:12
contract-the-hacked-account-pic-alert-device = حاسوب محمول مجهول
contract-the-hacked-account-pic-alert-no = لا، لم يكن هذا أنا
contract-the-hacked-account-pic-alert-yes = نعم، كان هذا أنا

contract-the-hacked-account-alert-choice = شخص بعيد جدًا حاول الدخول باسمك. وكلمة مرورك هي نفسها في ثلاثة تطبيقات منذ عمر 11 سنة. ما اختيارك؟
contract-the-hacked-account-choice-alert-lock = ألمس «لا، لم يكن أنا»، ثم أغيّر كلمة المرور.
contract-the-hacked-account-feedback-alert-lock = تمامًا! «ليس أنا» يوقف محاولة الدخول هذه. كلمة مرور قديمة في عدة تطبيقات هي طريق المخترقين، فقد حان وقت قفل جديد، هنا وفي التطبيقين الآخرين.
contract-the-hacked-account-choice-alert-ignore = سأغلقه. إنها مجرد «محاولة»، فأنا بأمان الآن.
contract-the-hacked-account-feedback-alert-ignore = عدم لمس «نعم» كان صحيحًا! لكن المحاولة تعني أن أحدًا يملك كلمة مرورك، أو يقترب منها. سيحاول مجددًا. الأفضل تغييرها الآن.
contract-the-hacked-account-choice-alert-yes = ألمس «نعم، كان أنا» كي يتوقف هذا الاهتزاز.
contract-the-hacked-account-feedback-alert-yes = فرصة للتعلّم: «نعم، كان أنا» جعل Loopin يسمح لذلك الحاسوب بالدخول. في منتصف الليل يسهل اللمس دون قراءة. «لا، لم يكن أنا» كان سيمنعه. ما زال الإصلاح ممكنًا.
contract-the-hacked-account-not-me = يوقف Loopin محاولة الدخول، ويطلب قفلًا جديدًا لحسابك.
contract-the-hacked-account-second-alert = في الصباح: «تم تغيير كلمة مرورك. تسجيل دخول جديد: بلد آخر». ولم يكن ذلك منك.
contract-the-hacked-account-tapped-yes = يتوقف الاهتزاز. وفي مكان بعيد، صار الحاسوب المجهول داخل حسابك.

contract-the-hacked-account-lock = ثلاث أو أربع كلمات عشوائية تصنع عبارة مرور قوية. المطلوب: عبارة تبقى في الذاكرة، ثم اختيار طريقة تحقّق Loopin من أنك أنت حقًا.
contract-the-hacked-account-piece-kettle = إبريق
contract-the-hacked-account-why-piece-kettle = كلمة يومية لا علاقة لها بك: لا أحد يخمّنها من ملفك. ومن السهل تخيّلها.
contract-the-hacked-account-piece-pet = زعتر
contract-the-hacked-account-why-piece-pet = تبدو كلمة عادية، لكن «زعتر» سلحفاتك، وهي صورة ملفك. أي أحد قد يخمّنها. الحيوانات الأليفة والأسماء وأعياد الميلاد مكانها خارج العبارة.
contract-the-hacked-account-piece-cactus = صبار
contract-the-hacked-account-why-piece-cactus = جميل. بضع كلمات عشوائية تصنع عبارة طويلة يصعب كسرها ويسهل تذكّرها: صبار داخل إبريق!
contract-the-hacked-account-piece-common = ‏password1
contract-the-hacked-account-why-piece-common = ‏⁦password1⁩ من أول ما تجرّبه أدوات الاختراق، حتى لو أُلصق بكلمات أخرى. لا يضيف شيئًا. الكلمات العشوائية تكفي للقيام بالعمل.
contract-the-hacked-account-piece-violin = كمان
contract-the-hacked-account-why-piece-violin = كلمة عشوائية أخرى. كل واحدة تجعل العبارة أطول وأصعب كسرًا، والصورة المضحكة تساعد على التذكّر.
contract-the-hacked-account-piece-jumble = ‏⁦t8&Wm#2v⁩
contract-the-hacked-account-why-piece-jumble = قوية، لكن هل ستبقى ⁦t8&Wm#2v⁩ في ذاكرتك الأسبوع القادم؟ خلطات كهذه تنتهي على ورقة لاصقة أو تتكرر في كل مكان. الكلمات العشوائية قوية وسهلة التذكّر معًا.
contract-the-hacked-account-piece-tornado = إعصار
contract-the-hacked-account-why-piece-tornado = اختيار موفّق. الكلمات العشوائية قوية لأنها ليست عنك. إعصار مليء بآلات الكمان لا يُنسى.
contract-the-hacked-account-piece-team = الشهب
contract-the-hacked-account-why-piece-team = تبدو عشوائية، لكن «الشهب إلى الأبد» في نبذتك. ما يعرف الناس أنك تحبه هو أول ما يجرّبونه، فمكانه خارج العبارة.
contract-the-hacked-account-set-two-step = التحقق بخطوتين: رمز إلى جانب عبارة المرور
contract-the-hacked-account-val-two-step-off = معطّل
contract-the-hacked-account-why-two-step-off = حين يكون معطّلًا، تكون عبارتك القفل الوحيد، وهكذا استُخدمت كلمة مرورك القديمة. التحقق بخطوتين يطلب أيضًا رمزًا من هاتفك.
contract-the-hacked-account-val-two-step-phone = رمز يصل إلى هاتفي
contract-the-hacked-account-why-two-step-phone = رائع: حتى مع عبارتك، سيحتاج المخترِق إلى هاتفك أيضًا. الرمز لا يُعطى لأحد أبدًا، ولا حتى لمن يقول إنه «الدعم الفني» أو صديق.
contract-the-hacked-account-set-devices = الأجهزة المسجَّل دخولها إلى حسابي
contract-the-hacked-account-val-devices-keep = إبقاؤها كلها متصلة
contract-the-hacked-account-why-devices-keep = قد يكون بينها ذلك الحاسوب المجهول. تسجيل الخروج من كل الأجهزة الأخرى يطرد كل من دخل.
contract-the-hacked-account-val-devices-out = الخروج من كل الأجهزة الأخرى
contract-the-hacked-account-why-devices-out = نعم! كل من دخل بكلمة المرور القديمة يُطرد. ويكفي تسجيل الدخول من جديد على هاتفك.
contract-the-hacked-account-set-recovery = بريد الاسترداد: للعودة إن تعذّر الدخول
contract-the-hacked-account-val-recovery-friend = بريد { $friend }
contract-the-hacked-account-why-recovery-friend = النية طيبة، لكن من يملك بريد الاسترداد يستطيع تغيير عبارتك، وحساب { $friend } اختُرق للتو. بريدك أنت أفضل.
contract-the-hacked-account-val-recovery-own = بريدي أنا
contract-the-hacked-account-why-recovery-own = نعم: بريد خاص بك وحدك، بعبارة قوية خاصة به. وإن تعذّر الدخول يومًا، فالعودة ممكنة.
contract-the-hacked-account-val-recovery-none = لا شيء
contract-the-hacked-account-why-recovery-none = صحيح أن لا أحد غيرك يستطيع استخدامه. لكن إن تعذّر الدخول أو اختُرق الحساب يومًا، فلا طريق للعودة. بريدك أنت أفضل.
contract-the-hacked-account-sign-in = في عطلة نهاية الأسبوع، الدخول من المكتبة على حاسوب مشترك. البحث عن «Loopin» يُظهر ثلاثة روابط. على أيها يكون تسجيل الدخول؟
contract-the-hacked-account-page-ending = ‏⁦loopin.co/signin⁩
contract-the-hacked-account-why-page-ending = قريب، لكنه ينتهي بـ ⁦.co⁩ لا ⁦.com⁩: موقع آخر ينسخ صفحة Loopin ليسرق العبارات. النهاية قبل أول علامة / هي ما يجب التحقق منه.
contract-the-hacked-account-page-real = ‏⁦account.loopin.com/signin⁩
contract-the-hacked-account-why-page-real = أحسنت الملاحظة: قبل أول علامة / ينتهي العنوان بـ ⁦loopin.com⁩، عنوان Loopin نفسه. على حاسوب مشترك، الخروج بعد الانتهاء ضروري، ولا يُسمح له بحفظ العبارة أبدًا.
contract-the-hacked-account-page-buried = ‏⁦loopin.login-help.net/signin⁩
contract-the-hacked-account-why-page-buried = يبدأ بـ loopin، لكنه ينتهي في الحقيقة بـ ⁦login-help.net⁩: الموقع نفسه في رابط الفيديو المزيّف. الجزء الأخير قبل أول علامة / يبيّن مالك الصفحة.
contract-the-hacked-account-locked = استعدت حسابي!! عائلتي ساعدتني عبر صفحة الاسترداد في Loopin، والتحقق بخطوتين صار مفعّلًا. شكرًا لأنك سألتني أولًا

contract-the-hacked-account-hijacked = كلمة مرورك لم تعد تعمل. وحسابك يرسل الرابط نفسه إلى كل معارفك. ثم يظهر طلب مراسلة.
contract-the-hacked-account-expert-dm = اختُرق حسابك؟ أستعيد الحسابات في ساعة، مضمون 100%. فقط 20 بطاقات هدايا، مع بريدك وكلمة مروره لأعيد ضبطه.
contract-the-hacked-account-recover-choice = حسابك في يد شخص آخر، وهذا ليس ذنبك. ما الخطوة التالية؟
contract-the-hacked-account-choice-recover-tell = أخبر { $adult } وأفتح صفحة الاختراق.
contract-the-hacked-account-feedback-recover-tell = هذا طريق العودة! الشخص البالغ موضع ثقتك يساعد في صفحة الاسترداد الحقيقية في Loopin وفي الإبلاغ عن الحساب. الاختراق يحدث لكثيرين، ولن يعاقبك أحد.
contract-the-hacked-account-choice-recover-new = حسابٌ جديد، ولا داعي ليعرف أحد بالأمر.
contract-the-hacked-account-feedback-recover-new = البداية من جديد مفهومة! لكن الحساب القديم ما زال في يد غريب يراسل كل معارفك. يجب استرداده والإبلاغ عنه، مع شخص بالغ موضع ثقتك.
contract-the-hacked-account-choice-recover-pay = سأدفع للخبير. مساعدة خلال ساعة، بـ20 فقط!
contract-the-hacked-account-feedback-recover-pay = فرصة للتعلّم: «خبراء الاسترداد» الذين يراسلونك محتالون. بطاقات الهدايا لا يمكن تتبّعها، وكلمة مرور بريدك تعطيهم كل شيء. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
contract-the-hacked-account-old-still = لحسابك الجديد 3 متابعين. والقديم ما زال له 300، ويعيد نشر الرابط، وعليه صورتك.
contract-the-hacked-account-paid = وصل الدفع! الخطوة التالية: بريدك وكلمة مروره. وبالمناسبة، «المسار السريع» بـ20 إضافية.

contract-the-hacked-account-last-choice = الحساب القديم ما زال يرسل الرابط باسمك. ما اختيارك؟
contract-the-hacked-account-choice-last-tell = سأخبر { $adult } بكل شيء، وأعرض الحساب القديم.
contract-the-hacked-account-feedback-last-tell = شجاعة وذكاء. لم يفت الأوان أبدًا: الشخص البالغ موضع ثقتك يستطيع استرداد الحساب معك، والإبلاغ عنه، وتحذير معارفك. لا أحد يلومك.
contract-the-hacked-account-choice-last-quiet = سأتركه. إن ساء الأمر، سأخبر { $adult }.
contract-the-hacked-account-feedback-last-quiet = فرصة للتعلّم: الأمر سيئ الآن. الحساب يخدع أصدقاءك في هذه اللحظة، والانتظار يجعله ينتشر. الاختراق يحدث لكثيرين. لم يفت الأوان أبدًا للإخبار.
contract-the-hacked-account-spreading = خلال أسبوع، يصل الرابط إلى أقاربك وفريقك وصفّك. صديقان يخسران حسابيهما بسببه.

contract-the-hacked-account-adult-helps = شكرًا لأنك أخبرتني. لن يعاقبك أحد، فهذا يحدث لكثيرين. لنستخدم صفحة الاسترداد الحقيقية في Loopin، ونبلغ عن الحساب، ونحذّر معارفك، ثم نقفله جيدًا.
contract-the-hacked-account-locked-late = عاد حسابك. ومنشور منك: «حسابي اختُرق. لا تفتحوا روابط مني من هذا الأسبوع». الرسائل الغريبة تتوقف.

contract-the-hacked-account-end-safe = تحقّق قبل النقر، وتحذير للمجموعة من حساب { $friend } المخترَق، وحسابك مقفل جيدًا: عبارة جديدة، وتحقق بخطوتين، ولا أحد غيرك متصل. أحسنت اللعب!
contract-the-hacked-account-end-recovered = أُخذ حسابك، لكن المساعدة جاءت. عاد الحساب، مقفلًا بعبارة مرور وبالتحقق بخطوتين، ومعارفك حُذّروا، ولا أحد يلومك.
contract-the-hacked-account-end-harmful = حسابك ما زال في يد غريب، يخدع أصدقاءك. هذا ليس ذنبك: المخترقون بارعون. لم يفت الأوان أبدًا لإخبار { $adult } أو شخص بالغ آخر موضع ثقتك، وسيساعدك على استرداده.

contract-the-hacked-account-trace-locked = ‏Loopin: عبارة مرور جديدة، والتحقق بخطوتين مفعّل، وتم الخروج من الأجهزة الأخرى.
contract-the-hacked-account-trace-locked-advice = قفل محكم. لكل تطبيق عبارة مختلفة، والرمز لا يُشارك أبدًا، ولا حتى مع صديق.
contract-the-hacked-account-trace-taken = حسابك القديم على Loopin، ما زال في يد غريب يراسل معارفك.
contract-the-hacked-account-trace-taken-advice = شخص بالغ موضع ثقتك يستطيع المساعدة في صفحة الاسترداد الحقيقية في Loopin، والإبلاغ عن الحساب، وتحذير معارفك. لم يفت الأوان أبدًا.

# The old password opens other apps too.
contract-the-hacked-account-last-step = شيء أخير: كلمة مرورك القديمة تفتح أيضًا تطبيقين آخرين من تطبيقاتك.
contract-the-hacked-account-choice-other-apps = تغيير كلمة المرور في التطبيقين الآخرين أيضًا.
contract-the-hacked-account-choice-leave-apps = ترك التطبيقات الأخرى كما هي. المهم هو حساب Loopin.
contract-the-hacked-account-feedback-other-apps = تمامًا. المخترقون يجرّبون كلمة المرور المسروقة في كل مكان. عبارة مرور جديدة لكل تطبيق تُبقيها كلها مقفلة.
contract-the-hacked-account-feedback-leave-apps = فرصة للتعلّم: كلمة المرور المسروقة تُجرَّب في كل التطبيقات. كل حساب يحتاج عبارة مرور خاصة به.
contract-the-hacked-account-apps-taken = بعد أسبوع، تفتح كلمة المرور القديمة حساب اللعبة أيضًا. يعرف { $adult } بالأمر، ويتم معًا تغييرها وتفعيل التحقق بخطوتين. عاد الحساب.
