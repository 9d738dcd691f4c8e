//! Frame timing, for `scripts/bench`: `sango --bench-tour` plays by itself every
//! screen a child meets on a first day and a week later (title → profiles → map →
//! the warm-up → a level → debrief → badges → map → the "remember?" booster →
//! map) and prints, one `bench NAME VALUE` line each, the
//! time from process start to the first interactive title frame, frame times while
//! something moves, frames drawn per second and CPU while nothing moves (on the
//! title and mid-level), and peak memory. The bare Bevy example (`examples/bare.rs
//! --bench`) measures its own start, idle and memory the same way with
//! [`FloorBench`], in the same run, so the figures are compared side by side.
//!
//! "Interactive" is the first frame where every text on screen is laid out in its
//! font (and, for the game, the title is the screen shown): what a child sees
//! before they can press anything.

use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::text::TextLayoutInfo;
use bevy::winit::WinitSettings;

use super::screens::level::LevelAction;
use super::screens::map::MapAction;
use super::startup::{lap, report, report_laps, since_start};

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

/// Idle as a focused window is (under Xvfb no window ever has focus, so both
/// modes are set to the focused one): the game's own settings, or for the floor,
/// Bevy's `desktop_app` (a wake every 5 seconds).
fn idle_mode(settings: WinitSettings) -> WinitSettings {
    WinitSettings {
        focused_mode: settings.focused_mode,
        unfocused_mode: settings.focused_mode,
    }
}

/// Frames drawn, counted in `Last` by every bench.
static FRAMES: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// What idling cost: frames a second and the share of one core.
type IdleResult = (f64, Option<f64>);

/// Watching the app idle from a thread of its own, so that no frame is drawn for
/// the watching: after settling, frames and CPU are read, and again `IDLE` later;
/// then the thread wakes the app to report.
struct Idling {
    result: std::sync::Arc<std::sync::Mutex<Option<IdleResult>>>,
}

impl Idling {
    fn new(proxy: &bevy::winit::EventLoopProxyWrapper) -> Self {
        let result = std::sync::Arc::new(std::sync::Mutex::new(None));
        let out = result.clone();
        let proxy = (**proxy).clone();
        std::thread::spawn(move || {
            use std::sync::atomic::Ordering::Relaxed;
            std::thread::sleep(SETTLE);
            let (from, frames, cpu) = (Instant::now(), FRAMES.load(Relaxed), cpu_time());
            std::thread::sleep(IDLE);
            let watched = from.elapsed().as_secs_f64();
            let drawn = f64::from(FRAMES.load(Relaxed) - frames) / watched;
            let share = cpu
                .zip(cpu_time())
                .map(|(before, now)| (now - before).as_secs_f64() / watched * 100.0);
            if let Ok(mut result) = out.lock() {
                *result = Some((drawn, share));
            }
            let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
        });
        Self { result }
    }

    /// Prints the figures once the watch is over.
    fn done(&self, name: &str) -> bool {
        let Some((drawn, share)) = self.result.lock().ok().and_then(|r| *r) else {
            return false;
        };
        report(&format!("idle_{name}_frames_per_s"), drawn);
        if let Some(share) = share {
            report(&format!("idle_{name}_cpu_percent"), share);
        }
        true
    }
}

fn count_frame() {
    FRAMES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
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
            .add_systems(Last, (count_frame, floor_bench));
    }
}

fn floor_bench(
    (texts, frame): (
        Query<(&Text, &TextLayoutInfo)>,
        Res<bevy::diagnostic::FrameCount>,
    ),
    proxy: Res<bevy::winit::EventLoopProxyWrapper>,
    time: Res<Time<Real>>,
    mut frames: Local<Vec<f32>>,
    mut idle: Local<Option<Idling>>,
    mut winit: ResMut<WinitSettings>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(idling) = idle.as_ref() else {
        if texts_ready(&texts) {
            lap("interactive");
            report_laps();
            report("start_to_interactive_ms", since_start().as_secs_f64() * 1e3);
            report("frames_to_interactive", f64::from(frame.0 + 1));
            *idle = Some(Idling::new(&proxy));
            *winit = idle_mode(WinitSettings::desktop_app());
        }
        return;
    };
    if frames.is_empty() && !idling.done("title") {
        return;
    }
    // Then the floor's frame time: frames drawn back to back, as while animating.
    *winit = WinitSettings::game();
    frames.push(time.delta_secs() * 1e3);
    // The first few span the idle wait and the switch to drawing back to back.
    if frames.len() > FLOOR_FRAMES + 3 {
        report_frames(&frames[3..]);
        report("peak_rss_mb", peak_rss_mb().unwrap_or(0.0));
        exit.write(AppExit::Success);
    }
}

/// Frames the floor draws back to back for its frame time.
const FLOOR_FRAMES: usize = 300;

