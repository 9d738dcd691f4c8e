# السلوك / جنسي: صور مزيّفة وأذى حقيقي (الأعمار 13-15). صور عارية مزيّفة لزميل صُنعت بتطبيق «تعرية».
# علامات التحذير وطلب المساعدة فقط: لا يُعرض أي شيء ولا يوصف.

conduct-the-nudify-app-title = صور مزيّفة وأذى حقيقي
conduct-the-nudify-app-summary = حساب مجهول ينشر صورًا مزيّفة لأحد زملاء الصف، صُنعت بتطبيق ذكاء اصطناعي، والجميع في المجموعة يفتحونها.
conduct-the-nudify-app-remember = الصورة العارية المزيّفة لشخص حقيقي إيذاء، حتى لو كانت مزيّفة. لا فتح، ولا حفظ، ولا مشاركة: الإبلاغ عنها، وإخبار شخص بالغ موضع ثقتك، وطمأنة الشخص المستهدف بأن الذنب ليس ذنبه.

conduct-the-nudify-app-app = ‏{ $app }
conduct-the-nudify-app-npc-anon = ‏{ $anon }
conduct-the-nudify-app-npc-friend = ‏{ $friend }
conduct-the-nudify-app-npc-classmate = ‏{ $classmate }
conduct-the-nudify-app-npc-adult = ‏{ $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
conduct-the-nudify-app-app-chatterly = ‏Chatterly
conduct-the-nudify-app-app-groupnest = ‏GroupNest
conduct-the-nudify-app-app-pingpal = ‏PingPal
conduct-the-nudify-app-anon-truth = ‏truth.hurts.xx
conduct-the-nudify-app-anon-exposed = ‏exposed_class
conduct-the-nudify-app-anon-ghost = ‏ghost.acc_00
conduct-the-nudify-app-adult-uncle = العم توماس
conduct-the-nudify-app-adult-mum = ماما
conduct-the-nudify-app-adult-grandpa = الجد كوفي

conduct-the-nudify-app-intro = مساء السبت. مجموعة صفّك على { $app } مليئة بخطط عطلة نهاية الأسبوع. ثم يدخل حساب لا يعرفه أحد، { $anon }، عبر رابط الدعوة وينشر شيئًا.
conduct-the-nudify-app-anon-post = ههه عملت صور لـ{ $classmate } بتطبيق تعرية. افتحوها قبل ما تنحذف
conduct-the-nudify-app-pic-chat-title = مجموعة الصف
conduct-the-nudify-app-pic-hidden = صورة مخفية: قد تكون مؤذية
conduct-the-nudify-app-pic-caption = معمولة بتطبيق ههه
conduct-the-nudify-app-pic-seen = شاهدها 23
conduct-the-nudify-app-sango-explains = تطبيق «التعرية» يستخدم الذكاء الاصطناعي ليحوّل صورة عادية إلى صورة عارية مزيّفة. صنع صورة كهذه لشخص حقيقي أو مشاركتها إيذاء، وفي بلدان كثيرة يخالف القانون، حتى لو كانت مزيّفة.

conduct-the-nudify-app-friend-reacts = لحظة، هذا فعلًا { $classmate }؟؟ الكل يقول إنها مزيّفة بس الكل يفتحها. نشوف؟
conduct-the-nudify-app-choice-report-it = لن أفتحها. مزيّفة أو لا، هذا إيذاء. سأرسل بلاغًا.
conduct-the-nudify-app-feedback-report-it = هذا هو الصواب تمامًا. الصور المزيّفة تؤذي شخصًا حقيقيًا، وكل مشاهدة تزيد الأذى. البلاغ يساعد { $app } على حذف الصور والحساب بسرعة.
conduct-the-nudify-app-choice-mute-chat = لن أفتح هذا. سأكتم مجموعة الصف كلها الليلة.
conduct-the-nudify-app-feedback-mute-chat = عدم فتحها كان صحيحًا. لكن الكتم يترك الصور في مكانها، و{ $classmate } بلا سند. بلاغ سريع يساعد على حذفها.
conduct-the-nudify-app-choice-one-look = إنها مزيّفة أصلًا. نظرة واحدة آمنة، فقط لأتحقق.
conduct-the-nudify-app-feedback-one-look = فرصة لنتعلّم: مزيّفة أو لا، فتحها يزيد الأذى، وما يُرى لا يُنسى. لا حاجة إلى النظر لمعرفة أن هذا خطأ.

conduct-the-nudify-app-c-reported = تبلغ عن الرسالة وعن { $anon }. ويصلك ردّ من { $friend }: «تمام، ما راح أفتحها. وأنا كمان أرسلت بلاغ.» ثم تصلك رسالة من { $classmate }.
conduct-the-nudify-app-pic-report-title = الإبلاغ عن رسالة
conduct-the-nudify-app-pic-report-heading = ما المشكلة فيها؟
conduct-the-nudify-app-pic-reason-spam = رسائل مزعجة
conduct-the-nudify-app-pic-reason-bullying = تنمّر أو تحرّش
conduct-the-nudify-app-pic-reason-fake = صورة جنسية مزيّفة لقاصر
conduct-the-nudify-app-pic-report-send = إرسال البلاغ
conduct-the-nudify-app-c-muted = تكتم المجموعة. وبعد ساعة يهتز هاتفك رغم ذلك: رسالة من { $classmate }.
conduct-the-nudify-app-c-looked = تفتحها. إنها صورة عارية مزيّفة عليها وجه { $classmate }. تغلقها بسرعة، لكنها لا تغيب عن بالك، والمجموعة تُظهر أنك شاهدتها.

conduct-the-nudify-app-fix-look = فتحها كان زلّة. هذا لا يجعلك شخصًا سيئًا، وما زال بإمكانك المساعدة. ماذا الآن؟
conduct-the-nudify-app-choice-be-honest = سأعترف أمام { $adult } بأنني فتحتها، ثم نرسل بلاغًا.
conduct-the-nudify-app-feedback-be-honest = هكذا يُصلَح الأمر. الاعتراف شجاعة، والشخص البالغ موضع ثقتك يستطيع الإبلاغ، ودعم { $classmate }، والعمل على حذف الصورة. لن تُعاقَب لأنك أخبرت.
conduct-the-nudify-app-choice-keep-quiet = أغلقها ولن أخبر أحدًا، ولا حتى { $adult }. سيكون الأمر محرجًا.
conduct-the-nudify-app-feedback-keep-quiet = فرصة لنتعلّم: القلق من ردّ فعل { $adult } أمر طبيعي، لكن الشخص البالغ موضع ثقتك يفضّل أن يعرف. السكوت يترك الصور تنتشر، و{ $classmate } بلا سند.
conduct-the-nudify-app-choice-warn-classmate = سأرسلها إلى { $classmate } كي تكون الصورة واضحة.
conduct-the-nudify-app-feedback-warn-classmate = فرصة لنتعلّم: إرسالها، حتى بنيّة المساعدة، مشاركة لها، ومشاركة الصور الجنسية للقاصرين مخالفة للقانون. التنبيه يكون بالكلام، ثم بالذهاب إلى شخص بالغ.
conduct-the-nudify-app-c-adult-looked = شكرًا لصدقك. لن تُعاقَب على شيء. لا حفظ ولا إرسال لأي شيء. سنبلغ عنها معًا، وسأتصل بالمدرسة وبعائلة { $classmate } كي تُحذف.
conduct-the-nudify-app-pic-help-title = العمل على حذف الصورة
conduct-the-nudify-app-pic-help-report = الإبلاغ حيث تنتشر
conduct-the-nudify-app-pic-help-keep = لا حفظ ولا إعادة إرسال
conduct-the-nudify-app-pic-help-takedown = مساعدة القاصرين على الحذف
conduct-the-nudify-app-pic-help-button = طلب المساعدة
conduct-the-nudify-app-c-silent = تغلق التطبيق ولا تقول شيئًا. بحلول يوم الاثنين، تكون الصور في كل مجموعات الصف، و{ $classmate } لم يعد يأتي إلى المدرسة.
conduct-the-nudify-app-c-forwarded = ليش وصلتني منك؟؟ يعني أنت كمان شفتها؟ كم واحد عنده هالصور؟

conduct-the-nudify-app-compose = تصلك رسالة من { $classmate }: «الكل شافها. هذا مو أنا، أقسم. عمري ما أرسلت شي لأحد.» لنكتب ردًّا: ما يساعد يدخل، وما يجرح يبقى خارجًا.
conduct-the-nudify-app-compose-to = ‏{ $classmate }
conduct-the-nudify-app-ph-not-fault = ليس ذنبك. من صنعها هو المذنب، لا أنت.
conduct-the-nudify-app-why-not-fault = هذا هو الأهم. { $classmate } لم يخطئ: المخطئ من صنع الصور ونشرها.
conduct-the-nudify-app-ph-laugh = مجرد مزحة، الكل يعرف أنها مزيّفة.
conduct-the-nudify-app-why-laugh = تبدو خفيفة، لكنها تقول لـ{ $classmate } إن ألمه لا يهمّ. الصور المزيّفة تسبّب أذى حقيقيًا.
conduct-the-nudify-app-ph-wont-share = لن أرسلها إلى أحد. أبدًا.
conduct-the-nudify-app-why-wont-share = جيد: معرفة أن الصور تتوقف عندك مواساة حقيقية. كل نسخة لا تُرسل لها قيمة.
conduct-the-nudify-app-ph-hey = مرحبًا. وصلتني رسالتك الآن.
conduct-the-nudify-app-why-hey = التحية مناسبة في كل الأحوال. المهم ما يأتي بعدها.
conduct-the-nudify-app-ph-selfies = ربما الأفضل نشر صور سيلفي أقل، كي لا يتكرر هذا؟
conduct-the-nudify-app-why-selfies = قد تُقال كنصيحة، لكنها تلوم { $classmate }. لا أحد يسبّب هذا بنشر صوره: الذنب على من يسيء استخدامها.
conduct-the-nudify-app-ph-with-you = هل نذهب معًا إلى شخص بالغ موضع ثقتك؟
conduct-the-nudify-app-why-with-you = هذا سند حقيقي. الشخص البالغ الموثوق يستطيع العمل على حذف الصور، والذهاب معًا يجعل الأمر أسهل.
conduct-the-nudify-app-ph-secret = لن أخبر أحدًا بهذا، ولا حتى الكبار. أعدك.
conduct-the-nudify-app-why-secret = تبدو وفاءً، لكن إخفاء الأمر عن الكبار يحرم { $classmate } من المساعدة التي تستطيع حذف الصور.
conduct-the-nudify-app-ph-revenge = لنكتشف من فعلها، وننشر عنه شيئًا نحن أيضًا.
conduct-the-nudify-app-why-revenge = الغضب مفهوم، لكن الردّ بالمثل على الإنترنت يسبّب أذى أكبر ومشكلات أكثر. الكبار والتطبيق يستطيعون معرفة من فعلها.
conduct-the-nudify-app-c-classmate = شكرًا. أحس بغثيان. ما أعرف حتى مين سوّاها.

conduct-the-nudify-app-proof = لازم دليل للمعلمين. بحفظ الصور قبل ما تنحذف، ولازم نحفظها كلنا
conduct-the-nudify-app-choice-account-only = الصور لا. صورة شاشة للحساب، ثم أخبر { $adult }.
conduct-the-nudify-app-feedback-account-only = بالضبط. حفظ الصور يصنع نسخًا إضافية، وقد يخالف القانون حتى لو كان دليلًا. صورة شاشة لاسم الحساب والرسائل تكفي الكبار والتطبيق.
conduct-the-nudify-app-choice-save-proof = سأحفظها لأعرضها على { $adult }، كي تتحقق المدرسة من الأمر.
conduct-the-nudify-app-feedback-save-proof = الرغبة في دليل ذكاء منك، ونيّتك المساعدة. لكن حفظ الصور يصنع نسخة أخرى، وقد يخالف القانون حتى لسبب وجيه. صورة شاشة للحساب والرسائل أفضل.
conduct-the-nudify-app-choice-stay-out = لنبقَ خارج الموضوع كليًّا. الضجّة تكبّر الأمر فقط.
conduct-the-nudify-app-feedback-stay-out = فرصة لنتعلّم: البقاء خارج الموضوع يبدو أكثر أمانًا، لكن الصور تنتشر و{ $classmate } بلا سند. إخبار شخص بالغ موضع ثقتك ليس ضجّة، بل هو ما يوقف الأمر.
conduct-the-nudify-app-c-adult = شكرًا لأنك جئت إليّ، وعلى عدم حفظ الصور. لا أحد يُعاقَب لأنه أخبر. سأتصل الليلة بالمدرسة وبعائلة { $classmate }، ونبلغ عن الحساب معًا.
conduct-the-nudify-app-c-saved = تحفظ أربع صور «كدليل». صارت الآن في معرض صورك، على بُعد لمسة من أن تُرسل من جديد.
conduct-the-nudify-app-c-weekend = طوال عطلة نهاية الأسبوع تقفز الصور من مجموعة إلى أخرى. ويوم الاثنين، يغيب { $classmate } عن المدرسة.

conduct-the-nudify-app-saved-now = هذه الصور صارت على هاتفك، ولا ينبغي لأحد أن يحتفظ بها. ماذا الآن؟
conduct-the-nudify-app-choice-delete-tell = أحذفها الآن، وأخبر { $adult } بأنني حفظتها.
conduct-the-nudify-app-feedback-delete-tell = هذا هو الحل الصحيح. الحذف يوقف نسختك، والإخبار يتيح للكبار حذف الباقي. حفظتها لسبب وجيه، ولن تُعاقَب على ذلك.
conduct-the-nudify-app-choice-private-folder = أضعها في مجلد خاص، آمنة هناك، للاحتياط فقط لا أكثر.
conduct-the-nudify-app-feedback-private-folder = فرصة لنتعلّم: المجلد المخفي نسخة أيضًا، والهواتف تضيع وتُخترق وتُعار. الأفضل حذفها وإخبار شخص بالغ موضع ثقتك. لم يفت الأوان أبدًا.
conduct-the-nudify-app-choice-send-friend = أرسلها إلى { $friend } أيضًا، كدليل.
conduct-the-nudify-app-feedback-send-friend = فرصة لنتعلّم: إرسالها، حتى كدليل، ينشرها أكثر، ويخالف القانون في بلدان كثيرة. الأفضل حذفها وإخبار شخص بالغ موضع ثقتك.
conduct-the-nudify-app-c-adult-saved = شكرًا لأنك أخبرتني بكل شيء. لن تُعاقَب: كانت نيّتك المساعدة. لنحذفها الآن. ثم أتصل بالمدرسة وبعائلة { $classmate }، ونبلغ عن الحساب.
conduct-the-nudify-app-c-kept = تبقى الصور في مجلدك. وبعد أسابيع، يكاد شخص استعار هاتفك يفتحها، و{ $classmate } لا يعرف حتى الآن من يملك نسخًا.
conduct-the-nudify-app-c-sent-on = ترسلها إلى { $friend }. صارت هناك نسختان إضافيتان، ويصلك سؤال: لمن نرسلها أيضًا؟

conduct-the-nudify-app-monday = ‏{ $classmate } غائب عن المدرسة، والصور ما زالت تنتشر. ماذا الآن؟
conduct-the-nudify-app-choice-go-now = أذهب اليوم إلى { $adult } ومعي اسم الحساب.
conduct-the-nudify-app-feedback-go-now = هكذا يُصلَح الأمر. لم يفت الأوان أبدًا للكلام، والشخص البالغ موضع ثقتك يستطيع تحريك المدرسة والتطبيق وخدمات الحذف. لن تُعاقَب على شيء.
conduct-the-nudify-app-choice-not-my-business = ما زلت خارج الموضوع. إخبار البالغين الآن سيزيد الأمر سوءًا.
conduct-the-nudify-app-feedback-not-my-business = فرصة لنتعلّم: قد يبدو الأمر كذلك، لكن السكوت يترك { $classmate } بلا سند، والبالغون يستطيعون العمل على حذف الصور. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
conduct-the-nudify-app-c-adult-late = يسعدني أنك أخبرتني، ولن تُعاقَب على شيء. سأتصل فورًا بالمدرسة وبعائلة { $classmate }، ونبلغ عن الحساب. هناك خدمات تساعد على حذف صور كهذه.
conduct-the-nudify-app-c-still-out = الصور تواصل الانتشار. ينتقل { $classmate } إلى صف آخر، ولا يعرف أحد أبدًا من صنعها.

conduct-the-nudify-app-end-safe = لم تُفتح الصور ولم تُحفظ ولم تُشارَك من جهتك، ووصل البلاغ عنها، ولم يُترك { $classmate } وحيدًا. الكبار يعملون على حذفها. هكذا يكون الوقوف إلى جانب أحد.
conduct-the-nudify-app-end-told-later = حفظت الصور لسبب وجيه، ثم أصلحت الأمر: حذفتها وأخبرت { $adult }. صار لـ{ $classmate } كبار يقفون إلى جانبه، والصور يجري حذفها.
conduct-the-nudify-app-end-recovered = كان الأمر معقّدًا، لكنك أصلحته: أخبرت { $adult }، وصار لـ{ $classmate } كبار يقفون إلى جانبه. الكلام متأخرًا يبقى كلامًا.
conduct-the-nudify-app-end-harmful = الصور ما زالت تنتشر، و{ $classmate } يواجه ذلك بلا مساعدة. لم يفت الأوان: حذف كل ما لديك، وإخبار شخص بالغ موضع ثقتك. سيساعدك، ولن تُعاقَب لأنك أخبرته.

# A last message: the same person, a new account.
conduct-the-nudify-app-anon-back = حساب جديد، ولا يهمني ههه. صور جديدة الليلة. اللي بدّه ياها يكتب «أنا»
conduct-the-nudify-app-choice-report-new = لا رد. صورة شاشة للحساب، ثم بلاغ.
conduct-the-nudify-app-choice-ask-who = سأرد وأسأل من هو، كي أخبر المعلمين.
conduct-the-nudify-app-feedback-report-new = بالضبط. أي رد هو ما يريده { $anon }، وقد يجلب الصور إليك. صورة شاشة للحساب وبلاغ، هذا كل ما يحتاجه { $app } والكبار.
conduct-the-nudify-app-feedback-ask-who = فرصة لنتعلّم: { $anon } يطلب الردود، والرد قد يجلب الصور بدل الاسم. لا رد: صورة شاشة للحساب ثم بلاغ. معرفة الفاعل مهمة الكبار.
conduct-the-nudify-app-c-asked-who = لا يعطي { $anon } أي اسم، بل يرسل رابطًا. الرابط يبقى مغلقًا، ويصل الأمر فورًا إلى { $adult }. ومعًا يتم الإبلاغ عن الحساب الجديد وإخبار المدرسة.
