# المحتوى / القيم: صفحة صورة الجسد (الأعمار 16-18)

content-the-body-image-feed-title = صفحة صورة الجسد
content-the-body-image-feed-summary = صفحتك الرئيسية امتلأت فجأة بـ«التحوّلات» وتحدّيات الحِمية، وبدأ هذا يؤثّر فيك.
content-the-body-image-feed-remember = الفلاتر والتعديلات والمنشورات المدفوعة ليست الحياة الحقيقية. انتقِ ما تتابعه، واحمِ نومك، وتحدّث مع أحد إذا بدأ الأمر يؤثّر فيك.

content-the-body-image-feed-app = { $app }
content-the-body-image-feed-app-fitflick = Fitflick
content-the-body-image-feed-app-glowgrid = Glowgrid
content-the-body-image-feed-app-pulsefeed = Pulsefeed
content-the-body-image-feed-influencer-kai = @ShredWithKai
content-the-body-image-feed-influencer-lexi = @LeanLexi
content-the-body-image-feed-influencer-sol = @SolTransforms
content-the-body-image-feed-friend-priya = رنا
content-the-body-image-feed-friend-mateo = ماجد
content-the-body-image-feed-friend-noor = نور

content-the-body-image-feed-npc-influencer = { $influencer }
content-the-body-image-feed-npc-friend = { $friend }
content-the-body-image-feed-npc-counsellor = الأستاذة عبير، المرشدة المدرسية

content-the-body-image-feed-intro = الساعة الواحدة فجرًا. الأسبوع الماضي شاهدت فيديو تمارين واحدًا على { $app }. والآن صفحتك كلها «تحوّلات»، وأنت تتصفّح منذ ساعة. لنلقِ نظرة على ما تعرضه عليك.
content-the-body-image-feed-post = قبل 30 يومًا مقابل اليوم. ألغيت العشاء، وأتمرّن مرتين يوميًا، ولم أشعر بتحسّن كهذا من قبل! ابدأ تحدّي «ماذا آكل في يوم» وأشِر إلى 3 أصدقاء. خطّتي في النبذة التعريفية.

content-the-body-image-feed-spot = يبدو مذهلًا، أليس كذلك؟ هذا هو المقصود. المس كل ما يجعل هذا المنشور أقل واقعية ممّا يبدو.
content-the-body-image-feed-card-title = { $influencer }، مُموَّل
content-the-body-image-feed-card-body = صورتان جنبًا إلى جنب: «اليوم 1» بجسد منحنٍ في ضوء رمادي، و«اليوم 30» بوضعية مدروسة في ضوء ذهبي.
content-the-body-image-feed-part-photo = صورة «اليوم 30»: بشرة متوهّجة، وإطار باب منحنٍ
content-the-body-image-feed-feedback-photo = نعم. الخلفية المنحنية تعني أن الجسد أُعيد تشكيله في تطبيق تعديل، والبشرة المثالية تعني غالبًا فلترًا. الإضاءة والوضعية والزاوية وحدها قادرة على تغيير شكل الجسد.
content-the-body-image-feed-part-sponsored = نص رمادي صغير: «شراكة مدفوعة مع Corevita Labs»
content-the-body-image-feed-feedback-sponsored = أصبت تمامًا. «شراكة مدفوعة» تعني أن صاحب الحساب يتقاضى أجرًا ليبيعك شيئًا. القصة كلها إعلان، والإعلانات تعرض أفضل نسخة من الحقيقة.
content-the-body-image-feed-part-claim = «ألغيت العشاء ولم أشعر بتحسّن كهذا من قبل!»
content-the-body-image-feed-feedback-claim = صحيح. تخطّي الوجبات يُباع على أنه أسلوب حياة، دون أي طبيب أو دليل. وإلغاء الوجبات قد يستنزف طاقتك وتركيزك ومزاجك، في الوقت الذي تحتاج إليها فيه أكثر.
content-the-body-image-feed-part-link = «خطّتي في النبذة: خصم 40%، اليوم فقط»
content-the-body-image-feed-feedback-link = نعم: الخصم الذي ينتهي اليوم مصمّم ليستعجلك. وإذا كان أحدهم يبيع خطّة، فصور «قبل وبعد» عنده عرض بيع هي أيضًا.
content-the-body-image-feed-part-gym = رفّ أوزان في الخلفية
content-the-body-image-feed-feedback-gym = ليس دليلًا. تحريك جسمك والذهاب إلى النادي الرياضي أمران رائعان. المشكلة في التعديلات والإعلانات وفكرة أن جسدك صورة «قبل».

