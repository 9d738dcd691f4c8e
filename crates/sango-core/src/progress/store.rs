//! The class's saved progress on a shared machine, laid out so that many children
//! and more than one running copy of the game can share it:
//!
//! ```text
//! machine.ron          the teacher's settings: PIN hash, age band, language, levels on
//! profiles/<id>.ron    one file per child: nickname, avatar, best result per level
//! profiles/last-id     the last id given, so an id is never reused
//! locks/*.lock         OS file locks: one copy of the game writes a file at a time
//! backups/<stamp>/     everything as it was before a reset
//! progress.ron         version 1 (one file for everything); migrated on start
//! ```
//!
//! Every change is read-modify-write under a lock: the file is read again, the
//! change applied, and the file replaced atomically. Two copies of the game
//! recording results for the same child both keep theirs.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::pin::PinHash;
use super::{Avatar, Profile, ProfileError, Storage, StorageError, clean_nickname, same_nickname};
use crate::content::AgeBand;
use crate::play::RunResult;
use crate::settings::Deployed;

/// The layout described above.
pub const VERSION: u32 = 2;
/// Version 1 kept everything in this one file.
pub const V1_FILE: &str = "progress.ron";
const MACHINE_FILE: &str = "machine.ron";
const PROFILES: &str = "profiles";
const LAST_ID: &str = "profiles/last-id";
const BACKUPS: &str = "backups";

/// The classroom's settings on this machine, chosen by the teacher. `None` means
/// "not chosen here": the deployed settings file, then the game's default, apply.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Machine {
    #[serde(default)]
    pub age_band: Option<AgeBand>,
    /// The language last chosen on this machine.
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub pin: Option<PinHash>,
    /// Wrong PIN tries in a row, so waiting cannot be skipped by a restart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_tries: Option<super::pin::PinTries>,
    /// Children cannot change the age band or the language.
    #[serde(default)]
    pub locked: Option<bool>,
    /// The scenarios offered, when the teacher has chosen.
    #[serde(default)]
    pub enabled: Option<BTreeSet<String>>,
    /// The preferences last chosen on this machine (before a child is picked).
    #[serde(default)]
    pub preferences: Option<crate::prefs::Preferences>,
}

impl Machine {
    pub fn age_band(&self, deployed: &Deployed) -> AgeBand {
        self.age_band
            .or(deployed.age_band)
            .unwrap_or(AgeBand::Ages9To12)
    }

    pub fn language<'a>(&'a self, deployed: &'a Deployed) -> Option<&'a str> {
        self.language.as_deref().or(deployed.language.as_deref())
    }

    pub fn locked(&self, deployed: &Deployed) -> bool {
        self.locked.or(deployed.lock_settings).unwrap_or(false)
    }

    /// Whether a scenario is offered to children.
    pub fn enabled(&self, deployed: &Deployed, scenario: &str) -> bool {
        match self.enabled.as_ref().or(deployed.scenarios.as_ref()) {
            Some(on) => on.contains(scenario),
            None => true,
        }
    }
}

/// Everything saved, as read at one moment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub machine: Machine,
    /// Sorted by id: the order children made them.
    pub profiles: Vec<Profile>,
}

impl Progress {
    pub fn profile(&self, id: u32) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    /// How a child likes to play: their own choices, else this machine's, else
    /// the game's defaults.
    pub fn preferences(&self, player: Option<u32>) -> crate::prefs::Preferences {
        player
            .and_then(|id| self.profile(id))
            .and_then(|p| p.preferences)
            .or(self.machine.preferences)
            .unwrap_or_default()
    }

    /// The language a child plays in when they are picked: their own, unless the
    /// teacher (or the school) locked the class's language.
    pub fn child_language(&self, id: u32, deployed: &Deployed) -> Option<&str> {
        if self.machine.locked(deployed) {
            return None;
        }
        self.profile(id).and_then(|p| p.language.as_deref())
    }

    /// Puts a profile as read back from the store in place of the one held.
    pub fn update(&mut self, profile: Profile) {
        match self.profiles.iter_mut().find(|p| p.id == profile.id) {
            Some(held) => *held = profile,
            None => {
                self.profiles.push(profile);
                self.profiles.sort_by_key(|p| p.id);
            }
        }
    }
}

/// What went wrong reading saved progress. Nothing is lost: an unreadable file is
/// kept, under another name or where it is.
#[derive(Debug, Error)]
pub enum LoadWarning {
    #[error("{file} could not be read ({error}); it was kept as {kept_as}")]
    CorruptSetAside {
        file: String,
        error: String,
        kept_as: String,
    },
    #[error("{0}")]
    Unreadable(StorageError),
    #[error("{file} was saved by a newer Sango (version {version}); it was left as it is")]
    Newer { file: String, version: u32 },
    #[error("{file} was saved by a newer Sango (version {version}); it was kept as {kept_as}")]
    NewerSetAside {
        file: String,
        version: u32,
        kept_as: String,
    },
    /// Read only (the report): a file that could not be read is left as it is.
    #[error("{file} could not be read ({error}); it was left as it is")]
    LeftAlone { file: String, error: String },
    /// Read only (the report): part of a profile could not be read; the rest is used.
    #[error("{file}: {what}; the rest was read, and the file was left as it is")]
    ReadInPart { file: String, what: String },
    /// Part of a profile could not be read: what could is kept, the file as it
    /// was is kept aside.
    #[error("{file}: {what}; the rest was kept, and the file as it was is kept as {kept_as}")]
    Repaired {
        file: String,
        what: String,
        kept_as: String,
    },
}

/// At most this much of a parser's message is quoted: a corrupt file of many
/// megabytes must not become a message of many megabytes.
const QUOTE_MAX_CHARS: usize = 160;

