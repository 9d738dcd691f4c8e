# المحتوى / العدوانية: المقطع العنيف (الأعمار 16-18). هجوم حقيقي صُوّر لينتشر. لا يوصف شيء منه.

content-the-violent-clip-title = المقطع العنيف
content-the-violent-clip-summary = فيديو لهجوم حقيقي يصل إلى مجموعة الدردشة، وأحدهم يريد أن يراه الجميع.
content-the-violent-clip-remember = لا شيء يُلزمك بمشاهدة العنف، ومشاركته، حتى لإدانته، تنشره. الإبلاغ عنه، وحظر من يمجّده، ومتابعة أخبار موثوقة، والحديث مع أحد. والاطمئنان على الأصدقاء الذين رأوه.

content-the-violent-clip-app = { $app }
content-the-violent-clip-npc-friend = { $friend }
content-the-violent-clip-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
content-the-violent-clip-app-grouploop = GroupLoop
content-the-violent-clip-app-hubbub = Hubbub
content-the-violent-clip-app-chatnest = ChatNest
content-the-violent-clip-news-city-wire = City Wire
content-the-violent-clip-news-daily-ledger = The Daily Ledger
content-the-violent-clip-news-world-report = World Report
content-the-violent-clip-adult-aunt = الخالة ليلى
content-the-violent-clip-adult-mum = ماما
content-the-violent-clip-adult-grandad = جدّي

content-the-violent-clip-intro = الأحد، التاسعة مساءً. تنبيهات الأخبار لا تتوقف: وقع هجوم في حفل موسيقي في مدينة كبيرة. هناك مصابون. لا أحد يعرف الكثير بعد.

# القرار 1: «الفيديو الكامل».
content-the-violent-clip-clip-drop = هذا الفيديو الكامل من الحفل، صوّره المهاجم نفسه. إنه فظيع. يجب أن يرى الجميع ما حدث. شاهدوه قبل أن يُحذف.
content-the-violent-clip-pic-group = مجموعة الصف
content-the-violent-clip-pic-forwarded = أُعيد توجيهه مرات كثيرة
content-the-violent-clip-pic-cover-title = محتوى حسّاس
content-the-violent-clip-pic-cover-body = قد يُظهر هذا الفيديو عنفًا
content-the-violent-clip-pic-view = مشاهدة
content-the-violent-clip-pic-caption = الفيديو الكامل قبل أن يُحذف
content-the-violent-clip-choice-news = لن أشاهده. سأتحقق مما يقوله { $news } بدلًا منه.
content-the-violent-clip-feedback-news = قرار موفّق. مقاطع كهذه تُصنع لنشر الخوف، وقد تبقى في الذهن طويلًا. المصدر الإخباري الموثوق يخبرك بما حدث من دون أن يعرض الأسوأ.
content-the-violent-clip-choice-mute = أكتم المجموعة وأنام. الأكثر أمانًا ألّا أتحقق.
content-the-violent-clip-feedback-mute = عدم المشاهدة يحميك، وهذا جيد. لكن النشر مستمر من طرف { $friend }، وكتم المجموعة لا يوقف انتشاره. كلمة منك، أو إبلاغ عنه، قد يوقفه.
content-the-violent-clip-choice-watch = أشاهده حتى النهاية. أحتاج أن أعرف ما حدث.
content-the-violent-clip-feedback-watch = فرصة لنتعلّم: لا حاجة إلى رؤية العنف لمعرفة أنه وقع. المهاجمون يصوّرون غالبًا ليُشاهَدوا، فكل مشاهدة تخدمهم. لا بأس أبدًا في إشاحة النظر.

content-the-violent-clip-c-news = ‏{ $news }: «أُصيب عدة أشخاص الليلة في حفل موسيقي. الشرطة تحقق في الأمر. نحن لا نعرض مشاهد الهجوم، ونطلب منكم ألّا تنشروها أيضًا».
content-the-violent-clip-pic-news = { $news }
content-the-violent-clip-pic-headline = هجوم في حفل موسيقي: ما نعرفه
content-the-violent-clip-pic-updated = آخر تحديث 21:14
content-the-violent-clip-pic-notice = نحن لا نعرض فيديو الهجوم.
content-the-violent-clip-pic-support = هل أثّرت فيك الأخبار؟ الحديث مع شخص موضع ثقتك يساعد.
content-the-violent-clip-c-muted = كتم المجموعة، ونوم متقطع. في الصباح صار المقطع في ثلاث مجموعات أخرى، ورسالة جديدة من { $friend }: «انشروه. يجب أن يرى الناس».
content-the-violent-clip-c-watched = المشاهدة. إنه أسوأ مما تخيّلت. التوقف قرب النهاية، لكن القلب يخفق بقوة والصور لا تذهب.

