//! Words a school can use as they are: each language's glossary (one word per
//! idea, and the words it must not drift to), and right-to-left lines that
//! would start left to right.
//!
//! `locales/<lang>/glossary.ron` lists, per idea (block, report, trusted adult,
//! the four Cs, the objectives…), the word Sango uses and the ones it avoids. A
//! message holding an avoided word is W0025, at its file and line. In a
//! right-to-left language, a message whose first letter is Latin, a digit or a
//! `{ $variable }` runs left to right unless it starts with a right-to-left
//! mark (U+200F), and an `@handle` shows as `handle@` unless a left-to-right
//! mark (U+200E) comes before it: W0026. The game marks every line as it
//! shows it ([`crate::l10n::right_to_left`]), so a pack's line still reads
//! right; the lint keeps the files right for every other tool that reads them
//! (voices, reports).

use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Pattern, PatternElement};
use serde::Deserialize;

use crate::content::diagnostic::{SourceMap, read_source};
use crate::content::{Diagnostic, Location};
use crate::l10n::{
    Direction, PSEUDO_LOCALE, direction, is_rtl_letter, mark_handles, needs_rtl_mark,
};

/// Each language's glossary, in its locale folder.
pub const GLOSSARY_FILE: &str = "glossary.ron";

/// One language's words for Sango's ideas.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

/// One idea: the word used for it, and the words it must not drift to.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The same English key in every language: `block`, `trusted-adult`, an objective's id.
    pub idea: String,
    /// The word this language uses for it.
    #[serde(rename = "use")]
    pub word: String,
    /// Words, or parts of words, that mean the same and must not be used.
    #[serde(default)]
    pub avoid: Vec<String>,
}

impl Glossary {
    /// The terms whose avoided words `text` holds, with the word found.
    pub fn drift<'a>(&'a self, text: &str) -> Vec<(&'a Term, &'a str)> {
        let text = text.to_lowercase();
        self.terms
            .iter()
            .flat_map(|t| t.avoid.iter().map(move |a| (t, a.as_str())))
            .filter(|(_, a)| !a.trim().is_empty() && text.contains(&a.to_lowercase()))
            .collect()
    }
}

/// A message's words as written: its text, with `{}` for each placeable.
fn written(pattern: &Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => *value,
            PatternElement::Placeable { .. } => "{}",
        })
        .collect()
}

/// Every message (and attribute) of one `.ftl` source: its id, where it is,
/// and its pattern's written text.
fn messages(source: &str) -> Vec<(String, Location, String)> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) | Err((r, _)) => r,
    };
    let map = SourceMap::new(source);
    let mut out = Vec::new();
    for entry in &resource.body {
        let Entry::Message(m) = entry else { continue };
        let id = m.id.name;
        let at = map
            .find_all(&format!("{id} ="))
            .into_iter()
            .chain(map.find_all(&format!("{id}=")))
            .find(|&i| i == 0 || source[..i].ends_with('\n'))
            .map_or_else(Location::default, |i| map.location(i));
        if let Some(value) = &m.value {
            out.push((id.to_string(), at, written(value)));
        }
        for attribute in &m.attributes {
            out.push((
                format!("{id}.{}", attribute.id.name),
                at,
                written(&attribute.value),
            ));
        }
    }
    out
}

/// The `.ftl` files of one locale folder, sorted.
fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// A language's glossary, if it has one; one that cannot be read is an error
/// and the language's words go unchecked against it.
pub fn load_glossary(dir: &Path) -> Result<Option<Glossary>, Diagnostic> {
    let path = dir.join(GLOSSARY_FILE);
    if !path.exists() {
        return Ok(None);
    }
    let source = read_source(&path)?;
    crate::content::load::parse::<Glossary>(&path, &source).map(Some)
}

