# العقود / العدوانية: صفحة الدخول المزيّفة (الأعمار 16-18). الاختراق وسرقة الهوية.

contract-the-phishing-login-title = صفحة الدخول المزيّفة
contract-the-phishing-login-summary = رسالة بريد عاجلة تقول إن حسابك سيُحذف ما لم يتم تسجيل الدخول الآن.
contract-the-phishing-login-remember = تسجيل الدخول لا يكون أبدًا عبر رابط في رسالة مستعجلة: التطبيق نفسه هو الطريق. الأفضل: الإبلاغ عن التصيّد بدل إعادة توجيهه، وكلمات مرور فريدة مع التحقق بخطوتين، وعدم مشاركة أي رمز.

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly

contract-the-phishing-login-npc-support = دعم { $service }
contract-the-phishing-login-npc-friend = { $friend }

contract-the-phishing-login-intro = ليلة مراجعة: قطتك مشمش نائمة عند قدميك، ومباراة الصقور تعمل بلا صوت. الليلة إنشاء حسابك على Applyra للتقديم إلى الجامعة. ستكون فيه درجاتك وهويتك، لذا يحتاج إلى قفل محكم.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-phishing-login-lock = ثلاث كلمات عشوائية، لا شيء عنك: لنصنع عبارة مرور تبقى في الذاكرة دون كتابتها. ثم نختار كيف يتأكد Applyra أنك أنت من يسجّل الدخول.
contract-the-phishing-login-piece-lantern = فانوس
contract-the-phishing-login-why-piece-lantern = كلمة يومية لا علاقة لها بك: لا أحد يخمّنها من ملفك الشخصي. ثلاث أو أربع كلمات مثلها تصنع عبارة طويلة يصعب كسرها.
contract-the-phishing-login-piece-pet = مشمش
contract-the-phishing-login-why-piece-pet = تبدو كلمة عادية، لكن مشمش اسم قطتك، وهي في نصف صورك. أي متابع لك قد يخمّنها. الأفضل إبعاد أسماء الحيوانات الأليفة وتواريخ الميلاد والأسماء عن كلمات المرور.
contract-the-phishing-login-piece-pickles = مخللات
contract-the-phishing-login-why-piece-pickles = كلمة عشوائية وصورة طريفة: مرطبان مخللات يقرع طبلة. صور كهذه تجعل العبارة سهلة التذكّر.
contract-the-phishing-login-piece-common = 1234
contract-the-phishing-login-why-piece-common = ‏1234 من أكثر كلمات المرور استخدامًا في العالم، لذا تجرّبها أدوات الاختراق أولًا، حتى وهي ملصقة بكلمات. لا تضيف أي قوة: الكلمات العشوائية تقوم بالعمل.
contract-the-phishing-login-piece-glacier = زرافة
contract-the-phishing-login-why-piece-glacier = اختيار جيد. الطول أقوى من الحيل: بضع كلمات عشوائية تحتاج وقتًا أطول بكثير لكسرها من خليط قصير من الرموز.
contract-the-phishing-login-piece-jumble = ⁦x7#Qp!9z⁩
contract-the-phishing-login-why-piece-jumble = قوية، لكن هل سيبقى ⁦x7#Qp!9z⁩ في ذاكرتك على حاسوب المكتبة؟ خلطات كهذه تُكتب على ورقة أو تُكرَّر في كل مكان. الكلمات العشوائية قوية وسهلة التذكّر.
contract-the-phishing-login-piece-trumpet = طبلة
contract-the-phishing-login-why-piece-trumpet = كلمة يومية أخرى لن يربطها أحد بك. قوة العبارة تأتي من الكلمات العشوائية، لا من تفاصيل حياتك.
contract-the-phishing-login-piece-team = صقور
contract-the-phishing-login-why-piece-team = تبدو عشوائية، لكن فريقك على قميصك وفي نبذتك. ما يعرف الناس حبّك له هو أول ما يجرّبونه، لذلك لا مكان له في عبارة المرور.
contract-the-phishing-login-set-two-step = التحقق بخطوتين
contract-the-phishing-login-val-two-step-off = معطّل
contract-the-phishing-login-why-two-step-off = من دون الخطوتين، عبارة المرور هي القفل الوحيد. إن تسرّبت يومًا، يستطيع أي أحد الدخول. الخطوة الثانية تطلب رمزًا من هاتفك أيضًا.
contract-the-phishing-login-val-two-step-text = رمز برسالة نصية
contract-the-phishing-login-why-two-step-text = جيد: العبارة المسروقة وحدها لا تكفي، فسيحتاج أيضًا إلى الرمز الذي يصل إلى هاتفك. وهذا الرمز لا يُعطى لأي أحد.
contract-the-phishing-login-val-two-step-app = تطبيق مصادقة
contract-the-phishing-login-why-two-step-app = رائع: التطبيق يصنع رمزًا جديدًا على هاتفك حتى دون شبكة، ولا يستطيع محتال تحويله إلى رقمه. وهذا الرمز لا يُعطى لأي أحد.
contract-the-phishing-login-set-recovery = بريد الاسترداد: لاستعادة حسابك إن تعذّر الدخول
contract-the-phishing-login-val-recovery-friend = بريد صديقي المقرّب
contract-the-phishing-login-why-recovery-friend = لطف منه، لكن من يملك بريد الاسترداد يستطيع تغيير كلمة مرورك. الصداقات تتغيّر، وقد يُخترق حسابه أيضًا.
contract-the-phishing-login-val-recovery-school = بريد المدرسة
contract-the-phishing-login-why-recovery-school = يصلح الآن، لكن المدرسة تغلق بريد الطلاب عند التخرج، في وقت وصول ردود الجامعات بالضبط. الأفضل عنوان شخصي دائم.
contract-the-phishing-login-val-recovery-own = بريدي الشخصي
contract-the-phishing-login-why-recovery-own = نعم: عنوان لك وحدك يبقى معك بعد المدرسة. وحمايته بالتحقق بخطوتين مهمّة أيضًا، فمنه يمكن إعادة ضبط كل شيء.
contract-the-phishing-login-val-recovery-none = لا شيء
contract-the-phishing-login-why-recovery-none = صحيح أن لا أحد يستطيع إساءة استخدامه. لكن إن ضاع هاتفك أو اختُرق حسابك، فلا طريق للعودة. بريدك الشخصي طريق عودة أفضل.
contract-the-phishing-login-set-alerts = راسلني عند كل تسجيل دخول جديد
contract-the-phishing-login-val-alerts-off = معطّل
contract-the-phishing-login-why-alerts-off = من دون تنبيهات، قد يدخل أحد باسمك دون علمك أبدًا. التنبيه يمنحك فرصة للتصرف خلال دقائق.
contract-the-phishing-login-val-alerts-on = مفعّل
contract-the-phishing-login-why-alerts-on = جيد: إن دخل أحد من جهاز جديد، سيصلك الخبر فورًا، ويمكن تغيير عبارة المرور قبل أن يُحدث ضررًا.
contract-the-phishing-login-sign-in = في اليوم التالي، على حاسوب مشترك في المكتبة، البحث عن «Applyra تسجيل الدخول» يُظهر ثلاث نتائج. أيّ عنوان هو الصحيح لتسجيل الدخول؟
contract-the-phishing-login-page-lookalike = ⁦accounts-applyra.org/login⁩
contract-the-phishing-login-why-page-lookalike = نظرة ثانية: شَرطة لا نقطة. ⁦accounts-applyra.org⁩ اسم مختلف تمامًا، ويستطيع أي أحد شراء اسم مثله. العنوان الحقيقي ينتهي بـ ⁦applyra.org⁩ قبل أول علامة / مباشرة.
contract-the-phishing-login-page-real = ⁦accounts.applyra.org/sign-in⁩
contract-the-phishing-login-why-page-real = صحيح: قبل أول علامة / ينتهي العنوان بـ ⁦applyra.org⁩، و⁦accounts.⁩ جزء منه. كتابة العنوان بنفسك أفضل من الوثوق بنتيجة بحث. وعلى حاسوب مشترك: تسجيل الخروج بعدها، ودون حفظ عبارتك.
contract-the-phishing-login-page-buried = ⁦applyra.org.account-verify.net/sign-in⁩
contract-the-phishing-login-why-page-buried = الاسم الحقيقي موجود، لكن العنوان ينتهي بـ ⁦account-verify.net⁩، وهو مالك الصفحة. المهم هو الجزء الأخير قبل أول علامة /.

