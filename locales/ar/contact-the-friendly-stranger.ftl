# التواصل / الجنسي، للأعمار 9-12: علامات الخطر فقط (الغريب اللطيف)

contact-the-friendly-stranger-title = الغريب اللطيف
contact-the-friendly-stranger-summary = شخص لا تعرفه في دردشة لعبة لطيف جدًا ويعرض عليك جواهر مجانية. ما الذي يحدث فعلًا؟
contact-the-friendly-stranger-remember = لا يحق لأحد أن يطلب منك صور سيلفي أو أسرارًا. لا تحذّره: توقّف عن الرد، واحفظ الرسائل، ثم احظره وأبلغ عنه وأخبر شخصًا بالغًا تثق به.

contact-the-friendly-stranger-npc-gamer = { $stranger }
contact-the-friendly-stranger-npc-newplayer = { $stranger }_2
contact-the-friendly-stranger-npc-mum = ماما

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
contact-the-friendly-stranger-game-pixel-quest = Pixel Quest
contact-the-friendly-stranger-game-brick-realm = Brick Realm
contact-the-friendly-stranger-game-castle-cove = Castle Cove
contact-the-friendly-stranger-school-hillside = مدرسة التلّة الابتدائية
contact-the-friendly-stranger-school-oakwood = مدرسة السنديان الابتدائية
contact-the-friendly-stranger-school-riverside = مدرسة ضفّة النهر الابتدائية

contact-the-friendly-stranger-intro = أنت تبني قلعة في { $game }، لعبتك المفضّلة. الألعاب أمتع مع الأصدقاء! سأراقب الدردشة معك.

contact-the-friendly-stranger-first-message = واو، قلعتك أجمل قلعة رأيتها! أنت موهوب جدًا. عمري 12 سنة مثلك. هل تريد 500 جوهرة مجانًا؟ فقط أخبرني باسم مدرستك لأرسلها لك.
contact-the-friendly-stranger-pic-free-gems = 500 جوهرة مجانًا
contact-the-friendly-stranger-choice-no-school = محاولة ذكية! لا أكتب مدرستي على الإنترنت.
contact-the-friendly-stranger-feedback-no-school = تفكير رائع! مدرستك تدلّ الناس على مكانك، لذلك تبقى بعيدة عن الإنترنت. والجواهر المجانية من الغرباء كثيرًا ما تكون حيلة لكسب ثقتك.
contact-the-friendly-stranger-choice-ask-mum = سأسأل ماما أولًا، وبعدها سأخبرك باسمها.
contact-the-friendly-stranger-feedback-ask-mum = سؤال ماما عادة جيدة! لكن اسم مدرستك ليس للغرباء أبدًا، فالجواب هنا ببساطة: لا. والهدايا من شخص لا تعرفه علامة خطر.
contact-the-friendly-stranger-choice-tell-school = رائع! أنا في { $school }. وأنت؟
contact-the-friendly-stranger-feedback-tell-school = فرصة لنتعلّم: اسم مدرستك يخبر الغريب أين تكون كل يوم. لا تكتبه على الإنترنت، حتى لمن يبدون لطفاء جدًا. ورغبة الغريب في اللقاء علامة تحذير أيضًا.

contact-the-friendly-stranger-shrug = حسنًا، حسنًا، لا داعي للمدرسة. ما زلت أفضل بنّاء عندي! خذ 50 جوهرة على أي حال، هكذا فقط.
contact-the-friendly-stranger-no-mum = لااا، لا تسأل ماما! الكبار يُفسدون كل شيء. انسَ أمر المدرسة الآن، اتفقنا؟
contact-the-friendly-stranger-knows-school = { $school }؟ معقول! إنها قريبة مني! ربما نلتقي يومًا ما. أنت أروع بكثير من الأطفال الآخرين الذين أتحدّث معهم.

