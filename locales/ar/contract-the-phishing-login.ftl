# العقود / العدوانية: صفحة الدخول المزيّفة (الأعمار 16-18). الاختراق وسرقة الهوية.

contract-the-phishing-login-title = صفحة الدخول المزيّفة
contract-the-phishing-login-summary = رسالة بريد عاجلة تقول إن حسابك سيُحذف ما لم تسجّل الدخول الآن.
contract-the-phishing-login-remember = لا تسجّل الدخول أبدًا عبر رابط في رسالة عاجلة: افتح التطبيق بنفسك. استخدم كلمات مرور فريدة مع التحقّق بخطوتين، ولا تشارك أي رمز أبدًا.

contract-the-phishing-login-app = { $app }
contract-the-phishing-login-app-mailfinch = Mailfinch
contract-the-phishing-login-app-letterloom = Letterloom
contract-the-phishing-login-app-inkwing = Inkwing Mail
contract-the-phishing-login-service-lumora = Lumora
contract-the-phishing-login-service-vybely = Vybely
contract-the-phishing-login-service-orbitly = Orbitly
contract-the-phishing-login-friend-noah = نوح
contract-the-phishing-login-friend-aisha = عائشة
contract-the-phishing-login-friend-mika = ميار

contract-the-phishing-login-npc-support = دعم { $service }

contract-the-phishing-login-intro = ليلة مراجعة. يصلك تنبيه من { $app }: رسالة بريد تقول إن حسابك على { $service }، بما فيه من صور ورسائل ثلاث سنوات، سيُحذف خلال ساعتين.

contract-the-phishing-login-email-spot = تبدو رسمية. المس كل ما يكشف حقيقة هذه الرسالة.
contract-the-phishing-login-email-title = فريق أمان { $service }
contract-the-phishing-login-email-body = رصدنا نشاطًا غير معتاد على حسابك. تحقّق من هويتك الآن، وإلا سيُحذف حسابك وكل محتواه نهائيًا.
contract-the-phishing-login-part-sender = من: no-reply@acc0unt-verify-help.net
contract-the-phishing-login-feedback-sender = نعم. الشركة الحقيقية تراسلك من عنوانها الخاص. العناوين المقلّدة، بصفر مكان حرف «o» أو بكلمات إضافية مثل «verify-help»، تصيّد احتيالي معروف.
contract-the-phishing-login-part-urgency = «سيُحذف حسابك خلال ساعتين!!»
contract-the-phishing-login-feedback-urgency = صحيح. الموعد الضيّق والعبارات الصارخة موجودة لتدفعك بالذعر إلى النقر قبل أن تفكّر. الخدمات الحقيقية تمنحك وقتًا وتتيح لك التحقّق داخل التطبيق.
contract-the-phishing-login-part-grammar = «عميلنا العزيز، يرجا التاكد من هويتكم»
contract-the-phishing-login-feedback-grammar = عين ذكية. الأخطاء الإملائية الغريبة قد تكون علامة، و«عميلنا العزيز» تعني أنهم لا يعرفون اسمك أصلًا. لكن انتبه: بعض الرسائل المزيّفة مكتوبة بإتقان تام.
contract-the-phishing-login-part-logo = شعار { $service } في الأعلى
contract-the-phishing-login-feedback-logo = ليس دليلًا في أي اتجاه. الشعارات سهلة النسخ، لذا لا يثبت الشعار أبدًا أن الرسالة حقيقية. تحقّق من المرسل والرابط بدلًا من ذلك.

contract-the-phishing-login-open-choice = في الأسفل زر كبير: «تحقّق الآن». ماذا تفعل؟
contract-the-phishing-login-choice-own-app = لن ألمسه. سأفتح { $service } بنفسي وأتحقّق هناك.
contract-the-phishing-login-feedback-own-app = ممتاز. فتح التطبيق الحقيقي، أو كتابة العنوان بنفسك، يتجاوز أي رابط مزيّف. ولو كانت هناك مشكلة فعلًا، لرأيتها هناك.
contract-the-phishing-login-choice-peek = سألمسه، لكن لن أكتب شيئًا بعد
contract-the-phishing-login-feedback-peek = الامتناع عن إدخال بياناتك تصرّف حكيم. لكن لمس رابط تصيّد قد يكون خطرًا مع ذلك: بعض الصفحات تحاول تثبيت برامج خبيثة. فتح التطبيق الحقيقي بنفسك أكثر أمانًا.
contract-the-phishing-login-choice-rush = سألمس «تحقّق الآن» وأسجّل الدخول، بسرعة
contract-the-phishing-login-feedback-rush = فرصة لنتعلّم: مهلة الساعتين أدّت مهمّتها. الذعر هو بالضبط ما يحتاجه التصيّد الاحتيالي. هذا يحدث للحذرين أيضًا، والأهم هو ما تفعله بعد ذلك.
contract-the-phishing-login-real-app = في تطبيق { $service } الحقيقي: لا تحذير، ولا إشعار حذف، وكل شيء طبيعي. الرسالة كانت مزيّفة. وبعد دقيقة، يصل طلب مراسلة جديد.

