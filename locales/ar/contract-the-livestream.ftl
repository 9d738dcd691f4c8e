# العقود / الجنسي (علامات التحذير فقط): البث المباشر (الأعمار 13-15)

contract-the-livestream-title = البث المباشر
contract-the-livestream-summary = أول بث مباشر لك يسير بشكل رائع، إلى أن يبدأ مشاهد يملك الكثير من العملات بطلب المزيد.
contract-the-livestream-remember = الهدية لا تُلزمك بشيء أبدًا. إن ضغط عليك مشاهدون بتحديات أو ببث خاص أو بمعرفة مكان سكنك: إنهاء البث، وحفظ الصور، والحظر، والإبلاغ، وإخبار شخص بالغ موضع ثقتك.

contract-the-livestream-app = { $app }
contract-the-livestream-npc-friend = { $friend }
contract-the-livestream-npc-viewer = { $viewer }
contract-the-livestream-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
contract-the-livestream-app-liveloop = LiveLoop
contract-the-livestream-app-streamsprout = StreamSprout
contract-the-livestream-app-twinklr = Twinklr
contract-the-livestream-name-coin-king = CoinKing_88
contract-the-livestream-name-night-owl = night.owl.77
contract-the-livestream-name-gold-fan = GoldFan4U
contract-the-livestream-adult-dad = بابا
contract-the-livestream-adult-gran = الجدة
contract-the-livestream-adult-aunt = الخالة مي

contract-the-livestream-intro = منذ أسابيع والتنانين تملأ رسوماتك. والليلة أول تجربة لك مع البث المباشر على { $app }، و{ $friend } على موعد للمشاهدة. ضغطة على «ابدأ البث» فورًا، من دون فتح الإعدادات.
contract-the-livestream-live = أنت على الهواء! 23 شخصًا يشاهدون: { $friend }، واثنان من زملاء الصف، وأسماء كثيرة غير معروفة لك. عملات صغيرة تبدأ بالظهور على الشاشة.
contract-the-livestream-pic-live = مباشر
contract-the-livestream-pic-viewers = ‏23 مشاهدًا
contract-the-livestream-pic-coins = ‏+500 عملة

# دردشة البث: اضغط على علامات التحذير.
contract-the-livestream-spot = الدردشة مزدحمة، ومعظمها لطيف جدًا. يمكنك الضغط على التعليقات التي تُعدّ علامات تحذير.
contract-the-livestream-card-title = دردشة البث
contract-the-livestream-card-body = تعليقات المشاهدين أثناء الرسم.
contract-the-livestream-pic-c-friend = هذا التنين رائع جدًا!! ارسم الجناحين الآن
contract-the-livestream-pic-c-spin = ‏500 عملة وصلتك! الآن دورة كاملة أمام الكاميرا من أجلي
contract-the-livestream-pic-n-pen = mo.sketches
contract-the-livestream-pic-c-pen = ما نوع هذا القلم؟ الخطوط ناعمة جدًا
contract-the-livestream-pic-n-window = user_48213
contract-the-livestream-pic-c-window = هل هذه غرفة نومك؟ أرنا ما يظهر من النافذة
contract-the-livestream-pic-c-private = ما رأيك ببث خاص، نحن الاثنين فقط؟ 2000 عملة
contract-the-livestream-part-friend = ‏{ $friend }: «هذا التنين رائع جدًا!! ارسم الجناحين الآن»
contract-the-livestream-feedback-friend = ليست علامة تحذير: هذا تشجيع من { $friend }. الأصدقاء في الدردشة هم أجمل ما في البث.
contract-the-livestream-part-spin = ‏{ $viewer }: «500 عملة وصلتك! الآن دورة كاملة أمام الكاميرا من أجلي»
contract-the-livestream-feedback-spin = نعم. عملات مقابل تنفيذ ما يطلبه مشاهد: هكذا يبدأ الضغط، تحدٍّ صغير أولًا ثم المزيد. الهدية لا تُلزمك بشيء أبدًا.
contract-the-livestream-part-pen = ‏mo.sketches: «ما نوع هذا القلم؟ الخطوط ناعمة جدًا»
contract-the-livestream-feedback-pen = ليس دليلًا: سؤال عن رسمتك هو بالضبط ما وُجد البث من أجله. يمكنك الإجابة عنه بكل سرور.
contract-the-livestream-part-window = ‏user_48213: «هل هذه غرفة نومك؟ أرنا ما يظهر من النافذة»
contract-the-livestream-feedback-window = نعم. غرفتك والمنظر من نافذتك قد يكشفان مكان سكنك. لا سبب يجعل شخصًا غريبًا يراهما.
contract-the-livestream-part-private = ‏{ $viewer }: «ما رأيك ببث خاص، نحن الاثنين فقط؟ 2000 عملة»
contract-the-livestream-feedback-private = نعم، وهي علامة كبيرة. إبعادك عن الجميع، مع مال، علامة تحذير معروفة. المعجبون الحقيقيون سعداء في الدردشة العامة.

