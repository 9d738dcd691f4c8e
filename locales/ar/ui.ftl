# كلمات اللعبة نفسها: الشاشات والأزرار وكلام سانغو.
# كلمات كل سيناريو في ملفه الخاص؛ والأهداف في objectives.ftl.

empty = {""}
back = رجوع

## Title
title-name = سانغو
title-tagline = لنستكشف العالم الرقمي بأمان، وسانغو دليلك في الرحلة.
title-play = هيا نلعب
title-quit = خروج
title-content-problems = { $count ->
    [zero] لم يُعثر على أي مشكلة في الدروس.
    [one] عُثر على مشكلة واحدة في الدروس. يستطيع المعلّم تشغيل الأمر «sango validate» لمعرفة السبب:
    [two] عُثر على مشكلتين في الدروس. يستطيع المعلّم تشغيل الأمر «sango validate» لمعرفة السبب:
    [few] عُثر على { $count } مشكلات في الدروس. يستطيع المعلّم تشغيل الأمر «sango validate» لمعرفة السبب:
    [many] عُثر على { $count } مشكلةً في الدروس. يستطيع المعلّم تشغيل الأمر «sango validate» لمعرفة السبب:
   *[other] عُثر على { $count } مشكلة في الدروس. يستطيع المعلّم تشغيل الأمر «sango validate» لمعرفة السبب:
}
title-save-problem = هناك أمر في التقدّم المحفوظ يحتاج إلى نظرة من شخص بالغ. لم يضع شيء: يمكن لمعلمك أن يرى التفاصيل.

## Who is playing
profiles-heading = من يلعب الآن؟
profiles-new = لاعب جديد
profiles-nickname-label = اسمك المستعار:
profiles-privacy-tip = نصيحة: الأفضل اسم مستعار من خيالك، لا اسمك الحقيقي. هكذا تبقى خصوصيتك محميّة هنا وعلى الإنترنت أيضًا.
profiles-privacy-full-name = هل هذا اسمك الحقيقي؟ الاسم المستعار أكثر أمانًا: لا يستطيع الغرباء أن يجدوك به. يمكنك الإبقاء عليه إن أردت.
profiles-privacy-email = يبدو هذا عنوان بريد إلكتروني. الاسم المستعار أكثر أمانًا: العنوان يسمح للغرباء بمراسلتك. يمكنك الإبقاء عليه إن أردت.
profiles-privacy-phone = يبدو هذا رقم هاتف. الاسم المستعار أكثر أمانًا: الرقم يسمح للغرباء بالاتصال بك أو مراسلتك. يمكنك الإبقاء عليه إن أردت.
profiles-avatar-label = صورتك:
profiles-create = هيا نبدأ اللعب
profile-error-empty = الاسم المستعار مطلوب أولًا.
profile-error-too-long = أقصى عدد لحروف الاسم المستعار: { $max }.
profile-error-taken = هذا الاسم المستعار مستخدم من قبل. ما رأيك باسم آخر؟
profile-error-symbols = الحروف والأرقام هي الأنسب: بعض الرموز والصور لا تظهر هنا، وقد تجعل اسمين مستعارين يبدوان متشابهين.
profile-error-missing = لم نعثر على هذا اللاعب.
avatar-coral = دبّ مرجاني
avatar-sun = شمس
avatar-leaf = برعم أخضر
avatar-sky = روبوت سماوي
avatar-violet = بومة بنفسجية
avatar-rose = أرنب وردي

## World map
map-heading = العالم الرقمي
map-playing-as = اللاعب: { $nickname }
map-change-player = تغيير اللاعب
map-no-levels = مغامرات جديدة ستصل إلى هنا قريبًا.
risk-content = المحتوى
risk-content-hint = ما نراه ونقرؤه على الإنترنت
risk-contact = التواصل
risk-contact-hint = الأشخاص الذين يتواصلون معك عبر الإنترنت
risk-conduct = السلوك
risk-conduct-hint = كيف نعامل بعضنا بعضًا على الإنترنت
risk-contract = العقود
risk-contract-hint = الألعاب والتطبيقات والعروض وبياناتك

