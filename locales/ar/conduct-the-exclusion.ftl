# السلوك / العدوانية: الإقصاء (الأعمار 13-15)، اللاعب شاهد على ما يحدث

conduct-the-exclusion-title = إقصاء متعمَّد
conduct-the-exclusion-summary = صفّك يبدأ مجموعة دردشة جديدة من دون أحد الزملاء، وتبدأ النكات عليه.
conduct-the-exclusion-remember = إقصاء شخص عن قصد والسخرية منه تنمّر. لا تشارك فيه، وكن لطيفًا مع الشخص المستهدف، وأخبر شخصًا بالغًا تثق به.

conduct-the-exclusion-app = { $app }
conduct-the-exclusion-npc-leader = { $leader }
conduct-the-exclusion-npc-target = { $target }
conduct-the-exclusion-npc-teacher = { $teacher }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
conduct-the-exclusion-app-buzzly = Buzzly
conduct-the-exclusion-app-gabble = Gabble
conduct-the-exclusion-app-squadup = SquadUp
conduct-the-exclusion-group-real-squad = الشلّة الحقيقية
conduct-the-exclusion-group-no-cringe = ممنوع السخافة
conduct-the-exclusion-group-vips = للمميّزين فقط
conduct-the-exclusion-name-mia = مريم
conduct-the-exclusion-name-jonah = يونس
conduct-the-exclusion-name-ayesha = عائشة
conduct-the-exclusion-name-kai = كنان
conduct-the-exclusion-name-bella = بيلسان
conduct-the-exclusion-name-ryan = ريان
conduct-the-exclusion-teacher-okafor = الأستاذة هدى
conduct-the-exclusion-teacher-reyes = الأستاذ رائد
conduct-the-exclusion-teacher-novak = الأستاذة نادية

conduct-the-exclusion-intro = مجموعة جديدة على { $app } اسمها «{ $group }»، من إنشاء { $leader }. كل من في صفّك فيها، إلا { $target }.

conduct-the-exclusion-first-joke = أخيرًا، دردشة بدون { $target } هههه. هل رأيتم ذلك الحذاء اليوم؟؟ فليأخذ أحدكم لقطة شاشة لآخر صورة سيلفي لـ{ $target }.
conduct-the-exclusion-choice-not-cool = هذا ليس لطيفًا. هذا سيجرح { $target } كثيرًا.
conduct-the-exclusion-feedback-not-cool = هذا احتاج إلى جرأة. حين يقول شخص واحد «هذا ليس لطيفًا»، يجد الآخرون غالبًا الشجاعة ليتوقّفوا أيضًا. الشهود يملكون قوة أكبر ممّا يظنّون.
conduct-the-exclusion-choice-mute = سأكتم المجموعة ولن أقول شيئًا
conduct-the-exclusion-feedback-mute = لم تشارك، وهذا مهم. لكن الصمت قد يبدو موافقة. عبارة قصيرة مثل «هذا ليس لطيفًا»، أو رسالة لطيفة إلى { $target }، قد تغيّر الكثير.
conduct-the-exclusion-choice-laugh-meme = سأرد بميم ضاحك
conduct-the-exclusion-feedback-laugh-meme = فرصة لنتعلّم: الميم الواحد يبدو شيئًا صغيرًا، لكنه بالنسبة إلى { $target } يعني شخصًا آخر في صفّ الخصوم. ومنشورات المجموعات تُلتقط لها صور شاشة وتُشارك.

conduct-the-exclusion-pushback = اهدأ، إنها مزحة. لا تكن مملًا، وإلا فاذهب وانضمّ إلى { $target } هههه.
conduct-the-exclusion-screenshot = ينشر أحدهم صورة سيلفي لـ{ $target } مع تعليق جارح. تحصل على 14 تفاعلًا ضاحكًا خلال دقيقة. ولا أحد يقول شيئًا.

conduct-the-exclusion-support-choice = وفي الأثناء، تظهر رسالة من { $target } في مجموعة الصف الرئيسية: «لماذا الجميع صامتون معي اليوم؟» ولا أحد يرد.
conduct-the-exclusion-choice-message-save = سأرسل رسالة لطيفة إلى { $target }، وألتقط صورًا للمجموعة
conduct-the-exclusion-feedback-message-save = مزيج رائع. الرسالة اللطيفة تقول لـ{ $target }: «لست وحدك»، وصور الشاشة دليل إذا احتاج شخص بالغ تثق به إلى التدخّل.
conduct-the-exclusion-choice-kind-only = سأرسل شيئًا لطيفًا إلى { $target }، ولا شيء غير ذلك
conduct-the-exclusion-feedback-kind-only = اللطف يساعد حقًا. لكن المجموعة ما زالت مستمرة. حفظ بعض صور الشاشة يعني أن شخصًا بالغًا تثق به يستطيع التصرّف إذا ساءت الأمور.
conduct-the-exclusion-choice-forward-screenshot = سأعيد إرسال صورة السيلفي، فالجميع رأوها
conduct-the-exclusion-feedback-forward-screenshot = فرصة لنتعلّم: «الجميع رأوها» لا تجعل الأمر مقبولًا. كل إعادة إرسال تنشر الأذى أبعد، وتضع اسمك عليه.

