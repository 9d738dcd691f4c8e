# السلوك / الجنسي: الضغط للمشاركة (الأعمار 16-18). دون أي محتوى صريح: الموافقة، والرفض، وعدم إعادة الإرسال أبدًا، والإبلاغ والإزالة، والذنب ليس ذنب الضحية أبدًا.

conduct-the-shared-nudes-pressure-title = الضغط للمشاركة
conduct-the-shared-nudes-pressure-summary = الشخص الذي تواعده يريد صورة خاصة «كإثبات»، وصديق يعرض أن يرسل لك صورة خاصة لشخص آخر.
conduct-the-shared-nudes-pressure-remember = الرفض مقبول دائمًا، ولا يحق لأحد أن يطالبك بصورة حميمة. لا تُعِد إرسال صورة كهذه أبدًا: أبلغ عنها وأخبر شخصًا بالغًا تثق به، فالذنب ليس ذنب الضحية أبدًا.

conduct-the-shared-nudes-pressure-app = { $app }
conduct-the-shared-nudes-pressure-app-hushling = Hushling
conduct-the-shared-nudes-pressure-app-glimmerchat = Glimmerchat
conduct-the-shared-nudes-pressure-app-pingpal = Pingpal
conduct-the-shared-nudes-pressure-partner-alex = نور
conduct-the-shared-nudes-pressure-partner-sam = جود
conduct-the-shared-nudes-pressure-partner-jordan = سلام
conduct-the-shared-nudes-pressure-friend-zara = زهرة
conduct-the-shared-nudes-pressure-friend-theo = تامر
conduct-the-shared-nudes-pressure-friend-amani = أماني
conduct-the-shared-nudes-pressure-classmate-kai = كنان
conduct-the-shared-nudes-pressure-classmate-lucia = لمى
conduct-the-shared-nudes-pressure-classmate-femi = فهد

conduct-the-shared-nudes-pressure-npc-partner = { $partner }
conduct-the-shared-nudes-pressure-npc-friend = { $friend }
conduct-the-shared-nudes-pressure-npc-adult = الأستاذة رولا، المرشدة المدرسية

conduct-the-shared-nudes-pressure-intro = مضى شهران على علاقتك بـ{ $partner }: رسائل في آخر الليل على { $app }، ونكات خاصة بكما، وكل الأشياء الجميلة. والليلة يأخذ الحديث منعطفًا آخر.

conduct-the-shared-nudes-pressure-ask = أرسلت لك صورًا لطيفة كثيرة. إذا كنت تثق بي حقًا، أرسل لي شيئًا أكثر خصوصية. لي أنا فقط. سيثبت هذا أننا جادّان.
conduct-the-shared-nudes-pressure-choice-no = أنا أثق بك فعلًا، ومع ذلك جوابي لا. الثقة لا تحتاج إلى إثبات.
conduct-the-shared-nudes-pressure-feedback-no = واضح ولطيف. الرفض مقبول دائمًا، ومن يحترمك يتقبّله. «أثبِت ذلك» ضغط متنكّر في ثوب الرومانسية.
conduct-the-shared-nudes-pressure-choice-dodge = سأغيّر الموضوع وأتمنّى أن يُنسى الطلب
conduct-the-shared-nudes-pressure-feedback-dodge = حافظت على خصوصيتك، وهذا مهم. لكن التهرّب قد يعني أن السؤال سيعود مرارًا. يحق لك أن ترفض بوضوح، دون أن تشرح.
conduct-the-shared-nudes-pressure-choice-maybe = ربما... إذا وعدتني بحذفها مباشرة بعد ذلك؟
conduct-the-shared-nudes-pressure-feedback-maybe = فرصة لنتعلّم: حين تُرسل الصورة، لا يستطيع أي وعد أن يتحكّم فيها. صور الشاشة والانفصال واختراق الهواتف أمور تحدث. لا تدين لأحد بصورة لتثبت أنك تهتم.
conduct-the-shared-nudes-pressure-push = واو. الجميع يفعلون هذا مع من يحبّون. يبدو أنك لا تهتم بي بقدر ما أهتم بك.
conduct-the-shared-nudes-pressure-push-harder = أعدك! الليلة، اتفقنا؟ ولا تخبر أصدقاءك، سيجعلون الأمر غريبًا فقط.

conduct-the-shared-nudes-pressure-friend-msg = هل رأيت الصورة الخاصة لـ{ $classmate } التي تنتشر؟ سرّبها حبيب سابق. إنها في نحو 5 مجموعات دردشة. هل أرسلها لك؟
conduct-the-shared-nudes-pressure-choice-report-it = لا داعي لإرسالها. لنبلغ عنها ونساعد { $classmate } في الحصول على المساعدة.
conduct-the-shared-nudes-pressure-feedback-report-it = هذا احترام حقيقي لشخص ليس حاضرًا حتى. الإبلاغ يساعد على حذف الصور، ويستطيع شخص بالغ أن يساعد. الذنب ليس ذنب { $classmate } أبدًا: اللوم على من شاركها.
conduct-the-shared-nudes-pressure-choice-not-me = لا أريدها عندي. هذا ليس من شأني.
conduct-the-shared-nudes-pressure-feedback-not-me = رفضها كان صحيحًا: الصورة توقّفت عندك. لكنها ما زالت تنتشر، وربما لم يصل الخبر إلى { $classmate }. الإبلاغ عنها وإخبار شخص بالغ هما طريق حذفها.
conduct-the-shared-nudes-pressure-choice-send-it = نعم، أريد أن أراها
conduct-the-shared-nudes-pressure-feedback-send-it = فرصة لنتعلّم: كل مشاهدة وإعادة إرسال تعمّق الأذى الذي يلحق بـ{ $classmate }. وفي بلدان كثيرة، مشاركة الصور الحميمة لمن هم دون 18 عامًا مخالفة للقانون، حتى بين المراهقين.
conduct-the-shared-nudes-pressure-friend-agrees = حسنًا، معك حق. أبلغت عنها أنا أيضًا. الحزن كان واضحًا على { $classmate } في المدرسة اليوم.
conduct-the-shared-nudes-pressure-received = الصورة على هاتفك الآن. لا تُعِد إرسالها لأحد، ولا حتى لتُريها لشخص بالغ. أبلغ عن المكان الذي رأيتها فيه، وأخبر شخصًا بالغًا تثق به، ثم احذفها. هذا ما زال يساعد { $classmate }.

