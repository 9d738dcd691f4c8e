//! Plays every path of every scenario through `play`, as a child could, and checks
//! the story and the score hold up everywhere.

use std::collections::BTreeSet;
use std::sync::Arc;

use sango::content::{Node, Outcome, Risk, Scenario, Speaker, Verdict};
use sango::play::{Run, Step, every_path_in_every_world};

use crate::common::checked;

struct Walk {
    visited: BTreeSet<String>,
    endings: BTreeSet<String>,
    paths: usize,
    min_decisions: usize,
    /// Paths where a slip was put right by blocking, reporting or telling.
    recovered: usize,
}

/// Every path of a scenario (`play::every_path`), each ending's score checked.
fn walk(scenario: &Scenario, seed: u64) -> Walk {
    let mut walk = Walk {
        visited: BTreeSet::new(),
        endings: BTreeSet::new(),
        paths: 0,
        min_decisions: usize::MAX,
        recovered: 0,
    };
    let endings = every_path_in_every_world(Arc::new(scenario.clone()), seed)
        .expect("every step a child can take works, whatever the story remembers");
    for run in &endings {
        walk.visited.extend(run.visited().iter().cloned());
        walk.endings.insert(run.beat_id().to_string());
        walk.paths += 1;
        // A choice or a clue card: each is one decision.
        let decisions = run.decisions().len();
        walk.min_decisions = walk.min_decisions.min(decisions);
        let result = run.result().expect("an ending has a result");
        assert!((1..=3).contains(&result.stars), "stars {}", result.stars);
        // A Cautious step always leads on to another decision.
        assert_ne!(
            run.decisions().last().map(|d| d.verdict),
            Some(Verdict::Cautious),
            "{}: a path ends on a Cautious choice ({:?})",
            scenario.id,
            run.visited()
        );
        // Putting a slip right, with every other step the best, earns every star.
        if result.recovered {
            walk.recovered += 1;
            let forgiven = sango::play::put_right(run.decisions());
            let rest_best = run.decisions().iter().enumerate().all(|(i, d)| {
                d.verdict == Verdict::Safe || (i < forgiven && d.verdict == Verdict::Risky)
            });
            if rest_best && matches!(result.outcome, Outcome::Safe | Outcome::Recovered) {
                assert_eq!(result.stars, 3, "{}: {:?}", scenario.id, run.visited());
            }
        }
        assert!(result.points <= result.max_points);
        assert_eq!(result.max_points as usize, decisions * 2);
        for (objective, evidence) in &result.evidence {
            assert!(
                evidence.unsigned_abs() as usize <= decisions * 3,
                "{objective}: {evidence} after {decisions} decisions"
            );
        }
    }
    walk
}

#[test]
fn every_path_of_every_scenario_ends_with_a_fair_score() {
    let checked = checked();
    assert!(!checked.library.scenarios.is_empty());
    for file in &checked.library.scenarios {
        let s = &file.scenario;
        for seed in [0, 1, 99] {
            let w = walk(s, seed);
            let all: BTreeSet<String> = s.beats.ids().map(str::to_owned).collect();
            assert_eq!(w.visited, all, "{}: every beat is visited", s.id);
            let endings: BTreeSet<String> = s
                .beats
                .iter()
                .filter(|(_, n)| matches!(n, Node::Ending(_)))
                .map(|(id, _)| id.clone())
                .collect();
            assert_eq!(w.endings, endings, "{}: every ending is reached", s.id);
            assert!(w.paths >= 2, "{}", s.id);
        }
    }
}

#[test]
fn each_scenario_is_a_real_lesson() {
    let checked = checked();
    for file in &checked.library.scenarios {
        let s = &file.scenario;
        let w = walk(s, 0);
        assert!(
            w.min_decisions >= 2,
            "{}: a path with {} decisions",
            s.id,
            w.min_decisions
        );
        let mut outcomes = BTreeSet::new();
        for (_, node) in s.beats.iter() {
            match node {
                Node::Beat(b) if !b.choices.is_empty() => {
                    assert!(
                        (2..=4).contains(&b.choices.len()),
                        "{}: two to four choices at each decision",
                        s.id
                    );
                    assert!(
                        b.choices.iter().any(|c| c.verdict == Verdict::Safe),
                        "{}: a safe choice at each decision",
                        s.id
                    );
                    for c in &b.choices {
                        assert!(
                            !c.feedback.is_empty(),
                            "{}: Sango explains every choice",
                            s.id
                        );
                    }
                }
                Node::Ending(e) => {
                    outcomes.insert(format!("{:?}", e.outcome));
                }
                Node::Spot(spot) => {
                    assert!(spot.clue_count() >= 1, "{}: a spot has a clue", s.id);
                    assert!(
                        spot.parts.iter().any(|p| !p.clue),
                        "{}: a spot has a decoy",
                        s.id
                    );
                }
                _ => {}
            }
        }
        assert!(
            outcomes.contains(&format!("{:?}", Outcome::Safe)),
            "{}",
            s.id
        );
        assert!(
            outcomes.len() >= 2,
            "{}: at least two kinds of ending",
            s.id
        );
    }
}

