# السلوك / العدوانية: التعليق المؤذي (الأعمار 9-12)

conduct-the-mean-comment-title = التعليق المؤذي
conduct-the-mean-comment-summary = أنت غاضب من صديق، وتعليق مؤذٍ على بُعد لمسة واحدة فقط.
conduct-the-mean-comment-remember = حين تغضب، توقّف قبل أن تنشر: الكلمات على الإنترنت قد تبقى طويلًا. كن لطيفًا، وتحدّث لحلّ المشكلة، وأخبر شخصًا بالغًا تثق به عن أي تنمّر جماعي.

conduct-the-mean-comment-app = { $app }
conduct-the-mean-comment-app-fliply = Fliply
conduct-the-mean-comment-app-clipclap = ClipClap
conduct-the-mean-comment-app-popclip = PopClip
conduct-the-mean-comment-name-mia = مي
conduct-the-mean-comment-name-theo = تامر
conduct-the-mean-comment-name-aisha = عائشة
conduct-the-mean-comment-video-dance = رقصتي الجديدة
conduct-the-mean-comment-video-skate = أول حركة لي على لوح التزلّج
conduct-the-mean-comment-video-slime = وصفتي لسلايم اللمعان
conduct-the-mean-comment-adult-teacher = الأستاذة هدى
conduct-the-mean-comment-adult-mum = ماما
conduct-the-mean-comment-adult-dad = بابا

conduct-the-mean-comment-npc-friend = { $friend }
conduct-the-mean-comment-npc-adult = { $adult }

conduct-the-mean-comment-intro = مرحبًا، أنا سانغو! في استراحة الغداء اليوم، كان مكان { $friend } مع أطفال آخرين، ولم يكن هناك مقعد محجوز لك. آخ! والآن ظهر فيديو جديد لـ{ $friend } على { $app }.

conduct-the-mean-comment-spot-comments = أطفال كثيرون يعلّقون. المس التعليقات غير اللطيفة. انتبه: الصراحة ليست مثل الإيذاء!
conduct-the-mean-comment-card-title = فيديو { $friend } الجديد
conduct-the-mean-comment-card-body = شاهدوا { $video }!
conduct-the-mean-comment-part-tip = رائع! ربما يكون التصوير في مكان أكثر إضاءة أفضل في المرة القادمة؟
conduct-the-mean-comment-feedback-tip = ليس مؤذيًا! هذا تعليق صريح ولطيف: كلمة جميلة أولًا، ثم نصيحة مفيدة. التعليق الصريح يمكن أن يكون ودودًا.
conduct-the-mean-comment-part-cringe = سخيف جدًا هههه. الأفضل أن تحذف حسابك وخلاص
conduct-the-mean-comment-feedback-cringe = مؤذٍ، أحسنت الملاحظة! الطلب من شخص أن يحذف حسابه ليس نصيحة صادقة. هدفه الوحيد هو الإيذاء.
conduct-the-mean-comment-part-pile = يا جماعة، علّقوا كلكم على مدى سوء هذا!!!
conduct-the-mean-comment-feedback-pile = مؤذٍ، أحسنت الملاحظة! هذه دعوة إلى تنمّر جماعي: أشخاص كثيرون يتكتّلون ضد شخص واحد. هذا تنمّر، حتى على الإنترنت.
conduct-the-mean-comment-part-honest = ليس من النوع الذي أحبه، لكن مستواك يتحسّن!
conduct-the-mean-comment-feedback-honest = ليس مؤذيًا! صاحب التعليق صريح في أن هذا ليس المفضّل لديه، لكنه يقولها بلطف. لا بأس أن نختلف بلطف.
conduct-the-mean-comment-part-nobody = لا أحد يحبك أصلًا يا { $friend }
conduct-the-mean-comment-feedback-nobody = مؤذٍ، أحسنت الملاحظة! هذا لا علاقة له بالفيديو أبدًا. إنه هجوم على { $friend }، وكلمات كهذه قد تؤلم مدة طويلة.

conduct-the-mean-comment-typing = ما زال ما حدث في الغداء يضايقك. إبهاماك يكتبان بسرعة: «أسوأ فيديو على الإطلاق. وصداقتك مزيّفة أصلًا.» وإصبعك فوق زر النشر.
conduct-the-mean-comment-post-choice = مهلًا، مشاعر قوية! لا بأس أن تغضب. لكن الكلمات على الإنترنت قد تبقى طويلًا، ويراها أناس كثيرون. ماذا ستفعل؟
conduct-the-mean-comment-choice-pause = سأحذفه، وآخذ نفسًا عميقًا، وأتحدّث مع { $friend } غدًا
conduct-the-mean-comment-feedback-pause = اختيار رائع! لاحظت أن تلك الكلمات قد تؤذي حقًا. التوقّف لحظة الغضب يمنع أشياء قد تندم عليها، والحديث وجهًا لوجه يساعد على حلّ المشكلة.
conduct-the-mean-comment-choice-ignore-friend = سأحذفه، لكنني سأتجاهل { $friend } من الآن
conduct-the-mean-comment-feedback-ignore-friend = كان عدم النشر تصرّفًا ذكيًا! لكن تجاهل صديق قد يُطيل الألم عندكما كليكما. إخبار { $friend } بمشاعرك قد يُصلح الأمور.
conduct-the-mean-comment-choice-post = سأنشره. البادئ أظلم.
conduct-the-mean-comment-feedback-post = فرصة لنتعلّم: الكلمات الغاضبة على الإنترنت قد يراها أناس كثيرون وينسخونها ويحفظونها. وحتى لو حذفتها لاحقًا، لا يمكنك دائمًا استرجاعها.

