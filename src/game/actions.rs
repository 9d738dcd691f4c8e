//! What a button does. Buttons carry an [`Action`]; activating one (click, Enter,
//! Space) sends it as a message, and each screen handles its own. Tests and the
//! screenshot tour send the same messages.

use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use bevy::window::RequestRedraw;

use crate::progress::Avatar;

#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum Action {
    // Title
    Play,
    Quit,
    /// Play in this language from now on.
    SetLanguage(String),
    // Who is playing
    PickProfile(u32),
    /// Open the new-profile form.
    NewPlayer,
    PickAvatar(Avatar),
    CreateProfile,
    BackToTitle,
    /// The previous or next page of a long list (profiles, the report's children).
    PagePrevious,
    PageNext,
    /// Remove the profile picked for removal, after asking.
    ConfirmRemove,
    /// Step back from a question without doing anything.
    Cancel,
    // Teacher
    OpenTeacher,
    PinDigit(u8),
    PinErase,
    PinOk,
    /// Switch a scenario on or off for the class.
    ToggleScenario(String),
    ToggleLock,
    OpenReport,
    /// Pick profiles to remove, teacher only.
    RemoveProfiles,
    ResetAll,
    ConfirmReset,
    BackToTeacher,
    /// Leave teacher mode.
    TeacherDone,
    SaveReportCsv,
    /// The report's warm-up and look-back (true), or its levels.
    ReportLearning(bool),
    SaveReportHtml,
    // Map
    OpenLevel(String),
    /// Take the look-back the child is due.
    OpenCheck,
    /// The child's badges, one per objective mastered.
    OpenBadges,
    ChangePlayer,
    /// Show the levels of this age band.
    SetAgeBand(crate::content::AgeBand),
    // Level
    Continue,
    /// The choice shown at this position.
    Choose(usize),
    /// Tap this part of a spot-the-clues card.
    Tap(usize),
    /// Done inspecting the card.
    FinishSpot,
    LeaveLevel,
    /// Read this line (a text entity with `voice::Spoken`) aloud.
    ReadAloud(Entity),
    // The warm-up and look-back
    /// How sure the child is of the answer picked.
    Sure(crate::learning::Confidence),
    /// Straight to the level, without the warm-up.
    SkipCheck,
    // Debrief
    BackToMap,
    PlayAgain,
    // Settings (from the title and the map)
    OpenSettings,
    SetTextSize(crate::prefs::TextSize),
    ToggleContrast,
    /// "Less motion": no animation at all.
    ToggleMotion,
    /// Sound effects one step louder (true) or quieter.
    EffectsVolume(bool),
    /// Music one step louder (true) or quieter.
    MusicVolume(bool),
    /// Voices one step louder (true) or quieter.
    VoiceVolume(bool),
    ToggleMute,
    /// Read each line aloud as it appears, or not.
    ToggleReadAloud,
    CloseSettings,
    // Help, over any screen
    OpenHelp,
    CloseHelp,
}

/// A sound the moment deserves; the audio plugin plays it, tests ignore it.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    Click,
    Good,
    Think,
    /// Stars earned, on the debrief.
    Star,
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Action>()
        .add_message::<Cue>()
        .init_resource::<ClickedThisFrame>()
        .add_systems(First, forget_clicks)
        .add_observer(send_on_click)
        .add_observer(send_action)
        .add_message::<RequestRedraw>()
        .add_systems(Last, keep_drawing_while_things_change)
        .add_systems(
            StateTransition,
            drop_stale_actions.after(bevy::state::state::StateTransitionSystems::EnterSchedules),
        );
}

/// A new screen starts with no actions pending. Messages live for two frames (or
/// longer between fixed-time steps): without this, a screen whose handler has not
/// run for a while would act on a press meant for the screen before it (a "Back"
/// read again by the next screen that has a Back).
fn drop_stale_actions(
    mut transitions: MessageReader<StateTransitionEvent<crate::game::Screen>>,
    mut actions: ResMut<Messages<Action>>,
) {
    if transitions.read().count() > 0 {
        actions.clear();
    }
}

/// In reactive mode a frame runs only when input arrives. An action's effects (a
/// new screen, the next line) land a frame later, so ask for that frame, and one
/// more after a screen change, so nobody has to wiggle the mouse to see them.
fn keep_drawing_while_things_change(
    mut actions: MessageReader<Action>,
    mut transitions: MessageReader<StateTransitionEvent<crate::game::Screen>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if actions.read().count() + transitions.read().count() > 0 {
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

fn send_on_click(
    click: On<Pointer<Click>>,
    actions: Query<&Action>,
    mut clicked: ResMut<ClickedThisFrame>,
    mut out: MessageWriter<Action>,
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

/// Enter or Space on a focused button.
fn send_action(
    activate: On<Activate>,
    actions: Query<&Action>,
    mut clicked: ResMut<ClickedThisFrame>,
    mut out: MessageWriter<Action>,
) {
    if let Some(i) = clicked.0.iter().position(|e| *e == activate.entity) {
        clicked.0.swap_remove(i);
        return;
    }
    if let Ok(action) = actions.get(activate.entity) {
        debug!("action {action:?}");
        out.write(action.clone());
    }
}

/// Every pressed button clicks.
pub fn click_on_action(mut actions: MessageReader<Action>, mut cues: MessageWriter<Cue>) {
    if actions.read().count() > 0 {
        cues.write(Cue::Click);
    }
}