conduct-the-shared-nudes-pressure-pressure = إذًا؟ سترسلها أم لا؟ لو كنت تحبني، لما جعلتني أتوسّل.
conduct-the-shared-nudes-pressure-choice-talk = سأرفض نهائيًا، وأتحدّث مع شخص أثق به
conduct-the-shared-nudes-pressure-feedback-talk = موقف قوي. ضغط كهذا ليس حبًا، بل علامة تحذير في أي علاقة. يستطيع شخص بالغ تثق به أو خط مساعدة أن يساعدك على التفكير في ما تريده، دون أي حكم عليك.
conduct-the-shared-nudes-pressure-choice-log-off = سأرفض، ثم أخرج من التطبيق لهذه الليلة
conduct-the-shared-nudes-pressure-feedback-log-off = الرفض كان صحيحًا. لكن ضغطًا كهذا يميل إلى العودة، ولا يجب أن تتعامل معه وحدك. الحديث مع شخص تثق به يساعد.
conduct-the-shared-nudes-pressure-choice-give-in = سأرسل صورة كي يتوقّف الجدال
conduct-the-shared-nudes-pressure-feedback-give-in = فرصة لنتعلّم: الضغط ينجح بإنهاكك، والمسؤولية على من يضغط، لا عليك. وحين تُرسل الصورة، تخرج عن سيطرتك. لم يفت الأوان أبدًا لطلب المساعدة.
conduct-the-shared-nudes-pressure-adult-listens = شكرًا لأنك أخبرتني. الرفض مقبول دائمًا، والضغط ليس حبًا. إذا كانت صورة حميمة تنتشر، فإننا نبلغ عنها ونستخدم أداة لإزالة الصور، ولا نعيد إرسالها أبدًا. لا شيء من هذا ذنبك.

conduct-the-shared-nudes-pressure-saved = يصلك ردّ من { $partner }: «أرأيت، هل كان ذلك صعبًا؟ الآن واحدة أخرى.» ثم يظهر إشعار: { $partner } - تم التقاط صورة للشاشة.
conduct-the-shared-nudes-pressure-recover = الثقة بشخص ليست أمرًا تخجل منه. الخطأ خطأ { $partner }، وما زالت أمامك خيارات. ماذا ستفعل؟
conduct-the-shared-nudes-pressure-choice-tell-late = سأخبر شخصًا بالغًا أثق به وأستخدم أداة لإزالة الصور
conduct-the-shared-nudes-pressure-feedback-tell-late = هذه شجاعة. أدوات إزالة الصور قد تساعد على منع مشاركة الصورة على منصّات كثيرة، ويستطيع شخص بالغ تثق به أن يساعد، أو أن يُشرك الشرطة إذا شوركت الصورة أو استُخدمت لتهديدك.
conduct-the-shared-nudes-pressure-choice-ask-delete = سأطلب من { $partner } حذفها، وأتمنّى ذلك
conduct-the-shared-nudes-pressure-feedback-ask-delete = من حقك تمامًا أن تطلب، والطلب بداية. لكنك لا تستطيع التأكّد من أنها حُذفت فعلًا. الشخص البالغ الذي تثق به وأداة إزالة الصور يمنحانك حماية حقيقية.
conduct-the-shared-nudes-pressure-choice-secret = سأبقي الأمر سرًّا. إنه ذنبي أنا.
conduct-the-shared-nudes-pressure-feedback-secret = فرصة لنتعلّم، وأرجوك اسمع هذا: إنه ليس ذنبك أبدًا. الأسرار لا تفيد إلا من يضغط عليك. الشخص البالغ الذي تثق به أو خط المساعدة سيساعدك، لا ليحكم عليك.
conduct-the-shared-nudes-pressure-adult-late = يسعدني كثيرًا أنك أخبرتني، وأنت لست في ورطة. ثقتك بـ{ $partner } ليست خطأ. لنستخدم معًا الآن أداة لإزالة الصور، ونتحدّث عن الضغط الذي تعرّضت له.

conduct-the-shared-nudes-pressure-end-safe = عرفت حدودك، ورفضت، وحصلت على الدعم. الاحترام والموافقة والثقة تسير في الاتجاهين، وأنت تستحق الثلاثة.
conduct-the-shared-nudes-pressure-end-mixed = أنت تتعامل مع هذا وحدك، وقد يعود الضغط. يستطيع شخص بالغ تثق به أو خط مساعدة أن يساعد دون أي حكم عليك، ولا شيء من هذا ذنبك.
conduct-the-shared-nudes-pressure-end-recovered = صار الأمر صعبًا، لكنك طلبت المساعدة. بأداة لإزالة الصور وشخص يقف إلى جانبك، استعدت السيطرة. لم يكن أي شيء من هذا ذنبك.
conduct-the-shared-nudes-pressure-end-harmful = الضغط يزداد، والسرّ يثقل عليك كل يوم. الذنب ليس ذنبك أبدًا، ولم يفت الأوان أبدًا: أخبر شخصًا بالغًا تثق به أو خط مساعدة، واستخدم أداة لإزالة الصور.
