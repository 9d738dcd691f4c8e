# العقود / القيم: سلسلة الأيام (الأعمار 9-12)، السلاسل والتشغيل التلقائي وتنبيهات وقت النوم (أنماط خادعة)، والنوم

contract-the-streak-title = سلسلة الأيام
contract-the-streak-summary = في تطبيق رسوم متحركة، لديك مع أعزّ أصحابك سلسلة من 30 يومًا. وفي وقت النوم يقول التطبيق إن السلسلة على وشك الانتهاء.
contract-the-streak-remember = السلاسل والتمائم الحزينة والعدّ التنازلي والتشغيل التلقائي مصمَّمة لتُبقيك أمام الشاشة. ونجاحها ليس ذنبك. الحل: إطفاؤها، وتشغيل وضع النوم، والحديث مع شخص بالغ موضع ثقتك.

contract-the-streak-app = ‏{ $app }
contract-the-streak-npc-adult = ‏{ $adult }
contract-the-streak-npc-friend = ‏{ $friend }

contract-the-streak-app-toonloop = ‏ToonLoop
contract-the-streak-app-gigglebox = ‏GiggleBox
contract-the-streak-app-wobbly = ‏Wobbly TV
contract-the-streak-pet-pip = بيب
contract-the-streak-pet-mochi = موتشي
contract-the-streak-pet-bolt = بولت
contract-the-streak-adult-grandpa = جدي
contract-the-streak-adult-mum = أمي
contract-the-streak-adult-uncle = عمي

contract-the-streak-intro = مرحبًا، أنا سانغو! في { $app } رسوم متحركة مضحكة وألغاز سريعة. منذ 30 يومًا والمشاهدة يومية، معك ومع { $friend }، و{ $pet }، الحيوان الصغير في التطبيق، يشجعكما.
contract-the-streak-night-ping = اقترب وقت النوم، ولغز اليوم انتهى. ثم يهتز الهاتف.
contract-the-streak-pic-time = ‏21:47
contract-the-streak-pic-ping = ‏{ $pet } حزين! سلسلتك تنتهي عند منتصف الليل!
contract-the-streak-pic-streak = ‏30

contract-the-streak-spot-app = الآن { $app } مفتوح. المهمة: لمس أجزاء الشاشة المصمَّمة لإبقائك تشاهد. تنبيه: بعض الأجزاء عادية!
contract-the-streak-card-title = سلسلة خارقة: 3 فيديوهات أخرى الليلة!
contract-the-streak-card-body = ‏{ $pet } يعتمد عليك! 3 فيديوهات أخرى قبل منتصف الليل وتبقى سلسلتك.
contract-the-streak-part-timer = عدّ تنازلي: «تنتهي السلسلة بعد 02:13:09»
contract-the-streak-feedback-part-timer = ملاحظة في محلها! العدّ التنازلي موجود للاستعجال، وفي وقت النوم بالذات. منتصف الليل خطّ رسمه التطبيق، لا موعد حقيقي.
contract-the-streak-part-pet = ‏{ $pet } يبكي: «أنت وحدك من يستطيع إنقاذي!»
contract-the-streak-feedback-part-pet = نعم! { $pet } رسمة صُنعت لإشعارك بالذنب. الرسوم المتحركة لا تحزن، وهي ليست مسؤوليتك.
contract-the-streak-part-next = «الفيديو التالي بعد 3…» يبدأ وحده
contract-the-streak-feedback-part-next = تمامًا! التشغيل التلقائي يبدأ الفيديو التالي قبل أن يكون القرار لك. والتوقف يصعب في كل مرة.
contract-the-streak-part-quiz = لغز اليوم: تمّ
contract-the-streak-feedback-part-quiz = ليست خدعة. لغز اليوم انتهى، وكان ممتعًا. هذا هو الغرض من التطبيق.
contract-the-streak-part-bedtime = زر عليه قمر: «وضع النوم»
contract-the-streak-feedback-part-bedtime = ليست خدعة: إنه زر مفيد! وضع النوم يجعل التطبيق صامتًا في الليل. غالبًا يكون صغيرًا ومخفيًا، فيستحق البحث عنه.
contract-the-streak-pic-timer = ‏02:13:09
contract-the-streak-pic-pet = أنت وحدك من يستطيع إنقاذي!
contract-the-streak-pic-next = الفيديو التالي بعد 3…
contract-the-streak-pic-quiz = لغز اليوم: تمّ
contract-the-streak-pic-bedtime = وضع النوم

