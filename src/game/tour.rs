//! The screenshot tour (`sango --screenshot-tour DIR`): plays title → map → the
//! child's settings (and the map at the largest text in high contrast) → a level →
//! the debrief, then the teacher's PIN → settings → class report, by itself,
//! saving a PNG of each screen, then quits. The screenshot
//! test runs it under Xvfb; authors and translators can run it to see every screen.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::help::{HelpAction, HelpOpen};
use super::reveal::Reveal;
use super::screens::Screen;
use super::screens::badges::BadgesAction;
use super::screens::check::{CheckAction, CheckRun};
use super::screens::debrief::DebriefAction;
use super::screens::level::LevelAction;
use super::screens::map::MapAction;
use super::screens::new_profile::{NewProfile, NewProfileAction};
use super::screens::pin::PinAction;
use super::screens::profiles::ProfilesAction;
use super::screens::report::ReportAction;
use super::screens::settings::{OpenSettings, SettingsAction};
use super::screens::teacher::TeacherAction;
use super::screens::title::TitleAction;
use super::state::{Content, Feedback, Level, Player, Prefs, Saves};
use crate::content::Verdict;
use crate::play::Step;

/// Frames to wait on a screen before its picture: fonts load, layout settles.
const SETTLE_FRAMES: u32 = 40;
/// Made-up nicknames for the class the tour shows on the profiles screen.
const CLASS: [&str; 11] = [
    "Green Owl",
    "Star 7",
    "Mango",
    "Nova",
    "Quiet Lion",
    "Pixel",
    "Rocket",
    "Zara Z",
    "Comet",
    "Tiger Lily",
    "Kiwi",
];

/// The teacher PIN the tour sets on a fresh data folder.
pub const TOUR_PIN: &str = "2468";

#[derive(Resource)]
pub struct Tour {
    dir: PathBuf,
    /// The level to play; the first one on the map if none is given.
    scenario: Option<String>,
    frames: u32,
    taken: Vec<&'static str>,
    /// Play is pressed with a finger: 0 before, 1–5 touching, 6 lifted.
    touch: u8,
    /// Take a Risky choice at the first decision, then play well: a slip put right.
    slip: bool,
    /// Decisions taken in the level.
    decided: u32,
    /// Every message id the tour saw on screen, for the test that each exists.
    seen: std::collections::BTreeSet<String>,
    /// The band's other chapters are played (simulated), for "My phone" and
    /// the story's close.
    told: bool,
    /// The child was given a look-back from eight days ago, so the booster is due.
    looked_back: bool,
}

impl Tour {
    pub fn new(dir: PathBuf, scenario: Option<String>) -> Self {
        Self {
            dir,
            scenario,
            frames: 0,
            taken: Vec::new(),
            touch: 0,
            slip: false,
            decided: 0,
            seen: Default::default(),
            told: false,
            looked_back: false,
        }
    }

    pub fn slipping(mut self, slip: bool) -> Self {
        self.slip = slip;
        self
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, drive_tour.run_if(resource_exists::<Tour>));
}

/// One screen's part of the tour.
type TourStep = fn(&mut Driver);

/// What the tour does on each screen. Each step looks at what it has taken so far
/// and either takes the screen's next picture or presses on, as a child would.
const STEPS: [(Screen, TourStep); 14] = [
    (Screen::Title, title),
    (Screen::Profiles, profiles),
    (Screen::NewProfile, new_profile),
    (Screen::Map, map),
    (Screen::Settings, settings),
    (Screen::Check, check),
    (Screen::Level, level),
    (Screen::Debrief, debrief),
    (Screen::Badges, badges),
    (Screen::Phone, phone),
    (Screen::Story, story),
    (Screen::Pin, pin),
    (Screen::Teacher, teacher),
    (Screen::Report, report),
];

/// Every text on screen with its message, to wait until all have their words.
type ScreenWords<'w, 's> = Query<'w, 's, (&'static Text, &'static super::theme::Localized)>;

