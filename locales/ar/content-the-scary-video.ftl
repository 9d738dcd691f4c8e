# المحتوى / العدوانية: الفيديو المخيف (الأعمار 9-12)

content-the-scary-video-title = الفيديو المخيف
content-the-scary-video-summary = ينتهي الكرتون ويبدأ فيديو مخيف وحده، فماذا يمكنك أن تفعل حين يخيفك شيء على الإنترنت؟
content-the-scary-video-remember = لا بأس أن تشعر بالخوف، وهذا ليس ذنبك أبدًا. أغلقه، وأخبر شخصًا بالغًا تثق به، وفعّلا معًا إعدادات الأطفال.

content-the-scary-video-app = { $app }
content-the-scary-video-app-vidbloom = VidBloom
content-the-scary-video-app-clipnest = ClipNest
content-the-scary-video-app-toonstream = ToonStream
content-the-scary-video-cartoon-bunnies = الأرانب القافزة
content-the-scary-video-cartoon-robots = أصدقاء الروبوت
content-the-scary-video-cartoon-dinos = رفاق الديناصور
content-the-scary-video-adult-dad = بابا
content-the-scary-video-adult-grandma = تيتا
content-the-scary-video-adult-aunt = الخالة لينا
content-the-scary-video-name-shadowfox = ShadowFox_11
content-the-scary-video-name-nightowl = NightOwl_X
content-the-scary-video-name-spookysam = Spooky_Sam12
content-the-scary-video-chat-zipchat = ZipChat
content-the-scary-video-chat-buzzbox = BuzzBox
content-the-scary-video-chat-whisperly = Whisperly

content-the-scary-video-npc-adult = { $adult }
content-the-scary-video-npc-stranger = { $stranger }

content-the-scary-video-intro = مرحبًا، أنا سانغو! إنها ظهيرة ممطرة وأنت تشاهد { $cartoon } على { $app }. الرسوم المتحركة ممتعة! سأشاهد معك.
content-the-scary-video-autoplay = تنتهي الحلقة. وقبل أن تلمس أي شيء، يبدأ الفيديو التالي وحده. يبدو مثل { $cartoon }، لكن الموسيقى مخيفة والألوان قاتمة.

content-the-scary-video-spot-video = انتظر! هذا الفيديو بدأ وحده. لنكن محقّقين. المس الأجزاء التي تُظهر أنه ليس فيديو للأطفال حقًا.
content-the-scary-video-card-title = التالي: التشغيل التلقائي مفعّل
content-the-scary-video-card-body = بدأ هذا الفيديو وحده بعد الكرتون الذي كنت تشاهده.
content-the-scary-video-part-thumbnail = الصورة: { $cartoon } بعيون حمراء متوهّجة وأسنان حادّة
content-the-scary-video-feedback-thumbnail = ملاحظة ذكية! أن تبدو شخصياتك المفضّلة مخيفة علامة خطر. بعض الفيديوهات تقلّد رسوم الأطفال لتتسلّل إلى ما تشاهده.
content-the-scary-video-part-title = العنوان: لن تنام الليلة!!! لا تشاهده وحدك
content-the-scary-video-feedback-title = نعم! علامات التعجّب الكثيرة وعبارة «لن تنام» موجودة لتصدمك. الكرتون الحقيقي للأطفال لا يحتاج إلى إخافتك ليحصل على النقرات.
content-the-scary-video-part-channel = القناة: xX_Toon_Horror_Xx
content-the-scary-video-feedback-channel = أحسنت الملاحظة! قناة { $cartoon } الحقيقية تستخدم اسم البرنامج. هذه قناة مقلّدة، لذا تحقّق دائمًا ممّن صنع الفيديو.
content-the-scary-video-part-label = الوسم: مصنوع للأطفال
content-the-scary-video-feedback-label = صحيح! يستطيع أي شخص أن يضع وسم «للأطفال» على فيديو. حين تبدو الصورة والعنوان مخيفين، فالوسم لا يقول الحقيقة.
content-the-scary-video-part-views = 2 مليون مشاهدة
content-the-scary-video-feedback-views = ليس دليلًا. المشاهدات الكثيرة تعني نقرات كثيرة فقط. لا تخبرك إن كان الفيديو لطيفًا أو مخيفًا، فانظر إلى الأجزاء الأخرى.

content-the-scary-video-video-plays = لكن التشغيل التلقائي لا ينتظر المحقّقين! تبدأ شخصيات الكرتون بالعراك والصراخ، ويقفز وجه مخيف فجأة. قلبك يدقّ بقوة.
content-the-scary-video-scared-choice = كان ذلك مخيفًا! لا بأس أن تشعر بالخوف. وهذا ليس ذنبك: الفيديو بدأ وحده. ماذا ستفعل؟
content-the-scary-video-choice-close-tell = سأغلقه وأخبر { $adult } بما رأيت
content-the-scary-video-feedback-close-tell = أحسنت! إيقاف ما يزعجك هو اعتناء بنفسك. وإخبار شخص بالغ تثق به يجعل الشعور بالخوف يصغر. أنت لست في ورطة.
content-the-scary-video-choice-close-quiet = سأغلقه، لكن سأحتفظ بالأمر لنفسي
content-the-scary-video-feedback-close-quiet = إغلاقه كان تصرّفًا ذكيًا! لكن الصور المخيفة قد تعلق في رأسك، والحديث يساعد. ويستطيع شخص بالغ تثق به أيضًا أن يمنع ظهور فيديوهات كهذه.
content-the-scary-video-choice-keep-watching = سأتابع المشاهدة كي لا أبدو طفلًا صغيرًا
content-the-scary-video-feedback-keep-watching = فرصة لنتعلّم: الشجاعة ليست مشاهدة أشياء تخيفك. لا أحد يختبرك. التوقّف هو الاختيار الشجاع، ومن المقبول دائمًا أن تغلقه.

