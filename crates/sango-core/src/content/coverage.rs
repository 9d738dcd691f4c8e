//! Which risks, age bands and objectives the library covers, and the gaps: every
//! risk needs scenarios for every age band, and every objective needs practice in
//! every band.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use super::load::Library;
use super::schema::{AgeBand, Cell, Node, Risk, Scenario};

/// Scenarios each (risk, age band) cell needs.
pub const SCENARIOS_PER_CELL: usize = 2;
/// Scenarios that must train each objective in each age band.
pub const SCENARIOS_PER_OBJECTIVE: usize = 3;

/// The objectives a scenario actually trains: some choice or spot earns evidence.
pub fn trained_objectives(scenario: &Scenario) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    for (_, node) in scenario.beats.iter() {
        for e in node.evidence() {
            out.extend(e.iter().filter(|(_, v)| **v > 0).map(|(k, _)| k.as_str()));
        }
    }
    out
}

/// A way to play a step: what the child does there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mechanic {
    /// Choose what to do, from two to four choices.
    Choose,
    /// Find the clues on a card.
    Spot,
    /// Sort a feed: share, check first, don't share.
    Sort,
    /// Set a new account's settings for the situation.
    Setup,
    /// Build a message from phrases: what to say, what to leave out.
    Compose,
    /// Lock an account: a passphrase, two-step sign-in, the real sign-in page.
    Lock,
    /// Build a fake post from tricks, see whom it fools, then turn it round.
    Craft,
}

impl Mechanic {
    pub const ALL: [Mechanic; 7] = [
        Mechanic::Choose,
        Mechanic::Spot,
        Mechanic::Sort,
        Mechanic::Setup,
        Mechanic::Compose,
        Mechanic::Lock,
        Mechanic::Craft,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Mechanic::Choose => "choose",
            Mechanic::Spot => "spot the clues",
            Mechanic::Sort => "sort the feed",
            Mechanic::Setup => "set it up safely",
            Mechanic::Compose => "say it well",
            Mechanic::Lock => "lock it",
            Mechanic::Craft => "play the other side",
        }
    }

    /// Whether the mechanic is for this age band: locking an account and
    /// playing the other side are for 13 and over.
    pub fn fits(self, band: AgeBand) -> bool {
        !matches!(self, Mechanic::Lock | Mechanic::Craft) || band != AgeBand::Ages9To12
    }

    /// What a beat asks of the child, if anything (a line only asks to go on).
    pub fn of(node: &Node) -> Option<Mechanic> {
        match node {
            Node::Beat(b) if !b.choices.is_empty() => Some(Mechanic::Choose),
            Node::Spot(_) => Some(Mechanic::Spot),
            Node::Sort(_) => Some(Mechanic::Sort),
            Node::Setup(_) => Some(Mechanic::Setup),
            Node::Compose(_) => Some(Mechanic::Compose),
            Node::Lock(_) => Some(Mechanic::Lock),
            Node::Craft(_) => Some(Mechanic::Craft),
            Node::Beat(_) | Node::Ending(_) => None,
        }
    }
}

#[derive(Debug, Default)]
pub struct Coverage {
    pub grid: BTreeMap<(Risk, AgeBand), Vec<String>>,
    /// The levels in each cell of the CO:RE grid, per age band (by their `harm`).
    pub cells: BTreeMap<(Cell, AgeBand), Vec<String>>,
    pub objectives: BTreeMap<(String, AgeBand), Vec<String>>,
    /// The scenarios that play each way, per age band.
    pub mechanics: BTreeMap<(Mechanic, AgeBand), BTreeSet<String>>,
    /// Per age band with levels: its story's chapters that leave nothing for
    /// later (no fact they set is read by a later chapter or the story's
    /// close), or `None` when the band has no story.
    pub forgotten: BTreeMap<AgeBand, Option<Vec<String>>>,
    objective_ids: Vec<String>,
}

/// A story's chapters none of whose facts a later chapter, or the close, reads.
pub fn forgotten_chapters(library: &Library, story: &super::story::Story) -> Vec<String> {
    let read_from = |i: usize| -> BTreeSet<&str> {
        let mut read = story.facts_read();
        for later in &story.chapters[i + 1..] {
            if let Some(s) = library.scenario(later) {
                read.extend(s.facts_read());
            }
        }
        read
    };
    story
        .chapters
        .iter()
        .enumerate()
        .filter(|(i, id)| {
            let read = read_from(*i);
            library
                .scenario(id)
                .is_none_or(|s| s.facts_set().iter().all(|f| !read.contains(f)))
        })
        .map(|(_, id)| id.clone())
        .collect()
}

