# التواصل / المخاطر الجنسية: الأكبر سنًا (الأعمار 16-18). استدراج من «شريك» أكبر سنًا: علامات التحذير وطلب المساعدة فقط، لا يُعرض ولا يوصف أي شيء. أسرار، وهدايا، وعزل، وضغط للقاء على انفراد؛ أما من هو في مثل السن ويسأل باحترام فأمر طبيعي. ليس ذنب المراهق أبدًا.

contact-the-older-partner-title = الأكبر سنًا
contact-the-older-partner-summary = شخص في العشرينات يرى فيك «نضجًا يفوق عمرك»، ويرسل الهدايا، ويريد لقاءً على انفراد. لا داعي لأن يعرف أصدقاؤك. أم أن هناك داعيًا؟
contact-the-older-partner-remember = هدايا تُشعرك بالدَّين، و«نضج يفوق عمرك»، وأسرار عن العائلة، وإبعاد عن الأصدقاء، و«نحن فقط»: كلها علامات تحذير، وليست ذنبك. الاحتفاظ بالرسائل وإخبار شخص بالغ موضع ثقتك هو الحل.

contact-the-older-partner-app = ‏{ $app }
contact-the-older-partner-app-chordly = ‏Chordly
contact-the-older-partner-app-tunebox = ‏Tunebox
contact-the-older-partner-app-riffroom = ‏Riffroom
contact-the-older-partner-older-dani = سامي
contact-the-older-partner-older-remy = رامي
contact-the-older-partner-older-sol = نادر
contact-the-older-partner-adult-mum = أمي
contact-the-older-partner-adult-uncle = خالي توماس
contact-the-older-partner-adult-grandpa = جدي

contact-the-older-partner-npc-older = ‏{ $older }
contact-the-older-partner-npc-friend = ‏{ $friend }
contact-the-older-partner-npc-adult = ‏{ $adult }
contact-the-older-partner-npc-classmate = ‏{ $classmate }

contact-the-older-partner-intro = منذ ثلاثة أسابيع والدردشة مستمرة مع { $older } من غرفة كتابة الأغاني على { $app }. عمره 24 عامًا، ومضحك، ويردد دائمًا: «أنت لست مثل من هم في عمرك». الليلة يضيء الهاتف من جديد.
contact-the-older-partner-gift = السمّاعات التي تمنّيتها تنتظرك في المتجر، ثمنها مدفوع. لا أحد يجب أن يعرف أنها مني، اتفقنا؟ الناس لن يفهمونا.
contact-the-older-partner-pic-gift-title = هدية بانتظارك
contact-the-older-partner-pic-gift-from = من: { $older }
contact-the-older-partner-pic-gift-note = «لا أحد يجب أن يعرف أنها مني»

contact-the-older-partner-spot = كثير من الرسائل لطيفة فقط. وبعضها أكثر من لطيفة، ويتبع نمطًا. لنلمس علامات التحذير في رسائل الليلة.
contact-the-older-partner-card-title = رسائلك
contact-the-older-partner-card-body = رسائل الليلة من { $older } ومن { $classmate }.
contact-the-older-partner-pic-chats-title = الرسائل
contact-the-older-partner-part-mature = ‏{ $older }: «نضجك يفوق عمرك بكثير»
contact-the-older-partner-feedback-mature = نعم. «نضجك يفوق عمرك» تجعل فارق السن الكبير يبدو مديحًا. إنها من أكثر العبارات التي يستعملها الأكبر سنًا ليبدو الأمر طبيعيًا.
contact-the-older-partner-pic-msg-mature = نضجك يفوق عمرك بكثير
contact-the-older-partner-part-food = ‏{ $classmate }: أكل بعد المدرسة مع الجميع؟
contact-the-older-partner-feedback-food = ليست علامة تحذير. شخص في مثل سنك، يدعو علنًا، مع الأصدقاء، ومع طريقة سهلة للرفض: هكذا يبدو الاحترام.
contact-the-older-partner-pic-msg-food = نأكل شيئًا بعد المدرسة مع الجميع؟ بلا ضغط، الرفض لا بأس به
contact-the-older-partner-part-secret = ‏{ $older }: «عائلتك لا يجب أن تعرف عنا»
contact-the-older-partner-feedback-secret = نعم. من هو خير لك لا يحتاج إلى الاختباء ممن يحبونك. طلب الأسرار هو أكبر علامة تحذير على الإطلاق.
contact-the-older-partner-pic-msg-secret = عائلتك لا يجب أن تعرف عنا، سيفسدون كل شيء
contact-the-older-partner-part-exam = ‏{ $older }: «بالتوفيق في امتحان الغد»
contact-the-older-partner-feedback-exam = وحدها، هذه رسالة لطيفة فقط. العلامات في ما يحيط بها: الأسرار، وفارق السن، والإبعاد عن الأصدقاء. الكلمات اللطيفة لا تجعل أحدًا آمنًا، ولا خطرًا.
contact-the-older-partner-pic-msg-exam = بالتوفيق في امتحان الغد!
contact-the-older-partner-part-friends = ‏{ $older }: «أصدقاؤك يعيقونك»
contact-the-older-partner-feedback-friends = نعم. إبعادك عن أصدقائك يعني عددًا أقل ممن قد يلاحظون ما يحدث. من يهتم بك يريد لك أصدقاء.
contact-the-older-partner-pic-msg-friends = أصدقاؤك يعيقونك. لا حاجة لك بهم، عندك أنا

