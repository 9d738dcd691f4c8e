//! Every child can play: the settings (text size, high contrast, sound) with the
//! keyboard alone, applied at once, kept for the machine and for each child.

use bevy::prelude::*;

use sango::game::Screen;
use sango::game::contrast;
use sango::game::state::Prefs;
use sango::game::theme::{Localized, Theme, palette, size};
use sango::prefs::{TextSize, Volume};

use crate::headless::{Game, saved};
use sango::game::SetLanguage;
use sango::game::actions::Action;
use sango::game::help::HelpAction;
use sango::game::screens::level::LevelAction;
use sango::game::screens::map::MapAction;
use sango::game::screens::profiles::ProfilesAction;
use sango::game::screens::settings::OpenSettings;
use sango::game::screens::settings::SettingsAction;
use sango::game::screens::title::TitleAction;

fn prefs(game: &Game) -> sango::prefs::Preferences {
    game.app.world().resource::<Prefs>().0
}

/// The font size of the text showing a message.
fn font_size(game: &mut Game, id: &str) -> f32 {
    let world = game.app.world_mut();
    let mut q = world.query::<(&Localized, &TextFont)>();
    let (_, font) = q.iter(world).find(|(l, _)| l.id == id).expect("shown");
    match font.font_size {
        bevy::text::FontSize::Px(px) => px,
        other => panic!("{other:?}"),
    }
}

fn text_color(game: &mut Game, id: &str) -> Color {
    let world = game.app.world_mut();
    let mut q = world.query::<(&Localized, &TextColor)>();
    q.iter(world).find(|(l, _)| l.id == id).expect("shown").1.0
}

#[test]
fn settings_change_with_the_keyboard_apply_at_once_and_follow_the_child() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Ada");
    assert_eq!(game.screen(), Screen::Map);
    game.focus_on(&OpenSettings, false);
    game.enter();
    assert_eq!(game.screen(), Screen::Settings);
    game.assert_all_text_resolved();
    assert_eq!(game.text("settings-effects"), "Sound effects: 7 of 10");

    // Louder three times: the focus stays on Louder although the screen is rebuilt.
    game.focus_on(&SettingsAction::EffectsVolume(true), false);
    for _ in 0..3 {
        game.enter();
        assert_eq!(game.focused(), Some(SettingsAction::EffectsVolume(true)));
    }
    assert_eq!(game.text("settings-effects"), "Sound effects: 10 of 10");
    assert_eq!(prefs(&game).effects, Volume::new(10));

    // The largest text: every text is built 1.4 times larger.
    assert_eq!(font_size(&mut game, "settings-heading"), size::HEADING);
    game.focus_on(&SettingsAction::SetTextSize(TextSize::Largest), false);
    game.enter();
    assert_eq!(game.app.world().resource::<Theme>().scale, 1.4);
    assert!((font_size(&mut game, "settings-heading") - size::HEADING * 1.4).abs() < 1e-3);
    assert_eq!(game.text("settings-text-size"), "Text size: Largest");

    // High contrast: ink turns white, said in words too.
    assert_eq!(text_color(&mut game, "settings-kept"), palette::INK_SOFT);
    game.focus_on(&SettingsAction::ToggleContrast, false);
    game.enter();
    assert_eq!(game.focused(), Some(SettingsAction::ToggleContrast));
    assert_eq!(game.text("settings-contrast"), "High contrast: on");
    let ink = text_color(&mut game, "settings-kept");
    assert_eq!(ink, contrast::ink(palette::INK_SOFT));
    assert!(contrast::luminance(ink) > 0.7, "{ink:?}");

    game.focus_on(&SettingsAction::ToggleMute, false);
    game.enter();
    assert_eq!(game.text("settings-sound"), "Sound: off");
    assert_eq!(prefs(&game).effects_gain(), 0.0);

    game.focus_on(&SettingsAction::Close, false);
    game.enter();
    assert_eq!(
        game.screen(),
        Screen::Map,
        "back where the settings were opened"
    );
    game.assert_all_text_resolved();

    // Kept for the child and for the machine.
    let progress = saved(data.path());
    let own = progress.profiles[0].preferences.expect("kept for Ada");
    assert_eq!(own.text_size, TextSize::Largest);
    assert!(own.high_contrast && own.muted);
    assert_eq!(progress.machine.preferences, Some(own));

    // Another day: the machine starts as it was left; a new child starts from
    // the machine's and changes theirs; Ada gets hers back when she is picked.
    drop(game);
    let mut game = Game::new(data.path());
    assert_eq!(prefs(&game), own);
    assert_eq!(game.app.world().resource::<Theme>().scale, 1.4);
    game.press(TitleAction::Play);
    game.press(ProfilesAction::NewPlayer);
    game.type_text("Bo");
    game.enter();
    assert_eq!(game.screen(), Screen::Map);
    game.press(OpenSettings);
    game.press(SettingsAction::SetTextSize(TextSize::Normal));
    game.press(SettingsAction::ToggleContrast);
    game.press(SettingsAction::Close);
    assert_eq!(prefs(&game).text_size, TextSize::Normal);
    game.press(MapAction::ChangePlayer);
    assert_eq!(game.screen(), Screen::Profiles);
    let ada = saved(data.path())
        .profiles
        .iter()
        .find(|p| p.nickname == "Ada")
        .map(|p| p.id)
        .unwrap();
    game.press(ProfilesAction::Pick(ada));
    assert_eq!(game.screen(), Screen::Map);
    assert_eq!(prefs(&game), own);
    assert!((font_size(&mut game, "map-heading") - size::HEADING * 1.4).abs() < 1e-3);
}

