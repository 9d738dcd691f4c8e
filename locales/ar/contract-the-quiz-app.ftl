# العقود / التجاري: تطبيق الاختبار (الأعمار 13-15)، الأذونات، والدخول بحساب التواصل، والشروط، واستخدام البيانات

contract-the-quiz-app-title = تطبيق الاختبار
contract-the-quiz-app-summary = اختبار ممتع «أي شخصية أنت؟» يريد دخولك بحساب التواصل الاجتماعي، وجهات اتصالك، وموقعك، والميكروفون.
contract-the-quiz-app-remember = قبل لمس «سماح»، سؤالان: من صنع التطبيق، وما الذي يحتاجه فعلًا؟ إن طلب أكثر بكثير فالأفضل الابتعاد عنه، وإن أخذ أكثر من اللازم فشخص بالغ موضع ثقتك يستطيع أن يساعدك على استعادته.

contract-the-quiz-app-app = { $app }
contract-the-quiz-app-npc-friend = { $friend }
contract-the-quiz-app-npc-adult = { $adult }

# Variety: each play picks one option of every variable in `vary`.
contract-the-quiz-app-app-quizzo = Quizzo
contract-the-quiz-app-app-whoru = WhoRU
contract-the-quiz-app-app-vibequiz = Vibe Quiz
contract-the-quiz-app-show-moonfall = أكاديمية ضوء القمر
contract-the-quiz-app-show-starlight = فرقة ضوء النجوم
contract-the-quiz-app-show-echo-city = مدينة الصدى
contract-the-quiz-app-social-loopr = Loopr
contract-the-quiz-app-social-picstream = Picstream
contract-the-quiz-app-social-glimmr = Glimmr
contract-the-quiz-app-adult-mum = ماما
contract-the-quiz-app-adult-dad = بابا
contract-the-quiz-app-adult-uncle = العمّ عادل

contract-the-quiz-app-intro = الجميع في مجموعة الدردشة ينشرون نتائجهم من { $app }: «أي شخصية من { $show } أنت؟» ومن { $friend } وصلتك النتيجة، شخصية البطل، ومعها الرابط.

contract-the-quiz-app-login-choice = يفتح التطبيق بزر كبير: «سجّل الدخول بـ{ $social } لتبدأ! وسننشر نتيجتك نيابةً عنك.»
contract-the-quiz-app-pic-question = أي شخصية من { $show } أنت؟
contract-the-quiz-app-pic-log-in-with = سجّل الدخول بـ{ $social }
contract-the-quiz-app-pic-post-for-you = سننشر نتيجتك نيابةً عنك!
contract-the-quiz-app-pic-guest = اللعب كضيف
contract-the-quiz-app-choice-check-maker = من صنع هذا أصلًا؟ سأقرأ التقييمات أولًا.
contract-the-quiz-app-feedback-check-maker = ذكاء. من صنع التطبيق وماذا تقول تقييماته يخبرانك إن كان يستحق ثقتك، قبل أن يحصل على أي شيء منك.
contract-the-quiz-app-choice-guest = سألعب كضيف، هكذا تبقى خصوصية حسابي محفوظة.
contract-the-quiz-app-feedback-guest = جيد: تجاوز تسجيل الدخول أبقى حسابك على { $social } بعيدًا. لكن الضيف أيضًا لا يعرف من صنع التطبيق. نظرة سريعة إلى الصانع والتقييمات تأتي أولًا.
contract-the-quiz-app-choice-social-login = سأدخل بـ{ $social } مثل { $friend }، فهو آمن إذن.
contract-the-quiz-app-feedback-social-login = فرصة لنتعلّم: استعمال صديق لتطبيق لا يجعله آمنًا. الدخول بحساب تواصل قد يسلّم التطبيق اسمك وصورتك وقائمة أصدقائك، وحق النشر باسمك.

