# التواصل / العدوانية: عنوانك على الملأ (الأعمار 16-18). نشر المعلومات الشخصية بعد منشور: لا جدال، وحفظ الأدلة، وإبلاغ، وإغلاق الحسابات، وإخبار شخص بالغ، والشرطة عند التهديد؛ والأصدقاء يساعدون بعدم النشر.

contact-the-doxxing-title = عنوانك على الملأ
contact-the-doxxing-summary = مراجعتك للعبة تنتشر بسرعة، وغريب ينشر مدرستك وشارعك وحساب أختك أمام الجميع.
contact-the-doxxing-remember = إذا نشر أحد مكان سكنك أو دراستك: لا رد بالمثل. صورة للشاشة، ثم إبلاغ، ثم إغلاق الحسابات، وإخبار شخص بالغ موضع ثقتك. التهديد جريمة، والبالغون يستطيعون إشراك الشرطة.

contact-the-doxxing-app = ‏{ $app }
contact-the-doxxing-app-clipcast = ‏Clipcast
contact-the-doxxing-app-reelroom = ‏Reelroom
contact-the-doxxing-app-vidnest = ‏Vidnest
contact-the-doxxing-game-starfall = ‏Starfall Arena
contact-the-doxxing-game-crystal-rift = ‏Crystal Rift
contact-the-doxxing-game-skyline = ‏Skyline Racers
contact-the-doxxing-troll-truth = ‏truth_digger99
contact-the-doxxing-troll-exposed = ‏exposed.daily
contact-the-doxxing-troll-nightwatch = ‏n1ghtwatch
contact-the-doxxing-adult-dad = أبي
contact-the-doxxing-adult-coach = المدرّب آدي
contact-the-doxxing-adult-grandma = جدتي

contact-the-doxxing-npc-troll = ‏{ $troll }
contact-the-doxxing-npc-anon = ‏user_4471
contact-the-doxxing-npc-friend = ‏{ $friend }
contact-the-doxxing-npc-adult = ‏{ $adult }

contact-the-doxxing-intro = الليلة الماضية نُشرت مراجعتك بالفيديو على { $app }: «تحديث { $game } الجديد مجرد طريقة كسولة لجمع المال». في الصباح وصلت إلى 80000 مشاهدة، وأشد معجبي اللعبة غاضبون.
contact-the-doxxing-replies = معظم الردود مجرد اختلاف في الرأي. وبعضها شتائم. ثم ينشر حساب اسمه { $troll } شيئًا مختلفًا تمامًا.
contact-the-doxxing-dox-post = وجدنا كل شيء. المدرسة: ريفرسايد، الشارع: الزيزفون، وهذا حساب الأخت. مرّوا لإلقاء التحية.
contact-the-doxxing-pic-head = وجدنا كل شيء.
contact-the-doxxing-pic-school = المدرسة: ريفرسايد
contact-the-doxxing-pic-street = الشارع: الزيزفون
contact-the-doxxing-pic-family = الأخت: ‎@rosie.sketches
contact-the-doxxing-pic-shares = ‏1200 مشاركة
# The world remembers: the gym tags (The Body-Image Feed), taken off or not (The Pile-On).
contact-the-doxxing-gym-safe = وجدوا المدرسة والشارع، لكن ليس النادي الرياضي: تلك الإشارات أُزيلت بعد حملة التنمر. مكان أقل يمكن لغريب أن ينتظر فيه.
contact-the-doxxing-gym-found = وهناك المزيد: رد يضع رابط ناديك الرياضي، اكتُشف من صور السيلفي الموسومة. صار الغرباء يعرفون أماكنك بعد المدرسة. وما زال الإصلاح ممكنًا.

