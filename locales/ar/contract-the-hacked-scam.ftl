# العقود / العدوانية: الحساب المخترَق (الأعمار 16-18). حساب مخترَق لشخص قريب يطلب المال ثم رمزًا.

contract-the-hacked-scam-title = الحساب المخترَق
contract-the-hacked-scam-summary = رسالة من حساب شخص قريب منك: يحتاج إلى المال فورًا. الاسم نفسه والصورة نفسها. لكن من يكتب حقًا؟
contract-the-hacked-scam-remember = الاسم والصورة الحقيقيان لا يثبتان من يكتب. الأفضل التحقق بطريقة أخرى، ولا مال ولا رمز دخول لأي أحد أبدًا. وقع خطأ؟ الحل إخبار شخص بالغ موضع ثقتك بسرعة.

contract-the-hacked-scam-app = ‏{ $app }
contract-the-hacked-scam-app-chirrup = ‏Chirrup
contract-the-hacked-scam-app-nattermill = ‏Nattermill
contract-the-hacked-scam-app-quokka = ‏Quokka Chat
contract-the-hacked-scam-adult-mum = أمي
contract-the-hacked-scam-adult-grandpa = جدّي
contract-the-hacked-scam-adult-uncle = عمّي كريم

contract-the-hacked-scam-npc-friend = ‏{ $friend }
contract-the-hacked-scam-npc-adult = ‏{ $adult }

contract-the-hacked-scam-intro = مساء الأحد. { $friend } في زيارة للعائلة هذا الأسبوع. الفيلم أمامك بنصف انتباه، ثم يهتز { $app }: رسالة من { $friend }.
contract-the-hacked-scam-intro-two-step = منذ رسالة التصيّد تلك، صارت لحساباتك كلمات مرور جديدة وتحقق بخطوتين. ليس الجميع هكذا بعد.
contract-the-hacked-scam-ask = هاااي أنا. كارثة حقيقية. ضاعت محفظتي في المحطة وبطارية هاتفي على وشك النفاد. ممكن تحويل مال لي لتذكرة العودة؟ أردّه لك غدًا، وعد

contract-the-hacked-scam-spot = الحساب حساب { $friend }. لكن هل { $friend } من يكتب؟ لنلمس ما يكشف هذه الرسالة.
contract-the-hacked-scam-card-body = ضاعت محفظتي، ممكن مال للتذكرة؟ أرسله إلى حساب ابن عمي. لا اتصالات رجاءً، البطارية تنفد. آخر قطار بعد 20 دقيقة!
contract-the-hacked-scam-part-name = الاسم وصورة الملف الشخصي في الأعلى
contract-the-hacked-scam-feedback-name = ليس دليلًا. الحساب فعلًا حساب { $friend }، لذا الاسم والصورة حقيقيان. لهذا تنجح هذه الخدعة: الحساب حقيقي، أما من يكتب فقد يكون شخصًا آخر.
contract-the-hacked-scam-part-old-chat = رسائل الأمس عن عطلة نهاية الأسبوع
contract-the-hacked-scam-feedback-old-chat = ليس دليلًا: إنها محادثتكما الحقيقية من قبل. لكن من يملك الحساب الآن يستطيع قراءتها أيضًا، ويستعملها ليكتب بأسلوب { $friend } تمامًا.
contract-the-hacked-scam-part-no-call = «لا اتصالات رجاءً، البطارية تنفد»
contract-the-hacked-scam-feedback-no-call = نعم. الشخص القريب الذي في ورطة يريد سماع صوتك. عبارة «لا اتصالات» تمنع الفحص الوحيد الذي يكشف الخدعة.
contract-the-hacked-scam-part-hurry = «آخر قطار بعد 20 دقيقة!»
contract-the-hacked-scam-feedback-hurry = صحيح. المهلة الضيقة هدفها الاستعجال قبل التفكير. المشكلة الحقيقية تحتمل دقيقة واحدة لمكالمة.
contract-the-hacked-scam-part-payee = الدفع إلى حساب «ابن عم» باسم شخص غريب
contract-the-hacked-scam-feedback-payee = دليل كبير. مال يُرسَل إلى حساب شخص آخر هو قلب هذه الخدعة: متى وصل إلى هناك، صعب جدًا استرجاعه.
contract-the-hacked-scam-pic-status = متصل الآن
contract-the-hacked-scam-pic-yesterday = أمس
contract-the-hacked-scam-pic-old-them = نلتقي يوم الاثنين!!
contract-the-hacked-scam-pic-old-you = وقت ممتع عند الخالة!
contract-the-hacked-scam-pic-ask = ضاعت محفظتي، ممكن تحويل مال للتذكرة؟
contract-the-hacked-scam-pic-no-call = لا اتصالات رجاءً، البطارية تنفد
contract-the-hacked-scam-pic-hurry = آخر قطار بعد 20 دقيقة!!
contract-the-hacked-scam-pic-payee = إلى: ⁦D. Marsh⁩، ⁦4471 0093⁩ (ابن عمي)
contract-the-hacked-scam-pic-send = إرسال المال