## A level
speaker-sango = سانغو
speaker-you = أنت
level-leave = مغادرة المرحلة
level-continue = متابعة
level-what-do-you-do = ما اختيارك؟
level-you-chose = اخترت: «{ $choice }»
level-verdict-safe = اختيار رائع!
level-verdict-cautious = ليس سيئًا، لكن هناك طريقة أكثر أمانًا.
level-verdict-risky = لنفكّر في هذا الاختيار معًا.
level-ending-safe = بقيت في أمان!
level-ending-mixed = في أمان الآن.
level-ending-recovered = أصلحت الأمر!
level-ending-harmful = صار الأمر صعبًا.
level-see-results = لنرَ كيف كان أداؤك

## Debrief
debrief-outcome-safe = أحسنت! حافظت على سلامتك وسلامة الآخرين.
debrief-outcome-mixed = بقيت في أمان هذه المرة، لكن الأمر لم يُحلّ بعد. كل محاولة تعلّمك شيئًا جديدًا.
debrief-outcome-recovered = أصلحت الأمر. إخبار أحد أو الحظر أو الإبلاغ بعد الخطأ هو بالضبط ما يجب فعله.
debrief-put-right = بعد الخطأ، أصلحت الأمر: «{ $choice }»
debrief-outcome-harmful = كانت هذه القصة صعبة. لنلعبها مرة أخرى ونجد معًا الطريق الآمن: سانغو يؤمن بك!
debrief-objectives = ما تدرّبت عليه
debrief-practised-well = أتقنت هذا!
debrief-not-yet-practised = سيأتي التدرّب على هذا في اختيار آخر.
debrief-practise-again = لنتدرّب على هذا مرة أخرى.
debrief-remember = ما يريد سانغو ألّا يُنسى
debrief-not-saved = تعذّر حفظ نجومك هذه المرة، لكن يمكنك متابعة اللعب.
debrief-back-to-map = العودة إلى الخريطة
debrief-play-again = إعادة اللعب

## App stages
stage-chat = دردشة
stage-feed = منشورات
stage-popup = عرض
level-spot-hint = لنلمس كل جزء يكشف حقيقة ما نراه، ثم نضغط «انتهيت». بعض الأجزاء سليمة تمامًا.
level-spot-hint-picture = لننظر جيدًا إلى الصورة، ونلمس كل مكان يكشف حقيقة ما نراه (أو ننتقل إليه بمفتاح Tab ونضغط Enter)، ثم نضغط «انتهيت».
level-spot-done = انتهيت
level-spot-clue = عين ذكية: هذا دليل!
level-spot-not-clue = هذا الجزء سليم.
level-spot-everything = النقر على كل شيء يلتقط الأدلة، لكنه يتّهم الأجزاء السليمة أيضًا. الملاحظة الذكية هي اختيار ما يكشف حقيقة الأمر فقط.
level-spot-some-fine = بعض الأجزاء التي نقرت عليها كانت سليمة. الحذر يعني الثقة بما هو حقيقي أيضًا.
level-spot-missed = فاتك دليل. السؤال المفيد أمام كل جزء: هل يكشف هذا حقيقة الأمر؟
level-spot-result = الأدلة التي وجدتها: { $found } من { $clues }{ $mistaken ->
    [0] .
    [one] ، ولمست جزءًا واحدًا سليمًا.
    [two] ، ولمست جزأين سليمين.
    [few] ، ولمست { $mistaken } أجزاء سليمة.
    [many] ، ولمست { $mistaken } جزءًا سليمًا.
   *[other] ، ولمست { $mistaken } جزء سليم.
}

## Age bands (the map shows one at a time)
map-ages = الأعمار:
band-9-12 = 9–12
band-13-15 = 13–15
band-16-18 = 16–18

## Who is playing: many children share one computer
profiles-new-player = ألعب لأول مرة
profiles-page = الصفحة { $page } من { $pages }
profiles-previous = السابق
profiles-next = التالي
profiles-none-yet = لا يوجد أي ملف شخصي على هذا الحاسوب بعد. الزر «ألعب لأول مرة» يُنشئ ملفًا جديدًا.
profiles-remove-heading = اختر الملف الشخصي الذي تريد حذفه
profiles-remove-confirm = هل تريد حذف ملف { $nickname } مع كل نجومه؟ لا يمكن التراجع عن هذا.
profiles-remove-yes = نعم، احذف
profiles-removed = حُذف ملف { $nickname }.
cancel = إلغاء
title-teacher = المعلّم
title-settings-problem = في ملف إعدادات المدرسة مشكلة، لذلك تُستخدم الإعدادات المعتادة:

