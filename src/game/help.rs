//! Help, always one press away: a "Get help" button in a corner of every screen
//! (and F1) opens a panel over the game that says what to do right now, to tell a
//! trusted adult, and which helplines to call: the school's (from its settings
//! file) or Child Helpline International's directory. Text only: the game opens
//! no link and calls no one. Closing it (the button, Escape) returns to the game
//! exactly where the child was.

use bevy::input_focus::tab_navigation::TabGroup;
use bevy::input_focus::{AutoFocus, FocusCause, InputFocus};
use bevy::prelude::*;

use super::actions::AddAction;
use super::state::{Saves, Words};
use super::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, palette, size, verbatim,
};
use crate::l10n::Direction;

pub(super) fn plugin(app: &mut App) {
    app.add_action::<HelpAction>()
        .init_resource::<HelpOpen>()
        .add_systems(Startup, spawn_help_button)
        .add_systems(
            Update,
            (
                keys_for_help,
                toggle_help,
                respawn_help_button.run_if(
                    resource_changed::<super::state::Prefs>.or_else(resource_changed::<Words>),
                ),
            )
                .chain(),
        );
}

/// The help panel's buttons (and F1, Escape, a gamepad's Start and B).
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum HelpAction {
    Open,
    Close,
}

/// Whether the help panel is open, and what had the focus before it.
#[derive(Resource, Default, Debug)]
pub struct HelpOpen {
    pub open: bool,
    before: Option<Entity>,
}

#[derive(Component)]
struct HelpCorner;

#[derive(Component)]
struct HelpPanel;

/// The corner button, after every screen in the Tab order.
fn spawn_help_button(mut commands: Commands, theme: Res<Theme>, words: Option<Res<Words>>) {
    match words {
        Some(words) => spawn_corner(&mut commands, &theme, &words, false),
        None => spawn_corner_at(&mut commands, &theme, false, false),
    }
}

fn spawn_corner(commands: &mut Commands, theme: &Theme, words: &Words, hidden: bool) {
    let rtl = words.0.direction() == Direction::RightToLeft;
    spawn_corner_at(commands, theme, rtl, hidden);
}

fn spawn_corner_at(commands: &mut Commands, theme: &Theme, rtl: bool, hidden: bool) {
    let (left, right) = if rtl {
        (px(12), Val::Auto)
    } else {
        (Val::Auto, px(12))
    };
    commands
        .spawn((
            Name::new("Help corner"),
            HelpCorner,
            TabGroup::new(1),
            GlobalZIndex(10),
            if hidden {
                Visibility::Hidden
            } else {
                Visibility::Inherited
            },
            Node {
                position_type: PositionType::Absolute,
                bottom: px(12),
                left,
                right,
                ..default()
            },
        ))
        .with_children(|corner| {
            corner.spawn(button(
                theme,
                Localized::new("help-button"),
                HelpAction::Open,
                ButtonStyle::Primary,
            ));
        });
}

/// Built again at the child's text size and contrast, in the language's words
/// and corner (bottom left in Arabic).
fn respawn_help_button(
    mut commands: Commands,
    theme: Res<Theme>,
    words: Res<Words>,
    prefs: Res<super::state::Prefs>,
    help: Res<HelpOpen>,
    corners: Query<Entity, With<HelpCorner>>,
) {
    for corner in &corners {
        commands.entity(corner).try_despawn();
    }
    // At the new size even if the theme follows a moment later.
    let mut theme = theme.for_language(words.0.language());
    theme.scale = prefs.0.text_size.scale();
    spawn_corner(&mut commands, &theme, &words, help.open);
}

/// F1 opens help anywhere; Escape closes it.
fn keys_for_help(
    keys: Res<ButtonInput<KeyCode>>,
    help: Res<HelpOpen>,
    mut actions: MessageWriter<HelpAction>,
) {
    if keys.just_pressed(KeyCode::F1) && !help.open {
        actions.write(HelpAction::Open);
    }
    if keys.just_pressed(KeyCode::Escape) && help.open {
        actions.write(HelpAction::Close);
    }
}

/// What the panel is written with: the theme, the language, the school's helplines.
#[derive(bevy::ecs::system::SystemParam)]
struct PanelWords<'w> {
    theme: Res<'w, Theme>,
    words: Res<'w, Words>,
    saves: Res<'w, Saves>,
}

