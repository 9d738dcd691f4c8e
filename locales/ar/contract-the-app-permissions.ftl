# العقود / التجاري: أذونات التطبيق (الأعمار 9-12)

contract-the-app-permissions-title = أذونات التطبيق
contract-the-app-permissions-summary = تطبيق رسم مجاني يريد موقعك وجهات اتصالك والمزيد، فما الذي يستحق الموافقة؟
contract-the-app-permissions-remember = السماح فقط بما يحتاجه التطبيق فعلًا، وسؤال أحد والديك قبل التسجيل أو مشاركة معلوماتك. قرار التوقّف لك، لا للتطبيق.

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-adult-mum = ماما
contract-the-app-permissions-adult-dad = بابا
contract-the-app-permissions-adult-nana = تيتا
contract-the-app-permissions-brush-rainbow = فرشاة قوس قزح
contract-the-app-permissions-brush-galaxy = فرشاة المجرّة
contract-the-app-permissions-brush-glitter = فرشاة اللمعان

contract-the-app-permissions-npc-adult = { $adult }
contract-the-app-permissions-npc-friend = { $friend }

contract-the-app-permissions-intro = مرحبًا، أنا سانغو! سمعت من { $friend } عن { $app }، وهو تطبيق رسم مجاني فيه فُرش سحرية. ونادي الرسم الخاص بك ينشر رسومه عليه أيضًا. صار الآن على الجهاز اللوحي للعائلة. لنفتحه معًا!

contract-the-app-permissions-setup = ملفك الجديد في { $app } مضبوط كما يحب التطبيق. المطلوب: أن يرى نادي الرسم رسومك، وتبادل النصائح مع { $friend }. لا أحد غيرهم يحتاج أن يجدك، والليل للنوم. لنضبطه على هذا!
contract-the-app-permissions-set-drawings = من يستطيع رؤية رسومي
contract-the-app-permissions-val-drawings-everyone = الجميع في التطبيق
contract-the-app-permissions-val-drawings-club = نادي الرسم
contract-the-app-permissions-val-drawings-me = أنا فقط
contract-the-app-permissions-why-drawings-everyone = «الجميع» يعني الغرباء أيضًا، والمطلوب أن يرى ناديك وحده رسومك. «نادي الرسم» يناسب أكثر.
contract-the-app-permissions-why-drawings-club = تمامًا! يستمتع نادي الرسم برسومك، ولا يراها الغرباء.
contract-the-app-permissions-why-drawings-me = هكذا تبقى رسومك خاصة، لكن ناديك لن يراها أيضًا. «نادي الرسم» يناسب أكثر، ليستمتعوا بفنّك.
contract-the-app-permissions-set-messages = من يستطيع مراسلتي
contract-the-app-permissions-val-messages-anyone = أي شخص في التطبيق
contract-the-app-permissions-val-messages-added = أصدقاء أضفتهم
contract-the-app-permissions-val-messages-nobody = لا أحد
contract-the-app-permissions-why-messages-anyone = مع «أي شخص» يستطيع الغرباء أيضًا مراسلتك. «أصدقاء أضفتهم» يناسب أكثر: تصلك نصائح { $friend }، أما الغرباء فلا.
contract-the-app-permissions-why-messages-added = اختيار جيد! تصلك نصائح { $friend }، ولا يستطيع الغرباء مراسلتك. وإن بدت لك رسالة غريبة، فالأفضل عرضها على { $adult }.
contract-the-app-permissions-why-messages-nobody = هذا يوقف الغرباء، لكن لن تصلك نصائح { $friend } أيضًا. «أصدقاء أضفتهم» يناسب أكثر.
contract-the-app-permissions-set-name = الاسم في ملفي
contract-the-app-permissions-val-name-full = اسمي الحقيقي الكامل
contract-the-app-permissions-val-name-first = اسمي الأول
contract-the-app-permissions-val-name-nick = اسم مستعار
contract-the-app-permissions-why-name-full = اسمك الكامل قد يساعد الغرباء على معرفة من أنت. الاسم المستعار الذي يعرفه ناديك يناسب أكثر، وسيعرفون أنه أنت.
contract-the-app-permissions-why-name-first = أفضل من اسمك الكامل، لكنه ما زال يخبر الغرباء بشيء عنك. الاسم المستعار الذي يعرفه ناديك يناسب أكثر.
contract-the-app-permissions-why-name-nick = اختيار رائع! ناديك يعرف أنه أنت، والغرباء لا يرون إلا اسمًا مستعارًا.
contract-the-app-permissions-set-school = من يستطيع رؤية مدرستي
contract-the-app-permissions-val-school-everyone = الجميع
contract-the-app-permissions-val-school-club = نادي الرسم
contract-the-app-permissions-val-school-nobody = لا أحد
contract-the-app-permissions-why-school-everyone = «الجميع» يعني الغرباء أيضًا، واسم مدرستك يخبرهم أين مكانك كل يوم. ناديك يعرفها أصلًا، لذلك «لا أحد» يناسب أكثر.
contract-the-app-permissions-why-school-club = هذا ليس خطرًا، لكن ناديك يعرف مدرستك أصلًا، فلا داعي لإظهارها له هنا. «لا أحد» يناسب أكثر.
contract-the-app-permissions-why-school-nobody = أحسنت! ناديك يعرف مدرستك أصلًا، ولا أحد غيره يحتاجها.
contract-the-app-permissions-set-night = من يستطيع إرسال تنبيهات لي ليلًا
contract-the-app-permissions-val-night-on = أي شخص
contract-the-app-permissions-val-night-friends = أصدقاء أضفتهم
contract-the-app-permissions-val-night-off = لا أحد
contract-the-app-permissions-why-night-on = مع «أي شخص» قد يوقظك أي تنبيه، أو يغريك بالرسم في السرير. «لا أحد» يناسب أكثر: رسومك ستنتظرك حتى الصباح.
contract-the-app-permissions-why-night-friends = أفضل من «أي شخص»، لكن حتى تنبيهات الأصدقاء قد توقظك. «لا أحد» يناسب أكثر: يمكنك تبادل النصائح مع { $friend } في الصباح.
contract-the-app-permissions-why-night-off = رائع! الليل للنوم، ورسومك ورسائلك ستبقى هنا في الصباح.

