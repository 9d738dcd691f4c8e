# المحتوى / القيم: الإشاعة المنتشرة (الأعمار 9-12)

content-the-viral-rumour-title = الإشاعة المنتشرة
content-the-viral-rumour-summary = منشور عن تحدٍّ خطير ينتشر في المدرسة. هل يمكنك التحقّق منه، وإيقاف انتشاره، والحفاظ على سلامة الجميع؟
content-the-viral-rumour-remember = التوقّف والتحقّق قبل التصديق أو المشاركة، حتى لو كان الهدف تحذير الآخرين. وإذا كان تحدٍّ ما قد يؤذي أحدًا، فالأفضل الذهاب فورًا إلى شخص بالغ موضع ثقتك.

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = الأستاذ سليم
content-the-viral-rumour-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
content-the-viral-rumour-challenge-mega-dare = تحدّي ميغا
content-the-viral-rumour-challenge-ninja-dare = تحدّي النينجا
content-the-viral-rumour-challenge-level-99 = تحدّي المستوى 99
content-the-viral-rumour-adult-mum = ماما
content-the-viral-rumour-adult-dad = بابا
content-the-viral-rumour-adult-gran = تيتا

content-the-viral-rumour-intro = مرحبًا، أنا سانغو! إنها ليلة الجمعة ومجموعة صفّك تضجّ بالرسائل. لنرَ عمّ يتحدّث الجميع.
content-the-viral-rumour-video-skipped = وصلك من { $friend } فيديو لحركة خطيرة. سأتخطّى الفيديو: لا حاجة إلى مشاهدته. لنقرأ بدلًا من ذلك الرسالة التي جاءت معه.

content-the-viral-rumour-maya = واو!! صانع محتوى مشهور يقول إن على كل الأطفال أداء { $challenge } في عطلة نهاية الأسبوع. شاركه خلال ساعة وإلا فأنت خارج اللعبة!
content-the-viral-rumour-pic-account = famous.streamer.official
content-the-viral-rumour-pic-caption = على كل الأطفال أداء { $challenge }!
content-the-viral-rumour-pic-share-1-hour = شاركه خلال ساعة وإلا فأنت خارج اللعبة!
content-the-viral-rumour-choice-share-warning = سأشاركه مع عبارة «مزيّف! لا تجرّبوه!»
content-the-viral-rumour-feedback-share-warning = أحسنت بملاحظة الخطر! لكن مشاركة التحذير تنشر الفيديو أيضًا، وبعضهم يشاهده بدافع الفضول. أفضل تحذير هو عدم تمرير المنشور.
content-the-viral-rumour-choice-check-first = لحظة. من صنع هذا؟ لن أشارك أي شيء الآن.
content-the-viral-rumour-feedback-check-first = حركة محقّق رائعة! المنشورات التي تستعجلك، مثل «شارك خلال ساعة!»، غالبًا مزيّفة. معرفة من صنعها قبل المشاركة توقف الإشاعات.
content-the-viral-rumour-choice-share-now = سأشاركه فورًا! لا أريد أن أكون خارج اللعبة.
content-the-viral-rumour-feedback-share-now = فرصة لنتعلّم: المنشور استعجلك، والاستعجال حيلة لمنع التفكير. المشاركة قبل التحقّق قد تنشر شيئًا كاذبًا أو خطيرًا.

content-the-viral-rumour-warned = ينتشر تحذيرك بسرعة، لكنه يحمل الفيديو معه. وبحلول الأحد، يشاهده طلاب من صفوف أخرى «ليعرفوا ما المزيّف فيه».
content-the-viral-rumour-checked = لنكن محقّقين! الحساب بلا اسم حقيقي، وعمره يوم واحد. وصفحة صانع المحتوى الحقيقي تقول: «هذا ليس أنا. أرجوكم لا تجرّبوه». إنه مزيّف.
content-the-viral-rumour-pic-joined = تاريخ الانضمام: قبل يوم واحد
content-the-viral-rumour-pic-not-me = هذا ليس أنا. أرجوكم لا تجرّبوه.

