//! Scoring a run against learning objectives: evidence per objective from each
//! choice's verdict, and stars for the level.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Decision;
use crate::content::{Outcome, Scenario};

/// The score of a finished run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunResult {
    pub scenario: String,
    pub outcome: Outcome,
    /// 1 to 3. Finishing always earns one: a hard run is a lesson, not a failure.
    pub stars: u8,
    pub points: u32,
    pub max_points: u32,
    /// Evidence for every objective the scenario trains (0 when not practised).
    pub evidence: BTreeMap<String, i32>,
}

/// How an objective went, as the debrief words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceLevel {
    PractisedWell,
    NotYetPractised,
    PractiseAgain,
}

impl EvidenceLevel {
    pub fn of(evidence: i32) -> Self {
        match evidence {
            e if e > 0 => Self::PractisedWell,
            0 => Self::NotYetPractised,
            _ => Self::PractiseAgain,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::PractisedWell => "practised-well",
            Self::NotYetPractised => "not-yet-practised",
            Self::PractiseAgain => "practise-again",
        }
    }
}

/// Stars from the share of best choices and how the story ended.
pub fn stars(points: u32, max_points: u32, outcome: Outcome) -> u8 {
    let ratio = if max_points == 0 {
        1.0
    } else {
        points as f32 / max_points as f32
    };
    match (ratio, outcome) {
        (r, Outcome::Safe) if r >= 0.8 => 3,
        (r, Outcome::Harmful) if r < 0.5 => 1,
        (r, _) if r >= 0.5 => 2,
        _ if outcome == Outcome::Safe => 2,
        _ => 1,
    }
}

impl RunResult {
    pub fn score(scenario: &Scenario, decisions: &[Decision], outcome: Outcome) -> Self {
        let points = decisions.iter().map(|d| d.verdict.points()).sum();
        let max_points = decisions.len() as u32 * crate::content::Verdict::Safe.points();
        let mut evidence: BTreeMap<String, i32> =
            scenario.objectives.iter().map(|o| (o.clone(), 0)).collect();
        for d in decisions {
            for (objective, delta) in &d.evidence {
                *evidence.entry(objective.clone()).or_default() += delta;
            }
        }
        Self {
            scenario: scenario.id.clone(),
            outcome,
            stars: stars(points, max_points, outcome),
            points,
            max_points,
            evidence,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_best_choice_and_a_safe_ending_earn_three_stars() {
        assert_eq!(stars(4, 4, Outcome::Safe), 3);
    }

    #[test]
    fn a_safe_ending_after_a_slip_earns_two() {
        assert_eq!(stars(2, 4, Outcome::Safe), 2);
        assert_eq!(stars(1, 4, Outcome::Safe), 2);
    }

    #[test]
    fn a_harmful_run_still_earns_one_star() {
        assert_eq!(stars(0, 4, Outcome::Harmful), 1);
        assert_eq!(stars(1, 4, Outcome::Mixed), 1);
    }

    #[test]
    fn stars_never_leave_one_to_three() {
        for max in 0..6 {
            for points in 0..=max {
                for outcome in [Outcome::Safe, Outcome::Mixed, Outcome::Harmful] {
                    assert!((1..=3).contains(&stars(points, max, outcome)));
                }
            }
        }
    }

    #[test]
    fn evidence_levels_read_kindly() {
        assert_eq!(EvidenceLevel::of(2), EvidenceLevel::PractisedWell);
        assert_eq!(EvidenceLevel::of(0), EvidenceLevel::NotYetPractised);
        assert_eq!(EvidenceLevel::of(-1), EvidenceLevel::PractiseAgain);
    }
}
