//! The plainest stage, and every stage's voice for Sango and the narrator: a
//! speech panel with the speaker's name (and face, if they have one) above the
//! words.

use bevy::prelude::*;

use super::Line;
use crate::game::theme::{Theme, label, palette, panel, size};

pub fn line(v: &mut ChildSpawnerCommands, theme: &Theme, mut line: Line) {
    let name = line.name.take();
    let face = line.face.take();
    v.spawn(panel()).with_children(|p| {
        if let Some(name) = name {
            super::who_row(p).with_children(|who| {
                if face.is_some() {
                    super::face(who, face, 36.0);
                }
                who.spawn(label(theme, name, size::SMALL, palette::SANGO_BLUE));
            });
        }
        line.say(p, theme);
    });
}
