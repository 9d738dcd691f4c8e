# العقود / التجاري: الجواهر المجانية (الأعمار 9-12)

contract-the-free-gems-title = الجواهر المجانية
contract-the-free-gems-summary = نافذة منبثقة تقول إنك ربحت جواهر مجانية. لكن ماذا تريد منك حقًا؟
contract-the-free-gems-remember = إذا طلب منك شيء مجاني كلمة مرور أو رقم بطاقة، فهو حيلة. الصواب إغلاقه، وسؤال شخص بالغ موضع ثقتك قبل أي شراء.

contract-the-free-gems-npc-kofi = { $friend }
contract-the-free-gems-npc-adult = { $adult }
contract-the-free-gems-adult-mum = ماما
contract-the-free-gems-adult-dad = بابا
contract-the-free-gems-adult-gran = تيتا

contract-the-free-gems-game-dragon-dash = Dragon Dash
contract-the-free-gems-game-dragon-derby = Dragon Derby
contract-the-free-gems-game-sky-dragons = Sky Dragons
contract-the-free-gems-gems-10000 = 10,000
contract-the-free-gems-gems-5000 = 5,000
contract-the-free-gems-gems-50000 = 50,000

contract-the-free-gems-intro = السباق في المستوى 12 من { $game } على أشدّه. التنين الذهبي قريب جدًا، لكن جواهرك نفدت!

contract-the-free-gems-popup = نافذة منبثقة لامعة تومض: «لقد ربحت { $gems } جوهرة مجانًا! بقيت 59 ثانية فقط! اكتب كلمة مرورك ورقم بطاقة أحد والديك لتحصل عليها!»
contract-the-free-gems-pic-won = لقد ربحت { $gems } جوهرة مجانًا!
contract-the-free-gems-pic-timer = 0:59
contract-the-free-gems-pic-password = كلمة المرور
contract-the-free-gems-pic-card = رقم بطاقة أحد الوالدين
contract-the-free-gems-pic-claim = احصل عليها الآن
contract-the-free-gems-choice-close-it = جواهر مجانية تطلب رقم بطاقة؟ لا. سأغلقها الآن.
contract-the-free-gems-feedback-close-it = عين حادّة! الأشياء المجانية لا تحتاج إلى رقم بطاقة، والعدّ التنازلي موجود ليستعجلك. كلمة المرور لا تُكتب أبدًا مقابل جائزة.
contract-the-free-gems-choice-ask-friend = لحظة! سأسأل { $friend } أولًا، كي نعرف إن كانت حقيقية.
contract-the-free-gems-feedback-ask-friend = التوقّف للتفكير كان ذكيًا! لكن الأصدقاء قد يُخدعون أيضًا. إذا كان الأمر فيه كلمات مرور أو مال، فالأفضل سؤال شخص بالغ موضع ثقتك.
contract-the-free-gems-choice-type-password = بسرعة، سأكتب كلمة مروري قبل أن ينتهي الوقت!
contract-the-free-gems-feedback-type-password = فرصة لنتعلّم: العدّاد كان موجودًا ليستعجلك. كلمة مرورك مثل مفتاح بيتك. لا يجب أن يعرفها إلا أنت ووالداك.

contract-the-free-gems-typed = كتبت كلمة مرورك. ثم طلبت النافذة رقم البطاقة، ولا علم لك به، فأغلقتها. لم تصل أي جواهر.
contract-the-free-gems-closed = أغلقتها. لم يحدث شيء عندما انتهى الوقت، لأنه لم يكن حقيقيًا أصلًا. لكن في اليوم التالي، عادت النافذة نفسها، مع عدّ تنازلي جديد.
contract-the-free-gems-friend-says = ابن عمي يقول إنها حقيقية! المهم السرعة. هيا، الآن!

