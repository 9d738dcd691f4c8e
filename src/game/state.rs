//! The game's resources: content, words, saved progress, who is playing, the level
//! in play. Built from the Bevy-free core.

use std::sync::Arc;

use bevy::prelude::*;

use crate::content::AgeBand;
use crate::content::{Choice, Diagnostic, Library, Part};
use crate::l10n::Localizer;
use crate::play::{Run, RunResult, SortResult, SpotResult};
use crate::prefs::{Helpline, Preferences};
use crate::progress::{Avatar, LoadWarning, Machine, Progress, StorageError, Store, StoreError};
use crate::settings::Settings;

/// Scenarios and objectives, and what was wrong with the ones that did not load.
#[derive(Resource)]
pub struct Content {
    pub library: Arc<Library>,
    pub problems: Vec<Diagnostic>,
}

impl Content {
    /// Scenarios that are safe to offer: their file has no errors.
    pub fn playable(&self) -> impl Iterator<Item = &crate::content::Scenario> {
        self.library
            .scenarios
            .iter()
            .filter(|f| !self.errors().any(|d| d.path == f.path))
            .map(|f| &f.scenario)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.problems.iter().filter(|d| d.is_error())
    }

    /// The levels offered to the children on this machine now (see
    /// [`crate::learning::offered`]).
    pub fn offered(&self, saves: &Saves) -> Vec<&crate::content::Scenario> {
        crate::learning::offered(self.playable(), saves.age_band(), |id| saves.enabled(id))
    }
}

/// Every message, in the chosen language.
#[derive(Resource)]
pub struct Words(pub Localizer);

/// Progress, the classroom's settings, and where they are kept. A problem loading
/// or saving is kept as a notice for the screen to show; play goes on.
#[derive(Resource)]
pub struct Saves {
    /// As read at start, kept up to date with every change this copy makes (and
    /// re-read when the list of children is shown, for changes other copies made).
    pub progress: Progress,
    store: Store,
    /// The school's deployed settings.
    pub settings: Settings,
    pub notice: Option<String>,
    /// A language's words could not be fetched (web build), said in the language
    /// in use.
    pub language_notice: Option<String>,
    checks_recorded: Vec<(crate::learning::Due, crate::learning::CheckRecord)>,
}

impl Saves {
    /// Opens the store: a version-1 save is migrated first.
    pub fn open(store: Store, settings: Settings) -> Self {
        let mut warnings = Vec::new();
        match store.migrate() {
            Ok(Some(w)) => warnings.push(w),
            Ok(None) => {}
            Err(e) => warnings.push(LoadWarning::Unreadable(e)),
        }
        // Whole profiles may sit in temp files a stopped save left: never kept.
        match store.remove_stale_temp() {
            Ok(0) => {}
            Ok(n) => info!("removed {n} temporary file(s) left by a stopped save"),
            Err(e) => warn!("{e}"),
        }
        let (progress, more) = store.load();
        warnings.extend(more);
        for w in &warnings {
            warn!("{w}");
        }
        let notice = (!warnings.is_empty()).then(|| {
            warnings
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        });
        Self {
            progress,
            store,
            settings,
            notice,
            language_notice: None,
            checks_recorded: Vec::new(),
        }
    }

    /// Reads the list of children again: another copy of the game may have added
    /// or changed some.
    pub fn reload_profiles(&mut self) {
        let (profiles, warnings) = self.store.load_profiles();
        self.progress.profiles = profiles;
        for w in warnings {
            self.problem(w.to_string());
        }
    }

    fn problem(&mut self, message: String) {
        error!("{message}");
        self.notice = Some(message);
    }

    /// Where progress is kept.
    pub fn location(&self) -> String {
        self.store.storage().location()
    }

    /// Puts back a profile a learning platform kept; its id, or None (and a
    /// notice) if it could not be.
    pub fn restore_profile(&mut self, profile: crate::progress::Profile) -> Option<u32> {
        match self.store.restore_profile(&profile) {
            Ok(()) => {
                let id = profile.id;
                self.progress.update(profile);
                Some(id)
            }
            Err(e) => {
                self.problem(e.to_string());
                None
            }
        }
    }

