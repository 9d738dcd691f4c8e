# المحتوى / القيم: الإعلان المخفي (الأعمار 13-15). تسويق المؤثرين، وسم #ad مخفي، مراجعات «صادقة» مزيفة.

content-the-hidden-ad-title = الإعلان المخفي
content-the-hidden-ad-summary = في «مراجعة صادقة»، يقول أحد المؤثرين إن كريمًا غيّر كل شيء. هل هي مراجعة أم إعلان؟
content-the-hidden-ad-remember = «المراجعة الصادقة» التي فيها رمز خصم ومديح فقط ووسم ‎#ad مخفي في آخرها هي إعلان. النظر عن قرب، والإبلاغ عن الإعلانات المخفية، والثقة بالمراجعات التي تذكر الجيد والسيئ.

content-the-hidden-ad-app = { $app }
content-the-hidden-ad-npc-influencer = { $influencer }
content-the-hidden-ad-npc-friend = { $friend }
content-the-hidden-ad-npc-classmate = { $classmate }
content-the-hidden-ad-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
content-the-hidden-ad-app-glowgrid = GlowGrid
content-the-hidden-ad-app-picpeek = PicPeek
content-the-hidden-ad-app-vibeloop = VibeLoop
content-the-hidden-ad-name-glow-mira = glow.with.mira
content-the-hidden-ad-name-kai-skinlab = kai.skinlab
content-the-hidden-ad-name-daily-dew = dailydew.diary
content-the-hidden-ad-product-dewdrop = كريم DewDrop
content-the-hidden-ad-product-clearglow = سيروم ClearGlow
content-the-hidden-ad-product-velvet = جل Velvet Skin
content-the-hidden-ad-game-puzzle-drift = Puzzle Drift
content-the-hidden-ad-game-moon-miners = Moon Miners
content-the-hidden-ad-game-tiny-kingdoms = Tiny Kingdoms
content-the-hidden-ad-adult-mum = ماما
content-the-hidden-ad-adult-grandpa = جدّي
content-the-hidden-ad-adult-uncle = العم آدي

content-the-hidden-ad-intro = بعد المدرسة، تصفّح سريع لـ{ $app }. هذا الأسبوع، الصف كله يتحدث عن البشرة، ومنشور واحد يظهر في كل مكان.
content-the-hidden-ad-post = مراجعتي الصادقة: { $product } غيّر بشرتي في 7 أيام! لا رعاية ولا شيء، أنا فقط أحبه. الرمز GLOW20 لخصم 20٪، الليلة فقط!
content-the-hidden-ad-pic-caption = مراجعتي الصادقة: تغيّرت بشرتي في 7 أيام، بلا أي عيوب!
content-the-hidden-ad-pic-code = ‏GLOW20: خصم 20٪
content-the-hidden-ad-pic-timer = الليلة فقط
content-the-hidden-ad-pic-likes = ‏48.2 ألف
content-the-hidden-ad-pic-tags = #skincare #glow #selfcare #morningroutine #nofilter #ad

# الضغط على ما يكشف الإعلان.
content-the-hidden-ad-spot = مراجعة أم إعلان؟ يمكنك الضغط على الأجزاء التي تكشفه.
content-the-hidden-ad-card-title = { $influencer }
content-the-hidden-ad-card-body = مراجعتي الصادقة: { $product } غيّر بشرتي في 7 أيام!
content-the-hidden-ad-part-tick = العلامة الزرقاء بجانب اسم { $influencer }
content-the-hidden-ad-feedback-tick = ليست دليلًا: العلامة تُظهر أن الحساب فعلًا لـ{ $influencer }. لا تقول شيئًا عن كون المراجعة مدفوعة أو صحيحة.
content-the-hidden-ad-part-caption = «تغيّرت بشرتي في 7 أيام، بلا أي عيوب!»
content-the-hidden-ad-feedback-caption = نعم. المديح فقط، ونتيجة أسرع من أن تُصدَّق، علامتان على الإعلان. المراجعات الحقيقية تذكر أيضًا ما ليس جيدًا.
content-the-hidden-ad-part-code = الرمز GLOW20، خصم 20٪، الليلة فقط
content-the-hidden-ad-feedback-code = نعم. الرمز الشخصي يعني غالبًا أن صاحب المنشور يربح من كل عملية بيع، و«الليلة فقط» تستعجلك قبل أن يتسنى لك التحقق.
content-the-hidden-ad-part-likes = ‏48.2 ألف إعجاب
content-the-hidden-ad-feedback-likes = ليست دليلًا وحدها: الإعجابات تُظهر أن المنشور رائج، لا أنه مدفوع أو صحيح.
content-the-hidden-ad-part-tags = ‏‎#ad، مخفي في آخر قائمة طويلة من الوسوم
content-the-hidden-ad-feedback-tags = أصبت. في بلدان كثيرة يجب أن يقول المنشور المدفوع ذلك بوضوح، ومن البداية. وسم ‎#ad مدفون بعد خمسة وسوم أخرى يراهن على ألّا يلاحظه أحد.