contact-the-doxxing-setup = أولًا، إغلاق كل شيء. مراجعاتك لا تخالف أي قاعدة، فيمكن أن تبقى لمتابعيك، وأصدقاؤك يحتاجون إلى مراسلتك. لا أحد غيرهم يحتاج مدرستك أو موقعك أو رقمك.
contact-the-doxxing-set-videos = من يرى مقاطعي
contact-the-doxxing-val-videos-everyone = الجميع
contact-the-doxxing-val-videos-followers = متابعيّ
contact-the-doxxing-val-videos-only-me = أنا فقط
contact-the-doxxing-why-videos-everyone = فرصة لنتعلّم: «الجميع» الآن تشمل الحشد الذي يبحث عن معلوماتك. «متابعيّ» أنسب: من يشاهد مراجعاتك ما زال يستطيع ذلك.
contact-the-doxxing-why-videos-followers = مناسب. متابعوك ما زالوا يرون مراجعاتك، والحشد الذي يبحث عن بياناتك يرى أقل بكثير. لا داعي للاختفاء.
contact-the-doxxing-why-videos-only-me = آمن، لكن متابعيك يخسرون مراجعاتك، ولا خطأ منك في شيء. «متابعيّ» أنسب: عملك يبقى، والحشد يبقى خارجًا.
contact-the-doxxing-set-messages = من يستطيع مراسلتي
contact-the-doxxing-val-messages-everyone = الجميع
contact-the-doxxing-val-messages-following = من أتابعهم
contact-the-doxxing-val-messages-nobody = لا أحد
contact-the-doxxing-why-messages-everyone = فرصة لنتعلّم: «الجميع» تسمح لأي غريب من الحملة بمراسلتك مباشرة. «من أتابعهم» أنسب.
contact-the-doxxing-why-messages-following = مناسب. أصدقاؤك يستطيعون مراسلتك، وغرباء الحملة لا يستطيعون.
contact-the-doxxing-why-messages-nobody = هدوء، لكن أصدقاءك أيضًا لن يستطيعوا مراسلتك، والحاجة إليهم كبيرة الآن. «من أتابعهم» أنسب.
contact-the-doxxing-set-school = المدرسة في ملفي
contact-the-doxxing-val-school-shown = ظاهرة
contact-the-doxxing-val-school-hidden = مخفية
contact-the-doxxing-why-school-shown = فرصة لنتعلّم: المدرسة في ملفك تخبر الغرباء أين يجدونك كل يوم دراسي. الأفضل إخفاؤها.
contact-the-doxxing-why-school-hidden = جيد. أصدقاؤك يعرفون مكان دراستك أصلًا. ولا أحد غيرهم يحتاج إلى ذلك.
contact-the-doxxing-set-location = الموقع في منشوراتي
contact-the-doxxing-val-location-on = مفعّل
contact-the-doxxing-val-location-off = متوقف
contact-the-doxxing-why-location-on = فرصة لنتعلّم: الموقع في المنشورات يكشف شارعك وروتينك اليومي. الأفضل إيقافه.
contact-the-doxxing-why-location-off = جيد. مراجعاتك لا تحتاج إلى دبوس على الخريطة، وشارعك يبقى لك.
contact-the-doxxing-set-tags = من يستطيع الإشارة إليّ
contact-the-doxxing-val-tags-anyone = أي أحد
contact-the-doxxing-val-tags-following = من أتابعهم
contact-the-doxxing-val-tags-ask = اسألني أولًا
contact-the-doxxing-why-tags-anyone = فرصة لنتعلّم: أي أحد قد يشير إليك في منشورات عنك، فيقود اسمك إليها مباشرة. «اسألني أولًا» أنسب.
contact-the-doxxing-why-tags-following = أفضل من «أي أحد»، لكن إشارة صديق في حفلة أو متجر تكشف مكانك أيضًا. «اسألني أولًا» تتيح مراجعة كل إشارة.
contact-the-doxxing-why-tags-ask = مناسب. لا شيء باسمك يظهر في ملفك قبل موافقتك.
contact-the-doxxing-set-phone = العثور عليّ برقم الهاتف
contact-the-doxxing-val-phone-on = مفعّل
contact-the-doxxing-val-phone-off = متوقف
contact-the-doxxing-why-phone-on = فرصة لنتعلّم: برقمك يستطيع أي أحد أن يجد كل حساباتك، والأرقام تنتشر بسرعة في الحملات. الأفضل إيقافه.
contact-the-doxxing-why-phone-off = جيد. أصدقاؤك يجدونك باسم المستخدم، ورقمك يبقى خارج التطبيق.

