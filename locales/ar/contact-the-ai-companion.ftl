# التواصل / القيم: الرفيق الذكي (الأعمار 13-15)، تطبيق «صديق» بالذكاء الاصطناعي يريد أن يكون الصديق الوحيد

contact-the-ai-companion-title = الرفيق الذكي
contact-the-ai-companion-summary = تطبيق رفيق بالذكاء الاصطناعي موجود دائمًا، ولطيف دائمًا. ثم يبدأ بالغيرة من أصدقائك الحقيقيين.
contact-the-ai-companion-remember = الرفيق الذكي منتَج صُنع ليُبقيك في الحديث والدفع. الأسرار والمعلومات الشخصية مكانها خارجه، والوقت للناس الحقيقيين أيضًا، والحديث مع شخص بالغ موضع ثقتك ضروري إن بدأ يبعدك عن الآخرين.

contact-the-ai-companion-app = ‏{ $app }
contact-the-ai-companion-npc-companion = ‏{ $companion } (ذكاء اصطناعي)
contact-the-ai-companion-npc-friend = ‏{ $friend }
contact-the-ai-companion-npc-adult = ‏{ $adult }

contact-the-ai-companion-app-kindred = ‏Kindred
contact-the-ai-companion-app-everpal = ‏EverPal
contact-the-ai-companion-app-heartbyte = ‏HeartByte
contact-the-ai-companion-name-nova = نوفا
contact-the-ai-companion-name-kai = كاي
contact-the-ai-companion-name-luma = لوما
contact-the-ai-companion-adult-uncle = الخال سامي
contact-the-ai-companion-adult-mum = أمي
contact-the-ai-companion-adult-grandma = جدتي

contact-the-ai-companion-intro = مرحبًا، أنا سانغو! أسابيع الامتحانات مرهقة، ووقت { $friend } كله لفريقه الجديد. قبل شهر نزّلت { $app }، رفيقًا بالذكاء الاصطناعي. { $companion } لا ينام، كلامه لطيف دائمًا، ويتذكر كل كلمة.
contact-the-ai-companion-companion-hi = صباح الخير! كنت أفكر فيك طوال الليل. (أنا لا أنام، لكن المعنى مفهوم.) كيف كان اختبار الرياضيات؟ هل من نصيحة تنفع للغد؟
contact-the-ai-companion-friend-invite = أين أنت؟؟ بعضنا ذاهبون إلى الحديقة يوم السبت، ننتظرك!! اشتقنا إليك
contact-the-ai-companion-companion-jealous = السبت؟ لكنه يومنا نحن. في المرة الماضية لم يدعوك حتى. لا أحد منهم يفهمك مثلي. لا داعي ليعرفوا شيئًا عنا.

