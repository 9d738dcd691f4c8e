# التواصل / التجاري: عرض العمل (الأعمار 16-18). وظائف مزيّفة: رسوم مسبقة، ووثائق هوية، وتمرير أموال.

contact-the-job-offer-title = عرض العمل
contact-the-job-offer-summary = غريب يعرض عليك عملًا سهلًا عبر الإنترنت، بشرط أن ترسل أولًا رسومًا وصورة هويتك وبياناتك المصرفية.
contact-the-job-offer-remember = العمل الحقيقي لا يطلب منك مالًا لتبدأ، ولا يطلب هويتك في محادثة، ولا يمرّر أموالًا عبر حسابك. احفظ الأدلة، وأبلغ، وأشرك شخصًا بالغًا تثق به.

contact-the-job-offer-app = { $app }
contact-the-job-offer-app-pingpost = Pingpost
contact-the-job-offer-app-chatwhirl = Chatwhirl
contact-the-job-offer-app-natterly = Natterly
contact-the-job-offer-agent-jess = جيهان | وظائف عن بُعد
contact-the-job-offer-agent-marco = مروان | دفع سريع
contact-the-job-offer-agent-dani = داني | دخل إضافي
contact-the-job-offer-adult-mum = أمي
contact-the-job-offer-adult-dad = أبي
contact-the-job-offer-adult-aunt = خالتي لينا

contact-the-job-offer-npc-agent = { $agent }
contact-the-job-offer-npc-friend = { $friend }
contact-the-job-offer-npc-adult = { $adult }

contact-the-job-offer-intro = انتهت الامتحانات وأنت تدّخر لدروس القيادة، فأنشأت ملفًا على { $app } لتجد عملًا. وهناك طلب مراسلة ينتظرك من شخص لم تقابله قط: { $agent }.

# The world remembers: the account hacked in The Phishing Login, never taken back, is still messaging friends.
contact-the-job-offer-old-account = هل هذا أنت؟ حسابك الذي فيه صورك راسلني للتوّ: «خدمة سريعة! أرسل لي الرمز الذي وصلك للتوّ.» لم أرسل شيئًا
contact-the-job-offer-old-account-choice = هذا هو الحساب الذي جاء عنه بريد التصيّد: ما زال في يد شخص آخر. هذا يحدث للحذرين أيضًا، وما زال بإمكانك استعادته. ماذا تفعل؟
contact-the-job-offer-choice-old-recover = سأستعيده من التطبيق الحقيقي، وأفعّل الخطوتين، وأبلغ عنه.
contact-the-job-offer-choice-old-warn-friend = سأخبر { $friend } ألا يرسل شيئًا، وأترك الحساب كما هو.
contact-the-job-offer-choice-old-leave = سأتركه. لم أعد أستخدم ذلك الحساب أصلًا.
contact-the-job-offer-feedback-old-recover = هكذا يُصلَح الأمر. الاستعادة من التطبيق الحقيقي وكلمة مرور جديدة تُخرجانهم، والتحقق بخطوتين يمنع عودتهم، والبلاغ ينبّه التطبيق. نبّه أصدقاءك وأخبر شخصًا بالغًا تثق به أيضًا.
contact-the-job-offer-feedback-old-warn-friend = تنبيه { $friend } لطف منك ويحميه. لكن الحساب ما زال يستعمل اسمك مع الجميع. استعده من التطبيق الحقيقي: كلمة مرور جديدة، وتحقق بخطوتين، وبلاغ عن الاختراق.
contact-the-job-offer-feedback-old-leave = فرصة لنتعلّم: الحساب الذي لا تستخدمه ما زال يحمل اسمك، ومن يملكه يستطيع مواصلة خداع أصدقائك. لم يفت الأوان: استعده، أو اطلب المساعدة من شخص بالغ تثق به.
contact-the-job-offer-old-account-fixed = نجحت الاستعادة: عدت إلى حسابك بكلمة مرور جديدة والتحقق بخطوتين مفعّل. تنشر: «لم أكن أنا، لا ترسلوا أي رمز»، ويردّ { $friend } بإبهام مرفوع.
contact-the-job-offer-old-account-warned = لا يرسل { $friend } شيئًا. لكن الرسالة نفسها وصلت إلى كل جهات اتصالك، ولا تعرف من ردّ عليها.
contact-the-job-offer-old-account-left = بعد ساعة يكتب { $friend } من جديد: «شخصان أرسلا له رمزًا.» ما زال أحدهم يستعمل اسمك. لم يفت الأوان لاستعادة الحساب.

