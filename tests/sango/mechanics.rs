//! The ways to play beyond choosing, each played with the keyboard alone, with
//! what a screen reader says checked.

use bevy::a11y::AccessibilityNode;
use bevy::prelude::*;
use sango::content::{Belongs, Pile, Verdict};
use sango::game::screens::level::LevelAction;
use sango::game::state::{Feedback, Level};
use sango::play::Step;

use crate::headless::Game;

const SORTED: &str = "content-the-viral-rumour";

fn at_beat(game: &mut Game, scenario: &str, beat: &str) {
    game.open_at(scenario, beat);
    game.settle();
}

/// Each post's words and why (message keys) and its best pile.
type Posts = Vec<(String, String, Pile)>;

/// The posts of the feed on screen, and the pile each is on so far.
fn feed(game: &Game) -> (Posts, Vec<Option<Pile>>) {
    let level = game.app.world().resource::<Level>();
    let Step::Sort { posts, placed, .. } = level.run.step() else {
        panic!("at the feed to sort");
    };
    let posts = posts
        .iter()
        .map(|p| (p.text.clone(), p.feedback.clone(), p.pile))
        .collect();
    (posts, placed.to_vec())
}

/// What a screen reader says for the focused button.
fn focused_label(game: &Game) -> String {
    let focus = game
        .app
        .world()
        .resource::<bevy::input_focus::InputFocus>()
        .get()
        .expect("something is focused");
    game.app
        .world()
        .get::<AccessibilityNode>(focus)
        .and_then(|n| n.label().map(str::to_owned))
        .unwrap_or_default()
}

#[test]
fn a_feed_is_sorted_with_the_keyboard_and_explained_only_after() {
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::new(dir.path());
    at_beat(&mut game, SORTED, "sort-feed");
    let (posts, _) = feed(&game);
    assert!(posts.len() >= 4);
    for (i, (text, why, pile)) in posts.iter().enumerate() {
        // One post at a time: its words, and no explanation yet.
        assert!(game.shows(&format!("{SORTED}-{text}")), "post {i} shown");
        assert!(
            !game.shows(&format!("{SORTED}-{why}")),
            "no why before the sort"
        );
        // The first pile is focused; Tab reaches the right one, named aloud.
        let wanted = LevelAction::Place(i, *pile);
        game.focus_on(&wanted, false);
        let pile_id = sango::game::screens::level::pile_words(*pile).id;
        let words = game.text(&pile_id);
        assert!(!words.is_empty());
        assert!(
            focused_label(&game).contains(&words),
            "the button says `{words}` to a screen reader, not `{}`",
            focused_label(&game)
        );
        game.enter();
        assert_eq!(feed(&game).1[i], Some(*pile));
    }
    // Every post on a pile: the piles, and "I'm done" focused.
    assert_eq!(game.focused(), Some(LevelAction::FinishSort));
    game.enter();
    let level = game.app.world().resource::<Level>();
    let Some(Feedback::Sort { result, .. }) = &level.feedback else {
        panic!("Sango's verdict on the sort");
    };
    assert_eq!(result.verdict, Verdict::Safe);
    // Now, after the sort, Sango's why for every post.
    for (_, why, _) in &posts {
        assert!(game.shows(&format!("{SORTED}-{why}")), "{why} explained");
    }
    assert!(game.shows("level-sort-result"));
    game.assert_all_text_resolved();
    assert_eq!(game.focused(), Some(LevelAction::Continue));
    game.enter();
    let level = game.app.world().resource::<Level>();
    assert!(level.feedback.is_none());
    assert_ne!(level.run.beat_id(), "sort-feed", "the story goes on");
}

