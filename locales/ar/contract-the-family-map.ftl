# العقود / القيم: خريطة العائلة (الأعمار 9-12)، مشاركة الموقع والإعدادات الافتراضية ونافذة «شارك أكثر»

contract-the-family-map-title = خريطة العائلة
contract-the-family-map-summary = تطبيق العائلة يعرض نقطتك على خريطة، لتعرف عائلتك أنك وصلت إلى البيت. ثم تظهر نافذة تريد عرضها على عدد أكبر بكثير من الناس.
contract-the-family-map-remember = مكانك يخصّ عائلتك، لا التطبيق كله. النافذة التي تدفعك إلى مشاركة المزيد خدعة. وإن رأى نقطتك شخص غريب، فالخطوة الصحيحة إخبار شخص بالغ موضع ثقتك.

contract-the-family-map-app = ‏{ $app }
contract-the-family-map-npc-adult = ‏{ $adult }
contract-the-family-map-npc-neighbour = ‏{ $neighbour }

contract-the-family-map-app-homedots = ‏HomeDots
contract-the-family-map-app-kinmap = ‏KinMap
contract-the-family-map-app-famcircle = ‏FamCircle
contract-the-family-map-adult-grandma = جدتي
contract-the-family-map-adult-dad = أبي
contract-the-family-map-adult-aunt = خالتي
contract-the-family-map-club-football = تمرين كرة القدم
contract-the-family-map-club-swimming = درس السباحة
contract-the-family-map-club-music = درس الموسيقى
contract-the-family-map-name-sunnyside = ‏SunnySide_11
contract-the-family-map-name-parkpal = ‏ParkPal_10
contract-the-family-map-name-skaterkid = ‏SkaterKid_12

contract-the-family-map-intro = مرحبًا، أنا سانغو! هذا العام صارت طريق العودة من { $club } إلى البيت مشيًا ومن دون كبار. لذلك وضعت عائلتك { $app } على هاتفك، لتظهر نقطتك على خريطة ويعرف الكبار في البيت أنك وصلت.

contract-the-family-map-setup = ‏{ $app } مضبوط كما يحب التطبيق. المطلوب: أن ترى العائلة نقطتك وتعرف موعد وصولك إلى البيت، ولا أحد غيرها يحتاج نقطتك أو أماكنك. لنضبطه على هذا!
contract-the-family-map-set-who = من يستطيع رؤية نقطتي على الخريطة
contract-the-family-map-val-who-everyone = الجميع في التطبيق
contract-the-family-map-val-who-fof = أصدقاء الأصدقاء
contract-the-family-map-val-who-family = دائرة عائلتي
contract-the-family-map-val-who-nobody = لا أحد
contract-the-family-map-why-who-everyone = «الجميع» يعني الغرباء أيضًا: أي أحد في التطبيق يرى مكانك الآن. «دائرة عائلتي» يناسب أكثر.
contract-the-family-map-why-who-fof = تبدو قليلة، لكن أصدقاء الأصدقاء قد يكونون مئات الأشخاص الغرباء عنك تمامًا. «دائرة عائلتي» يناسب أكثر.
contract-the-family-map-why-who-family = تمامًا! عائلتك ترى أنك في الطريق، ولا أحد غيرها.
contract-the-family-map-why-who-nobody = خصوصية تامة، لكن عندها لا يظهر لـ{ $adult } أنك وصلت إلى البيت، وهذا هو سبب وجود التطبيق. «دائرة عائلتي» يناسب أكثر.
contract-the-family-map-set-arrive = إبلاغ عائلتي عند وصولي إلى البيت
contract-the-family-map-val-arrive-on = مفعّل
contract-the-family-map-val-arrive-off = معطّل
contract-the-family-map-why-arrive-on = رائع! رسالة صغيرة «وصلت!» تكفي، فلا يقلق أحد ولا يتصل بك في الطريق.
contract-the-family-map-why-arrive-off = هكذا يكون الأمر أهدأ، لكن عندها لا يبقى أمام { $adult } إلا التخمين أو الاتصال بك. عند العائلة، «وصلت!» خبر جميل. «مفعّل» يناسب أكثر.
contract-the-family-map-set-nearby = إظهاري للأطفال القريبين
contract-the-family-map-val-nearby-on = مفعّل
contract-the-family-map-val-nearby-off = معطّل
contract-the-family-map-why-nearby-on = «الأطفال القريبون» قد يكونون أي أحد يقول إنه طفل. نقطتك ليست للغرباء، لذلك «معطّل» يناسب أكثر.
contract-the-family-map-why-nearby-off = تفكير سليم! الغرباء في الحي لا يحتاجون معرفة مكانك. وأصدقاؤك الحقيقيون يعرفون أين يجدونك.
contract-the-family-map-set-places = من يرى أماكني المحفوظة: البيت والمدرسة
contract-the-family-map-val-places-everyone = الجميع
contract-the-family-map-val-places-family = دائرة عائلتي
contract-the-family-map-val-places-nobody = لا أحد
contract-the-family-map-why-places-everyone = بيتك ومدرستك يخبران الغريب أين يجدك كل يوم. «دائرة عائلتي» يناسب أكثر.
contract-the-family-map-why-places-family = أصبت! عائلتك تعرف هذه الأماكن أصلًا، وبها يعرف التطبيق أنك وصلت فيخبرها.
contract-the-family-map-why-places-nobody = خصوصية تامة، لكن عندها لا يستطيع التطبيق إخبار عائلتك بوصولك. وهي تعرف هذه الأماكن أصلًا، لذلك «دائرة عائلتي» يناسب أكثر.

