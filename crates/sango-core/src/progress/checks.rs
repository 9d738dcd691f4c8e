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

/// One situation judged (or, in a check taken before issue 25, one
/// multiple-choice question answered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The item's id in `scenarios/checks.ron`.
    pub item: String,
    pub objective: String,
    /// Whether the child judged it rightly (said "OK" to a safe situation, "Not
    /// OK" to a risky one).
    pub right: bool,
    pub confidence: Confidence,
    /// Whether the situation was safe. None in a check from before situations
    /// to judge: it counts for nothing in discernment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe: Option<bool>,
}

impl Answer {
    /// Whether the child said "Not OK" (None for an old multiple-choice answer).
    pub fn said_not_ok(&self) -> Option<bool> {
        self.safe.map(|safe| safe != self.right)
    }
}

/// A check a child finished: which set, for which age band, and every answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRecord {
    pub set: ItemSet,
    pub band: AgeBand,
    pub answers: Vec<Answer>,
    /// The day it was taken (days since 1970, UTC): a booster comes a week
    /// after the look-back. Only the day; absent in older saves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
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

    /// Whether everything on an objective was judged (or answered) well; None
    /// if it was not asked about.
    pub fn right_on(&self, objective: &str) -> Option<bool> {
        let mut on = self
            .answers
            .iter()
            .filter(|a| a.objective == objective)
            .peekable();
        on.peek()?;
        Some(on.all(|a| a.right))
    }

    /// How sure the child was, on average (1 to 3).
    pub fn confidence(&self) -> Option<f64> {
        let values: Vec<f64> = self.answers.iter().map(|a| a.confidence.value()).collect();
        average(&values)
    }

    /// Its situations judged, on the objectives `on` picks.
    pub fn judged(&self, on: impl Fn(&str) -> bool) -> Judged {
        let mut judged = Judged::default();
        for answer in self.answers.iter().filter(|a| on(&a.objective)) {
            judged.add(answer);
        }
        judged
    }

    /// The objectives it asked about (in situations to judge).
    pub fn objectives(&self) -> std::collections::BTreeSet<&str> {
        self.answers
            .iter()
            .filter(|a| a.safe.is_some())
            .map(|a| a.objective.as_str())
            .collect()
    }
}

/// Situations judged, counted as signal detection does: risky ones caught
/// (hits) and safe ones called "Not OK" (false alarms).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Judged {
    pub risky: u32,
    pub hits: u32,
    pub safe: u32,
    pub false_alarms: u32,
}

impl Judged {
    pub fn add(&mut self, answer: &Answer) {
        match (answer.safe, answer.said_not_ok()) {
            (Some(false), Some(not_ok)) => {
                self.risky += 1;
                self.hits += u32::from(not_ok);
            }
            (Some(true), Some(not_ok)) => {
                self.safe += 1;
                self.false_alarms += u32::from(not_ok);
            }
            _ => {}
        }
    }

    /// The share of risky situations caught.
    pub fn hit_rate(&self) -> Option<f64> {
        (self.risky > 0).then(|| f64::from(self.hits) / f64::from(self.risky))
    }

    /// The share of safe situations called "Not OK".
    pub fn false_alarm_rate(&self) -> Option<f64> {
        (self.safe > 0).then(|| f64::from(self.false_alarms) / f64::from(self.safe))
    }

    /// Discernment: hits minus false alarms, from −1 to 1. 0 is no better than
    /// chance, and so is "Not OK" to everything (1 − 1). None without both a
    /// safe and a risky situation.
    pub fn discernment(&self) -> Option<f64> {
        Some(self.hit_rate()? - self.false_alarm_rate()?)
    }

    /// d′ (z of the hit rate minus z of the false-alarm rate), with the
    /// log-linear correction (add ½ to each count and 1 to each total) so that
    /// perfect rates stay finite.
    pub fn d_prime(&self) -> Option<f64> {
        if self.risky == 0 || self.safe == 0 {
            return None;
        }
        let rate = |k: u32, n: u32| (f64::from(k) + 0.5) / (f64::from(n) + 1.0);
        Some(
            crate::stats::probit(rate(self.hits, self.risky))
                - crate::stats::probit(rate(self.false_alarms, self.safe)),
        )
    }
}

/// A child's warm-up, look-back and booster.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checks {
    #[serde(default)]
    pub warm_up: Option<CheckRecord>,
    #[serde(default)]
    pub look_back: Option<CheckRecord>,
    /// The "remember?" round, a week or more after the look-back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booster: Option<CheckRecord>,
}

impl Checks {
    pub fn is_empty(&self) -> bool {
        self.warm_up.is_none() && self.look_back.is_none() && self.booster.is_none()
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
        if self.booster.is_none() {
            self.booster = other.booster;
        }
    }

    /// A kind of check, if taken.
    pub fn record(&self, due: Due) -> Option<&CheckRecord> {
        match due {
            Due::WarmUp => self.warm_up.as_ref(),
            Due::LookBack => self.look_back.as_ref(),
            Due::Booster => self.booster.as_ref(),
        }
    }

    /// The record a kind of check keeps.
    pub fn slot(&mut self, due: Due) -> &mut Option<CheckRecord> {
        match due {
            Due::WarmUp => &mut self.warm_up,
            Due::LookBack => &mut self.look_back,
            Due::Booster => &mut self.booster,
        }
    }

    /// What the child answered most recently on an objective.
    pub fn latest_on(&self, objective: &str) -> Option<bool> {
        [&self.booster, &self.look_back, &self.warm_up]
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
    /// Once enough objectives have been trained (see `learning::due`).
    LookBack,
    /// "Remember?": a week or more after the look-back.
    Booster,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_saved_before_situations_still_reads_and_counts_for_nothing() {
        // A warm-up as version one saved it: multiple-choice answers, no day.
        let old = r#"(
            warm_up: Some((set: A, band: Ages9To12, answers: [
                (item: "rights-9-a", objective: "know-my-rights", right: true, confidence: VerySure),
            ])),
            look_back: None,
        )"#;
        let checks: Checks = ron::from_str(old).unwrap();
        let warm_up = checks.warm_up.as_ref().unwrap();
        assert_eq!((warm_up.day, checks.booster.is_none()), (None, true));
        assert_eq!(warm_up.answers[0].safe, None);
        assert_eq!(warm_up.judged(|_| true), Judged::default());
        assert!(warm_up.objectives().is_empty());
        // Written back, it reads the same; a new answer keeps its truth.
        let mut again = checks.clone();
        again.warm_up.as_mut().unwrap().answers[0].safe = Some(false);
        let text = ron::to_string(&again).unwrap();
        let read: Checks = ron::from_str(&text).unwrap();
        assert_eq!(read, again);
        assert_eq!(read.warm_up.unwrap().answers[0].said_not_ok(), Some(true));
    }
}