# قلها جيدًا: رسالة إلى مجموعة الصف.
content-the-violent-clip-compose-intro = في مجموعة الصف، ما زال الناس يعيدون توجيه المقطع مع «هذا فظيع». حان وقت رسالة منك إلى المجموعة.
content-the-violent-clip-compose = المطلوب: إضافة ما يساعد المجموعة على التوقف عن النشر وعلى الاهتمام ببعضهم، وترك ما ينشر المقطع أو يحوّل الأمر إلى شجار.
content-the-violent-clip-compose-to = مجموعة الصف
content-the-violent-clip-ph-hey = مرحبًا بالجميع.
content-the-violent-clip-why-hey = بداية ودودة لا تغيّر شيئًا، لا سلبًا ولا إيجابًا.
content-the-violent-clip-ph-link = هذا هو الرابط لتعرفوا أي فيديو أقصد، إنه النسخة الكاملة.
content-the-violent-clip-why-link = الأفضل حذفها. الرابط، حتى للتوضيح، طريقة أخرى لنشر الفيديو.
content-the-violent-clip-ph-please = أرجوكم لا تنشروا الفيديو، حتى لتقولوا كم هو فظيع.
content-the-violent-clip-why-please = نعم. الطلب الواضح بلا لوم لأحد هو ما يوقف انتشار فيديو.
content-the-violent-clip-ph-sick = أبلغوا عن كل من ينشره ثانية. إنهم مرضى.
content-the-violent-clip-why-sick = الأفضل حذفها. وصف الناس بالمرضى يحوّل الأمر إلى شجار، والإبلاغ يكون عن الفيديو، لا عن زملائك.
content-the-violent-clip-ph-report = إن ظهر مرة أخرى، أبلغوا عنه في التطبيق. الأمر يأخذ ثانية.
content-the-violent-clip-why-report = نعم. البلاغات تساعد التطبيق على حذف الفيديو للجميع.
content-the-violent-clip-ph-details = رأيته كله. ليس بهذا السوء.
content-the-violent-clip-why-details = الأفضل حذفها. «ليس بهذا السوء» يدفع الناس إلى المشاهدة، والحديث عمّا فيه ينشره أيضًا.
content-the-violent-clip-ph-talk = إن أثّر فيكم، فهذا طبيعي. تحدّثوا مع أحد، وأنا هنا أيضًا.
content-the-violent-clip-why-talk = نعم. قول إن الانزعاج طبيعي، وإنك موجود، يساعد أكثر مما يبدو.
content-the-violent-clip-c-sent = أُرسلت الرسالة. بعض الناس يردّون، ولا شيء من { $friend }.

# صفحة الأخبار في الصباح التالي.
content-the-violent-clip-sort = في الصباح التالي، صفحتك مليئة بأخبار الهجوم. إلى أين يذهب كل منشور؟
content-the-violent-clip-post-glory-from = { $stranger }
content-the-violent-clip-post-glory = لقد لقّنهم درسًا. الفيديو الكامل بلا رقابة على قناتي، قبل أن يحذفوه.
content-the-violent-clip-post-glory-why = الأفضل عدم مشاركته، بل الإبلاغ عن الحساب وحظره. إنه يمجّد المهاجم وينشر الفيديو، وهذا بالضبط ما يريده المهاجمون. تمجيد العنف يخالف قواعد كل التطبيقات.
content-the-violent-clip-post-news-from = { $news }
content-the-violent-clip-post-news = تغطية مباشرة لهجوم الحفل: ما نعرفه، وما لا نعرفه بعد، وأين تجد الدعم. لن نعرض فيديو الهجوم.
content-the-violent-clip-post-news-why = يمكن مشاركته: مصدر إخباري معروف الاسم، صريح بشأن ما لا يعرفه بعد، ولا يعرض الفيديو.
content-the-violent-clip-post-rumour-from = breaking_now_24
content-the-violent-clip-post-rumour = غير مؤكد: هجوم ثانٍ يحدث في المحطة المركزية الآن!! انشروا بسرعة!!
content-the-violent-clip-post-rumour-why = التحقق أولًا. لا مصدر، و«غير مؤكد»، و«انشروا بسرعة»: هكذا تنشر الإنذارات الكاذبة الذعر. الأفضل انتظار مصدر موثوق أو الشرطة.
content-the-violent-clip-post-quiet-from = مجلس الطلاب
content-the-violent-clip-post-quiet = الغرفة الهادئة مفتوحة غدًا وقت الغداء لكل من أزعجته الأخبار. سيكون المرشدون هناك.
content-the-violent-clip-post-quiet-why = يمكن مشاركته: قريب ولطيف ومفيد. المساعدة السهلة الإيجاد تصل إلى عدد أكبر من الناس.
content-the-violent-clip-post-repost-from = شخص من صفك
content-the-violent-clip-post-repost = هذا مقزز. انشروه ليرى الجميع ما فعل [فيديو]
content-the-violent-clip-post-repost-why = الأفضل عدم مشاركته، حتى لو كان غاضبًا من المهاجم. إعادة النشر للإدانة تنشر الفيديو رغم ذلك لمن لم يختر رؤيته. الإبلاغ عن الفيديو أفضل.
content-the-violent-clip-post-support-from = خط دعم الشباب
content-the-violent-clip-post-support = هل رأيت شيئًا مزعجًا؟ لا داعي لحمله بلا سند. الحديث مع شخص موضع ثقتك يساعد، وفي بلدك خطوط مساعدة.
content-the-violent-clip-post-support-why = يمكن مشاركته: من خدمة دعم، ويوجّه الناس إلى المساعدة دون أن يعرض شيئًا.

