# التواصل / الجنسي، للأعمار 9-12: علامات الخطر فقط (الغريب اللطيف)

contact-the-friendly-stranger-title = الغريب اللطيف
contact-the-friendly-stranger-summary = شخص غريب في دردشة لعبة لطيف جدًا ويعرض عليك جواهر مجانية. ما الذي يحدث فعلًا؟
contact-the-friendly-stranger-remember = لا يحق لأحد أن يطلب منك صور سيلفي أو أسرارًا. تحذيره لا يفيد: الأفضل التوقّف عن الرد، وحفظ الرسائل، ثم الحظر والإبلاغ وإخبار شخص بالغ موضع ثقتك.

contact-the-friendly-stranger-npc-gamer = { $stranger }
contact-the-friendly-stranger-npc-newplayer = { $stranger }_2
contact-the-friendly-stranger-npc-adult = { $adult }
contact-the-friendly-stranger-adult-mum = ماما
contact-the-friendly-stranger-adult-dad = بابا
contact-the-friendly-stranger-adult-gran = تيتا

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = مدرسة التلّة
contact-the-friendly-stranger-school-oakwood = مدرسة السنديان
contact-the-friendly-stranger-school-riverside = مدرسة ضفّة النهر

contact-the-friendly-stranger-intro = قلعتك في { $game }، لعبتك المفضّلة، تكبر حجرًا بعد حجر. الألعاب أمتع مع الأصدقاء! سأراقب الدردشة معك.

contact-the-friendly-stranger-first-message = واو، قلعتك أجمل قلعة رأيتها! عندك موهبة كبيرة. عمري 12 سنة مثلك. ما رأيك بـ500 جوهرة مجانًا؟ فقط أحتاج اسم مدرستك لأرسلها لك.
contact-the-friendly-stranger-pic-free-gems = ‏500 جوهرة مجانًا
contact-the-friendly-stranger-choice-no-school = محاولة ذكية! لا أكتب مدرستي على الإنترنت.
contact-the-friendly-stranger-feedback-no-school = تفكير رائع! مدرستك تدلّ الناس على مكانك، لذلك تبقى بعيدة عن الإنترنت. والجواهر المجانية من الغرباء كثيرًا ما تكون حيلة لكسب ثقتك.
contact-the-friendly-stranger-choice-ask-adult = سأسأل { $adult } أولًا، وبعدها أخبرك باسمها.
contact-the-friendly-stranger-feedback-ask-adult = سؤال { $adult } عادة جيدة! لكن اسم مدرستك ليس للغرباء أبدًا، فالجواب هنا ببساطة: لا. والهدايا من شخص غريب علامة خطر.
contact-the-friendly-stranger-choice-tell-school = رائع! أنا في { $school }. وأنت؟
contact-the-friendly-stranger-feedback-tell-school = فرصة لنتعلّم: اسم مدرستك يخبر الغريب أين مكانك كل يوم. مكانه ليس على الإنترنت، حتى مع من يبدون لطفاء جدًا. ورغبة الغريب في اللقاء علامة تحذير أيضًا.

contact-the-friendly-stranger-shrug = حسنًا، حسنًا، لا داعي للمدرسة. ما زلت أفضل بنّاء عندي! هذه 50 جوهرة لك على أي حال، هكذا فقط.
contact-the-friendly-stranger-no-adult = لااا، لا داعي لسؤال الكبار! إنهم يُفسدون كل شيء. لننسَ أمر المدرسة الآن، اتفقنا؟
contact-the-friendly-stranger-knows-school = ‏{ $school }؟ معقول! إنها قريبة مني! ربما نلتقي يومًا ما. الكلام معك أروع بكثير من الكلام مع الأطفال الآخرين.

