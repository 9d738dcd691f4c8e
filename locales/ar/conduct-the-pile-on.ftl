# السلوك / العدوانية: الهجوم الجماعي (الأعمار 16-18)

conduct-the-pile-on-title = الهجوم الجماعي
conduct-the-pile-on-summary = منشور متسرّع لزميل يتحوّل إلى هجوم جماعي من الميمات والتهديدات، وأصدقاؤك يريدونك أن تشارك.
conduct-the-pile-on-remember = يمكنك أن تختلف دون أن تنضمّ إلى الهجوم. لا تشارك، واطمئن على الشخص، وأبلغ عن التهديدات، وابتعد قليلًا لتعتني بنفسك.

conduct-the-pile-on-app = { $app }
conduct-the-pile-on-app-chirpa = Chirpa
conduct-the-pile-on-app-buzzline = Buzzline
conduct-the-pile-on-app-yammerly = Yammerly
conduct-the-pile-on-classmate-ellis = إلياس
conduct-the-pile-on-classmate-ravi = رائد
conduct-the-pile-on-classmate-kemi = كوثر
conduct-the-pile-on-friend-lena = لينا
conduct-the-pile-on-friend-dev = داود
conduct-the-pile-on-friend-sami = سامي

conduct-the-pile-on-npc-classmate = { $classmate }
conduct-the-pile-on-npc-friend = { $friend }
conduct-the-pile-on-npc-teacher = الأستاذة نادية، منسّقة المرحلة

conduct-the-pile-on-intro = صباح السبت. الليلة الماضية ظهر على { $app } رأي متسرّع ومستفزّ من { $classmate }، من طلاب مرحلتك. الآن له 50,000 مشاهدة، والردود تنهال بلا توقّف.
conduct-the-pile-on-post = رأي غير شعبي: إذا لم تستطع تحمّل تكلفة رحلة التزلّج المدرسية، فاعمل في عطلات نهاية الأسبوع كما فعلت أنا. ليس صعبًا جدًا؟؟

conduct-the-pile-on-spot = الاختلاف مع منشور أمر طبيعي. لكن بعض هذه الردود تذهب أبعد بكثير. المس الردود التي تتجاوز الحد.
conduct-the-pile-on-card-title = الردود على { $classmate }
conduct-the-pile-on-card-body = أبرز الردود، 2,400 تفاعل والعدد يزداد.
conduct-the-pile-on-part-privileged = «بصراحة، هذا رأي شخص مرفّه جدًا.»
conduct-the-pile-on-feedback-privileged = نقد مقبول. إنه ينتقد الرأي، لا الشخص، ولا يهدّد أحدًا. يمكنك أن تختلف بشدّة دون أن تنضمّ إلى هجوم جماعي.
conduct-the-pile-on-part-clown = ميم: الصورة المدرسية مركّبة على جسد مهرّج
conduct-the-pile-on-feedback-clown = نعم. أخذ صورة شخص للسخرية منه يستهدف الشخص، لا الفكرة. ميمات كهذه تنتشر أبعد بكثير من المنشور الأصلي ويصعب التراجع عنها.
conduct-the-pile-on-part-threat = «نعرف عنوان بيتك. يوم الاثنين سترى.»
conduct-the-pile-on-feedback-threat = بالتأكيد. هذا تهديد. المنصّات تحذف التهديدات، وفي الحالات الخطيرة تتدخّل المدرسة والشرطة. احفظه وأبلغ عنه.
conduct-the-pile-on-part-carer = «ليس الجميع قادرين على العمل في العطلات. بعضنا يرعى أحد أفراد أسرته.»
conduct-the-pile-on-feedback-carer = لا يتجاوز الحد. إنه يشرح وجهة نظر مختلفة بهدوء، من تجربة حقيقية. هكذا يبدو الاختلاف الجيد.
conduct-the-pile-on-part-number = «فلينشر أحدكم رقم الهاتف لتصل رسائلنا كلنا مباشرة»
conduct-the-pile-on-feedback-number = نعم. نشر رقم شخص أو عنوانه لاستهدافه يُسمّى «كشف المعلومات الشخصية»، وهو يحوّل الهجوم الجماعي إلى خطر في الواقع. أبلغ عنه.

conduct-the-pile-on-friend-tags = ههههههه رأيت هذا؟ الجميع يصنعون ميمات عن { $classmate }. أضف ميمك، إنه أضحك شيء هذه السنة
conduct-the-pile-on-choice-check-in = لن أشارك. سأراسل { $classmate } على الخاص للاطمئنان.
conduct-the-pile-on-feedback-check-in = هذه خطوة من يقف مع الآخرين. رسالة خاصة لطيفة واحدة تعني الكثير حين يكون آلاف الغرباء ضدّك، ولا تترك في النقاش شيئًا قد يرتدّ عليك.
conduct-the-pile-on-choice-stay-out = سأبتعد عن الموضوع وأتابع التصفّح
conduct-the-pile-on-feedback-stay-out = عدم المشاركة يُبعد اسمك عن الأمر، وهذا ذكي. لكن الهجمات الجماعية تتغذّى على الصمت. إبلاغ أو رسالة لطيفة يساعدان الشخص الذي في قلب العاصفة.
conduct-the-pile-on-choice-make-meme = سأصنع ميمًا. إنه مجرد مزاح.
conduct-the-pile-on-feedback-make-meme = فرصة لنتعلّم: بالنسبة إليك هي نكتة واحدة، وبالنسبة إلى الشخص المستهدف هي النكتة رقم 500. المنشورات يمكن البحث عنها، وصور الشاشة تبقى، والجامعات وأصحاب العمل يبحثون عن الناس فعلًا.

