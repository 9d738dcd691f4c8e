//! Learning you can measure: the statistics behind the warm-up, look-back and
//! booster checks (issues 10 and 25). Bevy-free. Each check shows situations to
//! judge, "OK" or "Not OK", half of them safe: a child's **discernment** is the
//! share of risky situations caught minus the share of safe ones called "Not
//! OK" (false alarms), so saying "Not OK" to everything scores no better than
//! chance. The look-back asks only about objectives the child has trained in at
//! least two levels; a booster a week later shows what stayed.

pub use crate::stats::{mean, sd};

use std::collections::{BTreeMap, BTreeSet};

use crate::content::{AgeBand, Item, ItemSet, Library};
use crate::progress::Profile;
pub use crate::progress::checks::{Answer, CheckRecord, Checks, Confidence, Due, Judged};
use crate::stats::{Estimate, Z95};

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

/// An objective counts as trained once it came up in this many levels: the
/// look-back asks only about trained objectives.
pub const TRAINED_LEVELS: u32 = 2;
/// The look-back comes once this many objectives are trained (or every level
/// offered is finished, with at least one trained).
pub const LOOK_BACK_AFTER: usize = 4;
/// The booster comes this many days (or more) after the look-back...
pub const BOOSTER_DAYS: u32 = 7;
/// ... and asks about this many of the look-back's objectives, two situations each.
pub const BOOSTER_OBJECTIVES: usize = 3;

/// The objectives a child has trained: practised in at least
/// [`TRAINED_LEVELS`] levels.
pub fn trained(profile: &Profile) -> BTreeSet<String> {
    tallies(profile)
        .into_iter()
        .filter(|(_, t)| t.practised >= TRAINED_LEVELS)
        .map(|(id, _)| id)
        .collect()
}

/// Where a child stands, for [`due`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Standing {
    /// Whether they have finished any level.
    pub levels_played: bool,
    /// Whether they have finished every level offered to them.
    pub all_finished: bool,
    /// How many objectives that the check measures for their band they have trained.
    pub trained: usize,
    /// Today (days since 1970).
    pub today: u32,
}

/// The check a child should take now, if any: the warm-up before the first
/// level; the look-back once [`LOOK_BACK_AFTER`] objectives are trained (or
/// every level is finished); the booster [`BOOSTER_DAYS`] days or more after the
/// look-back. A child who played before the warm-up existed has no warm-up to
/// compare with, so is not asked to look back either.
pub fn due(checks: &Checks, standing: Standing) -> Option<Due> {
    match (&checks.warm_up, &checks.look_back, &checks.booster) {
        (None, _, _) if !standing.levels_played => Some(Due::WarmUp),
        (Some(_), None, _)
            if standing.trained >= LOOK_BACK_AFTER
                || (standing.all_finished && standing.trained > 0) =>
        {
            Some(Due::LookBack)
        }
        (Some(_), Some(look_back), None)
            if look_back
                .day
                .is_some_and(|day| standing.today >= day + BOOSTER_DAYS) =>
        {
            Some(Due::Booster)
        }
        _ => None,
    }
}

/// Today, as checks record it: days since 1970 (UTC).
pub fn today() -> u32 {
    (crate::clock::now_unix() / 86_400) as u32
}

/// The situations a due check shows a child, in the file's order (the check
/// shuffles them): the warm-up every objective of its set; the look-back the
/// other set, on the objectives trained; the booster the warm-up's set again,
/// on a few of the look-back's objectives (picked by the child's coin).
pub fn items_for<'a>(
    library: &'a Library,
    band: AgeBand,
    due: Due,
    profile: &Profile,
) -> (ItemSet, Vec<&'a Item>) {
    let set = set_for(due, profile.id, &profile.checks);
    let all = library.check(band, set);
    let items = match due {
        Due::WarmUp => all,
        Due::LookBack => {
            let trained = trained(profile);
            all.into_iter()
                .filter(|i| trained.contains(&i.objective))
                .collect()
        }
        Due::Booster => {
            let mut picked: Vec<&str> = profile
                .checks
                .look_back
                .as_ref()
                .map(|r| r.objectives().into_iter().collect())
                .unwrap_or_default();
            // A fixed turn of the list per child: different children are
            // reminded of different objectives.
            if !picked.is_empty() {
                let turn = profile.id as usize % picked.len();
                picked.rotate_left(turn);
            }
            picked.truncate(BOOSTER_OBJECTIVES);
            all.into_iter()
                .filter(|i| picked.contains(&i.objective.as_str()))
                .collect()
        }
    };
    (set, items)
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

/// The set a due check uses (the booster goes back to the warm-up's, seen
/// longest ago and never with feedback).
pub fn set_for(due: Due, profile_id: u32, checks: &Checks) -> ItemSet {
    match due {
        Due::WarmUp | Due::Booster => checks
            .warm_up
            .as_ref()
            .map_or_else(|| first_set(profile_id), |w| w.set),
        Due::LookBack => checks
            .warm_up
            .as_ref()
            .map_or_else(|| first_set(profile_id).other(), |w| w.set.other()),
    }
}

/// Discernment and false alarms over some children (each child one value).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Measure {
    /// Hits minus false alarms, −1 to 1 (see [`Judged::discernment`]).
    pub discernment: Option<Estimate>,
    /// The share of safe situations called "Not OK", 0 to 1.
    pub false_alarms: Option<Estimate>,
    /// The share of risky situations caught, 0 to 1.
    pub hits: Option<Estimate>,
}

