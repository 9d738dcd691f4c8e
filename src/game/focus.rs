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
        .add_systems(Startup, listen_for_arrows);
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
