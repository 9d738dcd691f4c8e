//! The command line on bad input: `graph` never writes outside its folder, `report`
//! never writes where it only reads, `paths` ends on a story that loops. They run
//! the `sango` binary, so they stay here; the loader, linter and runner fed
//! random and mutated input (proptest) are the core's: crates/sango-core/tests/robust.rs.

use std::fs;
use std::path::Path;

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
