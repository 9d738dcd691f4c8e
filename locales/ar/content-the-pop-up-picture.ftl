# محتوى / جنسي (رؤية عرضية؛ علامات التحذير وطلب المساعدة فقط): الصورة المنبثقة (9-12 سنة)

content-the-pop-up-picture-title = الصورة المنبثقة
content-the-pop-up-picture-summary = في منتصف اللعب، تظهر فجأة صورة لا يرغب أحد في رؤيتها. ما الذي يمكن فعله؟
content-the-pop-up-picture-remember = إذا ظهر شيء غير لائق: الإغلاق أولًا، ثم الكلام مع شخص بالغ موضع ثقتك. لا احتفاظ به ولا إرسال. هذا ليس ذنبك أبدًا، ولن يغضب منك أحد.

content-the-pop-up-picture-game-bubble-farm = مزرعة الفقاعات
content-the-pop-up-picture-game-star-kart = سباق النجوم
content-the-pop-up-picture-game-puzzle-planet = كوكب الألغاز
content-the-pop-up-picture-adult-grandpa = جدّو
content-the-pop-up-picture-adult-mum = ماما
content-the-pop-up-picture-adult-aunt = الخالة نادية

content-the-pop-up-picture-npc-adult = { $adult }
content-the-pop-up-picture-npc-friend = { $friend }

content-the-pop-up-picture-intro = مرحبًا، أنا سانغو! اليوم سبت، وأمامك لعبة { $game } على الجهاز اللوحي للعائلة. و{ $friend } في اللعبة أيضًا من البيت. سألعب معك!

content-the-pop-up-picture-spot = بين المراحل تمتلئ الشاشة بالأشياء. لنلمس الأجزاء التي قد تأخذنا إلى شيء ليس للأطفال. انتباه: بعض الأجزاء هي اللعبة نفسها فقط!
content-the-pop-up-picture-card-title = ‏{ $game }: بين المراحل
content-the-pop-up-picture-card-body = شاشة اللعبة، وفيها إشعار وأصدقاء وإعلان.
content-the-pop-up-picture-part-update = إشعار في قائمة اللعبة: التحديث 2.4، مراحل جديدة
content-the-pop-up-picture-feedback-update = ليس فخًّا! هذا الإشعار في قائمة { $game } نفسها ولا يطلب شيئًا. التحديثات الحقيقية تضيف مراحل وتصلح الأعطال.
content-the-pop-up-picture-part-friend = أصدقاء متصلون: { $friend }
content-the-pop-up-picture-feedback-friend = ليس فخًّا: { $friend } هناك حقًّا، في اللعبة نفسها. معرفة من هو متصل جزء عادي من { $game }.
content-the-pop-up-picture-part-banner = إعلان يومض: لن تصدّق هذه الصورة!!
content-the-pop-up-picture-feedback-banner = أحسنت الملاحظة! الإعلانات التي تصرخ «لن تصدّق» تريد إثارة فضولك حتى يأتي اللمس. وقد تقود إلى صور ليست للأطفال.
content-the-pop-up-picture-part-link = رابط الإعلان: ⁦free-pix-4u.xyz⁩
content-the-pop-up-picture-feedback-link = نعم! هذا ليس عنوان { $game }. الإعلان قد يرسلك إلى أي موقع، ولا يمكن معرفة ما فيه قبل أن يُفتح.
content-the-pop-up-picture-part-timer = عدّاد الإعلان: المس خلال 10 ثوانٍ وإلا فاتتك!
content-the-pop-up-picture-feedback-timer = صحيح! العدّاد موجود ليستعجلك، فيأتي اللمس قبل التفكير. لا شيء جيد يحتاج إلى هذه العجلة.
content-the-pop-up-picture-pic-game = { $game }
content-the-pop-up-picture-pic-notice = التحديث 2.4: مراحل جديدة!
content-the-pop-up-picture-pic-friend = ‏{ $friend }: على الإنترنت الآن
content-the-pop-up-picture-pic-ad = إعلان
content-the-pop-up-picture-pic-banner = لن تصدّق هذه الصورة!!
content-the-pop-up-picture-pic-link = ‏⁦free-pix-4u.xyz⁩
content-the-pop-up-picture-pic-timer = ‏0:10