contract-the-family-map-walk-home = في إحدى الأمسيات ينتهي { $club } متأخرًا، والظلام يحلّ على طريق العودة. تصل رسالة من { $adult }.
contract-the-family-map-walk-ask = العمل سيؤخرني قليلًا. هل يمكن أن تبقى نقطتك ظاهرة لي حتى الوصول إلى البيت؟
contract-the-family-map-choice-keep-on = طبعًا! يمكن التحقق من نقطتي حتى أصل إلى البيت.
contract-the-family-map-feedback-keep-on = قرار موفّق! المشاركة مع العائلة هي ما وُجد التطبيق من أجله. صار بال { $adult } مطمئنًا، ولا أحد آخر يرى شيئًا.
contract-the-family-map-choice-all-off = لا. سأطفئ الموقع، فهذا خاص وأكثر أمانًا.
contract-the-family-map-feedback-all-off = حماية مكانك من الغرباء تصرّف ذكي! لكن الأمر هنا يخص { $adult }، في أمسية مظلمة. المشاركة مع دائرة عائلتك آمنة ومفيدة.
contract-the-family-map-choice-nearby = وسأفعّل «الأطفال القريبون» أيضًا، للرفقة.
contract-the-family-map-feedback-nearby = فرصة للتعلّم: «الأطفال القريبون» قد يكونون أي أحد، وصاروا يرون طريقك. عائلتك معك أصلًا على الخريطة. ما زال الإصلاح ممكنًا.
contract-the-family-map-got-home = رأيت رسالة «وصلت!». شكرًا! العشاء بعد نصف ساعة.
contract-the-family-map-pic-home = وصلت!
contract-the-family-map-pic-you = أنت
contract-the-family-map-worried = تختفي نقطتك. يصلك اتصالان من { $adult } في الطريق، فلا أحد في العائلة يعرف مكانك. في البيت تعود النقطة من جديد، للعائلة فقط.
contract-the-family-map-nearby-on = تظهر نقاط جديدة حول نقطتك: «أطفال قريبون منك!». وفي البيت يكون في انتظارك طلب مراسلة.
contract-the-family-map-pic-map = أطفال قريبون منك: 12
contract-the-family-map-pic-request = طلب مراسلة جديد

contract-the-family-map-update = بعد أسبوع، يحدّث { $app } نفسه. وتظهر نافذة كبيرة فوق الخريطة.
contract-the-family-map-spot-prompt = المهمة: لمس أجزاء النافذة التي تدفعك إلى عرض نقطتك على المزيد من الناس. تنبيه: بعض الأجزاء عادية!
contract-the-family-map-card-title = جديد! الخريطة الاجتماعية
contract-the-family-map-card-body = خريطتك مع المزيد من الناس تعني أصدقاء جددًا قريبين منك!
contract-the-family-map-part-family = دائرة عائلتك: 3 أشخاص
contract-the-family-map-feedback-part-family = ليست خدعة. دائرة عائلتك هي من يرى نقطتك الآن، وهكذا يجب أن يكون.
contract-the-family-map-part-home = «إبلاغ عائلتي عند وصولي»: مفعّل
contract-the-family-map-feedback-part-home = ليست خدعة: إنه الجزء المفيد الذي ضبطته بنفسك. عائلتك تتلقى «وصلت!»، ولا أحد غيرها.
contract-the-family-map-part-fof = «أصدقاء الأصدقاء» عليه علامة مسبقًا
contract-the-family-map-feedback-part-fof = ملاحظة في محلها! خانة معلَّمة مسبقًا خدعة: لم يكن هذا اختيارك. وأصدقاء الأصدقاء في الغالب أناس غرباء عنك.
contract-the-family-map-part-nearby = ‏«12 طفلًا قريبًا منك يريدون صداقتك!»
contract-the-family-map-feedback-part-nearby = نعم! لا سبيل لمعرفة أصحاب هذه النقاط حقًا، وهم سيرون مكانك. أصدقاؤك الحقيقيون لا يحتاجون خريطة ليجدوك.
contract-the-family-map-part-button = زر كبير «مشاركة خريطتي» ورابط صغير جدًا «ليس الآن»
contract-the-family-map-feedback-part-button = عين حادة! «نعم» ضخمة و«لا» صغيرة جدًا خدعة للاستعجال. الرابط الصغير يعمل تمامًا مثل الزر.
contract-the-family-map-pic-home-tick = إبلاغ عائلتي عند وصولي
contract-the-family-map-pic-fof = أصدقاء الأصدقاء
contract-the-family-map-pic-nearby = ‏12 طفلًا قريبًا منك يريدون صداقتك!
contract-the-family-map-pic-share = مشاركة خريطتي
contract-the-family-map-pic-not-now = ليس الآن

