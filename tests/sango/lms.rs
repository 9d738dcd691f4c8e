//! Launched by a learning platform: the learner comes from the LMS (no profile
//! screen), the LMS hears completion, a score and each objective after every
//! level, keeps the progress between sessions, and nothing is kept on the
//! computer. (The page's side, SCORM's API and cmi5's endpoint, is web/lms.js.)

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use sango::game::Screen;
use sango::game::lms::{LmsPort, LmsStart};
use sango::game::state::Saves;

use crate::headless::Game;

/// An LMS that remembers what it was told.
#[derive(Clone, Default)]
struct Told {
    state: Arc<Mutex<String>>,
    values: Arc<Mutex<BTreeMap<String, String>>>,
    statements: Arc<Mutex<Vec<serde_json::Value>>>,
}

impl LmsPort for Told {
    fn save(&self, state: &str) {
        *self.state.lock().unwrap() = state.to_string();
    }

    fn report(&self, values: &[(String, String)]) {
        self.values.lock().unwrap().extend(values.iter().cloned());
    }

    fn send(&self, statements: &[serde_json::Value]) {
        self.statements
            .lock()
            .unwrap()
            .extend(statements.iter().cloned());
    }
}

fn launch(told: &Told, state: String) -> Game {
    Game::launched_by_lms(LmsStart {
        name: Some("Anne-Marie".into()),
        state,
        cmi5: None,
        port: Box::new(told.clone()),
    })
}

#[test]
fn a_learner_from_the_lms_plays_and_the_lms_hears_and_keeps_their_progress() {
    let told = Told::default();
    let mut game = launch(&told, String::new());
    assert_eq!(game.screen(), Screen::Title);
    let title = game.buttons::<sango::game::screens::title::TitleAction>();
    assert!(
        !title.contains(&sango::game::screens::title::TitleAction::OpenTeacher),
        "the teacher's tools are the LMS's: {title:?}"
    );
    game.enter();
    assert_eq!(game.screen(), Screen::Map, "no profile screen");
    game.enter_level();
    game.play_level_safely();
    assert_eq!(game.screen(), Screen::Debrief);

    let values = told.values.lock().unwrap().clone();
    assert_eq!(values["cmi.core.lesson_status"], "incomplete");
    let score: u32 = values["cmi.core.score.raw"].parse().unwrap();
    assert!(score > 0 && score < 100, "one level of several: {score}");
    let objectives: Vec<&String> = values
        .iter()
        .filter(|(k, _)| k.starts_with("cmi.objectives.") && k.ends_with(".id"))
        .map(|(_, v)| v)
        .collect();
    assert!(objectives.len() >= 5, "{objectives:?}");
    assert!(
        values
            .iter()
            .any(|(k, v)| k.ends_with(".status") && v == "incomplete"),
        "an objective practised"
    );

    // The next session: the LMS gives the progress back; the level is there.
    let state = told.state.lock().unwrap().clone();
    let profile = sango::lms::load_state(&state).unwrap();
    assert_eq!(profile.nickname, "Anne Marie");
    assert_eq!(profile.results.len(), 1);
    let again = Told::default();
    let mut game = launch(&again, state);
    game.enter();
    assert_eq!(game.screen(), Screen::Map);
    let saves = game.app.world().resource::<Saves>();
    assert_eq!(saves.progress.profiles.len(), 1);
    assert_eq!(saves.progress.profiles[0].results, profile.results);
    // Kept in memory only: the store is the LMS.
    assert!(saves.location().starts_with("memory"));
}

#[test]
fn a_cmi5_learner_who_finishes_the_last_level_is_completed_once() {
    // The LMS kept every level of the band but the first on the map.
    let mut game = launch(&Told::default(), String::new());
    game.enter();
    let levels = game.levels_on_map();
    let Some(sango::game::screens::map::MapAction::OpenLevel(first)) = game.focused() else {
        panic!("a level is focused on the map")
    };
    let mut kept = game.app.world().resource::<Saves>().progress.profiles[0].clone();
    for id in levels.iter().filter(|id| **id != first) {
        kept.keep_best(sango::play::RunResult {
            scenario: id.clone(),
            outcome: sango::content::Outcome::Safe,
            stars: 3,
            points: 1,
            max_points: 1,
            evidence: Default::default(),
            recovered: false,
        });
    }

    let told = Told::default();
    let launch = sango::lms::Cmi5Launch {
        activity: "urn:sango:au:game".into(),
        actor: serde_json::json!({"objectType": "Agent", "account": {"homePage": "https://lms.example", "name": "4711"}}),
        registration: "0b7a1d4e-0000-4000-8000-000000000001".into(),
        session: "5e551011-0000-4000-8000-000000000002".into(),
    };
    let mut game = Game::launched_by_lms(LmsStart {
        name: None,
        state: sango::lms::save_state(&kept),
        cmi5: Some(launch.clone()),
        port: Box::new(told.clone()),
    });
    // cmi5's defined statements (its category), by verb; the game's own are
    // "allowed" statements of the session.
    let defined = |s: &serde_json::Value| {
        s["context"]["contextActivities"]["category"]
            .to_string()
            .contains(sango::lms::CMI5_CATEGORY)
    };
    let verbs = |told: &Told| -> Vec<String> {
        told.statements
            .lock()
            .unwrap()
            .iter()
            .filter(|s| defined(s))
            .map(|s| s["verb"]["display"]["en-US"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(verbs(&told), ["initialized"]);
    game.enter();
    assert_eq!(game.screen(), Screen::Map);
    game.focus_on(
        &sango::game::screens::map::MapAction::OpenLevel(first),
        false,
    );
    game.enter_level();
    game.play_level_safely();
    assert_eq!(verbs(&told), ["initialized", "completed"]);
    let statements = told.statements.lock().unwrap().clone();
    let completed = statements
        .iter()
        .find(|s| defined(s) && s["verb"]["display"]["en-US"] == "completed")
        .unwrap()
        .clone();
    let allowed: Vec<&serde_json::Value> = statements.iter().filter(|s| !defined(s)).collect();
    assert!(
        allowed
            .iter()
            .any(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"),
        "the choices, with their objectives"
    );
    for s in &allowed {
        assert_eq!(s["actor"], launch.actor);
        assert_eq!(s["context"]["registration"], launch.registration);
        assert_eq!(
            s["context"]["extensions"][sango::lms::CMI5_SESSION],
            launch.session
        );
    }
    assert_eq!(completed["actor"], launch.actor);
    assert_eq!(completed["object"]["id"], launch.activity);
    assert_eq!(
        told.values.lock().unwrap()["cmi.core.lesson_status"],
        "completed"
    );
    // Played again, it is not completed twice.
    game.enter();
    assert_eq!(verbs(&told).len(), 2);
}
