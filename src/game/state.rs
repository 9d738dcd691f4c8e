//! The game's resources: content, words, saved progress, who is playing, the level
//! in play. Built from the Bevy-free core.

use std::sync::Arc;

use bevy::prelude::*;

use crate::check::{ContentRoot, load_and_lint};
use crate::content::{Choice, Diagnostic, Library, Part, Speaker};
use crate::l10n::Localizer;
use crate::play::{Run, RunResult, SpotResult};
use crate::progress::{Progress, Storage};

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
}

/// Every message, in the chosen language.
#[derive(Resource)]
pub struct Words(pub Localizer);

/// Progress and where it is kept. A problem loading or saving is kept as a notice
/// for the screen to show.
#[derive(Resource)]
pub struct Saves {
    pub progress: Progress,
    storage: Box<dyn Storage>,
    pub notice: Option<String>,
}

impl Saves {
    pub fn load(storage: Box<dyn Storage>) -> Self {
        let (progress, warning) = Progress::load(storage.as_ref());
        if let Some(w) = &warning {
            warn!("{w}");
        }
        Self {
            progress,
            storage,
            notice: warning.map(|w| w.to_string()),
        }
    }

    pub fn save(&mut self) -> Result<(), String> {
        let result = self
            .progress
            .save(self.storage.as_ref())
            .map_err(|e| e.to_string());
        if let Err(e) = &result {
            error!("{e}");
            self.notice = Some(e.clone());
        }
        result
    }
}

/// The profile playing now.
#[derive(Resource, Default, Debug)]
pub struct Player {
    pub profile: Option<u32>,
}

/// A fixed seed for choice order, for tests; otherwise every level is shuffled anew.
#[derive(Resource, Clone, Copy, Debug)]
pub struct FixedSeed(pub u64);

/// What Sango explains before the story goes on.
#[derive(Debug, Clone)]
pub enum Feedback {
    Choice(Choice),
    Spot(SpotResult),
}

/// The level being played.
#[derive(Resource, Debug)]
pub struct Level {
    pub run: Run,
    /// Sango's feedback on the last choice, shown before the story goes on.
    pub feedback: Option<Feedback>,
    /// The part of a spot-the-clues card tapped last, and why it is (not) a clue.
    pub last_tap: Option<Part>,
    /// What has been said so far: the chat and feed stages show it.
    pub transcript: Vec<(Speaker, String)>,
    /// The beat this level was opened at, when not the start (`sango play --beat`).
    pub opened_at: Option<String>,
}

impl Level {
    pub fn new(run: Run) -> Self {
        Self {
            run,
            feedback: None,
            last_tap: None,
            transcript: Vec::new(),
            opened_at: None,
        }
    }
}

/// The last finished level, shown at the debrief.
#[derive(Resource, Debug)]
pub struct Finished {
    pub result: RunResult,
    pub saved: bool,
    /// The details that play used, so its messages read the same at the debrief.
    pub variables: Vec<(String, String)>,
}

/// Loads content and words, applies the language, and inserts every resource the
/// screens need. Errors in content are kept for the title screen, not fatal.
pub fn insert_resources(
    app: &mut App,
    root: &ContentRoot,
    lang: Option<&str>,
    storage: Box<dyn Storage>,
) {
    let checked = load_and_lint(root);
    for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
        error!("{d}");
    }
    let mut localizer = checked.localizer;
    let saves = Saves::load(storage);
    // The command line, else the language last chosen here, else the OS's.
    let chosen = lang
        .map(str::to_owned)
        .or_else(|| saves.progress.language.clone())
        .or_else(|| {
            let available: Vec<&str> = localizer.languages().collect();
            crate::l10n::system_language(&available).map(str::to_owned)
        });
    if let Some(lang) = chosen
        && !localizer.set_language(&lang)
    {
        warn!("no locale `{lang}`; playing in {}", localizer.language());
    }
    app.insert_resource(Content {
        library: Arc::new(checked.library),
        problems: checked.diagnostics,
    })
    .insert_resource(Words(localizer))
    .insert_resource(saves)
    .init_resource::<Player>();
}
