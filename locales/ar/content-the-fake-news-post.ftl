# المحتوى / القيم: الخبر الكاذب (الأعمار 13-15)

content-the-fake-news-post-title = الخبر الكاذب
content-the-fake-news-post-summary = منشور منتشر يقول إن طبيبًا مشهورًا اكتشف علاجًا معجزًا، وصديقك يريد أن يشاركه الجميع.
content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
content-the-fake-news-post-name-drtruth = DrTruth_Official
content-the-fake-news-post-name-healthsecrets = health.secrets.now
content-the-fake-news-post-name-naturalfix = TheNaturalFix_
content-the-fake-news-post-doctor-osei = د. أمل عثمان
content-the-fake-news-post-doctor-lenz = د. باسم لطفي
content-the-fake-news-post-doctor-chen = د. منى شاهين
content-the-fake-news-post-adult-mum = ماما
content-the-fake-news-post-adult-dad = بابا
content-the-fake-news-post-adult-uncle = العمّ رامي
content-the-fake-news-post-intro = بعد ظهر السبت. في أثناء التصفّح على { $app }، يظهر منشور له 80,000 مشاركة. وهو موجود بالفعل في مجموعة صفّك بمشاركة من { $friend }.
content-the-fake-news-post-the-post = يا إلهي اقرؤوا هذا!! خالتي مريضة منذ شهور، وهي تحتاج إلى هذا فعلًا. شاركوه كلكم، قد ينقذ أرواحًا!!
content-the-fake-news-post-spot = ادّعاءات كبيرة، ومشاعر كبيرة. قبل التصديق، لنلمس كل ما يكشف حقيقة هذا المنشور.
content-the-fake-news-post-card-title = { $account }
content-the-fake-news-post-card-body = من برنامج تلفزيوني، على لسان { $doctor }: «اشرب Glow Tonic فقط لمدة 3 أيام ولن تمرض بعدها أبدًا.»
content-the-fake-news-post-part-account = ‏{ $account } - أُنشئ الحساب قبل 6 أيام
content-the-fake-news-post-feedback-part-account = حساب جديد تمامًا يحمل خبرًا صحيًا ضخمًا علامة تحذير. الأطباء والجهات الصحية الحقيقيون لهم تاريخ يمكنك التحقّق منه.
content-the-fake-news-post-part-date = نُشر اليوم، 16:02
content-the-fake-news-post-feedback-part-date = ليس دليلًا وحده: المنشورات الصحيحة والكاذبة كلها لها تواريخ. من نشره، وماذا تقول المصادر الأخرى، أهم بكثير.
content-the-fake-news-post-part-search = زر البحث في الأعلى
content-the-fake-news-post-feedback-part-search = ليس دليلًا، لكنه فكرة جيدة! البحث عن الطبيب والادّعاء خارج المنشور هو الطريقة الحقيقية لمعرفة إن كان صحيحًا.
content-the-fake-news-post-part-shares = تمّت مشاركته 80 ألف مرة
content-the-fake-news-post-feedback-part-shares = ليس دليلًا في أي اتجاه: المنشورات الصحيحة والكاذبة قد تُشارَك كثيرًا. كثرة المشاركات تعني أن المنشور منتشر، لا أنه صحيح.
content-the-fake-news-post-part-link = احصل على عدّة الأيام الثلاثة: ⁦glowtonic-shop.biz⁩، بـ24.99 فقط!
content-the-fake-news-post-feedback-part-link = المنشور يبيع شيئًا. العلاج المعجز مع رابط متجر هو غالبًا إعلان متنكّر في شكل خبر.
content-the-fake-news-post-part-wording = الأطباء لا يريدونكم أن تعرفوا! شاركوا قبل أن يُحظر!!!
content-the-fake-news-post-feedback-part-wording = العبارات الصاخبة والأسرار و«شاركوا الآن» موجودة لإثارة الانفعال، لا التفكير. النصيحة الصحية الحقيقية لا تحتاج إلى استعجالك.
content-the-fake-news-post-pic-joined = انضمّ قبل 6 أيام
content-the-fake-news-post-pic-shares = ‏80 ألف
content-the-fake-news-post-pic-date = اليوم، 16:02
content-the-fake-news-post-pic-headline = الأطباء لا يريدونكم أن تعرفوا!
content-the-fake-news-post-pic-banned = شاركوا قبل أن يُحظر!!!
content-the-fake-news-post-pic-link = glowtonic-shop.biz
content-the-fake-news-post-pic-price = 24.99
content-the-fake-news-post-pic-buy = اشترِ الآن

