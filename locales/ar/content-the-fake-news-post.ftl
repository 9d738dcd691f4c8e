# المحتوى / القيم: الخبر الكاذب (الأعمار 13-15)

content-the-fake-news-post-title = الخبر الكاذب
content-the-fake-news-post-summary = منشور منتشر يقول إن طبيبًا مشهورًا اكتشف علاجًا معجزًا، وصديقك يريد أن يشاركه الجميع.
content-the-fake-news-post-remember = قبل أن تشارك، تحقّق ممّن يقف وراء المنشور وماذا تقول المصادر الموثوقة. صحّح لأصدقائك بلطف، وأبلغ عن المنشورات الكاذبة.

content-the-fake-news-post-app = { $app }
content-the-fake-news-post-npc-friend = { $friend }
content-the-fake-news-post-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
content-the-fake-news-post-app-scrollr = Scrollr
content-the-fake-news-post-app-vibefeed = VibeFeed
content-the-fake-news-post-app-flik = Flik
content-the-fake-news-post-name-nia = نادين
content-the-fake-news-post-name-tomas = تميم
content-the-fake-news-post-name-priya = بشرى
content-the-fake-news-post-name-drtruth = DrTruth_Official
content-the-fake-news-post-name-healthsecrets = health.secrets.now
content-the-fake-news-post-name-naturalfix = TheNaturalFix_
content-the-fake-news-post-doctor-osei = د. أمل عثمان
content-the-fake-news-post-doctor-lenz = د. باسم لطفي
content-the-fake-news-post-doctor-chen = د. منى شاهين
content-the-fake-news-post-adult-mum = ماما
content-the-fake-news-post-adult-dad = بابا
content-the-fake-news-post-adult-uncle = العمّ رامي

content-the-fake-news-post-intro = بعد ظهر السبت. تتصفّح { $app } حين يظهر منشور له 80,000 مشاركة. وهو موجود بالفعل في مجموعة صفّك بمشاركة من { $friend }.
content-the-fake-news-post-the-post = يا إلهي اقرؤوا هذا!! خالتي مريضة منذ شهور، وهي تحتاج إلى هذا فعلًا. شاركوه كلكم، قد ينقذ أرواحًا!!

content-the-fake-news-post-spot = ادّعاءات كبيرة، ومشاعر كبيرة. قبل أن تصدّقه، المس كل ما يكشف حقيقة هذا المنشور.
content-the-fake-news-post-card-title = { $account }
content-the-fake-news-post-card-body = من برنامج تلفزيوني، على لسان { $doctor }: «اشرب Glow Tonic فقط لمدة 3 أيام ولن تمرض بعدها أبدًا.»
content-the-fake-news-post-part-account = { $account } - أُنشئ الحساب قبل 6 أيام
content-the-fake-news-post-feedback-part-account = حساب جديد تمامًا يحمل خبرًا صحيًا ضخمًا علامة تحذير. الأطباء والجهات الصحية الحقيقيون لهم تاريخ يمكنك التحقّق منه.
content-the-fake-news-post-part-date = نُشر اليوم، 16:02
content-the-fake-news-post-feedback-part-date = ليس دليلًا وحده: المنشورات الصحيحة والكاذبة كلها لها تواريخ. من نشره، وماذا تقول المصادر الأخرى، أهم بكثير.
content-the-fake-news-post-part-photo = صورة: { $doctor } بابتسامة، وفي اليد زجاجة Glow Tonic
content-the-fake-news-post-feedback-part-photo = انظر عن قرب: اليد والزجاجة غير متطابقتين. البحث العكسي عن الصورة يجد الصورة الأصلية، وليس فيها أي زجاجة.
content-the-fake-news-post-part-link = احصل على عدّة الأيام الثلاثة: glowtonic-shop.biz، بـ24.99 فقط!
content-the-fake-news-post-feedback-part-link = المنشور يبيع شيئًا. العلاج المعجز مع رابط متجر هو غالبًا إعلان متنكّر في شكل خبر.
content-the-fake-news-post-part-wording = الأطباء لا يريدونك أن تعرف! شارِك قبل أن يُحظر!!!
content-the-fake-news-post-feedback-part-wording = العبارات الصاخبة والأسرار و«شارِك الآن» موجودة لتجعلك تنفعل، لا لتفكّر. النصيحة الصحية الحقيقية لا تحتاج إلى استعجالك.

