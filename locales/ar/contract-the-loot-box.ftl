# العقود / التجاري: صندوق الغنائم (الأعمار 13-15)، أنماط خادعة، وتكاليف خفية، وحدود للوقت والإنفاق

contract-the-loot-box-title = صندوق الغنائم
contract-the-loot-box-summary = فوز واحد يفصلك عن المرتبة التالية، حين يظهر في متجر اللعبة صندوق غامض متوهّج مع عدّاد تنازلي.
contract-the-loot-box-remember = صندوق الغنائم يشبه القمار: دفع مقابل فرصة عشوائية، واللعبة مصمّمة لإغرائك بمحاولة أخرى. الأفضل: التحقّق من الاحتمالات والتكلفة الحقيقية، ووضع حدودك، والحديث مع شخص بالغ موضع ثقتك.

contract-the-loot-box-app = متجر { $game }
contract-the-loot-box-npc-friend = { $friend }
contract-the-loot-box-npc-adult = { $adult }

contract-the-loot-box-game-mech-league = Mech League
contract-the-loot-box-game-galaxy-goals = Galaxy Goals
contract-the-loot-box-game-rift-racers = Rift Racers
contract-the-loot-box-chest-legend = صندوق الأساطير
contract-the-loot-box-chest-mythic = صندوق الخرافات
contract-the-loot-box-chest-nova = صندوق نوفا
contract-the-loot-box-adult-mum = ماما
contract-the-loot-box-adult-dad = بابا
contract-the-loot-box-adult-auntie = الخالة جود

contract-the-loot-box-intro = قطتك لولو نائمة في حضنك، ووشاح فريق النمور على الكرسي. تطلب منك { $game } قفل حساب Playfort الخاص بك: فيه مرتبتك وجواهرك وبطاقة { $adult } المحفوظة.