contract-the-app-permissions-perm-spot = قبل بدء الرسم، تظهر نافذة كبيرة. لنلمس الأجزاء التي تطلب أكثر من اللازم، أو تحاول استعجالك.
contract-the-app-permissions-card-title = يريد { $app } أن:
contract-the-app-permissions-card-body = استمتع بأقصى متعة في الرسم! المس «السماح بالكل» لتبدأ.
contract-the-app-permissions-part-app = اسم التطبيق وأيقونته: { $app }
contract-the-app-permissions-feedback-app = ليست خدعة! نافذة كهذه تُظهر دائمًا أي تطبيق يطلب، ليتّضح من يريد ماذا. والآن، لننظر إلى ما يطلبه.
contract-the-app-permissions-part-location = يعرف موقعك طوال الوقت، «من أجل فُرش أفضل»
contract-the-app-permissions-feedback-location = التقاط جيد! الفُرش لا تحتاج إلى معرفة مكانك. السبب يجب أن يكون منطقيًا قبل الثقة به. و«طوال الوقت» تعني حتى حين يكون التطبيق مغلقًا.
contract-the-app-permissions-part-contacts = يقرأ كل جهات الاتصال على هذا الجهاز اللوحي
contract-the-app-permissions-feedback-contacts = نعم! جهات الاتصال معلومات خاصة بأشخاص آخرين: أسماؤهم وأرقامهم. تطبيق الرسم لا يحتاج إليها.
contract-the-app-permissions-part-camera = يستخدم الكاميرا، لتحويل صورة إلى رسمة
contract-the-app-permissions-feedback-camera = ليس دليلًا وحده. تحويل الصور إلى رسوم يناسب تطبيق رسم. ويمكنك مع ذلك اختيار «فقط أثناء استخدام التطبيق»، أو سؤال أحد والديك.
contract-the-app-permissions-part-photos = يحفظ رسوماتك في صورك
contract-the-app-permissions-feedback-photos = ليس دليلًا. حفظ رسوماتك يناسب تطبيق رسم، فهذا الطلب منطقي. وعند الشك، يمكنك سؤال أحد والديك.
contract-the-app-permissions-part-signup = يسجّلك ببريدك الإلكتروني وتاريخ ميلادك
contract-the-app-permissions-feedback-signup = أحسنت الملاحظة! بريدك الإلكتروني وتاريخ ميلادك معلومات شخصية. على الأطفال أن يسألوا أحد الوالدين قبل التسجيل، وتطبيقات كثيرة تتيح لك الرسم دون حساب.
contract-the-app-permissions-part-button = زر كبير «السماح بالكل»، ورابط صغير «اختيار»
contract-the-app-permissions-feedback-button = عين حادّة! جعل «نعم لكل شيء» كبيرًا و«اختيار» صغيرًا جدًا حيلة لاستعجالك. يمكنك دائمًا الاختيار واحدًا تلو الآخر.
contract-the-app-permissions-pic-allow = السماح بالكل
contract-the-app-permissions-pic-choose = اختيار