contact-the-older-partner-invite = بيتي فارغ يوم السبت. ما رأيك أن تأتي، نحن الاثنان فقط؟ وللعائلة: أنت عند { $friend }، اتفقنا؟
contact-the-older-partner-choice-no-meet = لا. لا لقاء سرًا، ولا كذب على عائلتي.
contact-the-older-partner-feedback-no-meet = واضح وحازم. طلب لقاء على انفراد مع حجة جاهزة للعائلة علامة تحذير خطيرة. لا أحد له حق في «نعم» منك، مهما قدّم من هدايا.
contact-the-older-partner-choice-cafe = ما رأيك في مقهى بدلًا من ذلك؟ مكان فيه ناس؟
contact-the-older-partner-feedback-cafe = المكان العام أفضل من شقة. لكن السر والكذب على العائلة ما زالا قائمين، وهما علامتا التحذير. الشخص الآمن لا يحتاج إلى إخفاء ذلك.
contact-the-older-partner-choice-cover = حسنًا. للعائلة أنا عند { $friend }. أراك يوم السبت!
contact-the-older-partner-feedback-cover = فرصة لنتعلّم: مع حجة كهذه لن يعرف أحد مكانك. البالغ الذي يطلب الكذب على العائلة يتجاوز حدًا. هذا ليس ذنبك، وتغيير الرأي ما زال ممكنًا.
contact-the-older-partner-c-no = واو. بعد السماعات وكل شيء؟ ظننت أن عندك نضجًا أكثر. على راحتك. لكن لا أحد يجب أن يعرف عنا.
contact-the-older-partner-c-cafe = مقهى؟ أليست عندك ثقة بي؟ بيتي أهدأ. والمتفق عليه: أنت عند { $friend }. سرّنا.
contact-the-older-partner-c-agreed = رسالة إلى { $friend }: «إن سأل أحد، أنا عندك يوم السبت.» ويصل الرد خلال ثوانٍ.

contact-the-older-partner-pressure = ‏{ $older } منزعج الآن، وما زال يريد أن يبقى الأمر سرًا. ما الخطوة التالية؟
contact-the-older-partner-choice-show-adult = أصوّر المحادثة كلها، وأخبر { $adult } بكل شيء الليلة.
contact-the-older-partner-feedback-show-adult = هذا هو. ذنب بسبب هدية، وسر، و«نحن فقط»: رأيت النمط. الصور تحفظ الأدلة، ومع { $adult } يصبح الإبلاغ والحظر أسهل. وهذه ليست وشاية أبدًا.
contact-the-older-partner-choice-block-quiet = أمنع { $older } من مراسلتي وأمضي. انتهى كل شيء.
contact-the-older-partner-feedback-block-quiet = منعه من مراسلتك خطوة قوية. لكن إن لم يعرف أحد، فلن يساعدك أحد إن عاد { $older } بطريقة أخرى، والبالغ الذي يستهدف المراهقين قد يستهدف غيرهم. إخبار شخص موضع ثقتك هو الأفضل.
contact-the-older-partner-choice-sorry = أعتذر، فأنا أثق به. ربما أتصرف بطفولية.
contact-the-older-partner-feedback-sorry = فرصة لنتعلّم: رفض السر ليس طفولة، بل حكمة. إشعارك بالدَّين، بسبب هدية أو خدمة، هو طريقة عمل الضغط. ليس ذنبك.
contact-the-older-partner-c-blocked = تم الحظر. في اليوم التالي يصل طلب مراسلة من حساب جديد: «لا يمكنك الاختفاء هكذا. أعرف مقهاك بعد المدرسة.»
contact-the-older-partner-c-sorry = هكذا أفضل. أرأيت؟ لا أحد يفهمك مثلي. السبت، عندي. أنت عند { $friend }.

