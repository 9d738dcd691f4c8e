//! What a child answered in the warm-up and the look-back, as saved in their
//! profile. The statistics over these live in `learning`; the records live here,
//! with the profile that holds them, so saving needs nothing of the statistics.

use serde::{Deserialize, Serialize};

use crate::content::{AgeBand, ItemSet};

/// The mean of some values; `None` for none.
fn average(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// How sure a child was of an answer: asked after each one, never scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    Guessing,
    FairlySure,
    VerySure,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [
        Confidence::Guessing,
        Confidence::FairlySure,
        Confidence::VerySure,
    ];

    /// 1 (guessing) to 3 (very sure).
    pub fn value(self) -> f64 {
        match self {
            Confidence::Guessing => 1.0,
            Confidence::FairlySure => 2.0,
            Confidence::VerySure => 3.0,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Confidence::Guessing => "guessing",
            Confidence::FairlySure => "fairly-sure",
            Confidence::VerySure => "very-sure",
        }
    }
}

/// One question answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The question's id in `scenarios/checks.ron`.
    pub item: String,
    pub objective: String,
    /// Whether the best answer was picked.
    pub right: bool,
    pub confidence: Confidence,
}

/// A check a child finished: which set, for which age band, and every answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRecord {
    pub set: ItemSet,
    pub band: AgeBand,
    pub answers: Vec<Answer>,
}

impl CheckRecord {
    /// The share of questions answered well.
    pub fn score(&self) -> Option<f64> {
        let right: Vec<f64> = self
            .answers
            .iter()
            .map(|a| f64::from(u8::from(a.right)))
            .collect();
        average(&right)
    }

    /// Whether the question on an objective was answered well.
    pub fn right_on(&self, objective: &str) -> Option<bool> {
        self.answers
            .iter()
            .find(|a| a.objective == objective)
            .map(|a| a.right)
    }

    /// How sure the child was, on average (1 to 3).
    pub fn confidence(&self) -> Option<f64> {
        let values: Vec<f64> = self.answers.iter().map(|a| a.confidence.value()).collect();
        average(&values)
    }
}

/// A child's warm-up and look-back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checks {
    #[serde(default)]
    pub warm_up: Option<CheckRecord>,
    #[serde(default)]
    pub look_back: Option<CheckRecord>,
}

impl Checks {
    pub fn is_empty(&self) -> bool {
        self.warm_up.is_none() && self.look_back.is_none()
    }

    /// Both checks, for the same child on two machines: the ones held are kept,
    /// the other machine's fill the gaps.
    pub fn merge(&mut self, other: Checks) {
        if self.warm_up.is_none() {
            self.warm_up = other.warm_up;
        }
        if self.look_back.is_none() {
            self.look_back = other.look_back;
        }
    }

    /// What the child answered most recently on an objective.
    pub fn latest_on(&self, objective: &str) -> Option<bool> {
        [&self.look_back, &self.warm_up]
            .into_iter()
            .flatten()
            .find_map(|r| r.right_on(objective))
    }
}

/// Which check a child is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Before the first level.
    WarmUp,
    /// After the first world finished.
    LookBack,
}