contract-the-app-permissions-perm-choice = إذًا، ما اختيارك؟ ويمكن تغيير هذه الإعدادات لاحقًا أيضًا.
contract-the-app-permissions-choice-choose = سألمس «اختيار»: الكاميرا فقط، ومعلوماتي تبقى خاصة
contract-the-app-permissions-feedback-choose = اختيار ذكي! تطبيق الرسم يحتاج الكاميرا ليحوّل الصور إلى رسوم، لا موقعك ولا جهات اتصالك ولا تاريخ ميلادك. ذلك الرابط الصغير كان طريقتك لقول «لا».
contract-the-app-permissions-choice-ask-friend = لحظة، سأتحقق من اختيار { $friend }. لا داعي لإزعاج { $adult }.
contract-the-app-permissions-feedback-ask-friend = التوقّف قبل اللمس كان صحيحًا! لكن اختيار { $friend } لا يخبرك بما يحتاجه التطبيق فعلًا. مساعدتك في الاختيار ليست إزعاجًا لـ{ $adult } أبدًا.
contract-the-app-permissions-choice-allow-all = موافقة على الكل! بحسب { $friend } لا مشكلة فيه. لنرسم!
contract-the-app-permissions-feedback-allow-all = فرصة لنتعلّم: «قالوا لي إنه آمن» ليس تحققًا. الزر الكبير صُمّم ليستعجلك، والأسباب لم تكن منطقية. ما زال يمكن إصلاح هذا.

contract-the-app-permissions-chose-camera = لمست رابط «اختيار» الصغير. الكاميرا: فقط أثناء الرسم. الموقع وجهات الاتصال: لا. تجاوزت التسجيل، وفُتح التطبيق رغم ذلك!
contract-the-app-permissions-friend-reply = أنا وافقت على الكل. الجميع يفعل ذلك! إنه مجرد تطبيق رسم.
contract-the-app-permissions-allowed-all = أُغلقت النافذة وبدأ الرسم. ثم تظهر خريطة: «فنانون بالقرب منك!» نقطتك عليها، في مكان بيتك تمامًا.
contract-the-app-permissions-pic-map = فنانون بالقرب منك!
contract-the-app-permissions-pic-you = أنت

