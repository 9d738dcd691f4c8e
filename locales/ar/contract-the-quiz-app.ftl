# العقود / التجاري: تطبيق الاختبار (الأعمار 13-15)، الأذونات، والدخول بحساب التواصل، والشروط، واستخدام البيانات

contract-the-quiz-app-title = تطبيق الاختبار
contract-the-quiz-app-summary = اختبار ممتع «أي شخصية أنت؟» يريد دخولك بحساب التواصل الاجتماعي، وجهات اتصالك، وموقعك، والميكروفون.
contract-the-quiz-app-remember = قبل أن تلمس «سماح»، اسأل نفسك ما الذي يحتاجه التطبيق فعلًا، وارفض الباقي. وإذا أخذ تطبيق أكثر من اللازم، يستطيع شخص بالغ تثق به أن يساعدك على استعادته.

contract-the-quiz-app-app = { $app }
contract-the-quiz-app-npc-friend = { $friend }
contract-the-quiz-app-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
contract-the-quiz-app-app-quizzo = Quizzo
contract-the-quiz-app-app-whoru = WhoRU
contract-the-quiz-app-app-vibequiz = Vibe Quiz
contract-the-quiz-app-show-moonfall = أكاديمية ضوء القمر
contract-the-quiz-app-show-starlight = فرقة ضوء النجوم
contract-the-quiz-app-show-echo-city = مدينة الصدى
contract-the-quiz-app-social-loopr = Loopr
contract-the-quiz-app-social-picstream = Picstream
contract-the-quiz-app-social-glimmr = Glimmr
contract-the-quiz-app-name-hana = هناء
contract-the-quiz-app-name-theo = تامر
contract-the-quiz-app-name-ines = إيناس
contract-the-quiz-app-adult-mum = ماما
contract-the-quiz-app-adult-dad = بابا
contract-the-quiz-app-adult-uncle = العمّ عادل

contract-the-quiz-app-intro = الجميع في مجموعة الدردشة ينشرون نتائجهم من { $app }: «أي شخصية من { $show } أنت؟» ومن { $friend } وصلتك النتيجة، شخصية البطل، ومعها الرابط.

contract-the-quiz-app-login-choice = يفتح التطبيق بزر كبير: «سجّل الدخول بـ{ $social } لتبدأ! وسننشر نتيجتك نيابةً عنك.»
contract-the-quiz-app-choice-check-maker = أولًا، سأتحقّق ممّن صنع التطبيق وأقرأ تقييماته
contract-the-quiz-app-feedback-check-maker = عادة جيدة. من صنعه، وماذا تقول التقييمات، وماذا يطلب، كلها تخبرك إن كان يستحق ثقتك. الاختبار الممتع لا يحتاج إلى حسابك على التواصل الاجتماعي.
contract-the-quiz-app-choice-guest = سأتجاوز تسجيل الدخول وألعب كضيف
contract-the-quiz-app-feedback-guest = جميل، اللعب كضيف يُبعد حسابك على التواصل الاجتماعي عن الأمر. ومع ذلك، يستحق الأمر أن تتحقّق ممّن صنع التطبيق وماذا سيطلب بعد ذلك.
contract-the-quiz-app-choice-social-login = سأسجّل الدخول بـ{ $social }، فهذا أسرع
contract-the-quiz-app-feedback-social-login = فرصة لنتعلّم: تسجيل الدخول بحساب تواصل اجتماعي قد يسلّم التطبيق اسمك وصورك وقائمة أصدقائك ومنشوراتك. تحقّق ممّا سيحصل عليه قبل أن تلمس.

contract-the-quiz-app-checked = ليس لصانع التطبيق موقع إلكتروني، بل عنوان بريد فقط. والتقييمات تقول: «أرسل رسائل إلى كل جهات اتصالي!» و«لماذا يريد اختبار الميكروفون؟!» لنرَ ماذا يطلب.

