//! A social feed: each character's line is a post, with a round picture and the
//! poster's name above it.

use bevy::prelude::*;

use super::Line;
use crate::content::Speaker;
use crate::game::theme::{Theme, heading, panel, size};

/// The words under the app's name.
pub const KIND: &str = "stage-feed";

/// The people in the feed post; Sango and the narrator speak beside it.
pub fn draws(speaker: &Speaker) -> bool {
    matches!(speaker, Speaker::Npc(_))
}

pub fn line(v: &mut ChildSpawnerCommands, theme: &Theme, mut line: Line) {
    let name = line.name.take();
    v.spawn((panel(), Name::new("Post"))).with_children(|p| {
        p.spawn(Node {
            column_gap: px(10),
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|who| {
            who.spawn((
                Node {
                    width: px(28),
                    height: px(28),
                    border_radius: BorderRadius::MAX,
                    ..default()
                },
                BackgroundColor(Color::srgb(0.62, 0.70, 0.80)),
            ));
            if let Some(name) = name {
                who.spawn(heading(theme, name, size::SMALL));
            }
        });
        line.say(p, theme);
    });
}
