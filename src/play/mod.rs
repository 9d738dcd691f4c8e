//! A scenario played as a plain state machine: start, the current step, choose,
//! outcome. Bevy only drives it; tests and the explorer walk it directly.

mod score;

use std::collections::BTreeMap;
use std::sync::Arc;

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use thiserror::Error;

use crate::content::{Choice, Mood, Node, Outcome, Scenario, Speaker, Verdict};
pub use score::{EvidenceLevel, RunResult, stars};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlayError {
    #[error("scenario `{scenario}` has no beat `{beat}`")]
    NoSuchBeat { scenario: String, beat: String },
    #[error("this step is a decision: choose first")]
    NeedsChoice,
    #[error("this step is not a decision")]
    NotADecision,
    #[error("there is no choice number {0}")]
    NoSuchChoice(usize),
    #[error("the scenario is over")]
    Over,
}

/// What the player sees now.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<'a> {
    /// A line; the player continues.
    Line {
        beat: &'a str,
        speaker: &'a Speaker,
        mood: Mood,
        text: &'a str,
    },
    /// A line and choices, in the order shown to this player.
    Decision {
        beat: &'a str,
        speaker: &'a Speaker,
        mood: Mood,
        text: &'a str,
        choices: Vec<&'a Choice>,
    },
    /// The end of the story.
    Ending {
        beat: &'a str,
        outcome: Outcome,
        mood: Mood,
        text: &'a str,
    },
}

/// A choice the player made.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub beat: String,
    pub verdict: Verdict,
    pub evidence: BTreeMap<String, i32>,
}

/// One play-through of a scenario.
#[derive(Debug, Clone)]
pub struct Run {
    scenario: Arc<Scenario>,
    beat: String,
    rng: StdRng,
    /// The current beat's choices, as indices into its `choices`, in shown order.
    order: Vec<usize>,
    decisions: Vec<Decision>,
    visited: Vec<String>,
}

impl Run {
    /// Starts at the scenario's start beat. The seed fixes the order of choices.
    pub fn start(scenario: Arc<Scenario>, seed: u64) -> Result<Self, PlayError> {
        let start = scenario.start.clone();
        Self::start_at(scenario, &start, seed)
    }

    /// Starts at any beat, for authors trying a part of their story.
    pub fn start_at(scenario: Arc<Scenario>, beat: &str, seed: u64) -> Result<Self, PlayError> {
        let mut run = Self {
            scenario,
            beat: String::new(),
            rng: StdRng::seed_from_u64(seed),
            order: Vec::new(),
            decisions: Vec::new(),
            visited: Vec::new(),
        };
        run.enter(beat)?;
        Ok(run)
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn beat_id(&self) -> &str {
        &self.beat
    }

    /// Beats seen so far, in order.
    pub fn visited(&self) -> &[String] {
        &self.visited
    }

    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }

    fn node(&self) -> &Node {
        // `enter` only ever stores an id it found.
        self.scenario
            .beat(&self.beat)
            .expect("the current beat exists")
    }

    fn enter(&mut self, beat: &str) -> Result<(), PlayError> {
        let node = self
            .scenario
            .beat(beat)
            .ok_or_else(|| PlayError::NoSuchBeat {
                scenario: self.scenario.id.clone(),
                beat: beat.to_string(),
            })?;
        self.order = match node {
            Node::Beat(b) => (0..b.choices.len()).collect(),
            Node::Ending(_) => Vec::new(),
        };
        // Shuffled so the best answer is not always first.
        self.order.shuffle(&mut self.rng);
        self.beat = beat.to_string();
        self.visited.push(beat.to_string());
        Ok(())
    }

