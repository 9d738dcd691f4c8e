# السلوك / العدوانية: نُشرت دون إذن (الأعمار 13-15)، صورة محرجة (غير فاضحة) نُشرت دون موافقة

conduct-the-photo-without-consent-title = نُشرت دون إذن
conduct-the-photo-without-consent-summary = صورة محرجة لزميل نائم في الحافلة تنتشر بسرعة، وأنت مُشار إليك فيها.
conduct-the-photo-without-consent-remember = استأذن قبل أن تنشر صورة لأي شخص، ولا تشارك أبدًا صورة لم يوافق صاحبها عليها. أبلغ عنها، وساند الشخص، وأخبر شخصًا بالغًا تثق به.

conduct-the-photo-without-consent-app = { $app }
conduct-the-photo-without-consent-npc-poster = { $poster }
conduct-the-photo-without-consent-npc-classmate = { $classmate }
conduct-the-photo-without-consent-npc-teacher = { $teacher }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
conduct-the-photo-without-consent-app-glimpse = Glimpse
conduct-the-photo-without-consent-app-framez = Framez
conduct-the-photo-without-consent-app-pixly = Pixly
conduct-the-photo-without-consent-name-ella = ليان
conduct-the-photo-without-consent-name-marcus = مروان
conduct-the-photo-without-consent-name-lina = لينا
conduct-the-photo-without-consent-name-jordan = jordan.lol
conduct-the-photo-without-consent-name-tyler = tyler_jokes
conduct-the-photo-without-consent-name-sofia = sofia.vibes
conduct-the-photo-without-consent-teacher-hart = الأستاذ حاتم
conduct-the-photo-without-consent-teacher-diallo = الأستاذة دلال
conduct-the-photo-without-consent-teacher-berg = الأستاذ بكر

conduct-the-photo-without-consent-intro = صباح الاثنين على { $app }. منشور من { $poster } ينتشر بسرعة كبيرة، ونصف صفّك مُشار إليهم فيه، وأنت منهم.

conduct-the-photo-without-consent-spot = شيء ما في هذا المنشور ليس مقبولًا. المس كل ما يجعله مشكلة.
conduct-the-photo-without-consent-card-title = { $poster }
conduct-the-photo-without-consent-card-body = صورة لـ{ $classmate } في نوم عميق في حافلة الرحلة المدرسية، والفم مفتوح على وسعه، مع ملصق لعاب مُضاف.
conduct-the-photo-without-consent-part-public = { $poster } - عام
conduct-the-photo-without-consent-feedback-part-public = «عام» يعني أن أي شخص يستطيع رؤيته وحفظه ومشاركته، لا صفّك فقط. لحظة خاصة خرجت الآن من يد { $classmate }.
conduct-the-photo-without-consent-part-caption = التعليق: الأميرة النائمة ههههههه #رحلة_الحافلة
conduct-the-photo-without-consent-feedback-part-caption = التعليق يجعل { $classmate } موضع سخرية. نشر صورة شخص في لحظة ضعف، مثل النوم، دون استئذانه ليس مقبولًا.
conduct-the-photo-without-consent-part-shares = تمت مشاركته 214 مرة
conduct-the-photo-without-consent-feedback-part-shares = كل مشاركة تنشره أبعد وتجعل حذفه أصعب. وحين يخرج إلى العلن، لا أحد يتحكّم في المكان الذي يصل إليه.
conduct-the-photo-without-consent-part-tags = الإشارات: أنت و12 زميلًا. ليس بينهم { $classmate }.
conduct-the-photo-without-consent-feedback-part-tags = لا إشارة إلى { $classmate }، فربما لم يصل خبر هذه الصورة بعد. ولم يستأذن أحد. هذا نشر من دون موافقة.
conduct-the-photo-without-consent-part-time = نُشر الساعة 8:14 صباحًا
conduct-the-photo-without-consent-feedback-part-time = الوقت ليس المشكلة. المهم أنه لا موافقة من { $classmate } على نشر هذه الصورة أبدًا.