## Teacher PIN
pin-set-heading = اختر رمزًا سريًا للمعلّم
pin-set-hint = استخدم من 4 إلى 12 رقمًا لا يعرفها الأطفال. لا يحفظ هذا الحاسوب الرمز نفسه، بل نسخة مموّهة منه فقط (تجزئة Argon2)، وتتباطأ المحاولات الخاطئة.
pin-confirm-heading = اكتب الرمز نفسه مرة أخرى
pin-enter-heading = الرمز السري للمعلّم
pin-enter-hint = اكتب الرمز السري للمعلّم لفتح إعدادات المعلّم.
pin-ok = موافق
pin-erase = مسح
pin-error-wrong = الرمز غير صحيح. حاول مرة أخرى.
pin-error-length = يتكوّن الرمز السري من 4 إلى 12 رقمًا.
pin-error-wait = محاولات خاطئة كثيرة. انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
pin-error-mismatch = الرمزان مختلفان. يُرجى البدء من جديد.

## Teacher settings
teacher-heading = إعدادات المعلّم
teacher-age-band = الفئة العمرية للصف:
teacher-language = اللغة:
teacher-levels = المراحل المناسبة لأعمار { $band } (اضغط على أي مرحلة لتفعيلها أو إيقافها):
teacher-level-on = مفعّلة
teacher-level-off = معطّلة
teacher-lock = قفل الإعدادات
teacher-unlock = فتح الإعدادات
teacher-locked = الإعدادات مقفلة: لا يستطيع الأطفال تغيير الفئة العمرية أو اللغة.
teacher-unlocked = الإعدادات مفتوحة: يستطيع الأطفال تغيير الفئة العمرية واللغة.
teacher-report = تقرير الصف
teacher-remove-profile = حذف ملف شخصي
teacher-reset = مسح كل التقدّم
teacher-reset-confirm = هل تريد مسح كل التقدّم على هذا الحاسوب؟ ستُحذف كل الملفات الشخصية وكل النجوم. تُحفظ نسخة احتياطية أولًا.
teacher-reset-yes = نعم، امسح
teacher-reset-done = تم مسح كل التقدّم. حُفظت نسخة احتياطية في { $path }
teacher-done = تم
teacher-quit = إغلاق سانغو
teacher-save-problem = تعذّر الحفظ: { $error }

