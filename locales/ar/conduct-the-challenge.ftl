# سلوك / قيم: التحدّي (9-12 سنة). لا يُشرح التحدّي ولا يُسمّى بطريقته أبدًا.

conduct-the-challenge-title = التحدّي
conduct-the-challenge-summary = تحدٍّ جديد ينتشر في دردشة الصف، والجميع يقولون إن من لا يفعله جبان. ما العمل؟
conduct-the-challenge-remember = التحديات الممتعة لا بأس بها. أما التحدّي الذي قد يؤذي أحدًا: لا فعل ولا إرسال، بل إبلاغ، وكلام مع شخص بالغ موضع ثقتك. رعاية الأصدقاء ليست وشاية أبدًا.

conduct-the-challenge-app-class-buzz = دردشة الصف
conduct-the-challenge-app-room-12-crew = شلّة غرفة 12
conduct-the-challenge-app-fox-squad = فريق الثعالب
conduct-the-challenge-challenge-storm = تحدّي العاصفة
conduct-the-challenge-challenge-wildcard = تحدّي الجوكر
conduct-the-challenge-challenge-boss = تحدّي الزعيم الأخير
conduct-the-challenge-fun-keepy = تحدّي تنطيط الكرة
conduct-the-challenge-fun-doodle = تحدّي رسمة كل يوم
conduct-the-challenge-fun-kindness = تحدّي اللطف
conduct-the-challenge-name-kenji = كينجي
conduct-the-challenge-name-omar = عمر
conduct-the-challenge-name-lucas = لوكاس
conduct-the-challenge-adult-grandma = تيتا
conduct-the-challenge-adult-dad = بابا
conduct-the-challenge-adult-uncle = العمّ توماس

conduct-the-challenge-app = { $app }
conduct-the-challenge-npc-poster = { $poster }
conduct-the-challenge-npc-friend = { $friend }
conduct-the-challenge-npc-adult = { $adult }

conduct-the-challenge-intro = مرحبًا، أنا سانغو! لصفّك مجموعة دردشة اسمها { $app }: أسئلة عن الواجبات، وملصقات مضحكة، وكثير من الرموز التعبيرية. سأقرأ معك!

conduct-the-challenge-sort = في { $app } حركة كبيرة اليوم. لنرتّب الرسائل: ما يمكن مشاركته، وما يحتاج إلى تحقق أولًا، وما يجب أن يتوقف عندك.
conduct-the-challenge-post-fun-from = { $friend }
conduct-the-challenge-post-fun = من يشارك في { $fun } معي هذا الأسبوع؟ أرونا أفضل ما عندكم!
conduct-the-challenge-post-fun-why = يمكن مشاركته! تحدٍّ ممتع لا يؤذي أحدًا شيء رائع نفعله معًا. ليست كل التحديات سيئة.
conduct-the-challenge-post-trip-from = { $poster }
conduct-the-challenge-post-trip = تذكير من المعلّمة: الرحلة إلى المتحف يوم الخميس. أحضروا طعام الغداء!
conduct-the-challenge-post-trip-why = يمكن مشاركته! إنه صحيح ومفيد، ومصدره المعلّمة. مساعدة الجميع على التذكّر لطف.
conduct-the-challenge-post-ban-from = رسالة محوَّلة
conduct-the-challenge-post-ban = عاجل!!! سيُمنع الهاتف في المدرسة إلى الأبد من الأسبوع القادم. انشرها!!!
conduct-the-challenge-post-ban-why = التحقق أولًا! «عاجل» و«إلى الأبد» و«انشرها» بلا أي اسم: هذه علامات إشاعة. السؤال لمعلّم قبل المشاركة أفضل.
conduct-the-challenge-post-chain-from = محوَّلة مرات كثيرة
conduct-the-challenge-post-chain = أرسل هذه الرسالة إلى 10 أشخاص خلال 10 دقائق، وإلا سيلاحقك سوء الحظ طوال السنة!
conduct-the-challenge-post-chain-why = لتتوقف عندك. رسائل السلسلة تخيف الناس كي يرسلوها. لا يحدث شيء سيئ إن توقفت عندك.
conduct-the-challenge-post-photo-from = أحد زملاء الصف
conduct-the-challenge-post-photo = من يريد رؤية صورة { $classmate } نائمًا في الحافلة؟
conduct-the-challenge-post-photo-why = لتتوقف عندك. مشاركة صورة شخص بلا موافقته قد تجرحه كثيرًا. من حق { $classmate } أن يقول لا.

