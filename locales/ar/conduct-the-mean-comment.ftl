# السلوك / العدوانية: التعليق المؤذي (الأعمار 9-12)

conduct-the-mean-comment-title = التعليق المؤذي
conduct-the-mean-comment-summary = الغضب من صديق يملؤك، وتعليق مؤذٍ على بُعد لمسة واحدة فقط.
conduct-the-mean-comment-remember = عند الغضب، الأفضل التوقّف قبل النشر. وإن بدأ تنمّر جماعي: صورة للشاشة أولًا، ثم الحظر والإبلاغ، وإخبار شخص بالغ موضع ثقتك.

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-video-dance = رقصتي الجديدة
conduct-the-mean-comment-video-skate = أول حركة لي على لوح التزلّج
conduct-the-mean-comment-video-slime = وصفتي لسلايم اللمعان
conduct-the-mean-comment-adult-teacher = الأستاذة هدى
conduct-the-mean-comment-adult-mum = ماما
conduct-the-mean-comment-adult-dad = بابا

conduct-the-mean-comment-npc-friend = { $friend }
conduct-the-mean-comment-npc-adult = { $adult }

conduct-the-mean-comment-intro = مرحبًا، أنا سانغو! في استراحة الغداء اليوم، كان مكان { $friend } مع أطفال آخرين، ولم يكن هناك مقعد محجوز لك. آخ! والآن ظهر فيديو جديد لـ{ $friend } على { $app }.

conduct-the-mean-comment-spot-comments = أطفال كثيرون يعلّقون. لنلمس التعليقات غير اللطيفة. وانتباه: الصراحة ليست مثل الإيذاء!
conduct-the-mean-comment-card-title = فيديو { $friend } الجديد
conduct-the-mean-comment-card-body = شاهدوا { $video }!
conduct-the-mean-comment-part-tip = رائع! ربما يكون التصوير في مكان أكثر إضاءة أفضل في المرة القادمة؟
conduct-the-mean-comment-feedback-tip = ليس مؤذيًا! هذا تعليق صريح ولطيف: كلمة جميلة أولًا، ثم نصيحة مفيدة. التعليق الصريح يمكن أن يكون ودودًا.
conduct-the-mean-comment-part-cringe = سخيف جدًا هههه. الأفضل أن تحذف حسابك وخلاص
conduct-the-mean-comment-feedback-cringe = مؤذٍ، أحسنت الملاحظة! الطلب من شخص أن يحذف حسابه ليس نصيحة صادقة. هدفه الوحيد هو الإيذاء.
conduct-the-mean-comment-part-pile = يا جماعة، علّقوا كلكم على مدى سوء هذا!!!
conduct-the-mean-comment-feedback-pile = مؤذٍ، أحسنت الملاحظة! هذه دعوة إلى تنمّر جماعي: أشخاص كثيرون يتكتّلون ضد شخص واحد. هذا تنمّر، حتى على الإنترنت.
conduct-the-mean-comment-part-honest = ليس من النوع الذي أحبه، لكن مستواك يتحسّن!
conduct-the-mean-comment-feedback-honest = ليس مؤذيًا! صاحب التعليق صريح في أن هذا ليس المفضّل لديه، لكنه يقولها بلطف. لا بأس أن نختلف بلطف.
conduct-the-mean-comment-part-nobody = لا أحد يحبك أصلًا يا { $friend }
conduct-the-mean-comment-feedback-nobody = مؤذٍ، أحسنت الملاحظة! هذا لا علاقة له بالفيديو أبدًا. إنه هجوم على { $friend }، وكلمات كهذه قد تؤلم مدة طويلة.
conduct-the-mean-comment-pic-typed = أسوأ فيديو على الإطلاق. وصداقتك مزيّفة أصلًا.
conduct-the-mean-comment-pic-post = نشر
conduct-the-mean-comment-pic-pile-note = ‏58 تعليقًا جديدًا على فيديو { $friend }
conduct-the-mean-comment-pic-reported = أُرسل البلاغ: أُخفيت 3 تعليقات

