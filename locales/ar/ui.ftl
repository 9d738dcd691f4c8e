# كلمات اللعبة نفسها: الشاشات والأزرار وكلام سانغو.
# كلمات كل سيناريو في ملفه الخاص؛ والأهداف في objectives.ftl.

empty = {""}
back = رجوع

## Title
title-name = سانغو
title-tagline = استكشف العالم الرقمي بأمان، وسانغو دليلك في الرحلة.
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
title-save-problem = تعذّرت قراءة التقدّم المحفوظ، لذلك وُضع جانبًا ولم يضِع منه شيء:

## Who is playing
profiles-heading = من يلعب الآن؟
profiles-new = لاعب جديد
profiles-nickname-label = اكتب اسمًا مستعارًا:
profiles-privacy-tip = نصيحة: استخدم اسمًا مستعارًا من خيالك، لا اسمك الحقيقي. هكذا تحمي خصوصيتك هنا وعلى الإنترنت أيضًا.
profiles-avatar-label = اختر لونًا:
profiles-create = ابدأ اللعب
profile-error-empty = اكتب اسمًا مستعارًا أولًا.
profile-error-too-long = أقصى عدد لحروف الاسم المستعار: { $max }.
profile-error-taken = هذا الاسم المستعار مستخدم من قبل. جرّب اسمًا آخر!
profile-error-missing = لم نعثر على هذا اللاعب.
avatar-coral = مرجاني
avatar-sun = شمسي
avatar-leaf = ورقة خضراء
avatar-sky = سماوي
avatar-violet = بنفسجي
avatar-rose = وردي

## World map
map-heading = العالم الرقمي
map-playing-as = اللاعب: { $nickname }
map-change-player = تغيير اللاعب
map-no-levels = مغامرات جديدة ستصل إلى هنا قريبًا.
risk-content = المحتوى
risk-content-hint = ما تراه وتقرؤه على الإنترنت
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
level-what-do-you-do = ماذا ستفعل؟
level-you-chose = اخترت: «{ $choice }»
level-verdict-safe = اختيار رائع!
level-verdict-cautious = ليس سيئًا، لكن هناك طريقة أكثر أمانًا.
level-verdict-risky = لنفكّر في هذا الاختيار معًا.
level-ending-safe = بقيت في أمان!
level-ending-mixed = وجدت طريق العودة.
level-ending-harmful = صار الأمر صعبًا.
level-see-results = لنرَ كيف كان أداؤك

## Debrief
debrief-outcome-safe = أحسنت! حافظت على سلامتك وسلامة الآخرين.
debrief-outcome-mixed = وصلت في النهاية. كل محاولة تعلّمك شيئًا جديدًا.
debrief-outcome-harmful = كانت هذه القصة صعبة. العبها مرة أخرى لتجد الطريق الآمن: سانغو يؤمن بك!
debrief-objectives = ما تدرّبت عليه
debrief-practised-well = أتقنت هذا!
debrief-not-yet-practised = ستتدرّب على هذا في اختيار آخر.
debrief-practise-again = لنتدرّب على هذا مرة أخرى.
debrief-remember = سانغو يريدك أن تتذكّر
debrief-not-saved = تعذّر حفظ نجومك هذه المرة، لكن يمكنك متابعة اللعب.
debrief-back-to-map = العودة إلى الخريطة
debrief-play-again = العب مرة أخرى

## App stages
stage-chat = دردشة
stage-feed = منشورات
stage-popup = عرض
act-block = حظر
act-report = إبلاغ
act-tell = إخبار شخص بالغ
act-close = إغلاق
act-accept = قبول
level-spot-hint = المس كل جزء يكشف الحيلة، ثم اضغط «انتهيت».
level-spot-done = انتهيت
level-spot-clue = عين ذكية: هذا دليل!
level-spot-not-clue = هذا الجزء سليم.
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