contract-the-app-permissions-friend-choice = اختيار { $friend } كان «الموافقة على الكل». والنافذة الكبيرة ما زالت تنتظرك. ما اختيارك؟
contract-the-app-permissions-choice-ask-adult = سأطلب من { $adult } أن نراجع القائمة كلها معًا
contract-the-app-permissions-feedback-ask-adult = خطوة رائعة! يستطيع أحد والديك أن يساعدك في معرفة ما يحتاجه التطبيق فعلًا. حين تختاران معًا تبقى معلوماتك لك، ويعمل التطبيق كما يجب.
contract-the-app-permissions-choice-copy-friend = إذًا موافقة على الكل! فالتطبيق نال موافقة { $adult } أصلًا.
contract-the-app-permissions-feedback-copy-friend = فرصة لنتعلّم: موافقة { $adult } على التطبيق لا تعني الموافقة على كل الأذونات. طلب التطبيق موقعك وجهات اتصالك بلا سبب مقنع. ما زال يمكن إصلاح هذا.

contract-the-app-permissions-adult-checks = فكرة جيدة أنك سألتني! الكاميرا فقط أثناء استخدامك التطبيق: نعم. الموقع وجهات الاتصال: لا. ولنتجاوز التسجيل، فيمكنك الرسم من دونه.
contract-the-app-permissions-drawing = تنين جديد يولد بالفُرش السحرية. يبدو مذهلًا! الوقت يمرّ بسرعة. وسرعان ما يحين وقت النوم، وتظهر نافذة منبثقة جديدة.

contract-the-app-permissions-bedtime-nag = «لا تذهب الآن! ارسم 3 صور أخرى الليلة لتفتح { $brush }، أو احصل عليها الآن مقابل 4.99! سلسلة أيامك تنتهي عند منتصف الليل!»
contract-the-app-permissions-pic-nag = ارسم 3 صور أخرى لتفتح { $brush }!
contract-the-app-permissions-pic-streak = سلسلة أيامك تنتهي عند منتصف الليل!
contract-the-app-permissions-pic-buy = احصل عليها الآن: 4.99
contract-the-app-permissions-choice-stop = سأغلقها وأنام. النوم يساعدني أكثر.
contract-the-app-permissions-feedback-stop = القرار في شاشتك لك! «سلسلتك تنتهي» حيلة لتسرق نومك. النوم يساعدك على الرسم بشكل أفضل غدًا.
contract-the-app-permissions-choice-one-more = صورة واحدة أخرى فقط. لا مشكلة عند { $adult }.
contract-the-app-permissions-feedback-one-more = عدم الدفع كان ذكيًا! لكن «صورة أخرى» هو بالضبط ما تريده النافذة، ونادرًا ما تبقى واحدة. لا تستحق أي سلسلة خسارة نومك.
contract-the-app-permissions-choice-alerts = سأشغّل التنبيهات، كي لا تضيع سلسلتي
contract-the-app-permissions-feedback-alerts = فرصة لنتعلّم: التنبيهات إذن أيضًا، وتنبيهات السلاسل مصمّمة لتعيدك مرة بعد مرة. يمكنك إيقافها من الإعدادات.

contract-the-app-permissions-went-to-bed = أغلقت الجهاز ونمت. في الصباح ضاعت السلسلة، ولم يحدث شيء سيئ. يمكن للفرشاة أن تنتظر يومًا آخر.
contract-the-app-permissions-one-more = الصورة الواحدة تصبح ثلاثًا. تأخّر الوقت الآن، والنافذة تعود: «اقتربت! صورة واحدة أخرى، أو 4.99 لتفتحها الآن!»
contract-the-app-permissions-alerts-on = الآن يرسل لك { $app } تنبيهات على الفطور وفي الصف وعلى العشاء: «ارسم الآن وإلا ضاعت سلسلتك!» وعيناك لا تفارقان الجهاز.

