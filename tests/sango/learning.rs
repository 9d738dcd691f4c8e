//! Learning you can measure: the warm-up and look-back as a child meets them, and
//! the class report built from simulated players.

use std::sync::Arc;

use rand::SeedableRng;
use rand::rngs::StdRng;

use sango::content::{AgeBand, ItemSet, Risk};
use sango::game::Screen;
use sango::game::state::{Content, Player, Saves};
use sango::l10n::Localizer;
use sango::learning::{first_set, simulated_check};
use sango::play::{Run, RunResult, every_path};
use sango::progress::{Avatar, Profile};
use sango::report::{ClassReport, csv, html};

use crate::common::checked;
use crate::headless::{Game, saved};
use sango::game::screens::badges::BadgesAction;
use sango::game::screens::check::CheckAction;
use sango::game::screens::level::LevelAction;
use sango::game::screens::map::MapAction;

/// The best a child can do in a scenario: the ending with the most stars.
pub fn best_result(scenario: &sango::content::Scenario) -> RunResult {
    let run = Run::start(Arc::new(scenario.clone()), 1).unwrap();
    every_path(run)
        .unwrap()
        .iter()
        .filter_map(Run::result)
        .max_by_key(|r| (r.stars, r.points))
        .unwrap()
}

#[test]
fn a_finished_world_brings_the_look_back_and_badges_follow_the_levels() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Noor");
    game.enter_level();
    game.press(LevelAction::Leave);
    assert_eq!(game.screen(), Screen::Map);
    // Sango suggests a level, says why in one line, and focuses it.
    assert!(game.shows("map-next-new"), "a suggestion with its reason");
    let Some(MapAction::OpenLevel(suggested)) = game.focused() else {
        panic!("the suggested level is focused")
    };
    assert!(game.shows("map-next-tag"));

    // Every level of the Contact world finished (as the best play would end).
    let (id, results) = {
        let world = game.app.world();
        let content = world.resource::<Content>();
        let band = world.resource::<Saves>().age_band();
        let results: Vec<RunResult> = content
            .playable()
            .filter(|s| s.risk == Risk::Contact && s.ages.contains(&band))
            .map(best_result)
            .collect();
        (world.resource::<Player>().profile.unwrap(), results)
    };
    assert!(results.len() >= 2, "{}", results.len());
    for r in results {
        game.app.world_mut().resource_mut::<Saves>().record(id, r);
    }
    game.press(MapAction::OpenBadges);
    game.assert_all_text_resolved();
    let earned = saved(data.path()).profiles[0].clone();
    let objectives: Vec<String> = checked()
        .library
        .objectives
        .iter()
        .map(|o| o.id.clone())
        .collect();
    let ids: Vec<&str> = objectives.iter().map(String::as_str).collect();
    let badges = sango::learning::badges(&earned, &ids);
    assert!(!badges.is_empty(), "the safe levels earn a badge");
    assert_eq!(
        game.text("badges-count"),
        format!("{} of 10", badges.len()),
        "the profile's badges"
    );
    game.press(BadgesAction::BackToMap);

    // The map asks to look back, and the look-back uses the other set.
    assert!(game.shows("map-look-back"));
    assert_eq!(game.focused(), Some(MapAction::OpenCheck));
    assert_ne!(game.focused(), Some(MapAction::OpenLevel(suggested)));
    game.enter();
    assert_eq!(game.screen(), Screen::Check);
    assert!(game.shows("check-look-back-heading"));
    let objectives = crate::common::checked().library.objectives.len();
    assert_eq!(game.take_check(), objectives);
    assert_eq!(game.screen(), Screen::Map);
    let checks = saved(data.path()).profiles[0].checks.clone();
    let (pre, post) = (checks.warm_up.unwrap(), checks.look_back.unwrap());
    assert_eq!(post.set, pre.set.other());
    assert_eq!(post.answers.len(), objectives);
    // Asked once: the map goes back to suggesting levels.
    assert!(!game.shows("map-look-back"));
    // The class's list shows the child's badges beside their nickname.
    game.press(MapAction::ChangePlayer);
    assert_eq!(game.screen(), Screen::Profiles);
    let texts: Vec<String> = {
        let world = game.app.world_mut();
        let mut q = world.query::<&bevy::prelude::Text>();
        q.iter(world).map(|t| t.0.clone()).collect()
    };
    assert!(texts.iter().any(|t| t == "★"), "{texts:?}");
    assert!(texts.contains(&badges.len().to_string()), "{texts:?}");
}