fn toggle_help(
    mut commands: Commands,
    mut actions: MessageReader<HelpAction>,
    mut help: ResMut<HelpOpen>,
    mut focus: ResMut<InputFocus>,
    with: PanelWords,
    panels: Query<Entity, With<HelpPanel>>,
    corner: Query<Entity, With<HelpCorner>>,
) {
    for action in actions.read() {
        match action {
            HelpAction::Open if !help.open => {
                help.open = true;
                help.before = focus.get();
                for c in &corner {
                    commands.entity(c).insert(Visibility::Hidden);
                }
                let theme = with.theme.for_language(with.words.0.language());
                spawn_panel(&mut commands, &theme, &with.saves);
            }
            HelpAction::Close if help.open => {
                help.open = false;
                for panel in &panels {
                    commands.entity(panel).try_despawn();
                }
                for c in &corner {
                    commands.entity(c).insert(Visibility::Inherited);
                }
                // Back to the button the child was on, if it is still there.
                match help.before.take() {
                    Some(before) if commands.get_entity(before).is_ok() => {
                        focus.set(before, FocusCause::Navigated);
                    }
                    _ => focus.clear(),
                }
            }
            _ => {}
        }
    }
}

fn section(parent: &mut ChildSpawnerCommands, theme: &Theme, title: &str, lines: &[&str]) {
    parent.spawn(heading(theme, Localized::new(title), size::BODY));
    for line in lines {
        parent.spawn((
            label(theme, Localized::new(*line), size::SMALL, palette::INK),
            Node {
                margin: UiRect::horizontal(px(12)),
                ..default()
            },
        ));
    }
}

fn spawn_panel(commands: &mut Commands, theme: &Theme, saves: &Saves) {
    let helplines = saves.helplines();
    commands
        .spawn((
            crate::game::theme::overlay("Help panel", 20),
            HelpPanel,
            TabGroup::modal(),
            bevy::ui_widgets::ScrollArea,
            BackgroundColor(Color::srgba(0.05, 0.10, 0.18, 0.55)),
        ))
        .with_children(|backdrop| {
            backdrop
                .spawn(crate::game::theme::panel())
                .insert(Node {
                    flex_direction: FlexDirection::Column,
                    padding: UiRect::all(px(26)),
                    row_gap: px(10),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(18)),
                    max_width: px(980),
                    ..default()
                })
                .with_children(|panel| {
                    panel.spawn(heading(
                        theme,
                        Localized::new("help-heading"),
                        size::HEADING,
                    ));
                    section(
                        panel,
                        theme,
                        "help-now-heading",
                        &[
                            "help-now-stop",
                            "help-now-keep",
                            "help-now-block",
                            "help-now-not-your-fault",
                        ],
                    );
                    section(panel, theme, "help-adult-heading", &["help-adult-text"]);
                    panel.spawn(heading(
                        theme,
                        Localized::new("help-lines-heading"),
                        size::BODY,
                    ));
                    if helplines.is_empty() {
                        panel.spawn((
                            label(
                                theme,
                                Localized::new("help-lines-default"),
                                size::SMALL,
                                palette::INK,
                            ),
                            Node {
                                margin: UiRect::horizontal(px(12)),
                                ..default()
                            },
                        ));
                    }
                    for line in helplines {
                        // The school's own words, as written in its settings file.
                        let text = match &line.hours {
                            Some(hours) => format!("{}: {} ({hours})", line.name, line.contact),
                            None => format!("{}: {}", line.name, line.contact),
                        };
                        panel.spawn((
                            verbatim(theme, text, size::SMALL, palette::INK),
                            Node {
                                margin: UiRect::horizontal(px(12)),
                                ..default()
                            },
                        ));
                    }
                    panel.spawn(label(
                        theme,
                        Localized::new("help-danger"),
                        size::SMALL,
                        palette::RISKY,
                    ));
                    panel
                        .spawn(Node {
                            justify_content: JustifyContent::Center,
                            margin: UiRect::top(px(8)),
                            ..default()
                        })
                        .with_children(|row| {
                            row.spawn((
                                button(
                                    theme,
                                    Localized::new("help-close"),
                                    HelpAction::Close,
                                    ButtonStyle::Primary,
                                ),
                                AutoFocus,
                            ));
                        });
                });
        });
}
