//! The debrief: stars, how each objective went, and what Sango wants the child to
//! remember. Then back to the map, or play again.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::Screen;
use super::check::{Opener, due_for, look_back_button, offered_kind};

use crate::content::{Mood, Outcome};
use crate::game::actions::AddAction;
use crate::game::sango::sango;
use crate::game::state::{Content, Finished, Player, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, palette, panel, panel_node, size, stars,
};
use crate::game::widgets::mirrored_row;
use crate::play::EvidenceLevel;

pub(super) fn plugin(app: &mut App) {
    app.add_action::<DebriefAction>()
        .add_systems(OnEnter(Screen::Debrief), spawn_debrief)
        .add_systems(Update, on_action.run_if(in_state(Screen::Debrief)));
}

/// The debrief's buttons.
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum DebriefAction {
    BackToMap,
    PlayAgain,
    /// The look-back that is due, before the map.
    OpenCheck,
}

fn spawn_debrief(
    mut commands: Commands,
    theme: Res<Theme>,
    content: Res<Content>,
    finished: Option<Res<Finished>>,
    saves: Res<Saves>,
    player: Res<Player>,
    mut cues: MessageWriter<crate::game::actions::Cue>,
) {
    let look_back = offered_kind(player.profile.and_then(|id| due_for(&content, &saves, id)));
    let theme = theme.as_ref();
    let Some(finished) = finished else {
        return;
    };
    let result = &finished.result;
    if result.stars > 0 {
        cues.write(crate::game::actions::Cue::Star);
    }
    let scenario = content.library.scenario(&result.scenario);
    let message = |key: &str| match scenario {
        Some(s) => Localized::scenario(s, key, &finished.variables),
        None => Localized::new(format!("{}-{key}", result.scenario)),
    };
    let title = message("title");
    let remember = message("remember");
    let (outcome_id, mood) = match result.outcome {
        Outcome::Safe => ("debrief-outcome-safe", Mood::Proud),
        Outcome::Mixed => ("debrief-outcome-mixed", Mood::Happy),
        Outcome::Recovered => ("debrief-outcome-recovered", Mood::Proud),
        Outcome::Harmful => ("debrief-outcome-harmful", Mood::Kind),
    };
    commands
        .spawn((
            crate::game::theme::screen_root("Debrief screen"),
            DespawnOnExit(Screen::Debrief),
        ))
        .with_children(|root| {
            root.spawn(Node {
                column_gap: px(24),
                align_items: AlignItems::Center,
                ..default()
            })
            .with_children(|row| {
                row.spawn(heading(theme, title, size::HEADING));
                row.spawn(stars(theme, result.stars, size::TITLE * 0.7));
            });
            // Telling, blocking or reporting after a slip is named, never
            // discounted: it is the outcome line itself, so the screen grows by
            // nothing.
            let outcome = match &finished.put_right_by {
                Some(choice) => {
                    Localized::new("debrief-put-right").with_localized("choice", message(choice))
                }
                None => Localized::new(outcome_id).with("stars", result.stars),
            };
            let color = if finished.put_right_by.is_some() {
                palette::SAFE
            } else {
                palette::INK
            };
            root.spawn(label(theme, outcome, size::BODY, color));
            lessons(root, theme, &content, result, (remember, mood));
            // New badges: one line, each badge a gold star and its objective.
            new_badges(root, theme, &finished);
            if !finished.saved {
                root.spawn(label(
                    theme,
                    Localized::new("debrief-not-saved"),
                    size::SMALL,
                    palette::RISKY,
                ));
            }
            debrief_buttons(root, theme, look_back);
        });
}

fn on_action(
    mut actions: MessageReader<DebriefAction>,
    finished: Option<Res<Finished>>,
    mut open: Opener,
) {
    for action in actions.read() {
        let opened = match action {
            DebriefAction::BackToMap => false,
            DebriefAction::OpenCheck => open.look_back(),
            DebriefAction::PlayAgain => finished
                .as_ref()
                .is_some_and(|f| open.level(&f.result.scenario)),
        };
        if !opened {
            open.next.set(Screen::Map);
        }
    }
}