contact-the-friendly-stranger-pushy = لنتحدّث على ChatZip بدلًا من هنا، فهو أكثر خصوصية. وليبقَ الأمر بيننا، بعيدًا عن أهلك، اتفقنا؟ لن يفهموا صداقتنا.
contact-the-friendly-stranger-pic-chatzip = لنتحدّث على ChatZip!
contact-the-friendly-stranger-pic-add-friend = إضافة صديق
contact-the-friendly-stranger-choice-save-go = سأصوّر الشاشة، وأتوقّف عن الرد، وأذهب إلى { $adult }.
contact-the-friendly-stranger-feedback-save-go = أصبت تمامًا! التطبيق الخاص والأسرار عن عائلتك علامتا خطر كبيرتان. احتفظت بالدليل وغادرت بلا كلمة، فصار بإمكان { $adult } الحظر والإبلاغ.
contact-the-friendly-stranger-choice-announce = توقّف عن هذا! سأخبر { $adult } عنك الآن فورًا!
contact-the-friendly-stranger-feedback-announce = الدفاع عن نفسك شجاعة! لكن تحذير { $stranger } يمنحه وقتًا ليحذف كل شيء. الأفضل: التوقّف عن الرد، وحفظ الرسائل، والحظر والإبلاغ، وإخبار { $adult }.
contact-the-friendly-stranger-choice-add-app = حسنًا، سأضيفك. ChatZip أكثر خصوصية على أي حال.
contact-the-friendly-stranger-feedback-add-app = فرصة لنتعلّم: الصديق الحقيقي لا يطلب منك أبدًا إخفاءه عن عائلتك. وفي التطبيق الخاص، لا أحد يستطيع أن يرى إن حدث شيء سيئ.
contact-the-friendly-stranger-choice-log-off = سأخرج من اللعبة، هذا آمن. لا أريد إقلاق { $adult }.
contact-the-friendly-stranger-feedback-log-off = الخروج من الدردشة بداية جيدة! لكن { $stranger } يعرف مدرستك وقد يعود. معرفة { $adult } بالأمر مهمة: الخطوة التالية حفظ الرسائل، ثم الحظر والإبلاغ والإخبار، ليتوقّف الأمر.

contact-the-friendly-stranger-adult-helps = شكرًا لأنك أريتني. لا ذنب لك في أي شيء. صورة الشاشة هذه هي ما نحتاجه تمامًا. لنحظر { $stranger } ونبلغ عنه معًا.
contact-the-friendly-stranger-pic-blocked-reported = تمّ الحظر والإبلاغ
contact-the-friendly-stranger-pic-thanks-look = شكرًا! سنتحقّق من الأمر.
contact-the-friendly-stranger-deleted = يكتب { $stranger }: «هيه، كانت مزحة. كفى تصرّفات أطفال». ثم تختفي كل رسائله. وتظهر رسالة جديدة: «إن عرف أحد بهذا فالورطة ستكون كبيرة».
contact-the-friendly-stranger-asks-photo = رائع، صرنا أعز صديقين! الآن أريد منك صورة سيلفي، لأتأكّد أنك شخص حقيقي. وهذا سرّ بيننا.
contact-the-friendly-stranger-adult-helps-school = شكرًا لأنك أريتني. لا أحد غاضب منك، ولا حتى بسبب المدرسة. لنحظر { $stranger } ونبلغ عنه معًا، وسأخبر معلّميك أيضًا كي يساعدوا في حمايتك.
contact-the-friendly-stranger-waiting-school = في اليوم التالي، { $stranger } ينتظرك في دردشة اللعبة: «أين ذهبت؟ أعرف مدرستك، نحن تقريبًا جيران! أريد صورة سيلفي منك لأتأكّد أنك شخص حقيقي».

