# السلوك / العدوانية: نُشرت دون إذن (الأعمار 13-15)، صورة محرجة (غير فاضحة) نُشرت دون موافقة

conduct-the-photo-without-consent-title = نُشرت دون إذن
conduct-the-photo-without-consent-summary = صورة محرجة لزميل نائم في الحافلة تنتشر بسرعة، وأنت مُشار إليك فيها.
conduct-the-photo-without-consent-remember = الاستئذان قبل نشر صورة لأي شخص، وعدم مشاركة صورة لم يوافق صاحبها عليها أبدًا. الأفضل: صور الشاشة أولًا، ثم الإبلاغ، وإخبار شخص بالغ موضع ثقتك.

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $leader }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-teacher-hart = الأستاذ حاتم
conduct-the-photo-without-consent-teacher-diallo = الأستاذة دلال
conduct-the-photo-without-consent-teacher-berg = الأستاذ بكر

conduct-the-photo-without-consent-intro = صباح الاثنين على { $app }. منشور من { $leader } ينتشر بسرعة كبيرة، ونصف صفّك مُشار إليهم فيه، وأنت منهم.

conduct-the-photo-without-consent-spot = شيء ما في هذا المنشور ليس مقبولًا. لنلمس كل ما يجعله مشكلة.
conduct-the-photo-without-consent-card-title = { $leader }
conduct-the-photo-without-consent-card-body = صورة لـ{ $classmate } في نوم عميق في حافلة الرحلة المدرسية، والفم مفتوح على وسعه، مع ملصق لعاب مُضاف.
conduct-the-photo-without-consent-part-public = ‏{ $leader } - عام
conduct-the-photo-without-consent-feedback-part-public = «عام» يعني أن أي شخص يستطيع رؤيته وحفظه ومشاركته، لا صفّك فقط. لحظة خاصة خرجت الآن من يد { $classmate }.
conduct-the-photo-without-consent-part-caption = التعليق: الأميرة النائمة ههههههه #رحلة_الحافلة
conduct-the-photo-without-consent-feedback-part-caption = التعليق يجعل { $classmate } موضع سخرية. نشر صورة شخص في لحظة ضعف، مثل النوم، دون استئذانه ليس مقبولًا.
conduct-the-photo-without-consent-part-shares = تمت مشاركته 214 مرة
conduct-the-photo-without-consent-feedback-part-shares = كل مشاركة تنشره أبعد وتجعل حذفه أصعب. وحين يخرج إلى العلن، لا أحد يتحكّم في المكان الذي يصل إليه.
conduct-the-photo-without-consent-part-tags = الإشارات: أنت و12 زميلًا. ليس بينهم { $classmate }.
conduct-the-photo-without-consent-feedback-part-tags = لا إشارة إلى { $classmate }، فربما لم يصل خبر هذه الصورة بعد. ولم يستأذن أحد. هذا نشر من دون موافقة.
conduct-the-photo-without-consent-part-time = نُشر الساعة 8:14 صباحًا
conduct-the-photo-without-consent-feedback-part-time = الوقت ليس المشكلة. المهم أنه لا موافقة من { $classmate } على نشر هذه الصورة أبدًا.
conduct-the-photo-without-consent-part-app = اسم التطبيق وشعاره: { $app }
conduct-the-photo-without-consent-feedback-part-app = المشكلة ليست في التطبيق. هذه الصورة ستؤذي على أي تطبيق: المهم أنه لا موافقة من { $classmate } عليها أبدًا.
conduct-the-photo-without-consent-part-buttons = زرّا القلب والإرسال في الأعلى
conduct-the-photo-without-consent-feedback-part-buttons = هذان زرّان عاديان في التطبيق، على كل منشور. ليسا ما يجعل هذا المنشور مشكلة: المشكلة في الصورة، ومن يستطيع رؤيتها، وهل وافق صاحبها.
conduct-the-photo-without-consent-part-photo = صورة: { $classmate } في نوم عميق في الحافلة، والفم مفتوح
conduct-the-photo-without-consent-feedback-part-photo = في النوم لا يستطيع أحد أن يقول «نعم»، فلم تكن لدى { $classmate } فرصة للموافقة. نشر صورة شخص لا يستطيع الموافقة، في لحظة لا يختار أحد مشاركتها، هو لبّ المشكلة.
conduct-the-photo-without-consent-pic-public = عام
conduct-the-photo-without-consent-pic-time = ‏8:14 ص
conduct-the-photo-without-consent-pic-shares = ‏214 مشاركة
conduct-the-photo-without-consent-pic-tags = أنت و12 شخصًا آخر
conduct-the-photo-without-consent-pic-caption = الأميرة النائمة ههههههه #رحلة_الحافلة