contract-the-hacked-scam-what-now = الحساب حساب { $friend }. أما الرسالة، فربما لا. ما الخطوة التالية؟
contract-the-hacked-scam-choice-call = سأتصل بـ{ $friend } على الرقم المعتاد أولًا للتحقق، قبل أي شيء.
contract-the-hacked-scam-feedback-call = في الصميم. التحقق بطريقة أخرى اختبار لا ينجح فيه المخترِق: معه الحساب، لكن لا صوت ولا هاتف.
contract-the-hacked-scam-choice-quiz = سأسأل سؤالًا لا يعرف جوابه إلا { $friend }، ثم أثق.
contract-the-hacked-scam-feedback-quiz = التحقق أولًا فكرة صحيحة. لكن السؤال في المحادثة نفسها يصل إلى الشخص نفسه: من يملك الحساب ويستطيع البحث عن الجواب في رسائلكما القديمة. الاتصال أفضل.
contract-the-hacked-scam-choice-send = سأرسله الآن. نحن نساند بعضنا دائمًا، بلا تردد.
contract-the-hacked-scam-feedback-send = فرصة للتعلّم: الرغبة في مساعدة شخص قريب أمر جميل، وهذا بالضبط ما تستغله الخدعة. ليس ذنبك. المهم هو ما يأتي بعد ذلك.

contract-the-hacked-scam-quizzed = هههه مقهى القطط في عيد ميلادك. ارتحت الآن؟؟ أرجوك بسرعة، آخر قطار في التاسعة
contract-the-hacked-scam-still-pushing = الجواب صحيح. لكن محادثاتكما القديمة مليئة بأجوبة كهذه، ومن يملك الحساب يستطيع قراءتها. ما الخطوة التالية؟
contract-the-hacked-scam-choice-call-now = كفى كتابة. سأتصل بالرقم المعتاد للتحقق.
contract-the-hacked-scam-feedback-call-now = تصحيح موفّق. المكالمة إلى الرقم المعروف لديك تصل إلى صاحب الحساب الحقيقي، أيًّا كان من يكتب.
contract-the-hacked-scam-choice-they-knew = الجواب عن المقهى صحيح، إذن أثق. سأرسل المال الآن.
contract-the-hacked-scam-feedback-they-knew = فرصة للتعلّم: من يملك الحساب يستطيع قراءة كل تاريخ المحادثة. الجواب الصحيح يثبت فقط أنه يعرف كيف يقلّب الرسائل.
contract-the-hacked-scam-choice-send-half = سأرسل النصف الآن كي أبقى في أمان، والباقي غدًا.
contract-the-hacked-scam-feedback-send-half = فرصة للتعلّم: النصف يبقى مالًا لشخص غريب، ويُظهر له أن الدفع ممكن. الأفضل التحقق ممن يطلب قبل إرسال أي شيء.