impl Measure {
    /// Over the children's counts; those with no safe (or no risky) situation
    /// are left out of what needs one.
    pub fn of(children: &[Judged]) -> Self {
        // An interval never reaches past what the measure can be.
        let values = |f: fn(&Judged) -> Option<f64>, (least, most): (f64, f64)| {
            Estimate::of(&children.iter().filter_map(f).collect::<Vec<_>>())
                .map(|e| e.within(least, most))
        };
        Self {
            discernment: values(Judged::discernment, (-1.0, 1.0)),
            false_alarms: values(Judged::false_alarm_rate, (0.0, 1.0)),
            hits: values(Judged::hit_rate, (0.0, 1.0)),
        }
    }

    pub fn n(&self) -> usize {
        self.discernment.map_or(0, |e| e.n)
    }
}

/// One objective, across the class: before (warm-up), after (look-back) and
/// at the booster, each over the children whose check asked about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveLearning {
    pub id: String,
    pub before: Measure,
    pub after: Measure,
    pub booster: Measure,
    /// What stayed: per child asked about it at both, the booster's
    /// discernment on it minus the look-back's.
    pub retention: Option<Estimate>,
}

/// A child's own figures: discernment and false alarms at each check, on the
/// objectives its look-back asked about (before the look-back, on every
/// objective of the warm-up). None where the check was not taken.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ChildLearning {
    pub before: Option<Judged>,
    pub after: Option<Judged>,
    pub booster: Option<Judged>,
}

impl ChildLearning {
    pub fn of(checks: &Checks) -> Self {
        let asked: Option<BTreeSet<&str>> = checks.look_back.as_ref().map(CheckRecord::objectives);
        let on = |o: &str| asked.as_ref().is_none_or(|a| a.contains(o));
        let judged = |r: &Option<CheckRecord>| {
            r.as_ref()
                .map(|r| r.judged(on))
                .filter(|j| j.risky + j.safe > 0)
        };
        Self {
            before: judged(&checks.warm_up),
            after: judged(&checks.look_back),
            booster: checks
                .booster
                .as_ref()
                .map(|r| r.judged(|_| true))
                .filter(|j| j.risky + j.safe > 0),
        }
    }

    /// The change in discernment from the warm-up to the look-back.
    pub fn gain(&self) -> Option<f64> {
        Some(self.after?.discernment()? - self.before?.discernment()?)
    }

    /// Whether false alarms rose by a quarter or more from the warm-up to the
    /// look-back: the child may be growing suspicious of safe things.
    pub fn more_suspicious(&self) -> bool {
        let rate = |j: Option<Judged>| j.and_then(|j| j.false_alarm_rate());
        matches!((rate(self.before), rate(self.after)), (Some(b), Some(a)) if a - b >= SUSPICIOUS)
    }
}

/// A rise in false alarms this large (a quarter of the safe situations) is
/// shown as "more suspicious".
pub const SUSPICIOUS: f64 = 0.25;

/// The class's checks.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassLearning {
    /// Children who took each check, and both the warm-up and the look-back.
    pub warm_ups: usize,
    pub look_backs: usize,
    pub boosters: usize,
    pub paired: usize,
    /// Per objective, in the objectives' order.
    pub objectives: Vec<ObjectiveLearning>,
    /// Over the children, each on their own look-back's objectives.
    pub before: Measure,
    pub after: Measure,
    pub booster: Measure,
    /// Cohen's d_z of the gains in discernment (children with both checks);
    /// none below two such children or with no spread in the gains.
    pub effect: Option<Effect>,
    /// The booster's discernment minus the look-back's on the same objectives,
    /// per child: near zero or above, the learning stayed.
    pub retention: Option<Estimate>,
    /// Children whose false alarms rose (see [`ChildLearning::more_suspicious`]).
    pub more_suspicious: usize,
    /// How sure the children were (1 to 3), warm-up and look-back.
    pub confidence_pre: Option<f64>,
    pub confidence_post: Option<f64>,
}