contract-the-app-permissions-late-choice = همم. هل بقيت «صورة أخرى» صورة واحدة؟ ماذا الآن؟
contract-the-app-permissions-choice-stop-now = سأتوقّف الآن. صارت ثلاثًا. إلى النوم.
contract-the-app-permissions-feedback-stop-now = أحسنت بالتوقّف! ملاحظة أن «صورة أخرى» صارت ثلاثًا مهارة حقيقية. التطبيق مصمّم ليبقيك فيه، وأنت استعدت السيطرة.
contract-the-app-permissions-choice-last-one = سأكمل. صورة أخرى وتصير الفرشاة لي!
contract-the-app-permissions-feedback-last-one = فرصة لنتعلّم: نوافذ السلاسل تحرّك خط النهاية دائمًا، فهناك دائمًا «واحدة أخرى». القرار لك في وقت التوقّف، والنوم أولًا.

contract-the-app-permissions-stopped-late = أغلقت الجهاز. في الصباح بعض النعاس، لكنك عرفت متى يكون التوقّف، والفرشاة ستبقى هناك ليوم آخر.
contract-the-app-permissions-midnight = الصورة الأخرى تصبح خمسًا. تُفتح الفرشاة قرب منتصف الليل، وفي اليوم التالي، تثاؤب في كل الحصص.

contract-the-app-permissions-invite = في اليوم التالي، يصلك سؤال من { $friend }: لماذا أرسل { $app } دعوة باسمك؟ ولم تُرسَل منك أي دعوة!
contract-the-app-permissions-pic-invite = انضمّ إليّ في { $app }!
contract-the-app-permissions-pic-together = لنرسم معًا!
contract-the-app-permissions-pic-join = انضمّ
contract-the-app-permissions-shared-choice = أوه. التطبيق يستخدم موقعك وجهات اتصالك. لا داعي للقلق، يمكن إصلاح هذا. ما اختيارك؟
contract-the-app-permissions-choice-show-adult = سأُري { $adult } الخريطة، وتلك الدعوة الغريبة أيضًا.
contract-the-app-permissions-feedback-show-adult = أفضل خطوة! يستطيع أحد والديك إيقاف الموقع وجهات الاتصال ومعرفة ما حفظه التطبيق. كثيرون يلمسون «موافقة على الكل». إظهار الأمر بسرعة هو ما يُصلحه.
contract-the-app-permissions-choice-say-sorry = سأعتذر من { $friend }، وسأخبر { $adult } لاحقًا.
contract-the-app-permissions-feedback-say-sorry = الاعتذار لـ{ $friend } كان لطيفًا! لكنه لا يوقف التطبيق: ما زال يملك موقعك وجهات اتصالك. الإخبار «لاحقًا» يتركه يشارك. الأفضل عرض الأمر على { $adult } الآن.
contract-the-app-permissions-choice-leave-on = سأتركه كما هو. إنه مجرد تطبيق رسم، وهو آمن.
contract-the-app-permissions-feedback-leave-on = فرصة لنتعلّم: حتى تطبيق الرسم يمكن أن يشارك مكان سكنك ومعارفك. معلوماتك لك لتحميها، ولم يفت الأوان أبدًا على طلب المساعدة.

contract-the-app-permissions-sorry-sent = يصلك ردّ من { $friend }: «لا بأس». لكن في المساء، يتلقّى صديقان آخران دعوات باسمك، ونقطتك ما زالت على الخريطة.
contract-the-app-permissions-adult-fixes = شكرًا لأنك أريتني. لا أحد غاضب منك. لنوقف الموقع وجهات الاتصال، ونُزِل نقطتك عن تلك الخريطة، ونبلغ متجر التطبيقات عن الخريطة.
contract-the-app-permissions-left-on = تخرج دعوات أخرى إلى كل جهات الاتصال في الجهاز، وتبقى نقطتك على الخريطة يراها الجميع.

