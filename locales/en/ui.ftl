# The game's own words: screens, buttons and Sango's framing.
# Scenario words live in one file per scenario; objectives in objectives.ftl.

empty = {""}
back = Back

## Title
title-name = Sango
title-tagline = Explore the online world safely, with Sango as your guide.
title-play = Play
title-quit = Quit
title-content-problems = { $count ->
    [one] One problem was found in the lessons. A teacher can run “sango validate” to see why:
   *[other] { $count } problems were found in the lessons. A teacher can run “sango validate” to see why:
}
title-save-problem = Something about saved progress needs a grown-up’s look. Nothing was lost: your teacher can see the details.

## Who is playing
profiles-heading = Who is playing?
profiles-new = New player
profiles-nickname-label = Type a nickname:
profiles-privacy-tip = Tip: use a made-up nickname, not your real name. That keeps you private here, and online too.
profiles-privacy-full-name = Is that your real name? A made-up nickname is safer: people you don’t know can’t use it to find you. You can still keep it.
profiles-privacy-email = That looks like an e-mail address. A made-up nickname is safer: an address lets strangers write to you. You can still keep it.
profiles-privacy-phone = That looks like a phone number. A made-up nickname is safer: a number lets strangers call or text you. You can still keep it.
profiles-avatar-label = Pick your picture:
profiles-create = Start playing
profile-error-empty = Type a nickname first.
profile-error-too-long = A nickname can have up to { $max } letters.
profile-error-taken = Someone already uses that nickname. Try another one!
profile-error-symbols = Use letters and numbers: some signs and pictures can’t be shown here, and could make two nicknames look the same.
profile-error-missing = That player could not be found.
avatar-coral = Coral bear
avatar-sun = Sunshine
avatar-leaf = Leaf sprout
avatar-sky = Sky robot
avatar-violet = Violet owl
avatar-rose = Rose bunny

## World map
map-heading = The online world
map-playing-as = Playing as { $nickname }
map-change-player = Change player
map-no-levels = More adventures are coming here soon.
risk-content = Content
risk-content-hint = What you see and read online
risk-contact = Contact
risk-contact-hint = People who contact you online
risk-conduct = Conduct
risk-conduct-hint = How we treat each other online
risk-contract = Contract
risk-contract-hint = Games, apps, deals and your data

## A level
speaker-sango = Sango
speaker-you = You
level-leave = Leave level
level-continue = Continue
level-what-do-you-do = What do you do?
level-you-chose = You chose: “{ $choice }”
level-verdict-safe = Great choice!
level-verdict-cautious = Not bad, but there is a safer way.
level-verdict-risky = Let’s think about this one together.
level-ending-safe = You stayed safe!
level-ending-mixed = Safe for now.
level-ending-recovered = You put it right!
level-ending-harmful = That got difficult.
level-see-results = See how you did

## Debrief
debrief-outcome-safe = Well done! You kept yourself and others safe.
debrief-outcome-mixed = You stayed safe this time, but it isn’t sorted out yet. Every try teaches you something.
debrief-outcome-recovered = You put it right. Telling, blocking or reporting after a slip is exactly what to do.
debrief-put-right = After a slip, you put it right: “{ $choice }”
debrief-outcome-harmful = This story was a hard one. Play it again to find the safe way: Sango believes in you!
debrief-objectives = What you practised
debrief-practised-well = You did this well!
debrief-not-yet-practised = You will practise this in another choice.
debrief-practise-again = Let’s practise this one again.
debrief-remember = Sango wants you to remember
debrief-not-saved = Your stars could not be saved this time, but you can keep playing.
debrief-back-to-map = Back to the map
debrief-play-again = Play again

## App stages
stage-chat = chat
stage-feed = feed
stage-popup = offer
level-spot-hint = Tap each part that gives it away, then press “I’m done”.
level-spot-hint-picture = Look closely at the picture. Tap each place that gives it away (or move there with Tab and press Enter), then press “I’m done”.
level-spot-done = I’m done
level-spot-clue = Good eye: that’s a clue!
level-spot-not-clue = That part is fine.
level-spot-everything = Tapping everything catches the clues, but it calls the fine parts fake too. Spotting means choosing only what gives it away.
level-spot-some-fine = Some parts you tapped were fine. Being careful means trusting what is real, too.
level-spot-missed = A clue slipped past you. Look at each part and ask: does this give it away?
level-spot-result = You found { $found } of { $clues } clues{ $mistaken ->
    [0] .
    [one] , and tapped one part that was fine.
   *[other] , and tapped { $mistaken } parts that were fine.
}

