# التواصل / التجاري: هدية اللعبة (الأعمار 9-12)

contact-the-game-gift-title = هدية اللعبة
contact-the-game-gift-summary = لاعب لا تعرفه يعرض عليك مظهرًا نادرًا جدًا مجانًا، لكن ماذا يريد حقًا؟
contact-the-game-gift-remember = لا تشارك كلمة المرور أبدًا، ولا حتى مقابل هدية نادرة. إذا عرض عليك أحد على الإنترنت أشياء مجانية مقابل بيانات دخولك، فاحظره وأبلغ عنه وأخبر شخصًا بالغًا تثق به.

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
contact-the-game-gift-name-amir = أمير
contact-the-game-gift-name-zoe = زينة
contact-the-game-gift-name-kwame = خالد
contact-the-game-gift-adult-mum = ماما
contact-the-game-gift-adult-dad = بابا
contact-the-game-gift-adult-grandpa = جدّو

contact-the-game-gift-npc-gifter = { $gifter }
contact-the-game-gift-npc-friend = { $friend }
contact-the-game-gift-npc-adult = { $adult }

contact-the-game-gift-intro = مرحبًا، أنا سانغو! أنت و{ $friend } تلعبان { $app } بعد المدرسة. الألعاب أمتع مع الأصدقاء! سأراقب الدردشة معك.

contact-the-game-gift-gifter-hello = مرحبًا!! سأهدي { $skin } النادر جدًا إلى 3 لاعبين محظوظين اليوم، وأنت واحد منهم! هل تريده؟ إنه مجاني تمامًا.
contact-the-game-gift-choice-no-thanks = لا أقبل الهدايا من أشخاص لا أعرفهم. لا، شكرًا.
contact-the-game-gift-feedback-no-thanks = تفكير رائع! الأشياء النادرة المجانية من شخص لا تعرفه حيلة قديمة لكسب ثقتك. قول «لا» مقبول دائمًا.
contact-the-game-gift-choice-whats-the-catch = حقًا؟ وما المقابل؟
contact-the-game-gift-feedback-whats-the-catch = سؤال جيد! الهدايا المجانية من الغرباء يكون وراءها شيء في الغالب. ولست مضطرًا إلى متابعة الحديث مع شخص يعرض عليك أشياء فجأة.
contact-the-game-gift-choice-yes-please = نعم، أرجوك! ماذا أفعل؟
contact-the-game-gift-feedback-yes-please = فرصة لنتعلّم: الغريب الذي يعرض هدايا نادرة علامة خطر. يريدك متحمّسًا كي لا تتوقّف وتفكّر في ما سيطلبه بعد ذلك.

contact-the-game-gift-gifter-ask = لا تخجل، إنها مجانية 100%! فقط سجّل دخولك في صفحة الهدايا skinz-gift.win، أو أخبرني بكلمة مرورك وسأضيفها لك. أسرع، بقيت 5 دقائق فقط!
contact-the-game-gift-choice-block-report = سأحظره وأبلغ عنه، ثم أخبر { $adult }
contact-the-game-gift-feedback-block-report = أصبت تمامًا! الهدايا الحقيقية لا تحتاج أبدًا إلى كلمة مرورك. الحظر والإبلاغ يوقفان الحيلة، وإخبار { $adult } يعني أنك لن تواجه الأمر وحدك.
contact-the-game-gift-choice-say-no = سأرفض، وأتوقّف عن الرد
contact-the-game-gift-feedback-say-no = الاحتفاظ بكلمة المرور سرًّا كان الصواب تمامًا! لكن { $gifter } ما زال يستطيع خداع لاعبين آخرين. الإبلاغ وإخبار شخص بالغ يساعدان على إيقافه.
contact-the-game-gift-choice-log-in = سأسجّل الدخول في صفحة الهدايا، بسرعة!
contact-the-game-gift-feedback-log-in = فرصة لنتعلّم: صفحات الهدايا المزيّفة تقلّد صفحة الدخول الحقيقية لسرقة كلمات المرور، والعدّاد كان هناك ليجعلك تستعجل. كلمة مرورك لك ولوالديك فقط.

contact-the-game-gift-adult-helps = شكرًا لأنك أريتني! طلب كلمة مرورك حيلة احتيال، حتى لو سُمّيت هدية. لقد فعلت الصواب تمامًا. أوه، وصلتك رسالة من { $friend }.
contact-the-game-gift-ignored = تتوقّف عن الرد. وبعد ساعة، تصلك رسالة من { $friend }، ولا تبدو رسالة سعيدة.

