//! How a locked account is judged ("lock it"): a passphrase strong and
//! memorable, sign-in settings that fit, and the real sign-in page. The whole
//! is as safe as its weakest part. The linter and the player share the rule.

use super::schema::{Lock, PieceKind, Verdict};
use super::setup;

/// What a passphrase is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Passphrase {
    /// Everyday words.
    pub words: usize,
    /// Pieces anyone could guess: something personal, or a common password.
    pub guessable: usize,
    /// Jumbles of characters: strong, but not memorable.
    pub jumbles: usize,
}

/// One way a child may lock the account: the pieces of the passphrase, each
/// setting's value, and the page signed in on (by index into `pages`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockWay {
    pub name: String,
    pub pieces: Vec<usize>,
    pub values: Vec<usize>,
    pub page: usize,
}

impl Lock {
    /// What the pieces added make.
    pub fn passphrase(&self, added: &[usize]) -> Passphrase {
        let mut p = Passphrase::default();
        for piece in added.iter().filter_map(|&i| self.pieces.get(i)) {
            match piece.kind {
                PieceKind::Word => p.words += 1,
                PieceKind::Personal | PieceKind::Common => p.guessable += 1,
                PieceKind::Jumble => p.jumbles += 1,
            }
        }
        p
    }

    /// Safe with enough everyday words and nothing guessable or unmemorable;
    /// risky when anything is guessable, or it is too short to hold (under
    /// half the words, no jumble); cautious between: a jumble is strong but
    /// gets written down, two words are better than one but not enough.
    pub fn passphrase_verdict(&self, added: &[usize]) -> Verdict {
        let p = self.passphrase(added);
        if p.guessable > 0 {
            Verdict::Risky
        } else if p.words >= self.words && p.jumbles == 0 {
            Verdict::Safe
        } else if p.jumbles > 0 || (p.words > 0 && p.words * 2 >= self.words) {
            Verdict::Cautious
        } else {
            Verdict::Risky
        }
    }

    /// How well the sign-in settings fit (Safe when there are none).
    pub fn settings_verdict(&self, chosen: &[usize]) -> Verdict {
        if self.settings.is_empty() {
            Verdict::Safe
        } else {
            setup::verdict(&self.settings, chosen)
        }
    }

    /// The real page is safe; a fake one takes the passphrase.
    pub fn page_verdict(&self, page: usize) -> Verdict {
        match self.pages.get(page) {
            Some(p) if p.real => Verdict::Safe,
            _ => Verdict::Risky,
        }
    }

    /// The weakest of the three parts.
    pub fn verdict(&self, added: &[usize], chosen: &[usize], page: usize) -> Verdict {
        [
            self.passphrase_verdict(added),
            self.settings_verdict(chosen),
            self.page_verdict(page),
        ]
        .into_iter()
        .min_by_key(|v| v.points())
        .unwrap_or(Verdict::Risky)
    }

    fn pieces_of(&self, kinds: &[PieceKind]) -> Vec<usize> {
        (0..self.pieces.len())
            .filter(|&i| kinds.contains(&self.pieces[i].kind))
            .collect()
    }

    /// The ways a child may lock the account: well (every everyday word, the
    /// settings that fit, the real page); every piece; a jumble alone; the
    /// app's defaults; and each fake page after a good lock. The explorer
    /// plays them all; only the first may win.
    pub fn ways(&self) -> Vec<LockWay> {
        let words = self.pieces_of(&[PieceKind::Word]);
        let fitting = setup::fitting(&self.settings);
        let real = self.pages.iter().position(|p| p.real).unwrap_or(0);
        let way = |name: &str, pieces: Vec<usize>, values: &[usize], page| LockWay {
            name: name.to_string(),
            pieces,
            values: values.to_vec(),
            page,
        };
        let mut ways = vec![
            way("locking it well", words.clone(), &fitting, real),
            way(
                "adding every piece",
                (0..self.pieces.len()).collect(),
                &fitting,
                real,
            ),
            way(
                "a jumble alone",
                self.pieces_of(&[PieceKind::Jumble]),
                &fitting,
                real,
            ),
        ];
        if !self.settings.is_empty() {
            let defaults: Vec<usize> = self.settings.iter().map(|s| s.start).collect();
            ways.push(way(
                "leaving the sign-in settings as they came",
                words.clone(),
                &defaults,
                real,
            ));
        }
        for (i, _) in self.pages.iter().enumerate().filter(|(_, p)| !p.real) {
            ways.push(way(
                &format!("signing in on page {}", i + 1),
                words.clone(),
                &fitting,
                i,
            ));
        }
        ways
    }
}