/// Plays the level shown to its end the safe way, by pressing what a child would.
fn play_safely(game: &mut Game) {
    use sango::content::Verdict;
    use sango::game::state::Level;
    use sango::play::Step;
    for _ in 0..200 {
        if game.screen() != Screen::Level {
            return;
        }
        let level = game.app.world().resource::<Level>();
        let presses: Vec<LevelAction> = match (&level.feedback, level.run.step()) {
            (Some(_), _) => vec![LevelAction::Continue],
            (None, Step::Decision { choices, .. }) => {
                let safe = choices.iter().position(|c| c.verdict == Verdict::Safe);
                vec![LevelAction::Choose(safe.unwrap_or(0))]
            }
            (None, Step::Spot { parts, .. }) => (0..parts.len())
                .filter(|&i| parts[i].clue)
                .map(LevelAction::Tap)
                .chain([LevelAction::FinishSpot])
                .collect(),
            _ => vec![LevelAction::Continue],
        };
        for press in presses {
            game.press(press);
        }
    }
    panic!("the level did not end");
}

#[test]
fn a_level_that_brings_an_objective_to_mastery_shows_the_new_badge() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Ola");
    game.enter_level();
    game.press(LevelAction::Leave);
    // One level already played well; the next that trains the same objectives
    // brings them to two levels, all safe: mastered.
    let first = {
        let world = game.app.world();
        best_result(
            world
                .resource::<Content>()
                .library
                .scenario("contract-the-free-gems")
                .unwrap(),
        )
    };
    let id = game.app.world().resource::<Player>().profile.unwrap();
    game.app
        .world_mut()
        .resource_mut::<Saves>()
        .record(id, first);
    game.press(MapAction::OpenLevel("contact-the-game-gift".into()));
    assert_eq!(
        game.screen(),
        Screen::Level,
        "no warm-up once a level is played"
    );
    play_safely(&mut game);
    assert_eq!(game.screen(), Screen::Debrief);
    let new_badges = game
        .app
        .world()
        .resource::<sango::game::state::Finished>()
        .new_badges
        .clone();
    // Both levels practise spotting tricks and costs (and block, report, tell).
    assert!(
        new_badges.contains(&"spot-tricks-and-costs".to_string()),
        "{new_badges:?}"
    );
    assert!(game.shows("debrief-new-badges"));
    game.assert_all_text_resolved();
}

#[test]
fn leaving_a_check_half_way_keeps_nothing_asks_again_and_can_be_skipped() {
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Ira");
    game.enter();
    assert_eq!(game.screen(), Screen::Check);
    game.enter(); // Let's start
    game.enter(); // an answer
    game.press(CheckAction::BackToMap); // "Stop for now"
    assert_eq!(game.screen(), Screen::Map);
    assert!(saved(data.path()).profiles[0].checks.warm_up.is_none());
    game.enter();
    assert_eq!(game.screen(), Screen::Check, "the warm-up is asked again");
    // Never in the way: a child may skip it and play.
    game.focus_on(&CheckAction::Skip, false);
    game.enter();
    assert_eq!(game.screen(), Screen::Level);
    assert!(saved(data.path()).profiles[0].checks.warm_up.is_none());
}

/// A child of the simulated class: warm-up with their own first set, look-back with
/// the other, answered well with probability `before` and `after`.
fn simulated_child(
    library: &sango::content::Library,
    id: u32,
    before: f64,
    after: f64,
    rng: &mut StdRng,
) -> Profile {
    let band = AgeBand::Ages13To15;
    let first = first_set(id);
    let check = |set: ItemSet, p: f64, rng: &mut StdRng| {
        Some(simulated_check(
            &library.check(band, set),
            set,
            band,
            p,
            rng,
        ))
    };
    let mut child = Profile {
        id,
        nickname: format!("Child {id}"),
        avatar: Avatar::ALL[id as usize % 6],
        results: Default::default(),
        language: None,
        preferences: None,
        checks: Default::default(),
        facts: Default::default(),
    };
    child.checks.warm_up = check(first, before, rng);
    child.checks.look_back = check(first.other(), after, rng);
    child
}