#[test]
fn trusting_nothing_scores_worse_than_sorting_with_discernment() {
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::new(dir.path());
    at_beat(&mut game, SORTED, "sort-feed");
    let (posts, _) = feed(&game);
    // A child who changes their mind: sorts, then sorts again.
    game.press(LevelAction::Place(0, Pile::Share));
    game.press(LevelAction::SortAgain);
    assert_eq!(feed(&game).1[0], None);
    for i in 0..posts.len() {
        game.press(LevelAction::Place(i, Pile::DontShare));
    }
    game.press(LevelAction::FinishSort);
    let level = game.app.world().resource::<Level>();
    let Some(Feedback::Sort { result, .. }) = &level.feedback else {
        panic!("Sango's verdict on the sort");
    };
    assert_eq!(result.verdict, Verdict::Risky);
    assert_eq!(result.kept, 0.0);
    // Sango says why: doubting everything is not checking.
    assert!(game.shows("level-sort-doubted"));
}

/// Every beat of one kind in the levels: (scenario, beat).
fn beats_where(game: &Game, kind: fn(&sango::content::Node) -> bool) -> Vec<(String, String)> {
    let content = game.app.world().resource::<sango::game::state::Content>();
    content
        .library
        .scenarios
        .iter()
        .flat_map(|f| {
            f.scenario
                .beats
                .iter()
                .filter(|(_, node)| kind(node))
                .map(|(id, _)| (f.scenario.id.clone(), id.clone()))
        })
        .collect()
}

/// Every account to set up in the levels.
fn accounts(game: &Game) -> Vec<(String, String)> {
    beats_where(game, |n| matches!(n, sango::content::Node::Setup(_)))
}

/// The settings on screen: each one's values (message keys) with their fit,
/// and the value each is set to now.
/// Each setting's values: words and why (message keys) and fit.
type Settings = Vec<Vec<(String, String, Verdict)>>;

fn account(game: &Game) -> (Settings, Vec<usize>) {
    let level = game.app.world().resource::<Level>();
    let Step::Setup {
        settings, chosen, ..
    } = level.run.step()
    else {
        panic!("at an account to set up");
    };
    let settings = settings
        .iter()
        .map(|s| {
            s.values
                .iter()
                .map(|v| (v.text.clone(), v.feedback.clone(), v.fit))
                .collect()
        })
        .collect();
    (settings, chosen.to_vec())
}

/// Whether a screen reader hears the focused button as pressed.
fn focused_pressed(game: &Game) -> bool {
    let focus = game
        .app
        .world()
        .resource::<bevy::input_focus::InputFocus>()
        .get()
        .expect("something is focused");
    game.app
        .world()
        .get::<AccessibilityNode>(focus)
        .and_then(|n| n.toggled())
        == Some(accesskit::Toggled::True)
}

#[test]
fn every_account_is_set_up_with_the_keyboard_and_explained_only_after() {
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::new(dir.path());
    let all = accounts(&game);
    assert!(
        all.len() >= 3,
        "an account to set up in each age band: {all:?}"
    );
    for (scenario, beat) in all {
        at_beat(&mut game, &scenario, &beat);
        let (settings, start) = account(&game);
        // "I'm done" is focused first: the app's defaults are a choice too.
        assert_eq!(game.focused(), Some(LevelAction::FinishSetup));
        for (i, values) in settings.iter().enumerate() {
            let fit = values.iter().position(|v| v.2 == Verdict::Safe).unwrap();
            for (_, why, _) in values {
                assert!(!game.shows(&format!("{scenario}-{why}")), "no why before");
            }
            game.focus_on(&LevelAction::Set(i, fit), false);
            let words = game.text(&format!("{scenario}-{}", values[fit].0));
            assert!(
                focused_label(&game).contains(&words),
                "the value says `{words}` to a screen reader, not `{}`",
                focused_label(&game)
            );
            assert_eq!(focused_pressed(&game), start[i] == fit, "{scenario} {i}");
            game.enter();
            assert_eq!(account(&game).1[i], fit);
            game.focus_on(&LevelAction::Set(i, fit), false);
            assert!(focused_pressed(&game), "the value set is heard as pressed");
        }
        game.focus_on(&LevelAction::FinishSetup, false);
        game.enter();
        let level = game.app.world().resource::<Level>();
        let Some(Feedback::Setup { result, .. }) = &level.feedback else {
            panic!("Sango's verdict on the account");
        };
        assert_eq!(result.verdict, Verdict::Safe, "{scenario}");
        for values in &settings {
            let fit = values.iter().find(|v| v.2 == Verdict::Safe).unwrap();
            assert!(
                game.shows(&format!("{scenario}-{}", fit.1)),
                "{} explained",
                fit.1
            );
        }
        assert!(game.shows("level-setup-result"));
        game.assert_all_text_resolved();
        assert_eq!(game.focused(), Some(LevelAction::Continue));
    }
}

