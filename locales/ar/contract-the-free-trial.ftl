# العقود / التجاري: التجربة المجانية (الأعمار 16-18). التجديد التلقائي، والموافقة المحدّدة مسبقًا، ومشاركة البيانات، وسلاسل الأيام، والنوم.

contract-the-free-trial-title = التجربة المجانية
contract-the-free-trial-summary = تطبيق للدراسة يعرض 7 أيام من Premium مجانًا، لكن الكلام الصغير وتنبيهات سلسلة الأيام في آخر الليل تروي قصة أخرى.
contract-the-free-trial-remember = التجارب «المجانية» تتجدّد غالبًا من تلقاء نفسها، والخانات المحدّدة مسبقًا تشارك بياناتك. الأفضل: قراءة الكلام الصغير، وإلغاء التحديد، وحماية نومك: إنه جزء من الدراسة.

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-adult-mum = ماما
contract-the-free-trial-adult-dad = بابا
contract-the-free-trial-adult-gran = تيتا

contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = الامتحانات بعد ثلاثة أسابيع. استعملت النسخة المجانية من { $app } طوال الشهر: بطاقات، وامتحانات سابقة، وسلسلة دراسة من 21 يومًا. الساعة 23:40 حين يضيء هاتفك.

contract-the-free-trial-streak = ‏{ $app }: «سلسلتك ذات الـ21 يومًا تنتهي عند منتصف الليل! العب جولة الآن، أو جمّدها مع Premium: 7 أيام مجانًا، بلمسة واحدة.»
contract-the-free-trial-choice-sleep = إنه مجرد رقم. سأطفئ التنبيهات: النوم يساعدني أكثر.
contract-the-free-trial-feedback-sleep = قرار رائع. أثناء النوم يحفظ دماغك ما راجعته، فالنوم جزء من الدراسة. تنبيه السلسلة عند منتصف الليل مصمّم ليعلّقك، لا ليساعدك على التعلّم.
contract-the-free-trial-choice-ten-minutes = عشر دقائق لتبقى سلسلتي بأمان، و{ $adult } في نوم عميق.
contract-the-free-trial-feedback-ten-minutes = العشر دقائق نادرًا ما تبقى عشرًا. السلسلة أشعرتك بخسارة قادمة، فأعادك التطبيق عند منتصف الليل. إطفاء تنبيهات السلسلة ينزع منها قوتها.
contract-the-free-trial-choice-freeze = إنه مجاني، سأجمّدها. وسأقرأ التفاصيل لاحقًا.
contract-the-free-trial-feedback-freeze = فرصة لنتعلّم: عرض «مجاني، بلمسة واحدة» عند منتصف الليل يأتي حين يكون المرء متعبًا ولا يقرأ. البطاقة التي يطلبها هي ما يحوّل التجربة إلى فاتورة.
contract-the-free-trial-pic-clock = 23:40
contract-the-free-trial-pic-streak-ends = سلسلتك ذات الـ21 يومًا تنتهي عند منتصف الليل!
contract-the-free-trial-pic-do-round = ابدأ جولة
contract-the-free-trial-pic-freeze = جمّدها: 7 أيام مجانًا

contract-the-free-trial-slept = أطفأت التنبيهات ونمت. في الصباح تقول السلسلة 0، والبطاقات تبدو أسهل. ثم تغطيها نافذة: «اشترك في Premium! 7 أيام مجانًا.»
contract-the-free-trial-ten-more = العشر دقائق تصبح أربعين: «جولة إضافية! نقاط مضاعفة!» والنوم عند 00:30. وفي اليوم التالي تغطي نافذة بطاقاتك: «لا تخسر سلسلة بعد اليوم. Premium، 7 أيام مجانًا.»
contract-the-free-trial-frozen = جُمّدت السلسلة! كتبت رقم بطاقتك والنعاس يغلبك. اليوم 8: يُخصم 79.99 من بطاقتك لسنة كاملة، وتبدأ «عروض الشركاء» بملء بريدك.

