//! The desktop game plays its content while the linter's rules check it on a
//! thread: the title does not wait for the check (on two cores it used to wait
//! for it). No level is played unchecked: leaving the title waits for the
//! check, which is long done by then. The problems it finds join the others (a
//! level with an error is not offered; the title lists errors for the author).

use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;

use bevy::diagnostic::FrameCount;
use bevy::prelude::*;

use super::screens::Screen;
use super::screens::title::RedrawTitle;
use super::state::Content;
use crate::check::add_problems;
use crate::content::{Diagnostic, Library, MessageIndex, lint};

/// The check of the levels, until its problems are added to [`Content`].
#[derive(Resource)]
pub struct Linting {
    check: Option<JoinHandle<Vec<Diagnostic>>>,
    /// Dropped to let the check start (it waits for the title to be drawn).
    go: Option<Sender<()>>,
}

impl Linting {
    /// The check, on the thread that loaded the content, which starts it when
    /// `go` is dropped: once the title has been drawn ([`let_the_check_start`]).
    pub fn after_title(check: JoinHandle<Vec<Diagnostic>>, go: Sender<()>) -> Self {
        Self {
            check: Some(check),
            go: Some(go),
        }
    }

    /// The check, started now on a thread of its own.
    pub fn start(library: Arc<Library>, index: MessageIndex) -> Self {
        Self {
            check: Some(std::thread::spawn(move || lint(&library, &index))),
            go: None,
        }
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(PreUpdate, finish_linting.run_if(resource_exists::<Linting>))
        .add_systems(Last, let_the_check_start.run_if(resource_exists::<Linting>));
}

/// Lets the check start once the first frames are drawn: on two cores it would
/// take time from them (docs/PERFORMANCE.md, start to interactive).
fn let_the_check_start(mut linting: ResMut<Linting>, frames: Res<FrameCount>) {
    if frames.0 >= 2 && linting.go.is_some() {
        linting.go = None;
    }
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
    let done = linting.check.as_ref().is_none_or(JoinHandle::is_finished);
    if !done && !must_wait {
        return;
    }
    // Waited for, it must have started.
    linting.go = None;
    commands.remove_resource::<Linting>();
    let Some(check) = linting.check.take() else {
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
