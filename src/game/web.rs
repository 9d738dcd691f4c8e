//! The web build's window onto the game for its page: `window.sangoState` holds
//! the screen shown, the focused button, every button on screen and how many
//! presses were handled (as JSON). The
//! page hides its loading screen when the title first appears; the browser test
//! reads it to play with the keyboard alone, as a child would.

use bevy::input_focus::InputFocus;
use bevy::prelude::*;

use super::actions::Action;
use super::screens::Screen;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Last, publish_state);
}

/// Only in frames where something it reports may have changed.
#[allow(clippy::too_many_arguments)] // a Bevy system: each argument is something it watches
fn publish_state(
    screen: Res<State<Screen>>,
    focus: Res<InputFocus>,
    buttons: Query<(Entity, &Action)>,
    added: Query<(), Added<Action>>,
    mut removed: RemovedComponents<Action>,
    mut actions: MessageReader<Action>,
    mut handled: Local<u64>,
    mut last: Local<String>,
) {
    let pressed = actions.read().count() as u64;
    *handled += pressed;
    let gone = removed.read().count() > 0;
    if pressed == 0 && !gone && added.is_empty() && !screen.is_changed() && !focus.is_changed() {
        return;
    }
    let focused = focus
        .get()
        .and_then(|e| buttons.get(e).ok())
        .map(|(_, a)| format!("{a:?}"));
    let mut all: Vec<String> = buttons.iter().map(|(_, a)| format!("{a:?}")).collect();
    all.sort();
    let state = serde_json::json!({
        "screen": format!("{:?}", screen.get()),
        "focus": focused,
        "buttons": all,
        // Buttons pressed so far: a press that leaves the screen looking the same
        // (the next line of a dialogue) still shows here.
        "actions": *handled,
    })
    .to_string();
    if *last == state {
        return;
    }
    let _ = js_sys::Reflect::set(
        &js_sys::global(),
        &"sangoState".into(),
        &state.as_str().into(),
    );
    *last = state;
}
