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
use serde::Deserialize;
use serde_json::{Value, json};

use crate::progress::{Storage, StorageError};

/// Where statements go, from the school's `settings.ron` (`lrs: (…)`). Off when
/// left out.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LrsSettings {
    /// The store's xAPI endpoint, e.g. `https://lrs.school.example/xAPI/`.
    pub endpoint: String,
    /// The store's key and secret (HTTP Basic authentication).
    pub key: String,
    pub secret: String,
    /// The school's own address: the home page of the children's pseudonymous
    /// accounts (`actor.account.homePage`).
    pub school: String,
    /// Send each child's nickname with their statements (off: only the random
    /// account name goes).
    #[serde(default)]
    pub send_nicknames: bool,
}

/// ADL's verbs, the ones the game uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Attempted,
    Answered,
    Experienced,
    Completed,
}

impl Verb {
    pub fn id(self) -> &'static str {
        match self {
            Verb::Attempted => "http://adlnet.gov/expapi/verbs/attempted",
            Verb::Answered => "http://adlnet.gov/expapi/verbs/answered",
            Verb::Experienced => "http://adlnet.gov/expapi/verbs/experienced",
            Verb::Completed => "http://adlnet.gov/expapi/verbs/completed",
        }
    }

    fn display(self) -> &'static str {
        match self {
            Verb::Attempted => "attempted",
            Verb::Answered => "answered",
            Verb::Experienced => "experienced",
            Verb::Completed => "completed",
        }
    }

    fn json(self) -> Value {
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
    /// A choice made in a level, with the objectives it gives evidence of
    /// (positive: met; negative: missed).
    Choice {
        level: String,
        beat: String,
        choice: String,
        verdict: crate::content::Verdict,
        objectives: Vec<(String, i32)>,
    },
    /// A clue found on a clue card.
    ClueFound {
        level: String,
        card: String,
        clue: String,
    },
    /// An answer in the check: judged a situation risky or fine, rightly or not,
    /// this sure.
    CheckAnswer {
        situation: String,
        judged_risky: bool,
        right: bool,
        confidence: crate::progress::checks::Confidence,
    },
    /// A level finished: its score out of 1 and its outcome.
    LevelFinished {
        level: String,
        score: f64,
        outcome: crate::content::Outcome,
    },
}

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
            object["definition"]["interactionType"] = json!("choice");
            let evidence: Vec<Value> = objectives
                .iter()
                .map(|(objective, _)| activity("objective", &[objective], OBJECTIVE))
                .collect();
            let met = objectives.iter().all(|(_, e)| *e >= 0);
            let result = json!({
                "response": choice,
                "success": met,
                "extensions": {VERDICT_EXTENSION: verdict},
            });
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
        Event::CheckAnswer {
            situation,
            judged_risky,
            right,
            confidence,
        } => (
            Verb::Answered,
            activity("check", &[situation], ASSESSMENT),
            Some(json!({
                "response": if *judged_risky { "not-ok" } else { "ok" },
                "success": right,
                "extensions": {CONFIDENCE_EXTENSION: confidence_name(*confidence)},
            })),
            None,
        ),
        Event::LevelFinished {
            level,
            score,
            outcome,
        } => {
            let score = score.clamp(0.0, 1.0);
            let outcome = match outcome {
                crate::content::Outcome::Safe => "safe",
                crate::content::Outcome::Mixed => "mixed",
                crate::content::Outcome::Recovered => "recovered",
                crate::content::Outcome::Harmful => "harmful",
            };
            (
                Verb::Completed,
                activity("level", &[level], LESSON),
                Some(json!({
                    "completion": true,
                    "score": {"scaled": score},
                    "extensions": {"urn:sango:extension:outcome": outcome},
                })),
                None,
            )
        }
    };
    let mut statement = json!({
        "id": id,
        "actor": learner.actor(lrs),
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

fn confidence_name(c: crate::progress::checks::Confidence) -> &'static str {
    use crate::progress::checks::Confidence;
    match c {
        Confidence::Guessing => "guessing",
        Confidence::FairlySure => "fairly-sure",
        Confidence::VerySure => "very-sure",
    }
}

/// The folder (or localStorage prefix) statements wait in.
pub const OUTBOX: &str = "xapi-outbox";

/// Statements made and not yet stored by the record store, kept in the game's
/// storage, one document each, in the order they were made.
pub struct Outbox<'a> {
    storage: &'a dyn Storage,
}