contract-the-free-gems-friend-choice = العدّاد يقول 20 ثانية. ما اختيارك؟
contract-the-free-gems-choice-close-anyway = سأغلقها. الجواهر المجانية لا تحتاج رقم بطاقة.
contract-the-free-gems-feedback-close-anyway = تفكير رائع! حتى لو قال صديق إنها حقيقية، فالنافذة التي تطلب كلمات المرور وأرقام البطاقات حيلة، مهما بدت حقيقية.
contract-the-free-gems-choice-type-it-now = بحسب { $friend }، ابن العم نجح، إذًا هي آمنة. سأكتب!
contract-the-free-gems-feedback-type-it-now = فرصة لنتعلّم: الأصدقاء قد يُخدعون، وأقاربهم أيضًا. إذا طلبت جائزة كلمة مرورك أو رقم بطاقة، فهي حيلة.
contract-the-free-gems-closed-anyway = أغلقتها في اللحظة الأخيرة. يصلك ردّ من { $friend }: «أوه، ربما خُدع ابن عمي.» ثم عدت إلى السباق.

contract-the-free-gems-back-choice = نافذة الجواهر تعود مرة بعد مرة. ما العمل معها؟
contract-the-free-gems-choice-show-adult = سأغلقها، ثم أُري { $adult } ما كانت تطلبه مني
contract-the-free-gems-feedback-show-adult = اختيار رائع! يستطيع شخص بالغ أن يبلغ اللعبة عن الحيلة، لتتوقّف عند الجميع. إظهار الأمر ليس إثارة للمشاكل: هكذا تُكشف الحيل.
contract-the-free-gems-choice-warn-friend = سأخبر { $friend } أنها حيلة، حتى لا يُكتب أي شيء!
contract-the-free-gems-feedback-warn-friend = تحذير { $friend } كان لطيفًا! لكن الصديق لا يستطيع إيقاف النافذة. يستطيع أحد والديك أن يبلغ اللعبة عنها، لتتوقّف عند الجميع.
contract-the-free-gems-choice-tap-again = عادت! ربما هي حقيقية الآن؟ سألمسها!
contract-the-free-gems-feedback-tap-again = فرصة لنتعلّم: الحيل تعود مرة بعد مرة، وهذا لا يجعلها حقيقية. الجائزة التي تطلب كلمة مرورك حيلة دائمًا.
contract-the-free-gems-warned = يصلك ردّ من { $friend }: «شكرًا!» لكن النافذة تواصل الوميض، عندك وعند أطفال آخرين، ولم يبلغ عنها أحد.
contract-the-free-gems-tapped-again = لمستها. «سجّل الدخول لتحصل على جائزتك!» تبدو تمامًا مثل اللعبة، فكتبت كلمة مرورك. لم تصل أي جواهر.
contract-the-free-gems-adult-reports = ملاحظة ممتازة! هذه حيلة. لنبلغ اللعبة عن هذه النافذة معًا، حتى لا تخدع أطفالًا آخرين.

contract-the-free-gems-streak-nag = في المساء، تومض اللعبة: «لا تخسر سلسلة أيامك السبعة! سباق واحد آخر، أو اشترِ الصندوق الضخم مقابل 9.99 فقط!» لقد اقترب وقت النوم.
contract-the-free-gems-pic-streak = لا تخسر سلسلة أيامك السبعة!
contract-the-free-gems-pic-one-more-race = سباق واحد آخر
contract-the-free-gems-pic-mega-chest = الصندوق الضخم 9.99
contract-the-free-gems-streak-choice = همم، بعض الألعاب مصمّمة لتبقيك في اللعب والشراء. ما اختيارك؟
contract-the-free-gems-choice-bedtime = وقت النوم. التنين يستطيع أن ينتظر حتى الغد.
contract-the-free-gems-feedback-bedtime = القرار في لعبتك لك! «لا تخسر سلسلتك» حيلة لتسرق نومك. النوم يساعدك على السباق بشكل أفضل غدًا.
contract-the-free-gems-choice-one-race = سباق واحد فقط لأنقذ سلسلتي. لا مشكلة عند { $adult }.
contract-the-free-gems-feedback-one-race = عدم شراء الصندوق كان ذكيًا! لكن «سباق آخر» هو بالضبط ما تريده السلسلة، ونادرًا ما يبقى سباقًا واحدًا. لا تستحق أي سلسلة خسارة نومك.
contract-the-free-gems-choice-buy-chest = سأشتري الصندوق الضخم. إنه 9.99 فقط، صحيح؟
contract-the-free-gems-feedback-buy-chest = فرصة لنتعلّم: «9.99 فقط» مال حقيقي، والصناديق الغامضة كثيرًا ما تعطي أقل بكثير ممّا تعد به. الأفضل السؤال قبل أي شراء.

