//! No panic on bad input: the loader, the linter and the story runner fed arbitrary
//! bytes, mutations of the real scenario and `.ftl` files, and a corpus of tricky
//! inputs (`tests/corpus`); the real files are the repository's `scenarios/` and
//! `locales/`. The inputs are proptest strategies, so a failure is shrunk to a
//! small input and saved in `robust.proptest-regressions` beside this file, to be
//! tried first on every later run (commit it with the fix).
//!
//! Bounded so it takes seconds: 150 mutated scenarios, 600 runs of random bytes,
//! 50 mutated translations. Longer runs:
//!
//!     SANGO_FUZZ_ITERATIONS=5000 cargo test -p sango-core --test robust  # the same shares
//!     PROPTEST_CASES=5000 cargo test -p sango-core --test robust         # that many each
//!
//! `PROPTEST_RNG_SEED=<n>` repeats a run.

use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::FileFailurePersistence;
use sango_core::check::{ContentRoot, load_and_lint};
use sango_core::content::files::walk;
use sango_core::content::load::{ScenarioFile, parse};
use sango_core::content::{Library, MessageIndex, Scenario, lint};
use sango_core::l10n::Localizer;
use sango_core::play::{Run, Step};

/// The repository's root: `scenarios/`, `locales/` and `tests/corpus/`.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Cases for a test that ran `share` times the old iteration count (150).
fn config(share: f64) -> ProptestConfig {
    // proptest reads PROPTEST_CASES itself.
    let mut config = ProptestConfig::with_failure_persistence(FileFailurePersistence::WithSource(
        "proptest-regressions",
    ));
    if std::env::var_os("PROPTEST_CASES").is_none() {
        let iterations: f64 = std::env::var("SANGO_FUZZ_ITERATIONS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(150.0);
        config.cases = ((iterations * share) as u32).max(1);
    }
    config
}

/// The real content's message ids, for the linter.
static MESSAGES: LazyLock<MessageIndex> = LazyLock::new(|| {
    load_and_lint(&ContentRoot::from_dir(&root()))
        .localizer
        .message_index()
});

/// The files under a folder of the repository with one of the extensions (any
/// if none), each with its text (lossy: some corpus files are not UTF-8).
fn sources(folder: &str, extensions: &[&str]) -> Vec<(PathBuf, String)> {
    walk(&root().join(folder))
        .unwrap()
        .into_iter()
        .filter(|p| {
            extensions.is_empty()
                || p.extension()
                    .is_some_and(|e| extensions.iter().any(|x| e == *x))
        })
        .map(|p| {
            let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
            (p, text)
        })
        .collect()
}

static SCENARIOS: LazyLock<Vec<(PathBuf, String)>> = LazyLock::new(|| {
    let mut files = sources("scenarios", &["ron"]);
    files.extend(sources("tests/corpus", &["ron"]));
    files
});

/// English's files (its `help-words.txt` too) and the corpus's `.ftl` files.
static TRANSLATIONS: LazyLock<Vec<(PathBuf, String)>> = LazyLock::new(|| {
    let mut files = sources("locales/en", &[]);
    files.extend(sources("tests/corpus", &["ftl"]));
    files
});

/// One change of the kind an editor slip or a broken download makes, at a place
/// that scales to the text's length.
#[derive(Debug, Clone)]
enum Edit {
    Truncate(Index),
    Delete(Index, usize),
    Insert(Index, Vec<u8>),
    Punctuation(Index, u8),
    Duplicate(Index, usize),
    FlipBit(Index, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<Index>().prop_map(Edit::Truncate),
        (any::<Index>(), 1..40usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<Index>(), vec(any::<u8>(), 1..8)).prop_map(|(at, junk)| Edit::Insert(at, junk)),
        (any::<Index>(), select(b"{}()[]\":,-$*\n ".to_vec()))
            .prop_map(|(at, c)| Edit::Punctuation(at, c)),
        (any::<Index>(), 1..200usize).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        (any::<Index>(), 0..8u8).prop_map(|(at, bit)| Edit::FlipBit(at, bit)),
    ]
}

/// One to three edits.
fn edits() -> impl Strategy<Value = Vec<Edit>> {
    vec(edit(), 1..4)
}

fn mutate(text: &str, edits: &[Edit]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for edit in edits {
        let len = bytes.len();
        if len == 0 {
            break;
        }
        match edit {
            Edit::Truncate(at) => bytes.truncate(at.index(len)),
            Edit::Delete(at, n) => {
                let at = at.index(len);
                bytes.drain(at..(at + n).min(len));
            }
            Edit::Insert(at, junk) => {
                let at = at.index(len);
                bytes.splice(at..at, junk.iter().copied());
            }
            Edit::Punctuation(at, c) => bytes.insert(at.index(len), *c),
            Edit::Duplicate(at, n) => {
                let at = at.index(len);
                let copy = bytes[at..(at + n).min(len)].to_vec();
                bytes.splice(at..at, copy);
            }
            Edit::FlipBit(at, bit) => bytes[at.index(len)] ^= 1 << bit,
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Loads, lints and plays whatever parses: none of it may panic.
fn exercise_scenario(path: &Path, source: &str, messages: &MessageIndex) {
    let Ok(scenario) = parse::<Scenario>(path, source) else {
        return;
    };
    let library = Library {
        scenarios: vec![ScenarioFile {
            path: path.to_path_buf(),
            source: source.to_string(),
            scenario: scenario.clone(),
        }],
        ..Default::default()
    };
    let problems = lint(&library, messages);
    for d in &problems {
        let _ = d.render(Some(source));
    }
    let _ = sango_core::content::graph::dot(&scenario);
    let _ = sango_core::content::graph::mermaid(&scenario);
    // Even a scenario with errors must not crash the runner: it says no instead.
    let Ok(mut run) = Run::start(Arc::new(scenario), 7) else {
        return;
    };
    for step in 0..200 {
        let done = match run.step() {
            Step::Line { .. } => run.advance().is_err(),
            Step::Decision { choices, .. } => {
                let n = choices.len();
                run.choose(step % n.max(1)).is_err()
            }
            Step::Spot { parts, .. } => {
                if !parts.is_empty() {
                    let _ = run.tap(step % parts.len());
                }
                run.finish_spot().is_err()
            }
            Step::Sort { posts, .. } => {
                let piles = sango_core::content::Pile::ALL;
                for i in 0..posts.len() {
                    let _ = run.place(i, piles[(step + i) % piles.len()]);
                }
                run.finish_sort().is_err()
            }
            Step::Setup { settings, .. } => {
                let n = settings.len();
                for i in 0..n + 1 {
                    let _ = run.set(i, (step + i) % 4);
                }
                run.finish_setup().is_err()
            }
            Step::Compose { phrases, .. } => {
                for i in 0..=phrases.len() {
                    if (step + i) % 2 == 0 {
                        let _ = run.add(i);
                    }
                }
                run.finish_compose().is_err()
            }
            Step::Lock { lock, .. } => {
                let (pieces, settings, pages) =
                    (lock.pieces.len(), lock.settings.len(), lock.pages.len());
                for i in 0..=pieces {
                    if (step + i) % 2 == 0 {
                        let _ = run.add(i);
                    }
                }
                for i in 0..=settings {
                    let _ = run.set(i, (step + i) % 4);
                }
                let _ = run.sign_in(0);
                let _ = run.lock_in();
                run.sign_in(step % (pages + 1)).is_err()
            }
            Step::Craft { craft, .. } => {
                for i in 0..=craft.techniques.len() {
                    if (step + i) % 2 == 0 {
                        let _ = run.add(i);
                    }
                }
                run.finish_craft().is_err()
            }
            Step::Ending { .. } => {
                let _ = run.result();
                true
            }
        };
        if done {
            break;
        }
    }
}

#[test]
fn the_real_scenarios_and_the_corpus_never_panic_the_loader_linter_or_runner() {
    assert!(SCENARIOS.len() > 10, "found the scenarios and the corpus");
    for (path, source) in SCENARIOS.iter() {
        exercise_scenario(path, source, &MESSAGES);
    }
}

proptest! {
    #![proptest_config(config(1.0))]
    #[test]
    fn mutated_scenarios_never_panic_the_loader_linter_or_runner(
        file in 0..SCENARIOS.len(),
        edits in edits(),
    ) {
        let (path, source) = &SCENARIOS[file];
        exercise_scenario(path, &mutate(source, &edits), &MESSAGES);
    }
}

proptest! {
    #![proptest_config(config(4.0))]
    #[test]
    fn arbitrary_bytes_never_panic_the_loader(bytes in vec(any::<u8>(), 0..300)) {
        exercise_scenario(
            Path::new("noise.ron"),
            &String::from_utf8_lossy(&bytes),
            &MessageIndex::default(),
        );
    }
}

proptest! {
    #![proptest_config(config(1.0 / 3.0))]
    #[test]
    fn mutated_translations_never_panic_and_report_file_and_line(
        file in 0..TRANSLATIONS.len(),
        edits in edits(),
    ) {
        let text = mutate(&TRANSLATIONS[file].1, &edits);
        let dir = tempfile::tempdir().unwrap();
        let en = dir.path().join("en");
        std::fs::create_dir(&en).unwrap();
        std::fs::write(en.join("x.ftl"), &text).unwrap();
        let (words, problems) = Localizer::load_dir(dir.path());
        for d in &problems {
            prop_assert!(d.path.ends_with("x.ftl") || d.path.ends_with("en"), "{}", d);
            prop_assert!(d.at.line >= 1);
            let _ = d.render(Some(&text));
        }
        let index = words.message_index();
        for id in index.locales.get("en").into_iter().flat_map(|ids| ids.iter()) {
            let _ = words.text(id);
        }
    }
}
