//! Can a child win without thinking? Naive strategies (pick the longest option, the
//! shortest, the one with the most help-words…) played against the best answers of
//! every decision, in every language. A level a child can
//! win by guessing neither teaches nor measures.
//!
//! Help-words (tell, adult, report, block…) are content, one list per language in
//! `locales/<lang>/help-words.txt`, so a translator can keep them true. The
//! situations to judge of the checks have their own strategies (see
//! [`situations`]), with risk-words in `locales/<lang>/risk-words.txt`.

pub mod situations;

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use fluent::FluentValue;

use crate::content::{Diagnostic, Library, MessageIndex, Node, Verdict};
use crate::l10n::{Localizer, PSEUDO_LOCALE};

/// The most any naive strategy may win, over the whole library, in any language.
/// Chance with three options is a third.
pub const BUDGET: f64 = 0.40;

/// How much longer than every other option the best one may be before it stands out.
pub const STANDS_OUT: f64 = 1.25;

/// The file of each language's help-words.
pub const HELP_WORDS_FILE: &str = "help-words.txt";

/// A language's words that make an option sound like the safe answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpWords {
    /// A word that starts with it: `tell` finds "telling".
    prefixes: Vec<String>,
    /// Only the whole word (`=dire`).
    words: Vec<String>,
    /// Anywhere, inside a word too (`*告诉`): scripts without spaces, attached prefixes.
    anywhere: Vec<String>,
}

impl HelpWords {
    /// One entry a line; `#` starts a comment.
    pub fn parse(text: &str) -> Self {
        let mut list = Self::default();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let entry = |s: &str| plain(s.trim());
            if let Some(word) = line.strip_prefix('=') {
                list.words.push(entry(word));
            } else if let Some(part) = line.strip_prefix('*') {
                list.anywhere.push(entry(part));
            } else {
                list.prefixes.push(entry(line));
            }
        }
        list
    }

    /// Every language's list under a locales folder: (lists, languages without one).
    pub fn load_dir(locales: &Path, languages: &[String]) -> (BTreeMap<String, Self>, Vec<String>) {
        Self::load_lists(locales, languages, HELP_WORDS_FILE)
    }

    /// Every language's list of a kind (`file` in each locale's folder).
    pub fn load_lists(
        locales: &Path,
        languages: &[String],
        file: &str,
    ) -> (BTreeMap<String, Self>, Vec<String>) {
        let mut lists = BTreeMap::new();
        let mut missing = Vec::new();
        for lang in languages {
            match std::fs::read_to_string(locales.join(lang).join(file)) {
                Ok(text) => {
                    lists.insert(lang.clone(), Self::parse(&text));
                }
                Err(_) => missing.push(lang.clone()),
            }
        }
        (lists, missing)
    }

    pub fn is_empty(&self) -> bool {
        self.prefixes.is_empty() && self.words.is_empty() && self.anywhere.is_empty()
    }

    /// How many help-words the text holds.
    pub fn count(&self, text: &str) -> usize {
        let text = plain(text);
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .filter(|w| !w.is_empty())
            .collect();
        let by_word = words
            .iter()
            .filter(|w| {
                self.words.iter().any(|e| e == *w)
                    || self.prefixes.iter().any(|e| w.starts_with(e.as_str()))
            })
            .count();
        let inside: usize = self
            .anywhere
            .iter()
            .map(|e| text.matches(e.as_str()).count())
            .sum();
        by_word + inside
    }
}

/// Text as words are compared: lower case, without Arabic's optional vowel marks,
/// shadda and stretching (تحقّق and تحقق are one word to a reader).
fn plain(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .collect()
}

/// One option as a child sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// Its message id.
    pub id: String,
    pub text: String,
    /// The best answer (a Safe choice).
    pub keyed: bool,
    /// Whether it names the level's trusted adult (`{ $adult }`: Gran, Uncle
    /// Tomás…): to a child skimming, a name like that sounds as safe as "tell".
    pub names_adult: bool,
}

