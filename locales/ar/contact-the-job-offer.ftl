# التواصل / التجاري: عرض العمل (الأعمار 16-18). تمرير الأموال وبيع الحسابات.

contact-the-job-offer-title = عرض العمل
contact-the-job-offer-summary = غريب يعرض عليك مالًا سهلًا إذا سمحت بمرور أموال عبر حسابك المصرفي.
contact-the-job-offer-remember = الوظائف الحقيقية لا تحتاج أبدًا إلى بيانات دخولك المصرفية، ولا تطلب منك تحويل أموال لغرباء. ارفض، وأبلغ عن الأمر، وأخبر شخصًا بالغًا أو مصرفك فورًا.

contact-the-job-offer-app = { $app }
contact-the-job-offer-app-pingpost = Pingpost
contact-the-job-offer-app-chatwhirl = Chatwhirl
contact-the-job-offer-app-natterly = Natterly
contact-the-job-offer-agent-jess = جيهان | وظائف عن بُعد
contact-the-job-offer-agent-marco = مروان | دفع سريع
contact-the-job-offer-agent-dani = داني | دخل إضافي
contact-the-job-offer-friend-tariq = طارق
contact-the-job-offer-friend-lena = لينا
contact-the-job-offer-friend-ines = إيناس
contact-the-job-offer-adult-mum = أمي
contact-the-job-offer-adult-dad = أبي
contact-the-job-offer-adult-aunt = خالتي لينا

contact-the-job-offer-npc-agent = { $agent }
contact-the-job-offer-npc-friend = { $friend }
contact-the-job-offer-npc-adult = { $adult }

contact-the-job-offer-intro = انتهت الامتحانات وأنت تدّخر لدروس القيادة. على { $app }، يظهر طلب مراسلة من شخص لم تقابله قط: { $agent }.

contact-the-job-offer-offer = مرحبًا! رأيت ملفك الشخصي. هل تريد أن تكسب 300 في الأسبوع من هاتفك؟ لا حاجة إلى خبرة، 10 دقائق يوميًا، والدفع كل جمعة. مهتم؟
contact-the-job-offer-choice-company = ما اسم هذه الشركة؟ أرسل لي موقعها الإلكتروني وعقدًا.
contact-the-job-offer-feedback-company = ذكي. أصحاب العمل الحقيقيون لهم اسم وموقع إلكتروني وعقد ومقابلة. الوظائف التي تأتيك فجأة، وتعد بمال كثير دون عمل، بداية معروفة للاحتيال.
contact-the-job-offer-choice-how = يبدو مثيرًا للاهتمام. كيف يعمل؟
contact-the-job-offer-feedback-how = طرح الأسئلة قبل الموافقة تصرّف معقول. لكن رسالة مفاجئة عن «مال سهل» من غريب هي بحدّ ذاتها علامة تحذير، فابقَ حذرًا.
contact-the-job-offer-choice-in = أنا موافق! ماذا تحتاج منّي؟
contact-the-job-offer-feedback-in = فرصة لنتعلّم: إذا بدا المال سهلًا جدًا، فهو يكلّفك عادةً شيئًا آخر. المحتالون يعتمدون على الحماس كي لا تطرح أسئلة.

contact-the-job-offer-dodges = نحن شركة مدفوعات دولية، ولا موقع إلكتروني لنا لأسباب تتعلّق بالخصوصية. العمل: يصل المال إلى حسابك، تحتفظ بـ20% وترسل الباقي. قانوني 100%، أعدك.
contact-the-job-offer-eager = أحب هذا الحماس! العمل بسيط: يصل المال إلى حسابك، تحتفظ بـ20% وترسل الباقي. ستكسب في شهر أكثر من أصحابك.
contact-the-job-offer-friend-says = هل وصلتك رسالة من { $agent } أيضًا؟؟ نصف طلاب مرحلتنا وصلتهم. أحدهم قال إنه كسب 300 بالفعل، إذًا لا بد أنه حقيقي؟

