# تواصل / عدواني: اللاعب الغاضب (9-12 سنة)

contact-the-angry-player-title = اللاعب الغاضب
contact-the-angry-player-summary = فوز في مباراة متقاربة، ولاعب من الفريق الآخر يغضب بشدة. ثم يظهر في لعبتك الأخرى أيضًا. ما الذي يمكن فعله؟
contact-the-angry-player-remember = حين يتحوّل المزاح في اللعب إلى شتائم أو تهديدات، فهذا ليس مقبولًا. لا ردّ عليه. صورة للشاشة، ثم حظر وإبلاغ، وكلام مع شخص بالغ موضع ثقتك. ومكان سكنك يبقى سرًّا دائمًا.

contact-the-angry-player-app-robo-rumble = معركة الروبوتات
contact-the-angry-player-app-kart-clash = صدام العربات
contact-the-angry-player-app-castle-blast = انفجار القلعة
contact-the-angry-player-other-block-quest = مغامرة المكعبات
contact-the-angry-player-other-dino-dash = سباق الديناصورات
contact-the-angry-player-other-galaxy-golf = غولف المجرّة
contact-the-angry-player-name-toxicrex = ‏ToxicRex_99
contact-the-angry-player-name-grimshadow = ‏GrimShadow
contact-the-angry-player-name-blazeking = ‏BlazeKing_X
contact-the-angry-player-adult-uncle = العمّ رافي
contact-the-angry-player-adult-mum = ماما
contact-the-angry-player-adult-grandpa = جدّو

contact-the-angry-player-app = { $app }
contact-the-angry-player-npc-rival = { $rival }
contact-the-angry-player-npc-friend = { $friend }
contact-the-angry-player-npc-adult = { $adult }

contact-the-angry-player-intro = مرحبًا، أنا سانغو! أنت و{ $friend } في الفريق نفسه في { $app }. إنها الجولة الأخيرة، والنتيجة متقاربة جدًا. سأشجّعكما من هنا!
contact-the-angry-player-win = نعم! فزنا! الحركة الأخيرة كانت مذهلة!
contact-the-angry-player-rival-mad = كان ذلك حظًّا فقط. أنت لا شيء. احذف اللعبة.

contact-the-angry-player-spot = الجميع يكتبون في دردشة المباراة. بعض ذلك كلام عادي بين اللاعبين. لنلمس الرسائل التي تتجاوز الحدّ.
contact-the-angry-player-card-title = دردشة المباراة
contact-the-angry-player-card-body = الدردشة بعد الجولة الأخيرة مباشرة.
contact-the-angry-player-part-gg = ‏{ $friend }: gg للجميع، كانت متقاربة جدًا!
contact-the-angry-player-feedback-gg = لا يتجاوز الحدّ. «gg» تعني «good game»، أي «لعبة جيدة»: هكذا ينهي اللاعبون المباراة بودّ، فوزًا أو خسارة.
contact-the-angry-player-part-trash = ‏{ $rival }: أنت لا شيء. احذف اللعبة.
contact-the-angry-player-feedback-trash = يتجاوز الحدّ، أحسنت الملاحظة! هذا لم يعد عن اللعبة. إنه شتيمة هدفها الإيذاء.
contact-the-angry-player-part-rematch = ‏Mika_7: gg. مباراة ثأر غدًا؟ سنهزمكم في المرة القادمة!
contact-the-angry-player-feedback-rematch = لا يتجاوز الحدّ. طلب مباراة ثأر والمزاح بـ«سنهزمكم» كلام عادي في اللعب. تقبّل الخسارة جزء من اللعبة.
contact-the-angry-player-part-find = ‏{ $rival }: سأجدك في كل لعبة تلعبها.
contact-the-angry-player-feedback-find = يتجاوز الحدّ، نعم! القول إنه سيلاحقك في كل مكان تهديد، حتى على الإنترنت. إنها علامة تحذير يجب حفظها والإبلاغ عنها.
contact-the-angry-player-part-name = ‏{ $rival }: قل لي اسمك الحقيقي إن لم تكن خائفًا.
contact-the-angry-player-feedback-name = يتجاوز الحدّ! غريب غاضب يسأل عن اسمك الحقيقي: هذه علامة تحذير كبيرة. الاسم والمدرسة والمدينة أمور خاصة.
contact-the-angry-player-pic-gg = ‏{ $friend }: gg للجميع، كانت متقاربة جدًا!
contact-the-angry-player-pic-trash = ‏{ $rival }: أنت لا شيء. احذف اللعبة.
contact-the-angry-player-pic-rematch = ‏Mika_7: gg. مباراة ثأر غدًا؟ سنهزمكم في المرة القادمة!
contact-the-angry-player-pic-find = ‏{ $rival }: سأجدك في كل لعبة تلعبها.
contact-the-angry-player-pic-name = ‏{ $rival }: قل لي اسمك الحقيقي إن لم تكن خائفًا.