fn report_frames(frames: &[f32]) {
    report("animating_frames", frames.len() as f64);
    for p in [50.0, 95.0, 99.0] {
        report(&format!("frame_ms_p{p}"), f64::from(percentile(frames, p)));
    }
    report("frame_ms_max", f64::from(percentile(frames, 100.0)));
}

/// Where the game's bench tour is.
#[derive(Default)]
enum Stage {
    #[default]
    Starting,
    IdleTitle(Idling),
    Playing {
        lines: u32,
    },
    IdleLevel(Idling),
    Finishing,
    /// After the level: the badges, then a booster (its look-back given eight
    /// days ago), then home.
    Visiting {
        badges: bool,
        booster: bool,
        /// The screen a button that changes screens was pressed on: nothing
        /// more is pressed until the next screen is up.
        left: Option<super::screens::Screen>,
    },
}

/// The game's bench tour.
#[derive(Resource, Default)]
pub struct BenchTour {
    stage: Stage,
    /// Frame times (ms) while something moved.
    moving: Vec<f32>,
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(First, first_frame.run_if(resource_exists::<BenchTour>))
        .add_systems(
            Last,
            (count_frame, bench_tour, time_level_pictures).run_if(resource_exists::<BenchTour>),
        );
}

/// How long the level's pictures take to arrive, loaded and rasterised off the
/// frame, from the level opening: once, for the first level.
fn time_level_pictures(
    pictures: Option<Res<super::pictures::LevelPictures>>,
    assets: Option<Res<AssetServer>>,
    mut since: Local<Option<bevy::platform::time::Instant>>,
    mut done: Local<bool>,
) {
    let (Some(pictures), Some(assets)) = (pictures, assets) else {
        return;
    };
    if *done {
        return;
    }
    let start = *since.get_or_insert_with(bevy::platform::time::Instant::now);
    if pictures.settled(&assets) {
        report("level_pictures", pictures.len() as f64);
        report("level_pictures_ms", start.elapsed().as_secs_f64() * 1e3);
        *done = true;
    }
}

/// What the bench tour watches on screen.
#[derive(bevy::ecs::system::SystemParam)]
struct Watched<'w, 's> {
    screen: Res<'w, State<super::screens::Screen>>,
    texts: Query<'w, 's, (&'static Text, &'static TextLayoutInfo)>,
    moving: Query<'w, 's, (), With<super::motion::Anim>>,
    reveals: Query<'w, 's, &'static super::reveal::Reveal>,
    time: Res<'w, Time<Real>>,
    levels: Query<'w, 's, &'static MapAction>,
    steps: Query<'w, 's, &'static LevelAction>,
    atlases: Res<'w, bevy::text::FontAtlasSet>,
    frames: Res<'w, bevy::diagnostic::FrameCount>,
}

impl Watched<'_, '_> {
    fn animating(&self) -> bool {
        !self.moving.is_empty() || self.reveals.iter().any(|r| !r.done)
    }

    /// On a level: Continue, else the first choice shown, else done with a clue
    /// card, a feed or an account.
    fn next_step(&self) -> Option<LevelAction> {
        let has = |wanted: LevelAction| self.steps.iter().find(|a| **a == wanted).cloned();
        // A feed to sort: each post on the first pile shown, then done.
        let place = || {
            self.steps
                .iter()
                .find(|a| matches!(a, LevelAction::Place(..)))
                .cloned()
        };
        has(LevelAction::Continue)
            .or_else(|| has(LevelAction::Choose(0)))
            .or_else(|| has(LevelAction::FinishSpot))
            .or_else(place)
            .or_else(|| has(LevelAction::FinishSort))
            // An account to set up: as the app set it.
            .or_else(|| has(LevelAction::FinishSetup))
            // A message to build: sent as it is.
            .or_else(|| has(LevelAction::FinishCompose))
    }
}