contract-the-phishing-login-email-arrives = بعد يومين، وفي وسط المراجعة، يصلك تنبيه من { $app }: رسالة بريد تقول إن حسابك على { $service }، بما فيه من صور ورسائل ثلاث سنوات، سيُحذف خلال ساعتين.
# العالم يتذكّر: خانة التجربة المجانية المُعلَّمة مسبقًا أرسلت اسمك وبريدك إلى «الشركاء».
contract-the-phishing-login-knows-you = هذه الرسالة تعرف اسمك الكامل، ووصلت إلى البريد الذي أعطيته لتطبيق الدراسة. خانة «الشركاء» المُعلَّمة مسبقًا نقلت الاثنين، والمحتالون يشترون قوائم كهذه. ماذا الآن؟
contract-the-phishing-login-choice-opt-out = سأوقف المشاركة في تطبيق الدراسة، وأطلب حذف بياناتي.
contract-the-phishing-login-feedback-opt-out = تفكير سليم. إيقاف المشاركة يُبعدك عن قوائم جديدة، وفي بلدان كثيرة يحق لك طلب حذف بياناتك. نسخ أقل من بياناتك تعني احتيالًا أقل يعرف اسمك.
contract-the-phishing-login-choice-unsubscribe = سألغي اشتراكي في كل رسائل الشركاء، ثم أهتمّ بهذه الرسالة.
contract-the-phishing-login-feedback-unsubscribe = رسائل أقل بداية جيدة. لكن إلغاء الاشتراك يوقف الرسائل لا المشاركة: تبقى بياناتك لدى الشركاء ويمكنهم نقلها. الأفضل إيقاف المشاركة وطلب الحذف أيضًا.
contract-the-phishing-login-choice-everywhere = بريدي موجود في كل مكان أصلًا. قائمة أخرى لن تغيّر شيئًا.
contract-the-phishing-login-feedback-everywhere = فرصة لنتعلّم: كل قائمة فيها بياناتك تساعد الاحتيال على أن يبدو وكأنه يعرفك. لم يفت الأوان لإيقاف المشاركة وطلب حذف بياناتك من التطبيق.
contract-the-phishing-login-opted-out = في إعدادات الخصوصية في تطبيق الدراسة، أوقفت المشاركة مع الشركاء، وأرسلت طلبًا لحذف بياناتك. والآن، لنعد إلى تلك الرسالة.
contract-the-phishing-login-unsubscribed = ألغيت اشتراكك في رسائل الشركاء واحدة تلو الأخرى. المشاركة ما زالت مفعّلة، فتبقى بياناتك في قوائمهم. والآن، لنعد إلى تلك الرسالة.
contract-the-phishing-login-shrugged = تركتها كما هي. يبقى اسمك وبريدك في قوائم الشركاء، أينما ذهبت بعد ذلك. والآن، لنعد إلى تلك الرسالة.