    pub fn create_profile(&mut self, nickname: &str, avatar: Avatar) -> Result<u32, StoreError> {
        let language = self.progress.machine.language.clone();
        let profile = self.store.create_profile(nickname, avatar, language)?;
        let id = profile.id;
        self.progress.update(profile);
        Ok(id)
    }

    /// Changes a child's saved profile and keeps it as saved; false (and a notice)
    /// if it could not be saved.
    fn save_profile(
        &mut self,
        id: u32,
        change: impl FnOnce(
            &Store,
            &crate::progress::Profile,
        ) -> Result<crate::progress::Profile, StoreError>,
    ) -> bool {
        let Some(known) = self.progress.profile(id).cloned() else {
            return false;
        };
        match change(&self.store, &known) {
            Ok(saved) => {
                self.progress.update(saved);
                true
            }
            Err(e) => {
                self.problem(e.to_string());
                false
            }
        }
    }

    /// Records a finished level; false (and a notice) if it could not be saved.
    pub fn record(&mut self, id: u32, result: RunResult) -> bool {
        self.save_profile(id, |store, known| store.record(known, result))
    }

    /// Records a finished level and what its play set for the story to
    /// remember, in one write; false (and a notice) if it could not be saved.
    pub fn record_play(
        &mut self,
        id: u32,
        result: RunResult,
        facts: std::collections::BTreeSet<String>,
    ) -> bool {
        self.save_profile(id, |store, known| store.record_play(known, result, facts))
    }

    /// What the story remembers of a child's levels of the same age band as
    /// `level` (another band's story is its own).
    pub fn remembered(
        &self,
        id: u32,
        content: &Content,
        level: &str,
    ) -> std::collections::BTreeSet<String> {
        let Some(profile) = self.progress.profile(id) else {
            return Default::default();
        };
        let bands = content
            .playable()
            .find(|s| s.id == level)
            .map(|s| s.ages.clone())
            .unwrap_or_default();
        let same_band = content
            .playable()
            .filter(|s| s.ages.iter().any(|b| bands.contains(b)));
        crate::content::story::remembered_in(&profile.facts, same_band)
    }

    /// Who a child is to the school's record store: their random account there
    /// (made and saved the first time), and their nickname only if the school
    /// sends nicknames. None (and a notice) if the account could not be saved.
    pub fn lrs_learner(
        &mut self,
        id: u32,
        lrs: &crate::xapi::LrsSettings,
    ) -> Option<crate::xapi::Learner> {
        let known = self.progress.profile(id)?;
        let nickname = lrs.send_nicknames.then(|| known.nickname.clone());
        // Made already: nothing to save.
        if let Some(account) = known.lrs_accounts.get(&lrs.school) {
            return Some(crate::xapi::Learner {
                account: account.clone(),
                nickname,
            });
        }
        let known = known.clone();
        let made = self.store.lrs_account(&known, &lrs.school, || {
            crate::xapi::Learner::new_account_name(&mut rand::rng())
        });
        match made {
            Ok((saved, account)) => {
                self.progress.update(saved);
                Some(crate::xapi::Learner { account, nickname })
            }
            Err(e) => {
                self.problem(e.to_string());
                None
            }
        }
    }

    /// Where progress is kept, shared with the thread that sends statements.
    pub fn shared_storage(&self) -> std::sync::Arc<dyn crate::progress::Storage> {
        self.store.shared_storage()
    }

    /// Records a finished check; false (and a notice) if it could not be saved.
    pub fn record_check(
        &mut self,
        id: u32,
        due: crate::learning::Due,
        record: crate::learning::CheckRecord,
    ) -> bool {
        let told = (due, record.clone());
        let saved = self.save_profile(id, |store, known| store.record_check(known, due, record));
        if saved {
            self.checks_recorded.push(told);
        }
        saved
    }

