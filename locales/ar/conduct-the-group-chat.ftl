# السلوك / العدوانية: مجموعة الصف (الأعمار 9-12)

conduct-the-group-chat-title = مجموعة الصف
conduct-the-group-chat-summary = مجموعة دردشة صفّك تضحك على صورة معدّلة لزميل. ماذا يفعل من يقف مع الآخرين؟
conduct-the-group-chat-remember = إعادة إرسال المنشورات المؤذية تزيد الأذى، والاطمئنان على من يتأذّى يفيد. صورة الشاشة أولًا، ثم الحظر والإبلاغ، وإخبار شخص بالغ موضع ثقتك.

conduct-the-group-chat-npc-leo = { $sender }
conduct-the-group-chat-npc-sam = { $classmate }
conduct-the-group-chat-npc-teacher = { $teacher }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
conduct-the-group-chat-name-leo = ليث
conduct-the-group-chat-name-jake = جاد
conduct-the-group-chat-name-finn = فراس
conduct-the-group-chat-teacher-amani = الأستاذة أماني
conduct-the-group-chat-teacher-park = الأستاذ باسل
conduct-the-group-chat-teacher-lopez = الأستاذة لينا

conduct-the-group-chat-intro = لصفّك مجموعة دردشة للواجبات والنكات. والليلة تعجّ بالرسائل أكثر من المعتاد. لنلقِ نظرة معًا!
conduct-the-group-chat-photo-posted = ينشر { $sender } صورة لزميلك { $classmate }، معدّلة ليبدو مثل طفل رضيع عملاق يبكي. ومكتوب عليها: «{ $classmate } الرضيع هههه». وتنهال الوجوه الضاحكة.
conduct-the-group-chat-pic-group = مجموعة الصف
conduct-the-group-chat-pic-caption = ‏{ $classmate } الرضيع هههه

conduct-the-group-chat-leo-asks = هههه! ما رأيك بتعليق مضحك، ثم نرسلها إلى الصف الآخر أيضًا!
conduct-the-group-chat-choice-forward = حسنًا، تعليق واحد فقط. الجميع رآها على أي حال.
conduct-the-group-chat-feedback-forward = فرصة لنتعلّم: حين يضحك الجميع يبدو الأمر مزحة. لكن كل مشاركة تزيد ألم { $classmate }. ماذا لو كانت الصورة صورتك أنت؟
conduct-the-group-chat-choice-message-sam = لن أرسلها. سأراسل { $classmate } وحده بدلًا من ذلك.
conduct-the-group-chat-feedback-message-sam = هكذا يقف المرء مع غيره! توقفت الصورة عندك، ورسالة على انفراد تُظهر لـ{ $classmate } أنه ليس وحده، من دون عرض أمام المجموعة.
conduct-the-group-chat-choice-stop-public = توقفوا جميعًا! هذا لئيم يا { $sender }. احذفها!
conduct-the-group-chat-feedback-stop-public = معك حق، هذا لئيم، ورفع صوتك احتاج إلى شجاعة! لكن الجدال أمام المجموعة كلها يمنح التنمّر جمهورًا أكبر. رسالة على انفراد لـ{ $classmate }، ثم شخص بالغ، تفيد أكثر.

conduct-the-group-chat-forwarded = يضحك كثيرون على تعليقك. وفي الصباح تكون الصورة قد وصلت إلى كل طلاب المرحلة. يجلس { $classmate } وحده وقت الغداء، وفي معدتك عقدة ثقيلة.
conduct-the-group-chat-messaged = لم تُعد إرسالها، بل راسلت { $classmate } على انفراد: «رأيت المجموعة. هل أنت بخير؟» وبعد دقيقة يصلك ردّ.
conduct-the-group-chat-pic-are-you-ok = رأيت المجموعة. هل أنت بخير؟
conduct-the-group-chat-called-out = يردّ { $sender }: «على مهلك، إنها مزحة». ويسخر آخرون منكما معًا، ويطلق أحدهم تصويتًا: «هل { $classmate } رضيع؟» ثم يراسلك { $sender }: «التصويت، وإلا فالدور عليك بعده».