impl Answer {
    /// Its help-words, the trusted adult's name counting as one.
    pub fn helps(&self, help: &HelpWords) -> usize {
        help.count(&self.text) + usize::from(self.names_adult)
    }
}

/// A decision, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub options: Vec<Answer>,
}

/// A way to answer without reading closely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strategy {
    Longest,
    Shortest,
    MostHelpWords,
    /// The option with the fewest help-words: a child who learnt that the game
    /// now hides the answer in plain words must not win either.
    FewestHelpWords,
    /// The option with help-words, else the longest: what the first playtest found.
    HelpWordsElseLongest,
    /// Neither the longest nor the shortest: a child who learnt that the game
    /// evens out lengths, so the answer hides in the middle (a coin between all
    /// when every option is the longest or the shortest, as with two).
    MiddleLength,
    /// The first one on screen (the game shuffles, so this is chance).
    FirstShown,
}

impl Strategy {
    pub const ALL: [Strategy; 7] = [
        Strategy::Longest,
        Strategy::Shortest,
        Strategy::MostHelpWords,
        Strategy::FewestHelpWords,
        Strategy::HelpWordsElseLongest,
        Strategy::MiddleLength,
        Strategy::FirstShown,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Strategy::Longest => "longest",
            Strategy::Shortest => "shortest",
            Strategy::MostHelpWords => "most help-words",
            Strategy::FewestHelpWords => "fewest help-words",
            Strategy::HelpWordsElseLongest => "help-words, else longest",
            Strategy::MiddleLength => "middle length",
            Strategy::FirstShown => "first shown",
        }
    }

    /// The chance that this strategy picks a keyed option: ties are broken by a coin,
    /// so a tie between the best and another counts a half.
    pub fn hit(self, question: &Question, help: &HelpWords) -> f64 {
        let options = &question.options;
        if options.is_empty() {
            return 0.0;
        }
        let len = |o: &Answer| o.text.chars().count() as i64;
        let helps = |o: &Answer| o.helps(help) as i64;
        let all: Vec<&Answer> = options.iter().collect();
        fn best_by<'a>(pool: Vec<&'a Answer>, score: &dyn Fn(&Answer) -> i64) -> Vec<&'a Answer> {
            let top = pool.iter().map(|o| score(o)).max().unwrap_or(0);
            pool.into_iter().filter(|o| score(o) == top).collect()
        }
        let picked = match self {
            Strategy::Longest => best_by(all, &len),
            Strategy::Shortest => best_by(all, &|o| -len(o)),
            Strategy::MostHelpWords => best_by(all, &helps),
            Strategy::FewestHelpWords => best_by(all, &|o| -helps(o)),
            Strategy::HelpWordsElseLongest => best_by(best_by(all, &helps), &len),
            Strategy::MiddleLength => {
                let lengths: Vec<i64> = all.iter().map(|o| len(o)).collect();
                let (short, long) = (
                    lengths.iter().min().copied().unwrap_or(0),
                    lengths.iter().max().copied().unwrap_or(0),
                );
                let middle: Vec<&Answer> = all
                    .iter()
                    .copied()
                    .filter(|o| len(o) > short && len(o) < long)
                    .collect();
                if middle.is_empty() { all } else { middle }
            }
            Strategy::FirstShown => all,
        };
        picked.iter().filter(|o| o.keyed).count() as f64 / picked.len() as f64
    }
}

/// How often each strategy wins over a set of questions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rates {
    pub questions: usize,
    pub hits: BTreeMap<Strategy, f64>,
}

impl Rates {
    pub fn of(questions: &[Question], help: &HelpWords) -> Self {
        let mut rates = Rates {
            questions: questions.len(),
            ..Default::default()
        };
        for strategy in Strategy::ALL {
            let hits = questions.iter().map(|q| strategy.hit(q, help)).sum();
            rates.hits.insert(strategy, hits);
        }
        rates
    }

    /// The share of questions the strategy wins, 0 to 1.
    pub fn rate(&self, strategy: Strategy) -> f64 {
        if self.questions == 0 {
            return 0.0;
        }
        self.hits.get(&strategy).copied().unwrap_or(0.0) / self.questions as f64
    }
}

