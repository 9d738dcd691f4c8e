//! No panic on bad input: the loader, the linter and the story runner fed arbitrary
//! bytes, mutations of the real scenario and `.ftl` files, and a corpus of tricky
//! inputs (`tests/corpus`). Bounded so CI stays fast; `SANGO_FUZZ_ITERATIONS` runs
//! longer.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sango::content::load::{ScenarioFile, parse};
use sango::content::{Library, MessageIndex, Scenario, lint};
use sango::l10n::Localizer;
use sango::play::{Run, Step};

use crate::common::{checked, root};

fn iterations() -> usize {
    std::env::var("SANGO_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150)
}

/// A random change of the kind an editor slip or a broken download makes.
fn mutate(text: &str, rng: &mut StdRng) -> String {
    let mut bytes = text.as_bytes().to_vec();
    if bytes.is_empty() {
        return String::from_utf8_lossy(&[rng.random::<u8>()]).into_owned();
    }
    for _ in 0..rng.random_range(1..4) {
        let at = rng.random_range(0..bytes.len().max(1));
        match rng.random_range(0..6) {
            0 => bytes.truncate(at),
            1 => {
                let end = (at + rng.random_range(1..40)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let junk: Vec<u8> = (0..rng.random_range(1..8)).map(|_| rng.random()).collect();
                bytes.splice(at..at, junk);
            }
            3 => {
                let pick = *b"{}()[]\":,-$*\n ";
                bytes.insert(at.min(bytes.len()), pick[rng.random_range(0..pick.len())]);
            }
            4 => {
                let end = (at + rng.random_range(1..200)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            _ => {
                if let Some(b) = bytes.get_mut(at) {
                    *b ^= 1 << rng.random_range(0..8);
                }
            }
        }
        if bytes.is_empty() {
            break;
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
    let _ = sango::content::graph::dot(&scenario);
    let _ = sango::content::graph::mermaid(&scenario);
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

fn ron_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ron_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "ron") {
            out.push(path);
        }
    }
}

#[test]
fn mutated_scenarios_never_panic_the_loader_linter_or_runner() {
    let messages = checked().localizer.message_index();
    let mut files = Vec::new();
    ron_files(&root().join("scenarios"), &mut files);
    ron_files(&root().join("tests/corpus"), &mut files);
    let mut rng = StdRng::seed_from_u64(2026);
    for i in 0..iterations() {
        let path = &files[i % files.len()];
        let source = fs::read_to_string(path).unwrap_or_default();
        exercise_scenario(path, &mutate(&source, &mut rng), &messages);
    }
    for path in &files {
        let bytes = fs::read(path).unwrap();
        exercise_scenario(path, &String::from_utf8_lossy(&bytes), &messages);
    }
}

#[test]
fn arbitrary_bytes_never_panic_the_loader() {
    let messages = MessageIndex::default();
    let mut rng = StdRng::seed_from_u64(9);
    for _ in 0..iterations() * 4 {
        let bytes: Vec<u8> = (0..rng.random_range(0..300))
            .map(|_| rng.random())
            .collect();
        exercise_scenario(
            Path::new("noise.ron"),
            &String::from_utf8_lossy(&bytes),
            &messages,
        );
    }
}

#[test]
fn mutated_translations_never_panic_and_report_file_and_line() {
    let locales = root().join("locales/en");
    let mut files: Vec<PathBuf> = fs::read_dir(&locales)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.extend(
        fs::read_dir(root().join("tests/corpus"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl")),
    );
    files.sort();
    let mut rng = StdRng::seed_from_u64(4);
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("en");
    fs::create_dir(&en).unwrap();
    for i in 0..iterations() / 3 {
        let path = &files[i % files.len()];
        let bytes = fs::read(path).unwrap();
        let text = mutate(&String::from_utf8_lossy(&bytes), &mut rng);
        fs::write(en.join("x.ftl"), &text).unwrap();
        let (words, problems) = Localizer::load_dir(dir.path());
        for d in &problems {
            assert!(d.path.ends_with("x.ftl") || d.path.ends_with("en"), "{d}");
            assert!(d.at.line >= 1);
            let _ = d.render(Some(&text));
        }
        let index = words.message_index();
        for id in index.locales.get("en").into_iter().flatten() {
            let _ = words.text(id);
        }
    }
}

fn bin() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_sango"))
}

#[test]
fn graph_never_writes_outside_its_folder_whatever_the_id() {
    let (_dir, content) = crate::common::content_copy();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("maps");
    // A scenario whose id climbs out of the folder: refused by validate and by graph.
    let evil = fs::read_to_string(content.scenarios.join("9-12/contract-the-free-gems.ron"))
        .unwrap()
        .replacen(
            "id: \"contract-the-free-gems\"",
            "id: \"../../../../evil\"",
            1,
        );
    fs::write(content.scenarios.join("9-12/evil.ron"), evil).unwrap();
    let home = content.home();
    for id in ["../../../../evil", "a/b", "evil"] {
        let run = bin()
            .args(["--content"])
            .arg(&home)
            .args(["graph", id, "--out"])
            .arg(&target)
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(2), "{id}: {run:?}");
    }
    assert!(!out.path().join("evil.dot").exists() && !target.exists());
    let checked = sango::check::load_and_lint(&content);
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.code == "E0028" && d.path.ends_with("evil.ron")),
        "validate names the id"
    );
}

#[test]
fn the_report_reads_and_never_writes_and_any_problem_fails_it() {
    let data = tempfile::tempdir().unwrap();
    let store =
        sango::progress::Store::new(Box::new(sango::progress::FileStorage::new(data.path())));
    store
        .create_profile("Sam", sango::progress::Avatar::Sky, None)
        .unwrap();
    fs::write(
        data.path().join("profiles/2.ron"),
        "(version: 2, profile: (id: 2",
    )
    .unwrap();
    let listing = |dir: &Path| {
        let mut names: Vec<String> = fs::read_dir(dir.join("profiles"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let before = listing(data.path());
    let out = tempfile::tempdir().unwrap();
    let run = bin()
        .args(["report", "--data"])
        .arg(data.path())
        .arg("--out")
        .arg(out.path().join("r.csv"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1), "{run:?}");
    assert!(String::from_utf8_lossy(&run.stderr).contains("profiles/2.ron"));
    assert_eq!(
        listing(data.path()),
        before,
        "nothing renamed in a folder only read"
    );
    // A typo in the school's settings is said first, and nothing is read.
    let settings = out.path().join("settings.ron");
    fs::write(&settings, "(data_foldr: \"x\")").unwrap();
    let run = bin()
        .args(["--settings"])
        .arg(&settings)
        .args(["report", "--out"])
        .arg(out.path().join("r2.csv"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1), "{run:?}");
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("data_folder"),
        "{run:?}"
    );
    assert!(!out.path().join("r2.csv").exists());
}

#[test]
fn paths_ends_on_a_story_that_loops_back_with_a_way_out() {
    let (_dir, content) = crate::common::content_copy();
    let source =
        fs::read_to_string(content.scenarios.join("9-12/contract-the-free-gems.ron")).unwrap();
    // The friend's line leads back to the first decision: ask the friend again and
    // again, or choose another way out. Before the bound, this never ended.
    let looped = source.replacen(
        "text: \"friend-says\", next: \"friend-choice\"",
        "text: \"friend-says\", next: \"popup\"",
        1,
    );
    assert_ne!(looped, source);
    fs::write(
        content.scenarios.join("9-12/contract-the-free-gems.ron"),
        looped,
    )
    .unwrap();
    let run = bin()
        .args(["--content"])
        .arg(content.home())
        .args(["paths", "contract-the-free-gems"])
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    assert!(String::from_utf8_lossy(&run.stdout).contains("contract-the-free-gems: "));
}