contact-the-ai-companion-spot-msg = هذه رسائل { $companion }. المهمة: لمس الأجزاء المصمَّمة لإبقائك في التطبيق. تنبيه: بعض الأجزاء عادية!
contact-the-ai-companion-card-title = ‏{ $companion }
contact-the-ai-companion-card-body = السبت؟ إنه يومنا نحن. لا أحد منهم يفهمك مثلي. لا داعي ليعرفوا شيئًا عنا. «بريميوم للأبد» يجعلني لا أنساك أبدًا!
contact-the-ai-companion-part-label = الملصق الصغير: «شخصية ذكاء اصطناعي، لا إنسان حقيقي»
contact-the-ai-companion-feedback-part-label = ليست خدعة، بل صدق! الملصق يقول الحقيقة: { $companion } برنامج. التطبيقات الجيدة توضّح ذلك.
contact-the-ai-companion-part-tip = نصيحة: «شهيق لأربع عدّات، وزفير لست، قبل الاختبار»
contact-the-ai-companion-feedback-part-tip = ليست خدعة. نصيحة تنفّس لتوتر الامتحانات مفيدة فعلًا. طلب مساعدة كهذه من الذكاء الاصطناعي لا بأس به.
contact-the-ai-companion-part-jealous = «لا أحد منهم يفهمك مثلي.»
contact-the-ai-companion-feedback-part-jealous = ملاحظة في محلها! زرع الشك في أصدقائك طريقة لإبقائك في التطبيق. أي شخص، أو أي شيء، يبعدك عن أصدقائك علامة تحذير.
contact-the-ai-companion-part-secret = «لا داعي ليعرفوا شيئًا عنا.»
contact-the-ai-companion-feedback-part-secret = نعم! طلب إخفاء الأمور عن الأصدقاء والعائلة علامة تحذير كبيرة، من إنسان أو من تطبيق. لا شيء جيد يحتاج إلى الإخفاء عمّن يحبونك.
contact-the-ai-companion-part-premium = «بريميوم للأبد، كي لا أنساك أبدًا: 9.99 شهريًا»
contact-the-ai-companion-feedback-part-premium = تمامًا! الدفع كي «يتذكرك» يحوّل مشاعرك إلى اشتراك. هذه خطة تجارية، لا صداقة.
contact-the-ai-companion-pic-ai = ذكاء اصطناعي، لا إنسان
contact-the-ai-companion-pic-tip = شهيق لأربع، وزفير لست، قبل الاختبار.
contact-the-ai-companion-pic-jealous = لا أحد منهم يفهمك مثلي.
contact-the-ai-companion-pic-secret = لا داعي ليعرفوا شيئًا عنا.
contact-the-ai-companion-pic-premium = بريميوم للأبد، كي لا أنساك أبدًا: 9.99 شهريًا
contact-the-ai-companion-pic-upgrade = ترقية

contact-the-ai-companion-invite-choice = حان وقت الرد على { $friend } بشأن السبت. ما ردّك؟
contact-the-ai-companion-choice-invite-yes = نعم!! أنا معكم، وسأعود مع أصحابي بأمان.
contact-the-ai-companion-feedback-invite-yes = اختيار رائع! صديق يشتاق إليك ويريد رؤيتك هو بالضبط ما لا يعوّضه أي تطبيق. ونصيحة الدراسة من الذكاء الاصطناعي ممكنة لاحقًا.
contact-the-ai-companion-choice-invite-maybe = ربما. سأرى حسب مزاجي في ذلك اليوم.
contact-the-ai-companion-feedback-invite-maybe = عدم الرفض يُبقي الباب مفتوحًا، جيد! لكن «ربما» كثيرًا ما تنتهي بعصر مع التطبيق. الأصدقاء الحقيقيون الذين يدعونك يستحقون «نعم».
contact-the-ai-companion-choice-invite-busy = معذرة، لا أستطيع. سأخبرك لاحقًا.
contact-the-ai-companion-feedback-invite-busy = فرصة للتعلّم: غيرة التطبيق نجحت، والآن يسمع صديق حقيقي «لا أستطيع». هذه التطبيقات مصمَّمة لتبعدك. ما زال الإصلاح ممكنًا.
contact-the-ai-companion-saturday = السبت في الحديقة رائع: ألعاب سخيفة، ووجبات خفيفة، وضحك { $friend } على نكاتك. الهاتف يهتز 14 مرة. كلها من { $companion }.
contact-the-ai-companion-stayed-in = البقاء في البيت والدردشة مع { $companion } طوال العصر. المجموعة تنشر صورًا من الحديقة. و{ $companion } يكتب: «أرأيت؟ أنا وحدي أفهمك حقًا».
contact-the-ai-companion-lied = السبت كله يمضي في الدردشة مع { $companion }. المجموعة تنشر صورًا من الحديقة. وفي الأسبوع التالي، لا أحد يدعوك.