# قلها جيدًا: رسالة لطيفة إلى { $friend }، وفيديو { $friend } تنهال عليه التعليقات المؤذية
conduct-the-mean-comment-compose = تلك التعليقات مؤذية جدًا. ما زال ما حدث في الغداء يضايقك، لكن لا أحد يستحق هذا. لنكتب إلى { $friend } رسالة خاصة فيها مساندة، تساعد على إيقاف التعليقات: ما الذي يُقال فيها، وما الذي يُترك؟
conduct-the-mean-comment-compose-to = { $friend }
conduct-the-mean-comment-ph-hi = مرحبًا يا { $friend }!
conduct-the-mean-comment-why-hi = التحية اللطيفة لا بأس بها، بوجودها أو بدونها. الأهم هو ما يأتي بعدها.
conduct-the-mean-comment-ph-losers = هؤلاء مجرّد فاشلين.
conduct-the-mean-comment-why-losers = الغضب طبيعي، لكن هذه إهانة مقابل إهانة. الرسائل قد تُصوَّر وتُنشر، فيكبر الشجار أكثر.
conduct-the-mean-comment-ph-side = أنا في صفّك.
conduct-the-mean-comment-why-side = قصيرة وقوية! الشعور بأن هناك من يساند يخفّف الوحدة عن { $friend } كثيرًا.
conduct-the-mean-comment-ph-secret = لن أخبر الكبار بشيء، أعدك. سيبقى هذا سرًّا بيننا.
conduct-the-mean-comment-why-secret = يبدو هذا وفاءً، لكن الأسرار تُبعد الكبار القادرين على المساعدة. الصداقة الحقيقية تعني مساعدة { $friend } على إيجاد الدعم، لا إخفاء ما يحدث.
conduct-the-mean-comment-ph-unfair = تلك التعليقات مؤذية، ولا أحد يستحقها.
conduct-the-mean-comment-why-unfair = هذه العبارة تُظهر لـ{ $friend } أن المشكلة في التعليقات، وأن الذنب ليس ذنب { $friend } أبدًا.
conduct-the-mean-comment-ph-screenshot = لنصوّر أسوأ التعليقات ونبلغ عنها.
conduct-the-mean-comment-why-screenshot = الصور تحفظ الدليل، والإبلاغ يُخبر التطبيق بما يحدث. وفعل ذلك معًا يخفّف الحمل عن { $friend }.
conduct-the-mean-comment-ph-reply = لنردّ عليهم كلهم بقوة، حتى لا يفوزوا!
conduct-the-mean-comment-why-reply = يبدو هذا شجاعًا، لكن الرد عليهم يعطي التنمّر الجماعي انتباهًا أكبر، وهذا ما يريده المتنمّرون. حفظ الدليل والإبلاغ أفضل بكثير.
conduct-the-mean-comment-ph-grown-up = هل نخبر شخصًا كبيرًا معًا؟
conduct-the-mean-comment-why-grown-up = الشخص البالغ الموثوق يستطيع المساعدة في إيقاف التعليقات. وعرض الذهاب معًا يجعل الإخبار أسهل بكثير على { $friend }.

conduct-the-mean-comment-typing = أُرسلت الرسالة. لكن مع العودة إلى الفيديو، يعود إليك ضيق الغداء. إبهاماك يكتبان بسرعة: «أسوأ فيديو على الإطلاق. وصداقتك مزيّفة أصلًا.» وإصبعك فوق زر النشر.
conduct-the-mean-comment-post-choice = واو، مشاعر كبيرة! الغضب طبيعي. لكن الكلمات على الإنترنت قد تبقى طويلًا، ويراها كثيرون. ما اختيارك؟
conduct-the-mean-comment-choice-ignore-friend = سأحذفه، لكني سأتجاهل { $friend } من الآن فصاعدًا.
conduct-the-mean-comment-feedback-ignore-friend = عدم النشر كان ذكيًا! لكن تجاهل صديق يُطيل الألم لكليكما. التحدّث بصراحة مع { $friend } وجهًا لوجه قد يُصلح الأمور.
conduct-the-mean-comment-choice-pause = سأحذفه الآن. وغدًا في المدرسة أتكلّم مع { $friend }.
conduct-the-mean-comment-feedback-pause = اختيار رائع! انتبهت إلى أن هذه الكلمات قد تجرح كثيرًا. التوقّف وقت الغضب يمنع الندم، والحديث وجهًا لوجه يحلّ المشكلة.
conduct-the-mean-comment-choice-post = سأنشره. البداية كانت من { $friend } أصلًا!
conduct-the-mean-comment-feedback-post = فرصة لنتعلّم: الكلمات الغاضبة على الإنترنت قد يراها وينسخها ويحفظها كثيرون. حتى لو حذفتها لاحقًا، لا يمكنك دائمًا استرجاعها.

