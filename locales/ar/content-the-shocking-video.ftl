# المحتوى / العدوانية: الفيديو الصادم (الأعمار 13-15)

content-the-shocking-video-title = الفيديو الصادم
content-the-shocking-video-summary = فيديو عنيف يصل إلى مجموعة صفّك، والغريب الذي نشره يريد أن يرسل لك المزيد.
content-the-shocking-video-remember = لست مضطرًا أبدًا إلى مشاهدة شيء مزعج أو مشاركته، ولا بأس أن تشعر بالاضطراب. أبلغ عنه، وخذ استراحة، وتحدّث مع شخص بالغ تثق به.

content-the-shocking-video-app = { $app }
content-the-shocking-video-npc-stranger = { $stranger }
content-the-shocking-video-npc-friend = { $friend }
content-the-shocking-video-npc-adult = { $adult }

# التنويع: في كل مرة لعب يُختار خيار واحد لكل متغيّر في `vary`.
content-the-shocking-video-app-chatterly = Chatterly
content-the-shocking-video-app-groupnest = GroupNest
content-the-shocking-video-app-pingpal = PingPal
content-the-shocking-video-name-zara = زهرة
content-the-shocking-video-name-leo = ليث
content-the-shocking-video-name-amir = أمير
content-the-shocking-video-name-darkclips = darkclips_22
content-the-shocking-video-name-nofilter = nofilter.vids
content-the-shocking-video-name-rawfeed = rawfeed404
content-the-shocking-video-adult-mum = ماما
content-the-shocking-video-adult-dad = بابا
content-the-shocking-video-adult-aunt = الخالة ورد

content-the-shocking-video-intro = الساعة 10 مساءً ومجموعة صفّك على { $app } مليئة بميمات الواجبات. قبل ساعة، انضمّ شخص لا يعرفه أحد، { $stranger }، عبر رابط الدعوة الخاص بالمجموعة.
content-the-shocking-video-video-drop = شجار حقيقي مصوّر، يصير سيئًا جدًا في النهاية. شاهدوه قبل أن يُحذف! أرسلوه إلى كل مجموعة أنتم فيها.

content-the-shocking-video-friend-reacts = هل شاهده أحد؟ يقولون إن أحدهم أُصيب إصابة بالغة. هل أفتحه؟
content-the-shocking-video-choice-report-dont-share = الأفضل ألّا نفتحه. سأبلغ عنه، وأرجوكم لا يشاركه أحد.
content-the-shocking-video-feedback-report-dont-share = خطوة قوية. الفيديوهات العنيفة قد تعلق في رأسك، وكل مشاركة تؤذي الشخص الذي فيها من جديد. الإبلاغ عنه إلى { $app } يساعد على حذفه.
content-the-shocking-video-choice-scroll-past = لن أفتحه، سأتجاوزه فقط
content-the-shocking-video-feedback-scroll-past = عدم المشاهدة يحميك، قرار جيد. لكن الفيديو ما زال ينتشر في صفّك. إبلاغ سريع وعبارة «أرجوكم لا تشاركوه» قد يوقفانه.
content-the-shocking-video-choice-watch-forward = سأشاهده، وأعيد إرساله إلى مجموعة كرة القدم
content-the-shocking-video-feedback-watch-forward = فرصة لنتعلّم: «شاهدوه قبل أن يُحذف» طُعم ليجعلك تنقر. وإعادة إرساله تنشر الأذى إلى أشخاص لم يختاروا رؤيته.