content-the-body-image-feed-challenge = سأبدأ تحدّي «ماذا آكل في يوم» غدًا! ننشر كل وجبة والجميع يقيّمونها. معنا؟؟
content-the-body-image-feed-choice-pass = سأعتذر، وأشرح لـ{ $friend } لماذا يقلقني هذا التحدّي
content-the-body-image-feed-feedback-pass = لطف وصدق. نشر كل وجبة لتقييمها يحوّل الطعام إلى مسابقة، ويصعب التراجع عن تلك المنشورات. وشرح السبب يفتح لصديقك باب الخروج أيضًا.
content-the-body-image-feed-choice-skip = سأتجاوزه فقط ولن أقول شيئًا
content-the-body-image-feed-feedback-skip = إبعاد وجباتك عن الإنترنت كان قرارًا جيدًا. لكن صديقك ما زال مقبلًا على التحدّي، وكلمة منك قد تسهّل عليه أن يتجاوزه أيضًا.
content-the-body-image-feed-choice-join = سأشارك وأنشر وجباتي للتقييم
content-the-body-image-feed-feedback-join = فرصة لنتعلّم: تقييم طعام بعضكم يحوّل الأكل إلى استعراض، وتلك المنشورات تبقى على الإنترنت. ما تأكله لا يخصّ أحدًا سواك.

content-the-body-image-feed-friend-thinks = بصراحة؟ منذ أن سيطرت هذه الفيديوهات على صفحتي، وأنا أشعر بالسوء تجاه نفسي. ظننت أن هذا يحدث معي وحدي.
content-the-body-image-feed-feed-keeps = تتجاوز التحدّي، لكن الصفحة لا تتجاوزك. بحلول الثانية فجرًا تكون قد شاهدت 40 تحوّلًا آخر، وفجأة تبدو لك المرآة مثل صورة «قبل».
content-the-body-image-feed-ratings = منشورات وجباتك تصلها تعليقات: «كربوهيدرات كثيرة»، «اليوم الثاني ولا تغيير؟». تبدأ بتخطّي الغداء كي يبدو منشور الغد «أفضل». الساعة الثانية فجرًا وأنت ما زلت تتفقّد.

content-the-body-image-feed-curate = صفحتك تتعلّم ممّا تشاهده، لذا تستطيع أن تعلّمها شيئًا جديدًا. الوقت متأخّر، وكانت ليلة ثقيلة. ماذا ستفعل؟
content-the-body-image-feed-choice-reset = سأكتم هذه الحسابات، وأعيد ضبط صفحتي، وأخرج، وأتحدّث مع أحد
content-the-body-image-feed-feedback-reset = هذا هو التحكّم. «غير مهتم» والكتم وإعادة ضبط الصفحة تغيّر ما تعرضه الخوارزمية، والنوم يعيد ضبطك أنت، والحديث يمنع تراكم الأمر.
content-the-body-image-feed-choice-unfollow = سألغي متابعة حسابين، ثم أتابع التصفّح
content-the-body-image-feed-feedback-unfollow = إلغاء المتابعة يساعد قليلًا. لكن التصفّح في الثانية فجرًا يواصل تغذية الخوارزمية بالإشارات نفسها، والدماغ المتعب يتأثّر بتلك الصور أكثر. النوم أولًا.
content-the-body-image-feed-choice-buy = سأشتري الخطّة من النبذة ما دام الخصم 40%
content-the-body-image-feed-feedback-buy = فرصة لنتعلّم: الموعد النهائي صُمّم ليستعجلك، وخطّة من شخص يُدفع له لبيعها ليست نصيحة صحية. الطبيب أو ممرّض المدرسة يقدّمان النصيحة الصحية مجانًا.
content-the-body-image-feed-talk = شكرًا لأنك جئت إليّ. صفحات كهذه مصمّمة لتبقيك تشاهد، وكثير من تلك الأجساد معدّلة أو مدفوع لها. وإذا بدأ الطعام أو جسدك يسيطران على أفكارك، فسنجد الدعم معًا.