contract-the-free-gems-bed = أطفأت اللعبة. في اليوم التالي، عادت السلسلة إلى الصفر، ولم يحدث شيء سيئ. التنين الذهبي ما زال هناك.
contract-the-free-gems-one-race = السباق الواحد يصبح أربعة. وقت النوم مضى منذ مدة، واللعبة تومض من جديد: «اقتربت! سابق مرة أخرى وإلا خسرت سلسلتك!»
contract-the-free-gems-chest = بطاقة { $adult } محفوظة على الجهاز اللوحي، فتكفي لمسة واحدة. يعطيك الصندوق جوهرة صغيرة واحدة. في اليوم التالي، رسالة بريد: «مرحبًا بك في نادي الجواهر! 9.99 كل أسبوع.»
contract-the-free-gems-pic-gem-club = مرحبًا بك في نادي الجواهر!
contract-the-free-gems-pic-every-week = ‏9.99 كل أسبوع

contract-the-free-gems-late-choice = همم. هل بقي «سباق واحد» سباقًا واحدًا؟ ماذا الآن؟
contract-the-free-gems-choice-sleep-now = صارت أربعة سباقات؟ سأذهب للنوم.
contract-the-free-gems-feedback-sleep-now = أحسنت بالتوقّف! ملاحظة أن السباق الواحد صار أربعة مهارة حقيقية. اللعبة مصمّمة لتبقيك فيها، وأنت استعدت السيطرة.
contract-the-free-gems-choice-keep-racing = سأكمل. لا يمكن أن أخسر سلسلتي الآن!
contract-the-free-gems-feedback-keep-racing = فرصة لنتعلّم: السلاسل تحرّك خط النهاية دائمًا، فهناك دائمًا «سباق آخر». القرار لك في وقت التوقّف، والنوم أولًا.
contract-the-free-gems-late-bed = أطفأت اللعبة ونمت. في الصباح بعض التعب، لكنك عرفت متى يكون التوقّف، والتنين ما زال هناك.
contract-the-free-gems-midnight = تسابقت حتى منتصف الليل. في اليوم التالي، تثاؤب في كل الحصص، وفي المساء تومض اللعبة من جديد: «لا تخسر سلسلتك!»

contract-the-free-gems-bill-choice = أوه لا. كانت تلك تكلفة خفية: نادي الجواهر يأخذ 9.99 كل أسبوع. لم يفت الأوان لإصلاحها. ماذا الآن؟
contract-the-free-gems-choice-show-email = سأذهب فورًا وأُري { $adult } رسالة نادي الجواهر
contract-the-free-gems-feedback-show-email = هذه شجاعة! الألعاب تخفي التكاليف أحيانًا في الكلام الصغير. إظهار الأمر لأحد الوالدين بسرعة يعني إيقاف الدفعات، وربما استرداد المال.
contract-the-free-gems-choice-tell-weekend = سأخبر { $adult } في عطلة الأسبوع. الوقت غير مناسب الآن.
contract-the-free-gems-feedback-tell-weekend = التفكير في إخبار { $adult } صحيح! لكن الانتظار يكلّف أكثر: النادي يأخذ المال كل أسبوع. كلما عرف شخص بالغ أسرع، كان الإصلاح أسهل.
contract-the-free-gems-choice-win-it-back = سأشتري صندوقًا آخر. ربما أستعيد ما دفعت.
contract-the-free-gems-feedback-win-it-back = فرصة لنتعلّم: محاولة استعادة المال بالشراء تخسّرك أكثر في الغالب. الصناديق الغامضة مصمّمة هكذا. لا بأس في إخبار شخص بالغ، ولن يلومك أحد.
contract-the-free-gems-weekend = مع عطلة الأسبوع، وصلت رسالة ثانية: 9.99 أخرى ذهبت. نادي الجواهر سيواصل أخذ المال كل أسبوع.
contract-the-free-gems-adult-cancels = شكرًا لأنك أريتني. لا أحد غاضب منك. لنلغِ نادي الجواهر، ونطلب من المتجر إعادة مالنا، ونضع قفلًا على الشراء معًا.
contract-the-free-gems-more-chests = صندوقان آخران، وجوهرتان صغيرتان أخريان، و19.98 أخرى ذهبت. ونادي الجواهر يواصل الخصم كل أسبوع.

