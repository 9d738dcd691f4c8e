# العقود / المخاطر الجنسية: العدّ التنازلي (الأعمار 16-18). الابتزاز الجنسي: علامات التحذير وطلب المساعدة فقط، لا يُعرض ولا يوصف أي شيء. لا دفع، ولا ردّ، واحتفاظ بالأدلة، وإبلاغ، وإخبار شخص بالغ؛ وليس ذنب المراهق أبدًا.

contract-the-sextortion-title = العدّ التنازلي
contract-the-sextortion-summary = متابع جديد لطيف جدًا يستعجل كل شيء، ثم يحوّل الحديث إلى تهديد: المال، وإلا وصلت صورة إلى كل من تعرفهم.
contract-the-sextortion-remember = إذا هدّدك أحد بنشر صورة مقابل المال: لا دفع، ولا ردّ، بل احتفاظ بالأدلة وإخبار شخص بالغ موضع ثقتك. هذه جريمة، وليست ذنبك، وهناك أدوات لحذف صور من هم دون 18.

contract-the-sextortion-app = ‏{ $app }
contract-the-sextortion-app-picnook = ‏Picnook
contract-the-sextortion-app-shutterbee = ‏Shutterbee
contract-the-sextortion-app-lumo = ‏Lumo
contract-the-sextortion-private-vanishly = ‏Vanishly
contract-the-sextortion-private-blinkr = ‏Blinkr
contract-the-sextortion-private-whisp = ‏Whisp
contract-the-sextortion-name-noa = ‏noa.17
contract-the-sextortion-name-jay = ‏jay_k17
contract-the-sextortion-name-lina = ‏lina.mp3
contract-the-sextortion-adult-dad = أبي
contract-the-sextortion-adult-aunt = خالتي أمينة
contract-the-sextortion-adult-grandma = جدتي

contract-the-sextortion-npc-scammer = ‏{ $scammer }
contract-the-sextortion-npc-adult = ‏{ $adult }

contract-the-sextortion-intro = ليلة السبت. حساب جديد، { $scammer }، يتابعك على { $app } ويراسلك فورًا. بينكما أصدقاء مشتركون، إذن لا بد أنه شخص من المنطقة. أليس كذلك؟
contract-the-sextortion-dm-hello = هاي! { $friend } من شلّتك، صح؟ انتقلت قريبًا منك ولا أعرف أحدًا بعد. صورك رائعة، أكيد الكلام معك ممتع
# The world remembers: the older "partner" in The Older Partner, and the gut feeling the child trusted.
contract-the-sextortion-familiar = شخص جديد يريد فجأة كل انتباهك. مرّ بك هذا من قبل، وحينها وثقت بإحساسك. لنُبقِ ذلك الإحساس قريبًا الليلة.

contract-the-sextortion-spot = معظم المتابعين الجدد مجرد أناس عاديين. مع ذلك، لنلقِ نظرة على ملف { $scammer } قبل الردّ، ولنلمس ما لا يبدو منطقيًا.
contract-the-sextortion-card-title = ‏{ $scammer }
contract-the-sextortion-card-body = ملف متابع جديد على { $app }.
contract-the-sextortion-part-joined = انضم قبل 9 أيام
contract-the-sextortion-feedback-joined = نعم. حساب جديد تمامًا ويريد الدردشة فورًا علامة شائعة على حساب مزيّف. الناس الحقيقيون لديهم عادةً تاريخ أطول.
contract-the-sextortion-part-bio = النبذة: «17. كرة قدم، أفلام، نكت سخيفة»
contract-the-sextortion-feedback-bio = نبذة عادية: كثير من الناس الحقيقيين يكتبون مثلها تمامًا. وحدها لا تعني شيئًا. تاريخ الحساب يقول أكثر.
contract-the-sextortion-part-counts = يتابع 1400 شخص، ويتابعه 22
contract-the-sextortion-feedback-counts = نعم. الحسابات المزيّفة تتابع أعدادًا ضخمة ليتابعها قلة بالمقابل، فتبدو وكأن لها «أصدقاء مشتركين». وهذا لا يعني أن أحدًا يعرفها.
contract-the-sextortion-part-posts = ‏6 منشورات، كلها أُضيفت قبل 9 أيام
contract-the-sextortion-feedback-posts = نعم. ملف كامل رُفع دفعة واحدة يُبنى غالبًا من صور شخص آخر، كي يبدو الحساب المزيّف حقيقيًا بسرعة.
contract-the-sextortion-part-photo = صورة في مباراة كرة قدم
contract-the-sextortion-feedback-photo = صورة مباراة شيء عادي جدًا. الغريب ليس الصورة نفسها، بل أن الصور الست ظهرت في اليوم نفسه.
contract-the-sextortion-pic-bio = ‏17. كرة قدم، أفلام، نكت سخيفة
contract-the-sextortion-pic-joined = انضم قبل 9 أيام
contract-the-sextortion-pic-counts = يتابع 1400 · المتابعون 22
contract-the-sextortion-pic-posts = ‏6 منشورات · كلها قبل 9 أيام