## Class report
report-heading = تقرير الصف
report-summary = ‏{ $children ->
    [zero] لا يوجد أطفال
    [one] طفل واحد
    [two] طفلان
    [few] { $children } أطفال
    [many] { $children } طفلًا
   *[other] { $children } طفل
}، المراحل المكتملة: { $levels }، النجوم: { $stars }
report-weakest = أكثر ما يحتاج الصف إلى التدرّب عليه: { $objectives }
report-weakest-none = لم يُتدرَّب على أي هدف بعد.
report-chart-title = الاختيارات الآمنة لكل هدف، للصف كله
report-legend = تبيّن النسبة المئوية كم مرة اختير الخيار الآمن حين كانت المرحلة تدرّب على هذا الهدف.
report-objective = الهدف
report-class = الصف
report-nickname = الاسم
report-levels = المراحل
report-stars = النجوم
report-weakest-tag = يحتاج إلى تدريب
report-distribution = الأطفال — متمكّنون: { $secure }، في الطريق: { $middle }، بحاجة إلى التدرّب مجددًا: { $again }، لم يبدؤوا بعد: { $none }
report-save-csv = حفظ كجدول بيانات (CSV)
report-save-html = حفظ كصفحة للطباعة
report-saved = حُفظ في { $path }
report-save-failed = تعذّر الحفظ: { $error }
report-empty = لم يُنهِ أي طفل أي مرحلة على هذا الحاسوب بعد.
report-generated = أعدّه سانغو في { $date }. يحتوي على الأسماء المستعارة والنتائج فقط، ولا يخرج أي شيء من هذا الحاسوب.
report-per-child = تفاصيل كل طفل
profile-error-not-saved = تعذّر حفظ ملفك الشخصي على هذا الحاسوب. يمكن لمعلّمك أن يساعد.
pin-error-not-saved = تعذّر حفظ الرمز السري على هذا الحاسوب، لذلك لم يُعيَّن.
report-weakest-secure = الصف متمكّن من كل الأهداف التي تدرّب عليها حتى الآن.
notice-language-unavailable = تعذّر تحميل نصوص { $language }. يُرجى التحقّق من الاتصال، ثم اختيار اللغة مرة أخرى.
notice-level-words-unavailable = تعذّر تحميل نصوص المراحل. يُرجى التحقّق من الاتصال، ثم إعادة تحميل الصفحة.
title-settings = الإعدادات
map-settings = الإعدادات
settings-heading = الإعدادات
settings-done = تم
settings-text-size = حجم النص: { $size }
text-size-normal = عادي
text-size-large = كبير
text-size-largest = كبير جدًا
settings-contrast = تباين عالٍ: { $state }
state-on = مفعّل
state-off = غير مفعّل
settings-turn-on = تفعيل
settings-turn-off = إيقاف
settings-effects = المؤثرات الصوتية: { $level } من 10
settings-quieter = أخفض
settings-louder = أعلى
settings-sound = الصوت: { $state }
settings-mute = كتم كل الأصوات
settings-unmute = تشغيل الصوت
settings-kept = تُحفظ إعداداتك لك على هذا الحاسوب.
help-button = أحتاج إلى مساعدة
help-heading = المساعدة قريبة منك. لست وحدك.
help-now-heading = ما العمل الآن
help-now-stop = التوقّف عن الرد أولًا. ليس عليك أبدًا الرد على شخص يزعجك.
help-now-keep = الاحتفاظ بالرسائل: صورة للشاشة تساعد الكبار على مساعدتك.
help-now-block = حظر هذا الشخص والإبلاغ عنه في التطبيق أو اللعبة.
help-now-not-your-fault = ليس الذنب ذنبك، وطلب المساعدة هو دائمًا التصرّف الصحيح.
help-adult-heading = إخبار شخص بالغ موضع ثقتك
help-adult-text = أحد والديك أو من يرعاك، أو معلّم، أو أي شخص بالغ آخر موضع ثقتك. يكفي إخباره بما حدث وعرضه عليه.
help-lines-heading = خطوط المساعدة
help-lines-default = خطوط مساعدة الأطفال مجانية ولطيفة وسرّية. تعرض منظمة Child Helpline International الخط الخاص ببلدك على ⁦childhelplineinternational.org⁩
help-danger = إذا كنت في خطر الآن، فالخطوة الأولى هي الاتصال برقم الطوارئ المحلي.
help-close = العودة إلى اللعبة
settings-music = الموسيقى: { $level } من 10
settings-motion = حركة أقل: { $state }

# Read aloud
level-listen = استماع
level-listen-missing = لا يوجد صوت لهذه الجملة بعد
settings-voice = صوت القراءة: { $level } من 10
settings-read-aloud = قراءة كل جملة بصوت عالٍ عند ظهورها: { $state }
level-listen-no-voice = لا يوجد صوت لهذه اللغة هنا: التفاصيل في الإعدادات
settings-speech-system = القراءة بصوت هذا الحاسوب: { $voice }
settings-speech-pack = القراءة بأصوات حزمة الأصوات
settings-speech-looking = نبحث عن أصوات هذا الحاسوب…
settings-speech-none = لا يوجد في هذا الحاسوب صوت لهذه اللغة، وحزمة الأصوات غير مثبّتة. يمكن للمعلّم إضافتها كما يشرح ملف README الخاص باللعبة.
settings-speech-other = صوت آخر
settings-speech-use-pack = استخدام حزمة الأصوات
settings-speech-use-system = استخدام صوت الحاسوب
settings-rate = سرعة القراءة: { $rate }
settings-rate-slowest = بطيئة جدًا
settings-rate-slow = بطيئة
settings-rate-normal = عادية
settings-rate-fast = سريعة
settings-rate-fastest = سريعة جدًا
settings-slower = أبطأ
settings-faster = أسرع