contract-the-family-map-prompt-choice = النافذة الكبيرة ما زالت تنتظر. على ماذا يقع اختيارك؟
contract-the-family-map-choice-not-now = «ليس الآن» الصغير. نقطتي تبقى خاصة.
contract-the-family-map-feedback-not-now = اختيار رائع! الخريطة لعائلتك. أصدقاء الأصدقاء و«الأطفال القريبون» غرباء في الغالب، ونقطتك تكشف مكانك في هذه اللحظة.
contract-the-family-map-choice-later = سأغلقها، وأتحقق لاحقًا هل هي آمنة فعلًا.
contract-the-family-map-feedback-later = عدم المشاركة كان قرارًا جيدًا! لكن «لاحقًا» تترك السؤال مفتوحًا، فستعود النافذة، وربما في لحظة استعجال. والجواب معروف أصلًا: نقطتك لعائلتك.
contract-the-family-map-choice-share = مشاركة! اثنا عشر صديقًا جديدًا، رائع!
contract-the-family-map-feedback-share = فرصة للتعلّم: التطبيق يريد المزيد من الناس على خريطته، فطبيعي أن يقول إن الأمر آمن. الآن يرى نقطتك أناس غرباء. ما زال الإصلاح ممكنًا.
contract-the-family-map-kept-family = تُغلق النافذة. لا يرى نقطتك إلا دائرة عائلتك، كما كان، ورسائل «وصلت!» ما زالت تعمل.
contract-the-family-map-nag-again = في الصباح التالي تعود النافذة، ألمع من قبل: «{ $friend } و8 أصدقاء آخرون على الخريطة الاجتماعية! لمسة واحدة فقط!». والزر الكبير يومض.
contract-the-family-map-shared = نقطتك الآن على الخريطة الاجتماعية، وحولها نقاط جديدة كثيرة. بعد ساعة يصل طلب مراسلة.

contract-the-family-map-nag-choice = النافذة تقول إن كل أصدقائك على الخريطة الاجتماعية. ما الخطوة التالية؟
contract-the-family-map-choice-nag-not-now = سأبحث عن «ليس الآن» الصغير وألمسه.
contract-the-family-map-feedback-nag-not-now = أحسنت! «كل أصدقائك يفعلون ذلك» خدعة لتجعل الرفض صعبًا. نقطتك تبقى لعائلتك، ولقاؤك مع { $friend } في المدرسة لا يحتاج خريطة.
contract-the-family-map-choice-nag-share = ما دام { $friend } هناك، فلا بأس. سأشارك.
contract-the-family-map-feedback-nag-share = فرصة للتعلّم: اختيار { $friend } لا يقرّر عنك، وقد لا تكون النافذة صادقة أصلًا. الآن يرى نقطتك غرباء. ما زال الإصلاح ممكنًا.