# Lock it: the passphrase, the sign-in settings and the real sign-in page.
contract-the-loot-box-lock = ثلاث كلمات عشوائية تصنع عبارة مرور قوية. لنصنع عبارة سهلة التذكّر، ثم نختار كيف يتأكد Playfort أنك أنت حقًا.
contract-the-loot-box-piece-banana = موزة
contract-the-loot-box-why-piece-banana = كلمة يومية لا علاقة لها بك، فلا أحد يخمّنها من ملفك الشخصي. ومن السهل تخيّلها.
contract-the-loot-box-piece-pet = لولو
contract-the-loot-box-why-piece-pet = تبدو كلمة عادية، لكن لولو قطتك، وهي في كثير من صورك. أصدقاؤك، وكل من يرى منشوراتك، قد يخمّنونها. الأفضل إبعاد الحيوانات الأليفة وأعياد الميلاد والأسماء.
contract-the-loot-box-piece-rocket = صاروخ
contract-the-loot-box-why-piece-rocket = رائع! بضع كلمات عشوائية تصنع عبارة طويلة يصعب كسرها ويسهل تخيلها: موزة تركب صاروخًا!
contract-the-loot-box-piece-common = 1234
contract-the-loot-box-why-piece-common = ‏1234 أول ما يجرّبه أي أحد، وأدوات الاختراق تجرّبها ملصقة بالكلمات أيضًا. لا تضيف أي قوة. الكلمات العشوائية تقوم بالعمل.
contract-the-loot-box-piece-pillow = وسادة
contract-the-loot-box-why-piece-pillow = كلمة عشوائية أخرى. كل واحدة تجعل العبارة أطول وأصعب كسرًا، والصورة المضحكة تساعدك على تذكّرها.
contract-the-loot-box-piece-jumble = ⁦k9$Tz!4q⁩
contract-the-loot-box-why-piece-jumble = قوية، لكن هل سيبقى ⁦k9$Tz!4q⁩ في ذاكرتك غدًا؟ خلطات كهذه تنتهي على ورقة لاصقة أو تُستعمل في كل مكان. الكلمات العشوائية قوية وسهلة التذكّر معًا.
contract-the-loot-box-piece-volcano = بركان
contract-the-loot-box-why-piece-volcano = اختيار موفّق. الكلمات العشوائية قوية لأنها ليست عنك. بركان مليء بالوسائد: صورة لا تُنسى.
contract-the-loot-box-piece-team = نمور
contract-the-loot-box-why-piece-team = تبدو كلمة عشوائية، لكن الجميع يعرف حبّك للنمور: وشاحك في صورك. ما يعرفه الناس عنك سهل التخمين، فالأفضل إبعاده.
contract-the-loot-box-set-two-step = التحقق بخطوتين: رمز إلى جانب عبارة المرور
contract-the-loot-box-val-two-step-off = معطّل
contract-the-loot-box-why-two-step-off = هكذا تكون عبارتك القفل الوحيد. إن عرفها أحد، دخل. التحقق بخطوتين يطلب أيضًا رمزًا من هاتفك.
contract-the-loot-box-val-two-step-phone = رمز يصل إلى هاتفي
contract-the-loot-box-why-two-step-phone = رائع: حتى لو عرف أحد عبارتك، سيحتاج إلى هاتفك أيضًا. والرمز لا يُعطى لأي أحد، ولا حتى لمن يقول إنه «الدعم الفني».
contract-the-loot-box-set-recovery = بريد الاسترداد: لتعود إلى حسابك إن لم تستطع الدخول
contract-the-loot-box-val-recovery-friend = بريد صديقي المقرّب
contract-the-loot-box-why-recovery-friend = صديقك يقصد الخير، لكن من يملك بريد الاسترداد يستطيع تغيير كلمة مرورك. الأصدقاء قد يختلفون، وقد يُخترق حسابه أيضًا.
contract-the-loot-box-val-recovery-own = بريدي أنا
contract-the-loot-box-why-recovery-own = نعم: بريد لك وحدك. إن نُسيت العبارة أو تعذّر الدخول، فطريق العودة مفتوح.
contract-the-loot-box-val-recovery-none = لا شيء
contract-the-loot-box-why-recovery-none = صحيح أن لا أحد غيرك يستطيع استخدامه. لكن إن نسيت عبارتك أو اختُرق حسابك، فلا طريق للعودة، وتضيع جواهرك. بريدك أنت أفضل.
contract-the-loot-box-sign-in = في عطلة نهاية الأسبوع، اللعب في بيت { $friend } على حاسوبهم المحمول. البحث عن «Playfort» يُظهر ثلاثة روابط. أيها الصحيح لتسجيل الدخول؟
contract-the-loot-box-page-buried = ⁦playfort.com.secure-login.net/login⁩
contract-the-loot-box-why-page-buried = يبدأ بـ ⁦playfort.com⁩، لكنه ينتهي في الحقيقة بـ ⁦secure-login.net⁩، وهو موقع آخر، وكلمة ⁦secure⁩ لا تثبت شيئًا. الجزء الأخير قبل أول علامة / يبيّن مالك الصفحة.
contract-the-loot-box-page-real = ⁦account.playfort.com/login⁩
contract-the-loot-box-why-page-real = أحسنت الملاحظة: قبل أول علامة / ينتهي العنوان بـ ⁦playfort.com⁩، عنوان Playfort نفسه. والأكثر أمانًا كتابته بنفسك. وعلى حاسوب صديق: تسجيل الخروج عند الانتهاء، ومنع المتصفّح من حفظ عبارتك.
contract-the-loot-box-page-lookalike = ⁦p1ayfort.com/login⁩
contract-the-loot-box-why-page-lookalike = نظرة دقيقة: إنه ⁦p1ayfort⁩، برقم 1 بدل حرف l. الصفحات المزيّفة تنسخ الحقيقية لتسرق كلمات المرور. قراءة العناوين ببطء تحميك.