contract-the-free-trial-signup-spot = «مجاني» تبدو رائعة. لنلمس ما يجب معرفته قبل الاشتراك.
contract-the-free-trial-card-title = ‏{ $app } Premium: 7 أيام مجانًا
contract-the-free-trial-card-body = ابدأ تجربتك المجانية اليوم. ألغِ في أي وقت. بيانات البطاقة مطلوبة.
contract-the-free-trial-part-renewal = الكلام الصغير: «ثم 79.99 تُدفع سنويًا ما لم تُلغِ الاشتراك»
contract-the-free-trial-feedback-renewal = نعم. التجربة تتحوّل إلى دفعة سنوية من تلقاء نفسها. «ألغِ في أي وقت» لا تفيد إلا إذا تذكّرت، والإلغاء غالبًا مخبّأ في أعماق الإعدادات.
contract-the-free-trial-part-box = محدّد مسبقًا: «أرسلوا لي عروضًا من شركائكم»
contract-the-free-trial-feedback-box = أصبت تمامًا. الخانة المحدّدة مسبقًا تراهن على غفلتك. الموافقة على التسويق يجب أن تكون اختيارك، وفي بلدان كثيرة يؤكّد القانون ذلك. والأفضل إلغاء تحديدها.
contract-the-free-trial-part-data = الشروط: «قد نشارك بياناتك مع شركاء مختارين»
contract-the-free-trial-feedback-data = صحيح. «الشركاء» قد تعني معلنين يشترون معلومات عن دراستك، ومواعيدها، ومكانها. التحقّق ممّا يحدث لبياناتك يأتي قبل الموافقة.
contract-the-free-trial-part-features = ميزة: «بطاقات مراجعة بلا حدود»
contract-the-free-trial-feedback-features = ليس دليلًا: هذا ببساطة ما يقدّمه Premium. الميزات لا بأس بها، المهم هو السعر بعد التجربة وما يفعلونه ببياناتك.
contract-the-free-trial-part-papers = ميزة: «كل الامتحانات السابقة»
contract-the-free-trial-feedback-papers = ليس دليلًا أيضًا: كل صفحة تسجيل تعدّد ميزاتها. القراءة بعد عبارات البيع تصل بك إلى الخط الصغير.
contract-the-free-trial-part-title = لافتة: «{ $app } Premium: 7 أيام مجانًا»
contract-the-free-trial-feedback-title = ليست هذه الحيلة: الأيام السبعة المجانية حقيقية، وتجربة شيء ما لا بأس بها. الحيلة في الأسفل: ماذا يحدث في اليوم الثامن، ومن يحصل على بياناتك.
contract-the-free-trial-part-card = خانة رقم البطاقة، قبل أن تبدأ التجربة المجانية
contract-the-free-trial-feedback-card = نعم. تجربة مجانية تطلب بطاقتك قد تسحب منها المال من تلقاء نفسها حين تنتهي. إن كانت مجانية، فالسؤال: لماذا يحتاجون إلى بيانات الدفع الآن؟
contract-the-free-trial-pic-feature-cards = بطاقات مراجعة بلا حدود
contract-the-free-trial-pic-feature-papers = كل الامتحانات السابقة
contract-the-free-trial-pic-card-number = رقم البطاقة
contract-the-free-trial-pic-offers = أرسلوا لي عروضًا من شركائكم
contract-the-free-trial-pic-start-trial = ابدأ التجربة المجانية
contract-the-free-trial-pic-renewal = ثم 79.99 تُدفع سنويًا ما لم تُلغِ الاشتراك
contract-the-free-trial-pic-terms = الشروط: قد نشارك بياناتك مع شركاء مختارين

