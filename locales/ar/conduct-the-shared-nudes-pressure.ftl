# السلوك / الجنسي: الضغط للمشاركة (الأعمار 16-18). دون أي محتوى صريح: الموافقة، والرفض، وعدم إعادة الإرسال أبدًا، والإبلاغ والإزالة، والذنب ليس ذنب الضحية أبدًا.

conduct-the-shared-nudes-pressure-title = الضغط للمشاركة
conduct-the-shared-nudes-pressure-summary = الطرف الآخر في علاقتك يريد صورة خاصة «كإثبات»، وصديق يعرض أن يرسل لك صورة خاصة لشخص آخر.
conduct-the-shared-nudes-pressure-remember = الرفض مقبول دائمًا، ولا يحق لأحد أن يطلب صورة حميمة. مشاركة صورة كهذه لمن هو دون 18 عامًا مخالفة للقانون، ولو للتحذير. الحل: الإبلاغ عنها وإخبار شخص بالغ موضع ثقتك ليساعد في حذفها. الذنب ليس ذنب الضحية أبدًا.

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = نور
conduct-the-shared-nudes-pressure-partner-robin = جود
conduct-the-shared-nudes-pressure-partner-jordan = سلام

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = الأستاذة رولا، المرشدة المدرسية

conduct-the-shared-nudes-pressure-intro = مضى شهران على علاقتك بـ{ $partner }: رسائل في آخر الليل على { $app }، ونكات خاصة بكما، وكل الأشياء الجميلة. والليلة يأخذ الحديث منعطفًا آخر.

conduct-the-shared-nudes-pressure-ask = أرسلت لك صورًا لطيفة كثيرة. إذا كانت ثقتك بي حقيقية، فأريد شيئًا أكثر خصوصية. لي أنا فقط. سيثبت هذا أننا جادّان.
conduct-the-shared-nudes-pressure-choice-maybe = حسنًا، واحدة. أنا أثق بك، لكن احذفها فورًا.
conduct-the-shared-nudes-pressure-feedback-maybe = فرصة لنتعلّم: بعد إرسال الصورة، لا يستطيع أي وعد أن يتحكّم فيها. صور الشاشة والانفصال واختراق الهواتف أمور تحدث. المشاعر لا تحتاج إلى دليل كهذا.
conduct-the-shared-nudes-pressure-choice-dodge = ههه، ربما يومًا ما. بالمناسبة، هل أنهيت الواجب؟
conduct-the-shared-nudes-pressure-feedback-dodge = حافظت على خصوصيتك، وهذا مهم. لكن التهرّب قد يجعل السؤال يعود مرة بعد مرة. من حقك قول «لا» واضحة من دون تبرير.
conduct-the-shared-nudes-pressure-choice-no = لا. أنت تعجبني كثيرًا، ومع ذلك لن أرسل هذا.
conduct-the-shared-nudes-pressure-feedback-no = واضح ولطيف. الرفض مقبول دائمًا، ولا يلزمك أي تبرير. «أثبت ذلك» ضغط متنكّر في ثوب الرومانسية، ومن يحترمك يقبل الرفض.
conduct-the-shared-nudes-pressure-push = واو. الجميع يفعلون هذا مع من يحبّون. يبدو أن اهتمامك بي أقل من اهتمامي بك.
conduct-the-shared-nudes-pressure-push-dodge = تغيير الموضوع لن ينفع. الجميع يفعلون هذا مع من يحبّون. يبدو أن اهتمامك بي أقل من اهتمامي بك.