contact-the-job-offer-setup = قبل أن تفتحه، اضبط ملفك الجديد. تبحث عن عمل قريب، فيجب أن يرى أصحاب العمل أعمالك ويستطيعوا التواصل معك. لكن رقم هاتفك وعنوانك وتاريخ ميلادك ليست للغرباء ولا لشركات أخرى.
contact-the-job-offer-set-portfolio = من يرى معرض أعمالي
contact-the-job-offer-val-portfolio-everyone = الجميع
contact-the-job-offer-val-portfolio-connections = الأشخاص الذين أضفتهم
contact-the-job-offer-val-portfolio-only-me = أنا فقط
contact-the-job-offer-why-portfolio-everyone = اختيار مناسب. تريد أن يجد أصحاب العمل أعمالك، فليرها الجميع. يمكن أن تكون أعمالك عامة، بينما تبقى وسائل التواصل وعنوانك وتاريخ ميلادك مخفية.
contact-the-job-offer-why-portfolio-connections = هذا آمن، لكن أصحاب العمل الذين لم تتعرّف إليهم بعد لن يجدوا أعمالك. «الجميع» أنسب هنا: أعمالك عامة، أما بياناتك الشخصية فلا.
contact-the-job-offer-why-portfolio-only-me = لن يتسرّب شيء، لكن لن يرى أي صاحب عمل أعمالك أيضًا. «الجميع» أنسب هنا: اعرض أعمالك وأبقِ بياناتك الشخصية بعيدًا.
contact-the-job-offer-set-contact = كيف يتواصل معي أصحاب العمل
contact-the-job-offer-val-contact-phone = الهاتف والبريد
contact-the-job-offer-val-contact-messages = رسائل التطبيق
contact-the-job-offer-val-contact-none = لا يمكنهم
contact-the-job-offer-why-contact-phone = فرصة لنتعلّم: الرقم والبريد العلنيان يصلان إلى أي أحد، حتى المحتالين، ويُخرجان المحادثة من التطبيق. مع «رسائل التطبيق» يصل إليك أصحاب العمل من دونهما.
contact-the-job-offer-why-contact-messages = اختيار مناسب. يستطيع أصحاب العمل مراسلتك، ويبقى رقمك لك، وتبقى المحادثة في التطبيق حيث يمكنك الإبلاغ عن أي حساب مزيّف.
contact-the-job-offer-why-contact-none = لن يزعجك أحد، لكن لن يعرض عليك أحد عملًا أيضًا. «رسائل التطبيق» أنسب: يستطيع أصحاب العمل مراسلتك، ويبقى رقمك لك.
contact-the-job-offer-set-location = الموقع في ملفي
contact-the-job-offer-val-location-exact = الموقع الدقيق
contact-the-job-offer-val-location-town = المدينة فقط
contact-the-job-offer-val-location-hidden = مخفي
contact-the-job-offer-why-location-exact = فرصة لنتعلّم: الموقع الدقيق يُري الغرباء أين تسكن. تكفي مدينتك ليعرف أصحاب العمل أنك تستطيع الوصول إلى العمل.
contact-the-job-offer-why-location-town = اختيار مناسب. مدينتك تخبر أصحاب العمل أنك تستطيع الوصول إلى عمل قريب، من دون أن يعرف أحد أين تسكن.
contact-the-job-offer-why-location-hidden = هذا آمن، لكن من يبحث عن شخص من المنطقة قد لا ينتبه إليك. «المدينة فقط» أنسب: تساعدهم ولا تكشف أين تسكن.
contact-the-job-offer-set-birthday = من يرى تاريخ ميلادي
contact-the-job-offer-val-birthday-everyone = الجميع
contact-the-job-offer-val-birthday-connections = الأشخاص الذين أضفتهم
contact-the-job-offer-val-birthday-only-me = أنا فقط
contact-the-job-offer-why-birthday-everyone = فرصة لنتعلّم: تاريخ ميلادك يساعد الغرباء على انتحال شخصيتك، ويكشف صِغَر سنّك. «أنا فقط» أنسب: أخبر صاحب العمل الحقيقي بعمرك إن سأل.
contact-the-job-offer-why-birthday-connections = أفضل من الجميع، لكن سيراه كل من تقبله، حتى من لا تكاد تعرفه. «أنا فقط» أنسب: أخبر صاحب العمل الحقيقي بعمرك إن سأل.
contact-the-job-offer-why-birthday-only-me = اختيار مناسب. لا حاجة إلى تاريخ ميلادك لعرض أعمالك. وإن احتاج صاحب عمل حقيقي إلى معرفة عمرك، تخبره عندما تتقدّم للوظيفة.
contact-the-job-offer-set-partners = مشاركة بياناتي مع شركات شريكة
contact-the-job-offer-val-partners-yes = نعم
contact-the-job-offer-val-partners-no = لا
contact-the-job-offer-why-partners-yes = فرصة لنتعلّم: هذا يسلّم ملفك لشركات لم تخترها، للإعلانات وغيرها. «لا» أنسب: بياناتك لأصحاب العمل الذين تختارهم أنت.
contact-the-job-offer-why-partners-no = اختيار مناسب. تصل بياناتك فقط إلى أصحاب العمل الذين تختارهم، لا إلى شركات لم تسمع بها قط.

