//! A warm-up, look-back or booster being taken: its situations in the order
//! shown, the judgements so far, and the record it makes when finished. The
//! check screen only draws it and passes on what the child pressed.

use rand::SeedableRng;
use rand::seq::SliceRandom;

use crate::content::{AgeBand, Item, ItemSet, Library, Scenario};
use crate::learning::{Answer, CheckRecord, Confidence, Due, Standing, due, items_for, trained};
use crate::progress::Profile;

/// Where a check is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Sango says what is coming.
    Intro,
    /// A situation to judge, by its position.
    Question(usize),
    /// In the booster, Sango's feedback on the situation just judged.
    Feedback(usize),
    /// Sango thanks the child.
    Thanks,
}

/// The check being taken.
#[derive(Debug, Clone)]
pub struct CheckRun {
    pub due: Due,
    pub band: AgeBand,
    pub set: ItemSet,
    /// The situations, in the order shown (shuffled once, at the start).
    pub items: Vec<Item>,
    pub step: Step,
    /// The judgement on this situation (true: "Not OK"), before the child says
    /// how sure they are.
    pub picked: Option<bool>,
    pub answers: Vec<Answer>,
    /// The day it is taken (days since 1970).
    pub today: u32,
    /// The level to open after a warm-up.
    pub then: Option<String>,
}

/// The check a child is due now, if any (see [`crate::learning::due`]), of the
/// levels `offered` in their age band. None when the library has no
/// situations for the band.
pub fn due_now(
    library: &Library,
    band: AgeBand,
    offered: &[&Scenario],
    profile: &Profile,
    today: u32,
) -> Option<Due> {
    if library.check(band, ItemSet::A).is_empty() {
        return None;
    }
    let measured = |o: &str| {
        [ItemSet::A, ItemSet::B]
            .iter()
            .all(|set| !library.check_items(o, band, *set).is_empty())
    };
    let standing = Standing {
        levels_played: !profile.results.is_empty(),
        all_finished: !offered.is_empty()
            && offered.iter().all(|s| profile.results.contains_key(&s.id)),
        trained: trained(profile).iter().filter(|o| measured(o)).count(),
        today,
    };
    due(&profile.checks, standing)
}

impl CheckRun {
    /// A check ready to start for a child, its situations shuffled by `seed`.
    /// None when it would have no situations.
    pub fn start(
        library: &Library,
        band: AgeBand,
        profile: &Profile,
        due: Due,
        then: Option<String>,
        (seed, today): (u64, u32),
    ) -> Option<Self> {
        let (set, items) = items_for(library, band, due, profile);
        let mut items: Vec<Item> = items.into_iter().cloned().collect();
        if items.is_empty() {
            return None;
        }
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        items.shuffle(&mut rng);
        Some(Self {
            due,
            band,
            set,
            items,
            step: Step::Intro,
            picked: None,
            answers: Vec::new(),
            today,
            then,
        })
    }

    /// From Sango's introduction to the first situation.
    pub fn begin(&mut self) {
        if self.step == Step::Intro {
            self.step = Step::Question(0);
        }
    }

    /// The child's judgement on the current situation: "Not OK" (true) or "OK".
    pub fn judge(&mut self, not_ok: bool) {
        if matches!(self.step, Step::Question(_)) {
            self.picked = Some(not_ok);
        }
    }

    /// How sure the child is of their judgement: it is kept, and the next
    /// situation comes (in the booster, Sango's feedback first). After the last
    /// one, the record to save.
    pub fn sure(&mut self, confidence: Confidence) -> Option<CheckRecord> {
        let Step::Question(n) = self.step else {
            return None;
        };
        let not_ok = self.picked?;
        let item = self.items.get(n)?;
        self.answers.push(Answer {
            item: item.id.clone(),
            objective: item.objective.clone(),
            right: not_ok != item.safe,
            confidence,
            safe: Some(item.safe),
        });
        self.picked = None;
        let last = n + 1 >= self.items.len();
        self.step = match (self.due, last) {
            (Due::Booster, _) => Step::Feedback(n),
            (_, false) => Step::Question(n + 1),
            (_, true) => Step::Thanks,
        };
        last.then(|| CheckRecord {
            set: self.set,
            band: self.band,
            answers: self.answers.clone(),
            day: Some(self.today),
        })
    }

    /// From Sango's feedback to the next situation (or the thanks).
    pub fn next(&mut self) {
        if let Step::Feedback(n) = self.step {
            self.step = if n + 1 < self.items.len() {
                Step::Question(n + 1)
            } else {
                Step::Thanks
            };
        }
    }

