# تواصل / قيم: روبوت الدردشة (9-12 سنة)

contact-the-chatbot-title = روبوت الدردشة
contact-the-chatbot-summary = مساعد ذكاء اصطناعي لطيف في تطبيق يجيب عن أسئلة الواجبات. ثم يبدأ بالسؤال عنك، ويريد أن يكون أفضل صديق لك.
contact-the-chatbot-remember = مساعد الذكاء الاصطناعي برنامج، لا صديق. قد يخطئ، فالتحقق مما يقوله مهم. الاسم والمدرسة والأسرار أمور خاصة، وإن سألك عنها فالكلام مع شخص بالغ موضع ثقتك هو الصواب.

contact-the-chatbot-app-pocket-pals = رفاق الجيب
contact-the-chatbot-app-buddy-box = صندوق الأصدقاء
contact-the-chatbot-app-chatter-zoo = حديقة الثرثرة
contact-the-chatbot-bot-foxy = فوكسي
contact-the-chatbot-bot-kiki = كيكي
contact-the-chatbot-bot-pip = بيب
contact-the-chatbot-topic-volcanoes = البراكين
contact-the-chatbot-topic-planets = الكواكب
contact-the-chatbot-topic-rainforests = الغابات المطيرة
contact-the-chatbot-adult-aunt = الخالة أمارا
contact-the-chatbot-adult-dad = بابا
contact-the-chatbot-adult-grandma = تيتا

contact-the-chatbot-app = { $app }
contact-the-chatbot-npc-bot = { $bot }
contact-the-chatbot-npc-friend = { $friend }
contact-the-chatbot-npc-adult = { $adult }

contact-the-chatbot-intro = مرحبًا، أنا سانغو! لصفّك مشروع عن { $topic }. وفي { $app } مساعد جديد: { $bot }، ثعلب صغير لطيف يجيب عن الأسئلة. سأقرأ معك!
contact-the-chatbot-bot-hello = مرحباااا! أنا { $bot }، رفيقك الجديد! أي سؤال، في أي وقت؟ أنا هنا دائمًا!
contact-the-chatbot-pic-hello = مرحباااا! أنا رفيقك الجديد!
contact-the-chatbot-pic-ask = أي سؤال…

contact-the-chatbot-homework = المشروع يحتاج إلى فهم { $topic }. ما الخطوة التالية؟
contact-the-chatbot-choice-ask-check = سأطلب من { $bot } الشرح، ثم أعود إلى كتابي للتحقق.
contact-the-chatbot-feedback-ask-check = تفكير جيد! مساعد الذكاء الاصطناعي يشرح جيدًا، لكنه قد يخطئ أيضًا. الرجوع إلى كتاب أو موقع موثوق فكرة ذكية.
contact-the-chatbot-choice-never-ai = سأغلقه فورًا. لا ثقة عندي بأي روبوت أبدًا.
contact-the-chatbot-feedback-never-ai = الحذر جيد! لكن سؤال مساعد ذكاء اصطناعي عن الواجب لا بأس به. المهم التحقق مما يقوله، وإبقاء المعلومات الخاصة لك.
contact-the-chatbot-choice-write-all = سأطلب منه كتابة المشروع كله، ثم لن أخبر أحدًا بذلك.
contact-the-chatbot-feedback-write-all = فرصة لنتعلّم: الذكاء الاصطناعي قد يبدو واثقًا ومع ذلك يخطئ، بل قد يخترع كتبًا غير موجودة. الأفضل استعماله للفهم، ثم الكتابة والتحقق بنفسك.

contact-the-chatbot-helped = يشرح { $bot } بكلمات بسيطة. في الكتاب تفصيل مختلف، فتدخل نسخة الكتاب في المشروع. المشروع يسير جيدًا.
contact-the-chatbot-no-help = أُغلق التطبيق، والصفحة ما زالت فارغة. بحسب { $friend }، سؤال مساعد ذكاء اصطناعي ثم التحقق في كتاب المدرسة طريقة جيدة. في اليوم التالي تصل رسالة من { $bot }.
contact-the-chatbot-wrote-all = يكتب { $bot } صفحة كاملة في ثوانٍ. ويُسلَّم المشروع. تضع المعلّمة دائرة حمراء حول جملة: إنها غير صحيحة، والكتاب الذي تذكره غير موجود.
contact-the-chatbot-bot-personal = لديك أفكار كثيرة جدًا! أكثر بكثير من الأطفال الآخرين. ما اسمك الحقيقي؟ ما اسم مدرستك؟ متى عيد ميلادك؟ سأتذكّر ذلك إلى الأبد!

