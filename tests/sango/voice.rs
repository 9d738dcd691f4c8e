//! Read aloud: the computer's own voice reads a line (through the speech test
//! double), Settings says who reads and changes it; where the computer has no
//! voice, the voice pack reads: every line a level shows has its voice file in
//! the list the voices are made from; "Listen" and the automatic setting read it;
//! a missing voice, or no voice at all, says so; and the script really makes
//! playable Ogg Vorbis files with espeak-ng.

use std::collections::BTreeSet;
use std::path::Path;

use sango::game::Screen;
use sango::game::state::{Level, Words};
use sango::game::voice::{ReadAloud, Voices};

use crate::common::{checked, root};
use crate::headless::Game;
use sango::game::screens::level::LevelAction;
use sango::game::screens::settings::OpenSettings;
use sango::game::screens::settings::SettingsAction;
use sango::game::speech::SystemSpeech;
use sango::game::voice::Listen;
use sango::speech::{Recorder, SystemVoice};

fn read(game: &Game) -> (Option<String>, Option<String>) {
    let read = game.app.world().resource::<ReadAloud>();
    (read.last.clone(), read.played.clone())
}

fn listen_button(game: &mut Game) -> Listen {
    game.buttons::<Listen>()
        .into_iter()
        .next()
        .expect("the line has a Listen button")
}

/// Every way the level's lines can read, as the voice script is given them.
fn voice_list(game: &Game) -> BTreeSet<String> {
    let world = game.app.world();
    let level = world.resource::<Level>();
    let words = world.resource::<Words>();
    // The level's own lines, and what Sango says after each way to play it has.
    let advice: Vec<String> = sango::voice::scenario_advice(level.run.scenario())
        .into_iter()
        .map(|id| words.0.text_in("en", id, &[]))
        .collect();
    sango::voice::scenario_lines(&words.0, "en", level.run.scenario())
        .iter()
        .chain(&advice)
        .map(|text| sango::voice::file("en", text))
        .collect()
}

#[test]
fn listen_reads_the_line_and_a_missing_voice_says_so() {
    let data = tempfile::tempdir().unwrap();
    let assets = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.app.insert_resource(Voices {
        assets: Some(assets.path().to_path_buf()),
    });
    game.new_player("Ria");
    game.enter_level(); // the first level, after the warm-up
    assert_eq!(game.screen(), Screen::Level);
    let wanted = voice_list(&game);

    // No voice on this computer and no voice pack: the button says so, nothing
    // plays, the level goes on.
    let listen = listen_button(&mut game);
    game.press(listen);
    let (asked, played) = read(&game);
    let file = asked.expect("the line was looked up");
    assert!(wanted.contains(&file), "{file} is in the voice list");
    assert_eq!(played, None);
    assert!(game.shows("level-listen-no-voice"));

    // The voice pack, without this line's voice: the button says so.
    let path = assets.path().join(&file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let listen = listen_button(&mut game);
    game.press(listen);
    assert_eq!(read(&game).1, None);
    assert!(game.shows("level-listen-missing"));

    // With the voice there, Listen plays it.
    std::fs::write(&path, b"OggS").unwrap();
    let listen = listen_button(&mut game);
    game.press(listen);
    assert_eq!(read(&game).1.as_deref(), Some(file.as_str()));
}

#[test]
fn read_aloud_reads_each_new_line_and_every_line_has_a_voice_in_the_list() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    // The setting, with the keyboard, from the title.
    game.press(OpenSettings);
    game.focus_on(&SettingsAction::ToggleReadAloud, false);
    game.enter();
    assert!(
        game.app
            .world()
            .resource::<sango::game::state::Prefs>()
            .0
            .read_aloud
    );
    game.press(SettingsAction::Close);
    game.new_player("Sol");
    game.enter_level();
    assert_eq!(game.screen(), Screen::Level);
    let wanted = voice_list(&game);

    // Through the whole level, always the first choice shown: each new line is
    // read as it appears, and its voice is one the script makes.
    let mut heard = Vec::new();
    for _ in 0..60 {
        if game.screen() != Screen::Level {
            break;
        }
        let (asked, _) = read(&game);
        let file = asked.expect("a line was read");
        if !wanted.contains(&file) {
            let level = game.app.world().resource::<Level>();
            let (step, after) = (level.run.step(), &level.feedback);
            panic!("{file} is not in the voice list (at {step:?}, after {after:?})");
        }
        if heard.last() != Some(&file) {
            heard.push(file);
        }
        // Continue (twice while a line appears), or the first choice.
        let next = game
            .buttons()
            .into_iter()
            .find(|a| {
                matches!(
                    a,
                    LevelAction::Continue
                        | LevelAction::Choose(_)
                        | LevelAction::FinishSpot
                        | LevelAction::FinishSetup
                )
            })
            .expect("a way on");
        game.press(next.clone());
        if next == LevelAction::Continue {
            game.press(LevelAction::Continue);
        }
    }
    assert_eq!(game.screen(), Screen::Debrief);
    assert!(heard.len() >= 4, "lines and feedback were read: {heard:?}");
}

/// How long a voice file plays, decoded as the game decodes it (kira, symphonia).
fn seconds(path: &Path) -> f64 {
    let bytes = std::fs::read(path).unwrap_or_default();
    bevy_kira_audio::prelude::StaticSoundData::from_cursor(std::io::Cursor::new(bytes))
        .map(|sound| sound.duration().as_secs_f64())
        .unwrap_or(0.0)
}

