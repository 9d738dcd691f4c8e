# التواصل / العدوانية: المدرّب في اللعبة (الأعمار 13-15)، نمط استدراج دون محتوى جنسي

contact-the-gaming-mentor-title = المدرّب في اللعبة
contact-the-gaming-mentor-summary = لاعب من أصحاب المراتب العليا يعرض عليك تدريبًا مجانيًا، ثم يحاول شيئًا فشيئًا أن يبعدك عن أصدقائك.
contact-the-gaming-mentor-remember = من يعزلك عن أصدقائك، أو يسأل أين تسكن، أو يريد أسرارًا، ليس مدرّبًا حقيقيًا. احفظ الرسائل، واحظره، وأبلغ عنه، وأخبر شخصًا بالغًا تثق به.

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
contact-the-gaming-mentor-name-sam = نور
contact-the-gaming-mentor-name-jo = جود
contact-the-gaming-mentor-name-dev = ضياء
contact-the-gaming-mentor-adult-mum = ماما
contact-the-gaming-mentor-adult-dad = بابا
contact-the-gaming-mentor-adult-grandpa = جدّو

contact-the-gaming-mentor-intro = طوال الأسبوع وأنت تلعب المباريات المصنّفة بلا توقّف في { $game } مع { $friend } وفريقك. ولاعب من أصحاب المراتب العليا، { $mentor }، يتابع مبارياتك.

contact-the-gaming-mentor-offer = عندك موهبة حقيقية، أكثر بكثير من فريقك. أنا أدرّب لاعبين يصيرون محترفين، ومجانًا لك. الليلة من 11 حتى 2؟ هذا وقت لعب الجادّين حقًا.
contact-the-gaming-mentor-choice-daytime-only = شكرًا، لكنني ألعب مع فريقي، وليس حتى هذا الوقت المتأخّر
contact-the-gaming-mentor-feedback-daytime-only = حدس جيد. تدريب مجاني من غريب، مع عبارة «أفضل من فريقك»، مديح فيه طُعم. ولا توجد مرتبة تستحق أن تخسر نومك في ليلة دراسية.
contact-the-gaming-mentor-choice-open-server = ربما، لكن في الخادم العام فقط، ولمدة ساعة
contact-the-gaming-mentor-feedback-open-server = إبقاء الأمر علنيًا وقصيرًا تصرّف ذكي. ومع ذلك، لاحظ كيف قلّل { $mentor } من شأن أصدقائك منذ البداية. انتبه لذلك.
contact-the-gaming-mentor-choice-play-all-night = نعم! سألعب حتى 2 كل ليلة
contact-the-gaming-mentor-feedback-play-all-night = فرصة لنتعلّم: اللعب حتى الثانية فجرًا ليلة بعد ليلة يدمّر النوم والمزاج والدراسة. ومن يريدك متّصلًا بينما الكبار نائمون يستحق أن تنظر إليه مرة ثانية.

contact-the-gaming-mentor-late-nights = أسبوع من المباريات حتى الثانية فجرًا. تغفو في الصف، وتتراجع درجاتك، وتصلك رسالة من { $friend }: «اختفيت عن الفريق، هل أنت بخير؟»

contact-the-gaming-mentor-isolate = بصراحة، { $friend } والبقية يعيقون تقدّمك. لا يفهمونك كما أفهمك أنا. في أي مدينة أنت؟ انضمّ إلى خادمي الخاص، نحن الاثنين فقط.
contact-the-gaming-mentor-choice-keep-private = لا. موقعي يبقى خاصًا، وأصدقائي باقون.
contact-the-gaming-mentor-feedback-keep-private = هذا هو. تحريضك على أصدقائك وسؤالك عن مكان سكنك علامتا خطر كبيرتان. يحق لك أن تقول لا لأي شخص، مهما كان قد ساعدك.
contact-the-gaming-mentor-choice-dodge = سأغيّر الموضوع ولن أجيب
contact-the-gaming-mentor-feedback-dodge = أبقيت موقعك خاصًا، جيد. لكن التهرّب قد يجعل { $mentor } يضغط أكثر. الرفض الواضح، والحديث مع شخص تثق به، أقوى.
contact-the-gaming-mentor-choice-city-server = سأخبره بمدينتي وأنضمّ إلى الخادم
contact-the-gaming-mentor-feedback-city-server = فرصة لنتعلّم: مدينتك مع اسمك في اللعبة يجعلان العثور عليك أسهل. والخادم الخاص مع غريب بالغ وحدكما يعني أن لا أحد غيركما يرى ما يحدث.

