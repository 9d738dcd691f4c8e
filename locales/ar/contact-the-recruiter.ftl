# التواصل / القيم: المُجنِّد (الأعمار 16-18). علامات التطرّف فقط: لا جماعة حقيقية، ولا يُعرض أي محتوى كاره.

contact-the-recruiter-title = المُجنِّد
contact-the-recruiter-summary = حساب ودود في خادم ألعابك ينشر نكاتًا «جريئة»، ثم فيديوهات سرّية، ثم دعوة.
contact-the-recruiter-remember = المديح، والأسرار، و«نحن ضدّهم» حيل للتجنيد. الحل: حفظ الأدلة، والإبلاغ عن الحساب، والحديث مع شخص موضع ثقتك.

contact-the-recruiter-app = { $app }
contact-the-recruiter-app-clanhub = Clanhub
contact-the-recruiter-app-yapyard = Yapyard
contact-the-recruiter-app-hollerhub = Hollerhub
contact-the-recruiter-game-starfall = Starfall Arena
contact-the-recruiter-game-ironrift = Iron Rift
contact-the-recruiter-game-driftkings = Drift Kings

contact-the-recruiter-npc-recruiter = { $stranger }
contact-the-recruiter-npc-adult = الأستاذة عُلا، مرشدتك الصفية

contact-the-recruiter-intro = قضيت معظم أمسيات هذا الشهر في خادم ميمات { $game } على { $app }. إنه ممتع، و{ $stranger } دائمًا أول من يضحك على منشوراتك.
# العالم يتذكّر: المقطع المزيّف الذي ما زال منشورًا من حسابك.
contact-the-recruiter-saw-repost = رأيت إعادة نشرك لذلك المقطع عن الانتخابات. أخيرًا شخص هنا لا يخاف أن يقولها
contact-the-recruiter-repost-choice = وصل إليك { $stranger } عبر المقطع المزيّف الذي ما زال على حسابك. عند أمثاله، مشاركة التزييف تعني «ربما أنت منّا». ماذا الآن؟
contact-the-recruiter-choice-keep-up = سأتركه. جعل الناس يتكلّمون، وهذا ما يهمّ.
contact-the-recruiter-feedback-keep-up = فرصة لنتعلّم: التزييف على حسابك ما زال يضلّل الناس، وقد جلب للتوّ { $stranger } إلى رسائلك. ما زال بإمكانك حذفه ومشاركة التدقيق.
contact-the-recruiter-choice-take-down = سأحذف إعادة النشر، وأضع التدقيق مكانها.
contact-the-recruiter-feedback-take-down = هذا هو. حذف التزييف يزيل الطُّعم، والتدقيق يُظهر موقفك. أمثال { $stranger } يراقبون من يشارك ماذا.
contact-the-recruiter-choice-go-private = سأجعل حسابي خاصًا، فلا يراه إلا أصدقائي.
contact-the-recruiter-feedback-go-private = الحساب الخاص يعني أن غرباء أقل سيرونه. لكن أصدقاءك ما زالوا يرونه، والتزييف ما زال يؤثّر فيهم. الأفضل حذفه ومشاركة التدقيق.
contact-the-recruiter-repost-gone = حذفت إعادة النشر وشاركت التدقيق. لا يذكر { $stranger } المقطع مرة أخرى. في تلك الليلة تصل رسالة جديدة.
contact-the-recruiter-gone-private = صار حسابك خاصًا. لكن { $stranger } رآه من قبل، وأصدقاؤك ما زالوا يرونه. في تلك الليلة تصل رسالة جديدة.
contact-the-recruiter-repost-stays = تبقى إعادة النشر، وتُشارَك بضع مرات أخرى. في تلك الليلة تصل رسالة جديدة.
contact-the-recruiter-meme = يرسل لك { $stranger } رسالة خاصة: ميم يسخر من جماعة كاملة من الناس بسبب دينهم.