contract-the-loot-box-store-pops = في البيت، فوز واحد يفصلك عن المرتبة التالية في { $game }. لمست «العب»، لكن المتجر ظهر بدلًا من ذلك، ومعه { $chest } بتوهّج لامع.
contract-the-loot-box-ad-near = لكن أولًا، ينزلق إعلان فوق المتجر: «نعرف شخصيتك من الاختبار! اللاعبون القريبون منك يحصلون على { $chest } مجانًا. سجّل الدخول هنا.» الإعلان يعرف إجاباتك، ويعرف تقريبًا مكان سكنك.
contract-the-loot-box-ad-knows = لكن أولًا، ينزلق إعلان فوق المتجر: «نعرف شخصيتك من الاختبار! { $chest } مجاني بانتظارك. سجّل الدخول هنا.» الإعلان يعرف إجاباتك في الاختبار. كيف؟
contract-the-loot-box-ad-choice = هذا الإعلان يعرف أشياء لم يعرفها إلا تطبيق الاختبار. «شركاؤه» نقلوها، كما قالت الحروف الصغيرة تمامًا. ما اختيارك؟
contract-the-loot-box-choice-ad-revoke = سأغلقه، وأوقف وصول تطبيق الاختبار من الإعدادات.
contract-the-loot-box-feedback-ad-revoke = هذا هو الحل. عرفك الإعلان لأن تطبيق الاختبار نقل إجاباتك. إيقاف وصوله وحذفه يوقفان ذلك من المصدر.
contract-the-loot-box-choice-ad-tap = صندوق مجاني؟ إنه يعرفني جيدًا، إذن هو حقيقي بالتأكيد.
contract-the-loot-box-feedback-ad-tap = فرصة لنتعلّم: الإعلان الذي يعرفك ليس صديقًا، لقد اشترى بياناتك. تسجيل الدخول عبر إعلان خطأ دائمًا. إيقاف وصول تطبيق الاختبار يوقف التسريب.
contract-the-loot-box-choice-ad-close = سأغلقه فقط. الإعلانات مزعجة دائمًا، وهذا كل شيء.
contract-the-loot-box-feedback-ad-close = عدم اللمس كان صحيحًا. لكن الإعلانات ستعود ما دام تطبيق الاختبار قادرًا على نقل بياناتك. إيقاف وصوله من الإعدادات يوقفها.
contract-the-loot-box-ad-revoked = من الإعدادات، أوقفت وصول تطبيق الاختبار، وفصلته عن حساباتك، وحذفته. اختفى الإعلان. والصندوق ما زال يتوهّج.
contract-the-loot-box-ad-tapped = الصفحة تطلب كلمة سر Playfort و«رسومًا صغيرة» من البطاقة المحفوظة. لا يوجد صندوق أصلًا. أغلقتها، فعاد الصندوق المتوهّج.
contract-the-loot-box-ad-closed = أغلقته. وبعد دقيقة ينزلق الإعلان من جديد، والصندوق خلفه ما زال يتوهّج.

contract-the-loot-box-spot = صفحات المتاجر قد تُصمَّم لاستعجالك. لنلمس كل ما هو حيلة.
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = قد يكون في داخله مظهر أسطوري! بقي 3 فقط بهذا السعر!
contract-the-loot-box-part-timer = ينتهي العرض خلال 04:59
contract-the-loot-box-feedback-part-timer = العدّاد التنازلي موجود لاستعجالك، كي لا يبقى وقت للتفكير. وعروض كهذه تعود عادةً مرة بعد مرة.
contract-the-loot-box-part-odds = نسب الحصول على الجوائز: حرف «i» صغير في الزاوية
contract-the-loot-box-feedback-part-odds = الاحتمالات مخفية عن قصد. وعند العثور عليها، يتّضح أن فرصة المظهر الأسطوري 0.4%: أي نحو 1 من كل 250 صندوقًا.
contract-the-loot-box-part-price = السعر: 500 جوهرة
contract-the-loot-box-feedback-part-price = الجواهر تُخفي المال الحقيقي. 500 جوهرة تكلّف نحو 5.00 من المال الحقيقي، لكنها لا تبدو إنفاقًا.
contract-the-loot-box-part-card = محدّد: الدفع بالبطاقة المحفوظة المنتهية بـ4421
contract-the-loot-box-feedback-part-card = الخانة المحدّدة نيابةً عنك تستخدم البطاقة المحفوظة على هذا الجهاز، وهي غالبًا بطاقة أحد والديك. الخانة المحدّدة مسبقًا نمط خادع: لم يكن لك اختيار فيها قط.
contract-the-loot-box-part-rank = مرتبتك: ذهبي II، فوز واحد حتى البلاتيني
contract-the-loot-box-feedback-part-rank = هذا مجرد تقدّمك. لا حيلة فيه، مع أن المتاجر تحب أن تظهر في لحظة حماسك بالضبط.
contract-the-loot-box-part-store = اسم المتجر في الأعلى
contract-the-loot-box-feedback-part-store = ليست خدعة: لكل صفحة متجر اسم. الخدع في ما يُباع وفي طريقة بيعه.
contract-the-loot-box-part-close = زر الإغلاق (X) في الأعلى
contract-the-loot-box-feedback-part-close = ليست خدعة، إنه طريقك للخروج! يمكنك دائمًا إغلاق المتجر والعودة إلى اللعب. لا خسارة في الخروج.
contract-the-loot-box-part-chest = ‏{ $chest } المتوهّج في الوسط
contract-the-loot-box-feedback-part-chest = الدفع أولًا، ثم معرفة ما في داخله لاحقًا. هذا ما يجعله صندوق غنائم: جائزة عشوائية، ومعظم الصناديق فيها أشياء عادية.
contract-the-loot-box-pic-rank = ذهبي II
contract-the-loot-box-pic-rank-next = فوز واحد حتى البلاتيني!
contract-the-loot-box-pic-timer = 04:59
contract-the-loot-box-pic-price = 500
contract-the-loot-box-pic-card = الدفع بالبطاقة •••• 4421

