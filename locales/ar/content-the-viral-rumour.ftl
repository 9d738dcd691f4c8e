# المحتوى / القيم: الإشاعة المنتشرة (الأعمار 9-12)

content-the-viral-rumour-title = الإشاعة المنتشرة
content-the-viral-rumour-summary = منشور صادم وتحدٍّ خطير ينتشران في المدرسة. هل تستطيع التحقّق من الحقائق والحفاظ على سلامة الجميع؟
content-the-viral-rumour-remember = توقّف وتحقّق قبل أن تصدّق أو تشارك. وإذا كان تحدٍّ ما قد يؤذي أحدًا، فأخبر شخصًا بالغًا تثق به فورًا.

content-the-viral-rumour-npc-maya = { $friend }
content-the-viral-rumour-npc-ben = { $classmate }
content-the-viral-rumour-npc-teacher = الأستاذ سليم

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
content-the-viral-rumour-name-maya = مايا
content-the-viral-rumour-name-zoe = ريم
content-the-viral-rumour-name-priya = سلمى
content-the-viral-rumour-name-ben = بلال
content-the-viral-rumour-name-omar = عمر
content-the-viral-rumour-name-lucas = لؤي
content-the-viral-rumour-challenge-chair-tower = تحدّي برج الكراسي
content-the-viral-rumour-challenge-sky-stack = تحدّي الكومة العالية
content-the-viral-rumour-challenge-chair-climb = تحدّي تسلّق الكراسي

content-the-viral-rumour-intro = مرحبًا، أنا سانغو! إنها ليلة الجمعة ومجموعة صفّك تضجّ بالرسائل. لنرَ عمّ يتحدّث الجميع.

content-the-viral-rumour-maya = انظروا!! صانع محتوى مشهور يقول إن على كل طفل أن يقوم بـ{ $challenge }: كدّس الكراسي، واصعد إلى القمة، وصوّر نفسك. شارِك خلال ساعة واحدة وإلا فأنت خارج اللعبة!
content-the-viral-rumour-choice-check-first = مهلًا. من صنع هذا، وهل هو صحيح؟
content-the-viral-rumour-feedback-check-first = حركة محقّق رائعة! المنشورات التي تستعجلك، مثل «شارِك خلال ساعة!»، غالبًا ما تكون مزيّفة. التحقّق أولًا يوقف الإشاعات في مكانها.
content-the-viral-rumour-choice-ignore = لن أشاركه. سأتجاهله فقط.
content-the-viral-rumour-feedback-ignore = عدم المشاركة كان قرارًا جيدًا، لأن الإشاعات تكبر حين ينقلها الناس. والتحقّق من صحّتها وتحذير الآخرين يساعدان أكثر.
content-the-viral-rumour-choice-share-now = سأشاركه في مجموعة الصف، بسرعة!
content-the-viral-rumour-feedback-share-now = هذه فرصة لنتعلّم. المنشور استعجلك، والاستعجال حيلة ليمنعك من التفكير. المشاركة قبل التحقّق قد تنشر شيئًا كاذبًا أو خطيرًا.

content-the-viral-rumour-check = لنكن محقّقين! لا اسم، ولا تاريخ، وعمر الحساب يوم واحد. وصفحة صانع المحتوى الحقيقي تقول: «هذا ليس أنا. لا تفعلوه!» إنه مزيّف، لكن التحدّي قد يؤذي أحدًا مع ذلك.
content-the-viral-rumour-ben-plans = صباح الاثنين. ما زال الجميع يتحدّثون عن { $challenge }. وفي الاستراحة، يجرّ { $classmate } ثلاثة كراسٍ إلى زاوية في ساحة المدرسة.

content-the-viral-rumour-ben = صوّرني! سأقوم بـ{ $challenge }! سيحصد الفيديو إعجابات كثيرة!
content-the-viral-rumour-choice-tell-teacher = سأركض وأخبر معلّمًا كي لا يتأذّى أحد
content-the-viral-rumour-feedback-tell-teacher = شجاع وذكي! إخبار شخص بالغ عن تحدٍّ خطير ليس وشاية. إنه يحمي صديقك، ولهذا وُجد الكبار الذين نثق بهم.
content-the-viral-rumour-choice-warn-ben = سأقول لـ{ $classmate } إنها فكرة سيئة، ثم أبتعد
content-the-viral-rumour-feedback-warn-ben = جيد أنك لاحظت الخطر وقلت ذلك! لكن { $classmate } قد يجرّبه مع ذلك. معلّم قريب يستطيع أن يتأكّد من ألّا يتأذّى أحد.
content-the-viral-rumour-choice-film-ben = سأصوّر { $classmate } من أجل الإعجابات
content-the-viral-rumour-feedback-film-ben = فرصة لنتعلّم: الإعجابات قد تجعل الأشياء الخطيرة تبدو مثيرة. وتصوير شخص يفعل شيئًا خطيرًا قد يدفعه إلى التمادي أكثر.