contact-the-doxxing-first-move = مدرستك، وشارعك، وحساب أختك، أمام أي أحد. اليدان ترتجفان. ما اختيارك بشأن هذا المنشور؟
contact-the-doxxing-choice-save-report = صور للشاشة للمنشور والحساب أولًا، ثم أُبلغ عنه.
contact-the-doxxing-feedback-save-report = الترتيب الصحيح: الأدلة أولًا، ثم الإبلاغ. صور الشاشة مع اسم المستخدم والرابط تحفظ الدليل حتى لو حُذف المنشور أو نُسخ، وقد تحتاجها الشرطة.
contact-the-doxxing-choice-quick-report = أُبلغ عنه فورًا، قبل أن يراه المزيد من الناس.
contact-the-doxxing-feedback-quick-report = الإبلاغ كان صحيحًا وسريعًا. لكن دون صورة للشاشة لا شيء يثبت ما نُشر حين يُنسخ من جديد. الأدلة أولًا، ثم الإبلاغ.
contact-the-doxxing-choice-hit-back = أردّ: «احذفه، وإلا أبلغت عنك ونشرت عنوانك.»
contact-the-doxxing-feedback-hit-back = فرصة لنتعلّم: الرد بالمثل يمنح الحشد عرضًا جديدًا، وتهديد منك قد يُستعمل ضدك. لا جدال: الحفظ، والإبلاغ، وإخبار شخص بالغ.
contact-the-doxxing-c-documented = حُفظت صور الشاشة للمنشور والحساب والرابط، وأُرسل البلاغ: «مشاركة معلومات خاصة». بعد ساعة يحذف { $app } المنشور.
contact-the-doxxing-pic-report-title = الإبلاغ عن منشور
contact-the-doxxing-pic-reason = مشاركة معلومات خاصة بشخص ما
contact-the-doxxing-pic-attached = ‏4 صور للشاشة
contact-the-doxxing-pic-removed = حُذف المنشور. شكرًا على الإبلاغ.
contact-the-doxxing-c-quick-report = أُرسل البلاغ. يختفي المنشور خلال ساعة، لكن حسابًا جديدًا نسخه بالفعل، ولا شيء محفوظ لإظهاره لأحد.
contact-the-doxxing-c-hit-back = هههه، تهديد لي الآن! انظروا جميعًا. وهذا العنوان مرة أخرى، لمن فاته.

contact-the-doxxing-fix-first = ردّك يُتداول «دليلًا» على أن المشكلة فيك، والعنوان منشور مرتين الآن. ما زال الإصلاح ممكنًا. ماذا الآن؟
contact-the-doxxing-choice-undo-tell = أحذف ردي، وأخبر { $adult } بكل شيء.
contact-the-doxxing-feedback-undo-tell = هكذا يُصلح الأمر. حذف ردك يُنهي العرض، ومع { $adult } يمكن الإبلاغ عن المنشورين وحفظ الأدلة. الغضب ليس جريمة، وطلب المساعدة ذكاء.
contact-the-doxxing-choice-keep-fighting = أستمر. لن يساعدني أحد على أي حال. لماذا أتوقف؟
contact-the-doxxing-feedback-keep-fighting = فرصة لنتعلّم: حملات التنمر تتغذى على الردود، ولا أحد «يفوز» فيها. والمساعدة موجودة: لا يفوت الأوان أبدًا للتوقف، وحفظ ما هو موجود، وإخبار شخص بالغ موضع ثقتك.
contact-the-doxxing-c-fight = الردود مستمرة. بحلول المساء نشرت ثلاثة حسابات أخرى شارعك، ووجد أحدها مدرسة أختك أيضًا.

contact-the-doxxing-friend = المنشور الذي فيه عنوانك صار في مجموعة الصف. الناس مقرفون. هل أعيد نشره مع «كفى تنمرًا» كي يرى الجميع مدى فظاعته؟
contact-the-doxxing-choice-dont-share = لا داعي لإعادة نشره. بلاغ عنه، وطلب حذفه من الجميع.
contact-the-doxxing-feedback-dont-share = بالضبط. كل إعادة نشر، حتى بنية طيبة، تنقل عنوانك أبعد. الإبلاغ وطلب الحذف هما المساعدة الحقيقية من الأصدقاء.
contact-the-doxxing-choice-blur-it = نعم، إعادة النشر فكرة جيدة، مع مسح شارعي للأمان.
contact-the-doxxing-feedback-blur-it = نية { $friend } طيبة. لكن إعادة النشر ما زالت تنقل مدرستك وحساب أختك، والمسح يمكن إزالته. أفضل مساعدة هي الإبلاغ وعدم المشاركة.
contact-the-doxxing-choice-dox-back = الأفضل معرفة من يدير ذلك الحساب ونشر عنوانه، وسأساعدك.
contact-the-doxxing-feedback-dox-back = فرصة لنتعلّم: نشر المعلومات انتقامًا يبقى نشرًا للمعلومات. كثيرًا ما يصيب الشخص الخطأ، ويجعلك هدفًا أيضًا. الإبلاغ، وترك الأمر للبالغين، هو الأفضل.
contact-the-doxxing-c-friend-reports = تمام. أُرسل البلاغ، وطُلب من الجميع في المجموعة حذفه لا تحويله. ثلاثة حذفوه بالفعل. أنا هنا إن احتجت شيئًا.
contact-the-doxxing-c-friend-reposts = يُعاد نشر المنشور واسم الشارع ممسوح. بحلول الظهر أزال أحدهم المسح، وصار في مجموعتين أخريين.
contact-the-doxxing-c-dox-back = أحدهم ينبش عنوانًا لـ{ $troll } وينشره. إنه الشخص الخطأ: عائلة غريبة، تصلها الآن الرسائل الموجّهة إلى المتنمر.

