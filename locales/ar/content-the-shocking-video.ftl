# المحتوى / العدوانية: الفيديو الصادم (الأعمار 13-15)

content-the-shocking-video-title = الفيديو الصادم
content-the-shocking-video-summary = فيديو عنيف يصل إلى مجموعة صفّك، والغريب الذي نشره يريد أن يرسل لك المزيد.
content-the-shocking-video-remember = لست مضطرًا أبدًا إلى مشاهدة شيء مزعج أو مشاركته، ولا بأس أن تشعر بالاضطراب. أبلغ عنه، وخذ استراحة، وتحدّث مع شخص بالغ تثق به.

content-the-shocking-video-app = { $app }
content-the-shocking-video-npc-stranger = { $stranger }
content-the-shocking-video-npc-friend = { $friend }
content-the-shocking-video-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
content-the-shocking-video-app-chatterly = Chatterly
content-the-shocking-video-app-groupnest = GroupNest
content-the-shocking-video-app-pingpal = PingPal
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = ماما
content-the-shocking-video-adult-dad = بابا
content-the-shocking-video-adult-aunt = الخالة ورد

content-the-shocking-video-intro = الساعة 10 مساءً ومجموعة صفّك على { $app } مليئة بميمات الواجبات. قبل ساعة، انضمّ شخص لا يعرفه أحد، { $stranger }، عبر رابط الدعوة الخاص بالمجموعة.
content-the-shocking-video-pic-class-chat = مجموعة الصف
content-the-shocking-video-pic-joined = انضمّ { $stranger } عبر رابط الدعوة
content-the-shocking-video-video-drop = شجار حقيقي مصوّر، يصير سيئًا جدًا في النهاية. شاهدوه قبل أن يُحذف! أرسلوه إلى كل مجموعة أنتم فيها.
content-the-shocking-video-pic-forwarded = أُعيد توجيهه مرات كثيرة
content-the-shocking-video-pic-cover-title = محتوى حسّاس
content-the-shocking-video-pic-cover-body = قد يكون هذا الفيديو مزعجًا
content-the-shocking-video-pic-view = مشاهدة الفيديو
content-the-shocking-video-pic-duration = 0:47

content-the-shocking-video-friend-reacts = هل شاهده أحد؟ يقولون إن أحدًا أُصيب إصابة بالغة. هل أفتحه؟
content-the-shocking-video-choice-dont-open = لا تفتحه. أبلغت عنه. ولا يرسله أحد، اتفقنا؟
content-the-shocking-video-feedback-dont-open = خطوة قوية. الفيديوهات العنيفة قد تعلق في رأسك، وكل مشاركة تؤذي الشخص الذي فيه من جديد. البلاغ يساعد { $app } على حذفه للجميع.
content-the-shocking-video-choice-scroll-past = لن أفتحه. الأكثر أمانًا أن أتجاوزه ولا أتدخّل.
content-the-shocking-video-feedback-scroll-past = عدم المشاهدة يحميك، قرار جيد. لكن الفيديو ما زال ينتشر في صفّك. بلاغ سريع وعبارة «أرجوكم لا تشاركوه» قد يوقفانه.
content-the-shocking-video-choice-watch-quick = افتحه بسرعة قبل أن يُحذف. ثم نقرّر ماذا نفعل.
content-the-shocking-video-feedback-watch-quick = فرصة لنتعلّم: «شاهدوه قبل أن يُحذف» طُعم ليجعلك تضغط. لست مضطرًا أبدًا إلى مشاهدة شيء لمجرد أن الجميع يتحدثون عنه.

content-the-shocking-video-c-reported = تبلغ عن الفيديو. ويصلك ردّ من { $friend }: «حسنًا، لن أفتحه.» ويضيف اثنان آخران: «ولا نحن، لن نشاركه.»
content-the-shocking-video-pic-reply-ok = حسنًا، لن أفتحه.
content-the-shocking-video-pic-reply-same = ولا أنا، لن أشاركه.
content-the-shocking-video-pic-report-thanks = شكرًا على الإبلاغ
content-the-shocking-video-pic-report-review = سنراجع هذا الفيديو
content-the-shocking-video-pic-report-reason = عنف
content-the-shocking-video-pic-done = تم
content-the-shocking-video-c-scrolled = تتجاوزه. وبحلول العاشرة والنصف، أُعيد إرسال الفيديو إلى ثلاث مجموعات أخرى، والجميع يسألون من فيه.
content-the-shocking-video-c-watched = تشاهد بضع ثوانٍ. إنه أسوأ مما توقعت. تغلقه، لكن الصور تبقى في رأسك، وقلبك يدق بقوة.

