//! "Play the other side": a fake post built from techniques, as many as it
//! has room for, then shown to the people it was aimed at: whom it fooled and
//! why, and Sango turning it round.

use crate::content::{Craft, Node, Verdict};

use super::{PlayError, Run};

/// How a fake post went.
#[derive(Debug, Clone, PartialEq)]
pub struct CraftResult {
    /// The techniques used, in the order added.
    pub added: Vec<usize>,
    /// Whether each person was fooled.
    pub fooled: Vec<bool>,
    /// Honest parts used: room that fooled nobody.
    pub honest: usize,
    pub verdict: Verdict,
}

impl CraftResult {
    fn judge(craft: &Craft, added: &[usize]) -> Self {
        Self {
            added: added.to_vec(),
            fooled: craft.fooled(added),
            honest: craft.honest(added),
            verdict: craft.verdict(added),
        }
    }

    /// How many people were fooled.
    pub fn fooled_count(&self) -> usize {
        self.fooled.iter().filter(|f| **f).count()
    }
}

impl Run {
    /// Posts the fake, scores it like a decision, and moves on.
    pub fn finish_craft(&mut self) -> Result<CraftResult, PlayError> {
        let Node::Craft(c) = self.node() else {
            return Err(PlayError::NotACraft);
        };
        let result = CraftResult::judge(c, &self.added);
        let (next, evidence) = (c.next.clone(), c.evidence.clone());
        let line = (c.speaker.clone(), c.text.clone());
        self.judged(&next, result.verdict, &evidence)?;
        self.said.push(line);
        Ok(result)
    }

    /// The ways a child may build the current post (see [`Craft::ways`]).
    pub(super) fn craft_ways(&self) -> Vec<Vec<usize>> {
        match self.node() {
            Node::Craft(c) => c.ways().into_iter().map(|(_, added)| added).collect(),
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

    /// A fake giveaway with room for two: Grandpa trusts badges, Maya hates
    /// missing out, Leo wants the prize or what everyone has.
    const GIVEAWAY: &str = r#"Scenario(
    id: "c", risk: Contract, ages: [Ages13To15], objectives: ["spot-scams"],
    start: "craft",
    beats: {
        "craft": Craft(speaker: Sango, text: "craft", what: "what", room: 2,
            techniques: [
                Technique(text: "badge", trick: Authority, feedback: "f"),
                Technique(text: "hurry", trick: Urgency, feedback: "f"),
                Technique(text: "coins", trick: Prize, feedback: "f"),
                Technique(text: "odds", trick: Honest, feedback: "f"),
                Technique(text: "friends", trick: Crowd, feedback: "f"),
            ],
            people: [
                Person(name: "grandpa", about: "a", falls_for: [Authority], why: "w"),
                Person(name: "maya", about: "a", falls_for: [Urgency, Prize], why: "w"),
                Person(name: "leo", about: "a", falls_for: [Prize, Crowd], why: "w"),
            ],
            turn: "turn", evidence: {"spot-scams": 1}, next: "end"),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#;

    fn run() -> Run {
        let scenario: Scenario = parse(Path::new("c.ron"), GIVEAWAY).expect("parses");
        Run::start(Arc::new(scenario), 5).unwrap()
    }

    fn posted(added: &[usize]) -> CraftResult {
        let mut run = run();
        for &t in added {
            run.add(t).unwrap();
        }
        run.finish_craft().unwrap()
    }

    #[test]
    fn the_post_has_room_for_so_many_and_a_technique_comes_out_again() {
        let mut run = run();
        run.add(0).unwrap();
        run.add(1).unwrap();
        assert_eq!(run.add(2), Err(PlayError::Full(2)));
        run.add(1).unwrap();
        run.add(2).unwrap();
        let Step::Craft { added, .. } = run.step() else {
            panic!("a post to build")
        };
        assert_eq!(added, [0, 2]);
    }

    #[test]
    fn fooling_everyone_needs_the_right_tricks_not_just_tricks() {
        // A badge for Grandpa, a prize for Maya and Leo.
        let best = posted(&[0, 2]);
        assert_eq!(best.verdict, Verdict::Safe);
        assert_eq!(best.fooled, [true, true, true]);
        // Tricks, but Grandpa is not fooled by hurry or a crowd.
        let miss = posted(&[1, 4]);
        assert_eq!((miss.fooled_count(), miss.verdict), (2, Verdict::Cautious));
        // An honest part fools nobody.
        let honest = posted(&[3, 0]);
        assert_eq!((honest.fooled_count(), honest.honest), (1, 1));
        assert_eq!(honest.verdict, Verdict::Risky);
        assert_eq!(posted(&[]).verdict, Verdict::Risky);
    }

    #[test]
    fn only_building_for_the_people_shown_wins_of_the_ways_the_explorer_plays() {
        let run = run();
        let Node::Craft(craft) = run.node() else {
            panic!("a post")
        };
        let ways = craft.ways();
        assert_eq!(ways[0].1, [0, 2]);
        assert_eq!(ways.len(), 4);
        for (i, (name, added)) in ways.iter().enumerate() {
            assert_eq!(craft.verdict(added) == Verdict::Safe, i == 0, "{name}");
        }
    }
}
