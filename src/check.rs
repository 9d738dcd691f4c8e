//! Loading scenarios and locales together, and everything the linter finds in them.
//! Used by `sango validate`, by the game at start, and by the tests.

use std::path::{Path, PathBuf};

use crate::content::{Diagnostic, Library, OBJECTIVES_FILE, lint, load_dir};
use crate::l10n::Localizer;

/// Where the game's content lives: `scenarios/` and `locales/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentRoot {
    pub scenarios: PathBuf,
    pub locales: PathBuf,
}

impl ContentRoot {
    /// From a folder holding `scenarios/` and `locales/`, or from the scenarios
    /// folder itself (then `locales/` is its sibling).
    pub fn from_dir(dir: &Path) -> Self {
        if dir.join(OBJECTIVES_FILE).is_file() {
            let parent = dir.parent().unwrap_or(Path::new("."));
            Self {
                scenarios: dir.to_path_buf(),
                locales: parent.join("locales"),
            }
        } else {
            Self {
                scenarios: dir.join("scenarios"),
                locales: dir.join("locales"),
            }
        }
    }

    /// Finds the content: `SANGO_CONTENT_DIR`, then beside the executable (and up to
    /// three folders above it, which covers `target/debug`), then the working folder,
    /// then the source tree this binary was built from.
    pub fn discover() -> Option<Self> {
        let mut candidates = Vec::new();
        if let Some(dir) = std::env::var_os("SANGO_CONTENT_DIR") {
            candidates.push(PathBuf::from(dir));
        }
        if let Ok(exe) = std::env::current_exe() {
            candidates.extend(exe.ancestors().skip(1).take(4).map(Path::to_path_buf));
        }
        if let Ok(cwd) = std::env::current_dir() {
            candidates.push(cwd);
        }
        candidates.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
        candidates
            .iter()
            .map(|d| Self::from_dir(d))
            .find(|root| root.scenarios.join(OBJECTIVES_FILE).is_file())
    }
}

/// Scenarios and words, loaded, with every problem found.
pub struct Checked {
    pub library: Library,
    pub localizer: Localizer,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

pub fn load_and_lint(root: &ContentRoot) -> Checked {
    let (library, mut diagnostics) = load_dir(&root.scenarios);
    let (localizer, l10n_problems) = Localizer::load_dir(&root.locales);
    diagnostics.extend(l10n_problems);
    diagnostics.extend(lint(&library, &localizer.message_index()));
    diagnostics.sort_by(|a, b| (&a.path, a.at).cmp(&(&b.path, b.at)));
    Checked {
        library,
        localizer,
        diagnostics,
    }
}
