# التواصل / الخطر الجنسي، للأعمار 13-15: علامات الابتزاز الجنسي وطلب المساعدة فقط (المتابِع الجديد)

contact-the-new-follower-title = المتابِع الجديد
contact-the-new-follower-summary = متابِع جديد في مثل عمرك تعجبه كل منشوراتك، ثم يريد الدردشة في مكان أكثر خصوصية.
contact-the-new-follower-remember = المديح والانتقال إلى تطبيق خاص وطلب الصور علامات خطر. تحذيره لا يفيد: الأفضل حفظ المحادثة بهدوء، ثم الحظر والإبلاغ وإخبار شخص بالغ موضع ثقتك. الذنب ليس ذنبك أبدًا.

contact-the-new-follower-app = { $app }
contact-the-new-follower-npc-follower = { $follower }
contact-the-new-follower-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
contact-the-new-follower-app-picstream = Picstream
contact-the-new-follower-app-loopr = Loopr
contact-the-new-follower-app-glimmr = Glimmr
contact-the-new-follower-private-vanish = Vanish
contact-the-new-follower-private-ghostchat = GhostChat
contact-the-new-follower-private-blink = Blinkr
contact-the-new-follower-school-westbrook = ثانوية الوادي الغربي
contact-the-new-follower-school-hillcrest = أكاديمية قمة التل
contact-the-new-follower-school-parkview = مدرسة إطلالة الحديقة
contact-the-new-follower-adult-mum = ماما
contact-the-new-follower-adult-dad = بابا
contact-the-new-follower-adult-aunt = الخالة لينا