/// A way to build a message ("say it well") without reading closely: which
/// phrases go in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PhraseRule {
    /// Every phrase with a help-word (tell, report, adult…).
    HelpWords,
    /// Every phrase without one.
    NoHelpWords,
    /// The longer half of the phrases.
    LongerHalf,
    /// The shorter half.
    ShorterHalf,
}

impl PhraseRule {
    pub const ALL: [PhraseRule; 4] = [
        PhraseRule::HelpWords,
        PhraseRule::NoHelpWords,
        PhraseRule::LongerHalf,
        PhraseRule::ShorterHalf,
    ];

    pub fn name(self) -> &'static str {
        match self {
            PhraseRule::HelpWords => "the phrases with help-words",
            PhraseRule::NoHelpWords => "the phrases without help-words",
            PhraseRule::LongerHalf => "the longer half",
            PhraseRule::ShorterHalf => "the shorter half",
        }
    }

    /// The phrases (their words, in order) this rule puts in the message.
    pub fn picks(self, phrases: &[String], help: &HelpWords) -> Vec<usize> {
        let mut by_length: Vec<usize> = (0..phrases.len()).collect();
        by_length.sort_by_key(|&i| phrases[i].chars().count());
        let half = phrases.len().div_ceil(2);
        match self {
            PhraseRule::HelpWords => (0..phrases.len())
                .filter(|&i| help.count(&phrases[i]) > 0)
                .collect(),
            PhraseRule::NoHelpWords => (0..phrases.len())
                .filter(|&i| help.count(&phrases[i]) == 0)
                .collect(),
            PhraseRule::LongerHalf => by_length.into_iter().rev().take(half).collect(),
            PhraseRule::ShorterHalf => by_length.into_iter().take(half).collect(),
        }
    }
}

/// Things to build that a naive rule builds well (scored Safe), in any
/// language: a message, a passphrase, a fake post (filled to its room in the
/// rule's order), and the page to sign in on picked by its address's length.
/// One line each, for `sango coverage`.
pub fn messages_won_by_rules(library: &Library, words: &Localizer, locales: &Path) -> Vec<String> {
    let languages = languages(words);
    let (lists, _) = HelpWords::load_dir(locales, &languages);
    let empty = HelpWords::default();
    let mut out = Vec::new();
    for lang in &languages {
        let help = lists.get(lang).unwrap_or(&empty);
        for file in &library.scenarios {
            let s = &file.scenario;
            let vars = default_words(s, words, lang);
            let args = as_args(&vars);
            let text = |key: &str| words.text_in(lang, &s.message_id(key), &args);
            for (beat, node) in s.beats.iter() {
                let (keys, room): (Vec<&str>, usize) = match node {
                    Node::Compose(c) => (
                        c.phrases.iter().map(|p| p.text.as_str()).collect(),
                        usize::MAX,
                    ),
                    Node::Lock(l) => (
                        l.pieces.iter().map(|p| p.text.as_str()).collect(),
                        usize::MAX,
                    ),
                    Node::Craft(c) => (
                        c.techniques.iter().map(|t| t.text.as_str()).collect(),
                        c.room,
                    ),
                    _ => continue,
                };
                let items: Vec<String> = keys.iter().map(|k| text(k)).collect();
                for rule in PhraseRule::ALL {
                    let mut picks = rule.picks(&items, help);
                    picks.truncate(room);
                    let won = match node {
                        Node::Compose(c) => c.verdict(&picks) == Verdict::Safe,
                        Node::Lock(l) => l.passphrase_verdict(&picks) == Verdict::Safe,
                        Node::Craft(c) => c.verdict(&picks) == Verdict::Safe,
                        _ => false,
                    };
                    if won {
                        out.push(format!(
                            "{lang}: taking {} builds `{}` / `{beat}` well",
                            rule.name(),
                            s.id
                        ));
                    }
                }
                if let Node::Lock(l) = node {
                    // The pieces that look like plain words (letters only):
                    // the everyday words must not be the only ones.
                    let plain: Vec<usize> = (0..items.len())
                        .filter(|&i| items[i].trim().chars().all(char::is_alphabetic))
                        .collect();
                    if l.passphrase_verdict(&plain) == Verdict::Safe {
                        out.push(format!(
                            "{lang}: taking the pieces with letters only builds `{}` / `{beat}` well",
                            s.id
                        ));
                    }
                    // The real page is never the shortest or the longest address
                    // (a tie counts: a child picking by length may pick it).
                    let length = |key: &str| {
                        text(key)
                            .chars()
                            .filter(|c| !matches!(c, '\u{200E}' | '\u{2066}'..='\u{2069}'))
                            .count()
                    };
                    let lengths: Vec<usize> = l.pages.iter().map(|p| length(&p.address)).collect();
                    let real = l.pages.iter().position(|p| p.real).map(|i| lengths[i]);
                    let extremes = [
                        ("shortest", lengths.iter().min()),
                        ("longest", lengths.iter().max()),
                    ];
                    for (name, extreme) in extremes {
                        if real.is_some() && real.as_ref() == extreme {
                            out.push(format!(
                                "{lang}: signing in on the {name} address finds the real page of `{}` / `{beat}`",
                                s.id
                            ));
                        }
                    }
                }
            }
        }
    }
    out
}

