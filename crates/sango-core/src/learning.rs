//! Learning you can measure: the statistics behind the warm-up and look-back checks
//! (issue 10). Bevy-free. A child's score on an objective is the share of its
//! check items answered well (0 to 1); the gain is the look-back score minus the
//! warm-up score; a class's effect size is Cohen's d for paired scores.

/// The mean of some values; `None` for none.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The sample standard deviation (n − 1); `None` below two values.
pub fn sd(values: &[f64]) -> Option<f64> {
    let m = mean(values)?;
    (values.len() >= 2).then(|| {
        let squares: f64 = values.iter().map(|v| (v - m).powi(2)).sum();
        (squares / (values.len() - 1) as f64).sqrt()
    })
}

use std::collections::BTreeMap;

use crate::content::{AgeBand, Item, ItemSet};
use crate::progress::Profile;
pub use crate::progress::checks::{Answer, CheckRecord, Checks, Confidence, Due};

/// Scores at or above this are "secure".
pub const SECURE: f64 = 0.75;
/// How often an objective was practised, and how it went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Levels in which the objective came up.
    pub practised: u32,
    /// ... and the safe choice was made.
    pub well: u32,
}

impl Tally {
    pub fn score(&self) -> Option<f64> {
        (self.practised > 0).then(|| f64::from(self.well) / f64::from(self.practised))
    }
}

/// How each objective went in a child's levels (their best result per level).
pub fn tallies(profile: &Profile) -> BTreeMap<String, Tally> {
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for result in profile.results.values() {
        for (objective, evidence) in &result.evidence {
            if *evidence != 0 {
                let t = tallies.entry(objective.clone()).or_default();
                t.practised += 1;
                t.well += u32::from(*evidence > 0);
            }
        }
    }
    tallies
}

/// A class's change from warm-up to look-back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Effect {
    /// Children with both a warm-up and a look-back.
    pub n: usize,
    pub mean_pre: f64,
    pub mean_post: f64,
    /// The mean of each child's gain (post − pre).
    pub mean_gain: f64,
    /// Cohen's d for paired scores (d_z): the mean gain over the standard deviation
    /// of the gains.
    pub d: f64,
    /// Its 95 % confidence interval.
    pub low: f64,
    pub high: f64,
}

/// z for a two-sided 95 % interval.
const Z95: f64 = 1.959_964;

/// Cohen's d_z with a 95 % interval from its large-sample standard error,
/// √(1/n + d²/2n). Pairs are (pre, post) for the same child. `None` below two
/// children, or when every child gained exactly the same (no spread to scale by).
pub fn paired_effect(pairs: &[(f64, f64)]) -> Option<Effect> {
    let n = pairs.len();
    let gains: Vec<f64> = pairs.iter().map(|(pre, post)| post - pre).collect();
    let spread = sd(&gains)?;
    if spread <= f64::EPSILON {
        return None;
    }
    let mean_gain = mean(&gains)?;
    let d = mean_gain / spread;
    let n_f = n as f64;
    let se = (1.0 / n_f + d * d / (2.0 * n_f)).sqrt();
    let pre: Vec<f64> = pairs.iter().map(|p| p.0).collect();
    let post: Vec<f64> = pairs.iter().map(|p| p.1).collect();
    Some(Effect {
        n,
        mean_pre: mean(&pre)?,
        mean_post: mean(&post)?,
        mean_gain,
        d,
        low: d - Z95 * se,
        high: d + Z95 * se,
    })
}

// ---------------------------------------------------------------------------
// The check: what a child answered, the coin that picks their first set, and the
// class's figures.

/// The levels offered to children in an age band, world by world (the four risks
/// in order): the playable scenarios of the band that the teacher left on.
pub fn offered<'a>(
    playable: impl Iterator<Item = &'a crate::content::Scenario>,
    band: AgeBand,
    enabled: impl Fn(&str) -> bool,
) -> Vec<&'a crate::content::Scenario> {
    let mut levels: Vec<&crate::content::Scenario> = playable
        .filter(|s| s.ages.contains(&band) && enabled(&s.id))
        .collect();
    levels.sort_by_key(|s| crate::content::Risk::ALL.iter().position(|r| *r == s.risk));
    levels
}