conduct-the-photo-without-consent-share-choice = ههههههه هذا أضحك شيء على الإطلاق. شاركوها كلكم!!
conduct-the-photo-without-consent-choice-ask-takedown = سأراسل { $poster }: احذفها، لم تكن هناك موافقة على هذا
conduct-the-photo-without-consent-feedback-ask-takedown = قرار جيد. الرسالة الخاصة تمنح { $poster } فرصة لإصلاح الأمر دون خلاف علني. استأذن قبل أن تنشر صورة لأي شخص: هذه هي القاعدة.
conduct-the-photo-without-consent-choice-scroll-on = سأتجاوزه دون مشاركة
conduct-the-photo-without-consent-feedback-scroll-on = عدم المشاركة يمنع انتشاره عن طريقك. لكن المنشور ما زال موجودًا، وربما لم يصل الخبر إلى { $classmate } بعد. يمكنك أن تفعل أكثر.
conduct-the-photo-without-consent-choice-share-story = سأشاركها في قصتي، إنها مجرد مزحة
conduct-the-photo-without-consent-feedback-share-story = فرصة لنتعلّم: ما يضحكك قد يكون كابوسًا لـ{ $classmate }. مشاركة صورة شخص دون موافقته تنشرها أبعد، ويكون اسمك عليها.

conduct-the-photo-without-consent-poster-reply = اهدأ، إنها مزحة. والصورة صورتي، أنا التقطتها، لذا يحق لي أن أنشرها.
conduct-the-photo-without-consent-report-choice = صحيح أن الصورة من تصوير { $poster }، لكن هذا لا يبرّر نشر صورة { $classmate } دون استئذان. وماذا الآن؟
conduct-the-photo-without-consent-choice-report-check = سأبلغ عن المنشور وأطمئن على { $classmate }
conduct-the-photo-without-consent-feedback-report-check = بالضبط. التطبيقات تتيح لك الإبلاغ عن الصور المنشورة دون موافقة، والاطمئنان على { $classmate } يعني وجود سند لـ{ $classmate } في مواجهة هذا.
conduct-the-photo-without-consent-choice-untag = سأزيل الإشارة إليّ وأبتعد عن الموضوع
conduct-the-photo-without-consent-feedback-untag = إزالة الإشارة تبعد اسمك عنه. لكن الصورة ما زالت عامة، ووجود من يساند { $classmate } ما زال ضروريًا.
conduct-the-photo-without-consent-choice-like-it = حسنًا، من التقطها حرّ بها. سأضع إعجابًا وأكمل.
conduct-the-photo-without-consent-feedback-like-it = فرصة لنتعلّم: التقاط صورة لا يعطي أحدًا الحق في نشر صورة شخص آخر. الإعجاب يقول للتطبيق، ولـ{ $poster }، إن الأمر مقبول.

conduct-the-photo-without-consent-scrolled = بحلول الظهر صار للصورة 600 مشاركة، وطلاب من مدارس أخرى يعلّقون عليها. وفي الممر، يصدر بعضهم أصوات شخير عند مرور { $classmate }.