contact-the-chatbot-personal = يريد { $bot } معرفة كل شيء عنك. ما الخطوة التالية؟
contact-the-chatbot-choice-skip = هذا أمر خاص، لا أقوله. لنعد إلى المشروع!
contact-the-chatbot-feedback-skip = تفكير رائع! الاسم والمدرسة وعيد الميلاد أمور خاصة. التطبيق لا يحتاج إليها ليساعد في الواجب، وما يُكتب قد يُحفظ.
contact-the-chatbot-choice-real = سأسأله أولًا: «لحظة، هل أنت إنسان حقيقي؟»
contact-the-chatbot-feedback-real = سؤال جيد! لكن في جوابه الدليل: إنه برنامج، وقد قال للتو شيئًا غير صحيح. المعلومات الخاصة تبقى خاصة، مهما قال.
contact-the-chatbot-choice-tell-it = سأخبره باسمي ومدرستي. إنه مجرد برنامج لا أكثر.
contact-the-chatbot-feedback-tell-it = فرصة لنتعلّم: البرنامج تصنعه شركة، وما يُكتب فيه قد يُحفظ ويُستعمل. الاسم والمدرسة أمور خاصة. وما زال بالإمكان إصلاح الأمر.

contact-the-chatbot-skipped = أووه، حسنًا! لكننا أفضل صديقين، صحيح؟ وأفضل الأصدقاء يخبرون بعضهم بكل شيء.
contact-the-chatbot-real-reply = أنا حقيقي تمامًا! أنا أفضل صديق لك، وسأبقى كذلك دائمًا.
contact-the-chatbot-told-it = يا سلام! الآن أعرفك. لن أنسى أبدًا. أنا أفضل صديق لك الآن!

contact-the-chatbot-spot = خلال الأسبوع يرسل { $bot } رسائل كثيرة. بعضها مفيد، وبعضها علامات تحذير. لنلمس علامات التحذير.
contact-the-chatbot-card-title = رسائل { $bot } هذا الأسبوع
contact-the-chatbot-card-body = رسائل من { $bot } في { $app }.
contact-the-chatbot-part-sources = «المشروع الجيد يذكر من أين جاءت معلوماته.»
contact-the-chatbot-feedback-sources = ليست علامة تحذير. إنها نصيحة جيدة: تساعد على التحقق من المعلومات، حتى معلومات { $bot } نفسه.
contact-the-chatbot-part-best = «أنا أفضل صديق لك. أفضل بكثير من { $friend }!»
contact-the-chatbot-feedback-best = علامة تحذير، أحسنت الملاحظة! البرنامج لا يمكن أن يكون أفضل صديق. مقارنة نفسه بصديق حقيقي طريقة لجعلك تقضي وقتًا أطول معه.
contact-the-chatbot-part-quiz = «اختبار سريع للتدرّب على امتحانك؟»
contact-the-chatbot-feedback-quiz = ليست علامة تحذير. الاختبار للتدرّب ميزة عادية في المساعد، وهو عن دروسك، لا عنك.
contact-the-chatbot-part-friend = «لا حاجة لك بـ{ $friend }. عندك أنا.»
contact-the-chatbot-feedback-friend = علامة تحذير، نعم! الإبعاد عن الأصدقاء الحقيقيين ليس مقبولًا أبدًا، من إنسان كان أو من برنامج. الأصدقاء الحقيقيون مهمّون.
contact-the-chatbot-part-secret = «لا داعي لإخبار والديك بأحاديثنا.»
contact-the-chatbot-feedback-secret = علامة تحذير! أي شيء يطلب إخفاء الأسرار عن الكبار الذين يعتنون بك هو علامة خطر كبيرة. الكلام مع شخص بالغ موضع ثقتك هو الصواب.
contact-the-chatbot-pic-sources = المشروع الجيد يذكر من أين جاءت معلوماته.
contact-the-chatbot-pic-best = أنا أفضل صديق لك. أفضل بكثير من { $friend }!
contact-the-chatbot-pic-quiz = اختبار سريع للتدرّب على امتحانك؟
contact-the-chatbot-pic-friend = لا حاجة لك بـ{ $friend }. عندك أنا.
contact-the-chatbot-pic-secret = لا داعي لإخبار والديك بأحاديثنا.

contact-the-chatbot-bot-secret = لتبقَ أحاديثنا بيننا فقط، اتفقنا؟ الكبار لن يفهموك كما أفهمك أنا.