content-the-body-image-feed-plan-bought = «الخطّة» قائمة بوجبات عليك تخطّيها، مع اشتراك شهري لم تنتبه إليه. تبدأ التنبيهات الساعة 6 صباحًا: «لا تكسر سلسلة أيامك!» أنت متعب، وجائع، وتشعر بسوء أكبر.
content-the-body-image-feed-sango-checks = أنا قلق عليك. شعورك بالسوء ليس ذنبك: هذه الصفحة مصمّمة لتجعلك تشعر أنك لست كافيًا. الاعتناء بنفسك يمكن أن يبدأ الآن. ماذا ستفعل؟
content-the-body-image-feed-choice-talk-late = سآخذ استراحة حقيقية وأتحدّث مع شخص أثق به
content-the-body-image-feed-feedback-talk-late = هذه قوة، لا ضعف. الشخص البالغ الذي تثق به، أو طبيبك، أو خط مساعدة لاضطرابات الأكل سيساعدونك دون أن يحكموا عليك، بما في ذلك أي اشتراك سجّلت فيه.
content-the-body-image-feed-choice-delete-app = سأحذف التطبيق لفترة، وأحتفظ بالأمر لنفسي
content-the-body-image-feed-feedback-delete-app = الاستراحة من الصفحة خطوة رائعة. لكن الضغط لا يرحل دائمًا مع التطبيق. الحديث مع شخص تثق به يساعد الاستراحة على الدوام.
content-the-body-image-feed-choice-try-harder = سأبذل جهدًا أكبر: خطّة أشد، ومنشورات أكثر
content-the-body-image-feed-feedback-try-harder = فرصة لنتعلّم: حين تجعلك صفحة تشعر بالسوء، فالمزيد منها لن يصلح ذلك. جسدك ليس مشروعًا عليك إثباته على الإنترنت. لم يفت الأوان أبدًا لطلب المساعدة.
content-the-body-image-feed-talk-late = يسعدني حقًا أنك أخبرتني، وأنت لست في ورطة. تلك الصفحات مصمّمة لتوقعك في شباكها. سنلغي أي اشتراك سجّلت فيه، ونجد شخصًا تستطيع أن تتحدّث معه عن الطعام وعن مشاعرك.

content-the-body-image-feed-end-safe = رأيت ما وراء الفلاتر والإعلانات، وأبقيت وجباتك بعيدًا عن الإنترنت، واستعدت صفحتك. جسدك ليس صورة «قبل».
content-the-body-image-feed-end-mixed = ابتعدت قليلًا، لكن ضغط الصفحة ما زال معك، وأنت تحمله وحدك. الكتم، وإعادة الضبط، والنوم، والحديث مع أحد قد تغيّر الأمور.
content-the-body-image-feed-end-recovered = صار الأمر ثقيلًا، لكنك ابتعدت وطلبت المساعدة. هكذا تستعيد صفحتك، ولياليك. كن لطيفًا مع نفسك.
content-the-body-image-feed-end-harmful = الصفحة والخطّة والتقييمات تأخذ من حياتك أكثر فأكثر. هذا ليس ذنبك، ولم يفت الأوان أبدًا للحديث مع شخص تثق به.
