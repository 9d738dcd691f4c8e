# التواصل / التجاري: هدية اللعبة (للأعمار 9-12)

contact-the-game-gift-title = هدية اللعبة
contact-the-game-gift-summary = لاعب غريب يعرض عليك مظهرًا نادرًا جدًا مجانًا، لكن ماذا يريد حقًا؟
contact-the-game-gift-remember = كلمة مرورك لا تُشارَك أبدًا، ولا حتى مقابل هدية نادرة. الأفضل: صورة للشاشة، والإبلاغ دون تحذيره، وإخبار شخص بالغ موضع ثقتك.

contact-the-game-gift-app = { $app }
contact-the-game-gift-app-blocklands = Blocklands
contact-the-game-gift-app-skyracers = Sky Racers
contact-the-game-gift-app-roboarena = Robo Arena
contact-the-game-gift-skin-dragon = مظهر التنين الذهبي
contact-the-game-gift-skin-ninja = مظهر نينجا المجرّة
contact-the-game-gift-skin-phoenix = مظهر طائر العنقاء الملوّن
contact-the-game-gift-name-freeskinz = FreeSkinz_Kai
contact-the-game-gift-name-giftmod = Official_Gift_Mod
contact-the-game-gift-name-luckydrop = LuckyDrop_77
contact-the-game-gift-adult-mum = ماما
contact-the-game-gift-adult-dad = بابا
contact-the-game-gift-adult-grandpa = جدّو

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = مرحبًا، أنا سانغو! أنت و{ $friend } تلعبان { $app } بعد المدرسة. الألعاب أمتع مع الأصدقاء! سأراقب الدردشة معك.

contact-the-game-gift-gifter-hello = مرحبًا!! سأهدي { $skin } النادر جدًا إلى 3 لاعبين محظوظين اليوم، وأنت من بينهم! ما رأيك؟ إنه مجاني تمامًا.
contact-the-game-gift-pic-free = مجانًا
contact-the-game-gift-pic-skin = { $skin }
contact-the-game-gift-choice-no-thanks = لا، شكرًا. أنا لا أقبل الهدايا من الغرباء.
contact-the-game-gift-feedback-no-thanks = تفكير رائع! الأشياء النادرة المجانية من شخص غريب حيلة قديمة لكسب ثقتك. قول «لا» مقبول دائمًا.
contact-the-game-gift-choice-check-first = هل أنت فعلًا من { $app }؟ سأتحقق من ذلك مع { $adult }.
contact-the-game-gift-feedback-check-first = التحقق فكرة ذكية! لكن سؤاله لا ينفع: المحتال سيقول «نعم» فقط، ويستعجلك قبل سؤال { $adult }. الهدايا الحقيقية تأتي من اللعبة نفسها، لا من لاعب في الدردشة.
contact-the-game-gift-choice-yes-please = نعم، أرجوك!! إنه يوم حظي! ماذا أفعل الآن؟
contact-the-game-gift-feedback-yes-please = فرصة لنتعلّم: غريب يعرض هدايا نادرة علامة خطر. يريد لحماسك أن يسبق تفكيرك فيما سيطلبه بعد ذلك.

contact-the-game-gift-gifter-ask = لا داعي للخجل، إنها مجانية 100%! فقط تسجيل دخول في صفحة الهدايا ⁦skinz-gift.win⁩، أو كلمة مرورك هنا. بسرعة، بقيت 5 دقائق فقط!
contact-the-game-gift-gifter-proof = طبعًا، الاسم يقول كل شيء! فقط تسجيل دخول في صفحة الهدايا ⁦skinz-gift.win⁩، أو كلمة مرورك هنا. بسرعة، بقيت 5 دقائق فقط!
contact-the-game-gift-gifter-ask-yes = رائع! فقط تسجيل دخول في صفحة الهدايا ⁦skinz-gift.win⁩، أو كلمة مرورك هنا وسأضيفها لك. بسرعة، بقيت 5 دقائق فقط!
contact-the-game-gift-pic-url = skinz-gift.win
contact-the-game-gift-pic-timer-5 = 5:00
contact-the-game-gift-pic-claim = احصل على مظهرك المجاني!
contact-the-game-gift-pic-password = كلمة المرور
contact-the-game-gift-pic-log-in = تسجيل الدخول