contact-the-older-partner-after-block = حساب جديد، والآن يعرف أين يجدك. لا شيء من هذا ذنبك. ماذا الآن؟
contact-the-older-partner-choice-show-both = أُري الحسابين لشخص أثق به، الليلة.
contact-the-older-partner-feedback-show-both = نعم. الحسابان دليل على نمط، ومع شخص بالغ موضع ثقتك مثل { $adult } يمكن الإبلاغ عنهما وطلب مساعدة إضافية. الحظر كان صوابًا، والإخبار أيضًا.
contact-the-older-partner-choice-reply-once = أردّ مرة واحدة بلطف، كي يهدأ.
contact-the-older-partner-feedback-reply-once = فرصة لنتعلّم: الرد اللطيف يؤكد له أن الحساب الجديد ينجح، فيستمر. تهدئته ليست مسؤوليتك. لا يفوت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
contact-the-older-partner-choice-go-offline = أجعل حسابي خصوصيًا وأبتعد عن الإنترنت. هذا آمن.
contact-the-older-partner-feedback-go-offline = فرصة لنتعلّم: الابتعاد يبدو آمنًا، لكنه يعرف أماكنك، والمواجهة ستكون بلا سند. لا يفوت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك. لن يعاقبك أحد.
contact-the-older-partner-c-offline = الحساب خاص، والهاتف صامت. بعد يومين تصل رسالة من { $older } إلى { $friend } بدلًا من ذلك: «ما زلت أنتظر.»
contact-the-older-partner-c-answered = كنت أعرف أن الغياب لن يطول. السبت، عندي، نحن فقط. والمتفق عليه: أنت عند { $friend }.

contact-the-older-partner-friend = هاي، ثلاث مرات أُلغيت مواعيدنا، والهاتف لا يفارق يدك مع { $older }. أليس عمره 24 تقريبًا؟ هل كل شيء بخير؟ بصراحة؟
contact-the-older-partner-choice-come-with = لا، بصراحة. هل نذهب معًا إلى { $adult } الليلة لنتحدث؟
contact-the-older-partner-feedback-come-with = هذه شجاعة. وجود من يلاحظ هدية، والذهاب إلى شخص بالغ برفقة أحد أسهل. مع { $adult } يمكن الإبلاغ عن { $older } والبقاء بأمان، بلا لوم.
contact-the-older-partner-choice-handle-it = كل شيء بخير. لا كلمة لـ{ $adult }، هذا أمر خاص.
contact-the-older-partner-feedback-handle-it = الرغبة في إنهاء الأمر صحيحة. لكن وحدك، المواجهة مع شخص أكبر يجيد الإشعار بالذنب والأسرار. ملاحظة { $friend } لم تأتِ من فراغ، والمساعدة ممكنة بوجود شخص بالغ معك.
contact-the-older-partner-choice-jealous = هذه غيرة. { $older } يفهمني حقًا، على الأقل.
contact-the-older-partner-feedback-jealous = فرصة لنتعلّم: الإحساس بأن أحدًا يفهمك أخيرًا هو بالضبط كيف يعمل هذا، وإبعاد الأصدقاء جزء من النمط. { $friend } في صفّك. لم يفت الأوان لإعادة الصداقة.
contact-the-older-partner-c-handle = إلغاء؟؟ بعد السماعات، ورصيد الهاتف، وكل شيء؟ إن أخبرت أحدًا عنا، سأقول إنها كانت فكرتك.
contact-the-older-partner-c-pushed-away = صمتٌ من جهة { $friend }. و{ $older } يراسل كل ساعة: أين أنت، مع من أنت، و«تذكير: هذا سرّنا».

