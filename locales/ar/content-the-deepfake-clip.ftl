# المحتوى / القيم: المقطع المزيّف بالذكاء الاصطناعي (الأعمار 16-18)

content-the-deepfake-clip-title = المقطع المزيّف
content-the-deepfake-clip-summary = قبل الانتخابات بأيام، ينتشر مقطع واقعي بشكل صادم لأحد المرشّحين، وصديقك يريد أن يشاركه.
content-the-deepfake-clip-remember = المشاعر القوية هي الحيلة المفضّلة للتزييف: توقّف، وابحث عن الأصل، واقرأ ما حوله. وإذا كان مزيّفًا، فأبلغ عنه وشارك التصحيح، لا المقطع.

content-the-deepfake-clip-app = { $app }
content-the-deepfake-clip-app-loopsy = Loopsy
content-the-deepfake-clip-app-viddle = Viddle
content-the-deepfake-clip-app-scrollpop = Scrollpop
content-the-deepfake-clip-candidate-lindqvist = مرام الحسيني
content-the-deepfake-clip-candidate-osei = دانيال عيسى
content-the-deepfake-clip-candidate-ferreira = أنيسة فريد
content-the-deepfake-clip-friend-amara = سمر
content-the-deepfake-clip-friend-jonah = يونس
content-the-deepfake-clip-friend-yuki = يارا

content-the-deepfake-clip-npc-friend = { $friend }

content-the-deepfake-clip-intro = أربعة أيام على الانتخابات، ونصف طلاب مرحلتك يحق لهم التصويت لأول مرة. على { $app }، مقطع واحد في كل مكان: كلام صادم على لسان { $candidate } من قائمة المرشّحين.
content-the-deepfake-clip-post = شاهدوه قبل أن يحذفوه!! اعتراف صريح من { $candidate } بتزوير التصويت، وضحك على الأمر. 2 مليون مشاهدة حتى الآن. سأنشره في مجموعة المرحلة الآن.

content-the-deepfake-clip-spot = يبدو حقيقيًا ويُسمع حقيقيًا. قبل أن يشاركه أحد، المس كل ما يكشف حقيقة هذا المقطع.
content-the-deepfake-clip-card-title = @RealTruthDaily، إعادة نشر من { $friend }
content-the-deepfake-clip-card-body = مقطع مدته 40 ثانية: { $candidate } خلف منصّة الخطابة، بنظرة مباشرة إلى الكاميرا. «التصويت محسوم مسبقًا. أنتم لن تغيّروا شيئًا.»
content-the-deepfake-clip-part-lips = حركة الفم تخرج عن التزامن مع الصوت عند كلمة «محسوم»
content-the-deepfake-clip-feedback-lips = التقاط جيد. الشفاه المتأخّرة عن الصوت، والأسنان الضبابية، والرمش الغريب علامات شائعة على الفيديو المصنوع بالذكاء الاصطناعي. لكن التزييف يتحسّن باستمرار، لذا التحقّق من المصدر أهم.
content-the-deepfake-clip-part-account = نشره @RealTruthDaily، وهو حساب أُنشئ قبل 3 أيام
content-the-deepfake-clip-feedback-account = نعم. حساب جديد تمامًا بلا تاريخ ينشر أخبارًا سياسية متفجّرة علامة تحذير كبيرة. السبق الصحفي الحقيقي يأتي من وسائل إعلام أو صحفيين لهم سجلّ معروف.
content-the-deepfake-clip-part-original = لا رابط للخطاب الكامل، ولا مكان، ولا اسم للمناسبة
content-the-deepfake-clip-feedback-original = أصبت تمامًا. المقطع الحقيقي يأتي من مكان ما: خطاب، أو مقابلة، أو تاريخ. ومن دون الأصل، لا تستطيع التحقّق من السياق، وهذا هو المقصود غالبًا.
content-the-deepfake-clip-part-caption = التعليق: «شاركوه قبل أن يحذفوه!!»
content-the-deepfake-clip-feedback-caption = صحيح. العبارات الصاخبة والذعر و«قبل أن يحذفوه» تستهدف مشاعرك لتشارك قبل أن تفكّر. المشاعر القوية هي بالضبط الوقت الذي تحتاج فيه إلى التمهّل.
content-the-deepfake-clip-part-date = نُشر اليوم الساعة 09:14
content-the-deepfake-clip-feedback-date = ليس دليلًا وحده: المنشورات الجديدة أمر طبيعي. لكن تحقّق من التواريخ، لأن المقاطع القديمة أو المقتطعة من سياقها يُعاد نشرها كثيرًا على أنها «خبر عاجل».

content-the-deepfake-clip-react = { $friend } على وشك نشره في مجموعة المرحلة: 300 شخص، كثير منهم يصوّتون لأول مرة. ماذا تفعل أولًا؟
content-the-deepfake-clip-choice-check = سأتحقّق منه: أبحث عن الأصل وأرى ماذا يقول مدقّقو الحقائق
content-the-deepfake-clip-feedback-check = هذه هي القراءة الجانبية: بدل التحديق في المقطع، تفتح تبويبات جديدة وترى ماذا تقول المصادر الموثوقة عنه. دقيقتان من التحقّق تتغلّبان على أفضل تزييف.
content-the-deepfake-clip-choice-scroll = سأتجاوزه. ليس من شأني.
content-the-deepfake-clip-feedback-scroll = عدم المشاركة كان جيدًا: التزييف يكبر مع كل مشاركة. لكن أصدقاءك على وشك رؤيته، وتحقّق سريع قد يمنعه من الوصول إلى 300 شخص.
content-the-deepfake-clip-choice-quote = سأعيد نشره مع تعليق: «إذا كان هذا حقيقيًا، فيا للهول.»
content-the-deepfake-clip-feedback-quote = فرصة لنتعلّم: «إذا كان حقيقيًا» لا تنتقل مع المقطع. الناس يلتقطون صورة للمقطع، لا لشكّك، ومنشورك يدفعه إلى كل من يتابعك.