content-the-pop-up-picture-update = تُفتح قائمة اللعبة. رسالة من { $game } تقول: «التحديث 2.4 جاهز: مراحل جديدة!» وما زال الإعلان يومض في أسفل الشاشة.
content-the-pop-up-picture-pic-update-title = التحديث 2.4 جاهز
content-the-pop-up-picture-pic-update-new = مراحل جديدة وإصلاح أعطال
content-the-pop-up-picture-pic-update = تحديث
content-the-pop-up-picture-pic-later = لاحقًا
content-the-pop-up-picture-choice-update = سألمس «تحديث». إنه في قائمة اللعبة نفسها، لا إعلان.
content-the-pop-up-picture-feedback-update-now = قرار جيد! التحديث كان في قائمة { $game } ولم يطلب شيئًا. التحديثات الحقيقية لا بأس بها، وكثيرًا ما تصلح الأعطال.
content-the-pop-up-picture-choice-later = سألمس «لاحقًا». لا أفتح أي شيء يقفز أمامي.
content-the-pop-up-picture-feedback-later = الحذر جيد! لكن هذا كان حقيقيًا: في قائمة اللعبة، ولم يطلب شيئًا. تخطّي كل التحديثات يعني خسارة الإصلاحات، واللعب مع { $friend } أيضًا.
content-the-pop-up-picture-choice-tap-ad = سأتحقق من الإعلان أولًا. ما هذه الصورة؟
content-the-pop-up-picture-feedback-tap-ad = فرصة لنتعلّم: الفضول شيء طبيعي! لكن هذه الإعلانات مصنوعة كي تُلمس، وقد تقود إلى أي مكان. المكان الصحيح للّمس هو قائمة اللعبة نفسها.

content-the-pop-up-picture-updated = التحديث يستغرق دقيقة. مراحل جديدة! سباق بينك وبين { $friend } حتى المرحلة 9.
content-the-pop-up-picture-not-updated = لمسةٌ على «لاحقًا». { $friend } الآن في المراحل الجديدة، فلا يمكن اللعب معًا. العودة إلى المراحل القديمة بلا رفقة.
content-the-pop-up-picture-popup = ثم، في منتصف مرحلة، تقفز نافذة فوق اللعبة. ليست من { $game }. إنها صورة غير لائقة، ليست للأطفال أبدًا. شيء لا يرغب أحد في رؤيته.
content-the-pop-up-picture-ad-site = يُفتح موقع مليء بالمربعات الوامضة. وقبل أي رجوع، تغطي نافذة الشاشة كلها. إنها صورة غير لائقة، ليست للأطفال أبدًا.

content-the-pop-up-picture-what-now = أوه. هذه الصورة ليست للأطفال، وليس هذا ذنبك: لم يكن أحد يبحث عنها. ما الخطوة التالية؟
content-the-pop-up-picture-choice-close-tell = سأغلقها، وأذهب فورًا إلى { $adult }.
content-the-pop-up-picture-feedback-close-tell = أحسنت! إغلاقها يوقف الصورة، وإخبار { $adult } يعني إمكانية الإبلاغ عن الإعلان. هذا ليس ذنبك، والكلام لا يجلب لك أي مشكلة.
content-the-pop-up-picture-choice-close-play = سأغلقها وأكمل اللعب. وإن عادت، سأخبر { $adult }.
content-the-pop-up-picture-feedback-close-play = إغلاقها كان صحيحًا! لكن لماذا الانتظار حتى تعود؟ حمل ذلك وحدك ثقيل. الشخص البالغ موضع ثقتك يستطيع إيقاف هذه النوافذ الآن، ومساعدتك على الشعور بتحسّن.
content-the-pop-up-picture-choice-screenshot = صورة للشاشة أولًا! سأريها لـ{ $friend } غدًا في المدرسة.
content-the-pop-up-picture-feedback-screenshot = فرصة لنتعلّم: صورة الشاشة تُبقي الصورة على الجهاز، وإرسالها قد يؤذي أطفالًا آخرين. لقد ظهرت وحدها، وما زال بالإمكان إصلاح الأمر.