# العب في الجهة الأخرى: اصنع منشورًا صحيًا مضلِّلًا، ثم انظر إليه من الجهة المقابلة.
content-the-fake-news-post-craft-intro = كيف تُصنع منشورات كهذه؟ لجولة واحدة، سنلعب في الجهة الأخرى. إنه مجرّد تدريب، ولن يُنشر شيء: معرفة الحيل تجعل كشفها أسهل بكثير.
content-the-fake-news-post-craft = لنتخيّل صفحة صحية مختلَقة بإدارتك. في منشورك مكان لجزأين فقط. لنقرأ عمّن سيراه، ثم نختار ما قد يخدع كلّ واحد منهم.
content-the-fake-news-post-craft-what = منشور لصفحة مختلَقة اسمها «معجزات الصحة اليومية»
content-the-fake-news-post-t-crowd = أكثر من مليوني شخص يقسمون بفائدته
content-the-fake-news-post-t-crowd-why = الجمهور: «الملايين يقسمون به» تجعل الناس دليلًا، ولا أحد يستطيع عدّهم. كيف تنكشف: ما ينتشر كثيرًا ليس بالضرورة صحيحًا.
content-the-fake-news-post-t-coat = صورة «طبيب» مبتسم بمعطف أبيض، والزجاجة في يده
content-the-fake-news-post-t-coat-why = سلطة مزيّفة: المعطف الأبيض يستعير الثقة. كيف تنكشف: هل اسم الطبيب مذكور؟ هل تقول صفحته الحقيقية الشيء نفسه؟ الزيّ ليس مصدرًا.
content-the-fake-news-post-t-hurry = شاركوه خلال الساعة القادمة، قبل أن يحذفوه!
content-the-fake-news-post-t-hurry-why = الاستعجال: «الساعة القادمة» لا تترك وقتًا للتفكير. كيف ينكشف: الخبر الصحي الحقيقي يبقى صحيحًا غدًا. العدّ التنازلي سبب للتمهّل.
content-the-fake-news-post-t-secret = الحقيقة التي يخفونها تُمرض عائلتك!
content-the-fake-news-post-t-secret-why = المشاعر: الخوف والغضب يسبقان التفكير. كيف تنكشف: إذا جعل منشورٌ قلبك يخفق بسرعة، فهذه لحظة التوقّف قبل المشاركة.
content-the-fake-news-post-t-study = رابط إلى الدراسة كاملة، ليرى القرّاء الأمر بأنفسهم
content-the-fake-news-post-t-study-why = صادق: المصدر الحقيقي لا يخدع أحدًا، لأن القرّاء يتبعونه فيرون أن الادّعاء غير موجود فيه. الأخبار الصحية الحقيقية تذكر دائمًا مصدرها.
content-the-fake-news-post-t-free = زجاجة مجانية لأول 100 شخص يشاركون
content-the-fake-news-post-t-free-why = جائزة: الهدايا مقابل المشاركة تنشر المنشور بسرعة، وغالبًا ما تكون أجمل من أن تكون حقيقية. كيف تنكشف: ماذا تكسب الصفحة من مشاركتك؟
content-the-fake-news-post-t-honest = بصراحة: لن يشفي كل شيء، اسألوا طبيبكم أولًا
content-the-fake-news-post-t-honest-why = صادق: «اسألوا طبيبكم» ترسل القرّاء إلى من يعرف، فتتوقّف الحيلة عن العمل. لهذا تحذف المنشورات المزيّفة هذا السطر.
content-the-fake-news-post-p-joe = الجدّ يوسف
content-the-fake-news-post-p-joe-about = يثق بالزيّ الرسمي واللقب: «درسوا سنوات، فهم يعرفون»
content-the-fake-news-post-p-joe-why = الجدّ يوسف يحترم من درسوا وتدرّبوا، وهذا حكيم عادةً. المزيّف يستعير المعطف الأبيض فحسب. ما يحميه: أن يتأكد أن الطبيب مذكور باسمه وموجود فعلًا، أو أن يسأل طبيبه.
content-the-fake-news-post-p-maya = مايا، 14 سنة
content-the-fake-news-post-p-maya-about = خائفة على أخيها الصغير الذي يمرض كثيرًا؛ تتصرّف فور أن تقرأ
content-the-fake-news-post-p-maya-why = مايا تحب أخاها، والقلق على من نحب يجعل أيّ أحد يتصرّف بسرعة. الادّعاءات المخيفة و«افعلها الآن» تصيب هذا تمامًا. التمهّل هو أفضل حماية لها.
content-the-fake-news-post-p-sam = سامي، 15 سنة
content-the-fake-news-post-p-sam-about = يساير أصحابه، ويغضب بسرعة من أي ظلم
content-the-fake-news-post-p-sam-why = سامي يساير أصحابه ويكره الظلم. «الجميع يشاركه» وصيحة «يخفون عنك الحقيقة» تلعبان على هذا، فيشارك الناس قبل أن يتحقّقوا. هكذا صُنع المنشور، والذنب ليس ذنب سامي.
content-the-fake-news-post-craft-turn = والآن لنقلب الصورة: هذه الحيل موجّهة إليك كل يوم. معطف أبيض، سرّ مخيف، عدّ تنازلي: الحل التوقّف، والتحقّق من المصدر خارج المنشور، وسؤال شخص موضع ثقتك، والإبلاغ عن المزيّف.
content-the-fake-news-post-craft-back = عدت إلى { $app }، والمنشور ما زال في مجموعة صفّك: «طبيب التلفزيون»، وسرّ كبير، و«شاركوا قبل أن يُحظر». هذه الحركات صارت مكشوفة لك الآن.
content-the-fake-news-post-remember = قبل المشاركة، التحقّق ممّن يقف وراء المنشور وماذا يقول المصدر الحقيقي: التعليقات والمشاركات لا تثبت شيئًا. والأفضل تصحيح الخطأ للأصدقاء على انفراد، والإبلاغ عن المنشورات الكاذبة.
content-the-fake-news-post-part-photo = صورة: { $doctor } مع زجاجة، وملصقها ملصوق بشكل مائل
content-the-fake-news-post-feedback-part-photo = نظرة عن قرب: ملصق مائل كأنه أُلصق فوق الصورة علامة على صورة معدّلة. أي شخص يستطيع نسخ صورة طبيب حقيقي ولصق منتجه فيها.

