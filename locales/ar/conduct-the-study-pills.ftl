# السلوك / القيم: حبوب المذاكرة (الأعمار 16-18). مجموعة دردشة تدفع نحو «حبوب التركيز» والسهر حتى الصباح. بلا أسماء مواد ولا جرعات.

conduct-the-study-pills-title = حبوب المذاكرة
conduct-the-study-pills-summary = أسبوعان على الامتحانات، ومجموعة الدردشة تبيع «حبوب التركيز» وتتفاخر بالسهر حتى الصباح. ما الذي يساعد فعلًا؟
conduct-the-study-pills-remember = الحبوب التي يبيعها غرباء على الإنترنت قد تحتوي أي شيء. المساعدة الحقيقية: النوم، والاستراحات، وحصص المراجعة، والممرضة أو الطبيب. وإن شعر أحد بتعب بعد حبة، فالحل شخص بالغ فورًا.

conduct-the-study-pills-app = ‏{ $app }
conduct-the-study-pills-app-clique = ‏Clique
conduct-the-study-pills-app-groupy = ‏Groupy
conduct-the-study-pills-app-hivechat = ‏HiveChat
conduct-the-study-pills-group-name = ‏{ $group }
conduct-the-study-pills-group-crew = فريق المراجعة
conduct-the-study-pills-group-grind = وضع الامتحانات
conduct-the-study-pills-group-squad = مجموعة الدراسة
conduct-the-study-pills-seller-plug = ‏focus_plug
conduct-the-study-pills-seller-boost = ‏gradeboost_22
conduct-the-study-pills-seller-brain = ‏brainfuel.x
conduct-the-study-pills-nighter-jay = ‏Jay
conduct-the-study-pills-nighter-sol = ‏Sol
conduct-the-study-pills-nighter-ash = ‏Ash
conduct-the-study-pills-adult-uncle = عمّي توماس
conduct-the-study-pills-adult-mum = أمي
conduct-the-study-pills-adult-gran = جدّتي

conduct-the-study-pills-npc-friend = ‏{ $friend }
conduct-the-study-pills-npc-seller = ‏{ $seller }
conduct-the-study-pills-npc-nighter = ‏{ $nighter }
conduct-the-study-pills-npc-adult = ‏{ $adult }

conduct-the-study-pills-intro = أسبوعان على الامتحانات. مجموعة صفك، «{ $group }»، أنشط من أي وقت: نصائح، ميمات، ذعر. والنوم الجيد غائب عن { $friend } منذ أيام.