/// A statement waiting, as kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting {
    /// The document's name in the storage.
    pub name: String,
    pub statement: Value,
}

impl<'a> Outbox<'a> {
    pub fn new(storage: &'a dyn Storage) -> Self {
        Self { storage }
    }

    /// Keeps a statement until it is sent. Written whole (the storage's writes
    /// are atomic) before [`flush`] may send it.
    pub fn push(&self, statement: &Value) -> Result<(), StorageError> {
        let id = statement["id"].as_str().unwrap_or("no-id");
        // Named so that the storage's sorted listing is the order made in.
        let next = self
            .storage
            .list(OUTBOX)?
            .iter()
            .filter_map(|n| sequence_of(n))
            .max()
            .map_or(0, |n| n + 1);
        let name = format!("{OUTBOX}/{next:012}-{id}.json");
        self.storage.write(&name, &statement.to_string())
    }

    /// Every statement waiting, oldest first. A document that is not a
    /// statement (a damaged file) is set aside, never sent and never deleted.
    pub fn waiting(&self) -> Result<Vec<Waiting>, StorageError> {
        let mut out = Vec::new();
        for name in self.storage.list(OUTBOX)? {
            if sequence_of(&name).is_none() {
                continue;
            }
            let Some(text) = self.storage.read(&name)? else {
                continue;
            };
            match serde_json::from_str::<Value>(&text) {
                Ok(statement) if statement["id"].is_string() => {
                    out.push(Waiting { name, statement })
                }
                _ => {
                    let _ = self.storage.set_aside(&name, "damaged")?;
                }
            }
        }
        Ok(out)
    }

    fn remove(&self, name: &str) -> Result<(), StorageError> {
        self.storage.remove(name)
    }
}

fn sequence_of(name: &str) -> Option<u64> {
    let file = name.strip_prefix(OUTBOX)?.strip_prefix('/')?;
    if !file.ends_with(".json") {
        return None;
    }
    file.split('-').next()?.parse().ok()
}

/// What the record store said to a batch of statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Stored (200 to a POST, 204 to a PUT).
    Stored,
    /// 409: a statement with one of these ids is already stored. Ours never
    /// reuse an id, so the store has it from an earlier send that was cut off.
    AlreadyStored,
    /// Refused for good (400, 403, 413 …): kept, and said to the teacher.
    Refused(String),
}

/// Could not reach the store (no network, timed out, 5xx): try later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreachable(pub String);

/// How statements reach the store.
pub trait Transport {
    /// POSTs these statements as one batch.
    fn post(&mut self, statements: &[Value]) -> Result<Reply, Unreachable>;
    /// PUTs one statement under its id (`statements?statementId=…`).
    fn put(&mut self, statement: &Value) -> Result<Reply, Unreachable>;
}

/// How a flush went.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Flushed {
    pub sent: usize,
    pub left: usize,
    /// Why some were left: the store could not be reached, or refused them.
    pub problem: Option<String>,
}

/// At most this many statements in one request.
pub const BATCH: usize = 50;