conduct-the-challenge-challenge = جديد: { $challenge }! الجميع يفعلونه. صوّروا أنفسكم وانشروا هنا قبل الجمعة. ومن لا يفعله جبان!
conduct-the-challenge-pic-title = { $challenge }
conduct-the-challenge-pic-views = ‏2.3 مليون مشاهدة
conduct-the-challenge-pic-caption = صوّر نفسك قبل الجمعة!
conduct-the-challenge-sango-warns = لحظة! هذا التحدّي قد يؤذي أحدًا بشدة. أطفال أصيبوا إصابات خطيرة بسبب تحديات كهذه. لن أقول كيف يُفعل، ولا حاجة لمعرفة ذلك.

conduct-the-challenge-what-chat = كثيرون يتفاعلون بالفعل. ما الخطوة التالية؟
conduct-the-challenge-choice-report = سأبلغ عن المنشور، ثم أضع هاتفي جانبًا.
conduct-the-challenge-feedback-report = فكرة ذكية! الإبلاغ يُعلم { $app } دون أن يعطي التحدّي مزيدًا من الاهتمام. ووضع الهاتف جانبًا يمنع انجرافك معه.
conduct-the-challenge-choice-warn-all = للجميع: «لا تفعلوه، إنه ليس آمنًا!»
conduct-the-challenge-feedback-warn-all = ملاحظة الخطر كانت صحيحة! لكن التحذير الكبير يثير فضول الجميع، فيفتح أطفال أكثر الفيديو. الإبلاغ بهدوء أفضل.
conduct-the-challenge-choice-share-on = سأرسله إلى مجموعة كرة القدم، وأطلب منهم أن يتحققوا منه.
conduct-the-challenge-feedback-share-on = فرصة لنتعلّم: كل مشاركة توصله إلى أطفال أكثر، وقد يجرّبه بعضهم. يتوقف عندك إن لم ترسله. وما زال بالإمكان المساعدة في إصلاح الأمر.
conduct-the-challenge-choice-fire = سأضع شعلة أنا أيضًا، كي لا يسخروا مني.
conduct-the-challenge-feedback-fire = فرصة لنتعلّم: رمز واحد يقول للجميع إن الأمر رائع، ويدفع غيرك إلى التجربة. عدم المشاركة ليس جبنًا. إنه ذكاء.

conduct-the-challenge-reported = أُرسل البلاغ، وتردّ { $app }: «شكرًا، نحن ننظر في الأمر.» كُتم صوت الدردشة، والهاتف جانبًا. بعد قليل تصل رسالة خاصة.
conduct-the-challenge-pic-reported = تم الإبلاغ عن الرسالة
conduct-the-challenge-pic-muted = الدردشة مكتومة حتى الصباح
conduct-the-challenge-warned-all = خطير؟؟ كيف؟؟ هههه. جبان! يا جماعة، شاهدوه واحكموا بأنفسكم!
conduct-the-challenge-shared-on = مجموعة كرة القدم تمتلئ بالشعلات. أحدهم يعيد إرساله، ثم غيره. الآن رآه أطفال من ثلاثة صفوف. بعد قليل تصل رسالة خاصة.
conduct-the-challenge-fired = أرأيتم؟ حتى هذا الحساب انضمّ! من التالي؟ يوم الجمعة يا جماعة!

