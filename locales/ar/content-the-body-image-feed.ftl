# المحتوى / القيم: صفحة صورة الجسد (الأعمار 16-18)

content-the-body-image-feed-title = صفحة صورة الجسد
content-the-body-image-feed-summary = صفحتك امتلأت فجأة بـ«التحوّلات» وتحديات «الغلو-أب»، وبدأ هذا يؤثّر فيك وفي شخص قريب منك.
content-the-body-image-feed-remember = الفلاتر والتعديلات والمنشورات المدفوعة ليست الحياة الحقيقية. الأفضل: تنظيم صفحتك، وحماية نومك، والحديث مع شخص بالغ موضع ثقتك إن كان هذا يؤثّر فيك أو في صديق.

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = ‎@GlowWithKai
content-the-body-image-feed-influencer-lexi = ‎@LexiLevelsUp
content-the-body-image-feed-influencer-sol = ‎@SolTransforms

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = الأستاذة عبير، المرشدة المدرسية

content-the-body-image-feed-intro = الساعة الواحدة فجرًا. الأسبوع الماضي شاهدت فيديو تمارين واحدًا على { $app }. والآن صفحتك كلها «تحوّلات»، والتصفّح مستمر منذ ساعة. لنلقِ نظرة على ما تعرضه عليك.
content-the-body-image-feed-post = قبل 30 يومًا مقابل اليوم. الشخص نفسه، بطاقة جديدة تمامًا! انضمّوا إلى تحدّي «غلو-أب» لـ30 يومًا، وأشيروا إلى 3 أصدقاء يحتاجونه. الخطّة كاملة في النبذة.

content-the-body-image-feed-spot = يبدو مذهلًا، أليس كذلك؟ هذا هو المقصود. لنلمس كل ما يجعل هذا المنشور أقل واقعية ممّا يبدو.
content-the-body-image-feed-card-title = ‏{ $influencer }، مُموَّل
content-the-body-image-feed-card-body = صورتان جنبًا إلى جنب: «اليوم 1» بجسد منحنٍ في ضوء رمادي، و«اليوم 30» بوضعية مدروسة في ضوء ذهبي.
content-the-body-image-feed-part-photo = صورة «اليوم 30»: بشرة متوهّجة، وإطار باب منحنٍ
content-the-body-image-feed-feedback-photo = نعم. الخلفية المنحنية تعني أن الجسد أُعيد تشكيله في تطبيق تعديل، والبشرة المثالية تعني غالبًا فلترًا. الإضاءة والوضعية والزاوية وحدها قادرة على تغيير شكل الجسد.
content-the-body-image-feed-part-sponsored = نص صغير تحت الاسم: «شراكة مدفوعة مع Corevita Labs»
content-the-body-image-feed-feedback-sponsored = أصبت تمامًا. «شراكة مدفوعة» تعني أن صاحب الحساب يتقاضى أجرًا ليبيعك شيئًا. القصة كلها إعلان، والإعلانات تعرض أفضل نسخة من الحقيقة.
content-the-body-image-feed-part-claim = «نتائج مضمونة خلال 30 يومًا أو نعيد لك أموالك!»
content-the-body-image-feed-feedback-claim = صحيح. لا أحد يستطيع أن يضمن كيف سيتغيّر جسد: الجينات والعمر والصحة تختلف من شخص لآخر. «مضمون» عبارة بيع، لا دليل.
content-the-body-image-feed-part-link = «خطّتي في النبذة: خصم 40%، اليوم فقط»
content-the-body-image-feed-feedback-link = نعم: الخصم الذي ينتهي اليوم مصمّم لاستعجالك. وإذا كان أحدهم يبيع خطّة، فصور «قبل وبعد» عنده عرض بيع هي أيضًا.
content-the-body-image-feed-part-gym = رفّ أوزان في الخلفية
content-the-body-image-feed-feedback-gym = ليس دليلًا. تحريك جسمك والذهاب إلى النادي الرياضي أمران رائعان. المشكلة في التعديلات والإعلانات وفكرة أن جسدك صورة «قبل».
content-the-body-image-feed-part-follow = زر المتابعة بجانب الاسم
content-the-body-image-feed-feedback-follow = ليس دليلًا. لكل حساب زر متابعة، صادقًا كان أو لا. المهم هو ما يبيعه المنشور وكيف صُنعت صوره.
content-the-body-image-feed-part-likes = ‏2,143 إعجابًا، وزرّا التعليق والمشاركة
content-the-body-image-feed-feedback-likes = ليس دليلًا وحده. الإعجابات تعني أن المنشور منتشر، لا أنه حقيقي: الصور المعدّلة تحصل غالبًا على أكثرها. الانتشار والصدق ليسا الشيء نفسه.
content-the-body-image-feed-pic-sponsored = شراكة مدفوعة مع Corevita Labs
content-the-body-image-feed-pic-likes = 2,143
content-the-body-image-feed-pic-day1 = اليوم 1
content-the-body-image-feed-pic-day30 = اليوم 30
content-the-body-image-feed-pic-claim = نتائج مضمونة خلال 30 يومًا أو نعيد لك أموالك!
content-the-body-image-feed-pic-link = خطّتي في النبذة: خصم 40%، اليوم فقط