    pub fn checks_were_recorded(&self) -> bool {
        !self.checks_recorded.is_empty()
    }

    /// The checks recorded since the last call (the school's record store hears
    /// of each).
    pub fn take_checks_recorded(
        &mut self,
    ) -> Vec<(crate::learning::Due, crate::learning::CheckRecord)> {
        std::mem::take(&mut self.checks_recorded)
    }

    /// The language chosen now, for this machine and the child playing.
    pub fn set_language(&mut self, lang: &str, player: Option<u32>) {
        self.change_machine(|m| m.language = Some(lang.to_string()));
        if let Some(known) = player.and_then(|id| self.progress.profile(id)).cloned() {
            match self.store.set_language(&known, lang) {
                Ok(saved) => self.progress.update(saved),
                Err(e) => self.problem(e.to_string()),
            }
        }
    }

    /// Preferences changed now: kept for this machine and for the child playing.
    pub fn set_preferences(&mut self, preferences: Preferences, player: Option<u32>) {
        self.change_machine(|m| m.preferences = Some(preferences));
        if let Some(known) = player.and_then(|id| self.progress.profile(id)).cloned() {
            match self.store.set_preferences(&known, preferences) {
                Ok(saved) => self.progress.update(saved),
                Err(e) => self.problem(e.to_string()),
            }
        }
    }

    /// The preferences to play with: the child's own once they have any, else
    /// this machine's, else the defaults.
    pub fn preferences(&self, player: Option<u32>) -> Preferences {
        self.progress.preferences(player)
    }

    /// The helplines the school listed, if any.
    pub fn helplines(&self) -> &[Helpline] {
        self.settings
            .deployed
            .helplines
            .as_deref()
            .unwrap_or_default()
    }

    /// Changes the machine's settings; false (and a notice) if that failed.
    pub fn change_machine(&mut self, change: impl FnOnce(&mut Machine)) -> bool {
        match self.store.change_machine(change) {
            Ok(machine) => {
                self.progress.machine = machine;
                true
            }
            Err(e) => {
                self.problem(e.to_string());
                false
            }
        }
    }

    /// Writes a document (an exported report) beside the progress; returns where.
    pub fn write_document(&self, name: &str, text: &str) -> Result<String, StorageError> {
        let storage = self.store.storage();
        storage.write(name, text)?;
        Ok(format!("{}/{name}", storage.location()))
    }

    pub fn delete_profile(&mut self, id: u32) -> Result<(), StoreError> {
        self.store.delete_profile(id)?;
        self.progress.profiles.retain(|p| p.id != id);
        Ok(())
    }

    /// Removes every profile after a backup; returns where the backup is.
    pub fn reset_all(&mut self) -> Result<String, StoreError> {
        let backup = self.store.reset_all(crate::clock::now_unix())?;
        self.progress.profiles.clear();
        Ok(backup)
    }

    pub fn age_band(&self) -> AgeBand {
        self.progress.machine.age_band(&self.settings.deployed)
    }

    /// Children may not change the age band or the language.
    pub fn locked(&self) -> bool {
        self.progress.machine.locked(&self.settings.deployed)
    }

    /// Whether the teacher (or the school) offers this scenario.
    pub fn enabled(&self, scenario: &str) -> bool {
        self.progress
            .machine
            .enabled(&self.settings.deployed, scenario)
    }

    /// The machine's language, if one was chosen here or by the school.
    pub fn language(&self) -> Option<&str> {
        self.progress.machine.language(&self.settings.deployed)
    }
}

/// How the child playing now likes to play (see [`Saves::preferences`]). Screens
/// are rebuilt when the text size or the contrast changes.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq)]
pub struct Prefs(pub Preferences);

/// Started as a kiosk: fullscreen, and only the teacher can quit.
#[derive(Resource, Default, Debug, Clone, Copy)]
pub struct Kiosk(pub bool);

/// The profile playing now.
#[derive(Resource, Default, Debug)]
pub struct Player {
    pub profile: Option<u32>,
}