contact-the-friendly-stranger-after-delete = الرسائل القديمة اختفت، لكن الرسالة الجديدة تهديد. هذا ليس ذنبك، ولن يلومك أحد. ما اختيارك؟
contact-the-friendly-stranger-choice-save-new = سأصوّر هذه الرسالة الجديدة وأعرضها على { $adult }.
contact-the-friendly-stranger-feedback-save-new = رائع! حتى مع اختفاء الرسائل القديمة، هذا التهديد دليل. بإمكان { $adult } حظر { $stranger } والإبلاغ عنه، ولن يلزمك الرد عليه أبدًا.
contact-the-friendly-stranger-choice-block-quiet = سأحظره وانتهى الأمر. لن أزعج { $adult } بهذا.
contact-the-friendly-stranger-feedback-block-quiet = الحظر خطوة جيدة! لكن بإمكان { $stranger } إنشاء حساب جديد، وقد يستهدف أطفالًا آخرين. معرفة { $adult } بالأمر أفضل: الخطوة التالية حفظ الرسالة والإخبار، كي يتمّ الإبلاغ عنه.
contact-the-friendly-stranger-choice-say-sorry = سأعتذر له، وأعده ألّا أخبر أحدًا بشيء أبدًا.
contact-the-friendly-stranger-feedback-say-sorry = فرصة لنتعلّم: لا ذنب لك في شيء، فلا داعي للاعتذار. تهديد كهذا حيلة لإسكاتك. الشخص البالغ الذي هو موضع ثقتك يستطيع مساعدتك.

contact-the-friendly-stranger-adult-helps-deleted = شكرًا لأنك أخبرتني. لن يلومك أحد. صورة الشاشة هذه تكفي: لنحظر { $stranger } ونبلغ عنه معًا.
contact-the-friendly-stranger-blocked-quiet = حظرت { $stranger } بصمت. وبعد يومين، يراسلك لاعب جديد.
contact-the-friendly-stranger-sorry-sent = جيد. الآن أريد دليلًا أنني أستطيع الوثوق بك: صورة سيلفي منك. ستبقى بيننا.

contact-the-friendly-stranger-new-account = مرحبًا، هذا أنا! لماذا حظرتني؟ ظننت أننا أعز صديقين. ليبقَ هذا بيننا، اتفقنا؟
contact-the-friendly-stranger-pic-joined-today = تاريخ الانضمام: اليوم
contact-the-friendly-stranger-pic-friends-0 = الأصدقاء: 0
contact-the-friendly-stranger-choice-show-adult = إنه هو مجددًا! سأصوّر الشاشة وأذهب إلى { $adult }.
contact-the-friendly-stranger-feedback-show-adult = عين ثاقبة! اسم جديد بالكلمات نفسها يعني الشخص نفسه. صورة الشاشة تساعد { $adult } على حظر الحسابين والإبلاغ عنهما.
contact-the-friendly-stranger-choice-add-back = سأضيفه من جديد، يبدو حزينًا. إن صار الأمر غريبًا سأخبر { $adult }.
contact-the-friendly-stranger-feedback-add-back = فرصة لنتعلّم: الشفقة على الآخرين لطف، لكن الشعور بالذنب هنا حيلة. حساب جديد بعد الحظر يطلب أسرارًا أمر غريب بما يكفي. لم يفت الأوان أبدًا على إخبار أحد.
contact-the-friendly-stranger-choice-busy-reply = عذرًا، انشغلت قليلًا فقط! ما زلنا صديقين، صحيح؟
contact-the-friendly-stranger-feedback-busy-reply = فرصة لنتعلّم: التهذيب لطيف، لكن لا يلزمك الرد على { $stranger }. الحساب الجديد بعد الحظر علامة خطر. الأفضل حفظ الرسالة وإخبار شخص بالغ.
contact-the-friendly-stranger-friends-again = رائع، عدنا أعز صديقين! إذن، متى تصلني صورة السيلفي؟ بيننا فقط.
contact-the-friendly-stranger-adult-helps-new = شكرًا لأنك أريتني. لا ذنب لك في أي شيء. اسم جديد والشخص نفسه: لنحظر الحسابين ونبلغ عنهما معًا.
contact-the-friendly-stranger-new-friend = رائع، كنت أعرف أن غيابك لن يطول! الآن أريد صورة سيلفي منك، لأتأكّد أنه أنت فعلًا. سرّنا، اتفقنا؟

