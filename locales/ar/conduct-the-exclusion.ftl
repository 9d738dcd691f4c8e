# السلوك / العدوانية: الإقصاء (الأعمار 13-15)، اللاعب شاهد على ما يحدث

conduct-the-exclusion-title = إقصاء متعمَّد
conduct-the-exclusion-summary = صفّك يبدأ مجموعة دردشة جديدة من دون أحد الزملاء، وتبدأ النكات عليه.
conduct-the-exclusion-remember = إقصاء شخص عن قصد والسخرية منه تنمّر. الأفضل: عدم المشاركة فيه، والاحتفاظ بالأدلة، وإخبار شخص بالغ موضع ثقتك، خصوصًا إذا قال أحد إن لا أحد يريده.

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $classmate }
conduct-the-exclusion-npc-teacher = { $teacher }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = الشلّة الحقيقية
conduct-the-exclusion-group-no-cringe = ممنوع السخافة
conduct-the-exclusion-group-vips = للمميّزين فقط
conduct-the-exclusion-teacher-okafor = الأستاذة هدى
conduct-the-exclusion-teacher-reyes = الأستاذ رائد
conduct-the-exclusion-teacher-novak = الأستاذة نادية

conduct-the-exclusion-intro = مجموعة جديدة على { $app } اسمها «{ $group }»، من إنشاء { $leader }. كل من في صفّك فيها، إلا { $classmate }.
conduct-the-exclusion-pic-group = { $group }
conduct-the-exclusion-pic-created = أنشأها { $leader }
conduct-the-exclusion-pic-members = ‏24 عضوًا
conduct-the-exclusion-bus-photo = ‏{ $classmate } مرة أخرى. قبل أسابيع شاركت صورة الحافلة في قصتك. ما زال بالإمكان إصلاح ذلك. قبل أن تذهب هذه الدردشة أبعد، ما اختيارك؟
conduct-the-exclusion-choice-bus-sorry = أراسل { $classmate } باعتذار حقيقي عن مشاركة صورة الحافلة.
conduct-the-exclusion-feedback-bus-sorry = هذا احتاج إلى شجاعة. الاعتذار لا يمحو المشاركة، لكنه يُظهر لـ{ $classmate } أنك لست من الضاحكين. والآن تحديدًا، هذا مهم جدًا.
conduct-the-exclusion-choice-bus-skip = كان ذلك قبل أسابيع. فتح الموضوع الآن سيكون غريبًا.
conduct-the-exclusion-feedback-bus-skip = فرصة لنتعلّم: الاعتذار المتأخر ما زال له قيمة، وربما يحتاج { $classmate } الآن أن يعرف من يقف إلى جانبه. لم يفت الأوان أبدًا على قوله.
conduct-the-exclusion-bus-sorry = حذفت الصورة من قصتك إن كانت ما زالت هناك، ثم أرسلت اعتذارك. ويصلك ردّ من { $classmate }: «شكرًا. لم أتوقع هذا.»
conduct-the-exclusion-bus-silent = لا كلمة منك. في نظر { $classmate }، ما زال اسمك بين من شاركوا تلك الصورة.
conduct-the-exclusion-choice-bus-public = سأعتذر علنًا في مجموعة الصف كلها، ليرى الجميع ذلك.
conduct-the-exclusion-feedback-bus-public = الاعتراف بالخطأ جيد. لكن الاعتذار العلني يعيد الصورة أمام أعين الجميع. الرسالة الخاصة تصل إلى { $classmate } من دون جمهور.
conduct-the-exclusion-bus-public = يحصل اعتذارك على بعض الردود: «لحظة، أي صورة؟» والآن يبحث بعضهم عنها من جديد. ولا كلمة بعدها من { $classmate }.

conduct-the-exclusion-first-joke = أخيرًا، دردشة بدون { $classmate } هههه. هل رأيتم ذلك الحذاء اليوم؟؟ فليأخذ أحدكم صورة شاشة لآخر سيلفي لـ{ $classmate }.
conduct-the-exclusion-choice-not-funny = لا. دعوا { $classmate } خارج هذا، ليس مضحكًا أصلًا.
conduct-the-exclusion-feedback-not-funny = هذا احتاج إلى جرأة. عبارة هادئة وقصيرة مثل «ليس مضحكًا» تُظهر أن الجميع ليسوا موافقين، وغالبًا يتوقّف آخرون أيضًا. الشهود يملكون قوة أكبر ممّا يظنّون.
conduct-the-exclusion-choice-mute = سأكتم هذه الدردشة وأبقى بعيدًا عن المشاكل.
conduct-the-exclusion-feedback-mute = عدم المشاركة مهم. لكن بعد الكتم لا يبقى في المجموعة أحد في صفّ { $classmate }، والصمت قد يبدو موافقة.
conduct-the-exclusion-choice-private-group = هههه حسنًا. إنها مجموعة خاصة، { $classmate } لن يراها.
conduct-the-exclusion-feedback-private-group = فرصة لنتعلّم: المجموعة الخاصة ليست خاصة فعلًا. أي أحد يستطيع التقاط صورة شاشة وتمريرها، وردّك يعني لـ{ $classmate } شخصًا آخر في صفّ الخصوم.