conduct-the-study-pills-sort = المجموعة مليئة بـ«النصائح». لنرتّبها: ما الذي يستحق المشاركة، وما الذي يحتاج تحققًا أولًا، وما الذي لا مكان له في الدردشة؟
conduct-the-study-pills-post-timer-from = ‏{ $friend }
conduct-the-study-pills-post-timer = مؤقت التركيز المجاني هذا أفضل شيء. 25 دقيقة عمل، 5 دقائق راحة. أنهيت درس تاريخ كاملًا الليلة
conduct-the-study-pills-post-timer-why = للمشاركة. الدراسة على فترات قصيرة مع استراحات طريقة حقيقية ومعروفة، والتطبيق مجاني. النصائح الجيدة تستحق أن تنتشر.
conduct-the-study-pills-post-pills = عرض الامتحانات: حبوب FOCUS. 12 ساعة مذاكرة متواصلة بلا نوم. للطلب: رسالة خاصة، بلا أسئلة
conduct-the-study-pills-post-pills-why = لا مكان له هنا. الحبوب التي يبيعها غريب على الإنترنت قد تحتوي أي شيء وبأي كمية، و«بلا أسئلة» تعني أن لا أحد يراقب شيئًا. الأفضل الإبلاغ عن المنشور.
conduct-the-study-pills-pic-ad-title = ‏FOCUS+
conduct-the-study-pills-pic-ad-line1 = ‏12 ساعة متواصلة
conduct-the-study-pills-pic-ad-line2 = بلا نوم
conduct-the-study-pills-pic-ad-dm = رسالة خاصة
conduct-the-study-pills-post-sessions-from = مكتبة المدرسة
conduct-the-study-pills-post-sessions = حصص مراجعة مجانية مع المعلمين، كل ثلاثاء وخميس بعد الدوام. أحضروا أسئلتكم، والوجبات الخفيفة علينا.
conduct-the-study-pills-post-sessions-why = للمشاركة. حصص مجانية مع معلمين يعرفون الامتحان هي بالضبط نوع المساعدة التي تنفع، والإعلان من المدرسة نفسها.
conduct-the-study-pills-pic-sessions-title = حصص المراجعة
conduct-the-study-pills-pic-sessions-when = الثلاثاء والخميس، بعد الدوام
conduct-the-study-pills-pic-sessions-where = المكتبة، مجانًا
conduct-the-study-pills-post-study-from = ‏BrainHacks Daily
conduct-the-study-pills-post-study = العلماء يقولون: طلاب حبوب التركيز يحصلون على درجات أعلى بـ30%!!! شاركوه قبل أن يحذفوه
conduct-the-study-pills-post-study-why = يحتاج تحققًا أولًا، ولا يُعاد نشره كما هو: لا دراسة مذكورة، ولا علماء بالاسم، و«قبل أن يحذفوه» عبارة ضغط معروفة. البحث الحقيقي لا يختبئ.
conduct-the-study-pills-post-nighter = النوم بعد الامتحانات. سهرة حتى الصباح الليلة، مين معنا؟؟ صوّروا مكاتبكم وإلا فلستم جادّين
conduct-the-study-pills-post-nighter-why = لا مكان له هنا. في النوم يحفظ الدماغ ما تعلّمته، و«لستم جادّين» ضغط لا نصيحة. يمكن تجاهله دون أن يفوتك شيء.
conduct-the-study-pills-post-nurse-from = عيادة المدرسة
conduct-the-study-pills-post-nurse = توتر الامتحانات طبيعي، ولا داعي لتحمّله وحدكم. مرّوا وقت الغداء، بلا موعد. النوم والأكل جزء من المراجعة أيضًا!
conduct-the-study-pills-post-nurse-why = للمشاركة. عيادة تساعد في التوتر والنوم والتركيز مساعدة حقيقية وآمنة، ومشاركتها قد تصل إلى من يحتاجها.

conduct-the-study-pills-seller-dm = شفت إن الرياضيات مضايقتك. الأولى مجانية، لك أنت بس. وهذا سر بيننا
conduct-the-study-pills-choice-report-seller = سأبلغ عن الحساب، وأترك الرسالة بلا رد، وانتهى الأمر.
conduct-the-study-pills-feedback-report-seller = في الصميم. غريب يعرض حبة مجانية و«سر بيننا»: علامتا خطر. الإبلاغ يجعل الحساب تحت المراجعة قبل أن يصل إلى من هو أكثر استعدادًا للإغراء.
conduct-the-study-pills-choice-ignore-seller = سأتجاهله. ما يشتريه الآخرون ليس شأني.
conduct-the-study-pills-feedback-ignore-seller = الرفض لنفسك صحيح. لكن البائع ما زال في مجموعتك، يلاحق الأكثر توترًا. الإبلاغ يأخذ ثواني.
conduct-the-study-pills-choice-free-pill = واحدة مجانية فقط، لتساعدني في امتحان الرياضيات.
conduct-the-study-pills-feedback-free-pill = فرصة للتعلّم: «الأولى مجانية» هي طريقة البائعين لجرّ الناس، ولا أحد يستطيع أن يخبرك بما فيها فعلًا. التوتر يجعلها مغرية. لم يفت الأوان لقول لا.
conduct-the-study-pills-reported = إبلاغ عن الحساب. بحلول المساء تختفي منشورات البائع من «{ $group }»، ويكتب التطبيق: «شكرًا، اتخذنا إجراءً».
conduct-the-study-pills-ignored = لا رد. البائع يواصل النشر في «{ $group }»: «بقي 5 فقط»، «امتحان بكرة؟ عندي الحل».

