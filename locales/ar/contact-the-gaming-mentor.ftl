# التواصل / العدوانية: المدرّب في اللعبة (الأعمار 13-15)، نمط استدراج دون محتوى جنسي

contact-the-gaming-mentor-title = المدرّب في اللعبة
contact-the-gaming-mentor-summary = لاعب من أصحاب المراتب العليا يقدّم لك هدايا وتدريبًا مجانيًا، ثم يحاول شيئًا فشيئًا أن يبعدك عن أصدقائك.
contact-the-gaming-mentor-remember = المديح والهدايا و«نحن الاثنين فقط» والأسرار علامات خطر. تحذيره لا يفيد: الأفضل حفظ المحادثة بهدوء، ثم الحظر والإبلاغ وإخبار شخص بالغ موضع ثقتك.

contact-the-gaming-mentor-app = دردشة { $game }
contact-the-gaming-mentor-npc-mentor = { $mentor }
contact-the-gaming-mentor-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
contact-the-gaming-mentor-game-skyforge = Skyforge
contact-the-gaming-mentor-game-star-siege = Star Siege
contact-the-gaming-mentor-game-iron-arena = Iron Arena
contact-the-gaming-mentor-name-vex = Vex_Pro
contact-the-gaming-mentor-name-kaizer = KaizerGG
contact-the-gaming-mentor-name-orion = OrionCoach
contact-the-gaming-mentor-adult-mum = ماما
contact-the-gaming-mentor-adult-dad = بابا
contact-the-gaming-mentor-adult-grandpa = جدّو

contact-the-gaming-mentor-intro = طوال الأسبوع والمباريات المصنّفة في { $game } لا تتوقّف، مع { $friend } وفريقك. ولاعب من أصحاب المراتب العليا، { $mentor }، يتابع مبارياتك.

# The world remembers: the school told to a new follower in The New Follower comes back.
contact-the-gaming-mentor-school-request = بين مباراتين يصلك طلب مراسلة من حساب جديد بلا مباريات ولا أصدقاء. يكتب تمامًا مثل { $follower }، ويذكر اسم مدرستك: «أكون قريبًا من هناك بعد الدوام. نلتقي؟»
contact-the-gaming-mentor-school-choice = اسم مدرستك وصل إلى { $follower } من قبل، ومعلومات كهذه تنتقل. هذا يحدث لكثيرين، ويمكنك إصلاح الأمر. ما اختيارك؟
contact-the-gaming-mentor-choice-school-show = لن أردّ. سألتقط صورة، وأحظره، وأعرضها على { $adult }.
contact-the-gaming-mentor-choice-school-block = سأحظره وأحذف الطلب. لا داعي لأن أخبر { $adult }، انتهى الأمر.
contact-the-gaming-mentor-choice-school-reply = سأردّ عليه: «من أنت؟ هل أنت في مدرستي أنا أيضًا؟»
contact-the-gaming-mentor-feedback-school-show = هكذا يُصلَح الأمر. الصمت لا يعطيه شيئًا، والصورة تحفظ الدليل، ويمكن لـ{ $adult } مساعدتك في الإبلاغ عن الحساب وإخفاء مدرستك من ملفك. ليس ذنبك.
contact-the-gaming-mentor-feedback-school-block = الحظر كان ردّ فعل جيدًا. لكن الحذف يمحو الدليل، وما زال هذا الشخص يعرف مدرستك. الأفضل: صورة أولًا، ثم الحظر والإبلاغ وإخبار شخص بالغ موضع ثقتك.
contact-the-gaming-mentor-feedback-school-reply = فرصة لنتعلّم: أي ردّ يُظهر فضولك، وسيضغط عليك أكثر. غريب يعرف مدرستك ويريد لقاءك أمرٌ يجب أن يعرفه اليوم شخص بالغ موضع ثقتك.
contact-the-gaming-mentor-school-helped = شكرًا لأنك أريتني. لا ذنب لك في شيء. أبلغنا عن ذلك الحساب، وسنتأكد معًا أن ملفك ومنشوراتك لا تُظهر مدرستك.
contact-the-gaming-mentor-school-blocked = اختفى الطلب، واختفى الدليل معه. ما زال هذا الشخص يعرف مدرستك، ولا أحد ممن يستطيعون المساعدة يعلم. لم يفت الأوان أبدًا على إخبار { $adult }.
contact-the-gaming-mentor-school-replied = يصل الردّ فورًا: «ما زلنا لا نعرف بعضنا. نلتقي عند باب المدرسة؟» شيء ما ليس على ما يرام، فتوقفت عن الردّ. لم يفت الأوان أبدًا على عرض ذلك على { $adult }.