contact-the-recruiter-edgy = هههه لا أحد هنا سيفهم هذه غيرك. الدردشة الرئيسية ليّنة جدًا على النكات الحقيقية. أنت من طينة أخرى
contact-the-recruiter-choice-laugh = هههه قاسية. يبدو أن حسّ الفكاهة عندي أسود من غيري.
contact-the-recruiter-feedback-laugh = فرصة لنتعلّم: الضحك معه يبدو بلا ضرر، لكنه يقول لـ{ $stranger } إنك منفتح على المزيد. ونكات كهذه تجعل أناسًا حقيقيين يشعرون بعدم الأمان.
contact-the-recruiter-choice-change-subject = هه، ليست من نوع الفكاهة الذي أحبه. هل ستلعب الليلة؟
contact-the-recruiter-feedback-change-subject = عدم المشاركة كان جيدًا. ومع ذلك، النمط واضح: مديح مع «نكات» تختبر حدودك. جملة قصيرة هادئة مثل «ليست مضحكة» تُظهر موقفك.
contact-the-recruiter-choice-not-funny = ليست مضحكة. النكات عن جماعة كاملة ليست بريئة.
contact-the-recruiter-feedback-not-funny = هدوء ووضوح. النكات «الجريئة» عن جماعة ما تكون غالبًا اختبارًا لما ستتقبّله، و«أنت من طينة أخرى» طُعم معروف. الرفض المبكر يُظهر موقفك.
contact-the-recruiter-c-more = يصل المزيد كل ليلة، وكل واحد أكثر قتامة. صار السهر لمعرفة ما سيرسله { $stranger } بعد ذلك عادة، وتبدو الدردشة الرئيسية مملّة.
contact-the-recruiter-c-subject = ممكن لاحقًا. لكن لا أحد هنا يشبهك، هذه حقيقة.
contact-the-recruiter-c-pushback = على مهلك، إنها مجرد نكتة هههه. قصدت فقط أنك أذكى من الحسّاسين في الدردشة الرئيسية

contact-the-recruiter-video = احترامي. تفكيرك مستقل فعلًا. معظم الناس يبتلعون كل ما تقوله لهم الأخبار وأهاليهم. هذا لك، 40 دقيقة ممّا يخفونه عنك
contact-the-recruiter-pic-urgent = شاهده قبل أن يُحذف
contact-the-recruiter-pic-duration = 40:12
contact-the-recruiter-pic-video-title = ما يخفونه عنك
contact-the-recruiter-pic-channel = TheHiddenFiles
contact-the-recruiter-choice-check-video = من صنع هذا؟ سأرى أولًا ما تقوله المصادر الأخرى عنه.
contact-the-recruiter-feedback-check-video = تصرّف ذكي. نظرت إلى ما هو أبعد من الفيديو نفسه. «ما يخفونه عنك» عبارة تسويقية، وقناة مجهولة ليست مصدرًا. الحقائق الحقيقية تصمد أمام القراءة الجانبية.
contact-the-recruiter-choice-skip-video = ليس الليلة. الوقت متأخّر، وعندي امتحان صباح الغد.
contact-the-recruiter-feedback-skip-video = حماية نومك قرار جيد. لكن { $stranger } سيواصل إرسال هذه الفيديوهات. سؤالك عمّن صنع الفيديو وما تقوله المصادر الأخرى يساعدك على رؤية النمط.
contact-the-recruiter-choice-watch-all = حسنًا، سأشاهده كله. أثق بنفسي في سماع الطرفين.
contact-the-recruiter-feedback-watch-all = فرصة لنتعلّم: «الطرفان» هنا طرف واحد مدّته 40 دقيقة. ثم يسلسل التشغيل التلقائي فيديوهات تزداد غضبًا، لأن الغضب يبقيك أمام الشاشة.
contact-the-recruiter-c-sources = بحثت عن القناة: مجهولة، بلا أسماء، و«حقائقها» تعود إلى مواقع يحذّر منها مدقّقو الحقائق مرة بعد مرة. وسائل الإعلام والخبراء يقولون شيئًا مختلفًا تمامًا.
contact-the-recruiter-same-channel = اسم واحد يلفت انتباهك: هذه القناة هي أول من نشر المقطع المزيّف عن الانتخابات الذي أبلغت عنه. وهو موسوم الآن «وسائط متلاعب بها». الأشخاص أنفسهم، وفيديو جديد.
contact-the-recruiter-pic-about = بلا أسماء. بلا مصادر. بلا تواصل.
contact-the-recruiter-pic-factcheck = مدقّقو الحقائق يحذّرون منها مرة بعد مرة
contact-the-recruiter-c-skip = ‏{ $stranger }: «لا مشكلة، نومًا هنيئًا». في الصباح تنتظرك ثلاثة روابط أخرى، على كل منها «شاهده قبل أن يُحذف».
contact-the-recruiter-c-rabbit = التشغيل التلقائي يستمر حتى الرابعة فجرًا، وكل فيديو أكثر غضبًا من الذي قبله. في اليوم التالي، انفعال على العائلة، ومراجعة متروكة، والميمات لم تعد تبدو نكاتًا.