contact-the-friendly-stranger-pushy = لنتحدّث على ChatZip بدلًا من هنا، فهو أكثر خصوصية. ولا تخبر والديك عني، اتفقنا؟ لن يفهما صداقتنا.
contact-the-friendly-stranger-pic-chatzip = لنتحدّث على ChatZip!
contact-the-friendly-stranger-pic-add-friend = إضافة صديق
contact-the-friendly-stranger-choice-save-go = سأصوّر الشاشة، وأتوقّف عن الرد، وأذهب لماما.
contact-the-friendly-stranger-feedback-save-go = أصبت تمامًا! التطبيق الخاص والأسرار عن عائلتك علامتا خطر كبيرتان. احتفظت بالدليل وغادرت بلا كلمة، فتستطيع ماما الحظر والإبلاغ.
contact-the-friendly-stranger-choice-announce = توقّف عن هذا! سأخبر ماما عنك الآن فورًا!
contact-the-friendly-stranger-feedback-announce = الدفاع عن نفسك شجاعة! لكن تحذير { $stranger } يمنحه وقتًا ليحذف كل شيء. الأفضل: توقّف عن الرد، واحفظ الرسائل، واحظره وأبلغ عنه، وأخبر ماما.
contact-the-friendly-stranger-choice-add-app = حسنًا، سأضيفك. ChatZip أكثر خصوصية على أي حال.
contact-the-friendly-stranger-feedback-add-app = فرصة لنتعلّم: الصديق الحقيقي لا يطلب منك أبدًا أن تُخفيه عن عائلتك. وفي التطبيق الخاص، لا أحد يستطيع أن يرى إن حدث شيء سيئ.
contact-the-friendly-stranger-choice-log-off = سأخرج من اللعبة فقط. لا أشعر بالأمان هنا.
contact-the-friendly-stranger-feedback-log-off = الخروج من الدردشة بداية جيدة! لكن { $stranger } يعرف مدرستك وقد يعود. احفظ الرسائل، ثم احظره وأبلغ عنه وأخبر ماما، ليتوقّف الأمر.

contact-the-friendly-stranger-mum-helps = شكرًا لأنك أريتني. لم تفعل أي شيء خاطئ. صورة الشاشة هذه هي ما نحتاجه تمامًا. لنحظر { $stranger } ونبلغ عنه معًا.
contact-the-friendly-stranger-pic-blocked-reported = تمّ الحظر والإبلاغ
contact-the-friendly-stranger-pic-thanks-look = شكرًا! سنتحقّق من الأمر.
contact-the-friendly-stranger-deleted = يكتب { $stranger }: «هيه، كانت مزحة. لا تكن طفلًا». ثم تختفي كل رسائله. وتظهر رسالة جديدة: «إن أخبرت أحدًا فستقع في ورطة كبيرة».
contact-the-friendly-stranger-asks-photo = رائع، صرنا أعز صديقين! الآن أرسل لي صورة سيلفي، لأتأكّد أنك حقيقي. تذكّر، هذا سرّنا.
contact-the-friendly-stranger-mum-helps-school = شكرًا لأنك أريتني. لن تقع في ورطة، ولا حتى بسبب المدرسة. لنحظر { $stranger } ونبلغ عنه معًا، وسأخبر معلّميك أيضًا كي يساعدوا في حمايتك.
contact-the-friendly-stranger-waiting-school = في اليوم التالي، { $stranger } ينتظرك في دردشة اللعبة: «أين ذهبت؟ أعرف مدرستك، نحن تقريبًا جيران! أرسل لي صورة سيلفي لأتأكّد أنك حقيقي».

