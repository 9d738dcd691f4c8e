# التواصل / الجنسي، للأعمار 9-12: علامات الخطر فقط (الغريب اللطيف)

contact-the-friendly-stranger-title = الغريب اللطيف
contact-the-friendly-stranger-summary = شخص لا تعرفه في دردشة لعبة لطيف جدًا ويعرض عليك جواهر مجانية. ما الذي يحدث فعلًا؟
contact-the-friendly-stranger-remember = الصديق الحقيقي لا يطلب منك أبدًا أن تُخفي أسرارًا عن عائلتك. إذا أشعرك أحد على الإنترنت بعدم الارتياح، فاحظره وأبلغ عنه وأخبر شخصًا بالغًا تثق به.

contact-the-friendly-stranger-npc-gamer = { $gamer }
contact-the-friendly-stranger-npc-mum = ماما

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
contact-the-friendly-stranger-name-starknight = StarKnight_12
contact-the-friendly-stranger-name-pixelhero = PixelHero_12
contact-the-friendly-stranger-name-dragonrider = DragonRider_12
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = مدرسة التلّة الابتدائية
contact-the-friendly-stranger-school-oakwood = مدرسة السنديان الابتدائية
contact-the-friendly-stranger-school-riverside = مدرسة ضفّة النهر الابتدائية

contact-the-friendly-stranger-intro = أنت تبني قلعة في { $game }، لعبتك المفضّلة. الألعاب أمتع مع الأصدقاء! سأراقب الدردشة معك.

contact-the-friendly-stranger-first-message = واو، قلعتك أجمل قلعة رأيتها! أنت موهوب جدًا. عمري 12 سنة مثلك. هل تريد 500 جوهرة مجانًا؟ فقط أخبرني باسم مدرستك لأرسلها لك.
contact-the-friendly-stranger-choice-no-school = لا، شكرًا. لا أشارك اسم مدرستي على الإنترنت.
contact-the-friendly-stranger-feedback-no-school = أحسنت! مدرستك تخبر الناس أين يجدونك، لذلك تبقى سرًّا. والهدايا المجانية من الغرباء كثيرًا ما تكون حيلة ليجعلوك تثق بهم.
contact-the-friendly-stranger-choice-just-thanks = سأشكره، لكن سأتجاهل سؤال المدرسة
contact-the-friendly-stranger-feedback-just-thanks = جيد، حافظت على سرّية مدرستك! وانتبه أيضًا: المديح الكثير والهدايا المجانية من شخص لا تعرفه علامات خطر.
contact-the-friendly-stranger-choice-tell-school = رائع! أنا أدرس في { $school }.
contact-the-friendly-stranger-feedback-tell-school = فرصة لنتعلّم: اسم مدرستك يخبر الغريب أين تكون كل يوم. احتفظ به لنفسك، حتى مع من يبدون لطفاء جدًا.

contact-the-friendly-stranger-knows-school = { $school }؟ معقول! إنها قريبة مني! ربما نلتقي يومًا ما. أنت أروع بكثير من الأطفال الآخرين الذين أتحدّث معهم.

contact-the-friendly-stranger-pushy = لنتحدّث على ChatZip بدلًا من هنا، فهو أكثر خصوصية. ولا تخبر والديك عني، اتفقنا؟ لن يفهما صداقتنا.
contact-the-friendly-stranger-choice-block-report-tell = سأحظره، وأبلغ عنه، وأخبر شخصًا بالغًا أثق به
contact-the-friendly-stranger-feedback-block-report-tell = أصبت تمامًا! الانتقال إلى تطبيق خاص وإخفاء الأسرار عن عائلتك علامتا خطر كبيرتان. الحظر والإبلاغ والإخبار تصرّف شجاع وصحيح.
contact-the-friendly-stranger-choice-log-off = سأخرج من اللعبة وأتوقّف عن الرد فقط
contact-the-friendly-stranger-feedback-log-off = الخروج يحميك الآن. لكن { $gamer } قد يراسلك مرة أخرى، أو يراسل أطفالًا آخرين. الإبلاغ وإخبار شخص بالغ يساعدان على إيقافه نهائيًا.
contact-the-friendly-stranger-choice-move-app = حسنًا، سأضيفك على ChatZip. لن أخبر أحدًا.
contact-the-friendly-stranger-feedback-move-app = فرصة لنتعلّم: الصديق الآمن لا يطلب منك أبدًا أن تُخفيه عن عائلتك. وفي التطبيق الخاص، لا أحد يستطيع أن يرى إن حدث شيء سيئ.

