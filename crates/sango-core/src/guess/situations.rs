//! Can a child judge the check's situations without understanding them? Cue
//! strategies ("Not OK" when a risk-word shows, "OK" when a help-word does, by
//! length, or the same answer to everything) played against every set of
//! situations, per age band, in every language. Chance is a half; a set any
//! cue wins more than [`BUDGET`] of (or less than 1 − [`BUDGET`]: reversed,
//! the cue wins) measures cues, not learning.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use super::{HELP_WORDS_FILE, HelpWords};
use crate::content::{AgeBand, Item, ItemSet, Library};
use crate::l10n::Localizer;

/// The most any cue may judge rightly, of one set's situations for one age
/// band, in any language.
pub const BUDGET: f64 = 0.60;

/// The file of each language's risk-words.
pub const RISK_WORDS_FILE: &str = "risk-words.txt";

/// A way to judge a situation without understanding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// "Not OK" to everything (the cynic).
    AllNotOk,
    /// "OK" to everything.
    AllOk,
    /// "Not OK" when a risk-word shows.
    RiskWord,
    /// "OK" when a help-word shows, else "Not OK".
    HelpWord,
    /// "Not OK" when risk-words outnumber help-words.
    MoreRiskWords,
    /// "Not OK" when longer than the set's median.
    Longer,
    /// "Not OK" when shorter than the set's median.
    Shorter,
}

impl Cue {
    pub const ALL: [Cue; 7] = [
        Cue::AllNotOk,
        Cue::AllOk,
        Cue::RiskWord,
        Cue::HelpWord,
        Cue::MoreRiskWords,
        Cue::Longer,
        Cue::Shorter,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Cue::AllNotOk => "\"Not OK\" to all",
            Cue::AllOk => "\"OK\" to all",
            Cue::RiskWord => "risk-word: Not OK",
            Cue::HelpWord => "help-word: OK",
            Cue::MoreRiskWords => "more risk- than help-words",
            Cue::Longer => "longer: Not OK",
            Cue::Shorter => "shorter: Not OK",
        }
    }

    /// Whether the cue says "Not OK" to a situation's words (`median`: the
    /// set's median length in characters).
    pub fn says_not_ok(self, text: &str, words: &Cues, median: f64) -> bool {
        let length = text.chars().count() as f64;
        match self {
            Cue::AllNotOk => true,
            Cue::AllOk => false,
            Cue::RiskWord => words.risk.count(text) > 0,
            Cue::HelpWord => words.help.count(text) == 0,
            Cue::MoreRiskWords => words.risk.count(text) > words.help.count(text),
            Cue::Longer => length > median,
            Cue::Shorter => length < median,
        }
    }
}

/// A language's cue words.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    pub risk: HelpWords,
    pub help: HelpWords,
}

impl Cues {
    /// Every language's lists: (lists, languages missing a risk-words list).
    pub fn load_dir(locales: &Path, languages: &[String]) -> (BTreeMap<String, Self>, Vec<String>) {
        let (risk, missing) = HelpWords::load_lists(locales, languages, RISK_WORDS_FILE);
        let (help, _) = HelpWords::load_lists(locales, languages, HELP_WORDS_FILE);
        let lists = languages
            .iter()
            .map(|lang| {
                let cues = Cues {
                    risk: risk.get(lang).cloned().unwrap_or_default(),
                    help: help.get(lang).cloned().unwrap_or_default(),
                };
                (lang.clone(), cues)
            })
            .collect();
        (lists, missing)
    }
}

/// One set of situations for one age band, in one language, as each cue
/// judges it.
#[derive(Debug, Clone, PartialEq)]
pub struct SetRates {
    pub lang: String,
    pub band: AgeBand,
    pub set: ItemSet,
    pub situations: usize,
    /// Per cue (in [`Cue::ALL`]'s order), how many it judged rightly.
    pub right: Vec<usize>,
}

impl SetRates {
    /// The share a cue judged rightly.
    pub fn rate(&self, cue: Cue) -> f64 {
        let i = Cue::ALL.iter().position(|c| *c == cue).unwrap_or(0);
        if self.situations == 0 {
            0.0
        } else {
            self.right[i] as f64 / self.situations as f64
        }
    }

    /// Judges one set's situations (`texts`: each item with its words).
    pub fn of(texts: &[(&Item, String)], cues: &Cues) -> Vec<usize> {
        let mut lengths: Vec<f64> = texts
            .iter()
            .map(|(_, t)| t.chars().count() as f64)
            .collect();
        lengths.sort_by(f64::total_cmp);
        let median = match lengths.len() {
            0 => 0.0,
            n if n % 2 == 1 => lengths[n / 2],
            n => (lengths[n / 2 - 1] + lengths[n / 2]) / 2.0,
        };
        Cue::ALL
            .iter()
            .map(|cue| {
                texts
                    .iter()
                    .filter(|(item, text)| cue.says_not_ok(text, cues, median) != item.safe)
                    .count()
            })
            .collect()
    }
}