contract-the-phishing-login-email-spot = تبدو رسمية. لنلمس كل ما يكشف حقيقة هذه الرسالة.
contract-the-phishing-login-email-title = فريق أمان { $service }
contract-the-phishing-login-email-body = رصدنا نشاطًا غير معتاد على حسابك. تحقّق من هويتك الآن، وإلا سيُحذف حسابك وكل محتواه نهائيًا.
contract-the-phishing-login-part-sender = من: ⁦no-reply@acc0unt-verify-help.net⁩
contract-the-phishing-login-feedback-sender = نعم. الشركة الحقيقية تراسلك من عنوانها الخاص. العناوين المقلّدة، بصفر مكان حرف «o» أو بكلمات إضافية مثل «verify-help»، تصيّد احتيالي معروف.
contract-the-phishing-login-part-urgency = «سيُحذف حسابك خلال ساعتين!!»
contract-the-phishing-login-feedback-urgency = صحيح. الموعد الضيّق والعبارات الصارخة موجودة لتدفعك بالذعر إلى النقر قبل التفكير. الخدمات الحقيقية تمنحك وقتًا وتتيح لك التحقّق داخل التطبيق.
contract-the-phishing-login-part-grammar = «عميلنا العزيز، يرجا التاكد من هويتكم»
contract-the-phishing-login-feedback-grammar = عين ذكية. الأخطاء الإملائية الغريبة قد تكون علامة، و«عميلنا العزيز» تعني أنهم لا يعرفون اسمك أصلًا. لكن الانتباه واجب: بعض الرسائل المزيّفة مكتوبة بإتقان تام.
contract-the-phishing-login-part-logo = شعار { $service } في الأعلى
contract-the-phishing-login-feedback-logo = ليس دليلًا في أي اتجاه. الشعارات سهلة النسخ، لذا لا يثبت الشعار أبدًا أن الرسالة حقيقية. المرسل والرابط هما ما يستحق التحقّق.
contract-the-phishing-login-part-inbox = سهم الرجوع مع شارة حمراء: 3 رسائل غير مقروءة
contract-the-phishing-login-feedback-inbox = ليس دليلًا: هذا تطبيق البريد الخاص بك، يُظهر رسائل أخرى تنتظرك. لا شيء في الأعلى يأتي من هذا المرسل.
contract-the-phishing-login-part-tools = زرّا العلم الأحمر وسلة المهملات في الأعلى
contract-the-phishing-login-feedback-tools = ليس دليلًا، لكنه مفيد! هذان زرّان في تطبيق بريدك أنت، لا من المرسل. وضع علامة على الرسالة هو بالضبط طريقة الإبلاغ عن رسالة كهذه.
contract-the-phishing-login-part-verify = زر كبير: «تحقّق الآن»
contract-the-phishing-login-feedback-verify = نعم. الزر في رسالة بريد قد يقودك إلى أي مكان، مثل صفحة دخول مزيّفة. عند القلق على حسابك، الحل فتح التطبيق أو كتابة العنوان بنفسك.
contract-the-phishing-login-pic-service = { $service }
contract-the-phishing-login-pic-urgency = سيُحذف حسابك خلال ساعتين!!
contract-the-phishing-login-pic-grammar = عميلنا العزيز، يرجا التاكد من هويتكم
contract-the-phishing-login-pic-verify-now = تحقّق الآن
contract-the-phishing-login-pic-unread = 3