conduct-the-exclusion-c-pushback = على مهلك، إنها مزحة. كفاك مللًا، وإلا فمكانك مع { $classmate } هههه.
conduct-the-exclusion-c-pushback-after = لكن اثنين من زملاء الصف يتوقّفان عن النشر، وأحدهما يراسلك: «جيد أن أحدًا قالها.»
conduct-the-exclusion-c-muted = كتمت الدردشة. وبعد ساعة، نظرة سريعة تكشف أن أحدهم نشر صورة سيلفي لـ{ $classmate } مع تعليق جارح. وعليها 14 تفاعلًا ضاحكًا.
conduct-the-exclusion-pic-caption = قيّموا هذا الحذاء من 10 ههههه
conduct-the-exclusion-pic-reactions = 14
conduct-the-exclusion-c-laughs = يحصد ردّك 9 ضحكات. ثم يرسل أحدهم إلى { $classmate } صورة شاشة للدردشة، وفيها ردّك. وبعدها يختفي اسم { $classmate } من كل مجموعات الصف: «فهمت. لا أحد يريدني هنا.»
conduct-the-exclusion-pic-class-chat = مجموعة الصف
conduct-the-exclusion-pic-nobody = فهمت. لا أحد يريدني هنا.
conduct-the-exclusion-pic-left = ‏{ $classmate }: خروج من المجموعة

conduct-the-exclusion-quiet-chat = في استراحة الغداء، تظهر رسالة من { $classmate } في مجموعة الصف الرئيسية: «لماذا الجميع صامتون معي اليوم؟» لا أحد يرد. والمجموعة الجديدة مستمرة.
conduct-the-exclusion-choice-screenshot-dm = ألتقط صورًا للمنشورات، ثم أراسل { $classmate }: هل أنت بخير؟
conduct-the-exclusion-feedback-screenshot-dm = ترتيب ذكي: صور الشاشة أولًا، لتكون هناك أدلة إذا احتاج شخص بالغ إلى التدخّل، ثم رسالة لطيفة تقول لـ{ $classmate }: لست وحدك.
conduct-the-exclusion-choice-warn-report = أكتب في المجموعة: احذفوا كل شيء وإلا سأبلغ عنكم.
conduct-the-exclusion-feedback-warn-report = الوقوف في وجههم صحيح. لكن الإعلان عن البلاغ يمنحهم وقتًا لحذف كل شيء، والشجار العلني يغذّي الجمهور. الأفضل الاحتفاظ بالأدلة بهدوء أولًا.
conduct-the-exclusion-choice-forward-target = أرسل منشور السيلفي إلى { $classmate }. من حقه أن يعرف.
conduct-the-exclusion-feedback-forward-target = فرصة لنتعلّم: إرسال المنشور الجارح إلى صاحبه يوصل الأذى إلى أكثر شخص يتألم منه. الأفضل الاحتفاظ به دليلًا لشخص بالغ، وإرسال كلمة لطيفة بدلًا منه.

conduct-the-exclusion-c-warned = خلال دقيقة يختفي كل منشور، فلا يبقى شيء لعرضه على أحد. ينشئ { $leader } مجموعة جديدة من دونك. ثم تصلك رسالة من { $classmate }.
conduct-the-exclusion-c-dm-sent = حفظت أربع صور شاشة، ثم أرسلت رسالتك. تظهر عبارة «{ $classmate } يكتب الآن…» ثم تختفي، ثم تظهر من جديد.
conduct-the-exclusion-pic-saved = حُفظت 4 صور شاشة
conduct-the-exclusion-pic-dm = هل أنت بخير؟
conduct-the-exclusion-target-trusts = بعد صورة الحافلة، صار { $classmate } يعرف أنك شخص يمكن التحدّث إليه.
conduct-the-exclusion-c-forwarded = يرى { $classmate } المنشور وكل التفاعلات الضاحكة. وبعد دقائق يختفي اسم { $classmate } من كل مجموعات الصف: «فهمت. لا أحد يريدني هنا.»

