# المحتوى / القيم: المقطع المزيّف بالذكاء الاصطناعي (الأعمار 16-18)

content-the-deepfake-clip-title = المقطع المزيّف
content-the-deepfake-clip-summary = قبل الانتخابات بأيام، ينتشر مقطع واقعي بشكل صادم لأحد المرشّحين، وصديقك يريد مشاركته.
content-the-deepfake-clip-remember = المشاعر القوية هي الحيلة المفضّلة للتزييف. الحل: التوقّف، والبحث عن الأصل، والقراءة حوله. وإذا كان مزيّفًا، فالإبلاغ عنه ومشاركة رابط التدقيق، لا المقطع نفسه أبدًا.

content-the-deepfake-clip-app = { $app }
content-the-deepfake-clip-app-loopsy = Loopsy
content-the-deepfake-clip-app-viddle = Viddle
content-the-deepfake-clip-app-scrollpop = Scrollpop
content-the-deepfake-clip-candidate-lindqvist = مرام الحسيني
content-the-deepfake-clip-candidate-osei = دانيال عيسى
content-the-deepfake-clip-candidate-ferreira = أنيسة فريد

content-the-deepfake-clip-npc-friend = { $friend }

content-the-deepfake-clip-intro = أربعة أيام على الانتخابات، ونصف طلاب مرحلتك يحق لهم التصويت لأول مرة. على { $app }، مقطع واحد في كل مكان: كلام صادم على لسان { $candidate } من قائمة المرشّحين.
content-the-deepfake-clip-post = شاهدوه قبل أن يحذفوه!! اعتراف صريح من { $candidate } بتزوير التصويت، وضحك على الأمر. 2 مليون مشاهدة حتى الآن. سأنشره في مجموعة المرحلة الآن.

content-the-deepfake-clip-spot = يبدو حقيقيًا ويُسمع حقيقيًا. قبل أن يشاركه أحد، لنلمس كل ما يكشف حقيقة هذا المقطع.
content-the-deepfake-clip-card-title = ‏‎@RealTruthDaily، إعادة نشر من { $friend }
content-the-deepfake-clip-card-body = مقطع مدته 40 ثانية: { $candidate } خلف منصّة الخطابة، بنظرة مباشرة إلى الكاميرا. «التصويت محسوم مسبقًا. أنتم لن تغيّروا شيئًا.»
content-the-deepfake-clip-part-lips = الوجه: فم ضبابي مكرّر، وخطّ لصق حوله
content-the-deepfake-clip-feedback-lips = التقاط جيد. الفم الضبابي المكرّر، وخطّ اللصق حول وجه مُركَّب، علامات شائعة على الفيديو المصنوع بالذكاء الاصطناعي. لكن التزييف يتحسّن باستمرار، لذا التحقّق من المصدر أهم.
content-the-deepfake-clip-part-account = نشره ‎@RealTruthDaily، وهو حساب أُنشئ قبل 3 أيام
content-the-deepfake-clip-feedback-account = نعم. حساب جديد تمامًا بلا تاريخ ينشر أخبارًا سياسية متفجّرة علامة تحذير كبيرة. السبق الصحفي الحقيقي يأتي من وسائل إعلام أو صحفيين لهم سجلّ معروف.
content-the-deepfake-clip-part-original = لا رابط للخطاب الكامل، ولا مكان، ولا اسم للمناسبة
content-the-deepfake-clip-feedback-original = أصبت تمامًا. المقطع الحقيقي يأتي من مكان ما: خطاب، أو مقابلة، أو تاريخ. ومن دون الأصل، لا سبيل إلى التحقّق من السياق، وهذا هو المقصود غالبًا.
content-the-deepfake-clip-part-caption = التعليق: «شاركوه قبل أن يحذفوه!!»
content-the-deepfake-clip-feedback-caption = صحيح. العبارات الصاخبة والذعر و«قبل أن يحذفوه» تستهدف مشاعرك لتسبق المشاركةُ التفكير. المشاعر القوية هي بالضبط وقت التمهّل.
content-the-deepfake-clip-part-date = نُشر اليوم الساعة 09:14
content-the-deepfake-clip-feedback-date = ليس دليلًا وحده: المنشورات الجديدة أمر طبيعي. لكن التحقّق من التواريخ مهم، لأن المقاطع القديمة أو المقتطعة من سياقها يُعاد نشرها كثيرًا على أنها «خبر عاجل».
content-the-deepfake-clip-part-views = وسم على المقطع: 2 مليون مشاهدة
content-the-deepfake-clip-feedback-views = ليس دليلًا في أي اتجاه. المقاطع الحقيقية والمزيّفة قد تحصل كلها على ملايين المشاهدات. المشاهدات تبيّن إلى أي حدّ انتشر الشيء، لا إن كان صحيحًا.
content-the-deepfake-clip-part-buttons = أزرار الإعجاب والتعليق والمشاركة
content-the-deepfake-clip-feedback-buttons = ليس دليلًا: كل مقطع فيه هذه الأزرار، حقيقيًا كان أو مزيّفًا. لكن زر المشاركة هو حيث يكبر التزييف، فالتوقّف قبل استخدامه مهم.
content-the-deepfake-clip-pic-reposted = إعادة نشر من { $friend }
content-the-deepfake-clip-pic-account = ‎@RealTruthDaily
content-the-deepfake-clip-pic-joined = انضمّ قبل 3 أيام
content-the-deepfake-clip-pic-date = اليوم، 09:14
content-the-deepfake-clip-pic-caption = شاركوه قبل أن يحذفوه!!
content-the-deepfake-clip-pic-subtitle = التصويت محسوم مسبقًا.
content-the-deepfake-clip-pic-views = ‏2 مليون مشاهدة