# اللعب من الجهة الأخرى: كتابة إعلان مخفي ثم قلب الصورة.
content-the-hidden-ad-craft-intro = ما رأيك أن نرى كيف تُصنع منشورات كهذه؟ لجولة واحدة، كتابة الإعلان المخفي عليك. إنه مجرد تدريب: حين تُبنى الحيل باليد، يصبح كشفها أسهل بكثير.
content-the-hidden-ad-craft = مهمتك: منشورات لمشروب طاقة مخترع اسمه Volt Rush، موجّهة إلى اللاعبين الصغار. في المنشور مكان لثلاثة أجزاء. بعد قراءة من سيراه، يأتي اختيار ما يدفع كل واحد منهم إلى الشراء.
content-the-hidden-ad-craft-what = «مراجعة صادقة» لمشروب الطاقة المخترع Volt Rush
content-the-hidden-ad-t-caffeine = كافيين قوي: على العلبة «ليس لمن هم دون 16 عامًا»
content-the-hidden-ad-t-caffeine-why = صادق: التحذير على العلبة يساعد على اتخاذ القرار، فلا يقنع أحدًا بالشراء. الإعلانات المخفية تحذفه، خاصة حين تستهدف اللاعبين الصغار.
content-the-hidden-ad-t-prize = في كل علبة رمز للفوز بكرسي ألعاب
content-the-hidden-ad-t-prize-why = جائزة: تجعل الشراء يبدو فوزًا. كيف تكشفها: البحث عن الاحتمالات. إنها ضئيلة، ولم يكن أحد هنا يريد كرسيًا.
content-the-hidden-ad-t-nerves = يداك ترتجفان قبل مباراة كبيرة؟ علبة واحدة ويختفي التوتر تمامًا
content-the-hidden-ad-t-nerves-why = العاطفة: تجد قلقًا ثم تبيع له علاجًا. كيف تكشفها: لا مشروب يزيل التوتر، والكافيين قد يزيد ارتجاف اليدين.
content-the-hidden-ad-t-pro = يشربه كبار المحترفين
content-the-hidden-ad-t-pro-why = سلطة مستعارة: أي محترفين، وهل دُفع لهم؟ كيف تكشفها: التوصية الحقيقية فيها أسماء يمكن التحقق منها، والمدفوعة يجب أن تقول إنها إعلان.
content-the-hidden-ad-t-squad = فريقي كله يشربه الآن. لا أحد يريد البقاء خارج المجموعة
content-the-hidden-ad-t-squad-why = الجماعة: «الكل يملكه» يجعلك تخشى أن تُستبعد. كيف تكشفها: السؤال هو هل تحتاجه، لا من غيرك يملكه.
content-the-hidden-ad-t-code = رمزي VOLT: علبة مجانية، اليوم فقط!
content-the-hidden-ad-t-code-why = الاستعجال: الموعد النهائي يجعلك تضغط قبل أن تفكر، والرمز يربح منه صاحب المنشور. كيف تكشفه: العرض العادل يمنحك وقتًا.
content-the-hidden-ad-t-label = ‏‎#ad: هذا المنشور مدفوع من Volt Rush
content-the-hidden-ad-t-label-why = صادق: إشارة واضحة في البداية تسمح بالحكم على المنشور كما هو. لا تخدع أحدًا، ولهذا بالضبط تحذفها الإعلانات المخفية.
content-the-hidden-ad-p-lucia = لوسيا
content-the-hidden-ad-p-lucia-about = تتوتر قبل البطولات لدرجة أن يديها ترتجفان
content-the-hidden-ad-p-lucia-why = المنشور الذي يعد بإزالة قلق ما يصيب أكثر حين يكون هذا القلق موجودًا. ليس هذا سذاجة: الإعلان كُتب من أجل هذا الشعور.
content-the-hidden-ad-p-kwame = كوامي
content-the-hidden-ad-p-kwame-about = يقلّد كل ما يستعمله أفضل اللاعبين، حتى سماعاتهم
content-the-hidden-ad-p-kwame-why = الإعجاب باللاعبين المهرة أمر طبيعي. «يشربه المحترفون» يستعير ثقتهم، بلا دليل وبلا ‎#ad.
content-the-hidden-ad-p-arjun = أرجون
content-the-hidden-ad-p-arjun-about = يكره أن يكون الوحيد في فريقه الذي فاته شيء
content-the-hidden-ad-p-arjun-why = لا أحد يحب أن يُترك خارج المجموعة. «الكل يملكه» و«اليوم فقط» يلعبان على الخوف نفسه من أن يفوتك شيء.
content-the-hidden-ad-craft-turn = والآن إلى الجهة المقابلة: هذه الحيل موجّهة إليك. «محترف» مدفوع الأجر، «لا أحد يريد البقاء خارج المجموعة»، رمز ينتهي الليلة، علاج لهمومك. المطلوب: البحث عن ‎#ad، وعن العيوب، وعمّن يربح المال.
content-the-hidden-ad-craft-back = عودة إلى صفحتك: منشور { $influencer } ما زال هناك، «مراجعة صادقة»، ورمز، والليلة فقط. هذه الحيل نفسها كانت بين يديك قبل قليل.