contact-the-game-gift-countdown = يظهر عدّاد في الدردشة: 4:59... 4:58... 4:57...
contact-the-game-gift-pic-timer = 4:59
contact-the-game-gift-choice-screenshot-report = سأصوّر الدردشة أولًا، ثم أبلغ عن { $gifter }.
contact-the-game-gift-feedback-screenshot-report = أصبت تمامًا! الهدايا الحقيقية لا تحتاج أبدًا إلى كلمة مرورك. صورة الشاشة تحفظ الدليل، والإبلاغ يسمح للعبة بإيقاف { $gifter } عن الجميع.
contact-the-game-gift-choice-announce = هذا احتيال! سأبلغ عنك، وسأخبر { $adult } أيضًا!
contact-the-game-gift-feedback-announce = اكتشفت الاحتيال، رائع! لكن تحذير { $gifter } يسمح له بحذف الدردشة والاختفاء. الأفضل: صورة للشاشة أولًا، ثم الإبلاغ دون كلمة.
contact-the-game-gift-choice-log-off = لن تأخذ كلمة مروري! سأخرج من اللعبة. وداعًا!
contact-the-game-gift-feedback-log-off = الاحتفاظ بكلمة مرورك كان صحيحًا تمامًا! لكن { $gifter } سيجرّب الحيلة نفسها مع لاعبين آخرين. صورة الشاشة والإبلاغ يساعدان على إيقافه.
contact-the-game-gift-choice-log-in = بسرعة، سأسجّل الدخول في صفحة الهدية قبل انتهاء الوقت!
contact-the-game-gift-choice-log-in-yes = إنها آمنة تمامًا، مجرد صفحة الهدية. سأدخل الآن بسرعة!
contact-the-game-gift-feedback-log-in = فرصة لنتعلّم: صفحات الهدايا المزيّفة تقلّد صفحة الدخول الحقيقية لسرقة كلمات المرور، والعدّاد كان ليستعجلك. كلمة مرورك لك ولوالديك فقط.

contact-the-game-gift-reported = تردّ اللعبة: «شكرًا! نحن نراجع هذا اللاعب». ويختفي { $gifter } من الدردشة. وبعد ساعة، تصلك رسالة من { $friend }.
contact-the-game-gift-pic-thanks-checking = شكرًا! نحن نراجع هذا اللاعب.
contact-the-game-gift-vanished = يكتب { $gifter } «هههه وداعًا» ويحذف الدردشة كلها. لم يبقَ شيء لعرضه على اللعبة. وبعد ساعة، تصلك رسالة من { $friend }.
contact-the-game-gift-logged-off = خرجت من اللعبة. وبعد ساعة، تصلك رسالة من { $friend }، ولا تبدو سعيدة أبدًا.
contact-the-game-gift-reported-yes = تردّ اللعبة: «شكرًا! نحن نراجع هذا اللاعب». ويختفي { $gifter } من الدردشة، وتبقى كلمة مرورك لك وحدك.

contact-the-game-gift-friend-scammed = النجدة! سجّلت الدخول في صفحة الهدايا تلك، والآن اختفى حسابي. والجميع في دردشة الفريق يضحكون ويسخرون مني.
contact-the-game-gift-choice-get-adult = ليس ذنبك! هيا بنا، لنُري { $adult } ما حدث.
contact-the-game-gift-feedback-get-adult = لطف وشجاعة! المحتالون يخدعون الكبار أيضًا، فالذنب ليس أبدًا ذنب من خُدع. الشخص البالغ يستطيع المساعدة في تغيير كلمات المرور والإبلاغ.
contact-the-game-gift-choice-post-link = سأحذّر الفريق وأنشر الرابط، كي يعرف الجميع.
contact-the-game-gift-feedback-post-link = تحذير الفريق لطف منك! لكن منشورًا فيه الرابط يثير الفضول، وسيضغط عليه البعض. الأفضل تحذيرهم بكلماتك دون رابط، وطلب مساعدة شخص بالغ.
contact-the-game-gift-choice-hide-it = الأفضل ألّا يعرف أحد. إن أخبرنا { $adult } فلا لعب بعدها.
contact-the-game-gift-feedback-hide-it = فرصة لنتعلّم: الإخفاء يترك الحساب في يد المحتال. من يُخدع لا يستحق العقاب. إخبار شخص بالغ موضع ثقة هو ما يحلّ المشكلة.

contact-the-game-gift-friend-helped = شكرًا لأنكما أخبرتماني. هذا ليس ذنبك يا { $friend }. لنغيّر كلمة مرورك فورًا، ونبلغ عن { $gifter }، ونطلب من دعم { $app } أن يحاول المساعدة.
contact-the-game-gift-friend-hides = لا كلمة من { $friend }. وفي المساء، يرسل حساب { $friend } القديم حيلة الهدية إلى الفريق كله.
contact-the-game-gift-link-clicked = يردّ اللاعبون: «واو، سكن مجاني؟» و«هل هذا حقيقي؟». ويقول اثنان منهم إنهما سيضغطان على ⁦skinz-gift.win⁩ «لمجرد الفضول».