conduct-the-mean-comment-ignored = حذفته. لكنك توقفت عن الرد على رسائل { $friend }، فظهرت الحيرة والحزن على وجه { $friend }.
conduct-the-mean-comment-paused = حذفت الكلمات ووضعت هاتفك جانبًا. وشيئًا فشيئًا يهدأ غضبك.
conduct-the-mean-comment-posted = يحصد تعليقك 12 إعجابًا. ويكرّره آخرون: «نعم، صديق مزيّف!» وسرعان ما يصبح تنمّرًا جماعيًا. وفي المدرسة، تتجنّب عينا { $friend } النظر إليك.

conduct-the-mean-comment-pile-on = في الصباح التالي، تضاعفت التعليقات المؤذية تحت فيديو { $friend }، وانضمّ إليها طلاب من صفوف أخرى. وفي المدرسة، تبقى عينا { $friend } على الأرض.
conduct-the-mean-comment-pile-choice = هذا تنمّر جماعي: كثيرون يتكتّلون ضد شخص واحد. قد يؤلم كثيرًا. ما الذي بإمكانك فعله؟
conduct-the-mean-comment-choice-block-mean = سأحظر فورًا كل الحسابات المؤذية، فهذا أكثر أمانًا.
conduct-the-mean-comment-feedback-block-mean = الحظر يبدو الأكثر أمانًا، وهو يحميك فعلًا! لكنه يُخفي التعليقات عنك أنت فقط، وتضيع الأدلة. الأفضل: صورة للشاشة أولًا، ثم الحظر والإبلاغ.
conduct-the-mean-comment-choice-like-mean = سأعجب بواحد منها. فقد تُركتُ وحدي بسبب { $friend }.
conduct-the-mean-comment-feedback-like-mean = فرصة لنتعلّم: الشعور بالأذى لا يجعل التنمّر الجماعي عادلًا. كل شخص يستحق الاحترام، حتى من يثير غضبك. وكل إعجاب يكبّره.
conduct-the-mean-comment-choice-screenshot-report = سأصوّر أسوأ التعليقات أولًا، ثم أبلغ عنها كلها.
conduct-the-mean-comment-feedback-screenshot-report = ترتيب ذكي! صور الشاشة تحفظ الأدلة قبل أن يُحذف أي شيء، والإبلاغ يُعلم التطبيق بالتنمّر. من حق { $friend } الأمان على الإنترنت، ومن حقك أنت أيضًا.
conduct-the-mean-comment-choice-defend = سأردّ على الجميع: «كفى! اتركوا { $friend } بسلام!»
conduct-the-mean-comment-feedback-defend = الدفاع عن { $friend } يحتاج إلى شجاعة! لكن الجدال تحت الفيديو يمنح التنمّر جمهورًا أكبر. حفظ الأدلة والإبلاغ يعملان أفضل.

conduct-the-mean-comment-blocked-mean = تختفي التعليقات المؤذية من شاشتك. لكنها ما زالت ظاهرة لكل الآخرين، ولا واحد منها محفوظ لديك.
conduct-the-mean-comment-liked = إعجابك يرفع تعليقًا مؤذيًا إلى الأعلى. وينضمّ آخرون، ويظهر اسمك تحته أمام { $friend }.
conduct-the-mean-comment-reported = صوّرت أسوأ التعليقات وأبلغت عنها. يُخفي التطبيق بعضها. لكن تعليقات جديدة تظهر، والحزن ما زال على وجه { $friend }.
conduct-the-mean-comment-defended = يردّ أحدهم: «أوه، جاء الدفاع!» والآن صارت السخرية منكما معًا، وجاء مزيد من الناس ليتفرّجوا.
conduct-the-mean-comment-classmate-backs = تصلك رسالة من { $classmate }: «رأيت التعليقات على فيديو { $friend }. هذا ليس مقبولًا! جلبت لي المساعدة في ذلك التحدّي. أنا معك، مهما فعلت.»