contact-the-friendly-stranger-after-delete = الرسائل القديمة اختفت، لكن الرسالة الجديدة تهديد. هذا ليس ذنبك، ولن تقع في ورطة. ماذا ستفعل؟
contact-the-friendly-stranger-choice-save-new = سأصوّر هذه الرسالة الجديدة وأُريها لماما.
contact-the-friendly-stranger-feedback-save-new = رائع! حتى مع اختفاء الرسائل القديمة، هذا التهديد دليل. تستطيع ماما حظر { $stranger } والإبلاغ عنه، ولن تحتاج إلى الرد عليه أبدًا.
contact-the-friendly-stranger-choice-block-quiet = سأحظره وانتهى الأمر. لا داعي لإثارة ضجة.
contact-the-friendly-stranger-feedback-block-quiet = الحظر خطوة جيدة! لكن { $stranger } يستطيع إنشاء حساب جديد، وقد يستهدف أطفالًا آخرين. احفظ الرسالة وأخبر ماما، كي يُبلَّغ عنه.
contact-the-friendly-stranger-choice-say-sorry = سأعتذر له، وأعده ألّا أخبر أحدًا بشيء أبدًا.
contact-the-friendly-stranger-feedback-say-sorry = فرصة لنتعلّم: لم تفعل شيئًا خاطئًا، فلا داعي للاعتذار. تهديد كهذا حيلة ليجعلك تسكت. الشخص البالغ الذي تثق به يستطيع مساعدتك.

contact-the-friendly-stranger-mum-helps-deleted = شكرًا لأنك أخبرتني. لن تقع في ورطة. صورة الشاشة هذه تكفي: لنحظر { $stranger } ونبلغ عنه معًا.
contact-the-friendly-stranger-blocked-quiet = تحظر { $stranger } ولا تقول شيئًا. وبعد يومين، يراسلك لاعب جديد.
contact-the-friendly-stranger-sorry-sent = جيد. الآن أثبت أنني أستطيع الوثوق بك: أرسل لي صورة سيلفي. ستبقى بيننا.

contact-the-friendly-stranger-new-account = مرحبًا، هذا أنا! لماذا حظرتني؟ ظننت أننا أعز صديقين. لا تخبر أحدًا، اتفقنا؟
contact-the-friendly-stranger-pic-joined-today = تاريخ الانضمام: اليوم
contact-the-friendly-stranger-pic-friends-0 = الأصدقاء: 0
contact-the-friendly-stranger-choice-show-mum = إنه هو مجددًا! سأصوّر الشاشة وأذهب إلى ماما.
contact-the-friendly-stranger-feedback-show-mum = عين ثاقبة! اسم جديد بالكلمات نفسها يعني الشخص نفسه. صورة الشاشة تساعد ماما على حظر الحسابين والإبلاغ عنهما.
contact-the-friendly-stranger-choice-add-back = سأضيفه من جديد. أنا أثق به، يبدو حزينًا فقط.
contact-the-friendly-stranger-feedback-add-back = فرصة لنتعلّم: الشفقة على الآخرين لطف، لكن الشعور بالذنب هنا حيلة. الصديق الحقيقي لا يطلب أسرارًا أبدًا. لم يفت الأوان أبدًا لتخبر أحدًا.
contact-the-friendly-stranger-choice-busy-reply = آسف، كنت مشغولًا فقط! ما زلنا صديقين، صحيح؟
contact-the-friendly-stranger-feedback-busy-reply = فرصة لنتعلّم: التهذيب لطيف، لكنك لست مضطرًا للرد على { $stranger }. الحساب الجديد بعد الحظر علامة خطر. احفظ الرسالة وأخبر شخصًا بالغًا.
contact-the-friendly-stranger-friends-again = رائع، عدنا أعز صديقين! إذن، هل ترسل لي صورة السيلفي الآن؟ بيننا فقط.
contact-the-friendly-stranger-mum-helps-new = شكرًا لأنك أريتني. لم تفعل أي شيء خاطئ. اسم جديد والشخص نفسه: لنحظر الحسابين ونبلغ عنهما معًا.
contact-the-friendly-stranger-new-friend = رائع، كنت أعرف أنك ستعود! الآن أرسل لي صورة سيلفي، لأتأكّد أنه أنت فعلًا. سرّنا، اتفقنا؟