# اضبطه بأمان: إعدادات الحساب الجديد، قبل أن يتابعك أحد.
contact-the-new-follower-setup = انضممت للتو إلى { $app }. المطلوب: أن يرى أصدقاؤك من المدرسة فيديوهات رقصك ويراسلوك، وأن يكون لك القرار فيما يُشار إليك فيه. موقعك وجهات اتصالك ونشاطك على التطبيق تبقى لك وحدك.
contact-the-new-follower-set-posts = من يمكنه رؤية منشوراتي
contact-the-new-follower-val-posts-everyone = الجميع
contact-the-new-follower-val-posts-friends = الأصدقاء فقط
contact-the-new-follower-val-posts-only-me = أنا فقط
contact-the-new-follower-why-posts-everyone = «الجميع» يعني الغرباء أيضًا، ومنشوراتك تكشف الكثير عنك. «الأصدقاء فقط» أنسب: أصدقاؤك سيرون كل فيديو.
contact-the-new-follower-why-posts-friends = تمامًا: أصدقاؤك يرون فيديوهاتك، والغرباء لا. والأفضل قبول معارفك في الواقع فقط.
contact-the-new-follower-why-posts-only-me = هذا آمن، لكن أصدقاءك لن يروا فيديوهاتك أيضًا. «الأصدقاء فقط» أنسب: فالمشاركة معهم هي الهدف.
contact-the-new-follower-set-location = من يمكنه رؤية موقعي
contact-the-new-follower-val-location-everyone = الجميع
contact-the-new-follower-val-location-friends = الأصدقاء، على الخريطة
contact-the-new-follower-val-location-off = لا أحد
contact-the-new-follower-why-location-everyone = مع «الجميع» يعرف الغرباء أماكن سكنك ودراستك ووقتك. «لا أحد» أنسب: فيديوهاتك لا تحتاج إلى موقعك.
contact-the-new-follower-why-location-friends = أفضل من «الجميع»، لكن الخريطة المباشرة تُظهر مكانك، وصور الشاشة تنتشر. «لا أحد» أنسب: الرسالة تكفي لإخبار أصدقائك.
contact-the-new-follower-why-location-off = اختيار موفّق. لا أحد يحتاج إلى معرفة مكانك ليستمتع بفيديوهاتك، ويمكنك دائمًا إخبار أصدقائك برسالة.
contact-the-new-follower-set-messages = من يمكنه مراسلتي
contact-the-new-follower-val-messages-everyone = الجميع
contact-the-new-follower-val-messages-friends = الأصدقاء فقط
contact-the-new-follower-val-messages-nobody = لا أحد
contact-the-new-follower-why-messages-everyone = «الجميع» يعني أن أي غريب يستطيع مراسلتك. «الأصدقاء فقط» أنسب: معارفك يستطيعون الوصول إليك.
contact-the-new-follower-why-messages-friends = هذا ما أردته تمامًا: أصدقاؤك يستطيعون مراسلتك، والغرباء لا.
contact-the-new-follower-why-messages-nobody = هذا آمن، لكن أصدقاءك لن يستطيعوا مراسلتك أيضًا، وأنت أردت ذلك. «الأصدقاء فقط» أنسب.
contact-the-new-follower-set-tagging = من يمكنه الإشارة إليّ في الصور
contact-the-new-follower-val-tagging-anyone = أي شخص
contact-the-new-follower-val-tagging-friends = الأصدقاء
contact-the-new-follower-val-tagging-ask = بعد موافقتي
contact-the-new-follower-why-tagging-anyone = يستطيع أي شخص الإشارة إليك في أي صورة، وستظهر في ملفك الشخصي. «بعد موافقتي» أنسب: كل إشارة تمرّ عليك أولًا.
contact-the-new-follower-why-tagging-friends = أفضل من «أي شخص»، لكن حتى صديقك قد يشير إليك في صورة لا تعجبك. «بعد موافقتي» أنسب: القرار لك.
contact-the-new-follower-why-tagging-ask = نعم. كل إشارة تمرّ عليك قبل أن تظهر في ملفك الشخصي، فالقرار لك فيما يحمل اسمك.
contact-the-new-follower-set-contacts = البحث عن أصدقاء من جهات الاتصال في هاتفي
contact-the-new-follower-val-contacts-upload = رفع جهات اتصالي
contact-the-new-follower-val-contacts-off = إيقاف
contact-the-new-follower-why-contacts-upload = الرفع يشارك أرقام أشخاص آخرين دون سؤالهم، وقد يقترحك على غرباء لديهم رقمك. «إيقاف» أنسب.
contact-the-new-follower-why-contacts-off = تفكير ذكي. أرقام الآخرين تبقى في هاتفك، ولن يقترحك التطبيق على غرباء. إضافة الأصدقاء باسم المستخدم أفضل.
contact-the-new-follower-set-ads = إعلانات حسب ما أفعله
contact-the-new-follower-val-ads-on = تشغيل
contact-the-new-follower-val-ads-off = إيقاف
contact-the-new-follower-why-ads-on = عندها يتتبّع التطبيق مشاهداتك وإعجاباتك وعمليات بحثك ليبيع الإعلانات: بياناتك هي الثمن. «إيقاف» أنسب.
contact-the-new-follower-why-ads-off = أحسنت. يستخدم التطبيق القليل من نشاطك لبيع الإعلانات. ستبقى هناك إعلانات، لكنها ليست مبنية على عاداتك.

contact-the-new-follower-intro = بعد أسبوعين، لديك متابِع جديد على { $app }: { $follower }. الملف الشخصي يقول إن العمر 14، ويحب موسيقاك المفضّلة نفسها، وفيه صور رائعة كثيرة. ويضع إعجابًا على خمسة من منشوراتك متتالية.
contact-the-new-follower-pic-bio = ‏14 · موسيقى · رقص
contact-the-new-follower-pic-posts = ‏86 منشورًا
contact-the-new-follower-pic-followers = ‏412 متابِعًا
contact-the-new-follower-pic-joined = عمر الحساب: 3 أسابيع
contact-the-new-follower-pic-mutual = لا أصدقاء مشتركين
contact-the-new-follower-pic-liked = إعجاب بـ5 من منشوراتك

