//! Who is playing and how they did: profiles (a nickname and an avatar, nothing
//! more) and their best result per scenario, saved through [`Storage`].

mod storage;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::content::AgeBand;
use crate::play::RunResult;
#[cfg(not(target_arch = "wasm32"))]
pub use storage::FileStorage;
pub use storage::{MemoryStorage, Storage, StorageError};

/// The document progress is saved in.
pub const PROGRESS_FILE: &str = "progress.ron";
const VERSION: u32 = 1;
pub const NICKNAME_MAX_CHARS: usize = 16;

/// The picture beside a nickname: a colour, never a photo.
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
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    pub profiles: Vec<Profile>,
    /// The age band whose levels the map shows. A setting of the machine (or the
    /// class), not of a child, so no profile holds an age.
    #[serde(default = "default_band")]
    pub age_band: AgeBand,
    /// The language last chosen on this machine, for the title screen.
    #[serde(default)]
    pub language: Option<String>,
}

fn default_band() -> AgeBand {
    AgeBand::Ages9To12
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            version: VERSION,
            profiles: Vec::new(),
            age_band: default_band(),
            language: None,
        }
    }
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

/// What went wrong loading, told to the player; nothing is lost.
#[derive(Debug, Error)]
pub enum LoadWarning {
    #[error("saved progress could not be read ({error}); it was kept as {kept_as}")]
    CorruptSetAside { error: String, kept_as: String },
    #[error("saved progress could not be read: {0}")]
    Unreadable(StorageError),
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

impl Progress {
    /// Loads progress. A file that cannot be parsed is set aside and reported, and
    /// play starts fresh; it is never overwritten.
    pub fn load(storage: &dyn Storage) -> (Self, Option<LoadWarning>) {
        let text = match storage.read(PROGRESS_FILE) {
            Ok(Some(text)) => text,
            Ok(None) => return (Self::default(), None),
            Err(e) => return (Self::default(), Some(LoadWarning::Unreadable(e))),
        };
        match ron::from_str::<Progress>(&text) {
            Ok(progress) => (progress, None),
            Err(e) => {
                let error = e.to_string();
                match storage.set_aside(PROGRESS_FILE) {
                    Ok(kept_as) => (
                        Self::default(),
                        Some(LoadWarning::CorruptSetAside { error, kept_as }),
                    ),
                    Err(e) => (Self::default(), Some(LoadWarning::Unreadable(e))),
                }
            }
        }
    }

    pub fn save(&self, storage: &dyn Storage) -> Result<(), StorageError> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .expect("progress is plain data and always serialises");
        storage.write(PROGRESS_FILE, &text)
    }

    pub fn profile(&self, id: u32) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    pub fn add_profile(&mut self, nickname: &str, avatar: Avatar) -> Result<u32, ProfileError> {
        let nickname = clean_nickname(nickname)?;
        if self
            .profiles
            .iter()
            .any(|p| p.nickname.to_lowercase() == nickname.to_lowercase())
        {
            return Err(ProfileError::NicknameTaken);
        }
        let id = self.profiles.iter().map(|p| p.id + 1).max().unwrap_or(1);
        self.profiles.push(Profile {
            id,
            nickname,
            avatar,
            results: BTreeMap::new(),
            language: self.language.clone(),
        });
        Ok(id)
    }

    /// Records a finished run, keeping the best result per scenario.
    pub fn record(&mut self, profile: u32, result: RunResult) -> Result<(), ProfileError> {
        let p = self
            .profiles
            .iter_mut()
            .find(|p| p.id == profile)
            .ok_or(ProfileError::NoSuchProfile(profile))?;
        let better = p
            .results
            .get(&result.scenario)
            .is_none_or(|old| (result.stars, result.points) >= (old.stars, old.points));
        if better {
            p.results.insert(result.scenario.clone(), result);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Outcome;

    fn result(stars: u8, points: u32) -> RunResult {
        RunResult {
            scenario: "s".into(),
            outcome: Outcome::Safe,
            stars,
            points,
            max_points: 4,
            evidence: BTreeMap::new(),
        }
    }

    #[test]
    fn a_save_from_before_age_bands_still_loads() {
        let old = "(version: 1, profiles: [(id: 1, nickname: \"Sam\", avatar: Sky)])";
        let p: Progress = ron::from_str(old).expect("old saves load");
        assert_eq!(p.age_band, AgeBand::Ages9To12);
        assert_eq!(p.profiles[0].nickname, "Sam");
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
    }

    #[test]
    fn two_children_cannot_share_a_nickname() {
        let mut p = Progress::default();
        p.add_profile("Sam", Avatar::Sky).unwrap();
        assert_eq!(
            p.add_profile("sam", Avatar::Sun),
            Err(ProfileError::NicknameTaken)
        );
    }

    #[test]
    fn the_best_result_is_kept() {
        let mut p = Progress::default();
        let id = p.add_profile("Sam", Avatar::Sky).unwrap();
        p.record(id, result(2, 2)).unwrap();
        p.record(id, result(1, 0)).unwrap();
        assert_eq!(p.profile(id).unwrap().results["s"].stars, 2);
        p.record(id, result(3, 4)).unwrap();
        assert_eq!(p.profile(id).unwrap().results["s"].stars, 3);
    }

    #[test]
    fn progress_survives_a_save_and_load() {
        let store = MemoryStorage::default();
        let mut p = Progress::default();
        let id = p.add_profile("Sam", Avatar::Leaf).unwrap();
        p.record(id, result(3, 4)).unwrap();
        p.save(&store).unwrap();
        let (loaded, warning) = Progress::load(&store);
        assert!(warning.is_none());
        assert_eq!(loaded, p);
    }

    #[test]
    fn a_corrupt_file_is_set_aside_and_reported_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStorage::new(dir.path());
        store
            .write(PROGRESS_FILE, "Progress(version: 1, profi")
            .unwrap();
        let (loaded, warning) = Progress::load(&store);
        assert_eq!(loaded, Progress::default());
        let Some(LoadWarning::CorruptSetAside { kept_as, .. }) = warning else {
            panic!("expected a report, got {warning:?}")
        };
        assert_eq!(
            std::fs::read_to_string(kept_as).unwrap(),
            "Progress(version: 1, profi"
        );
        assert_eq!(store.read(PROGRESS_FILE).unwrap(), None);
    }
}