contract-the-quiz-app-checked = ليس للصانع موقع إلكتروني، بل عنوان بريد فقط. والتقييمات تقول: «أرسل رسائل إلى كل جهات اتصالي!» و«لماذا يريد اختبار الميكروفون؟!» ثم يعرض { $app } شاشة الأذونات.
contract-the-quiz-app-pic-maker = لا موقع إلكتروني، بل عنوان بريد فقط
contract-the-quiz-app-pic-get = تثبيت
contract-the-quiz-app-pic-review-contacts = أرسل رسائل إلى كل جهات اتصالي!
contract-the-quiz-app-pic-review-mic = لماذا يطلب تطبيق اختبارات ميكروفوني؟!
contract-the-quiz-app-guest = وضع الضيف يعمل. لكن قبل السؤال الأول، يُظهر { $app } شاشة أذونات.
contract-the-quiz-app-linked = دخلت. وقبل أي إجابة منك، نشر { $app } على حسابك في { $social } باسمك: «أي شخصية من { $show } أنت؟ العب الآن!» ومعه رابطه.

contract-the-quiz-app-spot = قبل أن يبدأ الاختبار، يطلب { $app } أذونات. لنلمس كل ما لا يحتاجه اختبار.
contract-the-quiz-app-card-title = يريد { $app } أن:
contract-the-quiz-app-card-body = اسمح بالكل لترى نتيجتك!
contract-the-quiz-app-part-contacts = يصل إلى جهات اتصالك
contract-the-quiz-app-feedback-part-contacts = الاختبار لا يحتاج إلى أرقام أصدقائك. التطبيقات التي تأخذ جهات الاتصال قد ترسل إليهم رسائل مزعجة أو تبيع بياناتهم، وأصدقاؤك لم يوافقوا قط.
contract-the-quiz-app-part-location = يستخدم موقعك الدقيق، دائمًا
contract-the-quiz-app-feedback-part-location = موقعك الدقيق، طوال الوقت، يكشف مكان سكنك ومدرستك. لا سبب يجعل اختبارًا يحتاج إلى معرفة ذلك.
contract-the-quiz-app-part-mic = يستخدم الميكروفون
contract-the-quiz-app-feedback-part-mic = لا كلام في الاختبار. الميكروفون يُسمح به فقط حين تحتاجه ميزة فعلًا، مثل رسالة صوتية بقرار منك.
contract-the-quiz-app-part-results = يعرض أسئلة الاختبار ونتائجك
contract-the-quiz-app-feedback-part-results = ليس دليلًا: هذا ما يفعله الاختبار فعلًا. الإذن الذي يتوافق مع غرض التطبيق لا بأس به.
contract-the-quiz-app-part-app = اسم التطبيق وشعاره: { $app }
contract-the-quiz-app-feedback-part-app = ليس دليلًا: نافذة كهذه تقول دائمًا أي تطبيق يطلب. المهم هو ما يطلبه، وهل يحتاجه اختبار فعلًا.
contract-the-quiz-app-part-internet = يتصل بالإنترنت لتحميل اختبارات جديدة
contract-the-quiz-app-feedback-part-internet = طلب منطقي: الاختبار على الإنترنت يحتاج إلى الاتصال ليحصل على أسئلة جديدة. هذا الإذن يتوافق مع ما يفعله التطبيق، فهو ليس دليلًا.
contract-the-quiz-app-part-partners = يشارك بياناتك مع الشركاء (الشروط: 42 صفحة)
contract-the-quiz-app-feedback-part-partners = كلمة «الشركاء»، المخبّأة في شروط طويلة، تعني عادةً المعلنين وبائعي البيانات. إجاباتك وتفاصيلك تصبح بضاعتهم.
contract-the-quiz-app-pic-allow-all = السماح بالكل
contract-the-quiz-app-pic-choose = اختيار الأذونات