contract-the-loot-box-chest-choice = حصلت على مظهر أسطوري من واحد أمس!! الأفضل فتحه قبل أن ينتهي العدّاد، صدقًا
contract-the-loot-box-choice-find-odds = سأغلقه. ما الاحتمالات الحقيقية؟ سأتحقق أولًا.
contract-the-loot-box-feedback-find-odds = تصرّف ذكي. البحث عن الاحتمالات والسعر الحقيقي أقوى من أي عدّاد. وحظّ صديق واحد لا يخبرك بشيء عن فرصتك أنت.
contract-the-loot-box-choice-untick-gems = سأزيل علامة بطاقة { $adult } لتبقى آمنة، وأنفق جواهري فقط
contract-the-loot-box-feedback-untick-gems = إزالة علامة بطاقة { $adult } كانت فكرة ذكية: لا فاتورة مفاجئة. لكن الدفع ما زال مقابل فرصة عشوائية باحتمالات مخفية، وتلك الجواهر أخذت ساعات. البحث عن الاحتمالات أولًا أفضل.
contract-the-loot-box-choice-trust-friend = صندوق أسطوري؟ حسنًا، سأفتحه قبل أن ينتهي العدّاد!
contract-the-loot-box-feedback-trust-friend = فرصة لنتعلّم: صندوق الغنائم يشبه القمار، دفع مقابل فرصة عشوائية. حظّ صديق لا يخبرك بشيء عن فرصتك، والعدّاد صُمّم للضغط السريع.

contract-the-loot-box-chests = فتحته: مظهر عادي. يومض «اقتربت!»، ففتحت آخر. بعد سبعة صناديق، ما زال لا شيء أسطوري. في الصباح، رسالة بريد: 7 عمليات شراء، 34.93، بطاقة تنتهي بـ4421.
contract-the-loot-box-pic-inbox = البريد الوارد
contract-the-loot-box-pic-receipt-subject = إيصال: 7 عمليات شراء
contract-the-loot-box-pic-receipt-total = المجموع: 34.93
contract-the-loot-box-pic-receipt-card = بطاقة تنتهي بـ4421
contract-the-loot-box-earned-gems = ذهبت جواهرك الـ500، مقابل مظهر عادي. ويومض المتجر: «اقتربت جدًا! اشحن 1,000 جوهرة مقابل 9.99؟» والزر يتوهّج.
contract-the-loot-box-pic-gems-left = 0
contract-the-loot-box-pic-so-close = اقتربت جدًا!
contract-the-loot-box-pic-topup = ‏1,000 جوهرة مقابل 9.99
contract-the-loot-box-odds-found = وجدتها في الخط الصغير: الأسطوري 0.4%، أي نحو 1 من كل 250 صندوقًا. بسعر 5.00 للصندوق، هذا نحو 1,250 لمظهر واحد. صندوق الغنائم يشبه القمار: دفع مقابل فرصة عشوائية.
contract-the-loot-box-pic-odds-title = نسب الحصول على الجوائز
contract-the-loot-box-pic-legendary = أسطوري
contract-the-loot-box-pic-epic = ملحمي
contract-the-loot-box-pic-rare = نادر
contract-the-loot-box-pic-common = عادي
contract-the-loot-box-pic-pct-legendary = 0.4%
contract-the-loot-box-pic-pct-epic = 4.6%
contract-the-loot-box-pic-pct-rare = 20%
contract-the-loot-box-pic-pct-common = 75%