impl Coverage {
    pub fn of(library: &Library) -> Self {
        let mut c = Coverage {
            objective_ids: library.objectives.iter().map(|o| o.id.clone()).collect(),
            ..Default::default()
        };
        for file in &library.scenarios {
            let s = &file.scenario;
            let trained = trained_objectives(s);
            for &band in &s.ages {
                for mechanic in s.beats.iter().filter_map(|(_, n)| Mechanic::of(n)) {
                    c.mechanics
                        .entry((mechanic, band))
                        .or_default()
                        .insert(s.id.clone());
                }
                c.grid.entry((s.risk, band)).or_default().push(s.id.clone());
                if let Some(harm) = s.harm {
                    let cell = Cell { risk: s.risk, harm };
                    c.cells.entry((cell, band)).or_default().push(s.id.clone());
                }
                c.forgotten.entry(band).or_insert_with(|| {
                    library
                        .story(band)
                        .map(|story| forgotten_chapters(library, story))
                });
                for o in &trained {
                    c.objectives
                        .entry((o.to_string(), band))
                        .or_default()
                        .push(s.id.clone());
                }
            }
        }
        c
    }

    fn scenarios(&self, risk: Risk, band: AgeBand) -> usize {
        self.grid.get(&(risk, band)).map_or(0, Vec::len)
    }

    fn in_cell(&self, cell: Cell, band: AgeBand) -> usize {
        self.cells.get(&(cell, band)).map_or(0, Vec::len)
    }

    fn trained(&self, objective: &str, band: AgeBand) -> usize {
        self.objectives
            .get(&(objective.to_string(), band))
            .map_or(0, Vec::len)
    }

    /// Every cell below what the library must hold.
    pub fn gaps(&self) -> Vec<String> {
        let mut gaps = Vec::new();
        for risk in Risk::ALL {
            for band in AgeBand::ALL {
                let n = self.scenarios(risk, band);
                if n < SCENARIOS_PER_CELL {
                    gaps.push(format!(
                        "{} for ages {}: {n} scenario(s), needs {SCENARIOS_PER_CELL}",
                        risk.key(),
                        band.key()
                    ));
                }
            }
        }
        for cell in Cell::all() {
            for band in AgeBand::ALL.into_iter().filter(|b| cell.fits(*b)) {
                if self.in_cell(cell, band) == 0 {
                    gaps.push(format!(
                        "CO:RE {} for ages {}: no level",
                        cell.key(),
                        band.key()
                    ));
                }
            }
        }
        for objective in &self.objective_ids {
            for band in AgeBand::ALL {
                let n = self.trained(objective, band);
                if n < SCENARIOS_PER_OBJECTIVE {
                    gaps.push(format!(
                        "objective {objective} for ages {}: trained by {n} scenario(s), needs {SCENARIOS_PER_OBJECTIVE}",
                        band.key()
                    ));
                }
            }
        }
        for mechanic in Mechanic::ALL {
            for band in AgeBand::ALL.into_iter().filter(|b| mechanic.fits(*b)) {
                if !self.mechanics.contains_key(&(mechanic, band)) {
                    gaps.push(format!(
                        "{} for ages {}: no scenario plays it",
                        mechanic.key(),
                        band.key()
                    ));
                }
            }
        }
        for (band, forgotten) in &self.forgotten {
            match forgotten {
                None => gaps.push(format!(
                    "story for ages {}: none (add its story.ron)",
                    band.key()
                )),
                Some(chapters) => gaps.extend(chapters.iter().map(|id| {
                    format!(
                        "story for ages {}: {id} sets no fact that a later chapter or the close reads",
                        band.key()
                    )
                })),
            }
        }
        gaps
    }

