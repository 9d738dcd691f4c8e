//! Problems found in content, reported the way a compiler reports them:
//! `path:line:col: error[CODE]: message`, then a hint.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A line and column, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
pub struct Location {
    pub line: usize,
    pub col: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable code, documented in docs/LINT.md.
    pub code: &'static str,
    pub path: PathBuf,
    pub at: Location,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(
        code: &'static str,
        path: &Path,
        at: Location,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Error,
            code,
            path: path.to_path_buf(),
            at,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(
        code: &'static str,
        path: &Path,
        at: Location,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, path, at, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The diagnostic as a compiler prints it: the message, the source line it
    /// points at with a caret under the spot, and the hint.
    ///
    /// ```text
    /// scenarios/x.ron:12:30: error[E0004]: `next` names `bda`, which is not a beat
    ///    |
    /// 12 |                    feedback: "why-pay", next: "bda"),
    ///    |                                               ^
    ///    = help: did you mean `bad`?
    /// ```
    pub fn render(&self, source: Option<&str>) -> String {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = format!(
            "{}:{}:{}: {level}[{}]: {}",
            self.path.display(),
            self.at.line,
            self.at.col,
            self.code,
            self.message
        );
        let line = source.and_then(|s| s.lines().nth(self.at.line.saturating_sub(1)));
        let number = self.at.line.to_string();
        let gutter = " ".repeat(number.len());
        if let Some(line) = line {
            let line = line.replace('\t', " ");
            // The caret sits under the column as a terminal shows it: Cyrillic and
            // Arabic letters take one cell, Chinese characters two.
            let before: String = line.chars().take(self.at.col.saturating_sub(1)).collect();
            let caret_at = unicode_width::UnicodeWidthStr::width(before.as_str());
            out.push_str(&format!(
                "\n{gutter} |\n{number} | {line}\n{gutter} | {}^",
                " ".repeat(caret_at)
            ));
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!("\n{gutter} = help: {hint}"));
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {level}[{}]: {}",
            self.path.display(),
            self.at.line,
            self.at.col,
            self.code,
            self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  = help: {hint}")?;
        }
        Ok(())
    }
}

/// Reads a content file, or says why not as an E0011 diagnostic.
pub fn read_source(path: &Path) -> Result<String, Diagnostic> {
    super::files::read_to_string(path).map_err(|e| {
        Diagnostic::error(
            "E0011",
            path,
            Location { line: 1, col: 1 },
            format!("cannot read: {e}"),
        )
    })
}

/// Finds where things are in a source text, so the linter can point at them after
/// parsing (the parser keeps no spans for valid input).
pub struct SourceMap<'a> {
    text: &'a str,
}

impl<'a> SourceMap<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text }
    }

    /// The location of a byte offset.
    pub fn location(&self, offset: usize) -> Location {
        // Offsets come from other parsers: never trust them to fall on a character.
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Location { line, col }
    }

    /// Every offset where `needle` occurs.
    pub fn find_all(&self, needle: &str) -> Vec<usize> {
        self.text.match_indices(needle).map(|(i, _)| i).collect()
    }

    /// Where a beat is defined: its quoted id followed by a colon.
    pub fn beat_definitions(&self, id: &str) -> Vec<Location> {
        let quoted = format!("\"{id}\"");
        self.find_all(&quoted)
            .into_iter()
            .filter(|&i| self.text[i + quoted.len()..].trim_start().starts_with(':'))
            .map(|i| self.location(i))
            .collect()
    }

    /// Where `field: "value"` is written (any spacing around the colon).
    pub fn field_values(&self, field: &str, value: &str) -> Vec<Location> {
        let quoted = format!("\"{value}\"");
        self.find_all(&quoted)
            .into_iter()
            .filter(|&i| {
                let before = self.text[..i].trim_end();
                before
                    .strip_suffix(':')
                    .is_some_and(|b| b.trim_end().ends_with(field))
            })
            .map(|i| self.location(i))
            .collect()
    }

    /// The first place a quoted string occurs, or the file start.
    pub fn first_quoted(&self, value: &str) -> Location {
        self.text
            .find(&format!("\"{value}\""))
            .map_or(Location { line: 1, col: 1 }, |i| self.location(i))
    }
}

/// The closest candidate to `word`, for "did you mean" hints.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_count_lines_and_columns_from_one() {
        let map = SourceMap::new("ab\ncd\n  \"x\": 1");
        assert_eq!(map.location(0), Location { line: 1, col: 1 });
        assert_eq!(map.location(4), Location { line: 2, col: 2 });
        assert_eq!(
            map.beat_definitions("x"),
            vec![Location { line: 3, col: 3 }]
        );
    }

    #[test]
    fn field_values_match_only_that_field() {
        let map = SourceMap::new("text: \"a\", next: \"a\",\n next:\"a\"");
        assert_eq!(
            map.field_values("next", "a"),
            vec![Location { line: 1, col: 18 }, Location { line: 2, col: 7 }]
        );
    }

    #[test]
    fn a_close_misspelling_gets_a_suggestion() {
        assert_eq!(closest("intor", ["intro", "ending"]), Some("intro"));
        assert_eq!(closest("zzzzzz", ["intro", "ending"]), None);
    }

    #[test]
    fn a_diagnostic_quotes_its_line_with_a_caret() {
        let d = Diagnostic::error(
            "E0004",
            Path::new("a.ron"),
            Location { line: 2, col: 7 },
            "bad",
        )
        .with_hint("fix it");
        let shown = d.render(Some("first\nnext: \"x\"\n"));
        assert_eq!(
            shown,
            "a.ron:2:7: error[E0004]: bad\n  |\n2 | next: \"x\"\n  |       ^\n  = help: fix it"
        );
    }

    #[test]
    fn the_caret_sits_under_the_column_in_any_script() {
        let d = Diagnostic::error(
            "E0004",
            Path::new("a.ron"),
            Location { line: 1, col: 11 },
            "bad",
        );
        // Cyrillic letters take one cell, Chinese characters two.
        let shown = d.render(Some("\"привет\": \"x\""));
        let caret = shown.lines().last().unwrap();
        assert_eq!(caret.find('^'), Some("  | ".len() + 10), "{shown}");
        let shown = d.render(Some("\"你好\": x, \"y\""));
        let caret = shown.lines().last().unwrap();
        assert_eq!(caret.find('^'), Some("  | ".len() + 12), "{shown}");
    }

    #[test]
    fn a_diagnostic_prints_like_a_compiler() {
        let d = Diagnostic::error(
            "E0001",
            Path::new("a.ron"),
            Location { line: 3, col: 7 },
            "bad",
        )
        .with_hint("fix it");
        assert_eq!(
            d.to_string(),
            "a.ron:3:7: error[E0001]: bad\n  = help: fix it"
        );
    }
}
