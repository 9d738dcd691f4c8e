//! The title screen: Sango says hello; play or quit. Content or save problems are
//! shown here, so a teacher sees them before a child starts.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::Screen;
use crate::content::Mood;
use crate::game::actions::Action;
use crate::game::sango::sango;
use crate::game::state::{Content, Saves};
use crate::game::theme::{
    ButtonStyle, Localized, Theme, button, heading, label, palette, size, verbatim,
};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn_title)
        .add_systems(Update, on_action.run_if(in_state(Screen::Title)));
}

fn spawn_title(
    mut commands: Commands,
    theme: Res<Theme>,
    content: Res<Content>,
    saves: Res<Saves>,
) {
    let theme = theme.as_ref();
    let errors: Vec<String> = content.errors().map(ToString::to_string).collect();
    commands
        .spawn((
            crate::game::theme::screen_root("Title screen"),
            DespawnOnExit(Screen::Title),
        ))
        .with_children(|root| {
            root.spawn(Node {
                height: px(20),
                ..default()
            });
            root.spawn(sango(Mood::Happy, 1.2));
            root.spawn(heading(theme, Localized::new("title-name"), size::TITLE));
            root.spawn((
                label(
                    theme,
                    Localized::new("title-tagline"),
                    size::HEADING * 0.8,
                    palette::INK_SOFT,
                ),
                TextLayout::justify(Justify::Center),
            ));
            root.spawn(Node {
                flex_direction: FlexDirection::Row,
                column_gap: px(20),
                margin: UiRect::top(px(16)),
                ..default()
            })
            .with_children(|row| {
                row.spawn((
                    button(
                        theme,
                        Localized::new("title-play"),
                        Action::Play,
                        ButtonStyle::Primary,
                    ),
                    AutoFocus,
                ));
                #[cfg(not(target_arch = "wasm32"))]
                row.spawn(button(
                    theme,
                    Localized::new("title-quit"),
                    Action::Quit,
                    ButtonStyle::Quiet,
                ));
            });
            if !errors.is_empty() || saves.notice.is_some() {
                root.spawn((
                    Name::new("Problems"),
                    Node {
                        flex_direction: FlexDirection::Column,
                        padding: UiRect::all(px(14)),
                        row_gap: px(6),
                        max_width: px(1000),
                        border_radius: BorderRadius::all(px(12)),
                        ..default()
                    },
                    BackgroundColor(palette::WARNING_BG),
                ))
                .with_children(|panel| {
                    if !errors.is_empty() {
                        panel.spawn(label(
                            theme,
                            Localized::new("title-content-problems").with("count", errors.len()),
                            size::SMALL,
                            palette::INK,
                        ));
                        for e in errors.iter().take(3) {
                            let first_line = e.lines().next().unwrap_or_default();
                            panel.spawn(verbatim(
                                theme,
                                first_line,
                                size::SMALL * 0.8,
                                palette::INK_SOFT,
                            ));
                        }
                    }
                    if let Some(notice) = &saves.notice {
                        panel.spawn(label(
                            theme,
                            Localized::new("title-save-problem"),
                            size::SMALL,
                            palette::INK,
                        ));
                        panel.spawn(verbatim(
                            theme,
                            notice,
                            size::SMALL * 0.8,
                            palette::INK_SOFT,
                        ));
                    }
                });
            }
        });
}

fn on_action(
    mut actions: MessageReader<Action>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    for action in actions.read() {
        match action {
            Action::Play => next.set(Screen::Profiles),
            Action::Quit => {
                exit.write(AppExit::Success);
            }
            _ => {}
        }
    }
}
