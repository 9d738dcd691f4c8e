//! Frame timing, for `scripts/bench`: `sango --bench-tour` plays title → map → a
//! level → debrief by itself and prints, one `bench NAME VALUE` line each, the
//! time from process start to the first interactive title frame, frame times while
//! something moves, frames drawn per second and CPU while nothing moves (on the
//! title and mid-level), and peak memory. The bare Bevy example (`examples/bare.rs
//! --bench`) measures its own start, idle and memory the same way with
//! [`FloorBench`], in the same run, so the figures are compared side by side.
//!
//! "Interactive" is the first frame where every text on screen is laid out in its
//! font (and, for the game, the title is the screen shown): what a child sees
//! before they can press anything.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::text::TextLayoutInfo;
use bevy::winit::WinitSettings;

/// When the process started (as near as `main` can tell).
static START: OnceLock<Instant> = OnceLock::new();

/// Call first thing in `main`.
pub fn mark_start() {
    START.get_or_init(Instant::now);
}

fn since_start() -> Duration {
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
fn report_laps() {
    if let Ok(laps) = LAPS.lock() {
        for (name, at) in laps.iter() {
            report(&format!("startup_{name}_ms"), at.as_secs_f64() * 1e3);
        }
    }
}

/// The first frame's start.
fn first_frame() {
    lap("first_frame");
}

/// Waiting this long lets a screen's animations and Sango's blink end first.
const SETTLE: Duration = Duration::from_secs(3);
/// How long idling is watched.
const IDLE: Duration = Duration::from_secs(10);
/// Lines of the level played (each with its animations) before idling mid-level.
const LINES_BEFORE_IDLE: u32 = 3;

/// The `p`-th percentile (0–100) of some samples, nearest rank.
pub fn percentile(samples: &[f32], p: f32) -> f32 {
    if samples.is_empty() {
        return 0.0;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_by(f32::total_cmp);
    let rank = ((p / 100.0) * sorted.len() as f32).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// CPU time this process has used (user + system), from /proc on Linux.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // The kernel's USER_HZ is 100 on every Linux this game runs on.
    Some(Duration::from_millis(ticks * 10))
}

/// Peak resident memory in MB, from /proc on Linux.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Idle as a focused window is: frames on input, and a wake every 5 seconds.
/// (Unfocused, the game waits a minute; under Xvfb no window ever has focus, so
/// both modes are set to the busier one.)
fn idle_mode() -> WinitSettings {
    let focused = WinitSettings::desktop_app().focused_mode;
    WinitSettings {
        focused_mode: focused,
        unfocused_mode: focused,
    }
}

fn report(name: &str, value: f64) {
    println!("bench {name} {value:.2}");
}

/// Counting frames and CPU while nothing moves: after settling, from one frame
/// to the first frame at least `IDLE` later.
#[derive(Debug, Clone, Copy)]
struct Idling {
    since: Instant,
    /// When watching began, and the CPU time used by then.
    watch: Option<(Instant, Option<Duration>)>,
    frames: u32,
}

impl Idling {
    fn new() -> Self {
        Self {
            since: Instant::now(),
            watch: None,
            frames: 0,
        }
    }

    /// Counts a frame; once watched long enough, prints frames a second and CPU.
    fn frame(&mut self, name: &str) -> bool {
        if self.since.elapsed() < SETTLE {
            return false;
        }
        let Some((from, cpu)) = self.watch else {
            self.watch = Some((Instant::now(), cpu_time()));
            return false;
        };
        self.frames += 1;
        let watched = from.elapsed();
        if watched < IDLE {
            return false;
        }
        report(
            &format!("idle_{name}_frames_per_s"),
            f64::from(self.frames) / watched.as_secs_f64(),
        );
        if let (Some(before), Some(now)) = (cpu, cpu_time()) {
            let share = (now - before).as_secs_f64() / watched.as_secs_f64();
            report(&format!("idle_{name}_cpu_percent"), share * 100.0);
        }
        true
    }
}

/// Whether every text with words has been laid out in its font.
fn texts_ready(texts: &Query<(&Text, &TextLayoutInfo)>) -> bool {
    let mut any = false;
    for (text, layout) in texts {
        if text.0.trim().is_empty() {
            continue;
        }
        any = true;
        if layout.glyphs.is_empty() {
            return false;
        }
    }
    any
}

/// The engine floor's bench: start, idle, memory.
pub struct FloorBench;

impl Plugin for FloorBench {
    fn build(&self, app: &mut App) {
        // Frames as fast as they come until the text is in, as a fresh app does.
        app.insert_resource(WinitSettings::game())
            .add_systems(First, first_frame)
            .add_systems(Last, floor_bench);
    }
}

fn floor_bench(
    texts: Query<(&Text, &TextLayoutInfo)>,
    mut idle: Local<Option<Idling>>,
    mut winit: ResMut<WinitSettings>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(idling) = idle.as_mut() else {
        if texts_ready(&texts) {
            lap("interactive");
            report_laps();
            report("start_to_interactive_ms", since_start().as_secs_f64() * 1e3);
            *idle = Some(Idling::new());
            *winit = idle_mode();
        }
        return;
    };
    if idling.frame("title") {
        report("peak_rss_mb", peak_rss_mb().unwrap_or(0.0));
        exit.write(AppExit::Success);
    }
}

/// Where the game's bench tour is.
#[derive(Debug, Default)]
enum Stage {
    #[default]
    Starting,
    IdleTitle(Option<Idling>),
    Playing {
        lines: u32,
    },
    IdleLevel(Option<Idling>),
    Finishing,
}

/// The game's bench tour.
#[derive(Resource, Debug, Default)]
pub struct BenchTour {
    stage: Stage,
    /// Frame times (ms) while something moved.
    moving: Vec<f32>,
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(First, first_frame.run_if(resource_exists::<BenchTour>))
        .add_systems(Last, bench_tour.run_if(resource_exists::<BenchTour>));
}

#[allow(clippy::too_many_arguments)] // a Bevy system: each argument is something the tour watches or drives
fn bench_tour(
    mut tour: ResMut<BenchTour>,
    screen: Res<State<super::screens::Screen>>,
    texts: Query<(&Text, &TextLayoutInfo)>,
    moving: Query<(), With<super::motion::Anim>>,
    reveals: Query<&super::screens::level::Reveal>,
    time: Res<Time<Real>>,
    buttons: Query<&super::actions::Action>,
    form: Option<ResMut<super::screens::new_profile::NewProfile>>,
    mut winit: ResMut<WinitSettings>,
    mut actions: MessageWriter<super::actions::Action>,
    mut exit: MessageWriter<AppExit>,
) {
    use super::actions::Action;
    use super::screens::Screen;
    let animating = !moving.is_empty() || reveals.iter().any(|r| !r.done);
    let tour = tour.as_mut();
    match &mut tour.stage {
        Stage::Starting => {
            if *screen.get() == Screen::Title && texts_ready(&texts) {
                lap("interactive");
                report_laps();
                report("start_to_interactive_ms", since_start().as_secs_f64() * 1e3);
                tour.stage = Stage::IdleTitle(None);
            }
        }
        Stage::IdleTitle(idling) => {
            *winit = idle_mode();
            if idling.get_or_insert_with(Idling::new).frame("title") {
                *winit = WinitSettings::game();
                tour.stage = Stage::Playing { lines: 0 };
                actions.write(Action::Play);
            }
        }
        Stage::Playing { lines } => {
            if animating {
                tour.moving.push(time.delta_secs() * 1e3);
                return;
            }
            let has = |wanted: fn(&Action) -> bool| buttons.iter().find(|a| wanted(a)).cloned();
            match screen.get() {
                Screen::Profiles => {
                    actions.write(Action::NewPlayer);
                }
                Screen::NewProfile => {
                    if let Some(mut form) = form {
                        form.nickname = "Bench".into();
                        actions.write(Action::CreateProfile);
                    }
                }
                Screen::Map => {
                    if let Some(open) = has(|a| matches!(a, Action::OpenLevel(_))) {
                        actions.write(open);
                    }
                }
                Screen::Level if *lines >= LINES_BEFORE_IDLE => {
                    tour.stage = Stage::IdleLevel(None);
                }
                Screen::Level => {
                    let next = has(|a| matches!(a, Action::Continue))
                        .or_else(|| has(|a| matches!(a, Action::Choose(0))))
                        .or_else(|| has(|a| matches!(a, Action::FinishSpot)));
                    if let Some(next) = next {
                        actions.write(next);
                        *lines += 1;
                    }
                }
                _ => {}
            }
        }
        Stage::IdleLevel(idling) => {
            *winit = idle_mode();
            if idling.get_or_insert_with(Idling::new).frame("level") {
                *winit = WinitSettings::game();
                tour.stage = Stage::Finishing;
            }
        }
        Stage::Finishing => {
            if animating {
                tour.moving.push(time.delta_secs() * 1e3);
                return;
            }
            if *screen.get() == Screen::Debrief {
                let frames = &tour.moving;
                report("animating_frames", frames.len() as f64);
                for p in [50.0, 95.0, 99.0] {
                    report(&format!("frame_ms_p{p}"), f64::from(percentile(frames, p)));
                }
                report("frame_ms_max", f64::from(percentile(frames, 100.0)));
                report("peak_rss_mb", peak_rss_mb().unwrap_or(0.0));
                exit.write(AppExit::Success);
                return;
            }
            let next = buttons
                .iter()
                .find(|a| matches!(a, Action::Continue | Action::Choose(0) | Action::FinishSpot))
                .cloned();
            if let Some(next) = next {
                actions.write(next);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let samples: Vec<f32> = (1..=100).map(|i| i as f32).collect();
        assert_eq!(percentile(&samples, 50.0), 50.0);
        assert_eq!(percentile(&samples, 95.0), 95.0);
        assert_eq!(percentile(&samples, 100.0), 100.0);
        assert_eq!(percentile(&[3.0, 1.0, 2.0], 50.0), 2.0);
        assert_eq!(percentile(&[], 95.0), 0.0);
    }

    #[test]
    fn this_process_has_a_cpu_time_and_a_peak() {
        if cfg!(target_os = "linux") {
            assert!(cpu_time().is_some());
            assert!(peak_rss_mb().is_some_and(|mb| mb > 1.0));
        }
    }
}