conduct-the-photo-without-consent-share-choice = ههههههه هذا أضحك شيء على الإطلاق. شاركوها كلكم!!
conduct-the-photo-without-consent-choice-dm-poster = أراسل { $leader }: احذفها، { $classmate } لم يوافق أبدًا.
conduct-the-photo-without-consent-feedback-dm-poster = تصرّف ذكي. الرسالة المباشرة تمنح { $leader } فرصة لإصلاح الأمر من دون جمهور. التقاط الصورة لا يعطي الحق في نشرها: نستأذن أولًا.
conduct-the-photo-without-consent-choice-comment-public = أعلّق ليراه الجميع: هذا قاسٍ جدًا، احذفها الآن!
conduct-the-photo-without-consent-feedback-comment-public = الدفاع عن { $classmate } صحيح. لكن التعليق العلني يمنح المنشور اهتمامًا أكبر، فيعرضه التطبيق على عدد أكبر من الناس. الرسالة المباشرة أو البلاغ أهدأ.
conduct-the-photo-without-consent-choice-share-story = أشاركها في قصتي. الجميع رآها على أي حال.
conduct-the-photo-without-consent-feedback-share-story = فرصة لنتعلّم: «الجميع رآها» لا تجعل الأمر مقبولًا. مشاركة صورة شخص دون موافقته تنشرها أبعد، وعليها اسمك.

conduct-the-photo-without-consent-c-poster-reply = على مهلك، إنها مزحة. والصورة صورتي، أنا التقطتها، لذا يحق لي أن أنشرها.
conduct-the-photo-without-consent-c-comment = يتلقّى تعليقك ردودًا: «هههه على مهلك»، «من هذا أصلًا». ويقفز المنشور إلى أعلى صفحات الجميع، وقد صار عليه 300 مشاركة.

conduct-the-photo-without-consent-report-choice = صحيح أن { $leader } التقط الصورة، لكن هذا لا يعطيه الحق في نشر صورة { $classmate } دون استئذان. المنشور ما زال موجودًا. وماذا الآن؟
conduct-the-photo-without-consent-choice-screenshot-report = ألتقط صورًا للمنشور ومن شاركه، ثم أبلغ عنه.
conduct-the-photo-without-consent-feedback-screenshot-report = ترتيب ذكي. صور الشاشة أولًا تحفظ الأدلة، حتى لو حُذف المنشور أو حُظر أحد. ثم الإبلاغ عنه بأنه «نُشر دون موافقة»: التطبيقات تأخذ ذلك بجدية.
conduct-the-photo-without-consent-choice-report-block = أبلغ عنه وأحظر { $leader } فورًا، وينتهي الأمر.
conduct-the-photo-without-consent-feedback-report-block = الإبلاغ صحيح. لكن الحظر أولًا يخفي المنشور عنك وحدك، لا عن الآخرين، ولا شيء محفوظ لديك لعرضه. الأفضل: الصور أولًا، ثم الإبلاغ والحظر.
conduct-the-photo-without-consent-choice-untag = أزيل الإشارة إليّ، كي لا يظهر اسمي عليها على الأقل.
conduct-the-photo-without-consent-feedback-untag = إزالة الإشارة تُبعد اسمك عنها، وهذا جيد. لكن الصورة ما زالت علنية، و{ $classmate } ما زال يحتاج إلى من يقف إلى جانبه.

conduct-the-photo-without-consent-c-reported = حفظت ثلاث صور شاشة: المنشور، والتعليق عليه، وعدد المشاركات. ثم أبلغت عنه بأنه «نُشر دون موافقة». وبعد دقيقة، تصلك رسالة من { $classmate }.
conduct-the-photo-without-consent-pic-report-title = الإبلاغ عن منشور
conduct-the-photo-without-consent-pic-report-heading = سبب الإبلاغ عن هذا المنشور
conduct-the-photo-without-consent-pic-reason-spam = محتوى غير مرغوب فيه
conduct-the-photo-without-consent-pic-reason-consent = نُشر دون موافقة
conduct-the-photo-without-consent-pic-reason-other = سبب آخر
conduct-the-photo-without-consent-pic-report-send = إرسال البلاغ
conduct-the-photo-without-consent-pic-report-saved = حُفظت 3 صور شاشة
conduct-the-photo-without-consent-c-blocked = يختفي المنشور من شاشتك. وبعد ساعة يقول التطبيق إنه لم يجد أي مشكلة، ولا شيء محفوظ لديك لعرضه على أحد. ثم تصلك رسالة من { $classmate }.
conduct-the-photo-without-consent-c-untagged = لم يعد اسمك عليها. لكن الصورة باقية: 600 مشاركة بحلول الظهر، وطلاب من مدارس أخرى يعلّقون. ثم تصلك رسالة من { $classmate }.