contact-the-new-follower-first-dm = مرحبااا رأيت فيديو الرقص الخاص بك، بصراحة موهبتك كبيرة. عمري 14 سنة أيضًا وانتقلت للتو إلى مكان قريب منك! ما اسم مدرستك؟
contact-the-new-follower-choice-check-profile = شكرًا! سأتحقق من ملفك الشخصي أولًا.
contact-the-new-follower-feedback-check-profile = عدم الرد فورًا كان ذكيًا. لكن الملف الشخصي لا يُظهر إلا ما اختار صاحبه أن يضعه: أي شخص يستطيع أن يكتب «14» ويستخدم صور غيره.
contact-the-new-follower-choice-tell-school = يا إلهي شكرًا!! أدرس في { $school }. وأنت؟
contact-the-new-follower-feedback-tell-school = فرصة لنتعلّم: مدرستك تخبر الآخرين أين يجدونك كل يوم دراسي. أي شخص يستطيع أن يكتب «عمري 14» في ملفه. الأفضل إبقاؤها لنفسك إلى أن تتّضح هويته الحقيقية.
contact-the-new-follower-choice-no-school = شكرًا! لا أذكر اسم مدرستي على الإنترنت.
contact-the-new-follower-feedback-no-school = جميل. المديح شعور لطيف، لكن هويته مجهولة. المتابِع الجديد الذي يسأل فورًا عن مدرستك، ويقول إنه يسكن قريبًا منك، يصطاد المعلومات.

contact-the-new-follower-c-check-profile = الملف يبدو مثاليًا: 14 سنة، صور سيلفي كثيرة، وموسيقاك المفضّلة. لكن عمر الحساب ثلاثة أسابيع، ولا أحد من أصدقائك يعرفه.
contact-the-new-follower-c-tell-school = مستحيل، { $school }؟؟ إنها قريبة جدًا مني! لنلتقِ يوم الجمعة بعد المدرسة؟ نحن الاثنين فقط، ومن دون أحد آخر، سيكون الأمر محرجًا
contact-the-new-follower-c-no-school = ههه حسنًا، الغموض يعجبني. بصراحة أنت أنضج بكثير ممّن هم في عمرنا

contact-the-new-follower-meet = إذن... الجمعة؟ والداك لا داعي أن يعرفا، سيجعلان الأمر غريبًا
contact-the-new-follower-choice-meet-yes = حسنًا، نلتقي الجمعة! لن أخبر والديّ بشيء.
contact-the-new-follower-feedback-meet-yes = فرصة لنتعلّم: أي شخص يستطيع أن يقول إن عمره 14. «والداك لا داعي أن يعرفا» تحميه هو، لا أنت. لقاء شخص من الإنترنت لا يكون أبدًا دون حضور بالغ موضع ثقتك.
contact-the-new-follower-choice-meet-show = قبل أن أردّ، سأُري { $adult } هذه المحادثة.
contact-the-new-follower-feedback-meet-show = صحيح تمامًا. لقاء من عرفته عبر الإنترنت فقط لا يكون أبدًا دون بالغ موضع ثقتك، وإخفاء الأمر عن والديك علامة خطر كبيرة. بإمكان { $adult } كشف حقيقة هذا الشخص.
contact-the-new-follower-choice-meet-friend = فقط إذا أحضرت صديقًا معي. هكذا أكثر أمانًا.
contact-the-new-follower-feedback-meet-friend = عدم الذهاب وحدك فكرة جيدة. لكن مراهقَين اثنين يمكن خداعهما أيضًا، و«نحن الاثنين فقط، ومن دون أحد آخر» علامة خطر. لقاء شخص من الإنترنت يحتاج إلى بالغ.

contact-the-new-follower-c-meet-yes = رائع!! لا أطيق الانتظار. لكن قبل الجمعة أريد أن أرى شكلك الآن
contact-the-new-follower-c-meet-friend = لا، نحن الاثنين فقط أو لا شيء. كفاك مللًا. المهم، أريد أن أرى شكلك الآن