contract-the-quiz-app-spot = قبل أن يبدأ الاختبار، يطلب { $app } أذونات. المس كل ما لا يحتاجه اختبار.
contract-the-quiz-app-card-title = يريد { $app } أن:
contract-the-quiz-app-card-body = اسمح بالكل لترى نتيجتك!
contract-the-quiz-app-part-contacts = يصل إلى جهات اتصالك
contract-the-quiz-app-feedback-part-contacts = الاختبار لا يحتاج إلى أرقام أصدقائك. التطبيقات التي تأخذ جهات الاتصال قد ترسل إليهم رسائل مزعجة أو تبيع بياناتهم، وأصدقاؤك لم يوافقوا قط.
contract-the-quiz-app-part-location = يستخدم موقعك الدقيق، دائمًا
contract-the-quiz-app-feedback-part-location = موقعك الدقيق، طوال الوقت، يكشف أين تسكن وأين تدرس. لا سبب يجعل اختبارًا يحتاج إلى معرفة ذلك.
contract-the-quiz-app-part-mic = يستخدم الميكروفون
contract-the-quiz-app-feedback-part-mic = لا كلام في الاختبار. اسمح بالميكروفون فقط حين تحتاجه ميزة فعلًا، مثل رسالة صوتية تختار أنت إرسالها.
contract-the-quiz-app-part-results = يعرض أسئلة الاختبار ونتائجك
contract-the-quiz-app-feedback-part-results = ليس دليلًا: هذا ما يفعله الاختبار فعلًا. الإذن الذي يتوافق مع غرض التطبيق لا بأس به.
contract-the-quiz-app-part-partners = يشارك بياناتك مع الشركاء (الشروط: 42 صفحة)
contract-the-quiz-app-feedback-part-partners = كلمة «الشركاء»، المخبّأة في شروط طويلة، تعني عادةً المعلنين وبائعي البيانات. إجاباتك وتفاصيلك تصبح بضاعتهم.

contract-the-quiz-app-allow-choice = في الأسفل زر ضخم لامع «السماح بالكل»، ورابط رمادي صغير جدًا «اختيار الأذونات».
contract-the-quiz-app-choice-choose = سألمس «اختيار» وأسمح فقط بما يحتاجه الاختبار
contract-the-quiz-app-feedback-choose = بالضبط. الزر اللامع نمط خادع يدفعك نحو الموافقة. من حقك أن ترفض الأذونات، وأن تقرّر من يحصل على بياناتك.
contract-the-quiz-app-choice-close-app = سأغلق التطبيق وأتجاوز الاختبار
contract-the-quiz-app-feedback-close-app = بياناتك في أمان، جميل. التجاوز مقبول دائمًا. لكن { $friend } والآخرين ما زالوا يسلّمون بياناتهم، وربما يريدون أن يعرفوا.
contract-the-quiz-app-choice-allow-all = سألمس «السماح بالكل»، أريد نتيجتي فقط
contract-the-quiz-app-feedback-allow-all = فرصة لنتعلّم: «السماح بالكل» أعطى اختبارًا للتوّ جهات اتصالك وموقعك والميكروفون. الزر الكبير اللامع مصمّم ليجعل ذلك يبدو طبيعيًا.