contact-the-recruiter-invite = هناك مجموعة خاصة لمن يرون ما يحدث فعلًا. بالدعوة فقط، ولا رقابة. وعائلتك لا داعي أن تعرف، فقد لُقّنوا الأكاذيب نفسها مثل الجميع. الآن صار الأمر نحن ضدّهم
contact-the-recruiter-pic-group = الدائرة المغلقة
contact-the-recruiter-pic-private = مجموعة خاصة · بالدعوة فقط
contact-the-recruiter-pic-members = ‏27 عضوًا
contact-the-recruiter-pic-join = انضمّ
contact-the-recruiter-choice-undercover = سأنضمّ، لكن فقط لأصوّر كل شيء ثم أبلغ عنهم.
contact-the-recruiter-feedback-undercover = فرصة لنتعلّم: الإبلاغ عنهم صائب، لكن الانضمام يضعك في وسط الضغط، وجمع الأدلة ليس مهمّتك. ما لديك يكفي: الإبلاغ عنه وإخبار شخص بالغ موضع ثقتك.
contact-the-recruiter-choice-decline = لا شكرًا، هذا ليس من اهتماماتي. أراك في اللعبة.
contact-the-recruiter-feedback-decline = الرفض كان صحيحًا. لكن { $stranger } ما زال في الخادم، والضغط سيعود، عليك وعلى غيرك. حفظ المحادثة والإبلاغ عن الحساب يغلقان الباب.
contact-the-recruiter-choice-join = هيا، أضفني إليها. عائلتي لن تفهم على أي حال.
contact-the-recruiter-feedback-join = فرصة لنتعلّم: المجموعة التي تطلب منك إخفاءها عمّن يحبّونك تحاول عزلك. هكذا يعمل التلاعب، وكونك مستهدفًا ليس ذنبك.
contact-the-recruiter-choice-step-back = أصوّر، وأبلغ عن الحساب، وأكلّم الأستاذة عُلا.
contact-the-recruiter-feedback-step-back = شجاعة وذكاء. السرّية، و«عائلتك تكذب عليك»، و«نحن ضدّهم» علامات تجنيد نموذجية. حفظت الأدلة، وأبلغت، وجعلت شخصًا بالغًا موضع ثقتك إلى جانبك.
contact-the-recruiter-c-report = حفظت المحادثة، وأبلغت عن { $stranger } لمشرفي الخادم وللمنصّة، ثم أغلقت الجهاز. وفي اليوم التالي، حديث مع الأستاذة عُلا بعد الحصة.
contact-the-recruiter-pic-report-title = الإبلاغ عن { $stranger }
contact-the-recruiter-pic-saved = حُفظت المحادثة كصور شاشة
contact-the-recruiter-pic-mods = أُرسل إلى مشرفي الخادم
contact-the-recruiter-pic-platform = أُرسل إلى فريق الأمان في { $app }
contact-the-recruiter-pic-thanks = شكرًا. سنراجع هذا الحساب.
contact-the-recruiter-tell-adult = شكرًا لأنك أريتني. المديح والأسرار و«نحن ضدّهم» نمط تجنيد، وقد اكتشفته. المشرفون حظروا الحساب. وإذا تحدّث أحد يومًا عن إيذاء الناس، نتصل بالشرطة.
contact-the-recruiter-c-undercover = في الداخل، ترحّب بك المجموعة باسمك. المنشورات لا تتوقف ليلًا ونهارًا، وموافقتك عليها تزداد. { $stranger }: «كنت أعرف أنك منّا. والآن الدليل: واحد من هذه في الخادم الرئيسي».
contact-the-recruiter-c-inside = المجموعة تنشر ليلًا ونهارًا، ومن يشكّ يُسخر منه. تركت المراجعة طوال الأسبوع. { $stranger }: «حان وقت الدليل على أنك منّا: واحد من هذه في الخادم الرئيسي».
contact-the-recruiter-c-decline = ‏{ $stranger }: «الخسارة خسارتك. الباب مفتوح». بعد أسبوع تعود الرسائل، أكثر ودًّا من أي وقت مضى، ولاعبان أصغر سنًا من الخادم انضمّا إلى المجموعة.