conduct-the-photo-without-consent-classmate = هل رأيت صورة الحافلة؟ الجميع يضحكون عليّ. لم أسمح لأحد أبدًا بنشرها. أريدها أن تختفي فقط.
conduct-the-photo-without-consent-choice-go-together = ليس ذنبك. لنذهب معًا إلى { $teacher } في الاستراحة الآن.
conduct-the-photo-without-consent-feedback-go-together = ممتاز. من حق { $classmate } أن يقرّر بشأن صورته. والشخص البالغ موضع ثقتك يستطيع دفع { $app } إلى حذفها بسرعة، والتعامل مع { $leader }.
conduct-the-photo-without-consent-choice-ignore-it = هذا فظيع. تجاهلها فقط، بحلول الجمعة سينساها الجميع.
conduct-the-photo-without-consent-feedback-ignore-it = لطفك مع { $classmate } مهم. لكن تجاهل المنشور لا يحذفه، وهو يستمر في الانتشار في أثناء الانتظار. الشخص البالغ يستطيع أن يجعلهم يحذفونه.
conduct-the-photo-without-consent-choice-revenge = لننشر صورة أسوأ لـ{ $leader }. العين بالعين، هذا عدل.
conduct-the-photo-without-consent-feedback-revenge = فرصة لنتعلّم: منشور الانتقام يضاعف الأذى وقد يوقعكما معًا في مشكلة. حذف الصورة يصلح الأمر، أما صورة ثانية فلا.

conduct-the-photo-without-consent-c-teacher = شكرًا لأنكما جئتما إليّ. يا { $classmate }، لا ذنب لك في أي شيء. سأتحدّث مع { $leader } اليوم، وسنبلغ { $app } عنها معًا حتى تُحذف.
conduct-the-photo-without-consent-c-revenge = صورتك لـ{ $leader } تُضحك الناس لساعة. والآن تنتشر صورتان محرجتان، وصورة الحافلة مستمرة في الانتشار.
conduct-the-photo-without-consent-c-ignored = بحلول الجمعة وصلت الصورة إلى مدارس أخرى، وصار بعضهم يشخر بصوت عالٍ حين يمرّ { $classmate }. ولم يعد { $classmate } يذهب إلى الغداء.

conduct-the-photo-without-consent-still-up = لم تُنسَ. المنشور ما زال موجودًا، و{ $classmate } يواجه الأمر وحده. وماذا الآن؟
conduct-the-photo-without-consent-choice-take-to-teacher = آخذ { $classmate } إلى { $teacher } اليوم، ونُريه المنشور.
conduct-the-photo-without-consent-feedback-take-to-teacher = أحسنت. لم يفت الأوان أبدًا لإشراك شخص بالغ، والمعلم يستطيع حذف المنشور وإيقاف نكات الشخير. وفي المرة القادمة، الأبكر أفضل.
conduct-the-photo-without-consent-choice-leave-it = سأتركه. إثارة ضجة الآن ستزيد الأمر سوءًا.
conduct-the-photo-without-consent-feedback-leave-it = فرصة لنتعلّم: الصمت يبدو أسلم، لكن المنشور يستمر في الانتشار و{ $classmate } ما زال يواجهه وحده. الشخص البالغ يستطيع التصرّف دون إثارة ضجة.
conduct-the-photo-without-consent-c-teacher-friday = يسعدني أنكما جئتما. يا { $classmate }، لا ذنب لك في أي شيء من هذا. سأتحدّث مع { $leader } اليوم، وأجعل { $app } يحذف الصورة.
conduct-the-photo-without-consent-c-left = تركت الأمر. يبقى المنشور، وتستمر نكات الشخير، ويبدأ { $classmate } بالخوف حتى من رحلة الحافلة إلى المدرسة.