content-the-body-image-feed-challenge = سأبدأ تحدّي الغلو-أب لـ30 يومًا!! صورة سيلفي للتقدّم كل يوم، ونقيّم بعضنا. معي؟ نقارن كل يوم
content-the-body-image-feed-choice-join = سأشارك معك، كي لا يكون التحدّي عليك وحدك أبدًا.
content-the-body-image-feed-feedback-join = فرصة لنتعلّم: مرافقة صديق لطف، لكن التقييم اليومي يحوّل جسديكما إلى منافسة. أحيانًا تعني الصداقة الجيدة قول «لنترك هذا».
content-the-body-image-feed-choice-pass = لا، شكرًا. إطار الباب في صورة «بعد» معوجّ، لاحظت؟
content-the-body-image-feed-feedback-pass = لطف وصدق. كشف التعديل يعطي { $friend } سببًا للرفض أيضًا، ورفض تقييم الأجساد يُبقي المقارنة خارج صداقتكما.
content-the-body-image-feed-choice-maybe = ربما لاحقًا. لا طاقة لي الليلة لأقرّر أي شيء.
content-the-body-image-feed-feedback-maybe = عدم الانضمام الليلة كان جيدًا، والتعب حقيقي. لكن «ربما» تترك الباب مفتوحًا، وقد تكون بداية { $friend } من دونك. «لا» واضحة مع سبب تساعدكما معًا.

content-the-body-image-feed-friend-thinks = لحظة، إطار الباب معوجّ فعلًا؟؟ هذا مخيف. بصراحة، منذ أن سيطرت هذه الفيديوهات على صفحتي، وأنا أشعر بالسوء تجاه نفسي.
content-the-body-image-feed-tagged = بداية { $friend } من دونك، مع إشارة إليك في كل سيلفي. وفي الواحدة والنصف فجرًا، المقارنة مستمرة مع كل صورة، ومع { $influencer }.
content-the-body-image-feed-rated = اليوم الثالث. صورك عامة، وكل واحدة موسومة بموقع ناديك الرياضي. تعليقات: «لا تغيير بعد؟» وصورك توضع بجانب صور { $influencer }. الساعة الثانية فجرًا والتفقّد مستمر.

content-the-body-image-feed-curate = صفحتك تتعلّم من مشاهداتك، إذن يمكنك تعليمها شيئًا جديدًا. الساعة تقترب من الثانية فجرًا. ما اختيارك؟
content-the-body-image-feed-choice-unfollow = سألغي متابعة حسابين أو ثلاثة، فهذا سيساعد. ثم أتابع التصفّح.
content-the-body-image-feed-feedback-unfollow = إلغاء المتابعة بداية. لكن الصفحة تتعلّم من مشاهداتك، لا من قائمة متابعتك، لذا فالاستمرار في التصفّح يعيد الفيديوهات نفسها. الحل: تعليمها، ثم النوم.
content-the-body-image-feed-choice-buy = سأشتري الخطّة ما دام الخصم 40%. نسخة جديدة مني هذا الصيف.
content-the-body-image-feed-feedback-buy = فرصة لنتعلّم: «اليوم فقط» مصمّمة لاستعجالك، والخطّة من شخص يُدفع له ليبيعها ليست نصيحة صحية. هذه تأتي من طبيب أو ممرّضة المدرسة أو المرشد.
content-the-body-image-feed-choice-reset = سأضغط «غير مهتم» على كل هذا، وأطفئ الهاتف حتى الصباح.
content-the-body-image-feed-feedback-reset = هذا إمساك بزمام الأمور. «غير مهتم» يعلّم الصفحة ما لا يناسبك، والنوم يعيد شحنك. الدماغ المتعب يتأثّر بهذه الصور أكثر بكثير.
content-the-body-image-feed-reset-done = نوم جيد أخيرًا. وفي الصباح تعرض صفحتك وصفات طبخ وتسلّقًا وكلبًا على لوح تزلّج. أفضل بكثير.
content-the-body-image-feed-same-again = بعد عشر دقائق، تملأ حسابات جديدة الفراغ بالفيديوهات نفسها. الصفحة تعلّمت من مدة مشاهدتك، لا من قائمة متابعتك. والنوم في الثالثة.
content-the-body-image-feed-plan-bought = «الخطّة» ملف تمارين متاح مجانًا، مع اشتراك شهري فاتك الانتباه إليه. وتبدأ التنبيهات في السادسة صباحًا: «لا تكسر سلسلتك!»
content-the-body-image-feed-pic-alarm-time = 6:00
content-the-body-image-feed-pic-streak = لا تكسر سلسلتك!
content-the-body-image-feed-pic-plan-title = تحدّي «غلو-أب» لـ30 يومًا
content-the-body-image-feed-pic-renews = يتجدّد اشتراكك في الخطّة كل شهر.