content-the-shocking-video-watched = تشاهد بضع ثوانٍ. إنه أسوأ ممّا توقّعت. تغلقه، لكن الصور تبقى في رأسك، وتمتلئ مجموعة كرة القدم بردود مصدومة.
content-the-shocking-video-upset-choice = كان ذلك صعب المشاهدة، والشعور بالاضطراب طبيعي تمامًا. الفيديو الآن في مجموعة كرة القدم، لكن ما زال بإمكانك إصلاح الأمر. وماذا الآن؟
content-the-shocking-video-choice-delete-tell = سأحذف ما أرسلته، وأبلغ عن الفيديو، وأخبر { $adult }
content-the-shocking-video-feedback-delete-tell = هكذا تقلب الأمور. الحذف يوقف الانتشار، والإبلاغ يساعد على إزالته، والحديث مع أحد يساعد الصور على التلاشي. كلنا نخطئ.
content-the-shocking-video-choice-delete-forget = سأحذف ما أرسلته وأحاول أن أنسى
content-the-shocking-video-feedback-delete-forget = الحذف كان الخطوة الأولى الصحيحة. لكن الفيديوهات المزعجة قد تعود إلى ذهنك مرارًا. الإبلاغ عنه والحديث مع شخص بالغ تثق به يساعدانك ويساعدان غيرك.
content-the-shocking-video-choice-watch-again = سأشاهده مرة أخرى وأقرأ كل التعليقات
content-the-shocking-video-feedback-watch-again = فرصة لنتعلّم: المشاهدة مرة أخرى تزيد الانزعاج عادةً ولا تقلّله. لا بأس أن تغلقه، وتأخذ استراحة، وتفعل شيئًا يهدّئك.

content-the-shocking-video-stranger-dm = رأيتك في المجموعة. إذا أعجبك هذا، فعندي ما هو أسوأ بكثير. أضفني على تطبيق خاص، فقط لا تخبر والديك هههه.
content-the-shocking-video-choice-block-report-stranger = سأحظر { $stranger } وأبلغ عنه، وأنبّه مشرف المجموعة
content-the-shocking-video-feedback-block-report-stranger = صحيح تمامًا. الغريب الذي يروّج فيديوهات صادمة، ويريد تطبيقًا خاصًا، ويقول «لا تخبر والديك» يُظهر ثلاث علامات خطر دفعة واحدة.
content-the-shocking-video-choice-ignore-dm = سأترك الرسالة على «تمت المشاهدة» ولن أرد
content-the-shocking-video-feedback-ignore-dm = عدم الرد يحميك الآن. لكن { $stranger } ما زال في مجموعة صفّك ويستطيع مراسلة غيرك. حظره والإبلاغ عنه يحميان الجميع.
content-the-shocking-video-choice-reply-stranger = سأرد: «حسنًا، أرسلها»
content-the-shocking-video-feedback-reply-stranger = فرصة لنتعلّم: من يرسل فيديوهات صادمة ويريد أسرارًا عن الوالدين لا يهتم بمصلحتك. والرد يخبره بأن الوصول إليك سهل.

content-the-shocking-video-late-night = الساعة تقارب 11 ورأسك يضجّ بعد كل ما حدث. لا بأس أن تنزعج من أشياء على الإنترنت. كيف تريد أن تنهي الليلة؟
content-the-shocking-video-choice-talk-and-sleep = سأضع هاتفي جانبًا وأخبر { $adult } بما حدث
content-the-shocking-video-feedback-talk-and-sleep = اختيار رائع. الحديث يخفّف المشاعر الثقيلة، والاستراحة من الشاشة تساعد عقلك على الهدوء. وبمساعدة { $adult } يمكنك الإبلاغ أيضًا.
content-the-shocking-video-choice-mute-sleep = سأكتم الدردشة وأنام، لكن سأحتفظ بالأمر لنفسي
content-the-shocking-video-feedback-mute-sleep = الاستراحة والنوم يساعدان حقًا. لكن إذا عاد الفيديو إلى ذهنك، فلا بأس أن تتحدّث عنه. لست مضطرًا إلى حمله وحدك.
content-the-shocking-video-choice-scroll-late = سأواصل تصفّح الدردشة حتى الثانية فجرًا
content-the-shocking-video-feedback-scroll-late = فرصة لنتعلّم: التصفّح حتى وقت متأخّر بعد شيء مزعج يجعله يبدو أكبر عادةً، وتخسر نومك. لا بأس أن تخرج وتتحدّث.