conduct-the-pile-on-classmate-replies = شكرًا. أعرف أنه كان رأيًا غبيًا، واعتذرت مرتين. لكن أحدهم نشر عنواني ولا أستطيع النوم. وأهلي لا يعرفون بعد.
conduct-the-pile-on-pile-grows = بحلول المساء انتقلت التهديدات إلى رسائل { $classmate } الخاصة، ونشر أحدهم عنوان البيت. حُذف كل شيء من حساب { $classmate }، لكن صور الشاشة ما زالت تنتشر.
conduct-the-pile-on-meme-viral = ميمك يحصد أكثر الإعجابات في ذلك اليوم. ويوم الاثنين، مقعد { $classmate } في المدرسة فارغ. وتصل صورة شاشة لميمك، وعليها اسمك، إلى بريد المدرسة.

conduct-the-pile-on-what-now = العنوان المنشور والتهديدات يحوّلان الهجوم الجماعي إلى خطر حقيقي. هذا يحتاج إلى أكثر من التجاوز. ماذا ستفعل؟
conduct-the-pile-on-choice-report = سأبلغ عن التهديدات، وأخبر شخصًا بالغًا أثق به، ثم أكتم النقاش
conduct-the-pile-on-feedback-report = هذا هو بالضبط. البلاغات تؤدّي إلى حذف التهديدات والعناوين، والشخص البالغ يستطيع إشراك المدرسة، أو الشرطة إن لزم الأمر. والكتم بعد ذلك يعني أنك تستطيع أن ترتاح: لقد قمت بدورك.
conduct-the-pile-on-choice-defend = سأرد تحت المنشور: «كفى تنمّرًا»
conduct-the-pile-on-feedback-defend = الوقوف علنًا شجاعة، ويُظهر للآخرين أنهم يستطيعون ذلك أيضًا. لكن التهديدات والعنوان ما زالت منشورة. الإبلاغ عنها هو ما يؤدّي إلى حذفها.
conduct-the-pile-on-choice-repost = سأعيد نشر أضحك ميم. إنه منتشر في كل مكان أصلًا.
conduct-the-pile-on-feedback-repost = فرصة لنتعلّم: «إنه منتشر في كل مكان أصلًا» هي الطريقة التي تكبر بها الهجمات الجماعية. كل إعادة نشر تصل إلى أناس جدد، وتقول لـ{ $classmate } إن هناك شخصًا آخر في صف الخصوم.
conduct-the-pile-on-teacher = شكرًا لأنك أخبرتني. تواصلنا مع عائلة { $classmate } ومع المنصّة، والتهديدات قيد التحقيق. لقد فعلت الصواب، والآن يمكنك أن تبتعد وترتاح.

conduct-the-pile-on-sango-fix = منشورك الآن في النقاش، يصبّ الزيت على النار. صور الشاشة تبقى، والتهديدات ما زالت تصل إلى { $classmate }. لم يفت الأوان للمساعدة. وماذا الآن؟
conduct-the-pile-on-choice-own-it = سأحذفه، وأعتذر إلى { $classmate }، وأبلغ عن التهديدات
conduct-the-pile-on-feedback-own-it = هذا يحتاج إلى شجاعة. الاعتذار الحقيقي والبلاغ قد يساعدان على إيقاف الهجوم الجماعي. والاعتراف بالخطأ هو ما يتذكّره الناس، ومنهم الجامعات وأصحاب العمل في المستقبل.
conduct-the-pile-on-choice-delete-log-off = سأحذفه وأخرج من التطبيق لبعض الوقت
conduct-the-pile-on-feedback-delete-log-off = الحذف والابتعاد خطوتان جيدتان. لكن اعتذارك لم يصل إلى { $classmate } بعد، والتهديدات ما زالت منشورة. البلاغ والرسالة يساعدان أكثر.
conduct-the-pile-on-choice-double-down = سأتركه. البادئ أظلم.
conduct-the-pile-on-feedback-double-down = فرصة لنتعلّم: رأي متسرّع واحد لا يستحق التهديدات ولا حملة كراهية. لم يفت الأوان أبدًا للحذف والاعتذار والإبلاغ.
conduct-the-pile-on-fixed = يصلك ردّ من { $classmate }: «شكرًا. هذا يعني لي الكثير فعلًا.» ويخفت الهجوم الجماعي بحلول الأربعاء، وبلاغك ساعد على حذف التهديدات.

conduct-the-pile-on-end-safe = رأيت أين تحوّل النقد إلى قسوة، وأبلغت عن التهديدات، وأشركت شخصًا بالغًا، وسمحت لنفسك بالراحة. هذا ما يفعله من يقف مع الآخرين.
conduct-the-pile-on-end-mixed = هدأت الأمور بالنسبة إليك، لكن التهديدات والعنوان ما زالت منشورة، والخوف ما زال يلازم { $classmate }. الإبلاغ عنها وإخبار شخص بالغ يؤدّيان إلى حذفها.
conduct-the-pile-on-end-recovered = انضممت إلى الهجوم، ثم اعترفت بخطئك وساعدت في إصلاحه. هذا أصعب من ألّا تزلّ أبدًا. بصمتك الرقمية تُظهر الآن شخصًا أصلح ما أفسده.
conduct-the-pile-on-end-harmful = الهجوم الجماعي مستمر ومنشورك جزء منه، وصور الشاشة لا تنسى. لم يفت الأوان أبدًا للحذف والاعتذار والإبلاغ.