/// The level suggested to a child next among the levels offered, with why (see
/// [`suggest`]): each level trains the objectives it earns evidence for.
pub fn suggestion<'a>(
    levels: &[&'a crate::content::Scenario],
    profile: &crate::progress::Profile,
) -> Option<Suggestion<'a>> {
    let offered: Vec<Offered> = levels
        .iter()
        .map(|s| Offered {
            id: &s.id,
            trains: crate::content::coverage::trained_objectives(s)
                .into_iter()
                .collect(),
        })
        .collect();
    suggest(profile, &offered)
}

/// The check a child should take now, if any. `levels_played` is whether they
/// have finished any level; `world_finished` whether every level of some world
/// (for their age band) is finished. A child who played before the warm-up
/// existed has no warm-up to compare with, so is not asked to look back either.
pub fn due(checks: &Checks, levels_played: bool, world_finished: bool) -> Option<Due> {
    match (&checks.warm_up, &checks.look_back) {
        (None, _) if !levels_played => Some(Due::WarmUp),
        (Some(_), None) if world_finished => Some(Due::LookBack),
        _ => None,
    }
}

/// The seeded coin: which set a child's warm-up uses (the look-back uses the
/// other). Seeded by the profile's id, so it is the same every time it is asked,
/// and about half of a class starts with each set.
pub fn first_set(profile_id: u32) -> ItemSet {
    // SplitMix64's finaliser: consecutive ids give unrelated bits.
    let mut z = u64::from(profile_id).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    if z & 1 == 0 { ItemSet::A } else { ItemSet::B }
}

/// The set a due check uses.
pub fn set_for(due: Due, profile_id: u32, checks: &Checks) -> ItemSet {
    match due {
        Due::WarmUp => first_set(profile_id),
        Due::LookBack => checks
            .warm_up
            .as_ref()
            .map_or_else(|| first_set(profile_id).other(), |w| w.set.other()),
    }
}

/// An objective's warm-up and look-back across the children who took both.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveGain {
    pub id: String,
    /// Children with both answers on it.
    pub n: usize,
    /// Shares answered well (0 to 1).
    pub pre: Option<f64>,
    pub post: Option<f64>,
}

impl ObjectiveGain {
    pub fn gain(&self) -> Option<f64> {
        Some(self.post? - self.pre?)
    }
}

/// The class's warm-up and look-back.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassLearning {
    /// Children who took the warm-up, the look-back, and both.
    pub warm_ups: usize,
    pub look_backs: usize,
    pub paired: usize,
    /// Per objective, in the order asked.
    pub objectives: Vec<ObjectiveGain>,
    /// Over every child with both checks: their scores' means and the effect size
    /// (none below two such children or with no spread in the gains).
    pub effect: Option<Effect>,
    pub mean_pre: Option<f64>,
    pub mean_post: Option<f64>,
    /// How sure the children were (1 to 3), warm-up and look-back.
    pub confidence_pre: Option<f64>,
    pub confidence_post: Option<f64>,
}

impl ClassLearning {
    pub fn build<'a>(children: impl IntoIterator<Item = &'a Checks>, objectives: &[&str]) -> Self {
        let children: Vec<&Checks> = children.into_iter().collect();
        let pairs: Vec<(&CheckRecord, &CheckRecord)> = children
            .iter()
            .filter_map(|c| Some((c.warm_up.as_ref()?, c.look_back.as_ref()?)))
            .collect();
        let scores: Vec<(f64, f64)> = pairs
            .iter()
            .filter_map(|(pre, post)| Some((pre.score()?, post.score()?)))
            .collect();
        let objectives = objectives
            .iter()
            .map(|id| {
                let both: Vec<(f64, f64)> = pairs
                    .iter()
                    .filter_map(|(pre, post)| {
                        let (a, b) = (pre.right_on(id)?, post.right_on(id)?);
                        Some((f64::from(u8::from(a)), f64::from(u8::from(b))))
                    })
                    .collect();
                ObjectiveGain {
                    id: (*id).to_string(),
                    n: both.len(),
                    pre: mean(&both.iter().map(|p| p.0).collect::<Vec<_>>()),
                    post: mean(&both.iter().map(|p| p.1).collect::<Vec<_>>()),
                }
            })
            .collect();
        let confidence = |records: Vec<&CheckRecord>| {
            mean(
                &records
                    .iter()
                    .filter_map(|r| r.confidence())
                    .collect::<Vec<_>>(),
            )
        };
        Self {
            warm_ups: children.iter().filter(|c| c.warm_up.is_some()).count(),
            look_backs: children.iter().filter(|c| c.look_back.is_some()).count(),
            paired: pairs.len(),
            objectives,
            effect: paired_effect(&scores),
            mean_pre: mean(&scores.iter().map(|p| p.0).collect::<Vec<_>>()),
            mean_post: mean(&scores.iter().map(|p| p.1).collect::<Vec<_>>()),
            confidence_pre: confidence(pairs.iter().map(|p| p.0).collect()),
            confidence_post: confidence(pairs.iter().map(|p| p.1).collect()),
        }
    }
}