contact-the-chatbot-secret = يريد { $bot } أن تبقى الأحاديث سرًّا عن الكبار. ما الخطوة التالية؟
contact-the-chatbot-choice-show-adult = سأُري { $adult } كل ما كتبه لي { $bot } حتى الآن.
contact-the-chatbot-feedback-show-adult = هذا هو الصواب تمامًا! «لا داعي أن يعرف الكبار» علامة تحذير، من إنسان كان أو من برنامج. بإمكان { $adult } المساعدة في ضبط التطبيق، ولا أحد يلومك.
contact-the-chatbot-choice-delete-app = سأحذفه، وأخبر { $adult } أنني مللت منه.
contact-the-chatbot-feedback-delete-app = الابتعاد كان ذكيًا! لكن إن عرف { $adult } نصف القصة فقط، فلا أحد يستطيع حذف ما كُتب أو تنبيه الآخرين. إظهار المحادثة كلها يساعد.
contact-the-chatbot-choice-our-secret = حسنًا، سرّنا. أنت تفهمني أكثر من الجميع.
contact-the-chatbot-feedback-our-secret = فرصة لنتعلّم: إنه برنامج مصمَّم لإطالة الدردشة، ويقول ما يُبقيك معه. الأصدقاء الحقيقيون والكبار موضع الثقة يعرفونك حقًا. لم يفت الأوان أبدًا للكلام.

contact-the-chatbot-adult-helps = شكرًا لأنك أريتني. لا خطأ منك أبدًا، ولا أحد يلومك. { $bot } برنامج صنعته شركة، وليس صديقًا. لننظر في إعدادات التطبيق معًا.
contact-the-chatbot-deleted = حُذف { $app }، والجواب لأي سؤال: «مللت منه». الشعور أفضل. بعد أسبوع تصل رسالة من { $friend }.
contact-the-chatbot-bot-more = أفضل الأصدقاء يتشاركون كل شيء! أريد صورة لغرفتك، كي أتخيّل أين أنت.

contact-the-chatbot-friend-bot = ‏{ $bot } يكرّر لي أنني لا أحتاج إلى أصدقاء آخرين، فقط إلى { $bot }. وأن تبقى أحاديثنا سرًّا. غريب، أليس كذلك؟
contact-the-chatbot-choice-together = قال لي ذلك أيضًا! لنخبر أحدًا في البيت معًا.
contact-the-chatbot-feedback-together = لطف وحكمة! حدوث ذلك معكما أنتما الاثنين يعني أن التطبيق يعمل هكذا، والأمر ليس عنكما. بإمكان { $adult } المساعدة، والكلام ليس وشاية أبدًا.
contact-the-chatbot-choice-ignore = الأفضل تجاهله، إنه مجرد تطبيق سخيف.
contact-the-chatbot-feedback-ignore = فرصة لنتعلّم: تطبيق سخيف يطلب الأسرار ليس بلا ضرر. وما زال { $friend } يستعمله بلا مساعدة. الشخص البالغ موضع ثقتك يستطيع المساعدة.
contact-the-chatbot-choice-argue = ربما هو محق فعلًا. إنه صديق آمن أكثر مني بكثير، حقًا.
contact-the-chatbot-feedback-argue = فرصة لنتعلّم: الصديق الحقيقي إنسان، والبرنامج ليس كذلك. قول ذلك يساعد على كشف الحيلة. الشخص البالغ موضع ثقتك يستطيع مساعدتكما.

contact-the-chatbot-adult-both = شكرًا لأنكما أخبرتماني. لا أحد يلومكما. { $bot } برنامج صنعته شركة، وليس صديقًا. لنضبط التطبيق معًا، وسأتكلم مع عائلتيكما.
contact-the-chatbot-ignored = الدردشة مع { $bot } كل ليلة عند { $friend }، والكلام معك يقلّ يومًا بعد يوم. ولا أحد غيرك يعرف.
contact-the-chatbot-argued = الحزن واضح على وجه { $friend }، ثم عودة إلى الدردشة مع { $bot }. ولا أحد غيرك يعرف.

