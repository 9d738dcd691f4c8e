# السلوك / العدوانية: مجموعة الصف (الأعمار 9-12)

conduct-the-group-chat-title = مجموعة الصف
conduct-the-group-chat-summary = مجموعة دردشة صفّك تضحك على صورة معدّلة لزميل. ماذا يفعل من يقف مع الآخرين؟
conduct-the-group-chat-remember = لا تُعِد إرسال المنشورات المؤذية، واطمئن على الشخص الذي يتأذّى. الإبلاغ وإخبار شخص بالغ تثق به شجاعة، وليس وشاية.

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
conduct-the-group-chat-name-leo = ليث
conduct-the-group-chat-name-jake = جاد
conduct-the-group-chat-name-finn = فراس
conduct-the-group-chat-name-sam = سامي
conduct-the-group-chat-name-noah = نوح
conduct-the-group-chat-name-arjun = أنس
conduct-the-group-chat-teacher-amani = الأستاذة أماني
conduct-the-group-chat-teacher-park = الأستاذ باسل
conduct-the-group-chat-teacher-lopez = الأستاذة لينا

conduct-the-group-chat-intro = لصفّك مجموعة دردشة للواجبات والنكات. والليلة تعجّ بالرسائل أكثر من المعتاد. لنلقِ نظرة معًا!
conduct-the-group-chat-photo-posted = ينشر { $sender } صورة لزميلك { $classmate }، معدّلة ليبدو { $classmate } مثل طفل رضيع عملاق يبكي. ومكتوب عليها: «{ $classmate } الرضيع هههه». وتنهال الوجوه الضاحكة.

conduct-the-group-chat-leo-asks = هههه، أضف تعليقًا مضحكًا وأرسلها إلى الصف الآخر!
conduct-the-group-chat-choice-support-sam = لن أعيد إرسالها. سأراسل { $classmate } لأطمئن عليه.
conduct-the-group-chat-feedback-support-sam = هكذا يقف المرء مع الآخرين! عدم إعادة الإرسال يوقف انتشار الصورة، والرسالة اللطيفة تُظهر لـ{ $classmate } أنه ليس وحده.
conduct-the-group-chat-choice-stay-quiet = لن أعيد إرسالها، لكنني لن أقول شيئًا
conduct-the-group-chat-feedback-stay-quiet = أحسنت بعدم إعادة الإرسال، فالصورة توقّفت عندك. لكن حين يسكت الجميع، قد يشعر من يُسخر منه بوحدة شديدة.
conduct-the-group-chat-choice-forward = سأضيف تعليقًا وأعيد إرسالها
conduct-the-group-chat-feedback-forward = فرصة لنتعلّم: قد يبدو الأمر مزحة حين يضحك الجميع. لكن كل مشاركة تزيد ألم { $classmate }. كيف كنت ستشعر لو كنت مكانه؟

conduct-the-group-chat-sam-reply = شكرًا لأنك سألت. لست بخير. الجميع يضحكون عليّ. لكن أرجوك لا تخبر أي معلّم، سيزداد الأمر سوءًا.
conduct-the-group-chat-choice-tell-together = لنُخبر معًا شخصًا بالغًا نثق به.
conduct-the-group-chat-feedback-tell-together = لطيف وشجاع! من الطبيعي أن يقلق { $classmate }، لكن الكبار يستطيعون إيقاف هذا بطرق لا يقدر عليها الصغار. لكل شخص الحق في أن يشعر بالأمان، و{ $classmate } أيضًا.
conduct-the-group-chat-choice-just-comfort = سأواسي { $classmate }، ويبقى الأمر بيننا
conduct-the-group-chat-feedback-just-comfort = وقوفك إلى جانب { $classmate } مهم جدًا! لكن الصورة ما زالت تنتشر. يستطيع شخص بالغ تثق به أن يساعد في إيقافها، ويمكنك أن ترافق { $classmate } كي لا يكون وحده.
conduct-the-group-chat-choice-laugh-it-off = سأقول لـ{ $classmate } إنها مجرد مزحة وليهدأ
conduct-the-group-chat-feedback-laugh-it-off = فرصة لنتعلّم: إذا تأذّى شخص، فالأمر ليس مزحة بالنسبة إليه. الإصغاء إلى مشاعر { $classmate } هو أول خطوة لمساعدته.