contract-the-phishing-login-open-choice = في الأسفل زر كبير: «تحقّق الآن». ما اختيارك؟
contract-the-phishing-login-choice-own-app = لن ألمسه. سأفتح { $service } بنفسي وأنظر هناك.
contract-the-phishing-login-feedback-own-app = ممتاز. فتح التطبيق الحقيقي، أو كتابة العنوان بنفسك، يتجاوز أي رابط مزيّف. ولو كانت هناك مشكلة فعلًا، لرأيتها هناك.
contract-the-phishing-login-choice-peek = سألمسه فقط لأتحقق، ولن أكتب أي شيء.
contract-the-phishing-login-feedback-peek = الاحتفاظ ببياناتك تصرّف حكيم. لكن فتح رابط تصيّد يُظهر للمرسل أنك تضغط، وبعض الصفحات تحاول تثبيت برمجيات خبيثة. فتح التطبيق الحقيقي أسلم.
contract-the-phishing-login-choice-rush = ساعتان؟! سأؤكد الآن، لا أريد خسارة صور ثلاث سنوات.
contract-the-phishing-login-feedback-rush = فرصة لنتعلّم: مهلة الساعتين أدّت مهمّتها. الذعر هو بالضبط ما يحتاجه التصيّد الاحتيالي. هذا يحدث للحذرين أيضًا، والأهم هو الخطوة التالية.