contact-the-friendly-stranger-photo = هيا، أين صورة السيلفي؟ إنها بيننا فقط، اتفقنا؟
contact-the-friendly-stranger-choice-stop-save = لن أرد بعد الآن. سأصوّر الشاشة وأذهب لماما.
contact-the-friendly-stranger-feedback-stop-save = شجاعة كبيرة! من حقك دائمًا أن تقول لا. طلب صور السيلفي والأسرار علامة خطر كبيرة. صورة الشاشة تساعد ماما على الحظر والإبلاغ.
contact-the-friendly-stranger-choice-polite-no = لا سيلفي، آسف! لكنني أثق بك. هل نكمل اللعب؟
contact-the-friendly-stranger-feedback-polite-no = الرفض كان صحيحًا! لكن من يطلب صور السيلفي والأسرار ليس صديقًا حقيقيًا، وسيواصل الطلب. توقّف عن الرد، واحفظ المحادثة، واطلب المساعدة.
contact-the-friendly-stranger-choice-send-selfie = حسنًا، صورة واحدة. إنه وجهي فقط، وستبقى خاصة.
contact-the-friendly-stranger-feedback-send-selfie = فرصة لنتعلّم: حين تُرسَل الصورة، لا يمكنك التحكّم في أين تذهب. طلب صور السيلفي والأسرار علامة خطر، أيًّا كان من يطلبها.

contact-the-friendly-stranger-mum-helps-late = أنا سعيدة جدًا لأنك أخبرتني. لن تقع في ورطة، لقد فعلت الصواب. لنحتفظ بصور الشاشة، ثم نحظر { $stranger } ونبلغ عنه معًا.
contact-the-friendly-stranger-keeps-asking = هيا، صورة واحدة فقط! ألا تثق بي؟ ولا تخبر والديك، وإلا ستقع في ورطة كبيرة وسيأخذان منك لعبتك.
contact-the-friendly-stranger-selfie-sent = جميلة! الآن أرسل صورة أخرى. ولا تخبر والديك، وإلا ستقع في ورطة كبيرة وسيأخذان منك لعبتك.

contact-the-friendly-stranger-last-chance = أنا قلق. تخويفك من الورطة حيلة ليجعلك تسكت. أنت لست في ورطة أبدًا، وهذا ليس ذنبك. ماذا ستفعل؟
contact-the-friendly-stranger-choice-show-all = سأحفظ المحادثة وأُري ماما كل شيء، الآن فورًا.
contact-the-friendly-stranger-feedback-show-all = هذه شجاعة حقيقية! من يطلبون من الأطفال الأسرار يعتمدون على سكوتهم. ستصغي إليك ماما وتساعدك، وأنت لست في ورطة.
contact-the-friendly-stranger-choice-keep-secret = سأحتفظ بالسر. إن أخبرت أحدًا سأقع في ورطة.
contact-the-friendly-stranger-feedback-keep-secret = فرصة لنتعلّم: الشعور بالخوف طبيعي، لكن أسرارًا كهذه لا تفيد إلا الشخص الآخر. لم يفت الأوان أبدًا لتخبر شخصًا تثق به.
contact-the-friendly-stranger-choice-delete-all = سأحذف المحادثة كلها، كي لا يراها أحد أبدًا.
contact-the-friendly-stranger-feedback-delete-all = فرصة لنتعلّم: حذف المحادثة لا يوقف { $stranger }، بل يمحو الدليل فقط. احتفظ بالرسائل وأخبر شخصًا بالغًا تثق به. لم يفت الأوان أبدًا.
contact-the-friendly-stranger-chat-deleted = اختفت المحادثة، لكن { $stranger } لم يختفِ. في اليوم التالي تصل رسالة جديدة: «أين صورة السيلفي التالية؟ تذكّر، هذا سرّنا».
contact-the-friendly-stranger-secret-kept = لا تقول شيئًا. لكن { $stranger } يواصل المراسلة ويطلب المزيد، والسرّ يثقل عليك كل يوم.

