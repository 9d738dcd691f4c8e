//! The teacher PIN: chosen (twice) the first time, asked for after that. Digits by
//! keyboard or the on-screen keypad; dots, never digits, on screen.

use bevy::input::ButtonState;
use bevy::input::keyboard::KeyboardInput;
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::{Rebuild, RebuiltRoot, Screen, clear_root};
use crate::game::actions::AddAction;
use crate::game::sango::sango;
use crate::game::state::Saves;
use crate::game::theme::{ButtonStyle, Localized, Theme, button, heading, label, palette, size};
use crate::progress::pin::{PIN_MAX_DIGITS, PIN_MIN_DIGITS, PinHash, valid_pin};

pub(super) fn plugin(app: &mut App) {
    app.add_action::<PinAction>()
        .init_resource::<TeacherSession>()
        .add_systems(OnEnter(Screen::Pin), (start_entry, spawn_pin).chain())
        .add_systems(
            Update,
            (
                type_digits,
                on_action,
                spawn_pin.run_if(on_message::<Rebuild>),
            )
                .chain()
                .run_if(in_state(Screen::Pin)),
        );
}

/// The PIN pad's buttons (and the number keys, Backspace).
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum PinAction {
    Digit(u8),
    Erase,
    Ok,
    /// Back to the title.
    Back,
}

/// The teacher typed the PIN; closed when they press Done.
#[derive(Resource, Default, Debug)]
pub struct TeacherSession {
    pub open: bool,
}

/// What is being typed, and why.
#[derive(Resource, Default, Debug)]
pub struct PinEntry {
    /// No PIN yet: this one is being chosen.
    pub choosing: bool,
    /// The first of the two entries while choosing.
    pub first: Option<String>,
    pub typed: String,
    pub error: Option<&'static str>,
    /// Seconds to wait before another try, after too many wrong ones.
    pub wait: u64,
}

fn start_entry(mut commands: Commands, saves: Res<Saves>) {
    commands.insert_resource(PinEntry {
        choosing: saves.progress.machine.pin.is_none(),
        ..default()
    });
}

fn spawn_pin(
    mut commands: Commands,
    theme: Res<Theme>,
    entry: Res<PinEntry>,
    old: Query<Entity, With<RebuiltRoot>>,
) {
    clear_root(&mut commands, &old);
    let theme = theme.as_ref();
    let (title, hint) = match (entry.choosing, entry.first.is_some()) {
        (true, false) => ("pin-set-heading", "pin-set-hint"),
        (true, true) => ("pin-confirm-heading", "pin-set-hint"),
        (false, _) => ("pin-enter-heading", "pin-enter-hint"),
    };
    commands
        .spawn((
            crate::game::theme::screen_root("PIN screen"),
            DespawnOnExit(Screen::Pin),
            RebuiltRoot,
        ))
        .with_children(|root| {
            root.spawn(sango(crate::content::Mood::Thinking, 0.6));
            root.spawn(heading(theme, Localized::new(title), size::HEADING));
            root.spawn((
                label(theme, Localized::new(hint), size::SMALL, palette::INK_SOFT),
                TextLayout::justify(Justify::Center),
                Node {
                    max_width: px(760),
                    ..default()
                },
            ));
            // One dot per digit typed, rings for the digits still needed.
            root.spawn((
                Name::new("PIN dots"),
                Node {
                    column_gap: px(12),
                    min_height: px(24),
                    ..default()
                },
            ))
            .with_children(|dots| {
                let shown = entry.typed.len().max(PIN_MIN_DIGITS);
                for i in 0..shown.min(PIN_MAX_DIGITS) {
                    let filled = i < entry.typed.len();
                    dots.spawn((
                        Node {
                            width: px(22),
                            height: px(22),
                            border: UiRect::all(px(3)),
                            border_radius: BorderRadius::MAX,
                            ..default()
                        },
                        BorderColor::all(palette::INK),
                        BackgroundColor(if filled { palette::INK } else { Color::NONE }),
                    ));
                }
            });
            root.spawn(label(
                theme,
                Localized::new(entry.error.unwrap_or("empty"))
                    .with("seconds", entry.wait)
                    .with("min", PIN_MIN_DIGITS)
                    .with("max", PIN_MAX_DIGITS),
                size::SMALL,
                palette::RISKY,
            ));
            // The keypad: 1 2 3 / 4 5 6 / 7 8 9 / Erase 0 OK, like a phone's.
            root.spawn(Node {
                display: Display::Grid,
                grid_template_columns: RepeatedGridTrack::px(3, 150.0),
                column_gap: px(10),
                row_gap: px(10),
                ..default()
            })
            .with_children(|pad| {
                for digit in [1, 2, 3, 4, 5, 6, 7, 8, 9] {
                    pad.spawn(digit_key(theme, digit));
                }
                pad.spawn(button(
                    theme,
                    Localized::new("pin-erase"),
                    PinAction::Erase,
                    ButtonStyle::Quiet,
                ));
                pad.spawn(digit_key(theme, 0));
                pad.spawn((
                    button(
                        theme,
                        Localized::new("pin-ok"),
                        PinAction::Ok,
                        ButtonStyle::Primary,
                    ),
                    AutoFocus,
                ));
            });
            root.spawn(button(
                theme,
                Localized::new("back"),
                PinAction::Back,
                ButtonStyle::Quiet,
            ));
        });
}