content-the-fake-news-post-check-choice = هناك شيء غير صحيح هنا. لكن { $friend } بانتظار مشاركتك أنت أيضًا. ماذا ستفعل؟
content-the-fake-news-post-choice-read-sideways = سأبحث عن الاسم والادّعاء في تبويب جديد
content-the-fake-news-post-feedback-read-sideways = هذه هي القراءة الجانبية، وهي ما يفعله مدقّقو الحقائق: اترك المنشور وانظر ماذا تقول المصادر الموثوقة عنه. دقيقة من التحقّق أفضل من التحديق في المنشور.
content-the-fake-news-post-choice-read-comments = سأقرأ التعليقات لأرى إن نجح مع الناس
content-the-fake-news-post-feedback-read-comments = عدم المشاركة حتى الآن تصرّف ذكي. لكن التعليقات يمكن تزييفها: كثير منها من حسابات بلا صورة، نُشرت في الدقيقة نفسها. تحقّق من مصادر خارج المنشور.
content-the-fake-news-post-choice-share-too = سأشاركه أنا أيضًا. ماذا لو ساعد أحدًا؟
content-the-fake-news-post-feedback-share-too = فرصة لنتعلّم: الرغبة في المساعدة لطيفة، لكن مشاركة علاج كاذب قد تجعل الناس يتركون العلاج الحقيقي. تحقّق أولًا، ثم قرّر.

content-the-fake-news-post-fact-found = وجدتها! الصفحة الحقيقية لـ{ $doctor } تقول: «لم أقل هذا أبدًا. الاعتماد على هذا المشروب وحده لمدة 3 أيام خطير.» والجهات الصحية تقول إنه لا يوجد علاج كهذا.

content-the-fake-news-post-kind-choice = في مجموعة الصف، يسخر الجميع من { $friend }: «هههه تصدّق أي شيء»، «تخيّل أن تنخدع بهذا». ولا صوت لـ{ $friend } بعدها.
content-the-fake-news-post-choice-message-kindly = سأراسل { $friend } على الخاص بما وجدته
content-the-fake-news-post-feedback-message-kindly = لطف وذكاء. تصحيح معلومة شخص على انفراد، ومن دون ضحك، يساعده على تغيير رأيه. أي شخص قد ينخدع بخبر مزيّف متقن.
content-the-fake-news-post-choice-stay-out = سأبتعد عن الموضوع، ليست مشكلتي
content-the-fake-news-post-feedback-stay-out = عدم المشاركة في السخرية مهم. لكن الخبر المزيّف ما زال يخدع { $friend }، والنكات تؤلم. رسالة خاصة لطيفة قد تساعد في الأمرين.
content-the-fake-news-post-choice-laugh-along = سأرد بوجه يضحك حتى البكاء مثل الجميع
content-the-fake-news-post-feedback-laugh-along = فرصة لنتعلّم: السخرية الجماعية تحوّل الخطأ إلى إهانة، ومن يشعر أن الناس يضحكون عليه نادرًا ما يغيّر رأيه. اللطف ينجح أكثر.