conduct-the-challenge-friend-dm = ما رأيك في { $challenge }؟ أنا أريد أن أجرّبه قليلًا. الجميع سيسخرون مني إن لم أفعله. لا داعي أن يعرف أحد، اتفقنا؟
conduct-the-challenge-compose = التحدّي يغري { $friend }، وهذا مقلق. لنكتب ردًّا يساعد. ما الذي يدخل في الرسالة، وما الذي يبقى خارجها؟
conduct-the-challenge-compose-to = { $friend }
conduct-the-challenge-ph-hey = مرحبًا يا { $friend }!
conduct-the-challenge-why-hey = التحية اللطيفة مناسبة في الحالتين. المهم ما يأتي بعدها.
conduct-the-challenge-ph-chicken = الجميع سيضحكون إن تراجعت، هههه.
conduct-the-challenge-why-chicken = حتى على سبيل المزاح، هذا هو الضغط نفسه الذي يستعمله المنشور. إنه يدفع نحو فعل التحدّي.
conduct-the-challenge-ph-no-prove = لا حاجة لإثبات أي شيء لأي أحد.
conduct-the-challenge-why-no-prove = نعم! ضغط «جبان» لا ينجح إلا إذا ظنّ أحد أن عليه إثبات شيء. لا داعي لذلك.
conduct-the-challenge-ph-secret = لن أخبر أحدًا، أعدك.
conduct-the-challenge-why-secret = يبدو وفاءً، لكن سرًّا كهذا يُبعد الكبار الذين يستطيعون الحماية من الأذى.
conduct-the-challenge-ph-hurt = هذا التحدّي قد يؤذي بشدة. لا يستحق ذلك.
conduct-the-challenge-why-hurt = صدق واهتمام. قول إن الأمر خطير بوضوح يساعد على قول لا.
conduct-the-challenge-ph-film = أريد الفيديو بعد أن ينتهي التحدّي!
conduct-the-challenge-why-film = هذا يشجّع على فعل التحدّي، ويطلب فيديو قد ينتشر أكثر.
conduct-the-challenge-ph-fun = ما رأيك في { $fun } معي بدلًا منه؟
conduct-the-challenge-why-fun = فكرة رائعة! التحدّي الممتع يعطي فرصة للمشاركة مع الآخرين دون أذى.
conduct-the-challenge-ph-grown-up = لنتكلّم مع شخص بالغ معًا.
conduct-the-challenge-why-grown-up = عرض الذهاب معًا يجعل طلب المساعدة من شخص بالغ موضع ثقتك أسهل بكثير.
conduct-the-challenge-friend-reads = شكرًا. سأفكّر في الأمر. لكن بجد، لا داعي أن يعرف أحد!

conduct-the-challenge-tell-choice = الطلب كان كتمان السرّ. لكن هذا التحدّي قد يؤذي بشدة. ما الخطوة التالية؟
conduct-the-challenge-choice-tell-adult = سأذهب الليلة وأخبر { $adult } بكل ما في رسالة { $friend }.
conduct-the-challenge-feedback-tell-adult = هذه رعاية حقيقية للأصدقاء! السرّ الذي قد يسبب أذى لأحد يُقال لشخص بالغ موضع ثقتك. هذا ليس وشاية أبدًا.
conduct-the-challenge-choice-stay-close = سأبقى مع { $friend } في العطلة، وأخبر { $adult } الاثنين.
conduct-the-challenge-feedback-stay-close = البقاء بالقرب لطف! لكن لا يمكن مراقبة كل دقيقة، ويوم الاثنين قد يكون متأخرًا جدًا. الشخص البالغ موضع ثقتك يستطيع المساعدة الآن.
conduct-the-challenge-choice-promise = وعدتُ بالكتمان. إخبار أي شخص بالغ وشاية.
conduct-the-challenge-feedback-promise = فرصة لنتعلّم: الوشاية هي جلب المتاعب لأحد. الكلام لحماية صديق هو العكس تمامًا. لم يفت الأوان للكلام.