conduct-the-exclusion-target-reply = شكرًا لأنك راسلتني. رأيت المجموعة. أشعر أن الجميع يكرهونني. لكن أرجوك لا تكبّر الموضوع
conduct-the-exclusion-choice-tell-together = لست وحدك. لنُخبر { $teacher } معًا.
conduct-the-exclusion-feedback-tell-together = هذا هو الوقوف مع الآخرين. لكل شخص الحق في أن يشعر بالأمان في المدرسة وعلى الإنترنت. إخبار شخص بالغ تثق به ليس تكبيرًا للموضوع، بل هو الطريق لإيقافه.
conduct-the-exclusion-choice-keep-secret = حسنًا، لن أخبر أحدًا. أنا بجانبك.
conduct-the-exclusion-feedback-keep-secret = وقوفك إلى جانب { $target } مهم جدًا. لكن إقصاءً كهذا كثيرًا ما يزداد سوءًا. يمكنك أن تشرح بلطف أن شخصًا بالغًا تثق به يستطيع المساعدة، وتعرض أن ترافق { $target }.
conduct-the-exclusion-choice-blame-target = ربما يتوقّفون لو غيّرت حذاءك؟
conduct-the-exclusion-feedback-blame-target = فرصة لنتعلّم: الذنب ليس ذنب { $target }، وتغيير المظهر لن يصلح شيئًا. لا أحد يستحق السخرية. المشكلة في تصرّف المجموعة.

conduct-the-exclusion-teacher-helps = شكرًا لكما لأنكما جئتما إليّ. يا { $target }، لا ذنب لك في أي شيء من هذا. سأتعامل مع المجموعة، وسنبلغ { $app } عن أسوأ المنشورات.

conduct-the-exclusion-pile-on = منشورك يحصد أكثر الضحكات. وبعد ساعة، يختفي اسم { $target } من كل مجموعات الصف. وآخر رسالة: «فهمت. لا أحد يريدني هنا.»
conduct-the-exclusion-fix-choice = كان وقع هذا أقسى بكثير من مزحة. لم يفت الأوان لإصلاح الأمر. ماذا ستفعل؟
conduct-the-exclusion-choice-sorry-tell = سأحذفه، وأعتذر إلى { $target }، وأخبر { $teacher }
conduct-the-exclusion-feedback-sorry-tell = هذه شجاعة حقيقية. الاعتراف بالخطأ وإشراك شخص بالغ قد يغيّران الأمور لصالح { $target }. أنت لست شخصًا سيئًا، بل اتخذت قرارًا سيئًا.
conduct-the-exclusion-choice-delete-hope = سأحذف منشوري وأتمنّى أن ينتهي الأمر
conduct-the-exclusion-feedback-delete-hope = الحذف يساعد، لكن الأذى وقع والمجموعة مستمرة. الاعتذار الحقيقي وشخص بالغ تثق به قد يعيدان الشعور بالأمان إلى { $target }.
conduct-the-exclusion-choice-just-joke = سأتركه. كانت مجرد مزحة.
conduct-the-exclusion-feedback-just-joke = فرصة لنتعلّم: حين يغادر شخص كل المجموعات بسببها، فهي لم تعد مزحة. لم يفت الأوان أبدًا للاعتذار وطلب المساعدة.

conduct-the-exclusion-teacher-helps-late = شكرًا لصدقك، فهذا ليس سهلًا. سأتحدّث مع المجموعة، وسنطمئن على { $target }. الاعتذار كان خطوة أولى رائعة.

conduct-the-exclusion-end-safe = رفضت المشاركة، ووقفت إلى جانب { $target }، وأشركت شخصًا بالغًا تثق به. أُغلقت المجموعة، وصار واضحًا لـ{ $target } من هم الأصدقاء الحقيقيون.
conduct-the-exclusion-end-mixed = الأمور أهدأ الآن، لكن المجموعة مستمرة، ولا يعرف أي شخص بالغ بالأمر، ومكان { $target } ما زال خارج الدائرة. إخبار شخص بالغ تثق به يساعد على إيقاف الإقصاء نهائيًا.
conduct-the-exclusion-end-recovered = أخطأت في البداية، ثم اعتذرت وطلبت المساعدة. { $target } في مجموعة الصف من جديد. إصلاح الخطأ يحتاج إلى شجاعة حقيقية.
conduct-the-exclusion-end-harmful = { $target } في وحدة تامة، والمجموعة مستمرة. لم يفت الأوان أبدًا: اعتذر، وكن لطيفًا، وأخبر شخصًا بالغًا تثق به.
