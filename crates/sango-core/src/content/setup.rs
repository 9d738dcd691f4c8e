//! How an account to set up is judged: each setting by the fit of its value, the
//! whole by a rule that neither closing everything nor leaving the app's
//! defaults can win when the situation needs more thought (the linter checks
//! that each scenario's does).

use super::schema::{Setting, Setup, Verdict};

/// The fit of each setting's value chosen (a value that does not exist fits
/// nothing).
pub fn fits(settings: &[Setting], chosen: &[usize]) -> Vec<Verdict> {
    settings
        .iter()
        .zip(chosen)
        .map(|(s, &v)| s.values.get(v).map_or(Verdict::Risky, |v| v.fit))
        .collect()
}

/// Safe when every setting fits the situation; risky when the settings
/// average under half right (a fitting value earns 1, a cautious one half, a
/// risky one nothing); cautious between. (Allowing one setting that could
/// fit better let rules that only sound safe win: a playtest found several.)
pub fn verdict(settings: &[Setting], chosen: &[usize]) -> Verdict {
    let fits = fits(settings, chosen);
    let count = |verdict| fits.iter().filter(|f| **f == verdict).count();
    let credit = count(Verdict::Safe) as f32 + count(Verdict::Cautious) as f32 / 2.0;
    if count(Verdict::Safe) == fits.len() {
        Verdict::Safe
    } else if credit * 2.0 < fits.len() as f32 {
        Verdict::Risky
    } else {
        Verdict::Cautious
    }
}

/// Each setting's first fitting value.
pub fn fitting(settings: &[Setting]) -> Vec<usize> {
    settings
        .iter()
        .map(|s| {
            s.values
                .iter()
                .position(|v| v.fit == Verdict::Safe)
                .unwrap_or(0)
        })
        .collect()
}

impl Setup {
    /// The fit of each setting's value chosen.
    pub fn fits(&self, chosen: &[usize]) -> Vec<Verdict> {
        fits(&self.settings, chosen)
    }

    /// How well the account is set up (see [`verdict`]).
    pub fn verdict(&self, chosen: &[usize]) -> Verdict {
        verdict(&self.settings, chosen)
    }

    /// Five ways a child may set an account up: for the situation (each setting's
    /// first fitting value), closing everything (each one's last value), leaving
    /// the app's defaults, the middle value every time, and opening everything
    /// (each one's first value). The explorer plays them all; the linter wants
    /// only the first to be safe.
    pub fn ways(&self) -> [(&'static str, Vec<usize>); 5] {
        let fitting = fitting(&self.settings);
        let closed = self
            .settings
            .iter()
            .map(|s| s.values.len().saturating_sub(1))
            .collect();
        [
            ("setting it up for the situation", fitting),
            ("closing everything", closed),
            (
                "leaving the app's defaults",
                self.settings.iter().map(|s| s.start).collect(),
            ),
            (
                "picking the middle value every time",
                self.settings.iter().map(|s| s.values.len() / 2).collect(),
            ),
            ("opening everything", vec![0; self.settings.len()]),
        ]
    }
}