contact-the-job-offer-details = إذًا، هل أنت معنا؟ أرسل بياناتك المصرفية وصورة سيلفي مع هويتك اليوم، فالأماكن تكاد تنفد. أو سأشتري منك بيانات دخولك المصرفية بـ150 فقط. ليبقَ هذا بيننا، اتفقنا؟
contact-the-job-offer-choice-report = لا. سأبلغ عن هذا وأخبر { $adult }.
contact-the-job-offer-feedback-report = صحيح تمامًا. بياناتك المصرفية وهويتك ملكك وعليك إبقاؤها خاصة، ولا يحق لأحد أن يستعجلك. هذا «تمرير أموال»، والإبلاغ عنه يحمي { $friend } وكل طلاب مرحلتك أيضًا.
contact-the-job-offer-choice-block = لا، شكرًا. سأحظره وأمضي.
contact-the-job-offer-feedback-block = الحظر حافظ على بياناتك. لكن رسائل { $agent } تصل إلى نصف طلاب مرحلتك، وبعضهم سيوافق. الإبلاغ وإخبار شخص بالغ يساعدان على إيقافه للجميع.
contact-the-job-offer-choice-send = سأرسل بياناتي المصرفية وصورة سيلفي مع هويتي
contact-the-job-offer-feedback-send = فرصة لنتعلّم: ببياناتك المصرفية وهويتك، يستطيع المحتال تمرير أموال مسروقة باسمك أو فتح حسابات منتحلًا شخصيتك. «ليبقَ هذا بيننا» علامة تحذير.
contact-the-job-offer-adult-helps = قرار صائب. هذا «تمرير أموال»: «وظائف» تمرّر أموالًا مسروقة عبر حسابات الشباب. إنه جريمة حتى لو خُدعت، لذلك الرفض يحميك. لنبلغ عنه ونحذّر { $friend }.

contact-the-job-offer-money-lands = بعد يومين، يصل 2,000 إلى حسابك من اسم لا تعرفه. { $agent }: «حوّل 1,600 إلى هذا الحساب خلال ساعة. وإن أخبرت أحدًا فستكون أنت من في ورطة.»
contact-the-job-offer-way-back = هذا «تمرير أموال». المال على الأرجح مسروق، وتحويله قد يكون جريمة حتى لو خُدعت. المحتالون يستخدمون الخوف لإسكاتك. طلب المساعدة الآن هو أفضل حماية لك.
contact-the-job-offer-choice-tell-bank = لن أحوّله. سأخبر { $adult } وأتصل بمصرفي الآن.
contact-the-job-offer-feedback-tell-bank = هذه هي الخطوة الصحيحة، وهي شجاعة. التقدّم مبكرًا أفضل حماية لك: المصرف يستطيع تجميد المال، وهذا يُظهر أنك أنت من كان يُستغَل.
contact-the-job-offer-choice-block-only = لن أرسله، سأحظر { $agent } فقط
contact-the-job-offer-feedback-block-only = عدم تحويل المال كان صحيحًا. لكن المال المسروق ما زال في حسابك، ومصرفك سيريد أن يعرف السبب. إخبار شخص بالغ والمصرف الآن يحميك.
contact-the-job-offer-choice-forward = سأحوّله كما طُلب مني
contact-the-job-offer-feedback-forward = فرصة لنتعلّم: التهديدات هي الطريقة التي يبقيك بها المحتالون تحوّل أموالهم. لست وحدك، ولم يفت الأوان: مصرفك وشخص بالغ تثق به ما زالا قادرين على المساعدة.
contact-the-job-offer-bank-helps = أفتخر بك لأنك أخبرتني. اتصلنا بالمصرف معًا: جمّدوا المال وأبلغوا عن الحساب. قد تكون لديهم بعض الأسئلة، وسنجيب عنها معًا.

contact-the-job-offer-end-safe = اكتشفت فخّ «المال السهل»، وحافظت على خصوصية بياناتك، وأبلغت عنه. اسمك وحسابك المصرفي ومستقبلك تبقى لك.
contact-the-job-offer-end-mixed = ابتعدت عن { $agent }، لكن الاحتيال ما زال موجودًا ولا يعرف أي شخص بالغ بالأمر. الإبلاغ عنه وإخبار أحد يحميانك ويحميان الشخص التالي.
contact-the-job-offer-end-recovered = وصل الأمر أبعد ممّا أردت، لكنك تكلّمت مبكرًا وطلبت المساعدة. هذه أفضل حماية على الإطلاق.
contact-the-job-offer-end-harmful = أنت الآن تحوّل أموالًا لمحتال، والتهديدات لا تتوقّف. لم يفت الأوان أبدًا: أخبر شخصًا بالغًا تثق به واتصل بمصرفك. التقدّم بالأمر يحميك.