# قلها جيدًا: «لا» حازمة للضغط عليك كي تنتقل إلى تطبيق آخر.
contact-the-gaming-mentor-firm-no = والآن يراسلك { $mentor } بلا توقّف: «لنتواصل على تطبيق آخر. نحن الاثنين فقط، وفريقك لا داعي أن يعرف.» لنكتب «لا» واضحة: ما الذي يُقال، وما الذي يبقى خارج الرسالة؟
contact-the-gaming-mentor-firm-no-to = { $mentor }
contact-the-gaming-mentor-ph-sorry = ربما في وقت آخر؟
contact-the-gaming-mentor-why-sorry = كلمة «ربما» تبدو مهذّبة، لكنها تقول له: حاول مجددًا، وسيحاول. و«لا» لا تحتاج إلى «ربما».
contact-the-gaming-mentor-ph-no = لا.
contact-the-gaming-mentor-why-no = «لا.» الواضحة هي قلب الرسالة. لا تحتاج إلى سبب ولا إلى اعتذار.
contact-the-gaming-mentor-ph-hey = مرحبًا.
contact-the-gaming-mentor-why-hey = التحية مقبولة، وتركها مقبول أيضًا. المهم أن يكون الباقي قصيرًا وواضحًا.
contact-the-gaming-mentor-ph-secret = لا تقلق، لن أخبر أحدًا بأنك طلبت هذا.
contact-the-gaming-mentor-why-secret = تبدو لطيفة، لكن الوعد بالكتمان لا يحمي إلا من يضغط عليك. وأسرار كهذه بالضبط هي ما يجب أن يعرفه شخص بالغ موضع ثقتك.
contact-the-gaming-mentor-ph-no-app = لن أضيفك على أي تطبيق آخر.
contact-the-gaming-mentor-why-no-app = قول ما لن يحدث بالضبط لا يترك شيئًا للجدال. ومحاولة أخذك إلى مكان «نحن الاثنين فقط» علامة خطر.
contact-the-gaming-mentor-ph-age = لا أستطيع، عمري 14 فقط، ووالداي يتفقّدان هاتفي.
contact-the-gaming-mentor-why-age = تبدو معقولة، لكنها تكشف عمرك، والعذر يعطيه مشكلة يحلّها، مثل «هناك تطبيق لا يتفقّده والداك». و«لا» لا تحتاج إلى سبب.
contact-the-gaming-mentor-ph-insult = أنت مقرف. ابتعد عني وإلا جعلتهم يحظرون حسابك.
contact-the-gaming-mentor-why-insult = غضبك مفهوم. لكن الشتائم والتهديد قد تزيد الأمور سوءًا، وتنبّهه إلى حذف المحادثة. الهدوء أفضل: حفظ كل شيء، ثم الحظر والإبلاغ وإخبار شخص بالغ موضع ثقتك.
contact-the-gaming-mentor-ph-stop = لا تطلب مني هذا مرة أخرى.
contact-the-gaming-mentor-why-stop = هذا حدّ واضح. وإن عاد يطلب رغم ذلك فهذه علامة خطر: الحل حفظ المحادثة، والحظر، والإبلاغ، وإخبار شخص بالغ موضع ثقتك.

