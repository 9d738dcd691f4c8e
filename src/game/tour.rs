//! The screenshot tour (`sango --screenshot-tour DIR`): plays title → map → the
//! child's settings (and the map at the largest text in high contrast) → a level →
//! the debrief, then the teacher's PIN → settings → class report, by itself,
//! saving a PNG of each screen, then quits. The screenshot
//! test runs it under Xvfb; authors and translators can run it to see every screen.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::actions::Action;
use super::screens::Screen;
use super::state::{Content, Feedback, Level, Player, Saves};
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
    /// Only the title, then quit: the packages' smoke test.
    title_only: bool,
    /// Take a Risky choice at the first decision, then play well: a slip put right.
    slip: bool,
    /// Decisions taken in the level.
    decided: u32,
    /// Every message id the tour saw on screen, for the test that each exists.
    seen: std::collections::BTreeSet<String>,
}

impl Tour {
    pub fn new(dir: PathBuf, scenario: Option<String>, title_only: bool) -> Self {
        Self {
            dir,
            scenario,
            frames: 0,
            taken: Vec::new(),
            touch: 0,
            title_only,
            slip: false,
            decided: 0,
            seen: Default::default(),
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

/// Every text on screen with its message, to wait until all have their words.
type ScreenWords<'w, 's> = Query<'w, 's, (&'static Text, &'static super::theme::Localized)>;

/// The window, for a touch on it.
type PrimaryWindow<'w, 's> =
    Query<'w, 's, (Entity, &'static Window), With<bevy::window::PrimaryWindow>>;

#[allow(clippy::too_many_arguments)]
fn drive_tour(
    mut commands: Commands,
    mut tour: ResMut<Tour>,
    screen: Res<State<Screen>>,
    content: Res<Content>,
    (level, check): (
        Option<Res<Level>>,
        Option<Res<super::screens::check::CheckRun>>,
    ),
    mut saves: ResMut<Saves>,
    mut player: ResMut<Player>,
    form: Option<ResMut<super::screens::new_profile::NewProfile>>,
    prefs: Res<super::state::Prefs>,
    help: Res<super::help::HelpOpen>,
    (sheets, reveals, words): (
        Query<Entity, With<MoodSheet>>,
        Query<&super::screens::level::Reveal>,
        ScreenWords,
    ),
    buttons: Query<(Entity, &Action, &bevy::ui::UiGlobalTransform)>,
    (mut focus, mut visible): (
        ResMut<bevy::input_focus::InputFocus>,
        ResMut<bevy::input_focus::InputFocusVisible>,
    ),
    (windows, mut touches): (PrimaryWindow, MessageWriter<bevy::window::WindowEvent>),
    mut actions: MessageWriter<Action>,
    mut exit: MessageWriter<AppExit>,
) {
    // Every screen settles before anything is done on it.
    if screen.is_changed() {
        tour.frames = 0;
    }
    tour.frames += 1;
    // A line still appearing letter by letter is shown whole with Continue (as a
    // child may), and the picture waits until it has settled.
    if *screen.get() == Screen::Level && reveals.iter().any(|r| !r.done) {
        if tour.frames >= 3 {
            actions.write(Action::Continue);
            tour.frames = 0;
        }
        return;
    }
    if tour.frames < SETTLE_FRAMES {
        return;
    }
    // A picture counts only once every word on screen is laid out: a screen
    // whose texts are still empty waits, and one that never fills fails the tour.
    let unlaid = words
        .iter()
        .filter(|(text, loc)| loc.id != "empty" && text.0.trim().is_empty())
        .count();
    tour.seen
        .extend(words.iter().map(|(_, loc)| loc.id.clone()));
    if unlaid > 0 {
        if tour.frames > SETTLE_FRAMES + 600 {
            error!(
                "screenshot tour: {unlaid} text(s) never got their words on {:?}",
                screen.get()
            );
            exit.write(AppExit::error());
        }
        return;
    }
    let shot = |tour: &mut Tour, commands: &mut Commands, name: &'static str| {
        if !tour.taken.contains(&name) {
            let path = tour.dir.join(format!("{name}.png"));
            info!("screenshot tour: {}", path.display());
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(path));
            tour.taken.push(name);
            // The ids shown so far, one a line, for the screenshot test to check.
            let ids: String = tour.seen.iter().map(|id| format!("{id}\n")).collect();
            if let Err(e) = std::fs::write(tour.dir.join("message-ids.txt"), ids) {
                warn!("screenshot tour: {e}");
            }
        }
        tour.frames = 0;
    };
    let contrast = prefs.0.high_contrast;
    match screen.get() {
        Screen::Title if !tour.taken.contains(&"title") => shot(&mut tour, &mut commands, "title"),
        // The picture is written by now (frames have passed since it was asked for).
        Screen::Title if tour.title_only => {
            info!("screenshot tour: the title only, as asked");
            exit.write(AppExit::Success);
        }
        // Sango's six moods side by side and the avatars, over the title for one picture.
        Screen::Title if !tour.taken.contains(&"moods") => {
            if sheets.is_empty() {
                spawn_mood_sheet(&mut commands);
                tour.frames = 0;
            } else {
                shot(&mut tour, &mut commands, "moods");
            }
        }
        Screen::Title if !sheets.is_empty() => {
            for sheet in &sheets {
                commands.entity(sheet).despawn();
            }
        }
        Screen::Title if tour.taken.contains(&"map-after") => {
            actions.write(Action::OpenTeacher);
        }
        // Play with a finger, through the same picking as a tablet's touch screen.
        Screen::Title => {
            let play = buttons.iter().find(|(_, a, _)| **a == Action::Play);
            let (Some((_, _, at)), Ok((window, w))) = (play, windows.single()) else {
                return;
            };
            let position = at.translation / w.scale_factor();
            // The finger stays down a few frames, as a real tap does.
            let phase = match tour.touch {
                0 => bevy::input::touch::TouchPhase::Started,
                1..=4 => {
                    tour.touch += 1;
                    return;
                }
                5 => bevy::input::touch::TouchPhase::Ended,
                _ if tour.frames > SETTLE_FRAMES + 60 => {
                    error!("screenshot tour: a touch on Play did nothing");
                    exit.write(AppExit::error());
                    return;
                }
                _ => return,
            };
            // As winit sends it: picking reads touches from the window's events.
            touches.write(bevy::window::WindowEvent::TouchInput(
                bevy::input::touch::TouchInput {
                    phase,
                    position,
                    window,
                    force: None,
                    id: 1,
                },
            ));
            tour.touch += 1;
        }
        // Back from the level: the class's profiles, then the teacher's side.
        Screen::Profiles if tour.taken.contains(&"map-after") => {
            if !tour.taken.contains(&"profiles") {
                shot(&mut tour, &mut commands, "profiles");
            } else {
                actions.write(Action::BackToTitle);
            }
        }
        Screen::Profiles => match saves.progress.profiles.first() {
            Some(p) => {
                player.profile = Some(p.id);
                actions.write(Action::PickProfile(p.id));
            }
            None => {
                actions.write(Action::NewPlayer);
            }
        },
        Screen::NewProfile => {
            // A made-up nickname, as a child would choose.
            if let Some(mut form) = form
                && form.nickname.is_empty()
            {
                form.nickname = "Blue Fox".into();
                form.avatar = crate::progress::Avatar::Sky;
            }
            if !tour.taken.contains(&"new-profile") {
                shot(&mut tour, &mut commands, "new-profile");
            } else {
                actions.write(Action::CreateProfile);
            }
        }
        Screen::Map if !tour.taken.contains(&"map") => shot(&mut tour, &mut commands, "map"),
        // The settings, and the map at the largest text in high contrast, then
        // the settings put back.
        Screen::Map if !tour.taken.contains(&"settings") => {
            actions.write(Action::OpenSettings);
        }
        Screen::Map if contrast && !tour.taken.contains(&"map-large-contrast") => {
            shot(&mut tour, &mut commands, "map-large-contrast");
        }
        // The last level, below the window at this size: focusing it scrolls it
        // into view, ring and all.
        Screen::Map if contrast && !tour.taken.contains(&"map-scrolled") => {
            // The lowest on screen (queries have no screen order).
            let last = buttons
                .iter()
                .filter(|(_, a, _)| matches!(a, Action::OpenLevel(_)))
                .max_by(|(_, _, a), (_, _, b)| a.translation.y.total_cmp(&b.translation.y))
                .map(|(e, _, _)| e);
            match last {
                Some(last) if focus.get() != Some(last) => {
                    focus.set(last, bevy::input_focus::FocusCause::Navigated);
                    visible.0 = true;
                    tour.frames = 0;
                }
                _ => shot(&mut tour, &mut commands, "map-scrolled"),
            }
        }
        Screen::Map if contrast => {
            actions.write(Action::OpenSettings);
        }
        Screen::Map if tour.taken.contains(&"debrief") && !tour.taken.contains(&"map-after") => {
            // The map again, now with the level's stars.
            shot(&mut tour, &mut commands, "map-after");
        }
        // The child's badges, from the map.
        Screen::Map if tour.taken.contains(&"map-after") && !tour.taken.contains(&"badges") => {
            actions.write(Action::OpenBadges);
        }
        Screen::Badges if !tour.taken.contains(&"badges") => {
            shot(&mut tour, &mut commands, "badges");
        }
        Screen::Badges => {
            actions.write(Action::BackToMap);
        }
        // The warm-up before the first level: the tour answers well and is very sure.
        Screen::Check => {
            use super::screens::check::Step as CheckStep;
            let Some(run) = check else { return };
            match run.step {
                CheckStep::Intro if !tour.taken.contains(&"check") => {
                    shot(&mut tour, &mut commands, "check");
                }
                CheckStep::Question(n) if run.picked.is_none() => {
                    let best = run.items.get(n).and_then(|item| {
                        run.orders
                            .get(n)?
                            .iter()
                            .position(|i| item.choices[*i] == item.answer)
                    });
                    actions.write(Action::Choose(best.unwrap_or(0)));
                }
                CheckStep::Question(_) if !tour.taken.contains(&"check-question") => {
                    shot(&mut tour, &mut commands, "check-question");
                }
                CheckStep::Question(_) => {
                    actions.write(Action::Sure(crate::learning::Confidence::VerySure));
                    tour.frames = SETTLE_FRAMES - 3;
                }
                CheckStep::Thanks if !tour.taken.contains(&"check-thanks") => {
                    shot(&mut tour, &mut commands, "check-thanks");
                }
                _ => {
                    actions.write(Action::Continue);
                }
            }
        }
        // A tour of one chosen level ends here; the full tour goes on to the
        // class's profiles and the teacher's side.
        Screen::Map if tour.taken.contains(&"map-after") && tour.scenario.is_some() => {
            exit.write(AppExit::Success);
        }
        Screen::Map if tour.taken.contains(&"map-after") => {
            // A class shares this machine: the profiles screen shows them.
            // A class shares this machine: the profiles screen shows them, and the
            // report their warm-ups and look-backs (simulated: most learn).
            let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(2020);
            let band = saves.age_band();
            for (i, name) in CLASS.iter().enumerate() {
                let avatar = crate::progress::Avatar::ALL[i % crate::progress::Avatar::ALL.len()];
                let Ok(id) = saves.create_profile(name, avatar) else {
                    continue;
                };
                let first = crate::learning::first_set(id);
                let ability = 0.3 + 0.05 * (i % 6) as f64;
                for (due, set, p) in [
                    (crate::learning::Due::WarmUp, first, ability),
                    (crate::learning::Due::LookBack, first.other(), ability + 0.3),
                ] {
                    let items = content.library.check(band, set);
                    let record = crate::learning::simulated_check(&items, set, band, p, &mut rng);
                    saves.record_check(id, due, record);
                }
            }
            actions.write(Action::ChangePlayer);
        }
        Screen::Map => {
            let first_on_map = content
                .playable()
                .filter(|s| s.ages.contains(&saves.age_band()) && saves.enabled(&s.id))
                .min_by_key(|s| s.risk)
                .map(|s| s.id.clone());
            if let Some(id) = tour.scenario.clone().or(first_on_map) {
                actions.write(Action::OpenLevel(id));
            } else {
                exit.write(AppExit::error());
            }
        }
        Screen::Level => {
            let Some(level) = level else { return };
            if let Some(feedback) = &level.feedback {
                // What a choice led to (the ending, if it ended the story), then
                // Sango's verdict.
                let name = match (feedback, level.run.step()) {
                    (Feedback::Consequence(_), Step::Ending { .. }) => "ending",
                    (Feedback::Consequence(_), _) => "consequence",
                    (Feedback::Choice(_), _) => "feedback",
                    (Feedback::Spot(_), _) => "spot-result",
                };
                if !tour.taken.contains(&name) {
                    shot(&mut tour, &mut commands, name);
                } else {
                    actions.write(Action::Continue);
                    tour.frames = SETTLE_FRAMES - 3;
                }
                return;
            }
            match level.run.step() {
                Step::Decision { choices, .. } => {
                    if !tour.taken.contains(&"level") {
                        shot(&mut tour, &mut commands, "level");
                        return;
                    }
                    // Help, opened in the middle of a level, then closed again.
                    if !tour.taken.contains(&"help") {
                        if help.open {
                            shot(&mut tour, &mut commands, "help");
                        } else {
                            actions.write(Action::OpenHelp);
                            tour.frames = 0;
                        }
                        return;
                    }
                    if help.open {
                        actions.write(Action::CloseHelp);
                        return;
                    }
                    // The tour plays well, then shows the best debrief; or slips
                    // first and puts it right.
                    let wanted = if tour.slip && tour.decided == 0 {
                        Verdict::Risky
                    } else {
                        Verdict::Safe
                    };
                    let pick = choices
                        .iter()
                        .position(|c| c.verdict == wanted)
                        .unwrap_or(0);
                    tour.decided += 1;
                    actions.write(Action::Choose(pick));
                    tour.frames = SETTLE_FRAMES - 3;
                }
                Step::Spot { parts, tapped, .. } => {
                    let next_clue =
                        (0..parts.len()).find(|i| parts[*i].clue && !tapped.contains(i));
                    match next_clue {
                        Some(_) if tapped.len() == 1 && !tour.taken.contains(&"spot") => {
                            shot(&mut tour, &mut commands, "spot");
                            return;
                        }
                        Some(i) => {
                            actions.write(Action::Tap(i));
                        }
                        None => {
                            actions.write(Action::FinishSpot);
                        }
                    }
                    tour.frames = SETTLE_FRAMES - 3;
                }
                Step::Ending { .. } if !tour.taken.contains(&"ending") => {
                    shot(&mut tour, &mut commands, "ending");
                }
                _ => {
                    actions.write(Action::Continue);
                    tour.frames = SETTLE_FRAMES - 3;
                }
            }
        }
        Screen::Debrief if !tour.taken.contains(&"debrief") => {
            shot(&mut tour, &mut commands, "debrief");
        }
        Screen::Debrief => {
            actions.write(Action::BackToMap);
        }
        Screen::Settings if !tour.taken.contains(&"settings") => {
            shot(&mut tour, &mut commands, "settings");
        }
        Screen::Settings if !tour.taken.contains(&"settings-large-contrast") => {
            if contrast {
                shot(&mut tour, &mut commands, "settings-large-contrast");
            } else {
                actions.write(Action::SetTextSize(crate::prefs::TextSize::Largest));
                actions.write(Action::ToggleContrast);
                tour.frames = 0;
            }
        }
        Screen::Settings if contrast && tour.taken.contains(&"map-large-contrast") => {
            actions.write(Action::SetTextSize(crate::prefs::TextSize::Normal));
            actions.write(Action::ToggleContrast);
            tour.frames = 0;
        }
        Screen::Settings => {
            actions.write(Action::CloseSettings);
        }
        // The teacher's side: the PIN pad, the settings, the class report.
        Screen::Pin if !tour.taken.contains(&"pin") => shot(&mut tour, &mut commands, "pin"),
        Screen::Pin => {
            // Chosen twice on a fresh machine; a machine with another PIN stops here.
            if saves
                .progress
                .machine
                .pin
                .as_ref()
                .is_some_and(|pin| !pin.matches(TOUR_PIN))
            {
                error!("screenshot tour: this data folder has another teacher PIN");
                exit.write(AppExit::error());
                return;
            }
            for d in TOUR_PIN.bytes() {
                actions.write(Action::PinDigit(d - b'0'));
            }
            actions.write(Action::PinOk);
            tour.frames = SETTLE_FRAMES - 3;
        }
        Screen::Teacher if !tour.taken.contains(&"teacher") => {
            shot(&mut tour, &mut commands, "teacher");
        }
        Screen::Teacher => {
            actions.write(Action::OpenReport);
        }
        Screen::Report if !tour.taken.contains(&"report") => {
            shot(&mut tour, &mut commands, "report");
        }
        // Then the warm-up and look-back of the class.
        Screen::Report if !tour.taken.contains(&"report-learning-asked") => {
            actions.write(Action::ReportLearning(true));
            tour.taken.push("report-learning-asked");
            tour.frames = 0;
        }
        Screen::Report if !tour.taken.contains(&"report-learning") => {
            shot(&mut tour, &mut commands, "report-learning");
        }
        Screen::Report => {
            exit.write(AppExit::Success);
        }
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