conduct-the-mean-comment-next-step = التنمّر الجماعي مستمر. ماذا الآن؟
conduct-the-mean-comment-choice-friend-delete = سأخبر { $friend } بأن حذف الفيديو وترك التطبيق أفضل.
conduct-the-mean-comment-feedback-friend-delete = فرصة لنتعلّم: الابتعاد عن التطبيق قد يساعد، لكن حذف الفيديو يمحو الأدلة، والمتنمّرون ينتقلون إلى غيره. الشخص البالغ الموثوق يستطيع إيقافهم فعلًا.
conduct-the-mean-comment-choice-name-them = سأنشر منشورًا أذكر فيه أسماء كل المتنمّرين.
conduct-the-mean-comment-feedback-name-them = فرصة لنتعلّم: ذكر أسماء الناس علنًا يبدأ تنمّرًا جديدًا، ولا يربح أحد. الأفضل الاحتفاظ بالأدلة وترك الأمر لشخص بالغ موضع ثقتك.
conduct-the-mean-comment-choice-tell-adult = سأذهب إلى { $adult } لأعرض كل ما يحدث.
conduct-the-mean-comment-feedback-tell-adult = هكذا يقف المرء مع غيره! يستطيع الشخص البالغ الإبلاغ عن الحسابات، والتحدث مع المدرسة والأهالي، ومساندة { $friend }. الإخبار ليس وشاية أبدًا.

conduct-the-mean-comment-friend-deletes = يُحذف فيديو { $friend } ولا يُنشر شيء جديد. اختفت التعليقات الآن، لكن لا أحد ممن يستطيعون إيقاف تلك الحسابات يعرف بالأمر.
conduct-the-mean-comment-named = ينتشر منشورك بسرعة. والآن يتشاجر الناس في التعليقات، وبعضهم يهاجمك أنت. وتصلك رسالة من { $friend }: «أرجوك، كفى».
conduct-the-mean-comment-adult-helps = شكرًا لأنك أخبرتني. هذه ليست وشاية، بل مساعدة. لنصوّر ما هو موجود، ونبلغ عن تلك الحسابات، وسأتحدث مع المدرسة.
conduct-the-mean-comment-talk-it-out = شكرًا لأنك دافعت عني. وسامحني على ما حدث في الغداء! لم أكن أعرف أن ذلك أزعجك. ما رأيك أن نجلس معًا غدًا؟

conduct-the-mean-comment-fix-it = أوه لا. ذهبت الأمور أبعد مما أردت. لكن ما زال بإمكانك المساعدة في إصلاحها. ما اختيارك؟
conduct-the-mean-comment-choice-undo-talk = سأتراجع عمّا فعلته، ثم أذهب إلى { $adult } اليوم.
conduct-the-mean-comment-feedback-undo-talk = هكذا يُصلح الخطأ! الاعتراف شجاعة، وبوسع { $adult } المساعدة في إيقاف التنمّر. كلنا نخطئ. المهم أن نُصلح.
conduct-the-mean-comment-choice-sorry-message = سأتراجع عمّا فعلته وأكتب لـ{ $friend }: «أعتذر منك».
conduct-the-mean-comment-feedback-sorry-message = الاعتذار شجاعة، وهو مهم لـ{ $friend }! لكن التنمّر مستمر، وهو أكبر منكما أنتما الاثنين. يستطيع شخص بالغ المساعدة في إيقافه.
conduct-the-mean-comment-choice-leave-up = سأتركه. لو أخبرت { $adult } فسأقع في مشكلة.
conduct-the-mean-comment-feedback-leave-up = فرصة لنتعلّم: نحن لا نُخبر كي نقع في مشكلة، بل كي يتوقف الأذى. يساعد الكبار أكثر حين يعرفون، و{ $adult } كذلك، والألم ما زال يلاحق { $friend }.

