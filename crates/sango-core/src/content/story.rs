//! One story per age band (`story.ron` in the band's folder): its levels in order as chapters, its
//! recurring people, and how it closes. The names of the people are fixed per
//! child, so the friend in the group chat is the friend in the feed.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::schema::{AgeBand, Scenario, Trace, TraceKind, holds};

/// The file in an age band's folder that holds its story.
pub const STORY_FILE: &str = "story.ron";

/// An age band's story.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub ages: AgeBand,
    /// The band's levels, in the story's order.
    pub chapters: Vec<String>,
    /// The recurring people: a role (`"friend"`) to the names it may take
    /// (`"cast-mia"`, message keys in `locales/*/stories.ftl`). A level names
    /// the roles it uses in its `cast`.
    #[serde(default)]
    pub cast: BTreeMap<String, Vec<String>>,
    /// How the story closes, once every chapter is played: each line shows when
    /// its facts hold, in order.
    #[serde(default)]
    pub endings: Vec<StoryEnding>,
}

/// A line of a story's close.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryEnding {
    #[serde(default)]
    pub when: Vec<String>,
    pub text: String,
}

impl Story {
    /// The Fluent id of a key of this story (`story-9-12-title`).
    pub fn message_id(&self, key: &str) -> String {
        format!("story-{}-{}", self.ages.key(), key)
    }

    /// Messages every story must have.
    pub const REQUIRED_KEYS: [&'static str; 2] = ["title", "closed"];

    /// The lines of its close that a child's facts bring.
    pub fn closing<'a>(&'a self, facts: &'a BTreeSet<String>) -> impl Iterator<Item = &'a str> {
        self.endings
            .iter()
            .filter(move |e| holds(&e.when, facts))
            .map(|e| e.text.as_str())
    }

    /// The facts its close reads.
    pub fn facts_read(&self) -> BTreeSet<&str> {
        self.endings
            .iter()
            .flat_map(|e| &e.when)
            .map(|w| super::schema::fact_of(w))
            .collect()
    }

    /// Where a chapter is in the story (0-based).
    pub fn chapter_of(&self, scenario: &str) -> Option<usize> {
        self.chapters.iter().position(|c| c == scenario)
    }
}

/// Where a child is in a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress<'a> {
    /// Chapters played.
    pub done: usize,
    pub count: usize,
    /// The first chapter not yet played, in the story's order.
    pub next: Option<&'a str>,
}

impl Progress<'_> {
    /// Every chapter is played: the story has closed.
    pub fn closed(&self) -> bool {
        self.count > 0 && self.done == self.count
    }
}

impl Story {
    /// How far a child is, given which levels they finished.
    pub fn progress(&self, finished: impl Fn(&str) -> bool) -> Progress<'_> {
        Progress {
            done: self.chapters.iter().filter(|c| finished(c)).count(),
            count: self.chapters.len(),
            next: self
                .chapters
                .iter()
                .find(|c| !finished(c))
                .map(String::as_str),
        }
    }
}

/// What a child's levels of one age band remember: the facts kept for each of
/// them (a profile keeps the facts per level), so another band's facts never
/// leak into this band's story.
pub fn remembered_in<'a>(
    kept: &BTreeMap<String, BTreeSet<String>>,
    levels: impl IntoIterator<Item = &'a Scenario>,
) -> BTreeSet<String> {
    levels
        .into_iter()
        .filter_map(|s| kept.get(&s.id))
        .flatten()
        .cloned()
        .collect()
}

