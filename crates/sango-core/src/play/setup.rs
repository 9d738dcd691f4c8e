//! "Set it up safely": a new account's settings, each set for the character's
//! situation, then scored one by one. What fits depends on the situation: a child
//! who closes everything keeps safe but loses what they wanted the account for,
//! and the app's defaults are seldom right; neither wins.

use crate::content::{Node, Setup, Verdict};

use super::{PlayError, Run};

/// How an account was set up: each setting's value and how well it fits.
#[derive(Debug, Clone, PartialEq)]
pub struct SetupResult {
    /// Each setting: the value chosen (by index) and its fit.
    pub settings: Vec<(usize, Verdict)>,
    pub verdict: Verdict,
}

impl SetupResult {
    pub(super) fn judge(setup: &Setup, chosen: &[usize]) -> Self {
        Self {
            settings: chosen.iter().copied().zip(setup.fits(chosen)).collect(),
            verdict: setup.verdict(chosen),
        }
    }
}

impl Run {
    /// The four ways a child may set the current account up (see
    /// [`Setup::ways`]); none if this step is not an account.
    pub(super) fn setup_ways(&self) -> Vec<Vec<usize>> {
        match self.node() {
            Node::Setup(s) => s.ways().into_iter().map(|(_, values)| values).collect(),
            _ => Vec::new(),
        }
    }

    /// Sets one setting of the account (or of a lock) to one of its values (again, if the child
    /// changes their mind).
    pub fn set(&mut self, setting: usize, value: usize) -> Result<(), PlayError> {
        let settings = match self.node() {
            Node::Setup(s) => &s.settings,
            Node::Lock(l) if !self.locked => &l.settings,
            _ => return Err(PlayError::NotASetup),
        };
        let values = settings
            .get(setting)
            .ok_or(PlayError::NoSuchSetting(setting))?
            .values
            .len();
        if value >= values {
            return Err(PlayError::NoSuchValue(value));
        }
        self.chosen[setting] = value;
        Ok(())
    }

    /// Ends setting the account up, scores it like a decision, and moves on.
    pub fn finish_setup(&mut self) -> Result<SetupResult, PlayError> {
        let Node::Setup(s) = self.node() else {
            return Err(PlayError::NotASetup);
        };
        let result = SetupResult::judge(s, &self.chosen);
        let (next, evidence) = (s.next.clone(), s.evidence.clone());
        let line = (s.speaker.clone(), s.text.clone());
        self.judged(&next, result.verdict, &evidence)?;
        self.said.push(line);
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::content::load::parse;
    use crate::play::{RunResult, Step};

    /// Mia wants her class to see her drawings, and to swap tips with a friend.
    const ACCOUNT: &str = r#"Scenario(
    id: "s", risk: Contact, ages: [Ages9To12], objectives: ["guard-personal-info"],
    stage: Chat(app: "app"),
    start: "setup",
    beats: {
        "setup": Setup(speaker: Sango, text: "setup",
            settings: [
                Setting(text: "who-sees", start: 0, values: [
                    Value(text: "everyone", fit: Risky, feedback: "f-everyone"),
                    Value(text: "class", fit: Safe, feedback: "f-class"),
                    Value(text: "only-me", fit: Cautious, feedback: "f-only-me"),
                ]),
                Setting(text: "messages", start: 0, values: [
                    Value(text: "anyone", fit: Risky, feedback: "f-anyone"),
                    Value(text: "friends", fit: Safe, feedback: "f-friends"),
                    Value(text: "nobody", fit: Cautious, feedback: "f-nobody"),
                ]),
                Setting(text: "location", start: 0, values: [
                    Value(text: "on", fit: Risky, feedback: "f-on"),
                    Value(text: "off", fit: Safe, feedback: "f-off"),
                ]),
            ],
            evidence: {"guard-personal-info": 1}, next: "end"),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#;

    fn set_up(values: [usize; 3]) -> (SetupResult, RunResult) {
        let scenario = Arc::new(parse(Path::new("s.ron"), ACCOUNT).expect("parses"));
        let mut run = Run::start(scenario, 1).unwrap();
        for (i, v) in values.into_iter().enumerate() {
            run.set(i, v).unwrap();
        }
        let result = run.finish_setup().unwrap();
        (result, run.result().unwrap())
    }

    #[test]
    fn the_account_starts_with_the_apps_defaults() {
        let scenario = Arc::new(parse(Path::new("s.ron"), ACCOUNT).unwrap());
        let run = Run::start(scenario, 1).unwrap();
        let Step::Setup {
            chosen, settings, ..
        } = run.step()
        else {
            panic!("a setup: {:?}", run.step())
        };
        assert_eq!(chosen, [0, 0, 0]);
        assert_eq!(settings.len(), 3);
    }

    #[test]
    fn setting_up_for_the_situation_wins_and_neither_closing_nor_opening_all_does() {
        let (fitting, score) = set_up([1, 1, 1]);
        assert_eq!(fitting.verdict, Verdict::Safe);
        assert_eq!(score.evidence["guard-personal-info"], 1);
        // Closing everything is safe from strangers but loses what Mia wanted.
        let (closed, score) = set_up([2, 2, 1]);
        assert_eq!(closed.verdict, Verdict::Cautious);
        assert_eq!(
            score
                .evidence
                .get("guard-personal-info")
                .copied()
                .unwrap_or(0),
            0
        );
        // The app's defaults, and opening everything, leave her exposed.
        let (open, score) = set_up([0, 0, 0]);
        assert_eq!(open.verdict, Verdict::Risky);
        assert_eq!(score.evidence["guard-personal-info"], -1);
        // Every setting must fit: one that could fit better is not yet right.
        assert_eq!(set_up([2, 1, 1]).0.verdict, Verdict::Cautious);
        assert_eq!(set_up([1, 1, 0]).0.verdict, Verdict::Cautious);
        assert_eq!(
            fitting.settings,
            [(1, Verdict::Safe), (1, Verdict::Safe), (1, Verdict::Safe)]
        );
    }

    #[test]
    fn a_value_or_setting_out_of_range_is_an_error_not_a_panic() {
        let scenario = Arc::new(parse(Path::new("s.ron"), ACCOUNT).unwrap());
        let mut run = Run::start(scenario, 1).unwrap();
        assert_eq!(run.set(3, 0), Err(PlayError::NoSuchSetting(3)));
        assert_eq!(run.set(2, 2), Err(PlayError::NoSuchValue(2)));
        assert_eq!(run.finish_sort().unwrap_err(), PlayError::NotASort);
        run.finish_setup().unwrap();
        assert_eq!(run.set(0, 0), Err(PlayError::NotASetup));
    }

    #[test]
    fn the_ways_are_the_five_a_child_may_set_it_up() {
        let scenario: crate::content::Scenario = parse(Path::new("s.ron"), ACCOUNT).unwrap();
        let Some(Node::Setup(s)) = scenario.beat("setup") else {
            panic!("a setup")
        };
        let ways = s.ways();
        assert_eq!(ways[0].1, [1, 1, 1]);
        assert_eq!(ways[1].1, [2, 2, 1]);
        assert_eq!(ways[2].1, [0, 0, 0]);
        assert_eq!(ways[3].1, [1, 1, 1]);
        assert_eq!(ways[4].1, [0, 0, 0]);
        assert_eq!(s.verdict(&ways[1].1), Verdict::Cautious);
    }
}