fn bench_tour(
    mut tour: ResMut<BenchTour>,
    seen: Watched,
    form: Option<ResMut<super::screens::new_profile::NewProfile>>,
    (check, content, mut saves, player): (
        Option<Res<super::screens::check::CheckRun>>,
        Res<super::state::Content>,
        ResMut<super::state::Saves>,
        Res<super::state::Player>,
    ),
    (mut winit, proxy): (
        ResMut<WinitSettings>,
        Res<bevy::winit::EventLoopProxyWrapper>,
    ),
    mut commands: Commands,
) {
    use super::screens::Screen;
    use super::screens::new_profile::NewProfileAction;
    use super::screens::profiles::ProfilesAction;
    let tour = tour.as_mut();
    // While playing, frames with something moving are timed and nothing is pressed.
    let playing = matches!(
        tour.stage,
        Stage::Playing { .. } | Stage::Finishing | Stage::Visiting { .. }
    );
    if seen.animating() && playing {
        tour.moving.push(seen.time.delta_secs() * 1e3);
        return;
    }
    match &mut tour.stage {
        Stage::Starting => {
            if *seen.screen.get() == Screen::Title && texts_ready(&seen.texts) {
                lap("interactive");
                report_laps();
                report("start_to_interactive_ms", since_start().as_secs_f64() * 1e3);
                report("frames_to_interactive", f64::from(seen.frames.0 + 1));
                *winit = idle_mode(super::idle_settings());
                tour.stage = Stage::IdleTitle(Idling::new(&proxy));
            }
        }
        Stage::IdleTitle(idling) => {
            if idling.done("title") {
                // The peak so far, screen by screen (docs/PERFORMANCE.md, memory).
                report("peak_rss_title_mb", peak_rss_mb().unwrap_or(0.0));
                *winit = WinitSettings::game();
                tour.stage = Stage::Playing { lines: 0 };
                commands.write_message(super::screens::title::TitleAction::Play);
            }
        }
        Stage::Playing { lines } => match seen.screen.get() {
            Screen::Profiles => {
                commands.write_message(ProfilesAction::NewPlayer);
            }
            Screen::NewProfile => {
                if let Some(mut form) = form {
                    form.nickname = "Bench".into();
                    commands.write_message(NewProfileAction::Create);
                }
            }
            Screen::Map => {
                let open = seen
                    .levels
                    .iter()
                    .find(|a| matches!(a, MapAction::OpenLevel(_)));
                if let Some(open) = open {
                    commands.write_message(open.clone());
                }
            }
            // A new child's warm-up comes before the first level.
            Screen::Check => take_check(check.as_deref(), &mut commands),
            Screen::Level if *lines >= LINES_BEFORE_IDLE => {
                *winit = idle_mode(super::idle_settings());
                tour.stage = Stage::IdleLevel(Idling::new(&proxy));
            }
            Screen::Level => {
                if let Some(next) = seen.next_step() {
                    if *lines == 0 {
                        // Through the profile, the map and the warm-up.
                        report("peak_rss_warmup_mb", peak_rss_mb().unwrap_or(0.0));
                    }
                    commands.write_message(next);
                    *lines += 1;
                }
            }
            _ => {}
        },
        Stage::IdleLevel(idling) => {
            if idling.done("level") {
                *winit = WinitSettings::game();
                tour.stage = Stage::Finishing;
            }
        }
        Stage::Finishing => {
            if *seen.screen.get() == Screen::Debrief {
                report("peak_rss_level_mb", peak_rss_mb().unwrap_or(0.0));
                tour.stage = Stage::Visiting {
                    badges: false,
                    booster: false,
                    left: Some(Screen::Debrief),
                };
                commands.write_message(super::screens::debrief::DebriefAction::BackToMap);
            } else if let Some(next) = seen.next_step() {
                commands.write_message(next);
            }
        }
        Stage::Visiting { left, .. } if *left == Some(*seen.screen.get()) => {}
        Stage::Visiting {
            badges,
            booster,
            left,
        } => match seen.screen.get() {
            Screen::Map if !*badges => {
                *badges = true;
                *left = Some(Screen::Map);
                commands.write_message(MapAction::OpenBadges);
            }
            Screen::Badges => {
                *left = Some(Screen::Badges);
                commands.write_message(super::screens::badges::BadgesAction::BackToMap);
            }
            Screen::Map if !*booster => {
                *booster = true;
                let given = player
                    .profile
                    .is_some_and(|id| super::tour::look_back_days_ago(&content, &mut saves, id, 8));
                if given {
                    *left = Some(Screen::Map);
                    commands.write_message(MapAction::OpenCheck);
                }
            }
            Screen::Check => {
                if left.is_some() {
                    report("peak_rss_badges_mb", peak_rss_mb().unwrap_or(0.0));
                }
                *left = None;
                take_check(check.as_deref(), &mut commands);
            }
            Screen::Map => {
                report_frames(&tour.moving);
                report("peak_rss_mb", peak_rss_mb().unwrap_or(0.0));
                report(
                    "glyph_atlases",
                    seen.atlases.values().map(Vec::len).sum::<usize>() as f64,
                );
                commands.write_message(AppExit::Success);
            }
            _ => {}
        },
    }
}

/// Takes a check as a child who knows: each situation judged right, very sure,
/// and on through the feedback and the thanks.
fn take_check(check: Option<&super::screens::check::CheckRun>, commands: &mut Commands) {
    use super::screens::check::{CheckAction, Step};
    let Some(run) = check else { return };
    let action = match run.step {
        Step::Question(n) if run.picked.is_none() => {
            CheckAction::Judge(run.items.get(n).is_some_and(|item| !item.safe))
        }
        Step::Question(_) => CheckAction::Sure(crate::learning::Confidence::VerySure),
        _ => CheckAction::Continue,
    };
    commands.write_message(action);
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