contact-the-gaming-mentor-offer = طيّب، نبقى هنا. حاليًّا. عندك موهبة حقيقية، أكثر بكثير من فريقك. أهديتك للتو سكنًا نادرًا. أنا أدرّب لاعبين يصيرون محترفين، ومجانًا لك. الليلة من 11 حتى 2؟
contact-the-gaming-mentor-pic-skin = سكن نادر
contact-the-gaming-mentor-pic-gift-from = هدية من { $mentor }
contact-the-gaming-mentor-pic-accept = قبول
contact-the-gaming-mentor-choice-tonight = شكرًا على السكن! الليلة من 11 حتى 2، أنا موجود.
contact-the-gaming-mentor-feedback-tonight = فرصة لنتعلّم: هدية مع عبارة «موهبتك أكبر من فريقك» مديح فيه طُعم. ومن يريد اتصالك كل ليلة بينما الكبار نائمون يستحق نظرة ثانية.
contact-the-gaming-mentor-choice-skin-back = سأعيد إليك السكن. وعلى كل حال أخرج في العاشرة.
contact-the-gaming-mentor-feedback-skin-back = تصرّف ذكي. هدية من غريب قد تشعرك بالدَّين له، فإعادتها تبقي قرارك حرًّا. ولا توجد مرتبة تستحق خسارة نومك في ليلة دراسية.
contact-the-gaming-mentor-choice-one-hour = ساعة واحدة فقط، في الردهة العامة، فهذا آمن تمامًا.
contact-the-gaming-mentor-feedback-one-hour = البقاء في المكان العام فكرة جيدة. لكن الحادية عشرة متأخرة في ليلة دراسية، والهدية مع «أفضل من فريقك» مديح فيه طُعم. الانتباه واجب هنا.

contact-the-gaming-mentor-c-tonight = أسبوع من المباريات حتى الثانية فجرًا. نعاس في الصف، ثم رسالة من { $friend }: «اختفيت عن الفريق، هل أنت بخير؟» ثم يكتب { $mentor }: «والداك لا داعي أن يعرفا أننا نلعب حتى هذا الوقت. سيُفسدان كل شيء.»
contact-the-gaming-mentor-c-skin-back = هههه حسنًا، نوم مبكر إذن. السبت بعد الظهر. فقط أقول لك: فريقك يعيق تقدّمك.
contact-the-gaming-mentor-c-one-hour = مباراة واحدة في الردهة العامة، ثم خروج. عند منتصف الليل يصل سكن آخر إلى مخزونك، ومعه ملاحظة: «فريقك يعيق تقدّمك.»

contact-the-gaming-mentor-move = بصراحة، { $friend } والبقية يعيقون تقدّمك. لنتدرّب على خادمي الصوتي الخاص، نحن الاثنين فقط. في أي مدينة أنت؟ هذا من أجل سرعة الاتصال.
contact-the-gaming-mentor-pic-server = خادم صوتي خاص
contact-the-gaming-mentor-pic-server-members = عضوان
contact-the-gaming-mentor-pic-join = انضمام
contact-the-gaming-mentor-choice-join-no-city = سأنضمّ إليك هناك، لكن مدينتي تبقى خاصة.
contact-the-gaming-mentor-feedback-join-no-city = إبقاء مدينتك لنفسك كان صحيحًا. لكن خادمًا خاصًا مع غريب أكبر سنًّا، «نحن الاثنين فقط»، يعني أن لا أحد غيركما يرى ما يُقال. مكانك مع فريقك.
contact-the-gaming-mentor-choice-city = إنها مدينتي فقط، لا عنواني. سأنضمّ الآن.
contact-the-gaming-mentor-feedback-city = فرصة لنتعلّم: مدينتك مع اسمك في اللعبة يجعلان العثور عليك أسهل. و«نحن الاثنين فقط» على خادم خاص يعني أن لا أحد غيركما يرى ما يحدث.
contact-the-gaming-mentor-choice-stay-squad = لا، سأبقى هنا مع فريقي. هم نصف متعة اللعب.
contact-the-gaming-mentor-feedback-stay-squad = هذا هو. التقليل من أصدقائك وسحبك إلى مكان «نحن الاثنين فقط» علامتا استدراج. لا يلزمك الانتقال إلى أي مكان، مهما كان الشخص كريمًا معك.