contract-the-hacked-scam-called = اتصال بالرقم المعتاد، والرد فوري: «أي مال؟ أنا عند خالتي، وهاتفي يعمل جيدًا. هذا ليس أنا!» صمت قصير. «مهلًا. لا أستطيع الدخول إلى حسابي».
contract-the-hacked-scam-help-friend = صوت { $friend } يرتجف: «أحدهم غيّر كلمة المرور، ويراسل الجميع باسمي. ماذا أفعل؟»
contract-the-hacked-scam-choice-recover = الحل صفحة «حساب مخترَق» في التطبيق. وأنا سأبلغ عن المحادثة.
contract-the-hacked-scam-feedback-recover = تمامًا. صفحة الاسترجاع في التطبيق تعيد الحساب، وكلمة المرور الجديدة والتحقق بخطوتين يُبعدان المخترِق، والإبلاغ يساعد التطبيق على إيقافه.
contract-the-hacked-scam-choice-new-account = حساب جديد هو الحل الآمن، ثم نقول للجميع إنه الحساب الحقيقي.
contract-the-hacked-scam-feedback-new-account = البداية من الصفر تبدو سهلة. لكن الحساب القديم يحتفظ باسم { $friend } وصوره وجهات اتصاله، والمخترِق يواصل استعمالها. استرجاعه أفضل.
contract-the-hacked-scam-choice-tell-off = سأكتب للمخترِق وأهدده بالإبلاغ إن لم يُعِد الحساب.
contract-the-hacked-scam-feedback-tell-off = فرصة للتعلّم: الدفاع عن شخص قريب أمر نبيل، لكن الجدال مع المخترِق يمنحه جمهورًا وأفكارًا. لا كلمة له: استرجاع، ثم إبلاغ، ثم تحذير.
contract-the-hacked-scam-recovering = خطوات «حساب مخترَق» في التطبيق، واحدة بعد أخرى، وإبلاغ منك عن الرسائل. كلمة مرور جديدة، تحقق بخطوتين، وخروج كل الأجهزة الأخرى. بعد ساعة، تصل رسالة.
contract-the-hacked-scam-pic-secured = الحساب محميّ
contract-the-hacked-scam-pic-new-password = كلمة مرور جديدة
contract-the-hacked-scam-pic-two-step = التحقق بخطوتين: مفعّل
contract-the-hacked-scam-pic-devices = تم إخراج الأجهزة الأخرى
contract-the-hacked-scam-new-account = منشور جديد من { $friend }: «هذا حسابي الجديد!». لكن الحساب القديم يواصل طلب المال من الصف، فيأتي دور صفحة الاسترجاع في النهاية. بعد ساعة، تصل رسالة.
contract-the-hacked-scam-taunts = هههه. 50 فقط، وربما يعود الحساب. ربما.
contract-the-hacked-scam-taunts-after = لا ردّ بعد الآن. عبر صفحة الاسترجاع في التطبيق يعود الحساب إلى { $friend }: كلمة مرور جديدة وتحقق بخطوتين. بعد ساعة، تصل رسالة.

contract-the-hacked-scam-screenshots = هذا أنا فعلًا، استرجعت الحساب! كلمة مرور جديدة وتحقق بخطوتين. شكرًا على الاتصال. ممكن صور الشاشة لما كتبه لك؟ أحتاجها للبلاغ
contract-the-hacked-scam-choice-send-shots = سأرسلها. تكلّمنا على الهاتف، لذا أثق بالحساب الآن.
contract-the-hacked-scam-feedback-send-shots = قرار موفّق. جرى التحقق، وعاد الحساب إلى { $friend }. التحقق لا يعني الشك في الجميع إلى الأبد: صور الشاشة تساعد التطبيق على التعامل مع البلاغ.
contract-the-hacked-scam-choice-no-shots = عذرًا، لم أعد أثق بهذا الحساب. الإبلاغ ممكن من دون صور الشاشة.
contract-the-hacked-scam-feedback-no-shots = الحذر جيد، لكن التحقق حصل فعلًا: كانت بينكما مكالمة، والحساب عاد إلى صاحبه. الشك في كل شيء يحرم شخصًا قريبًا من مساعدة يحتاجها.
contract-the-hacked-scam-choice-delete-chat = سأحذف المحادثة كلها الآن. لا أريدها على هاتفي أبدًا.
contract-the-hacked-scam-feedback-delete-chat = فرصة للتعلّم: الرغبة في محوها مفهومة، لكن المحادثة هي دليل الخدعة. الأفضل الاحتفاظ بها، مع صور الشاشة، حتى ينتهي البلاغ.
contract-the-hacked-scam-shots-sent = وصلت، وأُرسل البلاغ. شكرًا، بجد
contract-the-hacked-scam-no-shots = مفهوم. سأقدّم البلاغ من دونها. لكن إثبات ما حدث صار أصعب
contract-the-hacked-scam-deleted = اختفت المحادثة، ومعها السجل الوحيد للحساب الذي كان المال سيذهب إليه.