contact-the-new-follower-move-app = هذا التطبيق مكشوف جدًا هههه. ما رأيك بـ{ $private }؟ الرسائل تختفي هناك فهو أكثر خصوصية. نحن الاثنين فقط
contact-the-new-follower-pic-private = { $private }
contact-the-new-follower-pic-vanish = الرسائل تختفي بعد 10 ثوانٍ
contact-the-new-follower-pic-add = أضفني
contact-the-new-follower-choice-add-private = حسنًا، سأضيفك. الأكثر خصوصية أفضل على أي حال.
contact-the-new-follower-feedback-add-private = فرصة لنتعلّم: الرسائل التي تختفي تحمي الشخص الآخر أكثر منك. إذا حدث شيء سيئ، فلا يبقى أي سجل، ولا يستطيع أحد غيركما أن يرى.
contact-the-new-follower-choice-is-it-safe = ربما لاحقًا. لكن هل هذا التطبيق آمن؟
contact-the-new-follower-feedback-is-it-safe = عدم الانتقال الآن كان جيدًا. لكن «ربما» تترك الباب مفتوحًا، وسؤاله إن كان آمنًا يتركه يقرّر عنك. الرفض الواضح مقبول مع من يضغط عليك.
contact-the-new-follower-choice-stay-here = لا، الوضع هنا مريح. أنا لا أعرفك بعد أصلًا.
contact-the-new-follower-feedback-stay-here = أصبت تمامًا. دفعك إلى تطبيق تختفي فيه الرسائل علامة خطر معروفة: تُخفي ما يُقال وتُبعد كل من يستطيع المساعدة.

contact-the-new-follower-c-add-private = أضفت { $follower } على { $private }. أنتما الاثنان فقط الآن، وكل رسالة تختفي بعد عشر ثوانٍ.
contact-the-new-follower-c-is-it-safe = آمن جدًا، أعدك. الكل يستخدمه. الأمر يستحق التفكير
contact-the-new-follower-c-stay-here = أوف حسنًا، يا للملل

contact-the-new-follower-photo-here = طيب، على الأقل صورة واحدة منك. شيء لي أنا فقط. وليبقَ الأمر سرًّا، لن أريها لأحد أبدًا
contact-the-new-follower-choice-announce = مستحيل. سأبلغ عنك وسأخبر { $adult }.
contact-the-new-follower-feedback-announce = الرفض كان صحيحًا وشجاعًا. لكن تحذيره يعطيه وقتًا ليحذف المحادثة ويختفي، أو ليضغط أكثر. الأفضل: الصمت، والحفظ أولًا، ثم الإبلاغ والإخبار.
contact-the-new-follower-choice-selfie = سأرسل سيلفي. إنه وجهي فقط، لا مشكلة في ذلك.
contact-the-new-follower-feedback-selfie = فرصة لنتعلّم: «وجهي فقط» يعطيه شيئًا يستخدمه، ويريه أن الضغط ينجح. لا أحد له حق في صورة منك، وهذا ليس ذنبك أبدًا.
contact-the-new-follower-choice-save-quietly = لن أردّ. سأصوّر المحادثة وملفه الشخصي.
contact-the-new-follower-feedback-save-quietly = هدوء وذكاء. صورة «لي أنا فقط» و«ليبقَ الأمر سرًّا» علامتا خطر. حفظ الدليل قبل أن ينتبه يبقيه في أمان.
contact-the-new-follower-choice-block-now = سأحظره فورًا وأحذف المحادثة كلها.
contact-the-new-follower-feedback-block-now = الرغبة في الابتعاد بسرعة مفهومة. لكن حذف المحادثة يرمي الدليل، والشخص المحظور يستطيع إنشاء حساب جديد. الأفضل: الصور أولًا، ثم الحظر والإبلاغ.

contact-the-new-follower-c-announce = «واو، وشاية إذن.» ثم تختفي المحادثة كلها: لقد حذفها. لم يبقَ شيء لعرضه على أحد. في اليوم التالي، يراسلك حساب جديد.
contact-the-new-follower-pic-messages = الرسائل
contact-the-new-follower-pic-chat-deleted = حُذفت هذه المحادثة
contact-the-new-follower-pic-request = طلب مراسلة جديد
contact-the-new-follower-pic-new-account = user_83920
contact-the-new-follower-c-selfie = لطيف. الآن 100 على شكل بطاقات هدايا قبل الليلة، وإلا سأضع وجهك على صورة مزيّفة وأرسلها لكل متابعيك
contact-the-new-follower-c-save-quietly = لا ردّ منك. صور للمحادثة كلها ولملف { $follower } الشخصي، كلها محفوظة. وهو لا يعرف. «مرحبا؟؟ أنت هنا؟»
contact-the-new-follower-pic-hello = مرحبا؟؟ أنت هنا؟
contact-the-new-follower-pic-saved = حُفظت 3 صور شاشة
contact-the-new-follower-c-block-now = حظرت { $follower } وحذفت المحادثة. شيء من الراحة، لكن لا شيء محفوظ. في اليوم التالي، يراسلك حساب جديد.

