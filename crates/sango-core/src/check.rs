//! Loading scenarios and locales together, and everything the linter finds in them.
//! Used by `sango validate`, by the game at start, and by the tests.

use std::path::{Path, PathBuf};

use crate::content::{
    Diagnostic, Library, MessageIndex, Node, OBJECTIVES_FILE, lint, load_dir, load_pack,
};
use crate::l10n::Localizer;

/// Where the game's content lives: `scenarios/` and `locales/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentRoot {
    pub scenarios: PathBuf,
    pub locales: PathBuf,
    /// Teachers' scenario packs, each a folder with `scenarios/` and `locales/`.
    pub packs: Vec<PathBuf>,
}

impl ContentRoot {
    /// The folder holding `scenarios/`: the game's own folder in a package.
    pub fn home(&self) -> PathBuf {
        self.scenarios
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// Portable mode, for a class's USB stick: a file named `portable` (or
    /// `portable.txt`) in the game's folder keeps progress in `data/` beside it.
    pub fn portable_data(&self) -> Option<PathBuf> {
        let home = self.home();
        ["portable", "portable.txt"]
            .iter()
            .any(|marker| home.join(marker).is_file())
            .then(|| home.join("data"))
    }

    /// The game's `assets/` folder, beside `scenarios/` (fonts, sounds, voices).
    pub fn assets(&self) -> PathBuf {
        self.scenarios
            .parent()
            .map(|p| p.join("assets"))
            .unwrap_or_else(|| PathBuf::from("assets"))
    }

    /// From a folder holding `scenarios/` and `locales/`, or from the scenarios
    /// folder itself (then `locales/` is its sibling).
    pub fn from_dir(dir: &Path) -> Self {
        // A scenarios folder has objectives.ron; a content folder has scenarios/.
        // One with neither is taken as a scenarios folder missing its objectives,
        // which the loader then reports as such.
        if dir.join(OBJECTIVES_FILE).is_file() || !dir.join("scenarios").is_dir() {
            let parent = dir.parent().unwrap_or(Path::new("."));
            Self {
                scenarios: dir.to_path_buf(),
                locales: parent.join("locales"),
                packs: Vec::new(),
            }
        } else {
            Self {
                scenarios: dir.join("scenarios"),
                locales: dir.join("locales"),
                packs: Vec::new(),
            }
        }
    }

    /// Finds the content: `SANGO_CONTENT_DIR`, then beside the executable (or up to
    /// three folders above it: a package's `bin/`); a debug build (a developer's
    /// `cargo run`) last looks in the source tree it was built from. Never the
    /// working folder: a game started from anywhere finds its own files, not
    /// whatever lies where it was started.
    pub fn discover() -> Option<Self> {
        // The web build carries its content inside (see `content::files`).
        #[cfg(target_arch = "wasm32")]
        return Some(Self {
            scenarios: PathBuf::from("scenarios"),
            locales: PathBuf::from("locales"),
            packs: Vec::new(),
        });
        #[cfg(not(target_arch = "wasm32"))]
        Self::discover_on_disk()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn discover_on_disk() -> Option<Self> {
        let mut candidates = Vec::new();
        if let Some(dir) = std::env::var_os("SANGO_CONTENT_DIR") {
            candidates.push(PathBuf::from(dir));
        }
        if let Ok(exe) = std::env::current_exe() {
            candidates.extend(exe.ancestors().skip(1).take(4).map(Path::to_path_buf));
        }
        if cfg!(debug_assertions) {
            candidates.push(PathBuf::from(crate::SOURCE_ROOT));
        }
        candidates
            .iter()
            .map(|d| Self::from_dir(d))
            .find(|root| root.scenarios.join(OBJECTIVES_FILE).is_file())
    }
}

/// Scenarios and words, loaded, with every problem found.
pub struct Checked {
    /// Shared: the game plays it while a thread checks it.
    pub library: std::sync::Arc<Library>,
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
    let (mut checked, index) = load_for_lint(root);
    let found = lint(&checked.library, &index);
    add_problems(&mut checked.diagnostics, found);
    checked
}

/// [`load_and_lint`]'s first half: the content loaded, its words' reference cycles
/// found, and what the linter's rules ([`lint`]) need to check the rest later (the game plays
/// the title while its levels are checked).
pub fn load_for_lint(root: &ContentRoot) -> (Checked, MessageIndex) {
    let mut checked = load(root);
    let cycles = checked.localizer.reference_cycles();
    add_problems(&mut checked.diagnostics, cycles);
    let index = checked.localizer.message_index();
    (checked, index)
}

/// The desktop game's start: the scenarios and their problems, with English's
/// words read and every other language's put away until chosen
/// ([`Localizer::load_shelved`]). The words' problems come later, from
/// [`check_for_play`], so the first frame waits for one language, not six.
pub fn load_for_play(root: &ContentRoot) -> Checked {
    let (mut library, mut diagnostics) = load_dir(&root.scenarios);
    for pack in &root.packs {
        diagnostics.extend(load_pack(&pack.join("scenarios"), &mut library));
    }
    let dirs: Vec<_> = std::iter::once(root.locales.clone())
        .chain(root.packs.iter().map(|p| p.join("locales")))
        .collect();
    // English's problems are found again with every language's by the check.
    let (localizer, _) = Localizer::load_shelved(&dirs);
    diagnostics.sort_by(|a, b| (&a.path, a.at).cmp(&(&b.path, b.at)));
    Checked {
        library: std::sync::Arc::new(library),
        localizer,
        diagnostics,
    }
}

/// What [`load_for_play`] left for later, for the scenarios it loaded: every
/// language's words read, with their problems and reference cycles, then the
/// lint rules. The same problems as [`load_and_lint`]'s, less the scenarios'.
pub fn check_for_play(root: &ContentRoot, library: &Library) -> Vec<Diagnostic> {
    let (mut localizer, mut problems) = Localizer::load_dir(&root.locales);
    for pack in &root.packs {
        problems.extend(localizer.add_dir(&pack.join("locales")));
    }
    problems.extend(localizer.reference_cycles());
    let index = localizer.message_index();
    drop(localizer);
    problems.extend(lint(library, &index));
    problems
}

/// Adds problems to a list, kept in order of file and place.
pub fn add_problems(diagnostics: &mut Vec<Diagnostic>, found: Vec<Diagnostic>) {
    diagnostics.extend(found);
    diagnostics.sort_by(|a, b| (&a.path, a.at).cmp(&(&b.path, b.at)));
}

/// Scenarios and words loaded, with only the problems met in reading them (a
/// file that does not parse, a message defined twice): for content checked
/// already, as the web build's is when it is built (`sango validate`), so the
/// browser carries no linter.
pub fn load(root: &ContentRoot) -> Checked {
    // The scenarios are read on a thread of their own while the words are (each
    // language on its own thread too).
    let ((mut library, mut diagnostics), (mut localizer, l10n_problems)) = crate::parallel::join(
        || load_dir(&root.scenarios),
        || Localizer::load_dir(&root.locales),
    );
    diagnostics.extend(l10n_problems);
    for pack in &root.packs {
        diagnostics.extend(load_pack(&pack.join("scenarios"), &mut library));
        diagnostics.extend(localizer.add_dir(&pack.join("locales")));
    }
    diagnostics.sort_by(|a, b| (&a.path, a.at).cmp(&(&b.path, b.at)));
    Checked {
        library: std::sync::Arc::new(library),
        localizer,
        diagnostics,
    }
}

/// How many characters each kind of text may have at the default text size: what
/// fits its box at 1280 by 720 (a title on a map button, a choice on one line of a
/// button, a line of the story in its panel).
pub fn max_chars(kind: TextKind) -> usize {
    match kind {
        TextKind::Title => 28,
        TextKind::Name => 32,
        TextKind::Choice => 70,
        TextKind::Part => 80,
        TextKind::Line => 220,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    Title,
    Name,
    Choice,
    Part,
    Line,
}

/// Texts too long for their box, in every language, with every `vary` detail
/// filled in by its longest option.
pub fn text_fits(library: &Library, words: &Localizer, index: &MessageIndex) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // The pseudo-locale is long on purpose; it tests the screens, not the texts.
    let languages: Vec<String> = words
        .languages()
        .filter(|l| *l != crate::l10n::PSEUDO_LOCALE)
        .map(str::to_owned)
        .collect();
    let too_long =
        |id: &str, lang: &str, length: usize, kind: TextKind, out: &mut Vec<Diagnostic>| {
            let limit = max_chars(kind);
            if length > limit {
                let (path, at) = index.origin_in(lang, id);
                out.push(
                    Diagnostic::warning(
                        "W0012",
                        &path,
                        at,
                        format!("`{id}` ({lang}) has {length} characters; its box holds {limit}"),
                    )
                    .with_hint(
                        "shorten it, so it is not cut off or squeezed at the default text size",
                    ),
                );
            }
        };
    // The check's situations and Sango's feedback on them.
    for item in &library.checks {
        for lang in &languages {
            for id in &item.message_ids() {
                if words.has_in(lang, id) {
                    let kind = TextKind::Line;
                    too_long(
                        id,
                        lang,
                        words.text_in(lang, id, &[]).chars().count(),
                        kind,
                        &mut out,
                    );
                }
            }
        }
    }
    for file in &library.scenarios {
        let s = &file.scenario;
        let mut texts: Vec<(&str, TextKind)> = vec![
            ("title", TextKind::Title),
            ("summary", TextKind::Line),
            ("remember", TextKind::Line),
        ];
        for (_, node) in s.beats.iter() {
            match node {
                Node::Beat(b) => {
                    if let crate::content::Speaker::Npc(name) = &b.speaker {
                        texts.push((name, TextKind::Name));
                    }
                    texts.push((&b.text, TextKind::Line));
                    for c in &b.choices {
                        texts.push((&c.text, TextKind::Choice));
                        texts.push((&c.feedback, TextKind::Line));
                    }
                }
                Node::Spot(spot) => {
                    texts.push((&spot.text, TextKind::Line));
                    texts.push((&spot.card.body, TextKind::Line));
                    for p in &spot.parts {
                        texts.push((&p.text, TextKind::Part));
                        texts.push((&p.feedback, TextKind::Line));
                    }
                }
                Node::Sort(sort) => {
                    texts.push((&sort.text, TextKind::Line));
                    for p in &sort.posts {
                        texts.push((&p.from, TextKind::Name));
                        texts.push((&p.text, TextKind::Line));
                        texts.push((&p.feedback, TextKind::Line));
                    }
                }
                Node::Setup(setup) => {
                    texts.push((&setup.text, TextKind::Line));
                    for setting in &setup.settings {
                        texts.push((&setting.text, TextKind::Part));
                        for v in &setting.values {
                            texts.push((&v.text, TextKind::Name));
                            texts.push((&v.feedback, TextKind::Line));
                        }
                    }
                }
                Node::Compose(compose) => {
                    texts.push((&compose.text, TextKind::Line));
                    texts.push((&compose.to, TextKind::Name));
                    for p in &compose.phrases {
                        texts.push((&p.text, TextKind::Choice));
                        texts.push((&p.feedback, TextKind::Line));
                    }
                }
                Node::Lock(lock) => {
                    texts.push((&lock.text, TextKind::Line));
                    for p in &lock.pieces {
                        texts.push((&p.text, TextKind::Name));
                        texts.push((&p.feedback, TextKind::Line));
                    }
                    for setting in &lock.settings {
                        texts.push((&setting.text, TextKind::Part));
                        for v in &setting.values {
                            texts.push((&v.text, TextKind::Name));
                            texts.push((&v.feedback, TextKind::Line));
                        }
                    }
                    texts.push((&lock.sign_in, TextKind::Line));
                    for page in &lock.pages {
                        texts.push((&page.address, TextKind::Part));
                        texts.push((&page.feedback, TextKind::Line));
                    }
                }
                Node::Craft(craft) => {
                    texts.push((&craft.text, TextKind::Line));
                    texts.push((&craft.what, TextKind::Part));
                    for t in &craft.techniques {
                        texts.push((&t.text, TextKind::Choice));
                        texts.push((&t.feedback, TextKind::Line));
                    }
                    for person in &craft.people {
                        texts.push((&person.name, TextKind::Name));
                        texts.push((&person.about, TextKind::Part));
                        texts.push((&person.why, TextKind::Line));
                    }
                    texts.push((&craft.turn, TextKind::Line));
                }
                Node::Ending(e) => texts.push((&e.text, TextKind::Line)),
            }
        }
        for lang in &languages {
            // The longest option of each variable, in this language.
            let args: Vec<(String, String)> = s
                .vary
                .iter()
                .filter_map(|(name, options)| {
                    options
                        .iter()
                        .map(|o| words.text_in(lang, &s.message_id(o), &[]))
                        .max_by_key(|t| t.chars().count())
                        .map(|t| (name.clone(), t))
                })
                .collect();
            let args: Vec<(&str, fluent::FluentValue)> = args
                .iter()
                .map(|(n, t)| (n.as_str(), fluent::FluentValue::from(t.as_str())))
                .collect();
            let mut seen = std::collections::BTreeSet::new();
            for (key, kind) in &texts {
                let id = s.message_id(key);
                if !seen.insert(id.clone()) || !words.has_in(lang, &id) {
                    continue;
                }
                let length = words.text_in(lang, &id, &args).chars().count();
                too_long(&id, lang, length, *kind, &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_portable_marker_keeps_progress_beside_the_game() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("scenarios")).unwrap();
        let root = ContentRoot::from_dir(dir.path());
        assert_eq!(root.home(), dir.path());
        assert_eq!(root.portable_data(), None);
        // As a teacher would: the shipped note renamed (Windows adds .txt).
        std::fs::write(dir.path().join("portable.txt"), "").unwrap();
        assert_eq!(root.portable_data(), Some(dir.path().join("data")));
        std::fs::remove_file(dir.path().join("portable.txt")).unwrap();
        std::fs::write(dir.path().join("portable"), "").unwrap();
        assert_eq!(root.portable_data(), Some(dir.path().join("data")));
    }

    /// A content folder with these locale folders and one scenario that loads
    /// fine but whose title has no words (a linter's error only).
    fn untitled_content(locales: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("scenarios")).unwrap();
        for lang in locales {
            std::fs::create_dir_all(dir.path().join("locales").join(lang)).unwrap();
        }
        std::fs::write(
            dir.path().join("scenarios/untitled.ron"),
            r#"Scenario(id: "untitled", risk: Contact, ages: [Ages9To12], objectives: [],
                start: "a", beats: {"a": Ending(outcome: Safe, text: "end")})"#,
        )
        .unwrap();
        dir
    }

    #[test]
    fn loading_alone_reads_the_same_content_without_linting_it() {
        let dir = untitled_content(&["en"]);
        let root = ContentRoot::from_dir(dir.path());
        let (loaded, linted) = (load(&root), load_and_lint(&root));
        assert_eq!(loaded.library.scenarios.len(), 1);
        let scenario = |c: &Checked| c.library.scenarios[0].scenario.clone();
        assert_eq!(scenario(&loaded), scenario(&linted));
        // What reading found (no objectives file here) is said by both; only the
        // linter finds the words missing.
        let codes = |c: &Checked| -> Vec<&str> { c.diagnostics.iter().map(|d| d.code).collect() };
        assert_eq!(codes(&loaded), ["E0012"]);
        assert!(codes(&linted).len() > 1, "{:?}", codes(&linted));
        assert!(codes(&linted).contains(&"E0012"));
    }

    #[test]
    fn the_games_start_reads_english_alone_and_the_check_finds_the_same_problems() {
        let dir = untitled_content(&["en", "fr"]);
        std::fs::write(dir.path().join("locales/en/ui.ftl"), "hello = Hello\n").unwrap();
        // French has a broken line and a cycle: only the later check reads it.
        std::fs::write(
            dir.path().join("locales/fr/ui.ftl"),
            "hello = Bonjour\nloop = { loop }\nbroken = {\n",
        )
        .unwrap();
        let root = ContentRoot::from_dir(dir.path());
        let mut start = load_for_play(&root);
        assert!(start.localizer.is_shelved("fr"));
        assert!(!start.localizer.is_shelved("en"));
        assert_eq!(start.localizer.text("hello"), "Hello");
        let languages: Vec<_> = start.localizer.languages().collect();
        assert_eq!(languages, ["en", "en-XA", "fr"]);
        // Chosen later, French is read from its files.
        assert!(!start.localizer.unshelve("fr").is_empty());
        assert!(start.localizer.set_language("fr"));
        assert_eq!(start.localizer.text("hello"), "Bonjour");

        let later = check_for_play(&root, &start.library);
        add_problems(&mut start.diagnostics, later);
        let all = load_and_lint(&root);
        let said =
            |d: &[Diagnostic]| -> Vec<String> { d.iter().map(ToString::to_string).collect() };
        assert_eq!(said(&start.diagnostics), said(&all.diagnostics));
        let codes: Vec<_> = all.diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.contains(&"E0013"), "{codes:?}");
    }
}