contract-the-free-gems-weekend-choice = رسالتان الآن، ولا أحد في البيت يعرف بعد. ما اختيارك؟
contract-the-free-gems-choice-show-both = سأُري { $adult } الرسالتين. الآن، لا لاحقًا.
contract-the-free-gems-feedback-show-both = هذه شجاعة! لم يفت الأوان أبدًا على الإخبار. يستطيع أحد والديك إلغاء نادي الجواهر وطلب استرداد المال، ولن يلومك أحد.
contract-the-free-gems-choice-hide-emails = سأحذف الرسائل. هكذا أجنّب { $adult } القلق.
contract-the-free-gems-feedback-hide-emails = فرصة لنتعلّم: إخفاء الرسائل لا يوقف نادي الجواهر. إنه يأخذ المال كل أسبوع. إخبار شخص بالغ هو ما يوقفه، ولم يفت الأوان أبدًا.
contract-the-free-gems-hidden = اختفت الرسائل، لكن نادي الجواهر لم يختفِ. كل أسبوع تخرج 9.99 أخرى من بطاقة { $adult }.

contract-the-free-gems-locked = في الصباح التالي، تسجيل الدخول لا ينجح: أحدهم غيّر كلمة مرورك! ثم تظهر رسالة: «ادفع 20 لتستعيد حسابك.»
contract-the-free-gems-pic-pay-20 = ادفع 20 لتستعيد حسابك.
contract-the-free-gems-pic-wrong-password = كلمة المرور غير صحيحة
contract-the-free-gems-locked-choice = يا إلهي، هذا ما أراده المحتالون. لكن ما زال بإمكانك فعل شيء. ما اختيارك؟
contract-the-free-gems-choice-show-message = سأُري { $adult } هذه الرسالة قبل أن أفعل أي شيء آخر.
contract-the-free-gems-feedback-show-message = أفضل خطوة! يستطيع أحد والديك أن يبلغ فريق دعم اللعبة ويغيّر كلمات مرورك. أي شخص قد يُخدع. وطلب المساعدة تصرّف ذكي.
contract-the-free-gems-choice-threaten = سأردّ: «أعيدوا حسابي الآن، وإلا سأبلغ عنكم!»
contract-the-free-gems-feedback-threaten = عدم الدفع كان صحيحًا، والدفاع عن نفسك شجاعة! لكن الردّ يُظهر للمحتالين أن هناك من يسمعهم. الأفضل ترك الرد، وعرض الأمر على أحد والديك.
contract-the-free-gems-choice-pay-unlock = سأدفع الـ20 ببطاقة { $adult } المحفوظة، بسرعة
contract-the-free-gems-feedback-pay-unlock = فرصة لنتعلّم: الدفع للمحتال لا يعيد الحساب تقريبًا أبدًا. إنه فقط يُظهر له أن الحيلة تنجح. يستطيع أحد والديك أن يساعدك في الإبلاغ عنه.
contract-the-free-gems-adult-helps = يسعدني حقًا أنك أخبرتني. لن يلومك أحد. لنبلغ فريق دعم اللعبة: يمكنهم محاولة استعادة حسابك. ولنغيّر كلمات مرورك الأخرى.
contract-the-free-gems-threat-reply = يأتي الردّ فورًا: «ادفع 20 خلال ساعة، وإلا ستختفي تنانينك إلى الأبد!»
contract-the-free-gems-paid = دفعت. لم يعد الحساب. بل وصلت رسالة جديدة: «ادفع 20 أخرى.»