contact-the-game-gift-team-mess = يا للهول! صار الجميع يريدون تجربة رابطك. ماذا نفعل؟
contact-the-game-gift-choice-fix-together = سأحذف منشوري، ثم نذهب نحن الاثنين إلى { $adult } فورًا.
contact-the-game-gift-feedback-fix-together = إنقاذ رائع! حذف الرابط يمنع نقرات جديدة، والشخص البالغ يستطيع مساعدة الجميع في تغيير كلمات المرور والإبلاغ. الأخطاء يمكن إصلاحها.
contact-the-game-gift-choice-stay-out = ليس ذنبي إن ضغطوا عليه. لن أُدخل { $adult } في هذا.
contact-the-game-gift-feedback-stay-out = فرصة لنتعلّم: أي شخص قد يضغط على رابط، حتى الحذرون. حذف منشورك وإشراك { $adult } يوقفان انتشار الحيلة.
contact-the-game-gift-spread = يبقى منشورك. يضغط لاعبان على الرابط «لمجرد الفضول»، وفي المساء صارت حساباتهما ترسل حيلة الهدية في الفريق.

contact-the-game-gift-account-weird = تقول الصفحة «خطأ» ولا يصل أي مظهر. وفي صباح اليوم التالي، تصلك رسالة من { $friend }: «لماذا أرسل لي حسابك رسالة الهدية نفسها؟!»
contact-the-game-gift-gifter-demands = حسابك يهمّك؟ سهل. المطلوب البريد الإلكتروني لأحد والديك والرمز السري الذي يصله. وإياك أن يعرف أحد، وإلا ضاع حسابك إلى الأبد!
contact-the-game-gift-choice-show-adult = سأُري { $adult } الدردشة، وأغيّر كلمة مروري.
contact-the-game-gift-feedback-show-adult = أفضل خطوة! «لا تخبر أحدًا» علامة خطر كبيرة. تغيير كلمة مرورك بسرعة يحمي ما تبقّى، وبإمكان { $adult } المساعدة في الإبلاغ. ولن يلومك أحد.
contact-the-game-gift-choice-threaten = أعد لي حسابي، وإلا أخبرت { $adult } والشرطة!
contact-the-game-gift-feedback-threaten = الوقوف في وجهه شجاعة! لكن التهديد ينبّه المحتال، فيغلق حسابك أسرع. الأفضل: التوقّف عن الرد، وصورة للشاشة، وإخبار شخص بالغ موضع ثقتك.
contact-the-game-gift-choice-new-account = سأحظره وأبدأ حسابًا جديدًا تمامًا.
contact-the-game-gift-feedback-new-account = عدم إرسال أي شيء كان صحيحًا! لكن حسابك القديم ما زال في يده، ويخدع أصدقاءك. الشخص البالغ موضع ثقتك يستطيع المساعدة في الإبلاغ.
contact-the-game-gift-choice-send-code = سأرسل البريد والرمز. أريد استعادة أغراضي!
contact-the-game-gift-feedback-send-code = فرصة لنتعلّم: هذا الرمز قد يفتح حساب أحد والديك أيضًا، والمحتالون يطلبون المزيد دائمًا. لم يفت الأوان أبدًا على التوقّف وإخبار شخص بالغ موضع ثقتك.

contact-the-game-gift-adult-helps-late = يسعدني كثيرًا أنك أخبرتني. أي شخص قد يُخدع، ولا أحد غاضب منك. لنغيّر كلمات مرورك حيث نستطيع، ونبلغ عن { $gifter }، ونطلب من دعم { $app } أن يحاول المساعدة.
contact-the-game-gift-new-start = حسابك الجديد يعمل. لكن حسابك القديم ما زال يرسل حيلة الهدية إلى أصدقائك.
contact-the-game-gift-locked-out = يكتب { $gifter } «هههه، حظًا سعيدًا» ويغيّر كلمة مرورك. والآن صار الدخول مستحيلًا.
contact-the-game-gift-code-sent = شكرًا! وحسابك؟ ليس بعد. أحتاج أولًا كلمة مرور أحد والديك أيضًا. والسرّ يبقى بيننا.

contact-the-game-gift-old-account = حسابك القديم لا يتوقّف عن إرسال رابط الهدية لي! هل هذا أنت حقًا؟
contact-the-game-gift-choice-someone-took = لا! أحدهم سرقه. سأذهب إلى { $adult } الآن.
contact-the-game-gift-feedback-someone-took = أحسنت! صراحتك مع { $friend } تساعد، وبإمكان { $adult } المساعدة في تغيير كلمات المرور وطلب المساعدة من دعم اللعبة. ولن يلومك أحد.
contact-the-game-gift-choice-fix-alone = إياك والضغط عليه! سأصلحه قبل أن يصل الأمر إلى { $adult }.
contact-the-game-gift-feedback-fix-alone = فرصة لنتعلّم: لا داعي لمواجهة الاحتيال وحدك، والمحتالون يأملون أن يبقى الأمر مخفيًا. لم يفت الأوان أبدًا على إخبار { $adult }، ولن يلومك أحد.
contact-the-game-gift-fixing-alone = ساعات من المحاولة، والدخول ما زال مستحيلًا. وحسابك القديم يواصل إرسال الحيلة إلى المزيد من اللاعبين.