conduct-the-photo-without-consent-classmate = هل رأيت صورة الحافلة؟ الجميع يضحكون عليّ. لم أسمح لأحد أبدًا بنشرها. أريدها أن تختفي فقط.
conduct-the-photo-without-consent-choice-adult-takedown = هذا ليس ذنبك. لنطلب من { $teacher } المساعدة في حذفها.
conduct-the-photo-without-consent-feedback-adult-takedown = ممتاز. القرار في صورة { $classmate } لا يملكه أحد سوى { $classmate }. يستطيع شخص بالغ تثق به أن يساعد في جعل { $app } يحذفها بسرعة، وأن يتعامل مع من نشرها.
conduct-the-photo-without-consent-choice-ignore-it = هذا فظيع. ربما الأفضل تجاهلها؟
conduct-the-photo-without-consent-feedback-ignore-it = اللطف مع { $classmate } مهم. لكن التجاهل لن يحذفها. زر الإبلاغ في التطبيق وشخص بالغ تثق به يستطيعان ذلك.
conduct-the-photo-without-consent-choice-revenge = سأنشر صورة محرجة لـ{ $poster } للرد بالمثل
conduct-the-photo-without-consent-feedback-revenge = فرصة لنتعلّم: منشور الانتقام يضاعف الأذى وقد يوقعك في مشكلة أنت أيضًا. الإبلاغ وطلب المساعدة يصلحان الأمر، أمّا صورة ثانية فلا.

conduct-the-photo-without-consent-adult-helps = شكرًا لأنكما جئتما إليّ. يا { $classmate }، لا ذنب لك في شيء. سنبلغ { $app } عنها، ونتحدّث مع { $poster }، ونتأكّد من حذفها.

conduct-the-photo-without-consent-your-share = قصتك تحصل على 40 مشاهدة. ثم يصلك ردّ من { $classmate } عليها: «حقًا؟ حتى أنت؟»
conduct-the-photo-without-consent-fix-choice = آخ. هذا الرد مؤلم، لكن ما زال بإمكانك إصلاح الأمر. ماذا ستفعل؟
conduct-the-photo-without-consent-choice-delete-sorry-tell = سأحذف قصتي، وأعتذر، وأخبر { $teacher }
conduct-the-photo-without-consent-feedback-delete-sorry-tell = هكذا تقلب الأمور. الحذف يوقف دورك في الانتشار، والاعتذار يعني الكثير لـ{ $classmate }، والشخص البالغ الذي تثق به يستطيع أن يحذف المنشور الأصلي.
conduct-the-photo-without-consent-choice-delete-story = سأحذف قصتي بهدوء
conduct-the-photo-without-consent-feedback-delete-story = الحذف يساعد، لكن ما فعلته لم يخفَ على { $classmate }، والمنشور الأصلي ما زال موجودًا. الاعتذار والإبلاغ يصنعان فرقًا حقيقيًا.
conduct-the-photo-without-consent-choice-keep-story = سأبقيها، فالجميع شاركوها على أي حال
conduct-the-photo-without-consent-feedback-keep-story = فرصة لنتعلّم: «الجميع فعلوها» لا تقلّل الأذى، بل تضاعفه. لم يفت الأوان أبدًا للحذف والاعتذار وطلب المساعدة.

conduct-the-photo-without-consent-adult-helps-late = شكرًا لصدقك معي. حذفها والاعتذار كانا التصرّف الصحيح. سأتأكّد من حذف المنشور الأصلي، وسنتحدّث مع الصف كله عن الموافقة.

conduct-the-photo-without-consent-end-safe = اكتشفت صورة نُشرت دون موافقة، ورفضت نشرها، وساعدت { $classmate } على حذفها. هكذا يبدو الاحترام على الإنترنت.
conduct-the-photo-without-consent-end-mixed = لم تجعل الأمر أسوأ، لكن الصورة ما زالت منتشرة، و{ $classmate } في مواجهتها بلا سند. الإبلاغ عنها وإخبار شخص بالغ تثق به يؤدّيان إلى حذفها.
conduct-the-photo-without-consent-end-recovered = شاركتها في البداية، ثم اعترفت بخطئك، واعتذرت، وساعدت في حذفها. ولم يخفَ ذلك على { $classmate }. إصلاح الخطأ يحتاج إلى جرأة.
conduct-the-photo-without-consent-end-harmful = الصورة تواصل الانتشار، والذهاب إلى المدرسة صار كابوسًا لـ{ $classmate }. لم يفت الأوان أبدًا: احذف، واعتذر، وأبلغ، وأخبر شخصًا بالغًا تثق به.