#[test]
fn the_script_voices_every_line_of_a_scenario() {
    let out = tempfile::tempdir().unwrap();
    let id = "contact-the-game-gift";
    let status = std::process::Command::new(root().join("scripts/make-voices"))
        .args(["--lang", "fr", "--scenario", id, "--sango"])
        .arg(env!("CARGO_BIN_EXE_sango"))
        .arg("--out")
        .arg(out.path())
        .status()
        .expect("scripts/make-voices runs (python3, espeak-ng, oggenc)");
    assert!(status.success());
    let checked = checked();
    let scenario = checked.library.scenario(id).unwrap();
    let lines = sango::voice::scenario_lines(&checked.localizer, "fr", scenario);
    assert!(lines.len() > 30, "{} lines", lines.len());
    for text in &lines {
        let file = out.path().join(sango::voice::file("fr", text));
        // A line of at least a few words takes more than half a second to say.
        let secs = seconds(&file);
        assert!(secs > 0.5, "{} for {text:?}: {secs} s", file.display());
    }
    // Nothing else was written.
    let made = std::fs::read_dir(out.path().join("voice/fr"))
        .unwrap()
        .count();
    assert_eq!(made, lines.len());
}

/// The speech test double, with voices for English (two) and French.
fn recorder() -> SystemSpeech {
    let voice = |name: &str, lang: &str| SystemVoice {
        name: name.into(),
        lang: lang.into(),
    };
    SystemSpeech::inline(Box::new(Recorder {
        voices: vec![
            voice("Ada", "en-GB"),
            voice("Amélie", "fr-FR"),
            voice("Ben", "en-US"),
        ],
        ..Recorder::default()
    }))
}

fn last_spoken(game: &Game) -> Option<sango::speech::Utterance> {
    game.app.world().resource::<SystemSpeech>().last_spoken()
}

#[test]
fn the_computers_voice_reads_and_settings_say_which() {
    let data = tempfile::tempdir().unwrap();
    let assets = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.app.insert_resource(recorder());
    game.app.insert_resource(Voices {
        assets: Some(assets.path().to_path_buf()),
    });
    // Settings name the voice that reads, and offer the other English one.
    game.press(OpenSettings);
    assert!(game.shows("settings-speech-system"));
    assert!(
        game.buttons::<SettingsAction>()
            .contains(&SettingsAction::NextVoice)
    );
    // No voice pack here: nothing offers it.
    assert!(
        !game
            .buttons::<SettingsAction>()
            .contains(&SettingsAction::UseMadeVoices(true))
    );
    game.press(SettingsAction::SpeechRate(true));
    game.press(SettingsAction::Close);
    game.new_player("Ria");
    game.enter_level();
    assert_eq!(game.screen(), Screen::Level);

    // Listen: the line, as shown, in English, by the first English voice (the
    // main region's first: American), faster.
    let listen = listen_button(&mut game);
    game.press(listen);
    let spoken = last_spoken(&game).expect("the computer's voice read the line");
    let read = game.app.world().resource::<ReadAloud>();
    assert_eq!(read.spoken.as_deref(), Some(spoken.text.as_str()));
    assert_eq!(read.played, None, "no voice file played as well");
    assert!(spoken.text.len() > 10, "{spoken:?}");
    assert_eq!(
        (spoken.lang.as_str(), spoken.voice.as_deref()),
        ("en", Some("Ben"))
    );
    assert_eq!(spoken.rate.key(), "fast");

    // Another voice, chosen in Settings, reads the next line.
    game.press(OpenSettings);
    game.press(SettingsAction::NextVoice);
    game.press(SettingsAction::Close);
    let listen = listen_button(&mut game);
    game.press(listen);
    assert_eq!(last_spoken(&game).unwrap().voice.as_deref(), Some("Ada"));

    // The child picks the voice pack (installed now): its file plays instead.
    let file = read_file_of_line(&mut game);
    let path = assets.path().join(&file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, b"OggS").unwrap();
    game.press(OpenSettings);
    game.press(SettingsAction::UseMadeVoices(true));
    assert!(game.shows("settings-speech-pack"));
    assert!(
        game.buttons::<SettingsAction>()
            .contains(&SettingsAction::UseMadeVoices(false))
    );
    game.press(SettingsAction::Close);
    let listen = listen_button(&mut game);
    game.press(listen);
    assert_eq!(read_played(&game), Some(file));
}

/// The voice file of the line under the first Listen button (asked once).
fn read_file_of_line(game: &mut Game) -> String {
    let listen = listen_button(game);
    game.press(listen);
    read(game).0.expect("the line was looked up")
}

fn read_played(game: &Game) -> Option<String> {
    read(game).1
}

#[test]
fn with_a_screen_reader_lines_are_not_read_twice() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.app.insert_resource(recorder());
    let requested = bevy::a11y::AccessibilityRequested::default();
    requested.set(true);
    game.app.insert_resource(requested);
    game.press(OpenSettings);
    game.press(SettingsAction::ToggleReadAloud);
    game.press(SettingsAction::Close);
    game.new_player("Sol");
    game.enter_level();
    assert_eq!(game.screen(), Screen::Level);
    game.press(LevelAction::Continue);
    assert_eq!(last_spoken(&game), None, "the screen reader says the lines");
    // Listen still reads, when asked.
    let listen = listen_button(&mut game);
    game.press(listen);
    assert!(last_spoken(&game).is_some());
}