content-the-fake-news-post-check-choice = هناك شيء غير صحيح. لكن أسئلة { $friend } لا تتوقف: هل شاركته؟ ما اختيارك؟
content-the-fake-news-post-choice-comments = سأتحقق من التعليقات لأرى إن نجح مع الناس.
content-the-fake-news-post-feedback-comments = عدم المشاركة حتى الآن ذكي. لكن التعليقات تحت المنشور نفسه، وأي شخص يستطيع أن يكتب «نجح معي»، ومن كتبها مجهول. البحث يكون خارج المنشور.
content-the-fake-news-post-choice-search = سأبحث عن الطبيب والادّعاء في نافذة أخرى للتحقق.
content-the-fake-news-post-feedback-search = هذه هي القراءة الجانبية، وهي ما يفعله مدقّقو الحقائق: ترك المنشور، والنظر فيما تقوله مصادر أخرى عن الطبيب والادّعاء. حساب عمره 6 أيام لا يستطيع تزييف ذلك.
content-the-fake-news-post-choice-share = قاله طبيب حقيقي، إذن هو آمن. سأشاركه الآن.
content-the-fake-news-post-feedback-share = فرصة لنتعلّم: المنشور يقول فقط إن طبيبًا قال ذلك. وهو من حساب عمره 6 أيام ومعه رابط متجر. الرغبة في المساعدة لطيفة: التحقّق أولًا، ثم القرار.

content-the-fake-news-post-c-comments = أعلى التعليقات تقول: «نجح معي!!» و«شفى ابن عمي!». كاتبوها مجهولون، وصحّة أي منها ما زالت مجهولة.
content-the-fake-news-post-c-search = وجدتها! الصفحة الحقيقية لـ{ $doctor } تقول: «لم أقل هذا أبدًا. الاعتماد على هذا المشروب وحده لمدة 3 أيام خطير.» وصفحة جهة صحية تقول إنه لا يوجد علاج كهذا.
content-the-fake-news-post-pic-search = { $doctor } Glow Tonic
content-the-fake-news-post-pic-doctor = { $doctor }
content-the-fake-news-post-pic-quote = لم أقل هذا أبدًا.
content-the-fake-news-post-pic-quote-more = الاعتماد على هذا المشروب وحده لمدة 3 أيام خطير.
content-the-fake-news-post-pic-service = هيئة الصحة
content-the-fake-news-post-pic-service-says = لا يوجد علاج كهذا.