## Age bands (the map shows one at a time)
map-ages = Ages:
band-9-12 = 9–12
band-13-15 = 13–15
band-16-18 = 16–18

## Who is playing: many children share one computer
profiles-new-player = I’m new here
profiles-page = Page { $page } of { $pages }
profiles-previous = Previous
profiles-next = Next
profiles-none-yet = Nobody has a profile on this computer yet. Press “I’m new here” to make one.
profiles-remove-heading = Pick the profile to remove
profiles-remove-confirm = Remove { $nickname } and all their stars? This cannot be undone.
profiles-remove-yes = Yes, remove
profiles-removed = { $nickname } was removed.
cancel = Cancel
title-teacher = Teacher
title-settings-problem = The school’s settings file has a problem, so the usual settings are used:

## Teacher PIN
pin-set-heading = Choose a teacher PIN
pin-set-hint = Use 4 to 12 digits that children do not know. This computer keeps only a scrambled copy of it (an Argon2 hash), and wrong tries slow down.
pin-confirm-heading = Type the same PIN again
pin-enter-heading = Teacher PIN
pin-enter-hint = Type the teacher PIN to open the teacher settings.
pin-ok = OK
pin-erase = Erase
pin-error-wrong = That PIN is not right. Try again.
pin-error-length = A PIN has 4 to 12 digits.
pin-error-wait = Too many wrong tries. Wait { $seconds } seconds, then try again.
pin-error-mismatch = The two PINs were different. Please start again.

## Teacher settings
teacher-heading = Teacher settings
teacher-age-band = Age band for the class:
teacher-language = Language:
teacher-levels = Levels for ages { $band } (press one to switch it on or off):
teacher-level-on = on
teacher-level-off = off
teacher-lock = Lock settings
teacher-unlock = Unlock settings
teacher-locked = Locked: children cannot change the age band or the language.
teacher-unlocked = Unlocked: children can change the age band and the language.
teacher-report = Class report
teacher-remove-profile = Remove a profile
teacher-reset = Reset all progress
teacher-reset-confirm = Reset all progress on this computer? Every profile and star will be removed. A backup is kept first.
teacher-reset-yes = Yes, reset
teacher-reset-done = All progress was reset. A backup was kept in { $path }
teacher-done = Done
teacher-quit = Quit Sango
teacher-save-problem = This could not be saved: { $error }

## Class report
report-heading = Class report
report-summary = { $children ->
    [one] One child
   *[other] { $children } children
}, levels finished: { $levels }, stars: { $stars }
report-weakest = The class needs most practice on: { $objectives }
report-weakest-none = No objective has been practised yet.
report-chart-title = Safe choices per objective, whole class
report-legend = The percentage is how often the safe choice was made when a level practised the objective.
report-objective = Objective
report-class = Class
report-nickname = Nickname
report-levels = Levels
report-stars = Stars
report-weakest-tag = needs practice
report-distribution = Children: { $secure } secure, { $middle } getting there, { $again } to practise again, { $none } not yet
report-save-csv = Save as spreadsheet (CSV)
report-save-html = Save as printable page
report-saved = Saved in { $path }
report-save-failed = Could not save: { $error }
report-empty = No child has finished a level on this computer yet.
report-generated = Made by Sango on { $date }. It holds nicknames and scores only; nothing leaves this computer.
report-per-child = Each child
profile-error-not-saved = Your profile could not be saved on this computer. Please ask your teacher for help.
pin-error-not-saved = The PIN could not be saved on this computer, so it was not set.
report-weakest-secure = The class is secure on every objective practised so far.
notice-language-unavailable = The words for { $language } could not be loaded. Check the connection, then choose the language again.
notice-level-words-unavailable = The levels' words could not be loaded. Check the connection, then reload the page.
title-settings = Settings
map-settings = Settings
settings-heading = Settings
settings-done = Done
settings-text-size = Text size: { $size }
text-size-normal = Normal
text-size-large = Large
text-size-largest = Largest
settings-contrast = High contrast: { $state }
state-on = on
state-off = off
settings-turn-on = Turn on
settings-turn-off = Turn off
settings-effects = Sound effects: { $level } of 10
settings-quieter = Quieter
settings-louder = Louder
settings-sound = Sound: { $state }
settings-mute = Mute all sound
settings-unmute = Turn sound on
settings-kept = Your settings are kept for you on this computer.
help-button = Get help
help-heading = Need help? You are not alone.
help-now-heading = What to do right now
help-now-stop = Stop replying. You never have to answer someone who upsets you.
help-now-keep = Keep the messages: take a screenshot. It helps an adult help you.
help-now-block = Block the person and report them in the app or game.
help-now-not-your-fault = It is not your fault, and asking for help is always the right thing to do.
help-adult-heading = Tell a trusted adult
help-adult-text = A parent or carer, a teacher, or another trusted adult. Tell them what happened and show them.
help-lines-heading = Helplines
help-lines-default = Child helplines are free, kind and private. Child Helpline International lists the one for your country at childhelplineinternational.org
help-danger = If you are in danger right now, call your local emergency number.
help-close = Back to the game
settings-music = Music: { $level } of 10
settings-motion = Less motion: { $state }