#[test]
fn closing_everything_or_leaving_the_defaults_scores_worse_than_setting_it_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::new(dir.path());
    for (scenario, beat) in accounts(&game) {
        for (closed, advice) in [
            (true, "level-setup-closed-too-far"),
            (false, "level-setup-left-open"),
        ] {
            at_beat(&mut game, &scenario, &beat);
            let (settings, _) = account(&game);
            if closed {
                for (i, values) in settings.iter().enumerate() {
                    game.press(LevelAction::Set(i, values.len() - 1));
                }
            }
            game.press(LevelAction::FinishSetup);
            let level = game.app.world().resource::<Level>();
            let Some(Feedback::Setup { result, .. }) = &level.feedback else {
                panic!("Sango's verdict on the account");
            };
            assert_ne!(result.verdict, Verdict::Safe, "{scenario} closed: {closed}");
            // Sango says why: closing everything shuts out the people it is for;
            // the app's first settings suit the app.
            assert!(game.shows(advice), "{scenario}: {advice}");
        }
    }
}

/// Every message to build in the levels.
fn messages(game: &Game) -> Vec<(String, String)> {
    beats_where(game, |n| matches!(n, sango::content::Node::Compose(_)))
}

/// The phrases on screen (words, why, where each belongs) and those added.
fn draft(game: &Game) -> (Vec<(String, String, Belongs)>, Vec<usize>) {
    let level = game.app.world().resource::<Level>();
    let Step::Compose { phrases, added, .. } = level.run.step() else {
        panic!("at a message to build");
    };
    let phrases = phrases
        .iter()
        .map(|p| (p.text.clone(), p.feedback.clone(), p.belongs))
        .collect();
    (phrases, added.to_vec())
}

#[test]
fn every_message_is_built_with_the_keyboard_and_explained_only_after() {
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::new(dir.path());
    let all = messages(&game);
    assert!(
        all.len() >= 3,
        "a message to build in each age band: {all:?}"
    );
    for (scenario, beat) in all {
        at_beat(&mut game, &scenario, &beat);
        let (phrases, added) = draft(&game);
        assert!(added.is_empty());
        assert!(game.shows("level-compose-empty"));
        // The first phrase shown is focused; nothing is explained before sending.
        let first = {
            let level = game.app.world().resource::<Level>();
            let Step::Compose { shown, .. } = level.run.step() else {
                panic!("at a message to build");
            };
            shown[0]
        };
        assert_eq!(game.focused(), Some(LevelAction::Add(first)));
        for (i, (text, why, belongs)) in phrases.iter().enumerate() {
            assert!(!game.shows(&format!("{scenario}-{why}")), "no why before");
            if *belongs != Belongs::In {
                continue;
            }
            game.focus_on(&LevelAction::Add(i), false);
            let words = game.text(&format!("{scenario}-{text}"));
            assert!(
                focused_label(&game).contains(&words),
                "the phrase says `{words}` to a screen reader, not `{}`",
                focused_label(&game)
            );
            assert!(!focused_pressed(&game));
            game.enter();
            // Added to the draft, and the focus stays on the phrase, heard pressed.
            assert_eq!(draft(&game).1.last(), Some(&i));
            assert_eq!(game.focused(), Some(LevelAction::Add(i)));
            assert!(
                focused_pressed(&game),
                "a phrase in the message is heard as pressed"
            );
        }
        game.focus_on(&LevelAction::FinishCompose, false);
        game.enter();
        let level = game.app.world().resource::<Level>();
        let Some(Feedback::Compose { result, .. }) = &level.feedback else {
            panic!("Sango's verdict on the message");
        };
        assert_eq!(result.verdict, Verdict::Safe, "{scenario}");
        for (_, why, _) in &phrases {
            assert!(game.shows(&format!("{scenario}-{why}")), "{why} explained");
        }
        assert!(game.shows("level-compose-result"));
        game.assert_all_text_resolved();
        assert_eq!(game.focused(), Some(LevelAction::Continue));
    }
}

