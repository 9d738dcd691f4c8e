//! A warm-up or look-back being taken: its questions with their answers in the
//! order shown, the answers so far, and the record it makes when finished. The
//! check screen only draws it and passes on what the child pressed.

use rand::SeedableRng;
use rand::seq::SliceRandom;

use crate::content::{AgeBand, Item, ItemSet, Library, Risk, Scenario};
use crate::learning::{Answer, CheckRecord, Checks, Confidence, Due, due, set_for};
use crate::progress::Profile;

/// Where a check is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Sango says what is coming.
    Intro,
    /// A question, by its position.
    Question(usize),
    /// Sango thanks the child.
    Thanks,
}

/// The check being taken.
#[derive(Debug, Clone)]
pub struct CheckRun {
    pub due: Due,
    pub band: AgeBand,
    pub set: ItemSet,
    pub items: Vec<Item>,
    /// Each question's answers, in the order shown (shuffled once, at the start).
    pub orders: Vec<Vec<usize>>,
    pub step: Step,
    /// The answer picked on this question (its position as shown), before the
    /// child says how sure they are.
    pub picked: Option<usize>,
    pub answers: Vec<Answer>,
    /// The level to open after a warm-up.
    pub then: Option<String>,
}

/// The check a child is due now, if any: the warm-up before the first level, the
/// look-back once every level of some world (of the levels `offered` in their age
/// band) is finished. None when the library has no questions for the band.
pub fn due_now(
    library: &Library,
    band: AgeBand,
    offered: &[&Scenario],
    profile: &Profile,
) -> Option<Due> {
    if library.check(band, ItemSet::A).is_empty() {
        return None;
    }
    let world_finished = Risk::ALL.iter().any(|risk| {
        let mut world = offered.iter().filter(|s| s.risk == *risk).peekable();
        world.peek().is_some() && world.all(|s| profile.results.contains_key(&s.id))
    });
    due(&profile.checks, !profile.results.is_empty(), world_finished)
}

impl CheckRun {
    /// A check ready to start for a child, with each question's answers shuffled
    /// by `seed`. None when the band has no questions.
    pub fn start(
        library: &Library,
        band: AgeBand,
        profile_id: u32,
        checks: &Checks,
        due: Due,
        then: Option<String>,
        seed: u64,
    ) -> Option<Self> {
        let set = set_for(due, profile_id, checks);
        let items: Vec<Item> = library.check(band, set).into_iter().cloned().collect();
        if items.is_empty() {
            return None;
        }
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let orders = items
            .iter()
            .map(|item| {
                let mut order: Vec<usize> = (0..item.choices.len()).collect();
                order.shuffle(&mut rng);
                order
            })
            .collect();
        Some(Self {
            due,
            band,
            set,
            items,
            orders,
            step: Step::Intro,
            picked: None,
            answers: Vec::new(),
            then,
        })
    }

    /// The answer shown at a position of a question.
    pub fn choice_at(&self, question: usize, shown: usize) -> Option<&String> {
        let item = self.items.get(question)?;
        item.choices.get(*self.orders.get(question)?.get(shown)?)
    }

    /// From Sango's introduction to the first question.
    pub fn begin(&mut self) {
        if self.step == Step::Intro {
            self.step = Step::Question(0);
        }
    }

    /// An answer picked on the current question (by its position as shown).
    pub fn pick(&mut self, shown: usize) {
        if matches!(self.step, Step::Question(_)) {
            self.picked = Some(shown);
        }
    }

    /// How sure the child is about the answer picked: the answer is kept and the
    /// next question comes. After the last one, the record to save.
    pub fn sure(&mut self, confidence: Confidence) -> Option<CheckRecord> {
        let Step::Question(n) = self.step else {
            return None;
        };
        let shown = self.picked?;
        let item = self.items.get(n)?;
        let right = *self.choice_at(n, shown)? == item.answer;
        self.answers.push(Answer {
            item: item.id.clone(),
            objective: item.objective.clone(),
            right,
            confidence,
        });
        self.picked = None;
        if n + 1 < self.items.len() {
            self.step = Step::Question(n + 1);
            None
        } else {
            self.step = Step::Thanks;
            Some(CheckRecord {
                set: self.set,
                band: self.band,
                answers: self.answers.clone(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load::parse;
    use std::path::Path;

    fn library() -> Library {
        let items = r#"[
            Item(id: "q1", objective: "o", set: A, ages: [Ages9To12], choices: ["yes", "no", "maybe"], answer: "no"),
            Item(id: "q2", objective: "p", set: A, ages: [Ages9To12], choices: ["a", "b"], answer: "a"),
            Item(id: "q3", objective: "o", set: B, ages: [Ages9To12], choices: ["x", "y"], answer: "y"),
        ]"#;
        let objective = |id: &str| crate::content::Objective {
            id: id.into(),
            risks: Risk::ALL.to_vec(),
        };
        Library {
            objectives: vec![objective("o"), objective("p")],
            checks: parse(Path::new("checks.ron"), items).unwrap(),
            ..Library::default()
        }
    }

    fn profile() -> Profile {
        Profile {
            id: 3,
            nickname: "Sam".into(),
            avatar: Default::default(),
            results: Default::default(),
            language: None,
            preferences: None,
            checks: Default::default(),
            facts: Default::default(),
        }
    }

    #[test]
    fn a_new_child_is_due_the_warm_up_and_answers_are_marked_as_shown() {
        let library = library();
        let child = profile();
        assert_eq!(
            due_now(&library, AgeBand::Ages9To12, &[], &child),
            Some(Due::WarmUp)
        );
        assert_eq!(
            due_now(&library, AgeBand::Ages16To18, &[], &child),
            None,
            "no questions"
        );
        let set = set_for(Due::WarmUp, child.id, &child.checks);
        let mut run = CheckRun::start(
            &library,
            AgeBand::Ages9To12,
            child.id,
            &child.checks,
            Due::WarmUp,
            Some("level".into()),
            7,
        )
        .unwrap();
        assert!(run.items.iter().all(|i| i.set == set));
        // Nothing is kept before the questions start.
        assert_eq!(run.sure(Confidence::VerySure), None);
        run.begin();
        let mut record = None;
        while let Step::Question(n) = run.step {
            // Pick the right answer wherever the shuffle put it.
            let shown = (0..run.items[n].choices.len())
                .find(|&s| run.choice_at(n, s) == Some(&run.items[n].answer))
                .unwrap();
            run.pick(shown);
            record = run.sure(Confidence::FairlySure);
        }
        assert_eq!(run.step, Step::Thanks);
        let record = record.expect("the last answer makes the record");
        assert_eq!(record.answers.len(), run.items.len());
        assert!(
            record
                .answers
                .iter()
                .all(|a| a.right && a.confidence == Confidence::FairlySure)
        );
        assert_eq!(record.set, set);
    }

    #[test]
    fn the_same_seed_shows_the_same_order() {
        let library = library();
        let child = profile();
        let start = |seed| {
            CheckRun::start(
                &library,
                AgeBand::Ages9To12,
                1,
                &child.checks,
                Due::WarmUp,
                None,
                seed,
            )
            .unwrap()
            .orders
        };
        assert_eq!(start(5), start(5));
        assert!((0..20).any(|s| start(s) != start(0)));
    }
}
