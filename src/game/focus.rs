//! Keyboard play: Tab and Shift+Tab (Bevy's tab navigation), the arrow keys as well,
//! Enter or Space to press. The focused control wears a ring (see `theme`).

use bevy::input::ButtonState;
use bevy::input::keyboard::KeyboardInput;
use bevy::input_focus::tab_navigation::{NavAction, TabNavigation, TabNavigationPlugin};
use bevy::input_focus::{FocusCause, FocusedInput, InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(TabNavigationPlugin)
        .add_systems(Startup, listen_for_arrows)
        .add_systems(PostUpdate, refocus_after_screen_change);
}

/// A click that changes screen focuses the button it pressed, which is then
/// despawned with its screen; the next key would be lost on it. Focus the new
/// screen's chosen control instead.
fn refocus_after_screen_change(
    mut focus: ResMut<InputFocus>,
    entities: &bevy::ecs::entity::Entities,
    autofocus: Query<Entity, With<bevy::input_focus::AutoFocus>>,
) {
    let Some(current) = focus.get() else {
        return;
    };
    if entities.contains(current) {
        return;
    }
    if let Some(target) = autofocus.iter().next() {
        focus.set(target, FocusCause::Navigated);
    } else {
        focus.clear();
    }
}

fn listen_for_arrows(mut commands: Commands, windows: Query<Entity, With<PrimaryWindow>>) {
    for window in &windows {
        commands.entity(window).observe(arrow_navigation);
    }
}

/// Arrows move like Tab: down and right go forward, up and left go back.
fn arrow_navigation(
    mut event: On<FocusedInput<KeyboardInput>>,
    nav: TabNavigation,
    mut focus: ResMut<InputFocus>,
    mut visible: ResMut<InputFocusVisible>,
) {
    let key = &event.input;
    if key.state != ButtonState::Pressed {
        return;
    }
    let action = match key.key_code {
        KeyCode::ArrowDown | KeyCode::ArrowRight => NavAction::Next,
        KeyCode::ArrowUp | KeyCode::ArrowLeft => NavAction::Previous,
        _ => return,
    };
    if let Ok(next) = nav.navigate(&focus, action) {
        event.propagate(false);
        focus.set(next, FocusCause::Navigated);
        visible.0 = true;
    }
}