# العب في الجهة الأخرى: اكتب إعلان التجربة «المجانية»، ثم انظر إليه من الجهة المقابلة.
contract-the-free-trial-craft-intro = قبل الاختيار، ما رأيك بنظرة من الجهة الأخرى؟ لجولة واحدة، كتابة العرض مهمّتك. إنه مجرّد تدريب: بناء الحيل بنفسك يجعل كشفها أسهل بكثير.
contract-the-free-trial-craft = لنكتب إعلانًا لتطبيق مختلَق. في الإعلان مكان لثلاثة أجزاء. لنقرأ عمّن سيراه، ثم نختار ما قد يدفع كلّ واحد منهم إلى النقر.
contract-the-free-trial-craft-what = إعلان لتجربة «مجانية» من التطبيق المختلَق GradeRocket Pro
contract-the-free-trial-t-free = ‏7 أيام مجانية تمامًا، فقط أدخل بطاقتك
contract-the-free-trial-t-free-why = جائزة: كلمة «مجاني» هي الطُّعم. كيف تنكشف: إن طلبت تجربة مجانية بطاقتك، فالسؤال: كم ستكلّف حين تنتهي؟ المجاني لسبعة أيام ليس مجانيًا.
contract-the-free-trial-t-experts = يوصي به كبار المدرّسين وخبراء الامتحانات في كل أنحاء البلاد
contract-the-free-trial-t-experts-why = سلطة مزيّفة: أيّ مدرّسين؟ أيّ خبراء؟ كيف تنكشف: التوصيات الحقيقية فيها أسماء يمكنك البحث عنها. المديح الغامض يستعير ثقة لم يكسبها.
contract-the-free-trial-t-price = بلا مفاجآت: 79.99 في السنة بعد اليوم 7، مع تذكير في اليوم 6
contract-the-free-trial-t-price-why = صادق: السعر الحقيقي يتيح للناس أن يقرّروا بهدوء، فلا يدفع أحدًا إلى شيء. الإعلان الذي يخفي سعر اليوم الثامن يراهن على غفلتك.
contract-the-free-trial-t-clock = العرض ينتهي عند منتصف الليل: بقيت 3 أماكن فقط!
contract-the-free-trial-t-clock-why = الاستعجال: موعد نهائي و«أماكن متبقية» يدفعانك إلى النقر قبل القراءة. كيف ينكشف: التطبيق لا تنفد أماكنه أبدًا. العرض العادل يعطيك وقتًا للتفكير.
contract-the-free-trial-t-fear = متوتر؟ لا تدع امتحانًا سيئًا واحدًا يدمّر مستقبلك
contract-the-free-trial-t-fear-why = المشاعر: الخوف من الرسوب يسبق التفكير. كيف تنكشف: إذا بدأ إعلان بإشعارك بالسوء تجاه نفسك، فهو يستغلّ هذا الشعور.
contract-the-free-trial-t-crowd = انضمّ إلى مليوني طالب يتفوّقون في امتحاناتهم
contract-the-free-trial-t-crowd-why = الجمهور: «مليونا طالب» رقم لا يمكن التأكد منه، والانتشار لا يعني أنه يستحق الدفع. كيف تنكشف: السؤال عن حاجتك أنت، لا عمّا يبدو أن الجميع يملكه.
contract-the-free-trial-t-cancel = ألغِ بنقرة واحدة، في أي وقت، من الشاشة الرئيسية مباشرة
contract-the-free-trial-t-cancel-why = صادق: زرّ إلغاء سهل يعني ألّا يعلق أحد في الدفع. العروض التي تخفيه خلف خمس شاشات وعبارات تأنيب تريد استسلامك.
contract-the-free-trial-t-prize = كل من يشترك يدخل السحب على حاسوب محمول جديد
contract-the-free-trial-t-prize-why = جائزة: السحب يجعل الاشتراك يبدو كالفوز. كيف تنكشف: فرص الفوز والشروط. فرصتك ضئيلة جدًا، أمّا الدفعة السنوية فليست كذلك.
contract-the-free-trial-p-dev = ديف
contract-the-free-trial-p-dev-about = يراجع في الليلة الأخيرة وهو في ذعر، وينقر قبل أن يقرأ
contract-the-free-trial-p-dev-why = التوتر والتعب يجعلان أيّ أحد يستعجل. العدّ التنازلي أو العبارة المخيفة تصيب أقوى عند منتصف الليل، حين يكون ديف مذعورًا. ليس هذا إهمالًا: الإعلان موقوت لتلك اللحظة.
contract-the-free-trial-p-amira = أميرة
contract-the-free-trial-p-amira-about = متفوّقة في كل المواد؛ إن زكّى شيئًا شخصٌ مؤهَّل اقتنعت به
contract-the-free-trial-p-amira-why = أميرة تستمع إلى من يعرفون، وهذا حكيم عادةً. «يوصي به الخبراء» يستعير هذه الثقة بلا دليل. المديح الحقيقي يذكر من قاله، للبحث عنه.
contract-the-free-trial-p-jonah = يونس
contract-the-free-trial-p-jonah-about = ماله قليل، ويكره أن يكون الوحيد الذي لا يملك التطبيق الجديد
contract-the-free-trial-p-jonah-why = حين يضيق المال، تبدو كلمة «مجاني» الطريق الوحيد، ولا أحد يحب أن يبقى خارج المجموعة. الإعلان يلعب على الأمرين. السؤال الذي يحمي يونس: كم يكلّف في اليوم الثامن؟
contract-the-free-trial-craft-turn = والآن لنقلب الصورة: هذه الحركات موجّهة إليك. حين يستعجلك عرض، أو يلوّح بخبراء مجهولين، أو يقول إن الجميع يملكه، فهذه لحظة التوقّف: البحث عن السعر بعد اليوم 7 وعن زرّ الإلغاء، أو سؤال شخص موضع ثقتك.
contract-the-free-trial-craft-back = عدت إلى نافذة { $app } الحقيقية: «7 أيام مجانًا. ألغِ في أي وقت. بيانات البطاقة مطلوبة.» كلمة «مجانًا» هي الطُّعم الذي استخدمته للتوّ. والآن، المهم ما لا تقوله: السعر في اليوم الثامن.

