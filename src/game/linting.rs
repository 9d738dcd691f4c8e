//! The desktop game plays its content while the linter's rules check it on a
//! thread: the title does not wait for the check (on two cores it used to wait
//! for it). No level is played unchecked: leaving the title waits for the
//! check, which is long done by then. The problems it finds join the others (a
//! level with an error is not offered; the title lists errors for the author).

use std::sync::Arc;
use std::thread::JoinHandle;

use bevy::prelude::*;

use super::screens::Screen;
use super::screens::title::RedrawTitle;
use super::state::Content;
use crate::check::add_problems;
use crate::content::{Diagnostic, Library, MessageIndex, lint};

/// The check of the levels, until its problems are added to [`Content`].
#[derive(Resource)]
pub struct Linting(Option<JoinHandle<Vec<Diagnostic>>>);

impl Linting {
    /// The check, running on the thread that loaded the content.
    pub fn running(check: JoinHandle<Vec<Diagnostic>>) -> Self {
        Self(Some(check))
    }

    /// The check, started now on a thread of its own.
    pub fn start(library: Arc<Library>, index: MessageIndex) -> Self {
        Self::running(std::thread::spawn(move || lint(&library, &index)))
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(PreUpdate, finish_linting.run_if(resource_exists::<Linting>));
}

/// Adds the check's problems once it is done, or waits for it when the child
/// leaves the title (or the game starts elsewhere).
fn finish_linting(
    mut commands: Commands,
    mut redraw: MessageWriter<RedrawTitle>,
    mut linting: ResMut<Linting>,
    mut content: ResMut<Content>,
    screen: Option<Res<State<Screen>>>,
) {
    let must_wait = screen.is_none_or(|s| *s.get() != Screen::Title);
    let done = linting.0.as_ref().is_none_or(JoinHandle::is_finished);
    if !done && !must_wait {
        return;
    }
    commands.remove_resource::<Linting>();
    let Some(check) = linting.0.take() else {
        return;
    };
    let found = check.join().unwrap_or_else(|_| {
        error!("checking the levels failed; playing on without the check");
        Vec::new()
    });
    for d in found.iter().filter(|d| d.is_error()) {
        error!("{d}");
    }
    // The title lists errors (warnings are for `sango validate`).
    if found.iter().any(Diagnostic::is_error) {
        redraw.write(RedrawTitle);
    }
    add_problems(&mut content.problems, found);
}