content-the-pop-up-picture-adult-listens = شكرًا لأنك أخبرتني. لا أحد يلومك، ولا أحد غاضب. هذه النوافذ تحاول الإيقاع بالأطفال. لنبلغ عن هذا الإعلان لدى { $game }، ثم نضبط الجهاز معًا.
content-the-pop-up-picture-kept-playing = تُغلق النافذة ويستمر اللعب. بعد مرحلتين تعود من جديد. كانت النية هي الكلام، لكن الأمر صار محرجًا جدًا الآن. وفي المساء يكاد الكلام يختفي.
content-the-pop-up-picture-screenshot-saved = طَق. الصورة الآن في صور الجهاز. تصل رسالة، إنها من { $friend }: «لماذا توقّف اللعب؟ هل كل شيء بخير؟»

content-the-pop-up-picture-evening = لم أسمع صوتك منذ الغداء. هل كل شيء بخير؟
content-the-pop-up-picture-choice-tell-evening = ليس تمامًا. ظهرت صورة غير لائقة في لعبتي.
content-the-pop-up-picture-feedback-tell-evening = هذه شجاعة! الأشياء المحرجة تخفّ حين تُقال. يستطيع { $adult } الإبلاغ عن الإعلان وضبط الجهاز، ولا أحد يلومك.
content-the-pop-up-picture-choice-tell-friend = أنا بخير. سأخبر { $friend } بكل شيء يوم الاثنين.
content-the-pop-up-picture-feedback-tell-friend = الكلام عنه جيد! لكن الإبلاغ عن الإعلان وتغيير الإعدادات ليسا بيد { $friend }. الشخص البالغ موضع ثقتك يستطيع، ولن يغضب.
content-the-pop-up-picture-choice-say-nothing = أنا بخير! لو أخبرتك، سيبدو أنني كنت أبحث عنها.
content-the-pop-up-picture-feedback-say-nothing = فرصة لنتعلّم: أطفال كثيرون يخافون من ذلك. لكن الكبار يعرفون أن هذه النوافذ موجودة، وهذا ليس ذنبك. لم يفت الأوان أبدًا للكلام.

content-the-pop-up-picture-adult-listens-evening = شكرًا لأنك أخبرتني. لا أحد يلومك، ولا غضب عندي أبدًا. تلك الصورة ظهرت وحدها. لنبلغ عن هذا الإعلان لدى { $game }، ثم نضبط الجهاز معًا.
content-the-pop-up-picture-waits = ليلة سعيدة. في اليوم التالي { $friend } خارج البيت، وفي النهاية لا يُقال شيء.
content-the-pop-up-picture-nights = في الليل تعود الصورة إلى الذهن مرة بعد مرة، والنوم صعب.

