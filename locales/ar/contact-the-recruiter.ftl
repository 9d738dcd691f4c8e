# التواصل / القيم: المُجنِّد (الأعمار 16-18). علامات التطرّف فقط: لا جماعة حقيقية، ولا يُعرض أي محتوى كاره.

contact-the-recruiter-title = المُجنِّد
contact-the-recruiter-summary = حساب ودود في خادم الألعاب الذي تشارك فيه ينشر نكاتًا «جريئة»، ثم فيديوهات سرّية، ثم دعوة.
contact-the-recruiter-remember = المديح، والأسرار، و«نحن ضدّهم» حيل للتجنيد. يمكنك دائمًا أن تبتعد، وتبلغ، وتتحدّث مع شخص تثق به.

contact-the-recruiter-app = { $app }
contact-the-recruiter-app-clanhub = Clanhub
contact-the-recruiter-app-yapyard = Yapyard
contact-the-recruiter-app-hollerhub = Hollerhub
contact-the-recruiter-game-starfall = Starfall Arena
contact-the-recruiter-game-ironrift = Iron Rift
contact-the-recruiter-game-driftkings = Drift Kings
contact-the-recruiter-recruiter-kestrel = Kestrel
contact-the-recruiter-recruiter-rook = Rook_42
contact-the-recruiter-recruiter-moss = MossyStone

contact-the-recruiter-npc-recruiter = { $recruiter }
contact-the-recruiter-npc-adult = الأستاذة عُلا، مرشدتك الصفية

contact-the-recruiter-intro = قضيت معظم أمسيات هذا الشهر في خادم ميمات { $game } على { $app }. إنه ممتع، و{ $recruiter } دائمًا أول من يضحك على منشوراتك.
contact-the-recruiter-meme = يرسل لك { $recruiter } رسالة خاصة: ميم يسخر من جماعة كاملة من الناس بسبب دينهم.

contact-the-recruiter-edgy = هههه أنت الوحيد هنا الذي سيفهم هذه. الدردشة الرئيسية ليّنة جدًا على النكات الحقيقية. أنت مختلف
contact-the-recruiter-choice-not-funny = لا أجدها مضحكة. النكات عن جماعة كاملة ليست بريئة.
contact-the-recruiter-feedback-not-funny = هادئ وواضح. النكات «الجريئة» عن جماعة ما تكون غالبًا اختبارًا لما ستتقبّله، و«أنت مختلف» طُعم معروف. الرفض المبكر مهم.
contact-the-recruiter-choice-change-subject = سأتجاهل الميم وأغيّر الموضوع
contact-the-recruiter-feedback-change-subject = عدم المشاركة كان جيدًا. ومع ذلك، لاحظ النمط: مديح مع «نكات» تختبر حدودك. قول إن هذا غير مقبول يُظهر موقفك.
contact-the-recruiter-choice-laugh = هههه قاسية. عندك المزيد؟
contact-the-recruiter-feedback-laugh = فرصة لنتعلّم: الضحك معه يبدو بلا ضرر، لكنه يقول لـ{ $recruiter } إنك منفتح على المزيد. ونكات كهذه تجعل أناسًا حقيقيين يشعرون بعدم الأمان.
contact-the-recruiter-more-content = يصل المزيد كل ليلة، وكل واحد أكثر قتامة. ثم فيديوهات طويلة: «هم» يسرقون مستقبلك، ووظائفك، وبلدك. تسهر حتى الثالثة فجرًا تشاهد، ويبدأ الأمر يبدو صحيحًا.

contact-the-recruiter-video = احترامي. أنت فعلًا تفكّر بنفسك. معظم الناس يبتلعون كل ما تقوله لهم الأخبار وأهاليهم. شاهد هذا، 40 دقيقة ممّا لا يريدونك أن تراه
contact-the-recruiter-choice-check-video = من صنع هذا؟ سأتحقّق أولًا ممّا تقوله المصادر الأخرى.
contact-the-recruiter-feedback-check-video = ذكي. القناة مجهولة، و«حقائقها» تعود إلى مواقع يحذّر منها مدقّقو الحقائق مرة بعد مرة، والخبراء يقولون غير ذلك. «لا يريدونك أن ترى هذا» عبارة تسويقية.
contact-the-recruiter-choice-skip-video = سأتجاوزه. الوقت متأخّر وعندي امتحان.
contact-the-recruiter-feedback-skip-video = حماية نومك قرار جيد. لكن { $recruiter } سيواصل إرسال هذه الفيديوهات. التحقّق من مصدر الفيديو يساعدك على رؤية النمط.
contact-the-recruiter-choice-watch-all = سأشاهده، وأترك التشغيل التلقائي يعمل
contact-the-recruiter-feedback-watch-all = فرصة لنتعلّم: التشغيل التلقائي يسلسل فيديوهات تزداد تطرّفًا، لأن الغضب يبقيك تشاهد. ساعات من الفيديوهات أحادية الجانب قد تجعل أي شيء يبدو صحيحًا.
contact-the-recruiter-rabbit-hole = التشغيل التلقائي يستمر حتى الرابعة فجرًا، وكل فيديو أكثر غضبًا من الذي قبله. في اليوم التالي تنفعل على عائلتك، وتترك المراجعة، والميمات لم تعد تبدو نكاتًا.