/// For one language, each decision whose best answer a
/// naive strategy finds: its options (best marked `*`) with their lengths and
/// help-words, and the strategies that find it. For authors rewording.
pub fn explain(library: &Library, words: &Localizer, locales: &Path, lang: &str) -> String {
    let (lists, _) = HelpWords::load_dir(locales, &[lang.to_string()]);
    let help = lists.get(lang).cloned().unwrap_or_default();
    let decisions = questions(library, words, lang);
    let mut out = format!("\nEach decision in {lang} (best answer *; length, help-words):\n");
    for q in &decisions {
        let found: Vec<&str> = Strategy::ALL
            .into_iter()
            .filter(|s| *s != Strategy::FirstShown && s.hit(q, &help) >= 0.5)
            .map(Strategy::name)
            .collect();
        let options: Vec<String> = q
            .options
            .iter()
            .map(|o| {
                format!(
                    "{}{} ({}, {})",
                    if o.keyed { "*" } else { "" },
                    o.id,
                    o.text.chars().count(),
                    o.helps(&help)
                )
            })
            .collect();
        let _ = writeln!(out, "  {}  <- {}", options.join(" | "), found.join(", "));
    }
    out
}

/// Each `vary` variable at its first option, in words, as the map shows a level.
fn default_words(
    s: &crate::content::Scenario,
    words: &Localizer,
    lang: &str,
) -> Vec<(String, String)> {
    s.default_variables()
        .into_iter()
        .map(|(name, key)| {
            (
                name,
                words
                    .text_in(lang, &s.message_id(&key), &[])
                    .trim()
                    .to_string(),
            )
        })
        .collect()
}

/// Variables in words, as Fluent takes them.
fn as_args(vars: &[(String, String)]) -> Vec<(&str, FluentValue<'_>)> {
    vars.iter()
        .map(|(n, t)| (n.as_str(), FluentValue::from(t.as_str())))
        .collect()
}

/// The library's decisions in one language, with their words.
pub fn questions(library: &Library, words: &Localizer, lang: &str) -> Vec<Question> {
    let text =
        |id: &str, args: &[(&str, FluentValue)]| words.text_in(lang, id, args).trim().to_string();
    let mut decisions = Vec::new();
    for file in &library.scenarios {
        let s = &file.scenario;
        let vars = default_words(s, words, lang);
        let args = as_args(&vars);
        // The trusted adult as the child reads them in this play.
        let adult = vars
            .iter()
            .find(|(name, _)| name == "adult")
            .map(|(_, text)| text.as_str())
            .filter(|t| !t.is_empty());
        for (_, node) in s.beats.iter() {
            if let Node::Beat(b) = node
                && !b.choices.is_empty()
            {
                decisions.push(Question {
                    options: b
                        .choices
                        .iter()
                        .map(|c| {
                            let id = s.message_id(&c.text);
                            let text = text(&id, &args);
                            Answer {
                                names_adult: adult.is_some_and(|a| text.contains(a)),
                                text,
                                id,
                                keyed: c.verdict == Verdict::Safe,
                            }
                        })
                        .collect(),
                });
            }
        }
    }
    decisions
}