/// Every set of every band, in every language (the pseudo-locale aside).
pub fn rates(library: &Library, words: &Localizer, locales: &Path) -> Vec<SetRates> {
    let languages: Vec<String> = super::languages(words);
    let (lists, _) = Cues::load_dir(locales, &languages);
    let mut out = Vec::new();
    for lang in &languages {
        let cues = lists.get(lang).cloned().unwrap_or_default();
        for band in AgeBand::ALL {
            for set in [ItemSet::A, ItemSet::B] {
                let items = library.check(band, set);
                if items.is_empty() {
                    continue;
                }
                let texts: Vec<(&Item, String)> = items
                    .iter()
                    .map(|i| (*i, words.text_in(lang, &i.question_id(), &[])))
                    .collect();
                out.push(SetRates {
                    lang: lang.clone(),
                    band,
                    set,
                    situations: texts.len(),
                    right: SetRates::of(&texts, &cues),
                });
            }
        }
    }
    out
}

/// Whether a cue's rate is out of the budget on either side: a cue right far
/// less often than chance is as telling, reversed ("a risk-word means it is
/// fine" is a trick a guesser can learn from a set written against cues).
pub fn out_of_budget(rate: f64, budget: f64) -> bool {
    rate > budget + 1e-9 || rate < 1.0 - budget - 1e-9
}

/// Every (language, band, set, cue) out of the budget, a line each.
pub fn over_budget(rates: &[SetRates], budget: f64) -> Vec<String> {
    let mut out = Vec::new();
    for r in rates {
        for cue in Cue::ALL {
            let rate = r.rate(cue);
            if out_of_budget(rate, budget) {
                out.push(format!(
                    "{}: \"{}\" judges {:.0} % of the situations for ages {} in set {:?} rightly (budget {:.0} to {:.0} %)",
                    r.lang,
                    cue.name(),
                    rate * 100.0,
                    r.band.key(),
                    r.set,
                    (1.0 - budget) * 100.0,
                    budget * 100.0
                ));
            }
        }
    }
    out
}

/// A table for a terminal: per language, for each cue, the set where it is
/// furthest from chance.
pub fn render(rates: &[SetRates]) -> String {
    let mut out = String::new();
    let count = rates.iter().map(|r| r.situations).max().unwrap_or(0);
    let _ = writeln!(
        out,
        "\nHow well a cue judges the check's situations, in the set (age band x set, up to {count} each) where it is furthest from chance (budget {:.0} to {:.0} %; chance 50 %):",
        (1.0 - BUDGET) * 100.0,
        BUDGET * 100.0
    );
    let mut languages: Vec<&str> = rates.iter().map(|r| r.lang.as_str()).collect();
    languages.dedup();
    let _ = write!(out, "  {:<28}", "");
    for lang in &languages {
        let _ = write!(out, "{lang:>7}");
    }
    out.push('\n');
    for cue in Cue::ALL {
        let _ = write!(out, "  {:<28}", cue.name());
        for lang in &languages {
            let worst = rates
                .iter()
                .filter(|r| r.lang == *lang)
                .map(|r| r.rate(cue))
                .fold(0.5, |w: f64, r| {
                    if (r - 0.5).abs() > (w - 0.5).abs() {
                        r
                    } else {
                        w
                    }
                });
            let mark = if out_of_budget(worst, BUDGET) {
                "!"
            } else {
                " "
            };
            let worst = worst * 100.0;
            let _ = write!(out, "{worst:>5.0}%{mark}");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, safe: bool) -> Item {
        Item {
            id: id.into(),
            objective: "o".into(),
            set: ItemSet::A,
            ages: vec![AgeBand::Ages9To12],
            safe,
        }
    }

    #[test]
    fn cues_judge_by_words_and_length_and_the_budget_names_what_is_over() {
        let cues = Cues {
            risk: HelpWords::parse("password\nstranger"),
            help: HelpWords::parse("tell\nparent"),
        };
        let (a, b, c, d) = (
            item("a", false),
            item("b", true),
            item("c", false),
            item("d", true),
        );
        // A set written badly: the risky ones hold risk-words, the safe ones help-words.
        let texts = vec![
            (&a, "A stranger asks for your password.".to_string()),
            (&b, "You tell your parent.".to_string()),
            (&c, "A stranger wants to meet you.".to_string()),
            (&d, "Your parent helps you.".to_string()),
        ];
        let right = SetRates::of(&texts, &cues);
        let rates = SetRates {
            lang: "en".into(),
            band: AgeBand::Ages9To12,
            set: ItemSet::A,
            situations: 4,
            right,
        };
        assert_eq!(rates.rate(Cue::AllNotOk), 0.5);
        assert_eq!(rates.rate(Cue::AllOk), 0.5);
        assert_eq!(rates.rate(Cue::RiskWord), 1.0);
        assert_eq!(rates.rate(Cue::HelpWord), 1.0);
        // Longer than the median (25.5): a and c, both risky.
        assert_eq!(rates.rate(Cue::Longer), 1.0);
        assert_eq!(rates.rate(Cue::Shorter), 0.0);
        let over = over_budget(std::slice::from_ref(&rates), BUDGET);
        assert!(over.iter().any(|l| l.contains("risk-word")), "{over:?}");
        // Reversed, "shorter" is as telling as "longer".
        assert!(over.iter().any(|l| l.contains("shorter")), "{over:?}");
        assert!(!over.iter().any(|l| l.contains("to all")), "{over:?}");
        assert!(render(&[rates]).contains("help-word: OK"));
    }
}
