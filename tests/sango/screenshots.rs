//! The real game under Xvfb with Mesa's software Vulkan driver: the screenshot tour
//! saves every screen as PNG, and a blank or single-colour frame fails the test.
//! Needs `xvfb` and `mesa-vulkan-drivers` (scripts/test installs them).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SCREENS: [&str; 19] = [
    "title",
    "new-profile",
    "profiles",
    "pin",
    "teacher",
    "report",
    "map",
    "level",
    "feedback",
    "ending",
    "debrief",
    "map-after",
    "check",
    "check-question",
    "check-thanks",
    "check-booster",
    "badges",
    "report-learning",
    "settings-speech",
];

fn shots_dir() -> PathBuf {
    std::env::var_os("SANGO_SCREENSHOT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots"))
}

/// Not blank: many colours, and no colour covering nearly the whole frame.
fn assert_has_content(path: &std::path::Path) {
    let img = image::open(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .to_rgb8();
    assert!(
        img.width() >= 640 && img.height() >= 360,
        "{}",
        path.display()
    );
    let mut counts = std::collections::HashMap::new();
    for p in img.pixels() {
        *counts.entry(p.0).or_insert(0usize) += 1;
    }
    let total = (img.width() * img.height()) as usize;
    let top = counts.values().max().copied().unwrap_or(0);
    assert!(
        counts.len() >= 32,
        "{}: only {} colours",
        path.display(),
        counts.len()
    );
    assert!(
        top * 100 < total * 95,
        "{}: one colour covers {}% of the frame",
        path.display(),
        top * 100 / total
    );
}

/// Plays the tour of `scenario` (or the first level on the map) into `dir`.
fn tour(dir: &std::path::Path, scenario: Option<&str>) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let data = tempfile::tempdir().unwrap();
    let lang = std::env::var("SANGO_SCREENSHOT_LANG").unwrap_or_else(|_| "en".into());
    let mut command = Command::new("xvfb-run");
    command
        .args(["-a", "-s", "-screen 0 1280x720x24"])
        .arg(env!("CARGO_BIN_EXE_sango"))
        .arg("--screenshot-tour")
        .arg(dir)
        .arg("--data-dir")
        .arg(data.path())
        .args(["--lang", &lang])
        .env("WGPU_BACKEND", "vulkan")
        .stdout(Stdio::null())
        // The game's log is kept beside the pictures and shown only on failure.
        .stderr(std::fs::File::create(dir.with_extension("log")).unwrap());
    if let Some(id) = scenario {
        command.args(["--tour-scenario", id]);
    }
    let mut child = command
        .spawn()
        .expect("xvfb-run is installed (apt-get install xvfb)");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(600) {
            let _ = child.kill();
            let log = std::fs::read_to_string(dir.with_extension("log")).unwrap_or_default();
            panic!("the tour did not finish in 600 s:\n{log}");
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let log = std::fs::read_to_string(dir.with_extension("log")).unwrap_or_default();
    assert!(status.success(), "the tour exited with {status}:\n{log}");
}

#[test]
#[ignore = "needs Xvfb and Mesa's software Vulkan; scripts/test runs it"]
fn the_real_game_draws_every_screen() {
    let dir = shots_dir().join("main");
    tour(&dir, None);
    for name in SCREENS {
        assert_has_content(&dir.join(format!("{name}.png")));
    }
    assert_every_shown_message_exists(&dir);
    eprintln!("screenshots in {}", dir.display());
}

/// Every message id the tour saw on screen exists in English: ids built while
/// the game runs (a verdict, a level's line, an objective) included, which a
/// search of the source for literals cannot see.
fn assert_every_shown_message_exists(dir: &std::path::Path) {
    let ids = std::fs::read_to_string(dir.join("message-ids.txt")).expect("the tour lists its ids");
    let checked = crate::common::checked();
    let words = &checked.localizer;
    let missing: Vec<&str> = ids
        .lines()
        .filter(|id| *id != "empty" && !words.has_in("en", id))
        .collect();
    assert!(ids.lines().count() > 50, "the tour saw few messages: {ids}");
    assert!(missing.is_empty(), "shown but not in English: {missing:?}");
}

#[test]
#[ignore = "needs Xvfb and Mesa's software Vulkan; scripts/test runs it"]
fn every_stage_draws_its_level() {
    // One level per stage: a chat, a feed and a pop-up (the map's first is a dialogue).
    for (stage, scenario, spot) in [
        ("chat", "contact-the-game-gift", false),
        ("feed", "content-the-scary-video", true),
        ("popup", "contract-the-loot-box", true),
    ] {
        let dir = shots_dir().join(stage);
        tour(&dir, Some(scenario));
        // Each shows a scene's picture on the way (a shared image, a page).
        for name in ["level", "scene", "feedback", "ending", "debrief"] {
            assert_has_content(&dir.join(format!("{name}.png")));
        }
        assert_every_shown_message_exists(&dir);
        if spot {
            // The card played on its picture: a place reached by keyboard, a tap.
            assert_has_content(&dir.join("spot-keyboard.png"));
            assert_has_content(&dir.join("spot.png"));
        }
    }
}
