# التواصل / الجنسي، للأعمار 13-15: علامات الابتزاز الجنسي وطلب المساعدة فقط (المتابِع الجديد)

contact-the-new-follower-title = المتابِع الجديد
contact-the-new-follower-summary = متابِع جديد في مثل عمرك يعجبه كل ما تنشره، ثم يريد الدردشة في مكان أكثر خصوصية.
contact-the-new-follower-remember = المديح المبالغ فيه، والانتقال إلى تطبيق خاص، وطلب الصور علامات خطر. وإذا هدّدك أحد، فالذنب ليس ذنبك أبدًا: لا تدفع، واحتفظ بالأدلة، وأخبر شخصًا بالغًا تثق به.

contact-the-new-follower-app = { $app }
contact-the-new-follower-npc-follower = { $follower }
contact-the-new-follower-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
contact-the-new-follower-app-picstream = Picstream
contact-the-new-follower-app-loopr = Loopr
contact-the-new-follower-app-glimmr = Glimmr
contact-the-new-follower-private-vanish = Vanish
contact-the-new-follower-private-ghostchat = GhostChat
contact-the-new-follower-private-blink = Blinkr
contact-the-new-follower-name-jay = jay.beats_14
contact-the-new-follower-name-riley = riley_xo14
contact-the-new-follower-name-sky = sky.lights14
contact-the-new-follower-school-westbrook = ثانوية الوادي الغربي
contact-the-new-follower-school-hillcrest = أكاديمية قمة التل
contact-the-new-follower-school-parkview = مدرسة إطلالة الحديقة
contact-the-new-follower-adult-mum = ماما
contact-the-new-follower-adult-dad = بابا
contact-the-new-follower-adult-aunt = الخالة لينا

contact-the-new-follower-intro = لديك متابِع جديد على { $app }: { $follower }. الملف الشخصي يقول إن العمر 14، ويحب الموسيقى نفسها التي تحبها، وفيه صور رائعة كثيرة. ويضع إعجابًا على خمسة من منشوراتك متتالية.

contact-the-new-follower-first-dm = مرحبااا رأيت فيديو الرقص الخاص بك، بصراحة موهبتك كبيرة. عمري 14 سنة أيضًا وانتقلت للتو إلى مكان قريب منك! في أي مدرسة تدرس؟
contact-the-new-follower-choice-no-school = شكرًا! لكنني لا أشارك اسم مدرستي على الإنترنت.
contact-the-new-follower-feedback-no-school = جميل. المديح شعور لطيف، لكنك في الحقيقة لا تعرف من هذا. المتابِع الجديد الذي يسأل فورًا عن مدرستك يصطاد المعلومات.
contact-the-new-follower-choice-thanks-only = سأشكره وأتجاهل سؤال المدرسة
contact-the-new-follower-feedback-thanks-only = جيد، بقيت مدرستك سرًّا. ولاحظ أيضًا: المديح الكثير مع «أسكن قريبًا منك» من شخص لم تقابله قط نمط يستحق الانتباه.
contact-the-new-follower-choice-tell-school = يا إلهي شكرًا!! أنا أدرس في { $school }
contact-the-new-follower-feedback-tell-school = فرصة لنتعلّم: مدرستك تخبر الآخرين أين يجدونك كل يوم دراسي. أي شخص يستطيع أن يكتب «عمري 14» في ملفه. احتفظ بها لنفسك حتى تعرف من هو الحقيقي.

contact-the-new-follower-knows-school = مستحيل، { $school }؟؟ إنها قريبة جدًا مني! يجب أن نلتقي يومًا ما. بصراحة أنت أنضج بكثير ممّن هم في عمرنا

contact-the-new-follower-move-app = هذا التطبيق مكشوف جدًا هههه. أضفني على { $private }؟ الرسائل تختفي هناك فهو أكثر خصوصية، نحن الاثنين فقط
contact-the-new-follower-choice-refuse-app = لا، شكرًا. لا أنقل الدردشة مع أشخاص لم أقابلهم.
contact-the-new-follower-feedback-refuse-app = أصبت تمامًا. دفعك إلى تطبيق تختفي فيه الرسائل علامة خطر معروفة: تُخفي ما يُقال وتُبعد كل من يستطيع المساعدة.
contact-the-new-follower-choice-maybe-later = ربما لاحقًا، أنا مشغول
contact-the-new-follower-feedback-maybe-later = لم تنتقل، جيد. لكن «ربما لاحقًا» تترك الباب مفتوحًا. لا بأس أن ترفض بوضوح، أو أن تتوقّف عن الرد على من يضغط عليك.
contact-the-new-follower-choice-add-private = أكيد، سأضيفك الآن
contact-the-new-follower-feedback-add-private = فرصة لنتعلّم: الرسائل التي تختفي تفيد الشخص الآخر أكثر منك. إذا حدث شيء سيئ، فلا يبقى أي سجل، ولا يستطيع أحد غيركما أن يرى.

contact-the-new-follower-pressure-here = أوف حسنًا، أنت ممل. على الأقل أرسل لي صورة، شيء لي أنا فقط. لا تخجل، لن أريها لأحد أبدًا
contact-the-new-follower-choice-block-report-tell = سألتقط صور الشاشة، وأحظره، وأبلغ عنه، وأخبر { $adult }
contact-the-new-follower-feedback-block-report-tell = صحيح تمامًا. طلب صور خاصة بعد المديح و«نحن الاثنين فقط» علامة خطر جدّية. من حقك تمامًا أن ترفض، وتقطع التواصل، وتطلب المساعدة.
contact-the-new-follower-choice-stop-replying = سأتجاهله وأتوقّف عن الرد
contact-the-new-follower-feedback-stop-replying = عدم إرسال أي شيء كان الصواب. لكن { $follower } قد يحاول مرة أخرى، أو يحاول مع شخص آخر. الحظر والإبلاغ وإخبار شخص بالغ تثق به يوقفونه كما يجب.
contact-the-new-follower-choice-send-pic = سأرسل صورة كي يتوقّف عن الانزعاج
contact-the-new-follower-feedback-send-pic = فرصة لنتعلّم: حين تُرسل صورة، تفقد السيطرة عليها. لا أحد له حق في صورة منك، والضغط من هذا النوع ليس ذنبك أبدًا.

