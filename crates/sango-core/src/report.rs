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
use crate::learning::{CheckRecord, Checks, ChildLearning, ClassLearning, mastered};
pub use crate::learning::{SECURE, Tally, tallies};
use crate::progress::{Profile, same_nickname};
use crate::stats::Estimate;

/// Scores below this are "practise again".
pub const AGAIN: f64 = 0.5;
/// How many objectives the report names as the class's weakest.
pub const WEAKEST: usize = 3;

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
    /// The warm-up and look-back, as taken.
    pub checks: Checks,
    /// Objectives mastered (see [`crate::learning::mastered`]).
    pub badges: usize,
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
    /// The warm-up and look-back: pre, post and gain per objective, and the
    /// class's effect size.
    pub learning: ClassLearning,
}

impl ClassReport {
    /// The report of these profiles on these objectives (ids, in order).
    pub fn build(profiles: &[Profile], objectives: &[&str]) -> Self {
        let objectives_ids = objectives;
        let children: Vec<ChildRow> = profiles
            .iter()
            .map(|p| {
                let tallies = tallies(p);
                let (levels, stars) = p.totals();
                ChildRow {
                    nickname: p.nickname.clone(),
                    levels,
                    stars,
                    badges: tallies.values().filter(|t| mastered(t)).count(),
                    objectives: tallies,
                    checks: p.checks.clone(),
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
        let learning = ClassLearning::build(children.iter().map(|c| &c.checks), objectives_ids);
        Self {
            children,
            objectives,
            learning,
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
                    child.checks.merge(p.checks);
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

/// A gain in percentage points, signed: `+20`, `-10`, `0`; empty when unknown.
pub fn shown_gain(gain: Option<f64>) -> String {
    gain.map_or_else(String::new, |g| {
        let points = (g * 100.0).round();
        if points > 0.0 {
            format!("+{points:.0}")
        } else if points == 0.0 {
            "0".to_string()
        } else {
            format!("{points:.0}")
        }
    })
}

/// A confidence (1 to 3) with one decimal; empty when unknown.
fn shown_confidence(c: Option<f64>) -> String {
    c.map_or_else(String::new, |c| format!("{c:.1}"))
}

/// A discernment (−1 to 1) in points, −100 to 100; empty when unknown.
pub fn shown_discernment(d: Option<f64>) -> String {
    shown_gain(d)
}

/// An estimate in points with its interval: `+40 (+10 to +70)`; the mean alone
/// without an interval; empty when unknown.
pub fn shown_estimate(e: Option<Estimate>, words: &Localizer) -> String {
    let Some(e) = e else {
        return String::new();
    };
    match e.low.zip(e.high) {
        Some((low, high)) => words.text_with(
            "report-estimate",
            &[
                ("mean", FluentValue::from(shown_gain(Some(e.mean)))),
                ("low", FluentValue::from(shown_gain(Some(low)))),
                ("high", FluentValue::from(shown_gain(Some(high)))),
            ],
        ),
        None => shown_gain(Some(e.mean)),
    }
}

/// A share (0 to 1) with its interval, in %: `20 % (5 to 35)`.
pub fn shown_share(e: Option<Estimate>, words: &Localizer) -> String {
    let Some(e) = e else {
        return String::new();
    };
    let pct = |v: f64| format!("{:.0}", (v * 100.0).clamp(0.0, 100.0));
    match e.low.zip(e.high) {
        Some((low, high)) => words.text_with(
            "report-share-estimate",
            &[
                ("mean", FluentValue::from(pct(e.mean))),
                ("low", FluentValue::from(pct(low))),
                ("high", FluentValue::from(pct(high))),
            ],
        ),
        None => format!("{} %", pct(e.mean)),
    }
}

impl ChildRow {
    /// The child's discernment and false alarms at each check.
    pub fn learning(&self) -> ChildLearning {
        ChildLearning::of(&self.checks)
    }

    /// The child's discernment on one objective at a check: None when the check
    /// was not taken or did not ask about it.
    pub fn objective_discernment(&self, due: crate::learning::Due, objective: &str) -> Option<f64> {
        self.checks
            .record(due)?
            .judged(|o| o == objective)
            .discernment()
    }
}

/// A child's value at a check, or "not taken" when they did not take it (a
/// check not taken is not a zero).
fn taken(
    value: Option<f64>,
    was_taken: bool,
    words: &Localizer,
    show: fn(Option<f64>) -> String,
) -> String {
    if was_taken {
        show(value)
    } else {
        words.text("report-not-taken")
    }
}

impl ClassReport {
    /// What the checks show, in the words' language, a line each: the change
    /// in discernment with its effect size (or how many took each check), the
    /// false alarms, and what stayed at the booster.
    pub fn learning_lines(&self, words: &Localizer) -> Vec<String> {
        let l = &self.learning;
        let count = |n: usize| FluentValue::from(n);
        let text = |t: String| FluentValue::from(t);
        let pre = l.before.discernment.map(|e| e.mean);
        let post = l.after.discernment.map(|e| e.mean);
        let mut lines = vec![match (l.effect, pre, post) {
            (Some(e), Some(_), Some(_)) => words.text_with(
                "report-learning-effect",
                &[
                    ("paired", count(l.paired)),
                    ("pre", text(shown_discernment(Some(e.mean_pre)))),
                    ("post", text(shown_discernment(Some(e.mean_post)))),
                    ("gain", text(shown_gain(Some(e.mean_gain)))),
                    ("d", text(format!("{:.2}", e.d))),
                    ("low", text(format!("{:.2}", e.low))),
                    ("high", text(format!("{:.2}", e.high))),
                ],
            ),
            _ => words.text_with(
                "report-learning-waiting",
                &[
                    ("warmups", count(l.warm_ups)),
                    ("lookbacks", count(l.look_backs)),
                    ("paired", count(l.paired)),
                ],
            ),
        }];
        if let (Some(before), Some(after)) = (l.before.false_alarms, l.after.false_alarms) {
            lines.push(words.text_with(
                "report-false-alarm-trend",
                &[
                    ("pre", text(shown_share(Some(before), words))),
                    ("post", text(shown_share(Some(after), words))),
                    ("suspicious", count(l.more_suspicious)),
                ],
            ));
        }
        lines.push(match l.retention {
            Some(kept) => words.text_with(
                "report-retention-line",
                &[
                    ("boosters", count(kept.n)),
                    ("change", text(shown_estimate(Some(kept), words))),
                ],
            ),
            None => words.text_with(
                "report-retention-waiting",
                &[("boosters", count(l.boosters))],
            ),
        });
        lines
    }

    /// The first of [`Self::learning_lines`].
    pub fn learning_text(&self, words: &Localizer) -> String {
        self.learning_lines(words).swap_remove(0)
    }

    /// The table of the checks per objective, header first: the objective,
    /// its discernment at each check (with interval and children), and its
    /// false alarms from check to check. For the screen and the page.
    pub fn objective_table(&self, words: &Localizer) -> Vec<Vec<String>> {
        let mut rows = vec![
            [
                "report-objective",
                "report-warm-up",
                "report-look-back",
                "report-booster",
                "report-retention",
                "report-false-alarms-column",
            ]
            .map(|id| words.text(id))
            .to_vec(),
        ];
        for g in &self.learning.objectives {
            let with_children = |e: Option<Estimate>| match e {
                None => "—".to_string(),
                Some(e) => words.text_with(
                    "report-cell",
                    &[
                        ("value", FluentValue::from(shown_estimate(Some(e), words))),
                        ("children", FluentValue::from(e.n)),
                    ],
                ),
            };
            let cell = |m: crate::learning::Measure| with_children(m.discernment);
            let fa = |m: crate::learning::Measure| {
                m.false_alarms
                    .map_or_else(|| "—".to_string(), |e| format!("{:.0}", e.mean * 100.0))
            };
            rows.push(vec![
                objective_title(words, &g.id),
                cell(g.before),
                cell(g.after),
                cell(g.booster),
                with_children(g.retention),
                words.text_with(
                    "report-false-alarms-cell",
                    &[
                        ("warmup", FluentValue::from(fa(g.before))),
                        ("lookback", FluentValue::from(fa(g.after))),
                        ("booster", FluentValue::from(fa(g.booster))),
                    ],
                ),
            ]);
        }
        rows
    }

    /// The checks' header for the table of children (after the nickname).
    pub fn child_learning_header(words: &Localizer) -> Vec<String> {
        [
            "report-warm-up",
            "report-look-back",
            "report-booster",
            "report-gain",
            "report-false-alarms-look-back",
        ]
        .map(|id| words.text(id))
        .to_vec()
    }
}

impl ChildRow {
    /// The child's cells under [`ClassReport::child_learning_header`]: "not
    /// taken" where they did not take a check.
    pub fn learning_cells(&self, words: &Localizer) -> Vec<String> {
        let l = self.learning();
        let d = |j: Option<crate::learning::Judged>| j.and_then(|j| j.discernment());
        vec![
            taken(
                d(l.before),
                self.checks.warm_up.is_some(),
                words,
                shown_discernment,
            ),
            taken(
                d(l.after),
                self.checks.look_back.is_some(),
                words,
                shown_discernment,
            ),
            taken(
                d(l.booster),
                self.checks.booster.is_some(),
                words,
                shown_discernment,
            ),
            shown_gain(l.gain()),
            taken(
                l.after.and_then(|j| j.false_alarm_rate()),
                self.checks.look_back.is_some(),
                words,
                percent,
            ),
        ]
    }
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
    let mut rows = vec![csv_header(report, words)];
    rows.extend(report.children.iter().map(|c| csv_child(report, c, words)));
    // A blank line before the class, written here: the csv crate writes an
    // empty record as `""`.
    format!(
        "\u{feff}{}\r\n{}",
        csv_records(&rows),
        csv_records(&csv_class(report, words))
    )
}

/// Rows as CSV (RFC 4180: quoted only where needed, CRLF), every cell defused.
fn csv_records(rows: &[Vec<String>]) -> String {
    let mut out = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        // The effect-size line is shorter than the others.
        .flexible(true)
        .from_writer(Vec::new());
    for row in rows {
        for cell in row {
            out.write_field(defused(cell).as_bytes())
                .expect("written to memory");
        }
        // Ends the row (rows of any length).
        out.write_record(None::<&[u8]>).expect("written to memory");
    }
    let bytes = out.into_inner().expect("written to memory");
    String::from_utf8(bytes).expect("UTF-8 cells make UTF-8 rows")
}

/// Defuses a nickname like `=SUM(...)`: a spreadsheet must not run it. A tab or a
/// carriage return first can also start one (OWASP's list); a nickname typed in
/// the game cannot hold them, but a copied or hand-edited save can. A signed
/// number (a gain) is a number, not a formula.
fn defused(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && text.parse::<f64>().is_err() {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

fn csv_header(report: &ClassReport, words: &Localizer) -> Vec<String> {
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
    header.extend(
        [
            "report-badges",
            "report-warm-up",
            "report-look-back",
            "report-booster",
            "report-gain",
            "report-false-alarms-warm-up",
            "report-false-alarms-look-back",
            "report-false-alarms-booster",
            "report-confidence-warm-up",
            "report-confidence-look-back",
        ]
        .map(|id| words.text(id)),
    );
    for o in &report.objectives {
        let objective = FluentValue::from(objective_title(words, &o.id));
        for id in [
            "report-objective-warm-up",
            "report-objective-look-back",
            "report-objective-booster",
        ] {
            header.push(words.text_with(id, &[("objective", objective.clone())]));
        }
    }
    header
}

fn csv_child(report: &ClassReport, child: &ChildRow, words: &Localizer) -> Vec<String> {
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
    use crate::learning::Due;
    let l = child.learning();
    let confidence =
        |check: Option<&CheckRecord>| shown_confidence(check.and_then(CheckRecord::confidence));
    let d = |j: Option<crate::learning::Judged>| j.and_then(|j| j.discernment());
    let (warm, back, boost) = (
        child.checks.warm_up.is_some(),
        child.checks.look_back.is_some(),
        child.checks.booster.is_some(),
    );
    cells.extend([
        child.badges.to_string(),
        taken(d(l.before), warm, words, shown_discernment),
        taken(d(l.after), back, words, shown_discernment),
        taken(d(l.booster), boost, words, shown_discernment),
        shown_gain(l.gain()),
        taken(
            l.before.and_then(|j| j.false_alarm_rate()),
            warm,
            words,
            percent,
        ),
        taken(
            l.after.and_then(|j| j.false_alarm_rate()),
            back,
            words,
            percent,
        ),
        taken(
            l.booster.and_then(|j| j.false_alarm_rate()),
            boost,
            words,
            percent,
        ),
        confidence(child.checks.warm_up.as_ref()),
        confidence(child.checks.look_back.as_ref()),
    ]);
    for o in &report.objectives {
        for (due, was) in [
            (Due::WarmUp, warm),
            (Due::LookBack, back),
            (Due::Booster, boost),
        ] {
            cells.push(taken(
                child.objective_discernment(due, &o.id),
                was,
                words,
                shown_discernment,
            ));
        }
    }
    cells
}

/// The class: its means in the same columns; then its effect size, what
/// stayed at the booster, and a table per objective with each mean's 95 %
/// interval and how many children it is over.
fn csv_class(report: &ClassReport, words: &Localizer) -> Vec<Vec<String>> {
    let l = &report.learning;
    let mean = |e: Option<Estimate>| e.map(|e| e.mean);
    let mut class = vec![words.text("report-class"), String::new(), String::new()];
    class.extend(report.objectives.iter().map(|o| percent(o.class_score)));
    class.extend([
        String::new(),
        shown_discernment(mean(l.before.discernment)),
        shown_discernment(mean(l.after.discernment)),
        shown_discernment(mean(l.booster.discernment)),
        shown_gain(l.effect.map(|e| e.mean_gain)),
        percent(mean(l.before.false_alarms)),
        percent(mean(l.after.false_alarms)),
        percent(mean(l.booster.false_alarms)),
        shown_confidence(l.confidence_pre),
        shown_confidence(l.confidence_post),
    ]);
    for g in &l.objectives {
        class
            .extend([g.before, g.after, g.booster].map(|m| shown_discernment(mean(m.discernment))));
    }
    // A figure with its interval, and how many children it is over.
    let row =
        |(what, value): (&str, String), (low, high): (String, String), (over, n): (&str, usize)| {
            vec![
                words.text(what),
                value,
                words.text("report-interval"),
                low,
                high,
                words.text(over),
                n.to_string(),
            ]
        };
    let number = |v: Option<f64>| v.map_or_else(String::new, |v| format!("{v:.2}"));
    let effect = row(
        ("report-effect-size", number(l.effect.map(|e| e.d))),
        (
            number(l.effect.map(|e| e.low)),
            number(l.effect.map(|e| e.high)),
        ),
        ("report-paired", l.paired),
    );
    let retention = row(
        ("report-retention", shown_gain(l.retention.map(|e| e.mean))),
        (
            shown_gain(l.retention.and_then(|e| e.low)),
            shown_gain(l.retention.and_then(|e| e.high)),
        ),
        ("report-boosters", l.boosters),
    );
    let suspicious = vec![
        words.text("report-more-suspicious"),
        l.more_suspicious.to_string(),
    ];
    let mut rows = vec![class, effect, retention, suspicious, Vec::new()];
    // Per objective, each check: children, discernment with its interval, false alarms.
    let mut header = vec![words.text("report-objective")];
    for check in ["report-warm-up", "report-look-back", "report-booster"] {
        let check = FluentValue::from(words.text(check));
        for id in [
            "report-column-children",
            "report-column-discernment",
            "report-column-low",
            "report-column-high",
            "report-column-false-alarms",
        ] {
            header.push(words.text_with(id, &[("check", check.clone())]));
        }
    }
    let kept = FluentValue::from(words.text("report-retention"));
    header.push(words.text("report-retention"));
    for id in [
        "report-column-children",
        "report-column-low",
        "report-column-high",
    ] {
        header.push(words.text_with(id, &[("check", kept.clone())]));
    }
    rows.push(header);
    for g in &l.objectives {
        let mut row = vec![objective_title(words, &g.id)];
        for m in [g.before, g.after, g.booster] {
            row.extend([
                m.n().to_string(),
                shown_discernment(mean(m.discernment)),
                shown_gain(m.discernment.and_then(|e| e.low)),
                shown_gain(m.discernment.and_then(|e| e.high)),
                percent(mean(m.false_alarms)),
            ]);
        }
        row.extend([
            shown_gain(mean(g.retention)),
            g.retention.map_or(0, |e| e.n).to_string(),
            shown_gain(g.retention.and_then(|e| e.low)),
            shown_gain(g.retention.and_then(|e| e.high)),
        ]);
        rows.push(row);
    }
    rows
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
    let (message, names) = report.weakest_line(words);
    let weakest_line =
        escape(&words.text_with(message, &[("objectives", FluentValue::from(names))]));
    let _ = writeln!(page, "<p class=\"weakest\">{weakest_line}</p>");
    html_chart(&mut page, report, words);
    html_learning(&mut page, report, words);
    let _ = writeln!(page, "<h2>{}</h2>", t("report-per-child"));
    if report.children.is_empty() {
        let _ = writeln!(page, "<p>{}</p>", t("report-empty"));
    } else {
        html_children(&mut page, report, words);
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

/// The bar chart: the class score per objective, the weakest marked, each bar
/// with its spread of children beneath it.
fn html_chart(page: &mut String, report: &ClassReport, words: &Localizer) {
    let t = |id: &str| escape(&words.text(id));
    let weakest = report.weakest();
    let _ = writeln!(
        page,
        "<h2>{}</h2>\n<p class=\"legend\">{}</p>",
        t("report-chart-title"),
        t("report-legend")
    );
    *page += "<div class=\"chart\" role=\"img\">\n";
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
        *page += "<div class=\"spread\">";
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
    *page += "</div>\n";
}

/// The checks: the class's lines and a table per objective, each figure with
/// its interval and how many children it is over.
fn html_learning(page: &mut String, report: &ClassReport, words: &Localizer) {
    let t = |id: &str| escape(&words.text(id));
    let _ = writeln!(page, "<h2>{}</h2>", t("report-learning-heading"));
    for line in report.learning_lines(words) {
        let _ = writeln!(page, "<p class=\"summary\">{}</p>", escape(&line));
    }
    let _ = writeln!(
        page,
        "<p class=\"legend\">{}</p>",
        t("report-learning-about")
    );
    *page += "<table class=\"learning\">\n";
    for (n, row) in report.objective_table(words).into_iter().enumerate() {
        let (open, close) = if n == 0 {
            ("<thead><tr>", "</tr></thead>\n<tbody>")
        } else {
            ("<tr>", "</tr>")
        };
        let cell = if n == 0 { "th" } else { "td" };
        *page += open;
        for text in row {
            let _ = write!(page, "<{cell}>{}</{cell}>", escape(&text));
        }
        let _ = writeln!(page, "{close}");
    }
    *page += "</tbody>\n</table>\n";
}

/// The table of every child, each score cell coloured by its standing.
fn html_children(page: &mut String, report: &ClassReport, words: &Localizer) {
    let t = |id: &str| escape(&words.text(id));
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
    let _ = write!(page, "<th>{}</th>", t("report-badges"));
    for text in ClassReport::child_learning_header(words) {
        let _ = write!(page, "<th>{}</th>", escape(&text));
    }
    *page += "</tr></thead>\n<tbody>\n";
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
        let _ = write!(page, "<td>{}</td>", child.badges);
        for text in child.learning_cells(words) {
            let _ = write!(page, "<td>{}</td>", escape(&text));
        }
        *page += "</tr>\n";
    }
    *page += "</tbody>\n</table>\n";
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
            recovered: false,
        }
    }

    fn child(id: u32, nickname: &str, results: Vec<RunResult>) -> Profile {
        Profile {
            results: results
                .into_iter()
                .map(|r| (r.scenario.clone(), r))
                .collect(),
            ..Profile::new(id, nickname, Avatar::Sky)
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
            child(3, "Kim \"K\"\nJo", vec![]),
        ];
        let text = csv(&ClassReport::build(&class, &["a"]), &words);
        assert!(text.contains("\r\n\"Kim \"\"K\"\"\nJo\",0,0,"), "{text}");
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert!(
            lines[0].starts_with("Nickname,Levels,Stars,\"Spot, then act (%)\","),
            "{}",
            lines[0]
        );
        // Then badges, and the checks' columns: "not taken" without them (a
        // check not taken is not a zero), the gain and how sure empty.
        let nt = words.text("report-not-taken");
        let checks = format!("{nt},{nt},{nt},,{nt},{nt},{nt},,,{nt},{nt},{nt}");
        assert_eq!(lines[1], format!("'=cmd,1,3,100,0,{checks}"));
        assert_eq!(lines[2], format!("Ali,0,0,,0,{checks}"));
        for (nickname, cell) in [("\t=1+1", "'\t=1+1"), ("-1.5", "-1.5"), ("+x", "'+x")] {
            assert_eq!(defused(nickname), cell, "{nickname:?}");
        }
    }

    #[test]
    fn the_spreadsheet_and_page_carry_discernment_false_alarms_and_intervals() {
        use crate::content::{AgeBand, ItemSet};
        use crate::learning::{Answer, Confidence};
        let (words, _) =
            Localizer::load_dir(&std::path::Path::new(crate::SOURCE_ROOT).join("locales"));
        // Per objective a and b, a safe and a risky situation: judged rightly or not.
        let check = |set, right: [(bool, bool); 2]| CheckRecord {
            set,
            band: AgeBand::Ages9To12,
            answers: ["a", "b"]
                .iter()
                .zip(right)
                .flat_map(|(o, (safe_right, risky_right))| {
                    [(true, safe_right), (false, risky_right)].map(|(safe, right)| Answer {
                        item: format!("{o}-{safe}"),
                        objective: o.to_string(),
                        right,
                        confidence: Confidence::VerySure,
                        safe: Some(safe),
                    })
                })
                .collect(),
            day: Some(1),
        };
        let mut sam = child(1, "Sam", vec![]);
        // Everything wrong (safe called "not OK", risky called OK), then right.
        sam.checks.warm_up = Some(check(ItemSet::A, [(false, false); 2]));
        sam.checks.look_back = Some(check(ItemSet::B, [(true, true); 2]));
        let mut ali = child(2, "Ali", vec![]);
        // a right; b: the safe kept, the risky missed. The same after.
        ali.checks.warm_up = Some(check(ItemSet::B, [(true, true), (true, false)]));
        ali.checks.look_back = Some(check(ItemSet::A, [(true, true), (true, false)]));
        let report = ClassReport::build(&[sam, ali], &["a", "b"]);
        let text = csv(&report, &words);
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        // Sam: discernment −100 → +100 (gain +200); false alarms 100 % → 0 %;
        // no booster; a and b −100 → +100.
        assert!(
            lines[1].starts_with(
                "Sam,0,0,,,0,-100,+100,not taken,+200,100,0,not taken,3.0,3.0,-100,+100,not taken,-100,+100,not taken"
            ),
            "{}",
            lines[1]
        );
        // Ali: +50 → +50, gain 0.
        assert!(
            lines[2].contains(",0,+50,+50,not taken,0,0,0,"),
            "{}",
            lines[2]
        );
        // The class: −25 → +75 (+100). Gains 2 and 0: d = 1 / 1.4142.
        assert_eq!(lines[3], "");
        assert!(lines[4].contains(",-25,+75,,+100,50,0,"), "{}", lines[4]);
        assert!(
            lines[5].starts_with("Effect size (Cohen's d),0.71,95% interval,"),
            "{}",
            lines[5]
        );
        assert!(lines[5].ends_with(",Children with both,2"), "{}", lines[5]);
        // Per objective, with the number of children and the interval: a
        // before −100 and +100 (mean 0; the interval, ±12.71, is cut to what
        // discernment can be), after +100.
        let a = lines
            .iter()
            .find(|l| l.starts_with("[objective-a-title],"))
            .expect("a row for objective a");
        assert!(
            a.ends_with(",2,0,-100,+100,50,2,+100,,,0,0,,,,,,0,,"),
            "{a}"
        );
        let page = html(&report, &words, "2026-11-29");
        assert!(page.contains("2 children took both"), "{page}");
        assert!(page.contains("d = 0.71"));
        assert!(page.contains("<td>+100</td>"));
        assert!(page.contains("<td>not taken</td>"));
        assert!(page.contains("No child grew more suspicious"), "{page}");
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
