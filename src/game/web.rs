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

fn publish_state(
    screen: Res<State<Screen>>,
    focus: Res<InputFocus>,
    buttons: Query<(Entity, &Action)>,
    mut actions: MessageReader<Action>,
    mut handled: Local<u64>,
    mut last: Local<String>,
) {
    *handled += actions.read().count() as u64;
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
    #[cfg(target_arch = "wasm32")]
    {
        let global = js_sys::global();
        let _ = js_sys::Reflect::set(&global, &"sangoState".into(), &state.clone().into());
    }
    *last = state;
}
