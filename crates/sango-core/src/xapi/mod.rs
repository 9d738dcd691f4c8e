//! xAPI statements for a school's learning record store (issue 27, first part):
//! what the game says happened, in the Experience API's words (ADL's verbs), and
//! the queue that keeps every statement until the store has it.
//!
//! - **Who**: a pseudonymous account, a random name made once per child and
//!   school ([`Learner`]), never the nickname unless the school's settings say so.
//! - **What**: levels started and finished, choices (their verdict and the
//!   learning objectives they give evidence of), clue cards found, the check's
//!   answers. Activity ids are this project's own URNs (`urn:sango:…`): unique,
//!   not addresses; docs/XAPI.md lists them.
//! - **Never lost, never twice**: each statement gets its id when it is made and
//!   is written to the [`Outbox`] (a folder on the desktop, localStorage in the
//!   browser) before anything is sent. It leaves the outbox only once the store
//!   has said it has it. A statement sent again after the game was killed
//!   mid-send carries the same id, and the store keeps one.
//!
//! Nothing here touches the network: [`flush`] sends through a [`Transport`],
//! which the game gives (and the tests replace).

use rand::RngCore;
use serde_json::{Value, json};

mod outbox;
pub use outbox::{
    BATCH, Flushed, OUTBOX, Outbox, Reply, Transport, Unreachable, Waiting, flush, flush_blocking,
};
#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub mod http;
mod read;
pub use read::class_from_statements;
mod run;
pub use run::RunEvents;

/// Where statements go (`lrs: (…)` in the school's settings.ron).
pub use crate::settings::LrsSettings;

/// ADL's verbs, the ones the game uses (cmi5's sessions add `initialized` and
/// `terminated`: `lms`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Attempted,
    Answered,
    Experienced,
    Completed,
    Initialized,
    Terminated,
}

impl Verb {
    /// The verb's name in English, the end of its id.
    fn display(self) -> &'static str {
        match self {
            Verb::Attempted => "attempted",
            Verb::Answered => "answered",
            Verb::Experienced => "experienced",
            Verb::Completed => "completed",
            Verb::Initialized => "initialized",
            Verb::Terminated => "terminated",
        }
    }

    pub fn id(self) -> String {
        format!("http://adlnet.gov/expapi/verbs/{}", self.display())
    }

    /// The statement's `verb`.
    pub fn json(self) -> Value {
        json!({"id": self.id(), "display": {"en-US": self.display()}})
    }
}

/// The project's activity ids: `urn:sango:<kind>:<parts joined by ':'>`.
pub fn activity_id(kind: &str, parts: &[&str]) -> String {
    let mut id = format!("urn:sango:{kind}");
    for part in parts {
        id.push(':');
        // Ids are kebab-case in content; anything else is escaped.
        for c in part.chars() {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                id.push(c);
            } else {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    id.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    id
}

/// ADL's activity types for what the game's activities are.
fn activity(kind: &str, parts: &[&str], type_id: &str) -> Value {
    json!({
        "objectType": "Activity",
        "id": activity_id(kind, parts),
        "definition": {"type": type_id},
    })
}

const LESSON: &str = "http://adlnet.gov/expapi/activities/lesson";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
const OBJECTIVE: &str = "http://adlnet.gov/expapi/activities/objective";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";

/// The result extension naming a choice's verdict (`safe`, `cautious`, `risky`).
pub const VERDICT_EXTENSION: &str = "urn:sango:extension:verdict";
/// The result extension with how sure the child said they were (check answers).
pub const CONFIDENCE_EXTENSION: &str = "urn:sango:extension:confidence";

/// Who a child is to the record store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    /// Random, made once per child and school ([`Learner::new_account_name`]).
    pub account: String,
    /// Sent only if the school's settings say so.
    pub nickname: Option<String>,
}

impl Learner {
    /// 128 random bits in hex: says nothing about the child.
    pub fn new_account_name(rng: &mut impl RngCore) -> String {
        let mut bytes = [0u8; 16];
        rng.fill_bytes(&mut bytes);
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn actor(&self, lrs: &LrsSettings) -> Value {
        let mut actor = json!({
            "objectType": "Agent",
            "account": {"homePage": lrs.school, "name": self.account},
        });
        if lrs.send_nicknames
            && let Some(name) = &self.nickname
        {
            actor["name"] = json!(name);
        }
        actor
    }
}

/// What happened, in the game's terms.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A level opened.
    LevelStarted { level: String },
    /// A choice made in a level (its words' key), or a task judged like one (a
    /// clue card, a feed sorted, an account set up: no words), with the
    /// objectives it gives evidence of (positive: met; negative: missed).
    Choice {
        level: String,
        beat: String,
        choice: Option<String>,
        verdict: crate::content::Verdict,
        objectives: Vec<(String, i32)>,
    },
    /// A clue found on a clue card (`clue`: the part's words' key).
    ClueFound {
        level: String,
        card: String,
        clue: String,
    },
    /// A level finished, with its result as the child's profile keeps it.
    LevelFinished { result: crate::play::RunResult },
    /// One situation judged in a check.
    CheckAnswer {
        due: Due,
        answer: crate::progress::checks::Answer,
    },
    /// A check finished, with every answer as the profile keeps it.
    CheckFinished {
        due: Due,
        record: crate::progress::checks::CheckRecord,
    },
}

use crate::progress::checks::Due;

/// A check's name in activity ids.
pub fn due_key(due: Due) -> &'static str {
    match due {
        Due::WarmUp => "warm-up",
        Due::LookBack => "look-back",
        Due::Booster => "booster",
    }
}

