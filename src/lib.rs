//! Sango: a game that teaches children aged 9–18 to stay safe online.
//!
//! The core (`content`, `l10n`, `learning`, `play`, `prefs`, `progress`, `report`,
//! `settings`, `voice`) knows nothing of Bevy, so it is quick to test and usable by
//! tools; `game` is the Bevy front end.

pub mod check;
pub mod clock;
pub mod content;
pub mod game;
pub mod guess;
pub mod l10n;
pub mod learning;
pub mod play;
pub mod prefs;
pub mod progress;
pub mod report;
pub mod settings;
pub mod voice;