conduct-the-shared-nudes-pressure-friend-msg = هل رأيت الصورة الخاصة لـ{ $classmate } التي تنتشر؟ سرّبها حبيب سابق. إنها في نحو 5 مجموعات دردشة. هل أرسلها لك؟
conduct-the-shared-nudes-pressure-choice-forward-warn = لتصلني، وسأعيد إرسالها إلى { $classmate } لطلب المساعدة.
conduct-the-shared-nudes-pressure-feedback-forward-warn = فرصة لنتعلّم: إعادة إرسالها، ولو للمساعدة، مشاركةٌ لها، ومشاركة الصور الحميمة لمن هم دون 18 عامًا مخالفة للقانون. الأفضل إخبار { $classmate } بالكلام، وطلب شخص بالغ.
conduct-the-shared-nudes-pressure-choice-flag-chats = لا داعي لإرسالها. في أي مجموعات هي؟ سأبلغ عنها كلها.
conduct-the-shared-nudes-pressure-feedback-flag-chats = هذا يحمي { $classmate }. مشاركة الصور الحميمة لمن هم دون 18 عامًا مخالفة للقانون: لا يُعاد إرسالها أبدًا، بل يتمّ الإبلاغ عنها. شخص بالغ أو خط مساعدة يستطيع المساعدة في حذفها.
conduct-the-shared-nudes-pressure-choice-see-it = هيا، لتصلني. الجميع رأوها على أي حال، فما المشكلة؟
conduct-the-shared-nudes-pressure-feedback-see-it = فرصة لنتعلّم: كل مشاهدة وإعادة إرسال تعمّق الأذى، ومشاركة الصور الحميمة لمن هم دون 18 عامًا مخالفة للقانون، حتى بين المراهقين. الذنب ليس ذنب { $classmate } أبدًا.
conduct-the-shared-nudes-pressure-choice-not-me = لا أريدها على هاتفي. بصراحة، هذا كله ليس من شأني أصلًا.
conduct-the-shared-nudes-pressure-feedback-not-me = رفضك كان صائبًا: عندك تتوقّف الصورة. لكنها ما زالت تنتشر، وقد لا يكون لدى { $classmate } علم بذلك. الإبلاغ عنها وإخبار شخص بالغ هو ما يؤدّي إلى حذفها.
conduct-the-shared-nudes-pressure-flagged = حسنًا، أبلغت عنها أنا أيضًا. الحزن كان واضحًا على { $classmate } في المدرسة اليوم. لنخبر الأستاذة رولا في الاستراحة؟ ستعرف ماذا نفعل.
# العالم يتذكّر: زميل الصف الذي وقفت معه أثناء الهجوم الجماعي.
conduct-the-shared-nudes-pressure-classmate-thanks = لاحقًا تصلك رسالة من { $classmate }: «قيل لي إنك أبلغت عن المجموعات. وقفت معي في الهجوم الجماعي أيضًا. شكرًا، حقًا.»
conduct-the-shared-nudes-pressure-pic-reported-chats = المحادثات التي تمّ الإبلاغ عنها
conduct-the-shared-nudes-pressure-pic-reported = تم الإبلاغ
conduct-the-shared-nudes-pressure-pic-report-thanks = شكرًا. سنراجع هذه المحادثات.
conduct-the-shared-nudes-pressure-still-spreading = لا مبالاة من { $friend }، والصورة تُرسَل إلى شخص آخر. وبحلول الغداء صارت في مجموعتين إضافيتين.
conduct-the-shared-nudes-pressure-forwarded = وصلتك الصورة من { $friend }، فأعدت إرسالها. ويأتي ردّ { $classmate }: «من غيرك يملكها؟؟ لماذا تصلني منك؟» صارت الآن في محادثة إضافية.
conduct-the-shared-nudes-pressure-received = تصل الصورة إلى هاتفك. وفي المدرسة، يبقى رأس { $classmate } منخفضًا طوال اليوم، بينما ينظر الجميع إلى هواتفهم، ثم إلى { $classmate }.