contract-the-quiz-app-allow-choice = في الأسفل زر ضخم لامع «السماح بالكل»، ورابط رمادي صغير جدًا «اختيار الأذونات»، وعلامة X صغيرة للإغلاق.
contract-the-quiz-app-choice-leave = لا. اختبار يريد كل هذا ليس لي. سأغلقه فورًا.
contract-the-quiz-app-feedback-leave = قرار رائع. تطبيق يأخذ جهات الاتصال والموقع والميكروفون ويبيع لـ«الشركاء» أظهر ما يريده. الابتعاد، حتى عن اختبار ممتع، حقك دائمًا.
contract-the-quiz-app-choice-choose = سألمس الرابط الرمادي وأسمح فقط بما يحتاجه الاختبار.
contract-the-quiz-app-feedback-choose = إلغاء الإضافات كان ذكيًا. لكن تطبيقًا يطلب كل هذا، مع 42 صفحة عن «الشركاء»، أظهر ما يريده. الابتعاد عنه أسلم.
contract-the-quiz-app-choice-allow-all = السماح بالكل. أريد نتيجتي فقط، مثل الجميع.
contract-the-quiz-app-feedback-allow-all = فرصة لنتعلّم: «السماح بالكل» أعطى اختبارًا للتوّ جهات اتصالك وموقعك والميكروفون. الزر الكبير اللامع مصمّم ليجعل ذلك يبدو طبيعيًا.

contract-the-quiz-app-left = أغلقت { $app }. جهات اتصالك وموقعك والميكروفون تبقى لك. وبعد قليل، تصلك رسالة من { $friend }.
contract-the-quiz-app-trimmed = ألغيت الإضافات، وظهرت نتيجتك: البطل! وتحتها بحروف رمادية صغيرة: «إجاباتك تُشارك مع شركائنا.» وبعد قليل، تصلك رسالة من { $friend }.
contract-the-quiz-app-data-leak = ظهرت نتيجتك. وفي تلك الليلة، تصل رسالة إلى كل من في جهات اتصالك: «صديقك يريدك أن تجرّب { $app }!» وتتصل بك جدّتك لتسأل ما هذا.
contract-the-quiz-app-pic-invite-text = صديقك يريدك أن تجرّب { $app }!

contract-the-quiz-app-friend-asks = ماذا كانت نتيجتك؟؟ الجميع يجرّبونه. حتى إنه وجد أبناء عمومتي من جهات اتصالي هههه
contract-the-quiz-app-choice-show-settings = أخذ جهات اتصالك! وصوله يُوقف من الإعدادات.
contract-the-quiz-app-feedback-show-settings = رسالة رائعة. فهمت ماذا تعني «وجد أبناء عمومتي»، وأعطيت { $friend } الحل: إيقاف أذوناته من الإعدادات، ثم حذف التطبيق.
contract-the-quiz-app-choice-stay-quiet = لن أقول شيئًا. لا أريد أن أُحرج { $friend }.
contract-the-quiz-app-feedback-stay-quiet = لطف منك، والرابط لم يُنشر. لكن الصمت يترك جهات اتصال { $friend } مكشوفة. جملة «راجع أذوناتك» ليست إهانة، بل حماية.
contract-the-quiz-app-choice-send-group = سأضع الرابط في المجموعة ليلعب الجميع!
contract-the-quiz-app-feedback-send-group = فرصة لنتعلّم: مشاركة الرابط تنشر الاستيلاء على البيانات إلى كل أصدقائك، وإلى جهات اتصالهم أيضًا. التحقّق من التطبيق يأتي قبل تمريره إلى غيرك.

contract-the-quiz-app-friend-fixes = لحظة، ماذا؟! حسنًا وجدته في الإعدادات، أوقفت كل شيء وحذفته. شكرًا!!
contract-the-quiz-app-group-spread = اثنا عشر شخصًا يلمسون رابطك. وبحلول المساء، تصل رسائل من { $app } إلى جهات اتصالهم أيضًا، ويسأل أحدهم في المجموعة من بدأ الأمر.
contract-the-quiz-app-quiet = تركت الأمر. وفي اليوم التالي، تصلك رسالة أخرى من { $friend }.