conduct-the-study-pills-packet = بعد يومين يصل ظرف صغير. في داخله كيس من الأقراص. لا اسم، لا ملصق، لا نشرة. امتحان الرياضيات غدًا.
conduct-the-study-pills-pill-choice = لا أحد، ولا حتى البائع، يعرف ما في داخله فعلًا. ما الخطوة التالية؟
conduct-the-study-pills-choice-show-adult = لن ألمسه. سأعطي { $adult } الكيس الليلة.
conduct-the-study-pills-feedback-show-adult = خطوة شجاعة وذكية. الشخص البالغ يستطيع التخلص منه بأمان، والمساعدة في الإبلاغ عن البائع، ودعمك في توتر الامتحانات. لا أحد سيعاقبك على الإخبار.
conduct-the-study-pills-choice-bin-it = سأرميه الليلة، وأحظر البائع، وأنسى الأمر كله.
conduct-the-study-pills-feedback-bin-it = عدم تناوله هو الأهم، والحظر يساعد. لكن البائع يعرف عنوانك، ويستطيع الكتابة من حساب جديد، والشخص البالغ لا يستطيع المساعدة إلا إذا عرف. لا أحد سيعاقبك على ذلك.
conduct-the-study-pills-choice-take-it = سأتناوله. نصف المجموعة تقول إنه ينفع، إذن هو آمن.
conduct-the-study-pills-feedback-take-it = فرصة للتعلّم: «الكل يقول» ليست ملصقًا على علبة. حبوب الغرباء قد تحتوي أي شيء. الضغط كان قويًا، وهذا ليس ذنبك، ولم يفت الأوان لطلب المساعدة.
conduct-the-study-pills-binned = الكيس في سلة المهملات، والبائع محظور، ولا كلمة لأحد. في اليوم التالي يكتب حساب جديد: «كيف كانت؟ عندي المزيد»
conduct-the-study-pills-took = في تلك الليلة يتسارع قلبك ولا نوم أبدًا. في الامتحان تتشوش الأسئلة. شعور سيئ، وخوف.
conduct-the-study-pills-own-last = هذا ليس ذنبك: المجموعة والبائع ضغطوا كثيرًا. صحتك أهم من أي امتحان. ما الخطوة التالية؟
conduct-the-study-pills-choice-tell-nurse = سأكلّم { $adult }، واليوم إلى العيادة أو الطبيب.
conduct-the-study-pills-feedback-tell-nurse = القرار الصحيح. عند تناول شيء مجهول والشعور بتعب، يجب أن تعرف الممرضة أو الطبيب، والشخص البالغ يستطيع المساعدة. لا أحد سيعاقبك على ذلك.
conduct-the-study-pills-choice-push-through = سأقول لـ{ $adult } إنه مجرد تعب، وأصبر.
conduct-the-study-pills-feedback-push-through = فرصة للتعلّم: «مجرد تعب» تُخفي ما يحدث فعلًا. التعب بعد حبة مجهولة سبب لطلب المساعدة، لا للانتظار. الأفضل حكاية كل شيء كما هو.
conduct-the-study-pills-choice-another = سأسأل البائع عما فيها، وهل آخذ حبة أخرى لأتحسن بسرعة.
conduct-the-study-pills-feedback-another = فرصة للتعلّم: البائع يريد بيعة أخرى، لا صحتك. السؤال يكون للممرضة أو الطبيب أو لشخص بالغ موضع ثقتك.
conduct-the-study-pills-pushed-through = حكاية «مجرد تعب» لـ{ $adult }، ثم نوم سيئ لأيام، وبقية الامتحانات أسوأ من الرياضيات.
conduct-the-study-pills-asked-another = هذا توتر بس هههه. عندي المزيد، 10 للحبة
conduct-the-study-pills-adult-self = شكرًا لأنك أخبرتني. لا أحد سيعاقبك على ذلك، وهذا ليس ذنبك. اليوم نذهب إلى العيادة، ونبلغ عن البائع، ونخطط لمراجعة تترك لك وقتًا للنوم.

