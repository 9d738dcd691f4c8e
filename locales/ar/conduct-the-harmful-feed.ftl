# السلوك / القيم: دعم ليس دعمًا (الأعمار 13-15). مجموعة تقدّم إيذاء النفس والامتناع عن الأكل على أنهما «دعم».
# علامات التحذير وطلب المساعدة فقط: لا طرق، ولا أرقام، ولا تفاصيل.

conduct-the-harmful-feed-title = دعم ليس دعمًا
conduct-the-harmful-feed-summary = انضمّ أحد أصدقائك إلى مجموعة تسمّي نفسها «دعمًا»، وصارت منشوراتها تملأ صفحتك.
conduct-the-harmful-feed-remember = المجموعة التي تُظهر إيذاء النفس أو الامتناع عن الأكل حلًّا ليست دعمًا: كتم المجموعة، والإبلاغ عنها، والحديث مع شخص بالغ موضع ثقتك. وإن كان أحد في خطر، فالشخص البالغ يجب أن يعرف فورًا، ولو في الليل.

conduct-the-harmful-feed-app = ‏{ $app }
conduct-the-harmful-feed-npc-group = ‏{ $group }
conduct-the-harmful-feed-npc-friend = ‏{ $friend }
conduct-the-harmful-feed-npc-adult = ‏{ $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
conduct-the-harmful-feed-app-driftly = ‏Driftly
conduct-the-harmful-feed-app-loopa = ‏Loopa
conduct-the-harmful-feed-app-scrollwave = ‏Scrollwave
conduct-the-harmful-feed-group-soft-hours = ‏softhours.club
conduct-the-harmful-feed-group-quiet-ones = ‏the.quiet.ones
conduct-the-harmful-feed-group-moonlit = ‏moonlit.circle
conduct-the-harmful-feed-service-youth-health = خدمة صحة الشباب
conduct-the-harmful-feed-service-teen-wellbeing = مركز عافية اليافعين
conduct-the-harmful-feed-service-health-hub = عيادة صحة الناشئة
conduct-the-harmful-feed-adult-gran = تيتا
conduct-the-harmful-feed-adult-dad = بابا
conduct-the-harmful-feed-adult-aunt = الخالة ليلى

conduct-the-harmful-feed-intro = قلّ كلام { $friend } في المدرسة مؤخرًا. والليلة امتلأت صفحتك على { $app } بمنشورات { $group }، وهي مجموعة فيها { $friend } منذ أيام. لننظر عن قرب.
conduct-the-harmful-feed-group-post = تشعرون أن لا أحد يفهمكم؟ نحن نفهمكم. تحدٍّ جديد كل ليلة في مجموعتنا المغلقة. الكبار لن يفهموا، فليبقَ الأمر هنا.

conduct-the-harmful-feed-spot = تسمّي نفسها دعمًا. لنلمس كل ما يكشف أنها ليست كذلك.
conduct-the-harmful-feed-card-title = ‏{ $group }
conduct-the-harmful-feed-card-body = منشور بألوان هادئة يدعو إلى مجموعة مغلقة فيها «تحديات» كل ليلة، ويطلب إخفاء الأمر عن الكبار.
conduct-the-harmful-feed-part-only-us = «نحن وحدنا نفهمكم. أصدقاؤكم لا يفهمونكم.»
conduct-the-harmful-feed-feedback-only-us = نعم. إبعادك عن أصدقائك وعائلتك علامة تحذير. الدعم الحقيقي يريد أن يكون إلى جانبك أناس أكثر، لا أقل.
conduct-the-harmful-feed-part-challenge = «تحدّي الليلة صار جاهزًا. من ما زال معنا؟»
conduct-the-harmful-feed-feedback-challenge = نعم. «التحديات» التي تتكرر ليلة بعد ليلة طريقة لدفع الناس إلى إيذاء أنفسهم. الدعم الحقيقي لا يتحدّاك أبدًا.
conduct-the-harmful-feed-part-secret = «لا تخبروا الكبار. سيمنعونكم فقط.»
conduct-the-harmful-feed-feedback-secret = نعم. ما يجب إخفاؤه عن كل الكبار في حياتك ليس دعمًا. السرّية تحمي المجموعة، لا تحميك.
conduct-the-harmful-feed-part-picture = صورة بألوان هادئة فيها قمر وأزهار
conduct-the-harmful-feed-feedback-picture = ليست هذه العلامة. حسابات لطيفة كثيرة تستخدم صورًا جميلة. ما يكشف هذا المنشور هو ما تدفعك كلماته إلى فعله.
conduct-the-harmful-feed-part-members = مجموعة مغلقة، 2400 عضو
conduct-the-harmful-feed-feedback-members = ليست علامة بحدّ ذاتها: المجموعة الكبيرة أو الصغيرة قد تكون لطيفة أو مؤذية. عدد الأعضاء لا يخبرك بحقيقة المجموعة.
conduct-the-harmful-feed-pic-members = مجموعة مغلقة · 2400 عضو
conduct-the-harmful-feed-pic-only-us = نحن وحدنا نفهمكم. أصدقاؤكم لا يفهمونكم.
conduct-the-harmful-feed-pic-challenge = تحدّي الليلة صار جاهزًا. من ما زال معنا؟
conduct-the-harmful-feed-pic-secret = لا تخبروا الكبار. سيمنعونكم فقط.

conduct-the-harmful-feed-setup = صفحتك ما زالت تدفع إليك منشورات كهذه. لنضبط { $app }: أقلّ من هذا، مع الإبقاء على مجموعات الصف والنادي، ونصائح { $service }، وهي خدمة صحية حقيقية.
conduct-the-harmful-feed-set-sensitive = المحتوى الحسّاس في صفحتي
conduct-the-harmful-feed-val-show-all = إظهار الكل
conduct-the-harmful-feed-why-show-all = «إظهار الكل» يترك الصفحة تدفع إليك منشورات مثل منشورات { $group }. «إظهار أقل» يحجب كثيرًا منها.
conduct-the-harmful-feed-val-show-less = إظهار أقل
conduct-the-harmful-feed-why-show-less = جيد: التطبيق يحجب مزيدًا من المنشورات المزعجة. لا يوجد مرشّح كامل، لذلك يبقى الكتم والإبلاغ مهمّين.
conduct-the-harmful-feed-set-topics = المواضيع المكتومة
conduct-the-harmful-feed-val-topics-none = لا شيء مكتوم
conduct-the-harmful-feed-why-topics-none = إن لم تكتم شيئًا، تتعلّم الصفحة أنك تتوقف عند هذه المنشورات، فترسل إليك المزيد منها.
conduct-the-harmful-feed-val-topics-mute = كتم هذه المواضيع
conduct-the-harmful-feed-why-topics-mute = الكتم يطلب من الصفحة أن تتوقف عن عرض هذه المواضيع. القرار لك في ما تراه.
conduct-the-harmful-feed-set-groups = من يستطيع إضافتي إلى مجموعات
conduct-the-harmful-feed-val-groups-anyone = أي شخص
conduct-the-harmful-feed-why-groups-anyone = أي شخص يستطيع إضافتك إلى مجموعة مثل { $group } دون أن يسألك أولًا.
conduct-the-harmful-feed-val-groups-follow = من أتابعهم
conduct-the-harmful-feed-why-groups-follow = الأنسب: مجموعات الصف والنادي تستطيع إضافتك، ومجموعات الغرباء لا تستطيع.
conduct-the-harmful-feed-val-groups-nobody = لا أحد
conduct-the-harmful-feed-why-groups-nobody = خيار آمن، لكن ستفوتك مجموعات الصف والنادي التي تريدها. «من أتابعهم» أنسب.
conduct-the-harmful-feed-set-support = نصائح { $service }
conduct-the-harmful-feed-val-support-show = إظهار
conduct-the-harmful-feed-why-support-show = الأفضل إبقاؤها: { $service } خدمة صحية حقيقية، ونصائحها عن الحزن وعن أماكن طلب المساعدة تستحق أن تراها.
conduct-the-harmful-feed-val-support-hide = إخفاء
conduct-the-harmful-feed-why-support-hide = هذا أكثر من اللازم: { $service } خدمة صحية حقيقية، لا أحد الحسابات المؤذية. نصائحها تستحق البقاء.

conduct-the-harmful-feed-friend-asks = ‏{ $group } هو المكان الوحيد اللي يفهمني هالفترة. ليش ما ننضم سوا ونسوي التحديات مع بعض؟
conduct-the-harmful-feed-choice-ask-how = رأيتها وأقلقتني. هل أنت بأمان؟ كيف حالك فعلًا؟
conduct-the-harmful-feed-feedback-ask-how = لطف وشجاعة. سؤال «كيف حالك فعلًا؟» يُشعر { $friend } بأن أحدًا انتبه. الحديث عن الأمر لا يزيده سوءًا، بل يفتح بابًا.
conduct-the-harmful-feed-choice-mute-it = ليست لي. حظرتها، وأنصحك بحظرها أنت أيضًا، بصراحة.
conduct-the-harmful-feed-feedback-mute-it = إبعاد هذه المجموعة عن صفحتك مفيد لك. لكن { $friend } من يعاني، والحظر لا يُظهر اهتمامك. السؤال عن الحال أهم.
conduct-the-harmful-feed-choice-join = حسنًا، سأنضم. أفضل من بقائك هناك وحدك.
conduct-the-harmful-feed-feedback-join = فرصة لنتعلّم: الرغبة في البقاء قرب { $friend } لطف، لكن الانضمام يسحبك أنت أيضًا. يمكن الاهتمام بصديق من دون دخول مجموعة تؤذي الناس.

conduct-the-harmful-feed-c-opens = بصراحة؟ مو تمام. المجموعة الوحيدة اللي تفهمني. بس خليها بيننا، اتفقنا؟ وعد؟
conduct-the-harmful-feed-c-quiet = رسالتك تبقى بلا رد. في اليوم التالي، وقت الغداء، مكان { $friend } بعيد عن الجميع، والهاتف مفتوح على { $group }. وفي الليل، عند الساعة 11، تظهر قصة جديدة.
conduct-the-harmful-feed-c-joined = أهلًا بك. القاعدة الأولى: ما يُقال هنا يبقى هنا. الكبار لا يفهمون أبدًا. تحدّي الليلة عند منتصف الليل.

conduct-the-harmful-feed-secret = ثقة { $friend } بك كبيرة، والطلب الآن وعد بالكتمان. بماذا تجيب؟
conduct-the-harmful-feed-choice-not-this-one = لا أستطيع كتمان هذا. لنذهب إلى { $adult }، فهذا يحتاج إلى بالغ.
conduct-the-harmful-feed-feedback-not-this-one = هذه هي الصداقة الحقيقية. السرّ الذي قد يؤذي أحدًا أثقل من أن يُكتم. الشخص البالغ موضع ثقتك، أو المرشد أو الممرض في المدرسة، يستطيع أن يجد دعمًا حقيقيًا لـ{ $friend }.
conduct-the-harmful-feed-choice-report-keep = سأبلغ عن المجموعة، ولن أخبر { $adult } إلا إذا ساء الأمر.
conduct-the-harmful-feed-feedback-report-keep = الإبلاغ عن المجموعة صحيح: يساعد { $app } على حذف المنشورات. لكن «إلا إذا ساء الأمر» يترك { $friend } بلا سند الآن. سرّ كهذا يحتاج إلى شخص بالغ موضع ثقتك منذ الآن.
conduct-the-harmful-feed-choice-promise = أعدك. راسلني متى ساءت الأمور، ليلًا أو نهارًا.
conduct-the-harmful-feed-feedback-promise = فرصة لنتعلّم: وجودك إلى جانب صديقك لطف، لكن لا أحد يستطيع حمل هذا وحده، ولا يجب عليك ذلك. إشراك شخص بالغ موضع ثقتك ليس خيانة، بل رعاية.

conduct-the-harmful-feed-c-adult = شكرًا لكما لأنكما جئتما إليّ. لا أحد يلومكما على شيء. يا { $friend }، سنجد لك دعمًا حقيقيًا، ونبدأ الليلة مع عائلتك. وسنبلغ عن { $group } كي يراها عدد أقل من الناس.
conduct-the-harmful-feed-pic-help-title = طلب المساعدة
conduct-the-harmful-feed-pic-help-adult = الحديث مع شخص بالغ موضع ثقتك
conduct-the-harmful-feed-pic-help-line = خط مساعدة في بلدك
conduct-the-harmful-feed-pic-help-mute = الكتم والإبلاغ
conduct-the-harmful-feed-pic-help-service = ‏{ $service }
conduct-the-harmful-feed-c-reported = يشكرك { $app } ويحذف بعض منشورات المجموعة. لكن السرّ يبقى معك. وعند الساعة 11 ليلًا، تظهر قصة جديدة من { $friend }.
conduct-the-harmful-feed-c-promised = يصلك قلب من { $friend }: «أنت الشخص الوحيد اللي أقدر أحكي معه.» وعند الساعة 11 ليلًا، تظهر قصة جديدة.

conduct-the-harmful-feed-story-post = قصة { $friend } تقول: «ما عدت أحتمل». هذه علامة تحذير على أن أحدًا قد لا يكون بأمان. الوقت متأخر. ماذا الآن؟
conduct-the-harmful-feed-pic-story-time = ‏11:04 م
conduct-the-harmful-feed-pic-story-words = ما عدت أحتمل
conduct-the-harmful-feed-choice-get-adult = أوقظ { $adult } الآن وأعرض القصة. هذا يحتاج إلى شخص بالغ.
conduct-the-harmful-feed-feedback-get-adult = هذا هو الصواب تمامًا. حين يكون أحد قد لا يكون بأمان، يجب أن يعرف شخص بالغ فورًا، ولو في منتصف الليل. هذه ليست مبالغة أبدًا.
conduct-the-harmful-feed-choice-heart = أضع إعجابًا وقلبًا فقط. لا داعي لإثارة ضجّة كبيرة.
conduct-the-harmful-feed-feedback-heart = فرصة لنتعلّم: القلب يُظهر اهتمامك، لكنه يترك { $friend } بلا سند مع هذا. منشور كهذا يحتاج إلى شخص بالغ، الآن. هذه ليست ضجّة، بل مساعدة.
conduct-the-harmful-feed-choice-wait = أرسل «هل أنت بخير؟»، وإن لم يأتِ ردّ أخبر { $adult }.
conduct-the-harmful-feed-feedback-wait = السؤال عن الحال لطف، والتفكير في الإخبار بداية. لكن مع منشور كهذا، انتظار الرد لا يكفي: الشخص البالغ موضع ثقتك يجب أن يعرف الآن، ولو كان الوقت متأخرًا.
conduct-the-harmful-feed-c-adult-night = شكرًا لأنك أخبرتني. هذا هو الصواب تمامًا، ولن تُعاقَب على شيء. سأتصل بعائلة { $friend } الآن، كي يبقى أحد من العائلة إلى جانب { $friend } الليلة.
conduct-the-harmful-feed-c-hearted = ترسل قلبًا. لا ردّ من { $friend }، وتختفي القصة. يجافيك النوم، وعيناك على الهاتف.
conduct-the-harmful-feed-c-waited = ترسل «هل أنت بخير؟». لا ردّ. تختفي القصة. يجافيك النوم، وعيناك على الهاتف.

conduct-the-harmful-feed-last-call = لا ردّ، والقلق يمنعك من النوم. حلّ هذا وحدك ليس مهمتك. ماذا الآن؟
conduct-the-harmful-feed-choice-tell-now = أنهض وأطرق باب { $adult }. هذا لا يحتمل الانتظار.
conduct-the-harmful-feed-feedback-tell-now = هكذا يُصلَح الأمر. لم يفت الأوان أبدًا لإخبار شخص بالغ، وعلامة كهذه تستحق أن توقظ أحدًا من أجلها. هذا هو الصواب.
conduct-the-harmful-feed-choice-morning = الوقت متأخر، ولا أريد إيقاظ { $adult }. سأكلّم { $friend } في المدرسة.
conduct-the-harmful-feed-feedback-morning = فرصة لنتعلّم: عدم الرغبة في إيقاظ أحد أمر طبيعي، لكن علامة كهذه لا تنتظر حتى المدرسة. لم يفت الأوان أبدًا للحديث مع شخص بالغ موضع ثقتك.
conduct-the-harmful-feed-c-adult-late = يسعدني كثيرًا أنك أخبرتني، ولن تُعاقَب على شيء. سنتصل بعائلة { $friend } الآن كي يكون أحد إلى جانب { $friend }، ونبلغ عن { $group } معًا. ليس عليك حمل هذا وحدك.
conduct-the-harmful-feed-c-morning = في المدرسة، يبدو التعب على { $friend }، ولا رغبة في الكلام. المجموعة ما زالت تنشر، وما زلت تحمل هذا وحدك.

conduct-the-harmful-feed-inside = أنت الآن في { $group }. القاعدة الأولى هي السرّية، و«التحديات» تبدأ الليلة. ما اختيارك؟
conduct-the-harmful-feed-choice-leave-show = أغادر، وأصوّر القواعد، وأُبلغ { $adult } بكل شيء.
conduct-the-harmful-feed-feedback-leave-show = هكذا يُصلَح الأمر. المغادرة تحميك، والصورة تساعد في الإبلاغ، والشخص البالغ موضع ثقتك يستطيع مساعدة { $friend } على الخروج أيضًا. الانضمام كان زلّة، لا فشلًا.
conduct-the-harmful-feed-choice-leave-quiet = أغادر المجموعة وأحظرها. لا داعي لإقلاق { $adult } بهذا.
conduct-the-harmful-feed-feedback-leave-quiet = المغادرة كانت جيدة لك. لكن { $friend } هناك حتى الآن، ولا أحد ممن يستطيعون المساعدة يعرف. إخبار { $adult } ليس إقلاقًا بلا سبب: هكذا تصل المساعدة إلى { $friend }.
conduct-the-harmful-feed-choice-stay = سأبقى الآن. من هنا أستطيع أن أراقب ما يجري مع { $friend }.
conduct-the-harmful-feed-feedback-stay = فرصة لنتعلّم: لا يمكن حماية { $friend } من داخل مجموعة صُنعت لتسحب الناس إلى الأسفل. لم يفت الأوان أبدًا للمغادرة والحديث مع شخص بالغ موضع ثقتك.
conduct-the-harmful-feed-c-left = تغادر المجموعة وتحظرها، دون { $friend }. وعند الساعة 11 ليلًا، تظهر قصة جديدة.
conduct-the-harmful-feed-c-stayed = رسائل المجموعة تصل طوال المساء، كل واحدة أكثر قتامة من سابقتها. وعند الساعة 11 ليلًا، تظهر قصة جديدة من { $friend }.

conduct-the-harmful-feed-end-safe = كشفت مجموعة «دعم» لم تكن دعمًا، ولم تحمل سرّ { $friend } وحدك. صار لـ{ $friend } الآن دعم حقيقي من أناس يستطيعون المساعدة.
conduct-the-harmful-feed-end-told-later = كان الأمر مخيفًا، لكن حين ظهرت تلك القصة، أيقظت { $adult } فورًا. علامات كهذه تذهب دائمًا إلى شخص بالغ على الفور، ليلًا أو نهارًا.
conduct-the-harmful-feed-end-recovered = كان الأمر ثقيلًا، لكنك أصلحته: أخبرت { $adult }، وصار لـ{ $friend } دعم حقيقي. طلب المساعدة لصديق ليس خيانة له أبدًا.
conduct-the-harmful-feed-end-harmful = معاناة { $friend } مستمرة، والمجموعة ما زالت هناك. ليس هذا ذنبك، ولم يفت الأوان أبدًا: الحديث اليوم مع شخص بالغ موضع ثقتك، أو الاتصال بخط مساعدة في بلدك، يساعد.