conduct-the-group-chat-sam-asks = لست بخير. سأحظر الجميع وأغادر المجموعة الآن. أرجوك، لا أريد أن يعرف أي معلّم، سيزداد الأمر سوءًا.
conduct-the-group-chat-choice-block-all = حسنًا، احظرهم كلهم الآن. لن أخبر أحدًا، أعدك.
conduct-the-group-chat-feedback-block-all = وقوفك مع { $classmate } مهم! لكن الحظر أولًا يُخفي الدليل، والسرّ يتركه وحده. الأفضل: صورة للشاشة أولًا، ثم الحظر، ثم إخبار شخص بالغ.
conduct-the-group-chat-choice-ignore-it = تجاهلهم فقط. يوم الاثنين سينسى الجميع الأمر.
conduct-the-group-chat-feedback-ignore-it = فرصة لنتعلّم: «تجاهلهم» تبدو نصيحة جيدة، لكن { $classmate } يتألّم الآن. الإصغاء إليه وطلب المساعدة أفضل من الانتظار.
conduct-the-group-chat-choice-screenshot-show = صوّرها أولًا، ثم نُري { $teacher } الصور.
conduct-the-group-chat-feedback-screenshot-show = لطيف وذكي! صور الشاشة تحفظ الدليل قبل أي حظر أو حذف. من الطبيعي أن يقلق { $classmate }، لكن الكبار يستطيعون إيقاف هذا بطرق لا يقدر عليها الصغار.

conduct-the-group-chat-sam-blocked = يحظر { $classmate } الجميع ويغادر. لم يحفظ أحد الصورة ولا الرسائل. في اليوم التالي يظهر تصويت: «هل { $classmate } رضيع؟» ثم يراسلك { $sender }: «التصويت، وإلا فالدور عليك بعده».
conduct-the-group-chat-sam-quiet = يتوقف { $classmate } عن الرد. ويوم الاثنين تكون الصورة قد وصلت إلى كل طلاب المرحلة، ويجلس { $classmate } وحده وقت الغداء. وفي معدتك عقدة ثقيلة.
conduct-the-group-chat-shown-together = شكرًا لكما لأنكما جئتما إليّ. هذه الصور تُريني ما حدث بالضبط. إخباري ليس وشاية. سأتعامل مع الأمر بهدوء وأتأكد من حذف الصورة.

conduct-the-group-chat-chat-meaner = المجموعة تزداد لؤمًا، والآن صار { $sender } يراسلك أنت أيضًا. ما اختيارك؟
conduct-the-group-chat-pic-poll = هل { $classmate } رضيع؟
conduct-the-group-chat-pic-vote-or-next = التصويت، وإلا فالدور عليك.
conduct-the-group-chat-choice-screenshot-first = أصوّر كل شيء أولًا، ثم أحظر وأبلغ عنه.
conduct-the-group-chat-feedback-screenshot-first = ترتيب ذكي! بعد الحظر قد تختفي الرسائل من أمامك. صور الشاشة تحفظ الدليل لشخص بالغ أو للتطبيق. ثم يوقف الحظر والإبلاغ وصولها إليك.
conduct-the-group-chat-choice-block-now = سأحظر { $sender } فورًا. لا أريد أن أرى شيئًا.
conduct-the-group-chat-feedback-block-now = حماية نفسك أمر صحيح! لكن صورة الشاشة أولًا: بعد الحظر قد يضيع الدليل، والشخص البالغ أو التطبيق يحتاج إلى رؤية ما كُتب.
conduct-the-group-chat-choice-vote = سأصوّت في الاستطلاع، كي يتركني { $sender } وشأني.
conduct-the-group-chat-feedback-vote = فرصة لنتعلّم: مجاراة المجموعة تبدو طريقة للابتعاد عن المتاعب. لكن كل صوت يزيد الأذى على { $classmate }، والمتنمّرون نادرًا ما يكتفون بواحد.