contract-the-loot-box-topup-choice = ذلك الزر المضيء قد يمنحك محاولة أخرى. ماذا الآن؟
contract-the-loot-box-choice-close-store = سأغلق المتجر. «اقتربت!» مجرد طُعم لا أكثر.
contract-the-loot-box-feedback-close-store = أحسنت. صندوق الغنائم يشبه القمار، و«اقتربت» تُعرض عن قصد لإبقائك في الشراء. الابتعاد هو طريقة الفوز هنا.
contract-the-loot-box-choice-top-up = شحن واحد فقط. الصندوق التالي سيكون أفضل حتمًا.
contract-the-loot-box-feedback-top-up = فرصة لنتعلّم: كل صندوق سحب عشوائي جديد، فـ«اقتربت» في المرة السابقة لا تعني شيئًا. شعور «محاولة أخرى» هو بالضبط ما صُمّمت له اللعبة.
contract-the-loot-box-store-closed = أغلقت المتجر ولعبت مباراة عادية. والنتيجة فوز: البلاتين، من دون إنفاق شيء. لكن بطاقة { $adult } ما زالت محدّدة في المتجر.
contract-the-loot-box-topped-up = البطاقة المحفوظة تدفع 9.99. صندوقان آخران، ومظهران عاديان آخران. في الصباح، رسالة بريد: «إيصال: 9.99، بطاقة تنتهي بـ4421.»

contract-the-loot-box-late-nag = الساعة 11 ليلًا. يرسل { $game } تنبيهًا: «سلسلتك اليومية تنتهي عند منتصف الليل! العب 3 مباريات أخرى، أو اشترِ منقذ السلسلة.» ثم تصلك رسالة من { $friend }.
contract-the-loot-box-late-choice = لحظة!! ينقصني فوزان للبلاتين، ممكن مساعدة؟
contract-the-loot-box-choice-log-off = عذرًا، سأخرج الآن. بسلسلة أو بدونها، سأنام.
contract-the-loot-box-feedback-log-off = القرار لك، لا للعبة. قول «لا» لصديق في الحادية عشرة ليلًا أمر صعب، والنوم أهم من أي سلسلة. الأصدقاء الحقيقيون يفهمون.
contract-the-loot-box-choice-help-friend = حسنًا، سأبقى وأساعدك لتحصل على الفوزين الآن
contract-the-loot-box-feedback-help-friend = رغبتك في مساعدة { $friend } لطيفة! لكن «فوزان آخران» في الحادية عشرة ليلًا هو طُعم السلسلة يعمل عليكما معًا. يمكنك المساعدة غدًا، بعد النوم.
contract-the-loot-box-choice-streak-saver = سأشتري منقذ السلسلة، كي أنام الليلة براحة بال
contract-the-loot-box-feedback-streak-saver = فرصة لنتعلّم: الدفع لإسكات الإلحاح يعلّم اللعبة أن الإلحاح ينجح. ستعود السلسلة مساء الغد، ومعها منقذ السلسلة.
contract-the-loot-box-logged-off = خرجت من اللعبة ونمت. عادت سلسلتك إلى الصفر، ولم يحدث شيء سيئ. في اليوم التالي، تلفت نظرك بطاقة { $adult }: ما زالت محدّدة في المتجر، جاهزة بلمسة واحدة.
contract-the-loot-box-stayed-late = الفوزان يأخذان ست مباريات. الساعة الآن الواحدة بعد منتصف الليل. يظهر المتجر: «عرض السهارى! منقذ السلسلة بنصف السعر، الليلة فقط.»
contract-the-loot-box-saver = البطاقة المحفوظة تدفع 1.99، ثم نوم. لكن الإلحاح يعود كل مساء، وتعود اللمسة معه. بعد أسبوع، رسالة بريد: 7 منقذات سلسلة، 13.93.

