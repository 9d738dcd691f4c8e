# The 13-15 story (scenarios/13-15/story.ron): its name, Sango's words at the close,
# the lines of the close, and the band's recurring people.

story-13-15-title = A Term Online
story-13-15-closed = That's the whole term! A new account, a viral quiz, group chats, games and a few hard moments. Here's what your story remembers.
story-13-15-ending-strangers = When a stranger used flattery, gifts and "just us", you saved the proof and got them reported. Those moves won't fool you again, whatever name they use.
story-13-15-ending-classmate = When a classmate was left out and mocked, you got a trusted adult involved. That's what being on someone's side looks like.
story-13-15-ending-video = When something online shook you, you talked it through with someone you trust. That's strength, and it helps the pictures fade.
story-13-15-ending-checked = You checked the real source before you shared, even when a friend was sure. The people who trust you are safer for it.
story-13-15-ending-quiz-open = Still open: the quiz app can still pass on your data. Switch off its access in Settings and delete it. A trusted adult can help.
story-13-15-ending-feed-friend = When your friend got pulled into a group that only pretended to help, you didn't keep the secret: you got a trusted adult. That's what real friends do.
story-13-15-ending-fake-pictures = When something cruel and fake about a classmate went round, you got a trusted adult to help. They knew someone was on their side.
story-13-15-ending-link = When a “funny” link in the class chat turned out to be something nobody should be sent, you told someone you trust. Nobody was in trouble for it, and it was never your fault.
story-13-15-ending-hacked-account = Your account has a real lock now: a passphrase only you know, two-step sign-in, and no strangers signed in. And you know a link from a friend can still be a trick.
story-13-15-ending-ai-companion = An AI app once wanted to be your only friend. You saw it was a product, got a trusted adult on your side, and took your evenings back. The park is still there on Saturdays.
story-13-15-ending-livestream = When a live stream stopped feeling right, you knew you could end it and talk to someone. Your streams are for your friends now.
story-13-15-ending-hidden-ad = You saw through an "honest review" that was really an ad, and got it reported. Looking closer beats believing everything, or believing nothing.
story-13-15-ending-always = Anything still on My phone can be put right. It's never too late, and you're never in trouble for asking a trusted adult for help.

# The recurring people (cast): the friend, the classmate who is picked on,
# the ringleader, and the new follower who comes back.
cast-1315-hana = Hana
cast-1315-dev = Dev
cast-1315-zara = Zara
cast-1315-jonah = Jonah
cast-1315-ayesha = Ayesha
cast-1315-ella = Ella
cast-1315-jordan = jordan.lol
cast-1315-tyler = tyler_jokes
cast-1315-sofia = sofia.vibes
cast-1315-jay = jay.beats_14
cast-1315-riley = riley_xo14
cast-1315-sky = sky.lights14