contact-the-angry-player-first-reply = ما زال { $rival } يكتب. ما الخطوة التالية؟
contact-the-angry-player-choice-shot-report = سأصوّر الشاشة، ثم أبلغ عن { $rival } في اللعبة.
contact-the-angry-player-feedback-shot-report = ترتيب ذكي! صورة الشاشة تحفظ الدليل، والبلاغ يترك لـ{ $app } التعامل مع الأمر. لا حاجة للردّ على من يتصرّف بلؤم.
contact-the-angry-player-choice-be-nice = سأكتب: «إنها مجرد لعبة، اهدأ. كن لطيفًا!»
contact-the-angry-player-feedback-be-nice = الهدوء رائع! لكن الردّ يطيل المحادثة، واللاعبون الغاضبون يريدون الانتباه. حفظ الدليل والإبلاغ أفضل.
contact-the-angry-player-choice-answer-back = سأردّ: «ابكِ أكثر، أنت الفاشل لا أنا!»
contact-the-angry-player-feedback-answer-back = فرصة لنتعلّم: الردّ يحوّل الأمر إلى شجار، والآن يمكن تصوير رسالتك أيضًا. لا حاجة للفوز في الجدال. وما زال بالإمكان إصلاح الأمر.
contact-the-angry-player-choice-block-now = سأحظر { $rival } فورًا، ثم أمسح محادثة المباراة كلها.
contact-the-angry-player-feedback-block-now = الحظر يحميك، وهذا جيد! لكن بلا صورة للشاشة لا دليل للبلاغ. صورة الشاشة أولًا، ثم الحظر والإبلاغ.

contact-the-angry-player-reported = حُفظت صورة الشاشة، وأُرسل بلاغ عن { $rival } بسبب التنمّر. تردّ اللعبة: «شكرًا. سننظر في الأمر.» وتبدأ جولة أخرى مع { $friend }.
contact-the-angry-player-pic-reason = السبب: تنمّر وتهديدات
contact-the-angry-player-pic-thanks = شكرًا. سننظر في الأمر.
contact-the-angry-player-chill = لطيف؟؟ هههه. صار عندي اسم المستخدم الخاص بك. إلى اللقاء.
contact-the-angry-player-answered = آه، تريد شجارًا؟ يا جماعة، انظروا ماذا كُتب لي للتو!
contact-the-angry-player-blocked-early = يختفي { $rival } من الدردشة. لكن لم يُحفظ شيء، فلا شيء يمكن عرضه على اللعبة.

contact-the-angry-player-follows = في اليوم التالي يُفتح { $other }، وهي لعبة أخرى. تصل رسالة فورًا. إنها من { $rival }.
contact-the-angry-player-follows-msg = وجدتك. لا مكان للاختباء. سألاحقك في كل الألعاب حتى الاستسلام.

contact-the-angry-player-followed = لحق بك { $rival } إلى لعبة أخرى. هذا ليس مقبولًا، وليس ذنبك. ما الخطوة التالية؟
contact-the-angry-player-choice-show-both = صورة لهذه أيضًا، ثم أُري { $adult } الاثنتين.
contact-the-angry-player-feedback-show-both = هذا هو الصواب تمامًا! ملاحقة أحد من لعبة إلى لعبة تنمّر. مع الصورتين، بإمكان { $adult } المساعدة في حظر { $rival } والإبلاغ عنه في كل مكان.
contact-the-angry-player-choice-new-name = سأصنع اسمًا جديدًا. وإن وجدني، سأخبر { $adult }.
contact-the-angry-player-feedback-new-name = الابتعاد مفهوم! لكن الاسم الجديد لا يوقف { $rival }، وانتظار أن يجدك يتركك وحدك مع الأمر. الشخص البالغ موضع ثقتك يساعد في الحظر والإبلاغ الآن.
contact-the-angry-player-choice-town = سأخبره باسم مدينتي وأقول له: «قلها في وجهي إن كنت تجرؤ!»
contact-the-angry-player-feedback-town = فرصة لنتعلّم: مدينتك أمر خاص، ولا يجوز أبدًا أن يعرف غريب غاضب أين يجدك. لم يفت الأوان: الكلام مع شخص بالغ موضع ثقتك الآن.