conduct-the-study-pills-night = مين لسه صاحي؟؟ فريق السهر. صوّروا مكاتبكم وإلا فالموضوع مش جاد
conduct-the-study-pills-pic-time = ‏01:12
conduct-the-study-pills-pic-new = ‏47 رسالة جديدة
conduct-the-study-pills-pic-night-post = فريق السهر، صوّروا مكاتبكم!!
conduct-the-study-pills-choice-mute-sleep = سأكتم «{ $group }» حتى الصباح وأنام بأمان.
conduct-the-study-pills-feedback-mute-sleep = اختيار رائع. في النوم يحفظ الدماغ ما راجعته، والكتم يمنع المجموعة من سرقة نومك. لا شيء في تلك الدردشة لا يحتمل الانتظار حتى الفطور.
conduct-the-study-pills-choice-post-desk = سأنشر صورة مكتبي لأبقى في أمان من السخرية، ثم أنام.
conduct-the-study-pills-feedback-post-desk = النوم قرار صحيح. لكن النشر يغذّي لعبة «من يسهر أكثر»، والردود ستهتز طوال الليل. الكتم يحمي نومك.
conduct-the-study-pills-choice-energy = مشروب طاقة آخر. النوم بعد الامتحانات، صح؟ لا وقت الآن.
conduct-the-study-pills-feedback-energy = فرصة للتعلّم: السهر حتى الصباح يُضعف الذاكرة بدل أن يقويها، والقلب المتسارع من الكافيين لا يساعد على التفكير. غدًا يمكن وضع النوم أولًا.
conduct-the-study-pills-slept = كتم للمجموعة، ثم نوم. في الثانية والنصف فجرًا يضيء الهاتف: رسالة خاصة من { $friend }.
conduct-the-study-pills-up-late = صورة المكتب منشورة. الردود تهتز حتى الثانية. في الثانية والنصف تصل رسالة خاصة من { $friend }.
conduct-the-study-pills-wired = في الثانية، قلبك يدق بقوة ولا شيء يدخل رأسك. في الثانية والنصف تصل رسالة خاصة من { $friend }.

conduct-the-study-pills-friend-dm = ممكن أقول لك شيء؟ أخذت وحدة من حبوب { $seller }. قلبي يدق بسرعة كبيرة وأحس بشيء غريب. أرجوك لا أحد يعرف
conduct-the-study-pills-choice-get-adult = سأوقظ { $adult } حالًا. الحالة تحتاج إلى طبيب الليلة.
conduct-the-study-pills-feedback-get-adult = هذه هي الصداقة الحقيقية. قلب متسارع بعد حبة مجهولة يحتاج إلى طبيب، الليلة. السر المتعلق بصحة أحد سرّ يجب كسره، والإخبار ليس وشاية أبدًا.
conduct-the-study-pills-choice-water = القليل من الماء والاستلقاء، ورسالة لي إن ساءت الحال.
conduct-the-study-pills-feedback-water = البقاء قرب { $friend } لطف. لكن الرسائل لا تكشف مدى الخطورة، ولا حتى لصاحب الشكوى. الشخص البالغ يستطيع الحصول على نصيحة طبية فورًا.
conduct-the-study-pills-choice-keep-secret = لن أخبر { $adult } ولا أحدًا. النوم سيساعد.
conduct-the-study-pills-feedback-keep-secret = فرصة للتعلّم: حفظ الوعد يبدو وفاءً، لكن هناك تعب بعد حبة مجهولة. هذا سر يجب أن يُقال، ولم يفت الأوان.
conduct-the-study-pills-adult-friend = تصرّفت تمامًا كما يجب. سنتصل الآن بعائلة { $friend } وبطبيب. لا أحد سيُعاقَب. وغدًا نبلغ عن ذلك البائع معًا.