contract-the-sextortion-move-app = بصراحة أنا نادرًا ما أدخل هنا. ما رأيك نتكلم على { $private }؟ الرسائل تختفي بعد يوم، أريح بكثير. نحن الاثنان فقط
contract-the-sextortion-choice-stay = لنبقَ هنا. ومن أين معرفتك بـ{ $friend }؟
contract-the-sextortion-feedback-stay = ذكاء. بقيت حيث يعمل زر الإبلاغ، وسألت { $friend } بنفسك بدل الاعتماد على عدد «الأصدقاء المشتركين».
contract-the-sextortion-choice-later = ربما غدًا، سأتحقق أولًا. ليلة سعيدة!
contract-the-sextortion-feedback-later = عدم الانتقال كان قرارًا جيدًا. لكن الصمت لا يجيب عن السؤال الحقيقي: من هذا؟ رسالة واحدة إلى { $friend } كانت تكفي.
contract-the-sextortion-choice-move = حسنًا، سأضيفك. الرسائل التي تختفي أكثر خصوصية.
contract-the-sextortion-feedback-move = فرصة لنتعلّم: الرسائل التي تختفي لا تترك دليلًا إن ساءت الأمور. سحبك بسرعة إلى مكان منعزل علامة تحذير معروفة.
contract-the-sextortion-c-stay = ‏{ $scammer } يتهرّب: «قصة طويلة هههه». سؤال سريع إلى { $friend } يكفي، والرد يأتي فورًا: «لم أسمع به قط؟؟ الحذر واجب.»
contract-the-sextortion-c-later = في الصباح تنتظرك تسع رسائل من { $scammer }: «أين أنت؟» «هل من رد؟» «لم أتوقف عن التفكير فيك».
contract-the-sextortion-c-moved = يُضاف { $scammer } على { $private }. بجانب كل رسالة مؤقّت صغير: تختفي بعد 24 ساعة. لن يبقى شيء يمكن إظهاره لأحد.

contract-the-sextortion-ask = أرسلت لك سيلفي، جاء دورك. شيء أكثر خصوصية، لي وحدي. لن يراه أحد غيري أبدًا، أعدك
contract-the-sextortion-choice-no = لا. لا أرسل صورًا كهذه.
contract-the-sextortion-feedback-no = واضح وهادئ. لا أحد له حق في صورة منك، أيًّا كان ما يدّعيه. الرفض لا يحتاج إلى سبب، ومن يضغط بعده يكشف لك حقيقته.
contract-the-sextortion-choice-call = مكالمة فيديو أولًا، لأتحقق أنك حقيقي.
contract-the-sextortion-feedback-call = طلب الدليل ذكي، والحسابات المزيّفة تتهرّب من المكالمات. لكن حتى الشخص الحقيقي لا حق له في صورة خاصة، والمكالمة يمكن تسجيلها. «لا» وحدها تكفي.
contract-the-sextortion-choice-send = طيب، واحدة فقط. أثق بك، وصورتك جاءت أولًا.
contract-the-sextortion-feedback-send = فرصة لنتعلّم، وهذا مهم جدًا: الثقة بأحد ليست جريمة، وما يحدث بعدها ليس ذنبك. لكن الصورة بعد إرسالها تخرج من يدك.
contract-the-sextortion-c-no = واو. طيب. لا يهم أصلًا. حفظت كل صور السيلفي من ملفك.
contract-the-sextortion-c-call = الكاميرا معطّلة هههه. انسَ الموضوع. لا حاجة لإرسال شيء. حفظت كل صور السيلفي من ملفك.
contract-the-sextortion-c-sent = تُرسَل الصورة. يظهر إشعار: { $scammer } التقط صورة للشاشة. ثم تتغيّر رسائله تمامًا.