contact-the-friendly-stranger-photo = هيا، أين صورة السيلفي؟ إنها بيننا فقط، اتفقنا؟
contact-the-friendly-stranger-choice-stop-save = لن أرد بعد الآن. سأصوّر الشاشة وأذهب إلى { $adult }.
contact-the-friendly-stranger-feedback-stop-save = شجاعة كبيرة! من حقك دائمًا قول «لا». طلب صور السيلفي والأسرار علامة خطر كبيرة. صورة الشاشة تساعد { $adult } على الحظر والإبلاغ.
contact-the-friendly-stranger-choice-polite-no = لا سيلفي، عذرًا! قاعدة الأمان عند { $adult }: لا صور. نكمل اللعب؟
contact-the-friendly-stranger-feedback-polite-no = الرفض كان صحيحًا! لكن من يطلب صور السيلفي والأسرار ليس صديقًا حقيقيًا، وسيواصل الطلب. الأفضل التوقّف عن الرد، وحفظ المحادثة، وطلب المساعدة.
contact-the-friendly-stranger-choice-send-selfie = حسنًا، صورة واحدة. إنه وجهي فقط، وستبقى خاصة.
contact-the-friendly-stranger-feedback-send-selfie = فرصة لنتعلّم: حين تُرسَل الصورة، لا يمكنك التحكّم في أين تذهب. طلب صور السيلفي والأسرار علامة خطر، أيًّا كان من يطلبها.

contact-the-friendly-stranger-adult-helps-late = كم يسعدني أنك أخبرتني! لا أحد غاضب منك، وما فعلته هو الصواب. لنحتفظ بصور الشاشة، ثم نحظر { $stranger } ونبلغ عنه معًا.
contact-the-friendly-stranger-keeps-asking = هيا، صورة واحدة فقط! أين ثقتك بي؟ وإياك أن يعرف أحد في البيت، وإلا فالورطة كبيرة، ولعبتك ستضيع منك.
contact-the-friendly-stranger-selfie-sent = جميلة! الآن صورة أخرى. وإياك أن يعرف أحد في البيت، وإلا فالورطة كبيرة، ولعبتك ستضيع منك.

contact-the-friendly-stranger-last-chance = أنا قلق. التخويف بالورطة حيلة لإسكاتك. لا أحد غاضب منك أبدًا، وهذا ليس ذنبك. ما اختيارك؟
contact-the-friendly-stranger-choice-show-all = سأحفظ المحادثة وأُري { $adult } كل شيء، الآن فورًا.
contact-the-friendly-stranger-feedback-show-all = هذه شجاعة حقيقية! من يطلبون من الأطفال الأسرار يعتمدون على سكوتهم. الإصغاء والمساعدة في انتظارك عند { $adult }، ولا أحد سيلومك.
contact-the-friendly-stranger-choice-keep-secret = سأحتفظ بالسر. إن أخبرت { $adult } سأخسر لعبتي.
contact-the-friendly-stranger-feedback-keep-secret = فرصة لنتعلّم: الشعور بالخوف طبيعي، لكن التهديد بخسارة اللعبة حيلة لإسكاتك. أسرار كهذه لا تفيد إلا الشخص الآخر. لم يفت الأوان أبدًا على الإخبار.
contact-the-friendly-stranger-choice-delete-all = سأحذف المحادثة كلها، كي لا يراها أحد أبدًا.
contact-the-friendly-stranger-feedback-delete-all = فرصة لنتعلّم: حذف المحادثة لا يوقف { $stranger }، بل يمحو الدليل فقط. الأفضل الاحتفاظ بالرسائل وإخبار شخص بالغ موضع ثقتك. لم يفت الأوان أبدًا.
contact-the-friendly-stranger-chat-deleted = اختفت المحادثة، لكن { $stranger } لم يختفِ. في اليوم التالي تصل رسالة جديدة: «أين صورة السيلفي التالية؟ هذا سرّنا، لا ننسَ».
contact-the-friendly-stranger-secret-kept = لا كلمة منك. لكن { $stranger } يواصل المراسلة ويطلب المزيد، والسرّ يثقل عليك كل يوم.