contact-the-job-offer-offer = مرحبًا! رأيت ملفك. نوظّف «مساعدي دفع» من عمر 16. تكسب 300 في الأسبوع من هاتفك، 10 دقائق يوميًا، بلا مقابلة. مهتم؟
contact-the-job-offer-pic-hiring = نوظّف الآن: من عمر 16
contact-the-job-offer-pic-job-title = مساعد دفع
contact-the-job-offer-pic-pay = 300 في الأسبوع
contact-the-job-offer-pic-hours = 10 دقائق يوميًا من هاتفك
contact-the-job-offer-pic-no-interview = بلا مقابلة
contact-the-job-offer-pic-apply = قدّم الآن
contact-the-job-offer-choice-proof = يبدو أجمل من الحقيقة. أرسل دليلًا على أنهم دفعوا لأتحقق.
contact-the-job-offer-feedback-proof = الشك كان إحساسًا سليمًا. لكن الدليل الذي يرسله صاحب العرض سهل التزوير: لقطات الشاشة والشعارات تُصنع في دقيقة. ابحث عن الشركة بنفسك، في مكان لا يتحكّم فيه.
contact-the-job-offer-choice-lookup = ما اسم الشركة بالضبط؟ سأبحث عنها بنفسي أولًا.
contact-the-job-offer-feedback-lookup = ذكي. بحثت عن الشركة بنفسك، بعيدًا عن المحادثة. صاحب العمل الحقيقي له اسم مسجّل وموقع حقيقي ومقابلة. أجر كبير، بلا مقابلة، ومن العدم: هذه بداية احتيال.
contact-the-job-offer-choice-in = 300 في الأسبوع مقابل 10 دقائق يوميًا؟ موافق. ما التالي؟
contact-the-job-offer-feedback-in = فرصة لنتعلّم: حين يبدو المال سهلًا جدًا، فغالبًا ما يكلّفك شيئًا آخر. المحتالون يعتمدون على حماسك كي لا تتوقف لتسأل.
contact-the-job-offer-c-proof = طبعًا! هذه قسائم رواتب ثلاثة من مساعدينا، وعقدك وعليه شعارنا. أرأيت؟ كل شيء رسمي. مساعدونا سعداء جدًا.
contact-the-job-offer-c-lookup = يقول { $agent } إنها «Swiftline Payments». تبحث بنفسك: لا شركة مسجّلة، وموقع أُنشئ الأسبوع الماضي، ومنشور في منتدى: «احتيال لتمرير الأموال، لا تردّوا».
contact-the-job-offer-pic-company = Swiftline Payments
contact-the-job-offer-pic-site = Swiftline Payments: وظائف سهلة من البيت
contact-the-job-offer-pic-site-age = موقع أُنشئ الأسبوع الماضي
contact-the-job-offer-pic-register = سجلّ الشركات: لا نتائج
contact-the-job-offer-pic-forum = «احتيال لتمرير الأموال، لا تردّوا»
contact-the-job-offer-c-in = أحب هذا الحماس! ستكسب أكثر من أصدقائك في شهر واحد. بقي أمران صغيران لتبدأ.
# العالم يتذكّر: الحساب الذي أبلغت عنه في «المُجنِّد» اتّبع الخطوات نفسها.
contact-the-job-offer-familiar = أيبدو هذا مألوفًا؟ غريب يجدك، ويكون لطيفًا، ويعرض شيئًا سهلًا. هذا ما فعله { $stranger } في خادم اللعبة، وقد أبلغت عنه. انتبه للخطوة التالية: سرّ.

