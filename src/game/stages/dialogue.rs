//! The plainest stage, and every stage's voice for Sango and the narrator: a
//! speech panel with the speaker's name above the words.

use bevy::prelude::*;

use super::Line;
use crate::game::theme::{Theme, label, palette, panel, size};

pub fn line(v: &mut ChildSpawnerCommands, theme: &Theme, mut line: Line) {
    let name = line.name.take();
    v.spawn(panel()).with_children(|p| {
        if let Some(name) = name {
            p.spawn(label(theme, name, size::SMALL, palette::SANGO_BLUE));
        }
        line.say(p, theme);
    });
}