#[test]
fn telling_after_a_slip_is_a_way_to_finish_well_in_most_levels() {
    let checked = checked();
    let with_recovery = checked
        .library
        .scenarios
        .iter()
        .filter(|f| walk(&f.scenario, 0).recovered > 0)
        .count();
    // Every level with a slip before its last decision offers help after it; a
    // few levels' slips come only at the end.
    assert!(
        with_recovery * 4 >= checked.library.scenarios.len() * 3,
        "only {with_recovery} of {} levels let a child put a slip right",
        checked.library.scenarios.len()
    );
}

#[test]
fn each_of_the_four_risks_has_a_scenario() {
    let checked = checked();
    for risk in Risk::ALL {
        assert!(
            checked
                .library
                .scenarios
                .iter()
                .any(|f| f.scenario.risk == risk),
            "no scenario for {risk:?}"
        );
    }
}

#[test]
fn the_always_safe_path_earns_three_stars() {
    let checked = checked();
    for file in &checked.library.scenarios {
        let mut run = Run::start(Arc::new(file.scenario.clone()), 5).unwrap();
        while !run.is_over() {
            match run.step() {
                Step::Decision { choices, .. } => {
                    let best = choices
                        .iter()
                        .position(|c| c.verdict == Verdict::Safe)
                        .unwrap();
                    run.choose(best).unwrap();
                }
                Step::Spot { parts, .. } => {
                    let clues: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].clue).collect();
                    for i in clues {
                        run.tap(i).unwrap();
                    }
                    run.finish_spot().unwrap();
                }
                Step::Sort { posts, .. } => {
                    let best: Vec<_> = posts.iter().map(|p| p.pile).collect();
                    for (i, pile) in best.into_iter().enumerate() {
                        run.place(i, pile).unwrap();
                    }
                    run.finish_sort().unwrap();
                }
                Step::Setup { settings, .. } => {
                    let fitting = sango::content::setup::fitting(settings);
                    for (i, value) in fitting.into_iter().enumerate() {
                        run.set(i, value).unwrap();
                    }
                    run.finish_setup().unwrap();
                }
                Step::Compose { phrases, .. } => {
                    let needed: Vec<usize> = (0..phrases.len())
                        .filter(|&i| phrases[i].belongs == sango::content::Belongs::In)
                        .collect();
                    for i in needed {
                        run.add(i).unwrap();
                    }
                    run.finish_compose().unwrap();
                }
                Step::Lock { lock, locked, .. } => {
                    let (lock, locked) = (lock.clone(), locked);
                    if !locked {
                        let words = (0..lock.pieces.len())
                            .filter(|&i| lock.pieces[i].kind == sango::content::PieceKind::Word);
                        for i in words {
                            run.add(i).unwrap();
                        }
                        let fitting = sango::content::setup::fitting(&lock.settings);
                        for (i, value) in fitting.into_iter().enumerate() {
                            run.set(i, value).unwrap();
                        }
                        run.lock_in().unwrap();
                    }
                    let real = lock.pages.iter().position(|p| p.real).unwrap();
                    let shown = run.page_shown_at(real).unwrap();
                    run.sign_in(shown).unwrap();
                }
                Step::Craft { craft, .. } => {
                    let best = craft.best().unwrap();
                    for i in best {
                        run.add(i).unwrap();
                    }
                    run.finish_craft().unwrap();
                }
                _ => run.advance().unwrap(),
            }
        }
        let result = run.result().unwrap();
        assert_eq!(result.outcome, Outcome::Safe, "{}", file.scenario.id);
        assert_eq!(result.stars, 3, "{}", file.scenario.id);
    }
}

#[test]
fn every_line_on_every_path_reads_in_english() {
    let checked = checked();
    let words = &checked.localizer;
    for file in &checked.library.scenarios {
        let s = &file.scenario;
        for key in ["title", "summary", "remember"] {
            assert!(words.has(&s.message_id(key)), "{}-{key}", s.id);
        }
        for (_, node) in s.beats.iter() {
            if let Node::Beat(b) = node
                && let Speaker::Npc(name) = &b.speaker
            {
                assert!(words.has(&s.message_id(name)));
            }
        }
        // Every detail a play may pick, in every message.
        for (name, options) in &s.vary {
            for option in options {
                let mut vars = s.default_variables();
                vars.retain(|(n, _)| n != name);
                vars.push((name.clone(), option.clone()));
                let args: Vec<(&str, fluent::FluentValue)> = vars
                    .iter()
                    .map(|(n, o)| (n.as_str(), words.text(&s.message_id(o)).into()))
                    .collect();
                for (_, key) in s.message_keys() {
                    let text = words.text_with(&s.message_id(key), &args);
                    assert!(!text.starts_with('['), "{} has no text for {key}", s.id);
                    assert!(
                        !text.contains("{$"),
                        "{}: {key} has an unfilled variable",
                        s.id
                    );
                    assert!(!text.trim().is_empty());
                }
            }
        }
        for (_, key) in s.message_keys() {
            let text = words.text(&s.message_id(key));
            assert!(!text.starts_with('['), "{} has no text for {key}", s.id);
        }
    }
}