contract-the-phishing-login-real-app = في تطبيق { $service } الحقيقي: لا تحذير، ولا إشعار حذف، وكل شيء طبيعي. الرسالة كانت مزيّفة. وبعد دقيقة، يصل طلب مراسلة جديد.
contract-the-phishing-login-opened = يفتح الرابط صفحة تشبه { $service } تمامًا. والمؤشر يومض في خانة كلمة المرور.

contract-the-phishing-login-login-spot = الصفحة مفتوحة أمامك. قبل كتابة أي شيء، لنلمس ما يكشف حقيقتها.
contract-the-phishing-login-page-title = تسجيل الدخول إلى { $service }
contract-the-phishing-login-page-body = أكّد بياناتك لتحتفظ بحسابك.
contract-the-phishing-login-part-url = شريط العنوان: ⁦secure-login.acc0unt-check.net⁩
contract-the-phishing-login-feedback-url = نعم! هذا ليس عنوان { $service } الحقيقي. قراءة العنوان تأتي دائمًا قبل كتابة كلمة مرور: اسم الموقع الحقيقي يجب أن يكون فيه، ومكتوبًا بشكل صحيح.
contract-the-phishing-login-part-padlock = أيقونة قفل خضراء بجانب العنوان
contract-the-phishing-login-feedback-padlock = ليس دليلًا على شيء. القفل يعني أن الاتصال مشفّر، لا أن الموقع صادق. مواقع الاحتيال فيها أقفال أيضًا.
contract-the-phishing-login-part-page-title = العنوان: «تسجيل الدخول إلى { $service }»، مع شعاره
contract-the-phishing-login-feedback-page-title = لا يثبت شيئًا: نسخ عنوان وشعار يستغرق ثواني. شريط العنوان هو الجزء الذي لا يستطيع موقع مزيّف أن ينسخه تمامًا.
contract-the-phishing-login-part-form = النموذج يطلب كلمة مرورك وكلمة مرور بريدك أيضًا
contract-the-phishing-login-feedback-form = دليل كبير. لا توجد صفحة دخول حقيقية تطلب كلمة مرور حساب آخر. ومع بريدك، يستطيعون إعادة تعيين كل كلمات المرور الأخرى لديك.
contract-the-phishing-login-part-timer = «تنتهي الجلسة خلال 04:59»
contract-the-phishing-login-feedback-timer = صحيح: العدّ التنازلي ضغط إضافي ليمنعك من التفكير. يمكنك دائمًا إغلاق الصفحة والتحقّق بهدوء.
contract-the-phishing-login-pic-url = secure-login.acc0unt-check.net
contract-the-phishing-login-pic-timer = تنتهي الجلسة خلال 04:59
contract-the-phishing-login-pic-username = اسم المستخدم أو البريد
contract-the-phishing-login-pic-password = كلمة المرور
contract-the-phishing-login-pic-email-password = كلمة مرور بريدك
contract-the-phishing-login-pic-log-in = تسجيل الدخول