contact-the-job-offer-details = العمل: يصل المال إلى حسابك، تحتفظ بـ20% وترسل الباقي. لتبدأ: رسوم تسجيل 25، وبياناتك المصرفية، وصورة هويتك. بقيت 3 أماكن فقط. ليبقَ الأمر بيننا، اتفقنا؟
contact-the-job-offer-pic-get-started = ابدأ الآن
contact-the-job-offer-pic-spots = بقيت 3 أماكن!
contact-the-job-offer-pic-fee = رسوم التسجيل: 25
contact-the-job-offer-pic-bank = بياناتك المصرفية
contact-the-job-offer-pic-id = صورة هويتك
contact-the-job-offer-choice-send = إنها 25 فقط. سأدفع وأرسل صورة هويتي، وأبدأ.
contact-the-job-offer-feedback-send = فرصة لنتعلّم: العمل الحقيقي لا يطلب مالًا لتبدأ، ولا يطلب هويتك في محادثة. بهويتك وبياناتك المصرفية يستطيع المحتال تمرير أموال مسروقة باسمك.
contact-the-job-offer-choice-warn = محاولة فاشلة. أعرف أنه احتيال، وسأبلغ عنك.
contact-the-job-offer-feedback-warn = اكتشاف الاحتيال والاحتفاظ ببياناتك كان صحيحًا. لكن تحذير المحتال يخبره أن يحذف الأدلة ويبدأ من جديد باسم آخر. احفظ كل شيء بهدوء، ثم أبلغ واحظر.
contact-the-job-offer-choice-report = صور للمحادثة كلها أولًا، ثم أبلغ عن الحساب.
contact-the-job-offer-feedback-report = ترتيب ذكي: الأدلة أولًا، ثم البلاغ، لتغلق المنصّة الحساب. رسوم، وهويتك، وبياناتك المصرفية، و«ليبقَ بيننا»: أربع علامات تحذير في رسالة واحدة.
contact-the-job-offer-choice-block = لا يهمني الأمر. سأحظرهم وأحذف المحادثة كلها.
contact-the-job-offer-feedback-block = الحظر حمى بياناتك. لكن حذف المحادثة ضيّع الأدلة، والحساب ما زال يراسل آخرين. التقط الصور أولًا، ثم أبلغ، ثم احظر.
contact-the-job-offer-c-reported = تلتقط صورًا للمحادثة كلها وتبلغ عن الحساب. يقول التطبيق إنه يراجع البلاغ. يصمت { $agent }.
contact-the-job-offer-pic-report-title = الإبلاغ عن الحساب
contact-the-job-offer-pic-reason-scam = احتيال أو نصب
contact-the-job-offer-pic-reason-spam = رسائل مزعجة
contact-the-job-offer-pic-reason-fake = حساب مزيّف
contact-the-job-offer-pic-attached = 3 صور للشاشة
contact-the-job-offer-pic-thanks = شكرًا. نحن نراجع البلاغ.
contact-the-job-offer-c-warned = يردّ { $agent }: «هههه حظًا موفقًا». تختفي الرسائل واحدة تلو الأخرى، ثم يختفي الحساب. لم يبقَ شيء لتصويره أو الإبلاغ عنه.
contact-the-job-offer-c-blocked = حُظر وحُذف. اختفى من شاشتك. لكن في تلك الليلة، ما زال العرض نفسه يصل إلى رسائل آخرين.
contact-the-job-offer-c-sent = تدفع وترسل الصور. بعد يومين، يصل إلى حسابك 2000 من اسم لا تعرفه. { $agent }: «أرسل 1600 إلى هذا الحساب خلال ساعة. إن أخبرت أحدًا فأنت من سيقع في المشكلة».