/// A check answered by a simulated child who picks the best answer with
/// probability `p`: for the tests, the screenshot tour's class and the benchmark.
/// Sure when right more often than when not, as children tend to be.
pub fn simulated_check(
    items: &[&Item],
    set: ItemSet,
    band: AgeBand,
    p: f64,
    rng: &mut impl rand::Rng,
) -> CheckRecord {
    let answers = items
        .iter()
        .map(|item| {
            let right = rng.random_bool(p.clamp(0.0, 1.0));
            let confidence = match (right, rng.random_bool(0.5)) {
                (true, true) => Confidence::VerySure,
                (false, false) => Confidence::Guessing,
                _ => Confidence::FairlySure,
            };
            Answer {
                item: item.id.clone(),
                objective: item.objective.clone(),
                right,
                confidence,
            }
        })
        .collect();
    CheckRecord { set, band, answers }
}

// ---------------------------------------------------------------------------
// Mastery, badges and the next level.

/// An objective is mastered once it came up in at least this many levels...
pub const MASTERY_LEVELS: u32 = 2;

/// ... and the child's score on it is secure.
pub fn mastered(tally: &Tally) -> bool {
    tally.practised >= MASTERY_LEVELS && tally.score().is_some_and(|s| s >= SECURE)
}

/// The objectives a child has mastered (their badges), in the order given.
pub fn badges<'a>(profile: &Profile, objectives: &[&'a str]) -> Vec<&'a str> {
    let mastered = mastered_ids(profile);
    objectives
        .iter()
        .copied()
        .filter(|o| mastered.contains(*o))
        .collect()
}

/// Every objective a child has mastered, by id.
pub fn mastered_ids(profile: &Profile) -> std::collections::BTreeSet<String> {
    tallies(profile)
        .into_iter()
        .filter(|(_, t)| mastered(t))
        .map(|(id, _)| id)
        .collect()
}

/// The objectives a profile mastered between two of its saves: the new badges a
/// debrief shows (by id).
pub fn new_badges(before: Option<&Profile>, after: Option<&Profile>) -> Vec<String> {
    let had = before.map(mastered_ids).unwrap_or_default();
    after
        .map(mastered_ids)
        .unwrap_or_default()
        .difference(&had)
        .cloned()
        .collect()
}

/// Why a level is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// It practises an objective the child's levels show is still growing.
    Growing,
    /// It practises an objective no finished level has practised yet.
    New,
}

/// The level suggested next, the objective it is suggested for, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion<'a> {
    pub scenario: &'a str,
    pub objective: &'a str,
    pub why: Why,
}

/// A level the map offers: its id and the objectives it trains.
pub struct Offered<'a> {
    pub id: &'a str,
    pub trains: Vec<&'a str>,
}