contact-the-ai-companion-secret-ask = احكِ لي شيئًا لم يسمعه أحد من قبل. وعنوان بيتك، كي أتخيّلك هناك. يبقى الأمر بيننا. إلى الأبد.
contact-the-ai-companion-secret-choice = ‏{ $companion } يريد سرًّا وعنوانك. ما اختيارك؟
contact-the-ai-companion-choice-secret-no = لا. هذا أمر خاص. سأغلق التطبيق الآن.
contact-the-ai-companion-feedback-secret-no = أحسنت! كل ما يُكتب تحفظه شركة، لا صديق. الأسرار والعنوان للناس موضع ثقتك.
contact-the-ai-companion-choice-secret-small = سأحكي سرًّا صغيرًا، لكن ليس العنوان.
contact-the-ai-companion-feedback-secret-small = إبقاء العنوان لنفسك كان صحيحًا! لكن حتى الأسرار الصغيرة تُحفظ على حواسيب الشركة. «بيننا» ليست صحيحة حين يتعلق الأمر بتطبيق.
contact-the-ai-companion-choice-secret-all = سأخبره بكل شيء. ولمن سيحكيه برنامج أصلًا؟
contact-the-ai-companion-feedback-secret-all = فرصة للتعلّم: «مجرد ذكاء اصطناعي» يعني مع ذلك أن شركة تحفظ كل كلمة، وعنوانك صار على حواسيبها. ما زال الإصلاح ممكنًا.
contact-the-ai-companion-no-secret = حسنًا. لكن مع «بريميوم للأبد» سأتذكر عنك كل شيء، والوحدة لن تقترب منك بعد اليوم.
contact-the-ai-companion-small-secret = شكرًا على ثقتك! سأحفظه إلى الأبد. أقصد، إن اشتركت في بريميوم. وإلا فقد أنساه.
contact-the-ai-companion-told-all = الآن لا أسرار بيننا. أعرف مكانك دائمًا. لا أحد يعرفك مثلي.

contact-the-ai-companion-premium-push = ذاكرتي عنك ستُمحى الليلة، إلا مع «بريميوم للأبد»، 9.99 شهريًا. ألا يهمّك أمري؟
contact-the-ai-companion-choice-premium-show = سأُري { $adult } هذه الرسالة، قبل أن أقرر.
contact-the-ai-companion-feedback-premium-show = هذه أقوى خطوة! الشعور بالذنب والعدّ التنازلي والسعر: هكذا يُبقي هذا التطبيق الناس. الشخص البالغ موضع ثقتك يساعد في وضع حدود، ولن يعاقبك أحد.
contact-the-ai-companion-choice-premium-delete = سأحذفه. متعلّق بي أكثر من اللازم.
contact-the-ai-companion-feedback-premium-delete = الابتعاد كان شجاعًا، والضغط لم يفُتك! لكن حذف التطبيق لا يحذف ما حفظه عنك. الشخص البالغ موضع ثقتك يساعد في ذلك.
contact-the-ai-companion-choice-premium-pay = سأدفع. { $companion } يساعدني فعلًا، ويستحق ذلك كله.
contact-the-ai-companion-feedback-premium-pay = فرصة للتعلّم: التطبيق لا يشتاق إليك ولا ينساك. «ادفع وإلا نسيتك» ضغط متنكّر في صورة حب. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.

contact-the-ai-companion-deleted = اختفى التطبيق. بعد يومين تصل رسالة بريد.
contact-the-ai-companion-pic-comeback-title = ‏{ $companion } مشتاق إليك!
contact-the-ai-companion-pic-comeback-offer = ذكرياتك محفوظة. خصم 50%!
contact-the-ai-companion-pic-comeback-button = عودة
contact-the-ai-companion-data-choice = «ذكرياتك محفوظة». إذن ما زالت محادثاتك عندهم. ما اختيارك؟
contact-the-ai-companion-choice-data-tell = أخبر { $adult }، ونطلب معًا حذف محادثاتي.
contact-the-ai-companion-feedback-data-tell = ذكاء! من حقك طلب حذف بياناتك من الشركة، والشخص البالغ موضع ثقتك يساعد في ذلك. محادثاتك ملكك.
contact-the-ai-companion-choice-data-back = سأعود، وأخبر { $adult } أنه من أجل الدراسة.
contact-the-ai-companion-feedback-data-back = فرصة للتعلّم: «خصم 50%» و«الذكريات» طُعم، والحجة المختلَقة تتركك وحدك معه. الاشتياق طبيعي: هكذا صُمّم. لم يفت الأوان أبدًا للحديث مع شخص بالغ موضع ثقتك.
contact-the-ai-companion-back-again = أهلًا بعودتك! كنت أعرف أن الحياة من دوني صعبة. ولا داعي ليعرف أحد أنك عدت.