content-the-viral-rumour-teacher-helps = شكرًا لأنك أخبرتني. ربما منعت أحدًا من أن يتأذّى. لنتحدّث مع الصف كله عن التحدّيات المزيّفة.
content-the-viral-rumour-ben-stops = يتأفّف { $classmate }، لكنه ينزل. ومع ذلك، يخطّط أطفال في صفوف أخرى لتجربة { $challenge } بعد المدرسة.

content-the-viral-rumour-ben-wobbles = برج الكراسي يهتزّ. يقفز { $classmate } في اللحظة الأخيرة وتُخدش ركبته. يصمت الجميع. والفيديو ما زال على هاتفك.
content-the-viral-rumour-wobble-choice = يا للراحة، { $classmate } بخير، لكن الأمر كان خطيرًا. قد يجعل الفيديو أطفالًا آخرين يجرّبونه. ماذا ستفعل الآن؟
content-the-viral-rumour-choice-get-help-delete = سأنادي معلّمًا، ولن أنشر الفيديو
content-the-viral-rumour-feedback-get-help-delete = هكذا تقلب الأمور للأفضل! يستطيع المعلّم أن يطمئن على { $classmate } ويوقف التحدّي. وعدم نشر الفيديو يعني أن أحدًا لن يقلّده.
content-the-viral-rumour-choice-delete-quietly = سأحذف الفيديو، لكن لن أخبر أحدًا
content-the-viral-rumour-feedback-delete-quietly = حذفه يساعد، فلن ينتشر منك. لكن التحدّي ما زال ينتشر، ويستطيع شخص بالغ أن يساعد في إيقافه للجميع.
content-the-viral-rumour-choice-post-anyway = سأنشر الفيديو على أي حال، إنه مضحك
content-the-viral-rumour-feedback-post-anyway = فرصة لنتعلّم: فيديو لحركة خطيرة قد يجعل الآخرين يريدون تقليدها، ويُظهر { $classmate } في لحظة سيئة. فكّر في من قد يتأذّى.

content-the-viral-rumour-spread = تصل مشاركتك إلى 40 طفلًا خلال ساعة. والآن يسأل الأخ الصغير لـ{ $friend } عن الارتفاع الذي يجب أن تُكدَّس إليه الكراسي. كثيرون يصدّقون صانع المحتوى المزيّف.
content-the-viral-rumour-spread-choice = أوه لا. المنشور ينتشر بسرعة، وبعض الأطفال الأصغر يصدّقونه. لم يفت الأوان للمساعدة. ماذا ستفعل؟
content-the-viral-rumour-choice-delete-and-tell = سأحذف مشاركتي وأخبر شخصًا بالغًا أثق به
content-the-viral-rumour-feedback-delete-and-tell = هذه شجاعة! كلنا نشارك شيئًا خطأً أحيانًا. المهم أن تُصلح الأمر وتطلب المساعدة. يستطيع الكبار تحذير المدرسة كلها.
content-the-viral-rumour-choice-delete-only = سأحذف مشاركتي وأتمنّى أن يتوقّف الأمر
content-the-viral-rumour-feedback-delete-only = حذف مشاركتك خطوة جيدة. لكن أطفالًا كثيرين رأوها من قبل. يستطيع شخص بالغ تثق به أن يحذّرهم من أنها مزيّفة وخطيرة.
content-the-viral-rumour-choice-leave-it = سأتركه. إنه مجرد مزحة.
content-the-viral-rumour-feedback-leave-it = فرصة لنتعلّم: المزحة لا تعود مضحكة حين يقلّدها أحد ويتأذّى. لا بأس أن تغيّر رأيك وتطلب المساعدة.

content-the-viral-rumour-teacher-helps-late = شكرًا لأنك جئت إليّ. أعرف أن ذلك لم يكن سهلًا، وأنت لست في ورطة. سأحذّر الصفوف الأخرى من أنه مزيّف، وسنحافظ على سلامة الجميع.

content-the-viral-rumour-end-safe = تحقّقت من الحقائق وطلبت المساعدة قبل أن يتأذّى أحد. هذا ما يفعله بطل الإنترنت الحقيقي!
content-the-viral-rumour-end-mixed = توقّف جزء من المشكلة، لكن التحدّي ما زال ينتشر ولا يعرف أي شخص بالغ بالأمر. إخبار شخص بالغ تثق به يساعد على إيقاف التحدّيات الخطيرة للجميع.
content-the-viral-rumour-end-recovered = صارت الأمور صعبة، لكنك قلبتها للأفضل بطلب المساعدة. هذا احتاج إلى شجاعة! في المرة القادمة، توقّف وفكّر قبل أن تشارك أو تصوّر.
content-the-viral-rumour-end-harmful = التحدّي المزيّف يواصل الانتشار، وقد يجرّبه أطفال آخرون. لم يفت الأوان أبدًا: أخبر شخصًا بالغًا تثق به، ويمكنه أن يساعد في إيقافه.