# Read aloud
level-listen = Listen
level-listen-missing = No voice for this line yet
settings-voice = Voices reading aloud: { $level } of 10
settings-read-aloud = Read each line aloud as it appears: { $state }
level-listen-no-voice = No voice for this language here: see Settings
settings-speech-system = Read aloud by this computer's voice: { $voice }
settings-speech-pack = Read aloud by the voice pack's voices
settings-speech-looking = Looking for this computer's voices…
settings-speech-none = This computer has no voice for this language, and the voice pack is not installed. A teacher can add it: see the game's README.
settings-speech-other = Another voice
settings-speech-use-pack = Use the voice pack
settings-speech-use-system = Use this computer's voice
settings-rate = Reading speed: { $rate }
settings-rate-slowest = slowest
settings-rate-slow = slow
settings-rate-normal = normal
settings-rate-fast = fast
settings-rate-fastest = fastest
settings-slower = Slower
settings-faster = Faster

## Warm-up, look back and booster (the learning check): situations to judge
check-warm-up-heading = Warm-up with Sango
check-look-back-heading = Look back with Sango
check-booster-heading = Remember? with Sango
check-warm-up-intro = Before your first level, let's warm up together! I'll show you some quick situations. Say if each one is OK or not OK, then tell me how sure you are.
check-look-back-intro = You have practised a lot! Let's look back together with a few quick situations, a bit like the warm-up. Say if each one is OK or not OK, then tell me how sure you are.
check-booster-intro = It has been a while since we looked back! Let's see what you remember with a few quick situations. After each one, I'll tell you the clue to look for.
check-no-score = There is no score and no answer is marked. Your answers help your teacher see what the class is learning.
check-start = Let's start
check-skip = Skip the warm-up
check-stop = Stop for now
check-progress = Situation { $number } of { $count }
check-is-it-ok = Is this OK?
check-ok = OK
check-not-ok = Not OK
check-how-sure = How sure are you?
check-sure-guessing = Just guessing
check-sure-fairly-sure = Fairly sure
check-sure-very-sure = Very sure
check-feedback-right-ok = You're right: this one is OK.
check-feedback-right-not-ok = You're right: this one is not OK.
check-feedback-look-again-ok = Look again: this one is OK.
check-feedback-look-again-not-ok = Look again: this one is not OK.
check-next = Next
check-thanks-warm-up = Thank you! Now you're warmed up. Let's play your first level.
check-thanks-look-back = Thank you for looking back with me! Every level you play helps you stay safe online.
check-thanks-booster = Well done for remembering with me! Keep looking for those clues whenever you are online.
check-to-level = Play the level
check-not-saved = Your answers could not be saved this time, but you can keep playing.

## Suggestions and badges
map-badges = My badges ({ $count })
map-look-back = { $kind ->
    [booster] It has been a week since you looked back with Sango. Do you remember?
   *[other] You have practised a lot! Sango would like to look back with you.
}
map-look-back-start = { $kind ->
    [booster] Remember? with Sango
   *[other] Look back with Sango
}
map-next-growing = Sango suggests “{ $level }”: it practises “{ $objective }”, which you are still getting the hang of.
map-next-new = Sango suggests “{ $level }”: it practises “{ $objective }”, which you have not practised in a level yet.
map-next-tag = Sango suggests
badges-heading = { $nickname }'s badges
badges-count = { $earned } of { $count }
badges-how = You earn a badge when a skill comes up in { $levels } levels or more and you make the safe choice at least three times out of four.
badges-earned = Badge earned!
badges-not-yet = Not yet: play the levels that practise it.
debrief-new-badges = { $count ->
    [one] A new badge!
   *[other] New badges!
}