    pub fn step(&self) -> Step<'_> {
        match self.node() {
            Node::Beat(b) if b.choices.is_empty() => Step::Line {
                beat: &self.beat,
                speaker: &b.speaker,
                mood: b.mood.unwrap_or_default(),
                text: &b.text,
            },
            Node::Beat(b) => Step::Decision {
                beat: &self.beat,
                speaker: &b.speaker,
                mood: b.mood.unwrap_or(Mood::Thinking),
                text: &b.text,
                choices: self.order.iter().map(|&i| &b.choices[i]).collect(),
            },
            Node::Ending(e) => Step::Ending {
                beat: &self.beat,
                outcome: e.outcome,
                mood: e.mood.unwrap_or(match e.outcome {
                    Outcome::Safe => Mood::Proud,
                    Outcome::Mixed => Mood::Thinking,
                    Outcome::Harmful => Mood::Worried,
                }),
                text: &e.text,
            },
        }
    }

    pub fn is_over(&self) -> bool {
        matches!(self.node(), Node::Ending(_))
    }

    /// Goes on from a line.
    pub fn advance(&mut self) -> Result<(), PlayError> {
        let next = match self.node() {
            Node::Ending(_) => return Err(PlayError::Over),
            Node::Beat(b) if !b.choices.is_empty() => return Err(PlayError::NeedsChoice),
            Node::Beat(b) => b.next.clone(),
        };
        match next {
            Some(next) => self.enter(&next),
            None => Err(PlayError::NoSuchBeat {
                scenario: self.scenario.id.clone(),
                beat: format!("(after `{}`)", self.beat),
            }),
        }
    }

    /// Takes the choice shown at `shown` (0-based, in shown order) and moves on.
    /// Returns the choice, whose feedback the game shows before the next step.
    pub fn choose(&mut self, shown: usize) -> Result<Choice, PlayError> {
        let choice = match self.node() {
            Node::Ending(_) => return Err(PlayError::Over),
            Node::Beat(b) if b.choices.is_empty() => return Err(PlayError::NotADecision),
            Node::Beat(b) => {
                let index = *self
                    .order
                    .get(shown)
                    .ok_or(PlayError::NoSuchChoice(shown))?;
                b.choices[index].clone()
            }
        };
        self.enter(&choice.next)?;
        self.decisions.push(Decision {
            beat: self.visited[self.visited.len() - 2].clone(),
            verdict: choice.verdict,
            evidence: choice.evidence.clone(),
        });
        Ok(choice)
    }

    /// The score, once the run has reached an ending.
    pub fn result(&self) -> Option<RunResult> {
        match self.node() {
            Node::Ending(e) => Some(RunResult::score(&self.scenario, &self.decisions, e.outcome)),
            Node::Beat(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load::parse;
    use std::path::Path;

    pub(crate) fn scenario() -> Arc<Scenario> {
        Arc::new(
            parse(
                Path::new("t.ron"),
                r#"Scenario(
    id: "t", risk: Contact, ages: [Ages9To12],
    objectives: ["block-report-tell", "guard-personal-info"],
    start: "intro",
    beats: {
        "intro": Beat(speaker: Sango, mood: Happy, text: "intro", next: "ask"),
        "ask": Beat(speaker: Npc("pal"), text: "ask", choices: [
            Choice(text: "tell", verdict: Safe, evidence: {"block-report-tell": 1}, feedback: "f1", next: "safe"),
            Choice(text: "ignore", verdict: Cautious, feedback: "f2", next: "mixed"),
            Choice(text: "share", verdict: Risky, evidence: {"guard-personal-info": -1}, feedback: "f3", next: "harm"),
        ]),
        "safe": Ending(outcome: Safe, text: "safe"),
        "mixed": Ending(outcome: Mixed, text: "mixed"),
        "harm": Ending(outcome: Harmful, text: "harm"),
    },
)"#,
            )
            .expect("test scenario parses"),
        )
    }

    fn choose_text(run: &mut Run, text: &str) -> Choice {
        let Step::Decision { choices, .. } = run.step() else {
            panic!("a decision")
        };
        let shown = choices
            .iter()
            .position(|c| c.text == text)
            .expect("offered");
        run.choose(shown).expect("valid choice")
    }

    #[test]
    fn a_run_starts_at_the_start_and_goes_on_from_a_line() {
        let mut run = Run::start(scenario(), 1).unwrap();
        assert!(matches!(
            run.step(),
            Step::Line {
                text: "intro",
                mood: Mood::Happy,
                ..
            }
        ));
        assert_eq!(run.choose(0), Err(PlayError::NotADecision));
        run.advance().unwrap();
        assert!(matches!(run.step(), Step::Decision { ref choices, .. } if choices.len() == 3));
        assert_eq!(run.advance(), Err(PlayError::NeedsChoice));
    }

    #[test]
    fn the_same_seed_shows_the_same_order_and_seeds_vary_it() {
        let order = |seed| {
            let mut run = Run::start(scenario(), seed).unwrap();
            run.advance().unwrap();
            match run.step() {
                Step::Decision { choices, .. } => {
                    choices.iter().map(|c| c.text.clone()).collect::<Vec<_>>()
                }
                _ => unreachable!(),
            }
        };
        assert_eq!(order(7), order(7));
        assert!((0..20).any(|s| order(s) != order(0)), "some seed reorders");
    }

    #[test]
    fn a_choice_moves_on_and_is_scored_at_the_ending() {
        let mut run = Run::start(scenario(), 3).unwrap();
        run.advance().unwrap();
        let choice = choose_text(&mut run, "tell");
        assert_eq!(choice.feedback, "f1");
        assert!(run.is_over());
        let result = run.result().unwrap();
        assert_eq!(result.outcome, Outcome::Safe);
        assert_eq!(result.stars, 3);
        assert_eq!(result.evidence.get("block-report-tell"), Some(&1));
        assert_eq!(run.advance(), Err(PlayError::Over));
    }

    #[test]
    fn a_risky_choice_costs_evidence_for_its_objective() {
        let mut run = Run::start(scenario(), 3).unwrap();
        run.advance().unwrap();
        choose_text(&mut run, "share");
        let result = run.result().unwrap();
        assert_eq!(result.evidence.get("guard-personal-info"), Some(&-1));
        assert_eq!(result.stars, 1);
    }

    #[test]
    fn an_out_of_range_choice_is_an_error_not_a_panic() {
        let mut run = Run::start(scenario(), 3).unwrap();
        run.advance().unwrap();
        assert_eq!(run.choose(9), Err(PlayError::NoSuchChoice(9)));
    }

    #[test]
    fn starting_at_a_missing_beat_is_an_error() {
        assert!(matches!(
            Run::start_at(scenario(), "nope", 0),
            Err(PlayError::NoSuchBeat { .. })
        ));
    }
}