contract-the-phishing-login-page-choice = الصفحة ما زالت مفتوحة، والرسالة ما زالت في بريدك. ماذا الآن؟
contract-the-phishing-login-choice-report-page = سأغلقها، ثم ألمس «الإبلاغ عن تصيّد» في الرسالة.
contract-the-phishing-login-feedback-report-page = أحسنت. زر «الإبلاغ عن تصيّد» يساعد تطبيق البريد على حجب الاحتيال عن الآخرين أيضًا، وإغلاق الصفحة قبل كتابة أي شيء حماك.
contract-the-phishing-login-choice-forward = سأعيد توجيه الرسالة إلى المجموعة ليبقى الجميع في أمان.
contract-the-phishing-login-feedback-forward = تحذير أصدقائك لطف منك، وقد كشفت التزييف. لكن إعادة التوجيه ترسل الرابط الحيّ أيضًا. الأفضل الإبلاغ عن الرسالة، وتحذير أصدقائك بصورة للشاشة بلا رابط.
contract-the-phishing-login-choice-type = سأدخل على أي حال. ماذا لو كان حقيقيًا وخسرت كل شيء؟
contract-the-phishing-login-feedback-type = فرصة لنتعلّم: «ماذا لو كان حقيقيًا» هو بالضبط ما يعتمد عليه المحتالون. عند الشك، التحقّق يكون في التطبيق الحقيقي، لا عبر الرابط أبدًا.

contract-the-phishing-login-reported = أغلقت الصفحة دون كتابة شيء، وأبلغت عن الرسالة. ينقلها بريدك إلى الرسائل المزعجة: «شكرًا، هذا يساعد على حماية المستخدمين الآخرين.»
contract-the-phishing-login-pic-spam = البريد المزعج
contract-the-phishing-login-pic-thanks = شكرًا، هذا يساعد على حماية المستخدمين الآخرين.
contract-the-phishing-login-forwarded = يصل تحذيرك إلى المجموعة، ومعه الرابط. وبعد دقيقة، تصلك رسالة من { $friend }.

contract-the-phishing-login-friend-tapped = لحظة، لمست الرابط في رسالتك لأرى ما هو. يطلب كلمة المرور. هل أكتبها؟؟
contract-the-phishing-login-choice-stop-friend = لا كتابة أبدًا! الصفحة مزيّفة. سأحذف رسالتي وأبلغ عنها.
contract-the-phishing-login-feedback-stop-friend = رد فعل سريع. لا شيء مكتوب، لا شيء ضائع. حذف الرسالة يمنع نقرات أخرى، والإبلاغ عن البريد يساعد على حجبه.
contract-the-phishing-login-choice-let-friend-try = التجربة لا تضر. إن كانت مزيّفة فلن تعمل، فهي آمنة.
contract-the-phishing-login-feedback-let-friend-try = فرصة لنتعلّم: الصفحة المزيّفة «تعمل» تمامًا لصالح المحتال، فهي تحتفظ بكل ما يُكتب. لا شيء يُكتب في صفحة مزيّفة يكون آمنًا.
contract-the-phishing-login-friend-safe = تُغلق الصفحة عند { $friend } دون كتابة شيء. حذفت رسالتك، وأبلغت عن البريد كتصيّد، ونشرت بدلًا منه صورة للشاشة بلا رابط.
contract-the-phishing-login-friend-hacked = تُكتب كلمة المرور، وبعد ساعة يرسل حساب { $friend } إلى المجموعة كلها: «خدمة سريعة! أرسل لي الرمز الذي وصلك الآن.»

