# المحتوى / العدوانية: الفيديو المخيف (الأعمار 9-12)

content-the-scary-video-title = الفيديو المخيف
content-the-scary-video-summary = ينتهي الكرتون ويبدأ فيديو مخيف وحده، فماذا يمكنك أن تفعل حين يخيفك شيء على الإنترنت؟
content-the-scary-video-remember = لا بأس أن تشعر بالخوف، وهذا ليس ذنبك أبدًا. صوّر العنوان، وأغلق الفيديو، وأخبر شخصًا بالغًا تثق به، ولا ترسل الفيديوهات المخيفة إلى الصغار أبدًا.

content-the-scary-video-app = { $app }
content-the-scary-video-app-vidbloom = VidBloom
content-the-scary-video-app-clipnest = ClipNest
content-the-scary-video-app-toonstream = ToonStream
content-the-scary-video-cartoon-bunnies = الأرانب القافزة
content-the-scary-video-cartoon-robots = أصدقاء الروبوت
content-the-scary-video-cartoon-dinos = رفاق الديناصور
content-the-scary-video-adult-dad = بابا
content-the-scary-video-adult-grandma = تيتا
content-the-scary-video-adult-aunt = الخالة لينا

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-friend = { $friend }

content-the-scary-video-intro = مرحبًا، أنا سانغو! إنها ظهيرة ممطرة وأنت تشاهد { $cartoon } على { $app }. الرسوم المتحركة ممتعة! سأشاهد معك.
content-the-scary-video-autoplay = تنتهي الحلقة. وقبل أن تلمس أي شيء، يبدأ الفيديو التالي وحده. يبدو مثل { $cartoon }، لكن الموسيقى مخيفة والألوان قاتمة.

content-the-scary-video-spot-video = انتظر! هذا الفيديو بدأ وحده. لنكن محقّقين. المس الأجزاء التي تُظهر أنه ليس فيديو للأطفال حقًا.
content-the-scary-video-card-title = التالي: التشغيل التلقائي مفعّل
content-the-scary-video-card-body = بدأ هذا الفيديو وحده بعد الكرتون الذي كنت تشاهده.
content-the-scary-video-part-thumbnail = الصورة: { $cartoon } بعيون حمراء متوهّجة وأسنان كبيرة
content-the-scary-video-feedback-thumbnail = ملاحظة ذكية! أن تبدو شخصياتك المفضّلة مخيفة علامة خطر. بعض الفيديوهات تقلّد رسوم الأطفال لتتسلّل إلى ما تشاهده.
content-the-scary-video-part-title = العنوان: لن تنام الليلة!!! لا تشاهده وحدك
content-the-scary-video-feedback-title = نعم! علامات التعجّب الكثيرة وعبارة «لن تنام» موجودة لتصدمك. الكرتون الحقيقي للأطفال لا يحتاج إلى إخافتك ليحصل على النقرات.
content-the-scary-video-part-channel = القناة: xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = أحسنت الملاحظة! قناة { $cartoon } الحقيقية تستخدم اسم البرنامج. هذه قناة مقلّدة، لذا تحقّق دائمًا ممّن صنع الفيديو.
content-the-scary-video-part-label = الوسم: مصنوع للأطفال
content-the-scary-video-feedback-label = صحيح! يستطيع أي شخص أن يضع وسم «للأطفال» على فيديو. حين تبدو الصورة والعنوان مخيفين، فالوسم لا يقول الحقيقة.
content-the-scary-video-part-views = 2 مليون مشاهدة
content-the-scary-video-feedback-views = ليس دليلًا. المشاهدات الكثيرة تعني نقرات كثيرة فقط. لا تخبرك إن كان الفيديو لطيفًا أو مخيفًا، فانظر إلى الأجزاء الأخرى.
content-the-scary-video-part-buttons = أزرار: إعجاب ومشاركة وتنزيل
content-the-scary-video-feedback-buttons = ليس دليلًا. كل فيديو فيه هذه الأزرار، لطيفًا كان أو مخيفًا. لا تخبرك كيف يكون الفيديو، فانظر إلى الأجزاء الأخرى.
content-the-scary-video-part-autoplay = زر التشغيل التلقائي: مفعَّل
content-the-scary-video-feedback-autoplay = تفكير جيد، لكنه لا يخص هذا الفيديو: التشغيل التلقائي يشغّل أي فيديو يأتي بعده، لطيفًا كان أو مخيفًا. يستطيع شخص كبير أن يساعدك على إيقافه.
content-the-scary-video-pic-title = لن تنام الليلة!!! لا تشاهده وحدك
content-the-scary-video-pic-channel = xX_Toon_Horror_Xx
content-the-scary-video-pic-label = مخصّص للأطفال
content-the-scary-video-pic-views = 2 مليون مشاهدة
content-the-scary-video-pic-autoplay = التشغيل التلقائي
content-the-scary-video-pic-photos = الصور
content-the-scary-video-pic-saved = حُفظت صورة الشاشة
content-the-scary-video-pic-blocked = حُظرت القناة
content-the-scary-video-pic-empty = لا شيء لعرضه هنا
content-the-scary-video-pic-settings = الإعدادات
content-the-scary-video-pic-kids = إعدادات الأطفال