# الصديق الذي شاهده.
content-the-violent-clip-friend-night = الساعة الثانية. شاهدت الفيديو كله البارحة ولا أستطيع التوقف عن رؤيته. لا أستطيع النوم. هل هذا غريب؟
content-the-violent-clip-choice-call = ليس غريبًا أبدًا. هل أتصل بك؟ الكلام يساعد.
content-the-violent-clip-feedback-call = هذه هي الصداقة. عدم النوم بعد شيء كهذا طبيعي، وسماع صوت يساعد. والتشجيع على إيقاظ أحد في البيت مهم أيضًا.
content-the-violent-clip-choice-funny = أرسل مقاطع مضحكة تُبعد التفكير عن الأمر.
content-the-violent-clip-feedback-funny = فكرة لطيفة، والإلهاء يساعد قليلًا. لكن السؤال كان: هل هذا غريب؟ والجواب المطلوب أنه طبيعي، وأن الكلام يساعد.
content-the-violent-clip-choice-report-only = أنصح بالإبلاغ عن المقطع وحظر المجموعة.
content-the-violent-clip-feedback-report-only = الإبلاغ جيد ويفيد الجميع. لكن الحديث كان عن المشاعر. الإصغاء أولًا، والبلاغ يمكن أن ينتظر دقيقة.
content-the-violent-clip-choice-rewatch = مشاهدته مرة أخرى آمنة تمامًا، وهكذا يفقد قوته.
content-the-violent-clip-feedback-rewatch = فرصة لنتعلّم: إعادة مشاهدة شيء مزعج تثبّته في الذهن عادةً بدل أن تمحوه. لم يفت الأوان للمساعدة في إيجاد دعم حقيقي.
content-the-violent-clip-c-call = اتصال طويل، ثم وعد بإيقاظ أحد في البيت. وفي الصباح، يأتي سؤال من { $adult }: كيف حالك؟
content-the-violent-clip-adult-check = سمعت عن ذلك الفيديو. كيف حالك؟ أحسنت: لا مشاهدة، وبقاء إلى جانب { $friend }. لنبلغ عن المقطع معًا، ويمكننا الحديث متى احتجت.
content-the-violent-clip-c-funny = مقاطع مضحكة تُرسل. يأتي رد بوجه ضاحك، ثم لا شيء.
content-the-violent-clip-c-report-only = تم الإبلاغ. لكن ما زلت لا أستطيع التوقف عن رؤيته.

# في اليوم التالي: «لا تخبر أحدًا».
content-the-violent-clip-next-day = ما زلت بلا نوم. لا أتوقف عن التفكير فيه. لا داعي لأن يعرف أحد، اتفقنا؟ لا أريد ضجة.
content-the-violent-clip-choice-tell-together = حالك تقلقني. سأخبر { $adult } اليوم، وأنا معك.
content-the-violent-clip-feedback-tell-together = هذا القرار الصحيح، حتى لو طُلب منك السكوت. حين يعاني صديق، إخبار شخص بالغ موضع ثقتك ليس خيانة، بل رعاية. خط المساعدة قد يساعد أيضًا.
content-the-violent-clip-choice-keep-secret = حسنًا، لن أخبر أحدًا. سأتحقق من حالك كل يوم.
content-the-violent-clip-feedback-keep-secret = فرصة لنتعلّم: السؤال اليومي لطيف، لكن من لا ينام منذ أيام يحتاج إلى أكثر من سرّ. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
content-the-violent-clip-choice-brush-off = كل شيء سيمرّ. الكل رأى أسوأ من هذا على الإنترنت.
content-the-violent-clip-feedback-brush-off = فرصة لنتعلّم: «الكل رأى أسوأ» يشعر الناس بأنهم لا يستطيعون الكلام. الصدمة بعد العنف طبيعية. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
content-the-violent-clip-adult-friend = شكرًا لأنك أخبرتني. هذه ليست خيانة، بل رعاية. سأتحدث مع عائلة { $friend } اليوم، وسنبلغ عن الفيديو. وأنت، كيف حالك؟
content-the-violent-clip-c-alone = لا ردود بعد الآن. في المدرسة يظهر التعب على وجه { $friend }، ولا أحد آخر يعرف السبب.
content-the-violent-clip-c-secret = يبقى السر سرًّا. كل يوم سؤال، وكل يوم جواب «بخير» من { $friend }، والتعب يزداد.