conduct-the-shared-nudes-pressure-photo-now = الصورة على هاتفك الآن. الذنب ليس ذنب { $classmate } أبدًا، وما زال بإمكانك المساعدة. ما اختيارك؟
conduct-the-shared-nudes-pressure-choice-flag-and-go = سأبلغ عن المجموعات، وأحذفها، وأذهب إلى الأستاذة رولا.
conduct-the-shared-nudes-pressure-feedback-flag-and-go = هكذا يُصلَح الأمر. البلاغات تساعد على إزالتها، والأستاذة رولا أو خط مساعدة يستطيعان مساعدة { $classmate } على حذفها من التطبيقات. التقدّم والكلام هو الخطوة الصحيحة دائمًا.
conduct-the-shared-nudes-pressure-choice-delete-quiet = سأحذفها فقط وأسكت. الإبلاغ سيوقعني في مشكلة لا أكثر.
conduct-the-shared-nudes-pressure-feedback-delete-quiet = فرصة لنتعلّم: البالغون مثل الأستاذة رولا موجودون للمساعدة لا للّوم، وبالإبلاغ تُحذف الصور. لم يفت الأوان أبدًا للإبلاغ عنها والحديث مع شخص بالغ موضع ثقتك.
conduct-the-shared-nudes-pressure-ruiz-photo = شكرًا لأنك أخبرتني، فهذا احتاج إلى شجاعة، ولن يلومك أحد. سنبلغ عن المجموعات، وسأساعد { $classmate } على حذف الصورة. الذنب لم يكن ذنب { $classmate } أبدًا.
conduct-the-shared-nudes-pressure-pic-takedown-title = مساعدة لحذف صورة من الإنترنت
conduct-the-shared-nudes-pressure-pic-step-report = الإبلاغ عن مكان نشرها
conduct-the-shared-nudes-pressure-pic-step-remove = نساعدك على إزالتها
conduct-the-shared-nudes-pressure-pic-step-talk = حديث مع أحد في أي وقت
conduct-the-shared-nudes-pressure-pic-get-help = طلب المساعدة
conduct-the-shared-nudes-pressure-still-out = حذفتها بصمت. الصورة تنتقل من مجموعة إلى أخرى، ومقعد { $classmate } في المدرسة يبقى فارغًا.

conduct-the-shared-nudes-pressure-pressure = إذًا؟ هل تصل الصورة أم لا؟ لو كان هناك حب حقًا، لما وصلنا إلى التوسّل. وأصدقاؤك لا داعي أن يعرفوا بهذا.
conduct-the-shared-nudes-pressure-choice-mute = لا. سأكتم إشعاراتك الليلة، ونتكلم غدًا بهدوء.
conduct-the-shared-nudes-pressure-feedback-mute = الرفض كان صائبًا، والكتم يمنحك مساحة. لكن ضغطًا كهذا يعود غالبًا، ولا يحق لأحد أن يطلب منك إخفاء الأمر. والأفضل الحديث مع شخص موضع ثقتك.
conduct-the-shared-nudes-pressure-choice-screenshot = لا. سآخذ صورة للشاشة وأريها لشخص أثق به.
conduct-the-shared-nudes-pressure-feedback-screenshot = موقف قوي. «أصدقاؤك لا داعي أن يعرفوا» و«لو كان هناك حب حقًا» علامات تحذير على الضغط، لا على الحب. شخص بالغ موضع ثقتك أو خط مساعدة يستطيع مساعدتك على التفكير.
conduct-the-shared-nudes-pressure-choice-give-in = حسنًا، واحدة. إنها خاصة، وهكذا ينتهي الشجار.
conduct-the-shared-nudes-pressure-feedback-give-in = فرصة لنتعلّم: الضغط يعمل بالإنهاك، والمسؤولية على من يضغط لا عليك. بعد الإرسال، تخرج الصورة عن سيطرتك. لم يفت الأوان أبدًا لطلب المساعدة.
conduct-the-shared-nudes-pressure-adult-listens = شكرًا لأنك أريتني. الرفض مقبول دائمًا، وهذا ضغط وليس حبًّا. وسنبلغ أيضًا عن صورة { $classmate } ونساعد على حذفها. لا شيء من هذا ذنبك.
conduct-the-shared-nudes-pressure-next-day = في الصباح، 14 رسالة من { $partner }: «هكذا إذن، تجاهل؟» «الجميع يفعلون ذلك». الضغط لم يذهب إلى أي مكان.
conduct-the-shared-nudes-pressure-pic-count = ‏14 رسالة جديدة
conduct-the-shared-nudes-pressure-pic-ignoring = هكذا إذن، تجاهل؟
conduct-the-shared-nudes-pressure-pic-everyone = الجميع يفعلون ذلك