contract-the-phishing-login-support-dm = مرحبًا، معك فريق دعم { $service }. لاحظنا نشاطًا مريبًا على حسابك. لتأمينه، يرجى الرد بالرمز المكوّن من 6 أرقام الذي أرسلناه إليك للتوّ برسالة نصية.
contract-the-phishing-login-pic-sms-code = رمز { $service }: 482913
contract-the-phishing-login-pic-sms-warn = لا تشارك هذا الرمز مع أي أحد.
contract-the-phishing-login-choice-flag-dm = لا رد. سأعلّمها كاحتيال، ثم كلمة مرور جديدة وخطوتان.
contract-the-phishing-login-feedback-flag-dm = بالضبط. الدعم الحقيقي لا يطلب رموزك أبدًا. رمز دون طلب منك يعني أن أحدًا يحاول الدخول، وكلمة مرور جديدة فريدة مع التحقق بخطوتين تغلق الباب في وجهه.
contract-the-phishing-login-choice-call-out = سأردّ: «محاولة جيدة. أعرف أنك مزيّف، وسأبلغ عنك.»
contract-the-phishing-login-feedback-call-out = عدم إرسال الرمز كان صحيحًا. لكن الرد يخبرهم أن أحدًا يقرأ، فيزيدون الضغط. الأفضل: لا جدال ولا رد، بل تعليم الرسالة وتغيير كلمة المرور.
contract-the-phishing-login-choice-send-code = سأرسل الرمز. إنه الدعم، يريدون مساعدتي.
contract-the-phishing-login-feedback-send-code = فرصة لنتعلّم: ذلك الرمز هو مفتاح حسابك. أي شخص يطلبه منك، مهما بدا رسميًا، يحاول الدخول.
contract-the-phishing-login-secured = علّمت الرسالة كاحتيال، ووضعت كلمة مرور جديدة فريدة، وفعّلت التحقق بخطوتين. ثم تصلك رسالة من { $friend }: «هل وصلك بريد { $service } أيضًا؟ كدت أضغط عليه.» فأرسلت نصائحك.
contract-the-phishing-login-pushed = نعتذر عن الالتباس! بدون الرمز سيُقفل حسابك خلال 10 دقائق. أرسلنا لك رمزًا جديدًا للتوّ.

contract-the-phishing-login-second-code = رمز ثانٍ، وضغط أكبر. ماذا الآن؟
contract-the-phishing-login-choice-stop-replying = انتهى الكلام. سأعلّم المحادثة وأغيّر كلمة المرور.
contract-the-phishing-login-feedback-stop-replying = استدراك جيد. قطع المحادثة يُسقط ضغطهم، وتعليمها وتغيير كلمة المرور والتحقق بخطوتين تُغلق الباب. لا حق لمحتال في أي رد منك.
contract-the-phishing-login-choice-give-in = حسنًا، سأرسله. قالوا إنه يُبقي حسابي آمنًا.
contract-the-phishing-login-feedback-give-in = فرصة لنتعلّم: الضغط الذي يزداد بعد «لا» علامة احتيال. الدعم الحقيقي لا يحتاج رمزك أبدًا.

contract-the-phishing-login-hacked = بعد دقائق، الدخول مستحيل. كلمة مرورك تغيّرت، وحسابك يراسل أصدقاءك: «خدمة سريعة! أرسل لي الرمز الذي وصلك للتوّ.»
contract-the-phishing-login-pic-password-changed = تغيّرت كلمة المرور
contract-the-phishing-login-pic-favour = خدمة سريعة!
contract-the-phishing-login-pic-favour-code = أرسل لي الرمز الذي وصلك للتوّ.
contract-the-phishing-login-recover = الاختراق يحدث للحذرين أيضًا. المهم الآن أن تتحرّك بسرعة. ما اختيارك؟
contract-the-phishing-login-choice-recover = سأستعيد الحساب فورًا، وأعلّم الاختراق، وأنبّه أصدقائي.
contract-the-phishing-login-feedback-recover = هذا أسرع طريق للعودة. الاستعادة في التطبيق الحقيقي، وكلمة مرور فريدة، والتحقق بخطوتين، والإبلاغ وتنبيه الأصدقاء توقف المخترق. وإخبار شخص بالغ موضع ثقتك مهم أيضًا.
contract-the-phishing-login-choice-new-account = سأنشئ حسابًا جديدًا، وأخبر الجميع أنه حسابي الآن.
contract-the-phishing-login-feedback-new-account = فرصة لنتعلّم: الحساب الجديد يترك القديم، وصورك واسمك، في يد المخترق. استعادة القديم والإبلاغ عنه يحميان أصدقاءك.
contract-the-phishing-login-choice-wait = لن أفعل شيئًا الآن. على الأرجح سيُحلّ الأمر وحده.
contract-the-phishing-login-feedback-wait = فرصة لنتعلّم: كل ساعة تمنح المخترق وقتًا أطول ليخدع أصدقاءك أو ليغلق حسابك أمامك نهائيًا. لم يفت الأوان للاستعادة والإبلاغ.
contract-the-phishing-login-recovered = بفضل استعادة الحساب، العودة خلال أقل من ساعة. كلمة مرور جديدة، وتحقق بخطوتين، وإبلاغ عن الاختراق، وتنبيه للأصدقاء. وتصلك رسالة من { $friend }: «تحذيرك جاء في وقته!»
contract-the-phishing-login-abandoned = لحسابك الجديد أربعة متابعين. أما القديم، المخترق، فما زال يطلب الرموز من أصدقائك، واثنان منهم يرسلانها.
contract-the-phishing-login-waited = بحلول المساء، أرسل ثلاثة أصدقاء رموزهم «إليك»، وغيّر المخترق بريد الاستعادة أيضًا.