# بعد نصيحة «شاهده مرة أخرى».
content-the-violent-clip-c-rewatch = شاهدته مرة أخرى كما قلت. صار أسوأ. لا أتوقف عن الارتجاف.
content-the-violent-clip-after-rewatch = تلك النصيحة زادت الأمر سوءًا، ولا بأس في الاعتراف بذلك. الحاجة الآن أكبر من مساعدة صديق. ماذا الآن؟
content-the-violent-clip-choice-go-together = لنذهب معًا إلى { $adult } الآن، وبكل ثقة.
content-the-violent-clip-feedback-go-together = شجاعة وصواب. لا بأس في الاعتراف بأن نصيحة لم تنفع. شخص بالغ موضع ثقتك، أو مرشد، أو خط مساعدة: هذا ما يلزم الآن.
content-the-violent-clip-choice-promise = أعدك ألّا أخبر أحدًا، وسيبقى الأمر آمنًا بيننا.
content-the-violent-clip-feedback-promise = فرصة لنتعلّم: الوعد بكتمان معاناة صديق وعدٌ يجوز كسره. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
content-the-violent-clip-choice-wont-think = عدم التفكير فيه هو الحل. سيمضي وحده.
content-the-violent-clip-feedback-wont-think = فرصة لنتعلّم: محاولة عدم التفكير في شيء تجعله غالبًا أعلى صوتًا. الكلام هو ما يساعد. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
content-the-violent-clip-adult-friend-late = شكرًا لمجيئك. لا أحد يلومك: كثيرون يظنون أن إعادة المشاهدة تساعد. سأتصل بالعائلة الآن، وسنبلغ عن الفيديو. وأنت، كيف حالك؟
content-the-violent-clip-c-promise = رسائل حتى الثالثة فجرًا. الارتجاف لا يتوقف، ولا مساعدة غيرك، ولا أحد آخر يعرف.

# بعد المشاهدة.
content-the-violent-clip-shaken = كان ذلك كثيرًا. الشعور بالاضطراب بعد شيء كهذا طبيعي، ورؤيته ليست ذنبك. ماذا الآن؟
content-the-violent-clip-choice-find-adult = أترك الهاتف جانبًا وأذهب إلى { $adult }.
content-the-violent-clip-feedback-find-adult = هكذا يتغيّر المسار. الكلام يساعد الصور على التلاشي، وبإمكان { $adult } المساعدة في الإبلاغ عن الفيديو. رؤيته لم تكن ذنبك.
content-the-violent-clip-choice-funny-self = مقاطع مضحكة في السرير حتى أشعر بالأمان.
content-the-violent-clip-feedback-funny-self = تهدئة النفس فكرة جيدة. لكن صورًا كهذه تعود غالبًا في الليل، ولا داعي لحملها وحدك. الكلام يساعد أكثر.
content-the-violent-clip-choice-forward = أرسله إلى مجموعة الكرة: يجب أن يروا هذا أيضًا.
content-the-violent-clip-feedback-forward = فرصة لنتعلّم: حتى لإظهار فظاعته، إعادة التوجيه تنشر الصدمة إلى من لم يختر رؤيتها، وهذا ما أراده المهاجم. ما زال بإمكانك التوقف والحديث.
content-the-violent-clip-c-forwarded = تمتلئ مجموعة الكرة بردود مصدومة، ويسأل أحدهم من أين جاء المقطع. في الواحدة بعد منتصف الليل، ما زالت الصور حاضرة.
content-the-violent-clip-c-funny-self = المقاطع المضحكة تساعد قليلًا. لكن في الواحدة بعد منتصف الليل ما زالت الصور حاضرة، والناس يطلبون منك الرابط.