contact-the-gaming-mentor-angry = واو. بعد كل ما فعلته لك؟ أنت ناكر للجميل. انضمّ الليلة، وإلا سأقول للجميع إنك لاعب فاشل وأجعلهم يحظرون حسابك.
contact-the-gaming-mentor-choice-save-block-report = سألتقط صور الشاشة، وأحظره، وأبلغ عنه، وأخبر { $adult }
contact-the-gaming-mentor-feedback-save-block-report = صحيح تمامًا. الغضب والتهديد حين تقول لا يكشفان حقيقة هذا «التدريب». صور الشاشة دليل، والإبلاغ يحمي لاعبين آخرين أيضًا.
contact-the-gaming-mentor-choice-block-quietly = سأحظر { $mentor } وأحتفظ بالأمر لنفسي
contact-the-gaming-mentor-feedback-block-quietly = الحظر يُنهي التواصل، جيد. لكن { $mentor } قد يفعل هذا مع لاعبين صغار آخرين. الإبلاغ وإخبار شخص بالغ تثق به يساعدان على إيقاف ذلك.
contact-the-gaming-mentor-choice-say-sorry = سأعتذر وأنضمّ إلى الخادم الخاص
contact-the-gaming-mentor-feedback-say-sorry = فرصة لنتعلّم: لا تدين لأحد باعتذار لأنك قلت لا. التهديدات وسيلة للسيطرة عليك، والاستسلام لها يؤدّي عادةً إلى المزيد.

contact-the-gaming-mentor-private-server = جيد، نحن الاثنين فقط الآن. لا تخبر والديك عن هذا الخادم، سيُفسدان كل شيء. في أي مدرسة تدرس؟ ربما أسكن قريبًا منك.
contact-the-gaming-mentor-sango-worried = أنا قلق. أسرار عن الوالدين، وأسئلة عن مدرستك، و«نحن الاثنين فقط»: هذه علامات خطر جدّية. أنت لست في ورطة. ماذا ستفعل؟
contact-the-gaming-mentor-choice-leave-tell = سأغادر الخادم، وأحفظ الأدلة، وأخبر { $adult }
contact-the-gaming-mentor-feedback-leave-tell = شجاع وصحيح. لا أحد آمن يطلب منك إخفاء أسرار عن والديك. يستطيع شخص بالغ تثق به أن يساعدك في الإبلاغ عن { $mentor } إلى اللعبة، وإلى الشرطة إن لزم الأمر.
contact-the-gaming-mentor-choice-leave-quiet = سأغادر الخادم، لكن لن أخبر أحدًا
contact-the-gaming-mentor-feedback-leave-quiet = المغادرة خطوة جيدة. لكن { $mentor } قد يعرف مدينتك واسمك في اللعبة، وقد يحاول مرة أخرى أو يستهدف غيرك. إخبار شخص بالغ تثق به يعني أنه يمكن الإبلاغ عنه.
contact-the-gaming-mentor-choice-answer-secret = سأجيب، وأبقي الخادم سرًّا
contact-the-gaming-mentor-feedback-answer-secret = فرصة لنتعلّم: أسرار كهذه لا تحمي إلا الشخص الآخر. لم يفت الأوان أبدًا لتغادر، وتحفظ الرسائل، وتخبر شخصًا تثق به.

contact-the-gaming-mentor-adult-helps = شكرًا لأنك أريتني، كان هذا تصرّفًا ذكيًا. لم تفعل أي شيء خاطئ. لنبلغ { $game } عن الحساب معًا، ونتفق على ساعات لعب تترك وقتًا كافيًا للنوم.
contact-the-gaming-mentor-adult-helps-late = يسعدني حقًا أنك أخبرتني، وأنت لست في ورطة. لنحفظ كل شيء ونبلغ { $game } عن { $mentor }. وإذا كان يعرف أين تسكن، فسنتصل بالشرطة.

contact-the-gaming-mentor-end-safe = أبقيت أصدقاءك قريبين وموقعك خاصًا، وأبلغت عن شخص حاول أن يعزلك. المدرّبون الحقيقيون لا يحتاجون إلى الأسرار أبدًا.
contact-the-gaming-mentor-end-mixed = نجوت، لكن لم يبلغ أحد عن { $mentor }، وقد يكون لاعبون صغار آخرون هم التالين. إخبار شخص بالغ تثق به يساعد على إيقافه للجميع.
contact-the-gaming-mentor-end-recovered = وصل الأمر أبعد ممّا يجب، لكنك أخبرت أحدًا وطلبت المساعدة. تم الإبلاغ عن { $mentor }، وعدت إلى فريقك.
contact-the-gaming-mentor-end-harmful = صار { $mentor } يعرف عنك أكثر، ويريد أن يبقى ذلك سرًّا. هذا ليس ذنبك، ولم يفت الأوان أبدًا: احفظ الرسائل وأخبر شخصًا بالغًا تثق به.