content-the-deepfake-clip-react = ‏{ $friend } على وشك نشره في مجموعة المرحلة: 300 شخص، كثير منهم يصوّتون لأول مرة. ما اختيارك؟
content-the-deepfake-clip-choice-share = نعم، للنشر. من حق الناس أن يروه قبل أن يصوّتوا.
content-the-deepfake-clip-feedback-share = فرصة لنتعلّم: المشاعر القوية هي الحيلة المفضّلة للتزييف. هذا المقطع مصنوع ليُشارَك بسرعة، قبل أن يبحث فيه أحد. الحل: التوقّف، والبحث عن الأصل، ثم القرار.
content-the-deepfake-clip-choice-scroll = ليست مشكلتي. سأتحقق من الأخبار عنه لاحقًا.
content-the-deepfake-clip-feedback-scroll = عدم المشاركة كان جيدًا: التزييف يكبر مع كل مشاركة. لكن «لاحقًا» يأتي بعد أن يراه 300 شخص. لو طلبت من { $friend } الانتظار دقيقتين لأوقفته قبل ذلك.
content-the-deepfake-clip-choice-wait = لحظة، لا نشر الآن. دقيقتان فقط من فضلك.
content-the-deepfake-clip-feedback-wait = توقّف ذكي. أوقفت النشر أولًا، ثم قرأت حول المقطع: تبويبات جديدة، والأصل، وما يقوله مدقّقو الحقائق. دقيقتان من البحث تتغلّبان على أفضل تزييف.
content-the-deepfake-clip-c-spreads = منشورك ينطلق: 400 مشاركة في ساعة. صور الشاشة تحتفظ بالمقطع وتُسقط أي شك. ثم يصنّفه مدقّق حقائق على أنه مصنوع بالذكاء الاصطناعي، واسمك ظاهر تحته مباشرة في النقاش.
content-the-deepfake-clip-c-scroll = يستمر التصفّح. وبعد ساعة يصير المقطع في مجموعة المرحلة مع 80 تفاعلًا، ومعه تعليق من { $friend }: «لن أصوّت لمن يكذب هكذا.»
content-the-deepfake-clip-c-lateral = ‏{ $friend } في الانتظار. لقطة من المقطع في بحث عكسي عن الصور تكشف الأصل: خطاب قبل عامين، فيه العكس تمامًا على لسان { $candidate }. واثنان من مدقّقي الحقائق يصنّفان المقطع مزيّفًا بالذكاء الاصطناعي.
content-the-deepfake-clip-pic-search = بحث عكسي عن الصور
content-the-deepfake-clip-pic-original = الأصل: الخطاب الكامل، قبل عامين
content-the-deepfake-clip-pic-check-one = تدقيق الحقائق: المقطع مصنوع بالذكاء الاصطناعي
content-the-deepfake-clip-pic-check-two = تدقيق الحقائق: الخطاب الحقيقي يقول العكس