conduct-the-exclusion-target-reply = مرحبًا. عرفت بأمر المجموعة. أشعر أن الجميع يكرهونني. لكن أرجوك، لا أريد تكبير الموضوع
conduct-the-exclusion-choice-see-teacher = لست وحدك. تأتي معي إلى { $teacher } في الاستراحة؟
conduct-the-exclusion-feedback-see-teacher = هذا هو الوقوف مع الآخرين. لكل شخص الحق في أن يشعر بالأمان في المدرسة وعلى الإنترنت. الذهاب معًا إلى شخص بالغ ليس تكبيرًا للموضوع، بل هو طريق إيقافه.
conduct-the-exclusion-choice-keep-secret = حسنًا، لن أخبر أحدًا أبدًا. أنا بجانبك دائمًا.
conduct-the-exclusion-feedback-keep-secret = وقوفك إلى جانب { $classmate } مهم جدًا. لكن وعد الكتمان يترككما وحدكما مع الأمر. عرض الذهاب معًا إلى شخص بالغ هو الوعد الألطف.
conduct-the-exclusion-choice-change-shoes = بصراحة؟ غيّر حذاءك، وسيملّون ويتركونك بسرعة.
conduct-the-exclusion-feedback-change-shoes = فرصة لنتعلّم: الذنب ليس ذنب { $classmate }، وتغيير المظهر لن يصلح شيئًا. لا أحد يستحق السخرية. المشكلة في تصرّف المجموعة.

conduct-the-exclusion-c-teacher = شكرًا لكما لأنكما جئتما إليّ. يا { $classmate }، لا ذنب لك في أي شيء من هذا. سأتعامل مع المجموعة اليوم، وسنبلغ { $app } عن أي شيء ما زال منشورًا.
conduct-the-exclusion-c-blame = يعني الذنب ذنبي الآن؟ رائع. لا أحد يريدني هنا على أي حال.
conduct-the-exclusion-c-secret = حافظت على وعدك. لكن في استراحة الغداء في اليوم التالي، تظهر رسالة من { $classmate } في مجموعة الصف، ثم يختفي اسمه من كل المجموعات: «فهمت. لا أحد يريدني هنا.»

conduct-the-exclusion-warning-secret = حين يقول أحد «لا أحد يريدني هنا»، فهذه علامة إنذار على أنه يمرّ بوقت صعب جدًا. هذا أثقل من أن يبقى وعدًا، وأكبر من أن يبقى حملًا عليك وحدك.
conduct-the-exclusion-worry-choice = إن كان هذا ثقيلًا عليك أنت أيضًا، فزر «أحتاج إلى مساعدة» موجود دائمًا في الزاوية. ما اختيارك؟
conduct-the-exclusion-choice-show-teacher = أُري { $teacher } تلك الرسالة الآن، فورًا.
conduct-the-exclusion-feedback-show-teacher = تمامًا. بعض الأسرار أثقل من أن تُحفظ: حين يقول أحد إن لا أحد يريده، فإشراك شخص بالغ اهتمام وليس خيانة.
conduct-the-exclusion-choice-keep-promise = وعدت { $classmate }. سأستمر في مراسلته بنفسي، هذا يكفي.
conduct-the-exclusion-feedback-keep-promise = فرصة لنتعلّم: اللطف جميل، لكن لا يمكن لشخص واحد أن يكون العون الوحيد لأحد. حين يبدو صديق بهذا الحزن، يجب أن يعرف شخص بالغ موضع ثقتك أو المرشد.
conduct-the-exclusion-c-teacher-lunch = أحسنت التصرّف. الوعد لا يجب أبدًا أن يخفي أن أحدًا يشعر بهذا الحزن. سأبحث عن { $classmate } الآن، وسيتحدّث المرشد معه اليوم.
conduct-the-exclusion-c-promise = رسائل لطيفة منك إلى { $classmate } طوال المساء. تصير الردود أقصر، ثم تتوقف. ولا يعرف أي شخص بالغ بما يشعر به { $classmate }.