content-the-fake-news-post-sort = الآن وقد انكشفت الحيلة، لنلقِ نظرة على بقية صفحتك قبل العودة إلى مجموعة الصف. أين مكان كل منشور؟
content-the-fake-news-post-post-weather-from = هيئة الأرصاد في المدينة
content-the-fake-news-post-post-weather = تحذير من موجة حرّ يومَي الأحد والاثنين، والحرارة تصل إلى 38 درجة. اشربوا الماء كثيرًا، وابقوا في الظل وقت الظهيرة، واطمئنّوا على جيرانكم المسنّين.
content-the-fake-news-post-post-weather-why = منشور جيد للمشاركة: إنه من حساب هيئة الأرصاد نفسها، والأخبار تقول الشيء نفسه، ونصائحه بسيطة ولا يبيع شيئًا. قد يساعد جدّة أحدهم في يوم حار.
content-the-fake-news-post-post-rumour-from = kiki.on.the.bus
content-the-fake-news-post-post-rumour = يبدو أن العطلة الصيفية ستُقصَّر أسبوعين في السنة القادمة. أمّ صديقي تعمل في مدرسة، وسمعت ذلك في غرفة المعلّمين.
content-the-fake-news-post-post-rumour-why = هذا يحتاج إلى تحقّق أولًا: «أحدهم سمع» ليس مصدرًا. لو كان صحيحًا، لأعلنته المدرسة أو إدارة التعليم على صفحاتها الرسمية.
content-the-fake-news-post-post-tonic-from = Glow Deals Today
content-the-fake-news-post-post-tonic = ‏Glow Tonic غيّر حياتي! انظروا، الزجاجة تظهر حتى في هذه الصورة مع { $doctor }. استخدموا كودي GLOW50 لنصف السعر، اليوم فقط.
content-the-fake-news-post-post-tonic-why = لقد تحقّقت من هذا من قبل: الصفحة الحقيقية لـ{ $doctor } تقول إنه كاذب. وكود الخصم و«اليوم فقط» يجعلانه إعلانًا، لا خبرًا.
content-the-fake-news-post-post-friend-from = { $friend }
content-the-fake-news-post-post-friend = تحية لابنة خالتي الصغيرة! نجحت اليوم في اختبار السباحة بعد سنة كاملة من المحاولة والتدريب. كلّنا فخورون بكِ يا بطلة!
content-the-fake-news-post-post-friend-why = منشور جيد للمشاركة: إنه لطيف وصحيح، ونُشر ليفرح به الجميع. التحقّق بعناية لا يعني الشك في كل شيء.
content-the-fake-news-post-post-poll-from = الصفحة الرسمية للصف التاسع ب
content-the-fake-news-post-post-poll = تصويت: مَن أكثر شخص مزعج في الصف التاسع ب؟ جود متقدّمة بفارق كبير حتى الآن. صوّتوا وشاركوا، والنتائج آخر الأسبوع!
content-the-fake-news-post-post-poll-why = هذا لا يُشارَك: الاسم الذي يبدو رسميًا لا يغيّر شيئًا. التصويت موجود ليُشعر جود بأنها صغيرة، وكل مشاركة تزيد التنمّر عليها. الإبلاغ عنه طريقة هادئة للوقوف إلى جانبها.
content-the-fake-news-post-post-library-from = مكتبة الوادي الأخضر
content-the-fake-news-post-post-library = غرفة اليافعين الجديدة تفتح السبت القادم: ركن للألعاب، ومكان هادئ للدراسة، وطابعة ثلاثية الأبعاد يمكنكم تجربتها. سجّلوا لدى الأستاذة سلمى عند مكتب الاستقبال أو على موقعنا!
content-the-fake-news-post-post-library-why = لا بأس بمشاركته: إنه من حساب المكتبة نفسها، ويمكنك التأكّد منه على موقعها أو عند المكتب، وهو خبر جميل لكل من في عمرك.

content-the-fake-news-post-c-share = مشاركتك تحصل على 30 إعجابًا. ثم تصلك رسالة من ابن عمك الأصغر: «هل أتوقّف عن الأكل وأشرب هذا المشروب فقط؟ أنت شاركته، إذًا لا بد أنه صحيح.»

