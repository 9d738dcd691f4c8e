//! A level: Sango and the story's characters speak; the child chooses; Sango says
//! why, kindly; the story goes on to an ending.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::Screen;
use crate::content::{Mood, Outcome, Speaker, Verdict};
use crate::game::actions::{Action, Cue};
use crate::game::sango::{SangoMood, sango};
use crate::game::state::{Finished, Level, Player, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, palette, panel, size,
};
use crate::play::Step;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Level), spawn_level)
        .add_systems(
            Update,
            (
                on_action,
                show_step.run_if(resource_exists_and_changed::<Level>),
            )
                .chain()
                .run_if(in_state(Screen::Level)),
        );
}

/// The part of the screen that changes with every step.
#[derive(Component)]
struct StepView;

fn spawn_level(mut commands: Commands, theme: Res<Theme>, level: Res<Level>) {
    let theme = theme.as_ref();
    let scenario = level.run.scenario();
    commands
        .spawn((
            crate::game::theme::screen_root("Level screen"),
            DespawnOnExit(Screen::Level),
        ))
        .with_children(|root| {
            root.spawn(Node {
                width: percent(100),
                justify_content: JustifyContent::SpaceBetween,
                align_items: AlignItems::Center,
                ..default()
            })
            .with_children(|bar| {
                bar.spawn(heading(
                    theme,
                    Localized::new(scenario.message_id("title")),
                    size::HEADING,
                ));
                bar.spawn(button(
                    theme,
                    Localized::new("level-leave"),
                    Action::LeaveLevel,
                    ButtonStyle::Quiet,
                ));
            });
            root.spawn(Node {
                width: percent(100),
                max_width: px(1150),
                column_gap: px(28),
                align_items: AlignItems::FlexStart,
                flex_grow: 1.0,
                ..default()
            })
            .with_children(|main| {
                main.spawn(sango(Mood::Happy, 1.1));
                main.spawn((
                    StepView,
                    Name::new("Step"),
                    Node {
                        flex_direction: FlexDirection::Column,
                        row_gap: px(14),
                        flex_grow: 1.0,
                        flex_basis: px(0),
                        ..default()
                    },
                ));
            });
        });
}

fn speaker_name(speaker: &Speaker, scenario: &crate::content::Scenario) -> Option<Localized> {
    match speaker {
        Speaker::Sango => Some(Localized::new("speaker-sango")),
        Speaker::Player => Some(Localized::new("speaker-you")),
        Speaker::Narrator => None,
        Speaker::Npc(key) => Some(Localized::new(scenario.message_id(key))),
    }
}

fn verdict_look(verdict: Verdict) -> (&'static str, Color, Mood) {
    match verdict {
        Verdict::Safe => ("level-verdict-safe", palette::SAFE, Mood::Proud),
        Verdict::Cautious => ("level-verdict-cautious", palette::CAUTIOUS, Mood::Thinking),
        Verdict::Risky => ("level-verdict-risky", palette::RISKY, Mood::Worried),
    }
}