contract-the-app-permissions-still-sharing = التطبيق ما زال يرسل الدعوات ويُظهر نقطتك. ماذا الآن؟
contract-the-app-permissions-choice-show-now = سأُري { $adult } الخريطة وكل الدعوات الجديدة
contract-the-app-permissions-feedback-show-now = هذه شجاعة وذكاء! لم يفت الأوان أبدًا على إخبار شخص بالغ موضع ثقتك. معًا يمكنكما إيقاف كل شيء، وإزالة نقطتك عن الخريطة، والإبلاغ عنها.
contract-the-app-permissions-choice-delete-app = سأحذف التطبيق، ولا داعي لإخبار { $adult }.
contract-the-app-permissions-feedback-delete-app = فرصة لنتعلّم: حذف التطبيق لا يحذف ما أخذه بالفعل. يمكن لـ{ $adult } المساعدة في مطالبة التطبيق بحذف معلوماتك، والإبلاغ عن الخريطة.
contract-the-app-permissions-deleted = يختفي { $app } من الجهاز، وتتوقّف الدعوات. لكن جهات اتصالك ونقطتك أُرسلت بالفعل، ولم يطلب أحد من التطبيق حذفها.

contract-the-app-permissions-end-safe = الكاميرا وحدها مفعّلة، وموقعك وجهات اتصالك بقيت لك، وتوقّفت في وقت النوم. { $app } ممتع، والقرار لك. رائع!
contract-the-app-permissions-end-stopped = بقيت معلوماتك لك، وتوقّفت في النهاية، حتى لو صارت «صورة أخرى» ثلاثًا. ستحاول نافذة السلسلة مرة أخرى غدًا. في المرة القادمة، الأفضل التوقّف في الوقت الذي خطّطت له.
contract-the-app-permissions-end-late = بقيت معلوماتك لك، لكن السلسلة أبقتك أمام الرسم حتى منتصف الليل، وستلحّ عليك غدًا أيضًا. القرار لك في وقت التوقّف. ويمكن لـ{ $adult } المساعدة في تحديد وقت للنوم على الجهاز.
contract-the-app-permissions-end-nagged = بقيت معلوماتك لك، لكن { $app } صار يرسل لك تنبيهات طوال اليوم عن سلسلتك. التنبيهات إذن أيضًا: الحل إيقافها من الإعدادات، أو طلب المساعدة من { $adult }.
contract-the-app-permissions-end-recovered = لمست «موافقة على الكل»، لكنك بعد ذلك أريت { $adult }، وأصلحتما الأمر معًا: الموقع وجهات الاتصال مُوقفة، ونقطتك أُزيلت عن الخريطة. في المرة القادمة: الاختيار واحدًا تلو الآخر.
contract-the-app-permissions-end-deleted = اختفى { $app }، لكن ما أخذه قد يبقى في مكان ما: جهات اتصالك ونقطتك. لم يتحقق أحد بعد. ما زال بإمكانك طلب المساعدة من { $adult } في مطالبة التطبيق بحذف معلوماتك.
contract-the-app-permissions-end-harmful = ما زال { $app } يشارك مكان سكنك ويدعو كل معارفك. هذا ليس ذنبك. لم يفت الأوان أبدًا على إخبار { $adult } أو شخص بالغ آخر موضع ثقتك. سيساعدونك.

# My phone: what stays on the phone after this level.
contract-the-app-permissions-trace-location = نقطتك على خريطة تطبيق الرسم، في مكان بيتك تمامًا.
contract-the-app-permissions-trace-location-advice = تطبيق الرسم لا يحتاج إلى معرفة مكان سكنك. الأفضل إخبار والديك: معًا يمكنكم إيقاف الموقع وإزالة نقطتك عن الخريطة.
contract-the-app-permissions-trace-location-off = تطبيق الرسم: الموقع متوقّف، ونقطتك ليست على أي خريطة.
contract-the-app-permissions-trace-location-off-advice = أحسنت! التطبيق يأخذ فقط ما يحتاجه فعلًا. وإذا طلب تحديثٌ المزيد، فالأفضل التحقّق من جديد مع والديك.