content-the-viral-rumour-sort = عمل محقّق رائع! خلال عطلة نهاية الأسبوع تظهر منشورات أخرى في مجموعة صفّك. أين مكان كل منشور منها؟
content-the-viral-rumour-post-rumour-from = جود ناصر
content-the-viral-rumour-post-rumour = صديق ابن عمّي يقول إن الدوام سينتهي عند الظهر في آخر يوم دراسي من كل أسبوع، بدءًا من الشهر القادم، لأن المعلّمين يحتاجون إلى وقت أطول لاجتماعاتهم! لا أطيق الانتظار!
content-the-viral-rumour-post-rumour-why = هذا يستحق التحقّق أولًا: صديق ابن عمّك ليس مصدرًا حقيقيًا. سؤال معلّم أو صفحة المدرسة نفسها يكشف إن كان صحيحًا.
content-the-viral-rumour-post-school-from = مدرسة التلال
content-the-viral-rumour-post-school = خبر رائع! فاز صفّنا في مسابقة القراءة في المدينة، لذلك سنزور متحف العلوم الأسبوع القادم. الرسائل تصل إلى البيوت يوم الاثنين، فشاركوا هذا الخبر مع أهلكم!
content-the-viral-rumour-post-school-why = لا بأس بمشاركته! إنه من صفحة المدرسة نفسها، ورسالة الاثنين ستقول الشيء نفسه، وهو خبر سعيد للصف كله. التحقّق لا يعني الشك في كل شيء.
content-the-viral-rumour-post-mean-from = class5.laughs
content-the-viral-rumour-post-mean = انظروا إلى صورة { $classmate } وهو يقع في الوحل أثناء مباراة الكرة، هههه! أرسلوها للجميع حتى تراها المدرسة كلها.
content-the-viral-rumour-post-mean-why = هذا لا يُشارَك: هدفه الضحك على { $classmate }، وهذه لحظته الخاصة، ليست لنا كي ننشرها. أن يتوقّف المنشور عندك تصرّف لطيف.
content-the-viral-rumour-post-cat-from = { $friend }
content-the-viral-rumour-post-cat = شكرًا كبيرًا لـ{ $classmate } لأنه ساعدني في البحث عن قطتي طوال بعد الظهر! وجدناها نائمة في أصيص زهور. أنت رائع!
content-the-viral-rumour-post-cat-why = لا بأس بمشاركته: إنه لطيف وصحيح، ونُشر على حساب { $friend } ليراه الجميع. المنشورات اللطيفة عن زملاء الصف تستحق أن تنتشر.
content-the-viral-rumour-post-chain-from = فريق التطبيق (رسمي)
content-the-viral-rumour-post-chain = رسالة من فريق التطبيق: ابتداءً من الاثنين سيصبح هذا التطبيق مدفوعًا، إلا إذا أرسلت هذه الرسالة إلى 10 أصدقاء الليلة. مرّرها من فضلك!
content-the-viral-rumour-post-chain-why = هذه الرسالة غير صحيحة، حتى لو كُتب «رسمي» في اسم الحساب: التطبيقات لا تنشر أخبارها برسائل متسلسلة، و«أرسلها إلى 10 أصدقاء» هي فقط طريقة انتشار هذه الرسائل. يمكن أن تتوقّف عندك.

content-the-viral-rumour-shared = تصل مشاركتك إلى 40 طفلًا خلال ساعة. ويسأل أخو { $friend } الصغير إن كان يستطيع تجربته هو أيضًا. كثيرون يصدّقون صانع المحتوى المزيّف.
content-the-viral-rumour-pic-seen-40 = شاهده 40
content-the-viral-rumour-pic-can-i-try = هل يمكنني تجربته أيضًا؟