contract-the-loot-box-night-choice = الساعة الواحدة ليلًا، ويظهر عرض «الليلة فقط». ما اختيارك؟
contract-the-loot-box-choice-phone-off = لا عروض في الواحدة ليلًا. سأطفئ الهاتف، يكفي اليوم.
contract-the-loot-box-feedback-phone-off = ملاحظة ذكية! العروض الليلية تأتي حين يكون الإنسان متعبًا. إطفاء الهاتف كان استعادة للسيطرة، حتى بعد ليلة طويلة.
contract-the-loot-box-choice-half-price = بنصف السعر؟ حسنًا، هذه المرة فقط. ثم أنام.
contract-the-loot-box-feedback-half-price = فرصة لنتعلّم: عروض «الليلة فقط» تظهر حين يكون الإنسان متعبًا، لأن المتعب يضغط بسهولة. ستعود السلسلة غدًا، ويعود العرض معها.
contract-the-loot-box-phone-off = أطفأت الهاتف أخيرًا. لا إنفاق، لكن يوم المدرسة التالي يبدو طويلًا جدًا.
contract-the-loot-box-night-saver = ‏0.99 من البطاقة المحفوظة، ثم نوم أخيرًا. في الليلة التالية، تلحّ السلسلة من جديد، ويعود العرض.

contract-the-loot-box-card-choice = البطاقة ما زالت محفوظة، والصناديق ستواصل الظهور. ما العمل بشأن ذلك؟
contract-the-loot-box-choice-lock-card = سأطلب من { $adult } إزالة البطاقة ووضع كلمة سر للشراء
contract-the-loot-box-feedback-lock-card = خطوة ذكية. من دون البطاقة، لا تستطيع لمسة متعبة شراء أي شيء. الحديث عن الإنفاق مع { $adult } ليس اعترافًا بمشكلة: إنه وضع حدود معًا.
contract-the-loot-box-choice-leave-card = سأتركها. لا داعي لإقلاق { $adult }، فأنا أعرف كل الحيل.
contract-the-loot-box-feedback-leave-card = فرصة لنتعلّم: معرفة الحيل تساعد، لكنها مصمّمة لتنجح في لحظات التعب أو الحماس. طلب ذلك من { $adult } ليس إزعاجًا: كلمة سر الشراء تحميك في أسوأ أيامك، لا في أفضلها فقط.
contract-the-loot-box-card-left = بعد أسبوع، عند منتصف الليل، يظهر صندوق «ضعف الخبرة». البطاقة ما زالت محدّدة، وإصبعك على بُعد لمسة واحدة.
contract-the-loot-box-parent-talk = شكرًا لأنك أخبرتني. لنُزِل البطاقة، ونضع كلمة سر للشراء، ونتفق على أوقات لعب تترك وقتًا للنوم.

contract-the-loot-box-bill-choice = هذا مال حقيقي، وقد خُصم من بطاقة { $adult }. ما اختيارك؟
contract-the-loot-box-choice-show-adult = سأُري { $adult } الرسالة. يمكننا أن نطلب استرداد المال.
contract-the-loot-box-feedback-show-adult = هذا يحتاج شجاعة، وهو الصواب. إذا طلب صاحب البطاقة بسرعة، تكون فرصة الاسترداد أكبر، ويمكن مع { $adult } وضع كلمة سر للشراء.
contract-the-loot-box-choice-help-desk = سأطلب الاسترداد من مركز المساعدة دون علم { $adult }
contract-the-loot-box-feedback-help-desk = محاولة الإصلاح تصرّف مسؤول! لكن الاسترداد يحتاج عادةً صاحب البطاقة، والبطاقة ما زالت محفوظة. والأمر سيصل إلى { $adult } في النهاية، والمساعدة الحقيقية عنده.
contract-the-loot-box-choice-chase = سأكمل الشراء، وإلا ضاع كل ما أنفقته بلا فائدة.
contract-the-loot-box-feedback-chase = فرصة لنتعلّم: مطاردة ما أنفقته هي بالضبط ما صُمّمت له هذه المتاجر. الإنفاق أكثر لا يعيد شيئًا. لم يفت الأوان أبدًا على التوقّف والإخبار.
contract-the-loot-box-store-reply = يردّ المتجر: «يجب أن يطلب صاحب الحساب استرداد المال.» وبطاقة { $adult } ما زالت محدّدة في المتجر.
contract-the-loot-box-parent-helps = شكرًا لأنك أخبرتني فورًا، لا غضب هنا. هذه الألعاب مصمّمة لهذا. لنطلب استرداد المال، ونُزِل البطاقة، ونضع كلمة سر للشراء معًا.
contract-the-loot-box-chased = خمس عمليات شراء أخرى، والمجموع يواصل الارتفاع. كل لمسة تجعل التالية أسهل.