#[test]
fn sending_every_phrase_or_none_scores_worse_than_saying_it_well() {
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::new(dir.path());
    for (scenario, beat) in messages(&game) {
        for (every, advice) in [
            (true, "level-compose-harm"),
            (false, "level-compose-nothing"),
        ] {
            at_beat(&mut game, &scenario, &beat);
            let (phrases, _) = draft(&game);
            if every {
                for i in 0..phrases.len() {
                    game.press(LevelAction::Add(i));
                }
            }
            game.press(LevelAction::FinishCompose);
            let level = game.app.world().resource::<Level>();
            let Some(Feedback::Compose { result, .. }) = &level.feedback else {
                panic!("Sango's verdict on the message");
            };
            assert_eq!(result.verdict, Verdict::Risky, "{scenario} every: {every}");
            assert!(game.shows(advice), "{scenario}: {advice}");
        }
    }
}

/// Every account to lock in the levels.
fn locks(game: &Game) -> Vec<(String, String)> {
    beats_where(game, |n| matches!(n, sango::content::Node::Lock(_)))
}

/// The lock on screen: the lock itself, the pieces added, the order of the
/// pieces and of the pages, and whether it is locked.
fn lock_now(
    game: &Game,
) -> (
    sango::content::Lock,
    Vec<usize>,
    Vec<usize>,
    Vec<usize>,
    bool,
) {
    let level = game.app.world().resource::<Level>();
    let Step::Lock {
        lock,
        added,
        shown,
        pages,
        locked,
        ..
    } = level.run.step()
    else {
        panic!("at an account to lock");
    };
    (
        lock.clone(),
        added.to_vec(),
        shown.to_vec(),
        pages.to_vec(),
        locked,
    )
}

/// Presses the focused-on button with Enter, after checking what a screen
/// reader says for it.
fn enter_on(game: &mut Game, action: LevelAction, words: &str) {
    game.focus_on(&action, false);
    assert!(
        focused_label(game).contains(words),
        "the button says `{words}` to a screen reader, not `{}`",
        focused_label(game)
    );
    game.enter();
}

