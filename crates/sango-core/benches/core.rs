//! Core benchmarks, no Bevy: loading and linting the scenarios, the explorer over
//! every path, Fluent lookups, scoring, and a generated corpus (100 and 1,000
//! scenarios × 6 languages) showing how the cost grows with content.
//!
//!     cargo bench -p sango-core --bench core             # scripts/bench runs this
//!     cargo bench -p sango-core --bench core -- fluent   # only what matches
//!     cargo test -p sango-core --bench core              # each case once, unoptimised (a minute)
//!
//! Divan prints the fastest, slowest, median and mean of each case (and lines or
//! paths a second where it counts them). The small cases are sampled for up to a
//! second each, the generated corpus five times. After a full `cargo bench` run,
//! the budget is checked: 1,000 scenarios loaded and linted within a second, else
//! the exit code is 1.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use divan::Bencher;
use divan::counter::ItemsCount;
use sango_core::check::{Checked, ContentRoot, load_and_lint};
use sango_core::content::{MessageIndex, Scenario};
use sango_core::l10n::Localizer;
use sango_core::play::{Run, every_path};

fn main() {
    divan::main();
    budget();
}

/// The repository's root, with the real `scenarios/` and `locales/`.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The game's content, loaded and linted once.
struct Real {
    root: ContentRoot,
    checked: Checked,
    index: MessageIndex,
    scenarios: Vec<Arc<Scenario>>,
}

static REAL: LazyLock<Real> = LazyLock::new(|| {
    let root = ContentRoot::from_dir(&root());
    let checked = load_and_lint(&root);
    assert_eq!(checked.errors(), 0, "the content is clean");
    let index = checked.localizer.message_index();
    let scenarios = checked
        .library
        .scenarios
        .iter()
        .map(|f| Arc::new(f.scenario.clone()))
        .collect();
    Real {
        root,
        checked,
        index,
        scenarios,
    }
});

#[divan::bench_group(max_time = 1)]
mod content {
    use super::*;

    /// What `sango validate` does.
    #[divan::bench]
    fn load_and_lint_all() -> Checked {
        load_and_lint(&REAL.root)
    }

    #[divan::bench]
    fn parse_the_scenarios() -> impl Sized {
        sango_core::content::load_dir(&REAL.root.scenarios)
    }

    #[divan::bench]
    fn parse_every_languages_words() -> impl Sized {
        Localizer::load_dir(&REAL.root.locales)
    }

    #[divan::bench]
    fn lint_rules_only() -> impl Sized {
        sango_core::content::lint(&REAL.checked.library, &REAL.index)
    }
}

#[divan::bench_group(max_time = 1)]
mod play {
    use super::*;

    fn endings() -> Vec<Run> {
        REAL.scenarios
            .iter()
            .flat_map(|s| every_path(Run::start(s.clone(), 7).expect("starts")).expect("plays"))
            .collect()
    }

    /// Every path of every scenario (counted as paths a second).
    #[divan::bench]
    fn explorer_every_path(bencher: Bencher) {
        bencher
            .counter(ItemsCount::new(endings().len()))
            .bench_local(endings);
    }

    /// The result of every path.
    #[divan::bench]
    fn scoring_every_path(bencher: Bencher) {
        let endings = endings();
        bencher
            .counter(ItemsCount::new(endings.len()))
            .bench_local(|| endings.iter().filter_map(Run::result).count());
    }
}

#[divan::bench_group(max_time = 1)]
mod fluent {
    use super::*;

    /// Every line the scenarios speak (counted as lines a second).
    #[divan::bench(args = ["en", "ar", "zh"])]
    fn spoken_lines(bencher: Bencher, lang: &str) {
        let ids: Vec<String> = REAL
            .scenarios
            .iter()
            .flat_map(|s| {
                sango_core::voice::spoken_keys(s)
                    .into_iter()
                    .map(|k| s.message_id(k))
            })
            .collect();
        let (mut words, _) = Localizer::load_dir(&REAL.root.locales);
        assert!(words.set_language(lang));
        bencher
            .counter(ItemsCount::new(ids.len()))
            .bench_local(|| ids.iter().map(|id| words.text(id).len()).sum::<usize>());
    }
}

/// A corpus of the real scenarios copied under new ids (words and all).
struct Corpus {
    root: ContentRoot,
    checked: Checked,
    index: MessageIndex,
}

