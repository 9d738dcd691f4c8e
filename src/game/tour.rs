//! The screenshot tour (`sango --screenshot-tour DIR`): plays title → map → a level
//! → the debrief by itself, saving a PNG of each screen, then quits. The screenshot
//! test runs it under Xvfb; authors and translators can run it to see every screen.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::actions::Action;
use super::screens::Screen;
use super::state::{Content, Level, Player, Saves};
use crate::content::Verdict;
use crate::play::Step;

/// Frames to wait on a screen before its picture: fonts load, layout settles.
const SETTLE_FRAMES: u32 = 40;

#[derive(Resource)]
pub struct Tour {
    dir: PathBuf,
    /// The level to play; the first one on the map if none is given.
    scenario: Option<String>,
    frames: u32,
    taken: Vec<&'static str>,
}

impl Tour {
    pub fn new(dir: PathBuf, scenario: Option<String>) -> Self {
        Self {
            dir,
            scenario,
            frames: 0,
            taken: Vec::new(),
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, drive_tour.run_if(resource_exists::<Tour>));
}

#[allow(clippy::too_many_arguments)]
fn drive_tour(
    mut commands: Commands,
    mut tour: ResMut<Tour>,
    screen: Res<State<Screen>>,
    content: Res<Content>,
    level: Option<Res<Level>>,
    mut saves: ResMut<Saves>,
    mut player: ResMut<Player>,
    mut actions: MessageWriter<Action>,
    mut exit: MessageWriter<AppExit>,
) {
    tour.frames += 1;
    if tour.frames < SETTLE_FRAMES {
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
        }
        tour.frames = 0;
    };
    match screen.get() {
        Screen::Title if !tour.taken.contains(&"title") => shot(&mut tour, &mut commands, "title"),
        Screen::Title => {
            actions.write(Action::Play);
        }
        Screen::Profiles => {
            // A made-up nickname, as a child would choose.
            let id = match saves.progress.profiles.first() {
                Some(p) => p.id,
                None => saves
                    .progress
                    .add_profile("Blue Fox", crate::progress::Avatar::Sky)
                    .unwrap_or(1),
            };
            player.profile = Some(id);
            if !tour.taken.contains(&"profiles") {
                shot(&mut tour, &mut commands, "profiles");
            } else {
                actions.write(Action::PickProfile(id));
            }
        }
        Screen::Map if !tour.taken.contains(&"map") => shot(&mut tour, &mut commands, "map"),
        Screen::Map if tour.taken.contains(&"debrief") && !tour.taken.contains(&"map-after") => {
            // The map again, now with the level's stars.
            shot(&mut tour, &mut commands, "map-after");
        }
        Screen::Map if tour.taken.contains(&"map-after") => {
            exit.write(AppExit::Success);
        }
        Screen::Map => {
            let first_on_map = content
                .playable()
                .filter(|s| s.ages.contains(&saves.progress.age_band))
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
            if level.feedback.is_some() {
                if !tour.taken.contains(&"feedback") {
                    shot(&mut tour, &mut commands, "feedback");
                } else {
                    actions.write(Action::Continue);
                }
                return;
            }
            match level.run.step() {
                Step::Decision { choices, .. } => {
                    if !tour.taken.contains(&"level") {
                        shot(&mut tour, &mut commands, "level");
                        return;
                    }
                    // The tour plays well, then shows the best debrief.
                    let best = choices
                        .iter()
                        .position(|c| c.verdict == Verdict::Safe)
                        .unwrap_or(0);
                    actions.write(Action::Choose(best));
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
    }
}