/// A message cut to a readable length.
fn short(message: impl std::fmt::Display) -> String {
    let text = message.to_string();
    match text.char_indices().nth(QUOTE_MAX_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("{file} was saved by a newer Sango (version {version}); it was left as it is")]
    Newer { file: String, version: u32 },
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// The one file of version 1.
#[derive(Deserialize)]
struct V1 {
    #[serde(default)]
    profiles: Vec<Profile>,
    #[serde(default)]
    age_band: Option<AgeBand>,
    #[serde(default)]
    language: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct ProfileDoc {
    version: u32,
    profile: Profile,
}

#[derive(Serialize, Deserialize)]
struct MachineDoc {
    version: u32,
    machine: Machine,
}

/// How a read document turned out.
enum Read<T> {
    Missing,
    Ok(T),
    Corrupt(String),
    Newer(u32),
}

fn pretty<T: Serialize>(value: &T) -> String {
    ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())
        .expect("saved documents are plain data and always serialise")
}

fn profile_file(id: u32) -> String {
    format!("{PROFILES}/{id}.ron")
}

fn profile_lock(id: u32) -> String {
    format!("profile-{id}")
}

/// The id a file under `profiles/` carries: `3` for `profiles/3.ron`, and for
/// `profiles/3.ron.corrupt-…` or `profiles/3.ron.tmp-…`.
fn file_id(name: &str) -> Option<u32> {
    let file = name.rsplit('/').next()?;
    let digits: String = file.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// A saved profile read loosely: who it is, and every other part as its text.
#[derive(Deserialize)]
struct LooseDoc<'a> {
    #[serde(borrow)]
    profile: LooseProfile<'a>,
}

#[derive(Deserialize)]
struct LooseProfile<'a> {
    id: u32,
    nickname: String,
    #[serde(borrow, default)]
    avatar: Option<&'a ron::value::RawValue>,
    #[serde(borrow, default)]
    results: BTreeMap<String, &'a ron::value::RawValue>,
    #[serde(borrow, default)]
    language: Option<&'a ron::value::RawValue>,
    #[serde(borrow, default)]
    preferences: Option<&'a ron::value::RawValue>,
    #[serde(borrow, default)]
    checks: Option<&'a ron::value::RawValue>,
    #[serde(borrow, default)]
    facts: Option<&'a ron::value::RawValue>,
    #[serde(borrow, default)]
    lrs_accounts: Option<&'a ron::value::RawValue>,
}

/// A part of a profile read on its own: none if it is not there; none, and named
/// in `lost`, if it is there but cannot be read.
fn take<'a, T: Deserialize<'a>>(
    raw: Option<&'a ron::value::RawValue>,
    key: &str,
    lost: &mut Vec<String>,
) -> Option<T> {
    match raw?.into_rust() {
        Ok(v) => Some(v),
        Err(_) => {
            lost.push(key.to_string());
            None
        }
    }
}

/// A nickname read from a file that breaks the rules a child typing it meets
/// (too long, control characters): the nickname it becomes; none if it is fine.
fn repaired_nickname(profile: &Profile) -> Option<String> {
    let fixed = clean_nickname(&profile.nickname)
        .unwrap_or_else(|_| cut_nickname(&profile.nickname, profile.id));
    (fixed != profile.nickname).then_some(fixed)
}

/// The first characters of a nickname that the rules allow, or `#id` if none are.
fn cut_nickname(raw: &str, id: u32) -> String {
    let kept: String = raw
        .chars()
        .take(super::NICKNAME_MAX_CHARS * 64)
        .filter(|c| super::nickname_char(*c) || c.is_whitespace())
        .collect();
    let cut: String = kept
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(super::NICKNAME_MAX_CHARS)
        .collect();
    match cut.trim() {
        "" => format!("#{id}"),
        cut => cut.to_string(),
    }
}

/// Saved progress on one storage.
pub struct Store {
    /// Shared with the game's sending thread (`xapi`'s outbox is kept here too).
    storage: std::sync::Arc<dyn Storage>,
    /// Reads only: nothing is moved aside, repaired or cleaned (the report).
    read_only: bool,
}

impl Store {
    pub fn new(storage: Box<dyn Storage>) -> Self {
        Self {
            storage: storage.into(),
            read_only: false,
        }
    }

    /// A store that only reads: for `sango report`, which must never change the
    /// folders it is asked to read. Problems are reported, files left as they are.
    pub fn read_only(storage: Box<dyn Storage>) -> Self {
        Self {
            storage: storage.into(),
            read_only: true,
        }
    }

    pub fn storage(&self) -> &dyn Storage {
        self.storage.as_ref()
    }

    /// The storage itself, for another thread (the record store's sender).
    pub fn shared_storage(&self) -> std::sync::Arc<dyn Storage> {
        self.storage.clone()
    }

    fn read<T: serde::de::DeserializeOwned>(&self, name: &str) -> Result<Read<T>, StorageError> {
        // Version 1 wrote `age_band: Ages9To12` where this layout has an option.
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let text = match self.storage.read(name) {
            Ok(Some(text)) => text,
            Ok(None) => return Ok(Read::Missing),
            Err(e) if e.is_unreadable_document() => return Ok(Read::Corrupt(short(e))),
            Err(e) => return Err(e),
        };
        match ron::from_str::<VersionOnly>(&text) {
            Ok(v) if v.version > VERSION => return Ok(Read::Newer(v.version)),
            Ok(_) => {}
            Err(e) => return Ok(Read::Corrupt(short(e))),
        }
        Ok(match options.from_str::<T>(&text) {
            Ok(doc) => Read::Ok(doc),
            Err(e) => Read::Corrupt(short(e)),
        })
    }