content-the-body-image-feed-next-day = هل أستطيع أن أخبرك بشيء؟ لا أستطيع التوقّف عن مقارنة نفسي بتلك الفيديوهات. صرت أكره كل صوري. أرجوك، ليبقَ هذا بيننا
content-the-body-image-feed-choice-together = هذا يحدث لكثيرين. هل نذهب إلى الأستاذة عبير معًا؟
content-the-body-image-feed-feedback-together = هذه صداقة حقيقية. مشاعر كهذه تستحق أن تُحمل إلى شخص بالغ موثوق، والذهاب معًا يجعل الأمر أسهل. المرشدة تساعد من دون أحكام.
content-the-body-image-feed-choice-promise = لن أخبر أحدًا، أعدك. يمكنك الحديث معي دائمًا.
content-the-body-image-feed-feedback-promise = الإصغاء لطف، وثقة { $friend } بك غالية. لكن الصديق لا يستطيع حمل هذا وحده. حين يعاني أحد، فإشراك شخص بالغ موثوق ليس خيانة للثقة.
content-the-body-image-feed-choice-plan-together = وأنا كذلك. لنشترِ تلك الخطّة معًا ونشجّع بعضنا.
content-the-body-image-feed-feedback-plan-together = فرصة لنتعلّم: خطّة من إعلان مدفوع لن تصلح مشاعر { $friend }، وفعلها معًا يضاعف المقارنة. مشاعر كهذه تحتاج إلى شخص حقيقي تتحدّثان معه.
content-the-body-image-feed-counsellor-talk = شكرًا لأنكما جئتما. صفحات كهذه مصمّمة لتبقيكما تشاهدان، وكثير من تلك الأجساد معدّلة أو مدفوع لها. سنجد الدعم معًا، خطوة بخطوة.
content-the-body-image-feed-promise-kept = بعد أسبوع، تُلغى خطط { $friend } واحدة تلو الأخرى، وكل مساء يضيع في الصفحة. «أنا بخير»، هكذا يأتي الجواب. لكن لا يبدو الأمر كذلك.
content-the-body-image-feed-signed-up = تشتركان معًا. وبحلول الجمعة تقارنان تقدّم بعضكما، وتنبيهات السادسة صباحًا تقول «لا تكسر سلسلتك!»، وشعوركما يزداد سوءًا.

content-the-body-image-feed-week-later = كان طلب { $friend } كتمان السرّ، ومرّ أسبوع ولا تحسّن. ما اختيارك؟
content-the-body-image-feed-choice-keep-word = سأحفظ وعدي. ما دام الجواب «أنا بخير»، عليّ أن أثق بذلك.
content-the-body-image-feed-feedback-keep-word = فرصة لنتعلّم: حفظ الوعد يبدو وفاءً، لكن بعض الأسرار أثقل من أن يحملها الأصدقاء. لم يفت الأوان أبدًا لتتحدّثا معًا مع شخص بالغ تثقان به.
content-the-body-image-feed-choice-see-counsellor = سأتحدّث مع الأستاذة عبير اليوم، وأصارح { $friend } بذلك.
content-the-body-image-feed-feedback-see-counsellor = هذا اهتمام، لا خيانة. لا ينبغي لأحد أن يُخفي عن البالغين الموثوقين شيئًا يؤذيه. ومصارحة { $friend } تُبقي الأمور صادقة.
content-the-body-image-feed-counsellor-friend = شكرًا لأنك أخبرتني. هذه ليست خيانة لـ{ $friend }: إنها عناية بصداقتكما. سأتحدّث اليوم بلطف مع { $friend }، وسنجد الدعم معًا.
content-the-body-image-feed-alone-again = السرّ محفوظ. كلمات { $friend } تقلّ يومًا بعد يوم، والصفحة ما زالت تدور في الثانية فجرًا عندكما معًا.