contact-the-friendly-stranger-end-safe = كشفت حيل { $stranger }، واحتفظت بالدليل، وأخبرت ماما. { $stranger } محظور وتم الإبلاغ عنه، ولم تشارك اسم مدرستك ولا أي صورة. رائع!
contact-the-friendly-stranger-end-recovered = ذهب الأمر أبعد مما ينبغي، لكنك بعدها توقّفت عن الرد، واحتفظت بالرسائل، وأخبرت ماما. { $stranger } محظور وتم الإبلاغ عنه. إصلاح الأمر احتاج إلى شجاعة!
contact-the-friendly-stranger-end-harmful = { $stranger } يواصل طلب صور السيلفي والأسرار، والأمر يثقل عليك كل يوم. هذا ليس ذنبك، ولم يفت الأوان أبدًا: أخبر شخصًا بالغًا تثق به. سيساعدك، ولن تكون في ورطة.

# The world remembers: location left on in the drawing app put the child's dot on its map.
contact-the-friendly-stranger-saw-map = مرحبًا، أنا أعرفك! رأيت رسوماتك على خريطة تطبيق الرسم ذاك، «فنانون بالقرب منك». نقطتك بجانب الحديقة تمامًا. هذا قريب مني!
contact-the-friendly-stranger-choice-map-mum = لن أردّ. سأُري ماما، ونوقف الموقع على الخريطة.
contact-the-friendly-stranger-feedback-map-mum = إصابة في الصميم! غريب يعرف أين تسكن علامة خطر كبيرة. أنت لم تردّ، وماما تستطيع إيقاف الموقع لتختفي نقطتك.
contact-the-friendly-stranger-choice-map-ignore = سأتجاهله. رسوماتي خاصة على أي حال، لا بأس.
contact-the-friendly-stranger-feedback-map-ignore = عدم الرد كان ذكيًا! لكن نقطتك ما زالت على الخريطة يراها الجميع. أرِ والديك: معًا يمكنكم إيقاف الموقع.
contact-the-friendly-stranger-choice-map-yes = نعم، قرب الحديقة! ماما تأخذني إلى هناك كل سبت.
contact-the-friendly-stranger-feedback-map-yes = فرصة لنتعلّم: الغريب لا يحتاج إلى معرفة أين تسكن ولا متى تكون في الحديقة، حتى لو قال إنه يسكن قريبًا. ما زال بالإمكان إيقاف الموقع بمساعدة والديك.
contact-the-friendly-stranger-map-off = شكرًا لأنك أريتني. لم تفعل أي شيء خاطئ. ها هو: أوقفت الموقع في تطبيق الرسم، واختفت نقطتك. إذا طلب منك هذا اللاعب أي شيء، تعال إليّ فورًا.
contact-the-friendly-stranger-map-ignored = لا تردّ. لكن نقطتك ما زالت على الخريطة، و{ $stranger } يواصل الكتابة.
contact-the-friendly-stranger-map-neighbours = كل سبت؟ وأنا أيضًا! ربما أراك هناك. كنت أعرف أننا سنصبح أعز صديقين.

# My phone: what stays on the phone after this level.
contact-the-friendly-stranger-trace-reported = { $stranger }: تمّ الحظر والإبلاغ، بمساعدة ماما.
contact-the-friendly-stranger-trace-reported-advice = أحسنت! إذا كتب حساب جديد أشياء مشابهة، فقد يكون الشخص نفسه. صوّر الشاشة، ثم احظر وأبلغ وأخبر شخصًا بالغًا من جديد.
contact-the-friendly-stranger-trace-school = اسم مدرستك، وقد عرفه { $stranger }.
contact-the-friendly-stranger-trace-school-advice = الغريب لا يحتاج إليه. إذا ذكره مرة أخرى، توقّف عن الرد، واحفظ الدردشة، وأرِها لشخص بالغ تثق به، وسيساعدك على الحظر والإبلاغ.
