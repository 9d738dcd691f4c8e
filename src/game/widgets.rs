//! Pieces that several screens share: the pager under a long list, the "yes /
//! cancel" pair of a question that removes something, the row of buttons at the
//! top of a screen, and Sango beside a panel.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::actions::{Action, AddAction};
use super::theme::{ButtonStyle, Localized, Theme, button, label, palette, size};

pub(super) fn plugin(app: &mut App) {
    app.add_action::<Page>();
}

/// The pager's buttons: each screen with a long list reads them.
#[derive(Component, Message, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Previous,
    Next,
}

impl Page {
    /// The page shown after this press.
    pub fn turn(self, page: usize) -> usize {
        match self {
            Page::Previous => page.saturating_sub(1),
            Page::Next => page + 1,
        }
    }
}

/// The number of pages for `count` items, `per_page` a page (at least one).
pub fn pages(count: usize, per_page: usize) -> usize {
    count.div_ceil(per_page).max(1)
}

/// The row of page buttons under a long list.
pub fn pager(root: &mut ChildSpawnerCommands, theme: &Theme, page: usize, pages: usize) {
    if pages <= 1 {
        return;
    }
    root.spawn((
        crate::game::Mirror,
        Node {
            column_gap: px(14),
            align_items: AlignItems::Center,
            ..default()
        },
    ))
    .with_children(|row| {
        if page > 0 {
            row.spawn(button(
                theme,
                Localized::new("profiles-previous"),
                Page::Previous,
                ButtonStyle::Quiet,
            ));
        }
        row.spawn(label(
            theme,
            Localized::new("profiles-page")
                .with("page", page + 1)
                .with("pages", pages),
            size::SMALL,
            palette::INK_SOFT,
        ));
        if page + 1 < pages {
            row.spawn(button(
                theme,
                Localized::new("profiles-next"),
                Page::Next,
                ButtonStyle::Quiet,
            ));
        }
    });
}

/// "Yes, do it" (in the colour of care) and "Cancel" (focused, the safe default),
/// side by side: every question that removes something.
pub fn confirm_buttons(
    parent: &mut ChildSpawnerCommands,
    theme: &Theme,
    yes: &'static str,
    action: impl Action,
    cancel: impl Action,
) {
    parent
        .spawn((
            super::Mirror,
            Node {
                column_gap: px(20),
                ..default()
            },
        ))
        .with_children(|row| {
            row.spawn(button(
                theme,
                Localized::new(yes),
                action,
                ButtonStyle::Primary,
            ))
            .insert(BackgroundColor(palette::RISKY));
            row.spawn((
                button(theme, Localized::new("cancel"), cancel, ButtonStyle::Quiet),
                AutoFocus,
            ));
        });
}

/// Things side by side with `gap` pixels between them, centred across, mirrored
/// in Arabic.
pub fn mirrored_row(gap: f32) -> impl Bundle {
    (
        super::Mirror,
        Node {
            column_gap: px(gap),
            align_items: AlignItems::Center,
            ..default()
        },
    )
}

/// A row across the screen with its first and last things at the ends (a
/// screen's top bar), mirrored in Arabic.
pub fn spread_row() -> impl Bundle {
    (
        super::Mirror,
        Node {
            width: percent(100),
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            ..default()
        },
    )
}

/// Sango beside what is said: a row across the screen (mirrored in Arabic), Sango
/// at its start and a column that takes the rest of the width. Returns the column.
pub fn sango_beside<'a>(
    root: &'a mut ChildSpawnerCommands,
    mood: crate::content::Mood,
    scale: f32,
) -> EntityCommands<'a> {
    let row = root
        .spawn((
            Name::new("Sango beside"),
            super::Mirror,
            Node {
                width: percent(100),
                max_width: px(crate::game::theme::CONTENT_WIDTH),
                column_gap: px(28),
                align_items: AlignItems::FlexStart,
                // In a scrolling screen, never squeezed shorter than its words.
                flex_shrink: 0.0,
                ..default()
            },
        ))
        .id();
    let commands = root.commands_mut();
    commands.spawn((super::sango::sango(mood, scale), ChildOf(row)));
    commands.spawn((
        Node {
            flex_direction: FlexDirection::Column,
            flex_grow: 1.0,
            flex_basis: px(0),
            ..default()
        },
        ChildOf(row),
    ))
}

/// An answer to pick (a level's choice, a check's answer): a wide button with its
/// words from the start. Every answer looks alike, so the look gives nothing away.
pub fn answer_button<'a>(
    parent: &'a mut ChildSpawnerCommands,
    theme: &Theme,
    action: impl Action,
    style: ButtonStyle,
    words: Localized,
) -> EntityCommands<'a> {
    let (.., ink) = style.colors();
    let mut button = parent.spawn(super::theme::button_base(action, style));
    button
        // From the start: the right, in Arabic.
        .insert(super::Mirror)
        .insert(Node {
            padding: UiRect::axes(px(20), px(10)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(14)),
            justify_content: JustifyContent::FlexStart,
            align_items: AlignItems::Center,
            column_gap: px(12),
            min_height: px(50),
            ..default()
        })
        .with_children(|inner| {
            inner.spawn(super::theme::button_label(theme, words, ink));
        });
    button
}