/// A fixed seed for choice order, for tests; otherwise every level is shuffled anew.
#[derive(Resource, Clone, Copy, Debug)]
pub struct FixedSeed(pub u64);

/// What follows a choice or a clue card before the story goes on.
#[derive(Debug, Clone)]
pub enum Feedback {
    /// What the choice led to is on screen: the story first, no verdict yet.
    Consequence(Choice),
    /// Then Sango's verdict on the choice, and why.
    Choice(Choice),
    Spot(SpotResult),
    /// A sorted feed: how it went, and for the beat it was, each post's why.
    Sort {
        beat: String,
        result: SortResult,
    },
    /// An account set up: how it went, and for the beat it was, each setting's why.
    Setup {
        beat: String,
        result: crate::play::SetupResult,
    },
    /// A message sent: how it went, and for the beat it was, each phrase's why.
    Compose {
        beat: String,
        result: crate::play::ComposeResult,
    },
    /// An account locked and signed in to: each piece, setting and the page's why.
    Lock {
        beat: String,
        result: crate::play::LockResult,
    },
    /// A fake post built: whom it fooled, each technique's why, and Sango
    /// turning it round.
    Craft {
        beat: String,
        result: crate::play::CraftResult,
    },
}

impl Feedback {
    /// After a choice: what happened first, when there is a line to show it; a
    /// clue card that follows has none, so Sango speaks at once.
    pub fn after(choice: Choice, next: &crate::play::Step) -> Self {
        match next {
            crate::play::Step::Line { .. }
            | crate::play::Step::Decision { .. }
            | crate::play::Step::Ending { .. } => Feedback::Consequence(choice),
            _ => Feedback::Choice(choice),
        }
    }
}

/// The level being played.
#[derive(Resource, Debug)]
pub struct Level {
    pub run: Run,
    /// Sango's feedback on the last choice, shown before the story goes on.
    pub feedback: Option<Feedback>,
    /// The part of a spot-the-clues card tapped last, and why it is (not) a clue.
    pub last_tap: Option<Part>,
    /// The beat this level was opened at, when not the start (`sango play --beat`).
    pub opened_at: Option<String>,
    /// Which level opened this is, in this game (a replay is a new one): what
    /// the record store is told follows it.
    pub serial: u64,
}

impl Level {
    /// A fresh run of a scenario; its choices are shuffled unless a seed is fixed.
    pub fn start(content: &Content, id: &str, seed: Option<&FixedSeed>) -> Option<Level> {
        Self::remembering(content, id, seed, (Default::default(), 0))
    }

    /// A fresh run in a world that remembers what the child's earlier levels set
    /// (`facts`), with the people this child knows (`people`, from the profile).
    pub fn remembering(
        content: &Content,
        id: &str,
        seed: Option<&FixedSeed>,
        (facts, people): (std::collections::BTreeSet<String>, u64),
    ) -> Option<Level> {
        let scenario = content.playable().find(|s| s.id == id)?.clone();
        let seed = seed.map_or_else(rand::random, |s| s.0);
        let start = scenario.start.clone();
        match Run::start_remembering(Arc::new(scenario), &start, seed, facts) {
            Ok(run) => Some(Level::new(run.meet(people))),
            Err(e) => {
                error!("cannot start `{id}`: {e}");
                None
            }
        }
    }

    pub fn new(run: Run) -> Self {
        Self {
            run,
            feedback: None,
            last_tap: None,
            opened_at: None,
            serial: {
                static OPENED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
                OPENED.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        }
    }
}

/// The last finished level, shown at the debrief.
#[derive(Resource, Debug)]
pub struct Finished {
    pub result: RunResult,
    pub saved: bool,
    /// Objectives this level brought to mastery: new badges.
    pub new_badges: Vec<String>,
    /// The details that play used, so its messages read the same at the debrief.
    pub variables: Vec<(String, String)>,
    /// The choice that put a slip right (its message key), if one did.
    pub put_right_by: Option<String>,
}
