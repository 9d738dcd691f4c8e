//! A child's badges: one per objective mastered (see
//! [`crate::learning::mastered`]), beside the ones still to earn, each with its
//! "I can" sentence. Reached from the map.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::Screen;
use crate::game::actions::AddAction;
use crate::game::avatars::spawn_avatar;
use crate::game::state::{Content, Player, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, font, heading, label, palette, size,
};

pub(super) fn plugin(app: &mut App) {
    app.add_action::<BadgesAction>()
        .add_systems(OnEnter(Screen::Badges), spawn_badges)
        .add_systems(Update, on_action.run_if(in_state(Screen::Badges)));
}

/// The badges screen's one button.
#[derive(Component, Message, Clone, Debug, PartialEq, Eq)]
pub enum BadgesAction {
    BackToMap,
}

/// A round medal: gold with a star when earned, an empty ring when not.
fn medal(parent: &mut ChildSpawnerCommands, theme: &Theme, earned: bool) {
    let d = 46.0 * theme.scale;
    parent
        .spawn((
            Node {
                width: px(d),
                height: px(d),
                border: UiRect::all(px(4)),
                border_radius: BorderRadius::MAX,
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                flex_shrink: 0.0,
                ..default()
            },
            BackgroundColor(if earned {
                palette::STAR
            } else {
                palette::PANEL
            }),
            BorderColor::all(if earned {
                palette::CAUTIOUS
            } else {
                palette::STAR_EMPTY
            }),
        ))
        .with_children(|m| {
            m.spawn((
                Text::new("★"),
                font(&theme.symbols, d * 0.55),
                TextColor(if earned {
                    palette::PANEL
                } else {
                    palette::STAR_EMPTY
                }),
            ));
        });
}

fn spawn_badges(
    mut commands: Commands,
    theme: Res<Theme>,
    content: Res<Content>,
    saves: Res<Saves>,
    player: Res<Player>,
) {
    let theme = theme.as_ref();
    let Some(profile) = player.profile.and_then(|id| saves.progress.profile(id)) else {
        return;
    };
    let objectives = super::report::objective_ids(&content);
    let earned = crate::learning::badges(profile, &objectives);
    commands
        .spawn((
            crate::game::theme::screen_root("Badges screen"),
            DespawnOnExit(Screen::Badges),
        ))
        .with_children(|root| {
            root.spawn((
                crate::game::Mirror,
                Node {
                    width: percent(100),
                    column_gap: px(16),
                    align_items: AlignItems::Center,
                    ..default()
                },
            ))
            .with_children(|top| {
                spawn_avatar(top, profile.avatar, 48.0);
                top.spawn(heading(
                    theme,
                    Localized::new("badges-heading").with("nickname", &profile.nickname),
                    size::HEADING,
                ));
                top.spawn(label(
                    theme,
                    Localized::new("badges-count")
                        .with("earned", earned.len())
                        .with("count", objectives.len()),
                    size::SMALL,
                    palette::INK_SOFT,
                ));
                top.spawn(Node {
                    flex_grow: 1.0,
                    ..default()
                });
                top.spawn((
                    button(
                        theme,
                        Localized::new("back"),
                        BadgesAction::BackToMap,
                        ButtonStyle::Quiet,
                    ),
                    AutoFocus,
                ));
            });
            root.spawn(label(
                theme,
                Localized::new("badges-how").with("levels", crate::learning::MASTERY_LEVELS),
                size::SMALL,
                palette::INK,
            ));
            root.spawn(Node {
                display: Display::Grid,
                grid_template_columns: RepeatedGridTrack::flex(2, 1.0),
                column_gap: px(16),
                row_gap: px(8),
                width: percent(100),
                ..default()
            })
            .with_children(|grid| {
                for id in &objectives {
                    let has = earned.contains(id);
                    badge_card(grid, theme, id, has);
                }
            });
        });
}

fn on_action(mut actions: MessageReader<BadgesAction>, mut next: ResMut<NextState<Screen>>) {
    for action in actions.read() {
        if *action == BadgesAction::BackToMap {
            next.set(Screen::Map);
        }
    }
}

/// One objective's badge: the medal, what it is, "I can ...", earned or not yet.
fn badge_card(grid: &mut ChildSpawnerCommands, theme: &Theme, id: &str, has: bool) {
    grid.spawn((
        crate::game::Mirror,
        Node {
            column_gap: px(14),
            align_items: AlignItems::Center,
            padding: UiRect::axes(px(10), px(6)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(14)),
            ..default()
        },
        BackgroundColor(palette::PANEL),
        BorderColor::all(if has {
            palette::STAR
        } else {
            palette::PANEL_BORDER
        }),
    ))
    .with_children(|card| {
        medal(card, theme, has);
        card.spawn(Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(2),
            flex_grow: 1.0,
            flex_basis: px(0),
            ..default()
        })
        .with_children(|words| {
            words.spawn(heading(
                theme,
                Localized::new(format!("objective-{id}-title")),
                size::SMALL * 0.95,
            ));
            words.spawn(label(
                theme,
                Localized::new(format!("objective-{id}-i-can")),
                size::SMALL * 0.8,
                palette::INK,
            ));
            words.spawn(label(
                theme,
                Localized::new(if has {
                    "badges-earned"
                } else {
                    "badges-not-yet"
                }),
                size::SMALL * 0.8,
                if has {
                    palette::SAFE
                } else {
                    palette::INK_SOFT
                },
            ));
        });
    });
}