contract-the-quiz-app-friend-again = أوف، { $app } أرسل رسائل إلى كل جهات اتصالي! جدتي وصلتها واحدة، ومدربي أيضًا. كيف أوقفه؟؟
contract-the-quiz-app-choice-switch-off = الحل: الإعدادات، ثم إيقاف وصوله، ثم حذفه.
contract-the-quiz-app-feedback-switch-off = هذا هو الحل. إيقاف الأذونات يوقف الجمع، وحذف التطبيق يوقف الرسائل. في المرة القادمة، كلمة مبكرة قد تحمي قائمة اتصال كاملة.
contract-the-quiz-app-choice-ignore-it = هههه فعلها مع الجميع. لا داعي للقلق، سيتوقف وحده.
contract-the-quiz-app-feedback-ignore-it = فرصة لنتعلّم: التطبيق يظل يستعمل ما يصل إليه حتى يوقفه أحد. جملة قصيرة «هكذا توقفه» كانت ستفيد.
contract-the-quiz-app-friend-fixes-late = وجدته، أوقفت كل شيء وحذفته. وطلبت من جدتي أن تتجاهل الرسالة. ليتني عرفت أبكر هههه
contract-the-quiz-app-still-spam = لا شيء يتغيّر عند { $friend }. وبعد أسبوع، ما زالت رسائل { $app } تصل إلى جهات الاتصال نفسها.

contract-the-quiz-app-fix-choice = أخذ { $app } أكثر ممّا قصدت أن تعطي. لكنها بياناتك، ومن حقك استعادتها. ما اختيارك؟
contract-the-quiz-app-choice-ask-adult = ‏{ $adult }، لحظة من فضلك؟ { $app } أخذ أكثر من اللازم.
contract-the-quiz-app-feedback-ask-adult = هذا هو الطريق. الحذف وحده لا يكفي: شخص بالغ يستطيع أن يساعدك على إيقاف وصوله، وفصله عن حساباتك، والإبلاغ عنه. ولن يلومك أحد لأنك سألت.
contract-the-quiz-app-choice-delete-tell-friend = سأحذفه الآن، وأخبر { $friend } أنه تطبيق غير آمن.
contract-the-quiz-app-feedback-delete-tell-friend = حذفه وتنبيه { $friend } خطوتان جيدتان. لكن ما نسخه يبقى منسوخًا، والصديق لا يستطيع فصله أو الإبلاغ عنه معك. شخص بالغ موضع ثقتك يستطيع.
contract-the-quiz-app-choice-another-quiz = لا يهم. سأجرّب اختبارًا آخر، فهذا مملّ جدًا.
contract-the-quiz-app-feedback-another-quiz = فرصة لنتعلّم: التطبيق يواصل الجمع ما دام يملك الوصول. لم يفت الأوان أبدًا لإيقاف أذوناته وطلب المساعدة.

contract-the-quiz-app-adult-helps = شكرًا لأنك أخبرتني، لا أحد غاضب منك. لنوقف وصوله، ونفصله عن حساباتك، ونبلغ عنه في متجر التطبيقات، ونخبر جهات اتصالك أن تلك الرسائل مزعجة.
contract-the-quiz-app-spam-grows = اختبار جديد يشغلك. وفي الأثناء يواصل { $app } إرسال الرسائل باسمك، ويصلك سؤال من { $adult }: لماذا امتلأ هاتفي بدعوات الاختبارات؟
contract-the-quiz-app-deleted = حذفت { $app }. لكن في اليوم التالي، ما زال أصدقاؤك يتلقون رسائل «منك» عنه. كان قد نسخ ما يحتاجه.