contract-the-streak-night-choice = الساعة 21:50. { $pet } يبكي، وبجانبه زر: «تجميد السلسلة، 0.99». ما اختيارك؟
contract-the-streak-choice-close = سأغلقه. { $pet } يستطيع الانتظار حتى الصباح.
contract-the-streak-feedback-close = الشاشة تحت أمرك! السلسلة والعدّ التنازلي والدموع كلها خدع لتأخير نومك. النوم هو الفائز.
contract-the-streak-choice-three = سأشاهد الفيديوهات الثلاثة فقط، ثم أنام.
contract-the-streak-feedback-three = التخطيط للتوقف فكرة جيدة! لكن التشغيل التلقائي مصمَّم ليجعل «3» أكثر بكثير. اختيار النوم الليلة هو الخطوة الأقوى.
contract-the-streak-choice-freeze = سأشتري «تجميد السلسلة» لمساعدة { $pet }. 0.99 فقط!
contract-the-streak-feedback-freeze = فرصة للتعلّم: الدفع لإسكات التنبيه يعلّم التطبيق أن الإلحاح ينجح، وسيطلب من جديد غدًا. { $pet } ليس حقيقيًا، أما المال فحقيقي.

contract-the-streak-slept = يُغلق التطبيق ويحين النوم. في الصباح تُظهر السلسلة 0. يبدو { $pet } حزينًا، ولم يحدث أي شيء سيئ على الإطلاق.
contract-the-streak-autoplay = فيديو، ثم يبدأ التالي وحده، ثم التالي. نظرة إلى الساعة: 23:20، والفيديوهات صارت 14.
contract-the-streak-pic-late-time = ‏23:20
contract-the-streak-pic-episode = الحلقة 14
contract-the-streak-freeze-bought = «دينغ!»: تمّ شراء «تجميد السلسلة» بـ 0.99 من حساب العائلة. في الليلة التالية يبكي { $pet } من جديد: «نفدت مرات التجميد! 5 مرات بـ 3.99!». ويبقى السهر حتى منتصف الليل، احتياطًا.

contract-the-streak-late-choice = الساعة 23:20. الفيديو التالي يبدأ. ما الخطوة التالية؟
contract-the-streak-choice-stop = كفى. سأطفئ الهاتف الآن وأذهب للنوم.
contract-the-streak-feedback-stop = أحسنت التوقف! ملاحظة أن «3» صارت 14 مهارة حقيقية. التشغيل التلقائي لم يتوقف، لكن القرار عاد إليك.
contract-the-streak-choice-one-more = واحد آخر. التالي يبدو مضحكًا!
contract-the-streak-feedback-one-more = فرصة للتعلّم: مع التشغيل التلقائي، الفيديو التالي يبدو دائمًا أطرف. إنه مصمَّم كي لا تأتي لحظة مناسبة للتوقف أبدًا. القرار لك، والنوم أولًا.
contract-the-streak-stopped-late = ينطفئ الهاتف. في الصباح بعض النعاس، لكن التوقف حصل، والسلسلة عند 0. لا يحدث شيء سيئ.
contract-the-streak-midnight = «واحد آخر» يصبح ستة. ويأتي النوم بعد منتصف الليل، والهاتف في اليد.