conduct-the-study-pills-compose = في الصباح، فحص الطبيب كل شيء: { $friend } بخير ويرتاح في البيت. حان وقت رسالة: ما الذي يساعد، وما الذي يبقى خارجها؟
conduct-the-study-pills-ph-glad = يا لارتياحي لأنك بخير.
conduct-the-study-pills-why-glad = بسيطة ودافئة. بعد ليلة مخيفة، أول ما يحتاج المرء سماعه أن هناك من يهتم.
conduct-the-study-pills-ph-stupid = بصراحة، ما فعلته كان غباءً.
conduct-the-study-pills-why-stupid = الأفضل حذفها. ما حدث معروف، والخجل يدفع إلى إخفاء الأمور في المرة القادمة. اللطف يُبقي الحديث مفتوحًا.
conduct-the-study-pills-ph-library = نراجع معًا في المكتبة غدًا؟
conduct-the-study-pills-why-library = خطة حقيقية أفضل من محاضرة. المراجعة معًا دعم يخفف أيضًا التوتر الذي بدأ كل هذا.
conduct-the-study-pills-ph-hi = مرحبًا، هذا أنا.
conduct-the-study-pills-why-hi = لا فرق. ودّية، ولا تغيّر شيئًا.
conduct-the-study-pills-ph-group = سأخبر المجموعة بما حدث، كي لا يجرّبها أحد.
conduct-the-study-pills-why-group = تبدو حماية، لكنها تنشر خبرًا صحيًا خاصًا أمام الصف كله. التحذير من البائع ممكن دون ذكر اسم { $friend }.
conduct-the-study-pills-ph-no-trouble = لا غضب بيننا أبدًا، أعدك.
conduct-the-study-pills-why-no-trouble = مهمة. ربما هناك خوف من غضبك بسبب السر. قولها بوضوح يحمي صداقتكما.
conduct-the-study-pills-ph-seller = ممكن اسم البائع؟ أريد أن أرى.
conduct-the-study-pills-why-seller = الأفضل حذفها. حتى «مجرد فضول» يُبقي البائع في حياتك. تم الإبلاغ عن الحساب: لينتهِ الأمر هنا.
conduct-the-study-pills-ph-nurse = العيادة تساعد فعلًا في التوتر. نذهب معًا؟
conduct-the-study-pills-why-nurse = نعم. التوتر هو ما باع الحبة، والعيادة تساعد فيه. الذهاب معًا يجعل الذهاب أسهل.
conduct-the-study-pills-sent = شكرًا. وعلى الليلة أيضًا. المكتبة بكرة، أكيد. وسأكتم «{ $group }» حتى تنتهي الامتحانات

