//! Who is playing and how they did: profiles (a nickname and an avatar, nothing
//! more) and their best result per scenario, and the classroom's settings, saved
//! through a [`Store`] on a [`Storage`].

pub mod checks;
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

/// Where progress is kept: `--data-dir`, else the folder the school's settings file
/// names (already checked by [`crate::settings`]), else the user's data folder; in
/// the browser, its local storage. Memory, which keeps nothing, only if there is
/// none of these (said in the log). The game and `sango report` both ask here.
pub fn storage_for(
    data_dir: Option<std::path::PathBuf>,
    settings: &crate::settings::Settings,
) -> Box<dyn Storage> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let chosen = data_dir
            .or_else(|| settings.deployed.data_folder.clone())
            .map(FileStorage::new)
            .or_else(FileStorage::user_data);
        if let Some(files) = chosen {
            return Box::new(files);
        }
        tracing::warn!("no user data folder; progress will not be kept after the game closes");
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (data_dir, settings);
        if let Some(local) = LocalStorage::open() {
            return Box::new(local);
        }
        tracing::warn!(
            "no localStorage in this browser; progress will not be kept after the page closes"
        );
    }
    Box::new(MemoryStorage::default())
}

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
    #[serde(default, skip_serializing_if = "checks::Checks::is_empty")]
    pub checks: checks::Checks,
    /// What the story remembers of each level: the facts its latest play set
    /// (a replay replaces them, so playing a level again can put it right).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub facts: BTreeMap<String, std::collections::BTreeSet<String>>,
    /// This child's pseudonymous account at each school's record store (the
    /// school's address to a random name, `xapi::Learner`): made the first time a
    /// statement is sent there, so the store can follow a child without knowing
    /// who they are. Erased with the profile.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lrs_accounts: BTreeMap<String, String>,
}

impl Profile {
    /// A child with nothing played yet.
    pub fn new(id: u32, nickname: impl Into<String>, avatar: Avatar) -> Self {
        Self {
            id,
            nickname: nickname.into(),
            avatar,
            results: BTreeMap::new(),
            language: None,
            preferences: None,
            checks: Default::default(),
            facts: Default::default(),
            lrs_accounts: Default::default(),
        }
    }

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

    /// Everything the story remembers of this child's levels.
    pub fn remembered(&self) -> std::collections::BTreeSet<String> {
        self.facts.values().flatten().cloned().collect()
    }

    /// Remembers what a level's latest play set, in place of its earlier play's.
    pub fn remember(&mut self, scenario: &str, facts: std::collections::BTreeSet<String>) {
        if facts.is_empty() {
            self.facts.remove(scenario);
        } else {
            self.facts.insert(scenario.to_string(), facts);
        }
    }

    /// Levels finished and stars earned.
    pub fn totals(&self) -> (usize, u32) {
        (
            self.results.len(),
            self.results.values().map(|r| u32::from(r.stars)).sum(),
        )
    }
}

/// Whether two nicknames name the same child: the same as they look on screen
/// (letter case aside, and letters from other alphabets that look alike, such as
/// a Cyrillic "а" for a Latin "a", taken as the same).
pub fn same_nickname(a: &str, b: &str) -> bool {
    looks(a) == looks(b)
}

/// A nickname as it looks: Unicode's confusable skeleton (a Greek capital Zeta is
/// a Z), in lower case, and the skeleton of that (a Cyrillic а is an a).
fn looks(nickname: &str) -> String {
    use unicode_security::confusable_detection::skeleton;
    let lower = skeleton(nickname).collect::<String>().to_lowercase();
    skeleton(&lower).collect()
}

/// Whether a nickname may hold a character: letters and digits of the alphabets
/// the game's fonts draw (Latin, Greek, Cyrillic, Arabic, Chinese), a space, and
/// `- _ . '`. Never controls, direction marks, emoji or symbols: they show as
/// empty boxes or make one nickname look like another.
pub fn nickname_char(c: char) -> bool {
    let alphabet = matches!(c as u32,
        0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF
        | 0x370..=0x3FF | 0x400..=0x52F
        | 0x620..=0x64A | 0x660..=0x669 | 0x671..=0x6D3 | 0x6F0..=0x6F9
        | 0x4E00..=0x9FFF);
    (alphabet && c.is_alphanumeric()) || matches!(c, ' ' | '-' | '_' | '.' | '\'')
}

/// What a nickname seems to give away, so Sango can say kindly why a made-up
/// name is safer. The child may still keep it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalHint {
    FullName,
    Email,
    Phone,
}