conduct-the-exclusion-warning = «لا أحد يريدني هنا» علامة إنذار على أن أحدًا يمرّ بوقت صعب جدًا. جزء من هذا جاء منك، وما زال بإمكانك المساعدة. هذا أكبر من أن يبقى عليك وحدك.
conduct-the-exclusion-fix-choice = إن كان هذا ثقيلًا عليك أنت أيضًا، فزر «أحتاج إلى مساعدة» موجود دائمًا في الزاوية. ما اختيارك؟
conduct-the-exclusion-choice-go-teacher = أذهب إلى { $teacher } الآن ومعي تلك الرسالة.
conduct-the-exclusion-feedback-go-teacher = هذه شجاعة حقيقية. الاعتراف بدورك وإشراك شخص بالغ فورًا هو ما يهمّ الآن. لست شخصًا سيئًا، بل كان قرارًا سيئًا، وإصلاحه بيدك الآن.
conduct-the-exclusion-choice-sorry-space = أرسل اعتذارًا إلى { $classmate } وأمنحه بعض المساحة.
conduct-the-exclusion-feedback-sorry-space = الاعتذار مهم. لكن بعد «لا أحد يريدني هنا» لا يكفي الاعتذار وحده: يجب أن يعرف شخص بالغ، كي يجد { $classmate } الدعم اليوم.
conduct-the-exclusion-choice-just-joke = كانت مزحة. سيعود إلى الدردشة قبل الاثنين، أكيد.
conduct-the-exclusion-feedback-just-joke = فرصة لنتعلّم: حين يغادر أحد كل المجموعات قائلًا إن لا أحد يريده، لم تعد مزحة. انتظار أن يمرّ الأمر قد يتركه وحيدًا حين يكون في أشد الحاجة إلى العون.
conduct-the-exclusion-c-teacher-late = شكرًا لأنك أخبرتني، ولصدقك بشأن دورك. سأبحث عن { $classmate } الآن، وأتأكد أنه يلقى الدعم، وسأتعامل مع المجموعة.
conduct-the-exclusion-c-joke = تركت الأمر. المجموعة تستمر في النشر، و{ $classmate } بعيد عن كل الدردشات، ولا أحد يسأل عنه.
conduct-the-exclusion-c-heart = يقرأ { $classmate } رسالتك لكنه لا يرد. وفي صباح اليوم التالي، مقعده في الصف فارغ.

conduct-the-exclusion-late-choice = لا ردّ بعدُ من { $classmate }، وذلك المقعد فارغ. ما اختيارك؟
conduct-the-exclusion-choice-counsellor = أذهب إلى مكتب المرشد في المدرسة قبل الحصة الأولى.
conduct-the-exclusion-feedback-counsellor = أحسنت. المرشد في المدرسة موجود لهذا بالضبط، والذهاب مبكرًا يعني أن { $classmate } يجد العون اليوم. لقد حوّلت خطأً إلى اهتمام حقيقي.
conduct-the-exclusion-choice-wait = سأنتظر. إن غاب غدًا أيضًا، سأخبر أحدًا بالأمر.
conduct-the-exclusion-feedback-wait = فرصة لنتعلّم: حين يقول أحد إن لا أحد يريده ثم يختفي، فالانتظار هو الخطر. الكبار يفضّلون أن يعرفوا مبكرًا جدًا على أن يعرفوا متأخرًا جدًا.
conduct-the-exclusion-c-counsellor = يستمع المرشد إليك، ويشكرك، ويتصل بعائلة { $classmate } فورًا. وبحلول العصر، يجد { $classmate } من يتحدث إليه.
conduct-the-exclusion-c-wait = انتظرت. يغيب { $classmate } في اليوم التالي أيضًا، ولم يسمع أي شخص بالغ بالأمر بعد.

conduct-the-exclusion-end-safe = لم يكن لك دور في الإقصاء، ولم يواجه { $classmate } الأمر وحيدًا: ذهبتما معًا إلى { $teacher }. يجري التعامل مع المجموعة، وصار { $classmate } يعرف من يقف إلى جانبه.
conduct-the-exclusion-end-told = حفظت سرّ { $classmate } في البداية، لكن حين قال إن لا أحد يريده، ذهبت إلى { $teacher } فورًا. { $classmate } يلقى الدعم الآن، ويجري التعامل مع المجموعة.
conduct-the-exclusion-end-recovered = جزء من الأذى جاء منك، وقد أصلحته: حين قال { $classmate } إن لا أحد يريده، أشركت شخصًا بالغًا. { $classmate } يلقى الدعم الآن. هذا احتاج إلى شجاعة حقيقية.
conduct-the-exclusion-end-harmful = ‏{ $classmate } وحده مع «لا أحد يريدني هنا»، ولا يعرف أي شخص بالغ بعد. ليس ذنبك أن المجموعة بدأت هذا، ولم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك، وسيساعدك. وزر «أحتاج إلى مساعدة» موجود دائمًا.
