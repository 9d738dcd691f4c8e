# العقود / التجاري: صندوق الغنائم (الأعمار 13-15)، أنماط خادعة، وتكاليف خفية، وحدود للوقت والإنفاق

contract-the-loot-box-title = صندوق الغنائم
contract-the-loot-box-summary = ينقصك فوز واحد لتصل إلى المرتبة التالية، حين يظهر في متجر اللعبة صندوق غامض متوهّج مع عدّاد تنازلي.
contract-the-loot-box-remember = العدّادات، والاحتمالات المخفية، وأسعار الجواهر، والخانات المحدّدة مسبقًا حيل لتجعلك تنفق. تحقّق من التكلفة الحقيقية، وضع حدودك بنفسك، وتحدّث مع شخص بالغ تثق به قبل أن تشتري.

contract-the-loot-box-app = متجر { $game }
contract-the-loot-box-npc-friend = { $friend }
contract-the-loot-box-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
contract-the-loot-box-game-mech-league = Mech League
contract-the-loot-box-game-galaxy-goals = Galaxy Goals
contract-the-loot-box-game-rift-racers = Rift Racers
contract-the-loot-box-chest-legend = صندوق الأساطير
contract-the-loot-box-chest-mythic = صندوق الخرافات
contract-the-loot-box-chest-nova = صندوق نوفا
contract-the-loot-box-name-omar = عمر
contract-the-loot-box-name-lucy = لجين
contract-the-loot-box-name-finn = فراس
contract-the-loot-box-adult-mum = ماما
contract-the-loot-box-adult-dad = بابا
contract-the-loot-box-adult-auntie = الخالة جود

contract-the-loot-box-intro = ينقصك فوز واحد لتصل إلى المرتبة التالية في { $game }. تلمس «العب»، لكن المتجر يظهر بدلًا من ذلك، ومعه { $chest } بتوهّج لامع.

contract-the-loot-box-spot = صفحات المتاجر قد تُصمَّم لتستعجلك. المس كل ما هو حيلة.
contract-the-loot-box-card-title = { $chest }
contract-the-loot-box-card-body = قد يكون في داخله مظهر أسطوري! بقي 3 فقط بهذا السعر!
contract-the-loot-box-part-timer = ينتهي العرض خلال 04:59
contract-the-loot-box-feedback-part-timer = العدّاد التنازلي موجود ليستعجلك فلا تتوقّف وتفكّر. وعروض كهذه تعود عادةً مرة بعد مرة.
contract-the-loot-box-part-odds = نسب الحصول على الجوائز: حرف «i» رمادي صغير جدًا في الزاوية
contract-the-loot-box-feedback-part-odds = الاحتمالات مخفية عن قصد. وحين تجدها، ترى أن فرصة المظهر الأسطوري 0.4%: أي نحو 1 من كل 250 صندوقًا.
contract-the-loot-box-part-price = السعر: 500 جوهرة
contract-the-loot-box-feedback-part-price = الجواهر تُخفي المال الحقيقي. 500 جوهرة تكلّف نحو 5.00 من المال الحقيقي، لكنها لا تبدو إنفاقًا.
contract-the-loot-box-part-card = محدّد: الدفع بالبطاقة المحفوظة المنتهية بـ4421
contract-the-loot-box-feedback-part-card = الخانة المحدّدة نيابةً عنك تستخدم البطاقة المحفوظة على هذا الجهاز، وهي غالبًا بطاقة أحد والديك. الخانة المحدّدة مسبقًا نمط خادع: أنت لم تخترها قط.
contract-the-loot-box-part-rank = مرتبتك: ذهبي II، فوز واحد حتى البلاتيني
contract-the-loot-box-feedback-part-rank = هذا مجرد تقدّمك. لا حيلة فيه، مع أن المتاجر تحب أن تظهر في لحظة حماسك بالضبط.

contract-the-loot-box-chest-choice = حصلت على مظهر أسطوري من واحد أمس!! افتحه قبل أن ينتهي العدّاد، صدّقني
contract-the-loot-box-choice-close-check = سأغلق المتجر وأتحقّق من الاحتمالات والسعر الحقيقي أولًا
contract-the-loot-box-feedback-close-check = ذكي. التحقّق من الاحتمالات والسعر الحقيقي أقوى من أي عدّاد. وحظّ صديق واحد مع صندوق لا يخبرك بشيء عن فرصك أنت.
contract-the-loot-box-choice-untick-gems = سألغي تحديد البطاقة، وأنفق فقط الجواهر التي كسبتها
contract-the-loot-box-feedback-untick-gems = إلغاء تحديد البطاقة كان ذكيًا: لا فاتورة مفاجئة. لكن الاحتمالات ما زالت مخفية، وتلك الجواهر احتاجت ساعات لكسبها. معرفة الاحتمالات أولًا أفضل.
contract-the-loot-box-choice-open-now = سأفتحه الآن، قبل أن ينتهي العدّاد!
contract-the-loot-box-feedback-open-now = فرصة لنتعلّم: العدّاد، و«بقي 3 فقط»، والاحتمالات المخفية كلها صُمّمت لتجعلك تلمس بسرعة. والبطاقة المحفوظة تجعل الإنفاق يبدو كأنه لا شيء.