# القرار 1: مراجعة حقيقية من زميل في الصف.
content-the-hidden-ad-review = اشتريت { $game } من مالي الخاص. الألغاز رائعة، لكن الإعلانات بين المراحل مزعجة جدًا. 7/10.
content-the-hidden-ad-pic-game = { $game }
content-the-hidden-ad-pic-score = 7/10
content-the-hidden-ad-pic-own-money = اشتريتها من مالي الخاص
content-the-hidden-ad-pic-pro = ألغاز رائعة
content-the-hidden-ad-pic-con = إعلانات مزعجة بين المراحل
content-the-hidden-ad-choice-like-review = إعجاب، أثق بهذه: مال صاحبها، والجيد والسيئ.
content-the-hidden-ad-feedback-like-review = عين ثاقبة. شراء من المال الخاص، وتقييم، وعيب حقيقي: هكذا تبدو المراجعة الصادقة. التحقق ليس هو الشك في الجميع.
content-the-hidden-ad-choice-report-review = سأبلغ عنها للأمان. ربما هي إعلان مخفي أيضًا.
content-the-hidden-ad-feedback-report-review = التحقق جيد، لكن هذه فيها علامات المراجعة الصادقة: لا رمز، ولا ‎#ad، وعيب حقيقي. البلاغات للمنشورات التي تخالف القواعد.
content-the-hidden-ad-choice-accuse = أعلّق: «هههه كم دفعوا لك مقابل هذا؟»
content-the-hidden-ad-feedback-accuse = فرصة لنتعلّم: الاتهام أمام الجميع قد يجرح، وهذه المراجعة تذكر عيوبها. البحث عن العلامات يأتي قبل الحكم على شيء بأنه إعلان.
content-the-hidden-ad-c-liked = شكرًا!! نصيحة: يمكن إيقاف الإعلانات مجانًا من الإعدادات
content-the-hidden-ad-c-report-review = في اليوم التالي يردّ { $app }: «راجعنا هذا المنشور. إنه لا يخالف قواعدنا». أخذ البلاغ وقت أحد المشرفين، وبقيت المراجعة في مكانها.
content-the-hidden-ad-c-accused = ثلاثة أشخاص أعجبهم تعليقك. يأتي الرد من { $classmate }: «ادّخرت ثمنها أسابيع...». وبعد ساعة، اختفت المراجعة.

# القرار 2: الصديق يريد الكريم الليلة.
content-the-hidden-ad-friend-asks = هل رأيت منشور { $influencer }؟ إنها مراجعة صادقة، وليست إعلانًا حتى! الرمز ينتهي الليلة. هل أشتري { $product }؟
content-the-hidden-ad-choice-wait-report = لحظة، في آخر المنشور ‎#ad مخفي. سأبلغ عنه الآن.
content-the-hidden-ad-feedback-wait-report = ملاحظة ممتازة. وسم ‎#ad مخفي، ورمز شخصي، و«الليلة فقط» تعني أن هناك من يدفع مقابل البيع. الانتظار يسمح بقراءة مراجعات حقيقية، والإبلاغ يساعد { $app } على إظهار الإعلانات كإعلانات.
content-the-hidden-ad-choice-all-fake = لا داعي لشراء أي شيء من الإنترنت. كله كذب.
content-the-hidden-ad-feedback-all-fake = عدم الشراء الليلة كان حكيمًا. لكن «كله كذب» ليس صحيحًا: مراجعة { $classmate } كانت حقيقية. معرفة الحيل تعني النظر عن قرب، لا التخلي عن كل شيء.
content-the-hidden-ad-choice-get-it = الشراء آمن، تحققت بنفسي والمراجعة صادقة.
content-the-hidden-ad-feedback-get-it = فرصة لنتعلّم: «لا رعاية ولا شيء» ليست كالمنشور غير المدفوع. وسم ‎#ad في الآخر والرمز يقولان إنه مدفوع. لم يفت الأوان للمساعدة في إصلاح الأمر.