conduct-the-mean-comment-adult-late = شكرًا لصدقك. لن يلومك أحد لأنك أخبرتني. أولًا نصوّر التعليقات، ثم نبلغ عنها، وبعدها نتحدث مع { $friend } معًا.
conduct-the-mean-comment-sorry-talk = ذلك التعليق جرحني كثيرًا. لكن شكرًا على اعتذارك. لم أكن أعرف أن ما حدث في الغداء أزعجك. هل نبدأ من جديد؟
conduct-the-mean-comment-sorry-sent = شكرًا على اعتذارك. لكن التعليقات لا تتوقف. سأحظر الجميع وأحذف حسابي، الآن.
conduct-the-mean-comment-left-up = التنمّر يكبر. لا يُنشر شيء جديد على حساب { $friend }، وفي المدرسة لا يُسمع صوت { $friend }.

conduct-the-mean-comment-friend-blocks = كل ما في بال { $friend } الآن أن يختفي كل شيء. ما ردّك؟
conduct-the-mean-comment-choice-reply-back = الأفضل عدم الحظر، بل نشر فيديو يُظهر عدم الاهتمام.
conduct-the-mean-comment-feedback-reply-back = فرصة لنتعلّم: الردّ يمنح المتنمّرين ما يريدونه: الانتباه. صور الشاشة، ثم الحظر والإبلاغ وشخص بالغ موضع ثقتك، تنفع أكثر بكثير.
conduct-the-mean-comment-choice-screenshot-together = لحظة! الصور أولًا، ثم نذهب معًا إلى { $adult }.
conduct-the-mean-comment-feedback-screenshot-together = نصيحة رائعة! لا بأس بالحظر، لكن صور الشاشة أولًا، كي تكون الأدلة أمام { $adult } والتطبيق. والذهاب معًا يعني سندًا لـ{ $friend }.
conduct-the-mean-comment-choice-block-secret = فكرة جيدة. احذف كل شيء، ولن أخبر { $adult } بشيء.
conduct-the-mean-comment-feedback-block-secret = فرصة لنتعلّم: حذف كل شيء يضيّع الأدلة، وإخفاء الأمر عن { $adult } يعني أن لا أحد من الكبار يستطيع المساعدة في إيقاف تلك الحسابات. صورة الشاشة أولًا، وبعدها لا بأس بالحظر.

conduct-the-mean-comment-replied-back = يُنشر فيديو جديد على حساب { $friend }: «لا يهمّني!» وخلال دقائق، تصير تحته تعليقات مؤذية أكثر من الأول.
conduct-the-mean-comment-shown-adult = شكرًا لكما لأنكما أريتماني هذا. هذه الصور تساعد كثيرًا. سنبلغ عن الحسابات معًا، وبعدها يمكن حظرها من حساب { $friend }.
conduct-the-mean-comment-blocked-secret = يُحظر الجميع ويُحذف حساب { $friend }. الهدوء يعمّ الآن، لكن الأدلة ضاعت، ولا يعرف أي شخص بالغ بالأمر.

conduct-the-mean-comment-end-safe = تلك الكلمات الغاضبة لم تُنشر، وصار لديك عون من { $adult } لإيقاف التنمّر. وعاد الكلام بينك وبين { $friend }. أحسنت!
conduct-the-mean-comment-end-mixed = الهدوء يعمّ حول { $friend } الآن. لكن لا يعرف أي شخص بالغ موثوق بما حدث، وقد تعود الحسابات نفسها في مكان آخر.
conduct-the-mean-comment-end-recovered = انجرفت مع التنمّر، ثم أصلحت الأمر: اعتذرت، وصار لديك عون من { $adult }. وصار لـ{ $friend } سند في مواجهة هذا.
conduct-the-mean-comment-end-harmful = التنمّر يكبر، والألم ثقيل على { $friend }. الخطأ لا يجعلك شخصًا سيئًا، ولن يلومك أحد لأنك طلبت المساعدة. لم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك: سيساعدك.

# My phone: what stays on the phone after this level.
conduct-the-mean-comment-trace-comment = تعليقك تحت فيديو { $friend }: «أسوأ فيديو على الإطلاق. وصداقتك مزيّفة أصلًا.»
conduct-the-mean-comment-trace-comment-advice = الكلمات الغاضبة على الإنترنت قد تبقى طويلًا. الحل: حذفه، والاعتذار إلى { $friend }، وإخبار شخص بالغ موضع ثقتك إن بدأ تنمّر جماعي.