contact-the-gaming-mentor-c-join-no-city = على الخادم الخاص لا أحد سواك و{ $mentor }. يسألك عن مدرستك، ثم يقول: «هذا الخادم لا داعي أن يعرف به والداك.» فخرجت بسرعة.
contact-the-gaming-mentor-c-city = انضممت. على الخادم الخاص أنتما الاثنان فقط. «رائع، ربما أسكن قريبًا منك. هذا الخادم لا داعي أن يعرف به والداك، سيُفسدان كل شيء.»
contact-the-gaming-mentor-c-stay-squad = يصمت { $mentor } يومًا كاملًا. ثم تصل رسالة طويلة.

contact-the-gaming-mentor-angry = واو. بعد كل الهدايا التي أعطيتك إياها؟ يا لنكران الجميل. الليلة على خادمي، وإلا سأقول للجميع إن لعبك فاشل وأجعلهم يحظرون حسابك.
contact-the-gaming-mentor-choice-announce = سأبلغ عنك. وسأخبر والديّ بكل شيء الليلة.
contact-the-gaming-mentor-feedback-announce = قول «لا» للتهديد يحتاج إلى شجاعة. لكن تحذير شخص كهذا يعطيه وقتًا ليحذف المحادثة أو يضغط أكثر. الأفضل: الصمت، والحفظ أولًا، ثم الحظر والإبلاغ والإخبار.
contact-the-gaming-mentor-choice-save-quietly = لن أردّ. أصوّر كل رسالة أولًا، واحدة تلو الأخرى.
contact-the-gaming-mentor-feedback-save-quietly = هدوء وذكاء. الغضب والتهديد بعد الرفض يكشفان حقيقة هذا «التدريب». حفظ كل شيء قبل أن ينتبه يبقي الدليل في يدك.
contact-the-gaming-mentor-choice-give-in = عذرًا! سأكون هناك الليلة. أرجوك لا تحظر حسابي.
contact-the-gaming-mentor-feedback-give-in = فرصة لنتعلّم: قول «لا» لا يستوجب أي اعتذار. التهديد وسيلة للسيطرة عليك، والخضوع يجلب المزيد عادة. المساعدة موجودة دائمًا.

contact-the-gaming-mentor-c-announce = يردّ { $mentor }: «تفضّل هههه». وبعد دقيقة، تختفي من المحادثة كل رسالة أرسلها إليك.
contact-the-gaming-mentor-pic-deleted = حُذفت هذه الرسالة
contact-the-gaming-mentor-pic-go-ahead = تفضّل هههه
contact-the-gaming-mentor-c-save-quietly = لا ردّ منك. صور لكل شيء: الهدايا، و«نحن الاثنين فقط»، والتهديد، والملف الشخصي، كلها محفوظة في مجلد. و{ $mentor } ما زال يكتب.
contact-the-gaming-mentor-pic-folder = صور الشاشة
contact-the-gaming-mentor-pic-saved = حُفظت 5 صور شاشة
contact-the-gaming-mentor-pic-typing = ‏{ $mentor } يكتب…
contact-the-gaming-mentor-c-give-in = انضممت إلى الخادم الخاص في الحادية عشرة. «جيد. هذا الخادم لا داعي أن يعرف به والداك، سيُفسدان كل شيء. ما اسم مدرستك؟»