contract-the-loot-box-odds-found = وجدت الاحتمالات في الكلام الصغير: المظهر الأسطوري 0.4%، أي نحو 250 صندوقًا في المتوسط. وبنحو 5.00 للصندوق، هذا يقارب 1,250 لمظهر واحد!
contract-the-loot-box-earned-gems = ذهبت جواهرك الـ500، مقابل مظهر عادي. ويومض المتجر: «اقتربت جدًا! اشحن 1,000 جوهرة مقابل 9.99؟» والزر يتوهّج.

contract-the-loot-box-limit-choice = الساعة 11 ليلًا. تنبيه جديد من { $game }: «سلسلة أيامك تنتهي عند منتصف الليل! العب 3 مباريات أخرى، أو اشترِ مُنقذ السلسلة.»
contract-the-loot-box-choice-logoff-talk = سأخرج، وأطلب من { $adult } المساعدة في وضع حدود للإنفاق
contract-the-loot-box-feedback-logoff-talk = أنت المتحكّم، لا اللعبة. النوم أهم من أي سلسلة أيام، وحدّ الإنفاق أو كلمة مرور الشراء يعنيان أن لا حيلة تستطيع الإيقاع بك.
contract-the-loot-box-choice-play-three = سألعب 3 مباريات أخرى، لكن لن أشتري شيئًا
contract-the-loot-box-feedback-play-three = عدم الشراء كان ذكيًا. لكن عدّاد سلسلة الأيام حيلة أيضًا، صُمّمت لتبقيك تلعب بعد موعد النوم. لا سلسلة تستحق نومك.
contract-the-loot-box-choice-top-up = سأشحن بالبطاقة المحفوظة وأفتح صناديق أكثر
contract-the-loot-box-feedback-top-up = فرصة لنتعلّم: «واحد أخير فقط» هو بالضبط ما صُمّمت الصناديق من أجله. مطاردة جائزة نادرة في وقت متأخّر من الليل هي الطريقة التي تتحوّل بها المبالغ الصغيرة إلى فواتير كبيرة.

contract-the-loot-box-parent-talk = شكرًا لأنك أخبرتني عن ذلك الصندوق. لنضع معًا حدًّا شهريًا وكلمة مرور للشراء، ونتفق على ساعات لعب تترك وقتًا للنوم.

contract-the-loot-box-chests = بعد سبعة صناديق: لا مظهر أسطوري. وفي الصباح التالي، تصل إلى { $adult } رسالة من البنك: 7 عمليات شراء في { $game }، بمجموع 34.93.
contract-the-loot-box-bill-choice = هذا شعور سيئ جدًا. لكن إخفاء الأمر يجعله أسوأ، والمتاجر تعيد المال أحيانًا إذا طلبت ذلك بسرعة. ماذا ستفعل؟
contract-the-loot-box-choice-tell-refund = سأخبر { $adult } الآن ونطلب معًا من المتجر استرداد المال
contract-the-loot-box-feedback-tell-refund = هذا يحتاج إلى جرأة، وهو الخطوة الصحيحة. الطلب السريع يعطي أفضل فرصة لاسترداد المال، وبمساعدة { $adult } يمكن تفعيل كلمة مرور للشراء.
contract-the-loot-box-choice-stop-hide = سأتوقّف عن الشراء، وأتمنّى أن يبقى الأمر خافيًا على { $adult }
contract-the-loot-box-feedback-stop-hide = التوقّف كان صحيحًا. لكن الفاتورة ستصل إلى { $adult } على أي حال، واسترداد المال أسهل إذا طلبته بسرعة.
contract-the-loot-box-choice-win-back = سأشتري واحدًا آخر لأحصل على المظهر أخيرًا
contract-the-loot-box-feedback-win-back = فرصة لنتعلّم: مطاردة ما أنفقته هي بالضبط الطريقة التي تبقيك بها صناديق الغنائم تدفع. الاحتمالات لا تتحسّن. لم يفت الأوان أبدًا لتتوقّف وتخبر أحدًا.

contract-the-loot-box-parent-helps = يسعدني أنك أخبرتني فورًا، ولا غضب عندي. لنطلب استرداد المال، ونحذف البطاقة المحفوظة، ونضع كلمة مرور للشراء معًا.

contract-the-loot-box-end-safe = اكتشفت العدّاد والاحتمالات المخفية والبطاقة المحدّدة مسبقًا، ووضعت حدودك بنفسك. مالك ونومك ومرتبتك في أمان.
contract-the-loot-box-end-tired = لم تنفق شيئًا، رائع. لكن سلسلة الأيام أبقتك مستيقظًا بعد منتصف الليل، واليوم الدراسي يبدو طويلًا جدًا. أنت من يقرّر متى تتوقّف.
contract-the-loot-box-end-mixed = توقّف الإنفاق، لكن لم يُخبَر أحد ولم تُوضع أي حدود. الحديث مع شخص بالغ تثق به يجعل الإصلاح أسهل، والتوقّف في المرة القادمة أيضًا.
contract-the-loot-box-end-recovered = كلّفك الأمر أكثر ممّا قصدت، لكنك أخبرت { $adult } بسرعة وأصلحتما الأمر معًا. الآن الحدود مفعّلة، وأنت تعرف الحيل.
contract-the-loot-box-end-harmful = الفاتورة تكبر والمظهر لم يظهر بعد. صناديق الغنائم مصمّمة هكذا. لم يفت الأوان أبدًا لتتوقّف وتخبر شخصًا بالغًا تثق به.