content-the-deepfake-clip-sort = دقيقتان لم تذهبا سدى. في هذه الأثناء، تتوالى في صفحتك منشورات أخرى عن أسبوع الانتخابات. أين مكان كل منشور؟
content-the-deepfake-clip-post-office-from = مكتب الانتخابات في المدينة
content-the-deepfake-clip-post-office = التصويت يوم الأحد من 7:00 حتى 22:00. أحضروا بطاقة هوية بصورة، وابحثوا عن مركز اقتراعكم على موقعنا. شاركوا هذا المنشور مع كل من يصوّت لأول مرة!
content-the-deepfake-clip-post-office-why = منشور جيد للمشاركة: إنه من حساب مكتب الانتخابات نفسه، وتفاصيله تطابق موقعه، ويساعد من يصوّتون لأول مرة على الوصول والتصويت فعلًا.
content-the-deepfake-clip-post-kai-from = our.year.moments
content-the-deepfake-clip-post-kai = أحدهم صوّر كريم وهو يتجمّد في خطابه بنادي المناظرات. انتقلوا إلى 0:40، ينسى اسمه هههه. أرسلوه إلى المجموعة!
content-the-deepfake-clip-post-kai-why = هذا لا يُمرَّر: إنها أسوأ لحظة لكريم، صُوّرت دون إذنه، وكل مشاركة تكبّرها. الإبلاغ عنه والاطمئنان على كريم يفيدان أكثر.
content-the-deepfake-clip-post-rumour-from = jules_on_the_17
content-the-deepfake-clip-post-rumour = سمعت أن مركز الاقتراع في مدرستنا مغلق هذه السنة، وعلى الجميع التصويت في الطرف الآخر من المدينة. هل يستطيع أحد التأكيد؟ أخبروا أهاليكم.
content-the-deepfake-clip-post-rumour-why = يستحق التحقّق أولًا: لا أحد يقول من أين جاء هذا الكلام. مكتب الانتخابات يعرض كل مراكز الاقتراع، ودقيقتان على موقعه تحسمان الأمر.
content-the-deepfake-clip-post-debate-from = الميناء اليوم
content-the-deepfake-clip-post-debate = مناظرة الليلة كاملة: المرشّحون الثلاثة يجيبون عن أسئلة الطلاب حول المواصلات والسكن وفرص العمل. الفيديو الكامل والنص على موقعنا. شاركوها مع كل من لم يحسم رأيه بعد!
content-the-deepfake-clip-post-debate-why = لا بأس بمشاركته: صحيفة معروفة الاسم تنشر الفيديو كاملًا مع النص، فيحكم الناس في السياق الصحيح، وهذا بالضبط ما أخفاه مقطع ‎@RealTruthDaily.
content-the-deepfake-clip-post-date-from = الميناء اليوم | عاجل
content-the-deepfake-clip-post-date = صورة شاشة من «الميناء اليوم»: تأجيل التصويت إلى الأحد القادم بسبب خطأ في طباعة أوراق الاقتراع، ومراكز الاقتراع مغلقة هذا الأحد. أخبروا كل من لم يصوّت بعد!
content-the-deepfake-clip-post-date-why = هذا لا يُشارَك: منشور مكتب الانتخابات نفسه ما زال يقول هذا الأحد، وصورة الشاشة من حساب مقلِّد يحمل اسمًا شبيهًا باسم الصحيفة. تغيير الموعد كذبًا حيلة قديمة لمنع الناس من التصويت.
content-the-deepfake-clip-post-theo-from = noor.draws
content-the-deepfake-clip-post-theo = طارق نشر للتوّ أنه حصل على التدريب المهني الذي كان خياره الأول! تعب عليه كل عطلة أسبوع. فخورون بك يا طارق!
content-the-deepfake-clip-post-theo-why = لا بأس بمشاركته: إنه لطيف، وهو خبر يحكيه طارق بنفسه للجميع، ونشره يشجّعه. الحذر من التزييف لا يعني الشك في الجميع.