contract-the-free-gems-threat-choice = الوقت يمرّ، والخوف يملؤك. ماذا الآن؟
contract-the-free-gems-choice-stop-show = سأتوقّف عن الردّ، وأُري { $adult } كل الرسائل
contract-the-free-gems-feedback-stop-show = هذه شجاعة وذكاء! عدم الردّ يسلبهم قوتهم. يستطيع أحد والديك أن يبلغ فريق دعم اللعبة عنهم، ولا أحد غاضب منك.
contract-the-free-gems-choice-pay-quick = سأدفع بسرعة ببطاقة { $adult }، وإلا ضاعت تنانيني!
contract-the-free-gems-feedback-pay-quick = فرصة لنتعلّم: «خلال ساعة» حيلة لتخيفك، مثل عدّاد النافذة. الدفع لا يعيد الحساب تقريبًا أبدًا. يستطيع أحد والديك أن يساعد.

contract-the-free-gems-end-safe = كشفت حيلة الجواهر المجانية، وحفظت كلمة مرورك لنفسك، وتوقّفت في وقت النوم لا حين أرادت اللعبة. كلمة مرورك ومال { $adult } ونومك في أمان!
contract-the-free-gems-end-stopped = كشفت حيلة الجواهر ولم تشترِ شيئًا. وتوقّفت في النهاية، حتى لو صار السباق الواحد أربعة. ستلحّ السلسلة غدًا: في المرة القادمة، الأفضل التوقّف في الوقت الذي خطّطت له.
contract-the-free-gems-end-tired = كشفت حيلة الجواهر ولم تشترِ شيئًا. لكن السلسلة أبقتك في السباق حتى منتصف الليل، وستلحّ عليك غدًا أيضًا. القرار لك في وقت التوقّف.
contract-the-free-gems-end-recovered = أوقعتك تكلفة خفية، لكنك أريت { $adult }، وأصلحتما الأمر معًا: نادي الجواهر أُلغي، وعلى الشراء قفل. هذه شجاعة! في المرة القادمة، السؤال قبل الشراء.
contract-the-free-gems-end-harmful = نادي الجواهر يواصل الخصم، وذهب مزيد من مال { $adult }. هذا ليس ذنبك: هذه الألعاب مصمّمة لتدفعك إلى الشراء. لم يفت الأوان أبدًا على إخبار { $adult } أو شخص بالغ آخر موضع ثقتك. سيساعدونك.
contract-the-free-gems-end-recovered-account = خُدعت، لكنك أريت { $adult }. أبلغتما عن الأمر معًا وغيّرتما كلمات مرورك، فلا يستطيع المحتالون دخول أي شيء آخر. فريق دعم اللعبة يتابع حسابك.
contract-the-free-gems-end-harmful-account = دفعت، لكن الحساب لم يعد، والمحتالون يريدون المزيد. هذا ليس ذنبك: المحتالون يخدعون الكبار أيضًا. لم يفت الأوان أبدًا على إخبار { $adult } أو شخص بالغ آخر موضع ثقتك. سيساعدونك، ويستطيعون حماية البطاقة.

# My phone: what stays on the phone after this level.
contract-the-free-gems-trace-password = كلمة مرور لعبتك، كُتبت في نافذة جائزة منبثقة.
contract-the-free-gems-trace-password-advice = المحتالون يجرّبون كلمات المرور المسروقة في ألعاب أخرى أيضًا. يمكن لوالديك المساعدة في تغييرها، والأفضل كلمة مختلفة لكل لعبة.
contract-the-free-gems-trace-gem-club = نادي الجواهر: 9.99 كل أسبوع من بطاقة { $adult }.
contract-the-free-gems-trace-gem-club-advice = إخبار { $adult } عن نادي الجواهر مهم، حتى لو حُذفت الرسائل. يمكنكما معًا إلغاء الاشتراك، وطلب استرداد المال، ووضع قفل على الشراء. لن يلومك أحد.
contract-the-free-gems-trace-popup = نافذة الجواهر المجانية: تمّ الإبلاغ عنها للعبة، مع { $adult }.
contract-the-free-gems-trace-popup-advice = رائع! الإبلاغ عن حيلة يساعد على إيقافها للأطفال الآخرين أيضًا. إذا ظهرت من جديد، فالحل إغلاقها: الجائزة الحقيقية لا تطلب كلمة مرور أبدًا.