conduct-the-group-chat-chat-grows = لا أحد يوقف الأمر. تظهر صور معدّلة أخرى لـ{ $classmate }، ويبدأ أحدهم تصويتًا: «هل { $classmate } رضيع؟ صوّتوا الآن!»
conduct-the-group-chat-speak-up = همم. الصور تنتشر، والأمر يزداد قسوة. ماذا يمكن أن يفعل من يقف مع الآخرين الآن؟
conduct-the-group-chat-choice-report-tell = سأبلغ عن المنشورات وأخبر شخصًا بالغًا أثق به
conduct-the-group-chat-feedback-report-tell = هذا ما يفعله من يقف مع الآخرين! الإبلاغ داخل التطبيق وإخبار شخص بالغ قد يؤدّيان إلى حذف الصور. لكل شخص الحق في أن يكون آمنًا على الإنترنت.
conduct-the-group-chat-choice-post-stop = سأكتب في المجموعة: «هذا ليس مضحكًا. توقّفوا.»
conduct-the-group-chat-feedback-post-stop = احتاج كلامك إلى شجاعة، وقد يجعل الآخرين يتوقّفون أيضًا! لكن الصور ما زالت منتشرة. يستطيع شخص بالغ تثق به أن يساعد في حذفها.
conduct-the-group-chat-choice-laugh-along = سأرسل وجهًا ضاحكًا كي أكون مثلهم
conduct-the-group-chat-feedback-laugh-along = فرصة لنتعلّم: صعب أن تخالف المجموعة. لكن كل ضحكة تقول للآخرين إن الإيذاء مقبول. يمكنك أن تكون لطيفًا وتبقى واحدًا من المجموعة.

conduct-the-group-chat-leo-backs-off = لا يهم، كانت مجرد مزحة. حسنًا، سأتوقّف.
conduct-the-group-chat-teacher-acts = شكرًا لأنك أخبرتني. كان هذا لطفًا وشجاعة. هذه ليست وشاية، بل مساعدة. سأعمل على حذف الصور وأتحدّث مع الصف.

conduct-the-group-chat-sam-upset = في اليوم التالي، وصلت الصورة إلى كل طلاب المرحلة. يجلس { $classmate } وحده وقت الغداء ولا ينظر إلى أحد. تشعر بعقدة ثقيلة في معدتك.
conduct-the-group-chat-fix-it = انتشر الأمر أكثر ممّا قصده أي أحد. لكن الوقت لم يفت لمساعدة { $classmate }. ماذا ستفعل؟
conduct-the-group-chat-choice-tell-and-sorry = سأخبر شخصًا بالغًا أثق به وأعتذر إلى { $classmate }
conduct-the-group-chat-feedback-tell-and-sorry = هكذا تُصلح الخطأ! الاعتذار شجاعة، ويستطيع شخص بالغ أن يساعد في حذف الصور. كلنا نخطئ، والمهم أن نصلح أخطاءنا.
conduct-the-group-chat-choice-delete-own = سأحذف رسائلي وأسكت
conduct-the-group-chat-feedback-delete-own = حذف رسائلك يساعد قليلًا. لكن الصورة ما زالت منتشرة، و{ $classmate } ما زال يشعر بالوحدة. يستطيع شخص بالغ تثق به أن يفعل أكثر بكثير.
conduct-the-group-chat-choice-ignore-it = سأتجاهل الأمر. الجميع فعلوا مثلي.
conduct-the-group-chat-feedback-ignore-it = فرصة لنتعلّم: حين يشارك الجميع، قد يبدو أن لا أحد مسؤول. لكن { $classmate } ما زال يتألّم، وشخص واحد يستطيع أن يبدأ الإصلاح.

conduct-the-group-chat-teacher-acts-late = شكرًا لأنك جئت إليّ وكنت صادقًا. هذا يحتاج إلى شجاعة. لنعمل على حذف الصور ونساعد { $classmate } ليشعر بالأمان من جديد.

conduct-the-group-chat-end-safe = لقد وقفت مع زميلك! { $classmate } يجد الآن من يسانده، والصور حُذفت، ومجموعة الصف صارت مكانًا ألطف. أحسنت!
conduct-the-group-chat-end-mixed = توقّف بعض الأذى، لكن الصور ما زالت منتشرة ولا يعرف أي شخص بالغ بالأمر. إخبار شخص بالغ يساعد على إيقافه نهائيًا.
conduct-the-group-chat-end-recovered = أخطأت، ثم أصلحت خطأك. شعر { $classmate } بتحسّن بعد اعتذارك، والصور حُذفت. هذه هي الشجاعة الحقيقية!
conduct-the-group-chat-end-harmful = ما زال { $classmate } يشعر بالوحدة، والصور تواصل الانتشار. لم يفت الأوان أبدًا للاعتذار وإخبار شخص بالغ تثق به. الكبار يستطيعون المساعدة.