/// The traces a child's choices left, for "My phone": of each age band's levels,
/// those whose facts hold over what that band remembers, by kind and then in
/// the story's order.
pub fn footprint<'a>(
    levels: &[&'a Scenario],
    stories: &[&Story],
    kept: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<(&'a Scenario, &'a Trace)> {
    let mut out: Vec<(TraceKind, usize, usize, &'a Scenario, &'a Trace)> = Vec::new();
    for (b, band) in AgeBand::ALL.into_iter().enumerate() {
        let in_band: Vec<&Scenario> = levels
            .iter()
            .copied()
            .filter(|s| s.ages.contains(&band))
            .collect();
        let facts = remembered_in(kept, in_band.iter().copied());
        let story = stories.iter().find(|s| s.ages == band);
        let order = |s: &Scenario| {
            story
                .and_then(|st| st.chapter_of(&s.id))
                .unwrap_or(usize::MAX)
        };
        for s in in_band {
            out.extend(
                s.traces
                    .iter()
                    .filter(|t| holds(&t.when, &facts))
                    .map(|t| (t.kind, b, order(s), s, t)),
            );
        }
    }
    out.sort_by_key(|(kind, band, chapter, _, _)| (*kind, *band, *chapter));
    out.into_iter().map(|(_, _, _, s, t)| (s, t)).collect()
}

/// The sections of "My phone" that hold something, in order.
pub fn kinds_shown(footprint: &[(&Scenario, &Trace)]) -> Vec<TraceKind> {
    TraceKind::ALL
        .into_iter()
        .filter(|k| footprint.iter().any(|(_, t)| t.kind == *k))
        .collect()
}

/// A seed for a child's recurring people (their profile's id): the same child
/// meets the same people, another child other ones.
pub fn people_seed(profile: u32) -> u64 {
    u64::from(profile)
}

/// The name a role takes for a child: fixed by the seed and the role alone, so
/// every level that casts the role shows the same person. FNV-1a, written out
/// so it never changes between builds.
pub fn cast_pick<'a>(people: u64, role: &str, options: &'a [String]) -> Option<&'a String> {
    if options.is_empty() {
        return None;
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in people.to_le_bytes().iter().chain(role.as_bytes()) {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    options.get((hash % options.len() as u64) as usize)
}

/// The details a scenario shows for a child outside a play (on "My phone"):
/// the recurring people as the child knows them, the rest their first option.
pub fn variables_for(scenario: &Scenario, people: u64) -> Vec<(String, String)> {
    scenario
        .vary
        .iter()
        .filter_map(|(name, options)| {
            let pick = if scenario.cast.contains(name) {
                cast_pick(people, name, options)
            } else {
                options.first()
            };
            pick.map(|o| (name.clone(), o.clone()))
        })
        .collect()
}

/// Fills each scenario's cast roles from its band's story, as `vary` options.
/// A role the story lacks, or one the scenario also varies itself, is left as
/// it is for the linter to report (E0047).
pub fn fill_cast(stories: &[&Story], scenarios: &mut [&mut Scenario]) {
    for scenario in scenarios.iter_mut() {
        let Some(story) = scenario
            .ages
            .first()
            .and_then(|band| stories.iter().find(|s| s.ages == *band))
        else {
            continue;
        };
        for role in scenario.cast.clone() {
            if let Some(names) = story.cast.get(&role) {
                scenario.vary.entry(role).or_insert_with(|| names.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(id: &str, band: &str, traces: &str) -> Scenario {
        super::super::schema::ron_options()
            .from_str(&format!(
                r#"Scenario(id: "{id}", risk: Contact, ages: [{band}], objectives: ["o"], start: "e",
                traces: [{traces}],
                beats: {{ "e": Ending(outcome: Safe, text: "e") }})"#
            ))
            .unwrap()
    }

    #[test]
    fn the_phone_shows_what_still_holds_by_kind_and_each_band_on_its_own_facts() {
        let a = level(
            "a",
            "Ages9To12",
            r#"Trace(when: ["location-on", "!location-off"], kind: Location, text: "t-loc", advice: "a"),
               Trace(when: ["blocked"], kind: Blocked, text: "t-blocked", advice: "a")"#,
        );
        let b = level(
            "b",
            "Ages9To12",
            r#"Trace(when: ["told-school"], kind: Shared, text: "t-school", advice: "a")"#,
        );
        let c = level(
            "c",
            "Ages13To15",
            r#"Trace(when: ["location-on"], kind: Location, text: "t-other-band", advice: "a")"#,
        );
        let kept: BTreeMap<String, BTreeSet<String>> = [
            (
                "a".to_string(),
                ["location-on".to_string(), "blocked".to_string()].into(),
            ),
            ("b".to_string(), ["told-school".to_string()].into()),
        ]
        .into();
        let levels = [&a, &b, &c];
        let shown = |kept: &BTreeMap<String, BTreeSet<String>>| -> Vec<String> {
            footprint(&levels, &[], kept)
                .into_iter()
                .map(|(_, t)| t.text.clone())
                .collect()
        };
        assert_eq!(shown(&kept), ["t-school", "t-loc", "t-blocked"]);
        assert_eq!(
            kinds_shown(&footprint(&levels, &[], &kept)),
            [TraceKind::Shared, TraceKind::Location, TraceKind::Blocked]
        );
        // Putting it right, in a later level, takes it off the phone.
        let mut fixed = kept.clone();
        fixed.insert(
            "b".into(),
            ["told-school".into(), "location-off".into()].into(),
        );
        assert_eq!(shown(&fixed), ["t-school", "t-blocked"]);
        assert!(shown(&BTreeMap::new()).is_empty());
    }

    #[test]
    fn progress_counts_chapters_played_and_names_the_next() {
        let story: Story =
            ron::from_str(r#"Story(ages: Ages9To12, chapters: ["a", "b", "c"])"#).unwrap();
        let p = story.progress(|c| c == "a" || c == "c");
        assert_eq!(
            (p.done, p.count, p.next, p.closed()),
            (2, 3, Some("b"), false)
        );
        assert!(story.progress(|_| true).closed());
        assert_eq!(story.progress(|_| true).next, None);
    }

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("cast-{i}")).collect()
    }

    #[test]
    fn a_child_meets_the_same_person_in_every_level_and_children_meet_different_ones() {
        let options = names(3);
        let first = cast_pick(people_seed(7), "friend", &options);
        assert_eq!(first, cast_pick(people_seed(7), "friend", &options));
        let met: BTreeSet<_> = (0..12)
            .filter_map(|p| cast_pick(people_seed(p), "friend", &options))
            .collect();
        assert_eq!(met.len(), 3, "twelve children meet all three friends");
        assert_eq!(cast_pick(1, "friend", &[]), None);
    }

    #[test]
    fn a_close_shows_the_lines_whose_facts_hold() {
        let story: Story = ron::from_str(
            r#"Story(ages: Ages9To12, chapters: ["a", "b"], endings: [
                StoryEnding(when: ["blocked"], text: "ending-blocked"),
                StoryEnding(when: ["!blocked"], text: "ending-not"),
                StoryEnding(text: "ending-always"),
            ])"#,
        )
        .unwrap();
        let facts: BTreeSet<String> = ["blocked".to_string()].into();
        assert_eq!(
            story.closing(&facts).collect::<Vec<_>>(),
            ["ending-blocked", "ending-always"]
        );
        assert_eq!(story.chapter_of("b"), Some(1));
        assert_eq!(story.message_id("title"), "story-9-12-title");
        assert_eq!(story.facts_read(), ["blocked"].into());
    }
}