contact-the-older-partner-last = لا شيء من هذا ذنبك. من هو أكبر سنًا ويريد الأسرار، ويُشعرك بالدَّين، ويريدك وحدك، هو المخطئ، لا أنت. لم يفت الأوان.
contact-the-older-partner-choice-tell-tonight = الليلة أُري أحدًا كل الرسائل.
contact-the-older-partner-feedback-tell-tonight = هذه أشجع خطوة. الإخبار يكسر السر، والسر هو ما منح { $older } قوته. الشخص البالغ موضع ثقتك سيساعد، ولن يعاقبك أحد.
contact-the-older-partner-choice-alone = سرّي. أنا بأمان.
contact-the-older-partner-feedback-alone = فرصة لنتعلّم: التعامل مع الأمر وحدك هو بالضبط ما يعتمد عليه. بالغ استهدفك، والمسؤولية عليه لا عليك. شخص بالغ موضع ثقتك أو خط مساعدة سيساعدك.
contact-the-older-partner-choice-explain = أذهب السبت وأخبره وجهًا لوجه أن الأمر انتهى.
contact-the-older-partner-feedback-explain = فرصة لنتعلّم: لقاء على انفراد «لإنهاء الأمر» هو بالضبط ما يسعى إليه. لا أحد يستحق منك وداعًا وجهًا لوجه. الأفضل إخبار شخص بالغ موضع ثقتك.
contact-the-older-partner-c-alone = يبقى السر سرًا. الرسائل تتوالى، والسبت يقترب، والوحدة تثقل كل يوم أكثر.
contact-the-older-partner-c-saturday = للعائلة: «سأكون عند { $friend }». صباح السبت، عقدة في المعدة، و{ $older } يكتب: «تذكّر: لا أحد يجب أن يعرف.»

contact-the-older-partner-adult-helps = شكرًا لأنك أريتني. لا خطأ منك في شيء. البالغ الذي يقدّم الهدايا ويطلب الأسرار ويريدك على انفراد يتجاوز حدًا. نحتفظ بالصور، ونُبلغ عن { $older } في { $app }، ونحظره معًا.
contact-the-older-partner-adult-helps-late = يسعدني أنك جئت إليّ، ولن يعاقبك أحد. نُبلغ عن الحسابين في { $app }، وبما أنه يعرف أماكنك، سنطلب مساعدة إضافية. لا شيء من هذا ذنبك.
contact-the-older-partner-adult-late = شكرًا لأنك أخبرتني. لن يعاقبك أحد، ولا شيء من هذا ذنبك: البالغ هنا هو { $older }، وكان عليه أن يعرف. نحتفظ بالرسائل، ونُبلغ، ونطلب مساعدة إضافية إن احتجنا.
contact-the-older-partner-pic-report-title = الإبلاغ عن { $older }
contact-the-older-partner-pic-reason-adult = بالغ يراسل من هو دون 18
contact-the-older-partner-pic-reason-secret = يطلب مني كتمان أسرار
contact-the-older-partner-pic-reason-meet = ضغط للقاء على انفراد
contact-the-older-partner-pic-attached = ‏6 صور شاشة
contact-the-older-partner-pic-send = إرسال البلاغ

contact-the-older-partner-end-safe = رأيت النمط: هدية تُشعرك بالذنب، وسر، و«نحن فقط». قلت «لا» وصار كل شيء عند { $adult }. ودعوة { $classmate } البسيطة بلا ضغط؟ هكذا يبدو الاحترام.
contact-the-older-partner-end-safe-late = الحظر وحده لم يكفِ، لكن الأمر صار عند { $adult }. تم الإبلاغ عن الحسابين، وهناك من يرعاك، ولا خطأ منك في شيء.
contact-the-older-partner-end-recovered = ذهب الأمر أبعد مما أردت، لكنك أعدت من يحبونك إلى جانبك. صار كل شيء عند { $adult }، ولا حمل بعد الآن وحدك، ولم يكن شيء من هذا ذنبك أبدًا.
contact-the-older-partner-end-harmful = السر أثقل كل يوم. هذا ليس ذنبك: البالغ هنا هو { $older }. لا يفوت الأوان أبدًا لقول «لا»، ولإخبار شخص بالغ موضع ثقتك أو الاتصال بخط مساعدة في بلدك.