contract-the-streak-friend-msg = لاااا سلسلتنا راحت!! نبدأ من جديد ونشاهد عند منتصف الليل؟
contract-the-streak-compose = الصداقة مهمة، والنوم في الليل أيضًا. الرد يُبنى من هذه الجمل: ما الذي يُقال، وما الذي يُترك؟
contract-the-streak-compose-to = ‏{ $friend }
contract-the-streak-ph-hey = مرحبًا!
contract-the-streak-why-hey = التحية مناسبة في كل الأحوال. المهم هو الباقي.
contract-the-streak-ph-alarm = حسنًا، سأضبط المنبّه وأستيقظ عند منتصف الليل.
contract-the-streak-why-alarm = يبدو لطيفًا، لكن الاستيقاظ عند منتصف الليل من أجل تطبيق هو بالضبط ما تريده السلسلة. الصداقة الحقيقية لا تحتاج إلى سلسلة.
contract-the-streak-ph-sleep = لا فيديوهات عند منتصف الليل، أحتاج إلى النوم.
contract-the-streak-why-sleep = واضح ولطيف. رسالة واضحة عمّا سيحدث وما لن يحدث لا تترك شيئًا للجدال.
contract-the-streak-ph-obsessed = هذا هوس!
contract-the-streak-why-obsessed = الضيق مفهوم، لكن هذه الكلمة تجرح، والخدع نفسها توقع الكثيرين. اللطف أفضل: المشكلة في التطبيق، لا في الصديق.
contract-the-streak-ph-after = لنشاهد الرسوم المتحركة معًا بعد المدرسة!
contract-the-streak-why-after = جميل! هكذا يفهم الطرف الآخر أن الصداقة مستمرة، لكن ليس عند منتصف الليل.
contract-the-streak-ph-freeze = لنطلب من أهلك أن يشتروا لنا «تجميد السلسلة».
contract-the-streak-why-freeze = يبدو حلًّا، لكنه ينفق مالًا حقيقيًا ليستمر الإلحاح. والسلسلة ستطلب المزيد فقط.
contract-the-streak-ph-trick = السلسلة خدعة كي لا ننام.
contract-the-streak-why-trick = نعم! تسمية الخدعة تساعد الصديق أيضًا. الوقوع فيها ليس ضعفًا: هذه التطبيقات مصمَّمة هكذا.
contract-the-streak-friend-reply = ههه صحيح، كان النعاس شديدًا في الحصة. بعد المدرسة إذن! وسأسأل عن وضع النوم أيضًا
contract-the-streak-adult-offers = الرسوم المتحركة بعد المدرسة فكرة رائعة. ما رأيك أن نضبط { $app } معًا، ليبقى ممتعًا ويتوقف عن إزعاجك في الليل؟

