//! Reading scenarios and objectives from disk. A broken file is reported with its
//! line and column and left out; the rest still load, so one typo never costs a class
//! its whole library.

use std::path::{Path, PathBuf};

use super::diagnostic::{Diagnostic, Location, closest, read_source};
use super::schema::{AgeBand, Item, ItemSet, Objective, Scenario, ron_options};

/// The file of learning objectives, at the top of the scenarios folder.
pub const OBJECTIVES_FILE: &str = "objectives.ron";
/// The warm-up and look-back questions, beside it.
pub const CHECKS_FILE: &str = "checks.ron";

#[derive(Debug, Clone)]
pub struct ScenarioFile {
    pub path: PathBuf,
    pub source: String,
    pub scenario: Scenario,
}

/// An age band's story, as loaded.
#[derive(Debug, Clone)]
pub struct StoryFile {
    pub path: PathBuf,
    pub source: String,
    pub story: super::story::Story,
}

/// Everything loaded from a scenarios folder.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub objectives: Vec<Objective>,
    pub objectives_path: PathBuf,
    pub objectives_source: String,
    /// The check's questions (none when the folder has no checks file).
    pub checks: Vec<Item>,
    pub checks_path: PathBuf,
    pub checks_source: String,
    /// One story per age band (each a `story.ron` beside its band's levels).
    pub stories: Vec<StoryFile>,
    pub scenarios: Vec<ScenarioFile>,
}

impl Library {
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios
            .iter()
            .map(|f| &f.scenario)
            .find(|s| s.id == id)
    }

    /// An age band's story.
    pub fn story(&self, band: AgeBand) -> Option<&super::story::Story> {
        self.stories
            .iter()
            .map(|f| &f.story)
            .find(|s| s.ages == band)
    }

    /// Gives each scenario's recurring people their names from its band's story.
    fn fill_cast(&mut self) {
        let stories: Vec<&super::story::Story> = self.stories.iter().map(|f| &f.story).collect();
        let mut scenarios: Vec<&mut super::schema::Scenario> =
            self.scenarios.iter_mut().map(|f| &mut f.scenario).collect();
        super::story::fill_cast(&stories, &mut scenarios);
    }

    pub fn objective(&self, id: &str) -> Option<&Objective> {
        self.objectives.iter().find(|o| o.id == id)
    }

    /// The situations on an objective for an age band in a set, in the
    /// file's order.
    pub fn check_items(&self, objective: &str, band: AgeBand, set: ItemSet) -> Vec<&Item> {
        self.checks
            .iter()
            .filter(|i| i.objective == objective && i.set == set && i.ages.contains(&band))
            .collect()
    }

    /// A check for an age band: every situation of the set, objective by
    /// objective in the objectives' order; objectives without one are left out.
    pub fn check(&self, band: AgeBand, set: ItemSet) -> Vec<&Item> {
        self.objectives
            .iter()
            .flat_map(|o| self.check_items(&o.id, band, set))
            .collect()
    }
}

/// Parses RON text, turning a parse error into a diagnostic at its line and column.
pub fn parse<T: serde::de::DeserializeOwned>(path: &Path, source: &str) -> Result<T, Diagnostic> {
    ron_options().from_str(source).map_err(|e| {
        let at = Location {
            line: e.span.start.line.max(1),
            col: e.span.start.col.max(1),
        };
        let (code, hint) = match &e.code {
            ron::Error::NoSuchStructField {
                expected, found, ..
            } => (
                "E0002",
                Some(match closest(found, expected.iter().copied()) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!("expected one of: {}", expected.join(", ")),
                }),
            ),
            ron::Error::NoSuchEnumVariant {
                expected, found, ..
            } => (
                "E0001",
                Some(match closest(found, expected.iter().copied()) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!("expected one of: {}", expected.join(", ")),
                }),
            ),
            ron::Error::Eof => (
                "E0001",
                Some("the file ends too early: is it cut short, or a bracket left open?".into()),
            ),
            _ => ("E0001", None),
        };
        let d = Diagnostic::error(code, path, at, e.code.to_string());
        match hint {
            Some(h) => d.with_hint(h),
            None => d,
        }
    })
}