    /// The two tables, as text for a terminal.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let bands = AgeBand::ALL;
        let _ = writeln!(
            out,
            "Scenarios per risk and age band (needs {SCENARIOS_PER_CELL}):"
        );
        let _ = writeln!(
            out,
            "  {:<26}{:>7}{:>7}{:>7}",
            "",
            bands[0].key(),
            bands[1].key(),
            bands[2].key()
        );
        for risk in Risk::ALL {
            let _ = write!(out, "  {:<26}", risk.key());
            for band in bands {
                let n = self.scenarios(risk, band);
                let mark = if n < SCENARIOS_PER_CELL { "!" } else { " " };
                let _ = write!(out, "{:>6}{mark}", n);
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "\nLevels in each cell of the CO:RE grid (risk x harm; needs 1, \"-\" where not right for the age):"
        );
        for cell in Cell::all() {
            let _ = write!(out, "  {:<26}", cell.key());
            for band in bands {
                let n = self.in_cell(cell, band);
                if !cell.fits(band) {
                    let _ = write!(out, "{:>6} ", "-");
                } else {
                    let mark = if n == 0 { "!" } else { " " };
                    let _ = write!(out, "{:>6}{mark}", n);
                }
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "\nScenarios training each objective (needs {SCENARIOS_PER_OBJECTIVE}):"
        );
        for objective in &self.objective_ids {
            let _ = write!(out, "  {:<26}", objective);
            for band in bands {
                let n = self.trained(objective, band);
                let mark = if n < SCENARIOS_PER_OBJECTIVE {
                    "!"
                } else {
                    " "
                };
                let _ = write!(out, "{:>6}{mark}", n);
            }
            out.push('\n');
        }
        let _ = writeln!(out, "\nScenarios playing each way:");
        for mechanic in Mechanic::ALL {
            let _ = write!(out, "  {:<26}", mechanic.key());
            for band in bands {
                let n = self
                    .mechanics
                    .get(&(mechanic, band))
                    .map_or(0, BTreeSet::len);
                if mechanic.fits(band) {
                    let _ = write!(out, "{:>6} ", n);
                } else {
                    let _ = write!(out, "{:>6} ", "-");
                }
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load::{ScenarioFile, parse};
    use crate::content::schema::Objective;
    use std::path::{Path, PathBuf};

    fn scenario(id: &str, risk: &str, band: &str, evidence: &str) -> ScenarioFile {
        let source = format!(
            r#"Scenario(id: "{id}", risk: {risk}, ages: [{band}], objectives: ["o"], start: "a",
            beats: {{
                "a": Beat(speaker: Sango, text: "a", choices: [
                    Choice(text: "c", verdict: Safe, evidence: {{"o": {evidence}}}, feedback: "f", next: "e"),
                ]),
                "e": Ending(outcome: Safe, text: "e"),
            }})"#
        );
        ScenarioFile {
            path: PathBuf::from(format!("{id}.ron")),
            scenario: parse(Path::new("t.ron"), &source).expect("parses"),
            source,
        }
    }

    fn remembering(id: &str, sets: &str, when: &str) -> ScenarioFile {
        let source = format!(
            r#"Scenario(id: "{id}", risk: Contact, ages: [Ages9To12], objectives: ["o"], start: "a",
            beats: {{
                "a": Beat(speaker: Sango, text: "a", choices: [
                    Choice(text: "c", verdict: Safe, feedback: "f", next: "e", sets: [{sets}]),
                    Choice(text: "d", verdict: Safe, feedback: "f", next: "e", when: [{when}]),
                    Choice(text: "g", verdict: Risky, feedback: "f", next: "e"),
                ]),
                "e": Ending(outcome: Safe, text: "e"),
            }})"#
        );
        ScenarioFile {
            path: PathBuf::from(format!("{id}.ron")),
            scenario: parse(Path::new("t.ron"), &source).expect("parses"),
            source,
        }
    }

    #[test]
    fn a_chapter_whose_facts_nothing_later_reads_is_a_gap_and_so_is_a_band_without_a_story() {
        let mut library = Library {
            scenarios: vec![
                remembering("a", r#""told""#, ""),
                remembering("b", r#""blocked""#, r#""told""#),
                remembering("c", r#""forgot""#, r#""!blocked""#),
            ],
            ..Default::default()
        };
        let gaps = Coverage::of(&library).gaps();
        assert!(gaps.contains(&"story for ages 9-12: none (add its story.ron)".to_string()));

        let source = r#"Story(ages: Ages9To12, chapters: ["a", "b", "c"],
                    endings: [StoryEnding(when: ["forgot"], text: "end")])"#;
        library.stories = vec![crate::content::StoryFile {
            path: PathBuf::from("story.ron"),
            story: parse(Path::new("story.ron"), source).unwrap(),
            source: source.to_string(),
        }];
        let story_gaps = |library: &Library| -> Vec<String> {
            Coverage::of(library)
                .gaps()
                .into_iter()
                .filter(|g| g.starts_with("story"))
                .collect()
        };
        assert_eq!(story_gaps(&library), Vec::<String>::new());
        // Played the other way round, the first chapter's fact is read by nothing later.
        library.stories[0].story.chapters = vec!["b".into(), "a".into(), "c".into()];
        assert_eq!(
            story_gaps(&library),
            ["story for ages 9-12: a sets no fact that a later chapter or the close reads"]
        );
    }

    #[test]
    fn the_core_grid_has_thirteen_cells_and_an_age_right_empty_one_is_a_gap() {
        use crate::content::schema::Harm;
        assert_eq!(Cell::all().count(), 13);
        let sexual_conduct = Cell {
            risk: Risk::Conduct,
            harm: Harm::Sexual,
        };
        assert!(!sexual_conduct.fits(AgeBand::Ages9To12));
        assert!(sexual_conduct.fits(AgeBand::Ages13To15));
        let mut harmed = scenario("a", "Contract", "Ages9To12", "1");
        harmed.scenario.harm = Some(Harm::Commercial);
        let library = Library {
            objectives: vec![Objective {
                id: "o".into(),
                risks: vec![],
            }],
            scenarios: vec![harmed],
            ..Default::default()
        };
        let coverage = Coverage::of(&library);
        let gaps = coverage.gaps();
        assert!(
            !gaps
                .iter()
                .any(|g| g.starts_with("CO:RE contract × commercial for ages 9-12"))
        );
        assert!(gaps.contains(&"CO:RE contract × values for ages 9-12: no level".to_string()));
        assert!(gaps.contains(&"CO:RE contract × commercial for ages 13-15: no level".to_string()));
        // Not right for 9-12: left out, never a gap.
        assert!(
            !gaps
                .iter()
                .any(|g| g.starts_with("CO:RE conduct × sexual for ages 9-12"))
        );
        let table = coverage.render();
        let row = table
            .lines()
            .find(|l| l.trim_start().starts_with("contract × commercial"))
            .expect("the grid has the row");
        assert!(row.contains(" 1 "), "{row}");
        let left_out = table
            .lines()
            .find(|l| l.trim_start().starts_with("conduct × sexual"))
            .expect("the grid has the row");
        assert!(left_out.contains('-'), "{left_out}");
    }

    #[test]
    fn an_empty_cell_is_a_gap_and_a_full_one_is_not() {
        let library = Library {
            objectives: vec![Objective {
                id: "o".into(),
                risks: vec![],
            }],
            scenarios: vec![
                scenario("a", "Contact", "Ages9To12", "1"),
                scenario("b", "Contact", "Ages9To12", "1"),
                scenario("c", "Contact", "Ages9To12", "-1"),
            ],
            ..Default::default()
        };
        let coverage = Coverage::of(&library);
        let gaps = coverage.gaps();
        assert!(!gaps.iter().any(|g| g.starts_with("contact for ages 9-12")));
        assert!(
            gaps.iter()
                .any(|g| g.starts_with("content for ages 9-12: 0"))
        );
        // Only two of the three earn evidence for `o`: a risky-only mention is not practice.
        assert!(
            gaps.iter()
                .any(|g| g == "objective o for ages 9-12: trained by 2 scenario(s), needs 3")
        );
        assert!(coverage.render().contains("contact"));
        // Each of the three asks the child to choose, in 9-12 only.
        let choosing = &coverage.mechanics[&(Mechanic::Choose, AgeBand::Ages9To12)];
        assert_eq!(choosing.len(), 3);
        assert!(
            !coverage
                .mechanics
                .contains_key(&(Mechanic::Sort, AgeBand::Ages9To12))
        );
        assert!(coverage.render().contains("sort the feed"));
        // A way to play missing where it fits is a gap; locking an account is
        // not missing for 9-12.
        assert!(gaps.contains(&"sort the feed for ages 9-12: no scenario plays it".to_string()));
        assert!(gaps.contains(&"lock it for ages 13-15: no scenario plays it".to_string()));
        assert!(!gaps.iter().any(|g| g.starts_with("lock it for ages 9-12")));
    }
}