# القرار 1: عملات مقابل تحدٍّ.
contract-the-livestream-dare = ‏1000 عملة إضافية إن غيّرت ملابسك ورقصت رقصة صغيرة من أجلي. لا داعي للخجل، الكل يريد ذلك!
contract-the-livestream-choice-end-stream = سأنهي البث الآن، وأكمل الجناحين لاحقًا بلا بث.
contract-the-livestream-feedback-end-stream = خطوة قوية. عملات مقابل تحدٍّ، ثم «غيّر ملابسك»: هذا ضغط. الهدية لا تُلزمك بشيء، ويمكنك إنهاء البث في أي وقت.
contract-the-livestream-choice-ignore = سأتجاهل الأمر وأواصل الرسم. سيملّ وحده.
contract-the-livestream-feedback-ignore = عدم فعل ذلك كان صحيحًا. لكن ما دام البث مستمرًا، يستطيع { $viewer } أن يواصل الضغط أمام الجميع، وقد ينضم آخرون. يمكنك إنهاء البث في أي وقت.
contract-the-livestream-choice-warn = أكتب: «توقف وإلا أبلغت عنك»، ثم أواصل الرسم.
contract-the-livestream-feedback-warn = قول «لا» شجاعة. لكن التحذير في الدردشة يعطيه سببًا ليضغط أكثر، أو ليأخذك إلى مكان خاص. إنهاء البث أفضل.
contract-the-livestream-choice-dance = رقصة صغيرة فقط، من دون تغيير ملابسي. مجرد مزاح.
contract-the-livestream-feedback-dance = فرصة لنتعلّم: تحدٍّ «صغير» مقابل عملات هو بداية الضغط، ونادرًا ما يبقى صغيرًا. الهدية لا تُلزمك بشيء. ما زال بإمكانك التوقف.

contract-the-livestream-c-ended = انتهى البث. ينزل عدد المشاهدين من 23 إلى 0. وبعد ثانية، يصل طلب مراسلة من { $viewer }.
contract-the-livestream-c-ignored = تجاهل بعد كل هذه العملات؟ هذا ليس لطيفًا. الآخرون يريدون ذلك أيضًا. حسنًا، لننتقل إلى بث خاص إذن.
contract-the-livestream-c-warned = على مهلك، إنها مزحة. لننتقل إلى بث خاص إذن، من دون أن يشاهد أحد غيرنا.
contract-the-livestream-c-danced = رقصة قصيرة، فتنهمر العملات وتشتعل الدردشة. ثم يكتب { $viewer }: «رأيت؟ سهل. والآن لننتقل إلى بث خاص، نحن فقط».

# القرار 2: «بث خاص، نحن فقط».
contract-the-livestream-private-ask = بث خاص، أنت وأنا فقط. 2000 عملة. لا داعي لأن يعرف أحد، لن يفهموا. أنا فقط أعاملك بلطف.
contract-the-livestream-pic-request = طلب بث خاص
contract-the-livestream-pic-invite-coins = ‏2000 عملة
contract-the-livestream-pic-accept = قبول
contract-the-livestream-pic-decline = رفض
contract-the-livestream-choice-save-block = أحفظ صور الشاشة أولًا، ثم أحظره وأبلغ عنه.
contract-the-livestream-feedback-save-block = بالضبط. «خاص» ومال و«لا داعي لأن يعرف أحد» معًا علامات تحذير كبيرة. صور الشاشة تحفظ الدليل، فلا يضيع عند الحظر والإبلاغ.
contract-the-livestream-choice-block-now = أحظره في الحال، وأحذف كل المحادثة معه.
contract-the-livestream-feedback-block-now = الحظر يبقيه بعيدًا، حسّ جيد. لكن حذف المحادثة يُضيّع الدليل الذي يحتاجه المشرف أو الشخص البالغ. صور الشاشة أولًا، ثم الحظر والإبلاغ.
contract-the-livestream-choice-polite = أردّ: «لا شكرًا، لكن يمكنك متابعة بثوثي».
contract-the-livestream-feedback-polite = قول «لا» صحيح. لكن بابًا يُترك مفتوحًا بلطف يسمح لـ{ $viewer } بالمحاولة من جديد. لا يلزمك اللطف مع من يضغط عليك. الأفضل: حفظ صور الشاشة، ثم الحظر والإبلاغ.
contract-the-livestream-choice-go-private = بث خاص واحد آمن، وأنا في أمان. والعملات كثيرة!
contract-the-livestream-feedback-go-private = فرصة لنتعلّم: من يدفع ليكون معك على انفراد ويريد إبقاء الأمر سرًّا لا يعاملك بلطف. المعجبون الحقيقيون سعداء في الدردشة العامة. لم يفت الأوان أبدًا للتوقف.

