//! Who is playing and how they did: profiles (a nickname and an avatar, nothing
//! more) and their best result per scenario, and the classroom's settings, saved
//! through a [`Store`] on a [`Storage`].

pub mod pin;
mod storage;
mod store;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::play::RunResult;
#[cfg(not(target_arch = "wasm32"))]
pub use storage::FileStorage;
#[cfg(target_arch = "wasm32")]
pub use storage::LocalStorage;
pub use storage::{Held, MemoryStorage, Storage, StorageError};
pub use store::{LoadWarning, Machine, Progress, Store, StoreError, V1_FILE, VERSION};

pub const NICKNAME_MAX_CHARS: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Avatar {
    #[default]
    Coral,
    Sun,
    Leaf,
    Sky,
    Violet,
    Rose,
}

impl Avatar {
    pub const ALL: [Avatar; 6] = [
        Avatar::Coral,
        Avatar::Sun,
        Avatar::Leaf,
        Avatar::Sky,
        Avatar::Violet,
        Avatar::Rose,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Avatar::Coral => "coral",
            Avatar::Sun => "sun",
            Avatar::Leaf => "leaf",
            Avatar::Sky => "sky",
            Avatar::Violet => "violet",
            Avatar::Rose => "rose",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub id: u32,
    pub nickname: String,
    pub avatar: Avatar,
    /// Best result per scenario id.
    #[serde(default)]
    pub results: BTreeMap<String, RunResult>,
    /// The language this child plays in, once chosen.
    #[serde(default)]
    pub language: Option<String>,
    /// How this child likes to play (text size, contrast, sound), once changed.
    #[serde(default)]
    pub preferences: Option<crate::prefs::Preferences>,
    /// The warm-up and look-back, once taken.
    #[serde(default, skip_serializing_if = "crate::learning::Checks::is_empty")]
    pub checks: crate::learning::Checks,
}

impl Profile {
    /// Keeps the better of a new result and the one held for its scenario: more
    /// stars, then more points. Returns whether the new one was kept.
    pub fn keep_best(&mut self, result: RunResult) -> bool {
        let better = self
            .results
            .get(&result.scenario)
            .is_none_or(|old| (result.stars, result.points) >= (old.stars, old.points));
        if better {
            self.results.insert(result.scenario.clone(), result);
        }
        better
    }

    /// Levels finished and stars earned.
    pub fn totals(&self) -> (usize, u32) {
        (
            self.results.len(),
            self.results.values().map(|r| u32::from(r.stars)).sum(),
        )
    }
}

/// Whether two nicknames name the same child (letter case aside).
pub fn same_nickname(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProfileError {
    #[error("a nickname needs at least one letter")]
    EmptyNickname,
    #[error("a nickname has at most {NICKNAME_MAX_CHARS} characters")]
    NicknameTooLong,
    #[error("that nickname is taken")]
    NicknameTaken,
    #[error("no profile {0}")]
    NoSuchProfile(u32),
}

impl ProfileError {
    /// The message key the game shows for it.
    pub fn key(&self) -> &'static str {
        match self {
            ProfileError::EmptyNickname => "profile-error-empty",
            ProfileError::NicknameTooLong => "profile-error-too-long",
            ProfileError::NicknameTaken => "profile-error-taken",
            ProfileError::NoSuchProfile(_) => "profile-error-missing",
        }
    }
}

/// Cleans a typed nickname: trimmed, single spaces, no control characters.
pub fn clean_nickname(raw: &str) -> Result<String, ProfileError> {
    let cleaned = raw
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>();
    if cleaned.is_empty() {
        Err(ProfileError::EmptyNickname)
    } else if cleaned.chars().count() > NICKNAME_MAX_CHARS {
        Err(ProfileError::NicknameTooLong)
    } else {
        Ok(cleaned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Outcome;

    pub(crate) fn result(scenario: &str, stars: u8, points: u32) -> RunResult {
        RunResult {
            scenario: scenario.into(),
            outcome: Outcome::Safe,
            stars,
            points,
            max_points: 4,
            evidence: BTreeMap::new(),
            recovered: false,
        }
    }

    #[test]
    fn a_nickname_is_tidied_and_bounded() {
        assert_eq!(clean_nickname("  Blue   Fox \n").unwrap(), "Blue Fox");
        assert_eq!(clean_nickname("   "), Err(ProfileError::EmptyNickname));
        assert_eq!(
            clean_nickname("abcdefghijklmnopq"),
            Err(ProfileError::NicknameTooLong)
        );
        assert_eq!(clean_nickname("李小龍").unwrap(), "李小龍");
        assert!(same_nickname("Sam", "sAM"));
    }

    #[test]
    fn the_best_result_is_kept() {
        let mut p = Profile {
            id: 1,
            nickname: "Sam".into(),
            avatar: Avatar::Sky,
            results: BTreeMap::new(),
            language: None,
            preferences: None,
            checks: Default::default(),
        };
        assert!(p.keep_best(result("s", 2, 2)));
        assert!(!p.keep_best(result("s", 1, 0)));
        assert_eq!(p.results["s"].stars, 2);
        assert!(p.keep_best(result("s", 3, 4)));
        p.keep_best(result("t", 1, 0));
        assert_eq!(p.totals(), (2, 4));
    }
}
