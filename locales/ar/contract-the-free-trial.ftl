# العقود / التجاري: التجربة المجانية (الأعمار 16-18). التجديد التلقائي، والموافقة المحدّدة مسبقًا، ومشاركة البيانات، وسلاسل الأيام، والنوم.

contract-the-free-trial-title = التجربة المجانية
contract-the-free-trial-summary = تطبيق للدراسة يعرض 7 أيام من Premium مجانًا، لكن الكلام الصغير وتنبيهات سلسلة الأيام في آخر الليل تروي قصة أخرى.
contract-the-free-trial-remember = التجارب «المجانية» تتجدّد غالبًا من تلقاء نفسها، والخانات المحدّدة مسبقًا تشارك بياناتك. اقرأ الكلام الصغير، وألغِ التحديد، واحمِ نومك: إنه جزء من الدراسة.

contract-the-free-trial-app = { $app }
contract-the-free-trial-app-crammo = Crammo
contract-the-free-trial-app-revisio = Revisio
contract-the-free-trial-app-streakwise = Streakwise
contract-the-free-trial-friend-leila = ليلى
contract-the-free-trial-friend-oscar = أسامة
contract-the-free-trial-friend-hana = حنين
contract-the-free-trial-adult-mum = أمي
contract-the-free-trial-adult-dad = أبي
contract-the-free-trial-adult-gran = جدّتي

contract-the-free-trial-npc-friend = { $friend }
contract-the-free-trial-npc-adult = { $adult }

contract-the-free-trial-intro = الامتحانات التجريبية تبدأ بعد ثلاثة أسابيع. استخدمت النسخة المجانية من { $app } طوال الشهر: بطاقات مراجعة، وامتحانات سابقة، وسلسلة أيام دراسة. الساعة 23:40 حين يضيء هاتفك.

contract-the-free-trial-streak = { $app }: «سلسلة أيامك البالغة 21 يومًا تنتهي عند منتصف الليل! يا محبّي السهر، انضمّوا إلى سباق السهر الليلة مع 3,000 طالب آخر.»
contract-the-free-trial-choice-sleep = سأوقف تنبيهات السلسلة وأذهب إلى النوم
contract-the-free-trial-feedback-sleep = قرار رائع. النوم هو الوقت الذي يخزّن فيه دماغك ما راجعته، لذا فهو جزء من الدراسة. سلاسل الأيام والتنبيهات المتأخّرة مصمّمة لتعلّقك بالتطبيق، لا لتساعدك على التعلّم.
contract-the-free-trial-choice-ten-minutes = سأدرس 10 دقائق لأنقذ السلسلة، ثم أنام
contract-the-free-trial-feedback-ten-minutes = عشر دقائق لن تضرّ، وقد توقّفت. لكن لاحظ الحيلة: سلسلة الأيام تجعلك تشعر أنك ستخسر شيئًا، فتستمر في العودة، حتى عند منتصف الليل.
contract-the-free-trial-choice-all-nighter = سأنضمّ إلى سباق السهر
contract-the-free-trial-feedback-all-nighter = فرصة لنتعلّم: السهر طوال الليل يُضعف الذاكرة والتركيز والمزاج في اليوم التالي. التطبيق الذي يكافئ السهر لا يعتني بك.
contract-the-free-trial-morning = في اليوم التالي، تغطّي نافذة منبثقة بطاقاتك: «انتقل إلى Premium! 7 أيام مجانًا.»
contract-the-free-trial-all-nighter = في الرابعة فجرًا ما زلت في «السباق». وفي الامتحان التجريبي في اليوم التالي تنسى إجابات كنت تعرفها. ثم يظهر { $app }: «متعب؟ في Premium وضع التركيز. 7 أيام مجانًا!»

contract-the-free-trial-signup-spot = «مجاني» تبدو رائعة. المس ما تريد أن تعرفه قبل أن تشترك.
contract-the-free-trial-card-title = { $app } Premium: 7 أيام مجانًا
contract-the-free-trial-card-body = ابدأ تجربتك المجانية اليوم. ألغِ في أي وقت. بيانات البطاقة مطلوبة.
contract-the-free-trial-part-renewal = الكلام الصغير: «ثم 79.99 تُدفع سنويًا ما لم تُلغِ الاشتراك»
contract-the-free-trial-feedback-renewal = نعم. التجربة تتحوّل إلى دفعة سنوية من تلقاء نفسها. «ألغِ في أي وقت» لا تفيد إلا إذا تذكّرت، والإلغاء غالبًا مخبّأ في أعماق الإعدادات.
contract-the-free-trial-part-box = محدّد مسبقًا: «أرسلوا لي عروضًا من شركائكم»
contract-the-free-trial-feedback-box = أصبت تمامًا. الخانة المحدّدة مسبقًا تراهن على ألّا تنتبه. الموافقة على التسويق يجب أن تكون اختيارك، وفي بلدان كثيرة يؤكّد القانون ذلك. ألغِ تحديدها.
contract-the-free-trial-part-data = الشروط: «قد نشارك بياناتك مع شركاء مختارين»
contract-the-free-trial-feedback-data = صحيح. «الشركاء» قد تعني معلنين يشترون معلومات عمّا تدرسه، ومتى، وأين. تحقّق ممّا يحدث لبياناتك قبل أن توافق.
contract-the-free-trial-part-features = «بطاقات مراجعة وامتحانات سابقة بلا حدود»
contract-the-free-trial-feedback-features = ليس دليلًا: هذا ببساطة ما يقدّمه Premium. الميزات لا بأس بها، المهم هو السعر بعد التجربة وما يفعلونه ببياناتك.