/// The languages the check reads: every locale but the pseudo-locale.
pub(crate) fn languages(words: &Localizer) -> Vec<String> {
    words
        .languages()
        .filter(|l| *l != PSEUDO_LOCALE)
        .map(str::to_owned)
        .collect()
}

/// Decisions and questions whose best answer stands out, in every language:
/// W0015 (uniquely the longest by more than a quarter), W0016 (the only one with
/// help-words), W0017 (in English, the longest more than 1.25 times the shortest).
pub fn lint(
    library: &Library,
    words: &Localizer,
    index: &MessageIndex,
    locales: &Path,
) -> Vec<Diagnostic> {
    let languages = languages(words);
    let (lists, missing) = HelpWords::load_dir(locales, &languages);
    let mut out: Vec<Diagnostic> = missing
        .iter()
        .map(|lang| {
            Diagnostic::warning(
                "W0018",
                &locales.join(lang).join(HELP_WORDS_FILE),
                Default::default(),
                format!("no help-words list for {lang}: its options are not checked for help-words"),
            )
            .with_hint("list the words that make an option sound safe (tell, adult, report, block…), one a line")
        })
        .collect();
    let empty = HelpWords::default();
    for lang in &languages {
        let help = lists.get(lang).unwrap_or(&empty);
        for q in &questions(library, words, lang) {
            out.extend(stands_out(q, help, lang, index));
        }
    }
    out
}

fn stands_out(q: &Question, help: &HelpWords, lang: &str, index: &MessageIndex) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let len = |o: &Answer| o.text.chars().count();
    let at = |o: &Answer| index.origin_in(lang, &o.id);
    let hint = "see docs/AUTHORING.md, \"Choices that make a child think\"";
    for best in q.options.iter().filter(|o| o.keyed) {
        let others: Vec<&Answer> = q.options.iter().filter(|o| !o.keyed).collect();
        let Some(longest_other) = others.iter().map(|o| len(o)).max() else {
            continue;
        };
        if len(best) as f64 > STANDS_OUT * longest_other as f64 {
            let (path, at) = at(best);
            out.push(
                Diagnostic::warning(
                    "W0015",
                    &path,
                    at,
                    format!(
                        "`{}` ({lang}), the best choice, is the longest by far ({} characters; the others at most {longest_other})",
                        best.id,
                        len(best)
                    ),
                )
                .with_hint(hint),
            );
        }
        if best.helps(help) > 0 && others.iter().all(|o| o.helps(help) == 0) {
            let (path, at) = at(best);
            out.push(
                Diagnostic::warning(
                    "W0016",
                    &path,
                    at,
                    format!(
                        "`{}` ({lang}), the best choice, is the only one with a help-word (tell, adult, report, block…)",
                        best.id
                    ),
                )
                .with_hint(hint),
            );
        }
    }
    if lang == crate::l10n::BASE_LOCALE {
        let longest = q.options.iter().max_by_key(|o| len(o));
        let shortest = q.options.iter().map(len).min().unwrap_or(0);
        if let Some(longest) = longest
            && len(longest) as f64 > STANDS_OUT * shortest as f64
        {
            let (path, at) = at(longest);
            out.push(
                Diagnostic::warning(
                    "W0017",
                    &path,
                    at,
                    format!(
                        "`{}` has {} characters, more than 1.25 times the shortest option ({shortest})",
                        longest.id,
                        len(longest)
                    ),
                )
                .with_hint("make the options alike in length, so length gives nothing away"),
            );
        }
    }
    out
}