contract-the-sextortion-threat-fake = صنعت من صورك صورة خاصة مزيّفة لك. تبدو حقيقية. المطلوب 200 ببطاقات هدايا خلال ساعة، وإلا وصلت إلى كل متابعيك الـ312. ومدرستك أيضًا.
contract-the-sextortion-threat-real = صورتك عندي. وقائمة متابعيك أيضًا. المطلوب 200 ببطاقات هدايا خلال ساعة، وإلا وصلت إلى كل متابعيك الـ312. ومدرستك أيضًا.
contract-the-sextortion-pic-timer = ‏59:59 متبقية
contract-the-sextortion-pic-demand = ‏200 ببطاقات هدايا
contract-the-sextortion-pic-followers = ‏312 متابعًا
contract-the-sextortion-pic-school = + مدرستك

contract-the-sextortion-calm-fake = لنأخذ نفسًا عميقًا. هذا احتيال اسمه الابتزاز الجنسي. إنه جريمة، ولن يعاقبك أحد. يريدون الذعر والعجلة. ما الخطوة التالية؟
contract-the-sextortion-calm-real = لنأخذ نفسًا عميقًا. هذا ابتزاز جنسي، وهو جريمة، وليس ذنبك: المخطئ هو من يهدّد. يريد الذعر والعجلة. ما الخطوة التالية؟
contract-the-sextortion-choice-save-tell = أتوقف عن الرد، وأصوّر كل شيء، وأخبر { $adult } الليلة.
contract-the-sextortion-feedback-save-tell = هذا بالضبط. صور الشاشة للمحادثة والملف واسم المستخدم هي الأدلة التي تحتاجها الشرطة والتطبيقات. ومع { $adult } يصبح الإبلاغ أسهل. الإخبار يسلبهم قوّتهم.
contract-the-sextortion-feedback-save-tell-real = هذه أشجع خطوة، والصحيحة. صور الشاشة هي الأدلة التي تحتاجها الشرطة والتطبيقات، ومع { $adult } يمكن طلب حذف الصورة. لن يعاقبك أحد على إرسالها.
contract-the-sextortion-choice-block-delete = أحذفه وأحجبه عني. هكذا أكون بأمان.
contract-the-sextortion-feedback-block-delete = عدم الدفع كان صحيحًا. لكن الحذف يرمي الأدلة، والحظر لا يمنع حسابًا جديدًا. صور الشاشة أولًا، ثم الإبلاغ والحظر، مع شخص بالغ.
contract-the-sextortion-choice-warn = أردّ: «توقّف، وإلا ذهبت إلى الشرطة.»
contract-the-sextortion-feedback-warn = مواجهتهم شجاعة. لكن أي ردّ يخبرهم أن الخوف وصلك وأن الرسائل تُقرأ، والتهديد يمنحهم وقتًا لمسح كل شيء. التوقف عن الرد وحفظ كل شيء أفضل.
contract-the-sextortion-choice-pay = أدفع الـ200. يستحق الأمر كي ينتهي هذا الكابوس أخيرًا.
contract-the-sextortion-choice-save-help = أتوقف عن الرد، وأصوّر كل شيء، ثم أخبر أحدًا.
contract-the-sextortion-choice-block-gone = أحظره وأحذف كل شيء. أكثر أمانًا أن يختفي.
contract-the-sextortion-choice-warn-real = أردّ: «احذفها فورًا، وإلا أخبرت { $adult } بكل شيء!»
contract-the-sextortion-feedback-warn-real = الرغبة في أن يختفي كل شيء مفهومة. لكن التهديد المضاد يخبرهم أن الخوف وصلك وأن الرسائل تُقرأ، ويمنحهم وقتًا لمسح كل شيء. التوقف عن الرد، وحفظ كل شيء، ثم إخبار { $adult } فعلًا، هو الأفضل.
contract-the-sextortion-choice-pay-real = أدفع الـ200، كي لا يرى أحد تلك الصورة أبدًا.
contract-the-sextortion-feedback-pay = فرصة لنتعلّم: الدفع لا ينهي الأمر تقريبًا أبدًا. يُظهر لهم أن الدفع ينجح، فيطلبون المزيد. لن يعاقبك أحد، ولم يفت الأوان للتوقف.