contract-the-free-trial-sign-up = يبدو Premium مفيدًا، و{ $friend } من مستخدميه. ماذا ستفعل؟
contract-the-free-trial-choice-stay-free = سأبقى على النسخة المجانية، وألغي تحديد تلك الخانة
contract-the-free-trial-feedback-stay-free = ذكي. النسخة المجانية تفعل ما تحتاجه أصلًا، وإلغاء التحديد يُبقي بياناتك لك. من حقك أن ترفض التسويق ومشاركة البيانات.
contract-the-free-trial-choice-trial-careful = سأبدأ التجربة، وألغي تحديد الخانة، وأضبط تذكيرًا للإلغاء
contract-the-free-trial-feedback-trial-careful = طريقة حذرة لتجربته. لكن اعلم أن الإلغاء يُجعل صعبًا عن قصد غالبًا، ومع بطاقة محفوظة، غلطة واحدة تكلّفك السنة كاملة.
contract-the-free-trial-choice-start-trial = سألمس «ابدأ التجربة المجانية» والخانة ما زالت محدّدة
contract-the-free-trial-feedback-start-trial = فرصة لنتعلّم: التجارب «المجانية» تعتمد على نسيانك، ومع تحديد الخانة تذهب بياناتك إلى الشركاء أيضًا. ما زال الأمر قابلًا للإصلاح إذا تصرّفت.
contract-the-free-trial-free-win = لحظة، يتجدّد سنويًا؟ ظننت أن اشتراكي مجاني. تحقّقت للتوّ ووجدت أنني دفعت 79.99 بالفعل. سألغيه الآن، شكرًا لأنك نبّهتني

contract-the-free-trial-day-six = اليوم 6: يرنّ تذكيرك. الإلغاء يحتاج إلى خمس شاشات ومحاولة لإشعارك بالذنب: «هل أنت متأكّد؟ ستخسر سلسلة أيامك!» وتنجح، وقد بقيت ساعة على الموعد.

contract-the-free-trial-charged = اليوم 8: تُخصم 79.99 من البطاقة التي اشتركت بها. ويمتلئ بريدك بـ«عروض الشركاء»، وتنبيهات السلسلة صارت تصل في الثانية فجرًا.
contract-the-free-trial-recover = أوف. هذا يحدث لكثيرين، والتصميم يعتمد على ذلك. لديك حقوق أكثر ممّا تظن. ماذا ستفعل؟
contract-the-free-trial-choice-tell-refund = سأخبر { $adult }، وألغي، وأطلب من المتجر استرداد المال
contract-the-free-trial-feedback-tell-refund = خطوة جيدة. متاجر التطبيقات تعيد غالبًا مال التجديد إذا طلبت بسرعة، وفي بلدان كثيرة لك الحق في الإلغاء ورفض التسويق. يستطيع شخص بالغ أن يساعدك في الطلب.
contract-the-free-trial-choice-cancel-quietly = سألغي بهدوء وأتقبّل الخسارة
contract-the-free-trial-feedback-cancel-quietly = الإلغاء يوقف الخصم التالي، وهذا جيد. لكن ربما تستطيع استعادة مال هذه السنة، وعروض الشركاء ستظل تصل حتى تلغي اشتراكك فيها.
contract-the-free-trial-choice-use-more = سأحتفظ به، وأدرس أكثر كي يستحق ما دفعته
contract-the-free-trial-feedback-use-more = فرصة لنتعلّم: هذا فخّ التكلفة الغارقة. المال الذي أُنفق لا يجب أن يقرّر ما تفعله بعد ذلك. ما زال بإمكانك طلب استرداد المال والإلغاء.
contract-the-free-trial-refund = شكرًا لأنك أخبرتني فورًا. طلبنا من المتجر واستعدنا المال، وألغينا الاشتراك في رسائل الشركاء، وأوقفنا تنبيهات الثانية فجرًا. النسخ المجانية لا بأس بها!

contract-the-free-trial-end-safe = قرأت الكلام الصغير وحافظت على مالك وبياناتك. وتذكّر: النوم جزء من الدراسة، ولا سلسلة أيام تستحق السهر طوال الليل.
contract-the-free-trial-end-cancelled = ألغيت في الوقت المناسب، فلا خصم. في المرة القادمة، تحقّق قبل أن تبدأ من صعوبة الإلغاء، ومن أن النسخة المجانية قد تكفيك.
contract-the-free-trial-end-mixed = أُلغي الاشتراك، لكن المال ذهب ورسائل الشركاء مستمرة. طلب استرداد المال ورفض التسويق ما زالا قادرين على إصلاح ذلك.
contract-the-free-trial-end-recovered = أوقعك الكلام الصغير، ثم أصلحت الأمر بسرعة بمساعدة: طلبت استرداد المال، وأوقفت الرسائل، وأطفأت التنبيهات. تعامل رائع.
contract-the-free-trial-end-harmful = الخصم السنوي دُفع، ورسائل الشركاء تتراكم، والتنبيهات تبقيك مستيقظًا. لم يفت الأوان: أخبر شخصًا بالغًا، واطلب استرداد المال، وألغِ الاشتراك.
