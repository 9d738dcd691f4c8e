# العقود / التجاري: أذونات التطبيق (الأعمار 9-12)

contract-the-app-permissions-title = أذونات التطبيق
contract-the-app-permissions-summary = تطبيق رسم مجاني يريد موقعك وجهات اتصالك والمزيد، فما الذي يجب أن تسمح به؟
contract-the-app-permissions-remember = اسمح فقط بما يحتاجه التطبيق فعلًا، واسأل أحد والديك قبل أن تسجّل أو تشارك معلوماتك. أنت من يقرّر متى تتوقّف، لا التطبيق.

contract-the-app-permissions-app = { $app }
contract-the-app-permissions-app-doodledash = DoodleDash
contract-the-app-permissions-app-colorpop = ColorPop Studio
contract-the-app-permissions-app-sketchfox = SketchFox
contract-the-app-permissions-name-lucia = لمى
contract-the-app-permissions-name-ravi = رامي
contract-the-app-permissions-name-jonas = يونس
contract-the-app-permissions-adult-mum = ماما
contract-the-app-permissions-adult-dad = بابا
contract-the-app-permissions-adult-nana = تيتا
contract-the-app-permissions-brush-rainbow = فرشاة قوس قزح
contract-the-app-permissions-brush-galaxy = فرشاة المجرّة
contract-the-app-permissions-brush-glitter = فرشاة اللمعان

contract-the-app-permissions-npc-adult = { $adult }

contract-the-app-permissions-intro = مرحبًا، أنا سانغو! سمعت من { $friend } عن { $app }، وهو تطبيق رسم مجاني فيه فُرش سحرية. صار الآن على الجهاز اللوحي للعائلة. لنفتحه معًا!

contract-the-app-permissions-perm-spot = قبل أن تبدأ الرسم، تظهر نافذة كبيرة. المس الأجزاء التي تطلب أكثر من اللازم، أو تحاول أن تستعجلك.
contract-the-app-permissions-card-title = يريد { $app } أن:
contract-the-app-permissions-card-body = استمتع بأقصى متعة في الرسم! المس «السماح بالكل» لتبدأ.
contract-the-app-permissions-part-location = يعرف موقعك طوال الوقت، «من أجل فُرش أفضل»
contract-the-app-permissions-feedback-location = التقاط جيد! الفُرش لا تحتاج إلى معرفة مكانك. تحقّق من أن السبب منطقي قبل أن تثق به. و«طوال الوقت» تعني حتى حين يكون التطبيق مغلقًا.
contract-the-app-permissions-part-contacts = يقرأ كل جهات الاتصال على هذا الجهاز اللوحي
contract-the-app-permissions-feedback-contacts = نعم! جهات الاتصال معلومات خاصة بأشخاص آخرين: أسماؤهم وأرقامهم. تطبيق الرسم لا يحتاج إليها.
contract-the-app-permissions-part-camera = يستخدم الكاميرا، لتحويل صورة إلى رسمة
contract-the-app-permissions-feedback-camera = ليس دليلًا وحده. تحويل الصور إلى رسوم يناسب تطبيق رسم. ويمكنك مع ذلك أن تختار «فقط أثناء استخدام التطبيق»، أو أن تسأل أحد والديك.
contract-the-app-permissions-part-signup = يسجّلك ببريدك الإلكتروني وتاريخ ميلادك
contract-the-app-permissions-feedback-signup = أحسنت الملاحظة! بريدك الإلكتروني وتاريخ ميلادك معلومات شخصية. على الأطفال أن يسألوا أحد الوالدين قبل التسجيل، وتطبيقات كثيرة تتيح لك الرسم دون حساب.
contract-the-app-permissions-part-button = زر عملاق «السماح بالكل»، ورابط صغير جدًا «اختيار»
contract-the-app-permissions-feedback-button = عين حادّة! جعل «نعم لكل شيء» كبيرًا و«اختيار» صغيرًا جدًا حيلة لاستعجالك. يمكنك دائمًا أن تختار واحدًا تلو الآخر.

contract-the-app-permissions-perm-choice = إذًا، أي زر ستلمس؟ تذكّر، يمكنك تغيير هذه الإعدادات لاحقًا أيضًا.
contract-the-app-permissions-choice-ask-adult = سألمس «اختيار» وأطلب من { $adult } مساعدتي في الاختيار
contract-the-app-permissions-feedback-ask-adult = فكرة رائعة! يستطيع أحد والديك أن يساعدك في معرفة ما يحتاجه التطبيق فعلًا. قل «نعم» فقط لما هو منطقي، مثل الكاميرا لتحويل الصور إلى رسوم.
contract-the-app-permissions-choice-deny-all = سأرفض كل شيء، وأبدأ الرسم مباشرة
contract-the-app-permissions-feedback-deny-all = الرفض حافظ على خصوصية معلوماتك! في المرة القادمة، اسأل أحد والديك أيضًا. يستطيع مساعدتك في الاختيار، كي يعمل التطبيق وتبقى معلوماتك آمنة.
contract-the-app-permissions-choice-allow-all = سألمس «السماح بالكل». أريد أن أرسم الآن!
contract-the-app-permissions-feedback-allow-all = فرصة لنتعلّم: الزر الكبير صُمّم ليستعجلك، والأسباب لم تكن منطقية. الآن يعرف التطبيق أين أنت ومن تعرف. ويمكن إصلاح هذا.