/// Sends what waits in the outbox, oldest first, in batches, and removes each
/// statement once the store has it. A batch the store says it partly has (a
/// send cut off before the outbox heard back) is sent again one by one under
/// each id, so that the new ones are stored and none is stored twice.
pub fn flush(outbox: &Outbox<'_>, transport: &mut dyn Transport) -> Flushed {
    let waiting = match outbox.waiting() {
        Ok(w) => w,
        Err(e) => {
            return Flushed {
                problem: Some(e.to_string()),
                ..Flushed::default()
            };
        }
    };
    let mut done = Flushed {
        left: waiting.len(),
        ..Flushed::default()
    };
    for batch in waiting.chunks(BATCH) {
        let statements: Vec<Value> = batch.iter().map(|w| w.statement.clone()).collect();
        let stored = match transport.post(&statements) {
            Ok(Reply::Stored) => batch.iter().collect::<Vec<_>>(),
            Ok(Reply::AlreadyStored) => {
                let mut stored = Vec::new();
                for w in batch {
                    match transport.put(&w.statement) {
                        Ok(Reply::Stored | Reply::AlreadyStored) => stored.push(w),
                        Ok(Reply::Refused(why)) => {
                            done.problem = Some(why);
                        }
                        Err(Unreachable(why)) => {
                            done.problem = Some(why);
                            break;
                        }
                    }
                }
                stored
            }
            Ok(Reply::Refused(why)) => {
                done.problem = Some(why);
                return done;
            }
            Err(Unreachable(why)) => {
                done.problem = Some(why);
                return done;
            }
        };
        for w in &stored {
            // Stored by the store: if this removal fails, the next flush sends
            // it again, and the store keeps one (same id).
            if let Err(e) = outbox.remove(&w.name) {
                done.problem = Some(e.to_string());
            } else {
                done.sent += 1;
                done.left -= 1;
            }
        }
        if stored.len() < batch.len() {
            return done;
        }
    }
    done
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use rand::SeedableRng;

    use super::*;
    use crate::progress::MemoryStorage;

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
        /// Store the next batch, then fail as if the connection dropped.
        drop_reply: bool,
        requests: usize,
    }

    impl Transport for FakeStore {
        fn post(&mut self, statements: &[Value]) -> Result<Reply, Unreachable> {
            self.requests += 1;
            if self.offline {
                return Err(Unreachable("offline".into()));
            }
            let ids: Vec<String> = statements.iter().map(|s| s["id"].to_string()).collect();
            if ids.iter().any(|id| self.stored.contains_key(id)) {
                return Ok(Reply::AlreadyStored);
            }
            for (id, s) in ids.into_iter().zip(statements) {
                self.stored.insert(id, s.clone());
            }
            if std::mem::take(&mut self.drop_reply) {
                return Err(Unreachable("connection reset".into()));
            }
            Ok(Reply::Stored)
        }

        fn put(&mut self, statement: &Value) -> Result<Reply, Unreachable> {
            self.requests += 1;
            if self.offline {
                return Err(Unreachable("offline".into()));
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
            choice: "tell-an-adult".into(),
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
        let first = flush(&outbox, &mut store);
        assert_eq!((first.sent, first.left), (0, 70));
        assert_eq!(first.problem.as_deref(), Some("offline"));
        assert_eq!(outbox.waiting().unwrap().len(), 70);

        // Back online; the reply to the first batch is lost after it was stored
        // (the game is as good as killed mid-send).
        store.offline = false;
        store.drop_reply = true;
        let second = flush(&outbox, &mut store);
        assert_eq!(second.sent, 0);
        assert_eq!(store.stored.len(), BATCH);
        for s in &statements[70..] {
            outbox.push(s).unwrap();
        }
        // The next flush: the first batch is already there (sent one by one),
        // the rest are new.
        let third = flush(&outbox, &mut store);
        assert_eq!((third.sent, third.left, third.problem), (120, 0, None));
        assert_eq!(store.stored.len(), 120);
        for s in &statements {
            assert_eq!(store.stored[&s["id"].to_string()], *s);
        }
        assert!(outbox.waiting().unwrap().is_empty());
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
        assert_eq!(flush(&outbox, &mut store).sent, 3);
    }
}