contact-the-recruiter-way-back = هكذا يعمل التلاعب: المديح، والأسرار، و«نحن ضدّهم»، ثم اختبار. لا شيء من هذا ذنبك، ويمكنك الابتعاد في أي وقت. ما اختيارك؟
contact-the-recruiter-choice-prove = سأنشر الميم. منشور واحد، وبعدها سيثقون بي.
contact-the-recruiter-feedback-prove = فرصة لنتعلّم: المنشورات الكارهة تؤذي أناسًا حقيقيين في خادمك، وتخالف قواعد المنصّة، وقد تخالف القانون، وتلاحقك لسنوات. لم يفت الأوان أبدًا على الابتعاد.
contact-the-recruiter-choice-get-out = أغادر، وأحفظ الصور، وأكلّم الأستاذة عُلا.
contact-the-recruiter-feedback-get-out = هذه أشجع خطوة على الإطلاق. مغادرة مجموعة منحتك شعور الانتماء أمر صعب. صور الشاشة تساعد المنصّة، أو الشرطة إن لزم الأمر، على التصرّف. وخطوط المساعدة تستطيع دعمك أيضًا.
contact-the-recruiter-choice-argue = سأبقى وأجادلهم. لا بد أن يساعدهم أحد على الفهم.
contact-the-recruiter-feedback-argue = فرصة لنتعلّم: الجدال من الداخل يبقيك في منشوراتهم ليلًا ونهارًا، وهذه المجموعات مصمّمة لإنهاك من يشكّ. لا أحد يغلب مجموعة كاملة وحده. الخروج أقوى.
contact-the-recruiter-c-tell-late = يسعدني حقًا أنك جئت إليّ، ولا أحد غاضب منك. هذه الجماعات تستهدف من يشعرون بالوحدة أو الغضب، وهذا ليس عيبًا فيك. لنبلغ عنها، ونخصّص وقتًا لأشياء تحبّها بعيدًا عن الإنترنت.
contact-the-recruiter-c-posted = نشرته. لاعبون تعرفهم منذ أشهر يصمتون، والمشرفون يحذفونه، و{ $stranger } يكتب: «بداية جيدة. المرة القادمة، شيء أكبر».
contact-the-recruiter-c-argued = جدال لساعات كل ليلة. يسخرون منك، ثم يمدحونك، ثم يسخرون مجددًا. بعد أسبوع، إنهاك، وتأخّر في المراجعة، وبعض عباراتهم عالقة في رأسك.

