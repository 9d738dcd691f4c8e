//! A world that remembers: facts set by choices and lines, read by choices and
//! branches, in this level and the levels after it.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use super::*;
use crate::content::load::parse;

/// The skate park: telling where you skate is remembered; a later line knows,
/// and a choice to turn location off is offered only if it is on.
const PARK: &str = r#"Scenario(
    id: "park", risk: Contact, ages: [Ages9To12], objectives: ["guard-personal-info"],
    start: "ask",
    beats: {
        "ask": Beat(speaker: Sango, text: "ask", choices: [
            Choice(text: "tell", verdict: Risky, feedback: "f", next: "later",
                   sets: ["told-park"]),
            Choice(text: "keep", verdict: Safe, feedback: "f", next: "later"),
        ]),
        "later": Beat(speaker: Narrator, text: "later", sets: ["met-stranger"],
            branches: [Branch(when: ["told-park"], next: "knows")], next: "calm"),
        "knows": Beat(speaker: Sango, text: "knows", choices: [
            Choice(text: "location-off", verdict: Safe, feedback: "f", next: "end",
                   when: ["location-on"]),
            Choice(text: "tell-adult", verdict: Safe, feedback: "f", next: "end"),
        ]),
        "calm": Beat(speaker: Narrator, text: "calm", next: "end"),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#;

fn park() -> Arc<Scenario> {
    Arc::new(parse(Path::new("park.ron"), PARK).expect("parses"))
}

fn facts(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

fn choose_text(run: &mut Run, text: &str) {
    let Step::Decision { choices, .. } = run.step() else {
        panic!("a decision")
    };
    let at = choices
        .iter()
        .position(|c| c.text == text)
        .expect("offered");
    run.choose(at).unwrap();
}

#[test]
fn a_choice_sets_a_fact_that_a_later_line_branches_on() {
    let mut run = Run::start(park(), 1).unwrap();
    choose_text(&mut run, "tell");
    run.advance().unwrap();
    assert_eq!(run.beat_id(), "knows");
    assert_eq!(run.facts_set_here(), &facts(&["met-stranger", "told-park"]));
    // Keeping it private: the story goes the calm way.
    let mut run = Run::start(park(), 1).unwrap();
    choose_text(&mut run, "keep");
    run.advance().unwrap();
    assert_eq!(run.beat_id(), "calm");
}

#[test]
fn a_choice_is_offered_only_when_what_it_needs_is_remembered() {
    let offered = |remembered: &[&str]| {
        let s = park();
        let mut run = Run::start_remembering(s, "ask", 3, facts(remembered)).unwrap();
        choose_text(&mut run, "tell");
        run.advance().unwrap();
        let Step::Decision { choices, .. } = run.step() else {
            panic!("a decision")
        };
        let mut texts: Vec<String> = choices.iter().map(|c| c.text.clone()).collect();
        texts.sort();
        texts
    };
    // Location left on in an earlier level: turning it off is offered.
    assert_eq!(offered(&["location-on"]), ["location-off", "tell-adult"]);
    assert_eq!(offered(&[]), ["tell-adult"]);
}

#[test]
fn not_a_fact_holds_when_it_is_not_remembered() {
    let when = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let remembered = facts(&["hacked"]);
    assert!(crate::content::holds(
        &when(&["hacked", "!changed"]),
        &remembered
    ));
    assert!(!crate::content::holds(&when(&["!hacked"]), &remembered));
    assert!(crate::content::holds(&[], &remembered));
}

#[test]
fn the_explorer_plays_every_world_earlier_levels_may_have_left() {
    let s = park();
    // `location-on` is read here and set elsewhere; `told-park` is set here.
    let worlds = remembered_worlds(&s);
    assert_eq!(worlds, [facts(&[]), facts(&["location-on"])]);
    let endings = every_path_in_every_world(s, 0).unwrap();
    // Two worlds: tell (two choices after, or three with location on) or keep.
    let through_off = endings
        .iter()
        .filter(|r| {
            r.decisions()
                .iter()
                .any(|d| d.choice.as_deref() == Some("location-off"))
        })
        .count();
    assert_eq!(through_off, 1);
    assert_eq!(endings.len(), 2 + 3);
}