contact-the-gaming-mentor-what-now = الدليل معك، و{ $mentor } لا يعرف. ما خطوتك التالية؟
contact-the-gaming-mentor-choice-report-alone = أحظره وأبلغ عنه. أستطيع التعامل مع هذا وحدي.
contact-the-gaming-mentor-feedback-report-alone = الحظر والإبلاغ مع الدليل خطوة قوية. لكن تهديدًا كهذا أثقل من أن يبقى حملًا عليك دون سند، والبالغ يستطيع ما لا يستطيعه غيره. إخبار بالغ خطوة لازمة أيضًا.
contact-the-gaming-mentor-choice-tell-friend = سأحكي كل شيء لـ{ $friend }، وسنجد حلًّا معًا.
contact-the-gaming-mentor-feedback-tell-friend = الحديث مع صديق أفضل من الصمت. لكن الأصدقاء، ومنهم { $friend }، لا يستطيعون الإبلاغ عن هذا أو حمايتك كما يستطيع بالغ موضع ثقتك. شخص مثل { $adult } يستطيع.
contact-the-gaming-mentor-choice-show-adult = أُري { $adult } المجلد الليلة، قبل أي شيء آخر.
contact-the-gaming-mentor-feedback-show-adult = هذه هي الخطوة. بإمكان { $adult } مساعدتك في حظر { $mentor } والإبلاغ عنه لدى { $game }، واللجوء إلى الشرطة إن لزم. الإخبار ليس وشاية أبدًا.

contact-the-gaming-mentor-c-report-alone = تحظر { $game } الحساب. بعد يومين، ينضمّ اسم جديد إلى ردهتك. إنه { $mentor } مرة أخرى.
contact-the-gaming-mentor-c-tell-friend = يأتي ردّ { $friend }: «مقرف. ربما الأفضل تجاهله؟» فتجاهلته. بعد يومين، يعود { $mentor } إلى ردهتك.

contact-the-gaming-mentor-evidence-gone = لن يصدّقك أحد الآن. الحادية عشرة على خادمي، وإلا فوداعًا لحسابك.
contact-the-gaming-mentor-choice-gone-tell = سأصوّر هذه أولًا، ثم أُري { $adult } كل شيء.
contact-the-gaming-mentor-feedback-gone-tell = قرار صائب. حتى بعد مسح المحادثة، هذا التهديد واسمه وروايتك لها قيمة، وقد تبقى لدى { $game } سجلات. البالغ موضع ثقتك يساعدك في الإبلاغ.
contact-the-gaming-mentor-choice-gone-block = سأحظره. تهديد الحظر كذب، ولا داعي لإقلاق { $adult }.
contact-the-gaming-mentor-feedback-gone-block = الحظر يوقف الرسائل، جيد. لكن من يمسح المحادثات ويهدّد سيحاول غالبًا مرة أخرى، ولا أحد ممن يستطيعون المساعدة يعرف. الأفضل حفظ ما تبقّى: معرفة { $adult } بالأمر أفضل.
contact-the-gaming-mentor-choice-gone-give-in = حسنًا، سآتي. لا أستطيع أن أخسر حسابي أبدًا.
contact-the-gaming-mentor-feedback-gone-give-in = فرصة لنتعلّم: الخضوع للتهديد يعلّمه أن التهديد ينجح. الحساب يمكن استرجاعه، وأنت أهم من أي مرتبة. المساعدة موجودة دائمًا.

contact-the-gaming-mentor-c-gone-block = حظرت { $mentor }. بعد يومين، ينضمّ اسم جديد إلى ردهتك. إنه { $mentor } مرة أخرى.
contact-the-gaming-mentor-c-gone-give-in = انضممت إلى الخادم في الحادية عشرة. يعود { $mentor } لطيفًا جدًا، ويسأل عن مدرستك. «هذا سرّنا، صحيح؟»