contract-the-sextortion-c-blocked = حُظر، حُذف، اختفى. بعد عشر دقائق يكتب حساب جديد: «الحظر لن ينفع. بقيت 45 دقيقة.» والرسائل التي كان يمكن إظهارها لأحد اختفت.
contract-the-sextortion-c-warned = ‏{ $scammer } يردّ: «تفضّل، لن يجدني أحد»، ثم يمسح كل رسائله. يظهر حساب جديد: «بقيت 45 دقيقة.»

contract-the-sextortion-new-account = حساب جديد، والتهديد نفسه، وأدلة أقل. ما زال هذا ليس ذنبك، وما زال الوقت متاحًا. ماذا الآن؟
contract-the-sextortion-choice-show-new = ألتقط صورة للحساب الجديد أيضًا، وأذهب لأوقظ { $adult }.
contract-the-sextortion-feedback-show-new = نعم. الحساب الجديد دليل أيضًا، والاسم القديم في ذاكرتك. مع { $adult } يمكن الإبلاغ عن الحسابين والذهاب إلى الشرطة معًا. الإخبار هو ما يوقف هذا.
contract-the-sextortion-choice-pay-now = أدفع فورًا، قبل أن يصل المؤقّت إلى الصفر.
contract-the-sextortion-feedback-pay-now = فرصة لنتعلّم: المؤقّت موجود ليستعجلك. الدفع يُظهر لهم أن الدفع سيتكرر. لم يفت الأوان للتوقف وإخبار شخص موضع ثقتك.
contract-the-sextortion-choice-show-someone = أصوّر الحساب الجديد، وأُريه الليلة لأحد أعرفه.
contract-the-sextortion-feedback-show-someone = نعم. الحساب الجديد دليل أيضًا، والاسم القديم في ذاكرتك. شخص موضع ثقتك يمكنه الإبلاغ عن الحسابين، والذهاب معك إلى الشرطة، وطلب حذف الصورة. لن يعاقبك أحد.
contract-the-sextortion-choice-pay-secret = أدفع بسرعة، قبل أن يصل الخبر إلى { $adult } أو إلى أي أحد.
contract-the-sextortion-feedback-pay-secret = فرصة لنتعلّم: الدفع سرًا هو بالضبط ما يعتمدون عليه، ونادرًا ما ينهي الأمر. الخطر ليس في معرفة { $adult }، الخطر هم. لم يفت الأوان للإخبار.
contract-the-sextortion-choice-vanish = أجعل حساباتي خاصة وأختفي لبعض الوقت، بأمان.
contract-the-sextortion-choice-hide = أجعل كل حساباتي خاصة. الأكثر أمانًا أن أختفي.
contract-the-sextortion-feedback-hide = فرصة لنتعلّم: الاختفاء يبدو أكثر أمانًا، لكن الحمل سيبقى عليك وحدك، ويمكنهم الوصول إليك في مكان آخر. لا يفوت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك. لن يعاقبك أحد.

