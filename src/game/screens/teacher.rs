//! The teacher's settings, behind the PIN: the class's age band and language,
//! which levels are on, locking those settings, the class report, removing a
//! profile, resetting all progress (after a backup), and quitting a kiosk.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::map::risk_color;
use super::pin::TeacherSession;
use super::profiles::ProfilesView;
use super::title::language_picker;
use super::{Rebuild, RebuiltRoot, Screen, clear_root};
use crate::content::{AgeBand, Risk};
use crate::game::actions::AddAction;
use crate::game::state::{Content, Saves, Words};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, button_base, button_label, heading, label, option_row,
    palette, size, verbatim,
};
use crate::game::widgets::confirm_buttons;

pub(super) fn plugin(app: &mut App) {
    app.add_action::<TeacherAction>()
        .init_resource::<TeacherView>()
        .add_systems(OnEnter(Screen::Teacher), (guard, spawn_teacher).chain())
        .add_systems(
            Update,
            (
                on_action,
                spawn_teacher.run_if(
                    on_message::<Rebuild>
                        .or_else(resource_changed::<Words>.and_then(not(resource_added::<Words>))),
                ),
            )
                .chain()
                .run_if(in_state(Screen::Teacher)),
        );
}

/// The teacher's settings' buttons.
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum TeacherAction {
    /// Switch a scenario on or off for the class.
    ToggleScenario(String),
    ToggleLock,
    /// The age band the class plays.
    SetAgeBand(crate::content::AgeBand),
    OpenReport,
    /// Pick profiles to remove.
    RemoveProfiles,
    ResetAll,
    ConfirmReset,
    /// Step back from the question without doing anything.
    Cancel,
    /// Leave teacher mode.
    Done,
    Quit,
}

/// What the teacher screen says or asks.
#[derive(Resource, Default, Debug)]
pub struct TeacherView {
    /// "Reset all progress?" is being asked.
    pub confirm_reset: bool,
    pub said: Option<Localized>,
    pub problem: Option<Localized>,
}

/// Only after the PIN: anything else goes back to the title.
fn guard(session: Res<TeacherSession>, mut next: ResMut<NextState<Screen>>) {
    if !session.open {
        next.set(Screen::Title);
    }
}

fn section(parent: &mut ChildSpawnerCommands, theme: &Theme, message: Localized) {
    parent.spawn(label(theme, message, size::SMALL, palette::INK_SOFT));
}

fn spawn_teacher(
    mut commands: Commands,
    theme: Res<Theme>,
    words: Res<Words>,
    content: Res<Content>,
    saves: Res<Saves>,
    view: Res<TeacherView>,
    old: Query<Entity, With<RebuiltRoot>>,
) {
    clear_root(&mut commands, &old);
    let theme = &theme.for_language(words.0.language());
    let band = saves.age_band();
    let locked = saves.locked();
    commands
        .spawn((
            crate::game::theme::screen_root("Teacher screen"),
            DespawnOnExit(Screen::Teacher),
            RebuiltRoot,
        ))
        .insert(Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Stretch,
            padding: UiRect::axes(px(40), px(20)),
            row_gap: px(10),
            ..default()
        })
        .with_children(|root| {
            option_row(root).with_children(|top| {
                top.spawn(heading(
                    theme,
                    Localized::new("teacher-heading"),
                    size::HEADING,
                ));
                top.spawn(Node {
                    flex_grow: 1.0,
                    ..default()
                });
                top.spawn((
                    button(
                        theme,
                        Localized::new("teacher-done"),
                        TeacherAction::Done,
                        ButtonStyle::Primary,
                    ),
                    AutoFocus,
                ));
            });
            option_row(root).with_children(|bands| {
                section(bands, theme, Localized::new("teacher-age-band"));
                for b in AgeBand::ALL {
                    bands.spawn(button(
                        theme,
                        Localized::new(format!("band-{}", b.key())),
                        TeacherAction::SetAgeBand(b),
                        ButtonStyle::option(b == band),
                    ));
                }
            });
            option_row(root).with_children(|langs| {
                section(langs, theme, Localized::new("teacher-language"));
            });
            language_picker(root, theme, &words);
            section(
                root,
                theme,
                Localized::new("teacher-levels")
                    .with_message("band", format!("band-{}", band.key())),
            );
            // Each level of the band, its risk's colour at its edge, on or off in words.
            band_levels(root, theme, &content, &saves);
            option_row(root).with_children(|lock| {
                lock.spawn(button(
                    theme,
                    Localized::new(if locked {
                        "teacher-unlock"
                    } else {
                        "teacher-lock"
                    }),
                    TeacherAction::ToggleLock,
                    ButtonStyle::Quiet,
                ));
                lock.spawn(label(
                    theme,
                    Localized::new(if locked {
                        "teacher-locked"
                    } else {
                        "teacher-unlocked"
                    }),
                    size::SMALL,
                    palette::INK,
                ));
            });
            teacher_tools(root, theme, view.confirm_reset);
            if let Some(said) = &view.said {
                root.spawn(label(theme, said.clone(), size::SMALL, palette::SAFE));
            }
            if let Some(problem) = &view.problem {
                root.spawn(label(theme, problem.clone(), size::SMALL, palette::RISKY));
            }
            if let Some(notice) = &saves.notice {
                root.spawn(verbatim(theme, notice, size::SMALL * 0.85, palette::RISKY));
            }
        });
}