## الإحماء والمراجعة والتذكير (التحقّق من التعلّم): مواقف للحكم عليها
check-warm-up-heading = الإحماء مع سانغو
check-look-back-heading = المراجعة مع سانغو
check-booster-heading = لنتذكّر مع سانغو
check-warm-up-intro = قبل مرحلتك الأولى، لنقم بالإحماء معًا! سأعرض عليك بضعة مواقف سريعة. في كل موقف: حكمك عليه، مقبول أم غير مقبول، ثم مقدار ثقتك بحكمك.
check-look-back-intro = لقد تدرّبت كثيرًا! لنراجع معًا ببضعة مواقف سريعة، تشبه الإحماء قليلًا. في كل موقف: حكمك عليه، مقبول أم غير مقبول، ثم مقدار ثقتك بحكمك.
check-booster-intro = مضى وقت منذ مراجعتنا الأخيرة! لنرَ ما بقي في الذاكرة ببضعة مواقف سريعة. بعد كل موقف، سأخبرك بالدليل الذي يستحق الانتباه.
check-no-score = لا توجد درجات، ولا توضع علامة على أي إجابة. إجاباتك تساعد معلّمك على معرفة ما يتعلّمه الصف.
check-start = لنبدأ
check-skip = تجاوُز الإحماء
check-stop = إيقاف مؤقت
check-progress = الموقف { $number } من { $count }
check-is-it-ok = هل هذا مقبول؟
check-ok = مقبول
check-not-ok = غير مقبول
check-how-sure = ما مقدار ثقتك بإجابتك؟
check-sure-guessing = أخمّن فقط
check-sure-fairly-sure = ثقتي متوسطة
check-sure-very-sure = ثقتي كبيرة
check-feedback-right-ok = أصبت: هذا الموقف مقبول.
check-feedback-right-not-ok = أصبت: هذا الموقف غير مقبول.
check-feedback-look-again-ok = لننظر مرة أخرى: هذا الموقف مقبول.
check-feedback-look-again-not-ok = لننظر مرة أخرى: هذا الموقف غير مقبول.
check-next = التالي
check-thanks-warm-up = شكرًا لك! أنهيت الإحماء، وكل شيء جاهز. هيا نلعب مرحلتك الأولى.
check-thanks-look-back = شكرًا لأنك راجعت معي! كل مرحلة جديدة تساعدك على البقاء في أمان على الإنترنت.
check-thanks-booster = أحسنت، تذكّرت معي جيدًا! هذه الأدلة تستحق البحث عنها في كل مرة على الإنترنت.
check-to-level = إلى المرحلة
check-not-saved = تعذّر حفظ إجاباتك هذه المرة، لكن يمكنك متابعة اللعب.

## الاقتراحات والشارات
map-badges = شاراتي ({ $count })
map-look-back = { $kind ->
    [booster] مضى أسبوع على مراجعتك مع سانغو. لنرَ ما بقي في الذاكرة!
   *[other] لقد تدرّبت كثيرًا! يودّ سانغو أن يراجع معك ما تعلّمته.
}
map-look-back-start = { $kind ->
    [booster] لنتذكّر مع سانغو
   *[other] المراجعة مع سانغو
}
map-next-growing = يقترح سانغو «{ $level }»: هذه المرحلة تدرّبك على «{ $objective }»، وهي مهارة ما زلت في طريقك إلى إتقانها.
map-next-new = يقترح سانغو «{ $level }»: هذه المرحلة تدرّبك على «{ $objective }»، وهي مهارة لم يسبق لك التدرّب عليها في أي مرحلة.
map-next-tag = اقتراح سانغو
badges-heading = شارات { $nickname }
badges-count = ‏{ $earned } من { $count }
badges-how = الشارة تأتي عندما تظهر مهارة في { $levels ->
    [one] مرحلة واحدة
    [two] مرحلتين
    [few] { $levels } مراحل
    [many] { $levels } مرحلةً
   *[other] { $levels } مرحلة
} أو أكثر، ويكون الخيار الآمن فيها اختيارك ثلاث مرات على الأقل من كل أربع.
badges-earned = حصلت على الشارة!
badges-not-yet = ليس بعد: المراحل التي تدرّب على هذه المهارة هي الطريق إليها.
debrief-new-badges = { $count ->
    [one] شارة جديدة!
    [two] شارتان جديدتان!
   *[other] شارات جديدة!
}

