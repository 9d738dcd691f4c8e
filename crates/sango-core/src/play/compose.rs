//! "Say it well": a message built from phrases, added and taken out in any
//! order, then sent and judged on what it says and what it leaves out.

use crate::content::{Belongs, Compose, Node, Verdict};

use super::{PlayError, Run};

/// How a message went.
#[derive(Debug, Clone, PartialEq)]
pub struct ComposeResult {
    /// The phrases sent, in the order added.
    pub added: Vec<usize>,
    /// Needed phrases the message had, of how many.
    pub needed_in: usize,
    pub needed: usize,
    /// Phrases that do harm, sent.
    pub harmful: usize,
    pub verdict: Verdict,
}

impl ComposeResult {
    fn judge(compose: &Compose, added: &[usize]) -> Self {
        let (needed_in, needed, harmful) = compose.counts(added);
        Self {
            added: added.to_vec(),
            needed_in,
            needed,
            harmful,
            verdict: compose.verdict(added),
        }
    }

    /// Whether a phrase's place (in the message or left out) is where it
    /// belongs.
    pub fn right(&self, compose: &Compose, phrase: usize) -> bool {
        let sent = self.added.contains(&phrase);
        match compose.phrases.get(phrase).map(|p| p.belongs) {
            Some(Belongs::In) => sent,
            Some(Belongs::Out) => !sent,
            Some(Belongs::Either) => true,
            None => false,
        }
    }
}

impl Run {
    /// Adds a phrase to the message (a piece to the passphrase, a technique
    /// to the fake post), or takes it out if it is in. A fake post holds only
    /// so many.
    pub fn add(&mut self, phrase: usize) -> Result<(), PlayError> {
        let (count, room) = match self.node() {
            Node::Compose(c) => (c.phrases.len(), usize::MAX),
            Node::Lock(l) if !self.locked => (l.pieces.len(), usize::MAX),
            Node::Craft(c) => (c.techniques.len(), c.room),
            _ => return Err(PlayError::NothingToBuild),
        };
        if phrase >= count {
            return Err(PlayError::NoSuchPhrase(phrase));
        }
        if let Some(at) = self.added.iter().position(|p| *p == phrase) {
            self.added.remove(at);
        } else if self.added.len() >= room {
            return Err(PlayError::Full(room));
        } else {
            self.added.push(phrase);
        }
        Ok(())
    }

    /// Sends the message, scores it like a decision, and moves on.
    pub fn finish_compose(&mut self) -> Result<ComposeResult, PlayError> {
        let Node::Compose(c) = self.node() else {
            return Err(PlayError::NothingToBuild);
        };
        let result = ComposeResult::judge(c, &self.added);
        let (next, evidence) = (c.next.clone(), c.evidence.clone());
        let line = (c.speaker.clone(), c.text.clone());
        self.judged(&next, result.verdict, &evidence)?;
        self.said.push(line);
        Ok(result)
    }

    /// The ways a child may build the current message (see [`Compose::ways`]).
    pub(super) fn compose_ways(&self) -> Vec<Vec<usize>> {
        match self.node() {
            Node::Compose(c) => c.ways().into_iter().map(|(_, added)| added).collect(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::content::Scenario;
    use crate::content::load::parse;
    use crate::play::Step;

    /// A report to the platform: what, who, when and a screenshot; no insult
    /// back, no home address.
    const REPORT: &str = r#"Scenario(
    id: "r", risk: Conduct, ages: [Ages16To18], objectives: ["block-report-tell"],
    start: "report",
    beats: {
        "report": Compose(speaker: Sango, text: "report", to: "to-mods",
            phrases: [
                Phrase(text: "what", belongs: In, feedback: "f-what"),
                Phrase(text: "insult", belongs: Out, feedback: "f-insult"),
                Phrase(text: "who", belongs: In, feedback: "f-who"),
                Phrase(text: "thanks", belongs: Either, feedback: "f-thanks"),
                Phrase(text: "when", belongs: In, feedback: "f-when"),
                Phrase(text: "address", belongs: Out, feedback: "f-address"),
                Phrase(text: "screenshot", belongs: In, feedback: "f-screenshot"),
            ],
            evidence: {"block-report-tell": 1}, next: "end"),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#;

    fn run() -> Run {
        let scenario: Scenario = parse(Path::new("r.ron"), REPORT).expect("parses");
        Run::start(Arc::new(scenario), 1).unwrap()
    }

    fn sent(phrases: &[usize]) -> ComposeResult {
        let mut run = run();
        for &p in phrases {
            run.add(p).unwrap();
        }
        run.finish_compose().unwrap()
    }

    #[test]
    fn a_message_is_built_in_the_order_added_and_a_phrase_taken_out_again() {
        let mut run = run();
        run.add(2).unwrap();
        run.add(0).unwrap();
        run.add(1).unwrap();
        run.add(1).unwrap();
        let Step::Compose { added, phrases, .. } = run.step() else {
            panic!("a message to build")
        };
        assert_eq!(added, [2, 0]);
        assert_eq!(phrases.len(), 7);
        assert_eq!(run.add(7), Err(PlayError::NoSuchPhrase(7)));
    }

    #[test]
    fn saying_it_well_wins_and_an_insult_or_a_detail_spoils_it() {
        let well = sent(&[0, 2, 4, 6]);
        assert_eq!(well.verdict, Verdict::Safe);
        assert_eq!((well.needed_in, well.needed, well.harmful), (4, 4, 0));
        // A thank-you is fine either way.
        assert_eq!(sent(&[0, 2, 3, 4, 6]).verdict, Verdict::Safe);
        // Everything needed, and an insult back: it does harm.
        assert_eq!(sent(&[0, 1, 2, 4, 6]).verdict, Verdict::Risky);
        // Every phrase, or none.
        assert_eq!(sent(&[0, 1, 2, 3, 4, 5, 6]).verdict, Verdict::Risky);
        assert_eq!(sent(&[]).verdict, Verdict::Risky);
        // Half of what a moderator needs.
        let half = sent(&[0, 2]);
        assert_eq!(half.verdict, Verdict::Cautious);
        assert!(half.right(&compose(), 0) && !half.right(&compose(), 4));
        assert!(half.right(&compose(), 1), "the insult left out");
    }

    fn compose() -> Compose {
        let scenario: Scenario = parse(Path::new("r.ron"), REPORT).unwrap();
        match scenario.beat("report") {
            Some(Node::Compose(c)) => c.clone(),
            _ => panic!("a message to build"),
        }
    }

    #[test]
    fn the_ways_are_saying_it_well_everything_and_nothing() {
        let ways = compose().ways();
        assert_eq!(ways[0].1, [0, 2, 4, 6]);
        assert_eq!(ways[1].1.len(), 7);
        assert!(ways[2].1.is_empty());
    }
}
