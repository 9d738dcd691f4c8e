//! Launched by a learning platform (issue 27): SCORM 1.2 or cmi5, in the
//! browser (web/lms.js finds the LMS and gives the game an [`LmsStart`]). The
//! learner comes from the LMS: no profile screen, and nothing of theirs is kept
//! on the computer (progress lives in memory and in the LMS, which keeps it
//! between sessions: [`crate::lms::save_state`]). After every change to the
//! child's progress the LMS hears the summary (completion, score, each
//! objective), through an [`LmsPort`]: the page's, or a test's.

use bevy::prelude::*;

use crate::game::state::{Content, Saves};
use crate::lms::{Cmi5Launch, Cmi5Verb, Summary};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (tell_the_lms, tell_cmi5.after(crate::game::lrs::Told)).run_if(resource_exists::<Lms>),
    );
}

/// How the game reaches the LMS.
pub trait LmsPort: Send + Sync {
    /// Keep this progress for the learner's next session.
    fn save(&self, state: &str);
    /// SCORM 1.2's data model elements to set (then commit).
    fn report(&self, values: &[(String, String)]);
    /// xAPI statements for cmi5's endpoint.
    fn send(&self, statements: &[serde_json::Value]);
}

/// What a launch by an LMS gives the game.
pub struct LmsStart {
    /// The learner's given name, if the LMS says it (a child's profile is
    /// called by it; their LMS id is never shown or kept).
    pub name: Option<String>,
    /// The progress the LMS kept from the last session (empty the first time).
    pub state: String,
    /// Launched by cmi5 (else SCORM 1.2).
    pub cmi5: Option<Cmi5Launch>,
    pub port: Box<dyn LmsPort>,
}

/// The LMS that launched the game, and the learner's profile.
#[derive(Resource)]
pub struct Lms {
    pub profile: u32,
    port: Box<dyn LmsPort>,
    cmi5: Option<Cmi5Launch>,
    /// What the LMS was last given: told again only when it changes.
    told: String,
    completed: bool,
    started: u64,
}

/// Opens the learner's profile (from the LMS's saved progress, or new) in the
/// store, which the caller made in memory, and the link to the LMS.
pub fn open(app: &mut App, start: LmsStart) {
    let world = app.world_mut();
    let Some(mut saves) = world.get_resource_mut::<Saves>() else {
        return;
    };
    let kept = (!start.state.is_empty()).then(|| crate::lms::load_state(&start.state));
    let profile = match kept {
        Some(Ok(profile)) => saves.restore_profile(profile),
        Some(Err(why)) => {
            warn!("{why}; the learner starts afresh");
            None
        }
        None => None,
    };
    let profile = profile.or_else(|| {
        // A nickname holds letters, digits and spaces: "Anne-Marie" plays as
        // "Anne Marie".
        let name = start
            .name
            .as_deref()
            .map(|n| n.replace(|c: char| !c.is_alphanumeric(), " "))
            .and_then(|n| crate::progress::clean_nickname(&n).ok())
            .unwrap_or_else(|| "Sango".to_string());
        saves
            .create_profile(&name, Default::default())
            .or_else(|_| saves.create_profile("Sango", Default::default()))
            .ok()
    });
    let Some(profile) = profile else {
        error!("the learner's progress cannot be opened");
        return;
    };
    let started = crate::clock::now_millis();
    if let Some(launch) = &start.cmi5 {
        start
            .port
            .send(&[cmi5(Cmi5Verb::Initialized, launch, started)]);
    }
    world.insert_resource(Lms {
        profile,
        port: start.port,
        cmi5: start.cmi5,
        told: String::new(),
        completed: false,
        started,
    });
}

fn cmi5(verb: Cmi5Verb, launch: &Cmi5Launch, started: u64) -> serde_json::Value {
    let now = crate::clock::now_millis();
    let id = crate::xapi::new_statement_id(&mut rand::rng());
    let duration = format!("PT{}S", now.saturating_sub(started) / 1000);
    crate::lms::cmi5_statement(verb, launch, &id, &crate::clock::rfc3339(now), &duration)
}

/// After a change to the learner's progress: its state kept by the LMS, the
/// summary reported, and (cmi5) `completed` once every level is finished.
fn tell_the_lms(mut lms: ResMut<Lms>, saves: Res<Saves>, content: Res<Content>) {
    if !saves.is_changed() && !lms.is_added() {
        return;
    }
    let Some(profile) = saves.progress.profile(lms.profile) else {
        return;
    };
    let state = crate::lms::save_state(profile);
    if state == lms.told {
        return;
    }
    let offered: Vec<&str> = content
        .offered(&saves)
        .into_iter()
        .map(|s| s.id.as_str())
        .collect();
    let objectives: Vec<&str> = content
        .library
        .objectives
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    let summary = Summary::of(profile, &offered, &objectives);
    lms.port.save(&state);
    lms.port.report(&summary.scorm12());
    if summary.completed
        && !lms.completed
        && let Some(launch) = &lms.cmi5
    {
        let completed = cmi5(Cmi5Verb::Completed, launch, lms.started);
        lms.port.send(&[completed]);
    }
    lms.completed |= summary.completed;
    lms.told = state;
}

/// cmi5: what the child does (choices and their objectives, clues, checks,
/// levels) goes to the LMS's record store too, as cmi5 "allowed" statements of
/// this session.
fn tell_cmi5(mut played: MessageReader<crate::game::lrs::Played>, lms: Res<Lms>) {
    let Some(launch) = &lms.cmi5 else {
        played.clear();
        return;
    };
    let mut rng = rand::rng();
    let statements: Vec<serde_json::Value> = played
        .read()
        .map(|crate::game::lrs::Played(event)| {
            let id = crate::xapi::new_statement_id(&mut rng);
            let now = crate::clock::rfc3339(crate::clock::now_millis());
            let statement = crate::xapi::statement_as(&id, launch.actor.clone(), event, &now);
            crate::lms::cmi5_allowed(statement, launch)
        })
        .collect();
    if !statements.is_empty() {
        lms.port.send(&statements);
    }
}
