//! Learning you can measure: the warm-up, look-back and booster as a child
//! meets them, and the class report built from simulated players: learners,
//! cue-word guessers and cynics.

use std::sync::Arc;

use rand::SeedableRng;
use rand::rngs::StdRng;

use sango::content::{AgeBand, ItemSet};
use sango::game::Screen;
use sango::game::state::{Content, Player, Saves};
use sango::l10n::Localizer;
use sango::learning::{Judge, first_set, simulated_check};
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

    // Levels of the band finished (as the best play would end), one after
    // another until enough objectives are trained for the look-back.
    let (id, results) = {
        let world = game.app.world();
        let content = world.resource::<Content>();
        let band = world.resource::<Saves>().age_band();
        let results: Vec<RunResult> = content
            .playable()
            .filter(|s| s.ages.contains(&band))
            .map(best_result)
            .collect();
        (world.resource::<Player>().profile.unwrap(), results)
    };
    for r in results {
        let profile = saved(data.path()).profiles[0].clone();
        if sango::learning::trained(&profile).len() >= sango::learning::LOOK_BACK_AFTER {
            break;
        }
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
    // Only the trained objectives, a safe and a risky situation each.
    let trained = sango::learning::trained(&saved(data.path()).profiles[0]);
    assert!(trained.len() >= sango::learning::LOOK_BACK_AFTER);
    assert_eq!(game.take_check(), 2 * trained.len());
    assert_eq!(game.screen(), Screen::Map);
    let checks = saved(data.path()).profiles[0].checks.clone();
    let (pre, post) = (checks.warm_up.unwrap(), checks.look_back.unwrap());
    assert_eq!(post.set, pre.set.other());
    assert!(post.answers.iter().all(|a| trained.contains(&a.objective)));
    assert_eq!(post.day, Some(sango::learning::today()));
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
fn a_week_after_the_look_back_sango_asks_remember_with_feedback() {
    use sango::learning::{BOOSTER_OBJECTIVES, Due, today};
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Zara");
    game.enter(); // the suggested level: the warm-up comes first
    assert_eq!(game.screen(), Screen::Check);
    assert!(game.shows("check-warm-up-heading"));
    let objectives = checked().library.objectives.len();
    assert_eq!(
        game.take_check(),
        2 * objectives,
        "every objective, safe and risky"
    );
    assert_eq!(game.screen(), Screen::Level);
    game.press(LevelAction::Leave);
    assert_eq!(game.screen(), Screen::Map);
    // A look-back on four objectives, taken eight days ago.
    let warm_up = saved(data.path()).profiles[0]
        .checks
        .warm_up
        .clone()
        .unwrap();
    let (id, record) = {
        let world = game.app.world();
        let content = world.resource::<Content>();
        let band = world.resource::<Saves>().age_band();
        let set = warm_up.set.other();
        let on: Vec<&str> = content.library.objectives[..4]
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        let mut items = content.library.check(band, set);
        items.retain(|i| on.contains(&i.objective.as_str()));
        let mut rng = StdRng::seed_from_u64(7);
        let mut record =
            simulated_check(&items, set, band, Judge::Knows(1.0), &|_| false, &mut rng);
        record.day = Some(today() - 8);
        (world.resource::<Player>().profile.unwrap(), record)
    };
    assert!(
        game.app
            .world_mut()
            .resource_mut::<Saves>()
            .record_check(id, Due::LookBack, record)
    );
    game.press(MapAction::OpenBadges);
    game.press(BadgesAction::BackToMap);
    // The map offers "Remember?", focused.
    assert!(game.shows("map-look-back"));
    assert_eq!(game.focused(), Some(MapAction::OpenCheck));
    game.enter();
    assert!(game.shows("check-booster-heading"));
    // A few of the look-back's objectives, each with Sango's feedback.
    assert_eq!(game.take_check(), 2 * BOOSTER_OBJECTIVES);
    assert_eq!(game.screen(), Screen::Map);
    let checks = saved(data.path()).profiles[0].checks.clone();
    let booster = checks.booster.expect("the booster is kept");
    assert_eq!(booster.set, warm_up.set, "the warm-up's set again");
    let asked = checks.look_back.unwrap();
    assert!(
        booster
            .objectives()
            .iter()
            .all(|o| asked.objectives().contains(o))
    );
    assert!(!game.shows("map-look-back"), "asked once");
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

/// How a simulated child judges before and after playing.
#[derive(Clone, Copy)]
struct Kind {
    before: Judge,
    after: Judge,
}

/// A child of a simulated class: warm-up with their own first set, look-back
/// with the other on every objective (as if all were trained), judged as
/// `kind` says; `cue` tells whether a situation's words hold a risk-word.
fn simulated_child(
    library: &sango::content::Library,
    id: u32,
    kind: Kind,
    cue: &dyn Fn(&sango::content::Item) -> bool,
    rng: &mut StdRng,
) -> Profile {
    let band = AgeBand::Ages13To15;
    let first = first_set(id);
    let mut check = |set: ItemSet, judge: Judge| {
        Some(simulated_check(
            &library.check(band, set),
            set,
            band,
            judge,
            cue,
            rng,
        ))
    };
    let mut child = Profile::new(id, format!("Child {id}"), Avatar::ALL[id as usize % 6]);
    child.checks.warm_up = check(first, kind.before);
    child.checks.look_back = check(first.other(), kind.after);
    child
}

/// A class of 24 of one kind, in one language's words.
fn class_of(
    library: &sango::content::Library,
    kind: impl Fn(u32) -> Kind,
    cue: &dyn Fn(&sango::content::Item) -> bool,
    rng: &mut StdRng,
) -> Vec<Profile> {
    (1..=24)
        .map(|id| simulated_child(library, id, kind(id), cue, rng))
        .collect()
}

#[test]
fn a_class_report_from_simulated_players_shows_discernment_and_the_effect_size() {
    let content = checked();
    let library = &content.library;
    let ids: Vec<&str> = library.objectives.iter().map(|o| o.id.as_str()).collect();
    let mut rng = StdRng::seed_from_u64(2020);
    // 24 children who learn: from judging about 55 % to about 85 % rightly.
    let class = class_of(
        library,
        |id| {
            let ability = 0.5 + 0.1 * f64::from(id % 4) / 3.0;
            Kind {
                before: Judge::Knows(ability),
                after: Judge::Knows(ability + 0.3),
            }
        },
        &|_| false,
        &mut rng,
    );
    let report = ClassReport::build(&class, &ids);
    let l = &report.learning;
    assert_eq!((l.warm_ups, l.look_backs, l.paired), (24, 24, 24));
    let e = l.effect.expect("an effect size");
    assert!(e.mean_gain > 0.3 && e.low > 0.0, "{e:?}");
    // Every objective has its discernment before and after, over all 24, with
    // an interval; none has a booster yet.
    assert_eq!(l.objectives.len(), library.objectives.len());
    for g in &l.objectives {
        assert_eq!(
            (g.before.n(), g.after.n(), g.booster.n()),
            (24, 24, 0),
            "{}",
            g.id
        );
        let after = g.after.discernment.unwrap();
        assert!(after.low.is_some() && after.high.is_some(), "{}", g.id);
    }
    assert_eq!(l.more_suspicious, 0);
    // Both sets are used: the coin splits the class.
    let firsts = class
        .iter()
        .filter(|c| c.checks.warm_up.as_ref().unwrap().set == ItemSet::A)
        .count();
    assert!((6..=18).contains(&firsts), "{firsts} of 24 started with A");

    // In the teacher's spreadsheet and page, in every language.
    for lang in ["en", "ar", "zh", "fr", "es", "ru"] {
        let mut words: Localizer = checked().localizer;
        assert!(words.set_language(lang));
        let sheet = csv(&report, &words);
        assert!(sheet.contains(&format!("{:.2}", e.d)), "{lang}");
        let page = html(&report, &words, "2026-11-29");
        assert!(page.contains(&format!("{:.2}", e.d)), "{lang}");
        assert!(!page.contains("[report-"), "{lang}: every message found");
    }
}

/// The proof the measure works: in every language, a class that learns gains
/// discernment; a class that judges by cue-words does not, nor does one that
/// turns to "Not OK" for everything (its false alarms rise instead, and show).
#[test]
fn only_learners_gain_discernment_not_cue_word_guessers_or_cynics() {
    use sango::guess::situations::{BUDGET, Cues, over_budget, rates};
    let content = checked();
    let library = &content.library;
    let ids: Vec<&str> = library.objectives.iter().map(|o| o.id.as_str()).collect();
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    // The guessability budget holds for every set of every band in every language.
    let over = over_budget(&rates(library, &content.localizer, &locales), BUDGET);
    assert!(over.is_empty(), "{over:#?}");
    let languages = ["en", "ar", "zh", "fr", "es", "ru"];
    let (lists, missing) = Cues::load_dir(&locales, &languages.map(String::from));
    assert!(missing.is_empty(), "risk-words missing for {missing:?}");
    let mut rng = StdRng::seed_from_u64(25);
    for lang in languages {
        let cues = &lists[lang];
        let words = &content.localizer;
        let cue = |item: &sango::content::Item| {
            cues.risk
                .count(&words.text_in(lang, &item.question_id(), &[]))
                > 0
        };
        let effect = |kind: &dyn Fn(u32) -> Kind, rng: &mut StdRng| {
            let class = class_of(library, kind, &cue, rng);
            ClassReport::build(&class, &ids).learning
        };
        let learners = effect(
            &|_| Kind {
                before: Judge::Knows(0.55),
                after: Judge::Knows(0.85),
            },
            &mut rng,
        );
        let guessers = effect(
            &|_| Kind {
                before: Judge::CueWords,
                after: Judge::CueWords,
            },
            &mut rng,
        );
        let cynics = effect(
            &|_| Kind {
                before: Judge::Knows(0.55),
                after: Judge::Cynic,
            },
            &mut rng,
        );
        let gain = |l: &sango::learning::ClassLearning| l.effect.map_or(0.0, |e| e.mean_gain);
        let learned = learners.effect.unwrap();
        assert!(
            learned.low > 0.0 && learned.mean_gain > 0.3,
            "{lang}: {learned:?}"
        );
        // Cue-words win nothing: about chance before and after.
        let after = guessers.after.discernment.unwrap().mean;
        assert!(
            after.abs() <= 0.2,
            "{lang}: cue-word guessers judge {after}"
        );
        assert!(
            gain(&guessers).abs() < 0.15,
            "{lang}: {:?}",
            guessers.effect
        );
        // "Not OK" to everything: no gain in discernment, false alarms up, shown.
        assert!(gain(&cynics) < 0.05, "{lang}: {:?}", cynics.effect);
        assert_eq!(cynics.after.false_alarms.unwrap().mean, 1.0);
        assert!(
            cynics.more_suspicious >= 20,
            "{lang}: {}",
            cynics.more_suspicious
        );
        // (Under the old measure, the share of best answers, the cynics'
        // catching every risky situation would have read as learning.)
        assert_eq!(cynics.after.hits.unwrap().mean, 1.0);
    }
}

#[test]
fn the_check_has_a_safe_and_a_risky_situation_per_objective_band_and_set() {
    let content = checked();
    let library = &content.library;
    for band in AgeBand::ALL {
        for set in [ItemSet::A, ItemSet::B] {
            for o in &library.objectives {
                let items = library.check_items(&o.id, band, set);
                let safe = items.iter().filter(|i| i.safe).count();
                assert_eq!(
                    (safe, items.len() - safe),
                    (1, 1),
                    "{band:?} {set:?} {}",
                    o.id
                );
            }
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