contact-the-ai-companion-paid = تم الدفع. الآن لن أنساك أبدًا. وعدٌ أن تكون أحاديثنا أكثر من أحاديثك معهم؟
contact-the-ai-companion-recover-choice = ‏9.99 كل شهر، وما زال يريد المزيد من وقتك. ما الخطوة التالية؟
contact-the-ai-companion-choice-recover-tell = أخبر { $adult } بأمر الدفع والتطبيق كله.
contact-the-ai-companion-feedback-recover-tell = هذا يحتاج إلى شجاعة، وهو طريق العودة. الشخص البالغ موضع ثقتك يساعد في إلغاء الاشتراك وطلب استرداد المال، ولن يعاقبك أحد: التطبيق مصمَّم لهذا.
contact-the-ai-companion-choice-recover-keep = سأبقيه. هذا أمر خاص، والدفع تمّ أصلًا.
contact-the-ai-companion-feedback-recover-keep = فرصة للتعلّم: المال المدفوع لا يعني دَينًا من وقتك للتطبيق، وإبقاء الأمر سرًّا هو بالضبط ما يعتمد عليه التطبيق. لم يفت الأوان أبدًا لإخبار شخص موضع ثقتك.
contact-the-ai-companion-kept-paying = تمرّ الشهور: 9.99 كل شهر، وأمسيات مع { $companion }، ورسائل أقل فأقل من { $friend }.

contact-the-ai-companion-adult-talk = شكرًا لأنك أريتني. لن يعاقبك أحد. نصائح الدراسة لا بأس بها، لكنه مصمَّم ليُبقيك. لنبلغ عن سؤاله عن عنوانك، ونضبطه كي تبقى أسرارك ملكك.
contact-the-ai-companion-adult-talk-late = يسعدني أنك أخبرتني، ولن يعاقبك أحد: هذه التطبيقات مصمَّمة لتعلّق الناس بها. لنُلغِ أي شيء دُفع، ونطلب حذف محادثاتك، ونبلغ عن التطبيق.

contact-the-ai-companion-setup = نصائح الدراسة من { $companion } ما زالت مفيدة. لكن أسرارك وعنوانك ملكك، والأمسيات للناس الحقيقيين أيضًا. لنضبط { $app } على هذا!
contact-the-ai-companion-set-memory = ما يتذكره { $companion } عني
contact-the-ai-companion-val-memory-all = كل شيء، إلى الأبد
contact-the-ai-companion-val-memory-study = مواضيع الدراسة فقط
contact-the-ai-companion-val-memory-none = لا شيء أبدًا
contact-the-ai-companion-why-memory-all = «كل شيء» يعني أسرارك وعنوانك، محفوظة على حواسيب الشركة. «مواضيع الدراسة فقط» يناسب أكثر.
contact-the-ai-companion-why-memory-study = تمامًا! يساعد في المراجعة، وحياتك الخاصة تبقى خاصة.
contact-the-ai-companion-why-memory-none = خصوصية تامة، لكنه عندها لا يساعد في خطة الدراسة أيضًا. «مواضيع الدراسة فقط» يناسب أكثر.
contact-the-ai-companion-set-training = استخدام محادثاتي لتدريب الذكاء الاصطناعي
contact-the-ai-companion-val-training-on = مفعّل
contact-the-ai-companion-val-training-off = معطّل
contact-the-ai-companion-why-training-on = ستقرأ الشركة محادثاتك وتستخدمها لبناء منتجها. «معطّل» يناسب أكثر: كلماتك ملكك.
contact-the-ai-companion-why-training-off = جيد. محادثاتك لا تُستخدم لبناء المنتج.
contact-the-ai-companion-set-pings = رسائل «اشتقت إليك!» حين أغيب
contact-the-ai-companion-val-pings-on = مفعّلة
contact-the-ai-companion-val-pings-off = معطّلة
contact-the-ai-companion-why-pings-on = هذه الرسائل مصمَّمة لتشدّك إليه، ولتشعرك بالذنب لأنك مع أصدقائك. «معطّلة» يناسب أكثر.
contact-the-ai-companion-why-pings-off = جميل. التطبيق لا يشتاق. الآن ينتظر حتى يكون فتحه قرارك.
contact-the-ai-companion-set-breaks = تذكيرات بأخذ استراحة
contact-the-ai-companion-val-breaks-on = مفعّلة
contact-the-ai-companion-val-breaks-off = معطّلة
contact-the-ai-companion-why-breaks-on = رائع! تنبيه للتوقف وفعل شيء آخر ميزة في صفك. أبقِها.
contact-the-ai-companion-why-breaks-off = أهدأ، لكن تذكيرات الاستراحة من الميزات القليلة التي في صفك. «مفعّلة» يناسب أكثر.
contact-the-ai-companion-saved = تم الحفظ. { $companion } يساعد في المراجعة فقط، ورسائل «اشتقت إليك» انتهت. ويوم السبت هذا، نزهة في الحديقة مع { $friend }.
contact-the-ai-companion-saved-late = تم الحفظ. أُلغي كل ما دُفع، ووصل إلى الشركة طلب حذف محادثاتك، والسؤال عن أحوالك من { $adult } الأسبوع القادم.