/// The level that best trains the child's weakest objectives not yet mastered.
///
/// Each objective not mastered has a need from 0 to 1: from the levels that
/// practised it (one minus the score, at least a quarter while not mastered),
/// else from the check (0.9 if the latest answer on it was not the best, 0.4 if it
/// was), else 0.6. A level's worth is the sum of the needs of what it trains,
/// halved if already finished; the best worth wins, the map's order breaking
/// ties. It is suggested for its neediest objective. `None` when nothing offered
/// trains anything still to learn.
pub fn suggest<'a>(profile: &Profile, offered: &[Offered<'a>]) -> Option<Suggestion<'a>> {
    let tallies = tallies(profile);
    let need = |objective: &str| -> Option<(f64, Why)> {
        match tallies.get(objective) {
            Some(t) if mastered(t) => None,
            Some(t) if t.practised > 0 => {
                Some(((1.0 - t.score().unwrap_or(0.0)).max(0.25), Why::Growing))
            }
            _ => Some(match profile.checks.latest_on(objective) {
                Some(false) => (0.9, Why::New),
                Some(true) => (0.4, Why::New),
                None => (0.6, Why::New),
            }),
        }
    };
    let mut best: Option<(f64, Suggestion<'a>)> = None;
    for level in offered {
        let needs: Vec<(f64, Why, &'a str)> = level
            .trains
            .iter()
            .filter_map(|o| need(o).map(|(n, why)| (n, why, *o)))
            .collect();
        // The neediest objective; the first listed on a tie.
        let Some(&(_, why, objective)) =
            needs
                .iter()
                .fold(None, |top: Option<&(f64, Why, &str)>, n| match top {
                    Some(t) if t.0 >= n.0 => Some(t),
                    _ => Some(n),
                })
        else {
            continue;
        };
        let mut worth: f64 = needs.iter().map(|n| n.0).sum();
        if profile.results.contains_key(level.id) {
            worth /= 2.0;
        }
        if best.as_ref().is_none_or(|(w, _)| worth > *w + 1e-9) {
            best = Some((
                worth,
                Suggestion {
                    scenario: level.id,
                    objective,
                    why,
                },
            ));
        }
    }
    best.map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    use super::*;

    use crate::content::{AgeBand, ItemSet};
    use crate::play::RunResult;
    use crate::progress::{Avatar, Profile};

    fn level(id: &str, risk: &str, band: &str) -> crate::content::Scenario {
        let source = format!(
            r#"Scenario(id: "{id}", risk: {risk}, ages: [{band}], objectives: ["o"], start: "a",
            beats: {{
                "a": Beat(speaker: Sango, text: "a", choices: [
                    Choice(text: "c", verdict: Safe, evidence: {{"o": 1}}, feedback: "f", next: "e"),
                    Choice(text: "d", verdict: Risky, feedback: "f", next: "e"),
                ]),
                "e": Ending(outcome: Safe, text: "e"),
            }})"#
        );
        crate::content::load::parse(std::path::Path::new("t.ron"), &source).unwrap()
    }

    #[test]
    fn the_map_offers_the_bands_levels_left_on_world_by_world() {
        let all = [
            level("contract-a", "Contract", "Ages9To12"),
            level("content-b", "Content", "Ages9To12"),
            level("conduct-c", "Conduct", "Ages13To15"),
            level("contact-d", "Contact", "Ages9To12"),
        ];
        let ids = |levels: Vec<&crate::content::Scenario>| {
            levels.iter().map(|s| s.id.clone()).collect::<Vec<_>>()
        };
        let on = offered(all.iter(), AgeBand::Ages9To12, |_| true);
        assert_eq!(ids(on), ["content-b", "contact-d", "contract-a"]);
        let some = offered(all.iter(), AgeBand::Ages9To12, |id| id != "contact-d");
        assert_eq!(ids(some), ["content-b", "contract-a"]);
    }

    fn answer(objective: &str, right: bool, confidence: Confidence) -> Answer {
        Answer {
            item: format!("{objective}-item"),
            objective: objective.into(),
            right,
            confidence,
        }
    }

    fn record(set: ItemSet, answers: &[(&str, bool)]) -> CheckRecord {
        CheckRecord {
            set,
            band: AgeBand::Ages9To12,
            answers: answers
                .iter()
                .map(|(o, r)| answer(o, *r, Confidence::FairlySure))
                .collect(),
        }
    }

    fn profile(results: &[(&str, &[(&str, i32)])], checks: Checks) -> Profile {
        Profile {
            id: 1,
            nickname: "Sam".into(),
            avatar: Avatar::Sky,
            results: results
                .iter()
                .map(|(id, evidence)| {
                    (
                        id.to_string(),
                        RunResult {
                            scenario: id.to_string(),
                            outcome: crate::content::Outcome::Safe,
                            stars: 3,
                            points: 3,
                            max_points: 3,
                            evidence: evidence.iter().map(|(o, e)| (o.to_string(), *e)).collect(),
                            recovered: false,
                        },
                    )
                })
                .collect(),
            language: None,
            preferences: None,
            checks,
            facts: Default::default(),
        }
    }

    #[test]
    fn the_coin_is_fixed_per_child_and_fair_over_a_class() {
        assert_eq!(first_set(7), first_set(7));
        let a = (1..=1000).filter(|id| first_set(*id) == ItemSet::A).count();
        assert!((450..=550).contains(&a), "{a} of 1000 start with set A");
        // Neighbours are not all alike: a class numbered 1..=30 is mixed.
        let a30 = (1..=30).filter(|id| first_set(*id) == ItemSet::A).count();
        assert!((8..=22).contains(&a30), "{a30} of 30");
        // The look-back uses the set the warm-up did not.
        let checks = Checks {
            warm_up: Some(record(ItemSet::B, &[])),
            look_back: None,
        };
        assert_eq!(set_for(Due::LookBack, 7, &checks), ItemSet::A);
        assert_eq!(set_for(Due::WarmUp, 7, &Checks::default()), first_set(7));
    }

    #[test]
    fn which_check_is_due() {
        let none = Checks::default();
        let warmed = Checks {
            warm_up: Some(record(ItemSet::A, &[])),
            look_back: None,
        };
        let both = Checks {
            look_back: Some(record(ItemSet::B, &[])),
            ..warmed.clone()
        };
        assert_eq!(due(&none, false, false), Some(Due::WarmUp));
        // Played before the warm-up existed: nothing to compare, nothing asked.
        assert_eq!(due(&none, true, true), None);
        assert_eq!(due(&warmed, true, false), None);
        assert_eq!(due(&warmed, true, true), Some(Due::LookBack));
        assert_eq!(due(&both, true, true), None);
    }

    #[test]
    fn class_learning_by_hand() {
        // Three children on objectives a and b; Kim has no look-back.
        // Sam: a ✗→✓, b ✗→✓ (0 → 1); Ali: a ✓→✓, b ✗→✗ (0.5 → 0.5);
        // Lea: a ✗→✓, b ✓→✓ (0.5 → 1).
        let child = |pre: &[(&str, bool)], post: Option<&[(&str, bool)]>| Checks {
            warm_up: Some(record(ItemSet::A, pre)),
            look_back: post.map(|p| record(ItemSet::B, p)),
        };
        let class = [
            child(
                &[("a", false), ("b", false)],
                Some(&[("a", true), ("b", true)]),
            ),
            child(
                &[("a", true), ("b", false)],
                Some(&[("a", true), ("b", false)]),
            ),
            child(
                &[("a", false), ("b", true)],
                Some(&[("a", true), ("b", true)]),
            ),
            child(&[("a", false), ("b", false)], None),
        ];
        let l = ClassLearning::build(&class, &["a", "b", "c"]);
        assert_eq!((l.warm_ups, l.look_backs, l.paired), (4, 3, 3));
        // a: 1 of 3 before, 3 of 3 after; b: 1 of 3, 2 of 3; c: never asked.
        let [a, b, c] = &l.objectives[..] else {
            panic!()
        };
        assert_eq!((a.n, a.pre, a.post), (3, Some(1.0 / 3.0), Some(1.0)));
        assert!(close(b.gain().unwrap(), 1.0 / 3.0));
        assert_eq!((c.n, c.pre, c.gain()), (0, None, None));
        // Scores 0, 0.5, 0.5 → 1, 0.5, 1: gains 1, 0, 0.5; mean 0.5, sd 0.5, d = 1.
        let e = l.effect.unwrap();
        assert!(close(e.d, 1.0), "{e:?}");
        assert!(close(l.mean_pre.unwrap(), 1.0 / 3.0));
        assert!(close(l.mean_post.unwrap(), 2.5 / 3.0));
        assert_eq!(l.confidence_pre, Some(2.0));
    }

    #[test]
    fn badges_need_two_levels_and_a_secure_score() {
        let p = profile(
            &[
                ("s1", &[("a", 1), ("b", 1), ("c", -1)]),
                ("s2", &[("a", 2), ("c", 1)]),
            ],
            Checks::default(),
        );
        // a: 2 of 2; b: 1 of 1 (one level only); c: 1 of 2.
        assert_eq!(badges(&p, &["a", "b", "c"]), ["a"]);
        assert_eq!(mastered_ids(&p).into_iter().collect::<Vec<_>>(), ["a"]);
    }

    #[test]
    fn the_next_level_trains_the_weakest_objective_not_mastered() {
        let offered = |levels: &[(&'static str, &[&'static str])]| -> Vec<Offered<'static>> {
            levels
                .iter()
                .map(|(id, trains)| Offered {
                    id,
                    trains: trains.to_vec(),
                })
                .collect()
        };
        // a mastered; b practised and shaky (1 of 2); c never practised.
        let played = profile(
            &[
                ("s1", &[("a", 1), ("b", 1)]),
                ("s2", &[("a", 1), ("b", -1)]),
            ],
            Checks::default(),
        );
        let levels = offered(&[
            ("s1", &["a", "b"]),
            ("s3", &["a"]),
            ("s4", &["b"]),
            ("s5", &["c"]),
        ]);
        // s4: b needs 0.5; s5: c needs 0.6 (no evidence at all) → s5, for c.
        let s = suggest(&played, &levels).unwrap();
        assert_eq!((s.scenario, s.objective, s.why), ("s5", "c", Why::New));
        // The warm-up answered c well: c needs 0.4, b's level wins.
        let checked = Profile {
            checks: Checks {
                warm_up: Some(record(ItemSet::A, &[("c", true)])),
                look_back: None,
            },
            ..played.clone()
        };
        let s = suggest(&checked, &levels).unwrap();
        assert_eq!((s.scenario, s.objective, s.why), ("s4", "b", Why::Growing));
        // Nothing left to learn in what is offered: no suggestion.
        assert_eq!(suggest(&played, &offered(&[("s3", &["a"])])), None);
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-4
    }

    #[test]
    fn mean_and_sd_by_hand() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5; squares sum 32; 32 / 7 = 4.5714; sd 2.1381.
        let v = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
        assert_eq!(mean(&v), Some(5.0));
        assert!(close(sd(&v).unwrap(), 2.138_090), "{:?}", sd(&v));
        assert_eq!(mean(&[]), None);
        assert_eq!(sd(&[1.0]), None);
    }

    #[test]
    fn paired_effect_by_hand() {
        // Gains 0.2, 0.4, 0.1, 0.3: mean 0.25; deviations −0.05, 0.15, −0.15, 0.05;
        // squares 0.0025 + 0.0225 + 0.0225 + 0.0025 = 0.05; /3 = 0.016667;
        // sd 0.129099; d = 0.25 / 0.129099 = 1.936492.
        // SE = √(1/4 + 1.936492² / 8) = √(0.25 + 0.46875) = 0.847791;
        // interval 1.936492 ± 1.959964 × 0.847791 = [0.274851, 3.598132].
        let pairs = [(0.2, 0.4), (0.4, 0.8), (0.5, 0.6), (0.3, 0.6)];
        let e = paired_effect(&pairs).unwrap();
        assert_eq!(e.n, 4);
        assert!(close(e.mean_pre, 0.35) && close(e.mean_post, 0.6));
        assert!(close(e.mean_gain, 0.25));
        assert!(close(e.d, 1.936_492), "{}", e.d);
        assert!(close(e.low, 0.274_851), "{}", e.low);
        assert!(close(e.high, 3.598_132), "{}", e.high);
    }

    #[test]
    fn no_effect_without_spread_or_children() {
        assert_eq!(paired_effect(&[(0.2, 0.4)]), None);
        assert_eq!(paired_effect(&[(0.2, 0.4), (0.5, 0.7)]), None);
        assert_eq!(paired_effect(&[]), None);
    }

    /// A child's score on a check of `items` three-choice items, each answered well
    /// with probability `p`.
    fn score(rng: &mut StdRng, items: usize, p: f64) -> f64 {
        (0..items).filter(|_| rng.random_bool(p)).count() as f64 / items as f64
    }

    #[test]
    fn simulated_learners_gain_and_random_responders_do_not() {
        let mut rng = StdRng::seed_from_u64(2020);
        let items = 10;
        // A class of 30 who learn: from about 45 % to about 75 % answered well.
        let learners: Vec<(f64, f64)> = (0..30)
            .map(|_| {
                let ability: f64 = rng.random_range(0.3..0.6);
                let pre = score(&mut rng, items, ability);
                let post = score(&mut rng, items, (ability + 0.3).min(0.95));
                (pre, post)
            })
            .collect();
        let e = paired_effect(&learners).unwrap();
        assert!(e.mean_gain > 0.2, "{e:?}");
        assert!(e.low > 0.0, "the interval is above zero: {e:?}");

        // Children who answer at random, one in three, before and after: over many
        // classes the interval holds zero about 95 times in 100.
        let mut holds_zero = 0;
        for _ in 0..200 {
            let random: Vec<(f64, f64)> = (0..30)
                .map(|_| {
                    (
                        score(&mut rng, items, 1.0 / 3.0),
                        score(&mut rng, items, 1.0 / 3.0),
                    )
                })
                .collect();
            let e = paired_effect(&random).unwrap();
            if e.low <= 0.0 && 0.0 <= e.high {
                holds_zero += 1;
            }
        }
        assert!(
            (180..=200).contains(&holds_zero),
            "{holds_zero} of 200 random classes"
        );
    }
}