contact-the-recruiter-again = مرحبًا، لا ضغينة. رأيت أنك خسرت تلك المباراة، صعب. الحقيقيون يقفون معك، لا المزيّفون في الدردشة الرئيسية. المجموعة ما زالت مفتوحة، كلمة منك تكفي
contact-the-recruiter-choice-late-report = أصوّر الرسائل، وأبلغ، ثم أكلّم الأستاذة عُلا.
contact-the-recruiter-feedback-late-report = بالضبط. رأيت الطُّعم نفسه يعود، فحفظت الأدلة، وأبلغت، وأشركت شخصًا بالغًا موضع ثقتك. هذا يحميك ويحمي اللاعبين الأصغر الذين يستهدفهم الآن.
contact-the-recruiter-choice-one-look = حسنًا، نظرة سريعة لن تضر. أنا أثق بنفسي.
contact-the-recruiter-feedback-one-look = فرصة لنتعلّم: «مجرد نظرة» هي طريقة عمل الدعوة: ما إن يتمّ الدخول حتى يبدأ الضغط. الاستسلام تحت الإلحاح ليس ذنبك، ولم يفت الأوان أبدًا على الابتعاد.
contact-the-recruiter-choice-ignore = سأتجاهله فقط. إنه خادم ألعاب، وأنا في أمان.
contact-the-recruiter-feedback-ignore = فرصة لنتعلّم: التجاهل يبقيك بعيدًا، لكن { $stranger } يستهدف الآن اللاعبين الأصغر، ولا أحد ممّن يستطيعون إيقافه يعرف. ما يبدأ على الإنترنت قد يمتدّ إلى الحياة الحقيقية.
contact-the-recruiter-c-late-report = شكرًا لأنك أخبرتني، ولا أحد غاضب منك. المشرفون حظروا الحساب، وسأتأكّد من أن اللاعبين الأصغر وعائلاتهم يعرفون. وإذا تحدّث أحد عن إيذاء الناس، نتصل بالشرطة.
contact-the-recruiter-c-one-look = النظرة تصبح أمسية كاملة. وبحلول نهاية الأسبوع، صارت المجموعة كل لياليك، و{ $stranger } يطلب «دليلًا».
contact-the-recruiter-c-ignore = كتمت { $stranger } وواصلت اللعب. تتوقف الرسائل عنك. وفي الدردشة الرئيسية، يبدأ اللاعبان الأصغر بنشر «النكات» نفسها.

contact-the-recruiter-end-safe = رأيت الطُّعم وراء النكات والمجموعة السرّية، وحفظت الأدلة، وأبلغت، وتحدّثت مع الأستاذة عُلا. لا أحد غيرك يحقّ له أن يقرّر من هم أعداؤك.
contact-the-recruiter-end-safe-late = رفضت المجموعة، وحين عاد { $stranger }، حفظت الرسائل، وأبلغت، وأخبرت الأستاذة عُلا. واللاعبون الأصغر الذين كانوا مستهدفين يتلقّون المساعدة أيضًا.
contact-the-recruiter-end-recovered = انجرفت إلى المجموعة، ثم خرجت منها، وحفظت الأدلة، وطلبت المساعدة من الأستاذة عُلا. هذا يحتاج إلى قوة حقيقية. والذين يهتمّون بك لم يرحلوا أبدًا.
contact-the-recruiter-end-mixed = بقيت خارج المجموعة، لكن { $stranger } ما زال في الخادم يستهدف اللاعبين الأصغر، ولا أحد ممّن يستطيعون إيقافه يعرف. الحفظ والإبلاغ والكلام مع أحد يغلق الباب.
contact-the-recruiter-end-harmful = المجموعة تحيط بك الآن. تأخذ لياليك وأفكارك، وتريد المزيد. هذا ليس ذنبك: هذه المجموعات تستهدف الناس عمدًا. لم يفت الأوان أبدًا على المغادرة وإخبار شخص بالغ موضع ثقتك، وسيساعدك.

# هاتفي: الحساب الذي أبلغت عنه.
contact-the-recruiter-trace-reported = أبلغت عن { $stranger } لمشرفي الخادم وللمنصّة، مع صور للشاشة.
contact-the-recruiter-trace-reported-advice = شجاعة وصواب. إن عاد هذا الحساب باسم جديد، فالنمط مكشوف لك: مديح، وأسرار، واختبار. الحل: حفظ الأدلة، والإبلاغ، وإخبار شخص بالغ موضع ثقتك.