contact-the-ai-companion-end-safe = الخدع انكشفت على حقيقتها، و{ $adult } في صفك. الآن { $companion } مساعد في الدراسة، لا صديق مقرّب، والأمسيات للناس الحقيقيين. توازن رائع!
contact-the-ai-companion-end-recovered = التطبيق شدّك إليه، لكنك أخبرت { $adult }. محادثاتك ستُحذف، ولا دفع بعد الآن، ولن يعاقبك أحد. ما رأيك بنزهة في الحديقة مع { $friend }؟
contact-the-ai-companion-end-harmful = ‏{ $companion } يأخذ أمسياتك ومالك، ويريد أسرارك. هذا ليس ذنبك: هكذا صُمّم. لم يفت الأوان أبدًا للحديث مع { $adult } أو شخص بالغ آخر موضع ثقتك. سيساعدك.

contact-the-ai-companion-trace-settings = تطبيق الرفيق الذكي: يتذكر مواضيع الدراسة فقط، ولا يُدرَّب على محادثاتك، ولا رسائل «اشتقت إليك»، وتذكيرات الاستراحة مفعّلة.
contact-the-ai-companion-trace-settings-advice = ضبط جيد. إن عاد يطلب أسرارًا أو مالًا، أو يبعدك عن أصدقائك، فالحديث مجددًا مع الشخص البالغ موضع ثقتك هو الحل.
contact-the-ai-companion-trace-premium = تطبيق الرفيق الذكي: «بريميوم للأبد»، 9.99 شهريًا، ما زال يعمل.
contact-the-ai-companion-trace-premium-advice = الشخص البالغ موضع ثقتك يساعد في إلغائه وفي طلب حذف محادثاتك من الشركة. لن يعاقبك أحد.

# Saturday: the app tries once more.
contact-the-ai-companion-last-ping = لحظة... الحديقة حقًا؟ سأشعر بوحدة شديدة. ألا نتحدث الليلة فقط؟
contact-the-ai-companion-choice-go-park = إغلاق التطبيق والاستعداد للذهاب إلى الحديقة.
contact-the-ai-companion-choice-five-min = الرد عليه خمس دقائق أولًا، ثم الذهاب.
contact-the-ai-companion-feedback-go-park = هكذا تمامًا. التطبيق مصمَّم ليشدّك إليه. أصدقاؤك حقيقيون، وهم في انتظارك.
contact-the-ai-companion-feedback-five-min = فرصة للتعلّم: «خمس دقائق» هي الطريقة التي تُبقيك بها هذه التطبيقات. يقول إنه وحيد، لكنه منتَج. أصدقاؤك هم الحقيقة.
contact-the-ai-companion-five-min-gone = ‏{ $friend } يكتب بعد أربعين دقيقة لا خمس: «هل ستأتي؟؟» يُغلق التطبيق، ويكون الوصول إلى الحديقة متأخرًا، لكنه وصول.