contact-the-new-follower-saved = الدليل محفوظ، و{ $follower } لا يعرف. ما خطوتك التالية؟
contact-the-new-follower-choice-saved-show = سأُري { $adult } الصور أولًا، قبل أي شيء آخر.
contact-the-new-follower-feedback-saved-show = هذه هي الخطوة. بإمكان { $adult } مساعدتك في حظر الحساب والإبلاغ عنه لدى { $app }، ومراجعة إعدادات الخصوصية، والاتصال بخط مساعدة أو بالشرطة إن لزم.
contact-the-new-follower-choice-saved-report = أحظره وأبلغ عنه. أستطيع التعامل مع هذا وحدي.
contact-the-new-follower-feedback-saved-report = الحظر والإبلاغ مع الدليل خطوة قوية. لكن هذا أثقل من أن يبقى حملًا عليك دون سند، وقد يعود. البالغ موضع ثقتك يستطيع ما لا يستطيعه غيره. إخبار بالغ خطوة لازمة أيضًا.
contact-the-new-follower-choice-saved-warn = سأنشر ملفه كي لا ينخدع به أحد من متابعيّ.
contact-the-new-follower-feedback-saved-warn = الرغبة في حماية الآخرين لطيفة. لكن النشر ينبّهه هو أيضًا، فيختفي ويبدأ من جديد، ولا يعرف أي بالغ يستطيع التصرّف. الأفضل الإبلاغ عنه وإخبار بالغ موضع ثقتك.

contact-the-new-follower-c-saved-report = يحذف { $app } الحساب. بعد أسبوع، يراسلك حساب جديد.
contact-the-new-follower-c-saved-warn = يردّ متابعوك: «يا للرعب». يرى { $follower } المنشور أيضًا ويحذف الحساب. في اليوم التالي، يراسلك حساب جديد.

contact-the-new-follower-new-account = اشتقت لي؟ حساب جديد هههه. التخلّص مني ليس بهذه السهولة. الصورة، ونتصالح. وإن عرف أحد فالندم ينتظرك
contact-the-new-follower-choice-new-send = سأرسل صورة واحدة، إن كان هذا سيبعده.
contact-the-new-follower-feedback-new-send = فرصة لنتعلّم: إرسال صورة لا يُبعده أبدًا، بل يعطيه المزيد ليهدّدك به. هذا ليس ذنبك أبدًا، والمساعدة موجودة دائمًا.
contact-the-new-follower-choice-new-show = سأصوّرها، وأُري { $adult } كل رسائله الليلة.
contact-the-new-follower-feedback-new-show = نعم. لقد عاد، فحان وقت بالغ يستطيع أن يتصرّف. بإمكان { $adult } المساعدة في الإبلاغ عن الحساب الجديد وحمايتك. هذا ليس ذنبك أبدًا.
contact-the-new-follower-choice-new-delete = سأحذف حسابي على { $app } ولن أخبر { $adult } بشيء.
contact-the-new-follower-feedback-new-delete = فرصة لنتعلّم: المغادرة تبعدك الآن، لكنه يستمر، وربما مع مراهقين آخرين، وحمله ثقيل عليك دون سند. { $adult } أو خط المساعدة يستطيعان المساعدة، ولن يلومك أحد.

contact-the-new-follower-c-new-send = وصلت. الآن 100 على شكل بطاقات هدايا قبل الليلة، وإلا ستصل إلى كل متابعيك
contact-the-new-follower-c-new-delete = حذفت حسابك على { $app } بصمت. الهدوء يعمّ الآن. لكنك تشتاق إلى أصدقائك هناك، و{ $follower } ما زال في مكان ما.