contact-the-new-follower-ignored = تتوقّف عن الرد. وبعد يومين، تصلك رسالة جديدة من { $follower } من حساب جديد: «لماذا تتجاهلني؟ ظننت أن بيننا شيئًا مميّزًا.»

contact-the-new-follower-private-chat = أخيرًا، نحن الاثنين فقط. أنت ناضج جدًا، تعرف ذلك؟ أرسل لي صورة خاصة وسأرسل لك واحدة. ستختفي على أي حال
contact-the-new-follower-choice-refuse-tell = لا. ثم سألتقط صورًا للدردشة وأخبر { $adult }
contact-the-new-follower-feedback-refuse-tell = هذا موقف قوي. من حقك تمامًا أن ترفض، ويستطيع شخص بالغ تثق به أن يساعدك في الحظر والإبلاغ. طلب صور خاصة من مراهق علامة خطر جدّية.
contact-the-new-follower-choice-refuse-keep = سأرفض، لكن سأتابع الدردشة
contact-the-new-follower-feedback-refuse-keep = الرفض كان صحيحًا، ولا تدين لأحد بصورة أبدًا. لكن من يطلب صورًا خاصة ليس آمنًا لمتابعة الحديث معه. لا بأس أن تتوقّف وتطلب المساعدة.
contact-the-new-follower-choice-send-private = سأرسل واحدة، ستختفي على أي حال
contact-the-new-follower-feedback-send-private = فرصة لنتعلّم: «ستختفي» ليست صحيحة، لأن أي شخص يستطيع التقاط صورة للشاشة. من يضغط عليك لترسل صورًا خاصة ليس آمنًا، مهما كان العمر الذي يدّعيه.

contact-the-new-follower-threat = ادفع 100 على شكل بطاقات هدايا قبل الليلة، وإلا سأرسل دردشتنا وصورك إلى كل متابعيك وإلى مدرستك. وإن أخبرت أحدًا فسيصير الأمر أسوأ.
contact-the-new-follower-not-your-fault = توقّف. هذا يُسمّى الابتزاز الجنسي. إنه جريمة، وليس ذنبك أبدًا، سواء أرسلت صورة أو زُيّفت صورة لك. المبتزّون يعتمدون على الخوف والصمت. ماذا ستفعل؟
contact-the-new-follower-choice-dont-pay-tell = لن أدفع. سأحفظ الأدلة، وأحظر، وأبلغ، وأخبر { $adult }
contact-the-new-follower-feedback-dont-pay-tell = أشجع وأذكى خطوة. الدفع أو إرسال المزيد لا يُنهي الأمر أبدًا. الرسائل المحفوظة تساعد التطبيق، والشرطة إن لزم الأمر. وخطوط المساعدة تستطيع المساعدة في حذف الصور.
contact-the-new-follower-choice-block-alone = سأحظره وأتمنّى أن ينتهي الأمر
contact-the-new-follower-feedback-block-alone = الحظر يقطع التواصل، جيد. لكن حمل هذا وحدك ثقيل، والأدلة مهمة. يستطيع شخص بالغ تثق به أو خط مساعدة أن يساعدك في الإبلاغ وحذف الصور.
contact-the-new-follower-choice-pay = سأدفع، كي يحذف كل شيء
contact-the-new-follower-feedback-pay = فرصة لنتعلّم: من يهدّدون بهذه الطريقة يطلبون المزيد دائمًا تقريبًا بعد الدفع. لم يفت الأوان أبدًا لتتوقّف، وتحتفظ بالأدلة، وتخبر أحدًا.

contact-the-new-follower-adult-helps = شكرًا لأنك أريتني، كان هذا الصواب تمامًا. لم تفعل أي شيء خاطئ. لنبلغ { $app } عن الحساب، ونراجع إعدادات الخصوصية معًا.
contact-the-new-follower-adult-helps-late = يسعدني كثيرًا أنك أخبرتني. أنت لست في ورطة، وهذا ليس ذنبك. سنحتفظ بالأدلة، ونبلغ التطبيق، ونتصل بخط مساعدة. وإن لزم الأمر، تستطيع الشرطة المساعدة أيضًا.

contact-the-new-follower-end-safe = اكتشفت علامات الخطر، ورفضت، وطلبت المساعدة. { $follower } محظور وتم الإبلاغ عنه، وصورك بقيت لك. هذه قوة.
contact-the-new-follower-end-mixed = ابتعدت عن أسوأ ما في الأمر، لكن لم يُبلَّغ عن { $follower }، وقد يستهدف شخصًا آخر. يستطيع شخص بالغ تثق به أو خط مساعدة أن يساعدك في الإبلاغ.
contact-the-new-follower-end-recovered = صار الأمر مخيفًا، لكنك لم تسكت. مع شخص بالغ تثق به احتفظت بالأدلة، وأبلغت، وحصلت على الدعم. إخبار أحد هو دائمًا طريق الخروج.
contact-the-new-follower-end-harmful = طُلب المزيد، كما يفعل أمثال هؤلاء دائمًا. لم يفت الأوان أبدًا، والذنب ليس ذنبك أبدًا: احتفظ بالرسائل، وتوقّف عن الرد، وأخبر شخصًا بالغًا تثق به أو خط مساعدة.