conduct-the-challenge-adult-helps = شكرًا لأنك أخبرتني. هذه ليست وشاية، بل رعاية للأصدقاء. سأتصل بعائلة { $friend } الليلة وأُعلم المدرسة، وسنبلغ عن ذلك الفيديو معًا.
conduct-the-challenge-weekend = يوم السبت مع { $friend } ممتع، ولا أحد يذكر التحدّي. لكن مساء الأحد يهتزّ الهاتف.
conduct-the-challenge-promise-kept = لا كلمة لأي أحد. مساء الأحد يهتزّ الهاتف.
conduct-the-challenge-sunday = سأصوّره الليلة بعد أن ينام الجميع. أتمنى أن يكون الحظ معي!

conduct-the-challenge-last-chance = الأذى قد يصيب { $friend } بشدة. لم يفت الأوان. ما الخطوة التالية؟
conduct-the-challenge-choice-show-now = سأُري الرسالة لشخص بالغ الآن.
conduct-the-challenge-feedback-show-now = هذه شجاعة! الذهاب فورًا إلى شخص بالغ هو الصواب تمامًا حين يمكن أن يتأذى صديق. لا أحد يلومك، وربما تكون حماية { $friend } بفضلك.
conduct-the-challenge-choice-thumbs = إعجاب فقط. ليس لي أن أخبر أحدًا.
conduct-the-challenge-feedback-thumbs = فرصة لنتعلّم: حين قد يتأذى أحد، الكلام لا يسلبه قراره. إنه رعاية. لم يفت الأوان أبدًا لإعلام شخص بالغ موضع ثقتك.
conduct-the-challenge-choice-beg = سأكتب: «أرجوك، لا!» ولن أخبر { $adult }.
conduct-the-challenge-feedback-beg = طلب التوقف لطف! لكن لا يمكن إيقاف ذلك الليلة دون مساعدة. الشخص البالغ موضع ثقتك يستطيع، والكلام ليس وشاية أبدًا.

conduct-the-challenge-adult-late = هذا هو التصرف الصحيح تمامًا، ولا أحد يلومك. سأتصل بعائلة { $friend } فورًا. وغدًا نُعلم المدرسة ونبلغ عن الفيديو.
conduct-the-challenge-thumbs = أُرسل الإبهام المرفوع، ووُضع الهاتف جانبًا. النوم مستحيل. وفي الصباح تصل رسالة من عائلة { $friend }.
conduct-the-challenge-begged = لا داعي للقلق، سأنتبه جيدًا. كل شيء سيكون بخير. ليلة سعيدة!

conduct-the-challenge-fun-day = يوم الاثنين يشارك الصف كله في { $fun } بدلًا منه. رقم قياسي جديد باسم { $friend }، ولا أحد يذكر { $challenge } بعد الآن.
conduct-the-challenge-pic-fun = { $fun }
conduct-the-challenge-pic-score = رقم قياسي جديد!

conduct-the-challenge-end-safe = لم ترسله لأحد، وساعدت { $friend } على قول لا، وأخبرت { $adult }. تم الإبلاغ عن الفيديو، واختار صفّك التحدّي الممتع. هكذا تكون الصداقة الحقيقية!
conduct-the-challenge-end-recovered = في البداية كاد التحدّي يجرفك، ثم أصلحت الأمر: أخبرت { $adult } في الوقت المناسب، و{ $friend } بأمان. تم الإبلاغ عن الفيديو. الكلام كان الجزء الشجاع!
conduct-the-challenge-end-harmful = انتهت تجربة { $friend } للتحدّي بحادث، والكبار يعتنون بالأمر الآن. هذا ليس ذنبك. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك بما ينتشر، كي يحمي الآخرين.

conduct-the-challenge-trace-reported = فيديو { $challenge } في { $app }: تم الإبلاغ عنه، بمساعدة { $adult }.
conduct-the-challenge-trace-reported-advice = إذا عاد تحدٍّ قد يؤذي أحدًا: لا إرسال له، ولا حتى للتحذير. الأفضل الإبلاغ عنه، والكلام مع شخص بالغ موضع ثقتك.