fn digit_key(theme: &Theme, digit: u8) -> impl Bundle {
    (
        crate::game::theme::button_base(PinAction::Digit(digit), ButtonStyle::Quiet),
        children![(
            Text::new(digit.to_string()),
            theme.text_font(true, size::BUTTON),
            TextColor(palette::INK),
        )],
    )
}

/// Digits and Backspace from the keyboard, wherever the focus is.
fn type_digits(mut keys: MessageReader<KeyboardInput>, mut actions: MessageWriter<PinAction>) {
    for key in keys.read() {
        if key.state != ButtonState::Pressed {
            continue;
        }
        let digit = match key.key_code {
            KeyCode::Digit0 | KeyCode::Numpad0 => Some(0),
            KeyCode::Digit1 | KeyCode::Numpad1 => Some(1),
            KeyCode::Digit2 | KeyCode::Numpad2 => Some(2),
            KeyCode::Digit3 | KeyCode::Numpad3 => Some(3),
            KeyCode::Digit4 | KeyCode::Numpad4 => Some(4),
            KeyCode::Digit5 | KeyCode::Numpad5 => Some(5),
            KeyCode::Digit6 | KeyCode::Numpad6 => Some(6),
            KeyCode::Digit7 | KeyCode::Numpad7 => Some(7),
            KeyCode::Digit8 | KeyCode::Numpad8 => Some(8),
            KeyCode::Digit9 | KeyCode::Numpad9 => Some(9),
            _ => None,
        };
        match (digit, key.key_code) {
            (Some(d), _) => {
                actions.write(PinAction::Digit(d));
            }
            (None, KeyCode::Backspace) => {
                actions.write(PinAction::Erase);
            }
            _ => {}
        }
    }
}

fn on_action(
    mut actions: MessageReader<PinAction>,
    mut entry: ResMut<PinEntry>,
    mut saves: ResMut<Saves>,
    mut session: ResMut<TeacherSession>,
    mut rebuild: MessageWriter<Rebuild>,
    mut next: ResMut<NextState<Screen>>,
) {
    for action in actions.read() {
        match action {
            PinAction::Digit(d) => {
                if entry.typed.len() < PIN_MAX_DIGITS {
                    entry.typed.push(char::from(b'0' + d.min(&9)));
                }
                entry.error = None;
            }
            PinAction::Erase => {
                entry.typed.pop();
            }
            PinAction::Ok => {
                let typed = std::mem::take(&mut entry.typed);
                if !valid_pin(&typed) {
                    entry.error = Some("pin-error-length");
                } else if !entry.choosing {
                    // Wrong tries slow down, counted in the save folder so that
                    // closing the game does not reset them.
                    let now = crate::clock::now_unix();
                    let machine = &saves.progress.machine;
                    let wait = machine.pin_tries.unwrap_or_default().wait(now);
                    if wait > 0 {
                        entry.error = Some("pin-error-wait");
                        entry.wait = wait;
                    } else if let Some(hash) = machine.pin.clone()
                        && hash.matches(&typed)
                    {
                        let upgrade = hash.is_legacy().then(|| PinHash::new(&typed));
                        saves.change_machine(|m| {
                            m.pin_tries = None;
                            if let Some(new) = upgrade {
                                m.pin = Some(new);
                            }
                        });
                        session.open = true;
                        next.set(Screen::Teacher);
                    } else {
                        saves.change_machine(|m| m.pin_tries.get_or_insert_default().failed(now));
                        let tries = saves.progress.machine.pin_tries.unwrap_or_default();
                        entry.wait = tries.wait(now);
                        entry.error = Some(if entry.wait > 0 {
                            "pin-error-wait"
                        } else {
                            "pin-error-wrong"
                        });
                    }
                } else if let Some(first) = entry.first.take() {
                    if first == typed {
                        let hash = PinHash::new(&typed);
                        if saves.change_machine(|m| m.pin = Some(hash)) {
                            session.open = true;
                            next.set(Screen::Teacher);
                        } else {
                            entry.error = Some("pin-error-not-saved");
                        }
                    } else {
                        entry.error = Some("pin-error-mismatch");
                    }
                } else {
                    entry.first = Some(typed);
                }
            }
            PinAction::Back => next.set(Screen::Title),
        }
        rebuild.write(Rebuild);
    }
}