contract-the-livestream-c-blocked = ثلاث صور للشاشة محفوظة، ثم حظر { $viewer } والإبلاغ عنه. يردّ { $app }: «شكرًا. نحن نراجع هذا الحساب».
contract-the-livestream-c-block-now = تم الحظر. تختفي المحادثة، ومعها كل ما كتبه { $viewer }. يداك ترتجفان قليلًا.
contract-the-livestream-c-polite = لا شكرًا؟ هيا. سأجعلها 3000. سأنتظر ردك. وهذا سرّنا طبعًا.
contract-the-livestream-c-private = والآن، ما طلبته منك قبل قليل. هذا سرّنا. وبالمناسبة، أنا أسجّل.

# القرار 3: لمن أحكي؟
contract-the-livestream-what-now = انتهى البث، لكن قلبك ما زال يخفق بسرعة. ماذا الآن؟
contract-the-livestream-choice-show-adult = أذهب إلى { $adult } الليلة ونراجع كل شيء معًا.
contract-the-livestream-feedback-show-adult = شجاعة وذكاء. الشخص البالغ موضع ثقتك يستطيع مساعدتك في الإبلاغ عن الحساب، ومراجعة إعداداتك، والاطمئنان عليك. لا خطأ عليك، ولن تُعاقَب على شيء.
contract-the-livestream-choice-tell-friend = سأخبر { $friend } بكل شيء، وسنجد الحل معًا.
contract-the-livestream-feedback-tell-friend = الحديث مع { $friend } يساعد، وهو بداية جيدة. لكن الصديق لا يستطيع التصرف كما يتصرف البالغ، وإخفاء الأمر عن الكبار هو بالضبط ما أراده { $viewer }.
contract-the-livestream-choice-keep-quiet = لن أقول شيئًا، وإلا منعني { $adult } من البث.
contract-the-livestream-feedback-keep-quiet = فرصة لنتعلّم: «سرّنا» هو بالضبط ما أراده { $viewer }. الكبار الذين يحبونك يهمّهم أمرك أكثر بكثير من البث. لم يفت الأوان لتحكي.

contract-the-livestream-adult-helps = شكرًا لأنك أريتني. لا خطأ عليك، ولن تُعاقَب على شيء. سنبلغ عن هذا الحساب معًا. ثم نضبط إعدادات البث للمرة القادمة.
contract-the-livestream-c-told-friend = يا إلهي، هذا مخيف. لن أخبر أحدًا، أعدك.
contract-the-livestream-next-day = في اليوم التالي، يتابعك حساب جديد على { $app } ويرسل لك رسالة فورًا.
contract-the-livestream-c-kept-quiet = يبقى الأمر سرًّا، والنوم بالكاد يأتي. في اليوم التالي، يتابعك حساب جديد على { $app } ويرسل لك رسالة فورًا.

# بعد زلّة.
contract-the-livestream-private-after = أنا قلق. عملات مقابل تحديات، و«لننتقل إلى بث خاص، نحن فقط»: هذه علامات تحذير كبيرة، ولا شيء من هذا ذنبك. ماذا الآن؟
contract-the-livestream-choice-stop-tell = أتوقف، وأحفظ صور الشاشة، وأذهب إلى { $adult }.
contract-the-livestream-feedback-stop-tell = هذا طريق العودة. لا شيء من هذا ذنبك. بإمكان { $adult } مساعدتك في الإبلاغ وطلب حذف أي تسجيل من التطبيق. الكلام شجاعة، وليس وشاية.
contract-the-livestream-choice-block-quit = أحظره، وأحذف { $app }، ولا أخبر أحدًا أبدًا.
contract-the-livestream-feedback-block-quit = الحظر يقطع الاتصال، هذا جيد. لكن حذف التطبيق يُضيّع الدليل، وأمثال هؤلاء يعودون غالبًا بحساب جديد. والصمت يتركك تحمل الأمر وحدك. الشخص البالغ موضع ثقتك يستطيع المساعدة.
contract-the-livestream-choice-give-in = سأفعل كل ما يطلبه، حتى لا يغضب مني.
contract-the-livestream-feedback-give-in = فرصة لنتعلّم: الاستسلام يجلب عادةً طلبات أكثر، لا أقل. هذا ليس ذنبك. لم يفت الأوان أبدًا للتوقف وإخبار شخص بالغ موضع ثقتك.
contract-the-livestream-c-block-quit = حظر { $viewer } وحذف { $app }. بعد يومين، إعادة تثبيته لمشاهدة بث { $friend }، فيتابعك حساب جديد على الفور.