    /// Moves a file a newer Sango wrote aside, so nothing here can ever write
    /// over it, and says so.
    fn set_aside_newer(&self, file: &str, version: u32) -> LoadWarning {
        if self.read_only {
            return LoadWarning::Newer {
                file: file.to_string(),
                version,
            };
        }
        match self.storage.set_aside(file, &format!("newer-v{version}")) {
            Ok(kept_as) => LoadWarning::NewerSetAside {
                file: file.to_string(),
                version,
                kept_as,
            },
            Err(e) => LoadWarning::Unreadable(e),
        }
    }

    /// Moves an unreadable file aside and says so.
    fn set_aside(&self, file: &str, error: String) -> LoadWarning {
        if self.read_only {
            return LoadWarning::LeftAlone {
                file: file.to_string(),
                error,
            };
        }
        match self.storage.set_aside(file, "corrupt") {
            Ok(kept_as) => LoadWarning::CorruptSetAside {
                file: file.to_string(),
                error,
                kept_as,
            },
            Err(e) => LoadWarning::Unreadable(e),
        }
    }

    /// Turns a version-1 save into this layout, keeping the old file in
    /// `backups/`. Safe to run from two copies at once and to run again after a
    /// crash half-way. Returns what happened, if anything did.
    pub fn migrate(&self) -> Result<Option<LoadWarning>, StorageError> {
        let _profiles = self.storage.lock(PROFILES)?;
        let _machine = self.storage.lock(MACHINE_FILE)?;
        let v1: V1 = match self.read::<V1>(V1_FILE)? {
            Read::Missing => return Ok(None),
            Read::Ok(v1) => v1,
            Read::Corrupt(error) => return Ok(Some(self.set_aside(V1_FILE, error))),
            Read::Newer(version) => {
                return Ok(Some(LoadWarning::Newer {
                    file: V1_FILE.into(),
                    version,
                }));
            }
        };
        for profile in &v1.profiles {
            let name = profile_file(profile.id);
            if self.storage.read(&name)?.is_none() {
                self.write_profile(profile)?;
            }
        }
        let mut machine = match self.read::<MachineDoc>(MACHINE_FILE)? {
            Read::Ok(doc) => doc.machine,
            _ => Machine::default(),
        };
        machine.age_band = machine.age_band.or(v1.age_band);
        machine.language = machine.language.or(v1.language);
        self.write_machine(&machine)?;
        let last = v1.profiles.iter().map(|p| p.id).max().unwrap_or(0);
        if last > self.last_id()? {
            self.storage.write(LAST_ID, &last.to_string())?;
        }
        // Kept, not deleted: the old file is the way back.
        let text = self.storage.read(V1_FILE)?.unwrap_or_default();
        self.storage
            .write(&format!("{BACKUPS}/progress-v1.ron"), &text)?;
        self.storage.remove(V1_FILE)?;
        Ok(None)
    }

    /// Everything saved, read now. A version-1 file not yet migrated is read too.
    pub fn load(&self) -> (Progress, Vec<LoadWarning>) {
        let mut warnings = Vec::new();
        let machine = match self.read::<MachineDoc>(MACHINE_FILE) {
            Ok(Read::Ok(doc)) => doc.machine,
            Ok(Read::Missing) => Machine::default(),
            Ok(Read::Corrupt(error)) => {
                warnings.push(self.set_aside(MACHINE_FILE, error));
                Machine::default()
            }
            Ok(Read::Newer(version)) => {
                warnings.push(self.set_aside_newer(MACHINE_FILE, version));
                Machine::default()
            }
            Err(e) => {
                warnings.push(LoadWarning::Unreadable(e));
                Machine::default()
            }
        };
        let (mut profiles, more) = self.load_profiles();
        warnings.extend(more);
        if let Ok(Read::Ok(v1)) = self.read::<V1>(V1_FILE) {
            for p in v1.profiles {
                if !profiles.iter().any(|q| q.id == p.id) {
                    profiles.push(p);
                }
            }
            profiles.sort_by_key(|p| p.id);
        }
        (Progress { machine, profiles }, warnings)
    }

    /// Every child's profile, sorted by id; unreadable files set aside.
    pub fn load_profiles(&self) -> (Vec<Profile>, Vec<LoadWarning>) {
        let mut warnings = Vec::new();
        let names = match self.storage.list(PROFILES) {
            Ok(names) => names,
            Err(e) => return (Vec::new(), vec![LoadWarning::Unreadable(e)]),
        };
        let mut profiles = Vec::new();
        for name in names.iter().filter(|n| n.ends_with(".ron")) {
            match self.read::<ProfileDoc>(name) {
                Ok(Read::Ok(doc)) => match repaired_nickname(&doc.profile) {
                    None => profiles.push(doc.profile),
                    Some(nickname) => {
                        let mut profile = doc.profile;
                        profile.nickname = nickname;
                        let what = "the nickname broke the rules and was shortened".to_string();
                        warnings.push(self.repair(name, &profile, what));
                        profiles.push(profile);
                    }
                },
                Ok(Read::Missing) => {} // removed since the listing
                Ok(Read::Corrupt(error)) => match self.salvage(name) {
                    Some((profile, what)) => {
                        warnings.push(self.repair(name, &profile, what));
                        profiles.push(profile);
                    }
                    None => warnings.push(self.set_aside(name, error)),
                },
                Ok(Read::Newer(version)) => warnings.push(self.set_aside_newer(name, version)),
                Err(e) => warnings.push(LoadWarning::Unreadable(e)),
            }
        }
        // Two files naming one child (a copy made by hand): the first is kept.
        profiles.sort_by_key(|p| p.id);
        profiles.dedup_by_key(|p| p.id);
        (profiles, warnings)
    }