#[test]
fn settings_open_from_the_title_and_go_back_there() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.focus_on(&OpenSettings, false);
    game.enter();
    assert_eq!(game.screen(), Screen::Settings);
    game.press(SettingsAction::EffectsVolume(false));
    game.press(SettingsAction::Close);
    assert_eq!(game.screen(), Screen::Title);
    // No child yet: kept for the machine only.
    let progress = saved(data.path());
    assert_eq!(
        progress.machine.preferences.map(|p| p.effects),
        Some(Volume::new(6))
    );
}

fn help_open(game: &Game) -> bool {
    game.app
        .world()
        .resource::<sango::game::help::HelpOpen>()
        .open
}

/// Where the level is, as text: equal when nothing moved on.
fn level_step(game: &Game) -> String {
    let level = game.app.world().resource::<sango::game::state::Level>();
    format!("{:?}", level.run.step())
}

/// Every piece of text on screen, joined.
fn all_text(game: &mut Game) -> String {
    let world = game.app.world_mut();
    let mut q = world.query::<&Text>();
    q.iter(world)
        .map(|t| t.0.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn help_is_one_key_away_mid_level_and_gives_back_the_game_as_it_was() {
    use bevy::input::keyboard::Key;
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Cy");
    game.enter_level(); // the first level on the map, after the warm-up
    assert_eq!(game.screen(), Screen::Level);
    game.key(KeyCode::Tab, Key::Tab);
    let before = game.focused_name().expect("a button is focused");
    let step = level_step(&game);

    game.key(KeyCode::F1, Key::F1);
    assert!(help_open(&game));
    assert_eq!(game.focused(), Some(HelpAction::Close));
    game.assert_all_text_resolved();
    for id in [
        "help-now-block",
        "help-adult-text",
        "help-lines-default",
        "help-danger",
    ] {
        assert!(game.shows(id), "{id}");
    }
    // Tab stays inside the panel: its one button keeps the focus.
    for _ in 0..3 {
        game.key(KeyCode::Tab, Key::Tab);
        assert_eq!(game.focused(), Some(HelpAction::Close));
    }
    game.key(KeyCode::Escape, Key::Escape);
    assert!(!help_open(&game));
    assert!(!game.shows("help-danger"));
    assert_eq!(game.screen(), Screen::Level);
    assert_eq!(
        game.focused_name(),
        Some(before),
        "the focus is where it was"
    );
    let after = level_step(&game);
    assert_eq!(after, step, "the level is where it was");

    // The corner button opens it too, and "Back to the game" closes it.
    assert!(game.buttons().contains(&HelpAction::Open));
    game.press(HelpAction::Open);
    game.enter();
    assert!(!help_open(&game));
}

#[test]
fn a_school_lists_its_own_helplines() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("settings.ron");
    std::fs::write(
        &file,
        r#"(helplines: [(name: "Kids Line", contact: "0800 123 456", hours: "every day, 8–22"), (name: "Text us", contact: "text HELLO to 555")])"#,
    )
    .unwrap();
    let settings = sango::settings::Settings::find(Some(&file), None);
    assert_eq!(settings.problem, None);
    let mut game = Game::with_settings(data.path(), settings);
    game.press(HelpAction::Open);
    let text = all_text(&mut game);
    assert!(
        text.contains("Kids Line: 0800 123 456 (every day, 8–22)"),
        "{text}"
    );
    assert!(text.contains("Text us: text HELLO to 555"), "{text}");
    assert!(
        !game.shows("help-lines-default"),
        "the school's lines replace the directory"
    );
}

/// A gamepad plugged into the headless game.
fn connect_pad(game: &mut Game) -> Entity {
    use bevy::input::gamepad::{GamepadConnection, GamepadConnectionEvent};
    let pad = game.app.world_mut().spawn_empty().id();
    // What gilrs sends when a pad is plugged in.
    game.app
        .world_mut()
        .write_message(GamepadConnectionEvent::new(
            pad,
            GamepadConnection::Connected {
                name: "Test pad".into(),
                vendor_id: None,
                product_id: None,
            },
        ));
    game.settle();
    pad
}

/// One push of a gamepad button, then its release.
fn pad_press(game: &mut Game, pad: Entity, button: bevy::input::gamepad::GamepadButton) {
    use bevy::input::gamepad::{RawGamepadButtonChangedEvent, RawGamepadEvent};
    for value in [1.0, 0.0] {
        game.app.world_mut().write_message(RawGamepadEvent::Button(
            RawGamepadButtonChangedEvent::new(pad, button, value),
        ));
        game.app.update();
    }
    game.settle();
}

/// D-pad down until `wanted` has the focus.
fn pad_focus<A: Action + PartialEq>(game: &mut Game, pad: Entity, wanted: &A) {
    use bevy::input::gamepad::GamepadButton;
    for _ in 0..40 {
        if game.focused::<A>().as_ref() == Some(wanted) {
            return;
        }
        pad_press(game, pad, GamepadButton::DPadDown);
    }
    panic!("could not reach {wanted:?} with the D-pad");
}

#[test]
fn a_child_plays_a_whole_level_with_a_gamepad_alone() {
    use bevy::input::gamepad::GamepadButton;
    use sango::content::Verdict;
    use sango::game::state::Level;
    use sango::play::Step;
    let data = tempfile::tempdir().unwrap();
    // The profile was made earlier (typing a nickname needs a keyboard).
    let id = crate::headless::store(data.path())
        .create_profile("Pad Kid", sango::progress::Avatar::Leaf, None)
        .unwrap()
        .id;
    let mut game = Game::new(data.path());
    let pad = connect_pad(&mut game);
    let a = GamepadButton::South;

    assert_eq!(game.focused(), Some(TitleAction::Play));
    pad_press(&mut game, pad, a);
    assert_eq!(game.screen(), Screen::Profiles);
    pad_focus(&mut game, pad, &ProfilesAction::Pick(id));
    pad_press(&mut game, pad, a);
    assert_eq!(game.screen(), Screen::Map);
    let Some(MapAction::OpenLevel(scenario)) = game.focused() else {
        panic!("a level is focused on the map")
    };
    pad_press(&mut game, pad, a);
    // The warm-up comes first: A on each focused button (start, an answer, how
    // sure, ..., thanks) reaches the level.
    assert_eq!(game.screen(), Screen::Check);
    for _ in 0..60 {
        if game.screen() != Screen::Check {
            break;
        }
        pad_press(&mut game, pad, a);
    }
    assert_eq!(game.screen(), Screen::Level);

    // Select opens help in the middle of the level; B closes it.
    pad_press(&mut game, pad, GamepadButton::Select);
    assert!(help_open(&game));
    pad_press(&mut game, pad, GamepadButton::East);
    assert!(!help_open(&game));

    let mut decisions = 0;
    for _ in 0..100 {
        if game.screen() != Screen::Level {
            break;
        }
        let level = game.app.world().resource::<Level>();
        let wanted = match (&level.feedback, level.run.step()) {
            (None, Step::Spot { parts, tapped, .. }) => {
                decisions += 1;
                let next = (0..parts.len()).find(|i| parts[*i].clue && !tapped.contains(i));
                next.map_or(LevelAction::FinishSpot, LevelAction::Tap)
            }
            (None, Step::Decision { choices, .. }) => {
                decisions += 1;
                let safe = choices.iter().position(|c| c.verdict == Verdict::Safe);
                LevelAction::Choose(safe.unwrap_or(0))
            }
            // An account to set up: done as it stands (the settings are scored).
            (None, Step::Setup { .. }) => {
                decisions += 1;
                LevelAction::FinishSetup
            }
            _ => LevelAction::Continue,
        };
        pad_focus(&mut game, pad, &wanted);
        pad_press(&mut game, pad, a);
    }
    assert!(decisions >= 2, "made {decisions} decisions");
    assert_eq!(game.screen(), Screen::Debrief);
    let saved = saved(data.path());
    let kid = saved.profiles.iter().find(|p| p.id == id).unwrap();
    assert!(kid.results.contains_key(&scenario), "the result is saved");
}

#[test]
fn screen_readers_hear_each_button_by_its_words() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    let world = game.app.world_mut();
    // Every button, of any kind, by the name that says its action.
    let mut q = world
        .query_filtered::<(&Name, &bevy::a11y::AccessibilityNode), With<bevy::ui_widgets::Button>>(
        );
    let named: Vec<(String, String)> = q
        .iter(world)
        .map(|(a, n)| (a.to_string(), n.label().unwrap_or_default().to_string()))
        .collect();
    let has = |action: &str, words: &str| named.contains(&(action.into(), words.into()));
    assert!(has("Button TitleAction::Play", "Play"), "{named:?}");
    assert!(has("Button HelpAction::Open", "Get help"), "{named:?}");
    for (action, name) in &named {
        assert!(!name.is_empty(), "{action:?} has no name");
    }
    let mut q = world.query::<(&Text, &bevy::a11y::AccessibilityNode)>();
    let heading = q
        .iter(world)
        .find(|(t, _)| t.0 == "Sango")
        .expect("the title is readable");
    assert_eq!(heading.1.role(), accesskit::Role::Heading);

    // In another language the names follow.
    game.press(SetLanguage("fr".into()));
    let world = game.app.world_mut();
    let mut q = world.query::<(&TitleAction, &bevy::a11y::AccessibilityNode)>();
    let play = q
        .iter(world)
        .find(|(a, _)| **a == TitleAction::Play)
        .map(|(_, n)| n.label().unwrap_or_default().to_string());
    assert_eq!(play.as_deref(), Some("Jouer"));
}