#[test]
fn every_account_is_locked_with_the_keyboard_and_explained_only_after() {
    use sango::content::PieceKind;
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::new(dir.path());
    let all = locks(&game);
    assert!(
        all.len() >= 2,
        "an account to lock for 13-15 and 16-18: {all:?}"
    );
    for (scenario, beat) in all {
        at_beat(&mut game, &scenario, &beat);
        let (lock, added, shown, _, locked) = lock_now(&game);
        assert!(added.is_empty() && !locked);
        assert!(game.shows("level-lock-empty"));
        assert_eq!(game.focused(), Some(LevelAction::Add(shown[0])));
        // The everyday words, each heard as pressed once in.
        for (i, piece) in lock.pieces.iter().enumerate() {
            assert!(
                !game.shows(&format!("{scenario}-{}", piece.feedback)),
                "no why before"
            );
            if piece.kind != PieceKind::Word {
                continue;
            }
            let words = game.text(&format!("{scenario}-{}", piece.text));
            enter_on(&mut game, LevelAction::Add(i), &words);
            assert_eq!(lock_now(&game).1.last(), Some(&i));
            assert_eq!(game.focused(), Some(LevelAction::Add(i)));
            assert!(
                focused_pressed(&game),
                "a piece in the passphrase is heard as pressed"
            );
        }
        // Each sign-in setting set to what fits.
        for (i, setting) in lock.settings.iter().enumerate() {
            let fits = setting
                .values
                .iter()
                .position(|v| v.fit == Verdict::Safe)
                .unwrap();
            let words = game.text(&format!("{scenario}-{}", setting.values[fits].text));
            enter_on(&mut game, LevelAction::Set(i, fits), &words);
            assert!(focused_pressed(&game), "the value set is heard as pressed");
        }
        game.focus_on(&LevelAction::LockIn, false);
        game.enter();
        // Then the pages, by their addresses, the first one shown focused.
        let (_, _, _, pages, locked) = lock_now(&game);
        assert!(locked);
        assert_eq!(game.focused(), Some(LevelAction::SignIn(0)));
        assert!(game.shows(&format!("{scenario}-{}", lock.sign_in)));
        let real = pages.iter().position(|&p| lock.pages[p].real).unwrap();
        let address = game.text(&format!("{scenario}-{}", lock.pages[pages[real]].address));
        enter_on(
            &mut game,
            LevelAction::SignIn(real),
            address.trim_matches(['\u{2066}', '\u{2069}']),
        );
        let level = game.app.world().resource::<Level>();
        let Some(Feedback::Lock { result, .. }) = &level.feedback else {
            panic!("Sango's verdict on the lock");
        };
        assert_eq!(result.verdict, Verdict::Safe, "{scenario}");
        for piece in lock.pieces.iter().filter(|p| p.kind == PieceKind::Word) {
            assert!(
                game.shows(&format!("{scenario}-{}", piece.feedback)),
                "{} explained",
                piece.text
            );
        }
        assert!(game.shows(&format!("{scenario}-{}", lock.pages[pages[real]].feedback)));
        assert!(game.shows("level-lock-result"));
        game.assert_all_text_resolved();
        assert_eq!(game.focused(), Some(LevelAction::Continue));
    }
}

#[test]
fn every_piece_or_a_fake_page_scores_worse_than_locking_it_well() {
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::new(dir.path());
    for (scenario, beat) in locks(&game) {
        for (every, advice) in [
            (true, "level-lock-guessable"),
            (false, "level-lock-fake-page"),
        ] {
            at_beat(&mut game, &scenario, &beat);
            let (lock, ..) = lock_now(&game);
            for (i, piece) in lock.pieces.iter().enumerate() {
                if every || piece.kind == sango::content::PieceKind::Word {
                    game.press(LevelAction::Add(i));
                }
            }
            for (i, setting) in lock.settings.iter().enumerate() {
                let fits = setting.values.iter().position(|v| v.fit == Verdict::Safe);
                game.press(LevelAction::Set(i, fits.unwrap()));
            }
            game.press(LevelAction::LockIn);
            let (_, _, _, pages, _) = lock_now(&game);
            let pick = pages
                .iter()
                .position(|&p| lock.pages[p].real == every)
                .unwrap();
            game.press(LevelAction::SignIn(pick));
            let level = game.app.world().resource::<Level>();
            let Some(Feedback::Lock { result, .. }) = &level.feedback else {
                panic!("Sango's verdict on the lock");
            };
            assert_eq!(
                result.verdict,
                Verdict::Risky,
                "{scenario} every piece: {every}"
            );
            assert!(game.shows(advice), "{scenario}: {advice}");
        }
    }
}

/// Every fake post to build in the levels.
fn crafts(game: &Game) -> Vec<(String, String)> {
    beats_where(game, |n| matches!(n, sango::content::Node::Craft(_)))
}

