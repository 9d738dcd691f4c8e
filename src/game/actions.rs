//! What a button does. Each screen (and each layer over the screens) has its own
//! kind of action: an enum that is both a component on its buttons and a message
//! sent when one is activated (click, Enter, Space, a gamepad's A). A screen reads
//! only its own kind, so a press meant for one screen can never be read by
//! another. Tests and the screenshot tour send the same messages.
//!
//! A kind of action is registered once with [`AddAction::add_action`]; everything
//! else (the click sound, the redraw, Sango's blink, the accessibility names)
//! looks at [`Pressed`] or at Bevy's `Button`, whatever the kind.

use std::fmt::Debug;

use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use bevy::window::RequestRedraw;

/// A kind of action: a component on buttons, a message when pressed.
pub trait Action: Component + Message + Clone + Debug {}
impl<T: Component + Message + Clone + Debug> Action for T {}

/// Some button was pressed this frame, of any kind: for the click sound, the
/// redraw and Sango's blink.
#[derive(Message, Clone, Copy, Debug, Default)]
pub struct Pressed;

/// A sound the moment deserves; the audio plugin plays it, tests ignore it.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    Click,
    Good,
    Think,
    /// Stars earned, on the debrief.
    Star,
}

/// Registers a kind of action: its message, the observers that send it from its
/// buttons, and its clean-up between screens.
pub trait AddAction {
    fn add_action<A: Action>(&mut self) -> &mut Self;
}

impl AddAction for App {
    fn add_action<A: Action>(&mut self) -> &mut Self {
        self.add_message::<A>()
            .add_observer(send_on_click::<A>)
            .add_observer(send_on_activate::<A>)
            .add_systems(PostUpdate, notice::<A>)
            .add_systems(
                StateTransition,
                drop_stale::<A>.after(bevy::state::state::StateTransitionSystems::EnterSchedules),
            )
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Pressed>()
        .add_message::<Cue>()
        .init_resource::<ClickedThisFrame>()
        .add_systems(First, forget_clicks)
        .add_message::<RequestRedraw>()
        .add_systems(Last, keep_drawing_while_things_change);
}

/// A new screen starts with no actions pending. Messages live for two frames (or
/// longer between fixed-time steps): without this, a screen whose handler has not
/// run for a while would act on a press meant for the screen before it.
fn drop_stale<A: Action>(
    mut transitions: MessageReader<StateTransitionEvent<crate::game::Screen>>,
    mut actions: ResMut<Messages<A>>,
) {
    if transitions.read().count() > 0 {
        actions.clear();
    }
}

/// Every kind of action, as one [`Pressed`].
fn notice<A: Action>(mut actions: MessageReader<A>, mut pressed: MessageWriter<Pressed>) {
    if actions.read().count() > 0 {
        pressed.write(Pressed);
    }
}

/// In reactive mode a frame runs only when input arrives. An action's effects (a
/// new screen, the next line) land a frame later, so ask for that frame, and one
/// more after a screen change, so nobody has to wiggle the mouse to see them.
fn keep_drawing_while_things_change(
    mut pressed: MessageReader<Pressed>,
    mut transitions: MessageReader<StateTransitionEvent<crate::game::Screen>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if pressed.read().count() + transitions.read().count() > 0 {
        redraw.write(RequestRedraw);
    }
}

/// Buttons already handled by a click this frame.
///
/// Bevy's button only activates on a click if it saw the press first; when press
/// and release land in the same frame (a quick click on a slow school machine) it
/// does not, and the click would be lost. So clicks are handled here, and the
/// `Activate` that may follow for the same click is ignored.
#[derive(Resource, Default)]
struct ClickedThisFrame(Vec<Entity>);

fn forget_clicks(mut clicked: ResMut<ClickedThisFrame>) {
    clicked.0.clear();
}

fn send_on_click<A: Action>(
    click: On<Pointer<Click>>,
    actions: Query<&A>,
    mut clicked: ResMut<ClickedThisFrame>,
    mut out: MessageWriter<A>,
) {
    if click.event.button != PointerButton::Primary {
        return;
    }
    if let Ok(action) = actions.get(click.entity) {
        debug!("click {action:?}");
        clicked.0.push(click.entity);
        out.write(action.clone());
    }
}

/// Enter or Space on a focused button, or a gamepad's A.
fn send_on_activate<A: Action>(
    activate: On<Activate>,
    actions: Query<&A>,
    mut clicked: ResMut<ClickedThisFrame>,
    mut out: MessageWriter<A>,
) {
    // Only this kind's buttons: another kind's observer must not forget the click.
    let Ok(action) = actions.get(activate.entity) else {
        return;
    };
    if let Some(i) = clicked.0.iter().position(|e| *e == activate.entity) {
        clicked.0.swap_remove(i);
        return;
    }
    debug!("action {action:?}");
    out.write(action.clone());
}

/// Every pressed button clicks.
pub fn click_on_press(mut pressed: MessageReader<Pressed>, mut cues: MessageWriter<Cue>) {
    if pressed.read().count() > 0 {
        cues.write(Cue::Click);
    }
}