content-the-deepfake-clip-friend-chat = حسنًا، الناس يقولون إنه مزيّف. بصراحة؟ حتى لو كان كذلك، فهذا بالضبط نوع الكلام المتوقّع من { $candidate }. هل يهمّ الأمر أصلًا؟
content-the-deepfake-clip-choice-debunk = سأعيد نشره مع: «مزيّف! أبلغوا عنه ولا تصدّقوه!»
content-the-deepfake-clip-feedback-debunk = اكتشفت التزييف، وهذا رائع. لكن إعادة النشر تعرض المقطع على كل من يتابعك، وصور الشاشة تقصّ كلمة «مزيّف». الأفضل مشاركة رابط التدقيق، لا المقطع، والإبلاغ عنه.
content-the-deepfake-clip-choice-correct = يهمّ طبعًا. هذا رابط التدقيق، وقد أبلغت عن المقطع.
content-the-deepfake-clip-feedback-correct = هكذا يتوقّف التزييف دون تعزيزه: ينتشر التدقيق لا المقطع، وبلاغك يساعد على وسمه. ونعم، الأمر يهمّ: اختلاق كلام على لسان أي شخص ظلم، مهما كان رأيك فيه.
content-the-deepfake-clip-choice-meme = ومن يهتم؟ سأنشر ميمًا عن { $candidate }. هههه
content-the-deepfake-clip-feedback-meme = فرصة لنتعلّم: الميم يُبقي التزييف حيًا، حتى لو كان مزحة. والمقطع المختلَق قد يؤثّر في أصوات حقيقية، وهذا ظلم مهما كان رأيك في سياسة أي شخص.
content-the-deepfake-clip-c-reported = خلال ساعات تضع المنصّة على المقطع وسم «وسائط متلاعب بها» وتتوقّف عن اقتراحه. أما { $friend }، فبعد قراءة التدقيق: «حسنًا، هذا مخيف. بدا حقيقيًا جدًا.»
content-the-deepfake-clip-pic-manipulated = وسائط متلاعب بها
content-the-deepfake-clip-pic-see-check = اطّلع على التدقيق
content-the-deepfake-clip-pic-not-recommended = لم يعد هذا المقطع مقترحًا
content-the-deepfake-clip-c-debunk = منشورك «مزيّف!» يُشارَك 300 مرة، لكن معظم الناس يشاركونه من أجل المقطع. التطبيق يدفعه إلى آلاف الشاشات، وصور الشاشة تقصّ تحذيرك.
content-the-deepfake-clip-c-meme = الميم يُضحك الناس ويُشارَك 200 مرة، وكل مشاركة تحمل معها ادّعاء المقطع المزيّف. ثم يصنّف مدقّق حقائق المقطع مزيّفًا بالذكاء الاصطناعي، والميم الذي نشرته تحته مباشرة.

content-the-deepfake-clip-boosted = منشورك «مزيّف!» صار النسخة الأكثر مشاركة من المقطع في مرحلتك. تحذيرك موجود في التعليق. وماذا الآن؟
content-the-deepfake-clip-choice-keep-caption = سأبقيه. التعليق يقول مزيّف، وهذا آمن ويساعد.
content-the-deepfake-clip-feedback-keep-caption = فرصة لنتعلّم: معظم الناس يشاهدون المقطع، لا التعليق. كل مشاركة لمنشورك تعرض التزييف من جديد. الأفضل مشاركة رابط التدقيق وحده، والإبلاغ عن المقطع.
content-the-deepfake-clip-choice-explain = سأضيف تحته سلسلة طويلة أشرح فيها لماذا هو مزيّف.
content-the-deepfake-clip-feedback-explain = فرصة لنتعلّم: النقاش الحامي يجعل منشورك يبدو رائجًا، فيعرض التطبيق المقطع على عدد أكبر من الناس. رابط التدقيق يقولها بشكل أفضل، ومن دون المقطع.
content-the-deepfake-clip-choice-swap = أستبدله برابط التدقيق، ثم أبلغ عن المقطع نفسه.
content-the-deepfake-clip-feedback-swap = إصلاح ذكي. تحذيرك كان صحيحًا، لكن المقطع هو الذي كان ينتشر. الآن ينتشر التدقيق وحده، وبلاغك يساعد المنصّة على وسم المقطع أمام الجميع.
content-the-deepfake-clip-c-swapped = حذفت إعادة النشر وشاركت رابط التدقيق بدلًا منها. أبلغت عن المقطع، وبحلول المساء يحمل وسم «وسائط متلاعب بها» ولم يعد يُقترح.
content-the-deepfake-clip-c-kept = منشورك يواصل الصعود. معظم من يشاركونه لا يقرؤون تعليقك، وصور المقطع تنتشر من دونه.
content-the-deepfake-clip-c-explained = سلسلتك تحصل على 90 ردًا، نصفها جدال، وكل رد يدفع المقطع إلى شاشات أكثر.