conduct-the-mean-comment-pile-on = في صباح اليوم التالي، تضاعفت التعليقات المؤذية على فيديو { $friend }. وأطفال من صفوف أخرى ينضمّون إليها. وفي المدرسة، عينا { $friend } لا تفارقان الأرض.
conduct-the-mean-comment-pile-choice = هذا تنمّر جماعي: أشخاص كثيرون يتكتّلون ضد شخص واحد. وهو مؤلم جدًا. ماذا يمكنك أن تفعل؟
conduct-the-mean-comment-choice-report-tell = سأبلغ عن التعليقات المؤذية وأخبر { $adult }
conduct-the-mean-comment-feedback-report-tell = هذا ما يفعله من يقف مع الآخرين! لكل شخص الحق في أن يُعامَل باحترام على الإنترنت. الإبلاغ وإخبار شخص بالغ قد يؤدّيان إلى حذف التعليقات.
conduct-the-mean-comment-choice-kind-comment = سأكتب تعليقًا لطيفًا تحت الفيديو
conduct-the-mean-comment-feedback-kind-comment = التعليق اللطيف يقول لـ{ $friend }: «لست وحدك»، وهذا مهم! لكن التعليقات المؤذية ما زالت موجودة. الإبلاغ وإخبار شخص بالغ يساعدان على إيقافها.
conduct-the-mean-comment-choice-like-mean = سأضع إعجابًا على التعليقات المؤذية. الإيذاء بدأ من { $friend }.
conduct-the-mean-comment-feedback-like-mean = فرصة لنتعلّم: تعرّضك للأذى لا يجعل التنمّر الجماعي عادلًا. لكل شخص الحق في الاحترام، حتى من أنت غاضب منه. وكل إعجاب يزيد الأمر سوءًا.

conduct-the-mean-comment-adult-helps = شكرًا لأنك أخبرتني. هذه ليست وشاية، بل مساعدة. كل شخص يستحق الاحترام على الإنترنت. لنبلغ عن تلك التعليقات ونحظر الحسابات التي تواصل التنمّر.
conduct-the-mean-comment-talk-it-out = شكرًا لأنك دافعت عني. وأعتذر عمّا حدث في الغداء! لم أكن أعرف أنك شعرت بأنك مُستبعد. هل تجلس معنا غدًا؟

conduct-the-mean-comment-posted = يحصل تعليقك على 12 إعجابًا. ويقلّده آخرون: «صح، صداقة مزيّفة!» وسرعان ما يصير تنمّرًا جماعيًا. وفي المدرسة، تتجنّب عينا { $friend } النظر إليك.
conduct-the-mean-comment-fix-it = يا إلهي. وصلت كلماتك أبعد ممّا قصدت. لكن ما زال بإمكانك المساعدة في إصلاح الأمر. ماذا ستفعل؟
conduct-the-mean-comment-choice-sorry-tell = سأحذفه، وأعتذر، وأخبر { $adult }
conduct-the-mean-comment-feedback-sorry-tell = هكذا تُصلح الخطأ! الاعتذار شجاعة، ويستطيع شخص بالغ أن يساعد في إيقاف التنمّر الجماعي. كلنا نخطئ، والمهم أن نصلح أخطاءنا.
conduct-the-mean-comment-choice-delete-quiet = سأحذف تعليقي ولن أقول شيئًا
conduct-the-mean-comment-feedback-delete-quiet = حذفه يساعد قليلًا، فلن ينسخه أحد بعد الآن. لكن آخرين نسخوه من قبل، وما زال الألم يلازم { $friend }. الاعتذار وإخبار شخص بالغ يفعلان أكثر.
conduct-the-mean-comment-choice-leave-up = سأتركه. الجميع يوافقونني.
conduct-the-mean-comment-feedback-leave-up = فرصة لنتعلّم: حين ينضمّ أناس كثيرون، قد يبدو الأمر مقبولًا. لكن من حق { $friend } المعاملة باحترام، وتلك الكلمات ما زالت تؤلم.

conduct-the-mean-comment-sorry-talk = ذلك التعليق آلمني كثيرًا. لكن شكرًا لاعتذارك. لم أكن أعرف أنك شعرت بالإقصاء في الغداء. هل نبدأ من جديد؟

conduct-the-mean-comment-end-safe = توقّفت قبل النشر، ودافعت عن { $friend }، وتحدّثتما وحللتما المشكلة. التعليقات المؤذية حُذفت، وصداقتكما صارت أقوى. أحسنت!
conduct-the-mean-comment-end-mixed = توقّف بعض الأذى، لكن التعليقات المؤذية ما زالت تتراكم ولا يعرف أي شخص بالغ بالأمر. الإبلاغ والإخبار يساعدان على إيقاف التنمّر الجماعي نهائيًا.
conduct-the-mean-comment-end-recovered = أخطأت، ثم أصلحت خطأك. اعتذارك ساعد، وبمساعدة { $adult } يتوقّف التنمّر الجماعي. في المرة القادمة، توقّف قبل أن تنشر!
conduct-the-mean-comment-end-harmful = التنمّر الجماعي يكبر، و{ $friend } في حال سيئة جدًا. الكلمات على الإنترنت قد تبقى طويلًا. لم يفت الأوان أبدًا للاعتذار وإخبار شخص بالغ تثق به.