contact-the-angry-player-adult-helps = شكرًا لأنك أريتني. لا خطأ منك أبدًا، ولا أحد يلومك. الملاحقة من مكان إلى مكان تنمّر. لنحظر { $rival } في اللعبتين ونرسل بلاغًا كاملًا.
contact-the-angry-player-new-name = اسم جديد لطيف. هل ظننت فعلًا أنني لن ألاحظ؟
contact-the-angry-player-town = ها! الآن أعرف مدينتك. ربما آتي وأجدك.

contact-the-angry-player-last-chance = الأمر صار مخيفًا، وليس ذنبك. لم يفت الأوان أبدًا لطلب المساعدة. ما الخطوة التالية؟
contact-the-angry-player-choice-show-all = سأُري كل شيء لشخص بالغ في البيت، مع صور الشاشة.
contact-the-angry-player-feedback-show-all = هذه شجاعة! لا أحد يلومك. بإمكان { $adult } حظر { $rival } والإبلاغ عنه، وإن استمرت التهديدات يمكن للكبار المضيّ أبعد.
contact-the-angry-player-choice-say-sorry = سأعتذر إلى { $rival }، كي يتركني وشأني.
contact-the-angry-player-feedback-say-sorry = فرصة لنتعلّم: لا خطأ هنا يستحق الاعتذار. الاعتذار للمتنمّر يجعله غالبًا يطلب المزيد. لم يفت الأوان أبدًا للكلام.
contact-the-angry-player-choice-quit-all = سأترك كل ألعابي، ولن أخبر أحدًا بأي شيء.
contact-the-angry-player-feedback-quit-all = فرصة لنتعلّم: لا داعي للتخلي عن ألعاب محبوبة. الشخص البالغ موضع ثقتك يستطيع المساعدة في إيقاف { $rival }، ليعود اللعب ممكنًا.

contact-the-angry-player-adult-late = يا لفرحتي أنك أخبرتني. لا أحد يلومك، وليس هذا ذنبك. لنحظر { $rival } في اللعبتين ونرسل بلاغًا كاملًا. وإن استمرت التهديدات، سنمضي أبعد.
contact-the-angry-player-demands = الاعتذار لا يكفي. اخسر مبارياتك العشر القادمة عمدًا، وإلا فسترى.
contact-the-angry-player-quit = حُذفت الألعاب. وأسئلة { $friend } عن سبب التوقف لا تنتهي. الخوف كبير، والأمر كله سرّ ثقيل.

contact-the-angry-player-compose = بمساعدة { $adult }، حان وقت كتابة بلاغ. المشرف يقرأ بلاغات كثيرة كل يوم. لنختر ما يحتاجه، وما يجب تركه.
contact-the-angry-player-compose-to = فريق الأمان في { $app }
contact-the-angry-player-ph-hello = مرحبًا،
contact-the-angry-player-why-hello = التحية المهذبة مناسبة في الحالتين. المهم ما يأتي بعدها.
contact-the-angry-player-ph-loser = إنه فاشل تمامًا، اطردوه من اللعبة للأبد.
contact-the-angry-player-why-loser = الغضب طبيعي، لكن الشتائم في البلاغ تجعله أقل جدية. الأفضل الالتزام بما حدث.
contact-the-angry-player-ph-what = ‏{ $rival } أساء إليّ في دردشة المباراة بعد فوزنا.
contact-the-angry-player-why-what = نعم! من، وأين، ومتى: هذا أول ما يحتاجه المشرف.
contact-the-angry-player-ph-details = اسمي الحقيقي ومدينتي في الأسفل، إن كان ذلك يساعد.
contact-the-angry-player-why-details = الأفضل تركه. اللعبة لا تحتاج إلى اسمك الحقيقي أو مدينتك كي تتصرف، والمعلومات الخاصة تبقى خاصة.
contact-the-angry-player-ph-shots = أرفقت صورًا للشاشة من رسائله.
contact-the-angry-player-why-shots = أدلة! صور الشاشة تُظهر بالضبط ما كُتب، حتى لو حُذف.
contact-the-angry-player-ph-told = رددت عليه بأنني سأجده أنا أيضًا.
contact-the-angry-player-why-told = الأفضل تركه، وعدم فعله. التهديد المضاد يجعلك جزءًا من الشجار.
contact-the-angry-player-ph-other = لحق بي إلى { $other } أيضًا.
contact-the-angry-player-why-other = مهم! الملاحقة من لعبة إلى لعبة جزء من التنمّر، ومعرفتها مفيدة.
contact-the-angry-player-ph-check = أرجو التحقق من رسائله وحظره.
contact-the-angry-player-why-check = واضح ومهذب: فيه طلب واضح لما يجب أن تفعله اللعبة.