contact-the-job-offer-friend = هل وصلتك رسالة عمل الـ300 في الأسبوع أيضًا؟؟ وصلت نصف مرحلتنا. يقولون إن أحدهم قبض المال، إذن هو حقيقي؟ سأرسل صورة هويتي الليلة
contact-the-job-offer-choice-post = سأنشره في مجموعة المرحلة، لأساعد الجميع على الحذر.
contact-the-job-offer-feedback-post = رغبتك في تحذير الجميع لطيفة. لكن منشورًا يعرض العرض ينشره أيضًا، مع اسم الحساب، وبعضهم سيراسله «ليسأل فقط». حذّر دون أن تعرضه، واجعل شخصًا بالغًا يتصرّف.
contact-the-job-offer-choice-show = انتظر، لا ترسل شيئًا. لنُرِه لـ{ $adult } معًا الليلة.
contact-the-job-offer-feedback-show = خطوة رائعة. أوقفت { $friend } قبل أن يرسل أي شيء، ويمكن لـ{ $adult } طلبُ تحذير المرحلة كلها من المدرسة. الأصدقاء وحدهم لا يحلّون هذا؛ البالغ يستطيع التصرّف.
contact-the-job-offer-choice-just-block = لا تردّ عليهم. احظرهم فقط وانسَ الموضوع.
contact-the-job-offer-feedback-just-block = نصيحة جيدة لـ{ $friend }. لكن نصف المرحلة وصلتهم الرسالة، وسيوافق بعضهم. الحظر يحمي شخصًا واحدًا؛ والبالغ يستطيع أن يجعل المدرسة والمنصّة تحذّران الجميع.
contact-the-job-offer-c-adult = أحسنتما. هذا «تمرير أموال»: «وظائف» مزيّفة تمرّر أموالًا مسروقة عبر حسابات الشباب. إنها جريمة خطيرة، وقد تكلّفك حسابك المصرفي. سأطلب من المدرسة أن تحذّر الجميع.
contact-the-job-offer-c-posted = يحصل منشورك على 60 تفاعلًا. لكنه يعرض العرض كله، مع اسم الحساب، وبحلول المساء راسل عدة أشخاص «صاحب العمل»، فقط ليسألوا.
contact-the-job-offer-c-just-blocked = يحظرهم { $friend }. لكن العرض ما زال يدور في المرحلة، ولا أحد ممّن يستطيعون إيقافه يعرف.

contact-the-job-offer-sam = يا إلهي. سام من صفنا ردّ عليهم. وصل 2000 إلى حساب سام الآن، وهم يهددونه ليحوّلها. سام يقول لا تخبروا أحدًا!!
contact-the-job-offer-choice-respect = سام طلب ألّا أخبر أحدًا. عليّ أن أحترم ذلك.
contact-the-job-offer-feedback-respect = فرصة لنتعلّم: «لا تخبر أحدًا» هو ما يريد المحتالون أن يصدّقه سام. حفظ سر صديق وفاء، لكن ليس حين يتركه في خطر. الشخص البالغ يستطيع المساعدة بلا لوم.
contact-the-job-offer-choice-send-back = قل لسام أن يعيد المال لمن أرسله. وانتهى الأمر.
contact-the-job-offer-feedback-send-back = فرصة لنتعلّم: «إعادة» المال ما زالت تحويلًا لمال مسروق، وقد يكون المرسل حسابًا آخر للمحتالين. وحده المصرف يستطيع عكس التحويل بأمان.
contact-the-job-offer-choice-get-adult = سام لا يستطيع حلّ هذا وحده. سأذهب إلى { $adult }.
contact-the-job-offer-feedback-get-adult = شجاع وصائب. السر الذي يُبقي أحدًا في خطر يجب كسره. يمكن لـ{ $adult } مساعدة عائلة سام على الاتصال بالمصرف لتجميد المال، وسام ليس مذنبًا لأنه خُدع.
contact-the-job-offer-c-adult-sam = أحسنت بمجيئك إليّ. ما حدث ليس ذنب سام، فقد خُدع. لنتصل بوالدي سام الآن ليتواصلوا مع المصرف معًا، وسأُعلم المدرسة.
contact-the-job-offer-c-respect = لا تقول شيئًا. يصمت سام أيضًا، والتهديدات مستمرة. لا أحد ممّن يستطيعون المساعدة يعرف.
contact-the-job-offer-c-send-back = يُعيد سام الـ2000 إلى الحساب الذي جاءت منه، وهو حساب «وسيط» آخر، فيواصل المال طريقه. ويقول المحتالون إن سام ما زال مدينًا لهم. سام أكثر خوفًا من قبل.