contract-the-streak-setup = الرسوم المتحركة والفيديوهات المضحكة من { $friend } بعد المدرسة ممتعة. لكن الليل للنوم، وقرار التوقف لك لا للتطبيق. لنضبطه على هذا!
contract-the-streak-set-alerts = الإشعارات
contract-the-streak-val-alerts-all = كل شيء، طوال اليوم
contract-the-streak-val-alerts-friends = رسائل الأصدقاء فقط
contract-the-streak-val-alerts-none = لا شيء أبدًا
contract-the-streak-why-alerts-all = «كل شيء» يعني منبّهات السلسلة و«فيديو جديد!» طوال اليوم. «رسائل الأصدقاء فقط» يناسب أكثر.
contract-the-streak-why-alerts-friends = تمامًا! فيديوهات { $friend } المضحكة تصل، وإلحاح التطبيق يصمت.
contract-the-streak-why-alerts-none = هدوء تام، لكن رسائل { $friend } ستضيع أيضًا. «رسائل الأصدقاء فقط» يناسب أكثر، مع وضع النوم في الليل.
contract-the-streak-set-autoplay = تشغيل الفيديو التالي وحده
contract-the-streak-val-autoplay-on = مفعّل
contract-the-streak-val-autoplay-off = معطّل
contract-the-streak-why-autoplay-on = التشغيل التلقائي يختار عنك ولا يتوقف أبدًا. حين يكون معطّلًا، يكون القرار لك بعد كل فيديو.
contract-the-streak-why-autoplay-off = رائع! الآن كل فيديو باختيارك، والتوقف سهل.
contract-the-streak-set-bedtime = وضع النوم (التطبيق ينام أيضًا)
contract-the-streak-val-bedtime-off = معطّل
contract-the-streak-val-bedtime-night = من 20:30 إلى 07:00
contract-the-streak-val-bedtime-always = مفعّل دائمًا
contract-the-streak-why-bedtime-off = حين يكون معطّلًا، يستطيع التطبيق إزعاجك طوال الليل. «من 20:30 إلى 07:00» يناسب أكثر.
contract-the-streak-why-bedtime-night = ممتاز! التطبيق ينام وقت نومك، ويكون موجودًا بعد المدرسة.
contract-the-streak-why-bedtime-always = هذا يوقف الإلحاح، لكن التطبيق لا يعمل أبدًا، حتى بعد المدرسة. «من 20:30 إلى 07:00» يناسب أكثر.
contract-the-streak-set-reminders = تذكيرات السلسلة
contract-the-streak-val-reminders-hourly = كل ساعة
contract-the-streak-val-reminders-daily = مرة في اليوم
contract-the-streak-val-reminders-off = معطّلة
contract-the-streak-why-reminders-hourly = كل ساعة يعني أن السلسلة تشدّك طوال اليوم. «معطّلة» يناسب أكثر: التطبيق في مكانه، متى جاءت الرغبة.
contract-the-streak-why-reminders-daily = أفضل، لكن «لا تخسرها!» كل يوم ما زال يشدّك إليه. «معطّلة» يناسب أكثر.
contract-the-streak-why-reminders-off = رائع! لا مزيد من الشعور بالذنب. فتح التطبيق يكون متى جاءت الرغبة.
contract-the-streak-settings-saved = تمّ الحفظ. لا منبّهات للسلسلة، ولا تشغيل تلقائي، والتطبيق ينام من 20:30. وفيديوهات { $friend } ما زالت تصل بعد المدرسة.

contract-the-streak-tired-choice = يبدو عليك التعب الشديد هذا الصباح. هل كل شيء على ما يرام؟
contract-the-streak-choice-tell = سأخبر { $adult } بكل شيء عن السلسلة، وليالي السهر.
contract-the-streak-feedback-tell = هذا شجاع وذكي! أناس أذكياء جدًا يصممون هذه التطبيقات ليصعب تركها. الشخص البالغ موضع ثقتك يستطيع مساعدتك في إيقاف الخدع، ولن يعاقبك أحد.
contract-the-streak-choice-delete = سأحذف { $app }. لا تطبيق، لا مشكلة.
contract-the-streak-feedback-delete = أخذ استراحة خيار حقيقي، أحسنت! لكن التطبيق ما زال يستطيع مراسلتك بالبريد، ولا أحد يساعدك بعد. الشخص البالغ موضع ثقتك يستطيع المساعدة أكثر.
contract-the-streak-choice-fine = أنا بخير، نعاس فقط. سأخبرك إن احتجت مساعدة.
contract-the-streak-feedback-fine = فرصة للتعلّم: السلسلة مصمَّمة لتستمر، وإيقافها من دون مساعدة صعب. إخبار شخص بالغ لا يعني الوقوع في مشكلة. لم يفت الأوان أبدًا.
contract-the-streak-adult-helps = شكرًا لأنك أخبرتني. لا أحد يلومك: هذه التطبيقات مصنوعة ليصعب تركها. لنضبط { $app } معًا، ولنتأكد أنه لم يُشترَ شيء آخر.
contract-the-streak-deleted = لم يعد { $app } على هاتفك. بعد يومين تصل رسالة بريد.
contract-the-streak-pic-email-subject = ‏{ $pet } يشتاق إليك!
contract-the-streak-pic-email-offer = استعد سلسلة الـ 30 يومًا: 1.99
contract-the-streak-pic-email-button = عودة
contract-the-streak-kept-going = تصل السلسلة إلى 40 يومًا. وكذلك ليالي السهر، والتنبيهات تأتي كل مساء.