content-the-fake-news-post-still-unsure = هل شاركته؟؟ خالتي ستطلب العدّة الليلة!
content-the-fake-news-post-choice-unsure-share = ناس كثيرون يقولون إنه نجح. أنا أثق بهم. سأشاركه!
content-the-fake-news-post-feedback-unsure-share = فرصة لنتعلّم: التعليقات والمشاركات يمكن تزييفها، وكثرتها لا تجعل الادّعاء صحيحًا. صفحة الطبيب نفسه أو جهة صحية تخبرك أكثر.
content-the-fake-news-post-choice-unsure-search = لحظة. سأبحث أولًا عمّا يقوله { $doctor } للتحقق.
content-the-fake-news-post-feedback-unsure-search = نعم. التعليقات لا تثبت ادّعاءً صحيًا، لكن صفحة الطبيب نفسه أو جهة صحية تثبت. الخروج من المنشور هو طريقة التحقّق الحقيقية.

content-the-fake-news-post-kind-choice = في مجموعة الصف، يسخر الجميع من { $friend }: «هههه أي شيء يُصدَّق عندك»، «سذاجة من الطراز الأول». ولا صوت لـ{ $friend } بعدها.
content-the-fake-news-post-pic-group = مجموعة الصف
content-the-fake-news-post-pic-joke1 = هههه أي شيء يُصدَّق عندك
content-the-fake-news-post-pic-joke2 = سذاجة من الطراز الأول
content-the-fake-news-post-choice-post-page = سأنشر الصفحة الحقيقية في المجموعة كي أساعد الجميع.
content-the-fake-news-post-feedback-post-page = إيقاف الخبر المزيّف مهم. لكن نشره بينما الجميع يسخرون من { $friend } يزيد الطين بلّة. رسالة خاصة أولًا ألطف، وتنجح أكثر.
content-the-fake-news-post-choice-laugh = سأرسل وجهًا يضحك حتى البكاء، مثل الباقين.
content-the-fake-news-post-feedback-laugh = فرصة لنتعلّم: السخرية الجماعية تحوّل الخطأ إلى إهانة، ومن يشعر أن الناس يضحكون عليه نادرًا ما يغيّر رأيه. اللطف ينجح أكثر.
content-the-fake-news-post-choice-dm-page = سأرسل صفحة الطبيب إلى { $friend } في رسالة، بلا سخرية.
content-the-fake-news-post-feedback-dm-page = لطف وذكاء. رسالة على انفراد مع المصدر الحقيقي تسمح لـ{ $friend } بتغيير الرأي دون جمهور. أي شخص قد ينخدع بخبر مزيّف متقن.

content-the-fake-news-post-c-post-page = يتوقّف الناس عن المشاركة. لكن النكات تزداد: «حتى أصدقاؤك يرونك ساذجًا هههه». وتُحذف مشاركة { $friend }، ويسود الصمت.
content-the-fake-news-post-c-laugh = وجهك الضاحك يحصد 20 ضحكة. ثم تخلو مجموعة الصف من { $friend }. وبعدها تصلك رسالة: «ظننت أن بيننا صداقة. وخالتي ما زالت تريد أن تجرّبه.»
content-the-fake-news-post-c-dm-page = يا إلهي. شكرًا على رسالتك بلا سخرية. حذفت مشاركتي.
content-the-fake-news-post-c-dm-page-quiz = وكان معك حق في تطبيق الاختبار أيضًا. سأتحقق معك قبل أن أشارك أي شيء، أعدك.

content-the-fake-news-post-aunt = خالتي طلبت العدّة بالفعل. ستبدأ غدًا ولا تسمع مني...
content-the-fake-news-post-choice-aunt-report = سأبلغ عن المنشور، وأرسل لها صفحة الطبيب.
content-the-fake-news-post-feedback-aunt-report = رائع. الإبلاغ عن الادّعاءات الصحية الكاذبة يساعد { $app } على حذفها، وكلام الطبيب نفسه قد يصل إلى الخالة حيث لا يصل القلق.
content-the-fake-news-post-choice-aunt-choice = حذفت المشاركة. ما تشربه هو قرارها، صحيح؟
content-the-fake-news-post-feedback-aunt-choice = حذف المشاركة كان جيدًا. لكن المنشور ما زال يبيع العدّة، والخالة لم ترَ الحقائق. الإبلاغ عنه وإرسال الصفحة الحقيقية لها قد يحميانها.
content-the-fake-news-post-choice-aunt-try = سأخبرها أن تجرّبه. ثلاثة أيام لن تضرّ أحدًا.
content-the-fake-news-post-feedback-aunt-try = فرصة لنتعلّم: الاكتفاء بمشروب واحد 3 أيام قد يُمرض الإنسان، والعلاج المزيّف قد يحلّ محلّ الرعاية الحقيقية. في الصحة، المرجع طبيب أو جهة صحية.

