//! A social feed: each character's line is a post, with the poster's face and
//! name above it, and the photo or clip it shares.

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
        super::who_row(p).with_children(|who| {
            super::face(who, line.face.take(), 40.0);
            if let Some(name) = name {
                who.spawn(heading(theme, name, size::SMALL));
            }
        });
        line.say(p, theme);
    });
}