## Class report: warm-up, look back and booster
report-tab-levels = Levels
report-tab-learning = Learning checks
report-badges = Badges
report-warm-up = Warm-up
report-look-back = Look back
report-booster = Booster
report-gain = Gain (points)
report-false-alarms-warm-up = False alarms, warm-up (%)
report-false-alarms-look-back = False alarms, look back (%)
report-false-alarms-booster = False alarms, booster (%)
report-false-alarms-column = Safe called “not OK” (%): warm-up / look back / booster
report-false-alarms-cell = { $warmup } / { $lookback } / { $booster }
report-confidence-warm-up = How sure, warm-up (1 to 3)
report-confidence-look-back = How sure, look back (1 to 3)
report-objective-warm-up = { $objective }: warm-up
report-objective-look-back = { $objective }: look back
report-objective-booster = { $objective }: booster
report-not-taken = not taken
report-estimate = { $mean } ({ $low } to { $high })
report-share-estimate = { $mean } % ({ $low } to { $high })
report-cell = { $value }, { $children ->
    [one] 1 child
   *[other] { $children } children
}
report-effect-size = Effect size (Cohen's d)
report-interval = 95% interval
report-paired = Children with both
report-retention = Kept at the booster (points)
report-boosters = Children with a booster
report-more-suspicious = Children more suspicious of safe situations
report-column-children = { $check }: children
report-column-discernment = { $check }: discernment
report-column-low = { $check }: 95% interval from
report-column-high = { $check }: 95% interval to
report-column-false-alarms = { $check }: false alarms (%)
report-learning-heading = Warm-up, look back and booster
report-learning-effect = { $paired } children took both the warm-up and the look back. Their discernment went from { $pre } to { $post } ({ $gain } points). Effect size d = { $d } (95% interval { $low } to { $high }).
report-learning-waiting = { $warmups ->
    [one] One child
   *[other] { $warmups } children
} took the warm-up and { $lookbacks } the look back; { $paired } took both. The class's gain shows once two children have taken both.
report-false-alarm-trend = Safe situations called “not OK”: { $pre } in the warm-up, { $post } in the look back. { $suspicious ->
    [0] No child grew more suspicious of safe situations.
    [one] One child called clearly more safe situations “not OK” than before.
   *[other] { $suspicious } children called clearly more safe situations “not OK” than before.
}
report-retention-line = { $boosters ->
    [one] One child took the booster
   *[other] { $boosters } children took the booster
} a week or more after the look back: discernment changed by { $change } points on the same skills.
report-retention-waiting = No booster to compare yet ({ $boosters } taken): it comes a week or more after the look back.
report-learning-about = Each check shows situations, half of them safe, to judge “OK” or “not OK”. Discernment is the share of risky situations caught minus the share of safe ones called “not OK”, from -100 to 100 points: saying “not OK” to everything scores 0. The look back asks only about skills the child practised in two levels or more. Each figure has its 95% interval and the number of children. An effect size of 0.2 is small, 0.5 medium and 0.8 large.

## Sort the feed: share it, check it first, or don't share it
sort-pile-share = Share
sort-pile-check = Check first
sort-pile-dont-share = Don’t share
level-sort-count = Post { $n } of { $total }
level-sort-done = I’m done
level-sort-again = Sort again
level-sort-result = { $right } of { $total } posts went on their best pile.
level-sort-placed = You: { $put } · Best: { $best }
level-sort-doubted = Some real, kind posts were held back. Doubting everything is not the same as checking: what is true and kind is worth sharing.
level-sort-passed-on = Some posts that should have stopped with you were passed on. Before you share, ask: is it true, is it kind, is it mine to share?
level-setup-heading = Account settings
level-setup-setting = { $setting }: { $value }
level-setup-done = I’m done
level-setup-result = { $right } of { $total } settings fit the situation.
level-setup-chosen = You: { $chosen } · Best here: { $best }
level-setup-left-open = Some settings were left as the app set them. An app’s first settings suit the app, not you: check each one.
level-setup-closed-too-far = Closing everything keeps strangers out, but it also shuts out the people this account is for. Safe settings fit what you need.
level-compose-to = To: { $to }
level-compose-empty = Your message is empty. Choose what to say.
level-compose-send = Send
level-compose-result = Your message said { $needed } of the { $total } things it needed.
level-compose-in-needed = You put it in: it belongs.
level-compose-in-harm = You put it in: it does harm.
level-compose-in-either = You put it in: fine either way.
level-compose-out-needed = You left it out: it was needed.
level-compose-out-harm = You left it out: well done.
level-compose-out-either = You left it out: fine either way.
level-compose-harm = Some words in the message could hurt someone or give away too much. What you leave out matters as much as what you say.
level-compose-nothing = An empty message can’t help. Choose the words that say what is needed, and send them.
level-compose-missing = The message is kind and safe, but it leaves out something it needs. Say all of it, clearly.

## Lock it: a passphrase, sign-in settings, and the real sign-in page
level-lock-passphrase = Your passphrase
level-lock-empty = Empty. Choose pieces to build it.
level-lock-settings = Sign-in settings
level-lock-done = Lock it
level-lock-pages = Check the address. Which page do you sign in on?
level-lock-result = Your passphrase was { $passphrase }. { $real ->
    [1] You signed in on the real page.
   *[0] The page you signed in on was a fake.
}
level-lock-strong = strong and easy to remember
level-lock-could-be-stronger = good, but it could be better
level-lock-weak = easy to guess
level-lock-piece-word = An everyday word: it makes the passphrase strong.
level-lock-piece-personal = About you: others can guess it.
level-lock-piece-common = A common password: it is guessed first.
level-lock-piece-jumble = A jumble: strong, but hard to remember.
level-lock-page-real = You signed in here: the real page.
level-lock-page-fake = You signed in here: a fake page.
level-lock-real-was = The real page: { $address }
level-lock-fake-page = A fake page got the passphrase. Before you type, read the name just before the first single /: it shows who owns the page. If it ever happens for real, change your passphrase at once and tell someone you trust.
level-lock-guessable = Something in the passphrase is easy to guess: things about you are in your posts, and common passwords are tried first.
level-lock-settings-open = A sign-in setting could fit better: see why below. Two-step sign-in means a stolen passphrase is not enough.
level-lock-jumble = A jumble is strong, but hard to remember, so it ends up written down. Everyday words you can picture are both.
level-lock-short = The passphrase is too short to hold. Add more everyday words.

## Play the other side: a fake post built from tricks, then turned round
level-craft-people = Who will see it
level-craft-room = { $used } of { $room } parts used
level-craft-full = { $used } of { $room } parts used: full. Take one out to change it.
level-craft-post = Post it
level-craft-result = Your post fooled { $fooled } of { $people } people.
level-craft-verdict-safe = You know these tricks!
level-craft-verdict-cautious = You know some of these tricks.
level-craft-verdict-risky = Let’s look at these tricks together.
level-craft-fooled = Fooled
level-craft-not-fooled = Not fooled
level-craft-was-trick = A trick
level-craft-was-honest = Not a trick: it helps people check.
level-craft-turn = Now turn it round
level-craft-nothing = An empty post fools nobody. Choose the tricks that would work on these people.
level-craft-honest = Some parts were honest: they help people check, so they fool nobody.
level-craft-missed = Someone was not fooled: read what each person is like, and which trick would work on them.

## The story of the age band, and "My phone"
map-phone = My phone
map-story-next = { $story }: chapter { $chapter } of { $count }, { $level }
map-story-closed = { $story }: your story is complete!
map-story-open = Your story
map-story-read-close = How it ended
story-progress = { $done } of { $count } chapters played
story-chapter = Chapter { $number }
story-next = Next
phone-heading = { $nickname }'s phone
phone-how = This is what your choices left on your phone and online. Sango says what to do about each one.
phone-empty = Nothing here yet. As you play, what you share, who you block and what you change will show up here.
phone-private = This shows only on your player, never in the class report. It stays on this device and goes when your player is deleted.
phone-sango-says = Sango: { $advice }
phone-shared = What I shared, and with whom
phone-location = Where my location is on
phone-blocked = Who I blocked or reported
phone-setting = Settings I changed