    /// The answer given on a situation, by its position.
    pub fn answer(&self, n: usize) -> Option<&Answer> {
        self.answers.get(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load::parse;
    use crate::content::{Outcome, Risk};
    use std::path::Path;

    fn library() -> Library {
        let items = r#"[
            Item(id: "o1", objective: "o", set: A, ages: [Ages9To12], safe: true),
            Item(id: "o2", objective: "o", set: A, ages: [Ages9To12], safe: false),
            Item(id: "p1", objective: "p", set: A, ages: [Ages9To12], safe: false),
            Item(id: "p2", objective: "p", set: A, ages: [Ages9To12], safe: true),
            Item(id: "o3", objective: "o", set: B, ages: [Ages9To12], safe: false),
            Item(id: "o4", objective: "o", set: B, ages: [Ages9To12], safe: true),
            Item(id: "p3", objective: "p", set: B, ages: [Ages9To12], safe: true),
            Item(id: "p4", objective: "p", set: B, ages: [Ages9To12], safe: false),
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
        Profile::new(3, "Sam", Default::default())
    }

    /// A level finished, practising objective `o`.
    fn played(p: &mut Profile, id: &str) {
        p.results.insert(
            id.into(),
            crate::play::RunResult {
                scenario: id.into(),
                outcome: Outcome::Safe,
                stars: 3,
                points: 3,
                max_points: 3,
                evidence: [("o".to_string(), 1)].into_iter().collect(),
                recovered: false,
            },
        );
    }

    /// Judges every situation of a run rightly (or "Not OK" to all).
    fn take(run: &mut CheckRun, cynic: bool) -> Option<CheckRecord> {
        run.begin();
        let mut record = None;
        loop {
            match run.step {
                Step::Question(n) => {
                    run.judge(cynic || !run.items[n].safe);
                    record = run.sure(Confidence::FairlySure).or(record);
                }
                Step::Feedback(_) => run.next(),
                _ => return record,
            }
        }
    }

    #[test]
    fn warm_up_look_back_and_booster_ask_what_they_should() {
        let library = library();
        let band = AgeBand::Ages9To12;
        let mut child = profile();
        assert_eq!(due_now(&library, band, &[], &child, 0), Some(Due::WarmUp));
        assert_eq!(
            due_now(&library, AgeBand::Ages16To18, &[], &child, 0),
            None,
            "no situations"
        );
        let mut run = CheckRun::start(&library, band, &child, Due::WarmUp, None, (7, 10)).unwrap();
        assert_eq!(run.items.len(), 4, "every objective, safe and risky");
        // Nothing is kept before the situations start.
        assert_eq!(run.sure(Confidence::VerySure), None);
        let warm_up = take(&mut run, false).expect("the last judgement makes the record");
        assert_eq!(run.step, Step::Thanks);
        assert!(warm_up.answers.iter().all(|a| a.right && a.safe.is_some()));
        assert_eq!(warm_up.day, Some(10));
        child.checks.warm_up = Some(warm_up);

        // One level practising `o`: not trained yet. Two levels: trained, and
        // every level offered is finished, so the look-back is due, on `o` only.
        played(&mut child, "l1");
        assert_eq!(due_now(&library, band, &[], &child, 11), None);
        played(&mut child, "l2");
        let level = |id: &str| {
            let src = format!(
                r#"Scenario(id: "{id}", risk: Contact, ages: [Ages9To12], objectives: ["o"], start: "e", beats: {{"e": Ending(outcome: Safe, text: "e")}})"#
            );
            parse::<Scenario>(Path::new("l.ron"), &src).unwrap()
        };
        let (l1, l2) = (level("l1"), level("l2"));
        assert_eq!(
            due_now(&library, band, &[&l1, &l2], &child, 12),
            Some(Due::LookBack)
        );
        let mut run =
            CheckRun::start(&library, band, &child, Due::LookBack, None, (1, 12)).unwrap();
        assert_eq!(run.set, child.checks.warm_up.as_ref().unwrap().set.other());
        assert!(
            run.items.iter().all(|i| i.objective == "o"),
            "{:?}",
            run.items
        );
        let look_back = take(&mut run, true).unwrap();
        // "Not OK" to everything: right on the risky one only.
        assert_eq!(look_back.answers.iter().filter(|a| a.right).count(), 1);
        child.checks.look_back = Some(look_back);

        // A week later, the booster, with Sango's feedback after each judgement.
        assert_eq!(due_now(&library, band, &[&l1, &l2], &child, 18), None);
        assert_eq!(
            due_now(&library, band, &[&l1, &l2], &child, 19),
            Some(Due::Booster)
        );
        let mut run = CheckRun::start(&library, band, &child, Due::Booster, None, (2, 19)).unwrap();
        assert_eq!(run.set, child.checks.warm_up.as_ref().unwrap().set);
        run.begin();
        run.judge(false);
        assert_eq!(run.sure(Confidence::Guessing), None);
        assert_eq!(run.step, Step::Feedback(0));
        assert!(run.answer(0).is_some());
        run.next();
        assert_eq!(run.step, Step::Question(1));
    }

    #[test]
    fn the_same_seed_shows_the_same_order() {
        let library = library();
        let child = profile();
        let start = |seed| {
            CheckRun::start(
                &library,
                AgeBand::Ages9To12,
                &child,
                Due::WarmUp,
                None,
                (seed, 0),
            )
            .unwrap()
            .items
        };
        assert_eq!(start(5), start(5));
        assert!((0..20).any(|s| start(s) != start(0)));
    }
}