    /// What can be read of a profile a field of which is broken (`stars: "one"`):
    /// its id and nickname, and every result and setting that reads. None when
    /// not even who it is can be read.
    fn salvage(&self, name: &str) -> Option<(Profile, String)> {
        let text = self.storage.read(name).ok()??;
        // Each part is kept as its own text and read on its own, so one broken
        // part costs only itself.
        let doc: LooseDoc = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(&text)
            .ok()?;
        let p = doc.profile;
        let nickname = clean_nickname(&p.nickname)
            .ok()
            .unwrap_or_else(|| cut_nickname(&p.nickname, p.id));
        let mut lost = Vec::new();
        let mut results = BTreeMap::new();
        for (scenario, raw) in &p.results {
            match raw.into_rust::<RunResult>() {
                Ok(result) => {
                    results.insert(scenario.clone(), result);
                }
                Err(_) => lost.push(format!("the result of {scenario}")),
            }
        }
        let profile = Profile {
            id: p.id,
            nickname,
            avatar: take(p.avatar, "avatar", &mut lost).unwrap_or_default(),
            results,
            language: take(p.language, "language", &mut lost).flatten(),
            preferences: take(p.preferences, "preferences", &mut lost).flatten(),
            checks: take(p.checks, "checks", &mut lost).unwrap_or_default(),
            facts: take(p.facts, "what the story remembers", &mut lost).unwrap_or_default(),
            // Lost, a new account is made: the store sees a new child, nothing
            // of this child's play is lost.
            lrs_accounts: take(p.lrs_accounts, "record store accounts", &mut lost)
                .unwrap_or_default(),
        };
        let what = if lost.is_empty() {
            "a part could not be read".to_string()
        } else {
            format!("could not read {}", lost.join(", "))
        };
        Some((profile, short(what)))
    }

    /// Keeps the file as it was aside and saves what was read of it in its place.
    fn repair(&self, name: &str, profile: &Profile, what: String) -> LoadWarning {
        if self.read_only {
            return LoadWarning::ReadInPart {
                file: name.to_string(),
                what,
            };
        }
        let _lock = self.storage.lock(&profile_lock(profile.id));
        let kept_as = match self.storage.set_aside(name, "corrupt") {
            Ok(kept_as) => kept_as,
            Err(e) => return LoadWarning::Unreadable(e),
        };
        if let Err(e) = self.write_profile(profile) {
            return LoadWarning::Unreadable(e);
        }
        LoadWarning::Repaired {
            file: name.to_string(),
            what,
            kept_as,
        }
    }