# المشاهد نفسه، بحساب جديد.
contract-the-livestream-new-account = حساب جديد، والشخص نفسه. التخلص مني ليس بهذه السهولة. بث خاص واحد وأتركك في حالك. سرّنا.
contract-the-livestream-choice-new-show = ألتقط صورة للشاشة، وأعرضها على { $adult } فورًا.
contract-the-livestream-feedback-new-show = هذه شجاعة حقيقية، ولم يفت الأوان. الشخص البالغ موضع ثقتك يستطيع حفظ الدليل، والإبلاغ عن الحسابين، ومساعدتك على الشعور بالأمان من جديد. لن تُعاقَب على شيء.
contract-the-livestream-choice-new-give-in = حسنًا، بث خاص واحد، وبعدها أكون في أمان منه.
contract-the-livestream-feedback-new-give-in = فرصة لنتعلّم: «مرة واحدة فقط» لا تنهي الأمر تقريبًا أبدًا. من يضغط بهذه الطريقة يطلب مجددًا. لم يفت الأوان أبدًا للتوقف عن الرد وإخبار شخص موضع ثقتك.
contract-the-livestream-choice-new-delete = أحذف حسابي، وكأن شيئًا لم يحدث أصلًا.
contract-the-livestream-feedback-new-delete = فرصة لنتعلّم: الحذف يخفي الأمر الآن، لكن الدليل يضيع، وقد يجدك { $viewer } في مكان آخر، وتبقى تحمل الأمر وحدك. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.

contract-the-livestream-adult-helps-late = يسعدني كثيرًا أنك أخبرتني. لن تُعاقَب على شيء، ولا شيء من هذا ذنبك. سنبلغ عن الحساب ونطلب من { $app } حذف كل ما احتفظ به. ثم نصلح إعداداتك.
contract-the-livestream-c-gave-in = جيد. في الوقت نفسه غدًا، وإلا سيرى الجميع ما فعلت. سرّنا، أليس كذلك؟
contract-the-livestream-c-deleted = حُذف الحساب. الهدوء يعمّ الآن. لكن البثوث المحبّبة إليك اختفت، ولا أحد يعرف ما حدث.

# الضبط للمرة القادمة، مع الشخص البالغ.
contract-the-livestream-setup = ‏{ $adult } إلى جانبك الآن. الأسبوع القادم: بث لرسمتك أمام زملاء الصف، ويجب أن يتمكنوا من الدردشة والتشجيع. حان وقت ضبط الإعدادات.
contract-the-livestream-set-watch = من يستطيع مشاهدة بثي
contract-the-livestream-val-watch-everyone = الجميع
contract-the-livestream-val-watch-followers = كل من يتابعني
contract-the-livestream-val-watch-friends = الأصدقاء الذين قبلتهم
contract-the-livestream-val-watch-me = أنا فقط
contract-the-livestream-why-watch-everyone = «الجميع» يعني أن أي غريب، في أي مكان، يستطيع المشاهدة وإرسال العملات. لبث موجّه للأصدقاء، هذا واسع جدًا.
contract-the-livestream-why-watch-followers = المتابع قد يكون أي شخص ضغط «متابعة»، حتى أشخاص غرباء تمامًا. الأصدقاء الذين قبلتهم هم الدائرة المناسبة.
contract-the-livestream-why-watch-friends = مناسب تمامًا: أصدقاؤك يستطيعون المشاهدة، ولا يستطيع الغرباء الدخول.
contract-the-livestream-why-watch-me = خاص جدًا، لكن أصدقاءك لن يستطيعوا المشاهدة أيضًا. الأصدقاء المقبولون يجعلونه آمنًا وممتعًا.
contract-the-livestream-set-chat = الدردشة أثناء البث
contract-the-livestream-val-chat-on = مفعّلة
contract-the-livestream-val-chat-off = متوقفة
contract-the-livestream-why-chat-on = الأفضل إبقاؤها مفعّلة: حين يشاهد الأصدقاء فقط، الدردشة هي مكان تشجيعهم لك. هذا هو الجزء الممتع.
contract-the-livestream-why-chat-off = خيار حذر، لكن أصدقاءك لن يستطيعوا تشجيعك أو السؤال عن رسمتك. حين يشاهد الأصدقاء فقط، يمكن أن تبقى الدردشة مفعّلة.
contract-the-livestream-set-gifts = الهدايا والعملات من المشاهدين
contract-the-livestream-val-gifts-on = مفعّلة
contract-the-livestream-val-gifts-off = متوقفة
contract-the-livestream-why-gifts-on = عملات المشاهدين قد تأتي بشروط: «افعل هذا وسأرسل المزيد». كثير من التطبيقات لا تسمح بالهدايا إلا للبالغين، والأصدقاء لا يحتاجون إلى الدفع ليشاهدوا.
contract-the-livestream-why-gifts-off = جيد: من دون عملات، لا يستطيع أحد استخدام الهدايا لدفعك إلى التحديات.
contract-the-livestream-set-location = إظهار موقعي أثناء البث
contract-the-livestream-val-location-on = مفعّل
contract-the-livestream-val-location-off = متوقف
contract-the-livestream-why-location-on = الموقع في البث قد يكشف مكان سكنك. أصدقاؤك يعرفونه أصلًا، والغرباء لا داعي لأن يعرفوه.
contract-the-livestream-why-location-off = صحيح: يبقى موقعك خاصًا. ومن المفيد الانتباه أيضًا لما يظهر خلفك، كنافذة أو لافتة شارع.