contact-the-game-gift-end-safe = احتفظت بكلمة مرورك لنفسك، وساعدت { $friend } في الذهاب إلى { $adult }. تغيّرت كلمات المرور، وتم الإبلاغ عن { $gifter }، ودعم { $app } يتابع الأمر. هكذا تكون روح الفريق الحقيقية!
contact-the-game-gift-end-caught = تحمّست في البداية، لكن حين طلب { $gifter } كلمة مرورك، كشفت الحيلة. احتفظت بصورة للشاشة وأبلغت عنه. إنقاذ رائع!
contact-the-game-gift-end-recovered = خُدعت، ثم فعلت أشجع شيء: أخبرت { $adult }. تغيّرت كلمات المرور حيث أمكن، وتم الإبلاغ عن { $gifter }، ودعم { $app } يحاول المساعدة.
contact-the-game-gift-end-spread = حيلة الهدية تواصل الانتشار، وحساب { $friend } ما زال في يد { $gifter }. الانخداع ليس ذنب أحد. لم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقة، وسيساعد.
contact-the-game-gift-end-harmful = ما زال { $gifter } يملك حسابك ويستخدمه لخداع الآخرين. الانخداع ليس ذنبك، ولم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك، وسيساعدك.

# The world remembers: the password the free-gems pop-up took.
contact-the-game-gift-old-password = لحظة! نافذة الجواهر المجانية أخذت كلمة مرورك من قبل. إذا كانت الكلمة نفسها مستخدمة في { $app }، فقد يدخل المحتالون إلى هنا أيضًا.
contact-the-game-gift-choice-new-password = سأطلب من { $adult } مساعدتي في كلمة مرور جديدة الآن.
contact-the-game-gift-feedback-new-password = خطوة ذكية! كلمة المرور التي أخذتها حيلة لم تعد آمنة في أي مكان. كلمة جديدة، مختلفة لكل لعبة، تُبقي المحتالين خارجًا.
contact-the-game-gift-choice-keep-password = لاحقًا. اخترناها معًا أنا و{ $adult }، إنها قوية.
contact-the-game-gift-feedback-keep-password = فرصة لنتعلّم: حتى كلمة المرور القوية لا تبقى آمنة بعدما أخذتها خدعة، والمحتالون يجرّبونها في ألعاب كثيرة. لم يفت الأوان لتغييرها بمساعدة والديك.
contact-the-game-gift-password-changed = فكرة جيدة أنك سألتني! ها هي: كلمة مرور جديدة تمامًا، مختلفة عن ألعابك الأخرى. لا يعرفها إلا أنا وأنت. والآن، وقت المتعة!
contact-the-game-gift-password-kept = بدأ اللعب. كلمة مرورك القديمة ما زالت كما هي، هنا وفي اللعبة الأخرى.

# The world remembers: the stranger, blocked and reported, under a new name.
contact-the-game-gift-choice-same-trick = حيلة { $stranger } نفسها! سأصوّر الشاشة وأبلغ.
contact-the-game-gift-feedback-same-trick = عين ثاقبة! الاسم الجديد قد يخفي الشخص نفسه، أو الحيلة نفسها: هدية مجانية أولًا، ثم طلبات أكثر. احتفظت بالدليل وأبلغت، تمامًا كالمرة السابقة.

# The world remembers: the friend the child got help for.
contact-the-game-gift-friend-trusts = عندما انهالت التعليقات المؤذية على الفيديو الخاص بي، جاءتني المساعدة بفضلك. لذلك أنت أول من أخبره.

# My phone: what stays on the phone after this level.
contact-the-game-gift-trace-gifter = لاعب يوزّع مظاهر «مجانية»: تمّ الإبلاغ عنه للعبة.
contact-the-game-gift-trace-gifter-advice = أحسنت! الهدايا الحقيقية تأتي من اللعبة، لا من لاعبين في الدردشة. إذا عادت الحيلة نفسها باسم جديد، فالحل صورة للشاشة وإبلاغ جديد.
contact-the-game-gift-trace-password = كلمة مرور لعبتك، كُتبت على صفحة هدايا مزيّفة.
contact-the-game-gift-trace-password-advice = من صنع تلك الصفحة ربما ما زالت كلمة المرور لديه. يمكن لوالديك المساعدة في تغييرها، وفي طلب المساعدة من دعم اللعبة بشأن حسابك.