content-the-hidden-ad-c-friend-waits = يا إلهي، صحيح، مكتوب ‎#ad في الآخر تمامًا. حسنًا، سأقرأ مراجعات أخرى أولًا. شكرًا!!
content-the-hidden-ad-c-all-fake = كله؟ حتى مراجعات { $classmate }؟ كل ما أريده شيء لبشرتي. فمن أسأل إذن؟
content-the-hidden-ad-c-bought = طُلب المنتج بالرمز. بعد أسبوع، وصل شيئان: بشرة حمراء تحكّ، وخصم ثانٍ من المال. «خصم 20٪» كان اشتراكًا شهريًا.
content-the-hidden-ad-pic-bank = المدفوعات
content-the-hidden-ad-pic-charge = اشتراك: { $product }
content-the-hidden-ad-pic-charge-again = اشتراك: { $product } (الشهر 2)
content-the-hidden-ad-pic-amount = ‏-24.99
content-the-hidden-ad-pic-monthly = يتجدد كل شهر ما لم يُلغَ

# بعد «كله كذب».
content-the-hidden-ad-ask-who = إذن لا شيء للبشرة أبدًا؟ لكن بشرتي سيئة جدًا الآن. من أستطيع أن أسأل؟
content-the-hidden-ad-choice-ask-adult = لنسأل { $adult } ونطلب المساعدة في الاختيار.
content-the-hidden-ad-feedback-ask-adult = فكرة رائعة. الشخص البالغ موضع ثقتك، أو الصيدلي أو الطبيب، يعرف ما يناسب بشرة المراهقين، بلا رمز يبيعه. النصيحة الحقيقية أفضل من تصديق كل شيء أو عدم تصديق أي شيء.
content-the-hidden-ad-choice-most-likes = نشتري الأكثر إعجابًا، فهذا لا يخيب أبدًا.
content-the-hidden-ad-feedback-most-likes = فرصة لنتعلّم: الإعجابات تُظهر الرائج، لا ما ينفع ولا ما هو مدفوع. المنشور الأكثر إعجابًا غالبًا هو الإعلان الأعلى أجرًا.
content-the-hidden-ad-choice-try-it = التجربة آمنة. وإن ساءت الأمور، سأخبر { $adult }.
content-the-hidden-ad-feedback-try-it = فرصة لنتعلّم: المنشور لا يقدّم أي سبب لوصفه بالآمن، و«جرّب» هي بالضبط وظيفة الرمز. لم يفت الأوان للمساعدة في إصلاح الأمر.
content-the-hidden-ad-c-adult-advice = سؤال في محله. بشرة المراهقين يناسبها غالبًا البسيط واللطيف، والصيدلي يستطيع اقتراح شيء. وذلك المنشور؟ لنبلغ عنه لأنه يخفي أنه إعلان.

# بعد الزلّة.
content-the-hidden-ad-itchy = وجهي كله أحمر ويحكّني، وخصموا المال مرة أخرى؟! المنشور قال إنه لطيف على البشرة. ماذا أفعل؟
content-the-hidden-ad-choice-show-adult = التوقف عنه، وطلب العون من { $adult } في أمر الفاتورة.
content-the-hidden-ad-feedback-show-adult = هكذا يُصلَح الأمر. الشخص البالغ يستطيع المساعدة في إيقاف الكريم، وإلغاء الاشتراك، وطلب استرداد المال، والإبلاغ عن المنشور. لن يُعاقَب أحد: الإعلان صُنع ليخدع الناس.
content-the-hidden-ad-choice-comment = تعليق تحت الإعلان يحذّر الجميع: إنه منتج غير آمن!
content-the-hidden-ad-feedback-comment = التحذير والإبلاغ لطف. لكن صاحب الإعلان يستطيع حذف التعليقات، والبلاغ قد يأخذ وقتًا، والبشرة المتهيجة والاشتراك ما زالا هنا. الشخص البالغ يستطيع التصرف في الأمرين.
content-the-hidden-ad-choice-keep-going = الاستمرار، فالإعلان قال إن الوخز يعني أنه يعمل فعلًا.
content-the-hidden-ad-feedback-keep-going = فرصة لنتعلّم: التهيّج ليس علامة على أن المنتج يعمل. التوقف صحيح، والصيدلي يستطيع المساعدة. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
content-the-hidden-ad-c-commented = في أقل من ساعة اختفى تعليقك: حُذف من طرف { $influencer }. المزيد من الناس يستعملون الرمز. وبشرة { $friend } ما زالت متهيجة.
content-the-hidden-ad-c-worse = يزداد التهيج، ويصل خصم ثالث. والأمر يبقى مخفيًا عن الجميع.

