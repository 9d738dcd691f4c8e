//! Core benchmarks, no Bevy: loading and linting the scenarios, the explorer over
//! every path, Fluent lookups, scoring, and a generated corpus (up to 1,000
//! scenarios × 6 languages) showing how the cost grows with content.
//!
//! `cargo bench --bench core` (scripts/bench runs it). A small harness of our own
//! on stable Rust: each case runs until it has taken half a second (at least 3
//! times) and prints the median and the fastest run.

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use sango::check::{ContentRoot, load_and_lint};
use sango::content::lint::lint;
use sango::content::load::load_dir;
use sango::l10n::Localizer;
use sango::play::{Run, every_path};

/// Times `f`: median and fastest of repeated runs.
fn bench<T>(name: &str, mut f: impl FnMut() -> T) -> Duration {
    let mut runs = Vec::new();
    let started = Instant::now();
    while runs.len() < 3 || (started.elapsed() < Duration::from_millis(500) && runs.len() < 1000) {
        let t = Instant::now();
        black_box(f());
        runs.push(t.elapsed());
    }
    runs.sort();
    let median = runs[runs.len() / 2];
    println!(
        "{name:<52} median {:>10}  fastest {:>10}  ({} runs)",
        show(median),
        show(runs[0]),
        runs.len()
    );
    median
}

fn show(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.2} µs", s * 1e6)
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A corpus of `count` scenarios in every language: the real ones copied under new
/// ids (words and all), into `dir`.
fn generate(dir: &Path, count: usize) {
    let real = root();
    let scenarios = dir.join("scenarios");
    fs::create_dir_all(scenarios.join("gen")).unwrap();
    fs::copy(
        real.join("scenarios/objectives.ron"),
        scenarios.join("objectives.ron"),
    )
    .unwrap();
    let checked = load_and_lint(&ContentRoot::from_dir(&real));
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
    let files = &checked.library.scenarios;
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

fn main() {
    // cargo bench passes --bench; a filter is not supported (it is one quick run).
    let content = ContentRoot::from_dir(&root());
    println!("== the game's content");
    bench("load and lint all scenarios (sango validate)", || {
        load_and_lint(&content)
    });
    bench("  parse the scenarios", || load_dir(&content.scenarios));
    bench("  parse every language's words", || {
        Localizer::load_dir(&content.locales)
    });
    let checked = load_and_lint(&content);
    assert_eq!(checked.errors(), 0, "the content is clean");
    let index = checked.localizer.message_index();
    bench("  lint rules only", || lint(&checked.library, &index));

    let scenarios: Vec<Arc<sango::content::Scenario>> = checked
        .library
        .scenarios
        .iter()
        .map(|f| Arc::new(f.scenario.clone()))
        .collect();
    let mut endings = Vec::new();
    bench("explorer: every path of every scenario", || {
        endings.clear();
        for s in &scenarios {
            let run = Run::start(s.clone(), 7).expect("starts");
            endings.extend(every_path(run).expect("every path plays"));
        }
        endings.len()
    });
    println!("  ({} paths)", endings.len());
    bench("scoring: the result of every path", || {
        endings.iter().filter_map(|run| run.result()).count()
    });

    let mut words = checked.localizer;
    let ids: Vec<String> = scenarios
        .iter()
        .flat_map(|s| {
            sango::voice::spoken_keys(s)
                .into_iter()
                .map(|k| s.message_id(k))
        })
        .collect();
    for lang in ["en", "ar", "zh"] {
        words.set_language(lang);
        let mut chars = 0;
        let took = bench(&format!("Fluent: {} lines in {lang}", ids.len()), || {
            chars = ids.iter().map(|id| words.text(id).len()).sum::<usize>();
            chars
        });
        println!(
            "  ({:.2} µs a line)",
            took.as_secs_f64() * 1e6 / ids.len() as f64
        );
    }

    println!("== a generated corpus (the real scenarios copied under new ids)");
    let mut budget_1000 = None;
    for count in [100, 1000] {
        let dir = tempfile::tempdir().unwrap();
        generate(dir.path(), count);
        let corpus = ContentRoot::from_dir(dir.path());
        let checked = load_and_lint(&corpus);
        assert_eq!(
            checked.library.scenarios.len(),
            count,
            "{:?}",
            checked.diagnostics.first()
        );
        let took = bench(
            &format!("load and lint {count} scenarios × 6 languages"),
            || load_and_lint(&corpus),
        );
        if count == 1000 {
            budget_1000 = Some(took);
        }
        let index = checked.localizer.message_index();
        bench(&format!("  lint rules only, {count} scenarios"), || {
            lint(&checked.library, &index)
        });
    }
    // The budget: 1,000 scenarios checked (as `sango validate` does) within a second.
    if let Some(took) = budget_1000 {
        let met = took <= Duration::from_secs(1);
        println!(
            "budget: load and lint 1,000 scenarios <= 1 s: {} ({})",
            if met { "met" } else { "MISSED" },
            show(took)
        );
        if !met {
            std::process::exit(1);
        }
    }
}