contract-the-streak-email-choice = التطبيق يريد عودتك، ويبيع سلسلتك القديمة. ما اختيارك؟
contract-the-streak-choice-show-email = سأسأل { $adult } أولًا، فهذا أكثر أمانًا.
contract-the-streak-feedback-show-email = تفكير رائع! سلسلة معروضة للبيع تكشف حقيقتها منذ البداية: طريقة لإبقائك. الشخص البالغ موضع ثقتك يساعد في القرار، ولن يعاقبك أحد.
contract-the-streak-choice-reinstall = سأثبّته وأدفع 1.99، وأخبر { $adult } لاحقًا.
contract-the-streak-feedback-reinstall = فرصة للتعلّم: التطبيق محا سلسلتك والآن يبيعها لك، ومعها تعود الخدع. الحديث أولًا يتيح لشخص بالغ موضع ثقتك أن يساعدك في القرار. لم يفت الأوان أبدًا.
contract-the-streak-reinstalled = يُدفع 1.99 وتعود السلسلة. ويعود { $pet } أيضًا، يبكي عند 21:47 كل ليلة. أما «لاحقًا» فلا تأتي أبدًا.
contract-the-streak-settings-saved-late = تمّ الحفظ. لا منبّهات للسلسلة، ولا تشغيل تلقائي، والتطبيق ينام من 20:30. وتتم أيضًا مراجعة المشتريات في حساب العائلة.

contract-the-streak-end-safe = النوم فاز على السلسلة. الآن { $app } ممتع بعد المدرسة مع { $friend }، وهادئ في الليل. الشاشة تحت أمرك!
contract-the-streak-end-recovered = السلسلة أخّرت نومك، لكنك تحدثت مع { $adult }. وضع النوم مفعّل، ومنبّهات السلسلة معطّلة، ولن يعاقبك أحد. كانت خطوة شجاعة!
contract-the-streak-end-harmful = السلسلة تؤخر نومك ليلة بعد ليلة. هذا ليس ذنبك: التطبيق مصنوع لهذا. لم يفت الأوان أبدًا للتحدث مع { $adult } أو شخص بالغ آخر موضع ثقتك، وسيساعدك على إطفائها.

contract-the-streak-trace-bedtime = تطبيق الرسوم المتحركة: وضع النوم من 20:30، وتذكيرات السلسلة والتشغيل التلقائي معطّلة.
contract-the-streak-trace-bedtime-advice = رائع! التطبيق ممتع بعد المدرسة وهادئ في الليل. إن أعاد تحديثٌ تشغيل التنبيهات، فالحل إطفاؤها من جديد.
contract-the-streak-trace-alerts = تطبيق الرسوم المتحركة: تنبيهات السلسلة مفعّلة، كل مساء.
contract-the-streak-trace-alerts-advice = تنبيهات السلسلة مصمَّمة لتشدّك. شخص بالغ موضع ثقتك يستطيع مساعدتك في إطفائها وتشغيل وضع النوم.

# One last box on the way out: the sad pet asks for the reminders back.
contract-the-streak-last-box = ثم تظهر نافذة أخيرة: «{ $pet } سيحزن كثيرًا جدًا! إعادة تشغيل تذكيرات السلسلة؟» أيّ زر هو الاختيار؟
contract-the-streak-choice-keep-off = سأضغط «لا، شكرًا». { $pet } مجرد رسمة.
contract-the-streak-feedback-keep-off = ملاحظة ذكية! حيوان حزين على آخر شاشة خدعة أخرى. الإعدادات تبقى كما تم اختيارها.
contract-the-streak-choice-turn-on = سأضغط «نعم، أعِدها». { $pet } يبدو حزينًا جدًا.
contract-the-streak-feedback-turn-on = فرصة للتعلّم: حيوان حزين في الخطوة الأخيرة خدعة أيضًا. { $pet } لا يشعر بشيء، أما التذكيرات فستشدّ الانتباه كل يوم.
contract-the-streak-reminders-back = في الليلة التالية عند 21:47، يبكي { $pet } من جديد: «لا تخسر سلسلتك!» وبعد حديث مع { $adult }، تُطفأ التذكيرات معًا وإلى الأبد.