impl ClassLearning {
    pub fn build<'a>(children: impl IntoIterator<Item = &'a Checks>, objectives: &[&str]) -> Self {
        let children: Vec<&Checks> = children.into_iter().collect();
        let each: Vec<ChildLearning> = children.iter().map(|c| ChildLearning::of(c)).collect();
        let judged = |pick: fn(&ChildLearning) -> Option<Judged>| {
            each.iter().filter_map(pick).collect::<Vec<_>>()
        };
        let per_objective = |record: fn(&Checks) -> &Option<CheckRecord>, id: &str| {
            let counts: Vec<Judged> = children
                .iter()
                .filter_map(|c| record(c).as_ref())
                .map(|r| r.judged(|o| o == id))
                .filter(|j| j.risky + j.safe > 0)
                .collect();
            Measure::of(&counts)
        };
        let kept_on = |id: &str| {
            let kept: Vec<f64> = children
                .iter()
                .filter_map(|c| {
                    let on = |o: &str| o == id;
                    let after = c.look_back.as_ref()?.judged(on).discernment()?;
                    Some(c.booster.as_ref()?.judged(on).discernment()? - after)
                })
                .collect();
            Estimate::of(&kept).map(|e| e.within(-2.0, 2.0))
        };
        let objectives = objectives
            .iter()
            .map(|id| ObjectiveLearning {
                id: (*id).to_string(),
                before: per_objective(|c| &c.warm_up, id),
                after: per_objective(|c| &c.look_back, id),
                booster: per_objective(|c| &c.booster, id),
                retention: kept_on(id),
            })
            .collect();
        let pairs: Vec<(f64, f64)> = each
            .iter()
            .filter_map(|c| Some((c.before?.discernment()?, c.after?.discernment()?)))
            .collect();
        let kept: Vec<f64> = children
            .iter()
            .filter_map(|c| {
                let booster = c.booster.as_ref()?;
                let on = booster.objectives();
                let after = c.look_back.as_ref()?.judged(|o| on.contains(o));
                Some(booster.judged(|_| true).discernment()? - after.discernment()?)
            })
            .collect();
        let confidence = |record: fn(&Checks) -> &Option<CheckRecord>| {
            mean(
                &children
                    .iter()
                    .filter_map(|c| record(c).as_ref()?.confidence())
                    .collect::<Vec<_>>(),
            )
        };
        Self {
            warm_ups: children.iter().filter(|c| c.warm_up.is_some()).count(),
            look_backs: children.iter().filter(|c| c.look_back.is_some()).count(),
            boosters: children.iter().filter(|c| c.booster.is_some()).count(),
            paired: pairs.len(),
            objectives,
            before: Measure::of(&judged(|c| c.before)),
            after: Measure::of(&judged(|c| c.after)),
            booster: Measure::of(&judged(|c| c.booster)),
            effect: paired_effect(&pairs),
            retention: Estimate::of(&kept),
            more_suspicious: each.iter().filter(|c| c.more_suspicious()).count(),
            confidence_pre: confidence(|c| &c.warm_up),
            confidence_post: confidence(|c| &c.look_back),
        }
    }
}

/// How a simulated child judges a situation, for the tests, the screenshot
/// tour's class and the benchmark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Judge {
    /// Judges rightly with this probability (0.5 is chance).
    Knows(f64),
    /// Says "Not OK" to everything.
    Cynic,
    /// Says "Not OK" when the situation's words hold a risk-word (the
    /// simulation passes whether they do).
    CueWords,
}

