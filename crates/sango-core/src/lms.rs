//! A learning platform (LMS) that launched the game (issue 27): what it is told.
//! The page talks to the LMS (SCORM 1.2's `API` object, or cmi5's xAPI
//! endpoint; web/lms.js); this says what to tell it, from the child's progress:
//!
//! - a [`Summary`]: complete once every level offered is finished; a score, the
//!   mean share of points over the levels offered (a level not finished counts
//!   0); and, per learning objective, its score and whether it is mastered;
//! - SCORM 1.2's data model elements for it ([`Summary::scorm12`]);
//! - cmi5's defined statements ([`cmi5_statement`]), and the cmi5 context on
//!   the game's own statements ([`cmi5_context`]);
//! - the child's progress as one string for the LMS to keep between sessions
//!   ([`save_state`], [`load_state`]): the game keeps nothing of an LMS learner
//!   on the computer.

use serde_json::{Value, json};

use crate::progress::Profile;

/// How a child stands on an objective, as an LMS records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectiveStatus {
    /// Mastered (a badge: practised in two levels or more, safe three times in four).
    Mastered,
    /// Practised, not mastered yet.
    Practising,
    NotAttempted,
}

impl ObjectiveStatus {
    /// SCORM 1.2's `cmi.objectives.n.status` vocabulary.
    pub fn scorm12(self) -> &'static str {
        match self {
            ObjectiveStatus::Mastered => "passed",
            ObjectiveStatus::Practising => "incomplete",
            ObjectiveStatus::NotAttempted => "not attempted",
        }
    }
}

/// One objective, for the LMS.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveResult {
    pub id: String,
    /// Levels where the safe choice was made, of those where it came up (0–1).
    pub score: Option<f64>,
    pub status: ObjectiveStatus,
}

/// What the LMS is told of a child.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub levels_offered: usize,
    pub levels_finished: usize,
    /// Every level offered is finished.
    pub completed: bool,
    /// The mean share of points over the levels offered (0–1).
    pub score: f64,
    pub objectives: Vec<ObjectiveResult>,
}

impl Summary {
    /// A child's summary over the levels offered (ids) and the game's
    /// objectives (ids, in order).
    pub fn of(profile: &Profile, offered: &[&str], objectives: &[&str]) -> Self {
        let shares: Vec<f64> = offered
            .iter()
            .map(|id| {
                profile.results.get(*id).map_or(0.0, |r| {
                    if r.max_points == 0 {
                        1.0
                    } else {
                        f64::from(r.points) / f64::from(r.max_points)
                    }
                })
            })
            .collect();
        let levels_finished = offered
            .iter()
            .filter(|id| profile.results.contains_key(**id))
            .count();
        let tallies = crate::learning::tallies(profile);
        let objectives = objectives
            .iter()
            .map(|id| {
                let tally = tallies.get(*id);
                let status = match tally {
                    Some(t) if crate::learning::mastered(t) => ObjectiveStatus::Mastered,
                    Some(t) if t.practised > 0 => ObjectiveStatus::Practising,
                    _ => ObjectiveStatus::NotAttempted,
                };
                ObjectiveResult {
                    id: (*id).to_string(),
                    score: tally.and_then(crate::learning::Tally::score),
                    status,
                }
            })
            .collect();
        Self {
            levels_offered: offered.len(),
            levels_finished,
            completed: !offered.is_empty() && levels_finished == offered.len(),
            score: if shares.is_empty() {
                0.0
            } else {
                (shares.iter().sum::<f64>() / shares.len() as f64).clamp(0.0, 1.0)
            },
            objectives,
        }
    }

    /// SCORM 1.2's data model elements for this summary, in the order to set
    /// them (`cmi.core.lesson_status`, the score out of 100, each objective).
    pub fn scorm12(&self) -> Vec<(String, String)> {
        let percent = |share: f64| ((share * 100.0).round() as u32).to_string();
        let mut out = vec![
            (
                "cmi.core.lesson_status".to_string(),
                if self.completed {
                    "completed"
                } else {
                    "incomplete"
                }
                .to_string(),
            ),
            ("cmi.core.score.raw".into(), percent(self.score)),
            ("cmi.core.score.min".into(), "0".into()),
            ("cmi.core.score.max".into(), "100".into()),
        ];
        for (n, objective) in self.objectives.iter().enumerate() {
            let key = |field: &str| format!("cmi.objectives.{n}.{field}");
            out.push((key("id"), objective.id.clone()));
            if let Some(score) = objective.score {
                out.push((key("score.raw"), percent(score)));
                out.push((key("score.min"), "0".into()));
                out.push((key("score.max"), "100".into()));
            }
            out.push((key("status"), objective.status.scorm12().into()));
        }
        out
    }
}

/// What a cmi5 launch gave the game (the launch URL's parameters).
#[derive(Debug, Clone, PartialEq)]
pub struct Cmi5Launch {
    /// The AU's activity id (`activityId`).
    pub activity: String,
    /// The LMS's actor for the learner (`actor`, JSON): sent back as it came,
    /// never shown or kept.
    pub actor: Value,
    pub registration: String,
    /// This launch's session (made by the game).
    pub session: String,
}