contact-the-doxxing-fix-friend = عائلة لم تفعل شيئًا صارت مستهدفة الآن، واسمك مرتبط بذلك. لم يفت الأوان لإيقافه. ماذا الآن؟
contact-the-doxxing-choice-take-down = أطلب حذفه فورًا، وأعترف بكل شيء لأحد في البيت.
contact-the-doxxing-feedback-take-down = هذه شجاعة. الحذف يوقف الأذى عن أناس أبرياء، وشخص بالغ في البيت يستطيع المساعدة في الإبلاغ عن الباقي. الاعتراف بالخطأ بداية إصلاحه.
contact-the-doxxing-choice-leave-it = أتركه. هم بدأوا، وهكذا أكون بأمان أكثر.
contact-the-doxxing-feedback-leave-it = فرصة لنتعلّم: لن يكون ذلك أكثر أمانًا، والمتضررون لم يبدأوا شيئًا. لا يفوت الأوان أبدًا لطلب الحذف وإخبار شخص بالغ موضع ثقتك.
contact-the-doxxing-c-left = عنوان العائلة الخطأ يبقى منشورًا. الحشد يتجه إليها، والمنشور عنك ما زال يُتداول.

contact-the-doxxing-night = في تلك الليلة يصل طلب مراسلة من حساب بلا صورة.
# The world remembers: the countdown in The Countdown, and the adult you told.
contact-the-doxxing-familiar = تهديد، ومهلة، وجمهور. هذا السيناريو مرّ بك من قبل، ولم يحصلوا يومها على ما أرادوا. الخطوات نفسها تنفع هنا.
contact-the-doxxing-threat = شارع جميل. أمرّ به كل يوم. أراك يوم الاثنين.
contact-the-doxxing-pic-request = طلب مراسلة
contact-the-doxxing-pic-accept = قبول
contact-the-doxxing-pic-delete = حذف
contact-the-doxxing-choice-wake-adult = لا أرد. أوقظ { $adult } الآن، ونقرأ هذه الرسالة المخيفة معًا.
contact-the-doxxing-feedback-wake-adult = قرار صائب. هذا تهديد، والتهديد جريمة في بلدان كثيرة. لا رد: مع { $adult } يمكن الإبلاغ عنه وإشراك الشرطة والمدرسة، كي يمرّ الاثنين بأمان.
contact-the-doxxing-choice-block-stay-home = أحظره، وأبقى في البيت يوم الاثنين كي أكون بأمان.
contact-the-doxxing-feedback-block-stay-home = الحظر والابتعاد مفهومان. لكن التهديد من شأن البالغين والشرطة، والاختباء ليس مسؤوليتك. إخبار شخص بالغ موضع ثقتك هو الأفضل.
contact-the-doxxing-choice-not-scared = أردّ: «تعال إذن. لا أخافك.»
contact-the-doxxing-feedback-not-scared = فرصة لنتعلّم: الرد على التهديد يخبرهم أن الرسائل تُقرأ، وقد يحوّل الكلام إلى خطة. لا رد: الحفظ، وإخبار شخص بالغ موضع ثقتك.
contact-the-doxxing-c-blocked = تم الحظر. لا أحد يعرف. طوال عطلة نهاية الأسبوع، نظرة إلى النافذة كلما أبطأت سيارة.
contact-the-doxxing-c-replied = حسنًا. الاثنين إذن. سأكون عند البوابة.

contact-the-doxxing-monday = صباح الاثنين. الحساب محظور، لكن التهديد لم يختفِ، ولا أحد ممن يستطيع التصرف يعرف. ماذا الآن؟
contact-the-doxxing-choice-monday-tell = قبل المدرسة أخبر { $adult } بالرسالة.
contact-the-doxxing-feedback-monday-tell = جيد. لم يفت الأوان: صورة للشاشة للطلب، ومع { $adult } يمكن الإبلاغ، والمدرسة والشرطة تستطيعان ضمان سلامتك.
contact-the-doxxing-choice-monday-quiet = لا أقول شيئًا. حظرته، وانتهى الأمر.
contact-the-doxxing-feedback-monday-quiet = فرصة لنتعلّم: الحظر يُخفي التهديد عنك، لكنه لا يُخفيك عنه. لا داعي لحمل هذا وحدك: شخص بالغ موضع ثقتك يستطيع الإبلاغ وإشراك الشرطة.
contact-the-doxxing-c-quiet = صمت، ثم ذهاب إلى المدرسة رغم كل شيء. لا يحدث شيء هذه المرة. لكن كل خطوة تُفزعك، والمنشور ما زال يُتداول.

