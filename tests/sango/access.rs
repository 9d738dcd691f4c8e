//! Every child can play: the settings (text size, high contrast, sound) with the
//! keyboard alone, applied at once, kept for the machine and for each child.

use bevy::prelude::*;

use sango::game::Screen;
use sango::game::actions::Action;
use sango::game::contrast;
use sango::game::state::Prefs;
use sango::game::theme::{Localized, Theme, palette, size};
use sango::prefs::{TextSize, Volume};

use crate::headless::{Game, saved};

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
    game.focus_on(&Action::OpenSettings, false);
    game.enter();
    assert_eq!(game.screen(), Screen::Settings);
    game.assert_all_text_resolved();
    assert_eq!(game.text("settings-effects"), "Sound effects: 7 of 10");

    // Louder three times: the focus stays on Louder although the screen is rebuilt.
    game.focus_on(&Action::EffectsVolume(true), false);
    for _ in 0..3 {
        game.enter();
        assert_eq!(game.focused_action(), Some(Action::EffectsVolume(true)));
    }
    assert_eq!(game.text("settings-effects"), "Sound effects: 10 of 10");
    assert_eq!(prefs(&game).effects, Volume::new(10));

    // The largest text: every text is built 1.4 times larger.
    assert_eq!(font_size(&mut game, "settings-heading"), size::HEADING);
    game.focus_on(&Action::SetTextSize(TextSize::Largest), false);
    game.enter();
    assert_eq!(game.app.world().resource::<Theme>().scale, 1.4);
    assert!((font_size(&mut game, "settings-heading") - size::HEADING * 1.4).abs() < 1e-3);
    assert_eq!(game.text("settings-text-size"), "Text size: Largest");

    // High contrast: ink turns white, said in words too.
    assert_eq!(text_color(&mut game, "settings-kept"), palette::INK_SOFT);
    game.focus_on(&Action::ToggleContrast, false);
    game.enter();
    assert_eq!(game.focused_action(), Some(Action::ToggleContrast));
    assert_eq!(game.text("settings-contrast"), "High contrast: on");
    let ink = text_color(&mut game, "settings-kept");
    assert_eq!(ink, contrast::ink(palette::INK_SOFT));
    assert!(contrast::luminance(ink) > 0.7, "{ink:?}");

    game.focus_on(&Action::ToggleMute, false);
    game.enter();
    assert_eq!(game.text("settings-sound"), "Sound: off");
    assert_eq!(prefs(&game).effects_gain(), 0.0);

    game.focus_on(&Action::CloseSettings, false);
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
    game.press(Action::Play);
    game.press(Action::NewPlayer);
    game.type_text("Bo");
    game.enter();
    assert_eq!(game.screen(), Screen::Map);
    game.press(Action::OpenSettings);
    game.press(Action::SetTextSize(TextSize::Normal));
    game.press(Action::ToggleContrast);
    game.press(Action::CloseSettings);
    assert_eq!(prefs(&game).text_size, TextSize::Normal);
    game.press(Action::ChangePlayer);
    assert_eq!(game.screen(), Screen::Profiles);
    let ada = saved(data.path())
        .profiles
        .iter()
        .find(|p| p.nickname == "Ada")
        .map(|p| p.id)
        .unwrap();
    game.press(Action::PickProfile(ada));
    assert_eq!(game.screen(), Screen::Map);
    assert_eq!(prefs(&game), own);
    assert!((font_size(&mut game, "map-heading") - size::HEADING * 1.4).abs() < 1e-3);
}

#[test]
fn settings_open_from_the_title_and_go_back_there() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.focus_on(&Action::OpenSettings, false);
    game.enter();
    assert_eq!(game.screen(), Screen::Settings);
    game.press(Action::EffectsVolume(false));
    game.press(Action::CloseSettings);
    assert_eq!(game.screen(), Screen::Title);
    // No child yet: kept for the machine only.
    let progress = saved(data.path());
    assert_eq!(
        progress.machine.preferences.map(|p| p.effects),
        Some(Volume::new(6))
    );
}