content-the-shocking-video-stranger-dm = رأيتك في المجموعة. عندي مقاطع أسوأ بكثير. أضفني على تطبيق خاص، فقط لا تخبر أهلك هههه.
content-the-shocking-video-choice-screenshot-block = صورة شاشة أولًا، ثم أحظر { $stranger } وأبلغ عنه.
content-the-shocking-video-feedback-screenshot-block = تمامًا. فيديوهات صادمة، وتطبيق خاص، و«لا تخبر أهلك» من حساب مجهول: ثلاث علامات إنذار. الحفظ أولًا يعني أن شخصًا بالغًا يستطيع أن يرى كل شيء.
content-the-shocking-video-choice-warn-stranger = سأخبر والديّ عنك بكل شيء. اتركني وشأني الآن.
content-the-shocking-video-feedback-warn-stranger = عدم الثقة به صحيح. لكن تحذير شخص كهذا يمنحه وقتًا ليحذف كل شيء أو ليضغط أكثر. توقّف عن الرد فقط، واحفظ، واحظر، وأبلغ، ثم أخبر.
content-the-shocking-video-choice-ok-send = هههه حسنًا، أرسل واحدًا. أهلي لا يفتّشون هاتفي أصلًا.
content-the-shocking-video-feedback-ok-send = فرصة لنتعلّم: حساب مجهول يدفع إليك فيديوهات صادمة ويريد أسرارًا عن أهلك لا يهتم بمصلحتك. الرد يخبره أن الوصول إليك سهل.

content-the-shocking-video-c-blocked = تحفظ صورتي شاشة، ثم تحظر { $stranger } وتبلغ عنه. تهدأ الدردشة.
content-the-shocking-video-c-warned = هههه هيا، أيها الواشي. لن يصدّقك أحد.
content-the-shocking-video-c-warned-after = تختفي الدردشة كلها: «حُذفت هذه المحادثة.» و{ $stranger } ما زال في مجموعة صفّك، وليس معك شيء محفوظ.
content-the-shocking-video-c-more-clips = يرسل { $stranger } رابطًا لفيديو أسوأ. ثم يسأل عن عمرك، ويطلب صورة سيلفي «لتثبت أنك لست واشيًا». تشعر بانقباض في معدتك.
content-the-shocking-video-pattern-blocked = هذه الحيل نفسها التي جرّبها { $follower } معك: تطبيق خاص، و«لا تخبر أهلك». عرفت النمط وأوقفته بسرعة.
content-the-shocking-video-pattern-warned = أتذكر { $follower }؟ تطبيق خاص و«لا تخبر أهلك» هما الحيل نفسها. في المرة القادمة افعل ما نجح حينها: احفظ بهدوء، ثم احظر وأبلغ وأخبر.
content-the-shocking-video-pattern-more = إنه النمط الذي رأيته مع { $follower }: أسرار تخفيها عن أهلك، ثم صورة. أوقفته حينها، وتستطيع إيقافه الآن.

content-the-shocking-video-late-night = الساعة تقارب 11 ورأسك يطنّ بعد كل هذا. لا بأس أن تنزعج من أشياء على الإنترنت. كيف تريد أن تنهي الليلة؟
content-the-shocking-video-pic-clock = 10:58
content-the-shocking-video-pic-new-messages = 47 رسالة جديدة
content-the-shocking-video-pic-who = مَن في الفيديو؟؟
content-the-shocking-video-choice-talk-sleep = أضع الهاتف يشحن في المطبخ، ثم أتحدّث مع { $adult }.
content-the-shocking-video-feedback-talk-sleep = اختيار رائع. الكلام يخفّف المشاعر الثقيلة، والليلة بلا شاشة تساعد دماغك على الهدوء. و{ $adult } يمكن أن يساعد في البلاغات أيضًا.
content-the-shocking-video-choice-mute-sleep = أكتم الدردشة وأنام. لا داعي لأن أخبر أحدًا بشيء.
content-the-shocking-video-feedback-mute-sleep = الاستراحة والنوم يساعدان فعلًا. لكن أشياء كهذه قد تعود في اليوم التالي، ولست مضطرًا إلى حملها وحدك. الكلام يساعد.
content-the-shocking-video-choice-read-chat = أقرأ كل التعليقات، لأرى ماذا يقول الجميع.
content-the-shocking-video-feedback-read-chat = فرصة لنتعلّم: قراءة كل التعليقات في آخر الليل تجعل الأشياء المزعجة تبدو أكبر، وتخسر نومك. لا بأس أن تخرج من الإنترنت.