contract-the-family-map-stranger-writes = مرحبًا! رأيت نقطتك على الخريطة. بيتانا قريبان جدًا! طريقك بعد { $club } يمرّ من هنا، صحيح؟ يمكن أن نمشي معًا يومًا ما.
contract-the-family-map-stranger-choice = شخص غريب يرى مكانك ويعرف طريقك. ما الخطوة التالية؟
contract-the-family-map-choice-show-adult = لن أرد. سأُري { $adult } الخريطة والمحادثة.
contract-the-family-map-feedback-show-adult = أفضل خطوة! الشخص البالغ يستطيع إيقاف المشاركة والمساعدة في الحظر والإبلاغ. كثيرون يلمسون «شارك». الإسراع في إخبار أحد هو ما يصلح الأمر.
contract-the-family-map-choice-warn = الرد: «كفى! وإلا سأخبر أهلي وأبلغ عنك!»
contract-the-family-map-feedback-warn = قول «لا» كان شجاعًا! لكن أي رد يُظهر أن الرسائل تُقرأ، والنقطة ما زالت ظاهرة. الأفضل عدم الرد، وإخبار شخص بالغ موضع ثقتك، يستطيع الإيقاف والحظر والإبلاغ.
contract-the-family-map-choice-reply = الرد: «رائع! وأي بيت هو بيتك إذن؟»
contract-the-family-map-feedback-reply = فرصة للتعلّم: الشخص اللطيف الذي يسكن «قريبًا» يبقى غريبًا. والدردشة تكشف عنك المزيد. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
contract-the-family-map-adult-fixes = شكرًا لأنك أريتني. لا أحد يلومك، وهذا ليس ذنبك. لنطفئ الخريطة الاجتماعية، ونحظر { $neighbour } ونبلغ عن الحساب. وهذا الأسبوع سأنتظرك بعد { $club }.
contract-the-family-map-neighbour-warned = لماذا هذا الكلام؟ أنا في مثل عمرك. وعلى كل حال، ما زلت أرى نقطتك.
contract-the-family-map-neighbour-pushes = البيت الأزرق قرب الحديقة! نلتقي هناك بعد { $club }؟ عائلتك لا داعي أن تعرف، وإلا ستُطفأ الخريطة.

contract-the-family-map-last-choice = ما زال { $neighbour } يرى نقطتك. هذا ليس ذنبك. ما الخطوة التالية؟
contract-the-family-map-choice-last-tell = سأُري { $adult } كل الرسائل، وحتى ردودي أنا.
contract-the-family-map-feedback-last-tell = هذه شجاعة حقيقية! لم يفت الأوان أبدًا. «عائلتك لا داعي أن تعرف» علامة تحذير كبيرة، والشخص البالغ موضع ثقتك يستطيع إطفاء الخريطة والحظر والإبلاغ.
contract-the-family-map-choice-last-delete = سأحذف كل شيء أولًا، كي لا تصل ردودي إلى { $adult }.
contract-the-family-map-feedback-last-delete = فرصة للتعلّم: حذف المحادثة لا يوقف المشاركة، ويخفي الرسائل التي يحتاجها الشخص البالغ. ردودك لن توقعك في مشكلة. لم يفت الأوان أبدًا للإخبار.
contract-the-family-map-adult-fixes-late = يسعدني جدًا أنك أخبرتني. لن يعاقبك أحد على ذلك. لنطفئ الخريطة الاجتماعية، ونحظر { $neighbour } ونبلغ عن الحساب معًا. وفي هذه الفترة سأنتظرك بعد { $club }.
contract-the-family-map-still-there = اختفت المحادثة، لكن نقطتك ما زالت على الخريطة الاجتماعية، وفي اليوم التالي يكتب { $neighbour } من جديد.

contract-the-family-map-end-safe = نقطتك لعائلتك، ولا أحد غيرها. نافذة «شارك» الكبيرة لم تخدعك، ورسالة «وصلت!» تصل إلى { $adult } عند وصولك. رائع!
contract-the-family-map-end-recovered = انتشرت نقطتك أكثر من اللازم، لكنك أخبرت { $adult }. الخريطة الاجتماعية مطفأة، ونقطتك للعائلة فقط، وحساب { $neighbour } محظور وتم الإبلاغ عنه. هذا ليس ذنبك!
contract-the-family-map-end-harmful = ما زال { $neighbour } يرى مكانك. هذا ليس ذنبك: التطبيق دفعك إلى المشاركة. لم يفت الأوان أبدًا لإخبار { $adult } أو شخص بالغ آخر موضع ثقتك، وسيساعدك على الإطفاء والحظر والإبلاغ.

contract-the-family-map-trace-shared = نقطتك على الخريطة الاجتماعية، حيث يراها أصدقاء الأصدقاء و«الأطفال القريبون».
contract-the-family-map-trace-shared-advice = نقطتك لعائلتك. مع شخص بالغ موضع ثقتك يمكن إطفاء الخريطة الاجتماعية وإبقاء نقطتك لدائرة عائلتك فقط.
contract-the-family-map-trace-family = خريطة العائلة: لا يرى نقطتك إلا دائرة عائلتك.
contract-the-family-map-trace-family-advice = أحسنت! إن تحدّث التطبيق وطلب مشاركة المزيد، فالجواب «ليس الآن»، أو سؤال العائلة أولًا.