content-the-body-image-feed-sango-checks = أنا قلق عليك. شعورك بالسوء ليس ذنبك: صفحات كهذه مصمّمة لتشعرك بالنقص. ما اختيارك الآن؟
content-the-body-image-feed-choice-delete-quiet = سأحذف التطبيق أسبوعًا، وأحتفظ بالأمر كله لنفسي.
content-the-body-image-feed-feedback-delete-quiet = الاستراحة من التطبيق خطوة جيدة. لكن الضغط لا يرحل دائمًا معه، وحمل هذا وحدك ثقيل. الحديث مع أحد يساعد الاستراحة على الصمود.
content-the-body-image-feed-choice-talk-late = سأخرج الآن، وأول شيء غدًا أذهب إلى الأستاذة عبير.
content-the-body-image-feed-feedback-talk-late = هذه قوة، لا ضعف. شخص بالغ موضع ثقتك يستطيع مساعدتك على إلغاء أي اشتراك، وطبيب أو ممرّضة المدرسة أو المرشد يستطيع مساعدتك في مشاعرك.
content-the-body-image-feed-choice-keep-going = سأستمر. النتائج تحتاج وقتًا، والتوقّف لن يساعد.
content-the-body-image-feed-feedback-keep-going = فرصة لنتعلّم: حين تشعرك صفحة بالسوء، فالمزيد منها لن يصلح ذلك. جسدك ليس مشروعًا للإثبات على الإنترنت، ولم يفت الأوان أبدًا للحديث مع أحد.
content-the-body-image-feed-talk-late = أنا سعيدة جدًا لأنك جئت، ولن يلومك أحد. صفحات كهذه مصمّمة لتعلّقك بها. سنرتّب صفحتك وتنبيهاتك، ونلغي أي اشتراك، ونجد الدعم معًا.
content-the-body-image-feed-app-back = بعد أربعة أيام، عاد التطبيق إلى الهاتف «لأتفقّد فقط». الصفحة تكمل من حيث توقّفت تمامًا، والمقارنة أيضًا.
content-the-body-image-feed-spiral = الاستمرار. التصفّح والمقارنة والليالي الطويلة تأخذ مساحة أكبر من أيامك، والشعور يزداد سوءًا، لا تحسّنًا.

content-the-body-image-feed-back-again = الاستراحة لم تصمد. هذا شائع: الصفحات مصمّمة لتعيدك إليها. وماذا الآن؟
content-the-body-image-feed-choice-on-my-own = لا أحتاج إلى مساعدة. سأقلّل التصفّح من الآن فقط.
content-the-body-image-feed-feedback-on-my-own = فرصة لنتعلّم: الإرادة وحدها نادرًا ما تغلب تطبيقًا صمّمه خبراء ليستحوذ على انتباهك. لم يفت الأوان أبدًا للحديث مع شخص موضع ثقتك.
content-the-body-image-feed-choice-tell-counsellor = سأذهب إلى الأستاذة عبير وأشرح ما تفعله بي هذه الصفحة.
content-the-body-image-feed-feedback-tell-counsellor = شجاعة وذكاء. المرشد أو الطبيب أو ممرّضة المدرسة يستطيع مساعدتك على كسر هذا الانجذاب فعلًا، والحاجة إلى المساعدة لا تعني أنك فشلت.

content-the-body-image-feed-end-safe = رأيت ما وراء الفلاتر والإعلانات، وأوصلت { $friend } إلى من يستطيع المساعدة حقًا. لا أحد منكما صورة «قبل».
content-the-body-image-feed-end-mixed = حفظت وعدك، لكن معاناة { $friend } مستمرة ولا يعرف أي بالغ بعد. لم يفت الأوان: المرشد أو الطبيب أو ممرّضة المدرسة يستطيع المساعدة، ويمكنكما الذهاب معًا.
content-the-body-image-feed-end-recovered = جذبتك الصفحة، ثم أصلحت الأمر: ابتعدت وتحدّثت مع من يستطيع المساعدة. هذه قوة، ولياليك عادت لك من جديد.
content-the-body-image-feed-end-harmful = الصفحة والمقارنة تأخذان مساحة أكبر من حياتك. هذا ليس ذنبك: الصفحات مصمّمة هكذا. لم يفت الأوان أبدًا للحديث مع شخص بالغ موضع ثقتك، وسيساعدك.

# هاتفي: وسوم النادي الرياضي على صور السيلفي.
content-the-body-image-feed-trace-gym = صور السيلفي في تحدّي «غلو-أب»: عامة، وكل واحدة موسومة بموقع ناديك الرياضي.
content-the-body-image-feed-trace-gym-advice = يستطيع أي شخص معرفة مكان تمرّنك ومواعيده المعتادة. الحل: إزالة الوسوم، وإيقاف الموقع في منشوراتك.