content-the-shocking-video-c-parent-talk = شكرًا لأنك أخبرتني. الشعور بالاضطراب طبيعي، وأنت لم تفعل شيئًا خاطئًا. لنتأكد أن ذلك الحساب مُبلَّغ عنه، ونطلب من معلّمك تغيير رابط الدعوة لمجموعة الصف.
content-the-shocking-video-c-read-late = تقرأ حتى الواحدة بعد منتصف الليل. الناس يصفون كل ثانية من الفيديو، والصورة المصغّرة تظهر لك مرة بعد مرة.
content-the-shocking-video-c-muted-sleep = تنام، تقريبًا. وفي الصباح ما زال الفيديو في مجموعة الصف، وأعاد أحدهم إرسال مقطع جديد من الحساب نفسه. مجرد رؤية الصورة المصغّرة تقبض معدتك.

content-the-shocking-video-morning = الليل لم يُخفِ الأمر. وماذا الآن؟
content-the-shocking-video-choice-show-adult = أُري { $adult } الدردشة قبل أن أذهب إلى المدرسة.
content-the-shocking-video-feedback-show-adult = أحسنت. بعض الأشياء لا تختفي بالنوم، ومشاركتها تجعلها أخف. والشخص البالغ يستطيع أيضًا أن يطلب من المدرسة إخراج ذلك الحساب من الدردشة.
content-the-shocking-video-choice-one-look = نظرة واحدة فقط، ثم أبلغ عنه. صرت بخير الآن، صدقًا.
content-the-shocking-video-feedback-one-look = فرصة لنتعلّم: «مجرد نظرة» هي الطريقة التي تعلق بها الفيديوهات الصادمة في الرأس. لا تحتاج إلى رؤيته لتبلغ عنه أو لتتحدث عنه.
content-the-shocking-video-c-parent-morning = سعيد لأنك أريتني. أنت لم تفعل شيئًا خاطئًا. سأبلغ عن ذلك الحساب معك وأتصل بالمدرسة، كي يكون للدردشة رابط دعوة جديد اليوم.
content-the-shocking-video-c-one-look = إنه أسوأ حتى مما قيل. تبلغ عنه، لكن الصور تعود إليك طوال اليوم في المدرسة.

content-the-shocking-video-upset-choice = كان ذلك صعبًا، والشعور بالاضطراب طبيعي تمامًا. وماذا الآن؟
content-the-shocking-video-choice-find-adult = أغلقه وأذهب إلى { $adult } فورًا. لا أريد أن أبقى وحدي.
content-the-shocking-video-feedback-find-adult = هكذا تقلب الأمور. الكلام يساعد الصور على التلاشي، و{ $adult } يمكن أن يساعد في الإبلاغ عن الفيديو. فتحه كان زلّة، وليس ذنبك.
content-the-shocking-video-choice-funny-clips = أغلقه وأشاهد مقاطع مضحكة حتى أشعر بالأمان.
content-the-shocking-video-feedback-funny-clips = تهدئة نفسك غريزة جيدة. لكن الفيديوهات المزعجة كثيرًا ما تعود لاحقًا، ولست مضطرًا إلى حملها وحدك. الحديث مع أحد يساعد أكثر.
content-the-shocking-video-choice-forward-group = أرسله إلى مجموعة كرة القدم. سيرغبون في رؤيته.
content-the-shocking-video-feedback-forward-group = فرصة لنتعلّم: إعادة الإرسال تنقل الصدمة إلى أناس لم يختاروا رؤيتها، وتؤذي الشخص الذي في الفيديو من جديد. لم يفت الأوان أبدًا لحذفه والتحدث.

content-the-shocking-video-c-adult-upset = سعيد لأنك جئت إليّ، ولن تقع في مشكلة. لنبلغ عن الفيديو وعن الحساب الذي نشره. وإن ظلّت الصور تعود إليك، نتحدث مجددًا، أو نتصل بخط مساعدة.
content-the-shocking-video-c-forwarded = تمتلئ مجموعة كرة القدم بردود مصدومة. أحدهم يسأل من أين حصلت عليه. ثم تصل رسالة جديدة.
content-the-shocking-video-c-funny = المقاطع المضحكة تساعد قليلًا. لكن في الساعة 11 ما زال الفيديو في رأسك. ثم تصل رسالة جديدة.