contract-the-livestream-end-safe = لا بث خاص، و{ $adult } على علم بكل شيء: أبلغتما معًا عن { $viewer } وضبطتما البث للأصدقاء. العملات لا تُلزمك بشيء. أحسنت!
contract-the-livestream-end-recovered = كان الأمر مخيفًا، لكن { $adult } على علم الآن. تم الإبلاغ عن { $viewer }، ويمكن للتطبيق حذف ما احتُفظ به، وبثك الآن للأصدقاء. لا شيء من هذا كان ذنبك.
contract-the-livestream-end-mixed = الهدوء يعمّ الآن، لكن لا أحد يعرف ما حدث، وقد يحاول { $viewer } من جديد في مكان آخر. إخبار شخص بالغ موضع ثقتك هو ما يوقف الأمر حقًا.
contract-the-livestream-end-harmful = ‏{ $viewer } يطلب المزيد دائمًا، والسرّ ثقيل. هذا ليس ذنبك، ولم يفت الأوان أبدًا: التوقف عن الرد، وحفظ الرسائل، وإخبار شخص بالغ موضع ثقتك. يمكنه الاتصال بخط مساعدة أو بالشرطة.

# هاتفي (ليس عن المشاهد أبدًا: قد يقرأ زميل هذه الشاشة).
contract-the-livestream-trace-settings = إعدادات البث المباشر، راجعتها مع { $adult }.
contract-the-livestream-trace-settings-advice = الأفضل: بث للأصدقاء الذين قبلتهم فقط، والعملات متوقفة، وموقعك خارج الصورة. إنهاء أي بث ممكن في أي وقت.

# A last message: the viewer asks your friend about you.
contract-the-livestream-last-ask = ‏{ $viewer } من البث راسلني الآن. يريد حسابك الآخر واسم مدرستك. هل أخبره؟
contract-the-livestream-choice-friend-quiet = لا معلومات له. صورة للشاشة أولًا، ثم الحظر والإبلاغ عنه.
contract-the-livestream-choice-friend-tells = لا بأس، يمكن إخباره. حظرته وأبلغت عنه من قبل.
contract-the-livestream-feedback-friend-quiet = بالضبط. سؤال أصدقائك عن مدرستك وحساباتك الأخرى طريقة أخرى للوصول إليك. أصدقاؤك أيضًا يستطيعون حماية معلوماتك، والبلاغ يساعد { $app } على إيقاف { $viewer }.
contract-the-livestream-feedback-friend-tells = فرصة لنتعلّم: الحظر يوقف حسابًا واحدًا، لكن اسم مدرستك وحسابك الآخر يساعدان { $viewer } على الوصول إليك من جديد. أصدقاؤك أيضًا يستطيعون حماية معلوماتك. صورة للشاشة، ثم حظر وإبلاغ.
contract-the-livestream-c-friend-told = وصلت المعلومات. وفي المساء نفسه، يتابع { $viewer } حسابك الآخر. يصل الأمر فورًا إلى { $adult }، ومعًا يتم حظر الحساب والإبلاغ عنه. وينتهي الأمر عند هذا الحد.