/// All `*.ron` files under `dir`, sorted so reports are stable.
fn ron_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = super::files::walk(dir)?;
    files.retain(|p| p.extension().is_some_and(|e| e == "ron"));
    Ok(files)
}

/// The `.ron` files under `dir`, or why they cannot be listed (`what` names the
/// folder for the author).
fn listed(dir: &Path, what: &str) -> Result<Vec<PathBuf>, Diagnostic> {
    ron_files(dir).map_err(|e| {
        Diagnostic::error(
            "E0011",
            dir,
            Location { line: 1, col: 1 },
            format!("cannot read {what}: {e}"),
        )
    })
}

/// Loads the objectives and every scenario under `dir`.
pub fn load_dir(dir: &Path) -> (Library, Vec<Diagnostic>) {
    let mut library = Library::default();
    let mut problems = Vec::new();
    let start = Location { line: 1, col: 1 };

    let files = match listed(dir, "the scenarios folder") {
        Ok(files) => files,
        Err(problem) => return (library, vec![problem]),
    };

    let objectives_path = dir.join(OBJECTIVES_FILE);
    library.objectives_path = objectives_path.clone();
    let checks_path = dir.join(CHECKS_FILE);
    library.checks_path = checks_path.clone();
    if !files.contains(&objectives_path) {
        problems.push(
            Diagnostic::error("E0012", &objectives_path, start, "no objectives file")
                .with_hint("every scenarios folder needs objectives.ron listing the objectives"),
        );
    }

    for path in files {
        let source = match read_source(&path) {
            Ok(s) => s,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        if path == objectives_path {
            match parse::<Vec<Objective>>(&path, &source) {
                Ok(objectives) => library.objectives = objectives,
                Err(d) => problems.push(d),
            }
            library.objectives_source = source;
        } else if path == checks_path {
            match parse::<Vec<Item>>(&path, &source) {
                Ok(items) => library.checks = items,
                Err(d) => problems.push(d),
            }
            library.checks_source = source;
        } else if path
            .file_name()
            .is_some_and(|n| n == super::story::STORY_FILE)
        {
            match parse::<super::story::Story>(&path, &source) {
                Ok(story) => library.stories.push(StoryFile {
                    path,
                    source,
                    story,
                }),
                Err(d) => problems.push(d),
            }
        } else {
            match parse::<Scenario>(&path, &source) {
                Ok(scenario) => library.scenarios.push(ScenarioFile {
                    path,
                    source,
                    scenario,
                }),
                Err(d) => problems.push(d),
            }
        }
    }
    library.fill_cast();
    (library, problems)
}

/// Adds a scenario pack's `*.ron` files (a teacher's own folder) to a library. A
/// pack uses the bundled objectives; a scenario id the library already has is an
/// error and the pack's scenario is left out, never silently put in its place.
pub fn load_pack(dir: &Path, library: &mut Library) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let files = match listed(dir, "the pack's scenarios folder") {
        Ok(files) => files,
        Err(problem) => return vec![problem],
    };
    for path in files {
        let source = match read_source(&path) {
            Ok(s) => s,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        let scenario = match parse::<Scenario>(&path, &source) {
            Ok(s) => s,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        if let Some(bundled) = library
            .scenarios
            .iter()
            .find(|f| f.scenario.id == scenario.id)
        {
            let at = super::diagnostic::SourceMap::new(&source).first_quoted(&scenario.id);
            problems.push(
                Diagnostic::error(
                    "E0019",
                    &path,
                    at,
                    format!(
                        "pack scenario `{}` has the id of a bundled one",
                        scenario.id
                    ),
                )
                .with_hint(format!(
                    "rename it (and its messages); {} keeps the id",
                    bundled.path.display()
                )),
            );
            continue;
        }
        library.scenarios.push(ScenarioFile {
            path,
            source,
            scenario,
        });
    }
    library.fill_cast();
    problems
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::content::schema::{Node, Speaker, Verdict};

    const SMALL: &str = r#"Scenario(
    id: "small",
    risk: Contact,
    ages: [Ages9To12],
    objectives: ["block-report-tell"],
    start: "intro",
    beats: {
        "intro": Beat(speaker: Sango, mood: Curious, text: "intro", choices: [
            Choice(text: "tell", verdict: Safe, evidence: {"block-report-tell": 1},
                   feedback: "why-tell", next: "end"),
        ]),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#;

    #[test]
    fn a_scenario_reads_with_moods_written_plainly() {
        let s: Scenario = parse(Path::new("s.ron"), SMALL).expect("parses");
        assert_eq!(s.id, "small");
        assert_eq!(s.beats.len(), 2);
        let Some(Node::Beat(beat)) = s.beat("intro") else {
            panic!("intro is a beat")
        };
        assert_eq!(beat.speaker, Speaker::Sango);
        assert_eq!(beat.choices[0].verdict, Verdict::Safe);
    }

    #[test]
    fn an_unknown_field_is_named_with_a_suggestion() {
        let broken = SMALL.replace("start:", "strat:");
        let d = parse::<Scenario>(Path::new("s.ron"), &broken).unwrap_err();
        assert_eq!(d.code, "E0002");
        assert_eq!(d.at.line, 6);
        assert_eq!(d.hint.as_deref(), Some("did you mean `start`?"));
    }

    #[test]
    fn a_file_cut_in_half_reports_where_it_stops() {
        let cut = &SMALL[..SMALL.len() / 2];
        let d = parse::<Scenario>(Path::new("s.ron"), cut).unwrap_err();
        assert!(d.is_error());
        assert!(d.at.line >= 8, "reported at line {}", d.at.line);
    }

    #[test]
    fn duplicate_beats_are_kept_for_the_linter() {
        let dup = SMALL.replace(
            "\"end\": Ending",
            "\"intro\": Ending(outcome: Safe, text: \"x\"),\n        \"end\": Ending",
        );
        let s: Scenario = parse(Path::new("s.ron"), &dup).expect("parses");
        assert_eq!(s.beats.ids().filter(|id| *id == "intro").count(), 2);
    }

    #[test]
    fn a_pack_adds_scenarios_but_never_replaces_a_bundled_one() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("objectives.ron"), "[]").unwrap();
        fs::write(dir.path().join("small.ron"), SMALL).unwrap();
        let (mut lib, _) = load_dir(dir.path());
        let pack = tempfile::tempdir().unwrap();
        fs::write(pack.path().join("same.ron"), SMALL).unwrap();
        fs::write(
            pack.path().join("new.ron"),
            SMALL.replace("\"small\"", "\"mine\""),
        )
        .unwrap();
        let problems = load_pack(pack.path(), &mut lib);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].code, "E0019");
        assert!(problems[0].path.ends_with("same.ron"));
        let ids: Vec<_> = lib
            .scenarios
            .iter()
            .map(|f| f.scenario.id.as_str())
            .collect();
        assert_eq!(ids, ["small", "mine"]);
        assert!(lib.scenarios[0].path.starts_with(dir.path()));
    }

    #[test]
    fn a_folder_loads_what_it_can_and_reports_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("objectives.ron"), "[]").unwrap();
        fs::write(dir.path().join("good.ron"), SMALL).unwrap();
        fs::write(dir.path().join("bad.ron"), "Scenario(").unwrap();
        let (lib, problems) = load_dir(dir.path());
        assert_eq!(lib.scenarios.len(), 1);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].path.ends_with("bad.ron"));
    }
}