contract-the-app-permissions-adult-checks = فكرة جيدة أنك سألتني! الكاميرا فقط أثناء استخدامك التطبيق: نعم. الموقع وجهات الاتصال: لا. ولنتجاوز التسجيل، فيمكنك الرسم من دونه.
contract-the-app-permissions-drawing = ترسم تنينًا بالفُرش السحرية. يبدو مذهلًا! الوقت يمرّ بسرعة. وسرعان ما يحين وقت النوم، وتظهر نافذة منبثقة جديدة.

contract-the-app-permissions-bedtime-nag = «لا تذهب الآن! ارسم 3 صور أخرى الليلة لتفتح { $brush }، أو احصل عليها الآن مقابل 4.99! سلسلة أيامك تنتهي عند منتصف الليل!»
contract-the-app-permissions-choice-stop = سأغلقه وأذهب إلى النوم. سأرسم غدًا.
contract-the-app-permissions-feedback-stop = أنت المسؤول عن شاشتك! «سلسلة أيامك تنتهي» حيلة لتبقيك مستيقظًا. النوم يساعدك على الرسم بشكل أفضل غدًا، والفرشاة يمكنها الانتظار.
contract-the-app-permissions-choice-one-more = صورة واحدة أخرى فقط، ثم أنام
contract-the-app-permissions-feedback-one-more = عدم الدفع كان ذكيًا! لكن «واحدة أخرى» كثيرًا ما تصير أكثر بكثير، وهذا ما تريده النافذة المنبثقة. النوم الجيد أهم من أي سلسلة أيام.
contract-the-app-permissions-choice-keep-going = سأواصل الرسم حتى أفتح الفرشاة
contract-the-app-permissions-feedback-keep-going = فرصة لنتعلّم: سلاسل الأيام والعدّادات مصمّمة لتبقيك تلعب. السهر يجعل الغد أصعب. أنت من يقرّر متى تتوقّف.

contract-the-app-permissions-shared = تظهر خريطة: «فنّانون بالقرب منك!» ونقطتك عليها. ثم يصلك سؤال من { $friend }: لماذا أرسل { $app } دعوة منك؟ أنت لم ترسل أي دعوة!
contract-the-app-permissions-shared-choice = أوه لا. التطبيق يستخدم موقعك وجهات اتصالك. لا تقلق، يمكنك تغيير هذا. ماذا ستفعل؟
contract-the-app-permissions-choice-show-adult = سأُري { $adult } ونوقف كل شيء معًا
contract-the-app-permissions-feedback-show-adult = أفضل خطوة! يستطيع أحد والديك أن يساعد في إيقاف الموقع وجهات الاتصال والتحقّق ممّا حفظه التطبيق. أنت لست في ورطة. كثيرون يلمسون «السماح بالكل».
contract-the-app-permissions-choice-fix-alone = سأوقف الموقع بنفسي، ولن أقول شيئًا
contract-the-app-permissions-feedback-fix-alone = إيقاف الموقع خطوة جيدة! لكن التطبيق ما زال يملك جهات اتصالك، وربما أكثر. يستطيع أحد والديك أن يساعد في التحقّق من كل شيء وإصلاحه.
contract-the-app-permissions-choice-leave-on = سأترك كل شيء مفعّلًا. إنه مجرد تطبيق رسم.
contract-the-app-permissions-feedback-leave-on = فرصة لنتعلّم: حتى تطبيق الرسم يستطيع أن يشارك مكانك ومن تعرف. معلوماتك ملكك وعليك حمايتها. لم يفت الأوان أبدًا لطلب المساعدة.

contract-the-app-permissions-adult-fixes = شكرًا لأنك أريتني. لقد فعلت الصواب. لنوقف الموقع وجهات الاتصال، ونُزِل نقطتك عن تلك الخريطة، ونبلغ متجر التطبيقات عن تلك الخريطة.

contract-the-app-permissions-end-safe = اخترت ما تسمح به، وحافظت على خصوصية معلوماتك، وتوقّفت في وقت النوم. الآن { $app } ممتع، وأنت المتحكّم فيه. رائع!
contract-the-app-permissions-end-tired = معلوماتك آمنة، رائع! لكن «صورة واحدة أخرى» صارت أكثر بكثير، وأنت تشعر بالنعاس في المدرسة. أنت من يقرّر متى تتوقّف.
contract-the-app-permissions-end-late = رسمت حتى منتصف الليل، والتطبيق يواصل إزعاجك بالتنبيهات. الآن أنت متعب جدًا لتستمتع. اطلب من { $adult } مساعدتك في إيقاف التنبيهات وتحديد موعد للنوم.
contract-the-app-permissions-end-mixed = الموقع متوقّف، جيد! لكن التطبيق ما زال يملك جهات اتصالك، ولم يتحقّق أحد ممّا حفظه. يستطيع شخص بالغ تثق به أن يساعدك في إصلاح الباقي.
contract-the-app-permissions-end-recovered = لمست «السماح بالكل»، لكنك طلبت المساعدة وأصلحتما الأمر معًا. نقطتك أُزيلت عن الخريطة! في المرة القادمة، اختر واحدًا تلو الآخر.
contract-the-app-permissions-end-harmful = التطبيق يواصل مشاركة مكانك ودعوة كل من تعرفهم. معلوماتك ملكك وعليك حمايتها. لم يفت الأوان أبدًا: أرِ شخصًا بالغًا تثق به وأصلحا الأمر معًا.