impl PersonalHint {
    pub fn of(nickname: &str) -> Option<Self> {
        let digits = nickname.chars().filter(char::is_ascii_digit).count();
        if let Some((user, domain)) = nickname.split_once('@')
            && !user.trim().is_empty()
            && domain.contains('.')
        {
            return Some(Self::Email);
        }
        if digits >= 7 {
            return Some(Self::Phone);
        }
        // Two or more words, each a capital and small letters: "Emma Johnson".
        let words: Vec<&str> = nickname.split_whitespace().collect();
        let name_like = |w: &&str| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && w.chars().count() >= 2
                && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
        };
        (words.len() >= 2 && words.iter().all(name_like)).then_some(Self::FullName)
    }

    /// The message Sango says.
    pub fn key(self) -> &'static str {
        match self {
            Self::FullName => "profiles-privacy-full-name",
            Self::Email => "profiles-privacy-email",
            Self::Phone => "profiles-privacy-phone",
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
    #[error("a nickname may hold letters, digits, spaces and - _ . ' only")]
    NicknameSymbols,
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
            ProfileError::NicknameSymbols => "profile-error-symbols",
            ProfileError::NoSuchProfile(_) => "profile-error-missing",
        }
    }
}

/// Cleans a typed nickname: composed (an accent typed apart is one letter),
/// trimmed, single spaces; refused if it holds a sign the game cannot show.
pub fn clean_nickname(raw: &str) -> Result<String, ProfileError> {
    use unicode_normalization::UnicodeNormalization;
    let composed: String = raw.nfc().collect();
    let cleaned = composed.split_whitespace().collect::<Vec<_>>().join(" ");
    if cleaned.is_empty() {
        Err(ProfileError::EmptyNickname)
    } else if cleaned.chars().count() > NICKNAME_MAX_CHARS {
        Err(ProfileError::NicknameTooLong)
    } else if !cleaned.chars().all(nickname_char) {
        Err(ProfileError::NicknameSymbols)
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

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn progress_goes_to_the_folder_asked_for_then_the_schools_then_the_users() {
        let mut settings = crate::settings::Settings::default();
        settings.deployed.data_folder = Some("/srv/school".into());
        let asked = storage_for(Some("/tmp/asked".into()), &settings);
        assert_eq!(asked.location(), "/tmp/asked");
        assert_eq!(storage_for(None, &settings).location(), "/srv/school");
        let user = storage_for(None, &crate::settings::Settings::default()).location();
        assert_ne!(user, "/srv/school");
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
    fn a_nickname_that_would_look_like_another_or_show_boxes_is_refused() {
        // Direction controls, zero-width signs and emoji are refused, with a reason.
        for bad in [
            "\u{202e}arbeZ",
            "Ze\u{200b}bra",
            "Cat 🐱",
            "🐶🐶",
            "A\u{0007}B",
            "$$$",
        ] {
            assert_eq!(
                clean_nickname(bad),
                Err(ProfileError::NicknameSymbols),
                "{bad:?}"
            );
        }
        // Letters of every alphabet the game draws are fine.
        for good in [
            "Zebra",
            "Renée",
            "Ольга",
            "نور",
            "小龙",
            "Ana-Lu",
            "O'Neil",
            "Kid_99",
        ] {
            assert!(clean_nickname(good).is_ok(), "{good}");
        }
        // An accent typed apart is one letter; names compare as they look.
        assert_eq!(clean_nickname("Rene\u{301}e").unwrap(), "Renée");
        assert!(
            same_nickname("Zebra", "Ζebra"),
            "Greek capital zeta looks like Z"
        );
        assert!(same_nickname("Ana", "Аna"), "Cyrillic а looks like a");
        assert!(!same_nickname("Ana", "Anna"));
    }

    #[test]
    fn a_nickname_that_looks_like_a_name_an_address_or_a_number_gets_a_kind_word() {
        assert_eq!(
            PersonalHint::of("Emma Johnson"),
            Some(PersonalHint::FullName)
        );
        assert_eq!(
            PersonalHint::of("emma.j@mail.com"),
            Some(PersonalHint::Email)
        );
        assert_eq!(PersonalHint::of("0612 345 678"), Some(PersonalHint::Phone));
        assert_eq!(PersonalHint::of("+44 7700 900"), Some(PersonalHint::Phone));
        for fine in ["Blue fox", "StarKid", "Ninja 42", "Sam"] {
            assert_eq!(PersonalHint::of(fine), None, "{fine}");
        }
    }

    #[test]
    fn the_best_result_is_kept() {
        let mut p = Profile::new(1, "Sam", Avatar::Sky);
        assert!(p.keep_best(result("s", 2, 2)));
        assert!(!p.keep_best(result("s", 1, 0)));
        assert_eq!(p.results["s"].stars, 2);
        assert!(p.keep_best(result("s", 3, 4)));
        p.keep_best(result("t", 1, 0));
        assert_eq!(p.totals(), (2, 4));
    }
}
