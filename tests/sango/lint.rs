//! The linter on broken copies of the real scenarios: each mistake an author can
//! make is reported with the right file and line, and `sango validate` fails.

use std::fs;
use std::path::Path;
use std::process::Command;

use sango::check::load_and_lint;

use crate::common::{checked, content_copy};

const FILE: &str = "9-12/contract-the-free-gems.ron";

/// The 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` in the file"));
    text[..at].matches('\n').count() + 1
}

/// Breaks the scenario file with `edit`, lints, and returns (diagnostics, new text).
fn lint_broken(edit: impl Fn(&str) -> String) -> (Vec<sango::content::Diagnostic>, String) {
    let (_dir, root) = content_copy();
    let path = root.scenarios.join(FILE);
    let broken = edit(&fs::read_to_string(&path).unwrap());
    fs::write(&path, &broken).unwrap();
    (load_and_lint(&root).diagnostics, broken)
}

fn is_the_file(path: &Path) -> bool {
    path.ends_with(FILE)
}

#[test]
fn the_real_content_is_clean() {
    let checked = checked();
    let errors: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn a_next_pointing_nowhere_is_reported_at_its_line() {
    let (found, text) =
        lint_broken(|s| s.replacen("next: \"friend-says\"", "next: \"friend-sayz\"", 1));
    let d = found.iter().find(|d| d.code == "E0004").expect("reported");
    assert!(is_the_file(&d.path));
    assert_eq!(d.at.line, line_of(&text, "next: \"friend-sayz\""));
    assert_eq!(d.hint.as_deref(), Some("did you mean `friend-says`?"));
}

#[test]
fn an_unreachable_beat_is_reported_at_its_definition() {
    let (found, text) = lint_broken(|s| {
        s.replacen(
            "        \"intro\":",
            "        \"forgotten\": Ending(outcome: Safe, text: \"intro\"),\n        \"intro\":",
            1,
        )
    });
    let d = found.iter().find(|d| d.code == "E0005").expect("reported");
    assert!(is_the_file(&d.path));
    assert_eq!(d.at.line, line_of(&text, "\"forgotten\""));
}

#[test]
fn an_unknown_objective_is_reported_where_it_is_named() {
    let (found, text) =
        lint_broken(|s| s.replacen("\"healthy-balance\"", "\"healthy-balanse\"", 1));
    let d = found.iter().find(|d| d.code == "E0008").expect("reported");
    assert!(is_the_file(&d.path));
    assert_eq!(d.at.line, line_of(&text, "\"healthy-balanse\""));
}

#[test]
fn a_file_cut_in_half_is_a_syntax_error_in_that_file() {
    let (found, text) = lint_broken(|s| s[..s.len() / 2].to_string());
    let d = found.iter().find(|d| d.code == "E0001").expect("reported");
    assert!(is_the_file(&d.path));
    assert!(d.at.line > 1 && d.at.line <= text.lines().count() + 1);
}

#[test]
fn a_missing_english_message_is_an_error() {
    let (_dir, root) = content_copy();
    let ftl = root.locales.join("en/contract-the-free-gems.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    let kept: String = text
        .lines()
        .filter(|l| !l.starts_with("contract-the-free-gems-remember"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(&ftl, kept).unwrap();
    let found = load_and_lint(&root).diagnostics;
    assert!(
        found
            .iter()
            .any(|d| d.code == "E0009" && d.message.contains("contract-the-free-gems-remember"))
    );
}

#[test]
fn validate_exits_one_and_names_the_file_and_line() {
    let (dir, root) = content_copy();
    let path = root.scenarios.join(FILE);
    let text = fs::read_to_string(&path).unwrap();
    let broken = text.replacen("next: \"friend-says\"", "next: \"nowhere\"", 1);
    fs::write(&path, &broken).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sango"))
        .arg("validate")
        .arg(&root.scenarios)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let expected = format!(
        "{}:{}:",
        path.display(),
        line_of(&broken, "next: \"nowhere\"")
    );
    assert!(stdout.contains(&expected), "{stdout}");
    // Like a compiler: the line itself, quoted, with a caret under the mistake.
    let quoted = broken
        .lines()
        .find(|l| l.contains("next: \"nowhere\""))
        .unwrap();
    assert!(stdout.contains(quoted), "{stdout}");
    let caret_line = stdout
        .lines()
        .skip_while(|l| !l.ends_with(quoted))
        .nth(1)
        .unwrap_or_default();
    let caret = caret_line.find('^').expect("a caret");
    let quote_start = stdout.lines().find(|l| l.ends_with(quoted)).unwrap().len() - quoted.len();
    assert_eq!(
        &quoted[caret - quote_start..caret - quote_start + 4],
        "\"now"
    );
    drop(dir);
}

/// A teacher's pack: a copy of a bundled scenario under a new id.
fn pack_with(id: &str) -> tempfile::TempDir {
    let pack = tempfile::tempdir().unwrap();
    let src = crate::common::root();
    let old = "contract-the-free-gems";
    fs::create_dir_all(pack.path().join("scenarios")).unwrap();
    fs::create_dir_all(pack.path().join("locales/en")).unwrap();
    let ron = fs::read_to_string(src.join("scenarios").join(FILE)).unwrap();
    fs::write(
        pack.path().join(format!("scenarios/{id}.ron")),
        // The id only: the pictures keep their names (a pack uses the game's).
        ron.replace(&format!("id: \"{old}\""), &format!("id: \"{id}\"")),
    )
    .unwrap();
    let ftl = fs::read_to_string(src.join(format!("locales/en/{old}.ftl"))).unwrap();
    fs::write(
        pack.path().join(format!("locales/en/{id}.ftl")),
        ftl.replace(old, id),
    )
    .unwrap();
    pack
}

#[test]
fn a_pack_adds_levels_and_a_colliding_id_is_an_error() {
    let bin = env!("CARGO_BIN_EXE_sango");
    let pack = pack_with("contract-our-school-shop");
    let out = Command::new(bin)
        .args(["validate", "scenarios", "--pack"])
        .arg(pack.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stderr}{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let bundled = crate::common::checked().library.scenarios.len();
    assert!(
        stderr.contains(&format!("{} scenario(s)", bundled + 1)),
        "{stderr}"
    );

    let clash = pack_with("contract-the-free-gems");
    let out = Command::new(bin)
        .args(["validate", "scenarios", "--pack"])
        .arg(clash.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout.contains("error[E0019]"), "{stdout}");
}

#[test]
fn coverage_finds_every_risk_and_objective_in_every_age_band() {
    let out = Command::new(env!("CARGO_BIN_EXE_sango"))
        .args(["coverage", "scenarios"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("contract × sexual"),
        "the CO:RE grid: {stdout}"
    );
    // And a gap is reported: without the 16-18 contract scenarios (whatever their
    // ids say) the grid has a hole, in the risks and in the CO:RE cells.
    let (_dir, root) = content_copy();
    for f in std::fs::read_dir(root.scenarios.join("16-18")).unwrap() {
        let path = f.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        if text.contains("risk: Contract,") {
            std::fs::remove_file(path).unwrap();
        }
    }
    let gap = Command::new(env!("CARGO_BIN_EXE_sango"))
        .arg("coverage")
        .arg(&root.scenarios)
        .output()
        .unwrap();
    assert_eq!(gap.status.code(), Some(1));
    let said = String::from_utf8_lossy(&gap.stdout);
    assert!(said.contains("contract for ages 16-18: 0"), "{said}");
    assert!(
        said.contains("CO:RE contract × sexual for ages 16-18: no level"),
        "{said}"
    );
}

#[test]
fn validate_exits_zero_on_the_real_content_and_two_on_bad_usage() {
    let bin = env!("CARGO_BIN_EXE_sango");
    let ok = Command::new(bin)
        .args(["validate", "scenarios"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    let usage = Command::new(bin)
        .args(["validate", "--nope"])
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
}

/// Started from any folder, `validate` checks the game's own content, or the
/// folder `SANGO_CONTENT_DIR` names (a packaged game finds its files the same way).
#[test]
fn validate_without_a_folder_checks_the_games_own_content_from_anywhere() {
    let bin = env!("CARGO_BIN_EXE_sango");
    let elsewhere = tempfile::tempdir().unwrap();
    let own = Command::new(bin)
        .arg("validate")
        .current_dir(elsewhere.path())
        .env_remove("SANGO_CONTENT_DIR")
        .output()
        .unwrap();
    // The summary goes to standard error, the problems to standard output.
    let said = String::from_utf8_lossy(&own.stderr);
    assert_eq!(own.status.code(), Some(0), "{said}");
    let bundled = crate::common::checked().library.scenarios.len();
    assert!(said.contains(&format!("{bundled} scenario(s)")), "{said}");
    // A broken copy named by the environment variable is the one checked.
    let (_dir, root) = content_copy();
    let path = root.scenarios.join(FILE);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replacen("next: \"friend-says\"", "next: \"nowhere\"", 1),
    )
    .unwrap();
    let named = Command::new(bin)
        .arg("validate")
        .current_dir(elsewhere.path())
        .env("SANGO_CONTENT_DIR", root.scenarios.parent().unwrap())
        .output()
        .unwrap();
    assert_eq!(named.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&named.stdout).contains(FILE));
}