conduct-the-group-chat-saved-reported = تُظهر صورك التصويت ورسائل { $sender }. حظرت { $sender } وأبلغت عن التصويت، فحذفه التطبيق. لكن الصورة ما زالت على هواتف كثيرة.
conduct-the-group-chat-pic-poll-removed = شكرًا! تمّ حذف التصويت.
conduct-the-group-chat-pic-screenshots-saved = تمّ حفظ صور الشاشة
conduct-the-group-chat-pic-blocked = تمّ حظر { $sender }
conduct-the-group-chat-blocked-fast = يهدأ هاتفك. لكن رسائل { $sender } لم تعد أمامك، والتصويت ما زال ظاهرًا للآخرين، ولا شيء محفوظ لديك لعرضه على أحد.
conduct-the-group-chat-voted = يتوقف { $sender } عن مراسلتك. لكن التصويت يحصد 30 صوتًا، وفي المدرسة يجلس { $classmate } وحده وقت الغداء. وفي معدتك عقدة ثقيلة.

conduct-the-group-chat-who-to-tell = هاتفك أهدأ الآن. لكن على { $classmate } أن يواجه الصف غدًا. ماذا بعد؟
conduct-the-group-chat-choice-tell-friend = سأخبر صديقي المقرّب. المعلمون يزيدون الأمر سوءًا.
conduct-the-group-chat-feedback-tell-friend = فرصة لنتعلّم: الصديق يستطيع أن يصغي، لكنه لا يستطيع إيقاف هذا. أما الشخص البالغ الموثوق فيستطيع، ويعرف كيف يساعد دون أن يزيد الأمر سوءًا. هذه ليست وشاية.
conduct-the-group-chat-choice-go-teacher = سأذهب إلى { $teacher } قبل بدء الحصة وأشرح كل شيء.
conduct-the-group-chat-feedback-go-teacher = هذا هو! بوسع { $teacher } التحدث مع الصف والأهالي وحذف الصورة. إخبار شخص بالغ موضع ثقتك ليس وشاية أبدًا. هكذا يتوقف التنمّر.
conduct-the-group-chat-choice-no-fuss = صار الجو هادئًا الآن. الأفضل ألا أثير أي ضجة.
conduct-the-group-chat-feedback-no-fuss = فرصة لنتعلّم: المساء الهادئ لا يعني أن الأمر انتهى. الصورة ما زالت منتشرة، و{ $classmate } ما زال يواجهها وحده. يستطيع شخص بالغ إيقافها نهائيًا.

conduct-the-group-chat-told-friend = يقول صديقك: «هذا فظيع!» لكن لا أحد منكما يعرف كيف يوقف الأمر، وفي الصباح يدخل { $classmate } الصف وحده.
conduct-the-group-chat-teacher-acts = شكرًا لأنك أخبرتني. كان هذا لطفًا وشجاعة، وليس وشاية. سأتحدث مع الصف والأهالي، وأتأكد من حذف تلك الصورة.
conduct-the-group-chat-quiet-evening = يمرّ المساء بهدوء. لكن الصورة ما زالت على هواتف كثيرة، وطوال اليوم التالي يمشي { $classmate } مطأطئ الرأس.

conduct-the-group-chat-fix-it = ذهب الأمر أبعد مما أراد أي أحد. لكن لم يفت الأوان لمساعدة { $classmate }. ما اختيارك؟
conduct-the-group-chat-choice-delete-nobody = سأسكت ولن أخبر أحدًا. كثيرون شاركوا أيضًا.
conduct-the-group-chat-feedback-delete-nobody = فرصة لنتعلّم: حين يشارك الجميع يبدو أن لا أحد مسؤول. لكن { $classmate } ما زال يتألّم، وشخص واحد يستطيع أن يبدأ الإصلاح.
conduct-the-group-chat-choice-sorry-only = سأعتذر لـ{ $classmate } وأتمنى أن ينتهي الأمر بسرعة.
conduct-the-group-chat-feedback-sorry-only = الاعتذار شجاعة، وهو مهم لـ{ $classmate }! لكن الصورة ما زالت تنتشر، والشخص البالغ وحده يستطيع المساعدة في إيقافها للجميع.
conduct-the-group-chat-choice-own-up = سأعترف أمام { $teacher } بكل ما فعلته.
conduct-the-group-chat-feedback-own-up = هكذا يُصلح الخطأ! الاعتراف شجاعة، وبوسع { $teacher } مساعدة { $classmate } وحذف الصورة. إصلاح الخطأ هو ما يهمّ.