contract-the-free-trial-sign-up = يبدو Premium مفيدًا، و{ $friend } من مستخدميه. ما اختيارك؟
contract-the-free-trial-choice-stay-free = النسخة المجانية تكفيني تمامًا. سأغلق هذا العرض.
contract-the-free-trial-feedback-stay-free = ذكاء. النسخة المجانية تؤدي المهمة، وإغلاق العرض يُبقي بطاقتك وبياناتك بعيدة. لا تطبيق له حق عليك في تجربة.
contract-the-free-trial-choice-trial-careful = تجربة بلا علامة في المربع، مع تذكير بالإلغاء يوم 6.
contract-the-free-trial-feedback-trial-careful = طريقة حذرة للتجربة: المربع بلا علامة والتذكير مضبوط. لكن الإلغاء يُصعَّب عمدًا غالبًا، ومع بطاقة محفوظة، نسيان واحد يكلّف السنة كلها.
contract-the-free-trial-choice-start-trial = سأبدأ. «ألغِ في أي وقت» يعني أنه آمن.
contract-the-free-trial-feedback-start-trial = فرصة لنتعلّم: «ألغِ في أي وقت» لا تفيد إلا إن تذكّرت، ومع بقاء العلامة تذهب بياناتك إلى الشركاء أيضًا. ما زال الإصلاح ممكنًا.