content-the-scary-video-video-plays = لكن التشغيل التلقائي لا ينتظر المحقّقين! تبدأ شخصيات الكرتون بالعراك والصراخ، ويقفز وجه مخيف فجأة. قلبك يدقّ بقوة.
content-the-scary-video-scared-choice = كان ذلك مخيفًا! لا بأس أن تشعر بالخوف. وهذا ليس ذنبك: الفيديو بدأ وحده. ماذا ستفعل؟
content-the-scary-video-choice-shot-close = سأصوّر العنوان بسرعة، ثم أغلق التطبيق فورًا.
content-the-scary-video-feedback-shot-close = فكرة ذكية! إغلاقه اعتناء بنفسك، وصورة الشاشة تحفظ اسم الفيديو، كي يستطيع شخص بالغ الإبلاغ عن هذا الفيديو بالذات لاحقًا.
content-the-scary-video-choice-block-now = سأحظر هذه القناة الآن فورًا، كي تختفي!
content-the-scary-video-feedback-block-now = إبعاده عن شاشتك كان صحيحًا! لكن الحظر أولًا يُخفي اسم الفيديو، فيصعب الإبلاغ عنه. صوّر الشاشة أولًا، ثم احظر وأبلغ.
content-the-scary-video-choice-keep-watching = سأكمل المشاهدة. لست طفلًا صغيرًا، أستطيع التحمّل.
content-the-scary-video-feedback-keep-watching = فرصة لنتعلّم: الشجاعة ليست مشاهدة ما يخيفك. لا أحد يختبرك. التوقّف هو الخيار الشجاع، ولا بأس دائمًا أن تغلقه.

content-the-scary-video-closed-saved = تغلق التطبيق. صورة الشاشة محفوظة في صورك. لكن قلبك ما زال يدقّ بقوة، وفي المساء تكاد لا تتكلّم.
content-the-scary-video-blocked-gone = تختفي القناة، ويختفي الفيديو معها. الآن لا تجد اسمه في أي مكان. وفي المساء، ما زال الوجه المخيف في رأسك.
content-the-scary-video-late-night = التشغيل التلقائي يستمرّ، وكل فيديو أكثر إخافة من الذي قبله. تجاوز الوقت موعد النوم بكثير، والآن لا تستطيع أن تنام.

content-the-scary-video-evening = أنت هادئ جدًا الليلة. هل كل شيء بخير؟
content-the-scary-video-choice-show-shot = سأُري { $adult } صورة الشاشة وأحكي ما حدث.
content-the-scary-video-feedback-show-shot = أحسنت! الكلام يجعل الخوف يصغر، وصورة الشاشة تسمح لـ{ $adult } بالإبلاغ عن هذا الفيديو بالذات. لن تقع في ورطة.
content-the-scary-video-choice-say-what = سأحكي ما رأيت، حتى لو لم أجده مرة أخرى.
content-the-scary-video-feedback-say-what = أحسنت! حتى بدون الاسم، الكلام يجعل الخوف يصغر، و{ $adult } يستطيع تغيير إعداداتك. لن تقع في ورطة.
content-the-scary-video-choice-tell-friend = أنا بخير. سأخبر { $friend } بكل شيء غدًا.
content-the-scary-video-feedback-tell-friend = الكلام عنه جيد! لكن الإبلاغ عنه وتغيير إعداداتك ليسا بيد { $friend }. الشخص البالغ الذي تثق به يستطيع، ويساعدك أيضًا على الشعور بتحسّن.
content-the-scary-video-choice-keep-quiet = أنا بخير! إن قلت شيئًا سيأخذون جهازي اللوحي.
content-the-scary-video-feedback-keep-quiet = كثير من الأطفال يقلقون من ذلك! لكن الكلام ليس ورطة: الفيديو بدأ وحده. الشخص البالغ الذي تثق به يستطيع منع تكرار ذلك.

content-the-scary-video-adult-helps = شكرًا لأنك أريتني. هذا ليس ذنبك. لنبلغ عن هذا الفيديو بصورة الشاشة، ثم نوقف التشغيل التلقائي ونفعّل إعدادات الأطفال.
content-the-scary-video-adult-helps-blocked = شكرًا لأنك أخبرتني. هذا ليس ذنبك. لا نستطيع الإبلاغ عن فيديو لا نجده، لكن نستطيع إيقاف التشغيل التلقائي وتفعيل إعدادات الأطفال. في المرة القادمة، صوّر الشاشة أولًا.
content-the-scary-video-friend-reacts = واو، يبدو مرعبًا! أرسل لي الرابط. سأُريه لابنة عمي الصغيرة، ستفزع كثيرًا، هههه.
content-the-scary-video-nightmare = في الليل، يظل الوجه المخيف يعود إلى رأسك. وفي اليوم التالي يصلك سؤال من { $friend }: «هل رأيت فيديو { $cartoon } المرعب؟ أرسله لي، سأُريه لابنة عمي الصغيرة!»