conduct-the-shared-nudes-pressure-still-pressure = أربع عشرة رسالة في ليلة واحدة، وطلب بألّا يعرف أحد. ما اختيارك؟
conduct-the-shared-nudes-pressure-choice-show-ruiz = سأري الأستاذة رولا الرسائل الأربع عشرة في الاستراحة.
conduct-the-shared-nudes-pressure-feedback-show-ruiz = شجاعة وذكاء. رسائل كهذه دليل على الضغط، والأستاذة رولا تستطيع مساعدتك على تقرير الخطوة التالية، بلا أحكام. الإخبار ليس وشاية أبدًا.
conduct-the-shared-nudes-pressure-choice-another-chance = سأعطي { $partner } فرصة أخرى. إنه مجرد شعور بعدم الأمان.
conduct-the-shared-nudes-pressure-feedback-another-chance = فرصة لنتعلّم: عدم الشعور بالأمان لا يجعل الضغط مقبولًا. من يهتم بك يقبل الرفض. شخص بالغ موضع ثقتك أو خط مساعدة يستطيع المساعدة في أي وقت.
conduct-the-shared-nudes-pressure-another-chance = يمرّ يوم من الصمت، ثم تعود الرسائل من { $partner }: «ما زلت أنتظر.» لا شيء أُرسل منك، لكن كل إشعار يقبض قلبك.

conduct-the-shared-nudes-pressure-saved = أرسلت واحدة. ويأتي ردّ { $partner }: «أرأيت، هل كان الأمر صعبًا؟ والآن واحدة أخرى.» ثم يظهر إشعار: صورة شاشة من { $partner }.
conduct-the-shared-nudes-pressure-pic-photo = صورة
conduct-the-shared-nudes-pressure-pic-screenshot = التقط { $partner } صورة للشاشة
conduct-the-shared-nudes-pressure-pic-another = أرأيت، هل كان الأمر صعبًا؟ والآن واحدة أخرى.
conduct-the-shared-nudes-pressure-recover = الثقة بشخص ما ليست عيبًا. الخطأ خطأ { $partner }، وما زالت لديك خيارات. ما اختيارك؟
conduct-the-shared-nudes-pressure-choice-ask-delete = سأطلب من { $partner } حذفها، وأثق أن ذلك سيحدث.
conduct-the-shared-nudes-pressure-feedback-ask-delete = من حقك أن تطلب. لكن التأكد من حذفها فعلًا مستحيل، وهناك صورة شاشة بالفعل. شخص بالغ موضع ثقتك وأداة إزالة يستطيعان المساعدة فعلًا.
conduct-the-shared-nudes-pressure-choice-secret = سأبقي الأمر سرًّا. أنا من أرسلها في النهاية.
conduct-the-shared-nudes-pressure-feedback-secret = فرصة لنتعلّم، وهذه مهمّة جدًا: هذا ليس ذنبك. الأسرار تخدم فقط من يضغط عليك. شخص بالغ موضع ثقتك أو خط مساعدة سيساعدك، لا ليحكم عليك.
conduct-the-shared-nudes-pressure-choice-takedown = سأذهب إلى الأستاذة رولا لتساعدني على حذفها.
conduct-the-shared-nudes-pressure-feedback-takedown = هذه شجاعة. شخص بالغ أو خط مساعدة يستطيع المساعدة في حذف الصور من مواقع كثيرة، وإشراك الشرطة إن نُشرت أو استُخدمت لتهديدك.
conduct-the-shared-nudes-pressure-adult-late = أنا سعيدة جدًا لأنك أخبرتني، ولن يلومك أحد. الثقة بـ{ $partner } لم تكن خطأ. سنبدأ طلب الإزالة معًا الآن، ونتحدّث عن الضغط الذي عشته.
conduct-the-shared-nudes-pressure-deleted-claim = يصل ردّ { $partner }: «حُذفت ;)». وبعد يومين تصلك رسالة من { $friend }: «هل هذه أنت؟؟ أحدهم أرسلها إلى مجموعتنا.»
conduct-the-shared-nudes-pressure-secret-kept = بقي الأمر سرًّا. وكل ليلة تصل طلبات صورة أخرى من { $partner }، مع تلميح بأن الأولى ستنتشر إن توقّفت.

