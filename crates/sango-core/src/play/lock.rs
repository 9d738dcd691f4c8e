//! "Lock it": a passphrase built from pieces and the account's sign-in
//! settings, then, once locked, the page to sign in on, picked by its address.
//! Judged as a whole when the child signs in.

use crate::content::{Lock, Node, Verdict};

use super::{PlayError, Run};

/// How an account was locked.
#[derive(Debug, Clone, PartialEq)]
pub struct LockResult {
    /// The passphrase's pieces, in the order added.
    pub pieces: Vec<usize>,
    pub passphrase: Verdict,
    /// Each sign-in setting: the value chosen and how well it fits.
    pub settings: Vec<(usize, Verdict)>,
    /// The page signed in on (by index into `pages`) and whether it is real.
    pub page: usize,
    pub real_page: bool,
    pub verdict: Verdict,
}

impl LockResult {
    fn judge(lock: &Lock, pieces: &[usize], chosen: &[usize], page: usize) -> Self {
        Self {
            pieces: pieces.to_vec(),
            passphrase: lock.passphrase_verdict(pieces),
            settings: chosen
                .iter()
                .copied()
                .zip(crate::content::setup::fits(&lock.settings, chosen))
                .collect(),
            page,
            real_page: lock.page_verdict(page) == Verdict::Safe,
            verdict: lock.verdict(pieces, chosen, page),
        }
    }
}

impl Run {
    /// Locks the account as it is: on to signing in. (The passphrase and the
    /// settings are judged with the page.)
    pub fn lock_in(&mut self) -> Result<(), PlayError> {
        if !matches!(self.node(), Node::Lock(_)) {
            return Err(PlayError::NotALock);
        }
        self.locked = true;
        Ok(())
    }

    /// Signs in on the page shown at `shown` (0-based, in shown order), once
    /// the account is locked; scores the whole like a decision, and moves on.
    pub fn sign_in(&mut self, shown: usize) -> Result<LockResult, PlayError> {
        let Node::Lock(lock) = self.node() else {
            return Err(PlayError::NotALock);
        };
        if !self.locked {
            return Err(PlayError::NotLocked);
        }
        let page = *self.pages.get(shown).ok_or(PlayError::NoSuchPage(shown))?;
        let result = LockResult::judge(lock, &self.added, &self.chosen, page);
        let (next, evidence) = (lock.next.clone(), lock.evidence.clone());
        let line = (lock.speaker.clone(), lock.text.clone());
        self.judged(&next, result.verdict, &evidence)?;
        self.said.push(line);
        Ok(result)
    }

    /// The ways a child may lock the current account (see [`Lock::ways`]).
    pub(super) fn lock_ways(&self) -> Vec<crate::content::LockWay> {
        match self.node() {
            Node::Lock(l) => l.ways(),
            _ => Vec::new(),
        }
    }

    /// The shown position of a page (pages are shown in an order of their own).
    pub fn page_shown_at(&self, page: usize) -> Option<usize> {
        self.pages.iter().position(|p| *p == page)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::content::Scenario;
    use crate::content::load::parse;
    use crate::play::Step;

    /// A games account: three everyday words, a pet's name, "1234", a
    /// jumble; two-step sign-in; a real page and two fakes.
    const ACCOUNT: &str = r#"Scenario(
    id: "l", risk: Contract, ages: [Ages13To15], objectives: ["guard-personal-info"],
    start: "lock",
    beats: {
        "lock": Lock(speaker: Sango, text: "lock",
            pieces: [
                Piece(text: "teapot", kind: Word, feedback: "f"),
                Piece(text: "biscuit", kind: Personal, feedback: "f"),
                Piece(text: "orbit", kind: Word, feedback: "f"),
                Piece(text: "1234", kind: Common, feedback: "f"),
                Piece(text: "jumble", kind: Jumble, feedback: "f"),
                Piece(text: "wellies", kind: Word, feedback: "f"),
            ],
            settings: [
                Setting(text: "two-step", start: 0, values: [
                    Value(text: "off", fit: Risky, feedback: "f"),
                    Value(text: "phone", fit: Safe, feedback: "f"),
                ]),
            ],
            sign_in: "sign-in",
            pages: [
                Page(address: "fake-1", real: false, feedback: "f"),
                Page(address: "real", real: true, feedback: "f"),
                Page(address: "fake-2", real: false, feedback: "f"),
            ],
            evidence: {"guard-personal-info": 1}, next: "end"),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#;

    fn run() -> Run {
        let scenario: Scenario = parse(Path::new("l.ron"), ACCOUNT).expect("parses");
        Run::start(Arc::new(scenario), 3).unwrap()
    }

    fn locked(pieces: &[usize], two_step: usize, page: usize) -> LockResult {
        let mut run = run();
        for &p in pieces {
            run.add(p).unwrap();
        }
        run.set(0, two_step).unwrap();
        assert_eq!(run.sign_in(0), Err(PlayError::NotLocked));
        run.lock_in().unwrap();
        let Step::Lock { locked: true, .. } = run.step() else {
            panic!("signing in")
        };
        let shown = run.page_shown_at(page).unwrap();
        run.sign_in(shown).unwrap()
    }

    #[test]
    fn three_everyday_words_two_step_and_the_real_page_lock_it() {
        let well = locked(&[0, 2, 5], 1, 1);
        assert_eq!(well.verdict, Verdict::Safe);
        assert!(well.real_page);
        // The same lock, signed in on a fake page: the passphrase is gone.
        assert_eq!(locked(&[0, 2, 5], 1, 0).verdict, Verdict::Risky);
        // Two-step sign-in left off, where the story says it must be on.
        let off = locked(&[0, 2, 5], 0, 1);
        assert_eq!(
            (off.passphrase, off.verdict),
            (Verdict::Safe, Verdict::Risky)
        );
    }

    #[test]
    fn a_guessable_piece_spoils_a_long_passphrase_and_a_jumble_is_not_memorable() {
        let with_pet = locked(&[0, 1, 2, 5], 1, 1);
        assert_eq!(with_pet.passphrase, Verdict::Risky);
        assert_eq!(locked(&[3], 1, 1).passphrase, Verdict::Risky);
        assert_eq!(locked(&[4], 1, 1).passphrase, Verdict::Cautious);
        assert_eq!(locked(&[0, 2], 1, 1).passphrase, Verdict::Cautious);
        assert_eq!(locked(&[0], 1, 1).passphrase, Verdict::Risky);
        assert_eq!(locked(&[], 1, 1).passphrase, Verdict::Risky);
    }

    #[test]
    fn only_locking_it_well_wins_of_the_ways_the_explorer_plays() {
        let run = run();
        let Node::Lock(lock) = run.node() else {
            panic!("a lock")
        };
        let ways = lock.ways();
        assert_eq!(
            ways.len(),
            6,
            "well, every piece, a jumble, defaults, two fakes"
        );
        for (i, way) in ways.iter().enumerate() {
            let verdict = lock.verdict(&way.pieces, &way.values, way.page);
            assert_eq!(verdict == Verdict::Safe, i == 0, "{}", way.name);
        }
    }
}
