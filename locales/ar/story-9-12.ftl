# The 9-12 story (scenarios/9-12/story.ron): its name, its close, and its recurring people.

story-9-12-title = فصل دراسي على الإنترنت
story-9-12-closed = يا له من فصل! تطبيقات جديدة، وألعاب جديدة، وبعض الحيل، وقرارات شجاعة كثيرة. شكرًا لأنك سمحت لي بمرافقتك. هذا ما سأتذكّره:
story-9-12-ending-stranger = اكتشفت حيل شخص غريب في دردشة لعبة، واحتفظت بالدليل، وطلبت المساعدة لحظره والإبلاغ عنه. اسم جديد والحيل نفسها؟ الخطوات صارت معروفة لك الآن.
story-9-12-ending-location = ربما ما زال تطبيق الرسم يُظهر نقطتك على خريطته. يمكن لشخص بالغ في البيت إيقاف الموقع معك. الأمر يستغرق دقيقة واحدة.
story-9-12-ending-password = كلمة المرور التي أخذتها نافذة مخادعة ليست آمنة بعد. يمكن لشخص بالغ في البيت مساعدتك في إنشاء كلمة جديدة، مختلفة لكل لعبة.
story-9-12-ending-settings = عندما تسلّل فيديو مخيف، أخبرت شخصًا بالغًا موضع ثقتك. الآن التشغيل التلقائي متوقّف وإعدادات الأطفال مفعّلة. كان ذلك شجاعًا!
story-9-12-ending-always = على الإنترنت أو خارجه، لا يلزمك أبدًا حلّ الأمور وحدك. هناك دائمًا شخص بالغ موضع ثقتك ليساعدك، والإخبار ليس وشاية أبدًا.

# The best friend
cast-912-mia = مي
cast-912-theo = تامر
cast-912-aisha = عائشة
# The classmate who gets picked on
cast-912-sam = سامي
cast-912-noah = نوح
cast-912-arjun = أنس
# The stranger in the game chat
cast-912-starknight = StarKnight_12
cast-912-pixelhero = PixelHero_12
cast-912-dragonrider = DragonRider_12