content-the-scary-video-friend-wants = ابنة عم { $friend } عمرها ست سنوات فقط. ماذا تقول؟
content-the-scary-video-choice-stand-up = لا! عمرها ست سنوات. لنخبر { $adult } أنه ينتشر.
content-the-scary-video-feedback-stand-up = لطف وشجاعة! الفيديوهات المخيفة قد تزعج الصغار أيامًا. رفضك يحميها، و{ $adult } يستطيع المساعدة في الإبلاغ وتنبيه العائلات الأخرى.
content-the-scary-video-choice-send-title = طبعًا! ابحث عن عنوانه. ستصرخ، هههه!
content-the-scary-video-feedback-send-title = فرصة لنتعلّم: ما أخافك سيخيف طفلة في السادسة أكثر. اللطف يعني ألّا تنقله إلى غيرك. لم يفت الأوان أبدًا لتقول: «لا تُرِها إيّاه».
content-the-scary-video-choice-send-warned = سأرسله، لكن أخبرها ألّا تشاهده إلا مع شخص بالغ.
content-the-scary-video-feedback-send-warned = فرصة لنتعلّم: التحذير لا يجعل الفيديو أقل إخافة، وقد تشاهده وحدها. الخيار اللطيف هو ألّا ترسله أبدًا.

content-the-scary-video-adult-helps-both = شكرًا لأنكما أخبرتماني. هذا ليس ذنبكما. لنبلغ عن هذه القناة، ونُعلم المدرسة أنه ينتشر، ثم نوقف التشغيل التلقائي ونفعّل إعدادات الأطفال.
content-the-scary-video-cousin-alone = تحذير { $friend } كان: «شاهديه مع شخص بالغ فقط!»، لكن ابنة العم تشاهده وحدها في غرفتها. وفي الليل لا تستطيع النوم.
content-the-scary-video-cousin-scared = يصل الفيديو من { $friend } إلى ابنة العم الصغيرة. وفي الليل لا تستطيع النوم، والفيديو يواصل الانتشار في المدرسة.

content-the-scary-video-late-choice = الوقت متأخر وأنت خائف. هذا ليس ذنبك. ماذا ستفعل؟
content-the-scary-video-choice-knock = سأطرق باب { $adult } الآن وأحكي له ما شاهدته.
content-the-scary-video-feedback-knock = هذه شجاعة! الكبار يفضّلون كثيرًا أن توقظهم على أن تبقى خائفًا وحدك. الكلام يجعل الخوف يصغر، ولن تقع في ورطة.
content-the-scary-video-choice-one-more = فيديو واحد آخر. أستطيع التحمّل، لا أحتاج مساعدة.
content-the-scary-video-feedback-one-more = فرصة لنتعلّم: الفيديوهات المخيفة تجعل الخوف أكبر لا أصغر. لا أحد يختبرك. لم يفت الأوان أبدًا لتتوقّف وتذهب إلى شخص بالغ تثق به.

content-the-scary-video-adult-helps-late = أنا سعيد جدًا لأنك جئت إليّ. لن تقع في ورطة. لنصوّر اسم تلك القناة ونبلغ عنها، ثم نوقف التشغيل التلقائي ونفعّل إعدادات الأطفال.
content-the-scary-video-worse = تشاهد فيديو آخر، ثم آخر. في الثانية بعد منتصف الليل ما زلت مستيقظًا، والوجوه المخيفة لا تذهب.

content-the-scary-video-end-safe = أوقفت الفيديو المخيف وأخبرت { $adult }. الآن التشغيل التلقائي متوقّف وإعدادات الأطفال مفعّلة. الأشياء المخيفة قد تظهر لأي أحد، وقد تصرّفت ببراعة!
content-the-scary-video-end-recovered = شاهدت أطول مما هو جيد لك، لكنك بعدها أخبرت { $adult }. تم الإبلاغ عن القناة، والتشغيل التلقائي متوقّف، وإعدادات الأطفال مفعّلة. الإخبار كان الجزء الشجاع!
content-the-scary-video-end-shared = ابنة عم { $friend } الصغيرة خائفة الآن أيضًا، والفيديو يواصل الانتشار. رؤيتك له لم تكن ذنبك أبدًا. لم يفت الأوان أبدًا لتخبر شخصًا بالغًا تثق به، وسيساعد في الإبلاغ عنه.
content-the-scary-video-end-harmful = الصور المخيفة تعود في الليل، وأنت تحملها وحدك. هذا ليس ذنبك. لم يفت الأوان أبدًا: أخبر شخصًا بالغًا تثق به، وسيساعدك.

# My phone: what stays on the phone after this level.
content-the-scary-video-trace-settings = تطبيق الفيديو لديك: التشغيل التلقائي متوقّف، وإعدادات الأطفال مفعّلة.
content-the-scary-video-trace-settings-advice = الآن أنت من يختار ما يُعرض بعد ذلك. إذا تسلّل شيء مخيف رغم ذلك، صوّر العنوان، وأغلقه، وأخبر شخصًا بالغًا تثق به.