/// The window, for a touch on it.
type PrimaryWindow<'w, 's> =
    Query<'w, 's, (Entity, &'static Window), With<bevy::window::PrimaryWindow>>;

/// Where the tour puts a finger or the keyboard focus.
#[derive(bevy::ecs::system::SystemParam)]
struct Hands<'w, 's> {
    play: Query<'w, 's, (&'static TitleAction, &'static bevy::ui::UiGlobalTransform)>,
    levels: Query<
        'w,
        's,
        (
            Entity,
            &'static MapAction,
            &'static bevy::ui::UiGlobalTransform,
        ),
    >,
    taps: Query<'w, 's, (Entity, &'static LevelAction)>,
    settings: Query<'w, 's, (Entity, &'static SettingsAction)>,
    focus: ResMut<'w, bevy::input_focus::InputFocus>,
    visible: ResMut<'w, bevy::input_focus::InputFocusVisible>,
    windows: PrimaryWindow<'w, 's>,
    touches: MessageWriter<'w, bevy::window::WindowEvent>,
}

/// Everything the tour looks at and changes.
#[derive(bevy::ecs::system::SystemParam)]
struct Driver<'w, 's> {
    commands: Commands<'w, 's>,
    tour: ResMut<'w, Tour>,
    screen: Res<'w, State<Screen>>,
    content: Res<'w, Content>,
    level: Option<Res<'w, Level>>,
    check: Option<Res<'w, CheckRun>>,
    saves: ResMut<'w, Saves>,
    player: ResMut<'w, Player>,
    form: Option<ResMut<'w, NewProfile>>,
    prefs: Res<'w, Prefs>,
    help: Res<'w, HelpOpen>,
    sheets: Query<'w, 's, Entity, With<MoodSheet>>,
    reveals: Query<'w, 's, &'static Reveal>,
    words: ScreenWords<'w, 's>,
    hands: Hands<'w, 's>,
}

impl Driver<'_, '_> {
    fn taken(&self, name: &'static str) -> bool {
        self.tour.taken.contains(&name)
    }

    /// Presses a button of any kind, as its click would.
    fn press(&mut self, action: impl Message) {
        self.commands.write_message(action);
    }

    /// Presses, then looks again a few frames later (the screen stays the same).
    fn press_soon(&mut self, action: impl Message) {
        self.press(action);
        self.tour.frames = SETTLE_FRAMES - 3;
    }

    fn quit(&mut self, exit: AppExit) {
        self.commands.write_message(exit);
    }

    /// The screen's picture, once, and the message ids seen so far.
    fn shot(&mut self, name: &'static str) {
        if !self.taken(name) {
            let path = self.tour.dir.join(format!("{name}.png"));
            info!("screenshot tour: {}", path.display());
            self.commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(path));
            self.tour.taken.push(name);
            // The ids shown so far, one a line, for the screenshot test to check.
            let ids: String = self.tour.seen.iter().map(|id| format!("{id}\n")).collect();
            if let Err(e) = std::fs::write(self.tour.dir.join("message-ids.txt"), ids) {
                warn!("screenshot tour: {e}");
            }
        }
        self.tour.frames = 0;
    }

    /// Whether the screen has settled with every word laid out. A line still
    /// appearing letter by letter is shown whole with Continue (as a child may);
    /// a screen whose texts never fill fails the tour.
    fn settled(&mut self) -> bool {
        // Every screen settles before anything is done on it.
        if self.screen.is_changed() {
            self.tour.frames = 0;
        }
        self.tour.frames += 1;
        if *self.screen.get() == Screen::Level && self.reveals.iter().any(|r| !r.done) {
            if self.tour.frames >= 3 {
                self.press(LevelAction::Continue);
                self.tour.frames = 0;
            }
            return false;
        }
        if self.tour.frames < SETTLE_FRAMES {
            return false;
        }
        let unlaid = super::theme::texts_without_words(&self.words);
        let seen: Vec<String> = self.words.iter().map(|(_, loc)| loc.id.clone()).collect();
        self.tour.seen.extend(seen);
        if unlaid > 0 {
            if self.tour.frames > SETTLE_FRAMES + 600 {
                error!(
                    "screenshot tour: {unlaid} text(s) never got their words on {:?}",
                    self.screen.get()
                );
                self.quit(AppExit::error());
            }
            return false;
        }
        true
    }
}

fn drive_tour(mut driver: Driver) {
    if !driver.settled() {
        return;
    }
    let screen = *driver.screen.get();
    if let Some((_, step)) = STEPS.iter().find(|(s, _)| *s == screen) {
        step(&mut driver);
    }
}

/// The title, Sango's moods, then Play with a finger; later the teacher's way in.
fn title(d: &mut Driver) {
    if !d.taken("title") {
        d.shot("title");
    } else if !d.taken("moods") {
        // Sango's six moods side by side and the avatars, over the title.
        if d.sheets.is_empty() {
            spawn_mood_sheet(&mut d.commands);
            d.tour.frames = 0;
        } else {
            d.shot("moods");
        }
    } else if !d.sheets.is_empty() {
        for sheet in &d.sheets {
            d.commands.entity(sheet).despawn();
        }
    } else if d.taken("map-after") {
        d.press(TitleAction::OpenTeacher);
    } else {
        touch_play(d);
    }
}

/// Play, pressed with a finger through the same picking as a tablet's touch
/// screen; the finger stays down a few frames, as a real tap does.
fn touch_play(d: &mut Driver) {
    let play = d.hands.play.iter().find(|(a, _)| **a == TitleAction::Play);
    let (Some((_, at)), Ok((window, w))) = (play, d.hands.windows.single()) else {
        return;
    };
    let position = at.translation / w.scale_factor();
    let phase = match d.tour.touch {
        0 => bevy::input::touch::TouchPhase::Started,
        1..=4 => {
            d.tour.touch += 1;
            return;
        }
        5 => bevy::input::touch::TouchPhase::Ended,
        _ if d.tour.frames > SETTLE_FRAMES + 60 => {
            error!("screenshot tour: a touch on Play did nothing");
            d.quit(AppExit::error());
            return;
        }
        _ => return,
    };
    // As winit sends it: picking reads touches from the window's events.
    d.hands.touches.write(bevy::window::WindowEvent::TouchInput(
        bevy::input::touch::TouchInput {
            phase,
            position,
            window,
            force: None,
            id: 1,
        },
    ));
    d.tour.touch += 1;
}

/// The first child's profile (or a new one); back from the level, the class.
fn profiles(d: &mut Driver) {
    if d.taken("map-after") {
        if !d.taken("profiles") {
            d.shot("profiles");
        } else {
            d.press(ProfilesAction::Back);
        }
        return;
    }
    match d.saves.progress.profiles.first().map(|p| p.id) {
        Some(id) => {
            d.player.profile = Some(id);
            d.press(ProfilesAction::Pick(id));
        }
        None => d.press(ProfilesAction::NewPlayer),
    }
}

/// A made-up nickname, as a child would choose.
fn new_profile(d: &mut Driver) {
    if let Some(form) = d.form.as_mut()
        && form.nickname.is_empty()
    {
        form.nickname = "Blue Fox".into();
        form.avatar = crate::progress::Avatar::Sky;
    }
    if !d.taken("new-profile") {
        d.shot("new-profile");
    } else {
        d.press(NewProfileAction::Create);
    }
}

/// The map; the settings and the map at the largest text in high contrast (then
/// put back); a level; the map with its stars, the badges, "My phone", the
/// story, and the class.
fn map(d: &mut Driver) {
    let contrast = d.prefs.0.high_contrast;
    if !d.taken("map") {
        d.shot("map");
    } else if !d.taken("settings") {
        d.press(OpenSettings);
    } else if contrast && !d.taken("map-large-contrast") {
        d.shot("map-large-contrast");
    } else if contrast && !d.taken("map-scrolled") {
        focus_last_level(d);
    } else if contrast {
        d.press(OpenSettings);
    } else if d.taken("debrief") && !d.taken("map-after") {
        // The map again, now with the level's stars.
        d.shot("map-after");
    } else if d.taken("map-after") && !d.taken("badges") {
        d.press(MapAction::OpenBadges);
    } else if d.taken("map-after") && !d.taken("phone") {
        if !d.tour.told {
            simulate_story(d);
            d.tour.told = true;
        }
        d.press(MapAction::OpenPhone);
    } else if d.taken("map-after") && !d.taken("story") {
        d.press(MapAction::OpenStory);
    } else if d.taken("map-after") && !d.tour.looked_back {
        // A week after a look-back: "Remember?", with Sango's feedback.
        d.tour.looked_back = true;
        if looked_back_a_week_ago(d) {
            d.press(MapAction::OpenCheck);
        }
    } else if d.taken("map-after") && d.tour.scenario.is_some() {
        // A tour of one chosen level ends here.
        d.quit(AppExit::Success);
    } else if d.taken("map-after") {
        simulate_class(d);
        d.press(MapAction::ChangePlayer);
    } else {
        open_level(d);
    }
}

/// The last level, below the window at this size: focusing it scrolls it into
/// view, ring and all.
fn focus_last_level(d: &mut Driver) {
    // The lowest on screen (queries have no screen order).
    let last = d
        .hands
        .levels
        .iter()
        .filter(|(_, a, _)| matches!(a, MapAction::OpenLevel(_)))
        .max_by(|(_, _, a), (_, _, b)| a.translation.y.total_cmp(&b.translation.y))
        .map(|(e, _, _)| e);
    focus_then_shoot(d, last, "map-scrolled");
}

/// Moves the keyboard's focus to a setting's button, below the window at this
/// size (focusing it scrolls it into view); once there, the picture.
fn focus_setting(d: &mut Driver, wanted: SettingsAction, name: &'static str) {
    let button = d
        .hands
        .settings
        .iter()
        .find(|(_, a)| **a == wanted)
        .map(|(e, _)| e);
    focus_then_shoot(d, button, name);
}

/// Moves the keyboard's focus to a button, with its ring (scrolled into view);
/// once it is there (or if there is no such button), the picture.
fn focus_then_shoot(d: &mut Driver, button: Option<Entity>, name: &'static str) {
    match button {
        Some(button) if d.hands.focus.get() != Some(button) => {
            d.hands
                .focus
                .set(button, bevy::input_focus::FocusCause::Navigated);
            d.hands.visible.0 = true;
            d.tour.frames = 0;
        }
        _ => d.shot(name),
    }
}

/// Moves the keyboard's focus to a clue card's part, with its ring; once there,
/// the picture.
fn focus_tap(d: &mut Driver, part: usize) {
    let wanted = LevelAction::Tap(part);
    let tap = d
        .hands
        .taps
        .iter()
        .find(|(_, a)| **a == wanted)
        .map(|(e, _)| e);
    focus_then_shoot(d, tap, "spot-keyboard");
}

/// A class shares this machine: the profiles screen shows them, and the report
/// their checks (simulated: most learn; two grow suspicious of everything;
/// half took the booster a week later).
fn simulate_class(d: &mut Driver) {
    use crate::learning::{Due, Judge};
    let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(2020);
    let band = d.saves.age_band();
    for (i, name) in CLASS.iter().enumerate() {
        let avatar = crate::progress::Avatar::ALL[i % crate::progress::Avatar::ALL.len()];
        let Ok(id) = d.saves.create_profile(name, avatar) else {
            continue;
        };
        let first = crate::learning::first_set(id);
        let ability = 0.5 + 0.04 * (i % 6) as f64;
        let after = if i % 7 == 3 {
            Judge::Cynic
        } else {
            Judge::Knows(ability + 0.3)
        };
        let mut checks = vec![
            (Due::WarmUp, first, Judge::Knows(ability)),
            (Due::LookBack, first.other(), after),
        ];
        if i % 2 == 0 {
            checks.push((Due::Booster, first, Judge::Knows(ability + 0.25)));
        }
        for (due, set, judge) in checks {
            let mut items = d.content.library.check(band, set);
            if due == Due::Booster {
                // A few of the objectives, two situations each.
                let keep: Vec<&str> = d
                    .content
                    .library
                    .objectives
                    .iter()
                    .skip(i % 4)
                    .take(crate::learning::BOOSTER_OBJECTIVES)
                    .map(|o| o.id.as_str())
                    .collect();
                items.retain(|item| keep.contains(&item.objective.as_str()));
            }
            let record =
                crate::learning::simulated_check(&items, set, band, judge, &|_| false, &mut rng);
            d.saves.record_check(id, due, record);
        }
    }
}

/// Gives the child playing a look-back taken eight days ago (simulated, on
/// the first four objectives), so the booster is due. False if they already
/// have one.
fn looked_back_a_week_ago(d: &mut Driver) -> bool {
    d.player
        .profile
        .is_some_and(|id| look_back_days_ago(&d.content, &mut d.saves, id, 8))
}

/// Gives a child a look-back taken `days` ago (simulated, answered well, on the
/// first four objectives): after a week the booster is due. False if the child
/// has no warm-up yet or already has a look-back. For the test drivers (the
/// screenshot tour and the bench tour).
pub(super) fn look_back_days_ago(content: &Content, saves: &mut Saves, id: u32, days: u32) -> bool {
    use crate::learning::{Due, Judge};
    let band = saves.age_band();
    let Some(profile) = saves.progress.profile(id) else {
        return false;
    };
    if profile.checks.look_back.is_some() || profile.checks.warm_up.is_none() {
        return false;
    }
    let set = crate::learning::set_for(Due::LookBack, id, &profile.checks);
    let on: Vec<&str> = content
        .library
        .objectives
        .iter()
        .take(4)
        .map(|o| o.id.as_str())
        .collect();
    let mut items = content.library.check(band, set);
    items.retain(|i| on.contains(&i.objective.as_str()));
    let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(25);
    let mut record = crate::learning::simulated_check(
        &items,
        set,
        band,
        Judge::Knows(0.9),
        &|_| false,
        &mut rng,
    );
    record.day = Some(crate::learning::today().saturating_sub(days));
    saves.record_check(id, Due::LookBack, record)
}

/// The child plays the rest of the band's story (simulated: one path of each
/// chapter, picked at random but the same every tour), so "My phone" shows a
/// story's worth of traces and the story closes.
fn simulate_story(d: &mut Driver) {
    use rand::seq::IndexedRandom;
    let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(2020);
    let Some(id) = d.player.profile else { return };
    let band = d
        .tour
        .scenario
        .as_deref()
        .and_then(|s| d.content.library.scenario(s))
        .and_then(|s| s.ages.first().copied())
        .unwrap_or(d.saves.age_band());
    let Some(story) = d.content.library.story(band) else {
        return;
    };
    // The child picks their ages on the map, so the story shown is theirs.
    d.saves.change_machine(|m| m.age_band = Some(band));
    for chapter in story.chapters.clone() {
        let played = d
            .saves
            .progress
            .profile(id)
            .is_some_and(|p| p.results.contains_key(&chapter));
        let Some(scenario) = d.content.playable().find(|s| s.id == chapter) else {
            continue;
        };
        let Ok(run) = crate::play::Run::start(std::sync::Arc::new(scenario.clone()), 7) else {
            continue;
        };
        let Ok(paths) = crate::play::every_path(run) else {
            continue;
        };
        let Some(path) = paths.choose(&mut rng).filter(|_| !played) else {
            continue;
        };
        if let Some(result) = path.result() {
            let facts = path.facts_set_here().clone();
            d.saves.record_play(id, result, facts);
        }
    }
}

/// The level asked for, or the first one on the map.
fn open_level(d: &mut Driver) {
    let first_on_map = d
        .content
        .playable()
        .filter(|s| s.ages.contains(&d.saves.age_band()) && d.saves.enabled(&s.id))
        .min_by_key(|s| s.risk)
        .map(|s| s.id.clone());
    match d.tour.scenario.clone().or(first_on_map) {
        Some(id) => d.press(MapAction::OpenLevel(id)),
        None => d.quit(AppExit::error()),
    }
}

/// The settings; the largest text in high contrast; both put back later.
fn settings(d: &mut Driver) {
    let contrast = d.prefs.0.high_contrast;
    if !d.taken("settings") {
        d.shot("settings");
    } else if !d.taken("settings-speech") {
        focus_setting(d, SettingsAction::SpeechRate(true), "settings-speech");
    } else if !d.taken("settings-large-contrast") {
        if contrast {
            d.shot("settings-large-contrast");
        } else {
            d.press(SettingsAction::SetTextSize(crate::prefs::TextSize::Largest));
            d.press(SettingsAction::ToggleContrast);
            d.tour.frames = 0;
        }
    } else if contrast && d.taken("map-large-contrast") {
        d.press(SettingsAction::SetTextSize(crate::prefs::TextSize::Normal));
        d.press(SettingsAction::ToggleContrast);
        d.tour.frames = 0;
    } else {
        d.press(SettingsAction::Close);
    }
}

/// The warm-up before the first level: the tour answers well and is very sure.
fn check(d: &mut Driver) {
    use super::screens::check::Step as CheckStep;
    let Some(run) = d.check.as_ref() else { return };
    let (step, picked) = (run.step, run.picked.is_some());
    let not_ok = match step {
        CheckStep::Question(n) => run.items.get(n).is_some_and(|item| !item.safe),
        _ => false,
    };
    match step {
        CheckStep::Intro if !d.taken("check") => d.shot("check"),
        CheckStep::Question(_) if !picked => d.press(CheckAction::Judge(not_ok)),
        CheckStep::Question(_) if !d.taken("check-question") => d.shot("check-question"),
        CheckStep::Question(_) => {
            d.press_soon(CheckAction::Sure(crate::learning::Confidence::VerySure))
        }
        CheckStep::Feedback(_) if !d.taken("check-booster") => d.shot("check-booster"),
        CheckStep::Thanks if !d.taken("check-thanks") => d.shot("check-thanks"),
        _ => d.press(CheckAction::Continue),
    }
}

/// What a choice led to and Sango's verdict; a decision (with help opened and
/// closed at the first); a clue card; the ending.
fn level(d: &mut Driver) {
    let Some(level) = d.level.as_ref() else {
        return;
    };
    // The first line that shows a picture (a chat's shared image, a store page),
    // on its own or as what a choice led to.
    let scene = level.run.scenario().scene(level.run.beat_id()).is_some()
        && !matches!(level.run.step(), Step::Spot { .. } | Step::Ending { .. })
        && !matches!(
            level.feedback,
            Some(
                Feedback::Choice(_)
                    | Feedback::Spot(_)
                    | Feedback::Sort { .. }
                    | Feedback::Setup { .. }
                    | Feedback::Compose { .. }
                    | Feedback::Lock { .. }
                    | Feedback::Craft { .. }
            )
        );
    if scene && !d.taken("scene") {
        d.shot("scene");
        return;
    }
    if let Some(feedback) = &level.feedback {
        // What a choice led to (the ending, if it ended the story), then
        // Sango's verdict.
        let name = match (feedback, level.run.step()) {
            (Feedback::Consequence(_), Step::Ending { .. }) => "ending",
            (Feedback::Consequence(_), _) => "consequence",
            (Feedback::Choice(_), _) => "feedback",
            (Feedback::Spot(_), _) => "spot-result",
            (Feedback::Sort { .. }, _) => "sort-result",
            (Feedback::Setup { .. }, _) => "setup-result",
            (Feedback::Compose { .. }, _) => "compose-result",
            (Feedback::Lock { .. }, _) => "lock-result",
            (Feedback::Craft { .. }, _) => "craft-result",
        };
        if !d.taken(name) {
            d.shot(name);
        } else {
            d.press_soon(LevelAction::Continue);
        }
        return;
    }
    match level.run.step() {
        Step::Decision { choices, .. } => {
            // The tour plays well, then shows the best debrief; or slips first
            // and puts it right.
            let wanted = if d.tour.slip && d.tour.decided == 0 {
                Verdict::Risky
            } else {
                Verdict::Safe
            };
            let pick = choices.iter().position(|c| c.verdict == wanted);
            decide(d, pick.unwrap_or(0));
        }
        // A clue card: first its second place reached with the keyboard, then
        // the clues tapped, and the card after the first.
        Step::Spot { tapped, .. } if tapped.is_empty() && !d.taken("spot-keyboard") => {
            focus_tap(d, 1);
        }
        Step::Spot { parts, tapped, .. } => {
            let next_clue = (0..parts.len()).find(|i| parts[*i].clue && !tapped.contains(i));
            match next_clue {
                Some(_) if tapped.len() == 1 && !d.taken("spot") => d.shot("spot"),
                Some(i) => d.press_soon(LevelAction::Tap(i)),
                None => d.press_soon(LevelAction::FinishSpot),
            }
        }
        // A feed: the first post shown, then each put on its best pile, the
        // piles shown, and done.
        Step::Sort { posts, placed, .. } => match placed.iter().position(Option::is_none) {
            Some(0) if !d.taken("sort") => d.shot("sort"),
            Some(i) => d.press_soon(LevelAction::Place(i, posts[i].pile)),
            None if !d.taken("sort-piles") => d.shot("sort-piles"),
            None => d.press_soon(LevelAction::FinishSort),
        },
        // An account: as the app starts it, then each setting set to what
        // fits, shown set, and done.
        Step::Setup {
            settings, chosen, ..
        } => {
            let fitting = crate::content::setup::fitting(settings);
            let unset = fitting
                .into_iter()
                .enumerate()
                .zip(chosen)
                .find(|((_, f), c)| f != *c);
            match unset {
                Some(_) if !d.taken("setup") => d.shot("setup"),
                Some(((i, f), _)) => d.press_soon(LevelAction::Set(i, f)),
                None if !d.taken("setup-set") => d.shot("setup-set"),
                None => d.press_soon(LevelAction::FinishSetup),
            }
        }
        // A message: as it starts, then each needed phrase added, shown, and sent.
        Step::Compose { phrases, added, .. } => {
            let missing = (0..phrases.len())
                .find(|i| phrases[*i].belongs == crate::content::Belongs::In && !added.contains(i));
            match missing {
                Some(_) if !d.taken("compose") => d.shot("compose"),
                Some(i) => d.press_soon(LevelAction::Add(i)),
                None if !d.taken("compose-written") => d.shot("compose-written"),
                None => d.press_soon(LevelAction::FinishCompose),
            }
        }
        // A lock: as it starts, then each everyday word added and each
        // setting set to what fits, shown, locked; the pages, and the real one.
        Step::Lock {
            lock,
            added,
            chosen,
            locked: false,
            ..
        } => {
            let word = (0..lock.pieces.len()).find(|i| {
                lock.pieces[*i].kind == crate::content::PieceKind::Word && !added.contains(i)
            });
            let fitting = crate::content::setup::fitting(&lock.settings);
            let unset = fitting.iter().zip(chosen).position(|(f, c)| f != c);
            match (word, unset) {
                _ if !d.taken("lock") => d.shot("lock"),
                (Some(i), _) => d.press_soon(LevelAction::Add(i)),
                (None, Some(i)) => d.press_soon(LevelAction::Set(i, fitting[i])),
                (None, None) if !d.taken("lock-set") => d.shot("lock-set"),
                (None, None) => d.press_soon(LevelAction::LockIn),
            }
        }
        Step::Lock { lock, pages, .. } => {
            let real = pages.iter().position(|&p| lock.pages[p].real);
            if !d.taken("lock-sign-in") {
                d.shot("lock-sign-in");
            } else {
                d.press_soon(LevelAction::SignIn(real.unwrap_or(0)));
            }
        }
        // A fake post: as it starts, then the best post built, shown, and posted.
        Step::Craft { craft, added, .. } => {
            let best = craft.best().unwrap_or_default();
            let missing = best.iter().find(|i| !added.contains(i));
            match missing {
                _ if !d.taken("craft") => d.shot("craft"),
                Some(&i) => d.press_soon(LevelAction::Add(i)),
                None if !d.taken("craft-built") => d.shot("craft-built"),
                None => d.press_soon(LevelAction::FinishCraft),
            }
        }
        Step::Ending { .. } if !d.taken("ending") => d.shot("ending"),
        _ => d.press_soon(LevelAction::Continue),
    }
}

/// A decision: its picture, help opened over it and closed, then the choice.
fn decide(d: &mut Driver, pick: usize) {
    if !d.taken("level") {
        d.shot("level");
    } else if !d.taken("help") && d.help.open {
        d.shot("help");
    } else if !d.taken("help") {
        d.press(HelpAction::Open);
        d.tour.frames = 0;
    } else if d.help.open {
        d.press(HelpAction::Close);
    } else {
        d.tour.decided += 1;
        d.press_soon(LevelAction::Choose(pick));
    }
}

fn debrief(d: &mut Driver) {
    if !d.taken("debrief") {
        d.shot("debrief");
    } else {
        d.press(DebriefAction::BackToMap);
    }
}

fn badges(d: &mut Driver) {
    if !d.taken("badges") {
        d.shot("badges");
    } else {
        d.press(BadgesAction::BackToMap);
    }
}

/// "My phone", after the level: what the child's choices left.
fn phone(d: &mut Driver) {
    if !d.taken("phone") {
        d.shot("phone");
    } else {
        d.press(super::screens::phone::PhoneAction::BackToMap);
    }
}

/// The band's story, one chapter played.
fn story(d: &mut Driver) {
    if !d.taken("story") {
        d.shot("story");
    } else {
        d.press(super::screens::story::StoryAction::BackToMap);
    }
}

/// The teacher's PIN, chosen twice on a fresh machine; a machine with another
/// PIN stops here.
fn pin(d: &mut Driver) {
    if !d.taken("pin") {
        d.shot("pin");
        return;
    }
    let other_pin = d.saves.progress.machine.pin.as_ref();
    if other_pin.is_some_and(|pin| !pin.matches(TOUR_PIN)) {
        error!("screenshot tour: this data folder has another teacher PIN");
        d.quit(AppExit::error());
        return;
    }
    for digit in TOUR_PIN.bytes() {
        d.press(PinAction::Digit(digit - b'0'));
    }
    d.press_soon(PinAction::Ok);
}

fn teacher(d: &mut Driver) {
    if !d.taken("teacher") {
        d.shot("teacher");
    } else {
        d.press(TeacherAction::OpenReport);
    }
}

/// The class report, then its warm-up and look-back; the end of the tour.
fn report(d: &mut Driver) {
    if !d.taken("report") {
        d.shot("report");
    } else if !d.taken("report-learning-asked") {
        d.press(ReportAction::Learning(true));
        d.tour.taken.push("report-learning-asked");
        d.tour.frames = 0;
    } else if !d.taken("report-learning") {
        d.shot("report-learning");
    } else {
        d.quit(AppExit::Success);
    }
}

/// The picture of every mood and every avatar, for the tour.
#[derive(Component)]
struct MoodSheet;

fn spawn_mood_sheet(commands: &mut Commands) {
    use super::theme::palette;
    commands
        .spawn((
            super::theme::overlay("Mood sheet", 30),
            MoodSheet,
            BackgroundColor(palette::BACKGROUND),
        ))
        .insert(Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            row_gap: px(28),
            ..default()
        })
        .with_children(|sheet| {
            let row = || Node {
                column_gap: px(24),
                align_items: AlignItems::Center,
                ..default()
            };
            sheet.spawn(row()).with_children(|moods| {
                for mood in crate::content::Mood::ALL {
                    moods.spawn(super::sango::sango(mood, 0.85));
                }
            });
            // The avatars, as big as a picker's and as small as a profile tile's.
            for size in [96.0, 40.0] {
                sheet.spawn(row()).with_children(|avatars| {
                    for avatar in crate::progress::Avatar::ALL {
                        super::avatars::spawn_avatar(avatars, avatar, size);
                    }
                });
            }
        });
}
