//! The class report: what a class practised and how it went, from the profiles
//! alone: nicknames, levels, stars and evidence per objective. Nothing else about
//! a child exists to report.
//!
//! A child's score on an objective is the share of the levels that practised it
//! in which the child made the safe choice (evidence above zero). The class's
//! score is the mean of its children's scores, so every child counts the same
//! however many levels they played.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use fluent::FluentValue;

use crate::l10n::{Direction, Localizer};
use crate::progress::{Profile, same_nickname};

/// Scores at or above this are "secure".
pub const SECURE: f64 = 0.75;
/// Scores below this are "practise again".
pub const AGAIN: f64 = 0.5;
/// How many objectives the report names as the class's weakest.
pub const WEAKEST: usize = 3;

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

/// Where a child stands on an objective.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Secure,
    GettingThere,
    PractiseAgain,
    NotYet,
}

impl Standing {
    pub fn of(score: Option<f64>) -> Self {
        match score {
            None => Self::NotYet,
            Some(s) if s >= SECURE => Self::Secure,
            Some(s) if s >= AGAIN => Self::GettingThere,
            Some(_) => Self::PractiseAgain,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChildRow {
    pub nickname: String,
    pub levels: usize,
    pub stars: u32,
    pub objectives: BTreeMap<String, Tally>,
}

impl ChildRow {
    pub fn score(&self, objective: &str) -> Option<f64> {
        self.objectives.get(objective).and_then(Tally::score)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveRow {
    pub id: String,
    /// The mean of the scores of the children who practised it.
    pub class_score: Option<f64>,
    /// Children at each standing: secure, getting there, practise again, not yet.
    pub standings: [usize; 4],
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassReport {
    pub children: Vec<ChildRow>,
    /// In the order the objectives are listed for the game.
    pub objectives: Vec<ObjectiveRow>,
}

impl ClassReport {
    /// The report of these profiles on these objectives (ids, in order).
    pub fn build(profiles: &[Profile], objectives: &[&str]) -> Self {
        let children: Vec<ChildRow> = profiles
            .iter()
            .map(|p| {
                let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
                for result in p.results.values() {
                    for (objective, evidence) in &result.evidence {
                        if *evidence != 0 {
                            let t = tallies.entry(objective.clone()).or_default();
                            t.practised += 1;
                            t.well += u32::from(*evidence > 0);
                        }
                    }
                }
                let (levels, stars) = p.totals();
                ChildRow {
                    nickname: p.nickname.clone(),
                    levels,
                    stars,
                    objectives: tallies,
                }
            })
            .collect();
        let objectives = objectives
            .iter()
            .map(|id| {
                let scores: Vec<f64> = children.iter().filter_map(|c| c.score(id)).collect();
                let mut standings = [0; 4];
                for c in &children {
                    standings[Standing::of(c.score(id)) as usize] += 1;
                }
                ObjectiveRow {
                    id: (*id).to_string(),
                    class_score: (!scores.is_empty())
                        .then(|| scores.iter().sum::<f64>() / scores.len() as f64),
                    standings,
                }
            })
            .collect();
        Self {
            children,
            objectives,
        }
    }

    /// Children, levels finished and stars, for the whole class.
    pub fn totals(&self) -> (usize, usize, u32) {
        (
            self.children.len(),
            self.children.iter().map(|c| c.levels).sum(),
            self.children.iter().map(|c| c.stars).sum(),
        )
    }

    /// The message saying what the class needs most: the weakest objectives, or
    /// that every practised one is secure, or that none is practised yet.
    pub fn weakest_message(&self) -> &'static str {
        if !self.weakest().is_empty() {
            "report-weakest"
        } else if self.objectives.iter().any(|o| o.class_score.is_some()) {
            "report-weakest-secure"
        } else {
            "report-weakest-none"
        }
    }

    /// The practised objectives with the lowest class scores, lowest first, those
    /// already secure left out.
    pub fn weakest(&self) -> Vec<&ObjectiveRow> {
        let mut practised: Vec<&ObjectiveRow> = self
            .objectives
            .iter()
            .filter(|o| o.class_score.is_some_and(|s| s < SECURE))
            .collect();
        practised.sort_by(|a, b| a.class_score.partial_cmp(&b.class_score).unwrap());
        practised.truncate(WEAKEST);
        practised
    }
}

/// Profiles from several machines (the data folders of a USB-stick round) as one
/// class: the same nickname on two machines is the same child, whose best result
/// per level is kept.
pub fn merge(machines: impl IntoIterator<Item = Vec<Profile>>) -> Vec<Profile> {
    let mut class: Vec<Profile> = Vec::new();
    for profiles in machines {
        for p in profiles {
            match class
                .iter_mut()
                .find(|c| same_nickname(&c.nickname, &p.nickname))
            {
                Some(child) => {
                    for result in p.results.into_values() {
                        child.keep_best(result);
                    }
                }
                None => class.push(p),
            }
        }
    }
    class.sort_by_key(|p| p.nickname.to_lowercase());
    class
}

fn percent(score: Option<f64>) -> String {
    score.map_or_else(String::new, |s| format!("{:.0}", s * 100.0))
}

/// A score as people read it: `80%`, or `—` when not practised yet.
pub fn shown_score(score: Option<f64>) -> String {
    score.map_or_else(|| "—".to_string(), |s| format!("{:.0}%", s * 100.0))
}

impl ClassReport {
    /// The line saying what the class needs most: its message and the names of
    /// the weakest objectives (its `objectives` argument), in the words' language.
    pub fn weakest_line(&self, words: &Localizer) -> (&'static str, String) {
        let names: Vec<String> = self
            .weakest()
            .iter()
            .map(|o| objective_title(words, &o.id))
            .collect();
        (self.weakest_message(), names.join(", "))
    }
}

/// An objective's short title.
pub fn objective_title(words: &Localizer, id: &str) -> String {
    words.text(&format!("objective-{id}-title"))
}

/// A spreadsheet: one row per child; columns nickname, levels, stars, then the
/// child's score (in %) on each objective, empty where not yet practised. UTF-8
/// with a byte-order mark, so spreadsheet programs read every script.
pub fn csv(report: &ClassReport, words: &Localizer) -> String {
    fn field(text: &str) -> String {
        // Also defuses a nickname like `=SUM(...)`: a spreadsheet must not run it.
        let risky = text.starts_with(['=', '+', '-', '@']);
        let text = if risky {
            format!("'{text}")
        } else {
            text.to_string()
        };
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    }
    let mut out = String::from("\u{feff}");
    let mut header = vec![
        words.text("report-nickname"),
        words.text("report-levels"),
        words.text("report-stars"),
    ];
    header.extend(
        report
            .objectives
            .iter()
            .map(|o| format!("{} (%)", objective_title(words, &o.id))),
    );
    let line =
        |cells: Vec<String>| cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",") + "\r\n";
    out += &line(header);
    for child in &report.children {
        let mut cells = vec![
            child.nickname.clone(),
            child.levels.to_string(),
            child.stars.to_string(),
        ];
        cells.extend(
            report
                .objectives
                .iter()
                .map(|o| percent(child.score(&o.id))),
        );
        out += &line(cells);
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const BAR_COLOURS: [&str; 4] = ["#218c4d", "#e0a526", "#c7403a", "#c9d3dd"];

/// A printable page: the class's totals, the weakest objectives, a bar chart of
/// the class score per objective with each bar's spread of children beneath it,
/// and a table of every child. One self-contained file: no scripts, no links.
pub fn html(report: &ClassReport, words: &Localizer, date: &str) -> String {
    let t = |id: &str| escape(&words.text(id));
    let lang = words.language();
    let dir = match words.direction() {
        Direction::RightToLeft => "rtl",
        Direction::LeftToRight => "ltr",
    };
    let (children, levels, stars) = report.totals();
    let mut page = String::new();
    let _ = write!(
        page,
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title}</title>\n<style>\n{css}</style>\n</head>\n<body>\n<h1>{title}</h1>\n",
        title = t("report-heading"),
        css = CSS,
    );
    let _ = writeln!(
        page,
        "<p class=\"summary\">{}</p>",
        escape(&words.text_with(
            "report-summary",
            &[
                ("children", FluentValue::from(children)),
                ("levels", FluentValue::from(levels)),
                ("stars", FluentValue::from(stars)),
            ]
        ))
    );
    let weakest = report.weakest();
    let (message, names) = report.weakest_line(words);
    let weakest_line =
        escape(&words.text_with(message, &[("objectives", FluentValue::from(names))]));
    let _ = writeln!(page, "<p class=\"weakest\">{weakest_line}</p>");
    let _ = writeln!(
        page,
        "<h2>{}</h2>\n<p class=\"legend\">{}</p>",
        t("report-chart-title"),
        t("report-legend")
    );
    page += "<div class=\"chart\" role=\"img\">\n";
    for o in &report.objectives {
        let score = o.class_score.unwrap_or(0.0) * 100.0;
        let is_weak = weakest.iter().any(|w| w.id == o.id);
        let tag = if is_weak {
            format!(" <span class=\"tag\">{}</span>", t("report-weakest-tag"))
        } else {
            String::new()
        };
        let shown = shown_score(o.class_score);
        let _ = writeln!(
            page,
            "<div class=\"row{weak}\"><div class=\"name\">{name}{tag}</div>\
             <div class=\"track\"><div class=\"bar\" style=\"width:{score:.1}%\"></div></div>\
             <div class=\"value\">{shown}</div>",
            weak = if is_weak { " weak" } else { "" },
            name = escape(&objective_title(words, &o.id)),
        );
        // The spread of children, as a stacked bar with its words beside it.
        let total = o.standings.iter().sum::<usize>().max(1) as f64;
        page += "<div class=\"spread\">";
        for (count, colour) in o.standings.iter().zip(BAR_COLOURS) {
            if *count > 0 {
                let _ = write!(
                    page,
                    "<span style=\"width:{:.1}%;background:{colour}\"></span>",
                    *count as f64 / total * 100.0
                );
            }
        }
        let [secure, middle, again, none] = o.standings;
        let _ = writeln!(
            page,
            "</div><div class=\"spread-words\">{}</div></div>",
            escape(&words.text_with(
                "report-distribution",
                &[
                    ("secure", FluentValue::from(secure)),
                    ("middle", FluentValue::from(middle)),
                    ("again", FluentValue::from(again)),
                    ("none", FluentValue::from(none)),
                ]
            ))
        );
    }
    page += "</div>\n";
    let _ = writeln!(page, "<h2>{}</h2>", t("report-per-child"));
    if report.children.is_empty() {
        let _ = writeln!(page, "<p>{}</p>", t("report-empty"));
    } else {
        let _ = write!(
            page,
            "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>",
            t("report-nickname"),
            t("report-levels"),
            t("report-stars")
        );
        for o in &report.objectives {
            let _ = write!(page, "<th>{}</th>", escape(&objective_title(words, &o.id)));
        }
        page += "</tr></thead>\n<tbody>\n";
        for child in &report.children {
            let _ = write!(
                page,
                "<tr><td>{}</td><td>{}</td><td>{}</td>",
                escape(&child.nickname),
                child.levels,
                child.stars
            );
            for o in &report.objectives {
                let score = child.score(&o.id);
                let class = match Standing::of(score) {
                    Standing::Secure => "secure",
                    Standing::GettingThere => "middle",
                    Standing::PractiseAgain => "again",
                    Standing::NotYet => "none",
                };
                let _ = write!(page, "<td class=\"{class}\">{}</td>", shown_score(score));
            }
            page += "</tr>\n";
        }
        page += "</tbody>\n</table>\n";
    }
    let _ = writeln!(
        page,
        "<p class=\"footer\">{}</p>\n</body>\n</html>",
        escape(&words.text_with(
            "report-generated",
            &[("date", FluentValue::from(date.to_string()))]
        ))
    );
    page
}

const CSS: &str = "\
body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif; color: #1a2a3d; margin: 2em; max-width: 60em; }
h1 { color: #00608f; margin-bottom: 0.2em; }
h2 { margin-top: 1.6em; }
.summary { font-size: 1.2em; }
.weakest { background: #fff3d9; padding: 0.6em 0.9em; border-radius: 0.5em; }
.legend, .footer { color: #4d5e75; font-size: 0.9em; }
.chart .row { display: grid; grid-template-columns: 16em 1fr 4em; gap: 0.3em 0.8em; align-items: center; margin: 0.7em 0; }
.chart .name { font-weight: bold; }
.chart .tag { font-weight: normal; font-size: 0.8em; color: #c7403a; border: 1px solid #c7403a; border-radius: 0.3em; padding: 0 0.3em; }
.chart .track { background: #e6edf4; height: 1.3em; border-radius: 0.3em; overflow: hidden; }
.chart .bar { background: #0073b3; height: 100%; }
.chart .weak .bar { background: #c7403a; }
.chart .value { font-weight: bold; }
.chart .spread { grid-column: 2; display: flex; height: 0.5em; border-radius: 0.2em; overflow: hidden; }
.chart .spread-words { grid-column: 2 / 4; font-size: 0.8em; color: #4d5e75; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { border: 1px solid #c9d3dd; padding: 0.3em 0.5em; text-align: center; }
th { background: #e6edf4; }
td:first-child { text-align: start; font-weight: bold; }
td.secure { background: #d8f0e0; } td.middle { background: #fbefd0; } td.again { background: #f6dad8; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print { body { margin: 0; } .chart .row, tr { break-inside: avoid; } }
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Outcome;
    use crate::play::RunResult;
    use crate::progress::Avatar;

    fn result(scenario: &str, stars: u8, evidence: &[(&str, i32)]) -> RunResult {
        RunResult {
            scenario: scenario.into(),
            outcome: Outcome::Safe,
            stars,
            points: u32::from(stars),
            max_points: 3,
            evidence: evidence.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        }
    }

    fn child(id: u32, nickname: &str, results: Vec<RunResult>) -> Profile {
        Profile {
            id,
            nickname: nickname.into(),
            avatar: Avatar::Sky,
            results: results
                .into_iter()
                .map(|r| (r.scenario.clone(), r))
                .collect(),
            language: None,
            preferences: None,
        }
    }

    #[test]
    fn scores_and_the_weakest_objectives_are_computed_by_hand() {
        let class = [
            // Sam: "a" 2 of 2 (100 %), "b" 0 of 1 (0 %), "c" not practised (0 = not).
            child(
                1,
                "Sam",
                vec![
                    result("s1", 3, &[("a", 2), ("b", -1), ("c", 0)]),
                    result("s2", 2, &[("a", 1)]),
                ],
            ),
            // Ali: "a" 0 of 1, "b" 1 of 2 (50 %).
            child(
                2,
                "Ali",
                vec![
                    result("s1", 1, &[("a", -1), ("b", 1)]),
                    result("s3", 1, &[("b", -2)]),
                ],
            ),
        ];
        let report = ClassReport::build(&class, &["a", "b", "c"]);
        assert_eq!(report.totals(), (2, 4, 7));
        let [a, b, c] = &report.objectives[..] else {
            panic!()
        };
        assert_eq!(a.class_score, Some(0.5)); // (100 + 0) / 2
        assert_eq!(b.class_score, Some(0.25)); // (0 + 50) / 2
        assert_eq!(c.class_score, None);
        assert_eq!(a.standings, [1, 0, 1, 0]);
        assert_eq!(b.standings, [0, 1, 1, 0]);
        assert_eq!(c.standings, [0, 0, 0, 2]);
        let weakest: Vec<&str> = report.weakest().iter().map(|o| o.id.as_str()).collect();
        assert_eq!(weakest, ["b", "a"]);
    }

    #[test]
    fn merging_machines_equals_one_machine_holding_everything() {
        let m1 = vec![child(1, "Sam", vec![result("s1", 1, &[("a", -1)])])];
        let m2 = vec![
            child(1, "sam", vec![result("s1", 3, &[("a", 1)])]),
            child(2, "Ali", vec![result("s2", 2, &[("b", 1)])]),
        ];
        let m3 = vec![child(7, "Kim", vec![result("s3", 3, &[("a", 1)])])];
        let merged = merge([m1, m2, m3]);
        let names: Vec<&str> = merged.iter().map(|p| p.nickname.as_str()).collect();
        assert_eq!(names, ["Ali", "Kim", "Sam"]);
        assert_eq!(merged[2].results["s1"].stars, 3);
    }

    #[test]
    fn the_spreadsheet_quotes_and_defuses_what_it_must() {
        let words = Localizer::from_sources(&[(
            "en",
            "report-nickname = Nickname\nreport-levels = Levels\nreport-stars = Stars\n\
             objective-a-title = Spot, then act\n",
        )]);
        let class = [
            child(1, "=cmd", vec![result("s1", 3, &[("a", 1)])]),
            child(2, "Ali", vec![]),
        ];
        let text = csv(&ClassReport::build(&class, &["a"]), &words);
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines[0], "Nickname,Levels,Stars,\"Spot, then act (%)\"");
        assert_eq!(lines[1], "'=cmd,1,3,100");
        assert_eq!(lines[2], "Ali,0,0,");
    }

    #[test]
    fn the_page_escapes_nicknames_and_marks_the_weakest() {
        let words = Localizer::from_sources(&[("en", "report-heading = Class report\n")]);
        let class = [child(1, "<b>Sam</b>", vec![result("s1", 1, &[("a", -1)])])];
        let page = html(&ClassReport::build(&class, &["a"]), &words, "2026-11-28");
        assert!(page.contains("&lt;b&gt;Sam&lt;/b&gt;"));
        assert!(!page.contains("<b>Sam"));
        assert!(page.contains("class=\"row weak\""));
        assert!(page.contains("<h1>Class report</h1>"));
    }
}