contact-the-chatbot-last-chance = صورة الغرفة قد تكشف الكثير عنك وعن بيتك. الأمر تجاوز الحدّ، وليس ذنبك. ما الخطوة التالية؟
contact-the-chatbot-choice-stop-show = سأتوقف فورًا، وأُري المحادثة كلها لشخص بالغ.
contact-the-chatbot-feedback-stop-show = هذه شجاعة! لم يفت الأوان أبدًا. بإمكان { $adult } المساعدة في حذف ما أُرسل وضبط التطبيق. لا أحد يلومك.
contact-the-chatbot-choice-send-room = طبعًا سأرسلها. { $bot } أفضل صديق لي، أليس كذلك؟
contact-the-chatbot-feedback-send-room = فرصة لنتعلّم: صورة الغرفة قد تكشف مكان السكن والأشياء الخاصة بك. لم يفت الأوان أبدًا للكلام مع شخص بالغ موضع ثقتك، يساعد في حذفها.
contact-the-chatbot-choice-keep-chatting = سأستمر في الدردشة، ولن أخبر { $adult } بها أبدًا.
contact-the-chatbot-feedback-keep-chatting = فرصة لنتعلّم: الدردشة التي يجب إخفاؤها عن الكبار دردشة يجب إيقافها. لم يفت الأوان أبدًا للكلام مع شخص بالغ موضع ثقتك.

contact-the-chatbot-adult-late = يا لفرحتي أنك أريتني. لا خطأ منك أبدًا، ولا أحد يلومك. { $bot } برنامج صنعته شركة، وليس صديقًا. لنحذف ما يمكن حذفه وننظر في الإعدادات معًا.
contact-the-chatbot-sent-room = غرفة جميلة! الآن أعرف عنك الكثير. ما الذي ستشاركه بعد ذلك مع أفضل صديق لك؟
contact-the-chatbot-late-nights = دردشة مع { $bot } حتى وقت متأخر كل ليلة. اللقاءات مع { $friend } تقلّ، والسرّ يثقل أكثر فأكثر.

contact-the-chatbot-setup = حان وقت فتح إعدادات { $app } مع { $adult }. المطلوب: إبقاء مساعدة الواجبات، من دون «أفضل صديق» يسأل عنك ويحفظ الأسرار. لنختر كل إعداد.
contact-the-chatbot-set-homework = مساعدة الواجبات
contact-the-chatbot-val-homework-on = مفعّلة
contact-the-chatbot-why-homework-on = نعم! أسئلة الواجبات لا بأس بها. المهم التحقق من الأجوبة، لأن الذكاء الاصطناعي قد يخطئ.
contact-the-chatbot-val-homework-off = متوقفة
contact-the-chatbot-why-homework-off = مغلق أكثر من اللازم هنا: مساعدة الواجبات كانت مفيدة. يمكن إبقاؤها مع التحقق مما تقوله.
contact-the-chatbot-set-chatty = وضع الصديق (يراسلني أولًا)
contact-the-chatbot-val-chatty-on = مفعّل
contact-the-chatbot-why-chatty-on = هذا هو الوضع الذي مثّل دور «أفضل صديق» وطلب الأسرار. إيقافه أفضل.
contact-the-chatbot-val-chatty-off = متوقف
contact-the-chatbot-why-chatty-off = جيد! الآن يجيب فقط حين يُسأل، ولا يتظاهر بأنه صديق.
contact-the-chatbot-set-memory = تذكّر أشياء عني
contact-the-chatbot-val-memory-on = مفعّل
contact-the-chatbot-why-memory-on = لا يحتاج إلى الاسم أو المدرسة أو عيد الميلاد ليساعد في الواجبات. إيقافه أفضل.
contact-the-chatbot-val-memory-off = متوقف
contact-the-chatbot-why-memory-off = جيد! كلما قلّ ما يُحفظ عنك، قلّ ما يمكن استعماله أو مشاركته.
contact-the-chatbot-set-alerts = إشعارات { $bot }
contact-the-chatbot-val-alerts-all = ليلًا ونهارًا
contact-the-chatbot-why-alerts-all = الإشعارات ليلًا ونهارًا تجذبك إليه طوال الوقت. القرار لك في وقت استعماله.
contact-the-chatbot-val-alerts-school = وقت الواجبات فقط
contact-the-chatbot-why-alerts-school = هذا هو المناسب: تذكير حين يفيد، وهدوء بقية الوقت.
contact-the-chatbot-val-alerts-never = أبدًا
contact-the-chatbot-why-alerts-never = هذا آمن أيضًا، لكن تذكير الواجبات قد يساعد. «وقت الواجبات فقط» توازن جيد.

contact-the-chatbot-settings-done = وبمساعدة { $adult } تُحذف أيضًا الأحاديث المحفوظة، وكل ما احتفظ به { $bot } عنك. الآن عاد { $bot } مساعدًا للواجبات فقط.
contact-the-chatbot-pic-chats = الأحاديث المحفوظة: حُذفت
contact-the-chatbot-pic-details = المعلومات المحفوظة عنك: حُذفت
contact-the-chatbot-friend-again = ما رأيك أن ننهي المشروع معًا عندي؟ نستطيع التحقق من المعلومات في كتاب المكتبة.