contact-the-friendly-stranger-end-safe = كشفت حيل { $stranger }، واحتفظت بالدليل، وأخبرت { $adult }. { $stranger } محظور وتم الإبلاغ عنه، ولم تشارك اسم مدرستك ولا أي صورة. رائع!
contact-the-friendly-stranger-end-recovered = ذهب الأمر أبعد مما ينبغي، لكنك بعدها توقّفت عن الرد، واحتفظت بالرسائل، وأخبرت { $adult }. { $stranger } محظور وتم الإبلاغ عنه. إصلاح الأمر احتاج إلى شجاعة!
contact-the-friendly-stranger-end-harmful = ‏{ $stranger } يواصل طلب صور السيلفي والأسرار، والأمر يثقل عليك كل يوم. هذا ليس ذنبك، ولم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك. سيساعدك، ولن يلومك أحد.

# The world remembers: location left on in the drawing app put the child's dot on its map.
contact-the-friendly-stranger-saw-map = مرحبًا، أنا أعرفك! رأيت رسوماتك على خريطة تطبيق الرسم ذاك، «فنانون بالقرب منك». نقطتك بجانب الحديقة تمامًا. هذا قريب مني!
contact-the-friendly-stranger-choice-map-adult = لن أردّ. سأُري { $adult }، ونوقف الموقع على الخريطة.
contact-the-friendly-stranger-feedback-map-adult = إصابة في الصميم! غريب يعرف مكان سكنك علامة خطر كبيرة. لم يصل منك ردّ، وبإمكان { $adult } إيقاف الموقع لتختفي نقطتك.
contact-the-friendly-stranger-choice-map-ignore = سأتجاهله. رسوماتي خاصة على أي حال، لا بأس.
contact-the-friendly-stranger-feedback-map-ignore = عدم الرد كان ذكيًا! لكن نقطتك ما زالت على الخريطة يراها الجميع. الأفضل عرضها على { $adult }: معًا يمكنكما إيقاف الموقع.
contact-the-friendly-stranger-choice-map-yes = نعم، قرب الحديقة! أذهب إلى هناك مع { $adult } كل سبت.
contact-the-friendly-stranger-feedback-map-yes = فرصة لنتعلّم: الغريب لا يحتاج إلى معرفة مكان سكنك ولا مواعيدك في الحديقة، حتى لو قال إنه يسكن قريبًا. ما زال بالإمكان إيقاف الموقع بمساعدة { $adult }.
contact-the-friendly-stranger-map-off = شكرًا لأنك أريتني. لا ذنب لك في أي شيء. ها هو: أوقفت الموقع في تطبيق الرسم، واختفت نقطتك. إذا طلب منك هذا اللاعب أي شيء، فأنا هنا فورًا.
contact-the-friendly-stranger-map-ignored = لا ردّ منك. لكن نقطتك ما زالت على الخريطة، و{ $stranger } يواصل الكتابة.
contact-the-friendly-stranger-map-neighbours = كل سبت؟ وأنا أيضًا! ربما أراك هناك. كنت أعرف أننا سنصبح أعز صديقين.

# My phone: what stays on the phone after this level.
contact-the-friendly-stranger-trace-reported = ‏{ $stranger }: تمّ الحظر والإبلاغ، بمساعدة { $adult }.
contact-the-friendly-stranger-trace-reported-advice = أحسنت! إذا كتب حساب جديد أشياء مشابهة، فقد يكون الشخص نفسه. الخطوات نفسها من جديد: صورة للشاشة، ثم الحظر والإبلاغ وإخبار شخص بالغ.
contact-the-friendly-stranger-trace-school = اسم مدرستك، وقد عرفه { $stranger }.
contact-the-friendly-stranger-trace-school-advice = الغريب لا يحتاج إليه. إذا ذكره مرة أخرى، فالأفضل التوقّف عن الرد، وحفظ الدردشة، وعرضها على شخص بالغ موضع ثقتك، وسيساعدك على الحظر والإبلاغ.