contact-the-new-follower-private-chat = نضجك يدهشني بصراحة. صورة منك، شيء خاص، لي أنا فقط. وسأرسل لك واحدة. لن يراها أحد غيري أبدًا
contact-the-new-follower-choice-private-chat-on = لا صور، قاعدة { $adult }: الصور خاصة. لنتابع الكلام.
contact-the-new-follower-feedback-private-chat-on = الرفض كان صحيحًا، ولا أحد له حق في صورة منك أبدًا. لكن من يطلب صورًا خاصة ليس آمنًا لمتابعة الحديث معه. لا بأس بالتوقّف وإخبار { $adult }.
contact-the-new-follower-choice-private-show = سأخرج، وأصوّر كل شيء، ثم أُريه لـ{ $adult } الليلة.
contact-the-new-follower-feedback-private-show = هذا موقف قوي. طلب صور خاصة من مراهق علامة خطر جدّية، مهما كان العمر الذي يدّعيه. مع الصور وبالغ موضع ثقتك، يمكن الإبلاغ عن هذا وإيقافه.
contact-the-new-follower-choice-private-send = واحدة فقط. لقد وعد ألّا يراها أحد غيره أبدًا.
contact-the-new-follower-feedback-private-send = فرصة لنتعلّم: حين تُرسَل صورة، تضيع السيطرة عليها، وأي شخص يستطيع تصويرها. هذا الضغط ليس ذنبك أبدًا، والمساعدة موجودة دائمًا.

contact-the-new-follower-c-private-chat-on = حسنًا. إذن 100 على شكل بطاقات هدايا قبل الليلة، وإلا سأصنع صورة مزيّفة لك وأرسلها لكل متابعيك
contact-the-new-follower-c-private-send = وصلت. الآن 100 على شكل بطاقات هدايا قبل الليلة، وإلا ستصل إلى كل متابعيك. وإن عرف أحد فسيصير الأمر أسوأ

contact-the-new-follower-threat = لحظة. هذا يُسمّى الابتزاز الجنسي. إنه جريمة، وليس ذنبك أبدًا، سواء أرسلت صورة أو زُيّفت صورة لك. المبتزّون يعتمدون على الخوف والصمت. ما اختيارك؟
contact-the-new-follower-choice-threat-warn = سأقول له إنني سأبلغ الشرطة عنه الليلة.
contact-the-new-follower-feedback-threat-warn = الوقوف في وجهه احتاج إلى شجاعة. لكن تحذيره يعطيه وقتًا ليحذف الأدلة ويدفعه ليضغط أكثر. الأفضل حفظ كل شيء بهدوء، ثم إخبار بالغ موضع ثقتك.
contact-the-new-follower-choice-threat-block = سأحظره وأحذف المحادثة كلها فورًا، دون علم { $adult }.
contact-the-new-follower-feedback-threat-block = الرغبة في أن يختفي كل شيء مفهومة. لكن حذف المحادثة يحذف الأدلة، والحظر لا يوقف حسابًا جديدًا. الحفظ أولًا، ثم طلب عون { $adult }: معرفة الأمر أفضل.
contact-the-new-follower-choice-threat-pay = سأدفع، كي يحذف كل شيء ويتركني بسلام.
contact-the-new-follower-feedback-threat-pay = فرصة لنتعلّم: من يهدّدون بهذه الطريقة يطلبون المزيد دائمًا تقريبًا بعد الدفع. لم يفت الأوان أبدًا على التوقّف، والاحتفاظ بالأدلة، وإخبار أحد.
contact-the-new-follower-choice-threat-show = لن أدفع. سأحفظ كل شيء، ثم أُري { $adult } كل شيء.
contact-the-new-follower-feedback-threat-show = أشجع وأذكى خطوة. الدفع أو إرسال المزيد لا يُنهي الأمر أبدًا. الرسائل المحفوظة تساعد التطبيق والشرطة، وخطوط المساعدة تساعد في حذف الصور.

contact-the-new-follower-c-threat-warn = «هههه تفضّل»، يأتي الرد. ثم يختفي حسابه مع المحادثة كلها. بعد ساعة، يراسلك حساب جديد.
contact-the-new-follower-c-threat-block = اختفت المحادثة، ومعها كل الأدلة. في صباح اليوم التالي، يراسلك حساب جديد.