contract-the-phishing-login-login-spot = أنت على الصفحة. قبل أن تكتب أي شيء، المس ما يكشف حقيقتها.
contract-the-phishing-login-page-title = تسجيل الدخول إلى { $service }
contract-the-phishing-login-page-body = أكّد بياناتك لتحتفظ بحسابك.
contract-the-phishing-login-part-url = شريط العنوان: secure-login.acc0unt-check.net
contract-the-phishing-login-feedback-url = نعم! هذا ليس عنوان { $service } الحقيقي. اقرأ العنوان دائمًا قبل أن تكتب كلمة مرور: اسم الموقع الحقيقي يجب أن يكون فيه، ومكتوبًا بشكل صحيح.
contract-the-phishing-login-part-padlock = أيقونة قفل بجانب العنوان
contract-the-phishing-login-feedback-padlock = ليس دليلًا على شيء. القفل يعني أن الاتصال مشفّر، لا أن الموقع صادق. مواقع الاحتيال فيها أقفال أيضًا.
contract-the-phishing-login-part-form = النموذج يطلب كلمة مرورك وكلمة مرور بريدك أيضًا
contract-the-phishing-login-feedback-form = دليل كبير. لا توجد صفحة دخول حقيقية تطلب كلمة مرور حساب آخر. ومع بريدك، يستطيعون إعادة تعيين كل كلمات المرور الأخرى لديك.
contract-the-phishing-login-part-timer = «تنتهي الجلسة خلال 04:59»
contract-the-phishing-login-feedback-timer = صحيح: العدّ التنازلي ضغط إضافي ليمنعك من التفكير. يمكنك دائمًا إغلاق الصفحة والتحقّق بهدوء.

contract-the-phishing-login-page-choice = كشفت حقيقة الصفحة. وماذا الآن؟
contract-the-phishing-login-choice-report-page = سأغلقها، وأبلغ عن الرسالة على أنها تصيّد احتيالي
contract-the-phishing-login-feedback-report-page = أصبت تمامًا. معظم تطبيقات البريد فيها زر «الإبلاغ عن تصيّد احتيالي»، وهو يساعد على حظر الاحتيال عن الآخرين أيضًا. إغلاق الصفحة قبل كتابة أي شيء أبقاك في أمان.
contract-the-phishing-login-choice-close-page = سأغلقها وأحذف الرسالة
contract-the-phishing-login-feedback-close-page = لم تكتب شيئًا، لذا حسابك في أمان. والإبلاغ عن الرسالة على أنها تصيّد احتيالي يساعد تطبيق بريدك على حظرها عن الجميع.
contract-the-phishing-login-choice-type = سأسجّل الدخول على أي حال، تحسّبًا لأن تكون حقيقية
contract-the-phishing-login-feedback-type = فرصة لنتعلّم: «تحسّبًا» هو ما يعتمد عليه المحتالون. إذا لم تكن متأكّدًا، فتحقّق في التطبيق الحقيقي، لا عبر الرابط أبدًا.