conduct-the-group-chat-kept-quiet = لا كلمة منك، والصورة تواصل الانتشار. يحوّلها أحدهم إلى ملصق، ويتوقف { $classmate } عن الذهاب إلى الغداء.
conduct-the-group-chat-sam-thanks = شكرًا لاعتذارك. هذا يعني لي الكثير. لكن الصورة في كل مكان، والآن صنع منها أحدهم ملصقًا.
conduct-the-group-chat-teacher-late = شكرًا لصدقك. هذا يحتاج إلى شجاعة، ولن يلومك أحد لأنك أخبرتني. لنعمل على حذف الصورة ونساعد { $classmate } ليشعر بالأمان من جديد.

conduct-the-group-chat-last-chance = ساعد اعتذارك { $classmate }. لكن الملصق ما زال ينتشر. ماذا الآن؟
conduct-the-group-chat-choice-show-where = سأُري { $teacher } أين يظهر الملصق.
conduct-the-group-chat-feedback-show-where = تفكير رائع! معرفة أين يظهر تساعد { $teacher } على التصرف بسرعة. الذهاب إلى شخص بالغ موضع ثقتك ليس وشاية، بل إصلاح للأمور.
conduct-the-group-chat-choice-warn-sender = سأقول لـ{ $sender }: احذفه فورًا وإلا أبلغت عنك.
conduct-the-group-chat-feedback-warn-sender = فرصة لنتعلّم: تحذير المتنمّر من الإبلاغ عنه يمنحه وقتًا لحذف الدليل. الأفضل الاحتفاظ بصور الشاشة بهدوء والذهاب إلى شخص بالغ موضع ثقتك.
conduct-the-group-chat-choice-up-to-others = اعتذرتُ وانتهى الأمر. الباقي على الآخرين.
conduct-the-group-chat-feedback-up-to-others = فرصة لنتعلّم: اعتذارك بداية رائعة. لكن الملصق يؤذي { $classmate } كلما شُورك، والشخص البالغ يستطيع إيقافه للجميع.

conduct-the-group-chat-teacher-last = شكرًا لأنك أريتني. ما تفعله إصلاح للأمور، وهذا يحتاج إلى شجاعة. سأحذف الصورة والملصق اليوم، وأطمئن على { $classmate }.
conduct-the-group-chat-sender-deletes = يحذف { $sender } المنشورات الأولى بسرعة، فلا يبقى شيء للإبلاغ عنه. ثم يظهر الملصق في مجموعة أخرى.
conduct-the-group-chat-sticker-spreads = يظهر الملصق في مجموعات أخرى. وفي كل مرة يراه { $classmate }، ولا يعرف بالأمر أحد ممن يستطيعون إيقافه.

conduct-the-group-chat-end-safe = لقد وقفت مع زميلك! صار لدى { $teacher } علم بما حدث، و{ $classmate } يجد الدعم، والصورة في طريقها إلى الحذف. يمكن لمجموعة الصف أن تعود لطيفة.
conduct-the-group-chat-end-mixed = لم يكن لك دور في السخرية، وهاتفك هادئ الآن. لكن لا يعرف أي شخص بالغ موثوق بما يمرّ به { $classmate }، والصورة ما زالت موجودة، وقد يبدأ الأمر من جديد.
conduct-the-group-chat-end-recovered = انجرفت مع الآخرين، ثم أصلحت الأمر بالذهاب إلى { $teacher }. الصورة في طريقها إلى الحذف، و{ $classmate } لم يعد وحده. هذه شجاعة حقيقية!
conduct-the-group-chat-end-harmful = الصورة ما زالت تنتشر، و{ $classmate } يشعر بالوحدة. لست من بدأ هذا، والخطأ لا يجعلك شخصًا سيئًا. لم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك: سيساعدك.

# My phone: what stays on the phone after this level.
conduct-the-group-chat-trace-joined-in = تعليقك أو تصويتك على الصورة المعدّلة لـ{ $classmate }، وقد رآه الصف كله.
conduct-the-group-chat-trace-joined-in-advice = لم يفت الأوان لإصلاح الأمر. الاعتذار إلى { $classmate } وإخبار معلّم خطوتان مهمّتان، فالمعلّم يستطيع العمل على حذف الصورة.