/// The result extension holding a finished level's result whole (the teacher's
/// report is read back from it).
pub const RESULT_EXTENSION: &str = "urn:sango:extension:result";
/// The result extension holding a finished check whole.
pub const CHECK_EXTENSION: &str = "urn:sango:extension:check";
/// The result extension naming how a level's story ended.
pub const OUTCOME_EXTENSION: &str = "urn:sango:extension:outcome";

/// A statement's id: a random (version 4) UUID.
pub fn new_statement_id(rng: &mut impl RngCore) -> String {
    let mut b = [0u8; 16];
    rng.fill_bytes(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The statement for an event, with its id, at `timestamp` (RFC 3339).
pub fn statement(
    id: &str,
    learner: &Learner,
    lrs: &LrsSettings,
    event: &Event,
    timestamp: &str,
) -> Value {
    statement_as(id, learner.actor(lrs), event, timestamp)
}

/// The statement for an event, by this actor (a learning platform's learner).
pub fn statement_as(id: &str, actor: Value, event: &Event, timestamp: &str) -> Value {
    let (verb, object, result, parent) = match event {
        Event::LevelStarted { level } => (
            Verb::Attempted,
            activity("level", &[level], LESSON),
            None,
            None,
        ),
        Event::Choice {
            level,
            beat,
            choice,
            verdict,
            objectives,
        } => {
            let verdict = match verdict {
                crate::content::Verdict::Safe => "safe",
                crate::content::Verdict::Cautious => "cautious",
                crate::content::Verdict::Risky => "risky",
            };
            let mut object = activity("choice", &[level, beat], INTERACTION);
            object["definition"]["interactionType"] =
                json!(if choice.is_some() { "choice" } else { "other" });
            let evidence: Vec<Value> = objectives
                .iter()
                .map(|(objective, _)| activity("objective", &[objective], OBJECTIVE))
                .collect();
            let met = objectives.iter().all(|(_, e)| *e >= 0);
            let mut result = json!({
                "success": met,
                "extensions": {VERDICT_EXTENSION: verdict},
            });
            if let Some(choice) = choice {
                result["response"] = json!(choice);
            }
            let mut parents = vec![activity("level", &[level], LESSON)];
            parents.extend(evidence);
            (Verb::Answered, object, Some(result), Some(parents))
        }
        Event::ClueFound { level, card, clue } => (
            Verb::Experienced,
            activity("clue", &[level, card, clue], INTERACTION),
            None,
            Some(vec![activity("level", &[level], LESSON)]),
        ),
        Event::CheckAnswer { due, answer } => {
            let mut result = json!({
                "success": answer.right,
                "extensions": {CONFIDENCE_EXTENSION: answer.confidence.key()},
            });
            if let Some(not_ok) = answer.said_not_ok() {
                result["response"] = json!(if not_ok { "not-ok" } else { "ok" });
            }
            (
                Verb::Answered,
                activity("check", &[&answer.item], INTERACTION),
                Some(result),
                Some(vec![
                    activity("check-set", &[due_key(*due)], ASSESSMENT),
                    activity("objective", &[&answer.objective], OBJECTIVE),
                ]),
            )
        }
        Event::CheckFinished { due, record } => {
            let mut result = json!({
                "completion": true,
                "extensions": {CHECK_EXTENSION: record},
            });
            if let Some(score) = record.score() {
                result["score"] = json!({"scaled": score.clamp(0.0, 1.0)});
            }
            (
                Verb::Completed,
                activity("check-set", &[due_key(*due)], ASSESSMENT),
                Some(result),
                None,
            )
        }
        Event::LevelFinished { result } => {
            let scaled = if result.max_points == 0 {
                1.0
            } else {
                (f64::from(result.points) / f64::from(result.max_points)).clamp(0.0, 1.0)
            };
            (
                Verb::Completed,
                activity("level", &[&result.scenario], LESSON),
                Some(json!({
                    "completion": true,
                    "score": {
                        "scaled": scaled,
                        "raw": result.points,
                        "min": 0,
                        "max": result.max_points,
                    },
                    "extensions": {
                        OUTCOME_EXTENSION: outcome_key(result.outcome),
                        RESULT_EXTENSION: result,
                    },
                })),
                None,
            )
        }
    };
    let mut statement = json!({
        "id": id,
        "actor": actor,
        "verb": verb.json(),
        "object": object,
        "timestamp": timestamp,
    });
    if let Some(result) = result {
        statement["result"] = result;
    }
    if let Some(parents) = parent {
        statement["context"] = json!({"contextActivities": {"parent": parents}});
    }
    statement
}

fn outcome_key(outcome: crate::content::Outcome) -> &'static str {
    use crate::content::Outcome;
    match outcome {
        Outcome::Safe => "safe",
        Outcome::Mixed => "mixed",
        Outcome::Recovered => "recovered",
        Outcome::Harmful => "harmful",
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use rand::SeedableRng;

    use super::*;
    use crate::progress::{MemoryStorage, Storage};

    fn lrs() -> LrsSettings {
        LrsSettings {
            endpoint: "http://127.0.0.1:8100/xAPI/".into(),
            key: "k".into(),
            secret: "s".into(),
            school: "https://school.example".into(),
            send_nicknames: false,
        }
    }

    fn learner() -> Learner {
        Learner {
            account: "0f".repeat(16),
            nickname: Some("Zebra".into()),
        }
    }

    /// A record store in memory: keeps one statement per id, as a real one does;
    /// can be cut off, and can lose the reply to a batch it stored.
    #[derive(Default)]
    struct FakeStore {
        stored: BTreeMap<String, Value>,
        offline: bool,
        /// Store the next batch, then fail as if the connection dropped, and
        /// stay down.
        drop_reply: bool,
        /// As Ralph 5 does: a batch of statements all stored already is
        /// answered 204; a mix of stored and new ones fails whole with a 500.
        like_ralph: bool,
        /// Statements with this level are refused (a 400).
        refuse_level: Option<String>,
        requests: usize,
    }

    impl FakeStore {
        fn refuses(&self, statement: &Value) -> bool {
            self.refuse_level.as_ref().is_some_and(|level| {
                statement["object"]["id"] == activity_id("level", &[level.as_str()])
            })
        }
    }

    impl Transport for FakeStore {
        async fn post(&mut self, statements: &[Value]) -> Result<Reply, Unreachable> {
            self.requests += 1;
            if self.offline {
                return Err(Unreachable("offline".into()));
            }
            if statements.iter().any(|s| self.refuses(s)) {
                return Ok(Reply::Refused(
                    "400: not a statement this store takes".into(),
                ));
            }
            let ids: Vec<String> = statements.iter().map(|s| s["id"].to_string()).collect();
            let known = ids
                .iter()
                .filter(|id| self.stored.contains_key(*id))
                .count();
            if self.like_ralph && known == ids.len() {
                return Ok(Reply::Stored);
            }
            if self.like_ralph && known > 0 {
                return Err(Unreachable("the record store answered 500".into()));
            }
            if known > 0 {
                return Ok(Reply::AlreadyStored);
            }
            for (id, s) in ids.into_iter().zip(statements) {
                self.stored.insert(id, s.clone());
            }
            if std::mem::take(&mut self.drop_reply) {
                // And the network stays down (the game is as good as killed).
                self.offline = true;
                return Err(Unreachable("connection reset".into()));
            }
            Ok(Reply::Stored)
        }

        async fn put(&mut self, statement: &Value) -> Result<Reply, Unreachable> {
            self.requests += 1;
            if self.offline {
                return Err(Unreachable("offline".into()));
            }
            if self.refuses(statement) {
                return Ok(Reply::Refused(
                    "400: not a statement this store takes".into(),
                ));
            }
            let id = statement["id"].to_string();
            if self.stored.contains_key(&id) {
                return Ok(Reply::AlreadyStored);
            }
            self.stored.insert(id, statement.clone());
            Ok(Reply::Stored)
        }
    }

    fn made(n: usize, rng: &mut rand::rngs::StdRng) -> Vec<Value> {
        (0..n)
            .map(|i| {
                let event = Event::LevelStarted {
                    level: format!("level-{i}"),
                };
                let id = new_statement_id(rng);
                statement(&id, &learner(), &lrs(), &event, "2026-12-08T00:00:00Z")
            })
            .collect()
    }

    #[test]
    fn a_statement_names_no_child_unless_the_school_says_so() {
        let choice = Event::Choice {
            level: "contact-the-friendly-stranger".into(),
            beat: "asks-for-photo".into(),
            choice: Some("tell-an-adult".into()),
            verdict: crate::content::Verdict::Safe,
            objectives: vec![("seek-help".into(), 1)],
        };
        let s = statement("id-1", &learner(), &lrs(), &choice, "2026-12-08T00:00:00Z");
        assert_eq!(s["actor"]["account"]["name"], "0f".repeat(16));
        assert_eq!(s["actor"]["account"]["homePage"], "https://school.example");
        assert!(s["actor"].get("name").is_none());
        assert!(!s.to_string().contains("Zebra"));
        assert_eq!(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/answered");
        assert_eq!(
            s["object"]["id"],
            "urn:sango:choice:contact-the-friendly-stranger:asks-for-photo"
        );
        assert_eq!(s["result"]["response"], "tell-an-adult");
        assert_eq!(s["result"]["success"], true);
        assert_eq!(s["result"]["extensions"][VERDICT_EXTENSION], "safe");
        let parents = s["context"]["contextActivities"]["parent"]
            .as_array()
            .unwrap();
        assert!(
            parents
                .iter()
                .any(|p| p["id"] == "urn:sango:objective:seek-help")
        );

        let named = LrsSettings {
            send_nicknames: true,
            ..lrs()
        };
        let s = statement("id-2", &learner(), &named, &choice, "2026-12-08T00:00:00Z");
        assert_eq!(s["actor"]["name"], "Zebra");
    }

    #[test]
    fn ids_are_version_4_uuids_and_accounts_are_random() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let id = new_statement_id(&mut rng);
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert!("89ab".contains(&id[19..20]));
        assert_ne!(id, new_statement_id(&mut rng));
        let account = Learner::new_account_name(&mut rng);
        assert_eq!(account.len(), 32);
        assert_ne!(account, Learner::new_account_name(&mut rng));
        assert_eq!(activity_id("level", &["a b"]), "urn:sango:level:a%20b");
    }

    #[test]
    fn statements_wait_while_the_store_is_out_of_reach_and_arrive_once() {
        let storage = MemoryStorage::default();
        let outbox = Outbox::new(&storage);
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        let statements = made(120, &mut rng);
        for s in &statements[..70] {
            outbox.push(s).unwrap();
        }
        let mut store = FakeStore {
            offline: true,
            ..FakeStore::default()
        };
        let first = flush_blocking(&outbox, &mut store);
        assert_eq!((first.sent, first.left), (0, 70));
        assert_eq!(first.problem.as_deref(), Some("offline"));
        assert_eq!(outbox.waiting().unwrap().len(), 70);

        // Back online; the reply to the first batch is lost after it was stored
        // (the game is as good as killed mid-send).
        store.offline = false;
        store.drop_reply = true;
        let second = flush_blocking(&outbox, &mut store);
        assert_eq!(second.sent, 0);
        assert_eq!(store.stored.len(), BATCH);
        for s in &statements[70..] {
            outbox.push(s).unwrap();
        }
        store.offline = false;
        // The next flush: the first batch is already there (sent one by one),
        // the rest are new.
        let third = flush_blocking(&outbox, &mut store);
        assert_eq!((third.sent, third.left, third.problem), (120, 0, None));
        assert_eq!(store.stored.len(), 120);
        for s in &statements {
            assert_eq!(store.stored[&s["id"].to_string()], *s);
        }
        assert!(outbox.waiting().unwrap().is_empty());
    }

    #[test]
    fn a_batch_the_store_half_has_or_half_refuses_goes_one_by_one() {
        let storage = MemoryStorage::default();
        let outbox = Outbox::new(&storage);
        let mut rng = rand::rngs::StdRng::seed_from_u64(3);
        let statements = made(30, &mut rng);
        for s in &statements[..10] {
            outbox.push(s).unwrap();
        }
        // The first ten reach a store like Ralph; the reply is lost.
        let mut store = FakeStore {
            like_ralph: true,
            drop_reply: true,
            refuse_level: Some("level-17".into()),
            ..FakeStore::default()
        };
        assert_eq!(flush_blocking(&outbox, &mut store).sent, 0);
        // Twenty more are made; the store, back, fails the mix with a 500, and
        // one of them it refuses for good.
        for s in &statements[10..] {
            outbox.push(s).unwrap();
        }
        store.offline = false;
        let done = flush_blocking(&outbox, &mut store);
        assert_eq!((done.sent, done.set_aside, done.left), (29, 1, 0));
        assert!(done.problem.unwrap().contains("400"));
        assert_eq!(store.stored.len(), 29);
        assert!(outbox.waiting().unwrap().is_empty());
        // The refused one is kept aside, not lost, and sent no more.
        let aside = storage.list(OUTBOX).unwrap();
        assert_eq!(aside.len(), 1);
        assert!(aside[0].contains("refused"), "{aside:?}");
        let requests = store.requests;
        assert_eq!(flush_blocking(&outbox, &mut store), Flushed::default());
        assert_eq!(store.requests, requests, "nothing left to send");

        // The store out of reach: one request, not one per statement.
        outbox.push(&made(1, &mut rng)[0]).unwrap();
        outbox.push(&made(1, &mut rng)[0]).unwrap();
        let mut down = FakeStore {
            offline: true,
            ..FakeStore::default()
        };
        let done = flush_blocking(&outbox, &mut down);
        assert_eq!((done.sent, done.left), (0, 2));
        assert_eq!(down.requests, 2, "the batch, then the first alone");
    }

    #[test]
    fn the_outbox_keeps_the_order_made_and_sets_a_damaged_file_aside() {
        let storage = MemoryStorage::default();
        let outbox = Outbox::new(&storage);
        let mut rng = rand::rngs::StdRng::seed_from_u64(2);
        let statements = made(3, &mut rng);
        for s in &statements {
            outbox.push(s).unwrap();
        }
        storage
            .write(&format!("{OUTBOX}/000000000099-x.json"), "{ half a statem")
            .unwrap();
        let waiting = outbox.waiting().unwrap();
        let ids: Vec<_> = waiting.iter().map(|w| w.statement["id"].clone()).collect();
        let made_ids: Vec<_> = statements.iter().map(|s| s["id"].clone()).collect();
        assert_eq!(ids, made_ids);
        // Not sent, not deleted: moved aside for a person to look at.
        let all = storage.list(OUTBOX).unwrap();
        assert!(
            !all.iter().any(|n| n.ends_with("000000000099-x.json")),
            "{all:?}"
        );
        let mut store = FakeStore::default();
        assert_eq!(flush_blocking(&outbox, &mut store).sent, 3);
    }

    #[test]
    fn a_played_level_and_a_check_read_back_as_the_childs_folder_keeps_them() {
        use crate::play::Run;
        use crate::play::tests::{scenario, spot_scenario};
        let mut told = RunEvents::default();
        let mut run = Run::start(spot_scenario(), 1).unwrap();
        let mut events = told.since(&run);
        run.tap(0).unwrap();
        events.extend(told.since(&run));
        // An innocent part, and a clue tapped twice: told once.
        run.tap(1).unwrap();
        run.tap(0).unwrap();
        events.extend(told.since(&run));
        run.tap(2).unwrap();
        events.extend(told.since(&run));
        run.finish_spot().unwrap();
        events.extend(told.since(&run));
        assert!(told.since(&run).is_empty(), "nothing is told twice");
        let card = run.result().unwrap();
        let kinds: Vec<String> = events
            .iter()
            .map(|e| match e {
                Event::LevelStarted { .. } => "started".into(),
                Event::ClueFound { clue, .. } => format!("clue {clue}"),
                Event::Choice {
                    choice: None,
                    verdict,
                    ..
                } => format!("card {verdict:?}"),
                Event::LevelFinished { .. } => "finished".into(),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "started",
                "clue link",
                "clue caps",
                "card Cautious",
                "finished"
            ]
        );

        // A level played twice (the better result is kept) and a warm-up.
        let mut played = Vec::new();
        for choice in ["share", "tell"] {
            let mut told = RunEvents::default();
            let mut run = Run::start(scenario(), 3).unwrap();
            run.advance().unwrap();
            let crate::play::Step::Decision { choices, .. } = run.step() else {
                panic!("a decision")
            };
            let shown = choices.iter().position(|c| c.text == choice).unwrap();
            run.choose(shown).unwrap();
            events.extend(told.since(&run));
            played.push(run.result().unwrap());
        }
        let record = crate::progress::checks::CheckRecord {
            set: crate::content::ItemSet::A,
            band: crate::content::AgeBand::Ages9To12,
            answers: vec![crate::progress::checks::Answer {
                item: "a-stranger-asks".into(),
                objective: "block-report-tell".into(),
                right: true,
                confidence: crate::progress::checks::Confidence::FairlySure,
                safe: Some(false),
            }],
            day: Some(20_000),
        };
        events.push(Event::CheckAnswer {
            due: Due::WarmUp,
            answer: record.answers[0].clone(),
        });
        events.push(Event::CheckFinished {
            due: Due::WarmUp,
            record: record.clone(),
        });

        let storage = MemoryStorage::default();
        let outbox = Outbox::new(&storage);
        let mut rng = rand::rngs::StdRng::seed_from_u64(4);
        for (i, event) in events.iter().enumerate() {
            let id = new_statement_id(&mut rng);
            let at = format!("2026-12-08T00:00:{i:02}Z");
            outbox
                .push(&statement(&id, &learner(), &lrs(), event, &at))
                .unwrap();
        }
        // Another school's child in the same store is not in this class.
        let elsewhere = LrsSettings {
            school: "https://other.example".into(),
            ..lrs()
        };
        let id = new_statement_id(&mut rng);
        let finished = Event::LevelFinished {
            result: card.clone(),
        };
        outbox
            .push(&statement(
                &id,
                &learner(),
                &elsewhere,
                &finished,
                "2026-12-08T01:00:00Z",
            ))
            .unwrap();
        let mut store = FakeStore::default();
        assert_eq!(flush_blocking(&outbox, &mut store).left, 0);
        let statements: Vec<Value> = store.stored.values().cloned().collect();

        let class = class_from_statements(&statements, "https://school.example");
        assert_eq!(class.len(), 1);
        let child = &class[0];
        assert_eq!(child.nickname, "#0f0f0f");
        let mut folder =
            crate::progress::Profile::new(1, child.nickname.clone(), Default::default());
        folder.keep_best(card);
        for result in played {
            folder.keep_best(result);
        }
        folder.checks.warm_up = Some(record);
        assert_eq!(*child, folder);
        assert_eq!(child.results["t"].outcome, crate::content::Outcome::Safe);
    }
}