content-the-deepfake-clip-fix = هذا يحدث للحذرين أيضًا: التزييف مصنوع ليُشارَك. منشورك ما زال موجودًا، ويساعد التزييف على الانتشار. وماذا الآن؟
content-the-deepfake-clip-choice-edit = أعدّل التعليق: «قد يكون مزيّفًا، تحققوا». هذا آمن.
content-the-deepfake-clip-feedback-edit = فرصة لنتعلّم: الناس يشاهدون المقطع، لا التعليق، والتعديل لا يصل إلى من شاركه بالفعل. الحل: الحذف، ومشاركة رابط التدقيق، والإبلاغ عن المقطع.
content-the-deepfake-clip-choice-fix = أحذف منشوري، وأشارك التدقيق، وأبلغ عن المقطع.
content-the-deepfake-clip-feedback-fix = هذه نزاهة حقيقية. الاعتراف بالخطأ علنًا يحتاج إلى جرأة، والتصحيح من شخص شارك التزييف هو غالبًا ما يصدّقه الناس.
content-the-deepfake-clip-choice-leave = سأتركه كما هو تمامًا. من حق كل شخص أن يكون له رأي.
content-the-deepfake-clip-feedback-leave = فرصة لنتعلّم: آراؤك ملكك، لكن المقطع المزيّف ليس رأيًا، بل دليل مختلَق. لم يفت الأوان أبدًا لتصحيحه.
content-the-deepfake-clip-c-corrected = تصحيحك يحصل على إعجابات أقل من التزييف، لكن الناس يعيدون نشره، ويُوسم المقطع «وسائط متلاعب بها». في اليوم التالي يعرض معلّم منشورك في الصف: «هكذا يكون التعامل مع التزييف.»
content-the-deepfake-clip-c-edited = لا يكاد أحد يرى التعليق الجديد: المقطع يعمل تلقائيًا أولًا، والمشاركات تتجاوز 1000.
content-the-deepfake-clip-c-left = النقاش تحت منشورك يمتلئ بالجدال، والمقطع يواصل الصعود، واسمك عليه.

content-the-deepfake-clip-end-safe = صارت الحقائق عند { $friend }، وأُبلغ عن المقطع ووُسم، ولم يُنشر منك أبدًا. هكذا يبدو الوعي الانتخابي.
content-the-deepfake-clip-end-safe-late = منشورك الأول «مزيّف!» عزّز المقطع، لكنك استبدلته برابط التدقيق وأبلغت عن التزييف. الآن ينتشر التصحيح، لا المقطع.
content-the-deepfake-clip-end-mixed = اكتشفت التزييف، لكن منشورك ما زال يحمل المقطع إلى أناس جدد، والمقطع بلا وسم. في المرة القادمة: مشاركة رابط التدقيق، لا المقطع، والإبلاغ عنه.
content-the-deepfake-clip-end-recovered = منشورك ساعد التزييف على الانتشار، ثم أصلحت الأمر: حذفته، وشاركت التدقيق، وأبلغت عن المقطع. هذا أصعب من عدم الخطأ أبدًا، ويساعد أناسًا أكثر.
content-the-deepfake-clip-end-harmful = منشورك ما زال يساعد التزييف على الانتشار، وبعض الناس سيصوّتون بناءً على كذبة. الانخداع بمقطع مزيّف ليس ذنبك، ولم يفت الأوان أبدًا: شخص بالغ موضع ثقتك يستطيع مساعدتك على حذفه وتصحيحه.

# هاتفي: المقطع المزيّف المنشور، أو الذي تمّ الإبلاغ عنه.
content-the-deepfake-clip-trace-fake = مقطع مزيّف عن الانتخابات، ما زال منشورًا من حسابك.
content-the-deepfake-clip-trace-fake-advice = ما زال الناس يرون التزييف عن طريقك. الحل: حذف المنشور، ومشاركة التدقيق بدلًا منه، والإبلاغ عن المقطع.
content-the-deepfake-clip-trace-reported-fake = مقطع مزيّف عن الانتخابات: أبلغت عنه، وهو الآن موسوم «وسائط متلاعب بها».
content-the-deepfake-clip-trace-reported-fake-advice = بلاغك جعله موسومًا للجميع. والقاعدة مستمرة: مشاركة التدقيق، لا المقطع أبدًا.