content-the-scary-video-adult-helps = شكرًا لأنك أخبرتني. كثيرون يخافون من فيديوهات كهذه، والكبار أيضًا. لم يكن ذلك ذنبك. لنشرب شوكولاتة ساخنة ونشعر بتحسّن.
content-the-scary-video-keep-quiet = تغلق التطبيق. لكن في وقت النوم، يظلّ الوجه المخيف يظهر في رأسك. ثم يهتزّ جهازك اللوحي برسالة جديدة.
content-the-scary-video-late-night = التشغيل التلقائي يستمر، وكل فيديو أكثر رعبًا من الذي قبله. لقد تجاوز الوقت موعد النوم بكثير ولا تستطيع النوم الآن. ثم يهتزّ جهازك اللوحي برسالة جديدة.

content-the-scary-video-stranger-dm = مرحبًا! هل تحب الفيديوهات المخيفة؟ عمري 11 سنة مثلك، وعندي فيديوهات أكثر رعبًا بكثير. أضفني على { $chat } وسأرسلها لك. لا تخبر والديك، اتفقنا؟
content-the-scary-video-choice-block-report = سأحظره وأبلغ عنه، ثم أُري { $adult } الرسالة
content-the-scary-video-feedback-block-report = أصبت تمامًا! الشخص الذي لا تعرفه ويريد الانتقال إلى تطبيق آخر وإخفاء أسرار عن عائلتك يُظهر علامات خطر كبيرة. الحظر والإخبار شجاعة.
content-the-scary-video-choice-ignore = لن أرد، وسأغلق التطبيق
content-the-scary-video-feedback-ignore = عدم الرد أبقاك في أمان الآن! لكن { $stranger } يستطيع أن يراسلك مرة أخرى، أو يراسل أطفالًا آخرين. الإبلاغ وإخبار شخص بالغ يساعدان على إيقافه.
content-the-scary-video-choice-add = سأضيفه. الفيديوهات الأكثر رعبًا تبدو رائعة.
content-the-scary-video-feedback-add = فرصة لنتعلّم: أي شخص يستطيع أن يقول إن عمره 11 سنة على الإنترنت. ومن يطلب منك إخفاء أشياء عن عائلتك ليس صديقًا آمنًا، مهما بدا لطيفًا.

content-the-scary-video-settings = شكرًا لأنك أريتني. أنت لست في ورطة. لنبلغ عن ذلك الفيديو، ثم نفعّل إعدادات الأطفال: إيقاف التشغيل التلقائي، ولا رسائل من الغرباء.

content-the-scary-video-stranger-pushes = إليك فيديو أكثر رعبًا! أنت لست طفلًا صغيرًا، صحيح؟ الآن أرسل لي صورة سيلفي لأتأكّد أنك حقيقي. تذكّر، هذا سرّنا.
content-the-scary-video-choice-tell-now = سأتوقّف، وأحظره، وأخبر { $adult } الآن
content-the-scary-video-feedback-tell-now = شجاعة كبيرة! طلب الصور والأسرار علامتا خطر كبيرتان. من حقك دائمًا أن تقول لا، والشخص البالغ الذي تثق به سيساعدك. أنت لست في ورطة.
content-the-scary-video-choice-block-only = سأحظره، لكن سأحتفظ بالأمر لنفسي
content-the-scary-video-feedback-block-only = الحظر خطوة جيدة! لكن { $stranger } قد يحاول الأمر نفسه مع أطفال آخرين. إخبار شخص بالغ تثق به يعني أنه يمكن الإبلاغ عنه وإيقافه.
content-the-scary-video-choice-keep-secret = سأرسل صورة السيلفي وأحتفظ بالسر
content-the-scary-video-feedback-keep-secret = فرصة لنتعلّم: أسرار كهذه لا تفيد إلا الشخص الآخر، والصورة المرسلة لا يمكن استرجاعها. لم يفت الأوان أبدًا لتخبر شخصًا تثق به.

content-the-scary-video-adult-helps-late = يسعدني كثيرًا أنك أخبرتني. لم تفعل أي شيء خاطئ. لنحفظ الرسائل، ونحظر { $stranger } ونبلغ عنه، ونبلغ عن ذلك الفيديو، ونفعّل إعدادات الأطفال.

content-the-scary-video-end-safe = طلبت المساعدة، وحظرت الغريب، والآن تجعل إعدادات الأطفال ما تشاهده لطيفًا. الأشياء المخيفة قد تظهر لأي أحد، وقد تعاملت معها بشكل رائع!
content-the-scary-video-end-mixed = أنت في أمان الآن. لكن لم يُبلَّغ عن { $stranger }، وإعدادات الأطفال ما زالت متوقّفة، لذا قد تصل أشياء مخيفة أخرى. يستطيع شخص بالغ تثق به أن يساعد في إيقافها.
content-the-scary-video-end-recovered = صار الأمر مخيفًا لبعض الوقت، لكنك كنت شجاعًا وأخبرت { $adult }. { $stranger } محظور وتم الإبلاغ عنه، وإعدادات الأطفال مفعّلة. الإخبار يساعد دائمًا!
content-the-scary-video-end-harmful = { $stranger } يواصل طلب المزيد، والسرّ ثقيل. هذا ليس ذنبك. لم يفت الأوان أبدًا: أخبر شخصًا بالغًا تثق به، وسيساعدك.