content-the-pop-up-picture-friend-asks = سؤال من { $friend }: لماذا توقّف اللعب؟ والصورة ما زالت في صور الجهاز. ما الخطوة التالية؟
content-the-pop-up-picture-choice-delete-tell = سأحذفها، ثم أسأل { $adult } كيف أوقف هذه الإعلانات.
content-the-pop-up-picture-feedback-delete-tell = تصرّف رائع! حذفها يمنعها من الانتشار، و{ $adult } يستطيع الإبلاغ عن الإعلان. ظهورها ليس ذنبك، والكلام صحيح دائمًا.
content-the-pop-up-picture-choice-delete-quiet = سأحذفها وأكمل اللعب. لا داعي أن يعرف { $adult }.
content-the-pop-up-picture-feedback-delete-quiet = حذفها كان صحيحًا! لكن الإعلان ما زال هناك، وحمل ذلك وحدك ثقيل. الشخص البالغ موضع ثقتك لا يحتاج إلى رؤية الصورة كي يساعد: يستطيع الإبلاغ عن الإعلان، ولن يغضب.
content-the-pop-up-picture-choice-send = سأرسلها إلى { $friend }. إنها غريبة جدًا!
content-the-pop-up-picture-feedback-send = فرصة لنتعلّم: صور كهذه قد تؤذي أطفالًا آخرين، حتى على سبيل المزاح. إرسالها ليس مقبولًا أبدًا. ولم يفت الأوان لإصلاح الأمر.

content-the-pop-up-picture-adult-listens-late = شكرًا لأنك أخبرتني. لا أحد يلومك. حذفها كان التصرف الصحيح. لنبلغ عن هذا الإعلان لدى { $game }، ثم نضبط الجهاز معًا.
content-the-pop-up-picture-deleted-quiet = حُذفت الصورة. وصل إلى { $friend } أن اللعبة تعطّلت، ولا شيء غير ذلك لأي أحد.
content-the-pop-up-picture-sent = يع! لماذا وصلني هذا منك؟! أخي الصغير كاد يراه من فوق كتفي. لقد حذفته.

content-the-pop-up-picture-sent-choice = الانزعاج واضح على { $friend }. لم يفت الأوان لإصلاح الأمر. ما الخطوة التالية؟
content-the-pop-up-picture-choice-sorry-tell = سأعتذر إلى { $friend }، ثم أخبر { $adult } بكل شيء.
content-the-pop-up-picture-feedback-sorry-tell = هكذا يُصلح الأمر! الاعتذار مهم، و{ $adult } يستطيع المساعدة في حذفها من كل مكان والإبلاغ عن الإعلان. لا أحد يلومك.
content-the-pop-up-picture-choice-joke = سأقول إنها مزحة. لو أخبرت { $adult } سيسوء الأمر.
content-the-pop-up-picture-feedback-joke = فرصة لنتعلّم: الكلام لا يجعل الأمر أسوأ، بل هكذا يُحلّ. الشخص البالغ موضع ثقتك لن يغضب. لم يفت الأوان أبدًا.
content-the-pop-up-picture-choice-delete-chat = سأحذف المحادثة كلها، ثم لن يعرف أحد بالأمر.
content-the-pop-up-picture-feedback-delete-chat = فرصة لنتعلّم: حذف المحادثة لا يمحو ما حدث، ويتركك تحمل الأمر وحدك. الشخص البالغ موضع ثقتك يستطيع مساعدتك على إصلاحه، ولن يغضب.
content-the-pop-up-picture-deleted-chat = حُذفت المحادثة كلها. لا ردّ من { $friend } بعد الآن، وكل شيء يبقى في داخلك.

content-the-pop-up-picture-adult-listens-sent = شكرًا لأنك أخبرتني، وعلى اعتذارك. لا أحد يلومك: تلك الصورة ظهرت وحدها. سنحذفها، ونُعلم العائلة الأخرى، ونبلغ عن الإعلان، ونضبط الجهاز.
content-the-pop-up-picture-joke = لا كلام من { $friend } بعد الآن، ولا رغبة في اللعب. كل يوم يصبح الشعور أسوأ، وما زال الأمر سرًّا لم يعرفه أحد.