/// The text of the line being said (the one appearing letter by letter).
fn current_line(game: &mut Game) -> (String, bool) {
    let world = game.app.world_mut();
    let mut q = world.query::<(&Text, &sango::game::reveal::Reveal)>();
    let lines: Vec<(String, bool)> = q.iter(world).map(|(t, r)| (t.0.clone(), r.done)).collect();
    lines.last().cloned().expect("a line is shown")
}

#[test]
fn a_line_appears_letter_by_letter_and_continue_shows_it_whole_first() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Dee");
    game.enter_level(); // the first level, after the warm-up
    assert_eq!(game.screen(), Screen::Level);
    let before = level_step(&game);
    let (part, done) = current_line(&mut game);
    assert!(!done, "the line is still appearing: {part:?}");
    // A screen reader gets the whole line at once, not letter by letter.
    let heard = {
        let world = game.app.world_mut();
        let mut q = world.query::<(&bevy::a11y::AccessibilityNode, &sango::game::reveal::Reveal)>();
        q.iter(world)
            .find(|(_, r)| !r.done)
            .and_then(|(n, _)| n.value().map(str::to_owned))
            .unwrap_or_default()
    };
    assert_eq!(game.focused(), Some(LevelAction::Continue));
    game.enter();
    let (whole, done) = current_line(&mut game);
    assert!(
        done && whole.chars().count() > part.chars().count(),
        "{part:?} / {whole:?}"
    );
    assert!(whole.starts_with(&part));
    assert_eq!(
        heard,
        whole.replace('\u{200F}', "").trim(),
        "read whole from the start"
    );
    assert_eq!(
        level_step(&game),
        before,
        "the first press only showed the whole line"
    );
    game.enter();
    assert_ne!(level_step(&game), before, "the second press goes on");

    // Less motion: every line is whole at once.
    game.press(LevelAction::Leave);
    game.press(OpenSettings);
    game.press(SettingsAction::ToggleMotion);
    game.press(SettingsAction::Close);
    game.enter();
    assert_eq!(game.screen(), Screen::Level);
    let (_, done) = current_line(&mut game);
    assert!(done, "no letter-by-letter with less motion");
}
