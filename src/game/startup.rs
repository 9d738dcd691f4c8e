//! Moments of start-up (process start, content loaded, app built, first frame),
//! noted as they happen and printed by the bench tour (`--bench-tour`, with the
//! `dev` feature) and by the bare Bevy example. Noting costs nothing worth
//! measuring, so the game notes them whether or not anyone asks.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// When the process started (as near as `main` can tell).
static START: OnceLock<Instant> = OnceLock::new();

/// Call first thing in `main`.
pub fn mark_start() {
    START.get_or_init(Instant::now);
}

pub fn since_start() -> Duration {
    START.get_or_init(Instant::now).elapsed()
}

/// Moments of start-up, for the profile `--bench-tour` prints.
static LAPS: std::sync::Mutex<Vec<(&'static str, Duration)>> = std::sync::Mutex::new(Vec::new());

/// Notes how long after start a moment of start-up came (kept only the first time).
pub fn lap(name: &'static str) {
    if let Ok(mut laps) = LAPS.lock()
        && !laps.iter().any(|(n, _)| *n == name)
    {
        laps.push((name, since_start()));
    }
}

/// Prints every moment noted so far, in milliseconds after start.
pub fn report_laps() {
    if let Ok(laps) = LAPS.lock() {
        for (name, at) in laps.iter() {
            report(&format!("startup_{name}_ms"), at.as_secs_f64() * 1e3);
        }
    }
}

/// One figure, as scripts/bench reads it: `bench NAME VALUE`.
pub fn report(name: &str, value: f64) {
    println!("bench {name} {value:.2}");
}