content-the-viral-rumour-monday = يوم الاثنين. ما زال الجميع يتحدّثون عن { $challenge }. وفي الاستراحة، يقول { $classmate } إنه سيجرّبه بعد المدرسة.
content-the-viral-rumour-monday-trust = كنت في صفّي عندما انتشرت صورة الرضيع تلك. بعد { $challenge } لن يناديني أحد بالرضيع بعد اليوم!
content-the-viral-rumour-monday-baby = منذ تلك الصورة، والجميع ينادونني بالرضيع. بعد { $challenge } سيرون أنني لست رضيعًا!
content-the-viral-rumour-baby-choice = صورة الرضيع تلك ما زالت تلاحق { $classmate }. شاركت فيها حين انتشرت، والجميع يخطئ أحيانًا. لم يفت الأوان لإصلاح دورك. ما اختيارك؟
content-the-viral-rumour-choice-baby-own-up = سأعتذر لـ{ $classmate }، ثم أعترف بكل شيء للأستاذ سليم.
content-the-viral-rumour-feedback-baby-own-up = هكذا يُصلح الخطأ! الاعتراف شجاعة، وبوسع الأستاذ سليم حذف الصورة ومساعدة { $classmate }. إصلاح الخطأ هو ما يهمّ.
content-the-viral-rumour-choice-baby-sorry = سأعتذر لـ{ $classmate }، بيني وبينه فقط.
content-the-viral-rumour-feedback-baby-sorry = الاعتذار شجاعة، وهو مهم لـ{ $classmate }! لكن الصورة ما زالت تنتشر، والمعلّم يستطيع المساعدة في إيقافها للجميع.
content-the-viral-rumour-choice-baby-quiet = لا شيء. لم يعرف أي معلّم بالأمر، فقد انتهى.
content-the-viral-rumour-feedback-baby-quiet = فرصة لنتعلّم: الخطأ الذي لم يكتشفه أحد قد يظل يؤلم. ما زالوا ينادون { $classmate } بالرضيع، والمعلّم يستطيع المساعدة في إيقاف ذلك. لم يفت الأوان للاعتراف.
content-the-viral-rumour-baby-silva = شكرًا لصدقك. هذا يحتاج إلى شجاعة، ولن يلومك أحد. سأعمل على حذف تلك الصورة، وسأبقى منتبهًا لـ{ $classmate }.
content-the-viral-rumour-baby-sorry = شكرًا. هذا يعني لي الكثير. لكن الناس ما زالوا يتناقلون تلك الصورة.
content-the-viral-rumour-baby-quiet = لا كلمة منك. على الطاولة المجاورة يهمس أحدهم «رضيع»، ويحدّق { $classmate } في الأرض.
content-the-viral-rumour-ben = من يصوّرني وأنا أؤدّي { $challenge } بعد المدرسة؟ أنت طبعًا! سيحصد إعجابات كثيرة!
content-the-viral-rumour-choice-film-ben = حسنًا، سأصوّرك. لكني لن أنشره في أي مكان أبدًا.
content-the-viral-rumour-feedback-film-ben = فرصة لنتعلّم: الكاميرا والجمهور قد يدفعان الشخص إلى المبالغة أكثر. عدم النشر لا يجعل الحركة أقل خطرًا على { $classmate }.
content-the-viral-rumour-choice-warn-ben = مستحيل. أخبرتك أنه مزيّف. لا تحسبني معك.
content-the-viral-rumour-feedback-warn-ben = أحسنت بملاحظة الخطر وقوله! لكن { $classmate } قد يجرّبه مع ذلك. يستطيع المعلّم أن يتأكد من ألا يتأذّى أحد.
content-the-viral-rumour-choice-find-teacher = سأذهب الآن إلى الأستاذ سليم، من دون تأخير.
content-the-viral-rumour-feedback-find-teacher = شجاعة وذكاء! طلب شخص بالغ حين قد يتأذّى أحد ليس وشاية. إنه يحمي { $classmate }، وهذا ما وُجد من أجله الكبار الموثوقون.

content-the-viral-rumour-filmed = بعد المدرسة، يجرّب { $classmate }. ينزلق ويسقط بقوة. هو بخير، مجرد خدش في الركبة، لكن الجميع يصمت. والفيديو على هاتفك.
content-the-viral-rumour-walked-off = يهزّ { $classmate } كتفيه: «لا بأس، سيصوّرني غيرك». وبعد المدرسة، تتجمّع مجموعة عند البوابة، والهواتف في الأيدي.
content-the-viral-rumour-teacher-helps = شكرًا لأنك أخبرتني. هذه ليست وشاية: ربما منعت أحدًا من أن يتأذّى. سأتحدّث مع { $classmate }، وأحذّر الصفوف الأخرى من أنه مزيّف.