contract-the-phishing-login-end-safe = الرابط لم يُستعمل، ولا رمز خرج منك. الاحتيال مُعلَّم، وكلمة مرورك جديدة، والتحقق بخطوتين مفعّل: حسابك محكم الإغلاق.
contract-the-phishing-login-end-reported = نظرت إلى الصفحة المزيّفة دون كتابة شيء، وأبلغت عن الرسالة ليُحذَّر الآخرون. في المرة القادمة، فتح { $service } بنفسك يجنّبك الصفحة المزيّفة تمامًا.
contract-the-phishing-login-end-friend-safe = كان تحذيرك يحمل الرابط، وفُتح عند { $friend }. لكن لم يُكتب شيء، ورسالتك حُذفت، وتمّ الإبلاغ عن البريد. في المرة القادمة، التحذير يكون بصورة للشاشة.
contract-the-phishing-login-end-friend-hacked = حساب { $friend } يخدع المجموعة الآن، عبر رابط مرّ في تحذيرك. ليس ذنبك ولا ذنب أحد منكما، ولم يفت الأوان أبدًا لإخبار شخص بالغ موثوق، وسيساعد على استعادته.
contract-the-phishing-login-end-recovered = وقعت في الفخ، ثم تحرّكت بسرعة: استُعيد الحساب، وكلمة مرور جديدة، وتحقق بخطوتين، وإبلاغ عن الاختراق، وتنبيه للأصدقاء. هكذا يكون التعافي.
contract-the-phishing-login-end-harmful = ما زال المخترق يملك حسابك القديم ويستعمل اسمك لخداع أصدقائك. ليس ذنبك، ولم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك، وسيساعدك على استعادته والإبلاغ عنه.

# هاتفي: الحساب في يد مخترق، أو مُقفل جيدًا.
contract-the-phishing-login-trace-hacked = حساب صورك: شخص آخر يملك كلمة المرور ويستعمل اسمك.
contract-the-phishing-login-trace-hacked-advice = الحل: الاستعادة في التطبيق الحقيقي، وكلمة مرور جديدة فريدة، والتحقق بخطوتين. ثم الإبلاغ عن الاختراق، وتنبيه أصدقائك، وإخبار شخص بالغ موضع ثقتك.
contract-the-phishing-login-trace-locked = حساب صورك: كلمة مرور جديدة فريدة، والتحقق بخطوتين مفعّل.
contract-the-phishing-login-trace-locked-advice = مُقفل جيدًا. التحقق بخطوتين يبقى مفعّلًا، ورمز الدخول لا يُشارَك أبدًا، حتى مع «الدعم».