/// The look-back (when a world is finished), the map, playing again.
fn debrief_buttons(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    look_back: Option<&'static str>,
) {
    root.spawn(Node {
        column_gap: px(20),
        ..default()
    })
    .with_children(|row| {
        // A world finished: Sango asks to look back together.
        if let Some(kind) = look_back {
            row.spawn(look_back_button(theme, DebriefAction::OpenCheck, kind));
        }
        let mut back = row.spawn(button(
            theme,
            Localized::new("debrief-back-to-map"),
            DebriefAction::BackToMap,
            ButtonStyle::option(look_back.is_none()),
        ));
        if look_back.is_none() {
            back.insert(AutoFocus);
        }
        row.spawn(button(
            theme,
            Localized::new("debrief-play-again"),
            DebriefAction::PlayAgain,
            ButtonStyle::Quiet,
        ));
    });
}

/// New badges: one line, each badge a gold star and its objective.
fn new_badges(root: &mut ChildSpawnerCommands, theme: &Theme, finished: &Finished) {
    if !finished.new_badges.is_empty() {
        root.spawn((
            crate::game::Mirror,
            Node {
                column_gap: px(14),
                row_gap: px(4),
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                ..default()
            },
        ))
        .with_children(|line| {
            line.spawn(heading(
                theme,
                Localized::new("debrief-new-badges").with("count", finished.new_badges.len()),
                size::BODY,
            ))
            .insert(TextColor(palette::SAFE));
            for badge in &finished.new_badges {
                line.spawn(mirrored_row(6.0)).with_children(|chip| {
                    chip.spawn((
                        Text::new("★"),
                        crate::game::theme::font(&theme.symbols, size::BODY * theme.scale),
                        TextColor(palette::STAR),
                    ));
                    chip.spawn(label(
                        theme,
                        Localized::new(format!("objective-{badge}-title")),
                        size::BODY,
                        palette::SAFE,
                    ));
                });
            }
        });
    }
}

/// What was practised, objective by objective, beside the thing to remember.
fn lessons(
    root: &mut ChildSpawnerCommands,
    theme: &Theme,
    content: &Content,
    result: &crate::play::RunResult,
    (remember, mood): (Localized, Mood),
) {
    root.spawn((
        crate::game::Mirror,
        Node {
            width: percent(100),
            max_width: px(crate::game::theme::CONTENT_WIDTH),
            column_gap: px(24),
            align_items: AlignItems::FlexStart,
            ..default()
        },
    ))
    .with_children(|row| {
        // What was practised, objective by objective.
        row.spawn(panel())
            .insert(Node {
                padding: UiRect::all(px(20)),
                row_gap: px(10),
                flex_grow: 1.0,
                flex_basis: px(0),
                ..panel_node()
            })
            .with_children(|p| {
                p.spawn(heading(
                    theme,
                    Localized::new("debrief-objectives"),
                    size::SMALL,
                ));
                for (objective, evidence) in &result.evidence {
                    let Some(o) = content.library.objective(objective) else {
                        continue;
                    };
                    let level = EvidenceLevel::of(*evidence);
                    let color = match level {
                        EvidenceLevel::PractisedWell => palette::SAFE,
                        EvidenceLevel::NotYetPractised => palette::INK_SOFT,
                        EvidenceLevel::PractiseAgain => palette::CAUTIOUS,
                    };
                    p.spawn(Node {
                        flex_direction: FlexDirection::Column,
                        row_gap: px(2),
                        ..default()
                    })
                    .with_children(|item| {
                        item.spawn(Node {
                            column_gap: px(12),
                            align_items: AlignItems::Baseline,
                            flex_wrap: FlexWrap::Wrap,
                            ..default()
                        })
                        .with_children(|line| {
                            line.spawn(heading(
                                theme,
                                Localized::new(o.message_id("title")),
                                size::SMALL,
                            ))
                            .insert(TextColor(color));
                            line.spawn(label(
                                theme,
                                Localized::new(format!("debrief-{}", level.key())),
                                size::SMALL * 0.9,
                                color,
                            ));
                        });
                        item.spawn(label(
                            theme,
                            Localized::new(o.message_id("i-can")),
                            size::SMALL * 0.9,
                            palette::INK,
                        ));
                    });
                }
            });
        // Sango's one thing to remember.
        row.spawn(panel())
            .insert(Node {
                align_items: AlignItems::Center,
                padding: UiRect::all(px(20)),
                width: px(420),
                ..panel_node()
            })
            .with_children(|p| {
                p.spawn(sango(mood, 0.6));
                p.spawn(heading(
                    theme,
                    Localized::new("debrief-remember"),
                    size::BODY,
                ));
                p.spawn(label(theme, remember, size::BODY, palette::INK));
            });
    });
}