contact-the-game-gift-friend-scammed = النجدة! سجّلت الدخول في صفحة الهدايا تلك، والآن اختفى حسابي. والجميع في دردشة الفريق يضحكون ويسخرون مني.
contact-the-game-gift-choice-not-your-fault = هذا ليس ذنبك. لنُخبر { $adult } معًا.
contact-the-game-gift-feedback-not-your-fault = لطيف وشجاع! المحتالون يخدعون الكبار أيضًا، لذلك ليس الذنب أبدًا ذنب من خُدع. يستطيع شخص بالغ أن يساعد في الإبلاغ واستعادة الحساب.
contact-the-game-gift-choice-tell-team = سأطلب من دردشة الفريق التوقّف عن الضحك
contact-the-game-gift-feedback-tell-team = الدفاع عن { $friend } احتاج إلى شجاعة! لكن الحساب ما زال مسروقًا. يستطيع شخص بالغ تثق به أن يساعد في الإبلاغ عنه إلى اللعبة واستعادته.
contact-the-game-gift-choice-laugh = هههه، كيف صدّقت هذا؟
contact-the-game-gift-feedback-laugh = فرصة لنتعلّم: أي شخص قد يُخدع، حتى الأذكياء جدًا. الضحك يصعّب على { $friend } طلب المساعدة. الكلمات اللطيفة تساعد أكثر بكثير.

contact-the-game-gift-friend-helped = شكرًا لكما لأنكما أخبرتماني. هذا ليس ذنبك يا { $friend }. سنتأكّد من الإبلاغ عن { $gifter }، ونغيّر كلمات المرور، ونطلب من { $app } استعادة الحساب.

contact-the-game-gift-account-stolen = تظهر في الصفحة كلمة «خطأ» ولا يصل أي مظهر. وفي الصباح التالي، لا تستطيع تسجيل الدخول. ثم يصلك سؤال من { $friend }: لماذا أرسل حسابك رسالة الهدية نفسها؟
contact-the-game-gift-gifter-demands = تريد حسابك؟ سهل. أرسل لي البريد الإلكتروني لأحد والديك والرمز السري الذي يصله. لا تخبر أحدًا، وإلا ضاع حسابك إلى الأبد!
contact-the-game-gift-choice-tell-adult = سأخبر { $adult } لنُصلح الأمر معًا
contact-the-game-gift-feedback-tell-adult = أفضل خطوة! «لا تخبر أحدًا» علامة خطر كبيرة. بمساعدة { $adult } يمكنك الإبلاغ عنه إلى اللعبة واستعادة حسابك. أنت لست في ورطة.
contact-the-game-gift-choice-new-account = سأحظره وأُنشئ حسابًا جديدًا
contact-the-game-gift-feedback-new-account = عدم إرسال أي شيء آخر كان صحيحًا! لكن حسابك القديم ما زال يخدع أصدقاءك. يستطيع شخص بالغ تثق به أن يساعد في الإبلاغ عنه واستعادته.
contact-the-game-gift-choice-send-code = سأرسل البريد والرمز لأستعيد حسابي
contact-the-game-gift-feedback-send-code = فرصة لنتعلّم: ذلك الرمز قد يفتح حساب أحد والديك أيضًا، والمحتالون يطلبون المزيد دائمًا. لم يفت الأوان أبدًا لتتوقّف وتخبر شخصًا بالغًا تثق به.

contact-the-game-gift-adult-helps-late = يسعدني كثيرًا أنك أخبرتني. أي شخص قد يُخدع، وأنت لست في ورطة. لنبلغ عن { $gifter }، ونحذّر أصدقاءك، ونستعِد حسابك.

contact-the-game-gift-end-safe = اكتشفت حيلة الهدية، وحميت كلمة مرورك، ووقفت إلى جانب { $friend }. وتم الإبلاغ عن { $gifter }. هكذا يفعل زميل الفريق الحقيقي!
contact-the-game-gift-end-mixed = دافعت عن { $friend }، وكان هذا لطفًا! لكن لم يُبلَّغ عن الحساب المسروق بعد. يستطيع شخص بالغ تثق به أن يساعد في استعادته.
contact-the-game-gift-end-quiet = الحظر ساعد، لكن حسابك القديم ما زال في يد { $gifter }، ويرسل الحيل إلى أصدقائك. إخبار شخص بالغ تثق به قد يعيده إليك.
contact-the-game-gift-end-recovered = خُدعت، لكنك أخبرت { $adult } وأصلحتما الأمر معًا. عاد حسابك وحُذّر أصدقاؤك. هذا احتاج إلى شجاعة!
contact-the-game-gift-end-unkind = الإحراج والوحدة يثقلان على { $friend }، والحساب ما زال ضائعًا. أي شخص قد يُخدع. لم يفت الأوان أبدًا للاعتذار ومساعدة { $friend } على إخبار شخص بالغ.
contact-the-game-gift-end-harmful = { $gifter } يواصل طلب المزيد، والآن صار حساب أحد والديك في خطر أيضًا. المحتالون يأملون أن تسكت. لم يفت الأوان أبدًا لتخبر شخصًا بالغًا تثق به.