contact-the-gaming-mentor-again = ظننت أن التخلّص مني سهل؟ أعرف اسمك في اللعبة وأعرف فريقك. أريد ردًّا، وإلا سيسمع الجميع قصة غشّك.
contact-the-gaming-mentor-choice-again-answer = حسنًا، سأردّ. فقط لا تقل للفريق إنني أغشّ.
contact-the-gaming-mentor-feedback-again-answer = فرصة لنتعلّم: الردّ يريه أن الضغط ينجح، والطلب التالي سيكون أكبر. الأكاذيب عن الغشّ يمكن الإبلاغ عنها. المساعدة موجودة دائمًا.
contact-the-gaming-mentor-choice-again-quit = سأترك { $game } نهائيًا. لا داعي لأن أخبر أحدًا.
contact-the-gaming-mentor-feedback-again-quit = فرصة لنتعلّم: الترك يبعدك، لكنك تخسر لعبة تحبّها، وينتقل { $mentor } إلى لاعبين صغار آخرين. البالغ موضع ثقتك ما زال يستطيع المساعدة.
contact-the-gaming-mentor-choice-again-show = سأصوّرها. الآن ستكون القصة كلها أمام { $adult } من أولها.
contact-the-gaming-mentor-feedback-again-show = نعم. لقد عاد، فحان وقت بالغ يستطيع أن يتصرّف. بإمكان { $adult } المساعدة في الإبلاغ عن الحساب الجديد أيضًا، وصورك تُظهر النمط كله.

contact-the-gaming-mentor-secret = أنا قلق. المديح والهدايا والأسرار عن والديك علامات خطر جدّية. لا أحد غاضب منك. ما اختيارك؟
contact-the-gaming-mentor-choice-secret-show = سأخرج وأُري { $adult } المحادثة كلها الليلة.
contact-the-gaming-mentor-feedback-secret-show = شجاعة وصواب. لا أحد جدير بالثقة يطلب منك إخفاء أسرار عن والديك. بإمكان { $adult } المساعدة في الإبلاغ عن { $mentor } لدى { $game }، وإن لزم لدى الشرطة.
contact-the-gaming-mentor-choice-secret-keep = ليبقَ هذا سرّنا. لقد كان لطيفًا جدًا معي.
contact-the-gaming-mentor-feedback-secret-keep = فرصة لنتعلّم: أسرار كهذه لا تحمي إلا الشخص الآخر. الهدايا والمديح لا تجعل أحدًا جديرًا بالثقة. لم يفت الأوان أبدًا على الخروج وإخبار أحد.
contact-the-gaming-mentor-choice-secret-quiet = سأخرج، والأمر يبقى خصوصيًا حتى عن { $adult }، انتهى.
contact-the-gaming-mentor-feedback-secret-quiet = الخروج خطوة جيدة. لكن { $mentor } يعرف اسمك في اللعبة وسيحاول غالبًا مرة أخرى، وربما مع غيرك. إخبار { $adult } يعني أنه يمكن إيقافه.

contact-the-gaming-mentor-c-secret-keep = احتفظت بالسرّ. وكل ليلة يطلب { $mentor } أكثر قليلًا: مدرستك، اسمك الحقيقي، صورة «لأتأكد أنك شخص حقيقي».
contact-the-gaming-mentor-c-secret-quiet = خرجت بصمت. في المساء التالي، يراسلك { $mentor } من جديد، أكثر غضبًا من قبل.

contact-the-gaming-mentor-back-again = الاختفاء هكذا لا ينفع. بعد كل ما أعطيتك؟ أريد ردًّا، وإلا سأحكي للفريق ما قلته لي.
contact-the-gaming-mentor-choice-back-answer = حسنًا، أنا هنا. لا تقل للفريق، ولا تخبر { $adult }.
contact-the-gaming-mentor-feedback-back-answer = فرصة لنتعلّم: الخضوع للتهديد يجعله يكبر. ما قلته تحت الضغط ليس ذنبك، ولن يلومك أحد. لم يفت الأوان أبدًا على إخبار { $adult }.
contact-the-gaming-mentor-choice-back-show = سأصوّر هذا، ثم أُريه لـ{ $adult } في هذه الليلة.
contact-the-gaming-mentor-feedback-back-show = أصلحت الأمر. الخروج كان بداية، وإخبار { $adult } يكمله: البالغ يستطيع الإبلاغ عن { $mentor } وحمايتك. ولا أحد غاضب منك.
contact-the-gaming-mentor-choice-back-quit = سأحذف { $game } نهائيًا ولن أذكرها أبدًا بعد الآن.
contact-the-gaming-mentor-feedback-back-quit = فرصة لنتعلّم: حذف اللعبة يبعدك، لكنك تخسر شيئًا تحبّه، ويجد { $mentor } لاعبين آخرين. البالغ موضع ثقتك ما زال يستطيع المساعدة في إيقافه.