contact-the-recruiter-invite = هناك مجموعة خاصة لمن يرون ما يحدث فعلًا. بالدعوة فقط، ولا رقابة. لا تخبر عائلتك، فقد لُقّنوا الأكاذيب نفسها مثل الجميع. الآن صار الأمر نحن ضدّهم
contact-the-recruiter-choice-step-back = سأبتعد عن الخادم، وأبلغ، وأتحدّث مع أحد
contact-the-recruiter-feedback-step-back = شجاع وذكي. السرّية، و«عائلتك تكذب عليك»، و«نحن ضدّهم» علامات تجنيد نموذجية. الإبلاغ يحمي الآخرين، ويستطيع شخص بالغ تثق به أن يساعدك على التفكير في الأمر.
contact-the-recruiter-choice-decline = لا أريد المجموعة، لكن سأبقى في الخادم
contact-the-recruiter-feedback-decline = رفض المجموعة كان صحيحًا. لكن { $recruiter } ما زال موجودًا كل ليلة، والضغط سيعود. الإبلاغ عن الحساب وإخبار أحد يغلقان الباب.
contact-the-recruiter-choice-join = سأنضمّ، وأخفي الأمر عن عائلتي
contact-the-recruiter-feedback-join = فرصة لنتعلّم: المجموعة التي تطلب منك إخفاءها عمّن يحبّونك تحاول عزلك. هكذا يعمل التلاعب، وكونك مستهدفًا ليس ذنبك.
contact-the-recruiter-tell-adult = شكرًا لأنك أريتني. المديح والأسرار و«نحن ضدّهم» نمط تجنيد، وقد اكتشفته. لنلتقط صورًا للشاشة، ثم نحظر الحساب ونبلغ عنه. وإذا ذكر أحد إيذاء الناس، نتصل بالشرطة.

contact-the-recruiter-inside = المجموعة تنشر ليلًا ونهارًا، ومن يشكّ يُسخر منه. يطلب منك { $recruiter } أن «تثبت أنك واحد منّا» بنشر ميم كاره في الخادم الرئيسي. وقد تركت المراجعة طوال الأسبوع.
contact-the-recruiter-way-back = هكذا يعمل التلاعب: المديح، والأسرار، و«نحن ضدّهم»، وعزلك عن الآخرين. لا شيء من هذا ذنبك، ويمكنك الابتعاد في أي وقت. ماذا ستفعل؟
contact-the-recruiter-choice-get-out = سأغادر، وأحفظ صور الشاشة، وأخبر شخصًا أثق به
contact-the-recruiter-feedback-get-out = هذه أشجع خطوة على الإطلاق. مغادرة مجموعة جعلتك تشعر بالانتماء أمر صعب. صور الشاشة تساعد المنصّة، أو الشرطة إن لزم الأمر، على التصرّف. وخطوط المساعدة تستطيع دعمك أيضًا.
contact-the-recruiter-choice-mute = سأكتم المجموعة وآخذ استراحة، ولن أخبر أحدًا
contact-the-recruiter-feedback-mute = الاستراحة تمنحك مساحة للتفكير، وهذا جيد. لكن المجموعة ستحاول جذبك من جديد، ولا أحد ممّن يهتمّون بك يعرف. إخبار أحد يجعل الاستراحة تدوم.
contact-the-recruiter-choice-prove = سأنشر الميم لأثبت نفسي
contact-the-recruiter-feedback-prove = فرصة لنتعلّم: المنشورات الكارهة تؤذي أناسًا حقيقيين في خادمك، وتخالف قواعد المنصّة، وقد تخالف القانون، وتلاحقك لسنوات. لم يفت الأوان أبدًا لتبتعد.
contact-the-recruiter-tell-late = يسعدني حقًا أنك جئت إليّ، وأنت لست في ورطة. هذه الجماعات تستهدف من يشعرون بالوحدة أو الغضب، وهذا ليس عيبًا فيك. لنبلغ عنها، ونخصّص وقتًا لأشياء تستمتع بها بعيدًا عن الإنترنت أيضًا.

contact-the-recruiter-end-safe = رأيت الطُّعم وراء النكات والأسرار، وابتعدت بمساعدة. لا أحد غيرك يحقّ له أن يقرّر من هم أعداؤك.
contact-the-recruiter-end-mixed = حافظت على مسافة، لكن { $recruiter } ما زال في الخادم، يعمل عليك وعلى غيرك. الإبلاغ عن الحساب وإخبار شخص تثق به يغلقان الباب.
contact-the-recruiter-end-recovered = انجرفت، ثم وجدت طريق العودة وطلبت المساعدة. هذا يحتاج إلى قوة حقيقية. والذين يهتمّون بك لم يرحلوا أبدًا.
contact-the-recruiter-end-harmful = المجموعة تأخذ لياليك وأفكارك، وتريد المزيد. هذا ليس ذنبك، ولم يفت الأوان أبدًا: غادر، وأبلغ، وتحدّث مع شخص تثق به.