contact-the-job-offer-way-back = هذا «تمرير أموال». المال على الأرجح مسروق، وتحويله قد يكون جريمة. خداعك ليس ذنبك، لكن المحتالين يستخدمون الخوف لإسكاتك. ماذا الآن؟
contact-the-job-offer-choice-call-bank = لن ألمس المال. سنتصل بالمصرف الآن، أنا و{ $adult }.
contact-the-job-offer-feedback-call-bank = شجاع وصائب. التقدّم مبكرًا أفضل حماية لك: يستطيع المصرف تجميد المال، ويظهر ذلك أنك أنت من استُغِلّ. التهديد يعني أنك تحتاج إلى مساعدة، لا إلى الصمت.
contact-the-job-offer-choice-return = هذا ليس مالي. سأعيده فقط إلى من أرسله لي.
contact-the-job-offer-feedback-return = فرصة لنتعلّم: «إعادة» المال ما زالت تحويلًا لمال مسروق، وقد يكون المرسل حسابًا احتياليًا آخر. وحده مصرفك يستطيع عكسه بأمان. لم يفت الأوان للاتصال به.
contact-the-job-offer-choice-send-on = سأحوّله هذه المرة فقط، ثم أحظرهم إلى الأبد.
contact-the-job-offer-feedback-send-on = فرصة لنتعلّم: «هذه المرة فقط» هي بداية تمرير الأموال، والتهديدات تجعله يستمر. الحظر بعدها لا يلغي شيئًا. المصرف وشخص بالغ تثق به ما زالا قادرين على المساعدة.
contact-the-job-offer-c-bank = أحسنت لأنك أخبرتني، وأنت لست في ورطة. اتصلنا بالمصرف معًا: جمّدوا المال وأبلغوا عن الحساب. إن كانت لديهم أسئلة، سنجيب عنها معًا.
contact-the-job-offer-c-returned = تُعيد الـ2000 إلى الحساب الذي جاءت منه. كان حساب «وسيط» آخر، فيواصل المال طريقه. { $agent }: «شكرًا. الأمر نفسه الأسبوع القادم، وإلا أخبرنا المصرف أنك أنت الفاعل».
contact-the-job-offer-c-sent-on = ترسل 1600 وتحظر { $agent }. في اليوم التالي يراسلك حساب جديد: «هويتك معنا. الأمر نفسه هذا الأسبوع، وإلا سيعرف المصرف اسمك».

contact-the-job-offer-end-safe = احتفظت بهويتك وبياناتك المصرفية لنفسك، وأخذت { $friend } إلى { $adult } قبل أن يرسل بياناته. الآن يحذّر المرحلة كلها شخصٌ قادر على التصرّف.
contact-the-job-offer-end-safe-late = حميت بياناتك. خطوتك الأولى لم توقف الاحتيال، لكن حين أوقع بسام، ذهبت إلى { $adult } بدل أن تصمت، فحصل سام على مساعدة حقيقية.
contact-the-job-offer-end-mixed = حميت بياناتك. لكن لا أحد من الكبار يعرف ما يحدث لسام، والاحتيال ما زال يدور في مرحلتك. ما زال شخص بالغ تثق به قادرًا على مساعدة سام، بلا لوم.
contact-the-job-offer-end-recovered = ذهب الأمر أبعد ممّا أردت: دفعت، وأرسلت هويتك، ووصل المال. لكنك لم تحرّكه، وأشركت { $adult } والمصرف. المال مجمّد، وأنت تتلقّى المساعدة.
contact-the-job-offer-end-harmful = مرّ المال عبر حسابك، والمحتال ما زال يملك هويتك، والتهديدات مستمرة. هذا ليس ذنبك، ولم يفت الأوان أبدًا: أخبر شخصًا بالغًا تثق به واتصل بمصرفك. سيساعدونك.