content-the-fake-news-post-c-aunt-report = أرسلتها لها! ستسأل طبيبها أولًا. وأبلغت عن المنشور أيضًا
content-the-fake-news-post-c-aunt-choice = في اليوم التالي، تصلك رسالة من { $friend }: «خالتي بدأت المشروب. تشعر بدوار وضعف.»
content-the-fake-news-post-c-aunt-try = تبدأ الخالة المشروب وتترك وجباتها. والمنشور المزيّف يواصل الوصول إلى عائلات أخرى.

content-the-fake-news-post-aunt-dizzy = تقول إنه مجرد «تخلّص من السموم». هل أقلق؟؟
content-the-fake-news-post-choice-dizzy-detox = التخلّص من السموم يُتعب، صحيح؟ لتنتظر يومًا.
content-the-fake-news-post-feedback-dizzy-detox = فرصة لنتعلّم: «التخلّص من السموم» كلمة تستخدمها العلاجات المزيّفة لتبرير علامات خطر حقيقية. الدوار والضعف يعنيان طبيبًا الآن. البالغ موضع ثقتك يساعد.
content-the-fake-news-post-choice-dizzy-water = سأخبرها أن تصبر. لا داعي لإقلاق { $adult }.
content-the-fake-news-post-feedback-dizzy-water = فرصة لنتعلّم: «اصبري» هي بالضبط ما يريده المنشور المزيّف. الدوار علامة تحذير من الجسم. هذا بالضبط وقت إخبار { $adult }: المطلوب بالغ وطبيب.
content-the-fake-news-post-choice-dizzy-adult = نعم! سنطلب من { $adult } الاتصال بها فورًا.
content-the-fake-news-post-feedback-dizzy-adult = قرار صائب. حين تكون صحة أحد في خطر، يستطيع البالغ أن يتصرّف بسرعة: يتصل بالخالة أو بطبيب أو بخط صحي. والإبلاغ عن المنشور معًا يمنعه من الوصول إلى غيرها.

content-the-fake-news-post-c-dizzy-detox = تنتظران. ينتهي الأمر بالخالة عند الطبيب، ضعيفة ودائخة، والمنشور ما زال ينتشر.
content-the-fake-news-post-c-dizzy-water = تستمر. وفي المساء تحتاج إلى طبيب، والمنشور المزيّف ما زال يُشارَك.
content-the-fake-news-post-c-dizzy-adult = أحسنت حين أخبرتني. سأتصل بها الآن وآخذها إلى الطبيب. ثم نبلغ { $app } عن هذا المنشور معًا.

content-the-fake-news-post-fix-choice = أوه لا. الناس يثقون بمشاركاتك، لذا يبدو لهم الخبر المزيّف منك صحيحًا. لم يفت الأوان لإصلاح الأمر. ما اختيارك؟
content-the-fake-news-post-choice-fix-leave = سأتركه. الناس يستطيعون التحقق بأنفسهم، صحيح؟
content-the-fake-news-post-feedback-fix-leave = فرصة لنتعلّم: ابن عمك صدّقه لأنك شاركته، ومعظم الناس لا يتحقّقون. المنشورات الصحية الكاذبة تؤذي فعلًا. لا بأس بتغيير الرأي.
content-the-fake-news-post-choice-fix-tell = سأكتب لابن عمي «إنه كاذب!» وأُري { $adult } المنشور.
content-the-fake-news-post-feedback-fix-tell = هكذا يُصلَح الأمر. ابن عمك يسمع الحقيقة منك، والبالغ موضع ثقتك يتأكد أنه بخير ويساعد في الإبلاغ. الجميع ينخدعون أحيانًا.
content-the-fake-news-post-choice-fix-delete = سأحذف مشاركتي بهدوء، ولن أخبر { $adult } بشيء.
content-the-fake-news-post-feedback-fix-delete = الحذف يوقف انتشاره منك. لكن ابن عمك وآخرين رأوه من قبل، وربما يصدّقونه. تصحيح قصير وإخبار { $adult } يحميانهم.