content-the-deepfake-clip-lateral = تضع لقطة من المقطع في بحث عكسي عن الصور. فيظهر الأصل: خطاب قبل عامين فيه كلام معاكس تمامًا على لسان { $candidate }. واثنان من مدقّقي الحقائق يصنّفان المقطع بالفعل على أنه مصنوع بالذكاء الاصطناعي.
content-the-deepfake-clip-scroll-past = تتابع التصفّح. وبعد ساعة يصير المقطع في مجموعة المرحلة مع 80 تفاعلًا، ومعه تعليق من { $friend }: «لن أصوّت لمن يكذب هكذا.»

content-the-deepfake-clip-friend-chat = حسنًا، الناس يقولون إنه مزيّف. بصراحة؟ حتى لو كان كذلك، فهذا بالضبط نوع الكلام المتوقّع من { $candidate }. هل يهمّ الأمر أصلًا؟
content-the-deepfake-clip-choice-correct = سأشارك التحقّق مع { $friend } وأبلغ عن المقطع
content-the-deepfake-clip-feedback-correct = هكذا توقف التزييف دون أن تعزّزه: شارك التصحيح، لا المقطع، وأبلغ عنه كي تضع المنصّة عليه وسمًا. التزييف ينجح لأنه يبدو صحيحًا.
content-the-deepfake-clip-choice-correct-only = سأقول لـ{ $friend } إنه مزيّف، وأكتفي بذلك
content-the-deepfake-clip-feedback-correct-only = إخبار صديقك يساعد. لكن المقطع ما زال ينتشر بين أناس لن يروا رسالتك أبدًا. الإبلاغ عنه يجعله موسومًا أمام الجميع.
content-the-deepfake-clip-choice-meme = سأنشر ميمًا عن { $candidate } في النقاش
content-the-deepfake-clip-feedback-meme = فرصة لنتعلّم: الميم يُبقي التزييف حيًا، حتى لو كان مزحة. والمقطع المختلَق قد يؤثّر في أصوات حقيقية، وهذا ظلم مهما كان رأيك في سياسة أي شخص.

content-the-deepfake-clip-reported = خلال ساعات تضع المنصّة على المقطع وسم «وسائط متلاعب بها» وتتوقّف عن اقتراحه. ويختفي منشور { $friend } من مجموعة الدردشة، مع رسالة: «حسنًا، هذا مخيف. بدا حقيقيًا جدًا.»

content-the-deepfake-clip-spreads = منشورك ينطلق: 400 مشاركة في ساعة. صور الشاشة تحتفظ بالمقطع وتُسقط أي شك. ثم يصنّفه مدقّق حقائق على أنه مصنوع بالذكاء الاصطناعي، واسمك ظاهر تحته مباشرة في النقاش.
content-the-deepfake-clip-fix = هذا يحدث للحذرين أيضًا: التزييف مصنوع ليُشارَك. منشورك ما زال موجودًا، ويدفع المقطع إلى الأمام. لم يفت الأوان للمساعدة. وماذا الآن؟
content-the-deepfake-clip-choice-fix = سأحذفه، وأنشر التحقّق، وأبلغ عن المقطع
content-the-deepfake-clip-feedback-fix = هذه نزاهة حقيقية. الاعتراف بالخطأ علنًا يحتاج إلى جرأة، والتصحيح من شخص شارك التزييف هو غالبًا ما يصدّقه الناس.
content-the-deepfake-clip-choice-delete = سأحذف منشوري بهدوء
content-the-deepfake-clip-feedback-delete = الحذف يوقف منشورك عن نشره أكثر. لكن مئات الأشخاص رأوه منك بالفعل، وتصحيح قصير سيصل إلى الأشخاص أنفسهم.
content-the-deepfake-clip-choice-leave = سأتركه. من حق كل شخص أن يكون له رأي.
content-the-deepfake-clip-feedback-leave = فرصة لنتعلّم: آراؤك ملكك، لكن المقطع المزيّف ليس رأيًا، بل دليل مختلَق. لم يفت الأوان أبدًا لتصحيحه.
content-the-deepfake-clip-corrected = تصحيحك يحصل على إعجابات أقل ممّا حصل عليه المقطع، لكن الناس يعيدون نشره. وفي اليوم التالي يعرضه أحد المعلّمين على السبّورة: «هكذا تتعامل مع التزييف.»

content-the-deepfake-clip-end-safe = تحقّقت قبل أن تثق، وساعدت صديقًا، وأبلغت عن التزييف دون أن تعزّزه. هكذا يبدو الناخب الواعي.
content-the-deepfake-clip-end-mixed = المقطع ما زال منتشرًا، بلا وسم، ويقنع الناس، ولم يبلغ عنه أحد. الإبلاغ عنه ومشاركة التصحيح يساعدان الجميع على القرار بناءً على الحقائق.
content-the-deepfake-clip-end-recovered = شاركت مقطعًا مزيّفًا، ثم صحّحت الأمر علنًا. هذا أصعب من ألّا تزلّ أبدًا، ويساعد أناسًا أكثر. في المرة القادمة: توقّف، وتحقّق، ثم انشر.
content-the-deepfake-clip-end-harmful = المقطع يواصل الانتشار ومنشورك مرتبط به، وبعض الناس سيصوّتون بناءً على كذبة. لم يفت الأوان أبدًا: احذف، وصحّح، وأبلغ.