content-the-pop-up-picture-setup = ‏{ $adult } يفتح الإعدادات معك. المطلوب: الاستمرار في لعب { $game } مع الأصدقاء والحصول على المراحل الجديدة، من دون نوافذ كتلك. لنختر كل إعداد.
content-the-pop-up-picture-set-updates = تحديثات اللعبة
content-the-pop-up-picture-val-updates-auto = تلقائية
content-the-pop-up-picture-why-updates-auto = اختيار جيد! التحديثات تأتي من اللعبة نفسها. تضيف مراحل وتصلح أعطالًا، بعضها يخص الأمان.
content-the-pop-up-picture-val-updates-ask = اسألني كل مرة
content-the-pop-up-picture-why-updates-ask = هذا يعمل، لكن السؤال سيتكرر طوال الوقت. تحديثات قائمة اللعبة نفسها يمكن أن تُثبَّت وحدها.
content-the-pop-up-picture-val-updates-never = أبدًا
content-the-pop-up-picture-why-updates-never = مغلق أكثر من اللازم هنا: بلا تحديثات تفوتك المراحل الجديدة والإصلاحات، ولا يمكن اللعب مع { $friend }.
content-the-pop-up-picture-set-popups = النوافذ المنبثقة
content-the-pop-up-picture-val-popups-allow = السماح
content-the-pop-up-picture-why-popups-allow = تلك الصورة وصلت عبر نافذة منبثقة. حظرها لا يوقف اللعبة.
content-the-pop-up-picture-val-popups-block = حظر
content-the-pop-up-picture-why-popups-block = نعم! حظر النوافذ المنبثقة يوقف معظمها قبل أن تصل إلى الشاشة، واللعبة تعمل كالمعتاد.
content-the-pop-up-picture-set-filter = مرشّح الأطفال للصور والمواقع
content-the-pop-up-picture-val-filter-off = متوقف
content-the-pop-up-picture-why-filter-off = مرشّح الأطفال يساعد على إبعاد الصور والمواقع التي ليست للأطفال. تفعيله أفضل.
content-the-pop-up-picture-val-filter-on = مفعّل
content-the-pop-up-picture-why-filter-on = جيد! مرشّح الأطفال يبعد أشياء كثيرة ليست للأطفال. لا يوجد مرشّح كامل، لذلك يبقى الإغلاق والكلام مهمّين.
content-the-pop-up-picture-set-chat = من يمكنه مراسلتي في اللعبة
content-the-pop-up-picture-val-chat-anyone = أي أحد
content-the-pop-up-picture-why-chat-anyone = «أي أحد» يعني الغرباء أيضًا. الأصدقاء المضافون يكفون للعب مع { $friend }.
content-the-pop-up-picture-val-chat-friends = الأصدقاء المضافون
content-the-pop-up-picture-why-chat-friends = هذا هو المناسب: مراسلة { $friend } ممكنة، والغرباء لا يستطيعون إرسال شيء.
content-the-pop-up-picture-val-chat-nobody = لا أحد
content-the-pop-up-picture-why-chat-nobody = لا خطر فيه، لكنه مغلق أكثر من اللازم هنا: المراسلة مع { $friend } أثناء اللعب مطلوبة. الأصدقاء المضافون يكفون.

content-the-pop-up-picture-reported = ‏{ $adult } يبلغ عن الإعلان، فتردّ { $game }: «شكرًا! أزلنا هذا الإعلان.» ثم المرحلة 10 معًا، ولا شيء يقفز بعد ذلك.
content-the-pop-up-picture-pic-reported = تم الإبلاغ عن الإعلان
content-the-pop-up-picture-pic-thanks = شكرًا! أزلنا هذا الإعلان.