/// Every strategy's wins per language, over the decisions.
#[derive(Debug, Clone, Default)]
pub struct Guessability {
    /// Per language.
    pub languages: BTreeMap<String, Rates>,
}

impl Guessability {
    pub fn of(library: &Library, words: &Localizer, locales: &Path) -> Self {
        let languages = languages(words);
        let (lists, _) = HelpWords::load_dir(locales, &languages);
        let empty = HelpWords::default();
        let mut g = Self::default();
        for lang in languages {
            let help = lists.get(&lang).unwrap_or(&empty);
            let decisions = questions(library, words, &lang);
            g.languages.insert(lang, Rates::of(&decisions, help));
        }
        g
    }

    /// Every (language, what, strategy) above the budget.
    pub fn over_budget(&self, budget: f64) -> Vec<String> {
        let mut out = Vec::new();
        for (lang, rates) in &self.languages {
            for s in Strategy::ALL {
                let rate = rates.rate(s);
                if rates.questions > 0 && rate > budget {
                    out.push(format!(
                        "{lang}: \"{}\" finds the best answer in {:.0} % of decisions (budget {:.0} %)",
                        s.name(),
                        rate * 100.0,
                        budget * 100.0
                    ));
                }
            }
        }
        out
    }

    /// A table for a terminal: rows are strategies, columns languages.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let count = self.languages.values().next().map_or(0, |r| r.questions);
        let _ = writeln!(
            out,
            "\nHow often a naive strategy finds the best answer, {count} decisions (budget {:.0} %; \"first shown\" is chance):",
            BUDGET * 100.0
        );
        let _ = write!(out, "  {:<26}", "");
        for lang in self.languages.keys() {
            let _ = write!(out, "{lang:>7}");
        }
        out.push('\n');
        for s in Strategy::ALL {
            let _ = write!(out, "  {:<26}", s.name());
            for rates in self.languages.values() {
                let rate = rates.rate(s) * 100.0;
                let mark = if rate > BUDGET * 100.0 { "!" } else { " " };
                let _ = write!(out, "{rate:>5.0}%{mark}");
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(options: &[(&str, bool)]) -> Question {
        Question {
            options: options
                .iter()
                .enumerate()
                .map(|(i, (text, keyed))| Answer {
                    id: format!("o{i}"),
                    text: text.to_string(),
                    keyed: *keyed,
                    names_adult: false,
                })
                .collect(),
        }
    }

    fn english() -> HelpWords {
        HelpWords::parse("# comment\ntell\nadult\n=dire\n*告诉\n")
    }

    #[test]
    fn help_words_match_word_starts_whole_words_and_anywhere() {
        let help = english();
        assert_eq!(help.count("I'm telling an adult."), 2);
        assert_eq!(help.count("Hotel"), 0, "only at a word's start");
        assert_eq!(help.count("je vais le dire"), 1);
        assert_eq!(help.count("directement"), 0, "a whole word only");
        assert_eq!(help.count("我要告诉妈妈"), 1);
        // Arabic's shadda and vowel marks do not hide a word.
        let arabic = HelpWords::parse("*تحقق\n");
        assert_eq!(arabic.count("سأتحقّق أولًا"), 1);
        assert!(HelpWords::parse("# only a comment\n\n").is_empty());
    }

    #[test]
    fn the_middle_length_strategy_finds_an_answer_hidden_between_the_others() {
        let help = english();
        let hidden = q(&[
            ("Close it and come back later.", true),
            ("Reply fast.", false),
            ("Send it to everyone in the chat right now.", false),
        ]);
        assert_eq!(Strategy::MiddleLength.hit(&hidden, &help), 1.0);
        // With two options there is no middle: a coin.
        let two = q(&[("Close it.", true), ("Share it with the class.", false)]);
        assert_eq!(Strategy::MiddleLength.hit(&two, &help), 0.5);
    }

    #[test]
    fn the_trusted_adult_s_name_counts_as_a_help_word() {
        let help = english();
        let mut named = q(&[
            ("Show Gran the chat now.", true),
            ("Keep on playing.", false),
        ]);
        assert_eq!(Strategy::MostHelpWords.hit(&named, &help), 0.5);
        named.options[0].names_adult = true;
        assert_eq!(Strategy::MostHelpWords.hit(&named, &help), 1.0);
        assert_eq!(Strategy::FewestHelpWords.hit(&named, &help), 0.0);
    }

    #[test]
    fn the_longest_safe_option_is_found_by_the_longest_strategy() {
        let help = english();
        let giveaway = q(&[
            ("Stop replying, save the chat and tell an adult.", true),
            ("OK!", false),
            ("Maybe later", false),
        ]);
        assert_eq!(Strategy::Longest.hit(&giveaway, &help), 1.0);
        assert_eq!(Strategy::Shortest.hit(&giveaway, &help), 0.0);
        assert_eq!(Strategy::MostHelpWords.hit(&giveaway, &help), 1.0);
        assert!((Strategy::FirstShown.hit(&giveaway, &help) - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn ties_are_broken_by_a_coin() {
        let help = english();
        let even = q(&[("aaaa", true), ("bbbb", false)]);
        assert_eq!(Strategy::Longest.hit(&even, &help), 0.5);
        // Nobody has a help-word: the strategy is chance, then length decides.
        assert_eq!(Strategy::MostHelpWords.hit(&even, &help), 0.5);
        let cue = q(&[("I'll tell them", false), ("Bedtime now, no", true)]);
        assert_eq!(Strategy::HelpWordsElseLongest.hit(&cue, &help), 0.0);
    }

    #[test]
    fn rates_count_over_every_question_and_the_budget_names_what_is_over() {
        let help = english();
        let questions = vec![
            q(&[("long long long", true), ("short", false)]),
            q(&[("long long long", false), ("short", true)]),
        ];
        let rates = Rates::of(&questions, &help);
        assert_eq!(rates.rate(Strategy::Longest), 0.5);
        assert_eq!(rates.rate(Strategy::Shortest), 0.5);
        let mut g = Guessability::default();
        g.languages.insert("en".into(), rates.clone());
        assert!(g.over_budget(0.40).iter().any(|l| l.contains("longest")));
        assert!(g.over_budget(0.60).is_empty());
        assert!(g.render().contains("longest"));
    }

    #[test]
    fn phrase_rules_pick_by_help_words_and_length() {
        let help = english();
        let phrases: Vec<String> = ["Tell an adult now", "No.", "You are such a loser, honestly"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(PhraseRule::HelpWords.picks(&phrases, &help), [0]);
        assert_eq!(PhraseRule::NoHelpWords.picks(&phrases, &help), [1, 2]);
        assert_eq!(PhraseRule::LongerHalf.picks(&phrases, &help), [2, 0]);
        assert_eq!(PhraseRule::ShorterHalf.picks(&phrases, &help), [1, 0]);
    }

    #[test]
    fn a_best_answer_that_stands_out_is_warned_with_its_code() {
        let help = english();
        let index = MessageIndex::default();
        let codes = |question: &Question, lang: &str| -> Vec<&'static str> {
            stands_out(question, &help, lang, &index)
                .iter()
                .map(|d| d.code)
                .collect()
        };
        let giveaway = q(&[
            ("Stop replying and tell an adult today.", true),
            ("Reply with a joke.", false),
            ("Send it, why not", false),
        ]);
        assert_eq!(codes(&giveaway, "en"), vec!["W0015", "W0016", "W0017"]);
        // Other languages are not held to the English ratio between all options.
        assert_eq!(codes(&giveaway, "fr"), vec!["W0015", "W0016"]);
        let fair = q(&[
            ("Screenshot it, then close the app.", true),
            ("I'll tell them I'm reporting them.", false),
            ("Reply: leave me alone, weirdo!", false),
        ]);
        assert!(codes(&fair, "en").is_empty(), "{:?}", codes(&fair, "en"));
    }
}