conduct-the-photo-without-consent-c-your-share = قصتك تحصل على 40 مشاهدة. ثم يصلك ردّ من { $classmate } عليها: «حقًا؟ حتى أنت؟»
conduct-the-photo-without-consent-pic-story-title = قصتك
conduct-the-photo-without-consent-pic-story-views = ‏40 مشاهدة
conduct-the-photo-without-consent-pic-story-reply = حقًا؟ حتى أنت؟
conduct-the-photo-without-consent-fix-choice = آخ. هذا الرد مؤلم، لكن ما زال بإمكانك إصلاح الأمر. ما اختيارك؟
conduct-the-photo-without-consent-choice-own-up = أحذف قصتي، وأعتذر، وأعترف بكل شيء لـ{ $teacher }.
conduct-the-photo-without-consent-feedback-own-up = هكذا تقلب الأمور. الحذف يوقف دورك في الانتشار، والاعتذار يعني الكثير لـ{ $classmate }، والشخص البالغ موضع ثقتك يستطيع أن يحذف المنشور الأصلي.
conduct-the-photo-without-consent-choice-delete-quietly = أحذف قصتي بهدوء وأتمنى أن ينسى الجميع ما حدث.
conduct-the-photo-without-consent-feedback-delete-quietly = الحذف كان خطوة أولى صحيحة. لكن { $classmate } رأى ما فعلت، والأصل ما زال منشورًا. الاعتذار والإبلاغ سيصنعان فرقًا حقيقيًا.
conduct-the-photo-without-consent-choice-keep-story = سأبقيها. الجميع شاركها، ولست الأسوأ بينهم أبدًا، صدقًا.
conduct-the-photo-without-consent-feedback-keep-story = فرصة لنتعلّم: «الجميع فعلوها» لا تقلّل الأذى، بل تضاعفه. لم يفت الأوان أبدًا للحذف والاعتذار وطلب المساعدة.
conduct-the-photo-without-consent-c-teacher-late = شكرًا لصدقك معي. حذفها والاعتذار كانا التصرّف الصحيح. سأبذل كل ما أستطيع لحذف المنشور الأصلي، وسنتحدّث مع الصف كله عن الموافقة.
conduct-the-photo-without-consent-c-kept = تبقى قصتك منشورة وتحصد 90 مشاهدة إضافية. ويتوقف { $classmate } عن الرد على أي أحد.
conduct-the-photo-without-consent-c-deleted = اختفت قصتك، لكن { $classmate } لا يرد عليك، والمنشور الأصلي ما زال ينتشر.
conduct-the-photo-without-consent-c-safe-now = أغلقت التطبيق. الأصل ما زال منشورًا، و{ $classmate } ما زال لا يرد على أحد.

conduct-the-photo-without-consent-original-choice = حُذف الجزء الخاص بك، لكن الأصل ما زال موجودًا مع 600 مشاركة. وماذا الآن؟
conduct-the-photo-without-consent-choice-report-original = ألتقط صورًا للمنشور الأصلي، وأبلغ عنه، ثم أعتذر.
conduct-the-photo-without-consent-feedback-report-original = هكذا يُصلح الأمر. صور الشاشة تحفظ الأدلة، والبلاغ يحرّك التطبيق، والاعتذار يُظهر لـ{ $classmate } أنك صرت في صفّه. وإن بقي المنشور، يستطيع شخص بالغ موضع ثقتك أن يضغط أيضًا.
conduct-the-photo-without-consent-choice-safe-now = أنا في أمان الآن، حذفت جزئي. الباقي ليس مسؤوليتي.
conduct-the-photo-without-consent-feedback-safe-now = فرصة لنتعلّم: حذف جزئك كان جيدًا، لكن { $classmate } ما زال يواجه الأصل. البلاغ والاعتذار لا يكلّفانك كثيرًا ويساعدان كثيرًا.
conduct-the-photo-without-consent-c-report-original = حفظت صور الشاشة وأبلغت عن المنشور بأنه «نُشر دون موافقة». ثم راسلت { $classmate }: «أعتذر لأنني شاركتها.» وبعد قليل يصلك الرد: «شكرًا.»

conduct-the-photo-without-consent-end-safe = لم يكن لك دور في نشر الصورة، ولم يواجه { $classmate } الأمر وحده: ذهبتما معًا إلى { $teacher }، والمنشور في طريقه إلى الحذف. هكذا يبدو الاحترام على الإنترنت.
conduct-the-photo-without-consent-end-told-later = مرّت بضعة أيام صعبة، لكنك أخذت { $classmate } إلى { $teacher }، والمنشور في طريقه إلى الحذف. الذهاب إلى شخص بالغ فورًا قد يوفّر أسبوعًا من الألم.
conduct-the-photo-without-consent-end-recovered = شاركت الصورة في البداية، ثم أصلحت الأمر: حذفت قصتك، واعتذرت إلى { $classmate }، وسعيت إلى حذف الأصل. إصلاح الخطأ يحتاج إلى شجاعة.
conduct-the-photo-without-consent-end-harmful = صورة الحافلة مستمرة في الانتشار، و{ $classmate } يخاف الذهاب إلى المدرسة. ليس ذنبك أن { $leader } نشرها، ولم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك، وسيساعدك على حذفها.

# What the choices leave on "My phone" (traces).
conduct-the-photo-without-consent-trace-story = صورة الحافلة التي يظهر فيها { $classmate }، ما زالت في قصتك.
conduct-the-photo-without-consent-trace-story-advice = لم تكن هناك موافقة عليها أبدًا. الحل: حذفها، والاعتذار، وطلب المساعدة من شخص بالغ موضع ثقتك في حذف الأصل.
