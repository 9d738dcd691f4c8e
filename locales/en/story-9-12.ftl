# The 9-12 story (scenarios/9-12/story.ron): its name, its close, and its recurring people.

story-9-12-title = A term online
story-9-12-closed = What a term! New apps, new games, a few tricks and lots of brave choices. Thank you for letting me come along. Here's what I'll remember:
story-9-12-ending-stranger = You spotted a stranger's tricks in a game chat, kept the proof and got help to block and report them. New name, same tricks? Now you know what to do.
story-9-12-ending-location = Your drawing app may still show your dot on its map. Ask a parent to switch location off with you. It only takes a minute.
story-9-12-ending-password = A password a pop-up took isn't safe yet. Ask a parent to help you make a new one, and use a different one for each game.
story-9-12-ending-settings = When a scary video got through, you told a trusted adult. Now autoplay is off and kids' settings are on. That was brave!
story-9-12-ending-family-map = Your family map still shows your dot to your family and nobody else. A big, bright "share" button didn't decide for you. You did.
story-9-12-ending-streak = Your cartoon app goes to sleep when you do now. No streak, sad mascot or countdown was worth your sleep, and the funny videos still wait for you after school.
story-9-12-ending-popup = That pop-up you never asked to see? You closed it and told a grown-up, and nobody was cross. That's exactly the right thing to do, every single time.
story-9-12-ending-challenge = A challenge that could really hurt someone went round your class chat. You didn't pass it on, and you told a grown-up in time. That's how you look after your friends.
story-9-12-ending-angry = A player turned nasty and followed you from game to game. You kept the proof, blocked and reported them, and told a grown-up. Game on, with your real team!
story-9-12-ending-chatbot = A cute chatbot wanted to be your only best friend, and to keep secrets. You knew it was a program, kept your details private and told a grown-up. Smart thinking!
story-9-12-ending-always = Online or offline, you never have to sort things out alone. A trusted adult is always there to help, and telling is never snitching.

# The best friend
cast-912-mia = Mia
cast-912-theo = Theo
cast-912-aisha = Aisha
# The classmate who gets picked on
cast-912-sam = Sam
cast-912-noah = Noah
cast-912-arjun = Arjun
# The stranger in the game chat
cast-912-starknight = StarKnight_12
cast-912-pixelhero = PixelHero_12
cast-912-dragonrider = DragonRider_12