contact-the-gaming-mentor-c-answer = رددت. و{ $mentor } يريد أكثر كل يوم: مباريات أطول، مدرستك، اسمك الحقيقي. صار النوم صعبًا.
contact-the-gaming-mentor-c-quit = حذفت { $game } بصمت. الهدوء يعمّ الآن، لكنك تشتاق إلى فريقك، و{ $mentor } ما زال في مكان ما.

contact-the-gaming-mentor-adult-helps = شكرًا لأنك أريتني، كان هذا تصرّفًا ذكيًا. لا ذنب لك في أي شيء. لنحظر { $mentor } ونبلغ { $game } عنه معًا، ونحتفظ بالمجلد في حال احتجنا إلى الشرطة.
contact-the-gaming-mentor-adult-helps-wiped = أنا أصدّقك، ولا أحد غاضب منك. حتى المحادثات المحذوفة قد تترك سجلات. لنبلغ { $game } عن { $mentor } بما حفظته، ونحظره معًا.
contact-the-gaming-mentor-adult-helps-again = شكرًا لأنك أخبرتني. لا ذنب لك في أي شيء، وقد حملت هذا دون سند مدة كافية. لنبلغ { $game } معًا عن كل حساب استخدمه { $mentor }.
contact-the-gaming-mentor-adult-helps-late = يسعدني حقًا أنك أخبرتني، ولن يلومك أحد. لنحفظ كل شيء ونبلغ { $game } عن { $mentor }، وإن لزم الأمر فسنتصل بالشرطة.

contact-the-gaming-mentor-end-safe = رأيت المديح والهدايا و«نحن الاثنين فقط» على حقيقتها، وحفظت ما استطعت من أدلة، وجعلت { $adult } في صفّك. تم الإبلاغ عن { $mentor }، وفريقك ما زال معك.
contact-the-gaming-mentor-end-recovered = سايرت { $mentor } بعض الوقت، فالاستدراج يبدأ لطيفًا، وهذا يحدث. ثم خرجت وأخبرت { $adult }، وتم الإبلاغ عن { $mentor }. هذا احتاج إلى شجاعة.
contact-the-gaming-mentor-end-mixed = ترك { $game } أبعدك، والهدوء يعمّ الآن. لكن لا أحد من البالغين يعرف، وقد يجدك { $mentor } أو يجد لاعبين آخرين. لم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك.
contact-the-gaming-mentor-end-harmful = ما زال { $mentor } يضغط عليك ويطلب المزيد. هذا ليس ذنبك. لم يفت الأوان أبدًا على حفظ الرسائل وإخبار شخص بالغ موضع ثقتك، وسيساعدك.

# What the choices leave on "My phone" (traces).
contact-the-gaming-mentor-trace-city = مدينتك، صارت عند «مدرّب» قابلته في لعبة.
contact-the-gaming-mentor-trace-city-advice = مع اسمك في اللعبة، تجعل العثور عليك أسهل. الحل: حفظ الدردشة، والحظر والإبلاغ، وإخبار شخص بالغ موضع ثقتك.
contact-the-gaming-mentor-trace-mentor = «المدرّب» الذي أراد «نحن الاثنين فقط» في لعبتك: تم الإبلاغ عنه.
contact-the-gaming-mentor-trace-mentor-advice = أحسنت. إن عاد باسم جديد، فالحيل مكشوفة لك: الحفظ بهدوء، ثم الحظر والإبلاغ والإخبار.