contract-the-loot-box-reply-choice = المتجر لا يستطيع المساعدة من دون { $adult }. ماذا الآن؟
contract-the-loot-box-choice-show-reply = سأُري { $adult } رسائل الشراء وردّ المتجر عليها
contract-the-loot-box-feedback-show-reply = هذه شجاعة وذكاء. لم يفت الأوان أبدًا على الإخبار. يمكن طلب الاسترداد وإيقاف البطاقة، والحديث الآن أسهل من انتظار وصول الكشف. والمساعدة عند { $adult }.
contract-the-loot-box-choice-delete-email = سأحذف الرسائل. لماذا أزعج { $adult } بهذا الآن؟
contract-the-loot-box-feedback-delete-email = فرصة لنتعلّم: حذف الرسائل لا يحذف المبالغ، والبطاقة ما زالت محفوظة. سماع الأمر منك الآن أفضل عند { $adult } من فاتورة مفاجئة لاحقًا. إخبار { $adult } هو ما يُصلح الأمر، ولم يفت الأوان أبدًا.
contract-the-loot-box-deleted = اختفت الرسائل. المبالغ لم تختفِ، وبطاقة { $adult } ما زالت محفوظة في المتجر.

contract-the-loot-box-end-safe = لا مال حقيقيًا أُنفق، وأُزيلت البطاقة بمساعدة { $adult }. صندوق الغنائم قمار، وهذا مكشوف لك، فلم تكن هناك مطاردة، والحدود بيدك.
contract-the-loot-box-end-late = لا إنفاق، ورفضت عرض الواحدة ليلًا. لكن مساعدة { $friend } أخذت نصف ليلتك، وغدًا ستشدّك السلسلة من جديد. والقرار لك في وقت التوقّف.
contract-the-loot-box-end-night-saver = توقّفت في الواحدة ليلًا، لكن فقط بعد أن دفعت. ستعود السلسلة والعرض مساء الغد، وبطاقة { $adult } ما زالت محفوظة. الحديث عن الحدود مع { $adult } سيساعد.
contract-the-loot-box-end-card-left = لم تكن هناك مطاردة للصناديق، والحيل مكشوفة لك. لكن البطاقة ما زالت محفوظة، فقد تشتري لمسة متعبة صندوقًا في أي ليلة. الحل: طلب إزالتها من { $adult }.
contract-the-loot-box-end-recovered = كلّف الأمر أكثر ممّا أردت، لكنك أريت { $adult } وطلبتما استرداد المال معًا. أُزيلت البطاقة، وهناك كلمة سر للشراء، والحيل صارت مكشوفة لك.
contract-the-loot-box-end-mixed = توقّف الإنفاق، لكن لا أحد يعرف، والمتجر لن يعيد المال، وبطاقة { $adult } ما زالت محفوظة. قد يتكرّر الأمر. الحديث مع { $adult } ما زال يجعل الإصلاح أسهل.
contract-the-loot-box-end-harmful = واصلت الشراء لتعويض ما أنفقته، وكبرت الفاتورة. هذه المتاجر مصمّمة لذلك، وهذا ليس ذنبك. لم يفت الأوان أبدًا على إخبار { $adult } أو شخص بالغ آخر موضع ثقتك. سيساعدونك.

# What the choices leave on "My phone" (traces).
contract-the-loot-box-trace-card = البطاقة المحفوظة أُزيلت من متجر اللعبة، وكلمة سر الشراء مفعّلة.
contract-the-loot-box-trace-card-advice = تصرّف ذكي. لا لمسة متعبة تستطيع شراء شيء الآن. والاتفاق على الحدود مع الشخص البالغ موضع ثقتك يستمر.
