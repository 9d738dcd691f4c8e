//! A world that remembers, as a child meets it: the same people in every level
//! of their band, "My phone" showing what their choices left (and not once it is
//! put right), and the band's story on the map, closing when every chapter is
//! played.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use sango::content::story::{cast_pick, people_seed};
use sango::content::{AgeBand, Scenario};
use sango::game::Screen;
use sango::game::state::{Player, Saves};
use sango::play::Run;

use crate::common::checked;
use crate::headless::Game;
use crate::learning::best_result as finished;
use sango::game::screens::level::LevelAction;
use sango::game::screens::map::MapAction;
use sango::game::screens::phone::PhoneAction;
use sango::game::screens::story::StoryAction;

#[test]
fn a_child_meets_the_same_people_in_every_level_of_their_band() {
    let checked = checked();
    let library = &checked.library;
    for file in &library.stories {
        let story = &file.story;
        let mut recurring = 0;
        for (role, names) in &story.cast {
            let casting: Vec<&Scenario> = library
                .scenarios
                .iter()
                .map(|f| &f.scenario)
                .filter(|s| s.ages.contains(&story.ages) && s.cast.contains(role))
                .collect();
            if casting.len() >= 2 {
                recurring += 1;
            }
            for child in 1..=6 {
                let people = people_seed(child);
                let met: BTreeSet<String> = casting
                    .iter()
                    .enumerate()
                    .map(|(seed, s)| {
                        let run = Run::start(Arc::new((*s).clone()), seed as u64)
                            .unwrap()
                            .meet(people);
                        let (_, key) = run.variables().iter().find(|(n, _)| n == role).unwrap();
                        key.clone()
                    })
                    .collect();
                if casting.is_empty() {
                    continue;
                }
                let expected: BTreeSet<String> = cast_pick(people, role, names)
                    .cloned()
                    .into_iter()
                    .collect();
                assert_eq!(met, expected, "{:?} child {child} meets {role}", story.ages);
            }
        }
        assert!(
            recurring >= 2,
            "{:?}: at least two people come back in two or more levels",
            story.ages
        );
    }
}

/// A trace of the real content that a later fact takes off the phone: the level
/// that sets what it shows, the fact, and the level that puts it right.
fn a_trace_put_right(scenarios: &[&Scenario]) -> (String, String, String, String, String) {
    for s in scenarios {
        for trace in &s.traces {
            let shown: Vec<&str> = trace
                .when
                .iter()
                .filter(|w| !w.starts_with('!'))
                .map(String::as_str)
                .collect();
            let Some(fix) = trace.when.iter().find_map(|w| w.strip_prefix('!')) else {
                continue;
            };
            let [fact] = shown[..] else { continue };
            let setter = scenarios.iter().find(|o| o.facts_set().contains(fact));
            let fixer = scenarios
                .iter()
                .find(|o| o.facts_set().contains(fix) && o.ages == s.ages);
            if let (Some(setter), Some(fixer)) = (setter, fixer)
                && setter.id != fixer.id
            {
                return (
                    s.message_id(&trace.text),
                    setter.id.clone(),
                    fact.to_string(),
                    fixer.id.clone(),
                    fix.to_string(),
                );
            }
        }
    }
    panic!("no trace that a later level puts right");
}

#[test]
fn my_phone_shows_what_a_choice_left_until_a_later_level_puts_it_right() {
    let checked = checked();
    let scenarios: Vec<&Scenario> = checked
        .library
        .scenarios
        .iter()
        .map(|f| &f.scenario)
        .collect();
    let (trace, setter, fact, fixer, fix) = a_trace_put_right(&scenarios);
    let by_id: BTreeMap<&str, &Scenario> = scenarios.iter().map(|s| (s.id.as_str(), *s)).collect();

    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Noor");
    assert_eq!(game.screen(), Screen::Map);
    game.press(MapAction::OpenPhone);
    assert_eq!(game.screen(), Screen::Phone);
    assert!(
        game.shows("phone-empty"),
        "a new child's phone holds nothing"
    );
    assert!(game.shows("phone-private"));
    game.press(PhoneAction::BackToMap);

    let id = game.app.world().resource::<Player>().profile.unwrap();
    let record = |game: &mut Game, level: &str, facts: BTreeSet<String>| {
        let result = finished(by_id[level]);
        assert!(
            game.app
                .world_mut()
                .resource_mut::<Saves>()
                .record_play(id, result, facts)
        );
    };
    record(&mut game, &setter, [fact.clone()].into());
    game.press(MapAction::OpenPhone);
    assert!(
        game.shows(&trace),
        "{setter} set `{fact}`: {trace} is on the phone"
    );
    assert!(!game.shows("phone-empty"));
    game.assert_all_text_resolved();
    game.press(PhoneAction::BackToMap);

    record(&mut game, &fixer, [fix.clone()].into());
    game.press(MapAction::OpenPhone);
    assert!(
        !game.shows(&trace),
        "{fixer} set `{fix}`: {trace} is off the phone"
    );
}

#[test]
fn the_map_shows_where_the_child_is_in_the_story_and_it_closes_when_every_chapter_is_played() {
    let checked = checked();
    let library = &checked.library;
    let story = library
        .story(AgeBand::Ages9To12)
        .expect("ages 9-12 have a story")
        .clone();
    let data = tempfile::tempdir().unwrap();
    let mut game = Game::new(data.path());
    game.new_player("Sami");
    assert!(
        game.text("map-story-next").contains('1'),
        "chapter 1 comes first"
    );
    game.press(MapAction::OpenStory);
    assert_eq!(game.screen(), Screen::Story);
    assert!(game.shows(&story.message_id("title")));
    assert!(game.shows("story-next"));
    assert!(!game.shows(&story.message_id("closed")));
    // The first chapter opens from the story.
    game.press(StoryAction::OpenLevel(story.chapters[0].clone()));
    assert!(matches!(game.screen(), Screen::Level | Screen::Check));
    if game.screen() == Screen::Check {
        game.take_check();
    }
    game.press(LevelAction::Leave);

    let id = game.app.world().resource::<Player>().profile.unwrap();
    // Played out of order, the story still points at the first chapter not played.
    let second = library.scenario(&story.chapters[1]).unwrap();
    assert!(game.app.world_mut().resource_mut::<Saves>().record_play(
        id,
        finished(second),
        BTreeSet::new()
    ));
    if game.screen() != Screen::Map {
        game.press(StoryAction::BackToMap);
    }
    game.press(MapAction::SetAgeBand(AgeBand::Ages9To12));
    assert!(
        game.text("map-story-next")
            .contains(&format!("chapter 1 of {}", story.chapters.len())),
        "{}",
        game.text("map-story-next")
    );
    for chapter in &story.chapters {
        let result = finished(library.scenario(chapter).unwrap());
        assert!(game.app.world_mut().resource_mut::<Saves>().record_play(
            id,
            result,
            BTreeSet::new()
        ));
    }
    if game.screen() != Screen::Map {
        game.press(StoryAction::BackToMap);
    }
    game.press(MapAction::SetAgeBand(AgeBand::Ages9To12));
    assert!(
        game.shows("map-story-closed"),
        "every chapter played closes the story"
    );
    game.press(MapAction::OpenStory);
    assert!(game.shows(&story.message_id("closed")));
    let always: Vec<String> = story
        .endings
        .iter()
        .filter(|e| e.when.is_empty())
        .map(|e| story.message_id(&e.text))
        .collect();
    assert!(!always.is_empty(), "a close has a line for every child");
    for line in always {
        assert!(game.shows(&line), "{line}");
    }
    game.assert_all_text_resolved();
}