content-the-viral-rumour-crowd = ‏{ $classmate } على وشك أن يجرّبه، ولا أحد يوقفه. ما اختيارك؟
content-the-viral-rumour-choice-go-home = سأعود إلى البيت. قلت لـ{ $classmate } إنها فكرة سيئة.
content-the-viral-rumour-feedback-go-home = فرصة لنتعلّم: تحذير { $classmate } بداية جيدة، لكنه على وشك أن يجرّبه. حين قد يتأذّى أحد، فالحل طلب شخص بالغ، حتى بعد الكلام.
content-the-viral-rumour-choice-get-adult = سأركض إلى الداخل وأحضر أقرب شخص بالغ الآن.
content-the-viral-rumour-feedback-get-adult = تصرّف سريع! يستطيع الشخص البالغ إيقاف هذا بطريقة لا يقدر عليها الصغار. طلب المساعدة حين قد يتأذّى أحد ليس وشاية أبدًا.
content-the-viral-rumour-choice-film-crowd = سأبقى وأصوّر. سيساعد الفيديو إن حدث شيء.
content-the-viral-rumour-feedback-film-crowd = فرصة لنتعلّم: التصوير قد يبدو مفيدًا، لكن جمهورًا يحمل الهواتف يدفع إلى المبالغة. إن كان شيء قد يسوء، فالمطلوب شخص بالغ، لا كاميرا.

content-the-viral-rumour-went-home = عدت إلى البيت. وبعد ذلك وصلك خبر أن أحد الأهالي مرّ وفرّق الجميع، فلم يتأذَّ أحد هذه المرة. لكن { $challenge } ما زال ينتشر.
content-the-viral-rumour-adult-stops = شكرًا لأنك ناديتني بهذه السرعة. هذه ليست وشاية، بل حماية للآخرين. الجميع إلى الداخل من فضلكم. لنتحدّث عن التحدّيات المزيّفة.
content-the-viral-rumour-filmed-crowd = يجرّب { $classmate }. ينزلق ويسقط بقوة. هو بخير، مجرد خدش في الركبة، لكن الجميع يصمت. وما زال فيديوك يسجّل.

content-the-viral-rumour-wobble-choice = يا للارتياح، { $classmate } بخير، لكن الأمر كان قريبًا. الفيديو على هاتفك، وقد يدفع أطفالًا آخرين إلى التجربة. ماذا الآن؟
content-the-viral-rumour-choice-show-silva = لن أنشره، وسأذهب إلى الأستاذ سليم.
content-the-viral-rumour-feedback-show-silva = هكذا تُقلب الأمور! إن لم يُنشر فلن يقلّده أحد، ويستطيع الأستاذ سليم الاطمئنان على { $classmate } وتحذير المدرسة.
content-the-viral-rumour-choice-blur-post = سأنشره، لكن مع تمويه وجه { $classmate }.
content-the-viral-rumour-feedback-blur-post = فرصة لنتعلّم: التمويه يخفي الوجه، لا الحركة. سيراها آخرون ويرغبون في تقليدها، والأصدقاء سيعرفون أنه { $classmate } على أي حال.
content-the-viral-rumour-choice-delete-quiet = سأحذفه وأسكت. { $classmate } بخير الآن.
content-the-viral-rumour-feedback-delete-quiet = فرصة لنتعلّم: حذفه كان لطفًا بـ{ $classmate }. لكن التحدّي ما زال ينتشر، والشخص البالغ وحده يستطيع تحذير الجميع قبل أن يتأذّى غيره.

content-the-viral-rumour-silva-late = شكرًا لأنك جئت إليّ. لن يلومك أحد. سأطمئن على { $classmate }، وأحذّر الصفوف الأخرى من أن { $challenge } مزيّف وخطير.
content-the-viral-rumour-blurred = حتى مع التمويه، يعرف الجميع أنه { $classmate }. يُشارَك الفيديو، ويعلّق أطفال: «أستطيع أن أفعلها أفضل!»
content-the-viral-rumour-deleted-quiet = اختفى الفيديو، و{ $classmate } بخير، وهدأ كل شيء لبعض الوقت. لكن لا أحد من الكبار يعرف، و{ $challenge } ما زال ينتشر.

content-the-viral-rumour-spread-choice = أوه. المنشور ينتشر بسرعة، وبعض الأطفال الأصغر يصدّقونه. لم يفت الأوان للمساعدة. ما اختيارك؟
content-the-viral-rumour-choice-sorry-post = سأحذف مشاركتي وأنشر: «اعتذار: إنه مزيّف!»
content-the-viral-rumour-feedback-sorry-post = حذف مشاركتك والاعتراف شجاعة! لكن أطفالًا كثيرين رأوا المنشور. يستطيع شخص بالغ موضع ثقتك تحذير العائلات والمدرسة والإبلاغ عنه.
content-the-viral-rumour-choice-leave-it = سأتركه كما هو. لو أخبرت أحدًا فسأقع في مشكلة.
content-the-viral-rumour-feedback-leave-it = فرصة لنتعلّم: كل شخص يشارك شيئًا بالخطأ أحيانًا. نحن لا نُخبر كي نقع في مشكلة، بل كي لا يتأذّى الصغار.
content-the-viral-rumour-choice-show-adult = سأحذف مشاركتي، ثم أُري { $adult } المنشور كله.
content-the-viral-rumour-feedback-show-adult = هذه شجاعة! إصلاح الخطأ وطلب المساعدة هو ما يهمّ. يستطيع شخص بالغ موضع ثقتك تحذير العائلات الأخرى والإبلاغ عن المنشور المزيّف.