    /// Removes the temporary files copies of the game stopped mid-save left
    /// behind (whole profiles may sit in them). Each is removed under the lock of
    /// the file it was written for, so a save in progress in another copy of the
    /// game is never touched. Returns how many were removed.
    pub fn remove_stale_temp(&self) -> Result<usize, StorageError> {
        let mut removed = 0;
        if self.read_only {
            return Ok(0);
        }
        for folder in [PROFILES, "."] {
            for name in self.storage.list(folder)? {
                let Some((file, _)) = name.rsplit_once(".tmp-") else {
                    continue;
                };
                let file = file.trim_start_matches("./");
                let lock = match file_id(file) {
                    Some(id) if file.starts_with(PROFILES) => profile_lock(id),
                    _ if file == MACHINE_FILE => MACHINE_FILE.to_string(),
                    _ => PROFILES.to_string(),
                };
                let _held = self.storage.lock(&lock)?;
                self.storage.remove(&name)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    fn last_id(&self) -> Result<u32, StorageError> {
        Ok(self
            .storage
            .read(LAST_ID)?
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(0))
    }

    fn write_profile(&self, profile: &Profile) -> Result<(), StorageError> {
        self.storage.write(
            &profile_file(profile.id),
            &pretty(&ProfileDoc {
                version: VERSION,
                profile: profile.clone(),
            }),
        )
    }

    fn write_machine(&self, machine: &Machine) -> Result<(), StorageError> {
        self.storage.write(
            MACHINE_FILE,
            &pretty(&MachineDoc {
                version: VERSION,
                machine: machine.clone(),
            }),
        )
    }

    /// A new child. The nickname must be free among every profile saved, by any
    /// copy of the game.
    pub fn create_profile(
        &self,
        nickname: &str,
        avatar: Avatar,
        language: Option<String>,
    ) -> Result<Profile, StoreError> {
        let nickname = clean_nickname(nickname)?;
        let _lock = self.storage.lock(PROFILES)?;
        let (existing, _) = self.load_profiles();
        if existing
            .iter()
            .any(|p| same_nickname(&p.nickname, &nickname))
        {
            return Err(ProfileError::NicknameTaken.into());
        }
        // Above every id any file in the folder carries (read or not, set aside
        // or newer): a new child never takes an existing file's name.
        let newest = existing.iter().map(|p| p.id).max().unwrap_or(0);
        let on_disk = self
            .storage
            .list(PROFILES)?
            .iter()
            .filter_map(|n| file_id(n))
            .max()
            .unwrap_or(0);
        let id = self.last_id()?.max(newest).max(on_disk) + 1;
        let profile = Profile {
            language,
            ..Profile::new(id, nickname, avatar)
        };
        // The id first: if the profile's write fails, the id is simply skipped.
        self.storage.write(LAST_ID, &id.to_string())?;
        self.write_profile(&profile)?;
        Ok(profile)
    }

    /// Puts back a profile kept elsewhere (by a learning platform, between
    /// sessions), under its own id.
    pub fn restore_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        let _lock = self.storage.lock(PROFILES)?;
        if self.last_id()? < profile.id {
            self.storage.write(LAST_ID, &profile.id.to_string())?;
        }
        self.write_profile(profile)?;
        Ok(())
    }

    /// Changes one profile as saved now, under its lock. `known` is the profile
    /// as this copy of the game holds it: used if the saved file is unreadable
    /// (which is then set aside), so nothing this copy knew is lost.
    fn change_profile(
        &self,
        known: &Profile,
        change: impl FnOnce(&mut Profile),
    ) -> Result<Profile, StoreError> {
        let name = profile_file(known.id);
        let _lock = self.storage.lock(&profile_lock(known.id))?;
        let mut profile = match self.read::<ProfileDoc>(&name)? {
            Read::Ok(doc) => doc.profile,
            // Set aside as unreadable (by this copy or another): what this copy
            // knew is written back. Removed by the teacher: it stays removed.
            Read::Missing if self.was_set_aside(&name)? => known.clone(),
            Read::Missing => return Err(ProfileError::NoSuchProfile(known.id).into()),
            Read::Corrupt(error) => {
                let warning = self.set_aside(&name, error);
                tracing::warn!("{warning}");
                known.clone()
            }
            Read::Newer(version) => {
                return Err(StoreError::Newer {
                    file: name,
                    version,
                });
            }
        };
        change(&mut profile);
        self.write_profile(&profile)?;
        Ok(profile)
    }

    fn was_set_aside(&self, name: &str) -> Result<bool, StorageError> {
        let prefix = format!("{name}.corrupt");
        Ok(self
            .storage
            .list(PROFILES)?
            .iter()
            .any(|n| n.starts_with(&prefix)))
    }

    /// Records a finished level, keeping the best result per scenario. Returns
    /// the profile as saved.
    pub fn record(&self, known: &Profile, result: RunResult) -> Result<Profile, StoreError> {
        self.change_profile(known, |p| {
            p.keep_best(result);
        })
    }

    /// Records a finished level and what its play set for the story to
    /// remember, in one write: a crash keeps both or neither.
    pub fn record_play(
        &self,
        known: &Profile,
        result: RunResult,
        facts: BTreeSet<String>,
    ) -> Result<Profile, StoreError> {
        self.change_profile(known, |p| {
            p.remember(&result.scenario, facts);
            p.keep_best(result);
        })
    }

    /// Records a finished warm-up, look-back or booster. A check already saved (by another
    /// copy of the game) is kept: the first one taken is the one that counts.
    pub fn record_check(
        &self,
        known: &Profile,
        due: super::checks::Due,
        record: super::checks::CheckRecord,
    ) -> Result<Profile, StoreError> {
        self.change_profile(known, |p| {
            p.checks.slot(due).get_or_insert(record);
        })
    }

    /// This child's account at a school's record store: the one saved, or a new
    /// random one, saved before it is used (so every statement a child makes
    /// there carries the same account, even after a crash).
    pub fn lrs_account(
        &self,
        known: &Profile,
        school: &str,
        new_account: impl FnOnce() -> String,
    ) -> Result<(Profile, String), StoreError> {
        if let Some(account) = known.lrs_accounts.get(school) {
            return Ok((known.clone(), account.clone()));
        }
        let saved = self.change_profile(known, |p| {
            p.lrs_accounts
                .entry(school.to_string())
                .or_insert_with(new_account);
        })?;
        let account = saved.lrs_accounts[school].clone();
        Ok((saved, account))
    }

    /// The language this child plays in.
    pub fn set_language(&self, known: &Profile, language: &str) -> Result<Profile, StoreError> {
        self.change_profile(known, |p| p.language = Some(language.to_string()))
    }

    /// How this child likes to play.
    pub fn set_preferences(
        &self,
        known: &Profile,
        preferences: crate::prefs::Preferences,
    ) -> Result<Profile, StoreError> {
        self.change_profile(known, |p| p.preferences = Some(preferences))
    }

    /// Removes a child's profile and results for good (the teacher decides), with
    /// any temporary copy a stopped save left behind.
    pub fn delete_profile(&self, id: u32) -> Result<(), StoreError> {
        let _lock = self.storage.lock(&profile_lock(id))?;
        let file = profile_file(id);
        for name in self.storage.list(PROFILES)? {
            if super::storage::is_temp_of(&name, &file) {
                self.storage.remove(&name)?;
            }
        }
        self.storage.remove(&file)?;
        Ok(())
    }

    /// Changes the machine's settings as saved now and returns them.
    pub fn change_machine(&self, change: impl FnOnce(&mut Machine)) -> Result<Machine, StoreError> {
        let _lock = self.storage.lock(MACHINE_FILE)?;
        let mut machine = match self.read::<MachineDoc>(MACHINE_FILE)? {
            Read::Ok(doc) => doc.machine,
            Read::Missing => Machine::default(),
            Read::Corrupt(error) => {
                tracing::warn!("{}", self.set_aside(MACHINE_FILE, error));
                Machine::default()
            }
            Read::Newer(version) => {
                return Err(StoreError::Newer {
                    file: MACHINE_FILE.into(),
                    version,
                });
            }
        };
        change(&mut machine);
        self.write_machine(&machine)?;
        Ok(machine)
    }

    /// Removes every child's profile, after copying everything to
    /// `backups/<stamp>/`. The teacher's settings and PIN stay. Returns where the
    /// backup is.
    pub fn reset_all(&self, now_unix: u64) -> Result<String, StoreError> {
        let _lock = self.storage.lock(PROFILES)?;
        let mut folder = format!("{BACKUPS}/{}", crate::clock::stamp(now_unix));
        let mut n = 1;
        while !self.storage.list(&folder)?.is_empty() {
            folder = format!("{BACKUPS}/{}-{n}", crate::clock::stamp(now_unix));
            n += 1;
        }
        let names = self.storage.list(PROFILES)?;
        for name in names
            .iter()
            .map(String::as_str)
            .chain([MACHINE_FILE, V1_FILE])
        {
            if let Some(text) = self.storage.read(name)? {
                let file = name.rsplit('/').next().unwrap_or(name);
                self.storage.write(&format!("{folder}/{file}"), &text)?;
            }
        }
        // Only once every copy is written does anything go.
        for name in names.iter().filter(|n| n.ends_with(".ron")) {
            let id = name
                .trim_start_matches("profiles/")
                .trim_end_matches(".ron")
                .parse::<u32>()
                .ok();
            let _lock = match id {
                Some(id) => Some(self.storage.lock(&profile_lock(id))?),
                None => None,
            };
            self.storage.remove(name)?;
        }
        self.storage.remove(V1_FILE)?;
        Ok(format!("{}/{folder}", self.storage.location()))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::result;
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use crate::progress::FileStorage;
    use crate::progress::MemoryStorage;

    fn memory() -> Store {
        Store::new(Box::new(MemoryStorage::default()))
    }

    #[test]
    fn a_childs_record_store_account_is_made_once_per_school_and_kept() {
        let store = memory();
        let sam = store.create_profile("Sam", Avatar::Sky, None).unwrap();
        let (sam, first) = store
            .lrs_account(&sam, "https://a.example", || "aaaa".into())
            .unwrap();
        assert_eq!(first, "aaaa");
        // Saved before it is used: another copy of the game reads the same one.
        let (again, _) = store.load();
        let (_, kept) = store
            .lrs_account(again.profile(sam.id).unwrap(), "https://a.example", || {
                unreachable!("made once")
            })
            .unwrap();
        assert_eq!(kept, "aaaa");
        let (_, other) = store
            .lrs_account(&sam, "https://b.example", || "bbbb".into())
            .unwrap();
        assert_eq!(other, "bbbb");
        let (saved, _) = store.load();
        assert_eq!(saved.profile(sam.id).unwrap().lrs_accounts.len(), 2);
    }

    #[test]
    fn a_profile_is_created_recorded_and_read_back() {
        let store = memory();
        let sam = store.create_profile("Sam", Avatar::Sky, None).unwrap();
        let sam = store.record(&sam, result("a", 2, 2)).unwrap();
        store.record(&sam, result("a", 1, 0)).unwrap();
        store.record(&sam, result("b", 3, 4)).unwrap();
        let (progress, warnings) = store.load();
        assert!(warnings.is_empty());
        let saved = progress.profile(sam.id).unwrap();
        assert_eq!(saved.results["a"].stars, 2);
        assert_eq!(saved.totals(), (2, 5));
    }

    #[test]
    fn nicknames_are_unique_and_ids_never_reused() {
        let store = memory();
        let a = store.create_profile("Sam", Avatar::Sky, None).unwrap();
        assert!(matches!(
            store.create_profile(" sam ", Avatar::Sun, None),
            Err(StoreError::Profile(ProfileError::NicknameTaken))
        ));
        let b = store.create_profile("Ali", Avatar::Sun, None).unwrap();
        store.delete_profile(b.id).unwrap();
        let c = store.create_profile("Kim", Avatar::Sun, None).unwrap();
        assert!(c.id > b.id && b.id > a.id);
        assert!(matches!(
            store.record(&b, result("a", 1, 0)),
            Err(StoreError::Profile(ProfileError::NoSuchProfile(_)))
        ));
    }

    #[test]
    fn sixty_children_fit_on_one_machine() {
        let store = memory();
        for i in 0..60 {
            store
                .create_profile(&format!("Child {i}"), Avatar::ALL[i % 6], None)
                .unwrap();
        }
        assert_eq!(store.load().0.profiles.len(), 60);
    }

    #[test]
    fn what_the_story_remembers_is_saved_with_the_result_and_a_replay_replaces_it() {
        let store = memory();
        // A profile saved before the story remembered anything reads unchanged.
        let before = "(version: 2, profile: (id: 3, nickname: \"Ana\", avatar: Leaf, \
                      results: {}, language: Some(\"es\")))";
        store.storage().write("profiles/3.ron", before).unwrap();
        let (progress, warnings) = store.load();
        assert!(warnings.is_empty(), "{warnings:?}");
        let ana = progress.profiles[0].clone();
        assert!(ana.facts.is_empty() && ana.language.as_deref() == Some("es"));
        let set = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        let ana = store
            .record_play(&ana, result("park", 1, 0), set(&["told-park"]))
            .unwrap();
        store
            .record_play(&ana, result("chat", 3, 4), set(&["blocked-stranger"]))
            .unwrap();
        let read = store.load().0.profiles[0].clone();
        assert_eq!(read.remembered(), set(&["blocked-stranger", "told-park"]));
        // Played again, keeping the park private: the world forgets it, and the
        // better result is kept.
        store
            .record_play(&read, result("park", 3, 4), set(&[]))
            .unwrap();
        let read = store.load().0.profiles[0].clone();
        assert_eq!(read.remembered(), set(&["blocked-stranger"]));
        assert_eq!(read.results["park"].stars, 3);
        // A broken memory costs only itself.
        let broken = store
            .storage()
            .read("profiles/3.ron")
            .unwrap()
            .unwrap()
            .replace("\"blocked-stranger\"", "7");
        store.storage().write("profiles/3.ron", &broken).unwrap();
        let (progress, warnings) = store.load();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(progress.profiles[0].results.len(), 2);
        assert!(progress.profiles[0].facts.is_empty());
    }

    #[test]
    fn a_version_1_save_is_migrated_and_kept() {
        let store = memory();
        let v1 = "(version: 1, profiles: [(id: 4, nickname: \"Sam\", avatar: Sky, \
                  results: {}, language: Some(\"fr\"))], age_band: Ages13To15, language: Some(\"fr\"))";
        store.storage().write(V1_FILE, v1).unwrap();
        // Read before migrating, as `sango report` does.
        assert_eq!(store.load().0.profiles[0].nickname, "Sam");
        assert!(store.migrate().unwrap().is_none());
        let (progress, warnings) = store.load();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(progress.profiles.len(), 1);
        assert_eq!(progress.machine.age_band, Some(AgeBand::Ages13To15));
        assert_eq!(progress.machine.language.as_deref(), Some("fr"));
        assert_eq!(store.storage().read(V1_FILE).unwrap(), None);
        assert_eq!(
            store
                .storage()
                .read("backups/progress-v1.ron")
                .unwrap()
                .as_deref(),
            Some(v1)
        );
        // The next child gets a new id, and migrating again does nothing.
        assert_eq!(
            store.create_profile("Ali", Avatar::Sun, None).unwrap().id,
            5
        );
        assert!(store.migrate().unwrap().is_none());
    }

    #[test]
    fn the_oldest_version_1_save_migrates_too() {
        // Written before age bands and languages existed.
        let store = memory();
        let v1 = "(version: 1, profiles: [(id: 1, nickname: \"Sam\", avatar: Sky)])";
        store.storage().write(V1_FILE, v1).unwrap();
        store.migrate().unwrap();
        let (progress, _) = store.load();
        assert_eq!(progress.profiles[0].nickname, "Sam");
        assert_eq!(progress.machine.age_band, None);
    }

    #[test]
    fn a_file_from_a_newer_sango_is_moved_aside_whole_and_never_written_over() {
        let store = memory();
        let newer = "(version: 99, profile: (id: 1, nickname: \"Sam\", avatar: Sky), colour: 3)";
        store.storage().write("profiles/1.ron", newer).unwrap();
        let (progress, warnings) = store.load();
        assert!(progress.profiles.is_empty());
        let [
            LoadWarning::NewerSetAside {
                version: 99,
                kept_as,
                ..
            },
        ] = &warnings[..]
        else {
            panic!("{warnings:?}")
        };
        assert_eq!(
            store.storage().read(kept_as).unwrap().as_deref(),
            Some(newer)
        );
        assert_eq!(store.storage().read("profiles/1.ron").unwrap(), None);
        // With the last id lost too, the next child takes a name no file has.
        store.storage().remove(LAST_ID).unwrap();
        let next = store.create_profile("Ali", Avatar::Sun, None).unwrap();
        assert_eq!(next.id, 2);
        assert_eq!(
            store.storage().read(kept_as).unwrap().as_deref(),
            Some(newer)
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn random_bytes_and_a_huge_file_are_moved_aside_and_their_names_never_reused() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(Box::new(FileStorage::new(dir.path())));
        for name in ["Ana", "Ben", "Cy"] {
            store.create_profile(name, Avatar::Sun, None).unwrap();
        }
        let profiles = dir.path().join("profiles");
        let junk: Vec<u8> = (0..4096u32)
            .map(|i| (i * 7919 % 251) as u8 | 0x80)
            .collect();
        std::fs::write(profiles.join("3.ron"), &junk).unwrap();
        let huge = "x".repeat((super::super::storage::MAX_DOCUMENT_BYTES + 1) as usize);
        std::fs::write(profiles.join("2.ron"), &huge).unwrap();
        std::fs::remove_file(dir.path().join(LAST_ID)).unwrap();
        let (progress, warnings) = store.load();
        assert_eq!(progress.profiles.len(), 1, "{warnings:?}");
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        for w in &warnings {
            assert!(w.to_string().chars().count() < 400, "a short message: {w}");
        }
        assert!(!profiles.join("3.ron").exists() && !profiles.join("2.ron").exists());
        let kept: Vec<Vec<u8>> = std::fs::read_dir(&profiles)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(".corrupt-"))
            .map(|p| std::fs::read(p).unwrap())
            .collect();
        assert!(kept.contains(&junk) && kept.contains(&huge.into_bytes()));
        let next = store.create_profile("Dee", Avatar::Sun, None).unwrap();
        assert_eq!(next.id, 4, "no new child is written over a kept file");
    }

    #[test]
    fn one_broken_result_loses_only_itself() {
        let store = memory();
        let sam = store.create_profile("Sam", Avatar::Sky, None).unwrap();
        let sam = store.record(&sam, result("a", 2, 2)).unwrap();
        store.record(&sam, result("b", 3, 4)).unwrap();
        let name = profile_file(sam.id);
        let text = store.storage().read(&name).unwrap().unwrap();
        let broken = text.replacen("stars: 2", "stars: \"one\"", 1);
        assert_ne!(broken, text);
        store.storage().write(&name, &broken).unwrap();
        let (progress, warnings) = store.load();
        let [LoadWarning::Repaired { what, kept_as, .. }] = &warnings[..] else {
            panic!("{warnings:?}")
        };
        assert!(what.contains("the result of a"), "{what}");
        assert_eq!(
            store.storage().read(kept_as).unwrap().as_deref(),
            Some(broken.as_str())
        );
        let sam = &progress.profiles[0];
        assert_eq!(sam.nickname, "Sam");
        assert_eq!(sam.avatar, Avatar::Sky);
        assert!(sam.results.contains_key("b") && !sam.results.contains_key("a"));
        // Read back as saved, with nothing left to repair.
        assert!(store.load().1.is_empty());
    }

    #[test]
    fn a_hand_made_giant_nickname_is_cut_to_the_rules_on_load() {
        let store = memory();
        let sam = store.create_profile("Sam", Avatar::Sky, None).unwrap();
        let name = profile_file(sam.id);
        let text = store.storage().read(&name).unwrap().unwrap();
        let giant = format!("Sam{}", "m".repeat(200_000));
        store
            .storage()
            .write(&name, &text.replace("\"Sam\"", &format!("{giant:?}")))
            .unwrap();
        let (progress, warnings) = store.load();
        assert!(
            matches!(warnings[..], [LoadWarning::Repaired { .. }]),
            "{warnings:?}"
        );
        assert_eq!(
            progress.profiles[0].nickname.chars().count(),
            super::super::NICKNAME_MAX_CHARS
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn temp_files_left_by_a_stopped_save_are_cleaned_and_go_with_their_profile() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(Box::new(FileStorage::new(dir.path())));
        let sam = store.create_profile("Sam", Avatar::Sky, None).unwrap();
        let profiles = dir.path().join("profiles");
        let old = profiles.join("1.ron.tmp-AbC123");
        std::fs::write(&old, "(version: 2, profile: (id: 1, nickname: \"Sam\"").unwrap();
        std::fs::write(dir.path().join("machine.ron.tmp-Q1"), "(version: 2").unwrap();
        // A save in progress in another copy holds its lock: left alone until done.
        let held = store.storage().lock("profile-1").unwrap();
        let cleaner = std::thread::spawn({
            let dir = dir.path().to_path_buf();
            move || Store::new(Box::new(FileStorage::new(dir))).remove_stale_temp()
        });
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert!(old.exists(), "not while the save holds its lock");
        drop(held);
        assert_eq!(cleaner.join().unwrap().unwrap(), 2);
        assert!(!old.exists() && !dir.path().join("machine.ron.tmp-Q1").exists());
        let fresh = profiles.join("1.ron.tmp-XyZ789");
        std::fs::write(&fresh, "left by a save that was stopped").unwrap();
        store.delete_profile(sam.id).unwrap();
        let left: Vec<_> = std::fs::read_dir(&profiles)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["last-id"], "no copy of the profile is kept");
    }

    #[test]
    fn a_corrupt_profile_is_set_aside_and_the_others_load() {
        let store = memory();
        let sam = store.create_profile("Sam", Avatar::Sky, None).unwrap();
        store.create_profile("Ali", Avatar::Sun, None).unwrap();
        store
            .storage()
            .write(&profile_file(sam.id), "(version: 2, profile: (id: 1, nick")
            .unwrap();
        let (progress, warnings) = store.load();
        assert_eq!(progress.profiles.len(), 1);
        let [LoadWarning::CorruptSetAside { kept_as, .. }] = &warnings[..] else {
            panic!("{warnings:?}")
        };
        assert!(
            store
                .storage()
                .read(kept_as)
                .unwrap()
                .unwrap()
                .contains("nick")
        );
        // This copy still knew Sam: recording writes what it knew, plus the level.
        let back = store.record(&sam, result("a", 3, 4)).unwrap();
        assert_eq!(back.nickname, "Sam");
    }

    #[test]
    fn a_childs_own_choices_come_first_unless_the_class_is_locked() {
        let store = memory();
        let sam = store
            .create_profile("Sam", Avatar::Sky, Some("fr".into()))
            .unwrap();
        let mut progress = store.load().0;
        let deployed = Deployed::default();
        assert_eq!(progress.child_language(sam.id, &deployed), Some("fr"));
        // Preferences: the child's, else the machine's, else the defaults.
        let big = crate::prefs::Preferences {
            reduced_motion: true,
            ..Default::default()
        };
        assert_eq!(progress.preferences(Some(sam.id)), Default::default());
        progress.machine.preferences = Some(big);
        assert_eq!(progress.preferences(Some(sam.id)), big);
        assert_eq!(progress.preferences(None), big);
        progress.machine.locked = Some(true);
        assert_eq!(progress.child_language(sam.id, &deployed), None);
    }

    #[test]
    fn settings_fall_back_from_teacher_to_deployed_to_default() {
        let mut machine = Machine::default();
        let mut deployed = Deployed::default();
        assert_eq!(machine.age_band(&deployed), AgeBand::Ages9To12);
        assert!(machine.enabled(&deployed, "x"));
        deployed.age_band = Some(AgeBand::Ages16To18);
        deployed.scenarios = Some(["y".to_string()].into());
        deployed.lock_settings = Some(true);
        assert_eq!(machine.age_band(&deployed), AgeBand::Ages16To18);
        assert!(!machine.enabled(&deployed, "x"));
        assert!(machine.locked(&deployed));
        machine.age_band = Some(AgeBand::Ages13To15);
        machine.enabled = Some(["x".to_string()].into());
        machine.locked = Some(false);
        assert_eq!(machine.age_band(&deployed), AgeBand::Ages13To15);
        assert!(machine.enabled(&deployed, "x"));
        assert!(!machine.locked(&deployed));
    }

    #[test]
    fn a_reset_keeps_a_backup_first_and_the_teacher_settings() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(Box::new(FileStorage::new(dir.path())));
        store
            .change_machine(|m| m.pin = Some(PinHash::new("1234")))
            .unwrap();
        for name in ["Sam", "Ali"] {
            let p = store.create_profile(name, Avatar::Sky, None).unwrap();
            store.record(&p, result("a", 3, 4)).unwrap();
        }
        let backup = store.reset_all(1_795_824_000).unwrap();
        assert!(backup.ends_with("backups/2026-11-28-000000"), "{backup}");
        let (after, _) = store.load();
        assert!(after.profiles.is_empty());
        assert!(after.machine.pin.is_some());
        let kept = FileStorage::new(dir.path().join("backups"))
            .list("2026-11-28-000000")
            .unwrap();
        assert_eq!(kept.len(), 4, "{kept:?}"); // two profiles, last-id, machine
        // A second reset the same second gets its own folder.
        store.create_profile("Kim", Avatar::Sky, None).unwrap();
        let again = store.reset_all(1_795_824_000).unwrap();
        assert!(again.ends_with("2026-11-28-000000-1"), "{again}");
    }
}
