# The 13-15 story (scenarios/13-15/story.ron): its name, Sango's words at the close,
# the lines of the close, and the band's recurring people.

story-13-15-title = فصل دراسي على الإنترنت
story-13-15-closed = انتهى الفصل كله! حساب جديد، واختبار منتشر، ومجموعات دردشة، وألعاب، وبعض اللحظات الصعبة. هذا ما تتذكّره قصتك.
story-13-15-ending-strangers = حين استعمل غريب المديح والهدايا و«نحن الاثنين فقط»، حفظت الأدلة وتمّ الإبلاغ عنه. هذه الحيل لن تخدعك مجددًا، مهما كان الاسم الذي يستعمله.
story-13-15-ending-classmate = حين استُبعد أحد زملاء صفّك وتعرّض للسخرية، أشركت شخصًا بالغًا موضع ثقتك. هكذا يكون الوقوف إلى جانب أحد.
story-13-15-ending-video = حين هزّك شيء على الإنترنت، تحدّثت عنه مع شخص موضع ثقتك. هذه قوة، وهي تساعد الصور على أن تتلاشى.
story-13-15-ending-checked = تحقّقت من المصدر الحقيقي قبل المشاركة، حتى حين كان أحد أصدقائك متأكدًا. ومن يثقون بك صاروا أكثر أمانًا بفضل ذلك.
story-13-15-ending-quiz-open = ما زال مفتوحًا: تطبيق الاختبار ما زال قادرًا على نقل بياناتك. الحل: إيقاف وصوله من الإعدادات، ثم حذفه. وشخص بالغ موضع ثقتك يستطيع المساعدة.
story-13-15-ending-always = كل ما بقي في «هاتفي» يمكن إصلاحه. لم يفت الأوان أبدًا، ولن يلومك أحد أبدًا لأنك طلبت المساعدة من شخص بالغ موضع ثقتك.

# The recurring people (cast): the friend, the classmate who is picked on,
# the ringleader, and the new follower who comes back.
cast-1315-hana = هناء
cast-1315-dev = ضياء
cast-1315-zara = زهرة
cast-1315-jonah = يونس
cast-1315-ayesha = نور
cast-1315-ella = جود
cast-1315-jordan = jordan.lol
cast-1315-tyler = tyler_jokes
cast-1315-sofia = sofia.vibes
cast-1315-jay = jay.beats_14
cast-1315-riley = riley_xo14
cast-1315-sky = sky.lights14
