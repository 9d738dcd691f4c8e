# العقود / التجاري: الجواهر المجانية (الأعمار 9-12)

contract-the-free-gems-title = الجواهر المجانية
contract-the-free-gems-summary = نافذة منبثقة تقول إنك ربحت جواهر مجانية. لكن ماذا تريد منك حقًا؟
contract-the-free-gems-remember = إذا طلب منك شيء مجاني كلمة مرور أو رقم بطاقة، فهو حيلة. أغلقه، واسأل شخصًا بالغًا تثق به قبل أن تشتري أي شيء.

contract-the-free-gems-npc-kofi = { $friend }
contract-the-free-gems-npc-mum = ماما

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
contract-the-free-gems-name-kofi = كريم
contract-the-free-gems-name-lena = لينا
contract-the-free-gems-name-tomas = طارق
contract-the-free-gems-game-dragon-dash = Dragon Dash
contract-the-free-gems-game-dragon-derby = Dragon Derby
contract-the-free-gems-game-sky-dragons = Sky Dragons
contract-the-free-gems-gems-10000 = 10,000
contract-the-free-gems-gems-5000 = 5,000
contract-the-free-gems-gems-50000 = 50,000

contract-the-free-gems-intro = أنت تتسابق في المستوى 12 من { $game }. التنين الذهبي قريب جدًا، لكن جواهرك نفدت!

contract-the-free-gems-popup = نافذة منبثقة لامعة تومض: «لقد ربحت { $gems } جوهرة مجانًا! بقيت 59 ثانية فقط! اكتب كلمة مرورك ورقم بطاقة أحد والديك لتحصل عليها!»
contract-the-free-gems-choice-spot-trick = مجانية، لكنهم يريدون رقم بطاقة؟ إنها حيلة. سأغلقها!
contract-the-free-gems-feedback-spot-trick = عين حادّة! الأشياء المجانية لا تحتاج إلى رقم بطاقة، والعدّ التنازلي موجود ليستعجلك. لا تشارك كلمة مرورك أبدًا، ولا حتى لتربح جائزة.
contract-the-free-gems-choice-ask-friend = سأنتظر، وأسأل { $friend } إن كانت حقيقية
contract-the-free-gems-feedback-ask-friend = التوقّف للتحقّق تصرّف ذكي! لكن الأصدقاء قد يُخدعون أيضًا. الشخص البالغ الذي تثق به هو أفضل من تسأله عن أي شيء فيه مال أو كلمات مرور.
contract-the-free-gems-choice-type-password = سأكتب كلمة مروري بسرعة، قبل أن ينتهي الوقت!
contract-the-free-gems-feedback-type-password = فرصة لنتعلّم: العدّاد كان حيلة ليستعجلك. كلمة مرورك مثل مفتاح بيتك. لا يجب أن يعرفها إلا أنت ووالداك.

contract-the-free-gems-friend-says = ابن عمي يقول إنها حقيقية! عليك أن تكون سريعًا. اكتبها فقط!
contract-the-free-gems-choice-close-and-ask = سأغلقها، وأُريها لشخص بالغ أثق به
contract-the-free-gems-feedback-close-and-ask = اختيار رائع! حتى لو قال صديق إنها حقيقية، فالنافذة التي تطلب كلمات المرور وأرقام البطاقات حيلة. يستطيع شخص بالغ أن يساعدك في التحقّق منها والإبلاغ عنها.
contract-the-free-gems-choice-close-quietly = سأغلقها، لكن لن أذكرها لأحد
contract-the-free-gems-feedback-close-quietly = إغلاقها أبقاك في أمان! وإخبار شخص بالغ أيضًا يعني أنه يستطيع الإبلاغ عن الحيلة والمساعدة في حماية أصدقائك.
contract-the-free-gems-choice-type-it-now = بحسب { $friend } هي حقيقية، إذًا سأكتبها
contract-the-free-gems-feedback-type-it-now = فرصة لنتعلّم: الأصدقاء قد يُخدعون أيضًا. إذا أرادت نافذة منبثقة كلمة مرورك أو رقم بطاقة، فهي حيلة، مهما بدت حقيقية.

contract-the-free-gems-streak-nag = اختفت النافذة. ثم تومض اللعبة: «لا تخسر سلسلة أيامك! تابع اللعب، أو اشترِ الصندوق الضخم مقابل 9.99 فقط!» لقد اقترب وقت النوم.
contract-the-free-gems-streak-choice = همم، بعض الألعاب مصمّمة لتبقيك تلعب وتشتري. ماذا ستفعل؟
contract-the-free-gems-choice-stop-for-today = سأتوقّف لليوم، وأخبر ماما عن النافذة المنبثقة
contract-the-free-gems-feedback-stop-for-today = أنت المسؤول عن لعبتك! النوم يساعدك على اللعب بشكل أفضل غدًا. وإخبار ماما يعني أنها تستطيع مساعدتك في اكتشاف الحيل.
contract-the-free-gems-choice-play-on = سأتابع اللعب حتى وقت متأخّر، لكن لن أشتري شيئًا
contract-the-free-gems-feedback-play-on = عدم الشراء كان ذكيًا! لكن «لا تخسر سلسلة أيامك» حيلة لتبقيك تلعب. النوم الجيد أهم من أي سلسلة أيام.
contract-the-free-gems-choice-buy-chest = سألمس «شراء» على الصندوق الضخم
contract-the-free-gems-feedback-buy-chest = فرصة لنتعلّم: «9.99 فقط» مال حقيقي، والصناديق الغامضة كثيرًا ما تعطي أقل بكثير ممّا تعد به. اسأل دائمًا شخصًا بالغًا قبل الشراء.