content-the-pop-up-picture-monday = يوم الاثنين في الاستراحة، يبدو القلق على وجه { $friend }. حديث جانبي سريع:
content-the-pop-up-picture-friend-confides = ظهرت لي أنا أيضًا صورة غير لائقة في { $game }. أشعر بشيء غريب. لا داعي أن يعرف أحد، اتفقنا؟
content-the-pop-up-picture-choice-me-too = وأنا أيضًا! أخبرت عائلتي، ولم يغضب أحد.
content-the-pop-up-picture-feedback-me-too = لطف وحكمة! معرفة أن هذا يحدث لغيرنا، وأن أحدًا لم يغضب، تجعل الكلام أسهل بكثير. وليس هذا ذنب { $friend } أيضًا.
content-the-pop-up-picture-choice-settings-only = يكفي حظر النوافذ من الإعدادات، كما علّمني { $adult }.
content-the-pop-up-picture-feedback-settings-only = حظر النوافذ مفيد! لكن الإعدادات لا تزيل ذلك الشعور الغريب، ولا إعداد يوقف كل شيء. الشخص البالغ موضع ثقتك يساعد في الأمرين.
content-the-pop-up-picture-choice-our-secret = حسنًا. لن أقول كلمة لأحد. هذا سرّنا.
content-the-pop-up-picture-feedback-our-secret = فرصة لنتعلّم: السرّ يترك { $friend } مع هذا الشعور وحده. سرّ كهذا يجوز كسره، لأن الكبار يستطيعون المساعدة. لن يغضب أحد.

content-the-pop-up-picture-friend-again = في المساء تصل رسالة من { $friend }.
content-the-pop-up-picture-friend-still = لا أجد ذلك الإعداد، وقد ظهرت مرة أخرى. لا أريد أن تعرف عائلتي.
content-the-pop-up-picture-choice-come-with = لن يغضبوا، أعدك. سآتي معك، وأخبرهم أنا أولًا.
content-the-pop-up-picture-feedback-come-with = هذه هي الصداقة! الذهاب معًا يجعل الكلام أسهل بكثير. لا ذنب على { $friend }، والكبار في البيت يستطيعون المساعدة.
content-the-pop-up-picture-choice-stop-playing = إذن لا داعي للعب { $game } فترة. الكلام محرج جدًا.
content-the-pop-up-picture-feedback-stop-playing = فرصة لنتعلّم: ترك اللعبة لا يزيل الشعور الغريب، ويعني خسارة لعبة محبوبة. الكلام محرج لدقيقة، ثم يريح.
content-the-pop-up-picture-choice-close-each = يكفي إغلاقها كل مرة. وإن ساء الأمر، نتكلم مع شخص بالغ.
content-the-pop-up-picture-feedback-close-each = فرصة لنتعلّم: الإغلاق جيد، لكن انتظار أن يسوء الأمر يترك الشعور الغريب ثقيلًا على { $friend }. الكبار في البيت يستطيعون المساعدة الآن، ولن يغضبوا.

content-the-pop-up-picture-friend-tells = حسنًا. سأخبر عائلتي الليلة. شكرًا لأنك قلت إن هذا ليس ذنبي.
content-the-pop-up-picture-friend-secret = يبقى السرّ سرًّا. { $friend } في اللعبة كل يوم، وتلك النوافذ ما زالت تظهر، ولا أحد يعرف.
content-the-pop-up-picture-friend-closes = إغلاق صامت لتلك النوافذ كل مرة عند { $friend }، والكلام يقلّ أسبوعًا بعد أسبوع.
content-the-pop-up-picture-friend-stops = لا مزيد من { $game } عند { $friend }، ولا كلام تقريبًا. لا أحد في البيت يعرف السبب.

content-the-pop-up-picture-choice-tell-together = وأنا أيضًا! أريد أن أُخبر { $adult } معك بعد المدرسة.
content-the-pop-up-picture-feedback-tell-together = شجاعة ولطف أيضًا! الكلام معًا أسهل، و{ $adult } يستطيع مساعدتكما. لا ذنب على أيٍّ منكما.
content-the-pop-up-picture-choice-keep-secret = وأنا أيضًا. لن أخبر { $adult }، ستصبح قصة كبيرة.
content-the-pop-up-picture-feedback-keep-secret = فرصة لنتعلّم: الكبار يعرفون أن هذه النوافذ موجودة، ويفضّلون المساعدة على أن تحمل الأمر وحدك. لم يفت الأوان أبدًا للكلام.
content-the-pop-up-picture-choice-close-fast = وأنا أيضًا. لنغلقها بسرعة وننسى الأمر.
content-the-pop-up-picture-feedback-close-fast = فرصة لنتعلّم: إغلاقها صحيح، لكن النسيان لا ينفع إن ظلت تعود. الشخص البالغ موضع ثقتك يستطيع إيقافها، ولن يغضب.