contract-the-free-trial-free-win = أغلقت العرض وأكملت بالنسخة المجانية. وفي اليوم 8 تصلك رسالة من { $friend }: «تجربتي المجانية صارت 79.99 للسنة!»
contract-the-free-trial-day-six = اليوم 6: يرنّ تذكيرك. صفحة الإلغاء خمس شاشات، ثم: «تأكيد الإلغاء؟ السلسلة ستضيع! 3 أيام أخرى مجانًا؟» وعدّاد تنازلي يبدأ من 60.
contract-the-free-trial-pic-timer = 0:47
contract-the-free-trial-pic-sure = تأكيد الإلغاء؟
contract-the-free-trial-pic-lose-streak = السلسلة ستضيع!
contract-the-free-trial-pic-stay-free = ‏3 أيام أخرى مجانًا
contract-the-free-trial-pic-cancel-anyway = الإلغاء على أي حال
contract-the-free-trial-charged = اليوم 8: يُخصم 79.99 من بطاقتك لسنة كاملة. يمتلئ بريدك بـ«عروض الشركاء»، وصارت تنبيهات السلسلة تصل في الثانية فجرًا.
contract-the-free-trial-pic-day-eight = اليوم 8
contract-the-free-trial-pic-paid = ‏{ $app } Premium: سنة واحدة
contract-the-free-trial-pic-amount = -79.99
contract-the-free-trial-pic-partner-offers = عروض الشركاء

contract-the-free-trial-cancel-flow = العدّاد يدور. ما اختيارك؟
contract-the-free-trial-choice-cancel-anyway = سألغي على أي حال. لا سلسلة تستحق 79.99 في السنة.
contract-the-free-trial-feedback-cancel-anyway = أحسنت. الشعور بالذنب والعدّادات وعروض «قليلًا بعد مجانًا» موجودة لتؤخّرك حتى الخصم. رأيت الخدعة وحفظت مالك.
contract-the-free-trial-choice-three-more = ثلاثة أيام مجانية أخرى لن تضر. سألغي بعدها.
contract-the-free-trial-feedback-three-more = فرصة لنتعلّم: العدّاد و«الأيام الإضافية» مصمّمة لإبقائك. هذه الأيام تدفع التجديد إلى ما بعد التذكير الذي ضبطته.
contract-the-free-trial-cancelled = أُلغي الاشتراك قبل يوم من الموعد. السلسلة تعود إلى 0، وبطاقتك لم تُمسّ.
contract-the-free-trial-extended = بعد ثلاثة أيام، انشغال بالمراجعة، ولا يأتي أي تذكير. يُخصم 79.99 من بطاقتك لسنة كاملة.

contract-the-free-trial-recover = أوف. هذا يحدث لكثيرين، والتصميم يعتمد على ذلك. حقوقك أكثر ممّا يبدو. ما اختيارك؟
contract-the-free-trial-choice-show-adult = سأُري { $adult } الخصم، وأطلب أن يُعاد إليّ مالي.
contract-the-free-trial-feedback-show-adult = خطوة جيدة. متاجر التطبيقات كثيرًا ما تردّ مبلغ التجديد إن طلبت بسرعة، وفي بلدان كثيرة يحق لك الإلغاء ورفض التسويق. شخص بالغ يستطيع أن يساعدك في الطلب.
contract-the-free-trial-choice-cancel-tell-friend = سألغيه، وأخبر { $friend } بالفخ. لا داعي لإقلاق { $adult }.
contract-the-free-trial-feedback-cancel-tell-friend = الإلغاء يوقف الخصم القادم، وتنبيه { $friend } لطف منك. لكن الإلغاء وحده لا يعيد مالك. طلب الاسترداد بسرعة، بمساعدة { $adult }، كثيرًا ما ينجح، وليس في ذلك إزعاج.
contract-the-free-trial-choice-use-more = سأبقيه. Premium سيساعدني على الدراسة، فهو يستحق.
contract-the-free-trial-feedback-use-more = فرصة لنتعلّم: هذا فخ التكلفة الغارقة. المال الذي صُرف لا يجب أن يقرّر خطوتك التالية. ما زال بإمكانك طلب الاسترداد والإلغاء.