contract-the-free-gems-parent-chat = شكرًا لأنك أريتني تلك النافذة! لنضع قفلًا على الإنفاق، ونختار وقتًا للعب غدًا. كنت ذكيًا جدًا الليلة.

contract-the-free-gems-surprise-bill = يعطيك الصندوق جوهرة صغيرة واحدة. وفي اليوم التالي، تصل رسالة بريد إلكتروني: «مرحبًا بك في نادي الجواهر! 9.99 كل أسبوع.» لم تكن تعرف أنك اشتركت!
contract-the-free-gems-bill-choice = أوه لا. كانت تلك تكلفة خفية: تُدفع كل أسبوع. لم يفت الأوان لإصلاحها. ماذا الآن؟
contract-the-free-gems-choice-tell-mum-now = سأخبر ماما الآن كي تلغيه
contract-the-free-gems-feedback-tell-mum-now = هذه شجاعة! الألعاب تخفي التكاليف أحيانًا في الكلام الصغير. إخبار أحد الوالدين بسرعة يعني أنه يمكن إيقاف الدفعات.
contract-the-free-gems-choice-wait-to-tell = سأنتظر حتى الأسبوع القادم لأخبر ماما
contract-the-free-gems-feedback-wait-to-tell = إخبار ماما هو الصواب، لكن الانتظار يكلّف أكثر: ستذهب 9.99 أخرى الأسبوع القادم. كلما عرف شخص بالغ أسرع، كان الإصلاح أسهل.
contract-the-free-gems-choice-win-it-back = سأخفي الأمر، وأشتري صندوقًا آخر لأعوّض ما خسرت
contract-the-free-gems-feedback-win-it-back = فرصة لنتعلّم: محاولة استعادة المال بالشراء مرة أخرى تخسّرك أكثر في الغالب. الصناديق الغامضة مصمّمة هكذا. يستطيع شخص بالغ تثق به أن يساعد، ولا بأس أن تخبره.

contract-the-free-gems-account-locked = لا تصل أي جواهر. وفي الصباح التالي لا تستطيع تسجيل الدخول: أحدهم غيّر كلمة مرورك! ثم تظهر رسالة: «ادفع 20 لفتح حسابك.»
contract-the-free-gems-locked-choice = يا إلهي، هذا ما أراده المحتالون. لكن يمكن إصلاح الأمر! ماذا ستفعل؟
contract-the-free-gems-choice-tell-parent = سأخبر أحد والديّ لنُصلح الأمر معًا
contract-the-free-gems-feedback-tell-parent = أفضل خطوة! يستطيع أحد والديك أن يساعدك في الإبلاغ عن الأمر للعبة واستعادة حسابك. أي شخص قد يُخدع. وطلب المساعدة تصرّف ذكي.
contract-the-free-gems-choice-new-account = سأُنشئ حسابًا جديدًا وأسكت
contract-the-free-gems-feedback-new-account = عدم الدفع كان صحيحًا! لكن المحتال ما زال يملك حسابك القديم وقد يخدع أصدقاءك منه. يستطيع شخص بالغ أن يساعد في الإبلاغ عنه.
contract-the-free-gems-choice-pay-unlock = سأستخدم بطاقة ماما لأدفع وأفتحه
contract-the-free-gems-feedback-pay-unlock = فرصة لنتعلّم: الدفع للمحتال لا يعيد حسابك تقريبًا أبدًا. إنه فقط يخبره بأن الحيلة تنجح. اطلب من شخص بالغ أن يساعدك في الإبلاغ عنه.

contract-the-free-gems-parent-helps = يسعدني حقًا أنك أخبرتني. أنت لست في ورطة. لنبلغ اللعبة عن الأمر، ونغيّر كلمة مرورك، ونوقف أي دفعات معًا.

contract-the-free-gems-end-safe = اكتشفت الحيلة، ورفضت التكاليف الخفية، وعرفت متى تتوقّف. جواهرك ومالك ونومك في أمان!
contract-the-free-gems-end-tired = لم تشترِ شيئًا، رائع! لكن حيلة سلسلة الأيام أبقتك مستيقظًا حتى وقت متأخّر، والآن تشعر بالنعاس في المدرسة. أنت من يقرّر متى تتوقّف.
contract-the-free-gems-end-mixed = حُلّ جزء من المشكلة، لكن الانتظار أو السكوت جعل الحيلة تستمر. في المرة القادمة، أخبر شخصًا بالغًا تثق به فورًا. هذا يجعل الإصلاح أسهل.
contract-the-free-gems-end-recovered = خُدعت، لكنك أخبرت شخصًا بالغًا تثق به وأصلحتما الأمر معًا. هذا ذكاء وشجاعة! في المرة القادمة، اسأل قبل أن تلمس.
contract-the-free-gems-end-harmful = نجحت الحيلة مرة أخرى، وضاع مال أكثر. المحتالون يأملون أن يقلق الأطفال كثيرًا فلا يخبروا أحدًا. لم يفت الأوان أبدًا: يستطيع شخص بالغ تثق به أن يساعد.