/// Each corpus is made once (the 1,000 takes seconds) and kept for the run.
fn corpus(count: usize) -> &'static Corpus {
    static MADE: Mutex<Vec<(usize, &'static Corpus)>> = Mutex::new(Vec::new());
    let mut made = MADE.lock().unwrap();
    if let Some((_, corpus)) = made.iter().find(|(n, _)| *n == count) {
        return corpus;
    }
    // In the target folder, so nothing is left in /tmp.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("corpus-{count}"));
    let _ = fs::remove_dir_all(&dir);
    generate(&dir, count);
    let root = ContentRoot::from_dir(&dir);
    let checked = load_and_lint(&root);
    assert_eq!(
        checked.library.scenarios.len(),
        count,
        "{:?}",
        checked.diagnostics.first()
    );
    let index = checked.localizer.message_index();
    let corpus = Box::leak(Box::new(Corpus {
        root,
        checked,
        index,
    }));
    made.push((count, corpus));
    corpus
}

/// Writes a corpus of `count` scenarios in every language into `dir`.
fn generate(dir: &Path, count: usize) {
    let real = root();
    let scenarios = dir.join("scenarios");
    fs::create_dir_all(scenarios.join("gen")).unwrap();
    fs::copy(
        real.join("scenarios/objectives.ron"),
        scenarios.join("objectives.ron"),
    )
    .unwrap();
    let langs: Vec<String> = fs::read_dir(real.join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for lang in &langs {
        let to = dir.join("locales").join(lang);
        fs::create_dir_all(&to).unwrap();
        for shared in ["ui.ftl", "objectives.ftl"] {
            fs::copy(
                real.join("locales").join(lang).join(shared),
                to.join(shared),
            )
            .unwrap();
        }
    }
    let files = &REAL.checked.library.scenarios;
    for i in 0..count {
        let file = &files[i % files.len()];
        let id = &file.scenario.id;
        let new_id = format!("{id}-{i:04}");
        let ron = file
            .source
            .replace(&format!("id: \"{id}\""), &format!("id: \"{new_id}\""));
        fs::write(scenarios.join("gen").join(format!("{new_id}.ron")), ron).unwrap();
        for lang in &langs {
            let ftl = real.join("locales").join(lang).join(format!("{id}.ftl"));
            let Ok(words) = fs::read_to_string(&ftl) else {
                continue;
            };
            let renamed: String = words
                .lines()
                .map(|line| match line.strip_prefix(&format!("{id}-")) {
                    Some(rest) => format!("{new_id}-{rest}\n"),
                    None => format!("{line}\n"),
                })
                .collect();
            let to = dir.join("locales").join(lang).join(format!("{new_id}.ftl"));
            fs::write(to, renamed).unwrap();
        }
    }
}

/// The times of "load and lint 1,000 scenarios", for the budget.
static TIMES_1000: Mutex<Vec<Duration>> = Mutex::new(Vec::new());

/// How the cost grows: 100 and 1,000 generated scenarios × 6 languages.
#[divan::bench_group(sample_count = 5, sample_size = 1)]
mod generated {
    use super::*;

    #[divan::bench(args = [100, 1000])]
    fn load_and_lint_scenarios(bencher: Bencher, count: usize) {
        let corpus = corpus(count);
        bencher.bench_local(|| {
            let started = Instant::now();
            let checked = load_and_lint(&corpus.root);
            if count == 1000 {
                TIMES_1000.lock().unwrap().push(started.elapsed());
            }
            checked
        });
    }

    #[divan::bench(args = [100, 1000])]
    fn lint_rules_only(bencher: Bencher, count: usize) {
        let corpus = corpus(count);
        bencher.bench_local(|| sango_core::content::lint(&corpus.checked.library, &corpus.index));
    }
}

/// The budget: 1,000 scenarios checked (as `sango validate` does) within a second.
/// Only after benchmarking them (`cargo bench`, no filter leaving them out), not
/// in test mode's single unoptimised run.
fn budget() {
    let args: Vec<String> = std::env::args().collect();
    let benchmarking = args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--test");
    let mut times = TIMES_1000.lock().unwrap().clone();
    if !benchmarking || times.is_empty() {
        return;
    }
    times.sort();
    let median = times[times.len() / 2];
    let met = median <= Duration::from_secs(1);
    println!(
        "budget: load and lint 1,000 scenarios <= 1 s: {} ({:.2} s, median of {})",
        if met { "met" } else { "MISSED" },
        median.as_secs_f64(),
        times.len()
    );
    if !met {
        std::process::exit(1);
    }
}