contact-the-angry-player-sent = أُرسل البلاغ، و{ $rival } محظور في اللعبتين. تردّ اللعبة: «شكرًا. اتخذنا إجراءً بحق هذا الحساب.»
contact-the-angry-player-pic-blocked = محظور في اللعبتين
contact-the-angry-player-pic-report-sent = أُرسل البلاغ مع صور الشاشة
contact-the-angry-player-team-again = مرحى! مباراة ثأر غدًا؟ نحن فقط، فريقنا الحقيقي هذه المرة.

# القرار 4: رسالة أخيرة، من شخص جديد.
contact-the-angry-player-new-player = في المساء، تصل رسالة من لاعب غير معروف: «هل أنت من أبلغ عن { $rival }؟ إنه صديقي. ما اسم مدرستك؟» ما الخطوة التالية؟
contact-the-angry-player-choice-no-answer = لن أردّ. سأصوّر الشاشة وأحظره، ثم أُري { $adult } كل شيء.
contact-the-angry-player-feedback-no-answer = هذا هو الصواب! أن يسأل غريب عن مدرستك علامة تحذير، حتى لو قال إنه صديق { $rival }. لا حاجة للردّ عليه. المهم حفظ الدليل، ثم الحظر، وإخبار { $adult }.
contact-the-angry-player-choice-school = سأخبره باسم مدرستي، وأحذّره: { $adult } معي، وسيصله بلاغ!
contact-the-angry-player-feedback-school = فرصة لنتعلّم: مدرستك أمر خاص، حتى مع إضافة تحذير. الغريب الذي يعرفها قد يجدك. الأفضل عدم الردّ، والكلام فورًا مع شخص بالغ موضع ثقتك.
contact-the-angry-player-choice-it-was-me = سأردّ: «نعم، أنا، وسأبلغ عن صديقك مرة أخرى!»
contact-the-angry-player-feedback-it-was-me = فرصة لنتعلّم: الردّ يطيل الشجار، والآن عرف أنه أنت. لا حاجة لشرح أي شيء لغريب. الأفضل حظره، والكلام مع شخص بالغ موضع ثقتك.
contact-the-angry-player-school-said = يردّ اللاعب: «جميل أن أعرف.» يأتي خوف مفاجئ، فتصل الرسالة فورًا إلى { $adult }. وبمساعدة { $adult } يُحظر الحساب ويُرسل بلاغ عنه، ويُطلب من المدرسة أن تنتبه.
contact-the-angry-player-was-me = يرسل اللاعب الرسالة إلى أصدقاء { $rival }، وتبدأ رسائل لئيمة بالوصول. ثم تصل كل الرسائل إلى { $adult }، وتُحفظ صور الشاشة معًا، ويُحظر الجميع ويُرسل بلاغ عن كل واحد.
contact-the-angry-player-end-safe = لا ردّ، والأدلة محفوظة، وكل شيء صار معروفًا لدى { $adult }. { $rival } محظور، وتم الإبلاغ عنه في اللعبتين، وعاد اللعب مع { $friend }. روح فريق رائعة!
contact-the-angry-player-end-recovered = احتدّ الأمر، ثم جاء الإصلاح: أخبرت { $adult }. { $rival } محظور، وتم الإبلاغ عنه، وعاد اللعب مع { $friend }. الكلام كان الجزء الشجاع!
contact-the-angry-player-end-harmful = ما زال { $rival } هناك، والأمر سرّ ثقيل. لا شيء من هذا ذنبك. لم يفت الأوان أبدًا للكلام مع شخص بالغ موضع ثقتك: يستطيع المساعدة في الحظر والإبلاغ.

contact-the-angry-player-trace-rival = ‏{ $rival }: محظور، وتم الإبلاغ عنه في { $app } و{ $other }.
contact-the-angry-player-trace-rival-advice = أحسنت! إذا صار أحد لئيمًا في لعبة مرة أخرى: صورة للشاشة أولًا، ثم حظر وإبلاغ، وكلام مع شخص بالغ موضع ثقتك.
contact-the-angry-player-trace-town = مدينتك: قيلت للاعب غاضب في { $other }.
contact-the-angry-player-trace-town-advice = الغرباء لا يجب أن يعرفوا مكان سكنك. الكلام مع شخص بالغ موضع ثقتك يساعد على بقائك بأمان والإبلاغ عن ذلك اللاعب.