/// Where the teacher goes from here: the report, the profiles to remove, back to
/// the children (teacher mode closed), or out of the game.
#[derive(bevy::ecs::system::SystemParam)]
struct Leaving<'w> {
    profiles: ResMut<'w, ProfilesView>,
    session: ResMut<'w, TeacherSession>,
    next: ResMut<'w, NextState<Screen>>,
    exit: MessageWriter<'w, AppExit>,
}

fn on_action(
    mut actions: MessageReader<TeacherAction>,
    content: Res<Content>,
    mut saves: ResMut<Saves>,
    mut view: ResMut<TeacherView>,
    mut leave: Leaving,
    mut rebuild: MessageWriter<Rebuild>,
) {
    for action in actions.read() {
        view.said = None;
        view.problem = None;
        match action {
            TeacherAction::SetAgeBand(band) => {
                saves.change_machine(|m| m.age_band = Some(*band));
            }
            TeacherAction::ToggleScenario(id) => {
                // The first change turns "all on" into a list the teacher owns.
                let on: std::collections::BTreeSet<String> = content
                    .playable()
                    .map(|s| s.id.clone())
                    .filter(|s| saves.enabled(s) != (s == id))
                    .collect();
                saves.change_machine(|m| m.enabled = Some(on));
            }
            TeacherAction::ToggleLock => {
                let locked = !saves.locked();
                saves.change_machine(|m| m.locked = Some(locked));
            }
            TeacherAction::ResetAll => view.confirm_reset = true,
            TeacherAction::Cancel => view.confirm_reset = false,
            TeacherAction::ConfirmReset => {
                view.confirm_reset = false;
                match saves.reset_all() {
                    Ok(backup) => {
                        view.said = Some(Localized::new("teacher-reset-done").with("path", backup));
                    }
                    Err(e) => {
                        view.problem = Some(
                            Localized::new("teacher-save-problem").with("error", e.to_string()),
                        );
                    }
                }
            }
            TeacherAction::OpenReport => leave.next.set(Screen::Report),
            TeacherAction::RemoveProfiles => {
                *leave.profiles = ProfilesView {
                    removing: true,
                    ..default()
                };
                leave.next.set(Screen::Profiles);
            }
            TeacherAction::Done => {
                leave.session.open = false;
                *leave.profiles = ProfilesView::default();
                leave.next.set(Screen::Title);
            }
            TeacherAction::Quit => {
                leave.exit.write(AppExit::Success);
            }
        }
        rebuild.write(Rebuild);
    }
}

/// The report, removing profiles, resetting (asked first), quitting.
fn teacher_tools(root: &mut ChildSpawnerCommands, theme: &Theme, confirm_reset: bool) {
    if confirm_reset {
        root.spawn(label(
            theme,
            Localized::new("teacher-reset-confirm"),
            size::BODY,
            palette::RISKY,
        ));
        confirm_buttons(
            root,
            theme,
            "teacher-reset-yes",
            TeacherAction::ConfirmReset,
            TeacherAction::Cancel,
        );
    } else {
        option_row(root).with_children(|tools| {
            tools.spawn(button(
                theme,
                Localized::new("teacher-report"),
                TeacherAction::OpenReport,
                ButtonStyle::Primary,
            ));
            tools.spawn(button(
                theme,
                Localized::new("teacher-remove-profile"),
                TeacherAction::RemoveProfiles,
                ButtonStyle::Quiet,
            ));
            tools.spawn(button(
                theme,
                Localized::new("teacher-reset"),
                TeacherAction::ResetAll,
                ButtonStyle::Quiet,
            ));
            #[cfg(not(target_arch = "wasm32"))]
            tools.spawn(button(
                theme,
                Localized::new("teacher-quit"),
                TeacherAction::Quit,
                ButtonStyle::Quiet,
            ));
        });
    }
}

/// Each level of the band, its risk's colour at its edge, on or off in words.
fn band_levels(root: &mut ChildSpawnerCommands, theme: &Theme, content: &Content, saves: &Saves) {
    let band = saves.age_band();
    root.spawn(Node {
        display: Display::Grid,
        grid_template_columns: RepeatedGridTrack::flex(2, 1.0),
        column_gap: px(10),
        row_gap: px(8),
        ..default()
    })
    .with_children(|grid| {
        for risk in Risk::ALL {
            for scenario in content
                .playable()
                .filter(|s| s.risk == risk && s.ages.contains(&band))
            {
                let on = saves.enabled(&scenario.id);
                let text = if on {
                    palette::BUTTON_TEXT
                } else {
                    palette::INK
                };
                grid.spawn(button_base(
                    TeacherAction::ToggleScenario(scenario.id.clone()),
                    ButtonStyle::option(on),
                ))
                .insert((
                    Node {
                        padding: UiRect::axes(px(14), px(6)),
                        border: UiRect {
                            left: px(8),
                            right: px(8),
                            ..UiRect::all(px(2))
                        },
                        border_radius: BorderRadius::all(px(10)),
                        justify_content: JustifyContent::SpaceBetween,
                        align_items: AlignItems::Center,
                        column_gap: px(10),
                        min_height: px(40),
                        ..default()
                    },
                    BorderColor::all(risk_color(risk)),
                ))
                .with_children(|b| {
                    b.spawn(crate::game::theme::label(
                        theme,
                        Localized::scenario(scenario, "title", &scenario.default_variables()),
                        size::SMALL,
                        text,
                    ));
                    b.spawn(button_label(
                        theme,
                        Localized::new(if on {
                            "teacher-level-on"
                        } else {
                            "teacher-level-off"
                        }),
                        text,
                    ));
                });
            }
        }
    });
}