conduct-the-study-pills-friend-worse = ما زال مستمرًا. يداي ترتجفان والخوف يكبر
conduct-the-study-pills-last = الخوف حقيقي الآن، وهذا أكبر من أن يحمله صديق وحده. لم يفت الأوان. ما الخطوة التالية؟
conduct-the-study-pills-choice-tell-now = سأوقظ { $adult } الآن، رغم الوعد الذي قطعته.
conduct-the-study-pills-feedback-tell-now = هذا هو الخيار الصحيح والشجاع. الصحة قبل الوعد. ربما يكون هناك زعل ليوم، لكن الأهم هو الأمان.
conduct-the-study-pills-choice-promise = الوعد وعد. سأسهر وأواصل المراسلة.
conduct-the-study-pills-feedback-promise = فرصة للتعلّم: السهر مع { $friend } اهتمام، لكن الرسائل لا تهدّئ قلبًا متسارعًا. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك.
conduct-the-study-pills-choice-search = سأتحقق من الحبة على الإنترنت أولًا، ثم أفكر في { $adult }.
conduct-the-study-pills-feedback-search = فرصة للتعلّم: لا أحد يعرف ما كان فيها، فلا موقع يستطيع الإجابة. البحث يضيّع وقتًا يحتاجه الطبيب. الأفضل إيقاظ { $adult } الآن.
conduct-the-study-pills-kept-promise = رسائل حتى الخامسة فجرًا. تمرّ الليلة، لكن اليوم التالي كله تعب، ولا أحد يعرف ما كان في الحبة.
conduct-the-study-pills-searched = كل صفحة تقول شيئًا مختلفًا. عند رفع الرأس، الساعة الرابعة، والتعب ما زال شديدًا.

conduct-the-study-pills-end-safe = بقي رأسك هادئًا في مجموعة تدفع نحو الحبوب والسهر، وتم الإبلاغ عن البائع، ووصلت المساعدة إلى { $friend } بسرعة. مراجعة حقيقية ونوم حقيقي: هذا ما ينفع.
conduct-the-study-pills-end-recovered = استغرق الأمر لحظة، لكن الوعد الذي كان يجب كسره انكسر. فحص الطبيب كل شيء، وتم الإبلاغ عن البائع، وصار واضحًا: سر الصحة يُقال.
conduct-the-study-pills-end-recovered-self = نصب البائع فخًا، ثم كان التوقف وإخبار { $adult }. تم الإبلاغ عن البائع، ولا أحد سيعاقبك، والعيادة تساعد في توتر الامتحانات.
conduct-the-study-pills-end-harmful = الحبوب المجهولة زادت الأمور سوءًا. هذا ليس ذنبك: المجموعة والبائع ضغطوا كثيرًا. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك وزيارة العيادة أو الطبيب.
conduct-the-study-pills-end-harmful-friend = التعب مستمر، ولا أحد يعرف ما كان في الحبة، والبائع ما زال يبيع. هذا ليس ذنبك. لم يفت الأوان أبدًا لإخبار شخص بالغ موضع ثقتك، يساعد في الوصول إلى طبيب.

conduct-the-study-pills-trace-reported = تم الإبلاغ: الحساب الذي كان يبيع «حبوب التركيز» في «{ $group }».
conduct-the-study-pills-trace-reported-advice = الحبوب التي يبيعها غرباء على الإنترنت قد تحتوي أي شيء. توتر في التركيز أو النوم؟ العيادة أو الطبيب أو شخص بالغ موضع ثقتك يساعدون فعلًا.

# Last decision: the group asks about the pills. Warn without naming the friend.
conduct-the-study-pills-group-ask = حد لسه عنده من حبوب FOCUS؟؟ الكيمياء بعد يومين ولسه ما ذاكرت شي
conduct-the-study-pills-choice-no-pills = لا، قد يكون فيها أي شيء. الأفضل حصة المراجعة يوم الخميس.
conduct-the-study-pills-feedback-no-pills = كلام في محله. تحذير من الحبوب، ودلالة على مساعدة حقيقية، من دون كشف ما حدث لـ{ $friend } في تلك الليلة.
conduct-the-study-pills-choice-name-friend = لا تشتروها! حبة واحدة منها أمس جعلت ليلة { $friend } مرعبة.
conduct-the-study-pills-feedback-name-friend = فرصة للتعلّم: التحذير في محله، لكن ما حدث لـ{ $friend } أمر صحي خاص. التحذير من الحبوب ممكن دون ذكر أي اسم.
conduct-the-study-pills-named = قبل حذف الرسالة، يكون نصف الصف قد رآها. ثم تصل رسالة من { $friend }: «كان هذا أمرًا خاصًا».