/// cmi5's defined statements the game sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmi5Verb {
    Initialized,
    /// Every level offered finished (sent once).
    Completed,
    Terminated,
}

impl Cmi5Verb {
    fn verb(self) -> crate::xapi::Verb {
        match self {
            Cmi5Verb::Initialized => crate::xapi::Verb::Initialized,
            Cmi5Verb::Completed => crate::xapi::Verb::Completed,
            Cmi5Verb::Terminated => crate::xapi::Verb::Terminated,
        }
    }
}

/// cmi5's category: marks a statement as one of cmi5's defined statements.
pub const CMI5_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// cmi5's session id extension.
pub const CMI5_SESSION: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
/// cmi5's "moveOn" category, for the statement that satisfies it.
pub const CMI5_MOVE_ON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";

/// The context every statement of a cmi5 session carries (registration and
/// session id); `defined` adds cmi5's category.
pub fn cmi5_context(launch: &Cmi5Launch, defined: bool) -> Value {
    let mut context = json!({
        "registration": launch.registration,
        "extensions": {CMI5_SESSION: launch.session},
    });
    if defined {
        context["contextActivities"] = json!({"category": [{"id": CMI5_CATEGORY}]});
    }
    context
}

/// One of cmi5's defined statements, with its id and time; `duration` is the
/// session's so far (ISO 8601, e.g. `PT754S`).
pub fn cmi5_statement(
    verb: Cmi5Verb,
    launch: &Cmi5Launch,
    id: &str,
    timestamp: &str,
    duration: &str,
) -> Value {
    let mut statement = json!({
        "id": id,
        "actor": launch.actor,
        "verb": verb.verb().json(),
        "object": {"objectType": "Activity", "id": launch.activity},
        "context": cmi5_context(launch, true),
        "timestamp": timestamp,
    });
    match verb {
        Cmi5Verb::Initialized => {}
        Cmi5Verb::Completed => {
            statement["result"] = json!({"completion": true, "duration": duration});
            statement["context"]["contextActivities"]["category"]
                .as_array_mut()
                .expect("the category was just set")
                .push(json!({"id": CMI5_MOVE_ON}));
        }
        Cmi5Verb::Terminated => statement["result"] = json!({"duration": duration}),
    }
    statement
}

/// A game statement (`xapi::statement`) as a cmi5 "allowed" statement: the
/// LMS's actor and the session's context.
pub fn cmi5_allowed(mut statement: Value, launch: &Cmi5Launch) -> Value {
    statement["actor"] = launch.actor.clone();
    let parents = statement["context"]["contextActivities"].take();
    statement["context"] = cmi5_context(launch, false);
    if !parents.is_null() {
        statement["context"]["contextActivities"] = parents;
    }
    statement
}

/// The state string's first characters: its format.
const STATE_VERSION: &str = "sango1:";
/// A saved state never inflates past this (a damaged or hostile string).
const STATE_LIMIT: usize = 1 << 20;

/// A child's progress as one string for the LMS to keep between sessions
/// (SCORM's `cmi.suspend_data`, cmi5's state document): the profile in RON,
/// deflated, in Base64.
pub fn save_state(profile: &Profile) -> String {
    use base64ct::Encoding;
    let text = ron::to_string(profile).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!(
        "{STATE_VERSION}{}",
        base64ct::Base64::encode_string(&packed)
    )
}

