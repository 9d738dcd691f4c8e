//! The outbox: statements kept in the game's storage until the record store
//! has them, and the flush that sends them.

use serde_json::Value;

use crate::progress::{Storage, StorageError};

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

/// How statements reach the store. Asynchronous, so that the browser's `fetch`
/// can be one; a blocking client (the desktop's) is ready at the first poll, and
/// [`flush_blocking`] drives it.
// Not `Send`-bound on purpose: the browser's futures are not, and every caller
// names its transport's type.
#[allow(async_fn_in_trait)]
pub trait Transport {
    /// POSTs these statements as one batch.
    async fn post(&mut self, statements: &[Value]) -> Result<Reply, Unreachable>;
    /// PUTs one statement under its id (`statements?statementId=…`).
    async fn put(&mut self, statement: &Value) -> Result<Reply, Unreachable>;
}

/// How a flush went.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Flushed {
    pub sent: usize,
    pub left: usize,
    /// Refused for good by the store: set aside beside the outbox.
    pub set_aside: usize,
    /// Why some were left: the store could not be reached, or refused them.
    pub problem: Option<String>,
}

/// At most this many statements in one request.
pub const BATCH: usize = 50;

/// Sends what waits in the outbox, oldest first, in batches, and removes each
/// statement once the store has it. A batch the store does not take whole is
/// sent again one statement at a time (PUT under its id): after a send cut off
/// before the outbox heard back, the store has part of it (a 409, or, from some
/// stores, a 500 for the mix) and keeps one of each; and one statement it
/// refuses for good does not hold back the others. A refused statement is set
/// aside in the storage (kept for a person to look at, never sent again).
pub async fn flush(outbox: &Outbox<'_>, transport: &mut impl Transport) -> Flushed {
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
        match transport.post(&statements).await {
            Ok(Reply::Stored) => {
                for w in batch {
                    done.stored(outbox, w);
                }
                continue;
            }
            Ok(Reply::AlreadyStored) => {}
            Ok(Reply::Refused(why)) | Err(Unreachable(why)) if batch.len() > 1 => {
                // Told only if sending them one by one does not work either.
                done.problem = Some(why);
            }
            Ok(Reply::Refused(why)) => {
                done.refused(outbox, &batch[0], why);
                continue;
            }
            Err(Unreachable(why)) => {
                done.problem = Some(why);
                return done;
            }
        }
        let batch_problem = done.problem.take();
        for w in batch {
            match transport.put(&w.statement).await {
                Ok(Reply::Stored | Reply::AlreadyStored) => done.stored(outbox, w),
                Ok(Reply::Refused(why)) => done.refused(outbox, w, why),
                Err(Unreachable(why)) => {
                    done.problem = Some(batch_problem.unwrap_or(why));
                    return done;
                }
            }
        }
    }
    done
}

impl Flushed {
    /// The store has it: out of the outbox. If the removal fails, the next flush
    /// sends it again, and the store keeps one (same id).
    fn stored(&mut self, outbox: &Outbox<'_>, w: &Waiting) {
        match outbox.remove(&w.name) {
            Ok(()) => {
                self.sent += 1;
                self.left -= 1;
            }
            Err(e) => self.problem = Some(e.to_string()),
        }
    }

    /// Refused for good: set aside, so it holds nothing back, and said.
    fn refused(&mut self, outbox: &Outbox<'_>, w: &Waiting, why: String) {
        if outbox.storage.set_aside(&w.name, "refused").is_ok() {
            self.set_aside += 1;
            self.left -= 1;
        }
        self.problem = Some(why);
    }
}

/// [`flush`] through a transport that never waits (the desktop's blocking
/// client, the tests' fake store): its futures are ready when first polled.
pub fn flush_blocking(outbox: &Outbox<'_>, transport: &mut impl Transport) -> Flushed {
    let mut future = std::pin::pin!(flush(outbox, transport));
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(done) => done,
        // A transport that waits must be driven by an executor (the browser's).
        std::task::Poll::Pending => Flushed {
            problem: Some("the transport waited: it needs an executor".into()),
            ..Flushed::default()
        },
    }
}
