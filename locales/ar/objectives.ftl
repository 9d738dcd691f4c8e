# أهداف التعلّم: عنوان قصير، وجملة «أستطيع» موجّهة للطفل، وموضوع
# إرشادات الاتحاد الدولي للاتصالات لحماية الأطفال على الإنترنت (2020) الذي أُخذ منه كل هدف.

objective-know-my-rights-title = أعرف حقوقي
objective-know-my-rights-i-can = أستطيع أن أقول ما حقوقي على الإنترنت، مثل أن أكون في أمان، وأن أُعامَل باحترام، وأن تبقى حياتي الخاصة خاصة.
objective-know-my-rights-topic = إرشادات الاتحاد الدولي للاتصالات للأطفال: حقوقك على الإنترنت

objective-spot-the-risk-title = أكتشف الخطر
objective-spot-the-risk-i-can = أستطيع أن ألاحظ متى يمكن لشيء على الإنترنت أن يؤذيني أو يؤذي غيري.
objective-spot-the-risk-topic = إرشادات الاتحاد الدولي للاتصالات للأطفال: المخاطر على الإنترنت (المحتوى والتواصل والسلوك والعقود)

objective-guard-personal-info-title = أحمي معلوماتي
objective-guard-personal-info-i-can = أستطيع أن أحافظ على خصوصية كلمات المرور وعنواني ومدرستي وصوري.
objective-guard-personal-info-topic = إرشادات الاتحاد الدولي للاتصالات للأطفال: الخصوصية والمعلومات الشخصية

objective-check-before-trust-title = أتحقّق قبل أن أثق
objective-check-before-trust-i-can = أستطيع أن أتحقّق ممّن صنع شيئًا وهل هو صحيح، قبل أن أصدّقه أو أشاركه.
objective-check-before-trust-topic = إرشادات الاتحاد الدولي للاتصالات للأطفال: الأخبار الكاذبة والمعلومات الموثوقة

objective-strangers-warning-signs-title = علامات الخطر من الغرباء
objective-strangers-warning-signs-i-can = أستطيع أن أكتشف علامات الخطر عندما يحاول شخص لا أعرفه إلا عبر الإنترنت أن يتقرّب مني كثيرًا، أو يطلب أسرارًا، أو يريد الانتقال إلى دردشة خاصة.
objective-strangers-warning-signs-topic = إرشادات الاتحاد الدولي للاتصالات للأطفال: الأشخاص الذين نقابلهم على الإنترنت والاستدراج

objective-be-kind-stand-up-title = اللطف ومساندة الآخرين
objective-be-kind-stand-up-i-can = أستطيع أن أعامل الآخرين بلطف على الإنترنت، وأن أقف إلى جانب من يتعرّض للتنمّر.
objective-be-kind-stand-up-topic = إرشادات الاتحاد الدولي للاتصالات للأطفال: التنمّر الإلكتروني واحترام الآخرين

objective-think-before-posting-title = أفكّر قبل أن أنشر
objective-think-before-posting-i-can = أستطيع أن أفكّر في تأثير منشور أو صورة أو مشاركة عليّ وعلى الآخرين قبل أن أرسلها.
objective-think-before-posting-topic = إرشادات الاتحاد الدولي للاتصالات للأطفال: بصمتك الرقمية والمشاركة على الإنترنت

objective-spot-tricks-and-costs-title = أكتشف الحيل والتكاليف
objective-spot-tricks-and-costs-i-can = أستطيع أن أكتشف الحيل مثل الجوائز الوهمية والنوافذ المنبثقة التي تستعجلني والتكاليف الخفية في الألعاب والتطبيقات.
objective-spot-tricks-and-costs-topic = إرشادات الاتحاد الدولي للاتصالات للأطفال: الاحتيال والألعاب الإلكترونية والمشتريات داخل التطبيقات

objective-healthy-balance-title = توازن صحي
objective-healthy-balance-i-can = أستطيع أن أختار متى أتوقّف، وأن أحافظ على توازن صحي بين الشاشات والنوم وأنواع المرح الأخرى.
objective-healthy-balance-topic = إرشادات الاتحاد الدولي للاتصالات للأطفال: الصحة والعافية على الإنترنت

objective-block-report-tell-title = أحظر، أُبلِغ، أُخبر
objective-block-report-tell-i-can = أستطيع أن أحظر وأُبلِغ وأُخبر شخصًا بالغًا أثق به عندما يقلقني شيء على الإنترنت.
objective-block-report-tell-topic = إرشادات الاتحاد الدولي للاتصالات للأطفال: طلب المساعدة والإبلاغ