content-the-pop-up-picture-adult-both = شكرًا لأنكما أخبرتماني. لا أحد يلومكما، ولا غضب عندي أبدًا. لنبلغ عن هذا الإعلان لدى { $game }، ونضبط الجهاز. وسأُعلم العائلة الأخرى أيضًا.
content-the-pop-up-picture-both-secret = الصمت من الطرفين. النوافذ تستمر في الظهور، وفي كل مرة يعود الشعور الغريب.
content-the-pop-up-picture-both-close = الإغلاق السريع كل مرة. لكنها تستمر في الظهور، وفي كل مرة يعود الشعور الغريب.
content-the-pop-up-picture-reported-both = تردّ { $game }: «شكرًا! أزلنا هذا الإعلان.» وعلى وجه { $friend } ابتسامة كبيرة. كل شيء أخفّ الآن بعد أن عرف الكبار.
content-the-pop-up-picture-reported-sent = تردّ { $game }: «شكرًا! أزلنا هذا الإعلان.» وفي اليوم التالي تصل دعوة من { $friend } إلى المرحلة 10، ومعها اعتذار آخر منك.

content-the-pop-up-picture-end-safe = أغلقت تلك النافذة وأخبرت { $adult }، وساعدت { $friend } على طلب المساعدة أيضًا. تم الإبلاغ عن الإعلان والجهاز مضبوط. لم يغضب أحد، ولا شيء من هذا كان ذنبك!
content-the-pop-up-picture-end-recovered = ظهرت صورة لم يطلبها أحد، وتعقّد الأمر. ثم أخبرت { $adult }: تم الإبلاغ عن الإعلان والجهاز مضبوط. الكلام كان الجزء الشجاع!
content-the-pop-up-picture-end-friend-alone = أنت بخير، وجهازك مضبوط. لكن تلك النوافذ ما زالت تظهر لـ{ $friend }، بلا أحد يساعد، ولا أحد في البيت يعرف. الشخص البالغ موضع ثقتك يستطيع المساعدة هنا أيضًا.
content-the-pop-up-picture-end-harmful = هذا الأمر ثقيل حين يبقى سرًّا. لم يكن ذنبك أبدًا. لم يفت الأوان أبدًا للكلام مع شخص بالغ موضع ثقتك: لن يغضب، وسيساعد.

# A last question at school: someone wants the way to the picture.
content-the-pop-up-picture-last-ask = بعد أيام، في المدرسة، يأتي تلميذ من صف آخر ويسأل: «سمعت أن صورة غير لائقة ظهرت في { $game }. ما اسم الموقع؟»
content-the-pop-up-picture-choice-not-share = لن أعطي اسمه لأحد. إنه ليس للأطفال، والإعلان اختفى.
content-the-pop-up-picture-feedback-not-share = رائع! إعطاء اسم الموقع مثل تمرير الصورة نفسها. وبكلمة «لا» لن يراها أطفال آخرون.
content-the-pop-up-picture-choice-give-site = اسمه ⁦free-pix⁩ وشيء ما. لكن لا تقل لأحد إنه مني.
content-the-pop-up-picture-feedback-give-site = فرصة لنتعلّم: إعطاء اسم الموقع مثل إرسال الصورة، وقد يؤذي أطفالًا آخرين. وما زال بالإمكان إصلاح الأمر.
content-the-pop-up-picture-gave-site = في اليوم التالي، يبدو ذلك التلميذ منزعجًا، ويثقل الأمر على القلب. وفي المساء، حديث صريح مع { $adult }: لا غضب أبدًا، ويتم إبلاغ المدرسة كي يساعد أحد المعلمين.