/// The post on screen: the craft, the techniques in it, and their order.
fn post_now(game: &Game) -> (sango::content::Craft, Vec<usize>, Vec<usize>) {
    let level = game.app.world().resource::<Level>();
    let Step::Craft {
        craft,
        added,
        shown,
        ..
    } = level.run.step()
    else {
        panic!("at a fake post to build");
    };
    (craft.clone(), added.to_vec(), shown.to_vec())
}

#[test]
fn every_fake_post_is_built_with_the_keyboard_then_turned_round() {
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::new(dir.path());
    let all = crafts(&game);
    assert!(
        all.len() >= 2,
        "a fake post to build for 13-15 and 16-18: {all:?}"
    );
    for (scenario, beat) in all {
        at_beat(&mut game, &scenario, &beat);
        let (craft, added, shown) = post_now(&game);
        assert!(added.is_empty());
        assert_eq!(game.focused(), Some(LevelAction::Add(shown[0])));
        // Who will see it is shown before; what fools them is not.
        for person in &craft.people {
            assert!(game.shows(&format!("{scenario}-{}", person.about)));
            assert!(!game.shows(&format!("{scenario}-{}", person.why)));
        }
        let best = craft.best().expect("a post that fools everyone");
        for &i in &best {
            let words = game.text(&format!("{scenario}-{}", craft.techniques[i].text));
            enter_on(&mut game, LevelAction::Add(i), &words);
            assert!(
                focused_pressed(&game),
                "a technique in the post is heard as pressed"
            );
        }
        // A full post takes nothing more until something comes out.
        if best.len() == craft.room {
            let other = (0..craft.techniques.len())
                .find(|i| !best.contains(i))
                .unwrap();
            game.press(LevelAction::Add(other));
            assert_eq!(post_now(&game).1, best);
            assert!(game.shows("level-craft-full"));
        }
        game.focus_on(&LevelAction::FinishCraft, false);
        game.enter();
        let level = game.app.world().resource::<Level>();
        let Some(Feedback::Craft { result, .. }) = &level.feedback else {
            panic!("Sango's verdict on the post");
        };
        assert_eq!(result.verdict, Verdict::Safe, "{scenario}");
        for person in &craft.people {
            assert!(game.shows(&format!("{scenario}-{}", person.why)));
        }
        assert!(
            game.shows(&format!("{scenario}-{}", craft.turn)),
            "Sango turns it round"
        );
        assert!(game.shows("level-craft-verdict-safe"));
        game.assert_all_text_resolved();
        assert_eq!(game.focused(), Some(LevelAction::Continue));
    }
}

#[test]
fn honest_parts_or_an_empty_post_score_worse_than_knowing_the_tricks() {
    let dir = tempfile::tempdir().unwrap();
    let mut game = Game::new(dir.path());
    for (scenario, beat) in crafts(&game) {
        for (honest, advice) in [(true, "level-craft-honest"), (false, "level-craft-nothing")] {
            at_beat(&mut game, &scenario, &beat);
            let (craft, ..) = post_now(&game);
            if honest {
                let first_trick = craft
                    .techniques
                    .iter()
                    .position(|t| t.trick != sango::content::Trick::Honest)
                    .unwrap();
                game.press(LevelAction::Add(first_trick));
                for (i, t) in craft.techniques.iter().enumerate() {
                    if t.trick == sango::content::Trick::Honest {
                        game.press(LevelAction::Add(i));
                    }
                }
            }
            game.press(LevelAction::FinishCraft);
            let level = game.app.world().resource::<Level>();
            let Some(Feedback::Craft { result, .. }) = &level.feedback else {
                panic!("Sango's verdict on the post");
            };
            assert_ne!(result.verdict, Verdict::Safe, "{scenario} honest: {honest}");
            assert!(game.shows(advice), "{scenario}: {advice}");
        }
    }
}
