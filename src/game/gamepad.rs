//! Gamepad play (desktop, and browsers with the Gamepad API): the D-pad or the
//! left stick moves the focus like Tab, A (south) presses the focused button, B
//! (east) closes help, Select or Start opens it. There are no timers and no
//! holding: one push, one step.
//!
//! An idle game waits for window events, and a gamepad is not a window: while a
//! pad is connected the game wakes ten times a second to read it (measured in
//! docs/PERFORMANCE.md), and goes back to sleeping when it is unplugged.

use std::time::Duration;

use bevy::input::gamepad::{Gamepad, GamepadButton};
use bevy::input_focus::tab_navigation::{NavAction, TabNavigation};
use bevy::input_focus::{FocusCause, InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};

use super::help::{HelpAction, HelpOpen};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (wake_for_gamepads, gamepad_navigation));
}

/// How often an idle game with a pad connected looks at it.
pub const GAMEPAD_POLL: Duration = Duration::from_millis(100);

/// How far the stick must be pushed to count as one step (and come back under
/// half of it before the next).
const STICK: f32 = 0.6;

fn wake_for_gamepads(gamepads: Query<(), With<Gamepad>>, winit: Option<ResMut<WinitSettings>>) {
    let Some(mut winit) = winit else { return };
    let idle = super::idle_settings().focused_mode;
    let polling = UpdateMode::reactive(GAMEPAD_POLL);
    // Only the ordinary idle mode changes: the tour and --watch keep theirs.
    if !gamepads.is_empty() && winit.focused_mode == idle {
        winit.focused_mode = polling;
    } else if gamepads.is_empty() && winit.focused_mode == polling {
        winit.focused_mode = idle;
    }
}

/// What a pad moves: the focus, as Tab does.
#[derive(bevy::ecs::system::SystemParam)]
struct Focus<'w, 's> {
    nav: TabNavigation<'w, 's>,
    focus: ResMut<'w, InputFocus>,
    visible: ResMut<'w, InputFocusVisible>,
}

impl Focus<'_, '_> {
    fn step(&mut self, step: NavAction) {
        if let Ok(next) = self.nav.navigate(&self.focus, step) {
            self.focus.set(next, FocusCause::Navigated);
            self.visible.0 = true;
        }
    }
}

fn gamepad_navigation(
    gamepads: Query<(Entity, &Gamepad)>,
    mut focus: Focus,
    help: Res<HelpOpen>,
    mut commands: Commands,
    mut actions: MessageWriter<HelpAction>,
    mut stick_held: Local<Vec<Entity>>,
) {
    for (entity, pad) in &gamepads {
        let stick = pad.left_stick();
        let pushed = stick.length() > STICK;
        let was_held = stick_held.contains(&entity);
        let stick_step = if pushed && !was_held {
            stick_held.push(entity);
            // Down and right go forward, as the arrow keys do.
            Some(
                if stick.y < -STICK.min(stick.x.abs()) || stick.x > STICK.min(stick.y.abs()) {
                    NavAction::Next
                } else {
                    NavAction::Previous
                },
            )
        } else {
            if stick.length() < STICK * 0.5 {
                stick_held.retain(|e| *e != entity);
            }
            None
        };
        let step = if pad.just_pressed(GamepadButton::DPadDown)
            || pad.just_pressed(GamepadButton::DPadRight)
        {
            Some(NavAction::Next)
        } else if pad.just_pressed(GamepadButton::DPadUp)
            || pad.just_pressed(GamepadButton::DPadLeft)
        {
            Some(NavAction::Previous)
        } else {
            stick_step
        };
        if let Some(step) = step {
            focus.step(step);
        }
        // A presses the focused button, as Enter does, whatever its kind of action.
        if pad.just_pressed(GamepadButton::South)
            && let Some(button) = focus.focus.get()
        {
            commands.trigger(bevy::ui_widgets::Activate { entity: button });
        }
        if pad.just_pressed(GamepadButton::East) && help.open {
            actions.write(HelpAction::Close);
        }
        if (pad.just_pressed(GamepadButton::Select) || pad.just_pressed(GamepadButton::Start))
            && !help.open
        {
            actions.write(HelpAction::Open);
        }
    }
}