contract-the-quiz-app-friend-asks = ماذا كانت نتيجتك؟؟ الجميع يجرّبونه. حتى إنه وجد أبناء عمومتي من جهات اتصالي هههه
contract-the-quiz-app-choice-warn-report = سأنبّه { $friend } إلى الأذونات، وأبلغ عن التطبيق
contract-the-quiz-app-feedback-warn-report = رائع. أن تُري أصدقاءك كيف يتحقّقون من الأذونات ويزيلونها يساعدهم على استعادة السيطرة، والإبلاغ عن التطبيق إلى متجر التطبيقات يحذّر الآخرين.
contract-the-quiz-app-choice-keep-quiet = سأحتفظ بالأمر لنفسي، فهذا قرار شخصي
contract-the-quiz-app-feedback-keep-quiet = هو قرار شخصي فعلًا، لكن ربما لا يعرف أصدقاؤك على ماذا وافقوا. رسالة سريعة «تحقّق من أذوناتك» قد تحميهم وتحمي كل من في جهات اتصالهم.
contract-the-quiz-app-choice-send-group = سأرسل الرابط إلى مجموعة الدردشة كلها
contract-the-quiz-app-feedback-send-group = فرصة لنتعلّم: مشاركة الرابط تنشر الاستيلاء على البيانات إلى كل أصدقائك، وإلى جهات اتصالهم أيضًا. تحقّق من التطبيق قبل أن تمرّره إلى غيرك.

contract-the-quiz-app-data-leak = تحصل على نتيجتك. وفي تلك الليلة، تصل رسالة إلى كل من في جهات اتصالك: «صديقك يريدك أن تجرّب { $app }!» وتتصل بك جدّتك لتسأل ما هذا.
contract-the-quiz-app-fix-choice = أخذ التطبيق أكثر ممّا قصدت أن تعطي. لكنها بياناتك، ومن حقك أن تستعيدها. ماذا ستفعل؟
contract-the-quiz-app-choice-adult-remove = سأطلب من { $adult } المساعدة في إلغاء وصوله والإبلاغ عنه
contract-the-quiz-app-feedback-adult-remove = هذا هو الطريق. حذف التطبيق لا يكفي: أوقف أذوناته، وافصله عن أي حساب ربطته به، وأبلغ عنه. يستطيع شخص بالغ تثق به أن يساعد.
contract-the-quiz-app-choice-delete-app = سأحذف التطبيق فقط
contract-the-quiz-app-feedback-delete-app = الحذف يساعد، لكن التطبيق نسخ جهات اتصالك بالفعل، وأي حساب ربطته يبقى متصلًا به. إلغاء وصوله من إعداداتك مهم أيضًا.
contract-the-quiz-app-choice-another-quiz = سأتجاهل الأمر وأجرّب اختبارًا آخر
contract-the-quiz-app-feedback-another-quiz = فرصة لنتعلّم: التطبيق يواصل الجمع ما دام يملك الوصول. لم يفت الأوان أبدًا لإلغاء أذوناته وطلب المساعدة.

contract-the-quiz-app-adult-helps = شكرًا لأنك أخبرتني. لنوقف أذوناته، ونفصله عن أي حساب مرتبط مثل { $social }، ونبلغ عنه، ونحذّر جهات اتصالك من أن تلك الرسائل مزعجة ومزيّفة.

contract-the-quiz-app-end-safe = تحقّقت من التطبيق، واكتشفت محاولة الاستيلاء على البيانات، وأبقيت جهات اتصالك وموقعك والميكروفون خاصة. وأصدقاؤك يعرفون الآن ما يجب التحقّق منه أيضًا. عمل رائع.
contract-the-quiz-app-end-mixed = حميت جزءًا منها، لكن التطبيق ما زال يملك بيانات، بياناتك أو بيانات أصدقائك. إلغاء وصوله والإبلاغ عنه وتنبيه الأصدقاء يُكمل المهمة.
contract-the-quiz-app-end-recovered = حصل التطبيق على أكثر ممّا يجب، لكنك استعدت السيطرة بالمساعدة: أُلغي الوصول، وأُوقفت الأذونات، وتم الإبلاغ عن التطبيق. الآن تعرف ما يجب التحقّق منه أولًا.
contract-the-quiz-app-end-harmful = التطبيق يواصل جمع البيانات منك ومن أصدقائك، والرسائل المزعجة لا تتوقّف. لم يفت الأوان أبدًا لإلغاء وصوله، والإبلاغ عنه، وسؤال شخص بالغ تثق به.