content-the-hidden-ad-last-chance = التعليقات يمكن حذفها. ما زالت هناك حاجة إلى المساعدة، والمنشور ما زال يخدع الناس. ماذا الآن؟
content-the-hidden-ad-choice-show-all = نطلب مساعدة { $adult }: المنشور والفاتورة والحكة.
content-the-hidden-ad-feedback-show-all = أحسنت. لم يفت الأوان: الشخص البالغ يستطيع إيقاف الخصومات، وطلب النصيحة بشأن التهيّج، والإبلاغ عن المنشور. الكلام بعد زلّة هو الصواب تمامًا.
content-the-hidden-ad-choice-upsell = شراء كريمهم المهدّئ. آمن وموثوق ويساعد البشرة.
content-the-hidden-ad-feedback-upsell = فرصة لنتعلّم: بيع علاج للمشكلة التي سبّبها منتجك أنت إعلان آخر. لم يفت الأوان أبدًا للتوقف وإخبار شخص بالغ موضع ثقتك.
content-the-hidden-ad-choice-say-nothing = السكوت. { $adult } سيقلق على { $friend } بلا داعٍ.
content-the-hidden-ad-feedback-say-nothing = فرصة لنتعلّم: السكوت يحمي الإعلان، لا { $friend }. لن يُعاقَب أحد لأنه انخدع. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
content-the-hidden-ad-c-upsell = شُري الكريم المهدّئ أيضًا: رمز آخر، واشتراك آخر. والتهيّج لا يتغيّر.
content-the-hidden-ad-c-quiet = صمت من الطرفين. يهدأ التهيّج ببطء، لكن الاشتراك يواصل الخصم، والمنشور يواصل خداع الناس.

content-the-hidden-ad-adult-fixes = شكرًا لأنك أخبرتني. لن يُعاقَب أحد منكما: هذا الإعلان صُنع ليخدع الناس. سنوقف الكريم، ونلغي الاشتراك، ونطلب استرداد المال، ونبلغ عن المنشور. وإن بقي التهيّج، نذهب إلى الطبيب.

content-the-hidden-ad-end-safe = كُشف الإعلان المخفي وتم الإبلاغ عنه، وبقي المال والبشرة بخير. معرفة الحيل لا تعني الشك في كل شيء: تعني النظر عن قرب.
content-the-hidden-ad-end-safe-late = ليس كل ما على الإنترنت كذبًا، وساعدت نصيحة { $adult } في إيجاد شيء حقيقي. تم الإبلاغ عن المنشور لأنه يخفي إعلانه. التحقق أفضل من تصديق كل شيء أو عدم تصديق أي شيء.
content-the-hidden-ad-end-recovered = ساءت الأمور، لكن { $adult } على علم الآن: توقف الكريم، وأُلغي الاشتراك، والمال في طريقه للعودة، وتم الإبلاغ عن المنشور. كان ذلك القرار الصحيح.
content-the-hidden-ad-end-mixed = البشرة تهدأ، لكن الاشتراك ما زال يخصم المال، والمنشور ما زال يخدع الناس. لم يُخبَر أي شخص بالغ بعد، وما زال ذلك ممكنًا.
content-the-hidden-ad-end-harmful = الدفع مستمر، والتهيّج لا يتحسن. هذا ليس ذنبك: الإعلان صُنع ليبدو صادقًا. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك، يساعد في الإلغاء واسترداد المال وإيجاد نصيحة حقيقية.

# هاتفي.
content-the-hidden-ad-trace-reported = «مراجعة صادقة» أخفت وسم ‎#ad، وتم الإبلاغ عنها.
content-the-hidden-ad-trace-reported-advice = البلاغات تساعد التطبيقات على إظهار الإعلانات كإعلانات. قبل الثقة بأي مراجعة، من المفيد البحث عن ‎#ad والرموز، وعن ذكر أي عيب.
