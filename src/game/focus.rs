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
        .init_resource::<Refocus>()
        .add_systems(Startup, listen_for_arrows)
        .add_systems(PostUpdate, refocus);
}

/// After a screen is built again because a button was pressed (a setting changed),
/// focus goes back to that button, not to the screen's first one: a child pressing
/// "Louder" three times with the keyboard stays on "Louder". Buttons are known by
/// their name, which says their action (see `theme::button_base`).
#[derive(Resource, Default, Debug)]
pub struct Refocus(pub Option<Name>);

impl Refocus {
    /// Focus the button that sends `action` once the screen is built again.
    pub fn to(&mut self, action: &impl super::actions::Action) {
        self.0 = Some(super::theme::button_name(action));
    }
}

fn refocus(
    mut wanted: ResMut<Refocus>,
    buttons: Query<(Entity, &Name), Added<bevy::ui_widgets::Button>>,
    mut focus: ResMut<InputFocus>,
) {
    let Some(name) = wanted.0.as_ref() else {
        return;
    };
    if buttons.is_empty() {
        return;
    }
    // The screen was built: its button, if it still has one, gets the focus.
    if let Some((entity, _)) = buttons.iter().find(|(_, n)| *n == name) {
        focus.set(entity, FocusCause::Navigated);
    }
    wanted.0 = None;
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
