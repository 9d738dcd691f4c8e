//! Sango's core: everything that is not drawing. Scenarios and their linter
//! (`content`), words (`l10n`), a level as a state machine (`play`), saved
//! progress (`progress`), what a class learned (`learning`, `report`), the
//! school's settings, the voices' lists and the guessability check. No Bevy,
//! winit or audio anywhere in its dependency tree: `cargo test -p sango-core`
//! builds none of them.

pub mod check;
pub mod check_run;
pub mod clock;
pub mod content;
pub mod guess;
pub mod l10n;
pub mod learning;
pub mod lms;
pub mod parallel;
pub mod play;
pub mod prefs;
pub mod progress;
pub mod report;
pub mod settings;
pub mod speech;
pub mod stats;
pub mod voice;
pub mod wording;
pub mod xapi;

/// The folder holding `scenarios/`, `locales/` and `docs/` in the source tree:
/// the workspace's root, two folders above this crate.
pub const SOURCE_ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