content-the-shocking-video-parent-talk = شكرًا لأنك أخبرتني. الشعور بالاضطراب طبيعي، ولم تفعل أي شيء خاطئ. لنبلغ عن الفيديو وعن ذلك الحساب معًا، ونطلب من معلّمك إعادة تعيين رابط الدعوة لمجموعة الصف.

content-the-shocking-video-more-clips = يرسل { $stranger } رابطًا لفيديو أسوأ. ثم يسأل عن عمرك، ويطلب صورة سيلفي «لتثبت أنك لست واشيًا». تشعر بانقباض في معدتك.
content-the-shocking-video-sango-help = أنا قلق. فيديوهات صادمة، وأسرار، والآن صورة سيلفي: هذه علامات خطر. الإخبار ليس وشاية، بل طلب للمساعدة. هذا ليس ذنبك، وتستطيع أن توقف هذا. ماذا ستفعل؟
content-the-shocking-video-choice-stop-tell = سأتوقّف عن الرد، وألتقط صورة للشاشة، وأحظره، وأخبر { $adult }
content-the-shocking-video-feedback-stop-tell = هذه شجاعة وذكاء. صور الشاشة دليل، والحظر يقطع التواصل، والشخص البالغ الذي تثق به يستطيع الإبلاغ عن الحساب. أنت لست في ورطة.
content-the-shocking-video-choice-block-only = سأحظر { $stranger }، لكن سأحتفظ بالأمر لنفسي
content-the-shocking-video-feedback-block-only = الحظر خطوة جيدة! لكن { $stranger } ما زال يستطيع مراسلة زملائك. يستطيع شخص بالغ تثق به أن يساعد في الإبلاغ عن الحساب كي يتوقّف الأمر للجميع.
content-the-shocking-video-choice-send-selfie = سأرسل صورة السيلفي كي يتركني وشأني
content-the-shocking-video-feedback-send-selfie = فرصة لنتعلّم: الاستسلام يجعل أمثال هؤلاء يطلبون المزيد عادةً، لا أقل. لم يفت الأوان أبدًا لتتوقّف عن الرد وتطلب المساعدة.

content-the-shocking-video-adult-helps-late = يسعدني حقًا أنك أخبرتني، وأنت لست في ورطة. لنبلغ عن الفيديو وعن ذلك الحساب معًا، ونُعلم المدرسة. وإذا ظلّت الصور تعود إليك، فخط المساعدة يستطيع المساعدة أيضًا.

content-the-shocking-video-end-safe = رأيت علامات الخطر، واعتنيت بنفسك، وتحدّثت عمّا حدث. تم الإبلاغ عن الفيديو والحساب، ونمت نومًا جيدًا. هذه قوة حقيقية.
content-the-shocking-video-end-mixed = حافظت على سلامتك الآن، لكن لا يعرف أي شخص بالغ بالأمر، وقد يكون { $stranger } ما زال في مجموعة صفّك. لم يفت الأوان أبدًا للإبلاغ والحديث مع أحد.
content-the-shocking-video-end-tired = أنت منهك في المدرسة، والفيديو يعاود الظهور في رأسك. الخروج من التطبيق والحديث مع شخص بالغ تثق به يساعدان أكثر بكثير من التصفّح.
content-the-shocking-video-end-recovered = صارت الأمور ثقيلة، لكنك طلبت المساعدة، وهذا غيّر كل شيء. تم الإبلاغ عن الفيديو والحساب. الحديث عن الأمر كان شجاعة.
content-the-shocking-video-end-harmful = { $stranger } يواصل المراسلة ويريد المزيد. هذا ليس ذنبك. لم يفت الأوان أبدًا: احظره، وأبلغ عنه، وأخبر شخصًا بالغًا تثق به أو اتصل بخط مساعدة.