## تقرير الصف: الإحماء والمراجعة والتذكير
report-tab-levels = المراحل
report-tab-learning = فحوص التعلّم
report-badges = الشارات
report-warm-up = الإحماء
report-look-back = المراجعة
report-booster = التذكير
report-gain = التحسّن (بالنقاط)
report-false-alarms-warm-up = الإنذارات الكاذبة، الإحماء (%)
report-false-alarms-look-back = الإنذارات الكاذبة، المراجعة (%)
report-false-alarms-booster = الإنذارات الكاذبة، التذكير (%)
report-false-alarms-column = مواقف آمنة وُصفت بـ«غير مقبول» (%): الإحماء / المراجعة / التذكير
report-false-alarms-cell = ‏{ $warmup } / { $lookback } / { $booster }
report-confidence-warm-up = درجة التأكّد، الإحماء (من 1 إلى 3)
report-confidence-look-back = درجة التأكّد، المراجعة (من 1 إلى 3)
report-objective-warm-up = ‏{ $objective }: الإحماء
report-objective-look-back = ‏{ $objective }: المراجعة
report-objective-booster = ‏{ $objective }: التذكير
report-not-taken = لم يُجرَ بعد
report-estimate = ‏{ $mean } (من { $low } إلى { $high })
report-share-estimate = ‏{ $mean }% (من { $low } إلى { $high })
report-cell = ‏{ $value }، { $children ->
    [zero] لا أطفال
    [one] طفل واحد
    [two] طفلان
    [few] { $children } أطفال
    [many] { $children } طفلًا
   *[other] { $children } طفل
}
report-effect-size = حجم الأثر (d لكوهين)
report-interval = فترة الثقة 95%
report-paired = أطفال أكملوا الإحماء والمراجعة
report-retention = الثبات عند التذكير (بالنقاط)
report-boosters = أطفال أكملوا التذكير
report-more-suspicious = أطفال صاروا أكثر ريبة من المواقف الآمنة
report-column-children = ‏{ $check }: عدد الأطفال
report-column-discernment = ‏{ $check }: التمييز
report-column-low = ‏{ $check }: فترة الثقة 95% من
report-column-high = ‏{ $check }: فترة الثقة 95% إلى
report-column-false-alarms = ‏{ $check }: الإنذارات الكاذبة (%)
report-learning-heading = الإحماء والمراجعة والتذكير
report-learning-effect = ‏{ $paired ->
    [one] أكمل طفل واحد
    [two] أكمل طفلان
    [few] أكمل { $paired } أطفال
    [many] أكمل { $paired } طفلًا
   *[other] أكمل { $paired } طفل
} الإحماء والمراجعة كليهما. تغيّرت قدرتهم على التمييز من { $pre } إلى { $post } (التحسّن بالنقاط: { $gain }). حجم الأثر d = { $d } (فترة الثقة 95%: من { $low } إلى { $high }).
report-learning-waiting = ‏{ $warmups ->
    [zero] لم يُكمل أي طفل
    [one] أكمل طفل واحد
    [two] أكمل طفلان
    [few] أكمل { $warmups } أطفال
    [many] أكمل { $warmups } طفلًا
   *[other] أكمل { $warmups } طفل
} الإحماء؛ وعدد من أكملوا المراجعة: { $lookbacks }، ومن أكملوا الاثنين: { $paired }. سيظهر تحسّن الصف حين يُكمل طفلان على الأقل الاثنين معًا.
report-false-alarm-trend = المواقف الآمنة التي وُصفت بـ«غير مقبول»: { $pre } في الإحماء، و{ $post } في المراجعة. { $suspicious ->
    [0] لم يصبح أي طفل أكثر ريبة من المواقف الآمنة.
    [one] طفل واحد وصف بـ«غير مقبول» مواقف آمنة أكثر بوضوح من قبل.
    [two] طفلان وصفا بـ«غير مقبول» مواقف آمنة أكثر بوضوح من قبل.
    [few] { $suspicious } أطفال وصفوا بـ«غير مقبول» مواقف آمنة أكثر بوضوح من قبل.
    [many] { $suspicious } طفلًا وصفوا بـ«غير مقبول» مواقف آمنة أكثر بوضوح من قبل.
   *[other] { $suspicious } طفل وصفوا بـ«غير مقبول» مواقف آمنة أكثر بوضوح من قبل.
}
report-retention-line = ‏{ $boosters ->
    [one] أكمل طفل واحد التذكير
    [two] أكمل طفلان التذكير
    [few] أكمل { $boosters } أطفال التذكير
    [many] أكمل { $boosters } طفلًا التذكير
   *[other] أكمل { $boosters } طفل التذكير
} بعد أسبوع أو أكثر من المراجعة: تغيّر التمييز في المهارات نفسها (بالنقاط): { $change }.
report-retention-waiting = لا يوجد تذكير للمقارنة بعد (عدد من أكملوه: { $boosters }): يأتي التذكير بعد أسبوع أو أكثر من المراجعة.
report-learning-about = يعرض كل تحقّق مواقف، نصفها آمن، ليحكم عليها الطفل بـ«مقبول» أو «غير مقبول». التمييز هو نسبة المواقف الخطرة التي اكتُشفت ناقص نسبة المواقف الآمنة التي وُصفت بـ«غير مقبول»، من -100 إلى 100 نقطة: من يقول «غير مقبول» لكل شيء يحصل على 0. لا تسأل المراجعة إلا عن المهارات التي تدرّب عليها الطفل في مرحلتين أو أكثر. لكل رقم فترة ثقة 95% وعدد الأطفال. حجم الأثر 0.2 صغير، و0.5 متوسط، و0.8 كبير.

