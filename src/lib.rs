//! Sango: a game that teaches children aged 9–18 to stay safe online.
//!
//! The core lives in the `sango-core` crate (`crates/sango-core`: content, l10n,
//! learning, lms, play, prefs, progress, report, settings, speech, voice, guess, wording, xapi), which knows
//! nothing of Bevy; it is re-exported here under the same names. `game` is the
//! Bevy front end.

pub use sango_core::{
    check, check_run, clock, content, guess, l10n, learning, lms, parallel, play, prefs, progress,
    report, settings, speech, voice, wording, xapi,
};

pub mod game;