content-the-violent-clip-late = الواحدة بعد منتصف الليل. الصور تعود مرة بعد مرة، والناس ما زالوا يطلبون منك الرابط. ماذا الآن؟
content-the-violent-clip-choice-report-wake = أبلغ عن المقطع، ثم أوقظ { $adult }.
content-the-violent-clip-feedback-report-wake = شجاعة وصواب. الإبلاغ يساعد على حذفه، وإيقاظ شخص بالغ في الواحدة ليلًا لأمر كهذا مقبول. لا أحد يلومك لأنك رأيته.
content-the-violent-clip-choice-send-link = أرسل لهم الرابط. سيرونه على أي حال.
content-the-violent-clip-feedback-send-link = فرصة لنتعلّم: «سيرونه على أي حال» ليس سببًا للمساعدة في نشره. لم يفت الأوان أبدًا للتوقف، والإبلاغ، والحديث مع شخص بالغ موضع ثقتك.
content-the-violent-clip-choice-doomscroll = سهر طويل وتحقق من كل تعليق، من باب الأمان.
content-the-violent-clip-feedback-doomscroll = فرصة لنتعلّم: قراءة كل التعليقات في آخر الليل تضخّم الأشياء المزعجة وتسرق النوم. لا بأس في الخروج من الإنترنت والحديث مع أحد.
content-the-violent-clip-adult-late = يسعدني جدًا أنك جئت إليّ. لا أحد يلومك: كثيرون شاهدوه قبل أن يعرفوا ما هو. لنبلغ عنه، ونوقف التشغيل التلقائي، ونتحدث. وإن ظلّت الصور تعود، نتصل بخط مساعدة.
content-the-violent-clip-c-doomscroll = قراءة حتى الثالثة. كل تعليق يعود إلى الموضوع نفسه، والصور تبدو أكبر من أي وقت مضى.
content-the-violent-clip-c-sent-link = أُرسل الرابط. يُعاد توجيهه مرة بعد مرة، وأحد الردود يقول: «شكرًا، سأرسله لأخي الصغير».

content-the-violent-clip-end-safe = لا مشاهدة، ورسالة إلى المجموعة بدل إعادة النشر، ووقوف إلى جانب { $friend }. الاهتمام بنفسك وبأصدقائك جزء من الأمان على الإنترنت.
content-the-violent-clip-end-safe-late = احتاج الأمر يومًا، لكن { $adult } على علم بحال { $friend }، والدعم في الطريق. ملاحظة أن صديقًا يعاني، وإخبار أحد، هذا ما يفعله الأصدقاء الحقيقيون.
content-the-violent-clip-end-recovered = رأيت أكثر مما ينبغي لأي أحد أن يرى، لكن { $adult } على علم الآن. تم الإبلاغ عن الفيديو، والصور تتلاشى أسرع حين نتحدث عنها. لا شيء من هذا ذنبك.
content-the-violent-clip-end-recovered-friend = النصيحة الأولى لم تنفع، لكن الأمر أُصلح: { $adult } على علم، والدعم في الطريق إلى { $friend }. الاعتراف بذلك وطلب المساعدة شجاعة.
content-the-violent-clip-end-mixed = ‏{ $friend } في مواجهة هذا بلا سند، ولا أحد آخر يعرف. قد يمرّ، وقد لا يمرّ. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك، حتى لو طُلب منك السكوت.
content-the-violent-clip-end-tired = التعب شديد، والصور تبدو أكبر من أي وقت، ولا أحد يعرف شعورك. الخروج من الإنترنت والحديث مع شخص بالغ موضع ثقتك أو مع خط مساعدة ينفع أكثر بكثير من التصفح.
content-the-violent-clip-end-alone = ‏{ $friend } في حالة ارتجاف، بلا أحد بالجوار. هذا ليس ذنبك. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك: القلق على صديق سبب وجيه لكسر وعد.
content-the-violent-clip-end-harmful = الفيديو ما زال ينتشر، وهو يثقل عليك. هذا ليس ذنبك، ولم يفت الأوان أبدًا: التوقف عن النشر، والإبلاغ عنه، والحديث مع شخص بالغ موضع ثقتك أو مع خط مساعدة.

# هاتفي.
content-the-violent-clip-trace-reported = فيديو لهجوم عنيف، تم الإبلاغ عنه.
content-the-violent-clip-trace-reported-advice = البلاغات تساعد على حذف فيديوهات كهذه. لا شيء يُلزمك بمشاهدة أحدها. وإن ظهر مجددًا، الإبلاغ مرة أخرى، والحديث مع أحد إن بقي في ذهنك.