/// W0025 (a word the language's glossary avoids) and W0026 (a right-to-left
/// line that would start left to right), for every locale under `locales`.
pub fn lint(locales: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(locales) else {
        return out;
    };
    let mut dirs: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    dirs.sort();
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        let Some(lang) = dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if lang == PSEUDO_LOCALE {
            continue;
        }
        let glossary = load_glossary(dir).unwrap_or_else(|d| {
            out.push(d);
            None
        });
        let glossary = glossary.as_ref();
        let rtl = direction(lang) == Direction::RightToLeft;
        for file in ftl_files(dir) {
            let Ok(source) = read_source(&file) else {
                continue;
            };
            for (id, at, text) in messages(&source) {
                for (term, word) in glossary.map(|g| g.drift(&text)).unwrap_or_default() {
                    out.push(
                        Diagnostic::warning(
                            "W0025",
                            &file,
                            at,
                            format!(
                                "`{id}` ({lang}) says «{word}» for {}: this language's glossary says «{}»",
                                term.idea, term.word
                            ),
                        )
                        .with_hint(format!(
                            "use the glossary's word ({}), so a child meets one word for one idea",
                            dir.join(GLOSSARY_FILE).display()
                        )),
                    );
                }
                // A name alone (`Mech League`, `{ $friend }`) has no direction
                // to lose; a line that goes on in the language does.
                let line = text.replace("{}", "x");
                let wrong_way = needs_rtl_mark(&line) || mark_handles(&line) != line;
                if rtl && wrong_way && line.chars().any(is_rtl_letter) {
                    out.push(
                        Diagnostic::warning(
                            "W0026",
                            &file,
                            at,
                            format!(
                                "`{id}` ({lang}) starts with a Latin name, a number or a variable, or has an @handle or #tag with no mark before it: the line, or the handle, would run the wrong way"
                            ),
                        )
                        .with_hint("start the line with a right-to-left mark (U+200F), and put a left-to-right mark (U+200E) just before each @handle or #tag"),
                    );
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_starting_with_a_latin_name_or_a_variable_needs_the_mark() {
        assert!(needs_rtl_mark("@Kestrel_7 يقول مرحبا"));
        assert!(needs_rtl_mark("  2 نجوم"));
        assert!(!needs_rtl_mark("\u{200F}@Kestrel_7 يقول مرحبا"));
        assert!(!needs_rtl_mark("« مرحبا @Kestrel_7"));
        assert!(!needs_rtl_mark("\u{2067}Kestrel\u{2069} يقول"));
        assert!(!needs_rtl_mark("..."));
    }

    #[test]
    fn a_glossary_finds_an_avoided_word_whatever_its_case() {
        let glossary: Glossary = crate::content::load::parse(
            Path::new("glossary.ron"),
            r#"Glossary(terms: [Term(idea: "phishing", use: "hameçonnage", avoid: ["phishing"])])"#,
        )
        .expect("parses");
        let found = glossary.drift("Un mail de Phishing !");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.idea, "phishing");
        assert!(glossary.drift("Un hameçonnage !").is_empty());
    }

    #[test]
    fn the_lint_names_the_file_and_line_of_a_drifting_or_left_to_right_message() {
        let dir = std::env::temp_dir().join(format!("sango-wording-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("zh")).unwrap();
        std::fs::create_dir_all(dir.join("ar")).unwrap();
        std::fs::write(
            dir.join("zh").join(GLOSSARY_FILE),
            r#"Glossary(terms: [Term(idea: "block", use: "拉黑", avoid: ["屏蔽"])])"#,
        )
        .unwrap();
        std::fs::write(
            dir.join("zh").join("a.ftl"),
            "a-one = 拉黑他\na-two = 屏蔽他\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("ar").join("a.ftl"),
            "a-one = مرحبا { $name }\na-two = { $name } يقول مرحبا\na-three = \u{200F}{ $name } يقول\na-name = Mech League\na-handle = نشره @Kestrel\na-marked = نشره \u{200E}@Kestrel\n",
        )
        .unwrap();
        let found = lint(&dir);
        let codes: Vec<(&str, String, usize)> = found
            .iter()
            .map(|d| {
                (
                    d.code,
                    d.path.file_name().unwrap().to_string_lossy().into_owned(),
                    d.at.line,
                )
            })
            .collect();
        assert_eq!(
            codes,
            [
                ("W0026", "a.ftl".to_string(), 2),
                ("W0026", "a.ftl".to_string(), 5),
                ("W0025", "a.ftl".to_string(), 2)
            ]
        );
        std::fs::write(dir.join("zh").join(GLOSSARY_FILE), "Glossary(terms: [").unwrap();
        assert!(lint(&dir).iter().any(|d| d.code == "E0001" && d.is_error()));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
