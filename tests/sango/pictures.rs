//! Pictures in a level: the scene drawn, its words laid over it from the .ftl
//! files, and a clue card played on its picture with the keyboard alone.

use std::time::{Duration, Instant};

use bevy::a11y::AccessibilityNode;
use bevy::input::keyboard::Key;
use bevy::prelude::*;
use sango::game::Screen;
use sango::game::screens::level::LevelAction;
use sango::game::state::Level;
use sango::play::Step;

use crate::headless::Game;

const SCENARIO: &str = "content-the-scary-video";

/// Straight into the scary video's clue card, as `sango play --beat` does, and
/// until its picture has arrived (it loads and is rasterised off the frame).
fn at_the_card(game: &mut Game) {
    game.open_at(SCENARIO, "spot-video");
    let start = Instant::now();
    while hotspots(game).is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the card's picture never arrived"
        );
        game.app.update();
        std::thread::sleep(Duration::from_millis(5));
    }
    game.settle();
}

/// The card's hotspots: the tap buttons that sit on a picture.
fn hotspots(game: &mut Game) -> Vec<(Entity, LevelAction)> {
    let world = game.app.world_mut();
    let mut q = world.query::<(Entity, &LevelAction, &ChildOf)>();
    let found: Vec<_> = q
        .iter(world)
        .filter(|(_, a, _)| matches!(a, LevelAction::Tap(_)))
        .map(|(e, a, parent)| (e, a.clone(), parent.parent()))
        .collect();
    found
        .into_iter()
        .filter(|(_, _, parent)| world.get::<ImageNode>(*parent).is_some())
        .map(|(e, a, _)| (e, a))
        .collect()
}

#[test]
fn a_clue_card_is_played_on_its_picture_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::with_pictures(dir.path());
    at_the_card(&mut game);
    assert_eq!(game.screen(), Screen::Level);
    let Step::Spot { parts, .. } = game.app.world().resource::<Level>().run.step() else {
        panic!("at the clue card");
    };
    let names: Vec<String> = parts.iter().map(|p| p.text.clone()).collect();

    // Every part is a place on the picture, named by its words for a screen
    // reader (the names are in the picture's words, not written beside it).
    let spots = hotspots(&mut game);
    assert_eq!(spots.len(), names.len(), "a hotspot per part");
    for (entity, action) in &spots {
        let LevelAction::Tap(i) = action else {
            unreachable!()
        };
        let label = game
            .app
            .world()
            .get::<AccessibilityNode>(*entity)
            .and_then(|n| n.label().map(str::to_owned))
            .unwrap_or_default();
        let wanted = format!("{SCENARIO}-{}", names[*i]);
        assert!(
            !label.is_empty() && game.text(&wanted).contains(label.trim()),
            "hotspot {i} is named `{label}`, not by `{wanted}`"
        );
    }
    // The words on the picture come from the .ftl files.
    assert!(game.shows(&format!("{SCENARIO}-pic-title")));

    // The keyboard reaches the second place and taps it; focus stays there.
    assert_eq!(game.focused(), Some(LevelAction::Tap(0)));
    game.key(KeyCode::Tab, Key::Tab);
    assert_eq!(game.focused(), Some(LevelAction::Tap(1)));
    game.enter();
    let level = game.app.world().resource::<Level>();
    let Step::Spot { tapped, .. } = level.run.step() else {
        panic!("still at the card");
    };
    assert_eq!(tapped, [1]);
    assert!(level.last_tap.is_some(), "Sango says why");
    assert_eq!(game.focused(), Some(LevelAction::Tap(1)));
    assert_eq!(
        hotspots(&mut game).len(),
        names.len(),
        "drawn again on its picture"
    );
}