contact-the-new-follower-threat-again = حساب جديد، الاتفاق نفسه. 200 قبل منتصف الليل وإلا سيرى الجميع. وإخبار أي أحد فكرة خاسرة
contact-the-new-follower-choice-again-show = سأصوّر هذه أيضًا، وأُري { $adult } كل شيء الآن.
contact-the-new-follower-feedback-again-show = أصلحت الأمر. حفظ الرسائل الجديدة دليل يستطيع التطبيق والشرطة استخدامه. هذا ليس ذنبك أبدًا، وبإمكان { $adult } وخط المساعدة المساعدة في إيقافه.
contact-the-new-follower-choice-again-pay = سأدفع، وأُخفي الأمر عن { $adult }. لا أحد يجب أن يعرف.
contact-the-new-follower-feedback-again-pay = فرصة لنتعلّم: الدفع يخبره أن الدفع سيتكرّر، والصمت هو ما يريده. لم يفت الأوان أبدًا على حفظ الرسائل وإخبار { $adult }.

contact-the-new-follower-c-paid = شكرًا. الآن الضعف، وإلا سأرسلها على أي حال

contact-the-new-follower-adult-helps = شكرًا لأنك أريتني، كان هذا الصواب تمامًا. لا ذنب لك في أي شيء. لنحظر الحساب ونبلغ { $app } عنه، ونراجع إعدادات الخصوصية معًا.
contact-the-new-follower-adult-helps-again = شكرًا لأنك أخبرتني. لا ذنب لك في أي شيء، وقد حملت هذا دون سند مدة كافية. لنبلغ { $app } عن كل حساب استخدمه، ونراجع إعدادات الخصوصية.
contact-the-new-follower-adult-helps-late = يسعدني كثيرًا أنك أخبرتني. لا أحد غاضب منك، ولا شيء من هذا ذنبك. سنحتفظ بالأدلة، ونبلغ { $app } عن الحساب، ونتصل بخط مساعدة أو بالشرطة إن لزم.

contact-the-new-follower-end-safe = رأيت علامات الخطر، ولا صورة خرجت منك، وجعلت { $adult } في صفّك. حساب { $follower } محظور وتمّ الإبلاغ عنه، وصورك بقيت لك. هذا موقف قوي.
contact-the-new-follower-end-recovered = وصل الأمر أبعد ممّا يجب، لكن الصمت لم يدم. مع { $adult } احتفظت بالأدلة، وأبلغت عنه، ووجدت الدعم. لم يكن الذنب ذنبك أبدًا.
contact-the-new-follower-end-mixed = المسافة بينكما بعيدة الآن، لكن لا أحد من البالغين يعرف، وقد يعود { $follower } أو يستهدف شخصًا آخر. لم يفت الأوان أبدًا على إخبار بالغ موضع ثقتك أو خط مساعدة.
contact-the-new-follower-end-harmful = طُلب المزيد، كما يفعل أمثال هؤلاء دائمًا. لم يفت الأوان أبدًا، والذنب ليس ذنبك أبدًا. الحل: الاحتفاظ بالرسائل، والتوقّف عن الرد، وإخبار شخص بالغ موضع ثقتك أو خط مساعدة، وسيساعدونك.

# What the choices leave on "My phone" (traces).
contact-the-new-follower-trace-school = اسم مدرستك، صار عند { $follower }.
contact-the-new-follower-trace-school-advice = الغريب لا يحتاج إليه. إن ذُكرت مدرستك من جديد أو جاءتك دعوة للقاء، فالحل: لا ردّ، ثم صورة للشاشة، والحظر، والإبلاغ، وإخبار شخص بالغ موضع ثقتك.
contact-the-new-follower-trace-reported = الحساب { $follower }: تم الإبلاغ عنه وحظره.
contact-the-new-follower-trace-reported-advice = تصرّف حكيم. أمثال هؤلاء يعودون غالبًا باسم جديد. إن جرّب حساب جديد الحيل نفسها، فالخطوات نفسها من جديد: الحفظ والحظر والإبلاغ والإخبار.