content-the-shocking-video-stranger-late = رأيت أنك فتحته… كنت أعرف أنك تتحمّل الأشياء الحقيقية. أضفني على تطبيق خاص لمقاطع أسوأ. لا تخبر أهلك هههه
content-the-shocking-video-choice-show-chat = أصوّر الشاشة، ثم أُري { $adult } الدردشة كلها.
content-the-shocking-video-feedback-show-chat = شجاع وذكي. حساب مجهول يدفع إليك فيديوهات أسوأ ويطلب السرية علامة إنذار. صور الشاشة تحفظ الأدلة، والشخص البالغ يستطيع حظره والإبلاغ عنه معك.
content-the-shocking-video-choice-send-one-more = حسنًا، أرسل واحدًا آخر. بعدها سأحظرك.
content-the-shocking-video-feedback-send-one-more = فرصة لنتعلّم: «واحد آخر فقط» يبقيك في حديث مع شخص لا يهتم بمصلحتك. لم يفت الأوان أبدًا لتتوقف عن الرد وتحفظ كل شيء وتطلب المساعدة.
content-the-shocking-video-c-more-late = يرسل { $stranger } رابطًا آخر، ثم يسأل عن عمرك، ويطلب صورة سيلفي «لتثبت أنك لست واشيًا». ويستمر في المراسلة.

content-the-shocking-video-sango-help = أنا قلق. مقاطع أسوأ، وأسرار عن أهلك، والآن صورة سيلفي: هذه علامات إنذار. الإخبار ليس وشاية. ليس ذنبك، وتستطيع إيقاف هذا الآن.
content-the-shocking-video-choice-stop-tell = أتوقف عن الرد، وأصوّر كل شيء، وأذهب إلى { $adult }.
content-the-shocking-video-feedback-stop-tell = شجاع وذكي. صور الشاشة أدلة، والتوقف عن الرد يقطع التواصل، والشخص البالغ الذي تثق به يستطيع حظر الحساب والإبلاغ عنه معك. لن تقع في مشكلة.
content-the-shocking-video-choice-send-selfie = سأرسلها. هذا آمن أكثر من أن يغضبوا مني ويلاحقوني.
content-the-shocking-video-feedback-send-selfie = فرصة لنتعلّم: الاستسلام يجعل أمثال هؤلاء يطلبون أكثر عادةً، لا أقل. لم يفت الأوان أبدًا لتتوقف عن الرد وتطلب المساعدة.
content-the-shocking-video-c-selfie-sent = ترسلها. يرد { $stranger } فورًا: يريد واحدة أخرى، ويقول إنه سينشر الأولى إن توقفت.

content-the-shocking-video-c-adult-stranger = أنا سعيد جدًا لأنك أريتني، ولن تقع في مشكلة. سنحتفظ بصور الشاشة، ونحظر ذلك الحساب ونبلغ عنه، ونخبر المدرسة. وإن استمر، يمكننا الاتصال بخط مساعدة أو بالشرطة.

content-the-shocking-video-end-safe = لم تسمح للفيديو ولا لـ{ $stranger } بأن يجرّاك، وأرحت رأسك، و{ $adult } يعرف. الحساب مُبلَّغ عنه، ورابط الدعوة لمجموعة الصف سيتغيّر.
content-the-shocking-video-end-tired = أنت منهك، وما رأيته وقرأته يتكرر في رأسك، ولا أحد يعرف بما تشعر. قد يعود الأمر. الخروج من الإنترنت والتحدث مع شخص بالغ تثق به يساعد أكثر بكثير من التمرير.
content-the-shocking-video-end-recovered = صار الأمر ثقيلًا، لكنك أصلحته: توقفت وذهبت إلى { $adult }، الذي يساعدك على الإبلاغ عن كل شيء. الحديث عن الأمر كان شجاعة، ويساعد الصور على التلاشي.
content-the-shocking-video-end-harmful = { $stranger } يستمر في المراسلة ويريد المزيد. هذا ليس ذنبك، ولم يفت الأوان أبدًا: لا ترسل شيئًا آخر، واحفظ الرسائل، وأخبر شخصًا بالغًا تثق به. سيساعدك، ويمكنه الاتصال بخط مساعدة أو بالشرطة.

# What the choices leave on "My phone" (traces).
content-the-shocking-video-trace-reported = الحساب الذي كان ينشر مقاطع عنيفة في مجموعة الصف: تم الإبلاغ عنه.
content-the-shocking-video-trace-reported-advice = قرار صائب: البلاغ يساعد التطبيق على حذفه للجميع. إن جرّب حساب جديد الشيء نفسه، فاحفظ واحظر وأبلغ وأخبر من جديد.
