//! Scoring a run against learning objectives: evidence per objective from each
//! choice's verdict, and stars for the level.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Decision;
use crate::content::lint::HELP_OBJECTIVE;
use crate::content::{Outcome, Scenario, Verdict};

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
    /// A slip was put right by blocking, reporting or telling.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recovered: bool,
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

/// Stars from the share of best choices and how the story ended. Putting a slip
/// right ends as well as never slipping: telling is the lesson, never a cost.
pub fn stars(points: u32, max_points: u32, outcome: Outcome) -> u8 {
    let ratio = if max_points == 0 {
        1.0
    } else {
        points as f32 / max_points as f32
    };
    match (ratio, outcome) {
        (r, Outcome::Safe | Outcome::Recovered) if r >= 0.8 => 3,
        (r, Outcome::Harmful) if r < 0.5 => 1,
        (r, _) if r >= 0.5 => 2,
        _ if matches!(outcome, Outcome::Safe | Outcome::Recovered) => 2,
        _ => 1,
    }
}

/// How many of the decisions, from the first, were put right: every Risky step
/// before the last time the child blocked, reported or told as the best thing to do.
/// Zero when nothing risky came before such help.
pub fn put_right(decisions: &[Decision]) -> usize {
    let Some(last_help) = decisions.iter().rposition(Decision::is_help) else {
        return 0;
    };
    if decisions[..last_help]
        .iter()
        .any(|d| d.verdict == Verdict::Risky)
    {
        last_help
    } else {
        0
    }
}

impl RunResult {
    pub fn score(scenario: &Scenario, decisions: &[Decision], outcome: Outcome) -> Self {
        // A Risky step that was put right scores as the help that put it right:
        // a child who tells after a mistake did the right thing.
        let forgiven = put_right(decisions);
        let points = decisions
            .iter()
            .enumerate()
            .map(|(i, d)| match d.verdict {
                Verdict::Risky if i < forgiven => Verdict::Safe.points(),
                v => v.points(),
            })
            .sum();
        let max_points = decisions.len() as u32 * Verdict::Safe.points();
        let mut evidence: BTreeMap<String, i32> =
            scenario.objectives.iter().map(|o| (o.clone(), 0)).collect();
        for (i, d) in decisions.iter().enumerate() {
            for (objective, delta) in &d.evidence {
                // What went wrong stays to practise, but not on telling: they told.
                if i < forgiven && *delta < 0 && objective == HELP_OBJECTIVE {
                    continue;
                }
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
            recovered: forgiven > 0,
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

    fn decision(
        verdict: Verdict,
        act: Option<crate::content::Act>,
        evidence: &[(&str, i32)],
    ) -> Decision {
        Decision {
            beat: "b".into(),
            verdict,
            evidence: evidence.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            act,
            choice: None,
        }
    }

    #[test]
    fn telling_after_a_slip_puts_it_right_and_can_earn_three_stars() {
        use crate::content::Act;
        let scenario = crate::play::tests::scenario();
        let slip = decision(
            Verdict::Risky,
            None,
            &[("guard-personal-info", -1), ("block-report-tell", -1)],
        );
        let tell = decision(Verdict::Safe, Some(Act::Tell), &[("block-report-tell", 1)]);
        let run = [slip.clone(), tell.clone()];
        assert_eq!(put_right(&run), 1);
        let result = RunResult::score(&scenario, &run, Outcome::Recovered);
        assert!(result.recovered);
        assert_eq!(result.stars, 3);
        // Full marks on telling; what went wrong is still there to practise.
        assert_eq!(result.evidence["block-report-tell"], 1);
        assert_eq!(result.evidence["guard-personal-info"], -1);
        // Help first, then a slip: nothing was put right.
        let late = [tell, slip];
        assert_eq!(put_right(&late), 0);
        assert!(!RunResult::score(&scenario, &late, Outcome::Mixed).recovered);
    }

    #[test]
    fn only_real_help_puts_a_slip_right() {
        use crate::content::Act;
        let slip = decision(Verdict::Risky, None, &[]);
        // A Cautious block (before saving the evidence) or a Safe reply is not help.
        for later in [
            decision(Verdict::Cautious, Some(Act::Block), &[]),
            decision(Verdict::Safe, Some(Act::Reply), &[]),
            decision(Verdict::Safe, None, &[]),
        ] {
            assert_eq!(put_right(&[slip.clone(), later]), 0);
        }
    }

    #[test]
    fn evidence_levels_read_kindly() {
        assert_eq!(EvidenceLevel::of(2), EvidenceLevel::PractisedWell);
        assert_eq!(EvidenceLevel::of(0), EvidenceLevel::NotYetPractised);
        assert_eq!(EvidenceLevel::of(-1), EvidenceLevel::PractiseAgain);
    }
}