fn show_step(
    mut commands: Commands,
    theme: Res<Theme>,
    level: Res<Level>,
    views: Query<Entity, With<StepView>>,
    mut moods: Query<&mut SangoMood>,
) {
    let theme = theme.as_ref();
    let scenario = level.run.scenario();
    let key = |k: &str| Localized::new(scenario.message_id(k));
    let mut mood = Mood::Happy;
    for view in &views {
        commands.entity(view).despawn_related::<Children>();
        commands.entity(view).with_children(|v| {
            if let Some(choice) = &level.feedback {
                // Sango explains the choice before the story goes on.
                let (verdict_id, color, face) = verdict_look(choice.verdict);
                mood = face;
                v.spawn(panel())
                    .insert(BorderColor::all(color))
                    .with_children(|p| {
                        p.spawn(heading(
                            theme,
                            Localized::new(verdict_id),
                            size::HEADING * 0.8,
                        ))
                        .insert(TextColor(color));
                        p.spawn(label(
                            theme,
                            Localized::new("level-you-chose")
                                .with_message("choice", scenario.message_id(&choice.text)),
                            size::SMALL,
                            palette::INK_SOFT,
                        ));
                        p.spawn(label(
                            theme,
                            Localized::new("speaker-sango"),
                            size::SMALL,
                            palette::SANGO_BLUE,
                        ));
                        p.spawn(label(
                            theme,
                            key(&choice.feedback),
                            size::BODY,
                            palette::INK,
                        ));
                    });
                v.spawn((
                    button(
                        theme,
                        Localized::new("level-continue"),
                        Action::Continue,
                        ButtonStyle::Primary,
                    ),
                    AutoFocus,
                ));
                return;
            }
            match level.run.step() {
                Step::Line {
                    speaker,
                    mood: m,
                    text,
                    ..
                } => {
                    mood = m;
                    speech(v, theme, speaker_name(speaker, scenario), key(text));
                    v.spawn((
                        button(
                            theme,
                            Localized::new("level-continue"),
                            Action::Continue,
                            ButtonStyle::Primary,
                        ),
                        AutoFocus,
                    ));
                }
                Step::Decision {
                    speaker,
                    mood: m,
                    text,
                    choices,
                    ..
                } => {
                    mood = m;
                    speech(v, theme, speaker_name(speaker, scenario), key(text));
                    v.spawn(label(
                        theme,
                        Localized::new("level-what-do-you-do"),
                        size::SMALL,
                        palette::INK_SOFT,
                    ));
                    for (i, choice) in choices.iter().enumerate() {
                        let mut b = v.spawn(button(
                            theme,
                            key(&choice.text),
                            Action::Choose(i),
                            ButtonStyle::Primary,
                        ));
                        b.insert(Node {
                            padding: UiRect::axes(px(22), px(12)),
                            border: UiRect::all(px(2)),
                            border_radius: BorderRadius::all(px(14)),
                            justify_content: JustifyContent::FlexStart,
                            align_items: AlignItems::Center,
                            min_height: px(52),
                            ..default()
                        });
                        if i == 0 {
                            b.insert(AutoFocus);
                        }
                    }
                }
                Step::Ending {
                    outcome,
                    mood: m,
                    text,
                    ..
                } => {
                    mood = m;
                    let (id, color) = match outcome {
                        Outcome::Safe => ("level-ending-safe", palette::SAFE),
                        Outcome::Mixed => ("level-ending-mixed", palette::CAUTIOUS),
                        Outcome::Harmful => ("level-ending-harmful", palette::RISKY),
                    };
                    v.spawn(heading(theme, Localized::new(id), size::HEADING * 0.8))
                        .insert(TextColor(color));
                    speech(v, theme, None, key(text));
                    v.spawn((
                        button(
                            theme,
                            Localized::new("level-see-results"),
                            Action::Continue,
                            ButtonStyle::Primary,
                        ),
                        AutoFocus,
                    ));
                }
            }
        });
    }
    for mut m in &mut moods {
        if m.0 != mood {
            m.0 = mood;
        }
    }
}

fn speech(
    v: &mut ChildSpawnerCommands,
    theme: &Theme,
    speaker: Option<Localized>,
    text: Localized,
) {
    v.spawn(panel()).with_children(|p| {
        if let Some(name) = speaker {
            p.spawn(label(theme, name, size::SMALL, palette::SANGO_BLUE));
        }
        p.spawn(label(theme, text, size::BODY, palette::INK));
    });
}

fn on_action(
    mut commands: Commands,
    mut actions: MessageReader<Action>,
    mut cues: MessageWriter<Cue>,
    level: Option<ResMut<Level>>,
    mut saves: ResMut<Saves>,
    player: Res<Player>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut level) = level else {
        return;
    };
    for action in actions.read() {
        match action {
            Action::Continue if level.feedback.is_some() => level.feedback = None,
            Action::Continue if level.run.is_over() => {
                let Some(result) = level.run.result() else {
                    continue;
                };
                let saved = match player.profile {
                    Some(id) => {
                        saves.progress.record(id, result.clone()).is_ok() && saves.save().is_ok()
                    }
                    None => false,
                };
                commands.insert_resource(Finished { result, saved });
                next.set(Screen::Debrief);
            }
            Action::Continue => {
                if let Err(e) = level.run.advance() {
                    error!("{e}");
                    next.set(Screen::Map);
                }
            }
            Action::Choose(i) if level.feedback.is_none() => match level.run.choose(*i) {
                Ok(choice) => {
                    cues.write(match choice.verdict {
                        Verdict::Safe => Cue::Good,
                        _ => Cue::Think,
                    });
                    level.feedback = Some(choice);
                }
                Err(e) => warn!("{e}"),
            },
            Action::LeaveLevel => next.set(Screen::Map),
            _ => {}
        }
    }
}
