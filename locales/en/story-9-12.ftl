# The 9-12 story (scenarios/9-12/story.ron): its name, its close, and its recurring people.

story-9-12-title = A term online
story-9-12-closed = What a term! New apps, new games, a few tricks and lots of brave choices. Thank you for letting me come along. Here's what I'll remember:
story-9-12-ending-stranger = You spotted a stranger's tricks in a game chat, kept the proof and got help to block and report them. New name, same tricks? Now you know what to do.
story-9-12-ending-location = Your drawing app may still show your dot on its map. Ask a parent to switch location off with you. It only takes a minute.
story-9-12-ending-password = A password a pop-up took isn't safe yet. Ask a parent to help you make a new one, and use a different one for each game.
story-9-12-ending-settings = When a scary video got through, you told a trusted adult. Now autoplay is off and kids' settings are on. That was brave!
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