content-the-fake-news-post-friend-thanks = شكرًا لأنك لم تضحك عليّ. حذفته. لكن خالتي طلبت العدّة بالفعل وتريد أن تبدأ غدًا...
content-the-fake-news-post-choice-report-and-help = سأبلغ عن المنشور، وأُري خالتك الصفحة الحقيقية
content-the-fake-news-post-feedback-report-and-help = رائع. الإبلاغ عن الادّعاءات الصحية الكاذبة يساعد { $app } على حذفها، والمصادر الحقيقية قد تمنع الخالة من ترك الرعاية الصحية الحقيقية. ويستطيع شخص بالغ في العائلة أن يساعد أيضًا.
content-the-fake-news-post-choice-delete-move-on = حذفناه، فلنترك الأمر عند هذا الحد
content-the-fake-news-post-feedback-delete-move-on = حذف المشاركة كان جيدًا. لكن المنشور ما زال موجودًا، وقد تجرّب الخالة المشروب مع ذلك. الإبلاغ عنه والحديث معها قد يحميانها.
content-the-fake-news-post-choice-try-kit = فلتجرّبه خالتك، لن يضرّ
content-the-fake-news-post-feedback-try-kit = فرصة لنتعلّم: العلاجات المزيّفة قد تؤذي، لأنها تكلّف مالًا وتحلّ محلّ العلاج الحقيقي. حين يتعلّق الأمر بالصحة، تحقّق مع طبيب أو مصدر موثوق.

content-the-fake-news-post-shared = مشاركتك تحصل على 30 إعجابًا. ثم تصلك رسالة من ابن عمك الأصغر: «هل أتوقّف عن الأكل وأشرب هذا المشروب فقط؟ أنت شاركته، إذًا لا بد أنه صحيح.»
content-the-fake-news-post-fix-choice = أوه لا. الناس يثقون بما تشاركه، لذا يبدو لهم الخبر المزيّف منك صحيحًا. لم يفت الأوان لإصلاح الأمر. ماذا ستفعل؟
content-the-fake-news-post-choice-correct-tell = سأحذفه، وأنشر تصحيحًا، وأخبر شخصًا بالغًا أثق به
content-the-fake-news-post-feedback-correct-tell = هكذا تُصلح الأمر. التصحيح يصل إلى من رأوا مشاركتك، والشخص البالغ الذي تثق به يستطيع أن يتأكّد من أن ابن عمك بأمان. كلنا ننخدع أحيانًا.
content-the-fake-news-post-choice-delete-quietly = سأحذف مشاركتي بهدوء
content-the-fake-news-post-feedback-delete-quietly = الحذف يوقف انتشاره منك. لكن ابن عمك وآخرين رأوه من قبل. تصحيح قصير وشخص بالغ تثق به يساعدان على حمايتهم.
content-the-fake-news-post-choice-leave-up = سأتركه، الناس يستطيعون أن يقرّروا بأنفسهم
content-the-fake-news-post-feedback-leave-up = فرصة لنتعلّم: ابن عمك قرّر بالفعل أن يثق به لأنك شاركته. المنشورات الصحية الكاذبة قد تؤذي الناس فعلًا. لا بأس أن تغيّر رأيك.

content-the-fake-news-post-adult-helps = شكرًا لأنك أخبرتني، هذا احتاج إلى جرأة. لنتصل بابن عمك الآن، ونبلغ { $app } عن المنشور، ونطّلع معًا على نصائح صحية حقيقية.

content-the-fake-news-post-end-safe = تحقّقت قبل أن تثق، وصحّحت لصديق بلطف، وأبلغت عن علاج مزيّف. هكذا بالضبط يتوقّف انتشار المعلومات المضلّلة.
content-the-fake-news-post-end-mixed = لم تنشر الخبر المزيّف، لكنه ما زال منتشرًا ولم يبلغ عنه أحد. في المرة القادمة، أبلغ عن المنشورات الكاذبة وتحدّث مع من قد تؤذيهم.
content-the-fake-news-post-end-recovered = شاركت شيئًا كاذبًا، ثم اعترفت به، وصحّحته، وطلبت المساعدة. هذا يحتاج إلى شجاعة أكبر من ألّا تخطئ أبدًا.
content-the-fake-news-post-end-mocked = الإحراج دفع { $friend } إلى مغادرة مجموعة الصف، ومع ذلك ما زال الخبر المزيّف مصدَّقًا. لم يفت الأوان أبدًا للاعتذار، ومشاركة ما وجدته، والإبلاغ عن المنشور.
content-the-fake-news-post-end-harmful = العلاج المزيّف يواصل الانتشار، والناس يدفعون ثمنه بدل الحصول على رعاية حقيقية. لم يفت الأوان أبدًا للإبلاغ عنه والحديث مع شخص بالغ تثق به.
