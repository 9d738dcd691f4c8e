//! `sango --check-display FILE`: start the game, wait until the title is drawn
//! with all its words, save a picture of it to FILE and quit. For whoever sets up
//! a school's machines (does the game start, find its files and draw here?), and
//! the packages' smoke test (scripts/package-test). It plays nothing and saves
//! nothing but the picture. With `sango play --scenario ID --beat BEAT` it waits
//! for that step instead (an author's picture of a clue card, `--show-hotspots`).

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::screens::Screen;
use super::theme::Localized;

/// Frames the title settles before its picture (fonts load, layout settles), and
/// frames after asking for it before quitting (it is written by then).
const SETTLE_FRAMES: u32 = 40;
/// A title whose words never come fails the check after this many frames.
const GIVE_UP_FRAMES: u32 = 1200;

#[derive(Resource, Debug)]
pub struct Snapshot {
    file: PathBuf,
    /// The screen to wait for: the title, or the level `play` opens.
    screen: Screen,
    frames: u32,
    asked: bool,
}

impl Snapshot {
    pub fn new(file: PathBuf, screen: Screen) -> Self {
        Self {
            file,
            screen,
            frames: 0,
            asked: false,
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, take_picture.run_if(resource_exists::<Snapshot>));
}

fn take_picture(
    mut commands: Commands,
    mut snapshot: ResMut<Snapshot>,
    screen: Res<State<Screen>>,
    words: Query<(&Text, &Localized)>,
    mut exit: MessageWriter<AppExit>,
) {
    snapshot.frames += 1;
    if snapshot.asked {
        if snapshot.frames >= SETTLE_FRAMES {
            exit.write(AppExit::Success);
        }
        return;
    }
    let drawn = *screen.get() == snapshot.screen
        && !words.is_empty()
        && super::theme::texts_without_words(&words) == 0;
    if !drawn {
        if snapshot.frames > GIVE_UP_FRAMES {
            error!("--check-display: the screen never got all its words");
            exit.write(AppExit::error());
        }
        return;
    }
    if snapshot.frames < SETTLE_FRAMES {
        return;
    }
    let file = snapshot.file.clone();
    if let Some(folder) = file.parent().filter(|f| !f.as_os_str().is_empty())
        && let Err(e) = std::fs::create_dir_all(folder)
    {
        error!("--check-display: cannot create {}: {e}", folder.display());
        exit.write(AppExit::error());
        return;
    }
    info!(
        "--check-display: the screen is drawn; its picture goes to {}",
        file.display()
    );
    commands
        .spawn(Screenshot::primary_window())
        .observe(save_to_disk(file));
    snapshot.asked = true;
    snapshot.frames = 0;
}