content-the-viral-rumour-sorry-posted = يردّ بعض الأطفال: «آه، حسنًا». لكن المنشور الأول ما زال ينتشر، وأخو { $friend } الصغير ما زال يريد تجربته.
content-the-viral-rumour-left-up = يواصل المنشور المزيّف انتشاره. وبحلول الاثنين، يتحدّث أطفال من ثلاث مدارس عن تجربة { $challenge }.
content-the-viral-rumour-adult-late = شكرًا لأنك أريتني. لن يلومك أحد، فشخص آخر هو من صنع هذا المنشور المزيّف. سأحذّر المدرسة وعائلة { $friend }، وسنبلغ عن المنشور.

content-the-viral-rumour-spread-still = اعتذارك ساعد قليلًا. لكن بعض الأطفال الأصغر ما زالوا يصدّقون المنشور المزيّف. ماذا الآن؟
content-the-viral-rumour-choice-friend-watch = سأخبر { $friend } بأن يبقى الأخ الصغير بعيدًا.
content-the-viral-rumour-feedback-friend-watch = فرصة لنتعلّم: لا أحد يستطيع مراقبة كل الهواتف، ولا حتى { $friend }. أما الكبار فيستطيعون تحذير العائلات والمدرسة والتطبيق معًا.
content-the-viral-rumour-choice-up-to-them = اعتذرتُ وانتهى الأمر. الباقي على الآخرين.
content-the-viral-rumour-feedback-up-to-them = فرصة لنتعلّم: اعتذارك بداية رائعة. لكن المنشور المزيّف ما زال يصل إلى الصغار، والشخص البالغ يستطيع إيقافه للجميع.
content-the-viral-rumour-choice-show-adult-now = سأُري { $adult } المنشور، وما قاله الأخ الصغير هنا.
content-the-viral-rumour-feedback-show-adult-now = تفكير رائع! عرض المنشور يساعد { $adult } على التصرّف بسرعة. الذهاب إلى شخص بالغ موضع ثقتك ليس وقوعًا في مشكلة، بل إصلاح للأمور.

content-the-viral-rumour-friend-watched = ‏{ $friend } في محاولة دائمة لمراقبة الأخ الصغير. لكن الفيديو على هواتف كثيرة، ولا يمكن مراقبتها كلها.
content-the-viral-rumour-still-spreading = يواصل المنشور المزيّف انتشاره. وما زال أخو { $friend } الصغير يسأل عن { $challenge }، ولا يعرف أي شخص بالغ بالأمر.
content-the-viral-rumour-adult-last = شكرًا لأنك أريتني. لقد أصلحت الأمور، وهذا يحتاج إلى شجاعة. سأتحدّث مع عائلة { $friend } ومع المدرسة، وسنبلغ عن المنشور المزيّف.

content-the-viral-rumour-end-safe = لم ينطلِ عليك { $challenge } المزيّف، وطلبت شخصًا بالغًا موضع ثقتك قبل أن يتأذّى أحد. هكذا يكون التحقيق الحقيقي على الإنترنت!
content-the-viral-rumour-end-mixed = لم يتأذَّ أحد بشدة هذه المرة. لكن لا يعرف أي شخص بالغ موثوق بأمر { $challenge } المزيّف، وما زال ينتشر. قد يتكرّر الأمر.
content-the-viral-rumour-end-recovered = أخطأت، ثم أصلحت الأمر: توقّف انتشاره من جهتك، وصار شخص بالغ موضع ثقتك على علم. الآن يستطيع الكبار تحذير الجميع. هذه شجاعة!
content-the-viral-rumour-end-harmful = ‏{ $challenge } المزيّف ما زال ينتشر، وقد يجرّبه أطفال آخرون. ليس ذنبك أن أحدهم صنع منشورًا مزيّفًا. لم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك، وسيساعد في إيقافه.