/// The progress the LMS kept, if it can be read (else the child starts
/// afresh: said by the caller, nothing else is lost).
pub fn load_state(state: &str) -> Result<Profile, String> {
    use base64ct::Encoding;
    let unreadable =
        |why: &dyn std::fmt::Display| format!("the saved progress cannot be read: {why}");
    let packed = state
        .strip_prefix(STATE_VERSION)
        .ok_or_else(|| "the saved progress is not Sango's".to_string())?;
    let packed = base64ct::Base64::decode_vec(packed.trim()).map_err(|e| unreadable(&e))?;
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, STATE_LIMIT)
        .map_err(|e| unreadable(&format!("{e:?}")))?;
    let text = String::from_utf8(text).map_err(|e| unreadable(&e))?;
    ron::from_str(&text).map_err(|e| unreadable(&e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Outcome;
    use crate::play::RunResult;
    use crate::progress::Avatar;

    fn result(id: &str, points: u32, max: u32, evidence: &[(&str, i32)]) -> RunResult {
        RunResult {
            scenario: id.into(),
            outcome: Outcome::Safe,
            stars: 3,
            points,
            max_points: max,
            evidence: evidence.iter().map(|(o, e)| (o.to_string(), *e)).collect(),
            recovered: false,
        }
    }

    #[test]
    fn the_lms_hears_completion_a_score_and_each_objective() {
        let mut child = Profile::new(1, "Ana", Avatar::Sky);
        let offered = ["a", "b", "c", "d"];
        let objectives = ["spot", "tell", "guard"];
        let summary = Summary::of(&child, &offered, &objectives);
        assert!(!summary.completed);
        assert_eq!(summary.score, 0.0);
        assert!(
            summary
                .objectives
                .iter()
                .all(|o| o.status == ObjectiveStatus::NotAttempted && o.score.is_none())
        );

        child.keep_best(result("a", 4, 4, &[("spot", 1), ("tell", 1)]));
        child.keep_best(result("b", 2, 4, &[("spot", 1), ("guard", -1)]));
        let summary = Summary::of(&child, &offered, &objectives);
        assert_eq!(summary.levels_finished, 2);
        assert!(!summary.completed);
        assert!((summary.score - 0.375).abs() < 1e-9, "{}", summary.score);
        let scorm: std::collections::BTreeMap<String, String> =
            summary.scorm12().into_iter().collect();
        assert_eq!(scorm["cmi.core.lesson_status"], "incomplete");
        assert_eq!(scorm["cmi.core.score.raw"], "38");
        assert_eq!(scorm["cmi.objectives.0.id"], "spot");
        assert_eq!(scorm["cmi.objectives.0.status"], "passed");
        assert_eq!(scorm["cmi.objectives.0.score.raw"], "100");
        assert_eq!(scorm["cmi.objectives.1.status"], "incomplete");
        assert_eq!(scorm["cmi.objectives.2.status"], "incomplete");
        assert_eq!(scorm["cmi.objectives.2.score.raw"], "0");

        for id in ["c", "d"] {
            child.keep_best(result(id, 3, 3, &[]));
        }
        let summary = Summary::of(&child, &offered, &objectives);
        assert!(summary.completed);
        assert_eq!(summary.scorm12()[0].1, "completed");
    }

    #[test]
    fn cmi5_statements_carry_the_session_and_the_lms_actor() {
        let launch = Cmi5Launch {
            activity: "https://school.example/au/sango".into(),
            actor: json!({"objectType": "Agent", "account": {"homePage": "https://lms.example", "name": "4711"}}),
            registration: "0b7a1d4e-0000-4000-8000-000000000001".into(),
            session: "5e551011-0000-4000-8000-000000000002".into(),
        };
        let done = cmi5_statement(Cmi5Verb::Completed, &launch, "id-1", "t", "PT60S");
        assert_eq!(done["object"]["id"], launch.activity);
        assert_eq!(done["actor"], launch.actor);
        assert_eq!(done["context"]["registration"], launch.registration);
        assert_eq!(done["context"]["extensions"][CMI5_SESSION], launch.session);
        let categories = done["context"]["contextActivities"]["category"].to_string();
        assert!(categories.contains(CMI5_CATEGORY) && categories.contains(CMI5_MOVE_ON));
        assert_eq!(done["result"]["completion"], true);
        assert!(
            done["result"].get("score").is_none(),
            "completed carries no score"
        );

        let game = json!({"id": "g", "actor": {"account": {"name": "random"}},
            "context": {"contextActivities": {"parent": [{"id": "urn:sango:level:a"}]}}});
        let allowed = cmi5_allowed(game, &launch);
        assert_eq!(allowed["actor"], launch.actor);
        assert_eq!(allowed["context"]["registration"], launch.registration);
        assert!(allowed["context"]["contextActivities"]["category"].is_null());
        assert_eq!(
            allowed["context"]["contextActivities"]["parent"][0]["id"],
            "urn:sango:level:a"
        );
    }

    #[test]
    fn progress_kept_by_the_lms_comes_back_whole_and_fits_scorm() {
        let mut child = Profile::new(1, "Ana", Avatar::Sky);
        // A whole age band played, every level with evidence on three objectives.
        for i in 0..16 {
            child.keep_best(result(
                &format!("contract-the-level-number-{i}"),
                5,
                6,
                &[
                    ("check-before-trust", 1),
                    ("block-report-tell", 1),
                    ("guard-personal-info", -1),
                ],
            ));
        }
        // Its three checks, every situation judged, and the story's facts.
        let record = |n: usize| crate::progress::checks::CheckRecord {
            set: crate::content::ItemSet::A,
            band: crate::content::AgeBand::Ages13To15,
            answers: (0..n)
                .map(|i| crate::progress::checks::Answer {
                    item: format!("situation-about-something-risky-{i}"),
                    objective: "check-before-trust".into(),
                    right: i % 3 != 0,
                    confidence: crate::progress::checks::Confidence::FairlySure,
                    safe: Some(i % 2 == 0),
                })
                .collect(),
            day: Some(20_500),
        };
        child.checks.warm_up = Some(record(24));
        child.checks.look_back = Some(record(24));
        child.checks.booster = Some(record(24));
        for i in 0..16 {
            child.remember(
                &format!("contract-the-level-number-{i}"),
                ["told-an-adult", "blocked-the-stranger", "location-left-on"]
                    .into_iter()
                    .map(String::from)
                    .collect(),
            );
        }
        let state = save_state(&child);
        assert_eq!(load_state(&state), Ok(child));
        // SCORM 1.2 keeps 4,096 characters of suspend_data.
        assert!(state.len() <= 4096, "{} characters", state.len());
        assert!(load_state("something else").is_err());
        assert!(load_state("sango1:(broken").is_err());
        assert!(load_state("sango1:AAAA").is_err());
    }
}