contract-the-hacked-scam-compose = البارحة طلب الحساب المال من نصف الصف. حان وقت تحذير في مجموعة الصف: ما يفيد يدخل، وما لا يفيد يبقى خارجًا.
contract-the-hacked-scam-compose-to = مجموعة الصف
contract-the-hacked-scam-ph-hacked = حساب { $friend } تعرّض للاختراق البارحة.
contract-the-hacked-scam-why-hacked = البداية بما حدث، بوضوح. الآن يعرف الجميع أن تلك الرسائل لم تكن من { $friend }.
contract-the-hacked-scam-ph-link = هذه رسالته مع الرابط، لكي تعرفوها.
contract-the-hacked-scam-why-link = تبدو مفيدة، لكنها تنشر الخدعة، مع الرابط، وسيضغط عليه أحدهم. الأفضل وصف الرسالة بكلماتك.
contract-the-hacked-scam-ph-no-money = لا ترسلوا مالًا ولا أي رمز، مهما قال.
contract-the-hacked-scam-why-no-money = الشيئان اللذان يريدهما المخترِق. قولهما بوضوح يحمي كل من وصلته الرسالة نفسها.
contract-the-hacked-scam-ph-sorry = عذرًا على الرسالة الطويلة.
contract-the-hacked-scam-why-sorry = لا فرق. اللطف لا يغيّر شيئًا هنا، ولا يضر.
contract-the-hacked-scam-ph-tell-off = لنردّ عليه جميعًا ونخبره برأينا فيه!
contract-the-hacked-scam-why-tell-off = الغضب مفهوم. لكن الردود تمنح المخترِق جمهورًا وفرصة لخداع شخص جديد. الأفضل ألا يكتب له أحد شيئًا.
contract-the-hacked-scam-ph-report = وصلتكم رسالة؟ أبلغوا عنها واتصلوا بـ{ $friend } للتحقق.
contract-the-hacked-scam-why-report = الإبلاغ يساعد التطبيق على إيقاف المخترِق، والمكالمة طريقة أي أحد للتأكد أنه فعلًا { $friend }.
contract-the-hacked-scam-ph-blame = بصراحة، كان على { $friend } اختيار كلمة مرور أقوى.
contract-the-hacked-scam-why-blame = الأفضل حذفها. الاختراق يحدث للحذرين أيضًا، ولوم من تعرّض له يجعل الكلام عنه أصعب.
contract-the-hacked-scam-warned = التحذير منشور. خلال دقائق: «راسلني أنا أيضًا!»، «شكرًا، كدت أرسل». لا أحد آخر يدفع.

contract-the-hacked-scam-sent = أنقذت حياتي!! آه، أرسلت رمزًا إلى رقمك بالخطأ. ممكن إرساله لي؟
contract-the-hacked-scam-pic-code = رمز الدخول إلى { $app }: ⁦519 204⁩
contract-the-hacked-scam-pic-code-warning = هذا الرمز سري، لا يُشارَك مع أي أحد.
contract-the-hacked-scam-pic-code-ask = ممكن إرسال هذا الرمز لي؟
contract-the-hacked-scam-code-choice = هذا الرمز يفتح حسابك أنت على { $app }. من يحصل عليه قد يُخرجك منه، ثم يراسل أصدقاءك باسمك. ما الخطوة التالية؟
contract-the-hacked-scam-choice-tell-now = لن أرسل شيئًا، وسأُري { $adult } المحادثة كلها الآن.
contract-the-hacked-scam-feedback-tell-now = هذه أشجع خطوة. كلما عرف شخص بالغ أسرع، حاول المصرف إيقاف الدفعة أسرع. لا أحد سيعاقبك على ذلك: هذه الخدعة توقع الحذرين.
contract-the-hacked-scam-choice-block-quiet = سأحتفظ بالرمز، وأحظر الحساب، وأنسى المال.
contract-the-hacked-scam-feedback-block-quiet = الاحتفاظ بالرمز كان صوابًا، والحظر يوقف الرسائل. لكن المال لا يعود إلا إذا تحرّك أحد بسرعة، والمخترِق ما زال يراسل صفك.
contract-the-hacked-scam-choice-send-code = سأرسله الآن، وغدًا أُري { $adult } المحادثة.
contract-the-hacked-scam-feedback-send-code = فرصة للتعلّم: رمز الدخول هو مفتاح حسابك، وهذا لا يحتمل الانتظار حتى الغد. لا أحد، لا صديق ولا «دعم فني»، يحتاج إلى رمزك. ما زال طلب المساعدة ممكنًا.
contract-the-hacked-scam-blocked-quiet = حظر للحساب، والرمز يبقى معك. حسابك بأمان. أما المال فذهب، والحساب ما زال يراسل صفك.
contract-the-hacked-scam-own-hacked = بعد دقيقة، لا دخول إلى { $app } بعد الآن. حسابك أنت صار يطلب المال من أصدقائك.
contract-the-hacked-scam-morning = صباح اليوم التالي. المال ذهب، والشعور سيئ. هذا ليس ذنبك: هذه الخدع مصمّمة لتوقع الحذرين. ما الخطوة التالية؟
contract-the-hacked-scam-choice-show-adult = سأُري { $adult } كل شيء، حتى الجزء الذي يحرجني كثيرًا.
contract-the-hacked-scam-feedback-show-adult = هذا يحتاج إلى شجاعة، وهو القرار الصحيح. يستطيع الشخص البالغ الاتصال بالمصرف، والمساعدة في الإبلاغ عن الحساب واسترجاع حسابك. بالكلام يتوقف هذا.
contract-the-hacked-scam-choice-keep-quiet = سأُبقي الأمر خاصًا. إنه محرج، ولا أحد يستطيع المساعدة الآن.
contract-the-hacked-scam-feedback-keep-quiet = فرصة للتعلّم: المحتالون يعتمدون على الخجل ليبقوا مختبئين. المصارف والتطبيقات كثيرًا ما تستطيع التصرف، وشخص بالغ موضع ثقتك سيساعد، ولا أحد يلومك.
contract-the-hacked-scam-choice-ask-back = سأطلب من { $adult } سلفة صغيرة، دون أن أقول السبب أبدًا.
contract-the-hacked-scam-feedback-ask-back = فرصة للتعلّم: تغطية الخسارة تُخفي الخدعة، والمصرف والتطبيق لا يستطيعان التصرف إلا إذا عرف أحد. الأفضل حكاية القصة كلها لشخص بالغ موضع ثقتك. لا أحد يلومك.
contract-the-hacked-scam-kept-quiet = يبقى الأمر سرًا. بحلول المساء، أرسل اثنان آخران من صفك مالًا إلى «ابن العم» نفسه.
contract-the-hacked-scam-asked-back = السلفة تصل بلا أسئلة. لا أحد يبلغ عن شيء، وبحلول المساء يكون الحساب قد راسل اثنين آخرين من صفك.