conduct-the-shared-nudes-pressure-spreading = الصورة تنتشر، والمخطئ هو من نشرها، لا أنت. وماذا الآن؟
conduct-the-shared-nudes-pressure-choice-hide = سأحذف كل حساباتي. هذا هو الأكثر أمانًا الآن.
conduct-the-shared-nudes-pressure-feedback-hide = فرصة لنتعلّم: الاختفاء يبدو أكثر أمانًا، لكن الصورة قد تواصل الانتشار من دونك. لم يفت الأوان: شخص بالغ موضع ثقتك أو خط مساعدة يستطيع المساعدة في حذفها.
conduct-the-shared-nudes-pressure-choice-takedown-now = سأخبر الأستاذة رولا اليوم ونبدأ الإزالة.
conduct-the-shared-nudes-pressure-feedback-takedown-now = هكذا تعود السيطرة إليك. شخص بالغ موضع ثقتك أو خط مساعدة يستطيع المساعدة في إزالتها، وإشراك الشرطة إن لزم الأمر. ولن يلومك أحد.
conduct-the-shared-nudes-pressure-hiding = غبت عن كل التطبيقات، لكن الصورة لم تغب. كل يوم أثقل من سابقه، ولا أحد يعرف بعد.

conduct-the-shared-nudes-pressure-end-safe = قلت «لا»، ولا شيء مُرِّر منك، وصار معك شخص بالغ في صفك. الاحترام والموافقة والثقة تسير في الاتجاهين، ولك حق في الثلاثة.
conduct-the-shared-nudes-pressure-end-mixed = لا شيء أُرسل منك، وهذا حقك. لكن الضغط لم يتوقّف، ولا أحد يعرف بعد. شخص بالغ موضع ثقتك أو خط مساعدة يستطيع المساعدة، ولا شيء من هذا ذنبك.
conduct-the-shared-nudes-pressure-end-recovered = أرسلت صورة تحت الضغط، ثم استعدت السيطرة: أخبرت شخصًا بالغًا وبدأت طلب الإزالة. لم يكن أي من ذلك ذنبك.
conduct-the-shared-nudes-pressure-end-recovered-photo = مرّت الصورة عبرك، ثم أصلحت الأمر: أبلغت عنها، وحذفتها، وذهبت إلى الأستاذة رولا. صار لدى { $classmate } دعم الآن. وضغط { $partner }؟ تستطيع أن تساعدك فيه أيضًا.
conduct-the-shared-nudes-pressure-end-harmful = حمل هذا وحدك يزداد ثقلًا كل يوم. لا شيء يُلزمك بإرسال المزيد، والذنب ليس ذنبك أبدًا. لم يفت الأوان: شخص بالغ موضع ثقتك أو خط مساعدة سيساعدك، وأدوات الإزالة تساعد على حذف الصور.
conduct-the-shared-nudes-pressure-end-harmful-photo = الصورة تواصل الانتشار، و{ $classmate } بلا سند. التسريب ليس ذنبك، ولم يفت الأوان: الإبلاغ عنها وإخبار شخص بالغ موضع ثقتك يساعدان على حذفها.

# هاتفي: صورة أُرسلت تحت الضغط، إلى أن يبدأ حذفها.