#[test]
fn a_class_report_from_simulated_players_shows_gains_and_the_effect_size() {
    let content = checked();
    let library = &content.library;
    let ids: Vec<&str> = library.objectives.iter().map(|o| o.id.as_str()).collect();
    let mut rng = StdRng::seed_from_u64(2020);
    // 24 children who learn: from about 45 % to about 80 % answered well.
    let class: Vec<Profile> = (1..=24)
        .map(|id| {
            let ability = 0.3 + 0.3 * f64::from(id % 4) / 3.0;
            simulated_child(library, id, ability, ability + 0.35, &mut rng)
        })
        .collect();
    let report = ClassReport::build(&class, &ids);
    let l = &report.learning;
    assert_eq!((l.warm_ups, l.look_backs, l.paired), (24, 24, 24));
    let e = l.effect.expect("an effect size");
    assert!(e.mean_gain > 0.2 && e.low > 0.0, "{e:?}");
    // Every objective has a warm-up, a look-back and a gain from all 24.
    assert_eq!(
        l.objectives.len(),
        crate::common::checked().library.objectives.len()
    );
    for g in &l.objectives {
        assert_eq!(g.n, 24, "{}", g.id);
        assert!(g.gain().is_some(), "{}", g.id);
    }
    let mean_gain: f64 = l.objectives.iter().filter_map(|g| g.gain()).sum::<f64>() / 10.0;
    assert!(mean_gain > 0.2, "{mean_gain}");
    // Both sets are used: the coin splits the class.
    let firsts = class
        .iter()
        .filter(|c| c.checks.warm_up.as_ref().unwrap().set == ItemSet::A)
        .count();
    assert!((6..=18).contains(&firsts), "{firsts} of 24 started with A");

    // In the teacher's spreadsheet and page, in English and in Arabic.
    for lang in ["en", "ar"] {
        let mut words: Localizer = checked().localizer;
        assert!(words.set_language(lang));
        let sheet = csv(&report, &words);
        let effect_row = sheet.lines().last().unwrap();
        assert!(
            effect_row.contains(&format!("{:.2}", e.d)),
            "{lang}: {effect_row}"
        );
        let page = html(&report, &words, "2026-11-29");
        assert!(page.contains(&format!("{:.2}", e.d)), "{lang}");
        assert!(
            !page.contains("report-learning"),
            "{lang}: every message found"
        );
    }

    // Children answering at random before and after: no gain (the interval holds 0).
    let random: Vec<Profile> = (1..=24)
        .map(|id| simulated_child(library, id, 1.0 / 3.0, 1.0 / 3.0, &mut rng))
        .collect();
    let e = ClassReport::build(&random, &ids).learning.effect.unwrap();
    assert!(e.low <= 0.0 && 0.0 <= e.high, "{e:?}");
}

#[test]
fn the_check_covers_every_objective_for_every_age_band_in_both_sets() {
    let content = checked();
    let library = &content.library;
    for band in AgeBand::ALL {
        for set in [ItemSet::A, ItemSet::B] {
            let items = library.check(band, set);
            assert_eq!(items.len(), library.objectives.len(), "{band:?} {set:?}");
        }
    }
}

#[test]
fn what_a_level_set_is_remembered_when_a_later_level_opens() {
    // A fact one level sets and another level of the same ages reads.
    let checked = checked();
    let scenarios: Vec<&sango::content::Scenario> = checked
        .library
        .scenarios
        .iter()
        .map(|f| &f.scenario)
        .collect();
    let (setter, fact, reader) = scenarios
        .iter()
        .flat_map(|s| s.facts_set().into_iter().map(move |f| (*s, f)))
        .find_map(|(setter, fact)| {
            scenarios
                .iter()
                .find(|r| {
                    r.id != setter.id
                        && r.facts_read().contains(fact)
                        && r.ages.iter().any(|a| setter.ages.contains(a))
                })
                .map(|reader| (setter, fact.to_string(), reader.id.clone()))
        })
        .expect("a consequence that comes back in a later level");
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Noor");
    game.enter_level();
    game.press(LevelAction::Leave);
    let id = game.app.world().resource::<Player>().profile.unwrap();
    let facts: std::collections::BTreeSet<String> = [fact.clone()].into();
    assert!(game.app.world_mut().resource_mut::<Saves>().record_play(
        id,
        best_result(setter),
        facts
    ));
    // Saved with the child's profile, and remembered when the later level opens.
    assert!(saved(data.path()).profiles[0].remembered().contains(&fact));
    game.press(MapAction::OpenLevel(reader.clone()));
    assert_eq!(game.screen(), Screen::Level);
    let level = game.app.world().resource::<sango::game::state::Level>();
    assert!(
        level.run.facts().contains(&fact),
        "{reader} opens remembering `{fact}` from {}",
        setter.id
    );
}