contract-the-hacked-scam-adult-helps = شكرًا لأنك أخبرتني. لا أحد سيعاقبك على ذلك، وهذا ليس ذنبك. لنتصل بالمصرف بشأن المال، ونبلغ عن الحساب، ونحمِ حسابك بالتحقق بخطوتين.
contract-the-hacked-scam-adult-call = ثم مكالمة بمكبّر الصوت إلى { $friend }. «ماذا؟! لم أكن أنا! أعتذر جدًا. سأسترجع حسابي الآن». بعد ساعة، تصل رسالة.

contract-the-hacked-scam-end-safe = كان التحقق قبل الثقة. عاد الحساب إلى { $friend } محميًا بالتحقق بخطوتين، وتم الإبلاغ عن الخدعة، ولم يدفع أحد آخر من صفك.
contract-the-hacked-scam-end-recovered = أوقعتك الخدعة أولًا، ثم انقلبت الأمور: بمساعدة { $adult } كان الاتصال بالمصرف والإبلاغ، وتحذيرك حمى الصف. لم يكن ذلك ذنبك.
contract-the-hacked-scam-end-harmful = المال ذهب، والمخترِق ما زال يستعمل الحسابات ليطلب المزيد. هذا ليس ذنبك. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك، يساعد في الاتصال بالمصرف والإبلاغ.

contract-the-hacked-scam-trace-reported = تم الإبلاغ: طلبات المال المرسلة من حساب { $friend } المخترَق.
contract-the-hacked-scam-trace-reported-advice = إذا طلب منك أي حساب مالًا أو رمزًا، حتى حساب صديق، فالأفضل الاتصال بصاحبه على رقمه المعتاد أولًا. لا مشاركة لرمز الدخول أبدًا.

# Last decision: a fake "support" message asks for a sign-in code.
contract-the-hacked-scam-last-message = لاحقًا، رسالة أخيرة من حساب اسمه «دعم { $app }»: «نشاط غير معتاد مرتبط بجهات اتصالك. المطلوب إرسال الرمز الذي وصلك منا للتو خلال ساعة، وإلا سيُغلق الحساب.»
contract-the-hacked-scam-choice-no-code = لا رمز لأي أحد. سأغلق الرسالة وأفتح { $app } بنفسي لأرى.
contract-the-hacked-scam-feedback-no-code = تمامًا. الدعم الحقيقي لا يطلب رمزك أبدًا، ومهلة الساعة هي الحيلة نفسها مثل القطار الأخير. إن كان هناك خلل، فالتطبيق نفسه سيُظهره.
contract-the-hacked-scam-choice-give-code = سأرسل لهم الرمز، حتى لا يُغلق { $app } حسابي أنا أيضًا.
contract-the-hacked-scam-feedback-give-code = فرصة للتعلّم: رمز الدخول هو مفتاح حسابك، ولا يطلبه أي دعم حقيقي. المهلة المخيفة هي الحيلة نفسها مثل «القطار الأخير».
contract-the-hacked-scam-code-given = بعد دقائق، لا دخول إلى { $app }. يصل الخبر إلى { $adult } فورًا، ومعًا يُستعاد الحساب من صفحة الاسترجاع، ويُسجَّل الخروج من كل الأجهزة الأخرى قبل أن تصل أي رسالة لأحد.