contact-the-doxxing-fix-threat = أُرسل الرد، والآن هناك موعد ومكان. هذه ليست لعبة، وليست ذنبك. ماذا الآن؟
contact-the-doxxing-choice-show-threat = أتوقف عن الرد، وأُري { $adult } المحادثة كلها الليلة.
contact-the-doxxing-feedback-show-threat = بالضبط. الرد لا يجعل الأمر ذنبك. مع { $adult } يمكن الإبلاغ عن المحادثة، والشرطة والمدرسة تستطيعان التأكد من أن أحدًا لا ينتظر عند البوابة.
contact-the-doxxing-choice-bring-friends = أصدقائي يرافقونني يوم الاثنين. بأمان، ودون البالغين.
contact-the-doxxing-feedback-bring-friends = فرصة لنتعلّم: الأصدقاء رائعون، لكن التهديد من شأن البالغين والشرطة، لا مراهقين عند بوابة. لا يفوت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
contact-the-doxxing-choice-delete-all = أحذف كل شيء وكأن شيئًا لم يحدث.
contact-the-doxxing-feedback-delete-all = فرصة لنتعلّم: حذف المحادثة يرمي الأدلة، والتهديد ما زال قائمًا. لا يفوت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك، والإبلاغ ما زال ممكنًا.
contact-the-doxxing-c-friends-monday = يوم الاثنين يرافقك أصدقاؤك. غريب يقف عند البوابة ويصوّر. لا أحد ممن يستطيع إيقافه يعرف، والمقطع على الإنترنت قبل الظهر.
contact-the-doxxing-c-deleted = حُذف كل شيء. يوم الاثنين نظرات متواصلة إلى الخلف، ودون المحادثة لا شيء يمكن إظهاره.

contact-the-doxxing-adult-police = أحسنت بإيقاظي. هذا تهديد، وهو من شأن الشرطة. نُبلغ عن الحساب، ونتصل بالشرطة والمدرسة الليلة، وأرافقك يوم الاثنين. كل ما فعلته صحيح.
contact-the-doxxing-adult-police-late = أحسنت بإخباري، ولن يلومك أحد. نُبلغ عن الرسالة ونتصل بالشرطة والمدرسة قبل الجرس. لا داعي لحمل هذا وحدك.
contact-the-doxxing-adult-late = شكرًا لأنك أخبرتني. لن يلومك أحد: هجوم كهذا يُغضب أي أحد. سنطلب الإبلاغ والحذف، ونحفظ الأدلة، ونتصل بالشرطة إن هددك أي شيء.

contact-the-doxxing-end-safe = نشر غرباء مكان سكنك، ولم يكن ردّك بالمثل: تم الإبلاغ، وأُغلقت الحسابات، والتهديد بيد البالغين. ومراجعاتك ما زالت منشورة.
contact-the-doxxing-end-safe-late = الصمت طوال العطلة كان صعبًا، لكن الأمر صار عند { $adult }، والشرطة والمدرسة تتابعان. حساباتك مغلقة، ومراجعاتك ما زالت منشورة.
contact-the-doxxing-end-mixed = لم يحدث شيء هذه المرة. لكن لا أحد ممن يستطيع التصرف يعرف بالتهديد، والمنشور ما زال يُتداول. شخص بالغ موضع ثقتك ما زال يستطيع الإبلاغ وجعل الاثنين آمنًا.
contact-the-doxxing-end-recovered = احتدّ الأمر، لكنك أصلحته: توقفت الردود، وصار كل شيء عند { $adult }. تم الإبلاغ عن المنشورات، والبالغون يتولون الباقي.
contact-the-doxxing-end-harmful = المنشورات ما زالت تنتشر، والحمل ثقيل. ليس ذنبك أن غرباء استهدفوك. لا يفوت الأوان أبدًا لحفظ ما تبقى وإخبار شخص بالغ موضع ثقتك، يستطيع إشراك الشرطة.

# My phone: what was reported.
contact-the-doxxing-trace-reported = تم الإبلاغ: منشور { $troll } الذي فيه مدرستك وشارعك.
contact-the-doxxing-trace-reported-advice = أحسنت. إن ظهر من جديد: صورة للشاشة، ثم إبلاغ، ثم إخبار شخص بالغ موضع ثقتك. ومن حين لآخر، مراجعة من يرى مدرستك وموقعك.