contact-the-friendly-stranger-tell-adult = شكرًا لأنك أخبرتني. لم تفعل أي شيء خاطئ. لنحفظ الرسائل، ثم نحظر { $gamer } ونبلغ عنه معًا.
contact-the-friendly-stranger-logged-off = تخرج من اللعبة. وفي اليوم التالي، { $gamer } ينتظرك في دردشة اللعبة: «أين ذهبت؟ عندي جواهر أكثر لك!»

contact-the-friendly-stranger-asks-photo = رائع، صرنا أعز صديقين! الآن أرسل لي صورتك بالزي المدرسي لأتأكّد أنك حقيقي. تذكّر، هذا سرّنا.
contact-the-friendly-stranger-choice-refuse-tell = لا. وسأخبر شخصًا بالغًا أثق به.
contact-the-friendly-stranger-feedback-refuse-tell = شجاعة كبيرة! من حقك دائمًا أن تقول لا. طلب الصور والأسرار علامة خطر كبيرة. الشخص البالغ الذي تثق به سيساعدك، وأنت لست في ورطة.
contact-the-friendly-stranger-choice-refuse-keep-chatting = سأرفض إرسال الصورة، لكن سأتابع الدردشة
contact-the-friendly-stranger-feedback-refuse-keep-chatting = الرفض كان صحيحًا! لكن من يطلب الصور والأسرار ليس صديقًا آمنًا. لا بأس أن تتوقّف عن الحديث وتطلب المساعدة.
contact-the-friendly-stranger-choice-send-photo = سأرسل الصورة. إنها مجرد صورة سيلفي.
contact-the-friendly-stranger-feedback-send-photo = فرصة لنتعلّم: حين تُرسَل الصورة، لا يمكنك التحكّم في أين تذهب، والزي المدرسي يكشف مدرستك. طلب الصور والأسرار علامة خطر، أيًّا كان من يطلبها.

contact-the-friendly-stranger-gamer-pressure = أنت أعز أصدقائي، فلا تُفسد الأمر. إذا أخبرت والديك، ستقع في ورطة كبيرة وسيأخذان منك لعبتك.
contact-the-friendly-stranger-sango-brave = أنا قلق. إخافتك من الإخبار حيلة لإبقائك وحدك. أنت لست في ورطة أبدًا، وهذا ليس ذنبك. ماذا ستفعل؟
contact-the-friendly-stranger-choice-tell-anyway = هذا ليس ذنبي. سأخبر شخصًا بالغًا أثق به.
contact-the-friendly-stranger-feedback-tell-anyway = هذه شجاعة حقيقية! من يطلبون من الأطفال الأسرار يعتمدون على سكوتهم. الشخص البالغ الذي تثق به سيصغي إليك ويساعدك، وأنت لست في ورطة.
contact-the-friendly-stranger-choice-block-only = سأحظر { $gamer }، لكن سأحتفظ بالأمر لنفسي
contact-the-friendly-stranger-feedback-block-only = الحظر خطوة جيدة! لكن { $gamer } قد يحاول الأمر نفسه مع أطفال آخرين. إخبار شخص بالغ تثق به يعني أنه يمكن الإبلاغ عنه وإيقافه.
contact-the-friendly-stranger-choice-keep-secret = سأحتفظ بالسر وأفعل ما يقوله
contact-the-friendly-stranger-feedback-keep-secret = فرصة لنتعلّم: الشعور بالخوف طبيعي، لكن أسرارًا كهذه لا تفيد إلا الشخص الآخر. لم يفت الأوان أبدًا لتخبر شخصًا تثق به.

contact-the-friendly-stranger-tell-adult-late = أنا سعيدة جدًا لأنك أخبرتني. أنت لست في ورطة، لقد فعلت الصواب. لنحفظ الرسائل، ثم نحظر { $gamer } ونبلغ عنه معًا.

contact-the-friendly-stranger-end-safe = اكتشفت علامات الخطر وطلبت المساعدة. { $gamer } محظور وتم الإبلاغ عنه، ومعلوماتك بقيت آمنة. رائع!
contact-the-friendly-stranger-end-mixed = أنت في أمان الآن، لكن لم يُبلَّغ عن { $gamer }، فقد يكون أطفال آخرون هم التالين. إخبار شخص بالغ تثق به يساعد على إيقافه نهائيًا.
contact-the-friendly-stranger-end-recovered = صار الأمر مخيفًا للحظة، لكنك كنت شجاعًا وأخبرت أحدًا. { $gamer } محظور وتم الإبلاغ عنه. الإخبار يساعد دائمًا!
contact-the-friendly-stranger-end-harmful = { $gamer } يواصل طلب المزيد، والسرّ يثقل عليك كل يوم. هذا ليس ذنبك، ولم يفت الأوان أبدًا: أخبر شخصًا بالغًا تثق به. لن تكون في ورطة.