contract-the-quiz-app-retry-choice = حذف التطبيق لم يستعد ما نسخه. ماذا الآن؟
contract-the-quiz-app-choice-show-adult = حسنًا. سأُري { $adult } كل رسالة تخرج باسمي.
contract-the-quiz-app-feedback-show-adult = خطوة جيدة. لم يفت الأوان: شخص بالغ يستطيع أن يساعدك على فصل التطبيق والإبلاغ عنه وتنبيه جهات اتصالك. طلب المساعدة بعد زلّة هو الصواب تمامًا.
contract-the-quiz-app-choice-let-it-go = سيهدأ وحده. لو أخبرت أحدًا سيكبر الأمر فقط.
contract-the-quiz-app-feedback-let-it-go = فرصة لنتعلّم: البيانات المنسوخة لا تهدأ وحدها، وإخبار شخص بالغ موضع ثقتك يصغّر المشكلة ولا يكبّرها. لم يفت الأوان أبدًا.
contract-the-quiz-app-still-copied = بعد أسبوع، ما زالت الرسائل تخرج باسمك، وواحدة جديدة تطلب من أصدقائك أرقام هواتفهم.

contract-the-quiz-app-end-safe = لم يحصل { $app } على جهات اتصالك أو موقعك أو الميكروفون، وبفضل رسالتك توقّف وصوله إلى هاتف { $friend } أيضًا. رأيت الخدعة على حقيقتها.
contract-the-quiz-app-end-safe-late = لم يحصل { $app } على جهات اتصالك أو موقعك أو الميكروفون. في البداية سكتّ، لكن حين وصلت الرسائل المزعجة إلى { $friend } أرسلت الحل. في المرة القادمة، الكلام المبكر أفضل.
contract-the-quiz-app-end-mixed = بقيت جهات اتصالك وموقعك والميكروفون بعيدة عن { $app }. لكن جهات اتصال { $friend } ما زالت تتلقى الرسائل، ولم يوقفها شيء بعد. رسالة فيها الحل ما زالت تستطيع.
contract-the-quiz-app-end-recovered = حصل { $app } على أكثر ممّا يجب، لكنك أخبرت { $adult } واستعدت ما أخذه: أُوقف الوصول، وفُصلت الحسابات، وأُبلغ عن التطبيق، ونُبّهت جهات الاتصال. والآن صار واضحًا ما يستحق التحقّق أولًا.
contract-the-quiz-app-end-spread = لم يحصل { $app } على جهات اتصالك أو موقعك أو الميكروفون، لكن رابطك قاد أصدقاءك إليه، وجهات اتصالهم تتلقى الرسائل الآن. ليس ذنبك: شخص بالغ موضع ثقتك يستطيع أن يساعدك على تنبيههم.
contract-the-quiz-app-end-harmful = ما زال { $app } يملك ما أخذه، والرسائل تخرج باسمك. ليس ذنبك، ولم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك، وسيساعدك على فصله والإبلاغ عنه.

# What the choices leave on "My phone" (traces).
contract-the-quiz-app-trace-data = بياناتك وإجاباتك في الاختبار، صارت عند تطبيق الاختبار و«شركائه».
contract-the-quiz-app-trace-data-advice = يستطيع المعلنون والمحتالون استعمالها ليبدو كأنهم يعرفونك. الحل: إيقاف وصوله، وفصله، وحذفه. وشخص بالغ موضع ثقتك يستطيع المساعدة.
contract-the-quiz-app-trace-location = تطبيق الاختبار يرى موقعك الدقيق، طوال الوقت.
contract-the-quiz-app-trace-location-advice = الاختبار لا يحتاج أبدًا إلى معرفة مكانك. الحل من الإعدادات: إيقاف وصوله إلى الموقع وإلى غيره، ثم حذف التطبيق.
contract-the-quiz-app-trace-access-off = وصول تطبيق الاختبار أُوقف، وفُصل عن حساباتك.
contract-the-quiz-app-trace-access-off-advice = أحسنت. مراجعة أذونات تطبيقاتك من حين لآخر عادة جيدة، ولكل تطبيق ما يحتاجه فعلًا فقط.