contract-the-sextortion-c-paid = وصل. الآن 500. من يدفع مرة يدفع مجددًا. 30 دقيقة.
contract-the-sextortion-more = الدفع لم ينهِ شيئًا، وهذا ما يحدث في الغالب. لن يعاقبك أحد، وإن صار الأمر أثقل من طاقتك فالحديث مع أحد الليلة مهم. لم يفت الأوان. ماذا الآن؟
contract-the-sextortion-choice-stop-tell = لا دفع بعد الآن. الليلة أخبر أحدًا.
contract-the-sextortion-feedback-stop-tell = هذا يحتاج شجاعة، وهو الصواب. الإيصال والرسائل تساعد الشرطة والتطبيق على ملاحقتهم. الدفع مرة لا يجعل أي شيء من هذا ذنبك.
contract-the-sextortion-choice-pay-again = أدفع الـ500. هذه المرة سيتوقفون حتمًا.
contract-the-sextortion-feedback-pay-again = فرصة لنتعلّم: كل دفعة تقول لهم إن الدفع سيتكرر. كذبهم ليس ذنبك. لا يفوت الأوان أبدًا للتوقف وإخبار شخص بالغ موضع ثقتك.
contract-the-sextortion-c-paid-again = تُدفع المبالغ. بعد دقائق: «الآن 1000.» التهديدات لا تتوقف، والنوم لا يأتي.
contract-the-sextortion-c-hide = يُغلَق كل شيء ويحلّ الصمت. تصل الرسائل إلى بريدك الإلكتروني بدلًا من ذلك، ويبقى الحمل عليك وحدك.

contract-the-sextortion-adult-helps = أحسنت بإيقاظي. لن يعاقبك أحد، ولا شيء من هذا ذنبك. لن ندفع. نحتفظ بكل صورة شاشة، ونُبلغ عن الحساب في { $app }، ونذهب إلى الشرطة معًا.
contract-the-sextortion-adult-helps-late = يسعدني أنك جئت إليّ، ولن يعاقبك أحد. نحفظ هذا الحساب الجديد، ونُبلغ عن الحسابين في { $app }، ونذهب إلى الشرطة. وإن نُشر شيء يومًا، سنطلب حذفه.
contract-the-sextortion-adult-late = شكرًا لأنك أخبرتني. لن يعاقبك أحد: هناك من كذب عليك، وهو من يرتكب الجريمة. لن ندفع. سنُبلغ معًا ونستخدم أداة لحذف صور من هم دون 18.
contract-the-sextortion-adult-late-paid = أحسنت بإخباري، ولن يعاقبك أحد. الدفع لا ينهي الأمر أبدًا، لذا نتوقف الآن. نحتفظ بالإيصال وكل رسالة، ونُبلغ { $app } والشرطة.
contract-the-sextortion-pic-help-title = ماذا نفعل الآن
contract-the-sextortion-pic-step-pay = لا دفع. لا ردّ.
contract-the-sextortion-pic-step-keep = حفظ صور الشاشة وأسماء المستخدمين
contract-the-sextortion-pic-step-report = الإبلاغ للتطبيق وللشرطة
contract-the-sextortion-pic-step-takedown = أدوات حذف لمن هم دون 18
contract-the-sextortion-pic-get-help = أحتاج إلى مساعدة

contract-the-sextortion-end-safe = كُشف الحساب المزيّف، ولم يُرسَل شيء ولم يُدفَع شيء. الأدلة مع { $adult }، وتم الإبلاغ عن الحساب. تهديدات كهذه تفقد قوّتها لحظة الإخبار.
contract-the-sextortion-end-safe-late = الحذف أضاع بعض الأدلة، لكن لا دفع، وصار كل شيء عند { $adult }. الحساب الجديد محفوظ، وتم الإبلاغ عنه، ولا شيء من هذا ذنبك.
contract-the-sextortion-end-recovered = كذب عليك أحدهم، ثم حاول إخافتك. لكنك توقفت، واحتفظت بالأدلة، وصار كل شيء عند { $adult }. لم يكن ذنبك أبدًا، وهناك مساعدة لحذف الصور.
contract-the-sextortion-end-recovered-paid = تحت الضغط دُفع المال مرة، ثم توقفت وصار كل شيء عند { $adult }. الدفع لا ينهي الأمر؛ الإخبار ينهيه. الأدلة محفوظة، وتم الإبلاغ عنها، ولا شيء من هذا ذنبك.
contract-the-sextortion-end-harmful = التهديدات مستمرة، وحملها وحدك ثقيل. ليس ذنبك. لا يفوت الأوان أبدًا: التوقف عن الدفع، وحفظ الرسائل، وإخبار شخص بالغ موضع ثقتك أو خط مساعدة في بلدك.