contract-the-free-trial-kept-paying = الدراسة مستمرة مع Premium، لكن السنة مدفوعة، وعروض الشركاء تتراكم، وتنبيهات السلسلة في الثانية فجرًا توقظك.
contract-the-free-trial-warned = ألغيت الاشتراك، ووصلتك رسالة شكر من { $friend }. بعد أسبوع ما زال الـ79.99 ضائعًا، و«عروض الشركاء» تصل كل يوم، ومن { $friend } عرفت أن المتجر يردّ المال بمجرد الطلب.
contract-the-free-trial-refund = شكرًا لأنك أريتني. لا أحد غاضب منك، هذه التجارب توقع كثيرين. استعدنا المال، وألغينا الاشتراك، وطلبنا من التطبيق أن يتوقف عن مشاركة بياناتك وأن يحذفها.

contract-the-free-trial-still-emails = الخصم ما زال هناك، والرسائل أيضًا. ماذا الآن؟
contract-the-free-trial-choice-ask-refund = ‏{ $adult }، أحتاج مساعدتك في طلب استرداد المال.
contract-the-free-trial-feedback-ask-refund = خطوة جيدة، ولم يفت الأوان: المتاجر كثيرًا ما تردّ المال، وشخص بالغ يستطيع مساعدتك في الطلب وفي إيقاف رسائل الشركاء. طلب المساعدة بعد زلّة هو الصواب.
contract-the-free-trial-choice-too-late = فات الأوان. سأحظر رسائلهم وأريح { $adult } من الهمّ.
contract-the-free-trial-feedback-too-late = فرصة لنتعلّم: الحظر يخفي الرسائل، لكن بياناتك ما زالت مُشاركة والمال ما زال ضائعًا. وطلب الاسترداد كثيرًا ما يبقى ممكنًا، ومساعدة { $adult } متاحة.
contract-the-free-trial-gave-up = حظرت الرسائل. الاشتراك أُلغي، لكن الـ79.99 ضاع، وبياناتك باقية عند «الشركاء».

contract-the-free-trial-end-safe = قرأت الخط الصغير، وبقيت على النسخة المجانية، وأبعدت بطاقتك وبياناتك. العرض صُمّم ليبدو مجانيًا، وأنت نظرت عن قرب.
contract-the-free-trial-end-cancelled = جرّبت Premium والمربع بلا علامة، وألغيت في الوقت المناسب رغم الشعور بالذنب والعدّاد. لا خصم ولا رسائل شركاء. في المرة القادمة، صعوبة الإلغاء تستحق النظر أولًا.
contract-the-free-trial-end-extended = «الأيام الثلاثة الإضافية» صارت خصمًا سنويًا بقيمة 79.99. ليس ذنبك: العدّاد صُمّم لاستعجالك. لم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك، وسيساعدك على طلب الاسترداد.
contract-the-free-trial-end-mixed = الاشتراك أُلغي، لكن الـ79.99 ضاع وبياناتك ما زالت عند «الشركاء». لم يطلب أحد الاسترداد بعد، وهذا ما زال ممكنًا.
contract-the-free-trial-end-recovered = أوقعتك التجربة، لكنك أريت { $adult } وأصلحت الأمر: أُلغي الاشتراك، وعاد المال، وتوقفت رسائل الشركاء. أحسنت التصرّف.
contract-the-free-trial-end-harmful = ثمن سنة لم تكن في الحسبان يُدفع الآن، وعروض الشركاء تتراكم، والتنبيهات تبقيك مستيقظًا. ليس ذنبك، ولم يفت الأوان على إخبار شخص بالغ موضع ثقتك، وسيساعدك على الإلغاء وطلب الاسترداد.

# هاتفي: البيانات التي شاركتها الخانة المُعلَّمة مسبقًا.
contract-the-free-trial-trace-partners = اسمك وبريدك الإلكتروني، أُرسلا إلى «شركاء» تطبيق دراسة بسبب خانة بقيت مُعلَّمة.
contract-the-free-trial-trace-partners-advice = من هنا تأتي العروض، وبعض الاحتيال أيضًا. الحل في إعدادات الخصوصية في التطبيق: إيقاف المشاركة وطلب حذف بياناتك. وشخص بالغ موضع ثقتك يستطيع المساعدة.
