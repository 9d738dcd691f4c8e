//! What a level's run has to tell the record store: each look at the run gives
//! the events since the last look, so the game asks after every change and
//! nothing is told twice. A clue is told while its card is shown: the game looks
//! after every tap (a tap and the card's end never fall in one look).

use std::collections::BTreeSet;

use super::Event;
use crate::play::{Run, Step};

/// What has been told of one run so far.
#[derive(Debug, Default, Clone)]
pub struct RunEvents {
    started: bool,
    decisions: usize,
    /// Clues found, by card and part.
    clues: BTreeSet<(String, usize)>,
    finished: bool,
}

impl RunEvents {
    /// What happened in `run` since the last call (the first call: that it
    /// started, too).
    pub fn since(&mut self, run: &Run) -> Vec<Event> {
        let level = run.scenario().id.clone();
        let mut events = Vec::new();
        if !std::mem::replace(&mut self.started, true) {
            events.push(Event::LevelStarted {
                level: level.clone(),
            });
        }
        let decisions = run.decisions();
        for decision in decisions.iter().skip(self.decisions) {
            events.push(Event::Choice {
                level: level.clone(),
                beat: decision.beat.clone(),
                choice: decision.choice.clone(),
                verdict: decision.verdict,
                objectives: decision
                    .evidence
                    .iter()
                    .map(|(objective, e)| (objective.clone(), *e))
                    .collect(),
            });
        }
        self.decisions = self.decisions.max(decisions.len());
        if let Step::Spot {
            beat,
            parts,
            tapped,
            ..
        } = run.step()
        {
            for &i in tapped {
                let Some(part) = parts.get(i).filter(|p| p.clue) else {
                    continue;
                };
                if self.clues.insert((beat.to_string(), i)) {
                    events.push(Event::ClueFound {
                        level: level.clone(),
                        card: beat.to_string(),
                        clue: part.text.clone(),
                    });
                }
            }
        }
        if !self.finished
            && let Some(result) = run.result()
        {
            self.finished = true;
            events.push(Event::LevelFinished { result });
        }
        events
    }
}
