# The 16-18 story (scenarios/16-18/story.ron): one last term of school online.

story-16-18-title = The last term
story-16-18-closed = That's your last term of school, all of it. Easy choices, hard ones, a few slips put right: you learned from every one. I'm proud of you.

# The close: each line shows when its facts hold.
story-16-18-ending-classmate = When the crowd turned on a classmate, you stood by them instead of joining in. They noticed. People remember who had their back.
story-16-18-ending-stranger = A stranger tried flattery, secrets and easy rewards. You saved the evidence and reported it, and now you know the pattern, whatever name it uses next.
story-16-18-ending-job = When the fake job came round, you brought in an adult who could act instead of keeping it quiet. Asking for help is a grown-up move.
story-16-18-ending-took-back = Your account got hacked, and you took it back. Putting something right counts as much as never slipping.
story-16-18-ending-violent-clip = When a violent video went round, you got it reported and made sure nobody had to carry it alone, you included.
story-16-18-ending-hacked-scam = The night a hacked account borrowed a friend's name to ask for money, you got the truth out and reported it. Scams like that count on silence, and you gave them none.
story-16-18-ending-betting-tips = When "sure" betting tips went round, you brought in a trusted adult and switched the gambling block on. These days the only thing riding on a match is points with your friends.
story-16-18-ending-study-pills = Before exams, someone sold "focus pills" in your group chat, and you made sure it got reported. The best revision tip of the whole term? Sleep.
story-16-18-ending-threats = When someone tried to scare you into paying, you stopped, kept the proof and let an adult help. Threats lose their power once you tell.
story-16-18-ending-older = When someone wanted you all to themselves and asked for secrets, you let the people who care about you back in. That took real strength.
story-16-18-ending-doxxing = When strangers posted where you live, you got the posts reported, locked your accounts down and let the adults handle the threats. Your reviews are still up.
story-16-18-ending-always = Whatever is still out there can be put right, one step at a time, with a trusted adult's help. Whatever comes next, you know how to look after yourself and others.

# The people who come back: the friend, the classmate the crowd turns on, the stranger.
cast-1618-tariq = Tariq
cast-1618-priya = Priya
cast-1618-mika = Mika
cast-1618-ellis = Ellis
cast-1618-ravi = Ravi
cast-1618-kemi = Kemi
cast-1618-kestrel = Kestrel
cast-1618-rook = Rook_42
cast-1618-moss = MossyStone