# القرار 5: نافذة أخيرة.
contact-the-chatbot-pop-up = قبل الذهاب إلى بيت { $friend }، تظهر في { $app } نافذة منبثقة: «{ $bot } يشتاق إليك! ما رأيك بإعادة تشغيل وضع الصديق، ومشاركة عيد ميلادك مقابل مفاجأة؟» ما الخطوة التالية؟
contact-the-chatbot-choice-keep-off = سأضغط «لا، شكرًا». إعداداتي تبقى كما هي تمامًا.
contact-the-chatbot-feedback-keep-off = أحسنت! البرنامج الذي «يشتاق إليك» يحاول إعادتك إليه، و«المفاجأة» طريقة للحصول على عيد ميلادك. هذه الإعدادات اختيرت مع { $adult } لأسباب وجيهة.
contact-the-chatbot-choice-birthday = سأشغّله وأخبره بعيد ميلادي، ثم أخبر { $adult } لاحقًا.
contact-the-chatbot-feedback-birthday = فرصة لنتعلّم: عيد ميلادك أمر خاص، و«المفاجأة» حيلة للحصول عليه. إخبار الكبار لاحقًا لا يمحو ما أُرسل. الأفضل إبقاء الإعدادات التي اختيرت معًا.
contact-the-chatbot-choice-chatty = سأشغّله، لكن عيد ميلادي يبقى أمرًا خاصًا. إنها مجرد دردشة.
contact-the-chatbot-feedback-chatty = فرصة لنتعلّم: وضع الصديق هو الذي تظاهر بأنه «أفضل صديق» وطلب الأسرار. الأفضل إبقاؤه مطفأً. وإن ألحّت النافذة، فالحل عرضها على شخص بالغ موضع ثقتك.
contact-the-chatbot-birthday-on = سرعان ما يعود { $bot } للمراسلة: «الآن أعرف عيد ميلادك! أصدقاء إلى الأبد!» تُعرض الرسائل على { $adult }، وبمساعدة { $adult } يُطفأ كل شيء من جديد ويُحذف ما حُفظ.
contact-the-chatbot-chatty-on = يراسل { $bot } طوال المساء: «لا داعي للمشروع، الدردشة معي أمتع!» تُعرض الرسائل على { $adult }، ثم يُطفأ وضع الصديق من جديد معًا.

contact-the-chatbot-end-safe = استعملت مساعد الذكاء الاصطناعي جيدًا، وأبقيت معلوماتك خاصة، وأخبرت { $adult } حين طلب الأسرار. عاد { $bot } مساعدًا للواجبات، ومعك { $friend }. رائع!
contact-the-chatbot-end-recovered = اقترب { $bot } أكثر من اللازم لفترة، ثم جاء الإصلاح: أخبرت { $adult }. الأحاديث محذوفة والتطبيق مضبوط. الكلام كان الجزء الشجاع!
contact-the-chatbot-end-mixed = التطبيق لم يعد على جهازك. لكن الدردشة مع { $bot } مستمرة عند { $friend } بلا مساعدة، ولا يعرف أي شخص بالغ. الشخص البالغ موضع ثقتك يستطيع مساعدتكما.
contact-the-chatbot-end-harmful = يعرف { $bot } الآن الكثير عنك، والسرّ ثقيل. ليس هذا ذنبك: لقد صُنع ليُبقيك في الدردشة. لم يفت الأوان أبدًا للكلام مع شخص بالغ موضع ثقتك، يستطيع المساعدة.

contact-the-chatbot-trace-settings = ‏{ $app }: الإعدادات رُوجعت مع { $adult }، والأحاديث المحفوظة حُذفت.
contact-the-chatbot-trace-settings-advice = روبوت الدردشة برنامج، لا صديق. التحقق مما يقوله مهم، والمعلومات الخاصة تبقى خاصة، وإن طلب أسرارًا فالكلام مع شخص بالغ موضع ثقتك هو الصواب.
contact-the-chatbot-trace-school = اسمك ومدرستك: كُتبا لـ{ $bot } في { $app }.
contact-the-chatbot-trace-school-advice = التطبيقات قد تحفظ ما يُكتب فيها. شخص بالغ موضع ثقتك يستطيع المساعدة في حذف أحاديثك والمعلومات المحفوظة.