contract-the-phishing-login-support-dm = مرحبًا، معك فريق دعم { $service }. لاحظنا نشاطًا مريبًا على حسابك. لتأمينه، يرجى الرد بالرمز المكوّن من 6 أرقام الذي أرسلناه إليك للتوّ برسالة نصية.
contract-the-phishing-login-choice-never-share = لن أشاركه. سأبلغ، وأغيّر كلمة مروري، وأتحقّق من الخطوتين.
contract-the-phishing-login-feedback-never-share = بالضبط. الدعم الحقيقي لا يطلب رموزك أبدًا. الرمز الذي لم تطلبه يعني أن أحدًا يحاول الدخول، لذا كلمة مرور جديدة وفريدة مع التحقّق بخطوتين تُبقيه خارجًا.
contract-the-phishing-login-choice-ignore-dm = سأتجاهل الرسالة
contract-the-phishing-login-feedback-ignore-dm = عدم إرسال الرمز كان صحيحًا. لكن ذلك الرمز يعني أن أحدًا ربما يملك كلمة مرورك بالفعل. غيّرها، وفعّل التحقّق بخطوتين، وأبلغ عن الحساب.
contract-the-phishing-login-choice-send-code = سأرسل الرمز كي يستطيعوا المساعدة
contract-the-phishing-login-feedback-send-code = فرصة لنتعلّم: ذلك الرمز هو مفتاح حسابك. أي شخص يطلبه منك، مهما بدا رسميًا، يحاول الدخول.
contract-the-phishing-login-secured = تبلغ عن الرسالة، وتضع كلمة مرور جديدة وفريدة، وتفعّل التحقّق بخطوتين. ثم تصلك رسالة من { $friend }: «هل وصلتك رسالة { $service } تلك أيضًا؟ كدت أنقر عليها.» فترسل نصائحك ردًّا.

contract-the-phishing-login-hacked = بعد دقائق لا تستطيع الدخول. كلمة مرورك تغيّرت، وحسابك يراسل أصدقاءك: «خدمة سريعة! أرسل لي الرمز الذي وصلك للتوّ.»
contract-the-phishing-login-recover = الاختراق يحدث للحذرين أيضًا. المهم الآن أن تتحرّك بسرعة. ماذا ستفعل؟
contract-the-phishing-login-choice-recover = سأستعيد الحساب، وأغيّر كلمات المرور، وأحذّر أصدقائي، وأبلغ
contract-the-phishing-login-feedback-recover = هذا أسرع طريق للعودة. الاستعادة عبر التطبيق الحقيقي، وكلمات مرور جديدة وفريدة، والتحقّق بخطوتين، وتحذير الأصدقاء تمنع المخترق من استخدام اسمك. وأخبر شخصًا بالغًا تثق به أيضًا.
contract-the-phishing-login-choice-new-account = سأُنشئ حسابًا جديدًا وأمضي
contract-the-phishing-login-feedback-new-account = البداية الجديدة تبقيك مستمرًا. لكن المخترق ما زال يملك حسابك القديم وصورك واسمك ليخدع أصدقاءك. استعادة الحساب والإبلاغ عنه يحميانهم.
contract-the-phishing-login-choice-wait = لن أفعل شيئًا. غالبًا سيُحلّ الأمر من نفسه.
contract-the-phishing-login-feedback-wait = فرصة لنتعلّم: كل ساعة تمنح المخترق وقتًا أطول ليخدع أصدقاءك أو ليغلق حسابك أمامك نهائيًا. لم يفت الأوان للاستعادة والإبلاغ.
contract-the-phishing-login-recovered = بفضل استعادة الحساب تعود إليه خلال ساعة. تفعّل التحقّق بخطوتين، وتحذّر أصدقاءك، وتبلغ عن الرسائل المزيّفة. وبحسب { $friend }، تحذيرك كان طوق النجاة.

contract-the-phishing-login-end-safe = كشفت الرسالة المزيّفة وحيلة «الدعم». ومع كلمة مرور جديدة والتحقّق بخطوتين، صار حسابك محكم الإغلاق.
contract-the-phishing-login-end-mixed = نجوت، لكن الاحتيال ما زال موجودًا وقد لا تكون بياناتك آمنة بعد. كلمات مرور جديدة وفريدة، والتحقّق بخطوتين، والإبلاغ تسدّ الثغرات.
contract-the-phishing-login-end-recovered = وقعت في الفخ، ثم تحرّكت بسرعة واستعدت حسابك. كلمات مرور جديدة، وتحقّق بخطوتين، وأصدقاء تم تحذيرهم: هكذا تكون الاستعادة.
contract-the-phishing-login-end-harmful = المخترق ما زال يملك حسابك ويستخدم اسمك ليخدع أصدقاءك. لم يفت الأوان: استخدم استعادة الحساب، وأبلغ عنه، وأخبر شخصًا بالغًا تثق به.