## رتّب المنشورات: شارِك، أو تحقّق أولًا، أو لا تشارك
sort-pile-share = مشاركة
sort-pile-check = التحقّق أولًا
sort-pile-dont-share = عدم المشاركة
level-sort-count = المنشور { $n } من { $total }
level-sort-done = انتهيت
level-sort-again = إعادة الترتيب
level-sort-result = ‏{ $right } من { $total } منشورات وُضعت في أفضل مكان لها.
level-sort-placed = اختيارك: { $put } · الأفضل: { $best }
level-sort-doubted = بقيت بعض المنشورات الصادقة واللطيفة دون مشاركة. الشكّ في كل شيء ليس تحقّقًا: ما هو صحيح ولطيف يستحق المشاركة.
level-sort-passed-on = انتشرت بعض المنشورات التي كان يجب أن تتوقف عندك. قبل المشاركة، ثلاثة أسئلة: هل هو صحيح؟ هل هو لطيف؟ هل يحق لي أن أشاركه؟
level-setup-heading = إعدادات الحساب
level-setup-setting = { $setting }: { $value }
level-setup-done = انتهيت
level-setup-result = ‏{ $right } من { $total } إعدادات تناسب الموقف.
level-setup-chosen = اختيارك: { $chosen } · الأفضل هنا: { $best }
level-setup-left-open = بقيت بعض الإعدادات كما ضبطها التطبيق. الإعدادات التي يبدأ بها التطبيق تناسبه هو، لا تناسبك أنت: الأفضل مراجعة كل إعداد على حدة.
level-setup-closed-too-far = إغلاق كل شيء يُبعد الغرباء، لكنه يُبعد أيضًا الأشخاص الذين أُنشئ هذا الحساب من أجلهم. الإعدادات الآمنة هي التي تناسب احتياجك.
level-compose-to = إلى: { $to }
level-compose-empty = رسالتك فارغة بعد. بماذا نبدأ؟
level-compose-send = إرسال
level-compose-result = ما قالته رسالتك من الأمور المطلوبة: { $needed } من { $total }.
level-compose-in-needed = أضفتها: مكانها في الرسالة.
level-compose-in-harm = أضفتها: لكنها مؤذية.
level-compose-in-either = أضفتها: لا بأس في الحالتين.
level-compose-out-needed = غير مضافة: كانت الرسالة تحتاج إليها.
level-compose-out-harm = غير مضافة: أحسنت!
level-compose-out-either = غير مضافة: لا بأس في الحالتين.
level-compose-harm = بعض الكلمات في الرسالة قد تؤذي أحدًا أو تكشف أكثر مما ينبغي. ما لا يُقال مهمّ بقدر ما يُقال.
level-compose-nothing = رسالة فارغة لا تساعد أحدًا. المطلوب كلمات تقول ما يلزم، ثم الإرسال.
level-compose-missing = الرسالة لطيفة وآمنة، لكن ينقصها شيء تحتاج إليه. المفتاح هو قول كل ما يلزم بوضوح.