content-the-fake-news-post-c-fix-leave = مشاركتك تواصل جمع الإعجابات. ابن عمك يترك العشاء من أجل المشروب، وثلاثة أصدقاء آخرين يشاركونه من صفحتك.
content-the-fake-news-post-c-fix-delete = تختفي مشاركتك. لكن في الصباح التالي، تصلك رسالة من ابن عمك: «تركت الفطور. سأبدأ المشروب اليوم!»

content-the-fake-news-post-fix-again = ابن عمك ما زال يصدّقه، لأنه جاء منك. ماذا الآن؟
content-the-fake-news-post-choice-again-wait = إنه فطور واحد فقط. سأخبر { $adult } غدًا.
content-the-fake-news-post-feedback-again-wait = فرصة لنتعلّم: وجبة متروكة واحدة قد تصبح ثلاثة أيام. ابن عمك يثق بك، فكلامك يستطيع إيقاف هذا الآن، و{ $adult } يستطيع المساعدة اليوم لا غدًا.
content-the-fake-news-post-choice-again-tell = سأتصل بابن عمي الآن، وأطلب تدخّل { $adult }.
content-the-fake-news-post-feedback-again-tell = أصلحت الأمر. ابن عمك يعرف أنه مزيّف، والبالغ يتأكد أنه بخير ويساعد في الإبلاغ عن المنشور. الاعتراف بالخطأ شجاعة.

content-the-fake-news-post-c-again-wait = عند الظهر يرتجف ابن عمك، وقد شارك المنشور مع أصدقائه.

content-the-fake-news-post-repair = مشاعر { $friend } مجروحة، والخبر المزيّف ما زال منتشرًا. ما اختيارك؟
content-the-fake-news-post-choice-repair-report = سأعتذر، وأرسل الصفحة الحقيقية، وأبلغ عن المنشور.
content-the-fake-news-post-feedback-repair-report = أصلحت الأمر. الاعتذار الصادق والمصدر الحقيقي يصلحان الصداقة، والإبلاغ عن المنشور يمنع الخبر المزيّف من الوصول إلى المزيد من الناس.
content-the-fake-news-post-choice-repair-joke = على مهلك، كانت مجرد مزحة. أخبرك بصدق: الكل كان يضحك.
content-the-fake-news-post-feedback-repair-joke = فرصة لنتعلّم: المزحة تكون مزحة فقط حين يضحك الجميع، ومنهم الشخص المقصود بها. لم يفت الأوان أبدًا للاعتذار.

content-the-fake-news-post-c-repair-report = حسنًا. شكرًا على اعتذارك، هذا يعني لي الكثير. سأُري خالتي الصفحة الحقيقية. وأبلغت عنه أنا أيضًا.
content-the-fake-news-post-c-repair-joke = لا ردّ من { $friend }. ولا عودة إلى مجموعة الصف، ولا معرفة بما هو صحيح.

content-the-fake-news-post-adult-helps = شكرًا لأنك أخبرتني، هذا احتاج إلى جرأة. اتصلت بابن عمك وهو بخير. والآن لنبلغ { $app } عن المنشور وننشر تصحيحًا قصيرًا.

content-the-fake-news-post-end-safe = تحقّقت قبل أن تصدّق، وساعدت { $friend } بالحقائق، وتأكدت أن العلاج المزيّف أُبلغ عنه وأن الخالة حصلت على نصيحة طبية حقيقية.
content-the-fake-news-post-end-recovered = ساءت الأمور للحظة، لكنك تحمّلت المسؤولية: أوصلت الحقيقة لمن يثقون بك، وأُبلغ عن المنشور المزيّف. هذا يحتاج إلى شجاعة أكبر من عدم الخطأ أبدًا.
content-the-fake-news-post-end-mocked = الإهانة تثقل { $friend }، والخبر المزيّف ما زال مصدَّقًا إلى حدّ ما. الخبر المزيّف ليس ذنبك، ولم يفت الأوان أبدًا. الحل: الاعتذار، وإرسال الصفحة الحقيقية، وطلب المساعدة من بالغ موضع ثقتك.
content-the-fake-news-post-end-harmful = العلاج المزيّف يواصل الانتشار، والناس يجرّبونه بدل الرعاية الحقيقية. الانخداع ليس ذنبك، ولم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك، وسيساعدك، وعلى الإبلاغ عن المنشور.