/// A check answered by a simulated child. `cue` tells, per item, whether its
/// words hold a risk-word (only [`Judge::CueWords`] reads it). Sure when right
/// more often than when not, as children tend to be.
pub fn simulated_check(
    items: &[&Item],
    set: ItemSet,
    band: AgeBand,
    judge: Judge,
    cue: &dyn Fn(&Item) -> bool,
    rng: &mut impl rand::Rng,
) -> CheckRecord {
    let answers = items
        .iter()
        .map(|item| {
            let says_not_ok = match judge {
                Judge::Knows(p) => {
                    let right = rng.random_bool(p.clamp(0.0, 1.0));
                    item.safe != right
                }
                Judge::Cynic => true,
                Judge::CueWords => cue(item),
            };
            let right = says_not_ok != item.safe;
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
                safe: Some(item.safe),
            }
        })
        .collect();
    CheckRecord {
        set,
        band,
        answers,
        day: None,
    }
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

    /// A situation judged: on `objective`, safe or not, rightly or not.
    fn answer(objective: &str, safe: bool, right: bool) -> Answer {
        Answer {
            item: format!("{objective}-item"),
            objective: objective.into(),
            right,
            confidence: Confidence::FairlySure,
            safe: Some(safe),
        }
    }

    /// A check of (objective, safe, right) answers.
    fn record(set: ItemSet, answers: &[(&str, bool, bool)]) -> CheckRecord {
        CheckRecord {
            set,
            band: AgeBand::Ages9To12,
            answers: answers
                .iter()
                .map(|(o, safe, right)| answer(o, *safe, *right))
                .collect(),
            day: None,
        }
    }

    fn profile(results: &[(&str, &[(&str, i32)])], checks: Checks) -> Profile {
        Profile {
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
            checks,
            ..Profile::new(1, "Sam", Avatar::Sky)
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
        // The look-back uses the set the warm-up did not; the booster the
        // warm-up's again.
        let checks = Checks {
            warm_up: Some(record(ItemSet::B, &[])),
            ..Checks::default()
        };
        assert_eq!(set_for(Due::LookBack, 7, &checks), ItemSet::A);
        assert_eq!(set_for(Due::Booster, 7, &checks), ItemSet::B);
        assert_eq!(set_for(Due::WarmUp, 7, &Checks::default()), first_set(7));
    }

    #[test]
    fn which_check_is_due() {
        let none = Checks::default();
        let warmed = Checks {
            warm_up: Some(record(ItemSet::A, &[])),
            ..Checks::default()
        };
        let looked_back = Checks {
            look_back: Some(CheckRecord {
                day: Some(100),
                ..record(ItemSet::B, &[])
            }),
            ..warmed.clone()
        };
        let all = Checks {
            booster: Some(record(ItemSet::A, &[])),
            ..looked_back.clone()
        };
        let at = |levels_played, all_finished, trained, today| Standing {
            levels_played,
            all_finished,
            trained,
            today,
        };
        assert_eq!(due(&none, at(false, false, 0, 0)), Some(Due::WarmUp));
        // Played before the warm-up existed: nothing to compare, nothing asked.
        assert_eq!(due(&none, at(true, true, 9, 0)), None);
        // The look-back waits for enough trained objectives...
        assert_eq!(due(&warmed, at(true, false, LOOK_BACK_AFTER - 1, 0)), None);
        assert_eq!(
            due(&warmed, at(true, false, LOOK_BACK_AFTER, 0)),
            Some(Due::LookBack)
        );
        // ... or for every level finished, with something trained.
        assert_eq!(due(&warmed, at(true, true, 1, 0)), Some(Due::LookBack));
        assert_eq!(due(&warmed, at(true, true, 0, 0)), None);
        // The booster: a week after the look-back, not before.
        assert_eq!(due(&looked_back, at(true, true, 9, 106)), None);
        assert_eq!(
            due(&looked_back, at(true, true, 9, 107)),
            Some(Due::Booster)
        );
        assert_eq!(due(&all, at(true, true, 9, 200)), None);
        // A look-back from before boosters (no day) is never boosted.
        let old = Checks {
            look_back: Some(record(ItemSet::B, &[])),
            ..warmed.clone()
        };
        assert_eq!(due(&old, at(true, true, 9, 9999)), None);
    }

    #[test]
    fn discernment_counts_safe_kept_as_well_as_risky_caught() {
        // Two risky, two safe. Caught both risky, called one safe "Not OK".
        let r = record(
            ItemSet::A,
            &[
                ("a", false, true),
                ("a", false, true),
                ("a", true, false),
                ("a", true, true),
            ],
        );
        let j = r.judged(|_| true);
        assert_eq!((j.risky, j.hits, j.safe, j.false_alarms), (2, 2, 2, 1));
        assert_eq!(j.discernment(), Some(0.5));
        // d′ with ½ added: z(2.5 / 3) − z(1.5 / 3) = 0.967422 − 0.
        assert!(close(j.d_prime().unwrap(), 0.967_422), "{:?}", j.d_prime());
        // "Not OK" to everything: every risky caught, every safe a false alarm.
        let cynic = record(ItemSet::A, &[("a", false, true), ("a", true, false)]);
        assert_eq!(cynic.judged(|_| true).discernment(), Some(0.0));
        // An old multiple-choice answer counts for nothing.
        let old = CheckRecord {
            answers: vec![Answer {
                safe: None,
                ..answer("a", true, true)
            }],
            ..record(ItemSet::A, &[])
        };
        assert_eq!(old.judged(|_| true), Judged::default());
    }

    #[test]
    fn class_learning_by_hand() {
        // Each child judges one safe (S) and one risky (R) situation per objective.
        // Sam: a and b, from guessing wrong on both to right on both.
        // Ali: a right before and after; b: calls both "Not OK" after.
        // Lea: only a in the look-back (trained), b in the warm-up too.
        // Kim: warm-up only.
        let both = |o: &'static str, s: bool, r: bool| [(o, true, s), (o, false, r)];
        let child = |pre: Vec<(&'static str, bool, bool)>,
                     post: Option<Vec<(&'static str, bool, bool)>>| Checks {
            warm_up: Some(record(ItemSet::A, &pre)),
            look_back: post.map(|p| record(ItemSet::B, &p)),
            booster: None,
        };
        let class = [
            child(
                [both("a", false, false), both("b", false, false)].concat(),
                Some([both("a", true, true), both("b", true, true)].concat()),
            ),
            child(
                [both("a", true, true), both("b", true, false)].concat(),
                Some([both("a", true, true), both("b", false, true)].concat()),
            ),
            child(
                [both("a", false, true), both("b", true, true)].concat(),
                Some(both("a", true, true).to_vec()),
            ),
            child(
                [both("a", false, false), both("b", false, false)].concat(),
                None,
            ),
        ];
        let l = ClassLearning::build(&class, &["a", "b", "c"]);
        assert_eq!(
            (l.warm_ups, l.look_backs, l.boosters, l.paired),
            (4, 3, 0, 3)
        );
        let [a, b, c] = &l.objectives[..] else {
            panic!()
        };
        // a before: Sam −1+... per child H − FA: Sam (R missed, S called Not OK)
        // = 0 − 1 = −1; Ali 1 − 0 = 1; Lea 1 − 1 = 0; Kim −1: mean −0.25.
        assert!(close(a.before.discernment.unwrap().mean, -0.25));
        assert_eq!(a.after.discernment.unwrap().mean, 1.0);
        // b after: Sam 1, Ali 1 − 1 = 0 (all "Not OK"): mean 0.5, false alarms 0.5.
        assert_eq!(b.after.discernment.unwrap().mean, 0.5);
        assert_eq!(b.after.false_alarms.unwrap().mean, 0.5);
        assert_eq!(b.after.n(), 2);
        assert_eq!(c.before.discernment, None);
        // Per child, on their look-back's objectives: Sam −1 → 1 (gain 2);
        // Ali before H 1/2, FA 0/2 → 0.5, after H 2/2, FA 1/2 → 0.5 (gain 0);
        // Lea on a only: H 1/1, FA 1/1 → 0, then 1 (gain 1). Mean gain 1.
        let e = l.effect.unwrap();
        assert!(close(e.mean_gain, 1.0), "{e:?}");
        assert!(close(e.mean_pre, -1.0 / 6.0), "{e:?}");
        // Ali's false alarms rose from 0 to a half: more suspicious.
        assert_eq!(l.more_suspicious, 1);
        assert_eq!(l.confidence_pre, Some(2.0));
        assert_eq!(l.retention, None);
    }

    #[test]
    fn a_booster_shows_what_stayed() {
        let lb = record(
            ItemSet::B,
            &[
                ("a", true, true),
                ("a", false, true),
                ("b", true, true),
                ("b", false, true),
            ],
        );
        let kids: Vec<Checks> = [(true, true), (true, false)]
            .iter()
            .map(|&(s, r)| Checks {
                warm_up: Some(record(
                    ItemSet::A,
                    &[("a", true, false), ("a", false, false)],
                )),
                look_back: Some(lb.clone()),
                booster: Some(record(ItemSet::A, &[("a", true, s), ("a", false, r)])),
            })
            .collect();
        let l = ClassLearning::build(&kids, &["a", "b"]);
        // On a: 1 at the look-back; at the booster 1 and 0: kept 0 and −1.
        let kept = l.retention.unwrap();
        assert_eq!((kept.n, kept.mean), (2, -0.5));
        assert_eq!(l.objectives[0].booster.discernment.unwrap().mean, 0.5);
        let kept_on_a = l.objectives[0].retention.unwrap();
        assert_eq!((kept_on_a.n, kept_on_a.mean), (2, -0.5));
        assert_eq!(l.objectives[1].booster.n(), 0);
        assert_eq!(l.objectives[1].retention, None);
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
        // The warm-up judged c well: c needs 0.4, b's level wins.
        let checked = Profile {
            checks: Checks {
                warm_up: Some(record(ItemSet::A, &[("c", true, true)])),
                ..Checks::default()
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