## أقفِله: عبارة مرور، وإعدادات تسجيل الدخول، وصفحة الدخول الحقيقية
level-lock-passphrase = عبارة مرورك
level-lock-empty = فارغة بعد. تُبنى من القطع.
level-lock-settings = إعدادات تسجيل الدخول
level-lock-done = إقفال
level-lock-pages = العنوان أولًا. في أي صفحة سيكون تسجيل الدخول؟
level-lock-result = كانت عبارة مرورك { $passphrase }. { $real ->
    [1] سجّلت الدخول في الصفحة الحقيقية.
   *[0] الصفحة التي سجّلت فيها الدخول كانت مزيّفة.
}
level-lock-strong = قوية وسهلة التذكّر
level-lock-could-be-stronger = جيدة، لكن يمكن أن تكون أفضل
level-lock-weak = سهلة التخمين
level-lock-piece-word = كلمة يومية: تجعل عبارة المرور قوية.
level-lock-piece-personal = شيء عنك: يستطيع الآخرون تخمينه.
level-lock-piece-common = كلمة مرور شائعة: تُجرَّب أولًا.
level-lock-piece-jumble = خليط عشوائي: قوي، لكن يصعب تذكّره.
level-lock-page-real = سجّلت الدخول هنا: الصفحة الحقيقية.
level-lock-page-fake = سجّلت الدخول هنا: صفحة مزيّفة.
level-lock-real-was = الصفحة الحقيقية: { $address }
level-lock-fake-page = حصلت صفحة مزيّفة على عبارة المرور. قراءة العنوان تأتي قبل الكتابة: الاسم الذي يسبق أول علامة / منفردة مباشرة يبيّن مالك الصفحة. وإن حدث هذا فعلًا، فالحل تغيير عبارة المرور فورًا وإخبار شخص موضع ثقتك.
level-lock-guessable = في عبارة المرور شيء سهل التخمين: ما يخصّك موجود في منشوراتك، وكلمات المرور الشائعة تُجرَّب أولًا.
level-lock-settings-open = أحد إعدادات تسجيل الدخول يمكن أن يكون أنسب: السبب في الأسفل. مع التحقق بخطوتين، لا تكفي عبارة مرور مسروقة.
level-lock-jumble = الخليط العشوائي قوي، لكن يصعب تذكّره، فينتهي به الأمر مكتوبًا على ورقة. أما الكلمات اليومية التي يسهل تخيّلها فهي قوية وسهلة التذكّر معًا.
level-lock-short = عبارة المرور أقصر من أن تصمد. المزيد من الكلمات اليومية يقوّيها.

## العب في الجهة الأخرى: منشور مزيّف مصنوع من الحيل، ثم نقلب الأدوار
level-craft-people = مَن سيراه
level-craft-room = الأجزاء المستعملة: { $used } من { $room }
level-craft-full = الأجزاء المستعملة: { $used } من { $room }، لم يبقَ مكان. إزالة جزء تفسح المجال لغيره.
level-craft-post = نشر
level-craft-result = مَن خدعهم منشورك: { $fooled } من { $people }.
level-craft-verdict-safe = هذه الحيل مكشوفة لك!
level-craft-verdict-cautious = بعض هذه الحيل مكشوفة لك.
level-craft-verdict-risky = لنتعرّف على هذه الحيل معًا.
level-craft-fooled = انخدع
level-craft-not-fooled = لم ينخدع
level-craft-was-trick = حيلة
level-craft-was-honest = ليست حيلة: تساعد الناس على التحقق.
level-craft-turn = والآن، لنقلب الأدوار
level-craft-nothing = المنشور الفارغ لا يخدع أحدًا. المطلوب حيل تنجح مع هؤلاء الأشخاص.
level-craft-honest = بعض الأجزاء كانت صادقة: تساعد الناس على التحقق، لذلك لا تخدع أحدًا.
level-craft-missed = هناك من لم ينخدع: السرّ في قراءة ما يميّز كل شخص، وأيّ حيلة تنجح معه.

## قصة الفئة العمرية، و«هاتفي»
map-phone = هاتفي
map-story-next = ‏{ $story }: الفصل { $chapter } من { $count }، { $level }
map-story-closed = ‏{ $story }: اكتملت قصتك!
map-story-open = قصتك
map-story-read-close = كيف انتهت
story-progress = لعبت { $done } من { $count } فصول
story-chapter = الفصل { $number }
story-next = التالي
phone-heading = هاتف { $nickname }
phone-how = هذا ما تركته اختياراتك على هاتفك وعلى الإنترنت، ومع كل واحد منها نصيحة من سانغو.
phone-empty = لا شيء هنا بعد. مع اللعب، سيظهر هنا ما شاركته ومن حظرته وما غيّرته.
phone-private = لا يظهر هذا إلا في ملف لاعبك، ولا يظهر أبدًا في تقرير الصف. يبقى على هذا الجهاز ويُمحى عند حذف لاعبك.
phone-sango-says = سانغو: { $advice }
phone-shared = ما شاركته ومع من
phone-location = أين موقعي مفعّل
phone-blocked = من حظرته أو أبلغت عنه
phone-setting = الإعدادات التي غيّرتها
